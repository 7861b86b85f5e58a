#!/usr/bin/env python3
"""Regenerate ``tests/practice112/``: a labelled corpus of Kingsbarn Butchers.

A support mailbox of a fictional family butcher and farm shop near Malton, North Yorkshire,
that sells online (meat boxes and subscriptions, Christmas turkeys, geese, gammons and
orders, click and collect, chilled courier delivery, catering and BBQ packs, trade accounts
for pubs, hotels and clubs), written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``kingsbarnbutchers.example``.

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

Usage: python scripts/make_practice112_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, ack, ag, auto, cu

SUPPORT_DOMAIN = "kingsbarnbutchers.example"
DESK = "Kingsbarn Butchers <orders@kingsbarnbutchers.example>"

AGENTS = {
    "tom": ("Tom Kingsbarn <tom@kingsbarnbutchers.example>", "thunderbird", """-- 
Tom Kingsbarn
Head Butcher | Kingsbarn Butchers & Farm Shop
Kingsbarn Farm, Malton Road, Old Malton YO17 | 01653 600 412"""),
    "becky": ("Rebecca Shaw <becky@kingsbarnbutchers.example>", "outlook", """Becky Shaw
Online Orders | Kingsbarn Butchers & Farm Shop
Questions about your order? https://kingsbarnbutchers.example/help?src=sig"""),
    "dev": ("Dev Mistry <dev@kingsbarnbutchers.example>", "owa", """Dev Mistry
Dispatch & Chilled Deliveries | Kingsbarn Butchers
Vans leave the farm at 6:30am, Tuesday to Friday."""),
    "fiona": ("Fiona Lacey <fiona@kingsbarnbutchers.example>", "outlook", """Fiona Lacey
Trade Accounts & Catering | Kingsbarn Butchers & Farm Shop
This e-mail and any attachments are confidential and intended solely for the addressee."""),
    "greta": ("Greta Hoffmann <greta@kingsbarnbutchers.example>", "thunderbird_de", """-- 
Greta Hoffmann
Kundenservice (Deutsch) | Kingsbarn Butchers
https://kingsbarnbutchers.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@kingsbarnbutchers.example>", "apple_fr", """Amélie Roussel
Service clients (français) | Kingsbarn Butchers
https://kingsbarnbutchers.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@kingsbarnbutchers.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Kingsbarn Butchers
+44 1653 600 419"""),
}

ACK = """Hello,

Thank you for contacting Kingsbarn Butchers. This is an automatic confirmation:
your message has been logged as {ref}. Our online team works Monday to Friday
8am-5pm and Saturday 8am-12pm, and we aim to reply within one working day.

For same-day click & collect changes please ring the shop on 01653 600 412.

Kingsbarn Butchers & Farm Shop
https://kingsbarnbutchers.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Kingsbarn Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="kb.", outlook_server="AM6PR1")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice112", title="Kingsbarn Butchers", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="KB-", reply_prefix=REPLY_PREFIX)

THERMOMETER_PNG = mailcraft.png(24, 16, lambda x, y: (200, 60 + 6 * y, 40) if x < 12 else (230, 230, 235))
LABEL_PNG = mailcraft.png(20, 12, lambda x, y: (250, 250, 245) if y % 4 else (30, 30, 30))
BBQ_QUOTE_PDF = mailcraft.pdf(["Kingsbarn Butchers - Presupuesto / Quote Q-2611-031",
                               "Pack barbacoa grande x 30 personas",
                               "Total GBP 285.00 - entrega viernes 20/11"])
CATERING_FORM_PDF = mailcraft.pdf(["Kingsbarn Butchers - Catering order form",
                                   "Event: 12 December, Ganthorpe village hall, 60 guests",
                                   "Deposit 25%: GBP 112.50"])
TRADE_PRICES_PDF = mailcraft.pdf(["Kingsbarn Butchers - Trade price list December 2026",
                                  "Dry-aged sirloin 28 days GBP 28.90/kg",
                                  "Free delivery from GBP 120 per drop"])
ANGEBOT_PDF = mailcraft.pdf(["Kingsbarn Butchers - Angebot KB-CAT-0412 (rev. 2)",
                             "Yorkshire Sunday Lunch, 32 Personen",
                             "Gesamt GBP 544.00"])
XMAS_CONF_PDF = mailcraft.pdf(["Kingsbarn Butchers - Christmas order KB-XMAS-2277 (corrected)",
                               "1 x Bronze turkey 7kg, 1 x Three-bird roast",
                               "Collection Thursday 24 December, 9-10am"])


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES = [
    C("k01-turkey-for-twelve", "en", "closed", {},
      "Helen Mowbray <helen.mowbray@gmail.example>", "gmail", "Christmas turkey for 12",
      "Three questions (size, slot on the 23rd, deposit by phone) answered out of order in one paragraph; thanks-only reply.",
      cu("11-03 19:42", """Hi there,

We're hosting twelve this Christmas (eight adults, four children) and I'd like to order one of your free-range bronze turkeys. What size would you recommend for that many? We'd like some leftovers for Boxing Day sandwiches!

Is there still a collection slot on the 23rd, ideally late afternoon? And can I pay the deposit by card over the phone, or does it have to be online?

Many thanks,
Helen Mowbray"""),
      ag("becky", "11-04 09:15", """Hi Helen,

Thank you for thinking of us for Christmas. Deposits can be taken over the phone - just ring the shop on 01653 600 412 and quote the order number below. For twelve with leftovers I'd go for a 7-8kg bird, which gives roughly 600g a head on the bone, and collection on Wednesday 23rd runs until 5pm, so I've pencilled you in for 3:30-4pm.

Provisional order: KB-XMAS-2291

Best wishes,"""),
      cu("11-04 10:02", """Perfect, thank you Becky - I'll ring this afternoon.

Helen""", thanks=True)),

    C("k02-box-pause-swap", "en", "closed", {"unanswered-question": 1},
      "Gareth Pryce <gpryce@pryce-family.example>", "outlook", "Pausing our box + a change",
      "Pause request handled; the request to swap chops for mince in future boxes is skipped.",
      cu("11-04 07:55", """Hello,

We're away from 14 to 28 November so could you pause our fortnightly family box for the delivery on the 18th? We'll be back in time for the one after.

Could you also swap the pork chops for extra mince in future boxes? The kids won't touch chops but we get through mince like nobody's business.

Thanks,
Gareth Pryce
Subscriber no. 40817""", uq=1),
      ag("becky", "11-04 11:30", """Hi Gareth,

No problem - I've paused the box due on Wednesday 18 November, so your next delivery will be Wednesday 2 December as normal. You won't be charged for the paused week.

Enjoy the break,""")),

    C("k03-warm-box-thirsk", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Nina Farrow <nina.farrow@icloud.example>", "iphone", "Box arrived warm",
      "Box arrived at 11 degrees (photo); safety answered, refund/replacement deferred 'by Thursday', delivered the next Monday after a chase.",
      cu("11-10 18:20", """Hi, our box arrived today (order 55190) but it had clearly been sitting somewhere warm. The ice packs were completely liquid and the chicken thighs felt barely cool. Photo of the thermometer attached - it read 11 degrees inside the liner.

Is any of it safe to put in the freezer? And can you refund or send a replacement? We were planning the roast for Sunday.

Thanks
Nina Farrow

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", THERMOMETER_PNG)]),
      ag("dev", "11-11 08:40", """Hi Nina,

I'm really sorry - 11 degrees is well above what we'd accept. Please don't freeze any of it; the fresh meat should go in the bin, and the vacuum-packed bacon too, to be on the safe side.

I need to check the tracking with the courier to see where it was held up, and I'll come back to you by Thursday with either a replacement date or a refund.

Best,""", promises=[("11-12", 4)]),
      cu("11-16 12:05", """Hi Dev, any news on this? We ended up buying a chicken from the supermarket for Sunday, which rather defeats the point of ordering from you. I'd prefer the refund now please.

Nina""", chase=True),
      ag("dev", "11-16 15:10", """Hi Nina,

Apologies for the silence - the courier only came back to me this morning. The parcel sat at their Leeds depot over the weekend after a missed trailer. I've refunded the full £64.50 to your card today.

Sorry again,""")),

    C("k04-gans-weihnachten", "de", "pending", {},
      "Sabine Kettler <sabine.kettler@web.example>", "gmail_de", "Weihnachtsgans",
      "German customer in York: goose availability/weight and collection on the 23rd, both answered; thanks-only reply.",
      cu("11-16 20:11", """Guten Abend,

ich bin Deutsche und lebe seit ein paar Jahren in York - zu Weihnachten gibt es bei uns traditionell Gans. Haben Sie dieses Jahr Freilandgänse, und wenn ja, in welchen Gewichten? Für sechs Personen bräuchte ich ungefähr 5 kg.

Kann ich die Gans am 23. Dezember im Hofladen abholen?

Viele Grüße
Sabine Kettler"""),
      ag("greta", "11-17 09:05", """Liebe Frau Kettler,

ja, wir haben wieder Freilandgänse von einem Hof bei Pickering, zwischen 4,5 und 6 kg. Eine Gans mit rund 5 kg habe ich für Sie reserviert (£78, Anzahlung £20).

Abholung am 23. Dezember ist möglich, der Hofladen hat an dem Tag von 8 bis 17 Uhr geöffnet.

Herzliche Grüße"""),
      cu("11-17 12:40", """Wunderbar, vielen Dank! Dann bis zum 23.

Sabine Kettler""", thanks=True)),

    C("k05-colis-ecosse", "fr", "closed", {"unanswered-question": 1},
      "Claire Roux <claire@atelier-roux.example>", "apple_fr", "Livraison en Écosse",
      "Delivery to Scotland and transit time answered; the request for an invoice in the company's name is skipped.",
      cu("11-05 13:20", """Bonjour,

Je vis à Édimbourg et j'aimerais commander votre colis « Grand Rôti » pour un repas de famille le 14 novembre. Livrez-vous en Écosse en livraison réfrigérée, et combien de temps prend le transport ?

Par ailleurs, pourriez-vous m'envoyer une facture au nom de mon entreprise, Atelier Roux Design, pour cette commande ?

Merci d'avance,
Claire Roux""", uq=1),
      ag("amelie", "11-05 16:45", """Bonjour Claire,

Oui, nous livrons en Écosse : les colis partent du mardi au jeudi et arrivent le lendemain avant 13 h, dans une caisse isotherme avec des pains de glace. Pour le 14, je vous conseille une expédition le mardi 10 ou le mercredi 11.

Bien cordialement,""")),

    C("k06-barbacoa-cumple", "es", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Marta Quintero <marta.quintero@gmail.example>", "gmail_es", "Barbacoa para 30 personas",
      "BBQ pack for 30: chorizo answered, quote promised 'el lunes' and sent on Thursday after a chase; thick-cut pancetta never addressed.",
      cu("11-04 21:10", """Hola,

El 21 de noviembre celebramos el cumpleaños de mi marido y seremos unas 30 personas. Queremos hacer una barbacoa (sí, en noviembre, somos así). ¿Me podrían preparar un presupuesto para el pack de barbacoa grande para 30? ¿Incluye chorizo o solo salchichas inglesas? Y otra cosa: ¿pueden cortar la panceta en tiras gruesas, tipo para parrilla?

Gracias,
Marta Quintero""", uq=1, cte="base64"),
      ag("lucia", "11-05 10:20", """Hola Marta,

¡Qué buen plan! El pack grande lleva salchichas de cerdo, hamburguesas de ternera, muslos de pollo marinados y nuestro chorizo fresco de la casa, así que sí, incluye chorizo. Para 30 personas tengo que ajustar cantidades con Tom, nuestro carnicero, y le escribo el lunes con el presupuesto.

Un saludo,""", promises=[("11-09", 4)]),
      cu("11-12 08:30", """Hola Lucía, ¿hay alguna novedad con el presupuesto? Sigo esperando y la fiesta es el sábado 21, necesito cerrarlo ya.

Marta""", chase=True),
      ag("lucia", "11-12 11:05", """Hola Marta,

Perdone el retraso. Le adjunto el presupuesto: pack grande para 30 personas, £285, con entrega el viernes 20 por la tarde. Si le parece bien, respóndame y lo dejo confirmado.

Un saludo,""", attach=[("application/pdf", "Presupuesto-Q-2611-031.pdf", BBQ_QUOTE_PDF)])),

    C("k07-pub-trade-account", "en", "open", {"awaiting-reply": 1},
      "Rob Ainsley <rob@foxandfeathers.example>", "outlook", "New trade supplier enquiry - Fox & Feathers",
      "Pub landlord asks for trade prices, delivery days and terms; only the helpdesk acknowledgement (service-hours text) in two days.",
      cu("11-18 10:40", """Good morning,

I run the Fox & Feathers in Hovingham and we're looking for a new local supplier for steaks, sausages and our Sunday roast joints from January. Could you send me your current trade price list? We'd need deliveries twice a week, ideally Tuesday and Friday mornings - is that something you can do out this way?

Also, what are your payment terms for trade accounts?

Kind regards,
Rob Ainsley
Landlord, The Fox & Feathers
01653 628 900"""),
      ack("11-18 10:41")),

    C("k08-click-collect-saturday", "en", "open", {},
      "Priya Nair <priya.nair@outlook.example>", "android", "Click and collect tomorrow",
      "Fresh enquiry on the audit day, only acknowledged - inside the response target.",
      cu("11-20 09:12", """Hi, I've just placed a click and collect order (56023) for tomorrow. Can my husband collect it instead of me? He'll have the order email on his phone. Also what time do you close on Saturdays?

Thanks, Priya

Sent from Outlook for Android"""),
      ack("11-20 09:13")),

    C("k09-gluten-free-sausages", "en", "closed", {"reopened": 1},
      "Alison Beck <alison.beck@beckhome.example>", "gmail", "Wrong sausages - coeliac",
      "Wrong sausages replaced and ticket marked resolved; the customer comes back about an unlabelled bacon sample (reopened), answered.",
      cu("11-09 12:15", """Hello,

Our box came this morning but the sausages are pork and leek, not the gluten-free pork ones I ordered (order 55744). My daughter is coeliac so we can't use them. Can you send the right ones? The order confirmation says GF Pork Sausages x2.

Regards,
Alison Beck"""),
      ag("becky", "11-09 14:30", """Hi Alison,

Sorry about that - the packing team picked from the wrong shelf. Two packs of our gluten-free pork sausages are going out on tomorrow's chilled delivery at no charge; please keep or pass on the pork and leek ones.

I'll mark this ticket as resolved, but do reply if anything else isn't right.

Kind regards,""", closes=True),
      cu("11-11 10:05", """Hi Becky,

The sausages arrived, thank you - but the replacement box also had a pack of streaky bacon in it that's been rubbed with something, and the label's come off. Is it your maple cure? That one has barley in it, I think, so I need to know before anyone eats it.

Alison"""),
      ag("becky", "11-11 11:20", """Hi Alison,

Good that you asked. Yes, that'll be the maple-cured streaky - it's a free sample the packers add in November. The cure has barley malt in it, so it isn't safe for your daughter. I've made a note on your account: no samples, gluten-free only.

Kind regards,""")),

    C("k10-wedding-catering", "en", "pending", {"many-handoffs": 1},
      "Jess Okafor <jess.okafor@me.example>", "apple", "Wedding catering for 60",
      "Becky hands the cut questions to Tom and the deposit to Fiona; both deliver within the window (three agents); thanks-only reply.",
      cu("11-12 20:30", """Hi,

We're getting married on 12 December at Ganthorpe village hall and a friend is doing the cooking. We'd like your catering pack for 60 - the slow-roast pork shoulders and the beef brisket. Can you supply the meat ready-rubbed? And do you take a deposit, or is it payment on collection?

Thanks so much,
Jess & Aaron""", kind="alt"),
      ag("becky", "11-13 09:10", """Hi Jess,

Congratulations to you both! I've passed the cut list to Tom, our head butcher, who'll write to you about the rubs - he has strong opinions on brisket. Fiona looks after catering deposits and she'll send you the paperwork.

Best wishes,""", promises=[("window", 3), ("window", 4)]),
      ag("tom", "11-13 15:20", """Hello Jess,

Tom here. Yes, we can rub the pork shoulders (fennel, garlic and sea salt) and the brisket (black pepper and smoked paprika) and vacuum-pack them, so they'll sit happily in the fridge for two days before your friend cooks them. For 60 you'll want three pork shoulders at about 4.5kg and two briskets at around 5kg.

All the best,"""),
      ag("fiona", "11-14 09:45", """Dear Jess,

Please find the catering order form attached. We take a 25% deposit (£112.50) to confirm, and the balance on collection on Thursday 10 December.

Kind regards,""", attach=[("application/pdf", "Catering-order-form-Okafor.pdf", CATERING_FORM_PDF)]),
      cu("11-14 18:02", """Thank you all - this is brilliant. Form filled in and deposit paid online just now.

Jess""", thanks=True)),

    C("k11-bronze-turkey-harrogate", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Michael Tennant <m.tennant@tennant.example>", "thunderbird", "Bronze turkey - delivery to Harrogate?",
      "Unanswered for two days apart from the acknowledgement, the customer resends the same mail word for word as a new message; both questions answered with 'Yes to both'.",
      cu("11-16 08:50", """Hello,

Do you still have free-range bronze turkeys around 7kg for Christmas, and do you deliver to Harrogate on 22 December? We can't get over to the shop this year.

Best regards,
Michael Tennant"""),
      ack("11-16 08:51"),
      cu("11-18 09:30", """Hello,

Do you still have free-range bronze turkeys around 7kg for Christmas, and do you deliver to Harrogate on 22 December? We can't get over to the shop this year.

Best regards,
Michael Tennant""", parent=0, chase=True),
      ag("becky", "11-18 11:00", """Dear Michael,

Apologies - your first message got buried under Monday's turkey orders. Yes to both: we have bronze birds from 6.5 to 7.5kg, and our Christmas van covers Harrogate on Tuesday 22 December between 9am and 1pm. I've reserved a 7kg bird for you; you can pay the deposit at https://kingsbarnbutchers.example/christmas?order=KB-XMAS-2388

Best wishes,""")),

    C("k12-boxing-day-dripping", "en", "closed", {},
      "Katie Sturdy <katie.sturdy@gmail.example>", "gmail", "quick q",
      "Two quick questions answered with a bare 'Closed Boxing Day' and a price.",
      cu("11-06 17:30", """Hiya, quick ones - are you open on Boxing Day? And do you sell beef dripping? My nan swears by it for roast potatoes and I can't find it anywhere.

Cheers
Katie"""),
      ag("tom", "11-07 08:15", """Hi Katie,

Closed Boxing Day - back open on the 28th.

Dripping: yes, 250g tubs, £2.50, in the chiller by the door. Your nan is right.

Cheers,""")),

    C("k13-bbq-village-hall", "en", "closed", {"unanswered-question": 2},
      "Denise Harland <denise.harland@sheriffhuttonhall.example>", "outlook", "BBQ packs for village hall event",
      "Four questions buried in one long paragraph; price per head and gluten-free answered, the BBQ loan and delivery-or-collect skipped.",
      cu("11-02 19:55", """Hi,

I'm organising the bonfire-night-that-got-rained-off BBQ for Sheriff Hutton village hall, now on Saturday 14 November, and we're expecting around 40 people, adults and children. I've been looking at your BBQ packs online and wondered how much it works out per head for the 'Family Feast' pack if we get enough for 40, and whether the burgers are gluten-free as we have two coeliacs on the committee, and somebody mentioned you sometimes lend out a big gas BBQ to local events - is that still something you do? Failing that we'll borrow the one from the cricket club. Could you deliver to the hall on the Saturday morning, or would someone need to collect on the Friday?

Thanks in advance,
Denise Harland
Sheriff Hutton Village Hall Committee""", uq=2),
      ag("becky", "11-03 10:05", """Hi Denise,

Thanks for getting in touch - sounds like a great night. The Family Feast pack feeds 10, so you'd want four at £69 each, which works out at £6.90 a head. Our burgers are 97% beef with salt and pepper and no rusk, so they're gluten-free, as are the pork sausages in that pack (the Cumberlands aren't, so leave those off if you add extras).

Kind regards,""")),

    C("k14-pub-standing-order-inline", "en", "closed", {},
      "Liam Hurst <chef@wheatsheafmalton.example>", "owa", "December standing order",
      "Numbered list of three trade questions, each answered inline under the quoted question.",
      cu("11-05 11:00", """Hi Fiona,

A few things before we renew the standing order for December:

1. Can we move the Friday delivery on 18th December to the Thursday? We're closed that Friday for a private do.
2. What's the price on the 28-day dry-aged sirloin now? Last invoice said £27.50/kg.
3. Can you add 6 x 1kg packs of pork belly to each Tuesday drop?

Cheers,
Liam Hurst
Head Chef, The Wheatsheaf, Malton"""),
      ag("fiona", "11-05 14:20", """Hi Liam,

Answers under each:

> 1. Can we move the Friday delivery on 18th December to the Thursday? We're closed that Friday for a private do.

Done - Thursday 17th, same drop time.

> 2. What's the price on the 28-day dry-aged sirloin now? Last invoice said £27.50/kg.

£28.90/kg from 1 December, I'm afraid - cattle prices went up in the autumn.

> 3. Can you add 6 x 1kg packs of pork belly to each Tuesday drop?

Yes, added from Tuesday 10 November.

Kind regards,""", quote=False)),

    C("k15-french-trim-rack", "en", "closed", {"missed-follow-up": 1},
      "Richard Aske <richard.aske@askefamily.example>", "apple", "Racks of lamb",
      "French trimming answered; the crown roast is deferred to Tom ('I'll come back to you', no deadline) and never answered.",
      cu("11-09 16:10", """Hello,

I'd like to order two racks of lamb for a dinner party on the 21st. Can your butcher French-trim them for me? And would it be possible to tie them into a crown, or is that too much to ask?

With thanks,
Richard Aske"""),
      ag("becky", "11-10 09:30", """Dear Richard,

French trimming is no problem at all and there's no charge for it. The crown I'm less sure of, as it needs two racks from the same side of the lamb to sit properly - let me ask Tom when he's back from the abattoir and I'll come back to you.

Kind regards,""", promises=[("window", None)])),

    C("k16-collection-slot-ahead", "en", "pending", {},
      "Owen Bradley <owen.bradley@bradleys.example>", "gmail", "Christmas Eve collection slot?",
      "Slot confirmation promised 'by Tuesday 24 November' (deadline still ahead); the parking question answered.",
      cu("11-18 14:00", """Hi,

Order KB-XMAS-2402 - I booked a turkey crown and a gammon for collection on Christmas Eve. Could you tell me which collection slot I've got? The email just says 'slot to be confirmed'. And is parking OK at the farm that morning? Last year the lane was chaos.

Thanks
Owen Bradley"""),
      ag("becky", "11-18 16:30", """Hi Owen,

We're allocating the Christmas Eve slots over the next few days, once the last of the turkey orders are in - I'll confirm yours by Tuesday 24 November. On parking: we're using the top field as a car park on the 23rd and 24th this year, with marshals on the lane, so it should be much calmer.

Best wishes,""", promises=[("11-24", None)])),

    C("k17-numbered-list-half", "en", "pending", {"unanswered-question": 2},
      "Margaret Oduya <margaret.oduya@oduya.example>", "thunderbird", "Setting up a regular order",
      "Four numbered questions; the first two answered, the doorstep cool box and taking packaging back skipped.",
      cu("11-16 21:15", """Hello,

I've just moved to Malton and want to set up a regular order. Some questions:

1. Do you do a monthly box rather than fortnightly?
2. Is all your beef grass-fed?
3. Can I leave a cool box on the doorstep for the delivery if I'm at work?
4. Do you take the packaging back? I'd rather not throw the wool liners away.

Thank you,
Margaret Oduya""", uq=2),
      ag("dev", "11-17 10:40", """Hi Margaret,

Welcome to Malton! Yes, any of our boxes can be set to monthly - just choose 'every 4 weeks' when you subscribe. Our beef comes from our own herd and two neighbouring farms, grass-fed through the summer and on hay and silage over winter.

Best,""")),

    C("k18-bratwurst-verein", "de", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Jürgen Haas <kasse@kulturverein-leeds.example>", "outlook_de", "Anfrage Bratwurst für Weihnachtsmarkt",
      "German club in Leeds: chases after three days ('ich warte immer noch'); bratwurst and minimum quantity answered, invoice to the club skipped.",
      cu("11-09 19:30", """Sehr geehrte Damen und Herren,

wir sind ein deutscher Verein in Leeds und planen für den 5. Dezember einen kleinen Weihnachtsmarkt. Stellen Sie auf Bestellung auch Bratwurst nach fränkischer Art her? Wie viele Kilo müssten wir mindestens bestellen? Außerdem bräuchten wir eine Rechnung auf den Verein (Deutscher Kulturverein Leeds e.V.), nicht auf mich persönlich.

Mit freundlichen Grüßen
Jürgen Haas
Kassenwart""", uq=1),
      cu("11-12 08:15", """Guten Morgen,

ich warte immer noch auf eine Antwort auf meine Anfrage unten. Wir müssen nächste Woche die Bestellung festmachen.

Mit freundlichen Grüßen
Jürgen Haas""", parent=1, chase=True),
      ag("greta", "11-12 10:30", """Sehr geehrter Herr Haas,

entschuldigen Sie bitte die späte Antwort. Ja, Tom macht auf Bestellung eine grobe Bratwurst mit Majoran, Kümmel und etwas Muskat, sehr nah an der fränkischen. Die Mindestmenge sind 5 kg (etwa 50 Würste), der Preis liegt bei £14,80 pro Kilo.

Mit freundlichen Grüßen""")),

    C("k19-cooking-times-link", "en", "closed", {},
      "Tasha Linton <tasha.linton@icloud.example>", "iphone", "Rolled sirloin",
      "Two cooking questions answered with two links only.",
      cu("11-08 13:05", """Hi, picked up the rolled sirloin yesterday, 2.1kg. How long should I roast it for medium? And can I cook it the night before and reheat, or is that a crime?

Tasha

Sent from my iPhone"""),
      ag("tom", "11-08 14:00", """Hi Tasha,

https://kingsbarnbutchers.example/cooking/rolled-sirloin

https://kingsbarnbutchers.example/cooking/resting-and-reheating

Enjoy it,""")),

    C("k20-second-mail-invoice", "en", "closed", {"unanswered-question": 1},
      "Sam Whitcombe <sam.whitcombe@gmail.example>", "gmail", "Steak box for my dad",
      "Delivery question answered; days later a second mail asks about gift vouchers (answered with a link) and a VAT invoice (skipped).",
      cu("11-02 10:00", """Hi, when will my Steak Lovers box (order 55012) be delivered? I ordered it as a birthday present for my dad.

Thanks, Sam Whitcombe"""),
      ag("dev", "11-02 13:30", """Hi Sam,

It's booked on Thursday's chilled run - DPD email a one-hour window on the morning.

Best,"""),
      cu("11-05 18:40", """Hi Dev, it arrived and Dad was delighted - thank you.

One more thing: do you do gift vouchers? His birthday's sorted but Christmas isn't. And could you send me a VAT invoice for the order? I'm going to put half of it through my business, don't tell Dad.

Sam""", uq=1),
      ag("dev", "11-06 09:15", """Hi Sam,

Glad he liked it! Gift vouchers from £25, emailed or as a printed card in the post: https://kingsbarnbutchers.example/gift-vouchers

Best,""")),

    C("k21-joue-bistrot", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Julien Marchetti <julien@bistrot-marchetti.example>", "gmail", "Prix professionnel joue et jarret",
      "Trimming answered, trade price promised 'd'ici jeudi' and given the next Tuesday after 'Je me permets de vous relancer'; the late reply's References skip a message.",
      cu("11-10 15:30", """Bonjour,

Je tiens un petit bistrot à York et je cherche un fournisseur pour de la joue de boeuf et du jarret, environ 8 kg par semaine. Est-ce que vous pouvez me faire un prix professionnel ? Et est-ce que la joue peut être parée avant livraison ?

Cordialement,
Julien Marchetti
Bistrot Marchetti"""),
      ag("amelie", "11-10 17:05", """Bonjour Julien,

Merci pour votre message. Oui, Tom pare les joues à la main, sans supplément. Pour le prix professionnel, je dois voir avec Fiona, qui gère les comptes pros, et je reviens vers vous d'ici jeudi.

Bien cordialement,""", promises=[("11-12", 4)]),
      cu("11-16 09:10", """Bonjour Amélie,

Je me permets de vous relancer au sujet du prix pour la joue et le jarret. Je dois passer ma commande de la semaine prochaine mercredi au plus tard.

Cordialement,
Julien Marchetti""", chase=True),
      ag("amelie", "11-17 10:00", """Bonjour Julien,

Toutes mes excuses pour ce retard. Voici nos prix professionnels : joue de boeuf parée £13,20/kg, jarret £9,80/kg, livraison gratuite à York à partir de £80. Fiona peut ouvrir votre compte dès aujourd'hui.

Bien cordialement,""", refs=[1, 3])),

    C("k22-cordero-navidad", "es", "closed", {"unanswered-question": 2},
      "Álvaro Rincón <alvaro.rincon@correo.example>", "gmail_es", "Cordero para Navidad",
      "Five questions in one paragraph; lamb availability, weight and collection answered, the Castilian cut and paying by Bizum skipped.",
      cu("11-03 20:45", """Buenas tardes:

Somos una familia de Valladolid que vive en Scarborough y en Navidad siempre comemos lechazo asado. Sé que aquí es difícil, pero ¿tienen cordero lechal o al menos cordero muy joven? ¿Cuánto pesaría un cuarto trasero? Nos gustaría recogerlo el 23 de diciembre. ¿Podrían cortarlo en cuartos como se hace en Castilla? Y por último, ¿aceptan pago con Bizum o solo tarjeta?

Muchas gracias,
Álvaro Rincón""", uq=2),
      ag("lucia", "11-04 09:40", """Hola Álvaro,

Lechal propiamente dicho no tenemos, pero en diciembre sí tenemos corderos de los Dales de unos cuatro meses, muy tiernos. Un cuarto trasero pesa entre 2,5 y 3 kg. La recogida el 23 de diciembre no es problema: ese día la tienda abre de 8 a 17 h.

Un saludo,""")),

    C("k23-care-home-colleague", "en", "pending", {},
      "Sue Pollard <catering@becksidehouse.example>", "owa", "Weekly topside delivery - Beckside House",
      "Becky answers the kitchen-door question and hands the delivery day to Dev 'tomorrow'; Dev keeps it the next morning.",
      cu("11-16 11:20", """Hi,

We're a care home in Pickering and we'd like to try your chilled delivery for our Sunday lunches - roughly 6kg of topside a week. Which delivery day would we get, and can the driver bring it round to the kitchen door at the back rather than reception?

Kind regards,
Sue Pollard
Catering Manager, Beckside House"""),
      ag("becky", "11-16 14:45", """Hi Sue,

Thanks for thinking of us. The kitchen door is fine - I've noted it on your account and the drivers will go round the back. Dev plans the delivery rounds and will email you tomorrow with your day and time slot.

Kind regards,""", promises=[("11-17", 3)]),
      ag("dev", "11-17 09:30", """Hi Sue,

Dev here from dispatch. Pickering is on our Thursday round, and we'd be with you between 7:30 and 9am, so the topside is in the kitchen in good time for the weekend.

Best,""")),

    C("k24-half-pig-ooo", "en", "closed", {},
      "Catherine Lowe <c.lowe@ryedalesurveyors.example>", "outlook", "Half pig for office party - order 55233",
      "Two questions answered; the customer's out-of-office reply, then a thanks-only mail; confidentiality disclaimer in the signature.",
      cu("11-04 08:30", """Good morning,

We've booked the half pig for spit-roasting for our office Christmas party (order 55233). Could you confirm whether it comes with the head on, and whether you supply the apple sauce or we need to make our own?

Regards,
Catherine Lowe
Office Manager, Ryedale Surveyors

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it."""),
      ag("tom", "11-04 13:10", """Hello Catherine,

Head off unless you ask otherwise - most offices prefer it that way! And yes, two 1kg tubs of our Bramley apple sauce come with every half pig, plus a tray of sage and onion stuffing.

All the best,"""),
      auto("11-04 13:11", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For urgent matters please contact reception on 01653 692 111.

Catherine Lowe""", quote=False, subject="Automatic reply: Half pig for office party - order 55233"),
      cu("11-09 09:05", """Thanks Tom, that's all perfect.

Catherine""", thanks=True)),

    C("k25-hamper-date-chase", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Daniel Frost <daniel.frost@frostmail.example>", "gmail", "Change delivery date - hamper 55980",
      "Hamper date change and a keeping question, acknowledged only; the customer follows up on his own mail the next evening and is still waiting.",
      cu("11-16 07:45", """Hi,

I ordered a Christmas hamper (order 55980) for my in-laws in Helmsley and chose delivery on 18 December. I've just realised they'll be away until the 19th. Can the delivery date be changed to the 21st? And will the hamper keep if it does end up sitting in their porch for a day?

Thanks,
Daniel Frost"""),
      ack("11-16 07:46"),
      cu("11-17 18:30", """Just following up on my email below - I haven't heard back yet and I'd like to get the date sorted before the Christmas slots fill up.

Daniel""", parent=1, chase=True)),

    C("k26-trade-price-list-pdf", "en", "closed", {},
      "Hannah Greaves <hannah@ploughinnslingsby.example>", "outlook", "December trade prices",
      "Price list request answered with a PDF attachment; free-delivery threshold answered in a line.",
      cu("11-03 10:15", """Hi Fiona,

Could you send over the trade price list for December? Our chef wants to plan the Christmas menu this week. Also, has the minimum order for free delivery changed?

Thanks,
Hannah Greaves
The Plough Inn, Slingsby"""),
      ag("fiona", "11-03 11:50", """Hi Hannah,

December price list attached. Free delivery still starts at £120 per drop, no change there.

Kind regards,""", attach=[("application/pdf", "Kingsbarn-trade-prices-Dec-2026.pdf", TRADE_PRICES_PDF)])),

    C("k27-ham-keep-neighbour", "en", "closed", {"unanswered-question": 1},
      "Ruth Calloway <ruth.calloway@gmail.example>", "gmail", "Cooking the gammon ahead",
      "Asked how long a cooked ham keeps; the reply gives cooking and glazing times instead.",
      cu("11-06 16:20", """Hi, we've ordered one of your 3kg gammons for Christmas (order KB-XMAS-2150) and I want to cook it on the 23rd so the oven is free on the day. How long will the ham keep in the fridge once it's been cooked and glazed?

Thanks
Ruth Calloway""", uq=1),
      ag("becky", "11-06 17:05", """Hi Ruth,

Great plan - the 3kg gammon needs about 2 hours 20 minutes simmering (20 minutes per 450g plus 20 minutes), then 20-25 minutes in a hot oven to glaze. There's a glaze recipe card in the box.

Best wishes,""")),

    C("k28-merguez", "fr", "closed", {},
      "Sophie Benali <sophie.benali@icloud.example>", "iphone", "Merguez",
      "Two questions answered with 'Oui !' and the collection details; thanks-only reply.",
      cu("11-05 19:00", """Bonsoir,

Est-ce que vous faites des merguez ? Mon mari est algérien et il cherche désespérément de vraies merguez d'agneau depuis qu'on a déménagé dans le Yorkshire. Si oui, est-ce que je peux en commander 2 kg pour samedi, à retirer au magasin ?

Merci !
Sophie Benali

Envoyé de mon iPhone"""),
      ag("amelie", "11-06 09:20", """Bonsoir Sophie,

Oui ! Tom fait des merguez 100 % agneau avec harissa, cumin et coriandre, tous les jeudis. Je vous ai mis 2 kg de côté pour samedi, à retirer à la boutique entre 8 h et 16 h.

Bien à vous,"""),
      cu("11-06 09:45", """Génial, merci beaucoup !!

Sophie""", thanks=True)),

    C("k29-cesta-madrid", "es", "pending", {},
      "Irene Salas <irene.salas@correo.example>", "gmail_es", "Cesta de Navidad para mis padres",
      "Customer in Madrid (UTC+1): Spanish card answered, handwritten note deferred to 'mañana' and confirmed the next day.",
      cu("11-16 22:10", """Hola,

Vivo en Madrid pero mis padres viven en Malton y quiero mandarles una de sus cestas de Navidad como sorpresa. ¿Se puede pagar con una tarjeta española? ¿Y puedo añadir una tarjeta con un mensaje escrito a mano?

Gracias,
Irene Salas""", tz=1),
      ag("lucia", "11-17 09:30", """Hola Irene,

Qué bonito regalo. Sí, aceptamos cualquier tarjeta Visa o Mastercard, también españolas. Lo del mensaje escrito a mano tengo que consultarlo con el equipo de empaquetado, que en diciembre va a tope; le confirmo mañana.

Un saludo,""", promises=[("11-18", 3)]),
      ag("lucia", "11-18 11:15", """Hola Irene,

Confirmado: si nos manda el texto, Becky lo escribe a mano en una de nuestras tarjetas y la mete en la cesta, sin coste.

Un saludo,""")),

    C("k30-lammkeule-morgen", "de", "pending", {"missed-follow-up": 1},
      "Matthias Brenner <m.brenner@posteo.example>", "gmail_de", "Lammkeule für den 28.",
      "Payment by phone answered; whether Tom can stud the leg with rosemary and garlic deferred 'ich melde mich morgen' and never answered.",
      cu("11-16 17:30", """Hallo,

ich möchte für Samstag, den 28. November, eine Lammkeule mit Knochen bestellen, ca. 2,5 kg. Können Sie die Keule für mich einschneiden und mit Rosmarin und Knoblauch spicken? Und kann ich die Bestellung telefonisch bezahlen?

Danke und viele Grüße
Matthias Brenner"""),
      ag("greta", "11-17 08:50", """Hallo Herr Brenner,

bezahlen können Sie gern telefonisch unter 01653 600 412 oder bei der Abholung. Ob Tom die Keule spicken kann, frage ich ihn heute, er ist gerade im Schlachthof - ich melde mich morgen bei Ihnen.

Viele Grüße""", promises=[("11-18", None)])),

    C("k31-charity-cutlets", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Anne Thackray <anne.thackray@hospicefriends.example>", "outlook", "Lamb cutlets for charity dinner",
      "Trimming answered, the price promised 'by Friday' never sent; the charity-discount request is skipped.",
      cu("11-02 12:30", """Hello,

I'm trying to get a quote for 80 lamb cutlets for a charity dinner on 27 November. Can you let me know the price and whether you can supply them French-trimmed? Please also let me know if there's a discount for registered charities. We're the Ryedale Hospice Friends, charity no. 1098231.

Best wishes,
Anne Thackray""", uq=1),
      ag("becky", "11-03 09:10", """Dear Anne,

Yes, we can French-trim them. I'll work out a price for 80 with Tom and send it over by Friday.

Kind regards,""", promises=[("11-06", None)])),

    C("k32-html-any-update", "en", "pending", {"customer-chased": 1},
      "Peter Linley <peter.linley@linley.example>", "outlook", "Order 55917 - has it shipped?",
      "Box due today not shipped; an HTML-only 'Any update on this?' the same afternoon; answered with the reason and new arrival.",
      cu("11-17 09:00", """Hello,

I placed order 55917 last Thursday for delivery today (Tuesday) - a Sunday Roast box. The tracking link still says 'label created'. Has it actually gone out?

Thanks,
Peter Linley"""),
      cu("11-17 16:40", """Any update on this? It's now 4.40pm and no sign of the box or the courier. I'm starting to worry it's sitting in a warehouse.

Peter""", parent=1, chase=True, kind="html"),
      ag("dev", "11-17 17:15", """Hi Peter,

So sorry - your box missed Monday's collection because of a label printer fault, and it went out this morning instead. It's with DPD now and due tomorrow before 12; the ice packs are rated for 48 hours so it will still arrive properly cold. DPD's tracking should update this evening.

Best,""")),

    C("k33-venison-today", "en", "pending", {},
      "George Pinder <george.pinder@pinder.example>", "apple", "Venison?",
      "Fresh enquiry on the audit day answered within hours.",
      cu("11-20 08:05", """Morning! Do you have any venison in at the moment? Looking for about 1kg of diced haunch for a casserole this weekend. Could I collect it this afternoon?

Thanks,
George Pinder"""),
      ag("tom", "11-20 10:20", """Morning George,

We do - wild roe from Dalby Forest this week. 1kg diced haunch is £19.50 and it's bagged up with your name on it at the counter. We're open till 5:30.

Cheers,""")),

    C("k34-pie-argument", "en", "closed", {},
      "Laura Kitching <laura.kitching@gmail.example>", "gmail", "Christmas pork pies",
      "A rhetorical question and a question the customer answers herself; the real order question answered.",
      cu("11-09 20:50", """Hi Kingsbarn team,

Who knew a pork pie could cause a family argument? Half of us want the big Christmas raised pie and half want the little individual ones. Where do I find the weight of the raised pie on your website? Oh never mind, just spotted it under 'details' - 1.2kg. So my actual question: can I order one large and six individual ones for collection on the 22nd?

Thanks!
Laura Kitching"""),
      ag("becky", "11-10 09:05", """Hi Laura,

Diplomatic solution! One large raised pie and six individuals are on order for collection on Tuesday 22nd - ref KB-XMAS-2215.

Best wishes,""")),

    C("k35-forwarded-confirmation", "en", "closed", {},
      "Chris Hebden <chris.hebden@hebden.example>", "gmail", "Fwd: Your order 55611 is confirmed",
      "Own question (whose address?) answered; the questions inside the forwarded order confirmation are not the customer's.",
      cu("11-08 10:30", """Hi,

My mum placed this order on my account and I'm not sure what she's done - could you tell me if the delivery is going to her address or mine? She lives in Thornton-le-Dale.

Thanks,
Chris Hebden

---------- Forwarded message ---------
From: Kingsbarn Butchers <orders@kingsbarnbutchers.example>
Date: Sat, 7 Nov 2026 at 16:02
Subject: Your order 55611 is confirmed
To: <chris.hebden@hebden.example>

Thanks for your order! Questions about your delivery? Visit https://kingsbarnbutchers.example/help?topic=delivery

Order 55611 - Steak Night box x1, Pork & Apple sausages x2
Delivery: Thursday 12 November
Want to add anything before we pack it? Reply to this email by Tuesday noon."""),
      ag("dev", "11-09 09:00", """Hi Chris,

It's going to your mum's address in Thornton-le-Dale - 4 Maltongate Lane - on Thursday's run. If you'd rather it came to you, just say and I'll change it before we pack on Wednesday.

Best,""")),

    C("k36-fillet-wellington", "en", "open", {"awaiting-reply": 1},
      "Jo Greenwood <jo.greenwood@icloud.example>", "iphone", "Beef fillet for Christmas",
      "First question answered; the customer's reply says yes and asks how many a Wellington feeds - still unanswered (awaiting reply, not an unanswered question).",
      cu("11-13 12:00", """Hi, can I order a whole beef fillet for Christmas? About 2kg.

Jo Greenwood

Sent from my iPhone"""),
      ag("tom", "11-13 14:30", """Hi Jo,

You can - £62/kg for the whole fillet, trimmed and tied. Want me to put one aside for you?

Cheers,"""),
      cu("11-14 08:10", """Yes please! Collection on the 23rd. Can you also tell me how many it'll feed as a beef Wellington? I've never made one.

Jo

Sent from my iPhone""")),

    C("k37-new-card-slow", "en", "pending", {"slow-first-response": 1},
      "Stuart Kell <stuart.kell@kellnet.example>", "thunderbird", "Updating card on subscription",
      "Friday-afternoon question, acknowledged, answered on Monday morning.",
      cu("11-13 15:40", """Hello,

I have a standing order for the small meat box every second Wednesday. I've had a new card issued - how do I update the payment details? The website only shows the last four digits of the old one.

Regards,
Stuart Kell"""),
      ack("11-13 15:41"),
      ag("becky", "11-16 09:20", """Hi Stuart,

Log in, go to 'My subscription', then 'Payment method' and choose 'Replace card' - the old card's details disappear once the new one is saved. If the button isn't there you're on the old app; the website has it.

Best wishes,""")),

    C("k38-short-delivery-pub", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Danny Cole <danny@bayhorseterrington.example>", "android", "Short delivery + invoice INV-30288",
      "Missing items sent next morning; the explanation promised 'by end of day' comes two days later after a chase; the corrected invoice is never mentioned.",
      cu("11-17 07:20", """Hi, our trade delivery this morning was short - we got 4kg of mince instead of 8kg and no chicken breasts at all. Invoice INV-30288 charges for the full lot. Can you get the missing items to us before Thursday's lunch service? And please send a corrected invoice.

Danny Cole
The Bay Horse, Terrington

Sent from Outlook for Android""", uq=1),
      ag("fiona", "11-17 09:40", """Hi Danny,

Sorry about that. Dev's putting the mince and chicken on tomorrow's first van, so you'll have it by 8am Wednesday. I'll find out what happened at the packing end and let you know by end of day.

Kind regards,""", promises=[("11-17", 4)]),
      cu("11-19 10:05", """Hi Fiona, the mince and chicken came, thanks. Still not heard anything about what went wrong though - we've had two short deliveries this month now. Any news?

Danny

Sent from Outlook for Android""", chase=True),
      ag("fiona", "11-19 15:30", """Hi Danny,

The picker worked from last week's sheet for your order - that's where the 4kg came from. We've changed things so trade orders print fresh every morning. Apologies again.

Kind regards,""")),

    C("k39-golf-club-dinner", "en", "closed", {"unanswered-question": 2},
      "Pauline Firth <events@welburngolf.example>", "outlook", "Christmas dinner 12 December - 90 members",
      "Five asks in one long paragraph; ribs, morning delivery and pigs in blankets answered, the vegetarian option and thirty-day terms skipped.",
      cu("11-04 14:10", """Dear Kingsbarn,

I'm the events coordinator at Welburn Golf Club and we're putting together the menu for our Christmas dinner on 12 December for 90 members. We had your beef last year and it went down very well. This year we're thinking of a carvery with a rib of beef and a turkey, so I'd like to know how many ribs we'd need for 90 if half go for beef, and whether you could deliver on the morning of the 12th rather than the day before since our cold room is small. We'd also like to offer a vegetarian option - do you do a nut roast or anything of the sort, or should we look elsewhere? The club secretary also asked me to find out whether you offer thirty-day terms for clubs, as our treasurer only pays invoices at the end of the month. Finally, could you quote for pigs in blankets for 90 as well?

Kind regards,
Pauline Firth
Events Coordinator, Welburn Golf Club""", uq=2, kind="alt"),
      ag("becky", "11-05 10:40", """Dear Pauline,

Lovely to hear the beef went down well. For 45 beef eaters you'd want two 3-bone ribs of about 6kg each - carvery portions are generous. Morning delivery on the 12th is fine; our first van reaches Welburn around 7:30. Pigs in blankets are £1.10 each, so £99 for 90, though I'd suggest 180 at a carvery!

Kind regards,""")),

    C("k40-chorizo-bar", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Paco Herrero <paco@baralegria.example>", "gmail_es", "Chorizo y panceta para el bar",
      "Pimentón question answered; trade prices promised 'mañana' and given four days later after '¿hay alguna novedad?'.",
      cu("11-11 12:40", """Hola Lucía,

Soy Paco, de Bar Alegría en York. Queremos empezar a comprarles chorizo fresco y panceta para el menú de invierno. ¿Me puede decir el precio por kilo para hostelería? ¿Y hacen el chorizo con pimentón de la Vera o con otro?

Saludos,
Paco Herrero"""),
      ag("lucia", "11-11 15:20", """Hola Paco,

¡Qué alegría tenerle por aquí! Tom hace el chorizo con pimentón de la Vera, dulce y picante, que traemos directamente de Extremadura. Los precios de hostelería los lleva Fiona; se los pido y le escribo mañana.

Un saludo,""", promises=[("11-12", 4)]),
      cu("11-16 13:00", """Hola Lucía, ¿hay alguna novedad con los precios? Quería empezar esta semana.

Paco""", chase=True),
      ag("lucia", "11-16 16:45", """Hola Paco,

Perdone el retraso, Fiona estuvo fuera unos días. Chorizo fresco £12,50/kg, panceta £9,20/kg, con entrega gratis en York a partir de £80. Si me dice los kilos, lo dejamos listo para el jueves.

Un saludo,""")),

    C("k41-onion-marmalade", "en", "closed", {},
      "Meg Sowerby <meg.sowerby@gmail.example>", "gmail", "Add to this week's box",
      "A pleasantry ('Hope you had a good weekend?') and one request answered with a bare 'Of course!'.",
      cu("11-09 09:30", """Hi Becky,

Hope you had a good weekend? Ours was spent eating the last of your sausages, so no complaints.

Could I add a jar of your onion marmalade to this week's box? It can go on the usual payment.

Thanks
Meg Sowerby"""),
      ag("becky", "11-09 11:05", """Hi Meg,

Of course!

Best wishes,""")),

    C("k42-brewery-cc", "en", "closed", {"unanswered-question": 1},
      "Lucy Walsh <lucy@ryedalebrewing.example>", "outlook", "Trade account contacts + festival mince",
      "Colleague in Cc; authorised contact and festival mince handled, the request to send statements to the accounts address skipped.",
      cu("11-05 09:45", """Hi Fiona,

Copying in Will, our new operations manager, who'll be placing the orders for the taproom kitchen from now on. Can you add him as an authorised contact on our trade account? And can we get the weekly statement sent to accounts@ryedalebrewing.example rather than to me?

While I'm at it - we'll need 20kg of burger mince for the beer festival on 28 November. Is that OK at the usual price?

Thanks,
Lucy Walsh
Ryedale Brewing Co.""", uq=1, cc="Will Bainbridge <will@ryedalebrewing.example>"),
      ag("fiona", "11-05 12:10", """Hi Lucy,

Welcome aboard, Will. I've added Will as an authorised contact, so he can order by email or phone from today. 20kg of burger mince for the 28th is fine at the usual £8.40/kg - I've pencilled it in for delivery on Friday 27th.

Kind regards,""")),

    C("k43-wildschwein", "de", "closed", {"unanswered-question": 1},
      "Katrin Vogt <katrin.vogt@gmx.example>", "thunderbird_de", "Wildschwein?",
      "Wild boar and price answered with the venison alternatives; shipping game in the chilled box to Newcastle skipped.",
      cu("11-06 18:20", """Guten Tag,

ich habe auf Ihrer Webseite gesehen, dass Sie im Winter Wild verkaufen. Haben Sie auch Wildschwein, zum Beispiel Rücken oder Keule? Wenn ja, was kostet das Kilo? Und wäre es möglich, das Fleisch in der Kühlbox nach Newcastle zu schicken, oder geht Wild nur im Laden?

Mit freundlichen Grüßen
Katrin Vogt""", uq=1),
      ag("greta", "11-07 09:30", """Guten Tag Frau Vogt,

Wildschwein haben wir leider nicht - in England gibt es davon nur sehr wenig. Dafür haben wir Reh und Hirsch aus dem Dalby Forest: Rehrücken kostet £38 pro Kilo, Hirschkeule £22 pro Kilo.

Mit freundlichen Grüßen""")),

    C("k44-firmenessen-angebot", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Stefan Maurer <s.maurer@maurer-engineering.example>", "outlook_de", "Firmenessen 4.12. - Personenzahl",
      "Change from 25 to 32 guests accepted; new quote promised 'bis Freitag', sent the next Tuesday (PDF) after 'gibt es schon etwas Neues'.",
      cu("11-10 08:00", """Guten Morgen,

wir haben bei Ihnen für unser Firmenessen am 4. Dezember das Catering-Paket „Yorkshire Sunday Lunch“ für 25 Personen bestellt (Auftrag KB-CAT-0412). Jetzt sind es doch 32 Personen. Können Sie die Menge anpassen, und was kostet das zusätzlich?

Freundliche Grüße
Stefan Maurer
Maurer Engineering UK Ltd."""),
      ag("greta", "11-10 11:30", """Guten Morgen Herr Maurer,

natürlich, die Menge passen wir gern an. Den neuen Preis rechne ich mit Fiona aus und schicke Ihnen bis Freitag ein aktualisiertes Angebot.

Viele Grüße""", promises=[("11-13", 4)]),
      cu("11-17 09:00", """Hallo Frau Hoffmann,

gibt es schon etwas Neues zum Angebot? Unsere Buchhaltung braucht die Zahl bis Donnerstag.

Freundliche Grüße
Stefan Maurer""", chase=True),
      ag("greta", "11-17 14:20", """Hallo Herr Maurer,

entschuldigen Sie die Verzögerung. Anbei das neue Angebot für 32 Personen: £544 statt £425, also £119 mehr. Die Anzahlung bleibt gleich.

Viele Grüße""", attach=[("application/pdf", "Angebot-KB-CAT-0412-rev2.pdf", ANGEBOT_PDF)])),

    C("k45-mechoui", "fr", "closed", {"unanswered-question": 1},
      "Nadia Haddad <nadia.haddad@orange.example>", "gmail", "Agneau entier pour un méchoui",
      "Whole lamb and lead time answered; lending a spit or where to hire one skipped.",
      cu("11-02 20:00", """Bonjour,

Nous organisons un méchoui pour les 40 ans de mon frère le 21 novembre. Vous serait-il possible de nous fournir un agneau entier d'environ 18 kg ? Faut-il le commander longtemps à l'avance ? Et est-ce que vous pourriez nous prêter une broche, ou savez-vous où en louer une dans la région ?

Merci d'avance,
Nadia Haddad""", uq=1),
      ag("amelie", "11-03 09:50", """Bonjour Nadia,

Oui, c'est tout à fait possible : un agneau entier de 16 à 19 kg, à £11,50 le kilo. Il faut compter une semaine de délai, donc une commande avant le 13 novembre suffit.

Bien cordialement,""")),

    C("k46-costillas-oficina", "es", "closed", {"unanswered-question": 1},
      "Carmen Vidal <carmen.vidal@gmail.example>", "gmail_es", "Pedido de esta semana",
      "Swap to pork ribs answered; the change of delivery address, asked in passing, is skipped.",
      cu("11-05 11:30", """Hola Lucía,

Gracias por el pedido de la semana pasada, las chuletas estaban buenísimas. Esta semana quería lo mismo pero con 2 kg de costillas de cerdo en lugar de las chuletas de cordero. ¿Sería posible? Además, por favor, cambien la dirección de entrega a la de mi oficina, 12 Castlegate, York, a partir de ahora.

Un abrazo,
Carmen Vidal""", uq=1),
      ag("lucia", "11-05 13:00", """Hola Carmen,

¡Me alegro de que le gustaran! Sí, sin problema: esta semana le mandamos 2 kg de costillas en vez de las chuletas de cordero, al mismo precio.

Un saludo,""")),

    C("k47-lamb-mince-smell", "en", "pending", {},
      "Emma Rigby <emma.rigby@rigbys.example>", "gmail", "Lamb mince smells off?",
      "Support asks for a label photo; the customer's second mail sends it (not a chase); refund given; 'the courier collects on Wednesday' is logistics.",
      cu("11-16 19:00", """Hi,

The lamb mince in our box today smells a bit off even though it's within date. Is that normal for vacuum-packed lamb? I don't want to waste it, but I don't want to poison anyone either.

Thanks,
Emma Rigby"""),
      ag("becky", "11-17 08:30", """Hi Emma,

Vacuum-packed meat can have a slight 'confinement' smell when you first open it, which should go after 10-15 minutes in the air. If it's still there after that, please don't use it. Could you send me a photo of the label so I can check the batch?

Best wishes,"""),
      cu("11-17 12:10", """Hi Becky, label photo attached. Left it out for 20 minutes and it still smells sour, so it's going in the bin.

Emma""", attach=[("image/png", "label.png", LABEL_PNG)]),
      ag("becky", "11-17 14:00", """Thanks Emma - that batch was packed on the 12th and you're the second person to mention it, so we've pulled the rest. I've refunded the £7.80 for the mince to your card. The courier collects returned liners on Wednesday, so leave the box out for them then if you'd like it recycled.

Best wishes,""")),

    C("k48-wrong-confirmation", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Graham Pickersgill <graham.pickersgill@pickersgill.example>", "apple", "Wrong Christmas confirmation KB-XMAS-2277",
      "Corrected confirmation promised 'by Wednesday', sent Thursday (PDF); it keeps the 24th and ignores the request to collect on the 23rd.",
      cu("11-13 10:30", """Hello,

We've been sent the wrong Christmas order confirmation - it says a 5kg turkey but we ordered the 7kg one plus a three-bird roast. Order KB-XMAS-2277. Could you check and send a corrected confirmation? Also, the confirmation lists collection on the 24th but can we make it the 23rd instead?

Many thanks,
Graham Pickersgill""", uq=1),
      ag("becky", "11-13 15:00", """Dear Graham,

Apologies for the muddle. I'm going through the order log with the Christmas team to see what happened, and I'll send you a corrected confirmation by Wednesday.

Kind regards,""", promises=[("11-18", 3)]),
      ag("becky", "11-19 10:15", """Dear Graham,

Sorry this is a day later than promised. Corrected confirmation attached: one 7kg bronze turkey and one three-bird roast, collection Thursday 24 December, 9-10am.

Kind regards,""", attach=[("application/pdf", "KB-XMAS-2277-corrected.pdf", XMAS_CONF_PDF)])),

    C("k49-cricket-dinner", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ian Maltby <ian.maltby@hovinghamcc.example>", "gmail", "Quote for club dinner - 50 people",
      "Reply lost its threading headers (RE: subject only); topside and delivery answered, the written quote promised 'tomorrow' never sent, invoicing the club skipped.",
      cu("11-03 13:00", """Hi,

I'm ordering for our cricket club's annual dinner - 50 people, roast beef and Yorkshire puddings, on 5 December. Could you quote for topside for 50? The club should be invoiced, not me personally - can you set that up? And is there a delivery charge to Hovingham?

Thanks
Ian Maltby
Hovingham CC""", uq=1),
      ag("fiona", "11-03 16:20", """Hi Ian,

For 50 I'd allow 9kg of topside, which at £17.90/kg comes to £161.10, and delivery to Hovingham is free over £120. I'll send you a formal quote tomorrow so the committee has it in writing.

Kind regards,""", thread=False, promises=[("11-04", None)])),

    C("k50-yes-to-both", "en", "closed", {},
      "Mark Dunning <mark.dunning@dunning.example>", "thunderbird", "Christmas order KB-XMAS-2203",
      "Two yes/no questions answered together with 'Yes to both'.",
      cu("11-10 20:00", """Evening,

Two quick ones about the Christmas order I placed last week (KB-XMAS-2203): is the turkey crown still on the bone, and does it come with the sausage-meat stuffing like last year?

Cheers,
Mark Dunning"""),
      ag("tom", "11-11 08:10", """Evening Mark (well, morning now),

Yes to both - on the bone, and the stuffing comes in a separate tray.

Cheers,""")),

    C("k51-black-pudding-allergens", "en", "closed", {},
      "Alice Moorcroft <alice@nunningtonmanor.example>", "outlook", "Allergens - black pudding",
      "Two allergen questions answered with a link; the B&B signature has a '?' URL and 'Questions about your stay?'; thanks-only reply.",
      cu("11-02 15:00", """Hello,

Could you confirm the allergen information for your black pudding? One of our guests has a sesame allergy. We'd also like to know if it's made in a kitchen that handles nuts.

Kind regards,
Alice Moorcroft
Head Housekeeper, Nunnington Manor B&B
Book your stay: https://nunningtonmanor.example/book?src=email&room=any
Questions about your stay? Just reply to this email."""),
      ag("tom", "11-02 16:30", """Hello Alice,

There's no sesame in our black pudding - it's pork blood, back fat, oatmeal, pearl barley, onion and spices. The kitchen handles no nuts at all; the only nut product we sell (the chestnut stuffing at Christmas) comes in sealed from a supplier. Full allergen sheet: https://kingsbarnbutchers.example/allergens/black-pudding

All the best,"""),
      cu("11-02 17:10", """Thank you Tom, that's very helpful.

Kind regards,
Alice Moorcroft
Head Housekeeper, Nunnington Manor B&B
Book your stay: https://nunningtonmanor.example/book?src=email&room=any
Questions about your stay? Just reply to this email.""", thanks=True)),

    C("k52-colis-paris", "fr", "closed", {},
      "Émilie Garnier <emilie.garnier@free.example>", "apple_fr", "Cadeau pour mes beaux-parents",
      "Customer in Paris (UTC+1): delivery on a given day and a French card, both answered; thanks-only reply.",
      cu("11-04 21:30", """Bonjour,

J'habite à Paris et mes beaux-parents vivent à Kirkbymoorside. Je voudrais leur offrir votre colis « Petit déjeuner du Yorkshire » pour leur anniversaire de mariage, le 10 novembre. Est-il possible de le faire livrer le 10 précisément ? Et puis-je régler avec une carte française ?

Cordialement,
Émilie Garnier""", tz=1),
      ag("amelie", "11-05 09:15", """Bonjour Émilie,

Quelle belle idée. Les deux sont possibles : nous livrons Kirkbymoorside le mardi, donc le 10 tombe très bien, et toutes les cartes Visa et Mastercard sont acceptées, françaises comprises. Vous choisissez la date au moment de la commande.

Bien cordialement,"""),
      cu("11-05 11:02", """Parfait, merci beaucoup pour votre réponse rapide !

Émilie""", tz=1, thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "k02-box-pause-swap": ["Could you also swap the pork chops for extra mince in future boxes?"],
    "k05-colis-ecosse": ["Par ailleurs, pourriez-vous m'envoyer une facture au nom de mon entreprise, Atelier Roux Design, pour cette commande ?"],
    "k06-barbacoa-cumple": ["¿pueden cortar la panceta en tiras gruesas, tipo para parrilla?"],
    "k13-bbq-village-hall": [
        "somebody mentioned you sometimes lend out a big gas BBQ to local events - is that still something you do?",
        "Could you deliver to the hall on the Saturday morning, or would someone need to collect on the Friday?",
    ],
    "k17-numbered-list-half": [
        "Can I leave a cool box on the doorstep for the delivery if I'm at work?",
        "Do you take the packaging back?",
    ],
    "k18-bratwurst-verein": ["Außerdem bräuchten wir eine Rechnung auf den Verein (Deutscher Kulturverein Leeds e.V.), nicht auf mich persönlich."],
    "k20-second-mail-invoice": ["And could you send me a VAT invoice for the order?"],
    "k22-cordero-navidad": [
        "¿Podrían cortarlo en cuartos como se hace en Castilla?",
        "¿aceptan pago con Bizum o solo tarjeta?",
    ],
    "k27-ham-keep-neighbour": ["How long will the ham keep in the fridge once it's been cooked and glazed?"],
    "k31-charity-cutlets": ["Please also let me know if there's a discount for registered charities."],
    "k38-short-delivery-pub": ["And please send a corrected invoice."],
    "k39-golf-club-dinner": [
        "We'd also like to offer a vegetarian option - do you do a nut roast or anything of the sort, or should we look elsewhere?",
        "The club secretary also asked me to find out whether you offer thirty-day terms for clubs, as our treasurer only pays invoices at the end of the month.",
    ],
    "k42-brewery-cc": ["And can we get the weekly statement sent to accounts@ryedalebrewing.example rather than to me?"],
    "k43-wildschwein": ["Und wäre es möglich, das Fleisch in der Kühlbox nach Newcastle zu schicken, oder geht Wild nur im Laden?"],
    "k45-mechoui": ["Et est-ce que vous pourriez nous prêter une broche, ou savez-vous où en louer une dans la région ?"],
    "k46-costillas-oficina": ["Además, por favor, cambien la dirección de entrega a la de mi oficina, 12 Castlegate, York, a partir de ahora."],
    "k48-wrong-confirmation": ["Also, the confirmation lists collection on the 24th but can we make it the 23rd instead?"],
    "k49-cricket-dinner": ["The club should be invoiced, not me personally - can you set that up?"],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice112 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
