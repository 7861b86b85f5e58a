#!/usr/bin/env python3
"""Regenerate ``tests/practice107/``: a labelled corpus of Kettleburn Coffee Roasters.

A support mailbox of a fictional UK speciality coffee roastery (bean and ground coffee
subscriptions, one-off bags, wholesale to cafés, grinders and brewing kit, gift
subscriptions, barista training days), written without looking at the detection heuristics,
with many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the
contract defaults (response target 24 h, follow-up window 2 days, close-after 7 days,
handoff limit 2), support domain ``kettleburncoffee.example``.

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

Usage: python scripts/make_practice107_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "kettleburncoffee.example"
ORDERS = "Kettleburn Coffee Support <hello@kettleburncoffee.example>"

AGENTS = {
    "fern": ("Fern Mackintosh <fern@kettleburncoffee.example>", "thunderbird", """-- 
Fern Mackintosh
Subscriptions & Orders | Kettleburn Coffee Roasters
Unit 3, Tweedmill Yard, Berwick-upon-Tweed TD15 1AB
Manage your subscription: https://kettleburncoffee.example/account?ref=sig"""),
    "callum": ("Callum Reid <callum@kettleburncoffee.example>", "outlook", """Callum Reid
Wholesale Accounts | Kettleburn Coffee Roasters
T: 01289 555 402
This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please delete it and let us know."""),
    "priya": ("Priya Nandakumar <priya@kettleburncoffee.example>", "apple", """Priya Nandakumar
Equipment & Workshop | Kettleburn Coffee Roasters
Questions about your grinder? Care guides: https://kettleburncoffee.example/care?from=email"""),
    "tomasz": ("Tomasz Nowak <tomasz@kettleburncoffee.example>", "owa", """Tomasz Nowak
Training Lead | Kettleburn Coffee Roasters
Book a course: https://kettleburncoffee.example/training?utm_source=email"""),
    "lukas": ("Lukas Brandt <lukas@kettleburncoffee.example>", "thunderbird_de", """-- 
Lukas Brandt
Kundenservice (DE/AT/CH) | Kettleburn Coffee Roasters
https://kettleburncoffee.example/de?ref=signatur"""),
    "celine": ("Céline Dufresne <celine@kettleburncoffee.example>", "apple_fr", """Céline Dufresne
Service client (FR/BE/CH) | Kettleburn Coffee Roasters
https://kettleburncoffee.example/fr?utm_source=email"""),
    "nuria": ("Nuria Ferrer <nuria@kettleburncoffee.example>", "gmail_es", """--
Nuria Ferrer
Atención al cliente (ES/LatAm) | Kettleburn Coffee Roasters
+44 1289 555 408"""),
}

ACK = {
    "en": """Hello,

Thanks for getting in touch with Kettleburn Coffee Roasters. This is an automatic
reply to confirm we have your message, logged as ticket {ref}. The support team
works Monday to Friday, 8am-5pm, and we aim to reply within one working day.

Changing a subscription? Most changes can be made in your account:
https://kettleburncoffee.example/account?ticket={ref}

Kettleburn Coffee Roasters - Support""",
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
    "helpdesk": ["X-Mailer: Kettleburn Helpdesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="kb.", outlook_server="LO4P265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice107", title="Kettleburn Coffee Roasters", desk=ORDERS, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="KB-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

BURR_PNG = mailcraft.png(24, 16, lambda x, y: (92 + 3 * x, 88 + 2 * y, 80) if (x - 12) ** 2 + (y - 8) ** 2 < 40
                         else (210, 204, 196))
LID_PNG = mailcraft.png(20, 20, lambda x, y: (30, 30, 34) if abs(x - y) > 1 else (235, 235, 230))
BAG_PNG = mailcraft.png(18, 24, lambda x, y: (168, 122, 74) if x < 12 else (250, 247, 240))
INVOICE_PDF = mailcraft.pdf(["Kettleburn Coffee Roasters - Invoice INV-7731-A (replaces INV-7731)",
                             "Tidewater Cafe, Whitby - November 2026",
                             "Swiss Water Colombian decaf 5 kg x 21.90 = 109.50",
                             "House Espresso 20 kg x 21.40 = 428.00", "Total ex VAT 537.50"])
PRICES_PDF = mailcraft.pdf(["Kettleburn Coffee Roasters - Wholesale price list, winter 2026/27",
                            "House Espresso 1 kg: 24.80 (under 5 kg/wk), 21.40 (5-20 kg), 19.80 (20 kg+)",
                            "Brinkburn single origin 1 kg: 27.50", "Swiss Water decaf 1 kg: 22.60",
                            "Drip bags (12 g, box of 50): 29.00", "All prices ex VAT, delivery free over 3 kg"])
AGREEMENT_PDF = mailcraft.pdf(["Kettleburn Coffee Roasters - Wholesale supply agreement",
                               "Customer: Salt & Ember Ltd, Durham", "Term: 12 months, prices fixed",
                               "Payment: 30 days from invoice by BACS", "Signed for the customer: ________"])
DEVIS_PDF = mailcraft.pdf(["Kettleburn Coffee Roasters - Devis D-2611-018",
                           "Agence Lumen, Lille - seminaire du 3 decembre",
                           "6 x House Espresso grains 1 kg = 158,40 EUR livraison incluse (DDP)"])
PROFORMA_PDF = mailcraft.pdf(["Kettleburn Coffee Roasters - Pro-forma invoice PF-0412",
                              "Steep Hill Coffee, Lincoln", "6 kg House Espresso x 24.80 = 148.80",
                              "2 kg Swiss Water decaf x 22.60 = 45.20", "Total ex VAT 194.00"])

CASES: list[Case] = [
C("k01-whole-bean-switch", "en", "closed", {}, "Hannah Moorcroft <hannah.moorcroft@example.com>", "gmail",
  "Switching to whole bean + skipping December",
  "Three subscription changes answered out of order in one paragraph; thanks-only reply.",
  cu("11-02 08:41", """Hi there,

I've been on the fortnightly Kettleburn House subscription (ground for filter) since the
summer and I've finally caved and bought a grinder. Could you switch me to whole beans from
the next bag? And is it possible to skip the delivery due around 21 December - we're away
over Christmas and it'll just sit in the porch. Last thing: my bags seem to arrive on
Saturdays now, which means they sit at the sorting office till Monday. Any chance of a
weekday dispatch instead?

Thanks,
Hannah Moorcroft"""),
  ag("fern", "11-02 11:20", """Hi Hannah,

Congratulations on the grinder! Dispatch days first: we roast on Tuesdays and Thursdays, so
I've moved you onto the Tuesday roast - your bags go out that afternoon and should reach you
Wednesday or Thursday. The 21 December delivery is skipped (it shows greyed out in your
account), and from the next bag onwards you're on whole bean."""),
  cu("11-02 12:03", """Brilliant, thank you Fern!

H""", thanks=True),
),
C("k02-wren-cafe-wholesale", "en", "closed", {"unanswered-question": 1},
  "Martha Ibbotson <martha@thewrencafe.example>", "outlook", "Wholesale coffee for our second site",
  "Price, minimum and Monday delivery answered; the grinder-loan question is skipped. A sample is arranged.",
  cu("11-03 15:12", """Hello,

We're opening a second site in Hebden Bridge in January and I'd like to move our coffee to a
local roaster. We get through roughly 10kg of espresso a week across both sites. What would
the Kettleburn House Espresso cost per kilo at that volume, and is there a minimum order? Do you loan grinders to wholesale accounts, or would we need to buy our own? We'd want
deliveries on Mondays if that's possible.

Kind regards,
Martha Ibbotson
The Wren Café""", uq=1),
  ag("callum", "11-04 09:05", """Hi Martha,

Thanks for thinking of us - we'd love to have the Wren on board. At 10kg a week the House
Espresso is £21.40/kg ex VAT (list price is £24.80 below 5kg). Our minimum wholesale order is
3kg, so you're well clear of that. The van does the Calder Valley run on Mondays, so Monday
deliveries are no problem; it's usually in Hebden Bridge before 10am.

If you'd like to try it first I can send a 1kg sample this week."""),
  cu("11-04 10:30", """Yes please to the sample! Best address is the new site: 14 Bridge Lanes, Hebden
Bridge HX7 6AA - someone's there fitting out every day.

Martha"""),
  ag("callum", "11-04 13:15", """Lovely - it goes out with Thursday's roast."""),
),
C("k03-k6-burr-squeal", "en", "closed", {}, "Dev Raval <dev.raval@example.net>", "iphone",
  "Squealing Halden K6",
  "Photo of a chipped burr; 'I'll get back to you by Thursday' kept on Thursday; follow-up about calibration answered.",
  cu("11-03 19:48", """Hi, my Halden K6 grinder (bought from you in August) has started making a high squeal
when it's grinding for espresso. Fine on coarser settings. Photo of the burrs attached - is
that a chip on the outer burr? Is this covered by the warranty?

Dev

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", BURR_PNG)]),
  ag("priya", "11-04 10:02", """Hi Dev,

Thanks for the photo. It's hard to tell from the picture whether that's a chip or just
coffee residue on the edge, so let me check with our workshop and I'll get back to you by
Thursday. The grinder is well inside its two-year warranty either way.""", promises=[("11-05", 3)]),
  ag("priya", "11-05 14:40", """Hi Dev,

The workshop looked at your photo with the Halden rep: it is a chipped outer burr, and it's a
warranty replacement. A new burr set went out today by Royal Mail Tracked 48, no need to send
the grinder back. There's a fitting guide in the box."""),
  cu("11-05 20:10", """Great, thank you. Will I need to recalibrate after fitting it, or does it keep the same
settings?

Sent from my iPhone"""),
  ag("priya", "11-06 09:15", """You will - new burrs sit slightly differently. Turn to the finest setting until the burrs
just touch, then back off two clicks: that's your new zero. Expect to go a step or two finer
than before for the first kilo while they bed in."""),
),
C("k04-auntie-jo-gift", "en", "pending", {"unanswered-question": 1}, "Jo Petrakis <jo.petrakis@example.org>",
  "gmail", "Gift subscription for my nephew",
  "Start date and price visibility answered; the request in passing for a gift note is not.",
  cu("11-14 21:05", """Hello!

I'd like to buy a three-month gift subscription for my nephew who has just got into
pour-over. Can it start in the week before Christmas rather than straight away? And will he
see what I paid anywhere - on a packing slip or an email? Oh, and please put a note in saying it's from Auntie Jo, he won't guess otherwise.

Thanks so much,
Jo""", uq=1),
  ag("fern", "11-15 11:20", """Hi Jo,

What a lovely present. Yes: at checkout pick "Choose a start date" and set it to 14 December;
the first bag is roasted that week and will reach him by the 18th. Gift orders never show
prices - the packing slip only lists the coffee, and the emails come to you, not to him."""),
),
C("k05-latte-art-for-two", "en", "closed", {}, "Rory Gallacher <rory@gallacher.example>", "apple",
  "Latte art day in December?",
  "Dates answered with only a link; price, parking and oat milk answered in one paragraph; booking thanks.",
  cu("11-09 13:30", """Hi,

My partner and I would love to do one of your latte art days as a Christmas present to
ourselves. Which dates have you got in December? What's the price for two, and is there
parking at the roastery? One of us is vegan - do you use oat milk on the course?

Best,
Rory"""),
  ag("tomasz", "11-09 16:05", """Hi Rory,

December dates: https://kettleburncoffee.example/training?course=latte-art&month=12

Two places are £190 (£95 each) with lunch. Yes, there are six spaces in the yard behind the
roastery, and we run the course with Oatly Barista as well as whole milk, so you'll both be
steaming all day."""),
  cu("11-09 18:22", """Perfect, we've booked Saturday 12th. See you then!

Rory""", thanks=True),
),
C("k06-doppelte-abbuchung", "de", "closed", {"unanswered-question": 1},
  "Sabine Kröger <s.kroeger@kroeger-buero.example>", "gmail_de", "Doppelte Abbuchung im November",
  "German: double charge refunded and frequency changed; the request for invoices with the VAT number is skipped.",
  cu("11-05 07:55", """Hallo Kettleburn-Team,

ich habe diesen Monat zwei Abbuchungen für mein Abo gesehen (je 14,50 £, am 1. und am
3. November). Warum wurde zweimal abgebucht? Außerdem würde ich gern von wöchentlich auf alle
zwei Wochen umstellen - geht das ab sofort? Und bitte schicken Sie mir künftig Rechnungen mit meiner USt-IdNr. DE298114573, die brauche ich für die Buchhaltung meines Büros.

Viele Grüße
Sabine Kröger""", uq=1, tz=1),
  ag("lukas", "11-05 10:40", """Hallo Frau Kröger,

vielen Dank für den Hinweis. Die zweite Abbuchung am 3. November war ein Fehler unseres
Zahlungsdienstleisters nach einem Kartenupdate; ich habe die 14,50 £ heute erstattet, das
Geld ist in 3-5 Werktagen wieder auf Ihrem Konto. Ihr Abo läuft ab der nächsten Lieferung
alle zwei Wochen, die nächste Röstung geht am 17. November raus.

Viele Grüße"""),
),
C("k07-cafe-bobine-lyon", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
  "Aurélie Vasseur <aurelie@cafebobine.example>", "apple_fr", "Échantillons espresso pour un café à Lyon",
  "French: samples and delivery time answered; 'je reviens vers vous d'ici jeudi' on duties kept the next Monday after a 'je me permets de vous relancer'.",
  cu("11-02 09:14", """Bonjour,

Je tiens un petit café à Lyon (Croix-Rousse) et je cherche un torréfacteur pour un espresso de
spécialité. Pourriez-vous m'envoyer des échantillons de vos trois espressos ? Combien de temps
prend une livraison vers Lyon ? Et surtout, comment se passent les droits de douane et la TVA
à l'import depuis le Brexit - est-ce que c'est moi qui paie à la livraison ?

Cordialement,
Aurélie Vasseur
Café Bobine""", tz=1),
  ag("celine", "11-02 14:30", """Bonjour Madame Vasseur,

Avec plaisir ! Les trois échantillons (House Espresso, Brinkburn et le décaféiné Swiss Water,
250 g chacun) partent demain. Comptez 4 à 6 jours ouvrés jusqu'à Lyon avec DPD.

Pour les droits et la TVA, je préfère vérifier avec notre transitaire avant de vous répondre :
je reviens vers vous d'ici jeudi.

Bien cordialement,""", promises=[("11-05", 4)]),
  cu("11-09 10:02", """Bonjour Céline,

Les échantillons sont bien arrivés, merci - le Brinkburn a beaucoup plu à l'équipe. Je me
permets de vous relancer au sujet des droits de douane : je n'ai pas eu de nouvelles depuis la
semaine dernière et j'aimerais passer une première commande avant la fin du mois.

Aurélie""", tz=1, chase=True),
  ag("celine", "11-09 15:10", """Bonjour Aurélie,

Toutes mes excuses pour ce retard. Nous expédions en DDP : les droits et la TVA française sont
réglés par nous et compris dans nos prix, vous ne payez rien à la livraison. Pour le
Brinkburn, comptez 26,90 € le kilo à partir de 5 kg.

Céline"""),
),
C("k08-pedido-valencia", "es", "closed", {}, "Javier Soler <javier.soler@example.com>", "gmail_es",
  "Pedido KB-40718 sin enviar",
  "Spanish: where is my order and can the address change - both answered, the second with a link.",
  cu("11-10 18:40", """Hola:

Hice el pedido KB-40718 el jueves pasado (dos bolsas de Brinkburn en grano) y el seguimiento
sigue diciendo «en preparación». ¿Dónde está mi pedido? Y si todavía no ha salido, ¿puedo
cambiar la dirección de entrega a mi oficina? Es Calle de Colón 22, 4º, 46004 Valencia.

Gracias,
Javier Soler""", tz=1),
  ag("nuria", "11-11 09:30", """Hola Javier:

Tu pedido salió ayer por la tarde; el seguimiento tarda un día en actualizarse. Como ya está
en manos de DHL no puedo cambiar la dirección desde aquí, pero puedes hacerlo tú mismo con
DHL On Demand desde este enlace:
https://kettleburncoffee.example/envios?pedido=KB-40718

Un saludo,"""),
),
C("k09-decaf-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
  "Neil Ashworth <neil.ashworth@example.org>", "outlook", "Decaf options for our subscription",
  "No reply for two days, the customer resends the mail word for word as a new message; both questions answered then.",
  cu("11-04 11:02", """Hi,

My wife is off caffeine for a while and we'd like to keep our subscription going with decaf.
Which decafs do you have at the moment, and are any of them suitable for espresso rather than
filter? Can I swap just one of the two bags each month, so I keep my usual Brinkburn?

Thanks,
Neil Ashworth"""),
  cu("11-06 09:15", """Hi,

My wife is off caffeine for a while and we'd like to keep our subscription going with decaf.
Which decafs do you have at the moment, and are any of them suitable for espresso rather than
filter? Can I swap just one of the two bags each month, so I keep my usual Brinkburn?

Thanks,
Neil Ashworth""", parent=0, chase=True),
  ag("fern", "11-06 11:40", """Hi Neil,

Sorry you had to send that twice - the first one landed in a folder it shouldn't have. We
have two decafs at the moment: a Swiss Water Colombian (chocolatey, lovely as espresso) and a
sugarcane-process Peruvian that's brighter and better as filter. And yes: I've set your next
delivery to one Brinkburn and one Colombian decaf, and you can change the mix each month in
your account."""),
),
C("k10-kettle-e3", "en", "open", {"awaiting-reply": 1}, "Gareth Pugh <gareth.pugh@example.net>",
  "thunderbird", "Gooseneck kettle showing E3",
  "Only the acknowledgement (service-hours text, not a promise); the customer has waited nearly two days.",
  cu("11-18 20:15", """Hello,

The temperature display on my Kettleburn gooseneck kettle (the black one) has started showing
E3 after about a minute of heating. I've descaled it with citric acid like the manual says.
What does E3 mean, and is there anything else I can try before sending it back? Order
KB-39620.

Ta,
Gareth"""),
  ack("11-18 20:16"),
),
C("k11-office-christmas-blend", "en", "open", {}, "Sunita Rao <sunita.rao@brightwellsurveyors.example>",
  "android", "Christmas blend for the office",
  "A fresh enquiry on the audit morning, acknowledged automatically: inside the response target.",
  cu("11-20 09:47", """Hi, do you still have the Christmas blend in 1kg bags? We'd like 3kg for the office,
ground for a filter machine. Can it be here by 4 December?

Sunita Rao
Brightwell Surveyors

Get Outlook for Android"""),
  ack("11-20 09:48"),
),
C("k12-basket-then-tamper", "en", "pending", {"reopened": 1}, "Ellie Brannigan <ellie.brannigan@example.com>",
  "gmail", "Basket doesn't fit my portafilter",
  "Wrong basket replaced and 'I'll mark this ticket as resolved'; the customer comes back about the tamper from the same order.",
  cu("11-10 12:30", """Hi,

The Lindqvist double basket I ordered (KB-40211) doesn't fit my portafilter - it drops
straight through. My machine is a Lelit Mara X, 58mm. Have I ordered the wrong one? If so,
can I swap it?

Thanks,
Ellie"""),
  ag("priya", "11-10 15:05", """Hi Ellie,

You haven't done anything wrong - that listing was labelled 58mm when it's actually the 57mm
version. The correct 58mm basket went out first class today, and there's no need to return
the other one. I'll mark this ticket as resolved, but just reply if the new one gives you any
trouble.""", closes=True),
  cu("11-13 18:22", """The new basket fits perfectly, thanks. But now I've noticed the tamper that came in the
same order is far too loose in it - is that a 57mm one as well? It rattles around and leaves a
ring of loose grounds at the edge of the puck.

Ellie"""),
  ag("priya", "11-14 09:30", """Ah - yes, the tamper came from the same mislabelled batch, sorry. A 58.5mm tamper is on its
way to you today, and that one will sit snugly in the new basket. Keep the small one for the
moka pot if you like."""),
),
C("k13-groundwork-three-sites", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
  "Ben Okafor <ben.okafor@groundworkcafes.example>", "owa", "Supplier review - three Leeds sites",
  "Callum quotes and hands on to Priya (grinder service) and Tomasz (training): three agents. The request to copy the service report to a colleague (Cc'd) is never picked up.",
  cu("11-09 08:30", """Hi all,

We're reviewing suppliers for our three sites in Leeds. Could you quote for 25kg a week of a
single espresso blend, delivered Tuesdays and Fridays? We'd also need two grinders serviced -
they're Mythos Ones we bought from you in 2024. And is there any chance of barista training
for new starters as part of the account?

Ben Okafor
Operations Manager, Groundwork Café Co.""", cc="Lucy Tan <lucy.tan@groundworkcafes.example>"),
  ag("callum", "11-09 11:00", """Hi Ben,

Thanks for including us. For 25kg a week of the House Espresso it's £19.80/kg ex VAT,
delivered Tuesdays and Fridays on our Leeds run - that price is fixed for 12 months.

I've asked Priya in the workshop to pick up the grinder service and Tomasz the training;
they'll each be in touch.""", promises=[("window", 5)]),
  ag("priya", "11-09 14:20", """Hi Ben,

Priya from the workshop. We service Mythos Ones on site: £85 per grinder, including new burrs
if they need them. I could come on Tuesday 17th in the afternoon - does that suit?"""),
  cu("11-09 16:00", """Tuesday 17th works, thanks Priya. Can you do the Headrow site first, around 2pm? Also, please send the service report to Lucy as well, she keeps our maintenance log.

Ben""", uq=1, cc="Lucy Tan <lucy.tan@groundworkcafes.example>"),
  ag("tomasz", "11-10 10:15", """Hi Ben,

Tomasz from training. Every wholesale account gets a free half-day Barista Basics session
for up to four staff, at the roastery or at your site; after that it's £60 a head. Happy to
pencil in a December date whenever you know who's starting."""),
  ag("priya", "11-10 12:00", """Hi Ben,

Headrow at 2pm on the 17th is booked - I'll do the second grinder straight after if it's at
the same site, otherwise I'll head over to wherever it is.""", parent=4),
),
C("k14-roast-date-ooo", "en", "closed", {}, "Imogen Hale <imogen@halegallery.example>", "apple",
  "Roast date for the Brinkburn",
  "Answered with a bare date; the customer's out-of-office reply comes back.",
  cu("11-11 16:20", """Hi,

Could you tell me the roast date of the Brinkburn bags going out this week? I like to rest
them for ten days before opening, and I'm trying to time a bag for a dinner party on the 28th.

Thanks,
Imogen Hale"""),
  ag("fern", "11-12 09:10", """Hi Imogen,

Tuesday 10 November - so at its best from about the 20th, which is perfect for the 28th."""),
  auto("11-12 09:11", """Thank you for your email. I'm away until 16 November with limited access to email.
For anything urgent please call the gallery on 01904 555 201.

Imogen Hale""", quote=False, subject="Automatic reply: Re: Roast date for the Brinkburn"),
),
C("k15-missing-bag-forward", "en", "pending", {}, "Tom Reddaway <tom.reddaway@example.net>", "gmail",
  "Fwd: Your order KB-40902 is confirmed",
  "HTML-only mail forwarding the order confirmation; the forwarded text's questions are not the customer's. The missing bag is sent.",
  cu("11-16 08:05", """Hi, my order arrived this morning with only one bag in it - the confirmation below says
two. Can you send the missing Brinkburn please?

Thanks,
Tom

---------- Forwarded message ---------
From: Kettleburn Coffee Roasters <orders@kettleburncoffee.example>
Date: Thu, 12 Nov 2026 at 14:02
Subject: Your order KB-40902 is confirmed
To: <tom.reddaway@example.net>

Thanks for your order, Tom!
2 x Brinkburn, whole bean, 250g - £21.00
Delivery: Royal Mail Tracked 48 - free
Need to change your delivery? Reply to this email before we roast on Tuesday.
Questions about your order? https://kettleburncoffee.example/help?order=KB-40902""", kind="html"),
  ag("fern", "11-16 10:30", """Hi Tom,

Sorry about that - the packing bench clearly had a Monday moment. The second bag of
Brinkburn went out an hour ago first class, so it should be with you tomorrow or Wednesday."""),
),
C("k16-decaf-price-invoice", "en", "closed", {}, "Deborah Quayle <accounts@tidewatercafe.example>",
  "outlook", "November invoice - decaf price",
  "Callum promises the corrected invoice 'tomorrow morning' from a colleague; Fern sends it (PDF) on time.",
  cu("11-12 10:15", """Hi Callum,

Our November invoice (INV-7731) still shows the old price for the decaf - £23.10 a kilo
instead of the £21.90 we agreed in October. Could you send a corrected one? Our accountant
closes the month on Monday.

Thanks,
Deborah Quayle
Tidewater Café, Whitby"""),
  ag("callum", "11-12 13:40", """Hi Deborah,

You're quite right, sorry - the new decaf price hadn't been put on your account. I've fixed
it, and Fern in accounts will email you the corrected invoice tomorrow morning.""",
     promises=[("11-13", 3)]),
  ag("fern", "11-13 09:25", """Hi Deborah,

Here's the corrected invoice, INV-7731-A, with the decaf at £21.90/kg. The £6.00 difference
comes off the total.""", attach=[("application/pdf", "INV-7731-A.pdf", INVOICE_PDF)]),
  cu("11-13 10:02", """Got it - thank you both!

Deborah""", thanks=True),
),
C("k17-fold-studio-private-day", "en", "pending", {}, "Anika Sorensen <anika@foldstudio.example>",
  "thunderbird", "Private brewing session for our team",
  "Size and price answered; the dates are promised 'by Tuesday 24 November' - still ahead at audit time.",
  cu("11-17 14:10", """Hello,

We're a team of eight at a design studio in York and we'd like to book a private home-brewing
day in January as a team treat. Do you run private sessions for groups that size, and roughly
what would it cost? Mid-week would suit us best.

Thanks,
Anika Sorensen
Fold Studio"""),
  ag("tomasz", "11-18 09:00", """Hi Anika,

Yes - private sessions take up to ten people and run 10am-3pm at the roastery. For eight it's
£640, including lunch and a bag of coffee each to take home. The January rota isn't final
yet; I'll confirm the available mid-week dates by Tuesday 24 November.""", promises=[("11-24", None)]),
),
C("k18-brewmaster-no-heat", "en", "closed", {}, "Stuart Lomax <stuart.lomax@example.org>", "gmail",
  "Brewmaster not heating",
  "Three questions answered; 'The courier collects on Wednesday' and DPD's text are logistics, not promises. Repair notice later.",
  cu("11-02 17:45", """Hi,

My Kettleburn Brewmaster drip machine has stopped heating - the light comes on but the water
stays cold. It's nine months old. Do I need to send it back, and if so do I need the original
box? Do you want the carafe too?

Cheers,
Stuart"""),
  ag("priya", "11-03 09:20", """Hi Stuart,

Sorry to hear that - it sounds like the thermal fuse, which is a quick repair under warranty.
It does need to come back to the workshop, but not in the original box: any sturdy box with
some padding will do. Keep the carafe, we only need the machine. The courier collects on
Wednesday between 9am and 5pm; DPD will text you a one-hour window that morning."""),
  cu("11-03 09:50", """Perfect, I'll have it boxed up. Thanks!""", thanks=True),
  ag("priya", "11-09 15:30", """Hi Stuart,

Your Brewmaster is repaired (new thermal fuse, and a descale while it was open) and goes back
out to you today with DPD."""),
),
C("k19-guji-coming-back", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
  "Margaret Ellwood <m.ellwood@example.org>", "apple", "Will the Guji be back?",
  "'Let me check ... and I'll let you know' (no deadline) never followed up; the 500g price question is skipped; a recommendation is given.",
  cu("11-06 12:00", """Hello,

Last winter you had an Ethiopian Guji (a natural, from the Hambela area I think) that was my
favourite coffee of the year. Is it coming back this season? And could you recommend
something similar in the meantime - fruity but not sour? I brew on a V60. Also, is the 500g bag cheaper per gram than the 250g?

Best wishes,
Margaret Ellwood""", uq=1),
  ag("fern", "11-06 15:30", """Hi Margaret,

Thank you - the Guji was a favourite here too! Let me check with our head roaster whether
it's coming back this season and I'll let you know. In the meantime try the Kenya Kiambu
Peaberry: blackcurrant and stone fruit, very clean on a V60.""", promises=[("window", None)]),
),
C("k20-larder-christmas-rush", "en", "closed", {"unanswered-question": 2, "missed-follow-up": 1},
  "Rob Fairweather <rob@thelarderkeswick.example>", "gmail", "Christmas bits",
  "Five things in one long paragraph: extra volume and holiday deliveries answered, custom bags deferred 'by Friday' and never quoted, the wholesale Christmas blend and the invoice email change skipped.",
  cu("11-11 07:30", """Morning Callum,

A few things from the Larder before the Christmas rush, sorry this is all in one go. We're
going to need extra beans in December, probably 8kg a week instead of 5 from the week of the
7th through to New Year - is that OK or do you need more notice? I also wanted to ask whether
you could do us a small run of 250g retail bags with our logo for the counter, maybe 60 bags,
and what that would cost. Is the Christmas blend available wholesale this year? Can you also
tell me when your last delivery before Christmas is and whether you deliver between Christmas
and New Year at all, because we're open on the 28th and 29th. And the last invoice came to the old email address, can you make sure they go to accounts@thelarderkeswick.example from now on?

Thanks,
Rob""", uq=2),
  ag("callum", "11-11 12:10", """Hi Rob,

8kg a week from 7 December is absolutely fine - I've added it to your standing order. Our
last delivery before Christmas is Wednesday 23rd and we're back on the road on Monday 28th,
so you'll have beans for the 28th and 29th.

The logo bags I need to price with our print supplier - I'll come back to you with a quote by
Friday.""", promises=[("11-13", None)]),
),
C("k21-salt-and-ember-agreement", "en", "pending", {"unanswered-question": 2},
  "Harriet Pym <harriet@saltandember.example>", "thunderbird", "Questions before we sign",
  "A numbered list of four answered inline half-way (1 and 2); the agreement promised for Monday arrives on Monday (PDF).",
  cu("11-13 11:20", """Hi Callum,

Thanks for the call yesterday. As promised, here are the questions from our owners before we
sign the wholesale agreement:

1. Is the price fixed for 12 months, or can it change with the green coffee market?
2. What are your payment terms - 30 days from invoice?
3. Can we return unopened bags if a blend doesn't work for us in the first month?
4. Do you provide the menu descriptions / tasting notes for the coffees we serve?

Best,
Harriet Pym
Salt & Ember""", uq=2),
  ag("callum", "11-13 16:45", """Hi Harriet,

Answers below.

> 1. Is the price fixed for 12 months, or can it change with the green coffee market?

Fixed for 12 months from signing. We review it on the anniversary and give 60 days' notice of
any change.

> 2. What are your payment terms - 30 days from invoice?

Yes, 30 days from invoice, by BACS.

I'll get the agreement over to you on Monday.""", quote=False, promises=[("11-16", 3)]),
  ag("callum", "11-16 10:05", """Hi Harriet,

Agreement attached - sign the last page and send it back whenever the owners are happy.""",
     attach=[("application/pdf", "Kettleburn-wholesale-agreement-SaltEmber.pdf", AGREEMENT_PDF)]),
),
C("k22-voucher-then-date", "en", "closed", {"unanswered-question": 1},
  "Lauren Chadwick <lauren.chadwick@example.com>", "iphone", "Friend code not working",
  "Expired code sorted with a free bag; in a second mail after that, the date change is done but 'same box or separately?' is not answered.",
  cu("11-05 08:10", """Hi, I've got a code from a friend for a free bag with a new subscription but the checkout
says it's invalid. Code is FRIEND-KB-2210. Can you help?

Lauren

Sent from my iPhone"""),
  ag("fern", "11-05 10:30", """Hi Lauren,

That code expired on 31 October, but I've added a free 250g bag to your first delivery anyway
- just tell me which coffee you'd like."""),
  cu("11-05 12:00", """Oh that's so kind, thank you! The Brinkburn please. One more thing - my first delivery says
it'll come on the 12th, but I'm away that week. Could you push it back to the 19th? And will the free bag come in the same box, or separately?

Sent from my iPhone""", uq=1),
  ag("fern", "11-05 13:10", """No problem - Brinkburn noted, and your first delivery is now set for Thursday 19th."""),
),
C("k23-pause-january", "en", "pending", {"unanswered-question": 1}, "Malcolm Bright <malcolm.bright@example.net>",
  "outlook", "Pausing over January",
  "Asked to pause for January only and restart in February; the reply covers the December deliveries instead.",
  cu("11-16 19:30", """Hello,

We're going to Australia for most of January to see family. Can I pause my subscription for January only, and have it start again automatically in February? I don't want to cancel and
lose my founder's price.

Kind regards,
Malcolm Bright""", uq=1),
  ag("fern", "11-17 08:45", """Hi Malcolm,

How exciting! Your December bags are booked as usual for the 8th and the 22nd, so you'll have
coffee right up until you fly. If you'd like the Christmas delivery to come as a gift box
instead, just let me know. Have a wonderful trip!"""),
),
C("k24-hedgerow-office-upgrade", "en", "pending", {}, "Priti Joshi <priti@hedgerowarchitects.example>",
  "gmail", "Office subscription - more coffee!",
  "A rhetorical question and a self-answered one around the real request, which is done.",
  cu("11-17 12:40", """Hi team,

Who knew four people in a two-room office could get through 2kg of coffee a fortnight? Not
me. Anyway - can we bump our office subscription up to 3kg a fortnight from the next delivery?
Where's the subscription number on the invoice, by the way? Ah, never mind, top right corner:
KB-S-1184.

Thanks!
Priti Joshi
Hedgerow Architects"""),
  ag("fern", "11-17 14:05", """Hi Priti,

Done - from Tuesday's roast you'll get 3kg a fortnight (six 500g bags) at the same per-kilo
price. Happy brewing!"""),
),
C("k25-advanced-day-grinder", "en", "pending", {}, "Kieran Doyle <kieran.doyle@example.com>", "gmail",
  "Advanced espresso day",
  "Pleasantry 'hope you had a good weekend?'; two questions answered inline, one with a bare 'Of course.'",
  cu("11-16 09:05", """Hi Tomasz,

Hope you had a good weekend? I did your Espresso Foundations day in October and I'm still
chuffed with my shots. A couple of questions. Could I bring my own grinder to the advanced
day, so I can learn to dial it in? And is the advanced course OK for someone using a
single-boiler machine?

Cheers,
Kieran"""),
  ag("tomasz", "11-16 11:30", """Hi Kieran,

Weekend was good, thanks - glad the shots are still going well!

> Could I bring my own grinder to the advanced day, so I can learn to dial it in?

Of course.

> And is the advanced course OK for someone using a single-boiler machine?

Yes - we spend the afternoon on workflow for single boilers, temperature surfing included.""",
     quote=False),
),
C("k26-aeropress-links", "en", "closed", {}, "Femi Adeyemi <femi.adeyemi@example.net>", "android",
  "AeroPress Go",
  "Both questions answered with only links.",
  cu("11-03 07:20", """Hi, just got an AeroPress Go for my commute. Have you got a brew guide for it? Also do you
sell the paper filters or do I need to go to Amazon?

Thanks, Femi

Get Outlook for Android"""),
  ag("fern", "11-03 09:00", """Hi Femi,

https://kettleburncoffee.example/brew-guides/aeropress?utm_source=support
https://kettleburncoffee.example/shop/brewing/aeropress-filters"""),
),
C("k27-vets-price-list", "en", "pending", {}, "Gillian Shaw <g.shaw@moorsidevets.example>", "outlook",
  "Wholesale price list",
  "Price list sent as a PDF attachment; the decaf question answered with a figure.",
  cu("11-13 14:50", """Hello,

I manage the staff canteen at Moorside Veterinary Hospital. Could you send your current
wholesale price list? We'd also need to know if you have a decaf in 1kg bags, as a few of the
night team have asked for one.

Regards,
Gillian Shaw"""),
  ag("callum", "11-14 08:30", """Dear Gillian,

Price list attached. The Swiss Water Colombian decaf comes in 1kg bags at £22.60 ex VAT.""",
     attach=[("application/pdf", "Kettleburn-wholesale-prices-winter-2026.pdf", PRICES_PDF)]),
),
C("k28-k6-lid-crack", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
  "Aiden Marsh <aiden.marsh@example.org>", "gmail", "Cracked hopper lid",
  "'An answer by Friday' on the warranty comes the next Tuesday after 'any news from Halden?'; the bellows question is never answered.",
  cu("11-03 13:00", """Hi,

The hopper lid on my Halden K6 has cracked along the hinge (photo attached). Is that covered
under warranty, and if not, can I buy just the lid? Also, would a spare set of the silicone bellows fit the K6?

Thanks,
Aiden Marsh""", uq=1, attach=[("image/png", "k6-lid.png", LID_PNG)]),
  ag("priya", "11-03 16:20", """Hi Aiden,

Thanks for the photo. Hinge cracks are usually a manufacturing fault, but Halden have to
confirm it's covered for the K6 - I'll have an answer for you by Friday.""", promises=[("11-06", 4)]),
  cu("11-10 08:45", """Hi Priya, any news from Halden? It's been a week and the crack is getting longer.

Aiden""", chase=True),
  ag("priya", "11-10 11:15", """Hi Aiden,

Sorry for the wait. Halden have confirmed it's covered: a new lid went out this morning by
Royal Mail, no need to send the old one back."""),
),
C("k29-tracking-by-eod", "en", "pending", {}, "Sophie Wren <sophie.wren@example.com>", "apple",
  "Tracking number for KB-41077",
  "'I'll send it over by end of day' kept the same afternoon.",
  cu("11-17 10:05", """Hi,

My order KB-41077 says dispatched but I haven't had a tracking number. Can you send it? I need
to know whether I'll be in.

Ta,
Sophie"""),
  ag("fern", "11-17 11:00", """Hi Sophie,

The courier hasn't scanned the parcel in yet, so the tracking number isn't live. I'll send it
over by end of day.""", promises=[("11-17", 3)]),
  ag("fern", "11-17 16:30", """Hi Sophie,

Here it is: Royal Mail Tracked 48, JX 4471 0932 6GB - due Thursday."""),
),
C("k30-split-bag", "en", "closed", {}, "Alan Whitcombe <alan.whitcombe@example.net>", "thunderbird",
  "Split bag of Kiambu",
  "Support asks for the order number and a photo; the customer's second mail sends them (not a chase).",
  cu("11-12 17:00", """Hello,

The bag of Kiambu Peaberry I received today was split along the side seam and half the beans
were loose in the box. Could you replace it?

Regards,
Alan Whitcombe"""),
  ag("fern", "11-13 09:00", """Hi Alan,

Sorry about that! Could you send me the order number and a photo of the split seam? The
packaging supplier asks for both whenever we report a faulty batch."""),
  cu("11-13 10:40", """Here you go - order KB-40877, photo attached. The seam's gone about 6cm from the bottom.

Alan""", attach=[("image/png", "bag-seam.png", BAG_PNG)]),
  ag("fern", "11-13 11:30", """Thanks Alan, that's logged with the supplier. A replacement bag of Kiambu goes out in
tomorrow's post."""),
),
C("k31-french-press-graz", "de", "closed",
  {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
  "Thomas Leitner <thomas.leitner@example.com>", "outlook_de", "Mahlgrad und Versand nach Österreich",
  "German: no answer for three days, 'ich warte immer noch auf eine Antwort'; grind and postage answered, the 1kg-bag question skipped.",
  cu("11-02 10:00", """Guten Tag,

ich habe mir gerade eine French Press gekauft und möchte Ihren Brinkburn bestellen. Welchen
Mahlgrad soll ich bei der Bestellung auswählen? Wie hoch sind die Versandkosten nach
Österreich (Graz)? Und gibt es den Brinkburn auch im 1-kg-Beutel?

Mit freundlichen Grüßen
Thomas Leitner""", uq=1, tz=1),
  cu("11-05 08:30", """Guten Tag,

ich warte immer noch auf eine Antwort auf meine Mail vom Montag. Können Sie mir bitte
weiterhelfen?

Thomas Leitner""", tz=1, chase=True, parent=1),
  ag("lukas", "11-05 11:20", """Guten Tag Herr Leitner,

entschuldigen Sie bitte die späte Antwort. Für die French Press wählen Sie beim Bestellen
„Grob (French Press)“. Der Versand nach Österreich kostet 7,90 £, ab 40 £ Bestellwert ist er
kostenlos.

Viele Grüße"""),
),
C("k32-mahlwerk-freiburg", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
  "Katrin Vogt <k.vogt@cafe-mahlwerk.example>", "thunderbird_de", "Probebestellung für unser Café",
  "German: trial order and shelf life answered, training deferred 'bis Mittwoch' and answered on Friday; the invoice-name request is skipped.",
  cu("11-09 09:30", """Hallo Lukas,

wir möchten für unser Café in Freiburg Ihren House Espresso testen. Drei Fragen: Können Sie
uns 2 kg zur Probe zum Großhandelspreis schicken? Wie lange ist der Kaffee nach dem Röstdatum
haltbar? Und bieten Sie auch Barista-Schulungen auf Deutsch an, eventuell bei uns vor Ort?
Bitte stellen Sie die Rechnung auf die Café Mahlwerk GmbH aus, nicht auf meinen Namen.

Beste Grüße
Katrin Vogt
Café Mahlwerk""", uq=1, tz=1),
  ag("lukas", "11-09 14:00", """Hallo Frau Vogt,

sehr gern: 2 kg House Espresso zum Großhandelspreis (21,40 £/kg zzgl. Versand) sind
angelegt und gehen mit der Röstung am Dienstag raus. Ungeöffnet hält sich der Kaffee drei
Monate ab Röstdatum, am besten schmeckt er zwischen Tag 7 und Tag 30.

Wegen der Schulungen auf Deutsch frage ich bei unserem Trainingsteam nach und melde mich bis
Mittwoch.""", promises=[("11-11", 3)]),
  ag("lukas", "11-13 10:15", """Hallo Frau Vogt,

kurze Rückmeldung zu den Schulungen: Auf Deutsch bieten wir derzeit Online-Kurse an (zwei
Abende à 2 Stunden, 120 £ pro Person). Vor Ort in Freiburg schulen wir leider nicht, aber
Sie sind herzlich in unsere Rösterei in Berwick eingeladen."""),
),
C("k33-k6-ungleichmaessig", "de", "open",
  {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
  "Felix Pfeiffer <felix.pfeiffer@example.org>", "gmail_de", "Mühle mahlt ungleichmäßig",
  "German: 'ich melde mich morgen' never kept; 'gibt es schon etwas Neues?' left without reply for four days.",
  cu("11-10 19:00", """Hallo,

meine Halden K6 (Bestellung KB-39155) mahlt seit gestern sehr ungleichmäßig, beim Espresso
kommen viele grobe Brocken mit. Ist das ein Garantiefall? Muss ich die Mühle einschicken,
oder können Sie mir ein Ersatzteil senden?

Gruß
Felix Pfeiffer""", tz=1),
  ag("lukas", "11-11 08:40", """Hallo Herr Pfeiffer,

das klingt nach einem gelockerten Mahlwerk. Ich kläre das mit unserer Werkstatt und melde
mich morgen bei Ihnen.""", promises=[("11-12", None)]),
  cu("11-16 20:30", """Hallo Herr Brandt,

gibt es schon etwas Neues von der Werkstatt? Ich trinke seit einer Woche nur noch
Filterkaffee.

Gruß
Felix Pfeiffer""", tz=1, chase=True),
),
C("k34-versand-packstation", "de", "pending", {}, "Andrea Scholz <andrea.scholz@example.net>", "outlook_de",
  "Versand nach Deutschland",
  "German: answered inline, the first with a bare figure.",
  cu("11-18 08:15", """Guten Morgen,

was kostet der Versand einer 1-kg-Tüte nach Deutschland? Und liefern Sie auch an
Packstationen?

MfG
Andrea Scholz""", tz=1),
  ag("lukas", "11-18 10:00", """Guten Morgen Frau Scholz,

> was kostet der Versand einer 1-kg-Tüte nach Deutschland?

6,50 £.

> Und liefern Sie auch an Packstationen?

Ja - geben Sie einfach Ihre Postnummer im Adresszusatz an.

Viele Grüße""", quote=False),
),
C("k35-abonnement-edimbourg", "fr", "closed", {"unanswered-question": 1},
  "Claire Moreau <claire.moreau@example.com>", "gmail", "Abonnement cadeau pour mon père",
  "French: one-off payment and Saturday delivery answered; the card with a message in French is not.",
  cu("11-12 20:45", """Bonjour,

Je voudrais offrir un abonnement de six mois à mon père, qui habite à Édimbourg. Est-ce
possible de payer en une seule fois plutôt que chaque mois ? Pouvez-vous glisser une carte avec un petit mot en français dans le premier colis ? Et je voudrais savoir si vous livrez le
samedi, il travaille en semaine.

Merci d'avance,
Claire Moreau""", uq=1, tz=1),
  ag("celine", "11-13 09:30", """Bonjour Claire,

Oui, l'abonnement cadeau de six mois se paie en une fois (89 £, livraison comprise) : il
suffit de choisir « Offrir » puis « 6 mois » sur le site. Nos colis partent en Royal Mail
Tracked 48, qui livre aussi le samedi, mais nous ne pouvons pas choisir le jour exact.

Belle journée,"""),
),
C("k36-comptoir-roy-lot", "fr", "pending", {}, "Bastien Roy <bastien@lecomptoirroy.example>", "apple_fr",
  "Brinkburn et décaféiné",
  "French: two questions answered inline, the second with 'C'est fait.'",
  cu("11-17 11:00", """Bonjour Céline,

Nous avons bien reçu la commande de la semaine, merci. Deux petites questions : le Brinkburn
est-il le même lot qu'en octobre ? Nos clients l'ont adoré. Et pouvez-vous ajouter 2 kg de
décaféiné à la livraison de la semaine prochaine ?

Bastien
Le Comptoir Roy, Bordeaux""", tz=1),
  ag("celine", "11-17 14:20", """Bonjour Bastien,

> le Brinkburn est-il le même lot qu'en octobre ?

Non, c'est le nouveau lot de Huila, récolté en juin - un peu plus de fruits rouges.

> Et pouvez-vous ajouter 2 kg de décaféiné à la livraison de la semaine prochaine ?

C'est fait.

Céline""", quote=False),
),
C("k37-seminaire-lille", "fr", "closed", {}, "Mathieu Garnier <m.garnier@agence-lumen.example>", "outlook",
  "Devis café pour un séminaire",
  "French: 'je vous envoie le devis demain matin' kept the next morning (PDF); thanks-only reply.",
  cu("11-10 16:30", """Bonjour,

Nous organisons un séminaire pour 40 personnes à Lille le 3 décembre et cherchons du café en
grains pour deux machines automatiques. Pourriez-vous nous faire un devis pour 6 kg ? Le délai
de livraison pour Lille est-il compatible ?

Cordialement,
Mathieu Garnier
Agence Lumen""", tz=1),
  ag("celine", "11-10 17:30", """Bonjour Monsieur Garnier,

Une livraison avant le 3 décembre ne pose aucun problème si la commande est passée avant le
25 novembre. Je vous envoie le devis demain matin.

Bien cordialement,""", promises=[("11-11", 3)]),
  ag("celine", "11-11 09:45", """Bonjour Monsieur Garnier,

Voici le devis pour 6 kg de House Espresso en grains (sachets de 1 kg), livraison comprise.

Bien cordialement,""", attach=[("application/pdf", "Devis-D-2611-018.pdf", DEVIS_PDF)]),
  cu("11-11 11:10", """Merci beaucoup, je le transmets à la direction.

Mathieu Garnier""", tz=1, thanks=True),
),
C("k38-moulin-italienne", "fr", "closed", {"unanswered-question": 1},
  "Lucie Perrin <lucie.perrin@example.org>", "apple_fr", "Commande KB-40355",
  "French: dispatch answered with a link; a second mail after the mill arrives - the grind setting is answered, spare burrs are not.",
  cu("11-04 08:30", """Bonjour,

J'ai commandé un moulin manuel Kettleburn Hand Mill la semaine dernière (commande KB-40355).
Le colis est-il parti ?

Merci,
Lucie Perrin""", tz=1),
  ag("celine", "11-04 10:00", """Bonjour Lucie,

Oui, il est parti hier avec DPD : https://kettleburncoffee.example/suivi?commande=KB-40355

Belle journée,"""),
  cu("11-09 19:00", """Bonjour Céline,

Le moulin est bien arrivé, il est superbe. Quel réglage me conseillez-vous pour une cafetière
italienne (Bialetti) : combien de clics depuis le zéro ? Et est-ce que vous vendez des meules de rechange pour ce modèle ?

Merci encore,
Lucie""", uq=1, tz=1),
  ag("celine", "11-10 09:20", """Bonjour Lucie,

Ravie qu'il vous plaise ! Pour la cafetière italienne, comptez 12 à 14 clics depuis le zéro,
un peu plus fin que pour le filtre.

Belle journée,"""),
),
C("k39-cafe-trebol-madrid", "es", "closed", {"unanswered-question": 2, "missed-follow-up": 1},
  "Marta Iglesias <marta@cafetrebol.example>", "gmail_es", "Kenya Kiambu para cafetería en Madrid",
  "Spanish: price and customs answered; the roast day deferred with 'mañana te digo algo', never kept; the retail bags and the spec sheet are skipped.",
  cu("11-09 10:15", """Buenos días:

Tenemos una cafetería de especialidad en Madrid (Malasaña) y nos interesa su Kenya Kiambu para
filtro. ¿Cuál es el precio por kilo para 4 kg al mes? ¿Hacen envíos a España sin que tengamos
que pagar aduanas al recibir? ¿Qué día tuestan, para saber cuándo nos llegaría? Además, quisiera saber si tienen el café también en bolsas de 250 g para vender en la tienda. Por último, les agradecería que nos enviaran la ficha técnica del café (origen, altura, proceso).

Un saludo,
Marta Iglesias
Café Trébol""", uq=2, tz=1),
  ag("nuria", "11-09 15:40", """Hola Marta:

¡Qué bien que os guste el Kiambu! A partir de 4 kg al mes el precio es de 31,20 € el kilo, y
enviamos con DDP: los aranceles y el IVA los pagamos nosotros, no pagáis nada al recibir.
Sobre el día de tueste para los pedidos a España lo consulto con el equipo de producción y
mañana te digo algo.

Un saludo,""", promises=[("11-10", None)]),
),
C("k40-selector-suelto", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
  "Pablo Ruiz <pablo.ruiz@example.com>", "android", "Molinillo K6 con el selector suelto",
  "Spanish: 'le escribo el lunes' kept on Wednesday after '¿hay alguna novedad sobre la pieza?'",
  cu("11-04 09:00", """Hola,

El molinillo Halden K6 que compré (pedido KB-39877) llegó con el selector de molienda suelto.
¿Me pueden enviar una pieza nueva o tengo que devolver el molinillo entero?

Gracias,
Pablo Ruiz

Obtener Outlook para Android""", tz=1),
  ag("nuria", "11-04 15:00", """Hola Pablo:

Lo siento mucho. Lo consulto con el taller y le escribo el lunes con una solución.""",
     promises=[("11-09", 4)]),
  cu("11-10 21:00", """Hola Nuria, ¿hay alguna novedad sobre la pieza? Sigo sin poder usar el molinillo.

Pablo

Obtener Outlook para Android""", tz=1, chase=True),
  ag("nuria", "11-11 09:10", """Hola Pablo:

Perdona el retraso. El taller le envía hoy un selector nuevo por DHL; llega en 3-4 días
laborables y no hace falta devolver nada."""),
),
C("k41-curso-diciembre", "es", "pending", {}, "Lola Medina <lola.medina@example.net>", "gmail_es",
  "Curso del 5 de diciembre",
  "Spanish: a pleasantry '¿qué tal?' and two questions answered together.",
  cu("11-16 12:30", """Hola Nuria, ¿qué tal?

Te escribo por el curso de barista del 5 de diciembre: ¿está incluida la comida? ¿Y hace falta
llevar delantal?

Un abrazo,
Lola""", tz=1),
  ag("nuria", "11-16 15:00", """¡Hola Lola! Todo bien, gracias. Sí, la comida está incluida (con opción vegetariana) y los
delantales los ponemos nosotros. ¡Nos vemos el 5!"""),
),
C("k42-regalo-desde-buenos-aires", "es", "closed",
  {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
  "Valeria Quiroga <valeria.quiroga@example.com>", "outlook", "Suscripción de regalo para una amiga en Londres",
  "Spanish, customer in Buenos Aires (UTC-3): address change answered, card payment deferred without a deadline and answered late after 'sigo esperando'; the Spanish gift card question is skipped.",
  cu("11-06 11:00", """Hola:

Vivo en Buenos Aires y quiero regalarle a una amiga en Londres la suscripción de tres meses.
¿Puedo pagar con una tarjeta argentina? ¿La tarjeta de regalo puede ir en español? Y si ella
se muda en enero, ¿se puede cambiar la dirección a mitad de la suscripción?

Gracias,
Valeria Quiroga""", uq=1, tz=-3),
  ag("nuria", "11-06 17:30", """Hola Valeria:

¡Qué regalo tan bonito! La dirección se puede cambiar en cualquier momento desde la cuenta,
también a mitad de la suscripción. Sobre el pago con tarjeta argentina, lo consulto con el
equipo de pagos y te digo algo.""", promises=[("window", 4)]),
  cu("11-12 10:00", """Hola Nuria:

Sigo esperando la respuesta sobre el pago con tarjeta argentina. Quería dejar el regalo listo
esta semana.

Saludos,
Valeria""", tz=-3, chase=True),
  ag("nuria", "11-12 15:00", """Hola Valeria:

Perdona la espera. Sí, aceptamos tarjetas Visa y Mastercard argentinas; si tu banco la
rechaza por ser un pago en libras, PayPal funciona sin problema."""),
),
C("k43-brackenthwaite-drip-bags", "en", "pending", {"unanswered-question": 1},
  "Olivia Strand <olivia@brackenthwaitehouse.example>", "outlook", "Coffee for our guest rooms",
  "Acknowledged, then handed from Fern to Callum ('he'll be in touch today', kept); drip bags priced, the sample request is dropped.",
  cu("11-16 10:00", """Hi Fern,

We're a small hotel in the Lakes (Brackenthwaite House, nine rooms) and we'd like to put your
coffee in the rooms. Do you do individual filter sachets or drip bags? We'd need around 300 a
month. Could you also send a few samples for our housekeeping manager to try?

Thanks,
Olivia Strand""", uq=1),
  ack("11-16 10:01"),
  ag("fern", "11-16 11:15", """Hi Olivia,

Lovely to hear from you. Hotel rooms are Callum's patch - I've passed this to him and he'll be
in touch today.""", promises=[("11-16", 4)]),
  ag("callum", "11-16 15:40", """Hi Olivia,

Callum here. Yes, we do single-serve drip bags of the House Filter, 12g each, in boxes of 50.
At 300 a month they're 58p each ex VAT, delivered monthly with free postage.""", parent=1),
),
C("k44-steep-hill-proforma", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
  "Hamid Rahimi <hamid@steephillcoffee.example>", "gmail", "Pro-forma for first order",
  "Card payment answered; the pro-forma promised 'by Friday' comes the following Tuesday after 'I'm still waiting'.",
  cu("11-02 14:00", """Hi Callum,

Could you send me a pro-forma invoice for our first order (6kg House Espresso, 2kg decaf)?
Our finance team won't pay without one. Also, can we pay by card the first time, before the
account is set up?

Thanks,
Hamid Rahimi
Steep Hill Coffee, Lincoln"""),
  ag("callum", "11-02 16:30", """Hi Hamid,

Card is fine for the first order - I can take it over the phone when you're ready. I'll get
the pro-forma over to you by Friday.""", promises=[("11-06", 4)]),
  cu("11-10 09:00", """Hi Callum,

I'm still waiting on the pro-forma you said you'd send last week - finance are on my back
about it now. Could you send it today?

Hamid""", chase=True),
  ag("callum", "11-10 10:20", """Hamid, really sorry - it slipped through. Pro-forma attached.""",
     attach=[("application/pdf", "PF-0412.pdf", PROFORMA_PDF)]),
),
C("k45-christmas-blend-espresso", "en", "pending", {}, "Beth Allardyce <beth.allardyce@example.org>", "owa",
  "Christmas blend - espresso grind?",
  "Both questions answered in a support reply that lost In-Reply-To/References.",
  cu("11-17 08:30", """Hi,

Is the Christmas blend available as espresso grind? My brother has a Sage Bambino and can't
grind his own. And would it arrive by the 18th of December if I order on the 10th?

Many thanks,
Beth Allardyce"""),
  ag("fern", "11-17 10:00", """Hi Beth,

Yes - choose "Espresso" under grind and we'll grind it fine enough for the Bambino. Orders
placed by 10 December are roasted on the 15th and arrive by the 17th, so you're fine.""",
     thread=False),
),
C("k46-home-barista-bundle", "en", "closed", {"unanswered-question": 1},
  "David Okonkwo <david.okonkwo@example.net>", "thunderbird", "Home Barista bundle",
  "Grinder and delivery questions answered; '0% finance?' is not. The thanks-only last mail's References skip a message.",
  cu("11-05 10:00", """Hello,

I'm thinking about the Kettleburn Home Barista bundle (the Halden K6 plus the gooseneck
kettle). Is the grinder suitable for both espresso and pour-over, or is it really one or the
other?

Regards,
David Okonkwo"""),
  ag("priya", "11-05 12:00", """Hi David,

It does both, but it's happiest at pour-over and filter. You can go down to espresso - there
are 90 steps - it just takes ten or so turns of the dial to get there and back."""),
  cu("11-05 13:30", """Thanks. In that case, does the bundle price include delivery? And do you offer 0% finance on it?

David""", uq=1),
  ag("priya", "11-05 15:00", """Delivery is free on anything over £40, so yes, it's included."""),
  cu("11-05 16:00", """OK, ordered - thank you.

David""", thanks=True, refs=[1]),
),
C("k47-brinkburn-to-maine", "en", "closed", {"unanswered-question": 1},
  "Caitlin Brooks <caitlin.brooks@example.com>", "gmail", "Shipping to the US?",
  "Customer in Maine (UTC-5), base64 body: US shipping answered, the customs question skipped.",
  cu("11-08 21:00", """Hi there!

I visited Kettleburn in September on a trip to Northumberland and I'm still thinking about the
Brinkburn. Do you ship to the US? I'm in Portland, Maine. Could you also tell me whether customs charges are included or if I'd pay them on delivery?

Thanks a ton,
Caitlin""", uq=1, tz=-5, cte="base64"),
  ag("fern", "11-09 10:00", """Hi Caitlin,

How lovely that you visited! Yes, we ship to the US with UPS, usually 5-7 working days;
postage is £18 for up to 1kg, so most of our US customers order two or three bags at once to
make it worthwhile."""),
),
C("k48-hollis-lowe-office", "en", "pending", {}, "Nadia Farouk <n.farouk@hollislowe.example>", "outlook",
  "Office subscription - invoicing",
  "multipart/alternative mail with a legal disclaimer and a '?' in the signature; the one request is answered.",
  cu("11-18 09:00", """Dear Kettleburn team,

We'd like to switch our office coffee to your monthly 2kg office subscription. Can you invoice
us monthly rather than taking a card payment? Our PO number is HL-44102.

Kind regards,
Nadia Farouk
Office Manager | Hollis & Lowe LLP
Questions about your matter? Call 0113 555 0190.

CONFIDENTIALITY: This email and any attachments are confidential and may be legally
privileged. If you are not the intended recipient, please notify the sender and delete it.
Hollis & Lowe LLP is authorised and regulated by the Solicitors Regulation Authority.""", kind="alt"),
  ag("callum", "11-18 12:00", """Dear Nadia,

Monthly invoicing is fine for office subscriptions. I've set your account up on 30-day terms
with PO HL-44102 on every invoice, and the first 2kg goes out with next Tuesday's roast."""),
),
C("k49-voucher-expiring", "en", "pending",
  {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
  "Rachel Dunmore <rachel.dunmore@example.org>", "iphone", "Training voucher expiring",
  "Friday afternoon mail, acknowledged; the customer chases on Sunday; Monday's reply settles the voucher but not the friend.",
  cu("11-13 16:30", """Hi,

I bought a barista training voucher for my husband in March and it expires at the end of this
month. Can he still book the December latte art day with it? If not, can the voucher be
extended? And can he bring a friend if I pay the difference?

Rachel Dunmore

Sent from my iPhone""", uq=1),
  ack("11-13 16:31"),
  cu("11-15 20:00", """Hello? It's been a couple of days and the December dates are filling up. Grateful for an
answer before they go.

Rachel

Sent from my iPhone""", chase=True, parent=1),
  ag("tomasz", "11-16 09:30", """Hi Rachel,

Sorry for the wait - training emails aren't picked up at weekends. Good news: vouchers are
honoured for any course booked before the expiry date, even if the course itself is later, so
he can book the December day now. I've held a place for him on Saturday 12 December."""),
),
C("k50-crumb-side-gate", "en", "pending", {"missed-follow-up": 1},
  "Greg Hutton <greg@crumbandco.example>", "owa", "Delivery to the wrong door",
  "Delivery note fixed; 'I'll confirm tomorrow' about the extra 2kg is confirmed by a colleague a day late.",
  cu("11-16 13:00", """Hi,

Your van dropped our order at the wrong door this morning (the flat upstairs). Could the
driver use the side gate on Church Street from now on? Also, our Thursday delivery needs to be
2kg more than usual this week - is that still possible?

Thanks,
Greg Hutton
Crumb & Co., Hexham"""),
  ag("callum", "11-16 15:00", """Hi Greg,

Sorry about that - I've added "side gate, Church Street" to your delivery notes so every
driver sees it. The extra 2kg depends on what's left after Wednesday's roast; I'll confirm
tomorrow.""", promises=[("11-17", 3)]),
  ag("fern", "11-18 10:00", """Hi Greg,

Fern here - Callum's out on the van today. Wednesday's roast had plenty, so your Thursday
delivery will be 2kg more than usual."""),
),
C("k51-v60-gift-box", "en", "closed", {}, "Amy Lockhart <amy.lockhart@example.com>", "apple",
  "Christmas gift boxes",
  "Answered with a figure and a link; the thanks-only reply quotes the question.",
  cu("11-02 09:00", """Hi,

Do you have any of the Christmas gift boxes left with the mini V60? I want to order two.

Amy"""),
  ag("fern", "11-02 10:30", """Hi Amy,

Yes - 14 left. Here's the link: https://kettleburncoffee.example/shop/gifts/v60-box?ref=support"""),
  cu("11-02 11:00", """Ordered two, thank you!

Amy""", thanks=True),
),
C("k52-mugs-and-saturday", "en", "open", {"awaiting-reply": 1}, "Ben Castellano <ben.castellano@example.net>",
  "gmail", "Gift wrapping",
  "Gift wrap answered; the customer's new questions two days later are still waiting.",
  cu("11-16 11:00", """Hi,

I'd like to order a bag of the Kiambu as a present - can you gift wrap it? And can I include a
message?

Ben"""),
  ag("fern", "11-16 12:30", """Hi Ben,

Yes to both: tick "Gift wrap" (£3) at checkout and there's a message box just underneath."""),
  cu("11-18 14:00", """Great, thanks. Another thing: do you sell the Kettleburn mugs on their own, or only in the
gift box? And could you let me know whether an order placed today would arrive by Saturday?

Ben"""),
),
]

UNANSWERED: dict[str, list[str]] = {
    "k02-wren-cafe-wholesale": [
        "Do you loan grinders to wholesale accounts, or would we need to buy our own?"],
    "k04-auntie-jo-gift": [
        "Oh, and please put a note in saying it's from Auntie Jo, he won't guess otherwise."],
    "k06-doppelte-abbuchung": [
        "Und bitte schicken Sie mir künftig Rechnungen mit meiner USt-IdNr. DE298114573, die brauche ich für die Buchhaltung meines Büros."],
    "k13-groundwork-three-sites": [
        "Also, please send the service report to Lucy as well, she keeps our maintenance log."],
    "k19-guji-coming-back": [
        "Also, is the 500g bag cheaper per gram than the 250g?"],
    "k20-larder-christmas-rush": [
        "Is the Christmas blend available wholesale this year?",
        "And the last invoice came to the old email address, can you make sure they go to accounts@thelarderkeswick.example from now on?"],
    "k21-salt-and-ember-agreement": [
        "Can we return unopened bags if a blend doesn't work for us in the first month?",
        "Do you provide the menu descriptions / tasting notes for the coffees we serve?"],
    "k22-voucher-then-date": [
        "And will the free bag come in the same box, or separately?"],
    "k23-pause-january": [
        "Can I pause my subscription for January only, and have it start again automatically in February?"],
    "k28-k6-lid-crack": [
        "Also, would a spare set of the silicone bellows fit the K6?"],
    "k31-french-press-graz": [
        "Und gibt es den Brinkburn auch im 1-kg-Beutel?"],
    "k32-mahlwerk-freiburg": [
        "Bitte stellen Sie die Rechnung auf die Café Mahlwerk GmbH aus, nicht auf meinen Namen."],
    "k35-abonnement-edimbourg": [
        "Pouvez-vous glisser une carte avec un petit mot en français dans le premier colis ?"],
    "k38-moulin-italienne": [
        "Et est-ce que vous vendez des meules de rechange pour ce modèle ?"],
    "k39-cafe-trebol-madrid": [
        "Además, quisiera saber si tienen el café también en bolsas de 250 g para vender en la tienda.",
        "Por último, les agradecería que nos enviaran la ficha técnica del café (origen, altura, proceso)."],
    "k42-regalo-desde-buenos-aires": [
        "¿La tarjeta de regalo puede ir en español?"],
    "k43-brackenthwaite-drip-bags": [
        "Could you also send a few samples for our housekeeping manager to try?"],
    "k46-home-barista-bundle": [
        "And do you offer 0% finance on it?"],
    "k47-brinkburn-to-maine": [
        "Could you also tell me whether customs charges are included or if I'd pay them on delivery?"],
    "k49-voucher-expiring": [
        "And can he bring a friend if I pay the difference?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice107 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
