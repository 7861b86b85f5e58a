#!/usr/bin/env python3
"""Regenerate ``tests/practice113/``: a labelled corpus of Holloway Carpet & Rug Cleaning.

A support mailbox of a fictional London carpet, rug and upholstery cleaner (domestic and
commercial carpet cleaning, stain and odour treatment, rug washing and repairs in its
workshop, collection and delivery of rugs, end-of-tenancy cleans, contracts for offices,
hotels and care homes), written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``hollowayrugs.example``.

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

Usage: python scripts/make_practice113_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "hollowayrugs.example"
DESK = "Holloway Bookings <bookings@hollowayrugs.example>"

AGENTS = {
    "niamh": ("Niamh Calloway <niamh@hollowayrugs.example>", "outlook", """Niamh Calloway
Bookings Desk | Holloway Carpet & Rug Cleaning
Unit 9, Holloway Works, London N7 | 020 7946 0512"""),
    "gareth": ("Gareth Pryce <gareth@hollowayrugs.example>", "thunderbird", """-- 
Gareth Pryce
Technician Rota & Scheduling | Holloway Carpet & Rug Cleaning
Running late? Check your arrival window: https://hollowayrugs.example/track?src=sig"""),
    "priya": ("Priya Lakhani <priya@hollowayrugs.example>", "apple", """Priya Lakhani
Rug Workshop & Repairs | Holloway Carpet & Rug Cleaning
https://hollowayrugs.example/rugs?from=email"""),
    "dermot": ("Dermot Ashby <dermot@hollowayrugs.example>", "owa", """Dermot Ashby
Commercial Accounts | Holloway Carpet & Rug Cleaning
This e-mail and any attachment are confidential and intended only for the addressee."""),
    "tobias": ("Tobias Krämer <tobias@hollowayrugs.example>", "thunderbird_de", """-- 
Tobias Krämer
Kundenservice (Deutsch) | Holloway Carpet & Rug Cleaning
https://hollowayrugs.example/de?ref=signatur"""),
    "solene": ("Solène Aubry <solene@hollowayrugs.example>", "apple_fr", """Solène Aubry
Service client (français) | Holloway Carpet & Rug Cleaning
https://hollowayrugs.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@hollowayrugs.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Holloway Carpet & Rug Cleaning
+44 20 7946 0517"""),
}

ACK = """Hello,

Thank you for contacting Holloway Carpet & Rug Cleaning. This is an automatic reply to
confirm that we have your message, reference {ref}.

Our bookings desk is open Monday to Saturday, 8am-6pm, and we aim to reply within one
working day. To change a booking for tomorrow, please call 020 7946 0512.

Holloway Carpet & Rug Cleaning
https://hollowayrugs.example/help?ref={ref}"""

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
    "helpdesk": ["X-Mailer: Holloway Desk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hr.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice113", title="Holloway Carpet & Rug Cleaning", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="HC-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

PDF = "application/pdf"
PNG = "image/png"

INSURANCE_PDF = mailcraft.pdf(["Holloway Carpet & Rug Cleaning Ltd",
                               "Certificate of Public Liability Insurance",
                               "Limit of indemnity: GBP 5,000,000 - renewed 14 September 2026"])
GRANGE_QUOTE_PDF = mailcraft.pdf(["Holloway Carpet & Rug Cleaning - Quotation Q-2611-118",
                                  "The Grange Hotel, Richmond: corridors floors 1-3, two stairwells",
                                  "Two night visits, 11pm-5am. Total GBP 1,240.00 + VAT"])
HAZELMERE_INVOICE_PDF = mailcraft.pdf(["Holloway Carpet & Rug Cleaning - Invoice INV-8840",
                                       "Hazelmere House: lounge and dining room, quarterly clean",
                                       "Replaces INV-8812. Total GBP 312.00 + VAT"])
LOWTHER_INVOICE_PDF = mailcraft.pdf(["Holloway Carpet & Rug Cleaning - Invoice HR-20212 (copy)",
                                     "Wool rug 160 x 230: wash, moth treatment",
                                     "Total GBP 118.00 - paid by card"])
AFTERCARE_PDF = mailcraft.pdf(["Holloway Carpet & Rug Cleaning - Aftercare",
                               "Keep windows open and heating on low while the carpet dries.",
                               "Do not vacuum until fully dry (4-6 hours). Blot spills, never rub."])
HOFFMANN_PLAN_PDF = mailcraft.pdf(["Hoffmann & Lenz Consulting - Grundriss Clerkenwell",
                                   "Grossraum 180 m2, Besprechung 2 x 25 m2, Flur 20 m2"])
HOFFMANN_OFFER_PDF = mailcraft.pdf(["Holloway Carpet & Rug Cleaning - Angebot Q-2611-092",
                                    "Hoffmann & Lenz Consulting: 250 m2 Teppichfliesen",
                                    "Vierteljaehrlich GBP 260 + MwSt.; Fleckenbehandlung monatlich GBP 60"])
MOLINA_QUOTE_PDF = mailcraft.pdf(["Holloway Carpet & Rug Cleaning - Presupuesto P-2611-031",
                                  "Academia Sol, Hammersmith: 4 aulas, 160 m2 de moqueta",
                                  "Total GBP 224.00 + IVA - sabados sin recargo"])
CORNER_PNG = mailcraft.png(12, 9, lambda x, y: (200, 60 + 8 * x, 70) if x + y < 8 else (236, 228, 214))
SELVEDGE_WHOLE_PNG = mailcraft.png(16, 6, lambda x, y: (128, 30, 38) if y in (0, 5) else (172, 54, 48))
SELVEDGE_CLOSE_PNG = mailcraft.png(10, 10, lambda x, y: (94, 70, 50) if (x * y) % 7 < 2 else (168, 48, 44))
MOTH_EDGE_PNG = mailcraft.png(14, 8, lambda x, y: (210, 196, 170) if y < 2 and x % 3 else (36, 58, 110))
MOTH_HOLES_PNG = mailcraft.png(10, 10, lambda x, y: (230, 222, 204) if (x - 4) ** 2 + (y - 5) ** 2 < 4 else (40, 62, 118))
STOCK_PNG = mailcraft.png(12, 12, lambda x, y: (70, 82, 60) if (x + 2 * y) % 5 == 0 else (182, 160, 120))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("r01-okafor-bramley-road", "en", "closed", {"unanswered-question": 1},
      "Hannah Okafor <hannah.okafor@example.com>", "gmail", "Carpet cleaning - lounge, stairs and bedrooms",
      "New house: price, Saturday slot and baby-safe products all answered; the shoe covers for the new oak "
      "floor, asked in passing, are never mentioned.",
      cu("11-02 08:41", """Hi,

We've just moved into a house on Bramley Road and the carpets are in a sorry state. Could you give me a price for the lounge, stairs, landing and three bedrooms? All fairly standard sizes, the lounge is about 5m x 4m.

Is Saturday 14th November possible? Saturdays are the only day we're both home.

We have a nine-month-old who is into everything at floor level, so are the products you use safe for her once the carpet is dry?

Also please could the technician bring shoe covers or a dust sheet for the hall - we've just had the oak floor there refinished.

Thanks,
Hannah Okafor
""", uq=1),
      ag("niamh", "11-02 10:15", """Hi Hannah,

Thanks for getting in touch. For a lounge of that size plus the stairs, landing and three bedrooms our price is £265, including pre-treatment of the traffic lanes.

Saturday 14th is available - I can offer an 8:30am start, and the job takes around three hours.

The solution we use is low-residue and fragrance-free, and it's fine for children and pets once the carpet is dry. Allow about four hours, and keep little hands off it until then.

Let me know if you'd like me to book the 8:30 slot.

Kind regards,"""),
      cu("11-02 19:20", """Yes please, book us in for the 14th at 8:30.

Hannah
"""),
      ag("niamh", "11-03 09:02", """Hi Hannah,

You're booked in for Saturday 14 November at 8:30am; your technician will be Craig. Your booking reference is HR-20417.

Kind regards,"""),
      ),

    C("r02-kestrel-office-tiles", "en", "closed", {},
      "Mark Delaney <m.delaney@kestrellogistics.example>", "outlook", "Carpet tile cleaning - Unit 4 Riverside Park",
      "Office of 420 m2: four questions (out of hours, moving desks, drying time, cost) answered in one "
      "paragraph in a different order; the reply to it only thanks.",
      cu("11-03 11:05", """Hello,

We're looking for someone to clean the carpet tiles in our office at Unit 4, Riverside Park - roughly 420 square metres, open plan plus two meeting rooms.

A few questions before I can get quotes signed off:
Can the work be done out of hours, ideally on a Friday evening or over the weekend?
Do your team move the desks and chairs, or do we need to clear the floor ourselves?
How long before the carpet is dry enough for staff to walk on on Monday morning?
What would the cost be, roughly?

Regards,
Mark Delaney
Facilities Coordinator, Kestrel Logistics
""", kind="alt"),
      ag("gareth", "11-03 14:30", """Hi Mark,

For 420 m² of carpet tiles we charge £0.95 per m², so about £400 plus VAT, and tiles are walkable within two to three hours of us finishing, so Monday is no problem at all - a Saturday job would be dry by mid-afternoon. We're happy to work Friday evenings from 6pm or any time at weekends. Our team move chairs, bins and mobile pedestals; fixed desks stay where they are and we clean under them with a hand wand, so you only need to clear loose items and cables off the floor.

Best regards,"""),
      cu("11-04 08:50", """Thanks Gareth, that's really helpful. I'll put it to our finance manager.

Mark
""", thanks=True),
      ),

    C("r03-ashworth-persian-inline", "en", "pending", {},
      "Tom Ashworth <tom.ashworth@example.org>", "apple", "Persian rug - collection and fringe",
      "Numbered list of three questions about a Persian rug, each answered inline under the quoted question.",
      cu("11-16 09:12", """Hello,

I have a Persian rug (wool, hand-knotted, about 2m x 3m) that's due a proper clean. Three questions:

1. Do you collect from Islington (N1)?
2. How long would it be away for?
3. One end of the fringe is coming loose - can you fix that while it's with you?

Best wishes,
Tom Ashworth
"""),
      ag("priya", "11-16 11:40", """Hi Tom,

Answers below.

> 1. Do you collect from Islington (N1)?

Yes - N1 is on our Tuesday and Friday rounds, and collection and delivery are free within the M25.

> 2. How long would it be away for?

Usually two weeks. The wash itself is a day, drying takes several days in our drying room, then it's checked and groomed.

> 3. One end of the fringe is coming loose - can you fix that while it's with you?

Yes. We'd re-secure it and give you a price once we've seen it; a loose end like that is normally £45-£70.

Best,""", quote=False),
      cu("11-16 18:05", """Brilliant, thank you - I'll book a Friday collection on the website.

Tom

Sent from my iPad
""", thanks=True),
      ),

    C("r04-harcourt-flat-tenancy", "en", "closed", {"unanswered-question": 2},
      "Daniel Whitlock <dan.whitlock@example.net>", "gmail", "End of tenancy carpet clean - Harcourt Street",
      "A landlord's one long paragraph: price and the wine stain answered and a date booked; the invoice to the "
      "letting agency and the key safe are never addressed.",
      cu("11-05 21:47", """Hi there, I'm a landlord with a two-bed flat on Harcourt Street that's between tenants and I need the carpets done before the new tenants move in on the 16th, the previous lot left a red wine stain on the cream carpet in the living room about the size of a dinner plate and I'm not sure whether it will come out, can you give me a price for the whole flat (living room, hall, two bedrooms, no stairs) and tell me whether the wine is likely to shift? I'd need the invoice made out to Marlowe Lettings rather than to me, is that something you can do? I'm also away until the 14th so could your technician collect the keys from the key safe by the front door if I send you the code? Cheers, Daniel
""", uq=2),
      ag("niamh", "11-06 09:10", """Hi Daniel,

The whole flat (living room, hall and two bedrooms) would be £165. Red wine on a cream carpet usually comes out well as long as nothing bleachy has been used on it - we use a dedicated tannin remover and I'd expect it to go, or at worst leave a faint shadow.

We have slots on Thursday 12th or Friday 13th - which suits you?

Kind regards,"""),
      cu("11-06 10:02", """Friday 13th please.
Daniel
"""),
      ag("niamh", "11-06 10:30", """Hi Daniel,

Done - you're booked for Friday 13 November, arrival between 9 and 10am. Reference HR-20488.

Kind regards,"""),
      ),

    C("r05-penrose-dog-urine", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Rachel Penrose <rachelpenrose@example.com>", "iphone", "Dog urine smell in bedroom carpet",
      "Monday mail unanswered; the customer chases on Wednesday from her phone. The reply answers the odour "
      "treatment and the price but not whether the enzyme spray is for sale.",
      cu("11-02 07:55", """Hi, our rescue dog has had a few accidents on the bedroom carpet and even after we've scrubbed it the smell is still there. Can you get urine smell out properly or is it just a case of masking it? How much for one bedroom (approx 3.5 x 3m)? Also do you sell the enzyme spray you use so we can deal with any new accidents ourselves?
Thanks
Rachel Penrose

Sent from my iPhone
""", uq=1),
      cu("11-04 08:20", """Hi, I emailed on Monday (below) and still haven't heard anything back. Could someone get back to me please, the smell is getting worse.
Rachel

Sent from my iPhone
""", parent=1, chase=True),
      ag("gareth", "11-04 10:05", """Hi Rachel,

Sorry for the slow reply - Monday's messages got stuck in our queue. Yes, we can deal with it properly: we use a UV torch to find every spot, then inject an enzyme treatment through the carpet into the underlay, which breaks down the urine salts rather than masking them. For one bedroom of that size it's £95 including the odour treatment. If the underlay turns out to be saturated we'd tell you on the day before doing anything else.

I have Thursday afternoon free if that helps.

Regards,"""),
      cu("11-04 12:31", """Thursday afternoon is perfect, thank you. Address is 14 Penrose Close, Sutton SM1.

Sent from my iPhone
"""),
      ag("gareth", "11-04 13:00", """Hi Rachel,

Booked: Thursday 5 November, 1-3pm arrival window.

Regards,"""),
      ),

    C("r06-lindqvist-coffee-wicking", "en", "closed", {"missed-follow-up": 1},
      "Eva Lindqvist <eva.lindqvist@example.org>", "outlook", "Stain come back after clean - booking HR-20391",
      "A coffee mark wicks back after a clean. Cause and interim fix are answered; the return visit is deferred "
      "('I'll check with Craig and get back to you', no deadline) and nobody comes back.",
      cu("11-09 09:20", """Hello,

You cleaned our living room carpet on Friday (booking HR-20391) and it looked great, but a brown mark has come back up where my son spilt coffee last month. Is this normal? Can the technician come back and redo that patch without charge? And is there anything we should do in the meantime?

Many thanks,
Eva Lindqvist
"""),
      ag("gareth", "11-09 11:45", """Hi Eva,

What you're seeing is called wicking: a spill that soaked into the backing rises back to the surface as the carpet dries, so yes, it does happen with older coffee spills. In the meantime, lay a folded white towel over the patch with something heavy on it - that often draws a good part of the mark out.

As for a return visit, I'll check the job notes with Craig, who did your clean, and get back to you.

Regards,""", promises=[("window", None)]),
      ),

    C("r07-grange-hotel-corridors", "en", "closed", {},
      "Sophie Marchbank <s.marchbank@grangehotel.example>", "owa", "Quote request - corridor carpets",
      "Hotel corridors: night work answered and the insurance certificate attached; the written quote promised "
      "'by Thursday' arrives on Thursday with a PDF. Thanks-only reply.",
      cu("11-09 14:10", """Dear Holloway team,

The Grange Hotel in Richmond would like a quote for cleaning the corridor carpets on our three guest floors (about 190 metres of corridor in total, 1.6m wide), plus the stairwell carpets. Could you work at night, between 11pm and 6am, so guests aren't disturbed? We'd also need a copy of your public liability insurance certificate for our files.

Kind regards,
Sophie Marchbank
Operations Manager, The Grange Hotel
""", kind="alt"),
      ag("dermot", "11-09 16:20", """Dear Sophie,

Thank you for thinking of us. Yes, night work is routine for our hotel clients: a team of two would do your corridors over two nights, 11pm to 5am, with quiet machines and the air movers on low. I've attached our public liability certificate (£5m cover, renewed in September).

I'll send you the written quotation by Thursday, once I've checked the stairwell measurements against our plans from the 2024 job.

Kind regards,""", attach=[(PDF, "Holloway-public-liability-2026.pdf", INSURANCE_PDF)], promises=[("11-12", 3)]),
      ag("dermot", "11-12 10:05", """Dear Sophie,

As promised, please find attached our quotation Q-2611-118 for the corridors on floors 1-3 and the two stairwells: £1,240 plus VAT, over two nights. It is valid until the end of January.

Kind regards,""", attach=[(PDF, "Q-2611-118-Grange-Hotel.pdf", GRANGE_QUOTE_PDF)]),
      cu("11-12 12:30", """Thank you Dermot, received. I'll share it with our GM.

Sophie
""", thanks=True),
      ),

    C("r08-fairfax-rug-colour-run", "en", "pending", {"reopened": 1},
      "Lucy Fairfax <lucy.fairfax@example.com>", "gmail", "Your rug is on its way back",
      "Rug returned, underfloor-heating question answered and the ticket marked resolved; days later the "
      "customer reports dye bleed in the same thread, sends the photo asked for, and Priya promises a call by "
      "Monday 23rd (still ahead).",
      cu("11-10 18:30", """Hi Priya,

The rug came back this morning and it looks wonderful - the colours are so much brighter. One question: we have underfloor heating in that room, is it OK to put the rug straight back down or should we wait?

Thanks,
Lucy Fairfax
"""),
      ag("priya", "11-11 09:05", """Hi Lucy,

So glad you like it! It's bone dry when it leaves us, so you can put it straight back down - just use the anti-slip underlay we returned with it. I'll mark this ticket as resolved; enjoy the rug.

Best,""", closes=True),
      cu("11-16 20:14", """Hi Priya, sorry to come back to this. Having had the rug down for a few days I've noticed that the red in one corner seems to have bled into the cream border - it's a patch about the size of my hand. Was it like that before you took it? Can someone look at it?

Lucy
"""),
      ag("priya", "11-17 08:50", """Hi Lucy,

I'm sorry to hear that. Could you send me a photo of the corner in daylight, with something in it for scale? Then I can compare it with our intake photos.

Best,"""),
      cu("11-17 12:40", """Here you go - taken by the window at lunchtime, the tape measure is showing 20cm.

Lucy
""", attach=[(PNG, "IMG_4471.png", CORNER_PNG)]),
      ag("priya", "11-18 09:30", """Hi Lucy,

Thanks for the photo. Comparing it with our intake photos, there was already a faint pink tinge in that corner when we collected the rug, but it has clearly spread since, so this one is on us. We'll collect the rug again and do a colour-run correction free of charge.

I'll ring you by Monday to arrange a collection slot.

Best,""", promises=[("11-23", None)]),
      ),

    C("r09-whitcombe-stair-runner", "en", "open", {},
      "Graham Whitcombe <g.whitcombe@example.net>", "thunderbird", "Stair runner with brass rods",
      "Fresh enquiry on the audit day, only the acknowledgement so far ('we aim to reply within one working "
      "day' is service-hours text): inside the response target.",
      cu("11-20 10:12", """Good morning,

We have a wool stair runner (13 stairs, brass stair rods) that's looking tired. Can it be cleaned in place, or do the rods have to come off? And what would you charge?

Regards,
Graham Whitcombe
"""),
      ack("11-20 10:13"),
      ),

    C("r10-moreau-kilim-runner", "en", "open", {"awaiting-reply": 1},
      "Claire Moreau <claire.moreau@example.com>", "gmail", "Quote for flatweave rug",
      "Kilim price and collection answered; her follow-up about the matching runner (price per m2, same "
      "collection) has had no reply since Wednesday morning.",
      cu("11-16 10:30", """Hi, I'd like a quote for cleaning a wool flatweave rug, kilim style, 170 x 240. Do you collect from Crouch End?
Thanks, Claire Moreau
"""),
      ag("priya", "11-16 14:00", """Hi Claire,

A 170 x 240 flatweave is £96 for a full wash, and yes, we collect from Crouch End (N8) on Wednesdays at no charge.

Best,"""),
      cu("11-18 09:05", """Thanks Priya. Could you also do the matching hall runner at the same time? It's 70 x 300. Would it be the same price per square metre, and could both go on the same collection?

Claire
"""),
      ),

    C("r11-hazelmere-care-home", "en", "pending", {"many-handoffs": 1},
      "Janet Forbes <janet.forbes@hazelmerehouse.example>", "outlook", "Quarterly carpet clean - Hazelmere House",
      "Care home: Niamh pencils the dates and says Gareth will confirm times (he does, the same day); a later "
      "invoice query goes to Dermot, who sends a corrected PDF. Three agents on one case.",
      cu("11-10 09:00", """Hello,

We'd like to book our quarterly clean of the lounge and dining room carpets at Hazelmere House. Last time you did it over two mornings. Could we have Monday 23 and Tuesday 24 November, starting after breakfast (about 9:30)?

Kind regards,
Janet Forbes
Home Manager, Hazelmere House
"""),
      ag("niamh", "11-10 10:40", """Hi Janet,

Lovely to hear from you. I've pencilled in Monday 23 and Tuesday 24 November for you. Gareth plans the technicians' rounds and will confirm the start times with you.

Kind regards,""", promises=[("window", 3)]),
      ag("gareth", "11-10 15:00", """Hi Janet,

Confirmed: the team will arrive at 9:30 on both days - lounge on Monday, dining room on Tuesday. They'll bring the low-moisture machine as last time, so both rooms can be used again by lunchtime.

Regards,"""),
      cu("11-16 11:20", """Thank you both. One more thing - our finance office says the last invoice (INV-8812) was charged at the old rate. Could someone check it and send a corrected one?

Janet
"""),
      ag("dermot", "11-16 14:45", """Dear Janet,

You're right - INV-8812 went out at the 2025 rate. I've cancelled it, and the corrected invoice INV-8840 for £312 plus VAT is attached. Apologies for the confusion.

Kind regards,""", attach=[(PDF, "INV-8840.pdf", HAZELMERE_INVOICE_PDF)]),
      ),

    C("r12-turnbull-moving-out", "en", "pending", {"unanswered-question": 2},
      "Alex Turnbull <alex.turnbull@example.org>", "android", "End of tenancy clean next week",
      "Bulleted list of four questions from Outlook for Android: date and price answered and booked, the receipt "
      "wording and the candle wax never mentioned.",
      cu("11-17 07:40", """Hi,

Moving out of our rented house next week and need an end-of-tenancy carpet clean. The letting agent wants a receipt as proof. Questions:

- Can you do Thursday 26th or Friday 27th?
- Is the price for 3 bedrooms, lounge and stairs still £240 like on your website?
- Will you give us a receipt that says it was a professional hot water extraction clean?
- The lounge has a few candle wax drips - can you get those out?

Thanks
Alex Turnbull

Get Outlook for Android
""", uq=2),
      ag("niamh", "11-17 09:55", """Hi Alex,

Thursday 26th is free - I can do 10am. And yes, the £240 package still covers three bedrooms, lounge and stairs.

Shall I book it in?

Kind regards,"""),
      cu("11-17 10:20", """Yes please, 10am on the 26th.

Get Outlook for Android
"""),
      ag("niamh", "11-17 10:45", """Hi Alex,

Booked in: Thursday 26 November, 10am, reference HR-20561.

Kind regards,"""),
      ),

    C("r13-hale-links-only", "en", "closed", {},
      "Imogen Hale <imogen.hale@example.net>", "gmail", "Rug cleaning prices",
      "Prices, reviews and Kingston coverage answered with three links only; the customer thanks.",
      cu("11-05 13:15", """Hello, a friend recommended you. Where can I see your prices for rug cleaning, and do you have reviews anywhere? Also do you cover Kingston?

Thanks,
Imogen Hale
"""),
      ag("niamh", "11-05 15:02", """Hi Imogen,

Prices: https://hollowayrugs.example/prices/rugs
Reviews: https://hollowayrugs.example/reviews
Areas we cover: https://hollowayrugs.example/areas?postcode=KT1

Kind regards,"""),
      cu("11-05 17:00", """Thank you!
""", thanks=True),
      ),

    C("r14-okonkwo-call-ahead", "en", "pending", {},
      "Chidi Okonkwo <chidi.okonkwo@example.com>", "iphone", "Booking HR-20544",
      "A request to be phoned before arrival answered with a bare 'Of course.'",
      cu("11-17 19:30", """Hi Niamh, thanks for booking us in for Friday 20th (ref HR-20544). Could the technician give me a call when he's about half an hour away? I'm working from home and will probably be on a call.

Chidi

Sent from my iPhone
"""),
      ag("niamh", "11-18 08:30", """Of course."""),
      ),

    C("r15-ferris-sofa-mattress", "en", "pending", {"unanswered-question": 1},
      "Jo Ferris <jo.ferris@example.org>", "gmail", "Sofa and armchairs cleaning",
      "Sofa clean booked and done; a week later a second mail asks for fabric protection (answered with price "
      "and a slot) and, in passing, whether mattresses are cleaned - not mentioned.",
      cu("11-09 08:00", """Hi, can you clean a three-seater fabric sofa and two armchairs? They're a light grey linen mix. How much, and do you have anything next week?

Jo Ferris
"""),
      ag("niamh", "11-09 09:30", """Hi Jo,

Yes - a three-seater and two armchairs in a linen mix is £150. Next week I can offer Wednesday 11th from 1pm.

Kind regards,"""),
      cu("11-09 10:05", """Wednesday 1pm is great, please book it.
Jo
"""),
      ag("niamh", "11-09 10:40", """Lovely - booked for Wednesday 11 November from 1pm, reference HR-20470.

Kind regards,"""),
      cu("11-16 21:10", """Hi Niamh,

The sofa came up beautifully, thank you. The technician mentioned we could get everything Scotchgarded now it's clean - could I book that protection treatment for the sofa and chairs, and what does it cost? And while I think of it, do you also clean mattresses? We've got a king-size that could do with it.

Jo
""", uq=1),
      ag("niamh", "11-17 09:15", """Hi Jo,

So glad it came up well. Fabric protection for a three-seater and two armchairs is £55, applied on a short visit - would Tuesday 24th at 9am work?

Kind regards,"""),
      ),

    C("r16-aldridge-dental-evenings", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Dr Sunita Aldridge <sunita@aldridgedental.example>", "outlook", "Carpet cleaning for our practice",
      "Dental practice: the smell question is answered; Niamh says Gareth will email dates tomorrow and he does "
      "so a day late (missed). The invoice in the practice's name is never addressed.",
      cu("11-03 10:00", """Hello,

We need the carpets in our waiting room and corridor cleaned - around 60 m², heavy traffic. We're open Monday to Saturday, so it would have to be a Sunday or after 7pm on a weekday. Could you let me know your availability? Also, do you use anything with a strong smell? Some of our patients are very sensitive to it. And please make sure the invoice is made out to the practice rather than to me personally.

Regards,
Dr Sunita Aldridge
Aldridge Dental, 12 Station Parade
""", uq=1),
      ag("niamh", "11-03 11:30", """Dear Dr Aldridge,

Thank you for getting in touch. Our cleaning solution is fragrance-free and we don't use deodorisers unless asked, so there's no lingering smell.

Evening and Sunday work is planned by Gareth, who runs the technicians' rota; he'll email you tomorrow with the dates we can offer.

Kind regards,""", promises=[("11-04", 3)]),
      ag("gareth", "11-05 16:20", """Dear Dr Aldridge,

Apologies for the delay. We can offer Sunday 15 November from 9am, or weekday evenings from 7pm on the 17th or 18th. For 60 m² the price is £110.

Regards,"""),
      cu("11-05 18:00", """Sunday 15th at 9am please.

Sunita Aldridge
"""),
      ag("gareth", "11-06 08:10", """Booked - Sunday 15 November, 9am. The team will ring the bell at the side entrance.

Regards,"""),
      ),

    C("r17-carrow-selvedge-repair", "en", "pending", {},
      "Martin Carrow <martin.carrow@example.net>", "apple", "Puppy damage to rug edge",
      "Repair question answered by Niamh, who says Priya will email an estimate by Wednesday and asks for photos; "
      "the customer sends them (not a chase) and Priya's estimate comes on Tuesday.",
      cu("11-16 08:30", """Hello,

Our puppy has chewed the edge of our Afghan rug - the side cord (I think it's called the selvedge) over about 30cm. Can that be repaired so it's not too noticeable? I'm happy to bring it to your workshop if that's easier.

Regards,
Martin Carrow
"""),
      ag("niamh", "11-16 09:40", """Hi Martin,

Yes, selvedge repairs are one of the things our workshop does most: the edge is rebound in matching wool and is usually hard to spot afterwards. You're welcome to drop the rug at the workshop (Unit 9, Holloway Works, N7, Monday to Friday 8am-5pm).

Priya looks after repairs and will email you an estimate by Wednesday - could you send a couple of photos of the damage in the meantime?

Kind regards,""", promises=[("11-18", 4)]),
      cu("11-16 12:10", """Photos attached - one of the whole side and one close up.

Martin
""", attach=[(PNG, "rug-side.png", SELVEDGE_WHOLE_PNG), (PNG, "rug-closeup.png", SELVEDGE_CLOSE_PNG)]),
      ag("priya", "11-17 15:00", """Hi Martin,

Thanks for the photos. Rebinding 30cm of selvedge in matching wool would be £85, and if you'd like the rug washed while it's with us that's another £70.

Best,"""),
      ),

    C("r18-beaumont-party-quote", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Olivia Beaumont <olivia.beaumont@example.com>", "gmail", "Quote for whole house + leather sofa",
      "Full-house quote promised 'by end of day' arrives two days later, after the customer asks 'any news on "
      "the quote?'; the date is then booked.",
      cu("11-09 12:00", """Hi,

Could I get a quote for a full-house clean - four bedrooms, lounge, dining room, stairs and landing, plus a two-seater leather sofa? We're having a party on the 21st so would want it done the week before.

Thanks,
Olivia Beaumont
"""),
      ag("niamh", "11-09 14:20", """Hi Olivia,

Thanks for your enquiry. The week before the 21st is fine - we have space on the 17th and 18th. Leather is priced separately and I need to check it with our technician, so I'll send you the full quote by end of day.

Kind regards,""", promises=[("11-09", 4)]),
      cu("11-11 09:30", """Hi Niamh, any news on the quote? I need to get this sorted this week.
Olivia
""", chase=True),
      ag("niamh", "11-11 10:05", """Hi Olivia,

Sorry - here it is: carpets throughout £310, and the leather two-seater £85 for clean and condition, so £395 in total. Would Tuesday 17th or Wednesday 18th suit?

Kind regards,"""),
      cu("11-11 11:00", """Wednesday 18th please.
"""),
      ag("niamh", "11-11 11:30", """Booked: Wednesday 18 November from 9am, reference HR-20502.

Kind regards,"""),
      ),

    C("r19-quill-sitting-room-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Peter Quill <peter.quill@example.org>", "thunderbird", "Booking enquiry - wool carpet, sitting room",
      "No answer to a Thursday enquiry; on Monday the customer sends the same mail again, word for word, as a "
      "new message. The reply answers everything.",
      cu("11-12 16:40", """Hello,

I'd like to book a clean for the wool carpet in our sitting room (approx 6m x 4.5m). It has a couple of old candle wax spots and a patch where a plant pot leaked. Do you have anything in the week of 23 November, and roughly what would it cost?

Regards,
Peter Quill
"""),
      cu("11-16 08:15", """Hello,

I'd like to book a clean for the wool carpet in our sitting room (approx 6m x 4.5m). It has a couple of old candle wax spots and a patch where a plant pot leaked. Do you have anything in the week of 23 November, and roughly what would it cost?

Regards,
Peter Quill
""", parent=0, chase=True),
      ag("gareth", "11-16 11:00", """Hello Peter,

Apologies - your first email slipped through. A 6m x 4.5m wool carpet is £85 and the wax removal is included; the plant-pot patch we'd treat for water marking, which is £15 extra only if it needs the browning treatment. In the week of the 23rd we can do Tuesday 24th or Thursday 26th, morning or afternoon.

Regards,"""),
      ),

    C("r20-hartley-yoga-studio", "en", "closed", {"slow-first-response": 1},
      "Kirsty Hartley <kirsty@balhamyoga.example>", "gmail", "Studio carpet clean - Sunday?",
      "Saturday-morning enquiry answered on Monday afternoon (slow first response); both questions answered, "
      "the customer thanks.",
      cu("11-07 09:30", """Hi,

We run a small yoga studio in Balham with about 50 m² of carpet in the main room, and it's getting grubby around where the mats go. Can you clean it on a Sunday when we're closed, and would it be dry for a 7am class on Monday?

Cheers,
Kirsty Hartley
Balham Yoga Loft
"""),
      ag("gareth", "11-09 14:10", """Hi Kirsty,

Yes to both: we work Sundays, and a 50 m² clean finished by midday will be completely dry overnight. It would be £75.

Regards,"""),
      cu("11-09 15:00", """Great, thanks Gareth - I'll check with my business partner and book online.
Kirsty
""", thanks=True),
      ),

    C("r21-delacroix-silk-dining-rug", "en", "open",
      {"unanswered-question": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Hugo Delacroix <hugo.delacroix@example.net>", "outlook", "Silk and wool rug - wine stain",
      "Price and workshop-only answered, the insurance question skipped; the customer's follow-up (collection "
      "date, time away) gets no reply and his 'Just following up' four days later none either.",
      cu("11-12 10:00", """Hello,

We have a large silk-and-wool rug in the dining room (roughly 250 x 350) with a red wine stain and some wear in front of the sideboard. Could you give me a price for cleaning it? Would you need to take it away, or can it be done here? I'd also like to know whether you have insurance covering it while it's in your workshop - it was a wedding present and is quite valuable.

Thanks,
Hugo Delacroix
""", uq=1),
      ag("priya", "11-12 13:15", """Hi Hugo,

A silk-and-wool rug of that size needs to come to the workshop - silk doesn't tolerate in-home machines, and the wine needs a controlled treatment on our wash floor. Cleaning would be £420.

Best,"""),
      cu("11-13 09:00", """Thanks Priya. If we go ahead, when could you collect it, and how long would we be without it?

Hugo
"""),
      cu("11-17 08:45", """Just following up on my email below - we'd like to get this sorted before Christmas.

Hugo Delacroix
""", parent=3, chase=True),
      ),

    C("r22-ng-nail-varnish", "en", "open", {"awaiting-reply": 1},
      "Wendy Ng <wendy.ng@example.com>", "gmail", "Nail varnish on cream carpet",
      "Only the helpdesk acknowledgement since Wednesday afternoon: awaiting reply.",
      cu("11-18 13:20", """Hello,

My daughter has spilt pink nail varnish on the cream carpet in her bedroom, a patch about the size of a coaster. Is that something you can remove, and would you charge a full call-out just for that?

Many thanks,
Wendy Ng
"""),
      ack("11-18 13:21"),
      ),

    C("r23-pemberton-out-of-office", "en", "closed", {},
      "Nina Pemberton <nina.pemberton@northgatepr.example>", "outlook", "Quote for two-bed flat",
      "Quote answered; the customer's out-of-office replies to it; back at work she asks for another date, "
      "which is booked, and she thanks.",
      cu("11-04 11:00", """Hi,

Could you quote for cleaning the carpets in our two-bedroom flat (living room, hall and two bedrooms) and let me know your earliest date?

Thanks,
Nina Pemberton
"""),
      ag("niamh", "11-04 15:30", """Hi Nina,

For a two-bedroom flat it's £150. The earliest date is Monday 9 November, arriving 9-10am.

Kind regards,"""),
      auto("11-04 15:31", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact reception on 020 7946 0999.

Nina Pemberton
Northgate PR
""", subject="Automatic reply: Quote for two-bed flat", quote=False),
      cu("11-09 09:10", """Hi Niamh, sorry, I've been away and Monday has gone now. Is there anything on Thursday 12th?

Nina
""", parent=2),
      ag("niamh", "11-09 10:00", """Hi Nina,

Thursday 12th at 1pm is yours - booked, reference HR-20472.

Kind regards,"""),
      cu("11-09 10:15", """Thank you!

Nina
""", thanks=True),
      ),

    C("r24-vance-wrong-date", "en", "closed", {},
      "Ellie Vance <ellie.vance@example.net>", "gmail", "Fwd: Your booking HR-20481",
      "HTML-only mail forwarding the online booking confirmation (whose own 'Have pets?' and 'Questions about "
      "parking?' lines are not hers) with one request: move the date. Done.",
      cu("11-10 19:00", """Hi,

I booked online last night (confirmation below) but picked the wrong date - could you move it from Saturday 14th to Saturday 21st? Same time is fine.

Thanks,
Ellie Vance

---------- Forwarded message ---------
From: Holloway Carpet & Rug Cleaning <bookings@hollowayrugs.example>
Date: Mon, 9 Nov 2026 at 21:04
Subject: Your booking HR-20481
To: Ellie Vance <ellie.vance@example.net>

Thanks for booking with Holloway!
Service: Carpet cleaning - 2 rooms + stairs
Date: Saturday 14 November, 8:30-10:30 arrival
Need to change something? Reply to this email or visit https://hollowayrugs.example/manage?booking=HR-20481
Have pets? Let us know so we can bring the pet-safe odour treatment.
Questions about parking? Call us on 020 7946 0512.
""", kind="html"),
      ag("niamh", "11-11 08:30", """Hi Ellie,

No problem - I've moved booking HR-20481 to Saturday 21 November, same arrival window of 8:30-10:30.

Kind regards,"""),
      ),

    C("r25-bright-cat-damage", "en", "pending", {},
      "Sarah Bright <sarah.bright@example.org>", "apple", "Cat vs rug",
      "A pleasantry, a rhetorical question and a question she answers herself, then one real question about "
      "repairing pulled loops - answered.",
      cu("11-16 10:00", """Hi Priya,

Hope you had a good weekend? Ours was eventful. Who knew one cat could do so much damage to a rug in a single afternoon? She's pulled a run of loops out of the wool rug you cleaned for us in the summer.

Where would I find the order number from last time? Actually, ignore that - it's on the invoice: HR-19876.

Is that sort of damage repairable, and roughly how much would it be?

Thanks,
Sarah Bright
"""),
      ag("priya", "11-16 14:20", """Hi Sarah,

We did, thank you! Poor rug. Pulled loops are very repairable: we re-tuft the run in matching wool and trim it level. From your description - one run - I'd expect £60-£90.

Best,"""),
      ),

    C("r26-meridian-quarterly-contract", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ravi Menon <ravi.menon@meridiananalytics.example>", "owa", "Quarterly contract - three offices",
      "Revised contract promised 'by Friday' (6 Nov) never sent; the VAT number on the invoices is not "
      "addressed at all.",
      cu("11-05 09:15", """Hi Dermot,

Following our call, we'd like to move to a quarterly contract for our three offices (Shoreditch, Farringdon and Canary Wharf). Could you send the revised contract reflecting quarterly visits and the 10% multi-site discount we discussed? And can the invoices show our VAT registration number (GB 294 1187 36)? Our auditors flagged that it was missing last year.

Best,
Ravi Menon
Office Services, Meridian Analytics
""", uq=1),
      ag("dermot", "11-05 11:00", """Hi Ravi,

Great to hear, thank you. I'll send the revised contract with quarterly visits and the multi-site discount by Friday.

Kind regards,""", promises=[("11-06", None)]),
      ),

    C("r27-gallagher-wool-silk-blend", "en", "pending", {"unanswered-question": 1},
      "Maeve Gallagher <maeve.gallagher@example.com>", "gmail", "Rug and carpets at my Pimlico flat",
      "Customer in Boston (UTC-5). Asked whether a wool-silk blend can be cleaned in the flat, she is told "
      "about pure silk; the bedroom carpets are answered.",
      cu("11-16 07:30", """Hi there,

I own a flat in Pimlico that I let out, and I'll be in London in early December. The living room has a wool-silk blend rug (about 20% silk, I believe) that needs cleaning. Can a blend like that be cleaned in the flat, or does it have to go to your workshop? And could you do the carpets in the two bedrooms on the same visit?

Best,
Maeve Gallagher
""", uq=1),
      ag("priya", "11-16 15:05", """Hi Maeve,

Thanks for getting in touch. Pure silk rugs always come to our workshop: silk can't take the heat or moisture of an in-home machine and it water-marks very easily.

The bedroom carpets are no problem - Niamh on our bookings desk can put those in for any weekday in early December.

Best,"""),
      tz=-5),

    C("r28-osei-washing-machine-flood", "en", "closed", {"missed-follow-up": 1},
      "Kwame Osei <kwame.osei@example.org>", "gmail", "Flooded hallway carpet - urgent",
      "Flood call-out: drying, salvage and insurers all answered and a visit booked the same day; the moisture "
      "report promised for 'early next week' (by Tue 10 Nov) never comes.",
      cu("11-05 10:00", """Hi,

Our washing machine leaked overnight and the hallway carpet is soaked through to the underlay. Can you dry it out, and will the carpet be salvageable? Also, do you deal with insurance companies directly?

Kwame Osei
07700 900318
"""),
      ag("gareth", "11-05 11:15", """Hi Kwame,

Sorry to hear that. We can come today at 3pm to extract the water and leave two air movers and a dehumidifier running. With clean water from a washing machine the carpet can usually be saved if it's dried within 48 hours; the underlay normally has to be replaced. We don't deal with insurers directly, but we give you a moisture report and photos for your claim.

Regards,"""),
      cu("11-05 11:30", """Yes please, 3pm today.
Kwame
"""),
      ag("gareth", "11-05 11:40", """Noted - see you at 3.

Regards,"""),
      ag("gareth", "11-06 17:00", """Hi Kwame,

The team took readings this afternoon and the carpet is drying well. I'll send the moisture report and photos for your insurer early next week, once the final readings are in.

Regards,""", promises=[("11-10", None)]),
      ),

    C("r29-lowther-moth-guarantee", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Fiona Lowther <fiona.lowther@example.net>", "android", "Rug cleaned last month - HR-20212",
      "Invoice copy sent, the moth guarantee deferred without a deadline and answered by Priya only after "
      "'still waiting to hear'; the rug pad question is never answered.",
      cu("11-13 08:20", """Hi,

Three things about the rug you cleaned for us last month (ref HR-20212):
Could you send a copy of the invoice? I can't find the email.
Our new sofa is going where the rug was, so the rug is moving onto the wooden floor in the hall - would you recommend a rug pad for a wooden floor, and do you sell them?
And can you tell me whether the moth treatment you did is guaranteed for a certain time?

Thanks,
Fiona Lowther

Get Outlook for Android
""", uq=1),
      ag("niamh", "11-13 10:00", """Hi Fiona,

I've attached a copy of invoice HR-20212.

On the moth treatment, let me check with the workshop what the guarantee period is and I'll come back to you.

Kind regards,""", attach=[(PDF, "HR-20212-copy.pdf", LOWTHER_INVOICE_PDF)], promises=[("window", 4)]),
      cu("11-17 09:10", """Hi Niamh, still waiting to hear about the moth guarantee - could you chase the workshop for me?
Thanks, Fiona

Get Outlook for Android
""", chase=True),
      ag("priya", "11-17 11:30", """Hi Fiona,

Priya from the workshop here. Our moth treatment is guaranteed for 12 months: if you see any new activity in that time we re-treat the rug free of charge.

Best,"""),
      ),

    C("r30-kaur-aftercare-sheet", "en", "closed", {},
      "Simran Kaur <simran.kaur@example.com>", "gmail", "Aftercare sheet?",
      "The aftercare sheet arrives as a PDF attachment and the vacuuming question is answered.",
      cu("11-04 20:00", """Hi, you cleaned our lounge carpet today - it looks fab. The technician mentioned an aftercare sheet but didn't leave one, could you email it over? And can we hoover tonight or should we wait until it's fully dry?

Thanks,
Simran
"""),
      ag("niamh", "11-05 08:30", """Hi Simran,

So glad you're pleased! The aftercare sheet is attached. Best to wait until it's fully dry - usually 4-6 hours - so this morning is perfect.

Kind regards,""", attach=[(PDF, "Holloway-aftercare.pdf", AFTERCARE_PDF)]),
      ),

    C("r31-stanmore-legal-weekend", "en", "closed", {"unanswered-question": 1},
      "Alison Marsh <a.marsh@stanmorelegal.example>", "outlook", "Weekend deep clean - reception and meeting rooms",
      "Law firm, facilities manager in Cc, a confidentiality disclaimer with a '?' and a URL: the date and "
      "duration are answered, the risk assessment and method statement requested for the landlord are not. "
      "Thanks-only reply.",
      cu("11-06 09:00", """Good morning,

We'd like to book a deep clean of the carpets in our reception and two meeting rooms (about 110 m²) over a weekend in late November. I've copied Paul, our facilities manager, who will let your team in.

Could you confirm whether Saturday 28 November is available, and how long the work will take? Before the job we will also need your risk assessment and method statement for our landlord - please send them through.

Kind regards,
Alison Marsh
Office Manager | Stanmore Legal LLP

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Received this email by mistake? Tell us at https://stanmorelegal.example/privacy?report=misdirected
""", uq=1, kind="alt", cc="Paul Greaves <p.greaves@stanmorelegal.example>"),
      ag("dermot", "11-06 11:20", """Dear Alison,

Saturday 28 November is available: a team of two will arrive at 8am and should be finished by about 1pm for 110 m². I've reserved the date for you - Paul just needs to meet them at the door.

Kind regards,""", cc="Paul Greaves <p.greaves@stanmorelegal.example>"),
      cu("11-06 12:00", """Thanks Dermot, that's great.

Kind regards,
Alison Marsh
Office Manager | Stanmore Legal LLP

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Received this email by mistake? Tell us at https://stanmorelegal.example/privacy?report=misdirected
""", thanks=True, kind="alt", cc="Paul Greaves <p.greaves@stanmorelegal.example>"),
      ),

    C("r32-vickers-rug-collection", "en", "closed", {},
      "Anne Vickers <anne.vickers@example.org>", "thunderbird", "Rug collection - HR-20475",
      "Acknowledgement, then the collection day and the rolling question answered; 'the van collects your "
      "rugs on Wednesday' is logistics, not a promise to write.",
      cu("11-09 08:10", """Hello,

I booked a rug clean online (HR-20475) for two rugs. When will you collect them, and do I need to roll them up or will the driver do that?

Regards,
Anne Vickers
"""),
      ack("11-09 08:11"),
      ag("gareth", "11-09 11:30", """Hello Anne,

The van collects your rugs on Wednesday 11th between 8am and 12pm. No need to roll them - the driver rolls and wraps them on site. Please just clear any furniture off them beforehand.

Regards,"""),
      ),

    C("r33-dunmore-moth-damage", "en", "closed", {"unanswered-question": 1},
      "Graham Dunmore <graham.dunmore@example.com>", "gmail", "Moth damage on wool rug",
      "Two photos attached; repair and moth treatment answered in a reply that lost In-Reply-To/References, but "
      "the rough cost from the photos is never given.",
      cu("11-04 16:00", """Hi,

We've found moth damage on a large wool rug in the spare room - bald patches along one edge and some small holes in the middle (photos attached). Can moth holes like this be repaired? Do you also do a moth treatment so it doesn't spread to our other rugs? From the photos, could you give me a rough idea of the cost?

Thanks,
Graham Dunmore
""", uq=1, attach=[(PNG, "edge.png", MOTH_EDGE_PNG), (PNG, "holes.png", MOTH_HOLES_PNG)]),
      ag("priya", "11-05 09:20", """Hi Graham,

Yes - we reweave small holes and re-knot bald patches with wool dyed to match. Every rug that comes in with moth damage is washed and given our moth treatment, which kills eggs and larvae, so it won't carry anything back into the house. For your other rugs, vacuum underneath them and along the edges every week and let us know if you see any fluff or grazing.

Best,""", thread=False),
      ),

    C("r34-hendry-plough-pub", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Callum Hendry <callum@theploughenfield.example>", "android", "Carpet clean - bar and lounge",
      "Pub carpets booked; the written quote for the brewery promised 'tomorrow' never comes. After the job a "
      "mail with a References gap asks about gum (answered) and about upholstery for the banquettes (not).",
      cu("11-02 09:00", """Hi, we run The Plough in Enfield. Can you quote for the bar and lounge carpets - about 140 m² - done on a Monday morning when we open late? Also can you do anything about chewing gum, there's loads by the door.

Callum Hendry

Get Outlook for Android
"""),
      ag("gareth", "11-02 12:00", """Hi Callum,

140 m² is £210 plus VAT, gum removal included. Monday mornings from 7am are fine; we'd be finished by 11.

Regards,"""),
      cu("11-02 13:00", """Great. Book us in for Monday 9th please. Can you also send the quote in writing for the brewery?

Callum

Get Outlook for Android
"""),
      ag("gareth", "11-02 15:00", """Hi Callum,

Booked for Monday 9 November at 7am. I'll email the written quote tomorrow.

Regards,""", promises=[("11-03", None)]),
      cu("11-10 08:30", """Hi Gareth, carpets look miles better, thanks to the lads. The gum by the door has come back up in two spots after a day though - is that normal, and could someone treat it next time they're passing? Also, the brewery are asking whether you do upholstery as well, the banquette seating is filthy.

Callum

Get Outlook for Android
""", uq=1, refs=[1, 4]),
      ag("gareth", "11-10 10:00", """Hi Callum,

Glad it looks better. Yes, gum that's been trodden in for years can leave residue that wicks back up. Craig is in Enfield on Thursday morning and can pop in and treat those two spots then, no charge.

Regards,"""),
      ),

    C("r35-yusuf-hall-stairs", "en", "pending", {},
      "Amina Yusuf <amina.yusuf@example.net>", "gmail", "Price for hall, stairs and landing",
      "The customer adds the measurements and her postcode in a second mail before any reply (not a chase); "
      "one reply answers price, minimum charge and area.",
      cu("11-18 08:00", """Hi, I'd like a price for cleaning our hall, stairs and landing carpet - it's a light beige twist. Is there a minimum charge?

Amina Yusuf
"""),
      cu("11-18 08:25", """Sorry, forgot to say - it's 14 stairs plus a half landing, and the hall is about 4m x 1.2m. We're in E17 if that matters.

Amina
""", parent=1),
      ag("niamh", "11-18 11:00", """Hi Amina,

Thanks for the measurements. The hall, 14 stairs and half landing come to £90, which is also our minimum charge for a visit. E17 is well within our area.

Kind regards,"""),
      ),

    # ---------------------------------------------------------------- German
    C("r36-brandt-seidenteppich", "de", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Katrin Brandt <k.brandt@brandt-architektur.example>", "gmail_de", "Reinigung Seidenteppich (Hereke)",
      "Customer on German time (UTC+1). Collection and duration answered, the price promised 'bis Mittwoch' "
      "comes on Monday after 'ich warte immer noch ... Gibt es schon etwas Neues?'; the invoice to her firm "
      "is never mentioned.",
      cu("11-09 09:30", """Guten Tag,

wir haben einen Seidenteppich (Hereke, ca. 120 x 180 cm), der dringend gereinigt werden muss - unser Hund hat sich darauf übergeben. Können Sie den Teppich in Hampstead abholen? Wie lange dauert die Reinigung ungefähr? Und was würde das kosten?

Außerdem bitte ich Sie, die Rechnung auf meine Firma auszustellen: Brandt Architektur GmbH, Schlüterstraße 12, 20146 Hamburg.

Mit freundlichen Grüßen
Katrin Brandt
""", uq=1),
      ag("tobias", "11-09 11:00", """Guten Tag Frau Brandt,

vielen Dank für Ihre Anfrage. Ja, wir holen den Teppich in Hampstead ab - unsere Fahrer sind dienstags und freitags dort. Die Reinigung eines Seidenteppichs dauert bei uns etwa zwei bis drei Wochen, weil Seide langsam und schonend trocknen muss.

Den Preis für Seide muss ich mit unserer Werkstattleiterin klären; ich melde mich bis Mittwoch bei Ihnen.

Mit freundlichen Grüßen""", promises=[("11-11", 4)]),
      cu("11-16 08:00", """Guten Morgen Herr Krämer,

ich warte immer noch auf den Preis für die Reinigung - Sie wollten sich bis Mittwoch melden. Gibt es schon etwas Neues?

Viele Grüße
Katrin Brandt
""", chase=True),
      ag("tobias", "11-16 10:30", """Guten Morgen Frau Brandt,

entschuldigen Sie bitte die Verzögerung. Die Reinigung Ihres Hereke kostet £280, Abholung und Lieferung inklusive. Wenn Sie einverstanden sind, kann unser Fahrer ihn am Freitag, dem 20. November, abholen.

Mit freundlichen Grüßen"""),
      tz=1),

    C("r37-schulte-eckcouch", "de", "closed", {},
      "Jens Schulte <jens.schulte@example.de>", "thunderbird_de", "Polsterreinigung Eckcouch",
      "Upholstery at home, price and a date next week all answered, then booked.",
      cu("11-03 18:20", """Hallo,

wir haben eine Eckcouch aus Mikrofaser (hellgrau, ca. 2,80 m x 2,20 m), auf der unsere Kinder leider Saft und Schokolade verteilt haben. Reinigen Sie auch Polstermöbel bei uns zu Hause? Was kostet so etwas, und haben Sie nächste Woche noch einen Termin frei?

Viele Grüße
Jens Schulte
"""),
      ag("tobias", "11-04 09:10", """Hallo Herr Schulte,

ja, Polster reinigen wir direkt bei Ihnen vor Ort. Für eine Eckcouch dieser Größe berechnen wir £120; Saft und Schokolade gehen aus Mikrofaser in der Regel gut heraus. Nächste Woche hätte ich Dienstag, den 10. November, ab 13 Uhr frei.

Viele Grüße"""),
      cu("11-04 19:00", """Dienstag passt perfekt, bitte tragen Sie uns ein. Adresse: 27 Elm Grove, London SW19.

Jens Schulte
"""),
      ag("tobias", "11-05 08:45", """Hallo Herr Schulte,

erledigt: Dienstag, 10. November, ab 13 Uhr, Buchungsnummer HR-20455.

Viele Grüße"""),
      ),

    C("r38-hoffmann-buero-clerkenwell", "de", "closed", {"unanswered-question": 2},
      "Stefan Hoffmann <s.hoffmann@hoffmann-lenz.example>", "outlook_de", "Regelmäßige Teppichreinigung Büro",
      "Four questions in one paragraph: contracts and evening work answered, the reference customer and the "
      "certified cleaning agents not. The floor plan he sends on request is not a chase; the offer follows "
      "as a PDF.",
      cu("11-04 10:00", """Sehr geehrte Damen und Herren,

wir sind eine deutsche Beratungsfirma mit Büro in London (Clerkenwell, ca. 250 m² Teppichfliesen) und suchen einen Dienstleister für eine regelmäßige Teppichreinigung. Dazu einige Fragen: Bieten Sie Wartungsverträge mit monatlicher oder vierteljährlicher Reinigung an? Arbeiten Sie auch abends nach 19 Uhr? Können Sie uns eine Referenz eines anderen Bürokunden nennen? Und welche Reinigungsmittel verwenden Sie - sind diese als umweltfreundlich zertifiziert?

Mit freundlichen Grüßen
Stefan Hoffmann
Office Manager, Hoffmann & Lenz Consulting Ltd
""", uq=2),
      ag("tobias", "11-04 14:00", """Sehr geehrter Herr Hoffmann,

vielen Dank für Ihr Interesse. Ja, wir bieten Wartungsverträge an - die meisten Bürokunden wählen eine vierteljährliche Grundreinigung mit monatlicher Fleckenbehandlung. Abends arbeiten wir gerne, in der Regel von 18 Uhr bis Mitternacht.

Für ein Angebot bräuchte ich noch den Grundriss oder zumindest die Raumaufteilung.

Mit freundlichen Grüßen"""),
      cu("11-05 09:00", """Sehr geehrter Herr Krämer,

anbei der Grundriss unseres Büros.

Mit freundlichen Grüßen
Stefan Hoffmann
""", attach=[(PDF, "Grundriss-Clerkenwell.pdf", HOFFMANN_PLAN_PDF)]),
      ag("tobias", "11-05 15:00", """Sehr geehrter Herr Hoffmann,

vielen Dank. Für die vierteljährliche Reinigung der 250 m² berechnen wir £260 zzgl. MwSt. pro Einsatz, die monatliche Fleckenbehandlung £60. Das Angebot Q-2611-092 finden Sie im Anhang.

Mit freundlichen Grüßen""", attach=[(PDF, "Angebot-Q-2611-092.pdf", HOFFMANN_OFFER_PDF)]),
      ),

    C("r39-weber-endreinigung", "de", "closed", {"missed-follow-up": 1},
      "Lena Weber <lena.weber@example.com>", "gmail_de", "Endreinigung Teppiche bei Auszug",
      "End-of-tenancy clean: the proof for the landlord is answered, the price deferred with 'melde mich "
      "morgen' and never sent.",
      cu("11-05 20:00", """Hallo,

wir ziehen Ende November aus unserer Mietwohnung in Fulham aus und brauchen eine Endreinigung der Teppiche (drei Zimmer und Flur). Der Vermieter verlangt einen Nachweis über eine professionelle Reinigung. Ist das bei Ihnen möglich, und was kostet es?

Danke und viele Grüße
Lena Weber
"""),
      ag("tobias", "11-06 09:30", """Hallo Frau Weber,

ja, das machen wir oft: Nach der Reinigung bekommen Sie eine Rechnung mit dem Vermerk „professionelle Heißwasser-Extraktion“, die Vermieter in der Regel akzeptieren. Den genauen Preis für drei Zimmer und Flur kläre ich mit der Disposition und melde mich morgen bei Ihnen.

Viele Grüße""", promises=[("11-07", None)]),
      ),

    C("r40-neumann-stockflecken", "de", "pending", {"customer-chased": 1},
      "Martin Neumann <m.neumann@example.de>", "outlook_de", "Stockflecken auf Wollteppich",
      "Support asks for photos; the customer sends them (not a chase), hears nothing and asks 'gibt es schon "
      "etwas Neues?' four days later; then the question is answered.",
      cu("11-12 14:00", """Guten Tag,

unser Wollteppich im Wohnzimmer hat nach einem Wasserschaden (undichter Heizkörper) Stockflecken bekommen. Kann man so etwas noch reinigen, oder ist der Teppich verloren?

Mit freundlichen Grüßen
Martin Neumann
"""),
      ag("tobias", "11-12 16:30", """Guten Tag Herr Neumann,

das hängt davon ab, wie tief der Schimmel sitzt. Könnten Sie mir zwei, drei Fotos schicken, auch von der Rückseite?

Mit freundlichen Grüßen"""),
      cu("11-13 08:15", """Guten Tag Herr Krämer,

anbei die Fotos, Vorder- und Rückseite.

Mit freundlichen Grüßen
Martin Neumann
""", attach=[(PNG, "Teppich-Rueckseite.png", STOCK_PNG)]),
      cu("11-17 09:00", """Guten Tag Herr Krämer,

gibt es schon etwas Neues zu meinem Teppich? Ich hatte Ihnen am Freitag die Fotos geschickt.

Mit freundlichen Grüßen
Martin Neumann
""", chase=True),
      ag("tobias", "11-17 12:00", """Guten Tag Herr Neumann,

entschuldigen Sie die späte Antwort. Auf den Fotos sieht man, dass die Flecken nur oberflächlich sind und die Rückseite kaum betroffen ist: Mit unserer Schimmelbehandlung in der Werkstatt ist der Teppich zu retten. Die Kosten liegen bei £150, Abholung inklusive.

Mit freundlichen Grüßen"""),
      ),

    # ---------------------------------------------------------------- French
    C("r41-lefevre-velours", "fr", "closed", {},
      "Claire Lefèvre <claire.lefevre@example.fr>", "apple_fr", "Nettoyage canapé en velours",
      "Velvet, price and a Thursday slot answered in one short reply, then booked.",
      cu("11-04 10:00", """Bonjour,

Nous avons un canapé trois places en velours côtelé vert et deux fauteuils assortis. Est-ce que vous nettoyez le velours ? Quel serait le prix pour l'ensemble ? Et seriez-vous disponibles jeudi après-midi ?

Cordialement,
Claire Lefèvre
"""),
      ag("solene", "11-04 12:00", """Bonjour Madame Lefèvre,

Oui, sans problème : le velours se nettoie très bien avec notre méthode basse humidité. Pour le canapé et les deux fauteuils, comptez 160 £. Jeudi 5 novembre, je peux vous proposer 14 h.

Bien cordialement,"""),
      cu("11-04 13:00", """Parfait, jeudi 14 h nous convient, merci de le réserver.

Claire Lefèvre
"""),
      ag("solene", "11-04 14:00", """C'est noté : jeudi 5 novembre à 14 h, référence HR-20449.

Bien cordialement,"""),
      ),

    C("r42-girard-showroom", "fr", "pending", {"unanswered-question": 1},
      "Julien Girard <julien.girard@maisongirard.example>", "gmail", "Devis nettoyage moquette showroom",
      "Paris-based customer (UTC+1): price and a Monday answered and booked; the liability insurance "
      "certificate asked for in passing is never sent.",
      cu("11-16 21:00", """Bonjour,

Nous avons un showroom à Marylebone avec environ 80 m² de moquette claire. Pourriez-vous nous faire un devis pour un nettoyage complet ? Nous aimerions que l'intervention ait lieu un lundi, notre jour de fermeture. Merci aussi de m'envoyer une attestation d'assurance responsabilité civile, la copropriété l'exige.

Bien à vous,
Julien Girard
Maison Girard
""", uq=1),
      ag("solene", "11-17 09:30", """Bonjour Monsieur Girard,

Pour 80 m² de moquette, le nettoyage complet revient à 140 £ HT. Le lundi ne pose aucun problème : nous pouvons intervenir le lundi 23 ou le lundi 30 novembre, à partir de 8 h.

Bien cordialement,"""),
      cu("11-17 11:15", """Le lundi 30 novembre, s'il vous plaît.

J. Girard
"""),
      ag("solene", "11-17 11:00", """C'est réservé : lundi 30 novembre à 8 h, référence HR-20566.

Bien cordialement,"""),
      tz=1),

    C("r43-rousseau-berbere", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Hélène Rousseau <helene.rousseau@example.fr>", "apple_fr", "Tapis berbère taché",
      "Collection answered; the quote promised 'd'ici jeudi' comes on Monday after 'je me permets de vous "
      "relancer'.",
      cu("11-03 09:00", """Bonjour,

Mon tapis berbère (environ 200 x 300) a une grosse tache de café et quelques franges arrachées. Est-ce réparable ? Pouvez-vous venir le chercher à Chiswick ?

Merci d'avance,
Hélène Rousseau
"""),
      ag("solene", "11-03 11:00", """Bonjour Madame Rousseau,

Oui, nous venons le chercher à Chiswick, la collecte est gratuite. Pour la tache et les franges, je transmets votre demande à notre atelier et je reviens vers vous d'ici jeudi avec un devis.

Bien cordialement,""", promises=[("11-05", 4)]),
      cu("11-09 08:30", """Bonjour,

Je me permets de vous relancer : je n'ai toujours pas reçu le devis promis pour jeudi. Pourriez-vous me le faire parvenir ?

Cordialement,
Hélène Rousseau
""", chase=True),
      ag("solene", "11-09 10:00", """Bonjour Madame Rousseau,

Toutes mes excuses pour ce retard. Le nettoyage coûte 150 £ et la réparation des franges 90 £ ; la tache de café devrait partir au lavage. Nous pouvons passer chercher le tapis le mercredi 11 novembre.

Bien cordialement,"""),
      ),

    C("r44-bernard-hotel-tilleuls", "fr", "closed", {"unanswered-question": 2},
      "Sandrine Bernard <direction@hotel-tilleuls.example>", "outlook", "Moquette chambres et couloir",
      "Small hotel, four questions: room-by-room work and drying time answered, curtains and an annual-contract "
      "discount not. Thanks-only reply.",
      cu("11-05 14:00", """Bonjour,

Je dirige un petit hôtel à Kensington (12 chambres) et je cherche une entreprise pour la moquette des chambres et du couloir. Quelques questions : pouvez-vous intervenir chambre par chambre, en fonction des départs des clients ? Quel délai de séchage faut-il prévoir avant de relouer une chambre ? Proposez-vous aussi le nettoyage des rideaux ? Et enfin, accordez-vous une remise pour un contrat annuel ?

Dans l'attente de votre réponse,
Sandrine Bernard
Directrice, Hôtel Les Tilleuls
""", uq=2),
      ag("solene", "11-05 16:00", """Bonjour Madame Bernard,

Oui, nous travaillons régulièrement chambre par chambre pour les hôtels : il suffit de nous donner le matin la liste des chambres libérées. Avec notre méthode, la moquette est sèche en deux à trois heures, donc une chambre nettoyée à 11 h peut être relouée le soir même.

Bien cordialement,"""),
      cu("11-06 09:00", """Merci beaucoup pour ces précisions.

Sandrine Bernard
""", thanks=True),
      tz=1),

    C("r45-martin-tapis-salle-de-bain", "fr", "pending", {},
      "Amélie Martin <amelie.martin@example.fr>", "gmail", "RDV vendredi HR-20570",
      "A request to add a bath mat to Friday's visit answered with 'Oui, bien sûr' and the price.",
      cu("11-18 08:00", """Bonjour,

Pour le rendez-vous de vendredi (HR-20570), est-ce que le technicien peut aussi nettoyer le petit tapis de la salle de bain en même temps ? Je peux payer sur place.

Merci,
Amélie Martin
""", tz=1),
      ag("solene", "11-18 09:15", """Oui, bien sûr. Comptez 25 £ de plus, payables sur place.

Bien cordialement,"""),
      ),

    # ---------------------------------------------------------------- Spanish
    C("r46-ortega-bodeguita", "es", "closed", {"unanswered-question": 1},
      "Javier Ortega <javier@labodeguita.example>", "gmail_es", "Limpieza moqueta comedor",
      "Tapas bar: price and night work answered; asked whether the product leaves a smell, the reply gives the "
      "drying time instead. Thanks-only reply.",
      cu("11-04 23:30", """Hola,

Tenemos un bar de tapas en Brixton con unos 90 m² de moqueta en el comedor. ¿Cuánto costaría una limpieza a fondo? ¿Pueden venir de noche, después de cerrar, hacia la una de la madrugada? ¿El producto que usan deja olor? Abrimos a las 12 y no queremos que huela a químicos.

Saludos,
Javier Ortega
La Bodeguita
""", uq=1),
      ag("lucia", "11-05 10:00", """Hola Javier:

Para 90 m² de moqueta, la limpieza a fondo cuesta 135 £ más IVA. Sí, trabajamos de noche: podemos empezar a la una y terminar hacia las cuatro. En cuanto al producto, la moqueta estará seca en cuatro a seis horas, así que a las 12 podrán abrir sin problema.

Un saludo,"""),
      cu("11-05 11:00", """Perfecto, gracias. Lo hablo con mi socio y te digo algo.

Javier
""", thanks=True),
      ),

    C("r47-navarro-alfombra", "es", "closed", {},
      "Marta Navarro <marta.navarro@example.es>", "iphone", "Precio alfombra de lana",
      "The price answered with a bare figure, the collection day with logistics.",
      cu("11-06 18:00", """Hola, ¿cuánto cuesta limpiar una alfombra de lana de 2 x 3 metros?
Gracias
Marta Navarro

Enviado desde mi iPhone
"""),
      ag("lucia", "11-07 09:00", """108 £."""),
      cu("11-07 10:00", """¡Genial! ¿Y cuándo podrían recogerla? Vivo en Stockwell.

Enviado desde mi iPhone
"""),
      ag("lucia", "11-07 12:00", """Hola Marta:

Pasamos por Stockwell el miércoles 11, entre las 8 y las 12. Le he reservado la recogida con la referencia HR-20468.

Un saludo,"""),
      ),

    C("r48-castillo-quemadura", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Pilar Castillo <pilar.castillo@example.es>", "outlook", "Alfombra persa con quemadura",
      "Customer on Spanish time (UTC+1). Repairable: answered; the price promised 'el lunes' never comes and "
      "her '¿hay alguna novedad? Sigo esperando' has had no reply for two days.",
      cu("11-10 09:00", """Buenos días:

Tengo una alfombra persa que heredé de mi abuela con una quemadura de cigarrillo de unos 3 cm. ¿Se puede reparar? ¿Y cuánto costaría?

Un saludo,
Pilar Castillo
"""),
      ag("lucia", "11-10 11:00", """Buenos días, Pilar:

Sí, las quemaduras pequeñas se reparan rehaciendo los nudos con lana del mismo color. Para darle un precio necesito consultarlo con Priya, nuestra restauradora; le escribo el lunes con el presupuesto.

Un saludo,""", promises=[("11-16", None)]),
      cu("11-18 09:30", """Buenos días:

¿Hay alguna novedad sobre el presupuesto? Sigo esperando.

Pilar Castillo
""", chase=True),
      tz=1),

    C("r49-ruiz-oxido", "es", "pending", {"unanswered-question": 1},
      "Raúl Ruiz <raul.ruiz@example.es>", "gmail_es", "Manchas de óxido en moqueta",
      "Base64 mail from a customer on UTC+1: rust stains and the Saturday slot answered and booked, the invoice "
      "in his company's name not.",
      cu("11-16 12:00", """Hola:

Me acabo de mudar a un piso en Camden y la moqueta del dormitorio tiene manchas de óxido de una cama metálica. ¿Se pueden quitar? ¿Podrían venir el sábado 21? Y otra cosa: necesito que la factura salga a nombre de mi empresa, Ruiz Traducciones S.L., ¿es posible?

Gracias,
Raúl Ruiz
""", uq=1, cte="base64"),
      ag("lucia", "11-16 15:00", """Hola, Raúl:

Las manchas de óxido se quitan con un tratamiento específico y normalmente desaparecen del todo. El sábado 21 tengo hueco a las 10:00, ¿le va bien?

Un saludo,"""),
      cu("11-16 16:30", """Sí, el sábado a las 10 perfecto.

Raúl
""", cte="base64"),
      ag("lucia", "11-16 17:00", """Reservado: sábado 21 a las 10:00, referencia HR-20552.

Un saludo,"""),
      tz=1),

    C("r50-molina-academia", "es", "closed", {},
      "Elena Molina <elena.molina@academiasol.example>", "gmail_es", "Presupuesto limpieza aulas",
      "Language school on UTC+1: the written quote attached as a PDF and Saturday work answered; thanks-only "
      "reply.",
      cu("11-02 10:00", """Hola:

Somos una academia de idiomas en Hammersmith. Necesitamos un presupuesto por escrito para limpiar la moqueta de cuatro aulas (unos 160 m² en total) para presentarlo a la dirección. ¿Podrían enviárnoslo? ¿Y trabajan en sábado?

Gracias,
Elena Molina
Academia Sol
"""),
      ag("lucia", "11-02 13:00", """Hola, Elena:

Le adjunto el presupuesto P-2611-031. Sí, trabajamos los sábados sin recargo.

Un saludo,""", attach=[(PDF, "Presupuesto-P-2611-031.pdf", MOLINA_QUOTE_PDF)]),
      cu("11-03 09:00", """¡Muchas gracias, Lucía!

Elena
""", thanks=True),
      tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "r01-okafor-bramley-road": [
        "Also please could the technician bring shoe covers or a dust sheet for the hall - we've just had the oak floor there refinished."],
    "r04-harcourt-flat-tenancy": [
        "I'd need the invoice made out to Marlowe Lettings rather than to me, is that something you can do?",
        "could your technician collect the keys from the key safe by the front door if I send you the code?"],
    "r05-penrose-dog-urine": [
        "Also do you sell the enzyme spray you use so we can deal with any new accidents ourselves?"],
    "r12-turnbull-moving-out": [
        "Will you give us a receipt that says it was a professional hot water extraction clean?",
        "The lounge has a few candle wax drips - can you get those out?"],
    "r15-ferris-sofa-mattress": [
        "And while I think of it, do you also clean mattresses?"],
    "r16-aldridge-dental-evenings": [
        "And please make sure the invoice is made out to the practice rather than to me personally."],
    "r21-delacroix-silk-dining-rug": [
        "I'd also like to know whether you have insurance covering it while it's in your workshop"],
    "r26-meridian-quarterly-contract": [
        "And can the invoices show our VAT registration number (GB 294 1187 36)?"],
    "r27-gallagher-wool-silk-blend": [
        "Can a blend like that be cleaned in the flat, or does it have to go to your workshop?"],
    "r29-lowther-moth-guarantee": [
        "would you recommend a rug pad for a wooden floor, and do you sell them?"],
    "r31-stanmore-legal-weekend": [
        "Before the job we will also need your risk assessment and method statement for our landlord - please send them through."],
    "r33-dunmore-moth-damage": [
        "From the photos, could you give me a rough idea of the cost?"],
    "r34-hendry-plough-pub": [
        "Also, the brewery are asking whether you do upholstery as well, the banquette seating is filthy."],
    "r36-brandt-seidenteppich": [
        "Außerdem bitte ich Sie, die Rechnung auf meine Firma auszustellen: Brandt Architektur GmbH, Schlüterstraße 12, 20146 Hamburg."],
    "r38-hoffmann-buero-clerkenwell": [
        "Können Sie uns eine Referenz eines anderen Bürokunden nennen?",
        "Und welche Reinigungsmittel verwenden Sie - sind diese als umweltfreundlich zertifiziert?"],
    "r42-girard-showroom": [
        "Merci aussi de m'envoyer une attestation d'assurance responsabilité civile, la copropriété l'exige."],
    "r44-bernard-hotel-tilleuls": [
        "Proposez-vous aussi le nettoyage des rideaux ?",
        "Et enfin, accordez-vous une remise pour un contrat annuel ?"],
    "r46-ortega-bodeguita": [
        "¿El producto que usan deja olor?"],
    "r49-ruiz-oxido": [
        "necesito que la factura salga a nombre de mi empresa, Ruiz Traducciones S.L., ¿es posible?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice113 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
