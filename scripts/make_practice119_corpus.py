#!/usr/bin/env python3
"""Regenerate ``tests/practice119/``: a labelled corpus of Wetherell Scaffolding.

A support mailbox of a fictional Leeds scaffolding firm that hires out and erects scaffolding
for builders, roofers, developers and homeowners (house scaffolds for loft conversions and
roofs, chimney scaffolds, temporary roofs, loading bays, alu towers, pavement licences,
weekly inspections and handover certificates, hire extensions and strikes, trade accounts and
invoices), written without looking at the detection heuristics, with many customer
questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``wetherellscaffold.example``.

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

Usage: python scripts/make_practice119_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "wetherellscaffold.example"
DESK = "Wetherell Scaffolding Hire Desk <hire@wetherellscaffold.example>"

AGENTS = {
    "dan": ("Dan Holroyd <dan.holroyd@wetherellscaffold.example>", "thunderbird", """-- 
Dan Holroyd
Hire Desk & Estimating | Wetherell Scaffolding Ltd
Unit 4, Canal Wharf, Leeds LS11 5PZ | 0113 496 0150
Get a quote online: https://wetherellscaffold.example/quote?ref=sig"""),
    "liam": ("Liam Fawcett <liam.fawcett@wetherellscaffold.example>", "android", """Liam Fawcett
Contracts Supervisor | Wetherell Scaffolding
Scaffold damaged or unsafe? Ring 0113 496 0150, 24 hours a day."""),
    "kerry": ("Kerry Ainsworth <kerry.ainsworth@wetherellscaffold.example>", "outlook", """Kind regards,
Kerry Ainsworth
Accounts | Wetherell Scaffolding Ltd | Company no. 04417732 | VAT GB 219 5512 08
This email and any attachments are confidential and may be legally privileged. If you are
not the intended recipient, please delete it and notify the sender."""),
    "priya": ("Priya Mistry <priya.mistry@wetherellscaffold.example>", "apple", """Priya Mistry
Inspections & Safety | Wetherell Scaffolding
CISRS Advanced Scaffolder - https://wetherellscaffold.example/safety?from=email"""),
    "uwe": ("Uwe Brandt <uwe.brandt@wetherellscaffold.example>", "outlook_de", """Uwe Brandt
Kundenbetreuung (deutschsprachig) | Wetherell Scaffolding Ltd
Tel. +44 113 496 0157"""),
    "claire": ("Claire Dubois <claire.dubois@wetherellscaffold.example>", "apple_fr", """Claire Dubois
Clientèle francophone | Wetherell Scaffolding
https://wetherellscaffold.example/fr?utm_source=email"""),
    "lucia": ("Lucía Herrera <lucia.herrera@wetherellscaffold.example>", "gmail_es", """--
Lucía Herrera
Atención al cliente (español) | Wetherell Scaffolding
+44 113 496 0159"""),
}

ACK = """Hello,

Thanks for contacting Wetherell Scaffolding. This is an automatic reply to let you know
your message has arrived and is logged as {ref}.

The hire desk is open Monday to Friday, 7.30am-4.30pm, and we aim to reply within one
working day. If a scaffold is unsafe or has been damaged, please ring our 24-hour line on
0113 496 0150 rather than emailing.

Wetherell Scaffolding - Hire Desk
https://wetherellscaffold.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Wetherell Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ws.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice119", title="Wetherell Scaffolding", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="WS-", reply_prefix=REPLY_PREFIX)


def pdf(name: str, *lines: str) -> tuple[str, str, bytes]:
    """A small PDF attachment."""
    return ("application/pdf", name, mailcraft.pdf(list(lines)))


CHIMNEY_PNG = ("image/png", "IMG_4471.png",
               mailcraft.png(24, 32, lambda x, y: (150 + x, 70 + y, 60) if 8 < x < 16 else (170, 190, 215)))
SHEETING_PNG = ("image/png", "sheeting.png",
                mailcraft.png(32, 20, lambda x, y: (235, 235, 240) if (x + y) % 7 else (90, 90, 95)))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("w01-loft-quote-headingley", "en", "closed", {},
      "Hannah Greaves <hannah.greaves@example.com>", "gmail", "Scaffold for loft conversion - rough price?",
      "Three questions (price, council licence, how long to erect) answered out of order in one paragraph; thanks-only reply.",
      cu("11-02 09:14", """Hi,

We're having a loft conversion done on our semi in Headingley (41 Ash Grove) starting in
the new year, and the builder says we need scaffold on the front and the back. A few
questions before I get proper quotes:

Could you give me a rough price for front and back, three lifts? Do we need a licence from
the council? The front garden is tiny and I'm worried the scaffold will stick out over the
pavement. And how long does it take you to put it up - will we be stuck indoors all day?

Thanks,
Hannah"""),
      ag("dan", "11-02 11:40", """Hi Hannah,

Front and back is a one-day job for a crew of three - they usually arrive at 8 and are
gone by mid-afternoon, and you can come and go as normal, we just ask you to use the side
door while they're working over the front. From the street view your front wall is about
1.4 m from the house, so the standards sit inside your garden and nothing overhangs the
footway: no licence needed. (If it did, we'd apply for it for you - £95 plus the council's
fee.) For a semi that size with three lifts front and rear and ladder access, budget
£1,450 + VAT for the first eight weeks, then £65 a week after that.

Cheers,"""),
      cu("11-02 12:30", """Brilliant, thanks Dan - that's really clear. I'll pass it on to the builder.

Hannah""", thanks=True),
      ),
    C("w02-chimney-stack-chapel-allerton", "en", "closed", {"unanswered-question": 1},
      "Mark Pickles <mark@pickleandsons.example>", "outlook", "Chimney scaffold - 14 Grange View",
      "Chimney scaffold booked for Tuesday; the passing request to email RAMS and insurance to the site manager is dropped.",
      cu("11-03 08:05", """Morning,

Need a chimney scaffold on a mid-terrace in Chapel Allerton, 14 Grange View, for a rebuild
of the stack. Can you get it up Tuesday 10th? Roof is slate, front pitch about 35 degrees,
stack is on the party wall.

Also please email the RAMS and your insurance cert to our site manager Gary (gary.pickles@pickleandsons.example) before you go up, the main contractor won't let anyone on without them.

Cheers,
Mark Pickles
Pickle & Sons Building Ltd""", uq=1),
      ag("liam", "11-03 10:20", """Hi Mark,

Tuesday 10th is fine - crew will be there for 8am. On a 35 degree slate pitch we'll do a
chimney saddle with a full boarded platform round the stack, tied back to a front
scaffold at gutter height. Price is £780 + VAT for 4 weeks.

Please make sure the street is clear for the wagon, Grange View is tight."""),
      cu("11-03 10:45", """Spot on, cheers Liam.

Mark""", thanks=True),
      ),
    C("w03-extension-three-points", "en", "pending", {"unanswered-question": 1},
      "Helen Marsh <helen.marsh@example.org>", "gmail", "Hire extension and a couple of changes - WS-4471",
      "Bulleted list of three requests answered two-thirds: extension and loading bay priced, moving the ladder ignored.",
      cu("11-16 19:30", """Hi,

We've had your scaffold on our rear extension at 22 Moorfield Road since September (job ref
WS-4471). The builders are running behind, so a few things:

- Can we extend the hire by another four weeks, and what will that cost?
- The roofer wants a loading bay on the side elevation for the tiles - is that something you
  can add?
- Could the ladder be moved to the left-hand corner? It's right outside our kitchen door and
  the kids keep trying to climb it.

Thanks,
Helen""", uq=1),
      ag("dan", "11-17 09:10", """Hi Helen,

No problem extending - four more weeks at the weekly rate of £70 comes to £280 + VAT, I've
updated the hire on our system.

A loading bay on the side is fine too. Liam's crew are in your area Thursday morning and
can fit it then; it's £210 + VAT including the gate.

Regards,"""),
      ),
    C("w04-de-waermedaemmung-york", "de", "closed", {"unanswered-question": 1},
      "Katrin Vogt <k.vogt@vogt-fassaden.example>", "gmail_de", "Gerüst für WDVS, Bootham Terrace York",
      "German: three questions; stand-off distance and weekly rate answered with a quote attached, the inside brackets question is not.",
      cu("11-04 14:10", """Guten Tag,

wir bringen an einem Reihenhaus in York (12 Bootham Terrace) ein Wärmedämmverbundsystem an,
140 mm Mineralwolle plus Putz. Dafür bräuchten wir ein Fassadengerüst über drei Lagen, Länge
ca. 9 m.

Wie weit muss das Gerüst bei 140 mm Dämmung von der Wand abstehen? Können Sie innen Konsolen anbringen, damit der Spalt zur Wand nicht zu groß wird? Und was kostet die Woche nach Ablauf
der Mindestmietzeit?

Mit freundlichen Grüßen
Katrin Vogt
Vogt Fassadentechnik UK Ltd""", tz=1, uq=1),
      ag("uwe", "11-04 16:30", """Guten Tag Frau Vogt,

bei 140 mm Dämmung plus Putz stellen wir die inneren Stiele mit 300 mm Abstand zur jetzigen
Wand, dann bleiben nach dem Dämmen gut 140 mm Arbeitsraum.

Die Mindestmietzeit beträgt sechs Wochen, danach berechnen wir 55 £ pro Woche zzgl. MwSt.
Das Angebot für das Gerüst selbst (drei Lagen, 9 m) finden Sie im Anhang.

Mit freundlichen Grüßen""",
         attach=[pdf("Angebot_WS-Q-7720.pdf", "Wetherell Scaffolding Ltd - Angebot WS-Q-7720",
                     "12 Bootham Terrace, York", "Fassadengeruest 3 Lagen, 9 m, 6 Wochen: 1.180 GBP zzgl. MwSt.",
                     "Verlaengerung: 55 GBP pro Woche")]),
      cu("11-05 08:12", """Vielen Dank, Herr Brandt, das Angebot passt soweit. Wir geben Ihnen nächste Woche
Bescheid.

K. Vogt""", tz=1, thanks=True),
      ),
    C("w05-fr-tour-alu-harrogate", "fr", "closed", {},
      "Aurélie Martin <aurelie.martin@example.net>", "apple_fr", "Location d'une tour roulante",
      "French: three questions answered inline under each quoted question; thanks-only reply.",
      cu("11-05 10:02", """Bonjour,

Nous venons d'acheter une maison à Harrogate (9 Cold Bath Road) et je voudrais repeindre
moi-même les boiseries de l'étage avant l'hiver.

Louez-vous des tours roulantes en aluminium aux particuliers ? Faut-il une formation pour la
monter ? Et est-ce que vous livrez le samedi ?

Merci d'avance,
Aurélie Martin""", tz=1),
      ag("claire", "11-05 13:15", """Bonjour Madame Martin,

> Louez-vous des tours roulantes en aluminium aux particuliers ?

Oui : la tour de 6,2 m de hauteur de travail convient bien pour un étage, 95 £ la semaine TTC.

> Faut-il une formation pour la monter ?

Non, notre livreur vous montre le montage sur place (une vingtaine de minutes) et vous laisse
la notice.

> Et est-ce que vous livrez le samedi ?

Oui, le samedi matin entre 8 h et 12 h.

Bien cordialement,""", quote=False),
      cu("11-05 18:40", """Parfait, merci beaucoup !

Aurélie""", tz=1, thanks=True),
      ),
    C("w06-es-rotulo-call-lane", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Ortega <javier@taperiaelpatio.example>", "gmail_es", "Andamio para cambiar el rótulo",
      "Spanish: licence question answered, quote promised for Thursday; customer chases on Friday, quote arrives Monday (late).",
      cu("11-09 11:20", """Hola,

Necesitamos un andamio para cambiar el rótulo de la fachada de nuestro restaurante
(Tapería El Patio, 41 Call Lane, Leeds). La fachada tiene unos 7 metros de ancho y el
rótulo está a 4,5 m de altura.

¿Cuánto costaría para una semana? ¿Hace falta permiso del ayuntamiento, ya que ocupa la
acera?

Saludos,
Javier Ortega""", tz=1),
      ag("lucia", "11-09 15:00", """Hola Javier:

Sí, al ocupar la acera hace falta una licencia del ayuntamiento de Leeds; la tramitamos
nosotros y suele tardar unos diez días laborables.

Para el precio tengo que confirmar con el supervisor si hace falta un pasillo peatonal
protegido por debajo. Le envío el presupuesto el jueves.

Un saludo,""", promises=[("11-12", 4)]),
      cu("11-13 10:05", """Hola Lucía,

¿Hay alguna novedad con el presupuesto? Quedó en mandarlo el jueves y el rotulista me pide
fecha.

Gracias,
Javier""", tz=1, chase=True),
      ag("lucia", "11-16 09:30", """Hola Javier:

Disculpe el retraso. Le adjunto el presupuesto: 640 £ + IVA por una semana, con pasillo
peatonal cubierto y luces en la acera. La licencia va incluida.

Un saludo,""", attach=[pdf("Presupuesto_WS-Q-7764.pdf", "Wetherell Scaffolding - Presupuesto WS-Q-7764",
                              "Taperia El Patio, 41 Call Lane", "Andamio fachada 7 m + pasillo peatonal, 1 semana",
                              "640 GBP + IVA, licencia incluida")]),
      ),
    C("w07-scaffold-alarm-link", "en", "closed", {},
      "Ruth Amos <ruth.amos@example.org>", "owa", "Scaffold alarms?",
      "Two questions (do you fit alarms, extra charge) answered with only a link; thanks-only reply.",
      cu("11-06 13:00", """Hello,

We had a break-in attempt via a scaffold on our house two years ago (not one of yours!) and
I'm nervous about having one up again for the roof work in December. Do you fit scaffold
alarms, and is there an extra charge for it?

Thanks,
Ruth Amos""", kind="alt"),
      ag("dan", "11-06 14:30", """Hi Ruth,

https://wetherellscaffold.example/scaffold-alarms?ref=mail

Regards,"""),
      cu("11-06 15:05", """Thanks, that's exactly what I needed.

Ruth""", kind="alt", thanks=True),
      ),
    C("w08-handover-certificate", "en", "closed", {},
      "Steve Normanton <steve@normantonbuild.example>", "gmail", "Handover cert for 5 Linden Close",
      "Certificate request answered with a PDF, next inspection date answered with a bare date.",
      cu("11-10 08:30", """Hi,

Building inspector's coming Thursday and wants to see the handover certificate for the
scaffold at 5 Linden Close. Can you send it over? Also when's the next weekly inspection
due?

Ta,
Steve"""),
      ag("priya", "11-10 10:05", """Morning Steve,

Certificate attached. Next inspection: Monday 16th.

Priya""", attach=[pdf("Handover_5_Linden_Close.pdf", "Wetherell Scaffolding - Handover certificate",
                       "5 Linden Close - independent scaffold, 3 lifts, TG20 compliant",
                       "Handed over 27/10/2026, inspected 9/11/2026")]),
      ),
    C("w09-gable-neighbours-drive", "en", "closed", {"unanswered-question": 2},
      "Sophie Turnbull <sophie.turnbull@example.com>", "iphone", "Gable end scaffold - neighbour's drive",
      "Five questions in one long paragraph; width on the drive, protection of the paving and the date answered, neighbour's insurance and emergency number not.",
      cu("11-05 21:47", """Hi there, we're getting the render redone on the gable end of our end-terrace (3 Hollin Lane) and the only way to get the scaffold up is on next door's drive. They're fine with it in principle but they've asked a few things and I said I'd find out. They want to know how much of the drive it'll take up because they need to get their car out every morning, whether you'll put boards down to protect their block paving, and whether your insurance covers any damage to their property. They've also asked if you can give them a number to ring if there's a problem while it's up. I'd also like to know if it can go up before the 20th as the renderers are booked for then. Thanks, Sophie

Sent from my iPhone""", uq=2),
      ag("dan", "11-06 09:20", """Hi Sophie,

The gable scaffold is a single bay width, so on the drive it takes a strip about 1.3 m
wide along your wall - a car still gets past comfortably. Every standard goes on a sole
board with a rubber mat underneath, so the block paving is protected.

We can put it up on Monday 16th.

Regards,"""),
      cu("11-06 09:45", """Perfect, Monday 16th it is. Thanks!

Sent from my iPhone""", thanks=True),
      ),
    C("w10-tin-hat-bungalow-otley", "en", "closed", {"missed-follow-up": 1, "customer-chased": 2},
      "Neil Cartwright <neil@cartwrightroofing.example>", "outlook", "Temp roof - 9 Elm Rise Otley",
      "Temporary roof quote promised by Friday; two chases; the quote arrives the following Thursday (late). The reply's References skip the middle of the thread.",
      cu("11-03 11:00", """Dan,

We're stripping the roof on a bungalow at 9 Elm Rise, Otley from the 23rd. Need a temporary
roof over the whole thing, footprint roughly 12 m x 9 m, plus a perimeter scaffold at eaves
height. Can you quote for 6 weeks? And can the sheeting be clear rather than white - the
client wants the light in the kitchen while it's on.

Regards,
Neil Cartwright
Cartwright Roofing"""),
      ag("dan", "11-03 15:30", """Hi Neil,

Clear sheeting on the roof is fine - it's about 15% dearer than white but lets plenty of
light through.

The temporary roof needs a design check from our engineer, so I'll send the full quote by
Friday.

Regards,""", promises=[("11-06", 5)]),
      cu("11-09 08:10", """Dan, any news on the tin hat quote? Need to confirm the start with the client today.

Neil""", chase=True),
      cu("11-11 16:20", """Still waiting on this quote Dan. If I don't hear by tomorrow morning I'll have to go
elsewhere, the client's getting twitchy.

Neil""", chase=True),
      ag("dan", "11-12 09:05", """Neil,

Apologies - the engineer's check only came back this morning. Quote attached: temporary
roof with clear sheeting and perimeter scaffold, 6 weeks, £6,850 + VAT. A start on the 23rd
is fine, I've pencilled the crew in.

Regards,""", refs=[1, 4], attach=[pdf("Quote_WS-Q-7741.pdf", "Wetherell Scaffolding - Quote WS-Q-7741",
                                          "9 Elm Rise, Otley - temporary roof 12 x 9 m, clear sheeting",
                                          "Perimeter scaffold at eaves, 6 weeks: 6,850 GBP + VAT")]),
      ),
    C("w11-de-dachsanierung-ilkley", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Jürgen Haas <j.haas@haas-bedachungen.example>", "outlook_de", "Anfrage Gerüst Dachsanierung Wells Road",
      "German: enquiry acknowledged automatically, chased two days later ('ich warte immer noch auf eine Antwort'); the quote answers both questions.",
      cu("11-09 10:30", """Sehr geehrte Damen und Herren,

für eine Dachsanierung in Ilkley (27 Wells Road) benötigen wir ab dem 30. November ein
Gerüst mit Dachfangschutz an der Traufe, Länge ca. 14 m, Traufhöhe 6 m.

Bitte senden Sie uns ein Angebot für 8 Wochen. Ist ein Schutznetz an der Außenseite im
Preis enthalten?

Mit freundlichen Grüßen
Jürgen Haas
Haas Bedachungen Ltd""", tz=1),
      ack("11-09 09:31"),
      cu("11-11 09:15", """Guten Morgen,

ich warte immer noch auf eine Antwort auf meine Anfrage vom Montag. Wir müssen das Gerüst
diese Woche beauftragen.

Gruß
J. Haas""", tz=1, chase=True, parent=1),
      ag("uwe", "11-11 14:40", """Sehr geehrter Herr Haas,

entschuldigen Sie bitte die späte Antwort. Im Anhang finden Sie das Angebot: Gerüst 14 m,
vier Lagen, mit Dachfangschutz an der Traufe, 8 Wochen, 2.380 £ zzgl. MwSt. Das Schutznetz
an der Außenseite ist im Preis enthalten.

Mit freundlichen Grüßen""",
         attach=[pdf("Angebot_WS-Q-7752.pdf", "Wetherell Scaffolding - Angebot WS-Q-7752",
                     "27 Wells Road, Ilkley - Geruest mit Dachfangschutz, 14 m",
                     "8 Wochen inkl. Schutznetz: 2.380 GBP zzgl. MwSt.")]),
      ),
    C("w12-fr-pignon-skipton", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Benoît Lefèvre <benoit.lefevre@example.net>", "apple_fr", "Échafaudage façade et pignon - Skipton",
      "French: price answered, the sheeting question skipped, the start date deferred to Wednesday and never sent.",
      cu("11-10 09:00", """Bonjour,

Je gère la rénovation d'une maison à Skipton (18 Raikes Road). Il nous faut un échafaudage
sur la façade avant et sur le pignon pour refaire les joints de la pierre.

Pouvez-vous me donner un prix pour huit semaines ? Est-il possible de poser une bâche sur tout l'échafaudage pour travailler sous la pluie ? Enfin, quelle est votre première date
disponible ?

Cordialement,
Benoît Lefèvre""", tz=1, uq=1),
      ag("claire", "11-10 14:20", """Bonjour Monsieur Lefèvre,

Pour la façade et le pignon, sur huit semaines, le prix est de 1 920 £ HT, montage,
démontage et inspections hebdomadaires compris.

Pour la date, je dois vérifier le planning des équipes et je reviens vers vous d'ici
mercredi.

Bien cordialement,""", promises=[("11-11", None)]),
      ),
    C("w13-es-desmontaje-fianza", "es", "closed", {"many-handoffs": 1},
      "Marta Giménez <marta.gimenez@example.com>", "gmail_es", "Desmontaje andamio WS-4520",
      "Spanish: Lucía hands over to Liam (strike date) and Kerry (deposit), who both reply the same day: three agents, all answered.",
      cu("11-12 17:30", """Buenas tardes:

Tengo alquilado su andamio en mi casa (referencia WS-4520) y los pintores ya han terminado.
¿Pueden venir a desmontarlo la semana que viene? ¿Y me devuelven la fianza cuando lo
recojan o hay que esperar a la factura final?

Gracias,
Marta Giménez""", tz=1),
      ag("lucia", "11-13 09:00", """Hola Marta:

El desmontaje lo organiza mi compañero Liam y la fianza la lleva Kerry en contabilidad. Les
he pasado su mensaje a los dos y le escribirán hoy mismo (en inglés, me temo).

Un saludo,""", promises=[("11-13", 4)]),
      ag("liam", "11-13 11:30", """Hi Marta,

We can strike the scaffold on Tuesday 17th, the crew will be there from 8am. Please leave
the drive clear for the wagon.

Thanks"""),
      ag("kerry", "11-13 14:00", """Dear Marta,

Your deposit of £250 is refunded to your card within five working days of the collection -
you don't need to wait for the final invoice.
"""),
      cu("11-13 16:00", """¡Muchas gracias a los tres! Todo claro.

Marta""", tz=1, thanks=True),
      ),
    C("w14-gutter-tower-slow", "en", "closed", {"slow-first-response": 1},
      "Gary Ibbotson <gazibbo@example.net>", "android", "Tower for gutters",
      "Friday-afternoon enquiry, only the acknowledgement until Monday: slow first response; both questions answered.",
      cu("11-06 15:40", """hi do you do a small tower or scaffold just for gutter replacement on a bungalow, one
side only? roughly how much. thanks Gary

Sent from Outlook for Android"""),
      ack("11-06 15:41"),
      ag("dan", "11-09 10:15", """Hi Gary,

For one side of a bungalow a 2 m-wide aluminium tower does the job - £85 for the week
including delivery and collection. If you'd rather have a fixed scaffold along the whole
side it's £340 + VAT for two weeks.

Regards,"""),
      ),
    C("w15-sheeting-reopened", "en", "pending", {"reopened": 1},
      "Lisa Brown <lisa.brown@example.org>", "gmail", "Scaffold sheeting flapping - 44 Ashfield Road",
      "Loose sheeting fixed the same day and the case closed ('I'll mark this one as resolved'); a week later an unlocked ladder gate: reopened.",
      cu("11-09 07:50", """Hi,

The sheeting on the scaffold at 44 Ashfield Road came loose in last night's wind and it's
flapping against the neighbour's bedroom windows (photo attached). Can someone come and tie it
back today please?

Lisa Brown""", attach=[SHEETING_PNG]),
      ag("liam", "11-09 09:10", """Hi Lisa,

A crew's on the way, they'll be with you by 11.""", promises=[("11-09", 3)]),
      ag("liam", "11-09 14:30", """Hi Lisa,

The lads have re-tied the whole front elevation and put extra ties on the corners. I'll
mark this one as resolved - give us a shout if anything else comes up.""", closes=True),
      cu("11-16 18:20", """Hi Liam,

Sorry to bother you again - the ladder gate at the bottom of the scaffold has been left
unlocked since Friday and kids from the estate have been climbing up at night. Can you get
it padlocked or take the bottom ladder out?

Lisa"""),
      ag("liam", "11-17 08:40", """Hi Lisa,

We've fitted a lockable ladder guard this morning and given the key to your builder, Craig.
"""),
      ),
    C("w16-party-wall-hoist-awaiting", "en", "open", {"awaiting-reply": 1},
      "Anthony Fairbairn <a.fairbairn@fairbairnsurveyors.example>", "thunderbird", "Scaffold licence and hoist - 10 Victoria Street",
      "Surveyor's question answered with the licence attached; his follow-up about Saturday working and crew hours has gone unanswered for three days.",
      cu("11-12 10:00", """Hello,

I'm the party wall surveyor acting for the owner of 8 Victoria Street. Your scaffold
licence for the pavement outside no. 10 - does it allow you to put the hoist base on the
footway as well?

Regards,
Anthony Fairbairn MRICS
Fairbairn Surveyors"""),
      ag("priya", "11-12 15:20", """Dear Mr Fairbairn,

Yes, the licence (Leeds City Council ref HL/26/3318) covers the hoist base as well. A copy is
attached.

Kind regards,""", attach=[pdf("Licence_HL-26-3318.pdf", "Leeds City Council - Scaffold licence HL/26/3318",
                               "10 Victoria Street - scaffold and hoist base on footway",
                               "Valid 2 November 2026 to 1 February 2027")]),
      cu("11-17 11:30", """Thank you. My client has also asked whether the hoist will be running on Saturdays, as
the noise is a concern for her, and what hours your crews work on site. Could you confirm?

Regards,
Anthony Fairbairn"""),
      ),
    C("w17-hebden-bridge-fresh", "en", "open", {},
      "Owen Pryce <owen.pryce@example.com>", "gmail", "Quote for scaffold - three-storey terrace",
      "A fresh enquiry on the audit day with only the acknowledgement: open, inside the response target.",
      cu("11-20 09:12", """Hi,

We're after a quote for a scaffold to the front of a three-storey terrace in Hebden Bridge
(7 Birchcliffe Road) for window replacement in January. How far ahead do we need to book?

Thanks,
Owen Pryce"""),
      ack("11-20 09:13"),
      ),
    C("w18-invoice-weeks-statement", "en", "closed", {"unanswered-question": 1},
      "Denise Hall <denise@hallgarside.example>", "outlook", "Invoice WS-INV-20931 - wrong number of weeks",
      "The invoice is corrected with the new one attached; the request for an October statement of account is not mentioned.",
      cu("11-11 11:00", """Hi Kerry,

Invoice WS-INV-20931 has been charged for 10 weeks on the Bramhope job, but the scaffold was
struck at week 8 - your lads took it down on 28 October. Can you re-issue it for 8 weeks?
While you're at it could you send me a statement of account for October too, our accounts
need it for the month end.

Many thanks,
Denise Hall
Office Manager, Hall & Garside Builders""", uq=1),
      ag("kerry", "11-11 15:30", """Hi Denise,

You're right, the strike sheet says 28 October. I've credited the two extra weeks (£140 +
VAT) and attached the corrected invoice.
""", attach=[pdf("WS-INV-20931-R1.pdf", "Wetherell Scaffolding Ltd - Invoice WS-INV-20931 (revised)",
                  "Bramhope - scaffold hire 8 weeks", "Credit: 2 weeks, 140.00 GBP + VAT")]),
      cu("11-12 08:50", """Thanks Kerry, that's sorted then.

Denise""", thanks=True),
      ),
    C("w19-cis-utr-inline", "en", "closed", {},
      "Priyanka Desai <p.desai@northgateconstruction.example>", "owa", "New subcontractor set-up - CIS details",
      "Two questions answered inline with a bare 'Yes, gross.' and a bare number.",
      cu("11-13 10:20", """Hello,

We're setting you up as a new subcontractor on our system. Are you registered for gross
payment under CIS, and what's your UTR?

Thanks,
Priyanka Desai
Accounts, Northgate Construction"""),
      ag("kerry", "11-13 11:05", """Hi Priyanka,

> Are you registered for gross payment under CIS

Yes, gross.

> and what's your UTR?

48210 77193
""", quote=False),
      ),
    C("w20-es-factura-empresa", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Raúl Navarro <raul@reformasnavarro.example>", "gmail_es", "Factura a nombre de la empresa - WS-4488",
      "Spanish: the corrected invoice promised for tomorrow never comes; the customer chases ('Sigo esperando') and is still waiting.",
      cu("11-10 12:00", """Hola,

¿Me podrían enviar la factura del andamio de Harehills Lane (pedido WS-4488) a nombre de mi
empresa, Reformas Navarro Ltd, en lugar de a mi nombre? La necesito para la contabilidad.

Gracias,
Raúl Navarro""", tz=1),
      ag("lucia", "11-10 16:00", """Hola Raúl:

Claro que sí. Se la mando corregida mañana.

Un saludo,""", promises=[("11-11", None)]),
      cu("11-16 10:00", """Hola Lucía,

¿Hay alguna novedad con la factura? Sigo esperando y mi gestor me la reclama.

Raúl""", tz=1, chase=True),
      ),
    C("w21-de-verlaengerung-selbstverstaendlich", "de", "pending", {},
      "Stefan Richter <s.richter@example.de>", "thunderbird_de", "Verlängerung Gerüst Kirkstall Road",
      "German: a one-line request answered with a bare 'Selbstverständlich.'; thanks-only reply.",
      cu("11-16 08:30", """Hallo Herr Brandt,

könnten Sie das Gerüst am Objekt Kirkstall Road 55 noch um eine Woche verlängern? Der Maler
ist wegen des Regens im Verzug.

Gruß
Stefan Richter""", tz=1),
      ag("uwe", "11-16 10:00", """Selbstverständlich.

Gruß"""),
      cu("11-16 11:45", """Danke!

S. Richter""", tz=1, thanks=True),
      ),
    C("w22-de-mehrfamilienhaus-liste", "de", "closed", {"unanswered-question": 2},
      "Anna Lehmann <anna.lehmann@example.de>", "gmail_de", "Gerüst rundum Manningham Lane",
      "German numbered list of four questions (base64 body): start date and footway permit answered, debris chute and inspection records not.",
      cu("11-05 19:00", """Guten Abend,

wir renovieren ein Mehrfamilienhaus in Bradford (140 Manningham Lane) und brauchen ein
Gerüst rundum, vier Seiten, drei Geschosse. Meine Fragen:

1. Ab wann könnten Sie aufbauen, wenn wir nächste Woche bestellen?
2. Brauchen wir eine Genehmigung für den Gehweg auf der Straßenseite?
3. Können Sie eine Schuttrutsche an der Rückseite montieren?
4. Wird das Gerüst wöchentlich geprüft, und bekommen wir die Prüfprotokolle?

Vielen Dank
Anna Lehmann""", tz=1, cte="base64", uq=2),
      ag("uwe", "11-06 09:30", """Guten Tag Frau Lehmann,

bei einer Bestellung nächste Woche können wir ab dem 30. November aufbauen; für vier Seiten
braucht die Kolonne zwei Tage.

Für den Gehweg auf der Straßenseite ist eine Genehmigung des Bradford Council nötig. Die
beantragen wir für Sie, die Gebühr ist im Angebot enthalten.

Mit freundlichen Grüßen"""),
      ),
    C("w23-fr-demontage-relance", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Hélène Rousseau <helene.rousseau@example.com>", "apple_fr", "Démontage de l'échafaudage",
      "French: a strike request unanswered for two days, the customer chases ('Je me permets de vous relancer'); answered with a date.",
      cu("11-04 16:00", """Bonjour,

Votre échafaudage est installé chez nous (31 Clarendon Road, Leeds) depuis trois semaines et
le couvreur a terminé. Pourriez-vous venir le démonter avant le 15 ?

Merci,
Hélène Rousseau""", tz=1),
      cu("11-06 09:30", """Bonjour,

Je me permets de vous relancer au sujet du démontage. Pourriez-vous me confirmer une date ?

Cordialement,
Hélène Rousseau""", tz=1, chase=True),
      ag("claire", "11-06 11:00", """Bonjour Madame Rousseau,

Toutes mes excuses pour ce délai. L'équipe passera démonter l'échafaudage le jeudi 12
novembre dans la matinée ; merci de laisser l'allée dégagée.

Bien cordialement,"""),
      ),
    C("w24-fr-voisin-attestation", "fr", "closed", {"unanswered-question": 1},
      "Julien Moreau <julien.moreau@example.org>", "gmail", "Devis échafaudage pignon",
      "French: booking confirmed; a second mail after the case seemed done asks two more things, the insurance certificate request is dropped.",
      cu("11-12 10:00", """Bonjour Claire,

Merci pour le devis. Nous acceptons pour l'échafaudage du pignon. Pouvez-vous commencer
lundi 16 ?

Cordialement,
Julien Moreau""", tz=1),
      ag("claire", "11-12 14:00", """Bonjour Monsieur Moreau,

Oui, lundi 16 à 8 h, c'est noté.

Bien cordialement,"""),
      cu("11-13 09:10", """Merci. J'oubliais : le voisin demande si l'échafaudage peut être monté sans passer par
son jardin. Et pourriez-vous m'envoyer l'attestation d'assurance pour mon assureur habitation ?

Julien""", tz=1, uq=1),
      ag("claire", "11-13 11:30", """Bonjour,

Oui, nous monterons entièrement depuis votre côté, sans passer par le jardin du voisin.

Bonne journée,"""),
      ),
    C("w25-es-vallas-redes", "es", "pending", {},
      "Pilar Domínguez <pilar.dominguez@example.es>", "gmail_es", "Vallas y redes",
      "Spanish: two questions answered at once in one sentence with the prices.",
      cu("11-17 20:00", """Hola,

¿Alquilan también vallas de obra y redes de protección para el andamio? ¿Y cuál es el
pedido mínimo?

Un saludo,
Pilar Domínguez""", tz=1),
      ag("lucia", "11-18 09:00", """Hola Pilar:

Sí a las dos cosas, y no hay pedido mínimo: las vallas van a 3 £ por panel y semana y la red
a 1,20 £ el metro cuadrado.

Un saludo,"""),
      ),
]
CASES += [
    C("w26-es-barandilla-certificado", "es", "closed", {"unanswered-question": 1},
      "Sergio Peña <sergio.pena@construccionespena.example>", "outlook", "Barandilla que falta - obra Roundhay Road",
      "Spanish: the missing guardrail is fitted the next day as promised; the request for a signed handover certificate, made in passing, is not answered.",
      cu("11-09 09:00", """Buenos días,

Les escribo por el andamio de la obra de Roundhay Road (pedido WS-4502). El encargado dice
que falta una barandilla en el segundo nivel, lado izquierdo. ¿Pueden mandar a alguien a
ponerla antes del miércoles, que viene la inspección? De paso, necesito copia del certificado de entrega del andamio firmado, que no lo encuentro.

Gracias.
Sergio Peña""", tz=1, uq=1),
      ag("lucia", "11-09 12:30", """Buenos días Sergio:

Liam manda una cuadrilla mañana martes por la mañana a colocar la barandilla; le confirmará
cuando esté puesta.

Un saludo,""", promises=[("11-10", 3)]),
      ag("liam", "11-10 11:00", """Hi Sergio,

Guardrail fitted on lift 2 this morning and the scaffold's been re-tagged, you're good for
Wednesday's inspection."""),
      ),
    C("w27-church-hall-birdcage", "en", "closed", {},
      "Mary Wilkins <vicar@stmatthewsparish.example>", "outlook", "Birdcage scaffold - church hall ceiling",
      "Both questions answered with a quote attached; the customer's out-of-office replies; her later note asks nothing.",
      cu("11-11 14:00", """Dear Sir or Madam,

Please could you quote for a birdcage scaffold inside our church hall for ceiling repairs?
The hall is 15 m x 8 m and the ceiling is 6.5 m high. Also, would you need access the day
before to set out?

With best wishes,
Rev. Mary Wilkins
St Matthew's, Bramley"""),
      ag("dan", "11-12 09:00", """Dear Mary,

A birdcage for 15 x 8 m at 6.5 m comes to £2,150 + VAT for four weeks - quote attached. We
don't need the day before: the crew sets out on the morning of the build and it's up in two
days.

Regards,""", attach=[pdf("Quote_WS-Q-7758.pdf", "Wetherell Scaffolding - Quote WS-Q-7758",
                          "St Matthew's church hall - birdcage scaffold 15 x 8 m, 6.5 m",
                          "4 weeks: 2,150 GBP + VAT")]),
      auto("11-12 09:01", """Thank you for your email. I am away until Monday 16 November with limited access to
email. For urgent parish matters please contact the parish office on 0113 496 0722.

Rev. Mary Wilkins"""),
      cu("11-16 10:00", """Thank you Dan, that's very helpful. The PCC meets on Thursday and we'll be in touch after
that.

Mary""", thanks=True, parent=2),
      ),
    C("w28-extra-lift-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Jodie Hartley <jodie.hartley@example.com>", "gmail", "Extra lift at the chimney end",
      "No answer for three days, so the customer resends the same mail word for word as a new message; answered the next morning.",
      cu("11-09 20:10", """Hi,

We've got your scaffold up on the back of the house for the new roof. The roofer says he
needs one more lift at the chimney end to reach the ridge. Can you add that, and how much
will it be?

Thanks,
Jodie Hartley
19 Thornhill Drive"""),
      ack("11-09 20:11"),
      cu("11-12 19:45", """Hi,

We've got your scaffold up on the back of the house for the new roof. The roofer says he
needs one more lift at the chimney end to reach the ridge. Can you add that, and how much
will it be?

Thanks,
Jodie Hartley
19 Thornhill Drive""", parent=0, chase=True),
      ag("liam", "11-13 08:30", """Hi Jodie,

Sorry, your first email got missed. We can add the extra lift at the chimney end on Monday
16th - £120 + VAT for the rest of the hire."""),
      ),
    C("w29-chimney-photo-not-chase", "en", "pending", {},
      "Rob Kendal <rob.kendal@example.net>", "gmail", "Chimney scaffold for repointing",
      "Support asks for a photo and the postcode; the customer's second mail sends them (not a chase) and gets a price.",
      cu("11-16 09:00", """Hello,

Can you scaffold a chimney on a 1930s semi for repointing? Can't tell you the height but it's
a normal two-storey house.

Rob Kendal"""),
      ag("dan", "11-16 11:00", """Hi Rob,

Yes, we do plenty of those. Could you send a photo of the chimney from the road and the
postcode? Then I can price it properly.

Regards,"""),
      cu("11-16 18:30", """Here you go - LS6 4QD, photo attached (taken from across the road).

Rob""", attach=[CHIMNEY_PNG]),
      ag("dan", "11-17 09:20", """Thanks Rob.

That's a straightforward one: a chimney scaffold off the front, £640 + VAT for three weeks.
We could do next Wednesday if that suits.

Regards,"""),
      ),
    C("w30-inspection-reports-early-next-week", "en", "closed", {"missed-follow-up": 1},
      "Tom Ashworth <t.ashworth@ashworthcontracts.example>", "owa", "Inspection reports - Westgate Mill (contract 2291)",
      "Load question answered; inspection reports promised 'early next week' (Thursday, so by Tuesday) and sent on Thursday: missed.",
      cu("11-05 09:00", """Hi,

Our client's insurer has asked for copies of the last three weekly inspection reports for the
scaffold at Westgate Mill (contract 2291). Can you send them over? Also, is the scaffold
designed to carry the brick packs the bricklayers are loading out on the second lift, or do
we need a loading bay?

Thanks,
Tom Ashworth
Site Manager, Ashworth Contracts"""),
      ag("priya", "11-05 12:00", """Hi Tom,

The lifts are designed for 2.0 kN/m² (general purpose), so brick packs must not go on the
working lifts - please use the loading bay at the east end, which is rated for them. I'll
have a word with the bricklayers' foreman when I'm on site.

I'll get the inspection reports together and send them early next week.

Priya""", promises=[("11-10", 3)]),
      ag("priya", "11-12 10:00", """Tom,

Attached are the reports for 22 October, 29 October and 5 November.

Priya""", attach=[pdf("Westgate_Mill_inspections.pdf", "Wetherell Scaffolding - Inspection reports",
                       "Westgate Mill, contract 2291", "22/10/2026, 29/10/2026, 05/11/2026 - satisfactory")]),
      ),
    C("w31-dormer-deposit-ahead", "en", "pending", {},
      "Kate Fielding <kate.fielding@example.com>", "gmail", "Dormer scaffold - going ahead",
      "Deposit question answered; the start date is promised by Tuesday 24th, still ahead at the audit time.",
      cu("11-18 16:00", """Hi Dan,

We've decided to go ahead with the scaffold for the dormer (your quote WS-Q-7733). When
could you fit us in, and do you need a deposit?

Kate Fielding"""),
      ag("dan", "11-19 09:30", """Hi Kate,

Great news. A deposit of £200 secures the booking - the bank details are on the quote.

I'm waiting for Liam's December rota and will confirm your start date by Tuesday 24th.

Regards,""", promises=[("11-24", None)]),
      ),
    C("w32-trade-account-kept-by-colleague", "en", "closed", {},
      "Paul Jennings <paul@jenningsbuilding.example>", "outlook", "Trade account",
      "Dan promises that Kerry will send the account form tomorrow; she does, the customer returns it, and the account is opened.",
      cu("11-02 10:00", """Hi,

We're a small building firm in Wakefield and we'll be using you regularly from now on. Can
we open a trade account on 30-day terms? What do you need from us?

Regards,
Paul Jennings
Jennings Building Services"""),
      ag("dan", "11-02 12:00", """Hi Paul,

Thanks - happy to set that up. Kerry in accounts will email you the application form
tomorrow; it needs two trade references and your company number.

Regards,""", promises=[("11-03", 3)]),
      ag("kerry", "11-03 09:40", """Dear Paul,

As Dan mentioned, the trade account application form is attached. Once it's back with us
it usually takes two working days to approve.
""", attach=[pdf("Trade_account_application.pdf", "Wetherell Scaffolding Ltd - Trade account application",
                  "Company name, company number, trade references (2)", "Terms: 30 days from invoice")]),
      cu("11-04 13:00", """Form completed and attached. Our references are Calder Builders Merchants and Fenton
Timber.

Paul""", attach=[pdf("Jennings_application_signed.pdf", "Trade account application - Jennings Building Services",
                      "Company no. 10482291", "References: Calder Builders Merchants, Fenton Timber")]),
      ag("kerry", "11-05 10:00", """Dear Paul,

Thank you - your account is open with a £5,000 limit, account number WS-T1187. Quote it on
any orders with the hire desk.
"""),
      ),
    C("w33-split-board-weekend", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Carl Denton <carl.denton@example.org>", "iphone", "Split board on the top lift",
      "Wind question answered, the board swap deferred to 'tomorrow' and never confirmed; the invoice question is ignored.",
      cu("11-04 07:30", """Hi, one of the scaffold boards on the top lift has split right across and my roofer won't
work off it. Can someone swap it? Are we still OK with the scaffold over the weekend with
the winds they're forecasting? Also, the hire invoice says six weeks but we booked four - can you check that?

Thanks
Carl Denton
12 Sandhill Lane

Sent from my iPhone""", uq=1),
      ag("liam", "11-04 09:00", """Hi Carl,

The scaffold's tied in and was inspected on Monday, so it's fine for the weekend wind as
long as the sheeting stays furled. I'll get back to you tomorrow with a time for the board
swap.""", promises=[("11-05", None)]),
      cu("11-04 09:20", """Cheers

Sent from my iPhone""", thanks=True),
      ),
    C("w34-fr-prolongation-html", "fr", "pending", {},
      "Sylvie Garnier <sylvie.garnier@example.fr>", "owa", "Prolongation location échafaudage WS-4533",
      "French from Outlook on the web (text and HTML): both questions answered with a 'Bien sûr' and the rate.",
      cu("11-18 09:00", """Bonjour,

Nous aurions besoin de prolonger la location de l'échafaudage du 12 Park Lane (référence
WS-4533) jusqu'à fin décembre. Est-ce possible, et le tarif hebdomadaire reste-t-il le même ?

Merci,
Sylvie Garnier""", tz=1, kind="alt"),
      ag("claire", "11-18 11:00", """Bonjour Madame Garnier,

Bien sûr : c'est prolongé jusqu'au 31 décembre, au même tarif de 70 £ HT par semaine.

Bien cordialement,"""),
      ),
    C("w35-de-gantry-schule", "de", "closed", {},
      "Tobias Wagner <t.wagner@wagnerbau.example>", "outlook_de", "Nachtrag Fußgängerschutz Schule Keighley",
      "German with a colleague in Cc: static calculation answered, the supplementary quote promised by Friday and sent on Friday.",
      cu("11-11 08:00", """Sehr geehrter Herr Brandt,

für das Schulprojekt in Keighley brauchen wir zusätzlich einen Fußgängerschutz (Gantry) über
dem Haupteingang, ca. 6 m lang. Können Sie uns dafür ein Nachtragsangebot schicken? Ist für
den Gantry eine statische Berechnung nötig?

Mit freundlichen Grüßen
Tobias Wagner
Projektleiter, Wagner Bau UK Ltd""", tz=1, cc="Miriam Keller <m.keller@wagnerbau.example>"),
      ag("uwe", "11-11 13:00", """Sehr geehrter Herr Wagner,

ja, für einen Gantry über einem Eingang ist eine statische Berechnung durch unseren
Ingenieur erforderlich; die Kosten dafür nehmen wir ins Angebot auf.

Das Nachtragsangebot schicke ich Ihnen bis Freitag.

Mit freundlichen Grüßen""", cc="Miriam Keller <m.keller@wagnerbau.example>", promises=[("11-13", 3)]),
      ag("uwe", "11-13 10:00", """Sehr geehrter Herr Wagner,

anbei wie besprochen das Nachtragsangebot für den Gantry: 1.460 £ zzgl. MwSt., inklusive
statischer Berechnung und Beleuchtung.

Mit freundlichen Grüßen""", cc="Miriam Keller <m.keller@wagnerbau.example>",
         attach=[pdf("Nachtrag_WS-Q-7761.pdf", "Wetherell Scaffolding - Nachtragsangebot WS-Q-7761",
                     "Schule Keighley - Gantry Haupteingang 6 m", "1.460 GBP zzgl. MwSt., inkl. Statik")]),
      ),
    C("w36-vat-neighbouring-answer", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Imogen Shaw <imogen.shaw@example.net>", "gmail", "Quote for 6 Orchard Way",
      "Asked whether the price includes VAT, the reply lists what else it includes; the customer's booking confirmation then gets no reply.",
      cu("11-15 20:00", """Hi Dan,

Thanks for the quote for 6 Orchard Way (£1,180 for the front elevation). Before I say yes:
is that price including VAT? And can you start on Monday 23rd?

Regards,
Imogen Shaw""", uq=1),
      ag("dan", "11-16 09:00", """Hi Imogen,

The £1,180 covers delivery, erection, dismantling and the weekly inspections for the full
eight weeks - there are no extras unless the hire runs over. Monday 23rd is free at the
moment; shall I pencil you in?

Regards,"""),
      cu("11-16 12:00", """Yes please, pencil me in for the 23rd. What time will the crew arrive?

Imogen"""),
      ),
    C("w37-kirkgate-numbered-half", "en", "closed", {"unanswered-question": 2},
      "Lee Whitaker <l.whitaker@whitakerhomes.example>", "owa", "Kirkgate flats - adaptions (contract 2305)",
      "Numbered list of four: the reply answers 1 and 2 by number and stops; the drawing request and the adaption cost are dropped.",
      cu("11-06 08:15", """Morning Dan,

Few things on the Kirkgate flats job (contract 2305):

1. The lift at level 4 on the north elevation needs bringing down to 3.6 m for the window
   fitters - can you adapt it this week?
2. Can we have another loading bay on the south side for the plasterboard delivery on the
   18th?
3. Please send over the updated scaffold drawing once the adaptions are done - the CDM
   coordinator wants it for the file.
4. What's the cost of an adaption visit? Nobody here seems to know.

Regards,
Lee Whitaker
Whitaker Homes""", uq=2),
      ag("dan", "11-06 11:30", """Morning Lee,

1. Yes - Liam's crew will drop the lift on Wednesday.
2. Fine, the second loading bay goes in on Monday 16th, well before the delivery.

Regards,"""),
      ),
    C("w38-bin-store-signature", "en", "pending", {},
      "Natalie Brooks <natalie.brooks@keystonelettings.example>", "gmail", "Scaffold blocking bin store - 27 Crown Street",
      "Letting agent's request answered; her thanks carries a signature line 'Thinking of letting your property?' with a ? URL.",
      cu("11-17 10:00", """Hi,

I manage 27 Crown Street on behalf of the landlord. The tenant says the scaffold you put up
for the roofers is blocking the door to the bin store. Could the bottom bay be altered, or
should the bins go somewhere else for now?

Regards,
Natalie Brooks
Property Manager, Keystone Lettings
Thinking of letting your property? https://keystonelettings.example/landlords?src=sig"""),
      ag("liam", "11-17 14:00", """Hi Natalie,

Had a look this afternoon. The crew will swap the bottom bay for a bridge on Thursday
morning so the bin store door opens fully - the bins can stay where they are."""),
      cu("11-19 16:00", """Brilliant, the tenant's happy. Thanks Liam!

Natalie Brooks
Property Manager, Keystone Lettings
Thinking of letting your property? https://keystonelettings.example/landlords?src=sig""", thanks=True),
      ),
    C("w39-bay-window-rhetorical", "en", "closed", {},
      "Fiona Blake <fiona.blake@example.com>", "apple", "Bay window - quote Q-8812",
      "A rhetorical question and a question the customer settles herself; the one real question is answered.",
      cu("11-10 18:00", """Hello,

Why is nothing ever simple with a Victorian house? Our builder says your scaffold will have
to be cantilevered round the bay window. I was going to ask whether you need me at home on
the day, but he tells me you don't, so just the one question: does the price on quote
Q-8812 include the cantilever round the bay?

Many thanks,
Fiona Blake"""),
      ag("dan", "11-11 09:00", """Hi Fiona,

Yes - it's the line "bay window bridging" on Q-8812, so there's nothing extra to pay.

Regards,"""),
      ),
    C("w40-toe-boards-forwarded-html", "en", "closed", {},
      "Ian Sutcliffe <ian@sutcliffeplastering.example>", "outlook", "FW: Scaffold - Beckett Street",
      "HTML-only mail forwarding the main contractor's questions; the customer's own request is done the same day.",
      cu("11-12 09:30", """Hi Dan,

See below from the main contractor - can you get the toe boards back on the third lift before
Friday's inspection?

Thanks,
Ian

-----Original Message-----
From: Hannah Clegg <h.clegg@clegg-construction.example>
Sent: 11 November 2026 17:42
To: Ian Sutcliffe <ian@sutcliffeplastering.example>
Subject: Scaffold - Beckett Street

Ian, are the toe boards going back on the third lift? Who removed them? Can you get the
scaffolder to confirm it's been re-inspected before Friday?

Hannah""", kind="html"),
      ag("liam", "11-12 13:00", """Hi Ian,

The lads put the toe boards back on lift 3 this morning and Priya re-inspected it straight
after - the tag's updated, so you can tell Hannah it's all in order for Friday."""),
      ),
    C("w41-inspection-tag-chute", "en", "open", {"unanswered-question": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Jamal Reid <jamal.reid@example.org>", "android", "Inspection tag + chute - 3 Mill Lane",
      "Inspection question answered, the debris chute request skipped; the customer asks again the next day and hears nothing.",
      cu("11-16 07:20", """Hi, the scaffold at 3 Mill Lane has had no inspection tag update for two weeks. Is it still
safe to use? And can you put a debris chute on it, we're starting the strip out Thursday.

Thanks Jamal

Sent from Outlook for Android""", uq=1),
      ag("priya", "11-16 09:40", """Hi Jamal,

Apologies, the tag was missed on the last round. I inspected it myself at 9 this morning:
it's fine to use and the tag's been updated.

Priya"""),
      cu("11-17 08:10", """Thanks. What about the chute? We start Thursday and the skip's booked.

Jamal

Sent from Outlook for Android""", chase=True),
      ),
    C("w42-strike-bare-day", "en", "pending", {},
      "Ben Lister <ben.lister@example.com>", "gmail", "Scaffold ready to come down - 88 Westbourne Avenue",
      "Two questions answered with a bare day and 'And yes'.",
      cu("11-16 17:00", """Hi,

The plasterers finished today so the scaffold at 88 Westbourne Avenue can come down. When
can you get it struck? Also can the crew leave a few of the old sole boards, my dad wants them
for his allotment!

Cheers,
Ben Lister"""),
      ag("liam", "11-17 08:15", """Wednesday. And yes, he's welcome to them - the lads will stack them by the gate."""),
      ),
    C("w43-lost-fittings-window", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Gemma Holt <g.holt@holtlyle.example>", "owa", "Lost fittings charge on WS-INV-21077",
      "The disputed charge is deferred without a date ('I'll check ... and come back to you') and nothing follows within two days; the question about the next inspection at another site is ignored.",
      cu("11-12 09:00", """Hello,

We've been charged a 'lost fittings' fee of £186 on invoice WS-INV-21077. Our site team say
everything was on the pallet when your wagon collected. Can you check and remove the charge?

Separately, can you tell us when the scaffold at our Horsforth site is due its next inspection? Our H&S adviser is visiting on the 19th.

Regards,
Gemma Holt
Purchasing, Holt & Lyle Construction""", uq=1),
      ag("kerry", "11-12 14:10", """Dear Gemma,

Thanks for flagging this. I'll check the yard's count sheet with the driver and come back to
you.
""", promises=[("window", None)]),
      ),
    C("w44-two-prices-end-of-day", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Amir Hussain <amir.hussain@example.net>", "gmail", "Two scaffolds - 5 Church View",
      "Two prices promised 'by end of day', the customer checks in two days later, the prices follow: a late delivery.",
      cu("11-16 10:00", """Hi Dan,

We're after a price for an independent scaffold to the side of the house at 5 Church View for
a two-storey extension, and a second one to the rear for the roof. Could you price them
separately? The builder wants to start on the 30th.

Thanks,
Amir Hussain"""),
      ag("dan", "11-16 11:30", """Hi Amir,

No problem, I'll price them separately and send both over by end of day.

Regards,""", promises=[("11-16", 4)]),
      cu("11-18 09:00", """Hi Dan,

Just checking in on those two prices - did they get lost somewhere?

Amir""", chase=True),
      ag("dan", "11-18 12:00", """Hi Amir,

Sorry, my fault. Side elevation £890 + VAT, rear £1,240 + VAT, both for eight weeks. The 30th
is fine for either or both.

Regards,"""),
      ),
    C("w45-stairwell-tower-threading", "en", "closed", {},
      "Gordon Fraser <gordon.fraser@example.org>", "thunderbird", "Tower for a stairwell",
      "Support's reply lost its threading headers; the customer's reply carries only part of the References; all answered.",
      cu("11-09 11:00", """Hello,

Do you hire out towers for indoor use? We need to paint a stairwell ceiling about 5.5 m up.
Would a tower stand on the stairs or do we need something else?

Thanks,
Gordon Fraser"""),
      ag("dan", "11-09 13:00", """Hi Gordon,

A standard tower won't stand on stairs, but our stairway tower has adjustable legs for
exactly that - £110 for a week, delivered and collected.

Regards,""", thread=False),
      cu("11-09 15:00", """Great, please book it for Friday 13th. Is it OK to pay on delivery?

Gordon""", refs=[1]),
      ag("dan", "11-09 16:30", """Booked for Friday 13th. Card on delivery is fine - the driver has a machine.

Regards,"""),
      ),
    C("w46-invoices-vat-number", "en", "closed", {"unanswered-question": 1},
      "Vanessa Ellis <vanessa.ellis@example.com>", "apple", "Invoice for Rosemount Cottage",
      "A first request done; a second mail a week later asks two things, and the request to add the VAT number is ignored.",
      cu("11-02 12:00", """Hi,

Can you send the invoice for the scaffold at Rosemount Cottage to my husband's business email
instead (d.ellis@elliskitchens.example)?

Thanks,
Vanessa Ellis"""),
      ag("kerry", "11-02 14:00", """Dear Vanessa,

Done - I've re-sent invoice WS-INV-20710 to that address.
"""),
      cu("11-09 10:00", """Thank you. One more thing - we've now had two invoices for the same week (20710 and
20744). Can you check which one we should pay? And could you also put our VAT number, GB 482 1934 77, on future invoices?

Vanessa""", uq=1),
      ag("kerry", "11-09 15:30", """Dear Vanessa,

Please pay 20744 - 20710 was the one I re-sent to your husband and it has now been cancelled.
"""),
      ),
    C("w47-wharf-street-hoist-tg20", "en", "closed", {"unanswered-question": 2},
      "Simon Pryor <simon@pryordevelopments.example>", "outlook", "Wharf Street refurbishment - scaffold and hoist",
      "Quote sent as an attachment for the scaffold only; the hoist quote and the TG20 sheet are not mentioned.",
      cu("11-10 10:30", """Dan,

Please find attached the elevations for the Wharf Street refurbishment. We need a price for
a full independent scaffold to the front and both gables, 5 lifts, with monaflex sheeting
throughout. Could you quote for a goods hoist at the same time, 500 kg, to serve lifts 1 to 4? We'll also need the TG20 compliance sheet or design calcs with the quote as our temporary
works coordinator has to sign it off before anything goes up.

Regards,
Simon Pryor
Pryor Developments""", uq=2, attach=[pdf("Wharf_St_elevations.pdf", "Wharf Street - elevations rev C",
                                           "Front 18 m, gables 9 m, ridge 14.2 m")]),
      ag("dan", "11-11 09:00", """Simon,

Quote attached for the independent scaffold with monaflex sheeting, front and both gables,
five lifts, 16 weeks: £14,600 + VAT.

Regards,""", attach=[pdf("Quote_WS-Q-7749.pdf", "Wetherell Scaffolding - Quote WS-Q-7749",
                          "Wharf Street - independent scaffold, 5 lifts, monaflex",
                          "16 weeks: 14,600 GBP + VAT")]),
      ),
    C("w48-lamps-liability-certificate", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Rachel Metcalfe <rachel.metcalfe@metcalfehomes.example>", "outlook", "Unlit scaffold - 2-6 Market Street, Pudsey",
      "Lamps fitted the same day; the liability certificate promised by Monday is chased on Wednesday and sent by a colleague (late). Customer mail carries a confidentiality disclaimer and a Cc.",
      cu("11-13 09:00", """Good morning,

We've had a complaint from a member of the public who walked into an unlit scaffold standard
outside 2-6 Market Street, Pudsey, last night. Please can you fit lamps on the pavement side
urgently and send us a copy of your public liability certificate?

Regards,
Rachel Metcalfe
Site Administrator, Metcalfe Homes

This email and any files transmitted with it are confidential and intended solely for the
use of the individual or entity to whom they are addressed. If you have received this email
in error please notify the sender and delete it.""", cc="Site Team <site@metcalfehomes.example>"),
      ag("priya", "11-13 10:30", """Dear Rachel,

I'm sorry to hear that. The crew will fit lamps to every standard on the footway this
afternoon. I'll send the liability certificate by Monday, once our broker has re-issued it
for the new policy year.

Priya""", promises=[("11-16", 4)]),
      cu("11-18 11:00", """Dear Priya,

The lamps are on, thank you. I haven't received the liability certificate yet though, and our
insurer is asking for it again.

Regards,
Rachel Metcalfe

This email and any files transmitted with it are confidential and intended solely for the
use of the individual or entity to whom they are addressed. If you have received this email
in error please notify the sender and delete it.""", chase=True),
      ag("kerry", "11-18 15:00", """Dear Rachel,

Priya's out on inspections today, so I've attached the certificate for her. Apologies for the
delay.
""", attach=[pdf("PL_certificate_2026-27.pdf", "Certificate of insurance - Wetherell Scaffolding Ltd",
                  "Public liability 10,000,000 GBP", "Period 1 November 2026 to 31 October 2027")]),
      ),
    C("w49-tower-saturday-late", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Eleanor Quigley <eleanor.quigley@example.com>", "gmail", "Tower hire - 14th to 28th",
      "Price answered, the Saturday delivery to be confirmed 'tomorrow'; the customer thanks, then asks again a week later and gets the confirmation.",
      cu("11-05 19:30", """Hi there,

I'd like to hire the 4.2 m tower for two weeks to paint the front of the house. Can you
deliver on Saturday the 14th and collect on the 28th? And what does it cost?

Thanks,
Eleanor Quigley
11 Beech Grove"""),
      ag("dan", "11-06 08:40", """Hi Eleanor,

The tower is £75 a week, so £150 for the two weeks including delivery and collection. The
Saturday van rota isn't out yet - I'll confirm the 14th tomorrow.

Regards,""", promises=[("11-07", 5)]),
      cu("11-06 09:00", """Lovely, thank you.

Eleanor""", thanks=True),
      cu("11-12 10:00", """Hi Dan,

I still don't know whether the tower is coming on Saturday - could you let me know? I need to
move the car.

Eleanor""", chase=True, parent=2),
      ag("dan", "11-12 15:00", """Hi Eleanor,

Sorry - yes, Saturday 14th between 8 and 12, and collection on Saturday 28th.

Regards,"""),
      ),
    C("w50-toronto-landlord", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Daniel Okafor <daniel.okafor@example.com>", "gmail", "Scaffold for 14 Regent Terrace, Scarborough",
      "Customer five hours behind UTC: price and photos answered, who gets invoiced ignored, and the promised check with the managing agent never reported back.",
      cu("11-10 14:00", """Hello,

I'm in Toronto but I own a rental flat at 14 Regent Terrace, Scarborough (the Yorkshire one!)
and the managing agent says the chimney and the front bay roof need work, which means
scaffold. Could you tell me what it would cost for the front only? Is there any way for me to
see photos of the scaffold once it's up, as I can't visit? And would you invoice me or the managing agent - I'd prefer it comes to me directly.

I'm five hours behind you so email is best.

Thanks,
Daniel Okafor""", tz=-5, uq=1),
      ag("dan", "11-11 09:00", """Hi Daniel,

Front only, with a chimney lift, comes to £960 + VAT for six weeks. Photos aren't a problem:
the crew take a set at handover as standard and we can email them straight to you.

I'll check with the agent whether they've got a roofer booked yet and get back to you by
Friday.

Regards,""", promises=[("11-13", None)]),
      ),
    C("w51-school-hall-holidays", "en", "pending", {"unanswered-question": 2},
      "Judith Pickering <bursar@stoswaldsprimary.example>", "outlook", "Scaffolding - school hall roof over Christmas",
      "Alarm answered, the quote promised by Thursday and sent on Thursday; the DBS policy and the toilets question are never addressed.",
      cu("11-12 13:00", """Dear Sir/Madam,

St Oswald's Primary needs scaffolding to the hall roof over the Christmas holidays (19
December to 5 January) for lead work. Because it's a school site, we need: your DBS policy for the erection crew; confirmation that the scaffold will be alarmed over the holiday; and a
quote. Could you also tell me whether the crew would need access to the school toilets, as the building will be locked?

Kind regards,
Mrs J. Pickering
School Business Manager""", kind="alt", uq=2),
      ag("dan", "11-13 09:30", """Dear Mrs Pickering,

Thank you for getting in touch. Our supervisor, Liam, needs to measure up - he can call on
Tuesday 17th after 3.30pm if that suits. The scaffold will have a monitored alarm for the
whole holiday period.

I'll send the quote by Thursday 19th.

Regards,""", promises=[("11-19", 4)]),
      cu("11-13 14:00", """Tuesday after 3.30 is fine, I'll meet him at the main gate.

J. Pickering""", kind="alt", thanks=True),
      ag("dan", "11-19 11:00", """Dear Mrs Pickering,

Following Liam's visit, the quote is attached: hall roof scaffold with edge protection and a
loading bay, three weeks, £3,240 + VAT including the monitored alarm.

Regards,""", attach=[pdf("Quote_WS-Q-7770.pdf", "Wetherell Scaffolding - Quote WS-Q-7770",
                          "St Oswald's Primary - hall roof scaffold, edge protection, loading bay",
                          "3 weeks incl. monitored alarm: 3,240 GBP + VAT")]),
      ),
]

UNANSWERED: dict[str, list[str]] = {
    "w02-chimney-stack-chapel-allerton": [
        "please email the RAMS and your insurance cert to our site manager Gary (gary.pickles@pickleandsons.example) before you go up"],
    "w03-extension-three-points": ["Could the ladder be moved to the left-hand corner?"],
    "w04-de-waermedaemmung-york": [
        "Können Sie innen Konsolen anbringen, damit der Spalt zur Wand nicht zu groß wird?"],
    "w09-gable-neighbours-drive": [
        "whether your insurance covers any damage to their property",
        "They've also asked if you can give them a number to ring if there's a problem while it's up."],
    "w12-fr-pignon-skipton": [
        "Est-il possible de poser une bâche sur tout l'échafaudage pour travailler sous la pluie ?"],
    "w18-invoice-weeks-statement": [
        "could you send me a statement of account for October too"],
    "w22-de-mehrfamilienhaus-liste": [
        "Können Sie eine Schuttrutsche an der Rückseite montieren?",
        "Wird das Gerüst wöchentlich geprüft, und bekommen wir die Prüfprotokolle?"],
    "w24-fr-voisin-attestation": [
        "pourriez-vous m'envoyer l'attestation d'assurance pour mon assureur habitation ?"],
    "w26-es-barandilla-certificado": [
        "necesito copia del certificado de entrega del andamio firmado"],
    "w33-split-board-weekend": [
        "the hire invoice says six weeks but we booked four - can you check that?"],
    "w36-vat-neighbouring-answer": ["is that price including VAT?"],
    "w37-kirkgate-numbered-half": [
        "Please send over the updated scaffold drawing once the adaptions are done",
        "What's the cost of an adaption visit?"],
    "w41-inspection-tag-chute": ["can you put a debris chute on it"],
    "w43-lost-fittings-window": [
        "can you tell us when the scaffold at our Horsforth site is due its next inspection?"],
    "w46-invoices-vat-number": [
        "could you also put our VAT number, GB 482 1934 77, on future invoices?"],
    "w47-wharf-street-hoist-tg20": [
        "Could you quote for a goods hoist at the same time, 500 kg, to serve lifts 1 to 4?",
        "We'll also need the TG20 compliance sheet or design calcs with the quote"],
    "w50-toronto-landlord": [
        "would you invoice me or the managing agent - I'd prefer it comes to me directly."],
    "w51-school-hall-holidays": [
        "your DBS policy for the erection crew",
        "Could you also tell me whether the crew would need access to the school toilets, as the building will be locked?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice119 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
