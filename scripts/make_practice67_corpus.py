#!/usr/bin/env python3
"""Regenerate ``tests/practice67/``: a labelled corpus of Highfold Roofing & Guttering.

A support mailbox of a fictional domestic roofing contractor around Bristol and Bath
(slipped tiles and storm leaks, gutters and downpipes, fascias and soffits, flat roofs,
chimneys and lead work, rooflights, surveys and reports for buyers, insurers and mortgage
lenders, quotes, deposits, invoices and guarantees), written without looking at the
detection heuristics, with many multi-question customer mails. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``highfoldroofing.example``.

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

Usage: python scripts/make_practice67_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "highfoldroofing.example"
ORDERS = "Highfold Roofing Enquiries <enquiries@highfoldroofing.example>"

AGENTS = {
    "dan": ("Dan Kerslake <dan.kerslake@highfoldroofing.example>", "thunderbird", """-- 
Dan Kerslake
Surveyor & Estimator | Highfold Roofing & Guttering
0117 496 0412 | https://highfoldroofing.example/surveys?ref=sig"""),
    "shona": ("Shona McAvoy <shona@highfoldroofing.example>", "outlook", """Shona McAvoy
Office & Scheduling | Highfold Roofing & Guttering
Unit 3, Ashgrove Trading Estate, Bristol BS4 5QT | 0117 496 0400
Water coming in out of hours? Call our emergency line on 07700 900412."""),
    "priya": ("Priya Raman <accounts@highfoldroofing.example>", "owa", """Priya Raman
Accounts | Highfold Roofing & Guttering
This email and any attachments are confidential. If you have received it in error,
please tell us and delete it. Highfold Roofing Ltd, registered in England No. 07719354."""),
    "gethin": ("Gethin Rowlands <gethin@highfoldroofing.example>", "iphone", """Gethin Rowlands
Repairs Team Lead | Highfold Roofing & Guttering

Sent from my iPhone"""),
    "katja": ("Katja Brenner <katja.brenner@highfoldroofing.example>", "thunderbird_de", """-- 
Katja Brenner
Kundenbetreuung (Deutsch) | Highfold Roofing & Guttering
https://highfoldroofing.example/de?utm_source=mail"""),
    "amelie": ("Amélie Rousseau <amelie@highfoldroofing.example>", "apple_fr", """Amélie Rousseau
Service client (français) | Highfold Roofing & Guttering
+44 117 496 0427"""),
    "lucia": ("Lucía Ferrer <lucia@highfoldroofing.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Highfold Roofing & Guttering
https://highfoldroofing.example/es?ref=firma"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Highfold Roofing & Guttering. This is an automatic reply to let
you know your message has reached us (reference {ref}). The office is open Monday to
Friday, 8am to 5pm, and a member of the team will reply within one working day.

If water is coming into your home right now, please ring our emergency line on
07700 900412 instead of waiting for an email.

Highfold Roofing & Guttering
https://highfoldroofing.example/contact?ticket={ref}""",
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
    "oldclient": ["X-Mailer: Windows Live Mail 16.4.3528.331"],
    "helpdesk": ["X-Mailer: Highfold Desk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hf.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice67", title="Highfold Roofing & Guttering", desk=ORDERS, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="HB-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

GARAGE_QUOTE_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Quotation Q-1203",
                                  "Garage re-roof, 6.1 x 3.2 m, box profile steel sheet, anthracite",
                                  "Removal of asbestos cement sheets by licensed partner, consignment note",
                                  "Total GBP 2,460.00 + VAT. Valid 60 days."])
FASCIA_QUOTE_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Presupuesto Q-1191",
                                  "Fascias, sofitos y canalones de PVC blanco - fachada y trasera",
                                  "Con canalones: GBP 3,150 + IVA / Sin canalones: GBP 2,380 + IVA"])
CHIMNEY_DEVIS_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Devis Q-1188",
                                   "Rejointoiement de la souche et solins en plomb neufs",
                                   "Echafaudage de toit compris - total GBP 1,480 HT"])
INVOICE_4471_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Invoice HF-4471 (copy)",
                                  "Re-roof, 8 Elmdale Road, completed 26 June 2026",
                                  "Total GBP 11,640.00 inc. VAT - PAID 3 July 2026"])
GUARANTEE_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Workmanship Guarantee",
                               "This roof is guaranteed against defects in workmanship for 10 years",
                               "from the date of completion. Keep this certificate with your deeds."])
INVOICE_4498_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Invoice HF-4498 (revised)",
                                  "New half-round guttering and downpipes, front and rear",
                                  "Total GBP 1,140.00 inc. VAT"])
DEPOSIT_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Deposit invoice HF-4530",
                             "Full re-roof per quotation Q-1187, start 30 November 2026",
                             "Deposit 20 %: GBP 2,340.00 - Lloyds 30-94-57 / 22081946"])
SURVEY_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Roof survey report",
                            "Covering sound overall; two cracked ridge tiles (front)",
                            "Gutters blocked at rear; no structural concerns."])
DRY_RIDGE_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Quotation Q-1179",
                               "Dry ridge system, 9.6 m, two end caps, 3 replacement ridge tiles",
                               "Total GBP 1,120.00 + VAT"])
INSURER_REPORT_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Storm damage report",
                                    "Claim ref CLM-55102. Storm of 31 October 2026.",
                                    "14 tiles displaced, chimney lead lifted. Repaired 2 Nov: GBP 640 inc VAT"])
PAYMENT_PLAN_PDF = mailcraft.pdf(["Highfold Roofing & Guttering - Payment schedule",
                                  "30 % on start (7 Dec), 40 % at halfway, 30 % on sign-off"])
ROOF_PHOTO_PNG = mailcraft.png(12, 9, lambda x, y: (150 + 6 * x, 70 + 4 * y, 60))
BAY_PHOTO_PNG = mailcraft.png(10, 10, lambda x, y: (110 + 5 * y, 115 + 5 * y, 120 + 3 * x))
CHIMNEY_PHOTO_PNG = mailcraft.png(8, 12, lambda x, y: (170 - 4 * y, 90 + 3 * x, 80))

CASES: list[Case] = [
    C("r01-marsh-slipped-tiles", "en", "closed", {},
      "Helen Marsh <helen.marsh@postbox.example>", "gmail", "Tiles slipped after the wind",
      "Three questions (visit this week, rough cost, loft access) answered in the reply's own words; thanks-only close.",
      cu("11-02 08:15", """Hi there,

After Saturday night's wind we've got three or four tiles that have slipped on the back roof - you can see the felt underneath from the garden. It isn't leaking inside yet as far as I can tell.

Could someone come out and look at it this week? Roughly what does it cost to put a few tiles back? I'm guessing it depends how high up they are. And would you need to get into the loft, or is it all done from outside?

Thanks,
Helen Marsh
14 Cotswold Road, Bedminster"""),
      ag("shona", "11-02 11:40", """Hi Helen,

Sorry to hear the wind got you. I've put Gethin down for Thursday 5th, arriving between 8 and 10am.

Most jobs like this are done from a ladder and come to £120-£220, depending on how many tiles have gone and whether any are broken; if he needs a tower to reach them we'll give you the price before he starts. It's all outside work - he'd only come in if you spot a damp patch on a ceiling before then.

Kind regards,
Shona"""),
      cu("11-02 12:05", """Thursday's great, thanks Shona!

Helen""", thanks=True)),

    C("r02-ashdown-three-lets", "en", "closed", {"unanswered-question": 1},
      "Robert Ashdown <r.ashdown@ashdownproperty.example>", "outlook", "Gutter clearing - three properties",
      "Landlord books three gutter clears and separate invoices; his question about an annual maintenance contract is passed over.",
      cu("11-03 09:20", """Hello,

I have three rented houses in south Bristol and I'd like all their gutters cleared before the winter: 22 Nutgrove Avenue, 5 Hengrove Lane and 41 Wedmore Vale. The tenants have all been told to expect someone, so could you let me know when you could fit them in? Please send a separate invoice for each property, as they are owned under different arrangements and my accountant insists on it. I know it's a bit of a leap, but do you offer any kind of annual maintenance contract, so that I don't have to remember to ring you every October?

Best regards,
Robert Ashdown
Ashdown Property""", uq=1),
      ag("shona", "11-03 14:10", """Dear Robert,

Thank you - I've booked all three for Tuesday 10 November, one after the other in the order you listed them, starting around 8:30am at Nutgrove Avenue. Each is £95 for a standard two-storey clear with a downpipe flush.

You'll get three invoices, one per address, with the address in the reference line.

Kind regards,
Shona""")),

    C("r03-dhar-garage-asbestos", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Sunita Dhar <sunita.dhar@icloud-mail.example>", "iphone", "Garage roof replacement",
      "Both questions answered at once; the quote promised 'by Friday' arrives the next Tuesday after a chase - late, so missed.",
      cu("11-09 19:05", """Hello,

We've just bought a house with a 1970s garage at the bottom of the garden. The roof is those corrugated grey sheets and the surveyor said they're probably asbestos cement. We'd like it replaced with something modern, maybe box profile steel.

Can you quote for that? And can you take the old sheets away, or do we have to get a specialist in for that part ourselves?

Thanks
Sunita

Sent from my iPhone"""),
      ag("dan", "11-10 10:30", """Hi Sunita,

Yes to both. We do garage re-roofs in box profile steel or a fibre cement alternative, and the old sheets go with our licensed asbestos partner, who bag them, take them away and give you a waste consignment note - you don't need to arrange anything.

I've got the sizes from the estate agent's plan, but the disposal charge goes by weight, so I need to check it with them first. I'll have the full quote with you by Friday.

Best,
Dan""", promises=[("11-13", 4)]),
      cu("11-17 08:50", """Hi Dan, any news on the garage quote? We've got a builder starting on the driveway next month and I'd like to line the two up.

Sunita

Sent from my iPhone""", chase=True),
      ag("dan", "11-17 12:20", """Hi Sunita,

Apologies - the disposal figure took longer than it should have. Quote attached: £2,460 + VAT all in, including removal of the old sheets and the consignment note. It's a two-day job and we can start any time from the week of 7 December, so it can go in ahead of your driveway.

Best,
Dan""", attach=[("application/pdf", "Q-1203-garage.pdf", GARAGE_QUOTE_PDF)])),

    C("r04-okafor-inline-survey", "en", "closed", {},
      "Martin Okafor <martin@okafor-home.example>", "thunderbird", "Survey report - chimney",
      "Three questions about a survey report answered inline under each quoted line, one with just 'Ten years.'",
      cu("11-04 20:30", """Hi Dan,

Thanks for the survey report, very thorough. A few things I'd like to understand before we go ahead:

Is the chimney flashing what's causing the damp on the bedroom wall?
Would you do the repointing of the stack at the same time?
How long is your guarantee on the lead work?

Regards,
Martin"""),
      ag("dan", "11-05 08:45", """Hi Martin,

> Is the chimney flashing what's causing the damp on the bedroom wall?

Almost certainly. The step flashing on the left side has lifted and the mortar behind it has washed out, so rain runs straight down the inside of the stack.

> Would you do the repointing of the stack at the same time?

Yes, from the same scaffold - no point putting it up twice.

> How long is your guarantee on the lead work?

Ten years.

Dan""", quote=False)),

    C("r05-pearce-storm-leak", "en", "pending", {"unanswered-question": 2},
      "Tom Pearce <tom.pearce@pearcehome.example>", "gmail", "Water coming through the ceiling",
      "Sunday-evening leak: visit and gutters handled, the insurer-report question and the request for photos are not.",
      cu("11-15 19:40", """Hi,

Water is coming through the ceiling of our back bedroom - it started during the rain this afternoon and we've got a bucket under it. I think it's where the extension roof meets the house wall.

Can someone come out tomorrow, or Tuesday at the latest? Will my insurer need a written report from you, or is a phone call from me enough? Please send me photos of whatever you find up there, the insurer will definitely want those. I was also wondering whether you could look at the back gutters while you're up there, since they overflow in heavy rain.

Thanks,
Tom Pearce
07700 900388""", uq=2),
      ag("shona", "11-16 08:10", """Hi Tom,

Sorry to hear that. Gethin will be with you tomorrow (Tuesday) between 8 and 9am to make it watertight - if it is the abutment, he'll put a temporary cover over it and price the permanent repair while he's on the roof. The back gutters are no trouble either; he'll clear them at the same visit so you're not paying for a second call-out.

Kind regards,
Shona""")),

    C("r06-brandt-dachrinne", "de", "closed", {},
      "Jürgen Brandt <juergen.brandt@posteo.example>", "gmail_de", "Undichte Dachrinne",
      "German customer in Bath: repair, rough cost and a Saturday question all answered (no Saturdays, but no need to be home); acknowledgement and a short confirmation.",
      cu("11-06 07:55", """Guten Morgen,

man hat mir gesagt, dass bei Ihnen jemand Deutsch spricht - das ist sehr angenehm.

An unserer Dachrinne vorne links ist die Eckverbindung undicht, bei Regen tropft es direkt vor die Haustür. Können Sie das reparieren? Was kostet so eine Reparatur ungefähr? Und kommen Sie auch samstags? Unter der Woche sind wir beide bis 18 Uhr im Büro.

Mit freundlichen Grüßen
Jürgen Brandt
Widcombe Hill 7, Bath"""),
      ag("katja", "11-06 10:20", """Guten Morgen Herr Brandt,

ja, gern. Meistens ist an der Ecke nur die Dichtung verrutscht oder spröde geworden; wir setzen ein neues Eckstück ein und dichten alles ab. Rechnen Sie mit etwa 85 £ inklusive Mehrwertsteuer.

Samstags sind unsere Teams leider nicht unterwegs. Wir müssen aber nicht ins Haus: Wenn die Einfahrt frei ist, kann Gethin die Reparatur am Dienstag, 10.11., vormittags auch in Ihrer Abwesenheit erledigen. Passt Ihnen das?

Viele Grüße
Katja Brenner"""),
      cu("11-06 12:30", """Hallo Frau Brenner,

Dienstag passt gut, die Einfahrt ist frei. Vielen Dank!

J. Brandt""", thanks=True),
      ag("katja", "11-06 13:05", """Prima, ist eingetragen. Viele Grüße nach Widcombe!

Katja Brenner""")),

    C("r07-kingsmead-flat-roof", "en", "closed", {"missed-follow-up": 1},
      "Claire Fenwick <claire.fenwick@kingsmeadlettings.example>", "outlook", "3A Redland Grove - flat roof",
      "Letting agent: survey booked and invoice addressee confirmed; the written quote promised 'within a couple of days of the visit' never comes.",
      cu("11-02 10:05", """Good morning,

We manage 3A Redland Grove on behalf of the landlord, Mr Harcourt. The tenant reports a damp patch under the flat roof of the rear kitchen, and from the photos she sent the felt looks cracked and blistered.

Could you arrange a survey and quote for either repairing or replacing the flat roof? The tenant, Ms Adeyemi, works from home and can give access on any weekday (07700 900517). The invoice should be addressed to Mr Harcourt, c/o Kingsmead Lettings, not to the tenant.

Kind regards,
Claire Fenwick
Property Manager
Kingsmead Lettings | 0117 496 0733
This e-mail is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it."""),
      ag("dan", "11-02 15:40", """Dear Claire,

I've spoken to Ms Adeyemi and I'm going round on Wednesday 4th at 11am. I'll send you the written quote, with both the repair and the replacement options, within a couple of days of the visit.

Invoice noted: Mr Harcourt, c/o Kingsmead Lettings.

Regards,
Dan""", promises=[("11-06", None)])),

    C("r08-lachlan-velux", "en", "pending", {},
      "Fiona Lachlan <fiona.lachlan@me-mail.example>", "apple", "Leaking roof window",
      "Acknowledged, then both questions answered: the drip is the flashing kit (a price), blinds are not supplied (where to get them).",
      cu("11-17 09:00", """Hi,

Our Velux in the loft room leaks in heavy rain - it drips from the top corner of the frame, not through the glass. Is that something you repair, or do we need Velux themselves? While you're at it, could you fit blackout blinds to it?

Many thanks,
Fiona""", kind="alt"),
      ack("11-17 09:01"),
      ag("gethin", "11-17 13:15", """Hi Fiona,

A drip from the top of the frame is nearly always the flashing kit around the outside rather than the window itself, and that's our job, not Velux's. Replacing the kit is £260 fitted for a standard size, half a day from the roof.

Blinds we don't supply - Velux sell them online using the code on the plate inside the top of the frame, and they clip in without tools.

Gethin""")),

    C("r09-morel-demoussage", "fr", "closed", {"unanswered-question": 1},
      "Claire Morel <claire.morel@orange-mail.example>", "apple_fr", "Démoussage du toit",
      "French customer: price and pet safety answered; whether solar panels are cleaned too is left out.",
      cu("11-05 18:20", """Bonjour,

Notre toit est couvert de mousse côté nord, au point que des morceaux tombent dans la gouttière. Combien coûte un démoussage pour une maison mitoyenne de deux étages ? Nous avons un chat qui se promène souvent sur le toit de l'appentis : est-ce que le produit que vous utilisez est dangereux pour les animaux ? Pourriez-vous aussi me dire si vous nettoyez les panneaux solaires ? Nous en avons huit côté sud.

Merci d'avance,
Claire Morel
Southville, Bristol""", uq=1),
      ag("amelie", "11-06 09:10", """Bonjour Madame Morel,

Pour une maison mitoyenne de cette taille, comptez 380 £ TTC : on retire la mousse à la main, on nettoie les gouttières et on applique un traitement anti-mousse.

Le produit est biodégradable et sans danger une fois sec, c'est-à-dire au bout de deux à trois heures ; il suffit de garder le chat à l'intérieur ce jour-là.

Bien cordialement,
Amélie""")),

    C("r10-navarro-aleros", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Navarro <javier.navarro@correo.example>", "gmail_es", "Presupuesto aleros y canalones",
      "Spanish customer: the gutters question answered, the quote promised for Monday comes on Thursday after '¿Hay alguna novedad?'.",
      cu("11-02 21:10", """Hola:

Las tablas de los aleros (fascias, creo que se llaman aquí) están podridas en varias partes y queremos cambiarlas por PVC blanco. ¿Podrían darnos un presupuesto? También quisiera saber si cambian los canalones en el mismo trabajo o se presupuesta aparte.

Un saludo,
Javier Navarro
Knowle, Bristol"""),
      ag("lucia", "11-03 09:30", """Hola, Javier:

Lo normal es cambiar los canalones a la vez, porque hay que desmontarlos para quitar las tablas; van en el mismo presupuesto pero como partida separada, para que pueda decidir. Dan pasará a medir el jueves 5 por la mañana y le envío el presupuesto el lunes.

Un saludo,
Lucía""", promises=[("11-09", 4)]),
      cu("11-12 08:15", """Hola Lucía:

¿Hay alguna novedad con el presupuesto? Dan vino el jueves, pero seguimos esperando.

Javier""", chase=True),
      ag("lucia", "11-12 11:50", """Hola, Javier:

Tiene toda la razón, disculpe el retraso. Le adjunto el presupuesto: 3.150 £ más IVA con fascias, sofitos y canalones nuevos de PVC blanco; sin los canalones serían 2.380 £.

Un saludo,
Lucía""", attach=[("application/pdf", "presupuesto-Q-1191.pdf", FASCIA_QUOTE_PDF)])),

    C("r11-hollis-ridge-callback", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Graham Hollis <g.hollis@hollisfamily.example>", "gmail", "Cracked ridge tile",
      "Request for a call back; only the automatic acknowledgement; the customer replies to his own mail two days later; no human reply.",
      cu("11-16 10:00", """Hello,

One of the ridge tiles on our bungalow has a crack right across it and a piece has come away. Could someone call me to arrange a visit? I'm on 07700 900246, best after 3pm.

Graham Hollis
Brislington"""),
      ack("11-16 10:01"),
      cu("11-18 11:30", """Hi,

I sent the message below on Monday and haven't heard anything yet, and no one has phoned. Is anybody able to come out? Another bit fell off last night.

Graham""", chase=True)),

    C("r12-whitcombe-paperwork", "en", "closed", {},
      "Andrea Whitcombe <andrea.whitcombe@whitcombe-co.example>", "owa", "Invoice copy and guarantee for remortgage",
      "Both documents sent as attachments with a one-line answer; the ticket is explicitly marked resolved.",
      cu("11-18 09:45", """Hi,

We're remortgaging and the building society wants paperwork for the re-roof you did for us in June. Could you resend invoice HF-4471? I can't find the original anywhere. They also want a copy of the guarantee for the new roof - is that something you can provide?

Best wishes,
Andrea Whitcombe"""),
      ag("priya", "11-18 11:20", """Hi Andrea,

Both attached: a copy of invoice HF-4471 (paid in full on 3 July) and the 10-year workmanship guarantee certificate for the re-roof.

I'll mark this one as resolved, but just reply if the building society needs anything else.

Kind regards,
Priya""", closes=True, attach=[("application/pdf", "HF-4471-copy.pdf", INVOICE_4471_PDF),
                               ("application/pdf", "guarantee-HF-4471.pdf", GUARANTEE_PDF)])),

    C("r13-yates-reopened", "en", "closed", {"reopened": 1},
      "Neil Yates <neil.yates@yatesmail.example>", "thunderbird", "Invoice HF-4498",
      "Invoice corrected and the ticket closed; the customer comes back about a dripping joint and gets a repair visit.",
      cu("11-04 08:30", """Hi Priya,

The final invoice for the new guttering (HF-4498) says £1,240 but the quote was £1,140. Can you check which is right?

Neil"""),
      ag("priya", "11-04 10:15", """Hi Neil,

You're right: the extra £100 was the downpipe to the water butt, which in the end we didn't fit. The corrected invoice for £1,140 is attached. I'll close this ticket now.

Kind regards,
Priya""", closes=True, attach=[("application/pdf", "HF-4498-revised.pdf", INVOICE_4498_PDF)]),
      cu("11-09 17:45", """Hi Priya,

Thanks for sorting the invoice. Unfortunately the new gutter is dripping at the joint above the back door whenever it rains - it's been doing it all weekend. Can someone come and have a look?

Neil"""),
      ag("gethin", "11-10 08:05", """Hi Neil,

Sorry about that - it'll be a joint that hasn't seated properly in its bracket. I'm in Horfield tomorrow, so I'll call in at about 2pm and reseat it. No charge, it's under guarantee.

Gethin""")),

    C("r14-pelham-conservation", "en", "closed", {"missed-follow-up": 1},
      "Ruth Pelham <ruth.pelham@pelham-home.example>", "thunderbird", "Slate re-roof - planning?",
      "Planning question in a conservation area deferred with 'come back to you early next week' (Friday -> Tuesday); nothing follows.",
      cu("11-12 16:20", """Dear Dan,

Thank you for the quotation for re-roofing in natural slate. Before we commit: the house is in the Bathwick conservation area. Do we need planning permission to change from the concrete tiles the previous owners put on back to slate? I'd rather not find out after the scaffold is up.

With best wishes,
Ruth Pelham"""),
      ag("dan", "11-13 10:00", """Dear Ruth,

Good question, and worth asking now. Going back to slate is usually welcomed in a conservation area, but some streets in Bathwick are covered by an Article 4 direction, which can change the answer. Let me check with the council's conservation team and come back to you early next week.

Best regards,
Dan""", promises=[("11-17", None)])),

    C("r15-grant-gutter-options", "en", "pending", {},
      "Olivia Grant <olivia.grant@grantmail.example>", "gmail", "Cast iron or aluminium gutters?",
      "Advice given straight away; both prices promised for 'tomorrow' and sent the next day as a short list.",
      cu("11-16 12:30", """Hi Dan,

We'd like to replace the plastic gutters on our Victorian terrace - they went up in the 90s and look awful. Could you price both cast iron and aluminium for the front? Is cast iron really worth the extra for a house like ours, or is that just nostalgia?

Thanks,
Olivia
Cotham"""),
      ag("dan", "11-16 16:05", """Hi Olivia,

Honestly, on a street-facing Victorian front it's worth it: cast iron lasts 80 to 100 years if it's painted every so often, and it looks right. Cast aluminium is the sensible middle ground - from the pavement it looks almost identical and it never needs painting, but it won't take a knock as well.

I'll price both for the front and send them over tomorrow.

Dan""", promises=[("11-17", 3)]),
      ag("dan", "11-17 11:40", """Hi Olivia,

The front elevation (11.5 m of gutter, two downpipes):

- Cast iron, half round, primed and painted black: £2,180 + VAT
- Cast aluminium, half round, powder coated black: £1,640 + VAT

Both include taking down and disposing of the plastic.

Dan""")),

    C("r16-hoffmann-vermieterin", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Dr. Claudia Hoffmann <c.hoffmann@hoffmann-immobilien.example>", "outlook_de", "Feuchtigkeit Dachgeschoss 12 Clyde Road",
      "Landlady in Hamburg: visit and invoicing answered; photos and assessment promised 'bis Donnerstag' arrive Monday after 'gibt es schon etwas Neues?'.",
      cu("11-09 09:15", """Sehr geehrte Damen und Herren,

ich bin Eigentümerin des Hauses 12 Clyde Road in Redland, das ich vermiete. Mein Mieter meldet, dass die Giebelwand im Dachgeschoss feucht wird.

Bitte schicken Sie so bald wie möglich jemanden vorbei, der sich das ansieht. Der Mieter, Herr Okonjo, ist unter 07700 900631 erreichbar. Die Rechnung bitte an mich und nicht an den Mieter. Könnten Sie mir außerdem Fotos vom Dach schicken? Ich wohne in Hamburg und kann nicht selbst vorbeikommen.

Mit freundlichen Grüßen
Dr. Claudia Hoffmann
Hoffmann Immobilienverwaltung, Hamburg"""),
      ag("katja", "11-09 11:40", """Sehr geehrte Frau Dr. Hoffmann,

ich habe mit Herrn Okonjo gesprochen: Gethin sieht sich das Dach morgen Vormittag an. Die Rechnung geht selbstverständlich an Sie.

Die Fotos und Gethins Einschätzung schicke ich Ihnen bis Donnerstag.

Mit freundlichen Grüßen
Katja Brenner""", promises=[("11-12", 4)]),
      cu("11-16 10:05", """Sehr geehrte Frau Brenner,

gibt es schon etwas Neues? Ich habe bisher weder Fotos noch eine Einschätzung bekommen, und mein Mieter fragt täglich nach.

Mit freundlichen Grüßen
Claudia Hoffmann""", chase=True),
      ag("katja", "11-16 12:30", """Sehr geehrte Frau Dr. Hoffmann,

entschuldigen Sie bitte die Verzögerung. Anbei die Fotos von Gethins Besuch. Ursache ist eine gerissene Bleiverwahrung am Giebel; die Reparatur kostet 340 £ zzgl. MwSt. und ist in einem halben Tag erledigt. Wenn Sie einverstanden sind, planen wir sie für nächste Woche ein.

Mit freundlichen Grüßen
Katja Brenner""", attach=[("image/png", "giebel-blei.png", ROOF_PHOTO_PNG)]),
      tz=1),

    C("r17-ashby-extension-roof", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Priyanka Ashby <p.ashby@ashbyhome.example>", "gmail", "Flat roof on our new extension",
      "Recommendation and duration answered; building control deferred 'by Monday' and never answered; working around the builder skipped.",
      cu("11-05 07:40", """Hi Dan,

Our builders are finishing the kitchen extension and we need someone to do the flat roof (about 4.5 x 3.8 m). They've suggested either felt or rubber. I've read mixed things - which would you recommend, and how long would the job take? Could you also work around our builder, who is on site until the 20th? He's a bit territorial about the scaffold. Lastly, will the roof need building control sign-off separately from the extension?

Cheers,
Priyanka""", uq=1),
      ag("dan", "11-05 13:25", """Hi Priyanka,

EPDM rubber, no contest - one seamless sheet, no torches on site, and a 20-year manufacturer's guarantee on top of ours. For that size it's two days, three if we need to build up the upstands.

Building control is a fair question: the insulation usually sits under the extension's own approval, but I'll check with your inspector and let you know by Monday.

Dan""", promises=[("11-09", None)])),

    C("r18-daley-pigeon", "en", "closed", {},
      "Sam Daley <samdaley@icloud-mail.example>", "iphone", "Blocked downpipe (pigeon!)",
      "A rhetorical question and a self-answered one around one real request, answered with a day and a price.",
      cu("11-09 18:55", """Hi Gethin,

Who knew a single pigeon could block an entire downpipe? The back one overflowed all weekend and apparently it's full of nest. Can you come and clear it, and fit guards on both downpipes at the back so it doesn't happen again?

Oh, and what's my customer number from last time? Actually never mind - it's on the old invoice in the drawer, HF-3920.

Sam

Sent from my iPhone"""),
      ag("gethin", "11-10 07:50", """Hi Sam,

They're very good at it. Thursday 12th around 1pm: clearing the pipe plus two wire balloon guards comes to £95 all in.

Gethin""")),

    C("r19-lefevre-cheminee", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Julien Lefèvre <julien.lefevre@lefevre-fam.example>", "gmail", "Devis cheminée",
      "French customer: scaffold question answered, the quote promised 'd'ici vendredi' comes the next Tuesday after 'Je me permets de vous relancer'.",
      cu("11-03 20:10", """Bonjour Amélie,

Suite à la visite de Dan lundi, pourriez-vous m'envoyer le devis pour le rejointoiement de la cheminée et le remplacement des solins en plomb ? J'aimerais aussi savoir si l'échafaudage est compris dans le prix.

Cordialement,
Julien Lefèvre"""),
      ag("amelie", "11-04 09:05", """Bonjour Monsieur Lefèvre,

Oui, l'échafaudage est compris : pour une cheminée côté rue, nous montons un échafaudage de toit et il est inclus dans le prix. Dan finalise les chiffres ; je vous envoie le devis d'ici vendredi.

Bien cordialement,
Amélie""", promises=[("11-06", 4)]),
      cu("11-10 08:30", """Bonjour Amélie,

Je me permets de vous relancer concernant le devis pour la cheminée : je n'ai toujours rien reçu.

Cordialement,
Julien Lefèvre""", chase=True),
      ag("amelie", "11-10 10:45", """Bonjour Monsieur Lefèvre,

Toutes mes excuses pour ce retard. Voici le devis en pièce jointe : 1 480 £ HT, échafaudage, rejointoiement et solins compris.

Bien cordialement,
Amélie""", attach=[("application/pdf", "devis-Q-1188.pdf", CHIMNEY_DEVIS_PDF)])),

    C("r20-ortega-canalones", "es", "closed", {"unanswered-question": 1},
      "Marta Ortega <marta.ortega@ortega-arquitectura.example>", "outlook", "Cambio de canalones",
      "Spanish customer on Outlook: price and access method answered; the request for last year's guarantee certificate is ignored.",
      cu("11-04 13:10", """Buenas tardes:

Les escribo por los canalones de la fachada principal de casa (Westbury-on-Trym), que están combados y gotean por las juntas. ¿Cuánto costaría cambiarlos por unos nuevos de PVC gris? ¿Trabajan con andamio o con plataforma elevadora? La calle es estrecha y me preocupa el tráfico.

Además, necesito que me envíen el certificado de garantía del trabajo en el tejado que nos hicieron el año pasado; me lo pide el seguro.

Saludos cordiales,
Marta Ortega""", uq=1, cte="quoted-printable"),
      ag("lucia", "11-04 16:40", """Hola, Marta:

Para una fachada como la suya (unos 9 metros de canalón y una bajante), el cambio a PVC gris antracita sale por 620 £ con IVA. Trabajamos desde escaleras con estabilizador y, si hace falta, con una torre móvil en la acera; no hace falta plataforma ni cortar la calle.

Un saludo,
Lucía""")),
]

CASES += [
    C("r21-baxter-scaffold-licence", "en", "pending", {},
      "Will Baxter <will.baxter@baxtercontracts.example>", "owa", "9 Portland Street - scaffold",
      "HTML-only mail from Outlook on the web; who applies for the licence and how long the scaffold stands, both answered.",
      cu("11-18 14:05", """Hi Shona,

We've signed the quote for the re-roof at 9 Portland Street. Two things before you start: do you apply for the scaffolding licence from the council, or is that down to us? And roughly how long will the scaffold be up?

Thanks,
Will Baxter""", kind="html"),
      ag("shona", "11-18 16:30", """Hi Will,

That's all on us - we apply for the pavement licence as soon as a quote is signed, and it's included in the price. The council needs ten working days, so we've pencilled in a start of Monday 7 December. For a job this size expect the scaffold to stand for about three weeks, weather allowing.

Kind regards,
Shona""")),

    C("r22-whitfield-reroof-handoffs", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Karen Whitfield <karen.whitfield@whitfield-home.example>", "outlook", "Going ahead with quote Q-1187",
      "Four listed questions shared out between three agents (start date, living in the house, deposit); the skip question falls between them.",
      cu("11-16 09:30", """Hello,

We're delighted to go ahead with the full re-roof (quote Q-1187). A few practical questions:

When would you be able to start?
How much is the deposit, and how do we pay it?
Can we carry on living in the house while the work is going on? We both work from home.
Will you need to put a skip on our drive, and if so for how long?

Kind regards,
Karen and Phil Whitfield""", uq=1),
      ag("shona", "11-16 11:00", """Dear Karen,

Wonderful, thank you both. We can start on Monday 30 November; the job takes about three weeks. I've passed your other questions to Dan and to Priya in accounts.

Kind regards,
Shona"""),
      ag("dan", "11-16 14:20", """Hi Karen,

Yes, almost everyone stays put. It's noisy from 8 till 4 for the first few days while the old tiles come off, and we'll need to get into the loft on the day the new membrane goes on, but the house is made watertight every night.

Dan""", parent=1),
      ag("priya", "11-16 15:05", """Dear Karen,

The deposit is 20 %, which is £2,340. The invoice is attached with our bank details; you can also pay by card over the phone on 0117 496 0400.

Kind regards,
Priya""", parent=1, attach=[("application/pdf", "HF-4530-deposit.pdf", DEPOSIT_PDF)])),

    C("r23-sheridan-survey-report", "en", "closed", {},
      "Mike Sheridan <mike.sheridan@sheridan-design.example>", "outlook", "Survey report",
      "Report promised 'by Wednesday' on a colleague's behalf and delivered by him on Tuesday.",
      cu("11-09 08:40", """Hi,

Dan surveyed our roof on Friday. When can we expect the report? We need it for the mortgage valuation appointment on the 12th.

Mike Sheridan"""),
      ag("shona", "11-09 09:15", """Hi Mike,

Dan's writing it up this morning - he'll email you the report by Wednesday, well before your appointment.

Kind regards,
Shona""", promises=[("11-11", 3)]),
      ag("dan", "11-10 15:30", """Hi Mike,

Survey report attached. In short: the covering is sound; there are two cracked ridge tiles and the back gutters are blocked, nothing that should worry a valuer.

Dan""", parent=1, attach=[("application/pdf", "survey-report-sheridan.pdf", SURVEY_PDF)])),

    C("r24-fraser-revised-quote", "en", "pending", {},
      "Alan Fraser <alan.fraser@frasers.example>", "gmail", "Leaving the porch out",
      "Start date answered; the revised quote is promised for Monday 23 November, after the audit time - not yet due.",
      cu("11-19 10:10", """Hi Dan,

We've decided to leave the porch out for now and do it next year with the rendering. Could you send a revised quote without it? And does that change the start date at all?

Alan"""),
      ag("dan", "11-19 14:40", """Hi Alan,

No change to the start date, still Monday 14 December. Our merchant's lead price changes on Friday, so I'll send the revised quote on Monday once I've got the new figure - no point quoting you twice.

Dan""", promises=[("11-23", None)])),

    C("r25-ellis-scaffold-week", "en", "pending", {},
      "Hannah Ellis <hannah.ellis@ellis-greenbank.example>", "apple", "Next week",
      "Pleasantry plus three practical questions, answered together; the delivery days and the final invoice are logistics and process, not promises.",
      cu("11-17 19:30", """Hi Shona,

Looking forward to getting the roof done! Hope you're all surviving this rain. A couple of things for the week:

What time will the scaffolders turn up on the first day? Do we need to move our cars off the road outside? And will the scaffold block the side passage? Our neighbours use it to get their bins out.

Thanks so much,
Hannah""", kind="alt"),
      ag("shona", "11-18 09:05", """Hi Hannah,

Just about! The scaffolders deliver on Wednesday from 7:30am and the roofers start on Thursday. Please keep the two spaces directly outside your house free on Wednesday only - once the lorry's gone you can park as normal. The side passage stays open: the scaffold has a walk-through bay in front of it, so the bins will get through fine.

We'll send the final invoice once the job has been signed off.

Kind regards,
Shona""")),

    C("r26-bramley-valley", "en", "closed", {"unanswered-question": 1},
      "Lucy Bramley <lucy.bramley@bramleys.example>", "gmail", "Gutter clearing",
      "Price and days answered; in her booking mail the customer adds a question about the valley gutter, and the reply only confirms the booking.",
      cu("11-05 12:00", """Hello,

How much do you charge to clear the gutters on a semi-detached house? They're full of leaves from the sycamore next door.

Lucy Bramley
Henleaze"""),
      ag("shona", "11-05 14:30", """Hi Lucy,

£85 for a semi, including flushing the downpipes and a photo of each run afterwards so you can see it's clear. We could do Monday 9th or Tuesday 10th.

Kind regards,
Shona"""),
      cu("11-05 20:45", """Great, Tuesday please. One more thing - there's a valley between the two roof slopes at the back that fills up with leaves too. Do you clear that as well, or is that a separate job?

Lucy""", uq=1),
      ag("shona", "11-06 08:30", """Hi Lucy,

Booked for Tuesday 10th at 9am. The team will knock when they arrive.

Kind regards,
Shona""")),

    C("r27-norris-dry-ridge", "en", "closed", {},
      "Peter Norris <peter.norris@norrisandco.example>", "outlook", "Dry ridge quote",
      "Quote attached; the customer's out-of-office answers it; a week later he accepts and asks when, which is answered.",
      cu("11-02 16:00", """Hi Dan,

Further to your visit, please can you quote for replacing the mortar-bedded ridge with a dry ridge system, as we discussed? Does that include new ridge tiles, or do you reuse the old ones?

Peter Norris"""),
      ag("dan", "11-03 09:30", """Hi Peter,

Quote attached: £1,120 + VAT for a dry ridge system along the 9.6 m ridge, including both end caps. We reuse your ridge tiles where they're sound and replace the three cracked ones - it's a common profile, so matching them is easy.

Dan""", attach=[("application/pdf", "Q-1179-dry-ridge.pdf", DRY_RIDGE_PDF)]),
      auto("11-03 09:31", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For anything urgent please call the office on 0117 496 0999.

Peter Norris""", quote=False, subject="Automatic reply: Re: Dry ridge quote"),
      cu("11-10 08:20", """Hi Dan,

Back from holiday and all fine with the quote - please go ahead. When could you fit it in?

Peter""", parent=2),
      ag("dan", "11-10 11:00", """Hi Peter,

Great, thank you. I've booked it in for Thursday 19 November, weather permitting. It's a one-day job and we won't need to come inside.

Dan""")),

    C("r28-schubert-laubschutz", "de", "closed", {"unanswered-question": 1},
      "Helga Schubert <helga.schubert@schubert-online.example>", "thunderbird_de", "Regenrinne Wintergarten",
      "German couple: cleaning booked and how often answered; the request for a leaf-guard quote is not taken up.",
      cu("11-04 10:30", """Sehr geehrte Frau Brenner,

die Regenrinne an unserem Wintergarten läuft seit Wochen über, vermutlich ist sie voller Laub. Können Sie die reinigen? Und wie oft sollte man das eigentlich machen lassen? Wir wohnen erst seit dem Sommer hier und kennen uns mit englischen Häusern noch nicht so gut aus.

Außerdem hätten wir gern ein Angebot für ein Laubschutzgitter für alle Rinnen, damit das nicht jedes Jahr wieder passiert.

Mit freundlichen Grüßen
Helga und Werner Schubert
Charlton Kings""", uq=1),
      ag("katja", "11-04 14:15", """Sehr geehrte Frau Schubert,

gern. Gethin kann die Rinne am Wintergarten am Montag, 9.11., reinigen; das kostet 60 £. Mit großen Bäumen in der Nähe empfehlen wir zweimal im Jahr, Ende November und im Frühjahr, sonst reicht einmal im Herbst.

Mit freundlichen Grüßen
Katja Brenner""")),

    C("r29-castano-informe", "es", "pending", {},
      "Elena Castaño <elena.castano@castano.example>", "android", "Informe del tejado para la venta",
      "Spanish seller on Outlook for Android: whether, how much and how long, all answered in one paragraph; the two-day turnaround is how reports work, not a promise.",
      cu("11-17 08:05", """Buenos días:

Estamos vendiendo la casa y el comprador pide un informe sobre el estado del tejado antes de firmar. ¿Hacen ustedes este tipo de informes? ¿Cuánto cuesta y cuánto tarda en estar listo? Nos gustaría cerrar la venta antes de Navidad.

Gracias,
Elena Castaño

Obtener Outlook para Android"""),
      ag("lucia", "11-17 10:20", """Buenos días, Elena:

Sí, los hacemos a menudo para compraventas. Dan puede ir el jueves 19 por la mañana; el informe, con fotos del dron, suele estar listo dos días laborables después de la visita. El precio es de 180 £ con IVA.

Un saludo,
Lucía""")),

    C("r30-kendal-five-questions", "en", "closed", {"unanswered-question": 2},
      "Jonathan Kendal <j.kendal@kendal-arch.example>", "outlook", "Slate roof, Clifton villa",
      "Five questions in one long paragraph; three answered (TrustMark, booking lead time, reclaimed slate), bay lead work and a quoting charge skipped.",
      cu("11-03 21:15", """Dear Highfold,

We've just bought an 1890s villa in Clifton and, having had three roofers round already, I'm hoping you can give me some straight answers. I should say the roof is Welsh slate and about a quarter of the slates have slipped or cracked, so I suspect we're looking at a full strip and relay. Are you TrustMark registered? The bays on the front have lead roofs which look original, and I'd like to know whether you do lead work on bay windows or whether that needs a specialist. How far out are you booking at the moment? We'd ideally start in the spring. Can you match reclaimed Welsh slate, or would it have to be new Spanish slate? Finally, is there a charge for coming round to quote?

Yours faithfully,
Jonathan Kendal""", uq=2),
      ag("dan", "11-04 10:40", """Dear Jonathan,

Straight answers, then. Yes - TrustMark licence 1042817, and we're NFRC members too. For a strip and relay of that size we're booking into March, so a spring start is realistic if you decide by the new year.

On the slate: we buy reclaimed Welsh slate from a yard in Bridgwater and can usually match size and colour closely. We'd keep your good slates for the front and use reclaimed ones on the back.

Best regards,
Dan""")),

    C("r31-mendes-vat-card", "en", "closed", {},
      "Ana Mendes <ana.mendes@mendeslets.example>", "gmail", "VAT number and paying HF-4512",
      "Answered with just a VAT number and a payment link (with a query string).",
      cu("11-05 11:00", """Hi Priya,

What's your VAT number? The landlord's accountant needs it on file. And can I pay the balance of invoice HF-4512 by card rather than transfer?

Thanks,
Ana"""),
      ag("priya", "11-05 11:45", """Hi Ana,

GB 284 5571 90

Card's fine: https://pay.highfoldroofing.example/invoice/HF-4512?ref=email

Kind regards,
Priya""")),

    C("r32-patel-arrival-time", "en", "pending", {"missed-follow-up": 1},
      "Ravi Patel <ravi.patel@patelhome.example>", "gmail", "Tomorrow's visit",
      "Loft and gate questions answered; the arrival time deferred with 'I'll confirm ... by the end of today', never confirmed.",
      cu("11-18 08:30", """Hi Shona,

Gethin is due tomorrow to fix the flashing around the chimney. What time will he arrive? I have to take my daughter to school, so I'd like to know if I should leave the side gate open. Is there anything I need to move out of the loft beforehand?

Ravi"""),
      ag("shona", "11-18 10:10", """Hi Ravi,

Nothing to move - the flashing is done entirely from the roof side, so he won't need the loft. Gethin's planning his route this afternoon, and I'll confirm his arrival time by the end of today. Leaving the side gate unlocked is a good idea either way.

Kind regards,
Shona""", promises=[("11-18", None)])),

    C("r33-whitmore-weekend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Jess Whitmore <jess.whitmore@whitmore-home.example>", "gmail", "Garage flat roof - puddle and stain",
      "Friday-afternoon mail gets only the acknowledgement; Monday morning 'still waiting'; both questions then answered.",
      cu("11-13 16:30", """Hello,

The flat roof over our garage has a puddle that never drains, and now there's a brown stain on the garage ceiling. Can you come and look? Also, do you do GRP fibreglass roofs? A friend has one and swears by it.

Jess Whitmore
Horfield"""),
      ack("11-13 16:31"),
      cu("11-16 09:00", """Hello again,

I'm still waiting to hear back about the garage roof. Is anyone available to come this week?

Jess""", chase=True),
      ag("shona", "11-16 10:00", """Hi Jess,

Sorry for the wait - the office is closed at weekends. Dan can come on Wednesday 18th at 10am to look at the garage roof. And yes, we lay GRP as well as EPDM rubber; he can talk you through both when he's there.

Kind regards,
Shona""")),

    C("r34-girard-zinc", "fr", "pending", {},
      "Sophie Girard <sophie.girard@girard-famille.example>", "apple_fr", "Gouttières en zinc",
      "French customer: whether zinc is fitted and the lead time, answered with a date and a rough price; thanks-only reply.",
      cu("11-17 17:50", """Bonjour,

Nous aimerions remplacer les gouttières en PVC de notre maison par des gouttières en zinc, comme chez nos voisins. Est-ce que vous posez du zinc ? Quel serait le délai pour une intervention ?

Merci et bonne soirée,
Sophie Girard
Montpelier, Bristol"""),
      ag("amelie", "11-18 09:30", """Bonjour Madame Girard,

Oui, nous posons du zinc naturel et du zinc prépatiné anthracite - c'est d'ailleurs nous qui avons équipé la maison de vos voisins. Nous pouvons intervenir à partir du 7 décembre ; pour une maison comme la vôtre, comptez environ 2 100 £ TTC.

Bien cordialement,
Amélie"""),
      cu("11-18 12:15", """Merci beaucoup, c'est parfait. Nous en parlons ce soir.

Sophie""", thanks=True)),

    C("r35-dominguez-fecha", "es", "pending", {"missed-follow-up": 1},
      "Pablo Domínguez <pablo.dominguez@dominguez.example>", "gmail_es", "Tejas rotas del anexo",
      "Spanish customer: 'no hace falta que estén en casa' answered; the date deferred to 'le escribo mañana', never written.",
      cu("11-16 09:20", """Hola Lucía:

Ya hemos aceptado el presupuesto para cambiar las tejas rotas del anexo. ¿Qué día pueden venir? ¿Hace falta que esté alguien en casa? Trabajamos los dos fuera.

Saludos,
Pablo"""),
      ag("lucia", "11-16 12:00", """Hola, Pablo:

No hace falta que estén en casa; basta con que dejen abierta la puerta del jardín. La fecha depende de cómo se nos quede la semana con la lluvia: lo hablo con Gethin y le escribo mañana con el día.

Un saludo,
Lucía""", promises=[("11-17", None)])),

    C("r36-osei-rooflight", "en", "pending", {"unanswered-question": 1},
      "Kwame Osei <kwame.osei@osei-family.example>", "gmail", "Rooflight dripping",
      "Base64 mail: condensation and a vent explained in full; the request for the building control certificate is not answered.",
      cu("11-17 07:15", """Morning Dan,

Since you fitted the rooflight over the kitchen extension it drips on the inside on cold mornings - not a lot, but enough to mark the worktop. Is that normal, or is something wrong with the seal? Would fitting some kind of vent help? And please send me the building control completion certificate for the extension roof, our solicitor is asking for it for the remortgage.

Kwame""", uq=1, cte="base64"),
      ag("dan", "11-17 11:30", """Morning Kwame,

That's condensation, not a leak - the inside pane is the coldest surface in a warm, steamy kitchen, so moisture settles there first. The seal is fine; I checked it at handover. A trickle vent in the frame would help a lot (we can fit one for £140), and running the extractor while you cook helps too.

Dan""")),

    C("r37-cole-resolved", "en", "closed", {},
      "Ben Cole <ben.cole@colemail.example>", "gmail", "Blocked downpipe",
      "Cleared the same day; reply under a [Resolved] subject; the customer's thanks does not reopen it.",
      cu("11-18 07:30", """Hi,

The downpipe at the front of our house is blocked - water is pouring over the top of the gutter. Can someone unblock it? It's the one you replaced in the summer, so hopefully it's still under guarantee?

Ben Cole
Fishponds"""),
      ag("gethin", "11-18 15:20", """Hi Ben,

I was passing this afternoon so I've cleared it - a tennis ball, believe it or not, wedged in the swan neck. No charge: it wasn't a fault, but it took five minutes. Closing this one off.

Gethin""", subject="[Resolved] Re: Blocked downpipe", closes=True),
      cu("11-18 18:40", """Ha, that'll be the kids. Thanks very much Gethin!

Ben""", thanks=True, subject="Re: [Resolved] Re: Blocked downpipe")),

    C("r38-harrow-insurer-report", "en", "closed", {"customer-chased": 2, "slow-first-response": 1},
      "Diane Harrow <diane.harrow@harrow-home.example>", "outlook", "Report for insurer - claim CLM-55102",
      "Request for an insurer's report chased twice (the second with a References gap) before the report arrives four days later.",
      cu("11-09 09:00", """Good morning,

Your team repaired our roof after the storm on 31 October (Gethin and a colleague). Our insurer now needs a short written report of the damage and the repair, with the cost, before they'll pay out. Could you send one, please? Their claim reference is CLM-55102.

Kind regards,
Diane Harrow"""),
      cu("11-11 10:15", """Hello,

Just following up on my email below about the insurance report. Could you let me know when I'm likely to get it?

Diane Harrow""", chase=True, parent=1),
      cu("11-13 08:40", """Hello,

I'm still waiting for a reply to the two emails below. The insurer has given me until Monday to send the report, otherwise they'll close the claim.

Diane Harrow""", chase=True, parent=2, refs=[1]),
      ag("dan", "11-13 11:00", """Dear Diane,

I'm very sorry - your emails came in while I was off and nobody picked them up. The report is attached: storm damage to 14 tiles and the lead at the chimney, repaired on 2 November for £640 including VAT, with the claim reference at the top.

Regards,
Dan""", attach=[("application/pdf", "storm-report-CLM-55102.pdf", INSURER_REPORT_PDF)])),

    C("r39-tilley-old-client", "en", "closed", {},
      "Margaret Tilley <m.tilley@tilleyhome.example>", "oldclient", "Loose lead on chimney",
      "Older mail client; the customer's reply lost its threading headers (Re: subject only) and asks about the gate, which is answered.",
      cu("11-04 14:00", """Dear Sir or Madam,

The lead flashing along the bottom of my chimney has come loose and flaps in the wind; it kept me awake on Sunday night. Would you be able to come and fix it back? I am at home most days.

Yours sincerely,
Margaret Tilley (Mrs)
Keynsham"""),
      ag("shona", "11-04 15:30", """Dear Mrs Tilley,

Of course. Gethin can come on Tuesday 10 November in the morning; dressing the lead back and re-fixing it usually costs between £90 and £150.

Kind regards,
Shona"""),
      cu("11-04 19:10", """Dear Shona,

Thank you, Tuesday will suit me. Should I leave the side gate unlocked for him, or will he knock first?

Yours sincerely,
Margaret Tilley""", thread=False),
      ag("shona", "11-05 08:40", """Dear Mrs Tilley,

He'll knock first so you know he's there, then go round the side - no need to leave anything unlocked.

Kind regards,
Shona""")),

    C("r40-hughes-fascia-dormer", "en", "closed", {"unanswered-question": 1},
      "Gareth Hughes <gareth.hughes@hughes-home.example>", "gmail", "Fascias and soffits",
      "Colours answered and the front priced per metre; whether the dormer costs the same per metre is not addressed.",
      cu("11-06 13:00", """Hi Dan,

Thanks for coming round yesterday. We'd like to go ahead with new uPVC fascias and soffits on the front. What colours do they come in? We'd like something darker than white. Is the price per metre the same for the little dormer, or is that more because of the awkward access?

Gareth""", uq=1),
      ag("dan", "11-06 16:20", """Hi Gareth,

White, black, anthracite grey, rosewood and Irish oak. Anthracite is the popular darker one at the moment and goes well with grey windows. The front fascia and soffit works out at £48 per metre fitted, so £1,056 + VAT for the 22 metres.

Dan""")),
]

CASES += [
    C("r41-krueger-inline-de", "de", "pending", {},
      "Stefan Krüger <stefan.krueger@krueger-mail.example>", "gmail_de", "Garagendach - praktische Fragen",
      "Three German questions in a list, each answered inline under the quoted line in a few words.",
      cu("11-16 20:10", """Hallo Frau Brenner,

wir haben das Angebot für die neue Eindeckung der Garage angenommen und hätten noch ein paar praktische Fragen:

Wie lange im Voraus müssen wir den Termin festmachen?
Brauchen Ihre Leute Strom von uns?
Muss unser Auto während der Arbeiten aus der Einfahrt?

Viele Grüße
Stefan Krüger"""),
      ag("katja", "11-17 09:00", """Hallo Herr Krüger,

> Wie lange im Voraus müssen wir den Termin festmachen?

Zurzeit etwa drei Wochen.

> Brauchen Ihre Leute Strom von uns?

Ja, eine normale Steckdose in der Garage genügt.

> Muss unser Auto während der Arbeiten aus der Einfahrt?

Nur am ersten Tag, wenn das Material angeliefert wird.

Viele Grüße
Katja Brenner""", quote=False)),

    C("r42-blanc-descente", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Nathalie Blanc <nathalie.blanc@blanc-conseil.example>", "outlook", "Ardoises cassées - véranda",
      "French customer on Outlook: the visit date deferred with 'je vous confirme la date par mail demain' (never); the cracked downpipe not mentioned.",
      cu("11-03 12:40", """Bonjour Madame Rousseau,

Suite à notre échange téléphonique, je vous confirme que nous souhaitons faire réparer les ardoises cassées au-dessus de la véranda. Quand est-ce que l'équipe pourrait passer ? Est-ce que vous pouvez aussi remplacer la descente d'eau qui est fissurée sur toute la longueur ? Elle se trouve juste à côté.

Cordialement,
Nathalie Blanc
Blanc Conseil""", uq=1),
      ag("amelie", "11-03 16:00", """Bonjour Madame Blanc,

Merci pour votre confirmation. Gethin est en train de caler son planning de la semaine prochaine ; je vous confirme la date par mail demain.

Bien cordialement,
Amélie""", promises=[("11-04", None)])),

    C("r43-iglesias-reenvio", "es", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Inmaculada Iglesias <inma.iglesias@iglesias.example>", "gmail_es", "Chimenea casa de Larkhall",
      "Owner abroad (Valencia): first mail unanswered, resent as a new mail with the same subject; answered, and photos promised for the visit day arrive that day.",
      cu("11-02 18:30", """Buenas tardes:

Tengo una casa en Larkhall (Bath) que ahora está vacía, y el vecino me dice que se ha caído parte del remate de la chimenea al jardín. Necesito un presupuesto para repararla y, si es posible, que alguien compruebe que no entra agua por el tejado. Yo estoy en Valencia hasta diciembre, pero el vecino, el señor Pike, tiene llave.

Un saludo,
Inmaculada Iglesias"""),
      cu("11-05 09:10", """Buenos días:

Les reenvío mi correo del lunes por si no les llegó.

Tengo una casa en Larkhall (Bath) que ahora está vacía, y el vecino me dice que se ha caído parte del remate de la chimenea al jardín. Necesito un presupuesto para repararla y, si es posible, que alguien compruebe que no entra agua por el tejado. Yo estoy en Valencia hasta diciembre, pero el vecino, el señor Pike, tiene llave.

Un saludo,
Inmaculada Iglesias""", chase=True, parent=0),
      ag("lucia", "11-05 12:30", """Hola, Inmaculada:

Disculpe, su primer correo se nos quedó en la carpeta de spam. Gethin puede pasar el lunes 9 con la llave del señor Pike: revisará la chimenea y el tejado, y le mando las fotos y el presupuesto ese mismo día. Para que se haga una idea, reparar el remate suele costar entre 250 y 400 £, según el daño.

Un saludo,
Lucía""", promises=[("11-09", 4)]),
      ag("lucia", "11-09 15:10", """Hola, Inmaculada:

Le adjunto las fotos de Gethin. El remate de la chimenea tiene dos piezas sueltas y una rota; la reparación son 320 £ con IVA. El tejado está bien: no entra agua.

Un saludo,
Lucía""", attach=[("image/png", "chimenea-larkhall.png", CHIMNEY_PHOTO_PNG)]),
      tz=1),

    C("r44-lambert-photo-followup", "en", "closed", {},
      "Chris Lambert <chris.lambert@lambert-home.example>", "gmail", "Leak on bay window roof",
      "A second mail twenty minutes later adds the photo and address (not a chase); the reply answers both questions.",
      cu("11-10 07:45", """Hi,

There's a crack in the lead on our bay window roof and water is getting into the top of the window frame. Can you repair it, and roughly what would it cost?

Chris Lambert"""),
      cu("11-10 08:05", """Sorry, forgot to attach the photo - here it is. The address is 27 Chesterfield Road, St Andrews, BS6.

Chris""", attach=[("image/png", "bay-lead.png", BAY_PHOTO_PNG)]),
      ag("gethin", "11-10 12:30", """Hi Chris,

Thanks for the photo, that helps. It's a split where the lead was dressed too tight. A welded patch is about £180; if the whole bay top turns out to be tired, re-leading it is £650. From the photo I think the patch will do. I can come on Thursday morning (12th) if that suits.

Gethin""")),

    C("r45-singh-android", "en", "pending", {"unanswered-question": 1},
      "Manpreet Singh <manpreet.singh@singh-mail.example>", "android", "Roof finished",
      "Informal mail from a phone: the broken tiles and the guarantee are dealt with (attachment), the final invoice question is not.",
      cu("11-17 18:20", """hi shona, the lads finished the roof today and it looks great. couple of things tho. theres a pile of broken tiles left by the bins, can someone collect them?

Also when's the final invoice coming? And is the 10 yr guarantee in writing somewhere

cheers
Manny

Get Outlook for Android""", uq=1),
      ag("shona", "11-18 09:40", """Hi Manny,

Glad you're happy with it! Sorry about the tiles - Gethin was in the area this morning and has already taken them away. Your guarantee certificate is attached; keep it with the house deeds.

Kind regards,
Shona""", attach=[("application/pdf", "guarantee-singh.pdf", GUARANTEE_PDF)])),

    C("r46-moss-payment-colleague", "en", "pending", {},
      "Laura Moss <laura.moss@mossfamily.example>", "gmail", "Extension roof - start date and payment",
      "Start date answered; the payment question handed to accounts ('she'll be in touch this afternoon') and answered by her that afternoon.",
      cu("11-18 10:30", """Hi Shona,

We've accepted the quote for the new roof on the back extension. When could you start? And is it possible to pay in two or three instalments rather than all at the end?

Laura"""),
      ag("shona", "11-18 11:10", """Hi Laura,

We can start on Monday 7 December; it's a four-day job. Priya in accounts looks after payment plans - she'll be in touch this afternoon.

Kind regards,
Shona""", promises=[("11-18", 3)]),
      ag("priya", "11-18 14:30", """Hi Laura,

Yes, we can split it: 30 % when we start, 40 % at the halfway point and the balance when the job is signed off. The payment schedule with the dates is attached.

Kind regards,
Priya""", parent=1, attach=[("application/pdf", "payment-schedule-moss.pdf", PAYMENT_PLAN_PDF)])),

    C("r47-cartwright-numbered", "en", "pending", {"unanswered-question": 2},
      "Eleanor Cartwright <eleanor@cartwright-home.example>", "thunderbird", "Questions about the survey report",
      "Four numbered items: nail sickness and the solar panels answered; the membrane question gets a neighbouring mention only, and the PDF is not sent.",
      cu("11-16 21:00", """Dear Dan,

Thank you for the survey report. I've read it twice and have some questions:

1. The report mentions "nail sickness" on the back slope. Does that mean the whole roof needs redoing?
2. Is the new membrane breathable? The last roofer said ours is the old bitumen type.
3. Would you need to take the solar panels off?
4. Please send the report as a PDF as well - the link you sent has expired.

Many thanks,
Eleanor Cartwright""", uq=2),
      ag("dan", "11-17 10:15", """Dear Eleanor,

Nail sickness means the nails holding the slates have corroded, so the slates slip one by one. On your back slope it's widespread enough that refixing odd slates won't last, so that slope does need stripping and relaying with new nails and membrane. The front is in much better shape and only needs a handful of slates refixed.

The solar panels would have to come off for the back slope; our electrician partner removes and refits them for £650, including the re-commissioning certificate.

Best regards,
Dan""")),

    C("r48-wagner-dachfenster", "de", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Markus Wagner <markus.wagner@wagner-family.example>", "outlook_de", "Dachfenster undicht",
      "German customer: price given, the date promised 'bis Mittwoch' never comes, and whether the windows can be cleaned from outside is not answered.",
      cu("11-16 08:10", """Guten Tag Frau Brenner,

wir möchten die beiden Dachfenster im Bad und im Kinderzimmer abdichten lassen, bei Starkregen kommt an beiden Wasser durch. Was würde das ungefähr kosten? Wann hätten Sie Zeit? Können Sie bei der Gelegenheit auch die Dachfenster von außen reinigen? Da kommen wir selbst nicht hin.

Mit freundlichen Grüßen
Markus Wagner""", uq=1),
      ag("katja", "11-16 12:45", """Guten Tag Herr Wagner,

für zwei Dachfenster in Standardgröße liegt das Abdichten mit neuen Eindeckrahmen bei etwa 480 £ inkl. MwSt. Den Termin stimme ich mit dem Team ab und melde mich bis Mittwoch bei Ihnen.

Mit freundlichen Grüßen
Katja Brenner""", promises=[("11-18", None)])),

    C("r49-avon-court-agent", "en", "pending", {"unanswered-question": 2},
      "Rachel Dunmore <rachel.dunmore@avoncourt-mgmt.example>", "owa", "Avon Court roof repairs - before you start",
      "Managing agent (residents' committee in Cc, signature with a '?' URL): parking and site contact answered; method statement and insurance level skipped.",
      cu("11-17 11:00", """Dear Shona,

Thank you for confirming the dates for the roof repairs at Avon Court (w/c 30 November). Before work starts, please send us your method statement and risk assessment - our insurers will not let contractors on site without them. Could you also let me know whether your public liability cover is £5m or £10m? Will the residents need to move their cars from bays 1 to 6? And who will be our point of contact on site?

I've copied in the residents' committee.

Kind regards,
Rachel Dunmore
Avon Court Management Ltd
Registered in England No. 08842231. Need to report a repair? https://avoncourt-mgmt.example/repairs?src=email""",
         uq=2, cc="Avon Court Residents' Committee <committee@avoncourt-residents.example>"),
      ag("shona", "11-17 15:30", """Dear Rachel,

Bays 1 to 6 need to be clear on Monday 30 November only, from 7am, while the scaffold goes up; from Tuesday residents can park as normal. Gethin Rowlands will be on site every day and is the person to talk to - his mobile is 07700 900418.

Kind regards,
Shona""", cc="Avon Court Residents' Committee <committee@avoncourt-residents.example>")),

    C("r50-foster-dormer-felt", "en", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Nick Foster <nick.foster@fostermail.example>", "iphone", "Dormer roof felt",
      "Price asked, chased the next day with 'Any news?'; the reply gives the price but not whether winter is a good time.",
      cu("11-04 09:00", """Hi,

Can you give me a price for replacing the felt on our dormer roof? It's about 2m x 3m. And do you do this kind of work in winter, or is it better to wait till spring?

Nick

Sent from my iPhone""", uq=1),
      cu("11-05 12:00", """Any news? I'd like to get it booked before the weather turns.

Nick

Sent from my iPhone""", chase=True),
      ag("dan", "11-05 14:00", """Hi Nick,

For a dormer that size in torch-on felt, £780 + VAT, including a new drip edge and fresh timber upstands where needed.

Dan""")),

    C("r51-hale-conservatory", "en", "closed", {"unanswered-question": 1},
      "Imogen Hale <imogen.hale@halehouse.example>", "apple", "Conservatory roof",
      "Indirect question answered (one panel or the whole roof); the question about a solid tiled roof and its cost is skipped.",
      cu("11-06 10:40", """Hi there,

Our conservatory roof is polycarbonate and it's gone green and cloudy, and one of the panels cracked in last week's hail. I was wondering whether you could replace just the cracked panel, or whether it makes more sense to do the whole roof. We're also toying with a solid tiled roof instead - is that something you do, and roughly what would it cost for a 3.5 x 3 m conservatory?

Imogen""", uq=1, kind="alt"),
      ag("dan", "11-06 15:00", """Hi Imogen,

One panel is easy: about £160 including the glazing bar cap, and we'd clean the rest while we're there so they're less green. If the others are cloudy right through rather than just dirty, though, they've reached the end of their life, and replacing the lot makes more sense than doing them one by one.

Dan""")),

    C("r52-penrose-chimney-removal", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Oliver Penrose <oliver.penrose@penrose.example>", "gmail", "Chimney removal quote",
      "Building regs answered; the quote promised 'on Wednesday' never comes; whether to wait for the loft conversion is not addressed.",
      cu("11-16 13:45", """Hi Dan,

Following your visit on Friday, could you send the quote for taking the chimney down and making good the roof? Is the stack removal something that needs building regs? Also, we're having the loft converted next year - does it make sense to wait and do both at once?

Thanks,
Oliver""", uq=1),
      ag("dan", "11-16 17:20", """Hi Oliver,

Taking a stack down to below the roofline doesn't need building regs as long as the breast below stays in place and we cap and ventilate it, which we always do. I'm waiting on the scaffold price; I'll send the full quote on Wednesday.

Dan""", promises=[("11-18", None)])),
]

# The labelled unanswered questions, verbatim from the customer's own text.
UNANSWERED: dict[str, list[str]] = {
    "r02-ashdown-three-lets": [
        "I know it's a bit of a leap, but do you offer any kind of annual maintenance contract, so that I don't have to remember to ring you every October?"],
    "r05-pearce-storm-leak": [
        "Will my insurer need a written report from you, or is a phone call from me enough?",
        "Please send me photos of whatever you find up there, the insurer will definitely want those."],
    "r09-morel-demoussage": [
        "Pourriez-vous aussi me dire si vous nettoyez les panneaux solaires ?"],
    "r17-ashby-extension-roof": [
        "Could you also work around our builder, who is on site until the 20th?"],
    "r20-ortega-canalones": [
        "Además, necesito que me envíen el certificado de garantía del trabajo en el tejado que nos hicieron el año pasado; me lo pide el seguro."],
    "r22-whitfield-reroof-handoffs": [
        "Will you need to put a skip on our drive, and if so for how long?"],
    "r26-bramley-valley": [
        "Do you clear that as well, or is that a separate job?"],
    "r28-schubert-laubschutz": [
        "Außerdem hätten wir gern ein Angebot für ein Laubschutzgitter für alle Rinnen, damit das nicht jedes Jahr wieder passiert."],
    "r30-kendal-five-questions": [
        "The bays on the front have lead roofs which look original, and I'd like to know whether you do lead work on bay windows or whether that needs a specialist.",
        "Finally, is there a charge for coming round to quote?"],
    "r36-osei-rooflight": [
        "And please send me the building control completion certificate for the extension roof, our solicitor is asking for it for the remortgage."],
    "r40-hughes-fascia-dormer": [
        "Is the price per metre the same for the little dormer, or is that more because of the awkward access?"],
    "r42-blanc-descente": [
        "Est-ce que vous pouvez aussi remplacer la descente d'eau qui est fissurée sur toute la longueur ?"],
    "r45-singh-android": [
        "Also when's the final invoice coming?"],
    "r47-cartwright-numbered": [
        "Is the new membrane breathable?",
        "Please send the report as a PDF as well - the link you sent has expired."],
    "r48-wagner-dachfenster": [
        "Können Sie bei der Gelegenheit auch die Dachfenster von außen reinigen?"],
    "r49-avon-court-agent": [
        "Before work starts, please send us your method statement and risk assessment - our insurers will not let contractors on site without them.",
        "Could you also let me know whether your public liability cover is £5m or £10m?"],
    "r50-foster-dormer-felt": [
        "And do you do this kind of work in winter, or is it better to wait till spring?"],
    "r51-hale-conservatory": [
        "We're also toying with a solid tiled roof instead - is that something you do, and roughly what would it cost for a 3.5 x 3 m conservatory?"],
    "r52-penrose-chimney-removal": [
        "Also, we're having the loft converted next year - does it make sense to wait and do both at once?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice67 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
