#!/usr/bin/env python3
"""Regenerate ``tests/practice128/``: a labelled corpus of Castlebrook Trophies & Engraving.

A support mailbox of a fictional Northampton trophy, medal and engraving shop (trophies and
cups, medals and ribbons, glass and crystal awards, engraved gifts such as tankards, hip
flasks, watches and frames, perpetual shields and re-engraving, club and corporate orders,
artwork proofs, online orders and the shop counter), written without looking at the
detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``castlebrooktrophies.example``.

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

Usage: python scripts/make_practice128_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "castlebrooktrophies.example"
DESK = "Castlebrook Trophies <orders@castlebrooktrophies.example>"

AGENTS = {
    "nadia": ("Nadia Fairbairn <nadia@castlebrooktrophies.example>", "thunderbird", """-- 
Nadia Fairbairn
Orders & Club Accounts | Castlebrook Trophies & Engraving
3 Castlebrook Yard, Northampton NN1 3AB | 01632 960415
Shop online: https://castlebrooktrophies.example/shop?ref=sig"""),
    "callum": ("Callum Reid <callum@castlebrooktrophies.example>", "outlook", """Callum Reid
Engraving Workshop & Artwork | Castlebrook Trophies & Engraving
Questions about your artwork? Vector files (.ai, .eps, .svg, .pdf) engrave best."""),
    "priya": ("Priya Mistry <priya@castlebrooktrophies.example>", "owa", """Priya Mistry
Corporate Awards & Accounts | Castlebrook Trophies & Engraving
This e-mail and any attachment are confidential and intended only for the addressee.
If you have received it in error, please tell the sender and delete it."""),
    "tom": ("Tom Hadley <tom@castlebrooktrophies.example>", "apple", """Tom Hadley
Shop Counter & Dispatch | Castlebrook Trophies & Engraving
Open Mon-Fri 9-5.30, Sat 9-1 | https://castlebrooktrophies.example/visit?from=email"""),
    "lukas": ("Lukas Brenner <lukas@castlebrooktrophies.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenbetreuung DE/AT/CH | Castlebrook Trophies & Engraving
https://castlebrooktrophies.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@castlebrooktrophies.example>", "apple_fr", """Amélie Roussel
Service clients francophone | Castlebrook Trophies & Engraving
https://castlebrooktrophies.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@castlebrooktrophies.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (ES) | Castlebrook Trophies & Engraving
+44 1632 960418"""),
}

ACK = """Hello,

Thanks for contacting Castlebrook Trophies & Engraving. This is an automatic
receipt: your message has been logged as {ref}. The shop and workshop are open
Monday to Friday 9am-5.30pm and Saturday 9am-1pm, and we aim to reply within
one working day.

Engraving needed for an event this week? Please ring the counter on 01632 960415.

Castlebrook Trophies & Engraving
https://castlebrooktrophies.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Castlebrook Counter Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ct.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice128", title="Castlebrook Trophies & Engraving", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="CT-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

PDF = "application/pdf"
PNG = "image/png"

HEAD_PROOF_PDF = mailcraft.pdf(["Castlebrook Trophies & Engraving - Layout proof P-26-1187",
                                "Aurora crystal wave 200mm - Abington Vale Primary",
                                "Anne Hollis / Headteacher 1995-2026",
                                "'Hand in hand we learn and grow' (italic)",
                                "With love from all at Abington Vale"])
PLATES_PROOF_PDF = mailcraft.pdf(["Castlebrook Trophies - Plate proof P-26-1142",
                                  "Kingsthorpe Athletic FC - End of season 2026 - 14 plates",
                                  "Player of the Season - Kieran Oduya",
                                  "Top Scorer - Jamie Szczepanski (with accent)",
                                  "Please check every spelling before approval"])
STARS_PROOF_PDF = mailcraft.pdf(["Castlebrook Trophies - Proof P-26-1121 - Brightwave Solar",
                                 "9 x acrylic star 230mm, UV full-colour logo",
                                 "Name / award title below the logo"])
WAPPEN_PNG = mailcraft.png(10, 12, lambda x, y: (30 + 12 * x, 90 + 8 * y, 40))
AB_DE_PDF = mailcraft.pdf(["Castlebrook Trophies & Engraving - Auftragsbestaetigung AB-26-0419",
                           "SV Hubertus Lohr e.V. - Koenigsschiessen 12.12.2026",
                           "3 Pokale 35/30/25 cm mit Wappengravur, 10 Medaillen Schuetze",
                           "Versand DDP nach 97816 Lohr"])
DEVIS_PDF = mailcraft.pdf(["Castlebrook Trophies & Engraving - Devis D-26-0788",
                           "Judo Club Annecy - 120 medailles 50 mm, rubans imprimes",
                           "Total 372,00 GBP - livraison DDP incluse"])
BROKEN_PNG = mailcraft.png(14, 10, lambda x, y: (200 - 6 * x, 215, 230 - 10 * (x == y)))
PRESUPUESTO_PDF = mailcraft.pdf(["Castlebrook Trophies & Engraving - Presupuesto Q-26-0932",
                                 "Colegio San Jorge - 8 placas metacrilato 200x150, escudo a color",
                                 "Base 248,00 GBP  IVA (20%) 49,60 GBP  Total 297,60 GBP"])
CUFFLINKS_PNG = mailcraft.png(16, 8, lambda x, y: (190 + 3 * x, 190 + 3 * x, 200 - 5 * y))
BRIGHTWAVE_PNG = mailcraft.png(16, 6, lambda x, y: (250, 170 + 5 * x, 20 + 10 * y))
LOGO_PDF = mailcraft.pdf(["Pitsford Sailing Club - burgee logo (vector)", "Navy / white"])
MERIDIAN_PROOF_PDF = mailcraft.pdf(["Castlebrook Trophies - Proof P-26-1203 - Lumen Architects",
                                    "Meridian glass block - Project of the Year 2026",
                                    "Riverside Library, Wellingborough"])
FACTURA_PDF = mailcraft.pdf(["Castlebrook Trophies & Engraving - Invoice INV-26-3391",
                             "Grupo Alcora S.L. - CIF B12345678",
                             "12 crystal sales awards - export, zero-rated"])


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("c01-harriers-awards-night", "en", "closed", {},
      "Gemma Pryce <gemma.pryce@nenevalleyharriers.example>", "gmail",
      "Medals and trophies for our awards night",
      "Running club: 40 medals with logo centres and six trophies; the agent answers logo, price "
      "and notice out of order in one paragraph; thanks-only reply.",
      cu("10-27 19:42", """Hi there,

I'm the social secretary at Nene Valley Harriers and I've been landed with sorting the
awards for our presentation night on Saturday 5 December. We'd need roughly 40 medals
(50mm, gold/silver/bronze split about evenly) on ribbons in our club colours, which are
green and white, plus six trophies for the category winners - nothing huge, something
around 20-25cm.

A few things I can't work out from the website:
- can the medal centres have our club logo on them rather than a generic running figure?
- what would the whole lot come to, roughly?
- and how much notice do you need?

I can send the logo over if it helps.

Thanks,
Gemma Pryce
Social Secretary, Nene Valley Harriers
"""),
      ag("nadia", "10-28 09:15", """Hi Gemma,

Thanks for getting in touch - a presentation night is exactly our sort of job. We'd want the
order confirmed by 20 November to be comfortable for 5 December (two weeks is our usual
turnaround for logo work); for 40 x 50mm medals on green/white ribbons with printed 25mm logo
centres you're looking at £3.10 each, so £124, and six Victory figure trophies at 23cm are
£14.50 each with three lines of engraving, £87 - about £211 plus VAT altogether. And yes,
the centres can carry your logo: there's a one-off £15 set-up, free on repeat orders. Send
the logo whenever you're ready, ideally as a PDF or SVG.

Best wishes,
Nadia"""),
      cu("10-28 21:05", """That's brilliant, thank you Nadia - really helpful. I'll take it to the committee
on Tuesday.

Gemma
""", thanks=True)),

    C("c02-fenwick-cc-perpetual-shield", "en", "closed", {"unanswered-question": 1},
      "Alan Whitcombe <alan.whitcombe@fenwickcc.example>", "outlook",
      "Perpetual shield - run out of room!",
      "Cricket club's perpetual shield is full: the new two-tier plinth and the price are "
      "answered, the request to clean and polish the cup on top is skipped.",
      cu("11-02 11:20", """Morning,

We've had the Fenwick CC Clubman of the Year shield since 1998 (bought from you originally, I
believe) and the little shields round the plinth are now all used up - 2024 was the last
one. I need the 2025 and 2026 winners on it before our dinner on 28 November.

Is it possible to add a second tier or a bigger plinth so we can keep going for another
20-odd years? And what would that cost, including engraving the two names?
While you have it, could you also give the silver cup on top a proper clean and polish? It's
looking very tired.

I can drop it in to the shop on Wednesday.

Regards,
Alan Whitcombe
Hon. Secretary, Fenwick Cricket Club
""", uq=1),
      ag("tom", "11-02 15:40", """Hello Alan,

Yes - we can swap the current plinth for a two-tier one in the same black finish, which
takes 24 more shields, and move all the existing ones across so the names stay in order.
The new plinth is £38, the two extra shields £4.50 each and engraving the two names £6
each, so £59 in total including VAT.

Wednesday is fine; bring it to the counter any time before 5.30 and you'll have it back
within a week, well before the 28th.

Kind regards,
Tom""")),

    C("c03-meridian-long-service", "en", "closed", {"unanswered-question": 2},
      "Rebecca Oyelaran <r.oyelaran@meridianlogistics.example>", "owa",
      "Long service awards - 2026 (12 staff)",
      "Corporate long-service glass awards: a numbered list of four; designs and engraving "
      "method answered, presentation boxes and 30-day invoicing never addressed; thanks-only.",
      cu("11-03 14:05", """Hello,

We present long service awards at our staff conference in January and would like to move to
you this year. Could you help with the following?

1. We need 12 glass awards: eight for 10 years and four for 25 years. Can the 25-year ones
be a noticeably bigger or different design?
2. Do you laser engrave or sandblast, and can you reproduce our logo in its two colours on
glass?
3. We would need each award boxed individually in a presentation box - is that included?
4. Could you also tell me whether you can invoice us on 30-day terms? Our finance team will
not pay by card.

I haven't attached the logo yet as I don't know which format you need.

Kind regards,
Rebecca Oyelaran
People & Culture Manager | Meridian Logistics Ltd
""", uq=2),
      ag("priya", "11-04 10:30", """Dear Rebecca,

Thank you for thinking of us for the conference.

On the designs: for the 10-year awards I'd suggest our Arden jade glass block (150mm, £34
each), and for 25 years the Summit facet award (220mm, £68 each). The Summit is clearly the
bigger piece on a table and has a bevelled crown, so the two read as a set while the longer
service stands out.

We laser engrave as standard, which leaves a frosted white mark. For a two-colour logo we
colour-fill the laser mark on the Summit awards; on the Arden blocks it can only be
single-colour. A PDF or EPS of the logo is ideal - a PNG of 1000 pixels or more will do.

Kind regards,
Priya"""),
      cu("11-05 08:50", """Thanks Priya, that's really helpful. I'll take the two options to our directors and
come back to you.

Rebecca
""", thanks=True)),

    C("c04-groomsmen-tankards", "en", "pending", {"missed-follow-up": 1},
      "Josh Kettering <joshkettering@example.com>", "iphone",
      "Engraved tankards for my groomsmen",
      "Pewter tankards with names, date and a message on the base: glass bottom and front "
      "engraving answered; the base is deferred with 'come back to you by Tuesday' - never kept.",
      cu("11-15 10:12", """Hi,

Getting married in January and want to get pewter tankards for my 5 groomsmen. I like the 1
pint Sheffield ones on your site. Can each one have a different name plus the date on the
front, and then a short message on the base? Also do you do them with a glass bottom? One
of the lads is very particular about that lol

Cheers
Josh

Sent from my iPhone
"""),
      ag("tom", "11-16 09:20", """Hi Josh,

Congratulations! Yes, the Sheffield comes with a glass bottom as an option (£4 extra each),
and every tankard can carry its own name and the wedding date on the front at no extra
cost.

The base is where it gets fiddly: the Sheffield has a recessed base and I'm not sure our
rotary engraver can fit a full message in there. I'll check with Callum in the workshop how
many characters it will take and come back to you by Tuesday.

Cheers,
Tom""", promises=[("11-17", None)])),

    C("c05-kingsthorpe-plate-proof", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Dean Marsh <dean.marsh@kingsthorpeathletic.example>", "android",
      "End of season trophies - artwork proof?",
      "Football club's 14 trophies: proof promised 'by Friday this week', sent the next Monday "
      "after the customer chases (PDF attached); approval and confirmation.",
      cu("11-03 18:30", """Hi Callum,

Further to our chat in the shop on Saturday, here is the list for Kingsthorpe Athletic's
end of season do. Can you send me a proof of the plates before you engrave so I can check
the spellings? Some of the lads have names I'd rather not get wrong twice.

Player of the Season - Kieran Oduya
Players' Player - Marcus Fleetwood
Top Scorer - Jamie Szczepański
Young Player - Ellis Mbatha
Manager's Player - Connor O'Rourke-Hale
Clubman - Steve "Bandit" Abernethy
+ 8 x "Kingsthorpe Athletic - Season 2025/26" squad trophies

When do you think they'd be ready?

Dean
"""),
      ag("callum", "11-04 09:10", """Hi Dean,

Thanks for the list. They'll be ready to collect on Friday 13 November - and yes, of
course: I'll put together a proof of all 14 plates and email it to you by Friday this week
so you can check every spelling before anything is engraved.

Regards,
Callum""", promises=[("11-06", 4)]),
      cu("11-09 08:05", """Morning Callum, any news on the proof? Friday came and went and I haven't seen anything
(checked spam too). We need them for the 14th so I'm getting a bit twitchy.

Dean
""", chase=True),
      ag("callum", "11-09 11:45", """Hi Dean,

Sorry - that's my fault, the proof was sitting in my drafts. Here it is, all 14 plates.
Please check Szczepański in particular; we've kept the accent on the n.

They'll still be ready for Friday 13th if you approve today or tomorrow.

Regards,
Callum""", attach=[(PDF, "Kingsthorpe-plates-proof-P-26-1142.pdf", PLATES_PROOF_PDF)]),
      cu("11-09 19:20", """All correct, go ahead please. Bandit will be thrilled to see his nickname in brass.

Dean
"""),
      ag("callum", "11-10 08:40", """Morning Dean,

Approved and in the engraving queue - they'll be boxed and waiting at the counter from 10am
on Friday.

Callum""")),

    C("c06-headteacher-crystal-wave", "en", "pending", {},
      "Sarah Lindqvist <s.lindqvist@abingtonvaleprimary.example>", "apple",
      "Leaving gift for our headteacher",
      "Crystal award for a retiring headteacher: the proof is answered with a PDF attachment, "
      "delivery or collection answered; thanks-only reply.",
      cu("11-16 16:10", """Dear Castlebrook,

Our headteacher, Mrs Anne Hollis, retires at Christmas after 31 years at Abington Vale, and
the staff would like to give her an engraved glass award with a line of the school song.
We've chosen the 'Aurora' crystal wave (the 200mm one).

Could we see a proof of the layout before it is made? And can you deliver to the school, or
would one of us need to collect? We break up on 18 December.

The wording:
Anne Hollis
Headteacher 1995-2026
'Hand in hand we learn and grow'
With love from all at Abington Vale

Many thanks,
Sarah Lindqvist
School Business Manager
"""),
      ag("callum", "11-17 10:05", """Dear Sarah,

What a lovely thing to do. The layout proof is attached - the song line is set in italic so
it stands apart from her name. If you're happy with it, just reply to say so and we'll
engrave it the same week.

We can deliver to the school by tracked courier for £6.95, or you're welcome to collect from
the shop free of charge; either way it will be with you well before 18 December.

Kind regards,
Callum""", attach=[(PDF, "Aurora-proof-P-26-1187.pdf", HEAD_PROOF_PDF)]),
      cu("11-17 15:30", """Thank you Callum, the proof looks beautiful. I'll show it to the staff room tomorrow.

Sarah
""", thanks=True)),

    C("c07-otters-gala-medals", "en", "open", {"awaiting-reply": 1},
      "Mike Adebayo <mike.adebayo@corbyotters.example>", "gmail",
      "Medals for our club gala",
      "Swimming club: medal and price answered; the customer's second mail with two new "
      "questions (back engraving, discount for a second gala) has had no reply for two days.",
      cu("11-16 12:30", """Hi,

Corby Otters Swimming Club here. We run an open gala on 12 December with 24 events and need
gold, silver and bronze medals for each, so 72 in total. Do you have a swimming-specific
medal, and what would 72 come to on red ribbons?

Thanks,
Mike Adebayo
Gala Secretary
"""),
      ag("nadia", "11-16 15:05", """Hi Mike,

We do - the 45mm Wave medal has a swimmer in relief on the front and a plain back. 72 on
red ribbons come to £133.20 including VAT (£1.85 each), and for 12 December we'd need the
order by 1 December.

Best wishes,
Nadia"""),
      cu("11-18 20:10", """Thanks Nadia, the committee liked the Wave.

Two more things before I order: can the event number and stroke be engraved on the back of
each medal (e.g. "Event 7 - 100m Breaststroke"), and is there a discount if we order the
medals for our spring gala at the same time?

Mike
""")),

    C("c08-ruby-wedding-vase", "en", "open", {},
      "Helen Ashcroft <helen.ashcroft@example.org>", "outlook",
      "Engraved crystal vase for a ruby wedding",
      "A fresh enquiry on the audit morning, inside the response target; only the helpdesk "
      "acknowledgement (service hours, not a promise) so far.",
      cu("11-20 09:34", """Good morning,

My parents celebrate their ruby wedding on 19 December and my sister and I would like to give
them an engraved crystal vase. Do you have one that would take a few lines of text around the
side, and can you gift-wrap it and post it to an address in Harrogate? Ideally I'd like to
order this weekend.

Kind regards,
Helen Ashcroft
"""),
      ack("11-20 09:35")),

    C("c09-hip-flask-misspelt", "en", "closed", {"reopened": 1},
      "Ollie Brennan <ollie.brennan@example.net>", "gmail",
      "Hip flask order CB-48213",
      "Dispatch question answered and the ticket explicitly marked resolved; four days later "
      "the customer reports a misspelt engraving in the same thread (reopened); replacement.",
      cu("11-05 13:10", """Hi,

I ordered an engraved 6oz hip flask last week (order CB-48213). Has it been dispatched yet?
It's for my dad's 60th this Saturday and the confirmation email didn't say when it would
ship.

Ollie
"""),
      ag("tom", "11-05 15:20", """Hi Ollie,

It went out this afternoon by Royal Mail Tracked 24 (tracking number TT 4820 1193 7GB), so
it should be with you tomorrow, Friday.

As that answers it, I'll mark this ticket as resolved - just reply if anything else comes
up.

Tom""", closes=True),
      cu("11-09 18:40", """Hi Tom,

It arrived on time and Dad loved it, thanks. But on a closer look the engraving says "Happy
60th Birtday" - the h is missing. I've checked my order and I typed it correctly. Can you
redo it, and do I need to send the original back first?

Ollie
"""),
      ag("tom", "11-10 09:30", """Hi Ollie,

I'm so sorry - your order text is correct and the mistake is ours. A replacement is being
engraved this morning and goes out in tomorrow's post at no charge. There's no need to send
the original back; keep it or recycle it as you prefer.

Tom""")),

    C("c10-brightwave-sales-stars", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Daniel Okafor <daniel.okafor@brightwavesolar.example>", "outlook",
      "Sales awards for kick-off - artwork and invoice",
      "Corporate acrylic stars: Nadia answers and hands over, Callum sends the proof the next "
      "day as promised, Priya does the invoice - three agents. The spare blank star is never "
      "mentioned.",
      cu("11-02 09:50", """Hi,

We'd like 9 acrylic star awards for our sales kick-off on 27 November, each with our logo in
full colour and the winner's name and award underneath. Can you print the logo in colour on
acrylic, and what's the unit price?
We'd also like one spare blank star in case someone is added at the last minute - can you include that?

The invoice has to go to our Bristol office (Brightwave Solar Ltd, 1 Temple Quay, Bristol
BS1 6DZ) with PO 4500-2217 on it. Our logo is attached.

Daniel Okafor
Sales Operations, Brightwave Solar
""", uq=1, attach=[(PNG, "brightwave-logo.png", BRIGHTWAVE_PNG)]),
      ag("nadia", "11-02 11:30", """Hi Daniel,

Yes, we UV-print full-colour logos straight onto acrylic - the 230mm Nova star is £42 each
with the name and award title engraved below, and the 27th is no problem.

I've passed your logo to Callum in the workshop, who'll send you a proof tomorrow, and Priya
in accounts will sort out the invoice details with you.

Best wishes,
Nadia""", promises=[("11-03", 3), ("window", 5)]),
      ag("callum", "11-03 14:20", """Hi Daniel,

Here's the proof for the nine stars - logo in full colour at the top, name and award title
underneath in Montserrat. Let me know of any changes.

Regards,
Callum""", attach=[(PDF, "Brightwave-stars-proof-P-26-1121.pdf", STARS_PROOF_PDF)]),
      cu("11-03 16:45", """Looks great. One name change: "Sam Whitlock" should be "Samantha Whitlock".

And just checking the invoice side is in hand - Bristol office, PO 4500-2217?

Daniel
"""),
      ag("priya", "11-04 09:40", """Dear Daniel,

Yes - the invoice will be addressed to Brightwave Solar Ltd, 1 Temple Quay, Bristol BS1 6DZ,
with PO 4500-2217 on it, on our usual 30-day terms. Callum has changed the name to Samantha
Whitlock on the proof.

Kind regards,
Priya""")),

    C("c11-golf-society-friday", "en", "closed", {"slow-first-response": 1},
      "Graham Pettifer <graham.pettifer@example.org>", "thunderbird",
      "Golf society - crystal tankards and nearest-the-pin prizes",
      "Friday-afternoon enquiry answered on Monday morning (slow first response); all three "
      "questions answered; thanks-only reply.",
      cu("11-06 16:40", """Hello,

I'm the captain of the Brampton Heath Wednesday golf society. For our Christmas away day we'd
like four crystal tankards engraved with the society crest for the winners, and some small
nearest-the-pin prizes.

What would four tankards cost with the crest and a line of text? Can you engrave golf ball
markers for the nearest-the-pin prizes? And do you keep our crest on file once you've done it
once?

Graham Pettifer
"""),
      ag("tom", "11-09 10:05", """Hello Graham,

Four crystal tankards with the crest and one line come to £116 (£29 each). Yes to the ball
markers: brass markers engraved with the crest are £4.50 each, or £3.80 for ten or more. And
once we've set up your crest it stays on file, so next year is just names and dates.

Kind regards,
Tom"""),
      cu("11-09 12:20", """Perfect, I'll pop in on Saturday to order. Thanks Tom.

Graham
""", thanks=True)),

    C("c12-darts-league-not-heard", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Shaun Tebbutt <shaun.tebbutt@example.com>", "gmail",
      "Darts league trophies - 18 needed",
      "Darts league's 18 trophies: no reply for four days, the customer chases ('haven't heard "
      "back'); the reply gives price and payment but not engraving the league name on the bases.",
      cu("10-29 20:15", """Evening,

I run the Wellingborough & District Darts League. The season ends 28 November and I need 18
trophies: 6 team trophies (tall cups) and 12 individual ones (dartboard figure on a marble
base). Can you do the lot for under £400? Could you also engrave the league name on the base of each one rather than using plates? And do you take payment by bank transfer?

Cheers
Shaun
""", uq=1),
      cu("11-02 10:30", """Hi, I sent the below on Thursday and haven't heard back. Just need to know if you can do
it, as I'll have to go elsewhere otherwise.

Shaun
""", parent=1, chase=True, uq=0),
      ag("nadia", "11-02 12:10", """Hi Shaun,

Apologies for the slow reply - our inbox got the better of us last week.

Yes, we can do it under £400: 6 Premier cups at 30cm (£24 each) and 12 dartboard figures on
marble (£13.50 each) come to £306, which leaves plenty of room for the names at 12p a letter.
Bank transfer is fine; our details are on the invoice.

Best wishes,
Nadia""")),

    C("c13-karate-ribbons-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Priti Chauhan <priti.chauhan@example.net>", "outlook",
      "Replacement ribbons for 30 medals",
      "Frayed and running medal ribbons: only the acknowledgement; six days later the customer "
      "resends the same mail word for word as a new message without threading headers.",
      cu("11-11 09:12", """Hello,

We bought 30 karate medals from you in the summer (order CB-44780) and the ribbons have frayed
badly after one use - the blue is running too. Could you send us 30 replacement ribbons in
red, white and blue? And please let me know whether these would be free of charge, given
they failed so quickly.

Priti Chauhan
Treasurer, Rushden Shotokan Karate Club
"""),
      ack("11-11 09:13"),
      cu("11-17 08:55", """Hello,

We bought 30 karate medals from you in the summer (order CB-44780) and the ribbons have frayed
badly after one use - the blue is running too. Could you send us 30 replacement ribbons in
red, white and blue? And please let me know whether these would be free of charge, given
they failed so quickly.

Priti Chauhan
Treasurer, Rushden Shotokan Karate Club
""", parent=0, chase=True)),
    C("c14-hubertus-koenigsschiessen", "de", "closed", {"unanswered-question": 1},
      "Andreas Kühnel <a.kuehnel@sv-hubertus-lohr.example>", "gmail_de",
      "Anfrage Pokale Königsschießen",
      "Schützenverein: Wappengravur, Lieferzeit und Zoll beantwortet; die Bitte, die Rechnung an "
      "den Kassenwart zu schicken, bleibt liegen. Die zweite Mail schickt das Wappen (keine "
      "Nachfrage), Antwort mit Auftragsbestätigung als PDF.",
      cu("11-04 19:30", """Sehr geehrte Damen und Herren,

unser Schützenverein Hubertus Lohr e.V. veranstaltet am 12. Dezember sein Königsschießen.
Wir benötigen dafür drei Pokale (ca. 35, 30 und 25 cm) sowie zehn Medaillen mit
Schützenmotiv.

Können Sie die Pokale mit unserem Vereinswappen gravieren? Wie lange dauert die Lieferung
nach Deutschland, und fallen für uns Zollgebühren an?

Außerdem bitte ich Sie, die Rechnung direkt an unseren Kassenwart, Herrn Bernd Seidl, Am Anger 4, 97816 Lohr, zu schicken und nicht an mich.

Mit freundlichen Grüßen
Andreas Kühnel
1. Schützenmeister
""", uq=1),
      ag("lukas", "11-05 09:40", """Sehr geehrter Herr Kühnel,

vielen Dank für Ihre Anfrage. Das Vereinswappen gravieren wir gern auf alle drei Pokale -
am besten schicken Sie es uns als PDF oder in möglichst hoher Auflösung.

Die Lieferung nach Deutschland dauert mit DHL 5 bis 7 Werktage. Zollgebühren fallen für Sie
nicht an: Wir versenden verzollt (DDP), Zoll und Einfuhrumsatzsteuer sind im Preis
enthalten.

Mit freundlichen Grüßen
Lukas Brenner"""),
      cu("11-05 21:10", """Guten Abend Herr Brenner,

anbei unser Wappen. Wir bestellen dann wie besprochen die drei Pokale und zehn Medaillen.

Mit freundlichen Grüßen
Andreas Kühnel
""", attach=[(PNG, "Wappen-SV-Hubertus.png", WAPPEN_PNG)]),
      ag("lukas", "11-06 08:50", """Sehr geehrter Herr Kühnel,

das Wappen ist angekommen und lässt sich gut gravieren. Die Auftragsbestätigung mit allen
Positionen hängt an; die Pokale gehen am 30. November bei uns raus.

Mit freundlichen Grüßen
Lukas Brenner""", attach=[(PDF, "Auftragsbestaetigung-AB-26-0419.pdf", AB_DE_PDF)]),
      tz=1),

    C("c15-wendel-glaswuerfel", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Dr. Claudia Wendel <c.wendel@wendel-partner.example>", "outlook_de",
      "Gravierte Glaswürfel für Mandantenjubiläum",
      "Kanzlei: 3D-Innengravur und Geschenkbox beantwortet, der Preis 'bis Donnerstag' "
      "zugesagt; erst nach 'gibt es schon etwas Neues?' am Montag geliefert (verspätet).",
      cu("11-10 10:20", """Sehr geehrte Damen und Herren,

wir möchten drei langjährigen Mandanten zum 25-jährigen Jubiläum einen gravierten Glaswürfel
überreichen. Ist eine 3D-Innengravur (Laser im Glas) bei Ihnen möglich, und was kostet ein
Würfel von etwa 8 x 8 x 8 cm? Können Sie die Würfel auch in einer Geschenkbox liefern?

Mit freundlichen Grüßen

Dr. Claudia Wendel
Wendel & Partner Steuerberatung, Regensburg
"""),
      ag("lukas", "11-10 14:00", """Sehr geehrte Frau Dr. Wendel,

3D-Innengravur bieten wir an, allerdings über eine Partnerwerkstatt in Sheffield; jeder
Würfel kommt in einer schwarzen Geschenkbox mit Satineinlage. Den genauen Preis für einen
8-cm-Würfel erfrage ich dort und melde mich bis Donnerstag bei Ihnen.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-12", 4)]),
      cu("11-16 09:05", """Sehr geehrter Herr Brenner,

gibt es schon etwas Neues zu den Glaswürfeln? Die Übergabe ist am 4. Dezember, daher drängt
die Zeit allmählich.

Mit freundlichen Grüßen
Claudia Wendel
""", chase=True),
      ag("lukas", "11-16 11:30", """Sehr geehrte Frau Dr. Wendel,

entschuldigen Sie bitte die Verzögerung. Die Werkstatt nennt 89 £ pro Würfel einschließlich
Gravur und Box, Lieferzeit 10 Werktage - der 4. Dezember ist also machbar, wenn Sie bis
Freitag bestellen.

Mit freundlichen Grüßen
Lukas Brenner"""),
      tz=1),

    C("c16-blauweiss-wanderpokal", "de", "closed", {},
      "Jürgen Haas <juergen.haas@tc-blauweiss.example>", "thunderbird_de",
      "Wanderpokal und Gravurschilder",
      "Tennisclub: drei Fragen, inline unter jeder zitierten Frage beantwortet; Dank.",
      cu("11-03 09:15", """Guten Morgen,

unser Wanderpokal für die Vereinsmeisterschaft (von Ihnen, 2017) braucht neue Schilder.

Passen auf den Sockel noch zwei weitere Schilder?
Was kostet die Gravur pro Schild?
Können Sie die Schilder per Post schicken, damit wir sie selbst aufkleben?

Viele Grüße
Jürgen Haas
TC Blau-Weiß Offenbach, Sportwart
"""),
      ag("lukas", "11-03 11:00", """Hallo Herr Haas,

meine Antworten stehen direkt unter Ihren Fragen.

Am 03.11.26 um 08:15 schrieb Jürgen Haas:
> Passen auf den Sockel noch zwei weitere Schilder?

Ja, auf der Rückseite ist Platz für zwei Schilder im Format 50 x 15 mm.

> Was kostet die Gravur pro Schild?

6,50 £ pro Schild inklusive Gravur (bis 30 Zeichen).

> Können Sie die Schilder per Post schicken, damit wir sie selbst aufkleben?

Gerne, mit selbstklebender Rückseite; der Versand nach Deutschland kostet 4,90 £.

Viele Grüße
Lukas Brenner""", quote=False),
      cu("11-03 12:30", """Perfekt, vielen Dank für die schnelle Antwort!

Jürgen Haas
""", thanks=True),
      tz=1),

    C("c17-eichenau-kinderturnen", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Sabine Vogt <sabine.vogt@tsv-eichenau.example>", "gmail_de",
      "Medaillen Kinderturnen - Lieferung vor Weihnachten?",
      "Turnverein: Rückseitengravur beantwortet, Band und Liefertermin mit 'melde mich morgen' "
      "zurückgestellt und nie geklärt; 'ich warte immer noch auf eine Antwort' bleibt offen.",
      cu("11-09 18:00", """Hallo,

wir brauchen 60 Medaillen für unser Kinderturnfest am 13. Dezember, mit schwarz-rot-goldenem
Band. Schaffen Sie die Lieferung nach Eichenau vor dem 10. Dezember? Und kann man auf die
Rückseite "Kinderturnfest 2026" gravieren lassen?

Viele Grüße
Sabine Vogt
TSV Eichenau, Abteilung Turnen
"""),
      ag("lukas", "11-10 08:30", """Hallo Frau Vogt,

die Gravur auf der Rückseite ist kein Problem (0,90 £ pro Medaille).

Ob das Band in Schwarz-Rot-Gold in dieser Menge rechtzeitig lieferbar ist, kläre ich mit
unserem Lieferanten und melde mich morgen bei Ihnen - davon hängt auch der Liefertermin ab.

Viele Grüße
Lukas Brenner""", promises=[("11-11", None)]),
      cu("11-13 19:45", """Hallo Herr Brenner,

ich warte immer noch auf eine Antwort wegen der Bänder. Wenn es nicht klappt, muss ich mich
bald anderweitig umsehen.

Gruß
Sabine Vogt
""", chase=True),
      tz=1),

    C("c18-oberhuber-firmenjubilaeum", "de", "closed", {"unanswered-question": 2},
      "Markus Oberhuber <m.oberhuber@oberhuber-bau.example>", "outlook_de",
      "Ehrenpreise Firmenjubiläum 50 Jahre",
      "Österreichische Baufirma, vier Fragen in einem langen Absatz: Holzsockel und Zeilenzahl "
      "beantwortet, Muster vorab und Rechnung mit UID-Nummer übergangen.",
      cu("11-05 11:40", """Grüß Gott,

unsere Firma feiert im Februar ihr 50-jähriges Bestehen und wir möchten bei der Feier zwölf langjährige Mitarbeiter mit einer gravierten Glastrophäe ehren, dazu einen größeren Ehrenpreis für unseren Seniorchef. Ich habe auf Ihrer Seite die Serie "Lumen" gesehen - gibt es die auch in einer Ausführung mit Holzsockel? Wie viele Zeilen Text passen auf die mittlere Größe? Könnten Sie uns vorab ein Muster schicken, damit wir die Qualität beurteilen können, gerne auch gegen Gebühr? Und wir bräuchten die Rechnung mit ausgewiesener österreichischer UID-Nummer, ist das bei Ihnen möglich?

Vielen Dank und freundliche Grüße
Markus Oberhuber
Oberhuber Bau GmbH, Linz
""", uq=2),
      ag("lukas", "11-05 15:10", """Sehr geehrter Herr Oberhuber,

herzlichen Glückwunsch zum Jubiläum! Die Lumen-Serie gibt es in allen drei Größen mit
Sockel aus geölter Eiche (12 £ Aufpreis pro Stück). Auf die mittlere Größe (180 mm) passen
bis zu sechs Zeilen Text; für den Seniorchef würde ich die große Ausführung mit 240 mm
empfehlen.

Mit freundlichen Grüßen
Lukas Brenner"""),
      tz=1),

    C("c19-saint-cyr-petanque", "fr", "closed", {"unanswered-question": 1},
      "Jean-Luc Martinez <jl.martinez@boule-saint-cyr.example>", "apple_fr",
      "Coupes pour notre concours de pétanque",
      "Club de pétanque : gravure et délai répondus, la demande de catalogue papier ignorée ; "
      "remerciement.",
      cu("11-02 17:20", """Bonjour,

Notre club organise un concours régional le 6 décembre. Nous aurions besoin de 8 coupes
(vainqueurs, finalistes, demi-finalistes) et d'une vingtaine de médailles.

Est-il possible de graver le nom du concours sur chaque coupe ? Quel serait le délai de
livraison vers la France ? Pourriez-vous aussi nous envoyer un catalogue papier ? Certains
membres du bureau ne sont pas très à l'aise avec internet.

Cordialement,
Jean-Luc Martinez
Président, Boule Saint-Cyrienne
""", uq=1),
      ag("amelie", "11-03 09:25", """Bonjour Monsieur Martinez,

Merci pour votre message. Oui, chaque coupe reçoit une plaque gravée au nom du concours,
incluse dans le prix jusqu'à 40 caractères.

Pour la France, comptez 5 à 7 jours ouvrés de livraison, droits et TVA d'importation déjà
réglés par nos soins (livraison DDP) : vous n'aurez rien à payer à la réception.

Bien cordialement,"""),
      cu("11-03 14:00", """Merci beaucoup Madame Roussel. Je vous recontacte après notre réunion de bureau.

J.-L. Martinez
""", thanks=True),
      tz=1),

    C("c20-vauclair-benevoles", "fr", "closed", {"missed-follow-up": 1},
      "Nathalie Girard <n.girard@mairie-vauclair.example>", "outlook",
      "Plaques gravées pour la cérémonie des bénévoles",
      "Mairie : le blason et le prix, promis « d'ici jeudi », arrivent le lundi suivant "
      "(en retard) ; remerciement.",
      cu("11-03 10:00", """Bonjour,

La commune souhaite remercier 15 bénévoles lors de sa cérémonie du 12 décembre avec une
plaque en bois et une plaquette en laiton gravée. Pouvez-vous reproduire le blason de la
commune sur le laiton ? Et quel serait le prix unitaire ?

Je vous remercie par avance.

Nathalie Girard
Service Vie associative, Mairie de Vauclair
"""),
      ag("amelie", "11-03 15:40", """Bonjour Madame Girard,

Merci pour votre demande. Je vérifie avec notre atelier si le blason peut être reproduit en
gravure sur laiton à cette taille, et je reviens vers vous d'ici jeudi avec le prix.

Bien cordialement,""", promises=[("11-05", 3)]),
      ag("amelie", "11-09 10:15", """Bonjour Madame Girard,

Je vous prie d'excuser ce retard. L'atelier confirme que le blason passe très bien en
gravure sur une plaquette de 80 x 50 mm ; le prix est de 18,50 £ la plaque, blason et
gravure du nom compris.

Bien cordialement,"""),
      cu("11-09 16:00", """Merci, c'est parfait. Je passe la commande la semaine prochaine.

N. Girard
""", thanks=True),
      tz=1),

    C("c21-annecy-judo-relance", "fr", "pending",
      {"customer-chased": 1, "slow-first-response": 1},
      "Karim Benali <karim.benali@judoclub-annecy.example>", "gmail",
      "Devis médailles judo - 120 pièces",
      "Club de judo : accusé de réception seulement, « je me permets de vous relancer » quatre "
      "jours plus tard ; devis en PDF et réponses complètes (première réponse lente).",
      cu("11-12 21:30", """Bonjour,

Pour notre tournoi du 12 décembre, nous aurions besoin de 120 médailles de judo (40 or, 40
argent, 40 bronze). Est-il possible d'avoir des rubans personnalisés avec le nom du club ?
Pourriez-vous m'envoyer un devis, livraison à Annecy comprise ?

Merci d'avance,
Karim Benali
Judo Club d'Annecy
"""),
      ack("11-12 20:31"),
      cu("11-16 08:40", """Bonjour,

Je me permets de vous relancer concernant ma demande de devis ci-dessous, restée sans
réponse. Notre tournoi a lieu le 12 décembre et je dois valider la commande cette semaine.

Bien cordialement,
Karim Benali
""", parent=1, chase=True),
      ag("amelie", "11-16 10:10", """Bonjour Monsieur Benali,

Toutes nos excuses pour ce délai. Vous trouverez le devis en pièce jointe : 120 médailles de
50 mm avec rubans imprimés « Judo Club d'Annecy », 372 £ livraison à Annecy comprise.

Les rubans personnalisés demandent trois semaines ; si vous validez avant vendredi, tout
arrivera début décembre.

Bien cordialement,""", attach=[(PDF, "Devis-D-26-0788.pdf", DEVIS_PDF)]),
      tz=1),

    C("c22-val-equitation-lien", "fr", "closed", {},
      "Sophie Lambert <sophie.lambert@ecurieduval.example>", "apple_fr",
      "Trophées équitation",
      "Écurie : une seule question, répondue par un simple lien vers la gamme ; remerciement.",
      cu("11-04 13:00", """Bonjour,

Avez-vous des trophées en résine sur le thème de l'équitation (saut d'obstacles) ?

Merci d'avance,
Sophie Lambert
Écurie du Val
"""),
      ag("amelie", "11-04 15:00", """Bonjour Madame Lambert,

https://castlebrooktrophies.example/fr/trophees/equitation?matiere=resine

Bien cordialement,"""),
      cu("11-04 18:10", """Parfait, merci !

Sophie
""", thanks=True),
      tz=1),

    C("c23-moreau-prisme-casse", "fr", "closed", {"unanswered-question": 1},
      "Thierry Moreau <thierry.moreau@cabinet-moreau.example>", "outlook",
      "Trophée en verre arrivé cassé",
      "Trophée en verre brisé (photo PNG) : remplacement express organisé, la demande d'un "
      "emballage renforcé n'est pas traitée ; accusé de bonne réception.",
      cu("11-05 09:45", """Bonjour,

Le trophée en verre « Prisme » (commande CB-47102) est arrivé ce matin brisé en deux, voir la
photo jointe. La remise a lieu le 20 novembre. Pouvez-vous en refaire un et l'envoyer
rapidement ? Par ailleurs, je voudrais savoir si vous pouvez emballer le remplacement dans une caisse en bois ou avec plus de protection, car le carton était très léger.

Cordialement,
Thierry Moreau
Cabinet Moreau Expertise, Lyon
""", uq=1, attach=[(PNG, "prisme-casse.png", BROKEN_PNG)]),
      ag("amelie", "11-05 11:30", """Bonjour Monsieur Moreau,

Je suis vraiment désolée. Nous regravons un Prisme aujourd'hui avec le même texte ; il part
en express demain et sera livré lundi 9 novembre, sans frais pour vous. Inutile de nous
renvoyer l'ancien.

Bien cordialement,"""),
      cu("11-09 17:00", """Bien reçu ce matin, en parfait état. Merci pour votre réactivité.

T. Moreau
""", thanks=True),
      tz=1),

    C("c24-ronda-pena-ciclista", "es", "closed", {"unanswered-question": 2},
      "Javier Ortega <javier.ortega@penaciclista-ronda.example>", "gmail_es",
      "Trofeos para la gala de la peña ciclista",
      "Peña ciclista: tres preguntas; se contesta el envío a Málaga (y se dan precios), pero ni "
      "el logo en las medallas ni el pago con Bizum.",
      cu("11-04 20:15", """Hola, buenas tardes.

Somos la Peña Ciclista Ronda y el 19 de diciembre celebramos nuestra gala anual. Necesitamos
10 trofeos con figura de ciclista y 25 medallas.

¿Cuánto costaría el envío a Málaga? ¿Pueden grabar el logo de la peña en las medallas? Y otra
cosa: ¿aceptan pago con Bizum o solo tarjeta?

Un saludo,
Javier Ortega
Tesorero, Peña Ciclista Ronda
""", uq=2),
      ag("lucia", "11-05 09:30", """Hola Javier:

¡Gracias por escribirnos! El envío a Málaga por mensajería cuesta 12,90 £ y tarda de 4 a 6
días laborables, con aduanas e IVA ya pagados por nosotros.

Los trofeos de ciclista de 24 cm salen a 16 £ cada uno con la placa grabada, y las medallas
de 50 mm a 2,40 £ con cinta roja y amarilla.

Un saludo,
Lucía"""),
      tz=1),

    C("c25-sanjorge-presupuesto", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Marta Gil <marta.gil@colegio-sanjorge.example>", "outlook",
      "Placas grabadas para el aniversario del colegio",
      "Colegio: impresión del escudo a color contestada; el presupuesto prometido 'el lunes' "
      "llega el miércoles, tras '¿hay alguna novedad? Sigo esperando' (PDF).",
      cu("11-10 12:00", """Buenos días:

El colegio cumple 50 años y queremos regalar una placa grabada en metacrilato a ocho antiguos
directores. ¿Se puede imprimir a color el escudo del colegio? ¿Y podrían enviarnos un
presupuesto con el IVA desglosado?

Muchas gracias,
Marta Gil
Secretaría, Colegio San Jorge (Zaragoza)
"""),
      ag("lucia", "11-10 16:30", """Buenos días, Marta:

Sí, imprimimos el escudo a todo color (impresión UV) sobre el metacrilato y grabamos el
texto debajo.

El presupuesto con el IVA desglosado lo estoy preparando con contabilidad y se lo escribo el
lunes.

Un saludo,
Lucía""", promises=[("11-16", 4)]),
      cu("11-18 09:30", """Hola, Lucía:

¿Hay alguna novedad sobre el presupuesto? Sigo esperando y el consejo escolar se reúne el
viernes.

Gracias,
Marta Gil
""", chase=True),
      ag("lucia", "11-18 12:45", """Hola, Marta:

Disculpe el retraso. Le adjunto el presupuesto con el IVA desglosado: 248 £ más 49,60 £ de
IVA, 297,60 £ en total.

Un saludo,
Lucía""", attach=[(PDF, "Presupuesto-Q-26-0932.pdf", PRESUPUESTO_PDF)]),
      tz=1),

    C("c26-navarro-reloj-bolsillo", "es", "closed", {},
      "Rocío Navarro <rocio.navarro@example.com>", "iphone",
      "Grabado en reloj de bolsillo",
      "Reloj de bolsillo: saludo '¿qué tal?' (no es pregunta) y dos preguntas contestadas a la "
      "vez; agradecimiento.",
      cu("11-05 19:00", """Hola Lucía, ¿qué tal?

Te escribo otra vez por lo del reloj de bolsillo para mi padre. ¿Cuántos caracteres caben en
la tapa trasera y se puede grabar en letra inglesa (cursiva)?

Gracias!
Rocío

Enviado desde mi iPhone
"""),
      ag("lucia", "11-06 09:10", """¡Hola Rocío! Muy bien, gracias.

Caben cuatro líneas de unos 20 caracteres cada una, y sí: la letra inglesa es una de
nuestras tipografías habituales, queda preciosa en la tapa.

Un abrazo,
Lucía"""),
      cu("11-06 11:02", """¡Genial, mil gracias!

Enviado desde mi iPhone
""", thanks=True),
      tz=1),

    C("c27-valencia-padel", "es", "open", {"awaiting-reply": 1},
      "Diego Fuentes <diego.fuentes@clubpadel-valencia.example>", "gmail_es",
      "Trofeos torneo de pádel",
      "Club de pádel: precio contestado; el segundo correo con dos preguntas nuevas lleva más "
      "de tres días sin respuesta.",
      cu("11-13 11:00", """Hola:

Organizamos un torneo de pádel el 19 de diciembre y buscamos 16 trofeos (campeones y
subcampeones de cuatro categorías, por parejas). ¿Qué precio tendrían los de la figura de
pádel de 20 cm?

Saludos,
Diego Fuentes
Club Pádel Valencia Norte
"""),
      ag("lucia", "11-13 15:20", """Hola Diego:

La figura de pádel de 20 cm sale a 11,50 £ por trofeo con la placa grabada, así que 16 son
184 £, envío a Valencia aparte (12,90 £).

Un saludo,
Lucía"""),
      cu("11-17 10:30", """Gracias, Lucía.

Antes de confirmar: ¿podrían grabar las placas con los nombres de las parejas ganadoras
después del torneo, cuando tengamos los resultados? ¿Y en cuánto tiempo nos las mandarían?

Diego
"""),
      tz=1),
    C("c28-canine-society-open-show", "en", "closed", {"unanswered-question": 1},
      "Linda Pargeter <linda.pargeter@example.com>", "thunderbird",
      "Trophies and rosettes for our open show",
      "Canine society: rosettes and names answered; asked whether Best in Show can be engraved "
      "after the show and posted to the owner, the agent gives the engraving price instead. "
      "Signature URL with '?'; thanks-only.",
      cu("11-03 10:30", """Hello,

Our canine society's Christmas open show is on Saturday 12 December. We'd like 12 small
trophies for the group winners and a larger one for Best in Show, plus 100 rosettes.

Do you make rosettes yourselves, or only trophies? Can the Best in Show trophy carry both the
dog's registered name and the owner's name? And since we won't know the winner until the
day, could the Best in Show trophy be engraved with the winning dog's name after the show and posted on to the owner?

With thanks,
Linda Pargeter
Show Secretary, Nene & Ise Canine Society
Entries now open: https://neneisecanine.example/shows?event=xmas-open-2026
""", uq=1),
      ag("nadia", "11-03 14:15", """Hello Linda,

We make rosettes in-house: three-tier rosettes with your society name on the centre are
£2.40 each for 100, in any colour combination you like.

The Best in Show trophy has room for three lines, so the dog's registered name and the
owner's name both fit comfortably; engraving is 12p a letter, so typically £5-£7 for the
two names.

Best wishes,
Nadia"""),
      cu("11-04 09:00", """Thanks Nadia, I'll put the order in through the website this week.

Linda
""", thanks=True)),

    C("c29-christening-frame", "en", "closed", {"unanswered-question": 1},
      "Ruth Caldwell <ruthcaldwell@example.net>", "apple",
      "Engraved photo frame for my grandson's christening",
      "Photo frame answered; days later a second mail after the case seemed done: the name "
      "correction is made, the gift-box question is not answered.",
      cu("11-02 10:00", """Hello,

I'd like the silver-plated 7x5 photo frame engraved with "Oliver James Caldwell, Christened
29 November 2026". Can this be done in time to post to me by the 25th?

Ruth Caldwell
"""),
      ag("tom", "11-02 12:30", """Hello Ruth,

Yes - order by Friday and it'll reach you by the 25th. Engraving is included in the frame's
price (£32).

Kind regards,
Tom"""),
      cu("11-06 19:50", """Thank you Tom, I've now placed the order (CB-48390).

One more thing - I put the wrong middle name, it should be "Oliver Jacob Caldwell", not
James. Please could you correct it before it's engraved? And would you be able to put it in a gift box? It's a present from his great-grandmother too.

Ruth
""", uq=1),
      ag("tom", "11-09 09:05", """Hello Ruth,

No problem - I've changed the order to read "Oliver Jacob Caldwell, Christened 29 November
2026" and the workshop has the corrected version.

Kind regards,
Tom""")),

    C("c30-weston-favell-sports-awards", "en", "closed", {"unanswered-question": 2},
      "Daniel Hurst <d.hurst@westonfavellacademy.example>", "owa",
      "Sports Awards Evening - order questions",
      "School sports awards, a bulleted list of four after a 'good weekend?' pleasantry: cup "
      "sizes and VAT answered, mixing ribbon colours and invoicing the school not.",
      cu("11-09 15:45", """Hi,

Hope you all had a good weekend? We're holding our Sports Awards Evening on 10 December and
I'm putting the order together. Before I submit it, could you help with:

- Can we order the Olympia cups in three sizes and have the same engraving on each?
- Are the prices on the website including VAT? As a school we can't reclaim it.
- We'd like each house's medals on its house colour (red, blue, green, yellow) - can we mix ribbon colours in one order?
- Could you invoice the school rather than us paying upfront? Our finance office needs an invoice to the school address.

Thanks,
Daniel Hurst
Head of PE, Weston Favell Academy
""", uq=2),
      ag("nadia", "11-10 09:20", """Hi Daniel,

Yes, the Olympia comes in 25, 30 and 35cm and we can put identical engraving on all three
sizes. The website prices include VAT at 20%, so what you see is what you pay.

Best wishes,
Nadia""")),

    C("c31-ravensthorpe-bowls-reengrave", "en", "closed", {},
      "Katie Brennan <katie@ravensthorpebowls.example>", "gmail",
      "Bowls club trophies - re-engraving",
      "Bowls club: a rhetorical question and a question the customer answers herself; "
      "turnaround and font match answered.",
      cu("11-04 11:15", """Hi both,

Who knew bowls could get so competitive? Our ladies' section now want their own trophy as
well, so that'll be another email soon.

Anyway: we have five existing trophies to add this year's winners to. What's the turnaround
on re-engraving? Where do I find last year's order number - oh, never mind, it's on the old
invoice: CB-39921. Can you match the font you used then?

Katie Brennan
Ravensthorpe Bowls Club
"""),
      ag("tom", "11-04 14:30", """Hi Katie,

Ha - the bowls clubs are always the fiercest. Five re-engravings are usually back within
three working days of you dropping them off, and yes: we keep the settings of every order,
so CB-39921's font (Copperplate Gothic) will match exactly.

Tom""")),

    C("c32-chopping-board-address", "en", "closed", {},
      "Ben Harrow <ben.harrow@example.com>", "outlook",
      "FW: Your Castlebrook order CB-48055 is confirmed",
      "HTML-only mail forwarding the order confirmation (its 'Need to change something?' lines "
      "are forwarded text); the one real request, an address change, is done.",
      cu("11-10 08:50", """Hi,

See below - I ordered the engraved chopping board on Sunday but the confirmation shows my old
delivery address. Can you change it to 22 Abbey Road, Kettering NN15 7QA before it ships?

Ben

________________________________
From: Castlebrook Trophies <orders@castlebrooktrophies.example>
Sent: Sunday, November 8, 2026 7:41 PM
To: ben.harrow@example.com
Subject: Your Castlebrook order CB-48055 is confirmed

Thank you for your order!

1 x Oak chopping board 40x25cm, engraved "The Harrows - est. 2019"  £34.00
Delivery: Royal Mail Tracked 48  £3.95
Deliver to: Flat 3, 9 Market Street, Northampton NN1 2DX

Need to change something? Reply to this email within 24 hours.
Want to add gift wrap? Visit https://castlebrooktrophies.example/orders/CB-48055?action=wrap
""", kind="html"),
      ag("tom", "11-10 10:20", """Hi Ben,

Done - the delivery address on CB-48055 is now 22 Abbey Road, Kettering NN15 7QA. It hasn't
shipped yet, so it will go straight to the new address.

Tom""")),

    C("c33-harcourt-decanter-proof", "en", "pending", {},
      "Fiona Dunmore <fiona.dunmore@harcourtlegal.example>", "outlook",
      "Revised proof - partner retirement decanter",
      "Two changes to a decanter proof; the revised proof is promised 'by Tuesday 24 November', "
      "a deadline still ahead at audit time.",
      cu("11-18 14:00", """Hi Callum,

The partners have asked for two changes to the decanter proof: "Senior Partner" instead of
"Managing Partner", and the years as 1989-2026 without the spaces around the dash. Can you
send me a revised proof? The dinner is on 4 December.

Thanks,
Fiona Dunmore
PA to the Senior Partner, Harcourt Legal LLP
"""),
      ag("callum", "11-19 09:40", """Hi Fiona,

Noted, both changes. I'm at a trade fair tomorrow, so I'll send the revised proof by Tuesday
24 November - that still leaves plenty of time for the 4th.

Regards,
Callum""", promises=[("11-24", None)])),

    C("c34-cufflinks-mockup", "en", "closed", {},
      "Gareth Lloyd <gareth.lloyd@example.org>", "gmail",
      "Cufflinks engraving - initials",
      "Silver cufflinks: Nadia answers and says Callum will send a mock-up tomorrow; Callum does "
      "(PNG attached) - a promise kept by a colleague; thanks-only.",
      cu("11-02 20:05", """Hello,

Are your silver cufflinks engraved on the face or the back? I'd like the initials GHL on the
face in a serif font and our wedding date on the back. Could you send me a picture of what
that would look like?

Thanks,
Gareth
"""),
      ag("nadia", "11-03 09:30", """Hello Gareth,

We can do both - face and back. Callum in the workshop will send you a mock-up tomorrow.

Best wishes,
Nadia""", promises=[("11-04", 3)]),
      ag("callum", "11-04 11:10", """Hi Gareth,

Nadia passed on your cufflinks request - the mock-up is attached: initials GHL in Trajan on
the face and 12.06.2026 on the back.

Regards,
Callum""", attach=[(PNG, "cufflinks-GHL-mockup.png", CUFFLINKS_PNG)]),
      cu("11-04 19:00", """Looks smart. Thanks both!

Gareth
""", thanks=True)),

    C("c35-charity-ball-courier", "en", "closed", {},
      "Amanda Leigh <amanda.leigh@leighevents.example>", "owa",
      "Charity ball trophies - delivery to the venue",
      "Event organiser: delivery and boxing answered with courier logistics ('the courier "
      "collects on Wednesday') and a process note - no promise; thanks on arrival.",
      cu("11-05 11:00", """Hello,

The 30 trophies for the Hospice at Home charity ball are due to be finished next week. Will
they be delivered to the venue or do we need to collect them? And will each one arrive boxed?
The ball is on Friday 13th.

Amanda Leigh
Leigh Events
"""),
      ag("tom", "11-05 14:00", """Hi Amanda,

The courier collects them from us on Wednesday 11th and delivers to the Hilton Northampton on
Thursday morning before 12. Each trophy is boxed individually, with a film over the
engraving that you peel off on the night. Once the order is dispatched you'll receive an
automatic email with the tracking link.

Kind regards,
Tom"""),
      cu("11-12 14:30", """All arrived safe and sound this morning, thank you!

Amanda
""", thanks=True)),

    C("c36-rowing-trophy-restoration", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Peter Coyle <peter.coyle@example.net>", "thunderbird",
      "Restoring my grandfather's rowing trophy",
      "1954 rowing trophy: 'I'll find out what they'd charge and come back to you' (no deadline, "
      "never kept); the quote for a plaque on the base is never addressed.",
      cu("11-02 15:30", """Hello,

I have a silver-plated rowing trophy from 1954 that belonged to my grandfather. The plating
has worn through in places and one handle is loose. Do you do restoration or re-plating, and
roughly what would it cost? I'd also like a small plaque added to the base with his name and the year he won it - could you quote for that too?

Regards,
Peter Coyle
""", uq=1),
      ag("tom", "11-03 10:10", """Hello Peter,

What a lovely piece of family history. We don't re-plate in-house, but we work with a
silversmith in Birmingham who restores old trophies (handles included); I'll find out what
they'd charge and come back to you.

Kind regards,
Tom""", promises=[("window", None)])),

    C("c37-stellar-care-quote-eod", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Hannah Greaves <h.greaves@stellarcare.example>", "outlook",
      "Employee of the Year awards - quote needed today",
      "Care group: formal quote promised 'by end of day', never sent; the question about a "
      "smaller runners-up version is not answered.",
      cu("11-09 09:20", """Hi Priya,

We need to get the Employee of the Year awards signed off at our board meeting tomorrow
morning. Could you send a formal quote for the six crystal star awards we discussed on the
phone, with engraving and delivery to our Leicester office? Also, could you let me know if you can do a matching smaller version for runners-up?

Thanks,
Hannah Greaves
HR Business Partner, Stellar Care Group
""", uq=1),
      ag("priya", "11-09 10:05", """Hi Hannah,

Of course - I'll have the formal quote with you by end of day. Delivery to Leicester is free
on orders over £150, so that won't add anything.

Kind regards,
Priya""", promises=[("11-09", None)])),

    C("c38-quiz-league-shield", "en", "closed", {},
      "Steve Brannigan <steve@branniganstaphouse.example>", "android",
      "Pub quiz league shield",
      "Two numbered questions answered inline with a bare 'Of course.' and a bare figure; "
      "thanks-only.",
      cu("11-11 22:10", """Hi, quick ones:
1) can you fit the shield I bought off you in 2019 with a new centre plate?
2) how much for a wooden shield with 20 small plates round the edge?

Steve

Get Outlook for Android
"""),
      ag("tom", "11-12 09:40", """Hi Steve,

> 1) can you fit the shield I bought off you in 2019 with a new centre plate?

Of course.

> 2) how much for a wooden shield with 20 small plates round the edge?

£46.

Tom""", quote=False),
      cu("11-12 12:00", """Legend, cheers Tom

Get Outlook for Android
""", thanks=True)),

    C("c39-pitsford-regatta-logo", "en", "closed", {},
      "Claire Moffat <claire.moffat@pitsfordsailing.example>", "gmail",
      "Regatta trophies - logo file",
      "Sailing club: asked for the logo, the customer sends it (PDF) - a second mail that is not "
      "a chase; the navy colour answered.",
      cu("11-04 10:00", """Hi,

Can you put our burgee logo on the eight glass regatta awards we ordered at the counter on
Saturday (order CB-48301)?

Claire Moffat
Pitsford Sailing Club
"""),
      ag("callum", "11-04 12:00", """Hi Claire,

Yes - send the logo over, ideally as a vector file (PDF, EPS or SVG).

Regards,
Callum"""),
      cu("11-04 16:40", """Here it is - the PDF from our designer. The blue should be navy if you can do colour.

Claire
""", attach=[(PDF, "PSC-burgee.pdf", LOGO_PDF)]),
      ag("callum", "11-05 09:15", """Hi Claire,

Got it - the PDF is perfect. The glass is laser-engraved, so the logo comes out frosted white
rather than navy; if you'd like it in colour, the acrylic version of the award can be
UV-printed in navy for the same price.

Regards,
Callum""")),

    C("c40-birthday-watch-checking-in", "en", "pending", {"customer-chased": 1},
      "Laura Finch <laura.finch@example.com>", "gmail",
      "Order CB-48511 - engraved watch, will it arrive by Friday?",
      "Engraved watch for a birthday: 'Just checking in on the email below' the next morning, "
      "answered within the response target.",
      cu("11-16 09:00", """Hi,

I ordered an engraved Rotary watch on 10 November (CB-48511) for my husband's 40th, which is
this Friday, the 20th. The order still says "in engraving". Will it be dispatched in time?

Laura
"""),
      cu("11-17 08:10", """Just checking in on the email below - I'm getting a bit nervous as his birthday is on
Friday.

Laura
""", parent=1, chase=True),
      ag("tom", "11-17 08:45", """Hi Laura,

Sorry for the wait. The watch was engraved yesterday afternoon and went out first thing this
morning by Special Delivery, guaranteed before 1pm on Wednesday 18th - tracking number
ZX 2210 4471 9GB.

Kind regards,
Tom""")),

    C("c41-thamesgate-invoice-ooo", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Victoria Ames <victoria.ames@thamesgatebank.example>", "outlook",
      "Glass awards for the Thamesgate regional awards - invoice",
      "Bank: invoice with PO promised 'tomorrow', never sent; the request to split future "
      "deliveries is skipped; the customer's out-of-office answers the reply.",
      cu("11-02 13:15", """Dear Priya,

Thank you for the 20 glass awards, which arrived this morning - they look superb.

Could you send the invoice with our PO number TGB-77102 on it? Our accounts team won't process
anything without it. For next year's awards we'll need two deliveries, one to London and one
to Reading - could you split future deliveries like that?

Kind regards,
Victoria Ames
Events & Internal Communications, Thamesgate Bank
""", uq=1),
      ag("priya", "11-02 15:30", """Dear Victoria,

So glad they arrived safely and that you're pleased with them. I'll send the invoice with PO
TGB-77102 on it tomorrow.

Kind regards,
Priya""", promises=[("11-03", None)]),
      auto("11-02 15:31", """Thank you for your email. I am out of the office until Monday 9 November with limited
access to email. For anything urgent, please contact events@thamesgatebank.example.

Victoria Ames
""", quote=False, subject="Automatic reply: RE: Glass awards for the Thamesgate regional awards - invoice",
           to="Priya Mistry <priya@castlebrooktrophies.example>")),

    C("c42-fire-rescue-long-service", "en", "closed", {},
      "Ian Pickering <ian.pickering@northantsfire.example>", "outlook",
      "Long service medals - Northamptonshire Fire & Rescue",
      "Fire service: finance colleague in Cc, customer disclaimer; both questions answered in "
      "one 'Yes to both'.",
      cu("11-05 10:40", """Good morning,

Can you supply 25-year long service medals in a presentation case with the recipient's name
engraved on the reverse? We'd need 14 this year. Could you also confirm you can invoice the
Service directly? Mel from our finance team is copied in.

Regards,
Ian Pickering
Station Manager, Organisational Development

This email and any attachments are intended solely for the addressee and may contain
confidential information. If you have received it in error, please notify the sender and
delete it. Northamptonshire Fire & Rescue Service does not accept liability for any views
expressed in this message that are not those of the Service.
""", cc="Mel Grant <mel.grant@northantsfire.example>"),
      ag("priya", "11-05 14:50", """Dear Ian,

Yes to both. 14 of the 38mm long service medals in blue presentation cases, each engraved on
the reverse, come to £28.50 each; and we invoice public-sector customers directly on 30-day
terms - Mel, the invoice goes to the finance office by default.

Kind regards,
Priya""", cc="Mel Grant <mel.grant@northantsfire.example>")),

    C("c43-dubai-watch-for-father", "en", "pending", {"unanswered-question": 1},
      "Rahul Menon <rahul.menon@example.com>", "gmail",
      "Engraved watch for my father - posting to Leicester",
      "A customer in Dubai (UTC+4) sends a watch to his father: delivery date and the no-prices "
      "request answered, gift wrapping not.",
      cu("11-15 21:20", """Hello,

I live in Dubai but my father is in Leicester and turns 70 on 1 December. I'd like to order
the Sekonda gold-tone watch with "To Dad, 70 years young - love Rahul" on the back. Can you
deliver it to his address by the 30th?

Also, please don't include the receipt or any prices in the parcel - it's a surprise. Could you gift wrap it as well?

Thanks,
Rahul Menon
""", uq=1, tz=4),
      ag("tom", "11-16 10:10", """Hi Rahul,

Happy to help. Yes - ordered by Friday, it'll reach Leicester well before the 30th by tracked
post. We never put prices in a parcel going to a different address; the receipt comes to you
by email only.

Kind regards,
Tom""")),

    C("c44-brixworth-10k-medals", "en", "closed",
      {"customer-chased": 2, "slow-first-response": 1},
      "Martin Sowerby <martin.sowerby@example.org>", "thunderbird",
      "Quote for 200 medals - charity fun run",
      "Charity 10k: 200 custom medals; chased twice ('any news on the quote?', 'this is my third "
      "email') before a full answer three days later.",
      cu("11-02 09:00", """Hello,

We're organising the Brixworth 10k charity fun run on 6 December and need 200 finisher medals
with a custom design (front: the run logo; back: date and "Finisher"). Could you quote for
those, and how long do custom-cast medals take? If cast isn't possible in time, what's the
alternative?

Martin Sowerby
Race Director, Brixworth 10k
"""),
      cu("11-03 16:30", """Hi, any news on the quote? We need to place the order this week for the timescale to
work.

Martin
""", parent=1, chase=True),
      cu("11-05 08:20", """Still nothing - this is my third email. Could someone please just tell me whether you can
do this or not?

Martin Sowerby
""", parent=2, chase=True),
      ag("nadia", "11-05 11:00", """Hello Martin,

I'm very sorry you've had to write three times - that shouldn't happen.

Custom-cast medals take four to five weeks from artwork approval, so they won't make 6
December. The alternative is our 60mm stock medal with your logo printed in full colour on
the front insert and "Finisher - 6.12.2026" engraved on the back: 200 at £2.65 each, £530 plus
VAT, ready ten working days after you approve the proof.

Best wishes,
Nadia""")),

    C("c45-hussain-dealer-plaques", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Tariq Hussain <tariq.hussain@hussainmotors.example>", "owa",
      "Dealer awards - acrylic plaques",
      "Car dealer plaques: Pantone match promised 'early next week' (Thursday -> Tuesday), "
      "delivered on Wednesday; the request for an acrylic off-cut sample never addressed.",
      cu("11-05 09:30", """Hi,

We're after 11 acrylic plaques for our dealer awards in December, each with a car silhouette
and the dealer's name. Do you have a template with a car outline, or would we need to supply
artwork? What's the price at 11 units? And can you print in our brand red (Pantone 485)?
Could you also send us an off-cut of the acrylic so we can see the thickness?

Tariq Hussain
Marketing, Hussain Motor Group
""", uq=1),
      ag("callum", "11-05 14:10", """Hi Tariq,

We don't have a car template, so we'd need your artwork - a vector outline of the model is
best. Eleven plaques at 200 x 150mm are £27 each.

Let me look into whether we can get close enough to Pantone 485 on our UV printer and I'll get
back to you early next week.

Regards,
Callum""", promises=[("11-10", 3)]),
      ag("callum", "11-11 10:30", """Hi Tariq,

Sorry for the delay - the test prints are done. Our closest match to Pantone 485 is very good
on white-backed acrylic but a touch orange on clear, so I'd recommend the white-backed
version.

Regards,
Callum"""),
      cu("11-11 13:00", """Great, thanks Callum. We'll go with white-backed.

Tariq
""", thanks=True)),

    C("c46-chopping-board-fonts", "en", "closed", {},
      "Jenny Walsh <jenny.walsh@example.net>", "gmail",
      "Personalised chopping board - font options",
      "Fonts and a heart symbol answered; the reply lost In-Reply-To/References (subject only).",
      cu("11-04 12:00", """Hi!

Which fonts can I choose for the oak chopping board, and can I have a little heart between
the two names?

Jenny x
"""),
      ag("nadia", "11-04 14:30", """Hi Jenny,

There are six fonts in the "Personalise" drop-down on the product page: Script, Classic
Serif, Modern Sans, Typewriter, Handwritten and Stencil. And yes, a heart between the names is
one of our free symbols.

Best wishes,
Nadia""", thread=False)),

    C("c47-five-a-side-cup", "en", "closed", {"unanswered-question": 1},
      "Craig Nolan <craig.nolan@example.com>", "android",
      "Trophy for five-a-side league - sizes",
      "Base64 mail from Outlook for Android: the biggest cup under £60 answered, the request to "
      "join the club-discount mailing list skipped.",
      cu("11-10 07:40", """Morning, how tall is the biggest cup you do that's under £60? It's for the five-a-side
league champions. Also please add me to your mailing list for the club discounts you mentioned at the counter.

Cheers
Craig

Get Outlook for Android
""", uq=1, cte="base64"),
      ag("tom", "11-10 10:00", """Hi Craig,

The Wembley cup at 52cm is £57.50 - the biggest we have under £60. There's one in the window
if you want to see it before you order.

Tom""")),

    C("c48-lumen-meridian-reorder", "en", "pending", {},
      "Anita Desai <anita.desai@lumenarchitects.example>", "apple",
      "Glass award - matching last year's design",
      "Repeat glass award: proof promised 'in the next couple of days' and sent inside the window "
      "(PDF); the customer's second mail sends the winner's name (not a chase); References gap.",
      cu("11-16 10:15", """Hello,

Last year you made our Project of the Year award (the Meridian glass block). Can we order the
same again with the 2026 winner? Do you still have last year's artwork on file?

Best,
Anita Desai
Practice Manager, Lumen Architects
"""),
      ag("callum", "11-16 13:00", """Hi Anita,

We still stock the Meridian, so yes. Let me dig last year's file out of the archive and I'll
get back to you in the next couple of days with a proof.

Regards,
Callum""", promises=[("window", 4)]),
      cu("11-17 09:00", """Thanks Callum - the winner is "Riverside Library, Wellingborough".

Anita

Sent from my iPhone
""", client="iphone"),
      ag("callum", "11-18 11:20", """Hi Anita,

Found it. Here's the proof with the same layout as last year and "Riverside Library,
Wellingborough" as the 2026 winner.

Regards,
Callum""", refs=[1, 3], attach=[(PDF, "Lumen-Meridian-proof-P-26-1203.pdf", MERIDIAN_PROOF_PDF)])),

    C("c49-harding-spirit-level", "en", "open",
      {"unanswered-question": 1, "awaiting-reply": 1},
      "Greg Harding <greg.harding@hardingjoinery.example>", "outlook",
      "Engraved spirit level - retirement gift",
      "Joinery firm: engraving a brass spirit level answered, the rush-charge question not; the "
      "customer's next mail (a stand for it) has had no reply for three days.",
      cu("11-11 14:00", """Hi,

Our longest-serving joiner retires next month after 42 years. We'd like to give him his own
brass spirit level engraved - is that something you can do if we bring it in? Also, is there a rush charge if we need it in under 10 days?

Greg Harding
Harding Joinery Ltd
""", uq=1),
      ag("callum", "11-12 09:15", """Hi Greg,

Yes, we can engrave a brass spirit level - bring it in and we'll engrave along the top edge:
up to 40 characters for £18.

Regards,
Callum"""),
      cu("11-17 15:30", """Thanks Callum, I'll bring it in on Thursday.

Could you also make a small wooden stand with a brass plate for it, and what would that add
to the price?

Greg
""")),

    C("c50-kingsley-rotary-tankards", "en", "closed", {"missed-follow-up": 1},
      "Nicola Burrows <nicola.burrows@kingsleyrotary.example>", "apple",
      "Rotary Club charity quiz - engraved glass tankards",
      "Multipart/alternative mail: the emblem answered, the charity discount deferred with 'let "
      "you know by Tuesday' - never kept, never chased.",
      cu("10-30 11:10", """Hello,

The Kingsley Rotary Club would like eight engraved glass tankards as prizes for our charity
quiz in December. Can you engrave the Rotary wheel on them? We are a registered charity - do
you offer any discount?

Kind regards,
Nicola Burrows
Club Secretary
""", kind="alt"),
      ag("nadia", "10-30 14:40", """Hello Nicola,

Yes - we have the Rotary wheel on file from other clubs' orders, and it engraves crisply on
the glass tankards (£16.50 each including the emblem and one line of text).

As for a charity discount, I'll ask our manager what we can do and let you know by Tuesday.

Best wishes,
Nadia""", promises=[("11-03", None)])),

    C("c51-alcora-factura", "es", "closed", {},
      "Carmen Ibáñez <carmen.ibanez@grupo-alcora.example>", "outlook",
      "Factura de los premios de ventas",
      "Empresa en Castellón: factura a nombre de la sociedad (PDF adjunto) y la pregunta sobre "
      "el IVA británico contestadas; agradecimiento.",
      cu("11-09 10:00", """Buenos días:

Recibimos ayer los 12 premios de cristal, muy bonitos. ¿Podrían enviarnos la factura a nombre
de Grupo Alcora S.L. con nuestro CIF B12345678? ¿Y nos confirman si se ha aplicado el IVA
británico, siendo un envío a España?

Un saludo,
Carmen Ibáñez
Administración, Grupo Alcora S.L.
"""),
      ag("lucia", "11-09 12:30", """Buenos días, Carmen:

Le adjunto la factura a nombre de Grupo Alcora S.L. con su CIF. No se ha aplicado IVA
británico: al ser una exportación va sin IVA, y el IVA español de importación ya lo pagamos
nosotros con el envío (DDP).

Un saludo,
Lucía""", attach=[(PDF, "Factura-INV-26-3391.pdf", FACTURA_PDF)]),
      cu("11-09 15:10", """Perfecto, muchas gracias Lucía.

Carmen
""", thanks=True),
      tz=1),

    C("c52-tankard-collection-day", "en", "pending", {},
      "Owen Price <owen.price@example.org>", "iphone",
      "Collection time - order CB-48602",
      "Collection day and who may collect, answered with a bare day and a one-line yes.",
      cu("11-18 12:05", """Hi, what day will my engraved tankard be ready to collect? Order CB-48602. And can my
wife collect it instead of me?

Owen

Sent from my iPhone
"""),
      ag("tom", "11-18 14:30", """Hi Owen,

Thursday, after 2pm. Yes - she just needs the order number.

Tom""")),
]


UNANSWERED: dict[str, list[str]] = {
    "c02-fenwick-cc-perpetual-shield": [
        "While you have it, could you also give the silver cup on top a proper clean and polish?"],
    "c03-meridian-long-service": [
        "We would need each award boxed individually in a presentation box - is that included?",
        "Could you also tell me whether you can invoice us on 30-day terms?"],
    "c10-brightwave-sales-stars": [
        "We'd also like one spare blank star in case someone is added at the last minute - can you include that?"],
    "c12-darts-league-not-heard": [
        "Could you also engrave the league name on the base of each one rather than using plates?"],
    "c14-hubertus-koenigsschiessen": [
        "Außerdem bitte ich Sie, die Rechnung direkt an unseren Kassenwart, Herrn Bernd Seidl, "
        "Am Anger 4, 97816 Lohr, zu schicken und nicht an mich."],
    "c18-oberhuber-firmenjubilaeum": [
        "Könnten Sie uns vorab ein Muster schicken, damit wir die Qualität beurteilen können, gerne auch gegen Gebühr?",
        "Und wir bräuchten die Rechnung mit ausgewiesener österreichischer UID-Nummer, ist das bei Ihnen möglich?"],
    "c19-saint-cyr-petanque": [
        "Pourriez-vous aussi nous envoyer un catalogue papier ?"],
    "c23-moreau-prisme-casse": [
        "je voudrais savoir si vous pouvez emballer le remplacement dans une caisse en bois ou avec plus de protection"],
    "c24-ronda-pena-ciclista": [
        "¿Pueden grabar el logo de la peña en las medallas?",
        "¿aceptan pago con Bizum o solo tarjeta?"],
    "c28-canine-society-open-show": [
        "could the Best in Show trophy be engraved with the winning dog's name after the show and posted on to the owner?"],
    "c29-christening-frame": [
        "And would you be able to put it in a gift box?"],
    "c30-weston-favell-sports-awards": [
        "can we mix ribbon colours in one order?",
        "Could you invoice the school rather than us paying upfront?"],
    "c36-rowing-trophy-restoration": [
        "I'd also like a small plaque added to the base with his name and the year he won it - could you quote for that too?"],
    "c37-stellar-care-quote-eod": [
        "could you let me know if you can do a matching smaller version for runners-up?"],
    "c41-thamesgate-invoice-ooo": [
        "could you split future deliveries like that?"],
    "c43-dubai-watch-for-father": [
        "Could you gift wrap it as well?"],
    "c45-hussain-dealer-plaques": [
        "Could you also send us an off-cut of the acrylic so we can see the thickness?"],
    "c47-five-a-side-cup": [
        "please add me to your mailing list for the club discounts you mentioned at the counter."],
    "c49-harding-spirit-level": [
        "is there a rush charge if we need it in under 10 days?"],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice128 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
