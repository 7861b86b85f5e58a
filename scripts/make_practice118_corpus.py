#!/usr/bin/env python3
"""Regenerate ``tests/practice118/``: a labelled corpus of Quarrybank Skip Hire.

A support mailbox of a fictional skip and grab-lorry hire firm in the Black Country that serves
builders, landscapers and households (skip sizes and prices, deliveries and collections,
exchanges, council permits for skips on the road, what waste may go in, overloaded skips,
trade accounts and invoices), written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``quarrybankskips.example``.

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

Usage: python scripts/make_practice118_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "quarrybankskips.example"
DESK = "Quarrybank Skip Hire <bookings@quarrybankskips.example>"

AGENTS = {
    "gary": ("Gary Pennock <gary@quarrybankskips.example>", "thunderbird", """-- 
Gary Pennock
Bookings | Quarrybank Skip Hire
Delph Road Yard, Brierley Hill DY5 | 0121 496 0472
Book online: https://quarrybankskips.example/book?ref=sig"""),
    "shona": ("Shona Marsh <shona@quarrybankskips.example>", "outlook", """Shona Marsh
Permits & Council Liaison | Quarrybank Skip Hire
Skip going on the road? It needs a permit - ask us first."""),
    "priya": ("Priya Lal <priya@quarrybankskips.example>", "owa", """Priya Lal
Accounts | Quarrybank Skip Hire
This e-mail and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please tell the sender and delete it."""),
    "callum": ("Callum Reid <callum@quarrybankskips.example>", "android", """Callum Reid
Transport & Grab Lorries | Quarrybank Skip Hire

Sent from Outlook for Android"""),
    "katrin": ("Katrin Vogel <katrin@quarrybankskips.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenservice (Deutsch) | Quarrybank Skip Hire
https://quarrybankskips.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@quarrybankskips.example>", "apple_fr", """Amélie Roussel
Service client (français) | Quarrybank Skip Hire
https://quarrybankskips.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ortega <lucia@quarrybankskips.example>", "gmail_es", """--
Lucía Ortega
Atención al cliente (español) | Quarrybank Skip Hire
+44 121 496 0479"""),
}

ACK = """Hello,

Thanks for contacting Quarrybank Skip Hire. This is an automatic reply to let you know that
your message has reached us and is logged as {ref}. The office is open Monday to Friday
7am-5pm and Saturday 7am-12pm, and we aim to reply within one working day.

Need a skip tomorrow? Orders confirmed before 2pm can usually go out on the next working day.

Quarrybank Skip Hire - Bookings
https://quarrybankskips.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: SkipDesk 4.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="qb.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice118", title="Quarrybank Skip Hire", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="QB-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

STATEMENT_PDF = mailcraft.pdf(["Quarrybank Skip Hire - Statement of account KR-118",
                               "Kendrick Roofing, to 31 October 2026",
                               "03/09 Inv 20871  14 Mill Lane 8yd    285.00",
                               "24/09 Inv 20988  Ashwood Rd 6yd      225.00",
                               "14/10 Inv 21102  Ashwood Rd 6yd      225.00",
                               "Balance outstanding                  735.00"])
REFERENCES_PDF = mailcraft.pdf(["Hollins Plastering - trade references",
                                "Midland Plaster Supplies, Tipton - account HOL/772",
                                "Brierley Builders Merchants - account 40915"])
INVOICE_ES_PDF = mailcraft.pdf(["Quarrybank Skip Hire - Invoice 21377",
                                "8 yard skip, 14 days, 8 Bridle Road Wollaston  285.00",
                                "Bank: Black Country Bank  Sort 40-11-62  Acc 71829044"])
INVOICE_LYE_PDF = mailcraft.pdf(["Quarrybank Skip Hire - Invoice 21311",
                                 "6 yard skip, 3 Pedmore Road Lye, 29/10-12/11  225.00"])
KERB_PNG = mailcraft.png(14, 10, lambda x, y: (120 + 6 * x, 118 + 3 * y, 110))
DRIVE_PNG = mailcraft.png(12, 16, lambda x, y: (90 + 5 * y, 140 - 2 * x, 80 + 4 * x))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("q01-hadley-kitchen-8yard", "en", "closed", {},
      "Tom Hadley <tom@hadleybuild.example>", "gmail", "8 yard skip tomorrow - Brierley Hill",
      "A builder asks three things in one sentence; Gary answers all three out of order in one "
      "paragraph; the builder's thanks closes nothing new.",
      cu("11-02 07:40", """Morning,

Need an 8 yard skip on a kitchen rip-out at 22 Bank Street, Brierley Hill. Couple of questions: can you get one there tomorrow morning, what's the price for a week, and can plasterboard go in with the rest or does it need keeping separate?

It'll go on the drive, plenty of room.

Cheers
Tom Hadley
Hadley Building Services
07700 900318
"""),
      ag("gary", "11-02 08:25", """Hi Tom,

Plasterboard has to be kept out of the general mix - bag it and stand the bags in one corner on top and we'll charge £25 for it, or we can drop a separate 2 yard for it at £95. The 8 yard is £285 inc VAT for up to 14 days, so your week is covered, and yes, there's one on the first lorry out tomorrow - expect it between 7:30 and 10."""),
      cu("11-02 08:40", """Lovely, paid on the website just now. Cheers Gary.

Tom
""", thanks=True)),

    C("q02-okafor-garden-mini", "en", "closed", {"unanswered-question": 1},
      "Grace Okafor <grace.okafor@example.com>", "outlook", "Mini skip for garden clear-out",
      "Three questions about size, drive and turf are answered; the request in passing for the "
      "waste transfer note by email is never addressed.",
      cu("11-03 19:10", """Hello,

We're clearing the back garden at 9 Lodge Crescent, Quarry Bank (DY5). I was thinking a mini skip but I'm not sure it would fit on our drive - the drive is about 2.8m wide and there's a car on it most days. Would a 4 yard fit alongside the car? We've also got a lot of turf and soil to go, plus hedge cuttings. Do you take turf and soil in the same skip as the green waste, or does that cost more?

Could you also email me the waste transfer note once it's been collected? My landlord likes to keep them.

Many thanks,
Grace Okafor
""", uq=1),
      ag("gary", "11-04 08:05", """Hi Grace,

A 4 yard is 1.8m wide, so with 2.8m you'd have about a metre beside the car - tight, but it works if the car stays put while the driver drops it. Turf, soil and hedge cuttings can all go in together at no extra cost. Soil is heavy though, so please don't fill a 4 yard more than two-thirds with it or the lorry can't lift it.

It's £165 for up to 14 days. I can drop it Thursday morning if that suits."""),
      cu("11-04 08:30", """Thursday's fine, thank you Gary.

Grace
""", thanks=True)),

    C("q03-bains-cradley-permit", "en", "closed", {"missed-follow-up": 1},
      "Harjit Bains <h.bains@bainsrenovations.example>", "owa", "Road permit - 6 yd skip, Cradley Road",
      "Shona answers fee, lights and turnaround and promises the permit reference by Monday; it "
      "comes on Tuesday: missed.",
      cu("11-05 09:12", """Hi,

We're starting a bathroom and kitchen job at 14 Cradley Road next week. No off-road space, so the skip will have to go on the road outside. How long does the council take to issue the permit, and is the permit fee included in your price? Do we need to sort out lights and cones ourselves?

Regards,
Harjit Bains
Bains Renovations Ltd
"""),
      ag("shona", "11-05 11:00", """Hello Harjit,

The permit fee is on top of the skip price: Dudley charge £48 for up to 14 days and we pass it on at cost. Lights and cones come with the skip - the driver sets them out, and they have to stay lit overnight. Dudley normally turn a permit round in three working days. I'll put the application in today and email you the permit reference by Monday, so you have it before the skip goes out.

Kind regards""", promises=[("11-09", 3)]),
      ag("shona", "11-10 14:20", """Hello Harjit,

Apologies for the delay - the council's system was down yesterday. Your permit reference is DMBC/SK/26/4471, valid 12 to 25 November for 14 Cradley Road. The skip is booked for Thursday 12th, first drop.

Kind regards""", parent=2),
      cu("11-10 15:05", """Thanks Shona, got it.

Harjit
""", thanks=True)),

    C("q04-kestrel-fenton-street", "en", "pending", {"unanswered-question": 2},
      "Dave Price <dave@kestrelgroundworks.example>", "thunderbird", "Fenton Street - exchange and a few bits",
      "A numbered list of four; Callum answers the exchange and the surcharge, not the permit "
      "question or the invoice copy.",
      cu("11-16 07:05", """Morning all,

A few things for the Fenton Street site:

1. Can you swap the 8 yarder on Wednesday? It's full of brick and hardcore.
2. What's the charge for a mattress and two car tyres? The neighbours have been dumping in it.
3. Does the new skip go on the same permit or do we need a fresh one?
4. Please send me a copy of the October invoice, our accounts lady can't find it.

Dave
Kestrel Groundworks
""", uq=2),
      ag("callum", "11-16 09:40", """Hi Dave,

Wednesday's booked for the exchange, the lorry will be with you between 8 and 11. If it's all brick and hardcore we'll charge it as inert - £240 instead of £285.

Mattresses are £30 each and tyres £15 each, so £60 for what's in there now. Worth getting a net over it at night.

Callum""")),

    C("q05-whitmore-grab-soil", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Lisa Whitmore <lisa.whitmore@example.net>", "gmail", "Grab lorry for soil - Wollaston",
      "Thursday-evening enquiry about a grab lorry, a nudge on Saturday, answered in full on "
      "Monday: chased and slow.",
      cu("11-05 18:05", """Hi there,

We're having the front garden landscaped and there's about 10 tonnes of soil and clay to go from 31 Vicarage Road, Wollaston. How much would a grab lorry be to take it away? And can the grab reach over a low front wall (about 1m) from the road, or does the lorry have to get onto the drive?

Thanks
Lisa
"""),
      cu("11-07 10:15", """Hi, just nudging this one - the landscapers want the soil gone before they start on Thursday. Any chance of a price?

Lisa
""", chase=True),
      ag("callum", "11-09 08:30", """Hi Lisa,

Sorry for the slow reply - your mail came in after we'd shut on Thursday and Friday was mad.

A grab load is up to 16 tonnes, so your 10 tonnes is one load: £320 inc VAT for soil and clay. The arm reaches about 6 metres from the lorry, so a 1m wall is no problem and we won't need to come onto the drive. I can do Wednesday morning, before your landscapers start - just reply and I'll book it in.

Callum""")),

    C("q06-krause-bauschutt-lye", "de", "closed", {},
      "Michael Krause <m.krause@example.com>", "gmail_de", "Container für Bauschutt – Lye",
      "German customer writing from Germany (UTC+1): price, Friday delivery and old windows, all "
      "answered by Katrin; thanks-only reply.",
      cu("11-04 19:20", """Guten Abend,

wir renovieren gerade ein Haus in Lye (Talbot Street 7) und bräuchten einen Container für Bauschutt, also Fliesen, Ziegel und etwas Beton. Was kostet ein 6-Yard-Container für zwei Wochen? Könnten Sie ihn am Freitag liefern? Und dürfen alte Holzfenster mit Glas mit hinein?

Ich bin bis Donnerstag noch in Deutschland, meine Frau ist aber vor Ort.

Viele Grüße
Michael Krause
"""),
      ag("katrin", "11-05 08:10", """Guten Morgen Herr Krause,

ein 6-Yard-Container nur für Bauschutt kostet bei uns £210 inkl. MwSt. für bis zu 14 Tage. Freitag passt, wir liefern zwischen 7 und 12 Uhr – Ihre Frau muss dem Fahrer nur kurz zeigen, wo er stehen soll. Die Holzfenster dürfen mit hinein, dann rechnen wir den Container allerdings als gemischten Abfall ab (£255).

Viele Grüße"""),
      cu("11-05 09:32", """Vielen Dank für die schnelle Antwort, dann machen wir es so.

Gruß
M. Krause
""", thanks=True), tz=1),

    C("q07-lefevre-bistro-cuisine", "fr", "pending", {"unanswered-question": 1},
      "Claire Lefèvre <claire@bistrolefevre.example>", "apple_fr", "Benne pour travaux de cuisine – Bistro Lefèvre",
      "Price and the cold room are answered (fridges go separately); the request for a company "
      "invoice with the VAT number is not.",
      cu("11-17 14:30", """Bonjour,

Nous refaisons entièrement la cuisine du bistro (High Street, Stourbridge) pendant la fermeture, du 23 au 30 novembre. Quel est le tarif d'une benne de 8 yards pour la semaine ? Peut-on y mettre l'ancienne chambre froide démontée et deux réfrigérateurs, ou faut-il les évacuer à part ?

Pourriez-vous aussi établir la facture au nom de la société, avec notre numéro de TVA GB 294 7714 05 ?

Merci d'avance,
Claire Lefèvre
Bistro Lefèvre
""", uq=1),
      ag("amelie", "11-17 16:05", """Bonjour Madame Lefèvre,

La benne de 8 yards coûte 285 £ TTC pour une location allant jusqu'à 14 jours, la semaine de fermeture est donc largement couverte. En revanche, les réfrigérateurs et la chambre froide contiennent des gaz réfrigérants : ils ne peuvent pas aller dans la benne. Nous les enlevons séparément, à 45 £ par appareil, le jour même de la livraison si vous le souhaitez.

Bien cordialement""")),

    C("q08-ibarra-cuenta-empresa", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Ibarra <javier@construccionesibarra.example>", "gmail_es", "Cuenta de empresa",
      "Lucía answers what is needed and promises the accounts decision on Monday; Javier chases "
      "on Wednesday and gets it then: missed and chased.",
      cu("11-06 09:40", """Buenos días:

Somos una pequeña empresa de reformas de Halesowen y les alquilamos contenedores casi todas las semanas. ¿Es posible abrir una cuenta de empresa para pagar a 30 días en vez de pagar cada pedido con tarjeta? Nuestro número de registro es 11840377. ¿Qué más necesitan?

Un saludo,
Javier Ibarra
Construcciones Ibarra Ltd
"""),
      ag("lucia", "11-06 11:15", """Hola, Javier:

Con el número de registro y el historial de sus pedidos es suficiente, no necesitamos nada más. La decisión sobre el pago a 30 días la toma contabilidad: hoy mismo les paso la solicitud y le escribo el lunes con la respuesta.

Un saludo""", promises=[("11-09", 4)]),
      cu("11-11 08:50", """Hola, Lucía:

¿Hay alguna novedad sobre la cuenta? El lunes no recibí nada y esta semana tenemos tres obras.

Gracias,
Javier
""", chase=True),
      ag("lucia", "11-11 10:30", """Hola, Javier:

Disculpe el retraso. Contabilidad ha aprobado la cuenta: límite de 2.000 £ y pago a 30 días desde la fecha de factura. Ya puede hacer los pedidos indicando el número de cuenta CI-0392.

Un saludo""")),

    C("q09-benning-marsh-lane", "en", "open", {"awaiting-reply": 1},
      "Ruth Benning <ruth.benning@example.org>", "apple", "Collection and maybe an extra week?",
      "Extension or collection asked on Wednesday; only the helpdesk acknowledgement (its 'one "
      "working day' is service-hours text) - awaiting a reply.",
      cu("11-18 10:00", """Hello,

You delivered a 6 yard skip to 5 Marsh Lane on the 6th. We're not quite finished - can we keep it another week, and what would that cost? If not, please collect it on Friday.

Ruth Benning

Sent from my iPad
"""),
      ack("11-18 10:01")),

    C("q10-sutton-roro-enquiry", "en", "open", {},
      "Mark Sutton <msutton@suttonfm.example>", "owa", "40 yard RoRo for warehouse clear-out",
      "A fresh enquiry on the audit morning with only the acknowledgement: inside the response "
      "target.",
      cu("11-20 09:30", """Hi,

We're clearing a unit on the Pensnett estate next week: old racking, pallets and cardboard, probably 25-30 cubic yards in all. Do you do 40 yard roll-on roll-off containers, and could one be on site on Monday 30th? What would it cost for a week?

Mark Sutton
Facilities Manager, Sutton FM
"""),
      ack("11-20 09:31")),

    C("q11-dhillon-collection-kerb", "en", "pending", {"reopened": 1},
      "Aman Dhillon <aman.dhillon@example.com>", "gmail", "Skip still not collected",
      "A missed collection is fixed and Gary marks the ticket resolved; days later the customer "
      "writes about kerb damage with a photo (References with a gap) and Shona answers: reopened.",
      cu("11-09 08:20", """Hi,

I rang on Friday to have the 6 yard skip collected from 48 Hill Street, Netherton, and it's still here on Monday morning. It's half on the pavement and people keep chucking rubbish in it. When is it going?

Aman
"""),
      ag("gary", "11-09 09:05", """Hi Aman,

Sorry about that - the collection was logged against the wrong Hill Street. It's now on Wednesday's first run; the driver will be with you before 10."""),
      cu("11-09 09:30", """OK thanks.
""", thanks=True),
      ag("gary", "11-11 11:40", """Hi Aman,

The driver confirms the skip was collected at 9:20 this morning. I'll mark this ticket as resolved - thanks for your patience.""",
         parent=1, closes=True),
      cu("11-16 18:10", """Hi Gary,

Sorry to come back on this. Now the skip's gone I can see the lorry cracked two of the kerb stones and left a deep rut in the verge - photo attached. The council have put a notice through the door saying the householder is responsible. Who pays for this, and do I deal with the council or do you?

Aman
""", attach=[("image/png", "kerb.png", KERB_PNG)], refs=[1, 4]),
      ag("shona", "11-17 09:15", """Hello Aman,

Thanks for the photo. Damage done by our lorry is ours to put right - please don't pay the council anything. I've spoken to the highways team this morning and we'll deal with them directly: they're booking the repair and the invoice comes to us. If they write to you again, just forward it to me.

Kind regards""")),

    C("q12-castlegate-old-foundry", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Nadia Shah <nadia.shah@castlegateconstruction.example>", "outlook",
      "Old Foundry Works - RoRo, permit and account",
      "A contractor (site manager in Cc, disclaimer) deals with Gary, Shona and Priya in turn: "
      "three agents; Shona answers the permit but not the height-barrier question.",
      cu("11-12 08:10", """Good morning,

We start strip-out at the Old Foundry Works, Canal Street, on Monday 23rd. We'll need a 20 yard RoRo on site for about three weeks, with exchanges as needed. Can you confirm availability and the price per exchange?

Ben (cc'd) is site manager and will be your contact on the day.

Regards,
Nadia Shah
Project Coordinator | Castlegate Construction Ltd

CONFIDENTIALITY: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Castlegate Construction Ltd, registered in England No. 09921847.
""", kind="alt", cc="Ben Ellis <ben.ellis@castlegateconstruction.example>"),
      ag("gary", "11-12 09:30", """Hi Nadia,

A 20 yard RoRo is available from the 23rd. Exchanges are £395 each inc VAT for mixed strip-out waste, with up to 4 tonnes included and £95 a tonne above that. Ben can ring the yard on the day to call an exchange and we normally turn it round within four hours."""),
      cu("11-13 11:20", """Thanks Gary.

The container will have to sit in the service road, which is adopted highway - does that need a permit, and can you apply for it? Also, the loading bay has a 3.5m height barrier; will the RoRo lorry get under it?

Nadia
""", kind="alt", uq=1),
      ag("shona", "11-13 14:45", """Hello Nadia,

Yes - anything on adopted highway needs a permit, RoRos included, and we apply for it. For a 20 yard Dudley want ten working days' notice, so I submitted it this afternoon for the 23rd. The permit is £48 per 14 days, so three weeks will need two.

Kind regards"""),
      cu("11-16 10:05", """Hello,

Our accounts team have asked whether we can be invoiced monthly for all the exchanges rather than per lift, against our PO 7720-CF. Who should they speak to?

Nadia
""", kind="alt"),
      ag("priya", "11-16 13:30", """Dear Nadia,

Monthly invoicing is fine for a contract of this length. I've set up the Old Foundry Works as a job on your account with PO 7720-CF, and you'll get one invoice at month end listing every exchange with its weighbridge ticket. Your accounts team can contact me directly at this address.

Priya""")),

    C("q13-brindley-breeam-figures", "en", "closed", {"missed-follow-up": 1},
      "Sophie Grant <sophie.grant@brindleyhomes.example>", "owa", "Recycling rates for BREEAM",
      "Priya says yes and promises October's landfill-diversion figures without a date; nothing "
      "follows within the two-day window.",
      cu("11-09 15:40", """Hi,

We've used you for skips on our Amblecote development since the summer. For our BREEAM site waste management plan I need the percentage of our waste you diverted from landfill - ideally for October, broken down by skip if you have it. Is that something you can provide?

Thanks,
Sophie Grant
Site Administrator, Brindley Homes
"""),
      ag("priya", "11-10 09:20", """Hi Sophie,

Yes, we can. Everything that comes back to the yard is sorted and recorded against the job, so I'll pull the October figures for Amblecote together with the transfer station and come back to you with the diversion rate per skip.

Priya""", promises=[("window", None)])),

    C("q14-doyle-halesowen-contract", "en", "pending", {},
      "Kieran Doyle <kieran@doyleandsons.example>", "gmail", "Weekly exchange - Halesowen site",
      "A contract quote promised by Tuesday 24 November - the deadline is still ahead at the audit "
      "time; the builder's reply is thanks only.",
      cu("11-18 11:00", """Hi,

We've got a new build starting in Halesowen in January, 14 plots. We'd want a 12 yard on site with a weekly exchange for about six months. Could you price that up as a contract rather than per skip?

Kieran Doyle
Doyle & Sons Builders
"""),
      ag("priya", "11-18 15:40", """Hi Kieran,

Happy to. Contract prices depend on the mix - if it's mostly timber, packaging and brick we can do better than list price. I'll send you a written contract quote by Tuesday 24 November. If you have a site plan showing where the skip would sit, send it over and I'll include the access check.

Priya""", promises=[("11-24", None)]),
      cu("11-18 16:10", """Cheers Priya, will dig the plan out.

Kieran
""", thanks=True)),

    C("q15-tranter-saturday-wait-load", "en", "closed", {},
      "Jo Tranter <jo.tranter@example.net>", "iphone", "Wait and load on a Saturday?",
      "Gary hands over to Callum ('he'll be in touch by tomorrow'); Callum answers the next morning: "
      "kept by a colleague.",
      cu("11-03 12:15", """Hi, do you do wait and load on Saturdays? We've got a load of rubbish from a house clearance, probably a big skip's worth, but nowhere to leave a skip. Saturday 7th would be ideal.

Jo

Sent from my iPhone
"""),
      ag("gary", "11-03 13:00", """Hi Jo,

We do, but Saturdays are Callum's rota and he's out on the lorries today. I've passed this to him and he'll be in touch by tomorrow with a time and a price.""",
         promises=[("11-04", 3)]),
      ag("callum", "11-04 10:20", """Hi Jo,

Callum here. Saturday 7th works - we can be with you at 8am. Wait and load is £210 for up to an hour of loading and a 12 yard load; we load, you just point. You pay the driver by card on the day.

Callum""", parent=1),
      cu("11-04 11:00", """Brilliant, see you Saturday at 8. Thanks Callum

Jo

Sent from my iPhone
""", thanks=True)),

    C("q16-kendrick-statement", "en", "closed", {},
      "Paul Kendrick <accounts@kendrickroofing.example>", "outlook", "Statement and invoice copy",
      "Priya promises both documents 'this afternoon' and sends the statement as a PDF that "
      "afternoon: kept on time, answered with an attachment.",
      cu("11-02 10:30", """Hello,

Could you please send me a statement for our account (Kendrick Roofing, account KR-118), and a copy of invoice 20871 from September, which we never received?

Regards,
Paul Kendrick
Kendrick Roofing
"""),
      ag("priya", "11-02 11:05", """Dear Paul,

I'm in the middle of the month-end run but will send both over this afternoon.

Priya""", promises=[("11-02", 3)]),
      ag("priya", "11-02 15:40", """Dear Paul,

Attached is your statement to 31 October, which includes invoice 20871 (£285.00, 3 September, 14 Mill Lane). It was emailed to paul@kendrickroofing.example at the time, which may be why it went astray - I've changed the account so invoices now go to accounts@.

Priya""", parent=1, attach=[("application/pdf", "Statement-KR-118-Oct26.pdf", STATEMENT_PDF)])),

    C("q17-pritchard-neighbours-bags", "en", "closed", {"unanswered-question": 1},
      "Owen Pritchard <owen.pritchard@example.org>", "gmail", "4 yard skip - Stourbridge",
      "Price and booking go smoothly; a second mail after delivery asks about extra days and the "
      "neighbours' bags, and only the extra days are answered.",
      cu("11-03 18:40", """Hi, how much is a 4 yard skip for a week, delivered to Stourbridge DY8? Thanks, Owen
"""),
      ag("gary", "11-04 08:00", """Hi Owen,

£165 inc VAT for up to 14 days, delivery and collection included. We've got availability from Friday."""),
      cu("11-04 08:20", """Friday's perfect, please book it for 17 Worcester Street. Happy to pay by card over the phone.

Owen
"""),
      ag("gary", "11-04 09:10", """Booked for Friday 6th, between 7 and 12. We'll ring you for the card payment this morning."""),
      cu("11-06 19:30", """Hi Gary,

Skip arrived, thanks. Two things: we'll probably need it for a few extra days past the 14 - what's the charge per day after that? And the neighbours have asked whether they can put a couple of bags of their own in, is that allowed or does it have to be our waste only?

Owen
""", uq=1),
      ag("gary", "11-09 08:15", """Hi Owen,

Extra days are £6 a day after the first 14 - just tell us the day you want it collected.""")),

    C("q18-rowley-garden-wall", "en", "pending", {"unanswered-question": 1},
      "Steve Rowley <steve.rowley@example.com>", "android", "Bricks in a 6 yard?",
      "Asked for the weight limit, Callum gives the fill-level rule instead; the lawn question "
      "is answered.",
      cu("11-17 07:50", """Hi, knocking down an old garden wall, maybe 4 or 5 tonnes of brick. Is there a weight limit on the 6 yard skip? Also can I have it on the front lawn rather than the drive, lawn's soft but it's dry at the moment.

Steve

Sent from Outlook for Android
""", uq=1),
      ag("callum", "11-17 10:10", """Hi Steve,

With brick and rubble, fill it level with the sides and no higher - we can't legally carry anything above the top edge. On the lawn: we'd rather not, the lorry leaves ruts in soft ground and the skip sinks. If the drive's free, put it there.

Callum""")),

    C("q19-catterall-loft-resend", "en", "closed", {"customer-chased": 1},
      "Helen Catterall <helen.catterall@example.net>", "outlook", "Skip for loft clear-out - Kingswinford",
      "No answer to a booking enquiry, so the customer resends it word for word the next morning "
      "as a new mail; Gary answers the resend.",
      cu("11-05 14:10", """Hello,

I'd like to book a 6 yard skip for a loft and garage clear-out at 3 Summerhill, Kingswinford, from Monday 9 November. Can it go on the driveway (block paving), and will you put boards down to protect it? Please let me know the total cost.

Helen Catterall
"""),
      cu("11-06 08:30", """Hello,

I'd like to book a 6 yard skip for a loft and garage clear-out at 3 Summerhill, Kingswinford, from Monday 9 November. Can it go on the driveway (block paving), and will you put boards down to protect it? Please let me know the total cost.

Helen Catterall
""", parent=0, chase=True),
      ag("gary", "11-06 10:10", """Hello Helen,

Sorry, your first email got caught in our filter. Yes to the drive - the driver lays scaffold boards under the skip on block paving so it doesn't mark. A 6 yard is £225 inc VAT for up to 14 days, and you're booked for Monday 9th, first drop.""")),

    C("q20-hollins-trade-account", "en", "closed", {},
      "Ryan Hollins <ryan@hollinsplastering.example>", "gmail", "Trade account application",
      "Priya asks for a UTR and two references; the second customer mail sends them (a PDF) and is "
      "not a chase; the account is opened the next day.",
      cu("11-09 13:00", """Hi, I'd like to open a trade account - I'm a plastering firm and use a couple of skips a month. What do you need from me?

Ryan Hollins
Hollins Plastering
"""),
      ag("priya", "11-09 14:30", """Hi Ryan,

Please send your company registration number (or UTR if you're a sole trader) and the names of two suppliers we can take a reference from. Once I have those it usually takes a day.

Priya"""),
      cu("11-09 16:45", """Hi Priya,

UTR is 55821 90473, I'm a sole trader. References are Midland Plaster Supplies in Tipton and Brierley Builders Merchants - account numbers are on the attached.

Ryan
""", attach=[("application/pdf", "references.pdf", REFERENCES_PDF)]),
      ag("priya", "11-10 11:20", """Hi Ryan,

Both references came back fine, so your trade account is open: HP-204, 30 days from invoice, £1,500 limit. Quote it when you book and we'll invoice at trade rates.

Priya""")),

    C("q21-fairley-beech-avenue", "en", "closed", {"unanswered-question": 2},
      "Gordon Fairley <gfairley@example.com>", "outlook", "House clearance 12 Beech Avenue - skip",
      "A landlord in Boston (UTC-5) writes one long paragraph; Gary answers size, price and "
      "furniture but not the request to text the neighbour or the carpets question.",
      cu("11-12 21:30", """Hello, I own a rental house at 12 Beech Avenue, Halesowen and the tenants have moved out leaving a lot of furniture, a few old carpets and general junk, and as I'm based in Boston at the moment I need to arrange everything by email. I was thinking a 12 yard skip would be about right but you'll know better, what would that cost for two weeks? Can sofas and a double bed frame go in, or is upholstered furniture a problem these days? The house has a drive so it can go there. Could you text the neighbour at number 10, Mrs Aldridge (07700 900144), the day before delivery, as she has a key and will move her car? I also wondered whether the old carpets are OK in the skip or need to go separately. Many thanks, Gordon Fairley
""", uq=2, tz=-5),
      ag("gary", "11-13 09:10", """Hello Gordon,

A 12 yard is the right size for a full house clearance - £365 inc VAT for up to 14 days. Sofas, armchairs and anything else upholstered can't go in a general skip any more because of the POPs rules; we collect those separately at £40 per item. A bed frame without the mattress is fine. I can deliver to the drive on Tuesday 17th.""")),

    C("q22-schneider-gehweg", "de", "pending", {"unanswered-question": 1},
      "Jürgen Schneider <j.schneider@schneider-haustechnik.example>", "outlook_de",
      "Container 10 m³ – Kingswinford",
      "Size, price and old windows are answered; whether the container may stand on the pavement "
      "or needs a permit is not.",
      cu("11-16 09:00", """Guten Tag,

für eine Badsanierung in Kingswinford (Stream Road 41) brauchen wir ab nächstem Montag einen Container. Wir rechnen mit etwa 10 m³ gemischtem Bauabfall. Welche Größe empfehlen Sie und was kostet das für zwei Wochen? Dürfen alte Fenster mit Glas mit in den Container?

Vor dem Haus gibt es keinen Platz auf dem Grundstück. Können Sie den Container auf den Gehweg stellen, oder brauchen wir dafür eine Genehmigung?

Mit freundlichen Grüßen
Jürgen Schneider
Schneider Haustechnik Ltd
""", uq=1),
      ag("katrin", "11-16 11:30", """Guten Tag Herr Schneider,

10 m³ sind ungefähr 13 Yards – ich empfehle Ihnen unseren 12-Yard-Container, der kostet £365 inkl. MwSt. für bis zu 14 Tage. Alte Fenster mit Glas dürfen mit hinein; bitte legen Sie nur keine losen Scheiben obenauf, damit sich beim Abholen niemand verletzt.

Liefertermin wäre Montag, der 23. November, zwischen 7 und 12 Uhr.

Viele Grüße""")),

    C("q23-garnier-devis-gravats", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Nicolas Garnier <nicolas.garnier@example.org>", "gmail", "Devis benne gravats – chantier Wordsley",
      "Amélie answers the reinforced-concrete question and promises the quote 'd'ici jeudi'; the "
      "mason chases on Monday and gets it then: missed and chased.",
      cu("11-03 10:20", """Bonjour,

Je suis maçon et j'ai un chantier à Wordsley à partir du 16 novembre (démolition d'une extension). Il me faudrait deux bennes de 8 yards pour des gravats, avec un échange en milieu de semaine. Pourriez-vous me faire un devis ? Est-ce que le béton armé est accepté avec les gravats ?

Cordialement,
Nicolas Garnier
"""),
      ag("amelie", "11-03 14:00", """Bonjour Monsieur Garnier,

Oui, le béton armé est accepté avec les gravats, à condition que les fers ne dépassent pas de plus de 30 cm. Pour le devis avec l'échange, je dois vérifier la disponibilité des camions cette semaine-là : je reviens vers vous d'ici jeudi.

Bien cordialement""", promises=[("11-05", 4)]),
      cu("11-09 08:45", """Bonjour Madame Roussel,

Je me permets de vous relancer au sujet du devis : je n'ai rien reçu jeudi et le chantier commence lundi prochain.

Cordialement,
N. Garnier
""", chase=True),
      ag("amelie", "11-09 10:30", """Bonjour Monsieur Garnier,

Toutes mes excuses pour ce retard. Voici le devis : deux bennes de 8 yards « gravats » à 240 £ chacune, plus un échange à 240 £, soit 720 £ TTC. Livraison le lundi 16 novembre à 7 h 30, échange le mercredi 18.

Bien cordialement""")),

    C("q24-alvarez-bridle-road", "es", "pending", {"unanswered-question": 1},
      "Marta Álvarez <marta.alvarez@example.com>", "gmail_es", "Contenedor para reforma – Wollaston",
      "Organising from Valencia (UTC+1): size and bank transfer are answered (invoice attached); "
      "the request to phone her father-in-law before delivery is not.",
      cu("11-17 20:10", """Hola:

Estamos reformando la casa de mis suegros en Wollaston (Bridle Road 8) y nos han dicho que necesitamos un contenedor. Yo estoy en Valencia hasta el domingo, así que lo organizo desde aquí. ¿Qué tamaño nos recomiendan para un baño y una cocina? ¿Se puede pagar por transferencia bancaria? Y, por favor, avisen a mi suegro, Ernesto, por teléfono (07700 900581) antes de llegar, porque no lee el correo.

Muchas gracias,
Marta Álvarez
""", uq=1, tz=1),
      ag("lucia", "11-18 09:20", """Hola, Marta:

Para un baño y una cocina lo normal es un contenedor de 8 yardas (285 £ con IVA, hasta 14 días). Sí, se puede pagar por transferencia: los datos bancarios vienen en la factura que le adjunto, y en cuanto llegue el pago programamos la entrega.

Un saludo""", attach=[("application/pdf", "Factura-21377.pdf", INVOICE_ES_PDF)])),

    C("q25-gill-bungalow-inline", "en", "closed", {},
      "Andy Gill <andy.gill@example.org>", "thunderbird", "Few questions before I book",
      "Three questions answered inline under each quoted question; 'the driver collects on the "
      "date you choose' is logistics; thanks-only reply.",
      cu("11-04 16:00", """Hi,

Before I book a skip for my dad's bungalow clear-out:

Do you take old paint tins?
Can the skip stay over Christmas if we need it?
Is there anything you won't take at all?

Thanks
Andy
"""),
      ag("gary", "11-04 16:45", """Hi Andy, answers below.

> Do you take old paint tins?

Empty or dried-out ones, yes. Tins with liquid paint still in can't go in - take those to the tip on Birmingham Street.

> Can the skip stay over Christmas if we need it?

Yes. After the first 14 days it's £6 a day, and the yard is shut 25 Dec to 1 Jan so nothing moves then anyway.

> Is there anything you won't take at all?

Asbestos, gas bottles, fridges and freezers, tyres, batteries and anything hazardous.

Once you've booked, the driver collects on the date you choose - just ring or email the day before.""",
         quote=False),
      cu("11-05 09:10", """Great, that's really helpful. I'll book online tonight.

Andy
""", thanks=True)),

    C("q26-yardley-maple-road", "en", "closed", {},
      "Denise Yardley <denise@yardleyinteriors.example>", "gmail", "Swap on Maple Road",
      "A pleasantry and a rhetorical question around one request, answered with a bare 'Of "
      "course.'",
      cu("11-09 08:05", """Hi Gary,

Hope you had a good weekend? Ours was spent filling your skip - who knew one bathroom could produce that much rubble?

The 6 yarder on Maple Road is full. Could you swap it for an empty one on Wednesday?

Denise
Yardley Interiors
"""),
      ag("gary", "11-09 08:40", """Of course."""),
      cu("11-09 08:52", """Star, thanks.
""", thanks=True)),

    C("q27-mercer-what-can-go-in", "en", "closed", {},
      "Ian Mercer <ian.mercer@example.net>", "apple", "What can go in a skip?",
      "A question the customer answers himself, then a request for the list of accepted waste, "
      "answered with only a link.",
      cu("11-10 12:30", """Hello,

Where do I find the account number for my booking? Never mind, it's on the delivery ticket the driver left - QB-55290.

Is there a list somewhere of what can and can't go in the skip? My wife wants to get rid of an old exercise bike and some paint.

Ian
"""),
      ag("gary", "11-10 13:05", """https://quarrybankskips.example/what-can-go-in"""),
      cu("11-10 13:20", """Perfect, thanks.

Ian
""", thanks=True)),

    C("q28-booth-dropped-kerb", "en", "closed", {},
      "Rachel Booth <rachel.booth@example.com>", "outlook", "FW: skip outside no. 24",
      "HTML-only mail forwarding a neighbour's note (its questions are forwarded text); Callum "
      "moves the skip; the customer's out-of-office answers his reply.",
      cu("11-11 07:30", """Hi,

Please see below from my neighbour. Could you move our skip about two metres back towards our gate so it's no longer across her dropped kerb? Skip ref QB-55107, 24 Wood Street.

Thanks,
Rachel Booth

---------- Forwarded message ---------
From: Pat Hughes <pat.hughes@example.org>
Date: Tue, 10 Nov 2026 at 21:02
Subject: skip outside no. 24
To: Rachel Booth <rachel.booth@example.com>

Hi Rachel, sorry to be a pain but your skip is across my dropped kerb and I can't get the car out. Is there any chance it could be moved? How long is it staying?

Pat
""", kind="html"),
      ag("callum", "11-11 08:45", """Hi Rachel,

No problem - a driver will be on Wood Street around 11 today and will shift it back towards your gate.

Callum"""),
      auto("11-11 08:46", """I'm away from the office until Monday 16 November with limited access to email. For anything urgent please call 07700 900762.

Rachel Booth
""", subject="Automatic reply: RE: FW: skip outside no. 24", quote=False)),

    C("q29-nightingale-permit-extension", "en", "pending", {"missed-follow-up": 1},
      "Carl Nightingale <carl@nightingaleelectrical.example>", "owa", "Permit extension - Hagley Road skip",
      "Shona answers both questions and promises to confirm the extension 'by end of day'; "
      "nothing follows.",
      cu("11-17 08:30", """Hi, the permit for our skip on Hagley Road runs out on Thursday and the job's overrunning by a week. Can you extend it, and will the council charge again?

Carl
Nightingale Electrical
"""),
      ag("shona", "11-17 09:40", """Hello Carl,

Extensions are fine as long as we ask before the current one expires, and yes, the council charges again - another £48 for up to 14 days. I'm ringing them now to check the road isn't booked for anything else that week, and I'll confirm the extension by end of day.

Kind regards""", promises=[("11-17", None)]),
      cu("11-17 10:00", """Thanks Shona.
""", thanks=True)),

    C("q30-lowe-refund-waiting", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Emma Lowe <emma.lowe@example.com>", "gmail", "Refund for cancelled skip",
      "A refund question gets only the acknowledgement; two days later she chases and is still "
      "waiting at the audit.",
      cu("11-16 13:20", """Hello,

I cancelled my skip booking (ref QB-55381) by phone last Wednesday because our builder let us down, and was told the £165 would go back on my card. It hasn't appeared yet. How long do refunds normally take?

Emma Lowe
"""),
      ack("11-16 13:21"),
      cu("11-18 19:05", """Hello again - still waiting to hear back about this, and still no refund. Could someone let me know what's happening please?

Emma
""", chase=True)),

    C("q31-hussain-flats-back-lane", "en", "closed", {"slow-first-response": 1, "missed-follow-up": 1},
      "Tariq Hussain <tariq@hussainproperty.example>", "outlook",
      "Two skips for flat refurbs - Dudley town centre",
      "A Friday-afternoon enquiry answered on Monday (slow); Callum's promise to confirm the slot "
      "by Tuesday is kept on Wednesday (missed).",
      cu("11-06 15:30", """Hi,

We're refurbishing two flats above the shops on Wolverhampton Street from the 16th. There's a rear yard off the back lane. Can you get a 6 yard into the yard (the gate is 2.4m wide), and could both skips come on the same delivery? Also, how early can the driver come? The lane gets blocked by deliveries after 9.

Tariq Hussain
Hussain Property Services
"""),
      ag("callum", "11-09 09:00", """Hi Tariq,

A 6 yard is 1.7m wide, so a 2.4m gate is fine as long as the lorry can get within about 3m of where the skip's going. Both can come on the same lorry if you go for 6 yards. Earliest drop is 7am. I'll confirm the exact slot for the 16th with the driver by Tuesday.

Callum""", promises=[("11-10", 3)]),
      ag("callum", "11-11 14:00", """Hi Tariq,

Confirmed - both skips arrive Monday 16th at 7:15.

Callum""", parent=1)),

    C("q32-kemp-pedmore-bus-stop", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Laura Kemp <laura.kemp@example.org>", "gmail", "Skip on the road - Pedmore, and a few questions",
      "Notice period answered, the bus-stop question deferred 'by Thursday' and never answered "
      "(missed), the upfront-payment discount never addressed.",
      cu("11-16 08:00", """Hi,

We need a skip on the road outside 66 Redhill Road, Pedmore from 30 November, as the drive is being dug up. Three things: how much notice do you need for the permit? Would the council allow it on a bus route - there's a stop two houses down? And do you offer a discount if we pay upfront for four weeks?

Thanks,
Laura
""", uq=1),
      ag("shona", "11-16 10:20", """Hello Laura,

For Dudley we need at least five working days, so for the 30th the application has to go in by the 23rd - I can do it as soon as you confirm. The bus stop I need to check with the highways officer, as they sometimes refuse permits within 10m of a stop. I'll let you know what they say by Thursday.

Kind regards""", promises=[("11-19", None)])),

    C("q33-fenn-double-charge", "en", "closed", {},
      "Julie Fenn <julie.fenn@example.net>", "apple", "Charged twice?",
      "Gary hands the double charge to Priya ('she'll be in touch today'); Priya refunds it the "
      "same afternoon. '3-5 working days' is how refunds work, not a promise.",
      cu("11-10 09:00", """Hi,

I've been charged twice for the same skip - £225 on 2 November and again on 4 November, both showing as Quarrybank Skip Hire on my bank statement. Booking ref QB-55218. Can you refund one of them please?

Julie Fenn
"""),
      ag("gary", "11-10 09:30", """Hi Julie,

Sorry about that. Refunds are done by our accounts team, so I've passed this to Priya - she'll be in touch today.""",
         promises=[("11-10", 3)]),
      ag("priya", "11-10 14:15", """Dear Julie,

You're right, the payment went through twice when the card machine timed out. I've refunded £225 to the card ending 4471 today; it should show on your statement within 3-5 working days.

Priya""", parent=1),
      cu("11-10 14:40", """Thank you Priya, much appreciated!

Julie
""", thanks=True)),

    C("q34-hoffmann-gartenabfall", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Sabine Hoffmann <sabine.hoffmann@example.org>", "thunderbird_de", "Gartenabfälle – Containergröße?",
      "No reply for two days, then 'gibt es schon etwas Neues'; Katrin answers both questions: "
      "chased and slow.",
      cu("11-10 17:45", """Hallo,

wir wollen im Garten zwei große Koniferen fällen lassen und die Hecke stark zurückschneiden. Wie viel passt in einen 4-Yard-Container, und dürfen auch die Wurzelstöcke mit der Erde daran hinein?

Viele Grüße
Sabine Hoffmann
"""),
      cu("11-12 08:30", """Hallo nochmal,

gibt es schon etwas Neues zu meiner Anfrage von Dienstag? Der Gärtner kommt am Montag und ich muss ihm Bescheid geben.

Gruß
S. Hoffmann
""", chase=True),
      ag("katrin", "11-12 10:00", """Hallo Frau Hoffmann,

entschuldigen Sie bitte die späte Antwort. Für zwei Koniferen und einen starken Heckenschnitt reicht ein 4-Yard-Container meistens nicht, das Schnittgut ist zu sperrig – ich würde den 6-Yard-Container nehmen (£225). Die Wurzelstöcke dürfen mit hinein, die Erde daran ist kein Problem, solange Sie nicht zusätzlich lose Erde einfüllen.

Viele Grüße""")),

    C("q35-romero-dos-yardas", "es", "closed", {},
      "Pablo Romero <pablo.romero@example.net>", "gmail_es", "Precio contenedor 2 yardas",
      "A Spanish pleasantry and one price question, answered with a bare figure.",
      cu("11-05 09:00", """Hola, ¿qué tal? ¿Cuánto cuesta el contenedor más pequeño, el de 2 yardas, para una semana? Es para Quarry Bank.

Gracias,
Pablo
"""),
      ag("lucia", "11-05 09:40", """95 £, IVA incluido."""),
      cu("11-05 10:00", """¡Perfecto, gracias!
""", thanks=True)),

    C("q36-moreau-allee-photo", "fr", "closed", {},
      "Isabelle Moreau <isabelle.moreau@example.com>", "apple_fr", "Accès pour la benne – photo",
      "A photo of the driveway with two access questions; Amélie answers both; thanks-only reply.",
      cu("11-09 11:10", """Bonjour,

Je vous joins une photo de l'allée devant chez nous (12 Hagley Road, Stourbridge). Le passage entre le mur et la maison fait environ 2,5 m. Est-ce qu'une benne de 6 yards peut passer et être posée au fond, près du garage ? Et le camion peut-il reculer dans l'allée sans abîmer les pavés ?

Merci,
Isabelle Moreau
""", attach=[("image/png", "allee.png", DRIVE_PNG)]),
      ag("amelie", "11-09 13:30", """Bonjour Madame Moreau,

Merci pour la photo, c'est très clair. Le camion fait 2,5 m de large : il ne passera pas entre le mur et la maison, nous ne pourrons donc pas poser la benne près du garage. Nous pouvons en revanche la déposer à l'entrée de l'allée, sur des planches qui protègent les pavés – c'est ce que nous faisons toujours sur ce type de revêtement, et le camion reste dans la rue.

Bien cordialement"""),
      cu("11-09 14:00", """Merci pour votre réponse rapide, je vais en parler à mon mari.

Isabelle
""", thanks=True)),

    C("q37-becker-wiegeschein", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Thomas Becker <thomas.becker@example.com>", "gmail_de", "Übergewicht – Rechnung und Wiegeschein",
      "Katrin answers the credit-note timing, promises the weighbridge ticket 'morgen' (never sent) "
      "and skips the new invoice address.",
      cu("11-11 10:00", """Guten Tag,

bei der Abholung unseres 8-Yard-Containers am 6. November wurde uns Übergewicht berechnet (£95). Der Container war nur mit Gartenabfällen gefüllt, ich kann mir das Gewicht kaum erklären. Können Sie mir bitte den Wiegeschein schicken? Und wie lange dauert eine Gutschrift, falls sich der Fehler bestätigt?

Ach ja, und die Rechnungen sollen künftig bitte an meine neue Adresse gehen: Hagley Road 140, Halesowen.

Mit freundlichen Grüßen
Thomas Becker
""", uq=1),
      ag("katrin", "11-11 11:30", """Guten Tag Herr Becker,

eine Gutschrift ist in der Regel innerhalb von fünf Werktagen auf Ihrem Konto. Den Wiegeschein muss ich bei der Umladestation anfordern – ich melde mich morgen mit dem Schein und einer Erklärung.

Viele Grüße""", promises=[("11-12", None)])),

    C("q38-ashworth-mums-house", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Neil Ashworth <neil.ashworth@example.com>", "gmail", "Skip for my mum's house while I'm away",
      "Writing from Dubai (UTC+4): price answered, the clearance quote promised 'early next week' "
      "comes on Wednesday (missed), and the request that the driver knock is never acknowledged.",
      cu("11-05 13:00", """Hi,

I'm working in Dubai until Christmas and trying to help my mum clear her house at 7 Greenfield Avenue, Stourbridge before she moves into sheltered housing. Could you quote for a 12 yard skip for two weeks from 16 November? She's 84, so please could the driver knock and explain where it's going rather than just dropping it. Also, does anyone at your end do house clearances, i.e. actually carry the stuff out, or do you just supply the skip?

Thanks very much,
Neil
""", uq=1, tz=4),
      ag("gary", "11-05 10:30", """Hi Neil,

A 12 yard for two weeks is £365 inc VAT. We don't do the carrying out ourselves, but we work with a local clearance firm and I'm waiting on their price for a house that size - I'll email you their quote early next week.""",
         promises=[("11-10", 3)]),
      ag("gary", "11-11 09:00", """Hi Neil,

Sorry this took longer than I said. Midland House Clearance can do it for £480 for a three-bed - two men for a day - and could do the 17th if you want it. Their number is 01384 496 0877.""",
         parent=1)),

    C("q39-cole-bent-door", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Martin Cole <martin.cole@colelandscapes.example>", "outlook", "Damaged skip - door won't close",
      "Callum promises to come back with a swap time (no deadline: two-day window) and never does; "
      "the landscaper chases and is still waiting.",
      cu("11-12 08:15", """Hi,

The drop-door on the 8 yard you delivered to Lutley Lane yesterday is bent and won't latch - we can't wheel barrows in through it. Can you swap it for another one?

Martin Cole
Cole Landscapes
"""),
      ag("callum", "11-12 09:30", """Hi Martin,

Sorry about that. I'll find a spare 8 yarder and get back to you with a swap time.

Callum""", promises=[("window", None)]),
      cu("11-17 07:45", """Callum, I haven't heard back about the replacement skip. We've been loading over the side for nearly a week now.

Martin
""", chase=True)),

    C("q40-reeve-church-hall", "en", "pending", {"missed-follow-up": 1},
      "Alison Reeve <alison.reeve@example.org>", "thunderbird", "Skip for church hall clear-out",
      "Two promises in one reply: the charity discount by Monday is kept on Monday, the booking "
      "form (no deadline) never comes.",
      cu("11-13 10:00", """Hello,

I'm organising a clear-out of St Mark's church hall in Pensnett on Saturday 28 November. We're a registered charity - do you offer any discount for charities? And would we need a permit if the skip goes in the hall car park? It's church land, not the road.

Best wishes,
Alison Reeve
St Mark's Church, Pensnett
"""),
      ag("gary", "11-13 11:15", """Hello Alison,

No permit needed on private land like your car park - permits are only for the highway. On the discount, we do help charities out but it's the owner's call; I'll ask him and let you know by Monday. I'll also email you our booking form so you can get it signed off by the church council.""",
         promises=[("11-16", 3), ("window", None)]),
      ag("gary", "11-16 09:00", """Hello Alison,

Good news - the owner is happy to give St Mark's 20% off, so a 12 yard would be £292 instead of £365.""",
         parent=1)),

    C("q41-barton-no-show", "en", "closed", {"customer-chased": 2, "unanswered-question": 1},
      "Chloe Barton <chloe.barton@example.com>", "iphone", "Skip never arrived",
      "A skip that never came: acknowledgement, two chasers in the morning, Gary fixes it; her "
      "later question about money off for the wasted day is passed over.",
      cu("11-10 19:20", """Hi, we booked a 4 yard skip for today (booking QB-55302) and it never came. Is it coming tomorrow instead? Our builder is booked and we're paying him to wait.

Chloe

Sent from my iPhone
"""),
      ack("11-10 19:21"),
      cu("11-11 08:40", """Any update? Builder is here and there's still no skip.

Sent from my iPhone
""", chase=True),
      cu("11-11 10:05", """Still nothing?? I've rung twice and the line's engaged.

Sent from my iPhone
""", chase=True),
      ag("gary", "11-11 10:30", """Hi Chloe,

I'm really sorry - the lorry carrying your skip broke down on the ring road yesterday afternoon and the office didn't ring round as it should have. Your skip is on another lorry now and will be with you by 11:30."""),
      cu("11-11 12:10", """It's arrived, thanks. But we paid our builder for a wasted day yesterday - will you knock something off the hire because of that?

Sent from my iPhone
""", uq=1),
      ag("gary", "11-11 12:40", """Glad it's there, and sorry again for yesterday. Collection is booked for the 25th - if you need it longer just let us know.""")),

    C("q42-vidal-amianto", "es", "closed", {"customer-chased": 1, "unanswered-question": 1},
      "Carmen Vidal <carmen.vidal@reformasvidal.example>", "outlook", "Consulta sobre amianto y contenedor",
      "Asbestos and a 6 yard asked (UTC+1), chased the same evening; Lucía answers both but not the "
      "request for the waste carrier certificate.",
      cu("11-12 10:00", """Buenos días:

Estamos desmontando un garaje en Cradley Heath con el tejado de fibrocemento (creemos que tiene amianto). ¿Pueden retirar las placas ustedes o nos tienen que recomendar a otra empresa? También necesitaremos un contenedor de 6 yardas para el resto de los escombros la semana del 23. Por último, ¿nos pueden enviar su certificado de transportista de residuos? Lo pide el cliente.

Saludos,
Carmen Vidal
Reformas Vidal
""", uq=1),
      cu("11-12 18:30", """Buenas tardes:

Les escribo de nuevo porque no he recibido respuesta a mi correo de esta mañana. ¿Me pueden contestar, por favor? Tenemos que organizar la obra.

Saludos,
Carmen Vidal
""", chase=True, parent=1),
      ag("lucia", "11-13 08:15", """Hola, Carmen:

Disculpe la demora. Nosotros no podemos recoger amianto: lo tiene que retirar una empresa autorizada, y le recomiendo Black Country Asbestos Services (01384 496 0955), con quienes trabajamos a menudo. El contenedor de 6 yardas para la semana del 23 está disponible y cuesta 225 £ con IVA. Dígame qué día lo quiere y lo reservo.

Un saludo"""), tz=1),

    C("q43-oduya-brook-street", "en", "pending", {"unanswered-question": 1},
      "Sam Oduya <sam.oduya@example.net>", "gmail", "Booking for Friday - 6 yard",
      "Booking and arrival time answered in a reply that lost its threading headers; the request "
      "in passing to keep the neighbour's dropped kerb clear is not acknowledged.",
      cu("11-16 12:00", """Hi,

I'd like to book a 6 yard for Friday 20th at 29 Brook Street, Amblecote - it can go on the drive. What time will it arrive? Oh, and please make sure the driver doesn't block the dropped kerb next door, our neighbour is a wheelchair user and needs it clear.

Cheers,
Sam
""", uq=1),
      ag("gary", "11-16 13:40", """Hi Sam,

Booked - Friday 20th, 6 yard on the drive at 29 Brook Street, £225 inc VAT. Friday's drops are between 7am and 12 and the driver rings 30 minutes before.""",
         thread=False)),

    C("q44-large-christmas-market", "en", "pending", {"unanswered-question": 2},
      "Becky Large <becky@largeevents.example>", "owa", "Skips for the Christmas market",
      "A bulleted list of four answered half-way: dates and permit answered, the cardboard-only "
      "skip and the recycling certificate not.",
      cu("11-17 13:00", """Hi,

We run the Stourbridge Christmas market (5-6 December) and need the traders' waste sorted. A few questions:

- Can you supply two 12 yard skips on the Friday afternoon and collect on Monday morning?
- Can one be for cardboard and recycling only, and is that cheaper?
- Do you provide the council permit for the market square, or do we get that through the events team?
- Please can we have a certificate of waste recycled afterwards for our sustainability report.

Thanks,
Becky Large
Large Events Ltd
""", uq=2),
      ag("shona", "11-17 15:20", """Hi Becky,

Two 12 yards out on Friday 4 December after 2pm and back on Monday 7th first thing is fine. For the market square, the permit comes through the council's events team as part of your event licence rather than through us - just give them the skip sizes and positions.

Kind regards""")),

    C("q45-lambert-questions", "fr", "pending", {"unanswered-question": 2},
      "Sophie Lambert <sophie.lambert@example.com>", "gmail", "Questions sur la location",
      "A numbered French list of four; Amélie answers size and hire length, not mattresses or cash "
      "payment.",
      cu("11-16 09:30", """Bonjour,

Nous venons d'emménager à Halesowen et l'ancien propriétaire a laissé beaucoup de cartons et de vieux meubles dans le garage. J'ai plusieurs questions :
1) Quelle taille de benne faut-il pour un garage plein ?
2) Les matelas sont-ils acceptés ?
3) Combien de temps peut-on garder la benne ?
4) Est-il possible de payer en espèces au chauffeur ?

Merci beaucoup,
Sophie Lambert
""", uq=2),
      ag("amelie", "11-16 11:00", """Bonjour Madame Lambert,

Pour un garage plein, comptez une benne de 8 yards (285 £ TTC). La location standard est de 14 jours ; au-delà, c'est 6 £ par jour supplémentaire.

Bien cordialement""")),

    C("q46-navarro-recogida", "es", "closed", {},
      "Diego Navarro <diego.navarro@example.org>", "iphone", "Recogida del contenedor",
      "Collection and the invoice asked; Lucía books the collection and attaches the invoice; "
      "thanks-only reply.",
      cu("11-10 18:00", """Hola:

Ya hemos terminado con el contenedor de 6 yardas en Lye (Pedmore Road 3). ¿Pueden recogerlo el jueves? Y otra cosa: ¿me mandan la factura a este correo?

Gracias,
Diego

Enviado desde mi iPhone
"""),
      ag("lucia", "11-11 08:30", """Hola, Diego:

Recogida reservada para el jueves 12 por la mañana. Le adjunto la factura.

Un saludo""", attach=[("application/pdf", "Factura-21311.pdf", INVOICE_LYE_PDF)]),
      cu("11-11 09:00", """¡Muchas gracias, Lucía!

Enviado desde mi iPhone
""", thanks=True)),

    C("q47-wolf-abholung", "de", "closed", {},
      "Katharina Wolf <k.wolf@wolf-architektur.example>", "outlook_de", "Containerabholung und Genehmigung",
      "An architect asks about Saturday collection and whether the next container needs a new "
      "permit; both answered at once.",
      cu("11-03 08:00", """Guten Morgen,

wir betreuen als Architekturbüro einen Umbau in Wordsley (Kinver Street 22). Können Sie den Container am Samstag abholen? Und brauchen wir für den nächsten Container eine neue Genehmigung, wenn er an derselben Stelle steht?

Mit freundlichen Grüßen
Katharina Wolf
Wolf Architektur
"""),
      ag("katrin", "11-03 09:10", """Guten Morgen Frau Wolf,

ja, Abholung am Samstag, 7. November, zwischen 7 und 12 Uhr. Eine neue Genehmigung ist nicht nötig, solange die bestehende noch läuft (bis 17. November) – der neue Container darf auf derselben Genehmigung stehen.

Viele Grüße"""),
      cu("11-03 09:30", """Vielen Dank, Frau Vogel!

K. Wolf
""", thanks=True)),

    C("q48-tolley-overloaded", "en", "closed", {"unanswered-question": 1},
      "Graham Tolley <g.tolley@example.net>", "thunderbird", "Overfilled skip charge",
      "A base64 mail disputing an overloaded-skip charge: the definition is explained, the "
      "request for the driver's photo is skipped.",
      cu("11-04 20:15", """Hello,

I've been charged £40 for an "overloaded skip" on invoice 21044. The skip was full to the top but nothing was sticking out. What exactly counts as overloaded? And can you send me the photo the driver supposedly took?

Regards
Graham Tolley
""", uq=1, cte="base64"),
      ag("priya", "11-05 09:15", """Dear Graham,

A skip counts as overloaded when anything is above the level of the sides, because the lorry then has to sheet it and the load must not be able to shift. The driver noted two doors lying across the top, which is why the charge was added.

Priya""")),

    C("q49-parsons-old-hill", "en", "closed", {},
      "Vicky Parsons <vicky@parsonslofts.example>", "gmail", "Skip for loft job - Old Hill",
      "Two questions answered at once ('Yes to both'); her signature has a question and a URL "
      "with '?'; thanks-only reply.",
      cu("11-12 12:00", """Hi Gary,

Could a 6 yard go on the same spot as last time (Old Hill, outside no. 9), and is the price still £225?

Vicky
--
Vicky Parsons | Parsons Loft Conversions
Thinking about a loft conversion? https://parsonslofts.example/quote?src=email
"""),
      ag("gary", "11-12 12:30", """Hi Vicky,

Yes to both."""),
      cu("11-12 12:45", """Perfect, thanks Gary - I'll book it online.

Vicky
--
Vicky Parsons | Parsons Loft Conversions
Thinking about a loft conversion? https://parsonslofts.example/quote?src=email
""", thanks=True)),

    C("q50-bernard-prolongation", "fr", "closed", {},
      "Antoine Bernard <antoine.bernard@example.net>", "outlook", "Prolongation de location",
      "A one-week extension asked in an HTML+text mail; Amélie says yes with the date and the "
      "price; thanks-only reply.",
      cu("11-06 10:00", """Bonjour,

Pouvons-nous garder la benne (réf. QB-55174) une semaine de plus ? Les travaux ont pris du retard.

Cordialement,
Antoine Bernard
""", kind="alt"),
      ag("amelie", "11-06 10:40", """Bonjour Monsieur Bernard,

Oui, bien sûr. La benne reste chez vous jusqu'au 20 novembre ; la semaine supplémentaire est facturée 42 £.

Bien cordialement"""),
      cu("11-06 11:05", """Parfait, merci beaucoup.

A. Bernard
""", kind="alt", thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "q02-okafor-garden-mini": [
        "Could you also email me the waste transfer note once it's been collected?"],
    "q04-kestrel-fenton-street": [
        "Does the new skip go on the same permit or do we need a fresh one?",
        "Please send me a copy of the October invoice, our accounts lady can't find it."],
    "q07-lefevre-bistro-cuisine": [
        "Pourriez-vous aussi établir la facture au nom de la société, avec notre numéro de TVA GB 294 7714 05 ?"],
    "q12-castlegate-old-foundry": [
        "Also, the loading bay has a 3.5m height barrier; will the RoRo lorry get under it?"],
    "q17-pritchard-neighbours-bags": [
        "And the neighbours have asked whether they can put a couple of bags of their own in, is that allowed or does it have to be our waste only?"],
    "q18-rowley-garden-wall": [
        "Is there a weight limit on the 6 yard skip?"],
    "q21-fairley-beech-avenue": [
        "Could you text the neighbour at number 10, Mrs Aldridge (07700 900144), the day before delivery, as she has a key and will move her car?",
        "I also wondered whether the old carpets are OK in the skip or need to go separately."],
    "q22-schneider-gehweg": [
        "Können Sie den Container auf den Gehweg stellen, oder brauchen wir dafür eine Genehmigung?"],
    "q24-alvarez-bridle-road": [
        "Y, por favor, avisen a mi suegro, Ernesto, por teléfono (07700 900581) antes de llegar, porque no lee el correo."],
    "q32-kemp-pedmore-bus-stop": [
        "And do you offer a discount if we pay upfront for four weeks?"],
    "q37-becker-wiegeschein": [
        "Ach ja, und die Rechnungen sollen künftig bitte an meine neue Adresse gehen: Hagley Road 140, Halesowen."],
    "q38-ashworth-mums-house": [
        "She's 84, so please could the driver knock and explain where it's going rather than just dropping it."],
    "q41-barton-no-show": [
        "will you knock something off the hire because of that?"],
    "q42-vidal-amianto": [
        "Por último, ¿nos pueden enviar su certificado de transportista de residuos?"],
    "q43-oduya-brook-street": [
        "Oh, and please make sure the driver doesn't block the dropped kerb next door, our neighbour is a wheelchair user and needs it clear."],
    "q44-large-christmas-market": [
        "Can one be for cardboard and recycling only, and is that cheaper?",
        "Please can we have a certificate of waste recycled afterwards for our sustainability report."],
    "q45-lambert-questions": [
        "Les matelas sont-ils acceptés ?",
        "Est-il possible de payer en espèces au chauffeur ?"],
    "q48-tolley-overloaded": [
        "And can you send me the photo the driver supposedly took?"],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice118 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
