#!/usr/bin/env python3
"""Regenerate ``tests/practice63/``: a labelled corpus of Ardmore Tailoring.

The support mailbox of a fictional Dublin bespoke and alterations tailor (suit commissions,
fittings, wedding-party hire, alterations turnaround, cloth swatches, deposits, overseas
shipping), written without looking at the detection heuristics. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``ardmoretailoring.example``.

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

Usage: python scripts/make_practice63_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "ardmoretailoring.example"
DESK = "Ardmore Tailoring <atelier@ardmoretailoring.example>"


AGENTS = {
    "fergus": ("Fergus Doyle <fergus@ardmoretailoring.example>", "thunderbird", """-- 
Fergus Doyle
Head Cutter | Ardmore Tailoring
14 Drury Street, Dublin 2 | +353 1 555 0142
Book a measuring: https://ardmoretailoring.example/book?ref=sig"""),
    "niamh": ("Niamh Quinlan <niamh@ardmoretailoring.example>", "outlook", """Kind regards,
Niamh Quinlan
Fittings & Appointments | Ardmore Tailoring
Running late for a fitting? Text us on +353 87 555 0190.
This e-mail is confidential and intended only for the addressee."""),
    "priya": ("Priya Raman <priya@ardmoretailoring.example>", "apple", """Priya Raman
Alterations Desk | Ardmore Tailoring
https://ardmoretailoring.example/alterations?from=email"""),
    "rory": ("Rory Cassidy <rory@ardmoretailoring.example>", "owa", """Rory Cassidy
Wedding Hire & Shipping | Ardmore Tailoring
Wedding party? See our hire guide: https://ardmoretailoring.example/hire?utm_source=mail&utm_medium=sig"""),
    "lukas": ("Lukas Brenner <lukas@ardmoretailoring.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenbetreuung (Deutsch) | Ardmore Tailoring, Dublin
https://ardmoretailoring.example/de?ref=signatur"""),
    "celine": ("Céline Aubert <celine@ardmoretailoring.example>", "apple_fr", """Céline Aubert
Clientèle francophone | Ardmore Tailoring, Dublin
https://ardmoretailoring.example/fr?utm_source=email"""),
    "alba": ("Alba Montero <alba@ardmoretailoring.example>", "gmail_es", """--
Alba Montero
Atención al cliente | Ardmore Tailoring (Dublín)
+353 1 555 0147"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Ardmore Tailoring. This is an automatic message to let you
know we have your e-mail (reference {ref}). The atelier is open Tuesday to
Saturday, 10am-6pm, and we will reply within 24 hours.

For same-day fitting changes please call +353 1 555 0142.

Ardmore Tailoring
https://ardmoretailoring.example/contact?ref={ref}""",
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
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Eudora 7.1"],
    "helpdesk": ["X-Mailer: Ardmore Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="at.", outlook_server="AM6PR1")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice63", title="Ardmore Tailoring", desk=DESK, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="AT-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

QUOTE_PDF = mailcraft.pdf(["Ardmore Tailoring - Quotation Q-2026-318",
                           "2 x two-piece suit, house worsted 11oz: EUR 2,450 each",
                           "1 x overcoat, 21oz navy melton: EUR 2,150",
                           "Second piece -10%. Deposit 50% on order. Valid to 31/12/2026"])
DEPOSIT_PDF = mailcraft.pdf(["Ardmore Tailoring - Rechnung A-11872 (Anzahlung)",
                             "Zweiteiler, Flanell mittelgrau, 12 oz",
                             "Anzahlung 50 %: EUR 1.300,00 - bezahlt am 02.10.2026"])
HIRE_PDF = mailcraft.pdf(["Ardmore Tailoring - Wedding hire agreement H-4471",
                          "6 x grey morning suit, collection 12/02/2027, return 16/02/2027",
                          "Deposit EUR 50 per suit, damage waiver included"])
PRESUPUESTO_PDF = mailcraft.pdf(["Ardmore Tailoring - Presupuesto P-2026-077",
                                 "Traje a medida dos piezas, franela gris 12oz: 2.600 EUR",
                                 "Envio a Sevilla (DHL Express, DDP): 45 EUR"])
SWATCH_PNG = mailcraft.png(16, 10, lambda x, y: (190 - 3 * y, 150 + 2 * x, 90 + y))

CASES: list[Case] = [
    C("t01-harcourt-commission-enquiry", "en", "closed", {},
      "Edmund Harcourt <edmund.harcourt@example.com>", "gmail", "First bespoke suit - a few questions",
      "Three questions in one paragraph (price, fittings, lead time) answered out of order in the agent's own words; thanks-only close.",
      cu("10-27 21:14", """Hello,

I've been meaning to get a proper suit made for years and my brother-in-law swears by you. I'm thinking a two-piece in a mid-grey, something I can wear to work and to weddings. Roughly what would that cost me, and how many times would I need to come in? I'd also be curious how long the whole process takes from start to finish, as I'd like to have it by the spring.

Cheers,
Edmund"""),
      ag("fergus", "10-28 10:05", """Hi Edmund,

Thanks for getting in touch, and please thank your brother-in-law for us.

Spring is very doable. From the first measuring to handing over the finished suit we allow ten to twelve weeks, with three fittings in between (a baste, a forward and a final). A two-piece in one of our house worsteds starts at €2,300; the Holland & Sherry and Dugdale bunches run from about €2,800.

Fergus"""),
      cu("10-28 12:40", """Brilliant, thanks Fergus. I'll book a measuring after payday.

Edmund""", thanks=True)),

    C("t02-okafor-trouser-hems", "en", "closed", {"unanswered-question": 1},
      "Chidi Okafor <chidi.okafor@example.net>", "apple", "Trousers - hems and waist",
      "Hem price and turnaround answered; the waist request in the same mail is skipped.",
      cu("11-03 08:12", """Hi there,

I've two pairs of suit trousers that need taking up about an inch and a half. How long are you taking for hems at the moment? Also, could you let out the waist on the navy pair a little, if there's enough seam allowance in it?

Thanks,
Chidi

Sent from my iPad""", uq=1),
      ag("priya", "11-03 11:30", """Hi Chidi,

Hems are €18 a pair and we're turning them round in five working days just now. Drop them in whenever suits you - no appointment needed.

Best,
Priya""")),

    C("t03-lindqvist-morning-suits", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Oskar Lindqvist <oskar.lindqvist@example.org>", "gmail", "Morning suit hire for February wedding",
      "Wedding hire for six: deposit and group measuring answered, stock check promised by Wednesday and delivered late after a chase; the father-of-the-bride question is never addressed.",
      cu("11-09 09:20", """Hi,

I'm getting married on 13 February and we'd like to hire grey morning suits for me, my best man and four ushers. A few questions:

1. Do you have six in grey for that weekend?
2. Could we all come in together on one day for measuring?
3. What deposit do you need?

Could you also fit out the father of the bride? He's a 56 chest and usually struggles with hire sizes.

Many thanks,
Oskar""", uq=1),
      ag("rory", "11-09 14:02", """Hi Oskar,

Congratulations to you both!

Group measurings are no problem - Saturday mornings are easiest, everyone in together, about 15 minutes each. The deposit is €50 per suit, refunded when the suits come back.

Let me check stock for that weekend with our hire warehouse and I'll confirm by Wednesday.

Rory""", promises=[("11-11", 4)]),
      cu("11-13 10:31", """Hi Rory,

Just following up - did the warehouse come back to you about the grey suits for February? We'd like to lock it in.

Oskar""", chase=True),
      ag("rory", "11-16 09:48", """Hi Oskar,

Sorry for the delay. Good news: all six grey morning suits are available for the weekend of the 13th and I've put them on hold under your name. Just let me know which Saturday suits for the measuring.

Rory""")),

    C("t04-moreau-envoi-lyon", "fr", "closed", {},
      "Julien Moreau <julien.moreau@example.fr>", "gmail", "Envoi du costume à Lyon",
      "Shipping to France, cost and customs in one mail; answered in two sentences (DDP, DHL price).",
      cu("10-28 18:05", """Bonjour,

Mon costume doit être prêt mi-novembre mais je serai rentré à Lyon d'ici là. Est-ce que vous pouvez l'expédier en France ? Combien coûte l'envoi, et est-ce que j'aurai des droits de douane à payer à la livraison ?

Merci d'avance,
Julien Moreau""", tz=1),
      ag("celine", "10-29 10:20", """Bonjour Julien,

Oui, sans problème : nous l'enverrons par DHL Express (45 €, livraison en deux à trois jours ouvrés). L'Irlande étant dans l'UE, il n'y a ni droits ni TVA à régler à la réception.

Bien cordialement,
Céline""")),

    C("t05-brennan-cancelled-commission", "en", "open", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Declan Brennan <dbrennan@brennan-law.example>", "outlook", "Cancelling my commission",
      "Cancellation: the deposit question is handed to Fergus 'by Friday' who never writes; the cloth question is skipped; the customer chases and is still waiting.",
      cu("11-04 08:55", """Hello,

Unfortunately, with a change of job I'm going to have to cancel the three-piece I ordered in September (order AT-2291). I appreciate you may have already cut the cloth.

Could you let me know how much of the deposit I can expect back? If the cloth has already been bought for me, I'd rather you post it to me than lose it - is that possible?

Apologies for the hassle.

Declan Brennan
Brennan & Co. Solicitors
This e-mail and any attachments are confidential. If you have received it in error, please notify the sender.""", uq=1),
      ag("niamh", "11-04 12:10", """Dear Declan,

Sorry to hear that, and thanks for letting us know early. I've passed your note to Fergus, who looks after commission cancellations - he'll be in touch by Friday about the deposit.

""", promises=[("11-06", None)]),
      cu("11-10 09:30", """Hello Niamh,

I still haven't heard from Fergus about the deposit. Could someone get back to me please?

Declan""", chase=True)),

    C("t06-schreiber-zweite-anprobe", "de", "pending", {},
      "Matthias Schreiber <m.schreiber@example.de>", "gmail_de", "Zweite Anprobe",
      "Three requests (Saturday fitting, trousers finished same day, deposit invoice again); answered with a slot, an explanation and an attached PDF.",
      cu("11-16 07:45", """Guten Morgen,

ich bin am Wochenende 28./29. November beruflich in Dublin. Wäre am Samstag, den 28., eine zweite Anprobe möglich? Falls ja, könnte die Hose an dem Tag schon fertig sein, damit ich sie gleich mitnehmen kann?

Und noch etwas: Könnten Sie mir die Rechnung über die Anzahlung noch einmal zuschicken? Ich finde sie leider nicht mehr.

Viele Grüße
Matthias Schreiber""", tz=1),
      ag("lukas", "11-16 11:20", """Guten Tag Herr Schreiber,

Samstag, 28.11., 11:00 Uhr habe ich für Sie eingetragen. Die Hose wird bei der Anprobe nur abgesteckt; fertig ist sie etwa eine Woche später, und wir schicken sie Ihnen dann gern kostenlos nach München.

Die Anzahlungsrechnung finden Sie im Anhang.

Beste Grüße
Lukas Brenner""", attach=[("application/pdf", "Rechnung_A-11872.pdf", DEPOSIT_PDF)])),

    C("t07-ferreira-alquiler-boda", "es", "closed", {"unanswered-question": 1},
      "Javier Ferreira <javi.ferreira@example.es>", "gmail_es", "Alquiler de chaqué para una boda",
      "Three questions; what the hire includes and last-minute alterations are answered, the shipping cost to Madrid is not.",
      cu("11-02 19:30", """Hola,

Mi hermano se casa en Kinsale en enero y somos cuatro los que necesitamos chaqué. Quisiera saber si el alquiler incluye camisa y corbata. ¿Y cuánto cuesta el envío a Madrid si al final no podemos recogerlo en la tienda? Otra cosa: si a alguno no le queda bien al probárselo, ¿hacen arreglos de última hora?

Un saludo,
Javier""", uq=1, tz=1),
      ag("alba", "11-03 10:15", """Hola Javier:

¡Enhorabuena a tu hermano! El alquiler incluye chaleco, camisa y corbata o plastrón; los zapatos van aparte (15 € el par). Y sí, los ajustes de mangas y bajos los hacemos en el momento si hace falta, sin coste.

Un saludo,
Alba""")),

    C("t08-adeyemi-coat-relining", "en", "closed", {"missed-follow-up": 1, "customer-chased": 2},
      "Funmi Adeyemi <funmi.adeyemi@example.com>", "iphone", "Coat relining",
      "Promise to check 'tomorrow' kept five days late after two chases, the second from the customer replying to her own mail.",
      cu("11-05 08:02", """Hi, is my coat ready yet? It was dropped in on the 22nd for relining and I was told about ten days. Thanks, Funmi

Sent from my iPhone"""),
      ag("priya", "11-05 10:40", """Hi Funmi,

It's with our finisher at the moment - I'll check where it's at and let you know tomorrow.

Priya""", promises=[("11-06", 5)]),
      cu("11-09 12:15", """Hi Priya, any news on the coat?

Sent from my iPhone""", chase=True),
      cu("11-11 08:47", """Hello?? Still waiting to hear about my coat. I need it for Saturday.

Sent from my iPhone""", parent=3, chase=True),
      ag("priya", "11-11 10:05", """Hi Funmi,

I'm so sorry - it's finished and pressed, and you can collect it any time before 6 today or tomorrow.

Priya""")),

    C("t09-vasquez-swatches", "en", "closed", {},
      "Ana Vasquez <ana@vasquez-architects.example>", "outlook", "Swatches please",
      "Three requests (which swatches, any charge, where to post) answered in one sentence; thanks-only close.",
      cu("11-02 14:22", """Hi Fergus,

Following our chat on Saturday - please send me swatches of the navy birdseye and the mid-grey flannel you showed me. Do you charge for swatches? If possible I'd like them sent to the office rather than home:

Vasquez Architects
3 Ormond Quay Upper
Dublin 7

Thanks,
Ana

Ana Vasquez RIAI
Vasquez Architects | https://vasquez-architects.example/projects?view=all"""),
      ag("fergus", "11-02 16:50", """Hi Ana,

Both went in the post to Ormond Quay this afternoon, free of charge as always - you should have them tomorrow or Wednesday.

Fergus"""),
      cu("11-04 09:03", """Arrived this morning - thank you!

Ana""", thanks=True)),

    C("t10-kowalczyk-three-piece", "en", "closed", {"unanswered-question": 2},
      "Piotr Kowalczyk <p.kowalczyk@example.com>", "outlook", "Three-piece in tweed - questions before I commit",
      "Four questions inside one long paragraph (quoted-printable); the tweed weight and the pattern file are answered, the payment plan and copying an old jacket are not.",
      cu("11-05 20:41", """Good evening,

I was in last week with my wife and had a look at the tweed bunches, and I've been thinking about it since. I was wondering whether you can do a three-piece in a tweed heavier than 14oz, or would that be far too warm once you add a waistcoat? I'd also like to know if you offer a payment plan beyond the deposit. And can I bring in an old jacket whose fit I love, so that you copy the shoulders from it? Finally, do you keep my pattern on file so I can reorder without being measured again in a few years?

Best regards,
Piotr Kowalczyk""", uq=2, cte="quoted-printable"),
      ag("niamh", "11-06 09:35", """Dear Piotr,

Lovely to hear from you. A 16oz tweed works well for a three-piece - the waistcoat is lined in a light cotton so it doesn't get too warm - and anything heavier we'd only recommend for an overcoat. Your pattern is cut by hand and kept in our pattern room for as long as you're a client, so any future order starts from it.

""")),

    C("t11-dubois-retouche-veste", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Claire Dubois <claire.dubois@example.fr>", "apple_fr", "Retouches sur une veste",
      "Sleeves priced, the waist question deferred 'd'ici jeudi' and never answered; the request to keep the original buttons is skipped.",
      cu("11-10 09:02", """Bonjour,

J'ai une veste de tailleur achetée à Paris que j'aimerais faire ajuster avant un voyage. Je voudrais faire raccourcir les manches d'environ deux centimètres et, si c'est possible, reprendre un peu la taille. Merci de garder les boutons d'origine, ce sont des boutons de corne que j'aime beaucoup.

Est-ce que vous pourriez me donner un prix ?

Bien à vous,
Claire Dubois""", uq=1, tz=1),
      ag("celine", "11-10 11:45", """Bonjour Claire,

Pour les manches, comptez 35 € (ou 55 € si les boutonnières sont fonctionnelles). Pour la taille, cela dépend du montage de la veste : je vérifie avec l'atelier et je reviens vers vous d'ici jeudi.

Céline""", promises=[("11-12", None)])),

    C("t12-nakamura-first-fitting", "en", "closed", {},
      "Kenji Nakamura <kenji.nakamura@example.org>", "owa", "First fitting",
      "HTML-only mail from Outlook on the web: a slot and whether to bring shoes, both answered in two short lines.",
      cu("11-03 13:10", """Hi Niamh,

Fergus tells me the cloth has arrived - great. Would Thursday afternoon work for the first fitting? And should I bring the shoes I'll wear with the suit?

Thanks,
Kenji""", kind="html"),
      ag("niamh", "11-03 15:02", """Hi Kenji,

Thursday at 4pm - see you then. Yes please: with the shoes on we can set the trouser break properly.

""")),

    C("t13-oconnell-hire-agreement", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Siobhan O'Connell <siobhan.oconnell@example.ie>", "gmail", "Hire agreement for the lads",
      "A request left unanswered, resent two days later as a new mail with the same subject; answered with the agreement attached.",
      cu("11-12 16:45", """Hi Rory,

Please send me the hire agreement for the six morning suits so I can sign it and pay the deposits before the end of the month.

Thanks,
Siobhan"""),
      cu("11-14 11:02", """Hi Rory,

Resending this as I haven't had a reply - please send me the hire agreement for the six morning suits so I can sign it and pay the deposits before the end of the month.

Thanks,
Siobhan""", parent=0, chase=True),
      ag("rory", "11-16 10:12", """Hi Siobhan,

Apologies - it's attached. Sign the last page and send it back whenever you're ready; the deposits can be paid by card over the phone.

Rory""", attach=[("application/pdf", "Hire_agreement_H-4471.pdf", HIRE_PDF)])),

    C("t14-mueller-sendungsnummer", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Stefanie Müller <stefanie.mueller@example.at>", "outlook_de", "Versand nach Wien",
      "Shipping date answered, the tracking number promised for Thursday never comes; the customer chases and gets no reply.",
      cu("11-09 10:14", """Sehr geehrte Damen und Herren,

wann wird das Kostüm nach Wien verschickt? Und bekomme ich eine Sendungsnummer, damit ich weiß, wann ich zu Hause sein muss?

Mit freundlichen Grüßen
Stefanie Müller""", tz=1),
      ag("lukas", "11-09 12:30", """Sehr geehrte Frau Müller,

das Kostüm ist fertig und wird am Donnerstag von DHL abgeholt. Die Sendungsnummer schicke ich Ihnen am Donnerstag, sobald sie vorliegt.

Freundliche Grüße
Lukas Brenner""", promises=[("11-12", None)]),
      cu("11-16 08:20", """Sehr geehrter Herr Brenner,

ich warte immer noch auf die Sendungsnummer. Ist das Kostüm überhaupt schon unterwegs?

Mit freundlichen Grüßen
Stefanie Müller""", tz=1, chase=True)),

    C("t15-ramirez-forro", "es", "closed", {},
      "Luis Ramírez <luis.ramirez@example.com>", "gmail", "Cambiar el forro de una americana",
      "Opening hours and a rough lining price, answered in two sentences; thanks-only close.",
      cu("11-04 18:20", """Hola, buenas tardes:

¿Abren los sábados? Tengo una americana a la que hay que cambiarle el forro entero, ¿cuánto me costaría más o menos?

Gracias,
Luis""", tz=1),
      ag("alba", "11-05 10:02", """Hola Luis:

Sí, los sábados abrimos de 10 a 16. Un forro completo suele salir por unos 120 €, depende de la tela que elija.

Un saludo,
Alba"""),
      cu("11-05 12:30", """¡Perfecto, muchas gracias! Me paso el sábado.

Luis""", tz=1, thanks=True)),

    C("t16-patel-collection-date", "en", "closed", {},
      "Ravi Patel <ravi.patel@example.co.uk>", "thunderbird", "Collection before the wedding",
      "A rhetorical question and a self-answered one around the single real question, which is answered.",
      cu("11-02 22:10", """Hi Priya,

Who knew a wedding could involve so many spreadsheets? Anyway. Where do I find the ticket number for my alterations? Actually, scratch that - it's on the pink slip in my wallet (A-5530).

Could you tell me whether the suit will be ready to collect on Saturday the 7th?

Cheers,
Ravi"""),
      ag("priya", "11-03 10:30", """Hi Ravi,

Yes - it'll be pressed and waiting for you from 10am on Saturday.

Priya""")),

    C("t17-gallagher-boston", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Aoife Gallagher <aoife.gallagher@example.com>", "gmail", "Suit for my husband - shipping to Boston",
      "Three agents each answer a part (lining colour, shipping and duty, final fitting); the balance question is never answered.",
      cu("11-10 15:30", """Hi all,

A few things about my husband's suit (order AT-2344) now that we're back in Boston:

- Is it too late to change the lining from the burgundy to the bottle green we saw?
- How will you ship it to the US, and will we have to pay duty on arrival?
- Can you confirm how much is left to pay on the balance? I've lost track between the deposit and the cloth upgrade.

Thanks so much,
Aoife""", uq=1, tz=-5),
      ag("niamh", "11-11 09:40", """Hi Aoife,

Not too late at all - the jacket hasn't been lined yet, so I've swapped the burgundy for the bottle green on the work ticket.

Rory will come back to you on the shipping side.

""", promises=[("window", 3)]),
      ag("rory", "11-11 14:15", """Hi Aoife,

We send US orders by FedEx International Priority, insured, usually three working days to Boston. Tailored wool suits over $800 attract US duty of around 17.5%, which FedEx will invoice you for on delivery - we can't prepay it from here.

Rory"""),
      ag("fergus", "11-17 11:00", """Hi Aoife,

The suit is ready for its final check: since you're in Boston I'll fit it on the stand against your husband's forward-fitting notes and ship it once it's pressed, probably next week.

Fergus""")),

    C("t18-okeeffe-revised-quote", "en", "closed", {},
      "Conor O'Keeffe <conor.okeeffe@example.ie>", "gmail", "Quote for two suits and an overcoat",
      "A promise to send the revised quote 'tomorrow', kept next day with a PDF; thanks-only close.",
      cu("11-03 09:12", """Morning Fergus,

Could you put together a quote for two two-piece suits (navy and charcoal, the 11oz worsted) plus the navy overcoat we talked about? Is there any reduction when ordering several pieces at once?

Conor"""),
      ag("fergus", "11-03 12:20", """Hi Conor,

Yes - on a multi-piece order the second and third pieces are 10% off. I need to cost the overcoat cloth with the mill first, so I'll send the revised quote tomorrow.

Fergus""", promises=[("11-04", 3)]),
      ag("fergus", "11-04 15:45", """Hi Conor,

Quote attached, with the 10% already taken off the second suit and the coat. It's valid until the end of the year.

Fergus""", attach=[("application/pdf", "Quote_Q-2026-318.pdf", QUOTE_PDF)]),
      cu("11-04 18:02", """Perfect, thanks. I'll have a think over the weekend.

Conor""", thanks=True)),

    C("t19-hoffmann-knopf", "de", "closed", {"unanswered-question": 1},
      "Jonas Hoffmann <jonas.hoffmann@example.de>", "iphone", "Hose abholen",
      "Short iPhone mail: the pick-up day is answered, the loose-button request is not.",
      cu("11-05 07:58", """Hallo, kann ich die Hose am Freitag abholen? Und können Sie bitte gleich noch einen Knopf am Sakko annähen, der ist lose. Das Sakko bringe ich mit.
Danke!
Jonas

Von meinem iPhone gesendet""", uq=1, tz=1),
      ag("lukas", "11-05 09:15", """Hallo Herr Hoffmann,

ja, ab Freitag 12 Uhr liegt sie zur Abholung bereit.

Gruß
Lukas""")),

    C("t20-whitfield-measuring", "en", "pending", {},
      "Harriet Whitfield <harriet@whitfield-events.example>", "outlook", "Measuring appointment",
      "A measuring booked; the customer's out-of-office reply after it is automatic mail and changes nothing.",
      cu("11-16 08:30", """Hello,

I'd like to book a measuring for a women's trouser suit. Do you have anything on Tuesday or Wednesday next week, ideally before 11? How long does the appointment take?

Harriet Whitfield
Whitfield Events
Questions about our venues? https://whitfield-events.example/venues?src=sig"""),
      ag("niamh", "11-16 10:10", """Dear Harriet,

I have Wednesday 25th at 9.30 - I've booked you in. Allow about an hour; we'll go through cloths and styles as well as taking measurements.

"""),
      auto("11-16 10:11", """Thank you for your e-mail. I'm at a wedding fair until Thursday 19 November with limited access to e-mail. For urgent matters please contact events@whitfield-events.example.

Harriet""", quote=False, subject="Automatic reply: RE: Measuring appointment")),

    C("t21-leclerc-location-bordeaux", "fr", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Antoine Leclerc <antoine.leclerc@example.fr>", "gmail", "Location de costumes pour un mariage à Bordeaux",
      "Hire for a wedding in France; no reply for three days, a 'je me permets de vous relancer', then a full answer.",
      cu("11-13 08:40", """Bonjour,

Nous organisons un mariage près de Bordeaux le 6 mars. Est-ce que vous louez des costumes pour des clients à l'étranger ? Si oui, comment se passent l'envoi et le retour ?

Cordialement,
Antoine Leclerc""", tz=1),
      cu("11-16 09:05", """Bonjour,

Je me permets de vous relancer concernant ma demande ci-dessous. Merci de me tenir au courant.

Antoine Leclerc""", tz=1, chase=True),
      ag("celine", "11-16 14:30", """Bonjour Antoine,

Toutes nos excuses pour ce délai. Oui, nous louons en France : les mesures se prennent chez vous avec notre guide, nous envoyons les costumes par DHL une semaine avant le mariage et l'étiquette de retour prépayée est dans le carton. L'aller-retour coûte 60 € par colis.

Bien cordialement,
Céline""")),

    C("t22-byrne-overcoat-cloth", "en", "closed", {},
      "Padraig Byrne <padraig.byrne@example.com>", "thunderbird", "Overcoat cloth",
      "A question handed to a colleague with 'by Thursday'; the colleague answers on Wednesday with swatch photos.",
      cu("11-09 19:40", """Hello,

I'm finally treating myself to an overcoat. What weight of cloth would you recommend for a coat I'd wear every day, including on the bike? And do you have anything in camel?

Padraig"""),
      ag("niamh", "11-10 09:30", """Hi Padraig,

That's one for Fergus - he'll email you by Thursday with a couple of weights and the camels we have in.

""", promises=[("11-12", 3)]),
      ag("fergus", "11-11 11:25", """Hi Padraig,

For every day, bike included, I'd go for a 20-22oz melton: warm, wind-proof and it won't bag at the elbows. In camel we have a 21oz melton and a softer 18oz camel-hair blend - photos of both attached.

Fergus""", attach=[("image/png", "camel_swatches.png", SWATCH_PNG)])),

    C("t23-santos-factura-canarias", "es", "closed", {"missed-follow-up": 1},
      "Marta Santos <marta.santos@example.es>", "gmail_es", "Factura y envío a Canarias",
      "Shipping to the Canaries answered; the invoice with tax details promised for 'mañana' never arrives.",
      cu("11-03 12:10", """Hola Alba:

Dos cosas. Necesito la factura del traje con los datos de la empresa (Santos Estudio SL, NIF B-76543210) porque lo pago desde la cuenta de la empresa. Y quería saber si pueden mandar el traje a Las Palmas y si tendré que pagar algo en la aduana.

Gracias,
Marta""", tz=0),
      ag("alba", "11-03 15:40", """Hola Marta:

Sí, enviamos a Canarias por DHL. Como las islas están fuera del IVA comunitario, el transportista le cobrará el IGIC y una pequeña tasa de despacho al entregarlo.

La factura con los datos de Santos Estudio se la envío mañana.

Un saludo,
Alba""", promises=[("11-04", None)])),

    C("t24-fitzgerald-inline", "en", "closed", {},
      "Grainne Fitzgerald <grainne.fitz@example.com>", "gmail", "Fitting on Tuesday",
      "Three numbered points answered inline under the quoted lines: 'Done', a car park, 'Will do'.",
      cu("11-02 08:15", """Hi Niamh,

1) Can I move my fitting from Tuesday to Wednesday, same time?
2) Is there anywhere to park near the shop?
3) Please bring the grey waistcoat to the fitting as well, I'd like to try it with the trousers.

Thanks!
Grainne"""),
      ag("niamh", "11-02 10:20", """Hi Grainne,

> 1) Can I move my fitting from Tuesday to Wednesday, same time?

Done - Wednesday at 2.30.

> 2) Is there anywhere to park near the shop?

Q-Park on Drury Street, two minutes' walk.

> 3) Please bring the grey waistcoat to the fitting as well, I'd like to try it with the trousers.

Will do.

""", quote=False)),

    C("t25-novak-outside-alterations", "en", "open", {"awaiting-reply": 1},
      "Tomas Novak <tomas.novak@example.cz>", "gmail", "Alterations on a suit bought elsewhere",
      "Questions after a pleasantry; only the helpdesk acknowledgement answers, so the case waits past the target.",
      cu("11-17 10:05", """Hi there, hope you're all well?

Quick one: do you alter suits that weren't made by you? I bought an off-the-peg suit in Prague and the sleeves are about 2cm too long. How much would it be to shorten sleeves that have working buttonholes?

Thanks,
Tomas"""),
      ack("11-17 10:06")),

    C("t26-quinn-new-enquiry", "en", "open", {},
      "Lorcan Quinn <lorcan.quinn@example.ie>", "apple", "Dinner suit",
      "A fresh enquiry this morning with only the acknowledgement so far: inside the response target.",
      cu("11-20 09:35", """Hello,

I need a dinner suit for a black-tie do in January. Is there still time to have one made, or should I be looking at your hire range? What would the difference in price be?

Lorcan"""),
      ack("11-20 09:36")),

    C("t27-richter-aermel-wiedereroeffnet", "de", "pending", {"reopened": 1},
      "Katrin Richter <katrin.richter@example.de>", "thunderbird_de", "Änderung Blazer",
      "The agent marks the ticket as done; days later a new problem (one sleeve longer) arrives in the same thread and is answered.",
      cu("11-09 17:20", """Guten Tag,

können Sie bei meinem Blazer die Schultern etwas schmaler machen? Ich könnte ihn am Mittwoch vorbeibringen.

Viele Grüße
Katrin Richter""", tz=1),
      ag("lukas", "11-10 09:05", """Guten Tag Frau Richter,

ja, das geht, wenn die Ärmel neu eingesetzt werden: 95 €, etwa zehn Tage. Mittwoch passt gut.

Beste Grüße
Lukas Brenner"""),
      ag("lukas", "11-12 16:40", """Guten Tag Frau Richter,

danke, der Blazer ist bei uns angekommen und in Arbeit. Ich markiere das Ticket damit als erledigt - bei Fragen einfach auf diese Mail antworten.

Beste Grüße
Lukas Brenner""", closes=True, parent=2),
      cu("11-14 10:50", """Hallo Herr Brenner,

ich habe den Blazer gestern abgeholt. Zu Hause ist mir aufgefallen, dass der linke Ärmel jetzt gut einen Zentimeter länger ist als der rechte. Können Sie das bitte korrigieren?

Viele Grüße
Katrin Richter""", tz=1),
      ag("lukas", "11-16 09:20", """Guten Tag Frau Richter,

das tut mir leid. Bringen Sie den Blazer bitte noch einmal vorbei, wir gleichen den Ärmel kostenlos an - in zwei Tagen ist er fertig.

Beste Grüße
Lukas Brenner""")),

    C("t28-ahmed-resolved-thanks", "en", "closed", {},
      "Yusuf Ahmed <yusuf.ahmed@example.com>", "android", "Waist taken in",
      "Question answered and the ticket marked as resolved; the customer's thanks afterwards does not reopen it.",
      cu("11-10 12:02", """Hi, I dropped in trousers on Monday to have the waist taken in. Are they ready yet?

Yusuf

Get Outlook for Android"""),
      ag("priya", "11-10 14:30", """Hi Yusuf,

They're ready - collect any time. I'll mark this ticket as resolved, but just reply if anything doesn't feel right.

Priya""", closes=True),
      cu("11-10 15:05", """Great thanks!!

Get Outlook for Android""", thanks=True)),

    C("t29-lambert-tailleur-femme", "fr", "closed", {},
      "Élise Lambert <elise.lambert@example.be>", "apple_fr", "Costume sur mesure pour femme",
      "Two indirect questions answered with a yes and a duration.",
      cu("11-04 19:12", """Bonsoir,

Pourriez-vous me dire si vous réalisez aussi des costumes sur mesure pour femme ? J'aimerais également savoir combien de temps il faut prévoir entre la prise de mesures et la livraison.

Merci beaucoup,
Élise Lambert""", tz=1),
      ag("celine", "11-05 09:30", """Bonsoir Élise,

Bien sûr, c'est même près d'un tiers de nos commandes. Il faut compter dix à douze semaines, avec trois essayages.

Bien cordialement,
Céline""")),

    C("t30-murphy-balance-transfer", "en", "closed", {"unanswered-question": 1},
      "Ciaran Murphy <ciaran.murphy@example.ie>", "outlook", "Paying the balance",
      "Asked how to pay, the agent gives the amount and due date instead; the collection question is answered.",
      cu("11-04 11:11", """Hi,

My final fitting is next Thursday. Can I pay the balance by bank transfer rather than card? And will I be able to take the suit home that day or does it need more work after the fitting?

Regards,
Ciaran Murphy""", uq=1),
      ag("niamh", "11-04 13:40", """Dear Ciaran,

The balance is €1,480 and it's due at the final fitting. Most clients take the suit home the same day - if Fergus spots anything, it's usually a small tweak and ready within the week.

""")),

    C("t31-dunne-jacket-back", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Eimear Dunne <eimear.dunne@example.com>", "apple", "Jacket taken in at the back",
      "'Let me check with the workshop and come back to you early next week' (said on Thursday) never kept; the pressing question is skipped.",
      cu("11-12 08:45", """Hi Priya,

I've lost a bit of weight and my navy jacket now balloons at the back. Could it be taken in there by mid-December? And do you still do a free press with alterations? I remember that from last time.

Eimear""", uq=1),
      ag("priya", "11-12 12:15", """Hi Eimear,

Well done! Taking in the back depends on how much is in the centre seam - let me check with the workshop and come back to you early next week.

Priya""", promises=[("11-17", None)])),

    C("t32-sheridan-cloth-arrival", "en", "pending", {},
      "Rob Sheridan <rob.sheridan@example.com>", "gmail", "Cloth for my commission",
      "A promise with a deadline still ahead at audit time (Tuesday 24 November).",
      cu("11-19 08:50", """Hi Fergus,

Any idea when the Loro Piana cloth will land? I'd like to get my first fitting in before Christmas if I can.

Rob"""),
      ag("fergus", "11-19 11:40", """Hi Rob,

The mill says it's on a truck this week. Before Christmas should be fine - I'll confirm the arrival by Tuesday and we'll book the fitting then.

Fergus""", promises=[("11-24", None)])),

    C("t33-garcia-presupuesto", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Pilar García <pilar.garcia@example.es>", "gmail_es", "Presupuesto traje a medida",
      "A quote promised for Monday arrives on Wednesday after '¿hay alguna novedad? Sigo esperando'; the swatch request is never addressed.",
      cu("11-05 17:30", """Buenas tardes:

Estuve en la tienda el sábado con mi marido. ¿Me pueden preparar un presupuesto para un traje de dos piezas en la franela gris que vimos, con envío a Sevilla? Y, si no es molestia, envíenme también unas muestras de esa franela y de la azul marino, que quiero verlas con luz de día.

Muchas gracias,
Pilar García""", uq=1, tz=1),
      ag("alba", "11-06 10:10", """Hola Pilar:

Encantada de saludarla. Necesito confirmar el precio de la tela con el proveedor; le mando el presupuesto el lunes.

Un saludo,
Alba""", promises=[("11-09", 4)]),
      cu("11-11 09:15", """Hola Alba, ¿hay alguna novedad con el presupuesto? Sigo esperando.

Pilar""", tz=1, chase=True),
      ag("alba", "11-11 12:40", """Hola Pilar:

Disculpe el retraso. Le adjunto el presupuesto, con el envío a Sevilla incluido.

Un saludo,
Alba""", attach=[("application/pdf", "Presupuesto_P-2026-077.pdf", PRESUPUESTO_PDF)])),

    C("t34-kelly-toronto", "en", "pending", {},
      "Brendan Kelly <brendan.kelly@example.ca>", "gmail", "Shipping my suit to Toronto",
      "Ship date and Canadian duty answered; the courier collection is logistics, not a promise; thanks-only reply.",
      cu("11-16 09:10", """Hi Rory,

Now that the final fitting's done, when will the suit go out to me? And will I have to pay import duty at this end?

Cheers,
Brendan""", tz=-5),
      ag("rory", "11-16 16:20", """Hi Brendan,

The courier collects it on Wednesday and it normally lands in Toronto three to four working days later. Canada does charge duty on wool suits (about 18% plus HST); DHL will bill you for it before delivery.

Rory"""),
      cu("11-19 08:40", """Perfect, thanks Rory.

Brendan""", tz=-5, thanks=True)),

    C("t35-brady-waistcoat", "en", "closed", {},
      "Niall Brady <niall@bradyevents.example>", "outlook", "Waistcoat to match",
      "One question (a matching waistcoat from leftover cloth) answered; signature with a question and a '?' URL.",
      cu("11-02 10:40", """Hi Fergus,

Is there enough cloth left over from my charcoal suit to make a matching waistcoat?

Thanks,
Niall

Niall Brady | Brady Events
Planning a party? Let's talk: https://bradyevents.example/enquire?ref=email"""),
      ag("fergus", "11-02 12:30", """Hi Niall,

There is - just about. I'd cut it with a back in charcoal satin; €420, ready in three weeks. Shall I go ahead?

Fergus"""),
      cu("11-02 13:05", """Yes please go ahead.

Niall"""),
      ag("fergus", "11-02 14:10", """Grand - it's on the list.

Fergus""")),

    C("t36-wagner-muster-base64", "de", "closed", {"unanswered-question": 1},
      "Heinrich Wagner <h.wagner@wagner-consulting.example>", "outlook_de", "Anfrage Maßanzug",
      "Base64 body: swatches and deposit answered, the request to invoice the company address is skipped.",
      cu("11-03 07:30", """Sehr geehrte Damen und Herren,

ich interessiere mich für einen Maßanzug aus Ihrem Flanell-Sortiment. Gibt es die Möglichkeit, den Stoff vorab als Muster zu bekommen? Welche Anzahlung ist bei Auftragserteilung fällig?

Außerdem bitte ich Sie, die Rechnung später an meine Firmenadresse zu stellen: Wagner Consulting GmbH, Leopoldstraße 41, 80802 München.

Mit freundlichen Grüßen
Heinrich Wagner
Wagner Consulting GmbH""", uq=1, tz=1, cte="base64"),
      ag("lukas", "11-03 10:50", """Sehr geehrter Herr Wagner,

die Muster gehen heute noch an Sie raus. Bei Auftragserteilung sind 50 % fällig, der Rest bei der letzten Anprobe.

Mit freundlichen Grüßen
Lukas Brenner""")),

    C("t37-hughes-spare-buttons", "en", "closed", {"unanswered-question": 1},
      "Gareth Hughes <gareth.hughes@example.co.uk>", "gmail", "Collected - thank you",
      "A thank-you mail with a request tucked into it; the reply only says you're welcome.",
      cu("11-04 20:05", """Hi Priya,

Just wanted to say thanks - the suit looks fantastic and my wife finally approves. One more thing: could you post the spare buttons to me? I left them on the counter when I collected.

Gareth
14 Quay Street, Galway""", uq=1),
      ag("priya", "11-05 10:00", """Hi Gareth,

That's so lovely to hear - thank you! Enjoy wearing it.

Priya""")),

    C("t38-ryan-christmas-hours", "en", "closed", {},
      "Deirdre Ryan <deirdre.ryan@example.ie>", "gmail", "Christmas opening",
      "One question answered with a link only.",
      cu("11-06 13:15", """Hi, what are your opening hours over Christmas? I need to collect a jacket around the 23rd.

Deirdre"""),
      ag("priya", "11-06 14:40", """Hi Deirdre,

All here: https://ardmoretailoring.example/hours#christmas

Priya""")),

    C("t39-clarke-wedding-party", "en", "pending", {"unanswered-question": 1},
      "Megan Clarke <megan.clarke@example.com>", "gmail", "Wedding party - navy three-pieces",
      "Four questions for a wedding party; three answered out of order, the pageboy question is skipped.",
      cu("11-16 21:10", """Hi Rory,

We've decided on the navy three-piece for the groom and his party (five in total) for our wedding on 3 April. Could you let me know when we'd need to come in to be measured? Is the tie included, or is that extra? Could the pageboy (he's 7) be measured on the same day? And lastly, we'd like to pick the suits up on the Thursday rather than the Friday if that's possible.

Thanks a million,
Megan""", uq=1),
      ag("rory", "11-17 10:25", """Hi Megan,

Lovely choice. Thursday collection is fine - I've noted 1 April on your booking. Ties and pocket squares are included in the hire price. For an April wedding, any Saturday from late February works for the measuring.

Rory""")),

    C("t40-moore-pattern-copy", "en", "closed", {},
      "Declan Moore <declan.moore@example.com>", "thunderbird", "Reorder from my pattern",
      "A promise without a deadline ('I'll get back to you') kept the next day, within the window.",
      cu("11-02 11:20", """Hello Fergus,

Could you make me another pair of the flannel trousers from my existing pattern? Same cloth if you still have it.

Declan"""),
      ag("fergus", "11-02 15:35", """Hi Declan,

Happy to. Let me check whether the mill still has that flannel and I'll get back to you.

Fergus""", promises=[("window", 3)]),
      ag("fergus", "11-03 10:10", """Hi Declan,

Good news, the mill still has it. I've put the trousers in at €420 and they'll be ready in three weeks.

Fergus""", parent=2)),

    C("t41-roux-echantillons", "fr", "pending", {"unanswered-question": 2},
      "Mathilde Roux <mathilde.roux@example.fr>", "gmail", "Veste en tweed - quelques questions",
      "Three questions in a long paragraph; only the lead time is answered, the swatches and the deposit refund are not.",
      cu("11-16 20:30", """Bonsoir Céline,

Suite à notre échange au salon de Paris, je réfléchis sérieusement à une veste en tweed pour mon mari, pour son anniversaire fin février. Quel délai faut-il prévoir si nous passons à Dublin début décembre pour la prise de mesures ? Pourriez-vous aussi m'envoyer des échantillons du tweed vert et du chevron brun ? Je voudrais également savoir si l'acompte est remboursable au cas où nous changerions d'avis après la première prise de mesures.

Merci d'avance et bonne soirée,
Mathilde Roux""", uq=2, tz=1),
      ag("celine", "11-17 09:50", """Bonsoir Mathilde,

Quel plaisir d'avoir de vos nouvelles. Avec une prise de mesures début décembre, la veste sera prête vers la mi-février : c'est tout à fait jouable pour fin février.

Bien cordialement,
Céline""")),

    C("t42-lopez-cambio-prueba", "es", "pending", {},
      "Diego López <diego.lopez@example.mx>", "gmail_es", "Cambio de la prueba",
      "Moving a fitting and asking about a garment bag; both answered, the customer confirms.",
      cu("11-17 08:10", """Hola Alba:

¿Podríamos pasar la prueba del jueves al viernes por la mañana? Y otra cosa, ¿el traje se entrega con funda? Lo tengo que llevar en el avión a México.

Saludos,
Diego""", tz=0),
      ag("alba", "11-17 11:30", """Hola Diego:

Hecho: viernes 20 a las 10:30. Todos los trajes salen con su funda de viaje, y si quiere le doblamos el traje para cabina.

Un saludo,
Alba"""),
      cu("11-17 12:02", """Genial, gracias Alba.

Diego""", tz=0, thanks=True)),

    C("t43-evans-old-client", "en", "closed", {},
      "Gwen Evans <gwen.evans@example.org>", "oldclient", "Moth holes",
      "An old mail client that sends no Message-ID; the reweaving question is answered.",
      cu("11-02 09:00", """Dear Sir or Madam,

My late husband's overcoat has two small moth holes on the sleeve. Is invisible mending something you do, and roughly what would it cost?

Yours faithfully,
Gwen Evans""", msgid=False, note="Gwen Evans's first mail about moth holes (old client, no Message-ID)"),
      ag("priya", "11-02 11:15", """Dear Mrs Evans,

We do - we send reweaving to a specialist in Cork. Two small holes would be about €90 and take around three weeks. Bring the coat in whenever is convenient.

Kind regards,
Priya""")),

    C("t44-doherty-phone-refund", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Kevin Doherty <kevin.doherty@example.ie>", "gmail", "Tux hire deposit",
      "A first mail that chases a promise made on the phone; no reply since.",
      cu("11-18 09:40", """Hi,

I rang on Tuesday about getting my €50 deposit back on the tux I returned on 7 November, and was told someone would email me. Still nothing - can you let me know when it'll be refunded?

Kevin Doherty""", chase=True),
      ack("11-18 09:41")),

    C("t45-sweeney-lost-threading", "en", "closed", {"unanswered-question": 1},
      "Maeve Sweeney <maeve.sweeney@example.com>", "gmail", "Dress shortening",
      "The agent's reply lost its threading headers (RE: subject only); the hem is answered, the strap request is not.",
      cu("11-05 10:25", """Hi,

I have a bridesmaid dress that needs about 5cm off the hem - is that something you do, and how quickly? I'd also need the straps shortened slightly, maybe 1cm each side.

Maeve""", uq=1),
      ag("priya", "11-05 13:50", """Hi Maeve,

Yes, we do hems on dresses - €35 for a lined dress, and we can have it back to you within a week.

Priya""", thread=False)),

    C("t46-kaya-estimate", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Selin Kaya <selin.kaya@example.com>", "owa", "Alteration estimate for a suit",
      "'I'll send over the estimate by end of day' never kept; the question whether the trousers can be tapered is also left aside.",
      cu("11-05 09:30", """Hello,

I sent photos of my husband's suit via the website form yesterday. Could you send me an estimate for shortening the jacket sleeves and letting out the chest? Could the trousers also be tapered from the knee down?

Best,
Selin Kaya""", uq=1),
      ag("niamh", "11-05 11:00", """Dear Selin,

Thanks, I have the photos. I'll send over the estimate for the jacket by end of day once Priya has looked at them.

""", promises=[("11-05", None)])),

    C("t47-hartmann-tomorrow-late", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Lena Hartmann <lena.hartmann@example.com>", "apple", "Deposit and second fitting",
      "'I'll get back to you tomorrow' kept two days late; the question about bringing a friend is never answered.",
      cu("11-03 14:40", """Hi Fergus,

Has my deposit come through? I paid by bank transfer on Friday. Also, is it OK if I bring a friend along to the second fitting for a second opinion?

Lena""", uq=1),
      ag("fergus", "11-03 16:20", """Hi Lena,

I'll check with our bookkeeper and get back to you tomorrow.

Fergus""", promises=[("11-04", 3)]),
      ag("fergus", "11-06 12:05", """Hi Lena,

Yes, the €1,150 deposit landed on Monday - all in order.

Fergus""", parent=2)),

    C("t48-oneill-two-promises", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 2, "customer-chased": 1},
      "Fionn O'Neill <fionn.oneill@example.ie>", "outlook", "Overcoat - delivery date and invoice",
      "Two promises in one reply (a date 'by Friday', the VAT invoice 'tomorrow'), both broken; the customer chases; the later reply gives the date but forgets the invoice and the monogram question.",
      cu("11-09 09:05", """Hi Niamh,

Three quick things about my overcoat:
- When will it actually be ready? I was told mid-November.
- Please send me a VAT invoice for the deposit, my company is paying.
- Is it too late to add my initials inside the collar?

Thanks,
Fionn""", uq=1),
      ag("niamh", "11-09 11:20", """Hi Fionn,

Let me check the date with Fergus - I'll confirm by Friday. I'll send you the VAT invoice tomorrow.

""", promises=[("11-13", 4), ("11-10", None)]),
      cu("11-16 08:55", """Hi Niamh, I haven't heard back on the date or the invoice. Any news?

Fionn""", chase=True),
      ag("niamh", "11-16 12:30", """Hi Fionn,

Apologies - Fergus says the coat will be ready for collection on Friday 27th.

""")),

    C("t49-power-second-mail", "en", "pending", {"unanswered-question": 2},
      "Orla Power <orla.power@example.com>", "gmail", "Jumpsuit alteration",
      "The first question is answered; two new questions in the customer's follow-up are brushed past by a reply about the booking.",
      cu("11-13 10:20", """Hi,

Could you take in a jumpsuit at the waist? It's a crepe fabric with a zip at the back.

Orla"""),
      ag("priya", "11-13 12:00", """Hi Orla,

Yes, no problem - about €40. Just bring it in and we'll pin it on you.

Priya"""),
      cu("11-14 18:30", """Thanks Priya. Do I need an appointment for the pinning or can I just walk in? And I was wondering if you could also raise the hem by a couple of cm while it's with you.

Orla""", uq=2),
      ag("priya", "11-16 10:05", """Hi Orla,

Lovely, we'll see you soon. The jumpsuit will take about a week once it's pinned.

Priya""")),

    C("t50-walsh-template-reply", "en", "closed", {"unanswered-question": 1},
      "Paddy Walsh <paddy.walsh@example.ie>", "gmail", "Hire returns",
      "A templated reply covers the return question but not the separate question about a late-return fee.",
      cu("11-04 12:50", """Hi,

The wedding went great, thanks. How do I return the hired suits - can I just drop them in to the shop? And is there a charge if they come back on Tuesday rather than Monday? The best man's away till then.

Paddy""", uq=1),
      ag("rory", "11-04 14:45", """Hi Paddy,

Thanks for your e-mail. Hired garments can be returned to our Drury Street shop during opening hours (Tuesday to Saturday, 10am-6pm), or by post using the prepaid label in the garment bag. Please make sure all items, including ties and waistcoats, are in the bag.

Kind regards,
Rory""")),

    C("t51-kinsella-gift-voucher", "en", "closed", {},
      "Joanne Kinsella <joanne.kinsella@example.com>", "apple", "Gift voucher",
      "A multipart/alternative mail with two questions about a gift voucher; answered in one sentence and a link.",
      cu("11-05 16:40", """Hello,

I'd love to give my partner a voucher towards a made-to-measure shirt for Christmas. Do you sell gift vouchers, and can they be used towards any garment? Please send me the link to buy one online if there is one.

Many thanks,
Joanne""", kind="alt"),
      ag("priya", "11-05 17:30", """Hi Joanne,

We do, in any amount and valid on anything we make or alter: https://ardmoretailoring.example/vouchers

Priya""")),

    C("t52-costello-measurements", "en", "closed", {},
      "Sean Costello <sean.costello@example.com>", "android", "Measurements for a remote order",
      "An overseas customer asks about remote ordering; answered, then a follow-up question is answered too.",
      cu("11-02 06:20", """Hi, I'm living in Dubai now. Can I order a second suit without coming in, using my existing pattern?

Sean

Get Outlook for Android""", tz=4),
      ag("fergus", "11-02 10:45", """Hi Sean,

Yes - as long as your weight hasn't changed much, we can cut from your pattern and post it out. I'd suggest a half-lined jacket for Dubai.

Fergus"""),
      cu("11-02 15:30", """Great. What would shipping to Dubai cost?

Get Outlook for Android""", tz=4),
      ag("rory", "11-02 16:20", """Hi Sean,

€65 by DHL Express, insured, with duties paid by us - it'll be with you in about four days.

Rory""")),
]

UNANSWERED: dict[str, list[str]] = {
    "t02-okafor-trouser-hems": [
        "Also, could you let out the waist on the navy pair a little, if there's enough seam allowance in it?"],
    "t03-lindqvist-morning-suits": [
        "Could you also fit out the father of the bride?"],
    "t05-brennan-cancelled-commission": [
        "If the cloth has already been bought for me, I'd rather you post it to me than lose it - is that possible?"],
    "t07-ferreira-alquiler-boda": [
        "¿Y cuánto cuesta el envío a Madrid si al final no podemos recogerlo en la tienda?"],
    "t10-kowalczyk-three-piece": [
        "I'd also like to know if you offer a payment plan beyond the deposit.",
        "And can I bring in an old jacket whose fit I love, so that you copy the shoulders from it?"],
    "t11-dubois-retouche-veste": [
        "Merci de garder les boutons d'origine, ce sont des boutons de corne que j'aime beaucoup."],
    "t17-gallagher-boston": [
        "Can you confirm how much is left to pay on the balance?"],
    "t19-hoffmann-knopf": [
        "Und können Sie bitte gleich noch einen Knopf am Sakko annähen, der ist lose."],
    "t30-murphy-balance-transfer": [
        "Can I pay the balance by bank transfer rather than card?"],
    "t31-dunne-jacket-back": [
        "And do you still do a free press with alterations?"],
    "t33-garcia-presupuesto": [
        "Y, si no es molestia, envíenme también unas muestras de esa franela y de la azul marino, que quiero verlas con luz de día."],
    "t36-wagner-muster-base64": [
        "Außerdem bitte ich Sie, die Rechnung später an meine Firmenadresse zu stellen: Wagner Consulting GmbH, Leopoldstraße 41, 80802 München."],
    "t37-hughes-spare-buttons": [
        "could you post the spare buttons to me?"],
    "t39-clarke-wedding-party": [
        "Could the pageboy (he's 7) be measured on the same day?"],
    "t41-roux-echantillons": [
        "Pourriez-vous aussi m'envoyer des échantillons du tweed vert et du chevron brun ?",
        "Je voudrais également savoir si l'acompte est remboursable au cas où nous changerions d'avis après la première prise de mesures."],
    "t45-sweeney-lost-threading": [
        "I'd also need the straps shortened slightly, maybe 1cm each side."],
    "t46-kaya-estimate": [
        "Could the trousers also be tapered from the knee down?"],
    "t47-hartmann-tomorrow-late": [
        "Also, is it OK if I bring a friend along to the second fitting for a second opinion?"],
    "t48-oneill-two-promises": [
        "Is it too late to add my initials inside the collar?"],
    "t49-power-second-mail": [
        "Do I need an appointment for the pinning or can I just walk in?",
        "And I was wondering if you could also raise the hem by a couple of cm while it's with you."],
    "t50-walsh-template-reply": [
        "And is there a charge if they come back on Tuesday rather than Monday?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice63 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
