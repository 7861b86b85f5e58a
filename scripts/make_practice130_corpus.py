#!/usr/bin/env python3
"""Regenerate ``tests/practice130/``: a labelled corpus of Ribbon Road Wedding Cars.

A support mailbox of a fictional wedding and occasion car hire firm in Gloucestershire
(vintage and classic cars with chauffeur, ribbons and dressing, prom and funeral hire,
booking fees, balances and invoices, routes, mileage and waiting time), written without
looking at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up
window 2 days, close-after 7 days, handoff limit 2), support domain
``ribbonroadcars.example``.

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

Usage: python scripts/make_practice130_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "ribbonroadcars.example"
DESK = "Ribbon Road Bookings <bookings@ribbonroadcars.example>"

AGENTS = {
    "imogen": ("Imogen Ashworth <imogen@ribbonroadcars.example>", "thunderbird", """-- 
Imogen Ashworth
Bookings Coordinator | Ribbon Road Wedding Cars
The Coach House, Brimscombe Port, Stroud GL5 2QN | 01632 960 214
See the fleet: https://ribbonroadcars.example/fleet?ref=sig"""),
    "callum": ("Callum Rees <callum@ribbonroadcars.example>", "outlook", """Callum Rees
Fleet & Chauffeurs | Ribbon Road Wedding Cars
Questions about your day? Reply to this email or ring the garage on 01632 960 214."""),
    "priya": ("Priya Lakhani <priya@ribbonroadcars.example>", "outlook", """Priya Lakhani
Accounts, Deposits & Invoices | Ribbon Road Wedding Cars Ltd
Registered in England and Wales, company no. 09876543.
This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error, please tell us and delete it."""),
    "dan": ("Dan Whitlock <dan@ribbonroadcars.example>", "apple", """Dan Whitlock
Proms & Events | Ribbon Road Wedding Cars
https://ribbonroadcars.example/proms?utm_source=email"""),
    "katrin": ("Katrin Vogel <katrin@ribbonroadcars.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenbetreuung (Deutsch) | Ribbon Road Wedding Cars
https://ribbonroadcars.example/de?ref=signatur"""),
    "solene": ("Solène Marchetti <solene@ribbonroadcars.example>", "apple_fr", """Solène Marchetti
Service clients francophone | Ribbon Road Wedding Cars
https://ribbonroadcars.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@ribbonroadcars.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (ES) | Ribbon Road Wedding Cars
+44 1632 960 219"""),
}

ACK = """Hello,

Thank you for contacting Ribbon Road Wedding Cars. This is an automatic reply to let
you know that your message has been logged as {ref}.

Our bookings office is open Monday to Saturday, 9am-5.30pm, and we aim to reply within
one working day. If your wedding or event is within the next 48 hours, please ring the
garage on 01632 960 214 instead.

Ribbon Road Wedding Cars - Bookings
https://ribbonroadcars.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: RoadDesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="rr.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice130", title="Ribbon Road Wedding Cars", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="RR-", reply_prefix=REPLY_PREFIX)

CALLUM = "Callum Rees <callum@ribbonroadcars.example>"


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

BOOKING_FORM_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars - Booking form",
                                  "Customer: Adaeze Okafor   Date: Saturday 22 May 2027",
                                  "Car: Duchess (1958 Bentley S1)   Booking fee: GBP 175 received",
                                  "Please sign page 2 and return."])
SHAH_INVOICE_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars Ltd - Invoice RR-INV-3318 (reissued)",
                                  "Booking: Shah, Saturday 5 June 2027",
                                  "Balance due: 24 April 2027"])
SHAH_INVOICE2_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars Ltd - Invoice RR-INV-3318 rev. 2",
                                   "Car: Florence (1936 Rolls-Royce Phantom III)  GBP 695",
                                   "Booking fee paid GBP 175   Balance GBP 520 due 24 April 2027"])
WHITAKER_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars Ltd - Invoices RR-INV-3402 / RR-INV-3403",
                              "Whitaker / Adeyemi - 18 September 2027 - three cars",
                              "Booking fees: GBP 262.50 each"])
HAWTHORNE_QUOTE_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars - Quotation Q-2707-31",
                                     "Jaguar Mk2: church to Barnsley House, then 11pm getaway to Kingham",
                                     "Total GBP 640 incl. waiting and 30 miles"])
LIABILITY_PDF = mailcraft.pdf(["Public liability insurance - certificate 2027",
                               "Insured: Ribbon Road Wedding Cars Ltd   Limit of indemnity: GBP 5,000,000"])
SEVERN_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars Ltd - Invoice RR-INV-3377",
                            "Severn Legal LLP   PO SL-PO-20917",
                            "Friday 18 December 2026 - Florence, 4 hours   GBP 450"])
SUDELEY_PDF = mailcraft.pdf(["Attestation d'assurance / Insurance certificate",
                             "Vehicle: 1936 Rolls-Royce Phantom III, reg. CFH 936"])
PROM_QUOTE_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars - Prom quotation and parents' sheet",
                                "Thursday 1 July 2027 - Mabel (1962 Austin Princess), 6 passengers",
                                "GBP 360: pick-up Longlevens, photo stop, Hatherley Manor"])
HOFFMANN_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars - Buchungsbestaetigung",
                              "Samstag, 5. Dezember 2026 - Florence - Abholung 18:30 Hatton Court"])
GIRARD_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars - Brochure 2027 (FR)",
                            "Florence 695 GBP - Duchess 595 GBP - Jaguar 495 GBP - Mabel 450 GBP"])
OWLPEN_PDF = mailcraft.pdf(["Motor trade and hire insurance - 2027 certificate",
                            "Ribbon Road Wedding Cars Ltd - valid 1 Jan 2027 to 31 Dec 2027"])
BLAKE_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars - Booking confirmation (amended)",
                           "Blake - Saturday 10 July 2027 - Florence - booking fee carried over"])
GRANT_PDF = mailcraft.pdf(["Ribbon Road Wedding Cars Ltd - Invoice RR-INV-3290 rev. 1",
                           "Grant - Saturday 13 March 2027 - Duchess (Bentley) GBP 595",
                           "Balance due 30 January 2027"])
DRIVE_PNG = mailcraft.png(14, 10, lambda x, y: (120 + 6 * x, 110 + 4 * y, 90 if x % 5 else 60))
RIBBON_PNG = mailcraft.png(12, 8, lambda x, y: (247, 231 - 3 * (x > 5) * 10, 206 if x > 5 else 226))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("r01-holloway-phantom-june", "en", "closed", {},
      "Gemma Holloway <gemma.holloway@example.com>", "gmail", "Rolls-Royce for 12 June 2027?",
      "Three questions (availability, price, ribbon colours) answered out of order in one paragraph; "
      "thanks-only reply.",
      cu("11-02 10:14", """Hi there,

We're getting married on Saturday 12 June 2027 at St Mary's in Painswick, with the reception afterwards at Cowley Manor. We saw your white Rolls-Royce at the Cheltenham wedding fair last weekend and I haven't stopped thinking about it since.

Is she free on the 12th? What would it cost for the church run and then getting us to Cowley afterwards? And what ribbon colours can you do - our colours are sage green and dusky pink.

Thanks so much,
Gemma Holloway""", kind="alt"),
      ag("imogen", "11-02 15:40", """Hi Gemma,

Lovely to hear from you, and congratulations! We keep ribbon in white, ivory, champagne,
blush pink and sage, so sage with a blush bow (or the other way round) is easy; Florence,
our 1936 Phantom, is free on 12 June, and Painswick to Cowley Manor with photos on the way
is £695 for up to four hours, including the first 30 miles.

If you'd like to hold the date the booking fee is £175 - just say and I'll send the form.

Best wishes,
Imogen"""),
      cu("11-02 18:02", """Brilliant, thank you Imogen! Talking it over with Tom tonight.

Gemma""", thanks=True),
      ),
    C("r02-okafor-deposit-form", "en", "closed", {"unanswered-question": 1},
      "Adaeze Okafor <adaeze.okafor@example.com>", "outlook", "Booking fee paid - Bentley 22 May",
      "Payment confirmed and booking form sent as a PDF; the request for a second pickup for the "
      "bridesmaids is never addressed.",
      cu("11-03 08:47", """Good morning,

I paid the £175 booking fee for the Bentley yesterday evening by bank transfer (reference OKAFOR-0522). Could you confirm you've received it? The link to the booking form in your email doesn't open on my laptop - it just shows a blank page - so please could you send it to me as a PDF instead.

We've also been talking about the bridesmaids. Is it possible to add a second pickup for the bridesmaids from the Old Rectory in Frampton before the bride's run? There are four of them plus the flower girl.

Many thanks,
Adaeze""", uq=1),
      ag("priya", "11-03 11:20", """Dear Adaeze,

Thank you - I can confirm your payment of £175 reached us this morning, and Duchess (our
1958 Bentley S1) is now reserved for you on Saturday 22 May 2027.

I've attached the booking form as a PDF. Please sign page 2 and send it back whenever
convenient; a photo or a scan is fine.

Kind regards,
Priya""", attach=[("application/pdf", "RibbonRoad-booking-form-Okafor.pdf", BOOKING_FORM_PDF)]),
      cu("11-03 12:05", """Got it, thank you! I'll get it signed at the weekend.

Adaeze""", thanks=True),
      ),
    C("r03-pearce-prom-cadillac", "en", "closed", {},
      "Mark Pearce <mark.pearce@example.net>", "owa", "Prom car for 25 June 2027",
      "A parent's three prom questions answered inline, one with a bare figure; the follow-up's two "
      "questions answered at once with a payment link.",
      cu("11-04 19:30", """Hello,

My son Josh has his prom on Friday 25 June 2027 at Cheltenham Racecourse (the Centaur). He and three friends want to arrive in something special and have fallen for the pink Cadillac. A few questions:

Is the pink Cadillac available that evening?
How much for pick-up at our house in Bishop's Cleeve, a stop at Pittville Park for photos, then the racecourse?
Can the boys bring soft drinks in the car?

Thanks,
Mark Pearce"""),
      ag("dan", "11-05 09:02", """Hi Mark,

Answers under your questions:

> Is the pink Cadillac available that evening?

Yes, she's free on the 25th.

> How much for pick-up at our house in Bishop's Cleeve, a stop at Pittville Park for photos, then the racecourse?

£340.

> Can the boys bring soft drinks in the car?

Of course - we only ask for bottles with tops rather than cans, as the seats are the
original leather. No alcohol on prom bookings, I'm afraid.

Cheers,
Dan""", quote=False),
      cu("11-05 20:14", """Perfect, Josh is thrilled. We'll take it. How do we pay the deposit, and do you need the names of the other three boys?

Mark"""),
      ag("dan", "11-06 08:45", """Brilliant! No names needed - just the pick-up address and a mobile number for
the night. The £100 deposit can be paid here:
https://ribbonroadcars.example/pay?booking=PR-2506

Dan"""),
      ),
    C("r04-harcourt-funeral-limousines", "en", "pending", {},
      "Eleanor Harcourt <eleanor@harcourtfunerals.example>", "outlook", "Two following limousines - Thursday 26 November",
      "Funeral director asks for two limousines and black ties; the second car is promised by "
      "tomorrow and confirmed the next morning.",
      cu("11-16 09:20", """Good morning Callum,

We have a service at Cheltenham Crematorium on Thursday 26 November at 11.30, with the cortège leaving the family home in Charlton Kings at 10.50. The family would like two following limousines.

Could you confirm both Daimlers are available? The family have also asked whether the chauffeurs could wear black ties rather than the grey - their late father was very particular about such things.

Regards,
Eleanor Harcourt
Harcourt & Daughters Funeral Directors"""),
      ag("callum", "11-16 11:05", """Morning Eleanor,

The first Daimler is yours for the 26th, and of course the chauffeurs will wear black ties -
we keep a box of them at the garage for exactly this.

The second Daimler is down for a rehearsal drive that morning which I think I can move. I'll
confirm by tomorrow.

Best,
Callum""", promises=[("11-17", 3)]),
      ag("callum", "11-17 10:30", """Eleanor,

Good news - I've moved the rehearsal, so both Daimlers will be at Charlton Kings for 10.35
on Thursday 26th. The chauffeurs are Martin Webb and Steve Hollins.

Callum""", parent=1),
      ),
    C("r05-bennett-two-car-quote", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Lucy Bennett <lucy.bennett@example.com>", "gmail", "Quote for two cars - 11 September 2027",
      "Quote promised by Thursday arrives the following Monday after a chase; the question about a "
      "discount for booking both cars is never addressed.",
      cu("11-02 21:10", """Hi,

Could I get a quote for two cars on Saturday 11 September 2027? The Phantom for me and Dad, and the Austin Princess for my four bridesmaids and Mum.

Pick-up is my parents' house in Nailsworth, ceremony at Tetbury registry office, reception at Calcot Manor, then the cars would need to take the bridesmaids back to Nailsworth - so I think that's about 42 miles all in? Also, do you have a discount if we book both cars together?

Thanks!
Lucy""", uq=1),
      ag("imogen", "11-03 10:05", """Hi Lucy,

Thanks for getting in touch - what a lovely route. I'll put a proper quote together with
the mileage worked out from the garage and email it over by Thursday.

Imogen""", promises=[("11-05", 4)]),
      cu("11-09 09:15", """Hi Imogen, any news on the quote? We're seeing the venue again on Saturday and would love to have the cars sorted by then.

Lucy""", chase=True),
      ag("imogen", "11-09 12:40", """Hi Lucy,

So sorry - this slipped last week. For Saturday 11 September:

Florence (1936 Phantom), up to four hours: £695
Mabel (1962 Austin Princess), up to four hours: £450
Mileage: about 46 miles including our run out from Stroud, so 16 over the included
30 at £2.50 = £40

Total £1,185. The booking fee is £175 per car.

Imogen"""),
      ),
    C("r06-becker-phantom-bibury", "de", "closed", {"unanswered-question": 1},
      "Miriam Becker <m.becker@example.de>", "thunderbird_de", "Hochzeit in Bibury am 14. August 2027",
      "Four questions; availability, green ribbons and journey time answered, the question whether a "
      "chauffeur speaks German is skipped; thanks-only reply.",
      cu("11-04 20:30", """Guten Abend,

wir heiraten am Samstag, 14. August 2027, in der Kirche St Mary in Bibury und feiern danach im Bibury Court. Eine Freundin hat uns Ihre Seite empfohlen, und wir sind ganz verliebt in den weißen Rolls-Royce.

Ist der Wagen an diesem Tag noch frei? Können wir die Bänder in Dunkelgrün bekommen, passend zu unserer Tischdekoration? Und wie lange braucht man ungefähr vom Hotel in Cirencester, wo ich mich fertig mache, bis zur Kirche?

Ein Teil unserer Familie spricht kaum Englisch, deshalb noch eine Frage: Spricht einer Ihrer Chauffeure Deutsch?

Viele Grüße aus Freiburg
Miriam Becker""", uq=1, tz=1),
      ag("katrin", "11-05 10:12", """Liebe Frau Becker,

herzlichen Glückwunsch zur bevorstehenden Hochzeit!

Florence, unser Rolls-Royce Phantom von 1936, ist am 14. August 2027 noch frei.
Dunkelgrüne Bänder haben wir nicht vorrätig, aber wir binden sehr gern Band, das Sie uns
schicken: 5 Meter Satinband, etwa 5 cm breit, reichen für Kühlerhaube und Türgriffe.
Von Cirencester nach Bibury fährt man gut 20 Minuten; wir planen immer 10 Minuten Puffer
ein.

Wenn Sie den Termin fest reservieren möchten, schicke ich Ihnen gern das Buchungsformular.

Viele Grüße
Katrin Vogel"""),
      cu("11-05 21:02", """Vielen Dank, Frau Vogel, das klingt wunderbar! Wir besprechen alles am Wochenende.

Miriam Becker""", tz=1, thanks=True),
      ),
    C("r07-moreau-jaguar-bath", "fr", "closed", {},
      "Camille Moreau <camille.moreau@example.fr>", "apple_fr", "Mariage à Bath le 17 juillet 2027",
      "Three questions answered in one reply; a second mail asking about paying from a French "
      "account answered with the bank details.",
      cu("11-03 14:22", """Bonjour,

Nous nous marions à Bath le samedi 17 juillet 2027 (cérémonie au Guildhall, réception au Royal Crescent). La Jaguar Mk2 blanche est-elle disponible ce jour-là ? Pouvons-nous décorer la voiture avec nos propres fleurs (notre fleuriste s'en occupe) ? Et combien coûte l'option champagne ?

Merci d'avance,
Camille Moreau""", tz=1),
      ag("solene", "11-03 16:40", """Bonjour Camille,

Félicitations ! La Jaguar est libre le 17 juillet 2027.

Votre fleuriste peut tout à fait décorer la voiture : nous demandons seulement des
fixations à ventouse ou à ruban, jamais d'adhésif sur la carrosserie, et qu'elle passe au
garage la veille ou le matin avant 10 h.

La bouteille de champagne (Taittinger, 75 cl) avec deux flûtes est à 45 £.

Bien à vous,
Solène"""),
      cu("11-06 09:10", """Merci Solène ! C'est décidé, nous réservons la Jaguar.

Nous habitons en France : pouvons-nous payer l'acompte par virement depuis un compte français ? Si oui, pourriez-vous m'envoyer votre IBAN ?

Camille""", tz=1),
      ag("solene", "11-06 11:25", """Oui, bien sûr :

IBAN : GB29 NWBK 6016 1331 9268 19
BIC : NWBKGB2L
Titulaire : Ribbon Road Wedding Cars Ltd
Référence : MOREAU 1707

L'acompte est de 175 £.

Solène"""),
      ),
    C("r08-garcia-daisy-oxford", "es", "pending", {"unanswered-question": 1},
      "Marta García <marta.garcia@example.es>", "gmail_es", "Furgoneta Daisy para boda en Oxford",
      "Price, the father riding along and dried flowers answered; the request to pay in two "
      "instalments is skipped; thanks-only reply.",
      cu("11-15 22:40", """Hola, buenas noches:

Mi pareja es inglés y nos casamos en Oxford el 2 de octubre de 2027, primero en el ayuntamiento y después en un pub con jardín en Woodstock. Nos encanta la furgoneta Volkswagen azul (Daisy).

¿Cuánto cuesta para unas tres horas? ¿Puede venir mi padre con nosotros en la furgoneta? Tenemos claro que queremos flores secas en vez de cintas: ¿las ponen ustedes o tenemos que traerlas nosotros? Quisiera saber también si aceptan el pago en dos plazos, porque la boda la pagamos nosotros.

Un saludo,
Marta""", uq=1, tz=1),
      ag("lucia", "11-16 10:05", """Hola, Marta:

¡Enhorabuena! Daisy cuesta 425 £ por hasta cuatro horas, así que tres horas entran de
sobra (incluye 30 millas y Oxford-Woodstock está dentro).

Su padre puede ir con ustedes sin problema: Daisy tiene dos bancos y caben hasta seis
personas.

Las flores secas las tiene que traer su florista, pero nosotros las colocamos con mucho
gusto si nos las dejan en el garaje la víspera.

Un saludo,
Lucía"""),
      cu("11-16 19:30", """¡Muchísimas gracias, Lucía! Lo hablamos con calma y os decimos algo.

Marta""", tz=1, thanks=True),
      ),
    C("r09-fraser-wheelchair-nan", "en", "open", {"awaiting-reply": 1},
      "Ruth Fraser <ruth.fraser@example.org>", "gmail", "Wheelchair access for my grandmother",
      "Questions about a wheelchair user; only the helpdesk acknowledgement has answered for three "
      "days.",
      cu("11-17 13:05", """Hello,

My grandmother (92) is coming to our wedding on 8 May 2027 and uses a wheelchair. Do any of your cars have a ramp, or is there one she could transfer into easily from the chair? Would the chauffeur be able to help her in and fold the chair into the boot?

We'd like her to arrive at the church just before me, so it would be a separate car from mine.

Thanks,
Ruth Fraser"""),
      ack("11-17 13:06"),
      ),
    C("r10-ellis-twins-proms", "en", "open", {},
      "Donna Ellis <donna.ellis@example.com>", "iphone", "Two proms, same car?",
      "A fresh enquiry from this morning, inside the response target, with only the acknowledgement.",
      cu("11-20 10:32", """Hi, my twins have separate proms next summer, 24 June and 1 July 2027 (Pate's and Balcarras). Can we book the same car for both nights, and is there a discount for two bookings? Also do you do the red carpet for proms or is that only weddings?

Donna

Sent from my iPhone"""),
      ack("11-20 10:33"),
      ),
    C("r11-marsh-vow-renewal", "en", "closed", {"slow-first-response": 1},
      "Helen Marsh <helen.marsh@example.org>", "thunderbird", "Silver Bentley for a vow renewal",
      "Friday-afternoon enquiry answered on Monday morning (slow first response), all three "
      "questions answered; thanks-only reply.",
      cu("11-06 16:40", """Hello,

My husband and I are renewing our vows on 6 March next year for our 25th
anniversary. We had a silver Bentley for our wedding in 2002 and I'd love to
surprise him with one again.

Is yours free that day, could it take us on a short drive (about 10 miles,
Painswick to Slad and back) with a bottle of champagne, and what would two hours
cost?

Helen Marsh"""),
      ag("imogen", "11-09 10:15", """Dear Helen,

What a wonderful idea - congratulations on 25 years! Sorry for the wait over the weekend.

Duchess, our 1958 Bentley S1 in silver, is free on Saturday 6 March 2027. Painswick to Slad
and back with champagne on board is no trouble at all: two hours comes to £395, including
a bottle of Taittinger and two flutes.

Imogen"""),
      cu("11-09 12:30", """Oh, that's perfect. Thank you, Imogen - I'll be in touch once I've sorted the rest of the surprise!

Helen""", thanks=True),
      ),
    C("r12-shah-invoice-reopened", "en", "pending", {"reopened": 1},
      "Nikhil Shah <nikhil.shah@shahfamily.example>", "owa", "Invoice RR-INV-3318 - wrong due date",
      "A wrong due date is corrected and the ticket marked resolved; the customer then finds the "
      "wrong car on the reissued invoice (reopened) and it is fixed.",
      cu("11-10 08:55", """Hi,

The invoice you sent for our booking (RR-INV-3318) has the balance due on 24 March, but the booking form I signed says the balance is due six weeks before the wedding, which would be 24 April (the wedding is 5 June). Can you correct it?

Thanks,
Nikhil Shah""", kind="alt"),
      ag("priya", "11-10 14:30", """Dear Nikhil,

You're quite right, and apologies for the confusion. I've reissued the invoice with the
balance due on 24 April 2027 - attached.

I'll mark this ticket as resolved, but do tell me if anything else looks wrong.

Kind regards,
Priya""", closes=True, attach=[("application/pdf", "RR-INV-3318-reissued.pdf", SHAH_INVOICE_PDF)]),
      cu("11-16 18:20", """Hi Priya,

Sorry, one more thing. The reissued invoice has the Bentley on it, but we booked the Phantom (Florence). The deposit is right but the balance is £100 less than it should be. Can you check which car is actually reserved for 5 June? I'd hate to turn up to the wrong one!

Nikhil""", kind="alt"),
      ag("priya", "11-17 09:40", """Dear Nikhil,

Florence is the car reserved for you on 5 June - the booking itself is right, it was the
invoice template that picked up the wrong line. The corrected invoice is attached: balance
£520, due 24 April 2027.

Kind regards,
Priya""", attach=[("application/pdf", "RR-INV-3318-rev2.pdf", SHAH_INVOICE2_PDF)]),
      ),
    C("r13-whitaker-three-cars", "en", "pending", {"many-handoffs": 1},
      "Sophie Whitaker <sophie.whitaker@example.com>", "gmail", "Three cars for 18 September 2027",
      "Imogen confirms the cars and hands the chauffeur question to Callum (Cc'd), who answers the "
      "same day; Priya answers the split-invoice request and sends both invoices after the "
      "customer supplies the addresses: three agents.",
      cu("11-11 20:15", """Hi,

We've decided to go big and book three cars for 18 September 2027: Florence for me and Dad, Mabel for the bridesmaids, and the Jaguar for the groom and best man (he insists).

Could you check all three are free? And would the same chauffeur do both of the bride's runs, i.e. to the church and then on to the reception?

Sophie"""),
      ag("imogen", "11-12 09:30", """Hi Sophie,

All three are free on 18 September - I've pencilled them in for you for 14 days.
Chauffeur allocation is Callum's department, so I've copied him in and he'll pick that up.

Imogen""", cc=CALLUM, promises=[("window", 3)]),
      ag("callum", "11-12 15:10", """Hi Sophie,

Yes - Florence's chauffeur stays with her all day, so you'll have the same driver for the
church and the reception (quite possibly me). The Jaguar and Mabel each have their own
driver.

Callum""", parent=1),
      cu("11-13 10:20", """Amazing, thank you both!

Last thing: our parents are splitting the cost, so could the invoice be split in two, half to my parents and half to Ben's?

Sophie"""),
      ag("priya", "11-13 14:45", """Hi Sophie,

Yes, we can split it. I'll just need the names and postal addresses for both invoices.
The booking fees (£175 per car, £525 in all) can be split the same way.

Priya"""),
      cu("11-14 11:00", """Here they are:

Mr & Mrs D. Whitaker, 4 Orchard Close, Minchinhampton GL6 9AB
Mr & Mrs R. Adeyemi, 22 Park Road, Bristol BS6 7QT

Sophie"""),
      ag("priya", "11-16 09:20", """Hi Sophie,

Both invoices are attached, each for £262.50 of booking fees.

Priya""", attach=[("application/pdf", "RR-INV-3402-3403.pdf", WHITAKER_PDF)]),
      ),
    C("r14-cole-ribbon-swatches-resend", "en", "pending",
      {"customer-chased": 1, "slow-first-response": 1},
      "Hannah Cole <hannah.cole@example.net>", "outlook", "Ribbon swatches",
      "A request for ribbon samples gets only the acknowledgement; five days later the customer "
      "resends it word for word as a new mail; answered the same morning (slow first response). "
      "The post times are logistics.",
      cu("11-11 09:12", """Hello,

Would it be possible to post us some ribbon swatches? We're trying to match the ribbon on the car to the bridesmaids' dresses (a dusty blue) and can't tell from the photos online. Our address is 7 Mill Lane, Wotton-under-Edge GL12 7HX.

Many thanks,
Hannah Cole"""),
      ack("11-11 09:13"),
      cu("11-16 08:30", """Hello,

Would it be possible to post us some ribbon swatches? We're trying to match the ribbon on the car to the bridesmaids' dresses (a dusty blue) and can't tell from the photos online. Our address is 7 Mill Lane, Wotton-under-Edge GL12 7HX.

Many thanks,
Hannah Cole""", parent=0, chase=True),
      ag("imogen", "11-16 11:10", """Hi Hannah,

I'm so sorry your first email slipped through. Swatches of our three blues (powder, dusty
and French navy) went in the post this morning, first class, so they should be with you
tomorrow or Wednesday.

Imogen"""),
      ),
    C("r15-harper-farm-lane", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Tom Harper <tom.harper@example.com>", "gmail", "Bentley up a farm lane?",
      "The dress question is answered; Callum promises to check the lane and report by Friday and "
      "never does; the request to collect the bride's gran first is never addressed.",
      cu("11-09 17:45", """Hi,

We're getting married at Hill Farm near Sheepscombe (it's Jess's family's farm) on 21 August 2027 and we'd like the Bentley. The farm is at the end of a steep single-track lane, about half a mile, tarmac but with a few potholes. Will the Bentley manage it? Also, is there room in the back for Jess's dress - it has quite a big skirt! One more thing: Jess's gran lives in a care home in Painswick, so could the Bentley collect her first and bring her to the farm before the bride's run?

Tom""", uq=1),
      ag("callum", "11-10 10:20", """Hi Tom,

The Bentley has a generous rear bench - we've never met a dress we couldn't fit, and the
chauffeur will help arrange the skirt and train.

The lane I'm less sure about. I'm out that way on Thursday, so I'll drive up it and let
you know by Friday whether she'll make it.

Callum""", promises=[("11-13", None)]),
      ),
    C("r16-adeleke-revised-invoice", "en", "pending", {},
      "Femi Adeleke <femi.adeleke@example.org>", "outlook", "Second car - revised invoice please",
      "The booking-fee question is answered; the revised invoice is promised for Monday 23 "
      "November, still ahead at the audit time.",
      cu("11-18 11:30", """Hi Priya,

We've added the Austin Princess for the bridesmaids to our booking (Imogen confirmed it yesterday). Could you send a revised invoice with both cars? And is the booking fee for the second car due straight away or with the balance?

Thanks,
Femi"""),
      ag("priya", "11-18 15:05", """Dear Femi,

The booking fee for Mabel (£175) is due within 14 days to secure her - it isn't added to
the balance.

Our invoicing run is on Mondays, so I'll send the revised invoice showing both cars on
Monday 23 November.

Kind regards,
Priya""", promises=[("11-23", None)]),
      ),
    C("r17-nowak-dressing-logistics", "en", "closed", {},
      "Kasia Nowak <kasia.nowak@example.com>", "apple", "Saturday 21st - timings",
      "Arrival time and ribbons answered with the car's preparation schedule (logistics, not a "
      "promise); thanks-only reply.",
      cu("11-05 13:10", """Hello!

Just a couple of practical questions ahead of our wedding on Saturday 21 November. What time will the car arrive at my mum's house? The ceremony is at 1pm at Stroud Register Office, about 10 minutes away. And will the ribbons already be on, or does the chauffeur put them on when he gets there?

Kasia"""),
      ag("callum", "11-05 16:00", """Hi Kasia,

Your chauffeur, Martin, will arrive at 12.15 - we like to be there half an hour before you
need to leave, so nobody rushes the photos.

The car is valeted and dressed on the Friday evening (ivory ribbons and bow, as agreed), so
she arrives ready. Martin collects her from the garage at 11.30 on the day.

Callum"""),
      cu("11-05 18:30", """Perfect, thank you Callum! x""", thanks=True),
      ),
    C("r18-schmidt-kreditkarte", "de", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Thomas Schmidt <t.schmidt@example.de>", "outlook_de", "Restzahlung per Kreditkarte?",
      "Katrin promises an answer on the card fee for tomorrow; after a German chase it comes five "
      "days later. The request for a German booking confirmation is never addressed.",
      cu("11-09 19:40", """Sehr geehrte Damen und Herren,

wir haben für den 29. Mai 2027 den Jaguar gebucht (Buchung RR-2905-J). Die Restzahlung von 320 £ ist im April fällig. Können wir diese per Kreditkarte bezahlen, und fällt dafür eine Gebühr an?

Könnten Sie uns außerdem die Buchungsbestätigung auch auf Deutsch schicken? Die Eltern meiner Verlobten möchten sie gern lesen.

Mit freundlichen Grüßen
Thomas Schmidt""", uq=1, tz=1),
      ag("katrin", "11-10 09:50", """Sehr geehrter Herr Schmidt,

vielen Dank für Ihre Nachricht. Ob wir bei Karten aus dem Ausland eine Gebühr berechnen,
kläre ich heute mit unserer Buchhaltung und melde mich morgen bei Ihnen.

Mit freundlichen Grüßen
Katrin Vogel""", promises=[("11-11", 4)]),
      cu("11-13 20:15", """Hallo Frau Vogel,

ich warte immer noch auf eine Antwort wegen der Kreditkartenzahlung. Gibt es schon etwas Neues?

Gruß
Thomas Schmidt""", tz=1, chase=True),
      ag("katrin", "11-16 08:55", """Sehr geehrter Herr Schmidt,

entschuldigen Sie bitte die Verzögerung. Ja, Sie können die Restzahlung per Kreditkarte
leisten (Visa oder Mastercard, über den Zahlungslink auf Ihrer Rechnung). Für Karten, die
außerhalb des Vereinigten Königreichs ausgegeben wurden, berechnen wir 1,5 %, bei Ihnen
also 4,80 £.

Mit freundlichen Grüßen
Katrin Vogel"""),
      ),
    C("r19-lefebvre-beauford-relance", "fr", "pending",
      {"customer-chased": 1, "slow-first-response": 1},
      "Julien Lefebvre <julien.lefebvre@example.fr>", "gmail", "Beauford décapotable - 11 septembre 2027",
      "No reply for four days; the customer chases in French ('Je me permets de vous relancer'); "
      "Solène then answers the rain and price questions (slow first response).",
      cu("11-12 11:05", """Bonjour,

Nous organisons notre mariage au Matara Centre, près de Tetbury, le 11 septembre 2027. La Beauford décapotable nous plaît beaucoup.

Que se passe-t-il s'il pleut ce jour-là ? Avez-vous une voiture fermée de remplacement ? Et quel est le tarif pour un trajet court (environ 5 km) avec une séance photo ?

Cordialement,
Julien Lefebvre""", tz=1),
      cu("11-16 09:30", """Bonjour,

Je me permets de vous relancer concernant ma demande ci-dessous : nous devons confirmer nos prestataires avant la fin du mois.

Merci d'avance,
Julien Lefebvre""", tz=1, parent=1, chase=True),
      ag("solene", "11-16 14:20", """Bonjour Julien,

Toutes nos excuses pour ce délai.

La Beauford a une capote en toile que l'on ferme en quelques minutes, mais elle reste assez
ouverte sur les côtés. Si de la pluie est annoncée la veille, nous vous proposons la
Jaguar Mk2, fermée, au même tarif.

Pour un trajet court avec séance photo, comptez 545 £ : c'est le forfait jusqu'à quatre
heures, ce qui laisse tout le temps nécessaire pour les photos.

Bien cordialement,
Solène"""),
      ),
    C("r20-navarro-rolls-lunes", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Javier Navarro <javier.navarro@example.es>", "outlook", "Añadir el Rolls-Royce - 19 de junio",
      "Lucía promises to write on Monday about the Rolls-Royce; she does not, the customer chases "
      "('¿Hay alguna novedad? ... Sigo esperando') and has had no reply since.",
      cu("11-11 12:20", """Hola:

Tenemos reservado el Austin Princess para el 19 de junio de 2027. Ahora queremos añadir el Rolls-Royce para la novia. ¿Está libre ese día? ¿Cuánto sería el total con los dos coches?

Gracias,
Javier Navarro""", tz=1),
      ag("lucia", "11-12 10:15", """Hola, Javier:

Gracias por su mensaje. El Rolls-Royce (Florence) tiene una reserva provisional para ese
día que caduca el domingo. Le escribo el lunes para decirle si queda libre y, en ese caso,
le mando el total con los dos coches.

Un saludo,
Lucía""", promises=[("11-16", None)]),
      cu("11-18 09:45", """Hola, Lucía:

¿Hay alguna novedad sobre el Rolls-Royce? Sigo esperando su respuesta y la florista nos pide que confirmemos los coches.

Saludos,
Javier""", tz=1, chase=True),
      ),
    C("r21-drummond-numbered-list", "en", "closed", {"unanswered-question": 2},
      "Fiona Drummond <fiona.drummond@example.com>", "thunderbird", "My list of worries!",
      "A numbered list of five questions; the reply covers the umbrella, waiting during the "
      "ceremony and the red carpet, and skips the phone photos and the confetti.",
      cu("11-06 20:05", """Hi Imogen,

The wedding's now three weeks away (28 November) and my list of worries is growing, so here it is:

1. If it rains, does the chauffeur have an umbrella, or should we bring one?
2. Could the chauffeur take a few photos of us on our phone in the back of the car?
3. Is confetti allowed in the car? The church says we can throw it outside.
4. Can the car wait during the ceremony and then take us on to the reception at the Bear of Rodborough?
5. Do you do a red carpet, or is that extra?

Thanks for your patience!
Fiona""", uq=2),
      ag("imogen", "11-07 10:30", """Hi Fiona,

Not long now! The chauffeur carries two big white umbrellas, so no need to bring your own.
Yes, the car waits throughout the ceremony - that's included in your four hours - and then
takes you on to the Bear. And the red carpet is included for weddings; just tell the
chauffeur on the day where you'd like it laid.

Imogen"""),
      ),
    C("r22-morgan-long-paragraph", "en", "pending", {"unanswered-question": 1},
      "Rhys Morgan <rhys.morgan@example.net>", "android", "Second car for the bridesmaids?",
      "One long paragraph: the bridesmaids' car is quoted; the question buried at the end about "
      "taking the groom's grandad home is never addressed.",
      cu("11-15 22:50", """Hi there, so we've booked Florence for the 3rd of July next year (booking under Morgan/Evans) and my fiancée has now decided she'd like her three bridesmaids to arrive in style as well, which I think means a second car - how much would the Austin Princess be for the same day, just for the bridesmaids' run from the hotel in Painswick to the church, probably 20 minutes before Florence leaves? Nothing fancy needed for that one, white ribbons are fine. While I'm writing, could you also let me know whether the chauffeur could drop my grandad home to Stroud after the wedding breakfast at about 6, as he can't manage the evening do, or would that count as a separate booking? Sorry for the essay, and thanks in advance.

Rhys

Get Outlook for Android""", uq=1),
      ag("imogen", "11-16 09:30", """Hi Rhys,

Thanks - lovely idea. Mabel, our Austin Princess, is free on 3 July, and a single
bridesmaids' run from Painswick to the church is £280 with white ribbons. I can add her to
your booking as soon as you give me the nod.

Imogen"""),
      ),
    C("r23-clarke-v-ribbons", "en", "closed", {"unanswered-question": 1},
      "Jodie Clarke <jodie.clarke@example.com>", "owa", "Ribbons on the Bentley",
      "Asked whether the ribbons can be tied in a V, the agent lists the ribbon colours instead; the "
      "arrival-time question is answered.",
      cu("11-04 12:40", """Hiya,

We've booked the Bentley for 10 April. I've seen photos on Pinterest where the ribbon goes from the bonnet mascot out to the two wing mirrors in a V, instead of straight down the middle of the bonnet. Can the ribbons be done in a V like that? Also, what time will the car be at the house for photos before we leave?

Jodie""", uq=1),
      ag("imogen", "11-04 16:20", """Hi Jodie,

For the Bentley we can do ribbons in white, ivory, champagne or blush, with a matching bow
on the rear window.

The car arrives 30 minutes before you're due to leave, which gives plenty of time for photos
with your dad at the house.

Imogen"""),
      ),
    C("r24-baptiste-second-mail", "en", "closed", {"unanswered-question": 1},
      "Leah Baptiste <leah.baptiste@example.org>", "gmail", "Daisy - ceremony timings",
      "Answered and thanked; two days later a second mail asks two more things, and the reply "
      "covers the gravel drive but not adding the fiancé to the booking.",
      cu("11-02 11:20", """Hello,

We have Daisy booked for 15 May 2027. Do you need the ceremony timings from us now or nearer the time?

Leah"""),
      ag("dan", "11-02 14:05", """Hi Leah,

Nearer the time is perfect - we send a wedding-day planner eight weeks before, and that's
where the timings go.

Dan"""),
      cu("11-03 09:15", """Lovely, thanks Dan.""", thanks=True),
      cu("11-05 21:40", """Hi Dan, sorry, me again! Two things I forgot.

The booking is in my name only - could you add my fiancé, Marcus Oyelaran, so he can deal with you too if I'm not around? And is Daisy OK on the gravel drive at Kingscote Barn? It's quite deep in places.

Thanks,
Leah""", uq=1, parent=2),
      ag("dan", "11-06 10:30", """Hi Leah,

Gravel is no problem for Daisy - she's heavier than she looks, and we've done Kingscote
many times. The chauffeur parks on the hard standing by the barn door.

Dan"""),
      ),
    C("r25-ortega-bentley-nina", "es", "pending", {"unanswered-question": 2},
      "Beatriz Ortega <beatriz.ortega@example.com>", "gmail_es", "Boda de mi hija - 26 de junio de 2027",
      "Four questions in Spanish; seat belts and a child seat answered, the Friday discount and the "
      "request for photos of the interior skipped; thanks-only reply.",
      cu("11-13 18:30", """Hola:

Mi hija se casa el 26 de junio de 2027 en Gloucester y hemos visto que tienen atención en español, ¡qué alegría! Queríamos preguntar varias cosas:

¿El Bentley tiene cinturones en los asientos de atrás? Vamos con una niña de arras de cuatro años. ¿Se puede poner una silla infantil? ¿Hacen descuento si la boda es en viernes en vez de sábado? Y por último, ¿nos podrían mandar fotos del interior del coche?

Muchas gracias,
Beatriz Ortega""", uq=2),
      ag("lucia", "11-14 10:20", """Hola, Beatriz:

¡Enhorabuena por la boda de su hija!

Sí, el Bentley tiene cinturones en los asientos traseros (se instalaron en la
restauración) y podemos poner una silla elevadora para la niña sin coste. Si prefieren
traer la suya, también vale.

Un saludo,
Lucía"""),
      cu("11-14 13:00", """Muchas gracias, Lucía, muy amable.

Beatriz""", thanks=True),
      ),
    C("r26-rousseau-sudeley", "fr", "pending", {"unanswered-question": 1},
      "Élise Rousseau <elise.rousseau@example.fr>", "apple_fr", "Phantom - château de Sudeley",
      "Waiting during photos answered; the insurance papers are promised by Thursday and sent on "
      "Wednesday; the request to keep the car's bow is never addressed.",
      cu("11-16 10:15", """Bonjour Solène,

Nous avons réservé la Phantom pour le 4 septembre 2027 au château de Sudeley. Trois questions : le chauffeur peut-il nous attendre pendant la séance photo dans les jardins (environ une heure) ? Le château demande l'immatriculation et l'attestation d'assurance du véhicule : pouvez-vous les leur envoyer directement ? Enfin, nous aimerions garder le nœud de la voiture en souvenir, est-ce possible ?

Merci,
Élise""", uq=1, tz=1),
      ag("solene", "11-16 15:30", """Bonjour Élise,

Oui, le chauffeur vous attend pendant toute la séance photo : une heure entre largement
dans vos quatre heures.

Pour l'immatriculation et l'attestation d'assurance, je dois récupérer le nouveau
certificat auprès de Callum. Je reviens vers vous d'ici jeudi et je l'envoie en même temps
au château.

Bien à vous,
Solène""", promises=[("11-19", 3)]),
      ag("solene", "11-18 11:00", """Élise,

C'est fait : j'ai envoyé au château l'immatriculation (CFH 936) et l'attestation
d'assurance, que je vous joins aussi.

Solène""", parent=1, attach=[("application/pdf", "Phantom-assurance-2027.pdf", SUDELEY_PDF)]),
      ),
    C("r27-hoffmann-jubilaeum", "de", "closed", {"unanswered-question": 1},
      "Sabine Hoffmann <sabine.hoffmann@hoffmann-antrieb.example>", "gmail_de", "Rolls-Royce für unser Firmenjubiläum",
      "A corporate anniversary booking: price and availability answered, booking confirmed; the "
      "request to invoice the German parent company with its VAT number is never addressed.",
      cu("11-04 09:30", """Guten Tag Frau Vogel,

unsere britische Tochtergesellschaft in Gloucester feiert am 5. Dezember ihr 50-jähriges Jubiläum, und wir möchten unseren Seniorchef mit dem Rolls-Royce vom Hotel zum Festessen bringen lassen (ca. 8 km, Abholung 18:30 Uhr). Ist das an einem Samstagabend möglich, und was kostet es?

Außerdem bitte ich Sie, die Rechnung auf die Hoffmann Antriebstechnik GmbH in Stuttgart auszustellen, mit unserer USt-IdNr. DE 812 345 678.

Mit freundlichen Grüßen
Sabine Hoffmann
Assistenz der Geschäftsführung""", uq=1, tz=1),
      ag("katrin", "11-04 14:10", """Sehr geehrte Frau Hoffmann,

am Samstag, 5. Dezember, ist Florence abends frei. Für die Fahrt mit Wartezeit bis 22 Uhr
und Rückfahrt zum Hotel berechnen wir 395 £; der Chauffeur holt Ihren Seniorchef um
18:30 Uhr ab.

Wenn Sie mir das bestätigen, reserviere ich den Wagen für Sie.

Mit freundlichen Grüßen
Katrin Vogel"""),
      cu("11-04 16:00", """Sehr geehrte Frau Vogel,

hiermit bestätigen wir verbindlich. Das Hotel ist das Hatton Court in Upton St Leonards.

Mit freundlichen Grüßen
Sabine Hoffmann""", tz=1),
      ag("katrin", "11-05 09:20", """Vielen Dank, Frau Hoffmann - Florence ist für Sie reserviert, Abholung um
18:30 Uhr am Hatton Court. Die Buchungsbestätigung hängt an.

Mit freundlichen Grüßen
Katrin Vogel""", attach=[("application/pdf", "Buchungsbestaetigung-Hoffmann.pdf", HOFFMANN_PDF)]),
      ),
    C("r28-patel-balance-out-of-office", "en", "pending", {},
      "Meera Patel <meera.patel@example.com>", "outlook", "Balance for 24 April",
      "Both questions answered; the customer's out-of-office reply follows (automatic, not a "
      "customer message).",
      cu("11-16 12:10", """Hi,

When is the balance due for our booking on 24 April 2027, and can I pay it in two halves?

Meera Patel"""),
      ag("priya", "11-16 16:45", """Dear Meera,

The balance of £420 is due on 13 March 2027, six weeks before the wedding. Two halves is
fine - pay whenever suits before that date, using the reference on your invoice.

Kind regards,
Priya"""),
      auto("11-16 16:46", """I'm out of the office until Monday 23 November with limited access to email. For anything urgent please call the practice on 01632 960 733.

Meera Patel""", subject="Automatic reply: RE: Balance for 24 April", quote=False),
      ),
    C("r29-hawthorne-planner-cc", "en", "closed", {},
      "Olivia Hawthorne <olivia@hawthorneweddings.example>", "outlook", "Jaguar quote - Stone/Fairbairn wedding 31 July 2027",
      "A wedding planner with the bride in Cc asks for a quote, the insurance certificate and about "
      "a 'Just Married' sign; all answered with two PDFs. Her signature holds a question and a "
      "URL with '?'. Thanks-only reply.",
      cu("11-05 10:00", """Dear Dan,

I'm planning Amelia and James's wedding (Amelia copied in) on 31 July 2027 at Barnsley House. They would like a car for the two of them from the church to the house, and then a 'getaway' car at 11pm to the Wild Rabbit in Kingham.

Could you quote for the Jaguar for both, and send your public liability certificate for the venue's file? Also, can the getaway car have a 'Just Married' sign and tin cans, or is that not allowed on vintage cars?

Kind regards,
Olivia Hawthorne
Hawthorne Weddings
Planning a wedding? https://hawthorneweddings.example/enquire?src=sig""",
         cc="Amelia Stone <amelia.stone@example.com>", kind="alt"),
      ag("dan", "11-05 14:30", """Dear Olivia,

Quote attached - £640 for the Jaguar covering both the church run and the 11pm getaway,
with waiting in between. Our public liability certificate is attached too.

A 'Just Married' sign is fine (we have a magnetic one). Tin cans are a no, I'm afraid -
they chip the paintwork - but we can tie a ribbon streamer to the back bumper instead.

Best wishes,
Dan""", cc="Amelia Stone <amelia.stone@example.com>",
         attach=[("application/pdf", "Quote-Q-2707-31.pdf", HAWTHORNE_QUOTE_PDF),
                 ("application/pdf", "Public-liability-2027.pdf", LIABILITY_PDF)]),
      cu("11-05 15:10", """Thank you Dan - all filed.

Olivia Hawthorne
Hawthorne Weddings
Planning a wedding? https://hawthorneweddings.example/enquire?src=sig""", thanks=True),
      ),
    C("r30-ashdown-viewing-lost-headers", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Ben Ashdown <ben.ashdown@example.org>", "gmail", "Viewing the cars",
      "A viewing request is chased after two days; the reply (which lost its threading headers) "
      "books Saturday; of the next two questions, parking is answered and the dog is not.",
      cu("11-02 08:30", """Hi,

We'd like to come and see the cars before booking. Do you do viewings, and are Saturdays possible? We both work weekdays.

Ben Ashdown"""),
      cu("11-04 12:00", """Hi, just following up on my last email about viewing the cars - could we come this Saturday?

Ben""", parent=1, chase=True),
      ag("imogen", "11-04 15:20", """Hi Ben,

Apologies for the slow reply. Yes, viewings are by appointment at the garage in
Brimscombe, and Saturday is our busiest day for them - 10am or 11.30 this Saturday both
work.

Imogen""", thread=False),
      cu("11-04 19:00", """11.30 please. Is there parking at the garage? And can we bring our dog? She's very well behaved and will stay on her lead.

Ben""", uq=1),
      ag("imogen", "11-05 09:10", """Booked you in for 11.30 on Saturday. There's parking right outside the garage
doors.

See you then!
Imogen"""),
      ),
    C("r31-fletcher-winter-refs-gap", "en", "closed", {},
      "Naomi Fletcher <naomi.fletcher@example.net>", "thunderbird", "Winter wedding - 12 December",
      "Heating answered; the chauffeur's details are promised for 1 December (still ahead); the "
      "fizz question answered by a reply whose References skip a message.",
      cu("11-12 10:00", """Hi,

Our wedding is on 12 December (yes, a winter wedding!). Does the Phantom have
heating in the back? And could you give me the chauffeur's name and mobile
number for the day, so my coordinator can contact him directly?

Naomi"""),
      ag("callum", "11-12 13:30", """Hi Naomi,

Florence has a heater in the rear compartment, and in winter we add tartan blankets.

The December rota is done on the 1st, so I'll send you the chauffeur's name and number
then.

Callum""", promises=[("12-01", None)]),
      cu("11-13 08:45", """Thanks! We'd also like a bottle of fizz in the car after the
ceremony - can you arrange that, or should we bring our own?

Naomi"""),
      ag("callum", "11-13 11:00", """Hi Naomi,

Either works: we can supply a bottle of Prosecco with two glasses for £28, or bring your
own and we'll have it chilled and waiting.

Callum""", refs=[1, 3]),
      ),
    C("r32-kerr-retirement-disclaimer", "en", "closed", {"unanswered-question": 1},
      "David Kerr <david.kerr@severnlegal.example>", "outlook", "Rolls-Royce for a retirement - 18 December",
      "A law firm books the Rolls-Royce for a partner's retirement; price and invoicing answered, "
      "the request for navy and gold ribbons never addressed. Both customer mails carry a "
      "confidentiality disclaimer.",
      cu("11-09 11:15", """Good morning,

Our senior partner, Margaret Ellery, retires on Friday 18 December after 41 years with the firm. We'd like to surprise her with your Rolls-Royce to take her from the office (Rodney Road, Cheltenham) to her farewell lunch at Le Champignon Sauvage, and then home to Winchcombe afterwards.

Could you let me know the cost? We would need the invoice addressed to the firm with a PO number, which I'll supply. Would it be possible to have the ribbons in the firm's colours (navy and gold) rather than wedding white?

Kind regards,
David Kerr
Office Manager, Severn Legal LLP

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it; any use, copying or disclosure is prohibited.""", uq=1, kind="alt"),
      ag("imogen", "11-09 15:00", """Dear David,

What a lovely send-off. Florence is free on Friday 18 December. Office to the restaurant,
waiting through lunch, then on to Winchcombe comes to £450 for up to four hours.

We're happy to invoice Severn Legal against your PO number - just send it over when you
have it.

Best wishes,
Imogen"""),
      cu("11-10 09:30", """Thanks Imogen, please go ahead and book it. The PO number is SL-PO-20917.

Kind regards,
David Kerr
Office Manager, Severn Legal LLP

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it; any use, copying or disclosure is prohibited.""", kind="alt"),
      ag("priya", "11-10 12:15", """Dear David,

Booked - the invoice against SL-PO-20917 is attached.

Kind regards,
Priya""", attach=[("application/pdf", "RR-INV-3377.pdf", SEVERN_PDF)]),
      ),
    C("r33-brennan-rhetorical", "en", "closed", {},
      "Chloe Brennan <chloe.brennan@example.com>", "gmail", "Daisy - 7 August 2027!",
      "A rhetorical question and a question the customer answers herself, then two real ones, both "
      "answered; thanks-only reply.",
      cu("11-03 21:30", """Hi!

Who knew booking a wedding car could be this exciting? We've finally settled on Daisy for 7 August 2027. Where do I find our booking reference - oh wait, it's at the top of the confirmation, never mind!

What I actually need to know: can we have the pop-top roof up for photos, and is there a charge for the bunting?

Chloe x""", kind="alt"),
      ag("dan", "11-04 09:15", """Hi Chloe,

Ha - we think so too! The pop-top goes up for photos whenever you like (the ones of you
both peeking out are always favourites), and the bunting's free - pastel or white, your
choice.

Dan"""),
      cu("11-04 10:02", """Amazing, thank you so much Dan! x""", thanks=True),
      ),
    C("r34-turner-pashmina", "en", "pending", {},
      "Sam Turner <sam.turner@example.org>", "apple", "Thank you - and a lost pashmina",
      "A pleasantry ('Hope you had a good weekend?'), a request answered with a bare 'Of course' and "
      "a lost-property question answered; thanks-only reply.",
      cu("11-16 09:05", """Hi Callum,

Hope you had a good weekend? We certainly did - thank you so much to Steve for Saturday, he was brilliant with Nan. Could you pass on our thanks? And I think my mum left a cream pashmina on the back seat of Mabel - could you check?

Sam"""),
      ag("callum", "11-16 10:40", """Hi Sam,

Of course - Steve will be chuffed. And yes, the pashmina's here, folded up in the office.
Pop in any time Monday to Saturday, 9 till 5, or we can post it.

Callum"""),
      cu("11-16 12:00", """That's great - I'll pop in on Saturday. Thanks again!

Sam""", thanks=True),
      ),
    C("r35-lindley-forwarded-venue", "en", "pending", {},
      "Grace Lindley <grace.lindley@example.com>", "gmail", "Fwd: Wedding 9 October 2027 - vehicle access",
      "The customer forwards the venue's questions (not hers) and asks support to deal with them; "
      "answered.",
      cu("11-17 14:20", """Hi Imogen,

Our venue sent the below. Can you deal with them directly about the car?

Grace

---------- Forwarded message ---------
From: Events Team <events@stanwayhall.example>
Date: Mon, 16 Nov 2026 at 16:02
Subject: Wedding 9 October 2027 - vehicle access
To: Grace Lindley <grace.lindley@example.com>

Dear Grace,

Could your car supplier confirm the vehicle's length? Can the car park on the gravel forecourt, or will it need to use the lower car park? Please ask them to call us on 01632 960 555 if easier.

Kind regards,
Events Team"""),
      ag("imogen", "11-17 16:30", """Hi Grace,

Yes, of course - I've emailed the events team this afternoon with Florence's length
(5.4 m) and confirmed she'll use the gravel forecourt, as she has at Stanway before.

Imogen"""),
      ),
    C("r36-hale-photographer-signature", "en", "closed", {},
      "Tom Hale <tom@halehearty.example>", "thunderbird", "Candid shots in the Bentley - 14 Nov",
      "A photographer's two questions answered (one with a no); thanks-only reply whose signature "
      "holds a question and a URL with '?'.",
      cu("11-06 09:40", """Hi Callum,

I'm photographing the Sandford/Okoro wedding on 14 November and they've booked
your Bentley. Would it be possible for me to ride in the front passenger seat
between the church and the reception to get some candid shots of the couple?
If not, could your chauffeur stop for five minutes somewhere scenic on the
way? They mentioned Selsley Common.

Cheers,
Tom

--
Tom Hale | Hale & Hearty Photography
Looking for a wedding photographer? https://halehearty.example/book?ref=email"""),
      ag("callum", "11-06 12:00", """Hi Tom,

I'm afraid our insurance doesn't cover passengers in the front of the Bentley, sorry. A
stop on Selsley Common is no trouble though - it's on the way, and the light over the
valley is lovely mid-afternoon. I've put ten minutes for it on the chauffeur's sheet so
nobody's rushed.

Callum"""),
      cu("11-06 13:15", """Brilliant, thanks Callum - see you on the 14th.

Tom

--
Tom Hale | Hale & Hearty Photography
Looking for a wedding photographer? https://halehearty.example/book?ref=email""", thanks=True),
      ),
    C("r37-wilkins-drive-photo", "en", "closed", {},
      "Jade Wilkins <jade.wilkins@example.com>", "iphone", "Bentley up our drive?",
      "Support asks for a photo of the drive; the customer's second mail sends it (not a chase); "
      "answered.",
      cu("11-09 18:20", """Hi, is the Bentley ok to get up our drive? It's quite steep and narrow, between two stone walls.

Jade

Sent from my iPhone"""),
      ag("callum", "11-10 08:50", """Hi Jade,

Could you send me a photo of the drive from the road, ideally with something for scale (a
wheelie bin is perfect)? The Bentley is 1.9 m wide.

Callum"""),
      cu("11-10 12:30", """Here you go - that's our bin at the bottom by the gate.

Jade

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", DRIVE_PNG)]),
      ag("callum", "11-10 15:05", """Thanks Jade - plenty of room, about 2.6 m between the walls by the look of it.
She'll come right up to the door.

Callum"""),
      ),
    C("r38-benson-terms-link", "en", "closed", {},
      "Laura Benson <laura.benson@example.com>", "owa", "Terms and conditions?",
      "A customer in New York asks where to read the terms; answered with a link only.",
      cu("11-04 09:00", """Hello,

Before we pay the booking fee, where can we read your terms and conditions - especially what happens if we have to postpone? We're flying over from New York for the wedding, so we want to be sure.

Laura Benson""", tz=-5),
      ag("imogen", "11-04 15:30", """Hi Laura,

Here you go: https://ribbonroadcars.example/terms#postponement

Imogen"""),
      ),
    C("r39-dawson-chauffeur-name", "en", "pending", {},
      "Ellie Dawson <ellie.dawson@example.net>", "gmail", "Chauffeur's name for Saturday",
      "Arrival time answered; Imogen says Callum will email the chauffeur's name tomorrow and he "
      "does (kept by a colleague).",
      cu("11-16 11:00", """Hi,

Our wedding is this Saturday (21st)! Could we have the name of the chauffeur so we can put it on the order of the day for the ushers? And roughly when will he arrive?

Ellie"""),
      ag("imogen", "11-16 12:30", """Hi Ellie,

Not long now! The car arrives 30 minutes before your departure, so at 1.15.

Callum is finishing Saturday's rota this afternoon - he'll email you the chauffeur's name
tomorrow.

Imogen""", promises=[("11-17", 3)]),
      ag("callum", "11-17 09:50", """Hi Ellie,

Your chauffeur on Saturday is Steve Hollins - tall, grey livery, you can't miss him.

Callum""", parent=1),
      ),
    C("r40-reeves-receipt-end-of-day", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Simon Reeves <simon.reeves@example.net>", "outlook", "Balance paid - 5 December",
      "Priya promises the receipt by end of day and never sends it; the request to update the "
      "pick-up time on the chauffeur's sheet is not addressed.",
      cu("11-17 09:30", """Hi Priya,

I've paid the balance for our wedding on 5 December (£420 by card this morning). Could you send a receipt? Also, the booking confirmation still says pick-up at 12.45, but we changed it to 12.15 on the phone with Imogen - can you make sure that's updated on the chauffeur's sheet?

Thanks,
Simon Reeves""", uq=1),
      ag("priya", "11-17 14:20", """Dear Simon,

Thank you - payment received in full. I'll email your receipt by end of day.

Kind regards,
Priya""", promises=[("11-17", None)]),
      ),
    C("r41-karim-early-next-week", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Aisha Karim <aisha.karim@example.com>", "gmail", "Quote - Austin Princess and Jaguar, 2 October 2027",
      "The champagne price is answered at once; the quote promised 'early next week' on a Thursday "
      "comes on the Wednesday (late); the question about a discount for booking before Christmas "
      "is never addressed.",
      cu("11-05 10:20", """Hi,

We'd like a quote for the Austin Princess and the Jaguar on 2 October 2027 - church in Cirencester, reception at Barnsley House. Could you include the price of the champagne option in both cars? And do you offer a discount for booking before Christmas? We'd like to get it all sorted before the new year.

Aisha""", uq=1),
      ag("imogen", "11-05 15:00", """Hi Aisha,

Thank you! I need to check Mabel's service schedule for October first, so I'll get the
full quote to you early next week. Champagne is £45 per car for a bottle of Taittinger and
two flutes.

Imogen""", promises=[("11-10", 3)]),
      ag("imogen", "11-11 11:30", """Hi Aisha,

Apologies for the wait. Your quote for Saturday 2 October 2027:

Mabel (Austin Princess): £450
Jaguar Mk2: £495
Champagne in both cars: £90

Total £1,035, with a £175 booking fee per car.

Imogen""", parent=1),
      ),
    C("r42-doyle-prom-havent-heard", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Kieran Doyle <kieran.doyle@example.org>", "android", "Prom - Austin Princess 1 July 2027",
      "Quote and parents' sheet promised for tomorrow arrive four days later after 'I haven't "
      "heard back'; the chase mail's new question about standing through a sunroof is ignored.",
      cu("11-02 17:00", """Hi,

I'm organising the prom arrival for a group of six Year 11s at Sir Thomas Rich's on 1 July 2027 - the Austin Princess looks perfect. Is it free that night, and what would it cost for pick-up from one house in Longlevens and drop-off at Hatherley Manor? Could you also send something I can forward to the other parents with the details?

Kieran Doyle

Get Outlook for Android"""),
      ag("dan", "11-03 09:40", """Hi Kieran,

Mabel is free on 1 July. I'll send you a quote and a one-page info sheet for the parents
tomorrow.

Dan""", promises=[("11-04", 4)]),
      cu("11-06 19:10", """Hi Dan, I haven't heard back about the quote for the prom - the other parents keep asking me. Also, are the kids allowed to stand up through a sunroof for photos?

Kieran

Get Outlook for Android""", uq=1, chase=True),
      ag("dan", "11-07 10:00", """Hi Kieran,

Sorry! Quote attached: £360 for pick-up in Longlevens, a photo stop and drop-off at
Hatherley Manor, up to two hours. The second page is the info sheet for the parents.

Dan""", attach=[("application/pdf", "Prom-quote-Doyle.pdf", PROM_QUOTE_PDF)]),
      ),
    C("r43-lowe-funeral-phantom", "en", "closed",
      {"customer-chased": 1, "slow-first-response": 1},
      "Rebecca Lowe <rebecca.lowe@example.com>", "gmail", "Rolls-Royce for my grandad's funeral",
      "A funeral request gets only the acknowledgement; 'just checking in' two days later; answered "
      "fully, then the customer sends the funeral director's name and Callum arranges it.",
      cu("11-09 21:15", """Hello,

My grandad passed away last week. He and my nan were married in 1961 and drove away from the church in an old Rolls-Royce, and we'd love Nan to follow the hearse in something similar.

The funeral is on Friday 20 November at 2pm at St Lawrence, Stroud, then Gloucester crematorium. Is your Phantom available, and would it be appropriate without the ribbons? How much would it be?

Rebecca Lowe"""),
      ack("11-09 21:16"),
      cu("11-11 18:40", """Hello again, just checking in on the email below - I know it's short notice, but we need to let the funeral director know by Friday.

Rebecca""", parent=1, chase=True),
      ag("imogen", "11-12 08:50", """Dear Rebecca,

I'm so sorry for your loss, and sorry too that your first email wasn't answered sooner.

Florence is free on Friday 20th and we'd be honoured to carry your nan. For funerals she
goes out without ribbons, just polished and plain, and the chauffeur wears black. From
Stroud to the crematorium and back it's £395. If you let us know your funeral director,
we'll liaise with them on timings.

Imogen"""),
      cu("11-12 10:05", """Thank you, that means a lot. The funeral director is Harcourt & Daughters - Eleanor Harcourt.

Rebecca"""),
      ag("callum", "11-12 14:30", """Dear Rebecca,

I've spoken to Eleanor and everything is arranged: Florence will be at your nan's at 1.15
on Friday.

Callum"""),
      ),
    C("r44-owlpen-html-partnership", "en", "closed", {"unanswered-question": 1},
      "Lottie Graham <events@owlpenbarn.example>", "outlook", "Supplier file and recommended suppliers",
      "An HTML-only mail from a venue: the insurance certificate is sent; the proposal of a discount "
      "for the venue's couples is ignored.",
      cu("11-10 10:45", """Hi Imogen,

We have four couples this season who've booked Ribbon Road cars. Could you send me your insurance certificate for 2027 for our supplier file?

We'd also love to put your cars on our recommended suppliers page. Would you be happy to give our couples a small discount in return?

Best,
Lottie Graham
Events Coordinator, Owlpen Barn""", uq=1, kind="html"),
      ag("imogen", "11-10 14:00", """Hi Lottie,

Lovely to hear from you. The 2027 certificate is attached.

Imogen""", attach=[("application/pdf", "RibbonRoad-insurance-2027.pdf", OWLPEN_PDF)]),
      ),
    C("r45-greene-bridesmaids-base64", "en", "pending", {"unanswered-question": 1},
      "Tasha Greene <tasha.greene@example.com>", "android", "Mabel - bridesmaids 22 May",
      "A base64-encoded mail: the car seat question is answered, the prosecco one skipped.",
      cu("11-15 13:20", """Hiya 😊

We've got Mabel booked for the bridesmaids on 22 May. There'll be five of them plus my little niece who's 3 - does she need a car seat, and do you provide one? And can the bridesmaids have a bottle of prosecco in the car on the way?

Tasha x

Get Outlook for Android""", uq=1, cte="base64"),
      ag("imogen", "11-16 09:15", """Hi Tasha,

Yes - at three your niece will need a seat. We provide a high-back booster free of charge;
just remind us the day before so it's fitted.

Imogen"""),
      ),
    C("r46-martin-prom-cadillac", "es", "closed", {},
      "Rocío Martín <rocio.martin@example.com>", "gmail_es", "Cadillac rosa para el baile de fin de curso",
      "A Spanish prom enquiry answered in full; thanks-only reply.",
      cu("11-05 17:45", """Hola:

Mi hija tiene el baile de fin de curso (el "prom") el 30 de junio de 2027 en el Cheltenham Ladies' College. ¿Tienen libre el Cadillac rosa esa tarde? ¿Cuánto cuesta si recogemos a tres amigas en casas distintas, todas en Cheltenham?

Gracias,
Rocío Martín"""),
      ag("lucia", "11-06 09:30", """Hola, Rocío:

¡Sí, el Cadillac está libre el 30 de junio! Con tres recogidas en Cheltenham y la llegada
al colegio son 340 £ (hasta dos horas); las paradas dentro de la ciudad no tienen coste
extra.

Un saludo,
Lucía"""),
      cu("11-06 11:00", """¡Perfecto, muchas gracias! Se lo cuento a mi hija.

Rocío""", thanks=True),
      ),
    C("r47-herrera-2028-inline", "es", "pending", {},
      "Pablo Herrera <pablo.herrera@example.es>", "outlook", "Reservas para 2028",
      "Three questions answered inline under each quoted question.",
      cu("11-17 16:10", """Buenas tardes:

Estamos pensando casarnos en Bath en mayo de 2028.
¿Ya aceptan reservas para 2028?
¿El precio se mantiene o cambia según el año?
¿Hay que pagar algo por adelantado para reservar la fecha?

Saludos,
Pablo Herrera""", tz=1),
      ag("lucia", "11-18 09:00", """Hola, Pablo:

Le contesto debajo de cada pregunta.

> ¿Ya aceptan reservas para 2028?

Sí, desde octubre.

> ¿El precio se mantiene o cambia según el año?

Cambia: las tarifas de 2028 se publican en enero, pero si reserva antes le mantenemos la
tarifa de 2027.

> ¿Hay que pagar algo por adelantado para reservar la fecha?

Sí, 175 £ por coche, que luego se descuentan del total.

Un saludo,
Lucía""", quote=False),
      ),
    C("r48-keller-jaguar-brautigam", "de", "closed", {},
      "Andreas Keller <andreas.keller@keller-familie.example>", "outlook_de", "Jaguar für Bräutigam und Braut",
      "A German groom's question answered; his follow-up answered with a bare figure.",
      cu("11-03 08:15", """Guten Morgen,

ich (der Bräutigam) möchte am 10. Juli 2027 mit meinem Trauzeugen im Jaguar zur Kirche in Chipping Campden fahren. Geht das, und was kostet es, wenn der Wagen danach noch die Braut zur Kirche bringt?

Viele Grüße
Andreas Keller""", tz=1),
      ag("katrin", "11-03 11:40", """Hallo Herr Keller,

ja, das machen wir oft so: Der Jaguar bringt zuerst Sie und Ihren Trauzeugen zur Kirche
und holt danach die Braut ab - alles innerhalb von vier Stunden für 495 £.

Viele Grüße
Katrin Vogel"""),
      cu("11-03 19:30", """Danke! Wie viel Zeit sollten wir zwischen den beiden Fahrten einplanen?

Andreas Keller""", tz=1),
      ag("katrin", "11-04 09:05", """Mindestens 40 Minuten.

Katrin"""),
      ),
    C("r49-girard-brochure-relance", "fr", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Nathalie Girard <nathalie.girard@example.fr>", "thunderbird", "Voiture pour le mariage de notre fille",
      "Only the acknowledgement for four days; a French chase; the brochure is sent but the question "
      "whether the chauffeurs speak French is skipped.",
      cu("11-05 09:20", """Bonjour,

Nous cherchons une voiture pour le mariage de notre fille le 19 juin 2027 à
Cheltenham. Pourriez-vous m'envoyer votre brochure avec les tarifs ?
Est-ce que vos chauffeurs parlent français ? Beaucoup d'invités viennent de Lyon.

Cordialement,
Nathalie Girard""", uq=1, tz=1),
      ack("11-05 08:21"),
      cu("11-09 10:00", """Bonjour,

Je me permets de vous relancer : je n'ai toujours pas reçu de réponse à mon
message du 5 novembre. Merci de me tenir au courant.

Nathalie Girard""", tz=1, parent=1, chase=True),
      ag("solene", "11-09 14:40", """Bonjour Madame Girard,

Veuillez nous excuser pour ce silence. Vous trouverez ci-joint notre brochure 2027 avec
les tarifs.

Bien cordialement,
Solène""", attach=[("application/pdf", "Brochure-2027-FR.pdf", GIRARD_PDF)]),
      ),
    C("r50-dubois-daisy-chien", "fr", "pending", {},
      "Antoine Dubois <antoine.dubois@example.fr>", "apple_fr", "Daisy et notre chien",
      "A French pleasantry ('J'espère que vous allez bien ?') and two questions, both answered.",
      cu("11-18 18:00", """Bonjour Solène,

J'espère que vous allez bien ? Nous avons réservé Daisy pour le 24 juillet 2027. Notre chien Bruno fait partie du cortège : peut-il monter dans le combi avec nous ? Et combien de personnes peuvent voyager avec nous en plus ?

Antoine""", tz=1),
      ag("solene", "11-19 10:20", """Bonjour Antoine,

Très bien, merci ! Bruno est le bienvenu : nous posons une couverture sur la banquette.
En plus de vous deux, il reste quatre places assises.

Bien à vous,
Solène"""),
      ),
    C("r51-robertson-ribbon-photos", "en", "closed",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Mia Robertson <mia.robertson@example.com>", "iphone", "Ribbons on the Jag",
      "Photos promised for tomorrow arrive three days later, after a short chase from an iPhone.",
      cu("11-03 22:10", """hi! could you send me pics of what the champagne vs ivory ribbons look like on the jag? can't decide 🙈

Mia

Sent from my iPhone"""),
      ag("dan", "11-04 09:30", """Hi Mia,

Good question - they look quite different in daylight. I'll take some photos on the Jag
when she's out of the garage tomorrow and send them over.

Dan""", promises=[("11-05", 4)]),
      cu("11-07 12:15", """any luck with the ribbon photos? x

Sent from my iPhone""", chase=True),
      ag("dan", "11-07 16:00", """Sorry Mia! Here they are - champagne on the left, ivory on the right.

Dan""", attach=[("image/png", "jaguar-ribbons.png", RIBBON_PNG)]),
      ),
    C("r52-blake-date-change-resolved", "en", "closed", {},
      "Jordan Blake <jordan.blake@example.org>", "outlook", "Moving our date to 10 July",
      "A date change done and confirmed with a PDF; the reply marks the case resolved and tags the "
      "subject [Resolved]; nothing follows.",
      cu("11-05 11:00", """Hi,

We've had to move our wedding from 3 July to 10 July 2027 (the venue double-booked us!). Is the Phantom free on the 10th, and can our booking fee carry over?

Jordan Blake""", kind="alt"),
      ag("imogen", "11-05 13:15", """Hi Jordan,

Oh no - but good news: Florence is free on 10 July, and yes, your £175 carries straight
over. I've moved the booking and the new confirmation is attached.

I'll mark this as resolved, but just reply if anything changes again.

Imogen""", closes=True, subject="[Resolved] RE: Moving our date to 10 July",
         attach=[("application/pdf", "Confirmation-Blake-amended.pdf", BLAKE_PDF)]),
      ),
    C("r53-braun-daisy-stratford", "de", "open", {"awaiting-reply": 1},
      "Lena Braun <lena.braun@example.de>", "gmail_de", "VW-Bus Daisy für Stratford",
      "The distance question answered; the customer's two further questions two days ago have had "
      "no reply.",
      cu("11-12 20:10", """Hallo,

wir möchten Ihren VW-Bus Daisy für unsere Hochzeit am 4. Juni 2027 in Stratford-upon-Avon mieten. Fahren Sie auch so weit (ca. 50 Meilen von Stroud)?

Viele Grüße
Lena Braun""", tz=1),
      ag("katrin", "11-13 10:00", """Hallo Frau Braun,

ja, Stratford fahren wir gern an. Ab 30 Meilen berechnen wir 2,50 £ pro Meile, bei Ihnen
also rund 50 £ zusätzlich zu den 425 £.

Viele Grüße
Katrin Vogel"""),
      cu("11-18 21:30", """Danke! Zwei Fragen noch: Kann Daisy nach der Trauung auch unsere Gäste in zwei Fahrten vom Standesamt zum Restaurant bringen, und was würde das extra kosten? Und brauchen Sie von uns eine Anzahlung, um den Termin zu halten?

Lena""", tz=1),
      ),
    C("r54-pratt-layby-window", "en", "pending", {"missed-follow-up": 1},
      "Georgia Pratt <georgia.pratt@example.com>", "apple", "Parking at Cirencester register office",
      "The drop-off question is answered; 'I'll ring the council and get back to you' (no "
      "deadline) is never kept; thanks-only reply.",
      cu("11-13 15:30", """Hi Callum,

The register office in Cirencester says there's no parking outside on a Saturday and the car will have to wait in the lay-by on Lewis Lane. Is that a problem for the chauffeur, and will he still be able to open the door for me outside the entrance?

Georgia"""),
      ag("callum", "11-14 10:00", """Hi Georgia,

Dropping you at the entrance is fine - we pull in, open the door for you, and then go round
to wait. Whether the lay-by has a time limit on Saturdays I'm not sure, so I'll ring the
council and get back to you.

Callum""", promises=[("window", None)]),
      cu("11-14 11:15", """Thank you!""", thanks=True),
      ),
    C("r55-grant-invoice-wednesday", "en", "pending", {"missed-follow-up": 1},
      "Hollie Grant <hollie.grant@example.net>", "gmail", "Change from the Jaguar to the Bentley",
      "The car is changed at once; Imogen says Priya will send the invoice by Wednesday and Priya "
      "sends it on Thursday (late).",
      cu("11-16 10:40", """Hi Imogen,

Could you change our booking from the Jaguar to the Bentley (same date, 13 March)? And please send an updated invoice once it's done - my dad is paying the difference.

Hollie"""),
      ag("imogen", "11-16 12:00", """Hi Hollie,

Done - Duchess (the Bentley) is now booked for 13 March and the Jaguar released. Priya will
send the updated invoice by Wednesday.

Imogen""", promises=[("11-18", 3)]),
      ag("priya", "11-19 10:15", """Dear Hollie,

Apologies for the delay - your updated invoice is attached. The difference of £100 has
been added to the balance, due on 30 January 2027.

Kind regards,
Priya""", parent=1, attach=[("application/pdf", "RR-INV-3290-rev1.pdf", GRANT_PDF)]),
      ),
    C("r56-bonnet-devis-demain", "fr", "closed", {"missed-follow-up": 1},
      "Claire Bonnet <claire.bonnet@example.fr>", "gmail", "Phantom ou Bentley ? Devis",
      "The comfort question is answered; the quote promised for tomorrow never comes.",
      cu("11-10 14:00", """Bonjour,

Notre mariage est prévu le 25 septembre 2027 à Painswick. Nous hésitons entre la Phantom et la Bentley : laquelle est la plus confortable pour une robe avec une longue traîne ? Et pourriez-vous nous faire un devis pour les deux, avec un retour à l'hôtel en fin de soirée ?

Claire Bonnet""", tz=1),
      ag("solene", "11-11 09:30", """Bonjour Claire,

Pour une longue traîne, je vous conseille la Bentley : la banquette arrière est plus large
et la portière s'ouvre plus grand.

Pour le retour en fin de soirée, je dois vérifier les horaires des chauffeurs ce soir-là ;
je vous envoie le devis demain.

Bien cordialement,
Solène""", promises=[("11-12", None)]),
      ),
]

# The labelled unanswered questions, verbatim from the customer's own text.
UNANSWERED: dict[str, list[str]] = {
    "r02-okafor-deposit-form": [
        "Is it possible to add a second pickup for the bridesmaids from the Old Rectory in Frampton before the bride's run?",
    ],
    "r05-bennett-two-car-quote": [
        "Also, do you have a discount if we book both cars together?",
    ],
    "r06-becker-phantom-bibury": [
        "Spricht einer Ihrer Chauffeure Deutsch?",
    ],
    "r08-garcia-daisy-oxford": [
        "Quisiera saber también si aceptan el pago en dos plazos, porque la boda la pagamos nosotros.",
    ],
    "r15-harper-farm-lane": [
        "Jess's gran lives in a care home in Painswick, so could the Bentley collect her first and bring her to the farm before the bride's run?",
    ],
    "r18-schmidt-kreditkarte": [
        "Könnten Sie uns außerdem die Buchungsbestätigung auch auf Deutsch schicken?",
    ],
    "r21-drummond-numbered-list": [
        "Could the chauffeur take a few photos of us on our phone in the back of the car?",
        "Is confetti allowed in the car?",
    ],
    "r22-morgan-long-paragraph": [
        "could you also let me know whether the chauffeur could drop my grandad home to Stroud after the wedding breakfast at about 6, as he can't manage the evening do, or would that count as a separate booking?",
    ],
    "r23-clarke-v-ribbons": [
        "Can the ribbons be done in a V like that?",
    ],
    "r24-baptiste-second-mail": [
        "could you add my fiancé, Marcus Oyelaran, so he can deal with you too if I'm not around?",
    ],
    "r25-ortega-bentley-nina": [
        "¿Hacen descuento si la boda es en viernes en vez de sábado?",
        "¿nos podrían mandar fotos del interior del coche?",
    ],
    "r26-rousseau-sudeley": [
        "nous aimerions garder le nœud de la voiture en souvenir, est-ce possible ?",
    ],
    "r27-hoffmann-jubilaeum": [
        "Außerdem bitte ich Sie, die Rechnung auf die Hoffmann Antriebstechnik GmbH in Stuttgart auszustellen, mit unserer USt-IdNr. DE 812 345 678.",
    ],
    "r30-ashdown-viewing-lost-headers": [
        "And can we bring our dog?",
    ],
    "r32-kerr-retirement-disclaimer": [
        "Would it be possible to have the ribbons in the firm's colours (navy and gold) rather than wedding white?",
    ],
    "r40-reeves-receipt-end-of-day": [
        "can you make sure that's updated on the chauffeur's sheet?",
    ],
    "r41-karim-early-next-week": [
        "And do you offer a discount for booking before Christmas?",
    ],
    "r42-doyle-prom-havent-heard": [
        "Also, are the kids allowed to stand up through a sunroof for photos?",
    ],
    "r44-owlpen-html-partnership": [
        "Would you be happy to give our couples a small discount in return?",
    ],
    "r45-greene-bridesmaids-base64": [
        "And can the bridesmaids have a bottle of prosecco in the car on the way?",
    ],
    "r49-girard-brochure-relance": [
        "Est-ce que vos chauffeurs parlent français ?",
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
    """Command line: regenerate tests/practice130 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
