#!/usr/bin/env python3
"""Regenerate ``tests/practice106/``: a labelled corpus of Quenby Cheese Club.

A support mailbox of a fictional artisan cheese subscription and hamper business in
Leicestershire (monthly cheese boxes, gift subscriptions, Christmas hampers, corporate
gifting, chilled courier delivery slots, allergens and pasteurisation, wholesale to delis and
restaurants, damaged or warm deliveries, refunds), written without looking at the detection
heuristics, with many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00
with the contract defaults (response target 24 h, follow-up window 2 days, close-after 7
days, handoff limit 2), support domain ``quenbycheese.example``.

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

Usage: python scripts/make_practice106_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "quenbycheese.example"
ORDERS = "Quenby Cheese Club <hello@quenbycheese.example>"

AGENTS = {
    "bea": ("Bea Hollingworth <bea@quenbycheese.example>", "thunderbird", """-- 
Bea Hollingworth
Members' Desk | Quenby Cheese Club
Manor Farm Dairy Yard, Hungarton, Leicestershire LE7 9JR
Manage your box: https://quenbycheese.example/account?ref=sig"""),
    "tom": ("Tom Pickering <tom@quenbycheese.example>", "outlook", """Tom Pickering
Dispatch & Chilled Delivery | Quenby Cheese Club
Boxes leave the cold room Tue-Fri from 7am. Missed your slot? Reply here and we'll rebook."""),
    "priya": ("Priya Raval <priya@quenbycheese.example>", "owa", """Priya Raval
Trade & Wholesale Accounts | Quenby Cheese Club
0116 496 0742

CONFIDENTIALITY: This email and any attachments are confidential and intended solely for
the addressee. If you have received it in error, please tell the sender and delete it."""),
    "gwen": ("Gwen Astley <gwen@quenbycheese.example>", "apple", """Gwen Astley
Head Cheesemonger | Quenby Cheese Club
What's in this month's box? https://quenbycheese.example/this-month?from=email"""),
    "lukas": ("Lukas Brenner <lukas@quenbycheese.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenservice (Deutsch) | Quenby Cheese Club
https://quenbycheese.example/de?ref=signatur"""),
    "aurelie": ("Aurélie Dumont <aurelie@quenbycheese.example>", "apple_fr", """Aurélie Dumont
Service clients (français) | Quenby Cheese Club
https://quenbycheese.example/fr?utm_source=email"""),
    "marisol": ("Marisol Vega <marisol@quenbycheese.example>", "gmail_es", """--
Marisol Vega
Atención al cliente (español) | Quenby Cheese Club
+44 116 496 0745"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Quenby Cheese Club. This is an automatic reply to let you
know that your message has reached us and is logged as ticket {ref}.

Our members' desk is open Monday to Friday, 8.30am-5pm, and we aim to reply
within one working day. If your box has arrived warm or damaged, please keep the
packaging and take a photo of the cheese and the ice packs.

Quenby Cheese Club - Members' Desk
https://quenbycheese.example/help?ticket={ref}""",
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
    "helpdesk": ["X-Mailer: Quenby Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="qcc.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice106", title="Quenby Cheese Club", desk=ORDERS, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="QC-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

WARM_PNG = mailcraft.png(12, 9, lambda x, y: (200 + 4 * x, 120 + 6 * y, 90))
HAMPER_PNG = mailcraft.png(14, 10, lambda x, y: (150 + 5 * y, 110 + 3 * x, 60))
MOULD_PNG = mailcraft.png(10, 10, lambda x, y: (230 - 3 * x, 228 - 2 * y, 215))
COLIS_PNG = mailcraft.png(12, 8, lambda x, y: (180, 160 + 4 * x, 120 + 5 * y))
CREDIT_FORM_PDF = mailcraft.pdf(["Quenby Cheese Club - Trade credit application",
                                 "Business name, address, company number, VAT number",
                                 "Two trade references and a bank reference",
                                 "Standard terms: 30 days from invoice date"])
HARCOURT_QUOTE_PDF = mailcraft.pdf(["Quenby Cheese Club - Quotation Q-2611-017",
                                    "Customer PO HG-4471 - Harcourt Group",
                                    "60 x Discovery box at GBP 28.50 = GBP 1,710.00",
                                    "Chilled delivery to 3 sites at GBP 45.00, VAT shown separately",
                                    "Total GBP 1,845.00 before VAT on delivery"])
CREDIT_NOTE_PDF = mailcraft.pdf(["Quenby Cheese Club - Credit note CN-1182",
                                 "The Cheese Hutch, Melton Mowbray",
                                 "1 x Hungarton Red 3.0 kg at GBP 19.80/kg - short delivered 3 Nov",
                                 "Credit GBP 59.40 against invoice INV-30412"])
PRICE_LIST_PDF = mailcraft.pdf(["Quenby Cheese Club - Trade price list, winter 2026/27",
                                "Quenby Blue GBP 18.40/kg - Bottesford Stilton GBP 21.80/kg",
                                "Hungarton Red, raw milk GBP 19.80/kg - Charnwood Smoked GBP 16.90/kg",
                                "Soar Valley Brie GBP 22.50/kg - minimum GBP 150 per drop"])
TOWERS_PDF = mailcraft.pdf(["Quenby Cheese Club - Quotation Q-2611-031 rev. B",
                            "The Granary Hotel, Stamford - wedding season 2027",
                            "18 x three-tier cheese tower: Quenby Blue, Hungarton Red, Soar Valley Brie",
                            "GBP 165.00 per tower incl. stand hire and morning delivery"])
RECHNUNG_PDF = mailcraft.pdf(["Quenby Cheese Club - Rechnung INV-30233-K / corrected invoice",
                              "Feinkost Bauer, Loughborough",
                              "Bottesford Stilton 12.0 kg at GBP 21.80/kg = GBP 261.60",
                              "Replaces INV-30233"])
DEVIS_PDF = mailcraft.pdf(["Quenby Cheese Club - Devis / Quotation Q-2611-042",
                           "Atelier Rousseau Architectes",
                           "12 x Melton Feast hamper at GBP 85.50 - 10 percent off GBP 95.00",
                           "Delivery to 12 UK addresses included, 1-23 December 2026"])

CASES: list[Case] = [
    C("q01-harriet-skip-december", "en", "closed", {},
      "Harriet Cole <harriet.cole@example.com>", "gmail", "Skipping December?",
      "Skip December and is the Stilton pasteurised: both answered out of order in one paragraph; thanks-only reply.",
      cu("11-02 19:42", """Hi there,

We're going to be at my in-laws in Cornwall for most of December, so is it possible
to skip the December Connoisseur box and pick up again in January? If so, would
January's still arrive on the usual first Thursday, or does skipping shift
everything along?

Also, random one, but my husband swears the Bottesford Stilton in October's box
tasted "like it wasn't pasteurised". Is it?

Thanks!
Harriet"""),
      ag("bea", "11-03 09:15", """Hi Harriet,

No, Stilton is always made from pasteurised milk - it's part of the rules for
calling it Stilton at all - so your husband can rest easy (it was a particularly
ripe one, though). I've skipped December for you: you won't be charged on
1 December, and January goes out as normal on Thursday 7 January, nothing shifts.

Have a lovely time in Cornwall.

Bea"""),
      cu("11-03 10:02", """Amazing, thank you Bea!

H x""", thanks=True),
      ),
    C("q02-martin-warm-box-oadby", "en", "closed", {"unanswered-question": 1},
      "Martin Gowing <m.gowing@oadbyfamily.example>", "outlook", "Box arrived warm AGAIN",
      "Warm box with a thermometer photo: refund and the neighbour drop are handled, the question about another courier for LE2 is skipped.",
      cu("11-04 18:20", """Hello,

Our November Discovery box arrived today at about 4pm and it was warm. The ice packs
were completely liquid and the Soar Valley Brie had gone soft and sweaty - photo
attached, the probe thermometer reads 14°C inside the box.

This is the second time since September. I'd like a refund for this month, not a
replacement, as we won't be in on Friday anyway.

Is there any way you could use a different courier for LE2? Frostline always seem
to put us at the end of the round.

Also please stop leaving the box on the front step when we're out - next door at
no. 14 are happy to take it in.

Martin Gowing""", attach=[("image/png", "IMG_4471.png", WARM_PNG)], uq=1),
      ag("tom", "11-05 10:40", """Dear Martin,

I'm sorry about this - 14°C is well above what we'd accept, and the Brie shouldn't
have been left like that. I've refunded the £32 for November to your card this
morning; you should see it in 3-5 working days.

I've also added a note to your account: "If no answer, deliver to no. 14". The
driver sees that on his handset from your next delivery onwards.

Kind regards,"""),
      ),
    C("q03-naomi-gift-for-dad", "en", "closed", {},
      "Naomi Sutherland <naomi.sutherland@example.org>", "apple", "Gift subscription for my dad",
      "Four questions about a 70th-birthday gift subscription, answered inline under each; thanks-only reply.",
      cu("11-05 12:10", """Hello,

I'd like to buy my dad a 6-month Discovery subscription for his 70th. A few
questions before I order:

Can the first box arrive in the week of 14 December (his birthday is the 16th)?
Can I include a handwritten message, or is it printed?
Will he know the price? He's the type to feel guilty.
If he loves it, can I extend it to 12 months later without starting over?

Many thanks,
Naomi"""),
      ag("bea", "11-05 14:30", """Hi Naomi,

Happy 70th to your dad! Answers below.

On 11/5/26 12:10 PM, Naomi Sutherland wrote:
> Can the first box arrive in the week of 14 December (his birthday is the 16th)?

Yes - choose "start date: 14 December" at checkout and it's delivered on
Tuesday 15th.

> Can I include a handwritten message, or is it printed?

Printed, I'm afraid, on a kraft card - but you can write up to 300 characters
and we don't trim anything.

> Will he know the price? He's the type to feel guilty.

No. Gift boxes never have prices on the packing slip.

> If he loves it, can I extend it to 12 months later without starting over?

Yes, from your account at any time before the sixth box, and it carries
straight on.

Bea""", quote=False),
      cu("11-05 15:02", """That's perfect, ordering now. Thank you!

Naomi""", thanks=True),
      ),
    C("q04-rachel-office-hamper-slot", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Rachel Dunmore <rachel.dunmore@fernleighlaw.example>", "owa", "Melton Feast hampers - Christmas delivery slot",
      "Law firm (disclaimer) asks for a Christmas slot: 'I'll confirm by Thursday' is kept the next Monday, after the customer chases.",
      cu("11-09 11:05", """Hi,

We've ordered three Melton Feast hampers (order QC-88213) for the team at our
Leicester office, 4th floor, 22 Friar Lane. A couple of things:

Which days can you deliver in the week before Christmas? Ideally Monday 21st, as
half the office finishes on the 22nd.
Do they need to go straight into a fridge when they arrive? We only have the small
kitchen fridge.

Thanks,
Rachel Dunmore
Office Manager | Fernleigh Law LLP

This email is confidential and may be legally privileged. If you are not the
intended recipient, please notify the sender and delete it. Fernleigh Law LLP is
authorised and regulated by the Solicitors Regulation Authority."""),
      ag("tom", "11-09 15:20", """Hi Rachel,

The cheeses are vacuum-packed and the hamper has wool liners and ice packs, so
they're fine unrefrigerated for 48 hours from delivery - the box is the fridge.
Once a hamper is opened the cheese wants somewhere cool, but the chutneys and
crackers don't.

Frostline release their Christmas slots to us on Wednesday. I'll confirm whether
Monday 21st is available by Thursday.

Tom""", promises=[("11-12", 4)]),
      cu("11-13 09:30", """Hi Tom,

Any news on the slot? The partners want to announce the hampers at Friday's team
meeting and I'd rather know it's the 21st before they do.

Rachel

This email is confidential and may be legally privileged. If you are not the
intended recipient, please notify the sender and delete it.""", chase=True),
      ag("tom", "11-16 09:05", """Hi Rachel,

Sorry for the silence - Frostline were late with the calendar. Monday 21 December
is booked for all three hampers, AM slot (8am-12pm), delivered to reception at
22 Friar Lane. You'll get a text with a one-hour window on the morning.

Tom"""),
      ),
    C("q05-owen-harborough-deli", "en", "closed", {"unanswered-question": 2},
      "Owen Lacey <owen@laceyslarder.example>", "outlook", "Trade account enquiry - Lacey's Larder, Market Harborough",
      "Deli's numbered list of five: minimum, delivery days and terms answered (credit form attached), truckles and shelf-talkers skipped.",
      cu("11-03 08:50", """Good morning,

I run a small deli on the High Street in Market Harborough and we're looking for a
local cheese supplier after our current wholesaler stopped coming out to us. Could
you help with the following:

1. What is your minimum order for trade?
2. Which days do you deliver to LE16?
3. Can we order whole truckles of the Quenby Blue, or only halves?
4. Do you supply shelf-talkers or some kind of point-of-sale card for each cheese?
5. Are 30-day payment terms possible once we're set up?

We'd be looking at roughly £250-£300 a week to start.

Best regards,
Owen Lacey
Lacey's Larder""", uq=2),
      ag("priya", "11-03 13:15", """Dear Owen,

Thank you for getting in touch, and good to hear from a neighbour.

Our trade minimum is £150 per drop, so you'd be comfortably over that. Our own van
covers LE16 on Tuesdays and Fridays; orders need to be in by 2pm the working day
before.

Thirty-day terms are standard once the credit application is approved - the form is
attached, and approval usually takes about a week from when we receive it.

Kind regards,""", attach=[("application/pdf", "QCC-trade-credit-application.pdf", CREDIT_FORM_PDF)]),
      ),
    C("q06-ellie-pregnant-swap", "en", "closed", {},
      "Ellie Marsh <ellie.marsh@example.net>", "gmail", "Unpasteurised cheeses - pregnant",
      "Pregnant member asks which cheeses are raw-milk, for a swap and about the Brie: all answered; thanks with a rhetorical question.",
      cu("11-06 20:15", """Hi,

I've just found out I'm pregnant (early days, you're among the first to know!) and
I'm trying to work out what I can still eat from my box.

Which cheeses in the December Connoisseur box are made with raw milk? And can I swap
those for pasteurised ones without changing the price? My midwife also mentioned
soft mould-ripened cheeses even if they're pasteurised - is the Soar Valley Brie one
of those?

Ellie"""),
      ag("gwen", "11-07 10:05", """Hi Ellie,

Congratulations!

Two of December's five are raw-milk: the Hungarton Red and the Launde Abbey washed
rind. And yes, the Soar Valley Brie is a mould-ripened soft cheese, so it falls
under your midwife's advice too, pasteurised or not.

I've swapped all three for you at no extra cost - you'll get the Charnwood Smoked, a
clothbound Cheddar from Somerset and an aged Gouda instead, all hard and
pasteurised. Your account shows the new line-up if you want to check.

Gwen"""),
      cu("11-07 11:30", """Thank you so much Gwen, that's really kind. Who knew cheese could be so
complicated?! x""", thanks=True),
      ),
    C("q07-sue-forwarded-confirmation", "en", "closed", {},
      "Sue Pryor <susan.pryor@pryorfamily.example>", "gmail", "Fwd: Your Quenby Cheese Club order QC-88102",
      "HTML-only mail forwarding an order confirmation (its own '?' lines are forwarded text); the one real question is answered.",
      cu("11-10 08:05", """Morning,

The confirmation below says delivery on Wednesday 11th but I definitely picked
Thursday 12th at checkout because I'm working from home that day. Which one is right?

Sue

---------- Forwarded message ---------
From: Quenby Cheese Club <orders@quenbycheese.example>
Date: Mon, 9 Nov 2026 at 21:14
Subject: Your Quenby Cheese Club order QC-88102
To: <susan.pryor@pryorfamily.example>

Thank you for your order!

Little Quenby hamper x 1 - £38.00
Chilled delivery - £6.95
Delivery: Wednesday 11 November

Questions about your order? Visit https://quenbycheese.example/help?order=QC-88102
Fancy adding a jar of our damson chutney? Just reply to this email.""", kind="html"),
      ag("tom", "11-10 09:40", """Hi Sue,

Thursday 12th is right - that's what's booked with the courier. The confirmation
prints the day we pack the hamper, not the day it reaches you, which I agree isn't
helpful. I've asked for the wording to be changed.

Tom"""),
      ),
    C("q08-graham-crushed-hamper", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Graham Ibbotson <g.ibbotson@example.com>", "gmail", "Hamper arrived crushed - glass everywhere",
      "Crushed hamper with broken glass: 'I'll get back to you tomorrow with the delivery day' goes unkept for a week; two chases; a colleague finally answers.",
      cu("11-09 13:10", """Hello,

The Wreake Valley hamper I ordered for my mother arrived this morning with the lid
caved in and the jar of damson chutney smashed. There's glass and chutney over the
crackers and the wax on the cheeses. Photo attached.

Is anything in there safe to eat, or should she throw the lot? And can you send a
replacement before the weekend - it was for her birthday on Saturday.

Graham Ibbotson""", attach=[("image/png", "hamper.png", HAMPER_PNG)]),
      ag("gwen", "11-09 16:45", """Dear Graham,

I'm so sorry. Please tell your mother not to eat anything from the bottom tray where
the jar was - the crackers and the two waxed cheeses - it isn't worth the risk with
glass. The Stilton in the top compartment is wrapped separately and is fine if the
wrapper is intact.

I'm arranging a replacement hamper now and will get back to you tomorrow with the
delivery day.

Gwen""", promises=[("11-10", 5)]),
      cu("11-12 10:15", """Hi Gwen,

I haven't heard anything since Monday about the replacement. Her birthday is on
Saturday - is it going to get there?

Graham""", chase=True),
      cu("11-16 08:50", """This is now my third email. The birthday has come and gone and I still have no
idea whether a replacement is coming or whether I should just ask for my money back.
I'd like an answer today please.

Graham Ibbotson""", chase=True),
      ag("bea", "11-17 10:30", """Dear Graham,

I'm really sorry - Gwen has been off unwell and your emails sat in her queue, which
shouldn't have happened. The replacement hamper left us this morning and will be
delivered to your mother tomorrow, Wednesday, between 8am and 1pm. I've also
refunded the original £65 in full, so you're not paying for either, and there's
nothing to send back.

Bea"""),
      ),
    C("q09-daniel-corporate-40", "en", "open", {"awaiting-reply": 1},
      "Daniel Okafor <d.okafor@brightmarsh.example>", "outlook", "Corporate gifts - 40 boxes for clients",
      "Corporate enquiry with four questions, only the helpdesk acknowledgement since Wednesday morning.",
      cu("11-18 10:20", """Hello,

We're a small engineering consultancy in Loughborough and this year we'd like to send
about 40 of our clients something other than wine.

Do you offer a corporate discount at that quantity? Can each box carry our logo on
the card, and could you deliver them to 40 different addresses on a date of our
choosing? I'd also need a single VAT invoice for the lot.

Regards,
Daniel Okafor
Operations Manager, Brightmarsh Engineering"""),
      ack("11-18 10:21"),
      ),
    C("q10-leah-vegetarian-rennet", "en", "open", {},
      "Leah Whitcombe <leah.w@example.net>", "iphone", "Vegetarian cheeses?",
      "Fresh question on Friday morning, acknowledged by the helpdesk, still inside the response target.",
      cu("11-20 09:35", """Hi, my daughter is vegetarian and I'm thinking of a Discovery box for her for
Christmas. Are all the cheeses made with vegetarian rennet, or can you make it a
veggie-only box? Thanks

Sent from my iPhone"""),
      ack("11-20 09:36"),
      ),
    C("q11-pip-no-goat-reopened", "en", "pending", {"reopened": 1},
      "Pip Grange <pip.grange@example.org>", "thunderbird", "Goat's cheese again",
      "Goat's cheese despite the preference: refunded and 'I'll mark this ticket as resolved'; eleven days later a new problem in the same thread, answered.",
      cu("11-06 09:10", """Hi,

When I joined I ticked "no goat's milk" on the preferences page, but the November
box has a Wigston Goat Log in it again (it was in October's too). Can you refund
that one and make sure it doesn't keep happening?

Thanks,
Pip"""),
      ag("bea", "11-06 11:25", """Hi Pip,

You're right, and I'm sorry: the preference was saved, but our packing list wasn't
reading it for boxes made up before the 10th of the month. That's fixed now. I've
refunded £6.50 for the Goat Log to your card and checked that December's list shows
"no goat" against your name.

I'll mark this ticket as resolved, but just reply if anything else goes wrong.

Bea""", closes=True),
      cu("11-17 19:40", """Hi Bea,

Sorry to come back to this. The December preview in my account still lists
"Wigston Goat Log (goat, pasteurised)" as one of my five. Is that just the preview,
or will it actually be in the box? And while I'm here, can I exclude washed-rind
cheeses too? The Launde Abbey one made the whole fridge smell.

Pip"""),
      ag("bea", "11-18 09:15", """Hi Pip,

It's just the preview - it shows the standard line-up and doesn't apply
preferences, which I agree is confusing. Your packing list for December has the
Charnwood Smoked in place of the goat log; I checked it again this morning.

And yes, "no washed rind" is now on your preferences, so the Launde Abbey will be
swapped too.

Bea"""),
      ),
    C("q12-karen-staff-gifts-three-agents", "en", "closed", {"many-handoffs": 1, "unanswered-question": 1},
      "Karen Whitlock <karen.whitlock@harcourtgroup.example>", "outlook", "Staff Christmas gifts - 60 Discovery boxes",
      "60 staff gifts with accounts copied: Bea hands over, Priya sends the quote the same day, Tom splits the delivery; the printed card question falls between the three.",
      cu("11-10 09:00", """Hi,

Following our call last week, we'd like to go ahead with 60 one-off Discovery boxes
as staff Christmas gifts.

Could you send a quote on our PO number HG-4471 so Sunil (copied) can raise the
payment? And can the boxes be split across our three sites - 25 to Leicester, 20 to
Nottingham and 15 to Derby - for delivery in the week of 14 December?

We'd also love a small card in each box saying "Merry Christmas from everyone at Harcourt" - is that something you can do?

Many thanks,
Karen Whitlock
People Team, Harcourt Group""", cc="Sunil Mehta <sunil.mehta@harcourtgroup.example>", uq=1),
      ag("bea", "11-10 11:30", """Hi Karen,

Lovely to hear from you again, and thanks for going ahead. I've passed the quote to
Priya in our trade team, who'll send it against your PO today, and Tom in dispatch
will confirm the three-site split tomorrow.

Bea""", cc="Sunil Mehta <sunil.mehta@harcourtgroup.example>", promises=[("11-10", 3), ("11-11", 4)]),
      ag("priya", "11-10 15:10", """Dear Karen, dear Sunil,

Please find attached quotation Q-2611-017 for 60 Discovery boxes at the corporate
rate of £28.50 each (£1,710.00), plus chilled delivery to three sites at £45.00 per
site, £1,845.00 in total. The cheese is zero-rated; the delivery carries VAT, shown
separately. PO HG-4471 is on the quote.

Kind regards,""", cc="Sunil Mehta <sunil.mehta@harcourtgroup.example>",
         attach=[("application/pdf", "Q-2611-017 Harcourt Group.pdf", HARCOURT_QUOTE_PDF)]),
      ag("tom", "11-11 10:20", """Hi Karen,

The split is no problem. We'll deliver on Tuesday 15 December: Leicester in the
morning, Nottingham and Derby in the afternoon. The boxes are fine unopened for 48
hours, so they can sit in a cool room until you hand them out. I'll need a contact
name and phone number at each site for the courier.

Tom"""),
      cu("11-11 14:05", """Hi Tom,

Contacts below:
Leicester - me, 0116 496 0118
Nottingham - Grace Adeyemi, 0115 496 0233
Derby - Ian Shaw, 01332 496 077

Thanks,
Karen"""),
      ag("tom", "11-11 15:30", """Thanks Karen, all three are on the booking now.

Tom"""),
      ),
    C("q13-alistair-pause-friday", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
      "Alistair Finch <alistair.finch@example.com>", "gmail", "Pausing for January + delivery day",
      "Friday-afternoon mail answered on Monday: pause and delivery day done, the Quenby Blue wish ignored.",
      cu("11-06 15:40", """Hello,

A few things on my Blue Lover's subscription:

Can I pause January? We do dry January AND a sort of cheese January after
Christmas, don't ask.
From February, can my box come on a Friday instead of a Wednesday? I'm in the office
on Wednesdays now.
Last one: is there any chance of a Quenby Blue in every box? It's by far our
favourite.

Cheers,
Alistair""", uq=1),
      ag("bea", "11-09 10:50", """Hi Alistair,

Done and done. January is paused (no charge on 1 January), and from February your
box will arrive on Fridays. Friday deliveries are morning only, so it'll come before
1pm.

Bea"""),
      ),
    C("q14-jon-stilton-half-wheel", "en", "closed", {},
      "Jon Reeve <jon.reeve@example.org>", "apple", "Christmas Stilton - half wheel?",
      "Keeping answered at once; half wheels deferred with 'I'll come back to you tomorrow' and kept the next day.",
      cu("11-11 18:30", """Hi,

For the last few years we've bought a whole Stilton for the family at Christmas but
there are fewer of us this year. Do you sell half wheels, and would one keep until
New Year if we cut into it on the 24th?

Jon"""),
      ag("gwen", "11-12 09:10", """Hi Jon,

It'll keep beautifully until New Year if you wrap the cut face in waxed paper and
keep it in the coolest part of the house - a garage or a cold porch is better than
the fridge. As for half wheels: I need to check with the dairy how many they're
cutting this year before I promise you one, and I'll come back to you tomorrow.

Gwen""", promises=[("11-13", 3)]),
      ag("gwen", "11-13 11:40", """Hi Jon,

Good news - the dairy is cutting half wheels (about 4kg) for us this year, £68 each.
I've reserved one in your name; you pay for it when you order for delivery.

Gwen"""),
      ),
    C("q15-sanjay-vat-on-hampers", "en", "closed", {"missed-follow-up": 1},
      "Sanjay Patel <sanjay@patelandco.example>", "owa", "VAT on hamper invoice",
      "Accountant queries VAT on a hamper invoice; 'Let me look into it and I'll come back to you' (no deadline) is never kept.",
      cu("11-09 14:00", """Hi,

Our invoice INV-30577 for two Wreake Valley hampers shows VAT at 20% on the whole
amount. I thought cheese was zero-rated? Could you check it and send a corrected
invoice if it's wrong - we can't process it as it stands.

Sanjay Patel
Patel & Co Chartered Accountants"""),
      ag("priya", "11-09 16:30", """Dear Sanjay,

Thanks for flagging this. Hampers are a mixed supply: the cheese is zero-rated, but
the chutney, crackers and the wicker hamper itself are standard-rated, so some VAT
is correct - though 20% on the total doesn't look right to me either. Let me look
into how the invoice was built and I'll come back to you.

Kind regards,""", promises=[("window", None)]),
      ),
    C("q16-nell-december-schedule", "en", "pending", {},
      "Nell Hargreaves <nell@theoldforge-oakham.example>", "gmail", "December delivery schedule",
      "Restaurant asks for December delivery days; the promise 'by Tuesday 24 November' is still ahead at audit time.",
      cu("11-18 16:20", """Hi Tom,

Could you let me know the December delivery days for the restaurant? We're closed
25-27 December and I'd rather not have a delivery of Stilton arriving to an empty
kitchen on Boxing Day.

Nell Hargreaves
Head Chef, The Old Forge, Oakham"""),
      ag("tom", "11-19 09:30", """Hi Nell,

Frostline haven't finalised the Christmas rounds yet, so I don't want to give you
days that might move. I'll have the full December schedule to you by Tuesday
24 November. Nothing will be booked for 25-27 December either way - we don't
deliver on those days.

Tom""", promises=[("11-24", None)]),
      ),
    C("q17-ros-cool-box-return", "en", "closed", {},
      "Ros Appleby <ros.appleby@example.net>", "thunderbird", "Returning the cool boxes",
      "Returning cool boxes: answered, with logistics only (the courier collects on Wednesday, Frostline texts a window) - no promise.",
      cu("11-12 10:00", """Hello,

I've got four of your polystyrene cool boxes and a stack of ice packs in the garage
from the last few months. Do you take them back? And if so, do I need to post them
or can the courier collect?

Ros"""),
      ag("tom", "11-12 12:15", """Hi Ros,

We do, and thank you - we reuse every one that comes back in good condition. No need
to post them: the courier collects on your next delivery day, Wednesday 18th. Just
leave them by the door stacked inside each other with the ice packs in the top one,
and the driver will take them. Frostline will text you a one-hour window that
morning as usual.

Tom"""),
      ),
    C("q18-felix-short-delivery-invoice", "en", "pending", {},
      "Felix Armitage <felix@thecheesehutch.example>", "outlook", "Invoice query - 3 November delivery",
      "Short delivery on a deli invoice: Bea hands over ('she'll be in touch by tomorrow') and Priya sends the credit note next day.",
      cu("11-16 09:30", """Hello,

Our invoice for the 3 November delivery has 2 x Hungarton Red at 3kg each, but we
only received one - the second was marked short on the delivery note too, and the
driver signed it. Can the invoice be corrected, please?

Felix Armitage
The Cheese Hutch, Melton Mowbray"""),
      ag("bea", "11-16 11:00", """Hi Felix,

Thanks for letting us know. I've passed this to Priya, who looks after trade
invoices; she'll be in touch by tomorrow with a credit note.

Bea""", promises=[("11-17", 3)]),
      ag("priya", "11-17 10:05", """Dear Felix,

Apologies for the short delivery. Attached is credit note CN-1182 for one Hungarton
Red, 3kg at £19.80/kg, £59.40, set against invoice INV-30412.

Kind regards,""", attach=[("application/pdf", "CN-1182.pdf", CREDIT_NOTE_PDF)]),
      ),
    C("q19-megan-address-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Megan Holloway <megan.holloway@example.com>", "android", "Change of address for my subscription",
      "Address change acknowledged by the robot only; two days later the same text is sent again as a new mail without threading headers; answered then.",
      cu("11-10 07:45", """Hi, we're moving house on 28 November. Can you change the delivery address for my
Discovery box from 14 Elm Road, Syston LE7 2AB to 3 Mill Lane, Rearsby LE7 4YR
from the December box onwards? Also is Rearsby in your Friday delivery area or does
it change?

Megan Holloway"""),
      ack("11-10 07:46"),
      cu("11-12 08:10", """Hi, we're moving house on 28 November. Can you change the delivery address for my
Discovery box from 14 Elm Road, Syston LE7 2AB to 3 Mill Lane, Rearsby LE7 4YR
from the December box onwards? Also is Rearsby in your Friday delivery area or does
it change?

Megan Holloway""", parent=0, chase=True),
      ag("bea", "11-12 11:20", """Hi Megan,

Sorry for the wait - your first email got caught in our filter. I've changed your
address to 3 Mill Lane, Rearsby LE7 4YR from the December box onwards. Rearsby is
on the same Friday round, so nothing else changes.

Good luck with the move!

Bea"""),
      ),
    C("q20-hamish-mould-photo", "en", "pending", {},
      "Hamish Laird <hamish.laird@example.org>", "gmail", "Mould on the Quenby Blue?",
      "Odd mould on a blue: support asks for photos, the second customer mail sends them (not a chase); refund and advice.",
      cu("11-13 19:20", """Hi,

The Quenby Blue in this month's box has white fluffy mould on the cut face - not the
blue veins, something else. Is that normal, or has it gone off? It's well before the
best-before date.

Hamish"""),
      ag("gwen", "11-14 10:00", """Hi Hamish,

White fluffy growth on the cut face isn't the normal blue, and I'd rather not
guess. Could you send me a photo of it and of the label on the wrapper (the batch
number is the six digits after the "L")? Then I can check the batch.

Gwen"""),
      cu("11-14 11:35", """Photos attached - the label one is a bit blurry but the batch is L261029.

Hamish""", attach=[("image/png", "blue-cut-face.png", MOULD_PNG), ("image/png", "label.png", WARM_PNG)]),
      ag("gwen", "11-14 14:20", """Thanks Hamish. That's a surface mould from the cut face touching the wrapper, not a
problem with the batch - but I wouldn't ask you to eat round it on a blue. I've
refunded the piece (£9.50) and added a fresh one to your December box.
Scrape-and-eat is fine on hard cheeses, not on blues and softs.

Gwen"""),
      ),
    C("q21-ravi-cheese-trolley-ooo", "en", "closed", {},
      "Ravi Chandran <chef@thewreakinn.example>", "outlook", "Cheese trolley - Christmas quantities",
      "Pub chef's December standing order answered ('Yes to both'); his out-of-office answers the reply; thanks-only later.",
      cu("11-11 11:10", """Hi Priya,

We're running the cheese trolley every night from 1 December to New Year. Last year
we ordered 6kg of the Bottesford Stilton a week and ran out twice. Can we put in a
standing order for 9kg a week through December, and can it come in two drops
(Tuesday and Friday) so it's not sitting around?

Ravi"""),
      ag("priya", "11-11 14:45", """Hi Ravi,

Yes to both. I've set up a standing order for December: 4.5kg of Bottesford Stilton
on Tuesdays and 4.5kg on Fridays, starting Tuesday 1 December, last drop Tuesday
29 December. Tell me if you want to change the split once you see how it goes.

Kind regards,"""),
      auto("11-11 14:46", """Thank you for your email. I'm off until Monday 16 November. For orders and
deliveries please contact our sous chef, Ellen, on kitchen@thewreakinn.example or
01664 496 020.

Ravi Chandran
Head Chef, The Wreake Inn""", quote=False, to="Priya Raval <priya@quenbycheese.example>",
           subject="Automatic reply: RE: Cheese trolley - Christmas quantities"),
      cu("11-16 10:30", """Thanks Priya, perfect.

Ravi""", thanks=True),
      ),
    C("q22-olivia-gift-code", "en", "pending", {},
      "Olivia Brennan <olivia.brennan@example.com>", "gmail", "Gift card code not working",
      "Gift code not recognised: both questions answered in a reply that lost In-Reply-To/References.",
      cu("11-16 12:00", """Hello, my sister gave me a gift card for a 3-month subscription (code
QCC-GIFT-7H2K-91) and the website says "code not recognised". Is it case sensitive?
I've tried both. When does it expire?

Olivia"""),
      ag("bea", "11-16 13:40", """Hi Olivia,

It's not case sensitive - the problem was on our side: your sister's card was
activated with a typo in the code. I've redeemed it onto your account by hand, so
your first box goes out on 2 December. Gift codes are valid for 12 months from
purchase, so this one would have run to 3 October 2027 anyway.

Bea""", thread=False),
      ),
    C("q23-frances-blue-lovers-switch", "en", "closed", {"unanswered-question": 1},
      "Frances Tilley <frances.tilley@example.net>", "thunderbird", "Blue Lover's box - too strong?",
      "Switch to the Blue Lover's box: first questions answered; in the follow-up the switch is done but the free-chutney question is not answered (References skip a message).",
      cu("11-02 10:30", """Hello,

I'm thinking of switching from the Discovery box to the Blue Lover's box. Are the
blues in it very strong? My husband likes Stilton but finds Roquefort too much. And
is the box the same price?

Frances"""),
      ag("gwen", "11-02 14:00", """Hi Frances,

It's a range: each month there's one mild, creamy blue, one Stilton and one
stronger one. Nothing as salty as Roquefort, though the Quenby Blue can be punchy in
winter. It's £36 a month, £4 more than the Discovery.

Gwen"""),
      cu("11-03 09:15", """Thanks Gwen, that sounds like us - please switch me over from December.

Will the December box still include the free Christmas chutney that came with the Discovery offer? I signed up in September specifically for that.

Frances""", uq=1),
      ag("gwen", "11-03 11:30", """Hi Frances,

Done - you're on the Blue Lover's box from December, and the first charge at the new
price is on 1 December.

Gwen""", refs=[1, 3]),
      ),
    C("q24-caroline-new-york-gift", "en", "closed", {"unanswered-question": 1},
      "Caroline Webb <caroline.webb@example.com>", "gmail", "Gift hamper for my mum in Leicester",
      "Customer in New York (UTC-5): Saturday delivery and signature answered, the currency question skipped; thanks-only reply.",
      cu("11-12 21:30", """Hi there,

I live in New York and I'd like to send my mum in Leicester a Melton Feast hamper
for Christmas. Can you deliver on Saturday 19 December, as she works weekdays? Will
she need to sign for it? Also, will my card be charged in pounds or dollars? My bank
adds a fee for foreign currency.

Thanks so much,
Caroline""", uq=1),
      ag("tom", "11-13 09:15", """Hi Caroline,

Frostline don't offer Saturday deliveries for chilled parcels, I'm afraid, but
Friday 18 December works and the hamper is fine in its box until she's home in the
evening - it stays cold for 48 hours. No signature needed: if nobody answers, the
driver leaves it in a safe place and photographs it. Add the safe place in the
delivery notes at checkout.

Tom"""),
      cu("11-13 09:40", """Friday's perfect, thank you Tom! Ordering now.

Caroline""", thanks=True),
      tz=-5),
    C("q25-imogen-pta-allergens", "en", "pending", {},
      "Imogen Blake <imogen.blake@stmarys-pta.example>", "owa", "Allergens for raffle hampers",
      "School PTA: where is the allergen list (answered with only a link) and any nuts (answered).",
      cu("11-17 13:10", """Hello,

Our PTA is buying two Little Quenby hampers as raffle prizes for the Christmas
fair. Where can I find the full allergen list for everything in the hamper? We have
to display it next to the prizes. And is there anything with nuts in it? We're a
nut-free school.

Imogen Blake
PTA Secretary, St Mary's Primary"""),
      ag("gwen", "11-17 15:00", """Hi Imogen,

https://quenbycheese.example/allergens/little-quenby-2026

Nothing in the Little Quenby contains nuts, and it's packed on a line that doesn't
handle them - the walnut and fig crackers only go in the Melton Feast.

Gwen"""),
      ),
    C("q26-amelia-bistro-price-list", "en", "closed", {},
      "Amelia Novak <amelia@brookstreetkitchen.example>", "gmail", "Wholesale prices for a new restaurant",
      "New bistro asks for the trade price list (sent as a PDF) and a lower first-month minimum (answered).",
      cu("11-04 16:30", """Hi,

We're opening a small bistro in Leicester's Cultural Quarter in January and we'd
like a local cheeseboard. Could you send your current trade price list? And do you
do a smaller minimum for the first month while we find our feet?

Amelia Novak
Brook Street Kitchen"""),
      ag("priya", "11-05 09:20", """Dear Amelia,

Congratulations on the opening. Our trade price list is attached. For new accounts
we drop the minimum to £75 a delivery for the first two months, so that should see
you through January and February.

Kind regards,""", attach=[("application/pdf", "QCC-trade-prices-winter-2026.pdf", PRICE_LIST_PDF)]),
      ),
    C("q27-chris-last-order-date", "en", "pending", {},
      "Chris Doughty <chris.doughty@example.net>", "iphone", "Last order date?",
      "Two short questions answered with a bare date and a one-line yes.",
      cu("11-17 21:05", """What's the last day I can order a hamper for delivery before Christmas? And can I
choose the delivery day at checkout?

Sent from my iPhone"""),
      ag("bea", "11-18 08:40", """Hi Chris,

Friday 18 December, midday.

Yes, you pick the day on the second page of checkout.

Bea"""),
      ),
    C("q28-lucy-payment-date-chutney", "en", "closed", {"unanswered-question": 1},
      "Lucy Fairbairn <lucy.fairbairn@example.org>", "apple", "Change of payment date",
      "Payment date moved; the chutney request in the customer's second mail gets only a confirmation of the payment date.",
      cu("11-09 08:20", """Hi,

Could you move my monthly payment from the 1st to the 15th of the month? I get paid
on the 14th and the 1st is always tight.

Thanks,
Lucy"""),
      ag("bea", "11-09 10:15", """Hi Lucy,

Of course - your payments now come out on the 15th, the next one on 15 December. The
box itself still ships on the first Thursday, so nothing changes with deliveries.

Bea"""),
      cu("11-09 10:40", """Great, thank you! Oh, one more thing while I think of it - could you add a jar of the damson chutney to my December box? Happy to pay for it on the 15th with
everything else.

Lucy""", uq=1),
      ag("bea", "11-09 11:05", """Hi Lucy,

Just to confirm, the change is saved, and you'll see "next payment: 15 December" in
your account. Enjoy the box!

Bea"""),
      ),
    C("q29-ben-vegetarian-blue", "en", "closed", {"unanswered-question": 1},
      "Ben Ashworth <ben.ashworth@example.com>", "gmail", "Quenby Blue for a vegetarian?",
      "Asked whether the Blue is vegetarian, the reply says it is pasteurised (a neighbouring fact); the keeping question is answered.",
      cu("11-10 17:50", """Hi,

Is the Quenby Blue suitable for vegetarians? My partner doesn't eat animal rennet
and I'd like to put it on our Christmas board. Also how long does a 500g piece keep
once it's cut?

Ben""", uq=1),
      ag("gwen", "11-11 09:30", """Hi Ben,

The Quenby Blue is made with pasteurised cows' milk from the farm next door to us,
and it's a lovely choice for a Christmas board. Once cut, wrap it in foil rather
than cling film and it'll keep for two to three weeks in the fridge.

Gwen"""),
      ),
    C("q30-margaret-long-paragraph", "en", "closed", {"unanswered-question": 2},
      "Margaret Hoult <margaret.hoult@example.net>", "outlook", "Several things about my membership",
      "One long paragraph with five requests: box change, Stilton and early December box answered; invoices by post and the cheese evening date dropped.",
      cu("11-04 14:25", """Dear Sir or Madam,

I have been a member since the spring and have enjoyed the boxes very much, but there are a few things I should like to sort out before Christmas. My daughter tells me I can manage everything on the website but I would rather deal with a person, if that is all right. First, I should like to change my box from the Connoisseur to the Discovery from January, as five cheeses is rather a lot for one. Would the Discovery box still include a Stilton each month? I also wondered whether you could send the December box a week early, as I am going to my daughter's in Kent on the 2nd. Would it be possible to have my invoices sent by post rather than by email? I do not always see the emails. Lastly, the last two boxes have come with a leaflet about a cheese and wine evening at the farm - is there a date for the next one?

Yours faithfully,
Margaret Hoult""", uq=2),
      ag("bea", "11-05 10:30", """Dear Mrs Hoult,

Thank you for writing - we're always happy to deal with things by email. I've
changed your membership to the Discovery box from January. The Discovery has three
cheeses chosen to go together each month, and one of them is always a blue, which
is usually but not always a Stilton.

I've also moved your December box forward: it will now arrive on Thursday
26 November, before you go to Kent.

With best wishes,
Bea"""),
      ),
    C("q31-will-referral", "en", "pending", {},
      "Will Trenchard <will.trenchard@example.org>", "gmail", "Referral discount",
      "A weekend pleasantry, a question the customer answers himself, and the referral question, answered.",
      cu("11-16 09:05", """Hi Bea,

Hope you had a good weekend? Ours was mostly spent eating the Charnwood Smoked,
which went down very well.

My brother wants to join. Is there a referral code I can give him? I remember you
mentioned one at the market stall. Where do I find my membership number, by the
way? Ah, never mind - it's on the packing slip, QCM-20417.

Will"""),
      ag("bea", "11-16 10:20", """Hi Will,

Lovely to hear! Give your brother the code WILL-20417 and he gets £10 off his first
box; you get a free chutney with your next one when he joins.

Bea"""),
      ),
    C("q32-patrick-wedding-towers", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Patrick Doyle <patrick.doyle@granaryhotel.example>", "owa", "Revised quote - cheese for weddings 2027",
      "Hotel wants a revised quote: 'I'll send it by end of day' is not kept; the customer chases and a colleague sends it two days later.",
      cu("11-10 10:15", """Hi Priya,

Thanks for the quote for the 2027 wedding season. The couples mostly want the cheese
"wedding cake" towers rather than boards now. Could you revise it for 18 towers of
three tiers (Quenby Blue, Hungarton Red, Soar Valley Brie) instead of the 30
boards? Same dates as the list I sent.

Patrick Doyle
Food & Beverage Manager, The Granary Hotel"""),
      ag("priya", "11-10 12:00", """Dear Patrick,

Of course - towers are getting very popular. I'll send the revised quote by end of
day.

Kind regards,""", promises=[("11-10", 4)]),
      cu("11-11 15:30", """Hi Priya,

I don't think the revised quote came through yesterday - nothing in my inbox or
junk. Our wedding coordinator is seeing two couples on Friday and would love to
have the prices by then.

Patrick""", chase=True),
      ag("bea", "11-12 09:30", """Dear Patrick,

Priya is away for a couple of days, so I've picked this up. The revised quote for
18 three-tier towers is attached: £165 per tower, including the wooden stand hire
and delivery on the morning.

Bea""", attach=[("application/pdf", "Q-2611-031-revB Granary.pdf", TOWERS_PDF)]),
      ),
    C("q33-joanna-book-club", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Joanna Pierce <joanna.pierce@example.com>", "gmail", "Subscription for my book club?",
      "Book club wants a party-size box: 'early next week' (said on Thursday) is kept on Wednesday; the printed tasting notes are never addressed.",
      cu("11-05 11:00", """Hello!

Our book club (eight of us) has decided to do a cheese night instead of wine once a
month. Could we share one Connoisseur box between us - is there a way to get bigger
portions of the same five cheeses, like a 'party size'? And could you include tasting notes we can print, eight copies? We meet on the second Tuesday of the
month.

Joanna""", uq=1),
      ag("gwen", "11-05 15:30", """Hi Joanna,

What a brilliant idea. We don't have a party size on the website yet, but we've been
asked before and I'm talking to the team about doing one from January. Let me find
out what the portions and price would be, and I'll get back to you early next week.

Gwen""", promises=[("11-10", 3)]),
      ag("gwen", "11-11 10:20", """Hi Joanna,

Sorry this took longer than I said. We can do a party-size Connoisseur: the same
five cheeses at about 250g each instead of 150g, for £79 a month. If you'd like it
from December, I can set it up for delivery on the Monday before your meeting, so
Monday 7 December for the 8th.

Gwen"""),
      ),
    C("q34-diane-refund-waiting", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Diane Kettle <diane.kettle@example.net>", "gmail", "Refund for warm box",
      "Refund granted ('refunds take 5 working days' is process, not a promise); twelve days later the customer is still waiting and nobody has replied.",
      cu("11-06 12:30", """Hi,

My November box arrived warm on Wednesday (ice packs melted, Brie runny) and I threw
it away as I didn't want to risk it. Can I have a refund please? Order QC-87740.

Diane"""),
      ag("tom", "11-06 14:50", """Hi Diane,

Sorry about that, and you did the right thing. I've put the refund through for the
full £32. Refunds take 5 working days to reach your card.

Tom"""),
      cu("11-18 09:10", """Hello again,

It's been well over five working days and there's still nothing on my card. I'm
still waiting - please could someone look into where the refund has got to?

Diane""", chase=True),
      ),
    C("q35-gary-second-address", "en", "pending", {},
      "Gary Simms <gary.simms@example.org>", "android", "Can I add a second address?",
      "Two questions answered inline: a bare 'Of course.' and 'Yes, Wednesdays.'",
      cu("11-17 18:45", """Hi, can I send one box to my flat in Leicester and one to my mum's in Hinckley on
the same subscription? And do you deliver to Hinckley (LE10)?

Gary"""),
      ag("bea", "11-18 09:20", """On 11/17/26 6:45 PM, Gary Simms wrote:
> Hi, can I send one box to my flat in Leicester and one to my mum's in Hinckley on
> the same subscription?

Of course.

> And do you deliver to Hinckley (LE10)?

Yes, Wednesdays.

Bea""", quote=False),
      ),
    C("q36-sophie-two-sites-standing-order", "en", "closed", {"unanswered-question": 1},
      "Sophie Lindqvist <sophie@hollowayandrye.example>", "outlook", "Standing order for both sites from January",
      "Restaurant group (exec chef copied): standing orders, price hold and portioning answered; the request to send each site's invoices to the site is not.",
      cu("11-12 09:40", """Hi Priya,

Marco (our exec chef, copied) and I have been through the menus for January. We'd
like to move both sites to a standing order:

- Nottingham: 3kg Quenby Blue, 2kg Hungarton Red weekly, Tuesday
- Derby: 2kg Quenby Blue, 2kg Charnwood Smoked weekly, Thursday

Can you confirm the prices are held at the current list until March? Marco also
asked if you can cut the Blue into 500g portions before delivery rather than sending
a whole piece - is there a charge for that? And please could the invoices for each site go to that site's own email address rather than to me.

Thanks,
Sophie Lindqvist
Operations, Holloway & Rye""", cc="Marco Bellini <marco@hollowayandrye.example>", uq=1),
      ag("priya", "11-12 14:20", """Dear Sophie, dear Marco,

Both standing orders are set up from the first week of January, Nottingham on
Tuesdays and Derby on Thursdays, and current list prices are held until 31 March
2027.

Portioning the Blue into 500g pieces is no problem; we charge 40p per kilo for
cutting and vacuum packing, so £1.20 a week for Nottingham and 80p for Derby.

Kind regards,""", cc="Marco Bellini <marco@hollowayandrye.example>"),
      ),
    C("q37-hugo-cancel-after-december", "en", "closed", {},
      "Hugo Farrant <hugo.farrant@example.com>", "gmail", "Cancel after the December box",
      "Cancellation (multipart/alternative mail, base64 reply): notice and member's discount both answered.",
      cu("11-13 13:00", """Hi there,

Sadly we need to tighten our belts after Christmas, so I'd like to cancel the
subscription after the December box. Do I need to give notice, and will I still
get the member's discount on the Christmas hamper I've already ordered?

Thanks for a lovely year of cheese,
Hugo""", kind="alt"),
      ag("bea", "11-13 15:10", """Hi Hugo,

Sorry to see you go, but I understand. No notice needed - I've set your
subscription to end after the December box, so the last charge is on 1 December.
The hamper you've already ordered keeps the 10% member's price; it was applied when
you ordered.

You're welcome back any time.

Bea""", cte="base64"),
      ),
    C("q38-becca-lost-box", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Rebecca Hall <becca.hall@example.net>", "iphone", "Where is my box??",
      "Box stuck 'out for delivery': 'I'll email you back this afternoon' is not kept; the customer chases next morning and a colleague answers.",
      cu("11-18 12:05", """Hi, the tracking for my box has said "out for delivery" since 7am yesterday and
nothing has turned up. Frostline's phone line just rings out. Is it lost? It's got
the Christmas Stilton I ordered in it.

Sent from my iPhone"""),
      ag("tom", "11-18 13:30", """Hi Rebecca,

I'm sorry - that's not right. I'm ringing Frostline's depot now and I'll email you
back this afternoon with where it is.

Tom""", promises=[("11-18", 4)]),
      cu("11-19 08:15", """Morning Tom, I didn't hear back yesterday. Any news on the box? Starting to worry
the cheese is sitting in a warm van somewhere.

Sent from my iPhone""", chase=True),
      ag("bea", "11-19 10:00", """Hi Rebecca,

Tom's out at the depot this morning, so I've picked this up. Frostline found the
box: it was mis-sorted to their Northampton depot on Tuesday and has been in their
cold store since, so the cheese is fine. It's on this morning's van and should be
with you by 1pm today. If anything looks wrong when you open it, send me a photo and
we'll replace it.

Bea"""),
      ),
    C("q39-fiona-alcohol-free-hamper", "en", "pending", {"unanswered-question": 1},
      "Fiona McAllister <fiona.mcallister@example.com>", "gmail", "Melton Feast - any alcohol in it?",
      "Alcohol in the hamper answered, thanks-only; two weeks later a new mail in the thread: storage answered, the gift receipt without prices ignored.",
      cu("11-02 18:00", """Hi,

I'm looking at the Melton Feast hamper for my in-laws, who don't drink at all
(religious reasons, not just preference). Is there any alcohol in anything - the
fruit cake, the chutneys, a cheese washed in something?

Fiona"""),
      ag("gwen", "11-03 09:40", """Hi Fiona,

Good question, and yes, two things: the Christmas cake is fed with brandy, and the
Launde Abbey is washed in a local ale. If you order the Melton Feast and write
"alcohol-free" in the notes, we'll swap the cake for a stem-ginger loaf and the
Launde Abbey for a Soar Valley Brie. Nothing else has any alcohol in it.

Gwen"""),
      cu("11-03 10:15", """Perfect - ordered with the note. Thank you!

Fiona""", thanks=True),
      cu("11-16 13:20", """Hi Gwen,

The hamper arrived this morning and it looks beautiful - I've hidden it in the
garage until we see them on the 20th. Does the cheese need to go in the fridge in
the meantime, or is the garage cold enough? And could you email me a gift receipt without the prices, so I can tuck it inside the hamper?

Fiona""", uq=1),
      ag("gwen", "11-16 15:05", """Hi Fiona,

So glad it arrived safely. Your garage is ideal at this time of year - better than
the fridge, honestly. Keep it off the floor and away from anything that smells
strongly (paint, petrol), and take the cheese out of the box an hour before you
serve it.

Gwen"""),
      ),
    C("q40-edward-credit-limit", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Edward Pole <edward@cheesecellar-uppingham.example>", "owa", "Credit limit before Christmas",
      "Deli asks for a higher December credit limit (deferred with 'I'll check ... and get back to you', never kept) and monthly statements (not answered).",
      cu("11-05 09:30", """Hi Priya,

Our orders go up a lot in December and the current £1,500 credit limit won't cover
three weeks of deliveries. Could we raise it to £3,000 for December and January?
Could you also send statements monthly instead of with every invoice? Our bookkeeper
would find that much easier.

Thanks,
Edward Pole
The Cheese Cellar, Uppingham""", uq=1),
      ag("priya", "11-05 11:45", """Dear Edward,

Thanks for the early warning - that's exactly when we'd want to hear about it.
Raising the limit needs sign-off from our finance director, so I'll check with her
about the £3,000 and get back to you.

Kind regards,""", promises=[("window", None)]),
      ),
    C("q41-laura-client-boxes-bullets", "en", "closed", {"unanswered-question": 2},
      "Laura Kemp <laura.kemp@beaumanorestates.example>", "outlook", "Christmas boxes for 25 clients",
      "Estate agents' bulleted list of four: fixed selection and lead time answered, the vegan option and where the paperwork goes skipped.",
      cu("11-12 14:30", """Hello,

We'd like to send 25 clients a cheese box this Christmas instead of the usual
bottle. Before I put a budget to the partners:

- Can we pick the cheeses, or is it a fixed selection?
- Do you do a vegan option? Two of our clients are vegan.
- Could the invoice and the delivery confirmations come to me, with nothing going to the clients except the box itself?
- What's your lead time for 25?

Thank you,
Laura Kemp
Marketing Manager, Beaumanor Estates""", uq=2),
      ack("11-12 14:31"),
      ag("bea", "11-13 09:20", """Hi Laura,

Thanks for thinking of us. For corporate orders it's a fixed selection - December's
three Discovery cheeses with a chutney and crackers - which keeps the price at £34 a
box. We'd need the order and the list of addresses by 4 December for delivery in the
week of 14 December; 25 is a comfortable number for us.

Bea"""),
      ),
    C("q42-dom-cracked-stilton", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Dominic Hale <dom@foxandhounds-knossington.example>", "gmail", "Stilton cracked on delivery",
      "Pub's cracked half Stilton: 'a credit note to you by Monday' never comes; the extra 2kg for Friday's drop is ignored.",
      cu("11-12 15:10", """Hi Tom,

This morning's half Stilton had a big crack right through the middle and the rind
had come away on one side - looks like it was dropped. It's usable for the kitchen
but I can't put it on the board. Can we get a credit for it? And while I've got you, can you add 2kg of Hungarton Red to Friday's drop?

Dom
The Fox & Hounds, Knossington""", uq=1),
      ag("tom", "11-12 16:40", """Hi Dom,

Sorry about that - it'll have been dropped at our end; the vans have been running
very full. I've reported it and I'll get a credit note to you by Monday.

Tom""", promises=[("11-16", None)]),
      ),
    # ---------------------------------------------------------------- German
    C("d01-katrin-geschenkabo-schwester", "de", "closed", {"unanswered-question": 1},
      "Katrin Vogel <katrin.vogel@vogelpost.example>", "gmail_de", "Geschenkabo für meine Schwester in Leicester",
      "Customer in Germany (UTC+1) gifts a subscription: PayPal and delivery date answered, the German card with umlauts not.",
      cu("11-09 19:30", """Hallo,

meine Schwester wohnt seit zwei Jahren in Leicester und liebt englischen Käse. Ich
möchte ihr zu Weihnachten ein 3-Monats-Abo (Discovery) schenken. Kann ich von
Deutschland aus mit PayPal bezahlen? Kommt die erste Box noch vor dem 24. Dezember
an, wenn ich diese Woche bestelle? Und wäre es möglich, die Grußkarte auf Deutsch zu schreiben, mit Umlauten?

Viele Grüße
Katrin Vogel""", uq=1),
      ag("lukas", "11-10 09:15", """Hallo Frau Vogel,

vielen Dank für Ihre Nachricht - was für ein schönes Geschenk!

PayPal funktioniert auch aus Deutschland, Sie wählen es einfach auf der letzten
Seite der Kasse aus. Wenn Sie diese Woche bestellen und als Startdatum den
14. Dezember angeben, kommt die erste Box am Dienstag, 15. Dezember, bei Ihrer
Schwester an.

Viele Grüße"""),
      tz=1),
    C("d02-jens-warme-box", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jens Hoffmann <jens.hoffmann@hoffmann-it.example>", "outlook_de", "Box warm angekommen - Käse nicht mehr genießbar",
      "Warm box delivered at 6pm: the late delivery is explained, 'ich melde mich morgen' about refund or replacement is kept only after 'ich warte immer noch'.",
      cu("11-11 17:50", """Guten Tag,

meine Connoisseur-Box kam heute erst um 18 Uhr an und war lauwarm, die Kühlakkus
komplett aufgetaut. Der Brie ist zerlaufen, der Stilton riecht säuerlich. Ich möchte
den Käse ungern essen.

Können Sie mir eine neue Box schicken oder den Betrag erstatten? Und warum wird die
Box überhaupt so spät am Abend zugestellt, wenn sie gekühlt sein soll?

Mit freundlichen Grüßen
Jens Hoffmann"""),
      ag("lukas", "11-12 09:40", """Guten Tag Herr Hoffmann,

das tut mir sehr leid - bitte essen Sie den Käse nicht. Eine Zustellung um 18 Uhr
darf bei unseren Kühlboxen nicht passieren: Die Fahrer von Frostline sollen gekühlte
Pakete bis 13 Uhr zustellen, danach reicht die Kühlung nur noch knapp. Ich habe den
Fall heute früh an Frostline gemeldet.

Ob wir eine Ersatzbox schicken oder erstatten, muss ich kurz mit meiner Kollegin
abstimmen - ich melde mich morgen bei Ihnen.

Viele Grüße""", promises=[("11-13", 4)]),
      cu("11-16 08:30", """Guten Morgen Herr Brenner,

ich warte immer noch auf Ihre Rückmeldung wegen Ersatz oder Erstattung. Sie wollten
sich am Freitag melden. Wie ist der Stand?

Jens Hoffmann""", chase=True),
      ag("lukas", "11-16 14:00", """Guten Tag Herr Hoffmann,

entschuldigen Sie bitte, das ist bei mir liegen geblieben. Wir erstatten Ihnen die
vollen 49 £, die Gutschrift ist heute rausgegangen. Zusätzlich legen wir Ihrer
Dezember-Box ein Stück Quenby Blue als kleine Entschuldigung bei.

Viele Grüße"""),
      ),
    C("d03-matthias-gasthaus-inline", "de", "pending", {},
      "Matthias Kern <m.kern@gasthauskern.example>", "thunderbird_de", "Großhandel - Käse für unser Gasthaus",
      "German inn in Nottingham: three trade questions answered inline; thanks-only reply.",
      cu("11-16 10:00", """Hallo Herr Brenner,

Ihr Kollege hat mir auf dem Markt in Melton Ihre Adresse gegeben. Wir sind ein
kleines deutsches Gasthaus in Nottingham und möchten englischen Käse auf die Karte
nehmen, vor allem für unser Käsespätzle im Winter.

Liefern Sie auch nach Nottingham (NG1)?
Gibt es den Hungarton Red auch gerieben oder nur am Stück?
Welche Mindestbestellmenge hätten wir?

Beste Grüße
Matthias Kern
Gasthaus Kern, Nottingham"""),
      ag("lukas", "11-16 15:30", """Hallo Herr Kern,

gerne - die Antworten stehen direkt unter Ihren Fragen.

Am 16.11.26 um 10:00 schrieb Matthias Kern:
> Liefern Sie auch nach Nottingham (NG1)?

Ja, dienstags und freitags mit unserem eigenen Kühlwagen.

> Gibt es den Hungarton Red auch gerieben oder nur am Stück?

Nur am Stück. Für Spätzle würde ich ohnehin den Charnwood Smoked empfehlen, der
schmilzt schöner.

> Welche Mindestbestellmenge hätten wir?

150 £ pro Lieferung, für neue Kunden in den ersten zwei Monaten 75 £.

Viele Grüße""", quote=False),
      cu("11-16 16:10", """Vielen Dank, das klingt gut! Dann melde ich mich nächste Woche mit einer ersten
Bestellung.

Matthias Kern""", thanks=True),
      ),
    C("d04-sabine-laktose", "de", "closed", {"unanswered-question": 1},
      "Sabine Wolff <sabine.wolff@example.com>", "gmail_de", "Laktoseintoleranz - welche Käse?",
      "Lactose question answered in detail; the request in passing for the nutrition table as a PDF is not.",
      cu("11-05 20:10", """Hallo,

ich habe eine Laktoseintoleranz und überlege, das Discovery-Abo abzuschließen.
Welche Ihrer Käse sind von Natur aus laktosefrei? Ich habe gelesen, dass lange
gereifter Hartkäse fast keine Laktose mehr enthält. Nebenbei: Könnten Sie mir die Nährwerttabelle für den Quenby Blue als PDF schicken? Meine Ernährungsberaterin
möchte sie sehen.

Danke und viele Grüße
Sabine Wolff""", uq=1),
      ag("lukas", "11-06 10:30", """Hallo Frau Wolff,

das stimmt: Hartkäse, die länger als sechs Monate gereift sind, enthalten praktisch
keine Laktose mehr (unter 0,1 g pro 100 g). Bei uns sind das der Hungarton Red, der
Charnwood Smoked und der Bottesford Stilton. Weichkäse wie der Soar Valley Brie
enthalten noch etwas mehr. Im Kundenkonto können Sie "nur laktosearme Käse" als
Vorliebe einstellen, dann stellen wir Ihre Box entsprechend zusammen.

Viele Grüße"""),
      ),
    C("d05-frank-rechnung-kilopreis", "de", "closed", {"slow-first-response": 1, "customer-chased": 1},
      "Frank Bauer <frank.bauer@feinkost-bauer.example>", "outlook_de", "Rechnung INV-30233 - falscher Kilopreis",
      "Deli's wrong price per kilo: no reply for two days, 'gibt es schon etwas Neues?', then a corrected invoice as a PDF.",
      cu("11-02 09:00", """Guten Tag,

auf der Rechnung INV-30233 ist der Bottesford Stilton mit 24,50 £/kg berechnet, laut
Preisliste vom September kostet er 21,80 £/kg. Können Sie das bitte prüfen und mir
eine korrigierte Rechnung schicken?

Mit freundlichen Grüßen
Frank Bauer
Feinkost Bauer, Loughborough"""),
      cu("11-04 08:45", """Guten Tag,

gibt es schon etwas Neues zu meiner Rechnung? Ich würde sie gerne vor Monatsende
bezahlen.

Frank Bauer""", parent=1, chase=True),
      ag("lukas", "11-04 11:20", """Guten Tag Herr Bauer,

entschuldigen Sie die späte Antwort. Sie haben recht: Die Rechnung wurde schon mit
dem Preis ab Dezember erstellt. Anbei die korrigierte Rechnung INV-30233-K mit
21,80 £/kg; die Differenz von 32,40 £ ist damit abgezogen.

Viele Grüße""", attach=[("application/pdf", "INV-30233-K.pdf", RECHNUNG_PDF)]),
      ),
    # ---------------------------------------------------------------- French
    C("f01-claire-coffret-londres", "fr", "closed", {},
      "Claire Moreau <claire.moreau@courrier.example>", "apple_fr", "Coffret cadeau pour une amie à Londres",
      "Customer in Lyon (UTC+1) sends a hamper to London: delivery area, French card and a message in French, all answered.",
      cu("11-10 14:20", """Bonjour,

Je souhaiterais offrir un coffret Wreake Valley à une amie qui habite à Londres
(SW11). Livrez-vous à Londres ? Puis-je payer avec une carte bancaire française ? Et
est-il possible d'ajouter un petit mot en français dans le coffret ?

Merci d'avance,
Claire Moreau"""),
      ag("aurelie", "11-10 15:45", """Bonjour Madame Moreau,

Merci pour votre message. Nous livrons partout à Londres en livraison réfrigérée, du
mardi au vendredi. Les cartes françaises sont acceptées sans problème (Visa,
Mastercard, CB co-badgée). Et bien sûr, vous pouvez écrire votre message en
français : il sera imprimé tel quel, accents compris.

Bien cordialement,"""),
      tz=1),
    C("f02-julien-resiliation", "fr", "closed", {"unanswered-question": 1},
      "Julien Masson <julien.masson@example.net>", "thunderbird", "Résiliation de mon abonnement",
      "Cancellation before moving back to France: the end date and loyalty points answered, the 2026 summary invoice request skipped.",
      cu("11-03 21:15", """Bonjour,

Je rentre en France en février et je voudrais donc résilier mon abonnement Blue
Lover's après la box de janvier. Est-ce que je perds les points fidélité accumulés
(il me semble que j'en ai 340) ou est-ce que je peux les utiliser sur la dernière
box ? Et pourriez-vous m'envoyer une facture récapitulative de tous mes paiements de 2026 ? J'en ai besoin pour ma déclaration d'impôts.

Merci et bonne soirée,
Julien Masson""", uq=1),
      ag("aurelie", "11-04 09:50", """Bonjour Monsieur Masson,

C'est noté : votre abonnement s'arrêtera après la box de janvier, et le dernier
prélèvement aura lieu le 1er janvier. Vos 340 points valent 17 £ et je les ai déjà
appliqués à cette dernière box, vous ne les perdrez donc pas.

Nous regretterons un abonné fidèle - bon retour en France !

Bien cordialement,"""),
      ),
    C("f03-thierry-stilton-entier", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Thierry Lambert <thierry@lepetitmarche-leicester.example>", "gmail", "Commande de Stilton entier pour Noël",
      "French restaurant wants two whole Stiltons: the spoon is answered, 'je reviens vers vous d'ici vendredi' is kept the next Tuesday after a chase.",
      cu("11-04 10:30", """Bonjour Aurélie,

Pour les fêtes, nous aimerions proposer un plateau de fromages anglais. Pourriez-vous
nous fournir deux Stilton entiers de 8 kg pour le 15 décembre ? Quel serait le prix
au kilo pour une meule entière ? Et est-ce que vous pourriez nous prêter une
cuillère à Stilton pour le service ?

Cordialement,
Thierry Lambert
Le Petit Marché, Leicester"""),
      ag("aurelie", "11-04 14:00", """Bonjour Thierry,

Avec plaisir ! Pour les meules entières, je dois vérifier avec la laiterie combien
elles en ont encore pour mi-décembre - la demande est forte cette année. Je reviens
vers vous d'ici vendredi avec la disponibilité et le prix au kilo. Pour la cuillère
à Stilton, pas de souci : nous vous en prêterons une avec la livraison.

Bien cordialement,""", promises=[("11-06", 4)]),
      cu("11-10 09:15", """Bonjour Aurélie,

Je n'ai pas eu de nouvelles depuis mercredi dernier au sujet des deux Stilton
entiers. Avez-vous pu avoir une réponse de la laiterie ? Nous devons imprimer la
carte de Noël cette semaine.

Cordialement,
Thierry""", chase=True),
      ag("aurelie", "11-10 11:40", """Bonjour Thierry,

Toutes mes excuses pour ce retard. La laiterie vous réserve deux meules de 8 kg,
livrées le mardi 15 décembre. Le prix est de 17,90 £ le kilo pour une meule entière,
soit environ 286 £ la meule.

Bien cordialement,"""),
      ),
    C("f04-nathalie-colis-ecrase", "fr", "pending", {},
      "Nathalie Girard <nathalie.girard@example.com>", "apple_fr", "Colis écrasé",
      "Crushed hamper: support asks for photos, the second customer mail sends them (not a chase); replacement crackers and a partial refund.",
      cu("11-17 18:30", """Bonjour,

Mon coffret Little Quenby est arrivé aujourd'hui complètement écrasé, le couvercle
est fendu. Les fromages semblent intacts mais les crackers sont en miettes. Que
dois-je faire ?

Nathalie Girard"""),
      ag("aurelie", "11-18 09:30", """Bonjour Madame Girard,

Je suis désolée. Pourriez-vous m'envoyer une photo du coffret et de l'étiquette du
transporteur ? Cela nous permet de faire la réclamation auprès de Frostline.

Bien cordialement,"""),
      cu("11-18 12:10", """Voici les photos du coffret et de l'étiquette.

Nathalie""", attach=[("image/png", "coffret.png", COLIS_PNG), ("image/png", "etiquette.png", MOULD_PNG)]),
      ag("aurelie", "11-18 14:45", """Merci Madame Girard. Un paquet de crackers et un nouveau pot de chutney partent par
la poste demain matin, et je vous ai remboursé 10 £ sur le coffret. Les
fromages, s'ils sont intacts et encore frais au toucher, peuvent être consommés sans
problème.

Bien cordialement,"""),
      ),
    C("f05-helene-cadeaux-clients", "fr", "pending", {},
      "Hélène Rousseau <helene.rousseau@atelier-rousseau.example>", "outlook", "Cadeaux clients - 12 coffrets",
      "Twelve client hampers: delivery answered at once, the discount deferred with 'je vous écris demain avec un devis' and kept the next day.",
      cu("11-16 11:00", """Bonjour,

Notre cabinet souhaite offrir douze coffrets Melton Feast à nos clients
britanniques. Proposez-vous une remise à partir de dix coffrets ? Et pouvez-vous les
livrer à douze adresses différentes le même jour ?

Cordialement,
Hélène Rousseau
Atelier Rousseau Architectes"""),
      ag("aurelie", "11-16 14:20", """Bonjour Madame Rousseau,

Oui, nous livrons sans problème à douze adresses différentes, le même jour si vous
le souhaitez, entre le 1er et le 23 décembre. Pour la remise, je dois confirmer le
taux avec ma collègue du service entreprises ; je vous écris demain avec un devis.

Bien cordialement,""", promises=[("11-17", 3)]),
      ag("aurelie", "11-17 11:30", """Bonjour Madame Rousseau,

Comme promis, voici le devis : 10 % de remise à partir de dix coffrets, soit 85,50 £
au lieu de 95 £ par coffret, livraison comprise. Il suffit de nous renvoyer le
fichier d'adresses.

Bien cordialement,""", attach=[("application/pdf", "Devis-Q-2611-042.pdf", DEVIS_PDF)]),
      ),
    # ---------------------------------------------------------------- Spanish
    C("s01-lucia-pausa-diciembre", "es", "closed", {},
      "Lucía Navarro <lucia.navarro@example.com>", "gmail_es", "Pausar la suscripción en diciembre",
      "Pause December: both questions answered in two sentences.",
      cu("11-02 13:20", """Hola,

Pasamos la Navidad en Valencia con mi familia. ¿Puedo pausar la caja de diciembre
sin cancelar la suscripción? ¿Y me cobraréis algo ese mes?

Gracias,
Lucía"""),
      ag("marisol", "11-02 16:05", """Hola Lucía,

Sí, ya está pausada: la caja de diciembre no se enviará y no se te cobrará nada ese
mes. En enero todo vuelve a la normalidad.

¡Feliz Navidad en Valencia!"""),
      ),
    C("s02-javier-cesta-danada", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Ortega <javier.ortega@ortegafamily.example>", "android", "Cesta navideña dañada",
      "Damaged hamper: 'le escribo el lunes' is kept on Thursday after '¿Hay alguna novedad?'; full refund.",
      cu("11-05 19:40", """Hola,

Ha llegado la cesta Melton Feast que encargué para mis suegros con dos botes de
chutney rotos y todo pegajoso. ¿Me podéis enviar otra cesta antes del domingo 15?
¿O es mejor que pida el reembolso?

Saludos,
Javier Ortega"""),
      ag("marisol", "11-06 10:15", """Hola Javier,

Lo siento muchísimo. Tengo que comprobar con el almacén si nos quedan cestas Melton
Feast montadas para enviar la semana que viene; le escribo el lunes para confirmarle
si llega antes del domingo 15 o si es mejor el reembolso.

Un saludo,""", promises=[("11-09", 4)]),
      cu("11-11 20:30", """Hola Marisol,

¿Hay alguna novedad sobre la cesta? Me dijiste que me escribirías el lunes y ya es
miércoles. Necesito saber algo ya.

Javier""", chase=True),
      ag("marisol", "11-12 09:45", """Hola Javier,

Tiene toda la razón, disculpe. No nos quedan cestas montadas hasta el 16, así que no
llegaría a tiempo. Le he hecho hoy el reembolso completo de 95 £; lo verá en su
tarjeta en unos días.

Un saludo,"""),
      ),
    C("s03-pablo-bar-de-tapas", "es", "closed", {"unanswered-question": 2},
      "Pablo Serrano <pablo@lataberna-leicester.example>", "gmail_es", "Quesos para nuestro bar de tapas",
      "Tapas bar's numbered list of four: minimum and Tuesday delivery answered, the sheep's cheese and the samples not.",
      cu("11-09 12:30", """Buenas,

Tenemos un bar de tapas en Leicester y queremos añadir una tabla de quesos ingleses
a la carta. Algunas preguntas:

1. ¿Cuál es el pedido mínimo para hosteleros?
2. ¿Servís los martes? Es el día que recibimos todo lo demás.
3. ¿Tenéis algún queso de oveja? Nos gustaría algo parecido al manchego.
4. ¿Podríais mandarnos muestras antes del primer pedido?

Un saludo,
Pablo Serrano
La Taberna""", uq=2),
      ag("marisol", "11-09 15:50", """Hola Pablo,

¡Qué buena idea! El pedido mínimo para hostelería es de 150 £ por entrega (75 £ los
dos primeros meses), y sí, repartimos en Leicester los martes y los viernes.

Un saludo,"""),
      ),
    C("s04-elena-cambio-direccion", "es", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Elena Castillo <elena.castillo@example.net>", "iphone", "Cambio de dirección de entrega",
      "Address change acknowledged by the robot only; the customer writes again two days later; no human reply yet.",
      cu("11-17 10:20", """Hola, me mudo el 1 de diciembre. ¿Podéis cambiar la dirección de mi caja Discovery
a 8 Gladstone Street, Loughborough LE11 1NP a partir de diciembre? ¿Cambia el día de
reparto?

Enviado desde mi iPhone"""),
      ack("11-17 10:21"),
      cu("11-19 09:00", """Os escribo otra vez porque no he recibido respuesta a mi correo del martes. ¿Me
confirmáis el cambio de dirección antes de que salga la caja de diciembre?

Enviado desde mi iPhone""", parent=1, chase=True),
      ),
    C("s05-andres-regalo-jefe", "es", "closed", {},
      "Andrés Molina <andres.molina@example.org>", "gmail_es", "Suscripción de regalo para mi jefe",
      "Gift subscription for a boss: Bizum and the start date answered out of order.",
      cu("11-13 11:30", """Hola,

Quiero regalar a mi jefe una suscripción de 3 meses a la caja Blue Lover's. ¿Puedo
elegir que la primera caja llegue justo el 22 de diciembre? ¿Y se puede pagar con
Bizum? No sé si funciona en el Reino Unido.

Gracias,
Andrés"""),
      ag("marisol", "11-13 14:10", """Hola Andrés,

Bizum no funciona con nosotros, lo siento: solo tarjeta, PayPal o Apple Pay. En
cuanto a la fecha, el 22 de diciembre es martes y sí repartimos ese día; elige
«fecha de inicio: 22/12» al pagar.

Un saludo,"""),
      ),
]

UNANSWERED: dict[str, list[str]] = {
    "q02-martin-warm-box-oadby": ["Is there any way you could use a different courier for LE2?"],
    "q05-owen-harborough-deli": [
        "Can we order whole truckles of the Quenby Blue, or only halves?",
        "Do you supply shelf-talkers or some kind of point-of-sale card for each cheese?",
    ],
    "q12-karen-staff-gifts-three-agents": [
        "We'd also love a small card in each box saying \"Merry Christmas from everyone at Harcourt\" - is that something you can do?",
    ],
    "q13-alistair-pause-friday": ["Last one: is there any chance of a Quenby Blue in every box?"],
    "q23-frances-blue-lovers-switch": [
        "Will the December box still include the free Christmas chutney that came with the Discovery offer?",
    ],
    "q24-caroline-new-york-gift": ["Also, will my card be charged in pounds or dollars?"],
    "q28-lucy-payment-date-chutney": [
        "Oh, one more thing while I think of it - could you add a jar of the damson chutney to my December box?",
    ],
    "q29-ben-vegetarian-blue": ["Is the Quenby Blue suitable for vegetarians?"],
    "q30-margaret-long-paragraph": [
        "Would it be possible to have my invoices sent by post rather than by email?",
        "Lastly, the last two boxes have come with a leaflet about a cheese and wine evening at the farm - is there a date for the next one?",
    ],
    "q33-joanna-book-club": ["And could you include tasting notes we can print, eight copies?"],
    "q36-sophie-two-sites-standing-order": [
        "And please could the invoices for each site go to that site's own email address rather than to me.",
    ],
    "q39-fiona-alcohol-free-hamper": [
        "And could you email me a gift receipt without the prices, so I can tuck it inside the hamper?",
    ],
    "q40-edward-credit-limit": ["Could you also send statements monthly instead of with every invoice?"],
    "q41-laura-client-boxes-bullets": [
        "Do you do a vegan option?",
        "Could the invoice and the delivery confirmations come to me, with nothing going to the clients except the box itself?",
    ],
    "q42-dom-cracked-stilton": [
        "And while I've got you, can you add 2kg of Hungarton Red to Friday's drop?",
    ],
    "d01-katrin-geschenkabo-schwester": [
        "Und wäre es möglich, die Grußkarte auf Deutsch zu schreiben, mit Umlauten?",
    ],
    "d04-sabine-laktose": ["Nebenbei: Könnten Sie mir die Nährwerttabelle für den Quenby Blue als PDF schicken?"],
    "f02-julien-resiliation": [
        "Et pourriez-vous m'envoyer une facture récapitulative de tous mes paiements de 2026 ?",
    ],
    "s03-pablo-bar-de-tapas": [
        "¿Tenéis algún queso de oveja?",
        "¿Podríais mandarnos muestras antes del primer pedido?",
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
    """Command line: regenerate tests/practice106 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
