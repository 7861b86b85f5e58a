#!/usr/bin/env python3
"""Regenerate ``tests/practice122/``: a labelled corpus of Gilderoy Picture Framing.

A support mailbox of a fictional bespoke picture framer in Islington, London (framing quotes,
mount boards and glazing, conservation framing of maps, samplers and medals, shirt and box
frames, gilt frame repair, mirrors, collection, delivery and hanging, trade and gallery
accounts, invoices and deposits), written without looking at the detection heuristics, with
many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``gilderoyframing.example``.

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

Usage: python scripts/make_practice122_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "gilderoyframing.example"
DESK = "Gilderoy Picture Framing <frames@gilderoyframing.example>"

AGENTS = {
    "imogen": ("Imogen Hartley <imogen@gilderoyframing.example>", "thunderbird", """-- 
Imogen Hartley
Framing Desk | Gilderoy Picture Framing
212 Upper Street, London N1 | 020 7946 0712
Mount colours and mouldings: https://gilderoyframing.example/samples?ref=sig"""),
    "rufus": ("Rufus Oakley <rufus@gilderoyframing.example>", "outlook", """Rufus Oakley
Workshop Manager | Gilderoy Picture Framing
Conservation framing to museum standard. Questions about caring for your artwork? Just reply."""),
    "priya": ("Priya Nandakumar <priya@gilderoyframing.example>", "outlook", """Priya Nandakumar
Accounts & Trade | Gilderoy Picture Framing
This e-mail and any attachment are confidential and intended solely for the addressee."""),
    "dominic": ("Dominic Fairweather <dominic@gilderoyframing.example>", "apple", """Dominic Fairweather
Collections, Delivery & Hanging | Gilderoy Picture Framing
https://gilderoyframing.example/hanging?from=email"""),
    "lena": ("Lena Vogt <lena@gilderoyframing.example>", "thunderbird_de", """-- 
Lena Vogt
Kundenberatung (Deutsch) | Gilderoy Picture Framing
https://gilderoyframing.example/de?ref=signatur"""),
    "celine": ("Céline Marchetti <celine@gilderoyframing.example>", "apple_fr", """Céline Marchetti
Conseil clients (français) | Gilderoy Picture Framing
https://gilderoyframing.example/fr?utm_source=email"""),
    "alba": ("Alba Ferrer <alba@gilderoyframing.example>", "gmail_es", """--
Alba Ferrer
Atención al cliente (español) | Gilderoy Picture Framing
+44 20 7946 0719"""),
}

ACK = """Hello,

Thank you for contacting Gilderoy Picture Framing. This is an automatic
confirmation that your message has reached us as ticket {ref}.

The framing desk is staffed Monday to Saturday, 9:30am to 5:30pm, and we
aim to reply within one working day. If you are collecting an order, you
don't need to wait for us - just bring your collection slip to the shop.

Gilderoy Picture Framing - Framing Desk
https://gilderoyframing.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Gilderoy Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="gf.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice122", title="Gilderoy Picture Framing", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="GPF-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------


def _gilt(x: int, y: int) -> tuple[int, int, int]:
    edge = min(x, y, 47 - x, 35 - y)
    if edge < 6:
        return (186, 150, 62) if (x + y) % 5 else (120, 92, 40)
    return (92, 70, 58) if x < 20 and y < 14 else (70, 58, 50)


def _mirror_back(x: int, y: int) -> tuple[int, int, int]:
    if 18 <= x <= 22 and 4 <= y <= 8:
        return (60, 60, 66)
    return (160, 128, 90) if (x // 4 + y // 4) % 2 else (150, 118, 82)


def _abstract(x: int, y: int) -> tuple[int, int, int]:
    return (22, 110, 112) if (x * 3 + y * 2) % 29 < 15 else (204, 150, 48)


def _samples(x: int, y: int) -> tuple[int, int, int]:
    return [(240, 240, 236), (200, 200, 198), (214, 196, 160), (70, 96, 100)][min(x // 12, 3)]


GILT_PNG = mailcraft.png(48, 36, _gilt)
MIRROR_PNG = mailcraft.png(40, 30, _mirror_back)
ABSTRACT_PNG = mailcraft.png(40, 32, _abstract)
SAMPLES_PNG = mailcraft.png(48, 24, _samples)
INSURANCE_PDF = mailcraft.pdf(["Gilderoy Picture Framing - Quotation GF-Q-7741",
                               "212 Upper Street, London N1",
                               "Client: Mrs M. Doyle - Insurer claim ref HX-55120",
                               "1. Seascape 60 x 45 cm: 40 mm oak, museum glass  GBP 286.00",
                               "2. Still life 30 x 25 cm: 25 mm oak, museum glass  GBP 132.00",
                               "Total incl. VAT GBP 418.00 - valid 60 days"])
INVOICE_PDF = mailcraft.pdf(["Gilderoy Picture Framing - VAT invoice GF-20366",
                             "Baroque 60 mm swept gold frame, 20 x 25 cm   GBP 137.50",
                             "VAT 20%   GBP 27.50",
                             "Total   GBP 165.00 - paid by card 12/11/2026"])
DEVIS_PDF = mailcraft.pdf(["Gilderoy Picture Framing - Devis D-2611-09",
                           "Galerie Lumen, Brighton",
                           "20 caisses americaines noires 40 x 50 cm  a GBP 64.00",
                           "Total GBP 1280.00 TTC - delai 3 semaines"])


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("g01-watercolour-double-mount", "en", "closed", {}, "Harriet Coombe <harriet.coombe@example.com>",
      "gmail", "Framing a watercolour for a 70th",
      "Three questions (price, museum glass, turnaround) answered out of order in one paragraph; thanks.",
      cu("11-02 09:14", """Hello,

I've got a small watercolour of Whitby harbour (the image is about 28 x 38 cm)
that my aunt painted, and I'd like it framed for my mum's 70th.

A few things before I bring it in:
- roughly what would a double mount and a plain oak frame cost at that size?
- what's the actual difference between your standard glass and the museum
  glass? Is it worth it for a watercolour?
- how long would it take? The birthday is on the 21st.

Thanks,
Harriet Coombe"""),
      ag("imogen", "11-02 11:40", """Hi Harriet,

What a lovely thing to have framed. You'll have it well before the 21st - our turnaround is ten working days at the moment, so if you bring it in this week it'll be ready by the 16th. For a watercolour I would go for the museum glass: it blocks about 99% of UV, so the colours won't fade by a window, and it's nearly invisible on the wall; our standard glass is clear float glass with no UV protection. At 28 x 38 with a double mount (about 50 x 60 outside) in our 30 mm flat oak it comes to £148 with standard glass or £212 with museum glass.

Best wishes,
Imogen"""),
      cu("11-02 12:05", """Perfect, thank you Imogen - I'll bring it in on Thursday.

Harriet""", thanks=True)),

    C("g02-rugby-shirt-frame", "en", "closed", {"unanswered-question": 1},
      "Gareth Pryce <gareth.pryce@pryceandsons.example>", "outlook", "Shirt box frame",
      "Shirt frame price and room for programme and photo answered; the name plaque request skipped.",
      cu("11-03 13:22", """Hi there,

My son played his last game for the academy side in October and we'd like his match shirt framed in a box frame. Could you tell me roughly what a box frame for an adult L shirt costs? We'd also like to put his match programme and the team photo in with it - is there room for that, or does it need a bigger frame? And could you also add a small plaque with his name and the date of the match?

Kind regards,
Gareth Pryce""", uq=1),
      ag("rufus", "11-03 16:10", """Hello Gareth,

Thanks for getting in touch. A shirt box frame for an adult L is £265 in black or white ash, 90 x 70 cm outside and 5 cm deep, with the shirt stitched onto a padded backing so it doesn't slip. The programme and a 6x4 or 7x5 photo fit comfortably in the same frame either side of the sleeves - we lay everything out on the backing first and send you a photo of the layout before we close it up.

Regards,"""),
      cu("11-03 19:40", """Brilliant, thanks Rufus. We'll bring it in next week.
Gareth""", thanks=True)),

    C("g03-gilt-frame-chip", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Naomi Sefton <naomi.sefton@example.org>", "gmail", "Broken corner on an old gilt frame",
      "Price promised by Friday 6 Nov after the gilder sees the photo; the customer chases on the 10th and gets it then (late).",
      cu("10-30 10:05", """Hello,

We have an old gilt frame (late Victorian, I think) around an oil portrait of my
great-grandfather. The corner has been knocked and a chunk of the plaster
ornament is missing, plus there's some flaking along the bottom rail - photo
attached. Is this something you can repair, and what sort of price would it be?
We're in Richmond, so we'd need it collected if possible.

Many thanks,
Naomi Sefton""", attach=[("image/png", "gilt-corner.png", GILT_PNG)]),
      ag("rufus", "10-30 14:30", """Dear Naomi,

Thank you for the photo. Yes, this is exactly the sort of repair our gilder does: the missing ornament is re-cast from a mould taken off an undamaged corner, then gessoed and water-gilded to match. Collection from Richmond is fine - our van is in your area on Tuesdays.

I need to show the photo to Agnieszka, our gilder, before I can give you a price. I'll send you a figure by Friday 6 November.

Kind regards,""", promises=[("11-06", 4)]),
      cu("11-10 09:12", """Hi Rufus,

Any news on the price for the gilt frame? We'd like to get it sorted before Christmas if we can.

Naomi""", chase=True),
      ag("rufus", "11-10 11:55", """Hi Naomi,

Sorry, this slipped through - Agnieszka looked at it last week. The repair comes to £340 including re-gilding the bottom rail, plus £25 for collection and return. She needs the frame for about four weeks, so if we collect on Tuesday 17th it will be back with you well before Christmas. Shall I book the collection?

Regards,""")),

    C("g04-de-passepartout", "de", "closed", {"unanswered-question": 1},
      "Sabine Brandt <s.brandt@atelier-brandt.example>", "gmail_de", "Zwei Kunstdrucke rahmen",
      "Passepartout colours and price answered; the request to invoice her company skipped.",
      cu("11-04 09:30", """Guten Tag,

ich möchte zwei Kunstdrucke (je 40 x 50 cm) rahmen lassen, am liebsten in einem schmalen schwarzen Holzrahmen mit Passepartout. Welche Passepartout-Farben haben Sie außer Weiß? Und was würde das ungefähr pro Bild kosten? Außerdem: könnten Sie die Rechnung auf meine Firma ausstellen, Atelier Brandt GmbH, mit Umsatzsteuer-ID?

Vielen Dank und freundliche Grüße
Sabine Brandt""", uq=1),
      ag("lena", "11-04 10:45", """Liebe Frau Brandt,

vielen Dank für Ihre Anfrage. Neben Weiß haben wir Naturweiß, Elfenbein, ein helles Grau, Anthrazit und Schwarz; für Kunstdrucke empfehle ich meistens Naturweiß, das wirkt weniger hart als reines Weiß. Mit einem 20-mm-Rahmen in Schwarz und 6 cm Passepartout liegen wir bei 118 £ pro Bild mit Normalglas, mit entspiegeltem Glas bei 146 £.

Viele Grüße
Lena Vogt"""),
      cu("11-04 14:02", """Danke, das hilft mir sehr! Ich melde mich, sobald ich mich entschieden habe.

S. Brandt""", thanks=True),
      tz=1),

    C("g05-fr-aquarelles", "fr", "pending", {}, "Élise Garnier <elise.garnier@example.fr>", "apple_fr",
      "Encadrement de deux aquarelles",
      "Anti-reflective glass and lead time answered together with a price.",
      cu("11-16 18:20", """Bonjour,

J'ai acheté deux petites aquarelles à Honfleur cet été (environ 24 x 32 cm chacune) et je voudrais les faire encadrer à l'identique pour les accrocher côte à côte. Est-ce que vous proposez un verre anti-reflet ? Et combien de temps faut-il compter ?

Bien à vous,
Élise Garnier"""),
      ag("celine", "11-17 09:05", """Bonjour Madame Garnier,

Oui, nous avons un verre anti-reflet, et aussi un verre musée (anti-reflet et anti-UV) que je vous conseille pour des aquarelles. Le délai est de dix jours ouvrés en ce moment. Pour deux cadres identiques en chêne clair de 20 mm avec passe-partout blanc cassé, comptez 136 £ chacun en verre anti-reflet, 168 £ en verre musée.

Bien cordialement,
Céline"""),
      tz=1),

    C("g06-es-espejo-presupuesto", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Carmen Villalobos <carmen.villalobos@example.es>", "gmail_es", "Cambiar el cristal de un espejo antiguo",
      "'Le escribo el lunes' (9 Nov) kept only on the 12th after '¿hay alguna novedad? Sigo esperando'.",
      cu("11-05 10:10", """Hola:

Tengo un espejo antiguo con marco dorado de 90 x 120 cm y el cristal está picado en varias zonas. ¿Pueden cambiar solo el espejo y dejar el marco tal cual? ¿Cuánto costaría más o menos?

Un saludo,
Carmen Villalobos"""),
      ag("alba", "11-05 12:30", """Hola Carmen:

Sí, podemos cambiar solo la luna y conservar el marco; usamos espejo de 4 mm con el canto pulido. Para darle el precio tengo que confirmar con el taller si el marco necesita un refuerzo por detrás, porque pesa bastante. Le escribo el lunes con el presupuesto.

Un saludo,
Alba""", promises=[("11-09", 4)]),
      cu("11-11 20:45", """Hola Alba, ¿hay alguna novedad con el presupuesto del espejo? Sigo esperando.

Gracias,
Carmen""", chase=True),
      ag("alba", "11-12 09:20", """Hola Carmen:

Disculpe el retraso. El presupuesto es de 185 £ por la luna nueva y 40 £ por reforzar la trasera con un listón: 225 £ en total. El plazo es de dos semanas.

Un saludo,
Alba"""),
      tz=1),

    C("g07-rolled-canvas", "en", "open", {"awaiting-reply": 1}, "Tom Ashdown <tom.ashdown@example.net>", "gmail",
      "Stretching a rolled canvas",
      "Only the acknowledgement; two days without a human reply.",
      cu("11-18 11:02", """Hi,

I have an unstretched oil on canvas, about 120 x 90 cm, that I brought back rolled up from Lisbon. Can you stretch it onto new bars, and would you recommend a tray frame or just leaving the painted edges showing? Ideally I'd like it on the wall before my parents visit on 5 December.

Thanks,
Tom Ashdown"""),
      ack("11-18 11:03")),

    C("g08-fresh-degree-certificate", "en", "open", {}, "Maya Lindqvist <maya.l@example.com>", "iphone",
      "Degree certificate frame",
      "A fresh enquiry on the audit morning: only the acknowledgement, still inside the response target.",
      cu("11-20 09:41", """Hello, could you frame a degree certificate (A4) with the university crest embossed in the mount? How much and how long would it take?

Sent from my iPhone"""),
      ack("11-20 09:42")),

    C("g09-jigsaw-friday", "en", "closed", {"slow-first-response": 1}, "Colin Marsh <colin.marsh@example.org>",
      "outlook", "Framing a finished jigsaw",
      "Friday-afternoon mail answered on Monday morning (slow first response); both questions answered.",
      cu("11-06 15:48", """Hi,

I've just finished a 1000-piece jigsaw (the Ravilious "Train Landscape" one, 68 x 48 cm) and I'd like to frame it rather than break it up again. Do you glue it onto a board first or do I need to do that? And can you do a thin white frame so it looks like a proper print?

Thanks,
Colin Marsh"""),
      ag("imogen", "11-09 10:22", """Hi Colin,

Sorry for the wait - your mail came in just after we'd closed on Friday. Please don't glue it yourself: slide it onto a sheet of card and bring it in flat, and we'll bond it onto acid-free foam board in the workshop. A 15 mm white-painted frame looks very like a print frame and suits that size; with standard glass it's £124.

Best wishes,
Imogen"""),
      cu("11-09 12:10", """Great, thanks. I'll bring it in on the card.
Colin""", thanks=True)),

    C("g10-hallway-hanging-reopened", "en", "pending", {"reopened": 1},
      "Nick Barraclough <nick@barraclough.example>", "apple", "Hanging the hallway frames",
      "Hanging visit done and 'I'll mark this ticket as resolved'; five days later a frame falls and the glass cracks (reopened).",
      cu("11-09 08:50", """Hello,

We collected the six frames for the hallway on Saturday and they look great. Could someone come and hang them? The wall is plaster on brick. We'd prefer a weekday morning next week if you have one.

Nick Barraclough"""),
      ag("dominic", "11-09 14:15", """Hi Nick,

Glad you're pleased with them. Wednesday 11th at 9:30 is free. Six frames on plaster over brick is about two hours, including laying out the spacing with you first; the hanging service is £85.

Dominic"""),
      cu("11-09 15:02", """Wednesday 9:30 is perfect, thanks Dominic.""", thanks=True),
      ag("dominic", "11-11 16:40", """Hi Nick,

Thanks for having me this morning - all six are up and level. I've added the hanging to your account, so there's nothing more to do, and I'll mark this ticket as resolved.

Dominic""", closes=True),
      cu("11-16 19:30", """Hi Dominic,

Bad news I'm afraid - the big frame at the end of the hall came off the wall on Sunday night. The frame itself is fine but the glass has cracked right across. Can you replace the glass, and could you take another look at the fixing while you're at it?

Nick"""),
      ag("dominic", "11-17 09:10", """Hi Nick,

I'm sorry - that shouldn't happen. You're booked in for Thursday at 10: the new glass is being cut today, and there's no charge for the glass or the visit. It'll be the old plaster crumbling round the plug, so the fixing will go through into the brick this time.

Dominic""")),

    C("g11-gallery-trade-three-agents", "en", "closed", {"many-handoffs": 1},
      "Lydia Fenn <lydia@ashgategallery.example>", "owa", "Group show framing - 18 works",
      "Trade account and two-batch schedule: Imogen, then Priya (account), then Rufus (tray frames); all answered.",
      cu("11-10 10:05", """Hi Imogen,

The gallery has a group show opening on 4 December and we need 18 works framed: 12 works on paper (various sizes, up to A2) and 6 small panels that only need tray frames. Could we open a trade account for this? And could you do it in two batches, so that we have the panels by 25 November?

Best,
Lydia Fenn
Ashgate Gallery"""),
      ag("imogen", "11-10 14:30", """Hi Lydia,

Lovely to hear from you. Two batches is fine: panels by the 25th, works on paper by 2 December. For the trade account I've copied in Priya, who looks after accounts - she'll need your company name, number and address.

Best wishes,
Imogen"""),
      cu("11-10 15:12", """Thanks Imogen. Company details: Ashgate Gallery Ltd, company no. 09874412, 17 Ashgate Road, Chesterfield S40 4AA. Invoices to accounts@ashgategallery.example please.

Lydia"""),
      ag("priya", "11-11 09:40", """Dear Lydia,

Your trade account is open (GF-T-0412) with 30-day terms and our 15% trade discount, and invoices will go to accounts@ashgategallery.example.

Kind regards,
Priya"""),
      cu("11-12 11:20", """Wonderful, thank you. One thing for the workshop: the panels are 25 x 25 cm birch ply, 18 mm thick. What depth of tray frame would you use, and will the gap between panel and frame be visible?

Lydia"""),
      ag("rufus", "11-12 15:05", """Hi Lydia,

For 18 mm panels we'd use our 30 mm deep tray in natural ash, so the panel sits 8 mm below the front edge. The gap between panel and frame is 5 mm all round and is meant to be seen: it's what makes the panel look as if it floats.

Regards,
Rufus"""),
      cu("11-12 16:00", """Perfect, thank you all!""", thanks=True)),

    C("g12-speed-map-list", "en", "closed", {"unanswered-question": 2},
      "Peter Hollis <p.hollis@example.org>", "thunderbird", "Old map - questions before I bring it in",
      "Numbered list of four: removal and price answered, the foxing and the written valuation skipped.",
      cu("11-03 20:15", """Good evening,

I've inherited a hand-coloured map of Yorkshire (John Speed, 1610, or so the
back says) which has some brown spotting and has been in a cheap frame with its
back taped on for decades. Before I bring it in I have a list:

1. Can you take it out of the old frame without damaging it? The tape has gone
   crispy.
2. Can you do anything about the brown spots, or do I need a paper conservator for that?
3. What would conservation framing cost, roughly? It's about 50 x 38 cm.
4. If it turns out to be valuable, can you give me a written valuation for insurance?

Thanks in advance,
Dr Peter Hollis""", uq=2),
      ag("rufus", "11-04 10:30", """Dear Dr Hollis,

Thank you - it sounds a lovely piece. Yes, we can release it from the old frame; brittle tape is common and Agnieszka removes it with a warm spatula rather than pulling. Conservation framing at that size (acid-free rag mount, hinged with Japanese tissue and wheat-starch paste, museum glass, sealed backing) would be around £290 in a simple walnut or black frame.

Kind regards,
Rufus""")),

    C("g13-botanical-inline", "en", "closed", {}, "Priyanka Shah <priyanka.shah@example.com>", "gmail",
      "Order GF-20388 - a few questions",
      "Three questions answered inline under each quoted question ('Yes', 'Done', 'We do').",
      cu("11-05 12:30", """Hi Gilderoy team,

A few quick ones about the order I placed on Saturday (GF-20388, the three botanical prints):

Is it still on for collection on the 14th?
Can I change the mount from ivory to white on the third print only?
Do you take Amex in the shop?

Thanks,
Priyanka Shah"""),
      ag("imogen", "11-05 15:05", """Hi Priyanka, answers below.

> Is it still on for collection on the 14th?

Yes, all three will be ready from 10am that Saturday.

> Can I change the mount from ivory to white on the third print only?

Done - I've changed the work ticket, no difference in price.

> Do you take Amex in the shop?

We do.

Imogen""", quote=False)),

    C("g14-hockney-poster", "en", "closed", {}, "Oliver Kent <oliver.kent@kentdesign.example>", "apple",
      "Signed poster - mount colours",
      "One question answered with only a link, the request to keep the backing board with 'Of course'.",
      cu("11-06 09:10", """Hello,

I'm bringing in a signed exhibition poster next week. Where can I see the mount board colours you have? And could you keep the original backing board with the gallery stamp on it and put it back behind the new one?

Many thanks,
Oliver Kent"""),
      ag("imogen", "11-06 10:02", """Hi Oliver,

https://gilderoyframing.example/mounts?range=conservation

Keeping the stamped board: of course.

Imogen""")),

    C("g15-insurance-quote-pdf", "en", "closed", {}, "Margaret Doyle <margaret.doyle@example.co.uk>", "outlook",
      "Written quote for insurers - claim HX-55120",
      "Written quote on headed paper answered with a PDF attachment; thanks.",
      cu("11-04 14:40", """Dear Sir/Madam,

Our insurers have asked for a written quote to reframe the two paintings damaged in the leak at our flat (claim ref HX-55120). Could you send a quote on headed paper for both, as discussed with your colleague in the shop on Monday? One is the seascape, 60 x 45 cm, the other the small still life, 30 x 25 cm.

Regards,
Margaret Doyle""", kind="alt"),
      ag("priya", "11-04 16:55", """Dear Mrs Doyle,

Please find attached our written quote GF-Q-7741 for both frames, on headed paper, valid for 60 days and quoting your claim number.

Kind regards,
Priya Nandakumar""", attach=[("application/pdf", "GF-Q-7741.pdf", INSURANCE_PDF)]),
      cu("11-05 08:30", """Thank you, that's exactly what they needed.

Margaret Doyle""", thanks=True)),

    C("g16-woodblock-prints-chased", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Amy Lockwood <amy.lockwood@example.net>", "gmail", "Framing four Japanese prints",
      "No reply for two days, 'just following up on my email below'; the reply covers frame, mounts and price but not delivery to Crouch End.",
      cu("11-02 19:20", """Hi,

I'd like a set of four Japanese woodblock prints framed to match (each about 25 x 37 cm). Do you have a thin black lacquer frame that would suit them? Can the mounts be cut with a slightly deeper bottom margin, the way galleries do it? And I'm in Crouch End - do you deliver there?

Thanks,
Amy Lockwood""", uq=1),
      cu("11-04 21:05", """Hi, just following up on my email below - I haven't heard anything back. Is this something you can help with?

Amy""", chase=True),
      ag("imogen", "11-05 09:30", """Hi Amy,

I'm sorry you had to chase - this got missed when we moved our inbox over on Tuesday. We have a 20 mm black lacquered frame with a soft sheen that's lovely on Japanese prints, and yes, we can weight the mounts - usually 1 cm more at the bottom than at the top and sides. Four matching frames with museum glass would be £172 each, or £128 with standard glass.

Best wishes,
Imogen""")),

    C("g17-poster-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Rachel Osei <rachel.osei@example.com>", "outlook", "Price for framing an exhibition poster",
      "Acknowledged, then resent word for word as a new mail two days later; answered after the resend.",
      cu("11-09 08:35", """Good morning,

Please could you let me know the price of framing a 50 x 70 cm exhibition poster in a 25 mm white wooden frame with a 5 cm white mount and standard glass? I'd also like to know if you can have it ready by Friday 20th.

Thank you,
Rachel Osei"""),
      ack("11-09 08:36"),
      cu("11-11 08:40", """Good morning,

Please could you let me know the price of framing a 50 x 70 cm exhibition poster in a 25 mm white wooden frame with a 5 cm white mount and standard glass? I'd also like to know if you can have it ready by Friday 20th.

Thank you,
Rachel Osei""", parent=0, chase=True),
      ag("imogen", "11-11 10:15", """Dear Rachel,

Apologies for the slow reply. That poster in a 25 mm white frame with a 5 cm white mount and standard glass is £96, and yes - if you drop it off by Friday 13th it will be ready on the 20th.

Best wishes,
Imogen""")),

    C("g18-mirror-hanger-photo", "en", "closed", {}, "Sam Okafor <sam.okafor@example.org>", "android",
      "Mirror frame hanging at an angle",
      "Support asks for a photo; the customer's second mail sends it (not a chase); answered.",
      cu("11-05 17:45", """Hi, the hanger on the back of my mirror frame has pulled out of the wood and it's hanging at an angle. Is it fixable? It's a big one, about 1m wide.

Sam

Get Outlook for Android"""),
      ag("rufus", "11-06 09:20", """Hello Sam,

It usually is. Could you send me a photo of the back of the frame, so I can see how the hanger was fixed and what the wood is like around it?

Regards,
Rufus"""),
      cu("11-06 12:04", """Here you go - photo of the back attached. The screws are still in the hanger, they've just torn out of the wood.

Sam

Get Outlook for Android""", attach=[("image/png", "mirror-back.png", MIRROR_PNG)]),
      ag("rufus", "11-06 14:30", """Thanks Sam.

That's fixable: we plug the torn holes with hardwood dowel and fit a steel D-ring on each side with longer screws, plus a security strip if you'd like one. It's £45, done while you wait if you bring it in on a weekday morning.

Regards,
Rufus""")),

    C("g19-sampler-report-ahead", "en", "pending", {}, "Margaret Ellery <m.ellery@example.org>", "thunderbird",
      "The 1843 sampler",
      "Condition report and quote promised 'by Wednesday 25 November' - a deadline still ahead at the audit.",
      cu("11-17 10:30", """Dear Rufus,

Following our chat at the fair, I'd be grateful if you could look at the sampler
I left with you (the 1843 needlework by Ann Whitworth). Could you let me know
whether the linen needs cleaning before it's stretched, and what you would
charge for lacing it onto a board and framing it?

Regards,
Margaret Ellery"""),
      ag("rufus", "11-17 16:20", """Dear Mrs Ellery,

Thank you for trusting us with it. I've had a first look: the linen is sound but there's some soot along the top edge, so I'd rather Agnieszka tested it before anything is stretched. I'll send you her condition report with a full quote by Wednesday 25 November.

Kind regards,
Rufus""", promises=[("11-25", None)])),

    C("g20-photo-collage-colleague", "en", "closed", {}, "Ben Adeyemi <ben.adeyemi@example.com>", "gmail",
      "Revised quote for the photo mount",
      "Imogen promises Rufus will email the revised quote tomorrow; Rufus does; thanks.",
      cu("11-04 11:00", """Hi,

I dropped off eight family photos on Monday to go in a multi-aperture mount. Could you revise the quote to use the oak frame rather than the black one?

Thanks,
Ben Adeyemi"""),
      ag("imogen", "11-04 13:10", """Hi Ben,

Of course. Rufus is re-cutting the layout for the oak moulding this afternoon, and he'll email you the revised quote tomorrow.

Imogen""", promises=[("11-05", 3)]),
      ag("rufus", "11-05 10:40", """Hi Ben,

Here's the revised quote: the eight-aperture mount in the 30 mm oak frame is £212 (it was £186 in black), ready on Friday 13th.

Regards,
Rufus"""),
      cu("11-05 12:00", """Lovely, thanks Rufus!""", thanks=True)),

    C("g21-walnut-moulding-window", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Frances Whitlock <frances.whitlock@example.net>", "gmail", "Matching an old walnut frame",
      "'Let me check with the supplier and I'll get back to you' (no deadline) never kept; chased ten days later, still unanswered.",
      cu("11-06 10:15", """Hello,

You framed a set of prints for us in 2023 in a dark walnut moulding with a little bead on the inside edge. We've bought two more prints and would like them to match. Can you still get that moulding? The order ref from then was GF-14402, if that helps.

Thanks,
Frances Whitlock"""),
      ag("imogen", "11-06 12:40", """Hi Frances,

Thanks for the old reference - that was the Arno walnut with the gold bead. I'm not sure it's still in our supplier's range, so let me check with them and I'll get back to you.

Imogen""", promises=[("window", None)]),
      cu("11-16 09:05", """Hi Imogen,

Just checking in on the walnut moulding - did the supplier come back to you? We'd like to get the prints up before Christmas.

Frances""", chase=True)),

    C("g22-embroidery-hoop", "en", "closed", {}, "Kate Munro <kate.munro@example.co.uk>", "apple",
      "Embroidery hoop",
      "'Options with prices in the next couple of days' kept the next day; the customer picks one.",
      cu("11-03 09:20", """Hello,

Can you frame a piece of embroidery that's still in its hoop, keeping it in the hoop? It was my grandmother's and I'd rather not take it out.

Kate Munro"""),
      ag("rufus", "11-03 12:00", """Hi Kate,

Yes - we can float the hoop in a box frame so it sits on a linen backing. I want to check the depth we'll need with the workshop, and I'll send you a couple of options with prices in the next couple of days.

Regards,
Rufus""", promises=[("window", 3)]),
      ag("rufus", "11-04 15:30", """Hi Kate,

As promised, two options: a 50 mm deep box frame in white ash with natural linen backing, £138, or the same in dark oak with oatmeal linen, £152. Both come with museum glass.

Regards,
Rufus"""),
      cu("11-04 18:00", """Option 2 please - I'll bring it in on Saturday.

Kate"""),
      ag("rufus", "11-05 09:00", """Lovely, see you on Saturday - it'll be ready about ten working days after that.

Rufus""")),

    C("g23-hampstead-van", "en", "closed", {}, "Julian Marsh <julian.marsh@example.com>", "owa",
      "Collection of three large paintings",
      "Collection and charge answered; 'our van collects on Wednesday' is logistics, not a promise.",
      cu("11-04 10:00", """Hi,

I'm in Hampstead and have three large paintings to be reframed, too big for my car. Do you collect? And is there a charge?

Many thanks,
Julian Marsh"""),
      ag("dominic", "11-04 11:30", """Hi Julian,

We do - our van does Hampstead and Highgate on Wednesday mornings, so it would collect on Wednesday 11th between 9 and 12. Collection and return are free on orders over £250, which three large frames will certainly be.

Dominic"""),
      cu("11-04 12:15", """Wednesday's fine, thanks Dominic.

Julian""", thanks=True)),

    C("g24-monet-puzzle", "en", "closed", {}, "Joan Pettifer <joan.pettifer@example.org>", "gmail",
      "Framing a 2000-piece puzzle",
      "A rhetorical question and a self-answered one around the real request, which is answered.",
      cu("11-10 13:00", """Hi,

Who knew a 2000-piece puzzle of a Monet could take three months? Anyway, it's finally done and glued, and I'd like it framed. Where do I find the order number from when I bought the glue board from you? Oh, never mind - it's on the receipt, GF-20301.

Could you frame it at 98 x 68 cm in a simple silver frame, and how much would that be?

Thanks,
Joan Pettifer"""),
      ag("imogen", "11-10 15:20", """Hi Joan,

Congratulations on finishing it! A 98 x 68 cm brushed silver aluminium frame with acrylic glazing (lighter and safer than glass at that size) is £138. Bring it in flat on its board and allow ten working days.

Imogen""")),

    C("g25-iceland-photos", "en", "pending", {}, "Hamish Gordon <hamish@hamishgordon.example>", "gmail",
      "Six more frames for the library show",
      "A pleasantry ('Hope you had a good weekend?') and a signature with a '?' URL around one request, answered.",
      cu("11-16 09:30", """Hi Imogen,

Hope you had a good weekend? Ours was spent hanging the last batch, and they look fantastic.

I've another job for you: six A3 photographs from my Iceland trip, framed identically for an exhibition at the library in January. Can you do six in the same thin black frame as before, with white mounts?

Cheers,
Hamish

--
Hamish Gordon Photography - Need prints for your walls? https://hamishgordon.example/shop?ref=mail"""),
      ag("imogen", "11-16 11:05", """Hi Hamish,

It was lovely, thanks - glad they're up. Yes: six A3s in the 15 mm black frame with 6 cm white mounts, same as last time, at £84 each. If you drop them off by mid-December they'll be ready in good time.

Imogen""")),

    C("g26-raf-medals-forwarded", "en", "pending", {}, "Daniel Crane <d.crane@example.org>", "owa",
      "Dad's medals - Christmas present",
      "HTML-only mail with the sister's questions in a forwarded message; the customer's own question is answered.",
      cu("11-17 14:00", """Hi,

My sister has asked me to sort out framing Dad's RAF medals as a Christmas present for Mum. I've forwarded her email below so you can see what she has in mind. Can you have it done by 18 December?

Thanks,
Daniel Crane

---------- Forwarded message ---------
From: Louise Crane <louise.crane@example.net>
Date: Sun, 15 Nov 2026 at 20:11
Subject: Dad's medals
To: Daniel Crane <d.crane@example.org>

Dan - could you get the medals framed with his photo and the little cap badge? Do you think Mum would prefer a dark wood or a gold frame? And can we put the dates of his service on a small card?
L x""", kind="html"),
      ag("rufus", "11-17 16:30", """Hi Daniel,

Yes - 18 December is fine if the medals are with us by 1 December. We'd mount them with the photo and cap badge in a deep box frame; if the family can't agree on a frame, dark oak is the one most people choose for service medals.

Regards,
Rufus""")),

    C("g27-drawings-ready-ooo", "en", "closed", {}, "Anthony Beale <a.beale@bealearchitects.example>", "outlook",
      "Order GF-20412 ready?",
      "Answered; the customer's out-of-office replies to the answer.",
      cu("11-13 10:20", """Hello,

Is my order GF-20412 (the two architectural drawings) ready to collect yet? I was told around the 13th.

Regards,
Anthony Beale"""),
      ag("imogen", "11-13 12:45", """Hello Anthony,

Yes, both drawings are framed and ready at the shop; we're open until 5:30 today and 10 to 4 tomorrow.

Imogen"""),
      auto("11-13 12:46", """Thank you for your email. I am out of the office until Monday 16 November with limited access to email. For anything urgent please contact my colleague Sue Parfitt on 020 7946 0554.

Anthony Beale""", quote=False)),

    C("g28-portrait-invoice-lights", "en", "closed", {"unanswered-question": 1},
      "Gemma Hart <gemma.hart@example.com>", "gmail", "Gold frame for a small portrait",
      "Answered and collected; a second mail asks for a VAT invoice (sent as PDF) and about picture lights (skipped).",
      cu("11-02 10:00", """Hello,

Can I book in a gold frame for a small oil portrait (20 x 25 cm)? I'd like the swept style from your window. What would it cost?

Gemma Hart"""),
      ag("imogen", "11-02 12:00", """Hi Gemma,

The swept gold frame in the window is our Baroque 60 mm; at 20 x 25 cm it's £165, and it takes about two weeks as it's finished by hand.

Imogen"""),
      cu("11-02 12:30", """Lovely, thanks - I'll drop it in tomorrow.""", thanks=True),
      ag("imogen", "11-12 14:00", """Hi Gemma,

Just to let you know your portrait is framed and ready to collect.

Imogen"""),
      cu("11-12 18:15", """Collected today - it looks wonderful, thank you. Could you email me a VAT invoice for it? My accountant needs one. And do you sell the little brass picture lights on their own, or only with a frame?

Gemma""", uq=1),
      ag("priya", "11-13 09:30", """Dear Gemma,

Please find your VAT invoice attached.

Kind regards,
Priya""", attach=[("application/pdf", "GF-20366-invoice.pdf", INVOICE_PDF)])),

    C("g29-limed-oak", "en", "closed", {"unanswered-question": 1}, "Ellie Novak <ellie.novak@example.net>",
      "iphone", "Oak frame question",
      "Asked for a limed finish, answered with the oak finishes and widths that exist - limed not addressed.",
      cu("11-05 19:30", """Hi! Is it possible to get the oak frame in a limed finish, like whitewashed? I want it to go with our kitchen. It's for a 30x40 print.

Thanks, Ellie

Sent from my iPhone""", uq=1),
      ag("imogen", "11-06 09:15", """Hi Ellie,

Our oak comes natural, waxed or black-stained, in 20, 30 or 45 mm widths. For a 30 x 40 print the 20 mm natural oak with a white mount would be £78.

Imogen""")),

    C("g30-war-medals-paragraph", "en", "closed", {"unanswered-question": 2},
      "Richard Lowther <richard.lowther@example.org>", "thunderbird", "Framing my great-grandfather's medals",
      "Questions buried in one long paragraph: the box frame and price answered, ribbons and engraved plate not.",
      cu("11-03 21:40", """Dear Gilderoy,

My father died in the spring and while clearing his flat we found his grandfather's First World War medals in a biscuit tin - the British War Medal and the Victory Medal, with the ribbons rather faded and one of them frayed at the end - and also a bronze memorial plaque which the family never knew about. I'd like to have them framed together for my brother and me to share, perhaps alternating years, which I know sounds odd but it's what we've agreed. I was wondering whether the ribbons could be replaced with new ones or whether it's better to keep the originals for authenticity, I really don't know what the convention is. The plaque is about 12 cm across and fairly heavy. Would a box frame hold all three securely, and what would something like that cost? I'd also like a small engraved plate with his name, rank and regiment underneath if that's something you do. I can bring everything in on a Saturday.

With thanks,
Richard Lowther""", uq=2),
      ag("rufus", "11-04 11:20", """Dear Mr Lowther,

I'm sorry for your loss - and what a find. A box frame will hold all three securely: the medals are stitched through the backing, and the plaque sits in a recessed cradle so its weight is carried by the back board rather than the fabric. In a dark oak box frame about 40 x 30 cm with a navy or green baize backing it would be £195. Saturdays are fine; we're open 10 to 4.

Kind regards,
Rufus""")),

    C("g31-office-reglazing", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Sofia Reyes <sofia.reyes@lanyardstudios.example>", "outlook", "Re-glazing 14 office prints",
      "'I'll confirm your collection slot tomorrow' kept two days later; the PO-number billing request skipped.",
      cu("11-02 09:30", """Hi,

We have 14 framed prints to be collected from our office in Shoreditch for re-glazing with non-reflective glass (the afternoon sun makes them unreadable). Can you collect this week? Would you also be able to give us a price per frame for the new glass before you take them? And please could you bill it to our PO number 4471-B.

Thanks,
Sofia Reyes
Office Manager, Lanyard Studios""", uq=1),
      ag("dominic", "11-02 14:20", """Hi Sofia,

Re-glazing with anti-reflective glass is £38 a frame for your sizes (all A2, judging by the photos on your website - tell me if not). I'm just settling this week's van round, and I'll confirm your collection slot tomorrow.

Dominic""", promises=[("11-03", 3)]),
      ag("dominic", "11-05 08:50", """Hi Sofia,

Sorry for the delay. The van can collect on Friday 6th between 10 and 12.

Dominic"""),
      cu("11-05 09:30", """Friday 10-12 is fine, reception will have them ready.

Sofia""", thanks=True)),

    C("g32-film-poster-eod", "en", "pending", {"missed-follow-up": 1}, "Marco Bellini <marco.bellini@example.com>",
      "gmail", "Quote for a 1960s film poster",
      "'I'll send you the full quote with UV acrylic by end of day' (17 Nov) never sent.",
      cu("11-17 08:45", """Hi,

I'd like to order a frame for a 70 x 100 cm film poster (an original 1960s Italian one, folded). Could you send me a quote with UV acrylic rather than glass? It'll go in a stairwell.

Thanks,
Marco"""),
      ag("imogen", "11-17 10:30", """Hi Marco,

What a poster to have. Folded posters are best linen-backed first, which takes out the fold lines; I'm pricing that with our backing studio now, and I'll send you the full quote with UV acrylic by end of day.

Imogen""", promises=[("11-17", None)])),

    C("g33-esher-mirror-delivery", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Diana Cole <diana.cole@example.co.uk>", "outlook", "Mirror GF-20290 - delivery",
      "'A delivery date early next week' (said on Wed 4 Nov) comes only after a chase on the 12th; the old-mirror removal never addressed.",
      cu("11-04 09:00", """Hello,

Is the large mirror we ordered (GF-20290) ready yet? We need it delivered to the house in Esher, it's far too big for the car. Also, can the driver take away the old mirror from the same spot?

Thanks,
Diana Cole""", uq=1),
      ag("dominic", "11-04 15:00", """Hello Diana,

The mirror is finished and being wrapped. I'll email you a delivery date early next week, once I've planned the Surrey round.

Dominic""", promises=[("11-10", 4)]),
      cu("11-12 10:30", """Hi Dominic,

I still haven't heard anything about the delivery date for the mirror. Could you let me know?

Diana""", chase=True),
      ag("dominic", "11-12 12:00", """Hi Diana,

Sorry about that. The Surrey round is on Tuesday 17th and we'll be with you between 1 and 3pm.

Dominic""")),

    C("g34-reglaze-lost-headers", "en", "closed", {}, "Ruth Allsop <ruth.allsop@example.org>", "gmail",
      "Museum glass in an existing frame",
      "The reply lost In-Reply-To/References (subject only); answered; thanks.",
      cu("11-09 13:00", """Hi,

Can I bring in a framed picture to have the glass swapped for museum glass, or do you only do that for frames you made? It's 45 x 55.

Thanks,
Ruth Allsop"""),
      ag("imogen", "11-09 15:40", """Hi Ruth,

We're happy to reglaze any frame as long as it's sound. Museum glass at 45 x 55 is £68 fitted, usually done within three working days.

Imogen""", thread=False),
      cu("11-09 16:10", """Great, thank you - I'll bring it in.

Ruth""", thanks=True)),

    C("g35-mount-only-refgap", "en", "closed", {}, "Jon Fairley <jon@fairley.example>", "thunderbird",
      "Mount for an existing frame",
      "Support asks the colour, the customer answers; a later message's References skip the middle of the thread.",
      cu("11-05 10:00", """Hello,

Can you cut a mount for a print I already have a frame for? The frame rebate
is 40 x 50 and the print is 24 x 30.

Jon"""),
      ag("imogen", "11-05 11:00", """Hi Jon,

Yes - a single mount cut to that is £18, ready the next day. What colour would you like?

Imogen"""),
      cu("11-05 11:40", """Antique white please, with the window centred.

Jon"""),
      ag("imogen", "11-05 12:30", """Perfect - it'll be ready tomorrow after 2pm.

Imogen"""),
      cu("11-06 16:20", """Picked it up, fits perfectly. Thanks!

Jon""", thanks=True, refs=[1, 4])),

    C("g36-law-firm-certificates", "en", "closed", {"unanswered-question": 1},
      "Helen Ashworth <h.ashworth@harlowreid.example>", "outlook", "Framing quote - 12 certificates",
      "Cc'd colleague and a confidentiality disclaimer; price and lead time answered, the invoicing instruction ignored.",
      cu("11-03 11:15", """Dear Gilderoy Picture Framing,

We are moving offices in December and would like to frame the partners' practising certificates and a few awards - 12 items in total, all A4. Could you quote for 12 matching frames in a plain black finish with white mounts? What is your lead time for an order of this size? Please also send the invoice to our accounts department at accounts@harlowreid.example rather than to me.

Kind regards,
Helen Ashworth
Office Manager, Harlow Reid LLP

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Harlow Reid LLP is authorised and regulated by the Solicitors Regulation Authority.""",
         uq=1, cc="Tom Reid <t.reid@harlowreid.example>", kind="alt"),
      ag("priya", "11-03 14:30", """Dear Helen,

Thank you for your enquiry. Twelve A4 certificates in our 20 mm black frame with white mounts and standard glass come to £52 each, £624 in total, less 10% for orders of ten or more: £561.60. The lead time for twelve is two weeks from when we receive the certificates.

Kind regards,
Priya Nandakumar""")),

    C("g37-android-saturday", "en", "closed", {}, "Chris Dunmore <chris.dunmore@example.com>", "android",
      "Order GF-20355",
      "Two short questions answered with 'yes' and a bare 'Of course'.",
      cu("11-06 07:50", """Hi, is my frame ready? Order GF-20355. And can I pick it up Saturday?

Chris

Get Outlook for Android"""),
      ag("imogen", "11-06 09:10", """Hi Chris,

Yes, it's ready. Of course - we're open 10 to 4 on Saturdays.

Imogen""")),

    C("g38-overmantel-hold", "en", "closed", {"unanswered-question": 1},
      "Peter Lyle <peter.lyle@example.org>", "iphone", "Overmantel mirror",
      "Asked to hold the mirror in the shop until 4 Dec; the reply offers delivery dates instead.",
      cu("11-09 18:30", """Hello, is the overmantel mirror we ordered finished yet? We're away until 4 December, so could you hold it in the shop until then rather than delivering?

Thanks, Peter and Anne Lyle

Sent from my iPhone""", uq=1),
      ag("dominic", "11-10 09:00", """Hello Peter and Anne,

Yes, it came out of the workshop on Friday and looks very handsome - the regilded corners are invisible. Our van can bring it to you on Thursday 12th or on the following Tuesday; which suits you better?

Dominic""")),

    C("g39-printed-canvas-awaiting", "en", "open", {"awaiting-reply": 1}, "Lucy Tran <lucy.tran@example.net>",
      "gmail", "Canvas stretching for a print",
      "Answered; a second mail with two new questions two days before the audit has no reply yet (awaiting, not unanswered).",
      cu("11-12 10:00", """Hi, do you stretch printed canvases (not paintings), and how much for 60 x 80?

Lucy Tran"""),
      ag("imogen", "11-12 11:30", """Hi Lucy,

Yes - we stretch printed canvases onto 38 mm bars with gallery-wrapped edges. 60 x 80 is £55, and a float frame in black or oak is another £70.

Imogen"""),
      cu("11-18 20:15", """Thanks. I've ordered the print and it arrives next week. Could you do the wrap with mirrored edges, since the image goes right to the border? And would a float frame in white also be possible?

Lucy""")),

    C("g40-de-leinwand-nachspannen", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Jürgen Maier <j.maier@example.de>", "outlook_de", "Leinwand hängt durch - Auftrag GF-20217",
      "'Ich melde mich morgen' not kept; 'ich warte immer noch auf eine Antwort' three days later, answered then.",
      cu("11-09 10:30", """Sehr geehrte Damen und Herren,

wir haben bei Ihnen im Oktober ein großes Leinwandbild (Auftrag GF-20217) rahmen lassen. Leider hat sich die Leinwand inzwischen gewellt und hängt in der Mitte durch. Kann man das nachspannen? Ist das ein Garantiefall?

Mit freundlichen Grüßen
Jürgen Maier"""),
      ag("lena", "11-09 13:00", """Sehr geehrter Herr Maier,

das tut mir leid. Leinwand reagiert auf trockene Heizungsluft und kann in den ersten Wochen nachgeben; mit den Keilen im Keilrahmen lässt sie sich problemlos nachspannen. Ob das unter die Gewährleistung fällt, kläre ich mit der Werkstatt - ich melde mich morgen bei Ihnen.

Mit freundlichen Grüßen
Lena Vogt""", promises=[("11-10", 4)]),
      cu("11-13 09:00", """Sehr geehrte Frau Vogt,

ich warte immer noch auf eine Antwort, ob das Nachspannen kostenlos ist. Können wir das Bild einfach vorbeibringen?

MfG
J. Maier""", chase=True),
      ag("lena", "11-13 11:30", """Sehr geehrter Herr Maier,

entschuldigen Sie bitte die Verzögerung. Das Nachspannen ist für Sie kostenlos, da der Auftrag weniger als drei Monate zurückliegt. Bringen Sie das Bild gern vorbei, es dauert etwa eine halbe Stunde.

Mit freundlichen Grüßen
Lena Vogt"""),
      tz=1),

    C("g41-de-trikot-uvglas", "de", "pending", {}, "Stefan Krämer <stefan.kraemer@example.de>", "outlook_de",
      "Signiertes Trikot rahmen",
      "Two questions answered in one reply; the customer's decision is an acknowledgement.",
      cu("11-16 14:10", """Guten Tag,

ich möchte ein signiertes Fußballtrikot rahmen lassen. Verblassen die Unterschriften hinter normalem Glas? Und wie lange dauert die Anfertigung?

Gruß
Stefan Krämer"""),
      ag("lena", "11-16 15:30", """Hallo Herr Krämer,

Unterschriften mit Filzstift verblassen hinter normalem Glas leider mit der Zeit, besonders in der Sonne - ich empfehle UV-Schutzglas (Aufpreis 45 £). Die Anfertigung dauert etwa zwei Wochen.

Viele Grüße
Lena Vogt"""),
      cu("11-16 17:00", """Danke, dann nehmen wir das UV-Glas.

S. Krämer""", thanks=True),
      tz=1),

    C("g42-de-puzzle-kleben", "de", "closed", {"unanswered-question": 1},
      "Anja Richter <anja.richter@example.de>", "gmail_de", "Rahmen für ein Puzzle",
      "Three questions in German, two answered; gluing the loose puzzle skipped. Base64 body.",
      cu("11-04 19:00", """Hallo,

ich habe drei Fragen zu einem Geschenk für meine Tochter: Kann man bei Ihnen einen Rahmen für ein Puzzle mit 1500 Teilen (84 x 59 cm) bestellen? Was kostet das ungefähr mit Acrylglas statt Glas? Und können Sie das Puzzle auch selbst kleben, falls es noch lose ist?

Viele Grüße
Anja Richter""", uq=1, cte="base64"),
      ag("lena", "11-05 09:30", """Hallo Frau Richter,

ja, Puzzlerahmen machen wir gern. In 84 x 59 cm mit Acrylglas und einem schlichten Alurahmen in Silber oder Schwarz liegt der Preis bei 112 £.

Viele Grüße
Lena Vogt"""),
      tz=1),

    C("g43-de-abholung-karte", "de", "closed", {}, "Klaus Obermeier <k.obermeier@example.at>", "thunderbird_de",
      "Meine Bilder",
      "Ready? and card payment? answered in two sentences.",
      cu("11-02 11:00", """Guten Tag Frau Vogt,

sind meine beiden Bilder schon fertig? Und kann ich am Samstag mit Karte zahlen?

Beste Grüße
Klaus Obermeier""", client="thunderbird_de"),
      ag("lena", "11-02 11:45", """Guten Tag Herr Obermeier,

ja, beide Bilder sind fertig und liegen für Sie bereit. Kartenzahlung ist kein Problem; samstags haben wir von 10 bis 16 Uhr geöffnet.

Beste Grüße
Lena Vogt"""),
      tz=1),

    C("g44-fr-passepartout-jauni", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Hélène Dubreuil <helene.dubreuil@example.fr>", "apple_fr", "Passe-partout jauni",
      "'Je reviens vers vous d'ici jeudi' kept only the next Monday, after 'je me permets de vous relancer'.",
      cu("11-02 10:00", """Bonjour,

Vous avez encadré une gravure pour moi l'an dernier et le passe-partout a jauni sur les bords. Est-ce normal ? Pouvez-vous le remplacer ?

Cordialement,
Hélène Dubreuil"""),
      ag("celine", "11-02 14:00", """Bonjour Madame Dubreuil,

Ce jaunissement vient d'un carton qui n'est pas de qualité conservation, ce qui ne devrait pas arriver avec nos passe-partout. Je vérifie dans notre dossier quel carton a été utilisé et je reviens vers vous d'ici jeudi.

Bien cordialement,
Céline""", promises=[("11-05", 4)]),
      cu("11-09 09:15", """Bonjour,

Je me permets de vous relancer au sujet du passe-partout jauni. Avez-vous pu vérifier ?

Bien cordialement,
H. Dubreuil""", chase=True),
      ag("celine", "11-09 11:20", """Bonjour Madame,

Toutes mes excuses pour ce retard. Nous avons vérifié : c'était bien un carton standard, par erreur. Nous remplaçons gratuitement le passe-partout par un carton conservation ; vous pouvez déposer la gravure quand vous le souhaitez.

Bien cordialement,
Céline"""),
      tz=1),

    C("g45-fr-diplome-livraison", "fr", "closed", {"unanswered-question": 1},
      "Sophie Lambert <sophie.lambert@example.fr>", "gmail", "Diplôme et photos de mariage",
      "Gold frames and the two-aperture mount answered; delivery to Kingston skipped.",
      cu("11-05 08:30", """Bonjour,

Je voudrais faire encadrer un diplôme et deux photos de mariage. Pour le diplôme, est-ce que vous avez des cadres dorés fins ? Pour les photos, je voudrais savoir si vous pouvez faire un seul cadre avec deux ouvertures. Enfin, est-il possible de faire livrer le tout à Kingston ?

Merci d'avance,
Sophie Lambert""", uq=1),
      ag("celine", "11-05 10:40", """Bonjour Madame Lambert,

Oui, nous avons plusieurs baguettes dorées fines, de 12 à 20 mm, très jolies pour un diplôme. Pour les photos, un passe-partout à deux ouvertures dans un seul cadre est tout à fait possible : comptez environ 95 £ en 30 x 50 cm.

Bien cordialement,
Céline"""),
      tz=1),

    C("g46-fr-tableau-pret", "fr", "pending", {}, "Anne-Marie Roussel <am.roussel@example.be>", "apple_fr",
      "Le tableau de ma mère",
      "Ready? answered with 'oui' and the Saturday opening hours.",
      cu("11-17 11:00", """Bonjour Céline,

Est-ce que le tableau de ma mère est prêt ? Je passerai samedi si c'est bon.

Merci !
Anne-Marie Roussel"""),
      ag("celine", "11-17 12:00", """Bonjour Anne-Marie,

Oui, il est prêt et emballé ; vous pouvez passer samedi entre 10 h et 16 h.

Céline"""),
      tz=1),

    C("g47-fr-galerie-remise", "fr", "closed", {"unanswered-question": 1},
      "Julien Morel <julien@galerielumen.example>", "outlook", "Devis - exposition de photographies",
      "Quote sent as a PDF; the question about a gallery discount ignored.",
      cu("11-04 16:00", """Bonjour,

Nous sommes une petite galerie à Brighton et nous cherchons un encadreur pour une exposition de photographies en janvier (une vingtaine de tirages 40 x 50). Pourriez-vous nous faire un devis pour des caisses américaines en noir ? Nous aimerions aussi savoir si vous accordez une remise aux galeries.

Bien cordialement,
Julien Morel
Galerie Lumen""", uq=1),
      ag("celine", "11-05 09:00", """Bonjour Monsieur Morel,

Vous trouverez ci-joint notre devis pour 20 caisses américaines noires en 40 x 50 : 64 £ pièce. Le délai est de trois semaines pour une commande de cette taille.

Bien cordialement,
Céline Marchetti""", attach=[("application/pdf", "devis-D-2611-09.pdf", DEVIS_PDF)]),
      tz=1),

    C("g48-es-acuarela-lista", "es", "closed", {"unanswered-question": 2},
      "Lucía Márquez <lucia.marquez@example.es>", "gmail_es", "Enmarcar una acuarela para regalo",
      "Four bulleted questions; price and date answered, gift wrapping and Bizum skipped.",
      cu("11-03 17:00", """Hola:

Quería encargar el enmarcado de una acuarela de 30 x 40 para regalar. Tengo varias preguntas:

- ¿Cuánto cuesta con paspartú blanco y marco de madera clara?
- ¿Pueden envolverla para regalo?
- ¿La puedo recoger antes del 28 de noviembre?
- ¿Aceptan pago con Bizum o solo tarjeta?

Gracias,
Lucía Márquez""", uq=2),
      ag("alba", "11-04 09:30", """Hola Lucía:

Con paspartú blanco y marco de roble claro de 20 mm son 96 £, con cristal normal. Si la trae esta semana estará lista el 20 de noviembre, así que sin problema antes del 28.

Un saludo,
Alba"""),
      tz=1),

    C("g49-es-cuadro-listo", "es", "pending", {}, "Javier Robles <javier.robles@example.es>", "iphone",
      "Cuadro de mi abuela",
      "Two short questions answered in two sentences.",
      cu("11-16 10:00", """Hola Alba, ¿ya está listo el cuadro de mi abuela? ¿Puedo pasar el jueves?

Saludos,
Javier

Enviado desde mi iPhone"""),
      ag("alba", "11-16 12:00", """Hola Javier:

Sí, ya está listo. El jueves abrimos de 9:30 a 17:30, venga cuando quiera.

Alba"""),
      tz=1),

    C("g50-es-camiseta", "es", "closed", {}, "Manuel Ortega <manuel.ortega@example.com>", "gmail_es",
      "Enmarcar una camiseta firmada",
      "Shirt framing and lead time answered; thanks.",
      cu("11-05 13:00", """Buenas tardes:

¿Enmarcan camisetas de fútbol? Es una firmada por toda la plantilla. ¿Cuánto tardan?

Gracias.
Manuel Ortega"""),
      ag("alba", "11-05 15:00", """Buenas tardes, Manuel:

Sí, enmarcamos camisetas en marcos caja; la suya quedaría en 90 x 70 cm por 265 £. Tardamos unas dos semanas.

Un saludo,
Alba"""),
      cu("11-05 16:10", """¡Perfecto, muchas gracias!""", thanks=True),
      tz=1),

    C("g51-es-bordado", "es", "closed", {"unanswered-question": 1}, "Rosa Beltrán <rosa.beltran@example.es>",
      "outlook", "Enmarcar un bordado antiguo",
      "Glass recommendation answered; whether they can wash the embroidery first never addressed.",
      cu("11-06 10:00", """Hola,

Tengo un bordado antiguo de mi abuela y quiero enmarcarlo. ¿Lo pueden lavar antes de enmarcarlo? También me gustaría saber qué tipo de cristal recomiendan.

Un saludo,
Rosa Beltrán""", uq=1),
      ag("alba", "11-06 12:30", """Hola Rosa:

Para un bordado antiguo recomiendo siempre cristal museo, que filtra el 99 % de los rayos UV y casi no refleja. Lo montamos cosido sobre lino, sin pegamento.

Un saludo,
Alba"""),
      tz=1),

    C("g52-care-home-bullets", "en", "closed", {"unanswered-question": 1},
      "Gillian Parr <activities@beechwoodcare.example>", "owa", "Old village photographs for the lounge",
      "Four bulleted questions; scanning, print sizes and security fixings answered, invoicing the charity skipped.",
      cu("11-09 09:00", """Hello,

We're refurbishing the residents' lounge at Beechwood Care Home and would like to frame some old photographs of the village that residents have lent us. Questions:

* can you scan the originals and frame copies instead, so the originals go back to their owners?
* what sizes can you print up to?
* can the frames be screwed to the wall (security fixings)?
* and can you invoice the Friends of Beechwood charity rather than the home?

Best wishes,
Gillian Parr
Activities Coordinator""", uq=1),
      ag("imogen", "11-09 11:45", """Dear Gillian,

What a nice project. Yes, we scan originals at 1200 dpi and return them the same day, and we print up to A1 on archival paper. Security fixings are no problem - we fit mirror plates and screw them to the wall when we hang, £4 a frame.

Best wishes,
Imogen""")),

    C("g53-tapestry-rough-figure", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Debbie Walsh <debbie.walsh@example.com>", "gmail", "Framing a tapestry panel",
      "'I'll email you a rough figure tomorrow' kept five days later after a chase; how long it takes never answered.",
      cu("11-10 10:30", """Hi,

I have a tapestry cushion panel (40 x 40 cm) that my mum stitched. Can you stretch it and frame it without glass? And how much would that be? Also, could you give me a rough idea of how long it'd take?

Thanks,
Debbie Walsh""", uq=1),
      ag("rufus", "11-10 14:00", """Hi Debbie,

Yes - we lace needlework onto acid-free board so it's taut without any glue, and framing without glass is fine for wool tapestry. I'll email you a rough figure tomorrow from the measurements.

Regards,
Rufus""", promises=[("11-11", 4)]),
      cu("11-13 20:30", """Hi Rufus, I didn't get the rough figure you mentioned - any news?

Debbie""", chase=True),
      ag("rufus", "11-16 10:15", """Hi Debbie,

Sorry for the silence, we've been snowed under with Christmas orders. Lacing and framing a 40 x 40 panel in a 30 mm oak frame without glass would be about £120.

Regards,
Rufus""")),

    C("g54-float-frames-show", "en", "closed", {"unanswered-question": 2}, "Isla Murray <isla@islamurray.example>",
      "apple", "14 float frames for a solo show",
      "Long mail with five questions: wood, price range and deadline answered; batch discount and studio collection skipped.",
      cu("11-02 15:00", """Hi Gilderoy,

I'm a painter and I've got a solo show at the Harbour Arts Centre in February: 14 oils on canvas, from 30 x 30 up to 100 x 120 cm. I've been using a framer in Leeds but he's retired. I'd like float frames in a pale wood for all of them. Do you have a pale wood float frame, ash or maple? What would 14 cost, roughly - I can send you the list of sizes. Can you do a discount for a batch this size? Could your van collect them from my studio in Hackney Wick? And I'd need them all ready by 20 January - is that realistic with Christmas in between?

Thanks,
Isla Murray
www.islamurray.example""", uq=2, kind="alt"),
      ag("rufus", "11-02 17:30", """Hi Isla,

Congratulations on the show. We have float frames in both ash and maple, with a 10 mm shadow gap; the ash is the paler of the two and very popular with painters. For a rough idea, they run from £85 at 30 x 30 up to £260 at 100 x 120. 20 January is realistic as long as we have the paintings by 14 December.

Regards,
Rufus""")),

    C("g55-deposit-refund-abroad", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Owen Pritchard <owen.pritchard@example.ca>", "outlook", "Deposit refund - order GF-20371",
      "'Priya ... will be in touch about the refund' (no deadline) never happens; the customer in Toronto chases and is still waiting.",
      cu("11-09 07:00", """Hello,

I paid a £60 deposit for a frame (order GF-20371), but we've since moved to Canada and I won't be able to collect it. Can I get the deposit refunded?

Regards,
Owen Pritchard"""),
      ag("imogen", "11-09 15:00", """Hello Owen,

Sorry to hear you can't collect it. The frame hasn't been made yet, so a refund is fine. I've passed this to Priya in accounts - she'll be in touch about the refund.

Imogen""", promises=[("window", None)]),
      cu("11-17 08:30", """Hi,

Just checking in on the deposit refund - I haven't heard anything from Priya yet.

Owen""", chase=True),
      tz=-5),

    C("g56-mount-samples-monday", "en", "pending", {"missed-follow-up": 1}, "Leo Bryant <leo.bryant@example.net>",
      "gmail", "Choosing a mount colour remotely",
      "Sample photos promised 'on Monday' arrive on Tuesday (missed); the customer's photo mail is not a chase.",
      cu("11-12 09:00", """Hi,

I'm choosing a mount colour for a big abstract (lots of teal and ochre) and I can't get to the shop. Could you send me photos of a few mount samples held against the colours? I can send a photo of the painting.

Thanks,
Leo Bryant"""),
      ag("imogen", "11-12 11:00", """Hi Leo,

Yes, please send a photo of the painting. I'll hold some samples up to it in daylight and send you photos on Monday.

Imogen""", promises=[("11-16", 4)]),
      cu("11-12 13:00", """Here's the painting - photo attached. The wall it's going on is a warm off-white.

Leo""", attach=[("image/png", "painting.png", ABSTRACT_PNG)]),
      ag("imogen", "11-17 15:30", """Hi Leo,

Sorry this is a day late. Here are four samples against your painting, from the left: Arctic White, Soft Grey, Sand and Teal Slate. With a warm wall I'd go for Sand.

Imogen""", attach=[("image/png", "mount-samples.png", SAMPLES_PNG)])),
]

UNANSWERED: dict[str, list[str]] = {
    "g02-rugby-shirt-frame": ["could you also add a small plaque with his name and the date of the match?"],
    "g04-de-passepartout": ["könnten Sie die Rechnung auf meine Firma ausstellen, Atelier Brandt GmbH, mit Umsatzsteuer-ID?"],
    "g12-speed-map-list": [
        "Can you do anything about the brown spots, or do I need a paper conservator for that?",
        "If it turns out to be valuable, can you give me a written valuation for insurance?",
    ],
    "g16-woodblock-prints-chased": ["I'm in Crouch End - do you deliver there?"],
    "g28-portrait-invoice-lights": ["do you sell the little brass picture lights on their own, or only with a frame?"],
    "g29-limed-oak": ["Is it possible to get the oak frame in a limed finish, like whitewashed?"],
    "g30-war-medals-paragraph": [
        "I was wondering whether the ribbons could be replaced with new ones or whether it's better to keep the originals for authenticity",
        "I'd also like a small engraved plate with his name, rank and regiment underneath if that's something you do.",
    ],
    "g31-office-reglazing": ["please could you bill it to our PO number 4471-B."],
    "g33-esher-mirror-delivery": ["can the driver take away the old mirror from the same spot?"],
    "g36-law-firm-certificates": ["Please also send the invoice to our accounts department at accounts@harlowreid.example rather than to me."],
    "g38-overmantel-hold": ["could you hold it in the shop until then rather than delivering?"],
    "g42-de-puzzle-kleben": ["können Sie das Puzzle auch selbst kleben, falls es noch lose ist?"],
    "g45-fr-diplome-livraison": ["est-il possible de faire livrer le tout à Kingston ?"],
    "g47-fr-galerie-remise": ["Nous aimerions aussi savoir si vous accordez une remise aux galeries."],
    "g48-es-acuarela-lista": ["¿Pueden envolverla para regalo?", "¿Aceptan pago con Bizum o solo tarjeta?"],
    "g51-es-bordado": ["¿Lo pueden lavar antes de enmarcarlo?"],
    "g52-care-home-bullets": ["can you invoice the Friends of Beechwood charity rather than the home?"],
    "g53-tapestry-rough-figure": ["could you give me a rough idea of how long it'd take?"],
    "g54-float-frames-show": [
        "Can you do a discount for a batch this size?",
        "Could your van collect them from my studio in Hackney Wick?",
    ],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice122 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
