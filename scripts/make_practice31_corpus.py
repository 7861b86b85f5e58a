#!/usr/bin/env python3
"""Regenerate ``tests/practice31/``: a labelled corpus of Wyvern Campervans.

A support mailbox of a fictional campervan and motorhome hire firm near Exeter (bookings and
date changes, deposits and damage excess, insurance, pet-friendly vans, ferry trips abroad,
bike racks and extras, pick-up and drop-off times, breakdowns on the road, cleaning fees,
refunds, one-way hires), written without looking at the detection heuristics. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``wyvernvans.example``.

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

Usage: python scripts/make_practice31_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "wyvernvans.example"
HELLO = "Wyvern Campervans <hello@wyvernvans.example>"

AGENTS = {
    "tegan": ("Tegan Polglase <tegan@wyvernvans.example>", "thunderbird", """-- 
Tegan Polglase
Bookings | Wyvern Campervans
Haldon Farm Depot, Kennford, Exeter EX6 | 01392 000418
Manage your booking: https://wyvernvans.example/booking?ref=sig"""),
    "rhys": ("Rhys Hocking <rhys@wyvernvans.example>", "outlook", """Rhys Hocking
Depot & Workshop | Wyvern Campervans
Broken down? Ring the 24h line on 01392 000499 first, then drop us an email."""),
    "priya": ("Priya Nandakumar <priya@wyvernvans.example>", "owa", """Priya Nandakumar
Accounts, Deposits & Refunds | Wyvern Campervans
Wyvern Campervans Ltd, registered in England and Wales. This email and any attachments
are confidential and intended solely for the addressee."""),
    "jory": ("Jory Pascoe <jory@wyvernvans.example>", "apple", """Jory Pascoe
Extras, Ferries & Trips Abroad | Wyvern Campervans
https://wyvernvans.example/abroad?from=email"""),
    "lukas": ("Lukas Brandstätter <lukas@wyvernvans.example>", "thunderbird_de", """-- 
Lukas Brandstätter
Kundenservice auf Deutsch | Wyvern Campervans
https://wyvernvans.example/de?ref=signatur"""),
    "camille": ("Camille Roussel <camille@wyvernvans.example>", "apple_fr", """Camille Roussel
Service client francophone | Wyvern Campervans
https://wyvernvans.example/fr?utm_source=email"""),
    "alba": ("Alba Quintero <alba@wyvernvans.example>", "gmail_es", """--
Alba Quintero
Atención al cliente en español | Wyvern Campervans
+44 1392 000421"""),
}

ACK = """Hello,

Thanks for contacting Wyvern Campervans - this is an automatic reply to let you
know your email has reached us (ticket {ref}). Our office is open Monday to
Saturday, 8:30am-5pm, and we will reply within one working day.

Broken down or had an accident? Please ring our 24-hour line on 01392 000499
rather than emailing.

Wyvern Campervans
https://wyvernvans.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: WyvernDesk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="wv.", outlook_server="AM7PR0")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice31", title="Wyvern Campervans", desk=HELLO, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="WYV-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

POLICY_PDF = mailcraft.pdf(["Wyvern Campervans - Excess Reduction Cover - Policy wording",
                            "1. Cover reduces the damage excess from GBP 1,500 to GBP 250.",
                            "2. Price GBP 16 per hire day, bought before collection.",
                            "3. Claims are handled by Wyvern Campervans Ltd."])
CONFIRM_PDF = mailcraft.pdf(["Wyvern Campervans - Booking confirmation WY-27-0077",
                             "Merlin (6 berth), 13-20 February 2027",
                             "Collection from 2pm, Haldon Farm Depot, Kennford",
                             "Return by 10am on Saturday 20 February"])
QUOTE_PDF = mailcraft.pdf(["Wyvern Campervans - Quotation Q-2611-318",
                           "Kestrel (4 berth), 12 April - 3 May 2027, 21 nights",
                           "Long-hire discount 15 percent",
                           "Total GBP 1,764.00 incl. VAT"])
DEVIS_PDF = mailcraft.pdf(["Wyvern Campervans - Devis D-2611-041",
                           "Kestrel (4 places), du 8 au 22 aout 2027, 14 nuits",
                           "Rehausseurs et sieges enfants inclus",
                           "Total GBP 1 932,00 TTC"])
GARAGE_PDF = mailcraft.pdf(["Pentewan Motors - Invoice 88412",
                            "Vehicle: Wyvern Campervans Merlin WV21 KXE",
                            "Side step replaced and refitted",
                            "Total GBP 312.40 incl. VAT"])
FRIDGE_PNG = mailcraft.png(12, 9, lambda x, y: (235 - 5 * y, 238, 240 - 3 * x))
SEATS_PNG = mailcraft.png(14, 9, lambda x, y: (120 + 4 * x, 110 + 3 * y, 95))
BUMPER_PNG = mailcraft.png(16, 10, lambda x, y: (200, 205 - 6 * y, 210 - 2 * x))
SCRATCH_PNG = mailcraft.png(16, 8, lambda x, y: (250 - 9 * (x == 2 * y), 250, 252))
LICENCE_JPG_PNG = mailcraft.png(10, 6, lambda x, y: (220, 180 + 5 * x, 150 + 9 * y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("w01-kestrel-new-year", "en", "closed", {},
      "Hannah Trevelyan <hannah.t@moorlandmail.example>", "gmail", "Kestrel over New Year?",
      "Availability, dog and deposit asked in one mail, answered in one paragraph in reverse order; booked by phone.",
      cu("11-02 19:42", """Hi there,

We're a family of four (two adults, two kids aged 7 and 10) and we've been eyeing up the Kestrel for a trip over New Year. Is it free from 28 December to 3 January? We'd also love to bring Biscuit, our spaniel, if that's allowed. And how big is the deposit, and when would we have to pay it?

Thanks so much,
Hannah"""),
      ag("tegan", "11-03 09:10", """Hi Hannah,

Biscuit is very welcome - the Kestrel is one of our four pet-friendly vans, and there's a £40 pet fee per hire. The security deposit is £1,500, held on a credit card when you collect, and to secure the booking itself we take 25% of the hire now and the rest 6 weeks before. And yes, 28 Dec to 3 Jan is free at the moment - I've pencilled you in for 48 hours so nobody else grabs it.

Tegan"""),
      cu("11-03 20:15", """Brilliant, please go ahead and book it! Is it OK if I ring with the card details tomorrow morning?

Hannah"""),
      ag("tegan", "11-04 08:50", """Morning Hannah,

Of course - any time after 8:30 on 01392 000418. Your reference will be WY-26-1183.

Tegan""")),

    C("w02-excess-cover", "en", "closed", {"unanswered-question": 1},
      "Graham Pellow <g.pellow@pellowandsons.example>", "outlook", "Excess reduction - what does it cover",
      "Price of the excess cover given and the policy wording attached; the windscreen question is skipped; thanks-only close.",
      cu("11-02 11:20", """Hello,

We have the Merlin booked for 20-27 March (ref WY-26-0977). I'm reading through the insurance section and the standard damage excess of £1,500 seems steep.

What does your excess reduction cover cost per day? Does it cover windscreen chips as well, or is glass separate? Please send me the full terms for the cover too, I couldn't find them on the website.

Regards,
Graham Pellow
Pellow & Sons Agricultural Engineers""", uq=1),
      ag("priya", "11-02 14:05", """Dear Graham,

The Excess Reduction cover is £16 a day and brings your excess down from £1,500 to £250 for the whole hire. I've attached the full policy wording.

Kind regards,
Priya""", attach=[("application/pdf", "excess-reduction-policy.pdf", POLICY_PDF)]),
      cu("11-02 15:30", """Thanks Priya, that's helpful.

Graham""", thanks=True)),

    C("w03-ferry-caen", "en", "pending", {},
      "Owen Rickard <owenrickard@slatefield.example>", "apple", "Taking the van to Normandy",
      "Three numbered questions about a Channel crossing answered inline one by one; thanks from the iPhone.",
      cu("11-14 08:05", """Morning,

We're thinking of taking the van across to France for a week in the Easter holidays (booking WY-27-0112). A few questions before I book the crossing:

1. Are we allowed to take it on the Portsmouth-Caen ferry?
2. Do we need any paperwork from you, like a VE103 or a letter of authority?
3. Does your breakdown cover work in France?

Cheers,
Owen"""),
      ag("jory", "11-14 10:30", """Hi Owen,

Answers below.

> 1. Are we allowed to take it on the Portsmouth-Caen ferry?

Yes - any of the Channel routes is fine, just tell us the sailing times.

> 2. Do we need any paperwork from you, like a VE103 or a letter of authority?

We issue the VE103 for you, free of charge, and hand it over with the keys.

> 3. Does your breakdown cover work in France?

It covers the whole EU plus Switzerland and Norway. The number's on the key fob.

Jory""", quote=False),
      cu("11-14 11:02", """Perfect, thank you Jory!

Sent from my iPhone""", client="iphone", thanks=True)),

    C("w04-pet-friendly-jan", "en", "closed", {"unanswered-question": 1},
      "Lucy Abernethy <lucy.abernethy@fernbrook.example>", "gmail", "Dog-friendly van in January",
      "Availability and dog fee answered and the van booked; the request for the kitchen-kit list is never met.",
      cu("11-04 13:12", """Hello!

Do you have a pet-friendly van free from 9 to 16 January? It would be me, my husband and our two labradors. Is there an extra fee per dog, or one fee for the booking? Could you also send me the list of what's in the kitchen kit, so I know what we need to pack?

Many thanks
Lucy""", uq=1),
      ag("tegan", "11-04 16:40", """Hi Lucy,

The Otter (2 berth with a big rear lounge) is free those dates and happily takes two dogs. It's one fee of £40 for the booking, not per dog, and a washable dog bed and towels come with it.

Shall I reserve it for you?

Tegan"""),
      cu("11-05 08:30", """Yes please! We'll take it.

Lucy"""),
      ag("tegan", "11-05 09:05", """Lovely - reserved under WY-27-0031. The balance is due on 28 November.

Tegan""")),

    C("w05-bike-rack", "en", "closed", {},
      "Marcus Odell <marcus@odellcycles.example>", "outlook", "Bike rack for 4?",
      "Bike rack for four bikes, price and e-bike weight answered in two sentences of figures.",
      cu("11-05 09:00", """Hi,

Can the Merlin take a bike rack for four bikes on our trip in April? If so, what does it cost? Two of the bikes are e-bikes (about 24 kg each) and I'm not sure the rack can take that weight.

Marcus Odell
Odell Cycles, Crediton"""),
      ag("rhys", "11-05 11:25", """Hi Marcus,

£45 for the hire. It carries four, max 60 kg in total - your two e-bikes plus two ordinary bikes are fine, just take the e-bike batteries off for the drive.

Rhys""")),

    C("w06-ireland-second-driver", "en", "pending", {"unanswered-question": 2},
      "Niamh Cassidy <niamh.cassidy@greenlough.example>", "outlook", "Ireland trip - a few questions",
      "Four bullet questions; the reply covers the ferry and the pick-up time, skips Northern Ireland and the 24-year-old second driver.",
      cu("11-16 12:40", """Hi,

We've booked the Kestrel for 1-15 May (WY-27-0208) and we're now planning the route. My questions:

- Can we take the van on the Fishguard-Rosslare ferry to Ireland?
- Is Northern Ireland covered too, in case we head up to the Causeway?
- I need to add my brother as a second driver - he's 24, is that a problem?
- What time can we collect on the 1st? The ferry leaves Fishguard at 14:45 the next day, so no rush.

Thanks,
Niamh Cassidy""", uq=2),
      ag("jory", "11-16 15:55", """Hi Niamh,

Fishguard-Rosslare is one our customers use a lot, so that's no problem at all. We hand vans over from 2pm, which works nicely with a sailing the next afternoon - it's about a four-hour drive.

Jory""")),

    C("w07-earlier-pickup", "en", "closed", {},
      "Danny Whitcombe <danny.w@quarrylane.example>", "iphone", "Pick-up time Saturday",
      "Earlier pick-up agreed; a rhetorical question and a question the customer answers himself are not questions.",
      cu("11-06 07:48", """Hi Tegan,

Is there any chance we could pick up the Otter at 10 on Saturday instead of 2pm? Who books a campervan in November, right? We just want to make the most of the daylight. Where do we leave our own car? Oh ignore that, it's on the confirmation - the long-stay bit behind the workshop.

Danny

Sent from my iPhone"""),
      ag("tegan", "11-06 09:15", """Morning Danny,

10 o'clock is fine, the Otter's already back and cleaned. See you Saturday!

Tegan""")),

    C("w08-sunday-return", "en", "closed", {"unanswered-question": 1},
      "Rebecca Stroud <bex.stroud@kingfisherhouse.example>", "apple", "Return day",
      "Asked to return on Sunday instead of Saturday; the reply explains Saturday return times instead.",
      cu("11-09 18:20", """Hi,

Our hire ends on Saturday 28 November. Can we drop the van off on Sunday 29th instead, and what would the extra day cost? We're at a wedding on the Saturday night and would rather not drive first thing.

Thanks,
Rebecca""", uq=1),
      ag("rhys", "11-10 08:35", """Hi Rebecca,

Saturday returns are between 9 and 11am, and if you're running late on the day just ring the depot - we can usually stretch to midday.

Rhys""")),

    C("w09-refund-cancelled", "en", "closed", {},
      "Alan Gerrard <alan.gerrard@hollowmere.example>", "thunderbird", "Cancellation refund WY-26-1020",
      "Refund timing answered with the refund already made ('5-7 working days' is a statement, not a promise); thanks.",
      cu("11-03 10:10", """Hello,

As discussed on the phone with Tegan, we've had to cancel our December hire (WY-26-1020) because of my wife's operation. You said we'd get the deposit back in full since we cancelled more than 28 days ahead. How long does the refund take to reach the card?

Alan Gerrard"""),
      ag("priya", "11-03 12:30", """Dear Mr Gerrard,

I'm sorry to hear about the operation and hope it all goes well. I've refunded the £350 in full today; it usually shows on the card within 5-7 working days, depending on your bank.

Kind regards
Priya"""),
      cu("11-03 13:00", """Thank you, that's very kind.

Alan""", thanks=True)),

    C("w10-de-rechnung-firma", "de", "closed", {"unanswered-question": 1},
      "Matthias Kögel <m.koegel@koegel-holzbau.example>", "thunderbird_de", "Kaution und Rechnung",
      "German: the deposit question is answered in detail; the request to invoice the company is ignored.",
      cu("11-05 09:30", """Guten Tag,

wir haben für Ostern den Merlin gebucht (Buchung WY-27-0150). Wie hoch ist die Kaution, und wird sie bar oder per Kreditkarte hinterlegt? Außerdem bitte ich Sie, die Rechnung auf meine Firma auszustellen: Kögel Holzbau GmbH, Am Sägewerk 3, 72270 Baiersbronn. Unsere USt-IdNr. lautet DE000000000.

Mit freundlichen Grüßen
Matthias Kögel

--
Kögel Holzbau GmbH | Am Sägewerk 3 | 72270 Baiersbronn
Geschäftsführer: Matthias Kögel | Amtsgericht Stuttgart HRB 000000""", uq=1),
      ag("lukas", "11-05 11:15", """Sehr geehrter Herr Kögel,

die Kaution beträgt 1.500 £ und wird bei der Übergabe als Vorautorisierung auf einer Kreditkarte hinterlegt - Bargeld oder Debitkarten können wir dafür leider nicht annehmen. Nach der Rückgabe geben wir den Betrag in der Regel innerhalb von zwei Werktagen frei.

Mit freundlichen Grüßen
Lukas Brandstätter"""), tz=1),

    C("w11-de-hund", "de", "closed", {},
      "Sabine Wörner <sabine.woerner@waldrand-mail.example>", "gmail_de", "Hund im Wohnmobil?",
      "German: dog and cleaning fee answered together; the customer thanks and will think about it.",
      cu("11-02 20:10", """Hallo zusammen,

wir planen im Mai zwei Wochen Devon und Cornwall mit dem Wohnmobil. Dürfen wir unseren Hund mitnehmen? Er ist ein mittelgroßer Mischling und sehr ruhig. Und fällt dann eine zusätzliche Reinigungsgebühr an?

Viele Grüße
Sabine Wörner"""),
      ag("lukas", "11-03 08:40", """Hallo Frau Wörner,

sehr gern - vier unserer Fahrzeuge sind hundefreundlich, im Mai wären der Otter und der Kestrel noch frei. Für den Hund berechnen wir pauschal 40 £ pro Miete; eine Reinigungsgebühr kommt nur dazu, wenn das Fahrzeug stark verschmutzt zurückkommt.

Viele Grüße
Lukas Brandstätter"""),
      cu("11-03 19:00", """Vielen Dank für die schnelle Antwort! Wir besprechen das in Ruhe und melden uns.

Sabine Wörner""", thanks=True), tz=1),

    C("w12-fr-chauffage", "fr", "pending", {"unanswered-question": 1},
      "Élise Marchetti <elise.marchetti@lavande-poste.example>", "apple_fr", "Location en février",
      "French: availability and price given, the booking confirmed; the question about heating with the engine off is never answered.",
      cu("11-15 21:30", """Bonjour,

Nous aimerions louer un van pour une semaine en février, du 13 au 20, pour deux adultes. Le Kestrel est-il disponible à ces dates ? Est-ce que le camping-car a un chauffage qui fonctionne moteur éteint ? Il peut faire froid sur le Dartmoor...

Merci d'avance,
Élise Marchetti""", uq=1),
      ag("camille", "11-16 09:20", """Bonjour Madame Marchetti,

Le Kestrel est libre du 13 au 20 février. En février, le tarif est de 89 £ par nuit, soit 623 £ pour la semaine, kilométrage illimité. Je peux bloquer les dates dès que vous me donnez votre accord.

Bien cordialement,
Camille"""),
      cu("11-16 20:05", """Parfait, je vous confirme la réservation pour ces dates.

Élise Marchetti"""),
      ag("camille", "11-17 08:45", """Merci Madame Marchetti, c'est noté : réservation WY-27-0240. Le solde sera à régler six semaines avant le départ.

Bien cordialement,
Camille"""), tz=1),
]

CASES += [
    C("w13-fr-aller-simple", "fr", "pending", {},
      "Thibault Garnier <t.garnier@ardoise-mail.example>", "iphone", "Location aller simple Exeter - Édimbourg",
      "French: one-way hire to Edinburgh, its surcharge and bed linen answered in two sentences.",
      cu("11-17 14:00", """Bonjour,

Je voudrais savoir s'il est possible de prendre un van à Exeter et de le rendre à Édimbourg. Nous serions trois, du 3 au 12 juillet. Quel serait le supplément pour l'aller simple ? Et les draps et serviettes sont-ils fournis ?

Cordialement,
Thibault Garnier

Envoyé de mon iPhone"""),
      ag("camille", "11-17 16:10", """Bonjour Monsieur Garnier,

Oui, nous faisons l'aller simple vers Édimbourg grâce à un dépôt partenaire à Leith ; le supplément est de 295 £. Le linge de lit et les serviettes sont compris pour trois personnes.

Bien cordialement,
Camille"""), tz=1),

    C("w14-es-tabla-surf", "es", "closed", {"unanswered-question": 1},
      "Íñigo Arrieta <inigo.arrieta@olas-correo.example>", "gmail_es", "Furgoneta para surf en Cornualles",
      "Spanish: availability and price answered and the booking made; the surfboard-on-the-roof question is never answered.",
      cu("11-04 17:00", """Hola,

Somos dos amigos y queremos ir a surfear a Cornualles la primera semana de abril. ¿Tenéis alguna furgoneta libre del 1 al 8 de abril? ¿Se puede llevar una tabla de surf en el techo? Son tablas de 7'6".

Un saludo,
Íñigo""", uq=1),
      ag("alba", "11-05 09:30", """Hola, Íñigo:

Sí, la Otter está libre del 1 al 8 de abril; son 69 £ por noche en temporada baja, 483 £ en total. Para reservarla solo necesito el nombre completo de los dos conductores y una foto de cada carné.

Un saludo,
Alba"""),
      cu("11-05 13:10", """Ahí van los carnés de los dos: Íñigo Arrieta Zubiri y Mikel Otxoa Lasa.

Íñigo""", thanks=True, attach=[("image/png", "carnes.png", LICENCE_JPG_PNG)]),
      ag("alba", "11-05 15:00", """Recibidos, gracias. Reserva confirmada: WY-27-0188, del 1 al 8 de abril.

Un saludo,
Alba"""), tz=1),

    C("w15-es-edad-conductor", "es", "closed", {},
      "Lucía Ferrer <lucia.ferrer@mar-correo.example>", "gmail_es", "Dudas antes de reservar",
      "Spanish: minimum driver age and licence answered in reverse order; thanks.",
      cu("11-06 10:00", """Buenos días:

Estamos pensando en alquilar una autocaravana en agosto. Antes de reservar tengo dos dudas. ¿Cuál es la edad mínima para conducir? Mi hijo tiene 22 años. Y, siendo españoles, ¿necesitamos el permiso internacional o vale el carné normal?

Muchas gracias,
Lucía Ferrer"""),
      ag("alba", "11-06 12:45", """Buenos días, Lucía:

Con el carné español basta, no hace falta el permiso internacional. En cuanto a su hijo, aceptamos conductores a partir de 21 años; entre 21 y 24 se aplica un suplemento de 8 £ al día.

Un saludo,
Alba Quintero"""),
      cu("11-06 14:10", """¡Perfecto, muchas gracias!

Lucía""", thanks=True), tz=1),

    C("w16-hookup-cable", "en", "closed", {"unanswered-question": 1},
      "Tom Brannigan <tom.brannigan@millbrook-eng.example>", "gmail", "Booking for February half term",
      "Booking made; a later 'one more thing' about the hook-up cable gets a reply that only corrects the return time.",
      cu("11-02 14:00", """Hi,

Could you book us the Merlin for 13-20 February? Two adults, three children.

Thanks,
Tom"""),
      ag("tegan", "11-02 15:30", """Hi Tom,

All booked: WY-27-0077. Collection from 2pm on the 13th, return by 11am on the 20th. Confirmation attached.

Tegan""", attach=[("application/pdf", "WY-27-0077.pdf", CONFIRM_PDF)]),
      cu("11-03 08:10", """Brilliant, thanks. One more thing - do you supply a hook-up cable or do we need to bring our own?

Tom""", uq=1),
      ag("tegan", "11-03 09:00", """Morning Tom,

Sorry, one correction to my last email: Saturday returns are by 10am, not 11am, as the van goes out again the same afternoon. The PDF has the right time.

Tegan""")),

    C("w17-awning-kept", "en", "closed", {},
      "Claire Hosking <claire@hosking-family.example>", "outlook", "Awning on the Merlin",
      "Promise to come back by Thursday after checking with the workshop, kept on Wednesday; the swap question answered then.",
      cu("11-02 09:15", """Hello,

When we returned the Merlin last month the awning arm was bent (we reported it at drop-off). We've booked it again for 4 December - will the awning be repaired by then? If not, is there another van with an awning we could swap to?

Claire Hosking"""),
      ag("rhys", "11-02 11:40", """Hi Claire,

The new arm is on order. Let me check with the workshop when it's due in, and I'll come back to you by Thursday.

Rhys""", promises=[("11-05", 3)]),
      ag("rhys", "11-04 16:20", """Hi Claire,

Good news - the arm arrived today and the workshop will fit it on Monday, so the Merlin will be back to full working order well before the 4th. No need to swap.

Rhys""", parent=1)),

    C("w18-five-questions", "en", "closed", {"unanswered-question": 2},
      "Priyanka Shah <priyanka.shah@larkspur-design.example>", "gmail", "Questions before we book the Kestrel",
      "Five questions inside one long paragraph; the reply answers three in one sentence and skips the water tank and the discount.",
      cu("11-06 21:05", """Hi,

We've never hired a campervan before, so please forgive the long email! We're looking at the Kestrel for the last week of May, driving up the north Devon coast and maybe into Exmoor. I was wondering whether the van is automatic or manual, because my husband has only ever driven automatics. We'd also need to know how long the fresh water tank lasts for four people, roughly, and whether there's somewhere at the depot to fill it before we set off. Is there a limit on mileage? And can we leave our car at your depot for the week, and is that free? Finally, could you let me know whether there's a discount for booking before Christmas - a friend said you had an offer last year.

Thanks in advance,
Priyanka""", uq=2),
      ag("tegan", "11-07 09:30", """Hi Priyanka,

Never apologise for questions! The Kestrel is an automatic (all our vans are except the Otter), mileage is unlimited, and you're welcome to leave your car in our locked yard for the week at no charge.

Tegan""")),

    C("w19-cleaning-fee-photos", "en", "closed", {},
      "Jason Mabey <jason.mabey@tarnside.example>", "owa", "FW: Your final invoice WY-26-0951",
      "Cleaning charge queried with the invoice forwarded below (its 'Questions about your invoice?' is forwarded text); explained with photos and partly refunded.",
      cu("11-04 10:00", """Hi,

I've just seen an £85 cleaning charge on the final invoice for our October hire (below). We swept and wiped everything before we brought it back. Why has this been charged? Please send me the photos from the check-in inspection.

Jason Mabey

---------- Forwarded message ---------
From: Wyvern Campervans <hello@wyvernvans.example>
Date: Mon, 2 Nov 2026 at 16:02
Subject: Your final invoice WY-26-0951
To: <jason.mabey@tarnside.example>

Otter, 24-31 October 2026
Hire balance             £0.00
Cleaning (interior)     £85.00
Total charged           £85.00

Questions about your invoice? Just reply to this email."""),
      ag("priya", "11-04 14:45", """Dear Jason,

The charge was for dog hair all over the rear seating and food left in the fridge - the check-in team photographed both, see attached. That said, the rest of the van was left tidy, so I've reduced it to £40 and refunded the £45 difference to your card today.

Kind regards,
Priya""", attach=[("image/png", "checkin-seats.png", SEATS_PNG), ("image/png", "checkin-fridge.png", FRIDGE_PNG)]),
      cu("11-04 15:20", """OK, that's fair enough. Thanks Priya.

Jason""", thanks=True)),

    C("w20-named-driver", "en", "closed", {"unanswered-question": 1},
      "Oliver Penrose <oliver.penrose@seacliff-surveys.example>", "outlook", "Booking WY-27-0015 - changes",
      "Date change done; the request to add a named driver, made without a question mark, is never acted on.",
      cu("11-09 08:45", """Good morning,

Two changes to our booking WY-27-0015 please. We'd like to move the start from 3 January to 4 January, keeping the same return date. Please also add my partner, Sam Okafor, as a named driver - licence details below.

Sam Okafor, born 14/03/1990, licence OKAFO903140SA9XY

Thanks,
Oliver Penrose
Seacliff Surveys | 07700 900123""", uq=1),
      ag("tegan", "11-09 10:05", """Hi Oliver,

Done - you now collect on Monday 4 January from 2pm, return date unchanged, and I've knocked one night (£79) off the balance.

Tegan""")),

    C("w21-deposit-colleague", "en", "pending", {},
      "Fiona Lidstone <fiona.lidstone@brackenway.example>", "thunderbird", "Deposit not released?",
      "Deduction question answered; the release check is promised by a colleague for tomorrow and kept by her the next day.",
      cu("11-16 09:30", """Hello,

We returned the Kestrel on Friday 13th and the £1,500 pre-authorisation is still showing on my card. Could you check whether it has been released, please? And has anything been deducted from it?

Fiona Lidstone"""),
      ag("tegan", "11-16 11:00", """Hi Fiona,

Nothing has been deducted - the van came back in great shape. I've asked Priya in accounts to check the release with the card processor; she'll email you tomorrow with the details.

Tegan""", promises=[("11-17", 3)]),
      ag("priya", "11-17 10:15", """Dear Fiona,

Following on from Tegan: the pre-authorisation was released on Saturday 14th (release reference PRA-55120). Banks can take up to 10 days to drop it from the statement - if it's still there on the 24th, send me a screenshot and I'll chase the processor.

Kind regards,
Priya""", parent=1)),

    C("w22-inline-partial", "en", "closed", {"unanswered-question": 1},
      "Gareth Yeo <gareth.yeo@yeo-architects.example>", "thunderbird", "Extras for March",
      "Inline reply under three quoted bullets; the BBQ bullet is quoted but left without an answer.",
      cu("11-05 12:00", """Hi,

For our March trip (WY-27-0101) could you tell me:

- what the outdoor table and chairs cost?
- whether you have a portable BBQ we can borrow or hire?
- do you provide a Wi-Fi dongle?

Thanks
Gareth

--
Gareth Yeo RIBA | Yeo Architects
https://yeo-architects.example/projects?view=all""", uq=1),
      ag("jory", "11-05 15:10", """Hi Gareth,

> - what the outdoor table and chairs cost?

£15 for the hire, table and four chairs.

> - whether you have a portable BBQ we can borrow or hire?

> - do you provide a Wi-Fi dongle?

Yes, a 4G MiFi unit at £5 a day with 50 GB included.

Jory""", quote=False)),

    C("w23-html-extras", "en", "closed", {},
      "Ruth Castell <ruth.castell@pinewood-vets.example>", "owa", "Extras for our booking WY-26-1150",
      "HTML-only request for extras plus a gas-bottle question, both answered in two short sentences; signature with '?' and a URL.",
      cu("11-06 13:00", """Hello,

Please add two camping chairs and the outdoor table to booking WY-26-1150. Is the gas bottle full when we collect, or should we budget for a refill?

Many thanks,
Ruth Castell
Practice Manager, Pinewood Veterinary Practice
Worried about your pet? https://pinewood-vets.example/contact?src=email""", kind="html"),
      ag("jory", "11-06 15:40", """Hi Ruth,

Done, both added (£12 for the week). You'll get a full 6 kg bottle, which lasts most people a fortnight - no refill needed.

Jory""")),

    C("w24-refund-vat-receipt", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Stephen Wyatt <stephen.wyatt@wyatt-consult.example>", "outlook", "Early return - refund and VAT receipt",
      "Refund for an early return deferred to 'by Friday' and never answered; the VAT receipt request is ignored.",
      cu("11-09 09:00", """Hello,

We had to bring the Merlin back two days early (Thursday instead of Saturday) because of the storm warnings. Is there any refund for the unused two nights? Can you also send me a VAT receipt for the deposit payment? My accountant needs it for the business part of the trip.

Stephen Wyatt
Wyatt Consulting Ltd""", uq=1),
      ag("priya", "11-09 13:20", """Dear Stephen,

Sorry the weather cut your trip short. Early returns aren't normally refundable, but I'll check with our office manager whether we can make an exception given the Met Office warning, and let you know by Friday.

Kind regards,
Priya""", promises=[("11-13", None)])),

    C("w25-fresh-today", "en", "open", {},
      "Megan Tolley <megan.tolley@harbourlight.example>", "gmail", "Campervan for our wedding weekend",
      "Fresh case on the audit day: only the automatic acknowledgement so far, still inside the response target.",
      cu("11-20 08:50", """Hi!

We're getting married in Salcombe next June and would love a campervan as our getaway car and honeymoon base for a week. Could you let me know whether you decorate vans for weddings (ribbons etc.), or whether we're allowed to do it ourselves? And is the Kestrel free 12-19 June?

Thank you!
Megan"""),
      ack("11-20 08:51")),

    C("w26-second-mail-question", "en", "pending", {"unanswered-question": 1},
      "Callum Reid <callum.reid@glenshee-outdoor.example>", "gmail", "Late drop-off on the 21st",
      "Later drop-off agreed; the customer's follow-up question about fuel gets a reply about the key safe only.",
      cu("11-17 07:30", """Hi,

Our return is Saturday 21st by 10am, but our ferry from Roscoff doesn't get into Plymouth until 10:15, so realistically we can't be with you before 1pm. Is a later drop-off possible?

Callum"""),
      ag("rhys", "11-17 09:00", """Hi Callum,

Yes, 1pm on the 21st is fine, no charge.

Rhys"""),
      cu("11-17 09:30", """Great, thanks! Also, does the van need to come back with a full tank, or do you just charge for the fuel?

Callum""", uq=1),
      ag("rhys", "11-17 11:00", """See you at 1 then. If nobody's in the office when you arrive, pop the key in the key safe by the office door - code 4471.

Rhys""")),

    C("w27-de-zukunft", "de", "pending", {},
      "Jürgen Haas <juergen.haas@alpenblick-mail.example>", "outlook_de", "Fähre nach Frankreich mit dem Wohnmobil",
      "German: France and the authority letter answered; the ferry-booking question deferred to Tuesday 24 November, still ahead at audit time.",
      cu("11-18 10:00", """Sehr geehrte Damen und Herren,

wir möchten im Juni mit Ihrem Wohnmobil über Dover nach Calais und weiter in die Normandie fahren. Ist das erlaubt, und brauchen wir dafür eine Vollmacht? Außerdem würde ich gern wissen, ob Sie die Fähre für uns buchen können.

Mit freundlichen Grüßen
Jürgen Haas"""),
      ag("lukas", "11-18 14:30", """Sehr geehrter Herr Haas,

Frankreich ist kein Problem; die Vollmacht (VE103) stellen wir Ihnen kostenlos aus und geben sie Ihnen bei der Übergabe mit. Die Fähre buchen wir normalerweise nicht selbst, aber mein Kollege prüft gerade, ob wir über unseren Partner Sonderkonditionen bekommen. Ich melde mich dazu bis Dienstag, 24. November.

Mit freundlichen Grüßen
Lukas Brandstätter""", client="outlook_de", promises=[("11-24", None)]), tz=1),

    C("w28-de-morgen", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Katrin Vogt <katrin.vogt@nordsee-post.example>", "gmail_de", "Kratzer an der Stoßstange",
      "German: the deduction question is deferred with 'ich melde mich morgen', never kept; the request for the handover report is ignored.",
      cu("11-08 20:00", """Hallo,

wir haben den Kestrel am Samstag zurückgegeben. Beim Check wurde ein Kratzer an der hinteren Stoßstange festgestellt, der ehrlich gesagt schon bei der Abholung da war (siehe Foto im Anhang, aufgenommen am ersten Tag). Wie viel wird von der Kaution einbehalten? Und können Sie mir bitte das Übergabeprotokoll schicken?

Viele Grüße
Katrin Vogt""", uq=1, attach=[("image/png", "stossstange.png", BUMPER_PNG)]),
      ag("lukas", "11-09 09:10", """Hallo Frau Vogt,

danke für das Foto, das hilft sehr. Ich schaue mir den Schaden mit unserem Werkstattleiter an und melde mich morgen bei Ihnen, ob und wie viel von der Kaution einbehalten wird.

Viele Grüße
Lukas Brandstätter""", promises=[("11-10", None)]), tz=1),
]

CASES += [
    C("w29-out-of-office", "en", "closed", {},
      "Harriet Moss <harriet.moss@brightwater-school.example>", "outlook", "Two vans for a staff trip",
      "Group discount and an 8am collection answered at once; the customer's out-of-office reply is automatic mail.",
      cu("11-03 14:00", """Hello,

A group of staff from our school would like to hire two campervans for the Friday-Sunday after Easter (26-28 March). Do you offer any discount for two vans booked together? Can both be collected at 8am on the Friday, as we want to be in Cornwall by lunchtime?

Kind regards,
Harriet Moss
Deputy Head, Brightwater Primary School"""),
      ag("tegan", "11-03 16:30", """Dear Harriet,

We take 10% off the second van, and 8am is fine - we'll have both ready and fuelled.

Tegan"""),
      auto("11-03 16:31", """Thank you for your email. I am away on a residential trip with Year 6 until Monday 9 November and will reply on my return. For anything urgent please contact the school office on 01392 000777.

Harriet Moss""", quote=False, subject="Automatic reply: Two vans for a staff trip")),

    C("w30-snow-chains-alt", "en", "pending", {"unanswered-question": 1},
      "Duncan Frew <duncan.frew@cairnview.example>", "outlook", "Highlands in January",
      "How far north answered; the request for snow chains is not mentioned (multipart/alternative mail, signature with '?' and a URL).",
      cu("11-16 10:00", """Hello,

We'd like to take the Merlin to the Highlands for 8-18 January (booking to follow once I've squared the dates at work). Is there a limit on how far north we can take it, say Skye or Orkney? Could you put a set of snow chains in the van, just in case? Some of the single-track roads get icy.

Regards,
Duncan Frew
Cairnview Surveys Ltd
Questions about a survey? https://cairnview.example/contact?ref=sig""", kind="alt", uq=1),
      ag("jory", "11-16 13:45", """Hi Duncan,

No limit at all on mainland Britain, and the Skye bridge is fine. Island ferries are allowed too, Orkney included - just tell us the crossing so we can note it on the hire agreement.

Jory""")),

    C("w31-hen-weekend", "en", "pending", {},
      "Bethany Colley <beth.colley@orchardgate.example>", "gmail", "Hen weekend?!",
      "Questions inside a chatty paragraph (two vans, berths, age, parties) answered in a bullet list.",
      cu("11-15 16:40", """Hi!

So I'm organising my sister's hen weekend and someone had the mad idea of hiring two campervans and taking them to a festival-style campsite near Bude (I know, I know). I was wondering whether we could have two vans for Fri 4 - Mon 7 June, and whether they both sleep four, because there are eight of us. Also does anyone driving have to be over 25? We're all between 23 and 29. And is there any rule about parties in the vans, asking for a friend haha.

Beth x""", kind="alt"),
      ag("tegan", "11-16 09:05", """Hi Beth,

What a brilliant idea. In short:

- Two Kestrels are free 4-7 June and each sleeps four.
- Drivers need to be 21 or over; under 25 there's a young driver supplement of £8 a day.
- No smoking, and no more people sleeping aboard than there are berths - otherwise party away, as long as the vans come back in one piece!

Tegan""")),

    C("w32-es-quisiera-saber", "es", "closed", {"unanswered-question": 1},
      "Marta Sanz <marta.sanz@sierra-correo.example>", "outlook", "Reserva Semana Santa",
      "Spanish: the travel-cot price answered; the indirect question about collecting at Exeter airport is skipped.",
      cu("11-10 11:00", """Hola,

Hemos reservado la Kestrel para Semana Santa (WY-27-0162). Quisiera saber si es posible recogerla en el aeropuerto de Exeter en lugar de en vuestro depósito, porque llegamos en avión desde Bilbao. Además, ¿cuánto cuesta la cuna de viaje para el bebé?

Gracias,
Marta Sanz""", uq=1),
      ag("alba", "11-10 13:20", """Hola, Marta:

La cuna de viaje cuesta 20 £ por alquiler, con colchón y sábanas. Si me lo confirmas, la añado a la reserva.

Un saludo,
Alba"""), tz=1),

    C("w33-es-mascota-bicis", "es", "closed", {},
      "Pablo Ródenas <pablo.rodenas@huerta-mail.example>", "gmail_es", "Perra y portabicis",
      "Spanish: pet and bike rack answered with a van swap offer; the customer accepts and the swap is made.",
      cu("11-09 19:00", """Hola Alba:

Te escribo por la reserva WY-27-0099 de marzo. ¿Podemos llevar a nuestra perra? Pesa unos 12 kilos y es muy tranquila. ¿Y nos podéis poner el portabicis para dos bicis?

Saludos,
Pablo"""),
      ag("alba", "11-10 09:00", """Hola, Pablo:

Tu reserva es en la Merlin, que no admite mascotas, pero te la puedo cambiar sin coste a la Otter, que sí (40 £ de suplemento por mascota). El portabicis ya está añadido: 45 £.

Un saludo,
Alba"""),
      cu("11-10 10:00", """¡Perfecto! Cámbianos a la Otter entonces. Muchas gracias.

Pablo"""),
      ag("alba", "11-10 11:30", """Hecho: ya estáis en la Otter, mismas fechas, con la perra y el portabicis incluidos.

Un saludo,
Alba"""), tz=1),

    C("w34-fr-conditions", "fr", "closed", {"unanswered-question": 1},
      "Nathalie Bouvier <n.bouvier@canal-mail.example>", "outlook", "Caution et franchise",
      "French: the excess amount answered with the reduction option; the request for the terms in French is ignored.",
      cu("11-04 09:00", """Bonjour,

Nous avons réservé le Merlin pour les vacances de Pâques (WY-27-0131). Quel est le montant de la franchise en cas de dommage ? Pourriez-vous aussi m'envoyer les conditions générales en français, si elles existent ?

Bien cordialement,
Nathalie Bouvier""", uq=1),
      ag("camille", "11-04 11:30", """Bonjour Madame Bouvier,

La franchise standard est de 1 500 £. Avec l'option « Excess Reduction » (16 £ par jour), elle descend à 250 £.

Bien cordialement,
Camille"""), tz=1),

    C("w35-fr-voyant-moteur", "fr", "closed", {},
      "Guillaume Perrin <guillaume.perrin@bocage-mail.example>", "iphone", "Voyant moteur allumé",
      "French, on the road: a warning light, sent to a garage; the follow-up question about who pays answered.",
      cu("11-07 11:20", """Bonjour,

Nous sommes près de Dartmouth avec le Kestrel et un voyant moteur orange vient de s'allumer. Est-ce qu'on peut continuer à rouler ou faut-il s'arrêter ? On a essayé d'appeler le numéro d'assistance mais ça sonne occupé.

Guillaume (réservation WY-26-1170)

Envoyé de mon iPhone"""),
      ag("camille", "11-07 11:45", """Bonjour Guillaume,

Un voyant orange n'est pas une urgence : vous pouvez continuer à rouler normalement. La ligne d'assistance est saturée ce matin à cause de la tempête, désolée. Passez dès que possible au garage Dart Motors à Totnes, à 20 minutes de vous : ils sont prévenus et vous attendent.

Camille"""),
      cu("11-07 15:00", """Merci beaucoup, le garage a changé un capteur et tout va bien. Qui paie la facture du garage, nous ou vous ?

Guillaume"""),
      ag("camille", "11-07 15:30", """C'est pour nous : Dart Motors nous facture directement, vous n'avez rien à payer. Bonne fin de séjour !

Camille""")),

    C("w36-three-agents-leak", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
      "Imogen Radley <imogen.radley@saltmarsh-pottery.example>", "gmail", "Leak under the sink - Otter",
      "Leak on the road handled by three agents; the promised workshop report never comes and the invoice request is skipped.",
      cu("11-12 08:20", """Hi,

There's a slow leak under the sink in the Otter (we're on day 3 of 7, at a site near Lynton). Is it safe to keep using the water? Should we bring it in for a look or can someone come to us? We haven't done anything to it, honestly!

Imogen"""),
      ag("rhys", "11-12 09:00", """Hi Imogen,

Perfectly safe - turn the pump off at the control panel when you're not using water and keep a towel under the trap. No need to drive back: Dave, our mobile engineer, is booked to come to the site tomorrow between 9 and 11.

Rhys"""),
      ag("tegan", "11-13 14:00", """Hi Imogen,

Rhys asked me to let you know Dave fixed it this morning - a loose seal on the trap. Rhys will email you the workshop report tomorrow for your records.

Tegan""", parent=1, promises=[("11-14", None)]),
      cu("11-16 10:30", """Hi, we're home now. Thanks for sorting the leak so quickly. Could you confirm our deposit has been released in full? And could you email me an invoice for the extra night we added on the phone?

Imogen""", uq=1),
      ag("priya", "11-16 11:20", """Dear Imogen,

Yes - released in full this morning, nothing deducted for the leak of course.

Kind regards,
Priya""")),

    C("w37-lost-key-fob", "en", "pending", {},
      "Ewan Maddock <ewan.maddock@ridgeway-lettings.example>", "apple", "Lost spare key fob",
      "Lost fob: what now, the charge and a replacement before Sunday answered; courier logistics and check-out email are not promises.",
      cu("11-17 19:30", """Hi,

Bit embarrassing - we've lost the spare key fob for the Kestrel somewhere on Dartmoor (the main key is fine). What happens now? Will we be charged for it, and can you get a replacement to us before we head home on Sunday?

Ewan
(WY-26-1201, at the Ashburton campsite)"""),
      ag("rhys", "11-18 08:30", """Morning Ewan,

Don't worry, it happens more than you'd think. A replacement fob is £120, which we take from the deposit at return. You don't need one before Sunday - the main key does everything - and our courier only drops new fobs at the depot on Wednesdays anyway; the workshop codes them to the van once it's back.

As usual, the check-out email with your return slot goes out automatically 24 hours before the end of the hire.

Rhys""")),

    C("w38-quote-late-colleague", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Yvonne Tregear <yvonne.tregear@pennard-farm.example>", "outlook", "Quote for 3-week hire in spring",
      "Discount answered, written quote promised for tomorrow and sent by a colleague a day late; the Sunday pick-up question is skipped.",
      cu("11-03 10:00", """Hello,

Could you send me a quote for the Kestrel for three weeks, 12 April to 3 May? We're both retired - is there any discount for longer hires? And can we pick up on a Sunday? It would suit us better than the Monday.

Yvonne Tregear""", uq=1),
      ag("tegan", "11-03 11:30", """Dear Yvonne,

There is - 15% off any hire of 14 nights or more. I'll send you the full written quote tomorrow.

Tegan""", promises=[("11-04", 3)]),
      ag("jory", "11-05 10:00", """Dear Yvonne,

Tegan asked me to send this over: your quote for the Kestrel, 12 April - 3 May with the long-hire discount, is attached - £1,764 in total.

Jory""", parent=1, attach=[("application/pdf", "Q-2611-318.pdf", QUOTE_PDF)]),
      cu("11-05 12:00", """Thank you both.

Yvonne""", thanks=True)),

    C("w39-base64-second-driver", "en", "closed", {},
      "Rashid Karimi <rashid.karimi@thornbury-labs.example>", "gmail", "Second driver",
      "Base64-encoded mail asking about a second driver; both answered.",
      cu("11-05 17:30", """Hi,

Is there a charge for adding a second driver? My wife will share the driving. And does she need to be at the pick-up with her licence, or can I bring it?

Rashid""", cte="base64"),
      ag("tegan", "11-06 08:40", """Hi Rashid,

No charge for a second driver. We do need to see both licences in person at pick-up, plus a DVLA check code for each of you (they're valid for 21 days).

Tegan""")),

    C("w40-ferry-reference", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Alastair Finch <alastair.finch@finchandco.example>", "outlook", "Ferry booking through you",
      "Ferry booking requested; the booking reference promised 'by Monday' never comes; the customer chases and waits.",
      cu("11-09 10:00", """Hi Jory,

Following our chat at the depot, could you go ahead and book the Plymouth-Santander crossing for our April trip as part of the package? The 14 April sailing, outbound only, with a cabin for two.

Alastair Finch"""),
      ag("jory", "11-09 15:00", """Hi Alastair,

Done - I've requested the 14 April sailing with an inside cabin for two. The ferry company confirms these within a few days, and I'll send you the booking reference by Monday.

Jory""", promises=[("11-16", None)]),
      cu("11-18 10:00", """Hi Jory,

Any news on the ferry reference? I'd like to get the travel insurance sorted this week.

Alastair""", chase=True)),

    C("w41-conditional-upgrade", "en", "closed", {},
      "Laura Quick <laura.quick@elmfield.example>", "iphone", "Bigger van?",
      "A bigger van is offered with 'just reply and I'll switch you' (a conditional offer, not a promise); the customer will think about it.",
      cu("11-02 12:00", """Hi, we're booked in the Otter for the 20th-27th (WY-26-1099). Is there a bigger van free the same week? My parents might join us.

Laura

Sent from my iPhone"""),
      ag("tegan", "11-02 13:15", """Hi Laura,

The Kestrel (sleeps 4, with a drive-away awning) is free that week - it's £18 a night more. If you'd like it, just reply and I'll switch you over.

Tegan"""),
      cu("11-02 18:00", """Thanks Tegan, we'll have a chat with my parents and let you know.

Laura""", thanks=True)),

    C("w42-templated-reply", "en", "closed", {"unanswered-question": 2},
      "Gemma Yardley <gemma@yardleybakes.example>", "gmail", "Three quick things",
      "A numbered list of three; a friendly near-template reply covers the first with a link and ignores the cassette fee and the cat.",
      cu("11-10 14:20", """Hello,

Three quick things about our booking in March:

1. How do I change the name on the booking? It's under my old email address.
2. What's your cleaning fee if we bring the van back without emptying the toilet cassette? We'd rather pay than do it, honestly.
3. Is the Merlin OK for a cat? She travels well in her carrier.

Gemma""", uq=2),
      ag("tegan", "11-10 15:00", """Hi Gemma,

Thanks for getting in touch! You can manage most things on your booking yourself - names, email address, driver details and extras - at https://wyvernvans.example/booking?ref=manage. Just log in with your booking reference and the email you booked with.

Have a lovely day,
Tegan""")),
]

CASES += [
    C("w43-breakdown-late", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Kieran Doyle <kieran.doyle@redbrook-joinery.example>", "android", "BREAKDOWN - Merlin won't start",
      "Breakdown on a campsite: 'I'll email you by end of the day' kept the next morning, after the customer chased.",
      cu("11-06 08:05", """Hi, Merlin won't start this morning, clicks but nothing. We're at Trevarrick Farm campsite near St Austell, booking WY-26-1188. Rang the breakdown line and they said 3 hours. Can you do anything quicker? We're meant to be heading home Sunday.

Kieran

Get Outlook for Android"""),
      ag("rhys", "11-06 08:30", """Hi Kieran,

Sounds like the starter battery. I'm ringing a garage in St Austell now to see if they can get to you sooner - I'll email you by the end of the day either way.

Rhys""", promises=[("11-06", 4)]),
      cu("11-06 17:40", """Any news from the garage?? The breakdown guy never turned up and we're still sat here.

Kieran""", chase=True),
      ag("rhys", "11-07 08:15", """Kieran, really sorry - the St Austell garage couldn't get anyone out yesterday and I should have told you. Pentewan Motors are coming to you at 9 this morning with a new battery, paid by us, and I've refunded one day of your hire to your card.

Rhys""")),

    C("w44-resend-wi-outing", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Patricia Hale <pat.hale@brookside-wi.example>", "thunderbird", "WI outing - two campervans in May",
      "Group enquiry acknowledged by the robot only, resent word for word four days later as a new mail; then answered.",
      cu("11-05 10:00", """Dear Sir or Madam,

Our Women's Institute group would like to hire two campervans for a weekend away in May. Could you let me know prices for two vans from Friday 14 to Sunday 16 May, and whether you give a discount for groups?

Yours faithfully,
Patricia Hale
Secretary, Brookside WI"""),
      ack("11-05 10:01"),
      cu("11-09 09:30", """Dear Sir or Madam,

Our Women's Institute group would like to hire two campervans for a weekend away in May. Could you let me know prices for two vans from Friday 14 to Sunday 16 May, and whether you give a discount for groups?

Yours faithfully,
Patricia Hale
Secretary, Brookside WI""", chase=True, parent=0),
      ag("tegan", "11-09 11:00", """Dear Mrs Hale,

Apologies that your first email slipped through. Two Kestrels for 14-16 May come to £398 (£199 each for the two nights), and as a group booking we'd take 10% off the second van, so £378.10 in total.

Tegan""")),

    C("w45-fr-jeudi-lundi", "fr", "closed", {"missed-follow-up": 1},
      "Sophie Lemaire <sophie.lemaire@estuaire-mail.example>", "apple_fr", "Frais de nettoyage",
      "French: cleaning fee queried, 'je reviens vers vous d'ici jeudi', answered on the Monday after (late).",
      cu("11-03 10:00", """Bonjour,

Nous avons rendu le van vendredi et je vois 95 £ de frais de nettoyage débités sur ma carte. Le van était propre ! Pouvez-vous m'expliquer ce montant ?

Sophie Lemaire"""),
      ag("camille", "11-03 14:00", """Bonjour Madame Lemaire,

Je suis désolée pour ce prélèvement inattendu. Je demande les photos du contrôle à l'équipe de l'atelier et je reviens vers vous d'ici jeudi.

Bien cordialement,
Camille""", promises=[("11-05", 3)]),
      ag("camille", "11-09 10:00", """Bonjour Madame Lemaire,

Les photos montrent du sable dans toute la cabine et sous les banquettes, d'où les frais. Cela dit, à titre commercial, nous les annulons : les 95 £ vous ont été remboursées ce matin.

Bien cordialement,
Camille""", parent=1), tz=1),

    C("w46-damage-window", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Victor Amesbury <victor.amesbury@larchfield.example>", "outlook", "Damage charge WY-26-1132",
      "Damage charge above the reduced excess; 'let me look into it and get back to you' (no deadline) kept five days later after a chase.",
      cu("11-04 09:00", """Hello,

I received an email saying £380 will be taken from our deposit for a damaged side step. The step was caught on a kerb at the campsite and we reported it straight away. Can you send me the invoice from the garage? And why is it more than the £250 excess we paid extra to reduce it to?

Victor Amesbury"""),
      ag("priya", "11-04 12:00", """Dear Mr Amesbury,

You're right to query it - with Excess Reduction your maximum is £250. Let me look into it with the workshop and get back to you.

Kind regards,
Priya""", promises=[("window", 4)]),
      cu("11-09 08:30", """Just following up on this - I haven't heard anything since Wednesday.

Victor Amesbury""", chase=True),
      ag("priya", "11-09 10:30", """Dear Mr Amesbury,

Apologies for the delay. The charge was entered wrongly: we have taken £250, not £380, and the garage invoice is attached.

Kind regards,
Priya""", attach=[("application/pdf", "pentewan-88412.pdf", GARAGE_PDF)])),

    C("w47-es-manana", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Montoya <javier.montoya@rioja-correo.example>", "gmail_es", "Cambio de fechas reserva WY-27-0120",
      "Spanish: date change deferred with 'te escribo mañana', answered five days later after '¿hay alguna novedad?'.",
      cu("11-05 09:00", """Hola Alba:

¿Sería posible adelantar nuestra reserva una semana, del 10 al 17 de abril en vez del 17 al 24? Y si cambia el precio, ¿cuánto sería?

Gracias,
Javier"""),
      ag("alba", "11-05 11:00", """Hola, Javier:

Lo miro con el equipo de reservas, porque esa semana está muy solicitada, y te escribo mañana.

Un saludo,
Alba""", promises=[("11-06", 4)]),
      cu("11-09 19:00", """Hola Alba, ¿hay alguna novedad sobre el cambio de fechas? Sigo esperando para poder pedir los días en el trabajo.

Javier""", chase=True),
      ag("alba", "11-10 08:45", """Hola, Javier:

Perdona el retraso. Sí, podemos pasaros al 10-17 de abril, y el precio baja 35 £ porque es temporada media. Ya está cambiado.

Un saludo,
Alba"""), tz=1),

    C("w48-revised-quote", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Hugh Tremayne <hugh.tremayne@tremayne-events.example>", "outlook", "Revised quote - three vans for festival crew",
      "A revised quote promised for tomorrow never arrives; the customer writes that he is still waiting, no reply.",
      cu("11-11 10:00", """Hi Tegan,

Following our call, please send me the revised quote for three vans for the festival crew, 25 June - 6 July, with bike racks on all three.

Hugh Tremayne
Tremayne Events"""),
      ag("tegan", "11-11 11:20", """Hi Hugh,

Of course - I'm just checking we have three racks free for those dates. We'll send the revised quote tomorrow.

Tegan""", promises=[("11-12", None)]),
      cu("11-16 09:00", """Hi Tegan,

I'm still waiting for the revised quote - our budget meeting is on Thursday. Can you send it today please?

Hugh""", chase=True)),

    C("w49-early-next-week", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Amelia Rowntree <amelia@rowntree-photo.example>", "apple", "Power for a month off-grid",
      "Battery answered; the solar panel deferred to 'early next week' (said on a Thursday) and answered on the Wednesday; the inverter question skipped.",
      cu("11-05 09:00", """Hi,

I'm planning a month in the van next summer for a photography project and will need to charge camera batteries and a laptop off-grid. Does the Kestrel have a solar panel? How big is the leisure battery? And is there an inverter so I can charge the laptop without hook-up?

Amelia Rowntree
https://rowntree-photo.example/?utm_source=signature""", uq=1),
      ag("rhys", "11-05 14:00", """Hi Amelia,

All our vans have a 100 Ah lithium leisure battery. The Kestrel's solar panel came off during a roof repair in the summer - I'm checking with the workshop whether it's going back on before next season, and I'll let you know early next week.

Rhys""", promises=[("11-10", 3)]),
      ag("rhys", "11-11 16:00", """Hi Amelia,

Sorry for the wait - the workshop confirm a new 200 W panel goes on the Kestrel in February, so it'll be there for your trip.

Rhys""", parent=1)),

    C("w50-de-freitag", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Heike Brandt <heike.brandt@elbufer-mail.example>", "outlook_de", "Fahrradträger doppelt abgebucht",
      "German: a double charge to be checked 'bis Freitag', answered the Tuesday after 'gibt es schon etwas Neues?'.",
      cu("11-02 10:00", """Sehr geehrte Damen und Herren,

auf meiner Kreditkartenabrechnung sehe ich den Fahrradträger (45 £) für unsere Miete im Oktober zweimal. Könnten Sie das bitte prüfen und mir den doppelten Betrag erstatten?

Mit freundlichen Grüßen
Heike Brandt"""),
      ag("lukas", "11-02 13:00", """Sehr geehrte Frau Brandt,

vielen Dank für den Hinweis. Ich kläre das mit unserer Buchhaltung und melde mich bis Freitag bei Ihnen.

Mit freundlichen Grüßen
Lukas Brandstätter""", promises=[("11-06", 4)]),
      cu("11-10 09:00", """Sehr geehrter Herr Brandstätter,

gibt es schon etwas Neues? Ich habe bisher weder eine Nachricht noch eine Gutschrift erhalten.

Mit freundlichen Grüßen
Heike Brandt""", chase=True),
      ag("lukas", "11-10 11:00", """Sehr geehrte Frau Brandt,

entschuldigen Sie bitte die Verzögerung. Die doppelte Buchung war ein Fehler unseres Kartenterminals; die 45 £ wurden Ihnen heute erstattet.

Mit freundlichen Grüßen
Lukas Brandstätter"""), tz=1),

    C("w51-fr-relance", "fr", "closed", {"customer-chased": 2, "slow-first-response": 1},
      "Antoine Faure <antoine.faure@vignes-mail.example>", "outlook", "Demande de devis – van 4 places, août",
      "French: a quote request acknowledged by the robot, chased twice by replying to his own mail (the second with a References gap), answered a week later.",
      cu("11-02 09:00", """Bonjour,

Pourriez-vous m'envoyer un devis pour un van 4 places du 8 au 22 août ? Nous avons deux enfants de 6 et 9 ans : est-ce que les sièges enfants sont fournis ?

Cordialement,
Antoine Faure"""),
      ack("11-02 08:01"),
      cu("11-04 09:00", """Bonjour,

Je me permets de vous relancer concernant ma demande de devis ci-dessous.

Cordialement,
Antoine Faure""", chase=True, parent=1),
      cu("11-06 18:00", """Bonjour,

Toujours pas de réponse... Ma demande a-t-elle bien été reçue ? Nous devons réserver nos billets de ferry rapidement.

Antoine Faure""", chase=True, parent=3, refs=[1]),
      ag("camille", "11-09 09:00", """Bonjour Monsieur Faure,

Toutes mes excuses pour ce long silence, votre message était arrivé dans le mauvais dossier. Voici votre devis en pièce jointe : Kestrel, du 8 au 22 août, 1 932 £. Les sièges enfants et rehausseurs sont fournis gratuitement.

Bien cordialement,
Camille""", attach=[("application/pdf", "devis-D-2611-041.pdf", DEVIS_PDF)]), tz=1),

    C("w52-refund-still-waiting", "en", "pending", {"customer-chased": 1},
      "Donna Kitto <donna.kitto@kitto-florist.example>", "gmail", "Refund of pet fee",
      "Pet fee refunded 'today, 5-7 working days' (not a promise); two weeks later the customer has to chase; sorted.",
      cu("11-02 11:00", """Hi,

We paid the £40 pet fee for our hire next week but in the end our dog is staying with my mum. Can we get it refunded?

Donna"""),
      ag("priya", "11-02 14:00", """Hi Donna,

Of course - I've refunded it today; it takes 5-7 working days to reach your card.

Priya"""),
      cu("11-16 10:00", """Hi Priya,

It's been two weeks now and I still haven't seen the £40 back on my card. Could you check what's happened?

Donna""", chase=True),
      ag("priya", "11-16 12:30", """Hi Donna,

I'm so sorry - the refund bounced because the card on file had expired. I've now sent it by bank transfer to the account you paid the balance from, reference WYV-R-8812.

Priya""")),

    C("w53-reopened-jacket", "en", "pending", {"reopened": 1},
      "Simon Quarrie <simon.quarrie@tidewater-boats.example>", "thunderbird", "Toilet cassette leaking",
      "Leak fixed with a spare seal, thanks, ticket marked resolved; days later a new request in the same thread (a forgotten jacket), answered.",
      cu("11-10 17:00", """Hi,

The toilet cassette in the Otter leaks when we empty it. Is there a spare seal anywhere? We're at Bude until Saturday.

Simon"""),
      ag("rhys", "11-11 08:30", """Hi Simon,

There's a spare seal in the blue box under the passenger seat - it just pushes on.

Rhys"""),
      cu("11-11 12:00", """Found it, all fixed. Thanks!

Simon""", thanks=True),
      ag("rhys", "11-11 12:30", """Great stuff. I'll mark this ticket as resolved - enjoy the rest of your trip.

Rhys""", closes=True),
      cu("11-16 09:00", """Hi Rhys,

Sorry, one more thing now we're home - we left a child's blue rain jacket in the overhead locker. Could you keep it aside and post it to us? Happy to pay the postage.

Simon"""),
      ag("rhys", "11-16 10:15", """Hi Simon,

Found it - it's in the post today, no charge.

Rhys""")),

    C("w54-resolved-tag-vouchers", "en", "open", {"reopened": 1, "awaiting-reply": 1},
      "Carys Penhale <carys.penhale@westwind-studio.example>", "outlook", "Unused gas bottle",
      "Gas bottle refunded under a [Resolved] subject tag; a week later the customer thanks and asks something new in the same thread; no reply.",
      cu("11-09 10:00", """Hello,

We returned the Merlin with an unopened spare gas bottle that we'd bought from you (£28). Can we get a refund for it?

Carys Penhale"""),
      ag("priya", "11-09 15:00", """Dear Carys,

Yes - £28 refunded to your card today.

Kind regards,
Priya""", subject="[Resolved] RE: Unused gas bottle", closes=True),
      cu("11-17 14:00", """Hi Priya,

Got the £28, thank you. While I have you - we had two campsite vouchers from your welcome pack left over. Could they be credited against our next hire?

Carys""", subject="RE: [Resolved] RE: Unused gas bottle")),

    C("w55-friday-to-monday", "en", "closed", {"slow-first-response": 1},
      "Ben Laity <ben.laity@cliffside-tiles.example>", "thunderbird", "Otter at Easter",
      "Friday-afternoon enquiry answered on Monday morning; the customer's 'book it' reply lost its threading headers.",
      cu("11-06 16:30", """Hi,

Is the Otter free 3-10 April? And do you need a deposit to hold it, or can you just pencil us in?

Ben Laity"""),
      ag("tegan", "11-09 09:00", """Hi Ben,

It is. We can't pencil in over Easter, I'm afraid - to hold it we take 25% of the hire (£121), with the rest due six weeks before.

Tegan"""),
      cu("11-09 10:00", """Fair enough, please book it - I'll pay the 25% through the link when it arrives.

Ben""", thread=False),
      ag("tegan", "11-09 11:00", """Booked: WY-27-0174, 3-10 April. The payment link is in the confirmation email that's just gone out.

Tegan""")),

    C("w56-photo-second-mail", "en", "closed", {},
      "Anita Hollis <anita.hollis@greystone-mail.example>", "iphone", "Scratch on the van",
      "Scratch on a hedge lane; a second mail with the photo twenty minutes later (new information, not a chase); both questions answered.",
      cu("11-08 09:00", """Hi, I'm afraid we scraped the Kestrel on a hedge lane near Hartland. Long scratch down the driver's side. What do we do now? Will it come out of our deposit?

Anita (WY-26-1207)

Sent from my iPhone"""),
      cu("11-08 09:20", """Here's a photo of it.

Anita

Sent from my iPhone""", parent=1, attach=[("image/png", "IMG_4471.png", SCRATCH_PNG)]),
      ag("rhys", "11-08 10:30", """Hi Anita,

Thanks for the photo - that looks like a surface scratch that should polish out. Nothing to do now, just carry on and mention it at drop-off. If it polishes out there's no charge; if it needs paint, it comes out of the deposit up to your excess.

Rhys""")),
]

UNANSWERED: dict[str, list[str]] = {
    "w02-excess-cover": [
        "Does it cover windscreen chips as well, or is glass separate?"],
    "w04-pet-friendly-jan": [
        "Could you also send me the list of what's in the kitchen kit, so I know what we need to pack?"],
    "w06-ireland-second-driver": [
        "Is Northern Ireland covered too, in case we head up to the Causeway?",
        "I need to add my brother as a second driver - he's 24, is that a problem?"],
    "w08-sunday-return": [
        "Can we drop the van off on Sunday 29th instead, and what would the extra day cost?"],
    "w10-de-rechnung-firma": [
        "Außerdem bitte ich Sie, die Rechnung auf meine Firma auszustellen: Kögel Holzbau GmbH, Am Sägewerk 3, 72270 Baiersbronn."],
    "w12-fr-chauffage": [
        "Est-ce que le camping-car a un chauffage qui fonctionne moteur éteint ?"],
    "w14-es-tabla-surf": [
        "¿Se puede llevar una tabla de surf en el techo?"],
    "w16-hookup-cable": [
        "One more thing - do you supply a hook-up cable or do we need to bring our own?"],
    "w18-five-questions": [
        "We'd also need to know how long the fresh water tank lasts for four people, roughly, and whether there's somewhere at the depot to fill it before we set off.",
        "Finally, could you let me know whether there's a discount for booking before Christmas"],
    "w20-named-driver": [
        "Please also add my partner, Sam Okafor, as a named driver - licence details below."],
    "w22-inline-partial": [
        "whether you have a portable BBQ we can borrow or hire?"],
    "w24-refund-vat-receipt": [
        "Can you also send me a VAT receipt for the deposit payment?"],
    "w26-second-mail-question": [
        "Also, does the van need to come back with a full tank, or do you just charge for the fuel?"],
    "w28-de-morgen": [
        "Und können Sie mir bitte das Übergabeprotokoll schicken?"],
    "w30-snow-chains-alt": [
        "Could you put a set of snow chains in the van, just in case?"],
    "w32-es-quisiera-saber": [
        "Quisiera saber si es posible recogerla en el aeropuerto de Exeter en lugar de en vuestro depósito, porque llegamos en avión desde Bilbao."],
    "w34-fr-conditions": [
        "Pourriez-vous aussi m'envoyer les conditions générales en français, si elles existent ?"],
    "w36-three-agents-leak": [
        "And could you email me an invoice for the extra night we added on the phone?"],
    "w38-quote-late-colleague": [
        "And can we pick up on a Sunday?"],
    "w42-templated-reply": [
        "What's your cleaning fee if we bring the van back without emptying the toilet cassette?",
        "Is the Merlin OK for a cat?"],
    "w49-early-next-week": [
        "And is there an inverter so I can charge the laptop without hook-up?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice31 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
