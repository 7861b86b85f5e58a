#!/usr/bin/env python3
"""Regenerate ``tests/practice44/``: a labelled corpus of Quillfield Print Studio.

A support mailbox of a fictional small commercial printer in Bristol (business cards,
banners, wedding stationery, packaging proofs, reprints, bulk orders, artwork file checks,
delivery slots), written without looking at the detection heuristics, with many customer
questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``quillfieldprint.example``.

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

Usage: python scripts/make_practice44_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "quillfieldprint.example"
STUDIO = "Quillfield Print Studio <studio@quillfieldprint.example>"
NAME = "practice44"

AGENTS = {
    "nell": ("Nell Ashdown <nell@quillfieldprint.example>", "thunderbird", """-- 
Nell Ashdown
Print Desk | Quillfield Print Studio
14 Ropewalk Lane, Bristol BS1 6QX | 0117 496 0712
Get a quote: https://quillfieldprint.example/quote?ref=sig"""),
    "kofi": ("Kofi Mensah <kofi@quillfieldprint.example>", "outlook", """Kofi Mensah
Prepress & Artwork Checks | Quillfield Print Studio
File not print-ready? Our checklist: https://quillfieldprint.example/artwork?src=sig"""),
    "bryony": ("Bryony Hale <bryony@quillfieldprint.example>", "owa", """Bryony Hale
Accounts | Quillfield Print Studio
This email and any attachments are confidential. If you have received it in error, please
tell us and delete it. Quillfield Print Studio Ltd, registered in England no. 09999876."""),
    "teo": ("Teodor Varga <teodor@quillfieldprint.example>", "apple", """Teodor Varga
Production & Dispatch | Quillfield Print Studio
Book a delivery slot: https://quillfieldprint.example/slots?view=week"""),
    "frieda": ("Friederike Brandt <friederike@quillfieldprint.example>", "thunderbird_de", """-- 
Friederike Brandt
Kundenservice DE/AT/CH | Quillfield Print Studio
https://quillfieldprint.example/de?ref=signatur"""),
    "solene": ("Solène Marchetti <solene@quillfieldprint.example>", "apple_fr", """Solène Marchetti
Service client francophone | Quillfield Print Studio
https://quillfieldprint.example/fr?utm_source=email"""),
    "rocio": ("Rocío Albarrán <rocio@quillfieldprint.example>", "gmail_es", """--
Rocío Albarrán
Atención al cliente | Quillfield Print Studio
+44 117 496 0719"""),
}

ACK = """Hello,

Thanks for contacting Quillfield Print Studio. This is an automatic reply to let you
know we have received your message - your reference is {ref}.

Our print desk is open Monday to Friday, 8:30am to 5:30pm, and we aim to reply within
one working day. If your enquiry is about an order due for delivery tomorrow, please
call us on 0117 496 0712.

Quillfield Print Studio
https://quillfieldprint.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: Pegasus Mail for Windows (4.73)"],
    "helpdesk": ["X-Mailer: Quillfield Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="qf.", outlook_server="AM6PR0")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice44", title="Quillfield Print Studio", desk=STUDIO, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="QF-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

FOLDER_QUOTE_PDF = mailcraft.pdf(["Quillfield Print Studio - Quotation QF-Q-26-1187",
                                  "200 A4 presentation folders, 350gsm silk, matt laminated",
                                  "One pocket with business card slit (included)",
                                  "GBP 338.00 + VAT, valid 30 days"])
TEABOX_PROOF_PDF = mailcraft.pdf(["Quillfield Print Studio - Proof v2 - Kestrel Teas",
                                  "Tuck-end carton 70 x 70 x 110 mm, dieline KT-03",
                                  "Spot colour: Pantone 7621 C (5th unit)",
                                  "Barcode verified grade A at 90 % magnification"])
INVOICE_PDF = mailcraft.pdf(["Quillfield Print Studio - Invoice QF-INV-8841 (reissued)",
                             "Oakhurst Veterinary Group, VAT GB 284 5519 07",
                             "Clinic leaflets and appointment cards",
                             "Total GBP 1,284.00 incl. VAT"])
MENU_PROOF_PDF = mailcraft.pdf(["Quillfield Print Studio - Proof - Grant/Hollis wedding menus",
                                "10 x 21 cm, cream 350gsm, 110 copies",
                                "Typeface as invitations (job QF-29410)"])
PROGRAMME_PDF = mailcraft.pdf(["Quillfield Print Studio - Proof v2 - Mossley Community Choir",
                               "p2 conductor: Helena Ruiz-Walsh",
                               "p5 interval: 20 minutes", "Back cover: Arts Council logo added"])
CONFIRMATION_PDF = mailcraft.pdf(["Quillfield Print Studio - Order confirmation QF-32471",
                                  "600 wine labels 90 x 120 mm, Tintoretto Gesso",
                                  "GBP 148.00 + VAT; print date Thursday 19 November"])
DEVIS_PDF = mailcraft.pdf(["Quillfield Print Studio - Devis QF-D-26-0412",
                           "500 boites cadeaux 8 x 8 x 10 cm, kraft, 1 couleur",
                           "1,12 GBP HT l'unite + outil de decoupe 140 GBP HT"])
ETUI_PDF = mailcraft.pdf(["Quillfield Print Studio - BAT v2 - Savonnerie Fontaine",
                          "Etui savon 90 x 60 x 30 mm",
                          "Logo decale de 4 mm vers le centre"])
PROOF_PNG = mailcraft.png(14, 10, lambda x, y: (40 + 10 * x, 120 + 6 * y, 80))
PHOTO_PNG = mailcraft.png(16, 10, lambda x, y: (200 - 9 * y, 180 - 5 * x, 150 + 4 * y))
LOGO_PNG = mailcraft.png(10, 10, lambda x, y: (20, 60 + 18 * x, 140 + 10 * y))
FILE_PNG = mailcraft.png(12, 12, lambda x, y: (230, 230 - 12 * y, 90 + 8 * x))
LOGO_PDF = mailcraft.pdf(["Hawthorn Corporate Gifts - client logo (vector)", "Pantone 871 C foil"])

CASES: list[Case] = [
    C("q01-brightwater-business-cards", "en", "closed", {},
      "Imogen Tull <imogen@brightwaterphysio.example>", "gmail", "Business cards for the new clinic",
      "Four questions about business cards (minimum, stock weight, rounded corners, date) answered in one reply, out of order; thanks-only close.",
      cu("11-02 09:12", """Hi there,

We're opening a second clinic in January and need new business cards for the whole team (6 people). A few questions before I send the artwork over:

Would 250 cards per person be the minimum, or can we do fewer? Is 450gsm possible, or is that too thick for your machines? We love the rounded corners on a card someone gave us recently - is that something you offer, and does it add much to the cost?

We'd need them by 15 December at the latest.

Thanks so much,
Imogen Tull
Practice Manager, Brightwater Physiotherapy
www.brightwaterphysio.example"""),
      ag("nell", "11-02 11:40", """Hi Imogen,

Congratulations on the second clinic! Rounded corners are £6 per 250 (3 mm or 6 mm radius, your choice), and 450gsm silk runs through our press without any trouble. There's no minimum per person - 100 each is fine, it only nudges the unit price up a little (both options below). Mid-December is no problem as long as we have print-ready artwork by 4 December.

100 per person, 450gsm silk, rounded corners: £29.50 per name
250 per person, same spec: £41.00 per name

Best wishes,
Nell"""),
      cu("11-02 12:05", """Brilliant, thank you Nell - the artwork will follow once the team photos are done.

Imogen""", thanks=True)),

    C("q02-harrow-vale-fair-banner", "en", "closed", {},
      "Graham Pellow <g.pellow@harrowvale-pta.example>", "outlook", "Banner for the Christmas fair",
      "Four banner questions in a list, each answered inline under the quoted line (a size, 'Included', a material, a file setting).",
      cu("11-03 19:40", """Hello,

I'm organising the PTA Christmas fair at Harrow Vale Primary on 5 December and we need a banner for the school railings.

Roughly 3m x 1m - can you do that size?
Does it come with eyelets, or do we need to buy those separately?
Will it survive being outside for a week in the rain?
The artwork is being done by a parent in Canva. Is a PDF from Canva OK?

Many thanks
Graham Pellow
Harrow Vale PTA"""),
      ag("kofi", "11-04 08:55", """Hi Graham,

Answers under each of your points:

> Roughly 3m x 1m - can you do that size?

3000 x 1000 mm is one of our standard sizes, £54 + VAT.

> Does it come with eyelets, or do we need to buy those separately?

Included: brass eyelets every 50 cm along all four edges.

> Will it survive being outside for a week in the rain?

It's 440gsm PVC with UV-stable inks, so a week of November weather is nothing to it. Dry it off before you roll it up and you can use it again next year.

> The artwork is being done by a parent in Canva. Is a PDF from Canva OK?

It is - choose "PDF Print" and tick "crop marks and bleed". Every file gets a free artwork check before it is printed.

Regards,
Kofi""", quote=False)),

    C("q03-elm-wedding-invitations", "en", "pending", {"unanswered-question": 2},
      "Saoirse Keane <saoirse.keane@example.com>", "iphone", "Wedding invitations - February",
      "A couple asks four things; the reply sends a sample pack and lists foils but skips envelope liners and the order deadline.",
      cu("11-16 21:14", """Hi!

My fiancé and I are getting married on 12 February and we’ve fallen in love with your letterpress samples on Instagram. We’re looking at about 90 invitations with RSVP cards.

Could you send us a sample pack? We’d also love to know which foil colours you have - we’re thinking rose gold or copper. Is it possible to add envelope liners with a pattern? And what’s the latest date we could order and still have them in time to post 8 weeks before?

Thank you!!
Saoirse x

Sent from my iPhone""", uq=2),
      ag("nell", "11-17 10:05", """Hi Saoirse,

Congratulations to you both! A sample pack is going out to you by second-class post today (it's free) - it has our letterpress invitation on 600gsm cotton board and an RSVP card in it.

Foils: we stock rose gold, copper, antique gold, bright silver, and gloss black and white. Rose gold looks lovely on the blush cotton board; copper works better on the natural white.

Warm wishes,
Nell""")),

    C("q04-pemberton-brochure-reprint", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Dev Malhotra <dev@pembertonestates.example>", "outlook", "Reprint of the lettings brochures",
      "Reprint price promised 'by Wednesday'; the customer chases on Friday and the price comes the next Monday: kept late = missed.",
      cu("11-09 09:30", """Hi Nell,

We need a reprint of the lettings brochure you did for us in September (job QF-31877, A4 12pp, 300 copies). Two of the listings have changed, so I'll send new pages 4 and 9. Could you let me know the cost for 300 and for 500? Also can we keep the soft-touch laminate on the cover?

Thanks
Dev Malhotra
Pemberton Estates"""),
      ag("nell", "11-09 11:15", """Hi Dev,

The soft-touch cover is no problem, we still have the settings from September. Paper has gone up since then, so let me get fresh figures from the workshop for both quantities - I'll send the reprint price over by Wednesday.

Best,
Nell""", promises=[("11-11", 4)]),
      cu("11-13 14:20", """Hi Nell, just following up on the reprint price - we'd like to get this moving next week if we can.

Dev""", chase=True),
      ag("nell", "11-16 09:40", """Hi Dev,

Apologies for the wait, the workshop was snowed under last week. 300 copies: £642 + VAT; 500 copies: £815 + VAT, both with the soft-touch cover and your new pages 4 and 9. Turnaround is five working days from an approved proof.

Best,
Nell""")),

    C("q05-kestrel-tea-box-proof", "en", "closed", {},
      "Hana Okafor <hana@kestrelteas.example>", "apple", "Proof check - tea box dieline",
      "Packaging proof: dieline, barcode and spot-colour questions answered with an annotated proof; the approval is confirmed and the job marked resolved.",
      cu("11-04 10:05", """Hello Kofi,

Attached is a screenshot of the proof you sent on Monday for our tea boxes. Before I approve it: is the dieline definitely the 70 x 70 x 110 one we agreed? I'm also nervous about the barcode on the side panel - it looks tiny. Will it scan? And can you match the green to Pantone 7621 C rather than building it from CMYK?

Thanks,
Hana Okafor
Kestrel Teas""", attach=[("image/png", "proof-screenshot.png", PROOF_PNG)]),
      ag("kofi", "11-04 13:20", """Hi Hana,

The dieline on the proof is the 70 x 70 x 110 mm tuck-end, the same one as the white sample we sent you in October. I've tested the barcode at final size with our verifier: grade A, so tills will read it - it's at 90 % magnification, which is within the GS1 range. And yes, we'll run 7621 C as a fifth, spot colour; that adds £38 to the job. The updated proof with the spot colour marked is attached.

Regards,
Kofi""", attach=[("application/pdf", "kestrel-teabox-proof-v2.pdf", TEABOX_PROOF_PDF)]),
      cu("11-04 15:02", """Great, that's reassuring. Approved - please go ahead with the spot colour.

Hana"""),
      ag("kofi", "11-04 16:10", """Hi Hana,

Thanks - it's in the production schedule and will be printed on Monday. I'll mark this one as resolved on our side.

Regards,
Kofi""", closes=True)),

    C("q06-foxglove-bulk-flyers", "en", "closed", {"unanswered-question": 1},
      "Tom Whitlock <tom.whitlock@foxglovecoffee.example>", "gmail", "Bulk flyers for 3 sites",
      "Bulk flyer order: prices and split delivery answered, the request for a credit account form ignored.",
      cu("11-05 08:47", """Morning,

We're launching a winter menu across our three cafés and want A5 flyers, double-sided, 5,000 in total. What's the price at 5,000 vs 10,000? Can you split the delivery across the three shops (addresses below)? Please also send us your credit account application form - we'd rather not pay by card for orders this size.

Foxglove Coffee - Clifton: 22 Regent St, BS8 4HG
Foxglove Coffee - Redland: 8 Chandos Rd, BS6 6PE
Foxglove Coffee - Harbourside: Unit 3, Canons Way, BS1 5UH

Cheers,
Tom""", uq=1),
      ag("nell", "11-05 10:30", """Hi Tom,

A5 double-sided on 170gsm silk: 5,000 for £189 + VAT, 10,000 for £259 + VAT. Splitting across the three cafés is fine - it's £9 per extra drop, so £18 on top. Tell me how many go to each and I'll set it up.

Best,
Nell""")),

    C("q07-tidewell-delivery-slot", "en", "open", {"awaiting-reply": 1},
      "Rachel Ibbotson <r.ibbotson@tidewellhotel.example>", "owa", "Change of delivery slot - menus order",
      "Request to move a delivery slot, acknowledged by the helpdesk, plus a second mail with the goods-entrance detail; no human reply for 30 hours.",
      cu("11-18 08:55", """Hello,

Our menu order (QF-32410) is booked for delivery on Monday 23rd between 1 and 5pm. Could we have it in the morning slot instead? Our restaurant manager is only here until 12.

Thanks,
Rachel Ibbotson
Front of House, Tidewell Hotel"""),
      ack("11-18 08:56"),
      cu("11-18 11:30", """Sorry, one more thing - the goods entrance is on Quay Street, not the front door. Please let the driver know.

Rachel""")),

    C("q08-marlowe-poster-resolution", "en", "closed", {"missed-follow-up": 1},
      "Felix Marlowe <felix@marlowe-studio.example>", "thunderbird", "A1 poster file - resolution?",
      "Artwork check: the prepress verdict promised for 'tomorrow' never comes; the question is deferred by the promise.",
      cu("11-03 16:20", """Hi,

I've uploaded the poster for the Marlowe Studio open house through your upload page (file: marlowe-openhouse-A1-v3.pdf). The photo in the middle is a 4000 x 2600 px JPEG. Is that enough resolution for A1, or will it look soft? If it's borderline I can ask the photographer for the RAW.

Felix"""),
      ag("kofi", "11-03 17:05", """Hi Felix,

Thanks, I can see the file in the queue. I'll run it through preflight and look at that photo at full size first thing tomorrow, and come back to you tomorrow with a verdict either way.

Regards,
Kofi""", promises=[("11-04", None)])),

    C("q09-ridgeway-raffle-tickets", "en", "closed", {},
      "Bernadette Quigley <bernie@ridgewayrfc.example>", "gmail", "Raffle tickets - round two!",
      "A rhetorical question and a self-answered one around a real request and a date question, both answered.",
      cu("11-05 13:02", """Hi Nell,

Who knew 2,000 raffle tickets would go in a single weekend? The club is thrilled. We'd like another 2,000, numbered 2001 to 4000 so there's no overlap with the first batch, same design and colours as before. Where do I find the job number you'll need - oh wait, it's on the delivery note, QF-31502.

Could you have them ready by Thursday 12th? One of us can collect from the studio.

Thanks a million,
Bernie
Ridgeway RFC Social Committee"""),
      ag("nell", "11-05 15:10", """Hi Bernie,

That's a lovely problem to have! 2001-4000 on the same design is set up, and they'll be ready to collect from Wednesday 11th after 2pm, a day early. Same price as last time, £96 + VAT.

Best,
Nell""")),

    C("q10-oakhurst-invoice-vat", "en", "closed", {"unanswered-question": 1},
      "Malcolm Reyes <accounts@oakhurstvets.example>", "outlook", "Invoice QF-INV-8841",
      "Accounts: the invoice is reissued with the VAT number (PDF); the request to pay in two instalments is not addressed.",
      cu("11-06 11:10", """Hi,

Our auditors have flagged that invoice QF-INV-8841 doesn't show our VAT number. Please reissue it with GB 284 5519 07 on it. I was wondering whether we could also split the payment into two instalments, half now and half in December, as it landed in a tight month for us.

Kind regards,
Malcolm Reyes
Accounts, Oakhurst Veterinary Group""", uq=1),
      ag("bryony", "11-06 14:25", """Hello Malcolm,

Reissued invoice attached - same number and amount, now with your VAT number in the customer block. Apologies for leaving it off the first time.

Kind regards,
Bryony""", attach=[("application/pdf", "QF-INV-8841-reissued.pdf", INVOICE_PDF)])),

    C("q11-sandpiper-roller-banners", "en", "pending", {"customer-chased": 2, "slow-first-response": 1},
      "Lydia Frost <lydia@sandpiperevents.example>", "android", "Roller banners - delivery date?",
      "Delivery-date question from a phone, chased twice ('any news', 'still waiting'), answered six days later with the date and tracking.",
      cu("11-10 12:15", """Hi, we ordered 4 roller banners last week (QF-32077) for the Winter Wedding Show on the 21st. When will they be delivered? We need them on site by Friday 20th.

Lydia Frost
Sandpiper Events"""),
      cu("11-12 09:40", """Hi, any news on the delivery date? Thanks, Lydia""", chase=True),
      cu("11-13 16:05", """Still waiting to hear back about this. Can someone please ring me on 07700 900481? Getting a bit worried now.

Lydia""", chase=True),
      ag("teo", "11-16 08:50", """Hi Lydia,

I'm so sorry you had to chase - your emails ended up in a folder they shouldn't have. I rang your mobile just now and left a voicemail. The four banners are printed and packed; they go out with DPD today and will be with you tomorrow, Tuesday 17th, well before the show. Tracking: 15505 8823 1142.

Best,
Teodor""")),

    C("q12-lindqvist-notebooks", "en", "pending", {},
      "Annika Lindqvist <annika@lindqvist-design.example>", "apple", "Custom notebooks - lay-flat?",
      "Binding answered; the price deferred to Monday 23 November, a promise still ahead at audit time.",
      cu("11-18 15:30", """Hi Nell,

We want to give clients a branded A5 notebook this Christmas - about 250, our logo debossed on the cover, 96 pages dotted. Two things: is lay-flat binding an option, so they open flat on a desk? And could you give me a price?

Thanks,
Annika"""),
      ag("nell", "11-19 09:20", """Hi Annika,

Lay-flat is possible: we'd use PUR binding, which opens fully flat and is much stronger than standard perfect binding. The deboss needs a custom brass die, which the workshop quotes separately, so I'll send you the full price on Monday once I have their figure.

Best,
Nell""", promises=[("11-23", None)])),

    C("q13-hollis-grant-wedding-menus", "en", "closed", {"missed-follow-up": 1},
      "Oliver Grant <olly.grant@example.net>", "gmail", "Table menus for our wedding",
      "Digital proof promised 'by Friday' arrives the following Monday without a chase: late = missed; thanks-only close.",
      cu("11-02 20:10", """Hi there,

We'd like 110 table menus for our wedding on 19 December - one per guest, 10 x 21 cm, on the same cream card as our invitations (you printed those in the summer, under Grant/Hollis). The text is below. Could you set them up and send us a digital proof?

Starter: Beetroot and goat's cheese tart
Main: Slow-roast shoulder of lamb or wild mushroom Wellington
Dessert: Sticky toffee pudding

Thanks!
Olly"""),
      ag("nell", "11-03 09:30", """Hi Olly,

Lovely menu! I've found your invitation file, so I'll set the menus up in the same typeface and send you a digital proof by Friday. 110 on the cream 350gsm card will be £88.

Best,
Nell""", promises=[("11-06", 3)]),
      ag("nell", "11-09 10:15", """Hi Olly,

Here's the proof for the menus - sorry it's a couple of days later than I said. Have a look and let me know if anything needs changing.

Best,
Nell""", attach=[("application/pdf", "grant-hollis-menus-proof.pdf", MENU_PROOF_PDF)]),
      cu("11-09 19:00", """They look perfect - no changes. Thanks Nell!

Olly""", thanks=True)),

    C("q14-greyfriars-calendars", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Joanna Pike <joanna.pike@greyfriarstrust.example>", "outlook", "2027 calendars - 300 copies",
      "Three agents answer price, photo check and delivery date; the shrink-wrapping question falls between them.",
      cu("11-16 10:00", """Hello,

We'd like 300 wall calendars for 2027 for our supporters, A4 landscape, wiro-bound with a hanger, 13 pages (cover + 12 months). The photos are from our volunteers. Please could you give us a price, let us know whether the photos attached to this email are good enough to print, and tell us the earliest delivery date you could manage. Can the calendars be shrink-wrapped individually too? We post them out.

Best wishes,
Joanna Pike
Fundraising Officer, Greyfriars Heritage Trust
Registered charity no. 1099999""", uq=1, attach=[("image/png", "IMG_4471.png", PHOTO_PNG)]),
      ag("nell", "11-16 11:45", """Hi Joanna,

300 calendars as you describe, on 170gsm silk with a white wiro and hanger: £1,140 + VAT, including our charity discount. I've passed your photos to Kofi in prepress.

Best,
Nell"""),
      ag("kofi", "11-17 09:10", """Hello Joanna,

I've been through the 13 photos. Twelve are fine at A4. The bell tower (IMG_4471) is only 1200 px wide, so it would look soft - if the volunteer has a larger version, please send it; otherwise we can use it smaller with a white border.

Regards,
Kofi""", parent=1),
      ag("teo", "11-17 14:30", """Hi Joanna,

From approved artwork we need six working days, so if the final files are in by Monday 23rd the calendars can be with you on Tuesday 1 December.

Best,
Teodor""", parent=1)),

    C("q15-saltmarsh-recycled-posters", "en", "closed", {},
      "Ellie Brampton <ellie@saltmarshgallery.example>", "owa", "A3 posters on recycled paper",
      "HTML-only mail with a signature URL carrying '?'; recycled stock and collection both answered.",
      cu("11-05 12:30", """Hi,

We have an exhibition opening on 27 November and need 60 A3 posters. We try to keep everything as green as we can - do you print on recycled paper? And can we collect from you rather than have them delivered? We're only ten minutes away.

Thanks,
Ellie Brampton
Saltmarsh Gallery
Visiting us? Plan your trip: https://saltmarshgallery.example/visit?utm_source=email&utm_medium=signature""", kind="html"),
      ag("nell", "11-05 14:00", """Hi Ellie,

We do - our house uncoated is 100 % recycled (Revive Natural, FSC Recycled) and it's lovely for posters; 60 A3 on the 170gsm would be £72 + VAT. Collection is free from the studio at 14 Ropewalk Lane, Monday to Friday 8:30 to 5:30.

Best,
Nell""")),

    C("q16-cobalt-candle-boxes", "en", "closed", {"reopened": 1},
      "Marcus Yeo <marcus@cobaltcandles.example>", "thunderbird", "Candle box order - damaged cartons",
      "Damaged boxes reprinted and the ticket explicitly resolved; six days later the customer asks for a new quote in the same thread.",
      cu("11-03 09:15", """Hi,

The candle boxes arrived this morning, thanks. Three of the outer cartons were crushed and about 40 boxes inside are dented. Can you reprint those 40?

Marcus Yeo
Cobalt Candle Co."""),
      ag("teo", "11-03 11:40", """Hi Marcus,

Sorry about that - the courier has clearly had a rough day. We'll reprint the 40 boxes free of charge; they're on the press this afternoon and go out by DPD tomorrow. I'll mark this ticket as resolved, but do reply if anything else is wrong.

Best,
Teodor""", closes=True),
      cu("11-09 10:05", """Hi Teodor,

The replacements were perfect, thanks. While I have you - we're launching a mini candle in January. Could you quote for 1,000 smaller boxes, 50 x 50 x 70 mm, same board and finish?

Marcus"""),
      ag("nell", "11-09 13:30", """Hi Marcus,

1,000 mini boxes at 50 x 50 x 70 mm on the same 350gsm board with matt lamination: £436 + VAT, which includes a new cutting forme (£95, one-off).

Best,
Nell""")),

    C("q17-aldermoor-bookmarks-fwd", "en", "closed", {},
      "Priya Nair <priya@aldermoorbooks.example>", "gmail", "Fwd: Order confirmation QF-32155",
      "A forwarded order confirmation (with its own 'Questions about your order?' line) and one real question, answered with a date and tracking number.",
      cu("11-06 10:20", """Hi,

Forwarding our order confirmation below. Can you tell me when this will be dispatched? We have an author event on the 14th and the bookmarks need to be there.

Priya

---------- Forwarded message ---------
From: Quillfield Print Studio <studio@quillfieldprint.example>
Date: Mon, 2 Nov 2026 at 14:02
Subject: Order confirmation QF-32155
To: <priya@aldermoorbooks.example>

Thank you for your order!

Order: QF-32155
Item: Bookmarks, 50 x 180 mm, 400gsm silk, double-sided, 1,000
Delivery: standard (5-7 working days)

Questions about your order? Reply to this email or call 0117 496 0712.
Track your order: https://quillfieldprint.example/orders?id=QF-32155"""),
      ag("teo", "11-06 12:05", """Hi Priya,

The bookmarks are packed and went out with DPD this morning, so they'll be with you on Monday 9th - plenty of time for the 14th. Tracking number 15505 8812 0098.

Best,
Teodor""")),

    C("q18-juniper-yearbook", "en", "closed", {"unanswered-question": 2},
      "Carl Devereux <c.devereux@juniperacademy.example>", "outlook", "Year 11 yearbook - quote and process",
      "Four questions inside one long paragraph; price and hardback answered, photo upload and file deadline skipped.",
      cu("11-04 13:40", """Dear Quillfield team,

I'm the teacher in charge of the Year 11 yearbook this year and I'm trying to get the logistics sorted before Christmas so the students can work on it over the spring term. We're thinking of 64 pages, A4 portrait, full colour throughout, around 180 copies, and I'd like to know roughly what that would cost us. The students will be collecting photos from across the year group, so is there a way for them to upload everything to you through a shared drive rather than sending huge email attachments? I also need to plan backwards from the leavers' assembly on 25 June: when would you need the final files and how long does proofing usually take? Finally, a few parents have asked about a hardback version - do you offer one, and if so what's the minimum run?

Many thanks,
Carl Devereux
Head of Year 11, Juniper Academy""", uq=2),
      ag("nell", "11-04 15:55", """Dear Carl,

What a nice project. For 180 copies of a 64-page A4 yearbook, full colour on 130gsm silk with a 300gsm softcover, you'd be looking at about £1,620 + VAT; I can firm that up once the page count is final.

Hardbacks are possible as a separate run from 25 copies, at roughly £24 each - parents usually order them through the school and we print them alongside the softcovers.

Kind regards,
Nell""")),

    C("q19-partridge-swing-tags", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Gemma Holt <gemma@partridgeknitwear.example>", "gmail", "Quote: kraft swing tags",
      "Quote request acknowledged by the helpdesk, then resent word for word as a new mail two days later; still no reply.",
      cu("11-16 14:10", """Hello,

Could you quote for 1,000 swing tags on brown kraft board, 50 x 90 mm, printed one side in black, with a hole and natural string? Also, do you have any samples of kraft tags you could post?

Gemma Holt
Partridge Knitwear
Instagram: @partridgeknits"""),
      ack("11-16 14:11"),
      cu("11-18 09:05", """Hello,

Could you quote for 1,000 swing tags on brown kraft board, 50 x 90 mm, printed one side in black, with a hole and natural string? Also, do you have any samples of kraft tags you could post?

Gemma Holt
Partridge Knitwear
Instagram: @partridgeknits""", chase=True, parent=0)),

    C("q20-oduya-quote-request", "en", "closed", {},
      "Sam Oduya <sam@oduyaplumbing.example>", "android", "Quote request",
      "A one-line quote request with a date question, both answered in one sentence; shares its subject with q21 (another customer).",
      cu("11-04 07:45", """Hi, how much for 2,500 DL leaflets, single sided, and can you do them by the 13th? Thanks Sam Oduya, Oduya Plumbing & Heating"""),
      ag("nell", "11-04 09:20", """Hi Sam,

2,500 DL single-sided on 130gsm gloss is £68 + VAT, and yes - order by Monday and they'll be with you on the 12th.

Best,
Nell""")),
]

CASES += [
    C("q21-moss-fern-quote-request", "en", "closed", {"unanswered-question": 1},
      "Harriet Moss <harriet@mossandfern.example>", "apple", "Quote request",
      "Same subject as q20, different customer: greetings-card price answered, packing in sets of ten with a belly band not.",
      cu("11-04 08:10", """Hello,

Please could you quote for 500 greetings cards, A6 folded, with kraft envelopes? They're illustrations of my garden plants - I'll send the files once we've agreed a price. Could you also tell me whether you can pack them in sets of 10 with a belly band?

Harriet Moss
Moss & Fern Illustration""", uq=1),
      ag("nell", "11-04 10:05", """Hello Harriet,

500 A6 folded cards on 350gsm uncoated with C6 kraft envelopes: £215 + VAT. On the uncoated stock I'd have them scored and creased rather than just folded, which costs nothing extra.

Best,
Nell""")),

    C("q22-wrenfield-beer-mats", "en", "closed", {},
      "Victor Amadi <victor@wrenfieldbrewery.example>", "thunderbird", "Beer mats - delivery day",
      "A colleague keeps the promise: 'Teodor ... will confirm tomorrow', and he does; thanks-only close.",
      cu("11-05 08:30", """Hi Nell,

The beer mats for the Wrenfield tap room (QF-32190): can they be delivered on a Tuesday or Wednesday rather than a Friday? Friday is our brewing day and nobody's around to sign. Also, is there a charge for choosing a delivery day?

Victor"""),
      ag("nell", "11-05 09:45", """Hi Victor,

No charge for picking the day. I've asked Teodor, who plans the vans, to put you on a Tuesday or Wednesday - he'll confirm which one tomorrow.

Best,
Nell""", promises=[("11-06", 3)]),
      ag("teo", "11-06 10:20", """Hi Victor,

You're booked for Wednesday 11 November, 9am to 1pm. The driver rings 30 minutes before he arrives.

Best,
Teodor"""),
      cu("11-06 10:40", """Perfect, thanks both.

Victor""", thanks=True)),

    C("q23-thistle-gold-edges", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Fiona Baird <fiona@thistleandthread.example>", "gmail", "Gold edge painting on wedding invitations?",
      "'Let me check with the workshop ... and I'll come back to you' (no deadline) is never kept; the stylist checks in a week later and waits.",
      cu("11-09 11:20", """Hi there,

I'm a wedding stylist and one of my couples wants their invitations on 700gsm board with gold painted edges. Is edge painting something you do in-house? If so, roughly how much would it add for 80 invitations?

Best,
Fiona Baird
Thistle & Thread Weddings"""),
      ag("nell", "11-09 13:05", """Hi Fiona,

We do edge painting in-house, but gold is a special finish and not every board takes it well. Let me check with the workshop whether they can do it on the 700gsm and I'll come back to you with a price.

Best,
Nell""", promises=[("window", None)]),
      cu("11-18 10:00", """Hi Nell, just checking in on the gold edges - have you heard anything from the workshop? My couple are keen to get the order in.

Fiona""", chase=True)),

    C("q24-birchall-christmas-cards", "en", "pending", {},
      "Ruth Birchall <ruth@birchallandsons.example>", "outlook", "Christmas cards - delivery address",
      "Address change and signature question answered; the courier schedule is logistics, not a promise; thanks-only.",
      cu("11-16 09:20", """Hi,

Our corporate Christmas cards (QF-32388) are due next week. Can they go to our Manchester office instead of head office? Address: Birchall & Sons, 4th Floor, 61 Mosley Street, Manchester M2 3HZ. Does someone need to be there to sign for them?

Ruth Birchall
Office Manager"""),
      ag("teo", "11-16 11:35", """Hi Ruth,

Changed - the cards will go to Mosley Street. The courier collects from us on Wednesday afternoon and delivers on Thursday between 9 and 5; it needs a signature, but reception can sign.

Best,
Teodor"""),
      cu("11-16 12:10", """Great, thank you - I'll let reception know.

Ruth""", thanks=True)),

    C("q25-ravensworth-roller-banners", "en", "closed", {"unanswered-question": 1},
      "Dan Kettering <dan@ravensworthgym.example>", "owa", "Roller banners x3",
      "The reply gives turnaround and stand options but not whether the banners can be double-sided.",
      cu("11-02 15:00", """Hi,

We need three roller banners for a fitness expo at the end of the month. Can you print them double-sided, or only one side? What's the turnaround for three? Artwork will be ready on Friday.

Dan Kettering
Marketing, Ravensworth Gym""", uq=1),
      ag("nell", "11-02 16:20", """Hi Dan,

Three roller banners take four working days from approved artwork, so files on Friday would mean delivery on the Thursday after. Our standard stand is the 85 x 200 cm Eco with a padded carry bag, £79 + VAT each; the premium 100 cm wide one is £112.

Best,
Nell""")),

    C("q26-weston-presentation-folders", "en", "closed", {},
      "Isla Weston <isla@westonlegal.example>", "gmail", "Presentation folders",
      "A quote request answered by an attached PDF quote plus one sentence; legal disclaimer in the customer's signature.",
      cu("11-03 10:40", """Hi,

Could you send a quote for 200 A4 presentation folders with our logo on the front and a pocket inside? Does the pocket come with a slit for a business card, or is that extra?

Isla Weston
Weston Legal LLP

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Weston Legal LLP is authorised and regulated by the Solicitors Regulation Authority."""),
      ag("nell", "11-03 12:15", """Hi Isla,

Quote attached. The business card slit is included as standard.

Best,
Nell""", attach=[("application/pdf", "QF-Q-26-1187.pdf", FOLDER_QUOTE_PDF)])),

    C("q27-fairlight-cinema-posters", "en", "closed", {"unanswered-question": 1},
      "Joe Lambert <joe@fairlightcinema.example>", "apple", "Film posters + flyers",
      "A numbered list of three questions; the inline reply answers the first two and drops the third.",
      cu("11-04 17:30", """Hi Kofi,

A few things for the December programme:

1. Can you print the posters at 40 x 60 inches? Our frames are imperial.
2. Is the matt paper you used last time still available?
3. For the flyers, can we have a spot gloss on the title only?

Cheers,
Joe
Fairlight Community Cinema""", uq=1),
      ag("kofi", "11-05 09:10", """Hi Joe,

> 1. Can you print the posters at 40 x 60 inches? Our frames are imperial.

Yes - 1016 x 1524 mm on the large-format printer. Set the document to that size plus 5 mm bleed.

> 2. Is the matt paper you used last time still available?

It is, the 200gsm Satin Matt.

Regards,
Kofi""", quote=False)),

    C("q28-quarry-hill-stickers", "en", "closed", {},
      "Lena Park <lena@quarryhillcrafts.example>", "gmail", "Sticker sheets - vinyl or paper?",
      "Recommendation question answered; the customer's own out-of-office reply lands in the thread.",
      cu("11-04 11:00", """Hi, for our craft fair stall we want A5 sticker sheets with about 12 kiss-cut stickers each. Would you recommend vinyl or paper for those? We'd need 200 sheets.

Lena, Quarry Hill Crafts"""),
      ag("kofi", "11-04 12:30", """Hi Lena,

For sticker sheets people take home, go for vinyl: it's waterproof and peels cleanly, whereas paper stickers tear if they're repositioned. 200 A5 vinyl kiss-cut sheets come to £124 + VAT.

Regards,
Kofi"""),
      auto("11-04 12:31", """Thanks for your email. I'm at the Harrogate Christmas fair until Sunday 8 November and checking emails only occasionally. For urgent orders please contact Sophie on sophie@quarryhillcrafts.example.

Lena""", quote=False, subject="Automatic reply: RE: Sticker sheets - vinyl or paper?")),

    C("q29-copperleaf-takeaway-menus", "en", "open", {},
      "Tariq Hussain <tariq@copperleafrestaurant.example>", "iphone", "Takeaway menus",
      "A fresh request on audit day with only the helpdesk acknowledgement, still inside the response target.",
      cu("11-20 09:40", """Hi, could you quote for 1,000 DL takeaway menus, folded in three, 150gsm gloss? And what’s your quickest turnaround?

Tariq
Copperleaf

Sent from my iPhone"""),
      ack("11-20 09:41")),

    C("q30-northgate-appointment-cards", "en", "closed", {"slow-first-response": 1},
      "Aisha Bello <aisha@northgatedental.example>", "outlook", "Appointment cards reprint",
      "A Friday-afternoon reorder answered on Monday morning: slow first response, otherwise complete.",
      cu("11-06 16:30", """Hello,

Please could we have another 1,000 appointment cards, same as order QF-30944? We're down to our last box.

Thanks,
Aisha Bello
Practice Manager, Northgate Dental"""),
      ag("nell", "11-09 09:50", """Hi Aisha,

Of course - 1,000 appointment cards, same design and writable matt finish as QF-30944, £42 + VAT. They'll be with you on Wednesday.

Best,
Nell""")),

    C("q31-mossley-choir-programmes", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "George Tan <george@mossleychoir.example>", "thunderbird", "Concert programmes - corrections",
      "Corrected proof promised for 'tomorrow' sent a day late; the request for the 2027 price list is never answered.",
      cu("11-16 10:15", """Hi Kofi,

Thanks for the programme proof. Three corrections:

- page 2: the conductor is Helena Ruiz-Walsh, with a hyphen
- page 5: the interval is 20 minutes, not 15
- back cover: please add the Arts Council logo (attached)

Can you send me a corrected proof? Could you also email me a copy of your 2027 price list? The committee sets next year's budget on Thursday.

George Tan
Secretary, Mossley Community Choir""", uq=1, attach=[("image/png", "arts-council-logo.png", LOGO_PNG)]),
      ag("kofi", "11-16 13:40", """Hi George,

All three corrections noted, and the logo file is fine to use. I'll send you the corrected proof tomorrow.

Regards,
Kofi""", promises=[("11-17", 3)]),
      ag("kofi", "11-18 11:20", """Hi George,

Corrected proof attached - hyphen, interval and the Arts Council logo on the back cover. Sorry this took a day longer than I said.

Regards,
Kofi""", attach=[("application/pdf", "mossley-programme-proof-v2.pdf", PROGRAMME_PDF)])),

    C("q32-harbourside-menu-reprint", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Stefan Novak <stefan@harboursidebistro.example>", "android", "Menu reprint - new prices",
      "A chase about a request made by phone ('was told someone would email me ... still haven't heard'), unanswered.",
      cu("11-18 09:30", """Hi,

I rang on Monday about reprinting our menus with the new winter prices and was told someone would email me the same day. I still haven't heard anything. Could someone get back to me today please? The new menu starts on Saturday.

Stefan Novak
Harbourside Bistro""", chase=True)),

    C("q33-larkspur-gift-tags", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Nadia Farouk <nadia@larkspurflorist.example>", "gmail", "Gift tags and stock",
      "'I'll confirm availability by end of day' never followed up; the sample request is ignored.",
      cu("11-10 09:00", """Hi Nell,

We'd like to order 3,000 small gift tags (55 x 85 mm) for Christmas bouquets, printed both sides on a 350gsm uncoated. Do you have enough of that board in stock for a quick turnaround? We'd need them by 1 December. Please send me a sample of the 350gsm uncoated too, so I can check the colour of the board against our ribbon.

Thanks!
Nadia
Larkspur Florist""", uq=1),
      ag("nell", "11-10 10:30", """Hi Nadia,

1 December is fine for 3,000 tags. Our supplier has been short of the 350gsm uncoated lately, so let me check what's in the warehouse - I'll confirm availability by end of day.

Best,
Nell""", promises=[("11-10", None)])),

    C("q34-stonebridge-coffee-labels", "en", "pending", {},
      "Will Carraway <will@stonebridgeroasters.example>", "gmail", "Coffee bag labels",
      "A bullet list of four questions answered out of order in three sentences (multipart/alternative).",
      cu("11-17 08:05", """Hi,

We're moving our coffee bag labels to you from January. Before we commit:

- Can you print on a kraft label stock?
- Do you supply them on rolls (76 mm core) for our applicator, or only on sheets?
- What's the price for 5,000 circles of 60 mm?
- Can each blend have a different design within the same order?

Cheers,
Will Carraway
Stonebridge Roasters""", kind="alt"),
      ag("kofi", "11-17 10:30", """Hi Will,

Taking these slightly out of order: rolls on a 76 mm core are our standard for applicators, and we have a brown kraft paper label stock that suits coffee bags well. Mixing designs is fine - up to eight blends in one run at no extra cost, as long as they share the size. 5,000 x 60 mm circles on kraft: £186 + VAT.

Regards,
Kofi""")),

    C("q35-armitage-wine-labels", "en", "pending", {"unanswered-question": 1},
      "Chloe Armitage <chloe@armitagevintners.example>", "outlook", "Wine labels for the tasting",
      "Stock and price answered; the follow-up (sent without threading headers) approves the job and asks about ice buckets; the reply only confirms the booking.",
      cu("11-16 14:00", """Hi Kofi,

We'd like 600 labels for our own-label Christmas claret, 90 x 120 mm. Could you print them on a textured wine paper? Artwork attached.

Chloe Armitage
Armitage Vintners""", attach=[("image/png", "claret-label.png", FILE_PNG)]),
      ag("kofi", "11-16 16:10", """Hi Chloe,

Yes - we'd use Fasson Tintoretto Gesso, the classic textured wine label paper. 600 at 90 x 120 mm come to £148 + VAT, and the artwork is fine to print as it is.

Regards,
Kofi"""),
      cu("11-17 09:00", """Thanks Kofi, that's great, please go ahead. One more thing - will the labels survive an ice bucket? Some customers chill the whites and we'd use the same paper for those next year.

Chloe""", uq=1, thread=False),
      ag("kofi", "11-17 11:25", """Hi Chloe,

Great - it's booked in for printing on Thursday, and the order confirmation is attached for your records.

Regards,
Kofi""", attach=[("application/pdf", "QF-32471-confirmation.pdf", CONFIRMATION_PDF)])),

    C("q36-glenmore-place-cards", "en", "closed", {},
      "Alasdair Ross <alasdair@glenmorehouse.example>", "thunderbird", "Missing box of place cards",
      "Answered and closed with a [Closed] subject tag; the customer's thanks-only reply does not reopen it.",
      cu("11-10 08:40", """Hi,

We received 3 of the 4 boxes of place cards for Saturday's dinner. Has the fourth been sent separately?

Alasdair Ross
Events, Glenmore House"""),
      ag("teo", "11-10 10:05", """Hi Alasdair,

It has - the order went in two parcels, and the fourth box was delivered to your reception at 9:52 this morning (signed for by K. Doyle).

Best,
Teodor""", subject="[Closed] Re: Missing box of place cards", closes=True),
      cu("11-10 10:30", """Found it - thank you! Sorry for the fuss.

Alasdair""", thanks=True, subject="Re: [Closed] Re: Missing box of place cards")),

    C("q37-penrose-case-binding", "en", "closed", {},
      "Megan Price <megan@penrosepress.example>", "owa", "Case binding for a short run",
      "'Let me check with the bindery ... and I'll get back to you' kept the next day.",
      cu("11-03 10:20", """Hello,

We're a small publisher looking for a printer for a short run of 150 case-bound poetry books, 120 pages, 140 x 216 mm. Do you do case binding in-house? If not, do you work with a bindery?

Megan Price
Penrose Press"""),
      ag("nell", "11-03 12:00", """Hi Megan,

We don't case-bind in-house, but we work with a trade bindery in Frome for exactly these runs. Let me check with them whether 150 copies at that size fits their minimums and I'll get back to you.

Best,
Nell""", promises=[("window", 3)]),
      ag("nell", "11-04 15:30", """Hi Megan,

Good news from the bindery: 150 copies at 140 x 216 mm is fine, with a cloth or a printed cover. Printing and binding together would come to around £1,450 + VAT, with a three-week lead time.

Best,
Nell""")),

    C("q38-ashgrove-compliment-slips", "en", "closed", {},
      "Ben Whitford <ben@ashgrovearchitects.example>", "thunderbird", "Compliment slips template",
      "Two questions answered with one link and a parenthesis.",
      cu("11-05 09:50", """Hi,

Do you have a template for DL compliment slips? And what bleed do you need on them?

Ben Whitford
Ashgrove Architects"""),
      ag("kofi", "11-05 10:20", """Hi Ben,

Both are here: https://quillfieldprint.example/templates/dl-compliment-slip?format=indd (the template has the 3 mm bleed marked in red).

Regards,
Kofi""")),

    C("q39-wendel-visitenkarten", "de", "closed", {},
      "Katharina Wendel <k.wendel@wendel-architektur.example>", "gmail_de", "Visitenkarten für unser Büro",
      "German: paper weight, delivery time to Germany and the invoice name, answered in reverse order.",
      cu("11-04 09:15", """Guten Tag,

wir möchten für unser Büro in Freiburg neue Visitenkarten bestellen, 5 Personen à 250 Stück. Welche Papierstärke empfehlen Sie für einen hochwertigen Eindruck? Wie lange dauert die Lieferung nach Deutschland? Und können Sie die Rechnung auf die Wendel Architektur GmbH ausstellen, nicht auf mich persönlich?

Vielen Dank und freundliche Grüße
Katharina Wendel
Wendel Architektur GmbH"""),
      ag("frieda", "11-04 10:40", """Guten Tag Frau Wendel,

vielen Dank für Ihre Anfrage. Die Rechnung stellen wir selbstverständlich auf die GmbH aus. Nach Freiburg liefern wir per UPS in drei bis vier Werktagen nach der Druckfreigabe, die Zollformalitäten übernehmen wir. Für einen wertigen Eindruck empfehle ich unseren 450-g-Naturkarton (Munken Pure), alternativ 600 g mit Farbschnitt.

Mit freundlichen Grüßen
Friederike Brandt"""), tz=1),

    C("q40-hollmann-messebanner", "de", "closed", {"unanswered-question": 1},
      "Jürgen Hollmann <j.hollmann@hollmann-technik.example>", "outlook_de", "Messebanner 3 x 2 m",
      "German: material and fire rating answered; the request to invoice with the VAT ID for reverse charge is ignored.",
      cu("11-05 14:30", """Sehr geehrte Damen und Herren,

für unseren Stand auf einer Fachmesse in Birmingham benötigen wir ein Banner im Format 3 x 2 m. Welches Material empfehlen Sie für den Innenbereich, und ist es schwer entflammbar (B1)? Bitte stellen Sie die Rechnung außerdem auf unsere USt-IdNr. DE 811 234 567 aus, damit das Reverse-Charge-Verfahren angewendet werden kann.

Mit freundlichen Grüßen
Jürgen Hollmann
Hollmann Technik GmbH""", uq=1),
      ag("frieda", "11-05 16:05", """Sehr geehrter Herr Hollmann,

für den Innenbereich empfehle ich unser Textilbanner aus Polyester (230 g/m²): Es knittert kaum und ist nach DIN 4102 B1 zertifiziert. 3 x 2 m mit umlaufendem Hohlsaum kosten 186 £ netto, und wir können direkt an die Messe liefern.

Mit freundlichen Grüßen
Friederike Brandt"""), tz=1),
]

CASES += [
    C("q41-kurz-etiketten", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Sabine Kurz <sabine.kurz@kurz-feinkost.example>", "thunderbird_de", "Etiketten für Weihnachtsgläser",
      "German: 'ich melde mich morgen mit dem Preis' never kept; 'gibt es schon etwas Neues ... ich warte immer noch' unanswered.",
      cu("11-12 08:20", """Hallo Frau Brandt,

für unsere Weihnachtsmarmeladen brauchen wir 2.000 runde Etiketten (40 mm), die auch im Kühlschrank halten. Geht das mit Ihrem Papieretikett, oder brauchen wir Folie? Und was würde das kosten?

Viele Grüße
Sabine Kurz
Kurz Feinkost"""),
      ag("frieda", "11-12 10:05", """Hallo Frau Kurz,

gute Frage - für Kondenswasser im Kühlschrank ist unser normales Papieretikett nicht ideal. Ich kläre mit der Werkstatt, ob unser PP-Folienetikett auf Ihren Gläsern hält, und melde mich morgen mit dem Preis bei Ihnen.

Viele Grüße
Friederike Brandt""", promises=[("11-13", None)]),
      cu("11-17 13:45", """Hallo Frau Brandt,

gibt es schon etwas Neues wegen der Etiketten? Ich warte immer noch auf Ihre Rückmeldung, und die Gläser sollen nächste Woche befüllt werden.

Viele Grüße
Sabine Kurz""", chase=True), tz=1),

    C("q42-hoffmann-hochzeitskarten", "de", "pending", {},
      "Lea Hoffmann <lea.hoffmann@example.org>", "gmail_de", "Hochzeitseinladungen mit Goldfolie",
      "German: three wedding-card questions answered inline under the quoted lines.",
      cu("11-16 20:30", """Hallo,

wir heiraten im Mai und würden gern 70 Einladungskarten mit Goldfolie bei Ihnen drucken lassen (A6, Klappkarte). Ein paar Fragen vorab:

Können Sie auch Umschläge in Salbeigrün liefern?
Ist die Folie auch auf Naturpapier möglich?
Kann man die Namen der Gäste einzeln eindrucken lassen?

Liebe Grüße
Lea Hoffmann & Jonas Reiter"""),
      ag("frieda", "11-17 09:30", """Hallo Frau Hoffmann,

herzlichen Glückwunsch! Ich antworte direkt unter Ihren Fragen:

> Können Sie auch Umschläge in Salbeigrün liefern?

Ja, Salbei haben wir in C6 und als quadratischen Umschlag.

> Ist die Folie auch auf Naturpapier möglich?

Ja, auf unserem 350-g-Naturpapier wirkt die Goldfolie sogar besonders schön, weil sie sich leicht ins Papier prägt.

> Kann man die Namen der Gäste einzeln eindrucken lassen?

Das geht im Digitaldruck für 0,60 £ pro Karte - schicken Sie uns dafür einfach eine Excel-Liste.

Viele Grüße
Friederike Brandt""", quote=False), tz=1),

    C("q43-egger-speisekarten", "de", "closed", {"unanswered-question": 1},
      "Matthias Egger <egger@bergcafe-egger.example>", "outlook_de", "Speisekarten laminiert",
      "German (Austria): price answered, the rounded-corners request ('Wäre es zudem möglich ...') skipped.",
      cu("11-03 11:00", """Grüß Gott,

wir brauchen für unser Café 40 Speisekarten im Format A4, beidseitig bedruckt und laminiert, damit man sie abwischen kann. Wie viel kostet das? Wäre es zudem möglich, die Karten mit abgerundeten Ecken zu liefern, damit sich das Laminat nicht löst?

Freundliche Grüße
Matthias Egger
Bergcafé Egger, Innsbruck""", uq=1),
      ag("frieda", "11-03 13:15", """Sehr geehrter Herr Egger,

40 Speisekarten A4, beidseitig vierfarbig auf 300-g-Bilderdruck und mit 125-Mikron-Laminat, kosten 96 £ netto zuzüglich 18 £ Versand nach Innsbruck.

Freundliche Grüße
Friederike Brandt"""), tz=1),

    C("q44-besson-faire-part", "fr", "closed", {"unanswered-question": 1},
      "Camille Besson <camille.besson@example.net>", "apple_fr", "Faire-part de mariage",
      "French: samples and price answered, whether the kraft envelopes are included is not.",
      cu("11-04 18:20", """Bonjour,

Nous nous marions en juin et nous aimerions faire imprimer nos faire-part chez vous (environ 120 exemplaires, format carré 14 x 14 cm). Serait-il possible de recevoir quelques échantillons de papier ? Quel serait le prix pour 120 faire-part avec dorure ? Pourriez-vous aussi m'indiquer si les enveloppes kraft sont comprises dans le prix ?

Merci d'avance,
Camille Besson""", uq=1),
      ag("solene", "11-05 09:10", """Bonjour Camille,

Félicitations ! Je vous envoie aujourd'hui par la poste une pochette d'échantillons avec nos trois papiers coton. Pour 120 faire-part carrés 14 x 14 cm avec dorure à chaud sur une face, comptez 265 £ HT.

Bien cordialement,
Solène"""), tz=1),

    C("q45-marchand-boites-cadeaux", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Julien Marchand <j.marchand@atelier-marchand.example>", "outlook", "Devis boîtes cadeaux",
      "French: lead time answered, quote promised 'd'ici jeudi'; 'Je me permets de vous relancer' the next Monday, quote sent that day (late).",
      cu("11-09 10:00", """Bonjour Madame Marchetti,

Suite à notre échange téléphonique, je vous confirme notre besoin : 500 boîtes cadeaux pour nos bougies, format 8 x 8 x 10 cm, impression une couleur sur carton kraft. Pourriez-vous m'envoyer un devis ? Et quel est le délai de fabrication ?

Cordialement,
Julien Marchand
Atelier Marchand - Bougies artisanales"""),
      ag("solene", "11-09 11:30", """Bonjour Monsieur Marchand,

Merci pour votre message. Le délai de fabrication est de 8 jours ouvrés après validation du BAT. Pour le devis, je dois faire chiffrer l'outil de découpe par l'atelier : je reviens vers vous d'ici jeudi.

Bien cordialement,
Solène Marchetti""", promises=[("11-12", 4)]),
      cu("11-16 09:30", """Bonjour,

Je me permets de vous relancer concernant le devis pour les boîtes. Nous devons passer commande avant la fin du mois.

Cordialement,
Julien Marchand""", chase=True),
      ag("solene", "11-16 14:00", """Bonjour Monsieur Marchand,

Toutes mes excuses pour ce retard. Vous trouverez le devis en pièce jointe : 500 boîtes à 1,12 £ HT l'unité, plus 140 £ HT pour l'outil de découpe, facturé une seule fois.

Bien cordialement,
Solène Marchetti""", attach=[("application/pdf", "devis-QF-D-26-0412.pdf", DEVIS_PDF)]), tz=1),

    C("q46-fontaine-etuis-savon", "fr", "closed", {},
      "Élise Fontaine <elise@savonnerie-fontaine.example>", "apple_fr", "BAT étuis savon",
      "French: two proof worries (text size, logo near the fold) answered, corrected proof attached.",
      cu("11-05 09:30", """Bonjour Solène,

J'ai bien reçu le BAT des étuis pour nos savons. Le texte au dos est-il assez grand pour être lisible ? Et le logo n'est-il pas trop près du pli ? J'ai l'impression qu'il sera coupé.

Merci,
Élise
Savonnerie Fontaine"""),
      ag("solene", "11-05 11:15", """Bonjour Élise,

Le texte du dos est en corps 7 : c'est le minimum que nous conseillons, mais il reste bien lisible. Pour le logo, vous avez raison, il n'était qu'à 1,5 mm du pli ; je l'ai décalé de 4 mm vers le centre. Le BAT corrigé est en pièce jointe.

Bien cordialement,
Solène""", attach=[("application/pdf", "BAT-etui-savon-v2.pdf", ETUI_PDF)]), tz=1),

    C("q47-garnier-panneaux", "fr", "pending", {"slow-first-response": 1},
      "Nicolas Garnier <n.garnier@garnier-immobilier.example>", "outlook", "Panneaux « À vendre »",
      "French: a Saturday request answered on Monday (slow first response) with price and delivery in one line; thanks-only.",
      cu("11-14 10:00", """Bonjour,

Nous souhaiterions commander 30 panneaux « À vendre » en Akilux, format 60 x 80 cm, impression recto verso. Pouvez-vous nous indiquer un prix ? Les panneaux peuvent-ils être livrés à notre agence de Bristol ?

Cordialement,
Nicolas Garnier
Garnier Immobilier - agence de Bristol"""),
      ag("solene", "11-16 10:45", """Bonjour Monsieur Garnier,

30 panneaux Akilux 60 x 80 cm recto verso : 297 £ HT, livraison à votre agence de Bristol incluse.

Bien cordialement,
Solène Marchetti"""),
      cu("11-16 12:20", """Merci beaucoup, c'est noté.

Nicolas Garnier""", thanks=True), tz=1),

    C("q48-petit-bistrot-fidelite", "fr", "closed", {"unanswered-question": 1},
      "Margaux Petit <margaux@lepetitbistrot.example>", "apple_fr", "Cartes de fidélité",
      "French: feasibility and price answered; 'Je voudrais aussi savoir si vous pouvez numéroter les cartes' is not.",
      cu("11-06 15:00", """Bonjour,

Nous voudrions 1 000 cartes de fidélité pour notre bistrot, format carte de visite, avec une face pelliculée mate et l'autre non pelliculée pour qu'on puisse y écrire au stylo. Est-ce faisable ? Je voudrais aussi savoir si vous pouvez numéroter les cartes.

Merci,
Margaux Petit
Le Petit Bistrot, Bath""", uq=1),
      ag("solene", "11-06 16:30", """Bonjour Margaux,

Oui, c'est tout à fait faisable : pelliculage mat au recto seulement, le verso reste en papier 400 g non couché, parfait pour le stylo et les tampons. 1 000 cartes : 58 £ HT.

Bien cordialement,
Solène"""), tz=1),

    C("q49-ferrer-tarjetas", "es", "closed", {},
      "Lucía Ferrer <lucia@ferrer-abogados.example>", "gmail_es", "Tarjetas de visita",
      "Spanish: bilingual sides, delivery time to Madrid and finishes, answered out of order.",
      cu("11-03 10:00", """Hola,

Somos un despacho de abogados con oficina en Londres y Madrid. Necesitamos tarjetas de visita para 4 personas, 200 por persona. ¿Pueden imprimirlas por las dos caras, una en inglés y otra en español? ¿Cuánto tardarían en llegar a Madrid? Y, por curiosidad, ¿qué acabados tienen?

Un saludo,
Lucía Ferrer
Ferrer & Asociados"""),
      ag("rocio", "11-03 11:30", """Hola, Lucía:

Tenemos acabado mate, brillo, soft-touch y estampación en oro o plata; para un despacho suele gustar el soft-touch. Imprimir cada cara en un idioma no tiene ningún problema. El envío a Madrid tarda 3-4 días laborables por UPS desde que aprobáis la prueba.

Un saludo,
Rocío"""), tz=1),

    C("q50-molina-etiquetas-vino", "es", "closed", {"unanswered-question": 1},
      "Andrés Molina <andres.molina@bodegasmolina.example>", "gmail_es", "Etiquetas de vino",
      "Spanish (base64 body): paper and price answered, the delivery time to Valencia requested without a question mark is not.",
      cu("11-05 12:00", """Buenas tardes:

Les escribo desde Bodegas Molina. Queremos encargar 3.000 etiquetas para nuestro tinto crianza, 80 x 110 mm, en papel verjurado. ¿Tienen ese papel en stock? Necesito también que me indiquen el plazo de entrega a Valencia, porque el embotellado es el 4 de diciembre.

Muchas gracias,
Andrés Molina
Bodegas Molina""", uq=1, cte="base64"),
      ag("rocio", "11-05 13:20", """Buenas tardes, Andrés:

Sí, tenemos papel verjurado crema (Arcoprint Milk) en stock y va muy bien para etiquetas de vino. Las 3.000 etiquetas en 80 x 110 mm salen a 214 £ más IVA, en rollos listos para la etiquetadora.

Saludos,
Rocío Albarrán"""), tz=1),

    C("q51-vidal-photocall", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Carmen Vidal <carmen@vidal-eventos.example>", "gmail_es", "Presupuesto photocall",
      "Spanish: 'mañana te escribo con el presupuesto' never kept; '¿Hay alguna novedad...? Sigo esperando' unanswered.",
      cu("11-11 09:30", """Hola, Rocío:

Te escribo para pedir presupuesto de un photocall de 3 x 2,5 m para una boda en Sevilla el 12 de diciembre, con estructura incluida. ¿Nos lo podéis enviar a Sevilla directamente?

Gracias,
Carmen Vidal
Vidal Eventos"""),
      ag("rocio", "11-11 11:00", """Hola, Carmen:

Sí, lo enviamos directamente a Sevilla, sin problema. Estoy pidiendo el precio de la estructura a nuestro proveedor; mañana te escribo con el presupuesto completo.

Un saludo,
Rocío""", promises=[("11-12", None)]),
      cu("11-16 10:20", """Hola, Rocío:

¿Hay alguna novedad con el presupuesto del photocall? Sigo esperando y la novia me pregunta cada día.

Gracias,
Carmen""", chase=True), tz=1),

    C("q52-ortega-calendarios", "es", "pending", {},
      "Javier Ortega <javier.ortega@example.com>", "gmail_es", "Calendarios 2027",
      "Spanish: three calendar questions answered inline.",
      cu("11-17 19:00", """Hola,

Queremos hacer 150 calendarios de pared para la peña ciclista, A3, con fotos de las salidas del año.

¿Se pueden poner los cumpleaños de los socios en cada mes?
¿El papel es brillo o mate?
¿Cuánto costaría todo?

Un saludo,
Javier Ortega"""),
      ag("rocio", "11-18 09:40", """Hola, Javier:

> ¿Se pueden poner los cumpleaños de los socios en cada mes?

Claro, mándanos la lista en una hoja de cálculo y los añadimos a cada mes.

> ¿El papel es brillo o mate?

Puedes elegir; para fotos de exterior recomiendo el mate de 200 g, que no hace reflejos.

> ¿Cuánto costaría todo?

150 calendarios A3 con espiral y colgador: 570 £ más IVA.

Un saludo,
Rocío""", quote=False), tz=1),

    C("q53-serrano-flyers-yoga", "es", "closed", {},
      "Paula Serrano <paula@serranoyoga.example>", "gmail_es", "Flyers para el estudio de yoga",
      "Spanish: recycled paper answered, the date deferred with 'te lo confirmo el jueves' and confirmed on Thursday.",
      cu("11-04 09:00", """Hola, Rocío:

Necesito 1.000 flyers A6 para el nuevo estudio de yoga, en papel reciclado si es posible. ¿Podéis entregarlos antes del 14 de noviembre? Es la inauguración.

Paula"""),
      ag("rocio", "11-04 10:15", """Hola, Paula:

Papel reciclado sí tenemos (Revive de 170 g). La fecha tengo que confirmarla con producción, que esta semana va muy cargada: te lo confirmo el jueves.

Un saludo,
Rocío""", promises=[("11-05", 3)]),
      ag("rocio", "11-05 12:30", """Hola, Paula:

Confirmado: los flyers te llegan el miércoles 11, con margen para la inauguración. Son 64 £ más IVA.

Un saludo,
Rocío"""), tz=1),

    C("q54-achebe-portfolio-book", "en", "closed", {"unanswered-question": 2},
      "Rosalind Achebe <ros@rosalindachebe.example>", "gmail", "Portfolio book - lots of questions, sorry!",
      "Five questions in one paragraph; paper, minimum and timing answered, full bleed across the spread and a studio visit not.",
      cu("11-02 22:40", """Hi,

I'm a photographer putting together a printed portfolio for agency meetings and I have lots of questions, sorry!

What's the best paper for black and white photos - do you have a matt that keeps the blacks deep? Can you print full bleed on every page, including across the spread? Would you be able to do a single copy, or is there a minimum? How long would one copy take? And is it possible to come in and see the paper samples in person before I order?

Thanks so much,
Rosalind
rosalindachebe.example | Instagram @ros.achebe.photo""", uq=2),
      ag("nell", "11-03 09:45", """Hi Rosalind,

No need to apologise! For black and white I'd go for Hahnemühle Photo Rag or Munken Lynx 170gsm - both hold deep blacks without the glare of a silk. There's no minimum: a single copy is fine, it's simply priced per book (around £65 for 40 pages, lay-flat), and one copy takes about a week.

Best,
Nell""")),

    C("q55-hawthorn-gift-boxes", "en", "closed", {"unanswered-question": 1},
      "Yusuf Demir <yusuf@hawthorngifts.example>", "outlook", "Gift boxes for a client",
      "Price and timing answered; in the approval mail the request to leave prices off the delivery note is passed over.",
      cu("11-05 10:00", """Hi,

We'd like 50 rigid gift boxes with our client's logo foiled on the lid, 200 x 200 x 80 mm. Can you do that in 10 days?

Yusuf Demir
Hawthorn Corporate Gifts"""),
      ag("teo", "11-05 12:10", """Hi Yusuf,

Ten days is tight but doable if the logo comes in as a vector file by Monday. 50 rigid boxes with a gold-foiled lid: £410 + VAT.

Best,
Teodor"""),
      cu("11-05 12:45", """Great, vector logo attached - please go ahead. Oh, and could the delivery note leave off the prices? The boxes go straight to our client.

Yusuf""", uq=1, attach=[("application/pdf", "client-logo-vector.pdf", LOGO_PDF)]),
      ag("teo", "11-06 09:30", """Hi Yusuf,

Logo received and it's perfect - the boxes are booked in and ship on Friday 13th for delivery on Monday 16th.

Best,
Teodor""")),

    C("q56-cartwright-catalogue", "en", "pending", {},
      "Hugh Cartwright <hugh@cartwrightauctions.example>", "thunderbird", "Catalogue reprint",
      "Two short questions answered inline with a bare figure and 'Yes, easily.'",
      cu("11-17 11:00", """Hi Nell,

Quick one: what would 200 more copies of the November sale catalogue cost, same spec? And could they be here by Monday week?

Hugh"""),
      ag("nell", "11-17 11:40", """Hi Hugh,

> what would 200 more copies of the November sale catalogue cost, same spec?

£318 + VAT.

> And could they be here by Monday week?

Yes, easily.

Best,
Nell""", quote=False)),

    C("q57-brackenbury-paper-bags", "en", "closed", {"missed-follow-up": 1},
      "Penny Brackenbury <penny@brackenburyfarmshop.example>", "gmail", "Paper bags with our logo",
      "'I'll come back to you early next week' said on Thursday; the answer comes on Wednesday: late = missed.",
      cu("11-05 10:30", """Hello,

Do you print on paper carrier bags? We'd like 2,000 kraft bags with twisted handles and our logo in green, one side. If so, what's the price and lead time?

Penny Brackenbury
Brackenbury Farm Shop"""),
      ag("nell", "11-05 14:00", """Hi Penny,

We do, through a bag supplier we work with a lot. Let me check with them on price and lead time for 2,000 with a one-colour print, and I'll come back to you early next week.

Best,
Nell""", promises=[("11-10", 3)]),
      ag("nell", "11-11 16:20", """Hi Penny,

Sorry for the delay - the supplier took longer than usual. 2,000 kraft bags (320 x 240 x 100 mm, twisted handles) with your logo in one Pantone green on one side: 46p each, £920 + VAT in total; lead time three weeks from proof approval.

Best,
Nell""")),

    C("q58-dunmore-annual-report", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Elena Dunmore <elena@dunmoreandco.example>", "owa", "Annual report - revised proof",
      "'We'll send the revised proof by Friday' never kept; a later mail's delivery change is answered by a colleague, the extra 50 copies are not.",
      cu("11-10 09:00", """Hi Kofi,

The board approved the new logo last night, so we need it swapped in throughout the annual report (file attached). Please send a revised proof with the new logo. Also, which paper weight would you recommend for the four-page insert?

Elena Dunmore
Communications, Dunmore & Co.""", attach=[("image/png", "dunmore-logo-2027.png", LOGO_PNG)]),
      ag("kofi", "11-10 11:30", """Hi Elena,

New logo received. We'll send the revised proof by Friday. For the insert I'd use 150gsm silk, a touch heavier than the text pages so it stands out when the report falls open.

Regards,
Kofi""", promises=[("11-13", None)]),
      cu("11-16 08:50", """Hi Kofi,

A couple of changes on our side: can the delivery move from the 24th to the 27th? And please add 50 copies to the order, 350 in total.

Elena""", uq=1),
      ag("teo", "11-16 10:40", """Hi Elena,

No problem - delivery is now Friday 27 November, same time slot.

Best,
Teodor""")),

    C("q59-kingsley-envelopes", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Derek Lyle <derek@kingsleysolicitors.example>", "oldclient", "C5 envelopes printed",
      "An old mail client; 'Just following up on my email below' two days later, then a full answer (slow first response).",
      cu("11-02 09:10", """Dear Sirs,

Do you print C5 envelopes with a return address on the flap? We would need 1,000, window or plain.

Yours faithfully,
Derek Lyle
Kingsley & Co Solicitors"""),
      cu("11-04 10:30", """Dear Sirs,

Just following up on my email below, as I have not had a reply. Could you please let me know?

Yours faithfully,
Derek Lyle""", chase=True),
      ag("nell", "11-04 11:50", """Dear Mr Lyle,

Apologies for the slow reply. Yes, we print on the back flap of C5 envelopes: 1,000 plain or window, one colour, would be £96 + VAT. For a solicitors' return address most customers choose black or navy.

Best regards,
Nell""")),

    C("q60-linnet-festival-flags", "en", "pending", {"unanswered-question": 2},
      "Jade Corrigan <jade@linnetfestival.example>", "gmail", "Festival flags and bunting",
      "Wristbands answered and a clarifying question asked; after the customer's answer the prices come (References with a gap), but wind resistance and holding the price are never addressed.",
      cu("11-13 11:00", """Hi!

We're planning next summer's Linnet Folk Festival and want to get our print ordered early this time. We're after 6 feather flags for the entrance, about 20 m of printed fabric bunting, and wristbands for 1,500 people. Can you do wristbands, or should I look elsewhere for those? Are the feather flags OK in strong wind? And could you hold this year's price if we pay a deposit in December?

Thanks,
Jade
Linnet Folk Festival""", uq=2),
      ag("nell", "11-13 14:20", """Hi Jade,

Wristbands aren't something we make, sorry - Tyvek wristbands are a specialist job, so do look elsewhere for those. For the flags and bunting: how tall would you like the flags - 2.6 m, 3.4 m or 4.5 m?

Best,
Nell"""),
      cu("11-13 15:05", """The 3.4 m ones please! Bunting ideally double-sided.

Jade"""),
      ag("nell", "11-16 10:00", """Hi Jade,

Six 3.4 m feather flags with ground spikes and carry bags: £534 + VAT. Twenty metres of double-sided fabric bunting: £168 + VAT.

Best,
Nell""", refs=[1, 3])),
]

UNANSWERED: dict[str, list[str]] = {
    "q03-elm-wedding-invitations": [
        "Is it possible to add envelope liners with a pattern?",
        "And what’s the latest date we could order and still have them in time to post 8 weeks before?"],
    "q06-foxglove-bulk-flyers": [
        "Please also send us your credit account application form - we'd rather not pay by card for orders this size."],
    "q10-oakhurst-invoice-vat": [
        "I was wondering whether we could also split the payment into two instalments, half now and half in December, as it landed in a tight month for us."],
    "q14-greyfriars-calendars": [
        "Can the calendars be shrink-wrapped individually too?"],
    "q18-juniper-yearbook": [
        "is there a way for them to upload everything to you through a shared drive rather than sending huge email attachments?",
        "when would you need the final files and how long does proofing usually take?"],
    "q21-moss-fern-quote-request": [
        "Could you also tell me whether you can pack them in sets of 10 with a belly band?"],
    "q25-ravensworth-roller-banners": [
        "Can you print them double-sided, or only one side?"],
    "q27-fairlight-cinema-posters": [
        "For the flyers, can we have a spot gloss on the title only?"],
    "q31-mossley-choir-programmes": [
        "Could you also email me a copy of your 2027 price list?"],
    "q33-larkspur-gift-tags": [
        "Please send me a sample of the 350gsm uncoated too, so I can check the colour of the board against our ribbon."],
    "q35-armitage-wine-labels": [
        "will the labels survive an ice bucket?"],
    "q40-hollmann-messebanner": [
        "Bitte stellen Sie die Rechnung außerdem auf unsere USt-IdNr. DE 811 234 567 aus, damit das Reverse-Charge-Verfahren angewendet werden kann."],
    "q43-egger-speisekarten": [
        "Wäre es zudem möglich, die Karten mit abgerundeten Ecken zu liefern, damit sich das Laminat nicht löst?"],
    "q44-besson-faire-part": [
        "Pourriez-vous aussi m'indiquer si les enveloppes kraft sont comprises dans le prix ?"],
    "q48-petit-bistrot-fidelite": [
        "Je voudrais aussi savoir si vous pouvez numéroter les cartes."],
    "q50-molina-etiquetas-vino": [
        "Necesito también que me indiquen el plazo de entrega a Valencia, porque el embotellado es el 4 de diciembre."],
    "q54-achebe-portfolio-book": [
        "Can you print full bleed on every page, including across the spread?",
        "And is it possible to come in and see the paper samples in person before I order?"],
    "q55-hawthorn-gift-boxes": [
        "Oh, and could the delivery note leave off the prices?"],
    "q58-dunmore-annual-report": [
        "And please add 50 copies to the order, 350 in total."],
    "q60-linnet-festival-flags": [
        "Are the feather flags OK in strong wind?",
        "And could you hold this year's price if we pay a deposit in December?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice44 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
