#!/usr/bin/env python3
"""Regenerate ``tests/practice105/``: a labelled corpus of Pelham Bridal & Alterations.

A support mailbox of a fictional bridal boutique in Harrogate (wedding dresses and bridesmaid
dresses by appointment, designer ordering lead times, fittings and alterations, veils and
accessories, deposits and payment plans, trunk shows, dress storage and steaming, shipping to
brides abroad), written without looking at the detection heuristics, with many customer
questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support
domain ``pelhambridal.example``.

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

Usage: python scripts/make_practice105_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

NAME = "practice105"
SUPPORT_DOMAIN = "pelhambridal.example"
DESK = "Pelham Bridal <hello@pelhambridal.example>"

AGENTS = {
    "harriet": ("Harriet Pelham <harriet@pelhambridal.example>", "apple", """Harriet Pelham
Owner & Senior Bridal Consultant | Pelham Bridal & Alterations
14 Montpellier Parade, Harrogate HG1 2TJ | 01423 555 014
https://pelhambridal.example/appointments?ref=sig"""),
    "josie": ("Josie Marsden <josie@pelhambridal.example>", "thunderbird", """-- 
Josie Marsden
Appointments & Bridal Styling | Pelham Bridal & Alterations
Booking for the whole bridal party? https://pelhambridal.example/book?party=1"""),
    "priya": ("Priya Nair <priya@pelhambridal.example>", "outlook", """Priya Nair
Head of Alterations | Pelham Bridal & Alterations
Fittings Mon-Sat by appointment. Please bring your wedding shoes to every fitting."""),
    "tom": ("Tom Ackroyd <tom@pelhambridal.example>", "owa", """Tom Ackroyd
Orders, Payments & Shipping | Pelham Bridal & Alterations
This e-mail and any attachments are confidential and intended solely for the addressee. If
you have received it in error, please tell the sender and delete it."""),
    "katrin": ("Katrin Vogel <katrin@pelhambridal.example>", "thunderbird_de", """-- 
Katrin Vogel
Brautberatung auf Deutsch | Pelham Bridal & Alterations
https://pelhambridal.example/de?ref=signatur"""),
    "amelie": ("Amélie Rousseau <amelie@pelhambridal.example>", "apple_fr", """Amélie Rousseau
Conseillère mariée (français) | Pelham Bridal & Alterations
https://pelhambridal.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ortega <lucia@pelhambridal.example>", "gmail_es", """--
Lucía Ortega
Asesora de novias (español) | Pelham Bridal & Alterations
+44 1423 555 019"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Pelham Bridal & Alterations. This is an automatic
reply to let you know your message has reached us (reference {ref}).

The boutique is open Monday to Saturday, 10am-5.30pm, with late appointments
on Thursdays. We aim to reply within one working day; on trunk-show weekends
it can take a little longer.

If your wedding is less than 14 days away and it is urgent, please ring us on
01423 555 014.

Pelham Bridal & Alterations
https://pelhambridal.example/faq?src=autoreply""",
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
    "helpdesk": ["X-Mailer: Pelham Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="pb.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice105", title="Pelham Bridal & Alterations", desk=DESK, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="T-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

PRICE_PDF = mailcraft.pdf(["Pelham Bridal & Alterations - Bridesmaid price list 2026/27",
                           "Kinsley midi from 165 GBP, floor length from 185 GBP",
                           "Posy flower girl (2-12 yrs) 95 GBP",
                           "Page 2: hemming 35-55 GBP, straps 30 GBP, steam 25 GBP"])
GUIDE_PDF = mailcraft.pdf(["Pelham Bridal - How to measure for your Kinsley dress",
                           "1. Bust: fullest part, tape level   2. Waist: narrowest part",
                           "3. Hips: fullest part   4. Hollow to hem: in the shoes you will wear",
                           "Measure over underwear, standing straight, tape snug not tight."])
INVOICE_PDF = mailcraft.pdf(["Pelham Bridal Ltd - Invoice PB-INV-3318",
                             "Customer: Kirsty Bramhall-Reid",
                             "Deposit, Aurelia gown by Solenne, paid 31/10/2026: 700.00 GBP",
                             "Balance due at final fitting: 720.00 GBP"])
SLEEVE_PNG = mailcraft.png(10, 14, lambda x, y: (236 - 2 * y, 228 - x, 214 + y))
BUSTLE_PNG = mailcraft.png(12, 9, lambda x, y: (245 - 3 * x, 240 - 4 * y, 230))
FRONT_PNG = mailcraft.png(9, 16, lambda x, y: (30 + 5 * y, 32 + 2 * x, 60 + 3 * y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

RACHEL_CLEANING = """Hello,

Do you offer cleaning and boxing of wedding dresses after the wedding, or can you
recommend someone in Harrogate? My dress has a long train that got muddy at the edges
and there is a small red wine mark on the skirt.

Kind regards,
Rachel Dunmore"""

CASES: list[Case] = [
    C("pb01-elsie-lead-time", "en", "closed", {},
      "Olivia Brennan <olivia.brennan@example.com>", "gmail", "Lead time for the Elsie by Solenne",
      "Three questions answered out of order in one paragraph; the bride's thanks-only reply does not reopen; closed quietly.",
      cu("10-27 19:42", """Hi there,

I tried on the Elsie by Solenne at your boutique on Saturday (with Josie - she was brilliant) and I think it's the one!! Our wedding is 12 June next year. How long does it take to order from Solenne at the moment? I was in the sample size 12 but I'm usually a 14 on the bottom - would you order the 14 and take it in, or order the 12? And are alterations included in the dress price or separate?

Thanks so much,
Olivia"""),
      ag("josie", "10-28 10:15", """Hi Olivia,

Lovely to hear from you - the Elsie looked beautiful on you. Alterations are charged separately from the dress; Priya quotes after your first fitting, and for a gown like the Elsie most of our brides spend between £250 and £400. We'd order the 14: taking a bodice in is easy, letting out a seam that isn't there is not. Solenne are quoting 24 to 28 weeks at the moment, so ordering before the end of November keeps you comfortably ahead of June.

If you'd like to go ahead, just reply and I'll send the order form and the deposit link.

Best wishes,
Josie"""),
      cu("10-28 12:03", """Perfect, thank you Josie! I'll have a think over the weekend.

Olivia""", thanks=True)),

    C("pb02-bridesmaids-sage", "en", "closed", {"unanswered-question": 1},
      "Freya Hollins <freya.hollins@example.org>", "outlook", "Bridesmaid dresses - 5 in sage",
      "Swatches and mixed lengths answered; the request to ship one dress to the sister in Aberdeen is skipped. The later thanks does not reopen.",
      cu("10-29 13:20", """Hello,

I'm getting married in Ripon on 22 May and I'd like five bridesmaid dresses from the Kinsley range in sage, mixed necklines. A few questions:

Could you post me a fabric swatch in sage and in eucalyptus so I can compare them in daylight? Can the girls have different lengths (two want midi, three floor length) in the same colour? Could you also ship my sister's dress straight to her in Aberdeen rather than her travelling down for it?

Many thanks,
Freya Hollins""", uq=1),
      ag("josie", "10-29 16:40", """Hi Freya,

Congratulations! Two swatches are in the post to you today - sage and eucalyptus, plus dusty olive in case it's a contender.

Kinsley make every style in both midi and floor length, and everything on one order is cut from the same dye lot, so mixing lengths is no problem at all. I'd suggest a group appointment once the girls know their sizes so we can check the midi lengths on each of them.

Best,
Josie"""),
      cu("11-02 09:10", """Swatches arrived this morning, thank you - sage it is!

Freya""", thanks=True)),

    C("pb03-veil-inline", "en", "closed", {},
      "Chloe Atherton <chloe.atherton@example.net>", "thunderbird", "Veils - cathedral length and pearls",
      "Three veil questions answered inline under each quoted question, the last with a bare 'Of course.'",
      cu("11-03 21:14", """Hello,

Three veil questions before I come in on Saturday:

Do you stock a cathedral-length veil in soft ivory, not diamond white?
Is it possible to add a blusher layer to a single-tier veil later on, or does it have to be made that way?
Could the pearl scatter on the Aster veil be put only along the bottom edge?

Thanks,
Chloe"""),
      ag("harriet", "11-04 11:02", """Hi Chloe,

My answers under each of yours:

> Do you stock a cathedral-length veil in soft ivory, not diamond white?

Yes - we have two in store, 300 cm and 350 cm, both in soft ivory.

> Is it possible to add a blusher layer to a single-tier veil later on, or does it have to be made that way?

It has to be made that way, I'm afraid. Adding a blusher afterwards makes the gathering at the comb look bulky.

> Could the pearl scatter on the Aster veil be put only along the bottom edge?

Of course.

See you on Saturday at 11.

Harriet""", quote=False)),

    C("pb04-deposit-instalments", "en", "pending", {"unanswered-question": 1},
      "Amira Siddiqui <amira.siddiqui@example.com>", "iphone", "Deposit and paying the balance",
      "Deposit, instalments and Amex answered in one reply; the request made in passing to copy the receipt to a work address is not.",
      cu("11-13 21:00", """Hi,

I'm ready to order the Marisol! Is the deposit 50%? Can I pay the rest in three monthly instalments instead of all at the final fitting? Do you take Amex? Also please send the deposit receipt to my work address amira.s@harlowgate.example as well, my personal inbox is a mess.

Amira

Sent from my iPhone""", uq=1, kind="alt"),
      ag("tom", "11-14 10:20", """Hi Amira,

Thank you for choosing the Marisol. The deposit is 50% (£890 of £1,780), payable when we place the order with the designer. The balance can be split however suits you as long as it's cleared before your final fitting - three monthly payments is absolutely fine, and the schedule is set up as soon as the deposit is in. We take Visa, Mastercard and Amex, in the shop or over the phone.

Kind regards,
Tom"""),
      cu("11-14 12:05", """Brilliant, thanks Tom. I'll ring on Tuesday to pay.

Amira

Sent from my iPhone""", thanks=True)),

    C("pb05-sleeves-late", "en", "closed", {"missed-follow-up": 1},
      "Rebecca Lund <rebecca.lund@example.org>", "gmail", "Adding sleeves to my dress?",
      "Priya promises an answer on detachable sleeves 'by Thursday' (5 Nov) and sends it the following Monday: missed, though the answer itself is good.",
      cu("11-02 14:12", """Hi Priya,

Following my first fitting last week - I've been thinking about it and I'd love detachable sheer sleeves on the Aurelia, something like the photo attached. Is that something you could do, and roughly what would it cost? Wedding is 20 February so there's time.

Rebecca""", attach=[("image/png", "sleeve-inspiration.png", SLEEVE_PNG)]),
      ag("priya", "11-03 09:45", """Hi Rebecca,

Thanks for the photo, that's a lovely idea. I need to see whether we can get a tulle that matches the Aurelia's ivory closely enough - I'll check with our supplier and get back to you by Thursday with a yes or no and a price.

Kind regards,
Priya""", promises=[("11-05", 3)]),
      ag("priya", "11-09 10:30", """Hi Rebecca,

Sorry this took longer than I said - the supplier only sent the samples on Friday. Good news: their 'Champagne Mist' tulle is a near-perfect match. Detachable sheer sleeves with a button loop at the shoulder would be £165 including the fabric, fitted at your second fitting.

Kind regards,
Priya"""),
      cu("11-09 18:40", """That's great news, thank you - let's do it!

Rebecca""", thanks=True)),

    C("pb06-trunk-show-link", "en", "closed", {},
      "Hannah Whitby <hannah.whitby@example.net>", "owa", "Ravensworth trunk show",
      "When the trunk show is and how to book: answered with only a link.",
      cu("11-05 12:48", """Hello,

I saw on Instagram that you're having a Ravensworth trunk show this month. When is it, and how do I book a slot? I'd be coming from York with my mum and my maid of honour.

Thanks
Hannah"""),
      ag("josie", "11-05 15:10", """Hi Hannah,

Dates, times and booking are all here: https://pelhambridal.example/trunk-shows/ravensworth?utm_source=email

Josie""")),

    C("pb07-storage-chase", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Lauren Pickersgill <lauren.pickersgill@example.com>", "gmail", "Storing my dress until the wedding",
      "Only the acknowledgement for three days; the bride follows up on her own mail; Harriet apologises and answers storage and steaming.",
      cu("11-02 08:55", """Hi,

My dress arrives with you next week (order PB-24117) and the wedding isn't until 19 December. Can you keep it at the boutique until the week of the wedding, or do I need to take it home after my last fitting? And do you steam it before collection - is that included?

Many thanks,
Lauren"""),
      ack("11-02 08:56"),
      cu("11-05 19:30", """Just following up on my email below - I still haven't heard back and I'd like to plan the collection with my bridesmaids.

Lauren""", chase=True),
      ag("harriet", "11-06 10:05", """Dear Lauren,

I'm so sorry - your email slipped through while we were setting up for a trunk show, which is no excuse.

Yes, we'll keep your dress here, hanging in a breathable cotton bag in our storage room, until you collect it; there's no charge for brides who bought their gown with us. A full steam is included and is done the day before you collect, so it travels with as few creases as possible.

Warm regards,
Harriet"""),
      cu("11-06 12:40", """Thank you Harriet, that's a relief!

Lauren""", thanks=True)),

    C("pb08-toronto-shipping", "en", "closed", {"unanswered-question": 1},
      "Megan O'Donnell <megan.odonnell@example.com>", "apple", "Shipping my gown to Toronto",
      "A bride in Toronto (UTC-5): shipping cost and Canadian duty answered; the video-call final fitting is never mentioned.",
      cu("11-04 20:10", """Hello Tom,

Harriet said you look after shipping. We moved to Toronto in the summer but I'm still buying my dress from you (the Linnea, order PB-24090). What would it cost to ship it to Toronto fully insured, and will I have to pay Canadian import duty on top when it arrives? Since I can't easily fly back for a final fitting, would Priya be able to do one over a video call with my local seamstress on the line?

Best,
Megan""", uq=1),
      ag("tom", "11-05 11:30", """Hi Megan,

Insured express shipping to Toronto with our courier is £95, boxed flat in acid-free tissue, usually 3-4 working days. Canada charges duty and tax on wedding dresses made outside the UK - the Linnea is made in Portugal, so expect roughly 18% duty plus 13% HST on the declared value, collected by the courier before delivery. We can't prepay it for you, unfortunately.

Best regards,
Tom"""),
      cu("11-05 09:14", """OK, thanks Tom. Ouch on the duty!

Megan""", thanks=True),
      tz=-5),

    C("pb09-bustle-reopened", "en", "pending", {"reopened": 1},
      "Sophie Carrick <sophie.carrick@example.org>", "gmail", "Final fitting on 7 November",
      "Priya marks the ticket as resolved after the final fitting; a week later the bride writes again about a broken bustle loop (photo): reopened, answered the next day.",
      cu("11-02 17:22", """Hi Priya,

Just confirming my final fitting on Saturday 7th at 2pm - is it OK if I bring my two bridesmaids so you can show them how to do the bustle?

Thanks!
Sophie"""),
      ag("priya", "11-03 10:05", """Hi Sophie,

Yes, of course - bring them both, we'll do a bustle lesson at the end. See you at 2pm on Saturday.

Priya"""),
      ag("priya", "11-09 09:40", """Hi Sophie,

It was lovely to see you on Saturday - the dress is ready and steamed for collection on Friday 13th. I'll mark this ticket as resolved now, but do shout if you need anything.

Priya""", closes=True),
      cu("11-16 20:15", """Hi Priya,

I collected the dress on Friday and tried it on at home tonight with my shoes - one of the bustle loops has come away at the back (photo attached) and the hem seems to catch my heel on the left side. Could you fix the loop before the 28th? Would I need to leave it with you, or could it be done at the boutique while I wait?

Sophie""", attach=[("image/png", "IMG_4471.png", BUSTLE_PNG)]),
      ag("priya", "11-17 10:10", """Hi Sophie,

Oh no - sorry about that. It's a five-minute job: bring it in any day except Sunday and we'll re-stitch the loop while you wait. The left side of the hem can be checked at the same time; usually it just needs the lining lifting by a few millimetres.

Priya""")),

    C("pb10-date-change-three-agents", "en", "closed", {"many-handoffs": 1},
      "Gemma Thwaite <gemma.thwaite@example.net>", "outlook", "Change of wedding date - what happens to my order?",
      "Josie hands the fittings to Priya and the balance to Tom, who both reply the same day as promised: three agents on one case. A pleasantry opens the mail.",
      cu("11-09 09:05", """Hello,

Hope you had a good weekend? Unfortunately ours wasn't great: the venue has had a flood and we've had to move the wedding from 6 March to 24 April. My dress (order PB-24051) is already on order. Do my fitting dates need to move too? And does the later date change when the balance is due?

Gemma Thwaite"""),
      ag("josie", "11-09 11:20", """Hi Gemma,

So sorry to hear about the venue. Nothing changes with the order itself - the dress is due to us in January either way. I've passed your email to Priya for the fittings and to Tom for the balance; they'll each reply to you today.

Josie""", promises=[("11-09", 3)]),
      ag("priya", "11-09 14:30", """Hi Gemma,

I've moved your three fittings back by seven weeks: 9 January becomes 27 February, and the second and final fittings are now 20 March and 10 April, same times as before. If any of those don't work, tell me and I'll shuffle them.

Priya"""),
      ag("tom", "11-09 16:05", """Hi Gemma,

The balance is due at your final fitting, so it moves with it - 10 April now. Nothing to pay before then.

Tom"""),
      cu("11-09 19:30", """Thank you all, that's a weight off.

Gemma""", thanks=True)),

    C("pb11-bridesmaids-arrival-awaiting", "en", "open", {"awaiting-reply": 1},
      "Ellie Marsh <ellie.marsh@bramblewick.example>", "android", "When will the bridesmaid dresses arrive?",
      "Tom gives the dispatch date; eight days later the bride asks whether the dresses are in and about a solo fitting. No reply for two days: awaiting reply.",
      cu("11-10 12:10", """Hi, we ordered four Kinsley bridesmaid dresses in dusty rose on 2 September (order PB-23988). Do you have a delivery date yet?

Ellie

Get Outlook for Android"""),
      ag("tom", "11-10 15:45", """Hi Ellie,

Kinsley have confirmed dispatch on 16 November, which usually means they're with us two or three days later. Once they've arrived the girls can book their group fitting here: https://pelhambridal.example/book?type=bridesmaids

Tom"""),
      cu("11-18 18:02", """Hi Tom, have the dresses arrived? One of the bridesmaids, Kate, is only in Harrogate on the 28th - can she come in that Saturday on her own rather than with the group?

Ellie

Get Outlook for Android""")),

    C("pb12-first-appointment-fresh", "en", "open", {},
      "Niamh Kearney <niamh.kearney@example.com>", "gmail", "First appointment - plus-size bridal",
      "A new enquiry on the audit day with only the acknowledgement: inside the response target.",
      cu("11-20 09:48", """Hello!

I'm starting to look for my wedding dress (September 2027) and I'm a UK 24.
Do you have a good range of samples in my size, or would I be trying on a
16 held together with clips? And how long is a first appointment - can I
bring four people?

Niamh x"""),
      ack("11-20 09:49")),

    C("pb13-cleaning-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Rachel Dunmore <rachel.dunmore@example.org>", "owa", "Cleaning and preserving my dress",
      "No reply for three days, so the customer sends the same mail again word for word as a new message; Harriet answers after the resend.",
      cu("11-03 13:37", RACHEL_CLEANING),
      cu("11-06 09:12", RACHEL_CLEANING, parent=0, chase=True),
      ag("harriet", "11-06 14:20", """Dear Rachel,

Apologies for the slow reply to your first email. We don't clean dresses ourselves, but we send all our brides to Bridget at Finchley Dress Care in Knaresborough, who do specialist cleaning and archive boxing. Mud on a train and a wine mark are everyday work for them - go sooner rather than later so the wine doesn't set. Their prices start at £180 including the box.

Best wishes,
Harriet""")),

    C("pb14-bridesmaid-measurements", "en", "closed", {},
      "Isla Fenwick <isla.fenwick@example.net>", "gmail", "Bridesmaid sizes for the Kinsley order",
      "Josie asks for measurements; the bride's second mail sends them (not a chase) and Josie converts them to sizes.",
      cu("11-04 10:30", """Hi Josie,

Hope the trunk show went well? We'd like to go ahead with the six Kinsley dresses in navy. How do you want the girls' sizes - actual measurements, or just their usual dress size?

Isla"""),
      ag("josie", "11-04 12:15", """Hi Isla,

Measurements, please - bust, waist and hips taken over underwear, plus each girl's height in bare feet. Kinsley size from their own chart, so high-street sizes can be a size or two out. Could you send them all together in one email?

Josie"""),
      cu("11-06 21:40", """Hi Josie,

Here they are (all in inches):

Anna - 34 / 28 / 38, 5'6
Beth - 36 / 30 / 40, 5'4
Caro - 33 / 26 / 36, 5'9
Dani - 38 / 32 / 42, 5'3
Eve - 35 / 29 / 39, 5'7
Fran - 32 / 26 / 35, 5'5

Isla"""),
      ag("josie", "11-07 11:10", """Thanks Isla - got them. On the Kinsley chart that's two 10s, two 12s, a 14 and an 8. The order goes in on Monday once the deposit has cleared, and hem lengths get sorted at the group fitting.

Josie""")),

    C("pb15-veil-rhetorical", "en", "closed", {},
      "Charlotte Biggins <charlotte.biggins@example.com>", "apple", "Which veil with the Juniper?",
      "A rhetorical question and a question the bride answers herself, then two real ones, both answered.",
      cu("11-05 22:05", """Hi Harriet,

Who knew choosing a veil would be harder than choosing the dress? I keep going back and forth. What was the one I tried with the Juniper called - oh wait, it's on the card you gave me, the Wren. Could you put the Wren aside for me until my fitting on the 14th? And is there a fingertip-length version of it?

Charlotte"""),
      ag("harriet", "11-06 10:30", """Hi Charlotte,

It honestly is the harder decision - you're not alone! The Wren is set aside with your name on it. It comes in fingertip (90 cm) as well as the chapel length you tried, so you can compare both with the dress on at your fitting on the 14th.

Harriet""")),

    C("pb16-forwarded-mum", "en", "closed", {},
      "Zara Ahmed <zara.ahmed@example.org>", "gmail", "Fwd: dress shop",
      "HTML-only mail forwarding the mother's list of questions; only the bride's own request counts and it is answered.",
      cu("11-06 13:15", """Hi Josie,

My mum has been bombarding me with questions - forwarding below so you can see what I'm dealing with! The only thing I actually need: could you fit Mum in for a mother-of-the-bride look on 21 November, straight after my second fitting?

Zara

---------- Forwarded message ---------
From: Farah Ahmed <farah.ahmed@example.org>
Date: Thu, 5 Nov 2026 at 21:40
Subject: dress shop
To: Zara Ahmed <zara.ahmed@example.org>

Darling do they do outfits for mothers too? Do they do hats? Should I bring my own shoes? And what time should I be there?? Love Mum""", kind="html"),
      ag("josie", "11-06 16:00", """Hi Zara,

Ha - I love her already. I've booked your mum in at 3.30pm on the 21st, straight after your fitting, in our occasionwear room.

Josie""")),

    C("pb17-fitting-underwear-ooo", "en", "closed", {},
      "Katie Rowntree <katie.rowntree@northcliff-legal.example>", "outlook", "Bridal lingerie and the Margot fitting",
      "A solicitor's mail with a confidentiality notice; both questions answered; her out-of-office reply follows (automatic, not a customer message).",
      cu("11-09 12:40", """Hello,

I have my first fitting for the Margot next Thursday. What should I wear underneath - will I need a specific strapless bra, or does the Margot have cups built in? And should I bring shoes even though I haven't decided between two pairs?

Katie Rowntree
Associate | Northcliff Legal LLP

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and do not copy, use or disclose its contents. Northcliff Legal LLP is authorised and regulated by the Solicitors Regulation Authority."""),
      ag("priya", "11-09 15:20", """Hi Katie,

The Margot has built-in cups and a boned bodice, so you won't need a bra at all - just seamless briefs. Bring both pairs of shoes: heel height changes the hem by a couple of centimetres, so it helps to decide at the fitting.

Priya"""),
      auto("11-09 15:21", """Thank you for your email. I am out of the office until Monday 16 November with limited access to email. For anything urgent please contact legal.team@northcliff-legal.example.

Katie Rowntree""", quote=False, to=AGENTS["priya"][0],
           subject="Automatic reply: RE: Bridal lingerie and the Margot fitting")),

    C("pb18-outside-dress-quote", "en", "closed", {},
      "Lydia Greaves <lydia.greaves@example.com>", "gmail", "Alterations on a dress bought elsewhere",
      "Josie says Priya will send a rough quote by tomorrow; Priya does, the next morning (kept by a colleague).",
      cu("11-10 10:05", """Hello,

I bought my dress online (a Justin Alexander, size 12) and it needs taking in at the waist, shortening by about 8cm and a bustle adding. Do you alter dresses that weren't bought with you? If so, what would that roughly cost?

Thanks,
Lydia"""),
      ag("josie", "11-10 11:30", """Hi Lydia,

Yes, we do - about a third of Priya's work is dresses from elsewhere. I've passed your email to her and she'll email you a rough quote by tomorrow.

Josie""", promises=[("11-11", 3)]),
      ag("priya", "11-11 09:50", """Hi Lydia,

From your description: taking in the waist £90-£120, shortening a skirt with a lace hem £140-£180 (the lace edge has to be removed and re-applied), and a three-point French bustle £60. The exact price is confirmed once I've seen it on you - first fittings are free. Book here: https://pelhambridal.example/book?type=alterations

Priya""")),

    C("pb19-dublin-courier-ahead", "en", "pending", {},
      "Anna Kowalczyk <anna.kowalczyk@example.net>", "gmail", "Courier to Dublin",
      "Tom answers the packing question and promises the collection date by Tuesday 24 November - still ahead at audit time.",
      cu("11-17 20:30", """Hi Tom,

The dress is finished (thank you Priya!) and I'd like it couriered to my parents' house in Dublin rather than collecting. Can you send it the week of 30 November, and will it go in a box or on a hanger?

Anna"""),
      ag("tom", "11-18 10:15", """Hi Anna,

It goes boxed, flat, in acid-free tissue - that's the safest way with a courier. Our Irish courier has a new timetable from December, so I'll confirm the exact collection date with them and email you by Tuesday 24 November.

Tom""", promises=[("11-24", None)])),

    C("pb20-sienna-ivory-chase", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jessica Holroyd <jess.holroyd@example.com>", "iphone", "Is the Sienna available in ivory?",
      "'Let me check with their rep and I'll come back to you' (no deadline) goes six days without news; the bride chases and gets the answer.",
      cu("11-09 19:20", """Hi Josie, I've fallen for the Sienna but the sample is diamond white which totally washes me out. Does the designer make it in ivory? If so is it the same price?

Jess

Sent from my iPhone"""),
      ag("josie", "11-10 10:40", """Hi Jess,

Good question - Solenne's colour card changed this season and I'm not sure the Sienna kept ivory. Let me check with their rep and I'll come back to you.

Josie""", promises=[("window", 4)]),
      cu("11-16 12:30", """Hi Josie, any news on the ivory Sienna? I'd really like to get the order in before Christmas.

Jess

Sent from my iPhone""", chase=True),
      ag("josie", "11-16 15:05", """Hi Jess,

Sorry for the wait. Yes - the Sienna still comes in ivory, at the same price (£1,650). Lead time is 26 weeks, so ordering before Christmas is perfect.

Josie""")),

    C("pb21-measuring-guide-kept", "en", "closed", {},
      "Bethany Crossley <beth.crossley@example.org>", "thunderbird", "Measuring guide for a bridesmaid abroad",
      "Josie lists the measurements and promises the printable guide tomorrow; it comes the next morning as a PDF.",
      cu("11-02 15:00", """Hello,

One of my bridesmaids lives in Singapore and won't be over until the week
before the wedding. Is there a measuring guide you can send her so she can
be measured there? Which measurements does Kinsley need?

Bethany"""),
      ag("josie", "11-02 16:30", """Hi Bethany,

Kinsley need bust, waist, hips, and hollow-to-hem (from the dip at the base of the neck to the floor, in the shoes she'll wear). I'll send you our printable guide with diagrams tomorrow - it's being updated with the new Kinsley chart today.

Josie""", promises=[("11-03", 3)]),
      ag("josie", "11-03 10:20", """Hi Bethany,

As promised, the measuring guide is attached. Ideally she should get a tailor to measure her rather than a friend.

Josie""", attach=[("application/pdf", "Pelham-Bridal-measuring-guide.pdf", GUIDE_PDF)])),

    C("pb22-sample-veil-courier", "en", "closed", {},
      "Molly Seddon <molly.seddon@example.com>", "gmail", "Returning the sample veil",
      "The courier collects on Wednesday - logistics, not a promise; thanks-only reply.",
      cu("11-04 09:30", """Hi,

I borrowed the sample cathedral veil for my photo shoot (thank you!). I'm in Manchester now - how do I get it back to you? Can I post it, or would you rather someone brought it in?

Molly"""),
      ag("tom", "11-04 11:45", """Hi Molly,

No need to post it - a prepaid courier bag is on its way to you. The courier collects it from your address on Wednesday 11th between 9am and 1pm; just fold the veil into the bag in its tissue.

Tom"""),
      cu("11-04 12:10", """Brilliant, thanks Tom - I'll make sure someone's in.

Molly""", thanks=True)),

    C("pb23-second-fitting-essay", "en", "closed", {"unanswered-question": 2},
      "Poppy Lindqvist <poppy.lindqvist@example.net>", "gmail", "Second fitting and a few other things",
      "Five questions buried in one long paragraph; Priya answers the weight, the date and the shoes, and skips the time change and the grandmother's brooch.",
      cu("11-05 23:48", """Hi Priya, hope you're well! I'm booked for my second fitting on the 14th and have a few things buzzing round my head so forgive the essay. I've lost a bit of weight since the first fitting (stress!) so I'm wondering whether that's going to be a problem for the bodice or whether you'll just take it in again, and should I keep my fitting on the 14th or move it later so I'm at a steady weight? My mum wants to come but she has a hospital appointment that morning so could we push the time from 11 to 2? I also found a vintage brooch of my gran's that I'd love sewn onto the sash, is that something you can do and would it be safe on the satin? Oh and the shoes I bought have a slightly lower heel than the ones I brought last time, do I need to bring them? Thank you!!

Poppy""", uq=2),
      ag("priya", "11-06 10:40", """Hi Poppy,

Don't worry about the weight - it's very common, and we leave the bodice seams generous until the final fitting for exactly this reason. Keep the 14th: we'll take it in a little now and make the last adjustment at your final fitting. And yes, please bring the new shoes, as the hem is set to the heel height.

Priya"""),
      cu("11-06 11:02", """Thanks Priya, that's really reassuring x""", thanks=True)),

    C("pb24-balance-numbered", "en", "pending", {"unanswered-question": 2},
      "Georgia Whitlam <georgia.whitlam@example.com>", "owa", "Questions before I pay the balance",
      "A numbered list of four; Tom answers 1 and 2 by number and stops: the steam-and-storage question and the itemised invoice are left.",
      cu("11-13 18:50", """Hi Tom,

Before I pay the balance next week, a few things:

1. Is the remaining amount £1,020 or has the veil been added to that?
2. Can I pay by bank transfer, and if so what are your details?
3. Does the balance include the steam and storage, or is that extra?
4. Please could you email me a final itemised invoice - my dad's paying half and wants to see it.

Thanks,
Georgia""", uq=2),
      ag("tom", "11-14 10:15", """Hi Georgia,

1. The veil has been added - the balance is £1,245 (£1,020 for the dress plus £225 for the Wren veil).
2. Yes, bank transfer is fine: Pelham Bridal Ltd, sort code 40-11-62, account 71829364, reference PB-24102.

Best regards,
Tom""", kind="alt"),
      cu("11-14 11:00", """Thanks Tom!

Georgia""", thanks=True)),

    C("pb25-collection-second-mail", "en", "pending", {"unanswered-question": 1},
      "Amelia Thornton <amelia.thornton@example.org>", "gmail", "Collection day",
      "The collection time is settled and thanked for; a week later a second mail asks about parking and a separate veil box, and only the parking is answered.",
      cu("11-10 09:30", """Hi Harriet,

What time can I collect the dress on Saturday 21st? We'll be coming in two cars.

Amelia"""),
      ag("harriet", "11-10 12:00", """Hi Amelia,

Any time from 10am - I've put you in the diary for 10.30 so the dress is steamed, bagged and ready to go.

Harriet"""),
      cu("11-10 12:30", """Perfect, thank you!""", thanks=True),
      cu("11-16 21:05", """Hi Harriet, sorry, one more thing. Could my mum's car park right outside on Montpellier Parade for ten minutes while we load the dress, or will she get a ticket? And could you pack the veil separately, in its own box? My sister is taking it to the church and the dress is going to the hotel.

Amelia""", parent=2, uq=1),
      ag("harriet", "11-17 10:40", """Hi Amelia,

There's a loading bay right outside which is fine for up to 20 minutes - just put your hazards on. See you on the 21st!

Harriet""")),

    C("pb26-train-shorten-neighbour", "en", "closed", {"unanswered-question": 1},
      "Daisy Pemberton <daisy.pemberton@example.com>", "apple", "Train length",
      "Asked whether the train can be shortened rather than bustled, Priya recommends a bustle: the neighbouring question is answered, not the one asked.",
      cu("11-02 19:45", """Hi Priya,

After seeing the church at our rehearsal visit I think the train on my Aurelia is going to be too much - the aisle is narrow and there are steps up to the altar. Can the train actually be shortened by about 30cm, rather than bustled? And if so, is that done before the final fitting or at it?

Daisy""", uq=1),
      ag("priya", "11-03 11:15", """Hi Daisy,

For a train like the Aurelia's I'd normally suggest an over-bustle with five points - it lifts the whole train off the floor for the reception, and for the ceremony your bridesmaid can arrange it on the steps. It's £75 and we'd set it at the final fitting.

Priya""")),

    C("pb27-price-list-pdf", "en", "closed", {},
      "Tilly Barraclough <tilly.barraclough@example.net>", "gmail", "Bridesmaid price list please",
      "A request for the price list answered with the PDF; the alterations question answered in one line.",
      cu("11-06 10:20", """Hi,

Please could you send me your bridesmaid price list? I'd also like to know whether the prices include alterations.

Tilly"""),
      ag("josie", "11-06 12:45", """Hi Tilly,

Price list attached. Alterations are separate - hemming a bridesmaid dress is £35-£55 depending on the fabric; it's all on page 2.

Josie""", attach=[("application/pdf", "Pelham-Bridal-bridesmaids-2026-27.pdf", PRICE_PDF)])),

    C("pb28-steam-bare-answers", "en", "closed", {},
      "Naomi Quarmby <naomi.quarmby@example.org>", "thunderbird", "Steaming and collection on the Friday",
      "Three questions answered inline: a bare figure, a bare 'Of course.' and a closing time.",
      cu("11-07 14:10", """Hello,

My wedding is on a Saturday and I'd like to collect on the Friday afternoon.
What's the charge for a steam if I didn't buy the dress from you?
Can I bring my own garment bag rather than using yours?
What time do you close on Fridays?

Naomi"""),
      ag("priya", "11-07 15:30", """Hi Naomi,

> What's the charge for a steam if I didn't buy the dress from you?

£45.

> Can I bring my own garment bag rather than using yours?

Of course.

> What time do you close on Fridays?

5.30pm, but we can hand it over until 6 if you let us know.

Priya""", quote=False)),

    C("pb29-invoice-end-of-day", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Kirsty Bramhall <kirsty.bramhall@example.com>", "outlook", "Invoice for my deposit",
      "'I'll send the corrected invoice by end of day' - two days later the bride says she hasn't received it; Tom sends the PDF then.",
      cu("11-03 11:15", """Hi Tom,

Could you send me an invoice for the £700 deposit I paid on Saturday? It needs my married name, Bramhall-Reid, for my credit card claim.

Kirsty"""),
      ag("tom", "11-03 13:30", """Hi Kirsty,

No problem - I'll send the corrected invoice by end of day.

Tom""", promises=[("11-03", 4)]),
      cu("11-05 09:40", """Hi Tom,

I haven't received the invoice you mentioned - could you check it went through? The card company needs it by Friday.

Kirsty""", chase=True),
      ag("tom", "11-05 10:55", """Hi Kirsty,

Apologies - it was sitting in my drafts. Invoice attached, in the name Kirsty Bramhall-Reid.

Tom""", attach=[("application/pdf", "PB-INV-3318.pdf", INVOICE_PDF)])),

    C("pb30-headpiece-refund-double-chase", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Rosie Ingham <rosie.ingham@example.net>", "android", "Refund for the cancelled headpiece",
      "'I'll check with our card provider and get back to you by Wednesday' never happens; the customer chases twice and is still waiting.",
      cu("11-09 10:00", """Hi, I cancelled the Aster headpiece last week when I chose the veil instead (you said that was fine). Has the £120 refund been processed? It's not on my card yet.

Rosie

Get Outlook for Android"""),
      ag("tom", "11-09 14:30", """Hi Rosie,

I'll check with our card provider and get back to you by Wednesday.

Tom""", promises=[("11-11", None)]),
      cu("11-13 09:20", """Hi Tom, just checking in on the refund - still nothing on my card.

Rosie

Get Outlook for Android""", chase=True),
      cu("11-17 18:45", """Hello?? It's now over a week. I'd really like to know where my £120 is. Please can someone get back to me.

Rosie

Get Outlook for Android""", chase=True)),

    C("pb31-postponed-deposit", "en", "closed", {},
      "Eve Sutcliffe <eve.sutcliffe@example.com>", "iphone", "Wedding postponed - deposit?",
      "Postponed wedding: the deposit question and the storage question answered together.",
      cu("11-04 21:30", """Hi Harriet

We've had to postpone the wedding to 2028 for family reasons. Is my deposit refundable now the dress has been ordered? Could the dress be held for us for that long instead?

Eve

Sent from my iPhone"""),
      ag("harriet", "11-05 10:15", """Dear Eve,

I'm so sorry - I hope everything is alright at home. The deposit isn't refundable once the order has gone to the designer, as the dress is made to your measurements, but nothing is lost: the dress can stay here in storage until 2028 at no charge and be re-fitted nearer the time.

With love,
Harriet"""),
      cu("11-05 11:02", """Thank you so much, that's such a relief.

Eve

Sent from my iPhone""", thanks=True)),

    C("pb32-planner-cc-invoices", "en", "closed", {"unanswered-question": 1},
      "Marcus Ellery <marcus@elleryevents.example>", "outlook", "Bridal party appointment for our client - Hardcastle/Mott",
      "A wedding planner with a colleague in Cc and a disclaimer: appointment and flower-girl dresses answered, the invoicing instruction ignored; the colleague thanks.",
      cu("11-03 15:40", """Hi Josie,

We're planning the Hardcastle-Mott wedding at Swinton Park next August (bride Emily Hardcastle, five bridesmaids, two flower girls). Could we book a private Saturday appointment for the whole party in January, ideally the 16th? Do you do flower girl dresses or just bridesmaids? We'd also need every invoice addressed to Ellery Events rather than the bride, with our PO reference EE-0871 on it, as we settle suppliers directly.

Jade (cc'd) will be handling the day-to-day from here.

Kind regards,
Marcus Ellery
Ellery Events | Harrogate & the Dales
Planning a wedding? https://elleryevents.example/enquire?src=signature

This message is confidential and intended for the named recipient only. If you have received it in error please delete it and tell the sender. Ellery Events Ltd, registered in England no. 10293847.""",
         uq=1, cc="Jade Pullan <jade@elleryevents.example>"),
      ag("josie", "11-04 10:05", """Hi Marcus and Jade,

Saturday 16 January is yours - I've blocked the whole boutique from 10am to 1pm for the party. We do flower girl dresses too: Kinsley make the Posy and the Tilly in children's sizes 2-12, and they can be dyed to match the bridesmaids.

Best,
Josie""", cc="Jade Pullan <jade@elleryevents.example>"),
      cu("11-04 10:40", """Thanks Josie - in the diary.

Jade Pullan
Ellery Events""", frm="Jade Pullan <jade@elleryevents.example>",
         cc="Marcus Ellery <marcus@elleryevents.example>", thanks=True)),

    C("pb33-vintage-veil-lost-headers", "en", "closed", {},
      "Lucy Fairburn <lucy.fairburn@example.org>", "gmail", "Veil to match a vintage dress",
      "Harriet replies from Outlook on the web and the reply loses In-Reply-To/References; both questions answered.",
      cu("11-05 16:20", """Hello,

I'm wearing my grandmother's 1968 dress, which has gone a soft champagne colour. Do you have veils that would match that shade, or could one be dyed? Can I bring the dress with me to match it?

Lucy"""),
      ag("harriet", "11-06 12:10", """Hi Lucy,

What a lovely thing to wear. Yes, please bring the dress - matching by eye in daylight is the only reliable way. We carry veils in champagne, latte and antique ivory, and if none is right our milliner can tea-dye a plain tulle veil to match; that takes about two weeks.

Harriet""", client="owa", thread=False)),

    C("pb34-bridesmaid-hem-refs-gap", "en", "closed", {},
      "Fiona Gatenby <fiona.gatenby@example.com>", "thunderbird", "Bridesmaid dress too long",
      "Hem price and a pinning appointment arranged; the final thanks carries References with a gap (root and parent only).",
      cu("11-02 10:15", """Hi,

One of my bridesmaids' dresses (Kinsley, in sage) arrived and it's about
10cm too long even with heels. Can you hem it, and how long would it take?

Fiona"""),
      ag("priya", "11-02 14:00", """Hi Fiona,

Yes - a chiffon hem on a Kinsley is £40 and takes about a week. Can she come in for a quick pin so we get the length right in her shoes?

Priya"""),
      cu("11-02 18:30", """She can come in on Thursday at lunchtime, if that works? She'll bring the
shoes.

Fiona"""),
      ag("priya", "11-03 09:10", """Thursday at 12.30 is booked for her.

Priya"""),
      cu("11-05 16:00", """Hi Priya, just to say thank you - she's thrilled with how it looks already.

Fiona""", thanks=True, refs=[1, 4])),

    C("pb35-second-look-slow", "en", "closed", {"slow-first-response": 1},
      "Abigail Moss <abigail.moss@example.net>", "gmail", "Appointment for a second look",
      "A Saturday afternoon request gets the acknowledgement and a human reply on Tuesday morning: slow first response; the confirmation is thanks-only.",
      cu("11-07 16:45", """Hi,

I came in for my first appointment on the 31st and I'd like to come back and try the Juniper and the Elsie again. Do you have anything on a weekday evening? I'm working Saturdays until January.

Abi"""),
      ack("11-07 16:46"),
      ag("josie", "11-10 10:30", """Hi Abi,

Sorry for the wait - we're closed on Sundays and yesterday was wall-to-wall fittings. We do late appointments on Thursdays until 7pm; I've pencilled you in for Thursday 19th at 5.30 with both gowns ready. Just confirm and it's yours.

Josie"""),
      cu("11-10 12:00", """Yes please, confirmed - thank you!

Abi""", thanks=True)),

    C("pb36-sydney-care-instructions", "en", "closed", {"unanswered-question": 1},
      "Chelsea Wainwright <chelsea.wainwright@example.com>", "gmail", "Destination wedding in Sydney - dress timings",
      "A bride in Sydney (UTC+11), base64 body: packing and steaming answered, the care instructions she asked for never sent.",
      cu("11-12 07:30", """Hi Tom,

I'm a Harrogate girl getting married back home in Sydney in March. My mum is collecting the dress from you on 10 December - is it safe to pack in a suitcase for the flight, or should it go as cabin baggage in a garment bag? Could you also send me the care instructions for the silk? Does the Miriam need steaming again after that long in a bag?

Chelsea""", uq=1, cte="base64"),
      ag("tom", "11-12 10:20", """Hi Chelsea,

Cabin baggage, definitely - it goes in a breathable garment bag with tissue in the folds, and most airlines will hang it in the wardrobe at the front if you ask nicely at check-in. It will need a light steam when it arrives: any bridal shop in Sydney can do it, or use a handheld steamer on low, kept 10cm away from the silk.

Tom"""),
      cu("11-13 06:45", """Thanks so much Tom!

Chelsea""", thanks=True),
      tz=11),

    C("pb37-linnea-bullets", "en", "closed", {"unanswered-question": 2},
      "Jasmine Okafor <jasmine.okafor@example.org>", "owa", "Ordering the Linnea - a few questions",
      "A bulleted list of four answered half-way: order deadline and neckline answered, cancellation period and lace question left.",
      cu("11-04 13:05", """Hello,

I'd like to order the Linnea (tried on with Harriet on Saturday). Before I commit:

- what's the latest date I can order for a 3 July wedding?
- can the neckline be raised by a couple of centimetres at the order stage, or is that an alteration afterwards?
- is there a cancellation period if I change my mind in the first week?
- can you confirm the sample I tried was the same lace as the made-to-order one?

Thanks,
Jasmine""", uq=2),
      ag("harriet", "11-04 17:20", """Dear Jasmine,

How exciting! The Linnea is currently 22-26 weeks, so to be safe order by 10 January for 3 July. Raising the neckline is something the designer does at the order stage (a £60 customisation) - much neater than altering it afterwards.

Warm wishes,
Harriet""")),

    C("pb38-hair-vine-never", "en", "closed", {"missed-follow-up": 1},
      "Sarah Mitchinson <sarah.mitchinson@example.com>", "gmail", "Hair vine to go with the Juniper",
      "Harriet promises photos and an answer about the earrings 'by Friday' and never sends them; the case goes quiet.",
      cu("10-30 11:20", """Hi Harriet,

Do you have a hair vine that would go with the Juniper's silver beading? I'd like to see photos before I come in if possible. Could you also check whether the matching earrings from the same maker are still available?

Sarah"""),
      ag("harriet", "10-31 10:05", """Hi Sarah,

We've got two vines from Alder & Rue that would be lovely with the Juniper - the 'Frost' and the 'Lark'. I'm doing the photos for our website next week, so I'll email you pictures of both and let you know about the earrings by Friday.

Harriet""", promises=[("11-06", None)])),

    C("pb39-sample-sale-early-next-week", "en", "closed", {"missed-follow-up": 1},
      "Abby Firth <abby.firth@example.net>", "outlook", "Maison Aurelie samples after the trunk show",
      "'I'll email you the list with prices early next week' (said on Thursday) arrives on Thursday of the next week: late, so missed.",
      cu("11-05 10:40", """Hello,

Will any of the Maison Aurélie samples be sold off after the trunk show? I'm a size 10 and on a budget. If so, could you let me know which ones and the prices?

Abby Firth"""),
      ag("josie", "11-05 14:15", """Hi Abby,

Some of them, yes - Maison Aurélie usually leave us four or five samples to sell. I'll know which once the show closes on Sunday, so I'll email you the list with prices early next week.

Josie""", promises=[("11-10", 3)]),
      ag("josie", "11-12 16:30", """Hi Abby,

Here's the list: the Camille (size 10, £650), the Odette (size 12, £700) and the Rosalie (size 8, £550). They're first come, first served, but I'm happy to hold one for 48 hours.

Josie""")),

    C("pb40-uneven-hem-late-colleague", "en", "pending", {"missed-follow-up": 1, "slow-first-response": 1},
      "Imogen Pratt <imogen.pratt@example.com>", "gmail", "Hem still uneven after second fitting",
      "Saturday evening mail answered on Tuesday (slow); Josie says Priya will email tomorrow, Priya writes a day late and answers both questions.",
      cu("11-14 19:30", """Hi,

I picked the dress up after my second fitting today and at home the front hem dips on the left - maybe 1cm. Is that something to fix at the final fitting or should I bring it back sooner? The final is on 28 November. Can you also tell me whether the bustle has been done yet? I didn't see it today.

Imogen"""),
      ag("josie", "11-17 10:20", """Hi Imogen,

Sorry for the slow reply - we were fully booked with fittings yesterday. I've shown Priya your email and she'll email you tomorrow about both.

Josie""", promises=[("11-18", 3)]),
      ag("priya", "11-19 09:15", """Hi Imogen,

Apologies, yesterday ran away from me. A 1cm dip at the front is usually the lining pulling - bring it in any time before the 28th; releasing and re-levelling it is a 20-minute job. The bustle isn't on yet: that's always done at the final fitting once the hem is perfect.

Priya""")),

    C("pb41-flower-girl-monday", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Holly Dewhirst <holly.dewhirst@example.org>", "apple", "Flower girl dress in ivory with a sash",
      "Colour and sizing answered, the sash question deferred to 'Monday' and never answered (missed), the separate-receipt request ignored.",
      cu("11-10 20:15", """Hi Josie,

Our flower girl is 4 and very wriggly! Do you have the Posy in ivory with a sage sash, and could we get it a size up so she can wear a cardigan under it? Is the sash detachable - she'll want to wear it again for a party. And please can you put it on a separate receipt from my bridesmaid order, it's being paid for by her parents.

Holly""", uq=1),
      ag("josie", "11-11 11:05", """Hi Holly,

The Posy comes in ivory and the sash can be any colour from the Kinsley card, so sage is no problem. Sizing up is what I'd suggest anyway at that age. The sash - I honestly can't remember whether it's stitched or tied on the current version; I'll ask Kinsley and email you on Monday.

Josie""", promises=[("11-16", None)])),

    C("pb42-de-elsie-lieferzeit", "de", "closed", {"unanswered-question": 1},
      "Julia Brenner <julia.brenner@example.net>", "gmail_de", "Brautkleid Elsie - Lieferzeit und Anprobe",
      "A bride in Cologne (UTC+1): lead time and Friday fittings answered; the request in passing to send the invoice to her German address is not.",
      cu("11-03 20:10", """Hallo Frau Vogel,

ich heirate im Juni in Harrogate (mein Verlobter ist Engländer) und wohne noch in Köln. Wie lange ist die Lieferzeit für das Modell Elsie von Solenne? Kann ich die erste Anprobe auf einen Freitag legen, damit ich nicht extra Urlaub nehmen muss? Außerdem bitte ich Sie, mir die Rechnung an meine deutsche Adresse (Lindenstraße 12, 50674 Köln) zu schicken.

Viele Grüße
Julia Brenner""", uq=1),
      ag("katrin", "11-04 09:30", """Liebe Frau Brenner,

herzlichen Glückwunsch! Die Lieferzeit für das Elsie liegt bei Solenne derzeit bei 24 bis 28 Wochen; wenn Sie bis Ende November bestellen, ist das Kleid im Mai bei uns. Freitage sind für Anproben kein Problem - wir haben freitags bis 17:30 Uhr geöffnet, und Ihre Termine lassen sich gut so legen, dass Sie mit langen Wochenenden auskommen.

Herzliche Grüße
Katrin Vogel"""),
      cu("11-04 12:00", """Vielen Dank, das klingt super!

Julia""", thanks=True),
      tz=1),

    C("pb43-de-traeger-bis-freitag", "de", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Sabine Hartmann <sabine.hartmann@example.com>", "outlook_de", "Änderung: Träger annähen",
      "'ich melde mich bis Freitag nächster Woche' (13 Nov) is kept on Monday after 'gibt es schon etwas Neues?'; the request for the October invoice is never addressed.",
      cu("11-06 10:15", """Sehr geehrte Damen und Herren,

ich habe mein Kleid (Auftrag PB-24077) vor zwei Wochen abgeholt und würde gern nachträglich schmale Träger annähen lassen. Ist das bei diesem Mieder möglich, und was würde es kosten? Könnten Sie mir bei der Gelegenheit auch die Rechnung für die Kürzung vom Oktober noch einmal schicken? Ich finde sie leider nicht mehr.

Mit freundlichen Grüßen
Sabine Hartmann""", uq=1),
      ag("katrin", "11-06 13:40", """Sehr geehrte Frau Hartmann,

vielen Dank für Ihre Nachricht. Das muss sich Priya, unsere Schneiderin, am Mieder genau ansehen - ich kläre das mit ihr und melde mich bis Freitag nächster Woche bei Ihnen.

Herzliche Grüße
Katrin Vogel""", promises=[("11-13", 4)]),
      cu("11-16 09:30", """Sehr geehrte Frau Vogel,

gibt es schon etwas Neues wegen der Träger? Die Hochzeit ist am 12. Dezember und ich möchte das gern rechtzeitig erledigt haben.

Mit freundlichen Grüßen
Sabine Hartmann""", chase=True),
      ag("katrin", "11-16 14:20", """Sehr geehrte Frau Hartmann,

entschuldigen Sie bitte die Verzögerung. Priya sagt: Ja, schmale Träger aus dem Satin des Kleides sind möglich, sie kosten 85 £ und werden bei einem kurzen Termin angepasst. Sie hätte am Samstag, 28. November, um 11 Uhr Zeit - passt Ihnen das?

Herzliche Grüße
Katrin Vogel"""),
      tz=1),

    C("pb44-de-schleier-wren", "de", "closed", {},
      "Lena Fischer <lena.fischer@example.org>", "thunderbird_de", "Schleier Wren ohne Perlen",
      "Both questions (a plain version, shipping to Germany) answered; the bride's decision is thanks-only.",
      cu("11-02 19:00", """Hallo Katrin,

bei meinem Termin am Samstag hat mir der Schleier 'Wren' sehr gut gefallen.
Gibt es ihn auch ohne Perlen? Und könnt ihr ihn nach Deutschland schicken,
oder muss ich ihn bei der letzten Anprobe mitnehmen?

Liebe Grüße
Lena"""),
      ag("katrin", "11-03 10:45", """Hallo Lena,

ja, den Wren gibt es auch ganz schlicht ohne Perlen, zum gleichen Preis (195 £). Wir verschicken Schleier gern nach Deutschland - versichert kostet das 18 £, Lieferzeit etwa fünf Werktage. Du kannst ihn aber natürlich auch bei der letzten Anprobe mitnehmen.

Liebe Grüße
Katrin"""),
      cu("11-03 12:30", """Super, danke dir! Dann nehme ich ihn bei der Anprobe mit.

Lena""", thanks=True),
      tz=1),

    C("pb45-de-gruppentermin-wartet", "de", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Miriam Schulz <miriam.schulz@example.net>", "gmail_de", "Gruppentermin für Brautjungfern im Dezember",
      "Only the acknowledgement; five days later 'ich warte immer noch auf eine Antwort' - still unanswered at audit time.",
      cu("11-11 18:20", """Hallo,

wir sind vier Brautjungfern (die Braut ist Engländerin, wir wohnen alle in Hamburg) und kommen vom 4. bis 6. Dezember nach Harrogate. Könnten wir an einem dieser Tage einen Gruppentermin bekommen, um die Kinsley-Kleider anzuprobieren? Wie lange dauert so ein Termin ungefähr?

Viele Grüße
Miriam Schulz"""),
      ack("11-11 17:21"),
      cu("11-16 08:45", """Hallo nochmal,

ich warte immer noch auf eine Antwort auf meine Anfrage unten. Wir müssen bald die Flüge buchen - könnten Sie mir bitte kurz Bescheid geben?

Viele Grüße
Miriam Schulz""", chase=True),
      tz=1),

    C("pb46-de-restzahlung-rechnung", "de", "closed", {"unanswered-question": 1},
      "Tobias Engel <tobias.engel@example.com>", "outlook_de", "Restzahlung für das Kleid meiner Tochter",
      "The bride's father: amount and euro transfer answered; his request to have the invoice made out in his name is not.",
      cu("11-05 09:10", """Sehr geehrte Frau Vogel,

ich möchte die Restzahlung für das Brautkleid meiner Tochter Hannah Engel (Auftrag PB-24063) übernehmen. Welchen Betrag muss ich noch überweisen, und akzeptieren Sie auch Überweisungen in Euro? Bitte stellen Sie die Rechnung für die Restzahlung auf meinen Namen aus, da ich sie über meine Firma abrechne.

Mit freundlichen Grüßen
Tobias Engel
Engel Haustechnik GmbH""", uq=1),
      ag("katrin", "11-05 14:30", """Sehr geehrter Herr Engel,

vielen Dank! Offen sind noch 1.140 £. Eine Überweisung in Euro ist möglich, die Umrechnungskosten trägt allerdings der Absender - am einfachsten ist eine Überweisung in Pfund auf unser Konto bei der Lloyds Bank (IBAN GB29 LOYD 4011 6271 8293 64, BIC LOYDGB21). Bitte geben Sie PB-24063 als Verwendungszweck an.

Mit freundlichen Grüßen
Katrin Vogel"""),
      tz=1),

    C("pb47-fr-essayages-leeds", "fr", "closed", {},
      "Camille Durand <camille.durand@example.net>", "apple_fr", "Robe de mariée - essayages avant mon départ",
      "Both questions (all fittings before leaving, how many) answered in one paragraph.",
      cu("11-03 18:30", """Bonjour,

Je me marie à Lyon en juin mais je travaille à Leeds jusqu'en avril. Est-ce que je peux faire tous mes essayages chez vous et partir avec la robe terminée ? Combien d'essayages faut-il prévoir en général ?

Merci d'avance,
Camille Durand"""),
      ag("amelie", "11-04 10:20", """Bonjour Camille,

Oui, tout à fait : tous les essayages peuvent se faire ici avant votre départ, et vous partirez avec la robe prête, défroissée et emballée pour le voyage. Il faut compter trois essayages en général, le dernier environ trois semaines avant le mariage - dans votre cas, fin mars.

Bien cordialement,
Amélie"""),
      tz=1),

    C("pb48-fr-envoi-bordeaux", "fr", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Élise Moreau <elise.moreau@example.com>", "gmail", "Envoi de ma robe à Bordeaux",
      "'je reviens vers vous d'ici jeudi' kept only after 'Je me permets de vous relancer' the following Monday; the request to put the final invoice in the parcel is never addressed.",
      cu("11-02 14:00", """Bonjour Amélie,

Ma robe (commande PB-24031) est prête. Pouvez-vous l'envoyer à Bordeaux plutôt que je vienne la chercher ? Quel serait le coût de l'envoi assuré ? Et pourriez-vous glisser la facture finale dans le colis ? Mon assurance la demande.

Bien à vous,
Élise Moreau""", uq=1),
      ag("amelie", "11-02 16:10", """Bonjour Élise,

Oui, c'est possible. Je demande un devis à notre transporteur pour un envoi assuré vers Bordeaux et je reviens vers vous d'ici jeudi.

Bien cordialement,
Amélie""", promises=[("11-05", 4)]),
      cu("11-09 10:30", """Bonjour Amélie,

Je me permets de vous relancer au sujet de l'envoi de ma robe : je n'ai pas eu de nouvelles depuis votre message du 2 novembre.

Bien à vous,
Élise""", chase=True),
      ag("amelie", "11-09 15:00", """Bonjour Élise,

Toutes mes excuses pour ce retard. L'envoi assuré vers Bordeaux coûte 68 £, livraison en 3 à 4 jours ouvrés, robe à plat dans une boîte avec du papier de soie. Si cela vous convient, l'enlèvement peut se faire dès jeudi prochain.

Bien cordialement,
Amélie"""),
      tz=1),

    C("pb49-fr-odette-quatre-questions", "fr", "closed", {"unanswered-question": 2},
      "Margaux Lefèvre <margaux.lefevre@example.org>", "apple_fr", "Questions sur la robe Odette",
      "Four questions after the trunk show, multipart/alternative: lead time and shorter train answered, payment in instalments and holding the silk veil skipped.",
      cu("11-04 21:15", """Bonjour,

J'ai essayé la robe Odette de Maison Aurélie lors du trunk show dimanche et j'ai quelques questions. Quel est le délai de fabrication si je commande cette semaine ? Est-il possible d'avoir la traîne un peu plus courte directement à la commande ? Je voudrais aussi savoir si vous proposez un paiement en plusieurs fois. Enfin, pourriez-vous me mettre de côté le voile en tulle de soie que j'ai essayé avec ?

Merci beaucoup,
Margaux Lefèvre""", uq=2, kind="alt"),
      ag("amelie", "11-05 11:40", """Bonjour Margaux,

Merci pour votre message, l'Odette vous allait à merveille ! Maison Aurélie annonce actuellement 20 à 24 semaines de fabrication. Pour la traîne, la maison propose une version « traîne courte » (environ 60 cm au lieu de 120 cm) sans supplément : il suffit de le préciser sur le bon de commande.

Bien cordialement,
Amélie"""),
      tz=1),

    C("pb50-fr-devis-photos", "fr", "closed", {},
      "Inès Benali <ines.benali@example.net>", "gmail", "Demande de devis pour retouches",
      "Amélie asks for photos and promises an estimate tomorrow; the customer sends the photos (not a chase) and the estimate comes the next day.",
      cu("11-09 09:40", """Bonjour,

Ma robe a été achetée en ligne et elle est un peu grande au niveau du buste. Pouvez-vous m'envoyer un devis pour la reprendre ? Je peux vous envoyer des photos si besoin.

Cordialement,
Inès Benali"""),
      ag("amelie", "11-09 11:00", """Bonjour Inès,

Oui, envoyez-nous deux photos (de face et de profil, robe portée) et je vous envoie une estimation demain.

Bien cordialement,
Amélie""", promises=[("11-10", 4)]),
      cu("11-09 13:20", """Bonjour Amélie,

Voici les photos, de face et de profil. La robe est en crêpe avec une fermeture éclair au dos.

Inès""", attach=[("image/png", "robe-face.png", FRONT_PNG)]),
      ag("amelie", "11-10 10:30", """Bonjour Inès,

Merci pour les photos. Reprendre le buste d'une robe en crêpe avec fermeture éclair coûte entre 70 et 95 £ selon le travail sur la doublure. Priya confirmera le prix exact au premier essayage, qui est gratuit.

Bien cordialement,
Amélie"""),
      tz=1),

    C("pb51-fr-montreal-photos", "fr", "pending", {"unanswered-question": 1},
      "Chloé Martin <chloe.martin@example.com>", "gmail", "Voile cathédrale pour un mariage à Montréal",
      "A bride in Montréal (UTC-5): shipping answered; her second mail asks for photos and a colour, and only the colour is answered.",
      cu("11-12 20:30", """Bonjour,

Je suis Québécoise, ma belle-mère habite Harrogate et m'a parlé de votre boutique. Est-ce que vous expédiez les voiles au Canada ?

Chloé Martin"""),
      ag("amelie", "11-13 10:15", """Bonjour Chloé,

Oui, nous expédions au Canada : comptez 35 £ en envoi assuré, 5 à 7 jours ouvrés. Les éventuels droits de douane sont à régler à la livraison.

Bien cordialement,
Amélie"""),
      cu("11-16 19:05", """Merci ! Une dernière chose : pourriez-vous m'envoyer des photos du voile Wren en longueur cathédrale, porté de dos ? Et est-ce qu'il existe en ivoire clair ?

Chloé""", uq=1),
      ag("amelie", "11-17 11:20", """Bonjour Chloé,

Le Wren existe en ivoire clair comme en blanc, au même prix dans les deux cas (245 £ en longueur cathédrale).

Bien cordialement,
Amélie"""),
      tz=-5),

    C("pb52-es-marisol-nif", "es", "closed", {"unanswered-question": 1},
      "Carmen Delgado <carmen.delgado@example.com>", "gmail_es", "Vestido Marisol - pedido y arreglos",
      "A bride in Spain: deposit, paying from Spain and alterations answered; the bundled request for an invoice with her NIF is not.",
      cu("11-03 12:30", """Hola Lucía:

Soy la novia que vino el sábado con su madre y sus dos hermanas (¡el vestido Marisol!). Quería confirmar el pedido: ¿cuánto es la señal y cómo la puedo pagar desde España? ¿Los arreglos están incluidos en el precio? Además, por favor, envíenme la factura con mi NIF 48291736K, la necesito para mis cuentas.

Un abrazo,
Carmen Delgado""", uq=1),
      ag("lucia", "11-03 15:10", """Hola Carmen:

¡Qué alegría! La señal es el 50 %, es decir 890 £, y puedes pagarla con tarjeta por teléfono o por transferencia a nuestra cuenta en libras (los datos, abajo). Los arreglos no están incluidos: Priya te da presupuesto en la primera prueba, normalmente entre 200 y 350 £ para un vestido como el Marisol.

Datos bancarios: Pelham Bridal Ltd - IBAN GB29 LOYD 4011 6271 8293 64 - BIC LOYDGB21 - concepto: Delgado Marisol.

Un abrazo,
Lucía"""),
      tz=1),

    C("pb53-es-prueba-lunes", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Andrea Navarro <andrea.navarro@example.org>", "android", "Cambio de fecha de la prueba final",
      "'te escribo el lunes con las opciones' (9 Nov) comes on Wednesday after '¿hay alguna novedad? Sigo esperando'; the new date is then booked.",
      cu("11-04 17:00", """Hola:

Tengo la prueba final el 21 de noviembre pero me han cambiado el vuelo y no llego hasta el 24. ¿Podría moverse la prueba al 25 o al 26? La boda es el 5 de diciembre.

Gracias,
Andrea Navarro

Obtener Outlook para Android"""),
      ag("lucia", "11-05 10:30", """Hola Andrea:

Lo miro con Priya, que tiene la agenda de pruebas bastante llena esa semana, y te escribo el lunes con las opciones.

Un saludo,
Lucía""", promises=[("11-09", 4)]),
      cu("11-11 09:15", """Hola Lucía, ¿hay alguna novedad sobre la prueba? Sigo esperando y necesito organizarme con el trabajo.

Andrea

Obtener Outlook para Android""", chase=True),
      ag("lucia", "11-11 12:40", """Hola Andrea:

Perdona el retraso. Priya puede el miércoles 25 a las 10:00 o el jueves 26 a las 16:00. Dime cuál prefieres y te la reservo.

Un saludo,
Lucía"""),
      cu("11-11 13:50", """El jueves 26 a las 16:00, por favor.

Andrea

Obtener Outlook para Android"""),
      ag("lucia", "11-11 14:00", """Reservada: jueves 26 a las 16:00 con Priya. ¡Hasta entonces!

Lucía"""),
      tz=1),

    C("pb54-es-tocado-civil", "es", "closed", {},
      "Sofía Romero <sofia.romero@example.net>", "gmail_es", "Tocado para boda civil",
      "Headpieces answered with a link, shipping to Valencia with a price; thanks-only reply.",
      cu("11-06 11:20", """Hola:

Me caso por lo civil en febrero y busco algo más sencillo que un velo largo. ¿Tenéis tocados o casquetes con redecilla? ¿Y se pueden enviar a Valencia?

Gracias,
Sofía"""),
      ag("lucia", "11-06 13:30", """Hola Sofía:

Sí, tenemos varios casquetes con redecilla de Alder & Rue, desde 85 £, y un tocado de flores de seda precioso para boda civil: https://pelhambridal.example/es/accesorios?cat=tocados
Enviamos a España por 22 £ (envío asegurado, unos 5 días laborables).

Un saludo,
Lucía"""),
      cu("11-06 14:50", """¡Mil gracias, Lucía! Les echo un vistazo.

Sofía""", thanks=True),
      tz=1),

    C("pb55-es-damas-espera", "es", "open", {"awaiting-reply": 1},
      "Valentina Ruiz <valentina.ruiz@example.com>", "iphone", "Vestidos de damas de honor en verde salvia",
      "Lucía answers lead time and separate payment and asks for names; the reply with the names and a new question has waited three days.",
      cu("11-10 21:00", """Hola,

Somos cinco damas de honor y queremos el modelo Kinsley en verde salvia. ¿Cuánto tarda el pedido? ¿Se puede pagar cada una por separado?

Valentina

Enviado desde mi iPhone"""),
      ag("lucia", "11-11 10:00", """Hola Valentina:

El pedido de Kinsley tarda ahora unas 12 semanas. Y sí, cada dama puede pagar su vestido por separado con su propio enlace de pago; para eso necesito los nombres y correos de todas.

Un saludo,
Lucía"""),
      cu("11-17 22:10", """Hola Lucía, aquí van: Valentina Ruiz (yo), Marta Gil (marta.gil@example.com), Paula Serrano (paula.serrano@example.org), Nuria Vidal (nuria.vidal@example.net) y Elena Ortiz (elena.ortiz@example.com). ¿Podemos además ir a probarnos las tallas todas juntas el 12 de diciembre?

Valentina

Enviado desde mi iPhone"""),
      tz=1),

    C("pb56-es-mexico-lenta", "es", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Marina Castillo <marina.castillo@example.org>", "owa", "Pruebas a distancia desde México",
      "A bride in Mexico City (UTC-6) answered after three days: video fitting and timing answered, shipping the dress to Mexico after the wedding is not.",
      cu("11-06 18:00", """Buenas tardes:

Mi prometido es de Harrogate y la boda será allí en agosto, pero yo vivo en Ciudad de México. ¿Es posible hacer la primera prueba por videollamada y las demás en persona en julio? ¿Cuántas semanas antes de la boda tendría que estar en Inglaterra para las pruebas? También quisiera saber si el vestido se puede enviar a México después de la boda para guardarlo.

Saludos cordiales,
Marina Castillo""", uq=1),
      ag("lucia", "11-10 10:15", """Estimada Marina:

Disculpa la demora en responder; el fin de semana tuvimos un trunk show. La primera prueba no se puede hacer por videollamada, porque Priya necesita marcar el vestido sobre ti, pero sí podemos concentrar las pruebas: si llegas tres semanas antes de la boda, hacemos las tres pruebas en ese tiempo sin problema.

Saludos cordiales,
Lucía"""),
      tz=-6),

    C("pb57-es-bono-regalo", "es", "closed", {},
      "Nerea Etxeberria <nerea.etxeberria@example.net>", "gmail_es", "Bono regalo para mi hermana",
      "Lucía hands the gift-voucher question to Tom ('te escribirá él', no deadline); Tom answers both questions the next morning.",
      cu("11-09 16:45", """Hola:

Quiero regalarle a mi hermana parte de su vestido de novia. ¿Vendéis bonos regalo? ¿Se pueden usar también para los arreglos?

Gracias,
Nerea"""),
      ag("lucia", "11-09 17:30", """Hola Nerea:

¡Qué regalo tan bonito! Los bonos regalo los gestiona mi compañero Tom, de pagos; le he pasado tu mensaje y te escribirá él directamente.

Un saludo,
Lucía""", promises=[("window", 3)]),
      ag("tom", "11-10 11:00", """Hi Nerea,

Lucía passed me your message - I hope English is OK! Yes, we sell gift vouchers from £50 up to any amount, and they can be used for anything in the boutique, alterations included. You can buy one here: https://pelhambridal.example/gift-vouchers?lang=es - it arrives by email as a PDF.

Best regards,
Tom"""),
      tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "pb02-bridesmaids-sage": [
        "Could you also ship my sister's dress straight to her in Aberdeen rather than her travelling down for it?"],
    "pb04-deposit-instalments": [
        "Also please send the deposit receipt to my work address amira.s@harlowgate.example as well, my personal inbox is a mess."],
    "pb08-toronto-shipping": [
        "Since I can't easily fly back for a final fitting, would Priya be able to do one over a video call with my local seamstress on the line?"],
    "pb23-second-fitting-essay": [
        "My mum wants to come but she has a hospital appointment that morning so could we push the time from 11 to 2?",
        "I also found a vintage brooch of my gran's that I'd love sewn onto the sash, is that something you can do and would it be safe on the satin?"],
    "pb24-balance-numbered": [
        "Does the balance include the steam and storage, or is that extra?",
        "Please could you email me a final itemised invoice - my dad's paying half and wants to see it."],
    "pb25-collection-second-mail": [
        "And could you pack the veil separately, in its own box?"],
    "pb26-train-shorten-neighbour": [
        "Can the train actually be shortened by about 30cm, rather than bustled?"],
    "pb32-planner-cc-invoices": [
        "We'd also need every invoice addressed to Ellery Events rather than the bride, with our PO reference EE-0871 on it, as we settle suppliers directly."],
    "pb36-sydney-care-instructions": [
        "Could you also send me the care instructions for the silk?"],
    "pb37-linnea-bullets": [
        "is there a cancellation period if I change my mind in the first week?",
        "can you confirm the sample I tried was the same lace as the made-to-order one?"],
    "pb41-flower-girl-monday": [
        "And please can you put it on a separate receipt from my bridesmaid order, it's being paid for by her parents."],
    "pb42-de-elsie-lieferzeit": [
        "Außerdem bitte ich Sie, mir die Rechnung an meine deutsche Adresse (Lindenstraße 12, 50674 Köln) zu schicken."],
    "pb43-de-traeger-bis-freitag": [
        "Könnten Sie mir bei der Gelegenheit auch die Rechnung für die Kürzung vom Oktober noch einmal schicken?"],
    "pb46-de-restzahlung-rechnung": [
        "Bitte stellen Sie die Rechnung für die Restzahlung auf meinen Namen aus, da ich sie über meine Firma abrechne."],
    "pb48-fr-envoi-bordeaux": [
        "Et pourriez-vous glisser la facture finale dans le colis ?"],
    "pb49-fr-odette-quatre-questions": [
        "Je voudrais aussi savoir si vous proposez un paiement en plusieurs fois.",
        "Enfin, pourriez-vous me mettre de côté le voile en tulle de soie que j'ai essayé avec ?"],
    "pb51-fr-montreal-photos": [
        "Une dernière chose : pourriez-vous m'envoyer des photos du voile Wren en longueur cathédrale, porté de dos ?"],
    "pb52-es-marisol-nif": [
        "Además, por favor, envíenme la factura con mi NIF 48291736K, la necesito para mis cuentas."],
    "pb56-es-mexico-lenta": [
        "También quisiera saber si el vestido se puede enviar a México después de la boda para guardarlo."],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice105 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
