#!/usr/bin/env python3
"""Regenerate ``tests/practice108/``: a labelled corpus of Dunmore Model Railways.

A support mailbox of a fictional UK model railway shop (OO and N gauge locomotives, rolling
stock and track, DCC decoders and sound fitting, repairs and servicing of locomotives,
layout-building commissions, mail order and a shop counter, pre-orders of new releases),
written without looking at the detection heuristics, with many customer questions. Audited
at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``dunmorerailways.example``.

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

Usage: python scripts/make_practice108_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, ack, ag, auto, cu

SUPPORT_DOMAIN = "dunmorerailways.example"
ORDERS = "Dunmore Model Railways <shop@dunmorerailways.example>"

AGENTS = {
    "gareth": ("Gareth Pryce <gareth@dunmorerailways.example>", "thunderbird", """-- 
Gareth Pryce
Mail Order & Shop Counter | Dunmore Model Railways
14 Station Approach, Dunmore | 01632 960418
https://dunmorerailways.example/shop?ref=sig"""),
    "nina": ("Nina Okafor <nina@dunmorerailways.example>", "outlook", """Nina Okafor
Workshop Manager - Repairs, Servicing & Layout Builds
Dunmore Model Railways
This e-mail and any attachments are confidential and intended solely for the addressee."""),
    "callum": ("Callum Reid <callum@dunmorerailways.example>", "apple", """Callum Reid
DCC & Sound Fitting | Dunmore Model Railways
Not sure which decoder fits? https://dunmorerailways.example/dcc/fit-guide?from=email"""),
    "priya": ("Priya Shah <priya@dunmorerailways.example>", "owa", """Priya Shah
Pre-orders & Accounts | Dunmore Model Railways
01632 960419"""),
    "klaus": ("Klaus Becker <klaus@dunmorerailways.example>", "thunderbird_de", """-- 
Klaus Becker
Kundenservice (Deutsch) | Dunmore Model Railways
https://dunmorerailways.example/de?ref=signatur"""),
    "camille": ("Camille Roux <camille@dunmorerailways.example>", "apple_fr", """Camille Roux
Service clients (français) | Dunmore Model Railways
https://dunmorerailways.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ortega <lucia@dunmorerailways.example>", "gmail_es", """--
Lucía Ortega
Atención al cliente (español) | Dunmore Model Railways
+44 1632 960420"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Dunmore Model Railways. This is an automatic reply to
let you know your message has been logged as {ref}.

The shop counter and phones are open Tuesday to Saturday, 9:30am-5:30pm, and
we aim to reply within one working day. Repairs already booked in? Please
quote your workshop number (W-xxxx) in any reply.

Dunmore Model Railways
https://dunmorerailways.example/help?ticket={ref}""",
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
    "helpdesk": ["X-Mailer: Dunmore Desk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="dmr.", outlook_server="CWLP26")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice108", title="Dunmore Model Railways", desk=ORDERS, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="DMR-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------


PRICE_LIST_PDF = mailcraft.pdf(["Dunmore Model Railways - Scenic price list 11/2026",
                                "Static grass 2mm/4mm/6mm - 3.95 per 50g",
                                "Ballast fine grey (N) / medium (OO) - 4.50 per 250g",
                                "Scenic glue 500ml - 6.75   Tree kits from 8.99"])
FACTURE_PDF = mailcraft.pdf(["Dunmore Model Railways - Facture F-26-1187",
                             "Association Rail Loisirs Lyon - TVA FR41 884 213 907",
                             "6 wagons N - 101.70 GBP, port 16.00 GBP"])
SCHOOL_QUOTE_PDF = mailcraft.pdf(["Dunmore Model Railways - Quotation Q-2611-031",
                                  "St Barnabas Primary - STEM club, PO 7781",
                                  "OO starter layout board, track pack, DCC controller - 612.00",
                                  "Payment terms: 30 days from invoice"])
VAT_INVOICE_PDF = mailcraft.pdf(["Dunmore Model Railways - VAT invoice INV-41102",
                                 "Franks Surveying Ltd",
                                 "Order D-41102 - 186.40 incl. VAT 31.07 - VAT reg GB 318 4471 26"])
INSTRUCCIONES_PDF = mailcraft.pdf(["Decodificador de sonido DS-21 - Instrucciones (ES)",
                                   "1. Direccion: CV1 (corta) o CV17/CV18 (larga)",
                                   "2. Volumen general: CV63   3. Reset de fabrica: CV8 = 8"])
ALCOVE_PNG = mailcraft.png(24, 12, lambda x, y: (200 - 3 * y, 190 - 2 * x, 170))
COUPLING_PNG = mailcraft.png(16, 16, lambda x, y: (40 + 8 * x, 40 + 8 * y, 60) if abs(x - y) > 1 else (230, 230, 230))

CASES = [
    C("m01-class66-sound-fit", "en", "closed", {},
      "Tom Ashworth <tom.ashworth@example.com>", "gmail", "Sound fitting a Class 66",
      "Three questions about a sound fit answered out of order in one paragraph; thanks-only reply.",
      cu("11-02 09:14", """Hi,

I've got a Fernside Models Class 66 (the DB Cargo one, 21-pin socket, bought from you last year) that I'd like sound fitted. How much would it be to fit a sound decoder and speaker? How long does it usually take at the moment? And do I need to send the original box with it or is the loco on its own, well wrapped, OK?

Cheers,
Tom"""),
      ag("callum", "11-02 13:40", """Hi Tom,

The loco on its own is fine - wrap it in bubble wrap inside a sturdy box and keep the original box at home, it only gets squashed in the post. We're running at about two weeks on sound fits at the moment, and for a 66 with a 21-pin socket it's £149 all in (decoder, sugar-cube speaker, our own sound profile and a test run), plus return postage.

Callum"""),
      cu("11-02 15:02", """Brilliant, thanks Callum - I'll get it in the post this week.

Tom""", thanks=True),
    ),
    C("m02-class91-preorder-address", "en", "pending", {"unanswered-question": 1},
      "Helen Marsh <h.marsh@marshfamily.example>", "outlook", "Pre-order PO-2291 - Class 91",
      "Pre-order date and deposit answered; the change of delivery address asked in passing is not.",
      cu("11-16 19:22", """Hello,

I have a pre-order with you (PO-2291) for the Kingfisher Rail Class 91 in InterCity livery. The manufacturer's newsletter now says "spring 2027" rather than December. Is there a firm date yet? If it slips again, is my £40 deposit refundable or would I lose it?

I'm also changing jobs in January, so could you change the delivery address on the pre-order to my work address below? Somebody is always on reception there.

Marsh & Pell Architects, 2 Ropewalk Court, Dunmore DN4 7QT

Kind regards,
Helen Marsh""", uq=1),
      ag("priya", "11-17 10:05", """Dear Helen,

Kingfisher have given us week 12 of 2027 as their current shipping date for the Class 91, which fits their "spring" wording - we'll email you as soon as stock is on the way to us.

Your deposit is fully refundable at any time before the model ships, so there is no risk in keeping the pre-order open; just reply to this email if you'd rather cancel.

Best wishes,"""),
    ),
    C("m03-n-gauge-08-service", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Dev Malhotra <dev.malhotra@example.net>", "iphone", "N gauge 08 shunter - service",
      "The parts quote promised by Friday comes the following Tuesday; the request to oil the coupling rods is passed over.",
      cu("11-03 08:10", """Hi Nina

I posted my N gauge class 08 to you last Thursday for a service. Has it arrived? And what's the cost of a standard service? It stalls on the points and runs in jerks at low speed.

Dev

Sent from my iPhone"""),
      ag("nina", "11-03 14:20", """Hi Dev,

Yes, it came in this morning's post and is booked in as W-1162. A standard service is £28 (strip, clean, lubricate, pickups and wheels, test run on DC and DCC).

I'll have it on the bench this week and I'll email you a quote for any parts it needs by Friday.

Regards,""", promises=[("11-06", 3)]),
      ag("nina", "11-10 09:30", """Hi Dev,

Sorry this has taken longer than I said. The motor brushes are worn down almost to the holders and one of the pickups on the rear axle is bent, which is your stalling on the points. Parts come to £14.50 on top of the service.

Shall I go ahead?

Regards,"""),
      cu("11-10 12:04", """Yes please go ahead. Can you send it back Special Delivery? I'm happy to pay the extra. And could you oil the coupling rods too while it's apart, they squeak a bit.

Dev

Sent from my iPhone""", uq=1),
      ag("nina", "11-11 10:15", """Hi Dev,

All done - new brushes and pickup fitted and it crawls over the points beautifully now. Special Delivery is £8.95; I've added it to the invoice and it will go in Friday's collection.

Regards,"""),
    ),
    C("m04-track-order-not-arrived", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Rob Kinsella <robkinsella@example.org>", "gmail", "Order D-40817 not arrived",
      "Mail-order parcel missing; acknowledgement, the customer chases from his own mail, answered on Monday.",
      cu("11-12 20:41", """Hello,

I ordered 6 lengths of Code 75 flexitrack and two large radius electrofrog points on Monday (order D-40817). The money has gone out of my account but I haven't had a dispatch email. Has it actually been sent? Could you give me the tracking number?

Thanks,
Rob Kinsella"""),
      ack("11-12 20:42"),
      cu("11-14 11:03", """Just following up on my email below - I still haven't heard anything and the fiddle yard is stuck without those points.

Rob""", chase=True),
      ag("gareth", "11-16 09:12", """Hi Rob,

Apologies for the wait, the shop is closed on Sundays and Mondays are our catch-up day. Your order went out on Friday afternoon by Royal Mail Tracked 48, tracking number TT 4412 7709 3GB - the system didn't send the dispatch email because the points were picked from the back-order shelf, which I've now fixed. It shows as out for delivery today.

Regards,"""),
    ),
    C("m05-de-versand-zoll", "de", "closed", {"unanswered-question": 1},
      "Jürgen Albrecht <j.albrecht@albrecht-modellbahn.example>", "gmail_de", "Anfrage: Class 47 nach Deutschland",
      "Versand nach Deutschland und Decodereinbau beantwortet, die Frage nach Zoll und Einfuhrumsatzsteuer nicht.",
      cu("11-05 18:30", """Sehr geehrte Damen und Herren,

ich sammle britische Modelle in Spur OO und interessiere mich für die Class 47 in BR-Blau aus Ihrem Onlineshop. Was kostet der Versand nach Deutschland? Muss ich beim Empfang Zoll oder Einfuhrumsatzsteuer zahlen? Können Sie vor dem Versand einen DCC-Decoder einbauen?

Mit freundlichen Grüßen
Jürgen Albrecht""", tz=1, uq=1),
      ag("klaus", "11-06 10:20", """Sehr geehrter Herr Albrecht,

vielen Dank für Ihre Anfrage. Der Versand nach Deutschland kostet £14,50 mit DHL Express, versichert und mit Sendungsverfolgung, Lieferzeit 3-4 Werktage.

Einen Decoder bauen wir gern vor dem Versand ein: Die Class 47 hat eine 8-polige Schnittstelle, ein passender Decoder kostet mit Einbau und Probefahrt £34. Geben Sie bei der Bestellung einfach im Kommentarfeld die gewünschte Adresse an.

Mit freundlichen Grüßen"""),
      cu("11-06 19:10", """Vielen Dank, ich überlege es mir und bestelle dann online.

J. Albrecht""", tz=1, thanks=True),
    ),
    C("m06-fr-wagons-facture", "fr", "closed", {},
      "Élise Garnier <elise.garnier@railloisirs-lyon.example>", "apple_fr", "Commande wagons N - facture",
      "Facture avec numéro de TVA envoyée en pièce jointe, regroupement d'envoi expliqué; la cliente décide, l'agent confirme.",
      cu("11-09 09:45", """Bonjour,

Je viens de passer commande de six wagons tombereaux en N pour notre association. Pourriez-vous m'envoyer une facture au nom de l'association Rail Loisirs Lyon avec notre numéro de TVA (FR41 884 213 907) ? Et est-il possible de regrouper l'envoi avec ma précommande de la locomotive Class 50, pour ne payer qu'un seul port ?

Merci d'avance,
Élise Garnier
Trésorière, Rail Loisirs Lyon""", tz=1),
      ag("camille", "11-09 15:10", """Bonjour Madame Garnier,

Vous trouverez la facture F-26-1187 en pièce jointe, au nom de l'association et avec votre numéro de TVA.

Pour le regroupement : c'est possible, mais la Class 50 n'est attendue qu'en mars. Je vous conseille plutôt d'envoyer les wagons maintenant ; nous vous offrirons le port sur la locomotive à sa sortie.

Bien cordialement,""", attach=[("application/pdf", "Facture-F-26-1187.pdf", FACTURE_PDF)]),
      cu("11-09 18:30", """Parfait, envoyez les wagons maintenant alors. Merci beaucoup !

Élise""", tz=1),
      ag("camille", "11-10 09:00", """C'est noté : les wagons partent aujourd'hui par colis suivi, vous recevrez le numéro par e-mail.

Bonne journée,"""),
    ),
    C("m07-es-sonido-presupuesto", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Alejandro Ruiz <a.ruiz@ruiz-trenes.example>", "gmail_es", "Reparación de sonido - Class 37",
      "Presupuesto prometido para el jueves que nunca llega; el cliente insiste una semana después y nadie contesta.",
      cu("11-09 11:20", """Hola,

Tengo una Class 37 en escala OO con sonido que compré en su tienda hace dos años. Desde hace unas semanas el altavoz solo hace ruido y a veces se corta. ¿Pueden repararla? ¿Cuánto costaría más o menos? ¿Tengo que enviarla con el decodificador puesto o lo quito yo?

Gracias,
Alejandro Ruiz""", tz=1),
      ag("lucia", "11-10 09:40", """Hola Alejandro:

Sí, reparamos sonido en nuestro taller. Envíela con el decodificador puesto, así podemos comprobar el conjunto completo; no hace falta que lo desmonte.

En cuanto al precio, depende de si es solo el altavoz o también el decodificador, así que tengo que consultarlo con el taller. Le escribo el jueves con el presupuesto.

Un saludo,""", promises=[("11-12", None)]),
      cu("11-17 10:05", """Buenos días, ¿hay alguna novedad sobre el presupuesto? Sigo esperando su respuesta para poder enviar la locomotora.

Alejandro""", tz=1, chase=True),
    ),
    C("m08-loft-layout-commission", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Martin Oyelaran <martin@oyelaran.example>", "outlook", "Layout build in our loft - OO, Western Region",
      "Layout commission enquiry passed from the shop to the workshop to the DCC fitter; the request for photos of earlier builds is never picked up.",
      cu("11-11 21:15", """Good evening,

My wife has finally agreed that the loft can become a railway room, and rather than spend another ten years building it myself I'd like to ask whether you would build a layout for me. I'm thinking of an 8ft x 4ft OO layout, BR Western Region in the late 1950s, a through station with a small goods yard and a fiddle yard at the back.

What sort of price range should I expect, and how long is your waiting list at the moment? Would you build the baseboards on site or in your workshop? I'd also want it wired for DCC so I can add sound locos later.

Could you also send me a couple of photos of layouts you've built before?

Best regards,
Martin Oyelaran""", kind="alt", uq=1),
      ag("gareth", "11-12 10:02", """Hi Martin,

Thanks for thinking of us. For an 8x4 OO layout with a station, goods yard and fiddle yard the price usually lands between £3,500 and £6,000, most of the difference being how much scenery and how many buildings you want. We could start in February, with about four months from start to handover.

The baseboard question is one for Nina, who runs the workshop builds - I've passed your email to her.

Regards,"""),
      ag("nina", "11-12 14:30", """Hi Martin,

Gareth passed your email on. We build the baseboards in our workshop in 4ft x 2ft sections, so four of them for 8x4, and then assemble them in your loft on the day of delivery. The only thing I need to know is the size of your loft hatch - can you measure it for me?

Kind regards,"""),
      cu("11-12 19:00", """Hi Nina,

The hatch is 60cm x 55cm - will that do? And who should I ask about the DCC side?

Martin"""),
      ag("callum", "11-13 10:45", """Hi Martin,

60 x 55 is fine, the 4x2 sections go through on edge with room to spare. I look after the DCC side: we wire every section with a twisted-pair bus and droppers to every rail length, with plug-and-socket joints between sections, and leave each board ready for point decoders if you want them later. Sound locos just go on the track.

Callum"""),
    ),
    C("m09-sound-f3-reopened", "en", "pending", {"reopened": 1},
      "Gwen Pritchard <gwen@pritchard-home.example>", "thunderbird", "Class 37 sound fit - address and volume",
      "Questions answered and the case marked resolved; a week later the horn stops working and the customer writes again in the same thread.",
      cu("11-09 10:00", """Hi Callum,

The Class 37 is back and sounds fantastic - the whole club came round to hear it. Quick one: what decoder address did you set, and is the volume adjustable from the handset?

Gwen"""),
      ag("callum", "11-09 14:30", """Hi Gwen,

Glad it went down well! It's on long address 3708 (the loco number), and yes - overall volume is CV63, 0 to 255; it's set to 160 now, so you have plenty of room either way. You can change it with programming on the main from the handset.

I'll mark this as resolved - enjoy it!

Callum""", closes=True),
      cu("11-16 20:10", """Hi Callum,

Sorry to come back to this. Since last night the horn on F3 does nothing, though every other sound is fine. I did change the volume on Saturday but nothing else. Is it something I can fix with a CV, or does it need to come back to you?

Gwen"""),
      ag("callum", "11-17 09:20", """Hi Gwen,

It sounds like the F3 mapping got changed along with the volume - an easy slip on the handset. Set CV8 to 8 to reset the decoder, then put the address back to 3708 and CV63 to your volume; F3 will be the two-tone horn again. If it's still silent after that, send it back and we'll look at it free of charge.

Callum"""),
    ),
    C("m10-fresh-n-gauge-starter", "en", "open", {},
      "Sam Whitlow <samwhitlow@example.net>", "android", "N gauge starter bundle - Christmas",
      "A fresh enquiry on the audit morning with only the acknowledgement: inside the response target.",
      cu("11-20 08:05", """Hi, I'm looking at the Dunmore N gauge starter bundle for my daughter's Christmas present. Is it still in stock, and would it arrive before 18 December if I order it now? Thanks, Sam

Get Outlook for Android"""),
      ack("11-20 08:06"),
    ),
    C("m11-point-motors-awaiting", "en", "open", {"awaiting-reply": 1},
      "Fiona Carrick <fiona.carrick@example.com>", "owa", "Surface-mounted point motors",
      "Stock question nobody has answered for two days.",
      cu("11-18 13:20", """Hello,

Do you have the surface-mounted point motors back in stock? I need six for the fiddle yard. And do they come with the mounting plates or are those extra?

Many thanks,
Fiona Carrick"""),
    ),
    C("m12-wagon-axlebox-ooo", "en", "closed", {"missed-follow-up": 1},
      "Derek Hallam <derek.hallam@hallam-eng.example>", "outlook", "Coal wagon with cracked axlebox",
      "Replacement promised 'by Friday' after checking with the supplier, never sent; the customer's out-of-office answers the reply.",
      cu("11-04 09:30", """Hello,

One of the three 16-ton mineral wagons I bought from you in September has a cracked axlebox on one side, so the wheel drops out on curves. Can you swap it, and do I need to send the whole set back?

Regards,
Derek Hallam
Hallam Engineering Ltd"""),
      ag("gareth", "11-04 12:10", """Hi Derek,

Sorry about that. Just the one wagon, please, not the whole set - they're sold as singles in a display sleeve.

Before you send anything I need to check with the supplier whether they'll send us a replacement axlebox moulding or a whole wagon; I'll get back to you by Friday with which it is.

Regards,""", promises=[("11-06", None)]),
      auto("11-04 12:11", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact our works office on 01632 960733.

Derek Hallam""", subject="Automatic reply: RE: Coal wagon with cracked axlebox", quote=False),
    ),

    C("m13-tank-engine-buffers", "en", "closed", {},
      "Harriet Lowe <harriet.lowe@example.org>", "gmail", "Sprung buffers for the sister engine",
      "A rhetorical question next to a real request, answered; thanks-only reply.",
      cu("11-05 16:40", """Hi Nina,

The little 0-6-0 tank you serviced is back and running better than it ever has. Who'd have thought a loco that small could cause so much grief? Anyway - can I order another set of the sprung buffers you fitted, for its sister engine?

Best,
Harriet"""),
      ag("nina", "11-06 09:15", """Hi Harriet,

Yes - they're £6.50 a pair and I've put two pairs aside for you at the counter. You can add them to an online order (they're listed as "OO sprung buffers, round head") or pay over the phone and we'll post them.

Kind regards,"""),
      cu("11-06 11:20", """Perfect, thank you Nina. I'll ring on Saturday.

Harriet""", thanks=True),
    ),
    C("m14-decoder-cv7-boston", "en", "closed", {},
      "Owen Breck <owen.breck@example.com>", "apple", "Sound project update from the US",
      "A customer in Boston answers his own question in the same mail; the real questions are answered.",
      cu("11-06 21:00", """Hi there,

I bought one of your sound decoders on a visit last summer and it's in my British outline Class 25 here in Boston. Where do I find the firmware version on the decoder? Never mind - it's CV7, found it in the manual, it says 42.

What I actually need to know: can you update the sound project if I mail the decoder to you from the US, and what would that cost including return shipping?

Thanks,
Owen""", tz=-5),
      ag("callum", "11-07 10:00", """Hi Owen,

Yes, we can - firmware 42 takes the current Class 25 project without any trouble. The update is £15 and tracked airmail back to Boston is £11, so £26 in total; pop the decoder in a padded envelope with a note of your order number and mark the customs form "returned goods for repair".

Callum"""),
    ),
    C("m15-n-gauge-list-half", "en", "closed", {"unanswered-question": 2},
      "Priyanka Dutta <p.dutta@example.com>", "gmail", "Starter set for my son",
      "A numbered list of four questions: the first two answered, the gift voucher and the Sunday opening are not; thanks-only reply.",
      cu("11-10 19:30", """Hello,

My son is 9 and has decided that N gauge is his thing (I blame his grandad). A few questions before I come in:

1. Which starter set would you recommend for his age, at around £200?
2. His grandad has given him some Code 55 track from another brand - will it join up with the set track?
3. Can I buy a gift voucher online or only in the shop?
4. Are you open on the Sunday before Christmas?

Thank you,
Priyanka Dutta""", uq=2),
      ag("gareth", "11-11 10:05", """Hi Priyanka,

For a 9-year-old I'd go for the Dunmore "Branch Line" N starter set at £189: a robust little diesel, three wagons, an oval with a siding and a simple controller that copes with being driven flat out.

Code 55 will join the set track with transition joiners (£3.20 for a pack of 12) - the rails are different heights, so the normal joiners won't line up.

Regards,"""),
      cu("11-11 12:00", """Thanks, that's really helpful.

Priyanka""", thanks=True),
    ),
    C("m16-club-discount-buried", "en", "closed", {"unanswered-question": 2},
      "Alan Fairbrother <secretary@wolds-mrc.example>", "thunderbird", "Wolds Model Railway Club - discount",
      "Three requests in one long paragraph: the club discount is answered, the exhibition stand and the faulty lighting kit are not.",
      cu("11-11 20:45", """Dear Sir or Madam,

I write as secretary of the Wolds Model Railway Club. The committee asked me to write to you about a club discount: we're 34 members, most of us buy from you already, and a couple of the other shops in the area give us 10% on production of a membership card, so is that something you'd consider? We're also putting on our annual exhibition at St Bede's church hall on 5 and 6 December and wondered whether you'd be willing to bring a sales stand, we'd waive the table fee. On a personal note, the coach lighting kit I bought last month has a dead LED strip - can I just post it back to you with the receipt?

Yours faithfully,
Alan Fairbrother
Hon. Secretary, Wolds MRC""", uq=2),
      ag("priya", "11-12 11:00", """Dear Alan,

Thank you for getting in touch. We'd be happy to offer 10% to Wolds MRC members on production of a current membership card, in the shop or by quoting the card number on an online order. It doesn't apply to pre-orders or items already on sale. Let me know when you'd like it to start and I'll set it up on our system.

Best wishes,"""),
    ),
    C("m17-maroon-coaches", "en", "closed", {"unanswered-question": 1},
      "Colin Ibbotson <colin.ibb@example.net>", "iphone", "4-wheel coaches in BR maroon?",
      "Asked about maroon coaches, the agent answers about the crimson and cream ones; postage answered.",
      cu("11-13 07:50", """Morning,

Do you have the Kingfisher 4-wheel coaches in BR maroon in stock? I need three for a branch line train. Also how much is postage to Northern Ireland?

Colin

Sent from my iPhone""", uq=1),
      ag("gareth", "11-13 11:30", """Hi Colin,

We've got the BR crimson and cream 4-wheelers in stock at £32.50 each - lovely models, with the new finer couplings. Postage to Northern Ireland is £6.95 tracked, the same as the mainland.

Regards,"""),
    ),
    C("m18-brake-van-second-mail", "en", "pending", {"unanswered-question": 1},
      "Nathan Quigley <nquigley@example.com>", "gmail", "Harbour Lights brake van",
      "Reservation answered; the second mail asks to reserve another for his brother and the reply ignores it.",
      cu("11-14 10:20", """Hi,

Is the Dunmore exclusive "Harbour Lights" brake van still available in N? Can I reserve one to collect on Saturday?

Nathan"""),
      ag("priya", "11-14 12:00", """Hi Nathan,

Yes, we have 11 left. I've put one aside under your name for Saturday.

Priya"""),
      cu("11-14 13:05", """Great, thanks! Could you put aside a second one for my brother too? He'll pay for his when we collect.

Nathan""", uq=1),
      ag("priya", "11-14 15:40", """You're welcome, Nathan - see you on Saturday. The counter opens at 9:30.

Priya"""),
    ),
    C("m19-08-address-kept", "en", "pending", {},
      "Trevor Mayhew <t.mayhew@example.org>", "outlook", "Class 08 not responding after service",
      "The reset question answered at once, the job notes promised for tomorrow morning and delivered; thanks-only reply.",
      cu("11-16 09:00", """Hello,

My Class 08 came back from its service last week (W-1148) and now it won't respond to address 3 on my controller. Did you change the address? Is there a way to reset it without a programming track? I only have the main layout.

Trevor Mayhew"""),
      ag("nina", "11-16 14:10", """Hi Trevor,

You can reset it on the main line: with only the 08 on the track, select address 3 and set CV8 to 8 using programming on the main (POM) - it will go back to factory settings on address 3.

We did test it on address 3 before posting, so something else is going on. I'll check the job notes and get back to you tomorrow morning with exactly what we did.

Regards,""", promises=[("11-17", 3)]),
      ag("nina", "11-17 09:25", """Hi Trevor,

Found it in the notes: Callum updated the decoder firmware, and the update left a consist address in CV19. The loco then only listens to the consist address. Set CV19 to 0 (or do the CV8 reset) and it will answer to 3 again.

Regards,"""),
      cu("11-17 18:40", """That was it - CV19. Running again, thank you!

Trevor""", thanks=True),
    ),
    C("m20-quarry-allocation-colleague", "en", "pending", {},
      "Angela Brightwell <angela.brightwell@example.com>", "owa", "Dunmore Quarry wagon packs",
      "Balance question answered; the allocation promised by Wednesday is confirmed by a colleague on Tuesday.",
      cu("11-13 14:00", """Hello,

I pre-ordered two of the limited edition "Dunmore Quarry" wagon packs in the summer. I've heard from the club that they're oversubscribed - will I definitely get both? And when will you charge the balance?

Thanks,
Angela Brightwell"""),
      ag("gareth", "11-13 16:20", """Hi Angela,

The balance is only charged when the packs are dispatched, never before.

Allocations are being worked out by Priya in accounts at the moment; she'll confirm yours by Wednesday.

Regards,""", promises=[("11-18", 3)]),
      ag("priya", "11-17 11:00", """Dear Angela,

Good news - both of your packs are confirmed, certificates 0214 and 0215. We expect them in the second week of December.

Best wishes,"""),
    ),
    C("m21-lima-47-decoder-window", "en", "closed", {"missed-follow-up": 1},
      "Rhys Tudor <rhys.tudor@example.org>", "apple", "8-pin decoder for an old Lima 47",
      "Stay-alive question answered; compatibility deferred to a check with the manufacturer without a date, never delivered.",
      cu("11-09 20:00", """Hi Callum,

Will your DMR-Sound 8-pin decoder fit my old Lima Class 47? It's been remotored with a new can motor and flywheel. And do you sell the stay-alive capacitors separately?

Diolch,
Rhys"""),
      ag("callum", "11-10 10:30", """Hi Rhys,

Stay-alives: yes, we sell them separately, £12.95 for the small one that suits the 8-pin decoder.

On the 47 I'm not sure - it depends on the current draw of the replacement motor and whether there's room for the speaker. Let me check with the manufacturer and I'll come back to you.

Callum""", promises=[("window", None)]),
    ),
    C("m22-museum-shelf-deadline-ahead", "en", "open", {},
      "Lorna Kerr <lorna.kerr@example.net>", "gmail", "Quote for a museum shelf layout",
      "The agent asks for details and promises a price by Tuesday 24 November (still ahead); the customer sends the details and photos - not a chase, inside the response target.",
      cu("11-18 18:00", """Hello,

I'm the volunteer coordinator at Kerrbridge Heritage Centre. We'd like a small N gauge shelf layout for a display alcove, showing the old branch line to the quarry. Could you quote for building it, and what information do you need from me?

Many thanks,
Lorna Kerr"""),
      ag("priya", "11-19 10:30", """Dear Lorna,

What a lovely project. We need the alcove dimensions (width, depth and height), the era you'd like to show, and whether it has to run unattended through the day. Photos of the alcove help Nina a great deal.

Once Nina has seen them I'll confirm a final price by Tuesday 24 November.

Best wishes,""", promises=[("11-24", None)]),
      cu("11-19 17:30", """Dear Priya,

Photos of the alcove attached. It's 2.4m wide, 45cm deep and 60cm high; late 1950s; and yes, it has to run unattended on a loop from 10 till 4.

Lorna""", attach=[("image/png", "alcove.png", ALCOVE_PNG)]),
    ),
    C("m23-layout-delivery-logistics", "en", "closed", {},
      "Graham Pike <graham.pike@pike-estates.example>", "outlook", "Our layout - delivery",
      "Delivery day and whether someone must be in answered with courier logistics (not promises); thanks-only reply.",
      cu("11-10 11:00", """Hi Nina,

I gather from your voicemail the layout is finished - wonderful news. When can it be delivered, and do we need to be in?

Graham Pike"""),
      ag("nina", "11-10 15:00", """Hi Graham,

Yes, it's finished and has done a full day's running test. Our courier collects the layout from the workshop on Wednesday 18th and delivers on Thursday 19th. Someone does need to be in, as it's two people carrying four boards; DPD will text you a one-hour slot the evening before.

Kind regards,"""),
      cu("11-10 16:10", """Excellent, we'll be in. Thanks Nina.

Graham""", thanks=True),
    ),
    C("m24-electrofrog-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Kevin Doherty <kev.doherty@example.com>", "android", "Electrofrog points and DCC",
      "No reply for two days, so the customer sends the same mail again word for word as a new message; answered the next morning.",
      cu("11-10 22:15", """Hi, I bought four of the Trackline electrofrog points from you. Do I need to insulate the frog for DCC, and which of the droppers should I solder first? Thanks Kev

Get Outlook for Android"""),
      cu("11-12 21:50", """Hi, I bought four of the Trackline electrofrog points from you. Do I need to insulate the frog for DCC, and which of the droppers should I solder first? Thanks Kev

Get Outlook for Android""", parent=0, chase=True),
      ag("callum", "11-13 09:30", """Hi Kev,

Sorry, your first mail got buried. Yes - cut the two small links under the frog (or use insulated joiners on both frog rails) and feed the frog through a switch or frog juicer, otherwise you'll get shorts. Solder the droppers to the two stock rails first, then the frog wire last once the point is laid and tested.

Callum"""),
    ),
    C("m25-coupling-photo", "en", "pending", {},
      "Bethan Lloyd <bethan.lloyd@example.org>", "gmail", "Snapped coupling on new Class 20",
      "The agent asks for a photo; the customer's second mail sends it (not a chase); replacement posted.",
      cu("11-16 12:00", """Hello,

The tension-lock coupling on my new Class 20 snapped off the first time I coupled it to a wagon. Can I get a replacement?

Bethan Lloyd"""),
      ag("gareth", "11-16 15:20", """Hi Bethan,

Yes, of course. Could you send me a photo of the coupling and the pocket it sits in, so I pick the right one?

Regards,"""),
      cu("11-16 19:05", """Here you go - photo attached. Looking closer, it's the NEM pocket that's cracked, not just the coupling.

Bethan""", attach=[("image/png", "class20-coupling.png", COUPLING_PNG)]),
      ag("gareth", "11-17 10:10", """Thanks Bethan - a new pocket and coupling went in the post today, second class, no charge.

Regards,"""),
    ),
    C("m26-turntable-link-pdf", "en", "closed", {},
      "Stuart Mellor <stuart.mellor@example.net>", "thunderbird", "Turntable instructions and price list",
      "One question answered with only a link, the other with an attached price list.",
      cu("11-11 09:30", """Hello,

I've lost the instructions for the motorised turntable I bought from you
in 2024. Do you have a copy? And could you send me your current price list
for the scenic range?

Stuart Mellor"""),
      ag("gareth", "11-11 11:45", """https://dunmorerailways.example/manuals/turntable-tt45.pdf

Price list attached.""", attach=[("application/pdf", "Scenic-price-list-11-2026.pdf", PRICE_LIST_PDF)]),
    ),
    C("m27-flying-scotsman-inline", "en", "pending", {},
      "Pauline Ashby <pauline.ashby@example.com>", "outlook", "Repair of my husband's A3",
      "Three questions answered inline under each quoted question.",
      cu("11-17 09:40", """Dear Nina,

Three quick questions about the repair of my late husband's A3 "Flying Scotsman":

Has it been started yet?
You mentioned the tender drive may need a new motor - can you use original parts rather than modern ones?
Could you keep the old parts and return them with the loco?

With thanks,
Pauline Ashby"""),
      ag("nina", "11-17 13:30", """Dear Pauline,

Answers below.

> Has it been started yet?

Yes, it's on the bench now.

> You mentioned the tender drive may need a new motor - can you use original parts rather than modern ones?

We have a new-old-stock motor of exactly the original type, so yes.

> Could you keep the old parts and return them with the loco?

Of course - they'll come back in a labelled bag taped inside the box.

Kind regards,""", quote=False, kind="alt"),
    ),
    C("m28-gift-wrap-of-course", "en", "pending", {},
      "Jenny Coutts <jenny.coutts@example.org>", "iphone", "Order D-41266 - gift",
      "A bundled request answered with a bare 'Of course.'",
      cu("11-18 20:10", """Hi, I've just ordered the Class 20 for my dad's 70th (order D-41266). Could you gift wrap it and leave the invoice out of the parcel?

Jenny

Sent from my iPhone"""),
      ag("gareth", "11-19 09:05", """Of course."""),
    ),
    C("m29-forwarded-club-evening", "en", "closed", {},
      "Ian Whitcombe <ian.whitcombe@example.com>", "gmail", "Fwd: DCC evening",
      "The customer's own question answered; the questions inside the forwarded club mail are not his.",
      cu("11-05 19:00", """Hi,

Forwarding this from our chairman. Can you tell me whether you'd be able to run the DCC evening he mentions, and what you'd charge?

Ian

---------- Forwarded message ---------
From: Ray Colbeck <ray.colbeck@example.com>
Date: Wed, 4 Nov 2026 at 21:12
Subject: DCC evening
To: Ian Whitcombe <ian.whitcombe@example.com>

Ian, could you ask Dunmore whether they'd run a DCC evening for the members? Would a Tuesday in January suit them? How many people could they take?

Ray"""),
      ag("callum", "11-06 10:00", """Hi Ian,

Happy to. We'd do a two-hour evening at your club room for up to 12 people, with a test track and a couple of locos to practise on, for £120 flat plus mileage. Tuesdays in January are fine - just pick a date.

Callum"""),
    ),
    C("m30-ballast-order-signature", "en", "closed", {},
      "Marcus Lyle <marcus@lylejoinery.example>", "outlook", "Order D-40990 dispatched?",
      "A request answered; the thanks-only reply carries a signature with a question and a URL with '?'.",
      cu("11-12 08:30", """Morning,

Please can you confirm whether my order D-40990 (N gauge ballast and scenic glue) went out yesterday?

Thanks,
Marcus

Marcus Lyle | Lyle Joinery
Need a bespoke shelf for your layout? https://lylejoinery.example/quote?src=email"""),
      ag("gareth", "11-12 10:00", """Hi Marcus,

Yes - it was posted yesterday afternoon, 2nd class, tracking RX 2280 5513 0GB.

Regards,"""),
      cu("11-12 10:30", """Cheers Gareth.

Marcus Lyle | Lyle Joinery
Need a bespoke shelf for your layout? https://lylejoinery.example/quote?src=email""", thanks=True),
    ),
    C("m31-probate-valuation-html", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Sheila Barraclough <sheila.barraclough@example.net>", "outlook", "Valuation of my father's collection",
      "HTML-only mails. A house visit date promised by Thursday never comes; the follow-up question about a report on letterhead is not answered.",
      cu("11-09 13:15", """Dear Sir or Madam,

My late father's model railway collection - about 40 OO locomotives, most of them boxed - needs valuing for probate. Do you do valuations? How much would it cost, and could you come to the house in Harrogate or would I need to bring them in?

Yours faithfully,
Sheila Barraclough""", kind="html"),
      ag("priya", "11-10 10:40", """Dear Mrs Barraclough,

I'm sorry for your loss. Yes, we do probate valuations: £10 per locomotive for the first 20 and £5 each after that, so about £300 for the collection you describe.

We can come to you for a collection that size. I need to check the diary with Nina, who does the valuations, and I'll let you know a date for the visit by Thursday.

Kind regards,""", promises=[("11-12", None)]),
      cu("11-10 18:00", """Dear Priya,

Thank you, that's very helpful. Would the valuation report be on your company letterhead? The solicitor says it needs to be. I'm free most mornings.

Sheila""", kind="html", uq=1),
      ag("priya", "11-11 09:20", """Dear Sheila,

Thank you - mornings noted. If it helps in the meantime, a simple typed list of the locomotives with their numbers and whether each has its box will make the valuation quicker on the day.

Kind regards,"""),
    ),
    C("m32-school-stem-disclaimer", "en", "closed", {"unanswered-question": 1},
      "Anita Rowe <a.rowe@stbarnabas-school.example>", "outlook", "STEM club layout - invoicing",
      "A school buys a starter layout: invoicing against a PO answered with the quote attached; the supplier bank details on letterhead are not sent. Bursar in Cc, confidentiality disclaimer.",
      cu("11-11 11:10", """Dear Dunmore Model Railways,

Our after-school STEM club would like to buy the OO starter layout we discussed at the counter last week. Can you invoice the school rather than us paying by card? Our purchase order number is PO 7781. We'd also need your supplier bank details on letterheaded paper for the bursar to set you up on our finance system.

Kind regards,
Anita Rowe
Year 5 teacher and STEM club lead
St Barnabas C of E Primary School

CONFIDENTIALITY: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender and delete it. Any views expressed are those of the author and not necessarily those of the school.""",
         cc="Bursar <bursar@stbarnabas-school.example>", uq=1),
      ag("priya", "11-11 15:30", """Dear Mrs Rowe,

Yes, we can invoice the school against PO 7781 on 30-day terms. I've attached our quotation Q-2611-031 for the layout board, track pack and DCC controller; the invoice will follow when the order is ready to collect.

Kind regards,""", cc="Bursar <bursar@stbarnabas-school.example>",
         attach=[("application/pdf", "Quotation-Q-2611-031.pdf", SCHOOL_QUOTE_PDF)]),
    ),
    C("m33-class40-lost-headers", "en", "closed", {"unanswered-question": 1},
      "Oliver Tan <oliver.tan@example.com>", "gmail", "Booking a Class 40 sound fit",
      "The reply lost its threading headers (subject only); it answers the sound project and skips dropping the loco at the shop.",
      cu("11-13 10:00", """Hi,

I'd like to book my Class 40 in for a sound fit. Which sound project do you use for the 40 - does it have the proper whistler sound? Also, can I drop it off at the shop rather than posting it? I work round the corner.

Thanks,
Oliver""", uq=1),
      ag("callum", "11-13 16:00", """Hi Oliver,

We use our own Class 40 project, recorded from D213 at the Llangollen gala - it has the full turbo whistle, and the idle and notching are very good. It's £149 fitted, about two weeks at the moment.

Callum""", thread=False),
    ),
    C("m34-dmu-lights-refs-gap", "en", "closed", {"missed-follow-up": 1},
      "Peter Holloway <p.holloway@example.org>", "thunderbird", "DMU lights stuck on after repair",
      "Guarantee work: findings promised by Tuesday arrive on Thursday; that reply's References skip a message; thanks-only reply.",
      cu("11-04 09:00", """Hello Nina,

The 3-car DMU you repaired for me in October now has its lights stuck on in both directions. Is that the decoder? Can you fix it under the repair guarantee?

Peter Holloway"""),
      ag("nina", "11-04 13:00", """Hi Peter,

It's almost certainly the decoder's function outputs, and yes, it's covered by our 90-day workshop guarantee. Please send it back to the usual address; I'll email you what we find by Tuesday.

Regards,""", promises=[("11-10", 4)]),
      cu("11-06 10:00", """Hi Nina,

Posted it yesterday, recorded delivery HX 2231 0456 GB. Do you need the controller as well?

Peter"""),
      ag("nina", "11-12 11:30", """Hi Peter,

No need for the controller. It was the decoder: the forward and reverse light outputs had been mapped to the same function during the repair. I've corrected the mapping, tested it both ways on the rolling road, and it goes back to you today at no charge.

Regards,""", refs=[1, 3]),
      cu("11-12 14:00", """Thank you Nina, much appreciated.

Peter""", thanks=True),
    ),
    C("m35-vat-invoice-end-of-day", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Lisa Franks <lisa.franks@example.net>", "owa", "VAT invoice for order D-41102",
      "Invoice promised by end of day arrives two days later, after the customer chases.",
      cu("11-16 10:00", """Hello,

Could you send me a VAT invoice for order D-41102? My company reimburses me for the club's layout supplies. And can the invoice show the company name, Franks Surveying Ltd?

Many thanks,
Lisa Franks"""),
      ag("priya", "11-16 11:30", """Dear Lisa,

Yes to both - I'll send it over by end of day.

Best wishes,""", promises=[("11-16", 4)]),
      cu("11-18 09:15", """Hi Priya,

I haven't received the invoice yet - could you resend it? Expenses close on Friday.

Lisa"""
         , chase=True),
      ag("priya", "11-18 10:00", """Dear Lisa,

Sorry - here it is, made out to Franks Surveying Ltd.

Best wishes,""", attach=[("application/pdf", "VAT-invoice-INV-41102.pdf", VAT_INVOICE_PDF)]),
    ),
    C("m36-dcc-controller-friday", "en", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Ewan Baird <ewan.baird@example.com>", "gmail", "DCC starter controller questions",
      "Friday-afternoon enquiry chased on Monday morning; RailCom and the transformer answered, the bundle discount not.",
      cu("11-13 16:30", """Hi,

I'm thinking of moving to DCC and I'm looking at the DCC starter controller on your website. Does it support RailCom? Can I use my existing 12V transformer with it, or does it need its own power supply? Also, is there a discount if I buy it with two decoders?

Ewan""", uq=1),
      cu("11-16 08:40", """Any news on this? I'd like to order before the weekend.

Ewan""", chase=True),
      ag("callum", "11-16 11:00", """Hi Ewan,

Yes, it supports RailCom - the handset shows the loco address as soon as a RailCom-enabled decoder is on the track.

Your 12V transformer won't do, I'm afraid: the controller needs 15-18V DC at 2.5A or more, and it comes with its own plug-in supply, so you don't need anything else.

Callum"""),
    ),
    C("m37-can-motor-early-next-week", "en", "closed",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Duncan Frew <duncan.frew@example.org>", "outlook", "Can motor for my old Class 37",
      "'Early next week' (said on a Thursday) is kept only after a chase; the later request to fit brass wheelsets is passed over; a promise for the 23rd is still ahead.",
      cu("11-05 14:00", """Hello,

I have an old split-chassis Class 37 that's noisy and slow. Can you fit one of the can motor conversions? Roughly how much would it cost? And will it still run on my DC layout afterwards?

Duncan Frew"""),
      ag("nina", "11-05 16:30", """Hi Duncan,

Yes, it will still run on DC - the conversion doesn't change that. The kit is £38 plus an hour's labour at £30.

I'll check we have the right kit for the split chassis and confirm early next week.

Regards,""", promises=[("11-10", 4)]),
      cu("11-11 19:00", """Hi Nina,

I haven't heard back about the motor kit - are you able to do it?

Duncan"""
         , chase=True),
      ag("nina", "11-12 09:30", """Hi Duncan,

Sorry - yes, the kit for the split chassis is in stock. Send the loco in and I'll fit it the week it arrives.

Regards,"""),
      cu("11-12 12:00", """Great, thanks. It's already in the post to you. I'll be away until the 23rd, so no rush sending it back. Could you also fit the brass wheelsets I'm posting to you tomorrow? They're the 14.1mm back-to-back ones.

Duncan""", uq=1),
      ag("nina", "11-12 15:00", """Hi Duncan,

No problem - I'll hold on to it once it's done and post it back on the 23rd so it's waiting for you.

Regards,""", promises=[("11-23", None)]),
    ),
    C("m38-de-ersatzwagen", "de", "pending",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Stefan Krüger <s.krueger@krueger-bahn.example>", "outlook_de", "Beschädigter Wagen - Bestellung D-40712",
      "Ersatzwagen: 'ich melde mich morgen' nicht gehalten, der Kunde fragt nach; die Frage nach den Kurzkupplungskulissen bleibt offen.",
      cu("11-09 19:30", """Guten Abend,

von den drei Personenwagen aus meiner Bestellung D-40712 ist einer mit abgebrochenem Puffer angekommen. Können Sie mir einen Ersatzwagen schicken, oder soll ich ihn zuerst zurückschicken? Und wer trägt die Rücksendekosten? Außerdem: Haben Sie die passenden Kurzkupplungskulissen für diese Wagen?

Mit freundlichen Grüßen
Stefan Krüger""", tz=1, uq=1),
      ag("klaus", "11-10 10:00", """Sehr geehrter Herr Krüger,

das tut mir leid. Die Rücksendekosten übernehmen selbstverständlich wir; Sie bekommen von uns einen Retourenschein.

Ob wir noch einen Ersatzwagen auf Lager haben, kläre ich heute mit dem Lager - ich melde mich morgen.

Mit freundlichen Grüßen""", promises=[("11-11", None)]),
      cu("11-16 18:00", """Hallo Herr Becker,

ich warte immer noch auf eine Antwort zum Ersatzwagen. Gibt es schon etwas Neues?

Stefan Krüger""", tz=1, chase=True),
      ag("klaus", "11-17 09:10", """Sehr geehrter Herr Krüger,

entschuldigen Sie bitte die Verzögerung. Der Ersatzwagen ist heute an Sie rausgegangen, Sendungsnummer 00340 4345 1122 78. Den beschädigten Wagen schicken Sie bitte mit dem beiliegenden Retourenschein zurück.

Mit freundlichen Grüßen"""),
    ),
    C("m39-de-deltic-oesterreich", "de", "pending", {},
      "Monika Brandt <m.brandt@brandt-wien.example>", "thunderbird_de", "Sounddecoder für Class 55 Deltic",
      "Zwei Fragen kurz beantwortet; reine Dankesmail.",
      cu("11-17 20:15", """Guten Tag,

ich interessiere mich für den Einbau eines Sounddecoders in meine
englische Class 55 Deltic (OO). Wie lange dauert das derzeit? Und können
Sie die Lok anschließend direkt nach Österreich zurückschicken?

Viele Grüße
Monika Brandt""", tz=1),
      ag("klaus", "11-18 09:40", """Sehr geehrte Frau Brandt,

derzeit etwa drei Wochen. Der Rückversand nach Österreich ist kein Problem: versichert mit DHL für £18.

Mit freundlichen Grüßen"""),
      cu("11-18 12:00", """Danke für die schnelle Antwort!

M. Brandt""", tz=1, thanks=True),
    ),
    C("m40-de-gleis-rechnung", "de", "closed", {"unanswered-question": 1},
      "Thomas Weidner <t.weidner@weidner-net.example>", "gmail_de", "Code-55-Gleis in Meterstücken",
      "Vorrat beantwortet; in der zweiten Mail wird die Verpackung beantwortet, die Bitte um eine Rechnung mit ausgewiesener MwSt. nicht.",
      cu("11-12 10:00", """Hallo,

haben Sie das N-Spur-Flexgleis Code 55 in Meterstücken vorrätig? Ich bräuchte 20 Stück.

Gruß
Thomas Weidner""", tz=1),
      ag("klaus", "11-12 14:20", """Hallo Herr Weidner,

ja, 20 Stück sind vorrätig, £4,60 pro Stück. Versand nach Deutschland £14,50.

Mit freundlichen Grüßen"""),
      cu("11-12 17:30", """Danke. Dann bestelle ich die 20 Stück heute Abend. Könnten Sie die Gleise bitte so verpacken, dass sie nicht verbogen werden? Beim letzten Mal (anderer Händler) kamen sie krumm an. Und schicken Sie mir bitte eine Rechnung mit ausgewiesener Mehrwertsteuer.

Thomas""", tz=1, uq=1),
      ag("klaus", "11-13 09:00", """Hallo Herr Weidner,

keine Sorge: Flexgleis verschicken wir immer in einem festen Versandrohr, da verbiegt sich nichts. Ihre Bestellung ist eingegangen und geht heute raus.

Mit freundlichen Grüßen"""),
    ),
    C("m41-de-reparatur-mittwoch", "de", "pending", {},
      "Helga Sommer <helga.sommer@sommer-familie.example>", "outlook_de", "Reparatur W-1187 - Stand?",
      "Stand der Reparatur bis Mittwoch versprochen und am Mittwoch geliefert.",
      cu("11-16 11:00", """Guten Tag,

meine Lok (Class 47, Reparaturnummer W-1187) ist jetzt seit zwei Wochen bei Ihnen. Wann wird sie fertig sein?

Freundliche Grüße
Helga Sommer""", tz=1),
      ag("klaus", "11-16 15:00", """Sehr geehrte Frau Sommer,

ich frage in der Werkstatt nach und melde mich bis Mittwoch bei Ihnen.

Mit freundlichen Grüßen""", promises=[("11-18", 3)]),
      ag("klaus", "11-18 10:30", """Sehr geehrte Frau Sommer,

gute Nachricht: Ihre Lok ist fertig, das Getriebe wurde getauscht. Sie geht morgen an Sie raus; die Sendungsnummer schickt Ihnen DHL per E-Mail.

Mit freundlichen Grüßen"""),
    ),
    C("m42-fr-britannia-relance", "fr", "pending",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Bernard Lemaire <b.lemaire@lemaire-vapeur.example>", "apple_fr", "Révision Britannia OO",
      "Lestage : « je reviens vers vous d'ici jeudi » tenu seulement après une relance ; adresse confirmée, l'étiquette prépayée demandée n'est jamais envoyée.",
      cu("11-05 10:00", """Bonjour,

Je souhaite faire réviser ma locomotive à vapeur « Britannia » en OO, achetée chez vous en 2019 : elle patine dans les rampes. Combien coûte une révision ? Faut-il retirer le décodeur avant l'envoi ? Et pouvez-vous ajouter du lest ?

Cordialement,
Bernard Lemaire""", tz=1),
      ag("camille", "11-05 15:00", """Bonjour Monsieur Lemaire,

Une révision complète coûte 28 £. Inutile de retirer le décodeur, l'atelier le teste avec la locomotive.

Pour le lest, je dois demander à l'atelier s'il y a de la place dans la chaudière ; je reviens vers vous d'ici jeudi.

Bien cordialement,""", promises=[("11-12", 4)]),
      cu("11-16 09:30", """Bonjour,

Je me permets de vous relancer au sujet du lest : avez-vous pu demander à l'atelier ? Je voudrais envoyer la locomotive cette semaine.

B. Lemaire""", tz=1, chase=True),
      ag("camille", "11-16 14:00", """Bonjour Monsieur Lemaire,

Toutes mes excuses pour ce retard. Oui, l'atelier peut ajouter du lest en tungstène dans la chaudière, pour 12 £ de plus.

Bien cordialement,"""),
      cu("11-16 18:00", """Très bien, je l'envoie demain. Pouvez-vous me confirmer l'adresse exacte de l'atelier ? Est-ce la même que celle de la boutique ? Et pourriez-vous m'envoyer une étiquette d'expédition prépayée ?

Merci,
Bernard Lemaire""", tz=1, uq=1),
      ag("camille", "11-17 09:00", """Bonjour Monsieur Lemaire,

Oui, c'est la même adresse : Dunmore Model Railways, Atelier, 14 Station Approach, Dunmore DN4 2LR, Royaume-Uni. Indiquez « W-1191 » sur le colis.

Bien cordialement,"""),
    ),
    C("m43-fr-debutant-paypal", "fr", "closed", {"unanswered-question": 1},
      "Nathalie Perrin <nathalie.perrin@perrin.example>", "outlook", "Kit de démarrage N pour mon fils",
      "Kit et livraison en France répondus, PayPal non.",
      cu("11-10 21:00", """Bonsoir,

Mon fils de 12 ans a commencé le modélisme ferroviaire à l'échelle N. Quel coffret de démarrage conseillez-vous pour son âge ? Livrez-vous en France, et en combien de temps ? Acceptez-vous PayPal ?

Merci d'avance,
Nathalie Perrin""", tz=1, uq=1),
      ag("camille", "11-11 10:00", """Bonsoir Madame Perrin,

Pour 12 ans, je conseille le coffret « Branch Line » en N (189 £) : une locomotive diesel robuste, trois wagons, un ovale avec une voie de garage et un régulateur simple. Il peut ensuite passer au digital.

Nous livrons en France en 5 à 7 jours ouvrés, pour 16 £ avec suivi.

Bien cordialement,"""),
    ),
    C("m44-fr-mk1-inline", "fr", "pending", {},
      "Luc Fabre <luc.fabre@fabre.example>", "apple_fr", "Voitures Mk1 « blood and custard »",
      "Deux questions, réponses en ligne sous chaque question citée.",
      cu("11-17 08:30", """Bonjour,

Je cherche des voitures Mk1 en livrée « blood and custard » pour compléter ma rame. En avez-vous en stock ? Les attelages sont-ils compatibles NEM ?

Luc Fabre""", tz=1),
      ag("camille", "11-17 11:00", """Bonjour Monsieur Fabre,

> En avez-vous en stock ?

Oui : quatre BSK et deux SK.

> Les attelages sont-ils compatibles NEM ?

Oui, boîtiers NEM 362.

Bien cordialement,""", quote=False),
    ),
    C("m45-fr-suivi-awaiting", "fr", "open", {"awaiting-reply": 1},
      "Claire Dumont <claire.dumont@dumont.example>", "iphone", "Commande D-41190 - numéro de suivi",
      "Numéro de suivi et assurance demandés ; accusé de réception automatique seulement, pas de réponse depuis deux jours.",
      cu("11-18 14:00", """Bonjour,

Ma commande D-41190 est indiquée « expédiée » depuis le 12 novembre mais je n'ai reçu aucun numéro de suivi. Pourriez-vous me l'envoyer ? Le colis est-il assuré ?

Claire Dumont

Envoyé de mon iPhone""", tz=1),
      ack("11-18 13:01"),
    ),
    C("m46-es-regalo", "es", "closed", {"unanswered-question": 2},
      "Marta Giménez <marta.gimenez@gimenez.example>", "gmail_es", "Regalo para un coleccionista",
      "Tarjetas regalo y envío respondidos; la nota escrita a mano y el catálogo en papel no. Base64; mensaje de agradecimiento.",
      cu("11-09 18:00", """Hola:

Busco un regalo para mi marido, que colecciona locomotoras británicas en escala OO. ¿Tienen tarjetas regalo? ¿Hacen envíos a España y cuánto cuesta? ¿Podrían incluir una nota escrita a mano con el regalo? También me gustaría saber si tienen el catálogo en papel, a él le encanta hojearlos.

Muchas gracias,
Marta Giménez""", tz=1, cte="base64", uq=2),
      ag("lucia", "11-10 09:30", """Hola Marta:

Sí, tenemos tarjetas regalo de 25 a 200 £; se pueden comprar en la web y se envían por correo electrónico o impresas.

Enviamos a España: 15 £ con seguimiento, en 5 a 8 días laborables.

Un saludo,"""),
      cu("11-10 20:00", """Muchas gracias, Lucía.

Marta""", tz=1, thanks=True),
    ),
    C("m47-es-motor-sin-nucleo", "es", "pending", {},
      "Javier Moreno <javier.moreno@example.com>", "gmail_es", "Reparación locomotora N",
      "Dos preguntas respondidas en una frase; mensaje de agradecimiento.",
      cu("11-16 10:00", """Buenos días:

¿Reparan locomotoras de escala N con motor sin núcleo? ¿Cuánto tardan normalmente?

Javier Moreno""", tz=1),
      ag("lucia", "11-16 13:00", """Hola Javier:

Sí, las reparamos, y ahora mismo tardamos unas dos semanas desde que llega al taller.

Un saludo,"""),
      cu("11-16 16:00", """Perfecto, gracias.

Javier""", tz=1, thanks=True),
    ),
    C("m48-es-preventa-class50", "es", "pending",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Raúl Serrano <raul.serrano@serrano.example>", "android", "Preventa Class 50",
      "La fecha prometida para «mañana» llega tras la insistencia del cliente; la pregunta por la transferencia bancaria queda sin respuesta.",
      cu("11-10 12:00", """Hola, quiero reservar la nueva Class 50 en preventa. ¿Cuánto es el depósito? ¿Pueden enviarla a Valencia cuando salga? ¿Y cuándo se espera que llegue?

Raúl Serrano

Obtener Outlook para Android""", tz=1),
      ag("lucia", "11-10 16:00", """Hola Raúl:

El depósito es de 30 £ y sí, la enviamos a Valencia en cuanto llegue.

La fecha de llegada la confirmo con el fabricante y le escribo mañana.

Un saludo,""", promises=[("11-11", 4)]),
      cu("11-15 11:00", """Hola Lucía, ¿alguna novedad sobre la fecha? Sigo sin noticias.

Raúl""", tz=1, chase=True),
      ag("lucia", "11-16 10:00", """Hola Raúl:

Perdone el retraso: el fabricante indica finales de febrero de 2027.

Un saludo,"""),
      cu("11-16 12:00", """Vale, hago la reserva. ¿Puedo pagar el depósito por transferencia bancaria?

Raúl""", tz=1, uq=1),
      ag("lucia", "11-16 15:00", """Hola Raúl:

Reserva hecha, número PO-2318. Le llegará un correo de confirmación con los detalles.

Un saludo,"""),
    ),
    C("m49-es-instrucciones-viernes", "es", "closed", {},
      "Sofía Navarro <sofia.navarro@navarro.example>", "gmail_es", "Instrucciones del decodificador",
      "Instrucciones en español prometidas para el viernes y enviadas el viernes como PDF; mensaje de agradecimiento.",
      cu("11-12 10:00", """Hola:

Compré un decodificador de sonido DS-21 en su tienda y no sé cómo cambiar la dirección ni el volumen. ¿Me pueden enviar las instrucciones en español?

Gracias,
Sofía""", tz=1),
      ag("lucia", "11-12 15:00", """Hola Sofía:

Las instrucciones solo existen en inglés, pero se las traduzco yo y se las envío el viernes.

Un saludo,""", promises=[("11-13", 3)]),
      ag("lucia", "11-13 12:00", """Hola Sofía:

Aquí tiene las instrucciones en español, con la dirección, el volumen y el reset de fábrica.

Un saludo,""", attach=[("application/pdf", "DS-21-instrucciones-ES.pdf", INSTRUCCIONES_PDF)]),
      cu("11-13 18:00", """¡Muchísimas gracias, Lucía! Ya funciona.

Sofía""", tz=1, thanks=True),
    ),
    C("m50-christmas-hours-amex", "en", "pending", {"unanswered-question": 1},
      "Cheryl Dobbs <cheryl.dobbs@example.org>", "owa", "Christmas opening and click and collect",
      "Christmas hours and Christmas Eve collection answered; American Express not.",
      cu("11-17 12:30", """Hi there,

What are your Christmas opening hours? I'd like to do click and collect for a few bits for my husband - can I collect on Christmas Eve? Also, does the shop take American Express?

Thanks,
Cheryl Dobbs""", uq=1),
      ag("gareth", "11-17 15:00", """Hi Cheryl,

From 1 December we're open Monday to Saturday 9-6 and Sundays 10-4, and on Christmas Eve until 2pm. Click-and-collect orders are held at the counter under your name, so collecting on Christmas Eve morning is fine.

Regards,"""),
    ),
]

UNANSWERED: dict[str, list[str]] = {
    "m02-class91-preorder-address": [
        "I'm also changing jobs in January, so could you change the delivery address on the pre-order to my work address below?"],
    "m03-n-gauge-08-service": [
        "And could you oil the coupling rods too while it's apart, they squeak a bit."],
    "m05-de-versand-zoll": ["Muss ich beim Empfang Zoll oder Einfuhrumsatzsteuer zahlen?"],
    "m08-loft-layout-commission": ["Could you also send me a couple of photos of layouts you've built before?"],
    "m15-n-gauge-list-half": ["Can I buy a gift voucher online or only in the shop?",
                              "Are you open on the Sunday before Christmas?"],
    "m16-club-discount-buried": [
        "We're also putting on our annual exhibition at St Bede's church hall on 5 and 6 December and wondered whether you'd be willing to bring a sales stand, we'd waive the table fee.",
        "the coach lighting kit I bought last month has a dead LED strip - can I just post it back to you with the receipt?"],
    "m17-maroon-coaches": ["Do you have the Kingfisher 4-wheel coaches in BR maroon in stock?"],
    "m18-brake-van-second-mail": ["Could you put aside a second one for my brother too?"],
    "m31-probate-valuation-html": ["Would the valuation report be on your company letterhead?"],
    "m32-school-stem-disclaimer": [
        "We'd also need your supplier bank details on letterheaded paper for the bursar to set you up on our finance system."],
    "m33-class40-lost-headers": ["Also, can I drop it off at the shop rather than posting it?"],
    "m36-dcc-controller-friday": ["Also, is there a discount if I buy it with two decoders?"],
    "m37-can-motor-early-next-week": ["Could you also fit the brass wheelsets I'm posting to you tomorrow?"],
    "m38-de-ersatzwagen": ["Außerdem: Haben Sie die passenden Kurzkupplungskulissen für diese Wagen?"],
    "m40-de-gleis-rechnung": ["Und schicken Sie mir bitte eine Rechnung mit ausgewiesener Mehrwertsteuer."],
    "m42-fr-britannia-relance": ["Et pourriez-vous m'envoyer une étiquette d'expédition prépayée ?"],
    "m43-fr-debutant-paypal": ["Acceptez-vous PayPal ?"],
    "m46-es-regalo": ["¿Podrían incluir una nota escrita a mano con el regalo?",
                      "También me gustaría saber si tienen el catálogo en papel, a él le encanta hojearlos."],
    "m48-es-preventa-class50": ["¿Puedo pagar el depósito por transferencia bancaria?"],
    "m50-christmas-hours-amex": ["Also, does the shop take American Express?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice108 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
