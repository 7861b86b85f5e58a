#!/usr/bin/env python3
"""Regenerate ``tests/practice136/``: a labelled corpus of Merriweather Restoration.

A support mailbox of a fictional Cotswolds furniture restorer and French polisher (antique
repairs, re-veneering and marquetry, French polishing, re-caning, re-rushing and traditional
re-upholstery of chairs, collection and delivery by the workshop van, insurance-claim repairs
and reports, estimates from photos), written without looking at the detection heuristics,
with many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the
contract defaults (response target 24 h, follow-up window 2 days, close-after 7 days,
handoff limit 2), support domain ``merriweatherrestoration.example``.

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

Usage: python scripts/make_practice136_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "merriweatherrestoration.example"
DESK = "Merriweather Restoration <workshop@merriweatherrestoration.example>"

AGENTS = {
    "imogen": ("Imogen Hartley <imogen@merriweatherrestoration.example>", "thunderbird", """-- 
Imogen Hartley
Workshop Manager & Estimates | Merriweather Restoration
The Old Wheelwright's, Bisley Road, Stroud GL6 | 01453 960 214
Estimates from photos: https://merriweatherrestoration.example/estimate?ref=sig"""),
    "ned": ("Ned Ashdown <ned@merriweatherrestoration.example>", "apple", """Ned Ashdown
Head Restorer & French Polisher | Merriweather Restoration
https://merriweatherrestoration.example/care?from=email"""),
    "callum": ("Callum Reid <callum@merriweatherrestoration.example>", "outlook", """Callum Reid
Collections & Deliveries | Merriweather Restoration
Van out Mon-Thu. Wondering where your piece is? Reply to this e-mail or ring 01453 960 217."""),
    "priya": ("Priya Nair <priya@merriweatherrestoration.example>", "outlook", """Priya Nair
Accounts & Insurance Work | Merriweather Restoration
This e-mail and any attachment are confidential and intended solely for the addressee. If you
have received it in error please tell us and delete it. Merriweather Restoration Ltd,
registered in England no. 08811462."""),
    "katrin": ("Katrin Vogel <katrin@merriweatherrestoration.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenbetreuung (Deutsch) | Merriweather Restoration
https://merriweatherrestoration.example/de?ref=signatur"""),
    "solene": ("Solène Marchetti <solene@merriweatherrestoration.example>", "apple_fr", """Solène Marchetti
Clientèle francophone | Merriweather Restoration
https://merriweatherrestoration.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@merriweatherrestoration.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Merriweather Restoration
+44 1453 960 219"""),
}

ACK = """Hello,

Thank you for contacting Merriweather Restoration. This is an automatic
reply to let you know your message has been logged as {ref}.

The workshop office is open Monday to Friday, 8am to 4.30pm, and we aim
to reply within one working day. If you are asking for an estimate,
photos of the whole piece, the damage close up and any maker's marks
help us a great deal.

Merriweather Restoration - furniture restoration and French polishing
https://merriweatherrestoration.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Merriweather Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="mr.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice136", title="Merriweather Restoration", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="MR-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

BUREAU_PNG = mailcraft.png(14, 10, lambda x, y: (120 + 4 * x, 78 + 3 * y, 40 + (x * y) % 20))
BREAK_PNG = mailcraft.png(10, 12, lambda x, y: (150 - 5 * y, 100 + 2 * x, 60))
TABLE_PNG = mailcraft.png(12, 9, lambda x, y: (90 + 6 * y, 50 + 3 * x, 35))
AFTER_PNG = mailcraft.png(12, 9, lambda x, y: (110 + 2 * x, 60 + y, 30 + y))
WORKBOX_PNG = mailcraft.png(9, 9, lambda x, y: (200 - 9 * x, 170 - 7 * y, 120))
PEW_PNG = mailcraft.png(16, 6, lambda x, y: (140, 110 + 4 * x % 40, 80 + 10 * y))
INSURANCE_PDF = mailcraft.pdf(["Merriweather Restoration - Report for insurers MR-IR-2611-07",
                               "Mahogany extending dining table, water damage (ceiling leak)",
                               "Polish bloom to top, raised grain, lifted cross-banding 40cm",
                               "Recommended: re-lay banding, strip and re-polish top, match leaves",
                               "Total GBP 1,140.00 + VAT"])
PATTERNS_PDF = mailcraft.pdf(["Merriweather Restoration - Desk leathers: tooling patterns",
                              "A  single gilt line, blind-tooled Greek key border",
                              "B  double gilt line, gilt vine border",
                              "C  single gilt line only",
                              "Colours: green, oxblood, tan, black"])
REVISED_PDF = mailcraft.pdf(["Merriweather Restoration - Revised quotation Q-2611-112",
                             "Library bookcases: clean, consolidate and revive polish",
                             "Two library steps: re-glue, new treads, re-polish",
                             "Cornice re-gilding removed at client's request",
                             "Total GBP 4,860.00 + VAT"])
CONDITION_PDF = mailcraft.pdf(["Merriweather Restoration - Condition report",
                               "Estate of the late Mr A. Trent, Cirencester",
                               "Regency rosewood breakfast table: lifted brass inlay, faded top",
                               "Pair of bergere chairs: split cane, loose joints",
                               "Costed recommendations overleaf"])
STOOL_PDF = mailcraft.pdf(["Merriweather Restoration - Piano stool",
                           "French polish walnut frame: GBP 110",
                           "Re-upholster, green cotton velvet (supplied): GBP 145",
                           "Re-upholster, customer's own fabric: GBP 120"])
DEVIS_PDF = mailcraft.pdf(["Merriweather Restoration - Devis fauteuil cabriolet",
                           "Garniture traditionnelle en crin, toile, ouate: GBP 520",
                           "Pose du tissu fourni par le client (1,5 m): GBP 170",
                           "Total GBP 690"])
FACTURE_PDF = mailcraft.pdf(["Merriweather Restoration - Facture acquittee F-2611-041",
                             "Secretaire en acajou: restauration et vernis au tampon",
                             "Montant regle: GBP 1,280.00"])
KVA_PDF = mailcraft.pdf(["Merriweather Restoration - Kostenvoranschlag KV-2611-09",
                         "Kleiderschrank Nussbaum, Gruenderzeit: Transportschaden",
                         "Kranzleiste ansetzen, Kratzer linke Tuer retuschieren",
                         "Summe GBP 980.00 zzgl. MwSt."])
APARADOR_PDF = mailcraft.pdf(["Merriweather Restoration - Presupuesto P-2611-23",
                              "Aparador de caoba: encolado, chapa y barniz a muneca",
                              "Recogida y entrega en Cheltenham incluidas",
                              "Total GBP 760.00"])
FACTURA_PDF = mailcraft.pdf(["Merriweather Restoration - Factura detallada F-2611-055",
                             "Mesa de comedor: dano por agua, reclamacion al seguro",
                             "Total GBP 1,020.00 + IVA"])


def png(name: str, data: bytes) -> tuple[str, str, bytes]:
    return ("image/png", name, data)


def pdf(name: str, data: bytes) -> tuple[str, str, bytes]:
    return ("application/pdf", name, data)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("m01-walnut-bureau-veneer", "en", "closed", {},
      "Harriet Lowe <harriet.lowe@example.com>", "gmail", "Lifting veneer on a walnut bureau",
      "Estimate from photos: cost, time and collection from Frome answered out of order in one "
      "paragraph; the customer's reply only thanks.",
      cu("11-02 09:14", """Hello,

I've inherited my grandfather's walnut bureau (1920s I think - fall front, three long
drawers, brass escutcheons) and the veneer on the fall front has lifted in a couple of
places. There's also a chip about the size of a thumbnail missing right by the lock.
Photos attached, sorry they're a bit dark, the room doesn't get much light.

Roughly what would it cost to re-lay the loose veneer and patch the chip? And how long
would you need it for? We're in Frome, so I'm not sure whether that's within your
collection area or whether I should bring it over myself.

Many thanks,
Harriet Lowe""", attach=[png("bureau_fall_front.png", BUREAU_PNG)]),
      ag("imogen", "11-02 14:40", """Dear Mrs Lowe,

Thank you for the photos - they're clear enough to go on. Frome is no trouble at all,
it's well inside our area and the van is over your way most Thursdays, so there's no
need to bring it yourself. Re-laying lifted veneer on a fall front and letting in a
patch of matched walnut by the lock usually comes to £180-£240; where it lands depends
on whether the lifted areas go back down with heat and fresh animal glue or have to be
lifted fully and re-laid. We'd have the bureau for about three weeks, mostly because
the patch needs to settle before it's coloured in and polished.

If you'd like to go ahead, just reply and we'll find a Thursday that suits.

Kind regards,
Imogen"""),
      cu("11-03 08:02", """That's really helpful, thank you. I'll talk to my brother (it's half his!) and come
back to you.

Harriet""", thanks=True),
      ),
    C("m02-bentwood-cafe-chairs", "en", "pending", {"unanswered-question": 1},
      "Tom Okafor <tom@tinworkscafe.example>", "outlook", "Re-caning six bentwood chairs",
      "Café owner asks price per seat, hand v sheet cane and a Saturday drop-off; the reply "
      "covers cane and prices and skips the Saturday question.",
      cu("11-16 11:20", """Hi there,

We run a small café in Stroud and six of our bentwood chairs have the cane seats going
(two have actually gone through, which customers find hilarious and I don't).

Could you give me a rough price per seat for re-caning? I've read about hand caning versus the pre-woven sheet that gets pressed into a groove - which would ours need, and is there much difference in how long they last? Also, is it possible to drop them off on a Saturday morning? Saturdays are the only day I've got my brother-in-law's van.

Thanks,
Tom Okafor
The Tin Works Café""", uq=1),
      ag("imogen", "11-16 15:05", """Hi Tom,

Thanks for getting in touch. Turn one of the chairs over: if there's a row of holes
drilled right through the seat rail, it was hand caned; if there's a groove around the
top with a strip of cane (the spline) glued into it, it takes sheet cane. You can't
really swap one for the other without altering the chair.

Hand caning is £75-£85 a seat depending on size, sheet cane £55 a seat including the
new spline. On a domestic chair hand caning lasts twenty years or more; in a busy café
expect less from either, but the hand caned seat is the tougher of the two and can be
repaired in patches, which sheet cane can't.

Best wishes,
Imogen"""),
      ),
    C("m03-insurance-leak-dining-table", "en", "closed",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Sarah Whitcombe <s.whitcombe@example.org>", "thunderbird",
      "Water damaged dining table - insurance claim",
      "Insurance repair: report promised 'by Monday' comes on Tuesday after the customer chases "
      "because the loss adjuster needs it; her later question about the leaves is answered.",
      cu("11-03 10:05", """Good morning,

A pipe burst in the flat above us last week and water came through the ceiling onto our
mahogany extending dining table. The top has gone cloudy and one edge of the
cross-banding is lifting. Our insurer (Ashgrove Mutual, claim AM-559201) has told me to
get a repair estimate from a specialist.

Can you inspect it and give me a written estimate that an insurer will accept? Does the
loss adjuster need to see the table before you start, or can you go ahead? And will you
deal with the insurer over payment, or do I pay you and claim it back?

Sarah Whitcombe"""),
      ack("11-03 10:06"),
      ag("priya", "11-03 15:30", """Dear Ms Whitcombe,

I'm sorry to hear about the leak. Yes - we do insurance work every week and our reports
are accepted by all the major insurers, Ashgrove included. The usual order is: we
collect the table, Ned (our head restorer) examines it, and we write a report with the
cause of damage and a costed repair. Loss adjusters almost always want that report
before any work starts, so we won't touch it until the insurer has agreed.

On payment: if Ashgrove confirm in writing that they'll settle with us directly, we
invoice them and you pay only your excess. Otherwise you pay us and claim it back.

Callum can collect the table on Thursday morning between 9 and 11.

Kind regards,
Priya"""),
      cu("11-03 18:12", """Thursday morning is fine, I'll be in from 9. Thank you!

Sarah""", thanks=True),
      ag("ned", "11-05 16:20", """Dear Ms Whitcombe,

The table came in this morning. The water has bloomed the polish (the white cloudiness)
over about a third of the top and raised the grain at the window end. The cross-banding
has lifted along roughly 40cm of the long edge, but the glue line underneath is clean,
so it will go back down. The good news is that the frame and the leaves are dry and
sound.

I'll write this up properly with costs and send the report for your insurer by Monday.

Ned""", promises=[("11-09", 7)]),
      cu("11-10 09:40", """Hello,

Just following up on the report Ned mentioned - the loss adjuster rang yesterday asking
for it and I had nothing to send her. Could you let me know when it will be ready?

Her email is below.

Sarah Whitcombe

-------- Forwarded Message --------
Subject: Claim AM-559201 - specialist report
Date: Mon, 9 Nov 2026 16:48:12 +0000
From: Dawn Featherstone <d.featherstone@ashgrovemutual.example>
To: Sarah Whitcombe <s.whitcombe@example.org>

Dear Ms Whitcombe,

Could you please send me the restorer's report by the end of this week? Has the table
been moved from the property, and if so where is it now?

Kind regards,
Dawn Featherstone
Loss Adjuster, Ashgrove Mutual""", chase=True),
      ag("priya", "11-10 14:15", """Dear Ms Whitcombe,

I'm sorry, this should have reached you yesterday. The report for Ashgrove is attached:
re-lay the cross-banding, strip and re-polish the top, and lightly re-polish the leaves
so they match. £1,140 plus VAT.

Kind regards,
Priya""", attach=[pdf("MR-IR-2611-07_report.pdf", INSURANCE_PDF)]),
      cu("11-10 16:02", """Thank you, I've sent it on to the adjuster. One thing I wondered when reading it - will
the top look noticeably different from the leaves once it's been stripped and
re-polished? We use the table fully extended at Christmas.

Sarah"""),
      ag("ned", "11-11 09:30", """Dear Ms Whitcombe,

It shouldn't. That's why the leaves are in the report: we take them back a little and
build them up with the same polish, and I colour the top to the leaves rather than the
other way round. Fully extended at Christmas, nobody will spot the join.

Ned"""),
      ),
    C("m04-georgian-chest-collection", "en", "closed", {},
      "Graham Pell <graham.pell@example.net>", "iphone", "Collecting the Georgian chest of drawers",
      "Collection logistics (two men, empty the drawers, van on Tuesday) answered; thanks-only "
      "reply.",
      cu("11-04 19:48", """Hi,

Just confirming the Georgian chest of drawers is ready to go whenever your van can come.
It's on the first floor and the stairs are narrow with a turn - will your driver manage
it on his own or should I find someone to help? And do we need to empty the drawers
first?

Graham

Sent from my iPhone"""),
      ag("callum", "11-05 08:55", """Morning Graham,

No need to find help - we always send two on a collection. Please do empty the drawers;
we take them out and wrap them separately, so the carcass is lighter on the stairs and
nothing slides about in the van.

The van will be with you on Tuesday 10th between 10 and 12.

Callum"""),
      cu("11-05 09:10", """Perfect, thanks Callum.

Sent from my iPhone""", thanks=True),
      ),
    C("m05-dining-table-finish-advice", "en", "closed", {},
      "Anjali Mehta <anjali@mehtafamily.example>", "gmail", "French polish on a family dining table?",
      "Three bulleted questions about durability, cork mats and heat resistance, each answered "
      "inline under the quoted question.",
      cu("11-06 13:22", """Dear Merriweather,

You re-polished our rosewood sofa table last spring and it looks lovely. We're now
thinking of having the dining table done the same way, but I have some worries:

- Will French polish stand up to everyday family meals? We have two boys under eight.
- Can we use place mats with cork backs, or do those mark it?
- Is there any way to make it more heat resistant, or should we go for a different
  finish altogether?

Best wishes,
Anjali Mehta"""),
      ag("ned", "11-06 17:05", """Dear Dr Mehta,

Answers below.

> - Will French polish stand up to everyday family meals? We have two boys under eight.

Honestly, it will mark. Shellac is soft and dislikes heat, water and alcohol. With two
boys I'd expect a few rings a year - they can be taken out, but it's worth knowing
before you commit.

> - Can we use place mats with cork backs, or do those mark it?

Cork backs are fine. Avoid rubber or PVC backs: in a warm room they can soften and
stick to the polish.

> - Is there any way to make it more heat resistant, or should we go for a different
>   finish altogether?

We can finish the top in a catalysed lacquer, rubbed back so it looks very close to
French polish, and polish the legs and frieze traditionally. Plenty of clients with
young families do exactly that, and it costs about £60 more than polish alone.

Best,
Ned""", quote=False),
      cu("11-07 10:11", """Thank you, that's exactly what I needed to know. We'll go for the lacquer top and I'll
ring next week to book it in.

Anjali""", thanks=True),
      ),
    C("m06-oak-sideboard-ring-marks", "en", "closed",
      {"missed-follow-up": 1, "customer-chased": 2},
      "Bernard Collier <bcollier@example.com>", "outlook", "White ring marks on oak sideboard",
      "'I'll check with him and get back to you' (no deadline) is only answered after two "
      "chases, the second one written as a reply to the customer's own first chase.",
      cu("11-05 09:30", """Good morning,

I have an oak sideboard, 1930s and Heal's I believe, with several white ring marks on
the top from a party (glasses put down wet, I'm told). Is this something you can deal
with in your workshop, and could it be done before Christmas? We have the family coming
on the 20th December.

Regards,
Bernard Collier"""),
      ag("imogen", "11-05 12:10", """Dear Mr Collier,

White rings are moisture trapped in the top layer of the finish, and they usually come
out without stripping anything - it's work we do nearly every week, so yes, we can
certainly deal with it.

Whether we can fit it in before Christmas depends on Ned's bench, as he is booking up
December this week. I'll check with him and get back to you.

Kind regards,
Imogen""", promises=[("window", 5)]),
      cu("11-10 08:45", """Dear Imogen,

I don't think I have heard back about the sideboard - is there room before Christmas?

Regards,
Bernard Collier""", chase=True),
      cu("11-12 14:02", """Dear Sirs,

This is now my third email about the sideboard. I would be grateful for a simple yes or
no as to whether you can do it before the 20th December, otherwise I shall have to look
elsewhere.

Bernard Collier""", chase=True, parent=3),
      ag("imogen", "11-12 16:40", """Dear Mr Collier,

I'm very sorry - that's entirely my fault, your emails were sitting under a pile of
December bookings. Yes: Ned can do the sideboard the week of 30 November. Callum would
collect it on Monday 30th and it would be back with you by Friday 4 December, well
before the family arrive.

With apologies,
Imogen"""),
      cu("11-12 17:15", """Thank you. Monday 30th is fine.

Bernard Collier""", thanks=True),
      ),
    C("m07-wing-chair-traditional", "en", "pending", {"unanswered-question": 1},
      "Fiona Drummond <fiona@drummondhouse.example>", "apple", "Re-upholstering a Victorian wing chair",
      "Own fabric and metres answered, the springs question (re-tie or replace) is answered "
      "with the stuffing instead; collection then booked by a colleague.",
      cu("11-12 20:15", """Hello,

I have a Victorian wing chair that was re-covered (badly) in the 1970s. The seat sags and
you can feel the springs when you sit down. I'd like it properly re-upholstered in
traditional materials - horsehair, hessian and so on rather than foam.

I'd like to supply my own fabric (a William Morris linen) - is that all right, and how many metres would I need? And when you strip it, will you re-tie the existing springs or replace them? I'd rather keep whatever is original where it can be saved.

Photos attached.

Fiona Drummond""", uq=1, attach=[png("wing_chair.png", TABLE_PNG)]),
      ag("imogen", "11-13 10:30", """Dear Fiona,

Of course you can supply your own fabric. For a wing chair this size we'd need 7 metres
of a 137cm-wide cloth, but with a Morris pattern to centre and match across the wings,
allow 8.

We upholster traditionally throughout: jute webbing, hessian, coir and horsehair
stuffing with stitched edges, calico, then the top cover - no foam anywhere. Where the
old horsehair is clean we tease it out and re-use it. A full traditional re-upholstery
of a wing chair is £850-£1,050 in labour and materials, excluding your fabric.

Best wishes,
Imogen"""),
      cu("11-13 11:02", """Thank you - 8 metres ordered! Could it be collected the week of the 23rd?

Fiona"""),
      ag("callum", "11-16 09:10", """Hello Fiona,

Yes - Tuesday 24th, between 1 and 3pm. The fabric can come with the chair.

Callum"""),
      ),
    C("m08-windsor-chair-spindle", "en", "open", {},
      "Owen Pritchard <owen.p@example.net>", "gmail", "Broken spindle on a Windsor chair",
      "A fresh enquiry on the audit day with only the acknowledgement: open, inside the response "
      "target.",
      cu("11-20 09:41", """Hi,

Our dog has managed to snap one of the back spindles on an old elm Windsor chair (I think
it's 19th century, it has a pierced splat). Could you turn a replacement spindle, and
would it match the others in colour? Roughly what would that cost?

Thanks,
Owen"""),
      ack("11-20 09:42"),
      ),
    C("m09-longcase-clock-case", "en", "open", {"awaiting-reply": 1},
      "Margaret Ellery <m.ellery@example.org>", "thunderbird", "Oak longcase clock case",
      "Three questions about a worm-eaten clock case, acknowledged by the robot and never "
      "answered: awaiting reply.",
      cu("11-18 15:10", """Dear Sir or Madam,

We have an oak longcase clock (the movement is being serviced separately by a
clockmaker). The hood door has a split down one side and the plinth at the bottom of the
trunk has been badly eaten by woodworm - it crumbles if you press it.

Do you work on clock cases? Would the plinth need replacing, or can worm-damaged wood be
consolidated? And could you quote from photographs, or would you need to see it?

Yours faithfully,
Margaret Ellery"""),
      ack("11-18 15:11"),
      ),
    C("m10-gateleg-table-reopened", "en", "pending", {"reopened": 1},
      "Peter Lindqvist <peter@lindqvist.example>", "gmail", "Gateleg table - back home",
      "Care and payment questions answered, then 'I'll mark this job as resolved'; a week later "
      "a gate sticks and the customer writes again in the same thread.",
      cu("11-09 18:20", """Hello,

The gateleg table came back today and it looks beautiful - your driver was very careful
with it on our steps. Two things: how often should I wax it, and which wax would you
recommend? And can I pay the invoice by bank transfer rather than card?

Best regards,
Peter Lindqvist"""),
      ag("imogen", "11-10 09:15", """Dear Mr Lindqvist,

So glad you're pleased with it. Wax no more than twice a year - once the polish has a
good coat of wax, a soft duster is all it needs in between. A pale microcrystalline or
plain beeswax paste is best; avoid silicone sprays. And bank transfer is fine, the
details are at the bottom of the invoice.

I'll mark this job as resolved on our side - thank you again.

Imogen""", closes=True),
      cu("11-16 19:40", """Sorry to come back to this. Since the weekend one of the gates has started to stick
when I swing it out - it catches on the underside of the top about halfway round. Is
that something that will settle, or should the table come back to you?

Peter"""),
      ag("ned", "11-17 11:05", """Dear Mr Lindqvist,

That'll be the new pivot pin we fitted taking up a little moisture now the heating is
on. Rub an ordinary household candle along the top edge of the gate where it touches,
and swing it a few times. If it still catches after a week, Callum will pick the table
up and I'll ease it - no charge.

Ned"""),
      ),
    C("m11-partners-desk-leather", "en", "closed",
      {"unanswered-question": 1, "many-handoffs": 1},
      "Richard Asante <richard.asante@asanterowe.example>", "owa", "New leather for partners' desk",
      "Three agents (estimate, van, accounts) on one case; the colleague's promise is kept; the "
      "question about insurance while the desk is in the workshop is never answered.",
      cu("11-09 09:05", """Good morning,

Our firm has a Victorian mahogany partners' desk whose leather top is cracked and worn
through in places. We'd like a new hide with a gold-tooled border. What would that cost,
and which colours do you offer? Could you also send examples of the tooling patterns?

The desk is at our Cheltenham office and would need to be back before the partners
return on 4 January - is that realistic?

Richard Asante
Office Manager, Asante & Rowe LLP""", kind="alt"),
      ag("imogen", "11-09 13:40", """Dear Mr Asante,

For a desk of that size a new skiver with a gilt line and tooled border is £620; the
colours we stock are green, oxblood, tan and black. The tooling patterns are on the
attached sheet - B is the one most people choose for a partners' desk.

4 January is realistic if the desk is with us by 7 December. Callum looks after the van
diary and will email you about a collection from Cheltenham.

Kind regards,
Imogen""", promises=[("window", 3)], attach=[pdf("desk_leather_patterns.pdf", PATTERNS_PDF)]),
      ag("callum", "11-10 10:20", """Dear Mr Asante,

We could collect from Cheltenham on Thursday 26 November in the morning. We'll need the
drawers emptied; the top itself comes with the desk.

Callum"""),
      cu("11-10 12:30", """Thank you both. The 26th works, and we'll go for pattern B in green.

Please invoice the firm rather than me personally. Do you need a deposit, and if so how much? Could you also confirm whether you're insured while the desk is in your workshop? Our insurers will ask.

Richard Asante""", uq=1),
      ag("priya", "11-11 09:15", """Dear Mr Asante,

Thank you. We take a 30% deposit on leathering work, so £186. The deposit invoice is
made out to Asante & Rowe LLP and went to your accounts address this morning, with our
bank details at the bottom.

Kind regards,
Priya"""),
      ),
    C("m12-ladderback-rush-seats", "en", "closed", {"slow-first-response": 1},
      "Lucy Brennan <lucy.brennan@example.com>", "android", "Rush seats",
      "A Friday-evening question answered on Monday morning (slow first response); the reply "
      "answers both questions; thanks-only close.",
      cu("11-06 17:48", """Hi, found you on the guild website. Do you do re-rushing of ladderback chair seats, or
only cane? I've got four, and one has a hole you could put your foot through. What sort
of price per chair?

Lucy

Get Outlook for Android"""),
      ag("imogen", "11-09 10:20", """Hello Lucy,

Yes, we re-rush - in natural rush, not paper cord, unless the chairs were made for cord.
A ladderback seat is usually £95-£110 depending on the size, and that includes taking
out the old seat and checking the rails.

Best wishes,
Imogen"""),
      cu("11-09 12:01", """Lovely, thanks. I'll be in touch after Christmas.

Lucy""", thanks=True),
      ),
    C("m13-chaise-longue-questions", "en", "closed", {"unanswered-question": 2},
      "Deborah Finch <debs.finch@example.net>", "gmail", "Grandmother's chaise longue",
      "A numbered list of four questions answered inline only for the first two; the castor and "
      "staged-work questions are dropped.",
      cu("11-10 21:15", """Hello,

My grandmother's chaise longue (Victorian, deep button-back, mahogany show-wood) needs a
lot of love. A few questions before I get carried away:

1. Can the buttoned back be redone in the original deep-buttoned style, and roughly what
   does that cost?
2. The show-wood has gone very dark and sticky - can it be cleaned rather than stripped?
3. One of the castors is missing - do you have period brass castors, or would I need to source one?
4. Would you need the whole thing in the workshop at once, or can it be done in stages to spread the cost?

Thanks so much,
Deborah""", uq=2),
      ag("imogen", "11-11 11:40", """Dear Deborah,

> 1. Can the buttoned back be redone in the original deep-buttoned style, and roughly what
>    does that cost?

Yes - deep buttoning is one of the jobs we enjoy most. For a chaise with the seat
included, expect £1,400-£1,800 in labour and materials, plus the top fabric.

> 2. The show-wood has gone very dark and sticky - can it be cleaned rather than stripped?

Almost certainly cleaned. That stickiness is old wax and grime sitting on the shellac;
once it's off, the polish underneath is often fine and just needs reviving.

Let me know if you'd like to bring it in for us to have a look.

Best wishes,
Imogen""", quote=False),
      cu("11-11 13:02", """Thank you, that's really encouraging!

Deborah""", thanks=True),
      ),
    C("m14-painted-pine-dresser", "en", "pending", {"unanswered-question": 2},
      "Alasdair Kerr <alasdair@kerrfarm.example>", "thunderbird", "Painted pine dresser",
      "Five questions in one long unbroken paragraph; the reply covers stripping, cost, "
      "collection and timing and skips the back board and the lead paint; the van run is "
      "then booked.",
      cu("11-13 07:50", """Morning, we've been clearing out my late mother's farmhouse and there's a big pine dresser that's been painted several times (the bottom layer looks like an old cream lead paint) and my wife would like it back to bare pine, I know dipping is the usual thing but I've read it can loosen the joints and lift the grain so I'd rather know what you'd recommend, would you hand strip it instead and what's the difference in cost, also can you replace the cracked back board on the top part with old pine so it doesn't look new, and if there's lead in the paint is that a problem for you or does it need testing first, we're about 40 miles from you near Hereford so could you collect, and what sort of timescale are we looking at because my wife wants it in the kitchen for Easter.

Cheers,
Alasdair Kerr""", uq=2),
      ag("imogen", "11-13 12:30", """Dear Mr Kerr,

You've read right about dipping - we don't dip for exactly those reasons. We'd hand
strip it with a chemical stripper and scrapers, then wax. That costs more: roughly
£180 more than a dip, so £520-£600 for a dresser of that size.

Hereford is on our fortnightly Welsh run, so collection is no problem, and Easter is
easily achievable - we'd have it back with you by the end of January.

Kind regards,
Imogen"""),
      cu("11-13 13:05", """Great, book us onto the next Welsh run please.

Alasdair"""),
      ag("callum", "11-16 09:00", """Hello Alasdair,

You're on the Welsh run on Thursday 3 December - we'll ring the day before with a time.

Callum"""),
      ),
    C("m15-drop-in-seats-footstool", "en", "closed", {"unanswered-question": 1},
      "Camilla Hart-Davis <camilla@hartdavis.example>", "apple", "Drop-in dining seats",
      "The seats come back; a later mail asks for a footstool quote and mentions the driver's "
      "tape measure - only the tape measure gets a reply.",
      cu("11-02 11:00", """Hello Imogen,

Just wondering when the four drop-in seats might be ready? No rush, I'm only asking as
we have people for lunch on the 15th.

Camilla"""),
      ag("imogen", "11-02 15:10", """Dear Camilla,

They're being covered this week, so they'll be ready on Wednesday 11th and Callum can
deliver them on Thursday 12th - in good time for your lunch.

Imogen"""),
      cu("11-12 16:40", """The seats are back in and they look wonderful, thank you. While I think of it - could you also quote for re-covering the matching footstool in the same fabric? There's about a metre left over.

Also, your driver left his tape measure on our hall table!

Camilla""", uq=1),
      ag("callum", "11-13 08:50", """Hi Camilla,

Thank you - he'd been looking everywhere for it. He's back in Marlborough next Tuesday
and will knock on your door for it then.

Callum"""),
      ),
    C("m16-mid-century-teak", "en", "pending", {},
      "Jonathan Reeve <jreeve@reevebarn.example>", "outlook", "Teak sideboard and rosewood coffee table",
      "Mid-century question answered; the written estimate is promised for Tuesday 24 "
      "November, still ahead at the audit time.",
      cu("11-18 14:00", """Hello,

We have a 1960s G-Plan teak sideboard with sun-faded top and a Danish rosewood coffee
table with a deep scratch across it. Do you work on mid-century pieces, or only older
antiques? If you do, could you estimate for both? Photos attached.

Jonathan Reeve""", attach=[png("sideboard_and_table.png", AFTER_PNG)]),
      ag("imogen", "11-19 09:30", """Dear Mr Reeve,

Mid-century is a good share of our work these days. Teak like yours is oiled rather
than polished, so the faded top can be cleaned back and re-oiled; the rosewood table
will have a lacquer finish, and a deep scratch there is filled and blended.

Ned wants to look at the photos properly, and I'll have the written estimate for both
pieces to you by Tuesday 24 November.

Kind regards,
Imogen""", promises=[("11-24", None)]),
      ),
    C("m17-rocking-chair-collection", "en", "pending", {},
      "Nadia Hussain <nadia.hussain@example.com>", "gmail", "Collecting the rocking chair",
      "Parking answered; 'Callum will email you tomorrow with a slot' kept by Callum the next "
      "morning; the customer's reply only confirms.",
      cu("11-16 10:12", """Hi Imogen, hope you had a good weekend?

When could you collect the rocking chair? We're in Bristol, BS6. Parking on our road is
awful - is that a problem for your van?

Nadia"""),
      ag("imogen", "11-16 13:00", """Hi Nadia,

Parking isn't a problem as long as someone can hold a space near the door for about
twenty minutes - a car moved out as the van arrives works well.

Callum runs the van diary and will email you tomorrow with a slot.

Imogen""", promises=[("11-17", 3)]),
      ag("callum", "11-17 09:40", """Hello Nadia,

We can collect on Thursday 19th between 2 and 4pm.

Callum"""),
      cu("11-17 10:05", """Thursday's perfect, see you then.

Nadia""", thanks=True),
      ),
    C("m18-library-bookcases-revised-quote", "en", "closed", {},
      "Hugh Barrington <hugh@barringtonestates.example>", "owa", "Library bookcases - revised quote",
      "Estate owner with his estate manager in Cc; split invoicing answered, 'the revised quote "
      "by Friday' sent on Thursday, the split percentage confirmed by accounts.",
      cu("11-11 09:00", """Imogen,

Further to your visit, could you revise the quote for the library bookcases? We'd like
to drop the re-gilding of the cornice for now and add the two library steps. Can you
also split the invoice between the house account and the estate?

Hugh Barrington""", cc="Janet Moss <janet.moss@barringtonestates.example>", kind="alt"),
      ag("imogen", "11-11 14:00", """Dear Mr Barrington,

Of course - we can split the invoice however you like; just tell us the proportions.
I'll send the revised quote by Friday.

Kind regards,
Imogen""", promises=[("11-13", 3)]),
      ag("imogen", "11-12 16:30", """Dear Mr Barrington,

The revised quote is attached: bookcases and the two library steps, cornice gilding
removed. £4,860 plus VAT.

Kind regards,
Imogen""", attach=[pdf("Q-2611-112_revised.pdf", REVISED_PDF)]),
      cu("11-13 10:00", """Thank you, approved. Please split it 60/40 house/estate.

Hugh Barrington""", cc="Janet Moss <janet.moss@barringtonestates.example>", kind="alt"),
      ag("priya", "11-13 15:00", """Dear Mr Barrington,

Noted - the invoices will go out 60% to the house account and 40% to the estate, both
with Q-2611-112 as the reference.

Kind regards,
Priya"""),
      ),
    C("m19-inlaid-side-table-resend", "en", "closed",
      {"customer-chased": 1, "slow-first-response": 1},
      "Ewan Macrae <ewan.macrae@example.org>", "gmail", "Split top on an Edwardian side table",
      "No reply for two and a half days, so the customer resends the same mail word for word as a "
      "new message; answered after the resend (slow first response); drop-off question answered.",
      cu("11-09 20:30", """Hello,

I have a small Edwardian inlaid side table with a split in the top running along the
grain (about 25cm) and some of the boxwood stringing has come away around the edge.
Could you let me know whether it's worth repairing and roughly what it would cost?
Photo attached.

Many thanks,
Ewan Macrae""", attach=[png("side_table_split.png", BREAK_PNG)]),
      cu("11-12 08:15", """Hello,

I have a small Edwardian inlaid side table with a split in the top running along the
grain (about 25cm) and some of the boxwood stringing has come away around the edge.
Could you let me know whether it's worth repairing and roughly what it would cost?
Photo attached.

Many thanks,
Ewan Macrae""", attach=[png("side_table_split.png", BREAK_PNG)], parent=0, chase=True),
      ag("imogen", "11-12 11:30", """Dear Mr Macrae,

Apologies - your first email was caught by our spam filter along with its photo, and I
only found it when the second one arrived. It is definitely worth repairing: the split
can be closed and glued, and the loose stringing re-laid with new boxwood where pieces
are missing. Roughly £140-£190 depending on how much stringing is lost.

Kind regards,
Imogen"""),
      cu("11-12 12:00", """Thanks, that's good news. Could I drop it off myself next Wednesday?

Ewan"""),
      ag("imogen", "11-12 14:10", """Yes, Wednesday is fine - we're open 8 till 4.30 and the yard gate will be open.

Imogen"""),
      ),
    C("m20-sabre-leg-photos", "en", "pending", {},
      "Rebecca Stone <rebecca@stonecottage.example>", "iphone", "Broken chair leg",
      "Support asks for photos of the break; the customer's second mail sends them (not a chase); "
      "repair and price follow.",
      cu("11-16 08:30", """Hi,

One of our Regency dining chairs has snapped at the back leg, right where the sabre leg
joins the seat rail. Can it be repaired so you can't see it?

Rebecca

Sent from my iPhone"""),
      ag("ned", "11-16 11:00", """Hi Rebecca,

Usually yes, but it depends on the break. Could you send a close photo of the break
itself, and one of the underside of the seat rail around the joint? A clean break is a
straightforward glue-up; a crumbly one may need a new section of leg.

Ned"""),
      cu("11-16 19:20", """Here you go - the break close up and the underside. The dog knocked it over, in case
you were wondering!

Sent from my iPhone""", attach=[png("break_close_up.png", BREAK_PNG), png("underside.png", AFTER_PNG)]),
      ag("ned", "11-17 09:00", """Hi Rebecca,

Thanks - that's a clean break along the grain. It'll be glued with a concealed dowel
across the joint and the line coloured in, and once it's polished you won't find it.
£95.

Ned"""),
      ),
    C("m21-heat-bloom-gillows-table", "en", "closed", {},
      "Giles Hampton <giles@hamptonandco.example>", "outlook", "Heat mark on mahogany dining table",
      "A rhetorical opening and a self-answered question; the real question (remove the bloom "
      "without a full re-polish) and the visit request are answered by two agents.",
      cu("11-04 09:50", """Morning,

Who puts a hot casserole dish straight onto a French-polished table? My brother-in-law,
that's who. We now have a pale, cloudy patch about the size of a dinner plate in the
middle of our mahogany dining table.

Is it a good table? I believe so - there's a Gillows stamp on the inside of the frieze,
so I'd rather not take any chances with it.

Can you bring the colour back without re-polishing the whole top?

Regards,
Giles Hampton"""),
      ag("ned", "11-04 14:20", """Dear Mr Hampton,

That's heat bloom, and in most cases it can be drawn out with gentle, controlled heat
and then the polish around it revived - no full re-polish. About £120 in the workshop
or £160 at your house. With a Gillows table I'd rather do it on site than move it.

Ned"""),
      cu("11-04 15:00", """On site please. Any day next week except Wednesday.

Giles"""),
      ag("callum", "11-05 09:10", """Dear Mr Hampton,

Ned will be with you on Thursday 12th at 10am. Allow him most of the morning.

Callum"""),
      ),
    C("m22-hotel-chairs-out-of-office", "en", "pending", {"missed-follow-up": 1},
      "Martin Selby <martin.selby@selbyhotels.example>", "outlook", "Loose dining chairs - hotel restaurant",
      "Batches answered; the customer's out-of-office replies to the answer; the formal quote "
      "promised 'by Thursday' never comes although the customer goes ahead.",
      cu("11-10 11:00", """Hello,

We have 24 mahogany dining chairs in the hotel restaurant and a good number of them are loose at the joints - guests have started to notice. Could you quote for re-gluing all of them, and could the work be done in batches so we're never short of chairs in the restaurant?

Kind regards,
Martin Selby
General Manager, The Selby Arms Hotel"""),
      ag("imogen", "11-10 15:30", """Dear Mr Selby,

Yes, batches are how we usually do hotel work. We'd take 8 chairs at a time, knock
them apart, clean out the old glue and re-glue with hide glue, which gives ten working
days per batch. Budget £55 a chair, more if any joints need new wood.

I'll send you the formal quote for all 24 by Thursday.

Kind regards,
Imogen""", promises=[("11-12", None)]),
      auto("11-10 15:31", """Thank you for your email. I am out of the office until Monday 16 November with limited
access to email. For anything urgent please contact reception on 01608 555 0192.

Martin Selby""", subject="Automatic reply: RE: Loose dining chairs - hotel restaurant", quote=False),
      cu("11-16 09:20", """Thanks Imogen, please go ahead with the first batch of 8. When could you collect them?

Martin"""),
      ag("callum", "11-16 14:00", """Dear Mr Selby,

We can collect the first eight on Wednesday 25 November at 9am through the goods
entrance, if that suits the kitchen.

Callum"""),
      ),
    C("m23-college-windsor-chairs", "en", "closed", {"unanswered-question": 1},
      "Paul Devereux <bursar@staldhelms.example>", "outlook", "Library Windsor chairs - quotation",
      "College bursar with the librarian in Cc; the quote and vacation dates are answered, the "
      "public liability certificate is never sent; the librarian's access question is answered.",
      cu("11-12 10:30", """Dear Merriweather Restoration,

Our college library has 18 Windsor chairs (c.1900, elm seats) that need attention: loose joints, a few broken spindles, and the finish worn through on most of the seats. Could you quote for the whole set? We would need the work done over the Christmas vacation - the college closes on 18 December and reopens on 11 January.

Please could you also provide a copy of your public liability insurance certificate, which our procurement team needs before we can raise a purchase order.

I have copied in our librarian, Ms Okonjo, who can arrange access.

Kind regards,
Paul Devereux
Bursar, St Aldhelm's College""", uq=1, cc="Grace Okonjo <g.okonjo@staldhelms.example>"),
      ag("imogen", "11-12 16:00", """Dear Mr Devereux,

For all 18 chairs - re-gluing, six replacement spindles turned in ash, and the seats
cleaned back and re-finished - the quote is £2,340 plus VAT. The vacation suits us
well: we would collect on 18 December and return them on 8 January.

Kind regards,
Imogen"""),
      cu("11-13 09:00", """Dear Imogen,

On the 18th the library loading bay is off Chapel Lane and the porters can help from 8am. Could your driver ring the porters' lodge on arrival, on 01993 555 0140?

Best wishes,
Grace Okonjo
College Librarian""", frm="Grace Okonjo <g.okonjo@staldhelms.example>",
         cc="Paul Devereux <bursar@staldhelms.example>"),
      ag("callum", "11-13 11:30", """Dear Ms Okonjo,

Noted - the driver will ring the lodge from Chapel Lane when he arrives on the 18th.

Callum"""),
      ),
    C("m24-probate-condition-report", "en", "closed", {},
      "Fenella Marsh <f.marsh@marshprobate.example>", "outlook", "Estate of A. Trent - condition report",
      "Solicitor with a confidentiality disclaimer; visit fee and date answered, the report "
      "promised 'within a week of the visit' sent in time.",
      cu("10-28 10:00", """Dear Sirs,

We act for the executors of the late Mr A. Trent. The estate includes a Regency rosewood breakfast table and a pair of bergère chairs which the beneficiaries may wish to have restored before they go to auction. Could you inspect them at the property in Cirencester and provide a written condition report with costed recommendations? Please also confirm your fee for the visit.

Yours faithfully,
Fenella Marsh
Senior Associate, Marsh Probate Solicitors

CONFIDENTIALITY: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Marsh Probate Solicitors is authorised and regulated by the Solicitors Regulation Authority."""),
      ag("imogen", "10-28 15:00", """Dear Ms Marsh,

We can visit on Wednesday 4 November. The visit fee is £75, deducted from any work
that follows. Ned will inspect both pieces and you'll have the written report within a
week of the visit.

Kind regards,
Imogen""", promises=[("11-11", 4)]),
      cu("10-28 16:30", """Wednesday 4th is fine. The keys are with the neighbour at no. 12.

Fenella Marsh""", thanks=True),
      ag("ned", "11-09 11:00", """Dear Ms Marsh,

Please find attached the condition report for the breakfast table and the bergère
chairs, with costed recommendations for each.

Ned""", attach=[pdf("Trent_condition_report.pdf", CONDITION_PDF)]),
      cu("11-09 14:00", """Thank you for such a thorough report. I shall take the executors' instructions.

Fenella Marsh""", thanks=True),
      ),
    C("m25-bureau-bookcase-delivery", "en", "pending",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Dan Whitlock <dan.whitlock@example.com>", "gmail", "Bureau bookcase delivery",
      "'I'll confirm the delivery date by end of day' comes the next afternoon, after a chase.",
      cu("11-16 09:00", """Hi,

The bureau bookcase was due back this week I think - when will it be delivered? I need to be home for it as the glazed doors won't go past the dog without supervision.

Dan"""),
      ag("callum", "11-16 11:20", """Hi Dan,

It had its final coat of wax on Friday and just needs the glass back in. I'll confirm
the delivery date by end of day once I've seen tomorrow's route.

Callum""", promises=[("11-16", 4)]),
      cu("11-17 15:30", """Hi Callum, no word yesterday - do you have a date yet? I'm trying to book the day off.

Dan""", chase=True),
      ag("callum", "11-17 16:10", """Sorry Dan - Friday 20th, between 8 and 10am.

Callum"""),
      ),
    C("m26-designer-trade-enquiry", "en", "pending", {"unanswered-question": 1},
      "Priscilla Vane <priscilla@vaneinteriors.example>", "owa", "Trade enquiry - pier mirrors and ottoman",
      "HTML-only mails from Outlook on the web; trade rate and examples (a link) answered, the "
      "request to work with her upholstery supplier is not; her reply only thanks.",
      cu("11-17 11:00", """Hello,

I'm an interior designer working on a house in Chipping Norton. My client has a pair of Victorian gilt pier mirrors that need cleaning and re-gilding in places, and a Victorian ottoman to re-upholster.

Do you offer a trade rate for designers? Would you be able to coordinate directly with my upholstery supplier, Loomhouse, so the fabric goes straight to you? And could you send a few examples of gilding work you've done?

Many thanks,
Priscilla Vane
Vane Interiors""", kind="html", uq=1),
      ag("imogen", "11-17 15:00", """Dear Priscilla,

Yes - registered designers get 10% off labour, and we invoice you rather than your
client if you prefer. Our gilding work (mirrors, frames and a pair of console tables)
is here: https://merriweatherrestoration.example/work/gilding?ref=trade

Kind regards,
Imogen"""),
      cu("11-18 09:00", """Perfect, thank you - I'll be in touch once the client has signed off.

Priscilla""", kind="html", thanks=True),
      ),
    C("m27-care-instructions-link", "en", "closed", {},
      "Tessa Goodwin <tessa.goodwin@example.net>", "iphone", "Care instructions?",
      "A care question answered with nothing but a link.",
      cu("11-05 20:00", """Hi, the table you polished for us is back and looks amazing. Do you have written care instructions anywhere? I want to make sure our cleaner doesn't go near it with spray polish!

Tessa

Sent from my iPhone"""),
      ag("ned", "11-06 08:40", """https://merriweatherrestoration.example/care/french-polish

Ned""", sig=False),
      ),
    C("m28-workshop-visit", "en", "pending", {},
      "Ruth Ainsworth <ruth.ainsworth@example.org>", "thunderbird", "Visiting the workshop",
      "A request to visit answered with a bare 'Of course.'; the reply only confirms.",
      cu("11-17 12:00", """Dear Imogen,

Would it be possible for us to come and see my mother's bureau while it's being worked on? She is 91 and would love to see the workshop.

Ruth Ainsworth"""),
      ag("imogen", "11-17 14:30", """Of course.

Imogen"""),
      cu("11-18 09:30", """Lovely. We'll aim for next Tuesday afternoon.

Ruth""", thanks=True),
      ),
    C("m29-boardroom-table-go-ahead", "en", "closed", {"unanswered-question": 1},
      "Simon Fairley <simon@fairleyarchitects.example>", "outlook", "Boardroom table and chairs - go ahead",
      "Go-ahead with a start-date question (answered) and an invoicing request with the job "
      "reference (never acknowledged); a signature with a question and a '?' URL.",
      cu("11-10 14:20", """Hi Imogen,

Following your visit, please go ahead with the re-gluing and re-polish of the boardroom table and the eight chairs. Please invoice the practice rather than me - Fairley Architects Ltd, 4 Abbey Mews, Tewkesbury GL20 5AA - and put our job reference FA-2291 on it. When do you think you could start?

Thanks,
Simon

Simon Fairley RIBA
Fairley Architects
Planning a project? https://fairleyarchitects.example/contact?from=email""", uq=1),
      ag("imogen", "11-10 16:45", """Dear Simon,

Thank you - we'll start on Monday 23 November. Callum will collect the table and chairs
that morning from 8.30, so if someone could be there to open up that would be ideal.

Kind regards,
Imogen"""),
      ),
    C("m30-piano-stool", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Helen Charteris <helen.charteris@example.com>", "apple", "Piano stool - polish and upholstery",
      "The upholstery price promised 'by Wednesday' comes on Friday; whether the horsehair is "
      "worth keeping is never answered; collection booked.",
      cu("11-09 10:00", """Hello,

We'd like to have our Edwardian piano stool re-upholstered and its walnut frame polished. Could you tell me the price for both? Also, is the stool's original horsehair stuffing worth keeping, or would you replace it?

Helen Charteris""", uq=1),
      ag("imogen", "11-09 13:00", """Dear Mrs Charteris,

Polishing the walnut frame is £110. The upholstery depends on the fabric, so I'll send
you the price with a couple of fabric options by Wednesday.

Kind regards,
Imogen""", promises=[("11-11", 3)]),
      ag("imogen", "11-13 11:00", """Dear Mrs Charteris,

Sorry this is later than I said. The prices are on the attached sheet: £145 with the
green cotton velvet we have in stock, or £120 with your own fabric.

Kind regards,
Imogen""", attach=[pdf("piano_stool_prices.pdf", STOOL_PDF)]),
      cu("11-13 12:30", """Thank you, the green velvet please. Can you collect it?

Helen"""),
      ag("callum", "11-16 10:00", """Dear Mrs Charteris,

Tuesday 24th in the morning - we'll ring when we're on our way.

Callum"""),
      ),
    C("m31-insurer-approved-chest", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Keith Dunmore <keith.dunmore@example.net>", "android", "Insurance claim HX-44718 - chest on chest",
      "Accounts promise to confirm direct payment and a collection date by Friday, never do; the "
      "customer's chase a week later is unanswered too.",
      cu("11-10 08:10", """Hi, my insurer says they've approved your estimate for the chest on chest (claim HX-44718). What happens now?

Keith

Get Outlook for Android"""),
      ag("priya", "11-10 12:00", """Dear Mr Dunmore,

Good news. I'll confirm with the insurer that they'll pay us directly, and let you know
a collection date by Friday.

Kind regards,
Priya""", promises=[("11-13", None)]),
      cu("11-17 09:30", """Hi Priya, haven't heard anything since last week - have the insurers been in touch? Still waiting for a collection date.

Keith

Get Outlook for Android""", chase=True),
      ),
    C("m32-bergere-sofa-january", "en", "pending", {},
      "Olivia Brandt <olivia.brandt@example.com>", "thunderbird", "Re-caning a bergère sofa",
      "Price, time and a January slot answered; the booking reply's References skip two "
      "messages; collection confirmed.",
      cu("11-11 10:00", """Hello,

We have a 1920s bergère sofa with double cane sides and back, and the seat cane has
torn right across. How long would re-caning the whole sofa take, and roughly what does
it cost?

Olivia Brandt"""),
      ag("imogen", "11-11 15:00", """Dear Ms Brandt,

A double-caned bergère sofa is a big job - about three weeks in the workshop. For the
seat, back and both sides, expect £1,100-£1,300.

Kind regards,
Imogen"""),
      cu("11-12 09:00", """Thank you. Do you have space in January?

Olivia"""),
      ag("imogen", "11-12 11:30", """Yes - the week of 11 January is free at the moment.

Imogen"""),
      cu("11-16 18:00", """Please book it in for that week. Could Callum collect it on the Monday?

Olivia""", refs=[1, 4]),
      ag("callum", "11-17 09:00", """Dear Ms Brandt,

Booked: collection on Monday 11 January between 10 and 12.

Callum"""),
      ),
    C("m33-club-chairs-leather", "en", "pending", {},
      "Anthony Greer <anthony.greer@example.org>", "gmail", "Cracked leather club chairs",
      "Re-colour or re-cover answered in a reply that lost its threading headers; the customer's "
      "reply only informs.",
      cu("11-18 11:00", """Hello,

Do you restore leather club chairs? The hide on the arms of our pair is badly cracked. Can it be re-coloured, or does it need re-covering?

Anthony Greer"""),
      ag("ned", "11-18 16:00", """Dear Mr Greer,

Yes, we do. Crazed and cracked leather on the arms can usually be cleaned, filled and
re-coloured - about £220 a chair. If the hide has split right through, we re-cover the
arm panels in new leather, coloured and distressed to match the rest.

Ned""", thread=False),
      cu("11-19 09:10", """Thanks - they're crazed rather than split. I'll bring them in on Saturday.

Anthony""", thanks=True),
      ),
    C("m34-linen-press-base64", "en", "pending", {"slow-first-response": 1},
      "Yusuf Demir <yusuf.demir@example.com>", "gmail", "Linen press with warped doors",
      "A Friday-night enquiry (base64 body) answered on Monday morning; the follow-up price "
      "question answered the same day.",
      cu("11-13 22:10", """Hello,

We've bought a Victorian mahogany linen press at auction and the doors are warped so they don't close properly. Can warped doors be straightened, or do they need new panels? One of the sliding trays inside is also missing - could you make a replacement to match? The cornice is loose too but I assume that's simple.

We'd like it to look original rather than restored.

Yusuf Demir""", cte="base64"),
      ag("ned", "11-16 09:30", """Dear Mr Demir,

Warped linen press doors usually have a twisted frame rather than bad panels. We can
often pull the twist out by re-setting the joints; new panels are a last resort. A
replacement tray we'd make in old mahogany from our stock, with the runners and lip to
match the others, and once it's polished it will sit with the rest. The cornice is a
quick re-glue.

Ned"""),
      cu("11-16 10:00", """Thank you! What would the total be, roughly?

Yusuf""", cte="base64"),
      ag("ned", "11-16 15:00", """Roughly £480-£620, the tray being the biggest part of it.

Ned"""),
      ),
    C("m35-card-table-deposit", "en", "pending", {},
      "Chloe Sutton <chloe.sutton@example.com>", "iphone", "Card table - deposit",
      "Two questions (bank transfer, reference) answered together in one line with the details.",
      cu("11-18 13:00", """Hi, got your estimate for the card table and happy to go ahead. Can I pay the deposit by bank transfer, and what reference should I use?

Chloe

Sent from my iPhone"""),
      ag("priya", "11-18 16:00", """Dear Ms Sutton,

Yes: sort code 40-12-77, account 61028844, reference MR-CT-3381 (your job number).

Kind regards,
Priya"""),
      ),
    C("m36-burr-elm-veneer", "en", "closed", {"missed-follow-up": 1},
      "Gregory Tate <g.tate@tatecollection.example>", "apple", "Burr elm veneer - fall front",
      "'I'll check with our veneer supplier and come back to you early next week' (said on a "
      "Thursday) never kept; the case goes quiet.",
      cu("10-29 10:00", """Dear Imogen,

A piece of burr elm veneer about 10 x 6 cm is missing from the fall front of my bureau. Can you match burr elm? It's quite a wild figure. Could you also look at the handles - one of them is a later replacement in the wrong style.

Gregory Tate"""),
      ag("imogen", "10-29 14:00", """Dear Mr Tate,

Burr elm is one of the hardest to match, because no two sheets look alike. I'll check
with our veneer supplier whether they have a sheet with a similar figure and come back
to you early next week. The odd handle we can replace: we have a caster who makes
period-correct copies from an original, about £35.

Kind regards,
Imogen""", promises=[("11-03", None)]),
      cu("10-29 15:00", """Thanks Imogen, I'll wait to hear.

Gregory""", thanks=True),
      ),
    C("m37-chesterfield-seat-leather", "en", "closed",
      {"unanswered-question": 2, "missed-follow-up": 1, "customer-chased": 1},
      "Jasmine Okoro <jasmine@okorostudio.example>", "gmail", "Chesterfield re-leathering",
      "Loan-sofa question skipped; 'I'll come back to you tomorrow with a date' kept four days "
      "late by a colleague after a chase; the VAT question is never answered.",
      cu("11-04 14:00", """Hi,

We have a Chesterfield sofa, about 40 years old, in oxblood leather. The seat cushions have split and the buttons on the back keep popping out. Can you re-leather just the seat and re-button the back, or does the whole thing need doing for the colour to match? What's the rough cost difference? Also - do you hire out or lend anything while it's away? It's our only sofa!

Thanks,
Jasmine""", uq=1),
      ag("imogen", "11-04 17:00", """Hi Jasmine,

Seat only is possible, but new hide next to 40-year-old hide will look brighter, so we
antique the new leather to bring it close. The whole sofa would be about £3,200; the
seat with re-buttoning of the back is about £1,350.

Best wishes,
Imogen"""),
      cu("11-05 09:00", """OK - seat and re-buttoning with the antiquing, please. When could you fit it in? And is the £1,350 including VAT?

Jasmine""", uq=1),
      ag("imogen", "11-05 11:00", """Lovely. Let me check the workshop diary with Ned, and I'll come back to you tomorrow
with a date.

Imogen""", promises=[("11-06", 6)]),
      cu("11-10 10:00", """Hi Imogen, just checking in on a date for the sofa?

Jasmine""", chase=True),
      ag("ned", "11-10 15:00", """Hi Jasmine,

Imogen is away this week, sorry for the wait. We can take the sofa on Monday 30
November and it will be with us for about eight working days.

Ned"""),
      ),
    C("m38-tunbridge-ware-workbox", "en", "pending", {"unanswered-question": 1},
      "Henry Wolfe <henry.wolfe@example.net>", "outlook", "Tunbridge ware workbox",
      "Customer in Boston (UTC-5); the job and an estimate from photos answered, the safest "
      "way to post it is not; his reply only thanks.",
      cu("11-17 08:15", """Hello,

Attached are photos of a Tunbridge ware workbox that belonged to my great-aunt. The lid's mosaic is missing a few tesserae in one corner and the hinge has pulled out of the back. Is it something you'd take on, given how small it is? If so I'd like an estimate from the photos before I send it over - and what's the safest way to post it to you?

Best regards,
Henry Wolfe""", uq=1, attach=[png("workbox_lid.png", WORKBOX_PNG)]),
      ag("ned", "11-17 14:00", """Dear Mr Wolfe,

Small jobs are very welcome. We keep a stock of tesserae salvaged from broken Tunbridge
ware, so the missing ones can be matched properly, and the hinge will be re-set with
new pins in the original holes. From the photos, £160-£200.

Ned"""),
      cu("11-17 15:00", """Thank you, that's very reasonable.

Henry""", thanks=True),
      tz=-5),
    C("m39-de-biedermeier-sekretaer", "de", "closed", {"unanswered-question": 1},
      "Klaus Behrendt <k.behrendt@behrendt-praxis.example>", "outlook_de",
      "Biedermeier-Sekretär: Politur und Furnier",
      "German: conservative re-polish and cost answered, the question whether anyone repairs old "
      "locks is skipped; collection date answered.",
      cu("11-09 19:30", """Sehr geehrte Damen und Herren,

wir haben einen Biedermeier-Sekretär (Kirschbaum, um 1830) aus dem Nachlass meiner Eltern aus Dresden mitgebracht. Die Schellackpolitur ist an der Schreibklappe stark abgenutzt, und an zwei Stellen hat sich das Furnier gelöst.

Können Sie die Politur so erneuern, dass der Charakter des Möbels erhalten bleibt, also keine spiegelglatte Neupolitur? Was würde das ungefähr kosten? Außerdem klemmt das Schloss der Schreibklappe - gibt es bei Ihnen jemanden, der alte Schlösser instand setzt?

Mit freundlichen Grüßen
Klaus Behrendt""", uq=1),
      ag("katrin", "11-10 10:15", """Sehr geehrter Herr Behrendt,

vielen Dank für Ihre Anfrage. Wir arbeiten bei solchen Stücken konservierend: Die alte
Politur wird gereinigt und nur dort ergänzt, wo sie durchgerieben ist, sodass die
Patina erhalten bleibt. Das gelöste Furnier wird mit Glutinleim wieder aufgelegt. Für
Politur und Furnier rechnen Sie bitte mit etwa 650 bis 800 £.

Mit freundlichen Grüßen
Katrin Vogel"""),
      cu("11-10 20:00", """Vielen Dank, das klingt sehr gut. Wann könnten Sie den Sekretär abholen?

Klaus Behrendt"""),
      ag("katrin", "11-11 09:00", """Sehr geehrter Herr Behrendt,

am Donnerstag, 19. November, vormittags zwischen 9 und 12 Uhr.

Mit freundlichen Grüßen
Katrin Vogel"""),
      ),
    C("m40-de-eichentisch-ferienhaus", "de", "pending",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Sabine Krämer <sabine.kraemer@kraemer-haus.example>", "gmail_de",
      "Eichentisch mit gebrochenem Bein",
      "German, customer in Aachen (UTC+1): 'ich melde mich morgen' about a collection date is "
      "only kept after 'gibt es schon etwas Neues?' four days later.",
      cu("11-11 08:30", """Guten Tag,

in unserem Ferienhaus in Broadway steht ein Eichentisch, bei dem ein Bein direkt an der Zarge abgebrochen ist. Können Sie den Tisch abholen, während wir nicht da sind? Der Schlüssel liegt beim Nachbarn. Und können Sie mir vorab sagen, ob sich die Reparatur überhaupt lohnt? Fotos im Anhang.

Viele Grüße
Sabine Krämer""", attach=[png("tischbein.png", BREAK_PNG)]),
      ag("katrin", "11-11 11:00", """Liebe Frau Krämer,

eine Abholung ohne Sie ist kein Problem, wenn der Nachbar uns hereinlässt. Und ja, die
Reparatur lohnt sich: Ein Bruch an der Zarge lässt sich verleimen und mit einem
Holzdübel verstärken, danach sieht man davon kaum etwas. Wegen des Termins spreche ich
mit unserem Fahrer und melde mich morgen bei Ihnen.

Viele Grüße
Katrin Vogel""", promises=[("11-12", 4)]),
      cu("11-16 09:00", """Hallo Frau Vogel,

gibt es schon etwas Neues wegen des Abholtermins? Unser Nachbar fragt schon, wann er zu Hause sein muss.

Grüße
Sabine Krämer""", chase=True),
      ag("katrin", "11-16 14:30", """Liebe Frau Krämer,

entschuldigen Sie bitte, das ist untergegangen. Wir holen den Tisch am Mittwoch,
25. November, zwischen 10 und 12 Uhr ab. Könnten Sie das Ihrem Nachbarn ausrichten?

Viele Grüße
Katrin Vogel"""),
      tz=1),
    C("m41-de-einlegesitze", "de", "closed", {},
      "Jürgen Weiß <j.weiss@weiss-familie.example>", "thunderbird_de", "Sechs Einlegesitze neu beziehen",
      "German: three numbered questions answered inline; thanks-only reply.",
      cu("11-03 17:00", """Guten Abend,

wir haben sechs Esszimmerstühle (Mahagoni, 1920er Jahre) mit Einlegesitzen, deren Stoff
verschlissen ist.

1) Was kostet das Neubeziehen pro Sitz?
2) Können wir unseren eigenen Stoff mitbringen?
3) Wie lange dauert das?

MfG
Jürgen Weiß"""),
      ag("katrin", "11-04 09:30", """Guten Tag Herr Weiß,

> 1) Was kostet das Neubeziehen pro Sitz?

85 £ pro Sitz, einschließlich neuer Polsterwatte und Nesselbezug.

> 2) Können wir unseren eigenen Stoff mitbringen?

Ja, gern. Rechnen Sie mit 0,7 m pro Sitz bei 140 cm Stoffbreite.

> 3) Wie lange dauert das?

Etwa zwei Wochen.

Viele Grüße
Katrin Vogel""", quote=False),
      cu("11-04 12:00", """Danke für die schnelle Antwort!

Jürgen Weiß""", thanks=True),
      ),
    C("m42-de-umzugsschaden-schrank", "de", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Annette Hoffmann <annette.hoffmann@example.com>", "gmail_de",
      "Umzugsschaden Kleiderschrank - Kostenvoranschlag",
      "German insurance estimate: 'Ich warte immer noch auf eine Antwort' after four days; the "
      "reply (slow) offers a visit and skips the visit-fee question; the estimate promised 'bis "
      "Dienstag' arrives on Tuesday.",
      cu("11-05 10:00", """Guten Tag,

bei unserem Umzug von München nach Oxford ist unser Gründerzeit-Kleiderschrank (Nussbaum) beschädigt worden: Die Kranzleiste ist abgebrochen, und auf der linken Tür sind tiefe Kratzer. Die Umzugsversicherung verlangt einen Kostenvoranschlag von einem Fachbetrieb.

Könnten Sie sich den Schrank ansehen und uns einen schriftlichen Kostenvoranschlag erstellen? Muss der Schrank dafür in Ihre Werkstatt, oder kommen Sie zu uns? Und nehmen Sie für die Besichtigung eine Gebühr?

Viele Grüße
Annette Hoffmann""", uq=1),
      ack("11-05 09:01"),
      cu("11-09 09:00", """Ich warte immer noch auf eine Antwort auf meine Mail vom Donnerstag. Die Versicherung hat uns eine Frist bis Ende November gesetzt. Könnten Sie sich bitte melden?

Annette Hoffmann""", chase=True, parent=1),
      ag("katrin", "11-09 11:30", """Liebe Frau Hoffmann,

entschuldigen Sie die späte Antwort. Ja, Kostenvoranschläge für Versicherungen
erstellen wir regelmäßig. Der Schrank muss dafür nicht zu uns - Herr Ashdown, unser
Restaurator, kommt zu Ihnen nach Oxford. Passt Ihnen Freitag, 13. November, um 14 Uhr?

Viele Grüße
Katrin Vogel"""),
      cu("11-09 13:00", """Freitag um 14 Uhr passt. Bitte schicken Sie den Kostenvoranschlag auch direkt an die Versicherung (schaden@umzugsschutz.example).

Annette Hoffmann"""),
      ag("katrin", "11-13 16:30", """Liebe Frau Hoffmann,

Herr Ashdown war heute bei Ihnen und hat alles aufgenommen. Den Kostenvoranschlag
erhalten Sie bis Dienstag.

Viele Grüße
Katrin Vogel""", promises=[("11-17", 7)]),
      ag("katrin", "11-17 10:00", """Liebe Frau Hoffmann,

anbei der Kostenvoranschlag. Eine Kopie ist wie gewünscht direkt an
schaden@umzugsschutz.example gegangen.

Viele Grüße
Katrin Vogel""", attach=[pdf("Kostenvoranschlag_KV-2611-09.pdf", KVA_PDF)]),
      tz=1),
    C("m43-de-thonet-schaukelstuhl", "de", "pending", {"unanswered-question": 1},
      "Matthias Lorenz <m.lorenz@lorenz-design.example>", "outlook_de",
      "Thonet-Schaukelstuhl neu einflechten",
      "German: time and price answered, the request in passing to invoice the office is ignored.",
      cu("11-16 14:00", """Hallo,

wir möchten unseren Thonet-Schaukelstuhl neu einflechten lassen (Sitz und Rückenlehne, Wiener Geflecht). Wie lange dauert das derzeit bei Ihnen? Nebenbei: Bitte schicken Sie die Rechnung an mein Büro (Lorenz Design, 12 Harbour Walk, Bristol BS1 5TX), nicht an die Privatadresse.

Gruß
Matthias Lorenz""", uq=1),
      ag("katrin", "11-17 09:00", """Hallo Herr Lorenz,

derzeit etwa vier Wochen. Bei einem Thonet-Schaukelstuhl ist das Geflecht meist
handgeflochten (durchgebohrte Löcher im Rahmen); Sitz und Rückenlehne zusammen kosten
240 £.

Viele Grüße
Katrin Vogel"""),
      ),
    C("m44-fr-commode-marqueterie", "fr", "closed", {},
      "Hélène Marchand <helene.marchand@marchand-famille.example>", "apple_fr",
      "Commode Louis XV - marqueterie",
      "French: marquetry, finish and lead time answered in one reply; thanks-only reply.",
      cu("11-02 18:00", """Bonjour,

Nous avons une petite commode de style Louis XV en marqueterie (bois de rose et amarante) dont plusieurs filets se décollent, et il manque un morceau de placage sur le côté gauche. Pouvez-vous refaire la marqueterie manquante ? Est-ce que vous refaites aussi le vernis, et si oui au tampon ? Enfin, quel serait le délai ?

Cordialement,
Hélène Marchand""", tz=1),
      ag("solene", "11-03 10:00", """Bonjour Madame Marchand,

Oui, nous refaisons la marqueterie manquante avec des bois assortis, et les filets
décollés sont recollés à la colle d'os. Le vernis est repris au tampon, à la gomme-laque,
comme à l'origine - nous ne le remplaçons que là où c'est nécessaire. Comptez environ
cinq semaines.

Bien cordialement,
Solène Marchetti"""),
      cu("11-03 12:00", """Merci beaucoup pour cette réponse détaillée.

Hélène Marchand""", thanks=True, tz=1),
      ),
    C("m45-fr-fauteuil-cabriolet", "fr", "pending",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Jean-Luc Bertin <jl.bertin@example.org>", "gmail",
      "Devis - fauteuil cabriolet",
      "French: 'je reviens vers vous d'ici jeudi avec le devis' kept the next Monday after "
      "'Je me permets de vous relancer'.",
      cu("11-09 09:00", """Bonjour,

Notre fauteuil cabriolet a besoin d'être recouvert, et la garniture refaite en crin comme à l'origine. Pourriez-vous me faire un devis ? J'ai joint des photos. Est-il possible de fournir notre propre tissu ?

Bien cordialement,
Jean-Luc Bertin""", attach=[png("cabriolet.png", TABLE_PNG)], tz=1),
      ag("solene", "11-09 14:00", """Bonjour Monsieur Bertin,

Oui, vous pouvez fournir votre tissu : il en faut 1,5 m en 140 cm de large. Je transmets
vos photos à notre tapissier et je reviens vers vous d'ici jeudi avec le devis.

Bien cordialement,
Solène Marchetti""", promises=[("11-12", 4)]),
      cu("11-16 10:00", """Bonjour Madame Marchetti,

Je me permets de vous relancer concernant le devis pour le fauteuil cabriolet. Auriez-vous du nouveau ?

Cordialement,
Jean-Luc Bertin""", chase=True, tz=1),
      ag("solene", "11-16 15:00", """Bonjour Monsieur Bertin,

Toutes mes excuses pour ce retard. Voici le devis : garniture traditionnelle en crin et
pose de votre tissu, 690 £ au total.

Bien cordialement,
Solène Marchetti""", attach=[pdf("devis_cabriolet.pdf", DEVIS_PDF)]),
      ),
    C("m46-fr-table-acajou", "fr", "closed", {"unanswered-question": 2},
      "Amélie Fournier <amelie.fournier@fournier-avocats.example>", "owa",
      "Restauration d'une table en acajou",
      "French, lawyer's mail with a disclaimer: the burn and rings answered, the extension "
      "leaves and payment in instalments skipped; thanks-only reply.",
      cu("11-10 11:00", """Bonjour,

Je vous écris au sujet d'une table de salle à manger en acajou d'époque victorienne que nous souhaitons faire restaurer. Le plateau présente des auréoles blanches et une brûlure de cigarette près du bord.

Je voudrais savoir si la brûlure peut être effacée sans refaire tout le plateau. Pourriez-vous également me dire si vous restaurez les rallonges en même temps (elles sont plus claires que le plateau) ? Et enfin, acceptez-vous le paiement en plusieurs fois ?

Merci d'avance,
Amélie Fournier

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.""",
         uq=2, tz=1, kind="alt"),
      ag("solene", "11-10 16:00", """Bonjour Madame Fournier,

Pour la brûlure, oui : elle peut être grattée, comblée et retouchée localement, sans
refaire tout le plateau. Les auréoles blanches partent elles aussi sans décapage. Pour
le plateau, comptez environ 350 £.

Bien cordialement,
Solène Marchetti"""),
      cu("11-11 09:00", """Merci. Nous allons réfléchir et reviendrons vers vous.

Amélie Fournier""", thanks=True, tz=1),
      ),
    C("m47-fr-chaises-cannees", "fr", "pending", {},
      "Pierre Lemaire <pierre.lemaire@example.net>", "thunderbird", "Quatre chaises cannées",
      "French: caning method, price and collection answered inline; the reply only confirms.",
      cu("11-17 09:00", """Bonjour,

J'ai quatre chaises cannées dont le cannage est percé.
- Faites-vous le cannage à la main ou avec de la canne en plaque ?
- Quel est le prix par chaise ?
- Pouvez-vous venir les chercher à Cirencester ?

Merci,
Pierre Lemaire"""),
      ag("solene", "11-17 14:00", """Bonjour Monsieur Lemaire,

> - Faites-vous le cannage à la main ou avec de la canne en plaque ?

Les deux, selon la chaise : s'il y a des trous dans la ceinture, à la main ; s'il y a
une rainure, en plaque.

> - Quel est le prix par chaise ?

75 à 85 £ à la main, 55 £ en plaque.

> - Pouvez-vous venir les chercher à Cirencester ?

Oui, sans supplément.

Bien cordialement,
Solène Marchetti""", quote=False),
      cu("11-18 08:00", """Parfait, merci. Je vous les apporte samedi, j'ai la voiture ce week-end.

Pierre""", thanks=True),
      ),
    C("m48-fr-secretaire-livre", "fr", "closed", {"unanswered-question": 1},
      "Claire Dubois-Ashby <claire@dubois-ashby.example>", "gmail", "Secrétaire en acajou",
      "French: delivery date answered; after delivery a second mail asks about a stiff key and "
      "the paid invoice - only the invoice is sent.",
      cu("11-04 10:00", """Bonjour Solène,

Le secrétaire est-il prêt ? Quand pouvez-vous le livrer ?

Claire"""),
      ag("solene", "11-04 14:00", """Bonjour Claire,

Oui, il est prêt. Livraison jeudi 12 novembre entre 9 h et 11 h.

Solène"""),
      cu("11-12 18:00", """Le secrétaire est arrivé, il est magnifique, merci !

Petite question : la clé de l'abattant tourne mal, faut-il la graisser ou pouvez-vous passer y jeter un œil ? Et pourriez-vous m'envoyer la facture acquittée pour mon assurance ?

Claire""", uq=1),
      ag("solene", "11-13 09:30", """Bonjour Claire,

Ravie qu'il vous plaise ! Voici la facture acquittée.

Solène""", attach=[pdf("facture_F-2611-041.pdf", FACTURE_PDF)]),
      ),
    C("m49-es-aparador-caoba", "es", "closed", {},
      "Javier Morales <j.morales@example.com>", "gmail_es", "Presupuesto aparador de caoba",
      "Spanish: price answered with a PDF estimate, collection in Cheltenham confirmed; "
      "thanks-only reply.",
      cu("11-05 12:00", """Hola,

Tengo un aparador de caoba de época victoriana con la chapa levantada en una puerta y el barniz muy gastado. ¿Cuánto costaría restaurarlo? ¿Y podrían recogerlo en Cheltenham?

Un saludo,
Javier Morales"""),
      ag("lucia", "11-05 16:00", """Hola Javier:

Le adjunto el presupuesto: encolado de la chapa, reposición de las piezas que faltan y
barniz a muñeca, 760 £. La recogida y la entrega en Cheltenham están incluidas.

Un saludo,
Lucía""", attach=[pdf("presupuesto_P-2611-23.pdf", APARADOR_PDF)]),
      cu("11-06 09:00", """Muchas gracias, Lucía.

Javier""", thanks=True),
      ),
    C("m50-es-seguro-mesa-comedor", "es", "pending",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Carmen Ortega <carmen.ortega@example.net>", "android", "Fotos y factura para el seguro",
      "Spanish, customer in Seville (UTC+1): 'Le escribo el lunes con todo' kept on Wednesday "
      "after '¿hay alguna novedad? Sigo esperando'.",
      cu("11-11 10:00", """Buenos días,

Les escribo por la reclamación al seguro de la mesa de comedor que están reparando. La aseguradora necesita fotos del antes y del después, y una factura detallada. ¿Me las pueden enviar?

Gracias,
Carmen Ortega""", tz=1),
      ag("lucia", "11-11 16:00", """Buenas tardes, Carmen:

Las fotos del antes las tenemos; las del después las hará Ned el viernes, cuando termine
el barniz. Le escribo el lunes con todo: fotos y factura detallada.

Un saludo,
Lucía""", promises=[("11-16", 4)]),
      cu("11-18 09:00", """Hola Lucía, ¿hay alguna novedad? Sigo esperando las fotos y la factura, y la aseguradora me ha vuelto a escribir.

Carmen""", chase=True, tz=1),
      ag("lucia", "11-18 12:00", """Hola Carmen:

Perdone el retraso. Le adjunto la factura detallada y las fotos de antes y después.

Un saludo,
Lucía""", attach=[pdf("factura_F-2611-055.pdf", FACTURA_PDF), png("antes.png", TABLE_PNG),
                  png("despues.png", AFTER_PNG)]),
      ),
    C("m51-es-sillas-rejilla-butaca", "es", "closed", {"unanswered-question": 2},
      "Andrés Gil <andres.gil@gil-ruiz.example>", "gmail_es", "Sillas de rejilla y una butaca",
      "Spanish: four questions, two answered (method, time); the own-fabric and discount "
      "questions dropped; the customer's second mail sends information and is answered.",
      cu("11-12 19:00", """Hola,

Quisiera restaurar seis sillas de rejilla (estilo Thonet) y una butaca tapizada. Tengo varias dudas: ¿la rejilla la hacen a mano o con malla prefabricada? ¿Cuánto tiempo tardarían con las seis sillas? Quisiera saber también si pueden tapizar la butaca con una tela que compré en España. Por último, ¿hacen descuento si se encargan todas las piezas juntas?

Un saludo,
Andrés Gil""", uq=2),
      ag("lucia", "11-13 10:00", """Hola Andrés:

Depende de las sillas: si el asiento tiene agujeros en el marco, la rejilla se teje a
mano; si tiene una ranura, se pone malla prefabricada. Para las seis sillas, unas
cuatro semanas.

Un saludo,
Lucía"""),
      cu("11-13 11:00", """Tienen agujeros. Le mando una foto de una de ellas.

Andrés""", attach=[png("silla.png", BREAK_PNG)]),
      ag("lucia", "11-13 15:00", """Gracias, Andrés. Entonces a mano: 95 £ por silla.

Lucía"""),
      ),
    C("m52-es-comoda-fuga-agua", "es", "pending", {},
      "Marta Villalobos <marta.villalobos@example.org>", "iphone", "Cómoda dañada por una fuga",
      "Spanish insurance enquiry: both questions answered; a visit day declined with an "
      "alternative.",
      cu("11-17 10:00", """Hola, ¿qué tal?

Mi seguro de hogar cubre la reparación de una cómoda que se dañó con una fuga de agua. ¿Ustedes trabajan directamente con aseguradoras? ¿Necesitan ver la cómoda antes de hacer el presupuesto o les basta con fotos?

Marta

Enviado desde mi iPhone"""),
      ag("lucia", "11-17 15:30", """Hola Marta:

Sí, trabajamos con aseguradoras a menudo y, si la suya lo confirma por escrito, les
facturamos directamente. Con fotos le podemos dar una estimación, pero para el
presupuesto que pide la aseguradora necesitamos ver la cómoda.

Un saludo,
Lucía"""),
      cu("11-18 09:00", """Perfecto. ¿Pueden venir a verla el jueves?

Enviado desde mi iPhone"""),
      ag("lucia", "11-18 11:00", """El jueves no nos es posible. ¿Le va bien el lunes 23 por la mañana?

Lucía"""),
      ),
    C("m53-es-banco-iglesia", "es", "open", {"awaiting-reply": 1},
      "Rafael Domínguez <rafael.dominguez@example.com>", "outlook", "Banco de iglesia de roble",
      "Spanish, customer in Madrid (UTC+1): a painted oak pew, two questions, no reply after "
      "two days.",
      cu("11-18 20:00", """Buenas tardes,

Vivo en Madrid, pero tengo una casa en Stow-on-the-Wold con un banco de iglesia de roble que alguien pintó de blanco. ¿Podrían restaurarlo allí mismo, sin llevárselo? ¿Cuánto costaría aproximadamente quitar la pintura? Le adjunto fotos.

Saludos,
Rafael Domínguez""", attach=[png("banco.png", PEW_PNG)]),
      tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "m02-bentwood-cafe-chairs": ["Also, is it possible to drop them off on a Saturday morning?"],
    "m07-wing-chair-traditional": [
        "And when you strip it, will you re-tie the existing springs or replace them?"],
    "m11-partners-desk-leather": [
        "Could you also confirm whether you're insured while the desk is in your workshop?"],
    "m13-chaise-longue-questions": [
        "One of the castors is missing - do you have period brass castors, or would I need to source one?",
        "Would you need the whole thing in the workshop at once, or can it be done in stages to spread the cost?"],
    "m14-painted-pine-dresser": [
        "can you replace the cracked back board on the top part with old pine so it doesn't look new",
        "if there's lead in the paint is that a problem for you or does it need testing first"],
    "m15-drop-in-seats-footstool": [
        "could you also quote for re-covering the matching footstool in the same fabric?"],
    "m23-college-windsor-chairs": [
        "Please could you also provide a copy of your public liability insurance certificate, which our "
        "procurement team needs before we can raise a purchase order."],
    "m26-designer-trade-enquiry": [
        "Would you be able to coordinate directly with my upholstery supplier, Loomhouse, so the fabric "
        "goes straight to you?"],
    "m29-boardroom-table-go-ahead": [
        "Please invoice the practice rather than me - Fairley Architects Ltd, 4 Abbey Mews, Tewkesbury "
        "GL20 5AA - and put our job reference FA-2291 on it."],
    "m30-piano-stool": [
        "Also, is the stool's original horsehair stuffing worth keeping, or would you replace it?"],
    "m37-chesterfield-seat-leather": [
        "do you hire out or lend anything while it's away?",
        "And is the £1,350 including VAT?"],
    "m38-tunbridge-ware-workbox": ["what's the safest way to post it to you?"],
    "m39-de-biedermeier-sekretaer": [
        "gibt es bei Ihnen jemanden, der alte Schlösser instand setzt?"],
    "m42-de-umzugsschaden-schrank": ["Und nehmen Sie für die Besichtigung eine Gebühr?"],
    "m43-de-thonet-schaukelstuhl": [
        "Bitte schicken Sie die Rechnung an mein Büro (Lorenz Design, 12 Harbour Walk, Bristol BS1 5TX), "
        "nicht an die Privatadresse."],
    "m46-fr-table-acajou": [
        "Pourriez-vous également me dire si vous restaurez les rallonges en même temps (elles sont plus "
        "claires que le plateau) ?",
        "Et enfin, acceptez-vous le paiement en plusieurs fois ?"],
    "m48-fr-secretaire-livre": [
        "la clé de l'abattant tourne mal, faut-il la graisser ou pouvez-vous passer y jeter un œil ?"],
    "m51-es-sillas-rejilla-butaca": [
        "Quisiera saber también si pueden tapizar la butaca con una tela que compré en España.",
        "¿hacen descuento si se encargan todas las piezas juntas?"],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice136 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
