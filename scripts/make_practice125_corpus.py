#!/usr/bin/env python3
"""Regenerate ``tests/practice125/``: a labelled corpus of Harbourne Dental Practice.

A support mailbox of a fictional high-street dental practice in Weymouth, Dorset (new patient
registration, check-ups and hygiene appointments, emergencies, crowns, bridges, implants,
dentures, aligners and whitening, the Smile Plan membership, finance, invoices and receipts for
insurers abroad, records requests), written without looking at the detection heuristics, with
many patient questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``harbournedental.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - patient mail and patients' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: practice replies in ``cur/`` (flag S), helpdesk
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

Usage: python scripts/make_practice125_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "harbournedental.example"
DESK = "Harbourne Dental Reception <reception@harbournedental.example>"

AGENTS = {
    "tamsin": ("Tamsin Rowe <tamsin@harbournedental.example>", "thunderbird", """-- 
Tamsin Rowe
Reception & Appointments | Harbourne Dental Practice
3 Harbour Parade, Weymouth DT4 8AA | 01632 960 214
Running late? https://harbournedental.example/contact?ref=email"""),
    "gareth": ("Gareth Lloyd <gareth.lloyd@harbournedental.example>", "outlook", """Gareth Lloyd
Practice Manager | Harbourne Dental Practice
3 Harbour Parade, Weymouth DT4 8AA | 01632 960 210
This e-mail and any attachment are confidential and intended only for the addressee. If you
have received it in error please tell us and delete it."""),
    "priya": ("Priya Nair <priya.nair@harbournedental.example>", "apple", """Priya Nair
Treatment Coordinator (implants, aligners, whitening) | Harbourne Dental Practice
https://harbournedental.example/treatments?from=email"""),
    "dan": ("Dan Mercer <dan.mercer@harbournedental.example>", "owa", """Dan Mercer
Accounts & Smile Plan | Harbourne Dental Practice
Questions about your plan? https://harbournedental.example/smile-plan?src=sig"""),
    "lukas": ("Lukas Brandt <lukas.brandt@harbournedental.example>", "thunderbird_de", """-- 
Lukas Brandt
Patientenbetreuung (Deutsch) | Harbourne Dental Practice
https://harbournedental.example/de?ref=signatur"""),
    "celine": ("Céline Arnaud <celine.arnaud@harbournedental.example>", "apple_fr", """Céline Arnaud
Accueil patients francophones | Harbourne Dental Practice
https://harbournedental.example/fr?utm_source=email"""),
    "marisol": ("Marisol Vega <marisol.vega@harbournedental.example>", "gmail_es", """--
Marisol Vega
Atención al paciente (ES) | Harbourne Dental Practice
+44 1632 960 214"""),
}

ACK = """Hello,

Thank you for contacting Harbourne Dental Practice. This is an automatic reply to
confirm that we have received your message (reference {ref}).

Reception is open Monday to Friday 8am-6pm and Saturday 9am-12.30pm, and we aim to
reply within one working day.

If you are in pain or have facial swelling, please phone us on 01632 960 214 rather
than emailing. Out of hours, call NHS 111.

Harbourne Dental Practice
https://harbournedental.example/help?ticket={ref}"""

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "iphone": ["X-Mailer: iPhone Mail (22B83)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: DeskPilot 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hdp.", outlook_server="CWXP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice125", title="Harbourne Dental Practice", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="HDP-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

PDF = "application/pdf"
PNG = "image/png"

SMILE_FORM_PDF = mailcraft.pdf(["Harbourne Dental Practice - Smile Plan application",
                                "Member 1: ______________________  Date of birth: ________",
                                "Member 2: ______________________  Date of birth: ________",
                                "GBP 18.50 per member per month by direct debit"])
SEDATION_PDF = mailcraft.pdf(["Harbourne Dental Practice - IV sedation: before and after",
                              "Light meal up to 2 hours before. No alcohol for 24 hours.",
                              "An adult escort must take you home and stay with you."])
VOGEL_PDF = mailcraft.pdf(["Harbourne Dental Practice - Itemised invoice INV-21044",
                           "14/10/2026  Tooth 36  Composite filling, 2 surfaces  GBP 145.00",
                           "14/10/2026  Tooth 36  Periapical radiograph  GBP 15.00",
                           "Uebersetzung: Kunststofffuellung zweiflaechig / Roentgenbild"])
BRENNER_PDF = mailcraft.pdf(["Harbourne Dental Practice - Treatment estimate E-3318",
                             "Patient: Dr W. Brenner   Teeth 24-26",
                             "3-unit bridge, porcelain fused to metal  GBP 1,860.00",
                             "Valid for 90 days"])
MOREL_PDF = mailcraft.pdf(["Harbourne Dental Practice - Devis / Estimate E-3302",
                           "Patient: Etienne Morel   Dent 46",
                           "Couronne ceramique / Ceramic crown  GBP 695.00"])
DURAND_BLANK_PDF = mailcraft.pdf(["Mutuelle Horizon Sante - Attestation de soins a l'etranger",
                                  "Date des soins: ________  Dent: ____  Montant: ________",
                                  "Signature et cachet du praticien: ______________"])
DURAND_DONE_PDF = mailcraft.pdf(["Mutuelle Horizon Sante - Attestation de soins a l'etranger",
                                 "Date des soins: 28/10/2026  Dent: 21  Montant: GBP 120.00",
                                 "Signe: Dr C. Okafor, Harbourne Dental Practice"])
MOLINA_PDF = mailcraft.pdf(["Harbourne Dental Practice - Plan de tratamiento",
                            "Paciente: Andres Molina",
                            "Empaste 16 y 37 - endodoncia 46 - corona 46 opcional"])
GRANT_PDF = mailcraft.pdf(["Harbourne Dental Practice - Receipts",
                           "22/09/2026  Examination and scale & polish  GBP 96.00 paid",
                           "06/10/2026  Composite filling tooth 15  GBP 110.00 paid"])
KETTLE_PDF = mailcraft.pdf(["Harbourne Dental Practice - Receipt R-88102",
                            "Smile Plan October 2026  GBP 18.50 paid by direct debit"])
CARROW_PDF = mailcraft.pdf(["Harbourne Dental Practice - Invoice INV-20871 - corrected",
                            "Patient: Lewis Carrow",
                            "Root canal treatment tooth 36  GBP 480.00"])
PENHALE_PDF = mailcraft.pdf(["Reeve & Co Solicitors - Form of authority",
                             "I, Daniel Penhale, authorise the release of my dental records",
                             "Signed: D. Penhale   Date: 29/10/2026"])
FENN_PDF = mailcraft.pdf(["Harbourne Dental Practice - Finance illustration",
                          "Treatment GBP 5,120.00",
                          "24 months at 0% APR: GBP 213.33 a month",
                          "36 months at 9.9% APR: GBP 164.03 a month, total GBP 5,905.08"])
TOOTH_PNG = mailcraft.png(12, 9, lambda x, y: (235 - 6 * y, 214 - 3 * x, 200 - 5 * (x % 4)))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("d01-penrose-new-patients", "en", "closed", {},
      "Rachel Penrose <rachel.penrose@example.com>", "gmail", "New patients - are you taking any?",
      "New family: NHS list, exam price, child at the same visit and parking answered in one "
      "paragraph out of order; booking; thanks.",
      cu("11-02 09:14", """Hi there,

We've just moved to Weymouth from Bristol and need to find a dentist for the family. Are you
taking on new NHS patients at the moment, or is it private only? If private, how much is a new
patient exam?

Also, would it be possible for my daughter (7) to be seen at the same appointment as me, so I
only have to take one afternoon off?

And is there anywhere to park nearby - I'll have the buggy with me.

Thanks,
Rachel Penrose"""),
      ag("tamsin", "11-02 11:40", """Hi Rachel,

Welcome to Weymouth! We can book you and your daughter back to back - I'd suggest a 3.30pm
start so she's out of school, and Dr Okafor will see her straight after you. Our NHS list for
adults is full, I'm afraid, but children are still seen on the NHS, so she won't pay anything.
A private new patient exam for you is £72, including two small X-rays if the dentist needs them.

The pay-and-display on Harbour Parade is right outside, and there's step-free access through
the side door, so the buggy is no problem.

Just reply with a couple of days that suit and I'll find you a slot.

Best wishes"""),
      cu("11-02 12:05", """That's brilliant, thank you Tamsin. Thursday 12th at 3.30 would be ideal if you still have it?

Rachel"""),
      ag("tamsin", "11-02 14:20", """Done - Thursday 12 November, 3.30pm for you and 3.50pm for Ella.
You'll get a text reminder the day before."""),
      cu("11-02 14:31", "Perfect, thanks so much!", thanks=True)),

    C("d02-ashdown-crown-off", "en", "closed", {},
      "Tom Ashdown <tomashdown@example.net>", "iphone", "Crown fell off",
      "Crown came off: can I come this week, bring the crown? Answered with two slots and the "
      "price; booked.",
      cu("11-03 07:52", """Hi, my crown (top right, the one right at the back) came off last night eating a cereal bar. No pain really, just feels sharp on my tongue. Can I get in this week? Do I need to bring the crown with me? I've got it in a sandwich bag lol

Tom

Sent from my iPhone"""),
      ag("tamsin", "11-03 08:35", """Morning Tom,

Yes, please bring it - if it's in one piece Dr Okafor can often cement it straight back on. I
can offer you Thursday at 10.20am or Friday at 8.40am. Until then keep it somewhere safe and
avoid chewing on that side; a bit of sugar-free gum over the sharp edge helps.

The emergency appointment is £65 and re-cementing is included in that."""),
      cu("11-03 08:41", """Friday 8.40 please

Sent from my iPhone"""),
      ag("tamsin", "11-03 09:02", "You're booked for Friday 6 November at 8.40am. See you then.")),

    C("d03-lyle-smile-plan", "en", "closed", {"unanswered-question": 1},
      "Margaret Lyle <m.lyle@lylefamily.example>", "outlook", "Smile Plan - joining",
      "Smile Plan price, hygienist cover and a joint direct debit answered with the form; the "
      "change of address asked in passing is ignored.",
      cu("11-04 10:12", """Good morning,

I've had a leaflet through the door about your Smile Plan and I'm thinking of joining. Could you
tell me how much it is per month, and whether the hygienist visits are included or extra?

My husband Derek is also a patient of yours - can he go on the same direct debit as me, or does
he have to sign up separately?

Also, we've moved, so please update my address to 22 Ropewalk Lane, Weymouth DT4 7QS.

Kind regards,
Margaret Lyle""", uq=1),
      ag("dan", "11-04 15:47", """Dear Mrs Lyle,

Thank you for your interest in the Smile Plan. It is £18.50 a month and covers two check-ups
and two hygienist visits a year, plus 10% off any other treatment. Derek can go on the same
direct debit - the form has a box for a second member, and the total would be £37 a month.

I've attached the form; just post it back or hand it in at reception.

Kind regards""", attach=[(PDF, "Smile-Plan-application.pdf", SMILE_FORM_PDF)])),

    C("d04-carbery-invisalign", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Jess Carbery <jess.carbery@example.org>", "gmail", "Invisalign - cost and finance?",
      "Four bulleted aligner questions, acknowledgement only; she replies to her own mail to "
      "chase; the coordinator answers all four in one paragraph three days later; booking.",
      cu("11-09 08:30", """Hello,

I've been thinking about getting my teeth straightened for years and I'm finally doing it before
my wedding next September. A few questions:

- roughly how much does Invisalign cost with you?
- how long would treatment take (I know it depends, but ballpark)?
- do you do 0% finance?
- is the first consultation free?

My bottom front teeth are the main problem, they've got quite crowded since my braces as a
teenager.

Thanks!
Jess"""),
      ack("11-09 08:31"),
      cu("11-11 19:02", """Hi again - just following up on my email from Monday, I haven't heard back from
anyone yet. Is this the right address for Invisalign enquiries?

Jess""", parent=1, chase=True),
      ag("priya", "11-12 10:15", """Hi Jess,

I'm so sorry you were left waiting - your email ended up in the wrong folder, which is entirely
our fault. Yes, this is the right address, and I look after all our aligner patients.

For lower crowding that has come back after braces, treatment is usually Invisalign Lite: £2,450
all in, including retainers, and it typically takes five to seven months, so you'd be well
finished before September. We do 0% finance over 12 months (about £204 a month) and the first
consultation, with the 3D scan, is free.

Would you like me to book you in? I have Tuesdays and Thursdays after 5pm if that helps with work."""),
      cu("11-12 12:30", """Yes please! Thursday 19th after 5 would be perfect.

Jess"""),
      ag("priya", "11-12 13:05", "Lovely - you're in for Thursday 19 November at 5.15pm. Please allow an hour.")),

    C("d05-fairweather-sedation", "en", "closed", {},
      "Neil Fairweather <neil.fairweather@fairweather.example>", "owa", "Wisdom tooth out - can I be sedated?",
      "Nervous patient asks about sedation and its cost; the manager promises an answer by "
      "Wednesday and gives it on Tuesday; booking with the instructions attached.",
      cu("11-02 13:20", """Hello,

Dr Hale says my lower left wisdom tooth needs to come out. I'm honestly terrified - I passed out
at the last extraction I had. Is sedation something you do at the practice, and if so what does
it cost on top of the extraction?

Neil Fairweather"""),
      ag("gareth", "11-02 16:05", """Dear Mr Fairweather,

Thank you for being so open about it - you are far from the only one, and we will make sure
you're looked after.

Dr Hale does some extractions under IV sedation, but whether yours is suitable depends on how
the root sits on your last X-ray. I'll check with her tomorrow when she's back in clinic and get
back to you by Wednesday with an answer and the cost.

Kind regards""", promises=[("11-04", 3)]),
      ag("gareth", "11-03 14:40", """Dear Mr Fairweather,

I've spoken to Dr Hale. Your tooth is fine to take out under IV sedation here at the practice.
The sedation is £220 on top of the extraction (£145), and you'll need an adult to take you home
and stay with you for the rest of the day.

She keeps Tuesday afternoons for sedation patients - shall I pencil you in for the 17th?

Kind regards"""),
      cu("11-03 18:10", """Thanks Gareth, that's a relief. Yes, the 17th please - my wife can drive me.

Neil"""),
      ag("gareth", "11-04 08:50", """Dear Mr Fairweather,

Booked: Tuesday 17 November at 2pm with Dr Hale. The sedation instructions are attached -
please read them before the day.

Kind regards""", attach=[(PDF, "IV-sedation-instructions.pdf", SEDATION_PDF)])),

    C("d06-brandreth-records", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Sophie Brandreth <sophie.b@example.net>", "owa", "X-rays and notes for my new dentist",
      "Records for a dentist in Canada: fee and time answered, the receptionist promises to "
      "send them (no deadline, 2-day window) and never does; the patient chases and waits.",
      cu("11-10 09:40", """Hi,

I'm moving to Canada for work at the end of the month and my new dentist in Toronto has asked for
my most recent X-rays and treatment notes. Can you email them to me, or directly to them (details
below)? Is there a charge for this, and roughly how long does it usually take?

Lakeshore Family Dental, records@lakeshorefamily.example

Many thanks,
Sophie Brandreth"""),
      ag("tamsin", "11-10 12:15", """Hi Sophie,

There's no charge for sending records to another dentist, and it normally takes a couple of
days. X-rays are held on the clinical system, which I can't export from, so I'll ask the
clinical team to pull them off and I'll send everything to Lakeshore with you in copy.""",
         promises=[("window", None)]),
      cu("11-16 20:12", """Hi Tamsin, any news on the X-rays? I fly on the 28th and Lakeshore have chased me twice now.

Sophie""", chase=True)),

    C("d07-dunmore-children", "en", "closed", {"unanswered-question": 2},
      "Chris Dunmore <chris@dunmore-home.example>", "thunderbird", "Booking the kids in",
      "Numbered list of four: the back-to-back booking and sealants are answered, fluoride "
      "varnish and a 'happy visit' for the four-year-old are not; thanks.",
      cu("11-05 20:45", """Hello,

I'd like to get all three of our children booked in for check-ups. A few things:

1. Can the two older ones (12 and 9) be seen back to back after school, ideally around 3.45?
2. Dr Okafor mentioned fissure sealants for Alfie (12) last time - is that covered on the NHS?
3. Is fluoride varnish something you do routinely for kids, or do we have to ask?
4. Our youngest (4) has never been - do you do a short 'happy visit' first so she can sit in the chair without anything being done?

Thanks,
Chris Dunmore""", uq=2),
      ag("tamsin", "11-06 09:10", """Hi Chris,

Thanks for getting in touch. I've put Alfie and Maisie in for Wednesday 18 November at 3.45pm and
4pm with Dr Okafor. Sealants are free on the NHS for children, so there's nothing to pay for
Alfie's.

See you on the 18th."""),
      cu("11-06 09:32", """Great, thank you.

Chris""", thanks=True)),

    C("d08-vogel-rechnung", "de", "closed", {"unanswered-question": 1},
      "Katrin Vogel <katrin.vogel@vogel-mail.example>", "outlook_de", "Rechnung für meine Zusatzversicherung",
      "Itemised invoice for a German insurer sent with a translation, German invoice declined; "
      "the question when her next hygiene visit is due is skipped; thanks.",
      cu("11-03 17:20", """Sehr geehrter Herr Brandt,

ich bin seit dem Sommer Patientin bei Ihnen (ich unterrichte an der Sprachschule in der Stadt) und
habe in Deutschland noch meine private Zahnzusatzversicherung. Für die Erstattung der Füllung vom
14. Oktober braucht die Versicherung eine Rechnung mit Zahnnummer, Behandlungsdatum und Betrag für
jede einzelne Leistung. Könnten Sie mir so eine Rechnung schicken? Wäre es möglich, die Rechnung auf
Deutsch auszustellen, oder geht das nur auf Englisch?

Und noch etwas: Wann ist meine nächste Prophylaxe fällig? Ich finde die Terminkarte nicht mehr.

Mit freundlichen Grüßen
Katrin Vogel""", uq=1),
      ag("lukas", "11-04 11:30", """Sehr geehrte Frau Vogel,

anbei die detaillierte Rechnung für den 14. Oktober mit Zahnnummer (36), Datum und den
Einzelbeträgen. Auf Deutsch können wir Rechnungen leider nicht ausstellen, unser System kann nur
Englisch. Ich habe Ihnen aber unten eine kurze Übersetzung der Positionen ergänzt und die Rechnung
unterschrieben - das hat bei anderen deutschen Versicherungen bisher immer gereicht.

Mit freundlichen Grüßen""", attach=[(PDF, "Rechnung-INV-21044.pdf", VOGEL_PDF)]),
      cu("11-04 12:05", """Vielen Dank, das ging ja schnell!

Katrin Vogel""", thanks=True)),

    C("d09-hartl-implantat", "de", "closed",
      {"missed-follow-up": 1, "customer-chased": 1, "slow-first-response": 1},
      "Jürgen Hartl <j.hartl@example.com>", "gmail_de", "Implantat – Kosten und Ablauf",
      "Implant enquiry from Hamburg (UTC+1): acknowledgement, a chase two days later, the "
      "German agent explains the visits and promises the estimate by Friday, sends it on "
      "Monday; thanks.",
      cu("11-03 10:00", """Guten Tag,

meine Mutter ist seit Jahren bei Ihnen in Behandlung und hat mir Ihre Praxis empfohlen. Ich bin
alle paar Wochen bei ihr in Weymouth und überlege, mir dort ein Implantat setzen zu lassen (unten
rechts, der Zahn wurde vor einem Jahr gezogen). Was würde das ungefähr kosten, und wie viele
Termine sind nötig? Ich könnte die Termine auf meine Besuche legen.

Freundliche Grüße
Jürgen Hartl"""),
      ack("11-03 09:01"),
      cu("11-05 08:15", """Guten Morgen,

ich warte immer noch auf eine Antwort auf meine Mail vom Dienstag. Ist bei Ihnen jemand, der
Deutsch spricht? Sonst schreibe ich gern auf Englisch.

J. Hartl""", parent=1, chase=True),
      ag("lukas", "11-05 14:30", """Guten Tag Herr Hartl,

entschuldigen Sie bitte die Wartezeit - ja, ich bin Ihr Ansprechpartner auf Deutsch.

Bei einem einzelnen Implantat rechnen Sie mit drei bis vier Terminen: Beratung mit Röntgenbild,
das Setzen des Implantats, nach etwa drei Monaten die Abformung und dann das Einsetzen der Krone.
Das lässt sich gut auf Ihre Besuche verteilen.

Die genauen Kosten hängen davon ab, ob ein Knochenaufbau nötig ist. Ich kläre das mit Dr. Hale
und melde mich bis Freitag mit einer Kostenschätzung bei Ihnen.

Freundliche Grüße""", promises=[("11-06", 5)]),
      ag("lukas", "11-09 10:05", """Guten Tag Herr Hartl,

entschuldigen Sie, dass es bis Montag gedauert hat. Dr. Hale schätzt: Implantat mit Krone
£2.650; falls ein Knochenaufbau nötig ist, kommen etwa £450 dazu. Ob das nötig ist, sieht sie
erst auf dem 3D-Röntgenbild beim Beratungstermin (£95, wird bei Behandlung angerechnet).

Freundliche Grüße"""),
      cu("11-09 18:40", """Danke, das hilft mir weiter. Ich melde mich, wenn ich meinen nächsten Besuch geplant habe.

J. Hartl""", thanks=True),
      tz=1),

    C("d10-kuehn-termin", "de", "closed", {},
      "Sabine Kühn <sabine.kuehn@example.org>", "thunderbird_de", "Termin am 12.11. verschieben",
      "Cancels a hygiene visit three days ahead: Saturday slot and no fee answered; rebooked; "
      "thanks.",
      cu("11-09 07:45", """Hallo Herr Brandt,

leider muss ich meinen Termin bei der Dentalhygienikerin am Donnerstag, 12.11. um 9 Uhr absagen -
mein Sohn hat Fieber. Haben Sie vielleicht einen Samstagstermin in den nächsten zwei Wochen? Und
fällt jetzt die Ausfallgebühr an? Ich sage ja drei Tage vorher ab.

Viele Grüße
Sabine Kühn"""),
      ag("lukas", "11-09 09:20", """Hallo Frau Kühn,

gute Besserung an Ihren Sohn! Nein, bei drei Tagen Vorlauf fällt keine Gebühr an - die
berechnen wir erst bei Absagen unter 24 Stunden. Samstags arbeitet unsere Hygienikerin jede
zweite Woche; frei wäre Samstag, 21.11. um 10:30. Soll ich den für Sie eintragen?

Viele Grüße"""),
      cu("11-09 12:02", """Ja, bitte, der 21.11. um 10:30 passt.

Sabine Kühn"""),
      ag("lukas", "11-09 12:40", """Erledigt - Samstag, 21.11., 10:30 Uhr. Sie bekommen am Vortag eine SMS zur Erinnerung."""),
      cu("11-09 12:55", "Super, danke!", thanks=True)),

    C("d11-roth-bleaching", "de", "closed", {"unanswered-question": 1},
      "Annika Roth <annika.roth@example.net>", "gmail_de", "Frage zum Bleaching",
      "Whitening: price, how long it lasts and sensitivity answered; whether it works on her "
      "front crown is not.",
      cu("11-12 19:30", """Hallo,

ich würde mir gern die Zähne aufhellen lassen, bevor ich im Dezember nach Hause fliege. Ein paar
Fragen dazu:

Was kostet das Home-Bleaching mit Schienen bei Ihnen?
Wirkt das Bleaching auch auf meine Krone vorne links, oder bleibt die dann dunkler?
Und wie lange hält das Ergebnis ungefähr?

Ich habe leider ziemlich empfindliche Zähne.

Danke und viele Grüße
Annika Roth""", uq=1),
      ag("lukas", "11-13 10:10", """Hallo Frau Roth,

das Home-Bleaching kostet bei uns £350, inklusive der individuell angefertigten Schienen und zwei
Spritzen Gel; weitere Spritzen gibt es für £25. Das Ergebnis hält meist ein bis drei Jahre, je
nachdem, wie viel Kaffee, Tee oder Rotwein Sie trinken - mit gelegentlichem Nachbleichen länger.

Wegen der Empfindlichkeit: Wir geben Ihnen ein Gel mit geringerer Konzentration und eine
Zahnpasta für empfindliche Zähne mit. Die meisten Patienten kommen damit gut zurecht.

Für die Abformung brauchen wir einen kurzen Termin (20 Minuten). Bis Dezember ist das gut zu
schaffen.

Viele Grüße""")),

    C("d12-brenner-kostenvoranschlag", "de", "pending",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Dr. Wolfgang Brenner <w.brenner@brenner-consult.example>", "outlook_de", "Kostenvoranschlag Brücke",
      "Bridge estimate for a German insurer (UTC+1): lab time answered, estimate promised for "
      "'morgen', chased a week later and sent then.",
      cu("11-10 09:30", """Sehr geehrter Herr Brandt,

nach meiner Untersuchung bei Dr. Okafor am 6. November wurde mir eine Brücke im Oberkiefer links
empfohlen. Für meine Krankenversicherung in Deutschland benötige ich vorab einen schriftlichen
Kostenvoranschlag mit den einzelnen Positionen. Können Sie mir diesen zusenden? Außerdem: Wie lange
dauert die Anfertigung im Labor?

Mit freundlichen Grüßen
Dr. Wolfgang Brenner"""),
      ag("lukas", "11-10 13:15", """Sehr geehrter Herr Dr. Brenner,

die Anfertigung im Labor dauert etwa zwei Wochen ab der Abformung; Sie bräuchten also zwei
Termine im Abstand von zwei bis drei Wochen.

Den Kostenvoranschlag bereite ich mit Dr. Okafor vor und schicke ihn Ihnen morgen zu.

Mit freundlichen Grüßen""", promises=[("11-11", 4)]),
      cu("11-17 10:05", """Sehr geehrter Herr Brandt,

gibt es schon etwas Neues zum Kostenvoranschlag? Meine Versicherung braucht ihn, bevor ich den
Behandlungstermin festmachen kann.

Mit freundlichen Grüßen
W. Brenner""", chase=True),
      ag("lukas", "11-17 11:40", """Sehr geehrter Herr Dr. Brenner,

bitte entschuldigen Sie die Verzögerung - Dr. Okafor war letzte Woche auf einer Fortbildung.
Anbei der Kostenvoranschlag mit allen Positionen (Zähne 24-26, dreigliedrige Brücke,
Metallkeramik), insgesamt £1.860.

Mit freundlichen Grüßen""", attach=[(PDF, "Kostenvoranschlag-E-3318.pdf", BRENNER_PDF)]),
      tz=1),

    C("d13-fontaine-urgence", "fr", "pending", {},
      "Léa Fontaine <lea.fontaine@example.com>", "gmail", "Rage de dents - rendez-vous urgent ?",
      "Erasmus student with toothache: same-day slot, price and her European card answered "
      "inline under each quoted question; thanks.",
      cu("11-16 08:05", """Bonjour,

Je suis étudiante Erasmus à Weymouth jusqu'en janvier et j'ai très mal à une molaire depuis samedi
(en bas à droite). Est-ce que vous pouvez me recevoir rapidement ? Combien coûte une consultation
d'urgence pour quelqu'un qui n'est pas inscrit chez vous ? Et est-ce que ma carte européenne
d'assurance maladie marche chez vous ?

Merci beaucoup,
Léa Fontaine"""),
      ag("celine", "11-16 08:50", """Bonjour Léa,

Je vous réponds directement sous vos questions.

> Le 16 nov. 2026 à 08:05, Léa Fontaine <lea.fontaine@example.com> a écrit :
>
> Est-ce que vous pouvez me recevoir rapidement ?

Oui, aujourd'hui à 11h40 avec le Dr Okafor.

> Combien coûte une consultation d'urgence pour quelqu'un qui n'est pas inscrit chez vous ?

65 £, radio comprise si nécessaire.

> Et est-ce que ma carte européenne d'assurance maladie marche chez vous ?

Pour les soins urgents, oui : apportez-la avec votre passeport, vous paierez alors le tarif NHS
(27,40 £) au lieu du tarif privé.

Bon courage,""", quote=False),
      cu("11-16 09:02", "Parfait, je viens à 11h40. Merci !!", thanks=True)),

    C("d14-morel-devis", "fr", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Étienne Morel <etienne.morel@example.org>", "apple_fr", "Devis couronne céramique",
      "Crown estimate request, 'Je me permets de vous relancer' four days later; the estimate "
      "comes attached with December dates, the question about paying in two instalments is "
      "skipped.",
      cu("11-05 18:20", """Bonjour,

Suite à ma visite du 3 novembre, le Dr Hale m'a conseillé une couronne céramique sur la 46.
Pourriez-vous m'envoyer un devis détaillé ? Est-ce que je peux payer en deux fois, une partie à la prise d'empreinte et le reste à la pose ?

Cordialement,
Étienne Morel""", uq=1),
      cu("11-09 17:45", """Bonjour,

Je me permets de vous relancer au sujet du devis ci-dessous, je n'ai pas eu de retour. Je
voudrais prendre rendez-vous avant les fêtes.

Cordialement,
É. Morel""", parent=1, chase=True),
      ag("celine", "11-10 09:30", """Bonjour Monsieur Morel,

Toutes mes excuses pour ce délai. Vous trouverez ci-joint le devis pour la couronne céramique
sur la 46 : 695 £, empreinte numérique et essayage compris.

Pour un rendez-vous avant les fêtes, le Dr Hale a encore des créneaux le 1er et le 15 décembre.

Bien cordialement,""", attach=[(PDF, "Devis-E-3302.pdf", MOREL_PDF)])),

    C("d15-durand-mutuelle", "fr", "closed", {},
      "Camille Durand <camille.durand@example.net>", "gmail", "Formulaire mutuelle",
      "Holiday patient in Lyon (UTC+1) sends her insurer's form: answered, completion promised "
      "'d'ici jeudi' and delivered on Wednesday by a colleague while Céline is away; thanks.",
      cu("11-06 11:15", """Bonjour,

J'ai été soignée chez vous le 28 octobre pendant mes vacances (une dent cassée, le Dr Okafor m'a
fait une reconstitution). Ma mutuelle me demande de faire remplir le formulaire ci-joint par le
dentiste. Est-ce que c'est possible ? Faut-il indiquer les numéros de dents ? Et d'ici quand
pourriez-vous me le renvoyer ?

Merci d'avance,
Camille Durand""", attach=[(PDF, "attestation-soins-etranger.pdf", DURAND_BLANK_PDF)]),
      ag("celine", "11-06 14:20", """Bonjour Madame Durand,

Oui, nous pouvons le remplir, et le Dr Okafor indiquera bien le numéro de la dent (la 21). Il
doit simplement le signer lui-même : il est en clinique lundi et mercredi. Je reviens vers vous
d'ici jeudi avec le formulaire complété.

Bien cordialement,""", promises=[("11-12", 3)]),
      ag("priya", "11-11 16:30", """Dear Ms Durand,

Céline is away this week, so I'm sending this on her behalf (désolée, mon français est limité !):
please find attached your insurance form, completed and signed by Dr Okafor, together with the
itemised invoice for 28 October.

Kind regards""", attach=[(PDF, "attestation-signee.pdf", DURAND_DONE_PDF)]),
      cu("11-11 19:05", "Merci beaucoup, c'est parfait. Bonne soirée !", thanks=True),
      tz=1),

    C("d16-giraud-rugby", "fr", "closed", {"unanswered-question": 1},
      "Nathalie Giraud <n.giraud@example.com>", "owa", "Appareil dentaire de Hugo et rugby",
      "Rugby with a new brace and which mouthguard answered; the request for the invoice for "
      "her insurer is not.",
      cu("11-04 21:10", """Bonjour Céline,

Hugo (14 ans) a eu son appareil fixe posé chez vous la semaine dernière. Il joue au rugby au club
de Weymouth le samedi : est-ce qu'il peut continuer avec l'appareil ? Faut-il un protège-dents
spécial, ou celui qu'il a déjà convient ? Et pourriez-vous m'envoyer la facture de la pose, pour ma mutuelle ?

Merci,
Nathalie Giraud""", uq=1),
      ag("celine", "11-05 10:25", """Bonjour Madame Giraud,

Oui, Hugo peut tout à fait continuer le rugby. En revanche, son ancien protège-dents ne va plus
s'adapter avec les bagues : il lui faut un modèle pour appareil orthodontique. Nous pouvons en
faire un sur mesure (45 £), ou vous pouvez en trouver un en magasin de sport, à condition qu'il
soit marqué « pour appareil ».

Bonne journée,""")),

    C("d17-lambert-detartrage", "fr", "closed", {"unanswered-question": 1},
      "Julien Lambert <julien.lambert@example.org>", "apple_fr", "Détartrage",
      "Hygiene visit booked after work; his confirmation adds a parking question which the "
      "confirmation reply ignores.",
      cu("11-10 12:30", """Bonjour,

Je voudrais prendre rendez-vous pour un détartrage avec l'hygiéniste. Auriez-vous une
disponibilité en fin de journée la semaine prochaine ? Je finis le travail à 17h.

Julien Lambert"""),
      ag("celine", "11-10 15:05", """Bonjour Monsieur Lambert,

Je peux vous proposer mardi 17 novembre à 17h30 avec Hannah, notre hygiéniste. La séance dure
30 minutes et coûte 58 £. Est-ce que cela vous convient ?

Bien cordialement,"""),
      cu("11-10 15:40", """Parfait pour mardi 17h30, merci !

Au fait, est-ce que le parking derrière le cabinet est gratuit pour les patients, ou faut-il payer au parcmètre ?

Julien""", uq=1),
      ag("celine", "11-10 16:00", "C'est noté pour mardi 17 novembre à 17h30. À mardi !")),

    C("d18-herrera-limpieza", "es", "closed", {},
      "Lucía Herrera <lucia.herrera@example.com>", "gmail_es", "Limpieza y blanqueamiento",
      "Au pair asks the price of a clean and whether whitening can be the same day: both "
      "answered in one paragraph; thanks.",
      cu("11-11 21:30", """Hola:

Soy au pair en Dorchester y quería saber dos cosas: ¿cuánto cuesta una limpieza con la higienista?
¿Y se puede hacer el blanqueamiento el mismo día, o tiene que ser después?

Gracias,
Lucía"""),
      ag("marisol", "11-12 09:15", """Hola, Lucía:

La limpieza con la higienista cuesta 58 £ y dura media hora. El blanqueamiento es mejor hacerlo
después, al menos una semana más tarde, porque las encías pueden estar algo sensibles tras la
limpieza; el blanqueamiento en casa cuesta 350 £ con las férulas incluidas.

Si quieres, te busco hueco para la limpieza un sábado.

Un saludo,"""),
      cu("11-12 10:02", "¡Muchas gracias, Marisol! Lo hablo con la familia y te digo algo.", thanks=True)),

    C("d19-molina-plan", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Andrés Molina <andres.molina@example.net>", "outlook", "Plan de tratamiento en español",
      "Translated treatment plan promised for Monday, chased on Wednesday ('¿hay alguna "
      "novedad...? Sigo esperando') and sent then; the timing question was answered at once.",
      cu("11-09 18:00", """Buenas tardes:

Después de la revisión del jueves, el Dr. Okafor me dio un plan de tratamiento (dos empastes y una
endodoncia). Mi mujer no lee bien en inglés y queremos decidirlo juntos. ¿Sería posible tener el
plan traducido al español? ¿Y podríamos hacer la endodoncia antes del 18 de diciembre? Ese día nos
vamos a Sevilla hasta enero.

Un saludo,
Andrés Molina"""),
      ag("marisol", "11-10 10:30", """Buenas, Andrés:

Sí, la endodoncia se puede hacer antes del 18: el Dr. Okafor tiene huecos el 3 y el 10 de
diciembre, y las dos sesiones se pueden hacer en la misma semana si hace falta.

El plan te lo traduzco yo misma y te lo escribo el lunes con la versión en español.

Un saludo,""", promises=[("11-16", 4)]),
      cu("11-18 09:10", """Hola Marisol, ¿hay alguna novedad con el plan en español? Sigo esperando y queremos
reservar la endodoncia cuanto antes.

Andrés""", chase=True),
      ag("marisol", "11-18 12:20", """Andrés, perdona el retraso, esta semana se nos ha juntado todo. Te adjunto el plan
traducido. ¿Te reservo el 3 de diciembre para la primera sesión de la endodoncia?

Un saludo,""", attach=[(PDF, "plan-de-tratamiento.pdf", MOLINA_PDF)])),

    C("d20-ortega-implante", "es", "closed", {"unanswered-question": 1},
      "Carmen Ortega <carmen.ortega@example.org>", "gmail_es", "Implante para mi padre",
      "One long paragraph for her father: implant price, number of visits and timing before "
      "March answered; paying by Spanish card in euros is not.",
      cu("11-02 22:15", """Hola, buenas noches:

Les escribo por mi padre, que pasa los inviernos conmigo aquí en Weymouth (de noviembre a marzo) y perdió un diente de arriba el verano pasado; su dentista de Valencia le habló de un implante pero allí la lista de espera es larga y nos preguntábamos cuánto cuesta un implante en su clínica, cuántas citas harían falta en total y si sería posible empezar ahora y terminar antes de que vuelva a España a finales de marzo, y también quería preguntarles si aceptan pago con tarjeta española en euros o solo en libras, porque él no tiene cuenta en el Reino Unido.

Muchas gracias de antemano,
Carmen Ortega""", uq=1),
      ag("marisol", "11-03 10:40", """Hola, Carmen:

Un implante con su corona cuesta 2.650 £ en nuestra clínica (si hace falta injerto de hueso,
unas 450 £ más). Normalmente son cuatro citas: la consulta con radiografía 3D, la colocación del
implante, la toma de medidas unos tres meses después y la colocación de la corona.

Si empezamos en noviembre, el implante se coloca a principios de diciembre y la corona estaría
lista a mediados de marzo, así que sí, llegaría justo antes de que vuelva a España.

Un saludo,""")),

    C("d21-navarro-ferula", "es", "closed", {},
      "Diego Navarro <diego.navarro@example.com>", "gmail", "Férula de descarga",
      "Night splint: price and lab time answered (the lab courier's Wednesday collection is "
      "logistics); his out-of-office replies; later he confirms the slot.",
      cu("11-04 12:00", """Hola,

Mi dentista en Bilbao me dijo que aprieto los dientes de noche. ¿Hacéis férulas de descarga?
¿Cuánto cuesta y cuánto se tarda en tenerla?

Gracias,
Diego"""),
      ag("marisol", "11-04 15:30", """Hola, Diego:

Sí, las hacemos a medida. Cuesta 240 £ e incluye la toma de medidas y una revisión al mes. El
laboratorio tarda unos diez días laborables; el mensajero del laboratorio recoge las impresiones
los miércoles por la tarde.

Te propongo tomar las medidas el martes 10 a las 13:00.

Un saludo,"""),
      auto("11-04 15:31", """Hola,

Estoy fuera de la oficina hasta el lunes 9 de noviembre, sin acceso al correo. Para cualquier
urgencia, escribe a soporte@navarro-ingenieria.example.

Diego Navarro""", subject="Respuesta automática: Re: Férula de descarga", quote=False),
      cu("11-09 08:40", "Perfecto, el martes 10 a las 13:00 me va bien. Gracias, Marisol.", thanks=True)),

    C("d22-ruiz-cita-hija", "es", "closed", {"unanswered-question": 1},
      "Valentina Ruiz <valentina.ruiz@example.net>", "iphone", "Cita para mi hija",
      "Check-up for her daughter booked; her reply also asks for an old invoice and whether "
      "the girl must bring papers: the paperwork is answered, the invoice is not.",
      cu("11-12 16:20", """Hola Marisol,

¿Podrías darme cita para mi hija Sofía (8 años) para una revisión? Mejor por la tarde, después del colegio.

Gracias,
Valentina

Enviado desde mi iPhone"""),
      ag("marisol", "11-12 17:05", """Hola, Valentina:

Tengo el jueves 19 a las 16:00 con la Dra. Hale. ¿Te va bien?

Un saludo,"""),
      cu("11-12 17:30", """¡Sí, perfecto! Otra cosa: ¿me puedes reenviar la factura de mi empaste de octubre? No la encuentro. Y ¿Sofía necesita traer algún papel del colegio o del médico?

Valentina

Enviado desde mi iPhone""", uq=1),
      ag("marisol", "11-13 09:00", """Hola, Valentina: Sofía queda citada el jueves 19 a las 16:00. No hace falta que traiga
nada, solo rellenaremos una ficha médica cuando lleguéis.

Un saludo,""")),

    C("d23-okoye-double-charge", "en", "pending", {"reopened": 1},
      "Grace Okoye <grace.okoye@example.com>", "gmail", "Charged twice for deposit",
      "Duplicate deposit refunded and the case marked resolved; a week later a new problem "
      "(the whitening tray digs in) arrives in the same thread and is answered.",
      cu("11-09 10:02", """Hi,

I paid the £50 deposit for my whitening trays online on Friday and my banking app shows it's gone
out twice. Could you check and refund the second one please?

Grace Okoye"""),
      ag("dan", "11-09 14:30", """Hi Grace,

You're right - the card machine timed out and the payment went through twice. I've refunded the
duplicate £50 today; it usually shows on your statement within 3-5 working days.

I'll mark this as resolved, but do reply if it hasn't appeared by the end of next week.

Kind regards""", closes=True),
      cu("11-17 19:45", """Hi Dan, the refund came through, thanks. Different problem though - I've picked up the trays
but the top one digs into my gum at the back on the left. Is that normal or should it be
trimmed? Can I pop in without an appointment?

Grace"""),
      ag("tamsin", "11-18 08:55", """Hi Grace,

It shouldn't dig in - Hannah, our hygienist, can trim the edge in five minutes. No need to book:
come in any weekday between 12.30 and 1.30 and ask at the desk. Leave the top tray out until then.""")),

    C("d24-tolley-denture", "en", "closed", {"many-handoffs": 1},
      "Brian Tolley <brian.tolley@example.org>", "outlook", "Denture repair - cracked plate",
      "Cracked denture before a christening: reception hands over to the manager (timing, "
      "kept the same morning), then accounts answers cheque and Pension Credit - three "
      "agents; thanks.",
      cu("11-10 08:10", """Good morning,

My upper denture has cracked right down the middle - I dropped it in the sink. Can it be
repaired, and how quickly? I've got my granddaughter's christening on Saturday and I can't go
without my teeth.

Brian Tolley"""),
      ag("tamsin", "11-10 08:45", """Dear Mr Tolley,

Oh no - but yes, a clean crack down the middle can usually be repaired. If you can drop it in by
10am tomorrow our lab can normally turn it round in 24 hours, so you would have it back by
Thursday afternoon. Gareth, our practice manager, looks after lab jobs and will confirm the
timing with you.""", promises=[("window", 3)]),
      ag("gareth", "11-10 11:20", """Dear Mr Tolley,

I've spoken to the lab: if you bring the denture in by 10am tomorrow (Wednesday), it will be back
with us by 3pm on Thursday. The repair is £85.

Kind regards"""),
      cu("11-10 12:05", """Thank you both. I'll bring it in first thing. Can I pay by cheque? And is it cheaper if I'm on
pension credit?

Brian"""),
      ag("dan", "11-10 15:40", """Dear Mr Tolley,

We do still take cheques, made payable to Harbourne Dental Practice. If you receive the
guarantee part of Pension Credit, NHS denture repairs are free for you, so there will be nothing
to pay - just bring your award letter with you.

Kind regards"""),
      cu("11-12 16:30", """Got it back this afternoon, good as new. Thank you all very much.

Brian""", thanks=True)),

    C("d25-shah-chipped-tooth", "en", "open", {},
      "Priyanka Shah <priyanka.shah@example.com>", "android", "Chipped front tooth - appointment",
      "Fresh enquiry on the audit day with only the acknowledgement (its 'one working day' is "
      "service-hours text): inside the response target.",
      cu("11-20 10:05", """Hi, I chipped the corner of my front tooth on a glass last night. It's not painful but it looks awful and I've got a job interview on Wednesday. Is there any chance of getting it bonded before then? How much does bonding cost roughly?

Thanks
Priyanka

Sent from Outlook for Android"""),
      ack("11-20 10:05")),

    C("d26-grant-receipts", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Oliver Grant <oliver.grant@example.net>", "gmail", "Receipts for my insurance claim",
      "Receipt request unanswered, resent word for word four days later as a new mail without "
      "threading headers; the receipts come attached the next day.",
      cu("11-12 13:10", """Hello,

Could you please send me itemised receipts for my treatment on 22 September and 6 October? My
insurer (Clearwell Health Cash Plan) needs them to show the treatment, the date and the amount
paid.

Many thanks,
Oliver Grant
Membership no. CW-448120"""),
      cu("11-16 09:00", """Hello,

Could you please send me itemised receipts for my treatment on 22 September and 6 October? My
insurer (Clearwell Health Cash Plan) needs them to show the treatment, the date and the amount
paid.

Many thanks,
Oliver Grant
Membership no. CW-448120""", parent=0, chase=True),
      ag("dan", "11-17 11:05", """Dear Mr Grant,

Apologies for the delay - your first email ended up in our spam filter. Please find attached the
itemised receipts for 22 September and 6 October; both show the treatment, the date and the
amount paid, with our practice stamp.

Kind regards""", attach=[(PDF, "Receipts-Grant.pdf", GRANT_PDF)])),

    C("d27-mcleod-broken-edge", "en", "closed", {},
      "Fiona McLeod <fiona.mcleod@example.org>", "apple", "Something sharp on my back tooth",
      "Broken edge: reception asks for a photo, her second mail sends it (not a chase), the "
      "dentist's verdict answers whether it can wait.",
      cu("11-13 08:20", """Hi,

A bit of my back tooth (lower left) seems to have broken off, there's a sharp edge. It doesn't
hurt. Do I need an emergency appointment or can it wait until my check-up on 2 December?

Fiona"""),
      ag("tamsin", "11-13 09:05", """Hi Fiona,

Could you send us a photo of it? Even a phone photo with your mouth open wide near a window helps
Dr Okafor decide how urgent it is."""),
      cu("11-13 09:40", """Here you go - best I could do! It's the one right at the back.

Fiona""", attach=[(PNG, "IMG_4471.png", TOOTH_PNG)]),
      ag("tamsin", "11-13 11:30", """Thanks Fiona. Dr Okafor has had a look: it's a small piece of an old filling, not the tooth
itself, so it can wait until 2 December. If the edge catches your tongue, a bit of sugar-free gum
over it helps - and do call us if it starts to hurt.""")),

    C("d28-pike-night-guard", "en", "pending", {},
      "Graham Pike <graham.pike@example.com>", "thunderbird", "Night guard - how long?",
      "When will the night guard come and is a fitting needed: answered with the lab courier's "
      "Wednesday collection (logistics) and a booked fitting; thanks.",
      cu("11-16 18:30", """Evening,

Dr Hale took impressions for a night guard this morning. When can I expect it, and will I need
another appointment to have it fitted, or can I just collect it?

Graham Pike"""),
      ag("tamsin", "11-17 09:10", """Hello Graham,

The lab courier collects impressions on Wednesday afternoons, and the lab takes about ten working
days, so the guard should be with us in the first week of December. You will need a short
fitting appointment (10 minutes) so Dr Hale can check your bite - I've booked you provisionally
for Friday 4 December at 8.30am."""),
      cu("11-17 09:30", """That's fine, thank you.

Graham""", thanks=True)),

    C("d29-karim-implant-plan", "en", "pending", {},
      "Nadia Karim <nadia.karim@example.net>", "iphone", "Implant treatment plan",
      "Graft still a maybe (answered); the written plan is promised by Tuesday 24 November - "
      "a deadline still ahead at the audit time.",
      cu("11-17 12:15", """Hi Priya,

Thanks for seeing me yesterday. As discussed, could you send the written treatment plan with the costs so I can go through it with my husband? Also can you confirm whether the bone graft would be needed or whether that's still a maybe?

Nadia

Sent from my iPhone"""),
      ag("priya", "11-17 16:40", """Hi Nadia,

Lovely to meet you. The graft is still a maybe - Dr Hale needs to look at the 3D scan properly,
and she's back in clinic on Monday. I'll send you the full written plan with both options (with
and without the graft) by Tuesday 24 November.""", promises=[("11-24", None)])),

    C("d30-carrow-invoice-name", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Lewis Carrow <lewis.carrow@carrowbuilders.example>", "owa", "Invoice wrong name",
      "Misspelt name on an invoice: corrected copy promised by Thursday, sent the following "
      "Tuesday; the request to send future invoices to the accounts address is ignored.",
      cu("11-02 10:20", """Hi,

The invoice for my root canal (INV-20871) has my name spelled 'Lewis Carow'. My accountant needs
it correct as it's going through the business health scheme. Could you send a corrected copy? And while you're at it, please send any future invoices to accounts@carrowbuilders.example rather than my personal email.

Cheers,
Lewis""", uq=1),
      ag("dan", "11-03 09:15", """Hi Lewis,

Sorry about that. Corrections to a finalised invoice have to be approved by the practice
manager, so I'll send the corrected invoice by Thursday.

Kind regards""", promises=[("11-05", 3)]),
      ag("dan", "11-10 14:05", """Hi Lewis,

Apologies for the wait - here is the corrected invoice INV-20871 with your name spelled
correctly.

Kind regards""", attach=[(PDF, "INV-20871-corrected.pdf", CARROW_PDF)])),

    C("d31-whitlock-complaint", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Diane Whitlock <diane.whitlock@example.org>", "outlook", "Complaint - kept waiting 50 minutes",
      "Complaint about a 50-minute wait: apology, the £20 charge deferred to 'by end of day' "
      "and never answered; her request for first-of-the-day appointments is not touched.",
      cu("11-11 17:40", """Dear Practice Manager,

I had a 9.10am appointment with Dr Okafor this morning and was not seen until 10.00. Nobody told
me there was a delay until I asked at the desk at 9.40. I then had to leave before my hygiene
appointment and have now been charged £20 for 'late cancellation'.

Can this charge please be removed? And can you put a note on my record that I need the first appointment of the day - I work shifts and can't be kept waiting like this again.

Yours sincerely,
Diane Whitlock""", uq=1),
      ag("gareth", "11-12 09:30", """Dear Mrs Whitlock,

I am very sorry about yesterday - a fifty-minute wait without any explanation is not acceptable,
and I have raised it with the reception team this morning. Dr Okafor was held up by an emergency
patient, but you should have been told when you arrived.

Regarding the £20 charge, I want to look at the appointment log first, and I'll come back to
you by end of day.

Kind regards""", promises=[("11-12", None)])),

    C("d32-allingham-move-hygiene", "en", "open", {"awaiting-reply": 1},
      "Ruth Allingham <ruth.allingham@example.com>", "gmail", "Moving my hygiene appointment",
      "Asks to move a hygiene appointment; only the acknowledgement, three days without a reply.",
      cu("11-17 14:25", """Hello,

I have a hygienist appointment on Friday 27 November at 11am. Could it be moved to later the same
day, after 3pm if possible? If not, any afternoon the following week would do.

Thanks,
Ruth Allingham"""),
      ack("11-17 14:26")),

    C("d33-pryce-first-visit", "en", "closed", {},
      "Megan Pryce <megan.pryce@example.net>", "gmail", "A few questions before my son's first check-up",
      "Four questions about a toddler's first visit answered inline: a bare 'Of course.', a "
      "bare day; booking.",
      cu("11-04 20:15", """Hi,

Leo is 2 and a half and it'll be his first time at the dentist. Some questions:

Can I sit with him in the chair?
Is there a charge for children?
Which day does Dr Hale do her children's clinic?
Should I brush his teeth before we come or does it not matter?

Thank you!
Megan"""),
      ag("tamsin", "11-05 08:50", """Hi Megan,

On 11/4/26 8:15 PM, Megan Pryce wrote:
> Can I sit with him in the chair?

Of course.

> Is there a charge for children?

No, children are free on the NHS.

> Which day does Dr Hale do her children's clinic?

Tuesday.

> Should I brush his teeth before we come or does it not matter?

Brush them as normal in the morning, nothing special needed.

Shall I book him in for a Tuesday afternoon?""", quote=False),
      cu("11-05 09:30", """Yes please - Tuesday 17th if possible, any time after 1.

Megan"""),
      ag("tamsin", "11-05 10:00", "Leo is booked for Tuesday 17 November at 1.30pm with Dr Hale.")),

    C("d34-langridge-links", "en", "closed", {},
      "Peter Langridge <p.langridge@example.com>", "owa", "Price list and medical history form",
      "Price list and online medical history form: answered with two links only; thanks.",
      cu("11-06 11:00", """Hello,

Where can I find your current private price list? And is the medical history form available
online, so I can fill it in before my appointment on Monday?

Regards,
Peter Langridge"""),
      ag("tamsin", "11-06 11:45", """Hello Peter,

https://harbournedental.example/fees
https://harbournedental.example/forms/medical-history?patient=new"""),
      cu("11-06 12:10", """Thank you - form submitted.

Peter""", thanks=True)),

    C("d35-kettle-receipt", "en", "closed", {},
      "Sarah Kettle <sarah.kettle@example.org>", "outlook", "October receipt",
      "Receipt request and a price question answered with 'Attached.' and a bare 'No'.",
      cu("11-09 13:00", """Hi Dan,

Could you send me a receipt for my October Smile Plan payment? Work reimburses part of it. Also,
is the plan going up in January? Someone at reception mentioned it.

Thanks, Sarah"""),
      ag("dan", "11-09 13:40", """Hi Sarah,

Attached. And no - it's fixed at £18.50 until April.""", attach=[(PDF, "Receipt-R-88102.pdf", KETTLE_PDF)])),

    C("d36-dawe-lost-filling", "en", "pending", {},
      "Kirsty Dawe <kirsty.dawe@example.com>", "gmail", "Lost filling - toffee incident",
      "A pleasantry, a rhetorical question and a self-answered one around the real request; "
      "two slots offered, one booked.",
      cu("11-16 09:05", """Hi all,

Hope you all had a good weekend? Mine ended with a toffee pulling out one of my fillings - who
knew a single Werther's could do that much damage? It's top left, second from the back. Not
painful, just a hole.

Could I get an appointment this week to have it redone? Mornings are best. I wasn't sure whether
I'd need my patient number - where do I find it? Oh never mind, it's on my appointment card.

Kirsty"""),
      ag("tamsin", "11-16 10:20", """Hi Kirsty,

Poor you! I have Wednesday 18th at 9.10am or Thursday 19th at 8.40am with Dr Okafor. Which would
you like?"""),
      cu("11-16 10:45", "Thursday 8.40 please!"),
      ag("tamsin", "11-16 11:00", "Booked - Thursday 19 November, 8.40am. See you then.")),

    C("d37-ebbs-forwarded-confirmation", "en", "pending", {},
      "Jonathan Ebbs <jon.ebbs@example.org>", "gmail", "Fwd: Your appointment is confirmed",
      "HTML-only mail forwarding the booking confirmation (its 'Need to change it?' and "
      "'Running late?' are forwarded text); his own question is answered.",
      cu("11-13 19:20", """Hi,

Forwarding the confirmation below. Could my son Sam (10) be seen straight after me on the same
day, rather than me booking a separate trip?

Jon

---------- Forwarded message ---------
From: Harbourne Dental Practice <noreply@harbournedental.example>
Date: Thu, 12 Nov 2026 at 16:02
Subject: Your appointment is confirmed
To: Jon Ebbs <jon.ebbs@example.org>

Dear Jonathan,

Your check-up with Dr Hale is confirmed for Monday 23 November at 4.10pm.

Need to change it? Reply to this email or call 01632 960 214.
Running late? Please let us know so we can tell the dentist.

Harbourne Dental Practice""", kind="html"),
      ag("tamsin", "11-14 09:30", """Hi Jon,

Yes - I've booked Sam in with Dr Hale at 4.30pm on Monday 23 November, straight after you.""")),

    C("d38-bell-gift-voucher", "en", "closed", {},
      "Marcus Bell <marcus@quayside-cafe.example>", "outlook", "Gift voucher?",
      "Whitening gift voucher answered; his thanks carries a signature with 'Questions about "
      "catering?' and a '?' URL.",
      cu("11-05 14:00", """Hi,

Do you do gift vouchers? My wife has been talking about teeth whitening for ages and I thought it
would make a good Christmas present. If you do, can it be for the whitening specifically or just
a money amount?

Thanks,
Marcus Bell
Quayside Café | 4 Custom House Quay
Questions about catering? https://quayside-cafe.example/catering?src=email"""),
      ag("gareth", "11-05 16:10", """Dear Marcus,

We do - vouchers can be for any amount, or for a specific treatment. A home whitening voucher is
£350 and covers the consultation, the trays and the gel. I can post one to you, or you can
collect it from reception in a card.

Kind regards"""),
      cu("11-05 16:45", """Brilliant, I'll pop in and collect it on Saturday. Thanks!

Marcus Bell
Quayside Café | 4 Custom House Quay
Questions about catering? https://quayside-cafe.example/catering?src=email""", thanks=True)),

    C("d39-crabb-staff-plan", "en", "closed", {"unanswered-question": 1},
      "Helen Crabb <helen.crabb@portlandmarine.example>", "outlook", "Dental cover for our staff",
      "Company plan for 12 staff, HR colleague in Cc: per-head price and individual "
      "registration answered, monthly company invoicing is not.",
      cu("11-06 10:30", """Hello,

I'm the office manager at Portland Marine Engineering; we have 12 staff and are looking at
offering dental cover as a benefit from January. I've copied in Tom from HR.

Would the Smile Plan work for a company - what would the cost per head be? Would staff need to
register as patients individually? Could you also invoice us monthly for all of them rather than each person paying by direct debit?

Best regards,
Helen Crabb
Office Manager, Portland Marine Engineering""",
         cc="Tom Vassey <tom.vassey@portlandmarine.example>", uq=1),
      ag("dan", "11-06 15:20", """Dear Helen,

Thank you for thinking of us. For groups of ten or more we offer the Smile Plan at £16.50 per
person per month instead of £18.50, with the same cover: two check-ups and two hygiene visits a
year and 10% off other treatment. Each member of staff does need to register individually, as we
hold their own medical history - the registration takes about five minutes online.

Kind regards""", cc="Tom Vassey <tom.vassey@portlandmarine.example>")),

    C("d40-reeve-records-request", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Alison Reeve <a.reeve@reevesolicitors.example>", "outlook", "Client records request - Mr D. Penhale",
      "Solicitor's records request with a confidentiality footer: electronic delivery "
      "answered, the records promised 'early next week' (Tuesday) never come, the fee is "
      "never stated.",
      cu("11-02 09:30", """Dear Sir/Madam,

We act for Mr Daniel Penhale (DOB 14/03/1981) in connection with a personal injury claim arising
from a cycling accident on 2 August 2026. Please find attached his signed authority.

Please provide copies of his dental records, including radiographs, from 1 January 2024 to date.
Please also confirm your fee for providing these. We would be grateful if they could be sent
electronically.

Yours faithfully,
Alison Reeve
Paralegal, Reeve & Co Solicitors

CONFIDENTIALITY: This email and any attachments are confidential and may be legally privileged.
If you are not the intended recipient, please notify the sender immediately and delete it. Reeve
& Co Solicitors is authorised and regulated by the Solicitors Regulation Authority.""",
         uq=1, attach=[(PDF, "Authority-Penhale.pdf", PENHALE_PDF)]),
      ag("gareth", "11-02 16:20", """Dear Ms Reeve,

Thank you for your letter and Mr Penhale's authority. We can send the records electronically
through a secure download link. I'll have the records and radiographs compiled early next week
and will send you the link then.

Kind regards""", promises=[("11-10", None)])),

    C("d41-hutchings-christmas", "en", "closed", {"unanswered-question": 1},
      "Claire Hutchings <claire.hutchings@example.com>", "gmail", "Check-ups over Christmas (visiting from Dubai)",
      "Family in Dubai (UTC+4) books four check-ups for 21 December, answered on a Saturday "
      "morning; the request for reminders by WhatsApp or email is dropped; thanks.",
      cu("11-07 12:30", """Hi Tamsin,

We're flying home from Dubai for Christmas and would like to get check-ups done while we're in
Weymouth - me, my husband Rob and our two boys. Could you fit us in on 21 or 22 December? Ideally
all together, one after the other.

Could you also send the reminders by WhatsApp or email rather than text, as our UK numbers won't work out here?

Thanks so much,
Claire""", uq=1),
      ag("tamsin", "11-07 10:15", """Hi Claire,

How lovely to have you all back for Christmas! I've booked the four of you in on Monday 21
December with Dr Okafor: you at 9.00, Rob at 9.20, then the boys at 9.40 and 9.50."""),
      cu("11-07 15:30", """Perfect, thank you so much!

Claire""", thanks=True),
      tz=4),

    C("d42-brooks-visitor", "en", "closed", {},
      "Ethan Brooks <ethan.brooks@example.com>", "gmail", "Emergency while visiting?",
      "Visitor from Boston (UTC-5): would you see him and do you take US cards - both answered "
      "in one sentence, with the price; thanks.",
      cu("11-10 21:10", """Hello,

I'm visiting my sister in Weymouth from Boston next week (Nov 16-23). I have a temporary filling
that my dentist here will replace with a permanent one when I'm back, but she said if it falls out
I should get it looked at wherever I am. If that happens, would you see a non-registered visitor,
and roughly what would it cost? Do you take US credit cards?

Thanks,
Ethan Brooks"""),
      ag("tamsin", "11-11 09:05", """Hello Ethan,

Yes to both - we keep emergency slots every weekday morning for visitors, and we take all major
cards, American ones included. An emergency appointment is £65, and a new temporary filling, if
you needed one, is £45 on top.

Enjoy your trip, and hopefully we won't see you!"""),
      cu("11-11 07:30", """Great, thank you!

Ethan""", thanks=True),
      tz=-5),

    C("d43-morton-gum-shield", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Kyle Morton <kyle.morton@example.net>", "android", "Gum shield for boxing",
      "Fitted gum shield: price and time answered, club colours promised 'tomorrow'; 'just "
      "checking in on the colours?' three days later; answered the following Monday. Base64 "
      "bodies.",
      cu("11-09 18:40", """Hi, I box at the club on Crescent St and need a proper fitted gum shield, the boil-and-bite ones keep falling out. How much are yours and how long do they take? Can I get one in my club colours (red/black)?

Kyle

Sent from Outlook for Android""", cte="base64"),
      ag("tamsin", "11-10 09:15", """Hi Kyle,

Fitted sports guards are £95 and take about two weeks from the impressions. I'm not sure which
colour combinations the lab can do at the moment - let me ask them and I'll get back to you
tomorrow.""", promises=[("11-11", 4)]),
      cu("11-13 17:20", """Hi Tamsin just checking in on the colours? Want to get it sorted before my next fight in January.

Kyle

Sent from Outlook for Android""", cte="base64", chase=True),
      ag("tamsin", "11-16 10:00", """Hi Kyle,

Sorry, the lab took a while to come back to me. They can do red and black in stripes or halves,
and add your initials for £10. If you'd like to go ahead, I have impression slots on Tuesday and
Thursday evenings.""")),

    C("d44-treloar-bridge", "en", "closed", {"unanswered-question": 1},
      "Ian Treloar <ian.treloar@example.org>", "thunderbird", "Bridge feels high",
      "High bite on a new bridge: adjustment offered in a reply that lost its threading "
      "headers, the charge question answered in a reply whose References skip a message; how "
      "to clean under the bridge is never answered.",
      cu("11-04 08:30", """Hello,

Dr Okafor fitted my bridge on Monday. It feels a bit high on the left when I bite down, and I'm
getting a dull ache in the evenings. Is that normal for the first few days or should I come back?
Also, what's the best way to clean under it - I was given a leaflet but have lost it.

Ian Treloar""", uq=1),
      ag("tamsin", "11-04 10:10", """Hello Ian,

If the bite feels high it's worth having it adjusted - it only takes a few minutes and the ache
should settle once it's done. I can offer Friday 6th at 12.20.""", thread=False),
      cu("11-04 12:00", """Friday 12.20 is fine, thanks. Is there a charge if it needs more than a small adjustment?

Ian"""),
      ag("tamsin", "11-04 13:30", """No charge at all - adjustments within three months of fitting are included. See you on Friday.""",
         refs=[1, 3])),

    C("d45-fenn-finance", "en", "pending", {},
      "Laura Fenn <laura.fenn@example.com>", "gmail", "Payment plan for implants",
      "Payment plans: reception says the coordinator 'will be in touch tomorrow' and she is, "
      "with both terms and an illustration attached; thanks.",
      cu("11-16 12:40", """Hi,

Dr Hale has recommended two implants and the total is just over £5,000, which we can't pay in one
go. Do you offer any payment plans? What would the monthly cost be over two or three years?

Laura Fenn"""),
      ag("tamsin", "11-16 14:10", """Hi Laura,

Yes, we do. Priya, our treatment coordinator, handles finance applications - she's in clinic
today, but she'll be in touch tomorrow with the figures for both terms.""", promises=[("11-17", 3)]),
      ag("priya", "11-17 11:25", """Hi Laura,

As promised, here are the figures for £5,120. Over 24 months at 0% it's £213.33 a month. Over 36
months the rate is 9.9% APR, which comes to about £164 a month (£5,905 in total). No deposit is
needed, and the application takes about ten minutes online - the illustration attached shows both
side by side.""", attach=[(PDF, "Finance-illustration.pdf", FENN_PDF)]),
      cu("11-17 19:30", """Thanks Priya, that's really clear. We'll have a think over the weekend.

Laura""", thanks=True)),

    C("d46-stroud-treatment-plan", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rebecca Stroud <rebecca.stroud@example.net>", "owa", "Questions about my treatment plan",
      "Bulleted list of four: one appointment and the Smile Plan discount answered, the price "
      "deferred to 'by Friday' and never confirmed, the hygienist request skipped.",
      cu("11-09 12:10", """Hello,

I've had a chance to look at the treatment plan from my check-up last week. Before I book
anything, could someone help with the following:

- Do the two fillings (UL6 and LR7) have to be done separately or can they be done in one appointment?
- Is the white filling on LR7 really £165? My last dentist charged less than half that.
- If I join the Smile Plan now, would I get the 10% off this treatment?
- Can the hygiene appointment be booked with Hannah again? She was great.

Thank you,
Rebecca Stroud""", uq=1),
      ag("dan", "11-09 16:30", """Dear Rebecca,

Yes, both fillings can be done in one appointment of about an hour. And if you join the Smile
Plan before treatment starts, the 10% discount applies to the whole plan.

The LR7 price is for a composite (white) filling on a large back tooth; I'll ask Dr Hale to check
the plan and come back to you by Friday to confirm it.

Kind regards""", promises=[("11-13", None)])),

    C("d47-oakes-root-canal", "en", "closed", {"unanswered-question": 2},
      "Martin Oakes <martin.oakes@example.com>", "apple", "Root canal - a few questions",
      "Questions buried in one long paragraph: tenderness, leaving the temporary longer and "
      "whether a crown is needed answered; the crown's price and a copy of the X-ray for his "
      "insurer are not.",
      cu("11-10 21:50", """Hi,

I had the first part of my root canal done with Dr Okafor on Thursday and it's been fine apart from a bit of tenderness when I bite, which I assume is normal, and I wanted to check a few things before the second appointment on the 24th because I'm away with work that week and might have to move it, so could you tell me whether it's a problem to leave the temporary filling in for an extra week or two, and also whether I'll need a crown afterwards as my brother said you always do after a root canal, and if so roughly how much that would be, and I was also wondering if I can get a copy of the X-ray Dr Okafor showed me because my insurer wants to see it.

Thanks,
Martin""", uq=2),
      ag("tamsin", "11-11 09:30", """Hi Martin,

Tenderness when biting is normal for a few days, yes. An extra week or two with the temporary is
fine as long as it stays in place - if it comes out or cracks, call us. Dr Okafor says a crown is
usually recommended on a back tooth after a root canal, but he'll decide once he sees how much
tooth is left.

Would you like me to move you to Tuesday 1 December at 2pm?""")),

    C("d48-hollis-sensitivity", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Gemma Hollis <gemma.hollis@example.org>", "gmail", "Sensitive teeth after whitening",
      "Sensitivity while whitening: whether to pause is answered, the question about Sensodyne "
      "in the trays gets a neighbouring answer (which Sensodyne helps); asking Priya about a "
      "lower-strength gel is promised without a deadline and never done.",
      cu("11-13 20:05", """Hi,

I've been using the whitening trays for a week and my teeth have become really sensitive,
especially with cold drinks. Should I stop for a few days or carry on? And is it OK to use Sensodyne in the trays instead of the gel on the nights I skip?

Gemma""", uq=1),
      ag("tamsin", "11-14 10:30", """Hi Gemma,

Sensitivity is the most common side effect - take a break for two or three nights and then go
back to wearing the trays every other night. Sensodyne Rapid Relief is the one most of our
patients find helps.

I'll also ask Priya whether a lower-strength gel would suit you and let you know.""",
         promises=[("window", None)])),

    C("d49-penberthy-retainer", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Stuart Penberthy <stuart.penberthy@example.com>", "outlook", "Lost retainer - replacement",
      "Lost retainer: meantime advice given, cost and timing promised without a deadline, "
      "'any update on the retainer?' four days later, answered then; his follow-up about "
      "paying on the day and an emailed receipt gets only 'Ordered'.",
      cu("11-12 08:50", """Morning,

Our daughter Isla (15) has lost her upper retainer - left it on a lunch tray at school, of
course. How much is a replacement and how long does it take? Her braces came off in July and the
orthodontist said she must wear it every night, so we're worried her teeth will move. Is there
anything she can do in the meantime?

Stuart Penberthy"""),
      ag("gareth", "11-12 11:15", """Dear Mr Penberthy,

Don't worry - a few days without it is unlikely to undo anything, but the sooner the better. She
should keep wearing the lower one as normal. The price depends on whether we can use the scan
from July or need a new one; let me check her records and I'll come back to you with the cost
and timing.

Kind regards""", promises=[("window", 4)]),
      cu("11-16 09:30", """Hi Gareth, any update on the retainer? It's now been a week without it.

Stuart""", chase=True),
      ag("gareth", "11-16 12:00", """Dear Mr Penberthy,

Apologies. We do have Isla's scan from July, so no new impressions are needed: a replacement
clear retainer is £120 and takes five working days. I've provisionally booked Isla in for a
fitting on Monday 23 November at 4pm.

Kind regards"""),
      cu("11-16 12:40", """Thanks. Please go ahead and order it. Can we pay on the day, and could you email me the receipt rather than printing it?

Stuart""", uq=1),
      ag("gareth", "11-16 14:10", """Ordered - it'll be here for Monday.

Kind regards""")),

    C("d50-castellan-wedding", "en", "closed", {"unanswered-question": 2},
      "Ben Castellan <ben.castellan@example.net>", "iphone", "Teeth whitening before wedding",
      "Whitening before the wedding booked; a week later a second mail asks about bonding for "
      "the best man and its cost - the reply only gives the trays' date.",
      cu("11-03 12:10", """Hi, I'm getting married on 12 December and want to whiten my teeth beforehand. Is there still time for the home trays?

Ben

Sent from my iPhone"""),
      ag("priya", "11-03 15:30", """Hi Ben, congratulations! Yes, plenty of time - the trays take about ten days to make and most
people see the full result after two weeks of wearing them. I can take impressions on Friday 6th
at 5.30pm if that suits."""),
      cu("11-03 15:45", """Friday 5.30 is great, book me in

Sent from my iPhone"""),
      ag("priya", "11-03 16:00", "You're booked in for Friday at 5.30pm."),
      cu("11-09 19:20", """Hi Priya, impressions done, thanks. One thing I forgot to ask - my best man has a gap between his front teeth and wants to know if bonding could close it before the wedding too. What would that cost? He's not registered with you.

Ben

Sent from my iPhone""", uq=2),
      ag("priya", "11-10 09:10", """Hi Ben, your trays are due back from the lab on the 17th, and I've booked your fitting for
Wednesday 18th at 5.30pm.""")),

    C("d51-sharland-denture-sore", "en", "open", {"awaiting-reply": 1},
      "Yvonne Sharland <yvonne.sharland@example.com>", "gmail", "New denture rubbing",
      "Sore spot under a new denture: advice given; two days later it is worse and she asks to "
      "come in and about a fixative - no reply since.",
      cu("11-16 11:00", """Hello,

I had my new full upper denture fitted last Thursday. It's rubbing a sore spot at the front.
Should I keep wearing it or leave it out until it's eased?

Yvonne Sharland"""),
      ag("tamsin", "11-16 12:30", """Dear Mrs Sharland,

Please keep wearing it for a few hours a day but take it out at night, and rinse with warm salt
water. If the sore spot is still there on Wednesday, Dr Hale can ease the denture - it takes ten
minutes."""),
      cu("11-18 10:15", """Still sore I'm afraid, worse if anything. Can I come in today or tomorrow to have it eased? And is there a fixative you'd recommend in the meantime?

Yvonne""")),
]


UNANSWERED: dict[str, list[str]] = {
    "d03-lyle-smile-plan": [
        "please update my address to 22 Ropewalk Lane, Weymouth DT4 7QS.",
    ],
    "d07-dunmore-children": [
        "Is fluoride varnish something you do routinely for kids, or do we have to ask?",
        "do you do a short 'happy visit' first so she can sit in the chair without anything being done?",
    ],
    "d08-vogel-rechnung": [
        "Wann ist meine nächste Prophylaxe fällig?",
    ],
    "d11-roth-bleaching": [
        "Wirkt das Bleaching auch auf meine Krone vorne links, oder bleibt die dann dunkler?",
    ],
    "d14-morel-devis": [
        "Est-ce que je peux payer en deux fois, une partie à la prise d'empreinte et le reste à la pose ?",
    ],
    "d16-giraud-rugby": [
        "pourriez-vous m'envoyer la facture de la pose, pour ma mutuelle ?",
    ],
    "d17-lambert-detartrage": [
        "est-ce que le parking derrière le cabinet est gratuit pour les patients, ou faut-il payer au parcmètre ?",
    ],
    "d20-ortega-implante": [
        "si aceptan pago con tarjeta española en euros o solo en libras",
    ],
    "d22-ruiz-cita-hija": [
        "¿me puedes reenviar la factura de mi empaste de octubre?",
    ],
    "d30-carrow-invoice-name": [
        "please send any future invoices to accounts@carrowbuilders.example rather than my personal email.",
    ],
    "d31-whitlock-complaint": [
        "can you put a note on my record that I need the first appointment of the day",
    ],
    "d39-crabb-staff-plan": [
        "Could you also invoice us monthly for all of them rather than each person paying by direct debit?",
    ],
    "d40-reeve-records-request": [
        "Please also confirm your fee for providing these.",
    ],
    "d41-hutchings-christmas": [
        "Could you also send the reminders by WhatsApp or email rather than text, as our UK numbers won't work out here?",
    ],
    "d44-treloar-bridge": [
        "what's the best way to clean under it",
    ],
    "d46-stroud-treatment-plan": [
        "Can the hygiene appointment be booked with Hannah again?",
    ],
    "d47-oakes-root-canal": [
        "if so roughly how much that would be",
        "if I can get a copy of the X-ray Dr Okafor showed me because my insurer wants to see it",
    ],
    "d48-hollis-sensitivity": [
        "is it OK to use Sensodyne in the trays instead of the gel on the nights I skip?",
    ],
    "d49-penberthy-retainer": [
        "Can we pay on the day, and could you email me the receipt rather than printing it?",
    ],
    "d50-castellan-wedding": [
        "wants to know if bonding could close it before the wedding too",
        "What would that cost?",
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
    """Command line: regenerate tests/practice125 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
