#!/usr/bin/env python3
"""Regenerate ``tests/practice135/``: a labelled corpus of Tanners Lane Fencing.

A support mailbox of a fictional fencing and gates contractor in Surrey (panel and close-board
fences, picket and chain-link, driveway and field gates and their automation, site visits and
quotes, boundary questions, post replacements after storms, timber treatment and guarantees),
written without looking at the detection heuristics, with many customer questions. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``tannerslanefencing.example``.

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

Usage: python scripts/make_practice135_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "tannerslanefencing.example"
DESK = "Tanners Lane Fencing <enquiries@tannerslanefencing.example>"

AGENTS = {
    "nell": ("Nell Ashdown <nell@tannerslanefencing.example>", "thunderbird", """-- 
Nell Ashdown
Quotes & Site Visits | Tanners Lane Fencing
Tanners Lane, Haslemere, Surrey GU27 | 01632 960 418
Book a survey: https://tannerslanefencing.example/survey?src=email"""),
    "gareth": ("Gareth Pryce <gareth@tannerslanefencing.example>", "outlook", """Gareth Pryce
Installations & Repairs | Tanners Lane Fencing
Fitting teams out Mon-Sat from 7:30am. Fence down in a storm? Ring 01632 960 419."""),
    "priya": ("Priya Lakhani <priya@tannerslanefencing.example>", "owa", """Priya Lakhani
Accounts & Guarantees | Tanners Lane Fencing

This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error, please tell the sender and delete it. Tanners Lane Fencing
Ltd, registered in England and Wales."""),
    "dan": ("Dan Whitcombe <dan@tannerslanefencing.example>", "apple", """Dan Whitcombe
Gates & Automation | Tanners Lane Fencing
https://tannerslanefencing.example/gates?utm_source=email"""),
    "lena": ("Lena Vogt <lena@tannerslanefencing.example>", "thunderbird_de", """-- 
Lena Vogt
Kundenbetreuung (Deutsch) | Tanners Lane Fencing
https://tannerslanefencing.example/de?ref=signatur"""),
    "claire": ("Claire Dumoulin <claire@tannerslanefencing.example>", "apple_fr", """Claire Dumoulin
Service clients (français) | Tanners Lane Fencing
+44 1632 960 425"""),
    "rocio": ("Rocío Herrera <rocio@tannerslanefencing.example>", "gmail_es", """--
Rocío Herrera
Atención al cliente (español) | Tanners Lane Fencing
https://tannerslanefencing.example/es?origen=firma"""),
}

ACK = """Hello,

Thanks for contacting Tanners Lane Fencing. This is an automatic reply to let you
know we have your message, reference {ref}. The office is open Monday to Friday,
8am-5pm, and we aim to reply within one working day.

If a fence or gate has come down and is a danger to people or traffic, please
ring 01632 960 410 instead.

Tanners Lane Fencing
https://tannerslanefencing.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Fencepost Desk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="tlf.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice135", title="Tanners Lane Fencing", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="TLF-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

GATE_QUOTE_PDF = mailcraft.pdf(["Tanners Lane Fencing - Quotation TLF-Q-4488",
                                "Automation of existing timber swing gates, 3.4m opening",
                                "2 x underground motors, control board, photocells, Wi-Fi receiver",
                                "Battery backup pack, keypad on brick pier",
                                "Supply and install: 3,460.00 GBP + VAT",
                                "Valid 30 days. 30% deposit on acceptance."])
SCHOOL_INVOICE_PDF = mailcraft.pdf(["Tanners Lane Fencing - Invoice INV-30218",
                                    "St Mary's Primary School - PO SM-22817",
                                    "Temporary fencing, 2 Nov: 180.00",
                                    "Replacement 2.4m weldmesh panel and post, 6 Nov: 640.00",
                                    "Total 820.00 GBP + VAT. Payment 30 days."])
DRAWING_PDF = mailcraft.pdf(["Tanners Lane Fencing - Layout drawing rev B",
                             "14 Copse Lane, Chiddingfold - rear boundary",
                             "Close-board 1.8m, 22.5m run, concrete posts at 2.4m centres",
                             "Pedestrian gate 0.9m moved 2.0m west of rev A position"])
ALLOTMENT_QUOTE_PDF = mailcraft.pdf(["Tanners Lane Fencing - Quotation TLF-Q-4517",
                                     "Hollybank Allotments - lane boundary, approx. 60m",
                                     "Chain-link 1.2m, concrete posts and strainers: 2,980.00",
                                     "Option: rabbit skirt buried 300mm: 540.00",
                                     "Prices + VAT. Removal of old fence included."])
HARTMANN_PDF = mailcraft.pdf(["Tanners Lane Fencing - Angebot TLF-Q-4493",
                              "Gartenzaun, 16 m, Lamellenzaun 1,8 m, Betonpfosten",
                              "Entsorgung des alten Zauns inklusive",
                              "Summe: 2.140,00 GBP zzgl. MwSt."])
OKONKWO_INVOICE_PDF = mailcraft.pdf(["Tanners Lane Fencing - Invoice INV-30230",
                                     "22 Oak Avenue, Haslemere",
                                     "3 x 6x6 lap panels, 1 concrete post, fitting: 385.00",
                                     "VAT 77.00 - Total 462.00 GBP"])
POST_PNG = mailcraft.png(10, 16, lambda x, y: (150 + 4 * x, 150 + 3 * x, 145 - 2 * y if y < 12 else 90))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("t01-halden-closeboard-quote", "en", "closed", {}, "Martin Halden <martin.halden@example.com>", "gmail",
      "Quote for close-board fence, 24m rear boundary",
      "Three questions in one mail (price per metre, duration, removal of the old fence) answered out of order in one paragraph; thanks-only reply.",
      cu("11-02 09:10", """Hi,

We'd like a price for replacing the fence along the back of our garden. It's about 24 metres, currently old waney-edge panels on wooden posts, a lot of them leaning badly after last winter. We were thinking close-board at 1.8m.

A few things: what's the rough cost per metre for close-board with concrete posts? How long would the job take? And do you take the old fence away, or is that extra?

We're in Grayshott, GU26.

Thanks,
Martin Halden"""),
      ag("nell", "11-02 14:05", """Hi Martin,

Thanks for getting in touch. Taking the old panels and posts away is included -
we leave the site swept and the waste goes back to our yard for recycling. For
24m the team would normally be with you two days, three if we hit old concrete
footings that need breaking out. As a guide, 1.8m close-board on concrete posts
with concrete gravel boards is running at £118-£132 per metre fitted this
winter, depending on access and how much digging out there is.

If you want a fixed price rather than a range, I'm in Grayshott most Thursdays
and can measure up.

Kind regards,
Nell"""),
      cu("11-02 18:30", """Brilliant, thanks Nell - that's really helpful. We'll have a think over the weekend.

Martin""", thanks=True),
      ),

    C("t02-okafor-storm-posts", "en", "closed", {"unanswered-question": 1}, "Grace Okafor <grace.okafor@example.org>", "iphone",
      "Fence posts snapped in the wind",
      "Storm-snapped posts: visit day and concrete posts answered; the request to take the broken panels away is skipped.",
      cu("11-02 07:45", """Hello, after the wind on Saturday night three of our fence posts have snapped at the base and two panels are lying on next door's lawn. The rest of the fence is only four years old (I think you put it in, 2022).

Can someone come out this week to replace the posts? Are they going to be concrete this time, the old ones were timber. Could you also take the broken panels away when you come, or do I need to book a skip?

Grace Okafor
14 Ridgeway Close, Hindhead

Sent from my iPhone""", uq=1),
      ag("gareth", "11-02 11:20", """Dear Grace,

Sorry to hear that - Saturday night kept us busy. I can get a team to you on
Thursday 5 November, arriving between 8 and 9am. We'll replace the three
snapped posts with concrete posts and re-hang the two panels if they're sound;
if they've split we'll bring new ones in the same style and price them on the
day.

Could you make sure the side gate is unlocked?

Kind regards,"""),
      cu("11-02 12:02", """Thursday's perfect, thank you. Gate will be open.
Grace

Sent from my iPhone""", thanks=True),
      ),

    C("t03-brennan-gate-automation", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Declan Brennan <declan@brennanhomes.example>", "outlook",
      "Automating our driveway gates",
      "Automation questions answered; the full quote promised 'by Thursday' arrives the next Monday, after a chase, as a PDF.",
      cu("11-02 19:40", """Hi there,

We have a pair of wooden swing gates across the drive (3.4m opening, two equal leaves, hung on brick piers) and we'd like them automated. The builders are finishing the new drive surface in about three weeks.

Would you recommend underground motors or the arm type? Can they be opened from a phone as well as a fob? And what happens in a power cut - are we locked in?

Regards
Declan Brennan"""),
      ag("dan", "11-03 09:30", """Hi Declan,

For 3.4m timber leaves on brick piers I'd go underground: the motors sit in
steel boxes under each hinge, so nothing shows, and with the drive being
resurfaced anyway it's the ideal time to cut them in. Arms are cheaper but you
see them on the inside of the gates all the time.

Yes, phone as well as fobs - we fit a Wi-Fi receiver with an app (£165 extra).
In a power cut a battery pack gives around 20 open-close cycles, and there's a
key release on each motor so you're never locked in.

I'll put the full quote together with the groundwork and send it over by
Thursday.

Dan""", promises=[("11-05", 4)]),
      cu("11-09 08:15", """Morning Dan,

Any news on the quote? We were hoping to get the ducting in before the drive gets finished.

Declan"""
         , chase=True),
      ag("dan", "11-09 12:40", """Hi Declan,

Apologies, that should have been with you last week. The quote is attached -
it includes the photocells and a keypad on the left-hand pier. If you can give
me the builders' dates I'll fit the ducting around them.

Dan""", attach=[("application/pdf", "TLF-Q-4488-Brennan.pdf", GATE_QUOTE_PDF)]),
      ),

    C("t04-ferris-good-side", "en", "closed", {}, "Helen Ferris <h.ferris@example.net>", "owa",
      "Quote TLF-Q-4471 - before we sign",
      "Three numbered questions about which side faces whom, posts and neighbours, answered inline under each quoted question.",
      cu("11-03 10:12", """Hello,

We've had your quote (ref TLF-Q-4471) and want to go ahead, but before we sign, a few questions from my husband:

1. Which side will face us - the smooth boarded side or the side with the rails?
2. Will the posts be on our side?
3. Do we need to tell the neighbours before you start?

Thanks
Helen Ferris"""),
      ag("nell", "11-03 13:30", """Hi Helen,

Answers below.

> 1. Which side will face us - the smooth boarded side or the side with the rails?

The usual convention is boards facing next door and rails facing you, but it's
your fence and your choice - plenty of people keep the boarded face. Just tell
the fitters on the first morning.

> 2. Will the posts be on our side?

Posts and rails go on the same side, so yes if the boards face next door.

> 3. Do we need to tell the neighbours before you start?

You don't have to, but it helps: the team will need to stand in their garden for
an hour or so to fix the boards. Most people pop a note through the door.

Best wishes,
Nell""", quote=False),
      cu("11-03 14:05", """That's really clear, thanks Nell. Signed copy to follow in the post.

Helen""", thanks=True),
      ),

    C("t05-mensah-site-visit", "en", "open", {"awaiting-reply": 1}, "Kwame Mensah <kwame.mensah@example.com>", "gmail",
      "Site visit - corner plot fence and gate",
      "A request for a site visit with three questions, acknowledged by the helpdesk and then left unanswered for over two days.",
      cu("11-18 10:05", """Hello,

We've just moved into a corner plot in Liphook and the front and side boundaries are open lawn. We'd like a low fence (around 1m) along both, about 35m in total, with a pedestrian gate and a wider one for the bins.

Could someone come and look at it next week? Do you do Saturday visits? And is there a charge for the survey?

Thanks,
Kwame Mensah"""),
      ack("11-18 10:06"),
      ),

    C("t06-whitlock-fresh-enquiry", "en", "open", {}, "Ruth Whitlock <ruth@whitlockvets.example>", "outlook",
      "Car park fence hit by a van",
      "A fresh enquiry on the audit morning, acknowledged automatically; still inside the response target.",
      cu("11-20 09:32", """Good morning,

A delivery van reversed into the post-and-rail fence around our practice car park last night and flattened about 6m of it, including a corner post. It isn't dangerous but it looks terrible for clients.

Could you let me know when someone could come and quote for the repair? We're open 8-7 weekdays.

Ruth Whitlock
Practice Manager, Whitlock Veterinary Surgery"""),
      ack("11-20 09:33"),
      ),

    C("t07-aldous-numbered-questions", "en", "closed", {"unanswered-question": 2}, "Simon Aldous <simon.aldous@example.org>", "thunderbird",
      "Feather-edge quote - a few questions",
      "Four numbered questions about a quote: the first two (gravel boards, taller section) are answered, the start date and the garage access are not.",
      cu("11-03 20:15", """Evening,

Following Nell's visit last week we've got the quote for 30m of feather-edge close-board. Before we say yes:

1. Are the gravel boards in the price concrete or timber?
2. What would the difference be to go 2.1m instead of 1.8m on the stretch by the patio (about 8m)?
3. Could you start before Christmas? We have family coming on the 19th.
4. The only access to the back is through the garage - is a 75cm doorway wide enough for your team and the materials?

Cheers,
Simon"""
         , uq=2),
      ack("11-03 20:16"),
      ag("nell", "11-04 09:40", """Morning Simon,

Thanks for coming back to us. The gravel boards are concrete - they're in the
price and they keep the boards off the soil, so they last much longer.

Going to 2.1m on the patio stretch adds £26 per metre, so about £208 + VAT for
8m. Bear in mind anything over 2m needs planning permission, so it's worth a
quick call to Waverley before we order.

Kind regards,
Nell"""),
      ),

    C("t08-pemberton-latch-reopened", "en", "pending", {"reopened": 1}, "Alan Pemberton <alan.pemberton@example.net>", "apple",
      "Side gate latch not catching",
      "Latch adjusted under guarantee, case explicitly resolved; five days later the gate drops at the latch end - a new problem in the same thread.",
      cu("11-09 08:30", """Hello,

Since you fitted our new fence and side gate in September the latch hasn't caught properly - you have to slam the gate for it to stay shut, and the wind opens it overnight.

Can someone come and adjust it? I assume it's covered by the guarantee?

Alan Pemberton
7 Farnham Lane, Haslemere"""),
      ag("gareth", "11-09 10:50", """Hi Alan,

Yes, that's workmanship and it's covered. A team is near you on Wednesday 11
November and will call in to reset the keep - no need to be in if the gate is
reachable from the front.

Regards,"""),
      cu("11-11 16:10", """The chap came this morning and the latch works perfectly now. Thanks very much!

Alan""", thanks=True),
      ag("gareth", "11-11 16:40", """Glad to hear it, Alan. I'll mark this ticket as resolved - shout if
anything else comes up.

Regards,""", closes=True),
      cu("11-16 19:20", """Sorry to come back to you. Since the weekend the gate itself has dropped at the latch end - it scrapes the path and you have to lift it to close it. Is that the hinge post moving? And would that be covered as well?

Alan"""),
      ag("gareth", "11-17 09:05", """Hi Alan,

From your description it's more likely the top hinge bolts pulling through than
the post - either way it's within the first year so it's covered. I've put you on
Thursday's list; the team will rehang the gate with through-bolts.

Regards,"""),
      ),

    C("t09-stmarys-school-handoffs", "en", "closed", {"many-handoffs": 1}, "Janet Cole <bursar@stmarys-primary.example>", "outlook",
      "Damaged perimeter fence by the playground",
      "A school's damaged weldmesh fence: Nell hands over to Gareth (who emails the same morning as she said), the site manager replies, and Priya sends the invoice - three agents.",
      cu("11-02 08:05", """Good morning,

One of our perimeter fence runs (the 2.4m green weldmesh beside the playground) has a section pushed in where a delivery lorry reversed into it on Friday afternoon. As it's a safeguarding issue we need it made secure today if at all possible, and then properly repaired.

Could you come and assess it this week? Our site manager Tom Riley (copied in) can meet your team. Please also let us know whether you can invoice the school directly or whether you need a purchase order first.

Kind regards,
Janet Cole
School Business Manager, St Mary's C of E Primary School

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this email.""",
         cc="Tom Riley <site@stmarys-primary.example>"),
      ag("nell", "11-02 09:20", """Dear Janet,

Thank you - I've passed this straight to Gareth, who runs our repair teams. He
will email you and Tom this morning with a time for today.

On invoicing: we invoice schools directly, but we do need the PO number before
the permanent repair goes ahead. Payment terms are 30 days.

Kind regards,
Nell""", promises=[("11-02", 3)]),
      ag("gareth", "11-02 10:15", """Dear Janet, dear Tom,

A team can be with you at 1pm today to close the damaged section off with
temporary mesh panels and blocks. The permanent repair (one new 2.4m panel and
post, both in green to match) is booked for Friday 6 November.

Regards,""", parent=1),
      cu("11-05 15:30", """Hi Gareth,

Thanks, the temporary panels went up yesterday and did the job. For Friday, can the team work before 8:40 or after 3:30 so they're not in the playground while the children are out? The PO number is SM-22817.

Tom Riley
Site Manager""", frm="Tom Riley <site@stmarys-primary.example>", client="gmail"),
      ag("gareth", "11-05 16:20", """Hi Tom,

No problem - they'll arrive at 7:15 and be packed up by 8:30. I've added the PO
to the job.

Regards,"""),
      ag("priya", "11-09 11:00", """Dear Janet,

Please find attached invoice INV-30218 for the temporary fencing and the repair,
quoting PO SM-22817.

Kind regards,
Priya""", attach=[("application/pdf", "INV-30218.pdf", SCHOOL_INVOICE_PDF)], parent=4),
      ),

    C("t10-lindqvist-weekend-slow", "en", "closed", {"slow-first-response": 1}, "Erik Lindqvist <erik.lindqvist@example.com>", "gmail",
      "Replacement lap panels - supply only?",
      "A Friday-afternoon enquiry answered on Monday (slow first response); all three questions answered with bare figures and days.",
      cu("11-06 16:40", """Hi,

I need six 6ft x 5ft overlap panels to replace some that have rotted. How much are they each? I'm happy to fit them myself - do you sell supply-only? And what would delivery to Liphook cost?

Erik"""),
      ag("nell", "11-09 10:15", """Hi Erik,

£42 each. Yes, supply-only is fine. Delivery to Liphook is £25, Tuesdays and
Fridays.

Nell"""),
      cu("11-09 10:40", """Cheers, that's great. I'll ring the yard to pay.

Erik""", thanks=True),
      ),

    C("t11-osei-heard-back", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Abena Osei <abena.osei@example.org>", "android",
      "Boards splitting on new fence",
      "Split boards on a five-month-old fence: no reply for two days, a chase, then a full answer on normal splitting and the guarantee.",
      cu("11-10 08:55", """Hi, your team put our fence in back in June (invoice TLF-27741). A few of the boards have split from top to bottom already. Is that normal with new timber, and is it covered by the guarantee? Can someone come and have a look?

Thanks, Abena

Get Outlook for Android"""),
      cu("11-12 09:10", """Hello again, I haven't heard back about the split boards below. Could someone get back to me please?

Abena

Get Outlook for Android""", parent=1, chase=True),
      ag("priya", "11-12 14:30", """Dear Abena,

I'm sorry for the slow reply. Fine surface cracks in new feather-edge are normal
as the timber dries and don't weaken it, but boards split right through are not,
and they're covered under your 10-year guarantee. Gareth's team is in your area
on Wednesday 18 November and will replace them then; you don't need to be home.

Kind regards,
Priya"""),
      ),

    C("t12-quinn-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Fiona Quinn <fiona.quinn@quinnlettings.example>", "outlook",
      "Electric gate opening by itself - 3 Mill Lane",
      "A letting agent resends her unanswered mail word for word as a new message three days later; Dan answers both points the same afternoon.",
      cu("11-13 08:20", """Hello,

I manage a rental property at 3 Mill Lane, Farnham, where you installed the electric gate last year. The tenants report that it opens on its own during the night, two or three times a week.

Could someone come and look at it, and can you invoice Quinn Lettings rather than the owner?

Kind regards,
Fiona Quinn
Quinn Lettings"""),
      ack("11-13 08:21"),
      cu("11-16 09:00", """Hello,

I manage a rental property at 3 Mill Lane, Farnham, where you installed the electric gate last year. The tenants report that it opens on its own during the night, two or three times a week.

Could someone come and look at it, and can you invoice Quinn Lettings rather than the owner?

Kind regards,
Fiona Quinn
Quinn Lettings""", parent=0, chase=True),
      ag("dan", "11-16 13:45", """Hi Fiona,

Sorry you had to send that twice. Phantom openings are usually a fob that's
stuck in someone's pocket or a faulty exit loop in the drive. I can be there on
Wednesday 18th between 10 and 12 to test both.

Invoicing Quinn Lettings is fine - reply with the company address and I'll put
it on the job.

Dan"""),
      ),

    C("t13-harcourt-treatment-check", "en", "closed", {"missed-follow-up": 1}, "Oliver Harcourt <oliver@harcourt-design.example>", "apple",
      "Treatment and guarantee on your quote",
      "Guarantee and painting questions answered; whether the boards need a preserver top-up is deferred to a supplier check with no date, and never answered.",
      cu("11-06 11:00", """Hello,

We're comparing three quotes and yours is the only one that lists the treatment class. It says UC3 for the boards and UC4 for the posts.

Does the treatment need topping up with a preserver every few years? Would painting the fence void your guarantee? And how long is the guarantee on the posts against rot?

Best,
Oliver Harcourt"""),
      ag("priya", "11-06 15:20", """Hi Oliver,

The posts carry a 15-year guarantee against rot and insect attack, the boards and
rails 10 years. Painting with a water-based fence paint doesn't affect it; what
we can't cover is timber that's been stained with a solvent product or buried in
soil against the boards.

Whether the boards need topping up - the UC3 timber now comes from our
supplier's new treatment plant, so let me check with them what they recommend
and I'll get back to you.

Kind regards,
Priya""", promises=[("window", None)]),
      ),

    C("t14-kaur-install-date-ahead", "en", "pending", {}, "Simran Kaur <simran.kaur@example.net>", "gmail",
      "Picket fence - deposit paid",
      "The fitting date is deferred with a promise due on Tuesday 24 November, still ahead at the audit time; the other question is answered.",
      cu("11-18 18:20", """Hi Gareth,

Deposit paid this afternoon for the white picket fence along the front (quote TLF-Q-4502). When can you fit it? And do we need to be home on the day?

Simran"""),
      ag("gareth", "11-19 09:10", """Hi Simran,

Thanks - the deposit has come through. You don't need to be home as long as the
side gate is open.

The pales are being primed at the mill this week; I'll confirm your
installation date by Tuesday 24 November, once I have their delivery slot.

Regards,""", promises=[("11-24", None)]),
      ),

    C("t15-barlow-drawing-kept", "en", "closed", {}, "Ian Barlow <ian.barlow@example.com>", "thunderbird",
      "Moving the gate on the layout",
      "A revised drawing promised for 'tomorrow' arrives the next morning as a PDF; the price question is answered at once.",
      cu("11-09 13:00", """Hi Nell,

Thanks for the layout drawing. We've decided we'd like the pedestrian gate about two metres further west, so it lines up with the path to the shed. Could you send a revised drawing? Would that change the price at all?

Ian Barlow
14 Copse Lane, Chiddingfold"""),
      ag("nell", "11-09 16:30", """Hi Ian,

The price stays the same - it's the same materials, just a different post
position. I'll redraw it and email the new version over tomorrow.

Nell""", promises=[("11-10", 3)]),
      ag("nell", "11-10 11:05", """Hi Ian,

Revised drawing attached (rev B) with the gate moved 2.0m west. Everything else
is as before.

Nell""", parent=1, attach=[("application/pdf", "Barlow-layout-revB.pdf", DRAWING_PDF)]),
      cu("11-10 12:00", """Perfect, thank you!

Ian""", thanks=True),
      ),

    C("t16-dacosta-colleague-kept", "en", "closed", {}, "Lucas Da Costa <lucas.dacosta@example.org>", "gmail",
      "Sliding or swing gate for a sloping drive?",
      "Nell answers the slope question and hands the prices and solar question to Dan 'by Friday'; Dan delivers on Thursday.",
      cu("11-10 21:00", """Hello,

Our drive rises about 30cm over the first four metres from the road. Would a swing gate work, or does it have to be a sliding one? Roughly what's the price difference between the two with a motor? And can the motor run off a solar panel - there's no power at the front of the house.

Many thanks,
Lucas Da Costa"""),
      ag("nell", "11-11 09:15", """Hi Lucas,

With 30cm of rise a normal swing gate would hit the drive before it's fully
open. Rising hinges can help a little, but on a slope like yours a sliding gate
running on a level track is usually the answer.

On price and solar, Dan, our gates specialist, will email you by Friday with the
motor options and figures for both.

Kind regards,
Nell""", promises=[("11-13", 3)]),
      ag("dan", "11-12 14:00", """Hi Lucas,

Following on from Nell: a motorised sliding gate for your 3.6m opening comes to
about £4,200 fitted, a swing pair with rising hinges about £3,700 - but I'd only
recommend the sliding one for your slope.

Solar works well for a gate used up to about 10 times a day: a 40W panel on the
pier and a 24V battery, £480 extra.

Dan""", parent=1),
      ),

    C("t17-nowak-logistics", "en", "closed", {}, "Agnieszka Nowak <a.nowak@example.com>", "iphone",
      "Next week's fence job",
      "Two practical questions answered with a bare 'Of course.' and a short reply; the delivery-day sentence is logistics, not a promise.",
      cu("11-04 07:50", """Hi, just checking about next week. Is it OK if the materials are left on the front drive? And do I need to be in while the team is working?

Agnieszka

Sent from my iPhone"""),
      ag("gareth", "11-04 09:30", """Of course.

No need to be in, just leave the side gate unlocked. The lorry delivers the panels
and posts on Wednesday morning and the fitters start on Thursday at 8.

Regards,"""),
      cu("11-04 09:45", """Great, thanks!

Sent from my iPhone""", thanks=True),
      ),

    C("t18-ellery-rhetorical", "en", "closed", {}, "Bridget Ellery <bridget.ellery@example.net>", "gmail",
      "Storm - whole back fence down",
      "A rhetorical question and a self-answered one around the one real question (is storm damage covered), which is answered.",
      cu("11-02 08:40", """Morning,

Who knew a bit of wind could flatten six panels in one night? The whole back fence is down, posts and all.

Where do I find our guarantee number? Never mind - it's on the invoice, TLF-G-1187. Can you tell me whether storm damage is covered under it, or is this one for the house insurance?

Bridget Ellery"""),
      ag("priya", "11-02 11:00", """Dear Bridget,

Sorry to hear about the fence. The guarantee covers workmanship and rot, not
storm damage, so this one is for your home insurance. Most insurers want a
contractor's report with a quote - we can do that for £45, which comes off the
repair if you go ahead with us.

Kind regards,
Priya"""),
      ),

    C("t19-whitmore-forwarded", "en", "closed", {}, "Paul Whitmore <paul.whitmore@example.org>", "gmail",
      "Fence - neighbour is happy",
      "An HTML-only mail forwarding the neighbour's note, whose questions are hers and forwarded; Paul's own request (a 9am start) is answered.",
      cu("11-05 12:10", """Hi Nell,

See below from our neighbour - she's fine with the new fence going in, which is a relief. The only thing I need from you: can the team start at 9 rather than 8 on the first day? She works nights.

Paul

---------- Forwarded message ---------
From: Sue Marchant <sue.marchant@example.com>
Date: Wed, 4 Nov 2026 at 19:02
Subject: Fence
To: Paul Whitmore <paul.whitmore@example.org>

Hi Paul, no problem at all about the fence, the old one is an eyesore. Will they need to come into my garden? Could they also trim back the ivy on my side while they're at it? Sue""",
         kind="html"),
      ag("nell", "11-05 14:00", """Hi Paul,

Yes - a 9am start on the first day is fine, I've put it on the job sheet. Please
thank Sue for us.

Nell"""),
      ),

    C("t20-greaves-pleasantry-signature", "en", "closed", {}, "Maureen Greaves <secretary@hollybank-allotments.example>", "outlook",
      "Lane boundary fence - Hollybank Allotments",
      "A pleasantry and a signature line with '?' and a '?' URL around one real request, answered with figures and a PDF quote.",
      cu("11-09 10:00", """Dear Nell,

Hope you had a good weekend? The allotment committee has agreed to replace the boundary fence along the lane side - roughly 60m of chain-link on concrete posts, 1.2m high, like the one you measured in October.

Could you also send us the price for the rabbit-proof version, with the mesh buried 30cm?

Kind regards,
Maureen Greaves
Hon. Secretary, Hollybank Allotments Association
Questions about a plot? https://hollybank-allotments.example/contact?from=email""", kind="alt"),
      ag("nell", "11-09 14:20", """Dear Maureen,

Very good, thank you. The 60m of chain-link on concrete posts comes to £2,980 +
VAT, and the rabbit skirt buried 300mm adds £540. The quote is attached with both
options.

Kind regards,
Nell""", attach=[("application/pdf", "TLF-Q-4517-Hollybank.pdf", ALLOTMENT_QUOTE_PDF)]),
      ),

    C("t21-fairbairn-out-of-office", "en", "closed", {}, "Neil Fairbairn <neil.fairbairn@fairbairn-estates.example>", "outlook",
      "Four 12ft field gates",
      "A farm estate's price and lead-time questions are answered; the customer's out-of-office reply follows and is not a customer message.",
      cu("11-04 14:00", """Hello,

We need four 12ft galvanised field gates with hanging and slamming posts for the new paddocks at Home Farm, Tilford. What would they cost supplied and hung? How soon could you do it?

Neil Fairbairn
Estate Manager"""),
      ag("dan", "11-04 16:45", """Hi Neil,

Four 12ft galvanised gates with 7in timber hanging and slamming posts, hung and
fitted with spring catches, come to £2,360 + VAT. We could fit them in the week
of 23 November.

Dan"""),
      auto("11-04 16:46", """I am out of the office until Monday 9 November with limited access to email. For urgent estate matters please call the estate office on 01632 960 777.

Neil Fairbairn""", quote=False, subject="Automatic reply: Four 12ft field gates"),
      ),

    C("t22-harrow-photos-not-chase", "en", "closed", {}, "Deepa Harrow <deepa.harrow@example.com>", "gmail",
      "Cracked concrete post",
      "Support asks for a photo and postcode; the customer's second mail sends them (not a chase); the post is replaced under guarantee.",
      cu("11-05 18:00", """Hi,

One of the concrete posts you put in two years ago has cracked at the base and the fence is leaning. Can you replace it?

Deepa Harrow"""),
      ag("gareth", "11-06 08:30", """Hi Deepa,

Sorry to hear that. Could you send me a photo of the crack and your postcode?

Regards,"""),
      cu("11-06 12:15", """Here you go, photo attached - postcode GU27 2JQ. The crack goes all the way round.

Deepa""", attach=[("image/png", "post-crack.png", POST_PNG)]),
      ag("gareth", "11-06 15:00", """Thanks Deepa. That's a failed post, not something you've done, so it's covered
by the guarantee. The team will replace it on Tuesday 10 November in the morning.

Regards,"""),
      ),

    C("t23-marsh-second-mail", "en", "closed", {"unanswered-question": 1}, "Colin Marsh <colin.marsh@example.net>", "thunderbird",
      "Fitting day",
      "A simple arrival-time question is answered; a week later a second mail asks two things - the invoice is sent, the collection of the old spurs is ignored.",
      cu("11-03 09:00", """Hello Gareth,

What time will the fitters arrive tomorrow? I need to move the car.

Colin Marsh"""),
      ag("gareth", "11-03 10:10", """Hi Colin,

Around 7:45. They'll need the drive for the van.

Regards,"""),
      cu("11-03 10:30", """Thanks, will do.

Colin""", thanks=True),
      cu("11-10 17:40", """Hi again,

The fence looks great and the team were very tidy. Two small things though. They left a stack of old concrete spurs by the shed - can someone collect them? And I still haven't had an invoice for the balance - where do I pay it?

Colin""", uq=1),
      ag("priya", "11-11 09:20", """Dear Colin,

Thank you, glad you're happy with it. The invoice for the balance is
INV-30224 (£1,460.00); I've just sent it to this address from our accounts
system. You can pay by bank transfer (details on the invoice) or by card over
the phone on 01632 960 410. Payment is due within 14 days.

Kind regards,
Priya"""),
      ),

    C("t24-sandhu-boundary-line", "en", "closed", {"unanswered-question": 1}, "Harpreet Sandhu <h.sandhu@example.org>", "gmail",
      "Boundary - where can the new fence go?",
      "Asked whether the new fence can go on the old line or must sit inside the boundary, the agent explains the T mark and the height limit instead.",
      cu("11-04 19:30", """Hello,

Our deeds show a T mark on our side of the rear boundary, and the old fence is right on the line between us and number 12.

Can the new fence go exactly where the old one was, or does it have to sit inside our boundary? Also, what height can we go to without planning permission?

Thanks,
Harpreet Sandhu""", uq=1),
      ag("nell", "11-05 10:00", """Hi Harpreet,

The T mark on your side means the boundary is yours to maintain, so it's your
fence to replace. You can go up to 2m high without planning permission (1m next
to a road or footpath), so a 1.8m panel on gravel boards is fine.

Kind regards,
Nell"""),
      ),

    C("t25-ashworth-long-paragraph", "en", "closed", {"unanswered-question": 1}, "Jenny Ashworth <jenny.ashworth@example.com>", "apple",
      "Replacing the conifer hedge with a fence",
      "Three questions in one long paragraph; the trellis and the stumps are answered, the gate buried in the middle is not.",
      cu("11-05 22:10", """Hi Nell, we've finally decided to get rid of the leylandii along the side boundary (we've had a tree surgeon quote to take them down) and put a fence in instead, about 15m, and I was wondering whether you can take out the stumps as well or whether we need to get someone else in for that, because the tree surgeon says grinding them isn't his thing, and my sister who lives next door would love it if you could put a small gate in the middle so the kids can get through to her garden - would that be possible? - and the other thing is we'd like a trellis on top for climbers, is that something you do at the same time or is it a separate job?

Thanks so much, Jenny""", uq=1),
      ag("nell", "11-06 11:30", """Hi Jenny,

Yes, we can grind the stumps out before we fence - it's £35-£60 a stump
depending on size, and it's much easier for us to set the posts once they're
gone. Trellis can go on at the same time; 300mm square trellis on top of 1.5m
panels keeps you under 2m, and it's £14 per metre extra.

I'll come and measure whenever suits you - Tuesdays and Thursdays are best.

Nell"""),
      ),

    C("t26-vaughan-invoice-address", "en", "closed", {"unanswered-question": 1}, "Richard Vaughan <richard@vaughanarchitects.example>", "outlook",
      "Accepting quote TLF-Q-4479",
      "Quote accepted with a start-date question (answered) and a request in passing to address the invoice to the practice (ignored).",
      cu("11-04 11:00", """Hello Gareth,

We're happy to go ahead with quote TLF-Q-4479 for the hit-and-miss fence at 5 Castle Street. What's the earliest you could start?

Oh, and please address the invoice to the practice, Vaughan Architects Ltd, 12 West Street, Farnham, not to me personally.

Best regards
Richard Vaughan"""
         , uq=1),
      ag("gareth", "11-04 15:00", """Hi Richard,

Thanks for confirming. The earliest start is Monday 16 November; the job is
three days. The team will need access from the rear lane.

Regards,"""),
      ),

    C("t27-lowe-end-of-day", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Stephen Lowe <stephen.lowe@example.org>", "owa",
      "Rotten gate post - still under guarantee?",
      "The guarantee check promised 'by end of day' never comes, and the steel-post question is not answered at all.",
      cu("11-10 09:15", """Hi,

The post our side gate hangs from has rotted through at ground level - you fitted the fence and gate in spring 2019. Is it still under guarantee? Can you fit a steel post instead of timber this time so it doesn't happen again?

Regards,
Stephen Lowe""", uq=1),
      ag("priya", "11-10 11:40", """Dear Stephen,

Thank you for letting us know. I'll look up your original job and confirm by end
of day whether it's still within the guarantee.

Kind regards,
Priya""", promises=[("11-10", None)]),
      ),

    C("t28-fenwick-hedgehog", "en", "pending", {"unanswered-question": 2}, "Clare Fenwick <clare.fenwick@example.net>", "gmail",
      "Go-ahead for our fence - a few requests",
      "Four requests on accepting a quote: hedgehog holes and the colour are answered, the holly and the old fence panels are not.",
      cu("11-16 08:30", """Hi Nell,

We'd like to go ahead with the quote for the panel fence. A few requests before you book us in:

- We'd love a couple of hedgehog holes in the gravel boards - is that possible?
- Can the panels be dark brown rather than green?
- There's a holly at the far end that we want to keep - could the last panel stop short of it?
- Our neighbour wants the old panels for his allotment, so please leave them stacked by the gate rather than taking them.

Thanks!
Clare""", uq=2),
      ag("nell", "11-16 12:10", """Hi Clare,

Great news, thank you. Hedgehog holes are no problem - we cut two 13cm gaps in
the gravel boards at no charge. The panels come dip-treated in brown as
standard, so that's easy.

Gareth will be in touch about dates.

Nell""", promises=[("window", 3)]),
      ag("gareth", "11-17 10:00", """Hi Clare,

Nell passed on your go-ahead. We can fit your fence on Tuesday 1 and Wednesday
2 December; the team arrives at 8 and will need the side gate open.

Regards,""", parent=1),
      ),

    C("t29-oyelaran-link-only", "en", "closed", {"unanswered-question": 1}, "Tunde Oyelaran <tunde.oyelaran@example.com>", "gmail",
      "Gate brochure and lead time",
      "The brochure request is answered with only a link; the lead-time question is skipped.",
      cu("11-06 10:00", """Hello,

Do you have a brochure of your wooden gate designs? And could you tell me what the lead time is for a made-to-measure hardwood driveway gate at the moment?

Tunde Oyelaran""", uq=1),
      ag("dan", "11-06 13:00", """https://tannerslanefencing.example/gates/brochure-2026.pdf?src=reply

Dan"""),
      ),

    C("t30-pritchard-early-next-week", "en", "closed", {"missed-follow-up": 1}, "Gwen Pritchard <gwen.pritchard@example.org>", "thunderbird",
      "Matching one hit-and-miss panel",
      "Whether an old board width can be matched is deferred to 'early next week' (said on a Thursday) and never answered.",
      cu("11-05 09:30", """Dear Sir or Madam,

You installed a hit-and-miss fence for us about ten years ago and one section has been broken by a falling branch. Can you still make a panel to match? The boards are about 125mm wide. And what would it cost, fitted?

Yours faithfully,
Gwen Pritchard"""),
      ag("nell", "11-05 14:00", """Dear Mrs Pritchard,

We still make hit-and-miss, but our standard board is now 100mm. I'll check with
the yard whether we have any 125mm boards left, and come back to you early next
week with a price for a matching section.

Kind regards,
Nell""", promises=[("11-10", None)]),
      ),

    C("t31-rahman-chased-twice", "en", "closed", {"missed-follow-up": 1, "customer-chased": 2},
      "Yusuf Rahman <yusuf.rahman@example.com>", "android",
      "Installation date for our fence",
      "The installation date promised 'by Friday' comes the following Thursday after two chases in different words.",
      cu("11-04 12:00", """Hi Gareth,

Balance of the deposit paid this morning. Which day will the team be starting? I need to book time off work.

Yusuf

Get Outlook for Android"""),
      ag("gareth", "11-04 15:00", """Hi Yusuf,

Thanks. I'm doing the rota for the next fortnight tomorrow - I'll confirm your
start day by Friday.

Regards,""", promises=[("11-06", 5)]),
      cu("11-10 08:00", """Hi Gareth, did the rota get done? Still no date on our side.

Yusuf

Get Outlook for Android""", chase=True),
      cu("11-11 18:30", """Following up again. My manager needs to know by tomorrow which day I'm off and I still don't have a date from you. Please can someone reply today.

Yusuf

Get Outlook for Android""", chase=True),
      ag("gareth", "11-12 09:00", """Hi Yusuf,

I'm sorry - you should have had this last week. The team starts on Monday 16
November at 8am; it's a two-day job.

Regards,"""),
      ),

    C("t32-hughes-tomorrow-late", "en", "closed", {"missed-follow-up": 1}, "Megan Hughes <megan.hughes@example.net>", "iphone",
      "Gate motor buzzing but not opening",
      "Dan explains the manual release and promises a visit date 'tomorrow'; Gareth sends it a day late.",
      cu("11-09 19:00", """Hi, our electric gate has stopped opening - the motor on the left leaf buzzes but nothing moves. Can you send someone to look at it? And can I open it by hand in the meantime? We're parking on the road.

Megan Hughes
2 Orchard Rise, Elstead

Sent from my iPhone"""),
      ag("dan", "11-10 08:40", """Hi Megan,

Yes - there's a release key in the little box on the back of each motor cover;
turn it a quarter and the leaf swings freely. Lock it again afterwards.

A buzz with no movement is usually the capacitor. I'll check we have one in
stock for your motor and email you tomorrow with a visit date.

Dan""", promises=[("11-11", 3)]),
      ag("gareth", "11-12 16:00", """Hi Megan,

Apologies for the delay - Dan's been out on installations. The part is in and an
engineer will be with you on Monday 16 November between 12 and 2.

Regards,""", parent=1),
      ),

    C("t33-carver-uq-and-awaiting", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Hannah Carver <hannah.carver@example.org>", "gmail",
      "Picket fence across the front",
      "The picket fence quote is given but the discount question for adding the side gate is skipped; the customer's next mail (go-ahead date and deposit) waits unanswered.",
      cu("11-12 11:00", """Hi,

Could you quote for a 1.2m picket fence across the front garden, about 11m with a pedestrian gate? We'd also like to replace the side gate at some point - is there a discount if we do the side gate at the same time?

Hannah Carver
Elstead""", uq=1),
      ag("nell", "11-12 15:30", """Hi Hannah,

A 1.2m round-top picket fence, 11m with a 0.9m matching gate, is £1,340 + VAT
fitted, in treated softwood left natural. Painted white is £180 more.

Nell"""),
      cu("11-17 20:00", """Thanks Nell. Can we go ahead for the week of 30 November? And how much deposit do you need?

Hannah"""),
      ),

    C("t34-gallagher-awaiting", "en", "open", {"awaiting-reply": 1}, "Sean Gallagher <sean.gallagher@example.com>", "outlook",
      "Five-bar gate dragging on the ground",
      "A repair price is answered the same day; the customer's follow-up questions have waited two and a half days.",
      cu("11-16 09:00", """Hello,

Our wooden five-bar gate at the field entrance is dropping at the far end and now drags on the ground. It was put up by you about six years ago. What would it cost to get it rehung, or does it need replacing?

Sean Gallagher"""),
      ag("dan", "11-16 14:00", """Hi Sean,

Usually it's the diagonal brace loosening and the top hinge wearing. A rehang
with a new top hinge and re-fixed brace is £140; if the hanging post has moved,
add £95 for a new post.

Dan"""),
      cu("11-18 08:10", """Thanks Dan. Does that price include a new drop bolt? The old one is bent. And could it be done before the 27th, when the horses come back?

Sean"""),
      ),

    C("t35-lambert-resolved-tag", "en", "pending", {"reopened": 1}, "Diane Lambert <diane.lambert@example.net>", "gmail",
      "Trellis topper loose",
      "A loose trellis is fixed and the ticket closed with a [Resolved] subject tag; the customer writes back with damage the team caused.",
      cu("11-09 10:00", """Hello,

The trellis on top of the fence you put up in August has come loose along two panels and rattles in the wind. Could someone re-fix it?

Diane Lambert"""),
      ag("gareth", "11-09 12:00", """Hi Diane,

Sorry about that - a team will re-fix it with stronger brackets on Thursday
12 November. No need to be in.

Regards,"""),
      ag("gareth", "11-12 17:00", """Hi Diane,

The team report the trellis is re-fixed with new brackets on every post. I'm
closing this job now.

Regards,""", parent=2, closes=True, subject="[Resolved] RE: Trellis topper loose"),
      cu("11-15 11:00", """Thanks for sorting the trellis. While they were here they must have knocked the cap off the end post - it's lying in the flower bed. Could someone pop back and fix it on?

Diane""", subject="Re: [Resolved] RE: Trellis topper loose"),
      ag("gareth", "11-16 09:30", """Hi Diane,

Sorry about that. I've booked the team in for Wednesday 18 November to fix the
cap back on - no charge.

Regards,"""),
      ),

    C("t36-patel-android-short", "en", "closed", {"unanswered-question": 2}, "Nikhil Patel <nikhil.patel@example.com>", "android",
      "2 posts down at 9 Beacon Rd",
      "A short phone mail with four questions: day and price answered, the gate rehang and card payment skipped.",
      cu("11-11 07:20", """Hi, 2 posts gone in the storm at 9 Beacon Rd, Hindhead. Can u come Fri? How much roughly per post? Also need the gate re-hung as it's dragging, can that be done same visit? And do u take card payment on the day?

Nik

Get Outlook for Android""", uq=2),
      ag("gareth", "11-11 10:00", """Hi Nik,

Friday morning is fine, the team will be there between 8 and 9. A replacement
post is £95 including concrete and re-fixing the panels either side.

Regards,"""),
      ),

    C("t37-cooper-quote-never", "en", "open",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Laura Cooper <laura.cooper@example.com>", "apple",
      "Written quote after survey",
      "After the survey the payment terms are answered, the flower-bed question is skipped, the written quote promised by Monday never comes, and the customer's chase is unanswered.",
      cu("11-12 10:00", """Hi Nell,

Thanks for coming out on Tuesday. A couple of things before the written quote: do you take stage payments, or is it all on completion? Do you need us to clear the flower bed along the fence line first, or will your team work around it?

Laura Cooper""", uq=1),
      ag("nell", "11-12 16:00", """Hi Laura,

We take 30% on booking and the balance on completion - no stage payments in
between for a job this size.

I'll have the written quote with you by Monday.

Nell""", promises=[("11-16", None)]),
      cu("11-18 09:30", """Hi Nell,

Just checking in on the written quote - it hasn't arrived yet. We're keen to get a date before the weather turns.

Laura"""
         , chase=True),
      ),

    C("t38-okonkwo-references-gap", "en", "closed", {}, "Chidi Okonkwo <chidi.okonkwo@example.com>", "gmail",
      "Fence repair at 22 Oak Avenue (tenanted)",
      "A landlord in Dubai arranges a repair through the tenant; his last mail has a gap in its References; the invoice and payment question are answered.",
      cu("11-02 13:00", """Hello,

I own 22 Oak Avenue, Haslemere, which is let. My tenant tells me three panels blew down at the weekend. Could you quote to replace them, and would you deal with the tenant directly for access? I live abroad.

Regards,
Chidi Okonkwo""", tz=4),
      ag("gareth", "11-02 11:30", """Dear Mr Okonkwo,

Yes, we're happy to arrange access with your tenant. Three 6x6 panels and one new
concrete post will be £385 + VAT. Could you send me the tenant's name and phone
number?

Regards,"""),
      cu("11-02 18:00", """Thank you. The tenant is Mrs Alison Reed, 07700 900312. Please go ahead.

Chidi""", tz=4),
      ag("gareth", "11-03 09:00", """Dear Mr Okonkwo,

I've spoken to Mrs Reed and the team is booked for Friday 6 November in the
morning.

Regards,"""),
      cu("11-06 20:00", """Mrs Reed says it all looks very smart, thank you. Could you email me the invoice? And can I pay by international bank transfer?

Chidi""", tz=4, refs=[1, 4]),
      ag("priya", "11-09 09:30", """Dear Mr Okonkwo,

Invoice INV-30230 is attached. International transfers are fine - the IBAN and
SWIFT code are at the bottom of the invoice. Please quote the invoice number.

Kind regards,
Priya""", attach=[("application/pdf", "INV-30230.pdf", OKONKWO_INVOICE_PDF)]),
      ),

    # ---------------------------------------------------------------- German

    C("d01-schroeder-zaunpfosten", "de", "closed", {}, "Jürgen Schröder <juergen.schroeder@example.net>", "gmail_de",
      "Zaunpfosten schief – Ferienhaus in Churt",
      "Ein Ferienhausbesitzer in Deutschland fragt nach Reparatur, Preis und Anwesenheit; Lena beantwortet alles, Dank zum Schluss.",
      cu("11-03 09:15", """Guten Tag,

ich besitze ein Ferienhaus in Churt (Surrey), wo Sie 2023 den Gartenzaun gebaut haben. Die Nachbarin schreibt mir, dass nach dem Sturm zwei Pfosten schief stehen und sich der Zaun zur Straße neigt.

Können Sie die Pfosten ersetzen? Mit welchen Kosten muss ich rechnen? Und muss ich dafür anreisen, oder geht das auch ohne mich?

Mit freundlichen Grüßen
Jürgen Schröder""", tz=1),
      ag("lena", "11-03 11:00", """Guten Tag Herr Schröder,

ja, das übernehmen wir gern. Zwei neue Betonpfosten inklusive Einbau und
Wiederbefestigung der Felder kosten 190 £ zzgl. MwSt. Anreisen müssen Sie
nicht: Wir kommen über die Einfahrt in den Garten und schicken Ihnen danach
Fotos. Unser Team ist am Freitag, 6. November, in der Gegend.

Viele Grüße
Lena Vogt"""),
      cu("11-03 12:30", """Vielen Dank, das klingt gut. Freitag passt.

Schöne Grüße
Jürgen Schröder""", tz=1, thanks=True),
      ),

    C("d02-keller-holzzertifikat", "de", "closed", {"unanswered-question": 1}, "Sabine Keller <s.keller@keller-immobilien.example>", "outlook_de",
      "Angebot Sichtschutzzaun und Gartentor",
      "Drei Fragen zu einem Angebot: Preis und Termin beantwortet, die Frage nach dem FSC-Zertifikat übergangen.",
      cu("11-04 08:30", """Sehr geehrte Damen und Herren,

für unser Mietobjekt in Farnham (12 Weydon Road) benötigen wir einen neuen Sichtschutzzaun von ca. 18 m Länge mit einem Gartentor.

Könnten Sie uns ein Angebot schicken? Wann wäre der früheste Termin für die Montage? Können Sie mir außerdem sagen, ob das verwendete Holz FSC-zertifiziert ist? Unsere Eigentümer legen Wert darauf.

Mit freundlichen Grüßen
Sabine Keller
Keller Immobilienverwaltung""", tz=1, uq=1),
      ag("lena", "11-04 13:20", """Sehr geehrte Frau Keller,

vielen Dank für Ihre Anfrage. Für 18 m Sichtschutzzaun (1,8 m, Betonpfosten)
mit einem passenden Gartentor rechnen wir mit 2.480 £ zzgl. MwSt., das genaue
Angebot folgt nach einem kurzen Aufmaß vor Ort. Der früheste Montagetermin
wäre die Woche ab dem 23. November.

Viele Grüße
Lena Vogt""", cte="base64"),
      ),

    C("d03-brandt-warte-noch", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Thomas Brandt <thomas.brandt@brandt-online.example>", "thunderbird_de",
      "Tor schließt nicht mehr richtig",
      "Lena verspricht, sich nach Rücksprache mit dem Monteur bis Mittwoch zu melden; nichts kommt, der Kunde hakt nach und wartet weiter.",
      cu("11-09 10:00", """Hallo,

das elektrische Einfahrtstor, das Sie letztes Jahr bei uns in Frensham eingebaut haben, bleibt beim Schließen etwa 20 cm vor dem Anschlag stehen und fährt dann wieder auf. Die Lichtschranke ist sauber.

Woran kann das liegen, und können Sie jemanden vorbeischicken?

Gruß
Thomas Brandt""", tz=1),
      ag("lena", "11-09 14:00", """Hallo Herr Brandt,

das klingt nach der Kraftabschaltung des Antriebs, die nach einem Jahr oft neu
eingestellt werden muss. Ich kläre mit unserem Monteur, wann er zu Ihnen kommen
kann, und melde mich bis Mittwoch bei Ihnen.

Viele Grüße
Lena Vogt""", promises=[("11-11", None)]),
      cu("11-16 08:30", """Hallo Frau Vogt,

ich warte immer noch auf eine Antwort wegen des Termins. Das Tor steht jetzt dauerhaft offen, weil wir es von Hand nicht mehr schließen wollen.

Gruß
Thomas Brandt""", tz=1, chase=True),
      ),

    C("d04-hartmann-bis-freitag", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Petra Hartmann <petra.hartmann@example.org>", "gmail_de",
      "Angebot Lamellenzaun",
      "Das Angebot, zugesagt 'bis Freitag', kommt erst am Montag nach einer Nachfrage – als PDF.",
      cu("11-03 17:45", """Hallo Frau Vogt,

vielen Dank für das Aufmaß am Montag. Wir hätten gern das Angebot für den Lamellenzaun (ca. 16 m) und fragen uns noch, ob die Entsorgung des alten Zauns im Preis enthalten ist.

Viele Grüße
Petra Hartmann""", tz=1),
      ag("lena", "11-04 09:10", """Hallo Frau Hartmann,

ja, die Entsorgung des alten Zauns ist bei uns immer inklusive. Das vollständige
Angebot schicke ich Ihnen bis Freitag.

Viele Grüße
Lena Vogt""", promises=[("11-06", 4)]),
      cu("11-09 08:20", """Hallo Frau Vogt,

gibt es schon etwas Neues zum Angebot? Wir würden gern noch vor Weihnachten bauen lassen.

Viele Grüße
Petra Hartmann""", tz=1, chase=True),
      ag("lena", "11-09 11:30", """Hallo Frau Hartmann,

entschuldigen Sie bitte die Verspätung – das Angebot hängt an. Bei Auftrag bis
Ende November können wir Mitte Dezember bauen.

Viele Grüße
Lena Vogt""", attach=[("application/pdf", "Angebot-TLF-Q-4493.pdf", HARTMANN_PDF)]),
      ),

    C("d05-wagner-sichtschutz", "de", "pending", {}, "Markus Wagner <markus.wagner@example.com>", "gmail_de",
      "WPC oder Holz?",
      "Zwei Fragen (Material und Lebensdauer) werden in einem Absatz mit Link und Zahl beantwortet.",
      cu("11-16 20:10", """Guten Abend,

wir überlegen, ob wir den neuen Sichtschutz aus WPC oder aus Holz machen lassen. Bieten Sie überhaupt WPC an? Und wie lange hält ein Holzzaun bei Ihnen ungefähr?

Danke und Gruß
Markus Wagner""", tz=1),
      ag("lena", "11-17 10:20", """Guten Tag Herr Wagner,

WPC bieten wir an, die Modelle finden Sie hier:
https://tannerslanefencing.example/de/wpc?ref=mail
Ein kesseldruckimprägnierter Holzzaun mit Betonpfosten hält bei uns erfahrungs-
gemäß 20 bis 25 Jahre.

Viele Grüße
Lena Vogt"""),
      ),

    # ---------------------------------------------------------------- French

    C("f01-moreau-portail", "fr", "closed", {}, "Isabelle Moreau <isabelle.moreau@example.net>", "apple_fr",
      "Portail coulissant pour notre maison de Godalming",
      "Deux questions (motorisation et délai) auxquelles Claire répond en une seule phrase ; remerciements ensuite.",
      cu("11-05 10:00", """Bonjour,

Nous souhaitons remplacer le vieux portail en bois de notre maison à Godalming par un portail coulissant. Est-il possible de le motoriser dès l'installation, et quel est votre délai actuel ?

Cordialement,
Isabelle Moreau""", tz=1),
      ag("claire", "11-05 14:30", """Bonjour Madame Moreau,

Oui, nous posons le moteur en même temps que le portail, et le délai est
d'environ quatre semaines après validation du devis.

Je peux passer prendre les mesures jeudi prochain si cela vous convient.

Bien cordialement,
Claire Dumoulin"""),
      cu("11-05 16:00", """Merci beaucoup pour votre réponse rapide, nous en parlons ce week-end.

Isabelle Moreau""", tz=1, thanks=True),
      ),

    C("f02-lefevre-quatre-questions", "fr", "closed", {"unanswered-question": 2}, "Antoine Lefèvre <antoine.lefevre@example.com>", "gmail",
      "Devis clôture – questions",
      "Quatre questions sur un devis : le prix et la garantie sont traités, la couleur des poteaux et l'évacuation des déchets verts ne le sont pas.",
      cu("11-06 09:00", """Bonjour Claire,

Merci pour la visite de mardi. Avant de signer le devis pour la clôture (environ 20 m), j'ai quelques questions :

Le prix comprend-il la TVA ? Quelle est la durée de la garantie sur les panneaux ? Est-ce que les poteaux en béton existent en gris anthracite plutôt qu'en gris clair ? Et pourriez-vous aussi emporter les branches de la haie que nous avons taillée, elles sont en tas au fond du jardin ?

Bien à vous,
Antoine Lefèvre""", tz=1, uq=2),
      ag("claire", "11-06 13:45", """Bonjour Monsieur Lefèvre,

Le montant du devis est hors TVA (20 % en plus). Les panneaux sont garantis
dix ans contre le pourrissement, les poteaux en béton quinze ans.

Bien cordialement,
Claire Dumoulin"""),
      ),

    C("f03-bernard-relance", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Sophie Bernard <sophie.bernard@example.org>", "apple_fr",
      "Mur de clôture et portillon",
      "Claire promet une réponse 'd'ici jeudi' sur la faisabilité ; la cliente relance le lundi et reçoit la réponse le jour même (en retard). La question du permis reste sans réponse.",
      cu("11-03 18:30", """Bonjour,

Nous voudrions installer un portillon en bois dans le mur de briques qui sépare notre jardin de l'allée, là où il y avait une ouverture autrefois. Est-ce que vous faites ce genre de travaux ? Faut-il une autorisation de la mairie pour rouvrir l'ouverture ?

Merci d'avance,
Sophie Bernard""", tz=1, uq=1),
      ag("claire", "11-04 09:30", """Bonjour Madame Bernard,

Je dois voir avec notre équipe si l'ouverture peut être reprise sans maçon.
Je reviens vers vous d'ici jeudi.

Bien cordialement,
Claire Dumoulin""", promises=[("11-05", 4)]),
      cu("11-09 10:15", """Bonjour Claire,

Je me permets de vous relancer au sujet du portillon, je n'ai pas eu de nouvelles depuis votre dernier message.

Sophie Bernard""", tz=1, chase=True),
      ag("claire", "11-09 15:00", """Bonjour Madame Bernard,

Toutes mes excuses pour ce retard. Oui, nous pouvons le faire : notre équipe
pose un cadre en chêne dans l'ouverture et un portillon assorti de 90 cm, pour
environ 1 150 £ HT.

Bien cordialement,
Claire Dumoulin"""),
      ),

    C("f04-girard-garantie", "fr", "closed", {}, "Luc Girard <luc.girard@girard-conseil.example>", "outlook",
      "Garantie après la tempête",
      "Deux questions sur la garantie, réponses en ligne sous chaque question citée ; la réponse a perdu ses en-têtes In-Reply-To/References.",
      cu("11-02 08:50", """Bonjour,

Suite à la tempête de samedi, un panneau de notre clôture (posée par vous en 2024) est fendu en deux. Est-ce couvert par votre garantie ? Sinon, pouvez-vous nous envoyer un prix pour le remplacer ?

Cordialement,
Luc Girard""", tz=1),
      ag("claire", "11-02 11:40", """Bonjour Monsieur Girard,

> Est-ce couvert par votre garantie ?

Malheureusement non : la garantie couvre la pose et le pourrissement, pas les
dégâts de tempête. Votre assurance habitation peut en revanche le prendre en
charge.

> Sinon, pouvez-vous nous envoyer un prix pour le remplacer ?

Un panneau identique posé coûte 78 £ HT.

Bien cordialement,
Claire Dumoulin""", quote=False, thread=False),
      ),

    C("f05-petit-haie", "fr", "pending", {"unanswered-question": 1}, "Camille Petit <camille.petit@example.com>", "gmail",
      "Remplacer une haie par une clôture",
      "Trois questions : le prix au mètre et la date sont donnés, la question sur les trous pour les hérissons est ignorée.",
      cu("11-16 11:00", """Bonjour Claire,

Nous avons une haie de troènes malade (environ 12 m) que nous voulons remplacer par une clôture à lames. Combien coûte le mètre posé, arrachage de la haie compris ? Pourriez-vous laisser quelques passages pour les hérissons en bas de la clôture ? Et quand pourriez-vous intervenir ?

Merci,
Camille Petit""", tz=1, uq=1),
      ag("claire", "11-16 15:10", """Bonjour Madame Petit,

Comptez 135 £ HT le mètre posé, arrachage et évacuation de la haie compris.
Nous pourrions intervenir la semaine du 7 décembre.

Bien cordialement,
Claire Dumoulin"""),
      ),

    # ---------------------------------------------------------------- Spanish

    C("s01-garcia-valla", "es", "closed", {}, "Carmen García <carmen.garcia@example.com>", "gmail_es",
      "Presupuesto valla jardín trasero",
      "Dos preguntas (precio y plazo) contestadas juntas en un párrafo; agradecimiento final.",
      cu("11-04 10:30", """Hola,

Vivimos en Haslemere desde el verano y queremos cambiar la valla del jardín de atrás, unos 20 metros. ¿Cuánto costaría aproximadamente una valla de tablas de 1,80 m? ¿Y cuánto tardarían en hacerla?

Un saludo,
Carmen García""", tz=1),
      ag("rocio", "11-04 14:00", """Hola Carmen:

Para 20 metros de valla de tablas de 1,80 m con postes de hormigón el precio
ronda las 2.500 £ más IVA, y el trabajo se hace en dos días; ahora mismo
tenemos fechas a partir de la última semana de noviembre.

Saludos,
Rocío"""),
      cu("11-04 15:20", """¡Muchas gracias, Rocío! Lo hablamos en casa.

Carmen""", tz=1, thanks=True),
      ),

    C("s02-navarro-lunes", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Javier Navarro <javier.navarro@example.org>", "gmail_es",
      "Puerta de garaje y valla lateral",
      "Rocío promete escribir 'el lunes' con el precio de la puerta y nunca lo hace; la pregunta sobre el cierre con llave no se contesta.",
      cu("11-04 19:00", """Hola,

Queremos poner una puerta de madera de dos hojas en la entrada del garaje y alargar la valla lateral unos 6 metros. ¿Qué precio tendría la puerta? ¿Puede llevar cerradura con llave o solo pasador?

Gracias,
Javier Navarro""", tz=1, uq=1),
      ag("rocio", "11-05 10:00", """Hola Javier:

La valla lateral de 6 metros, igual que la existente, serían unas 690 £ más IVA.
Para la puerta tengo que consultar las medidas con el taller; le escribo el
lunes con el precio.

Saludos,
Rocío""", promises=[("11-09", None)]),
      ),

    C("s03-ortega-novedad", "es", "pending", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Lucía Ortega <lucia.ortega@example.net>", "android",
      "Postes rotos tras el temporal",
      "Tres preguntas sin respuesta durante tres días, la clienta insiste ('¿Hay alguna novedad?'), y la respuesta cubre dos de las tres.",
      cu("11-13 09:00", """Hola,

Con el viento de anoche se han partido dos postes de madera de nuestra valla en Grayshott. ¿Pueden venir a cambiarlos la semana que viene? ¿Los nuevos podrían ser de hormigón? Quisiera saber también si el seguro de hogar suele cubrir este tipo de daños o si nos pueden dar un informe para el seguro.

Gracias,
Lucía Ortega

Get Outlook for Android""", tz=1, uq=1),
      cu("11-16 09:30", """Hola de nuevo,

¿Hay alguna novedad? Sigo esperando respuesta y la valla está cada vez más inclinada.

Lucía

Get Outlook for Android""", tz=1, parent=1, chase=True),
      ag("rocio", "11-16 12:00", """Hola Lucía:

Disculpe la espera. Podemos cambiar los dos postes el jueves 19 de noviembre por
la mañana, y sí, los pondremos de hormigón, que aguantan mucho mejor el viento.

Saludos,
Rocío"""),
      ),

    C("s04-ruiz-garantia", "es", "closed", {}, "Andrés Ruiz <andres.ruiz@ruizconsulting.example>", "outlook",
      "Garantía tratamiento madera",
      "Tres preguntas sobre el tratamiento y la garantía contestadas en otro orden en un correo multipart/alternative.",
      cu("11-05 12:00", """Buenos días,

Tienen ustedes una garantía por escrito para la valla que nos instalaron en octubre? Cuántos años cubre? Y hay que darle algún producto a la madera o ya viene tratada?

Saludos cordiales,
Andrés Ruiz""", tz=1),
      ag("rocio", "11-05 15:30", """Hola Andrés:

La madera viene tratada en autoclave, así que no necesita ningún producto;
si quiere pintarla, mejor con pintura al agua. La garantía cubre diez años
contra podredumbre, y el certificado por escrito está en la última página de
la factura que le enviamos el 28 de octubre.

Saludos,
Rocío""", kind="alt"),
      ),

    C("s05-castillo-puerta", "es", "closed", {"unanswered-question": 1}, "Marta Castillo <marta.castillo@example.com>", "iphone",
      "Automatizar la puerta de entrada",
      "Dos preguntas contestadas (motor y plazo); la petición de que la visita sea por la tarde queda sin respuesta.",
      cu("11-05 18:00", """Hola,

Tenemos una puerta batiente de hierro de 3 metros en la entrada y queremos motorizarla. ¿Qué tipo de motor nos recomiendan? ¿Cuánto tardarían en instalarlo? Por favor, si tienen que venir a medir, que sea por la tarde, porque trabajamos los dos por la mañana.

Marta Castillo

Enviado desde mi iPhone""", tz=1, uq=1),
      ag("rocio", "11-06 09:40", """Hola Marta:

Para una puerta de hierro de 3 metros recomendamos motores de brazo articulado,
que son robustos y no requieren obra. La instalación se hace en un día y ahora
mismo tenemos fechas a partir del 30 de noviembre.

Saludos,
Rocío"""),
      ),
]


UNANSWERED: dict[str, list[str]] = {
    "t02-okafor-storm-posts": [
        "Could you also take the broken panels away when you come, or do I need to book a skip?",
    ],
    "t07-aldous-numbered-questions": [
        "Could you start before Christmas?",
        "The only access to the back is through the garage - is a 75cm doorway wide enough for your team and the materials?",
    ],
    "t23-marsh-second-mail": [
        "They left a stack of old concrete spurs by the shed - can someone collect them?",
    ],
    "t24-sandhu-boundary-line": [
        "Can the new fence go exactly where the old one was, or does it have to sit inside our boundary?",
    ],
    "t25-ashworth-long-paragraph": [
        "my sister who lives next door would love it if you could put a small gate in the middle so the kids can get through to her garden - would that be possible?",
    ],
    "t26-vaughan-invoice-address": [
        "Oh, and please address the invoice to the practice, Vaughan Architects Ltd, 12 West Street, Farnham, not to me personally.",
    ],
    "t27-lowe-end-of-day": [
        "Can you fit a steel post instead of timber this time so it doesn't happen again?",
    ],
    "t28-fenwick-hedgehog": [
        "There's a holly at the far end that we want to keep - could the last panel stop short of it?",
        "Our neighbour wants the old panels for his allotment, so please leave them stacked by the gate rather than taking them.",
    ],
    "t29-oyelaran-link-only": [
        "And could you tell me what the lead time is for a made-to-measure hardwood driveway gate at the moment?",
    ],
    "t33-carver-uq-and-awaiting": [
        "We'd also like to replace the side gate at some point - is there a discount if we do the side gate at the same time?",
    ],
    "t36-patel-android-short": [
        "Also need the gate re-hung as it's dragging, can that be done same visit?",
        "And do u take card payment on the day?",
    ],
    "t37-cooper-quote-never": [
        "Do you need us to clear the flower bed along the fence line first, or will your team work around it?",
    ],
    "d02-keller-holzzertifikat": [
        "Können Sie mir außerdem sagen, ob das verwendete Holz FSC-zertifiziert ist?",
    ],
    "f02-lefevre-quatre-questions": [
        "Est-ce que les poteaux en béton existent en gris anthracite plutôt qu'en gris clair ?",
        "Et pourriez-vous aussi emporter les branches de la haie que nous avons taillée, elles sont en tas au fond du jardin ?",
    ],
    "f03-bernard-relance": [
        "Faut-il une autorisation de la mairie pour rouvrir l'ouverture ?",
    ],
    "f05-petit-haie": [
        "Pourriez-vous laisser quelques passages pour les hérissons en bas de la clôture ?",
    ],
    "s02-navarro-lunes": [
        "¿Puede llevar cerradura con llave o solo pasador?",
    ],
    "s03-ortega-novedad": [
        "Quisiera saber también si el seguro de hogar suele cubrir este tipo de daños o si nos pueden dar un informe para el seguro.",
    ],
    "s05-castillo-puerta": [
        "Por favor, si tienen que venir a medir, que sea por la tarde, porque trabajamos los dos por la mañana.",
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
    """Command line: regenerate tests/practice135 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
