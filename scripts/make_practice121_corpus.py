#!/usr/bin/env python3
"""Regenerate ``tests/practice121/``: a labelled corpus of Sparkford Electrical.

A support mailbox of a fictional firm of domestic and small commercial electricians in
south Somerset (full and partial rewires, consumer unit upgrades, EV charger installs, fault
finding, EICRs and landlord inspections, PAT testing, smoke alarms, outdoor lighting),
written without looking at the detection heuristics, with many customer questions. Audited
at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``sparkfordelectrical.example``.

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

Usage: python scripts/make_practice121_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "sparkfordelectrical.example"
BOOKINGS = "Sparkford Electrical Bookings <bookings@sparkfordelectrical.example>"

AGENTS = {
    "dan": ("Dan Hollis <dan@sparkfordelectrical.example>", "outlook", """Dan Hollis
Bookings & Scheduling | Sparkford Electrical Ltd
Unit 4, Hazlegrove Yard, Sparkford, Somerset BA22 7JX | 01963 440217"""),
    "priya": ("Priya Chauhan <priya@sparkfordelectrical.example>", "owa", """Priya Chauhan
EV Charging & Renewables | Sparkford Electrical Ltd
OZEV-approved installer - https://sparkfordelectrical.example/ev?src=email"""),
    "gareth": ("Gareth Pryce <gareth@sparkfordelectrical.example>", "android", """Gareth Pryce | Sparkford Electrical
Qualifying Supervisor - NICEIC Approved Contractor
Get Outlook for Android"""),
    "lou": ("Louise Fenner <louise@sparkfordelectrical.example>", "outlook", """Louise Fenner
Accounts | Sparkford Electrical Ltd
CONFIDENTIALITY: this email and any attachments are intended for the named recipient only. If you have received it in error, please let us know and delete it."""),
    "kathrin": ("Kathrin Vogel <kathrin@sparkfordelectrical.example>", "thunderbird_de", """-- 
Kathrin Vogel
Kundenbetreuung (deutschsprachig) | Sparkford Electrical Ltd
https://sparkfordelectrical.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@sparkfordelectrical.example>", "apple_fr", """Amélie Roussel
Service client francophone | Sparkford Electrical Ltd
01963 440 219"""),
    "javier": ("Javier Ortega <javier@sparkfordelectrical.example>", "gmail_es", """--
Javier Ortega
Atención al cliente en español | Sparkford Electrical Ltd
¿Dudas sobre su cita? https://sparkfordelectrical.example/citas?lang=es"""),
}

ACK = """Hello,

Thanks for contacting Sparkford Electrical. This is an automatic reply to let you know that your message has reached us and has been logged as {ref}.

Our office is open Monday to Friday, 8am to 5pm, and we aim to reply within one working day. If you have no power, a burning smell or exposed wiring, please don't wait for an email: call our emergency line on 01963 440 200.

Sparkford Electrical - Bookings
https://sparkfordelectrical.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Sparkford Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="spk.", outlook_server="CWLP26")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: ",
                "thunderbird_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice121", title="Sparkford Electrical", desk=BOOKINGS, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="SE-", reply_prefix=REPLY_PREFIX)

# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

OLD_EICR_PDF = mailcraft.pdf(["Electrical Installation Condition Report - 2024",
                              "17 Westfield Avenue, Yeovil - 10 circuits",
                              "Overall assessment: SATISFACTORY",
                              "Observation C3: consumer unit of combustible construction"])
MEGANE_QUOTE_PDF = mailcraft.pdf(["Sparkford Electrical Ltd - Devis D-2611-019",
                                  "Borne de recharge Ohme ePod 7 kW, garage, Wincanton",
                                  "Total TTC: 985 GBP"])
INVOICE_7702_PDF = mailcraft.pdf(["Sparkford Electrical Ltd - Invoice 7702 (reissued)",
                                  "Fairfax Builders Ltd, 2 Lufton Trading Estate, Yeovil BA22 8RU",
                                  "PO FB-2281 - First fix, Plot 3 Brimsmore"])
HEATERS_QUOTE_PDF = mailcraft.pdf(["Sparkford Electrical Ltd - Angebot A-2611-007",
                                   "2 Heizkoerper mit Zeitschaltuhr, Milborne Port",
                                   "Gesamt inkl. MwSt.: 1.240 GBP"])
GARAGE_QUOTE_PDF = mailcraft.pdf(["Sparkford Electrical Ltd - Presupuesto P-2611-004",
                                  "Alimentacion taller garaje, cable SWA por la valla",
                                  "Total IVA incluido: 1.420 GBP"])
PLANS_PDF = mailcraft.pdf(["Lozano Estudio - Casa de campo, Somerton",
                           "Planta baja y primera planta - escala 1:100"])
INSURANCE_QUOTE_PDF = mailcraft.pdf(["Sparkford Electrical Ltd - Quotation Q-11-2026-031",
                                     "Claim ref HX-449102 - kitchen circuit fire damage",
                                     "Total incl. VAT: 1,085.00 GBP"])
TERMS_PDF = mailcraft.pdf(["Sparkford Electrical Ltd - Commercial terms 2026",
                           "Deposit 25% on acceptance for works over 2,000 GBP"])
MUDFORD_EICR_PDF = mailcraft.pdf(["Electrical Installation Condition Report",
                                  "23 Mudford Road, Yeovil - inspected 5 November 2026",
                                  "Overall assessment: SATISFACTORY"])
METER_PNG = mailcraft.png(10, 14, lambda x, y: (90 + 6 * x, 90 + 4 * y, 100))
BOARD_PNG = mailcraft.png(12, 9, lambda x, y: (230, 230 - 5 * y, 225 - 3 * x))
NAMEPLATE_PNG = mailcraft.png(9, 6, lambda x, y: (180 - 8 * x, 185, 190 - 10 * y))
FUSEBOX_PNG = mailcraft.png(8, 12, lambda x, y: (120 + 9 * y, 70 + 5 * x, 60))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

KITCHEN_RESEND = """Hello,

We're having our kitchen refitted in January and the fitter has asked us to get an electrician to move four sockets, add a fused spur for the extractor hood and put in a circuit for under-cupboard lights. Could you quote for that? And do you need to see the kitchen plan, or can you work from the fitter's drawing?

Many thanks,
Bethany Cole"""

CASES: list[Case] = [
    C("s01-victorian-terrace-rewire", "en", "closed", {},
      "Hannah Okafor <hannah.okafor@example.com>", "gmail", "Full rewire - Victorian terrace, Yeovil",
      "Three questions about a full rewire (cost, duration, moving out) answered in one paragraph out of order; thanks-only reply.",
      cu("11-02 08:40", """Hi there,

We've just bought a three-bed Victorian terrace in Yeovil (mid-terrace, two floors plus a small cellar) and the survey says the wiring is "original to the 1960s and needs replacing". Could you give us a rough idea of what a full rewire would cost? How long would it take, and would we need to move out while you do it? We're hoping to get it done before we move the kids in at Christmas.

Thanks,
Hannah"""),
      ag("dan", "11-02 11:05", """Hi Hannah,

Thanks for getting in touch. You wouldn't need to move out, but most families with young children stay elsewhere for the first few days while the floors are up - after that the house is liveable every evening. A mid-terrace like yours usually takes our two-man team six to eight working days, and for three bedrooms with a cellar you're typically looking at £6,800-£8,200 including a new consumer unit and making good the chases ready for the plasterer (not the plastering itself). To firm that up, Gareth would come and survey - we have Tuesday 10th or Thursday 12th at 9am free. Christmas is doable if we start by the end of November.

Kind regards,
Dan"""),
      cu("11-03 07:55", """Thanks Dan, that's really helpful. We'll talk it over this weekend and get back to you about the survey.

Hannah""", thanks=True),
      ),
    C("s02-ev6-charger-driveway", "en", "closed", {"unanswered-question": 1},
      "Tom Barraclough <tom.barraclough@example.net>", "outlook", "Quote for 7kW home charger",
      "Charger quote: main fuse and tethered/untethered answered with a price; the grant question is skipped.",
      cu("11-03 19:20", """Hello,

I'm after a quote for a 7kW home charger. We've just picked up a Kia EV6 and currently use the granny cable, which takes all night. The meter box is on the front wall of the house and the car parks about 8m away on the drive.

A few things I wasn't sure about: do we need to get the main fuse upgraded first (it's a 60A one I think), and is it better to go tethered or untethered? Also, could you tell me whether there's still any grant available for home chargers, as my parents are thinking about one for their flat too?

Regards,
Tom Barraclough""", uq=1),
      ag("priya", "11-04 09:10", """Hi Tom,

Thanks for the details. A 60A main fuse is usually fine for a 7kW charger because the units we fit have load management built in - the charger throttles back if the house is drawing a lot - so you shouldn't need an upgrade, although we do notify the network operator after installation. Tethered or untethered is down to preference: tethered is handier day to day, untethered looks tidier and lets you swap cables if you change car. Most of our customers with a drive go tethered.

For an 8m run along the front wall our fixed price is £1,045 including VAT, the charger, a dedicated RCBO and the notification. I can book you in from the week of 16 November.

Best wishes,
Priya"""),
      cu("11-04 12:30", """Great, tethered it is. We'll go ahead - any day that week suits, we both work from home.

Tom"""),
      ag("priya", "11-04 14:00", """Lovely - you're booked for Tuesday 17 November, arriving 8am. It takes about four hours.

Priya"""),
      ),
    C("s03-rcd-tripping-at-night", "en", "pending", {},
      "June Pattle <junepattle@mailbox.example>", "thunderbird", "Electrics tripping in the night",
      "RCD fault: both questions answered inline under the quote; the customer's reply with access details gets a booking confirmation.",
      cu("11-16 07:45", """Good morning,

Our electrics keep tripping in the night - it's the RCD on the left of the fuse box, and it has happened three times since Thursday, always between 2 and 4am. Everything comes back on when I push it up. The only new thing is a dehumidifier in the utility room.

Can someone come out this week? And what is your call-out charge?

June Pattle"""),
      ag("gareth", "11-16 10:20", """Morning June,

Answers below.

> Can someone come out this week?

Yes - Thursday morning, 8 till 10. In the meantime try unplugging the dehumidifier overnight and see if it still trips; that tells us a lot.

> And what is your call-out charge?

£75 for the first hour including VAT, then £30 per half hour. An RCD fault is usually found within the hour.

Gareth""", quote=False),
      cu("11-17 08:10", """Thursday morning is fine. I unplugged the dehumidifier and it didn't trip last night, so fingers crossed! The side gate will be open, please knock loudly as my hearing isn't what it was.

June"""),
      ag("gareth", "11-17 09:00", """Thanks June, that's a good sign. Thursday 8-10 is booked in for you and I'll test the dehumidifier and the utility circuit while I'm there.

Gareth"""),
      ),
    C("s04-landlord-four-flats-eicr", "en", "closed", {"unanswered-question": 2},
      "Ray Clarke <ray@clarkelettings.example>", "outlook", "EICRs for 4 flats - Hendford Hill",
      "Numbered list of four questions: price and same-day answered, tenant access and copies to the letting agent skipped; the booking reply does not pick them up either.",
      cu("11-03 10:00", """Hello,

I own four one-bed flats in a converted house on Hendford Hill and all four EICRs expire at the end of December. Before I book anything could you let me know:

1. Your price per flat for an EICR (they're all on separate supplies, plus a small landlord supply for the hallway lights)
2. Whether you can do all four on the same day
3. Do you liaise with the tenants directly to arrange access, or do I need to do that?
4. Can you send the certificates straight to my letting agent as well as to me?

Thanks in advance,
Ray Clarke
Clarke Lettings""", uq=2),
      ag("dan", "11-03 14:30", """Hello Ray,

Thanks for your enquiry. An EICR on a one-bed flat is £135 each including VAT, and the landlord supply for the communal lighting is an extra £60. Four flats plus the communal supply is comfortably a one-day job for one of our inspectors - we'd start at 8:30 and finish mid-afternoon.

Our next full free day is Thursday 12 November. Shall I pencil that in?

Kind regards
Dan"""),
      cu("11-04 09:15", """Yes please, the 12th is fine.

Ray"""),
      ag("dan", "11-04 10:00", """Great, you're booked in for Thursday 12 November from 8:30am.

Dan"""),
      ),
    C("s05-plastic-consumer-unit", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Steve Norbury <steve.norbury@example.net>", "iphone", "Consumer unit upgrade",
      "Price promised by Thursday after the customer sends his old report (not a chase); he chases on Monday and Gareth answers after a hand-over - late, so missed.",
      cu("11-03 18:05", """Hi, the electrician who did our EICR last year said our fuse box is a plastic one and should be upgraded to a metal consumer unit at some point. How much would that be roughly? It's a 3 bed semi, about 10 circuits. Also is it a full day job, i.e. will we be without power all day?

Sent from my iPhone"""),
      ag("dan", "11-04 08:50", """Hi Steve,

It's usually a day, yes - the power is off from about 9 until mid-afternoon, and we make sure the fridge and freezer go back on first. The price depends on how the existing circuits tested, so I'll ask Gareth to look at your old EICR and get back to you with a price by Thursday. Could you send us a copy of that report?

Dan""", promises=[("11-05", 5)]),
      cu("11-04 12:40", """Here you go, it's attached.

Sent from my iPhone""", attach=[("application/pdf", "EICR_2024_Westfield_Ave.pdf", OLD_EICR_PDF)]),
      cu("11-09 08:30", """Hi Dan, any news on the price for the consumer unit? We'd like to get it booked before Christmas if possible.

Steve

Sent from my iPhone""", chase=True),
      ag("gareth", "11-09 11:15", """Hi Steve, Gareth here - sorry, Dan passed this to me and it sat in my inbox last week. From your 2024 EICR all ten circuits tested fine, so it's a straight swap: £695 including VAT for a metal dual-RCBO board with surge protection and a new certificate. We can do it on 1 or 3 December.

Gareth"""),
      ),
    C("s06-patio-socket", "en", "closed", {},
      "Fiona Gilchrist <fiona.gilchrist@icloud.example>", "apple", "Outdoor socket with the garden lights",
      "Answered with a bare 'Of course.' and a price; thanks-only reply.",
      cu("11-05 20:14", """Hi Dan,

Further to Gareth's visit about the garden lights (the six bollards along the path) - could you fit an outdoor socket by the patio at the same time? It would be for the pressure washer and the Christmas lights.

Best,
Fiona"""),
      ag("dan", "11-06 08:30", """Hi Fiona,

Of course. A weatherproof double socket on its own RCD is £165 extra, and it only adds an hour or so to the job on the 19th.

Dan"""),
      cu("11-06 09:02", """Perfect, thank you!

Fiona""", thanks=True),
      ),
    C("s07-hmo-smoke-alarms", "en", "pending", {"unanswered-question": 1},
      "Marcus Fenwick-Hale <marcus@fenwickproperty.example>", "owa", "HMO - interlinked smoke alarms before council visit",
      "One long paragraph: the date and the alarm type are answered, the emergency-lighting quote asked in passing is not.",
      cu("11-16 13:05", """Hi,

I've got a five-bed HMO on Preston Road that's due its licence inspection from the council on 1 December, and the officer's pre-visit letter says the smoke alarms need to be mains-wired and interlinked with a heat alarm in the kitchen, which at the moment they aren't (they're the old battery ones from before I bought it). Is that something you could sort before the 1st, and which type would you recommend - I've read that the radio-interlinked ones with a lithium backup save you running cables between floors, is that right? The letter also mentions an emergency lighting test certificate for the stairwell, could you also quote for that while you're there? The tenants are mostly out during the day so access isn't an issue.

Thanks
Marcus Fenwick-Hale""", uq=1),
      ag("gareth", "11-17 07:40", """Hi Marcus,

Yes, we can get it done before the 1st - I've got Wednesday 25th free. You're right about the radio-interlinked ones: each alarm still needs a mains feed (we usually take it from the nearest lighting circuit), but there's no cabling between floors, which saves a lot of disruption in an occupied house. For five bedrooms, hallway, landing and a heat alarm in the kitchen we'd be looking at nine heads, £780 including VAT and the certificate the council will want to see.

Shall I book the 25th?

Gareth"""),
      ),
    C("s08-wallbox-vermietetes-haus", "de", "closed", {},
      "Jürgen Haltermann <j.haltermann@web.example>", "gmail_de", "Wallbox für Mieter in Sherborne",
      "German landlord abroad: three questions answered; his second mail sends the requested photos and asks if they suffice (not a chase), answered 'ja'.",
      cu("11-04 09:30", """Sehr geehrte Damen und Herren,

ich bin Eigentümer eines vermieteten Hauses in Sherborne (Acreman Street) und wohne selbst in Freiburg. Mein Mieter möchte eine Wallbox für sein Elektroauto installieren lassen. Was würde das ungefähr kosten? Muss ich als Eigentümer etwas beim Netzbetreiber beantragen, oder erledigen Sie das? Und kann der Mieter den Termin direkt mit Ihnen ausmachen?

Mit freundlichen Grüßen
Jürgen Haltermann""", tz=1),
      ag("kathrin", "11-04 13:15", """Sehr geehrter Herr Haltermann,

vielen Dank für Ihre Anfrage. Eine 7-kW-Wallbox kostet bei uns je nach Kabelweg zwischen 995 und 1.250 £ inklusive Mehrwertsteuer. Die Meldung beim Netzbetreiber übernehmen wir, Sie müssen nichts beantragen. Ja, Ihr Mieter kann den Termin direkt mit uns vereinbaren - wir brauchen von Ihnen nur eine kurze schriftliche Zustimmung als Eigentümer und zwei Fotos vom Zählerschrank, damit wir den Preis festlegen können.

Mit freundlichen Grüßen
Kathrin Vogel"""),
      cu("11-05 18:00", """Sehr geehrte Frau Vogel,

anbei die beiden Fotos vom Zählerschrank, die mir mein Mieter geschickt hat. Hiermit stimme ich als Eigentümer der Installation zu. Reichen die Fotos so?

Mit freundlichen Grüßen
Jürgen Haltermann""", tz=1, attach=[("image/png", "zaehlerschrank_1.png", METER_PNG),
                                    ("image/png", "zaehlerschrank_2.png", FUSEBOX_PNG)]),
      ag("kathrin", "11-06 08:45", """Sehr geehrter Herr Haltermann,

ja, die Fotos reichen völlig. Der Festpreis beträgt 1.080 £ inkl. MwSt. Ihr Mieter kann uns für einen Termin jederzeit unter 01963 440217 anrufen oder auf diese E-Mail antworten.

Mit freundlichen Grüßen
Kathrin Vogel"""),
      ),
    C("s09-licht-flackert", "de", "open",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Sabine Krüger <sabine.krueger@posteo.example>", "thunderbird_de", "Licht flackert im Wohnzimmer und in der Küche",
      "Flickering lights: cause answered, the visit deferred with 'melde mich morgen' (never kept), the invoice-to-company request ignored; the customer chases and waits.",
      cu("11-15 20:30", """Hallo,

seit ein paar Tagen flackert bei uns im Wohnzimmer und in der Küche das Licht, besonders wenn die Waschmaschine schleudert. Woran kann das liegen, und ist das gefährlich? Könnte jemand am Dienstag oder Mittwoch vorbeikommen? Außerdem bräuchte ich die Rechnung bitte auf meine Firma ausgestellt (Krüger Übersetzungen Ltd, gleiche Adresse), da ich das Haus teilweise als Büro nutze.

Viele Grüße
Sabine Krüger
Longacre Cottage, West Camel""", uq=1),
      ag("kathrin", "11-16 09:10", """Hallo Frau Krüger,

ein Flackern, das mit der Waschmaschine zusammenhängt, deutet meistens auf eine lose Verbindung hin, entweder am Neutralleiter im Sicherungskasten oder am Hausanschluss. Das sollte man sich zeitnah ansehen; bitte rufen Sie sofort unsere Notfallnummer 01963 440 200 an, falls es verbrannt riecht oder Schalter warm werden. Wegen des Termins spreche ich heute mit unserem Elektriker und melde mich morgen bei Ihnen.

Viele Grüße
Kathrin Vogel""", promises=[("11-17", None)]),
      cu("11-19 08:40", """Hallo Frau Vogel,

ich warte immer noch auf Ihre Rückmeldung wegen des Termins. Das Flackern ist gestern Abend schlimmer geworden. Kann heute oder morgen jemand kommen?

Sabine Krüger""", chase=True),
      ),
    C("s10-renovation-cottage", "fr", "closed", {},
      "Claire Dubreuil <claire.dubreuil@orange.example>", "apple_fr", "Rénovation électrique d'un cottage à Castle Cary",
      "French rewire enquiry: duration, staying in, free quote answered together; the customer confirms the visit, support acknowledges.",
      cu("11-02 21:10", """Bonjour,

Nous venons d'acheter un vieux cottage à Castle Cary et l'expert nous conseille de refaire toute l'installation électrique. Combien de temps faut-il compter pour une maison de deux chambres ? Est-ce qu'on peut rester vivre dedans pendant les travaux ? Et le devis est-il gratuit ?

Merci d'avance,
Claire Dubreuil"""),
      ag("amelie", "11-03 09:30", """Bonjour Madame Dubreuil,

Merci pour votre message. Oui, le devis est gratuit : notre électricien Gareth passe une heure sur place pour tout examiner. Pour un cottage de deux chambres, comptez en général cinq à six jours de travail. Vous pouvez rester dans la maison, mais il y aura des coupures de courant dans la journée et de la poussière quand nous passerons les câbles sous les planchers. Nous pouvons venir faire le devis le mardi 10 novembre à 14 h, cela vous convient-il ?

Bien cordialement,
Amélie Roussel"""),
      cu("11-03 12:00", """Parfait, mardi 10 à 14 h nous convient. À mardi !

Claire"""),
      ag("amelie", "11-03 13:00", """C'est noté, Gareth sera là mardi 10 novembre à 14 h. Bonne journée !

Amélie"""),
      ),
    C("s11-borne-megane", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Olivier Marchetti <o.marchetti@laposte.example>", "owa", "Devis borne de recharge - Wincanton",
      "Quote promised 'd'ici jeudi', the customer chases the following Monday, the quote arrives on Tuesday as a PDF: late, missed.",
      cu("11-02 14:00", """Bonjour,

Je souhaiterais faire installer une borne de recharge pour ma Renault Megane E-Tech dans mon garage à Wincanton. Le tableau électrique se trouve dans le garage, donc le câble serait court. Pourriez-vous m'envoyer un devis ? Et quel est le délai d'installation en ce moment ?

Cordialement,
Olivier Marchetti"""),
      ag("amelie", "11-03 10:15", """Bonjour Monsieur Marchetti,

Merci pour votre demande. En ce moment nous installons deux à trois semaines après l'acceptation du devis. Avec le tableau dans le garage, l'installation est simple ; je prépare le devis avec Priya, notre responsable des bornes, et je vous l'envoie d'ici jeudi.

Bien cordialement,
Amélie Roussel""", promises=[("11-05", 4)]),
      cu("11-09 19:30", """Bonjour Madame Roussel,

Je n'ai toujours pas reçu le devis promis pour jeudi dernier. Pourriez-vous me l'envoyer rapidement ? J'aimerais que la borne soit posée avant les fêtes.

Cordialement,
O. Marchetti""", chase=True),
      ag("amelie", "11-10 08:50", """Bonjour Monsieur Marchetti,

Toutes mes excuses pour ce retard. Vous trouverez le devis en pièce jointe : 985 £ TTC, borne Ohme ePod comprise. Si vous l'acceptez cette semaine, nous pouvons poser la borne début décembre.

Bien cordialement,
Amélie Roussel""", attach=[("application/pdf", "Devis_D-2611-019.pdf", MEGANE_QUOTE_PDF)]),
      ),
    C("s12-taller-garaje", "es", "closed", {"unanswered-question": 1},
      "Rodrigo Salcedo <rodrigo.salcedo@correo.example>", "gmail_es", "Corriente para el taller del garaje",
      "Spanish: cable type and rough price answered, the EV charger asked in the same mail is never addressed, not even with the PDF quote.",
      cu("11-05 11:20", """Hola,

Estoy montando un pequeño taller de carpintería en el garaje (está separado de la casa, a unos 15 metros) y necesito llevar corriente: enchufes, luz y una sierra de mesa de 2 kW. ¿Hace falta un cable blindado enterrado o se puede llevar por la pared? ¿Cuánto costaría más o menos? ¿Y podrían instalar también un punto de carga para el coche en el garaje aprovechando la misma obra?

Un saludo,
Rodrigo""", uq=1),
      ag("javier", "11-05 15:40", """Hola Rodrigo:

Gracias por escribirnos. Para 15 metros lo normal es un cable armado (SWA), enterrado en zanja o, si hay una pared o valla continua, fijado a ella; las dos opciones son válidas y la de la valla es más barata porque no hay que cavar. Con un cuadro pequeño en el garaje, dos enchufes dobles, dos puntos de luz LED y una toma para la sierra, el precio ronda las 1.400-1.700 £ con IVA, según la opción. Si me confirma por dónde prefiere llevar el cable, le preparo el presupuesto cerrado.

Saludos,
Javier"""),
      cu("11-06 09:00", """Por la valla, gracias. Adelante con el presupuesto.

Rodrigo"""),
      ag("javier", "11-06 12:00", """Hola Rodrigo:

Adjunto el presupuesto cerrado con el cable por la valla: 1.420 £, IVA incluido.

Saludos,
Javier""", attach=[("application/pdf", "Presupuesto_P-2611-004.pdf", GARAGE_QUOTE_PDF)]),
      ),
    C("s13-extractor-restaurante", "es", "pending", {},
      "Lucía Ferrer <lucia@tapasdelsur.example>", "android", "Urgente: el extractor de la cocina se para",
      "Restaurant fault: visit booked, support asks for a nameplate photo and the customer sends it (not a chase).",
      cu("11-17 10:05", """Buenos días,

Soy la dueña de Tapas del Sur en Sherborne. El extractor de la cocina se para solo cada media hora más o menos y salta el magnetotérmico del cuadro de la cocina. ¿Pueden venir hoy o mañana antes de las 11? Abrimos a las 12 y sin extractor no podemos cocinar.

Lucía Ferrer
Tapas del Sur"""),
      ag("javier", "11-17 10:50", """Buenos días, Lucía:

Gareth puede pasar mañana miércoles a las 8:30. ¿Podría enviarnos una foto de la placa de características del motor del extractor? Así trae el repuesto adecuado si hace falta.

Saludos,
Javier"""),
      cu("11-17 11:30", """Aquí tiene la foto de la placa. Mañana a las 8:30 estaremos.

Lucía""", attach=[("image/png", "placa_extractor.png", NAMEPLATE_PNG)]),
      ag("javier", "11-17 12:10", """Perfecto, gracias. Con esa foto Gareth trae un condensador de repuesto. Hasta mañana.

Javier"""),
      ),
    C("s14-eicr-c2-remedials", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Neil Ashdown <neil.ashdown@example.org>", "gmail", "Question about my EICR report",
      "C2 meaning and using another electrician answered; remedial price promised without a deadline and never sent; the Saturday question is skipped.",
      cu("11-03 16:40", """Hi Gareth,

Thanks for doing the EICR on Monday. I've had a read of the report and I'm a bit confused. It says "unsatisfactory" with two C2s - what does C2 actually mean, is it dangerous? How much would it cost to put them right? And do I have to use you for the remedial work, or can my brother-in-law's electrician do it? (No offence!) Also, do you ever do remedial work on a Saturday? I work shifts in the week.

Neil""", uq=1),
      ag("gareth", "11-04 08:15", """Hi Neil, none taken! C2 means "potentially dangerous" - not an immediate danger, but it needs fixing soon. Yours are a missing earth on the kitchen lighting circuit and a damaged socket outlet in the garage. Any registered electrician can do the remedials and give you a certificate for them; you don't have to use us. I'll put together a price for the two items and send it over.

Gareth""", promises=[("window", None)]),
      ),
    C("s15-kitchen-refit-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Bethany Cole <beth.cole@example.com>", "gmail", "Electrics for kitchen refit",
      "Only the helpdesk acknowledges; two days later the customer resends the same mail word for word as a new message (a chase) and is still waiting.",
      cu("11-16 09:12", KITCHEN_RESEND),
      ack("11-16 09:13"),
      cu("11-18 14:30", KITCHEN_RESEND, parent=0, chase=True),
      ack("11-18 14:31"),
      ),
    C("s16-office-car-park-lights", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Alistair Hume <alistair@humeandco.example>", "outlook", "Outdoor lighting - office car park",
      "Friday-afternoon enquiry answered on Monday (slow); the floodlight price is given, the broken bike-shelter light is never mentioned.",
      cu("11-06 15:45", """Hi,

We'd like some outdoor lighting at our office - two PIR floodlights over the car park and a lamp post light by the entrance steps. Could you give us a price? We'd want it done before the clocks... well, they've already gone back, so as soon as possible really. Could your electrician also look at why the existing light over the bike shelter has stopped working?

Regards
Alistair Hume
Hume & Co Chartered Surveyors""", uq=1),
      ag("dan", "11-09 10:30", """Hi Alistair,

Apologies for the slow reply - your email arrived just after we'd closed on Friday. Two 30W LED PIR floodlights and a 1.2m lamp post with its own armoured feed come to £1,180 including VAT, and we could fit them on Wednesday 18 or Thursday 19 November. Let me know which suits.

Dan"""),
      cu("11-09 11:05", """Thursday 19th please.

Alistair"""),
      ag("dan", "11-09 11:30", """Booked for Thursday 19 November from 8am.

Dan"""),
      ),
    C("s17-charger-offline-then-tripping", "en", "pending", {"reopened": 1},
      "Graham Oduya <graham.oduya@example.net>", "gmail", "Charger app says device offline",
      "App connection fixed and the ticket explicitly resolved; a thanks-only mail does not reopen it, a new fault (RCD trips in the rain) a week later does.",
      cu("11-09 17:30", """Hi Priya,

The charger you fitted last week works fine on the cable but I can't get the app to connect to it - it just says "device offline". Our router is in the front room, the charger is on the side of the garage. Is there a way to fix this without moving the router? And do I lose anything if it stays offline, like the cheap overnight rate scheduling?

Thanks, Graham"""),
      ag("priya", "11-10 09:00", """Hi Graham,

Yes - the charger has a 4G SIM built in that takes over when the wifi is weak; it just needed switching on remotely, which I've now done, so it should show as online within the hour. And yes, without a connection the schedule for your overnight rate wouldn't run, which is why it's worth sorting. I'll mark this ticket as resolved, but if it drops offline again just reply here.

Priya""", closes=True),
      cu("11-10 18:00", """It's online now, thanks Priya!

Graham""", thanks=True),
      cu("11-16 07:50", """Hi again,

Different problem this time: since the heavy rain over the weekend the charger has tripped the RCD in the house twice while charging. Is that something you need to come and look at? It's still under the installation warranty, isn't it?

Graham"""),
      ag("gareth", "11-16 11:20", """Hi Graham, Priya passed this to me. Yes, it's covered by our workmanship warranty, so there's no charge. Water getting into the isolator by the charger is the usual suspect after heavy rain. I've booked you in for Wednesday 18th at 1pm - please don't charge the car until it's been checked.

Gareth"""),
      ),
    C("s18-office-fitout-abbey-manor", "en", "pending", {"many-handoffs": 1},
      "Helen Marsh <helen.marsh@quantockdesign.example>", "outlook", "Electrical fit-out - Unit 9 Abbey Manor",
      "Small commercial fit-out with a Cc'd office manager: Dan books the survey, Louise sends the deposit terms as Dan promised, Gareth promises the quote by a date still ahead - three agents.",
      cu("11-11 09:00", """Hello,

We're moving into the first floor of Unit 9, Abbey Manor Business Park in January and need the electrics adapting for 12 desks: floor boxes or dado trunking for power and data, and the old strip lights replaced with LED panels. Could someone come and measure up next week? And do you take a deposit for commercial work?

Rob (copied) is our office manager and will be the contact on site.

Helen Marsh
Quantock Design Studio""", cc="Rob Tilley <rob.tilley@quantockdesign.example>", kind="alt"),
      ag("dan", "11-11 11:30", """Hi Helen,

Thanks for thinking of us. I've booked Gareth to measure up on Tuesday 17th at 10am - Rob is copied, so he has the date. Louise in accounts handles commercial terms; she'll email you our deposit details today.

Dan""", cc="Rob Tilley <rob.tilley@quantockdesign.example>", promises=[("11-11", 3)]),
      ag("lou", "11-11 14:00", """Hello Helen,

For commercial fit-outs over £2,000 we take a 25% deposit when the quote is accepted, with the balance on completion. Our full terms are attached.

Kind regards
Louise""", cc="Rob Tilley <rob.tilley@quantockdesign.example>",
         attach=[("application/pdf", "Sparkford_commercial_terms_2026.pdf", TERMS_PDF)]),
      cu("11-17 15:00", """Hi all,

Thanks Gareth for coming out this morning. Could we have the quotation by the end of the month, as our board meets on 2 December?

Rob Tilley
Office Manager, Quantock Design Studio""", frm="Rob Tilley <rob.tilley@quantockdesign.example>",
         cc="Helen Marsh <helen.marsh@quantockdesign.example>"),
      ag("gareth", "11-18 09:30", """Hi Rob, no problem - the quote will be with you by Friday 27 November at the latest, so you'll have it well before the board meeting.

Gareth""", promises=[("11-27", None)]),
      ),
    C("s19-underfloor-heating-mat", "en", "open", {},
      "Kofi Mensah <kofi.mensah@example.org>", "gmail", "Electric underfloor heating in bathroom",
      "Fresh enquiry this morning, only the acknowledgement so far - inside the response target.",
      cu("11-20 10:15", """Hello, could you tell me if you install electric underfloor heating mats? We're redoing the bathroom (about 5m2) and the tiler needs the mat down and tested before he tiles on 7 December. What would you charge to connect it to a thermostat?

Thanks, Kofi"""),
      ack("11-20 10:16"),
      ),
    C("s20-storage-heaters-bungalow", "en", "open", {"awaiting-reply": 1},
      "Margaret Quinlan <peggy.quinlan@example.net>", "thunderbird", "Replacing old storage heaters",
      "Storage heaters: answered with a question back; the customer's reply with two new questions has waited two days.",
      cu("11-12 14:00", """Dear Sir or Madam,

I have three storage heaters in my bungalow that are over thirty years old and very expensive to run. Could you replace them with modern ones, and what would be the cost? I am on Economy 7.

Yours faithfully,
Margaret Quinlan"""),
      ag("dan", "11-13 09:10", """Dear Mrs Quinlan,

Thank you for your email. Yes, we replace storage heaters regularly. Modern high-heat-retention heaters for a living room, hall and bedroom would cost around £2,350 fitted, including VAT and taking the old ones away. Heaters from before 1975 can contain asbestos bricks, so do you know roughly when yours were installed?

Yours sincerely,
Dan Hollis"""),
      cu("11-18 11:20", """Dear Mr Hollis,

They were put in when we moved here in 1989, so I hope they are all right. Could you tell me whether the new heaters can be controlled from my phone? My son says they can. And how long does the job take, as I am 84 and would need to arrange to stay with my daughter.

Margaret Quinlan"""),
      ),
    C("s21-dental-practice-pat", "en", "closed", {},
      "Imran Siddiqui <imran@siddiquidental.example>", "outlook", "PAT testing for dental practice",
      "Price, minimum charge and Saturday answered; the customer's out-of-office fires; back a week later he books (no question).",
      cu("11-04 08:20", """Morning,

We're a small dental practice in Yeovil. Our insurer wants up-to-date PAT testing - about 60 items including the surgery equipment. What's your price per item, is there a minimum charge, and can you do it on a Saturday when we're closed?

Thanks
Imran Siddiqui
Practice Manager"""),
      ag("dan", "11-04 12:15", """Hi Imran,

PAT testing is £1.50 per item with a minimum charge of £90, so for around 60 items you'd be at £90 plus VAT. Saturdays are fine - we have 21 and 28 November free. Surgery equipment under a manufacturer's service contract is normally tested by the supplier, so it's worth checking that before the day.

Dan"""),
      auto("11-04 12:16", """Thank you for your email. I am out of the office from 4 to 11 November with limited access to email. For urgent practice matters please contact reception@siddiquidental.example or call 01935 555 0184.

Imran Siddiqui""", quote=False, subject="Automatic reply: RE: PAT testing for dental practice"),
      cu("11-12 09:00", """Hi Dan,

Back from holiday. Saturday 28th please, and I've checked: the X-ray unit and the compressor are covered by the supplier, so it'll be about 48 items.

Imran"""),
      ag("dan", "11-12 10:00", """Thanks Imran - booked for Saturday 28 November at 9am.

Dan"""),
      ),
    C("s22-home-office-sockets", "en", "closed", {},
      "Pete Lanyon <pete.lanyon@example.com>", "gmail", "Two extra sockets in back bedroom",
      "A rhetorical question and a self-answered one around the real question (price), which is answered.",
      cu("11-05 19:40", """Evening,

Why is it that every electrical thing in this house was apparently done by a different person in a different decade? Anyway. We want to add two double sockets in the back bedroom, which is becoming my home office. Where's the nearest ring main, I hear you ask? No idea - though actually I've just found a junction box under the floorboard by the door, so maybe that's it. How much would two doubles cost, roughly?

Cheers
Pete"""),
      ag("dan", "11-06 08:40", """Hi Pete,

Two double sockets on the existing ring, with the cable chased in and made good ready for paint, would be about £240 including VAT - we'd test that the junction box is on the ring and not a lighting circuit first. Happy to book you in on Friday 13th if that suits.

Dan"""),
      cu("11-06 09:15", """Friday 13th it is (brave of you). Morning if possible.

Pete"""),
      ag("dan", "11-06 10:00", """Ha - booked for Friday 13th, 8am.

Dan"""),
      ),
    C("s23-loft-conversion-first-fix", "en", "pending", {"unanswered-question": 1},
      "Sophie Renwick <sophie.renwick@example.org>", "owa", "Electrics for loft conversion",
      "HTML-only mail: the price is answered, but asked whether first fix can start before the plasterers on 30 November the reply gives durations instead of a date.",
      cu("11-16 20:05", """Hi,

We're having our loft converted into a bedroom with an en-suite, and the builder has asked us to organise the electrician ourselves. Could you quote for the lighting (six downlights plus a pendant), three double sockets, and an extractor fan in the en-suite? Can your electrician start first fix before the plasterers arrive on 30 November? The builder says the walls need to be closed by then.

Thanks
Sophie""", kind="html", uq=1),
      ag("dan", "11-17 08:50", """Hi Sophie,

Thanks for your email. For six LED downlights, a pendant, three double sockets and a humidistat extractor fan in the en-suite the price is £1,290 including VAT and the Part P certificate. First fix for a loft of that size is normally a day and a half, with second fix after plastering taking another day.

Dan"""),
      ),
    C("s24-insurance-quote-letterhead", "en", "closed", {},
      "Derek Pinnock <derek.pinnock@example.net>", "android", "Written quote for insurance claim",
      "Request for a written quote answered with a PDF attachment; thanks-only reply.",
      cu("11-05 07:30", """Morning. Gareth came round yesterday about the fire-damaged kitchen circuit. My insurer needs a written quote on your letterhead with a breakdown, can you send one over? Claim ref HX-449102.

Derek

Get Outlook for Android"""),
      ag("lou", "11-05 10:40", """Dear Mr Pinnock,

Please find attached our itemised quotation Q-11-2026-031 for the kitchen circuit repairs, with your claim reference on it.

Kind regards
Louise""", attach=[("application/pdf", "Quotation_Q-11-2026-031.pdf", INSURANCE_QUOTE_PDF)]),
      cu("11-05 11:05", """Got it, many thanks Louise.

Derek""", thanks=True),
      ),
    C("s25-letting-agent-niceic-proof", "en", "closed", {},
      "Anita Desai-Wood <anita@desaiwoodlettings.example>", "gmail", "NICEIC registration and sample EICR",
      "Two requests answered with two links only; the customer's signature has a question and a URL with '?'.",
      cu("11-06 12:10", """Hello,

One of our landlords has asked us to check that any electrician we use is properly registered. Could you send us proof of your NICEIC registration? Also, do you have an example EICR we could show landlords so they know what they'll get?

Kind regards
Anita Desai-Wood
Lettings Manager, Desai-Wood Lettings
Looking for a home? https://desaiwoodlettings.example/listings?area=yeovil&beds=2"""),
      ag("dan", "11-06 13:00", """Hi Anita,

https://niceic.example/find-a-contractor?id=SPK60412
https://sparkfordelectrical.example/downloads/sample-eicr.pdf

Dan"""),
      ),
    C("s26-victorian-lamp-post", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Ollie Brandt <ollie.brandt@example.com>", "thunderbird", "Old lamp post in front garden",
      "No reply for a day and a half, the customer follows up on his own mail; the answer covers repair and quoting but not the dusk-to-dawn sensor.",
      cu("11-09 20:30", """Hi,

We've got a Victorian house with the original cast-iron lamp post in the front garden, and it hasn't worked since we moved in. Would you be able to get it working again? It has an old cable coming up from the cellar. Is it something you'd need to test before quoting, or can you give me a ballpark? And could you fit a dusk-to-dawn sensor to it while you're at it?

Ollie""", uq=1),
      cu("11-11 08:15", """Just following up on my email below - is this something you do? Happy to send photos.

Ollie""", chase=True),
      ag("gareth", "11-11 09:40", """Hi Ollie, sorry for the wait. Yes, we do this quite often - usually it's a corroded connection at the base or a cable that has failed underground. We'd need to test the cable before we can quote; a fault-finding visit is £75 for the first hour. Photos of the base and the cellar end would help me bring the right kit.

Gareth"""),
      ),
    C("s27-charger-install-date", "en", "closed", {},
      "Rachel Whitcombe <rachel.whitcombe@example.org>", "iphone", "EV charger - when can you fit it?",
      "Dan promises Priya will email the dates tomorrow; Priya does, the customer picks a day.",
      cu("11-03 12:30", """Hi, we paid the deposit for the EV charger on Friday. When can you fit it? We're out at work weekdays but my mum can be in to let you in.

Rachel

Sent from my iPhone"""),
      ag("dan", "11-03 15:00", """Hi Rachel, thanks - deposit received. Priya organises the charger installs and she'll email you tomorrow with the first available dates.

Dan""", promises=[("11-04", 3)]),
      ag("priya", "11-04 10:20", """Hi Rachel, Priya here. We can fit your charger on Tuesday 10 or Wednesday 11 November, arriving between 8 and 9am; it takes about four hours. Just let me know which day suits your mum.

Priya""", parent=1),
      cu("11-04 12:00", """Wednesday please!

Sent from my iPhone"""),
      ag("priya", "11-04 12:30", """Booked for Wednesday 11th - see you then.

Priya"""),
      ),
    C("s28-invoice-missing-deposit", "en", "pending", {},
      "Tariq Hussain <tariq.hussain@example.net>", "gmail", "Final invoice INV-7731",
      "Corrected invoice promised 'by Tuesday 24 November' - a deadline still ahead at the audit time.",
      cu("11-18 16:20", """Hi Louise,

We've had the final invoice for the rewire (INV-7731) but it doesn't take off the £300 deposit we paid in October. Can you check and send a corrected one? Our mortgage company wants it for the further advance.

Thanks
Tariq"""),
      ag("lou", "11-19 09:30", """Hi Tariq,

You're right, the deposit was missed off. Our accounts system is being updated this week, so I can't reissue invoices until Monday - I'll send the corrected invoice by Tuesday 24 November at the latest. The amount outstanding is £4,150, not £4,450, so please don't pay the original.

Louise""", promises=[("11-24", None)]),
      ),
    C("s29-consumer-unit-day-prep", "en", "pending", {},
      "Jenny Abbott <jenny.abbott@example.com>", "apple", "Consumer unit change next Tuesday",
      "Preparation questions answered; the reply is full of logistics (the board arrives Monday, arrival time), not promises.",
      cu("11-17 18:45", """Hi Gareth,

Just checking we're all set for the consumer unit change next Tuesday. Do we need to do anything beforehand - clear the cupboard under the stairs, turn the freezer up? And roughly what time will the power go off?

Jenny"""),
      ag("gareth", "11-18 08:05", """Hi Jenny, all set. The new board arrives from the wholesaler on Monday and I'm due with you about 8:15 on Tuesday. Please clear the cupboard, and yes, turn the freezer to its coldest setting the night before - keep the door shut and it'll be fine. The power goes off around 9 and is usually back by 3.

Gareth"""),
      ),
    C("s30-invoice-wrong-address", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Dominic Fairfax <dominic@fairfaxbuilders.example>", "outlook", "Invoice 7702 - wrong address and no PO",
      "Reissued invoice promised 'by end of day', the builder has to chase two days later and gets it then: missed.",
      cu("11-09 08:00", """Hi Louise,

Your invoice 7702 for the first fix at Plot 3 Brimsmore has gone to our old address in Ilchester. Please reissue it to Fairfax Builders Ltd, 2 Lufton Trading Estate, Yeovil BA22 8RU, with our PO number FB-2281 on it, otherwise our accounts team can't pay it.

Regards
Dominic Fairfax
Fairfax Builders Ltd"""),
      ag("lou", "11-09 15:15", """Hi Dominic,

Apologies for that. I'll send the corrected invoice with the PO number by end of day.

Louise""", promises=[("11-09", 4)]),
      cu("11-11 08:30", """Louise,

I still haven't received the corrected invoice. Our payment run is Friday and it won't go through without the PO number on it.

Dominic"""  , chase=True),
      ag("lou", "11-11 10:10", """Dominic, I'm so sorry - the corrected invoice is attached, addressed to Lufton Trading Estate with PO FB-2281.

Louise""", attach=[("application/pdf", "Invoice_7702_reissued.pdf", INVOICE_7702_PDF)]),
      ),
    C("s31-ferienhaus-nachtspeicher", "de", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Heike Brandstätter <heike.brandstaetter@gmx.example>", "outlook_de", "EICR und neue Heizkörper für Ferienhaus",
      "German holiday-home owner: EICR price answered, heater quote promised 'bis Freitag' and sent after her chase the next Tuesday (missed); disposal of the old heaters never answered.",
      cu("11-02 10:30", """Sehr geehrte Frau Vogel,

wir haben ein Ferienhaus in Milborne Port, das wir über eine Agentur vermieten. Die Agentur verlangt bis Ende des Jahres ein neues Prüfprotokoll (EICR). Was kostet das bei Ihnen? Außerdem möchten wir die alten Nachtspeicheröfen im Wohnzimmer und im Schlafzimmer durch moderne Heizkörper ersetzen lassen – können Sie uns dafür ein Angebot machen? Und können Sie die alten Geräte auch gleich entsorgen?

Mit freundlichen Grüßen
Heike Brandstätter""", tz=1, uq=1),
      ag("kathrin", "11-02 14:00", """Sehr geehrte Frau Brandstätter,

vielen Dank für Ihre Nachricht. Ein EICR für ein Haus dieser Größe kostet 185 £ inkl. MwSt.; wir könnten am 17. oder 18. November prüfen. Für die Heizkörper spreche ich mit unserem Elektriker und schicke Ihnen das Angebot bis Freitag.

Mit freundlichen Grüßen
Kathrin Vogel""", promises=[("11-06", 4)]),
      cu("11-10 09:00", """Sehr geehrte Frau Vogel,

gibt es schon etwas Neues zum Angebot für die Heizkörper? Für das EICR nehmen wir gern den 17. November, die Schlüssel liegen beim Nachbarn in Nr. 6.

Mit freundlichen Grüßen
Heike Brandstätter""", tz=1, chase=True),
      ag("kathrin", "11-10 11:30", """Sehr geehrte Frau Brandstätter,

entschuldigen Sie bitte die Verzögerung. Anbei das Angebot für zwei Heizkörper mit Zeitschaltuhr: 1.240 £ inkl. MwSt. Den 17. November für das EICR habe ich eingetragen, die Schlüssel holen wir bei Nr. 6 ab.

Mit freundlichen Grüßen
Kathrin Vogel""", attach=[("application/pdf", "Angebot_A-2611-007.pdf", HEATERS_QUOTE_PDF)]),
      ),
    C("s32-umzug-nach-bruton", "de", "pending", {},
      "Markus Lehner <markus.lehner@t-online.example>", "outlook_de", "Fragen vor dem Einzug in Bruton",
      "Three bulleted questions, each answered inline under the quoted question.",
      cu("11-18 07:50", """Guten Morgen,

wir ziehen nächsten Monat nach Bruton und haben ein paar Fragen, bevor wir Sie beauftragen:

- Können Sie in der Küche zusätzlich zwei Doppelsteckdosen mit USB-Anschluss setzen?
- Wir bringen deutsche Geräte mit Schuko-Steckern mit – brauchen wir Adapter, oder tauschen Sie die Stecker?
- Wie lange im Voraus muss man bei Ihnen buchen?

Beste Grüße
Markus Lehner"""),
      ag("kathrin", "11-18 11:00", """Guten Morgen Herr Lehner,

meine Antworten stehen unter Ihren Fragen:

> - Können Sie in der Küche zusätzlich zwei Doppelsteckdosen mit USB-Anschluss setzen?

Ja, gern. Pro Doppelsteckdose mit USB-C rechnen wir 120 £ inkl. MwSt., wenn eine Leitung in der Nähe liegt.

> - Wir bringen deutsche Geräte mit Schuko-Steckern mit – brauchen wir Adapter, oder tauschen Sie die Stecker?

Wir tauschen die Schuko-Stecker gegen britische Stecker mit passender Sicherung, 8 £ pro Stück. Adapter sind für den Dauerbetrieb nicht zu empfehlen.

> - Wie lange im Voraus muss man bei Ihnen buchen?

Im Moment etwa zwei Wochen.

Viele Grüße
Kathrin Vogel""", quote=False),
      ),
    C("s33-maison-de-vacances-bruton", "fr", "pending", {"unanswered-question": 2},
      "Nathalie Perrin <nathalie.perrin@free.example>", "apple_fr", "Maison de vacances à Bruton - avant l'hiver",
      "French numbered list of four: the inspection and the bathroom radiator answered, the remote-controlled sockets and collecting the key skipped.",
      cu("11-16 18:30", """Bonjour Madame Roussel,

Nous avons une maison de vacances à Bruton que nous louons l'été. Quelques questions avant l'hiver :

1. Pouvez-vous vérifier l'installation électrique avant notre retour en avril ? La dernière vérification date de 2019.
2. Le radiateur de la salle de bain ne chauffe plus. Est-ce que vous pouvez le remplacer pendant la même visite ?
3. Est-il possible d'installer des prises pilotables à distance pour mettre le chauffage hors gel depuis la France ?
4. Pourriez-vous récupérer la clé chez notre voisine, Mme Hardy, au numéro 8 ?

Merci beaucoup,
Nathalie Perrin""", tz=1, uq=2),
      ag("amelie", "11-17 09:40", """Bonjour Madame Perrin,

Merci pour votre message. Oui, nous pouvons faire le contrôle complet (EICR) avant avril : 165 £ TTC pour une maison de cette taille. Pour le radiateur de la salle de bain, Gareth peut le remplacer pendant la même visite ; un sèche-serviettes électrique de 500 W revient à 290 £ TTC, pose comprise. Nous avons des créneaux en janvier et en février, selon votre préférence.

Bien cordialement,
Amélie Roussel"""),
      ),
    C("s34-borne-voyant-rouge", "fr", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Thomas Giraud <thomas.giraud@example.com>", "gmail", "Borne de recharge qui s'arrête",
      "Charger fault under warranty: 'je reviens vers vous demain' never kept; the customer chases the next week and is still waiting.",
      cu("11-11 08:45", """Bonjour,

Votre collègue Priya a installé notre borne de recharge le mois dernier. Depuis trois jours, elle s'arrête au bout de vingt minutes et le voyant clignote en rouge. Que faut-il faire ? Est-ce couvert par la garantie ?

Thomas Giraud"""),
      ag("amelie", "11-12 08:20", """Bonjour Monsieur Giraud,

Oui, la borne est couverte par la garantie. Un voyant rouge clignotant signale souvent un défaut de terre ou une perte de la connexion avec le compteur. Je regarde avec Priya ce qu'indique le journal de la borne et je reviens vers vous demain.

Bien cordialement,
Amélie Roussel""", promises=[("11-13", None)]),
      cu("11-17 19:10", """Bonjour Madame Roussel,

Je me permets de vous relancer : je n'ai pas eu de nouvelles depuis jeudi dernier et la borne ne fonctionne toujours pas correctement. En attendant, nous rechargeons la voiture avec le câble de secours.

Cordialement,
Thomas Giraud""", chase=True),
      ),
    C("s35-certificado-venta-casa", "es", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Marta Iglesias <marta.iglesias@example.org>", "gmail_es", "Certificado eléctrico para vender la casa",
      "Only the acknowledgement for two days; the customer chases on her own mail, Javier answers everything, books the visit and later sends the report.",
      cu("11-02 09:00", """Hola,

¿Hacen ustedes certificados de la instalación eléctrica para vender una casa? El comprador nos lo pide antes del 20 de noviembre. La casa está en Queen Camel y tiene tres dormitorios. ¿Cuánto cuesta y cuánto tardan en enviar el certificado?

Gracias,
Marta Iglesias"""),
      ack("11-02 09:01"),
      cu("11-04 10:30", """Hola de nuevo,

Les escribí el lunes y todavía no sé nada. ¿Me pueden decir algo? El plazo del comprador se acerca.

Marta""", chase=True),
      ag("javier", "11-04 12:00", """Hola Marta:

Disculpe la demora, su correo se quedó sin asignar. Sí, hacemos el EICR, que es el informe que suelen pedir los compradores. Para una casa de tres dormitorios cuesta 175 £ con IVA, y el informe se envía por correo electrónico normalmente dos días hábiles después de la visita. Tenemos hueco el lunes 9 de noviembre por la mañana, ¿le viene bien?

Saludos,
Javier"""),
      cu("11-04 13:00", """Sí, el lunes 9 por la mañana perfecto. La llave la tiene la vecina del número 3.

Marta"""),
      ag("javier", "11-04 15:00", """Anotado: lunes 9 a las 9:00, con la llave del número 3.

Javier"""),
      ag("javier", "11-11 10:00", """Hola Marta:

Le adjunto el enlace al informe de la visita del lunes: https://sparkfordelectrical.example/informes?ref=QC-3318 - resultado satisfactorio, sin observaciones urgentes.

Saludos,
Javier"""),
      ),
    C("s36-enchufe-quemado", "es", "closed", {},
      "Andrés Molina <andres.molina@example.net>", "iphone", "Enchufe quemado",
      "Two quick questions answered with a bare figure and a bare day; the customer's reply only acknowledges.",
      cu("11-09 17:20", """Hola Javier, una pregunta rápida: ¿cuánto cobran por cambiar un enchufe doble que se ha quemado? ¿Y podrían venir esta semana?

Enviado desde mi iPhone"""),
      ag("javier", "11-10 08:30", """Hola Andrés:

65 £ con IVA, enchufe nuevo incluido. El jueves 12 a las 16:00.

Javier"""),
      cu("11-10 09:00", """Genial, el jueves a las 4 me va bien. ¡Gracias!

Enviado desde mi iPhone""", thanks=True),
      ),
    C("s37-casa-de-campo-somerton", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Beatriz Lozano <beatriz@lozanoestudio.example>", "outlook", "Instalación completa - casa de campo en Somerton",
      "Architect's enquiry: estimate promised for Monday once the plans arrive (they do, not a chase) and never sent; the battery-ready board question is never addressed.",
      cu("11-05 12:00", """Buenos días:

Soy arquitecta y tengo un cliente en Somerton que está reformando una casa de campo. Necesitaríamos un electricista para la instalación completa (unos 180 m², dos plantas, bomba de calor y placas solares más adelante). ¿Podrían enviarnos una estimación para la obra y los plazos aproximados? Por cierto, ¿trabajan también con cuadros preparados para baterías, por si el cliente instala una más adelante?

Un saludo cordial,
Beatriz Lozano
Lozano Estudio de Arquitectura""", tz=1, uq=1),
      ag("javier", "11-06 09:30", """Buenos días, Beatriz:

Gracias por pensar en nosotros. Para darle una estimación seria necesito que Gareth revise los planos: ¿podría enviárnoslos en PDF? Con ellos le escribo el lunes con una cifra y los plazos.

Saludos,
Javier""", promises=[("11-09", None)]),
      cu("11-06 11:00", """Adjunto los planos de la planta baja y la primera planta.

Beatriz Lozano""", tz=1, attach=[("application/pdf", "Somerton_planos.pdf", PLANS_PDF)]),
      ag("javier", "11-06 12:00", """Recibidos, gracias.

Javier"""),
      ),
    C("s38-bungalow-sale-eicr", "en", "closed", {},
      "Chris Pardoe <chris.pardoe@example.org>", "thunderbird", "EICR before selling Mum's bungalow",
      "A weekend pleasantry and three questions, each answered inline under the quoted question.",
      cu("11-09 09:05", """Hi Dan,

Hope you had a good weekend? We're selling Mum's bungalow in Ilminster and the estate agent suggests getting an EICR done first so there are no surprises. A couple of questions:

Does the house need to be empty for the inspection?
How long does it take?
Will the power be off the whole time? Mum's fish tank is still there.

Thanks
Chris"""),
      ag("dan", "11-09 11:30", """Hi Chris,

A good weekend, thanks. Answers below:

> Does the house need to be empty for the inspection?

No, we just need access to every room, the loft hatch and the fuse board.

> How long does it take?

Two to three hours for a bungalow.

> Will the power be off the whole time? Mum's fish tank is still there.

No - each circuit goes off for a few minutes while it's tested. We'll keep the tank running as much as we can and plug it back in ourselves.

Dan""", quote=False),
      ),
    C("s39-looped-supply-letter", "en", "pending", {},
      "Lorraine Tate <lorraine.tate@example.com>", "gmail", "Letter from the network about our supply",
      "Questions inside a forwarded network letter are not hers; her own question is answered, she asks support to apply and it is done.",
      cu("11-16 14:20", """Hi,

I got the letter below from the electricity network about our supply and I don't really understand it. Is this something you can sort out for us?

Lorraine

---------- Forwarded message ---------
From: Southern Wessex Networks <noreply@swnetworks.example>
Date: Fri, 13 Nov 2026 at 10:02
Subject: Looped supply at 4 Church Lane
To: <lorraine.tate@example.com>

Dear Customer,

Our records show that your property shares a looped service cable with number 6. Are you planning to install an EV charger or a heat pump? If so, please ask your electrician to contact us before work starts. Would you like us to arrange an unlooping appointment? Reply to this letter or call 0800 555 0101.

Southern Wessex Networks"""),
      ag("priya", "11-17 09:15", """Hi Lorraine,

Yes, we can help. A looped supply just means your house and next door share one cable from the street. It only matters if you're adding something big like an EV charger or a heat pump; the network unloops it for free, and we can apply on your behalf. Are you planning either of those? If not, you can safely file the letter.

Priya"""),
      cu("11-17 10:00", """Yes, we're getting a heat pump in the spring, so please apply for us.

Lorraine"""),
      ag("priya", "11-17 11:30", """Done - the application is in, reference SWN-UL-77812. The network books the work with you directly.

Priya""", kind="alt"),
      ),
    C("s40-extractor-fan-shaver-socket", "en", "closed", {"unanswered-question": 1},
      "Emma Llewellyn <emma.llewellyn@example.net>", "apple", "Noisy bathroom extractor fan",
      "Fan booked; a second mail after the case seemed done asks for a shaver-socket price and a later slot - only the slot is answered.",
      cu("11-03 10:10", """Hi, can you come and replace the bathroom extractor fan? It's making a horrible grinding noise. It's a standard 4 inch one in the ceiling. When's your first availability?

Emma"""),
      ag("dan", "11-03 12:00", """Hi Emma, a like-for-like ceiling fan with a run-on timer is £145 fitted. Our first slot is Friday 6 November in the morning.

Dan"""),
      cu("11-03 12:40", """Friday morning is fine, thanks.

Emma"""),
      ag("dan", "11-03 13:00", """Booked - Friday 6th, 9-11am.

Dan"""),
      cu("11-04 20:10", """Hi Dan, one more thing - could you also give me a price for a shaver socket in the en-suite while he's here? There's already a light switch by the mirror. Also, can we move Friday to the afternoon? I've got the dentist at 10.

Emma""", uq=1),
      ag("dan", "11-05 08:30", """Hi Emma, no problem - moved to Friday 6th at 1pm.

Dan"""),
      ),
    C("s41-corner-cafe-jobs", "en", "pending", {"unanswered-question": 2},
      "Sam Whitlock <sam@thecornercafe.example>", "gmail", "Few jobs at The Corner Café",
      "Numbered list of four: the LED fittings and the working hours answered, the emergency-lighting test and moving the card-machine socket skipped.",
      cu("11-17 15:40", """Hi there,

I run The Corner Café on Cheap Street and we've got a list of jobs that have been piling up:

1. How much for the annual emergency lighting test and certificate (four fittings over the exits)?
2. Can you swap the six old fluorescent fittings in the kitchen for LED ones, and what would that cost?
3. Could you move the card machine socket from behind the counter to the end of it?
4. Are you able to work after 3pm when we close, or on a Sunday?

Cheers,
Sam""", uq=2),
      ag("dan", "11-18 09:20", """Hi Sam,

Six LED battens for the kitchen, IP65-rated so they're fine with the steam, would be £420 including VAT. And yes, we can work after 3pm - Gareth could come on Monday 23rd at 3:15 and have them done the same evening. Sundays we only do for emergencies.

Dan"""),
      ),
    C("s42-scorched-socket", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Keith Rowntree <keith.rowntree@example.com>", "android", "Burning smell from socket",
      "Urgent socket fault: safety advice and a same-day visit; Gareth's findings, promised for the next day, come two days late (missed); the request for the 2021 kitchen certificate is never picked up.",
      cu("11-05 21:30", """Hi, we've got a burning smell from the socket behind the TV and the faceplate is discoloured. We've switched that circuit off at the box. Can someone come tomorrow? And is it safe to use the other sockets in the lounge meanwhile? Also could you send me the certificate from when you rewired our kitchen in 2021, I can't find it anywhere.

Keith

Get Outlook for Android""", cte="base64", uq=1),
      ag("dan", "11-06 07:55", """Hi Keith,

You did exactly the right thing. Keep that circuit off - the other lounge sockets are on the same ring, so please don't use them until we've looked. Gareth can be with you today between 12 and 2, and he'll email you his findings and a price for any repair tomorrow.

Dan""", promises=[("11-07", 3)]),
      ag("gareth", "11-09 08:45", """Hi Keith, sorry this is later than Dan said. The socket had a loose live terminal that overheated and scorched the back box. I replaced the socket and back box on Friday and tested the whole ring - it's all fine now, so you can use everything again. No further work is needed and the £95 call-out covers it.

Gareth""", cte="base64"),
      ),
    C("s43-surge-protection-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Victoria Ashworth <v.ashworth@example.org>", "outlook", "Surge protection for our fuse board",
      "Price promised by Wednesday once the photo comes (it does, not a chase); two chasers in different words, the second with a References gap; Louise answers a week late.",
      cu("11-09 13:00", """Hello,

After the storm last month a neighbour's TV and router were fried, and I'm worried about ours. Could you quote for fitting surge protection to our consumer unit? It's a Wylex board from about 2012. Would it need a whole new board?

Victoria Ashworth"""),
      ag("dan", "11-09 16:00", """Hi Victoria,

Not necessarily - Wylex make a surge protection module for many of their boards of that age, but Gareth needs to check the model. Could you send a photo of the board with the cover open? Once we have it I'll get back to you with the price by Wednesday.

Dan""", promises=[("11-11", 6)]),
      cu("11-09 18:00", """Photo attached - the label inside says NHRS12SL.

Victoria""", attach=[("image/png", "wylex_board.png", BOARD_PNG)]),
      cu("11-13 09:30", """Hi Dan, any update on the surge protection price? I sent the photo on Monday evening.

Victoria""", chase=True),
      cu("11-17 08:45", """Hello again. I've now emailed twice about this and still haven't heard anything. Can someone please let me know the price, or tell me if it's not something you do?

Victoria Ashworth""", chase=True, refs=[1, 4]),
      ag("lou", "11-17 11:20", """Dear Victoria,

I'm very sorry you've had to chase - Dan has been off and your emails weren't picked up. Gareth has looked at your photo: your board takes the Wylex plug-in surge protection module, and fitting it costs £185 including VAT, about an hour's work with the power off. Just reply to book a date.

Louise"""),
      ),
    C("s44-rewireable-fuse-board", "en", "pending", {},
      "Greg Tasker <greg.tasker@example.net>", "iphone", "New fuse board before we sell",
      "Support asks for photos, the customer sends them (not a chase), the price follows.",
      cu("11-18 19:00", """Hi, thinking about getting a new fuse board before we sell next year, the current one is the old kind with the wire fuses. What would that cost?

Sent from my iPhone"""),
      ag("dan", "11-19 08:30", """Hi Greg, it depends on how many circuits there are and how they test. Could you send a photo of the board with the cover off, plus one of the meter? Then I can give you a proper figure.

Dan"""),
      cu("11-19 09:10", """Here you go, two photos.

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", FUSEBOX_PNG), ("image/png", "IMG_4472.png", METER_PNG)]),
      ag("dan", "11-19 11:40", """Thanks Greg. With eight circuits and a separate board for the garage, a replacement would be £720 including VAT, assuming the circuits test OK.

Dan"""),
      ),
    C("s45-solicitor-eicr-before-completion", "en", "pending", {"unanswered-question": 1},
      "Hannah Reeve <h.reeve@pricemoorelaw.example>", "outlook", "EICR - 11 Orchard Way, Martock",
      "Solicitor's mail with a confidentiality disclaimer: the date is answered, the request to invoice the seller directly is not, nor after her confirmation.",
      cu("11-13 11:15", """Dear Sir/Madam,

We act for the seller of 11 Orchard Way, Martock. The buyer's solicitors have requested a current EICR before exchange. Could you carry out the inspection before completion, which is scheduled for 27 November? Please invoice our client, Mr D. Hallett, directly rather than this firm, as we are not able to settle disbursements of this kind.

Yours faithfully,

Hannah Reeve
Conveyancing Assistant
Price Moore Solicitors

This email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Price Moore Solicitors will never change its bank details by email; if in doubt, call us on 01935 555 0120.""", uq=1),
      ag("dan", "11-13 15:00", """Dear Ms Reeve,

Thank you. Yes, we can inspect before the 27th - we have Wednesday 18 November at 10am. The certificate is usually ready the same day. The inspector will need access to the loft and the meter cupboard.

Kind regards
Dan"""),
      cu("11-16 09:40", """Dear Dan,

Thank you, 18 November at 10am is confirmed; the key is with Hallett Estates on the High Street.

Kind regards,

Hannah Reeve
Conveyancing Assistant
Price Moore Solicitors

This email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Price Moore Solicitors will never change its bank details by email; if in doubt, call us on 01935 555 0120."""),
      ag("dan", "11-16 10:30", """Thank you - noted. We'll collect the key from Hallett Estates at 9:45.

Dan"""),
      ),
    C("s46-electric-shower-upgrade", "en", "pending", {"unanswered-question": 1},
      "Callum Frost <callum.frost@example.com>", "gmail", "Cable for a 9.5kW shower",
      "A support reply that lost In-Reply-To/References answers the cable size and offers a check; the RCD question is skipped.",
      cu("11-17 20:00", """Hi,

We're replacing our old 8.5kW electric shower with a 9.5kW one. The man at the shop said the cable might not be big enough. What size cable does a 9.5kW shower need, and can you check ours? Does the new shower need its own RCD as well?

Callum""", uq=1),
      ag("gareth", "11-18 08:30", """Hi Callum, a 9.5kW shower draws about 41A, so in most houses it needs a 10mm² cable on a 45A breaker, depending on the length of the run; 8.5kW showers were often wired in 6mm², which wouldn't be enough. I can check yours on Monday 23rd at 4pm - it's a 20 minute job and £45.

Gareth""", thread=False),
      ),
    C("s47-holiday-let-from-connecticut", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Laura Bennington <laura.bennington@example.com>", "gmail", "EICR and PAT for holiday cottage",
      "Customer in Connecticut (UTC-5): prices and access answered, a date promised without a deadline and never sent; the hot-tub supply question is skipped.",
      cu("11-03 21:00", """Hello from Connecticut!

We own a holiday cottage in Charlton Horethorne that we let out through Somerset Stays, and they've told us it needs an EICR and PAT testing before the new season. We won't be back in the UK until March. Could you arrange access with our cleaner, Jackie (her number is 07700 900412)? What would both tests cost together? Could you also test the supply to the hot tub while you're there?

Thanks so much,
Laura""", tz=-5, uq=1),
      ag("dan", "11-04 10:00", """Hi Laura,

Happy to help. The EICR for a two-bed cottage is £165 and PAT testing is £1.50 an item (minimum £90), so around £255 together including VAT. We'll arrange access with Jackie directly - I'll check with Gareth when he's next in that area and get back to you with a date.

Dan""", promises=[("window", None)]),
      ),
    C("s48-solar-and-charger", "en", "closed", {},
      "Owen Maddox <owen.maddox@example.org>", "gmail", "Charger with our solar panels",
      "Two questions answered together; DNO outcome promised by Friday and delivered on Thursday; the customer books.",
      cu("11-02 17:00", """Hi Priya, we've got solar panels already. If we get the charger, can it charge from the solar only? Also do we need DNO approval?

Owen"""),
      ag("priya", "11-03 09:00", """Hi Owen, yes - the Zappi has an Eco+ mode that only charges from surplus solar. As for the DNO: with solar already on your supply we have to apply for approval before fitting, which usually takes 5-10 days. I'll submit it today and confirm the outcome by Friday.

Priya""", promises=[("11-06", 3)]),
      ag("priya", "11-05 14:00", """Hi Owen, good news: the network has approved the charger (ref SWN-EV-20417), so we can fit from Tuesday 10th onwards.

Priya"""),
      cu("11-05 18:00", """Brilliant, Tuesday 10th please.

Owen"""),
      ag("priya", "11-06 08:30", """Booked in for Tuesday 10th, 8am.

Priya"""),
      ),
    C("s49-mudford-road-certificate", "en", "closed", {"unanswered-question": 1, "customer-chased": 1},
      "Julia Stannard <julia@stannardlets.example>", "owa", "EICR - 23 Mudford Road",
      "Booking answered with how certificates are normally sent (not a promise); the agent chases a week after the visit and also asks about the smoke alarms, which the reply with the PDF ignores.",
      cu("11-02 09:30", """Hi, please can you book an EICR for 23 Mudford Road, Yeovil? The tenant is Mr Amos, 07700 900236. How soon after the inspection will I get the certificate?

Julia Stannard
Stannard Lets"""),
      ag("dan", "11-02 11:00", """Hi Julia, booked for Thursday 5 November at 10am; I've texted Mr Amos. Certificates are emailed once the inspector has written them up, normally within five working days.

Dan"""),
      cu("11-12 10:30", """Hi Dan, just checking in on the EICR for Mudford Road - it's been a week since the inspection and the letting agent is asking for it. Could you also confirm whether the smoke alarms were tested as part of it?

Julia""", chase=True, uq=1),
      ag("gareth", "11-12 13:00", """Hi Julia, sorry for the delay - report attached. Satisfactory, no C1 or C2 codes.

Gareth""", attach=[("application/pdf", "EICR_23_Mudford_Road.pdf", MUDFORD_EICR_PDF)]),
      ),
    C("s50-interrupteur-escalier", "fr", "closed", {},
      "Sylvie Marchand <sylvie.marchand@example.net>", "apple_fr", "Interrupteur de l'escalier",
      "French: the price answered with a bare figure, the follow-up question about next week answered with a day.",
      cu("11-05 16:00", """Bonjour,

Combien coûte le remplacement d'un interrupteur va-et-vient dans l'escalier ? Il ne fonctionne plus que d'un côté.

Sylvie Marchand"""),
      ag("amelie", "11-06 09:00", """Bonjour Madame Marchand,

85 £ TTC, les deux interrupteurs compris.

Bien cordialement,
Amélie"""),
      cu("11-06 10:15", """Merci ! Pouvez-vous venir la semaine prochaine ? Je suis là tous les après-midi.

Sylvie"""),
      ag("amelie", "11-06 11:00", """Oui : mercredi 11 novembre à 14 h, c'est Gareth qui passera.

Amélie"""),
      ),
    C("s51-gartenbeleuchtung", "de", "closed", {"unanswered-question": 1},
      "Thomas Wendel <t.wendel@mailbox.example>", "gmail_de", "Angebot Gartenbeleuchtung",
      "German follow-up questions on a quote: the cable question is answered, the timer/Alexa question gets the LED warranty instead; the acceptance is confirmed.",
      cu("11-09 19:00", """Hallo Frau Vogel,

wir haben letzte Woche das Angebot für die Gartenbeleuchtung bekommen, vielen Dank. Zwei Fragen noch: Sind die Erdkabel im Preis von 1.320 £ schon enthalten? Und können die Leuchten später an eine Zeitschaltuhr oder an Alexa angeschlossen werden?

Grüße
Thomas Wendel""", tz=1, uq=1),
      ag("kathrin", "11-10 08:30", """Hallo Herr Wendel,

ja, das Erdkabel (SWA, etwa 25 m) und das Ausheben des Grabens sind im Preis enthalten. Die Leuchten selbst sind LED-Leuchten mit zehn Jahren Garantie.

Viele Grüße
Kathrin Vogel"""),
      cu("11-10 20:00", """Danke, dann nehmen wir das Angebot an. Ein Termin Ende November wäre ideal.

Thomas Wendel""", tz=1),
      ag("kathrin", "11-11 08:15", """Vielen Dank, Herr Wendel. Ich habe den Auftrag eingetragen: Beginn am Montag, 30. November.

Viele Grüße
Kathrin Vogel"""),
      ),
]

UNANSWERED: dict[str, list[str]] = {
    "s02-ev6-charger-driveway": [
        "could you tell me whether there's still any grant available for home chargers, as my parents are thinking about one for their flat too?"],
    "s04-landlord-four-flats-eicr": [
        "Do you liaise with the tenants directly to arrange access, or do I need to do that?",
        "Can you send the certificates straight to my letting agent as well as to me?"],
    "s07-hmo-smoke-alarms": [
        "The letter also mentions an emergency lighting test certificate for the stairwell, could you also quote for that while you're there?"],
    "s09-licht-flackert": [
        "Außerdem bräuchte ich die Rechnung bitte auf meine Firma ausgestellt (Krüger Übersetzungen Ltd, gleiche Adresse), da ich das Haus teilweise als Büro nutze."],
    "s12-taller-garaje": [
        "¿Y podrían instalar también un punto de carga para el coche en el garaje aprovechando la misma obra?"],
    "s14-eicr-c2-remedials": [
        "Also, do you ever do remedial work on a Saturday?"],
    "s16-office-car-park-lights": [
        "Could your electrician also look at why the existing light over the bike shelter has stopped working?"],
    "s23-loft-conversion-first-fix": [
        "Can your electrician start first fix before the plasterers arrive on 30 November?"],
    "s26-victorian-lamp-post": [
        "And could you fit a dusk-to-dawn sensor to it while you're at it?"],
    "s31-ferienhaus-nachtspeicher": [
        "Und können Sie die alten Geräte auch gleich entsorgen?"],
    "s33-maison-de-vacances-bruton": [
        "Est-il possible d'installer des prises pilotables à distance pour mettre le chauffage hors gel depuis la France ?",
        "Pourriez-vous récupérer la clé chez notre voisine, Mme Hardy, au numéro 8 ?"],
    "s37-casa-de-campo-somerton": [
        "Por cierto, ¿trabajan también con cuadros preparados para baterías, por si el cliente instala una más adelante?"],
    "s40-extractor-fan-shaver-socket": [
        "could you also give me a price for a shaver socket in the en-suite while he's here?"],
    "s41-corner-cafe-jobs": [
        "How much for the annual emergency lighting test and certificate (four fittings over the exits)?",
        "Could you move the card machine socket from behind the counter to the end of it?"],
    "s42-scorched-socket": [
        "Also could you send me the certificate from when you rewired our kitchen in 2021, I can't find it anywhere."],
    "s45-solicitor-eicr-before-completion": [
        "Please invoice our client, Mr D. Hallett, directly rather than this firm, as we are not able to settle disbursements of this kind."],
    "s46-electric-shower-upgrade": [
        "Does the new shower need its own RCD as well?"],
    "s47-holiday-let-from-connecticut": [
        "Could you also test the supply to the hot tub while you're there?"],
    "s49-mudford-road-certificate": [
        "Could you also confirm whether the smoke alarms were tested as part of it?"],
    "s51-gartenbeleuchtung": [
        "Und können die Leuchten später an eine Zeitschaltuhr oder an Alexa angeschlossen werden?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice121 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
