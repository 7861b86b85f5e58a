#!/usr/bin/env python3
"""Regenerate ``tests/practice129/``: a labelled corpus of Skyline Aerials & Satellite.

A support mailbox of a fictional Stockport firm that installs and repairs TV aerials and
satellite dishes and does home-network work (new aerials, dish realignments after storms,
signal surveys, wall-mounting TVs and hiding cables, Wi-Fi and Cat6 cabling, communal systems
for landlords, trade supply and subcontracting for builders and electricians), written
without looking at the detection heuristics, with many customer questions. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``skylineaerials.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves unanswered).
The shared machinery of ``scripts/practice_machinery.py`` recomputes status and every rule
count from those facts and the dates, and refuses to write when they disagree with the
hand-written case labels, or when a labelled question is not verbatim in the customer's own
text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice129_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "skylineaerials.example"
DESK = "Skyline Aerials Support <support@skylineaerials.example>"

AGENTS = {
    "dan": ("Dan Okafor <dan@skylineaerials.example>", "thunderbird", """-- 
Dan Okafor
Bookings & Installs | Skyline Aerials & Satellite
Unit 4, Vale Works, Stockport SK4 1AX | 0161 496 0725"""),
    "priya": ("Priya Lakhani <priya@skylineaerials.example>", "outlook", """Priya Lakhani
Service Desk | Skyline Aerials & Satellite
Picture gone? Check known faults in your area: https://skylineaerials.example/status?area=all"""),
    "gareth": ("Gareth Pryce <gareth@skylineaerials.example>", "apple", """Gareth Pryce
Surveys & Technical | Skyline Aerials & Satellite
https://skylineaerials.example/surveys?from=email"""),
    "niamh": ("Niamh Doyle <niamh@skylineaerials.example>", "owa", """Niamh Doyle
Accounts, Landlord & Trade | Skyline Aerials & Satellite
This e-mail and any attachments are confidential and intended solely for the addressee.
Skyline Aerials & Satellite Ltd, registered in England and Wales No. 08123456."""),
    "lukas": ("Lukas Brandt <lukas@skylineaerials.example>", "thunderbird_de", """-- 
Lukas Brandt
Kundenservice (Deutsch) | Skyline Aerials & Satellite
https://skylineaerials.example/de?ref=signatur"""),
    "celine": ("Céline Marchetti <celine@skylineaerials.example>", "apple_fr", """Céline Marchetti
Service client (français) | Skyline Aerials & Satellite
https://skylineaerials.example/fr?utm_source=email"""),
    "alba": ("Alba Ferrer <alba@skylineaerials.example>", "gmail_es", """--
Alba Ferrer
Atención al cliente (español) | Skyline Aerials & Satellite
+44 161 496 0729"""),
}

ACK = """Hello,

Thanks for contacting Skyline Aerials & Satellite. This is an automatic reply to let
you know your message has reached us and is logged as job reference {ref}.

Our office is open Monday to Friday 8am-5.30pm and Saturday 8am-12pm, and we aim to
reply within one working day. If you have no TV picture at all and are elderly,
housebound or vulnerable, please ring 0161 496 0725 and tell us - those calls go first.

Skyline Aerials & Satellite - Support
https://skylineaerials.example/help?job={ref}"""

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
    "helpdesk": ["X-Mailer: Skyline JobDesk 4.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="sky.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice129", title="Skyline Aerials & Satellite", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="SA-", reply_prefix=REPLY_PREFIX)

SURVEY_PDF = mailcraft.pdf(["Skyline Aerials & Satellite - Signal survey report SV-2611-07",
                            "Site: plot at Hollins Lane, Marple Bridge",
                            "Winter Hill (DTT): blocked by railway embankment - not usable",
                            "Saddleworth relay: 52 dBuV at ridge height - usable with 10-element aerial",
                            "Astra 28.2E: clear line from rear garden wall, 60cm dish sufficient",
                            "Suggested: 2x coax + 1x Cat6 from loft to lounge, 1x coax to each bedroom"])
INVOICE_PDF = mailcraft.pdf(["Skyline Aerials & Satellite - Invoice SA-I-40917",
                             "New digital aerial and cable to lounge: GBP 185.00",
                             "Paid by card on completion - thank you"])
INVOICE2_PDF = mailcraft.pdf(["Skyline Aerials & Satellite - Invoice SA-I-40917 (re-issued)",
                              "Invoice to: Mr D. Hargreaves, 40 Mill Lane, Hyde",
                              "New digital aerial and cable to lounge: GBP 185.00"])
WALL_PNG = mailcraft.png(12, 9, lambda x, y: (214 - 3 * y, 205 - 2 * x, 190))
AERIAL_PNG = mailcraft.png(9, 14, lambda x, y: (120 + 8 * y, 160 + 3 * x, 220))
MOUNT_QUOTE_PDF = mailcraft.pdf(["Skyline Aerials & Satellite - Quotation Q-2611-112",
                                 "Supply and fit tilting bracket for 75in TV on stud wall",
                                 "Chase HDMI and power to cabinet, brush plates, make good",
                                 "Total: GBP 210.00 inc. VAT"])
INSURANCE_PDF = mailcraft.pdf(["Skyline Aerials & Satellite Ltd - Public liability certificate",
                               "Cover: GBP 5,000,000 - policy PL-77120-SK - valid to 31/03/2027"])
METHOD_PDF = mailcraft.pdf(["Method statement MS-14: aerial work on flat roofs",
                            "Access via internal roof hatch; harness to fixed anchor point",
                            "No scaffolding required; exclusion zone at ground level"])
GARDEN_QUOTE_PDF = mailcraft.pdf(["Skyline Aerials & Satellite - Quotation Q-2611-093",
                                  "Armoured Cat6 in duct, house to garden office (25 m)",
                                  "TV feed from existing aerial via 2-way amplifier",
                                  "Total: GBP 585.00 inc. VAT"])
EXTENSION_QUOTE_PDF = mailcraft.pdf(["Skyline Aerials & Satellite - Quotation Q-2611-101",
                                     "4x Cat6 data points, patch panel in understairs cupboard",
                                     "1x ceiling Wi-Fi access point with PoE injector",
                                     "Total: GBP 640.00 inc. VAT"])
DEVIS_PDF = mailcraft.pdf(["Skyline Aerials & Satellite - Devis D-2611-020",
                           "Fixation murale 2 televiseurs (55 et 43 pouces)",
                           "Cables HDMI encastres, plaques de finition",
                           "Total : 360 GBP TTC"])
FACTURE_PDF = mailcraft.pdf(["Skyline Aerials & Satellite - Facture SA-I-40988",
                             "Remplacement antenne TNT arrachee par la tempete du 1er novembre",
                             "Antenne, mat, cerclage de cheminee, cable : 245 GBP TTC"])
DAMAGE_PNG = mailcraft.png(14, 10, lambda x, y: (90 + 10 * x, 90 + 6 * y, 80))
GUARANTEE_PDF = mailcraft.pdf(["Skyline Aerials & Satellite - Workmanship guarantee",
                               "12 months from 14/11/2026 - satellite install, 3 Ivy Terrace",
                               "Covers fixings, alignment, cabling and connections"])
PHOTOS_PNG = mailcraft.png(10, 12, lambda x, y: (200, 180 - 5 * y, 150 + 4 * x))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("s01-alder-street-new-aerial", "en", "closed", {},
      "Hannah Birtwistle <hannah.birtwistle@example.com>", "gmail", "Quote for new aerial - 14 Alder Street",
      "New aerial for a terrace: three questions answered in one paragraph out of order; booked; thanks-only mail after the job.",
      cu("11-02 08:41", """Hi,

We've just moved into a mid-terrace in Levenshulme and the aerial on the chimney looks
about forty years old - half the Freeview channels freeze and BBC Two drops out
completely in the evening.

Could you give me a rough price for a new aerial and cable to the living room? Would you
also put a second point in the back bedroom at the same time, and what would that add?
And how soon could someone come out - I work from home so most weekdays are fine.

Thanks,
Hannah Birtwistle"""),
      ag("dan", "11-02 10:15", """Hi Hannah,

Thanks for getting in touch. We could be with you as soon as Thursday 5th (morning) or
any day next week. A new high-gain aerial on the existing chimney bracket, with new
satellite-grade cable to the living room, is £185 fitted; the back bedroom point with a
two-way amplifier adds £65, so £250 for both. That includes a signal check on every
multiplex and retuning both TVs.

Just reply with the day that suits.

Kind regards,
Dan"""),
      cu("11-02 12:03", """Thursday morning is perfect, please book it in. Both points please.

Hannah"""),
      ag("dan", "11-02 13:20", """Booked: Thursday 5 November, 8am-12pm, engineer Callum Rees. Callum normally
phones when he's on his way.

Dan"""),
      cu("11-05 15:47", """Callum's been and gone - every channel is perfect, even BBC Two in the evening.
Thank you both!

Hannah""", thanks=True)),

    C("s02-gary-dish-after-storm", "en", "closed", {"unanswered-question": 1},
      "Gary Pendlebury <gary.pendlebury@example.net>", "outlook", "Sky dish knocked by wind - no signal",
      "Dish realignment after a storm is booked; the request in passing to take down an old minidish on the chimney is skipped.",
      cu("11-03 07:55", """Morning,

Since the wind on Sunday night we've had "No satellite signal" on both Sky boxes. Looking
out of the bedroom window the dish on the side wall has swung round about a foot to the
left.

Can someone come and realign it this week? Ideally Thursday or Friday as my wife is home
then.

There's also an old Sky minidish on the chimney from the previous owners which is just
rusting away. Could you take that down and get rid of it while you're up there?

Cheers
Gary Pendlebury
07700 900418""", uq=1),
      ag("priya", "11-03 09:30", """Hi Gary,

Sorry to hear that - Sunday's gusts moved a lot of dishes round here. I've booked a
realignment for Friday 6 November, 12-4pm. The call-out and realignment is £75; if the
wall bracket has been bent we replace it for £25 on the day, and the engineer checks the
LNB and the cable connections while he's there.

Best regards,"""),
      cu("11-06 17:10", """All sorted, picture back on both boxes. Thanks very much.

Gary""", thanks=True)),

    C("s03-wilbraham-road-communal", "en", "pending", {"unanswered-question": 2},
      "Rashid Qureshi <rashid@qureshiproperties.example>", "owa",
      "Communal TV/satellite system - 6 flats, 22 Wilbraham Road",
      "Landlord's numbered list of four questions about a communal (IRS) system: 1 and 2 answered, dish removal and maintenance contract skipped; survey booked.",
      cu("11-16 09:12", """Hello,

I own a converted Victorian house split into six flats and I'm fed up with tenants each
putting their own dish on the front. I'd like one proper communal system for the
building instead. A few questions:

1. Can you supply and fit a single dish and aerial feeding all six flats, so each tenant
   can have Sky or Freeview?
2. Roughly what would that cost, including cabling up the communal stairwell?
3. Can the four existing dishes on the front elevation be removed and the wall made good as part of the job?
4. Do you offer an annual maintenance contract for landlords, and what does it cover?

Access is through the ground floor hallway; I have to give tenants 48 hours' notice of
any work inside the flats.

Regards,
Rashid Qureshi
Qureshi Properties""", uq=2),
      ag("niamh", "11-16 14:40", """Dear Rashid,

Thank you for your enquiry. Yes - a single wideband dish and a digital aerial into a
multiswitch (an IRS system) is what we'd recommend for six flats. Each flat gets a wall
plate with satellite and terrestrial outlets, so any tenant can take Sky, Freesat or
Freeview without a dish of their own.

As a guide, six flats with trunking up a communal stairwell usually comes to
£2,400-£2,900 + VAT, depending on the cable route and where the multiswitch can live.
We'd fix the price after a site survey, which is £60 and deducted from the job if you go
ahead.

Kind regards,"""),
      cu("11-16 15:05", """Thanks Niamh, that's within budget. Please book the survey - any weekday next week
after 10am.

Rashid"""),
      ag("niamh", "11-17 09:20", """Dear Rashid,

The survey is booked for Tuesday 24 November at 10:30 with Gareth Pryce, our surveyor.
A calendar invitation is on its way separately.

Kind regards,""")),

    C("s04-hollins-lane-survey-report", "en", "closed",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Eleanor Whitworth <e.whitworth@example.org>", "apple", "Signal survey - new build at Hollins Lane",
      "Signal survey on a new-build site; the write-up promised by Friday arrives the next Monday after the customer checks in (kept late).",
      cu("11-02 16:20", """Hello,

We're building a new house at the bottom of Hollins Lane, Marple Bridge, and the site
sits in a dip below the railway embankment. Before the electrician first-fixes, we'd like
to know what TV reception is actually possible there - terrestrial, satellite, or whether
we should just plan for streaming.

Do you do signal surveys on unfinished sites? What does one cost, and would we get a
written report we can pass to our electrician?

Many thanks,
Eleanor Whitworth"""),
      ag("gareth", "11-02 17:45", """Hi Eleanor,

Yes, we survey sites at any stage as long as there's safe access for a ladder and a mast.
A survey is £95 and you get a written report with the readings and suggested cable
positions, written so an electrician can work from it. I could do Wednesday 4th at 9am.

Best wishes,
Gareth"""),
      cu("11-03 08:10", """Wednesday at 9 is great. The site manager, Phil, will let you in - he's on
07700 900271.

Eleanor"""),
      ag("gareth", "11-04 15:30", """Hi Eleanor,

Survey done this morning - Phil was very helpful. Short version: Winter Hill is blocked
by the embankment, but there's a clean line to Astra 28.2E from the back garden wall and
a usable signal from the Saddleworth relay at ridge height. I'll write it up properly and
send you the full report with the suggested cable positions by Friday.

Gareth""", promises=[("11-06", 6)]),
      cu("11-09 09:02", """Hi Gareth,

Just checking in on the report - our electrician starts on Thursday and wants to know
where to run the cables.

Eleanor""", chase=True),
      ag("gareth", "11-09 11:40", """Hi Eleanor,

Apologies, last week ran away from me. The report is attached. Page one has the readings;
the cable schedule at the bottom is the bit for your electrician.

Gareth""", attach=[("application/pdf", "Survey-SV-2611-07-Hollins-Lane.pdf", SURVEY_PDF)])),

    C("s05-tom-freesat-revisit", "en", "open", {"awaiting-reply": 1},
      "Tom Ashworth <tom.ashworth@example.com>", "iphone", "Freesat box not finding channels after install",
      "Half the Freesat channels missing after an install; the customer tried the suggested retune and asks for the revisit - no reply since.",
      cu("11-16 19:05", """Hi, your engineer fitted our new Freesat dish on Saturday. Since yesterday the box says
No Signal on about half the channels - all the ITV ones and Channel 4. BBC ones are
fine. Is it something I can fix myself or does someone need to come back?

Tom

Sent from my iPhone"""),
      ag("priya", "11-17 08:50", """Hi Tom,

That pattern usually means one of the two cables from the dish isn't seated properly in
the back of the box (Freesat recorders have two tuners), or the box needs a fresh scan.
Please try a full retune first: Menu > Settings > Installation > Retune, and let it run
to the end.

If that doesn't fix it, just reply here and we can book a free revisit - it's covered by
the 12-month workmanship guarantee.

Kind regards,
Priya"""),
      cu("11-17 21:30", """Tried the retune twice, still no ITV or Channel 4. Please can you book the revisit?
Any weekday after 4 or Saturday morning. Is it worth me checking the plugs on the back
of the box in the meantime or leave it to your engineer?

Tom

Sent from my iPhone""")),

    C("s06-sophie-fireplace-mount", "en", "open", {},
      "Sophie Lindqvist <sophie.lindqvist@example.net>", "gmail", "Wall mount 65\" TV over chimney breast",
      "A fresh enquiry on the audit day, only the helpdesk acknowledgement so far - inside the response target.",
      cu("11-20 09:35", """Hello,

We'd like our new 65" TV mounted above the fireplace on the chimney breast, with the
cables hidden in the wall down to a soundbar on the mantelpiece. The chimney is still
open (we have a log burner), so I'm not sure whether heat is an issue.

How much would you charge, and is it safe to put a TV above a log burner at all? We're
free most of the week after the 30th.

Many thanks,
Sophie"""),
      ack("11-20 09:36")),

    C("s07-martin-bracket-drooping", "en", "pending", {"reopened": 1},
      "Martin Greaves <mgreaves@example.org>", "thunderbird", "TV bracket - job 4471",
      "Questions about a fitted articulating bracket answered and the ticket marked resolved; a week later the TV droops and the customer writes again in the same thread.",
      cu("11-09 18:22", """Hello,

Your engineer mounted our TV on an articulating bracket last Thursday - great job. Two
quick things: is there a manual or guarantee for the bracket itself, in case we need it?
And the white cable cover he fitted below the TV - can we paint it to match the wall?

Thanks,
Martin Greaves"""),
      ag("dan", "11-10 09:05", """Hi Martin,

Glad you're happy with it. The bracket is a Vogel's Comfort 345; the manual is here:
https://skylineaerials.example/docs/brackets/comfort-345.pdf and it carries a 5-year
manufacturer's guarantee on top of our 12 months on the fitting. The cable cover is
ordinary PVC - a light sand and a coat of emulsion is fine.

That covers everything, so I'll mark this ticket as resolved.

Dan""", closes=True),
      cu("11-17 20:14", """Hi Dan,

Sorry to come back on this one. The TV on the bracket has started drooping - the left
side is about 2cm lower than the right and it seems worse every day. Is it safe to leave
it as it is until someone can look? And can you send someone round to check it?

Martin"""),
      ag("priya", "11-18 08:30", """Hi Martin,

Sorry about that. Please push the TV back flat against the wall and leave it folded - in
that position the arm takes no leverage and it's safe; it's only a risk when it's pulled
out and angled. I've booked an engineer for Thursday 19 November, 1-5pm, at no charge
under the fitting guarantee. It's usually the tension bolt in the arm joint settling.

Kind regards,
Priya""")),

    C("s08-claire-garden-office", "en", "closed", {"many-handoffs": 1},
      "Claire Fenwick <claire.fenwick@fenwickdesign.example>", "outlook", "Wi-Fi and TV for garden office",
      "Three agents on one case: bookings hands the network side to the service desk, who hands the aerial side to the surveyor; both promises kept on time, quote attached.",
      cu("11-11 10:02", """Hello,

I've just had a garden office built about 25 metres from the house and I need decent
internet out there for video calls - the Wi-Fi from the house barely reaches. Can you run
a cable or a wireless link out to it? Would a mesh system be enough instead?

I'd also like a small TV out there. Can it be fed from the main house aerial, or does it
need its own?

Regards,
Claire Fenwick
Fenwick Design Studio"""),
      ag("dan", "11-11 11:30", """Hi Claire,

Thanks for getting in touch. I've passed the network side to Priya, who looks after our
home-network jobs; she'll email you today with the options.

Dan"""),
      ag("priya", "11-11 15:10", """Hi Claire,

At 25 metres a mesh node in the house window will give you something, but not reliably
enough for video calls. The two proper options are a point-to-point wireless bridge
(two small dishes, one on the house, one on the office - about £260 fitted) or armoured
Cat6 buried in a duct (about £420 fitted, plus the digging). The cable is the most
reliable and is the one I'd choose if any groundwork is planned anyway.

On the TV feed, Gareth, our surveyor, will look at the aerial side and email you by
Friday.

Kind regards,
Priya""", promises=[("11-13", 5)]),
      cu("11-12 08:45", """Thanks Priya, the buried cable sounds best - we're having the garden path dug up in
December anyway. Can you quote for that, including the TV feed if it's possible?

Claire"""),
      ag("gareth", "11-12 14:20", """Hi Claire,

Yes, the office TV can come off your existing aerial - we'd add a two-way amplifier in the
loft and run a coax alongside the Cat6 in the same duct, so there's no second aerial. The
quote for both together is attached: £585 including VAT, assuming your groundworker
leaves the trench open for us.

Best wishes,
Gareth""", attach=[("application/pdf", "Quote-Q-2611-093.pdf", GARDEN_QUOTE_PDF)]),
      cu("11-13 09:00", """Perfect, thanks all - I'll talk it through with my husband.

Claire""", thanks=True)),

    C("s09-brenda-bedroom-tv", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Brenda Hulme <brenda.hulme@example.com>", "android", "No picture on bedroom TV",
      "Friday afternoon fault report unanswered over the weekend; on Monday the customer replies to her own mail explaining her husband is bedbound; engineer sent next day.",
      cu("11-06 16:40", """Hello,

You fitted our aerial in the summer. Since Wednesday the TV in the bedroom says No Signal,
the one downstairs is fine. Is that covered by your guarantee? Can somebody come out
next week?

Brenda Hulme
23 Gorsey Bank Road"""),
      cu("11-09 12:15", """Hello again, I sent the message below on Friday and haven't heard anything back.
Could somebody please reply - my husband is bedbound at the moment and the bedroom TV
is all he has.

Brenda""", parent=1, chase=True),
      ag("priya", "11-09 13:05", """Dear Brenda,

I'm very sorry nobody answered on Friday. Yes, it's covered - there's no charge. I've put
you first on tomorrow's list: Tuesday 10 November between 9 and 12, engineer Callum.

Kind regards,
Priya"""),
      cu("11-10 14:30", """Callum found a loose connector in the loft and it's all working. Thank you for
sorting it so quickly, my husband is delighted.

Brenda""", thanks=True)),

    C("s10-ahmed-dish-move-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Ahmed Siddiqui <ahmed.siddiqui@example.net>", "gmail", "Quote for moving Sky dish to back of house",
      "Friday-evening request acknowledged by the robot only; resent word for word on Tuesday as a new mail without threading headers; answered after the resend.",
      cu("11-13 20:10", """Hi there,

We're having the front of the house rendered in January and the plasterer says the Sky
dish has to come off. Could you quote to move it round to the rear wall and re-route the
cable into the lounge? We have Sky Q with one mini box upstairs.

Also, do you need to come out to look first or can you quote from photos?

Thanks,
Ahmed Siddiqui
12 Cromwell Grove, Longsight"""),
      ack("11-13 20:11"),
      cu("11-17 08:30", """Hi there,

We're having the front of the house rendered in January and the plasterer says the Sky
dish has to come off. Could you quote to move it round to the rear wall and re-route the
cable into the lounge? We have Sky Q with one mini box upstairs.

Also, do you need to come out to look first or can you quote from photos?

Thanks,
Ahmed Siddiqui
12 Cromwell Grove, Longsight""", parent=0, chase=True),
      ag("dan", "11-17 11:45", """Hi Ahmed,

Sorry your first email sat in the queue. Photos are fine for this: one of the rear wall
from the garden, and one of where the cable comes into the lounge now. Moving a Sky Q
dish to the rear wall and re-running the cable inside is usually £120-£150, and the mini
box upstairs isn't affected as it works over the Sky Q network. If the rear wall doesn't
face roughly south-east we'd tell you from the photos.

Kind regards,
Dan""")),

    C("s11-karen-pixelation-photo", "en", "pending", {},
      "Karen O'Neill <karen.oneill@example.org>", "apple", "Pixelation on Freeview - which aerial?",
      "The surveyor asks for a photo and postcode; the customer's second mail sends them (not a chase) and gets a diagnosis and prices.",
      cu("11-16 11:00", """Hi,

Whenever it's windy our Freeview picture breaks into blocks on every channel, then comes
back. Is the aerial pointing the wrong way? How much would a new one cost if it needs
replacing?

Karen O'Neill"""),
      ag("gareth", "11-16 13:15", """Hi Karen,

I can't tell from here yet. Could you send me a photo of the aerial taken from the
street and your postcode? Then I can see which transmitter it should face and whether
it's worth saving.

Gareth"""),
      cu("11-16 18:40", """Here you go - photo taken from across the road this afternoon. Postcode SK4 3DL.

Karen""", attach=[("image/png", "IMG_4471.png", AERIAL_PNG)]),
      ag("gareth", "11-17 09:10", """Hi Karen,

Thanks - it's facing Winter Hill, which is right for SK4, but the front elements are
bent and the mast clamp looks loose, which is why it moves in the wind. Re-clamping and
straightening is £70 but I wouldn't expect it to last; a new aerial and clamp is £165
fitted and comes with our 12-month guarantee. That's the one I'd recommend.

Gareth""")),

    C("s12-ian-trade-dishes", "en", "closed", {},
      "Ian McAllister <ian@mcallisterelectrical.example>", "thunderbird", "Trade order - 10x 80cm dishes + quad LNBs",
      "Trade order: the desk promises a stock answer tomorrow and keeps it; a follow-on request for F-connectors is done.",
      cu("11-12 10:20", """Hi,

Trade account TR-2207. I need 10 x 80cm dishes and 10 x quad LNBs for a block refurb in
Cheadle. What's your trade price on those, and can I collect from the Stockport depot
rather than have them delivered?

Ian McAllister
McAllister Electrical"""),
      ag("niamh", "11-12 12:00", """Hi Ian,

Collection from the depot is fine, Monday to Friday 7:30-4. We're low on the 80cm Triax
dishes - let me check with our supplier whether they can make up ten, and I'll come back
to you tomorrow with the price and a collection date.

Kind regards,
Niamh""", promises=[("11-13", 3)]),
      ag("niamh", "11-13 10:45", """Hi Ian,

The supplier has 14 in stock. Trade price is £48 per dish and £14 per quad LNB, both +
VAT, and they'll be ready at the depot from Tuesday 17th.

Kind regards,
Niamh"""),
      cu("11-13 11:30", """Great, please reserve 10 of each on TR-2207. Can you add a bag of 50 F-connectors as
well?

Ian"""),
      ag("niamh", "11-13 12:10", """Done - 10 dishes, 10 LNBs and a bag of 50 compression F-connectors reserved on TR-2207
for collection from Tuesday.

Niamh""")),

    C("s13-deborah-survey-slots", "en", "pending", {},
      "Deborah Kaye <deborah.kaye@example.net>", "owa", "Survey for aerial + two TV points - 3 Parkfield Avenue",
      "The service desk promises the surveyor's slots by Wednesday; the surveyor sends them on Tuesday (kept by a colleague) and books one.",
      cu("11-16 09:40", """Hello,

We've had a two-storey extension built and would like a survey before we decide where
the TV points go (one in the new family room, one in the bedroom above). Could the
surveyor also advise on where to put the broadband router, as the Wi-Fi is poor in the
extension?

Deborah Kaye"""),
      ag("priya", "11-16 11:05", """Dear Deborah,

Yes, Gareth can advise on the router position on the same visit at no extra cost - it's
usually a matter of moving it off the hallway floor or adding one wired access point.
Gareth will email you by Wednesday with the survey slots he has next week.

Kind regards,
Priya""", promises=[("11-18", 3)]),
      ag("gareth", "11-17 14:30", """Hi Deborah,

Priya passed your survey on to me. I have Monday 23rd at 10am, Tuesday 24th at 2pm or
Thursday 26th at 9am - which suits you best?

Gareth"""),
      cu("11-17 16:00", """Tuesday 24th at 2pm please.

Deborah"""),
      ag("gareth", "11-17 16:45", """Booked - Tuesday 24 November at 2pm. I'll bring the signal meter and a Wi-Fi
survey kit.

Gareth""")),

    C("s14-raskin-invoice-duplicate", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Paul Raskin <paul@raskinlettings.example>", "outlook", "Invoice SA-I-40812 - charged for two call-outs",
      "Letting agent disputes a duplicate call-out; accounts promise to look into it and get back (no deadline, window passes); the agent chases and is still waiting.",
      cu("11-10 10:00", """Hello,

Invoice SA-I-40812 for 7 Grange Road charges two call-outs (29 October and 2 November).
Your engineer only attended once - the 29 October visit was cancelled by us the day
before, and I have the email confirming it. Could you correct the invoice and reissue it
with one call-out?

Regards,
Paul Raskin
Raskin Lettings"""),
      ag("niamh", "11-10 14:20", """Dear Paul,

Thanks for flagging this. I'll look into it against the engineers' job sheets and get
back to you.

Kind regards,
Niamh""", promises=[("window", None)]),
      cu("11-17 09:15", """Hi Niamh,

I haven't heard back about the invoice below - our accounts team won't pay it until the
duplicate call-out comes off. Could you let me know where this is?

Paul""", chase=True)),

    C("s15-lorraine-two-tvs-quote", "en", "pending", {},
      "Lorraine Bibby <lorraine.bibby@example.com>", "gmail", "Wall mount two TVs + soundbar - quote please",
      "Two questions answered; the written quote is promised for Tuesday 24 November, still ahead at the audit time.",
      cu("11-18 20:05", """Hi,

We'd like two TVs wall-mounted: a 55" in the main bedroom and a 75" in the lounge with a
Sonos Beam underneath. Our lounge wall is solid brick - do you hide cables in brick
walls or only plasterboard? And do you supply the brackets, or should we buy them?

Thanks,
Lorraine"""),
      ag("dan", "11-19 08:55", """Hi Lorraine,

Yes, we chase cables into brick as well - we cut the channel, fit conduit and make good
ready for decorating (we don't paint). We supply the brackets, or fit yours if you've
already bought them. I'll send the written quote by Tuesday 24th, once I've checked which
Sonos mount fits under the bracket you'd want for the 75".

Dan""", promises=[("11-24", None)])),

    C("s16-gavin-loft-aerial", "en", "pending", {"unanswered-question": 1},
      "Gavin Turner <gavin.turner@example.org>", "iphone", "Loft aerial install - Wednesday",
      "Booking confirmed with logistics only (amplifier delivered to the depot on Tuesday, engineer collects it); the request to look at the FM aerial is skipped.",
      cu("11-16 07:50", """Hi,

Just confirming the loft aerial job this Wednesday. Does your engineer need a light up
there or does he bring his own? There's a lot of stuff stored round the hatch - should
we clear it? Could he also look at the FM aerial for the kitchen radio while he's up there?
It's been hissing for months.

Gavin

Sent from my iPhone""", uq=1),
      ag("dan", "11-16 09:30", """Hi Gavin,

Your engineer is booked for Wednesday 18th, 8am-12pm. The amplifier is coming from our
supplier and is delivered to our depot on Tuesday; the engineer collects it on his way to
you. He brings his own lights and crawl boards, but please clear about a metre round the
hatch.

Dan"""),
      cu("11-16 10:02", """Brilliant, thanks.

Sent from my iPhone""", thanks=True)),

    C("s17-jo-recorder-after-install", "en", "pending", {"unanswered-question": 1},
      "Joanne Platt <jo.platt@example.net>", "gmail", "Invoice for aerial job - 9 Moorside Road",
      "After the invoice was sent, a second mail asks about the recorder losing channels and for the invoice to be re-addressed; only the invoice is re-issued.",
      cu("11-11 19:00", """Hi,

The new aerial is brilliant, thanks. The engineer said the invoice would come by email
but I haven't had it - could you send it over? My landlord reimburses me for it.

Jo Platt"""),
      ag("niamh", "11-12 09:10", """Hi Jo,

Sorry, it should have gone out automatically. Invoice attached.

Kind regards,
Niamh""", attach=[("application/pdf", "Invoice-SA-I-40917.pdf", INVOICE_PDF)]),
      cu("11-16 20:30", """Thanks Niamh. One more thing I forgot to ask the engineer: since the install the Freeview
recorder in the lounge loses Channel 5 and Yesterday every few days and I have to retune
to get them back. Is that something to do with the new aerial or the box? Also my
landlord has asked for the invoice to be addressed to him (Mr D. Hargreaves, 40 Mill
Lane, Hyde) rather than to me.

Jo""", uq=1),
      ag("niamh", "11-17 10:00", """Hi Jo,

Of course - here's the invoice re-issued to Mr D. Hargreaves at 40 Mill Lane.

Kind regards,
Niamh""", attach=[("application/pdf", "Invoice-SA-I-40917-reissued.pdf", INVOICE2_PDF)])),

    C("s18-dave-lnb-sky-plus", "en", "closed", {"unanswered-question": 1},
      "Dave Entwistle <dave.entwistle@example.com>", "outlook", "New LNB - will it work with old Sky+ box?",
      "Asked whether the new LNB will still feed his old Sky+HD box, the customer is told how the Sky Q mini boxes connect instead - a neighbouring question answered.",
      cu("11-04 12:30", """Hi,

Your engineer is coming on Friday to swap the LNB on our dish for the Sky Q upgrade.
Will the new LNB still work with my old Sky+HD box in the kitchen, which I want to keep for old recordings?
And is Friday still 8 till 12?

Dave Entwistle""", uq=1),
      ag("priya", "11-04 15:40", """Hi Dave,

Friday is confirmed, 8am-12pm. On the Sky Q side: the new wideband LNB feeds the Sky Q
main box over a single cable, and the mini boxes connect to the main box over its own
Wi-Fi network, so no extra cables are needed for those.

Kind regards,
Priya""")),

    C("s19-margaret-long-letter", "en", "closed", {"unanswered-question": 2},
      "Margaret Ollerenshaw <m.ollerenshaw@example.org>", "gmail", "aerial man visit",
      "A pensioner's one-paragraph letter: the visit and the discount are answered; moving the TV socket and the radio aerial in the loft, buried mid-paragraph, are not.",
      cu("11-05 14:12", """Dear Sir or Madam, my son has set this email up for me so I hope it reaches you. Since the lady next door had her roof done my television has been very poor, the picture goes into little squares and the sound stops, it is worst in the evenings when I want to watch my programmes and the man at the television shop said it was probably the aerial. Could you send somebody to look at it, I am in most days except Wednesdays when I go to my sister's. I would also like to know if you could move the television socket from behind the sideboard to the other side of the fireplace as I can never reach it. Would it be possible to have a look at the radio aerial in the loft while you are up there as Radio 4 has been crackly too? I am a pensioner so please could you tell me if you do a discount. Yours faithfully, Margaret Ollerenshaw (Mrs)""", uq=2),
      ag("dan", "11-05 16:30", """Dear Mrs Ollerenshaw,

Sorry your picture has been playing up - it does sound as if the roofers knocked the
aerial or its cable. I've booked our engineer Callum for Monday 9 November between 10
and 12. The call-out and check is £55 and we take 10% off for pensioners, so £49.50. If
the aerial needs work, Callum will tell you the price before he does anything.

Kind regards,
Dan Okafor"""),
      cu("11-05 17:05", """Thank you dear, Monday will be fine.

Margaret""", thanks=True)),

    C("s20-castlefield-flat4-html", "en", "closed", {},
      "Castlefield Lettings Maintenance <maintenance@castlefieldlettings.example>", "owa",
      "Maintenance request MR-3390 - Flat 4, 18 Potato Wharf - no TV signal",
      "HTML-only works order from a letting agent (portal link with ?); access booked with the tenant, invoice routing confirmed, visit report sent.",
      cu("11-04 11:00", """Dear Skyline Aerials,

Please attend Flat 4, 18 Potato Wharf, Manchester M3 4NB. The tenant reports no TV signal
at the lounge wall socket since the building works in the communal corridor last week.

Please contact the tenant, Ms Ruth Adeyemi (07700 900112), to arrange access, and send
your invoice to accounts@castlefieldlettings.example quoting MR-3390.

Kind regards,
Maintenance Team
Castlefield Lettings
Track this job: https://castlefieldlettings.example/portal?job=MR-3390&view=contractor""", kind="html"),
      ag("niamh", "11-04 13:30", """Dear Maintenance Team,

We've spoken to Ms Adeyemi and booked Friday 6 November, 2-4pm. The invoice will go to
accounts@castlefieldlettings.example quoting MR-3390.

Kind regards,
Niamh"""),
      ag("niamh", "11-06 17:00", """Dear Maintenance Team,

Visit report for MR-3390: the contractor in the communal corridor had disconnected the
riser feed to Flat 4 in the service cupboard. Our engineer reconnected it with a new
compression connector and the signal at the lounge socket is back to normal on every
multiplex. Invoice for £65 + VAT sent to accounts@ today.

Kind regards,
Niamh""", parent=1)),

    C("s21-nadia-alcove-mount", "en", "pending", {},
      "Nadia Hussain <nadia.hussain@example.com>", "outlook", "Quote - mount 75in TV in alcove + hide wires",
      "Base64 multipart/alternative mail with a photo of the wall; answered with a PDF quote; a Saturday booked.",
      cu("11-17 12:10", """Hello,

Photo of the wall attached. We want our 75" TV mounted in the middle of this wall,
which I think is a stud wall (it sounds hollow when you knock). Can you mount something
that big on plasterboard? Can the HDMI and power cables go inside the wall down to the
cabinet? And what would the whole job cost?

Thank you,
Nadia Hussain""", kind="alt", cte="base64", attach=[("image/png", "lounge-wall.png", WALL_PNG)]),
      ag("dan", "11-17 15:20", """Hi Nadia,

Thanks for the photo. Yes - on a stud wall we fix the bracket into the timber studs (and
add a plywood pattress if they're in the wrong place), so a 75" is fine. The HDMI and
power go inside the wall to brush plates just above the cabinet; power is a proper
recessed socket behind the TV, not an extension lead. Quote attached: £210 all in.

Dan""", attach=[("application/pdf", "Quote-Q-2611-112.pdf", MOUNT_QUOTE_PDF)]),
      cu("11-17 16:00", """Looks good. Can you do Saturday 28th?

Nadia"""),
      ag("dan", "11-18 08:40", """Saturday 28 November, 8am-12pm is booked for you.

Dan""")),

    C("s22-richard-four-questions-inline", "en", "pending", {},
      "Richard Booth <richard.booth@example.org>", "thunderbird", "Questions before we book - one dish for Freesat and Sky",
      "Four numbered questions answered inline under each quoted question; thanks-only reply.",
      cu("11-17 09:00", """Hello,

Before we book, a few questions:

1. Can one dish feed both a Freesat box and a Sky box?
2. Do you need to go on the roof, or can it go on a wall? We're in a bungalow.
3. How long does an install take?
4. Do you take card payment on the day?

Richard Booth"""),
      ag("gareth", "11-17 11:30", """Hi Richard, answers below.

> 1. Can one dish feed both a Freesat box and a Sky box?

Yes, with a quad LNB - each box gets its own two cables from the same dish.

> 2. Do you need to go on the roof, or can it go on a wall? We're in a bungalow.

A wall, usually the gable end - no roof work needed for a bungalow.

> 3. How long does an install take?

About two and a half hours.

> 4. Do you take card payment on the day?

Yes, card or bank transfer.

Gareth""", quote=False),
      cu("11-17 13:10", """Thanks Gareth, that's really clear. We'll book after Christmas.

Richard""", thanks=True)),

    C("s23-ridley-build-invoice", "en", "closed", {},
      "Mark Ridley <mark@ridleybuild.example>", "android", "Invoice for 7 Brook Close aerial + dish",
      "A builder asks for the invoice to go to his company; answered with a bare \"Of course.\"; thanks-only reply.",
      cu("11-05 07:30", """Morning,

You're doing the aerial and satellite at 7 Brook Close on Tuesday. Can the invoice go to
Ridley Build Ltd rather than the homeowner please?

Mark
Ridley Build Ltd"""),
      ag("niamh", "11-05 09:00", """Of course."""),
      cu("11-05 09:10", """Cheers Niamh 👍

Mark""", thanks=True)),

    C("s24-yvonne-retune-link", "en", "closed", {},
      "Yvonne Chadwick <yvonne.chadwick@example.net>", "apple", "How do I retune the Panasonic?",
      "A request for retuning instructions answered with only a link.",
      cu("11-03 18:30", """Hi,

You fitted our aerial last year. The TV keeps saying "new services available" - is there
a guide somewhere on how to retune a Panasonic without losing my favourites list?

Yvonne"""),
      ag("priya", "11-04 08:20", """https://skylineaerials.example/help/retune/panasonic-keep-favourites""")),

    C("s25-clegg-office-ooo", "en", "pending", {},
      "Simon Clegg <simon.clegg@cleggaccountants.example>", "outlook", "Reception TV and guest Wi-Fi - Clegg & Co, Ancoats",
      "An accountant's three questions answered in one reply; his out-of-office answers it; a confidentiality disclaimer in his signature.",
      cu("11-16 10:30", """Hello,

We'd like a TV in our reception showing the news, and separate guest Wi-Fi so visitors
aren't on our office network. There's a communal aerial outlet in the riser cupboard on
our floor. Can the TV be fed from that? Can you set up the guest network, and roughly
what would both cost?

Kind regards,
Simon Clegg
Partner, Clegg & Co Chartered Accountants

This email and any files transmitted with it are confidential and intended solely for the
use of the individual or entity to whom they are addressed. If you have received this
email in error please notify the sender and delete it."""),
      ag("priya", "11-16 15:00", """Dear Simon,

Yes to both. The riser outlet can feed the reception TV - we'd run a cable in trunking
and fit a wall plate behind the screen, about £140 with the bracket. For guest Wi-Fi we
fit a business access point that broadcasts a separate, isolated guest network
alongside your office one, about £230 fitted. Say £370 for both, done in one morning.

Kind regards,
Priya"""),
      auto("11-16 15:01", """I am out of the office until Monday 23 November with limited access to email.
For anything urgent please contact Jenny Fox on 0161 496 0833.

Simon Clegg""", quote=False, subject="Automatic reply: RE: Reception TV and guest Wi-Fi - Clegg & Co, Ancoats")),

    C("s26-julie-polish-channels", "en", "closed", {},
      "Julie Marsden <julie.marsden@example.com>", "gmail", "Second dish for Polish channels",
      "A rhetorical question and a question the customer answers herself, then the real question, answered; booking confirmed.",
      cu("11-05 20:15", """Hi!

My partner is Polish and desperate to watch the Polish channels (TVP, Polsat). Who knew a
grown man could miss his football this much? I've read they come from Hotbird at 13
degrees east. Where would the dish need to point - do we need a clear view to the
south-east? Actually, I've just put our postcode into one of those dish-pointing websites
and it says south-south-east, right over the neighbour's garage, which is clear.

So really: can you fit a second dish for Hotbird next to our Sky dish, and what would it
cost?

Julie"""),
      ag("gareth", "11-06 09:00", """Hi Julie,

Yes - an 80cm dish for Hotbird on the same wall as the Sky dish, with its own cable to
the lounge, is £195 fitted. You'd need a free-to-air satellite receiver for the free
Polish channels (we can supply one for £45), or a Polish provider's box if he wants the
football in full. I could do Tuesday 10th, 9am-1pm.

Gareth"""),
      cu("11-06 10:15", """Tuesday's fine, please book it - with the receiver.

Julie"""),
      ag("gareth", "11-06 11:00", """Booked: Tuesday 10 November, 9am-1pm, dish and receiver.

Gareth""")),

    C("s27-peter-management-approval", "en", "closed", {},
      "Peter Yates <peter.yates@example.org>", "outlook", "FW: Aerial on the roof - management company approval",
      "A forwarded mail from a block's management company full of questions; the customer's own requests (insurance certificate and method statement) answered with PDFs.",
      cu("11-04 09:00", """Hi,

Please see below from our management company. Please could you send me your public
liability certificate and a method statement so I can forward them to her?

Peter

________________________________
From: Karen Booth <karen.booth@blockmanagers.example>
Sent: Tuesday, November 3, 2026 4:52 PM
To: Peter Yates <peter.yates@example.org>
Subject: Aerial on the roof

Dear Mr Yates,

Before we can approve the work, can your contractor confirm how they will access the
roof? Will they need scaffolding? Who holds the roof hatch key on the day? Please provide
their insurance certificate and a method statement.

Kind regards,
Karen Booth
Property Manager"""),
      ag("priya", "11-04 10:45", """Hi Peter,

Both attached: our public liability certificate and method statement MS-14 for flat
roofs, which covers access through the internal roof hatch with a harness - no
scaffolding.

Kind regards,
Priya""", attach=[("application/pdf", "Skyline-Public-Liability-2026.pdf", INSURANCE_PDF),
                   ("application/pdf", "Method-Statement-MS-14.pdf", METHOD_PDF)])),

    C("s28-ashton-court-block", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Fiona Garside <fiona.garside@northernhousing.example>", "owa", "Block aerial faults - Ashton Court (48 flats)",
      "Housing association with the caretaker in Cc: the access time promised by Friday is given on the morning of the visit after a chase; the request for the 2027 schedule of rates is never answered.",
      cu("11-05 11:20", """Dear Skyline,

We've had complaints from several flats at Ashton Court (48 flats, Droylsden) about no
TV signal since the weekend. Can you attend early next week? Lee Marsh (cc'd) is our
caretaker and holds the keys to the plant room.

Please also send us your schedule of rates for 2027, as our contractor framework is up for renewal in January.

Regards,
Fiona Garside
Northern Housing - Asset Management""", cc="Lee Marsh <lee.marsh@northernhousing.example>", uq=1),
      ag("gareth", "11-05 14:00", """Dear Fiona,

We can attend on Monday 9 November. I'll confirm the access time with Lee by Friday.

Gareth""", promises=[("11-06", 4)]),
      cu("11-09 08:05", """Morning Gareth,

Lee hasn't heard anything about a time for today. Is the engineer still coming?

Fiona""", cc="Lee Marsh <lee.marsh@northernhousing.example>", chase=True),
      ag("gareth", "11-09 08:40", """Morning Fiona,

Sorry - yes, Callum will be at the plant room at 10 and has Lee's number.

Gareth"""),
      ag("gareth", "11-09 16:30", """Dear Fiona,

Callum found the masthead amplifier's power supply in the plant room had failed. He
replaced it and checked the outlets on every floor - all 48 flats now have a normal
signal. Lee has the job sheet.

Gareth""", parent=3)),

    C("s29-stuart-move-booking", "en", "closed", {},
      "Stuart Kenyon <stuart.kenyon@example.com>", "gmail", "Booking change - aerial job Friday",
      "A booking moved; the reply lost In-Reply-To/References; thanks-only reply.",
      cu("11-04 21:00", """Hi,

Can we move Friday's aerial job to the following Monday? Something's come up at work.
Same time if possible.

Stuart Kenyon"""),
      ag("dan", "11-05 08:30", """Hi Stuart,

No problem - moved to Monday 9 November, same 8am-12pm slot.

Dan""", thread=False, quote=False),
      cu("11-05 08:50", """Thank you!

Stuart""", thanks=True)),

    C("s30-helen-sky-q-mini", "en", "closed", {},
      "Helen Barraclough <helen.barraclough@example.net>", "thunderbird", "Sky Q mini box - no connection upstairs",
      "A Sky Q mini box two floors up: tips, then a booster booked; the customer's last mail has References with a gap.",
      cu("11-09 19:00", """Hello,

The Sky Q mini box in our loft bedroom keeps saying it can't connect to the main box.
Do we need some kind of booster, and what would that cost?

Helen"""),
      ag("priya", "11-10 09:15", """Hi Helen,

Often yes. Before spending anything, try restarting the main box first and then the mini
box (standby off, unplug for 30 seconds). Which floor is the main box on? The further
apart they are, the more likely you'll need a Sky booster.

Kind regards,
Priya"""),
      cu("11-10 12:00", """The main box is in the lounge on the ground floor, the mini is two floors up in the loft
conversion. I'll try the restart tonight.

Helen"""),
      ag("priya", "11-10 13:00", """Hi Helen,

With two floors between them a booster on the middle landing is almost certainly the
fix. The booster is £39 and fitting and pairing it is £45.

Kind regards,
Priya"""),
      cu("11-12 20:00", """Restarting didn't help, so please book the booster. Do you have anything on Saturday
14th?

Helen""", refs=[1, 4]),
      ag("priya", "11-13 08:30", """Hi Helen,

Saturday 14th, 9-11am is booked.

Kind regards,
Priya""")),

    C("s31-cheetham-boardroom", "en", "closed", {"unanswered-question": 1},
      "Anthony Cheetham <a.cheetham@cheethamlaw.example>", "outlook", "Boardroom TV point and screen - Cheetham & Co, King Street",
      "A solicitors' office move: weekend work and price answered and booked; the request for a written risk assessment for the building manager is skipped. Legal disclaimer.",
      cu("11-03 10:00", """Dear Sirs,

We move into the second floor at 60 King Street next month. We need a TV point in the
boardroom and a 65" screen wall-mounted there. Can the work be done over the weekend of
14/15 November while the office is empty, and what will it cost?
We'd also need a written risk assessment for the building manager before any work starts.

Yours faithfully,
Anthony Cheetham
Practice Manager

CONFIDENTIALITY: This email and any attachments are confidential and may be legally
privileged. If you are not the intended recipient, please notify the sender and delete
it. Cheetham & Co is authorised and regulated by the Solicitors Regulation Authority.""", uq=1),
      ag("dan", "11-03 12:30", """Dear Anthony,

Yes, Saturday 14th works well for us. The TV point from the building's aerial riser plus
mounting the 65" screen with a low-profile bracket comes to £295 + VAT.

Kind regards,
Dan"""),
      cu("11-03 13:15", """Saturday 14th is fine. Please go ahead.

Anthony Cheetham"""),
      ag("dan", "11-03 14:00", """Booked for Saturday 14 November from 8am: engineer Callum Rees and his mate.

Dan""")),

    C("s32-kevin-second-point", "en", "pending", {},
      "Kevin Dobson <kevin.dobson@example.com>", "gmail", "Another TV point - kids' room",
      "A pleasantry (\"hope you had a good weekend?\") and one question, answered; booked.",
      cu("11-16 08:30", """Hi Dan,

Hope you had a good weekend? You did our aerial back in September. We're now doing up the
kids' room - how much would it be to add another TV point in there off the same aerial?
It's directly above the lounge.

Kevin"""),
      ag("dan", "11-16 10:10", """Morning Kevin,

Directly above the lounge is an easy one: £55 including the plate and swapping your
splitter for a three-way. I have Thursday afternoon free if that helps.

Dan"""),
      cu("11-16 10:45", """Thursday works.

Kevin"""),
      ag("dan", "11-16 11:00", """Booked for Thursday 19th, 1-5pm.

Dan""")),

    C("s33-rebecca-squirrels", "en", "closed", {},
      "Rebecca Holt <rebecca.holt@example.org>", "iphone", "Aerial cable chewed by squirrels",
      "Two questions answered in one line each; booked; thanks-only mail after the job.",
      cu("11-02 17:00", """Hi, squirrels have got into our loft and chewed through the aerial cable. How much to
replace it? And is there anything you can do to stop them doing it again?

Rebecca

Sent from my iPhone"""),
      ag("gareth", "11-03 09:00", """Hi Rebecca,

Replacing the loft run is £70. We can put it in steel-reinforced conduit for £20 extra -
they can't chew through that. I could do Wednesday afternoon.

Gareth"""),
      cu("11-03 09:20", """Wednesday please, with the conduit.

Sent from my iPhone"""),
      ag("gareth", "11-03 10:00", """Booked for Wednesday 4th, 1-5pm.

Gareth"""),
      cu("11-04 18:00", """All done, thank you so much. Freeview back and no more rodent buffet.

Sent from my iPhone""", thanks=True)),

    C("s34-andrew-deposit-refund", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Andrew Whittaker <andrew.whittaker@example.net>", "outlook", "Cancelled dish install - deposit refund",
      "A cancelled install: the refund news promised by Monday comes a week late, from a colleague, after two chases.",
      cu("11-05 09:00", """Hello,

I need to cancel next week's dish installation - our landlord has said no dishes on the
building. Please refund the £50 deposit to the card I paid with, and confirm in writing
that the booking is cancelled.

Andrew Whittaker"""),
      ag("niamh", "11-05 11:00", """Dear Andrew,

Sorry to hear that. Your booking for 12 November is cancelled - this email is your
written confirmation. I'll arrange the refund of the deposit and let you know once it's
gone through, by Monday at the latest.

Kind regards,
Niamh""", promises=[("11-09", 5)]),
      cu("11-11 10:00", """Hi Niamh,

Just following up on my email below - the £50 still hasn't come back to my card. Could
you check?

Andrew""", chase=True),
      cu("11-16 09:30", """I'm still waiting on this. It's over a week since you said Monday. Please can someone
reply.

Andrew""", chase=True),
      ag("priya", "11-16 12:00", """Dear Andrew,

I'm sorry - Niamh has been off and your emails weren't picked up. I've processed the £50
refund to your card today; it normally shows within 3-5 working days.

Kind regards,
Priya""")),

    C("s35-gemma-extension-network", "en", "closed", {"missed-follow-up": 1},
      "Gemma Oakes <gemma.oakes@example.com>", "gmail", "Network points in new extension",
      "Data points and a ceiling access point: the quote promised for early next week (Thursday to Tuesday) comes on the following Thursday.",
      cu("11-05 08:00", """Hi,

We're building a single-storey extension (plans attached to the planning portal, ref
26/0412) and would like four network points and a Wi-Fi access point in the ceiling,
wired back to the router in the understairs cupboard. Do you do that sort of network
cabling, and could you quote?

Gemma Oakes"""),
      ag("priya", "11-05 10:30", """Hi Gemma,

Yes, we do Cat6 cabling and ceiling access points. I'll work it up from the plans and
send you the quote early next week.

Kind regards,
Priya""", promises=[("11-10", 3)]),
      ag("priya", "11-12 15:00", """Hi Gemma,

Sorry this took longer than I said. The quote is attached: £640 for four Cat6 points, a
small patch panel under the stairs and one ceiling access point powered over the cable.

Kind regards,
Priya""", attach=[("application/pdf", "Quote-Q-2611-101.pdf", EXTENSION_QUOTE_PDF)]),
      cu("11-12 16:00", """Thanks, we'll have a look over it at the weekend.

Gemma""", thanks=True)),

    C("s36-craig-new-build-plots", "en", "pending", {"unanswered-question": 2},
      "Craig Haworth <craig@haworthelectrical.example>", "android", "8 plots Bredbury - aerial/sat price",
      "An electrician subcontracting eight new-build plots: the per-plot trade rate answered; working alongside his team from the 30th and the RAMS/CSCS request skipped; his reply only acknowledges.",
      cu("11-16 07:10", """Morning,

Got a new-build job of 8 houses in Bredbury, handover 4 Dec. Need aerials and dishes
fitted and all the TV/sat cable runs terminated. Can you price for the lot? What's your
trade rate per plot for a standard lounge + 2 bedroom points with Sky?
Can your lads work alongside my team from the 30th?
Also need RAMS and your CSCS cards for the site manager before anyone goes on site.

Cheers
Craig
Haworth Electrical""", uq=2),
      ag("niamh", "11-16 09:45", """Hi Craig,

Our trade rate for a standard plot (digital aerial, quad LNB dish, lounge plate plus two
bedroom points, terminated and tested) is £340 + VAT per plot, so £2,720 + VAT for all
eight.

Kind regards,
Niamh"""),
      cu("11-16 10:20", """Rate's fine. PO to follow from our office.

Craig""", thanks=True)),

    C("s37-olivia-lark-hill-tenants", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Olivia Bramwell <olivia@bramwellhomes.example>", "gmail", "New tenants - TV and dish check, 9 Lark Hill",
      "An overseas landlord (UTC-5) asks for pre-tenancy checks: booked and PO noted, the broadband socket test skipped, a self-answered question; the engineer's report promised by Monday never comes.",
      cu("11-09 06:00", """Hi Niamh,

New tenants move into 9 Lark Hill on the 20th. Could you send someone to check the TV
aerial and the Sky dish are working before then? While they're there, could they test the phone line and broadband socket too? The last tenants said the Wi-Fi kept
dropping. What's the key safe code again - 4417? Yes, I've just checked my notes, it's
4417. And can the invoice go through our PO system with reference BH-LH9?

Thanks,
Olivia Bramwell
Bramwell Homes (I'm in Boston until Christmas, so email is best)""", uq=1),
      ag("niamh", "11-09 13:00", """Hi Olivia,

Booked for Friday 13 November, 10am-12pm, using the key safe. The aerial and dish check
is £55 and the invoice will go through your PO system as BH-LH9. I'll email you the
engineer's report by Monday 16th so you have it for the tenancy file.

Kind regards,
Niamh""", promises=[("11-16", None)]), tz=-5),

    C("s38-ben-snagging-list", "en", "pending", {"unanswered-question": 1},
      "Ben Frost <ben.frost@example.com>", "apple", "Snagging after Saturday's install",
      "A bulleted snag list after an install: three of four points answered (HD channel, guarantee attached, clips booked); the hole in the skirting is not.",
      cu("11-16 18:30", """Hi,

Thanks for Saturday's install, the picture is great. A few snags though:

- The cable clips on the front of the house are about a metre apart and the cable sags
  between them. Can the engineer add more and tidy it?
- There's a hole left in the lounge skirting where the old cable came through - can that be filled?
- The bedroom TV doesn't get Channel 4 HD. Is that expected?
- Could you email me the guarantee certificate?

Ben Frost
3 Ivy Terrace""", uq=1),
      ag("gareth", "11-17 10:00", """Hi Ben,

Channel 4 HD isn't on the multiplex your bedroom TV can decode - it's an older set
without Freeview HD, so that's expected; the standard Channel 4 is there. Guarantee
certificate attached. On the clips: Callum can add more at 50cm spacing and re-tension the
run - he could do Thursday afternoon if someone's in.

Gareth""", attach=[("application/pdf", "Guarantee-3-Ivy-Terrace.pdf", GUARANTEE_PDF)]),
      cu("11-17 12:00", """Thursday afternoon is fine, my partner's working from home.

Ben"""),
      ag("gareth", "11-17 12:30", """Great - Callum will be with you between 1 and 3 on Thursday.

Gareth""")),

    C("s39-colin-hawthorn-eod", "en", "closed", {"missed-follow-up": 1},
      "Colin Ashby <colin@ashbylettings.example>", "owa", "Urgent - no TV at 3 Hawthorn Mews, tenant elderly",
      "An urgent landlord job: the visit time promised by end of day arrives at 7:45 the next morning; thanks-only reply.",
      cu("11-10 08:15", """Hi,

Our tenant at 3 Hawthorn Mews is 88 and has had no TV since Sunday. Can someone get there
today or tomorrow? She's in all day.

Colin Ashby
Ashby Lettings"""),
      ag("priya", "11-10 09:00", """Hi Colin,

We can get an engineer there tomorrow morning. I'll confirm the exact time by the end of
the day once the rota is done.

Kind regards,
Priya""", promises=[("11-10", 3)]),
      ag("priya", "11-11 07:45", """Hi Colin,

Sorry, the rota was late last night. Callum will be at 3 Hawthorn Mews at 9:30 this
morning.

Kind regards,
Priya"""),
      cu("11-11 12:00", """Tenant says it's all working again. Thanks.

Colin""", thanks=True)),

    C("s40-reinhardt-astra-lytham", "de", "closed", {"unanswered-question": 1},
      "Klaus Reinhardt <k.reinhardt@reinhardt-haustechnik.example>", "gmail_de",
      "Satellitenanlage für Astra 19,2° - Ferienhaus in Lytham",
      "German owner of a holiday house wants German TV from Astra 19.2E: dish size, price and date answered; the request to invoice his company with its VAT number is skipped.",
      cu("11-04 19:30", """Guten Tag,

wir haben ein Ferienhaus in Lytham St Annes gekauft und möchten dort deutsches
Fernsehen (ARD, ZDF, die Dritten) über Astra 19,2° Ost empfangen. Ein Nachbar meinte, dafür
brauche man in England eine deutlich größere Schüssel. Welche Schüsselgröße empfehlen Sie
für Lytham, und was kostet die Montage inklusive Receiver?

Außerdem bitte ich Sie, die Rechnung auf meine Firma auszustellen (Reinhardt Haustechnik GmbH, Bahnhofstraße 12, 48143 Münster) und unsere USt-IdNr. anzugeben.

Wir sind vom 16. bis 22. November vor Ort. Wäre ein Termin in dieser Zeit möglich?

Mit freundlichen Grüßen
Klaus Reinhardt""", uq=1),
      ag("lukas", "11-05 09:10", """Sehr geehrter Herr Reinhardt,

Ihr Nachbar hat recht: Im Nordwesten Englands ist das Signal von Astra 19,2° schwächer,
für Lytham empfehlen wir eine 1,1-m-Schüssel. Montage mit Wandhalter, Kabel ins
Wohnzimmer und einem HD-Receiver kostet 395 £. Einen Termin kann ich Ihnen für Dienstag,
17. November, um 10 Uhr anbieten.

Mit freundlichen Grüßen
Lukas Brandt"""),
      cu("11-05 11:00", """Der 17. um 10 Uhr passt uns gut, vielen Dank!

Klaus Reinhardt""", thanks=True), tz=1),

    C("s41-kraemer-zweites-kabel", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Sabine Krämer <sabine.kraemer@posteo.example>", "outlook_de", "Zweites Kabel ins Arbeitszimmer - Angebot",
      "A German family in Altrincham asks for a second cable run; the offer promised for tomorrow never comes; the customer chases and is still waiting.",
      cu("11-10 08:30", """Hallo,

wir möchten im Arbeitszimmer im ersten Stock einen zweiten Fernseher an die Sky-Schüssel
anschließen. Fotos vom möglichen Kabelweg (Außenwand, dann durch den Fensterrahmen) hänge
ich an. Kann man dort ein zweites Kabel legen, und was würde das kosten?

Viele Grüße
Sabine Krämer""", attach=[("image/png", "kabelweg.png", PHOTOS_PNG)]),
      ag("lukas", "11-10 12:00", """Hallo Frau Krämer,

danke für die Fotos. Ein zweites Kabel ist grundsätzlich kein Problem, ich muss aber mit
unserem Techniker klären, ob wir durch den Fensterrahmen bohren dürfen oder besser durch
die Wand gehen. Ich melde mich morgen mit einem Angebot.

Viele Grüße
Lukas Brandt""", promises=[("11-11", None)]),
      cu("11-16 09:00", """Hallo Herr Brandt,

ich warte immer noch auf das Angebot, das Sie mir für den nächsten Tag zugesagt hatten.
Gibt es da schon etwas?

Viele Grüße
Sabine Krämer""", chase=True)),

    C("s42-albers-vermieter-salford", "de", "pending", {},
      "Jürgen Albers <j.albers@albers-immobilien.example>", "thunderbird_de", "Antennenprüfung in drei Mietwohnungen (Salford)",
      "An Austrian landlord (UTC+1) with three flats: both questions answered, a date booked.",
      cu("11-16 09:15", """Sehr geehrte Damen und Herren,

ich vermiete drei Wohnungen in der Chapel Street in Salford. Zwei Mieter beschweren sich
über schlechten Empfang. Könnten Sie die Antennenanlage prüfen? Und rechnen Sie direkt
mit meiner Hausverwaltung vor Ort (Salford Homes Management) ab, oder muss ich selbst
bezahlen?

Mit freundlichen Grüßen
Jürgen Albers
Wien"""),
      ag("lukas", "11-16 11:30", """Sehr geehrter Herr Albers,

ja, gerne. Die Prüfung der Anlage mit Messung an allen drei Anschlussdosen kostet 95 £.
Wir können direkt mit Salford Homes Management abrechnen, wenn Sie uns das kurz
schriftlich bestätigen - diese E-Mail genügt. Termine hätten wir am Montag, 23.
November, oder am Mittwoch, 25. November.

Mit freundlichen Grüßen
Lukas Brandt"""),
      cu("11-16 13:00", """Sehr geehrter Herr Brandt,

hiermit bestätige ich die Abrechnung über Salford Homes Management. Bitte buchen Sie
den Montag, die Verwaltung informiert die Mieter.

Mit freundlichen Grüßen
Jürgen Albers"""),
      ag("lukas", "11-16 14:05", """Sehr geehrter Herr Albers,

gebucht: Montag, 23. November, ab 9 Uhr, alle drei Wohnungen.

Mit freundlichen Grüßen
Lukas Brandt"""), tz=1),

    C("s43-hoffmann-schuessel-sturm", "de", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Monika Hoffmann <monika.hoffmann@gmx-mail.example>", "gmail_de", "Reparatur Satellitenschüssel nach Sturm",
      "A Friday-evening storm repair acknowledged by the robot only; \"gibt es schon etwas Neues?\" on Monday; answered the same morning.",
      cu("11-13 18:00", """Guten Abend,

bei dem Sturm heute hat sich die Satellitenschüssel an unserem Haus in Sale gelöst, sie
hängt nur noch an einer Schraube. Wann könnten Sie kommen, und was kostet so eine
Reparatur ungefähr?

Monika Hoffmann"""),
      ack("11-13 17:01"),
      cu("11-16 10:30", """Guten Morgen, gibt es schon etwas Neues? Die Schüssel wackelt bei jedem Windstoß und
ich habe Angst, dass sie herunterfällt.

Monika Hoffmann""", parent=1, chase=True),
      ag("lukas", "11-16 11:15", """Guten Morgen Frau Hoffmann,

entschuldigen Sie bitte, dass Sie bis heute warten mussten. Bitte halten Sie sich von
der Hauswand unter der Schüssel fern. Unser Techniker kommt am Mittwoch, 18. November,
zwischen 8 und 12 Uhr. Neue Befestigung und Ausrichtung kosten 75 £, ein neuer
Wandhalter falls nötig 25 £.

Viele Grüße
Lukas Brandt"""), tz=1),

    C("s44-wegner-buero-netzwerk", "de", "closed", {"unanswered-question": 2},
      "Tobias Wegner <tobias.wegner@wegner-it.example>", "outlook_de", "Netzwerk und TV im neuen Büro - Fragen",
      "A German IT firm moving to Salford Quays asks four bulleted questions; Cat6 and guest Wi-Fi answered, the test report and weekend work skipped.",
      cu("11-05 10:00", """Guten Tag Herr Brandt,

wir beziehen im Dezember ein Büro in Salford Quays. Bevor wir einen Auftrag erteilen,
hätte ich folgende Fragen:

- Können Sie 12 Netzwerkdosen (Cat6) im Großraumbüro verlegen?
- Übernehmen Sie auch die Einrichtung des WLANs mit getrenntem Gästenetz?
- Liefern Sie ein Messprotokoll für jede Dose?
- Können die Arbeiten am Wochenende stattfinden, damit der Betrieb nicht gestört wird?

Mit freundlichen Grüßen
Tobias Wegner
Wegner IT Solutions Ltd""", uq=2),
      ag("lukas", "11-05 14:30", """Guten Tag Herr Wegner,

ja, 12 Cat6-Dosen im Großraumbüro verlegen wir gern, inklusive Patchfeld im
Serverschrank: etwa 1.150 £ zzgl. MwSt., je nach Kabelweg in der Zwischendecke. Das WLAN
richten wir mit zwei Deckenzugangspunkten ein, mit getrenntem Gästenetz ohne Zugriff auf
Ihr Firmennetz, dafür kommen rund 480 £ zzgl. MwSt. hinzu.

Mit freundlichen Grüßen
Lukas Brandt""")),

    C("s45-dubois-chaines-francaises", "fr", "closed", {"unanswered-question": 1},
      "Camille Dubois <camille.dubois@laposte-mail.example>", "apple_fr", "Installation parabole pour chaînes françaises",
      "A French family in Didsbury: whether Fransat works from Manchester and the dish size answered; whether they also install and tune the decoder is not; thanks-only reply.",
      cu("11-03 20:00", """Bonjour,

Nous habitons à Didsbury et nous aimerions recevoir les chaînes françaises (TF1, France 2,
France 5…) par satellite. Est-ce possible depuis Manchester avec Fransat ? Quelle taille de
parabole faut-il ? Je voudrais savoir si vous pouvez aussi installer le décodeur et régler les chaînes.

Cordialement,
Camille Dubois""", uq=1),
      ag("celine", "11-04 09:30", """Bonjour Madame Dubois,

Oui, c'est possible : Fransat passe par le satellite Eutelsat 5° Ouest, que l'on reçoit
bien à Manchester avec une parabole de 80 cm, à condition d'avoir une vue dégagée vers
le sud-sud-ouest. La pose de la parabole avec le câble jusqu'au salon revient à 260 £.

Bien cordialement,
Céline Marchetti"""),
      cu("11-04 12:15", """Merci beaucoup, je vais en parler à mon mari.

Camille""", thanks=True)),

    C("s46-moreau-devis-relance", "fr", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Julien Moreau <julien.moreau@skynet-mail.example>", "gmail", "Devis - fixation TV murale et câblage HDMI",
      "A Belgian landlord (UTC+1) with a Manchester flat: the quote promised by Thursday comes on Monday after \"je me permets de vous relancer\"; his Saturday question is never answered.",
      cu("11-02 10:00", """Bonjour,

Je suis propriétaire d'un appartement à Ancoats que je loue meublé. Je souhaiterais faire
fixer deux téléviseurs au mur (55 pouces au salon, 43 pouces dans la chambre) avec les
câbles HDMI encastrés. Pourriez-vous m'envoyer un devis ?
Pouvez-vous aussi me dire si vous intervenez le samedi ? Le locataire travaille en semaine.

Cordialement,
Julien Moreau""", uq=1),
      ag("celine", "11-02 14:00", """Bonjour Monsieur Moreau,

Merci pour votre demande. Je transmets les dimensions à notre technicien pour le chiffrage
de l'encastrement et je reviens vers vous d'ici jeudi avec le devis.

Bien cordialement,
Céline Marchetti""", promises=[("11-05", 4)]),
      cu("11-09 09:00", """Bonjour Madame Marchetti,

Je me permets de vous relancer au sujet du devis pour les deux téléviseurs, que je n'ai
toujours pas reçu.

Cordialement,
Julien Moreau""", chase=True),
      ag("celine", "11-09 10:30", """Bonjour Monsieur Moreau,

Toutes mes excuses pour ce retard. Vous trouverez le devis en pièce jointe : 360 £ pour
les deux fixations murales avec câbles encastrés et plaques de finition.

Bien cordialement,
Céline Marchetti""", attach=[("application/pdf", "Devis-D-2611-020.pdf", DEVIS_PDF)]), tz=1),

    C("s47-girard-antenne-locataire", "fr", "pending", {},
      "Nathalie Girard <nathalie.girard@example.com>", "owa", "Antenne TNT - maison louée à Chorlton",
      "A French landlord in Lyon (UTC+1): both questions answered, a visit booked with the tenant.",
      cu("11-17 09:00", """Bonjour,

Ma locataire à Chorlton (14 Beech Road) n'a plus que quelques chaînes depuis une semaine.
Pourriez-vous passer vérifier l'antenne ? Est-il possible de m'envoyer la facture
directement à moi plutôt qu'à elle ?

Bien à vous,
Nathalie Girard
Lyon"""),
      ag("celine", "11-17 10:15", """Bonjour Madame Girard,

Oui, bien sûr. Le déplacement et le diagnostic coûtent 55 £ ; si l'antenne doit être
remplacée, le technicien appelle votre locataire pour valider le prix avant de commencer.
La facture vous sera adressée à vous. Nous pouvons passer jeudi 19 novembre entre 13 h et
17 h si votre locataire est disponible.

Bien cordialement,
Céline Marchetti"""),
      cu("11-17 12:30", """Parfait, ma locataire sera là jeudi après-midi. Son numéro : 07700 900356.

Nathalie Girard"""),
      ag("celine", "11-17 11:50", """C'est noté pour jeudi 19 novembre, 13 h-17 h. Le technicien appellera votre locataire
au 07700 900356 une demi-heure avant d'arriver.

Céline Marchetti"""), tz=1),

    C("s48-lefevre-wifi-materiel", "fr", "pending", {"unanswered-question": 1},
      "Hugo Lefèvre <hugo.lefevre@example.net>", "gmail", "Wi-Fi maison - points d'accès et câblage",
      "Mesh Wi-Fi for a three-storey house: the first mail answered; the second books a date and asks for the equipment list, and only the booking is confirmed.",
      cu("11-16 19:00", """Bonjour,

Notre maison à Heaton Moor a trois niveaux et le Wi-Fi ne passe pas au dernier étage, où
je télétravaille. Combien coûterait un système maillé (mesh) ? Pourriez-vous aussi tirer
un câble réseau jusqu'au bureau du dernier étage ?

Merci d'avance,
Hugo Lefèvre"""),
      ag("celine", "11-17 09:00", """Bonjour Monsieur Lefèvre,

Pour trois niveaux, nous posons en général trois bornes maillées, une par étage : 290 £
matériel et installation compris. Oui, nous pouvons tirer un câble Cat6 jusqu'au bureau,
en passant par le placard du palier si possible : 180 £ de plus. Avec le câble, la borne
du bureau devient filaire et le débit est bien meilleur.

Bien cordialement,
Céline Marchetti"""),
      cu("11-17 12:00", """Parfait, réservez-moi le lundi 23 au matin pour les deux. Par ailleurs, pourriez-vous m'envoyer la liste du matériel (marque et modèle des bornes) avant l'intervention ? Mon employeur rembourse une partie du matériel.

Hugo""", uq=1),
      ag("celine", "11-17 15:00", """C'est réservé : lundi 23 novembre à 9 h, bornes maillées et câble vers le bureau.

Céline Marchetti""")),

    C("s49-fontaine-facture-assurance", "fr", "closed", {},
      "Élise Fontaine <elise.fontaine@example.org>", "apple_fr", "Facture pour l'assurance - antenne arrachée",
      "An insurance claim: detailed invoice and the engineer's photo sent as attachments; thanks-only reply.",
      cu("11-06 10:20", """Bonjour,

Votre technicien a remplacé notre antenne arrachée par la tempête du 1er novembre.
Pour mon assurance, pourriez-vous m'envoyer une facture détaillée ainsi que les photos
prises par le technicien avant les travaux ?

Merci,
Élise Fontaine"""),
      ag("celine", "11-06 11:45", """Bonjour Madame Fontaine,

Voici la facture détaillée et la photo prise par notre technicien avant l'intervention
(mât plié, cerclage de cheminée arraché).

Bien cordialement,
Céline Marchetti""", attach=[("application/pdf", "Facture-SA-I-40988.pdf", FACTURE_PDF),
                              ("image/png", "avant-travaux.png", DAMAGE_PNG)]),
      cu("11-06 12:05", """Merci beaucoup, c'est parfait !

Élise""", thanks=True)),

    C("s50-navarro-hispasat", "es", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Lucía Navarro <lucia.navarro@example.com>", "gmail_es", "Parabólica para ver canales españoles",
      "Spanish channels by satellite: the first questions answered; her follow-up questions get no reply and \"¿Hay alguna novedad? Sigo esperando\" four days later is still unanswered.",
      cu("11-12 18:00", """Hola:

Vivo en Sale y me gustaría ver TVE y Antena 3 por satélite. ¿Se pueden recibir desde aquí?
¿Qué tamaño de antena haría falta y cuánto costaría instalarla?

Gracias,
Lucía Navarro"""),
      ack("11-12 18:01"),
      ag("alba", "11-13 09:00", """Hola, Lucía:

Sí, se puede. Los canales españoles en abierto llegan por Hispasat (30° Oeste) y desde
el norte de Inglaterra hace falta una antena de 1,2 m para recibirlos bien. La
instalación completa, con receptor, cuesta unas 420 £. ¿Su jardín o la fachada trasera
dan al suroeste, sin árboles ni edificios delante?

Un saludo,
Alba"""),
      cu("11-13 14:00", """Sí, el jardín da al suroeste y no hay árboles. ¿Podrían venir la semana que viene?
¿Cuánto tiempo dura la instalación?

Lucía"""),
      cu("11-17 10:00", """Hola Alba, ¿hay alguna novedad? Sigo esperando respuesta para fijar la fecha.

Lucía""", parent=4, chase=True)),

    C("s51-ortega-tres-pisos", "es", "closed", {"unanswered-question": 2},
      "Javier Ortega <javier.ortega@ortegainmuebles.example>", "outlook", "Presupuesto - antenas en 3 pisos de alquiler",
      "A landlord in Madrid (UTC+1) with three flats in Rusholme: price and Saturday work answered; the insurance certificate and sending the invoices to his gestoría are not.",
      cu("11-04 12:00", """Hola,

Soy propietario de tres pisos en Rusholme y los inquilinos se quejan de que la señal de
televisión se corta. Quisiera saber cuánto cuesta revisar la antena en cada piso.
¿Pueden emitir un certificado para el seguro? Además, por favor, envíen las facturas a mi gestoría en España (gestoria.lopez@example.com). ¿Trabajan los sábados?

Saludos,
Javier Ortega
Ortega Inmuebles""", uq=2),
      ag("alba", "11-04 16:00", """Hola, Javier:

La revisión cuesta 55 £ por piso; si hacemos los tres el mismo día, 150 £ en total.
Sí, trabajamos los sábados por la mañana sin recargo.

Un saludo,
Alba Ferrer"""),
      cu("11-04 18:00", """Perfecto, el sábado 7 por la mañana, los tres pisos.

Javier"""),
      ag("alba", "11-05 09:00", """Reservado: sábado 7 de noviembre, de 9 a 13 h, los tres pisos.

Alba"""), tz=1),

    C("s52-ruiz-punto-de-red", "es", "closed", {"missed-follow-up": 1},
      "Carmen Ruiz Vidal <carmen.ruizvidal@example.org>", "iphone", "Punto de red en el salón para la tele y la consola",
      "Ethernet to the living room: the quote promised for Monday (\"le escribo el lunes\") never comes; the case goes quiet and closes.",
      cu("11-06 17:00", """Hola, el router de fibra está en la entrada y la tele y la PlayStation del salón van
fatal por wifi. ¿Pueden pasar un cable de red hasta el salón? ¿Cuánto costaría?

Carmen

Enviado desde mi iPhone"""),
      ag("alba", "11-06 17:30", """Hola, Carmen:

Sí, es un trabajo habitual. Tengo que confirmar con el técnico si el cable puede ir por
el techo del pasillo o por el zócalo; le escribo el lunes con el presupuesto.

Un saludo,
Alba""", promises=[("11-09", None)]),
      cu("11-06 18:10", """Gracias Alba, quedo a la espera.

Enviado desde mi iPhone""", thanks=True)),

    C("s53-martin-bar-futbol", "es", "pending", {},
      "Diego Martín <diego@labodeguita.example>", "gmail_es", "Teles para el bar - fútbol",
      "A tapas bar owner wants three wall-mounted screens and commercial satellite: both questions answered; booked for a Monday when the bar is closed.",
      cu("11-17 11:00", """Hola,

Tengo un bar de tapas en el Northern Quarter y quiero poner tres teles en la pared para
el fútbol. ¿Pueden instalar los soportes y el cableado para que las tres vean el mismo
canal? ¿Nos sirve la parabólica de casa o hace falta una instalación comercial?

Gracias,
Diego Martín
La Bodeguita"""),
      ag("alba", "11-17 13:30", """Hola, Diego:

Sí: montamos los tres soportes y distribuimos la señal desde un solo receptor con un
divisor HDMI, así las tres pantallas muestran lo mismo. Para un local abierto al público
hace falta un contrato comercial de Sky o TNT Sports; la parabólica y el cableado sí
pueden ser los normales, y nosotros los instalamos. Soportes, cableado y divisor: 480 £.

Un saludo,
Alba"""),
      cu("11-17 14:10", """Vale. ¿Pueden venir un lunes? Es el día que cerramos.

Diego"""),
      ag("alba", "11-17 15:00", """Sí, claro: lunes 23 de noviembre a las 10:00.

Alba""")),

    C("s54-delgado-lnb-garantia", "es", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rosa Delgado <rosa.delgado@example.net>", "gmail_es", "Sin señal en el dormitorio tras cambiar el LNB",
      "After an LNB swap the bedroom has no signal: a free revisit is booked and the guarantee promised for tomorrow never arrives; her later question about the old cable left in the loft is ignored.",
      cu("11-12 10:00", """Hola:

El técnico vino el martes y cambió el LNB. Ahora la tele del salón va bien, pero la del
dormitorio no tiene señal. ¿Es normal? ¿Tienen que volver? Además, ¿me podrían mandar el
certificado de garantía del LNB nuevo?

Rosa Delgado"""),
      ag("alba", "11-12 12:00", """Hola, Rosa:

No, no es normal: seguramente el cable del dormitorio quedó sin conectar en el LNB
nuevo. El técnico volverá el lunes 16 por la tarde, sin coste. Lo de la garantía lo
consulto con el almacén y se la envío mañana.

Un saludo,
Alba""", promises=[("11-13", None)]),
      cu("11-16 19:00", """El técnico vino hoy y ya funciona la tele del dormitorio, gracias. Por cierto, el técnico dejó el cable viejo en el desván: ¿lo pueden retirar en otra visita o lo tiro yo?

Rosa""", uq=1),
      ag("alba", "11-17 09:00", """¡Qué bien que ya funcione todo! Si tiene un momento, nos ayuda mucho que valore el
servicio aquí: https://skylineaerials.example/opinion?trabajo=SA-48817

Un saludo,
Alba""")),
]

# --------------------------------------------------------------------------------------
# Labelled unanswered questions (verbatim from the customers' own text)
# --------------------------------------------------------------------------------------

UNANSWERED: dict[str, list[str]] = {
    "s02-gary-dish-after-storm": [
        "Could you take that down and get rid of it while you're up there?",
    ],
    "s03-wilbraham-road-communal": [
        "Can the four existing dishes on the front elevation be removed and the wall made good as part of the job?",
        "Do you offer an annual maintenance contract for landlords, and what does it cover?",
    ],
    "s16-gavin-loft-aerial": [
        "Could he also look at the FM aerial for the kitchen radio while he's up there?",
    ],
    "s17-jo-recorder-after-install": [
        "Is that something to do with the new aerial or the box?",
    ],
    "s18-dave-lnb-sky-plus": [
        "Will the new LNB still work with my old Sky+HD box in the kitchen, which I want to keep for old recordings?",
    ],
    "s19-margaret-long-letter": [
        "I would also like to know if you could move the television socket from behind the sideboard to the other side of the fireplace as I can never reach it.",
        "Would it be possible to have a look at the radio aerial in the loft while you are up there as Radio 4 has been crackly too?",
    ],
    "s28-ashton-court-block": [
        "Please also send us your schedule of rates for 2027, as our contractor framework is up for renewal in January.",
    ],
    "s31-cheetham-boardroom": [
        "We'd also need a written risk assessment for the building manager before any work starts.",
    ],
    "s36-craig-new-build-plots": [
        "Can your lads work alongside my team from the 30th?",
        "Also need RAMS and your CSCS cards for the site manager before anyone goes on site.",
    ],
    "s37-olivia-lark-hill-tenants": [
        "While they're there, could they test the phone line and broadband socket too?",
    ],
    "s38-ben-snagging-list": [
        "There's a hole left in the lounge skirting where the old cable came through - can that be filled?",
    ],
    "s40-reinhardt-astra-lytham": [
        "Außerdem bitte ich Sie, die Rechnung auf meine Firma auszustellen (Reinhardt Haustechnik GmbH, Bahnhofstraße 12, 48143 Münster) und unsere USt-IdNr. anzugeben.",
    ],
    "s44-wegner-buero-netzwerk": [
        "Liefern Sie ein Messprotokoll für jede Dose?",
        "Können die Arbeiten am Wochenende stattfinden, damit der Betrieb nicht gestört wird?",
    ],
    "s45-dubois-chaines-francaises": [
        "Je voudrais savoir si vous pouvez aussi installer le décodeur et régler les chaînes.",
    ],
    "s46-moreau-devis-relance": [
        "Pouvez-vous aussi me dire si vous intervenez le samedi ?",
    ],
    "s48-lefevre-wifi-materiel": [
        "pourriez-vous m'envoyer la liste du matériel (marque et modèle des bornes) avant l'intervention ?",
    ],
    "s51-ortega-tres-pisos": [
        "¿Pueden emitir un certificado para el seguro?",
        "Además, por favor, envíen las facturas a mi gestoría en España (gestoria.lopez@example.com).",
    ],
    "s54-delgado-lnb-garantia": [
        "¿lo pueden retirar en otra visita o lo tiro yo?",
    ],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice129 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
