#!/usr/bin/env python3
"""Regenerate ``tests/practice24/``: a labelled corpus of Hearthstone Bakery Wholesale.

A support mailbox of a fictional wholesale bakery that supplies bread, pastries and cakes to
cafés, hotels, schools and delis (standing orders, delivery rounds and drop times, allergen
sheets, price lists, credit accounts and invoices, celebration cakes, holiday schedules),
written without looking at the detection heuristics, with many customer questions. Audited
at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``hearthstonebakery.example``.

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

Usage: python scripts/make_practice24_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "hearthstonebakery.example"
ORDERS = "Hearthstone Bakery Orders <orders@hearthstonebakery.example>"

AGENTS = {
    "rosa": ("Rosa Penhaligon <rosa@hearthstonebakery.example>", "thunderbird", """-- 
Rosa Penhaligon
Orders Desk | Hearthstone Bakery Wholesale
Unit 7, Tannery Yard, London SE16 | 020 7946 0381
Order online: https://hearthstonebakery.example/trade?ref=sig"""),
    "owen": ("Owen Trevithick <owen@hearthstonebakery.example>", "outlook", """Owen Trevithick
Delivery Rounds & Dispatch | Hearthstone Bakery Wholesale
Drivers leave the bakery from 4:45am. Questions about your round? Reply to this e-mail."""),
    "hattie": ("Hattie Blackmore <hattie@hearthstonebakery.example>", "outlook", """Hattie Blackmore
Trade Accounts & Credit Control | Hearthstone Bakery Wholesale
This e-mail and any attachment are confidential and intended only for the addressee."""),
    "amara": ("Amara Quist <amara@hearthstonebakery.example>", "apple", """Amara Quist
Celebration Cakes & Allergens | Hearthstone Bakery Wholesale
https://hearthstonebakery.example/cakes?from=email"""),
    "jonas": ("Jonas Wendt <jonas@hearthstonebakery.example>", "thunderbird_de", """-- 
Jonas Wendt
Kundenbetreuung (DE/AT/CH) | Hearthstone Bakery Wholesale
https://hearthstonebakery.example/de/handel?ref=signatur"""),
    "margot": ("Marguerite Fauvel <marguerite@hearthstonebakery.example>", "apple_fr", """Marguerite Fauvel
Service clients francophones | Hearthstone Bakery Wholesale
https://hearthstonebakery.example/fr?utm_source=email"""),
    "ines": ("Inés Calvo <ines@hearthstonebakery.example>", "gmail_es", """--
Inés Calvo
Atención al cliente (ES) | Hearthstone Bakery Wholesale
+44 20 7946 0388"""),
}

ACK = {
    "en": """Hello,

Thank you for writing to Hearthstone Bakery Wholesale. This is an automatic
confirmation: your message is logged as ticket {ref}. The orders desk is staffed
Monday to Saturday, 5am-2pm, and we will reply within 24 hours.

For changes to tomorrow's delivery after 2pm please call 020 7946 0381.

Hearthstone Bakery Wholesale - Orders Desk
https://hearthstonebakery.example/help?ticket={ref}""",
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
    "helpdesk": ["X-Mailer: Hearthstone Desk 3.2"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hb.", outlook_server="LO2P26")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice24", title="Hearthstone Bakery Wholesale", desk=ORDERS, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="HB-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

ALLERGEN_PDF = mailcraft.pdf(["Hearthstone Bakery Wholesale - Allergen sheet 11/2026",
                              "Brioche bun 80g: WHEAT, EGG, MILK. May contain: SESAME",
                              "Pain au chocolat: WHEAT, MILK, EGG, SOYA",
                              "Listed: the 14 regulated allergens for each product."])
QUOTE_PDF = mailcraft.pdf(["Hearthstone Bakery Wholesale - Quotation Q-2611-044",
                           "Seeded loaf 800g, sliced, 40 per day Mon-Sat",
                           "Unit price GBP 1.35 + slicing GBP 0.08, ex VAT (zero-rated)",
                           "Valid until 31 December 2026"])
TART_PDF = mailcraft.pdf(["Hearthstone Bakery Wholesale - Fiche allergenes tartes",
                          "Tarte aux pommes: BLE, OEUF, LAIT",
                          "Tarte au citron: BLE, OEUF, LAIT",
                          "Tarte Bourdaloue: BLE, OEUF, LAIT, AMANDES"])
STATEMENT_PDF = mailcraft.pdf(["Hearthstone Bakery Wholesale - Invoice HB-20419",
                               "Marigold Kitchen, 3 Lantern Street, London E8",
                               "Delivered 2-7 November 2026: 312 items",
                               "Total GBP 486.20"])
CAKE_PNG = mailcraft.png(12, 8, lambda x, y: (240 - 8 * y, 200 + x * 3, 170))

CASES: list[Case] = [
    C("h01-brewhouse-standing-order", "en", "closed", {},
      "Tamsin Rowe <tamsin@brewhouse-cafe.example>", "gmail", "Saturday order changes",
      "Three questions about a standing order answered in one paragraph, out of order.",
      cu("11-02 08:40", """Hi Rosa,

Saturdays have got busier since the market moved next to us, so a few things:

- Can we add 10 large sourdough loaves to the Saturday standing order only?
- Is there any chance of an earlier drop on Saturdays, ideally before 7?
- How much is the seeded rye at the moment? It's not on the sheet you sent in September.

Thanks!
Tamsin
Brewhouse Café, Bermondsey"""),
      ag("rosa", "11-02 10:15", """Hi Tamsin,

Good news all round: the seeded rye is £2.10 a loaf (ex VAT, same as the sourdough), the Saturday van can reach you at 6:40 from this week, and I've added the 10 large sourdough to Saturdays only - weekdays stay as they are.

Best,
Rosa""")),

    C("h02-grand-marlow-allergens", "en", "closed", {"unanswered-question": 1},
      "Declan Frye <d.frye@grandmarlowhotel.example>", "outlook", "Allergen sheets - brioche and pain au chocolat",
      "Allergen sheets sent as a PDF; the nut-free-area question under them is skipped; thanks-only close.",
      cu("11-03 07:50", """Good morning,

We have an inspection next week. Please send the current allergen sheet for the brioche buns and the pain au chocolat. Could you also tell me whether the croissants are made in a nut-free area?

Kind regards,
Declan Frye
Head Chef, The Grand Marlow Hotel""", uq=1),
      ag("amara", "11-03 11:20", """Dear Declan,

Please find the current allergen sheet attached (November 2026 revision). The brioche buns contain wheat, egg and milk and may contain sesame; the pain au chocolat contains wheat, milk, egg and soya.

Good luck with the inspection.

Warm regards,
Amara""", attach=[("application/pdf", "allergens-2026-11.pdf", ALLERGEN_PDF)]),
      cu("11-03 12:02", """Got them, many thanks Amara.

Declan""", thanks=True)),

    C("h03-st-aldhelms-christmas", "en", "pending", {"unanswered-question": 2},
      "Bev Castellano <kitchen@staldhelms-primary.example>", "gmail", "Christmas week deliveries",
      "School asks three things about the last week of term; the reply confirms the delivery date only.",
      cu("11-16 09:05", """Hello,

Term ends on Wednesday 23 December this year. Will you still deliver to us that morning? What is the last day we can change the order for the final week of term? Also, please send us the 2027 price list, our bursar needs it before the budget meeting.

Many thanks,
Bev Castellano
Catering Manager, St Aldhelm's Primary School""", uq=2),
      ag("owen", "11-16 13:30", """Hi Bev,

Yes, we deliver on Wednesday 23 December as normal - your drop stays at 7:15 at the kitchen door on Orchard Lane.

Regards,
Owen""")),

    C("h04-larder-loaf-inline", "en", "closed", {},
      "Marcus Ilori <marcus@larderandloaf.example>", "thunderbird", "Paying invoices",
      "Three billing questions answered inline under the quoted lines: a bare yes, a no with detail, and 'Done'.",
      cu("11-04 14:12", """Hi,

We've just moved our banking and I have a few quick ones:

Can we pay by bank transfer instead of card from now on?
Is VAT included in the unit prices on your price list?
Could the invoices go to accounts@larderandloaf.example instead of me?

Cheers,
Marcus
Larder & Loaf Deli"""),
      ag("hattie", "11-04 16:05", """Hi Marcus,

> Can we pay by bank transfer instead of card from now on?

Yes.

> Is VAT included in the unit prices on your price list?

No - the list is ex VAT. Bread is zero-rated; the sausage rolls and hot pasties carry 20 %.

> Could the invoices go to accounts@larderandloaf.example instead of me?

Done, from the next invoice run on Friday.

Hattie""", quote=False)),

    C("h05-copper-kettle-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Priscilla Dunne <priscilla@copperkettle.example>", "iphone", "Seeded loaves every day?",
      "Quote promised by Thursday arrives the next Tuesday after the customer chases: kept late = missed.",
      cu("11-09 10:10", """Hi there,

We'd like to add a seeded loaf to our sandwich menu. What would 40 loaves a day, Monday to Saturday, cost us? And do you do them sliced?

Priscilla
Copper Kettle

Sent from my iPhone"""),
      ag("rosa", "11-09 14:00", """Hi Priscilla,

Sliced is no problem - we charge 8p a loaf for slicing. I'll work out the volume price with our production manager and get the full quote over to you by Thursday.

Best,
Rosa""", promises=[("11-12", 4)]),
      cu("11-17 09:30", """Hi Rosa, any news on the quote? We were hoping to start the new menu next week.

Priscilla

Sent from my iPhone""", chase=True),
      ag("rosa", "11-17 11:45", """Hi Priscilla,

So sorry, that slipped through. Quote attached: £1.35 a loaf plus 8p slicing, Monday to Saturday. If you confirm by Thursday you can start on Monday the 23rd.

Best,
Rosa""", attach=[("application/pdf", "Q-2611-044.pdf", QUOTE_PDF)])),

    C("h06-wharf-hotel-cake", "en", "closed", {},
      "Lena Achebe <events@wharfhotel.example>", "owa", "Birthday cake for Saturday 14th",
      "Celebration-cake questions all answered (flavour, lettering, delivery); thanks-only reply.",
      cu("11-10 11:25", """Hi Amara,

One of our regular guests turns 50 on Saturday 14th and we're hosting the lunch.

Do you do a lemon and elderflower sponge? Can the top say "Happy 50th, Margaret" in gold lettering? And could it come on the normal Saturday bread drop rather than a separate delivery?

It needs to serve about 30.

Thanks,
Lena Achebe
Events Coordinator | The Wharf Hotel"""),
      ag("amara", "11-10 15:00", """Hi Lena,

Lovely! Lemon and elderflower is one of our most popular sponges; a 10-inch round serves 30. Gold lettering is fine (£6 extra), and it will travel on your Saturday bread round in its own box - the driver will hand it to whoever signs for the bread.

Total £68 ex VAT, added to this month's invoice.

Warm regards,
Amara""", attach=[("image/png", "lemon-elderflower-10in.png", CAKE_PNG)]),
      cu("11-10 16:10", """Perfect, thank you so much!

Lena""", client="owa", thanks=True)),

    C("h07-fig-fennel-credit", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Jonah Keel <jonah@figandfennel.example>", "gmail", "Short delivery on Friday - credit note",
      "Customer asks for a credit note for a short delivery and follows up two days later; no reply at all.",
      cu("11-16 08:20", """Hi,

Friday's delivery was short by 12 croissants and 6 pains aux raisins (driver's sheet said so too). Could you please raise a credit note for them?

Thanks,
Jonah
Fig & Fennel"""),
      ack("11-16 08:21"),
      cu("11-18 09:00", """Hi again,

Just following up on my email below - I still haven't heard back about the credit note.

Jonah""", chase=True)),

    C("h08-eichengrund-brezeln", "de", "closed", {"unanswered-question": 1},
      "Katrin Voss <k.voss@hotel-eichengrund.example>", "outlook_de", "Laugenbrezeln ab Dezember",
      "German hotel kitchen: extra pretzels confirmed with a price; the change of billing address asked in passing is ignored.",
      cu("11-05 08:45", """Guten Morgen Herr Wendt,

für die Adventszeit bieten wir ein deutsches Frühstück an. Können Sie ab dem 1. Dezember zusätzlich 30 Laugenbrezeln pro Tag liefern?

Außerdem bitte ich Sie, unsere Rechnungsadresse auf Mercer Row 14, London EC2A 4BT zu ändern, die Buchhaltung ist umgezogen.

Mit freundlichen Grüßen
Katrin Voss
Küchenchefin, Hotel Eichengrund London""", uq=1),
      ag("jonas", "11-05 10:30", """Guten Morgen Frau Voss,

sehr gern. Ab dem 1. Dezember liefern wir Ihnen täglich 30 Laugenbrezeln zusätzlich, mit der normalen Tour um 6:15 Uhr. Der Stückpreis liegt bei 0,62 £ netto.

Viele Grüße
Jonas Wendt""")),

    C("h09-mirabelle-samedi", "fr", "pending", {},
      "Sandrine Mollet <sandrine@cafe-mirabelle.example>", "apple_fr", "Livraison du samedi",
      "Two French questions (Saturday drop time, frozen croissants) answered in French.",
      cu("11-17 07:30", """Bonjour Marguerite,

Deux petites questions pour le café :

Est-ce que vous pouvez livrer avant 7h le samedi ? Nous ouvrons à 7h30 maintenant.
Je voudrais aussi savoir si les croissants au beurre existent en version surgelée, à cuire sur place.

Merci d'avance,
Sandrine
Café Mirabelle"""),
      ag("margot", "11-17 09:50", """Bonjour Sandrine,

Le samedi, le chauffeur peut passer chez vous vers 6h45 à partir de cette semaine. Pour les croissants : oui, nous avons une version surgelée prête à cuire (carton de 60, 17 minutes à 170 °C), au même prix que les croissants cuits.

Bien à vous,
Marguerite""")),

    C("h10-alacena-ficha", "es", "closed", {"missed-follow-up": 1},
      "Rocío Barrera <rocio@laalacena.example>", "gmail_es", "Pan sin gluten y alérgenos",
      "Spanish deli: gluten-free question answered, the rye allergen sheet deferred to 'mañana' and never sent.",
      cu("11-04 09:15", """Hola Inés:

¿Tienen ustedes pan sin gluten para el mostrador? Algunos clientes lo piden a diario.

¿Me podrían enviar también la ficha de alérgenos del pan de centeno?

Un saludo,
Rocío Barrera
La Alacena - Delicatessen"""),
      ag("ines", "11-04 12:40", """Hola, Rocío:

Pan sin gluten no hacemos: nuestro obrador trabaja con harina de trigo todo el día y no podemos garantizarlo. La ficha del pan de centeno la está actualizando el equipo de calidad; se la envío mañana sin falta.

Un saludo,
Inés""", promises=[("11-05", None)])),

    C("h11-harbour-lights-credit", "en", "closed", {"reopened": 1},
      "Gareth Moss <purchasing@harbourlightshotel.example>", "outlook", "Invoice HB-20133 - overcharge",
      "Overcharge corrected and the ticket marked resolved; the customer comes back because the credit is missing.",
      cu("11-05 09:40", """Hello,

Invoice HB-20133 charges us for 40 baguettes on 29 October, but we had our kitchen closed that day and cancelled the order. Please correct it.

Gareth Moss
Purchasing, Harbour Lights Hotel"""),
      ag("hattie", "11-05 13:10", """Hi Gareth,

You're right - the cancellation was logged but the invoice went out anyway. I've issued credit note CN-3381 for £46.00. I'll mark this ticket as resolved.

Kind regards,
Hattie""", closes=True),
      cu("11-12 10:05", """Hi Hattie,

Sorry to come back to this. The credit CN-3381 is not on the November statement we received this morning, so the balance still includes the £46. Could you check it?

Gareth"""),
      ag("hattie", "11-12 15:20", """Hi Gareth,

The statement was cut on the 10th, a day before the credit was posted. It is applied to your account now and will show on the 1 December statement; please pay the statement total minus £46.

Kind regards,
Hattie""")),

    C("h12-little-crumb-trial", "en", "open", {},
      "Ola Brennan <ola@littlecrumb.example>", "gmail", "Trial box for a new café",
      "New café asks about a trial box on the audit day; only the helpdesk acknowledgement so far (inside the response target).",
      cu("11-20 09:00", """Hello,

We're opening a small café on Lordship Lane in January. Do you offer a trial box so we can taste the range before we open an account?

Best wishes,
Ola Brennan"""),
      ack("11-20 09:01")),

    C("h13-brookfield-rolls", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
      "Sunil Varma <catering@brookfield-academy.example>", "owa", "Bread rolls from January",
      "Friday afternoon request answered on Monday (slow) with the roll quote; the school-food-standards question is skipped.",
      cu("11-06 16:30", """Dear Hearthstone team,

We are changing bread supplier from January. Could you quote for 120 bread rolls a day, Monday to Friday, term time only?

Do your wholemeal rolls meet the school food standards for salt?

Regards,
Sunil Varma
Catering Manager, Brookfield Academy""", uq=1),
      ag("owen", "11-09 10:00", """Dear Sunil,

Thank you for thinking of us. For 120 rolls a day in term time we can do white or wholemeal 60g rolls at 21p each, delivered by 7:30 to the main kitchen. Delivery is free at that volume.

Regards,
Owen""")),

    C("h14-saffron-street-shelf-life", "en", "pending", {"missed-follow-up": 1},
      "Idris Hale <idris@saffronstreetdeli.example>", "apple", "Fruit loaf shelf life",
      "'Let me check with our head baker and I'll get back to you' without a date; nothing follows within the two-day window.",
      cu("11-16 08:55", """Morning,

How long does the spiced fruit loaf keep once it's delivered? We'd like to sell it by the slice over three or four days.

Idris
Saffron Street Deli"""),
      ag("rosa", "11-16 10:00", """Hi Idris,

Good question - it depends on the batch since we changed the recipe in October. Let me check with our head baker and I'll get back to you.

Best,
Rosa""", promises=[("window", None)])),

    C("h15-orchard-tea-drop-time", "en", "pending", {},
      "Wendy Carrow <wendy@orchardtearooms.example>", "thunderbird", "Earlier drop time",
      "Promise that a colleague will be in touch by tomorrow, kept by that colleague on time.",
      cu("11-16 07:40", """Hello,

Can you move our drop time from 8:30 to 7:45 from next Monday? We've started doing breakfasts.

Wendy Carrow
Orchard Tea Rooms"""),
      ag("rosa", "11-16 09:00", """Hi Wendy,

Happy to, but the rounds are planned by Owen, so I've passed it to him. He'll be in touch by tomorrow to confirm.

Best,
Rosa""", promises=[("11-17", 3)]),
      ag("owen", "11-17 08:30", """Hi Wendy,

Done - from Monday 23 November your drop is 7:45. Your driver will be Steve on the Dulwich round.

Regards,
Owen""", parent=1)),

    C("h16-beaurivage-avoir", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Hélène Garnier <h.garnier@hotel-beaurivage.example>", "apple_fr", "Livraison manquante du 2 novembre",
      "French hotel: 'je reviens vers vous d'ici jeudi' kept on the Monday after a reminder - missed and chased.",
      cu("11-03 08:10", """Bonjour,

Hier matin, nous n'avons reçu ni les baguettes ni les viennoiseries. Pouvez-vous nous dire ce qui s'est passé et nous faire un avoir ?

Cordialement,
Hélène Garnier
Responsable cuisine, Hôtel Beaurivage London"""),
      ag("margot", "11-03 11:00", """Bonjour Madame Garnier,

Je suis désolée pour ce contretemps. Je vérifie avec l'équipe de livraison et je reviens vers vous d'ici jeudi avec l'explication et l'avoir.

Bien à vous,
Marguerite""", promises=[("11-05", 4)]),
      cu("11-09 08:30", """Bonjour Marguerite,

Je me permets de vous relancer au sujet de la livraison manquante et de l'avoir.

Cordialement,
Hélène Garnier""", chase=True),
      ag("margot", "11-09 14:00", """Bonjour Madame Garnier,

Toutes mes excuses pour ce retard. Le camion de la tournée de Kensington est tombé en panne le 2 novembre et votre arrêt a été oublié dans la réorganisation. L'avoir AV-1107 de 112,40 £ figure désormais sur votre compte.

Bien à vous,
Marguerite""")),

    C("h17-kingsgate-forward", "en", "closed", {},
      "Ruth Abara <ruth.abara@kingsgatehotels.example>", "gmail", "Fwd: Your order confirmation #HB-O-55821",
      "HTML-only forward of an order confirmation full of boilerplate questions; the customer's one request is answered.",
      cu("11-04 13:15", """Hi,

Please confirm this matches what you have on file for the Kingsgate Southwark - our new ordering system printed it and I want to be sure nothing got lost in the switch.

Ruth

---------- Forwarded message ---------
From: Hearthstone Bakery Orders <orders@hearthstonebakery.example>
Date: Mon, 2 Nov 2026 at 06:02
Subject: Your order confirmation #HB-O-55821
To: <ruth.abara@kingsgatehotels.example>

Thank you for your standing order.
Kingsgate Southwark - daily: 60 croissants, 40 pains au chocolat, 24 sourdough, 14 baguettes.
Need to change something? Reply before 2pm the day before.
Questions about allergens? See https://hearthstonebakery.example/allergens?site=kg-southwark""", kind="html"),
      ag("rosa", "11-04 15:30", """Hi Ruth,

Yes, that matches our records exactly - all four lines, every day including Sundays.

Best,
Rosa""")),
]
CASES += [
    C("h18-tin-cup-unsliced", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Effie Marsh <effie@tincupcoffee.example>", "gmail", "Saturday sourdough",
      "The agent answers a slicing-price question nobody asked instead of the unsliced-on-Saturdays one; Christmas Eve round promised by Thursday, never confirmed.",
      cu("11-16 12:20", """Hi Rosa,

Two Saturday things. Can we get the sourdough unsliced on Saturdays only? We sell whole loaves to the market crowd. And what time does the Saturday round usually reach Hoxton?

While I'm at it: are you running on Christmas Eve? It's a Thursday this year.

Effie
Tin Cup Coffee""", uq=1),
      ag("rosa", "11-16 15:45", """Hi Effie,

Sliced loaves are 8p extra on top of the loaf price, and the slicer takes all our sourdough sizes. The Saturday round usually gets to Hoxton at about 7:10.

Christmas Eve: we do run, but the rounds are being re-planned - I'll confirm your Christmas Eve drop time by Thursday.

Best,
Rosa""", promises=[("11-19", None)])),

    C("h19-amsel-torten", "de", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Matthias Brandl <m.brandl@kaffeehaus-amsel.example>", "gmail_de", "Torten für den Advent",
      "German café waits four days, writes 'Ich warte immer noch auf eine Antwort', then gets both questions answered.",
      cu("11-12 09:00", """Hallo Hearthstone-Team,

wir möchten im Advent jeden Samstag zwei Torten anbieten. Wie lange im Voraus müssen wir Torten bestellen? Und liefern Sie auch am Sonntag?

Viele Grüße
Matthias Brandl
Kaffeehaus Amsel"""),
      ack("11-12 09:01"),
      cu("11-16 08:00", """Hallo,

ich warte immer noch auf eine Antwort auf meine Mail vom Donnerstag (unten). Der erste Advent ist in zwei Wochen.

Matthias Brandl""", chase=True),
      ag("jonas", "11-16 10:00", """Hallo Herr Brandl,

entschuldigen Sie bitte die späte Antwort. Torten brauchen wir mit 72 Stunden Vorlauf, für Samstag also bis Mittwochmorgen. Sonntags liefern wir leider nicht - die Samstagstour bringt die Torten aber gern schon um 7 Uhr.

Viele Grüße
Jonas Wendt""")),

    C("h20-olmo-tartas", "es", "open", {"awaiting-reply": 1},
      "Álvaro Pineda <alvaro@ultramarinos-olmo.example>", "gmail_es", "Pedido de pan para Navidad",
      "Spanish deli: two questions answered; a week later a new request to add two Santiago tarts, still unanswered (awaiting reply, not unanswered-question).",
      cu("11-10 10:30", """Hola Inés,

¿Cuándo cierra el plazo para los pedidos de Navidad? ¿Y hacen roscón de Reyes para enero?

Gracias,
Álvaro Pineda
Ultramarinos Olmo"""),
      ag("ines", "11-10 12:15", """Hola, Álvaro:

El plazo de Navidad cierra el 11 de diciembre. Roscón sí hacemos, del 2 al 6 de enero, relleno de nata o sin relleno (pedido mínimo: 4).

Un saludo,
Inés"""),
      cu("11-17 09:40", """Inés, otra cosa: ¿podrían añadir dos tartas de Santiago al pedido del viernes 27?

Gracias,
Álvaro""")),

    C("h21-gilded-spoon-bank-holidays", "en", "closed", {"unanswered-question": 1},
      "Noor Haddad <noor@gildedspoon.example>", "apple", "Price list please",
      "Price list sent; in the thank-you mail the customer adds an order and asks about bank holidays; only the order is handled.",
      cu("11-03 09:10", """Hi,

Could you send me your current wholesale price list? We're reviewing suppliers for the new year.

Noor
The Gilded Spoon"""),
      ag("rosa", "11-03 10:40", """Hi Noor,

Here it is: https://hearthstonebakery.example/trade/prices-2026-11.pdf (valid to the end of January).

Best,
Rosa"""),
      cu("11-04 08:30", """Thanks for the price list. Please add 6 cinnamon knots to Friday's order. Also, do you deliver on bank holidays?

Noor""", uq=1),
      ag("rosa", "11-04 09:20", """Hi Noor,

Added - 6 cinnamon knots on Friday the 6th.

Best,
Rosa""")),

    C("h22-pip-and-pine-croissants", "en", "closed", {},
      "Callum Rees <callum@pipandpine.example>", "thunderbird", "More croissants on Fridays",
      "A rhetorical question and a self-answered question around one real request, answered with 'Yes'.",
      cu("11-05 11:05", """Hi Rosa,

Who knew croissants could sell out by 9am on a Friday? Can we go up from 24 to 36 on Fridays from this week?

Where do I find our account number for the new order form, by the way? Never mind - it's on the top of the invoice, found it.

Callum
Pip & Pine"""),
      ag("rosa", "11-05 12:10", """Hi Callum,

Yes - 36 croissants every Friday from tomorrow.

Best,
Rosa""")),

    C("h23-regent-quay-handoffs", "en", "pending",
      {"many-handoffs": 1, "unanswered-question": 1, "missed-follow-up": 1},
      "Sabine Ottley <sabine.ottley@regentquayhotel.example>", "outlook", "New banqueting kitchen - deliveries and billing",
      "Three agents (orders, rounds, accounts) answer a hotel's move; the round schedule promised for tomorrow comes a day late; the separate-cost-centre request is never addressed.",
      cu("11-16 08:05", """Good morning,

From 1 December our banqueting kitchen moves to the Quay Street entrance. Could deliveries for banqueting go there, while the restaurant bread stays at the main door? Please also bill banqueting on a separate cost centre (BQ-40) from December.

Sabine Ottley
Executive Chef, Regent Quay Hotel""", uq=1),
      ag("rosa", "11-16 09:30", """Hi Sabine,

Thanks for the heads-up. Splitting the drop is fine; Owen plans the rounds and will email you the new round schedule tomorrow.

Best,
Rosa""", promises=[("11-17", 3)]),
      ag("owen", "11-18 07:50", """Hi Sabine,

Sorry this is a day late. From 1 December: banqueting at Quay Street at 6:20, restaurant bread at the main door at 6:35, same van.

Regards,
Owen""", parent=1),
      cu("11-18 10:15", """Thanks Owen. Who do I speak to about our credit limit? With banqueting we'll go over £3,000 a month.

Sabine"""),
      ag("hattie", "11-18 14:40", """Hi Sabine,

That's me. I've raised the Regent Quay credit limit to £4,500 a month from today, on the same 30-day terms.

Kind regards,
Hattie""")),

    C("h24-petit-four-paiement", "fr", "pending", {"unanswered-question": 1},
      "Julien Marchetti <julien@lepetitfour.example>", "gmail", "Allergènes tartes et conditions de paiement",
      "French café: allergen sheet for the tarts attached; the request for 30-day payment terms is not addressed.",
      cu("11-18 08:20", """Bonjour,

Pourriez-vous nous envoyer la liste des allergènes pour les tartes ? Nous avons un client allergique aux fruits à coque.

Est-il possible de payer à 30 jours au lieu de 14 ? Notre trésorerie est serrée en hiver.

Merci,
Julien Marchetti
Le Petit Four""", uq=1),
      ag("margot", "11-18 11:30", """Bonjour Julien,

Voici la fiche allergènes de nos tartes en pièce jointe. Attention : la tarte Bourdaloue contient des amandes, et toutes nos tartes sont faites dans un atelier qui manipule des fruits à coque.

Bien à vous,
Marguerite""", attach=[("application/pdf", "allergenes-tartes.pdf", TART_PDF)])),

    C("h25-mirador-pan", "es", "closed", {},
      "Carmen Ibarra <c.ibarra@hotelmirador.example>", "gmail_es", "Pan para el desayuno",
      "Spanish hotel: two questions answered in Spanish, thanks-only reply.",
      cu("11-02 07:45", """Buenos días:

Quisiera saber si pueden entregar el pan del desayuno antes de las 6:30. ¿Tienen también pan de molde integral en formato grande?

Un saludo,
Carmen Ibarra
Jefa de cocina, Hotel Mirador"""),
      ag("ines", "11-02 10:05", """Buenos días, Carmen:

Sí, su hotel está en la primera ruta del día: podemos entregar a las 6:10. El pan de molde integral lo tenemos en 800 g y en 1,6 kg (14 y 28 rebanadas).

Un saludo,
Inés"""),
      cu("11-02 10:30", """¡Perfecto, muchas gracias!

Carmen""", thanks=True)),

    C("h26-riverside-menu-pricing", "en", "pending", {},
      "Tom Ashdown <tashdown@riverside-school.example>", "owa", "Spring term menu pricing",
      "Questions answered; the revised pricing promised by Tuesday 24 November is still ahead at audit time.",
      cu("11-18 13:00", """Hello,

We're planning the spring term menu. Are your prices going up in January? And can we still order the mini wholemeal baps in packs of 50?

Tom Ashdown
Riverside School Catering"""),
      ag("hattie", "11-18 15:10", """Hi Tom,

Yes, prices rise on 4 January - about 4 % on bread and 6 % on pastries. Mini wholemeal baps still come in packs of 50. I'll send you the revised spring pricing for your usual lines by Tuesday 24 November.

Kind regards,
Hattie""", promises=[("11-24", None)])),

    C("h27-hollow-oak-crates", "en", "closed", {},
      "Peggy Lund <peggy@hollowoakdeli.example>", "gmail", "Crates and Christmas ordering",
      "Logistics ('the driver collects the crates on Wednesday') and a process description ('we'll email you when the form goes live') - not promises.",
      cu("11-02 15:00", """Hi,

We've got a stack of your bread crates building up in the back. Can someone take them away? And how do we place the Christmas order this year - same paper form as last year?

Peggy
Hollow Oak Deli"""),
      ag("owen", "11-02 16:20", """Hi Peggy,

Your driver collects the empty crates on Wednesday morning. The Christmas order is online this year rather than on paper; we'll email every account when the form goes live at the end of November.

Regards,
Owen""")),

    C("h28-juniper-deli-ooo", "en", "closed", {},
      "Anika Sorensen <anika@juniperdeli.example>", "gmail", "Rye bread for the Danish weekend",
      "Question answered; the customer's own out-of-office reply lands in the thread.",
      cu("11-03 13:20", """Hi,

We're doing a Danish weekend on 14-15 November. Can you make rugbrød, the dark rye, for us? About 20 loaves for the Saturday.

Anika
Juniper Deli"""),
      ag("rosa", "11-03 15:00", """Hi Anika,

We can - our 100 % rye with sunflower seeds is very close to rugbrød. 20 loaves on Saturday 14th are booked, £3.20 each.

Best,
Rosa"""),
      auto("11-03 15:01", """I'm away until Monday 9 November with limited access to e-mail. For orders please contact Jens on jens@juniperdeli.example.

Anika""", quote=False, subject="Out of office: Re: Rye bread for the Danish weekend")),

    C("h29-lindenschule-angebot", "de", "closed", {"unanswered-question": 1},
      "Petra Hübner <huebner@lindenschule-london.example>", "thunderbird_de", "Angebot Vollkornbrötchen",
      "German school: quote for rolls sent; the question about a 6:30 delivery is skipped.",
      cu("11-04 10:00", """Sehr geehrter Herr Wendt,

könnten Sie uns bitte ein Angebot für 200 Vollkornbrötchen pro Schultag schicken? Und wäre eine Lieferung schon um 6:30 Uhr möglich? Unsere Küche beginnt sehr früh.

Mit freundlichen Grüßen
Petra Hübner
Mensa, Deutsche Lindenschule London""", uq=1),
      ag("jonas", "11-04 13:45", """Sehr geehrte Frau Hübner,

gern: 200 Vollkornbrötchen (70 g) pro Schultag kosten 0,24 £ netto das Stück, also 48 £ pro Tag, Lieferung frei Haus. Das Angebot gilt bis zum 31. März.

Mit freundlichen Grüßen
Jonas Wendt""")),

    C("h30-marigold-invoice-copy", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Dominic Lowe <dominic@marigoldkitchen.example>", "outlook", "Copy of invoice HB-20419",
      "Request for an invoice copy, resent two days later as a new mail with the same subject; no reply.",
      cu("11-11 11:00", """Hello,

Please send a copy of invoice HB-20419 - we never received it and our bookkeeper needs it this week.

Dominic Lowe
Marigold Kitchen"""),
      cu("11-13 09:15", """Hello,

Please send a copy of invoice HB-20419 - we never received it and our bookkeeper needs it this week.

Dominic Lowe
Marigold Kitchen""", chase=True, parent=0)),

    C("h31-ashcombe-template", "en", "pending", {"unanswered-question": 2},
      "Harriet Vane-Tempest <fb@ashcombehouse.example>", "outlook", "Allergens, vegan brioche and Sunday order",
      "A templated reply points to the allergen page and ignores the vegan-brioche question and the Sunday order change.",
      cu("11-17 07:15", """Good morning,

Could you send the allergen matrix for your whole range? Our new menus go to print on Friday.

Do you have a vegan brioche? We have more and more vegan guests at breakfast.

Please also change our Sunday standing order to 20 croissants instead of 30, starting this Sunday.

Thank you,
Harriet Vane-Tempest
Food & Beverage Manager, Ashcombe House Hotel""", uq=2),
      ag("rosa", "11-17 09:05", """Dear customer,

Thank you for your email. Our full allergen matrix is available at any time at https://hearthstonebakery.example/allergens?range=all - it is updated whenever a recipe changes.

Kind regards,
Hearthstone Bakery Orders Desk""", sig=False)),

    C("h32-bayleaf-corrected-invoice", "en", "closed", {"missed-follow-up": 1},
      "Yusuf Demir <yusuf@bayleafcafe.example>", "android", "Wrong price on invoice",
      "Price error confirmed and a corrected invoice promised 'by end of day'; it never comes.",
      cu("11-05 08:05", """Hi, the invoice for last week has the baguettes at 95p but our price is 85p since September. Can you check and correct it?

Yusuf
Bay Leaf Café"""),
      ag("hattie", "11-05 10:25", """Hi Yusuf,

You're right, the September price wasn't loaded for your account - sorry. I'll send you the corrected invoice by end of day.

Kind regards,
Hattie""", promises=[("11-05", None)])),

    C("h33-albertine-relance", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Albertine Roux <albertine@chezalbertine.example>", "apple_fr", "Galettes des rois en janvier",
      "French café chases after two days ('Je me permets de vous relancer'); the slow reply answers both questions.",
      cu("11-02 09:00", """Bonjour,

Faites-vous des galettes des rois en janvier ? Si oui, à partir de quelle date peut-on les commander ?

Albertine Roux
Chez Albertine"""),
      cu("11-04 08:40", """Bonjour,

Je me permets de vous relancer concernant ma question sur les galettes des rois.

Bien cordialement,
Albertine""", chase=True),
      ag("margot", "11-04 11:00", """Bonjour Albertine,

Pardon pour le délai. Oui, nous faisons des galettes frangipane (6 et 8 parts) du 2 au 31 janvier ; les commandes ouvrent le 1er décembre.

Bien à vous,
Marguerite""")),

    C("h34-sol-lavapies-precio", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Nerea Quintana <nerea@cafeteriasol.example>", "gmail_es", "Precio de las napolitanas",
      "'Le escribo el lunes con el precio nuevo' is not kept; the customer chases on Wednesday and gets the price then.",
      cu("11-12 09:30", """Hola Inés:

¿Cuál sería el precio de las napolitanas de chocolate si pasamos de 40 a 80 al día?

Saludos,
Nerea
Cafetería Sol"""),
      ag("ines", "11-12 11:10", """Hola, Nerea:

Con 80 al día entra en otro tramo de precio. Lo consulto con contabilidad y le escribo el lunes con el precio nuevo.

Un saludo,
Inés""", promises=[("11-16", 4)]),
      cu("11-18 08:50", """Hola Inés, ¿hay alguna novedad con el precio? Sigo esperando para hacer el pedido.

Nerea""", chase=True),
      ag("ines", "11-18 10:30", """Hola, Nerea:

Disculpe el retraso. Con 80 napolitanas al día el precio baja de 0,58 £ a 0,51 £ la unidad.

Un saludo,
Inés""")),
]
SLIP_PNG = mailcraft.png(10, 14, lambda x, y: (250, 250 - 6 * (y % 3), 235 - 4 * x))

CASES += [
    C("h35-fenwick-stollen", "en", "pending", {},
      "Grace Olumide <grace@fenwickcoffee.example>", "gmail", "Christmas bakes",
      "Partly answered question (stollen price given, panettone only described) counted as answered; order deadline answered.",
      cu("11-17 14:10", """Hi Amara,

We'd love to sell some Christmas bakes at the counter this year. How much are the stollen and the panettone this year? Do they need to be ordered by a certain date?

Thanks a lot,
Grace
Fenwick Coffee Co.""", kind="alt"),
      ag("amara", "11-17 16:00", """Hi Grace,

Lovely idea. The stollen are £9.50 each (750 g, marzipan centre); the panettone are back too, in 1 kg tins, classic or chocolate. Orders need to be in by Friday 4 December for delivery from the 7th.

Warm regards,
Amara""")),

    C("h36-canal-side-resolved", "en", "closed", {"reopened": 1},
      "Pete Okafor-Lamb <pete@canalsidecafe.example>", "thunderbird", "Missing baguettes on Tuesday",
      "Replacement sent and the subject tagged [Resolved]; six days later the customer asks for a product switch in the same thread.",
      cu("11-03 07:05", """Hi,

Our baguettes didn't come this morning (everything else did). Can you send some over before lunch?

Pete
Canal Side Café"""),
      ag("owen", "11-03 08:15", """Hi Pete,

Sorry about that - they were left on the van. The driver is bringing your 12 baguettes back by 10:30.

Regards,
Owen""", subject="[Resolved] RE: Missing baguettes on Tuesday", closes=True),
      cu("11-09 09:40", """Hi Owen,

All good since then, thanks. Could we switch from the full baguettes to the demi-baguettes from next Monday? Same number, 12.

Pete""", subject="Re: [Resolved] RE: Missing baguettes on Tuesday"),
      ag("owen", "11-09 11:00", """Hi Pete,

Done - 12 demi-baguettes from Monday 16th. They're 55p each instead of 95p.

Regards,
Owen""")),

    C("h37-kranich-ministollen", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Ulrike Sommer <sommer@gasthaus-kranich.example>", "outlook_de", "150 Mini-Stollen für den 12. Dezember",
      "German inn: 'ich melde mich morgen' never kept; 'Gibt es schon etwas Neues?' five days later, still unanswered.",
      cu("11-11 09:20", """Hallo Herr Wendt,

können Sie für unsere Weihnachtsfeier am 12. Dezember 150 Mini-Stollen liefern?

Schöne Grüße
Ulrike Sommer
Gasthaus Kranich, Islington"""),
      ag("jonas", "11-11 11:45", """Hallo Frau Sommer,

das klingt nach einer schönen Feier. Ich muss mit der Backstube klären, ob wir die Menge in der Woche schaffen, und melde mich morgen bei Ihnen.

Viele Grüße
Jonas Wendt""", promises=[("11-12", None)]),
      cu("11-16 12:30", """Hallo Herr Wendt,

gibt es schon etwas Neues wegen der Mini-Stollen? Wir müssen die Einladungen drucken.

Schöne Grüße
Ulrike Sommer""", chase=True)),

    C("h38-steam-stone-muffins", "en", "closed", {},
      "Ben Hartigan <ben@steamandstone.example>", "iphone", "Savoury muffins?",
      "Conditional offer ('just reply yes and I'll add a sample box') that the customer does not take up: no promise.",
      cu("11-06 09:00", """Hi, do you do savoury muffins at all? Customers keep asking for something that isn't sweet in the mornings.

Ben

Sent from my iPhone"""),
      ag("rosa", "11-06 11:00", """Hi Ben,

We do - cheese & chive and spinach & feta, £1.05 each. If you'd like to try them, just reply yes and I'll add a free sample box to your next delivery.

Best,
Rosa"""),
      cu("11-06 12:40", """Thanks Rosa, we'll talk it over and let you know.

Ben

Sent from my iPhone""", thanks=True)),

    C("h39-casa-lucia-ciabatta", "en", "closed", {},
      "Lucía Ferrer <lucia@casalucia-cafe.example>", "gmail", "Tuesday bread swap",
      "Mixed English/Spanish mail: a pleasantry in Spanish, two real questions in English and Spanish-English, both answered.",
      cu("11-05 16:45", """Hola Rosa, ¿qué tal?

Quick one: can we swap Tuesday's baguettes for ciabatta from next week? Same quantity, 12.

Y una cosa más - is the ciabatta made with olive oil? One of our regulars has a dairy allergy and always asks.

Mil gracias,
Lucía
Casa Lucía"""),
      ag("rosa", "11-05 17:20", """Hola Lucía!

Swapped: 12 ciabatta instead of the baguettes every Tuesday from the 10th. And yes, it's made with extra virgin olive oil - no milk or butter in it at all.

Best,
Rosa""")),

    C("h40-kingsmere-gala", "en", "pending", {"unanswered-question": 2},
      "Oliver Banks <o.banks@kingsmerehotel.example>", "outlook", "Gala dinner 5 December - 400 rolls",
      "A long banqueting mail with five questions; the reply answers three in one paragraph and skips the late-delivery charge and the allergen details.",
      cu("11-17 10:40", """Dear Hearthstone team,

We have a charity gala for 400 guests on Saturday 5 December and I'd like to use your bread rather than bake in-house this year - the kitchen will be stretched enough as it is.

Can you supply 400 bread rolls for a gala dinner on Saturday 5 December?
Would a mix of white, brown and onion rolls be possible?
What is the latest time we can confirm the final numbers?
Do you charge extra for a delivery after 3pm? Service starts at 7.
Could you also send the allergen details for the onion rolls so I can brief the waiting staff?

Our usual account is Kingsmere Hotel Banqueting (KH-BQ). Looking forward to hearing from you - it's a big night for us and we want to get it right.

Best regards,
Oliver Banks
Banqueting Manager
Kingsmere Hotel
This message is confidential. If you received it by mistake, please let us know and delete it.""", uq=2),
      ag("rosa", "11-17 13:25", """Dear Oliver,

Happy to help with the gala. We can do the 400 rolls, split any way you like between white, brown and caramelised onion - just let us know the final numbers and the split by Thursday 3 December at noon.

Best,
Rosa""")),

    C("h41-duck-pond-collect", "en", "closed", {},
      "Mo Kaplan <mo@duckpondcafe.example>", "gmail", "Delivery charge question",
      "Two questions answered inline with a bare 'No.' and 'Yes, from 5am...'.",
      cu("11-06 13:30", """Hi there,

Do you charge for delivery on orders over £50?
Can we collect from the bakery on Saturdays instead? Our road is closed for works.

Mo
Duck Pond Café"""),
      ag("owen", "11-06 14:05", """Hi Mo,

> Do you charge for delivery on orders over £50?
No.

> Can we collect from the bakery on Saturdays instead?
Yes, from 5am at the side door on Tannery Yard - ask for the collections shelf.

Regards,
Owen""", quote=False)),

    C("h42-greenwich-epicerie", "fr", "closed", {},
      "Baptiste Lenoir <baptiste@epicerie-greenwich.example>", "outlook", "Ouverture d'un compte",
      "French grocer: the minimum order answered with a bare figure, the delivery area with 'Oui'.",
      cu("11-05 10:00", """Bonjour,

Nous ouvrons une épicerie fine à Greenwich et souhaitons ouvrir un compte. Quel est le minimum de commande par livraison ? Et vous livrez jusqu'à Greenwich ?

Cordialement,
Baptiste Lenoir"""),
      ag("margot", "11-05 11:15", """Bonjour Monsieur Lenoir,

40 £ HT.

Oui, tous les jours sauf le dimanche.

Pour ouvrir le compte : https://hearthstonebakery.example/fr/compte?ref=ouverture

Bien à vous,
Marguerite""")),

    C("h43-taberna-faro-direccion", "es", "pending", {"unanswered-question": 1},
      "Beatriz Soler <beatriz@tabernafaro.example>", "gmail_es", "Cambio en el pedido del sábado",
      "Spanish tavern: the Saturday order change is made; the billing-address change asked 'además' is not.",
      cu("11-17 11:00", """Hola Inés:

Para el sábado 21 necesitamos 30 chapatas en lugar de 20, tenemos un grupo grande. Además, por favor, actualicen la dirección de facturación a Calle Mayor Trading Ltd, 22 Lamb Walk, London SE1 3TT.

Muchas gracias,
Beatriz Soler
Taberna El Faro""", uq=1),
      ag("ines", "11-17 12:30", """Hola, Beatriz:

Hecho: el sábado 21 les llevamos 30 chapatas. A partir del sábado siguiente vuelven a ser 20.

Un saludo,
Inés""")),

    C("h44-morgenrot-gutschrift", "de", "pending", {},
      "Lea Kowalski <lea@cafe-morgenrot.example>", "gmail_de", "Fehlende Franzbrötchen",
      "German café sends a second mail with the delivery note number and a photo before any reply (not a chase); the credit is confirmed.",
      cu("11-17 08:00", """Hallo,

bei der heutigen Lieferung fehlten 10 Franzbrötchen. Können Sie uns die gutschreiben?

Lea Kowalski
Café Morgenrot"""),
      cu("11-17 08:25", """Nachtrag: Lieferschein-Nr. LS-88412, Foto vom Lieferschein anbei.

Lea""", attach=[("image/png", "lieferschein.png", SLIP_PNG)]),
      ag("jonas", "11-17 10:00", """Hallo Frau Kowalski,

danke für das Foto. Die 10 Franzbrötchen sind Ihnen gutgeschrieben (Gutschrift GS-2291 über 9,50 £), sie erscheint auf der nächsten Rechnung.

Viele Grüße
Jonas Wendt""")),

    C("h45-lantern-inn-christmas-cake", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rhian Pryce <rhian@lanterninn.example>", "apple", "Christmas cake for 19 December",
      "Cake confirmed and a design proof promised by Wednesday (never sent); the follow-up request for a separate invoice is not addressed.",
      cu("11-09 14:00", """Hi Amara,

We'd like a large Christmas cake for our residents' party on Saturday 19 December. Can you do a 12-inch iced fruit cake with holly decorations?

Rhian Pryce
The Lantern Inn"""),
      ag("amara", "11-09 16:30", """Hi Rhian,

Yes, a 12-inch iced fruit cake with holly is £85. I'll send you a design proof by Wednesday so you can see the layout.

Warm regards,
Amara""", promises=[("11-11", None)]),
      cu("11-10 09:15", """Perfect. Can you also invoice it separately from the weekly bread? It comes out of the residents' fund.

Rhian""", uq=1),
      ag("amara", "11-10 11:00", """Hi Rhian,

Great - I've booked the delivery for Saturday 19 December at 8am, with your bread.

Warm regards,
Amara""")),

    C("h46-oak-ember-mince-pies", "en", "closed", {"unanswered-question": 2},
      "Simone Akers <simone@oakandember.example>", "owa", "December mince pies",
      "The order increase is made; the volume-discount and vegetarian questions in the same mail are skipped.",
      cu("11-04 15:30", """Hi,

We'd like to double our mince pie order for December - 48 a day from 1 December. Is there a discount at that volume? And are the mince pies suitable for vegetarians? We get asked all the time.

Simone
Oak & Ember""", uq=2),
      ag("rosa", "11-04 16:10", """Hi Simone,

Done - 48 mince pies a day from 1 to 24 December, then back to 24.

Best,
Rosa""")),

    C("h47-pennyworth-trays", "en", "pending", {"customer-chased": 1},
      "Arthur Pennyworth <arthur@pennyworthdeli.example>", "thunderbird", "Tray bakes",
      "A second question sent after the first was answered gets no reply until the customer writes 'I haven't heard back'.",
      cu("11-09 11:10", """Hello,

Do you sell the tray bakes uncut? We'd rather portion them ourselves.

Arthur
Pennyworth Deli"""),
      ag("rosa", "11-09 12:00", """Hi Arthur,

We do - flapjack, brownie and lemon drizzle all come uncut on request, 40 x 30 cm trays.

Best,
Rosa"""),
      cu("11-12 09:00", """Thanks Rosa. One more thing - is there a deposit on the baking trays they come on?

Arthur"""),
      cu("11-16 10:30", """Hi Rosa,

I haven't heard back about the tray deposit question below. Could you let me know before Thursday's order?

Arthur""", chase=True),
      ag("rosa", "11-16 11:15", """Hi Arthur,

Sorry - no deposit. Just hand the trays back to the driver on your next delivery.

Best,
Rosa""")),

    C("h48-alameda-panecillos", "es", "closed", {"unanswered-question": 1},
      "Marta Gil <comedor@colegio-alameda.example>", "gmail_es", "Panecillos para la fiesta del colegio",
      "Spanish-speaking school: rolls for the school party confirmed; invoicing to the parents' association is skipped.",
      cu("11-05 09:30", """Buenos días:

¿Pueden enviarnos 150 panecillos para la fiesta del colegio del viernes 13 de noviembre? ¿Nos podrían facturar a nombre de la asociación de padres y no del colegio?

Gracias y un saludo,
Marta Gil
Comedor, Colegio Bilingüe Alameda""", uq=1, cte="base64"),
      ag("ines", "11-05 11:40", """Buenos días, Marta:

Sin problema: el viernes 13 les llevamos 150 panecillos (mitad blancos, mitad integrales) con el reparto de las 7:00.

Un saludo,
Inés""")),

    C("h49-dufresne-lundi", "fr", "pending", {"unanswered-question": 1},
      "Claire Dufresne <claire@epicerie-dufresne.example>", "apple_fr", "Jour de livraison",
      "French deli asks to move delivery from Tuesday to Monday; the reply gives the Tuesday time instead, and answers the part-baked baguette question.",
      cu("11-16 10:00", """Bonjour Marguerite,

Est-ce que vous pourriez livrer le lundi au lieu du mardi à partir de décembre ? Le mardi nous sommes fermés désormais.

Je voudrais aussi savoir si vous proposez des baguettes précuites.

Merci,
Claire Dufresne
Épicerie Dufresne""", uq=1),
      ag("margot", "11-16 12:20", """Bonjour Claire,

Notre tournée du mardi passe chez vous vers 7h, comme d'habitude. Pour les baguettes précuites : oui, en carton de 50, 8 minutes à 200 °C.

Bien à vous,
Marguerite""")),

    C("h50-albrecht-stollen-preis", "de", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Henrik Albrecht <h.albrecht@feinkost-albrecht.example>", "thunderbird_de", "Stollen für die Feinkosttheke",
      "German deli: 'ich melde mich bis Freitag' kept on Monday (missed); the individual-wrapping question is never answered.",
      cu("11-04 09:50", """Guten Tag Herr Wendt,

wir würden gern Ihre Butterstollen (1 kg) in der Feinkosttheke verkaufen. Was kosten 40 Stück? Und können Sie die Stollen einzeln verpacken?

Freundliche Grüße
Henrik Albrecht
Feinkost Albrecht""", uq=1),
      ag("jonas", "11-04 12:00", """Guten Tag Herr Albrecht,

vielen Dank für Ihr Interesse. Für 40 Stück muss ich den Preis mit unserer Buchhaltung abstimmen, ich melde mich bis Freitag bei Ihnen.

Freundliche Grüße
Jonas Wendt""", promises=[("11-06", 3)]),
      ag("jonas", "11-09 09:30", """Guten Tag Herr Albrecht,

entschuldigen Sie die Verspätung: 40 Butterstollen kosten 8,20 £ netto pro Stück, Lieferung ab dem 23. November.

Freundliche Grüße
Jonas Wendt""", parent=2)),

    C("h51-lark-ladle-carrot-cake", "en", "closed", {},
      "Jess Whitcombe <jess@larkandladle.example>", "gmail", "Dairy-free carrot cake?",
      "'I'll come back to you in the next couple of days' kept the next day.",
      cu("11-10 08:30", """Hi Amara,

Could you make a dairy-free version of your carrot cake for a wedding on the 28th? The bride is lactose intolerant.

Jess
Lark & Ladle"""),
      ag("amara", "11-10 10:00", """Hi Jess,

Congratulations to the couple! I'll check with the cake team and come back to you in the next couple of days.

Warm regards,
Amara""", promises=[("window", 3)]),
      ag("amara", "11-11 15:30", """Hi Jess,

Good news: yes, we can - oat-milk cream cheese frosting and sunflower oil in the sponge. A 10-inch for the 28th is £48.

Warm regards,
Amara""", parent=1)),

    C("h52-whitmore-bagels", "en", "pending", {"unanswered-question": 2},
      "Kofi Mensah <cafe@whitmore-college.example>", "gmail", "Bagels for the college café",
      "After a price answer the customer places the order and, in passing, asks for a PO number on invoices and whether the bagels freeze; only the order is confirmed.",
      cu("11-12 12:15", """Hi,

What do your plain bagels cost per dozen? We're thinking of adding them to the breakfast counter.

Kofi Mensah
Café Manager, Whitmore Sixth Form College"""),
      ag("rosa", "11-12 13:40", """Hi Kofi,

Plain bagels are £4.20 a dozen, delivered with your usual bread.

Best,
Rosa"""),
      cu("11-18 08:10", """Thanks Rosa, we'll take 60 a day from Monday. Oh, and please put our PO number WSC-7781 on every invoice from now on - finance keep bouncing them. Do the bagels freeze well, in case we over-order?

Kofi""", uq=2),
      ag("rosa", "11-18 09:30", """Hi Kofi,

Lovely - 60 plain bagels a day from Monday 23rd are on the order.

Best,
Rosa""")),

    C("h53-hillside-links", "en", "pending", {},
      "Dana Whitfield <dana.whitfield@hillsidehotels.example>", "outlook", "Allergen matrix and ordering portal",
      "Two questions answered with links only; the customer's signature carries a '?' URL and a 'Questions about your stay?' line.",
      cu("11-19 07:30", """Hello,

I've just taken over the kitchen at Hillside Lodge. Where can I download the allergen matrix for the products we buy from you? And is there an online portal for changing orders, or is it all by e-mail?

Thanks,
Dana Whitfield
Head Chef | Hillside Lodge
Questions about your stay? https://hillsidehotels.example/contact?lodge=hl&src=sig""", kind="alt"),
      ag("rosa", "11-19 08:45", """Hi Dana, welcome!

https://hearthstonebakery.example/allergens?account=HL-102
https://hearthstonebakery.example/trade/orders (same login as your invoices; changes before 2pm for the next day)

Best,
Rosa""")),
]

UNANSWERED: dict[str, list[str]] = {
    "h02-grand-marlow-allergens": [
        "Could you also tell me whether the croissants are made in a nut-free area?"],
    "h03-st-aldhelms-christmas": [
        "What is the last day we can change the order for the final week of term?",
        "Also, please send us the 2027 price list, our bursar needs it before the budget meeting."],
    "h08-eichengrund-brezeln": [
        "Außerdem bitte ich Sie, unsere Rechnungsadresse auf Mercer Row 14, London EC2A 4BT zu ändern, die Buchhaltung ist umgezogen."],
    "h13-brookfield-rolls": [
        "Do your wholemeal rolls meet the school food standards for salt?"],
    "h18-tin-cup-unsliced": [
        "Can we get the sourdough unsliced on Saturdays only?"],
    "h21-gilded-spoon-bank-holidays": [
        "Also, do you deliver on bank holidays?"],
    "h23-regent-quay-handoffs": [
        "Please also bill banqueting on a separate cost centre (BQ-40) from December."],
    "h24-petit-four-paiement": [
        "Est-il possible de payer à 30 jours au lieu de 14 ?"],
    "h29-lindenschule-angebot": [
        "Und wäre eine Lieferung schon um 6:30 Uhr möglich?"],
    "h31-ashcombe-template": [
        "Do you have a vegan brioche?",
        "Please also change our Sunday standing order to 20 croissants instead of 30, starting this Sunday."],
    "h40-kingsmere-gala": [
        "Do you charge extra for a delivery after 3pm?",
        "Could you also send the allergen details for the onion rolls so I can brief the waiting staff?"],
    "h43-taberna-faro-direccion": [
        "Además, por favor, actualicen la dirección de facturación a Calle Mayor Trading Ltd, 22 Lamb Walk, London SE1 3TT."],
    "h45-lantern-inn-christmas-cake": [
        "Can you also invoice it separately from the weekly bread?"],
    "h46-oak-ember-mince-pies": [
        "Is there a discount at that volume?",
        "And are the mince pies suitable for vegetarians?"],
    "h48-alameda-panecillos": [
        "¿Nos podrían facturar a nombre de la asociación de padres y no del colegio?"],
    "h49-dufresne-lundi": [
        "Est-ce que vous pourriez livrer le lundi au lieu du mardi à partir de décembre ?"],
    "h50-albrecht-stollen-preis": [
        "Und können Sie die Stollen einzeln verpacken?"],
    "h52-whitmore-bagels": [
        "Oh, and please put our PO number WSC-7781 on every invoice from now on - finance keep bouncing them.",
        "Do the bagels freeze well, in case we over-order?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice24 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
