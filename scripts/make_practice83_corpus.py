#!/usr/bin/env python3
"""Regenerate ``tests/practice83/``: a labelled corpus of Fenwick Mill Yarns.

A support mailbox of a fictional small woollen mill in Northumberland that sells its own
yarn and knitting patterns online (dye lots and colourways, yarn clubs and subscriptions,
pattern downloads and errata, kits, workshops and a knit-along, trade accounts for yarn
shops, gift vouchers, shipping abroad), written without looking at the detection heuristics,
with many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the
contract defaults (response target 24 h, follow-up window 2 days, close-after 7 days,
handoff limit 2), support domain ``fenwickmillyarns.example``.

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

Usage: python scripts/make_practice83_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "fenwickmillyarns.example"
SHOP = "Fenwick Mill Yarns <hello@fenwickmillyarns.example>"

AGENTS = {
    "bryony": ("Bryony Hartley <bryony@fenwickmillyarns.example>", "thunderbird", """-- 
Bryony Hartley
Orders & Dispatch | Fenwick Mill Yarns
The Old Mill, Fenwick, Northumberland NE18 | 01661 496 022
Shop: https://fenwickmillyarns.example/shop?utm_source=email&utm_medium=sig"""),
    "callum": ("Callum Reid <callum@fenwickmillyarns.example>", "outlook", """Callum Reid
Yarn Club & Subscriptions | Fenwick Mill Yarns
Missed a club reveal? https://fenwickmillyarns.example/club/archive?src=mail"""),
    "nessa": ("Nessa Whitlock <nessa@fenwickmillyarns.example>", "apple", """Nessa Whitlock
Workshops & Events | Fenwick Mill Yarns
What's on at the mill: https://fenwickmillyarns.example/workshops?from=email"""),
    "priya": ("Priya Lomax <priya@fenwickmillyarns.example>", "gmail", """--
Priya Lomax
Pattern Support | Fenwick Mill Yarns
Errata for all our patterns: https://fenwickmillyarns.example/errata"""),
    "gareth": ("Gareth Pryce <gareth@fenwickmillyarns.example>", "owa", """Gareth Pryce
Trade & Accounts | Fenwick Mill Yarns
Fenwick Mill Yarns Ltd, registered in England no. 09912348. This message is confidential;
if you received it in error please tell us and delete it."""),
    "dieter": ("Dieter Kramm <dieter@fenwickmillyarns.example>", "thunderbird_de", """-- 
Dieter Kramm
Kundenservice Deutschland/Österreich/Schweiz | Fenwick Mill Yarns
https://fenwickmillyarns.example/de?ref=signatur"""),
    "aurelie": ("Aurélie Sorel <aurelie@fenwickmillyarns.example>", "apple_fr", """Aurélie Sorel
Service client (France, Belgique, Suisse) | Fenwick Mill Yarns
https://fenwickmillyarns.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@fenwickmillyarns.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (España y Latinoamérica) | Fenwick Mill Yarns
https://fenwickmillyarns.example/es?ref=firma"""),
}

ACK = {
    "en": """Hello,

Thanks for getting in touch with Fenwick Mill Yarns. This is an automatic
reply to say your message has reached us and is logged as {ref}.

We're a small team at the mill and answer mail Monday to Friday, 9am-4pm.
We will reply within 24 hours on working days. Club parcels go out in the
second week of each month; dispatch updates are at
https://fenwickmillyarns.example/help/dispatch?ticket={ref}

Fenwick Mill Yarns""",
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
    "oldclient": ["X-Mailer: Claris Emailer 2.0v3"],
    "helpdesk": ["X-Mailer: MillDesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="fmy.", outlook_server="AM8P19")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice83", title="Fenwick Mill Yarns", desk=SHOP, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="FMY-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

TRADE_PDF = mailcraft.pdf(["Fenwick Mill Yarns - Trade price list and terms 2026/27",
                           "Cheviot DK 100g: retail GBP 13.50, trade GBP 6.75",
                           "Fell Aran 100g: retail GBP 14.00, trade GBP 7.00",
                           "First order min. GBP 250, paid up front; then 30 days net."])
ERRATA_PDF = mailcraft.pdf(["Fenwick Mill Yarns - Gilet Whinfell / Whinfell cardigan v2.1",
                            "Correction: Back, row 34, size M: 108 sts (not 112).",
                            "All other sizes unchanged."])
CATALOGO_PDF = mailcraft.pdf(["Fenwick Mill Yarns - Catalogo mayorista 2026-27",
                              "Cheviot DK 100 g: PVP 15,90 EUR / tienda 7,95 EUR",
                              "Fell Aran 100 g: PVP 16,50 EUR / tienda 8,25 EUR",
                              "Bluefaced Leicester DK 100 g: PVP 18,90 EUR / tienda 9,45 EUR"])
INVOICE_PDF = mailcraft.pdf(["Fenwick Mill Yarns Ltd - Invoice FMY-41230 (reissued)",
                             "Brackenridge Surveyors Ltd, 3 Oldgate, Morpeth NE61 1LX",
                             "12 x Yarn Club gift box (3 months) @ GBP 72.00",
                             "Total GBP 864.00 (paid by card 6 Nov 2026)"])
PATTERN_PDF = mailcraft.pdf(["Hareshaw Mitts - Fenwick Mill Yarns",
                             "Sizes: child, adult S, M, L. Yarn: Cheviot DK, 1 (1, 2, 2) skeins",
                             "Thumb gusset: m1L, k2, m1R every 3rd round, 7 times."])
SKEIN_PNG = mailcraft.png(14, 10, lambda x, y: (150 + 5 * x, 170 + 3 * y, 160 + 2 * x))

CASES: list[Case] = [
    C("y01-tarset-dye-lot-2291", "en", "closed", {},
      "Ruth Elsdon <ruth.elsdon@example.org>", "gmail", "Two more skeins from lot 2291?",
      "Two skeins from a matching dye lot found and merged into an unshipped order; the conditional 'if not' question becomes moot and is said so; thanks-only close.",
      cu("11-02 09:12", """Hi there,

I'm halfway up the body of a Tarset pullover in Heather Moss aran (lot 2291 on the ball band) and I've done my sums badly - I'm going to be about two skeins short. Do you still have any skeins from lot 2291? If not, how noticeable is the difference between lots in that colour, in your experience?

If you do have them, could they be added to my order FM-40817 (placed yesterday, some buttons and a shawl pin) so they come together?

Thanks so much,
Ruth Elsdon"""),
      ag("bryony", "11-02 11:40", """Hi Ruth,

Good timing - there were three skeins of 2291 left on the shelf, so you won't have to worry about blending two lots. I've put two of them into FM-40817, which hadn't been picked yet, so they'll travel with the buttons and the pin; the difference (£27.00) has gone on the same card.

Bryony"""),
      cu("11-02 12:05", """Brilliant, thank you Bryony!

Ruth""", thanks=True)),

    C("y02-sock-club-skip-december", "en", "closed", {"unanswered-question": 1},
      "Moira Tulloch <moira.tulloch@example.net>", "outlook", "Sock club - December and new address",
      "Three club requests on separate lines; the skip and the address change are confirmed in one sentence, the question about buying December's colourway later is not touched.",
      cu("11-04 19:30", """Hello,

We're spending December with our son in Perth (the Australian one!), so a couple of club things:

Could you skip my December sock club parcel and send me January's as normal? I'd rather not have it sitting on the doorstep for a month.
Is the December colourway going to be available to buy separately later on? I'd hate to miss it completely.
Also please update my address for everything from January onwards - we've moved to 14 Alder Close, Hexham NE46 3QT.

Many thanks,
Moira Tulloch
Member no. C-1187""", uq=1),
      ag("callum", "11-05 09:15", """Hi Moira,

That's all sorted: December is paused on your membership, January goes out as normal in the second week of the month, and it'll go to Alder Close - the new address is on your account now.

Have a wonderful trip!

Callum""")),

    C("y03-brioche-workshop-inline", "en", "pending", {},
      "Hazel Robson <hazel.robson@example.com>", "iphone", "Brioche workshop on the 28th",
      "Three pre-workshop questions (yarn included, needles, step-free access) answered inline under the quoted lines; thanks-only reply.",
      cu("11-16 20:41", """Hi, I've booked onto the beginners' brioche workshop on Saturday 28th (booking ref W-3310). A few questions before I come:
Is the yarn included in the price?
What needles should I bring?
Is the studio step-free? I use a rollator these days.
Thanks, Hazel

Sent from my iPhone"""),
      ag("nessa", "11-17 09:30", """Hi Hazel,

Lovely to have you with us - answers below.

> Is the yarn included in the price?

It is. Your kit has two skeins of our Cheviot DK in contrasting shades, and you keep whatever you don't use.

> What needles should I bring?

A 4.5 mm circular, 60 cm long. If you haven't got one, we'll lend you one on the day.

> Is the studio step-free? I use a rollator these days.

Yes. The studio is on the ground floor of the mill; come in by the side door next to the car park, which has a ramp, and there's an accessible loo beside the studio.

See you on the 28th,
Nessa""", quote=False),
      cu("11-17 10:02", """Perfect, thank you! Hazel

Sent from my iPhone""", thanks=True)),

    C("y04-purl-and-pine-trade-terms", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Ellen Marsh <ellen@purlandpine.example>", "outlook", "Stocking your Cheviot DK",
      "Yarn shop asks about trade terms; the three questions are answered with figures, but the price list promised 'by Monday' only comes after the shop chases on Thursday.",
      cu("11-05 10:20", """Dear Fenwick Mill team,

I run Purl & Pine, a small yarn shop in Keswick, and several customers have asked for your Cheviot DK. I'd love to stock it. What is your minimum first order for trade? What discount do you give to shops? And do you do shade cards we could keep on the counter?

Best wishes,
Ellen Marsh
Purl & Pine, 8 Lake Road, Keswick
www.purlandpine.example"""),
      ag("gareth", "11-05 14:05", """Dear Ellen,

Thank you - we'd be delighted to see the Cheviot in Keswick. A first trade order is £250 minimum (£150 after that), at half our retail prices, and shade cards are £12 each to trade, with real snippets of every shade.

I'll email you the full trade price list and our terms by Monday.

Kind regards,
Gareth""", promises=[("11-09", 4)]),
      cu("11-12 09:50", """Hi Gareth,

Just checking in - did the trade price list go out? Nothing has arrived here, and I've looked in the spam folder.

Ellen""", chase=True),
      ag("gareth", "11-12 11:15", """Dear Ellen,

Apologies - it's attached now, together with our trade terms (30 days from invoice after the first order, which is paid up front).

Kind regards,
Gareth""", attach=[("application/pdf", "fenwick-trade-2026-27.pdf", TRADE_PDF)])),

    C("y05-whinfell-rang-34", "fr", "closed", {"unanswered-question": 1},
      "Claire Vasseur <claire.vasseur@example.fr>", "apple_fr", "Gilet Whinfell - erreur au rang 34 ?",
      "French knitter: the erratum is confirmed with a corrected PDF, the French translation question answered ('pas encore, au printemps'); the machine-wash question is skipped.",
      cu("11-09 21:14", """Bonjour,

Je tricote le gilet Whinfell en taille M et je bloque au rang 34 du dos : le modèle annonce 112 mailles, mais j'en compte 108 après les diminutions, et j'ai recompté trois fois. Est-ce une erreur dans le patron ?

Existe-t-il une version française du modèle ? Je me débrouille en anglais, mais les abréviations me donnent du fil à retordre (sans mauvais jeu de mots).

Pourriez-vous aussi me dire si le Tweed Fell se lave en machine, sur un programme laine ?

Merci d'avance,
Claire Vasseur""", uq=1, tz=1),
      ag("aurelie", "11-10 09:40", """Bonjour Claire,

Vous avez raison, et je suis désolée : c'est bien 108 mailles en taille M au rang 34, l'erreur s'est glissée dans la version 2 du modèle. Je vous joins le PDF corrigé (version 2.1) ; les autres tailles sont justes.

Pour la traduction, pas encore, hélas : une version française de nos modèles les plus demandés est prévue pour le printemps, et le Whinfell en fera partie.

Belle journée,
Aurélie""", attach=[("application/pdf", "whinfell-v2-1.pdf", ERRATA_PDF)])),

    C("y06-club-parcel-stuck-gateshead", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Sunita Rao <sunita.rao@example.com>", "gmail", "November club parcel not arrived",
      "Club parcel stuck at a delivery office; only the helpdesk acknowledgement answers; the customer chases four days later and still has no reply.",
      cu("11-13 08:02", """Hi,

My November yarn club parcel still hasn't turned up. The tracking (RM 4471 2290 8GB) has said "at Gateshead delivery office" since 6 November and hasn't moved. Could you please look into it, and if it's lost, send another one?

Thanks,
Sunita Rao
Club member C-2044"""),
      ack("11-13 08:03"),
      cu("11-17 12:30", """Hello? I haven't heard anything back about this apart from the automatic reply. It's now two weeks since the parcel got stuck.

Sunita""", chase=True)),

    C("y07-birthday-gift-voucher", "en", "pending", {},
      "Tom Ashworth <tom.ashworth@example.org>", "gmail", "Gift voucher for my sister",
      "Three voucher questions answered in two sentences, out of order (validity and email delivery together, the send date after).",
      cu("11-16 13:10", """Hello,

I'd like to buy a £50 gift voucher for my sister, who has just learned to knit. Can it be emailed rather than posted, and can I choose the day it arrives? Her birthday is 3 December. Oh, and how long is it valid for?

Best,
Tom Ashworth"""),
      ag("bryony", "11-16 15:25", """Hi Tom,

What a lovely present. Vouchers are emailed and valid for two years. At checkout there's a 'send on' date - pick 3 December and it lands in her inbox at 8am that morning.

Bryony""")),

    C("y08-sturmgrau-farbpartie", "de", "closed", {"unanswered-question": 1},
      "Annegret Pohl <annegret.pohl@example.de>", "outlook_de", "Bestellung FM-40902 - falsche Farbpartie",
      "German customer got two skeins from another dye lot: replacement and 'keep them' answered together; her request for an invoice showing VAT is ignored.",
      cu("11-03 08:15", """Sehr geehrte Damen und Herren,

heute ist meine Bestellung FM-40902 angekommen, vielen Dank. Leider stammen zwei der acht Stränge "Sturmgrau" aus einer anderen Farbpartie (2307 statt 2298), und der Unterschied ist deutlich zu sehen.

Können Sie mir zwei Stränge aus Partie 2298 nachschicken? Muss ich die beiden falschen zurücksenden oder darf ich sie behalten? Außerdem hätte ich gern eine Rechnung mit ausgewiesener Mehrwertsteuer, da ich die Wolle für meinen Strickkurs gewerblich nutze.

Mit freundlichen Grüßen
Annegret Pohl""", uq=1, tz=1),
      ag("dieter", "11-03 10:30", """Sehr geehrte Frau Pohl,

das tut mir leid - beim Packen ist uns die neue Partie dazwischengerutscht. Zwei Stränge Sturmgrau aus Partie 2298 gehen heute mit der Post an Sie raus, und die beiden anderen behalten Sie bitte einfach, vielleicht für Mützen oder Bündchen.

Viele Grüße
Dieter Kramm""")),

    C("y09-fellside-kit-swap", "en", "closed", {},
      "Gwen Pattinson <gwen.pattinson@example.net>", "thunderbird", "Change of colour - Fellside shawl kit",
      "A self-answered question (where is the order number? - found it), a colour swap and a dispatch question answered with logistics; thanks-only close.",
      cu("11-04 11:02", """Hi Bryony (I think it was you who helped me last time?),

I ordered the Fellside shawl kit on Sunday and I've had second thoughts about the colour. Where would I find the order number? Ah - never mind, it's at the top of the confirmation: FM-41102. Could you swap the Ember for Lichen? I keep picturing it with my green coat.

And will it still go out this week? It's for my mother-in-law's birthday on the 14th.

Cheers,
Gwen Pattinson"""),
      ag("bryony", "11-04 14:20", """Hi Gwen - it was indeed!

Swapped: Lichen is in and the Ember is back on the shelf. Same price, and your kit goes out with Thursday's post, so it'll be with you well before the 14th.

Bryony"""),
      cu("11-04 15:00", """Thank you, you're a star.
G""", thanks=True)),

    C("y10-envios-canarias", "es", "closed", {"missed-follow-up": 1},
      "Marta Quintana <marta.quintana@example.es>", "gmail_es", "Envíos a Canarias",
      "Customer in Gran Canaria: shipping and transit time answered; the duty/IGIC question deferred to 'el miércoles' and never answered.",
      cu("11-09 10:05", """Hola,

Vivo en Las Palmas de Gran Canaria y me encantan vuestros colores. ¿Hacéis envíos a Canarias? ¿Cuánto suelen tardar? Y quería saber si tendré que pagar algo al recibir el paquete, porque con otras tiendas del Reino Unido me han cobrado aduanas e IGIC.

Un saludo,
Marta Quintana"""),
      ag("lucia", "11-09 12:30", """Hola Marta,

¡Sí, enviamos a Canarias! Con el envío estándar tarda unos 8-12 días laborables y cuesta 9,50 £.

Lo de las aduanas y el IGIC prefiero confirmarlo con nuestro transportista para no decirte algo incorrecto; te escribo el miércoles con la respuesta.

Un saludo,
Lucía""", promises=[("11-11", None)])),

    C("y11-dyeing-day-transfer", "en", "closed", {"missed-follow-up": 1, "customer-chased": 2},
      "Valerie Dunmore <v.dunmore@example.co.uk>", "owa", "Natural dyeing day 21 November",
      "Transfer to a spring date promised 'by Friday'; the customer follows up twice before the answer arrives a week late.",
      cu("11-02 09:05", """Hello,

I'm booked on the natural dyeing day on Saturday 21 November (ref W-3188), but my daughter's wedding has been moved to that weekend. Could I transfer my place to a spring date instead? If there's no spring date, I'd like a refund please.

Kind regards,
Valerie Dunmore"""),
      ag("nessa", "11-03 08:40", """Hi Valerie,

Congratulations to your daughter! Jo, who teaches the dyeing days, is finalising the spring dates this week - I'll check with her and get back to you by Friday.

Nessa""", promises=[("11-06", 5)]),
      cu("11-10 10:15", """Hi Nessa,

Just following up on this - have the spring dates been set yet?

Valerie""", chase=True),
      cu("11-12 16:40", """Hello again,

I'm still waiting to hear about my transfer. The workshop is next week now, so I'd really like this sorted one way or the other.

Valerie""", chase=True),
      ag("nessa", "11-13 09:10", """Hi Valerie,

I'm so sorry for the silence. Jo has set the spring dates at last and I've moved your place to Saturday 20 March, same times - there's nothing you need to do, and your booking ref stays W-3188.

Nessa""")),

    C("y12-expired-pattern-links", "en", "pending", {},
      "Dawn Fairbairn <dawn.fairbairn@example.com>", "gmail", "Pattern download links expired",
      "HTML-only request for fresh download links, answered with the two links and nothing else to speak of.",
      cu("11-18 19:22", """Hi,

I bought the Tarn socks and the Coquet hat patterns back in March and I've just got a new laptop. The download links in the original email say "link expired". Could you send me fresh ones?

Thank you!
Dawn Fairbairn""", kind="html"),
      ag("priya", "11-19 08:50", """Hi Dawn,

Here you go - both work for 30 days, and they're in your account under My patterns too:

Tarn socks: https://fenwickmillyarns.example/dl/tarn-socks?key=8f31c2
Coquet hat: https://fenwickmillyarns.example/dl/coquet-hat?key=b07e44

Priya""")),

    C("y13-allendale-cable-needle", "en", "closed", {},
      "Fran Heslop <fran.heslop@example.org>", "gmail", "Cable needle for the Allendale",
      "Question answered; the customer's own out-of-office reply lands in the thread a minute later.",
      cu("11-05 13:30", """Hello,

Which cable needle would you recommend for the Allendale aran? The pattern just says "cn" and I've only got a huge plastic one.

Fran Heslop"""),
      ag("priya", "11-05 15:10", """Hi Fran,

For the Allendale, a 4 mm wooden or bamboo cable needle with a kink in the middle - plastic ones are slippery with our woollen-spun yarn. We sell them for £3.50, or a spare 4-5 mm double-pointed needle does the job just as well.

Priya"""),
      auto("11-05 15:11", """Thank you for your email. I am on leave until Monday 16 November and will reply when I'm back.

Fran Heslop
Hexham Library""", quote=False, subject="Automatic reply: Re: Cable needle for the Allendale")),

    C("y14-cheviot-for-a-child", "en", "pending", {"unanswered-question": 2},
      "Lorna Craig <lorna.craig@example.net>", "iphone", "Cheviot DK for my daughter",
      "Four questions in one paragraph; the reply covers mulesing and the Cheviot/BFL difference, and skips superwash and samples.",
      cu("11-16 07:55", """Hi there

I'm looking at the Cheviot DK for a jumper for my daughter, who is 9. Is it mulesing-free? Does it have any superwash treatment? She reacts to some wools (itchy, not a proper allergy) - do you have any samples I could get her to try first? And what's the actual difference between the Cheviot and your Bluefaced Leicester DK, apart from the price?

Thanks
Lorna

Sent from my iPhone""", uq=2),
      ag("priya", "11-16 11:20", """Hi Lorna,

All our wool comes from farms within 40 miles of the mill, and mulesing isn't practised in the UK at all, so no worries there.

Cheviot is a springy, slightly crisp wool with lots of bounce - great for textured jumpers that hold their shape. BFL has a longer, silkier fibre with a soft lustre and feels noticeably gentler against the skin, which is why it costs a bit more. For a child who finds some wools itchy, BFL is usually the safer bet.

Priya""")),

    C("y15-club-charged-twice", "en", "closed", {},
      "Iain Murdoch <iain.murdoch@example.com>", "outlook", "Charged twice for November club",
      "Duplicate payment: Callum promises that Gareth will be in touch by tomorrow, and Gareth confirms the refund the next day (a promise kept by a colleague); thanks-only close.",
      cu("11-02 08:30", """Hi,

I've been charged twice for my November yarn club payment - two lots of £24.00 on 1 November on my bank statement. Please refund the duplicate.

Thanks,
Iain Murdoch"""),
      ag("callum", "11-02 10:05", """Hi Iain,

Sorry about that - I can see both payments. I've asked Gareth in accounts to reverse the second one; he'll be in touch by tomorrow to confirm.

Callum""", promises=[("11-03", 3)]),
      ag("gareth", "11-03 11:30", """Dear Iain,

The duplicate £24.00 was refunded to your card this morning (reference RF-7713). Depending on your bank it can take three to five working days to show.

Kind regards,
Gareth"""),
      cu("11-03 12:00", """Great, thanks both.

Iain""", thanks=True)),

    C("y16-atelier-prive-lille", "fr", "closed", {},
      "Hélène Dubreuil <helene.dubreuil@example.fr>", "gmail", "Atelier privé pour un groupe",
      "French knitting group asks about a private workshop; prices and January Saturdays deferred with 'je reviens vers vous d'ici jeudi', delivered on Thursday.",
      cu("11-10 14:25", """Bonjour,

Nous sommes un petit groupe de tricoteuses de Lille (huit personnes) et nous venons chaque année faire un séjour dans le Northumberland. Proposez-vous des ateliers privés pour un groupe comme le nôtre ? Quels seraient les tarifs ? Et serait-il possible de le faire un samedi de janvier ?

Bien cordialement,
Hélène Dubreuil""", tz=1),
      ag("aurelie", "11-10 16:05", """Bonjour Hélène,

Avec plaisir ! Nous organisons des ateliers privés à partir de six personnes, à la filature même.

Pour les tarifs et les samedis libres en janvier, je dois d'abord voir avec nos formatrices : je reviens vers vous d'ici jeudi.

Bien à vous,
Aurélie""", promises=[("11-12", 3)]),
      ag("aurelie", "11-12 10:20", """Bonjour Hélène,

Comme promis : l'atelier privé revient à 45 £ par personne (laine, thé et gâteaux compris), et nos formatrices sont libres les samedis 16 et 23 janvier. Dites-moi la date qui vous convient et je la bloque.

Bien à vous,
Aurélie""", parent=2)),

    C("y17-black-friday-question", "en", "open", {"awaiting-reply": 1},
      "Jo Carrick <jo.carrick@example.co.uk>", "gmail", "Black Friday?",
      "Sale questions acknowledged by the helpdesk only; no human reply after two days.",
      cu("11-18 09:40", """Hiya,

Are you doing a Black Friday sale this year, and if so which days? And do club members get anything extra? I've got my eye on the Tarset kit and don't want to buy it now if it'll be cheaper next week!

Jo Carrick"""),
      ack("11-18 09:41")),

    C("y18-aufzeichnung-online-workshop", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Jana Leitner <jana.leitner@example.de>", "gmail_de", "Online-Workshop Norwegermuster - Aufzeichnung?",
      "'Ich kläre das mit ihr und melde mich morgen' is not kept; the customer asks 'gibt es schon etwas Neues?' and is still waiting.",
      cu("11-11 18:20", """Hallo,

ich habe mich für den Online-Workshop "Norwegermuster für Einsteiger" am 5. Dezember angemeldet. Leider kann ich erst ab 11 Uhr (deutscher Zeit) dabei sein. Gibt es eine Aufzeichnung, die man sich hinterher ansehen kann? Und wie lange wäre die verfügbar?

Viele Grüße
Jana Leitner""", tz=1),
      ag("dieter", "11-12 09:05", """Hallo Frau Leitner,

gute Frage - bei den Präsenzkursen gibt es keine Aufzeichnung, beim Online-Workshop bin ich mir nicht sicher, ob Nessa ihn dieses Mal aufzeichnet. Ich kläre das mit ihr und melde mich morgen bei Ihnen.

Viele Grüße
Dieter Kramm""", promises=[("11-13", None)]),
      cu("11-16 20:10", """Hallo Herr Kramm,

gibt es schon etwas Neues wegen der Aufzeichnung? Ich warte noch auf Ihre Rückmeldung, und die Anmeldung lässt sich nur bis zum 25. kostenlos stornieren.

Viele Grüße
Jana Leitner""", chase=True, tz=1)),

    C("y19-fell-aran-gauge", "en", "pending", {},
      "Sam Forster <sam.forster@example.com>", "gmail", "Gauge for the Fell aran",
      "A rhetorical complaint about gauge and one real question, answered with just a needle size and a tip; multipart/alternative.",
      cu("11-17 21:05", """Quick one - I'm swatching for the Fell aran and getting 16 stitches to 10cm on the 5mm needles the pattern says, not 18. Why is gauge always the hardest part of any jumper? Should I go down to 4.5 or straight to 4? I knit quite loosely I think.

Sam""", kind="alt"),
      ag("priya", "11-18 09:15", """Hi Sam,

4 mm. Two stitches over 10 cm is a big gap, and half a millimetre usually only moves you about one stitch. Wash and dry the new swatch before you measure, as the Fell blooms a little.

Priya""")),

    C("y20-shipping-to-vermont", "en", "pending", {"missed-follow-up": 1},
      "Karen Whitcomb <karen.whitcomb@example.com>", "gmail", "Shipping to the US",
      "US customer: shipping cost answered, the import-duty answer promised for 'tomorrow' arrives a day late.",
      cu("11-15 20:30", """Hello from Vermont!

A friend brought me back some of your Bluefaced Leicester and I'm hooked. Do you ship to the US, and what does it cost? I'd also like to know whether I'll have to pay import duty on my end - I've read conflicting things since the rules changed.

Thanks!
Karen Whitcomb""", tz=-5),
      ag("bryony", "11-16 10:10", """Hi Karen,

We do - tracked airmail to the US is £14.50 for up to 1 kg and usually takes 7-10 days.

On duty I don't want to guess, as the rules have changed a few times this year. I'll find out exactly what applies to yarn parcels and email you tomorrow.

Bryony""", promises=[("11-17", 3)]),
      ag("bryony", "11-18 14:30", """Hi Karen,

Sorry this took an extra day. Our carrier confirms parcels to the US are charged duty plus a handling fee on delivery; for a typical £60 order of wool yarn that comes to around $9-12, which the courier collects before handing the parcel over.

Bryony""", parent=2)),

    C("y21-club-gift-for-mum", "en", "pending", {"unanswered-question": 1},
      "Alison Crane <alison.crane@example.org>", "gmail", "Yarn club as a gift",
      "Gift subscription: January start and gift message answered; the request to send receipts and invoices to the buyer is not.",
      cu("11-17 12:45", """Hello,

I'd like to buy a three-month yarn club subscription as a present for my mum, who's been knitting for sixty years and has everything except your yarn. Could it start in January rather than December, as she's away over Christmas? Can I add a little gift message to the first parcel? And could the receipt and invoices come to me rather than to her address, so she doesn't see what I paid?

Thanks ever so much,
Alison Crane""", uq=1),
      ag("callum", "11-17 15:00", """Hi Alison,

What a lovely gift. A January start is no problem - choose 'Gift: start January' at checkout, and there's a box for your message, which we handwrite on a card in the first parcel.

Callum""")),

    C("y22-saltmarsh-or-driftwood", "en", "closed", {},
      "Beth Ridley <beth.ridley@example.net>", "gmail", "Wrong colour in order FM-40988?",
      "Photo of a mislabelled skein attached; replacement sent (logistics, not a promise); thanks-only close.",
      cu("11-05 16:20", """Hi,

My order FM-40988 came today - thank you - but one of the skeins labelled Saltmarsh looks a lot like Driftwood to me (photo attached: the one from the order is on the left, my old Saltmarsh on the right). Could you send me the right colour?

Beth""", attach=[("image/png", "IMG_2291.png", SKEIN_PNG)]),
      ag("bryony", "11-06 09:30", """Hi Beth,

You've got a good eye - that's Driftwood with the wrong label on it. A skein of Saltmarsh went out first class this morning; please keep the Driftwood with our apologies.

Bryony"""),
      cu("11-06 10:02", """Oh that's kind, thank you!

Beth""", thanks=True)),

    C("y23-baja-club-factura", "es", "pending", {"unanswered-question": 1},
      "Rocío Benavente <rocio.benavente@example.es>", "outlook", "Baja del club de lana",
      "Spanish club member cancels: cancellation and 'no penalty' answered; the request to send the missing November invoice is ignored.",
      cu("11-16 18:30", """Buenas tardes:

Quiero darme de baja del club de lana a partir de enero; este año vamos muy justos y no me da tiempo a tejer todo lo que llega. ¿Tengo que pagar alguna penalización por cancelar antes de los doce meses? Y por favor, envíenme la factura de noviembre, que no me ha llegado por correo.

Gracias y un saludo,
Rocío Benavente""", uq=1, tz=1),
      ag("lucia", "11-17 10:00", """Hola Rocío,

Entendido, y gracias por estos meses con nosotras. Tu suscripción termina con el paquete de diciembre y no hay ninguna penalización: el club se puede cancelar cuando quieras. Si más adelante te apetece volver, tu número de socia sigue guardado.

Un saludo,
Lucía""")),

    C("y24-felted-bracken-reopened", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Neil Ogden <neil.ogden@example.co.uk>", "thunderbird", "Damaged skeins of Fell Aran",
      "Water-damaged skeins replaced and the case marked resolved; two weeks later the replacements are from another lot - 'any 2290 left?' answered, 'how to blend the lots' skipped.",
      cu("11-03 10:40", """Hello,

The two skeins of Fell Aran in Bracken I received are badly felted in places, as if they got wet in transit - the ball bands are water-stained too. Can you replace them?

Neil Ogden"""),
      ag("bryony", "11-03 13:15", """Hi Neil,

Sorry about that - the courier's van had a leaky roof that week and we've had a couple of these. Two fresh skeins went out today by first class, no need to send the others back. I'll mark this as resolved, but do shout if anything else is wrong.

Bryony""", closes=True),
      cu("11-16 09:20", """Hi Bryony,

The replacements came, thank you, but they're from a different dye lot (2315) than the rest of my jumper (2290), and it shows in daylight. Is there any 2290 left? And could you tell me the best way to blend the two lots if not?

Neil""", uq=1),
      ag("bryony", "11-16 14:00", """Hi Neil,

I'm afraid 2290 sold out last week - there's none left anywhere in the mill.

Bryony""")),

    C("y25-wool-shed-club-boxes", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Martin Bell <martin@woolshed-alnwick.example>", "owa", "Club boxes for the shop",
      "Numbered questions from a yarn shop handled by three agents (shade cards, trade price of boxes, trade account); sale-or-return is never addressed.",
      cu("11-16 10:00", """Hello,

I'm the buyer for The Wool Shed in Alnwick, and we'd like to sell your yarn club boxes in the shop as Christmas presents. A few questions:

1. Can we buy club boxes at trade price to resell?
2. Could you send us 20 shade cards before the Christmas market on 28 November?
3. Do you offer sale-or-return on the boxes?

Regards,
Martin Bell
The Wool Shed, Alnwick""", uq=1),
      ag("bryony", "11-16 12:10", """Hi Martin,

I've passed the club boxes to Callum, who runs the club, and the trade side to Gareth. On the shade cards: 20 are packed and go out with tomorrow's collection, so you'll have them well before the market.

Bryony"""),
      ag("callum", "11-16 15:30", """Hi Martin,

Yes - the three-month gift boxes are available to shops at £54 instead of £72, in the Christmas wrap.

Callum""", parent=2),
      ag("gareth", "11-17 09:45", """Dear Martin,

I've opened a trade account for The Wool Shed: your number is T-0419, and invoices are on 30-day terms.

Kind regards,
Gareth""", parent=3)),

    C("y26-commande-express-relance", "fr", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Sophie Marchetti <sophie.marchetti@example.fr>", "apple_fr", "Commande FM-40711 - pas de nouvelles",
      "Express order without tracking: no reply for two days, 'Je me permets de vous relancer' with a new request to refund express postage; the reply gives tracking only.",
      cu("11-09 11:30", """Bonjour,

J'ai passé commande le 30 octobre (FM-40711), avec livraison express parce que c'est pour un cadeau, et je n'ai reçu ni le colis ni de numéro de suivi. Pouvez-vous me dire où en est ma commande ?

Cordialement,
Sophie Marchetti""", tz=1),
      cu("11-11 09:00", """Bonjour,

Je me permets de vous relancer au sujet de ma commande FM-40711, toujours pas arrivée. Pouvez-vous aussi me rembourser les frais de port express, puisque le colis n'arrivera de toute façon pas à temps ?

Cordialement,
Sophie Marchetti""", chase=True, uq=1, tz=1),
      ag("aurelie", "11-11 10:40", """Bonjour Sophie,

Toutes mes excuses pour ce silence. Votre colis est parti le 2 novembre, mais le transporteur l'a retenu une semaine à sa plateforme de Roissy ; il est de nouveau en route. Voici le suivi : https://track.example/FM40711?lang=fr

Bien cordialement,
Aurélie""")),

    C("y27-tynedale-guild-charity-quote", "en", "pending", {},
      "Margaret Oliver <treasurer@tynedaleknitters.example>", "gmail", "Quote for 40 skeins - charity blankets",
      "Charity discount and delivery date answered; the formal quote is promised for Tuesday 24 November, still ahead at audit time.",
      cu("11-18 14:10", """Good afternoon,

I hope the new dye house is up and running! Our knitting guild (Tynedale Knitters) is making blankets for the women's refuge in Hexham. Could you quote for 40 skeins of Cheviot DK in Natural? We're a registered charity (no. 1187702), and I was wondering whether you give a charity discount. And is delivery by 10 December realistic?

With thanks,
Margaret Oliver
Treasurer, Tynedale Knitters"""),
      ag("gareth", "11-19 10:30", """Dear Margaret,

What a good cause. 10 December is no problem, and yes - we take 15 % off for registered charities. I'll send you the formal quote on Tuesday, once the next batch of Natural is off the winding machine and I can confirm all 40 skeins come from one lot.

Kind regards,
Gareth""", promises=[("11-24", None)])),

    C("y28-tarset-kit-return", "en", "closed", {},
      "Graham Lowes <graham.lowes@example.com>", "outlook", "Returning an unopened kit",
      "Three return questions answered with a booked collection (logistics: 'the courier collects on Wednesday') and the refund process; a suggestion instead of the kit; thanks-only close.",
      cu("11-04 09:50", """Hello,

I've decided the Tarset pullover is a bit ambitious for my first jumper, so I'd like to return the kit - it's unopened. How do I go about sending it back? Do you pay the return postage? And how long does the refund usually take?

Thank you,
Graham Lowes"""),
      ag("bryony", "11-04 11:30", """Hi Graham,

No problem at all. We've booked a free Evri collection from your address - the courier collects on Wednesday 11th any time between 9 and 5, so just leave the kit in its box with the order number written on top. The refund goes back to your card as soon as the parcel is scanned in here, usually within a week of collection.

If you fancy something gentler for a first jumper, the Coquet raglan is knitted top-down in one piece.

Bryony"""),
      cu("11-04 12:15", """That's very kind, thank you. I'll have a look at the Coquet!

Graham""", thanks=True)),

    C("y29-hareshaw-child-size", "en", "open", {},
      "Ciara Byrne <ciara.byrne@example.ie>", "gmail", "Hareshaw mitts sizes",
      "A fresh question on the morning of the audit, acknowledged by the helpdesk; still inside the response target.",
      cu("11-20 08:45", """Hi,

Could you tell me whether the Hareshaw mitts pattern includes a child size? And roughly how many metres do I need for an adult medium pair?

Thanks,
Ciara"""),
      ack("11-20 08:46")),

    C("y30-cancel-fm-41377-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Paul Kendrick <paul.kendrick@example.co.uk>", "outlook", "Cancel order FM-41377",
      "Cancellation request acknowledged by the helpdesk, then resent word for word as a new mail two days later; the reply cancels the order.",
      cu("11-09 14:20", """Hello,

Please cancel order FM-41377 - I ordered the 4-ply instead of the DK by mistake. I'll re-order the right one once it's cancelled.

Thanks,
Paul Kendrick"""),
      ack("11-09 14:21"),
      cu("11-11 15:05", """Hello,

Please cancel order FM-41377 - I ordered the 4-ply instead of the DK by mistake. I'll re-order the right one once it's cancelled.

Thanks,
Paul Kendrick""", chase=True, parent=0),
      ag("bryony", "11-11 16:30", """Hi Paul,

Sorry for the slow reply - FM-41377 is cancelled and the £38.40 is back on your card. It hadn't been packed yet, so nothing will arrive.

Bryony""")),

    C("y31-faerbekurs-dezember", "de", "closed", {},
      "Matthias Brandt <m.brandt@example.de>", "thunderbird_de", "Färbekurs am 12. Dezember",
      "Three practical questions about a dyeing course answered inline in German, each in its own words.",
      cu("11-05 19:45", """Guten Tag,

ich bin im Dezember bei Freunden in Newcastle und würde gern Ihren Färbekurs am 12. Dezember besuchen. Dazu ein paar Fragen:

Wie lange dauert der Kurs ungefähr?
Muss ich Handschuhe oder eine Schürze mitbringen?
Gibt es vor Ort etwas zu essen, oder sollte ich mir etwas mitnehmen?

Vielen Dank und herzliche Grüße
Matthias Brandt""", tz=1),
      ag("dieter", "11-06 09:20", """Guten Tag Herr Brandt,

schön, dass Sie dabei sein möchten! Meine Antworten direkt unter Ihren Fragen:

> Wie lange dauert der Kurs ungefähr?

Von 10 bis etwa 16 Uhr.

> Muss ich Handschuhe oder eine Schürze mitbringen?

Nein, beides liegt für Sie bereit. Ziehen Sie aber besser nichts an, um das es Ihnen leid täte.

> Gibt es vor Ort etwas zu essen, oder sollte ich mir etwas mitnehmen?

Mittagessen (Suppe und Brot aus dem Dorfcafé) ist im Preis enthalten. Sagen Sie mir nur Bescheid, falls Sie etwas nicht vertragen.

Herzliche Grüße
Dieter Kramm""", quote=False)),

    C("y32-birthday-parcel-tracking", "en", "pending", {"missed-follow-up": 1},
      "Rachel Dunn <rachel.dunn@example.com>", "iphone", "Has my order gone out?",
      "Worried customer told the parcel is packed; the tracking number promised 'by the end of the day' never comes.",
      cu("11-18 08:10", """Hi, has my order FM-41520 gone out yet? It's a birthday present for Saturday and I'm getting nervous!

Rachel

Sent from my iPhone"""),
      ag("bryony", "11-18 11:05", """Hi Rachel,

It's packed and sitting in the dispatch tray for this afternoon's collection. I'll email you the tracking number by the end of the day so you can keep an eye on it.

Bryony""", promises=[("11-18", None)])),

    C("y33-winter-kal-list", "en", "pending", {"unanswered-question": 2},
      "Megan Brooke <megan.brooke@example.org>", "gmail", "Winter KAL questions",
      "Four numbered knit-along questions; start date and yarn weight answered in prose, the discount code and the chat space skipped.",
      cu("11-16 20:15", """Hi!

I'm really excited about the winter knit-along. I've got a few questions:

1. When does it start exactly? The Instagram post just said "January".
2. Is there a discount code for the KAL yarn?
3. Can I knit it in DK instead of aran if I size up?
4. Will there be somewhere to chat with the others - a forum or Discord?

Thanks!
Megan Brooke""", uq=2),
      ag("priya", "11-17 09:30", """Hi Megan,

Cast-on day is Saturday 9 January, and the first clue goes out at 9am that morning.

DK works if you follow the instructions two sizes up on 4 mm needles - plenty of people did that last year and the results were lovely.

Priya""")),

    C("y34-taller-calcetines-grabacion", "es", "closed", {},
      "Gabriela Orozco <gabriela.orozco@example.mx>", "gmail_es", "Grabación del taller de calcetines",
      "Mexican customer (base64 body) asks about the recording and Spanish subtitles; 'Sí a las dos cosas' answers both at once.",
      cu("11-04 18:30", """Hola:

Me inscribí al taller online de calcetines de la semana pasada, pero no pude conectarme en directo por el trabajo. ¿Se puede ver la grabación? ¿Y tiene subtítulos en español? Mi inglés hablado no es muy bueno.

Muchas gracias,
Gabriela Orozco
Guadalajara, México""", tz=-6, cte="base64"),
      ag("lucia", "11-05 09:15", """Hola Gabriela,

Sí a las dos cosas: la grabación está en tu cuenta (apartado «Mis talleres») durante tres meses, y en el reproductor puedes activar los subtítulos en español con el botón CC.

Un abrazo,
Lucía""")),

    C("y35-free-postage-threshold", "en", "closed", {"missed-follow-up": 1},
      "Declan O'Hare <declan.ohare@example.co.uk>", "gmail", "Postage charged on order FM-41290",
      "The Northern Ireland question is answered; the wrongly charged postage is deferred with 'I'll look into it ... and get back to you' (no deadline) and never followed up.",
      cu("11-09 12:00", """Hi,

I was charged £3.95 postage on order FM-41290 even though it came to £61.50, and your site says free UK delivery over £50. Why was I charged, and can the postage be refunded? Also, does the free-delivery threshold apply to Northern Ireland as well?

Thanks,
Declan O'Hare"""),
      ag("bryony", "11-09 15:40", """Hi Declan,

Northern Ireland is included - it's all UK addresses.

On the postage charge, I'm not sure what happened there, as the basket should have qualified. I'll look into it with our web people and get back to you.

Bryony""", promises=[("window", None)])),

    C("y36-club-chaussettes-demenagement", "fr", "pending", {"unanswered-question": 1},
      "Nathalie Gerber <nathalie.gerber@example.fr>", "gmail", "Changement d'adresse - club chaussettes",
      "French club member moving house: the address change is confirmed, but the reply tells her when the November parcel left instead of whether December's leaves before Christmas.",
      cu("11-17 09:10", """Bonjour,

Je suis abonnée au club chaussettes depuis l'été. Nous déménageons le 1er décembre : pourriez-vous envoyer les prochains colis au 7 rue des Tanneurs, 67000 Strasbourg ? Et est-ce que le colis de décembre partira avant Noël ? J'aimerais l'offrir à ma sœur.

Merci beaucoup,
Nathalie Gerber""", uq=1, tz=1),
      ag("aurelie", "11-17 14:30", """Bonjour Nathalie,

C'est noté : à partir du colis de décembre, tout partira rue des Tanneurs à Strasbourg. Votre colis de novembre, lui, est parti le 12 novembre à l'ancienne adresse, avec le suivi habituel.

Bien à vous,
Aurélie""")),

    C("y37-coquet-raglan-increases", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Kirsty Nairn <kirsty.nairn@example.net>", "gmail", "Coquet raglan - increases",
      "m1L explained, the raglan-line width question skipped; the customer's next question (sleeve separation) has had no reply for two days.",
      cu("11-16 10:30", """Hello,

I'm knitting the Coquet raglan and I'm confused by the increase rows. Does "m1L" mean lift the bar and knit it through the back loop? And should the raglan lines be 2 stitches or 4 wide? The chart and the text seem to disagree.

Kirsty Nairn""", uq=1),
      ag("priya", "11-16 13:15", """Hi Kirsty,

Yes - pick up the bar from front to back with the left needle and knit it through the back loop; that leans it to the left.

Priya"""),
      cu("11-18 19:40", """Thanks Priya, that worked. Now I'm at the sleeve separation - do I put the sleeve stitches on waste yarn before or after the last increase round?

Kirsty""")),

    C("y38-peat-kit-coming-soon", "en", "closed", {},
      "Lydia Fenn <lydia@lydiafenn.example>", "outlook", "Allendale kit in Peat",
      "A 'coming soon' kit reserved for the customer; her signature carries 'Need a tech editor?' and a '?' URL, also in her thanks-only reply.",
      cu("11-02 15:00", """Hello,

Can I still order the Allendale aran kit in the Peat colourway? It's shown as 'coming soon' on the site.

Best,
Lydia Fenn
Pattern tester & designer
Need a tech editor? https://lydiafenn.example/services?ref=email-sig"""),
      ag("bryony", "11-02 16:10", """Hi Lydia,

Peat is back from the dyehouse on Friday and the kits go live that afternoon. I've put one aside for you as a reserved order (FM-41007), and the payment link comes by email when it's ready to go.

Bryony"""),
      cu("11-02 16:30", """Amazing, thank you!

Lydia Fenn
Pattern tester & designer
Need a tech editor? https://lydiafenn.example/services?ref=email-sig""", thanks=True)),

    C("y39-grandmothers-blanket", "en", "closed", {"unanswered-question": 1},
      "Christine Dodd <christine.dodd@example.org>", "thunderbird", "Old Bracken colour",
      "Two requests buried in one long story paragraph; the reply suggests a matching shade and offers a snippet card, but never says how many skeins the blanket needs.",
      cu("11-03 20:30", """Dear Fenwick Mill,

My grandmother knitted every one of us a blanket in your old double knit back in the seventies - she lived in Haydon Bridge and used to walk to the mill shop on a Saturday - and mine has finally worn through after forty-odd years of being dragged from house to house, washed far too hot and chewed by at least two dogs. I'd love to knit my own daughter one in the same spirit, and I was wondering whether you still make anything in the old Bracken colour, or something close to it, because the rust-and-gold of that blanket is really what I remember. The blanket is about 120 cm square, knitted in garter stitch on what I think were 4 mm needles, so could you let me know how many skeins I'd need for one the same size? I haven't attached a photo because mine are all terrible, sorry.

With best wishes,
Christine Dodd""", uq=1),
      ag("bryony", "11-04 10:10", """Dear Christine,

What a lovely story - it's the kind of mail that makes the job worth doing. Today's Bracken is a browner shade than the old one; the closest to the seventies colour is Tawny, in the Cheviot DK, which has the same rust base with a gold heather fleck. I'd be happy to post you a snippet card if you'd like to see it in daylight first.

Best wishes,
Bryony""")),

    C("y40-anleitungsabo-abbuchung", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ursula Kaminski <ursula.kaminski@example.at>", "outlook_de", "Abbuchung Strickmuster-Abo Oktober",
      "Austrian subscriber overcharged: 'no price rise' answered at once, the refund promised 'bis Freitag' comes the next Monday; the question how to pause the subscription is never answered.",
      cu("11-02 09:30", """Sehr geehrte Damen und Herren,

ich beziehe seit einem Jahr Ihr Strickmuster-Abo (monatlich zwei Anleitungen als PDF). Mir ist aufgefallen, dass mir für Oktober 7,50 £ statt 5,00 £ abgebucht wurden. Wurde der Preis erhöht? Falls ja, hätte ich das gern vorher gewusst. Bitte teilen Sie mir auch mit, wie ich das Abo pausieren kann, ohne meine bisherigen Anleitungen zu verlieren.

Mit freundlichen Grüßen
Ursula Kaminski""", uq=1, tz=1),
      ag("dieter", "11-02 13:10", """Sehr geehrte Frau Kaminski,

vielen Dank für den Hinweis. Eine Preiserhöhung gab es nicht, es bleibt bei 5,00 £ im Monat. Ich prüfe mit unserer Buchhaltung, wie es zu der Abbuchung kam, und melde mich bis Freitag bei Ihnen.

Mit freundlichen Grüßen
Dieter Kramm""", promises=[("11-06", 3)]),
      ag("dieter", "11-09 10:15", """Sehr geehrte Frau Kaminski,

entschuldigen Sie die Verzögerung. Die Buchhaltung hat den Fehler gefunden: Bei der Umstellung unseres Zahlungsanbieters wurde bei einigen Abos die Gebühr für die gedruckte Ausgabe berechnet. Die Differenz von 2,50 £ ist heute auf Ihre Karte zurückgebucht worden.

Mit freundlichen Grüßen
Dieter Kramm""", parent=2)),

    C("y41-hilos-duero-mayorista", "es", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Inmaculada Gil <tienda@hilosduero.example>", "outlook", "Catálogo mayorista",
      "Spanish yarn shop: the other Spanish stockists are named, the wholesale catalogue promised for 'mañana' arrives a week later after '¿Hay alguna novedad...? Sigo esperándolo'; the request for samples is never addressed.",
      cu("11-09 10:45", """Buenos días:

Tenemos una mercería en Valladolid (Hilos Duero) y nos gustaría vender sus lanas. ¿Podrían enviarnos su catálogo mayorista con precios? Si no es mucho pedir, nos interesaría saber si otras tiendas de España ya trabajan con ustedes. ¿Podrían enviarnos también muestras de los colores que más se venden?

Atentamente,
Inmaculada Gil
Hilos Duero""", uq=1, tz=1),
      ag("lucia", "11-09 13:20", """Buenos días, Inmaculada:

¡Qué alegría! De momento trabajamos con dos tiendas en España, una en Bilbao y otra en Granada, así que Valladolid nos vendría de maravilla. Le envío mañana el catálogo mayorista con la tarifa actual.

Un saludo,
Lucía""", promises=[("11-10", 4)]),
      cu("11-13 09:30", """Buenos días, Lucía:

¿Hay alguna novedad sobre el catálogo? Sigo esperándolo; queríamos hacer el primer pedido antes de la campaña de Navidad.

Atentamente,
Inmaculada Gil""", chase=True, tz=1),
      ag("lucia", "11-16 10:00", """Buenos días, Inmaculada:

Disculpe el retraso, se me pasó por completo. Le adjunto el catálogo mayorista 2026-27 con la tarifa para tiendas.

Un saludo,
Lucía""", attach=[("application/pdf", "catalogo-mayorista-2026-27.pdf", CATALOGO_PDF)])),

    C("y42-missing-sixth-skein", "en", "closed", {},
      "Imogen Grey <imogen.grey@example.net>", "gmail", "Fwd: Your order FM-40955 is confirmed",
      "Forwarded order confirmation whose own text asks 'Questions about your order?' and carries '?' URLs; the customer's single request is met.",
      cu("11-05 18:00", """Hi,

Forwarding my order confirmation below. I was charged for six skeins of Coquet DK in Seafret but only five came in the parcel. Could you send the missing one?

Thanks,
Imogen

---------- Forwarded message ---------
From: Fenwick Mill Yarns <shop@fenwickmillyarns.example>
Date: Sun, 1 Nov 2026 at 21:14
Subject: Your order FM-40955 is confirmed
To: Imogen Grey <imogen.grey@example.net>

Thanks for your order, Imogen!

6 x Coquet DK, Seafret (lot 2302) - £81.00
UK delivery - free

Questions about your order? Reply to this email or visit https://fenwickmillyarns.example/help?order=FM-40955
Want 10% off your next order? Join the newsletter at https://fenwickmillyarns.example/news?src=conf"""),
      ag("bryony", "11-06 09:05", """Hi Imogen,

So sorry - the sixth skein is on its way, from the same lot (2302) so it'll match. It went first class this morning.

Bryony""")),

    C("y43-shade-card-paypal", "en", "closed", {"unanswered-question": 1},
      "Pauline Hepple <pauline.hepple@example.com>", "gmail", "Shade card",
      "Shade card question answered; the customer's follow-up (sent without threading headers) asks about Saturday posting and PayPal, and only PayPal is answered.",
      cu("11-05 11:00", """Hi, do you sell the shade card on its own, or only with an order?
Thanks, Pauline"""),
      ag("bryony", "11-05 13:00", """Hi Pauline, on its own - £4.50 including postage, and you get the £4.50 back as a voucher with your first yarn order.

Bryony"""),
      cu("11-05 13:40", """Perfect, thanks! I'll order one today. Do you post on Saturdays? And can I pay with PayPal?

Pauline""", uq=1, thread=False),
      ag("bryony", "11-05 15:30", """Hi Pauline, yes - PayPal is at the bottom of the checkout page.

Bryony""")),

    C("y44-strickgruppe-freiburg", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Birgit Schönfeld <birgit.schoenfeld@example.de>", "gmail_de", "Gruppenbestellung Cheviot DK",
      "German knitting group: shipping to one address answered, the group discount deferred to an offer 'bis Mittwoch' that never comes, the same-dye-lot question skipped.",
      cu("11-10 10:00", """Hallo liebes Fenwick-Team,

unsere Strickgruppe in Freiburg (12 Frauen) möchte im Frühjahr gemeinsam eine Jacke aus Ihrer Cheviot DK stricken. Gibt es ab 12 Bestellungen einen Gruppenrabatt? Könnten Sie alle Pakete an eine Adresse schicken, damit wir Porto sparen? Und wäre es möglich, für die ganze Gruppe Garn aus derselben Farbpartie zu bekommen?

Liebe Grüße
Birgit Schönfeld""", uq=1, tz=1),
      ag("dieter", "11-10 14:00", """Hallo Frau Schönfeld,

was für ein schönes Projekt! Alles an eine Adresse geht natürlich, dann zahlen Sie nur einmal Porto. Wegen des Gruppenrabatts frage ich bei unserem Chef nach und schicke Ihnen bis Mittwoch ein Angebot.

Viele Grüße
Dieter Kramm""", promises=[("11-11", None)])),

    C("y45-morpeth-guild-talk", "en", "pending", {"unanswered-question": 2},
      "Janet Hume <programme@morpethguild.example>", "outlook", "A talk for our guild?",
      "A guild asks for a talk (date and fee answered), and, in the same paragraph, whether yarn can be sold on the night and for a raffle prize; both are skipped. Opens with a pleasantry question.",
      cu("11-16 11:10", """Dear Nessa,

I hope you're all keeping warm up at the mill? I'm programme secretary for the Morpeth Knitting & Crochet Guild. We meet on the second Tuesday of the month and would love someone from the mill to come and talk about how the yarn is made - perhaps in March or April. Could you tell me what you would charge for a talk of about an hour? We'd also like to know whether you could bring some yarn to sell on the night, as members always ask. And please consider donating a prize for our Easter raffle - even a single skein would be wonderful.

Kind regards,
Janet Hume
Programme Secretary, MKCG""", uq=2),
      ag("nessa", "11-17 10:00", """Dear Janet,

We'd love to. Our mill manager, Alan, does a talk with a bag of fleece and a spinning wheel, and Tuesday 13 April is free in his diary. We ask £60 plus mileage for guilds, and he's happy to stay for questions afterwards.

Best wishes,
Nessa""")),

    C("y46-hareshaw-pdf-blank", "en", "pending", {"unanswered-question": 1},
      "Abbie Laidler <abbie.laidler@example.co.uk>", "android", "hareshaw pattern",
      "Lower-case phone mail from Outlook for Android: the PDF is re-sent as an attachment, the question about a thumb-gusset video is not answered.",
      cu("11-17 22:15", """Hi bought the Hareshaw mitts pattern tonight but the pdf opens blank on my phone. can u email it to me instead? also is there a video for the thumb gusset, ive never done one

Get Outlook for Android""", uq=1),
      ag("priya", "11-18 09:00", """Hi Abbie,

Sorry about that - some phone PDF viewers struggle with our charts. The pattern is attached here; if it still shows blank, try opening it in the Adobe or Google Drive app.

Priya""", attach=[("application/pdf", "hareshaw-mitts.pdf", PATTERN_PDF)])),

    C("y47-ponteland-school-club", "en", "pending", {"unanswered-question": 2},
      "Andrew Sewell <a.sewell@pontelandmiddle.example>", "owa", "Yarn for our after-school club",
      "A school asks about a discount, paying against a purchase order and a split delivery; only the purchase order is answered.",
      cu("11-16 12:40", """Hello,

I run the after-school knitting club at Ponteland Middle School and we'd like to order 30 skeins of your Cheviot DK in mixed colours for the spring term. Do you offer any discount for schools? We can't pay by card - can you invoice the school against a purchase order? Also, please could you split the delivery, with half now and half at the start of January, as we have nowhere to store it all.

Many thanks,
Andrew Sewell
Ponteland Middle School""", uq=2),
      ag("gareth", "11-16 15:50", """Dear Andrew,

Yes, we can invoice the school against a PO - just send it over with the colours you'd like and we'll raise the invoice on 30-day terms.

Kind regards,
Gareth""")),

    C("y48-tarset-chart-inline", "en", "pending", {"unanswered-question": 1},
      "Robyn Teasdale <robyn.teasdale@example.org>", "thunderbird", "Tarset pattern - three things",
      "Inline reply under two of three bulleted questions; the third (a request to add sleeve measurements to the schematic) is left out of the quote and never addressed.",
      cu("11-17 08:30", """Hi Priya,

Three things about the Tarset pullover pattern:

- The yoke chart row 12: are the grey squares knit in the main colour or the contrast?
- Is there a size between 3 and 4? I'm 42 inches and 3 is 40, 4 is 44.
- Could you add the schematic measurements for the sleeves to the next version? They're missing.

Thanks,
Robyn Teasdale""", uq=1),
      ag("priya", "11-17 12:20", """Hi Robyn,

> - The yoke chart row 12: are the grey squares knit in the main colour or the contrast?

Contrast - grey squares are always CC in our charts, white is MC.

> - Is there a size between 3 and 4? I'm 42 inches and 3 is 40, 4 is 44.

Not as such, but the Tarset is meant to be a little roomy, so with 2 inches of ease size 4 is what we'd suggest. Size 3 would be close-fitting.

Priya""", quote=False)),

    C("y49-cabled-blanket-any-news", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Ailsa Munro <ailsa.munro@example.net>", "gmail", "Aran or DK for a cabled blanket?",
      "Two questions unanswered for two days; the customer's 'any news on this?' (a reply that lost its threading headers) gets both answered.",
      cu("11-04 10:00", """Hi,

I'm trying to decide between the Fell Aran and the Cheviot DK for a cabled blanket. Which one will show the cables off better? And which is warmer?

Thanks,
Ailsa"""),
      cu("11-06 09:30", """Hi again - any news on this? I'd like to order this weekend.

Ailsa""", chase=True, thread=False),
      ag("priya", "11-06 11:00", """Hi Ailsa,

Sorry for the wait! For cables, the Fell Aran: it's woollen-spun and round, so the cables stand right up. It's also the warmer of the two, being thicker and loftier. You'd need roughly 14 skeins for a 120 x 150 cm blanket.

Priya""")),

    C("y50-brackenridge-invoice", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Fiona Lambert <fiona.lambert@brackenridge.example>", "outlook", "Invoice for order FM-41230",
      "Company gift boxes: the reissued invoice promised for 'tomorrow' comes two days late, after 'I haven't heard back'.",
      cu("11-09 09:15", """Hello,

Our company bought 12 yarn club gift boxes as staff presents (order FM-41230), but the invoice shows my home address. Please reissue it to Brackenridge Surveyors Ltd, 3 Oldgate, Morpeth NE61 1LX - our accounts team needs it before they'll pay my expenses.

Regards,
Fiona Lambert"""),
      ag("gareth", "11-09 11:40", """Dear Fiona,

Of course. I'll send you the revised invoice tomorrow.

Kind regards,
Gareth""", promises=[("11-10", 4)]),
      cu("11-12 14:00", """Hi Gareth,

I haven't heard back about the revised invoice - could you send it today please? Accounts are chasing me.

Fiona""", chase=True),
      ag("gareth", "11-12 15:20", """Dear Fiona,

Apologies - attached, made out to Brackenridge Surveyors Ltd at the Oldgate address.

Kind regards,
Gareth""", attach=[("application/pdf", "FMY-41230-reissued.pdf", INVOICE_PDF)])),

    C("y51-whinfell-size-and-short-rows", "en", "pending", {},
      "Harriet Blyth <harriet.blyth@example.com>", "apple", "Whinfell - which size?",
      "Size advice and short rows answered in reverse order, the size answer without repeating the question's words.",
      cu("11-18 16:00", """Hello,

I'm about to cast on the Whinfell cardigan and can't decide on a size. My bust is 37 inches. Would you go for the 38 or the 40? Also, does the pattern have short rows at the back neck? I'd like to know before I start.

Best wishes,
Harriet Blyth"""),
      ag("priya", "11-19 09:40", """Hi Harriet,

It does - four pairs of German short rows, written out line by line. The Whinfell is designed with about 3 inches of ease, so at 37" the 40 gives the intended fit; the 38 would be snugger and the fronts won't overlap as much.

Priya""")),

    C("y52-fair-isle-waiting-list", "en", "pending", {},
      "Priti Shah <priti.shah@example.org>", "gmail", "Fair Isle weekend - sold out?",
      "Waiting list and payment answered; 'I'll ask her and let you know by Wednesday' kept on Wednesday with a payment link; thanks-only close.",
      cu("11-16 09:00", """Hi Nessa,

The Fair Isle weekend on 12-13 December is showing as sold out. Is there a waiting list? And if a place does come up, would I need to pay the full amount straight away?

Thanks,
Priti Shah"""),
      ag("nessa", "11-16 11:30", """Hi Priti,

There is, and you're now on it - second in line. If a place frees up you'd have 48 hours to pay the full £185.

Actually, one of our regulars mentioned she might not make it; I'll ask her and let you know by Wednesday.

Nessa""", promises=[("11-18", 3)]),
      ag("nessa", "11-18 10:15", """Hi Priti,

Good news - she's had to drop out, so the place is yours if you want it. Here's the payment link: https://fenwickmillyarns.example/workshops/pay?w=FI-1212&seat=14

Nessa""", parent=2),
      cu("11-18 11:00", """Oh brilliant, paid! Thank you so much.

Priti""", thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "y02-sock-club-skip-december": [
        "Is the December colourway going to be available to buy separately later on?"],
    "y05-whinfell-rang-34": [
        "Pourriez-vous aussi me dire si le Tweed Fell se lave en machine, sur un programme laine ?"],
    "y08-sturmgrau-farbpartie": [
        "Außerdem hätte ich gern eine Rechnung mit ausgewiesener Mehrwertsteuer, da ich die Wolle für meinen Strickkurs gewerblich nutze."],
    "y14-cheviot-for-a-child": [
        "Does it have any superwash treatment?",
        "She reacts to some wools (itchy, not a proper allergy) - do you have any samples I could get her to try first?"],
    "y21-club-gift-for-mum": [
        "And could the receipt and invoices come to me rather than to her address, so she doesn't see what I paid?"],
    "y23-baja-club-factura": [
        "Y por favor, envíenme la factura de noviembre, que no me ha llegado por correo."],
    "y24-felted-bracken-reopened": [
        "And could you tell me the best way to blend the two lots if not?"],
    "y25-wool-shed-club-boxes": [
        "Do you offer sale-or-return on the boxes?"],
    "y26-commande-express-relance": [
        "Pouvez-vous aussi me rembourser les frais de port express, puisque le colis n'arrivera de toute façon pas à temps ?"],
    "y33-winter-kal-list": [
        "Is there a discount code for the KAL yarn?",
        "Will there be somewhere to chat with the others - a forum or Discord?"],
    "y36-club-chaussettes-demenagement": [
        "Et est-ce que le colis de décembre partira avant Noël ?"],
    "y37-coquet-raglan-increases": [
        "And should the raglan lines be 2 stitches or 4 wide?"],
    "y39-grandmothers-blanket": [
        "so could you let me know how many skeins I'd need for one the same size?"],
    "y40-anleitungsabo-abbuchung": [
        "Bitte teilen Sie mir auch mit, wie ich das Abo pausieren kann, ohne meine bisherigen Anleitungen zu verlieren."],
    "y41-hilos-duero-mayorista": [
        "¿Podrían enviarnos también muestras de los colores que más se venden?"],
    "y43-shade-card-paypal": [
        "Do you post on Saturdays?"],
    "y44-strickgruppe-freiburg": [
        "Und wäre es möglich, für die ganze Gruppe Garn aus derselben Farbpartie zu bekommen?"],
    "y45-morpeth-guild-talk": [
        "We'd also like to know whether you could bring some yarn to sell on the night, as members always ask.",
        "And please consider donating a prize for our Easter raffle - even a single skein would be wonderful."],
    "y46-hareshaw-pdf-blank": [
        "also is there a video for the thumb gusset, ive never done one"],
    "y47-ponteland-school-club": [
        "Do you offer any discount for schools?",
        "Also, please could you split the delivery, with half now and half at the start of January, as we have nowhere to store it all."],
    "y48-tarset-chart-inline": [
        "Could you add the schematic measurements for the sleeves to the next version?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice83 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
