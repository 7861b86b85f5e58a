#!/usr/bin/env python3
"""Regenerate ``tests/practice131/``: a labelled corpus of Sootwell Chimney Sweeps.

A support mailbox of a fictional chimney sweeping and flue firm in the West Midlands and the
Cotswolds (sweeping open fires, wood-burners, multi-fuel stoves, Agas and inglenooks, sweep
certificates for insurers, bird guards and cowls, CCTV flue surveys, smoke tests, liners,
booking slots and cancellations), written without looking at the detection heuristics, with
many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``sootwellsweeps.example``.

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

Usage: python scripts/make_practice131_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "sootwellsweeps.example"
DESK = "Sootwell Bookings <bookings@sootwellsweeps.example>"

AGENTS = {
    "bryony": ("Bryony Catterall <bryony@sootwellsweeps.example>", "thunderbird", """-- 
Bryony Catterall
Bookings | Sootwell Chimney Sweeps
Unit 3, Forge Yard, Tewkesbury GL20 5XX | 01684 555 0120
Book online: https://sootwellsweeps.example/book?ref=email"""),
    "gethin": ("Gethin Rowlands <gethin@sootwellsweeps.example>", "outlook", """Gethin Rowlands
Master Sweep | Sootwell Chimney Sweeps
Guild of Master Chimney Sweeps member. Questions about your flue? Just reply to this e-mail."""),
    "priya": ("Priya Lockwood <priya@sootwellsweeps.example>", "outlook", """Priya Lockwood
Certificates & Accounts | Sootwell Chimney Sweeps
This e-mail and any attachment are confidential and intended only for the addressee.
If you have received it in error, please tell us and delete it."""),
    "tomasz": ("Tomasz Wilk <tomasz@sootwellsweeps.example>", "apple", """Tomasz Wilk
CCTV Surveys & Smoke Testing | Sootwell Chimney Sweeps
https://sootwellsweeps.example/cctv?from=email"""),
    "klaus": ("Klaus Ebermann <klaus@sootwellsweeps.example>", "thunderbird_de", """-- 
Klaus Ebermann
Kundenbetreuung (Deutsch) | Sootwell Chimney Sweeps
https://sootwellsweeps.example/de?ref=signatur"""),
    "celine": ("Céline Roux <celine@sootwellsweeps.example>", "apple_fr", """Céline Roux
Service clients (français) | Sootwell Chimney Sweeps
https://sootwellsweeps.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@sootwellsweeps.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Sootwell Chimney Sweeps
+44 1684 555 0127"""),
}

ACK = """Hello,

Thank you for contacting Sootwell Chimney Sweeps. This is an automatic confirmation:
your message has been logged as {ref}. Our office is open Monday to Friday, 8am to
5pm, and we aim to reply within one working day.

If you can smell smoke or fumes in your home, or your carbon monoxide alarm sounds,
please do not wait for our reply: let the fire go out, open the windows and call the
gas emergency line.

Sootwell Chimney Sweeps - Bookings
https://sootwellsweeps.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Sootwell Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="sw.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice131", title="Sootwell Chimney Sweeps", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="SCS-", reply_prefix=REPLY_PREFIX)

# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

CERT_PDF = mailcraft.pdf(["Sootwell Chimney Sweeps - Certificate of Chimney Sweeping",
                          "Appliance: open fire | Flue: clay-lined, 1 pot",
                          "Method: rotary brush from below, vacuum and sheeting",
                          "Condition: flue clear, draw tested satisfactory",
                          "Next sweep recommended within 12 months"])
REPORT_PDF = mailcraft.pdf(["Sootwell Chimney Sweeps - CCTV Flue Survey Report",
                            "Flue: clay liner, approx. 6 m, one bend",
                            "Finding: vertical crack at 4.5 m; two open joints above",
                            "Recommendation: do not use until relined",
                            "Surveyor: T. Wilk"])
QUOTE_PDF = mailcraft.pdf(["Sootwell Chimney Sweeps - Quotation",
                           "Supply and fit 904 grade flexible liner, register plate, cowl",
                           "Price valid 30 days, VAT at 20% extra"])
INVOICE_PDF = mailcraft.pdf(["Sootwell Chimney Sweeps - Invoice SW-26-1187 (paid)",
                             "Ramonage poele a bois / stove sweep: GBP 75.00",
                             "Paid by card, 10/11/2026"])
SMOKE_PDF = mailcraft.pdf(["Sootwell Chimney Sweeps - Smoke Test Certificate",
                           "Property: Fernlea, 2 Mill Lane",
                           "Result: PASS - no leakage at joints or through the stack"])
HALL_PDF = mailcraft.pdf(["Sootwell Chimney Sweeps - Quotation Q-26-311",
                          "Ashton-under-Hill Village Hall: sweep 2 open fires with certificates",
                          "GBP 150.00, Thursday 26 November 2026, 9am"])
COWL_PNG = mailcraft.png(24, 24, lambda x, y: (150, 150, 160) if 6 < x < 18 and y < 14 else (200, 220, 240))
POT_PNG = mailcraft.png(24, 32, lambda x, y: (196, 160, 110) if 8 < x < 16 and y < 12 else (
    (150, 70, 50) if y >= 12 else (180, 210, 235)))

PDF, PNG = "application/pdf", "image/png"


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("s01-hollis-clearview-annual", "en", "closed", {},
      "Margaret Hollis <m.hollis@cotswoldmail.example>", "gmail", "Annual sweep - Clearview stove",
      "Returning customer books the annual stove sweep; three questions answered out of order in one paragraph; thanks-only reply.",
      cu("11-02 09:12", """Hello,

Our Clearview Pioneer 400 is due its annual sweep - the last one was done by you in
October last year, I think by a chap called Dave. Could we book something for this
week or next? Mornings are best as I'm out from 2pm most days.

How long before you arrive should we let the stove go out? And will you leave a sweep
certificate on the day? Our home insurer asked for one at renewal last year and I had
to chase it.

Many thanks,
Margaret Hollis
Stow Cottage, Lower Slaughter"""),
      ag("bryony", "11-02 10:05", """Dear Mrs Hollis,

Thanks for getting in touch - lovely to hear from you again. Dave has a morning slot on
Thursday 5 November at 9:00 in the Slaughters and I've pencilled you in, so just tell me
if that doesn't suit. He'll leave the certificate with you when he's finished, and we
email a PDF copy the same afternoon so you have one for the insurer. If you could let the
stove go out the night before, that's perfect - it needs to be cold to the touch, so no
fire that morning."""),
      cu("11-02 10:41", """Thursday at 9 is perfect. Thank you Bryony!

Margaret""", thanks=True)),

    C("s02-okafor-jackdaw-nest", "en", "closed", {"unanswered-question": 1},
      "Chidi Okafor <chidi.okafor@example.com>", "outlook", "Jackdaw nest in chimney + bird guard",
      "Nest removal, sweep and bird guard answered and booked; the request in passing to look at the leaning back-bedroom pot is never addressed.",
      cu("11-05 08:30", """Hi there,

We moved into a Victorian terrace in Headingley in the summer and the front room has an
open fire we'd love to use this winter. Trouble is, we've had jackdaws in and out of
that chimney since we arrived and there's a pile of twigs sitting on the grate.

Can you remove the nest and sweep the chimney in the same visit? If we want a guard put
on afterwards so they can't get back in, can that be fitted on the day and roughly what
does it cost?

We'd also like the second chimney pot on the back bedroom looked at while you're up there - it has a lean to it.

Thanks,
Chidi Okafor""", uq=1),
      ag("gethin", "11-05 11:10", """Hello Chidi,

Yes - we do nest removal and the sweep in one go. It's November so the birds are long
gone and there's no problem legally; we just allow an extra hour, as a jackdaw nest can
fill a good couple of metres of flue. A bird guard is £65 fitted, stainless mesh, and the
lads carry them on the van, so it goes on the same day.

We've got Thursday 12 November in Leeds, 8:30 or 13:00. Let me know which and I'll get it
booked.

Cheers,"""),
      cu("11-05 12:02", """Morning slot please - 8:30 on the 12th. Street parking is fine outside number 41.

Chidi"""),
      ag("bryony", "11-05 13:30", """Hi Chidi,

All booked: Thursday 12 November, 8:30 - nest removal, sweep and bird guard. Please keep
anything precious well away from the hearth; we sheet up, but nests can be messy.

Best wishes,""")),

    C("s03-brandt-ferienhaus-st-ives", "de", "pending", {"unanswered-question": 1},
      "Jens Brandt <j.brandt@brandt-architektur.example>", "gmail_de", "Kaminofen kehren - Ferienhaus St Ives",
      "German owner of a holiday cottage books a sweep with key pick-up and an English certificate; the request to send the invoice to his Hamburg company address is ignored.",
      cu("11-16 19:40", """Sehr geehrte Damen und Herren,

wir besitzen ein Ferienhaus in St Ives (Trelawney Cottage, Porthmeor Road) und vermieten
es über Weihnachten. Der Kaminofen (ein Hwam 3630) wurde zuletzt vor gut einem Jahr
gekehrt, und unsere Versicherung verlangt einen aktuellen Nachweis.

Welche Termine hätten Sie in der Woche ab dem 23. November? Wir selbst sind nicht vor
Ort - ist es für Sie in Ordnung, den Schlüssel bei unserer Nachbarin Mrs Polglase
abzuholen? Und stellen Sie die Bescheinigung auch auf Englisch aus, so dass wir sie
direkt an die Versicherung weitergeben können?

Außerdem bitte ich Sie, die Rechnung an meine Firmenadresse in Hamburg zu schicken (siehe Signatur).

Mit freundlichen Grüßen
Jens Brandt

Brandt Architektur GmbH
Großer Burstah 21, 20457 Hamburg""", uq=1),
      ag("klaus", "11-17 09:15", """Sehr geehrter Herr Brandt,

vielen Dank für Ihre Nachricht. In St Ives sind wir in der Woche ab dem 23. November am
Dienstag (24.) und am Donnerstag (26.) unterwegs, jeweils vormittags oder nachmittags.
Den Schlüssel bei Mrs Polglase abzuholen ist überhaupt kein Problem - das machen wir bei
vielen Ferienhäusern so; bitte geben Sie mir nur ihre Telefonnummer.

Die Kehrbescheinigung (Sweep Certificate) ist ohnehin auf Englisch. Sie entspricht dem
Standard, den britische Versicherer verlangen, und wir schicken Ihnen am selben Tag ein PDF.

Mit freundlichen Grüßen"""),
      cu("11-17 11:02", """Guten Tag Herr Ebermann,

dann nehmen wir Dienstag, den 24., vormittags. Mrs Polglase erreichen Sie unter
01736 555 0192, sie ist den ganzen Tag zu Hause.

Viele Grüße
Jens Brandt"""),
      ag("klaus", "11-17 11:30", """Sehr geehrter Herr Brandt,

der Termin steht: Dienstag, 24. November, zwischen 9 und 12 Uhr. Ich habe Mrs Polglase
eben angerufen, sie weiß Bescheid.

Mit freundlichen Grüßen"""), tz=1),

    C("s04-devlin-prepurchase-cctv", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Siobhan Devlin <siobhan.devlin@example.org>", "owa", "CCTV flue survey before exchange - 8 Harcourt Road",
      "House buyer needs a CCTV survey before exchange; price answered, earliest slot promised 'tomorrow'; she chases two days later and a colleague gives the slot (late).",
      cu("11-09 07:55", """Good morning,

We're in the middle of buying 8 Harcourt Road in Clifton and our surveyor has flagged
the chimney breast in the living room - there's staining on the wallpaper and he
recommends a "specialist flue inspection" before we exchange. The vendors have agreed
to give access.

What does a CCTV survey cost, and how quickly could you fit one in? We'd need the
written report in time for our solicitor, ideally before the 27th.

Best regards,
Siobhan Devlin"""),
      ag("tomasz", "11-09 10:20", """Hi Siobhan,

A CCTV flue survey is £145 + VAT for one flue, including the written report with stills,
which we email as a PDF the same evening. If the staining turns out to be a cracked
liner or failed flaunching, the report says so in plain English, which solicitors and
lenders tend to like.

I need to juggle a couple of jobs around for the camera van - I'll check the diary with
the lads and get back to you tomorrow with the earliest slot.

Tomasz""", promises=[("11-10", 4)]),
      cu("11-12 09:05", """Hi Tomasz,

Any news on a date? I was expecting to hear on Tuesday. Exchange is pencilled for the
27th and the vendors' agent keeps asking me when you'd like the keys.

Siobhan""", chase=True),
      ag("bryony", "11-12 11:40", """Dear Siobhan,

I'm sorry you've been left waiting - Tomasz has been out on a run of surveys. I can give
you Monday 16 November at 10:00 at Harcourt Road, and the report will be with you that
evening. I've emailed the vendors' agent about the keys, so you don't need to.

Kind regards,""")),

    C("s05-lefevre-certificat-bath", "fr", "closed", {},
      "Camille Lefèvre <camille.lefevre@example.net>", "apple_fr", "Ramonage poêle à bois + certificat assurance",
      "Three bulleted questions answered inline under each quote (one with a bare price); the customer books a Saturday and it is confirmed.",
      cu("11-03 18:22", """Bonjour,

J'habite à Bath depuis peu et je voudrais faire ramoner le poêle à bois avant l'hiver.
Mon assureur demande un certificat de ramonage chaque année.

- Est-ce que le certificat est remis le jour même ?
- Combien coûte le ramonage d'un poêle à bois ?
- Est-ce que vous pouvez passer un samedi ?

Merci d'avance,
Camille Lefèvre
4 Widcombe Crescent, Bath"""),
      ag("celine", "11-04 09:05", """Bonjour Madame Lefèvre,

Merci pour votre message, je vous réponds point par point :

> - Est-ce que le certificat est remis le jour même ?

Oui, le ramoneur vous le remet en fin d'intervention, et nous vous l'envoyons aussi en
PDF le soir même.

> - Combien coûte le ramonage d'un poêle à bois ?

75 £ TTC.

> - Est-ce que vous pouvez passer un samedi ?

Oui, un samedi par mois à Bath : le prochain est le 14 novembre, il reste un créneau à 10 h.

Bien cordialement,""", quote=False),
      cu("11-04 12:15", """Parfait, je prends le samedi 14 à 10 h. Le code du portail est le 2580.

Camille"""),
      ag("celine", "11-04 14:00", """Bonjour Madame Lefèvre,

C'est noté pour le samedi 14 novembre à 10 h ; j'ai transmis le code au ramoneur.

Bien cordialement,""")),

    C("s06-marsh-lettings-smoke-tests", "en", "pending", {},
      "Hannah Marsh <hannah@marshpryce.example>", "outlook", "Smoke tests x3 before new tenancies",
      "Letting agent (colleague Cc'd) wants three smoke tests on one day; all questions answered; the running order promised 'by Monday' is sent by a colleague on Monday.",
      cu("11-13 10:12", """Hi Sootwell team,

We have three properties changing tenants at the start of December and our landlord
insurance wants a smoke test on every chimney with a working appliance before the new
tenancies begin:

  - 2 Quarry Lane, Frome (multi-fuel stove)
  - Flat A, 17 Vallis Way, Frome (open fire)
  - The Old Forge, Nunney (woodburner + inglenook)

Could you do all three on one day? The current tenants are still in - does anyone need
to be present? Please raise a separate invoice for each property, as they belong to
different landlords.

Dan (cc'd) holds the keys for Nunney.

Kind regards,
Hannah Marsh
Lettings Manager, Marsh & Pryce
Questions about your tenancy? https://marshpryce.example/tenants?src=email""",
         cc="Dan Pryce <dan@marshpryce.example>"),
      ag("bryony", "11-13 12:40", """Hi Hannah,

Yes, we can do all three on Wednesday 18 November - Tomasz does our smoke tests and he's
in Frome that day. The tenants don't need to be in, as long as someone can let him in
and he can get at the stoves. Separate invoices per property are no problem; Priya in
accounts will make them out to each landlord if you send over the names.

Tomasz will confirm the running order and arrival times by Monday.

Best wishes,""", cc="Dan Pryce <dan@marshpryce.example>", promises=[("11-16", 3)]),
      ag("tomasz", "11-16 08:45", """Hi Hannah,

Running order for Wednesday 18th:

  09:00  2 Quarry Lane
  10:30  Flat A, 17 Vallis Way
  12:30  The Old Forge, Nunney - Dan meets me there with the keys

The Old Forge takes longest as there are two flues.

Tomasz""", cc="Dan Pryce <dan@marshpryce.example>")),

    C("s07-quinn-cowl-rattle", "en", "closed", {"unanswered-question": 1},
      "Ruth Quinn <ruthquinn@example.com>", "iphone", "Spinning cowl rattling",
      "A new spinning cowl rattles; a visit is booked and the part guarantee explained, but the call-out charge she asked about is not; thanks-only reply.",
      cu("11-09 22:14", """Hi,

You fitted a spinning cowl on our chimney in September (Quinn, 3 Marlow Close) and
since the wind picked up this week it has been rattling and squeaking all night - it's
right above our bedroom and we're not sleeping.

Can someone come and look at it this week? Will there be a call-out charge for this? We only had it fitted eight weeks ago.

Ruth Quinn

Sent from my iPhone""", uq=1),
      ag("gethin", "11-10 08:50", """Morning Ruth,

Sorry to hear that - a rattle on a new spinner is usually the bearing not seating
properly or the head working loose in a gale. I can get Dave to you on Thursday morning,
he'll be in Marlow from about 10.

The cowl has a two-year manufacturer's guarantee, so if the head or bearing is faulty we
swap it at no cost for the part.

Gethin"""),
      cu("11-10 09:05", """Thursday is great, thank you.

Ruth

Sent from my iPhone""", thanks=True)),

    C("s08-schulz-rauchprobe-farnham", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Annette Schulz <annette.schulz@example.de>", "outlook_de", "Rauchprobe für neuen Holzofen (Building Control)",
      "Smoke test for building control: price and paperwork answered, a date promised 'bis Freitag'; she chases the next Tuesday ('ich warte immer noch') and gets the date late.",
      cu("11-04 08:10", """Sehr geehrte Damen und Herren,

in unserem Haus in Farnham wurde letzte Woche von einer anderen Firma ein neuer Holzofen
eingebaut (Stovax Vogue Medium). Für die Abnahme beim Building Control brauchen wir eine
Rauchprobe (smoke test) des Schornsteins und eine entsprechende Bescheinigung. Die
Einbaufirma macht das leider nicht selbst.

Können Sie das übernehmen, und wann wäre das frühestens möglich? Brauchen Sie vorab die
Einbauunterlagen des Ofens?

Mit freundlichen Grüßen
Annette Schulz"""),
      ag("klaus", "11-04 11:30", """Sehr geehrte Frau Schulz,

ja, das übernehmen wir gern. Die Rauchprobe mit Bescheinigung kostet 95 £ inkl. MwSt.
Die Einbauunterlagen brauchen wir nicht vorab; es reicht, wenn Sie das Typenschild und
die Rechnung der Einbaufirma am Termin bereithalten.

Rauchproben macht bei uns Tomasz. Ich kläre mit ihm, ob er nächste Woche nach Farnham
kommen kann, und melde mich bis Freitag bei Ihnen.

Mit freundlichen Grüßen""", promises=[("11-06", 4)]),
      cu("11-10 09:30", """Guten Morgen Herr Ebermann,

ich warte immer noch auf Ihre Rückmeldung wegen des Termins. Der Building Inspector
kommt am 19. November, bis dahin bräuchten wir die Bescheinigung. Geht das noch?

Annette Schulz""", chase=True),
      ag("klaus", "11-10 12:15", """Sehr geehrte Frau Schulz,

entschuldigen Sie bitte, dass Sie warten mussten. Tomasz kommt am Freitag, 13. November,
um 14 Uhr; die Bescheinigung erhalten Sie noch am selben Tag, also rechtzeitig vor dem 19.

Mit freundlichen Grüßen""")),

    C("s09-pritchard-cancel-covid", "en", "closed", {},
      "Gwen Pritchard <gwen.pritchard@example.net>", "gmail", "Cancel Thursday sweep - Pritchard",
      "Cancellation with a fee question and a rebooking request, both answered in one short reply; thanks-only.",
      cu("11-09 07:02", """Hi Bryony,

Really sorry but we'll have to cancel Thursday's sweep (Pritchard, 22 Bell Street, 11am)
- my son has come down with covid and we'd rather not have anyone in the house this week.

Is there a cancellation fee at this notice? And could we move to next week instead - any
day except Wednesday.

Thanks,
Gwen"""),
      ag("bryony", "11-09 09:15", """Hi Gwen,

No charge at all - you've given us plenty of notice; we only charge for cancellations on
the day. Hope he's feeling better soon. I've moved you to Tuesday 17 November, 11am, same
sweep (Rhys).

Best wishes,"""),
      cu("11-09 09:40", """Perfect, thanks so much Bryony!""", thanks=True)),

    C("s10-garcia-grasmere", "es", "pending", {"unanswered-question": 1},
      "Elena García <elena.garcia@example.es>", "gmail_es", "Deshollinar chimenea y estufa - Grasmere",
      "Owner in Madrid of a Lake District let: price and bird guard answered, booking made; whether the certificate is valid for her Spanish insurer is never addressed (only 'we'll send the PDF').",
      cu("11-15 20:10", """Hola:

Soy propietaria de una casa en Grasmere (Heron Ghyll, Red Bank Road) que alquilamos a
turistas, y la próxima temporada queremos volver a usar la chimenea del salón y la
estufa de leña de la cocina.

¿Cuánto cuesta deshollinar las dos en la misma visita? También hemos visto nidos en lo
alto de la chimenea: ¿pueden instalar una rejilla antipájaros?

Además, quisiera saber si el certificado que emiten sirve para la aseguradora española con la que tenemos el seguro de la casa.

Un saludo,
Elena García""", uq=1),
      ag("lucia", "11-16 10:05", """Hola, Elena:

Gracias por escribirnos. Deshollinar la chimenea abierta y la estufa en la misma visita
cuesta 120 £ (IVA incluido). La rejilla antipájaros son 65 £ por chimenea, instalada el
mismo día; si hay un nido, lo retiramos antes sin coste adicional.

Tenemos hueco en Grasmere el jueves 26 de noviembre o el martes 1 de diciembre. ¿Cuál le
viene mejor?

Un saludo,"""),
      cu("11-16 13:30", """Hola, Lucía:

Mejor el jueves 26. Las llaves las tiene la señora Atkinson, de la casa de al lado.

Gracias,
Elena"""),
      ag("lucia", "11-16 15:10", """Perfecto, Elena: queda reservado el jueves 26 de noviembre por la mañana, con las
llaves de la señora Atkinson. Le enviaremos el certificado en PDF ese mismo día.

Un saludo,"""), tz=1),

    C("s11-fenwick-liner-questions", "en", "open", {"awaiting-reply": 1},
      "Alan Fenwick <alan.fenwick@example.org>", "thunderbird", "CCTV survey report - Fenwick",
      "Survey report sent with a PDF; the customer's follow-up with three questions about relining (cost, grade, scaffolding) has had no reply for two days.",
      cu("11-12 16:20", """Hello Tomasz,

Thanks for coming out on Monday to run the camera up our chimney. Could you send over
the written report when you get a chance? Our insurer wants it before they'll confirm
cover for the stove.

Regards,
Alan Fenwick"""),
      ag("tomasz", "11-13 09:10", """Hi Alan,

Report attached. In short: the clay liner has a vertical crack at about 4.5 m, just below
the first bend, and two of the joints higher up have lost their mortar. I wouldn't use
the stove until it's lined.

Tomasz""", attach=[(PDF, "Fenwick-CCTV-survey.pdf", REPORT_PDF)]),
      cu("11-18 09:30", """Hi Tomasz,

Thanks for the report, it's very clear. We'd like to get it lined before Christmas if at
all possible.

What would a stainless liner cost for a 6 m run? Is it 316 or 904 grade you'd recommend
for a woodburner we use most evenings? And roughly how long does the job take - do you
need scaffolding or can it be done from a roof ladder?

Regards,
Alan""")),

    C("s12-nowak-new-booking", "en", "open", {},
      "Piotr Nowak <piotr.nowak@example.com>", "android", "Sweep booking - Charnwood C5",
      "Fresh booking request this morning with only the helpdesk acknowledgement: inside the response target.",
      cu("11-20 11:20", """Hi, could you book us in for a sweep of our woodburner sometime in the next fortnight?
It's a Charnwood C5 at 4 Orchard Rise, Ledbury. Any weekday after 10am works.

Thanks
Piotr Nowak

Sent from Outlook for Android"""),
      ack("11-20 11:21")),

    C("s13-bishop-certificate-reopened", "en", "pending", {"reopened": 1},
      "Laura Bishop <laura.bishop@example.net>", "apple", "Copy of sweep certificate please",
      "Certificate copy sent and the case marked resolved; a week later the customer writes about smoke puffing back into the room (new problem) and the master sweep books a smoke test.",
      cu("11-09 14:30", """Hi,

You swept our open fire in October (Bishop, The Laurels, Cheltenham Road). I've lost the
certificate somewhere in the move - could you send me another copy? The insurance
renewal is due on Friday.

Thanks,
Laura Bishop"""),
      ag("bryony", "11-09 15:05", """Hi Laura,

Of course - a copy of your certificate from 14 October is attached. I'll mark this as
resolved, but just reply if you need anything else.

Best wishes,""", attach=[(PDF, "Bishop-sweep-certificate.pdf", CERT_PDF)], closes=True),
      cu("11-16 19:45", """Hi Bryony,

Sorry to come back on this one. We lit the fire for the first time this weekend and every
time the living room door opens, smoke puffs back into the room. It never did that last
winter. Could someone come and look at it? Is it safe to keep using it in the meantime?

Laura"""),
      ag("gethin", "11-17 08:40", """Hi Laura,

Puffing when a door opens is nearly always a draught issue rather than a blockage - new
windows or a new extractor fan can pull air down the chimney. Please don't use it in the
evenings until we've had a look; a small fire with a window cracked open is fine while
you're in the room.

I've booked a smoke test and draw check for Thursday 19 November at 2pm.

Gethin""")),

    C("s14-hughes-inglenook-three-agents", "en", "pending", {"many-handoffs": 1},
      "Gareth Hughes <gareth@upperheathfarm.example>", "outlook", "Inglenook - sweep and CCTV survey",
      "Farmhouse inglenook: bookings, accounts and the surveyor each answer one step (three agents); every question answered.",
      cu("11-10 10:00", """Hello,

We've bought a 17th-century farmhouse near Ludlow with a huge inglenook that hasn't been
used for at least ten years. Before we put a stove in it, we'd like a CCTV survey and a
sweep. When could you come?

Gareth Hughes
Upper Heath Farm"""),
      ag("bryony", "11-10 11:15", """Dear Mr Hughes,

Lovely - we do a lot of inglenooks around Ludlow. I can book a sweep and CCTV survey
together for Tuesday 17 November at 9:30; allow about three hours. The combined price is
£210 + VAT.

Kind regards,"""),
      cu("11-10 12:05", """That's fine, book it please. Could the invoice go to the farm partnership (G & E Hughes,
Upper Heath Farm Partnership) rather than to me personally, for the VAT?

Gareth"""),
      ag("priya", "11-10 14:20", """Dear Mr Hughes,

Yes, that's no trouble - the visit is booked, and I've set the account up as G & E Hughes,
Upper Heath Farm Partnership, so the invoice will be made out to the partnership. If you
send me the partnership's VAT number I'll add it.

Kind regards,"""),
      cu("11-17 16:30", """Hi,

Thanks to Tomasz for this morning. He said the old flue is very wide and a liner would be
needed for a stove - could he put a rough figure on that in the report?

Gareth"""),
      ag("tomasz", "11-18 09:00", """Hello Gareth,

Yes - the report is attached and the last page has a budget figure: for a 7 m run of
200 mm 904 grade liner with a register plate and insulation, allow £1,650-£1,900 + VAT
depending on the stove you choose.

Tomasz""", attach=[(PDF, "Upper-Heath-Farm-survey.pdf", REPORT_PDF)])),

    C("s15-moreau-facture", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Julien Moreau <julien.moreau@example.fr>", "gmail", "Facture ramonage du 10 novembre",
      "Receipted invoice promised 'd'ici demain'; the customer chases five days later ('Je me permets de vous relancer') and gets the PDF late.",
      cu("11-10 17:45", """Bonjour,

Votre ramoneur est passé ce matin pour notre poêle (Moreau, 5 Church Lane, Cirencester)
et nous avons réglé par carte. Pourriez-vous m'envoyer une facture acquittée à mon nom ?
Mon employeur rembourse une partie des frais de logement et il me la faut avant la fin
du mois.

Cordialement,
Julien Moreau"""),
      ag("celine", "11-11 09:20", """Bonjour Monsieur Moreau,

Merci pour votre message. Je demande la facture à notre service comptable et je vous
l'envoie d'ici demain.

Bien cordialement,""", promises=[("11-12", 4)]),
      cu("11-16 08:50", """Bonjour Madame Roux,

Je me permets de vous relancer : je n'ai toujours pas reçu la facture. Pourriez-vous me
la faire parvenir cette semaine ?

Cordialement,
Julien Moreau""", chase=True),
      ag("celine", "11-16 11:30", """Bonjour Monsieur Moreau,

Toutes mes excuses pour ce retard. Vous trouverez ci-joint la facture acquittée
n° SW-26-1187, à votre nom.

Bien cordialement,""", attach=[(PDF, "Facture-SW-26-1187.pdf", INVOICE_PDF)])),

    C("s16-ellis-rayburn-resend", "en", "pending",
      {"customer-chased": 1, "slow-first-response": 1},
      "Tom Ellis <tom.ellis@example.com>", "gmail", "Sweep for open fire and Rayburn",
      "Friday enquiry gets only the acknowledgement; on Tuesday the customer resends it word for word as a new mail; answered that morning.",
      cu("11-13 13:10", """Hello,

We'd like to book a sweep for our open fire and also for the solid-fuel Rayburn in the
kitchen. Can you do both on one visit, and what would it cost? We're at Mill House,
Church Stretton. Weekdays are fine.

Thanks,
Tom Ellis"""),
      ack("11-13 13:11"),
      cu("11-17 08:05", """Hello,

We'd like to book a sweep for our open fire and also for the solid-fuel Rayburn in the
kitchen. Can you do both on one visit, and what would it cost? We're at Mill House,
Church Stretton. Weekdays are fine.

Thanks,
Tom Ellis""", parent=0, chase=True),
      ag("bryony", "11-17 09:30", """Dear Mr Ellis,

Apologies - your first email on Friday slipped through the net. Yes, we can do both in
one visit: the open fire and the Rayburn together come to £135. The Rayburn also needs
brushing through the top access door, so allow about two hours. We're in Church Stretton
on Wednesday 25 November - would the morning suit?

Kind regards,""")),

    C("s17-oconnell-one-long-paragraph", "en", "closed", {"unanswered-question": 2},
      "Niamh O'Connell <niamh.oconnell@example.net>", "owa", "First sweep for multi-fuel stove + Aga",
      "Four questions buried in one run-on paragraph; the slot and the Aga are answered, the van size and the register-plate hatch are not; acknowledgement-only reply.",
      cu("11-02 20:30", """Hi,

I've been meaning to get in touch for weeks, we've had the multi-fuel stove in since last spring and it's never been swept, and the installer said it should be done before the first winter, so what's your earliest slot, we're at 3 Tanners Row, Malvern, and while I'm at it, do you also sweep the flue of an Aga, because ours is the old solid fuel type and nobody seems to know who does them, and I should warn you the lane to our house is very narrow, is your van a normal car size or a big Transit, and could you also check whether the register plate has an access hatch, because the installer couldn't remember whether he fitted one.

Many thanks,
Niamh O'Connell""", uq=2),
      ag("bryony", "11-03 09:00", """Hi Niamh,

Thanks for your email. Yes, we sweep solid-fuel Agas - Rhys does several every winter.
Please let the Aga go out the day before so it's cool enough to open up. Our earliest
slot in Malvern is Wednesday 11 November at 10am, for both the stove and the Aga, £130
in total.

Kind regards,"""),
      cu("11-03 10:12", """Wednesday the 11th at 10 is fine, see you then.

Niamh""", thanks=True)),

    C("s18-ramirez-presupuesto", "es", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Javier Ramírez <javier.ramirez@example.com>", "outlook", "Presupuesto sombrerete y tapa de chimenea",
      "Quote request for an anti-downdraught cowl and a vent cap (base64 body) unanswered for three days; '¿Hay alguna novedad? Sigo esperando'; answered after the chase.",
      cu("11-02 12:40", """Buenas tardes:

Vivimos en Bristol (14 Redland Grove) y tenemos dos chimeneas en el tejado. Cuando hay
viento fuerte, el humo de la estufa vuelve a entrar en el salón, y por la otra chimenea,
que no usamos, entra agua cuando llueve.

¿Podrían enviarnos un presupuesto para un sombrerete antirrevoco en la primera y una tapa
de ventilación en la segunda? ¿Cuánto tardarían en instalarlos?

Saludos cordiales,
Javier Ramírez""", cte="base64"),
      cu("11-05 09:15", """Buenos días:

¿Hay alguna novedad? Sigo esperando el presupuesto que pedí el lunes.

Saludos,
Javier Ramírez""", chase=True),
      ag("lucia", "11-05 11:50", """Buenos días, Javier:

Disculpe la espera, esta semana hemos tenido muchísimo trabajo. Le paso el presupuesto:

- Sombrerete antirrevoco para la chimenea de la estufa: 145 £ instalado.
- Tapa de ventilación para la chimenea en desuso: 85 £ instalada; deja pasar el aire
  para que no haya condensación, pero no el agua.

Las dos se instalan en una mañana. Podríamos ir el martes 10 de noviembre.

Un saludo,""")),

    C("s19-kaur-numbered-list", "en", "pending", {"unanswered-question": 2},
      "Harpreet Kaur <harpreet.kaur@example.org>", "gmail", "Questions before booking",
      "A numbered list of four questions (multipart/alternative) answered half-way: dust sheets and the chimney-balloon price are dropped; the booking itself is confirmed.",
      cu("11-16 20:05", """Hi there,

A few things before we book our first sweep with you (we're at 27 Beech Avenue,
Worcester - a woodburner, plus an open fire we'd like to start using):

1. Do you have anything on a Friday in the next couple of weeks?
2. Is the certificate emailed or paper only? Our insurer wants a scan.
3. Do we need to move the furniture away from the fireplaces, or do you bring dust sheets?
4. Could you also give us a price for a chimney balloon for the dining room fireplace we're not using?

Thanks a lot,
Harpreet Kaur""", kind="alt", uq=2),
      ag("bryony", "11-17 09:40", """Hi Harpreet,

1. Friday 27 November, 1pm, is free - I've held it for you for a couple of days.
2. Both - you get the paper copy on the day and a PDF by email that evening.

Best wishes,"""),
      cu("11-17 10:10", """Lovely, please book the 27th for both fires. Thanks!

Harpreet""", kind="alt"),
      ag("bryony", "11-17 10:30", """Done - you're booked in for Friday 27 November at 1pm, woodburner and open fire, £110
for both.

Best wishes,""")),

    C("s20-whitaker-invoice-ahead", "en", "pending", {},
      "Rob Whitaker <rob.whitaker@example.net>", "outlook", "Invoice SW-26-1203 - bird guard not fitted",
      "Invoice charges a bird guard that was never fitted; accounts promise the corrected invoice by Tuesday 24 November - a deadline still ahead at audit time; thanks-only.",
      cu("11-18 14:10", """Hi Priya,

The invoice for Friday's job (SW-26-1203, Whitaker, 9 Abbey Close) includes a bird guard
at £65, but your sweep said the pot already had a guard and didn't fit one. Could you send
a corrected invoice please? I'll pay it as soon as it comes through.

Thanks,
Rob Whitaker"""),
      ag("priya", "11-19 09:30", """Hi Rob,

You're right, and I'm sorry about that - the guard was on the job sheet from when you
booked and nobody took it off. I've asked for the invoice to be re-issued and I'll send
you the revised one, without the bird guard, by Tuesday 24 November.

Kind regards,""", promises=[("11-24", None)]),
      cu("11-19 09:50", """Great, thanks Priya.

Rob""", thanks=True)),

    C("s21-becker-rechnung-name", "de", "closed", {"missed-follow-up": 1},
      "Martin Becker <martin.becker@example.de>", "thunderbird_de", "Rechnung falscher Name - Brook Cottage",
      "Invoice in the previous owner's name; the sweep interval question is answered, the corrected invoice promised 'morgen' never comes; quiet-closed.",
      cu("11-10 21:15", """Guten Abend,

Sie haben am 3. November den Kamin in unserem Cottage in Hay-on-Wye gekehrt (Becker,
Brook Cottage). Auf der Rechnung steht leider noch der Name des Vorbesitzers. Könnten
Sie mir eine korrigierte Rechnung auf Martin Becker ausstellen? Ich brauche sie für die
Steuer.

Und wann wäre die nächste Kehrung fällig - reicht einmal im Jahr, wenn wir nur in den
Ferien heizen?

Viele Grüße
Martin Becker"""),
      ack("11-10 20:16"),
      ag("klaus", "11-11 09:40", """Sehr geehrter Herr Becker,

danke für den Hinweis, da ist uns beim Übertragen des Auftrags ein Fehler passiert. Ich
lasse die Rechnung von unserer Buchhaltung auf Ihren Namen umschreiben und melde mich
morgen mit der korrigierten Rechnung bei Ihnen.

Bei Holzfeuerung nur in den Ferien reicht einmal im Jahr völlig; wir empfehlen den
Termin vor Beginn der Heizsaison, also wieder im Oktober oder November 2027.

Mit freundlichen Grüßen""", promises=[("11-12", None)]), tz=1),

    C("s22-patel-rhetorical-jackdaw", "en", "closed", {},
      "Anita Patel <anita.patel@example.com>", "iphone", "Thank you + bird guard",
      "Rhetorical question and a self-answered one around a real question about a bird guard, which is answered; thanks-only.",
      cu("11-04 18:50", """Hi Gethin,

Your sweep pulled out what looked like half a hedge this morning - who knew a jackdaw
could fit so many sticks down one pot? Thank you, the fire is roaring for the first time
in years.

Where's the certificate reference for the insurance form? Ah, never mind, it's at the
bottom of the second page.

One thing: your lad said we should really have a bird guard fitted. Can you put one on at
the next visit, or does it need a separate trip?

Anita Patel

Sent from my iPhone"""),
      ag("gethin", "11-05 08:20", """Hi Anita,

Ha, we've seen worse, but not by much! A guard shouldn't wait a year - the jackdaws will
be back in March. It's a separate twenty-minute visit with the ladders; I've put you down
for Tuesday 10th in the morning, £65 fitted.

Gethin"""),
      cu("11-05 08:45", """Perfect, thanks!

Sent from my iPhone""", thanks=True)),

    C("s23-evans-thatch-colleague", "en", "closed", {},
      "Owen Evans <owen.evans@example.org>", "gmail", "Thatched cottage - insurer's chimney conditions",
      "Bookings hands a thatch question to the master sweep, who 'will email you tomorrow' and does, with the insurer's list and a quote.",
      cu("11-09 11:00", """Hello,

We've just bought a thatched cottage outside Tewkesbury with an open fire and a
woodburner. Our insurer has sent a long list of conditions for the chimneys - sweeping
twice a year, a spark arrestor, and something about a "thatch-specific inspection". Is
that something you can do, and what exactly would they want to see?

Regards,
Owen Evans"""),
      ag("bryony", "11-09 12:10", """Dear Mr Evans,

Yes, we look after a good number of thatched properties. Gethin handles all of them
personally - he'll email you tomorrow with what the insurer will want and a quote for the
first visit.

Kind regards,""", promises=[("11-10", 3)]),
      ag("gethin", "11-10 10:15", """Dear Mr Evans,

For thatch most insurers want: the chimney swept twice a year while it's in use; a
certificate each time; a spark arrestor cowl (we fit stainless ones with a 12 mm mesh);
and an annual inspection of the stack where it passes through the thatch - flaunching,
pointing and height above the ridge. We issue a "thatch inspection report" for exactly
that.

The first visit - both flues swept, the inspection, two spark arrestors fitted - comes to
£395 + VAT. I can do Thursday 19 November.

Gethin""")),

    C("s24-dubois-insert-chapeau", "fr", "closed", {"unanswered-question": 1},
      "Sophie Dubois <sophie.dubois@example.net>", "apple_fr", "Ramonage insert tubé",
      "Insert sweep and duration answered and booked; the request to check the storm-damaged chimney cap is ignored; acknowledgement-only reply.",
      cu("11-05 13:20", """Bonjour,

Nous avons un insert avec tubage inox dans notre maison de Canterbury (Dubois,
12 St Dunstan's Terrace). Est-ce que vous ramonez ce type d'installation ? Combien de
temps dure l'intervention ?

Pourriez-vous également vérifier le chapeau de cheminée ? La tempête de la semaine
dernière l'a à moitié arraché et il penche dangereusement.

Merci d'avance,
Sophie Dubois""", uq=1),
      ag("celine", "11-05 16:00", """Bonjour Madame Dubois,

Oui, nous ramonons les inserts tubés, par le haut ou par le bas selon l'accès. Comptez
environ une heure. Le prochain créneau à Canterbury est le lundi 9 novembre à 14 h, au
tarif de 80 £.

Bien cordialement,"""),
      cu("11-05 17:10", """Très bien, le lundi 9 à 14 h nous convient. Merci !

Sophie""", thanks=True)),

    C("s25-ward-out-of-office", "en", "closed", {},
      "Jenny Ward <jenny.ward@tetburyvets.example>", "outlook", "Annual sweep - 6 The Paddocks",
      "Booking offer answered by the customer's out-of-office; she confirms on her return and the booking is confirmed.",
      cu("11-03 16:40", """Hi,

Could you book us in for our annual sweep? Woodburner and one open fire at 6 The
Paddocks, Tetbury. Last year's was mid-November.

Thanks,
Jenny Ward"""),
      ag("bryony", "11-04 09:10", """Hi Jenny,

Of course - would Monday 16 November at 9am suit, same as last year? Dave will do both
the stove and the open fire; £110.

Best wishes,"""),
      auto("11-04 09:11", """Thank you for your email. I am out of the office until Monday 9 November with limited
access to email. For urgent practice matters please call reception on 01666 555 0140.

Jenny Ward
Practice Manager, Tetbury Vets""", subject="Automatic reply: Annual sweep - 6 The Paddocks",
           quote=False),
      cu("11-09 08:55", """Hi Bryony,

Sorry, I've been away. Monday 16th at 9 is perfect - the key is under the blue pot by the
back door if we're not in.

Jenny"""),
      ag("bryony", "11-09 09:30", """Thanks Jenny, that's all booked for Monday 16th at 9. I've noted the key for Dave.

Best wishes,""")),

    C("s26-hale-tar-smell", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Peter Hale <peter.hale@example.com>", "thunderbird", "Tar smell after sweep",
      "Tar smell after a sweep; the master sweep will 'have a word with Dave and come back to you' (no deadline) but only does after the customer chases five days later.",
      cu("11-11 19:00", """Hello,

Your sweep came on Monday and since then there's been a strong tarry smell in the
sitting room, even when the stove is cold. It's much worse on damp days. Is that normal
after a sweep? What should we do?

Regards,
Peter Hale
14 Coombe Rise, Stroud"""),
      ag("gethin", "11-12 08:30", """Hello Peter,

It isn't unusual for a day or two - sweeping disturbs tar deposits - but it shouldn't go
on for a week. Let me have a word with Dave, who did your sweep, about what he found in
the flue, and I'll come back to you.

In the meantime keep the stove's air vents closed when it's not in use.

Gethin""", promises=[("window", 4)]),
      cu("11-17 10:15", """Gethin,

I haven't heard back about the smell. It's still there and my wife is getting headaches,
which worries me. Please can someone ring me today - 01453 555 0172.

Peter Hale""", chase=True),
      ag("gethin", "11-17 11:00", """Hello Peter,

I'm very sorry, I should have come back to you last week. Dave says the flue had a layer
of glazed tar (third-degree creosote) near the top that brushes don't shift, and that's
almost certainly what you're smelling. Dave will come on Thursday 19 November at 10am to
do a chemical treatment and a power sweep, at no charge. I've just tried your number and
left a message.

Headaches with a smell of fumes should never be ignored, though - please keep your CO
alarm on and, if it sounds, get everyone out and call the gas emergency line.

Gethin""")),

    C("s27-rossi-pizza-oven-lost-headers", "en", "closed", {},
      "Marco Rossi <marco.rossi@example.org>", "gmail", "Pizza oven flue?",
      "Garden pizza-oven question answered in a reply that lost In-Reply-To/References; thanks-only.",
      cu("11-03 11:30", """Hi,

Do you sweep wood-fired pizza ovens? We have a brick one in the garden (about 1.2 m of
flue with a small cowl) that's had a lot of use this summer and it's started smoking out
of the front.

Marco Rossi"""),
      ag("tomasz", "11-03 14:05", """Hi Marco,

We do - garden pizza ovens make a nice change from chimneys. Smoke out of the front
usually means the flue is partly blocked with soot or the cowl is clogged. A sweep for an
oven like that is £55 and takes about half an hour. I'm near you on Friday 6 November;
does 3pm work?

Tomasz""", thread=False),
      cu("11-03 15:00", """Friday at 3 is great. Thanks Tomasz!

Marco""", thanks=True)),

    C("s28-ng-holiday-let-refs-gap", "en", "closed", {},
      "Grace Ng <grace.ng@example.net>", "apple", "Holiday let sweep - Broadway",
      "Holiday-let booking over four quick mails; the last support reply's References skip a message.",
      cu("11-02 10:00", """Hello,

We need a sweep for the woodburner at our holiday let in Broadway before the Christmas
bookings start. What dates do you have in late November? Guests are in every weekend,
so weekdays only.

Best,
Grace Ng"""),
      ag("bryony", "11-02 11:30", """Hi Grace,

We're in Broadway on Tuesday 24 and Wednesday 25 November. Which would you prefer, and
morning or afternoon?

Best wishes,"""),
      cu("11-02 12:15", """Tuesday morning please. The key safe code is 4471.

Grace"""),
      ag("bryony", "11-02 13:00", """Thanks Grace - booked for Tuesday 24 November, 9-11am. The code is on Dave's job sheet.

Best wishes,""", refs=[1, 3])),

    C("s29-stone-forwarded-insurer", "en", "closed", {},
      "Lydia Stone <lydia.stone@regencyestates.example>", "owa", "FW: Policy HG-55120 - 14 Elm Row",
      "HTML-only mail forwarding an insurer's letter (its questions are forwarded text); the agent's own request - last year's certificate - is answered with the PDF.",
      cu("11-05 09:30", """Good morning,

Please see the letter below from the insurer of one of our managed properties. Could you
send us a copy of last year's sweep certificate for 14 Elm Row, Cheltenham? You swept it
in October 2025 for our previous tenant.

Thanks,
Lydia Stone
Property Administrator, Regency Estates

-------- Forwarded message --------
From: Claims Team <claims@hearthguard-insurance.example>
Date: Tue, 3 Nov 2026 16:02
Subject: Policy HG-55120 - 14 Elm Row
To: Regency Estates <admin@regencyestates.example>

Dear Sir or Madam,

Can you confirm that the chimney at the insured property has been swept within the last
12 months? Please also provide the date of the most recent sweep and a copy of the
certificate.

Yours faithfully,
Claims Team""", kind="html"),
      ag("priya", "11-05 11:00", """Dear Lydia,

Attached is the certificate for 14 Elm Row from 21 October 2025. It is due again now, by
the way; if the insurer wants a sweep within the last 12 months, we have space on
Thursday 12 November.

Kind regards,""", attach=[(PDF, "14-Elm-Row-certificate-2025.pdf", CERT_PDF)])),

    C("s30-fischer-pellet-second-mail", "de", "closed", {"unanswered-question": 1},
      "Katrin Fischer <katrin.fischer@example.de>", "gmail_de", "Termin Kaminofen Headington",
      "Sweep booked without trouble; a week later a second mail asks about pellet stoves (answered) and to resend the certificate PDF that would not open (ignored).",
      cu("11-04 10:00", """Hallo,

könnten Sie unseren Kaminofen in Headington kehren (Fischer, 8 Sandfield Road)? Es ist
ein Skantherm Emotion. Welche Termine haben Sie nächste Woche?

Viele Grüße
Katrin Fischer"""),
      ag("klaus", "11-04 11:20", """Hallo Frau Fischer,

gern! Nächste Woche können wir am Dienstag, 10. November, um 13 Uhr kommen. Das Kehren
kostet 75 £, die Bescheinigung bekommen Sie direkt vor Ort und per E-Mail.

Viele Grüße"""),
      cu("11-04 12:00", """Dienstag um 13 Uhr passt, danke!

Katrin Fischer""", thanks=True),
      cu("11-11 18:30", """Hallo Herr Ebermann,

danke, das Kehren gestern hat gut geklappt. Noch eine Frage: Reinigen Sie auch das
Abgasrohr von Pelletöfen? Meine Schwiegereltern in Abingdon haben einen und suchen
jemanden.

Und bitte schicken Sie mir die Bescheinigung noch einmal als PDF, der Anhang in Ihrer Mail von gestern ließ sich nicht öffnen.

Viele Grüße
Katrin Fischer""", parent=2, uq=1),
      ag("klaus", "11-12 09:00", """Hallo Frau Fischer,

freut mich, dass alles gut gelaufen ist. Ja, Pelletöfen machen wir auch - Abgasrohr und
Brennkammer, ca. 90 £. Ihre Schwiegereltern können sich gern direkt bei uns melden;
Abingdon fahren wir jeden Donnerstag an.

Viele Grüße""")),

    C("s31-navarro-handover-to-lucia", "es", "closed", {},
      "Pablo Navarro <pablo.navarro@example.com>", "iphone", "Limpieza estufa de leña - casa nueva",
      "Spanish enquiry handed over by bookings ('she'll reply this morning'); the Spanish-speaking colleague answers within the hour; thanks-only.",
      cu("11-12 19:20", """Hola:

Acabamos de mudarnos a Cardiff (Navarro, 31 Kings Road, Pontcanna) y la casa tiene una
estufa de leña. El vendedor no sabe cuándo se deshollinó por última vez. ¿Pueden venir a
limpiarla y revisarla? ¿Cuánto cuesta?

Gracias,
Pablo Navarro

Enviado desde mi iPhone"""),
      ag("bryony", "11-13 08:45", """Hi Pablo,

Thanks for your email. I've passed it to my colleague Lucía, who speaks Spanish - she'll
reply to you this morning.

Best wishes,""", promises=[("11-13", 3)]),
      ag("lucia", "11-13 10:10", """Hola, Pablo:

Bienvenidos a Cardiff. Sí, podemos ir a deshollinar la estufa y revisarla. Si no se sabe
cuándo se limpió por última vez, recomendamos además una prueba de humo para comprobar
que el conducto no tiene fugas. El deshollinado son 75 £ y la prueba de humo 45 £ más.

El próximo hueco en Pontcanna es el miércoles 18 de noviembre a las 9:00. ¿Le va bien?

Un saludo,"""),
      cu("11-13 11:00", """Perfecto, el miércoles a las 9. ¡Gracias, Lucía!

Enviado desde mi iPhone""", thanks=True)),

    C("s32-murray-smoke-cert-late", "en", "closed", {"missed-follow-up": 1},
      "Ian Murray <ian.murray@example.org>", "outlook", "Smoke test certificate - Fernlea",
      "Smoke test certificate promised 'by Friday', sent the following Monday with an apology (kept late).",
      cu("11-03 12:00", """Hi Tomasz,

Thanks for doing the smoke test this morning at Fernlea, 2 Mill Lane. Building control
want the certificate before they'll sign off the installation - could you email it
across?

Kind regards,
Ian Murray"""),
      ag("tomasz", "11-03 15:30", """Hi Ian,

No problem - I need to write up the readings from the van. I'll send the smoke test
certificate over by Friday.

Tomasz""", promises=[("11-06", 3)]),
      ag("tomasz", "11-09 08:40", """Hi Ian,

Apologies for the delay, a busy end to the week. Smoke test certificate for Fernlea
attached - the flue held smoke for the full test with no leakage at the joints or
through the stack.

Tomasz""", attach=[(PDF, "Fernlea-smoke-test.pdf", SMOKE_PDF)])),

    C("s33-abbott-deposit-chased-twice", "en", "pending",
      {"customer-chased": 2, "slow-first-response": 1},
      "Claire Abbott <claire.abbott@example.net>", "gmail", "Deposit refund - cancelled sweep 12 Nov",
      "Deposit refund question acknowledged by the robot only; two chasers ('any update?', 'third time I've written') before accounts reply ten days later.",
      cu("11-06 17:30", """Hello,

I cancelled our sweep for 12 November by phone on Monday (Abbott, 19 Orchard Way,
Evesham) and was told the £30 deposit would be refunded. Could you confirm when that will
be?

Thanks,
Claire Abbott"""),
      ack("11-06 17:31"),
      cu("11-11 09:10", """Hi, any update on this? I still haven't seen the £30 back.

Claire""", parent=1, chase=True),
      cu("11-16 12:40", """This is the third time I've written. Please can someone let me know what's happening
with my refund?

Claire Abbott""", chase=True),
      ag("priya", "11-16 15:00", """Dear Ms Abbott,

I'm very sorry - your emails went to a folder nobody was watching while we changed our
booking system, which is no excuse. I've refunded the £30 to the card you paid with this
afternoon; refunds usually show within three to five working days.

Kind regards,""")),

    C("s34-girard-devis-chapeau", "fr", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Hélène Girard <helene.girard@example.fr>", "gmail", "Devis chapeau de cheminée - Blackberry Cottage",
      "Owner in France asks for a rain-cap quote; 'je reviens vers vous d'ici jeudi' is never kept; her chase a week later has no reply either.",
      cu("11-09 18:00", """Bonjour,

Je suis propriétaire d'une maison à Totnes (Girard, Blackberry Cottage). Lors du dernier
ramonage, votre ramoneur a remarqué que le chapeau de la cheminée est fendu et qu'il
faudrait le remplacer.

Pourriez-vous me faire un devis pour un nouveau chapeau anti-pluie, pose comprise ?

Bien cordialement,
Hélène Girard"""),
      ag("celine", "11-10 09:30", """Bonjour Madame Girard,

Merci pour votre message. Je vérifie avec Gethin quel modèle convient à votre conduit et
je reviens vers vous d'ici jeudi avec le devis.

Bien cordialement,""", promises=[("11-12", None)]),
      cu("11-17 19:45", """Bonjour Madame Roux,

Sauf erreur de ma part, je n'ai toujours rien reçu. Pourriez-vous me dire où en est le
devis pour le chapeau de cheminée ? J'aimerais le faire poser avant les tempêtes d'hiver.

Bien cordialement,
Hélène Girard""", chase=True), tz=1),

    C("s35-torres-reembolso", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Marta Torres <marta.torres@example.com>", "outlook", "Devolución del depósito",
      "Cancelled appointment: 'le escribo el lunes' about the deposit refund is not kept; the customer chases on Wednesday and the refund is confirmed on Thursday.",
      cu("11-05 14:20", """Hola:

El sábado cancelaron mi cita de deshollinado (Torres, 8 Moss Lane, Didsbury) porque el
deshollinador estaba enfermo. Había pagado 30 libras de depósito al reservar. ¿Me pueden
devolver el depósito o lo dejan para la próxima cita? Prefiero la devolución.

Gracias,
Marta Torres"""),
      ag("lucia", "11-06 10:00", """Hola, Marta:

Sentimos mucho la cancelación. Lo consulto con contabilidad y le escribo el lunes para
confirmarle la devolución.

Un saludo,""", promises=[("11-09", 4)]),
      cu("11-11 20:10", """Hola, Lucía, ¿qué tal?

El lunes no recibí nada. ¿Hay alguna novedad sobre la devolución? Sigo esperando.

Marta""", chase=True),
      ag("lucia", "11-12 09:15", """Hola, Marta:

Tiene toda la razón, perdone. Contabilidad ha hecho hoy la devolución de las 30 libras a
su tarjeta; tardará entre tres y cinco días hábiles en aparecer. Si quiere una nueva
cita, dígamelo y se la reservo.

Un saludo,""")),

    C("s36-barker-bulleted-five", "en", "closed", {"unanswered-question": 2},
      "Richard Barker <richard.barker@example.org>", "outlook", "Reinstating three fireplaces - Gay Street",
      "Five bulleted questions about a Georgian renovation; three answered, the fire-basket and listed-building-consent questions dropped; acknowledgement-only reply.",
      cu("11-06 10:30", """Dear Sootwell,

We're renovating a Georgian townhouse in Bath (Barker, 11 Gay Street) and will be
reinstating three fireplaces over the winter. Before the builder closes up the walls,
I'd like to understand what we need:

- Can you sweep and CCTV-survey all three flues in one visit?
- If a flue fails the survey, do you do the relining yourselves or recommend someone?
- Our builder asks whether he should leave the old iron fire baskets in place for the sweep.
- We're in a conservation area. Are cowls or bird guards likely to need listed building consent?
- What notice do you need to book? The builder wants to close up by mid-December.

Best regards,
Richard Barker""", uq=2),
      ag("tomasz", "11-06 14:00", """Dear Mr Barker,

Yes, we can sweep and survey all three flues in one visit - allow most of a day for a
townhouse of that height. We do our own relining, with stainless or pumice systems
depending on the flue, so you'd only deal with us. For booking, two weeks' notice is
plenty; we have Monday 23 November free if that suits your builder.

Tomasz"""),
      cu("11-06 14:45", """Thank you, I'll check the 23rd with the builder and let you know.

Richard Barker""", thanks=True)),

    C("s37-dawson-liner-quote-chase", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Fiona Dawson <fiona.dawson@example.com>", "apple", "Liner quote following CCTV survey",
      "Liner quote request unanswered for three days; the customer follows up on her own mail and the quote arrives next morning as a PDF.",
      cu("11-02 08:30", """Hello,

Following your CCTV survey last month (Dawson, 5 Quay Street, Tewkesbury), your report
recommended relining the flue before we use the stove again. Could you send us a quote
for the liner and fitting, please?

Many thanks,
Fiona Dawson"""),
      cu("11-05 19:10", """Hello again,

Just following up on my email below - we're still keen to get the liner quote so we can
plan for the winter.

Fiona""", chase=True),
      ag("tomasz", "11-06 08:15", """Dear Fiona,

Sorry for the slow reply, our surveys have been stacked up. The quote is attached: 6 m of
904 grade liner, register plate, cowl and fitting, £1,380 + VAT. We could do it on
Thursday 19 November.

Tomasz""", attach=[(PDF, "Dawson-liner-quote.pdf", QUOTE_PDF)])),

    C("s38-cartwright-pub-four-fires", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Dean Cartwright <dean@theploughinn.example>", "outlook", "Four open fires - The Plough",
      "Pub with four open fires: Monday slot, price and separate certificates answered; the squealing cowl is ignored; the contract discount deferred to 'early next week' and never sent.",
      cu("11-04 15:00", """Hi,

I run the Plough at Upton Snodsbury and we've four open fires across the bars and the
restaurant. The brewery's insurance wants them all swept and certified before December.

Can you do all four on a Monday, when we're closed? What would it cost? And I'd need a
separate certificate for each fireplace - the insurer lists them individually.

Please also take a look at the cowl on the lounge bar chimney, it's been squealing like a pig in the wind.

Would you do a discount if we signed up for an annual contract, say two sweeps a year?

Cheers,
Dean Cartwright
The Plough Inn""", uq=1),
      ag("gethin", "11-05 09:00", """Hi Dean,

Mondays are fine - we do a few pubs that way. Four open fires is £280, and yes, each one
gets its own certificate with the room name on it. I can do Monday 16 November from 8am.

On a contract rate, I'll have a think about what we can do for two visits a year and get
back to you early next week.

Gethin""", promises=[("11-10", None)]),
      cu("11-05 10:30", """Monday 16th is in the diary, cheers Gethin.

Dean""", thanks=True)),

    C("s39-hayes-chimney-fire", "en", "closed", {"missed-follow-up": 1},
      "Sarah Hayes <sarah.hayes@example.net>", "gmail", "Chimney fire last night - urgent inspection",
      "After a chimney fire the inspection happens the same day, but the report for the insurers promised 'by Friday' arrives on Monday.",
      cu("11-04 07:10", """Hello,

We had a chimney fire last night - the fire brigade came out at about 11pm and put it
out, nobody's hurt. They told us not to use the woodburner until it has been inspected.

Can you come out as soon as possible to inspect it? We'll need a written report for the
insurance claim as well.

Sarah Hayes
Bridge House, Pershore"""),
      ag("bryony", "11-04 08:05", """Dear Sarah,

I'm so sorry, that must have been frightening - I'm glad everyone is safe. Gethin is
coming to you today at 1pm to sweep and camera-inspect the flue. Please don't light the
stove before then.

Gethin will send you the written inspection report for the insurers by Friday.

Kind regards,""", promises=[("11-06", 4)]),
      cu("11-04 18:20", """Thanks Bryony, and please thank Gethin for this afternoon - he was very reassuring. He
mentioned the clay liner has cracked. Our loss adjuster is visiting on the 10th, so it
would be great to have the report before then.

Sarah"""),
      ag("gethin", "11-09 10:00", """Dear Sarah,

Sorry this is a couple of days later than Bryony promised. The report for your insurers
is attached. In summary: chimney fire damage to the top two metres of the clay liner
(cracked sections) and to the flaunching; the stack itself is sound. The flue must not
be used until it's relined - our quotation for the liner is on the last page.

Gethin""", attach=[(PDF, "Hayes-chimney-fire-report.pdf", REPORT_PDF)])),

    C("s40-lambert-cowl-photo", "en", "closed", {},
      "Chloe Lambert <chloe.lambert@example.com>", "apple", "Anti-downdraught cowl",
      "Cowl recommendation answered, the requested picture sent as a PNG; a second mail about the shared stack is answered too.",
      cu("11-12 09:00", """Hi Tomasz,

As you suggested when you swept us, we'd like an anti-downdraught cowl for the
sitting-room chimney. Which type would you recommend for a stove that's only used in the
evenings, and will it reduce the draw? Could you send me a picture of the one you'd fit
so I can show my husband?

Thanks,
Chloe Lambert"""),
      ag("tomasz", "11-12 11:30", """Hi Chloe,

For an evening stove I'd go for a fixed anti-downdraught top in stainless - no moving
parts, so no noise. It won't reduce the draw; on a windy day it actually steadies it.
Photo of one we fitted last week attached. £145 fitted.

Tomasz""", attach=[(PNG, "anti-downdraught-cowl.png", COWL_PNG)]),
      cu("11-12 20:40", """Thanks, he's convinced! One more thing before we book: our neighbour's pots are on the
same stack. Do we need her permission to put a cowl on our pot?

Chloe"""),
      ag("tomasz", "11-13 08:30", """Hi Chloe,

No - the pot is yours, so you don't need her permission, though it's good manners to
tell her, as we'll have ladders on the shared stack. I've put you in for Wednesday
18 November at 10am.

Tomasz""")),

    C("s41-ahmed-glass-rope-seal", "en", "closed", {"unanswered-question": 1},
      "Yusuf Ahmed <yusuf.ahmed@example.org>", "android", "Stove glass blackening",
      "Blackening glass explained at length (wet ash logs); the request to bring a replacement door rope seal is skipped.",
      cu("11-08 17:15", """Hi Gethin

Since the sweep the glass on our stove goes black within an hour of lighting. Is that the
chimney or is it our wood? We've got logs from a neighbour who cut down an ash tree in
the summer.

Also can you bring a replacement rope seal for the door next time someone's in the area? It's a Morsø 1410 and the rope is frayed at the bottom corner.

Thanks
Yusuf Ahmed

Sent from Outlook for Android""", uq=1),
      ag("gethin", "11-09 08:45", """Morning Yusuf,

It's the wood, I'm afraid. Ash cut in the summer is nowhere near dry - it needs at least
a year split and stacked, ideally under cover. Wet wood burns cool and the tar goes
straight onto the glass (and up the flue). Run the stove hotter with the air wide open
for the first twenty minutes, and buy some kiln-dried logs to mix in until yours are
ready.

Gethin""")),

    C("s42-wagner-vogelschutz", "de", "closed", {"unanswered-question": 1},
      "Stefan Wagner <stefan.wagner@example.net>", "outlook_de", "Vogelschutzgitter für zwei Züge",
      "Bird guards for two flues: price and one visit answered and booked; whether the neighbours must consent to work on the shared stack is never answered.",
      cu("11-05 11:00", """Sehr geehrte Damen und Herren,

in unserem Reihenhaus in York (Wagner, 24 Grange Street) nisten jedes Frühjahr Dohlen im
Schornstein. Wir möchten jetzt im Herbst ein Vogelschutzgitter anbringen lassen.

Was kostet das, und können Sie beide Züge (Wohnzimmer und Schlafzimmer) gleichzeitig
machen? Der Schornstein ist mit dem Nachbarhaus gemeinsam - brauchen wir dafür die Zustimmung unserer Nachbarn?

Mit freundlichen Grüßen
Stefan Wagner""", uq=1),
      ag("klaus", "11-05 14:30", """Sehr geehrter Herr Wagner,

ein Vogelschutzgitter aus Edelstahl kostet 65 £ pro Zug, montiert. Beide Züge machen wir
selbstverständlich in einem Termin; wenn Sie möchten, kehren wir bei der Gelegenheit
auch gleich (75 £ pro Zug). Der nächste freie Termin in York ist Freitag, 13. November,
vormittags.

Mit freundlichen Grüßen"""),
      cu("11-05 16:00", """Danke, der 13. vormittags passt uns. Bitte nur die Gitter, gekehrt wurde erst im September.

Stefan Wagner"""),
      ag("klaus", "11-06 08:50", """Sehr geehrter Herr Wagner,

notiert: Freitag, 13. November, vormittags, nur die beiden Vogelschutzgitter (130 £).

Mit freundlichen Grüßen""")),

    C("s43-bernard-sci-second-mail", "fr", "pending", {"unanswered-question": 1},
      "Pierre Bernard <pierre.bernard@example.fr>", "apple_fr", "Ramonage Sea Holly House",
      "Holiday-let sweep booked (keys collected from the agency - logistics); after the visit a second mail asks for the certificate in the company's name (ignored) and about the range cooker flue (answered).",
      cu("11-09 10:00", """Bonjour,

Nous sommes propriétaires d'une maison de location à Lyme Regis (Bernard, Sea Holly
House) avec un poêle à bois. Pourriez-vous passer le ramoner avant le 1er décembre ?
Les clés sont à l'agence Coastline Lettings.

Cordialement,
Pierre Bernard"""),
      ag("celine", "11-09 11:15", """Bonjour Monsieur Bernard,

Bien sûr. Nous pouvons passer le mercredi 18 novembre ; notre ramoneur récupérera les clés
chez Coastline Lettings le matin même. Le ramonage coûte 75 £ et le certificat vous sera
envoyé par e-mail le jour même.

Bien cordialement,"""),
      cu("11-09 13:05", """Parfait, merci beaucoup.

Pierre Bernard""", thanks=True),
      cu("11-18 21:00", """Bonjour Madame Roux,

Merci, le ramoneur est bien passé aujourd'hui. Autre chose : pouvez-vous établir le certificat au nom de notre SCI (SCI Les Embruns) plutôt qu'à mon nom ? L'assureur de la maison est au nom de la société.

Et est-ce que le ramonage du conduit de la cuisinière à bois est compris dans le prix, ou
faut-il prévoir un autre passage ?

Cordialement,
Pierre Bernard""", parent=2, uq=1),
      ag("celine", "11-19 09:40", """Bonjour Monsieur Bernard,

Le ramonage de la cuisinière à bois n'était pas compris : il s'agit d'un second conduit,
facturé 60 £. Notre ramoneur peut revenir le mercredi 2 décembre si vous le souhaitez.

Bien cordialement,"""), tz=1),

    C("s44-castillo-sabado", "es", "pending", {"unanswered-question": 2},
      "Rocío Castillo <rocio@castillotraducciones.example>", "gmail_es", "Reserva deshollinado sábado",
      "Saturday slot and bank transfer answered; the loose register plate and the invoice in the company's name are passed over.",
      cu("11-17 21:30", """Hola:

Quiero reservar el deshollinado de la estufa de leña de casa (Castillo, 40 Ferndale Road,
Brixton). Trabajo entre semana, así que ¿tienen algún hueco un sábado? ¿Aceptan pago por
transferencia bancaria?

También quisiera que revisaran la placa de registro: creo que está suelta, porque cae hollín detrás de la estufa.

Por favor, envíenme la factura a nombre de mi empresa, Castillo Traducciones Ltd.

Gracias,
Rocío Castillo""", uq=2),
      ag("lucia", "11-18 10:20", """Hola, Rocío:

Sí, trabajamos un sábado al mes en Londres: el próximo es el 28 de noviembre y todavía
queda hueco a las 11:00. Y sí, puede pagar por transferencia; le mandamos los datos
bancarios con la factura.

¿Le reservo el sábado 28?

Un saludo,""")),

    C("s45-greene-reminder-list", "en", "pending", {"unanswered-question": 1},
      "Simon Greene <simon.greene@example.com>", "gmail", "Certificate copy - Greene",
      "Wet certificate re-sent as a PDF; a follow-up asks for the certificate number (answered) and to be put on the reminder list for next year (ignored).",
      cu("11-12 12:00", """Hi,

Dave swept our chimney on Tuesday (Greene, 3 Vicarage Lane, Bredon). The certificate he
left got soaked in the car - could you email me a copy?

Thanks,
Simon Greene"""),
      ag("priya", "11-12 14:30", """Hi Simon,

Here you go - certificate for 10 November attached.

Kind regards,""", attach=[(PDF, "Greene-certificate.pdf", CERT_PDF)]),
      cu("11-16 09:00", """Hi Priya, hope you had a good weekend?

Thanks for that. Could you tell me the certificate number? The insurer's online form
wants it and the PDF is a bit blurry on my phone. Could you also put us on your reminder list for next November, so we don't forget?

Simon""", uq=1),
      ag("priya", "11-16 10:15", """Hi Simon,

The certificate number is SW-CERT-26-4419.

Kind regards,""")),

    C("s46-olsen-village-hall", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ingrid Olsen <secretary@ashtonvillagehall.example>", "owa", "Village hall - two open fires",
      "Village hall (treasurer Cc'd): invoicing the parish council answered, the formal quote promised 'by Friday' sent on Monday, the request for a copy of the public liability certificate never answered.",
      cu("11-10 19:30", """Good evening,

I'm writing on behalf of the Ashton-under-Hill village hall committee. The hall has two
open fires which haven't been swept for several years, and we'd like to get them done
before the Christmas fair on 5 December.

Could you give us a quote for sweeping both, and could the invoice go directly to the
parish council rather than to the hall? Our insurer has also asked us to keep a copy of
our contractors' public liability insurance - do you hold public liability cover, and could you send a copy of the certificate?

I've copied in our treasurer, Graham.

Best wishes,
Ingrid Olsen
Secretary, Ashton-under-Hill Village Hall""",
         cc="Graham Pike <treasurer@ashtonvillagehall.example>", uq=1),
      ag("priya", "11-11 09:30", """Dear Ingrid,

Thank you for thinking of us. We'd be happy to invoice Ashton-under-Hill Parish Council
directly - just send me the clerk's email address. I'll put together a formal quote for
both fires, with a date before the fair, and send it to you by Friday.

Kind regards,""", cc="Graham Pike <treasurer@ashtonvillagehall.example>", promises=[("11-13", 3)]),
      ag("priya", "11-16 11:00", """Dear Ingrid,

Apologies for the delay - the formal quote is attached: sweeping both open fires with
certificates, £150, on Thursday 26 November at 9am. It is valid for 30 days.

Kind regards,""", cc="Graham Pike <treasurer@ashtonvillagehall.example>",
         attach=[(PDF, "Quote-Q-26-311-Ashton-village-hall.pdf", HALL_PDF)])),

    C("s47-ibrahim-guard-material", "en", "closed", {"unanswered-question": 1},
      "Nadia Ibrahim <nadia.ibrahim@example.net>", "gmail", "Bird guard + annual sweep",
      "Asked whether last year's bird guard is stainless or galvanised, the customer gets the sweep booked and a price for a second guard - the neighbouring answer, not hers.",
      cu("11-06 13:00", """Hi,

You fitted a bird guard on our chimney last November (Ibrahim, 7 Larch Close,
Droitwich). Is it stainless steel or galvanised? The one next door has gone rusty and is
staining their render.

Also, we'd like the usual annual sweep - is Tuesday 17th possible?

Thanks,
Nadia Ibrahim""", uq=1),
      ag("bryony", "11-06 14:10", """Hi Nadia,

Tuesday 17th is fine - I've booked you in at 10am with Rhys. If you'd like a second guard
for the back chimney while he's there, it's £65 fitted.

Best wishes,""")),

    C("s48-campbell-of-course", "en", "closed", {},
      "Alistair Campbell <alistair.campbell@example.org>", "apple", "Smoke test certificate to letting agent",
      "Request to send a certificate to the letting agent answered with a bare 'Of course.' (the agent Cc'd, PDF attached).",
      cu("11-10 16:00", """Hi Bryony,

Could you send the smoke test certificate for 4 Tower Hill to my letting agent as well
(Kate at Cotswold Homes, kate@cotswoldhomes.example)? They've asked for it before the new
tenant moves in.

Thanks,
Alistair Campbell"""),
      ag("bryony", "11-10 16:20", """Of course.""", cc="Kate Morris <kate@cotswoldhomes.example>",
         attach=[(PDF, "4-Tower-Hill-smoke-test.pdf", SMOKE_PDF)])),

    C("s49-sutherland-soot-carpet", "en", "closed", {"unanswered-question": 1},
      "Moira Sutherland <moira.sutherland@example.com>", "gmail", "Soot on carpet after this morning's sweep",
      "Complaint about soot on the carpet: the apology and the sheeting for next time are answered, whether the firm will pay for a carpet clean is not.",
      cu("11-09 20:00", """Dear Sir/Madam,

Your sweep visited this morning (Sutherland, 15 Abbey Road, Malvern) and when I came home
there was a fine layer of soot over the hearth rug and the cream carpet in front of the
fireplace. Your website says you use sheets and an industrial vacuum, which clearly
didn't happen.

Will you pay for a professional carpet clean? And please make sure that whoever comes
next time uses proper sheeting.

Yours faithfully,
Moira Sutherland""", uq=1),
      ag("gethin", "11-10 09:10", """Dear Mrs Sutherland,

I'm sorry - that's not the standard we expect. Having spoken to Rhys, the vacuum tripped
out halfway through and he should have stopped and told you. I've noted on your account
that your sweep must be done with full sheeting and the vacuum running throughout, and
next year's visit will be with me.

Gethin""")),

    C("s50-fraser-airbnb-balloon", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Callum Fraser <callum.fraser@example.org>", "outlook", "Two woodburners - Winchcombe",
      "Airbnb host: same-morning sweeps and the key safe answered; the balloon quote is deferred to 'tomorrow' and never sent; the second-stove discount question is skipped; thanks-only.",
      cu("11-15 21:30", """Hi,

I host two Airbnbs in Winchcombe (Fraser, Swallow Barn and Wren Cottage), both with
woodburners. Could you sweep both on the same morning, ideally Monday 23rd before 11am
when guests arrive? Is there a discount for the second stove when it's the same visit? Can your sweep leave the certificates in the key safe?

Also, could you quote for a chimney balloon for the bedroom fireplace in Wren Cottage?
Guests keep complaining about the draught.

Thanks,
Callum Fraser""", uq=1),
      ag("bryony", "11-16 08:15", """Hi Callum,

Both on the morning of Monday 23rd is doable - Dave can start at Swallow Barn at 8 and be
done at Wren Cottage by half ten. He'll leave the certificates in the key safes and we'll
email the PDFs too.

I'll ask Dave which balloon size that fireplace needs and let you know the price tomorrow.

Best wishes,""", promises=[("11-17", None)]),
      cu("11-16 09:00", """Brilliant, thanks Bryony.

Callum""", thanks=True)),

    C("s51-jenkins-pot-photo", "en", "closed", {},
      "Rhian Jenkins <rhian.jenkins@example.net>", "gmail", "Cracked chimney pot",
      "Pot replacement: the sweep asks for a photo and will come back once he has seen it; the customer's second mail sends the photo (not a chase) and the price follows next morning.",
      cu("11-04 12:30", """Hello,

The pot on our chimney has a crack down one side and a bit of it has fallen into the
garden. Can you replace a chimney pot, and what would it cost?

Rhian Jenkins
Ty Gwyn, Crickhowell"""),
      ag("gethin", "11-04 15:00", """Hello Rhian,

We do replace pots, yes. The price depends on the size and on whether we can reach it off
a roof ladder or need a tower. Could you send a photo of the stack from the garden, so I
can see the pot and the flaunching? I'll come back to you with a price once I've seen it.

Gethin""", promises=[("window", 4)]),
      cu("11-04 17:20", """Here you are - taken from the bottom of the garden, it's the left-hand pot.

Rhian""", attach=[(PNG, "IMG_4471.png", POT_PNG)]),
      ag("gethin", "11-05 08:30", """Thanks Rhian - that's a standard 600 mm buff pot, and the flaunching looks cracked too.
Replacing the pot and re-flaunching from a roof ladder is £340 including VAT. We can do
it on Thursday 12 November, weather permitting.

Gethin""")),

    C("s52-obrien-stack-awaiting", "en", "open", {"awaiting-reply": 1},
      "Declan O'Brien <declan.obrien@example.com>", "gmail", "Open fire sweep next week",
      "Sweep booked and done; the customer's later questions about pointing on the stack and insurance have waited two days without a reply.",
      cu("11-13 10:00", """Hi,

Could you sweep our open fire next week? 9 Elm Grove, Ross-on-Wye. Any morning.

Thanks,
Declan O'Brien"""),
      ag("bryony", "11-13 11:30", """Hi Declan,

Tuesday 17 November at 9am is free - I've booked you in. £65 for an open fire.

Best wishes,"""),
      cu("11-18 19:05", """Hi Bryony,

Thanks for Tuesday, all done. The sweep mentioned the top of the stack has lost some
mortar and that we should get it looked at before the winter. Is that something you do,
or should I get a roofer? And would it affect our insurance if we leave it until spring?

Declan""")),

    C("s53-morton-price-link", "en", "closed", {},
      "Kev Morton <kev.morton@example.org>", "thunderbird", "Price list?",
      "Question answered with nothing but a link to the price list.",
      cu("11-03 20:00", """Evening - is there a price list on your website somewhere? Want to compare before
booking.

Ta,
Kev Morton"""),
      ag("bryony", "11-04 08:30", """Hi Kev,

https://sootwellsweeps.example/prices

Best wishes,""")),

    C("s54-harding-bare-day", "en", "closed", {},
      "Lucy Harding <lucy.harding@example.net>", "iphone", "Next slot Ledbury",
      "Two questions answered at once with a bare day and 'both'; the booking request answered 'Done.'.",
      cu("11-11 07:40", """Morning, when's your next free slot in Ledbury, and do you do a stove and an open fire on
the same visit?

Thanks
Lucy Harding

Sent from my iPhone"""),
      ag("bryony", "11-11 09:00", """Hi Lucy,

Monday 16th, 2pm - and yes, both on the same visit.

Best wishes,"""),
      cu("11-11 09:20", """Great, book me in please - 2 The Homend.

Sent from my iPhone"""),
      ag("bryony", "11-11 09:40", """Done.

Best wishes,""")),

    C("s55-grant-solicitors-schedule", "en", "pending", {},
      "Eleanor Grant <e.grant@grantwebb.example>", "owa", "Stove in reception - sweeping schedule",
      "Solicitors' office (confidentiality disclaimer): three questions answered out of order in one paragraph; thanks-only.",
      cu("11-16 13:00", """Hello,

We've had a new multi-fuel stove installed in the reception area of our office (Grant &
Webb Solicitors, 2 High Street, Upton-upon-Severn). How often should it be swept if it's
lit every working day from October to March? Do you offer a maintenance contract? And can
you do the work out of hours, as we can't have soot in reception with clients about?

Kind regards,
Eleanor Grant
Practice Manager

This email and any attachments are confidential and may be legally privileged. If you are
not the intended recipient, please notify the sender and delete it. Grant & Webb
Solicitors is authorised and regulated by the Solicitors Regulation Authority.""", kind="alt"),
      ag("gethin", "11-16 15:30", """Dear Eleanor,

We can come at 7:30am before you open, or on a Saturday morning, so reception won't see a
speck. For a stove lit every day through the winter on smokeless fuel, twice a year is
right - once before it goes on in October and once mid-season around February - and our
maintenance contract covers exactly that: two sweeps, two certificates and a check of
the door seals and baffle for £150 + VAT a year.

Gethin"""),
      cu("11-16 16:00", """Thank you Gethin, that's very helpful. I'll put it to the partners.

Eleanor""", thanks=True, kind="alt")),

    C("s56-hoffmann-protokoll", "de", "closed", {},
      "Birgit Hoffmann <birgit.hoffmann@example.de>", "thunderbird_de", "Kehrprotokoll an Hausverwaltung",
      "Request to send the sweep record to the property manager answered with a bare 'selbstverständlich' (manager Cc'd, PDF attached).",
      cu("11-02 15:00", """Guten Tag Herr Ebermann,

Sie haben letzte Woche den Kamin in unserem Haus in Rye gekehrt (Hoffmann, 6 Mermaid
Street). Könnten Sie das Kehrprotokoll bitte auch an unsere Hausverwaltung schicken
(Sussex Coast Property, office@sussexcoastproperty.example)?

Mit freundlichen Grüßen
Birgit Hoffmann"""),
      ag("klaus", "11-02 15:30", """Sehr geehrte Frau Hoffmann,

selbstverständlich.

Mit freundlichen Grüßen""", cc="Sussex Coast Property <office@sussexcoastproperty.example>",
         attach=[(PDF, "Kehrprotokoll-Hoffmann.pdf", CERT_PDF)]), tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "s02-okafor-jackdaw-nest": [
        "We'd also like the second chimney pot on the back bedroom looked at while you're up there - it has a lean to it.",
    ],
    "s03-brandt-ferienhaus-st-ives": [
        "Außerdem bitte ich Sie, die Rechnung an meine Firmenadresse in Hamburg zu schicken (siehe Signatur).",
    ],
    "s07-quinn-cowl-rattle": [
        "Will there be a call-out charge for this?",
    ],
    "s10-garcia-grasmere": [
        "Además, quisiera saber si el certificado que emiten sirve para la aseguradora española con la que tenemos el seguro de la casa.",
    ],
    "s17-oconnell-one-long-paragraph": [
        "is your van a normal car size or a big Transit",
        "could you also check whether the register plate has an access hatch, because the installer couldn't remember whether he fitted one.",
    ],
    "s19-kaur-numbered-list": [
        "Do we need to move the furniture away from the fireplaces, or do you bring dust sheets?",
        "Could you also give us a price for a chimney balloon for the dining room fireplace we're not using?",
    ],
    "s24-dubois-insert-chapeau": [
        "Pourriez-vous également vérifier le chapeau de cheminée ?",
    ],
    "s30-fischer-pellet-second-mail": [
        "Und bitte schicken Sie mir die Bescheinigung noch einmal als PDF, der Anhang in Ihrer Mail von gestern ließ sich nicht öffnen.",
    ],
    "s36-barker-bulleted-five": [
        "Our builder asks whether he should leave the old iron fire baskets in place for the sweep.",
        "Are cowls or bird guards likely to need listed building consent?",
    ],
    "s38-cartwright-pub-four-fires": [
        "Please also take a look at the cowl on the lounge bar chimney, it's been squealing like a pig in the wind.",
    ],
    "s41-ahmed-glass-rope-seal": [
        "Also can you bring a replacement rope seal for the door next time someone's in the area?",
    ],
    "s42-wagner-vogelschutz": [
        "Der Schornstein ist mit dem Nachbarhaus gemeinsam - brauchen wir dafür die Zustimmung unserer Nachbarn?",
    ],
    "s43-bernard-sci-second-mail": [
        "pouvez-vous établir le certificat au nom de notre SCI (SCI Les Embruns) plutôt qu'à mon nom ?",
    ],
    "s44-castillo-sabado": [
        "También quisiera que revisaran la placa de registro: creo que está suelta, porque cae hollín detrás de la estufa.",
        "Por favor, envíenme la factura a nombre de mi empresa, Castillo Traducciones Ltd.",
    ],
    "s45-greene-reminder-list": [
        "Could you also put us on your reminder list for next November, so we don't forget?",
    ],
    "s46-olsen-village-hall": [
        "do you hold public liability cover, and could you send a copy of the certificate?",
    ],
    "s47-ibrahim-guard-material": [
        "Is it stainless steel or galvanised?",
    ],
    "s49-sutherland-soot-carpet": [
        "Will you pay for a professional carpet clean?",
    ],
    "s50-fraser-airbnb-balloon": [
        "Is there a discount for the second stove when it's the same visit?",
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
    """Command line: regenerate tests/practice131 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
