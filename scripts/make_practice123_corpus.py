#!/usr/bin/env python3
"""Regenerate ``tests/practice123/``: a labelled corpus of Brookfield Plumbing & Drainage.

A support mailbox of a fictional Sussex plumbing, heating and drainage firm (blocked drains,
CCTV drain surveys, boiler servicing and gas safety certificates, leaks, bathroom refits,
landlord and commercial accounts, quotes and invoices), written without looking at the
detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``brookfieldplumbing.example``.

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

Usage: python scripts/make_practice123_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "brookfieldplumbing.example"
DESK = "Brookfield Plumbing Service Desk <help@brookfieldplumbing.example>"

AGENTS = {
    "dan": ("Dan Pryce <dan.pryce@brookfieldplumbing.example>", "thunderbird", """-- 
Dan Pryce
Service Desk | Brookfield Plumbing & Drainage
Unit 4, Lyons Farm Estate, Worthing BN14 | 01273 555 210
Book online: https://brookfieldplumbing.example/book?src=email"""),
    "kerry": ("Kerry Alcott <kerry.alcott@brookfieldplumbing.example>", "outlook", """Kerry Alcott
Drainage & CCTV Surveys | Brookfield Plumbing & Drainage
Blocked drain out of hours? Call 01273 555 210, 24/7."""),
    "sam": ("Samir Haddad <samir.haddad@brookfieldplumbing.example>", "outlook", """Samir Haddad
Accounts & Quotations | Brookfield Plumbing & Drainage
This e-mail and any attachment are confidential and intended only for the addressee. If you
have received it in error please tell us and delete it."""),
    "bex": ("Bex Lowther <bex.lowther@brookfieldplumbing.example>", "apple", """Bex Lowther
Heating & Bathrooms | Brookfield Plumbing & Drainage
Gas Safe reg. 512377 | https://brookfieldplumbing.example/bathrooms?from=sig"""),
    "lukas": ("Lukas Brandt <lukas.brandt@brookfieldplumbing.example>", "thunderbird_de", """-- 
Lukas Brandt
Kundenbetreuung (Deutsch) | Brookfield Plumbing & Drainage
+44 1273 555 214"""),
    "claire": ("Claire Dufresne <claire.dufresne@brookfieldplumbing.example>", "apple_fr", """Claire Dufresne
Service client (français) | Brookfield Plumbing & Drainage
https://brookfieldplumbing.example/fr?utm_source=email"""),
    "lucia": ("Lucía Serrano <lucia.serrano@brookfieldplumbing.example>", "gmail_es", """--
Lucía Serrano
Atención al cliente (español) | Brookfield Plumbing & Drainage
+44 1273 555 216"""),
}

ACK = """Hello,

Thank you for contacting Brookfield Plumbing & Drainage. This is an automatic
reply: your message has been logged as {ref}.

Our service desk is open Monday to Friday 8am-6pm and Saturday 9am-1pm, and we
aim to reply within one working day.

Burst pipe, no water or sewage coming back up? Please don't wait for an email -
call 01273 555 210, 24 hours a day.

Brookfield Plumbing & Drainage
https://brookfieldplumbing.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Brookfield Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bpd.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice123", title="Brookfield Plumbing & Drainage", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="BPD-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

SERVICE_QUOTE_PDF = mailcraft.pdf(["Brookfield Plumbing & Drainage - Quotation Q-26-1187",
                                   "Annual boiler service + CP12, 6 flats, Kemptown",
                                   "Per flat: GBP 85.00 / All six on one day: GBP 450.00",
                                   "Valid until 31 December 2026"])
CCTV_REPORT_PDF = mailcraft.pdf(["Brookfield Plumbing & Drainage - CCTV Drain Survey",
                                 "22 Perrymount Road, Haywards Heath RH16 3DN - 06/11/2026",
                                 "Runs: 100mm vitrified clay, fair condition",
                                 "Defect: displaced joint 4.2m from rear chamber MH2",
                                 "Recommendation: patch liner, est. GBP 380 + VAT"])
INVOICE_CISTERN_PDF = mailcraft.pdf(["Brookfield Plumbing & Drainage - Invoice BP-20931",
                                     "WC cistern: replace fill valve and flush valve washer",
                                     "Total GBP 118.80 incl. VAT - bank transfer, ref BP-20931"])
INVOICE_PO_PDF = mailcraft.pdf(["Brookfield Plumbing & Drainage - Invoice BP-20877 reissued",
                                "Customer PO: PO-55102 - Queens Road office",
                                "Urinal flush valves x3 - Total GBP 342.00 incl. VAT"])
DEVIS_PDF = mailcraft.pdf(["Brookfield Plumbing & Drainage - Devis D-26-0412",
                           "Remplacement ballon d'eau chaude 120 litres, pose comprise",
                           "Total: GBP 1250.00 TTC - 3 Lansdowne Place, Hove"])
FACTURA_PDF = mailcraft.pdf(["Brookfield Plumbing & Drainage - Invoice BP-20898 corrected",
                             "Customer: Rosario Ortega Gil - Flat 6, 19 Oakley Square NW1",
                             "Replacement electric water heater - GBP 684.00 incl. VAT"])
SERVICE_RECORD_PDF = mailcraft.pdf(["Brookfield Plumbing & Drainage - Service record, job 17402",
                                    "18 Preston Park Avenue, Brighton - 14/10/2025",
                                    "Vaillant ecoTEC plus 832 - serviced, flue gas 0.0021 ratio",
                                    "Engineer: M. Whitlock, Gas Safe 601244"])
FACTURE_PDF = mailcraft.pdf(["Brookfield Plumbing & Drainage - Facture 20902 corrigee",
                             "Girard Traiteur - vidange bac a graisse, 04/11/2026",
                             "Supplement hors horaires supprime - Total GBP 216.00 TTC"])
ANGEBOT_PDF = mailcraft.pdf(["Brookfield Plumbing & Drainage - Angebot A-26-0233",
                             "Neuer Heizkessel Worcester Bosch Greenstar 4000 30kW",
                             "inkl. Einbau, Spuelung und Filter: GBP 2450.00"])
TRADE_RATES_PDF = mailcraft.pdf(["Brookfield Plumbing & Drainage - Trade rates 2026/27",
                                 "Plumber + mate, day rate: GBP 460 + VAT",
                                 "Plumber, day rate: GBP 295 + VAT - materials at cost + 10%"])
SANIFLO_PNG = mailcraft.png(24, 16, lambda x, y: (235, 235, 230) if 3 < y < 12 else (40, 90, 160))
VALVE_SKETCH_PNG = mailcraft.png(20, 20, lambda x, y: (250, 250, 250) if (x - 10) ** 2 + (y - 10) ** 2 > 30
                                 else (30, 30, 30))
ROBINET_PNG = mailcraft.png(16, 24, lambda x, y: (200, 200, 205) if 5 < x < 11 else (120, 95, 70))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("b01-mixer-tap-hove", "en", "closed", {}, "Harriet Vance <harriet.vance@example.com>", "gmail",
      "Dripping kitchen mixer tap",
      "Repair-or-replace and who-supplies-the-tap answered out of order in one paragraph; thanks-only reply.",
      cu("11-02 08:41", """Hi,

Our kitchen mixer tap has been dripping for about a fortnight and it's getting worse - there's a steady drip from the spout even with the lever pushed right down. It's a single-lever Franke, maybe 8 years old.

Is it worth repairing (new cartridge?) or should we just replace it? And if we replace it, do you supply the tap or do we buy one and you fit it?

We're at 14 Dyke Road Avenue, Hove.

Thanks,
Harriet"""),
      ag("dan", "11-02 10:15", """Hi Harriet,

Either way works for us - we can supply one, or fit one you've bought (if you buy your own, pick one with flexible tails so it's a straight swap). Honestly, on an 8-year-old Franke a new cartridge usually cures the drip, about £45 fitted on top of the call-out, so I'd try that before spending £150+ on a new tap. Marcus could come out Thursday morning between 8 and 12 if that suits.

Kind regards,
Dan"""),
      cu("11-02 11:02", """Thursday morning is perfect, thank you Dan!

Harriet""", thanks=True)),

    C("b02-shared-drain-lewes", "en", "closed", {"unanswered-question": 1},
      "Tom Okafor <tom.okafor@okafor-family.example>", "outlook", "Drain backing up at the back of the house",
      "Visit booked and next-door access answered; who pays if the blockage is in the shared run is skipped.",
      cu("11-03 07:55", """Hi,

The drain at the back of our house has backed up overnight - the inspection chamber by the back door is full to the brim and the kitchen sink won't empty.

Could someone come out today or tomorrow? The chamber is in our garden but I'm fairly sure the run is shared with next door (we're a semi). If it turns out the blockage is in the shared section, who pays - us or the water company? Also, do you need access to next door's garden? I can ask them, they're in most days.

Tom Okafor
7 Southdown Avenue, Lewes BN7""", uq=1),
      ack("11-03 07:56"),
      ag("kerry", "11-03 09:20", """Hi Tom,

I can have an engineer with a jetter with you tomorrow (Wednesday) between 10 and 2. We'll work from your chamber, so we shouldn't need next door's garden unless the blockage turns out to be beyond their chamber - worth giving them a heads-up just in case.

Until then please avoid running the washing machine or dishwasher.

Kind regards,
Kerry"""),
      cu("11-04 15:30", """Your chap's been and it's all flowing again. Thanks for the quick turnaround.

Tom""", thanks=True)),

    C("b03-kemptown-boiler-quote", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Priya Nair <priya@nairlettings.example>", "outlook", "Quote - boiler servicing for 6 flats",
      "Written quote promised by Thursday arrives the following Monday after a chase (late = missed).",
      cu("11-02 09:10", """Hi,

Could you quote for annual boiler servicing across six flats we manage in Kemptown (Eastern Road, flats 1-6)? They're all Worcester Bosch combis, fitted 2019.

Can the gas safety certificates be done on the same visit? And do you offer a discount if we book all six on one day?

Best wishes,
Priya Nair
Nair Lettings"""),
      ag("sam", "11-02 13:40", """Hi Priya,

Yes, the engineer does the CP12 on the same visit - it adds about 20 minutes per flat. We do have a multi-property rate too. I'll put together a written quote with both the per-flat and the all-six price and send it over by Thursday.

Best regards,
Samir""", promises=[("11-05", 4)]),
      cu("11-07 10:05", """Hi Samir,

Just following up on the quote for the six Kemptown flats - I was hoping to have it for our landlord meeting on Monday. Any news?

Thanks,
Priya""", chase=True),
      ag("sam", "11-09 08:50", """Hi Priya,

Apologies for the delay - the quote is attached: £85 per flat for the service and CP12, or £450 if we do all six on one day. It's valid until 31 December.

Best regards,
Samir""", attach=[("application/pdf", "Quotation-Q-26-1187.pdf", SERVICE_QUOTE_PDF)]),
      cu("11-09 09:30", """Thanks Samir, got it just in time.

Priya""", thanks=True)),

    C("b04-warmwasserspeicher-richmond", "de", "closed", {"unanswered-question": 1},
      "Jörg Albrecht <j.albrecht@albrecht-immobilien.example>", "gmail_de", "Undichter Warmwasserspeicher in Richmond",
      "Repair/replacement cost and visit answered; the request to invoice his company is ignored.",
      cu("11-04 19:20", """Guten Abend,

in unserer vermieteten Wohnung in Richmond (12 Kew Road, Flat 3) ist der Warmwasserspeicher undicht, laut Mieterin tropft es seit Tagen aus dem Überdruckventil.

Können Sie sich das diese Woche ansehen? Was würde ein Austausch ungefähr kosten, falls sich eine Reparatur nicht mehr lohnt? Außerdem bitte ich Sie, die Rechnung auf meine Firma auszustellen: Albrecht Immobilien GmbH, Leopoldstraße 40, 80802 München.

Die Mieterin, Frau Kaur, ist unter 07700 900412 erreichbar.

Mit freundlichen Grüßen
Jörg Albrecht""", uq=1),
      ag("lukas", "11-05 08:30", """Guten Morgen Herr Albrecht,

ein tropfendes Überdruckventil ist oft nur das Ventil selbst oder ein leeres Ausdehnungsgefäß - das lässt sich meistens reparieren (ca. 180-260 £). Ein kompletter Austausch eines 150-Liter-Speichers liegt bei etwa 1.400-1.800 £ inklusive Einbau.

Ich habe Frau Kaur eben erreicht: unser Techniker kommt am Freitag zwischen 8 und 12 Uhr.

Viele Grüße
Lukas Brandt"""),
      cu("11-05 10:02", """Vielen Dank, das ging schnell!

J. Albrecht""", thanks=True), tz=1),

    C("b05-cctv-pre-purchase", "en", "closed", {}, "Megan Doyle <megan.doyle@example.org>", "apple",
      "Pre-purchase drain survey - Haywards Heath",
      "Survey booked; the customer's second mail sends the agent's details support asked for (not a chase); report as PDF.",
      cu("11-02 14:12", """Hello,

We're buying a 1930s house in Haywards Heath and our surveyor has recommended a CCTV drain survey before we exchange. How soon could you do one, and what does it cost?

The vendors have already moved out, so the estate agent would need to let you in.

Many thanks,
Megan Doyle""", kind="alt"),
      ag("kerry", "11-02 16:05", """Hi Megan,

A pre-purchase survey is £195 + VAT, including a written report with stills of anything we find. I can do Friday 6th at 9am.

Could you send me the estate agent's contact and the full address? We collect keys from agents all the time.

Kind regards,
Kerry"""),
      cu("11-02 16:40", """Brilliant, Friday at 9 is fine.

The agent is Lucy Marsh at Oakfield Homes, 01444 555 019, and the house is 22 Perrymount Road, RH16 3DN.

Megan""", kind="alt"),
      ag("kerry", "11-06 15:20", """Hi Megan,

Survey done this morning - the report is attached. Short version: the runs are clay and in fair condition apart from one displaced joint 4.2 m from the rear chamber, which would be worth a patch liner at some point (around £380 + VAT). Nothing that should hold up your purchase.

Kind regards,
Kerry""", attach=[("application/pdf", "CCTV-survey-22-Perrymount-Road.pdf", CCTV_REPORT_PDF)]),
      cu("11-06 17:48", """That's a relief - thank you so much, Kerry!

Megan""", thanks=True, kind="alt")),

    C("b06-cold-radiators-surrenden", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Gareth Price <gareth.price@example.net>", "thunderbird", "Radiators cold at the top, pressure dropping",
      "Monday mail missed; the customer replies to his own mail on Wednesday to chase; answered that day (slow first response).",
      cu("11-16 08:05", """Morning,

Three of our upstairs radiators are stone cold at the top but warm at the bottom, and the boiler pressure keeps dropping to about 0.5 bar overnight. I've bled them twice and topped the pressure back up to 1.5.

Can someone come and look at it this week? I also wondered whether it's worth doing a power flush while you're here - the system is about 15 years old.

Gareth Price
41 Surrenden Road, Brighton"""),
      cu("11-18 07:50", """Hi,

I sent the email below on Monday and haven't heard anything back. The house is getting pretty cold now - could somebody at least let me know when you can come?

Gareth""", chase=True),
      ag("bex", "11-18 11:30", """Hi Gareth,

I'm really sorry - your email slipped past us on Monday.

Pressure dropping overnight usually means a small leak somewhere or a tired expansion vessel, and that would also explain the air you keep bleeding out. Marcus can come tomorrow (Thursday) between 8 and 10.

On the power flush: let him check the system first. If the water comes out dirty, a flush for a house your size is about £420 and we could do it the week after.

Bex""")),

    C("b07-power-flush-questions", "en", "open", {"awaiting-reply": 1},
      "Aisha Rahman <aisha.rahman@example.com>", "owa", "Power flush before winter",
      "Three questions, only the acknowledgement since Wednesday: awaiting reply.",
      cu("11-18 12:14", """Hi,

We're thinking of getting a power flush done before it gets properly cold - the radiators have been patchy since last winter.

How long does it take, do we need to be at home the whole time, and do you add inhibitor afterwards?

Thanks,
Aisha Rahman
23 Hollingbury Road, Brighton"""),
      ack("11-18 12:15")),

    C("b08-frost-proof-tap", "en", "open", {}, "Colin Baxter <colin@baxterbuild.example>", "iphone",
      "Outside tap",
      "Fresh enquiry on the morning of the audit, only acknowledged: inside the response target.",
      cu("11-20 09:32", """Hi, the outside tap froze last week and now the pipe behind it is weeping inside the garage. Can you fit a frost-proof one and roughly how much?

Colin

Sent from my iPhone"""),
      ack("11-20 09:33")),

    C("b09-cistern-then-shower", "en", "closed", {"reopened": 1}, "Fiona Marsh <fiona.marsh@example.org>", "gmail",
      "Toilet cistern running constantly",
      "Cistern fixed, invoice sent and job marked resolved; the customer then reports a leak through the ceiling under the shower.",
      cu("11-05 08:20", """Hi,

Our downstairs loo cistern keeps running into the pan - you can hear it trickling all night. Could you send someone to fix it? Any day next week except Tuesday.

Fiona Marsh
2 Ladies Mile Road, Patcham"""),
      ag("dan", "11-05 09:45", """Hi Fiona,

Sounds like the fill valve or the flush valve washer. I've booked Marcus for Monday 9th between 12 and 4.

Dan"""),
      cu("11-09 17:10", """Hi Dan,

Marcus came today and the cistern is silent now, thank you. Could you email the invoice so I can pay by bank transfer?

Fiona"""),
      ag("dan", "11-10 09:05", """Hi Fiona,

Invoice BP-20931 attached - our bank details are at the bottom. Glad it's sorted; I'll mark this job as resolved.

Dan""", closes=True, attach=[("application/pdf", "Invoice-BP-20931.pdf", INVOICE_CISTERN_PDF)]),
      cu("11-12 19:40", """Hi Dan,

Sorry to be back so soon! The cistern is still fine, but I've just noticed water dripping through the kitchen ceiling, right under the shower upstairs. It only happens when someone has a shower.

Is that something Marcus can look at, and should we stop using the shower until then?

Fiona"""),
      ag("dan", "11-13 08:15", """Hi Fiona,

Yes please - use the bath for now rather than the shower. Drips that only appear during a shower are nearly always the tray seal or the waste connection, so it should be a small job. Marcus can come Monday morning from 8.

Dan""")),

    C("b10-bathroom-refit-three-agents", "en", "pending", {"many-handoffs": 1},
      "Nadia Osei <nadia.osei@example.com>", "gmail", "Family bathroom refit",
      "Dan passes to Bex (promise kept the same day), Bex surveys, Samir answers the payment question: three agents.",
      cu("11-12 08:30", """Hello,

We'd like to rip out and refit our family bathroom (bath, basin, loo, tiling, maybe a heated towel rail). Could you quote for it? And how far ahead are you booking at the moment?

Nadia Osei
68 Ditchling Rise, Brighton"""),
      ag("dan", "11-12 09:40", """Hi Nadia,

We're booking full refits from mid-January at the moment. Bex runs our bathroom projects - she'll be in touch today to arrange a survey so she can price it properly.

Dan""", promises=[("11-12", 3)]),
      ag("bex", "11-12 14:15", """Hi Nadia,

Dan passed your email on. I could come round on Monday 16th at 5pm to measure up and talk through what you'd like - does that work? It takes about 45 minutes.

Bex"""),
      cu("11-16 20:30", """Hi Bex,

Thanks for coming round this evening, really helpful. Before we go ahead, how do your payments work - do you need a deposit up front, and can the balance be paid in stages?

Nadia"""),
      ag("sam", "11-17 09:10", """Hi Nadia,

Samir from accounts here - Bex asked me to pick up your payment question. We take a 25% deposit to secure the install date, 50% when the first fix is done and the last 25% on completion, so yes, the balance is paid in stages.

Best regards,
Samir""")),

    C("b11-fuite-ballon-hove", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Sophie Lemaire <sophie.lemaire@lemaire-conseil.example>", "apple_fr", "Fuite du ballon d'eau chaude",
      "Quote for the insurer promised by Thursday arrives on Monday after a French chase (missed).",
      cu("11-09 19:05", """Bonjour,

Le ballon d'eau chaude de notre appartement fuit par le bas depuis ce week-end ; nous avons mis une bassine en dessous.

Pourriez-vous venir le voir rapidement ? Et savez-vous si ce genre de réparation est en général couvert par l'assurance habitation ?

Merci d'avance,
Sophie Lemaire
3 Lansdowne Place, Hove"""),
      ag("claire", "11-10 09:10", """Bonjour Madame Lemaire,

Un technicien passera demain, mercredi, entre 13h et 17h.

Pour l'assurance, tout dépend de votre contrat : les dégâts des eaux sont souvent couverts, l'appareil lui-même beaucoup plus rarement. Après la visite, je vous envoie le devis de remplacement d'ici jeudi pour que vous puissiez le transmettre à votre assureur.

Bien cordialement,
Claire""", promises=[("11-12", 4)]),
      cu("11-16 10:20", """Bonjour Claire,

Je me permets de vous relancer : le technicien est bien passé mercredi, mais je n'ai toujours pas reçu le devis, et mon assureur me le réclame.

Sophie Lemaire""", chase=True),
      ag("claire", "11-16 14:00", """Bonjour Madame Lemaire,

Toutes mes excuses pour ce retard. Voici le devis en pièce jointe : 1 250 £ TTC pour un ballon de 120 litres, pose et évacuation de l'ancien comprises.

Bien cordialement,
Claire""", attach=[("application/pdf", "Devis-D-26-0412.pdf", DEVIS_PDF)])),

    C("b12-separador-grasas", "es", "closed", {"unanswered-question": 2},
      "Javier Moreno <javier@tapasmoreno.example>", "gmail_es", "Separador de grasas para la cocina",
      "Installation and price answered; whether the bar must close and the monthly maintenance contract are not.",
      cu("11-03 11:20", """Hola:

Tengo un bar de tapas en Manchester (58 Oldham Street) y el inspector de la compañía de aguas nos ha dicho que necesitamos un separador de grasas en la cocina.

¿Ustedes instalan separadores de grasas? ¿Cuánto cuesta más o menos uno para una cocina pequeña, de unas 80 comidas al día? ¿Hay que cerrar el bar el día de la instalación? También quería saber si ofrecen un contrato de mantenimiento para vaciarlo cada mes.

Gracias,
Javier Moreno
Tapas Moreno""", uq=2),
      ag("lucia", "11-03 15:10", """Hola, Javier:

Sí, instalamos separadores de grasas. Para unas 80 comidas al día le recomendaría un modelo bajo el fregadero, de unos 2 litros por segundo; instalado sale por unos 950 £ más IVA.

Puedo pasar el lunes a ver la cocina y confirmarle el modelo.

Un saludo,
Lucía"""),
      cu("11-03 15:40", """Perfecto, el lunes me va bien. ¡Gracias, Lucía!

Javier""", thanks=True)),

    C("b13-cp12-inline", "en", "closed", {}, "Ravi Chauhan <ravi.chauhan@example.net>", "thunderbird",
      "Gas safety checks for two rentals",
      "Three numbered questions answered inline under each quoted question; thanks-only reply.",
      cu("11-04 09:00", """Hi,

A few questions before I book gas safety checks for my two rentals:

1. Do your engineers email the CP12 the same day?
2. Can you remind the tenants automatically next year?
3. Is the price per property or per appliance? One flat has a gas hob as well as the boiler.

Thanks,
Ravi Chauhan"""),
      ag("dan", "11-04 11:30", """Hi Ravi,

On 11/4/26 9:00 AM, Ravi Chauhan wrote:
> 1. Do your engineers email the CP12 the same day?

Yes - straight from the tablet before they leave the property.

> 2. Can you remind the tenants automatically next year?

We remind you rather than the tenants, 30 days before each certificate runs out, so you stay in charge of access.

> 3. Is the price per property or per appliance? One flat has a gas hob as well as the boiler.

Per property: £75 covers up to three gas appliances.

Dan""", quote=False),
      cu("11-04 12:05", """Perfect, that's all I needed. I'll book both through the website.

Ravi""", thanks=True)),

    C("b14-soakaway-barn", "en", "closed", {"missed-follow-up": 1},
      "Hugh Fennimore <hugh@fennimorefarm.example>", "outlook", "Failed soakaway?",
      "Investigation answered; the crate-system ballpark is deferred with no date and never sent (window).",
      cu("11-04 08:10", """Good morning,

The soakaway behind our barn conversion seems to have failed - the lawn stays waterlogged for days after rain and the gutters back up in heavy showers.

Would you investigate first or go straight to a replacement? And roughly what does a new crate-type soakaway cost?

Regards,
Hugh Fennimore
Fennimore Farm, Bolney"""),
      ag("kerry", "11-04 13:25", """Hi Hugh,

We always investigate first: a CCTV survey of the run plus a percolation test (£295 + VAT) tells us whether the soakaway is silted up or the ground simply doesn't drain.

The cost of a crate system varies a lot with size and access for the digger, so let me check with our groundworks team and I'll come back to you with a ballpark figure.

Kind regards,
Kerry""", promises=[("window", None)]),
      cu("11-04 13:50", """Thanks Kerry, that would be helpful.

Hugh""", thanks=True)),

    C("b15-seized-stopcock", "en", "closed", {}, "Olivia Grant <olivia.grant@example.com>", "iphone",
      "Stopcock",
      "A request answered with a bare \"Of course\".",
      cu("11-05 18:22", """Hi, quick one - the stopcock under our kitchen sink is seized solid and I can't turn the water off. Can your plumber replace it when he comes to fit the new radiator valve on the 11th?

Olivia

Sent from my iPhone"""),
      ag("dan", "11-06 08:10", """Hi Olivia,

Of course.

Dan"""),
      cu("11-06 08:31", """Lovely, thanks!

Sent from my iPhone""", thanks=True)),

    C("b16-invoice-po-ooo", "en", "pending", {}, "Martin Hale <m.hale@halefacilities.example>", "outlook",
      "Invoice 20877 - PO number missing",
      "Reissued invoice attached; the customer's out-of-office answers it.",
      cu("11-16 09:15", """Hi Samir,

Could you resend the invoice for the urinal flush-valve job at the Queens Road office (job 20877)? Our accounts system rejected the first copy because the PO number was missing - it should be PO-55102.

Thanks,
Martin Hale
Facilities Manager, Hale Facilities"""),
      ag("sam", "11-16 10:40", """Hi Martin,

Reissued with PO-55102 on it - attached.

Best regards,
Samir""", attach=[("application/pdf", "Invoice-BP-20877-PO-55102.pdf", INVOICE_PO_PDF)]),
      auto("11-16 10:41", """I am out of the office until Monday 23 November with limited access to email.

For urgent facilities issues please contact the Hale Facilities helpdesk on 01273 555 880.

Martin Hale""", quote=False, to="Samir Haddad <samir.haddad@brookfieldplumbing.example>",
           subject="Automatic reply: RE: Invoice 20877 - PO number missing")),

    C("b17-wasserleitung-keller-bath", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Katrin Weber <katrin.weber@weber-design.example>", "outlook_de", "Wasser tritt im Keller aus",
      "\"Ich melde mich morgen\" never kept; the German chase on Monday is still unanswered.",
      cu("11-11 07:40", """Guten Morgen,

bei uns im Keller tritt an der Wasserleitung hinter der Waschmaschine Wasser aus - nicht viel, aber ständig. Wir haben den Haupthahn vorerst zugedreht.

Können Sie heute oder morgen jemanden schicken? Adresse: 9 Widcombe Hill, Bath.

Viele Grüße
Katrin Weber"""),
      ag("lukas", "11-11 09:05", """Guten Morgen Frau Weber,

gut, dass Sie den Haupthahn zugedreht haben. Ich kläre gerade, welcher unserer Partnerbetriebe im Raum Bath frei ist, und melde mich morgen früh mit einem Termin bei Ihnen.

Viele Grüße
Lukas Brandt""", promises=[("11-12", None)]),
      cu("11-16 08:30", """Hallo Herr Brandt,

ich warte immer noch auf Ihre Rückmeldung wegen des Termins. Wir haben jetzt seit fast einer Woche nur stundenweise Wasser. Gibt es schon etwas Neues?

Katrin Weber""", chase=True)),

    C("b18-ufh-extension-list", "en", "closed", {"unanswered-question": 2},
      "Tom Whitaker <tom@whitakerbuild.example>", "gmail", "Underfloor heating - extension",
      "Four numbered questions, the first two answered: thermostat zoning and pipework warranty skipped.",
      cu("11-05 20:10", """Hi Bex,

Following your visit on Tuesday, a few things before we commit to the underfloor heating in the extension:

1. Can the manifold go in the utility cupboard rather than under the stairs?
2. Will the screed need to cure before the flooring goes down, and for how long?
3. Can we have a separate thermostat for the kitchen end and the dining end?
4. Do you offer a warranty on the pipework, and how long?

Cheers,
Tom""", uq=2),
      ag("bex", "11-06 09:30", """Hi Tom,

1 - yes, the utility cupboard is fine; it's actually closer to the boiler, which helps.
2 - yes, allow roughly a week per 25 mm of screed, so about three weeks before the engineered oak goes down.

Let me know when you'd like to book the first fix.

Bex"""),
      cu("11-06 12:15", """Thanks Bex, I'll talk it over with Jo tonight.

Tom""", thanks=True)),

    C("b19-combi-descale-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Yusuf Demir <yusuf.demir@example.org>", "android", "Combi slow to give hot water",
      "Only acknowledged; four days later the same mail is resent word for word as a new message, then answered.",
      cu("11-12 21:05", """Hello,

Our combi boiler takes ages to give hot water at the kitchen tap and the shower goes hot-cold-hot. We're in a very hard water area (Bishop's Stortford). Is it worth descaling the plate heat exchanger, and can you fit a scale reducer at the same time?

Yusuf Demir"""),
      ack("11-12 21:06"),
      cu("11-16 12:30", """Hello,

Our combi boiler takes ages to give hot water at the kitchen tap and the shower goes hot-cold-hot. We're in a very hard water area (Bishop's Stortford). Is it worth descaling the plate heat exchanger, and can you fit a scale reducer at the same time?

Yusuf Demir""", parent=0, chase=True),
      ag("dan", "11-16 14:00", """Hi Yusuf,

Apologies for the wait. Yes - descaling the plate heat exchanger usually cures both the delay and the hot-cold swings, and we can fit a scale reducer on the cold feed in the same visit: £165 for both. Marcus has a slot on Wednesday morning if that helps.

Dan""")),

    C("b20-septic-tank-link", "en", "closed", {}, "Wendy Hollis <wendy.hollis@example.net>", "apple",
      "New to septic tanks",
      "Two questions answered with a single link to the guide; thanks-only reply.",
      cu("11-03 16:00", """Hi there,

We've just moved into a cottage near Ditchling with a septic tank and honestly have no idea how often it should be emptied, or what we shouldn't be putting down the sinks. Is there anything you could send us?

Wendy"""),
      ag("kerry", "11-03 16:45", """Hi Wendy,

https://brookfieldplumbing.example/guides/septic-tanks

Kerry"""),
      cu("11-03 17:30", """That's exactly what we needed, thank you!

Wendy""", thanks=True)),

    C("b21-sink-then-washing-machine", "en", "closed", {"unanswered-question": 1},
      "Bethan Rees <bethan.rees@example.com>", "gmail", "Slow kitchen sink",
      "Sink cleared; a second mail after the case seemed done asks two more things and only the dishwasher hose is answered.",
      cu("11-09 08:30", """Hi,

Our kitchen sink is draining really slowly and gurgles whenever the washing machine empties. Can you send someone to clear it? Any morning this week.

Bethan Rees
11 Stanford Avenue, Brighton"""),
      ag("dan", "11-09 10:00", """Hi Bethan,

Booked for Wednesday 11th, 8-12.

Dan"""),
      cu("11-11 14:00", """All flowing again - thanks!

Bethan""", thanks=True),
      cu("11-12 09:40", """Hi Dan,

One more thing I forgot to ask the engineer: the dishwasher waste goes into the sink trap with a hose that just loops along the floor of the cupboard. Is that OK, or should it be fixed higher up? And could you also quote for moving the washing machine from the kitchen to the utility room? There's already a cold tap in there.

Bethan""", uq=1),
      ag("dan", "11-12 11:15", """Hi Bethan,

The dishwasher hose should go up in a high loop under the worktop, otherwise dirty water can siphon back into the dishwasher - that may even be part of the gurgling. Marcus can clip it up next time he's passing, no charge.

Dan""")),

    C("b22-hair-clip-shower", "en", "closed", {}, "Chris Lowe <chris.lowe@lowefamily.example>", "thunderbird",
      "Shower waste - hair catcher?",
      "A rhetorical question and a self-answered one next to two real questions, both answered.",
      cu("11-10 07:15", """Hi there,

Who knew a single hair clip could block an entire shower waste? Marcus (very nice) pulled one out yesterday along with a frightening amount of hair.

Where do I find the job number for paying the invoice? Ah, never mind - it's on the text you sent, 20915.

Two things: can we buy one of those hair catchers from you, and would it fit a Merlyn tray waste?

Thanks,
Chris"""),
      ag("bex", "11-10 09:20", """Hi Chris,

Ha - it happens more often than you'd think! We stock a stainless hair catcher for £12 that sits in Merlyn 90 mm wastes, so yes, it'll fit. Marcus carries them in the van too.

Bex""")),

    C("b23-entretien-chaudiere-lewes", "fr", "closed", {"unanswered-question": 1},
      "Marc Dubois <marc.dubois@duboisarchi.example>", "apple_fr", "Entretien chaudière",
      "Price and dates answered; the thermostatic radiator valve question is not.",
      cu("11-05 10:00", """Bonjour,

Je souhaite faire entretenir la chaudière de notre maison à Lewes (une Vaillant ecoTEC de 2016). Quelles sont vos disponibilités la semaine prochaine, et combien coûte l'entretien ?

Je voudrais aussi savoir si vous pouvez installer un robinet thermostatique sur le radiateur de la chambre d'amis pendant la même visite.

Bien cordialement,
Marc Dubois""", uq=1),
      ag("claire", "11-05 14:20", """Bonjour Monsieur Dubois,

L'entretien d'une ecoTEC coûte 89 £ TTC. Nous avons de la place mardi 10 à 8h ou jeudi 12 à 13h.

Bien cordialement,
Claire"""),
      cu("11-05 15:00", """Mardi 8h, parfait. Merci !

Marc Dubois""", thanks=True)),

    C("b24-factura-termo-camden", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Carmen Ortega <carmen.ortega@example.com>", "gmail_es", "Factura del termo",
      "\"Le escribo el lunes\" kept on Wednesday after a Spanish chase (missed).",
      cu("11-05 12:00", """Buenas tardes:

El martes su fontanero cambió el termo eléctrico en el piso de mi madre en Camden (Flat 6, 19 Oakley Square). La factura está a mi nombre, pero debería estar a nombre de mi madre, Rosario Ortega Gil, que es la propietaria. ¿Me pueden enviar una factura corregida?

Gracias,
Carmen Ortega"""),
      ag("lucia", "11-06 09:00", """Hola, Carmen:

Por supuesto. Lo paso a contabilidad y le escribo el lunes con la factura corregida.

Un saludo,
Lucía""", promises=[("11-09", 4)]),
      cu("11-10 18:30", """Hola Lucía,

¿Hay alguna novedad con la factura? Sigo esperando y la necesito para el seguro de mi madre.

Carmen""", chase=True),
      ag("lucia", "11-11 10:15", """Hola, Carmen:

Disculpe el retraso. Le adjunto la factura corregida a nombre de Rosario Ortega Gil.

Un saludo,
Lucía""", attach=[("application/pdf", "Factura-BP-20898.pdf", FACTURA_PDF)])),

    C("b25-restaurant-drains-cc", "en", "closed", {}, "Daniel Kerr <daniel.kerr@kerrproperty.example>", "owa",
      "Quarterly drain maintenance - change of day",
      "A colleague in Cc; both requests done in one sentence; the Cc'd colleague sends the thanks.",
      cu("11-02 08:00", """Hi Samir,

Copying Amy, who handles our bookings. We'd like to move the quarterly drain maintenance at both restaurants from the first Monday of the month to the first Tuesday - the Monday visits clash with our deliveries. Can you make that change from December?

Also, please send future invoices to accounts@kerrproperty.example rather than to me.

Thanks,
Daniel Kerr
Kerr Property & Dining""", cc="Amy Kerr <amy.kerr@kerrproperty.example>"),
      ag("sam", "11-02 11:20", """Hi Daniel,

Done on both counts: from December the visits are on the first Tuesday (1 December is the next one), and invoices now go to accounts@kerrproperty.example.

Best regards,
Samir""", cc="Amy Kerr <amy.kerr@kerrproperty.example>"),
      cu("11-02 11:45", """Great, thanks Samir.

Amy""", frm="Amy Kerr <amy.kerr@kerrproperty.example>", thanks=True)),

    C("b26-lead-pipe-worthing", "en", "pending", {}, "Simon Blake <simon.blake@example.org>", "gmail",
      "Replacing a lead supply pipe",
      "Written quote promised by Tuesday 24 November: the deadline is still ahead at the audit time.",
      cu("11-18 10:10", """Hi,

Could you quote for replacing the old lead pipe from the stopcock to the kitchen? The water company found lead in a test at the tap. It's a 1920s terrace in Worthing (40 Rowlands Road).

Simon"""),
      ag("kerry", "11-18 15:40", """Hi Simon,

Yes, we replace lead supplies regularly. To price it properly we need to see where the supply comes into the house: Marcus is in Worthing on Monday 23rd and could look at 9am if you're in. I'll send you the written quote by Tuesday 24 November.

Kind regards,
Kerry""", promises=[("11-24", None)])),

    C("b27-pump-warranty-courier", "en", "closed", {}, "Rachel Moss <rachel.moss@mossandco.example>", "outlook",
      "Shower pump tripping the fuse",
      "Warranty question answered; \"the courier collects the faulty pump on Wednesday\" is logistics; acknowledged first.",
      cu("11-09 11:00", """Hi,

The shower pump you fitted in September (Salamander CT75) has started tripping the fuse every time we use it. I assume it's still under warranty? What happens now?

Rachel Moss"""),
      ack("11-09 11:01"),
      ag("dan", "11-09 13:30", """Hi Rachel,

Yes, it's covered - two years parts and labour. Marcus is booked to swap it on Thursday morning; the manufacturer's courier collects the faulty pump from our yard on Wednesday the 18th, so there's nothing for you to arrange.

Dan"""),
      cu("11-12 16:00", """New pump's in and working - thanks for sorting it so quickly.

Rachel""", thanks=True)),

    C("b28-service-record-kept", "en", "closed", {}, "Ian Doherty <ian.doherty@example.com>", "gmail",
      "Boiler service record for sale",
      "\"I'll dig it out and email it tomorrow\" kept the next morning with a PDF.",
      cu("11-10 09:00", """Hi Samir,

Can you send me a copy of last year's boiler service record for 18 Preston Park Avenue? The buyer's solicitor is asking for it.

Thanks,
Ian Doherty"""),
      ag("sam", "11-10 11:00", """Hi Ian,

Our records from before March are in the old system - I'll dig it out and email it to you tomorrow.

Best regards,
Samir""", promises=[("11-11", 3)]),
      ag("sam", "11-11 10:20", """Hi Ian,

Attached is the service record from 14 October 2025 (job 17402).

Best regards,
Samir""", attach=[("application/pdf", "Service-record-17402.pdf", SERVICE_RECORD_PDF)]),
      cu("11-11 10:45", """Perfect, forwarded to the solicitor. Thanks!

Ian""", thanks=True)),

    C("b29-bakery-drain-colleague", "en", "closed", {}, "Paula Jennings <paula@jenningsbakes.example>", "apple",
      "Drain overflowing at the back door",
      "Dan promises Kerry will email a slot by Friday; Kerry does on Thursday (kept by a colleague).",
      cu("11-11 15:00", """Hello,

The drain outside our bakery's back door overflows whenever it rains heavily. Our landlord wants a CCTV survey before he'll do anything.

When could you do it, and can it be done before 7am, before we open?

Paula Jennings
Jennings Bakes, 31 Gloucester Road, Brighton"""),
      ag("dan", "11-11 16:10", """Hi Paula,

Early starts are no problem. Kerry books our CCTV surveys - she'll email you a slot by Friday.

Dan""", promises=[("11-13", 3)]),
      ag("kerry", "11-12 10:00", """Hi Paula,

I can be there at 6:30am on Wednesday 18th and should be finished well before you open. The survey with a written report for your landlord is £195 + VAT.

Kind regards,
Kerry""", parent=1),
      cu("11-12 11:20", """6:30 on the 18th is great, see you then.

Paula""", thanks=True)),

    C("b30-tenant-forward-html", "en", "closed", {}, "George Palmer <george.palmer@example.net>", "gmail",
      "Fwd: Bathroom",
      "HTML-only landlord mail forwarding the tenant's note (her questions are forwarded text); his request answered.",
      cu("11-13 14:00", """Hi,

Forwarding the email from my tenant below. Could you book someone in to fix the leak under the bathroom basin? She's home all day Tuesday.

George Palmer
Flat 1, 5 Vernon Terrace, Brighton

---------- Forwarded message ---------
From: Hannah Lee <hannah.lee@example.com>
Date: Thu, 12 Nov 2026 at 21:14
Subject: Bathroom
To: George Palmer <george.palmer@example.net>

Hi George, there's water pooling under the bathroom basin again - can you get someone to look at it? Also, is it ok if I put a shelf up in the hall?

Thanks, Hannah""", kind="html"),
      ag("dan", "11-13 16:20", """Hi George,

Booked for Tuesday 17th, 8am-12pm. I've texted Hannah to confirm the slot.

Dan""")),

    C("b31-f28-lost-headers", "en", "pending", {"unanswered-question": 1},
      "Sarah Quinn <sarah.quinn@example.org>", "owa", "Boiler F28 - no heating or hot water",
      "Support's reply lost In-Reply-To/References; the fault is handled, the rattling radiator is not.",
      cu("11-16 10:00", """Hi,

Our boiler is showing an F28 fault and we have no heating or hot water. We've tried resetting it twice. Can you get someone out today? And while they're here, can they check why the bathroom radiator rattles when the heating comes on?

Sarah Quinn
19 Rugby Road, Brighton""", uq=1),
      ag("bex", "11-16 11:00", """Hi Sarah,

F28 on an Ideal is an ignition failure - first check the gas meter is on and the hob lights. If it does, Marcus can be with you between 1 and 3 this afternoon.

Bex""", thread=False),
      cu("11-16 16:30", """Boiler's back on, thank you!

Sarah""", thanks=True)),

    C("b32-walk-in-shower-gap", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Owen Pritchard <owen.pritchard@example.com>", "thunderbird", "Walk-in shower quote",
      "Quote promised \"by end of day tomorrow\" never sent; the chase (References with a gap) gets no reply.",
      cu("11-09 08:00", """Hi Bex,

We'd like a quote for replacing the bath in our upstairs bathroom with a walk-in shower. Could you come and measure up?

Owen Pritchard
5 Beaconsfield Villas, Brighton"""),
      ag("bex", "11-09 10:30", """Hi Owen,

Happy to. I could come on Tuesday 10th at 4pm - does that work?

Bex"""),
      cu("11-09 11:00", """Tuesday at 4 is fine, see you then.

Owen""", thanks=True),
      ag("bex", "11-10 18:00", """Hi Owen,

Thanks for having me today. I'll price up both options - the low tray and the full wet room - and send the quote over by end of day tomorrow.

Bex""", promises=[("11-11", None)]),
      cu("11-13 09:00", """Hi Bex,

I haven't heard back about the quote - could you send it today? We'd like to get the work booked in before Christmas if at all possible.

Owen""", chase=True, refs=[1, 4])),

    C("b33-noisy-shower-pump-b64", "en", "closed", {"unanswered-question": 1},
      "Helen Carter <helen.carter@example.net>", "outlook", "Noisy shower pump",
      "Base64 mail; repair and replacement cost answered, the stopgap question skipped.",
      cu("11-04 07:30", """Hello,

Our shower pump has become really noisy - a loud hum, and it keeps running for a few seconds after the shower is turned off. It's a Stuart Turner Monsoon, about six years old.

Could you service it, or is it time for a new one? How much would a replacement cost? And is there anything I can do in the meantime to quieten it down?

Kind regards,
Helen Carter""", cte="base64", uq=1),
      ag("bex", "11-04 12:00", """Hi Helen,

A pump that keeps running after the shower is off usually has a leaking check valve or a small leak on the outlet side. At six years old a Monsoon is worth repairing - a new pressure switch and anti-vibration feet come to about £140 fitted. If it turns out to be the motor, a new Monsoon 2.0 bar is £520 fitted.

Bex""")),

    C("b34-saniflo-guest-house", "en", "closed", {"missed-follow-up": 1},
      "Kevin Ashby <kevin@ashbyguesthouse.example>", "outlook", "Saniflo grinding",
      "Prices promised by Friday once the model is known; the photo arrives (not a chase) but the prices never do.",
      cu("11-09 09:30", """Hi,

The Saniflo in our basement en-suite is making a grinding noise and takes forever to pump out. Can it be repaired or does it need replacing? We have guests in that room from the 20th.

Kevin Ashby
Ashby Guest House, Marine Parade"""),
      ag("dan", "11-09 11:45", """Hi Kevin,

Grinding usually means something has got into the blades - cotton buds and dental floss are the usual suspects. Could you send me a photo of the label on the unit? Once I know the model I'll get a price for a repair and for a replacement to you by Friday.

Dan""", promises=[("11-13", None)]),
      cu("11-09 13:10", """Here you go - photo of the label attached. I think it's a SaniPLUS.

Kevin""", attach=[("image/png", "saniflo-label.png", SANIFLO_PNG)]),
      ag("dan", "11-09 14:00", """Thanks Kevin, got it - it's a SaniPLUS, so the blades can be replaced on their own.

Dan""")),

    C("b35-downpipe-porch", "en", "closed", {"unanswered-question": 1},
      "Julia Hart <julia.hart@example.com>", "gmail", "Downpipe and smelly gully",
      "Asked to move the downpipe; the reply offers to clear a blocked downpipe instead (a neighbouring question).",
      cu("11-03 09:00", """Hi,

The downpipe at the front of our house empties straight onto the path, which has gone green and slippery. Can you move the downpipe to the other side of the porch so it goes into the gully there? Also, the gully itself smells a bit - does it need clearing?

Julia Hart""", uq=1),
      ag("kerry", "11-03 11:30", """Hi Julia,

Gullies smell when the water seal dries out or when they're part-blocked with leaves and silt - we'd jet it clear for £85. If the downpipe is blocked as well, we'd clear that on the same visit at no extra charge.

Kind regards,
Kerry""")),

    C("b36-wasserzaehler-guildford", "de", "closed", {}, "Stefan Krüger <stefan.krueger@example.com>", "outlook_de",
      "Einbau eines Wasserzählers",
      "Who installs the meter, how long it takes and whether the water is off: all answered, with a link.",
      cu("11-06 10:00", """Guten Tag,

wir möchten in unserem Haus in Guildford einen Wasserzähler einbauen lassen. Macht das Thames Water selbst oder Sie? Und wenn Sie das machen: Wie lange dauert der Einbau, und muss das Wasser dafür abgestellt werden?

Freundliche Grüße
Stefan Krüger"""),
      ag("lukas", "11-06 13:00", """Guten Tag Herr Krüger,

den Zähler selbst baut Thames Water kostenlos ein; beantragen können Sie ihn online, die Schritte stehen hier: https://brookfieldplumbing.example/de/wasserzaehler?ref=mail

Wir werden nur gebraucht, wenn der Zähler im Haus sitzen muss. Das dauert etwa zwei Stunden, und in dieser Zeit ist das Wasser abgestellt.

Viele Grüße
Lukas Brandt"""),
      cu("11-06 14:00", """Vielen Dank für die ausführliche Auskunft!

S. Krüger""", thanks=True)),

    C("b37-evier-bouche", "fr", "closed", {}, "Camille Roux <camille.roux@example.org>", "gmail",
      "Évier bouché",
      "Visit and call-out charge answered together in two sentences.",
      cu("11-11 20:15", """Bonsoir,

L'évier de la cuisine est complètement bouché, l'eau ne descend plus du tout. J'ai essayé un déboucheur, sans succès. Pouvez-vous passer demain ? Est-ce que vous facturez le déplacement en plus ?

Merci,
Camille Roux
14 Clifton Street, Brighton"""),
      ag("claire", "11-12 08:30", """Bonjour Camille,

Oui, Marcus peut passer aujourd'hui entre 12h et 14h. Le déplacement est compris dans notre forfait débouchage de 95 £.

Bien cordialement,
Claire"""),
      cu("11-12 15:00", """Tout fonctionne à nouveau, merci beaucoup !

Camille""", thanks=True)),

    C("b38-caldera-inquilino", "es", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Andrés Villa <andres.villa@example.net>", "gmail_es", "Caldera pierde presión - piso en Brighton",
      "Landlord in Valencia chases after four days; price and slot answered, the request to arrange the visit with the tenant is not.",
      cu("11-12 18:00", """Hola:

Tengo un piso alquilado en Brighton (Flat 2, 30 Brunswick Square) y el inquilino dice que la caldera pierde presión cada dos días. ¿Pueden mandar a alguien esta semana? ¿Cuánto cobran por la visita? Y por favor, coordinen la cita directamente con el inquilino, Mark Evans, 07700 900 218, porque yo estoy en Valencia.

Un saludo,
Andrés Villa""", uq=1),
      cu("11-16 09:00", """Buenos días,

sigo esperando respuesta a mi correo del jueves. ¿Hay alguna novedad? El inquilino está cada vez más molesto.

Andrés""", chase=True),
      ag("lucia", "11-16 10:30", """Hola, Andrés:

Disculpe la demora. La visita de diagnóstico cuesta 85 £ más IVA, y si la reparación se hace en la misma visita se descuenta del total. Tenemos hueco el miércoles 18 por la mañana.

Un saludo,
Lucía"""), tz=1),

    C("b39-trv-stuck", "en", "pending", {}, "Emma Lloyd <emma.lloyd@example.com>", "apple",
      "Hall radiator valve stuck",
      "\"Hope you had a good weekend?\" is a pleasantry; the real question is answered; thanks-only reply.",
      cu("11-16 09:00", """Hi Dan,

Hope you had a good weekend?

Marcus fitted our new thermostatic radiator valves last week and they're great, but the one in the hall seems to be stuck - the radiator stays cold whatever number it's on. Is there a trick to it, or does he need to come back?

Emma"""),
      ag("dan", "11-16 10:30", """Hi Emma,

Very nice, thanks! The pin under the head sometimes sticks after fitting: unscrew the collar to take the head off, press the pin in and out a few times with something flat, and refit. If the radiator's still cold after that, Marcus will pop back at no charge.

Dan"""),
      cu("11-16 12:00", """That did it - toasty now. Thank you!

Emma""", thanks=True)),

    C("b40-combi-long-paragraph", "en", "closed", {"unanswered-question": 2},
      "Pat Mulligan <pat.mulligan@example.org>", "android", "New boiler - few questions",
      "Four questions in one long paragraph; programmer and condensate answered, service booking and old cylinder not.",
      cu("11-05 22:40", """Hi, so we had the new combi fitted by you lot back in June and generally it's been great but since the clocks went back the heating has been coming on at odd times, I think the programmer reset itself when we had that power cut, anyway I've had a go from the manual but no joy - could someone talk me through setting the timer over the phone or is it easier to send an engineer? Also the condensate pipe runs outside along the wall and my neighbour says theirs froze last winter, is ours lagged or do we need to do something about it? The first annual service is due in June as well, do we book that through you or through the manufacturer to keep the 10-year warranty valid? And my wife wants to know if the old hot water cylinder you took out was recycled, she's asked me about three times now. Cheers, Pat

Sent from Outlook for Android""", uq=2),
      ag("bex", "11-06 08:45", """Hi Pat,

The programmer is easiest over the phone - ring the desk on 01273 555 210, option 2, any time before 4pm and Marcus will talk you through it in five minutes.

On the condensate pipe: we run them outside in 32 mm pipe with insulation, which meets the cold-weather guidance, so you shouldn't need to do anything.

Bex""")),

    C("b41-portfolio-three-things", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Lorraine Fitch <lorraine@fitchlettings.example>", "outlook", "Three things for the portfolio",
      "Bulleted list: a visit booked, the CP12 list deferred \"shortly\" and never sent, the January rates question skipped.",
      cu("11-03 10:00", """Hi Samir,

Three things for our portfolio:

- Could you send me a list of which of our properties have a CP12 expiring before the end of January?
- The tenant at 5 Clifton Hill has reported low water pressure upstairs - please book someone in and contact her directly (Mrs Abbot, 07700 900 311).
- Are your rates going up in January? We're setting budgets next week.

Thanks,
Lorraine Fitch
Fitch Lettings""", uq=1),
      ag("sam", "11-03 14:00", """Hi Lorraine,

I've booked Clifton Hill for Thursday morning and rung Mrs Abbot to confirm. The CP12 list has to come out of the system, so I'll send it over to you shortly.

Best regards,
Samir""", promises=[("window", None)])),

    C("b42-facture-bac-graisse", "fr", "closed", {"unanswered-question": 2},
      "Nathalie Girard <n.girard@girard-traiteur.example>", "owa", "Facture 20902",
      "The out-of-hours surcharge is explained and removed; the PO-number request and payment in two instalments are not answered.",
      cu("11-09 09:00", """Bonjour,

Nous avons reçu la facture 20902 pour l'intervention sur le bac à graisse de notre cuisine. Pourriez-vous m'expliquer la ligne « supplément hors horaires » ? L'intervention a eu lieu à 16h.

Par ailleurs, merci d'indiquer notre numéro de bon de commande (BC-4471) sur les prochaines factures. Et est-il possible de régler en deux fois ?

Cordialement,
Nathalie Girard
Girard Traiteur, Hove""", uq=2),
      ag("claire", "11-09 14:00", """Bonjour Madame Girard,

Vous avez raison : le supplément ne s'applique qu'après 18h, il a été ajouté par erreur. Vous trouverez la facture corrigée en pièce jointe.

Bien cordialement,
Claire""", attach=[("application/pdf", "Facture-20902-corrigee.pdf", FACTURE_PDF)])),

    C("b43-heizung-klopft", "de", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Monika Schäfer <monika.schaefer@example.net>", "thunderbird_de", "Heizung klopft nachts",
      "Cause answered, the boiler quote promised \"bis Freitag\" comes on Monday, the towel-rail question is never answered.",
      cu("11-09 18:00", """Hallo,

seit letzter Woche macht unsere Heizung nachts laute Klopfgeräusche, vor allem, wenn sie anspringt. Woran kann das liegen? Unser Kessel ist ein Baxi von 2009 - können Sie uns ein Angebot für einen neuen machen, falls sich eine Reparatur nicht mehr lohnt?

Könnten Sie bei der Gelegenheit auch den Heizkörper im Bad gegen einen Handtuchheizkörper tauschen?

Viele Grüße
Monika Schäfer
27 Montpelier Road, Brighton""", uq=1),
      ag("lukas", "11-10 09:00", """Hallo Frau Schäfer,

Klopfgeräusche beim Anspringen kommen bei Kesseln dieses Alters fast immer von Kalk im Wärmetauscher - das Wasser kocht stellenweise. Bei einem Baxi von 2009 lohnt sich das Entkalken meistens nicht mehr. Ein Angebot für einen neuen Kessel schicke ich Ihnen bis Freitag.

Viele Grüße
Lukas Brandt""", promises=[("11-13", 3)]),
      ag("lukas", "11-16 11:00", """Hallo Frau Schäfer,

entschuldigen Sie die Verspätung - anbei das Angebot für einen Worcester Bosch Greenstar 4000 mit Einbau, Systemspülung und Magnetfilter: 2.450 £.

Viele Grüße
Lukas Brandt""", attach=[("application/pdf", "Angebot-A-26-0233.pdf", ANGEBOT_PDF)])),

    C("b44-plato-ducha-fecha", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Marta Jiménez <marta.jimenez@example.org>", "iphone", "Cambio de bañera por plato de ducha",
      "Start date promised with no deadline (window); the customer asks \"¿hay novedades?\" and the date comes days later.",
      cu("11-10 19:00", """Hola,

Somos los del piso 4 de Marine Court. Nos interesa el presupuesto que nos mandaron para cambiar la bañera por un plato de ducha. ¿Cuándo podrían empezar? ¿Cuántos días estaremos sin baño?

Marta

Enviado desde mi iPhone"""),
      ag("lucia", "11-11 09:00", """Hola, Marta:

La obra dura tres días laborables; el inodoro sigue funcionando, salvo unas horas el segundo día. La fecha de inicio la tengo que cuadrar con el equipo de instalación y se la confirmo.

Un saludo,
Lucía""", promises=[("window", 4)]),
      cu("11-13 12:00", """Hola Lucía, ¿hay novedades sobre la fecha? Necesitamos organizarnos con el trabajo.

Marta

Enviado desde mi iPhone""", chase=True),
      ag("lucia", "11-16 09:30", """Hola, Marta:

Podemos empezar el lunes 30 de noviembre a las 8:00.

Un saludo,
Lucía""")),

    C("b45-interceptor-chased-twice", "en", "pending", {"customer-chased": 2, "slow-first-response": 1},
      "Derek Holt <derek.holt@holtmotors.example>", "outlook", "Interceptor emptying before EA visit",
      "Two chases (\"just following up\", \"this is the third time\") before the first reply four days on.",
      cu("11-09 08:15", """Hi,

We need the oil interceptor at our garage in Crawley (Holt Motors, Tinsley Lane) emptied and inspected - the Environment Agency are visiting on the 20th and want to see the maintenance record. Can you do it before then, and can you provide a waste transfer note?

Derek Holt
Workshop Manager"""),
      cu("11-11 09:00", """Hi,

Just following up on my email below - we still need this done before the 20th. Please let me know.

Derek""", chase=True),
      cu("11-13 08:30", """This is the third time I've emailed. Can someone please get back to me today about the interceptor? Otherwise I'll have to find another contractor.

Derek Holt""", chase=True),
      ag("kerry", "11-13 17:30", """Hi Derek,

I'm really sorry you've had to chase - that shouldn't have happened. Our tanker can be with you on Tuesday 17th at 7am. The driver issues the waste transfer note on site and leaves the inspection sheet with you, which is what the EA will ask for.

Kind regards,
Kerry""")),

    C("b46-isolation-valve-sketch", "en", "closed", {}, "Ben Thornton <ben.thornton@example.com>", "android",
      "Where is the toilet isolation valve?",
      "Answered with a sketch attached; thanks-only reply.",
      cu("11-12 07:20", """Morning,

Where exactly is the isolation valve for the toilet cistern? The plumber said there is one but I can't see anything behind the pan.

Ben

Sent from Outlook for Android"""),
      ag("dan", "11-12 08:30", """Hi Ben,

It's usually a small screw valve on the pipe going into the bottom left of the cistern - see the attached sketch. Turn the slot a quarter turn with a flat screwdriver so it sits across the pipe, and the water's off.

Dan""", attach=[("image/png", "isolation-valve.png", VALVE_SKETCH_PNG)]),
      cu("11-12 09:10", """Found it, thanks!

Sent from Outlook for Android""", thanks=True)),

    C("b47-cloakroom-drawing", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Grace Fielding <grace.fielding@example.net>", "iphone", "Cloakroom quote",
      "The drawing promised for tomorrow never comes; a second mail's wall-hung question is answered, the old-toilet disposal is not.",
      cu("11-02 19:30", """Hi Bex,

Thanks for the quote for the cloakroom. Could you send the drawing you mentioned showing where the basin and WC will go?

Grace

Sent from my iPhone"""),
      ag("bex", "11-03 09:00", """Hi Grace,

Of course - I'll send the drawing over tomorrow once I've added the boxing-in.

Bex""", promises=[("11-04", None)]),
      cu("11-04 18:00", """Hi Bex, a couple of other things: can the basin be a wall-hung one rather than on a pedestal? And do you dispose of the old toilet or should we arrange a skip?

Grace

Sent from my iPhone""", uq=1),
      ag("bex", "11-05 08:30", """Hi Grace,

Yes, wall-hung is no problem - it needs a frame behind the boarding, so add about £160 to the quote.

Bex""")),

    C("b48-dental-surgery-disclaimer", "en", "closed", {}, "Anita Desai <anita.desai@desaidental.example>", "outlook",
      "Leak at base of staff toilet",
      "Customer's confidentiality notice with a question mark; request answered; thanks-only reply.",
      cu("11-10 12:00", """Dear Brookfield team,

The staff toilet at our surgery has a slow leak at the base of the pan and the floor around it is getting soft. Could you come out this week, ideally after 5:30pm when the surgery closes?

Kind regards,
Anita Desai
Practice Manager, Desai Dental Care

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may contain patient information. If you are not the intended recipient, please notify the sender and delete it. Received this in error? Call 01273 555 880.""", kind="alt"),
      ag("dan", "11-10 14:00", """Dear Anita,

Yes - Marcus can come on Thursday 12th at 5:45pm. If the floor under the pan is soft he'll check the boards; any repair to them would be quoted separately.

Kind regards,
Dan"""),
      cu("11-12 20:00", """Thank you, all done this evening.

Anita Desai
Practice Manager, Desai Dental Care

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may contain patient information. If you are not the intended recipient, please notify the sender and delete it. Received this in error? Call 01273 555 880.""", thanks=True, kind="alt")),

    C("b49-shoreditch-new-york", "en", "closed", {"unanswered-question": 1},
      "Michael Brennan <mbrennan@brennancapital.example>", "gmail", "Empty flat - service and frost protection",
      "Owner in New York (UTC-5); keys, frost protection and payment answered, photos and meter readings skipped.",
      cu("11-09 07:00", """Hi,

I own a flat in Shoreditch (Flat 12, 88 Curtain Road) that's empty between tenants, and I'm in New York so I can't be there in person. I'd like the boiler serviced and the heating protected against frost until the next tenant moves in, probably in February.

A few questions: Can your engineer collect the keys from Foxtons on Old Street? Would you recommend draining the system down, or just leaving the heating on a frost setting? Could you send photos of the boiler and the meter readings after the visit? And how do I pay from a US card?

Thanks,
Michael Brennan""", uq=1),
      ag("sam", "11-09 15:30", """Hi Michael,

Yes, our engineer can collect and return the keys at Foxtons - just let them know to expect us. With a combi I'd leave it on frost protection rather than drain down; draining causes more trouble at refill than it saves. Card payments over the phone work with any Visa or Mastercard, US cards included.

Best regards,
Samir"""), tz=-5),

    C("b50-caldera-cafeteria", "es", "pending", {}, "Pablo Ruiz <pablo.ruiz@ruizcafe.example>", "gmail_es",
      "Mantenimiento de caldera comercial",
      "Two questions answered with \"Sí a las dos cosas\" plus details; thanks-only reply.",
      cu("11-17 10:00", """Hola,

¿Ustedes hacen el mantenimiento de calderas comerciales? Tenemos una cafetería en Brighton con una caldera Ideal de 60 kW. ¿Y emiten el certificado de gas para negocios?

Pablo Ruiz
Café Ruiz, North Road"""),
      ag("lucia", "11-17 12:30", """Hola, Pablo:

Sí a las dos cosas. Nuestros ingenieros tienen la acreditación comercial de Gas Safe y el certificado (CP42) se emite en la misma visita. El mantenimiento de una caldera de 60 kW cuesta 165 £ más IVA.

Un saludo,
Lucía"""),
      cu("11-17 13:00", """¡Genial, muchas gracias!

Pablo""", thanks=True)),

    C("b51-dusche-abfluss", "de", "closed", {}, "Thomas Becker <thomas.becker@example.com>", "gmail_de",
      "Dusche läuft schlecht ab",
      "Day and price answered together; thanks-only reply after the visit.",
      cu("11-13 08:00", """Hallo,

der Abfluss unserer Dusche läuft sehr langsam ab. Können Sie nächste Woche vorbeikommen, am besten Dienstag oder Mittwoch vormittags? Und was kostet das ungefähr?

Gruß
Thomas Becker
6 Hanover Crescent, Brighton"""),
      ag("lukas", "11-13 10:00", """Hallo Herr Becker,

Dienstag, 17.11., zwischen 8 und 10 Uhr passt. Eine Abflussreinigung kostet pauschal 95 £ inklusive Anfahrt.

Viele Grüße
Lukas Brandt"""),
      cu("11-17 11:30", """Alles wieder frei, danke!

Thomas Becker""", thanks=True)),

    C("b52-cafe-service-passing", "en", "pending", {"unanswered-question": 2},
      "Victoria Shaw <victoria@shawcatering.example>", "owa", "Annual service - café",
      "Booking and shutdown answered; the side-entrance request in passing and the mixing-valve price are not.",
      cu("11-16 07:45", """Hi Samir,

We'd like to book the annual service of the boiler and the dishwasher water softener at the café for the week of 30 November - any day except Wednesday. Could you also confirm whether the engineer needs the whole kitchen shut down or just the wash-up area?

Oh, and please use the side entrance on Tidy Street, the front is being re-tiled.

One more thing: can you give us a price for a thermostatic mixing valve on the staff hand-wash basin? Our EHO mentioned it at the last inspection.

Thanks,
Victoria Shaw
Shaw Catering""", uq=2),
      ag("sam", "11-16 12:10", """Hi Victoria,

Booked for Tuesday 1 December from 7am. Only the wash-up area needs to be out of use, for about two hours.

Best regards,
Samir""")),

    C("b53-robinet-radiateur", "fr", "open", {"awaiting-reply": 1},
      "Julien Moreau <julien.moreau@example.com>", "gmail", "Fuite au robinet du radiateur",
      "Visit booked, photo asked for; the customer sends it with two new questions and gets no reply: awaiting reply.",
      cu("11-16 09:00", """Bonjour,

Nous avons une fuite sur le radiateur du salon, au niveau du robinet. Pouvez-vous venir cette semaine ?

Julien Moreau
45 Buckingham Road, Brighton"""),
      ag("claire", "11-16 11:00", """Bonjour Monsieur Moreau,

Oui : jeudi 19 entre 8h et 12h. Pouvez-vous m'envoyer une photo du robinet, pour que le technicien apporte la bonne pièce ?

Bien cordialement,
Claire"""),
      cu("11-16 12:00", """Voici la photo.

Est-ce que le technicien devra vidanger tout le circuit ? Et faut-il que je sois présent, ou ma voisine peut-elle lui ouvrir ?

Julien""", attach=[("image/png", "robinet-salon.png", ROBINET_PNG)])),

    C("b54-loft-first-fix-rates", "en", "closed", {"unanswered-question": 1},
      "Liam O'Neill <liam@oneillbuilding.example>", "thunderbird", "Plumber for loft conversion",
      "Day rates answered by attachment only; the earliest-availability question is not answered.",
      cu("11-05 13:00", """Hi,

I'm a builder doing a loft conversion in Preston Park and need a plumber for first and second fix on the new shower room. Could you send your day rates? When's your earliest availability for the first fix? We're ready from the 23rd.

Cheers,
Liam O'Neill
O'Neill Building""", uq=1),
      ag("sam", "11-05 15:00", """Hi Liam,

Our trade rates are attached - the day rate for a plumber and mate is at the top.

Best regards,
Samir""", attach=[("application/pdf", "Brookfield-trade-rates-2026.pdf", TRADE_RATES_PDF)])),
]

UNANSWERED: dict[str, list[str]] = {
    "b02-shared-drain-lewes": [
        "If it turns out the blockage is in the shared section, who pays - us or the water company?"],
    "b04-warmwasserspeicher-richmond": [
        "Außerdem bitte ich Sie, die Rechnung auf meine Firma auszustellen: Albrecht Immobilien GmbH, Leopoldstraße 40, 80802 München."],
    "b12-separador-grasas": [
        "¿Hay que cerrar el bar el día de la instalación?",
        "También quería saber si ofrecen un contrato de mantenimiento para vaciarlo cada mes."],
    "b18-ufh-extension-list": [
        "Can we have a separate thermostat for the kitchen end and the dining end?",
        "Do you offer a warranty on the pipework, and how long?"],
    "b21-sink-then-washing-machine": [
        "could you also quote for moving the washing machine from the kitchen to the utility room?"],
    "b23-entretien-chaudiere-lewes": [
        "Je voudrais aussi savoir si vous pouvez installer un robinet thermostatique sur le radiateur de la chambre d'amis pendant la même visite."],
    "b31-f28-lost-headers": [
        "can they check why the bathroom radiator rattles when the heating comes on?"],
    "b33-noisy-shower-pump-b64": [
        "And is there anything I can do in the meantime to quieten it down?"],
    "b35-downpipe-porch": [
        "Can you move the downpipe to the other side of the porch so it goes into the gully there?"],
    "b38-caldera-inquilino": [
        "Y por favor, coordinen la cita directamente con el inquilino, Mark Evans, 07700 900 218, porque yo estoy en Valencia."],
    "b40-combi-long-paragraph": [
        "do we book that through you or through the manufacturer to keep the 10-year warranty valid?",
        "my wife wants to know if the old hot water cylinder you took out was recycled"],
    "b41-portfolio-three-things": [
        "Are your rates going up in January?"],
    "b42-facture-bac-graisse": [
        "Par ailleurs, merci d'indiquer notre numéro de bon de commande (BC-4471) sur les prochaines factures.",
        "Et est-il possible de régler en deux fois ?"],
    "b43-heizung-klopft": [
        "Könnten Sie bei der Gelegenheit auch den Heizkörper im Bad gegen einen Handtuchheizkörper tauschen?"],
    "b47-cloakroom-drawing": [
        "do you dispose of the old toilet or should we arrange a skip?"],
    "b49-shoreditch-new-york": [
        "Could you send photos of the boiler and the meter readings after the visit?"],
    "b52-cafe-service-passing": [
        "Oh, and please use the side entrance on Tidy Street, the front is being re-tiled.",
        "can you give us a price for a thermostatic mixing valve on the staff hand-wash basin?"],
    "b54-loft-first-fix-rates": [
        "When's your earliest availability for the first fix?"],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice123 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
