#!/usr/bin/env python3
"""Regenerate ``tests/practice134/``: a labelled corpus of Larchfield Garage Doors.

A support mailbox of a fictional Kent garage door supplier and installer (roller, sectional
and up-and-over doors, surveys and quotes, remote controls and motors, spring and cable
repairs, servicing plans, colour and insulation options), written without looking at the
detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``larchfielddoors.example``.

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

Usage: python scripts/make_practice134_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "larchfielddoors.example"
DESK = "Larchfield Garage Doors <support@larchfielddoors.example>"

AGENTS = {
    "nia": ("Nia Pemberton <nia@larchfielddoors.example>", "thunderbird", """-- 
Nia Pemberton
Customer Service Team Leader | Larchfield Garage Doors
Unit 4, Larchfield Trading Estate, Maidstone ME16 0LB | 01632 960 410
https://larchfielddoors.example/help?ref=sig"""),
    "gareth": ("Gareth Lowry <gareth@larchfielddoors.example>", "outlook", """Gareth Lowry
Surveys & Quotations | Larchfield Garage Doors
Mob 07700 900 318
Book a free survey: https://larchfielddoors.example/survey?utm_source=email"""),
    "dev": ("Dev Sandhu <dev@larchfielddoors.example>", "owa", """Dev Sandhu
Repairs & Engineer Scheduling | Larchfield Garage Doors
Door stuck open at night? Emergency line 01632 960 417 (24/7)"""),
    "holly": ("Holly Ashdown <holly@larchfielddoors.example>", "apple", """Holly Ashdown
Accounts & Service Plans | Larchfield Garage Doors
This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please tell us and delete it."""),
    "lukas": ("Lukas Brenner <lukas@larchfielddoors.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenservice (Deutsch) | Larchfield Garage Doors
https://larchfielddoors.example/de?ref=signatur"""),
    "camille": ("Camille Roux <camille@larchfielddoors.example>", "apple_fr", """Camille Roux
Service clients (français) | Larchfield Garage Doors
https://larchfielddoors.example/fr?utm_source=email"""),
    "pilar": ("Pilar Ortega <pilar@larchfielddoors.example>", "gmail_es", """--
Pilar Ortega
Atención al cliente (español) | Larchfield Garage Doors
+44 1632 960 419"""),
}

ACK = """Hello,

Thank you for contacting Larchfield Garage Doors. This is an automatic message to
confirm that your enquiry has been logged as ticket {ref}.

Our office is open Monday to Friday, 8am-5.30pm, and we aim to reply within one
working day. If your door is stuck open and your property is insecure, please ring
our emergency line on 01632 960 417 instead.

Larchfield Garage Doors - Customer Service
https://larchfielddoors.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Larchfield Desk 4.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="lgd.", outlook_server="AM9PR07")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice134", title="Larchfield Garage Doors", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="LGD-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

MOTOR_QUOTE_PDF = mailcraft.pdf(["Larchfield Garage Doors - Presupuesto P-2611-072",
                                 "Motorizacion puerta basculante existente",
                                 "Motor LM-600 con brazo articulado, 2 mandos: GBP 495",
                                 "Instalacion y puesta en marcha: incluida",
                                 "Validez: 30 dias"])
PLANS_PDF = mailcraft.pdf(["Larchfield Garage Doors - Service Plans 2026",
                           "Essential - GBP 89 a year - one annual service",
                           "Complete - GBP 139 a year - annual service, priority call-outs,",
                           "  springs and cables replaced free of charge",
                           "Monthly Direct Debit available on both plans"])
PANEL_QUOTE_PDF = mailcraft.pdf(["Larchfield Garage Doors - Quotation Q-26-3502",
                                 "Customer: Mrs R Williams - insurance repair",
                                 "Option A: replace 2 damaged panels, fitted: GBP 640 + VAT",
                                 "Option B: full replacement sectional door: GBP 2,450 + VAT",
                                 "VAT reg. GB 123 4567 89"])
ANGEBOT_PDF = mailcraft.pdf(["Larchfield Garage Doors - Angebot A-2611-019",
                             "Schwingtor Stahl weiss 2438 x 1981 mm, manuell",
                             "inkl. Montage und Entsorgung des Alttors: GBP 1.180",
                             "Gueltig 30 Tage"])
DEVIS_PDF = mailcraft.pdf(["Larchfield Garage Doors - Devis D-2611-031",
                           "Tablier sectionnel isole 42 mm, 2500 x 2125",
                           "Reprise de la motorisation existante, ressort neuf",
                           "Total pose comprise: GBP 2 140"])
DRAWING_PDF = mailcraft.pdf(["Larchfield Garage Doors - Technical drawing TD-2954",
                             "Sectional door 2438 x 2125 nominal, sunray window row",
                             "Side room required: 90 mm each side",
                             "Headroom required: 210 mm"])
REPORT_PDF = mailcraft.pdf(["Larchfield Garage Doors - Service report SR-44718",
                            "Door: sectional, fitted 2019. Plan: Essential SP-4471",
                            "Rollers lubricated, cables checked, springs re-tensioned",
                            "Note: springs showing wear, monitor"])
ANTHRACITE_PDF = mailcraft.pdf(["Larchfield Garage Doors - Revised quotation Q-26-3417b",
                                "Insulated sectional door, RAL 7016 anthracite",
                                "Total fitted incl. motor and 2 remotes: GBP 2,760"])
REMOTE_PNG = mailcraft.png(24, 40, lambda x, y: (30, 30, 34) if 4 < x < 20 and 3 < y < 37 else (200, 196, 188))
BUBBLE_PNG = mailcraft.png(40, 24, lambda x, y: (236, 236, 232) if (x - 14) ** 2 + (y - 12) ** 2 > 30 else (190, 170, 140))
CABLE_PNG = mailcraft.png(32, 32, lambda x, y: (120, 120, 124) if abs(x - y) < 2 else (70, 64, 58))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("g01-hartley-sectional-quote", "en", "closed", {},
      "Rob Hartley <rob.hartley@example.com>", "gmail", "Quote for insulated sectional door",
      "Three questions (survey length, price range, a darker colour) answered out of order in one paragraph; survey booked.",
      cu("10-26 19:42", """Hi,

We're finally replacing the old up-and-over door on our double garage (the opening
is roughly 4.8m wide by 2.1m high) and would like an insulated sectional door
instead. A few questions before we book anything:

How long does a survey normally take, and does someone need to be home? Roughly
what price range should we expect for a double-width insulated sectional, fitted?
And is white the only colour, or can we get something darker to match our windows?
They're anthracite grey.

Thanks,
Rob Hartley
"""),
      ag("gareth", "10-27 09:15", """Hi Rob,

Thanks for getting in touch. Anthracite grey (RAL 7016) is one of our most popular
finishes, along with white, black, Chartwell green and three woodgrain effects, so
matching your windows is no problem. For a double insulated sectional of that size,
fitted and with the old door taken away, most customers land between £2,400 and
£3,300 depending on panel style and whether you want it motorised. The survey itself
takes about 40 minutes and yes, we do need someone home so the surveyor can get into
the garage and check the headroom and side room.

I have a surveyor near you on Thursday 29 October, morning or afternoon.

Kind regards,""", kind="alt"),
      cu("10-27 12:03", """Thursday afternoon would be perfect, we're in from 1pm. Can you book us in?

Rob
"""),
      ag("gareth", "10-27 14:20", """Hi Rob,

Booked: Thursday 29 October, between 1pm and 4pm. Mark, our surveyor, rings about
half an hour before he arrives.

Regards,""", kind="alt"),
      ),

    C("g02-osei-roller-grinding", "en", "closed", {"unanswered-question": 1},
      "Kwame Osei <k.osei@oseifamily.example>", "outlook", "Grinding noise from roller door",
      "Engineer visit and warranty answered; the passing request for a copy of the warranty certificate is skipped. Thanks-only close.",
      cu("11-02 08:34", """Hello,

Our roller door (installed by you in June 2024, order LGD-24-1187) has started making
a grinding noise as it rolls up, especially over the last half metre. It still opens
and closes but it sounds awful and I'm worried it's going to seize.

Can you send an engineer to look at it? Is this something the warranty would cover? Could you also send me a copy of the warranty certificate - we moved all the paperwork when we had the kitchen done and now can't find it.

Many thanks
Kwame Osei
""", uq=1),
      ag("dev", "11-02 11:50", """Good morning Mr Osei,

Sorry to hear about the noise. From what you describe, the guide rails have most
likely dried out or the curtain has picked up grit at the end stops - both common
after a dry summer and usually a quick fix. Roller doors carry our 3-year parts and
labour warranty, so with a June 2024 install you're covered and there is no charge
for the visit.

I've booked engineer Callum for Thursday 5 November, 8am-12pm. He texts on the
morning with a closer time.

Best regards,"""),
      cu("11-05 15:10", """Callum's been and it's silent again. Thank you!

Kwame
""", thanks=True),
      ),

    C("g03-brennan-lost-remote", "en", "pending", {},
      "Sinead Brennan <sinead.brennan@example.net>", "gmail", "Replacement remote",
      "Two questions answered inline; the customer then sends the photo and address support asked for (not a chase).",
      cu("11-16 20:05", """Hi there,

We've lost one of the two remotes for our sectional door (you fitted it in 2023). How
do I order a replacement, and can I program it myself or does an engineer have to do
it? Don't really want to pay for a call-out just for a remote!

Sinead
"""),
      ag("nia", "11-17 09:12", """Hi Sinead,

Answers below.

> How do I order a replacement

Replacement remotes are £38 each including postage. You can order online at
https://larchfielddoors.example/shop/remotes?door=sectional or simply reply with your
address and we'll post one with a payment link. We do need to know which handset you
have, though, so please send a photo of the remaining one or of the label on the
motor unit.

> can I program it myself or does an engineer have to do it?

Yourself - it takes about a minute and the instructions come in the envelope.

Best wishes,""", quote=False),
      cu("11-17 18:40", """Here you go, photo of the one we've still got is attached. Address is
14 Orchard Rise, Tonbridge TN9 2QP.

Thanks!
Sinead
""", attach=[("image/png", "remote.png", REMOTE_PNG)]),
      ag("nia", "11-18 08:55", """Hi Sinead,

Thanks - that's our LR-433 handset. One went in this morning's post to Orchard Rise,
and here is the payment link: https://larchfielddoors.example/pay?inv=R-20931

Best wishes,"""),
      ),

    C("g04-fitzgerald-spring-snapped", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Claire Fitzgerald <claire.fitz@example.org>", "iphone", "Spring snapped - car stuck in garage",
      "Dev promises a time 'by this afternoon', says nothing until the customer chases the next morning; fixed that day.",
      cu("11-03 07:12", """Hi, one of the springs on our garage door went with a massive bang this morning and
the door won't open at all. My car is inside and I need it for work. Can someone come
out today? And what's the likely cost of replacing a spring?

Claire Fitzgerald
12 Mote Avenue, Maidstone

Sent from my iPhone
"""),
      ag("dev", "11-03 08:05", """Hi Ms Fitzgerald,

Sorry to hear that - please don't try to lift the door by hand, with a broken spring
it is very heavy. A torsion spring replacement is £145 for one spring or £220 for the
pair, which we recommend because the other one is the same age and usually follows.

Today is fully booked, but I'm seeing whether I can move a job around and I'll come
back to you by this afternoon with a time.

Regards,""", promises=[("11-03", 4)]),
      cu("11-04 07:30", """I haven't heard anything since yesterday morning and the car is still stuck in the
garage. Had to get a taxi to work. Is anyone actually coming?

Sent from my iPhone
""", chase=True),
      ag("dev", "11-04 08:20", """Ms Fitzgerald,

I'm very sorry - I should have rung you yesterday afternoon and I didn't. Callum will be
with you between 10am and 12 today and will replace both springs at the pair price.

Regards,"""),
      cu("11-04 16:45", """Door's working again. Thanks to Callum.

Sent from my iPhone
""", thanks=True),
      ),

    C("g05-kowalczyk-workshop-door", "en", "closed", {"unanswered-question": 2},
      "Tomasz Kowalczyk <tomasz.k@example.com>", "thunderbird", "Insulated door for garden workshop",
      "One long paragraph of questions: headroom, U-values and removal answered; the no-power question and finance are skipped.",
      cu("11-04 21:18", """Good evening,

I'm after a quote for an insulated door for a detached garage at the bottom of our garden that I'm turning into a workshop, the opening is 2440 wide by 2135 high with only about 100mm of headroom above the lintel which I know isn't much, so I'd like to know first of all whether a sectional will even fit with that little headroom or whether I'd be better off with an insulated roller, and what the U-value of your insulated panels is compared with the roller slats, because the whole point is to keep the place warm enough to work in over the winter. The garage has no electricity at the moment - is there a manual option, or would I need to get an electrician to run a supply down the garden first? Also, do you offer any kind of finance or staged payments on a job like this? And I assume you take the old door away, is that right?

Regards,
Tomasz Kowalczyk
""", uq=2),
      ag("gareth", "11-05 10:02", """Dear Tomasz,

With 100mm of headroom a sectional won't go in - even our low-headroom track needs 150mm
- so the insulated roller is the right choice for you. Its 77mm foam-filled slats come
out at about 1.4 W/m²K for a door your size; the 42mm sectional panels would be around
1.0, so you lose a little, but it's a big step up from an uninsulated steel door.

Yes, removal and recycling of the old door is included in all our prices.

A roller of that size in white starts at £1,540 fitted. I can send a surveyor to confirm
the measurements whenever suits you.

Kind regards,""", kind="alt"),
      cu("11-05 18:00", """Thanks Gareth, that's helpful. I'll have a think over the weekend.

Tomasz
""", thanks=True),
      ),

    C("g06-mueller-sektionaltor", "de", "closed", {"unanswered-question": 1},
      "Katrin Müller <katrin.mueller@example.de>", "gmail_de", "Anfrage Sektionaltor anthrazit",
      "Preis und Lieferzeit beantwortet, Aufmaßtermin gebucht; die Frage nach einer Schlupftür bleibt offen.",
      cu("11-05 19:30", """Guten Abend,

wir haben ein Haus in Sevenoaks gekauft und möchten das alte Schwingtor der Garage durch
ein Sektionaltor ersetzen. Das Öffnungsmaß ist ca. 2500 x 2125 mm.

Was würde ein isoliertes Sektionaltor in Anthrazit (RAL 7016) mit Antrieb ungefähr kosten? Wie lange ist die Lieferzeit im Moment? Und ist bei diesem Modell auch eine Schlupftür möglich? Wir haben keinen zweiten Zugang zur Garage und wollen nicht jedes Mal das ganze Tor öffnen.

Viele Grüße
Katrin Müller
""", uq=1),
      ag("lukas", "11-06 09:40", """Guten Tag Frau Müller,

vielen Dank für Ihre Anfrage. Ein isoliertes Sektionaltor (42 mm Paneele) in RAL 7016
in dieser Größe kostet mit Antrieb, zwei Handsendern, Montage und Entsorgung des alten
Tors ungefähr 2.650 £. Den genauen Preis nennen wir nach dem kostenlosen Aufmaß.

Die Lieferzeit beträgt derzeit vier bis fünf Wochen ab Aufmaß.

Mit freundlichen Grüßen"""),
      cu("11-06 12:15", """Danke für die schnelle Antwort. Dann hätten wir gern einen Aufmaßtermin, am besten an
einem Dienstag oder Mittwoch vormittags.

Katrin Müller
"""),
      ag("lukas", "11-06 14:30", """Guten Tag Frau Müller,

ich habe Sie für Mittwoch, den 11. November, zwischen 9 und 12 Uhr eingetragen. Unser
Aufmaßtechniker Mark ruft etwa eine halbe Stunde vorher an.

Mit freundlichen Grüßen"""),
      ),

    C("g07-lefevre-telecommande", "fr", "closed", {},
      "Hélène Lefèvre <helene.lefevre@example.fr>", "apple_fr", "Télécommande ne fonctionne plus",
      "Reprogrammation et prix d'une deuxième télécommande répondus dans un seul message ; remerciements.",
      cu("11-02 18:20", """Bonjour,

Après avoir changé la pile de notre télécommande, la porte ne réagit plus du tout. Le
petit voyant rouge s'allume quand j'appuie, donc la pile fonctionne. Faut-il
reprogrammer la télécommande ? Et combien coûterait une deuxième télécommande, au cas où ?

Merci d'avance,
Hélène Lefèvre
"""),
      ag("camille", "11-03 09:30", """Bonjour Madame Lefèvre,

Oui, sur certains modèles la télécommande perd son code quand la pile reste longtemps
retirée. Pour la reprogrammer : appuyez deux secondes sur le bouton « P » du moteur
(le voyant vert clignote), puis appuyez sur le bouton de la télécommande que vous
utilisez d'habitude. Le voyant s'éteint : c'est terminé.

Une télécommande supplémentaire coûte 38 £, frais de port compris.

Bien cordialement,"""),
      cu("11-03 19:02", """Ça marche à nouveau, merci beaucoup !

Hélène
""", thanks=True),
      ),

    C("g08-garcia-motor-basculante", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier García <javier.garcia@example.es>", "gmail_es", "Motorizar puerta basculante",
      "Pilar promete el presupuesto el jueves; el cliente lo reclama el sábado y lo recibe el lunes (tarde).",
      cu("10-28 10:15", """Hola, buenos días:

Tenemos una puerta basculante de hace unos quince años y nos gustaría motorizarla. Les
adjunto dos fotos. ¿Se puede instalar un motor en una puerta tan antigua o hay que
cambiar la puerta entera? Si se puede, ¿cuánto costaría más o menos con dos mandos?

Un saludo,
Javier García
""", attach=[("image/png", "puerta_garaje.png", CABLE_PNG)]),
      ag("pilar", "10-28 15:40", """Hola, Javier:

Por las fotos, su puerta tiene los muelles laterales en buen estado, así que sí se
puede motorizar sin cambiarla. El precio depende del brazo que haga falta; le preparo
un presupuesto detallado y se lo envío el jueves.

Un saludo,""", promises=[("10-29", 4)]),
      cu("10-31 11:20", """Buenos días, Pilar:

El jueves no me llegó nada. ¿Me puede mandar el presupuesto del motor cuando pueda? Queremos
decidirlo este fin de semana.

Gracias,
Javier
""", chase=True),
      ag("pilar", "11-02 09:10", """Hola, Javier:

Disculpe el retraso. Le adjunto el presupuesto: motor LM-600 con brazo articulado y dos
mandos, 495 £ con la instalación incluida.

Un saludo,""", attach=[("application/pdf", "Presupuesto_P-2611-072.pdf", MOTOR_QUOTE_PDF)]),
      cu("11-02 12:00", """Recibido, gracias. Lo hablo con mi mujer.

Javier
""", thanks=True),
      ),

    C("g09-patel-service-plan", "en", "pending", {},
      "Anjali Patel <anjali.patel@patelhome.example>", "outlook", "Service plans",
      "Plan differences and monthly payment answered with a leaflet attached; a follow-up question answered with a link.",
      cu("11-16 13:05", """Hello,

We had a sectional door fitted by you last spring and I keep meaning to sort out a service
plan. What's the difference between your plans, and can I pay monthly rather than one lump
sum?

Thanks,
Anjali Patel
"""),
      ag("holly", "11-16 15:20", """Dear Anjali,

I've attached our service plans leaflet. In short, Essential (£89 a year) is one annual
service; Complete (£139 a year) adds priority call-outs and free replacement springs and
cables. Both can be paid by monthly Direct Debit - £7.42 or £11.58 a month.

Kind regards,""", kind="alt", attach=[("application/pdf", "Larchfield_Service_Plans_2026.pdf", PLANS_PDF)]),
      cu("11-17 09:48", """That's great, thank you. We'll go for Complete on monthly DD. Does the plan start from the
date I sign up, or from the first service visit?

Anjali
"""),
      ag("holly", "11-17 11:30", """Dear Anjali,

From the date you sign up - cover for call-outs starts straight away. Sign-up form:
https://larchfielddoors.example/plans/signup?plan=complete

Kind regards,"""),
      ),

    C("g10-drummond-cable-drift", "en", "pending", {"reopened": 1},
      "Alan Drummond <alan.drummond@example.com>", "gmail", "Cable come off - up and over door",
      "Cable repaired on another maker's door, ticket closed explicitly; the customer returns with the door drifting down (reopened), Nia books a free revisit.",
      cu("11-09 07:55", """Morning,

The cable on the left side of our up-and-over door has come off the pulley and the door
is hanging at an angle. Can you send someone? It's an old Garador, not one you fitted -
is that a problem?

Alan Drummond
"""),
      ag("dev", "11-09 09:30", """Hi Alan,

Not a problem at all, we repair all makes. An engineer can be with you tomorrow (Tuesday
10 November) between 12 and 4. A cable repair on an up-and-over is normally £95 plus
parts, and please keep the door shut until then.

Regards,"""),
      cu("11-10 17:20", """All fixed, the engineer was great. Thanks.

Alan
""", thanks=True),
      ag("dev", "11-11 08:40", """Hi Alan,

Glad to hear it. I'll mark this ticket as resolved.

Regards,""", closes=True),
      cu("11-16 18:10", """Hi Dev,

Sorry to come back on this. Since Saturday the door won't stay fully open - it drifts
down about a foot when you let go of it. Is that related to the cable repair? Can the
engineer come back and have a look, and would there be a charge?

Alan
"""),
      ag("nia", "11-17 10:05", """Hi Alan,

Dev's out today so I've picked this up. A door drifting down after a cable repair usually
means the spring tension needs a small adjustment once the new cable has bedded in, so
yes, it's related, and there's no charge - repairs are guaranteed for 90 days. I've booked
Callum for Thursday 19 November, 8am-12pm.

Best wishes,"""),
      ),

    C("g11-ashworth-survey-move", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Liz Ashworth <liz.ashworth@example.org>", "owa", "Survey on Tuesday 17th",
      "Survey moved, but the request to measure the side door too is ignored; her next mail (Saturday surveys?) has had no reply for two days.",
      cu("11-12 14:22", """Hi Gareth,

We've got the survey booked for Tuesday 17th but I've got to be at the hospital with my dad
that morning. Could we move it to the same time the following week?

Also, while your surveyor is here, could he measure up the side personnel door as well? It's rotten at the bottom and we might as well replace both at once.

Thanks,
Liz
""", uq=1),
      ag("gareth", "11-12 16:05", """Hi Liz,

No problem at all - I've moved you to Tuesday 24 November, 9-11am. Hope your dad's OK.

Regards,""", kind="alt"),
      cu("11-18 10:40", """Thanks Gareth. One more thing - my husband would prefer the survey on a Saturday so he can
be there. Do you do Saturdays? If not, the 24th is still fine.

Liz
"""),
      ),

    C("g12-nakamura-new-enquiry", "en", "open", {},
      "Yuki Nakamura <yuki.nakamura@example.net>", "gmail", "Electric roller door quote",
      "A fresh enquiry this morning with only the acknowledgement: inside the response target.",
      cu("11-20 09:12", """Hello,

I'd like a quote for replacing an up-and-over garage door with an electric roller door
(single garage, semi-detached house in Maidstone). Do you do free surveys, and what's your
lead time at the moment?

Yuki Nakamura
"""),
      ack("11-20 09:13"),
      ),

    C("g13-obrien-commercial-shutter", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Declan O'Brien <declan@obrienmotors.example>", "outlook", "Roller shutter for workshop bay 2",
      "Friday-afternoon enquiry answered on Monday (slow); price, vision panel and lead time answered, the annual safety inspection question skipped.",
      cu("11-06 16:40", """Hi,

We run a small MOT and servicing garage at Unit 9, Tovil Green Business Park and need to
replace the manual roller shutter on bay 2, opening 3.5m x 3.6m. We'd want it electric,
ideally with a vision panel so we can see who's pulling up outside.

Could you quote for that? How quickly could it be fitted - the current one is held up with a prop at the moment, which isn't ideal. And do you also carry out the annual door safety inspection our insurers keep asking about?

Thanks,
Declan O'Brien
O'Brien Motors
""", uq=1),
      ack("11-06 16:41"),
      ag("gareth", "11-09 11:30", """Hi Declan,

Thanks for your enquiry and sorry for the slow reply, I was out on surveys on Friday
afternoon.

Yes, we can do an electric insulated roller shutter with a vision-panel strip for a 3.5 x
3.6 bay. The budget figure is £3,900 + VAT fitted; the final price follows the survey.
Lead time is currently three weeks from survey, and if the shutter is unsafe our surveyor
can fit a temporary lock-off on the day.

Could we survey on Wednesday 11th at 8am, before your first customers arrive?

Regards,""", kind="alt"),
      cu("11-09 12:10", """Wednesday 8am works. See you then.

Declan
""", thanks=True),
      ),

    C("g14-schneider-seil-gerissen", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Jürgen Schneider <j.schneider@example.de>", "outlook_de", "Drahtseil gerissen - Tor steht offen",
      "Lukas verspricht einen Termin 'spätestens morgen früh', meldet sich erst nach der Nachfrage des Kunden zwei Tage später.",
      cu("11-02 07:50", """Guten Morgen,

bei unserem Sektionaltor (2022 von Ihnen eingebaut) ist heute früh auf der rechten Seite
das Drahtseil gerissen. Das Tor hängt schief und lässt sich nicht mehr schließen, die
Garage steht also offen.

Können Sie heute noch jemanden schicken? Und ist so etwas über die Garantie abgedeckt?

Mit freundlichen Grüßen
Jürgen Schneider
"""),
      ag("lukas", "11-02 09:20", """Sehr geehrter Herr Schneider,

das tut mir leid. Bitte versuchen Sie nicht, das Tor von Hand zu bewegen. Die Garantie auf
Federn und Seile beträgt bei Sektionaltoren drei Jahre; Ihr Tor liegt damit knapp
außerhalb, ein Seilwechsel auf beiden Seiten kostet 165 £.

Ich kläre gerade mit der Einsatzplanung, ob heute noch ein Techniker frei ist, und melde
mich spätestens morgen früh mit einem Termin bei Ihnen.

Mit freundlichen Grüßen""", promises=[("11-03", 4)]),
      cu("11-04 08:15", """Guten Morgen Herr Brenner,

von Ihnen kam weder gestern noch heute etwas. Das Tor steht jetzt seit zwei Tagen offen und
ich kann das Haus nicht allein lassen. Wann kommt endlich jemand?

Jürgen Schneider
""", chase=True),
      ag("lukas", "11-04 09:05", """Sehr geehrter Herr Schneider,

bitte entschuldigen Sie, dass ich mich nicht wie versprochen gemeldet habe. Unser Techniker
Callum kommt heute zwischen 13 und 16 Uhr und tauscht beide Seile.

Mit freundlichen Grüßen"""),
      cu("11-04 17:30", """Tor läuft wieder. Vielen Dank.

J. Schneider
""", thanks=True),
      ),

    C("g15-moreau-vert-sapin", "fr", "closed", {"unanswered-question": 1},
      "Isabelle Moreau <isabelle.moreau@example.fr>", "apple_fr", "Porte basculante couleur vert sapin",
      "Couleur et délai répondus, métreur proposé ; la demande d'un nuancier par la poste est oubliée.",
      cu("11-05 20:10", """Bonjour,

Nous aimerions remplacer notre porte basculante par une porte basculante neuve (nous
préférons garder ce système). Est-il possible d'avoir la porte dans la même couleur que nos
volets, un vert sapin (RAL 6009) ? Quel est le délai de livraison actuellement ?

Pourriez-vous aussi m'envoyer un nuancier ou des échantillons de couleur par la poste ? Sur l'écran c'est difficile de juger.

Cordialement,
Isabelle Moreau
""", uq=1),
      ag("camille", "11-06 10:15", """Bonjour Madame Moreau,

Oui, le RAL 6009 fait partie de nos teintes standard pour les portes basculantes en acier,
sans supplément. Le délai est actuellement d'environ trois semaines après la prise de
mesures.

Notre métreur peut passer le jeudi 12 novembre à 14 h si cela vous convient.

Bien cordialement,"""),
      cu("11-06 13:30", """Jeudi 12 à 14 h, c'est parfait. Merci !

Isabelle Moreau
""", thanks=True),
      ),

    C("g16-romero-pitido", "es", "pending", {},
      "Lucía Romero <lucia.romero@example.com>", "gmail_es", "El motor pita y no abre",
      "Dos preguntas respondidas en línea bajo cada cita; la clienta da las gracias.",
      cu("11-17 19:30", """Hola:

El motor de nuestra puerta seccional pita tres veces y no abre. La puerta la instalaron
ustedes en 2025. ¿Qué significa ese pitido? ¿Se puede abrir la puerta a mano mientras tanto?

Gracias,
Lucía Romero
"""),
      ag("pilar", "11-18 09:05", """Hola, Lucía:

> ¿Qué significa ese pitido?

Tres pitidos quieren decir que el motor ha perdido la posición de final de recorrido,
normalmente después de un corte de luz. Desenchufe el motor un minuto, vuelva a
enchufarlo y pulse el mando: la puerta hará un recorrido lento completo y se recalibra.

> ¿Se puede abrir la puerta a mano mientras tanto?

Sí. Tire del cordón rojo que cuelga del carro del motor y podrá moverla a mano.

Un saludo,""", quote=False),
      cu("11-18 21:10", """He hecho lo que me dijo y ya funciona. ¡Muchas gracias, Pilar!

Lucía
""", thanks=True),
      ),

    C("g17-williams-insurance-panels", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Ruth Williams <ruth.williams@example.org>", "outlook", "Damaged door panels - insurance claim",
      "Nia hands over to Gareth, who sends the quote a day early (promise kept); Holly answers the direct-invoicing question but not whether work can start before approval. Three agents.",
      cu("11-10 08:40", """Hello,

My son reversed into our sectional door on Sunday and two of the panels are badly dented;
the door still opens but it scrapes on the track. We're claiming on the house insurance.

Can you quote for replacing the damaged panels (or the whole door if that's what it takes)?
The insurer needs the quote on your letterhead with your VAT number on it.

Ruth Williams
"""),
      ag("nia", "11-10 10:15", """Dear Mrs Williams,

Sorry to hear about the door. It's one of ours (fitted March 2021, woodgrain white), so
replacement panels should still be available. I've passed this to Gareth, who does our
quotations; he'll email you a quote on our letterhead with the VAT number by Thursday.

Best wishes,""", promises=[("11-12", 3)]),
      ag("gareth", "11-11 14:30", """Dear Mrs Williams,

Quote attached for your insurer: option A, two replacement panels fitted, £640 + VAT;
option B, a complete new door, £2,450 + VAT. Our VAT number is on the letterhead.

Regards,""", kind="alt", attach=[("application/pdf", "Quote_Q-26-3502.pdf", PANEL_QUOTE_PDF)]),
      cu("11-12 09:20", """Thank you, that's gone to the insurer. They've asked whether you can invoice them directly
rather than us paying and claiming it back - is that possible? And can we go ahead with the panel replacement now, before they approve it, as the door is getting worse?

Ruth Williams
""", uq=1),
      ag("holly", "11-12 15:40", """Dear Mrs Williams,

Yes, we can invoice your insurer directly once they confirm approval in writing. For that I
need the claim reference and the email address of the claim handler.

Kind regards,"""),
      cu("11-13 10:05", """The claim reference is HH-2026-558120 and the handler is Priya Shah,
claims@homeshield-insurance.example.

Ruth
"""),
      ag("holly", "11-16 09:30", """Dear Mrs Williams,

Thank you - I've sent Priya our quote and asked her to confirm approval to us in writing,
with you copied in.

Kind regards,"""),
      ),

    C("g18-clarke-bottom-seal", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Graham Clarke <graham.clarke@example.net>", "gmail", "Replacement bottom seal for roller door",
      "Nobody answers; four days later the customer resends the same mail word for word as a new message. Still unanswered.",
      cu("11-12 11:02", """Hello,

The rubber seal along the bottom of our roller door has split and leaves and rainwater are
getting into the garage. Do you sell replacement bottom seals, and can you fit one or can I
do it myself? The door is a Larchfield Roll 77, white, 2.4m wide.

Thanks,
Graham Clarke
"""),
      cu("11-16 09:30", """Hello,

The rubber seal along the bottom of our roller door has split and leaves and rainwater are
getting into the garage. Do you sell replacement bottom seals, and can you fit one or can I
do it myself? The door is a Larchfield Roll 77, white, 2.4m wide.

Thanks,
Graham Clarke
""", parent=0, chase=True),
      ),

    C("g19-hughes-six-lockups", "en", "closed", {},
      "Fiona Hughes <fiona.hughes@albioncourt.example>", "outlook", "Six lock-up garage doors - Albion Court",
      "Property manager with her colleague in Cc: quote, bulk discount and keyed-alike locks answered together; the colleague confirms the survey.",
      cu("11-03 10:30", """Hi,

I manage a block of six lock-up garages behind Albion Court for the residents' association
(I've copied in my colleague Marcus, who looks after the budget). The up-and-over doors are
all original and two no longer lock.

Would you quote for replacing all six with the same model, and is there any discount for
doing them all at once? We'd also want every door keyed alike, with one master key for the
managing agent, if that's possible.

Regards,
Fiona Hughes
Albion Court Residents' Management Co.
""", cc="Marcus Bell <marcus.bell@albioncourt.example>"),
      ag("gareth", "11-03 15:45", """Dear Fiona,

Yes, we can replace all six, and for four or more doors on one visit we take 10% off - on
our Carteret steel up-and-over that brings each door to £845 fitted, old door removed.
Keying them alike with a master key for the managing agent is possible on the Carteret
locks at no extra cost; each resident keeps their own key as well.

I've pencilled in a survey for Monday 9 November at 10am to check the six openings.

Kind regards,""", kind="alt", cc="Marcus Bell <marcus.bell@albioncourt.example>"),
      cu("11-04 09:10", """Thanks Gareth - Monday 9th at 10 is fine, I'll meet your surveyor at the gate.

Marcus
""", frm="Marcus Bell <marcus.bell@albioncourt.example>", cc="Fiona Hughes <fiona.hughes@albioncourt.example>",
         thanks=True),
      ),

    C("g20-begum-quote-away", "en", "closed", {"missed-follow-up": 1},
      "Shabnam Begum <shabnam.begum@example.com>", "gmail", "Final quote after survey",
      "Gareth promises the full quote by Wednesday; the customer's out-of-office answers and the quote never comes.",
      cu("11-01 20:00", """Hello,

Thanks for measuring up on Friday. Your surveyor said you'd email the final quote for the
insulated roller door. Could you also include the price for a second remote and the battery
back-up he mentioned?

Shabnam Begum
"""),
      ag("gareth", "11-02 09:40", """Dear Ms Begum,

Thanks for your patience. I'm waiting for the factory price on the 2.9m curtain in
Chartwell green, which is a non-stock colour; I'll email you the full quote, with the
second remote and the battery back-up included, by Wednesday.

Kind regards,""", promises=[("11-04", None)]),
      auto("11-02 09:41", """I'm away until Monday 16 November with limited access to email. For anything urgent about
the house, please call my husband on 07700 900 552.

Shabnam
"""),
      ),

    C("g21-taylor-fitting-date", "en", "closed", {},
      "Ben Taylor <ben.taylor@example.org>", "gmail", "Fwd: Your order LGD-26-2210",
      "HTML-only mail forwarding the order confirmation (its own questions are quoted text); the one real question answered.",
      cu("11-04 13:15", """Hi,

Forwarding our order confirmation below. Can you confirm the fitting date is still Thursday
12 November? We've had no letter since.

Ben

---------- Forwarded message ---------
From: Larchfield Garage Doors <support@larchfielddoors.example>
Date: Mon, 19 Oct 2026 at 11:02
Subject: Your order LGD-26-2210
To: <ben.taylor@example.org>

Dear Mr Taylor,

Thank you for your order: electric roller door, 2438 x 2134, white.
Fitting date: Thursday 12 November.

Need to change your date? Questions about your door? Reply to this email or call 01632 960 410.
""", kind="html"),
      ag("nia", "11-04 15:00", """Hi Ben,

Yes, Thursday 12 November is still confirmed; the fitters arrive between 8 and 9am.

Best wishes,"""),
      ),

    C("g22-dubois-isolation", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Antoine Dubois <antoine.dubois@example.fr>", "apple_fr", "Isoler notre porte sectionnelle",
      "« Je reviens vers vous d'ici jeudi » tenu le mardi suivant après une relance ; la question de la pose pendant les vacances de Noël reste sans réponse.",
      cu("11-02 19:00", """Bonjour,

Nous avons une porte sectionnelle non isolée dans notre maison de Rye (posée par vos soins
en 2019) et le garage est glacial. Est-il possible d'ajouter une isolation aux panneaux
existants, ou faut-il changer la porte ? Et si on la change, pouvez-vous garder
l'ancienne motorisation ?

Cordialement,
Antoine Dubois
(nous habitons à Lille, la maison de Rye est notre résidence secondaire)
""", tz=1),
      ag("camille", "11-03 10:20", """Bonjour Monsieur Dubois,

On ne peut malheureusement pas isoler correctement les panneaux existants : les kits
collés se décollent avec la condensation. Il faut remplacer le tablier par des panneaux
isolés de 42 mm, en gardant les rails.

Pour la motorisation, je dois vérifier avec notre technicien si votre moteur de 2019
supporte des panneaux isolés, plus lourds ; je reviens vers vous d'ici jeudi.

Bien cordialement,""", promises=[("11-05", 4)]),
      cu("11-09 18:30", """Bonjour Camille,

Sauf erreur de ma part, je n'ai rien reçu jeudi au sujet de la motorisation. Avez-vous pu
en parler au technicien ?

Antoine Dubois
""", tz=1, chase=True),
      ag("camille", "11-10 09:15", """Bonjour Monsieur Dubois,

Toutes mes excuses pour ce retard. Bonne nouvelle : votre moteur est compatible, il
suffit de changer le ressort d'équilibrage. Vous trouverez le devis en pièce jointe.

Bien cordialement,""", attach=[("application/pdf", "Devis_D-2611-031.pdf", DEVIS_PDF)]),
      cu("11-10 20:00", """Merci pour le devis. Deux questions : le prix comprend-il l'évacuation de l'ancien tablier ?
Et pourriez-vous faire la pose pendant les vacances de Noël, entre le 21 et le 31 décembre, quand nous serons sur place ?

Antoine
""", tz=1, uq=1),
      ag("camille", "11-11 09:40", """Bonjour Monsieur Dubois,

Oui, l'enlèvement et le recyclage de l'ancien tablier sont compris dans le prix.

Bien cordialement,"""),
      ),

    C("g23-ruiz-reforma", "es", "closed", {"unanswered-question": 2},
      "Marta Ruiz <marta.ruiz@example.com>", "gmail_es", "Dudas puerta de garaje - reforma",
      "Lista numerada de cuatro preguntas: Pilar responde la 1 y la 4; el color madera y la obra del dintel quedan sin respuesta.",
      cu("11-05 12:30", """Buenas tardes:

Estamos reformando la casa y queremos cambiar la puerta del garaje. Tengo varias dudas:

1. ¿Qué diferencia hay en la práctica entre una puerta enrollable y una seccional? El garaje
es pequeño y el techo es bajo.
2. ¿Las puertas enrollables se pueden pedir en color madera?
3. ¿Hacen ustedes también la obra del dintel si hace falta, o tenemos que buscar un albañil?
4. ¿Cuánto tarda la instalación? Es para saber cuántos días tengo que pedir en el trabajo.

Muchas gracias,
Marta Ruiz
""", uq=2),
      ag("pilar", "11-05 16:00", """Hola, Marta:

Con un techo bajo le recomiendo la enrollable: se recoge en un cajón de unos 30 cm encima
del hueco y no ocupa el techo, mientras que la seccional necesita los raíles por todo el
techo del garaje. La instalación se hace en un solo día, normalmente en media jornada, así
que con pedir un día es suficiente.

Si quiere, nuestro técnico puede ir a medir el martes 10 por la mañana.

Un saludo,"""),
      cu("11-06 09:00", """Gracias. Vale, el martes 10 por la mañana nos va bien.

Marta
""", thanks=True),
      ),

    C("g24-evans-service-report", "en", "closed", {"unanswered-question": 1},
      "Gwen Evans <gwen.evans@example.net>", "apple", "Annual service - plan SP-4471",
      "Service booked and done; in a second mail after the visit the service report is sent but the question how long springs last is skipped.",
      cu("11-02 10:10", """Hi,

Can we book the annual service on our sectional door please? We're on your Essential plan
(ref SP-4471). Any weekday except Wednesday.

Gwen Evans
"""),
      ag("dev", "11-02 12:30", """Hi Gwen,

Booked for Friday 6 November, 8am-12pm, with Callum.

Regards,"""),
      cu("11-06 14:00", """Callum came this morning, all good. While I remember: he said the springs are "getting
tired" - how many years do springs normally last? And could you email me the service report?
Callum said the office sends it out.

Gwen
""", uq=1),
      ag("dev", "11-06 16:20", """Hi Gwen,

Here's Callum's service report from this morning.

Regards,""", attach=[("application/pdf", "Service_report_SR-44718.pdf", REPORT_PDF)]),
      ),

    C("g25-lewis-jet-engine", "en", "closed", {},
      "Owen Lewis <owen.lewis@example.com>", "gmail", "Roller door roaring when opening",
      "A rhetorical question and a self-answered one (serial number found); safety and booking answered; thanks-only.",
      cu("11-09 19:50", """Hi,

Who knew a garage door could sound like a jet engine taking off? Ours (electric roller,
fitted by you in 2023) has started roaring when it opens, closing is fine. I was going to
give you the serial number - where is that? Ah, found it, on a sticker on the motor cover:
LR77-23-0945.

Is it safe to keep using it for now, and can you book someone in?

Owen Lewis
"""),
      ag("dev", "11-10 08:30", """Hi Owen,

Thanks for the serial, that's one of ours. Yes, it's safe to use; a roar on opening only is
almost always the motor's gearbox grease, which the engineer will replace. I've booked you
for Thursday 12 November, 12-4pm, no charge as it's within warranty.

Regards,"""),
      cu("11-10 09:05", """Perfect, thanks Dev.

Owen
""", thanks=True),
      ),

    C("g26-singh-payment-questions", "en", "closed", {"unanswered-question": 2, "missed-follow-up": 1},
      "Harpreet Singh <harpreet.singh@example.org>", "outlook", "Questions about quote Q-26-3381",
      "Five numbered questions: two answered, finance deferred 'by Friday' and never answered, the guarantee transfer and the fitting date skipped.",
      cu("11-03 11:00", """Dear Sir/Madam,

Following Gareth's quote Q-26-3381 for the insulated sectional door (£2,980), I have a few
questions before we sign:

1. Is the deposit 25% or 50%?
2. Can the balance be paid by card on the day of fitting?
3. Do you offer interest-free finance over 12 months?
4. Is the 5-year guarantee transferable if we sell the house?
5. Can the door be fitted before 18 December? We have family coming for Christmas.

Kind regards,
Harpreet Singh
""", uq=2),
      ag("holly", "11-03 14:20", """Dear Mr Singh,

Thank you for your questions.

1. The deposit is 25%, so £745 on this quote.
2. Yes - our fitters carry a card machine and you pay the balance once the door is in.

On finance, we work with a partner lender whose offers change through the year. I'll check
whether they have a 12-month interest-free plan at the moment and come back to you by Friday.

Kind regards,""", promises=[("11-06", None)]),
      ),

    C("g27-jones-golden-oak", "en", "pending", {},
      "Chris Jones <chris.jones@example.net>", "android", "Change quote to golden oak",
      "Supplement answered at once; the revised quote is promised for Tuesday 24 November - a deadline still ahead at audit time.",
      cu("11-18 12:40", """Hi Gareth, we've decided we'd rather have the door in golden oak woodgrain instead of
white. Can you redo the quote please? Does the woodgrain cost more?

Chris

Sent from Outlook for Android
"""),
      ag("gareth", "11-19 09:15", """Hi Chris,

Yes, woodgrain finishes are a £260 supplement at that size. I'll send you the revised quote
by Tuesday 24 November - the factory has changed its price list this week and I want to make
sure I use the new one.

Regards,""", promises=[("11-24", None)]),
      cu("11-19 10:02", """No rush, Tuesday's fine. Thanks.

Chris

Sent from Outlook for Android
""", thanks=True),
      ),

    C("g28-baker-paint-bubble", "en", "closed", {},
      "Martin Baker <martin.baker@example.com>", "thunderbird", "Paint bubbling on bottom panel",
      "Photo attached; Dev defers the guarantee question with a promise without deadline and keeps it next day.",
      cu("11-03 09:25", """Hello,

We've noticed the bottom panel of our sectional door (fitted by you in 2022) has a bubbling
patch in the paint, about the size of a hand, near the left corner. Is that covered by the
paint guarantee? Photo attached.

Martin Baker
""", attach=[("image/png", "panel.png", BUBBLE_PNG)]),
      ag("dev", "11-03 11:40", """Dear Mr Baker,

Thank you for the photo. I need to check with the manufacturer whether that's covered by
their 10-year finish guarantee, and I'll get back to you.

Regards,""", promises=[("window", 3)]),
      ag("dev", "11-04 15:10", """Dear Mr Baker,

Good news: the manufacturer accepts it under the finish guarantee and will supply a new
bottom panel free of charge, and we fit it at no cost. The panel takes about three weeks
to come through, so fitting would be in early December.

Regards,"""),
      cu("11-04 16:00", """That's excellent news, thank you.

Martin
""", thanks=True),
      ),

    C("g29-fischer-lichtschranke", "de", "pending", {"unanswered-question": 1},
      "Stefan Fischer <stefan.fischer@example.de>", "thunderbird_de", "Rolltor fährt beim Schließen wieder hoch",
      "Drei Fragen als Aufzählung; Lukas antwortet inline auf die ersten beiden und lässt die Frage nach den Anfahrtskosten aus.",
      cu("11-16 18:20", """Hallo,

wir haben seit gestern das Problem, dass unser Garagentor (Rolltor, 2021 von Ihnen
montiert) beim Schließen nach ca. 20 cm wieder hochfährt.

- Woran kann das liegen?
- Kann ich das selbst beheben, oder muss ein Techniker kommen?
- Und falls ein Techniker kommen muss: Was kostet die Anfahrt?

Gruß
Stefan Fischer
""", uq=1),
      ag("lukas", "11-17 09:10", """Hallo Herr Fischer,

> - Woran kann das liegen?

Fast immer an der Lichtschranke: Wenn die beiden Sensoren unten am Rahmen verschmutzt
oder leicht verdreht sind, meldet das Tor ein Hindernis und fährt wieder hoch.

> - Kann ich das selbst beheben, oder muss ein Techniker kommen?

Meistens ja. Wischen Sie beide Linsen mit einem weichen Tuch ab und prüfen Sie, ob die
kleinen LEDs an beiden Sensoren dauerhaft leuchten. Blinkt eine, drehen Sie den Sensor
vorsichtig, bis sie ruhig leuchtet.

Viele Grüße""", quote=False),
      cu("11-17 19:00", """Danke, die Linse war völlig verdreckt - jetzt geht es wieder.

Stefan Fischer
""", thanks=True),
      ),

    C("g30-martin-fitting-day", "en", "closed", {},
      "Sophie Martin <sophie.martin@example.org>", "gmail", "Fitting on Tuesday - what do we need to do?",
      "Both questions answered; the reply lost its threading headers; the fitters' arrival window is logistics, not a promise.",
      cu("11-04 08:30", """Hi,

Our new roller door is being fitted on Tuesday. Do the fitters need us to clear the garage
completely, or just the area near the door? And will they take the old up-and-over door away?

Thanks,
Sophie Martin
"""),
      ag("nia", "11-04 10:10", """Hi Sophie,

Just the first metre or so inside the door, plus access to a socket for the motor. And yes,
the old door and frame go away with the fitters. The team arrive between 8 and 9 on Tuesday
and it's usually finished by early afternoon.

Best wishes,""", thread=False),
      cu("11-04 10:40", """Great, thanks Nia.

Sophie
""", thanks=True),
      ),

    C("g31-robinson-motor-side", "en", "closed", {"unanswered-question": 1},
      "Peter Robinson <peter.robinson@example.net>", "apple", "Adding a motor to our sectional door",
      "The socket question is answered and a motor model recommended, but not whether the motor can go on the left-hand side.",
      cu("11-05 17:45", """Hello,

We'd like to motorise our existing sectional door (one of yours from 2020). Our boiler is on the right-hand wall right next to the door, so can the motor be fitted on the left-hand side? Also, do you need to run a new socket or can it plug into the one on the ceiling?

Thanks,
Peter Robinson
""", uq=1),
      ag("gareth", "11-06 09:20", """Dear Peter,

A ceiling socket is fine as long as it's within a metre of where the motor head sits, and
our fitters use the existing one whenever they can. For a door of your size we'd fit the
LM-800, which is quieter than the older model and has a soft start and stop; it's £545 fitted
with two remotes.

Kind regards,""", kind="alt"),
      cu("11-06 12:00", """Sounds good, thanks.

Peter
""", thanks=True),
      ),

    C("g32-wright-technical-drawing", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 2},
      "Mike Wright <mike.wright@example.com>", "owa", "Quote Q-26-2954 - window row and technical drawing",
      "The drawing promised by Monday comes a week late after two chases (the second with a References gap); whether it needs signing is never answered.",
      cu("10-29 10:00", """Hi,

We had a quote from you last month for a replacement sectional door (Q-26-2954). Before we
go ahead, can you price it with the row of windows in the top panel, and would that change the
lead time? We're in a conservation area and the council wants a technical drawing of the
door with our sizes before they'll sign it off.

Mike Wright
"""),
      ag("gareth", "10-29 15:30", """Hi Mike,

The sunray window row adds £310 and doesn't change the lead time. I'll ask the factory for
the technical drawing with your sizes and send it over by Monday.

Regards,""", promises=[("11-02", None)]),
      cu("11-04 09:10", """Hi Gareth, just following up on the technical drawing - the conservation officer is
asking me for it. Any news?

Mike
""", chase=True),
      cu("11-06 14:20", """Still nothing on the drawing I'm afraid. Could someone please send it? If it's not with
the officer by the 13th our application slips to next month.

Mike Wright
""", chase=True, refs=[1, 3]),
      ag("nia", "11-09 10:00", """Dear Mr Wright,

I'm sorry you've had to chase twice; Gareth has been off sick and his mail wasn't picked up.
The factory drawing with your sizes is attached.

Best wishes,""", attach=[("application/pdf", "Drawing_TD-2954.pdf", DRAWING_PDF)]),
      cu("11-09 11:30", """Thanks. Does the drawing need to be signed by you, or is this version enough for the council? And it shows a 2125 height - our opening is 2100, is that a problem?

Mike
""", uq=1),
      ag("nia", "11-09 14:00", """Dear Mr Wright,

The 2125 is the door's nominal size; on the day the fitters set the frame to your 2100
opening, which is normal and nothing to worry about.

Best wishes,"""),
      ),

    C("g33-petrova-before-christmas", "en", "closed", {"slow-first-response": 1},
      "Elena Petrova <elena.petrova@example.org>", "gmail", "Roller door before Christmas?",
      "Friday-evening enquiry acknowledged by the robot, first human reply on Monday (slow); then booked.",
      cu("11-06 18:05", """Good evening,

Do you install garage doors in Sittingbourne? I'm looking for an electric roller door for a
single garage and would like to know whether you could fit one before Christmas.

Thanks,
Elena Petrova
"""),
      ack("11-06 18:06"),
      ag("gareth", "11-09 10:30", """Dear Elena,

Yes, Sittingbourne is well within our area. Roller doors take two to three weeks from survey,
so before Christmas is realistic if we survey by the end of November. I have survey slots on
Thursday 12th at 10am or Monday 16th at 2pm.

Kind regards,""", kind="alt"),
      cu("11-09 12:00", """Thursday 12th at 10 please.

Elena
"""),
      ag("gareth", "11-09 13:15", """Dear Elena,

Booked - Thursday 12 November at 10am.

Kind regards,""", kind="alt"),
      ),

    C("g34-schmidt-schwingtor", "de", "closed", {},
      "Anna Schmidt <anna.schmidt@example.at>", "gmail_de", "Angebot Schwingtor",
      "Angebot als PDF-Anhang, danach der früheste Montagetermin: alles beantwortet.",
      cu("11-09 20:15", """Guten Tag,

könnten Sie mir ein Angebot für ein neues Schwingtor schicken? Stahl, weiß, 2438 x 1981 mm,
manuell. Das alte ist unten komplett durchgerostet. Montage und Entsorgung des alten Tors
bitte mit einrechnen.

Viele Grüße
Anna Schmidt
"""),
      ag("lukas", "11-10 10:00", """Sehr geehrte Frau Schmidt,

anbei unser Angebot: Schwingtor aus Stahl in Weiß, 2438 x 1981 mm, inklusive Montage und
Entsorgung des alten Tors für 1.180 £. Das Angebot gilt 30 Tage.

Mit freundlichen Grüßen""", attach=[("application/pdf", "Angebot_A-2611-019.pdf", ANGEBOT_PDF)]),
      cu("11-10 18:00", """Vielen Dank, wir nehmen das Angebot an. Wann wäre der früheste Montagetermin?

Anna Schmidt
"""),
      ag("lukas", "11-11 09:30", """Sehr geehrte Frau Schmidt,

frühestens am Dienstag, 1. Dezember; ich habe Sie für diesen Tag ab 8 Uhr eingetragen.

Mit freundlichen Grüßen"""),
      ),

    C("g35-bernard-moteur-chaud", "fr", "pending", {},
      "Nathalie Bernard <nathalie.bernard@example.fr>", "apple_fr", "Questions porte enroulable",
      "Deux questions répondues en ligne (l'une par un simple « Oui, sans problème. »), puis une nouvelle question répondue.",
      cu("11-13 10:00", """Bonjour,

Deux petites questions sur notre porte enroulable : est-ce normal que le moteur soit un peu
chaud après plusieurs ouvertures d'affilée ? Et peut-on la laisser à moitié ouverte pour aérer
le garage sans abîmer le mécanisme ?

Merci,
Nathalie Bernard
""", tz=1),
      ag("camille", "11-13 14:00", """Bonjour Madame Bernard,

> est-ce normal que le moteur soit un peu chaud après plusieurs ouvertures d'affilée ?

Tout à fait normal. Le moteur a une protection thermique : après une dizaine de cycles
rapprochés, il se met en pause quelques minutes pour refroidir.

> Et peut-on la laisser à moitié ouverte pour aérer le garage sans abîmer le mécanisme ?

Oui, sans problème.

Bien cordialement,""", quote=False),
      cu("11-16 08:30", """Merci pour ces précisions. Autre chose : la télécommande de ma fille ne fonctionne qu'à
deux mètres de la porte. Faut-il changer l'antenne ?

Nathalie
""", tz=1),
      ag("camille", "11-16 11:15", """Bonjour Madame Bernard,

Pas forcément : dans neuf cas sur dix c'est la pile qui faiblit. Essayez d'abord une pile
neuve (CR2032). Si la portée ne revient pas, nous pouvons remonter l'antenne à l'extérieur du
caisson ; c'est gratuit si vous le faites lors de votre prochain entretien.

Bien cordialement,"""),
      ),

    C("g36-navarro-mando-ruido", "es", "open", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Carmen Navarro <carmen.navarro@example.com>", "gmail_es", "Problemas con la puerta nueva",
      "Pilar promete confirmar la visita 'mañana' y no lo hace, y no contesta a la factura corregida; la clienta reclama y espera desde hace cuatro días.",
      cu("11-10 09:40", """Buenos días:

Nos instalaron una puerta seccional hace dos semanas y el mando de mi marido no funciona desde
el segundo día. Además, la puerta hace un ruido metálico al cerrar. ¿Pueden mandar a alguien
para revisar las dos cosas?

Y otra cosa: en la factura aparece el IVA dos veces, ¿me pueden enviar una factura corregida?

Saludos,
Carmen Navarro
""", uq=1),
      ag("pilar", "11-10 12:30", """Hola, Carmen:

Siento mucho los problemas con la puerta nueva. Sobre el mando y el ruido: mañana hablo con el
técnico que hizo la instalación y le confirmo el día de la visita.

Un saludo,""", promises=[("11-11", None)]),
      cu("11-16 19:00", """Hola, Pilar:

Ya ha pasado casi una semana y nadie me ha dicho nada de la visita. El mando sigue sin
funcionar y el ruido es cada vez peor. ¿Cuándo van a venir?

Carmen
""", chase=True),
      ),

    C("g37-mitchell-holiday-let", "en", "closed", {"unanswered-question": 1},
      "Hannah Mitchell <hannah.mitchell@example.org>", "outlook", "Service plan for our holiday let",
      "Base64 mail; the key-safe question is answered, whether the plan covers remotes lost by guests is not.",
      cu("11-09 14:10", """Hi,

I'm interested in your Complete service plan for the roller door at our holiday let in Whitstable (we're not there most of the year). Two questions: if something goes wrong, can your engineer get the key from our key safe and do the repair without us being there? And would the plan cover the remote controls if guests lose them?

Thanks,
Hannah Mitchell
""", cte="base64", uq=1),
      ag("holly", "11-09 16:00", """Dear Hannah,

Yes - plenty of our holiday-let customers give us a key-safe code. The engineer lets himself
in, does the work and emails you photos and a short report before he leaves, so you know the
door is locked up again.

You can sign up online at https://larchfielddoors.example/plans/signup?plan=complete

Kind regards,"""),
      cu("11-10 09:00", """Great, thanks Holly.

Hannah
""", thanks=True),
      ),

    C("g38-harris-loading-doors", "en", "closed", {},
      "Daniel Harris <d.harris@medwaylogistics.example>", "outlook", "Service contract - 4 sectional loading doors",
      "Business customer with a confidentiality disclaimer and a '?' signature line; price and CSCS cards answered together.",
      cu("11-02 09:00", """Good morning,

We are the facilities team for Medway Logistics and have four sectional loading doors at our
Aylesford site. Could you provide a price for a twice-yearly service contract covering all
four, and confirm whether your engineers hold CSCS cards, as our site rules require them?

Kind regards

Daniel Harris
Facilities Coordinator | Medway Logistics Ltd
Questions about a delivery? https://medwaylogistics.example/track?ref=sig

CONFIDENTIALITY: This email and any files transmitted with it are confidential and intended
solely for the use of the individual or entity to whom they are addressed. If you have
received this email in error please notify the sender and delete it.
"""),
      ag("holly", "11-02 14:30", """Dear Daniel,

For four sectional loading doors, a twice-yearly service contract is £780 + VAT a year
(£97.50 per door per visit), including a written safety check for your records, and all of
our commercial engineers hold current CSCS cards.

Kind regards,""", kind="alt"),
      cu("11-03 08:45", """Thank you Holly, I'll put that to our finance director.

Daniel Harris
Facilities Coordinator | Medway Logistics Ltd
Questions about a delivery? https://medwaylogistics.example/track?ref=sig
""", thanks=True),
      ),

    C("g39-thompson-quote-chase", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Lee Thompson <lee.thompson@example.net>", "gmail", "Quote for electric roller door",
      "No reply for three days; the customer checks in on his own mail, Gareth answers (slow first response) and books the survey.",
      cu("11-10 13:00", """Hi,

Could you quote for an electric roller door for my garage, opening 2.3 x 2.0m? Grey or black
please.

Thanks,
Lee Thompson
"""),
      cu("11-13 09:30", """Just checking in on the quote I asked for on Tuesday - haven't heard anything yet.

Lee
""", chase=True, parent=1),
      ag("gareth", "11-13 11:00", """Hi Lee,

Apologies - your email got caught in our spam filter. For a 2.3 x 2.0 opening, an electric
insulated roller in anthracite grey or black is £1,690 fitted, including two remotes and
removal of the old door. It needs a survey to confirm; I have mornings free next week.

Regards,""", kind="alt"),
      cu("11-13 12:00", """Thanks, that's within budget. Any morning next week is fine - please book it.

Lee
"""),
      ag("gareth", "11-16 08:50", """Hi Lee,

Booked for Wednesday 18 November, 9-11am.

Regards,""", kind="alt"),
      ),

    C("g40-cooper-heavy-door", "en", "closed", {},
      "Jack Cooper <jack.cooper@example.com>", "gmail", "Door very heavy - springs?",
      "Nia answers the Saturday question and hands the price to Dev for tomorrow; Dev delivers it the next morning (kept by a colleague).",
      cu("11-02 16:10", """Hello,

Could I get a price for replacing the torsion springs on our sectional door? It's about eight
years old and it has got very heavy to lift by hand when the power's off. Also, do you do the
work on Saturdays?

Jack Cooper
"""),
      ag("nia", "11-02 16:45", """Hi Jack,

Yes, we do Saturday mornings for repairs, with a £25 supplement. The spring price depends on
the door's weight and spring size, so I've passed your details to Dev in our repairs team -
he'll email you the price tomorrow.

Best wishes,""", promises=[("11-03", 3)]),
      ag("dev", "11-03 10:20", """Hi Jack,

A pair of springs for a door of that size is £220 fitted, including re-tensioning and a
safety check. The earliest Saturday I have is 14 November.

Regards,"""),
      cu("11-03 12:00", """Please book me in for the 14th.

Jack
"""),
      ag("dev", "11-03 13:00", """Hi Jack,

Done - Saturday 14 November, 8-11am.

Regards,"""),
      ),

    C("g41-ward-courtesy-light", "en", "pending", {"reopened": 1},
      "Sarah Ward <sarah.ward@example.org>", "thunderbird", "Motor not working - sectional door",
      "Motor board replaced, Dev closes with a [Resolved] subject tag; the customer replies about the light staying on (reopened) and gets the setting.",
      cu("11-10 08:15", """Hi,

The motor on our sectional door stopped working on Sunday - no lights, nothing. We've checked
the fuse in the plug. Can you help?

Sarah Ward
"""),
      ag("dev", "11-10 10:00", """Hi Sarah,

I've booked an engineer for tomorrow, Wednesday 11th, 12-4pm. The motor is under warranty so
there's no charge.

Regards,"""),
      ag("dev", "11-11 17:30", """Hi Sarah,

Callum replaced the motor's control board under warranty this afternoon and the door is
working normally. I'm closing this ticket now - thanks for your patience.

Regards,""", closes=True, subject="[Resolved] Motor not working - sectional door"),
      cu("11-17 20:40", """Hi Dev,

The motor's been fine, but now the light on the motor unit stays on all the time and never
switches off after the door closes. Is there a setting for that, or is it another fault?

Sarah
""", subject="Re: [Resolved] Motor not working - sectional door"),
      ag("dev", "11-18 09:15", """Hi Sarah,

It's a setting - the courtesy light timer went back to "always on" when the board was
replaced. Hold the P button for five seconds until the light flashes twice, then press it
once: the light will switch off three minutes after each movement.

Regards,""", subject="RE: [Resolved] Motor not working - sectional door"),
      ),

    C("g42-morgan-anthracite-price", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Richard Morgan <richard.morgan@example.net>", "outlook", "Price in anthracite",
      "The anthracite price promised 'by end of day' arrives a day late; the extra remote and keypad are never added to the quote.",
      cu("11-04 10:30", """Hi Gareth,

Thanks for the survey yesterday. Can you let me have the price for the same door in anthracite instead of white? And please add an extra remote and a wall-mounted keypad to the quote - my teenagers are forever losing their keys.

Richard Morgan
""", uq=1),
      ag("gareth", "11-04 11:15", """Hi Richard,

I'll get the anthracite price from the factory and send it over by end of day.

Regards,""", promises=[("11-04", 3)]),
      ag("gareth", "11-05 15:00", """Hi Richard,

Sorry this is a day later than I said. Revised quote attached: anthracite adds £180, which
brings the door to £2,760 fitted with the motor and two remotes.

Regards,""", kind="alt", attach=[("application/pdf", "Quote_Q-26-3417b.pdf", ANTHRACITE_PDF)]),
      cu("11-05 18:10", """Thanks, we'll discuss it tonight.

Richard
""", thanks=True),
      ),

    C("g43-keller-mieter", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Dr. Monika Keller <monika.keller@example.at>", "outlook_de", "Garagentor öffnet nur halb - Mietobjekt Hythe",
      "Vermieterin in Wien; nach zwei Tagen nur mit der automatischen Bestätigung fragt sie nach, Lukas antwortet dann (langsame Erstantwort).",
      cu("11-03 09:00", """Sehr geehrte Damen und Herren,

unser Mieter in Hythe meldet, dass sich das Garagentor (Sektionaltor, Hersteller unbekannt)
nur noch zur Hälfte öffnet. Können Sie einen Techniker vorbeischicken? Der Mieter ist
tagsüber zu Hause. Die Rechnung bitte an uns, nicht an den Mieter.

Mit freundlichen Grüßen
Dr. Monika Keller
""", tz=1),
      ack("11-03 08:01"),
      cu("11-05 10:30", """Guten Tag,

ich habe bisher nur die automatische Eingangsbestätigung bekommen. Könnten Sie mir bitte sagen,
wann ein Techniker kommen kann? Unser Mieter fragt jeden Tag nach.

Mit freundlichen Grüßen
Monika Keller
""", tz=1, chase=True),
      ag("lukas", "11-05 11:40", """Sehr geehrte Frau Dr. Keller,

entschuldigen Sie bitte die Verzögerung. Unser Techniker Callum kann am Montag, 9. November,
zwischen 8 und 12 Uhr zu Ihrem Mieter kommen; die Rechnung geht selbstverständlich an Sie.

Mit freundlichen Grüßen"""),
      cu("11-05 13:00", """Vielen Dank, ich gebe das an den Mieter weiter.

M. Keller
""", tz=1, thanks=True),
      ),

    C("g44-laurent-cable-photo", "fr", "closed", {},
      "Julien Laurent <julien.laurent@example.fr>", "apple_fr", "Câble effiloché",
      "Un deuxième message ajoute la photo avant toute réponse (pas une relance) ; danger, prix et visite répondus.",
      cu("11-09 08:10", """Bonjour,

Le câble de droite de notre porte sectionnelle semble effiloché, on voit des brins qui
dépassent près de la poulie du bas. Est-ce dangereux de continuer à utiliser la porte ?
Combien coûte le remplacement des câbles ?

Cordialement,
Julien Laurent
"""),
      cu("11-09 08:25", """Voici une photo du câble, prise ce matin.

Julien Laurent
""", parent=1, attach=[("image/png", "cable.png", CABLE_PNG)]),
      ag("camille", "11-09 10:30", """Bonjour Monsieur Laurent,

Merci pour la photo. Oui, un câble effiloché peut lâcher à tout moment : n'utilisez plus la
porte en attendant. Le remplacement des deux câbles coûte 110 £, pose comprise. Notre
technicien peut passer mercredi 11 novembre entre 8 h et 12 h.

Bien cordialement,"""),
      cu("11-09 12:00", """Mercredi matin, c'est parfait. Merci.

J. Laurent
""", thanks=True),
      ),

    C("g45-vega-plan-navidad", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Andrés Vega <andres.vega@example.es>", "gmail_es", "Plan de mantenimiento Complete",
      "Pago con tarjeta respondido; 'le escribo el lunes' con la fecha del primer servicio se cumple el jueves, tras la reclamación del cliente.",
      cu("11-11 10:00", """Hola:

Queremos contratar el plan de mantenimiento Complete para nuestra puerta enrollable. ¿Podemos
pagarlo con tarjeta en vez de domiciliación? ¿Y el primer servicio se puede hacer antes de
Navidad?

Gracias,
Andrés Vega
"""),
      ag("pilar", "11-11 15:30", """Hola, Andrés:

Sí, se puede pagar con tarjeta en un solo pago anual de 139 £. Para el primer servicio tengo
que mirar la agenda de diciembre de los técnicos, que se abre esta semana; le escribo el lunes
con una fecha.

Un saludo,""", promises=[("11-16", 4)]),
      cu("11-18 09:30", """Hola, Pilar:

Me dijo que me escribiría el lunes con la fecha del servicio y no he recibido nada. ¿Ya tienen
la agenda de diciembre?

Andrés
""", chase=True),
      ag("pilar", "11-19 10:00", """Hola, Andrés:

Perdone el retraso. Le puedo ofrecer el martes 8 de diciembre por la mañana, de 8 a 12. Si le
va bien, se lo reservo.

Un saludo,"""),
      ),

    C("g46-iglesias-casa-vacaciones", "es", "closed", {"unanswered-question": 1},
      "Rosa Iglesias <rosa.iglesias@example.es>", "gmail_es", "Puerta basculante - casa de Folkestone",
      "El consejo sobre el cerrojo se responde; la pregunta de si el mantenimiento incluye engrasar los rieles queda sin respuesta.",
      cu("11-04 18:00", """Buenas tardes:

Tenemos una casa en Folkestone con una puerta basculante que instalaron ustedes. Este año solo iremos en verano. ¿Es recomendable dejar la puerta bloqueada con el cerrojo interior mientras estamos fuera? También quería preguntar si el mantenimiento anual incluye el engrase de los rieles, porque la puerta chirría bastante.

Un saludo,
Rosa Iglesias
""", tz=1, uq=1),
      ag("pilar", "11-05 09:30", """Hola, Rosa:

Sí, es buena idea echar el cerrojo interior y cerrar también con llave desde fuera. Si la
puerta se queda meses sin moverse, conviene que alguien la abra y la cierre una vez al mes
para que los muelles no se queden rígidos.

Un saludo,"""),
      cu("11-05 20:00", """Muchas gracias, Pilar.

Rosa
""", tz=1, thanks=True),
      ),

    C("g47-parker-battery-backup", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Naomi Parker <naomi.parker@example.com>", "gmail", "Battery back-up for roller door",
      "Price answered, how long the battery lasts is not; her follow-up about the socket has waited three days.",
      cu("11-13 09:00", """Hi,

We'd like to add a battery back-up to our electric roller door as we get a lot of power cuts out here. What does that cost fitted? And how long does the battery last during a power cut - would it get us through a whole evening of opening and closing?

Thanks,
Naomi Parker
""", uq=1),
      ag("dev", "11-13 11:30", """Hi Naomi,

The battery back-up unit for the Roll 77 motor is £165 fitted, and it switches over on its
own the moment the power goes. I can book the fitting for any weekday from 23 November.

Regards,"""),
      cu("11-17 10:20", """Thanks Dev. Before I book - does the back-up unit need its own socket, or does it run off the
motor's supply? There's only one socket in the garage.

Naomi
"""),
      ),

    C("g48-gray-widest-door", "en", "closed", {},
      "Mark Gray <mark@grayplastering.example>", "android", "Widest roller door?",
      "One question, answered in a line; a thanks-only reply whose signature has a '?' and a URL.",
      cu("11-06 07:45", """Morning! Quick one - what's the widest single roller door you do? Our opening is 3.1m.

Cheers,
Mark Gray

Sent from Outlook for Android
"""),
      ag("nia", "11-06 09:00", """Morning Mark,

Our roller doors go up to 5.2m wide, so 3.1m is no problem at all.

Best wishes,"""),
      cu("11-06 09:30", """Brilliant, cheers.

Mark Gray
Gray & Sons Plastering | Need a quote? https://grayplastering.example/quote?src=email
""", thanks=True),
      ),

    C("g49-allen-motor-reversing", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rachel Allen <rachel.allen@example.org>", "outlook", "Motor stops halfway and reverses",
      "Dev defers the warranty question ('I'll get back to you', no date) and never does; the request to check the bottom seal on the same visit is skipped.",
      cu("11-05 11:20", """Hello,

The motor on our sectional door (fitted 2023) has started stopping halfway down and going back up. Is it still under warranty? And can your engineer also look at the bottom seal on the same visit? It's letting water in when it rains.

Rachel Allen
""", uq=1),
      ag("dev", "11-05 14:00", """Dear Ms Allen,

Stopping and reversing is usually the force setting or the safety edge along the bottom of
the door, both quick adjustments. Let me check your installation date against our records to
confirm the warranty, and I'll get back to you.

Regards,""", promises=[("window", None)]),
      ),

    C("g50-kaur-survey-change", "en", "pending", {},
      "Jaspreet Kaur <jaspreet.kaur@example.net>", "iphone", "Survey Thursday 19th",
      "Two requests answered inline, one with a bare 'Of course.'; thanks-only.",
      cu("11-16 21:30", """Hi, can I change my survey from Thursday 19th to Friday 20th, same time? And can the surveyor
bring the colour samples with him? Thanks

Jaspreet

Sent from my iPhone
"""),
      ag("gareth", "11-17 08:40", """Hi Jaspreet,

> can I change my survey from Thursday 19th to Friday 20th, same time?

Done - Friday 20 November, 10am.

> And can the surveyor bring the colour samples with him?

Of course.

Regards,""", quote=False),
      cu("11-17 09:00", """Thank you!

Sent from my iPhone
""", thanks=True),
      ),

    C("g51-young-from-dubai", "en", "closed", {},
      "Tom Young <tom.young@example.com>", "gmail", "New door before garage conversion",
      "Customer in Dubai (UTC+4); Holly answers both questions, Gareth books the survey with the neighbour.",
      cu("11-04 22:30", """Hi,

I'm working in Dubai until Christmas, but we're having the garage at our house in Canterbury
converted in January and want a new door fitted first. Can the survey be done without me
there? My neighbour has a key. And can I pay the deposit by bank transfer from an overseas
account?

Thanks,
Tom Young
""", tz=4),
      ag("holly", "11-05 09:15", """Hi Tom,

Yes to both. Plenty of surveys are done with a neighbour or a builder letting us in, and we
accept bank transfers from overseas accounts as long as the payment arrives in pounds
sterling - our bank details are on every quote. If you send me your neighbour's name and
number, we'll arrange the survey directly with them.

Kind regards,"""),
      cu("11-05 14:00", """Neighbour is Mrs Ann Dale, 07700 900 771. She's in most mornings.

Tom
""", tz=4),
      ag("gareth", "11-05 12:10", """Hi Tom,

I've spoken to Mrs Dale and booked the survey for Tuesday 10 November at 10am. Mark, our
surveyor, rings her half an hour before he arrives.

Regards,""", kind="alt"),
      ),

    C("g52-shaw-sectional-quote", "en", "closed", {},
      "Alison Shaw <alison.shaw@example.org>", "owa", "Quote for insulated sectional door",
      "Same subject as g01 from another customer (a separate case); price and fitting before Christmas answered together.",
      cu("11-06 12:00", """Hello,

Please could you quote for an insulated sectional door, 2134 x 2134, white, with a motor? We'd
also like to know if you can fit it before 11 December, as we're hosting Christmas this year.

Regards,
Alison Shaw
"""),
      ag("gareth", "11-06 15:00", """Dear Alison,

An insulated sectional door at 2134 x 2134 in white, with motor and two remotes, is £1,950
fitted including removal of the old door. We can fit before 11 December as long as we survey by
20 November; I have Tuesday 10th or Thursday 12th free, both at 9am.

Kind regards,""", kind="alt"),
      cu("11-06 16:00", """Thank you, I'll talk to my husband and be in touch.

Alison
""", thanks=True),
      ),
]

UNANSWERED: dict[str, list[str]] = {
    "g02-osei-roller-grinding": [
        "Could you also send me a copy of the warranty certificate - we moved all the paperwork when we had the kitchen done and now can't find it."],
    "g05-kowalczyk-workshop-door": [
        "is there a manual option, or would I need to get an electrician to run a supply down the garden first?",
        "do you offer any kind of finance or staged payments on a job like this?"],
    "g06-mueller-sektionaltor": [
        "Und ist bei diesem Modell auch eine Schlupftür möglich?"],
    "g11-ashworth-survey-move": [
        "could he measure up the side personnel door as well?"],
    "g13-obrien-commercial-shutter": [
        "And do you also carry out the annual door safety inspection our insurers keep asking about?"],
    "g15-moreau-vert-sapin": [
        "Pourriez-vous aussi m'envoyer un nuancier ou des échantillons de couleur par la poste ?"],
    "g17-williams-insurance-panels": [
        "can we go ahead with the panel replacement now, before they approve it, as the door is getting worse?"],
    "g22-dubois-isolation": [
        "Et pourriez-vous faire la pose pendant les vacances de Noël, entre le 21 et le 31 décembre, quand nous serons sur place ?"],
    "g23-ruiz-reforma": [
        "¿Las puertas enrollables se pueden pedir en color madera?",
        "¿Hacen ustedes también la obra del dintel si hace falta, o tenemos que buscar un albañil?"],
    "g24-evans-service-report": [
        "how many years do springs normally last?"],
    "g26-singh-payment-questions": [
        "Is the 5-year guarantee transferable if we sell the house?",
        "Can the door be fitted before 18 December?"],
    "g29-fischer-lichtschranke": [
        "Und falls ein Techniker kommen muss: Was kostet die Anfahrt?"],
    "g31-robinson-motor-side": [
        "can the motor be fitted on the left-hand side?"],
    "g32-wright-technical-drawing": [
        "Does the drawing need to be signed by you, or is this version enough for the council?"],
    "g36-navarro-mando-ruido": [
        "en la factura aparece el IVA dos veces, ¿me pueden enviar una factura corregida?"],
    "g37-mitchell-holiday-let": [
        "would the plan cover the remote controls if guests lose them?"],
    "g42-morgan-anthracite-price": [
        "please add an extra remote and a wall-mounted keypad to the quote"],
    "g46-iglesias-casa-vacaciones": [
        "También quería preguntar si el mantenimiento anual incluye el engrase de los rieles, porque la puerta chirría bastante."],
    "g47-parker-battery-backup": [
        "how long does the battery last during a power cut - would it get us through a whole evening of opening and closing?"],
    "g49-allen-motor-reversing": [
        "can your engineer also look at the bottom seal on the same visit?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice134 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
