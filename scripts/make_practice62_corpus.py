#!/usr/bin/env python3
"""Regenerate ``tests/practice62/``: a labelled corpus of Pennywhistle Glamping.

The guest mailbox of a fictional glamping site in the Shropshire Hills (four yurts, three
shepherd's huts, a wood-fired hot tub): bookings and date changes, cancellations and refunds,
accessibility, dogs, group and whole-site bookings, gift vouchers, add-ons, lost property and
invoices, written without looking at the detection heuristics. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``pennywhistleglamping.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - guest mail and guests' automatic replies (mboxrd),
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

Usage: python scripts/make_practice62_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "pennywhistleglamping.example"
ORDERS = "Pennywhistle Glamping <hello@pennywhistleglamping.example>"
NAME = "practice62"

AGENTS = {
    "bryony": ("Bryony Ashworth <bryony@pennywhistleglamping.example>", "thunderbird", """-- 
Bryony Ashworth
Bookings | Pennywhistle Glamping
Pennywhistle Farm, Clun, Shropshire | 01588 640 212
Book a hot tub slot: https://pennywhistleglamping.example/hottub?src=sig"""),
    "callum": ("Callum Reddy <callum@pennywhistleglamping.example>", "outlook", """Callum Reddy
Site & Facilities | Pennywhistle Glamping
Fancy a walk from your door? Trail map: https://pennywhistleglamping.example/walks?ref=mail"""),
    "fern": ("Fern Okafor <fern@pennywhistleglamping.example>", "apple", """Fern Okafor
Accessibility & Group Stays | Pennywhistle Glamping
Access statement: https://pennywhistleglamping.example/access?v=2026"""),
    "gideon": ("Gideon Marsh <gideon@pennywhistleglamping.example>", "owa", """Gideon Marsh
Gift Vouchers & Accounts | Pennywhistle Glamping
Pennywhistle Glamping is a trading name of Pennywhistle Farm Ltd, registered in England no. 08812345.
This email may contain confidential information. If you received it by mistake, please delete it."""),
    "lotte": ("Lotte Brandt <lotte@pennywhistleglamping.example>", "thunderbird_de", """-- 
Lotte Brandt
Gästebetreuung auf Deutsch | Pennywhistle Glamping
https://pennywhistleglamping.example/de?ref=signatur"""),
    "solene": ("Solène Garnier <solene@pennywhistleglamping.example>", "apple_fr", """Solène Garnier
Accueil des hôtes francophones | Pennywhistle Glamping
https://pennywhistleglamping.example/fr?utm_source=email"""),
    "nuria": ("Nuria Esteve <nuria@pennywhistleglamping.example>", "gmail_es", """--
Nuria Esteve
Atención a huéspedes | Pennywhistle Glamping
+44 1588 640 219"""),
}

ACK = {
    "en": """Hello and thank you for getting in touch with Pennywhistle Glamping.

This is an automated note to say your email has reached us (reference {ref}).
The farm office is open 9am-5pm every day and we will reply within 24 hours.
If you are on site and need us urgently, please ring 01588 640 212.

Pennywhistle Glamping
https://pennywhistleglamping.example/faq?ticket={ref}""",
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
    "oldclient": ["X-Mailer: Eudora 7.1.0.9"],
    "helpdesk": ["X-Mailer: Pennywhistle Desk 1.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="pw.", outlook_server="AM6P19")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice62", title="Pennywhistle Glamping", desk=ORDERS, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="PWG-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

HOUSE_RULES_PDF = mailcraft.pdf(["Pennywhistle Glamping - Dogs on the farm",
                                 "Dogs welcome in Wren, Curlew and Lapwing huts (max. 2, GBP 20 per dog per stay)",
                                 "Leads on near the sheep fields and the hot tub deck",
                                 "Fenced dog paddock behind Curlew hut - poo bins at the gate"])
QUOTE_HEN_PDF = mailcraft.pdf(["Pennywhistle Glamping - Quotation Q-26-118",
                               "Whole-site hire Fri 19 - Sun 21 March 2027, 12 guests",
                               "4 yurts + 2 huts, hot tub exclusive, firewood included",
                               "Total GBP 2,460.00 - deposit 30 % to secure"])
DEVIS_PDF = mailcraft.pdf(["Pennywhistle Glamping - Devis D-26-041",
                           "Anniversaire, 15 personnes, 8-10 janvier 2027",
                           "3 yourtes + 3 roulottes, bain nordique privatise",
                           "Total 2 180,00 GBP - acompte 30 %"])
RECHNUNG_PDF = mailcraft.pdf(["Pennywhistle Glamping - Rechnung R-26-3307",
                              "Nordwind Software GmbH, Hafenstrasse 12, 20457 Hamburg",
                              "Team-Wochenende 4.-6. Dezember 2026, 10 Personen",
                              "Gesamt GBP 1.940,00"])
INVOICE_PDF = mailcraft.pdf(["Pennywhistle Glamping - Invoice PW-10822",
                             "Thistledown Architects LLP, VAT GB 318 4471 02",
                             "Gift vouchers: 10 x GBP 100",
                             "Total GBP 1,000.00 (vouchers are outside the scope of VAT)"])
INVOICE1_PDF = mailcraft.pdf(["Pennywhistle Glamping - Invoice PW-10794",
                              "Harrow & Finch Consulting Ltd",
                              "Hawthorn yurt, 30 Oct - 1 Nov 2026",
                              "Total GBP 390.00 incl. VAT GBP 65.00"])
INVOICE2_PDF = mailcraft.pdf(["Pennywhistle Glamping - Invoice PW-10794 (reissued)",
                              "Harrow & Finch Consulting Ltd, VAT GB 274 9913 55",
                              "Hawthorn yurt, 30 Oct - 1 Nov 2026",
                              "Total GBP 390.00 incl. VAT GBP 65.00"])
RUG_PNG = mailcraft.png(10, 8, lambda x, y: (120 + 9 * x, 70 + 4 * y, 40))

CASES: list[Case] = [
    C("pw01-hawthorn-first-stay", "en", "closed", {},
      "Ellie Marchbank <ellie.marchbank@example.com>", "gmail", "First stay - a few questions",
      "Three questions (hot tub price, early arrival, phone signal) answered in one paragraph, out of order; thanks-only close.",
      cu("11-02 19:40", """Hi there,

We've booked Hawthorn yurt for 27-29 November (ref PWG-4102) and can't wait. A few things before we go:

Is the hot tub included in the price or is it extra?
We're driving over from Norwich, so is there any chance we could get there before 3?
Also - is there phone signal on site? My partner is on call that weekend.

Thanks so much,
Ellie"""),
      ag("bryony", "11-03 09:15", """Hi Ellie,

Lovely to hear from you. Signal is patchy (one bar of EE by the yurts at best) but there's strong free wifi in every yurt and the barn, so on-call should be fine over wifi calling. The tub is bookable in two-hour slots at £35 each - it isn't part of the nightly rate. And yes, Hawthorn is empty the night before you, so come from 1pm if you like.

Best wishes,
Bryony"""),
      cu("11-03 10:02", """Brilliant, thank you Bryony! See you on the 27th.

Ellie""", thanks=True)),

    C("pw02-rowan-wheelchair", "en", "closed", {"unanswered-question": 1},
      "Marcus Oyelaran <m.oyelaran@example.org>", "outlook", "Wheelchair access - Rowan yurt",
      "Wheelchair user asks four access questions; the reply covers ramp, shower and car park but not getting into the hot tub.",
      cu("11-04 11:05", """Hello,

I'm a full-time wheelchair user and I'm looking at Rowan yurt for a long weekend in January with my wife.

Your website says Rowan is "accessible" but I've been caught out by that word before, so I'd like to check a few details. Is the entrance step-free, and how wide is the door? Does the wet room have a fold-down shower seat and grab rails? How far is it from where we'd park to the yurt, and what's the surface like?

Could you also let me know whether there's any way for me to get into the hot tub - is there a hoist, or is it steps only?

Many thanks,
Marcus Oyelaran""", uq=1),
      ag("fern", "11-04 15:40", """Dear Marcus,

Thank you for asking so precisely - it helps.

Rowan has a timber ramp at 1:15 and a level threshold; the door opening is 92 cm. In the wet room there is a fold-down padded seat, grab rails on two walls and a lever tap, and the basin is at 78 cm.

The accessible bay is right beside Rowan: 15 metres on resin-bound gravel, firm and level. There are photos of all of this in the access statement on our website (link below).

Kind regards,
Fern""")),

    C("pw03-hen-weekend-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Priya Lamba <priyalamba@example.net>", "iphone", "Hen weekend - whole site?",
      "Whole-site quote promised by Wednesday arrives only after a chase the next Monday (late = missed).",
      cu("11-09 20:12", """Hi!

I'm organising my sister's hen do and we'd love the whole site for the weekend of 19-21 March next year. There would be 12 of us. Could you send me a price for that, and do you allow us to bring in our own caterer for the Saturday night?

Thanks,
Priya

Sent from my iPhone"""),
      ag("fern", "11-10 10:05", """Hi Priya,

What a lovely idea - March is a beautiful time up here. Outside caterers are fine as long as they bring their own kit; we just ask for their food hygiene certificate in advance.

I'll put together a whole-site quote for 12 with the hot tub on exclusive use and send it over by Wednesday.

Best,
Fern""", promises=[("11-11", 4)]),
      cu("11-16 08:47", """Hi Fern, just following up on the quote - we're keen to get the dates locked in before the others book flights.

Priya

Sent from my iPhone""", chase=True),
      ag("fern", "11-16 12:30", """Hi Priya,

I'm so sorry, the quote sat in my drafts. It's attached: £2,460 for the whole site from Friday to Sunday, hot tub exclusive and firewood included. A 30 % deposit holds the dates.

Best,
Fern""", attach=[("application/pdf", "Q-26-118.pdf", QUOTE_HEN_PDF)])),

    C("pw04-curlew-two-dogs", "en", "closed", {},
      "Tom Ferris <tom.ferris@example.com>", "thunderbird", "Dogs in Curlew hut",
      "Three dog questions answered inline: a yes with the fee, the paddock, and a no with an alternative.",
      cu("11-04 18:22", """Hello,

We have a booking for Curlew hut in December and we'd like to bring our two lurchers.

Can we bring both dogs?
Is there anywhere enclosed where they can run off the lead?
Are they allowed on the hot tub deck with us?

Tom""", client="thunderbird"),
      ag("bryony", "11-05 09:10", """Hi Tom,

> Can we bring both dogs?

Yes - up to two per hut, £20 per dog for the stay. I've added it to your balance.

> Is there anywhere enclosed where they can run off the lead?

There's a fenced paddock right behind Curlew, about half an acre, with a gate you can latch.

> Are they allowed on the hot tub deck with us?

Not on the deck itself, sorry (wet boards and paws don't mix) - there's a tether ring and a water bowl by the deck gate where they can see you.

Bryony""", quote=False)),

    C("pw05-voucher-for-sister", "en", "pending", {"unanswered-question": 2},
      "Hannah Brierley <hannahbrierley@example.com>", "gmail", "Gift voucher for my sister's 40th",
      "Voucher purchase with four requests; reply covers posting and expiry, skips the card message and the bank transfer.",
      cu("11-16 13:20", """Hello,

I'd like to buy a £150 gift voucher for my sister, who turns 40 on 4 December. A few questions:

1. Can it be posted straight to her rather than to me?
2. How long is it valid for?
3. Could you write "Happy 40th Jo - hot tub's on me! Love H x" inside the card?
4. Is it possible to pay by bank transfer? I'd rather not put it on my credit card.

Her address is 9 Weaver's Row, Ludlow SY8 1AB.

Thank you!
Hannah""", uq=2),
      ag("gideon", "11-17 09:30", """Hi Hannah,

Happy to help. Vouchers are valid for 24 months from the date of issue and can be used against any hut or yurt, add-ons included. We post them first class in a hand-made card, so if you place the order by Tuesday it will land at Weaver's Row well before the 4th.

Kind regards,
Gideon""")),

    C("pw06-october-refund", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Graham Petts <graham.petts@example.org>", "outlook", "Refund for cancelled October booking",
      "Refund asked, acknowledgement only, customer chases three days later; no human reply.",
      cu("11-13 10:14", """Dear Pennywhistle team,

We cancelled our stay in Lapwing hut (17-19 October, booking PWG-3877) on 2 September, well outside the 28-day window, and your email at the time said the full amount of £310 would be refunded to my card within 10 working days. Nothing has arrived yet.

Please can you check what has happened and let me know when I can expect the money?

Regards,
Graham Petts"""),
      ack("11-13 10:15"),
      cu("11-16 17:50", """Hello,

I'm still waiting for a reply to the message below, and still no refund. Could someone please look at this?

Graham Petts""", chase=True)),

    C("pw07-familie-kern-anreise", "de", "closed", {"unanswered-question": 1},
      "Sabine Kern <sabine.kern@example.de>", "gmail_de", "Fragen zu unserem Aufenthalt im Dezember",
      "German family: hot tub and bed linen answered, the station pick-up asked in passing is not.",
      cu("11-03 21:05", """Liebes Pennywhistle-Team,

wir (zwei Erwachsene, zwei Kinder von 7 und 10) haben die Jurte Bramble vom 18. bis 21. Dezember gebucht und freuen uns sehr.

Ist der Hot Tub im Preis inbegriffen oder muss man ihn extra buchen? Und sind Bettwäsche und Handtücher vorhanden, oder sollen wir unsere eigenen mitbringen? Wir reisen ohne Auto an, mit dem Zug über Shrewsbury. Könnten Sie uns vielleicht am Bahnhof Knighton abholen?

Viele Grüße aus Freiburg
Sabine Kern""", tz=1, uq=1),
      ag("lotte", "11-04 09:40", """Liebe Frau Kern,

vielen Dank für Ihre Nachricht, wir freuen uns auch schon auf Sie!

Bettwäsche und Handtücher liegen bereit, auch für die Kinder - Sie brauchen nur Badesachen mitzubringen. Der Hot Tub wird separat in Zwei-Stunden-Slots gebucht (35 £ pro Slot); ich habe Ihnen für den 19. Dezember ab 17 Uhr schon einmal einen Slot reserviert, den Sie gern noch ändern können.

Herzliche Grüße
Lotte Brandt""")),

    C("pw08-greve-changement-dates", "fr", "closed", {"missed-follow-up": 1},
      "Julien Marchetti <julien.marchetti@example.fr>", "apple_fr", "Changement de dates - grève",
      "French guest asks to move dates because of a ferry strike; the agent promises to come back the next day and never does.",
      cu("11-08 18:30", """Bonjour,

Nous avons réservé la roulotte Wren du 27 au 29 novembre, mais avec la grève annoncée sur les ferries nous risquons de ne pas pouvoir traverser. Serait-il possible de décaler notre séjour au week-end du 4 décembre, ou sinon à celui du 11 ?

Merci d'avance,
Julien Marchetti""", tz=1),
      ag("solene", "11-09 10:20", """Bonjour Julien,

Je suis désolée pour cette grève, ce n'est vraiment pas de chance. Le changement de dates est gratuit une fois par réservation, donc aucun souci de ce côté-là.

Je vérifie les disponibilités de Wren pour ces deux week-ends avec ma collègue du planning et je reviens vers vous demain.

Bien à vous,
Solène""", promises=[("11-10", None)])),

    C("pw09-pareja-sin-coche", "es", "pending", {},
      "Lucía Ferrer <lucia.ferrer@example.es>", "gmail_es", "Dudas antes de reservar",
      "Spanish couple: getting there without a car, breakfast, hot tub in December - all answered, one answer is only a link.",
      cu("11-15 22:10", """Hola:

Mi novio y yo queremos pasar tres noches en una de sus yurtas a principios de diciembre. Antes de reservar tengo algunas dudas. ¿Se puede llegar sin coche? Hemos pensado en ir en tren desde Londres. Quisiera saber también si ofrecen desayuno o si hay que traer la comida, y si el jacuzzi funciona en diciembre o sólo en verano.

Un saludo,
Lucía""", tz=1),
      ag("nuria", "11-16 10:05", """Hola, Lucía:

¡Gracias por escribirnos! El jacuzzi está abierto todo el año, y en invierno es cuando más se disfruta, con la nieve alrededor si hay suerte.

Para el tren, lo más cómodo es ir de Londres a Shrewsbury y de allí a Knighton; desde Knighton un taxi tarda 20 minutos (el de Clun Valley Cabs conoce el camino). Aquí tiene los horarios y el teléfono: https://pennywhistleglamping.example/es/llegar?ref=mail

Desayuno: preparamos cestas con pan, huevos de la granja, bacon y mermelada por 18 £ por persona y día; si prefieren cocinar ustedes, cada yurta tiene cocina de gas y la tienda del pueblo está a 2 km.

Un abrazo,
Nuria""")),

    C("pw10-jumper-left-behind", "en", "closed", {},
      "Aisha Kapoor <aisha.k@example.com>", "apple", "Left my jumper in Wren",
      "Lost property found and posted, tracking number given, explicit close.",
      cu("11-05 08:55", """Morning!

We stayed in Wren last weekend and I think I left a green wool jumper hanging on the back of the door. Have you found it? If so, could you post it back to me? Happy to pay the postage of course.

Aisha
24 Orchard Close, Bristol BS6 7TR"""),
      ag("callum", "11-05 14:20", """Hi Aisha,

Found it - it was exactly where you said. It went off this afternoon by Royal Mail tracked, number TT 4418 2290 6GB, and there's nothing to pay: a jumper is on us.

I'll mark this ticket as resolved, but do shout if it hasn't arrived by Monday.

Callum""", closes=True)),

    C("pw11-invoice-vat-number", "en", "closed", {"reopened": 1},
      "Daniel Frost <d.frost@harrowfinch.example>", "outlook", "Invoice for our stay please",
      "Invoice sent and the ticket closed; the customer comes back days later for a VAT number on it, which is reissued.",
      cu("11-06 09:30", """Hello,

I stayed in Hawthorn yurt from 30 October to 1 November on a working trip. Please send me a proper VAT invoice addressed to Harrow & Finch Consulting Ltd so I can claim it back.

Thanks,
Daniel Frost
Harrow & Finch Consulting"""),
      ag("gideon", "11-06 11:45", """Dear Daniel,

Your invoice PW-10794 is attached. I'm closing this ticket now - just reply if you need anything else.

Kind regards,
Gideon""", closes=True,
         attach=[("application/pdf", "PW-10794.pdf", INVOICE1_PDF)]),
      cu("11-10 15:10", """Hi Gideon,

Sorry, our finance team have bounced it: it needs our VAT number on it (GB 274 9913 55). Could you reissue it with that added?

Thanks,
Daniel"""),
      ag("gideon", "11-10 16:30", """Dear Daniel,

No problem at all - here it is again with your VAT number under the company name.

Kind regards,
Gideon""", attach=[("application/pdf", "PW-10794-reissued.pdf", INVOICE2_PDF)])),

    C("pw12-retreat-three-agents", "en", "pending", {"many-handoffs": 1},
      "Rachel Obi <rachel.obi@example.org>", "owa", "Team retreat in February - 14 people",
      "A charity's retreat booking answered by three colleagues in turn (bookings, accessibility, invoicing); everything answered.",
      cu("11-16 10:00", """Hi,

We're a small charity planning a two-night team retreat for 14 staff on 10-12 February. Do you have space for all of us across the yurts and huts on those dates? One colleague uses a mobility scooter, so we'd need somewhere she can get around easily. We'd also need the invoice to go to our finance officer rather than to me.

Best wishes,
Rachel Obi
Operations Lead"""),
      ag("bryony", "11-16 11:20", """Hi Rachel,

Good news: all four yurts and three huts are free on 10-12 February, which sleeps up to 22, so 14 fits comfortably. I've pencilled the whole site for you for a week. Fern will write about access and Gideon about the invoice.

Best,
Bryony"""),
      ag("fern", "11-16 14:05", """Hi Rachel,

Rowan yurt is the one for your colleague: ramp, wide door and level resin paths from there to the barn and the hot tub deck. We have a charging point for scooters in the barn porch.

Best,
Fern"""),
      ag("gideon", "11-17 09:15", """Dear Rachel,

Just send me your finance officer's name and email and the invoice will go to them directly - no need to copy you in.

Kind regards,
Gideon""")),

    C("pw13-weekend-silence", "en", "closed", {"slow-first-response": 1},
      "Owen Treharne <owen.treharne@example.co.uk>", "gmail", "Late check-out on Sunday?",
      "Sent on Saturday morning, answered on Monday morning: slow first response, but fully answered.",
      cu("11-07 08:30", """Hiya,

We're in Bramble next weekend. Any chance of a late check-out on the Sunday? And if so, what time could we stay until and is there a charge?

Cheers,
Owen"""),
      ag("bryony", "11-09 09:20", """Hi Owen,

Sorry for the slow reply - the office was short-staffed over the weekend. Nobody arrives in Bramble on the Sunday, so you can stay until 2pm, and there's no charge.

Bryony""")),

    C("pw14-christmas-yurt", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Jenny Calloway <jennycalloway@example.com>", "gmail", "Christmas in a yurt",
      "Availability answered, firewood deferred to Tuesday and never confirmed; the tree question gets no answer.",
      cu("11-13 21:40", """Hello!

Our family has always wanted to do Christmas somewhere different. Do you have a yurt free from 23 to 27 December? Will there be enough firewood for the burner for four days or will we need to buy more on Christmas Day when everything's shut? And I was wondering whether we're allowed to bring a small real Christmas tree to put up inside.

Jenny""", uq=1),
      ag("bryony", "11-14 10:30", """Hi Jenny,

How lovely! Bramble yurt is free from the 23rd to the 27th - I've put a 48-hour hold on it for you.

Each yurt gets two nets of logs on arrival, which usually lasts three nights in December. I'll check with Callum whether he can do an extra delivery on Christmas morning and confirm by Tuesday.

Best wishes,
Bryony""", promises=[("11-17", None)])),

    C("pw15-hamper-rhetorical", "en", "closed", {},
      "Neil Adebayo <neil.adebayo@example.net>", "gmail", "Breakfast hampers",
      "A rhetorical question and a question the customer answers himself; the one real request is done.",
      cu("11-02 12:10", """Hi,

We're coming for our anniversary on the 6th - who doesn't love a hot tub under the stars?

Where would I find my booking reference? Oh wait, it's at the top of the confirmation: PWG-4071.

Can we add a breakfast hamper for both mornings, please?

Neil"""),
      ag("bryony", "11-02 15:05", """Hi Neil,

Done - two hampers for two, £72, added to your balance for PWG-4071. They'll be in the cool box on your porch by 8am each morning.

Happy anniversary!
Bryony""")),

    C("pw16-cancel-hospital", "en", "open", {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Catherine Doyle <catherine.doyle@example.org>", "outlook", "Cancellation - father in hospital",
      "Refund outside policy passed to the owner with a Wednesday deadline; two chases and no answer.",
      cu("11-08 19:25", """Dear Sir or Madam,

I'm afraid we need to cancel our booking for Curlew hut (20-22 November, PWG-4188). My father was admitted to hospital on Friday and I need to stay near him.

I know we're inside the 28-day period, but is there any way you could refund the balance or at least let us move the dates to the spring?

Yours faithfully,
Catherine Doyle"""),
      ag("bryony", "11-09 10:50", """Dear Catherine,

I'm so sorry to hear about your father. I've released Curlew so you won't be charged anything further, and I need to run the refund question past Harriet, who owns the farm. I'll come back to you by Wednesday at the latest.

With best wishes,
Bryony""", promises=[("11-11", None)]),
      cu("11-13 09:05", """Dear Bryony,

Any news on the refund? I haven't heard anything since Monday.

Catherine"""
         , chase=True),
      cu("11-17 20:40", """Hello,

I am still waiting to hear back about this. It has been over a week. Could someone please let me know what is happening?

Catherine Doyle""", chase=True)),

    C("pw17-baby-travel-cot", "en", "closed", {},
      "Lydia Sørensen <lydia.s@example.com>", "outlook", "Travelling with a baby",
      "HTML-only mail from Outlook with two questions; both answered in one sentence.",
      cu("11-05 13:15", """Hi,

We're thinking of booking Lapwing hut in January with our 8-month-old. Is there room for a travel cot next to the bed? And do you have a high chair we could borrow?

Thanks,
Lydia""", kind="html"),
      ag("callum", "11-05 16:00", """Hi Lydia,

There is - the cot fits between the bed and the wood burner guard, and we'll have a high chair waiting in the hut for you at no charge.

Callum""")),

    C("pw18-voucher-february", "en", "closed", {"unanswered-question": 1},
      "Beatrice Huang <bea.huang@example.org>", "apple", "Using my gift voucher",
      "Voucher questions about February and combining vouchers answered; the request for a replacement copy is not.",
      cu("11-03 16:45", """Hello,

My colleagues gave me a Pennywhistle voucher (GV-2291, £200) when I left my last job, and I've also got a smaller one from my brother (GV-2378, £50).

Can I use them for a shepherd's hut in February half term? Can the two be put together on one booking? Please could you also send me a new copy of GV-2291 - the original got soaked on my bike ride home and the code is hard to read.

Thanks very much,
Bea""", uq=1),
      ag("gideon", "11-03 17:20", """Hi Bea,

Both vouchers are valid until 2028 and can go on the same booking, so you'd have £250 to spend. February half term still has Wren and Lapwing free from the 15th to the 19th - just let me know which nights suit and I'll set it up.

Kind regards,
Gideon"""),
      cu("11-04 08:10", """Thank you Gideon, that's great news.

Bea""", thanks=True, client="iphone")),

    C("pw19-wood-burner-kept", "en", "closed", {},
      "Stuart McAllister <stuart.mcallister@example.com>", "gmail", "Wood burner in Rowan smoking",
      "Agent checks with maintenance and comes back the next morning as promised.",
      cu("11-11 20:30", """Hi,

We stayed in Rowan last week and the wood burner was smoking badly into the yurt every time we opened the door to add logs. Has it been looked at? We're back in a fortnight with my mum, who has asthma, so I need to know it's been fixed before we come.

Stuart"""),
      ag("callum", "11-12 09:05", """Hi Stuart,

Thanks for flagging it, and sorry it spoiled the evenings. I'll ask our maintenance chap to have a look at the flue today and come back to you tomorrow.

Callum""", promises=[("11-13", 3)]),
      ag("callum", "11-13 08:40", """Hi Stuart,

Update as promised: the flue cowl had come loose in the wind and the seal on the door glass had perished. Both are replaced and we ran the burner for three hours yesterday afternoon with no smoke at all. Rowan will be ready for your mum.

Callum""")),

    C("pw20-walking-club-rate", "en", "pending", {},
      "Gwen Pritchard <gwen@example.org>", "thunderbird", "Walking club - group rate?",
      "Group rate promised by Tuesday 24 November: still ahead at audit time; the other question is answered.",
      cu("11-19 09:30", """Dear Pennywhistle,

I'm the secretary of Clun Forest Walking Club. Eighteen of us would like to stay two nights in late April for our spring walk. Is the site big enough for 18? Do you offer a group rate for a club like ours?

Gwen Pritchard
Secretary, Clun Forest Walking Club"""),
      ag("fern", "11-19 11:10", """Dear Gwen,

Yes - with all four yurts and three huts we sleep up to 22, so 18 walkers fit well, and the barn seats everyone for an evening meal.

For the rate I need to look at which April weekends are still clear. I'll confirm the group price by Tuesday.

Best wishes,
Fern""", promises=[("11-24", None)])),

    C("pw21-gate-code-logistics", "en", "pending", {},
      "Mike Hollins <mike.hollins@example.co.uk>", "android", "Arrival on Friday",
      "Arrival questions answered with logistics (gate code texted the day before, logs delivered on Friday mornings) - not promises; the reply lost its threading headers.",
      cu("11-16 07:45", """Hi, we arrive at Curlew on Friday 4 Dec. What time is check in and how do we get through the farm gate? We'll be late, probably after 8pm.

Mike

Sent from Outlook for Android"""),
      ag("callum", "11-16 10:30", """Hi Mike,

Check-in is from 3pm and there's no cut-off, so 8pm is no problem. The farm gate has a keypad: the code is texted automatically to the number on your booking the day before arrival. The hut will be unlocked with the lights on, and the firewood man does his rounds on Friday mornings, so your log store will be full.

Callum""", thread=False)),

    C("pw22-deaf-guest-alarm", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Sophie Whitlock <sophie.whitlock@example.com>", "gmail", "Fire alarms for a deaf guest",
      "Accessibility question unanswered for three days (only the acknowledgement), a polite check-in, then a full answer.",
      cu("11-12 14:20", """Hello,

My husband is profoundly deaf and can't hear a standard smoke alarm at night. Do your shepherd's huts have alarms with a flashing light or a vibrating pad? If not, would you mind if we brought our own portable one?

Many thanks,
Sophie Whitlock"""),
      ack("11-12 14:21"),
      cu("11-15 18:10", """Hi, just checking in on my email below from Thursday - we need to know before we book.

Sophie""", chase=True),
      ag("fern", "11-16 09:25", """Dear Sophie,

I'm sorry you had to wait. Wren and Lapwing both have a strobe-and-vibrating-pad alarm linked to the smoke detector, so your husband would be covered there, and you're very welcome to bring your own portable unit as well if it gives you peace of mind.

Best wishes,
Fern""")),

    C("pw23-name-change-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Ruth Abernethy <ruth.abernethy@example.net>", "oldclient", "Change of name on booking",
      "An unanswered request is resent three days later as a new mail with the same subject; the resend is answered.",
      cu("11-09 12:00", """Hello,

I booked Lapwing for 4-6 December as a present for my parents. Could you change the lead name on the booking from me to my mother, Margaret Abernethy? Also, do you do late check-out on Sundays?

Thank you,
Ruth Abernethy"""),
      cu("11-12 12:30", """Resending this as I haven't had a reply:

Hello,

I booked Lapwing for 4-6 December as a present for my parents. Could you change the lead name on the booking from me to my mother, Margaret Abernethy? Also, do you do late check-out on Sundays?

Thank you,
Ruth Abernethy""", chase=True, parent=0),
      ag("bryony", "11-12 16:10", """Dear Ruth,

Apologies, your first email went astray. The booking is now in your mother's name, and she'll get the arrival details by email. Lapwing is free on the Sunday night, so they can stay until 1pm on the 6th at no charge.

Bryony""")),
]

CASES += [
    C("pw24-firmenrechnung", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jan-Philipp Roloff <jp.roloff@nordwind-software.example>", "outlook_de", "Rechnung für unser Team-Wochenende",
      "Company invoice promised by Thursday after checking with accounts; arrives on Monday after a chase.",
      cu("11-10 10:20", """Hallo Frau Brandt,

für unser Team-Wochenende vom 4. bis 6. Dezember (10 Personen, Buchung PWG-4290) benötige ich eine Rechnung auf die Firma, nicht auf meinen Namen:

Nordwind Software GmbH
Hafenstraße 12
20457 Hamburg
USt-IdNr. DE 298 441 207

Können Sie die Rechnung entsprechend ausstellen? Unsere Buchhaltung braucht sie vor dem Monatsende.

Beste Grüße
Jan-Philipp Roloff""", tz=1),
      ag("lotte", "11-10 14:05", """Hallo Herr Roloff,

das geht grundsätzlich, aber ich muss mit unserer Buchhaltung klären, wie wir die USt-IdNr. bei einer britischen Rechnung ausweisen. Ich melde mich bis Donnerstag mit der fertigen Rechnung bei Ihnen.

Viele Grüße
Lotte Brandt""", promises=[("11-12", 4)]),
      cu("11-16 09:15", """Hallo Frau Brandt,

gibt es schon etwas Neues zur Rechnung? Unsere Buchhaltung fragt bereits nach.

Beste Grüße
Jan-Philipp Roloff""", tz=1, chase=True),
      ag("lotte", "11-16 11:30", """Hallo Herr Roloff,

entschuldigen Sie bitte die Verzögerung. Anbei die Rechnung R-26-3307 auf die Nordwind Software GmbH, mit Ihrer USt-IdNr. im Adressfeld.

Viele Grüße
Lotte Brandt""", attach=[("application/pdf", "R-26-3307.pdf", RECHNUNG_PDF)])),

    C("pw25-berner-sennenhund", "de", "closed", {},
      "Matthias Oberholzer <m.oberholzer@example.ch>", "thunderbird_de", "Hund im Schäferwagen?",
      "Swiss guest with a big dog: allowed, where to walk off-lead, the house rules sent as a PDF.",
      cu("11-04 20:10", """Guten Abend

Wir möchten im Januar drei Nächte im Schäferwagen Curlew verbringen. Dürfen wir unseren Hund mitnehmen? Er ist ein Berner Sennenhund, also nicht gerade klein, aber sehr ruhig. Gibt es in der Nähe Wege, wo er ohne Leine laufen darf? Bitte schicken Sie mir auch Ihre Regeln für Hunde, damit wir uns vorbereiten können.

Freundliche Grüsse
Matthias Oberholzer""", tz=1),
      ag("lotte", "11-05 09:30", """Guten Morgen Herr Oberholzer,

große, ruhige Hunde sind bei uns herzlich willkommen - Curlew hat sogar eine extra breite Tür. Auf dem Hof gibt es hinter Curlew eine eingezäunte Hundewiese, und im Wald oberhalb des Hofs (Bury Ditches, 15 Minuten zu Fuß) dürfen Hunde frei laufen, solange keine Schafe in der Nähe sind. Unsere Hunderegeln finden Sie im Anhang.

Herzliche Grüße
Lotte Brandt""", attach=[("application/pdf", "Hunde-Regeln.pdf", HOUSE_RULES_PDF)])),

    C("pw26-storno-november", "de", "pending", {"unanswered-question": 1},
      "Anja Köhler <anja.koehler@example.de>", "gmail_de", "Stornierung 27.-29. November",
      "Cancellation inside 28 days: refund share and free date change answered, the voucher transfer is not.",
      cu("11-17 19:55", """Hallo,

wir müssen unseren Aufenthalt in der Jurte Hawthorn vom 27. bis 29. November leider stornieren, mein Mann hat sich das Bein gebrochen. Bekommen wir die Anzahlung zurück? Falls nicht, könnten wir den Termin stattdessen auf Ende Februar verschieben?

Außerdem würde ich gern wissen, ob der Gutschein meiner Schwiegermutter (GV-2204) auf mich übertragbar ist, den würden wir dann für den neuen Termin einlösen.

Danke und viele Grüße
Anja Köhler""", tz=1, uq=1),
      ag("lotte", "11-18 10:15", """Liebe Frau Köhler,

das tut mir sehr leid, gute Besserung an Ihren Mann!

Da der Aufenthalt weniger als 28 Tage entfernt ist, können wir die Anzahlung leider nicht erstatten. Eine Verschiebung ist aber einmal kostenlos möglich, und Hawthorn ist vom 26. bis 28. Februar noch frei. Soll ich das für Sie umbuchen? Die Anzahlung wird dann vollständig angerechnet.

Viele Grüße
Lotte Brandt""")),

    C("pw27-yourtes-chauffees", "fr", "closed", {},
      "Claire Dubois-Roux <claire.duboisroux@example.fr>", "apple_fr", "Séjour en famille en décembre",
      "French family: heating, toddler supplement, map - answered in order, the map as a link.",
      cu("11-05 21:30", """Bonjour,

Nous hésitons à réserver une yourte pour les vacances de Noël avec nos deux enfants (5 ans et 18 mois). Est-ce que les yourtes sont bien chauffées en décembre ? Y a-t-il un supplément pour les enfants de moins de 3 ans ? Pourriez-vous aussi m'envoyer un plan d'accès, car nous arriverons de l'aéroport de Birmingham en voiture de location.

Merci beaucoup et belle soirée,
Claire""", tz=1),
      ag("solene", "11-06 09:50", """Bonjour Claire,

Oui, chaque yourte a un poêle à bois et un chauffage électrique d'appoint : il fait 20 °C à l'intérieur même quand il gèle dehors. Les enfants de moins de 3 ans ne paient pas, et nous prêtons lit parapluie et chaise haute.

Pour venir de Birmingham (environ 1 h 45), voici notre plan d'accès avec le code postal à entrer dans le GPS : https://pennywhistleglamping.example/fr/acces?ref=mail

Bien à vous,
Solène""")),

    C("pw28-nom-reservation", "fr", "closed", {"unanswered-question": 1},
      "Bernard Lefebvre <bernard.lefebvre@example.fr>", "gmail", "Arrivée tardive et nom sur la réservation",
      "Late arrival answered (key box), the name check on the booking is not.",
      cu("11-02 17:15", """Bonjour,

J'ai réservé la roulotte Lapwing pour le 12 décembre. Pourriez-vous me confirmer que la réservation est bien au nom de M. et Mme Lefebvre ? Le site l'a enregistrée au nom de ma société. Par ailleurs, notre vol arrive tard : est-il possible d'arriver après 22 h ?

Cordialement,
Bernard Lefebvre""", tz=1, uq=1),
      ag("solene", "11-03 09:05", """Bonjour Monsieur Lefebvre,

Aucun problème pour une arrivée tardive : la roulotte sera ouverte et chauffée, et la clé vous attendra dans la boîte à clés à côté de la porte (le code vous sera envoyé par SMS la veille).

Bien cordialement,
Solène""")),

    C("pw29-anniversaire-devis", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Nadia Benali <nadia.benali@example.fr>", "apple_fr", "Anniversaire pour 15 personnes",
      "Quote promised 'd'ici vendredi', sent the next Wednesday after a chase: missed.",
      cu("11-09 20:45", """Bonjour,

Pour les 50 ans de mon mari, j'aimerais réserver plusieurs yourtes et roulottes pour 15 personnes du 8 au 10 janvier. Est-ce possible à ces dates ? Je voudrais aussi savoir si le bain nordique peut être réservé uniquement pour notre groupe le samedi soir.

Merci,
Nadia Benali""", tz=1),
      ag("solene", "11-10 10:30", """Bonjour Nadia,

Quelle belle idée ! Les dates sont libres, et oui, le bain nordique peut être privatisé pour votre groupe le samedi soir de 18 h à minuit.

Je prépare le devis complet avec les hébergements et le bain, et je vous l'envoie d'ici vendredi.

Bien à vous,
Solène""", promises=[("11-13", 4)]),
      cu("11-17 19:20", """Bonjour Solène,

Je me permets de revenir vers vous au sujet du devis, je n'ai encore rien reçu. Mes invités attendent la confirmation pour réserver leurs billets.

Bonne soirée,
Nadia""", tz=1, chase=True),
      ag("solene", "11-18 09:40", """Bonjour Nadia,

Toutes mes excuses pour ce retard. Voici le devis : 2 180 £ pour trois yourtes et trois roulottes, bain nordique privatisé compris. Un acompte de 30 % suffit pour bloquer les dates.

Bien à vous,
Solène""", attach=[("application/pdf", "Devis-D-26-041.pdf", DEVIS_PDF)])),

    C("pw30-perro-pequeno", "es", "closed", {"unanswered-question": 1},
      "Javier Montoya <javier.montoya@example.es>", "gmail_es", "Perro y jacuzzi",
      "Small dog and hot tub price answered; the invoice for an earlier stay is not sent.",
      cu("11-05 18:35", """Hola Nuria:

Volvemos en enero, esta vez con Tula, nuestra perrita (es una teckel miniatura). ¿Aceptan perros pequeños en las yurtas? ¿Cuánto cuesta el jacuzzi ahora? El año pasado eran 30 libras. Y otra cosa: ¿me podrían mandar la factura de nuestra estancia de agosto? La necesito para la declaración.

Gracias,
Javier""", tz=1, uq=1),
      ag("nuria", "11-06 09:20", """Hola Javier:

¡Qué alegría que volváis! Los perros sólo pueden alojarse en las cabañas de pastor (Wren, Curlew y Lapwing), no en las yurtas, por las alfombras y las estufas; Tula sería bienvenida en cualquiera de las tres por 20 £ la estancia. El jacuzzi cuesta ahora 35 £ el turno de dos horas.

Un saludo,
Nuria""")),

    C("pw31-nochevieja", "es", "closed", {"missed-follow-up": 1},
      "Marta Iglesias <marta.iglesias@example.com>", "gmail_es", "Nochevieja para seis",
      "New Year's Eve package for six: Nuria promises to write on Monday after asking the team and never does.",
      cu("11-04 22:15", """Buenas noches:

Somos seis amigos y nos gustaría pasar la Nochevieja con ustedes, del 30 de diciembre al 2 de enero. He visto en Instagram que hacen una cena en el granero. ¿Queda sitio para seis? ¿Qué incluye el paquete?

Saludos,
Marta""", tz=1),
      ag("nuria", "11-05 10:10", """Hola, Marta:

¡Gracias por escribir! Este año la cena de Nochevieja está casi completa y el menú aún no está cerrado, así que lo consulto con el equipo de cocina y le escribo el lunes con las plazas y el precio.

Un saludo,
Nuria""", promises=[("11-09", None)])),

    C("pw32-andador-madre", "es", "pending", {},
      "Carmen Ruiz Solano <carmen.ruizsolano@example.es>", "gmail_es", "Accesibilidad para mi madre",
      "Base64 mail about a mother with a walking frame: path surface, shower rails and distance, all answered.",
      cu("11-17 12:40", """Hola:

Quiero regalarle a mi madre (78 años) unos días en la yurta Rowan. Usa andador. ¿El camino desde el aparcamiento hasta la yurta es de grava o es liso? ¿Hay barras para agarrarse en la ducha? ¿A qué distancia está el aparcamiento?

Muchas gracias,
Carmen""", tz=1, cte="base64"),
      ag("nuria", "11-17 16:05", """Hola, Carmen:

Rowan es justo la yurta pensada para eso. El coche se deja a 15 metros de la puerta, y el camino es de resina compactada, liso y sin escalones, así que el andador rueda sin problema. En el baño hay barras a ambos lados de la ducha, asiento plegable y suelo antideslizante.

Un saludo,
Nuria""", cte="base64")),

    C("pw33-wedding-guests", "en", "pending", {"unanswered-question": 2},
      "Felicity Armitage <felicity.armitage@example.com>", "outlook", "Wedding guests - June",
      "Long paragraph with four requests buried in it: one-night minimum and breakfast answered, the late minibus and the deposit terms not.",
      cu("11-18 12:50", """Hello,

We're getting married at Walcot Hall on Saturday 12 June and a lot of our friends are coming from London, so we'd love to put them up at Pennywhistle if we can take the whole site for that night. I know from your website that you normally have a two-night minimum at weekends in summer, so I was wondering whether you'd consider a single night for a whole-site booking, as most people will be heading home on the Sunday. The reception finishes at midnight and we've hired a minibus - would it be possible for it to drop everyone at your gate at about half past twelve, or would that disturb the farm too much? It would also be lovely to do a relaxed breakfast for everyone on the Sunday morning, is there somewhere on site we could set that up? Please also send me your terms for the deposit and the balance, as my fiancé wants to see them before we commit.

Thank you so much, we stayed in Rowan two years ago and loved it.

Felicity Armitage""", uq=2),
      ag("fern", "11-19 09:45", """Hi Felicity,

Congratulations to you both! For a whole-site booking we're happy to make an exception and do a single Saturday night - we'd rather have a full site of wedding guests for one night than half a site for two.

For the Sunday, the barn has two long tables that seat 24, a range cooker and a big urn; you're welcome to use it from 8am, or we can put on hampers and a bacon-roll station for £14 a head.

Best wishes,
Fern""")),

    C("pw34-hot-tub-colleague", "en", "closed", {},
      "Ian Blackwood <ian.blackwood@example.org>", "gmail", "Hot tub temperature",
      "Bryony passes the hot tub questions to Callum, who answers the same afternoon (a colleague keeps the promise).",
      cu("11-09 09:10", """Hello,

Quick one about the hot tub: what temperature is it kept at, and can we use it late at night? We're thinking of a midnight soak on my wife's birthday.

Ian"""),
      ag("bryony", "11-09 10:00", """Hi Ian,

Callum looks after the tub, so I've passed this to him - he'll be in touch later today.

Bryony""", promises=[("11-09", 3)]),
      ag("callum", "11-09 15:35", """Hi Ian,

It's heated by the wood stove to about 38-39 °C and we keep it topped up until the last slot, which runs 10pm to midnight. Book that one and a midnight birthday soak is all yours.

Callum""")),

    C("pw35-ring-cleaners", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Lauren Pike <lauren.pike@example.net>", "iphone", "Lost ring + hot tub refund",
      "Lost ring: the agent will ask the cleaners and get back (no deadline: 2-day window), never does; the hot tub refund request is skipped.",
      cu("11-15 20:05", """Hi

We left Bramble this morning and I've just realised my engagement ring isn't in my wash bag. It's a thin gold band with a small sapphire. I think I took it off by the sink in the bathroom. Could you ask your cleaners if they've seen it??

Also, could you refund the hot tub slot we didn't get to use on Saturday? It was out of action because of the broken pump.

Lauren

Sent from my iPhone""", uq=1),
      ag("bryony", "11-16 09:00", """Hi Lauren,

Oh no, I'm sorry - that must be worrying. Bramble was cleaned yesterday afternoon and nothing was handed in to the office, but let me find out from the cleaning team whether anyone noticed it and I'll get back to you.

Bryony""", promises=[("window", None)])),

    C("pw36-late-checkout-monday", "en", "closed", {"unanswered-question": 1},
      "Harriet Quinn <harriet.quinn@example.com>", "gmail", "Monday check out",
      "The agent answers early check-in instead of the late check-out that was asked; the farm-shop question is answered.",
      cu("11-06 14:15", """Hi,

We're in Hawthorn from Friday 27th to Monday 30th. Could we check out at 2pm instead of 10:30 on the Monday? Our train isn't until 4. Is the farm shop open on Sundays, by the way?

Thanks,
Harriet""", uq=1),
      ag("bryony", "11-06 16:30", """Hi Harriet,

Check-in on the Friday is from 3pm, but Hawthorn is free the night before you so you're welcome from 1pm. The farm shop opens 10-4 on Sundays (eggs, bread, local cheese and a very good pork pie).

Bryony""")),

    C("pw37-firewood-figure", "en", "pending", {},
      "Danny Wu <danny.wu@example.com>", "android", "Firewood and walks",
      "Two questions answered with a bare figure and a bare link.",
      cu("11-18 17:30", """Hey, how much is an extra basket of firewood? And is there a map of walks from the site anywhere?

Danny

Sent from Outlook for Android"""),
      ag("callum", "11-18 18:05", """£8.

https://pennywhistleglamping.example/walks

Callum""", sig=False)),

    C("pw38-staff-vouchers", "en", "closed", {},
      "Oliver Grant <oliver.grant@thistledown.example>", "outlook", "10 gift vouchers for staff",
      "Company buys ten vouchers; invoice and delivery answered; signature carries a '?' URL and a question-like slogan; thanks-only close.",
      cu("11-02 10:40", """Hello,

We'd like to give each of our 10 staff a £100 Pennywhistle voucher as a Christmas present. Can you issue them as e-vouchers rather than cards, and could you invoice the company so we can pay by BACS?

Best regards,
Oliver Grant
Office Manager
Thistledown Architects LLP
Planning an extension? Talk to us: https://thistledown.example/contact?src=email"""),
      ag("gideon", "11-02 12:05", """Dear Oliver,

What a generous present. Invoice PW-10822 for £1,000 is attached, payable by BACS within 30 days. As soon as it's paid I'll email you ten e-vouchers as PDFs, each with its own code, so you can forward them or print them.

Kind regards,
Gideon""", attach=[("application/pdf", "PW-10822.pdf", INVOICE_PDF)]),
      cu("11-02 12:30", """Perfect - thanks Gideon, I'll pass the invoice to accounts today.

Oliver Grant
Office Manager
Thistledown Architects LLP
Planning an extension? Talk to us: https://thistledown.example/contact?src=email""", thanks=True)),

    C("pw39-out-of-office", "en", "pending", {},
      "Karen Mbeki <karen.mbeki@example.org>", "outlook", "Parking for two cars",
      "Answered question followed by the customer's own out-of-office reply (automatic, ignored).",
      cu("11-17 08:50", """Hi,

There are six of us coming to Bramble and Rowan in two cars. Is there room to park both cars near the yurts?

Karen"""),
      ag("bryony", "11-17 10:20", """Hi Karen,

Yes - each yurt has its own bay, and Rowan's is right by the door, so both cars will be close.

Bryony"""),
      auto("11-17 10:21", """Thank you for your email. I am out of the office until Monday 23 November with limited access to email. For anything urgent please contact reception on 0161 496 0823.

Karen Mbeki""", subject="Automatic reply: Parking for two cars", quote=False,
           to="Bryony Ashworth <bryony@pennywhistleglamping.example>")),

    C("pw40-new-question-waiting", "en", "open", {"awaiting-reply": 1},
      "Rob Silverstone <rob.silverstone@example.co.uk>", "gmail", "Stargazing",
      "First question answered; a new question two days later sits without a reply.",
      cu("11-16 21:15", """Hi,

Is Pennywhistle dark enough for proper stargazing? I've read that Clun is a dark sky area.

Rob"""),
      ag("callum", "11-17 09:05", """Hi Rob,

It really is - we're inside the Shropshire Hills dark sky zone and on a clear night you'll see the Milky Way from the hot tub.

Callum"""),
      cu("11-18 20:30", """Brilliant, thanks. Do you have a telescope guests can borrow, or should I bring mine?

Rob""")),

    C("pw41-fresh-this-morning", "en", "open", {},
      "Meera Chaudhry <meera.chaudhry@example.com>", "apple", "Booking for my parents' anniversary",
      "New mail this morning with only the automatic acknowledgement: open, still inside the response target.",
      cu("11-20 09:35", """Hello,

I'd like to book a surprise two nights for my parents' 40th wedding anniversary in early January. Which of your huts or yurts would you recommend for a couple in their late sixties? My dad isn't keen on steps.

Kind regards,
Meera"""),
      ack("11-20 09:36")),

    C("pw42-ev-charging-afterthought", "en", "pending", {"unanswered-question": 1},
      "Paul Tennant <paul.tennant@example.net>", "apple", "Check-in time",
      "Question answered, thanks with an afterthought question about EV charging; the reply only wishes a good stay.",
      cu("11-15 18:30", """Hi,

What time can we check in on Friday? We're driving up from Cardiff.

Paul"""),
      ag("bryony", "11-16 09:10", """Hi Paul,

Check-in is from 3pm on Friday - the hut will be warm and ready for you.

Bryony"""),
      cu("11-16 10:25", """Thanks Bryony. One more thing - is there anywhere to charge an electric car on site or nearby? We'll be cutting it fine on range.

Paul""", uq=1),
      ag("bryony", "11-16 11:40", """You're welcome, Paul - have a lovely stay and safe drive up!

Bryony""")),

    C("pw43-accessible-path-handover", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Diane Holloway <diane.holloway@example.org>", "owa", "Path to the hot tub",
      "Bryony promises the path measurements 'tomorrow'; Fern sends them two days later (missed); the steps question is answered, the shower-chair loan is not.",
      cu("11-03 09:45", """Hello,

My son is 14 and uses a wheelchair. We've booked Rowan for half term. Could you tell me the width of the path from Rowan to the hot tub deck, and whether there are any steps on the deck itself? We'd also need a shower chair - please could you lend us one for the stay?

Many thanks,
Diane Holloway""", uq=1),
      ag("bryony", "11-03 11:30", """Hi Diane,

There are two shallow steps up to the deck, but there's a ramp on the far side which most guests don't notice. I'll measure the path to the deck myself and email you the width tomorrow.

Bryony""", promises=[("11-04", 3)]),
      ag("fern", "11-05 15:20", """Hi Diane,

Bryony has asked me to pick this up. The path from Rowan to the deck is 1.4 metres at its narrowest point, level resin the whole way, and the ramp on the far side of the deck has a handrail.

Best wishes,
Fern""")),

    C("pw44-prosecco-surprise", "en", "closed", {},
      "Sam Whitfield <samwhitfield@example.com>", "iphone", "Surprise for my girlfriend",
      "Proposal set-up: add-on and secrecy both answered; thanks-only reply.",
      cu("11-04 22:50", """Hi guys

I'm planning to propose when we stay in Wren on the 14th. Could you put a bottle of prosecco and some candles in the hut before we arrive? And please don't mention anything in the emails - she reads the booking confirmations too!

Sam

Sent from my iPhone"""),
      ag("fern", "11-05 09:30", """Hi Sam,

How exciting! Prosecco on ice and lanterns lit on the steps at 5pm - all booked, £35, and I've flagged your booking so nothing about it goes in any email. Good luck!

Fern"""),
      cu("11-05 09:42", """Legend, thank you!!

Sent from my iPhone""", thanks=True)),

    C("pw45-scorched-rug-photo", "en", "closed", {},
      "Nicola Haworth <nicola.haworth@example.com>", "gmail", "Accident with the rug in Hawthorn",
      "The guest sends a second mail with a photo before any reply (new information, not a chase); answered the next morning.",
      cu("11-08 12:20", """Hello,

We checked out of Hawthorn this morning and I wanted to own up: a log rolled out of the burner last night and scorched the rug in front of it. Nobody was hurt. Will you be taking something off our deposit for it?

Nicola"""),
      cu("11-08 12:34", """Here's a photo of the mark so you can see how big it is - it's about the size of a 50p.

Nicola""", attach=[("image/png", "rug.png", RUG_PNG)]),
      ag("callum", "11-09 09:00", """Hi Nicola,

Thank you for telling us - and for the photo. No, you won't lose anything from the deposit; it's a sheepskin-style rug we keep spares of for exactly this reason. The burner doors are getting new latches this week.

Callum""")),

    C("pw46-inline-three-of-two", "en", "closed", {"unanswered-question": 1},
      "Martin Clegg <martin.clegg@example.co.uk>", "thunderbird", "Curlew - fishing, bikes, towels",
      "Inline reply that answers two of three questions under the quoted lines and leaves the third quoted without an answer.",
      cu("11-10 07:55", """Morning,

A few questions for our stay in Curlew next month:

Is there anywhere to fish nearby - the River Clun?
Can we store two bikes somewhere dry overnight?
Do you provide towels for the hot tub, or should we bring our own?

Martin""", uq=1),
      ag("bryony", "11-10 10:15", """Hi Martin,

> Is there anywhere to fish nearby - the River Clun?

Yes, Clun Angling Club sells day tickets for the stretch below the village - £10 from the pub.

> Can we store two bikes somewhere dry overnight?

The barn has a bike rack and it's locked at night; ask for the code when you arrive.

> Do you provide towels for the hot tub, or should we bring our own?

Bryony""", quote=False)),
]

CASES += [
    C("pw47-gutschein-fehlt", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Heike Brandstätter <heike.brandstaetter@example.at>", "outlook_de", "Gutschein nicht erhalten",
      "Paid voucher not received; the agent promises to send it the same day and does not; the customer chases, no reply since.",
      cu("11-13 08:30", """Sehr geehrte Damen und Herren,

am 6. November habe ich auf Ihrer Website einen Gutschein über 200 £ gekauft und bezahlt (Bestellnummer GV-2352), aber bis heute keine E-Mail mit dem Gutschein bekommen. Können Sie bitte nachsehen, was da schiefgelaufen ist?

Mit freundlichen Grüßen
Heike Brandstätter""", tz=1),
      ag("lotte", "11-13 10:05", """Sehr geehrte Frau Brandstätter,

danke für den Hinweis, da ist bei uns offenbar etwas hängen geblieben - die Zahlung ist angekommen. Ich schicke Ihnen den Gutschein heute noch per E-Mail.

Viele Grüße
Lotte Brandt""", promises=[("11-13", None)]),
      cu("11-17 14:50", """Sehr geehrte Frau Brandt,

leider ist bis heute nichts angekommen, auch nicht im Spam-Ordner. Ich warte immer noch auf den Gutschein, und Weihnachten rückt näher.

Mit freundlichen Grüßen
Heike Brandstätter""", tz=1, chase=True)),

    C("pw48-bain-nordique", "fr", "pending", {"unanswered-question": 1},
      "Élise Moreau <elise.moreau@example.be>", "apple_fr", "Bain nordique et parking",
      "Belgian couple: private tub and an evening slot answered, the question about the car park is not.",
      cu("11-16 19:10", """Bonjour,

Nous avons réservé la roulotte Curlew du 4 au 6 décembre. Le bain nordique est-il privatif, ou partagé avec les autres hôtes ? Peut-on réserver un créneau le soir de notre arrivée, vers 20 h ? Enfin, j'aimerais savoir si le parking est surveillé, car nous aurons nos vélos sur le toit de la voiture.

Merci et à bientôt,
Élise""", tz=1, uq=1),
      ag("solene", "11-17 09:30", """Bonjour Élise,

Le bain est réservé à un seul groupe à la fois, par créneaux de deux heures, donc vous l'aurez pour vous seuls. J'ai noté le créneau de 20 h à 22 h le vendredi 4 décembre ; il sera chaud à votre arrivée.

Bien à vous,
Solène""")),

    C("pw49-bono-caduca", "es", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Andrés Villalobos <andres.villalobos@example.com>", "gmail_es", "Bono regalo que caduca",
      "Voucher about to expire: only the acknowledgement for three days, a chase, then both questions answered.",
      cu("11-13 11:00", """Hola:

Me regalaron un bono para una noche en una yurta (GV-2310), pero caduca el 30 de noviembre y por trabajo no puedo ir antes. ¿Es posible prorrogarlo unos meses? ¿O cambiarlo por un bono de otro importe para ir en primavera con mi pareja, que costaría más?

Gracias de antemano,
Andrés""", tz=1),
      ack("11-13 10:01"),
      cu("11-16 10:30", """Buenos días:

¿Hay alguna novedad sobre mi bono? Sigo esperando respuesta y se acerca la fecha de caducidad.

Andrés""", tz=1, chase=True),
      ag("nuria", "11-16 12:15", """Hola, Andrés:

Disculpe la demora. Ya le he prorrogado el bono GV-2310 hasta el 31 de mayo de 2027. El importe del bono no se puede cambiar, pero no hace falta: si en primavera reservan algo más caro, se descuenta el bono y pagan sólo la diferencia.

Un saludo,
Nuria""")),

    C("pw50-yoga-retreat-list", "en", "pending", {"unanswered-question": 2},
      "Tamsin Okonkwo <tamsin@stillwateryoga.example>", "outlook", "Yoga retreat - May 2027",
      "Numbered list of four requests; the reply answers items 1 and 3 and never mentions the discount or the photos.",
      cu("11-17 15:25", """Hi there,

I run small yoga retreats and I'm looking for a venue for 12 people in May. A few things I need to know before I can put it in our programme:

1. Can we use the barn for two yoga sessions a day (7am and 6pm)?
2. Is there a discount if we book five nights rather than three?
3. Could your kitchen do vegan evening meals for the group, or would we need our own cook?
4. Please send me a few photos of the barn interior that I can use in our brochure.

With thanks,
Tamsin Okonkwo
Stillwater Yoga
https://stillwateryoga.example/retreats?season=2027""", uq=2),
      ag("fern", "11-18 10:00", """Hi Tamsin,

The barn is yours from 6am to 10pm when you take the whole site, so both sessions are fine - it has a sprung oak floor, underfloor heating and a stack of mats. We don't run a kitchen ourselves, but Clun Valley Kitchen cater here often and do a lovely vegan menu at about £22 a head; I can put you in touch.

Best wishes,
Fern""")),
]

CASES += [
    C("pw51-cama-supletoria", "es", "closed", {"unanswered-question": 1},
      "Rocío Benítez <rocio.benitez@example.es>", "gmail", "Reserva Rowan - algunas dudas",
      "Extra bed and firewood answered; the request for the exact address for the satnav is not.",
      cu("11-09 21:00", """Hola:

Tenemos reservada la yurta Rowan del 27 al 29 de noviembre. ¿Se puede añadir una cama supletoria para nuestro hijo de 12 años? ¿La leña está incluida o hay que pagarla aparte? Y por favor, envíenme la dirección exacta para el GPS, porque con el código postal Google Maps nos lleva a otra granja.

Gracias,
Rocío""", tz=1, uq=1),
      ag("nuria", "11-10 09:45", """Hola, Rocío:

Sí, ponemos una cama plegable con ropa de cama para su hijo, sin coste. Dos redes de leña van incluidas con la yurta; si necesitan más, hay cestas a 8 £ en el cobertizo.

Un saludo,
Nuria""")),

    C("pw52-fruehstueck-glutenfrei", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Dirk Wallner <dirk.wallner@example.de>", "gmail_de", "Frühstückskorb und Reiten",
      "Breakfast hamper booked, gluten-free bread promised 'bis Freitag' and never confirmed; riding lessons question ignored.",
      cu("11-10 19:30", """Hallo Frau Brandt,

für unseren Aufenthalt in Lapwing vom 27. bis 29. November würden wir gern an beiden Tagen Ihren Frühstückskorb bestellen. Meine Frau verträgt kein Gluten - gibt es den Korb auch glutenfrei? Und bieten Sie Reitstunden auf dem Hof an, oder kennen Sie jemanden in der Nähe?

Schöne Grüße
Dirk Wallner""", tz=1, uq=1),
      ag("lotte", "11-11 09:20", """Hallo Herr Wallner,

den Frühstückskorb habe ich für beide Tage eingetragen (18 £ pro Person und Tag). Ob unsere Bäckerei glutenfreies Brot liefern kann, frage ich nach und gebe Ihnen bis Freitag Bescheid.

Viele Grüße
Lotte Brandt""", promises=[("11-13", None)])),

    C("pw53-template-reply", "en", "pending", {"unanswered-question": 2},
      "Chloe Rutherford <chloe.rutherford@example.com>", "gmail", "December weekend?",
      "A canned reply points to the booking page and check-in times; the barbecue and children-in-the-tub questions are not touched.",
      cu("11-18 13:05", """Hi,

Do you have anything free for the weekend of 11-13 December for two adults and two kids (9 and 6)? Is there a barbecue we can use, or can we bring our own? And are children allowed in the hot tub?

Thanks,
Chloe""", uq=2),
      ag("bryony", "11-18 15:20", """Hi Chloe,

Thank you for your enquiry! You can see live availability for all our yurts and huts, and book instantly, at https://pennywhistleglamping.example/book?from=email

Check-in is from 3pm and check-out by 10:30am. If you have any other questions, our FAQ is at https://pennywhistleglamping.example/faq

Best wishes,
Bryony""")),

    C("pw54-bon-cadeau-france", "fr", "closed", {},
      "Sylvie Marchand <sylvie.marchand@example.fr>", "gmail", "Bon cadeau depuis la France",
      "French buyer of a voucher: online purchase, email delivery and validity answered; thanks-only close.",
      cu("11-04 10:15", """Bonjour,

Ma fille vit à Shrewsbury et j'aimerais lui offrir un séjour chez vous pour Noël. Est-il possible d'acheter un bon cadeau en ligne depuis la France, avec une carte française ? Le bon peut-il être envoyé par e-mail, directement à elle ? Et quelle est sa durée de validité ?

Cordialement,
Sylvie Marchand""", tz=1),
      ag("solene", "11-04 14:40", """Bonjour Madame Marchand,

Bien sûr : toutes les cartes bancaires sont acceptées sur notre boutique en ligne, et au moment de l'achat vous pouvez indiquer l'adresse e-mail de votre fille pour qu'elle reçoive le bon directement, le jour de votre choix. Il est valable deux ans.

Voici le lien : https://pennywhistleglamping.example/fr/bons-cadeaux

Bien cordialement,
Solène"""),
      cu("11-04 15:05", """Merci beaucoup, c'est parfait !

Sylvie Marchand""", thanks=True)),

    C("pw55-kettle-heater-tub", "en", "pending", {},
      "Geoff Lindqvist <geoff.lindqvist@example.org>", "outlook", "Couple of questions before Friday",
      "Three questions answered out of order in a top-posted reply over the Outlook quote.",
      cu("11-18 16:40", """Hello,

We arrive in Wren on Friday. My wife feels the cold terribly - would it be all right to bring our small electric fan heater? Is there a kettle and coffee in the hut, or should we bring our own? Lastly, is the hot tub chlorinated? Our daughter has eczema and chlorine sets it off.

Regards,
Geoff Lindqvist"""),
      ag("callum", "11-19 09:15", """Hi Geoff,

The hut has a kettle, a cafetière and a bag of ground coffee from the roastery in Bishop's Castle, plus tea and milk in the fridge.

The tub water is treated with a low dose of bromine, not chlorine, and it's changed after every stay - most guests with sensitive skin are fine with it.

Please leave the fan heater at home though: the hut's wiring runs off a small solar system and won't take it. With the wood burner and the oil radiator already in Wren it's warm as toast, and there are extra blankets in the window seat.

Callum""")),
]

UNANSWERED: dict[str, list[str]] = {
    "pw02-rowan-wheelchair": [
        "Could you also let me know whether there's any way for me to get into the hot tub - is there a hoist, or is it steps only?"],
    "pw05-voucher-for-sister": [
        "Could you write \"Happy 40th Jo - hot tub's on me! Love H x\" inside the card?",
        "Is it possible to pay by bank transfer?"],
    "pw07-familie-kern-anreise": [
        "Könnten Sie uns vielleicht am Bahnhof Knighton abholen?"],
    "pw14-christmas-yurt": [
        "I was wondering whether we're allowed to bring a small real Christmas tree to put up inside."],
    "pw18-voucher-february": [
        "Please could you also send me a new copy of GV-2291 - the original got soaked on my bike ride home and the code is hard to read."],
    "pw26-storno-november": [
        "Außerdem würde ich gern wissen, ob der Gutschein meiner Schwiegermutter (GV-2204) auf mich übertragbar ist"],
    "pw28-nom-reservation": [
        "Pourriez-vous me confirmer que la réservation est bien au nom de M. et Mme Lefebvre ?"],
    "pw30-perro-pequeno": [
        "¿me podrían mandar la factura de nuestra estancia de agosto?"],
    "pw33-wedding-guests": [
        "would it be possible for it to drop everyone at your gate at about half past twelve, or would that disturb the farm too much?",
        "Please also send me your terms for the deposit and the balance, as my fiancé wants to see them before we commit."],
    "pw35-ring-cleaners": [
        "Also, could you refund the hot tub slot we didn't get to use on Saturday?"],
    "pw36-late-checkout-monday": [
        "Could we check out at 2pm instead of 10:30 on the Monday?"],
    "pw42-ev-charging-afterthought": [
        "is there anywhere to charge an electric car on site or nearby?"],
    "pw43-accessible-path-handover": [
        "We'd also need a shower chair - please could you lend us one for the stay?"],
    "pw46-inline-three-of-two": [
        "Do you provide towels for the hot tub, or should we bring our own?"],
    "pw48-bain-nordique": [
        "Enfin, j'aimerais savoir si le parking est surveillé, car nous aurons nos vélos sur le toit de la voiture."],
    "pw50-yoga-retreat-list": [
        "Is there a discount if we book five nights rather than three?",
        "Please send me a few photos of the barn interior that I can use in our brochure."],
    "pw51-cama-supletoria": [
        "Y por favor, envíenme la dirección exacta para el GPS, porque con el código postal Google Maps nos lleva a otra granja."],
    "pw52-fruehstueck-glutenfrei": [
        "Und bieten Sie Reitstunden auf dem Hof an, oder kennen Sie jemanden in der Nähe?"],
    "pw53-template-reply": [
        "Is there a barbecue we can use, or can we bring our own?",
        "And are children allowed in the hot tub?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice62 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
