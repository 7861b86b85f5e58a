#!/usr/bin/env python3
"""Regenerate ``tests/practice114/``: a labelled corpus of Fieldfare Optics.

A support mailbox of a fictional Northumberland telescope and binocular shop with its own
workshop (telescopes, binoculars, mounts, eyepieces, filters and astronomy accessories,
repairs and collimation, mirror recoating, star parties, school visits and talks), written
without looking at the detection heuristics, with many customer questions. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``fieldfareoptics.example``.

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

Usage: python scripts/make_practice114_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "fieldfareoptics.example"
DESK = "Fieldfare Optics Support <support@fieldfareoptics.example>"

AGENTS = {
    "tamsin": ("Tamsin Reay <tamsin@fieldfareoptics.example>", "thunderbird", """-- 
Tamsin Reay
Workshop & Collimation | Fieldfare Optics
The Old Forge, Bellingham, Hexham NE48 | 01632 960418"""),
    "gareth": ("Gareth Milburn <gareth@fieldfareoptics.example>", "outlook", """Gareth Milburn
Orders & Dispatch | Fieldfare Optics
This e-mail and any attachment are confidential and intended only for the addressee."""),
    "priya": ("Priya Sandhu <priya@fieldfareoptics.example>", "apple", """Priya Sandhu
Technical Advice | Fieldfare Optics
https://fieldfareoptics.example/advice?ref=email"""),
    "callum": ("Callum Dodd <callum@fieldfareoptics.example>", "owa", """Callum Dodd
Events, Star Parties & School Visits | Fieldfare Optics
Clear skies? Check before you travel: https://fieldfareoptics.example/skies?src=sig"""),
    "lukas": ("Lukas Hartmann <lukas@fieldfareoptics.example>", "thunderbird_de", """-- 
Lukas Hartmann
Kundenbetreuung (DE/AT/CH) | Fieldfare Optics
https://fieldfareoptics.example/de?ref=signatur"""),
    "aurelie": ("Aurélie Marchetti <aurelie@fieldfareoptics.example>", "apple_fr", """Aurélie Marchetti
Service clients francophones | Fieldfare Optics
https://fieldfareoptics.example/fr?utm_source=email"""),
    "lucia": ("Lucía Navarro <lucia@fieldfareoptics.example>", "gmail_es", """--
Lucía Navarro
Atención al cliente (ES) | Fieldfare Optics
+44 1632 960427"""),
}

ACK = """Hello,

Thanks for getting in touch with Fieldfare Optics. This is an automatic reply to let
you know that your message has reached us and is logged as ticket {ref}.

The support desk and the workshop are staffed Monday to Friday, 9am to 5pm UK time,
and we aim to reply within one working day. On star-party weekends it can take a
little longer.

If you are writing about an order, please keep your FO- order number to hand.

Fieldfare Optics Support
https://fieldfareoptics.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Fieldfare Helpdesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ffo.", outlook_server="CWLP26")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice114", title="Fieldfare Optics", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="FFO-", ticket_digits=6, reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

REPORT_PDF = mailcraft.pdf(["Fieldfare Optics Workshop - Collimation report",
                            "Instrument: 12in truss Dobsonian, Wansbeck Astronomical Society",
                            "Primary: re-centred, clips backed off 0.5 mm",
                            "Secondary: worn spring replaced, offset checked",
                            "Star test: concentric rings either side of focus",
                            "Technician: T. Reay, 2 November 2026"])
RECOAT_PDF = mailcraft.pdf(["Fieldfare Optics - Quotation Q-2611-118",
                            "Recoat 150 mm primary, enhanced aluminium: GBP 85.00",
                            "Recoat 34 mm secondary: GBP 12.00",
                            "Return carriage: GBP 9.50",
                            "Turnaround: about 3 weeks. Valid 30 days."])
LABEL_PDF = mailcraft.pdf(["DPD Collection - Parcel label",
                           "From: C. Harbottle, Harbottle Farm",
                           "To: Fieldfare Optics Workshop, The Old Forge, Bellingham NE48",
                           "Service: Next Day - Ref FO-WS-2207"])
INVOICE_PDF = mailcraft.pdf(["Fieldfare Optics - Invoice FO-INV-8841 (reissued)",
                             "Bill to: Urquhart Lodges Ltd, VAT GB 318 5521 07",
                             "4 x Ranger 10x50 binoculars, 1 x Harrier 8 Dobsonian",
                             "Total GBP 1,123.00 incl. VAT"])
PRESUPUESTO_PDF = mailcraft.pdf(["Fieldfare Optics - Presupuesto P-2611-031",
                                 "1 x Telescopio Harrier 10 Dobson: GBP 599.00 sin IVA",
                                 "Transporte a Cuenca, 28 kg: GBP 86.00",
                                 "Total: GBP 685.00 - IVA y aranceles en destino"])
FORM_PDF = mailcraft.pdf(["Fieldfare Optics - Formulaire d'envoi atelier",
                          "Nom, adresse, telephone:",
                          "Instrument et numero de serie:",
                          "Description du probleme:",
                          "A glisser dans le carton avec l'instrument."])
MANUAL_PDF = mailcraft.pdf(["Harrier 8 Dobsonian - Rocker box assembly",
                            "1. Bolt the side panels to the front board, 4 x M6.",
                            "2. Fit the ground board bearing and central pivot bolt.",
                            "3. Seat the side bearings, felt pads facing in.",
                            "Tools: 4 mm Allen key, 10 mm spanner."])
DENT_PNG = mailcraft.png(14, 10, lambda x, y: (150 + 6 * x, 120 + 5 * y, 90))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

REFUND_MAIL = """Hello,

I returned the 2" 30 mm eyepiece (order FO-31166) on 2 November because it was the wrong barrel size for my diagonal. Royal Mail shows it was delivered to you on 4 November but I haven't had the refund yet. Could you check it has arrived and tell me when the £119 will be back on my card?

Yvonne Calder
"""

CASES: list[Case] = [
    C("f01-harrier10-collimation", "en", "closed", {},
      "Martin Cowell <martin.cowell@example.com>", "gmail", "Collimation for a Harrier 10",
      "Price, turnaround and whether to bring the finders, answered in one paragraph out of order; thanks.",
      cu("11-02 19:42", """Hi there,

My Harrier 10 Dobsonian is giving me comet-shaped stars even after I've had a go with a Cheshire, so I think it's time to let someone who knows what they're doing loose on it. A few questions before I drive it over.

How much is the collimation service for a 10" Dob, and how long would you need to keep it? Also, should I bring the finder and the Telrad with it, or just the tube?

I can get to Bellingham most weekdays after 3.

Thanks,
Martin Cowell
"""),
      ag("tamsin", "11-03 09:15", """Hi Martin,

Tube only is fine - leave the finder, the Telrad and the base at home, they just take up bench space. We usually turn a Harrier round in two working days, often the same day if you drop it off before 11. For a 10" Newtonian it's £45, which includes a star test on the artificial star and a check of the primary mirror clips (over-tight clips are a classic cause of odd star shapes, so we'll look at those too).

Any weekday after 3 is fine; the workshop door is round the back of the old forge.

Best wishes,"""),
      cu("11-03 12:30", """Brilliant, thank you Tamsin. I'll bring it over on Thursday.

Martin
""", thanks=True)),

    C("f02-kestrel-or-ranger", "en", "closed", {"unanswered-question": 1},
      "Helen Ashdown <h.ashdown@heronmoor.example>", "outlook", "Kestrel 8x42 or Ranger 10x50?",
      "Which binocular, tripod adapter and price-matching; the reply answers the first two and skips price-matching.",
      cu("11-04 08:50", """Hello,

I'm trying to decide between the Kestrel 8x42 and the Ranger 10x50 and would value an honest opinion. I mostly want them for sweeping the Milky Way from the garden (Bortle 4, we're lucky) but they'll also come on walks along the coast for birding, so weight matters a bit. Which of the two would you pick for someone who'll use them about half and half? I gather the Ranger has a tripod socket under the cap at the front hinge - does it take a standard adapter, or do I need your own L-bracket? Could you also tell me whether you price-match? I've seen the Ranger £30 cheaper on another site.

Many thanks,
Helen Ashdown
""", uq=1),
      ag("priya", "11-04 11:20", """Hi Helen,

For half and half I'd go for the Kestrel. At 690 g against 1.1 kg it's the one you'll actually take on the coast path, the 8x magnification is steadier handheld, and from a Bortle 4 garden it still shows the Milky Way star clouds beautifully. The Ranger gathers more light, but it really comes into its own on a tripod.

On that: the Ranger's socket is a standard 1/4" thread, so any universal binocular L-adapter fits. Ours is £18 if you want one, but you don't need it.

Best wishes,
Priya"""),
      cu("11-04 13:05", """That's really helpful, thanks Priya - I'll have a think over the weekend.

Helen
""", thanks=True)),

    C("f03-nightjar-mirror-shift", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Rob Kettlewell <rob.kettlewell@example.net>", "thunderbird", "Nightjar 8 mirror shift",
      "Goodwill repair to be checked with the maker 'by Wednesday'; the customer chases on Monday and the answer comes then (late).",
      cu("11-09 21:10", """Hello,

My Nightjar 8 SCT has developed really bad mirror shift - when I rack the focuser the image jumps about a third of the field of view, and it's worse when I reverse direction. It's 3 years old and I bought it from you (order FO-22817).

Is this something you can fix under warranty, and roughly how long would it be away for? I'd like it back before the Geminids if at all possible.

Rob
"""),
      ag("tamsin", "11-10 09:40", """Hi Rob,

That amount of shift isn't normal. The Nightjar has a two-year warranty, so strictly you're just outside it, but the manufacturer has been covering baffle-tube problems on the 2023 batch as goodwill. I'll check with them whether yours qualifies and get back to you by Wednesday.

If it does come to the workshop, it's usually away about a week.

Tamsin""", promises=[("11-11", 4)]),
      cu("11-16 08:12", """Hi Tamsin,

Any news from the manufacturer? You said Wednesday and I haven't heard anything. The Geminids peak on the 14th of December and I'm getting twitchy.

Rob
""", chase=True),
      ag("tamsin", "11-16 14:30", """Hi Rob,

Sorry - that's my fault, their reply came in on Thursday and I didn't pass it on. Good news: they'll cover the parts (a new mirror-lock bushing and the regreasing kit) and we'll do the labour at no charge. If you can get the tube to us this week it'll be back well before the Geminids. Just reply if you'd rather have a courier label than drive over.

Tamsin""")),

    C("f04-sonnenfilter-helios", "de", "closed", {"unanswered-question": 1},
      "Jürgen Maibaum <j.maibaum@example.de>", "outlook_de", "Sonnenfilter für 127-mm-Refraktor",
      "Fit, delivery time to Austria and a transmission-curve data sheet; the data sheet is never mentioned.",
      cu("11-03 20:15", """Guten Abend,

ich möchte für meinen 127-mm-Refraktor (die Taukappe hat 142 mm Innendurchmesser) Ihre Sonnenfilterfolie in der Fassung "Helios 140" bestellen. Passt die Fassung bei 142 mm noch sicher, oder brauche ich die nächstgrößere? Wie lange dauert die Lieferung nach Graz? Können Sie mir zusätzlich ein Datenblatt mit der Transmissionskurve der Folie schicken? Das braucht unser Verein für die Sicherheitsunterlagen bei öffentlichen Beobachtungen.

Mit freundlichen Grüßen
Jürgen Maibaum
Astronomischer Arbeitskreis Steiermark
""", tz=1, uq=1),
      ag("lukas", "11-04 10:05", """Guten Tag Herr Maibaum,

bei 142 mm Innendurchmesser sitzt die Helios 140 zu locker - die Fassung hat 140 mm Außenmaß, und mit dem beiliegenden Filzband lässt sich höchstens 1 mm ausgleichen. Ich empfehle die Helios 145, die hat einen Klemmring für 141 bis 147 mm.

Nach Österreich versenden wir mit DHL, die Lieferung dauert in der Regel 4 bis 6 Werktage.

Viele Grüße"""),
      cu("11-04 18:40", """Vielen Dank, dann nehme ich die Helios 145. Die Bestellung ist gerade raus.

J. Maibaum
""", tz=1, thanks=True)),

    C("f05-kielder-lille-club", "fr", "closed", {},
      "Sophie Vandenbroucke <sophie.vdb@example.fr>", "apple_fr", "Star party de mars - club de Lille",
      "Camping, power for mounts and a dog: answered inline under each quoted question; thanks.",
      cu("11-02 21:30", """Bonjour,

Nous sommes un club d'astronomie de Lille (12 personnes) et nous aimerions venir à votre star party de mars à Kielder. Quelques questions :

Peut-on camper sur place ou faut-il réserver un gîte ?
Y a-t-il des prises électriques pour les montures motorisées ?
Un de nos membres vient toujours avec son chien, est-ce accepté ?

Merci d'avance et bon ciel !
Sophie Vandenbroucke
Club Astro Lille Métropole
""", tz=1),
      ag("aurelie", "11-03 14:05", """Bonjour Sophie,

Avec plaisir ! Je vous réponds directement sous vos questions.

> Le 2 nov. 2026 à 20:30, Sophie Vandenbroucke <sophie.vdb@example.fr> a écrit :
>
> Peut-on camper sur place ou faut-il réserver un gîte ?

Le camping est inclus dans le billet : emplacements sur le terrain d'observation et sanitaires chauffés. Pour douze personnes, prenez plutôt les emplacements côté nord, mieux abrités du vent.

> Y a-t-il des prises électriques pour les montures motorisées ?

Oui, une borne 230 V par emplacement - prises britanniques, prévoyez des adaptateurs.

> Un de nos membres vient toujours avec son chien, est-ce accepté ?

Les chiens sont les bienvenus, en laisse, et sans lumière blanche sur le collier s'il vous plaît !

À bientôt,""", quote=False),
      cu("11-03 19:10", """Merci beaucoup Aurélie, c'est parfait. Je transmets au club.

Sophie
""", tz=1, thanks=True)),

    C("f06-montura-eq4-garantia", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Álvaro Quintana <alvaro.quintana@example.es>", "gmail_es", "Montura Corvid EQ-4 - fallo motor DEC",
      "Warranty question deferred to 'el martes' and not kept; the customer chases; the reply answers his new question and sets a new date still ahead (24 Nov).",
      cu("11-08 18:00", """Hola,

Les compré una montura Corvid EQ-4 con GoTo en junio y desde hace dos semanas el eje de declinación se queda parado a mitad de un GoTo y el mando muestra "Motor stall DEC". Ya he probado con otra batería de 12 V y con un cable nuevo. ¿Esto lo cubre la garantía? ¿Tengo que enviarles la montura completa o solo el cabezal?

Un saludo,
Álvaro Quintana
""", tz=1),
      ag("lucia", "11-09 10:20", """Hola Álvaro:

Gracias por los detalles, ayudan mucho. La montura está en garantía (dos años desde la compra), así que la reparación no le costará nada. Antes de que la envíe quiero consultar con el fabricante si basta con el cabezal, porque a veces piden también el mando. Le escribo el martes con su respuesta.

Un saludo,""", promises=[("11-10", None)]),
      cu("11-13 19:30", """Hola Lucía:

¿Hay alguna novedad? El martes no recibí nada y sigo esperando para saber qué tengo que enviar. Este fin de semana hay luna nueva: ¿puedo al menos usarla en modo manual sin estropear nada?

Álvaro
""", tz=1, chase=True),
      ag("lucia", "11-16 09:50", """Hola Álvaro:

Disculpe el retraso; el fabricante todavía no me ha contestado y le he vuelto a escribir esta mañana. En cuanto al fin de semana: sí, puede usarla en manual con los embragues sueltos sin ningún riesgo, simplemente no encienda los motores. Le confirmo qué piezas hay que enviar antes del martes 24.

Un saludo,""", promises=[("11-24", None)])),

    C("f07-skylark-christmas", "en", "open", {"awaiting-reply": 1},
      "Dan Whitlock <dan.whitlock@example.org>", "iphone", "Skylark 130P before Christmas?",
      "Stock, gift wrap and an eyepiece suggestion; only the acknowledgement (one working day) has come back.",
      cu("11-18 08:55", """Hi,

Is the Skylark 130P in stock for delivery before Christmas? It's a surprise for my daughter (she's 11 and obsessed with Saturn). Could you gift wrap it and leave the price off the delivery note? And which eyepiece would you add for the planets on a budget of about £50?

Thanks
Dan

Sent from my iPhone
"""),
      ack("11-18 08:56")),

    C("f08-wide-field-eyepiece", "en", "open", {},
      "Nadia Farouk <nadia.farouk@example.com>", "gmail", "Wide-field eyepiece for the Curlew 80ED",
      "A fresh question this morning, inside the response target; only the acknowledgement so far.",
      cu("11-20 10:12", """Hello,

I have the Curlew 80ED and I'm after a wide-field eyepiece for the Double Cluster and the Veil - would the 24 mm 68° or the 32 mm Plössl give me the bigger true field? And is the 24 mm a 1.25" or a 2" fitting?

Cheers,
Nadia
"""),
      ack("11-20 10:13")),

    C("f09-school-eclipse-glasses", "en", "closed", {"slow-first-response": 1},
      "Joanne Pickersgill <j.pickersgill@stcuthberts-primary.example>", "outlook", "Eclipse glasses for 120 pupils",
      "Friday-afternoon enquiry answered in full on Monday morning; thanks.",
      cu("11-06 16:40", """Dear Fieldfare Optics,

We are planning ahead for the partial solar eclipse on 2 August 2027 and would like every child in Key Stage 2 to have their own viewer. Could you give me a price for 120 pairs of eclipse glasses? Do they come with an ISO 12312-2 certificate we can show parents? Finally, would someone be able to come in and do an assembly about the eclipse beforehand?

Kind regards,
Joanne Pickersgill
Year 5 Teacher & Science Lead
St Cuthbert's Primary School
"""),
      ag("callum", "11-09 10:05", """Dear Joanne,

Thanks for planning so far ahead - it makes everything easier. For 100 pairs or more the glasses are £1.10 each, so £132 plus VAT for 120. Every pair is printed with the ISO 12312-2 mark and we include the manufacturer's certificate as a PDF you can forward to parents.

And yes, we do free school visits within 40 miles, and St Cuthbert's is about 25 from us. An assembly in the summer term works well; just suggest a couple of dates when you're ready.

Best wishes,"""),
      cu("11-09 15:20", """Thank you Callum, that's all very clear. I'll take it to the head and be in touch in January.

Joanne Pickersgill
""", thanks=True)),

    C("f10-ranger-double-image", "en", "closed", {"reopened": 1},
      "George Ferriby <gferriby@example.net>", "apple", "Ranger 10x50 double image",
      "Prism realignment done and the ticket marked resolved; the customer writes again in the thread about an eyecup, which is sorted.",
      cu("11-02 10:30", """Hello,

My Ranger 10x50s have started showing a double image - two Moons, slightly offset vertically. They got knocked off the car roof (don't ask). Can you realign the prisms, and what would it cost? Do I need to book a slot or just post them?

George Ferriby
"""),
      ag("tamsin", "11-02 14:45", """Hi George,

Ouch - but that's usually fixable. Prism realignment on a Ranger is £38 including return postage. No booking needed: post them to the workshop address below, well padded, with a note of your name and phone number.

Tamsin"""),
      ag("tamsin", "11-06 16:10", """Hi George,

Your Ranger arrived on Wednesday and is collimated - both barrels now merge perfectly on the artificial star and on the church spire across the valley. They went back to you today by Special Delivery (tracking JX 4471 9920 3GB). I'll mark this ticket as resolved, but just reply if anything's not right.

Tamsin""", closes=True),
      cu("11-09 18:25", """Hi Tamsin,

They arrived Saturday and the image is spot on - thank you. But the left eyecup now won't stay up, it slides down as soon as I put my eye to it. It was fine before. Could you have a look, or send me a replacement eyecup I can fit myself?

George
"""),
      ag("tamsin", "11-10 10:30", """Hi George,

Sorry about that - the twist-up eyecups on the Ranger have a detent ring that can get unseated when the housing is opened. A replacement eyecup went in the post to you this morning, no charge; the old one unscrews anticlockwise and the new one screws straight on. If it still slips after that, send them back and I'll sort it on the bench.

Tamsin""")),

    C("f11-tyneside-outreach-scopes", "en", "pending", {"many-handoffs": 1},
      "Alan Stobart <a.stobart@tynesideastro.example>", "owa", "Six telescopes for our outreach programme",
      "Orders, technical advice and the workshop each answer part of a society order (treasurer in Cc); a later invoice request is done.",
      cu("11-12 11:00", """Dear Fieldfare Optics,

Tyneside Astronomical Society has received a grant for school outreach and we would like to buy six Skylark 130P telescopes on the Lapwing AZ mount. Before we raise a purchase order:

Is there a discount for registered societies? Can they be delivered to our observatory in Sunderland rather than to my home? Will the Lapwing be steady enough when a class of ten-year-olds keeps bumping it? And is it possible for them to arrive already collimated?

I've copied in our treasurer, Margaret Hewson.

Best regards,
Prof. Alan Stobart
Outreach Officer, Tyneside Astronomical Society
""", cc="Margaret Hewson <treasurer@tynesideastro.example>"),
      ag("gareth", "11-12 14:20", """Dear Alan,

Thank you - lovely to hear about the grant. Registered societies get 10% off, and delivery to the Sunderland observatory is free; it comes as one pallet on a weekday, so someone will need to be there to sign.

Priya will come back to you on the mount question this afternoon, and Tamsin will confirm about the collimation.

Kind regards,""", promises=[("11-12", 3), ("window", 4)]),
      ag("priya", "11-12 16:05", """Dear Alan,

The Lapwing is fine for this. With the 130P it's well under its 5 kg payload, and the slow-motion clutches mean a bump nudges the tube rather than knocking it off target. Keep the tripod legs only half extended for children - it's steadier and they can reach the eyepiece without a step.

Best wishes,
Priya"""),
      ag("tamsin", "11-13 09:30", """Hi Alan,

Yes - all six will be star-tested and collimated on the bench before they leave, at no charge. If your members would like it, I'm also happy to run a free collimation evening at the observatory in the new year so they can keep them in shape.

Tamsin"""),
      cu("11-16 10:15", """Thank you all, that's very helpful. Margaret will raise the purchase order this week.

One more thing: could the invoice show the grant reference HLF-NE-2291 so it matches our grant paperwork?

Alan
"""),
      ag("gareth", "11-16 12:40", """Dear Alan,

Yes, of course. I've added HLF-NE-2291 to the society's account, so it will print on the order confirmation and on the invoice.

Kind regards,""")),

    C("f12-curlew-imaging-adapters", "en", "closed", {"unanswered-question": 2},
      "Kieran Moss <kieranmoss@example.com>", "gmail", "Back-focus with the 0.85x flattener",
      "One long paragraph: back-focus, the older 0.8x reducer and a request for the spacer instructions; only back-focus is answered.",
      cu("11-05 22:50", """Hi,

I've just bought the Curlew 80ED from you and I'm trying to set it up for imaging with my Canon 600D but I'm getting a bit lost in the adapters, so forgive the long email. I think I need a Canon T-ring plus your 0.85x reducer/flattener, but the flattener page says 55 mm back-focus and I can't work out if that's measured from the flattener's rear thread or from the shoulder, and whether the T-ring's 11 mm counts towards it (the 600D flange distance is 44 mm so I assume that makes 55 on the nose?). Also I've read that the 0.8x reducer from the older Curlew works on the new tube - does it, or does it vignette on APS-C? And could you send me the spacer kit instructions as a PDF, as the paper ones were missing from the box. Thanks for any help,

Kieran
""", uq=2),
      ag("priya", "11-06 10:30", """Hi Kieran,

Not a silly question at all - back-focus trips everyone up. The 55 mm is measured from the flattener's rear (M48) thread to the sensor. The Canon T-ring is 11 mm and the 600D's flange distance is 44 mm, so yes: T-ring straight onto the flattener and you're at exactly 55, no spacers needed.

Do make sure you get the M48 T-ring rather than the M42 one, otherwise the corners will vignette.

Clear skies,
Priya"""),
      cu("11-06 12:00", """Perfect, M48 T-ring ordered. Cheers Priya!
""", thanks=True)),

    C("f13-handset-firmware", "en", "closed", {},
      "Ewan Lockhart <ewan.lockhart@example.org>", "thunderbird", "Corvid EQ-4 handset firmware",
      "Where to download the firmware and a changelog: answered with two links only.",
      cu("11-03 20:05", """Where can I download the latest firmware for the Corvid EQ-4 handset? The version on mine says 2.1.7. Is there a changelog somewhere so I can see if it's worth the bother?

Ewan
"""),
      ag("priya", "11-04 09:10", """https://fieldfareoptics.example/support/corvid-eq4/firmware
https://fieldfareoptics.example/support/corvid-eq4/firmware/changelog?v=2.3.0"""),
      cu("11-04 19:45", """Thanks - updated to 2.3.0, the PEC fix alone was worth it.

Ewan
""", thanks=True)),

    C("f14-dew-strap-sct", "en", "closed", {"missed-follow-up": 1},
      "Fiona Brannigan <fiona.brannigan@example.net>", "android", "Dew heater strap for a 9.25\" SCT",
      "Power question answered; strap lengths promised 'let you know' without a date (follow-up window) and never sent.",
      cu("11-11 21:30", """Hi, do you sell a dew heater strap long enough for a 9.25" SCT? The one on your site says up to 8". And can it run off the same 12v power tank as the mount?

Fiona

Get Outlook for Android
"""),
      ag("gareth", "11-12 10:00", """Hi Fiona,

Yes, the mount and a heater strap can share a 12 V power tank as long as it's at least 17 Ah - the strap draws about 1.5 A at full power. The 8" strap won't quite wrap a 9.25, though. I'll ask our supplier which lengths they make and let you know.

Kind regards,""", promises=[("window", None)])),

    C("f15-club-collimation-report", "en", "closed", {},
      "Shreya Iyer <shreya.iyer@example.com>", "apple", "Written report for the 12\" Dob",
      "Report promised for tomorrow and sent on time as a PDF; the holder question answered straight away; thanks.",
      cu("11-02 09:20", """Hello Tamsin,

Thanks for collimating the club's 12" truss Dob last week. Our committee would like a short written report for the insurance file - what was adjusted and how the final star test looked. Could you send one? Also, is the secondary holder worth upgrading while we're at it?

Shreya Iyer
Secretary, Wansbeck Astronomical Society
"""),
      ag("tamsin", "11-02 15:00", """Hi Shreya,

Of course. I'll write it up tonight and send it over tomorrow.

The secondary holder: honestly, no. The stock holder held collimation fine through the whole star test once I'd replaced the worn spring. Save the money for a better focuser.

Tamsin""", promises=[("11-03", 3)]),
      ag("tamsin", "11-03 11:40", """Hi Shreya,

Report attached, as promised. Shout if the committee wants anything adding.

Tamsin""", attach=[("application/pdf", "Collimation-report-Wansbeck-12in.pdf", REPORT_PDF)]),
      cu("11-03 13:00", """Thank you - that's exactly what the committee wanted.

Shreya
""", thanks=True)),

    C("f16-mirror-recoat-quote", "en", "closed", {},
      "Paul Oyelaran <paul.oyelaran@example.org>", "gmail", "Cloudy mirror on an old 6\" Newtonian",
      "Orders promises that the workshop will send a quote tomorrow; the colleague sends it on time with a PDF; the customer goes ahead.",
      cu("11-05 12:15", """Hi,

My old 6" f/8 Newtonian (a Fieldfare from the 1990s, the blue tube) has a mirror that's going cloudy. Can it be recoated, and is it worth doing compared with buying new?

Paul
"""),
      ag("gareth", "11-05 15:00", """Hi Paul,

Yes, we send mirrors away for recoating - enhanced aluminium, about three weeks. Whether it's worth it depends on the mirror, so Tamsin in the workshop will email you tomorrow with a quote and her honest view once she's seen the photos you posted on our Facebook page.

Regards,""", promises=[("11-06", 3)]),
      ag("tamsin", "11-06 10:20", """Hi Paul,

Gareth passed me your photos. The coating is tired but I can't see any pitting in the glass, and those 1990s f/8 mirrors were usually well figured. Recoating the primary and secondary comes to £97 plus return carriage, against £289 for a new 150 mm tube, so I'd recoat. Quote attached.

Tamsin""", attach=[("application/pdf", "Quotation-Q-2611-118.pdf", RECOAT_PDF)]),
      cu("11-06 18:00", """Thanks Tamsin, let's go ahead. I'll post the mirror on Monday.

Paul
"""),
      ag("tamsin", "11-09 09:00", """Great. Pack it face up in its cell if you can, with a clean sheet of kitchen roll over the glass and plenty of padding all round.

Tamsin""")),

    C("f17-secondary-holder-spare", "en", "pending", {},
      "Ingrid Sorlie <ingrid.sorlie@example.com>", "gmail", "Sheared secondary holder bolt",
      "Spare part answered; the dispatch date is promised 'by Tuesday 24 November' - still ahead at audit time.",
      cu("11-17 20:40", """Hi,

I dropped the secondary mirror holder while collimating my Harrier 8 and the central bolt has sheared. Do you sell the holder as a spare, and how quickly could you send one? I've got a group of Brownies coming for their stargazing badge on the 5th of December.

Ingrid
"""),
      ag("gareth", "11-18 09:30", """Hi Ingrid,

We do: part HS-8-SEC, £24 including the bolt and springs. It's out of stock this week but due in from the supplier; I'll confirm the dispatch date by Tuesday 24 November.

Regards,""", promises=[("11-24", None)])),

    C("f18-dpd-collection", "en", "closed", {},
      "Colin Harbottle <colin@harbottlefarm.example>", "owa", "Mirror clip repair - collection",
      "Courier arranged (logistics, not a promise) with a label attached; the customer confirms; repaired and explicitly closed.",
      cu("11-02 08:30", """Morning,

I'd like to send my 8" Dob in for the mirror clip repair you quoted for. I don't drive any more - can you arrange a courier, and do I need to box the base as well?

Colin
"""),
      ag("gareth", "11-02 11:15", """Morning Colin,

No problem. The courier (DPD) collects from you on Wednesday between 9 and 5. Just the tube, in the original box if you still have it, otherwise wrapped in bubble wrap with plenty of padding. The label is attached - tape it over any old labels.

Kind regards,""", attach=[("application/pdf", "DPD-collection-label.pdf", LABEL_PDF)]),
      cu("11-04 17:30", """All done, DPD came at 2.

Colin
""", thanks=True),
      ag("tamsin", "11-06 15:00", """Hi Colin,

The tube arrived safely. New clips are fitted with a proper 1 mm gap and it's collimated; it goes back to you with DPD on Monday. I'm closing this ticket now - thanks for your patience.

Tamsin""", closes=True)),

    C("f19-eyepiece-refund-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Yvonne Calder <yvonne.calder@example.com>", "outlook", "Refund for returned eyepiece FO-31166",
      "Refund question unanswered for four days; the customer resends the same mail word for word as a new message; then answered.",
      cu("11-12 09:05", REFUND_MAIL),
      ack("11-12 09:06"),
      cu("11-16 08:40", REFUND_MAIL, parent=0, chase=True),
      ag("gareth", "11-16 11:20", """Dear Yvonne,

Apologies for the silence - your first email was caught in our returns queue. The eyepiece arrived on 4 November in perfect condition and the refund of £119 went back to your card this morning; banks usually show it within three to five working days.

Kind regards,""")),

    C("f20-okular-pilz", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Sabine Wendler <sabine.wendler@example.de>", "thunderbird_de", "Pilz im 13-mm-Okular",
      "Estimate promised for 'morgen'; the customer chases ('gibt es schon etwas Neues') and gets it three days late.",
      cu("11-08 19:00", """Hallo,

ich habe ein älteres 13-mm-Okular (Fieldfare Wide 82°), bei dem sich zwischen den Linsen Pilz gebildet hat - man sieht im Gegenlicht feine Fäden. Lohnt sich eine Reinigung bei Ihnen, und was würde sie kosten?

Viele Grüße
Sabine Wendler
""", tz=1),
      ag("lukas", "11-09 09:30", """Hallo Frau Wendler,

Pilz zwischen den Linsen lässt sich oft entfernen, solange er die Vergütung noch nicht angegriffen hat. Ich frage in der Werkstatt nach dem Preis und melde mich morgen mit einem Kostenvoranschlag.

Viele Grüße""", promises=[("11-10", 4)]),
      cu("11-12 20:15", """Hallo Herr Hartmann,

gibt es schon etwas Neues zu dem Kostenvoranschlag? Ich hatte eigentlich am Dienstag damit gerechnet.

Grüße
S. Wendler
""", tz=1, chase=True),
      ag("lukas", "11-13 09:10", """Hallo Frau Wendler,

entschuldigen Sie bitte die Verzögerung. Die Reinigung kostet 35 £ (etwa 40 €) zuzüglich Versand. Falls der Pilz die Vergütung schon angegriffen hat, sagen wir Ihnen das vor der Arbeit, und Sie zahlen nur die Rücksendung.

Viele Grüße""")),

    C("f21-maksutov-reglage", "fr", "closed", {"unanswered-question": 1},
      "Bernard Lemaire <b.lemaire@example.fr>", "owa", "Devis réglage Nightjar 6",
      "Quote and turnaround answered with a form attached; the question about taking back the old finder is skipped.",
      cu("11-04 10:20", """Bonjour,

Mon Nightjar 6 Maksutov a pris un choc pendant un déménagement : le ménisque semble intact mais la collimation est complètement partie (les étoiles ressemblent à des virgules). Pourriez-vous me faire un devis pour le réglage ? Combien de temps faut-il compter ? Pourriez-vous aussi me dire si vous récupérez l'ancien chercheur 6x30 ? J'en ai acheté un nouveau et je préfère qu'il ne finisse pas à la poubelle.

Cordialement,
Bernard Lemaire
""", tz=1, uq=1),
      ag("aurelie", "11-04 15:30", """Bonjour Monsieur Lemaire,

Le réglage d'un Maksutov de 150 mm coûte 55 £, contrôle sur étoile artificielle compris. Comptez une semaine à l'atelier, plus le transport. Je vous joins le formulaire d'envoi : merci de le glisser dans le carton avec l'instrument.

Bien cordialement,""", attach=[("application/pdf", "Formulaire-envoi-atelier.pdf", FORM_PDF)]),
      cu("11-05 09:00", """Merci, je vous envoie le télescope la semaine prochaine.

B. Lemaire
""", tz=1, thanks=True)),

    C("f22-maleta-curlew-tenerife", "es", "closed", {"unanswered-question": 1},
      "Marta Villalobos <marta.villalobos@example.es>", "iphone", "Maleta para Curlew 102",
      "A customer in Tenerife (UTC+0) asks about the case, cabin luggage and shipping to the Canaries; the shipping question is skipped.",
      cu("11-05 18:30", """Hola,

Quiero comprar la maleta acolchada para mi refractor Curlew 102. ¿Cabe el tubo con el buscador montado? ¿Sirve como equipaje de mano en Binter o en Vueling? Vivo en Tenerife y quiero subirlo al Teide. Quisiera saber también si hacen envíos a Canarias y cuánto cuesta.

Gracias,
Marta

Enviado desde mi iPhone
""", uq=1),
      ag("lucia", "11-06 09:45", """Hola Marta:

El tubo cabe con el buscador montado si lo gira hacia abajo. Por fuera la maleta mide 54 x 34 x 20 cm y pesa 2,1 kg vacía, así que entra como equipaje de mano en las dos compañías que menciona.

¡Que disfrute del Teide!
Un saludo,"""),
      cu("11-06 19:00", """¡Genial, muchas gracias!
""", thanks=True)),

    C("f23-kielder-first-stargazing", "en", "closed", {"unanswered-question": 2},
      "Tom Elphick <t.elphick@kielderfirst.example>", "outlook", "Year 6 stargazing evening - 26 November",
      "A numbered list of four; the reply covers 1 and 2 and says nothing about DBS checks or red torches; the teacher books.",
      cu("11-03 15:40", """Dear Callum,

Following our phone call, here is what we need for the Year 6 stargazing evening on Thursday 26 November (6-8pm, on the school field):

1. Could you bring four telescopes and two people to run them?
2. What would the cost be, including travel from Bellingham?
3. Do both of your staff have up-to-date DBS checks? Our safeguarding lead needs the certificate numbers before the event.
4. Could you also provide red torches for about 30 children, or should we buy our own?

Many thanks,
Tom Elphick
Kielder First School
""", uq=2),
      ag("callum", "11-04 09:50", """Hi Tom,

Great to hear from you. Four scopes and two of us is no problem - I'll bring the 8" Dobsonians, they're the easiest for children to use. A two-hour session is £180, travel included as you're only 20 minutes up the road. If it's cloudy we switch to a planetarium session on the hall screen and a meteorite handling box, same price.

Best,"""),
      cu("11-04 11:10", """Thanks Callum, that sounds perfect - booked in!

Tom
""", thanks=True)),

    C("f24-curlew-lapwing-fiat", "en", "closed", {"unanswered-question": 1},
      "Sandra Mulholland <s.mulholland@example.net>", "gmail", "Curlew 80ED + Lapwing AZ as grab-and-go",
      "Counterweight answered; asked whether she can return it if it doesn't fit her boot, she gets box dimensions instead. The reply lost its threading headers.",
      cu("11-05 20:00", """Hi,

I'm thinking of the Curlew 80ED on the Lapwing AZ as a grab-and-go kit. Two things: does the Lapwing need a counterweight with the 80ED and a heavy diagonal, and can I return it if the whole lot doesn't fit in the boot of my Fiat 500? It's a very small boot.

Sandra
""", uq=1),
      ag("priya", "11-06 09:20", """Hi Sandra,

No counterweight needed: the Lapwing's payload is 5 kg, and the 80ED with a 2" diagonal and a 24 mm eyepiece comes to about 3.4 kg.

As for the boot - the tube comes in a box of 62 x 24 x 22 cm, and the Lapwing head and tripod fold down to 75 cm long, so the tripod would probably have to go on the back seat of a 500.

Priya""", thread=False),
      cu("11-06 21:00", """Ha, the back seat it is then. Thanks Priya!
""", thanks=True)),

    C("f25-starter-bundle-filter", "en", "closed", {"unanswered-question": 1},
      "Owen Pryce <owen.pryce@example.org>", "iphone", "Order FO-31402 dispatched?",
      "Dispatch answered and thanked; two days later a new mail asks the Moon filter size and a swap; only the size is answered.",
      cu("11-02 19:10", """Hi, has my order FO-31402 (the Skylark 130P starter bundle) been dispatched yet?

Owen

Sent from my iPhone
"""),
      ag("gareth", "11-03 09:00", """Hi Owen,

Yes - it left us yesterday with DPD, tracking 15503 8814 2207, due with you on Wednesday.

Regards,"""),
      cu("11-03 09:30", """Great, thanks!
""", thanks=True),
      cu("11-05 20:45", """Hi again - it's arrived, all in one piece. Is the Moon filter in the bundle 1.25" or 2"? And can I swap it for the variable polarising filter if I pay the difference? The Moon filter makes everything look green.

Owen
""", uq=1),
      ag("gareth", "11-06 10:10", """Hi Owen,

It's 1.25" - it screws into the bottom of any of the bundle eyepieces.

Regards,""")),

    C("f26-harrier-collection-golf", "en", "pending", {"unanswered-question": 1},
      "Rachel Quayle <rachel.quayle@example.com>", "gmail", "Collecting a Harrier 8 on Saturday",
      "Whether it fits in a Golf is answered; the request made in passing to take her parents' address off the mailing list is not.",
      cu("11-16 13:20", """Hello,

Could you tell me whether the Harrier 8 will fit across the back seat of a Golf, or do I need to take the tube off the base? I'm collecting in person on Saturday. By the way, please take my parents' address (22 Acomb Road) off your mailing list - your catalogue keeps going there since I moved out.

Thanks,
Rachel
""", uq=1),
      ag("gareth", "11-17 09:10", """Hi Rachel,

Lift the tube off the base (it just sits on the side bearings) and both will go across the back seat of a Golf: the tube is 120 cm long and the base 55 cm square. We're open for collections from 10 till 1 on Saturday.

Regards,""")),

    C("f27-smartphone-adapter", "de", "closed", {},
      "Matthias Krogmann <m.krogmann@example.de>", "gmail_de", "Smartphone-Adapter für 2-Zoll-Okular",
      "Two questions answered at once in one sentence; thanks.",
      cu("11-03 21:15", """Hallo,

ich möchte mit dem Smartphone durchs Okular den Mond fotografieren. Passt Ihr Smartphone-Adapter an ein 2-Zoll-Okular mit 58 mm Außendurchmesser? Und funktioniert er mit einem iPhone 15 Pro mit Hülle?

Danke und klaren Himmel
Matthias
""", tz=1),
      ag("lukas", "11-04 10:40", """Hallo Matthias,

beides ja: die Klemme nimmt Okulare von 25 bis 62 mm Außendurchmesser auf, und die Handyhalterung geht bis 95 mm Breite, also auch mit Hülle. Tipp: die Kamera-App auf 2x stellen, dann verschwindet die Vignettierung.

Viele Grüße"""),
      cu("11-04 21:00", """Super, danke! Ist bestellt.
""", tz=1, thanks=True)),

    C("f28-sternwarte-eq4", "de", "pending", {"unanswered-question": 1},
      "Henrike Albers <h.albers@sternwarte-harz.example>", "outlook_de", "Anfrage Corvid EQ-4 für Vereinssternwarte",
      "Three questions from an observatory society (with a confidentiality disclaimer); payload and pier adapter answered, invoice terms for a charity skipped.",
      cu("11-16 11:30", """Sehr geehrte Damen und Herren,

unsere Vereinssternwarte möchte eine Corvid EQ-4 anschaffen. Wir hätten drei Fragen: Welche Zuladung ist für Astrofotografie realistisch? Lässt sich die Montierung auf unserer Säule mit 200-mm-Flansch befestigen, und gibt es dafür einen Adapter? Bieten Sie für gemeinnützige Vereine eine Rechnung mit Zahlungsziel von 30 Tagen an?

Mit freundlichen Grüßen
Dr. Henrike Albers
Sternwarte Harz e.V. - Technik

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
""", tz=1, uq=1),
      ag("lukas", "11-17 08:45", """Sehr geehrte Frau Dr. Albers,

für Astrofotografie empfehlen wir höchstens 9 kg Zuladung (visuell bis 14 kg). Für Säulen mit 200-mm-Flansch gibt es unsere Adapterplatte PA-200 (49 £); sie nimmt die Montierung mit drei M8-Schrauben auf, die Bohrungen passen auf Ihren Flansch.

Mit freundlichen Grüßen""")),

    C("f29-filtre-uhc-relance", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Claire Dufresne <claire.dufresne@example.fr>", "thunderbird", "Commande FO-31377 - filtre UHC",
      "Order status asked; only the acknowledgement; two days later 'Je me permets de vous relancer'; then answered with tracking.",
      cu("11-09 10:00", """Bonjour,

J'ai commandé le 2 novembre un filtre UHC 2" (commande FO-31377) et je n'ai reçu aucun mail d'expédition. Pouvez-vous me dire où en est la commande ?

Merci,
Claire Dufresne
""", tz=1),
      ack("11-09 09:01"),
      cu("11-11 14:30", """Bonjour,

Je me permets de vous relancer au sujet de ma commande FO-31377 : toujours aucune nouvelle du filtre.

Claire Dufresne
""", tz=1, chase=True),
      ag("aurelie", "11-11 16:20", """Bonjour Madame Dufresne,

Toutes mes excuses pour ce silence. Le filtre UHC 2" était en rupture ; il est arrivé hier et votre colis est parti ce matin en Colissimo international, numéro de suivi CX 2291 4410 8FR. Comptez trois à cinq jours ouvrés.

Bien cordialement,""")),

    C("f30-harrier10-cuenca", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Jorge Benítez <jorge.benitez@example.com>", "android", "Presupuesto Harrier 10 con envío a España",
      "Customs answered; the quote with shipping promised for 'mañana' arrives only after the customer chases a week later (PDF).",
      cu("11-02 17:45", """Buenas tardes:

Me interesa el telescopio Harrier 10 para una asociación vecinal de Cuenca. ¿Me pueden enviar un presupuesto con el transporte a España incluido? ¿Y sabrían decirme si hay que pagar aduanas después del Brexit?

Gracias,
Jorge Benítez

Obtener Outlook para Android
""", tz=1),
      ag("lucia", "11-03 09:30", """Hola Jorge:

Sí: desde el Brexit los envíos a España pagan el IVA español y, según el valor, aranceles a la llegada; nosotros le facturamos sin IVA británico. Para el presupuesto necesito pedir precio al transportista para un bulto de 28 kg; mañana le confirmo el importe total.

Un saludo,""", promises=[("11-04", 4)]),
      cu("11-09 12:00", """Hola Lucía:

Les escribí hace una semana y todavía no sé nada del presupuesto. La asociación se reúne el jueves y necesito llevar la cifra.

Jorge
""", tz=1, chase=True),
      ag("lucia", "11-09 15:10", """Hola Jorge:

Perdone, se me pasó. Le adjunto el presupuesto: telescopio 599 £ sin IVA y transporte a Cuenca 86 £, en total 685 £ (unos 790 €). El IVA español y los posibles aranceles se pagan al transportista en la entrega.

Un saludo,""", attach=[("application/pdf", "Presupuesto-P-2611-031.pdf", PRESUPUESTO_PDF)])),

    C("f31-kestrel-straps-ooo", "en", "closed", {},
      "Laura Feeney <laura.feeney@brightwater-ecology.example>", "outlook", "Replacement neck straps for Kestrel 8x42",
      "Both questions answered; the customer's out-of-office reply follows; nothing else.",
      cu("11-03 11:00", """Hi,

Our field team has six Kestrel 8x42s and two of the neck straps have frayed through at the lug. Do you sell replacement straps on their own, and are they the same 25 mm width as the originals? We'd need them before our winter wader survey starts on the 23rd.

Laura Feeney
Field Survey Coordinator
Brightwater Ecology Ltd

CONFIDENTIALITY: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please tell the sender and delete it.
"""),
      ag("gareth", "11-03 14:30", """Hi Laura,

Yes - the Kestrel neoprene strap is £9.50 on its own and it's the same 25 mm width, so it fits the existing lugs. I've put two aside for you; Royal Mail usually takes one or two days.

Regards,"""),
      auto("11-03 14:31", """Thank you for your email. I am out on fieldwork at Druridge Bay with no signal until Monday 9 November. For urgent survey matters please contact ops@brightwater-ecology.example.

Laura Feeney
""", subject="Automatic reply: Replacement neck straps for Kestrel 8x42", quote=False)),

    C("f32-lodge-invoice-reissue", "en", "closed", {"missed-follow-up": 1},
      "Hamish Urquhart <hamish@urquhart-lodges.example>", "outlook", "Invoice FO-INV-8841 - wrong name, no VAT number",
      "Reissue promised 'by end of day', sent two days later with an apology.",
      cu("11-09 10:00", """Hi,

We bought four Ranger 10x50s and a Harrier 8 for the lodges' stargazing packs (invoice FO-INV-8841), but the invoice is made out to me personally rather than to Urquhart Lodges Ltd, and it's missing our VAT number (GB 318 5521 07). Could you reissue it? Our accountant needs it before the quarter closes.

Hamish Urquhart
Urquhart Lodges
"""),
      ag("gareth", "11-10 09:30", """Hi Hamish,

Sorry about that. I'll have the invoice reissued to Urquhart Lodges Ltd with your VAT number by end of day and email it straight over.

Regards,""", promises=[("11-10", 3)]),
      ag("gareth", "11-12 11:45", """Hi Hamish,

Corrected invoice attached - apologies that it took longer than I said; our accounts system needed the company set up as a new customer first.

Regards,""", attach=[("application/pdf", "Invoice-FO-INV-8841-reissued.pdf", INVOICE_PDF)])),

    C("f33-corrector-plate-crack", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Anthony Grieve <tony.grieve@example.net>", "gmail", "Cracked corrector plate - Nightjar 8",
      "Price promised 'early next week' after the customer sends the serial asked for (not a chase); two chases; the price comes on Friday. The reply's References skip two messages.",
      cu("11-04 19:30", """Hello,

Disaster - my Nightjar 8's corrector plate has a crack running in about 2 cm from the edge after the dew shield fell on it. Can the corrector be replaced, and if so could you quote for it? I'd also like to know whether you'd need to re-centre the secondary after swapping it.

Tony Grieve
"""),
      ag("tamsin", "11-05 10:15", """Hi Tony,

Sorry to hear that. The corrector can be replaced, but on that model it's matched to the primary, so the manufacturer needs the serial number to send the right one. And yes - the secondary is mounted on the corrector, so we'd re-centre and collimate afterwards; that's included.

Could you send me the serial number? It's on the rear cell, next to the visual back. I'll have a price for you early next week.

Tamsin""", promises=[("11-10", 6)]),
      cu("11-05 20:10", """Serial is NJ8-2311-0472. Thanks Tamsin.

Tony
"""),
      cu("11-11 18:00", """Hi Tamsin,

Just checking in on the corrector plate quote - you mentioned early this week.

Tony
""", chase=True),
      cu("11-13 08:30", """Hello again,

This is my third email about the corrector plate. Could somebody please let me know whether the part is available at all? I'd rather know if the scope is a write-off.

Tony Grieve
""", chase=True),
      ag("tamsin", "11-13 17:30", """Hi Tony,

I'm really sorry - the manufacturer took eight days to reply, and I should have told you that instead of leaving you hanging. The corrector for your serial is available: £265 for the part plus £40 for fitting, re-centring and collimation, so £305 in all, and about three weeks from order.

Tamsin""", refs=[1, 2, 5])),

    C("f34-filter-wheel-toronto", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Mei Lin Tan <meilin.tan@example.com>", "gmail", "Filter wheel pre-order and shipping to Canada",
      "A customer in Toronto (UTC-5) gets the stock date, pre-order and shipping; her chase about an earlier date has no reply.",
      cu("11-09 14:00", """Hi,

I'd like to order the 7-position filter wheel for 1.25" filters, but the site says it's out of stock. When do you expect it back, and can I pre-order so I get one from the first batch? I'm in Toronto, so I'd also need a shipping quote to Canada.

Mei Lin
""", tz=-5),
      ag("gareth", "11-10 09:20", """Hi Mei Lin,

The supplier's delivery is due on 30 November. I've put you down for one from that batch - no payment until it ships. Tracked shipping to Canada is £24 and takes 7-10 days.

Regards,"""),
      cu("11-17 10:30", """Hi Gareth,

Any update on the filter wheel? I was hoping it might come in earlier than the 30th, as I'm trying to have it for the holidays. Is there any chance of that?

Mei Lin
""", tz=-5, chase=True)),

    C("f35-lapwing-order-forwarded", "en", "closed", {},
      "Brian Hetherington <brian.hetherington@example.org>", "owa", "Is this the right mount for my Mak?",
      "HTML-only mail with a forwarded order confirmation (its 'Questions about your order?' is not his); compatibility confirmed.",
      cu("11-05 09:30", """Hi,

I ordered the mount below last night but now I'm worried it's the wrong one for my Nightjar 6 Mak. Can you confirm it's compatible before it ships? If it isn't, please swap it for the right one.

Brian

________________________________
From: Fieldfare Optics Shop <shop@fieldfareoptics.example>
Sent: Wednesday, November 4, 2026 10:14 PM
To: brian.hetherington@example.org
Subject: Your order FO-31455 is confirmed

Thank you for your order!
1 x Lapwing AZ mount with steel tripod - £149.00
Questions about your order? Visit https://fieldfareoptics.example/orders?id=FO-31455
Want it sooner? Upgrade to next-day delivery from your account.
""", kind="html"),
      ag("priya", "11-05 11:00", """Hi Brian,

It's the right one. The Lapwing AZ takes the Nightjar 6's Vixen-style dovetail directly, and at 4 kg the Mak is well within its 5 kg payload. Nothing to swap - it ships today.

Priya"""),
      cu("11-05 12:00", """Phew - thank you!

Brian
""", kind="html", thanks=True)),

    C("f36-eq4-grinding", "en", "closed", {},
      "Gwen Tallis <gwen.tallis@example.net>", "thunderbird", "Corvid EQ-4 grinding on fast slews",
      "A rhetorical question and a self-answered one around two real questions, both answered; thanks.",
      cu("11-10 23:40", """Hello,

Who knew the sky would finally clear on the one night I'd left the dew heater at my sister's? Anyway - the Corvid EQ-4's RA axis has started making a grinding noise when it slews fast. Where is the serial number on this mount? Oh, never mind, found it on the sticker under the counterweight bar: EQ4-2402-1187.

Is it covered by the warranty (bought May 2025), and is it safe to keep using it in the meantime?

Gwen
"""),
      ag("tamsin", "11-11 10:10", """Hi Gwen,

It's covered - the EQ-4 has two years, so you're fine until May 2027. A grinding noise on fast slews is usually the worm mesh set too tight, which shows up in the first cold snap. It won't do any harm if you keep slew speeds at 6 or below for now.

When you're ready, post the mount head (no tripod or counterweights) to the workshop with a note of the serial and we'll sort it under warranty.

Tamsin"""),
      cu("11-11 19:00", """Thanks Tamsin, it'll go in the post on Friday.

Gwen
""", thanks=True)),

    C("f37-december-star-party", "en", "pending", {},
      "Simon Ashworth <simon.ashworth@example.com>", "gmail", "December star party questions",
      "A pleasantry, then three questions answered inline - the first with a bare 'Of course.'",
      cu("11-16 09:15", """Hi Callum,

Hope you had a good weekend? A few questions about the December star party. Can I bring my own scope and set it up on the observing field? Is there somewhere to charge a power tank overnight? And what time do the gates shut? I'm driving up from Leeds after work on the Friday.

Cheers,
Simon
"""),
      ag("callum", "11-16 14:30", """Hi Simon,

Answers under your questions:

> Can I bring my own scope and set it up on the observing field?

Of course.

> Is there somewhere to charge a power tank overnight?

Yes, the charging shed next to the toilet block - labelled sockets, bring a marker pen for your name.

> And what time do the gates shut?

They don't on the Friday. Late arrivals, please drop to sidelights once you're past the cattle grid.

Callum""", quote=False)),

    C("f38-bnb-guest-binoculars", "en", "closed", {},
      "Patricia Okonjo <p.okonjo@lumenhall.example>", "apple", "Binoculars for our guests",
      "Two questions answered together in one sentence; the customer's signature has a question and a URL with '?'.",
      cu("11-04 16:00", """Hello,

We run a small B&B with an observatory dome and we're replacing our guest binoculars. Do the Kestrel 8x42s come with tethered objective caps, and is the strap the floating kind? We lose a lot of caps in the long grass, and one pair has already been in the pond.

Patricia Okonjo
Lumen Hall Observatory B&B
Fancy a night under dark skies? https://lumenhall.example/book?src=email
"""),
      ag("priya", "11-05 09:00", """Hi Patricia,

Both yes: the objective caps are tethered to the barrels and the strap is the floating neoprene type, so the next pair should survive the pond too.

Priya""")),

    C("f39-dented-box-photo", "en", "closed", {},
      "Neil Burdon <neil.burdon@example.org>", "android", "Harrier 8 arrived damaged",
      "Support asks for a photo; the customer's second mail sends it (not a chase); a replacement part is arranged; thanks.",
      cu("11-02 08:20", """Hi, my Harrier 8 arrived this morning and the box has a big dent in one corner. The tube looks ok but the focuser knob is bent and won't turn. What do you want me to do?

Neil

Get Outlook for Android
"""),
      ag("gareth", "11-02 10:10", """Hi Neil,

Sorry about that. Could you send me a photo of the dent and the focuser, and keep all the packaging for now?

Regards,"""),
      cu("11-02 12:40", """Photo attached - the dent is on the corner that was at the bottom. Packaging's in the garage.

Neil
""", attach=[("image/png", "IMG_20261102_1231.png", DENT_PNG)]),
      ag("gareth", "11-02 15:30", """Thanks Neil, that's clearly transit damage. A replacement focuser is on its way with DPD tomorrow, and the driver collects the damaged one at the same time, so please have it boxed and ready.

Regards,"""),
      cu("11-04 19:00", """Swapped the focuser, works a treat. Thanks Gareth.
""", thanks=True)),

    C("f40-dark-skies-trust-quote", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ruth Alnwick <r.alnwick@northumbria-darkskies.example>", "outlook", "Quote - two Harrier 12s for Cawfield observatory",
      "Price given and a formal quote with training promised 'by Friday', never sent; the delivery-date request is never addressed.",
      cu("11-02 11:40", """Dear Fieldfare team,

Northumberland Dark Skies Trust is equipping the new visitor observatory at Cawfield and we'd like a quote for two Harrier 12 Dobsonians with Telrad finders. Could you include a collimation training session for our volunteers? We would also need the equipment delivered after 14 December when the building is handed over - please confirm that's possible.

Kind regards,
Dr Ruth Alnwick
Projects Manager, Northumberland Dark Skies Trust

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender.
""", uq=1),
      ag("gareth", "11-03 10:00", """Dear Ruth,

Thank you for thinking of us. Two Harrier 12s with Telrads come to £1,980 including VAT. A collimation training session can certainly be added - Tamsin runs them at the workshop or on site. I'll send you a formal quote with the training included by Friday.

Kind regards,""", promises=[("11-06", None)])),

    C("f41-first-telescope-morpeth", "en", "closed", {"unanswered-question": 2},
      "Marcus Fenwick <marcus.fenwick@example.com>", "thunderbird", "First telescope for my son",
      "Four questions buried in one long paragraph; the reply answers the galaxy and scope questions out of order and drops beginner evenings and instalments.",
      cu("11-09 21:40", """Hello,

My son is 14 and has decided he's going to be an astronomer, so I've been reading your website for a week and I'm more confused than when I started - sorry in advance for the essay. We're torn between the Harrier 8 and the Skylark 130P; he's quite strong and I'd rather buy once, but the Skylark looks easier to carry to the end of the garden, so which would you go for? We live on the edge of Morpeth with a streetlight two doors down and he's desperate to see galaxies - will he actually see anything from here or will it be a disappointment? I noticed you mention beginner evenings at the shop, is there one before Christmas he could come to? Do you do any kind of payment in instalments, or is it all up front? Christmas is expensive enough as it is.

Thanks,
Marcus Fenwick
""", uq=2),
      ag("priya", "11-10 10:20", """Hi Marcus,

Not an essay at all. From the edge of Morpeth he'll see the brighter galaxies - M31, M81 and M82 - as soft grey smudges, and the Moon, Jupiter and Saturn will blow him away whichever scope you buy, so it won't be a disappointment as long as he knows galaxies don't look like the photos. With that in mind I'd go for the Harrier 8: it shows noticeably more, it comes apart into a 10 kg tube and a 9.5 kg base, and a strong 14-year-old will manage both.

Priya"""),
      cu("11-10 19:30", """That's really clear, thanks Priya - Harrier 8 it is.

Marcus
""", thanks=True)),

    C("f42-prismaticos-sobrinos", "es", "closed", {"unanswered-question": 1},
      "Carmen Ortega <carmen.ortega@example.es>", "gmail_es", "Prismáticos para mis sobrinos",
      "A pleasantry ('¿qué tal?'), a model recommendation and a case answered; the two-address delivery question is skipped.",
      cu("11-10 18:00", """Hola Lucía, ¿qué tal?

Te escribo porque quiero regalar a mis sobrinos (8 y 10 años) unos prismáticos para mirar la Luna y los pájaros. ¿Qué modelo me recomiendas para manos pequeñas? ¿Vienen con estuche? Y otra cosa: ¿podéis enviar cada uno a una dirección distinta, uno a Sevilla y otro a Bilbao?

Un abrazo,
Carmen
""", tz=1, uq=1),
      ag("lucia", "11-11 09:15", """¡Hola Carmen!

Para esas edades te recomiendo los Kestrel Junior 6x30: pesan 280 g y la distancia entre oculares se ajusta desde 50 mm, perfecta para caras pequeñas. Sí, vienen con estuche blando y correa.

Un saludo,"""),
      cu("11-11 20:00", """¡Mil gracias!
""", tz=1, thanks=True)),

    C("f43-renvoi-coude-garantie", "fr", "closed", {"unanswered-question": 1},
      "Hélène Garnier <helene.garnier@example.fr>", "apple_fr", "Renvoi coudé 2\" pour Curlew 80ED",
      "Compatibility and the reducer answered in one sentence; the extended-warranty question is not.",
      cu("11-05 09:30", """Bonjour,

Je souhaiterais acheter le renvoi coudé diélectrique 2" pour ma lunette Curlew 80ED. Est-il compatible avec le porte-oculaire d'origine ? Pouvez-vous également m'indiquer si une bague de réduction 2"/1,25" est fournie ? Je voudrais aussi savoir si vous proposez une garantie étendue sur les accessoires.

Cordialement,
Hélène Garnier
""", tz=1, uq=1),
      ag("aurelie", "11-05 14:20", """Bonjour Madame Garnier,

Oui, le renvoi coudé se monte directement sur le porte-oculaire 2" de la Curlew 80ED, et la bague de réduction 2"/1,25" est fournie dans la boîte.

Bien cordialement,"""),
      cu("11-05 18:00", """Merci beaucoup, je passe commande.

H. Garnier
""", tz=1, thanks=True)),

    C("f44-justierung-dezember", "de", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Frank Dittmer <frank.dittmer@example.de>", "outlook_de", "Justierung Harrier 10 im Dezember",
      "Price answered, dates promised 'bis Freitag' and given only after 'ich warte immer noch'; the Crayford upgrade question is never answered.",
      cu("11-10 20:00", """Guten Abend,

ich möchte meinen 10-Zoll-Dobson (Harrier 10) im Dezember bei Ihnen justieren lassen, da ich ohnehin in Northumberland bin. Kann ich ihn am 14. Dezember vorbeibringen und am 16. wieder abholen? Was kostet die Justierung? Und könnten Sie bei der Gelegenheit auch den Okularauszug auf einen 2-Zoll-Crayford umrüsten? Bitte schicken Sie mir dafür ein Angebot.

Mit freundlichen Grüßen
Frank Dittmer
""", tz=1, uq=1),
      ag("lukas", "11-11 09:00", """Guten Tag Herr Dittmer,

die Justierung eines 10-Zoll-Newtons kostet 45 £. Den 14. und 16. Dezember muss ich mit der Werkstatt abklären - ich melde mich bis Freitag dazu.

Viele Grüße""", promises=[("11-13", 4)]),
      cu("11-16 19:00", """Hallo Herr Hartmann,

ich warte immer noch auf Ihre Rückmeldung wegen der Termine im Dezember. Ich muss diese Woche die Fähre buchen.

Gruß
F. Dittmer
""", tz=1, chase=True),
      ag("lukas", "11-17 10:30", """Guten Tag Herr Dittmer,

entschuldigen Sie die späte Antwort. Die Werkstatt hat den 14. Dezember für Sie reserviert, und die Abholung am 16. ab 14 Uhr ist kein Problem.

Viele Grüße""")),

    C("f45-weekend-pass-upgrade", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Lydia Crake <lydia.crake@example.org>", "iphone", "Star party booking FO-EV-1182",
      "Ticket upgrade and a BAA discount; the customer follows up after two days; the reply does the upgrade and ignores the discount.",
      cu("11-03 07:50", """Hi,

I booked two tickets for the Saturday night of the Kielder star party (booking FO-EV-1182) but my partner can now come for the whole weekend. Can I change it to two weekend passes and just pay the difference? Also, is there a discount for BAA members?

Lydia

Sent from my iPhone
""", uq=1),
      cu("11-05 08:10", """Hi - just following up on my email from Tuesday, I haven't heard back.

Lydia
""", parent=1, chase=True),
      ag("callum", "11-05 11:30", """Hi Lydia,

Sorry for the wait - it's been a hectic week for bookings. I've upgraded FO-EV-1182 to two weekend passes; the difference is £30 and you can pay it here: https://fieldfareoptics.example/pay?ref=FO-EV-1182

Callum""")),

    C("f46-first-imaging-rig", "en", "pending", {"unanswered-question": 2},
      "Imran Qureshi <imran.qureshi@example.net>", "gmail", "First astrophotography rig - a few questions",
      "A bulleted list of four, answered half-way: tracking and the guide bundle yes, pre-balancing and one shipment not.",
      cu("11-17 21:00", """Hi,

I'm putting together my first astrophotography rig and I'm going to buy most of it from you, so a few questions:

- Is the Corvid EQ-4 accurate enough for 2-minute subs at 400 mm unguided?
- Do you sell a guide scope bundle for it?
- Can you pre-balance the mount with my Curlew 80ED before shipping?
- Could you send everything in one shipment rather than three parcels?

Thanks,
Imran
""", uq=2),
      ag("priya", "11-18 10:40", """Hi Imran,

Great project! Unguided at 400 mm you'll typically get 60-90 second subs after a careful polar alignment. Two minutes is possible, but you'd bin a lot of frames, so guiding is worth it. We do a bundle: the 30 mm guide scope and guide camera for £219, which mounts on the Curlew's finder shoe.

Priya""")),

    C("f47-skylark-trade-in", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Derek Snaith <derek.snaith@example.com>", "outlook", "Trade-in of a Skylark 114",
      "A trade-in figure promised 'by Friday' and never sent; whether the old scope can be collected on delivery is never answered.",
      cu("11-02 14:00", """Hello,

I'm interested in trading in my old Skylark 114 against a Harrier 8. What would you offer for the 114 (with two eyepieces and the red-dot finder, in good condition)? Also could you let me know whether you can collect it when you deliver the Harrier?

Derek Snaith
""", uq=1),
      ag("gareth", "11-03 09:40", """Hi Derek,

We do take trade-ins. Tamsin values them on a Thursday when the workshop is quieter - I'll get back to you with a figure by Friday.

Regards,""", promises=[("11-06", None)])),

    C("f48-wi-talk-haltwhistle", "en", "closed", {"unanswered-question": 1},
      "Beverley Harland <bev.harland@example.org>", "gmail", "Talk for our WI in January",
      "Talk and fee answered (base64 mail); the request to bring a telescope for the Moon afterwards is not mentioned.",
      cu("11-06 13:30", """Hi Callum,

Our WI group would love a talk about the night sky at our January meeting - about 40 of us, in the village hall in Haltwhistle. Do you do talks like that, and what do you charge? If it's clear could you bring a telescope so we can look at the Moon afterwards?

Bev Harland
""", cte="base64", uq=1),
      ag("callum", "11-06 16:00", """Hi Bev,

We'd love to! I do an hour-long "Northumberland Skies" talk with slides and a Q&A: £60 plus mileage, and Haltwhistle is about 30 miles each way, so £27. Just send me a couple of possible dates.

Callum"""),
      cu("11-07 10:00", """Wonderful - I'll check with the committee and send you some dates.

Bev
""", thanks=True)),

    C("f49-miroir-114-devis", "fr", "closed", {"missed-follow-up": 1},
      "Yves Chatelain <yves.chatelain@example.fr>", "thunderbird", "Réaluminure d'un miroir 114/900",
      "Quote promised 'vendredi' after asking the optician; the customer acknowledges; it never comes.",
      cu("11-02 20:30", """Bonjour,

J'ai un vieux télescope Fieldfare 114/900 hérité de mon père et le miroir principal est couvert de taches. Est-ce que vous pouvez le réaluminer, et à quel prix ?

Merci,
Yves Chatelain
""", tz=1),
      ag("aurelie", "11-03 11:00", """Bonjour Monsieur Chatelain,

Oui, nous pouvons faire réaluminer ce miroir. Le prix dépend de l'état du verre sous les taches : je demande un prix à notre opticien et je vous envoie le devis vendredi.

Bien cordialement,""", promises=[("11-06", None)]),
      cu("11-03 18:00", """Merci, j'attends votre devis.

Y. Chatelain
""", tz=1, thanks=True)),

    C("f50-buscador-pila", "es", "closed", {},
      "Nuria Sanz <nuria.sanz@example.es>", "android", "Pila del buscador Skylark",
      "Battery type and life answered; thanks.",
      cu("11-04 12:00", """Hola, ¿el buscador de punto rojo del Skylark 130P usa pila CR2032? Se me ha agotado y no quiero abrirlo sin estar segura. ¿Y cuánto suele durar la pila?

Gracias,
Nuria

Obtener Outlook para Android
""", tz=1),
      ag("lucia", "11-04 15:00", """Hola Nuria:

Sí, CR2032. La tapa del compartimento está debajo del buscador y se abre con una moneda. Con el brillo a media potencia dura unas 40 horas de uso, así que acuérdese de apagarlo al terminar.

Un saludo,"""),
      cu("11-04 20:00", """¡Perfecto, gracias!
""", tz=1, thanks=True)),

    C("f51-ranger-to-sydney", "en", "closed", {},
      "Liam Archer <liam.archer@southerncross.example>", "gmail", "Shipping to Australia",
      "A customer in Sydney (UTC+11): shipping and voltage answered; his follow-up request (add an AU lead) is done.",
      cu("11-10 07:30", """G'day,

Do you ship the Ranger 10x50s to Australia, and roughly how long does it take? Also, is the Corvid power supply 240 V-ready or will I need a transformer?

Cheers,
Liam
""", tz=11),
      ag("gareth", "11-10 09:15", """Hi Liam,

Yes - tracked airmail to Australia is £32 and usually takes 8-12 working days. The Corvid's power supply is 100-240 V, so it works with just a plug adapter, or we can send an Australian lead for £6.

Regards,"""),
      cu("11-11 06:00", """Thanks Gareth - yes please, add the AU lead. I've just placed the order (FO-31520).

Liam
""", tz=11),
      ag("gareth", "11-11 09:00", """Hi Liam,

Done - the AU lead is in the parcel, no charge this time.

Regards,""")),

    C("f52-rocker-box-instructions", "en", "pending", {},
      "Olivia Brand <olivia.brand@example.net>", "apple", "Harrier 8 rocker box instructions",
      "Instructions sent as an attachment and the weight answered with a bare figure (customer mail multipart/alternative).",
      cu("11-16 20:10", """Hello,

Could you send me the assembly instructions for the Harrier 8 rocker box? I've lost the booklet and I'm about to move house, so I need to take it apart. Also - roughly how heavy is the base on its own?

Olivia
""", kind="alt"),
      ag("tamsin", "11-17 09:00", """Hi Olivia,

Instructions attached. The base: 9.5 kg.

Tip: put the felt pads from the side bearings in a freezer bag so they don't go missing in the move.

Tamsin""", attach=[("application/pdf", "Harrier8-rocker-box-assembly.pdf", MANUAL_PDF)])),
]

UNANSWERED: dict[str, list[str]] = {
    "f02-kestrel-or-ranger": ["Could you also tell me whether you price-match?"],
    "f04-sonnenfilter-helios": [
        "Können Sie mir zusätzlich ein Datenblatt mit der Transmissionskurve der Folie schicken?"],
    "f12-curlew-imaging-adapters": [
        "Also I've read that the 0.8x reducer from the older Curlew works on the new tube - does it, or does it vignette on APS-C?",
        "And could you send me the spacer kit instructions as a PDF, as the paper ones were missing from the box.",
    ],
    "f21-maksutov-reglage": ["Pourriez-vous aussi me dire si vous récupérez l'ancien chercheur 6x30 ?"],
    "f22-maleta-curlew-tenerife": ["Quisiera saber también si hacen envíos a Canarias y cuánto cuesta."],
    "f23-kielder-first-stargazing": [
        "Do both of your staff have up-to-date DBS checks?",
        "Could you also provide red torches for about 30 children, or should we buy our own?",
    ],
    "f24-curlew-lapwing-fiat": [
        "can I return it if the whole lot doesn't fit in the boot of my Fiat 500?"],
    "f25-starter-bundle-filter": [
        "And can I swap it for the variable polarising filter if I pay the difference?"],
    "f26-harrier-collection-golf": [
        "please take my parents' address (22 Acomb Road) off your mailing list - your catalogue keeps going there since I moved out."],
    "f28-sternwarte-eq4": [
        "Bieten Sie für gemeinnützige Vereine eine Rechnung mit Zahlungsziel von 30 Tagen an?"],
    "f40-dark-skies-trust-quote": [
        "We would also need the equipment delivered after 14 December when the building is handed over - please confirm that's possible."],
    "f41-first-telescope-morpeth": [
        "I noticed you mention beginner evenings at the shop, is there one before Christmas he could come to?",
        "Do you do any kind of payment in instalments, or is it all up front?",
    ],
    "f42-prismaticos-sobrinos": [
        "¿podéis enviar cada uno a una dirección distinta, uno a Sevilla y otro a Bilbao?"],
    "f43-renvoi-coude-garantie": [
        "Je voudrais aussi savoir si vous proposez une garantie étendue sur les accessoires."],
    "f44-justierung-dezember": [
        "Und könnten Sie bei der Gelegenheit auch den Okularauszug auf einen 2-Zoll-Crayford umrüsten?"],
    "f45-weekend-pass-upgrade": ["Also, is there a discount for BAA members?"],
    "f46-first-imaging-rig": [
        "Can you pre-balance the mount with my Curlew 80ED before shipping?",
        "Could you send everything in one shipment rather than three parcels?",
    ],
    "f47-skylark-trade-in": [
        "Also could you let me know whether you can collect it when you deliver the Harrier?"],
    "f48-wi-talk-haltwhistle": [
        "If it's clear could you bring a telescope so we can look at the Moon afterwards?"],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice114 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
