#!/usr/bin/env python3
"""Regenerate ``tests/practice110/``: a labelled corpus of Calloway Soap & Skincare.

A support mailbox of a fictional small-batch soap and natural skincare maker in Somerset
(online shop, Soap Club subscriptions, wholesale to gift shops and stockists, custom wedding
favours and corporate gifts, allergy and ingredient questions), written without looking at
the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``callowaysoap.example``.

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

Usage: python scripts/make_practice110_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "callowaysoap.example"
DESK = "Calloway Soap Care <care@callowaysoap.example>"

AGENTS = {
    "nell": ("Nell Calloway <nell@callowaysoap.example>", "thunderbird", """-- 
Nell Calloway
Founder & soap maker | Calloway Soap & Skincare
The Old Dairy, Bishops Lydeard, Somerset TA4
https://callowaysoap.example/journal?from=email"""),
    "priya": ("Priya Raman <priya@callowaysoap.example>", "outlook", """Priya Raman
Customer Care | Calloway Soap & Skincare
Questions about an ingredient? Full INCI lists: https://callowaysoap.example/ingredients?src=sig"""),
    "gethin": ("Gethin Morgan <gethin@callowaysoap.example>", "owa", """Gethin Morgan
Wholesale & Stockists | Calloway Soap & Skincare
01823 400 217
This email and any attachments are confidential and intended solely for the addressee."""),
    "bea": ("Beatrice Holt <beatrice@callowaysoap.example>", "apple", """Beatrice Holt
Weddings & Custom Favours | Calloway Soap & Skincare
https://callowaysoap.example/favours?ref=mail"""),
    "katrin": ("Katrin Vogel <katrin@callowaysoap.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenservice (DE/AT/CH) | Calloway Soap & Skincare
https://callowaysoap.example/de?ref=signatur"""),
    "solene": ("Solène Marchetti <solene@callowaysoap.example>", "apple_fr", """Solène Marchetti
Service client francophone | Calloway Soap & Skincare
https://callowaysoap.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@callowaysoap.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (ES) | Calloway Soap & Skincare
+44 1823 400 219"""),
}

ACK = """Hello,

Thanks for getting in touch with Calloway Soap & Skincare. This is an automatic
reply to let you know your message has reached us and is logged as {ref}.

Our little team works Monday to Friday, 9am-4pm, and we aim to reply within one
working day. If your question is about an allergy, please include the product
name and the batch number from the label.

Calloway Soap & Skincare - Customer Care
https://callowaysoap.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Calloway Care Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="cs.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice110", title="Calloway Soap & Skincare", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="CSC-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

FAVOUR_QUOTE_PDF = mailcraft.pdf([
    "Calloway Soap & Skincare - Quote Q-2611-07", "For: Sophie Ashworth, wedding 12 June 2027",
    "120 x mini favour bar 30g, Meadow scent       GBP 234.00",
    "Custom kraft label, design and print           GBP  48.00",
    "Total                                          GBP 282.00", "Valid 60 days. 50% deposit to book."])
FAVOUR_PROOF_PNG = mailcraft.png(24, 16, lambda x, y: (196, 170, 130) if 3 < x < 20 and 4 < y < 12
                                 else (120, 150, 110))
INVOICE_2210_PDF = mailcraft.pdf([
    "Calloway Soap & Skincare - Invoice INV-2210", "The Old Forge Gifts, Shrewsbury",
    "Wholesale order 6 October 2026", "72 bars, 2 display crates        GBP 318.40",
    "VAT 20%                          GBP  63.68", "Total due                        GBP 382.08",
    "Terms: 30 days"])
CRACKED_JAR_PNG = mailcraft.png(20, 20, lambda x, y: (235, 225, 205) if abs(x - y) > 1 else (60, 50, 40))
TRADE_LIST_PDF = mailcraft.pdf([
    "Calloway Soap & Skincare - Trade price list 2027", "Soap bars 100g           GBP 3.60 (RRP 7.50)",
    "Mini bars 30g            GBP 1.45", "Shampoo bars 80g         GBP 4.40 (RRP 9.00)",
    "Hand balm 50ml           GBP 5.10", "Prices from 1 February 2027 (+4%)"])
PREISLISTE_PDF = mailcraft.pdf([
    "Calloway Soap & Skincare - Haendlerpreisliste 2026/27 (EUR)", "Seife 100 g        EUR 4,30",
    "Rasierseife 90 g   EUR 5,20", "Shampoo-Bar 80 g   EUR 5,30",
    "Mindestbestellung 250 GBP, Lieferung DDP"])
LOWE_INVOICE_PDF = mailcraft.pdf([
    "Calloway Soap & Skincare - Invoice CS-4377", "Lowe Carpentry Ltd",
    "1 x Gardener's Scrub Bar    GBP  7.50", "2 x Workshop Hand Balm     GBP 19.00",
    "Delivery                   GBP  3.95", "Total                      GBP 30.45"])
FACTURA_PDF = mailcraft.pdf([
    "Calloway Soap & Skincare - Factura CS-4421", "Molina Reformas S.L. - NIF B-41887263",
    "2 x Estuche regalo tres jabones   GBP 48.00", "Envio internacional             GBP  9.90",
    "Total                            GBP 57.90"])
LOGO_PNG = mailcraft.png(18, 18, lambda x, y: (20, 40, 90) if (x - 9) ** 2 + (y - 9) ** 2 < 50 else (255, 255, 255))
STICKER_PROOF_PNG = mailcraft.png(22, 22, lambda x, y: (20, 40, 90) if (x - 11) ** 2 + (y - 11) ** 2 < 40
                                  else (205, 180, 140))
LABEL_PROOF_PNG = mailcraft.png(30, 12, lambda x, y: (250, 246, 238) if 1 < y < 10 else (150, 120, 160))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("cs01-skip-december-swap-oatmeal", "en", "closed", {},
      "Harriet Dunmore <harriet.dunmore@example.com>", "gmail",
      "Skipping December + swapping the oatmeal bar",
      "Subscriber asks to skip December and swap a bar; both answered out of order in one paragraph; thanks.",
      cu("11-03 08:12", """Hi there,

I've had the Lavender & Oat subscription since the summer and love it, but we're
away over Christmas. Is it possible to skip the December box and pick up again in
January? Also, my daughter has started finding the oatmeal bar a bit strong - can
that one be swapped for the unscented version going forward?

Thanks,
Harriet"""),
      ag("nell", "11-03 14:40", """Hi Harriet,

Lovely to hear you're enjoying it. I've switched the oatmeal bar to our unscented
Plain Jane from the January box onwards, and December is skipped - you won't be
charged on the 1st, and the next box goes out in the first week of January as usual.

Have a wonderful Christmas away,"""),
      cu("11-03 18:05", """That's perfect, thank you Nell!

Harriet""", thanks=True)),

    C("cs02-nut-allergy-wild-rose", "en", "closed", {"unanswered-question": 1},
      "Martin Pryce <m.pryce@example.org>", "outlook",
      "Nut allergy - Wild Rose bar and Hedgerow balm",
      "Parent of a child with a tree-nut allergy asks three things; the shared making/wrapping area question is skipped.",
      cu("11-04 09:30", """Hello,

My son (9) has a tree-nut allergy - not severe, but we're careful. I'm looking at
the Wild Rose bar and the Hedgerow hand balm for his grandmother's birthday, and
he's bound to use them too.

Does the Wild Rose bar contain shea butter or any nut oils?
I'd also like to know whether the nut-containing products are made and wrapped in the same area as everything else, because cross-contamination is what our allergist always asks about.
Could you send me the full ingredients list for the hand balm as well?

Many thanks,
Martin Pryce""", uq=1),
      ag("priya", "11-04 13:15", """Dear Martin,

Thanks for checking with us first. The Wild Rose bar is nut-free: it's made with
olive, coconut and rapeseed oil, and there's no shea, almond or any other nut oil in
it. The Hedgerow hand balm does contain shea butter, so I'd steer away from that one
for your son; the full list for it is here:
https://callowaysoap.example/ingredients/hedgerow-balm

If you'd like a nut-free alternative, the Calendula balm is a good swap.

Kind regards,""")),

    C("cs03-wedding-favours-120-minis", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Sophie Ashworth <sophie.ashworth@example.net>", "outlook",
      "Wedding favours - 120 mini bars",
      "Bride asks price, label wording and venue delivery; quote and proof promised by Thursday, sent the next Tuesday after a chase; venue delivery never addressed.",
      cu("11-09 20:14", """Hi,

We're getting married on 12 June next year at Fernleigh Barn and would love soap
favours for our guests. We're thinking around 120 of the mini bars (the 30g ones?)
with a custom label.

A few questions: what would 120 cost, and can the label have our initials and the
date on it - S & J, 12.06.27? And could you deliver them straight to the venue rather than to us? The coordinator says they can take deliveries in the week
before.

Thank you!
Sophie""", uq=1),
      ag("bea", "11-10 10:05", """Hi Sophie,

Congratulations to you both! Yes, 120 of the 30g minis is very doable, and the
labels can carry whatever you like - initials and date is our most popular layout.

I'll draw up a quote with a first label proof and send both over by Thursday.

Best wishes,""", promises=[("11-12", 4)]),
      cu("11-16 12:40", """Hi Beatrice,

Any news on the quote and the proof? We're trying to pin down the favours budget
this week.

Thanks,
Sophie""", chase=True),
      ag("bea", "11-17 09:20", """Hi Sophie,

So sorry - last week ran away with me. Both are attached: 120 mini bars in our
Meadow scent with a kraft label comes to £282 including the label design. On the
proof I've used sage for the lettering, but it can be any colour you like.

Best wishes,""", attach=[("application/pdf", "Calloway-quote-Q-2611-07.pdf", FAVOUR_QUOTE_PDF),
                          ("image/png", "label-proof-S-and-J.png", FAVOUR_PROOF_PNG)])),

    C("cs04-gift-shop-totnes-stockist", "en", "closed", {"unanswered-question": 1},
      "Tilly Fenwick <tilly@thelittlegiftbox.example>", "owa",
      "Stocking your soaps - The Little Gift Box, Totnes",
      "New stockist asks minimum, sale-or-return and display crate; the reply covers damaged-stock replacement instead of sale-or-return.",
      cu("11-02 11:20", """Hello,

I run The Little Gift Box in Totnes and a customer brought one of your bars in - we'd
love to stock the range. What's your minimum order for wholesale? Can you do sale-or-return on a first order, just while we see how it sells? And do you supply any
kind of display crate or stand?

Best,
Tilly Fenwick
The Little Gift Box, 14 Fore Street, Totnes""", uq=1),
      ag("gethin", "11-02 15:45", """Hi Tilly,

Great to hear from you - Totnes is a lovely spot for us. The opening order minimum
is £150 at trade prices, and after that it drops to £80. We have a wooden display
crate that holds 36 bars: £12, or free on an opening order over £300.

On returns: anything that arrives damaged or sweating we replace free of charge -
just send a photo within 7 days.

Trade price list: https://callowaysoap.example/trade/pricelist-2026?ref=tilly

Best regards,""")),

    C("cs05-calendula-wash-eczema", "en", "closed", {},
      "Aoife Brennan <aoife.brennan@example.com>", "gmail",
      "Calendula baby wash and eczema",
      "Three short questions answered inline under each quoted line, the sample request with a bare 'Of course.'; thanks.",
      cu("11-05 07:55", """Hi,

Quick one before I order. My little boy is 14 months and gets eczema flare-ups on
his arms.

Is the calendula baby wash OK for eczema-prone skin?
Is it completely fragrance-free, or does it have essential oils in it?
Could you pop a sample of the calendula balm in with my order #CS-4471?

Thanks so much,
Aoife"""),
      ag("priya", "11-05 10:30", """Hi Aoife,

Answers below.

> Is the calendula baby wash OK for eczema-prone skin?

Many parents of eczema-prone little ones use it, because it's very mild (a castile
base with calendula-infused oil). We always suggest a patch test on a small area
first, and checking with your GP or health visitor if his skin is broken.

> Is it completely fragrance-free, or does it have essential oils in it?

Completely fragrance-free - no essential oils at all.

> Could you pop a sample of the calendula balm in with my order #CS-4471?

Of course.

Kind regards,""", quote=False),
      cu("11-05 12:02", """Brilliant, thank you!

Aoife""", thanks=True)),

    C("cs06-cracked-body-butter-jar", "en", "closed", {},
      "Dan Okafor <dan.okafor@example.org>", "iphone",
      "Cracked jar - whipped body butter",
      "Photo of a cracked jar, then a second mail with the order number (not a chase); replacement sent next morning.",
      cu("11-05 18:22", """Hi, my whipped body butter arrived today but the jar is cracked right down the side and some of it has leaked into the box (photo attached). Could you send a replacement please?

Sent from my iPhone""", attach=[("image/png", "IMG_4410.png", CRACKED_JAR_PNG)]),
      cu("11-05 18:31", """Sorry, forgot - the order number is CS-4502

Sent from my iPhone"""),
      ag("priya", "11-06 09:15", """Hi Dan,

Sorry about that - the jars are supposed to survive the post! A replacement body
butter went out with this morning's collection, Royal Mail Tracked 48:
RT 4418 2290 5GB. No need to send the broken one back.

Kind regards,""")),

    C("cs07-soap-club-price-rise", "en", "closed", {"unanswered-question": 2, "slow-first-response": 1},
      "Graham Lister <graham.lister@example.net>", "thunderbird",
      "Soap Club price increase",
      "Saturday mail, answered Monday: four questions in one long paragraph; the reason and the billing date answered, annual lock-in and bath-bomb swap skipped.",
      cu("11-07 10:48", """Dear Calloway team,

I've just had the email saying the Soap Club box is going up from £18 to £21 from January. I don't begrudge you making a living, and I know everything's gone up, but a 17% jump in one go is steep and I'd like to understand what's behind it - is it the oils, the postage, or both? I've been a member for nearly three years, so I wondered if there's any way to lock in the old price if I pay for a whole year up front. While I'm at it, the bath bomb in each box mostly goes to my granddaughter, so would it be possible to drop it and have a second bar instead, and would that bring the price down at all? And finally, the email mentioned the billing date moving - is it moving to the 1st or the 15th?

Yours,
Graham Lister""", uq=2),
      ag("priya", "11-09 11:30", """Dear Graham,

Thank you for being so understanding, and for three years with the club. It's both,
honestly: olive oil has nearly doubled in price since 2024, and Royal Mail's rates
went up again in October, so each box costs us about £3 more to make and send than it
did last year.

The billing date moves to the 1st of each month, starting 1 January, so your
December payment will still be taken on the 15th as usual.

Kind regards,""")),

    C("cs08-harbour-house-guest-soap", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rachel Wynn <r.wynn@harbourhousehotel.example>", "outlook",
      "Guest soap for Harbour House Hotel",
      "Hotel asks pricing for 600 bars a month, own wrapping paper and safety data sheets; wrapping answered, pricing promised by Wednesday and never sent, the data sheets never mentioned.",
      cu("11-15 19:05", """Dear Calloway Soap,

Harbour House is a 22-room hotel in Lyme Regis and we're moving away from miniature
plastic toiletries. We'd be looking for roughly 600 guest bars a month, 40g or
thereabouts.

Could you quote for that volume? Our housekeeping team would also like them wrapped
in our own printed paper, which we'd supply - is that something you can do? And
please could you send us the safety data sheets for the bars, as our compliance officer needs them on file before we can sign anything off.

Kind regards,
Rachel Wynn
General Manager, Harbour House Hotel""", uq=1),
      ag("gethin", "11-16 09:40", """Dear Rachel,

Thank you for thinking of us - that's exactly the kind of switch we love helping
with. Wrapping in your own paper is no problem at all; we'd just need it cut to
15 x 10 cm, and we wrap by hand here in the workshop.

For 600 a month I need to check the oil order with Nell, so I'll get the full
pricing across to you by Wednesday.

Best regards,""", promises=[("11-18", None)])),

    C("cs09-lieferung-schweiz-zoll", "de", "closed", {"unanswered-question": 1},
      "Jana Köhler <jana.koehler@mailbox.example>", "gmail_de",
      "Lieferung in die Schweiz?",
      "Kundin in Basel fragt nach Versand in die Schweiz, Zollgebühren und Palmöl; die Zollfrage bleibt offen.",
      cu("11-05 21:10", """Hallo,

ich habe Ihre Seifen bei einer Freundin in Bristol entdeckt und würde gern bestellen,
wohne aber in Basel. Liefern Sie auch in die Schweiz? Wer trägt die Zollgebühren – wir oder Sie? Und sind die Seifen palmölfrei? Das ist mir wichtig.

Viele Grüße
Jana Köhler""", uq=1),
      ag("katrin", "11-06 10:20", """Liebe Frau Köhler,

vielen Dank für Ihre Nachricht! Ja, wir liefern in die Schweiz, mit Royal Mail
International Tracked für 11,90 £; die Lieferzeit liegt bei etwa 5 bis 8 Werktagen.

Und ja: Alle unsere Seifen sind palmölfrei, auch ohne „nachhaltiges“ Palmöl – wir
arbeiten mit Oliven-, Raps- und Kokosöl.

Herzliche Grüße"""), tz=1),

    C("cs10-savons-mariage-luberon", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Camille Roux <camille@mariagesduluberon.example>", "apple_fr",
      "Savons pour un mariage - 80 pièces",
      "Organisatrice de mariages : délai et emballage en lin répondus, échantillons de rubans promis d'ici vendredi, envoyés le mardi suivant après une relance.",
      cu("11-09 14:30", """Bonjour,

Je suis organisatrice de mariages dans le Luberon et une de mes mariées anglaises
adore vos savons. Nous aurions besoin de 80 savons pour un mariage le 5 septembre 2027.

Quel est votre délai de fabrication pour une telle quantité ? Et est-il possible
d'avoir un emballage en lin avec un petit ruban, plutôt que du papier ?

Bien cordialement,
Camille Roux
Mariages du Luberon"""),
      ag("solene", "11-10 09:10", """Bonjour Camille,

Merci beaucoup pour votre message ! Pour 80 savons, comptez trois semaines de
fabrication et de séchage, donc aucun souci pour septembre. L'emballage en lin est
tout à fait possible, avec un supplément de 0,60 £ par savon.

Pour le ruban, nous avons six coloris : je vous envoie des échantillons par la poste
d'ici vendredi, pour que vous puissiez choisir avec la mariée.

Bien à vous,""", promises=[("11-13", 4)]),
      cu("11-17 10:05", """Bonjour Solène,

Je me permets de vous relancer au sujet des échantillons de rubans : nous n'avons
toujours rien reçu, et la mariée passe au bureau jeudi.

Merci d'avance,
Camille""", chase=True),
      ag("solene", "11-17 15:20", """Bonjour Camille,

Toutes mes excuses, les échantillons ne sont partis qu'aujourd'hui, en lettre suivie
internationale (numéro LX 2203 8841 5GB). Ils devraient arriver avant jeudi, et les
six coloris sont aussi en photo ici : https://callowaysoap.example/fr/rubans?ref=camille

Bien à vous,"""), tz=1),

    C("cs11-pedido-no-ha-llegado", "es", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Marta Gil <marta.gil@example.com>", "gmail_es",
      "Pedido CS-4388 no ha llegado",
      "Pedido perdido: solo el acuse automático, la clienta insiste dos días después; sin respuesta humana.",
      cu("11-16 19:40", """Hola:

Hice un pedido el 3 de noviembre (número CS-4388, dos jabones de romero y un bálsamo
labial) y todavía no ha llegado. En el seguimiento pone «en tránsito» desde el día 6.
¿Pueden decirme dónde está? Si se ha perdido, ¿me lo pueden volver a enviar?

Gracias,
Marta Gil"""),
      ack("11-16 18:41"),
      cu("11-18 20:15", """Hola de nuevo:

¿Hay alguna novedad sobre mi pedido CS-4388? Sigo esperando y no he recibido
respuesta, solo el mensaje automático.

Marta""", chase=True), tz=1),

    C("cs12-charcoal-bar-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Kevin Marsh <kevin.marsh@example.net>", "outlook",
      "Charcoal & Tea Tree bar",
      "Restock and skin-type question, resent word for word a day later as a new mail without threading headers; no reply.",
      cu("11-17 08:30", """Hello,

Is the Charcoal & Tea Tree bar coming back in stock soon? It's been showing 'sold
out' for three weeks. And is it suitable for oily, acne-prone skin, or is it too
drying for the face?

Thanks,
Kevin Marsh"""),
      cu("11-18 09:02", """Hello,

Is the Charcoal & Tea Tree bar coming back in stock soon? It's been showing 'sold
out' for three weeks. And is it suitable for oily, acne-prone skin, or is it too
drying for the face?

Thanks,
Kevin Marsh""", parent=0, chase=True), tz=-5),

    C("cs13-invoice-copy-out-of-office", "en", "closed", {},
      "Priscilla Dean <accounts@theoldforgegifts.example>", "gmail",
      "Invoice copy INV-2210",
      "Stockist asks for an invoice copy, gets it attached; her out-of-office answers the reply.",
      cu("11-03 10:00", """Hi Gethin,

Our accountant is missing the invoice for our October wholesale order (INV-2210).
Could you send a copy over please?

Thanks,
Priscilla
The Old Forge Gifts"""),
      ag("gethin", "11-03 11:25", """Hi Priscilla,

Of course - INV-2210 attached.

Best regards,""", attach=[("application/pdf", "INV-2210.pdf", INVOICE_2210_PDF)]),
      auto("11-03 11:26", """Thank you for your email. I am out of the office until Monday 9 November with
limited access to email. For urgent orders please call the shop on 01743 220 918.

Priscilla Dean""", subject="Automatic reply: RE: Invoice copy INV-2210", quote=False)),

    C("cs14-missing-shampoo-bar-reopened", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Ellie Shaw <ellie.shaw@example.com>", "gmail",
      "Shampoo bar missing from November box",
      "Missing bar sent and the ticket marked resolved; a week later a double charge and a delivery-to-neighbour question in the same thread; the refund is made, the neighbour question skipped.",
      cu("11-09 13:10", """Hi,

My November Soap Club box came today but there was no shampoo bar in it - the card
lists the Nettle & Rosemary shampoo bar but it's just not there. Could you send one?

Thanks
Ellie"""),
      ag("priya", "11-09 15:00", """Hi Ellie,

Sorry about that - it must have slipped through at packing. A Nettle & Rosemary
shampoo bar went to you by second class this afternoon. I'll mark this ticket as
resolved, but just reply if anything else is wrong.

Kind regards,""", closes=True),
      cu("11-16 19:45", """Hi Priya,

The shampoo bar arrived, thank you - but I've just noticed I've been charged twice for
November on my bank statement (two payments of £18 on the 15th). Can you refund the
second one? And can you tell me how to get the box delivered to my neighbour when I'm away? The courier left the last one on the doorstep in the rain.

Ellie""", uq=1),
      ag("priya", "11-17 10:10", """Hi Ellie,

You're right, the payment went through twice - a glitch on our card processor's side
that day. I've refunded the second £18; it usually shows in 3-5 working days.

Kind regards,""")),

    C("cs15-law-firm-client-gifts", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Hugh Ellery <hugh.ellery@pembertonlaw.example>", "outlook",
      "Christmas client gifts - 50 boxes",
      "Law firm (accounts colleague Cc'd, disclaimer) orders 50 gift boxes; Nell hands to Gethin (price, next day as promised), who hands to Beatrice (logo sticker, proof); the request to invoice Fiona is never acknowledged.",
      cu("11-10 09:15", """Good morning,

Pemberton Ellery LLP would like to send a small Christmas gift to around 50 of our
clients this year and your gift boxes have been recommended to us. Could you tell me
what the trade price would be for 50 of the Three Bar Gift Box, and whether the boxes
can carry a sticker with our logo? We'd need them delivered to our Taunton office by
10 December at the latest. Please also send the invoice to Fiona (copied), who handles our accounts, rather than to me.

Kind regards,
Hugh Ellery
Partner

Pemberton Ellery LLP | 4 Hammet Street, Taunton TA1
This email and any attachments are confidential and may be legally privileged. If you
are not the intended recipient, please notify the sender and delete it; any use,
disclosure or copying is prohibited.""", uq=1, cc="Fiona Tate <fiona.tate@pembertonlaw.example>"),
      ag("nell", "11-10 11:00", """Dear Hugh,

Thank you, and please thank whoever recommended us! 10 December is fine for 50
boxes. I've passed your message to Gethin, who looks after our business orders -
he'll be in touch tomorrow with the trade price for that quantity.

Warm wishes,""", promises=[("11-11", 3)]),
      ag("gethin", "11-11 14:20", """Dear Hugh,

Following on from Nell: for 50 Three Bar Gift Boxes the trade price is £16.50 each
(retail £24), so £825 plus VAT, with delivery to Taunton free. Beatrice does all our
custom labelling and will pick up the logo question with you.

Best regards,""", promises=[("window", 4)]),
      ag("bea", "11-12 10:30", """Dear Hugh,

Yes, we can put a round sticker with your logo on each box lid - 50 mm across,
printed on recycled kraft. If you email me the logo as a PDF or a large PNG, I'll
mock up a proof for you.

With best wishes,"""),
      cu("11-16 16:00", """Dear Beatrice,

Logo attached. We'd like to go ahead with the 50 boxes.

Kind regards,
Hugh Ellery
Partner

Pemberton Ellery LLP | 4 Hammet Street, Taunton TA1
This email and any attachments are confidential and may be legally privileged. If you
are not the intended recipient, please notify the sender and delete it; any use,
disclosure or copying is prohibited.""", attach=[("image/png", "PE-logo.png", LOGO_PNG)]),
      ag("bea", "11-17 11:45", """Dear Hugh,

Wonderful - proof attached. Once you're happy with it we'll start printing, and the
boxes will be with you in Taunton by Friday 4 December.

With best wishes,""", attach=[("image/png", "sticker-proof-pemberton.png", STICKER_PROOF_PNG)])),

    C("cs16-lanolin-goat-milk-bar", "en", "closed", {"slow-first-response": 1},
      "Yvonne Barker <yvonne.barker@example.org>", "apple",
      "Lanolin in the Goat Milk & Honey bar?",
      "Friday-afternoon allergy question answered fully on Monday morning; thanks.",
      cu("11-06 15:20", """Hello,

I have a lanolin allergy (wool alcohols come up on my patch test) and I'm wondering
about the Goat Milk & Honey bar. Does it contain lanolin or anything derived from
wool? Goat's milk on its own isn't a problem for me.

Thank you,
Yvonne"""),
      ag("priya", "11-09 09:45", """Dear Yvonne,

No, there's no lanolin or any wool derivative in the Goat Milk & Honey bar - its full
list is olive oil, coconut oil, fresh goat's milk, castor oil, honey and sodium
hydroxide (which is used up in saponification). In fact, none of our soaps contain
lanolin; the only product with it is the Shepherd's hand cream.

Kind regards,"""),
      cu("11-09 12:30", """Thank you Priya, that's really helpful. Order placed!

Yvonne""", thanks=True)),

    C("cs17-gift-card-fresh", "en", "open", {},
      "Oliver Nash <oliver.nash@example.com>", "gmail",
      "Gift cards",
      "Fresh enquiry this morning with only the acknowledgement, inside the response target.",
      cu("11-20 10:05", """Hi,

Do you sell gift cards? I'd like to get one for my sister for Christmas - ideally an
e-card I can print, as she lives in Edinburgh. What amounts do they come in?

Cheers,
Oliver"""),
      ack("11-20 10:06")),

    C("cs18-holly-ivy-numbered-list", "en", "pending", {"unanswered-question": 2},
      "Naomi Clarke <naomi@hollyandivy.example>", "gmail",
      "Christmas top-up + a few questions",
      "Stockist's numbered list of four; the reply answers 1 and 3 inline (price list attached) and skips the hamper and the safety-report request.",
      cu("11-16 08:40", """Hi Gethin,

Thanks for the lovely service this year. A few things before we place our Christmas
top-up:

1. Could you send us your 2027 trade price list when it's ready?
2. Do you do a ready-made Christmas hamper we could sell as it is, or would we have to build our own from single items?
3. If we order by Friday, will it reach us by 1 December?
4. A customer asked whether your bars have a cosmetic safety report - could you send us a copy for the ones we stock, so we have it at the till?

Thanks,
Naomi
Holly & Ivy, Wells""", uq=2),
      ag("gethin", "11-16 14:10", """Hi Naomi,

Thank you - it's been a good year with you. Quick answers:

> 1. Could you send us your 2027 trade price list when it's ready?

Attached - it came back from the printer on Friday. Prices go up 4% from 1 February.

> 3. If we order by Friday, will it reach us by 1 December?

Yes, comfortably. Trade orders go by DPD, usually next working day.

Best regards,""", quote=False, attach=[("application/pdf", "Calloway-trade-prices-2027.pdf", TRADE_LIST_PDF)])),

    C("cs19-refill-pouches-link", "en", "closed", {},
      "Bev Hollins <bev.hollins@example.org>", "android",
      "refill pouches",
      "Unpunctuated question answered with only a link; thanks; her charity-shop signature has a question and a ? URL.",
      cu("11-04 12:10", """Hello do you sell refill pouches for the lemon verbena hand wash, I've got two of your glass pump bottles and don't want to keep buying new ones

Bev

St Luke's Hospice Shop, Minehead
Questions about donating? https://stlukeshospice.example/donate?src=email"""),
      ag("priya", "11-04 14:25", """Hi Bev,

We do: https://callowaysoap.example/shop/refills/lemon-verbena-500ml

Kind regards,"""),
      cu("11-04 16:00", """Lovely thanks!

Bev

St Luke's Hospice Shop, Minehead
Questions about donating? https://stlukeshospice.example/donate?src=email""", thanks=True)),

    C("cs20-add-cedar-sage-bar", "en", "pending", {},
      "Jo Pike <jo.pike@example.net>", "gmail",
      "Add a bar to my order",
      "A rhetorical question and a self-answered one around a real request, done with 'Done'.",
      cu("11-15 21:30", """Hello!

Who knew a bar of soap could make my husband give up his shower gel? He's completely
converted to the Cedar & Sage. So I'd like to add a second Cedar & Sage bar to my
order before it ships - it's the one I placed this afternoon. Where would I find the
order number on the confirmation? Oh never mind, it's right at the top: CS-5120.

Thanks!
Jo"""),
      ag("priya", "11-16 09:05", """Hi Jo,

Done - a second Cedar & Sage is added to CS-5120 and the postage stays the same. The
order goes out with Tuesday's collection.

Kind regards,""")),

    C("cs21-naturladen-preisliste", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Thomas Brandt <t.brandt@naturladen-brandt.example>", "outlook_de",
      "Anfrage Großhandel - Naturladen Brandt",
      "Händler fragt nach Preisliste und Mindestmenge; Mindestmenge beantwortet, Preisliste für morgen versprochen, erst nach „ich warte immer noch“ am Montag geschickt.",
      cu("11-04 09:15", """Sehr geehrte Damen und Herren,

wir führen einen kleinen Naturkostladen in Freiburg und möchten Ihre Seifen ins
Sortiment aufnehmen. Könnten Sie uns Ihre Großhandelspreisliste schicken? Und wie hoch
ist die Mindestbestellmenge für Händler in Deutschland?

Mit freundlichen Grüßen
Thomas Brandt
Naturladen Brandt"""),
      ag("katrin", "11-04 13:30", """Sehr geehrter Herr Brandt,

vielen Dank für Ihr Interesse! Die Mindestbestellung für Händler in der EU liegt bei
250 £; ab dieser Summe ist der Versand nach Deutschland frei, und wir liefern verzollt
(DDP), Sie haben also keine Zusatzkosten.

Die aktuelle Preisliste in Euro schicke ich Ihnen morgen.

Mit freundlichen Grüßen""", promises=[("11-05", 4)]),
      cu("11-09 10:20", """Sehr geehrte Frau Vogel,

ich warte immer noch auf die Preisliste. Wir planen gerade das Weihnachtssortiment und
bräuchten sie diese Woche.

Mit freundlichen Grüßen
Thomas Brandt""", chase=True),
      ag("katrin", "11-09 11:45", """Sehr geehrter Herr Brandt,

entschuldigen Sie bitte die Verzögerung – anbei die Preisliste 2026/27 in Euro.

Mit freundlichen Grüßen""", attach=[("application/pdf", "Calloway-Preisliste-2026-27-EUR.pdf", PREISLISTE_PDF)]),
      tz=1),

    C("cs22-miel-avoine-propolis", "fr", "closed", {"unanswered-question": 1},
      "Hélène Dubois <helene.dubois@example.com>", "gmail",
      "Question allergie - savon Miel & Avoine",
      "Mère d'un enfant allergique à la propolis : cire/propolis et tests sur animaux répondus, la livraison en Belgique oubliée.",
      cu("11-05 20:00", """Bonjour,

Est-ce que le savon Miel & Avoine contient de la cire d'abeille ou de la propolis ?
Mon fils est allergique à la propolis. Vos savons sont-ils testés sur les animaux ?
Et pourriez-vous me dire si vous livrez en Belgique, et à quel tarif ?

Merci d'avance,
Hélène Dubois""", uq=1),
      ag("solene", "11-06 10:15", """Bonjour Hélène,

Le savon Miel & Avoine contient du miel, mais ni cire d'abeille ni propolis. Cela dit,
le miel peut contenir des traces de propolis : pour un enfant allergique, je vous
conseillerais plutôt notre savon Avoine nature, sans aucun produit de la ruche.

Et non, aucun de nos produits n'est testé sur les animaux : nous sommes certifiés
Leaping Bunny.

Bien à vous,"""), tz=1),

    C("cs23-jabones-boda-corazon", "es", "pending", {},
      "Paula Navarro <paula.navarro@example.com>", "gmail_es",
      "Jabones para boda",
      "Novia pregunta forma, personalización y precio; todo respondido; ella manda los nombres y la fecha que se le pidieron (no es una insistencia); confirmado.",
      cu("11-12 17:00", """Hola:

Me caso en mayo en Sevilla con un chico de Bristol y queremos regalar jabones a los
invitados. ¿Hacéis jabones en forma de corazón? Serían unos 60. ¿Se pueden personalizar
con nuestros nombres? ¿Y qué precio tendrían?

Muchas gracias,
Paula"""),
      ag("lucia", "11-13 10:30", """Hola Paula:

¡Enhorabuena! Sí, tenemos un molde de corazón de 40 g. Para 60 unidades el precio es
de 2,80 £ cada una, con etiqueta personalizada incluida. Si nos mandas los nombres tal
y como los quieres, y la fecha de la boda, preparo el diseño de la etiqueta.

Un abrazo,"""),
      cu("11-13 19:20", """Hola Lucía:

¡Qué ilusión! Los nombres serían «Paula & Tom» y la fecha, 22.05.2027. Nos gusta el
aroma de azahar, si lo tenéis.

Paula"""),
      ag("lucia", "11-16 09:40", """Hola Paula:

Perfecto, apuntado: «Paula & Tom – 22.05.2027», con aroma de azahar (sí que lo
tenemos). Aquí tienes una vista previa de la etiqueta:
https://callowaysoap.example/es/etiquetas/paula-tom?v=1

Un abrazo,"""), tz=1),

    C("cs24-champu-solido-rizado", "es", "closed", {"unanswered-question": 1},
      "Jorge Ibáñez <jorge.ibanez@example.org>", "android",
      "Champú sólido pelo rizado",
      "Dos preguntas sobre champú sólido respondidas; la petición de borrar la dirección antigua, hecha de paso, se ignora.",
      cu("11-03 22:10", """Hola, ¿tienen champú sólido para pelo rizado? Tengo el pelo muy seco y los champús normales me lo dejan como un estropajo. ¿Y cuánto dura una pastilla más o menos, lavando tres veces por semana? Además, por favor, borren mi dirección antigua de Valencia de mi cuenta, me he mudado a Madrid y no quiero que un pedido acabe allí.

Gracias
Jorge""", uq=1),
      ag("lucia", "11-04 10:00", """Hola Jorge:

Sí, el de Karité y Aguacate está pensado justo para el pelo rizado y seco, y no lleva
sulfatos. Lavando tres veces por semana, una pastilla suele durar unas diez o doce
semanas, siempre que la dejes secar bien entre usos.

Saludos,"""), tz=1),

    C("cs25-coffret-avant-le-28", "fr", "pending",
      {"missed-follow-up": 1, "customer-chased": 1, "slow-first-response": 1},
      "Bernard Lefèvre <b.lefevre@example.net>", "thunderbird",
      "Commande CS-4890 - livraison avant le 28 ?",
      "Client inquiet pour un anniversaire : accusé automatique, relance le samedi, réponse le lundi qui promet la date d'expédition « demain » - jamais envoyée.",
      cu("11-12 11:00", """Bonjour,

J'ai commandé le coffret « Douceur d'hiver » le 8 novembre (commande CS-4890) pour
l'anniversaire de ma femme, le 28 novembre. Pouvez-vous me confirmer qu'il arrivera à
temps en France ?

Cordialement,
Bernard Lefèvre"""),
      ack("11-12 10:01"),
      cu("11-14 09:30", """Bonjour,

Je me permets de vous relancer : je n'ai reçu que la réponse automatique. Le coffret
sera-t-il livré avant le 28 ?

Cordialement,
Bernard Lefèvre""", chase=True),
      ag("solene", "11-16 10:05", """Bonjour Monsieur Lefèvre,

Veuillez nous excuser pour ce délai de réponse. Votre coffret n'est pas encore parti :
il attendait le savon au vin chaud, qui sort du séchage cette semaine. Je vérifie avec
l'atelier la date d'expédition exacte et je vous la confirme demain. En envoi express,
il arriverait en France en trois jours ouvrés.

Bien à vous,""", promises=[("11-17", None)]), tz=1),

    C("cs26-private-label-ahead", "en", "pending", {},
      "Sam Whitlock <sam@driftwoodandco.example>", "owa",
      "Private label bar - Driftwood & Co",
      "Private-label enquiry: lead time answered, the costing promised by Tuesday 24 November - still ahead at the audit time.",
      cu("11-17 10:30", """Hi Gethin,

Following our chat at the Exeter trade fair - we'd like to explore a private-label bar
for Driftwood & Co, our own scent (sea salt and fig, roughly) under our brand. What
would a first sample run of about 200 bars cost, and how long would it take?

Best,
Sam Whitlock
Driftwood & Co"""),
      ag("gethin", "11-17 15:00", """Hi Sam,

Good to hear from you again. A sample run of 200 usually takes four to five weeks from
sign-off, including the curing time. The cost depends on the fragrance: Nell is
blending a sea salt and fig test batch this week, and I'll send you the costing for
the sample run by Tuesday 24 November.

Best regards,""", promises=[("11-24", None)])),

    C("cs27-crushed-crate-collection", "en", "pending", {},
      "Mark Dyer <mark@quayside-emporium.example>", "outlook",
      "Damaged crate - order WHS-1203",
      "Crushed crate: replacement sent the same day; 'the courier collects ... on Wednesday' is logistics, not a promise; thanks.",
      cu("11-16 11:00", """Hello,

Our wholesale order arrived this morning but one of the three crates was crushed -
about a dozen bars are chipped and the wrapping is torn. Can you arrange to collect that
crate and replace the bars? Photos here:

https://photos.example/quayside/crate?id=2291

Mark Dyer
Quayside Emporium, Watchet"""),
      ag("gethin", "11-16 13:20", """Hi Mark,

Sorry about that - the photos make it clear. A replacement crate of 24 is packed and
goes out with today's DPD. The courier collects the damaged crate from you on
Wednesday between 9 and 1; the driver brings the returns label with him, so just
leave it by the till.

Best regards,"""),
      cu("11-16 14:05", """Brilliant, thanks Gethin.

Mark""", thanks=True)),

    C("cs28-bergamot-bar-window", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Clare Hodges <clare.hodges@example.com>", "gmail",
      "Bergamot & Black Pepper bar",
      "Discontinued-bar question deferred ('I'll come back to you', no date) and never answered; the catalogue opt-out asked in passing is ignored.",
      cu("11-09 09:45", """Hello,

The Bergamot & Black Pepper bar has vanished from the website. Is it coming back? It's
the only one my partner will use. Also, please take me off the paper catalogue mailing list - I'd rather just get the emails.

Thanks,
Clare""", uq=1),
      ag("priya", "11-09 14:10", """Hi Clare,

Good question - we had trouble sourcing the bergamot oil this autumn. Let me check
with Nell in the workshop whether another batch is planned, and I'll come back to you.

Kind regards,""", promises=[("window", None)])),

    C("cs29-hand-cream-kept-next-day", "en", "pending", {},
      "Imogen Reeve <imogen.reeve@example.org>", "apple",
      "Unscented hand cream 250ml",
      "Stock question: 'I'll get back to you tomorrow morning', kept the next morning; thanks.",
      cu("11-16 10:20", """Hi,

Do you have the unscented hand cream in the big 250ml tube in stock? The website just
says 'limited'. I'd need four for the practice - I'm a dental hygienist and my hands
are wrecked by the gloves.

Imogen"""),
      ag("priya", "11-16 11:30", """Hi Imogen,

The website is a bit cautious once we're under 20. I'll check the shelf with the
workshop and get back to you tomorrow morning.

Kind regards,""", promises=[("11-17", 3)]),
      ag("priya", "11-17 09:50", """Hi Imogen,

Good news - we have 11 of the 250ml tubes, so four is no problem. I've put four aside
under your name for a week; order whenever suits.

Kind regards,"""),
      cu("11-17 12:15", """Thank you, that's so kind! Ordering now.

Imogen""", thanks=True)),

    C("cs30-seaweed-bar-then-refills", "en", "pending", {"unanswered-question": 1},
      "Rosie Cartwright <rosie.cartwright@example.net>", "gmail",
      "How long do the bars keep?",
      "Shelf-life question answered; a week later a second mail asks about a pump-bottle refill service and an address change; only the address is done.",
      cu("11-09 19:30", """Hi,

How long does the Seaweed & Kelp bar last once it's unwrapped? I like to buy a few
at once.

Rosie"""),
      ag("nell", "11-10 09:20", """Hi Rosie,

Unwrapped and kept somewhere dry, they're good for about a year - the scent fades a
little after six months, but the soap itself is fine. Keep the spares in a drawer
rather than the bathroom.

All best,"""),
      cu("11-16 18:00", """Hi Nell,

Thanks for that - I bought six! One more thing: do you do a refill service for the glass pump bottles, where I send them back and you refill them? And could you change
my delivery address for the next order to my work: Cartwright Dental, 3 Mill Lane,
Wellington TA21 8AB.

Rosie""", uq=1),
      ag("nell", "11-17 09:05", """Hi Rosie,

Six! Lovely. I've changed the delivery address on your account to Cartwright Dental,
Mill Lane, so your next order goes there.

All best,""")),

    C("cs31-forwarded-confirmation-html", "en", "closed", {},
      "Derek Lowe <derek@lowecarpentry.example>", "gmail",
      "Fwd: Your order CS-4377 is confirmed",
      "HTML-only forward of the order confirmation (its own questions are forwarded text); the one request is met with a PDF invoice.",
      cu("11-05 08:30", """Hi,

Could you resend the invoice for the order below with my company name on it (Lowe
Carpentry Ltd)? My accountant won't accept it without.

Thanks
Derek Lowe

---------- Forwarded message ---------
From: Calloway Soap & Skincare <orders@callowaysoap.example>
Date: Sun, 1 Nov 2026 at 17:02
Subject: Your order CS-4377 is confirmed
To: <derek@lowecarpentry.example>

Thank you for your order!

Order CS-4377
1 x Gardener's Scrub Bar - £7.50
2 x Workshop Hand Balm - £19.00
Delivery - £3.95
Total - £30.45

When will it arrive? Most orders are dispatched within 2 working days.
Questions about your order? Reply to this email or visit https://callowaysoap.example/help?order=CS-4377""",
         kind="html"),
      ag("priya", "11-05 11:40", """Hi Derek,

Here it is, made out to Lowe Carpentry Ltd.

Kind regards,""", attach=[("application/pdf", "Invoice-CS-4377-Lowe-Carpentry.pdf", LOWE_INVOICE_PDF)])),

    C("cs32-rasierseife-base64", "de", "pending", {},
      "Felix Wagner <felix.wagner@example.com>", "gmail_de",
      "Rasierseife ohne Duft?",
      "Zwei Fragen zur Rasierseife (base64) in einem Absatz beantwortet; Dank.",
      cu("11-16 07:50", """Hallo Frau Vogel,

ich suche eine gute Rasierseife. Gibt es Ihre Zeder-Rasierseife auch ohne Duft? Und
passt die Seife in eine normale Rasierschale mit 8 cm Durchmesser?

Danke und schöne Grüße
Felix Wagner""", cte="base64"),
      ag("katrin", "11-16 10:30", """Hallo Herr Wagner,

die Rasierseife gibt es auch unparfümiert – sie heißt bei uns schlicht „Rasierseife
Natur“. Beide Varianten haben 7,5 cm Durchmesser und passen in eine Standardschale
mit 8 cm.

Viele Grüße"""),
      cu("11-16 12:10", """Super, danke!

Felix""", cte="base64", thanks=True), tz=1),

    C("cs33-weihnachtsmarkt-aachen", "de", "pending", {"unanswered-question": 1},
      "Sabine Hartmann <s.hartmann@kunsthandwerk-hartmann.example>", "thunderbird_de",
      "Nachbestellung Weihnachtsmarkt Aachen",
      "Aufzählung mit drei Punkten: Lieferung und Aufsteller beantwortet, die Rechnung mit USt-IdNr. übergangen.",
      cu("11-17 09:30", """Hallo Frau Vogel,

für unseren Stand auf dem Weihnachtsmarkt in Aachen möchte ich nachbestellen. Dazu
drei Punkte:

- Schaffen Sie die Lieferung bis zum 28.11.?
- Haben Sie einen kleinen Aufsteller aus Holz für die Seifen, den wir dazubestellen können?
- Bitte stellen Sie die Rechnung diesmal mit unserer USt-IdNr. DE 318 774 215 aus, sonst bekomme ich Ärger mit dem Steuerberater.

Vielen Dank und viele Grüße
Sabine Hartmann""", uq=1),
      ag("katrin", "11-17 14:00", """Hallo Frau Hartmann,

ja, wenn Sie bis Donnerstag bestellen, ist die Ware am 25. oder 26.11. bei Ihnen.
Einen Holzaufsteller für 24 Seifen haben wir für 14 £; ich habe ihn in Ihrem
Kundenkonto als Zusatzartikel freigeschaltet.

Viele Grüße"""), tz=1),

    C("cs34-lippenpflege-kinder-awaiting", "de", "open", {"awaiting-reply": 1},
      "Uwe Schröder <uwe.schroeder@example.org>", "outlook_de",
      "Lippenpflege für Kinder",
      "Frage beantwortet; zwei neue Fragen (Probe-Set, Versand nach Österreich) seit Mittwochmorgen ohne Antwort.",
      cu("11-15 20:15", """Guten Abend,

ist Ihre Lippenpflege auch für Kinder geeignet? Meine Tochter ist fünf.

Gruß
Uwe Schröder"""),
      ag("katrin", "11-16 09:30", """Guten Tag Herr Schröder,

ja, der Lippenbalsam „Ringelblume“ ist für Kinder geeignet: nur Sheabutter,
Sonnenblumenöl, Bienenwachs und Ringelblumenextrakt, ohne ätherische Öle.

Freundliche Grüße"""),
      cu("11-18 09:40", """Danke. Gibt es den auch im Probe-Set zusammen mit der Kinderseife? Und verschicken
Sie nach Österreich? Die Oma wohnt in Linz.

Gruß
Uwe Schröder"""), tz=1),

    C("cs35-savon-a-barbe-lien", "fr", "closed", {},
      "Julien Marchand <julien.marchand@example.net>", "apple_fr",
      "Savon à barbe",
      "Question simple (quoted-printable) répondue par un « Oui » et un lien ; remerciements.",
      cu("11-02 18:45", """Bonjour,

Vendez-vous un savon à barbe ? Je cherche quelque chose de simple, sans parfum si
possible, pour peau sensible.

Merci,
Julien""", cte="quoted-printable"),
      ag("solene", "11-03 09:30", """Bonjour Julien,

Oui, tout à fait : https://callowaysoap.example/fr/savon-a-barbe-nature

Bien à vous,"""),
      cu("11-03 12:00", """Parfait, merci beaucoup !

Julien""", thanks=True, cte="quoted-printable"), tz=1),

    C("cs36-revendeur-lyon", "fr", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Manon Girard <manon@boutiqueainay.example>", "gmail",
      "Revendeur à Lyon",
      "Boutique lyonnaise : conditions revendeur renvoyées à « demain » (jamais), la demande de catalogue en français oubliée.",
      cu("11-16 09:00", """Bonjour,

Nous tenons une petite boutique de cadeaux à Lyon et nous aimerions proposer vos
savons. Quelles sont vos conditions pour les revendeurs en France (minimum de commande,
frais de port) ? Pourriez-vous aussi nous envoyer un catalogue en français, si vous en avez un ?

Cordialement,
Manon Girard
Boutique Ainay""", uq=1),
      ag("solene", "11-16 14:30", """Bonjour Manon,

Merci pour votre message, nous serions ravis d'être présents à Lyon ! Les conditions
pour la France viennent de changer avec notre nouveau transporteur : je vérifie les
chiffres exacts avec Gethin, notre responsable revendeurs, et je reviens vers vous
demain.

Bien à vous,""", promises=[("11-17", None)]), tz=1),

    C("cs37-factura-nif-lunes", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Andrés Molina <andres.molina@example.com>", "gmail_es",
      "Factura pedido CS-4421",
      "Factura con NIF prometida «el lunes», enviada el miércoles tras «¿Hay alguna novedad? Sigo esperándola».",
      cu("11-05 12:00", """Hola:

Compré dos estuches de regalo la semana pasada (pedido CS-4421) y necesito la factura a
nombre de mi empresa, Molina Reformas S.L., con el NIF B-41887263. ¿Me la pueden enviar?

Gracias,
Andrés Molina"""),
      ag("lucia", "11-05 15:00", """Hola Andrés:

Claro que sí. Las facturas de empresa las emite Gethin y hoy no está; te la envío el
lunes sin falta.

Un saludo,""", promises=[("11-09", 4)]),
      cu("11-11 09:15", """Hola Lucía:

¿Hay alguna novedad con la factura? Sigo esperándola y mi gestor me la pide para cerrar
el trimestre.

Andrés""", chase=True),
      ag("lucia", "11-11 10:30", """Hola Andrés:

Perdona el retraso. Te adjunto la factura a nombre de Molina Reformas S.L., con el NIF.

Un saludo,""", attach=[("application/pdf", "Factura-CS-4421.pdf", FACTURA_PDF)]), tz=1),

    C("cs38-jabones-veganos", "es", "closed", {},
      "Carmen Ortega <carmen.ortega@example.org>", "gmail_es",
      "¿Jabones veganos?",
      "Saludo «¿qué tal?» (no es pregunta) y dos preguntas respondidas en un párrafo, una con enlace; gracias.",
      cu("11-04 19:30", """Hola, ¿qué tal?

Soy vegana y quería saber si todos vuestros jabones son veganos. ¿El bálsamo labial
lleva cera de abeja?

Gracias,
Carmen"""),
      ag("lucia", "11-05 09:20", """Hola Carmen:

Todos los jabones son veganos excepto dos: el de Miel y Avena y el de Leche de Cabra. El
bálsamo labial clásico sí lleva cera de abeja, pero tenemos una versión vegana con cera
de candelilla: https://callowaysoap.example/es/balsamo-vegano

Un saludo,"""),
      cu("11-05 11:05", """¡Genial, muchas gracias!

Carmen""", thanks=True), tz=1),

    C("cs39-leaflets-by-friday", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Gwen Pritchard <gwen@pritchardsofruthin.example>", "outlook",
      "Leaflets for the shop",
      "Stockist asks for leaflets and tester bars; leaflets promised by Friday, posted the next Tuesday after a chase; the tester bars never mentioned.",
      cu("11-02 10:10", """Hi Nell,

The soaps are flying off the shelf since we moved them next to the till. Could you
send us some of the little leaflets about how the soap is made - maybe 100? Customers
keep asking. And could we have a couple of the sample-size bars for a tester dish?

Diolch,
Gwen
Pritchards of Ruthin""", uq=1),
      ag("nell", "11-02 15:00", """Hi Gwen,

That's brilliant news - thank you for giving us the till spot! We're out of leaflets
but the reprint is due in this week, so I'll post 100 to you by Friday.

All best,""", promises=[("11-06", 4)]),
      cu("11-10 09:30", """Hi Nell,

Just following up on the leaflets - nothing's arrived yet. Have they gone out?

Gwen""", chase=True),
      ag("nell", "11-10 12:15", """Hi Gwen,

So sorry - the printer was late and I didn't want to send you half a batch. 100
leaflets went in the post this morning, second class.

All best,""")),

    C("cs40-hamper-for-sister-inline", "en", "pending", {"unanswered-question": 1},
      "Fran Whitaker <fran.whitaker@example.com>", "apple",
      "Hamper for my sister",
      "Four questions for a hamper for a sister in chemotherapy; three answered inline, the Saturday delivery question left out.",
      cu("11-16 20:10", """Hello,

I'm putting together a hamper for my sister, who is going through chemo and has become
really sensitive to smells. A few questions:

Which of your soaps are completely unscented?
Is the oat milk bath soak gentle enough for very dry, sore skin?
Can you gift-wrap and include a card with a message if I order online?
Could it be delivered on a Saturday? She's in hospital during the week.

Thank you so much,
Fran""", uq=1),
      ag("priya", "11-17 09:25", """Dear Fran,

I'm so sorry to hear about your sister. Answers below:

> Which of your soaps are completely unscented?

The Plain Jane, the Oat & Calendula and the Goat Milk bar - no fragrance or essential
oils in any of them.

> Is the oat milk bath soak gentle enough for very dry, sore skin?

Yes, it's colloidal oat and dried oat milk only, and many customers use it during
cancer treatment. It's worth checking with her care team too.

> Can you gift-wrap and include a card with a message if I order online?

Yes - tick "gift wrap" at checkout and type the message in the box; we handwrite it.

With warm wishes,""", quote=False)),

    C("cs41-favour-samples-slow", "en", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Beth Morrow <beth.morrow@example.org>", "gmail",
      "Wedding favour samples",
      "Sample-pack request gets only the acknowledgement; 'I haven't heard back' two days later; answered five days in, the sage-green ribbon question skipped; thanks.",
      cu("11-11 13:00", """Hi there,

We're getting married next August and thinking about soap favours for about 90 guests.
Could you send us a sample pack of the favour sizes so we can feel them and smell the
scents? Happy to pay. Also, can the ribbon be sage green? That's our colour scheme.

Thanks!
Beth & Callum""", uq=1),
      ack("11-11 13:01"),
      cu("11-13 10:45", """Hello again,

I haven't heard back about the sample pack - did my email get through? Wedding
planning is taking over our lives so we'd love to get this ticked off.

Beth""", chase=True),
      ag("bea", "11-16 10:00", """Hi Beth,

So sorry for the wait - I was at a wedding fair in Bath all of last week. A sample
pack is in the post to you today: five favour sizes in our eight wedding scents, no
charge. There's a price card inside.

Best wishes,"""),
      cu("11-16 21:00", """Thank you so much!

Beth""", thanks=True)),

    C("cs42-tracking-by-end-of-day", "en", "closed", {"missed-follow-up": 1},
      "Helen Ashby <helen@wrenandwillow.example>", "owa",
      "Tracking for WHS-1187",
      "Invoice terms answered; the tracking number promised 'by end of day' never sent.",
      cu("11-05 09:00", """Hi Gethin,

Could you let me have the tracking number for our order (WHS-1187)? We've got a
late-night shopping event on the 13th and I want to be sure it's here. Also - is the
invoice due in 30 days as usual or has that changed?

Thanks,
Helen
Wren & Willow"""),
      ag("gethin", "11-05 11:30", """Hi Helen,

Still 30 days, nothing's changed there. Your order was packed this morning; DPD
haven't generated the tracking number yet, so I'll send it to you by end of day.

Best regards,""", promises=[("11-05", None)])),

    C("cs43-soap-going-soft", "en", "closed", {},
      "Terry Doyle <terry.doyle@example.net>", "android",
      "Soap going soft",
      "Care question answered with practical tips; thanks.",
      cu("11-10 07:30", """Morning, my soap keeps going soft and mushy in the shower. Is there a way to make it last longer or am I doing something wrong?

Terry"""),
      ag("priya", "11-10 10:00", """Hi Terry,

You're not doing anything wrong - handmade soap keeps its glycerine, which draws in
moisture. The trick is to keep it out of the water stream and on a dish that drains,
so it dries between uses. A wooden slatted dish or a soap saver bag works well;
cutting the bar in half and using one half at a time helps too.

Kind regards,"""),
      cu("11-10 12:40", """Cheers Priya will try that

Terry""", thanks=True)),

    C("cs44-shipping-to-melbourne", "en", "pending", {},
      "Lauren Mitchell <lauren.mitchell@example.com>", "gmail",
      "Shipping to Australia?",
      "Customer in Melbourne (UTC+11) asks two things; answered with a bare price and a time.",
      cu("11-17 21:15", """Hi from Melbourne!

My aunt sent me some of your soaps from Somerset and I'm hooked. Do you ship to
Australia, and how much does it cost?

Thanks,
Lauren"""),
      ag("priya", "11-17 14:00", """Hi Lauren,

We do - £14.50 for up to 1kg, usually 10-14 days. Australian biosecurity won't let
some of our honey products in, so the website hides those for you at checkout.

Kind regards,"""), tz=11),

    C("cs45-lavender-smells-different", "en", "closed", {"unanswered-question": 1},
      "Ruth Ellison <ruth.ellison@example.org>", "thunderbird",
      "Lavender Field smells different",
      "The reply lost its threading headers; it explains the new lavender oil but not whether the bar can be swapped.",
      cu("11-06 11:00", """Hello,

I've bought the Lavender Field bar for years, but the one I got last week smells quite
different - sharper, almost medicinal. Has the recipe changed? I've only used it
twice. Could I send it back and swap it for a Wild Rose?

Ruth Ellison""", uq=1),
      ag("nell", "11-06 16:20", """Dear Ruth,

You have a good nose! The recipe hasn't changed, but the lavender oil has: our French
grower had a poor harvest, so this season's batch uses Bulgarian lavender, which has
that sharper, more camphor-like note. We're hoping to be back on the French oil in the
spring.

All best,""", thread=False)),

    C("cs46-gift-subscription-refs-gap", "en", "pending", {},
      "Anita Desai-Hart <anita.dh@example.net>", "gmail",
      "Gift subscription for Mum's 70th",
      "Card answered, dispatch date promised for tomorrow and confirmed; her next question (References with a gap) about PayPal answered.",
      cu("11-16 08:30", """Hi,

I'd like to buy a three-month Soap Club subscription as a present for my mum's 70th on
5 December. Can the first box arrive before then, and can you include a handwritten
card?

Thanks,
Anita"""),
      ag("priya", "11-16 12:00", """Hi Anita,

What a lovely present. Yes, we handwrite the cards for gift subscriptions - just add
the message at checkout. I'll confirm tomorrow whether we can get the first box out
early enough for the 5th, as the December boxes are still being packed.

Kind regards,""", promises=[("11-17", 3)]),
      ag("priya", "11-17 10:15", """Hi Anita,

Good news: if you order by Sunday, the first box goes out on 1 December and will be
with your mum by the 3rd.

Kind regards,"""),
      cu("11-17 19:00", """Perfect, thank you. Can I pay for the gift subscription with PayPal, or is it card only?

Anita""", refs=[1, 3]),
      ag("priya", "11-18 09:00", """Hi Anita,

PayPal is fine for gift subscriptions, yes.

Kind regards,""")),

    C("cs47-favour-labels-colleague", "en", "closed", {},
      "Chloe Barnes <chloe.barnes@example.com>", "apple",
      "Favour labels - proof",
      "Proof promised by Friday by Beatrice, delivered on Thursday by Nell while she is off sick; approval and print confirmed.",
      cu("11-02 10:00", """Hi Beatrice,

Thanks for the call. As discussed, here's the wording for the favour labels: "Chloe &
Amir - thank you for celebrating with us - 21.11.26". Could you send a proof before it
goes to print?

Chloe"""),
      ag("bea", "11-02 14:00", """Hi Chloe,

Lovely wording. I'll have a proof with you by Friday.

Best wishes,""", promises=[("11-06", 3)]),
      ag("nell", "11-05 11:30", """Hi Chloe,

Beatrice is off sick this week, so I've done your label proof - attached. Shout if
anything needs changing.

All best,""", attach=[("image/png", "favour-label-proof-chloe-amir.png", LABEL_PROOF_PNG)]),
      cu("11-05 18:00", """Hi Nell, it's perfect. Please go ahead and print. Hope Beatrice feels better soon!

Chloe"""),
      ag("nell", "11-06 09:00", """Hi Chloe,

Wonderful - they're printing today, and the favours will be with you on Thursday the
12th, well before the big day.

All best,""")),

    C("cs48-sea-salt-tattoo-awaiting", "en", "open", {"awaiting-reply": 1},
      "Zara Quinn <zara.quinn@example.com>", "iphone",
      "Sea Salt & Lime for sensitive skin",
      "Answered; her follow-up about a healing tattoo has had no reply since Wednesday morning.",
      cu("11-16 09:00", """Hi, is the Sea Salt & Lime bar ok for sensitive skin? x

Sent from my iPhone"""),
      ag("priya", "11-16 11:00", """Hi Zara,

It's fairly gentle, but the sea salt can sting on very sensitive or broken skin, so
if yours reacts easily I'd go for the Oat & Calendula instead.

Kind regards,"""),
      cu("11-18 08:15", """Thanks! Would it be ok on a new tattoo that's still healing? It's on my shoulder, about 3 weeks old

Sent from my iPhone""")),

    C("cs49-small-box-multipart", "en", "pending", {},
      "Peter Lam <peter.lam@example.org>", "gmail",
      "Change to Small box",
      "Subscription change (multipart/alternative both ways) done with 'Done'.",
      cu("11-17 20:00", """Hello,

Can I change my subscription from the Large box to the Small box from December? I'm
living on my own now, and four bars a month is too many.

Best,
Peter""", kind="alt"),
      ag("priya", "11-18 09:30", """Hi Peter,

Done - from December you'll get the Small box (two bars and a lip balm) at £12 a month.

Kind regards,""", kind="alt")),

    C("cs50-craft-fair-trade-terms", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Kath Rowley <kath@rowleycrafts.example>", "thunderbird",
      "Craft fair stall - trade terms?",
      "Five questions in one paragraph: three answered, the charity-fair discount deferred 'by Wednesday' (never), the price cards with the logo skipped.",
      cu("11-12 18:30", """Hello Priya,

I do a lot of craft fairs around the Quantocks and I'd like to sell your soaps on my stall alongside my candles. Can I buy at trade price without a shop? What's the smallest order you'd accept? Do you offer anything extra for charity fairs - I do a few for the air ambulance where I give 10% away? Can I have my own little price cards printed with your logo, or is that not allowed? And can I pay on invoice rather than upfront?

Best wishes,
Kath Rowley
Rowley Crafts""", uq=1),
      ag("priya", "11-13 10:00", """Hi Kath,

Yes - market traders are very welcome on trade terms; we just need your stall name and
an address. The minimum is £80 per order. We ask for the first order to be paid
upfront, and after that it's 30 days on invoice.

The charity fair question is one for Gethin, who's away until Monday: I'll ask him and
let you know by Wednesday.

Kind regards,""", promises=[("11-18", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "cs02-nut-allergy-wild-rose": [
        "I'd also like to know whether the nut-containing products are made and wrapped in the same area as everything else"],
    "cs03-wedding-favours-120-minis": [
        "And could you deliver them straight to the venue rather than to us?"],
    "cs04-gift-shop-totnes-stockist": [
        "Can you do sale-or-return on a first order, just while we see how it sells?"],
    "cs07-soap-club-price-rise": [
        "I wondered if there's any way to lock in the old price if I pay for a whole year up front",
        "would it be possible to drop it and have a second bar instead, and would that bring the price down at all?"],
    "cs08-harbour-house-guest-soap": [
        "please could you send us the safety data sheets for the bars, as our compliance officer needs them on file before we can sign anything off"],
    "cs09-lieferung-schweiz-zoll": ["Wer trägt die Zollgebühren – wir oder Sie?"],
    "cs14-missing-shampoo-bar-reopened": [
        "And can you tell me how to get the box delivered to my neighbour when I'm away?"],
    "cs15-law-firm-client-gifts": [
        "Please also send the invoice to Fiona (copied), who handles our accounts, rather than to me."],
    "cs18-holly-ivy-numbered-list": [
        "Do you do a ready-made Christmas hamper we could sell as it is, or would we have to build our own from single items?",
        "A customer asked whether your bars have a cosmetic safety report - could you send us a copy for the ones we stock, so we have it at the till?"],
    "cs22-miel-avoine-propolis": ["Et pourriez-vous me dire si vous livrez en Belgique, et à quel tarif ?"],
    "cs24-champu-solido-rizado": [
        "Además, por favor, borren mi dirección antigua de Valencia de mi cuenta, me he mudado a Madrid y no quiero que un pedido acabe allí."],
    "cs28-bergamot-bar-window": [
        "Also, please take me off the paper catalogue mailing list - I'd rather just get the emails."],
    "cs30-seaweed-bar-then-refills": [
        "do you do a refill service for the glass pump bottles, where I send them back and you refill them?"],
    "cs33-weihnachtsmarkt-aachen": [
        "Bitte stellen Sie die Rechnung diesmal mit unserer USt-IdNr. DE 318 774 215 aus, sonst bekomme ich Ärger mit dem Steuerberater."],
    "cs36-revendeur-lyon": ["Pourriez-vous aussi nous envoyer un catalogue en français, si vous en avez un ?"],
    "cs39-leaflets-by-friday": ["And could we have a couple of the sample-size bars for a tester dish?"],
    "cs40-hamper-for-sister-inline": ["Could it be delivered on a Saturday?"],
    "cs41-favour-samples-slow": ["Also, can the ribbon be sage green?"],
    "cs45-lavender-smells-different": ["Could I send it back and swap it for a Wild Rose?"],
    "cs50-craft-fair-trade-terms": [
        "Can I have my own little price cards printed with your logo, or is that not allowed?"],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice110 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
