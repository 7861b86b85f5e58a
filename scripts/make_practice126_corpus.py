#!/usr/bin/env python3
"""Regenerate ``tests/practice126/``: a labelled corpus of Solwyn Solar & Battery.

A support mailbox of a fictional Bristol installer of domestic solar panels and home batteries
(quotes and surveys, installation weeks and scaffolding, inverter and battery fault codes,
monitoring app, MCS certificates and export tariffs, G98/G99 network applications, warranties,
finance, bird mesh and servicing), written without looking at the detection heuristics, with
many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``solwynsolar.example``.

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

Usage: python scripts/make_practice126_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "solwynsolar.example"
DESK = "Solwyn Solar Support <support@solwynsolar.example>"

AGENTS = {
    "cerys": ("Cerys Pryce <cerys@solwynsolar.example>", "thunderbird", """-- 
Cerys Pryce
Customer Care | Solwyn Solar & Battery
Unit 4, Avonmead Business Park, Bristol BS3 | 0117 496 0725
Your system online: https://solwynsolar.example/portal?src=sig"""),
    "dev": ("Dev Mistry <dev.mistry@solwynsolar.example>", "outlook", """Dev Mistry
Technical Support - inverters & batteries | Solwyn Solar & Battery
Error code on the display? Send us a photo of it and we can usually diagnose it remotely."""),
    "joanna": ("Joanna Hale <joanna.hale@solwynsolar.example>", "owa", """Joanna Hale
Installation Planning | Solwyn Solar & Battery
0117 496 0731"""),
    "malik": ("Malik Osei <malik.osei@solwynsolar.example>", "apple", """Malik Osei
Accounts | Solwyn Solar & Battery

This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please tell the sender and delete it. Solwyn Solar & Battery Ltd,
registered in England and Wales no. 08811234."""),
    "lena": ("Lena Brandt <lena.brandt@solwynsolar.example>", "thunderbird_de", """-- 
Lena Brandt
Kundenservice (Deutsch) | Solwyn Solar & Battery
https://solwynsolar.example/de/hilfe?ref=signatur"""),
    "aurelie": ("Aurélie Gosselin <aurelie.gosselin@solwynsolar.example>", "apple_fr", """Aurélie Gosselin
Service clients (français) | Solwyn Solar & Battery
https://solwynsolar.example/fr?utm_source=email"""),
    "pilar": ("Pilar Ocaña <pilar.ocana@solwynsolar.example>", "gmail_es", """--
Pilar Ocaña
Atención al cliente (español) | Solwyn Solar & Battery
+44 117 496 0739"""),
}

ACK = """Hello,

Thank you for contacting Solwyn Solar & Battery. Your message has been logged as
ticket {ref}. Our support team works Monday to Friday, 8am-6pm, and we aim to reply
within one working day.

If your system shows smoke, a burning smell or scorch marks, switch it off at the
isolators and call 999 first.

Solwyn Solar & Battery - Customer Support
https://solwynsolar.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Solwyn Helpdesk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="sw.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice126", title="Solwyn Solar & Battery", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="SOL-", reply_prefix=REPLY_PREFIX, ticket_digits=6)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

QUOTE_PDF = mailcraft.pdf(["Solwyn Solar & Battery - Quotation Q-5608", "Customer: P. Raman, Horfield",
                           "10 x 435W panels, 5kW hybrid inverter, 9.5kWh battery",
                           "Scaffolding (incl. conservatory tower): included",
                           "Total incl. VAT at 0%: GBP 11,480.00", "Valid 30 days"])
MCS_PDF = mailcraft.pdf(["MCS Installation Certificate MCS-0291-447816",
                         "22 Elmgrove Road, Cotham, Bristol", "Solar PV 4.35 kWp, commissioned 19/10/2026",
                         "Installer: Solwyn Solar & Battery Ltd"])
DEPOSIT_PDF = mailcraft.pdf(["Solwyn Solar & Battery - Invoice INV-30418", "Deposit 25%: GBP 3,412.50",
                             "Payment reference: INV-30418"])
FACTURE_PDF = mailcraft.pdf(["Solwyn Solar & Battery - Invoice INV-30377", "L. Fontaine",
                             "Solar PV installation 27/10/2026", "VAT rate 0% (energy-saving materials)"])
ANGEBOT_PDF = mailcraft.pdf(["Solwyn Solar & Battery - Angebot Q-5644", "S. Hartmann, Bath",
                             "AC-gekoppelter Speicher 9,5 kWh inkl. Installation", "Gesamt: GBP 6.240"])
FINANCE_PDF = mailcraft.pdf(["Finance illustration for quotation Q-5521", "Cash price GBP 12,960, deposit 10%",
                             "60 months: GBP 245.30 / month, 9.9% APR representative",
                             "120 months: GBP 152.80 / month, 9.9% APR representative"])
EIC_PDF = mailcraft.pdf(["Electrical Installation Certificate EIC-7731", "3 Anchor Row, Redfield, Bristol",
                         "Solar PV and battery storage circuit"])
MCS2_PDF = mailcraft.pdf(["MCS Installation Certificate MCS-0291-402265", "3 Anchor Row, Redfield, Bristol",
                          "Solar PV 3.6 kWp, commissioned 14/06/2023"])
DECLARATION_PDF = mailcraft.pdf(["Installer Declaration - Section B completed", "Installer: Solwyn Solar & Battery Ltd",
                                 "MCS certificate MCS-0291-415590", "Signed: C. Pryce, 09/11/2026"])
MANUAL_PDF = mailcraft.pdf(["Home battery 5.2 - Owner's manual (extract)", "p.14 Winter operation and reserve level",
                            "p.22 Error codes"])
F21_PNG = mailcraft.png(24, 16, lambda x, y: (20, 30, 40) if 4 < y < 12 and 3 < x < 21 else (180, 180, 170))
E07_PNG = mailcraft.png(20, 20, lambda x, y: (200, 20, 20) if (x - 10) ** 2 + (y - 10) ** 2 < 16 else (60, 60, 60))
STICKER_PNG = mailcraft.png(28, 12, lambda x, y: (250, 250, 250) if (x + y) % 5 else (10, 10, 10))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("s01-battery-upgrade-kingsdown", "en", "closed", {},
      "Gareth Lloyd <gareth.lloyd@example.com>", "gmail", "Adding more battery to our 5.2kWh system",
      "Three questions about stacking a second battery module, answered out of order in one paragraph; "
      "the customer thanks.",
      cu("11-02 09:12", """Hi there,

You fitted our panels and a 5.2kWh battery back in March (job SW-2214, 14 Kingsdown Road). We're
now running out of stored power by about 9pm most evenings, so we're thinking of adding capacity.

Can another module be stacked on the existing battery, or would it have to be a second unit?
Roughly what would it cost? And would adding it affect the 10-year warranty on the one we've got?

Cheers,
Gareth"""),
      ag("cerys", "11-02 13:40", """Hi Gareth,

Good news on the warranty first: adding a module doesn't touch it - the original unit keeps its
10 years from March and the new module gets its own 10 years from the day it goes in. Yours is
the stackable type, so we'd add a 5.2kWh module on top of the existing one rather than fit a
second unit: same footprint, one extra box. Supplied and fitted that comes to £2,150 including
the commissioning visit.

If you'd like to go ahead, just reply here and we'll find you a date.

Best wishes,
Cerys"""),
      cu("11-02 18:05", """Brilliant, thanks Cerys - I'll talk it over with Sian.

Gareth""", thanks=True)),

    C("s02-quote-scaffold-birdmesh", "en", "closed", {"unanswered-question": 1},
      "Priya Raman <priya.raman@harbourside.example>", "outlook", "Quote for panels + battery - 3 bed semi, Horfield",
      "Asks for the written quote, whether scaffolding is extra, and for a bird-mesh price; the quote PDF "
      "answers the first two, the bird mesh is skipped.",
      cu("11-03 08:47", """Hello,

Following the survey last Thursday, could you send over the written quote for the 10-panel option
with the 9.5kWh battery? We'd like to compare it with one other installer before the end of the
month.

Your surveyor mentioned the back roof might need scaffolding on both sides because of the
conservatory - is that included in the price or extra?

Could you also quote for fitting bird mesh around the panels while the scaffold is up? Our
neighbours have had pigeons nesting under theirs.

Kind regards,
Priya Raman""", uq=1),
      ag("joanna", "11-03 14:20", """Dear Priya,

Please find the quote attached: 10 x 435W panels, hybrid inverter and the 9.5kWh battery, £11,480
all in. The scaffolding is included - the surveyor allowed for a tower on the conservatory side,
so there's nothing extra to pay for access.

The quote is valid for 30 days.

Kind regards,""", attach=[("application/pdf", "Solwyn-Quote-Q-5608.pdf", QUOTE_PDF)]),
      cu("11-04 19:02", """Thanks Joanna, received. We'll be in touch.

Priya""", thanks=True)),

    C("s03-inverter-f21-grid-voltage", "en", "pending", {"missed-follow-up": 1},
      "Tom Ashdown <tom.ashdown@example.net>", "thunderbird", "Inverter showing F21 and switching off at lunchtime",
      "F21 grid over-voltage with a photo; Dev explains and promises the voltage logs by Thursday, "
      "delivers them the following Monday.",
      cu("11-10 08:12", """Morning,

For the last week or so our inverter has been dropping out around midday on sunny days. The display
shows 'F21 Grid OV' (photo attached) and it comes back on its own after about five minutes. We lose
maybe an hour of generation on a good day.

Is this something wrong with the inverter or with the grid? And is it safe to leave it running like
this?

Tom Ashdown
7 Quarry Lane, Chew Magna""", attach=[("image/png", "inverter-display.png", F21_PNG)]),
      ag("dev", "11-10 11:40", """Hi Tom,

Thanks for the photo. F21 is the inverter protecting itself when the grid voltage at your meter
goes above the limit (253V). It's common in villages at the end of a long cable on sunny days,
when every house is exporting at once. It's completely safe to leave running; tripping out is
exactly what it's meant to do.

What I need to work out is whether your voltage is genuinely high or the inverter's reading is off.
I'll pull the voltage logs remotely and get back to you by Thursday with what they show and whether
we need to raise it with the network operator.

Regards,""", promises=[("11-12", 3)]),
      ag("dev", "11-16 15:25", """Hi Tom,

Sorry this took longer than I said. The logs show the grid at your meter peaking at 256-258V
between 11:30 and 14:00 on sunny days, so the inverter is reading correctly. I've opened a voltage
complaint with National Grid Electricity Distribution, reference NGED-VC-55102; they normally fit a
monitoring logger at the meter within two weeks. There's nothing you need to do in the meantime.

Regards,""")),

    C("s04-mcs-certificate-export", "en", "closed",
      {"customer-chased": 1, "slow-first-response": 1},
      "Helen Marsh <helen.marsh@example.org>", "gmail", "MCS certificate needed for export tariff",
      "Asks for the MCS certificate, chases two days later by replying to her own mail; the certificate "
      "arrives as a PDF after the chase.",
      cu("11-03 10:30", """Hello,

Our installation was finished on 19 October but we still haven't received the MCS certificate, and
Octopus won't set up our export tariff without it. Could you email it to me, please? The
installation address is 22 Elmgrove Road, Cotham.

Thanks,
Helen Marsh"""),
      cu("11-05 12:15", """Hi again,

Following up on my email below - I still haven't had the certificate or any reply. Every week
without it is export we don't get paid for.

Helen""", chase=True),
      ag("cerys", "11-05 14:02", """Dear Helen,

I'm sorry you had to write twice. Your MCS certificate is attached (MCS-0291-447816). The system
was registered on 23 October, so Octopus can backdate your export payments to that date once they
have it.

Kind regards,
Cerys""", attach=[("application/pdf", "MCS-0291-447816.pdf", MCS_PDF)]),
      cu("11-05 16:40", """Got it, thank you!

Helen""", thanks=True)),

    C("s05-garantie-speicher-app", "de", "closed", {"unanswered-question": 1},
      "Jürgen Adler <j.adler@example.de>", "gmail_de", "Fragen zur Garantie und zur App",
      "Garantieverlängerung, App auf Deutsch und die Garantieurkunde als PDF; die ersten beiden werden "
      "beantwortet, die Urkunde nicht.",
      cu("11-04 20:15", """Guten Abend,

Sie haben im Sommer bei uns in Frome die PV-Anlage mit Speicher installiert (Auftrag SW-1987). Ich
hätte ein paar Fragen:

Kann man die Garantie für den Wechselrichter von 10 auf 15 Jahre verlängern, und was würde das
kosten? Gibt es die Monitoring-App auch auf Deutsch? Meine Schwiegermutter wohnt bei uns und kommt
mit der englischen Version nicht zurecht.

Und könnten Sie mir bitte die Garantieurkunde für den Speicher noch einmal als PDF schicken? Ich
finde sie nicht mehr.

Vielen Dank und freundliche Grüße
Jürgen Adler""", tz=1, uq=1),
      ag("lena", "11-05 09:30", """Guten Tag Herr Adler,

ja, die Wechselrichtergarantie lässt sich auf 15 Jahre verlängern. Das geht bis zu 24 Monate nach
der Installation und kostet einmalig 289 £; den Antrag beim Hersteller stellen wir für Sie.

Die App gibt es auf Deutsch - sie richtet sich nach der Sprache des Handys. Stellen Sie auf dem
Handy Ihrer Schwiegermutter unter Einstellungen > Sprache Deutsch ein und starten Sie die App neu.

Mit freundlichen Grüßen
Lena Brandt""")),

    C("s06-batterie-heures-creuses", "fr", "pending", {"missed-follow-up": 1},
      "Sophie Marchetti <sophie.marchetti@courriel.example>", "apple_fr", "Batterie qui ne se charge pas la nuit",
      "Charge de nuit sur le réseau qui ne se fait pas; Aurélie explique le réglage et promet la marche à "
      "suivre exacte d'ici mardi, jamais envoyée.",
      cu("11-15 21:40", """Bonsoir,

Depuis que nous sommes passés au tarif Octopus Go il y a deux semaines, la batterie devrait se
charger sur le réseau entre 0 h 30 et 5 h 30, quand l'électricité est moins chère. Or elle reste à
10 % toute la nuit et elle est vide dès 7 h du matin.

Est-ce un réglage à modifier dans l'onduleur ? Est-ce que je peux le faire moi-même depuis
l'application, ou faut-il qu'un technicien passe ?

Merci d'avance,
Sophie Marchetti"""),
      ack("11-15 21:41"),
      ag("aurelie", "11-16 10:15", """Bonjour Madame Marchetti,

Oui, il s'agit bien d'un réglage : la charge depuis le réseau doit être programmée sur les heures
creuses, et elle n'est pas activée par défaut. Normalement cela se fait depuis l'application
(Paramètres > Mode de stockage > Charge programmée), sans déplacement d'un technicien.

Sur votre modèle, certaines versions du logiciel bloquent toutefois cette option. Je vérifie la
version de votre onduleur avec notre technicien et je reviens vers vous d'ici mardi avec la marche
à suivre exacte.

Bien cordialement,""", promises=[("11-17", None)])),

    C("s07-limpieza-granizo", "es", "closed", {"unanswered-question": 1},
      "Javier Romero <javier.romero@correo.example>", "gmail_es", "Limpieza de paneles y daños por granizo",
      "Pregunta cada cuánto limpiar, el precio de la limpieza y si la garantía cubre un panel roto por "
      "granizo; la respuesta cubre la limpieza y no el granizo.",
      cu("11-04 11:05", """Hola,

Tenemos sus paneles desde hace dos años en nuestra casa de Weston-super-Mare. Ahora estamos pasando el
invierno en Alicante y quería aprovechar para organizar un par de cosas.

¿Cada cuánto recomiendan limpiar los paneles? ¿Cuánto cuesta su servicio de limpieza? Y una vecina
nos ha dicho que la granizada del mes pasado rompió algunos paneles en la zona: si uno de los nuestros estuviera dañado, ¿lo cubriría la garantía?

Un saludo,
Javier Romero""", tz=1, uq=1),
      ag("pilar", "11-04 15:30", """Hola Javier:

Con la lluvia que cae aquí, una limpieza al año suele bastar; solo recomendamos dos si hay árboles
cerca o gaviotas, y en Weston gaviotas no faltan. Nuestro servicio cuesta 95 £ para hasta 12
paneles e incluye una revisión visual del cableado y de las fijaciones.

Si quiere, podemos hacerla mientras están en Alicante: solo necesitamos acceso al jardín trasero.

Un saludo,
Pilar""")),

    C("s08-second-battery-or-charger", "en", "open", {"awaiting-reply": 1},
      "Mark Fenton <mark@fentonjoinery.example>", "outlook", "Second battery - worth it?",
      "Second battery or EV charger: Dev recommends the charger; Mark's follow-up questions on Wednesday "
      "have had no reply.",
      cu("11-16 07:55", """Hi,

We had a 4kWp system with one 5kWh battery fitted by you last year. I've just bought an EV and I'm
wondering whether a second battery makes sense, or whether I'd be better off putting the money
towards a charger. What would you suggest for a household that uses about 4,500kWh a year before
the car?

Mark Fenton
Fenton Joinery"""),
      ag("dev", "11-16 12:10", """Hi Mark,

With an EV in the picture I'd put the charger first. A smart charger on an overnight EV tariff
charges the car at 7-8p/kWh, and on the same tariff your existing battery can be filled overnight
too, so most of what a second battery would save you comes from the tariff anyway. A second 5kWh
unit would only add around £120-£150 a year in your case.

A solar-aware charger (one that can divert surplus solar into the car) is about £1,050 fitted.

Regards,"""),
      cu("11-18 09:10", """Thanks Dev, that makes sense. Two things before I decide: does the solar-aware
charger work with the inverter we've already got, or is that extra kit? And can it go on the
outside wall of the garage, about 12 metres from the consumer unit?

Mark""")),

    C("s09-app-zero-then-bms-fault", "en", "closed", {"reopened": 1},
      "Aisha Khan <aisha.khan@example.com>", "iphone", "App says we've generated 0 kWh all week",
      "App at zero after a router change; fixed, thanked, marked resolved; a week later a new battery "
      "fault in the same thread.",
      cu("11-02 08:20", """Hi, the Solwyn app has shown 0 kWh every day since last Monday even though it's been
sunny and the inverter screen shows it producing. Is the app broken or is something wrong with the
system?

Aisha

Sent from my iPhone"""),
      ag("cerys", "11-02 10:05", """Hi Aisha,

The system itself is fine - if the inverter screen shows power, it's generating. The app gets its
figures through the little wifi dongle on the side of the inverter, and it loses its connection
after a router change. If you've had a new router: hold the button on the dongle for 10 seconds
until the light flashes blue, then in the app go to Devices > Reconnect and pick your new network.
The missing days fill in from the inverter's memory afterwards.

Best wishes,
Cerys"""),
      cu("11-03 19:30", """That was it - new router from Virgin last week. All working now, thanks!

Aisha

Sent from my iPhone""", thanks=True),
      ag("cerys", "11-04 09:00", """Great to hear, Aisha. I'll mark this ticket as resolved - just reply here if
anything else comes up.

Best wishes,
Cerys""", closes=True),
      cu("11-09 17:45", """Hi Cerys, replying here like you said. Since yesterday the battery shows 0% all day
and the house is pulling everything from the grid, even at midday. Inverter screen says 'BMS comm
fault'. Do I need to switch anything off? Could someone come and look at it this week?

Aisha

Sent from my iPhone"""),
      ag("dev", "11-10 09:15", """Hi Aisha,

Dev from the technical team here - Cerys passed your email to me. 'BMS comm fault' means the
inverter has lost contact with the battery: usually the data cable between them, occasionally the
battery's own management board. You don't need to switch anything off; the panels keep running the
house in the daytime and the battery is safe in this state.

Our engineer Rhys is booked for Thursday 12 November, 8am-noon, with a replacement data cable.

Regards,""")),

    C("s10-install-date-g99-deposit", "en", "closed", {"many-handoffs": 1},
      "Robert Quinn <rob.quinn@example.net>", "gmail", "Installation date, G99 and deposit",
      "Three practical questions after signing: Joanna gives the date and hands G99 to Dev (kept next day) "
      "and the deposit invoice to Malik (kept within the window); three agents.",
      cu("11-02 08:05", """Hello,

We signed the contract on Friday for the 16-panel system with the 13.5kWh battery. A few practical
questions:

1. When is the earliest installation date you can offer? We're away 7-14 December.
2. Your salesman said the system is big enough that you have to apply to the network operator
   first (G99?). Has that been done, and could it hold things up?
3. We haven't had the invoice for the 25% deposit yet - can you send it?

Thanks,
Rob Quinn"""),
      ag("joanna", "11-02 11:30", """Hi Rob,

Thanks for choosing us. The earliest we can offer is Monday 30 November (two days on the roof, the
battery on day two), which keeps you well clear of your December trip.

The G99 application is Dev's area - he'll email you tomorrow with where it stands. Malik in
accounts will send you the deposit invoice.

Kind regards,""", promises=[("11-03", 3), ("window", 4)]),
      ag("dev", "11-03 10:20", """Hi Rob,

Yes, G99 applies because the inverter is over 3.68kW. We submitted the application to National
Grid Electricity Distribution on 28 October, reference G99-NGED-70412. They have 45 working days
to answer, but for domestic systems of your size approval usually comes within three to four
weeks. If it hasn't arrived by 30 November we'd still fit everything and commission the system
with export limited to 3.68kW until it does, so it won't hold up the installation.

Regards,"""),
      ag("malik", "11-03 15:45", """Dear Rob,

Please find attached invoice INV-30418 for the 25% deposit (£3,412.50). Our bank details are on
the invoice; please use the invoice number as the payment reference.

Kind regards,""", attach=[("application/pdf", "INV-30418.pdf", DEPOSIT_PDF)]),
      cu("11-03 18:30", """Thanks all, paid this evening. See you on the 30th.

Rob""", thanks=True)),

    C("s11-battery-modes-inline", "en", "pending", {},
      "Claire Dunmore <claire.dunmore@example.org>", "thunderbird", "Battery modes - which one should we use?",
      "Three numbered questions on battery settings, answered inline under each quoted question.",
      cu("11-16 20:30", """Hello,

We're trying to get the most out of the battery over winter and the app has more settings than we
understand. Could you help with these?

1. What is the difference between 'Self-use' and 'Feed-in priority' mode?
2. Should the minimum charge level be left at 10% or set higher in winter?
3. Is it worth charging from the grid overnight on our tariff (Economy 7, 13p at night)?

Many thanks,
Claire Dunmore"""),
      ag("dev", "11-17 09:40", """Hi Claire,

Answers below.

> 1. What is the difference between 'Self-use' and 'Feed-in priority' mode?

Self-use sends solar to the house first, then to the battery, and exports only what's left.
Feed-in priority exports first and only pays off on a very high export rate - stay on Self-use.

> 2. Should the minimum charge level be left at 10% or set higher in winter?

Leave it at 10%. A higher floor just keeps energy you've paid for sitting unused.

> 3. Is it worth charging from the grid overnight on our tariff (Economy 7, 13p at night)?

Yes, from now until about March. Set a charge window of 00:30-07:00 to 90%, and turn it off again
in spring so the sun has room to fill the battery.

Regards,""", quote=False)),

    C("s12-annual-service-long-mail", "en", "closed", {"unanswered-question": 2},
      "Neil Barraclough <neil.barraclough@example.com>", "gmail", "Annual service",
      "One long paragraph: service booking, a dull panel, a loose cable and an old diverter box; the "
      "booking and the panel are handled, the cable and the box are not.",
      cu("11-04 12:50", """Hi, it's been a year since you fitted our system at 3 Orchard Close, Keynsham, and the paperwork says it should have an annual service, so I'd like to book one in, ideally on a Saturday if you do those. While the engineer is up there could he have a look at the panel nearest the chimney, which has looked a bit dull compared to the others since the summer - I don't know if that's dirt or something worse - and I've also noticed a cable hanging loose under the eaves on the left-hand side that might need clipping back, is that something he can do on the same visit or is it a separate call-out? We also still have the old immersion diverter box in the airing cupboard that your fitters disconnected, can you take that away or do we need to get rid of it ourselves? Let me know what dates you have.

Neil""", uq=2),
      ag("joanna", "11-04 16:05", """Hi Neil,

We do Saturday services once a month. The next one with a free slot is Saturday 14 November,
9-11am - shall I put you down for that? The service is £120 and covers the inverter, a battery
health check, the isolators and a visual check of the array.

I've added a note for the engineer to look closely at the panel by the chimney. Dull patches there
are usually soot, but he'll check it for hotspots with the thermal camera.

Kind regards,"""),
      cu("11-04 18:20", """Yes please, put us down for the 14th.

Neil"""),
      ag("joanna", "11-05 08:30", """Hi Neil,

Done - you're booked for Saturday 14 November, 9-11am. The engineer calls about 30 minutes before
he arrives.

Kind regards,""")),

    C("s13-export-meter-resend", "en", "pending",
      {"customer-chased": 1, "slow-first-response": 1},
      "Danielle Okafor <d.okafor@example.net>", "owa", "Export meter reading for SEG application",
      "Unanswered for five days, the customer resends the same mail word for word as a new message; "
      "answered the next day.",
      cu("11-12 13:10", """Hello,

E.ON Next are asking for the export meter serial number and a first reading to set up our Smart
Export Guarantee. Our meter was swapped by E.ON when you installed the system in October - do you
have the new serial number on your commissioning sheet? Can you also confirm the date the system
was commissioned?

Thank you,
Danielle Okafor"""),
      cu("11-17 08:30", """Hello,

E.ON Next are asking for the export meter serial number and a first reading to set up our Smart
Export Guarantee. Our meter was swapped by E.ON when you installed the system in October - do you
have the new serial number on your commissioning sheet? Can you also confirm the date the system
was commissioned?

Thank you,
Danielle Okafor""", parent=0, chase=True),
      ag("cerys", "11-18 10:45", """Dear Danielle,

Apologies - your first email on the 12th slipped through while our inbox was being moved to the
new helpdesk. From the commissioning sheet: the export meter serial is 21L4407293 and the system
was commissioned on 16 October 2026. E.ON Next take the first reading from the smart meter
themselves, so you don't need to send one.

Kind regards,
Cerys""")),

    C("s14-wechselrichter-isolationsfehler", "de", "pending",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Katrin Vogel <katrin.vogel@example.com>", "outlook_de", "Wechselrichter piept und zeigt 'Isolation Fault'",
      "Isolationsfehler am Morgen; Lena erklärt und will sich bis Donnerstag wegen eines Termins melden, "
      "meldet sich erst nach der Nachfrage am Montag.",
      cu("11-09 07:45", """Guten Morgen,

unser Wechselrichter (installiert im Mai, Auftrag SW-1840) piept seit gestern morgens immer wieder
und zeigt 'Isolation Fault'. Nach einer halben Stunde läuft er meistens wieder an. Was bedeutet
das, und müssen wir etwas tun? Ist das gefährlich?

Viele Grüße
Katrin Vogel"""),
      ag("lena", "11-09 10:30", """Guten Morgen Frau Vogel,

'Isolation Fault' heißt, dass der Wechselrichter morgens einen zu niedrigen Isolationswiderstand
auf der Dachseite misst - meist Feuchtigkeit in einem Steckverbinder, die beim Abtrocknen wieder
verschwindet. Gefährlich ist das nicht, gerade deshalb schaltet der Wechselrichter ja ab. Sie
müssen nichts tun.

Ich bespreche das mit unserem Techniker und melde mich bis Donnerstag bei Ihnen, ob wir einen
Termin zur Prüfung der Steckverbinder brauchen.

Mit freundlichen Grüßen
Lena Brandt""", promises=[("11-12", 4)]),
      cu("11-16 08:20", """Hallo Frau Brandt,

ich warte leider immer noch auf Ihre Rückmeldung wegen des Termins. Der Fehler kommt inzwischen
jeden Morgen, heute schon zum dritten Mal.

Viele Grüße
Katrin Vogel""", chase=True),
      ag("lena", "11-16 11:05", """Guten Tag Frau Vogel,

entschuldigen Sie bitte, dass ich mich nicht wie versprochen gemeldet habe. Unser Techniker kommt
am Mittwoch, 18. November, zwischen 13 und 16 Uhr und prüft die Steckverbinder auf dem Dach. Die
Kosten übernehmen wir im Rahmen der Installationsgarantie.

Mit freundlichen Grüßen
Lena Brandt""")),

    C("s15-facture-finale-relance", "fr", "closed",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Luc Fontaine <luc.fontaine@example.org>", "thunderbird", "Facture finale",
      "Facture promise d'ici vendredi, relance le lundi suivant, envoyée le mardi (en retard).",
      cu("11-02 09:00", """Bonjour,

Nos panneaux ont été posés le 27 octobre. Pourriez-vous m'envoyer la facture finale ? Mon
comptable en a besoin avant la fin de la semaine.

Cordialement,
Luc Fontaine"""),
      ag("aurelie", "11-02 11:20", """Bonjour Monsieur Fontaine,

La facture finale est en cours de validation par notre service comptable, car le solde a été
réglé en deux fois. Je vous l'envoie d'ici vendredi.

Bien cordialement,""", promises=[("11-06", 4)]),
      cu("11-09 08:40", """Bonjour Madame Gosselin,

Je me permets de revenir vers vous : je n'ai toujours pas reçu la facture, et mon comptable me la
réclame.

Cordialement,
Luc Fontaine""", chase=True),
      ag("aurelie", "11-10 10:00", """Bonjour Monsieur Fontaine,

Toutes mes excuses pour ce retard. Vous trouverez ci-joint la facture finale n° INV-30377, avec le
taux de TVA à 0 % applicable aux installations solaires résidentielles.

Bien cordialement,""", attach=[("application/pdf", "Facture-INV-30377.pdf", FACTURE_PDF)])),

    C("s16-bateria-ruido-visita", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Carmen Villalba <carmen.villalba@example.com>", "android", "Visita técnica - batería hace ruido",
      "Zumbido de la batería; Pilar promete confirmar al día siguiente qué día va el técnico, no lo hace; "
      "la clienta insiste y sigue sin respuesta.",
      cu("11-12 08:05", """Buenos días:

La batería que nos instalaron en septiembre hace un zumbido bastante fuerte por la noche, sobre
todo cuando empieza a cargar a las 00:30. Está en el garaje, pegada a la pared del dormitorio de mi
hija. ¿Es normal? ¿Pueden venir a revisarla?

Gracias,
Carmen Villalba"""),
      ack("11-12 08:06"),
      ag("pilar", "11-12 12:30", """Hola Carmen:

Un zumbido suave al cargar es normal (son el ventilador y el transformador del inversor), pero no
debería oírse a través de una pared. Sí, vamos a mandar a un técnico a revisarla. Estoy cuadrando
la agenda de esa zona y le confirmo mañana qué día puede ir.

Un saludo,
Pilar""", promises=[("11-13", None)]),
      cu("11-17 21:15", """Hola Pilar:

¿Hay alguna novedad sobre la visita? Sigo sin noticias desde el jueves y el ruido sigue igual;
anoche mi hija durmió en el sofá.

Carmen""", chase=True)),

    C("s17-scaffolding-charged-twice", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 2},
      "Graham Pike <graham.pike@example.com>", "outlook", "Scaffolding charged twice",
      "Refund of a wrongly invoiced scaffold and a corrected VAT invoice; the refund is promised by Friday, "
      "chased twice and sent ten days late; the VAT invoice is never mentioned.",
      cu("11-03 09:30", """Hello,

Our final invoice (INV-30298) charges £640 for scaffolding, but the scaffolding was included in the
quote we signed and we paid the deposit on that basis. Could you refund the £640, please? We paid
the balance in full on Friday to avoid any late fee.

Please also send a corrected invoice showing the 0% VAT - the one we have shows 20% on the
battery, which I understood was zero-rated too.

Regards,
Graham Pike""", uq=1),
      ag("malik", "11-03 14:10", """Dear Graham,

You're right, the scaffolding was part of the quoted price and shouldn't have appeared on the final
invoice - apologies. I need our finance manager to approve the refund; I'll confirm by Friday once
it has been sent.

Kind regards,""", promises=[("11-06", 5)]),
      cu("11-10 08:50", """Hi Malik,

Any news on the refund? Nothing has arrived in our account yet.

Graham""", chase=True),
      cu("11-13 16:20", """Malik,

This is the second time I'm asking. It's a week past the Friday you gave me and there's still no
refund and no reply. Please can someone pick this up.

Graham Pike""", chase=True),
      ag("malik", "11-16 09:30", """Dear Graham,

I'm very sorry for the silence. The refund of £640 was approved this morning and sent by bank
transfer, reference RF-30298; it should reach your account within two working days.

Kind regards,""")),

    C("s18-battery-beeping-night", "en", "closed", {"customer-chased": 1},
      "Becky Lawson <becky.lawson@example.org>", "iphone", "Battery beeping",
      "Evening mail about a beeping battery, an anxious chase next morning, answered an hour later.",
      cu("11-05 19:40", """Hi, the battery unit in our garage has started beeping every few seconds. No lights
flashing that I can see. What does it mean and should I turn it off?

Becky

Sent from my iPhone"""),
      cu("11-06 08:05", """Hello?? Is anyone reading these? It beeped all night and we've no idea if it's safe.
Please call or email back today.

Becky Lawson
07700 900418

Sent from my iPhone""", chase=True),
      ag("dev", "11-06 09:20", """Hi Becky,

Sorry for the worry - our inbox isn't watched overnight. It's safe: a beep every few seconds with
no red light means the battery's clock backup cell is low, not a fault in the battery itself.
Press and hold the round button on the front for five seconds to silence it; the battery carries
on working normally. The backup cell is replaced as part of the annual service.

Regards,"""),
      cu("11-06 09:45", """Beeping stopped. Thank you!!

Sent from my iPhone""", thanks=True)),
]

CASES += [
    C("s19-ev-charger-solar-only", "en", "closed",
      {"customer-chased": 1, "slow-first-response": 1},
      "Oliver Brandreth <oliver@brandreth-design.example>", "apple", "EV charger - can it use solar only?",
      "Two questions about a solar-only EV charger, bumped after two days, both answered after the chase.",
      cu("11-04 10:10", """Hi,

I'm thinking about adding an EV charger to our system. Is there a charger you fit that will charge
the car only from surplus solar, without touching the grid? And would it need its own circuit
from the consumer unit, or can it share the one the battery is on?

Best,
Oliver"""),
      cu("11-06 11:30", """Hi - bumping this up, as I haven't had a reply yet. I'm hoping to order the car's cable
this weekend so it would help to know.

Oliver""", chase=True),
      ag("joanna", "11-06 14:00", """Hi Oliver,

Sorry for the slow reply. Yes: the charger we fit has an 'Eco+' mode that charges only from
surplus solar and pauses when the panels can't keep up, so in that mode it never draws from the
grid. It needs its own 32A circuit - it can't share the battery's - so a new circuit from the
consumer unit is part of the installation.

It has a Type 2 socket, so any standard Type 2 cable will fit.

Kind regards,"""),
      cu("11-06 15:10", """Perfect, thanks Joanna.

Oliver""", thanks=True)),

    C("s20-warranty-registration-second-contact", "en", "pending",
      {"unanswered-question": 1, "customer-chased": 1},
      "Fiona McAllister <fiona.mcallister@example.net>", "gmail", "Battery warranty registration",
      "Warranty registration and a second account contact; after the acknowledgement she checks in the "
      "next morning; the reply covers the registration only.",
      cu("11-16 09:00", """Hello,

The paperwork from our installation on 2 November says the battery warranty has to be registered
with the manufacturer within 30 days. Has Solwyn done that for us, or do I need to do it myself?

Also, could you add my husband, Alasdair McAllister (alasdair.mca@example.net), as a second contact on our account? He deals with most of the bills.

Thanks,
Fiona McAllister""", uq=1),
      ack("11-16 09:01"),
      cu("11-17 08:00", """Hi, just checking in on my email from yesterday about the warranty registration - the 30
days are ticking.

Fiona""", chase=True),
      ag("cerys", "11-17 08:40", """Dear Fiona,

We register every battery for our customers: yours was registered with the manufacturer on
3 November (serial ending 4471) and the 10-year warranty runs to November 2036. There's nothing
for you to do.

Kind regards,
Cerys""")),

    C("s21-optimisers-shaded-panels", "en", "closed", {"missed-follow-up": 1},
      "Ian Whitcombe <ian.whitcombe@example.com>", "thunderbird", "Optimisers on shaded panels?",
      "Whether optimisers can be retrofitted: Dev will find out from the manufacturer (no deadline) and "
      "never writes again.",
      cu("11-05 10:00", """Hello,

The big oak at the bottom of the garden shades our two lowest panels from about 2pm in winter.
Would fitting optimisers on those two panels help, and is it something you can retrofit?

Ian Whitcombe"""),
      ag("dev", "11-05 13:30", """Hi Ian,

Optimisers help in exactly that situation: without them the two shaded panels drag down the whole
string. Whether we can retrofit them depends on your inverter accepting them on a mixed string;
I'll find out from the manufacturer and let you know.

Regards,""", promises=[("window", None)]),
      cu("11-05 14:10", """Thanks Dev, appreciated.

Ian""", thanks=True)),

    C("s22-rear-roof-layout", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Hannah Cole <hannah.cole@example.org>", "gmail", "Revised layout - rear roof only",
      "Rear-roof-only layout promised by end of day and never sent; the inverter-in-the-garage price "
      "question is not addressed.",
      cu("11-09 09:40", """Hi Joanna,

Thanks for the quote. We've talked it over and would rather not have any panels on the front roof -
we're in a conservation area and the neighbours are already muttering. Could you send a revised
layout with as many panels as fit on the rear roof only?

And if the inverter goes in the garage instead of the loft, does that change the price?

Thanks,
Hannah""", uq=1),
      ag("joanna", "11-09 12:15", """Hi Hannah,

Understood - rear roof only is no problem, and it keeps things simple on the planning side too.
The rear roof should take 10 panels rather than 14; I'll redo the layout and send it over with
the revised figures by end of day.

Kind regards,""", promises=[("11-09", None)])),

    C("s23-bird-mesh-early-next-week", "en", "closed", {"missed-follow-up": 1},
      "Peter Hollis <peter.hollis@example.net>", "outlook", "Pigeons under the panels",
      "Bird mesh: price given, engineer dates promised early next week (said on a Thursday), sent on "
      "Wednesday; the customer picks a date (References with a gap) and it is booked.",
      cu("11-05 10:20", """Good morning,

Pigeons have moved in under our panels (installed 2023) and the noise and mess are getting worse.
Could you arrange for someone to fit mesh around the array? What does it cost, roughly?

Regards,
Peter Hollis"""),
      ag("cerys", "11-05 15:00", """Dear Peter,

We can certainly do that. For a 12-panel array like yours, mesh is £380-£450 depending on how many
nests need clearing first, access equipment included. Our bird-proofing engineer is booking into
December at the moment; I'll come back to you early next week with his available dates.

Kind regards,
Cerys""", promises=[("11-10", 3)]),
      ag("cerys", "11-11 11:30", """Dear Peter,

Apologies for the delay. Our engineer can do Tuesday 1 December or Thursday 3 December, arriving
between 8 and 9am. Which would suit you?

Kind regards,
Cerys"""),
      cu("11-11 13:05", """The 3rd, please. We'll leave the side gate unlocked.

Peter""", refs=[1, 3]),
      ag("cerys", "11-11 14:00", """Dear Peter,

Booked: Thursday 3 December, arrival between 8 and 9am, side gate noted.

Kind regards,
Cerys""")),

    C("s24-speicher-nachruestung-angebot", "de", "pending", {"missed-follow-up": 1},
      "Stefan Hartmann <stefan.hartmann@example.com>", "gmail_de", "Angebot für Speichernachrüstung",
      "Speicher für eine fremd installierte Anlage: Angebot bis Freitag versprochen, am Montag danach "
      "als PDF geschickt.",
      cu("11-10 18:30", """Hallo,

wir haben seit 2021 eine PV-Anlage an unserem Haus in Bath (nicht von Ihnen installiert, 3,6 kWp,
SMA-Wechselrichter) und möchten jetzt einen Batteriespeicher nachrüsten. Machen Sie das auch bei
Anlagen anderer Installateure? Wenn ja, könnten Sie uns ein Angebot schicken? Fotos vom
Wechselrichter und vom Zählerschrank hänge ich gern an, wenn das hilft.

Viele Grüße
Stefan Hartmann""", tz=1),
      ag("lena", "11-11 09:10", """Hallo Herr Hartmann,

ja, wir rüsten auch Anlagen anderer Installateure nach. Bei einem SMA-Wechselrichter ist das meist
ein AC-gekoppelter Speicher, der unabhängig vom vorhandenen Wechselrichter arbeitet. Fotos
brauchen wir nicht, Ihre Angaben reichen für ein erstes Angebot. Ich schicke es Ihnen bis Freitag.

Viele Grüße
Lena Brandt""", promises=[("11-13", 3)]),
      ag("lena", "11-16 14:20", """Hallo Herr Hartmann,

entschuldigen Sie die Verzögerung. Anbei unser Angebot für einen 9,5-kWh-Speicher mit AC-Kopplung
inklusive Installation: 6.240 £. Das Angebot gilt 30 Tage.

Viele Grüße
Lena Brandt""", attach=[("application/pdf", "Angebot-Q-5644.pdf", ANGEBOT_PDF)])),

    C("s25-finance-tomorrow-late", "en", "closed", {"missed-follow-up": 1},
      "Laura Bennett <laura.bennett@example.com>", "owa", "Finance options for 8kWp system",
      "Finance: Cerys says Malik will send the breakdown tomorrow; Malik sends it a day late.",
      cu("11-04 11:00", """Hi,

We'd like to go ahead with the quote from last week (Q-5521) but would prefer to spread the cost.
Do you offer finance, and what would the monthly payments look like over 5 and 10 years?

Thanks,
Laura Bennett"""),
      ag("cerys", "11-04 14:30", """Hi Laura,

Yes, we offer finance through our lending partner, over 3 to 10 years. The monthly figures depend
on the deposit, so I've passed your quote to Malik in accounts; he'll email you the breakdown for 5
and 10 years tomorrow.

Best wishes,
Cerys""", promises=[("11-05", 3)]),
      ag("malik", "11-06 16:00", """Dear Laura,

Apologies for the delay. For Q-5521 (£12,960) with a 10% deposit: over 60 months at 9.9% APR
representative it's £245.30 a month, over 120 months £152.80 a month. The full illustrations are
attached.

Kind regards,""", attach=[("application/pdf", "Finance-Q-5521.pdf", FINANCE_PDF)]),
      cu("11-06 18:20", """Thanks Malik, we'll go through them at the weekend.

Laura""", thanks=True)),

    C("s26-visita-descuento-recomendacion", "es", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Miguel Ángel Sanz <masanz@example.net>", "outlook", "Presupuesto - nos recomienda un vecino",
      "Fecha de visita prometida para el día siguiente y nunca enviada; la pregunta del descuento por "
      "recomendación queda sin respuesta.",
      cu("11-03 10:15", """Buenos días:

Mi vecino, el señor Dawson del número 18, les contrató la instalación en verano y está muy contento,
así que nos gustaría pedir presupuesto para nuestra casa. ¿Qué días tienen disponibles para la
visita técnica?

También me comentó que tienen un descuento por recomendación: ¿se aplica también a nosotros, o solo a él?

Un saludo,
Miguel Ángel Sanz""", tz=1, uq=1),
      ag("pilar", "11-03 13:00", """Buenos días, Miguel Ángel:

¡Qué bien que el señor Dawson nos haya recomendado! Esta semana estoy cerrando la agenda de visitas
de la zona de Clifton; mañana le escribo con la fecha de la visita técnica.

Un saludo,
Pilar""", promises=[("11-04", None)])),

    C("s27-firmware-kept-on-time", "en", "closed", {},
      "Simon Yates <simon.yates@example.org>", "android", "Battery not discharging in the evening",
      "Battery stuck at 100%: Dev finds a bad firmware update, promises the fix by Wednesday and "
      "confirms it on Wednesday.",
      cu("11-09 18:30", """Hi, since Saturday the battery sits at 100% all evening and we're importing from the grid
at teatime. Mode is still Self-use as far as I can see. Any ideas?

Simon

Get Outlook for Android"""),
      ag("dev", "11-10 09:05", """Hi Simon,

I've checked your system remotely: on Saturday the inverter picked up a faulty firmware update
that resets the discharge window to midnight-midnight. The manufacturer has a fix; I'll push it to
your inverter and email you once it's done, by Wednesday at the latest.

Regards,""", promises=[("11-11", 3)]),
      ag("dev", "11-11 10:40", """Hi Simon,

The fixed firmware went onto your inverter this morning and the discharge window is back to
normal, so the battery should cover the house from this evening.

Regards,"""),
      cu("11-11 20:10", """Yep, running off the battery tonight. Cheers Dev.

Simon

Get Outlook for Android""", thanks=True)),

    C("s28-survey-reschedule-ahead", "en", "pending", {},
      "Rachel Ingram <rachel.ingram@example.com>", "gmail", "Survey visit - rescheduling",
      "Survey moved; Joanna will confirm the new slot by Tuesday 24 November, still ahead at audit time.",
      cu("11-18 08:45", """Hi,

Our survey is booked for this Friday, 20 November, but I've been called into work. Could we move
it to the following week? Any weekday after 2pm works for us.

Thanks,
Rachel Ingram"""),
      ag("joanna", "11-18 11:20", """Hi Rachel,

No problem - I've cancelled Friday's visit. Our surveyor's diary for next week is finalised on
Monday; I'll confirm your new afternoon slot by Tuesday 24 November.

Kind regards,""", promises=[("11-24", None)])),

    C("s29-installation-week-logistics", "en", "pending", {},
      "David Achterberg <d.achterberg@example.net>", "apple", "Installation week - what to expect",
      "Three questions about installation week answered with logistics (scaffolders arrive Monday, "
      "power off Wednesday morning) - statements, not promises.",
      cu("11-16 19:20", """Hello,

Our installation is booked for the week of 23 November. A few questions so we can plan: do we
need to be at home the whole time? Where will the scaffolding go - we have a narrow side passage
with the bins in it. And will the power be off at any point?

Thanks,
David"""),
      ag("joanna", "11-17 09:30", """Dear David,

The scaffolders arrive on Monday 23 November at around 8am and put the tower at the back of the
house, going through the side passage, so please move the bins out front on Sunday evening.
Someone needs to be home on Tuesday and Wednesday, when the electricians work inside; on Monday and
Thursday you can be out. The power goes off for about two hours on Wednesday morning while the
battery and inverter are connected.

The scaffolding comes down on Friday 27 November.

Kind regards,"""),
      cu("11-17 10:05", """That's really helpful, thank you.

David""", thanks=True)),

    C("s30-monitoring-subscription-weekend", "en", "closed", {"slow-first-response": 1},
      "Margaret Ellison <m.ellison@example.org>", "outlook", "Solwyn Care subscription letter",
      "Friday-afternoon question about a paid monitoring plan, acknowledged automatically, answered on "
      "Monday; she asks to cancel and it is done.",
      cu("11-06 15:20", """Dear Sir or Madam,

I have received a letter saying the 'Solwyn Care' monitoring subscription for my system renews on
1 December at £6.50 a month. I was told when the system was fitted that monitoring was free. Is
this subscription necessary, and if I cancel it will my warranty be affected?

Yours faithfully,
Margaret Ellison"""),
      ack("11-06 15:21"),
      ag("cerys", "11-09 10:05", """Dear Mrs Ellison,

The basic monitoring in the app is free and stays free. Solwyn Care is an optional extra: we watch
your system for faults and send an engineer without a call-out charge. Cancelling it doesn't
affect your warranty in any way. You can cancel in the app under Account > Subscriptions, or reply
to this email and we'll do it for you.

Kind regards,
Cerys"""),
      cu("11-09 11:40", """Please cancel it.

Margaret Ellison"""),
      ag("cerys", "11-09 12:10", """Dear Mrs Ellison,

Done - Solwyn Care is cancelled and nothing will be taken on 1 December. The app now shows 'Basic
monitoring' under Account > Subscriptions.

Kind regards,
Cerys""")),

    C("s31-annexe-panneaux-onduleur", "fr", "open",
      {"unanswered-question": 1, "awaiting-reply": 1},
      "Camille Roux <camille.roux@example.com>", "gmail", "Panneaux sur l'annexe",
      "Panneaux sur une annexe: possible, prix donné, mais rien sur l'onduleur; ses nouvelles questions "
      "de mercredi attendent toujours.",
      cu("11-12 10:40", """Bonjour,

Vous nous avez posé 8 panneaux en 2024. Nous venons de construire une annexe au fond du jardin
(toit plat, environ 12 m²) : est-il possible d'y ajouter des panneaux raccordés à l'installation
existante ? Et pourriez-vous nous indiquer si l'onduleur actuel peut supporter des panneaux supplémentaires, ou s'il faudra le changer ?

Merci,
Camille Roux""", uq=1),
      ag("aurelie", "11-12 15:10", """Bonjour Madame Roux,

Oui, c'est tout à fait possible : sur un toit plat de 12 m², on peut poser 4 ou 5 panneaux sur des
supports inclinés lestés, sans percer la membrane. Le câble passerait dans une tranchée jusqu'à la
maison ; comptez environ 2 800 £ pour l'ensemble, tranchée comprise.

Bien cordialement,"""),
      cu("11-18 08:30", """Bonjour Madame Gosselin,

Merci pour ces informations. Avant de nous décider : la tranchée peut-elle passer sous la terrasse
en dalles, ou faut-il contourner par la pelouse ? Et faut-il un permis de construire pour des
panneaux sur une annexe ?

Camille Roux""")),

    C("s32-fresh-bungalow-quote", "en", "open", {},
      "Jack Whitfield <jack.whitfield@example.com>", "gmail", "Quote for solar on a bungalow in Portishead",
      "A new enquiry on the audit morning, acknowledged automatically; still inside the response target.",
      cu("11-20 09:14", """Hi,

We're in a 1970s bungalow in Portishead with a south-west facing roof and we're looking for a quote
for panels and a battery. Do you do free surveys? And how far ahead are you booking installations
at the moment?

Jack Whitfield"""),
      ack("11-20 09:15")),

    C("s33-isolator-labels-resolved", "en", "closed", {"reopened": 1},
      "Nadia Petrova <nadia.petrova@example.net>", "thunderbird", "Isolator switch label missing",
      "Missing isolator labels sent and the ticket tagged [Resolved]; two days later a blank inverter in "
      "the same thread.",
      cu("11-10 09:30", """Hello,

The building control officer came yesterday for our loft conversion and pointed out that the DC
isolator next to the inverter has no warning label. Could you send us the right label or pop one
round? He's coming back on the 17th.

Nadia Petrova"""),
      ag("cerys", "11-10 11:45", """Hi Nadia,

Sorry about that. A set of isolator and 'dual supply' labels went out first class this morning,
with a sheet showing where each one goes, so you'll have them well before the 17th.

Best wishes,
Cerys""", closes=True, subject="[Resolved] Re: Isolator switch label missing"),
      cu("11-12 18:30", """Hi Cerys,

Labels arrived, thank you. While fitting them I noticed the inverter display is now completely
blank, even at midday, and the app says 'offline'. Could the building work have disturbed
something? Can someone come and check before the inspector's visit on the 17th?

Nadia""", subject="Re: [Resolved] Isolator switch label missing"),
      ag("dev", "11-13 09:00", """Hi Nadia,

I've had a look remotely: the inverter has had no AC supply since Tuesday afternoon, which fits
with the electricians switching off the solar breaker in the consumer unit during the loft work.
Check the breaker labelled 'PV' in the consumer unit - if it's down, put it back up and the
display comes back within a minute. If it's already up, or it trips again, ring us on
0117 496 0725 and we'll get an engineer to you before the 17th.

Regards,""")),

    C("s34-house-sale-paperwork-list", "en", "closed", {"unanswered-question": 2},
      "Owen Thackray <owen.thackray@example.com>", "gmail", "Paperwork for house sale",
      "A solicitor's bulleted list of four items; the two certificates are attached, ownership and the "
      "warranty transfer are not addressed.",
      cu("11-05 08:50", """Hi,

We're selling the house and our solicitor has sent a list of what she needs about the solar
system. Could you help with these:

- a copy of the MCS certificate
- the electrical installation certificate
- confirmation the panels are owned outright, not leased (no roof-space lease)
- whether the 10-year workmanship warranty transfers to the buyers

The buyers' solicitor wants everything by the end of next week.

Thanks,
Owen Thackray""", uq=2),
      ag("cerys", "11-05 12:30", """Hi Owen,

Copies of the MCS certificate and the electrical installation certificate are attached.

Good luck with the sale!

Best wishes,
Cerys""", attach=[("application/pdf", "MCS-0291-402265.pdf", MCS2_PDF),
                   ("application/pdf", "EIC-7731.pdf", EIC_PDF)])),

    C("s35-fan-noise-then-savings", "en", "closed", {"unanswered-question": 1},
      "Grace Whitaker <grace.whitaker@example.org>", "gmail", "Inverter fan noise",
      "Fan rattle fixed; a week later two questions about the app's savings figure, of which one is "
      "answered (the reply lost its threading headers).",
      cu("11-02 10:00", """Hello, our inverter in the loft has started making a rattling fan noise when it's working
hard. Is that normal? It's about 18 months old.

Grace"""),
      ag("dev", "11-02 14:20", """Hi Grace,

A rattle usually means dust or a loose fan cover rather than a failing fan. Switch the inverter off
at the AC isolator and then the DC isolator, and check that the grille on the left-hand side is
clipped in firmly; a soft brush over it clears the dust. If it still rattles after that, let us
know and we'll replace the fan under warranty.

Regards,"""),
      cu("11-09 09:15", """Hi Dev,

The brush did the trick, it's quiet again - thanks. One more thing while I have you: the app's
'Energy saved' figure says £214 since we installed, which seems very low. How is that worked out?
And can I put in our actual tariff prices somewhere so it's accurate?

Grace""", uq=1),
      ag("dev", "11-09 13:00", """Hi Grace,

Glad the fan's sorted. The 'Energy saved' figure uses a flat 24.5p per kWh for the solar you used
yourself and nothing for exports - so if you're paid for exports on a separate tariff, that money
isn't in it at all.

Regards,""", thread=False)),

    C("s36-battery-garage-neighbour-answer", "en", "closed", {"unanswered-question": 1},
      "Tariq Hussain <tariq.hussain@example.com>", "outlook", "Battery location and install date",
      "Asks whether the battery can go in the detached garage; the reply confirms the date and argues "
      "for the utility room instead.",
      cu("11-04 09:30", """Hi Joanna,

Two things before our install:

Can the battery go in the detached garage rather than the utility room? The utility room is tiny
and we'd rather keep the space.

Also, is the install still on for 16 November?

Thanks,
Tariq""", uq=1),
      ag("joanna", "11-04 12:45", """Hi Tariq,

Yes, we're all set for Monday 16 November - the team will be with you from 8am.

On the utility room: it's actually a good spot for the battery, being inside the house and
frost-free, and the unit is only 24cm deep, so it will sit flat against the wall behind the door.

Kind regards,""")),

    C("s37-production-rapport-entretien", "fr", "closed", {"unanswered-question": 2},
      "Élise Dubois <elise.dubois@example.org>", "apple_fr", "Questions sur notre production",
      "Baisse de production, rapport annuel en PDF et contrat d'entretien; seule la baisse est expliquée.",
      cu("11-03 20:10", """Bonsoir,

Notre installation a produit 210 kWh en octobre, contre 480 kWh en septembre d'après l'application.
Est-ce normal, une telle baisse ? Par ailleurs, serait-il possible d'avoir le rapport annuel de production au format PDF pour notre assurance ? Et enfin, je voudrais savoir si vous proposez un contrat d'entretien pour le nettoyage des panneaux.

Bien à vous,
Élise Dubois""", uq=2),
      ag("aurelie", "11-04 09:20", """Bonjour Madame Dubois,

Oui, c'est tout à fait normal. En octobre les journées sont nettement plus courtes et le soleil
beaucoup plus bas qu'en septembre ; au Royaume-Uni, une installation produit souvent en octobre
moins de la moitié de sa production de septembre. Nous avons vérifié à distance : aucun panneau ne
présente d'anomalie.

Bien cordialement,""")),
]

CASES += [
    C("s38-factura-empresa-plazo", "es", "pending", {"unanswered-question": 1},
      "Lucía Navarro <lucia@navarrointeriores.example>", "gmail_es", "Presupuesto para el tejado del local",
      "Pregunta desde cuándo cuenta el plazo y pide de paso la factura a nombre de la empresa; solo se "
      "contesta el plazo.",
      cu("11-16 10:20", """Hola Pilar:

Gracias por el presupuesto para el tejado del local. Antes de firmar: ¿el plazo de instalación de
tres semanas empieza a contar desde la firma o desde el pago de la señal? Por cierto, les pido que la factura vaya a nombre de la empresa, Navarro Interiores Ltd (IVA GB 284 5519 07), y no al mío.

Un saludo,
Lucía Navarro""", uq=1),
      ag("pilar", "11-16 13:40", """Hola Lucía:

Desde el pago de la señal: en cuanto lo recibimos reservamos el material y el equipo, y las tres
semanas cuentan a partir de ese día.

Un saludo,
Pilar"""),
      cu("11-16 14:05", """Perfecto, gracias.

Lucía""", thanks=True)),

    C("s39-notstrom-nachruesten", "de", "closed", {"unanswered-question": 1},
      "Monika Schreiber <monika.schreiber@example.net>", "outlook_de", "Notstromfunktion bei Stromausfall?",
      "Haus dunkel beim Stromausfall: Notstrombox und Preis werden erklärt, die Frage nach der "
      "Überbrückungsdauer bleibt offen.",
      cu("11-04 16:30", """Sehr geehrte Damen und Herren,

letzte Woche hatten wir in unserer Straße drei Stunden Stromausfall, und unser Haus war komplett
dunkel, obwohl der Speicher zu 80 % voll war. Ich dachte, der Speicher versorgt uns dann weiter?
Lässt sich eine Notstromfunktion nachrüsten, und mit welchen Kosten müssten wir rechnen? Und wie lange würde der Speicher bei einem Ausfall ungefähr Kühlschrank und Heizungspumpe versorgen?

Mit freundlichen Grüßen
Monika Schreiber""", uq=1),
      ag("lena", "11-05 10:00", """Sehr geehrte Frau Schreiber,

Ihr Speicher ist ohne Notstrom-Umschalter installiert, und aus Sicherheitsgründen schaltet er sich
deshalb bei einem Netzausfall ab. Nachrüsten lässt sich das mit einer Notstrombox (EPS), die bei
einem Ausfall einen eigenen Stromkreis für ausgewählte Geräte weiter versorgt. Mit Einbau kostet
das 780 £; die Arbeiten dauern einen halben Tag.

Mit freundlichen Grüßen
Lena Brandt""")),

    C("s40-lettings-e07-eic-cc", "en", "closed", {"unanswered-question": 1},
      "Sarah Lindqvist <sarah@avonlets.example>", "outlook", "Flat 3, 3 Anchor Row - battery error E-07",
      "A letting agent (colleague in Cc, disclaimer, tenant's photo) asks about an error code and in "
      "passing for the electrical installation certificate; only the error is answered.",
      cu("11-06 10:05", """Hi,

I manage the lettings for 3 Anchor Row. The tenant in Flat 3 reports that the battery unit in the
communal cupboard shows a red light and error 'E-07' (the tenant's photo is attached). What does
that mean, and does someone need to attend?

And while I think of it, please email me the electrical installation certificate for the building's solar system - the landlord's insurer has asked for it.

Kind regards,
Sarah Lindqvist
Property Manager, Avon Lets

This email is confidential and may be legally privileged. If you are not the intended recipient,
please delete it and notify the sender.""", uq=1, cc="Tom Price <tom@avonlets.example>",
         attach=[("image/png", "flat3-battery.png", E07_PNG)]),
      ag("dev", "11-06 13:15", """Hi Sarah,

E-07 is a cell temperature warning: the battery is too cold to charge (below 0°C inside the unit),
which fits with the communal cupboard backing onto the outside wall and this week's frosts. It
protects itself and starts charging again once it warms up, so nobody needs to attend. If it keeps
happening over winter, we can fit a small thermostatic heater in the cupboard.

Regards,""", cc="Tom Price <tom@avonlets.example>")),

    C("s41-office-roof-ev-points-ooo", "en", "closed", {"unanswered-question": 2},
      "Jonathan Greaves <jgreaves@greaves-accountancy.example>", "outlook", "Solar for our office + EV charging for staff",
      "Commercial enquiry with three points; only the first is answered; the customer's out-of-office "
      "replies to the answer.",
      cu("11-02 09:20", """Dear Solwyn team,

We own a two-storey office building in Clevedon (Greaves Accountancy, 14 staff) and are looking at
solar for the flat roof. I'd be grateful for your help with a few points before we ask for a survey.

First, can you install on a commercial building of this size, and do you handle the network
application for a system of 20-30kWp? Second, we'd like four EV charge points in the car park for
staff - is that something you can quote for at the same time, and are there grants for workplace chargers at the moment? Finally, the roof membrane was replaced in 2019; would you need to see the roofer's warranty before fitting anything?

Kind regards,
Jonathan Greaves
Director, Greaves Accountancy Ltd""", uq=2),
      ag("joanna", "11-02 14:00", """Dear Jonathan,

Yes, we install on commercial roofs up to 50kWp, and we handle the G99 application to the network
operator for you; at 20-30kWp approval takes 8-12 weeks, which we'd build into the programme.

Kind regards,"""),
      auto("11-02 14:01", """Thank you for your email. I am out of the office until Monday 9 November with limited
access to email. For anything urgent please contact my colleague Amy Brooks on 01275 555 018.

Jonathan Greaves""", subject="Automatic reply: RE: Solar for our office + EV charging for staff",
           quote=False)),

    C("s42-moving-house-battery-base64", "en", "pending", {"unanswered-question": 1},
      "Emily Carter <emily.carter@example.com>", "apple", "Moving house - taking the battery with us?",
      "Moving the battery to a new-build (base64 body); the move and panels are answered, the buyers' "
      "export registration is not.",
      cu("11-16 21:30", """Hi there,

We're moving to a new-build in Nailsea in January. Is it possible to take the battery with us and
have it reinstalled at the new house, and roughly what would that cost? The new house has no
panels, so we'd also be interested in a quote for those.

And could you tell me if the buyers of our current house would need to re-register the panels anywhere for the export payments?

Thanks so much,
Emily""", cte="base64", uq=1),
      ag("cerys", "11-17 10:10", """Hi Emily,

Yes, we can move the battery: we'd decommission it at your current house and reinstall it with new
panels in Nailsea. On its own the move costs £450; if we fit new panels there at the same time,
it's included in the panel quote. Once you have the keys, reply here with a couple of dates and
we'll book a survey at the new house.

Best wishes,
Cerys""")),

    C("s43-csv-link-installer-access", "en", "closed", {"unanswered-question": 1},
      "Ben Oduya <ben.oduya@example.net>", "gmail", "Download generation history + installer access",
      "Two quick questions: the reply is a bare help link for the download; the request to remove "
      "installer access is not addressed.",
      cu("11-03 17:20", """Hi,

Two quick ones. Where can I download our generation history as a spreadsheet? I want to compare it
with our bills.

And now that the system is paid off, can you remove the installer access to our monitoring account? I'd rather not have anyone else able to change settings.

Ben""", uq=1),
      ag("cerys", "11-04 09:05", """Hi Ben,

https://solwynsolar.example/help/export-generation-csv

Best wishes,
Cerys"""),
      cu("11-04 12:00", """Thanks.

Ben""", thanks=True)),

    C("s44-forwarded-supplier-form-html", "en", "closed", {},
      "Janet Morley <janet.morley@example.org>", "gmail", "Fwd: Your export tariff application - further information needed",
      "HTML-only mail forwarding the supplier's questions; her own request (fill in the installer "
      "section) is answered with the signed form attached.",
      cu("11-09 11:00", """Hello,

Please see below from our energy supplier. I don't understand what they want. Can you fill in the
installer part of the form they mention and send it back to me?

Thank you,
Janet Morley

---------- Forwarded message ---------
From: Export Team <export@brightvolt-energy.example>
Date: Fri, 6 Nov 2026 at 16:02
Subject: Your export tariff application - further information needed
To: <janet.morley@example.org>

Dear Mrs Morley,

Thank you for applying for our Smart Export Guarantee tariff. Before we can process your
application, could you ask your installer to complete Section B of the attached Installer
Declaration? Have you also checked that your MCS certificate shows the correct address?

Please reply with the completed form within 28 days.

BrightVolt Energy Export Team""", kind="html"),
      ag("cerys", "11-09 14:30", """Dear Janet,

I've completed Section B of the Installer Declaration - it's attached, signed and ready for you to
send back to BrightVolt. I've also checked your MCS certificate: the address on it is correct.

Kind regards,
Cerys""", attach=[("application/pdf", "Installer-Declaration-SectionB.pdf", DECLARATION_PDF)]),
      cu("11-09 15:00", """Wonderful, thank you so much - sent it off.

Janet""", thanks=True)),

    C("s45-holiday-home-away-mode", "en", "closed", {},
      "Alan Pritchard <alan.pritchard@example.com>", "gmail", "Holiday home - switching the system to away mode",
      "Writing from Boston (UTC-5): a pleasantry, a rhetorical question and a self-answered one around "
      "one real question, which is answered; a '?' URL in the signature.",
      cu("11-02 07:30", """Hi Cerys,

Hope you had a good weekend? We're over in Boston visiting our daughter until February and the
cottage in Porlock is empty. Who knew a house with nobody in it could still use 6kWh a day? Anyway -
is there an 'away' setting that stops the battery cycling for nothing while we're gone? I was going
to ask where the serial number is, but I've found it on the side of the unit: SB-77120-K.

Best,
Alan Pritchard

Porlock Weir Cottage - holiday lets: https://porlockweircottage.example/book?src=email""", tz=-5),
      ag("cerys", "11-02 15:10", """Hi Alan,

Yes: in the app go to Settings > Work mode and choose 'Backup'. The battery then holds at 100% and
only discharges in a power cut, so it won't cycle every day while the house is empty. Switch back
to 'Self-use' when you're home. The 6kWh is most likely the fridge-freezer, the router and the
heating's frost protection.

Best wishes,
Cerys""")),

    C("s46-move-inverter-extension", "en", "pending", {},
      "Harriet Coombes <harriet@coombesbakehouse.example>", "gmail", "Kitchen extension - moving the inverter",
      "Moving the inverter for an extension, answered; her thanks carries a signature with a question "
      "and a '?' URL.",
      cu("11-16 11:00", """Hello,

We're having a kitchen extension built in the spring and the inverter is on the wall the builders
need to knock through. Can you move it, and how much notice do you need?

Harriet Coombes
Coombes Bakehouse
Fancy a loaf for the weekend? Order at https://coombesbakehouse.example/order?week=47"""),
      ag("joanna", "11-16 15:30", """Hi Harriet,

Yes, we move inverters regularly - it's a half-day job, £295 if the new spot is within 5 metres of
the old one. Give us about three weeks' notice and we'll fit it around your builder's schedule.

Kind regards,"""),
      cu("11-16 16:05", """Great, thanks Joanna - will be in touch when the builders have a date.

Harriet Coombes
Coombes Bakehouse
Fancy a loaf for the weekend? Order at https://coombesbakehouse.example/order?week=47""", thanks=True)),

    C("s47-limite-exportacion-claro", "es", "closed", {},
      "Rosa Delgado <rosa.delgado@example.org>", "iphone", "Límite de exportación",
      "Pide bajar el límite de exportación; respuesta en línea con un simple «Claro.» y el cambio hecho.",
      cu("11-05 09:30", """Hola:

Una pregunta rápida: ¿podrían cambiar el límite de exportación de nuestro inversor a 3,68 kW? La
compañía eléctrica nos lo ha pedido. ¿Y cuánto tiempo tardaría?

Gracias,
Rosa Delgado

Enviado desde mi iPhone"""),
      ag("pilar", "11-05 11:00", """Hola Rosa:

> ¿podrían cambiar el límite de exportación de nuestro inversor a 3,68 kW?

Claro.

> ¿Y cuánto tiempo tardaría?

Ya está: lo he cambiado en remoto hace cinco minutos.

Un saludo,
Pilar""", quote=False),
      cu("11-05 12:20", """¡Qué rapidez! Muchas gracias.

Rosa

Enviado desde mi iPhone""", thanks=True)),

    C("s48-zaehlerwechsel-smart-meter", "de", "pending", {},
      "Andreas Keller <andreas.keller@example.com>", "thunderbird_de", "Zählerwechsel nächste Woche",
      "Zwei Fragen zum Zählertausch, mit einem «nein und nein» zusammen beantwortet.",
      cu("11-17 08:10", """Hallo Frau Brandt,

nächste Woche tauscht unser Netzbetreiber den Stromzähler gegen einen Smart Meter. Muss ich vorher
am Wechselrichter etwas umstellen? Und muss ich den Speicher dafür ausschalten?

Gruß
Andreas Keller"""),
      ag("lena", "11-17 11:30", """Hallo Herr Keller,

nein und nein: Wechselrichter und Speicher erleben den Zählertausch nur als kurzen Stromausfall
und laufen danach von selbst wieder an. Schicken Sie uns nach dem Tausch bitte die neue
Zählernummer, damit wir sie für Ihre Einspeisevergütung hinterlegen können.

Viele Grüße
Lena Brandt""")),

    C("s49-panneau-souleve-tempete", "fr", "closed", {},
      "Antoine Mercier <antoine.mercier@example.net>", "gmail", "Panneau soulevé après la tempête",
      "Panneau soulevé: « Oui aux deux questions », visite fixée; le client remercie.",
      cu("11-02 17:00", """Bonjour,

Après la tempête de samedi, un des panneaux semble légèrement soulevé côté gouttière. Pouvez-vous
envoyer quelqu'un pour vérifier la fixation ? Et est-ce couvert par votre garantie de pose ?

Merci,
Antoine Mercier"""),
      ag("aurelie", "11-03 09:10", """Bonjour Monsieur Mercier,

Oui aux deux questions : un défaut de fixation est couvert par notre garantie de pose de 10 ans,
et notre technicien passe jeudi 5 novembre entre 8 h et 10 h pour resserrer les crochets. D'ici là,
merci de ne pas monter sur le toit.

Bien cordialement,"""),
      cu("11-05 14:00", """Le technicien est passé ce matin, tout est en ordre. Merci beaucoup !

Antoine""", thanks=True)),

    C("s50-app-history-two-at-once", "en", "closed", {},
      "Chloe Barnes <chloe.barnes@example.com>", "android", "Quick ones about the app",
      "Two questions answered together in one sentence.",
      cu("11-03 12:10", """Hi, two quick questions: how many days of history does the app keep, and can I share
access with my partner?

Chloe

Get Outlook for Android"""),
      ag("cerys", "11-03 13:00", """Hi Chloe,

All of it since installation, and yes - Account > Family > Invite, then enter your partner's email.

Best wishes,
Cerys""")),

    C("s51-engineer-which-day", "en", "closed", {},
      "Kevin Doyle <kevin.doyle@example.org>", "thunderbird", "Engineer visit - which day?",
      "Which day is the engineer coming? Answered with a bare day.",
      cu("11-10 08:15", """Morning,

Your text said the engineer will be with us this week to replace the battery data cable but didn't
say which day. Which day is it?

Kevin Doyle"""),
      ag("joanna", "11-10 09:00", """Thursday.

Kind regards,"""),
      cu("11-10 09:20", """Cheers.

Kevin""", thanks=True)),

    C("s52-park-on-drive-of-course", "en", "closed", {},
      "Louise Harper <louise.harper@example.com>", "iphone", "Installers parking",
      "Can the installers park on the drive? A bare \"Of course.\"",
      cu("11-09 07:50", """Hi Joanna, the installers are coming Thursday. Our road has double yellows all along -
can they park their van on our drive? We'll move our car out.

Louise

Sent from my iPhone"""),
      ag("joanna", "11-09 09:15", """Of course.

Kind regards,""")),

    C("s53-swollen-battery-handover", "en", "closed", {},
      "Martin Clegg <martin.clegg@example.net>", "outlook", "Battery casing bulging?",
      "Swollen battery casing: Cerys hands over to Dev, who answers within two hours (a promise kept by a "
      "colleague); the swap date is logistics.",
      cu("11-04 10:00", """Hello,

The battery casing looks slightly bulged on the left side compared with when it was fitted. Is that
a known problem, and is it safe to keep using it? We've got a toddler and it's in the hallway
cupboard.

Martin Clegg"""),
      ag("cerys", "11-04 10:40", """Dear Martin,

Thank you for flagging this straight away. I've passed your email to Dev in our technical team, who
handles battery warranty claims; he'll be in touch shortly. In the meantime please keep the
cupboard door closed and don't touch the unit.

Kind regards,
Cerys""", promises=[("window", 3)]),
      ag("dev", "11-04 12:15", """Hi Martin,

Dev here, following on from Cerys. A bulge in the casing can mean a swollen cell - a known but rare
warranty fault on this model - so it shouldn't stay in use: I've switched the battery off
remotely, and the rest of the system runs normally without it. The manufacturer is sending a
replacement under warranty and our engineer swaps it on Monday 9 November.

Regards,"""),
      cu("11-04 13:00", """Thank you both, that's a relief.

Martin""", thanks=True)),

    C("s54-inverter-dead-serial-photo", "en", "pending", {},
      "Paul Winter <paul.winter@example.com>", "gmail", "Inverter dead - warranty?",
      "Dead inverter; Dev asks for the serial-number sticker, Paul sends the photo (not a chase), the "
      "claim is raised and the fitting booked.",
      cu("11-16 09:30", """Hi,

Our inverter died on Saturday - completely blank screen, and the app says offline since 2pm. It's
4 years old. Is it still under warranty, and how quickly can you replace it?

Paul Winter"""),
      ag("dev", "11-16 11:45", """Hi Paul,

Sorry to hear that. The inverter warranty is 10 years, so you're well covered. To raise the claim
with the manufacturer I need the serial number from the sticker on the right-hand side of the
inverter - could you send me a photo of it?

Regards,"""),
      cu("11-16 13:10", """Hi Dev, photo of the sticker attached. The serial looks like 5K-3M-1190-2241.

Paul""", attach=[("image/png", "inverter-sticker.png", STICKER_PNG)]),
      ag("dev", "11-16 16:20", """Thanks Paul. Claim raised with the manufacturer, reference WC-88213, and the
replacement inverter is booked in for Thursday 19 November, morning.

Regards,""")),

    C("s55-g98-export-cap-alt", "en", "closed", {},
      "Zoe Hartley <zoe.hartley@example.org>", "owa", "Export limit under G98?",
      "A G98 export question, answered in a multipart/alternative reply.",
      cu("11-05 09:05", """Hello,

Our installation notice says the system was registered under G98. Does that mean our export is
capped, and if so at what level?

Many thanks,
Zoe Hartley"""),
      ag("dev", "11-05 10:30", """Hi Zoe,

G98 covers inverters up to 3.68kW per phase, and yours is 3.6kW, so there's no separate export cap:
you can export everything the inverter produces.

Regards,""", kind="alt")),

    C("s56-lost-manual-attachment", "en", "closed", {},
      "Yusuf Demir <yusuf.demir@example.net>", "apple", "Battery manual",
      "Lost manual and where the winter settings are: the PDF is attached, with the page number.",
      cu("11-10 20:45", """Hi,

We've lost the manual for the battery in the house move. Could you send us a copy? And which
section covers the winter settings?

Thanks,
Yusuf"""),
      ag("cerys", "11-11 09:20", """Hi Yusuf,

Here you go - the manual is attached; winter operation and the reserve level are on page 14.

Best wishes,
Cerys""", attach=[("application/pdf", "Battery-5.2-manual.pdf", MANUAL_PDF)])),
]

UNANSWERED: dict[str, list[str]] = {
    "s02-quote-scaffold-birdmesh": [
        "Could you also quote for fitting bird mesh around the panels while the scaffold is up?"],
    "s05-garantie-speicher-app": [
        "Und könnten Sie mir bitte die Garantieurkunde für den Speicher noch einmal als PDF schicken?"],
    "s07-limpieza-granizo": [
        "si uno de los nuestros estuviera dañado, ¿lo cubriría la garantía?"],
    "s12-annual-service-long-mail": [
        "is that something he can do on the same visit or is it a separate call-out?",
        "can you take that away or do we need to get rid of it ourselves?"],
    "s17-scaffolding-charged-twice": [
        "Please also send a corrected invoice showing the 0% VAT"],
    "s20-warranty-registration-second-contact": [
        "could you add my husband, Alasdair McAllister (alasdair.mca@example.net), as a second contact on our account?"],
    "s22-rear-roof-layout": [
        "And if the inverter goes in the garage instead of the loft, does that change the price?"],
    "s26-visita-descuento-recomendacion": [
        "También me comentó que tienen un descuento por recomendación: ¿se aplica también a nosotros, o solo a él?"],
    "s31-annexe-panneaux-onduleur": [
        "pourriez-vous nous indiquer si l'onduleur actuel peut supporter des panneaux supplémentaires, ou s'il faudra le changer ?"],
    "s34-house-sale-paperwork-list": [
        "confirmation the panels are owned outright, not leased (no roof-space lease)",
        "whether the 10-year workmanship warranty transfers to the buyers"],
    "s35-fan-noise-then-savings": [
        "And can I put in our actual tariff prices somewhere so it's accurate?"],
    "s36-battery-garage-neighbour-answer": [
        "Can the battery go in the detached garage rather than the utility room?"],
    "s37-production-rapport-entretien": [
        "serait-il possible d'avoir le rapport annuel de production au format PDF pour notre assurance ?",
        "je voudrais savoir si vous proposez un contrat d'entretien pour le nettoyage des panneaux."],
    "s38-factura-empresa-plazo": [
        "les pido que la factura vaya a nombre de la empresa, Navarro Interiores Ltd (IVA GB 284 5519 07), y no al mío."],
    "s39-notstrom-nachruesten": [
        "Und wie lange würde der Speicher bei einem Ausfall ungefähr Kühlschrank und Heizungspumpe versorgen?"],
    "s40-lettings-e07-eic-cc": [
        "please email me the electrical installation certificate for the building's solar system"],
    "s41-office-roof-ev-points-ooo": [
        "is that something you can quote for at the same time, and are there grants for workplace chargers at the moment?",
        "would you need to see the roofer's warranty before fitting anything?"],
    "s42-moving-house-battery-base64": [
        "And could you tell me if the buyers of our current house would need to re-register the panels anywhere for the export payments?"],
    "s43-csv-link-installer-access": [
        "can you remove the installer access to our monitoring account?"],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice126 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
