#!/usr/bin/env python3
"""Regenerate ``tests/practice115/``: a labelled corpus of Thackeray Car Body Repairs.

A support mailbox of a fictional Sheffield bodyshop (accident repairs, dent and scratch
removal, paint matching, insurance claims, courtesy cars), written without looking at the
detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``thackeraybodyshop.example``.

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

Usage: python scripts/make_practice115_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "thackeraybodyshop.example"
DESK = "Thackeray Bodyshop <repairs@thackeraybodyshop.example>"

AGENTS = {
    "kerry": ("Kerry Ashworth <kerry@thackeraybodyshop.example>", "thunderbird", """-- 
Kerry Ashworth
Service Advisor | Thackeray Car Body Repairs
Unit 3, Parkway Trading Estate, Sheffield S9 3HL | 0114 496 0715
Book online: https://thackeraybodyshop.example/book?ref=sig"""),
    "dev": ("Dev Mistry <dev.mistry@thackeraybodyshop.example>", "outlook", """Dev Mistry
Estimator | Thackeray Car Body Repairs
0114 496 0716"""),
    "bryony": ("Bryony Hale <bryony.hale@thackeraybodyshop.example>", "owa", """Bryony Hale
Insurance Claims Coordinator | Thackeray Car Body Repairs
This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please tell us and delete it."""),
    "gary": ("Gary Pickles <gary@thackeraybodyshop.example>", "android", """Gary Pickles
Workshop Manager | Thackeray Car Body Repairs
Questions about your repair? Ring the workshop on 0114 496 0719."""),
    "lukas": ("Lukas Brandt <lukas.brandt@thackeraybodyshop.example>", "outlook_de", """Lukas Brandt
Kundenbetreuung (Deutsch) | Thackeray Car Body Repairs
https://thackeraybodyshop.example/de?ref=signatur"""),
    "celine": ("Céline Moreau <celine.moreau@thackeraybodyshop.example>", "apple_fr", """Céline Moreau
Service client francophone | Thackeray Car Body Repairs
https://thackeraybodyshop.example/fr?utm_source=email"""),
    "alba": ("Alba Ferrer <alba.ferrer@thackeraybodyshop.example>", "gmail_es", """--
Alba Ferrer
Atención al cliente (ES) | Thackeray Car Body Repairs
+44 114 496 0718"""),
}

ACK = """Hello,

Thank you for contacting Thackeray Car Body Repairs. This is an automatic reply:
your message has been logged as {ref}. The office is open Monday to Friday
8am-5:30pm and Saturday 9am-12pm, and we aim to reply within one working day.

If your car is not driveable after an accident, please ring our recovery line
on 0114 496 0720 instead of waiting for an email.

Thackeray Car Body Repairs
https://thackeraybodyshop.example/help?ticket={ref}"""

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
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Eudora 7.1"],
    "helpdesk": ["X-Mailer: Thackeray Desk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="tb.", outlook_server="AM6P19")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice115", title="Thackeray Car Body Repairs", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="TBR-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

REVISED_ESTIMATE_PDF = mailcraft.pdf([
    "Thackeray Car Body Repairs - Revised estimate 4471/B",
    "Mercedes C-Class - bonnet and front bumper",
    "Bumper: repair and refinish (was: replace)",
    "Bonnet: repair and refinish, blend wings",
    "Total inc VAT: GBP 1,415.00"])
INVOICE_PDF = mailcraft.pdf([
    "Thackeray Car Body Repairs - Invoice INV-20771",
    "Vauxhall Insignia - rear bumper and tailgate",
    "Parts 312.40  Paint 188.00  Labour 465.00",
    "Total inc VAT: GBP 1,159.68",
    "Paintwork guaranteed for as long as you own the car"])
ACCOUNT_FORM_PDF = mailcraft.pdf([
    "Thackeray Car Body Repairs - Trade account application",
    "Company name / Registered address / Company number",
    "Accounts contact / Purchase order required (Y/N)",
    "Terms: monthly statement, payment 30 days"])
ENGINEER_PDF = mailcraft.pdf([
    "Engineer's report - claim TB-4819",
    "Vehicle: Ford Focus 1.0 EcoBoost, 2018",
    "Pre-accident value: GBP 8,950",
    "Repair estimate: GBP 5,310 - repairable, not a total loss (pending review)"])
KOSTEN_PDF = mailcraft.pdf([
    "Thackeray Car Body Repairs - Kostenvoranschlag 5120",
    "VW Golf VI - Kotfluegel vorne links, Scheinwerfer links",
    "Teile 612.00  Lack 214.00  Arbeit 414.00",
    "Gesamt inkl. MwSt.: GBP 1,240.00"])
DEVIS_PDF = mailcraft.pdf([
    "Thackeray Car Body Repairs - Devis complementaire 5188",
    "Citroen C3 - recalibrage capteur de stationnement AR",
    "Total HT: GBP 145.00"])
FACTURA_PDF = mailcraft.pdf([
    "Thackeray Car Body Repairs - Factura INV-20690 (rectificada)",
    "Cliente: Navarro Reformas Ltd - VAT GB 312 8841 07",
    "Ford Focus - puerta delantera izquierda",
    "Total: GBP 486.00"])
SCRATCH_PNG = mailcraft.png(24, 16, lambda x, y: (20, 20, 24) if abs(y - x // 2 - 2) > 1 else (200, 200, 205))
BUMPER_CRACK_PNG = mailcraft.png(20, 14, lambda x, y: (180, 20, 30) if not (9 <= x <= 11 and y > 4) else (30, 30, 30))
MARKED_UP_PNG = mailcraft.png(20, 14, lambda x, y: (180, 20, 30) if (x + y) % 9 else (255, 230, 0))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

T11_WHEEL_ARCHES = """Good morning,

I have a 2012 Land Rover Freelander 2 with rust bubbling through on both rear
wheel arches, worse on the offside. Could you quote for cutting out the rot,
welding in repair sections and painting, both sides?

I'd also like to know whether you'd need the car for more than a day, as it's
our only vehicle.

Regards,
Norman Haigh
"""

CASES: list[Case] = [
    C("t01-golf-bumper-scuff", "en", "closed", {},
      "Rhiannon Pugh <rhiannon.pugh@example.com>", "gmail", "Scuffed rear bumper - price?",
      "Three questions about a bumper scuff, answered out of order in one paragraph; thanks-only reply.",
      cu("11-02 08:47", """Hi there,

I caught the rear bumper of my Golf on a bollard in the Sainsbury's car park
(classic). It's a scuff about the size of my hand on the nearside corner, paint
scraped through to the black plastic but no crack as far as I can tell.

How much would something like that cost to put right? Would I need to leave the
car with you overnight or is it a same-day job? And do you need to see it first
or can you quote from photos?

Thanks,
Rhiannon
"""),
      ag("kerry", "11-02 10:05", """Hi Rhiannon,

Photos are fine for a first look - two or three from a metre away and one close
up. A scuff like that on a plastic corner is normally a smart repair: we key,
fill and blend the colour on the corner only, and it's done the same day if you
drop the car off by 8:30. The exact figure depends on the photos, but budget
£180-£220 including VAT.

Kind regards,"""),
      cu("11-02 12:30", """Brilliant, that's less than I feared. Thanks Kerry!

Rhiannon
""", thanks=True)),

    C("t02-sportage-aviva-photos", "en", "closed", {"unanswered-question": 1},
      "Martin Oduya <martin.oduya@oduyaconsulting.example>", "outlook", "Aviva claim - Kia Sportage YK21 HVD",
      "Excess and insurer questions answered; the request for his own photos is met only by 'photos go to Aviva'.",
      cu("10-27 09:14", """Good morning,

My car (2021 Kia Sportage, reg YK21 HVD) was hit in a car park last week and my
insurer, Aviva, has given me your details as one of their approved repairers.
Before I book it in I'd like to understand a couple of things.

Do I pay my £350 excess to you or to Aviva? Can you deal with Aviva directly about
the estimate, or do I have to pass everything back and forth?
Please also send me photos of the damage once you've had the bumper off, I want them for my own records in case the third party disputes it.

Regards,
Martin Oduya
""", uq=1),
      ag("bryony", "10-27 11:40", """Dear Martin,

Thank you for choosing us. As an Aviva approved repairer we deal with them
directly: once the car is in, we send the estimate and photos straight to their
engineer and they authorise the work with us, so you don't need to pass anything
on.

The excess is paid to us when you collect the car - card or bank transfer - and
Aviva pay us the balance.

You can book the car in online or just reply with a couple of dates that suit.

Best regards,"""),
      cu("10-27 13:02", """Tuesday 3rd November please, first thing.

Martin
"""),
      ag("bryony", "10-27 14:10", """Dear Martin,

That's booked: Tuesday 3 November, drop-off from 8am. Please bring the car's
locking wheel nut key if it has one.

Best regards,""")),

    C("t03-mini-door-crease", "en", "pending", {},
      "Priya Chauhan <priya.c@example.net>", "iphone", "Dent in door",
      "Three short questions answered inline under each one, with a booking link; thanks-only reply.",
      cu("11-16 19:22", """Hello, I've got a dent in the rear passenger door of my Mini, about 5cm, with a sharp crease in the middle, paint isn't cracked. Couple of questions

Can you do paintless dent removal on a crease like that or does it need painting?
Do I need to book or can I just turn up?
Is Saturday possible, I work weekdays?

Thanks
Priya

Sent from my iPhone
"""),
      ag("gary", "11-17 08:10", """Morning Priya, answers below.

> Can you do paintless dent removal on a crease like that or does it need painting?

Usually yes if the paint's intact. A sharp crease takes longer and can leave a
faint line you'd only see side-on under strip lights. I'd want to see it before
promising.

> Do I need to book or can I just turn up?

Book please - our PDR tech is only in Tuesday, Thursday and Saturday.

> Is Saturday possible, I work weekdays?

Saturday 9-12, so yes: https://thackeraybodyshop.example/book?service=pdr""", quote=False),
      cu("11-17 12:45", """Perfect, booked for the 28th. Thanks!

Sent from my iPhone
""", thanks=True)),

    C("t04-civic-pearl-white", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Joanna Whitlock <jo.whitlock@example.org>", "gmail", "Paint match - Platinum White Pearl",
      "Pearl-white match: blending answered, price deferred 'by Thursday' and given only after a chase; the question about having the car back over the weekend is never answered.",
      cu("11-09 20:15", """Hello,

I've got a 2019 Honda Civic in Platinum White Pearl and need the front wing and
bumper painting after someone clipped me at a junction. A friend told me pearl
whites are a nightmare to match, so before I commit, a few questions:

- Will the match be exact, or will I be able to see a difference in sunlight?
- Would you blend into the bonnet and door, and does that cost extra?
- Is the three-stage paint more expensive than normal paint, and roughly by how much?

Also, could you let me know if you need the car for the whole week or whether I could have it back over the weekend in the middle?

Many thanks,
Joanna
""", uq=1),
      ag("dev", "11-10 09:30", """Hi Joanna,

Your friend is right that pearl whites are tricky - it's a base coat, a pearl
mid-coat and clear, and the mid-coat is where it goes wrong if the painter
doesn't do spray-out test cards first. We always do, and we blend into the
adjacent panels (bonnet edge and front door here) as standard, included in the
price, so there's no hard line to see in sunlight.

On the three-stage cost I need to check the current price of the pearl mid-coat
with our paint supplier - it went up in October. I'll come back to you by
Thursday with a full figure.

Regards,""", promises=[("11-12", 4)]),
      cu("11-16 08:50", """Hi Dev, any news on the price for the pearl paint? I was hoping to book it in before the end of the month.

Jo
""", chase=True),
      ag("dev", "11-16 11:25", """Hi Jo,

Sorry, that one slipped past me. Three-stage pearl adds £95 to a wing-and-bumper
job over a solid white, so the total comes to £865 inc VAT. Our first free slot
is Monday 30 November.

Regards,""")),

    C("t05-lv-van-towbar", "en", "closed", {"unanswered-question": 1},
      "Callum Rigby <callum@rigbylandscapes.example>", "owa", "Courtesy vehicle next week",
      "Cost and insurance of the courtesy vehicle answered; the tow-bar question in passing is skipped.",
      cu("11-03 07:40", """Hi,

My van's going in with you next week for the sliding door repair (claim ref
LV-88213-C). Couple of things about the courtesy car. Is it included with the
insurance job or do I have to pay for it? What cover do I need - does my van
policy cover me to drive it, or is it insured by you?

Also I tow a small trailer with the mowers most days - any chance the courtesy vehicle has a tow bar? If not I'll need to sort something else for the week.

Cheers
Callum Rigby
Rigby Landscapes
""", uq=1),
      ag("kerry", "11-03 09:55", """Hi Callum,

The courtesy car comes free with the LV claim - it's part of their approved
repairer scheme, so there's nothing to pay. It's insured under our own motor
trade policy; bring your driving licence and a DVLA check code when you drop the
van off and we'll do the paperwork there and then.

You're down for Monday 9th, drop-off from 8am.

Kind regards,"""),
      cu("11-03 10:20", """Cheers Kerry

Callum
""", thanks=True)),

    C("t06-wing-mirror-fresh", "en", "open", {},
      "Ellie Marsden <ellie.marsden@example.com>", "gmail", "Wing mirror cover",
      "A fresh enquiry this morning with only the acknowledgement: inside the response target.",
      cu("11-20 09:12", """Hi,

A lorry clipped my wing mirror on the Parkway this morning - the glass is fine
but the painted cover is cracked and hanging off. It's a 2020 Ford Puma in
Desert Island Blue.

Can you supply and fit a painted cover, and how much would that be? Could it be
done while I wait?

Thanks,
Ellie
"""),
      ack("11-20 09:13")),

    C("t07-xc60-collection", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Hugh Fenton <hugh.fenton@fentonfamily.example>", "apple", "XC60 rear quarter - progress",
      "Paint arrival and timing answered, the faded-colour question skipped; his collection questions since Wednesday have no reply.",
      cu("11-16 09:30", """Hello,

The XC60 went in last Wednesday for the rear quarter panel. Your colleague on the
front desk mentioned the paint might need ordering in - do you know whether it's
arrived? We're driving to Cornwall on the 28th and I'd like to know whether we
need to hire something.

It's a 2017 in Osmium Grey and the rest of the car is a bit faded by now. Will the new paint be matched to the faded panels or to the original colour code?

Thanks,
Hugh Fenton
""", uq=1),
      ag("kerry", "11-16 14:20", """Hi Hugh,

The paint arrived on Friday and the quarter is in the booth today. It should be
ready on Thursday afternoon, comfortably before the 28th, so no need to hire
anything.

Kind regards,"""),
      cu("11-18 10:30", """Great, thank you. Can I collect at 6pm on Thursday? I can't get there any earlier. And if I'm stuck at work, can my wife collect it instead - what would she need to bring?

Hugh
""")),

    C("t08-octavia-tailgate-friday", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Graham Bellingham <g.bellingham@example.net>", "thunderbird", "Tailgate dent - private job",
      "Friday-afternoon enquiry answered on Monday; the tailgate is priced, the wiper question is skipped.",
      cu("11-06 16:40", """Hello,

I reversed into a gatepost and the tailgate on my Skoda Octavia estate has a dent
just below the badge, and since then the rear wiper doesn't park properly.

Can you give me a rough price for the tailgate? Do you also deal with the wiper motor, or is that a job for my usual garage? I'd rather not go through my
insurance for this one.

Graham
""", uq=1),
      ag("dev", "11-09 10:15", """Hello Graham,

Sorry for the wait - nobody watches the inbox at the weekend. From your
description I'd expect a dent repair and a partial refinish of the tailgate,
around £380-£450 inc VAT as a private job. The badge comes off and goes back on
at no charge. If you can pop in one morning, 8:00-10:00 on weekdays, I'll measure
it properly; no appointment needed for an estimate.

Regards,""")),

    C("t09-a3-swirl-marks", "en", "pending", {"reopened": 1},
      "Sadia Karim <sadia.karim@example.com>", "gmail", "Audi A3 invoice",
      "Invoice difference explained and the case marked resolved; a week later swirl marks from polishing reopen it.",
      cu("11-05 13:10", """Hi,

I picked up my Audi A3 yesterday after the scratch repair on the driver's door -
it looks great, thank you. Just one thing: the invoice says £240 but the quote
was £210. Could you explain the difference?

Sadia
""", kind="alt"),
      ag("bryony", "11-05 15:30", """Hi Sadia,

The quote assumed the scratch stopped at the front door. When Gary took the trim
off it ran about 6cm onto the rear door, so we blended into that panel too - the
£30 is the extra blending, and it's itemised on the second page of the invoice.
I'll mark this as resolved, but do reply if anything else comes up.

Best regards,""", closes=True),
      cu("11-16 09:02", """Hi Bryony,

Sorry to come back again. I washed the car at the weekend and in the sun there are
swirl marks all over the front door where it's been polished. They weren't there
before. Can someone have a look? I can bring it in any morning this week.

Sadia
""", kind="alt"),
      ag("gary", "11-16 11:40", """Hi Sadia,

Sorry about that - it sounds like holograms from the machine polish at the final
finishing stage. Bring it in on Wednesday at 8:30 and I'll take them out myself
while you wait. About an hour, no charge.

Gary""")),

    C("t10-coldbrook-transit", "en", "pending", {"many-handoffs": 1},
      "Dawn Featherstone <dawn.featherstone@coldbrookdairy.example>", "outlook",
      "Transit PN70 KXF - side-swipe damage",
      "A fleet van claim passed from Kerry to Bryony to Gary (three agents); every question answered; the last reply's References skip the middle of the thread.",
      cu("11-12 08:20", """Morning,

One of our Transit delivery vans (reg PN70 KXF) was side-swiped on the A61
yesterday - nearside sliding door, rear quarter and the step. Our insurer is
Zurich (policy CDF-20931).

Can you assess it this week? It's one of six vans on the milk rounds so every
day off the road matters.

Dawn Featherstone
Fleet Manager, Coldbrook Dairy
"""),
      ag("kerry", "11-12 09:05", """Hi Dawn,

Yes - bring it in tomorrow morning any time from 8 and Dev will estimate it while
the driver waits, about 40 minutes. Have the Zurich policy number to hand.

Kind regards,"""),
      cu("11-13 07:55", """Thanks Kerry, the driver will be with you at 8:15.

Dawn
""", thanks=True),
      ag("bryony", "11-13 11:20", """Hi Dawn,

I've opened the claim with Zurich (our ref TB-Z-4471) and sent them Dev's
estimate and photos: £2,860 + VAT for a sliding door reskin, rear quarter repair
and a new step. Zurich normally authorise a van like this within two working
days.

Best regards,"""),
      cu("11-17 14:10", """Hi Bryony,

Has Zurich come back yet? And once it's authorised, how long will the van be off
the road? Is there any chance of a replacement van rather than a car - a car is
no use to us on a milk round.

Dawn
"""),
      ag("gary", "11-17 16:30", """Hi Dawn,

Bryony's out today so I've picked this up. Zurich authorised it this morning.
We've got the van in for Monday 23rd; it'll be four working days in the
workshop, ready Thursday 26th. Your Zurich policy includes like-for-like hire,
so we've booked a short-wheelbase Transit from Northern Van Hire for the same
dates.

Gary""", refs=[1, 5])),

    C("t11-freelander-arches-resend", "en", "pending",
      {"customer-chased": 1, "slow-first-response": 1},
      "Norman Haigh <norman.haigh@example.org>", "outlook", "Quote for rear wheel arch rust",
      "Only the acknowledgement for four days, so he resends the same mail word for word as a new message; Dev answers both questions.",
      cu("11-12 10:00", T11_WHEEL_ARCHES),
      ack("11-12 10:01"),
      cu("11-16 08:05", T11_WHEEL_ARCHES, parent=0, chase=True),
      ag("dev", "11-16 11:30", """Good morning Norman,

Apologies that your first email sat unanswered. Arches on a Freelander 2 usually
go at the lip and the inner seam. Cutting out, welding in repair sections, seam
sealing and painting both rear arches is £640-£720 inc VAT, depending on how far
the rot has gone once we strip it.

It's a two-day job because the seam sealer and primer need to cure before
painting, so you'd be without the car for two days. We can lend you a courtesy
car for £15 a day if that helps.

Regards,""")),

    C("t12-bmw-keyed", "en", "pending", {},
      "Tom Ackroyd <tom.ackroyd@example.com>", "gmail", "Car keyed - cost?",
      "Support asks for the registration and photos; his second mail sends them (not a chase); priced.",
      cu("11-15 21:10", """Hi,

Someone has keyed the whole passenger side of my car overnight. Bonnet to boot.
How much would it cost to sort out? It's a black BMW 3 Series.

Tom
"""),
      ag("kerry", "11-16 08:40", """Hi Tom,

Sorry to hear that. To give you a proper price I'll need the registration (for the
paint code) and a few photos - one of each damaged panel, taken side on. Keying
usually goes through the clearcoat, so it's worth reporting it to your insurer
as vandalism as well.

Kind regards,"""),
      cu("11-16 12:15", """Here you go - reg is FD19 WLK, photos attached (four of them, the rear door is the worst).

Tom
""", attach=[("image/png", "IMG_4471.png", SCRATCH_PNG), ("image/png", "IMG_4472.png", SCRATCH_PNG)]),
      ag("dev", "11-16 15:50", """Hi Tom,

Thanks for the photos. That's four panels - front wing, both doors and the rear
quarter - in Black Sapphire metallic: £1,480 inc VAT, three days in the workshop.
Through your insurer you'd pay your excess instead, and we can run the claim for
you. Let us know which way you'd like to go.

Regards,""")),

    C("t13-mercedes-revised-estimate", "en", "closed", {},
      "Fiona Lockwood <fiona.lockwood@lockwoodlaw.example>", "outlook", "Estimate 4471 - revision needed",
      "A revised estimate promised for tomorrow and sent the next morning as a PDF; thanks-only reply.",
      cu("11-04 11:20", """Hello,

I've had your estimate for the bonnet and front bumper on my Mercedes (estimate
4471). My insurer's engineer says they'll only pay for a repair to the bumper,
not a new one. Can you revise the estimate on that basis and send it to me so I
can forward it?

Kind regards,
Fiona Lockwood
"""),
      ag("dev", "11-04 14:05", """Hi Fiona,

No problem - the bumper was borderline and it is repairable. I'll send you the
revised estimate tomorrow.

Regards,""", promises=[("11-05", 3)]),
      ag("dev", "11-05 10:40", """Hi Fiona,

Revised estimate attached: bumper repair and refinish in place of a new bumper,
which brings the total down from £1,920 to £1,415 inc VAT.

Regards,""", attach=[("application/pdf", "Estimate-4471B.pdf", REVISED_ESTIMATE_PDF)]),
      cu("11-05 11:02", """Perfect, forwarded. Thank you.

Fiona
""", thanks=True)),

    C("t14-corolla-estimate-colleague", "en", "closed", {},
      "Agnieszka Nowak <a.nowak@example.net>", "gmail", "Estimate for Corolla",
      "Kerry promises Dev's estimate by Wednesday; Dev sends it on Tuesday; her follow-up about a start date is answered.",
      cu("11-09 08:12", """Hello,

I dropped my Corolla off this morning for an estimate (the dent in the rear door
and the scraped sill). Your colleague said I'd get the estimate by email - can
you tell me roughly when? I need it before I decide whether to claim on my
insurance.

Agnieszka
"""),
      ag("kerry", "11-09 09:30", """Hi Agnieszka,

Dev is measuring it up this afternoon and he'll email you the estimate by
Wednesday at the latest. The car can stay here in the meantime, or you're
welcome to take it away.

Kind regards,""", promises=[("11-11", 3)]),
      ag("dev", "11-10 13:15", """Hi Agnieszka,

Here's the estimate for the Corolla:

Rear door - dent repair and refinish: £420
Sill - repair and refinish: £290
Blend into rear quarter: £85
Total: £795 inc VAT

With a £250 excess and your no-claims bonus at stake it's probably not worth a
claim, but that's your call.

Regards,""", parent=1),
      cu("11-10 18:40", """Thanks both - I'll pay privately. Can you start on Monday?

Agnieszka
"""),
      ag("kerry", "11-11 08:30", """Hi Agnieszka,

Yes - Monday 16th. We'll keep the car here until then unless you need it back in
the meantime.

Kind regards,""")),

    C("t15-direct-line-network", "en", "closed", {"missed-follow-up": 1},
      "Leon Ashby <leon.ashby@example.com>", "android", "Using you instead of Direct Line's garage",
      "Bryony will check his policy with Direct Line and get back to him (no deadline: 2-day window); she never does.",
      cu("11-05 07:30", """Hi, Direct Line have said they'll only cover a repair at one of their own network garages, but I'd rather use you as you did my last car. Are you able to do it through them?

Leon

Get Outlook for Android
"""),
      ag("bryony", "11-05 10:20", """Hi Leon,

Thanks for thinking of us. We're not on Direct Line's network, but some of their
policies let you choose your own repairer in exchange for a higher excess. Let
me check with Direct Line what your policy allows and I'll get back to you.

Best regards,""", promises=[("window", None)]),
      cu("11-05 10:41", """Thanks Bryony, appreciate it

Get Outlook for Android
""", thanks=True)),

    C("t16-admiral-door-beam", "en", "pending", {},
      "Kwame Asante <kwame.asante@example.org>", "owa", "Door beam - extra work?",
      "Both questions answered; the new completion date is promised by Tuesday 24 November, still ahead at the audit.",
      cu("11-18 09:00", """Hi,

When you stripped the door you found the side-impact beam was bent - Gary
mentioned it on the phone. Does that mean more days off the road? And will my
insurer pay for the extra work or do I?

Kwame Asante
"""),
      ag("bryony", "11-18 12:30", """Hi Kwame,

Yes, a bent beam means a new door shell rather than a repair, so we've sent a
supplementary estimate to Admiral. It's an insurer-approved item, so you won't
pay anything beyond your excess. It adds two working days to the job.

Admiral have until Monday to respond, and I'll confirm the new completion date
to you by Tuesday 24 November.

Best regards,""", promises=[("11-24", None)])),

    C("t17-ageas-recovery", "en", "pending", {},
      "Margaret Ollerenshaw <m.ollerenshaw@example.net>", "thunderbird", "Non-driveable car - Ageas claim",
      "Acknowledgement, then logistics (the recovery truck collects on Wednesday 25th) - no promise; thanks-only reply.",
      cu("11-17 19:45", """Dear Sir or Madam,

My car is not driveable after a collision on Saturday (the front nearside wheel
has been pushed back). My insurer, Ageas, has appointed you to repair it.

How do I get it to you, and do I need to be at home when it is collected?

Yours faithfully,
Margaret Ollerenshaw
"""),
      ack("11-17 19:46"),
      ag("kerry", "11-18 08:50", """Dear Mrs Ollerenshaw,

Our recovery truck collects your car on Wednesday 25 November between 8am and
noon; the driver rings you about half an hour before he arrives. You don't need
to be there as long as the keys are left somewhere safe (a neighbour is fine)
and the car isn't locked in a garage. Ageas have arranged a courtesy car, which
the driver brings with him.

Kind regards,"""),
      cu("11-18 10:05", """Thank you, that is very helpful. The keys will be with my neighbour at number 14.

Margaret Ollerenshaw
""", thanks=True)),

    C("t18-tesla-hail-list", "en", "closed", {"unanswered-question": 2},
      "Oliver Stansfield <oliver@stansfieldarchitects.example>", "outlook", "Hail damage - Tesla Model 3",
      "A numbered list of four questions; Gary answers the first two and stops.",
      cu("11-10 12:30", """Hello,

My Tesla Model 3 was caught in the hailstorm last Thursday on the M62 and has
dozens of small dents on the roof, bonnet and boot lid. The paint doesn't seem to
be damaged. Before I contact my insurer:

1. Is this something you can fix with paintless dent removal?
2. Do you work on Teslas? I've heard some bodyshops won't because of the battery.
3. Roughly how long would a hail repair take?
4. Can you send me something in writing I can show the insurer, even just a rough assessment from photos?

Thanks,
Oliver Stansfield
""", uq=2),
      ag("gary", "11-10 16:05", """Hi Oliver,

Hail on intact paint is exactly what PDR is for - we push the dents out from
behind, no filler and no paint, so the factory finish stays. And yes, we're
Tesla-approved for non-structural work; roof, bonnet and boot dents are nowhere
near the battery pack.

Gary""")),

    C("t19-fiesta-long-paragraph", "en", "closed", {"unanswered-question": 1},
      "Bethany Crowther <beth.crowther@example.com>", "gmail", "Alloys + a few other bits",
      "Four questions in one breathless paragraph; the roof clearcoat question is skipped; thanks-only reply.",
      cu("11-04 21:50", """Hi, so I kerbed two of my alloys parking at my mum's (don't ask) and while the car's in I was thinking I might as well get a few other bits done, the front bumper has some stone chips and the clearcoat is going a bit cloudy on the roof, it's a 2016 Fiesta in Race Red so I know that's a common thing, anyway do you do alloy wheel refurbishment or would I need to go somewhere else for that, and would you be able to do the bumper chips at the same time, and is the roof clearcoat something that can be polished back or does it need a full respray, because if it's a respray I probably can't afford it right now and I'd rather know before I bring it in, also I only have Tuesdays off so would a Tuesday drop-off work? Thanks, Beth
""", uq=1),
      ag("kerry", "11-05 09:15", """Hi Beth,

We do alloy refurbs in-house - £75 a wheel for kerb damage (diamond-cut wheels
are a bit more). Stone chips on the bumper can be done at the same time; it's
usually a flat, fill and blend on the bumper. Tuesdays are fine - just let us
know which one.

Kind regards,"""),
      cu("11-05 10:02", """Ace, thank you! I'll check my rota and let you know a date.

Beth
""", thanks=True)),

    C("t20-juke-windscreen-chip", "en", "pending", {"unanswered-question": 1},
      "Declan Moore <declanmoore@example.org>", "iphone", "Bonnet respray Monday",
      "Drop-off question answered; his second mail asks about a windscreen chip and gets only the job-card note.",
      cu("11-13 12:10", """Hi, car's booked for the bonnet respray on Monday 16th. What time should I drop it off and how long will you have it?

Declan

Sent from my iPhone
""", kind="alt"),
      ag("kerry", "11-13 13:40", """Hi Declan,

Drop off from 8am on Monday; we'll have it until Wednesday afternoon.

Kind regards,"""),
      cu("11-16 07:40", """Morning, on my way in now. One more thing - can you also look at the chip in the windscreen while it's in? It's about the size of a 5p, right in front of the passenger seat. I think my insurance covers glass.

Declan

Sent from my iPhone
""", kind="alt", uq=1),
      ag("kerry", "11-16 08:30", """Hi Declan,

Got the car, thanks. I've put a note on the job card that you'd like it back by
4pm on Wednesday, and the courtesy car is ready for you at the desk.

Kind regards,""")),

    C("t21-juke-saturday", "en", "pending", {"unanswered-question": 1},
      "Harriet Sowerby <harriet.sowerby@example.net>", "owa", "Collecting the Juke",
      "Asked to collect on Saturday instead of Friday, she gets Friday's opening hours; the fuel question is answered.",
      cu("11-17 10:15", """Hi Dev,

Thanks for letting me know the Juke will be ready on Friday. Could I pick it up on Saturday morning instead? I'm working in Leeds all day Friday and won't be back
before 7.

Also, does the courtesy car need to go back full of fuel?

Harriet
""", uq=1),
      ag("dev", "11-17 11:50", """Hi Harriet,

Collection on Friday is any time between 8:00 and 5:30, and the invoice will be
waiting at the desk. The courtesy car just needs to come back with the same fuel
as when you had it - a quarter of a tank according to the sheet.

Regards,""")),

    C("t22-3008-hit-and-run", "en", "closed", {},
      "Gareth Lloyd <gareth.lloyd@example.com>", "gmail", "Door caved in - hit and run",
      "A rhetorical question and a self-answered one (the paint code) beside two real questions, both answered.",
      cu("11-02 17:30", """Hello,

Came back to my car in the Meadowhall car park to find the driver's door caved in
and no note. Who does that and just drives off? Anyway. It's a grey Peugeot
3008. Where do I find the paint code - never mind, just found it on the sticker
in the door shut, it's EVL.

Can you get the door straight again or will it need a new skin? And do you need
a crime reference number if it goes through my insurance as a hit and run?

Gareth
"""),
      ag("dev", "11-03 09:00", """Hi Gareth,

Sorry, that's a miserable thing to come back to. A dent that size with a crease
through the handle line usually needs a new door skin rather than a repair, but
I'd need to see it to be sure. The crime reference is for your insurer, not for
us: report it on 101 or online and pass the number to them.

Regards,"""),
      cu("11-03 09:45", """Thanks Dev, I'll bring it in Thursday for you to have a look.

Gareth
""", thanks=True)),

    C("t23-focus-son-drop-off", "en", "closed", {},
      "Sue Pritchard <sue.pritchard@example.org>", "outlook", "Thursday booking",
      "A pleasantry and two questions; Kerry answers inline with a bare 'Of course.' and a 'Yes'.",
      cu("11-09 09:05", """Hi Kerry,

Hope you had a good weekend? I'm booked in on Thursday for the rear bumper.
Could my son drop the car off instead of me? He's insured on it. And is it OK if
he leaves the child seat in the back?

Thanks,
Sue
"""),
      ag("kerry", "11-09 10:00", """Hi Sue,

Lovely, thanks!

> Could my son drop the car off instead of me? He's insured on it.

Of course.

> And is it OK if he leaves the child seat in the back?

Yes, that's fine - we'll cover it with a dust sheet.

See you Thursday,""", quote=False)),

    C("t24-hartwell-forwarded", "en", "closed", {},
      "Rachel Bowker <rachel.bowker@example.net>", "gmail", "Fwd: Your claim HW-558120",
      "HTML-only mail forwarding the insurer's questions; her own question is answered; thanks-only reply.",
      cu("11-03 14:20", """Hi,

Forwarding the email from my insurer below. Can you tell me what a "pre-repair
inspection" involves and whether I need to be there for it?

Rachel

---------- Forwarded message ---------
From: Claims Team <claims@hartwellinsurance.example>
Date: Tue, 3 Nov 2026 at 11:02
Subject: Your claim HW-558120
To: Rachel Bowker <rachel.bowker@example.net>

Dear Mrs Bowker,

Thank you for your claim. Have you chosen a repairer? If so, please ask them to
arrange a pre-repair inspection with our engineer. Could you also confirm
whether the vehicle is driveable?

Kind regards,
Hartwell Insurance Claims
""", kind="html"),
      ag("bryony", "11-03 16:10", """Hi Rachel,

The pre-repair inspection is just Hartwell's engineer looking at the car before
we start, to agree the estimate - about 20 minutes, here at the bodyshop. You
don't need to be there. Hartwell's engineer books it directly with us once
you've told them we're your repairer.

Best regards,"""),
      cu("11-03 16:30", """Brilliant, thanks for explaining.

Rachel
""", thanks=True)),

    C("t25-whitworth-pickup", "en", "closed", {},
      "Ian Whitworth <ian@whitworthjoinery.example>", "outlook", "Tailgate respray next week",
      "A booking answered in one line; the thanks-only reply carries a signature with 'Need a quote?' and a ?-URL.",
      cu("11-06 08:00", """Morning,

Can you fit my pickup in for the tailgate respray next week? Any day except
Wednesday.

Thanks,
Ian

Ian Whitworth | Whitworth Joinery
Need a quote? https://whitworthjoinery.example/quote?src=email
"""),
      ag("kerry", "11-06 09:15", """Morning Ian,

Tuesday 10th, drop off at 8am, ready Thursday.

Kind regards,"""),
      cu("11-06 09:40", """Perfect, thanks Kerry.

Ian Whitworth | Whitworth Joinery
Need a quote? https://whitworthjoinery.example/quote?src=email
""", thanks=True)),

    C("t26-insignia-invoice-ooo", "en", "closed", {},
      "Samuel Greaves <samuel.greaves@harborne-logistics.example>", "outlook", "Insignia - invoice and warranty",
      "Invoice attached and warranty explained; the customer's out-of-office answers, then a thanks-only mail.",
      cu("11-11 08:30", """Hi,

Could you send me the final invoice for the Insignia repair for our accounts?
And can you confirm what warranty we get on the paintwork?

Thanks,
Samuel Greaves
Harborne Logistics
"""),
      ag("bryony", "11-11 10:45", """Hi Samuel,

Invoice INV-20771 is attached. The paintwork carries our lifetime guarantee
against peeling, fading and cracking for as long as you own the car.

Best regards,""", attach=[("application/pdf", "INV-20771.pdf", INVOICE_PDF)]),
      auto("11-11 10:46", """Thank you for your email. I am out of the office until Monday 16 November
with limited access to email. For urgent matters please contact
accounts@harborne-logistics.example.

Samuel Greaves
""", quote=False, subject="Automatic reply: RE: Insignia - invoice and warranty"),
      cu("11-16 09:10", """Thanks Bryony, got the invoice, all sorted.

Samuel
""", parent=2, thanks=True)),

    C("t27-qashqai-following-up", "en", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Natalie Birch <natalie.birch@example.com>", "gmail", "Quote for scrape down the side",
      "No reply for four days; she follows up on her own mail; the repair is priced, the finance question is skipped.",
      cu("11-12 19:30", """Hello,

I'd like a quote for fixing a scrape along the nearside of my Qashqai - front
bumper corner, front wing and the front door. The paint's through to primer in
a couple of places.

Do you offer a smart repair for that or is it a full panel job? Also, do you do finance, or is it payment on collection?

Thanks,
Natalie
""", uq=1),
      cu("11-16 08:15", """Just following up on my email below - I still haven't heard back. Could someone get back to me this week please?

Natalie
""", chase=True, parent=1),
      ag("dev", "11-16 10:30", """Hi Natalie,

Apologies - your email got buried. With the paint through to primer on three
panels it's beyond a smart repair: it would be a proper repair and refinish on
the bumper corner, wing and door, blended into the rear door. Around
£1,100-£1,250 inc VAT; I'd need to see it to be exact.

Regards,""")),

    C("t28-churchill-end-of-day", "en", "closed", {"missed-follow-up": 1},
      "Andrew Hepworth <andrew.hepworth@example.org>", "apple", "Waiting for Churchill",
      "Bryony promises an update 'by end of day' and sends it the next morning (late = missed).",
      cu("11-02 09:30", """Hi,

The car has been with you a week now and Churchill still haven't authorised the
repair. Can you find out what's holding it up?

Andrew
"""),
      ag("bryony", "11-02 11:00", """Hi Andrew,

I'll ring Churchill's engineer this afternoon and email you by end of day with
where it stands.

Best regards,""", promises=[("11-02", 3)]),
      ag("bryony", "11-03 10:20", """Hi Andrew,

Sorry this is a day later than I said - Churchill's engineer was out on site
yesterday. He has now authorised the repair in full; we start tomorrow and it
should be ready for collection on Monday 9th.

Best regards,"""),
      cu("11-03 10:35", """Great news, thanks Bryony.

Andrew
""", thanks=True)),

    C("t29-astra-completion", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Craig Sutcliffe <craig.sutcliffe@example.net>", "android", "Astra",
      "Gary promises a completion date on Thursday and goes quiet; after a chase Kerry says it is ready; the parking-sensor request is never addressed.",
      cu("11-10 07:50", """Hi Gary, any idea when the Astra will be done? Also can you check the parking sensor on the rear bumper, it was beeping constantly before I dropped it off.

Craig

Get Outlook for Android
""", uq=1),
      ag("gary", "11-10 12:10", """Hi Craig,

The bumper's in paint today and goes back on tomorrow. I'll let you know a
completion date on Thursday once it's through quality control.

Gary""", promises=[("11-12", 4)]),
      cu("11-16 08:30", """Hi, any update on my car? It's been in over a week and I've heard nothing since Tuesday.

Get Outlook for Android
""", chase=True),
      ag("kerry", "11-16 10:05", """Hi Craig,

Sorry - Gary's been off. The Astra is finished and has passed its quality check;
you can collect it any time today until 5:30.

Kind regards,""")),

    C("t30-pennine-fleet-account", "en", "closed", {"unanswered-question": 1},
      "Jasmine Okafor <jasmine.okafor@pennineestates.example>", "outlook", "Fleet bodywork account",
      "A fleet enquiry with a Cc'd colleague and a confidentiality disclaimer; account terms and collection answered, the fleet labour rate is not.",
      cu("11-04 10:00", """Dear Thackeray team,

We manage a pool of 14 estate agency cars (mostly Fiat 500s and VW Polos) and are
looking for a local bodyshop to handle minor damage on account. Could you tell
us whether you offer account terms with monthly invoicing; whether you can
collect and deliver cars from our Sheffield office; and whether you offer a discounted labour rate for fleet work.

I've copied in Mark Dyson, our operations manager, who looks after the cars day
to day.

Kind regards,
Jasmine Okafor
Procurement | Pennine Estates

CONFIDENTIALITY: This email and any attachments are confidential and may be
legally privileged. If you are not the intended recipient, please notify the
sender and delete it. Pennine Estates Ltd, registered in England No. 08812345.
""", cc="Mark Dyson <mark.dyson@pennineestates.example>", uq=1),
      ag("bryony", "11-04 14:30", """Dear Jasmine,

Yes, we run trade accounts with a monthly statement on 30-day terms; our account
application form is attached. We also collect and deliver within 15 miles of
the bodyshop at no charge for account customers, so your Sheffield office is
well within range.

Best regards,""", cc="Mark Dyson <mark.dyson@pennineestates.example>",
         attach=[("application/pdf", "Trade-account-application.pdf", ACCOUNT_FORM_PDF)])),

    C("t31-toronto-key-safe", "en", "closed", {},
      "Ben Carter <ben.carter@example.com>", "android", "Moving my drop-off",
      "Written from Toronto (UTC-5): a new date and an after-hours key drop, both answered; thanks-only reply.",
      cu("11-08 22:15", """Hi, I'm stuck in Toronto until Thursday so won't make Wednesday's drop-off for the door repair. Can we move it to Friday 13th? Also can my partner drop the keys through your letterbox on Thursday evening if she brings the car after hours?

Ben

Get Outlook for Android
"""),
      ag("kerry", "11-09 08:40", """Hi Ben,

Friday 13th is fine, I've moved you. We don't have a letterbox, but there's a
key safe by the office door: code 4471. Put the keys in one of the envelopes
next to it with your name and reg on.

Kind regards,"""),
      cu("11-09 06:00", """Brilliant, thanks

Get Outlook for Android
""", thanks=True), tz=-5),

    C("t32-lease-return-link", "en", "closed", {},
      "Lucy Armitage <lucy.armitage@example.com>", "apple", "End of lease repairs",
      "A base64-encoded Apple Mail enquiry answered with a yes and a booking link.",
      cu("11-05 18:00", """Hello,

Do you do cosmetic repairs on leased cars before they go back? My lease ends in
January and there are a few scuffs and a kerbed wheel. How do I book an
inspection?

Lucy
""", cte="base64"),
      ag("kerry", "11-06 08:30", """Hi Lucy,

Yes - end-of-lease repairs are a big part of what we do, and it almost always
works out cheaper than the leasing company's charges. Book a free inspection
here: https://thackeraybodyshop.example/book?service=lease-return

Kind regards,""")),

    C("t33-yaris-bumper-crack", "en", "closed", {"unanswered-question": 1},
      "Peter Kershaw <peter.kershaw@example.org>", "thunderbird", "Cracked bumper - photo attached",
      "A photo of a cracked bumper; repair-or-replace answered with a marked-up photo, the availability question skipped.",
      cu("11-02 15:00", """Hello,

Photo attached of a crack in the front bumper of my Yaris. It's where the
number plate bracket meets the bumper, about 8cm long.

Can that be plastic-welded, or does the bumper need replacing? Also, could you let me know if you have anything free the week after next? I'd need it back
the same day.

Kind regards,
Peter Kershaw
""", attach=[("image/png", "bumper-crack.png", BUMPER_CRACK_PNG)], uq=1),
      ag("dev", "11-02 16:40", """Hello Peter,

An 8cm split by the plate bracket can be plastic-welded from behind and
refinished - about £210 inc VAT, half a day. We'd only replace the bumper if the
mounting tabs were broken too, and from your photo they look intact (I've
marked them on the attached).

Regards,""", attach=[("image/png", "bumper-crack-marked.png", MARKED_UP_PNG)])),

    C("t34-polo-plate-light", "en", "closed", {"missed-follow-up": 1},
      "Zainab Hussain <zainab.hussain@example.com>", "gmail", "Number plate light after bumper repair",
      "Kerry's reply lost its threading headers; her promise to email a time tomorrow is never kept.",
      cu("11-09 13:00", """Hi Kerry,

I've collected the Polo, thanks, the bumper looks great. But the rear number
plate light hasn't worked since - was it unplugged when the bumper came off? Can
I bring it back in?

Zainab
"""),
      ag("kerry", "11-09 15:20", """Hi Zainab,

Sorry about that - it's almost certainly a connector that didn't click home when
the bumper went back on. Yes, bring it back; let me check with Gary when he can
fit you in and I'll email you a time tomorrow.

Kind regards,""", thread=False, promises=[("11-10", None)])),

    C("t35-civic-resolved-run", "en", "pending", {"reopened": 1},
      "Kieran Walsh <kieran.walsh@example.net>", "iphone", "Civic aftercare",
      "Aftercare question answered under a [Resolved] subject tag; a week later a paint run reopens the case and is booked in.",
      cu("11-09 17:20", """Hi, picked up the Civic today - thanks, looks like new. Do I need to do anything with the new paint, like not wash it for a while?

Kieran

Sent from my iPhone
"""),
      ag("gary", "11-10 08:45", """Hi Kieran,

Hand wash only for the first month, keep a pressure washer well back, and no wax
or polish for 30 days while the paint fully cures. Enjoy the car.

Gary""", subject="[Resolved] RE: Civic aftercare", closes=True),
      cu("11-17 12:40", """Hi Gary, sorry, one more problem - there's a small run in the lacquer at the bottom of the door that I only spotted today in the sun. Can you sort it under the warranty? I could drop it in Saturday morning.

Kieran

Sent from my iPhone
"""),
      ag("gary", "11-17 15:10", """Hi Kieran,

Yes, of course, that's covered. Saturday's fine - 9am, it's a 30-minute flat and
polish.

Gary""")),

    C("t36-kuga-headlamp", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Victoria Lumb <victoria.lumb@example.org>", "owa", "Headlamp on back order",
      "Dev explains the part's expected delivery (logistics, no promise); a week later she has heard nothing and chases; no reply since.",
      cu("11-11 09:20", """Hello,

Could you tell me whether the new headlamp for my Kuga has arrived yet? Dev said
last week it was on back order.

Victoria Lumb
"""),
      ag("dev", "11-11 11:40", """Hi Victoria,

Not yet - Ford's system shows it due into their Sheffield depot on Monday. Once
it's here we need a day to fit and align it.

Regards,"""),
      cu("11-18 09:05", """Hi Dev,

I haven't heard back about the headlamp - did it arrive on Monday? I'm having to avoid driving at night, which isn't ideal at this time of year.

Victoria
""", chase=True)),

    C("t37-fiat-hastings-start", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Helen Cartwright <helen.cartwright@example.com>", "gmail", "Hastings authorisation - Fiat 500",
      "Start date promised 'by Friday', given only after her chase the following Tuesday; the automatic courtesy car question is never answered.",
      cu("11-09 11:00", """Hi,

My insurer (Hastings) says they've sent you the authorisation for the repair on
my Fiat 500 but I haven't heard anything. When can you start, and how long will
it take? Also could you confirm the courtesy car is an automatic - I only drive automatics.

Thanks,
Helen
""", uq=1),
      ag("bryony", "11-09 14:30", """Hi Helen,

Hastings' authorisation came in this morning. The repair is three working days.
I need to check the workshop schedule with Gary and I'll confirm your start
date by Friday.

Best regards,""", promises=[("11-13", 4)]),
      cu("11-17 20:10", """Hello again - it's Tuesday and I'm still waiting to hear when the car can go in. Is there any news?

Helen
""", chase=True),
      ag("bryony", "11-18 09:15", """Hi Helen,

I'm really sorry, I should have emailed you on Friday. Gary can take the car on
Monday 23rd - drop it off at 8:30 and it'll be ready on Wednesday afternoon.

Best regards,""")),

    C("t38-land-cruiser-rust", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Robert Ingham <robert.ingham@inghamfarms.example>", "outlook", "Land Cruiser - dent and rust",
      "The dent is priced and the rust price promised 'early next week' (Tuesday 10th), never sent; the underside wax request is skipped.",
      cu("11-05 08:00", """Hello,

I've a Land Cruiser with a dent in the rear door from a gate and some rust
starting around the rear window seal. Could you price both? Do you need the
vehicle in for the rust, or can you judge it from photos?

Also, please let me know whether you can wax-treat the underside while it's with you, it's used on the farm.

Regards,
Robert Ingham
Ingham Farms
""", uq=1),
      ag("dev", "11-05 10:30", """Hello Robert,

A gate dent in the rear door is usually £250-£350 to repair and refinish. The
rust around the rear screen I'd need to see: it often runs under the seal, and
then the screen has to come out. I'll speak to our glass fitter and get you a
price for the rust early next week.

Regards,""", promises=[("11-10", None)])),

    C("t39-focus-engineer-report", "en", "pending", {"missed-follow-up": 1},
      "Stephen Royle <stephen.royle@example.net>", "thunderbird", "Engineer's report and write-off decision",
      "Two promises in one reply: the engineer's report (tomorrow) is sent on time; the write-off decision (by Wednesday) never comes.",
      cu("11-16 09:40", """Hi,

Two things on my claim (ref TB-4819). Could I have a copy of the engineer's
report? And when will I know whether the car is a write-off? The insurer keeps
telling me to ask you.

Stephen
"""),
      ag("bryony", "11-16 11:10", """Hi Stephen,

The engineer's report belongs to the insurer, but I can ask them for permission
to share it - if they agree I'll send it to you tomorrow. On the write-off
question: the engineer has the repair estimate and the valuation, and I'll let
you know their decision by Wednesday at the latest.

Best regards,""", promises=[("11-17", 3), ("11-18", None)]),
      ag("bryony", "11-17 14:00", """Hi Stephen,

The insurer is happy for you to have it - engineer's report attached.

Best regards,""", attach=[("application/pdf", "Engineers-report-TB-4819.pdf", ENGINEER_PDF)]),
      cu("11-17 14:30", """Thanks, got it.

Stephen
""", thanks=True)),

    # ---------------------------------------------------------------- German
    C("t40-bmw-raten", "de", "closed", {"unanswered-question": 1},
      "Katrin Vogel <katrin.vogel@vogel-familie.example>", "gmail_de", "Delle an der Stoßstange",
      "German: price and duration answered, the question about paying in two instalments skipped.",
      cu("11-03 19:30", """Hallo Herr Brandt,

eine Kollegin hat mir gesagt, dass Sie Deutsch sprechen - das macht es mir
leichter. Mein BMW 1er hat eine Delle mit Kratzern an der hinteren Stoßstange
(jemand ist beim Ausparken gegen mich gefahren, natürlich ohne Zettel).

Was würde die Reparatur ungefähr kosten? Wie lange brauchen Sie dafür? Und noch etwas: Kann ich die Rechnung in zwei Raten bezahlen? Das wäre mir gerade im
Dezember lieber.

Viele Grüße
Katrin Vogel
""", uq=1),
      ag("lukas", "11-04 09:10", """Hallo Frau Vogel,

gern! Eine Delle mit Kratzern an der Stoßstange reparieren wir in der Regel ohne
Austausch: ausbeulen, spachteln, lackieren und in die Seitenwand beilackieren.
Rechnen Sie mit etwa 320 bis 380 Pfund inkl. MwSt.; genau kann ich es sagen,
wenn ich das Auto gesehen habe. Wenn Sie es morgens um 8 Uhr bringen, ist es am
späten Nachmittag fertig.

Viele Grüße""")),

    C("t41-caddy-schiebetuer", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jürgen Hartmann <j.hartmann@hartmann-elektro.example>", "outlook_de", "VW Caddy SK68 LMV - Schiebetür",
      "German: 'ich melde mich morgen' with the completion date; he chases three days later; the date comes on Monday (late).",
      cu("11-10 08:15", """Guten Morgen Herr Brandt,

unser Firmenwagen (VW Caddy, Kennzeichen SK68 LMV) ist seit Freitag bei Ihnen für
die Reparatur der Schiebetür. Können Sie mir sagen, ob das Ersatzteil schon
bestellt ist und wann der Wagen voraussichtlich fertig wird?

Mit freundlichen Grüßen
Jürgen Hartmann
Hartmann Elektrotechnik Ltd
"""),
      ag("lukas", "11-10 10:30", """Guten Morgen Herr Hartmann,

die Führungsschiene für die Schiebetür ist bestellt. Den Liefertermin bestätigt
mir VW erst heute Nachmittag - ich melde mich morgen bei Ihnen mit dem
Fertigstellungstermin.

Mit freundlichen Grüßen""", promises=[("11-11", 4)]),
      cu("11-13 09:00", """Hallo Herr Brandt,

leider habe ich seit Dienstag nichts mehr von Ihnen gehört. Wir brauchen den Caddy dringend für unsere Baustellen - wann ist er denn nun fertig?

Mit freundlichen Grüßen
Jürgen Hartmann
""", chase=True),
      ag("lukas", "11-16 08:40", """Guten Morgen Herr Hartmann,

entschuldigen Sie bitte die Verzögerung. Die Schiene ist am Freitag gekommen,
der Caddy ist heute in der Werkstatt und am Mittwoch ab 14 Uhr abholbereit.

Mit freundlichen Grüßen""")),

    C("t42-leihwagen-frankreich", "de", "closed", {},
      "Monika Schäfer <monika.schaefer@example.com>", "outlook_de", "Fragen zum Leihwagen",
      "German: three questions about the courtesy car answered inline; thanks-only reply.",
      cu("11-02 10:00", """Hallo,

ich habe ein paar Fragen zum Leihwagen während der Reparatur:

Ist der Leihwagen ein Automatik?
Darf ich damit ins Ausland fahren? Wir wollen am Wochenende nach Frankreich.
Muss ich ihn vollgetankt zurückgeben?

Danke und Gruß
Monika Schäfer
"""),
      ag("lukas", "11-02 11:30", """Hallo Frau Schäfer,

meine Antworten stehen unter Ihren Fragen:

> Ist der Leihwagen ein Automatik?
Ja, ein Toyota Yaris Hybrid mit Automatik.

> Darf ich damit ins Ausland fahren? Wir wollen am Wochenende nach Frankreich.
Leider nein - unsere Versicherung gilt nur in Großbritannien.

> Muss ich ihn vollgetankt zurückgeben?
Nein, nur mit demselben Tankstand wie bei der Übergabe.

Viele Grüße""", quote=False),
      cu("11-02 12:05", """Schade mit Frankreich, aber danke für die schnelle Antwort!

Monika Schäfer
""", thanks=True)),

    C("t43-golf-sohn-sheffield", "de", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Andreas Keller <andreas.keller@kellerhaus.example>", "gmail_de", "Reparatur Golf meines Sohnes",
      "German, written from Germany (UTC+1): estimate and bank transfer answered, keeping the old parts skipped; his follow-up questions have no reply.",
      cu("11-12 20:30", """Guten Abend,

mein Sohn studiert in Sheffield und hatte mit meinem alten Golf einen kleinen
Unfall - Kotflügel vorne links und Scheinwerfer. Ich bezahle die Reparatur von
Deutschland aus.

Können Sie mir einen Kostenvoranschlag per E-Mail schicken? Nehmen Sie
Überweisungen aus dem Ausland an, oder nur Kartenzahlung? Und könnten Sie bitte die alten Teile aufheben, damit ich sie meiner Versicherung zeigen kann?

Mit freundlichen Grüßen
Andreas Keller
""", uq=1),
      ag("lukas", "11-13 09:20", """Guten Tag Herr Keller,

anbei der Kostenvoranschlag: neuer Kotflügel, Scheinwerfer (Originalteil) und
Lackierung, insgesamt 1.240 Pfund inkl. MwSt. Überweisungen aus dem Ausland
sind kein Problem - unsere IBAN steht auf dem Kostenvoranschlag; bitte geben Sie
das Kennzeichen als Verwendungszweck an.

Mit freundlichen Grüßen""", attach=[("application/pdf", "Kostenvoranschlag-5120.pdf", KOSTEN_PDF)]),
      cu("11-18 21:15", """Hallo Herr Brandt,

danke, ich habe heute überwiesen. Wann kann mein Sohn den Wagen bringen, und wie
lange dauert die Reparatur?

Mit freundlichen Grüßen
Andreas Keller
"""), tz=1),

    C("t44-e-klasse-politur", "de", "closed", {},
      "Friedrich Lange <f.lange@example.org>", "thunderbird_de", "Lackaufbereitung E-Klasse",
      "German: acknowledgement, then the paint correction question answered next morning; thanks-only reply.",
      cu("11-04 14:00", """Sehr geehrte Damen und Herren,

ich interessiere mich für eine Lackaufbereitung meiner Mercedes E-Klasse
(Baujahr 2015, Obsidianschwarz). Der Lack hat viele feine Kratzer aus der
Waschanlage. Bieten Sie so etwas an, und was kostet es ungefähr?

Mit freundlichen Grüßen
F. Lange
"""),
      ack("11-04 14:01"),
      ag("lukas", "11-05 08:50", """Sehr geehrter Herr Lange,

ja, das bieten wir an. Eine zweistufige Maschinenpolitur entfernt
Waschanlagenkratzer meist zu 80 bis 90 Prozent. Für eine schwarze E-Klasse
rechnen Sie mit 395 Pfund, Dauer ein Tag. Auf Wunsch versiegeln wir den Lack
danach für 120 Pfund zusätzlich.

Mit freundlichen Grüßen"""),
      cu("11-05 10:10", """Vielen Dank für die Auskunft. Ich rufe wegen eines Termins an.

F. Lange
""", thanks=True)),

    # ---------------------------------------------------------------- French
    C("t45-208-facture-detaillee", "fr", "closed", {"unanswered-question": 1},
      "Élise Dumont <elise.dumont@dumont-conseil.example>", "apple_fr", "Peugeot 208 - portière arrière",
      "French: the Friday completion is confirmed, the request for an itemised invoice is skipped.",
      cu("11-05 12:00", """Bonjour Madame Moreau,

Ma Peugeot 208 est chez vous depuis lundi pour la portière arrière. Pourriez-vous
me dire si la réparation sera terminée avant le week-end ? Je dois partir à
Londres samedi matin.

Par ailleurs, pourriez-vous m'envoyer par e-mail une facture détaillée (pièces et main-d'œuvre séparées) pour mon assurance française ?

Bien cordialement,
Élise Dumont
""", uq=1),
      ag("celine", "11-05 14:20", """Bonjour Madame Dumont,

Oui, la voiture sera prête vendredi à partir de 15 h, vous pourrez partir samedi
sans souci. La peinture est faite ; il ne reste que le remontage de la poignée
et le contrôle final.

Bien cordialement,""")),

    C("t46-clio-relance", "fr", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Thomas Girard <thomas.girard@example.com>", "gmail", "Devis pare-chocs Clio",
      "French: no answer for two days, he follows up; the quote and Admiral are answered, the courtesy car question is skipped.",
      cu("11-09 08:30", """Bonjour,

Je voudrais un devis pour la réparation du pare-chocs avant de ma Renault Clio
(éraflure et petite fissure près de l'antibrouillard). Est-ce que vous
travaillez avec l'assurance Admiral ? Et est-il possible d'avoir un véhicule de courtoisie pendant la réparation ?

Merci d'avance,
Thomas Girard
""", uq=1),
      cu("11-11 09:00", """Bonjour,

Je reviens vers vous au sujet de ma demande de devis ci-dessous, toujours sans réponse. Merci de me tenir au courant.

Thomas Girard
""", chase=True, parent=1),
      ag("celine", "11-11 11:15", """Bonjour Monsieur Girard,

Toutes mes excuses pour ce délai. Pour une éraflure avec une petite fissure près
de l'antibrouillard, nous réparons la fissure par soudure plastique puis
repeignons le pare-chocs : comptez environ 290 £ TTC. Et oui, nous sommes
réparateur agréé Admiral : si vous passez par eux, nous gérons le dossier
directement.

Bien cordialement,""")),

    C("t47-c3-capteur-jeudi", "fr", "pending", {},
      "Chloé Martin <chloe.martin@example.net>", "apple_fr", "Devis complémentaire C3",
      "French: 'je reviens vers vous d'ici jeudi' kept on Wednesday with the PDF; thanks-only reply.",
      cu("11-16 10:00", """Bonjour,

Suite à l'expertise de ma Citroën C3, l'assureur me dit qu'il attend votre devis
complémentaire pour le capteur de stationnement. Pouvez-vous me dire où en est
ce devis ?

Merci,
Chloé Martin
"""),
      ag("celine", "11-16 12:00", """Bonjour Madame Martin,

Le capteur doit être recalibré après la peinture et j'attends le prix du
concessionnaire Citroën. Je reviens vers vous d'ici jeudi avec le devis
complémentaire.

Bien cordialement,""", promises=[("11-19", 3)]),
      ag("celine", "11-18 15:30", """Bonjour Madame Martin,

Voici le devis complémentaire (recalibrage du capteur : 145 £ HT), que j'ai
également transmis à votre assureur.

Bien cordialement,""", attach=[("application/pdf", "Devis-5188.pdf", DEVIS_PDF)]),
      cu("11-18 16:00", """Merci beaucoup, c'est parfait.

Chloé
""", thanks=True)),

    C("t48-berlingo-lundi", "fr", "closed", {"missed-follow-up": 1},
      "Antoine Lefèvre <antoine.lefevre@lefevre-traiteur.example>", "gmail", "Devis peinture Berlingo",
      "French: weekend work answered, the quote promised 'd'ici lundi' arrives on Wednesday (late); the drop-off question is answered.",
      cu("11-05 09:00", """Bonjour,

Notre camionnette (Citroën Berlingo) a été rayée sur tout le côté droit. Nous
voudrions un devis pour la peinture du côté complet, et savoir si vous pouvez
faire le travail un week-end pour ne pas perdre de jours de livraison.

Cordialement,
Antoine Lefèvre
Lefèvre Traiteur
"""),
      ag("celine", "11-05 11:30", """Bonjour Monsieur Lefèvre,

Nous pouvons tout à fait travailler le samedi et le dimanche pour les
professionnels, avec un supplément de 15 %. Pour le devis, j'ai besoin de l'avis
de notre carrossier ; je vous envoie le devis d'ici lundi.

Bien cordialement,""", promises=[("11-09", 3)]),
      ag("celine", "11-11 10:00", """Bonjour Monsieur Lefèvre,

Avec un peu de retard, voici le devis : peinture du côté droit complet (porte
coulissante, aile arrière, portière passager, aile avant), 1 650 £ HT, plus 15 %
pour un week-end.

Bien cordialement,"""),
      cu("11-11 14:00", """Merci. Nous prenons le week-end du 28. Faut-il déposer le véhicule le vendredi soir ?

Antoine Lefèvre
"""),
      ag("celine", "11-11 16:00", """Oui, vendredi 27 entre 17 h et 18 h 30.

Bien cordialement,""")),

    C("t49-capot-debosselage", "fr", "closed", {},
      "Nathalie Roux <nathalie.roux@example.org>", "apple_fr", "Débosselage capot",
      "French: 'Bien sûr' and a booking link answer both questions.",
      cu("11-03 18:00", """Bonjour,

Est-ce que vous faites le débosselage sans peinture ? J'ai une petite bosse sur
le capot (un grêlon, je pense). Peut-on prendre rendez-vous en ligne ?

Merci !
Nathalie
"""),
      ag("celine", "11-04 08:45", """Bonjour Nathalie,

Bien sûr. Rendez-vous en ligne ici :
https://thackeraybodyshop.example/book?service=pdr&lang=fr

Bien cordialement,""")),

    # ---------------------------------------------------------------- Spanish
    C("t50-leon-piloto", "es", "closed", {"unanswered-question": 1},
      "Lucía Fernández <lucia.fernandez@example.com>", "gmail_es", "Golpe en la aleta trasera",
      "Spanish: price and part availability answered, the question about paying part now skipped.",
      cu("11-02 11:00", """Hola, buenos días:

Tengo un Seat León con un golpe en la aleta trasera derecha y el piloto roto.
Quisiera saber cuánto costaría la reparación y si tienen el piloto en stock o
hay que pedirlo. También me gustaría saber si puedo pagar una parte ahora y el resto al recoger el coche.

Un saludo,
Lucía Fernández
""", uq=1),
      ag("alba", "11-02 13:30", """Hola Lucía:

La reparación de la aleta con pintura y el piloto nuevo sale por unas 640 £ con
IVA. El piloto no lo tenemos en stock, pero Seat nos lo sirve en 48 horas.

Un saludo,""")),

    C("t51-ibiza-lunes", "es", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Javier Ortega <javier.ortega@ortegafisio.example>", "outlook", "Ibiza - arañazo puerta",
      "Spanish: 'le escribo el lunes' broken, he chases on Wednesday, the date comes then; the written quote for his accountant is never sent.",
      cu("11-12 09:00", """Buenos días, Alba:

Les dejé el Ibiza el martes para el arañazo de la puerta. ¿Saben ya cuándo
estará listo? Por otro lado, ¿me pueden enviar el presupuesto por escrito? Mi gestoría lo necesita para la contabilidad de la clínica.

Saludos,
Javier Ortega
""", uq=1),
      ag("alba", "11-12 11:30", """Hola Javier:

Estamos esperando la pintura, que llega el viernes. En cuanto la tengamos le
digo el día de entrega: le escribo el lunes sin falta.

Un saludo,""", promises=[("11-16", 4)]),
      cu("11-18 10:00", """Hola Alba:

El lunes no recibí nada. ¿Cómo va lo del coche? Lo necesito para ir a la clínica.

Javier
""", chase=True),
      ag("alba", "11-18 12:00", """Hola Javier:

Perdone, el lunes se me pasó. El coche ya está pintado y puede recogerlo el
jueves a partir de las 10.

Un saludo,""")),

    C("t52-arona-retrovisor", "es", "pending", {},
      "Marta Gil <marta.gil@example.net>", "gmail_es", "Retrovisor roto",
      "Spanish, written from Spain (UTC+1): both questions answered; her second mail sends the model and colour asked for (not a chase) and gets the price.",
      cu("11-16 19:00", """Hola:

Estoy de vacaciones en Inglaterra con mi coche español (matrícula española) y
ayer me dieron un golpe en el retrovisor. ¿Pueden cambiar la carcasa aunque el
coche no esté matriculado aquí? ¿Cuánto tardarían?

Gracias,
Marta
"""),
      ag("alba", "11-17 09:00", """Hola Marta:

Sí, la matrícula no importa. Si es solo la carcasa, la pedimos hoy y la
cambiamos mañana por la tarde; son unos 20 minutos. Si me dice el modelo y el
color le doy el precio exacto.

Un saludo,"""),
      cu("11-17 10:30", """Es un Seat Arona de 2021, color Rojo Deseo.

Marta
"""),
      ag("alba", "11-17 11:00", """Hola Marta:

La carcasa en Rojo Deseo cuesta 85 £ con IVA. La montamos mañana, miércoles, a
las 16:00.

Un saludo,"""), tz=1),

    C("t53-kangoo-adhesivos", "es", "pending", {"unanswered-question": 1},
      "Carmen Delgado <carmen.delgado@example.org>", "iphone", "Pulido de faros",
      "Spanish: VAT question answered; her second mail asks about removing old stickers and polishing any marks, only the removal is answered.",
      cu("11-13 12:00", """Hola, ¿el precio que me dieron por teléfono para pulir los faros incluye el IVA? Gracias

Enviado desde mi iPhone
"""),
      ag("alba", "11-13 13:00", """Hola Carmen:

Sí, las 60 £ incluyen el IVA.

Un saludo,"""),
      cu("11-16 18:20", """Perfecto. Otra cosa: aprovechando que llevo el coche, ¿podrían quitarme también los adhesivos de la empresa anterior de las puertas? Y si queda marca, ¿se puede pulir? El coche es una Kangoo.

Enviado desde mi iPhone
""", uq=1),
      ag("alba", "11-17 09:10", """Hola Carmen:

Sí, quitamos los adhesivos sin problema; usamos una pistola de calor para no
dañar la pintura.

Un saludo,""")),

    C("t54-focus-factura-manana", "es", "closed", {},
      "Diego Navarro <diego.navarro@example.com>", "gmail_es", "Factura a nombre de la empresa",
      "Spanish: the corrected invoice promised for tomorrow ('se la mando mañana') arrives the next morning; thanks-only reply.",
      cu("11-04 10:00", """Hola Alba:

¿Podrían mandarme la factura de la reparación del Focus a nombre de mi empresa,
Navarro Reformas Ltd? Necesito también que aparezca el número de IVA
GB 312 8841 07.

Gracias,
Diego
"""),
      ag("alba", "11-04 12:00", """Hola Diego:

Claro. La tiene que rehacer contabilidad; se la mando mañana.

Un saludo,""", promises=[("11-05", 3)]),
      ag("alba", "11-05 09:30", """Hola Diego:

Aquí tiene la factura corregida, a nombre de Navarro Reformas Ltd y con su
número de IVA.

Un saludo,""", attach=[("application/pdf", "Factura-INV-20690.pdf", FACTURA_PDF)]),
      cu("11-05 10:00", """¡Muchas gracias!

Diego
""", thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "t02-sportage-aviva-photos": [
        "Please also send me photos of the damage once you've had the bumper off, I want them for my own records in case the third party disputes it."],
    "t04-civic-pearl-white": [
        "could you let me know if you need the car for the whole week or whether I could have it back over the weekend in the middle?"],
    "t05-lv-van-towbar": ["any chance the courtesy vehicle has a tow bar?"],
    "t07-xc60-collection": [
        "Will the new paint be matched to the faded panels or to the original colour code?"],
    "t08-octavia-tailgate-friday": [
        "Do you also deal with the wiper motor, or is that a job for my usual garage?"],
    "t18-tesla-hail-list": [
        "Roughly how long would a hail repair take?",
        "Can you send me something in writing I can show the insurer, even just a rough assessment from photos?"],
    "t19-fiesta-long-paragraph": [
        "is the roof clearcoat something that can be polished back or does it need a full respray"],
    "t20-juke-windscreen-chip": ["can you also look at the chip in the windscreen while it's in?"],
    "t21-juke-saturday": ["Could I pick it up on Saturday morning instead?"],
    "t27-qashqai-following-up": ["do you do finance, or is it payment on collection?"],
    "t29-astra-completion": [
        "can you check the parking sensor on the rear bumper, it was beeping constantly before I dropped it off."],
    "t30-pennine-fleet-account": ["whether you offer a discounted labour rate for fleet work"],
    "t33-yaris-bumper-crack": [
        "could you let me know if you have anything free the week after next?"],
    "t37-fiat-hastings-start": ["could you confirm the courtesy car is an automatic"],
    "t38-land-cruiser-rust": [
        "please let me know whether you can wax-treat the underside while it's with you, it's used on the farm."],
    "t40-bmw-raten": ["Kann ich die Rechnung in zwei Raten bezahlen?"],
    "t43-golf-sohn-sheffield": [
        "könnten Sie bitte die alten Teile aufheben, damit ich sie meiner Versicherung zeigen kann?"],
    "t45-208-facture-detaillee": [
        "pourriez-vous m'envoyer par e-mail une facture détaillée (pièces et main-d'œuvre séparées) pour mon assurance française ?"],
    "t46-clio-relance": [
        "est-il possible d'avoir un véhicule de courtoisie pendant la réparation ?"],
    "t50-leon-piloto": [
        "También me gustaría saber si puedo pagar una parte ahora y el resto al recoger el coche."],
    "t51-ibiza-lunes": ["¿me pueden enviar el presupuesto por escrito?"],
    "t53-kangoo-adhesivos": ["Y si queda marca, ¿se puede pulir?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice115 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
