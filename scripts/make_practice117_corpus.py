#!/usr/bin/env python3
"""Regenerate ``tests/practice117/``: a labelled corpus of Caldmoor Physiotherapy Clinic.

A support mailbox of a fictional physiotherapy and sports-injury clinic in Sheffield
(appointments and cancellations, self-referral and GP letters, insurance and employer-funded
claims, invoices and receipts, home-exercise plans, sports massage, return-to-sport testing,
club and workplace schemes), written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``caldmoorphysio.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - patient mail and patients' automatic replies (mboxrd),
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

Usage: python scripts/make_practice117_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "caldmoorphysio.example"
DESK = "Caldmoor Physio Reception <reception@caldmoorphysio.example>"

AGENTS = {
    "nia": ("Nia Okafor <nia.okafor@caldmoorphysio.example>", "thunderbird", """-- 
Nia Okafor
Reception & Bookings | Caldmoor Physiotherapy Clinic
14 Caldmoor Road, Sheffield S11 8YB | 0114 496 0217
Book online: https://caldmoorphysio.example/book?src=email"""),
    "callum": ("Callum Reid <callum.reid@caldmoorphysio.example>", "outlook", """Callum Reid MCSP
Clinical Lead Physiotherapist | Caldmoor Physiotherapy Clinic
Employer schemes, post-operative rehab, return-to-sport testing"""),
    "priya": ("Priya Shah <priya.shah@caldmoorphysio.example>", "outlook", """Priya Shah
Accounts & Insurance Claims | Caldmoor Physiotherapy Clinic
0114 496 0219

CONFIDENTIALITY: This e-mail and any attachments may contain personal health information
and are intended only for the named recipient. If you have received it in error, please
tell us and delete it."""),
    "tom": ("Tom Hargreaves <tom.hargreaves@caldmoorphysio.example>", "apple", """Tom Hargreaves
Sports Rehabilitation Physiotherapist | Caldmoor Physiotherapy Clinic
Your exercise plan online: https://caldmoorphysio.example/hep?login=1"""),
    "lena": ("Lena Vogt <lena.vogt@caldmoorphysio.example>", "thunderbird_de", """-- 
Lena Vogt
Physiotherapeutin (Deutsch/Englisch) | Caldmoor Physiotherapy Clinic
https://caldmoorphysio.example/de?ref=signatur"""),
    "camille": ("Camille Roussel <camille.roussel@caldmoorphysio.example>", "apple_fr", """Camille Roussel
Kinésithérapeute - patients francophones | Caldmoor Physiotherapy Clinic
https://caldmoorphysio.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia.ferrer@caldmoorphysio.example>", "gmail_es", """--
Lucía Ferrer
Fisioterapeuta (español) | Caldmoor Physiotherapy Clinic
+44 114 496 0224"""),
}

ACK = """Hello,

Thank you for contacting Caldmoor Physiotherapy Clinic. This is an automatic
confirmation that your message has reached us - your reference is {ref}.

Reception is open Monday to Friday 7.30am-8pm and Saturday 8am-1pm, and we aim
to reply within one working day. If you are in severe pain or think you need
urgent medical help, please call NHS 111 or 999 - this inbox is not monitored
out of hours.

To change or cancel an appointment: https://caldmoorphysio.example/book?ref={ref}

Caldmoor Physiotherapy Clinic - Reception"""

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
    "helpdesk": ["X-Mailer: ClinicDesk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="cpc.", outlook_server="AM7P19")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice117", title="Caldmoor Physiotherapy Clinic", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="CPC-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

HEP_PDF = mailcraft.pdf(["Caldmoor Physiotherapy Clinic - Home exercise plan",
                         "Patient: G. Adeyemi   Large print",
                         "1. Sit to stand from a dining chair - 3 x 10",
                         "2. Heel raises holding the worktop - 3 x 12",
                         "3. Side steps along the kitchen - 3 x 10 each way",
                         "Twice a day. Stop if pain goes above 4/10."])
INVOICE_PDF = mailcraft.pdf(["Caldmoor Physiotherapy Clinic - Invoice CPC-INV-20417",
                             "Bill to: Northbank Architects, 3 Kelham Square, Sheffield S3",
                             "Patient: S. Lindqvist",
                             "07/10, 14/10, 21/10, 04/11 Physiotherapy follow-up 4 x 55.00",
                             "Total GBP 220.00",
                             "Physiotherapy is a medical service exempt from VAT."])
VOUCHER_PDF = mailcraft.pdf(["Caldmoor Physiotherapy Clinic - Gift voucher GV-2611",
                             "60-minute sports massage",
                             "Valid until 30 November 2027"])
REFERRAL_PDF = mailcraft.pdf(["Caldmoor Physiotherapy Clinic",
                              "To: Hydrotherapy Service, Ponds Forge",
                              "Re: Mrs N. Rahman - right total hip replacement, 5/52 post-op",
                              "Please accept for a 6-week hydrotherapy course.",
                              "Callum Reid MCSP"])
PRICES_PDF = mailcraft.pdf(["Caldmoor Physiotherapy Clinic - Pitch-side cover 2027",
                            "Match cover (up to 3 hours): GBP 120",
                            "Tournament day: GBP 340",
                            "Kit and consumables included"])
FITNOTE_PDF = mailcraft.pdf(["Caldmoor Physiotherapy Clinic - To whom it may concern",
                             "Mr C. Yates attended on 12/10, 19/10, 26/10, 2/11, 9/11, 16/11.",
                             "Fit for light duties from 23 November 2026.",
                             "Callum Reid MCSP"])
FR_INVOICE_PDF = mailcraft.pdf(["Caldmoor Physiotherapy Clinic - Facture CPC-INV-20388",
                                "Patiente: L. Lambert",
                                "02/11 Seance de kinesitherapie (poignet) 55.00 GBP"])
ACHILLES_PDF = mailcraft.pdf(["Caldmoor Physiotherapy Clinic - Uebungsplan Achillessehne",
                              "1. Exzentrische Fersensenkung, Knie gestreckt - 3 x 15",
                              "2. Exzentrische Fersensenkung, Knie gebeugt - 3 x 15",
                              "Zweimal taeglich."])
WORKSTATION_PDF = mailcraft.pdf(["Caldmoor Physiotherapy Clinic - Workstation checklist",
                                 "Wrists neutral, keyboard at elbow height or slightly below",
                                 "Gel wrist rest for pauses, not while typing",
                                 "Micro-breaks every 30 minutes"])
LETTER_PDF = mailcraft.pdf(["Caldmoor Physiotherapy Clinic - To whom it may concern",
                            "Ms O. Sandhu has attended physiotherapy for a right hamstring",
                            "injury since 14 September 2026 (7 sessions to date).",
                            "Callum Reid MCSP"])
KNEE_PNG = mailcraft.png(32, 24, lambda x, y: (214 - (x - 16) ** 2 // 4, 168 - abs(y - 12) * 3, 150))


def pdf(name: str, data: bytes) -> tuple[str, str, bytes]:
    return ("application/pdf", name, data)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("k01-netball-ankle-booking", "en", "closed", {},
      "Hannah Pryce <hannah.pryce@example.com>", "gmail", "Sprained ankle - appointment this week?",
      "Three questions answered in one paragraph, out of order; thanks-only confirmation.",
      cu("11-02 08:47", """Hi,

I rolled my ankle badly at netball on Saturday - it's swollen and purple on the
outside and I can put weight on it but it's sore. A friend recommended you.

Do you have anything Thursday after 5pm? And do I need a referral from my GP
first, or can I just book? Also not sure what I should bring or wear.

Thanks,
Hannah"""),
      ag("nia", "11-02 10:15", """Hi Hannah,

Sorry to hear about the ankle. No referral needed - you can self-refer. Wear
shorts or loose trousers that roll up above the knee and bring the trainers you
normally play in. I've pencilled you in with Tom at 5:40pm on Thursday 5 November
for a 45-minute initial assessment.

In the meantime keep it raised when you can and don't strap it tightly overnight.

Best wishes,"""),
      cu("11-02 12:02", """Perfect, 5:40 Thursday works. Thanks so much!

Hannah""", thanks=True)),

    C("k02-healthwise-direct-billing", "en", "closed", {"unanswered-question": 1},
      "Mark Ellery <mark.ellery@ellerygroup.example>", "outlook", "Healthwise cover - billing",
      "Direct billing and pre-authorisation answered; the receipt for two self-paid sessions is never sent.",
      cu("11-03 13:20", """Hello,

My employer has just moved us onto Healthwise Assure and I've been told I'm covered for up to 8 physio sessions a year. I've had two sessions with Callum for my lower back already and paid for them myself.

Can you bill Healthwise directly from now on, or do I pay and claim back? What do you need from me - is the pre-authorisation number enough? Could you also send me a receipt for the two sessions I've already paid for so I can claim those back?

Kind regards
Mark Ellery
Ellery Group Ltd""", uq=1),
      ag("priya", "11-03 15:41", """Dear Mark,

Yes, we're a recognised Healthwise provider, so we can invoice them directly from
your next appointment. We need your membership number as well as the
pre-authorisation number - each authorisation usually covers a set number of
sessions, so let us know when they issue a new one.

Kind regards,"""),
      cu("11-03 16:05", """Thanks Priya - membership HWA-4471902, pre-auth PA-88213-B. It covers 6 sessions apparently.

Mark"""),
      ag("priya", "11-04 09:12", """Thanks Mark, both numbers are on your file and your next session (Friday 6th,
8am) will be billed to Healthwise.

Kind regards,""")),

    C("k03-exercise-videos-iphone", "en", "pending", {},
      "Grace Adeyemi <grace.adeyemi@example.net>", "iphone", "Exercise videos",
      "Answered with a link and a PDF attachment; thanks-only reply.",
      cu("11-16 19:32", """Hi Tom

The videos in my exercise plan won't play on my phone, it just spins round and round. Is there another way to see them? Could you send me the plan as a printout or PDF instead, my eyes aren't great on the small screen anyway

Grace

Sent from my iPhone"""),
      ag("tom", "11-17 08:55", """Hi Grace,

Sorry about that - the app has had trouble with older iPhones this week. The same
videos play in a normal browser here:
https://caldmoorphysio.example/hep/g-adeyemi?view=web

I've also attached your plan as a large-print PDF with a picture of each exercise.
Twice a day, as we discussed.

Tom""", attach=[pdf("Adeyemi-home-exercise-plan.pdf", HEP_PDF)]),
      cu("11-17 12:10", """That link works, thank you! And the PDF is so much easier to read.

Grace

Sent from my iPhone""", thanks=True)),

    C("k04-acl-return-to-football", "en", "closed", {"missed-follow-up": 1},
      "Jordan Mensah <jordan.mensah@example.org>", "gmail", "Back to training in January?",
      "Callum promises to check the operation note 'by Wednesday' and writes on Friday: kept late.",
      cu("11-02 07:58", """Morning Callum,

Six months since the ACL reconstruction now and the knee feels solid. The club
wants me back at training in January. When would I be able to start running
drills with changes of direction? And would you be able to do the hop tests
before Christmas so I've got numbers for the club physio?

Also - my surgeon's letter mentioned a meniscus repair as well, does that change
anything?

Cheers,
Jordan"""),
      ag("callum", "11-02 12:30", """Hi Jordan,

Great to hear it feels solid. Change-of-direction drills start once your single-leg strength is within about 80% of the other side, so we test that first - and yes, we can do the full hop-test battery before Christmas, I have slots on 8 and 15 December.

The meniscus repair could shift the timeline a little. I want to read the operation note properly before I answer that, so I'll check the surgeon's letter and get back to you by Wednesday.

Best,""", promises=[("11-04", 3)]),
      ag("callum", "11-06 16:20", """Hi Jordan,

Sorry this is later than I said. I've been through the op note: it was a small peripheral repair, so it changes little - we'll avoid deep loaded squats past 90 degrees until the nine-month mark. Running drills from mid-December still looks realistic.

Best,""")),

    C("k05-invoice-for-employer", "en", "pending",
      {"customer-chased": 1, "slow-first-response": 1},
      "Sophie Lindqvist <s.lindqvist@northbankarchitects.example>", "owa", "Invoice for wellbeing claim",
      "No reply for four days; 'just following up on the email below'; Priya answers both questions with an attached invoice.",
      cu("11-12 10:05", """Hi,

My employer reimburses physio through our wellbeing budget. Could you send an invoice for my last four sessions (October-November) with the clinic's address and VAT details on it? And can it be addressed to Northbank Architects rather than to me?

Thanks,
Sophie Lindqvist
Studio Manager, Northbank Architects"""),
      cu("11-16 09:10", """Hi again - just following up on the email below, our finance team closes the wellbeing claims this Friday.

Sophie""", chase=True),
      ag("priya", "11-16 11:45", """Dear Sophie,

Apologies for the slow reply. The invoice for your four sessions (7, 14 and 21 October and 4 November) is attached, made out to Northbank Architects with our address at the top. Physiotherapy is a medical service and exempt from VAT, so there is no VAT number on it - the exemption note is at the bottom for your finance team.

Kind regards,""", attach=[pdf("CPC-INV-20417.pdf", INVOICE_PDF)])),

    C("k06-de-iliosakral", "de", "closed", {"unanswered-question": 1},
      "Jürgen Haller <j.haller@example.de>", "gmail_de", "Rückenschmerzen - Termin auf Deutsch?",
      "German: German-speaking physio and price answered, slot booked; the registration form he asked for is never sent.",
      cu("11-04 18:20", """Guten Tag,

ich bin beruflich für drei Monate in Sheffield und habe seit einer Woche starke Schmerzen im unteren Rücken, vermutlich wieder das Iliosakralgelenk (das hatte ich vor zwei Jahren schon einmal). Haben Sie jemanden, der Deutsch spricht? Wie viel kostet eine Erstbehandlung ohne Versicherung?

Außerdem bitte ich Sie, mir vorab das Anmeldeformular per E-Mail zu schicken, damit ich es in Ruhe ausfüllen kann.

Mit freundlichen Grüßen
Jürgen Haller""", uq=1),
      ag("lena", "11-05 09:30", """Guten Tag Herr Haller,

ja, ich bin Physiotherapeutin und behandle auf Deutsch - Sie sind bei mir richtig. Die Erstbehandlung (Befund und Behandlung, 45 Minuten) kostet 68 £, Folgetermine 55 £. Ich hätte am Freitag um 8:15 Uhr oder am Montag um 17:30 Uhr einen Termin frei.

Mit freundlichen Grüßen"""),
      cu("11-05 10:52", """Freitag 8:15 Uhr passt mir sehr gut, bitte tragen Sie mich ein.

J. Haller"""),
      ag("lena", "11-05 10:58", """Guten Tag Herr Haller,

Sie sind für Freitag, den 6. November, 8:15 Uhr eingetragen. Bitte bringen Sie bequeme Kleidung mit.

Mit freundlichen Grüßen"""), tz=1),

    C("k07-fr-capsulite-epaule", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Élise Marchetti <elise.marchetti@example.fr>", "apple_fr", "Bilan de mon kiné de Lyon",
      "French: swimming answered; 'je reviens vers vous d'ici jeudi' about the Lyon report never kept; the exercise plan in French never addressed.",
      cu("11-03 09:15", """Bonjour,

Je suis en rééducation pour une capsulite de l'épaule droite avec votre collègue Tom, et mon kiné de Lyon m'a envoyé son bilan par e-mail la semaine dernière. Est-ce que Tom l'a bien reçu ? Je voudrais aussi savoir si je peux continuer la natation pendant la rééducation.

Pourriez-vous aussi m'envoyer le plan d'exercices en français ? Mon anglais médical est limité.

Bien cordialement,
Élise Marchetti""", tz=1, uq=1),
      ag("camille", "11-03 11:20", """Bonjour Madame Marchetti,

Je suis Camille, je m'occupe des patients francophones. Pour le bilan de Lyon, je vérifie avec Tom qu'il est bien arrivé dans votre dossier et je reviens vers vous d'ici jeudi.

Pour la natation : oui, la brasse douce et le dos crawlé sont plutôt bénéfiques, mais évitez le papillon tant que l'élévation du bras reste douloureuse.

Bien à vous,""", promises=[("11-05", None)]),
      cu("11-03 12:40", """Merci beaucoup pour ces précisions !

Élise""", tz=1, thanks=True)),

    C("k08-es-muneca-escalada", "es", "pending", {},
      "Marta Quiroga <marta.quiroga@example.es>", "gmail_es", "Cita para la muñeca",
      "Spanish: three questions answered inline under each quoted question; a follow-up question answered.",
      cu("11-16 20:05", """Hola,

Estoy de Erasmus en Sheffield y me torcí la muñeca haciendo escalada. ¿Tienen cita esta semana por la tarde? ¿Cuánto cuesta la primera consulta? Tengo la Tarjeta Sanitaria Europea, ¿sirve en una clínica privada?

Gracias,
Marta"""),
      ag("lucia", "11-17 09:40", """Hola Marta:

Te contesto debajo de cada pregunta.

> ¿Tienen cita esta semana por la tarde?
Sí: el miércoles 18 a las 16:30 o el jueves 19 a las 18:00, conmigo.

> ¿Cuánto cuesta la primera consulta?
68 £ (45 minutos). Con carné de estudiante tienes un 15 % de descuento.

> Tengo la Tarjeta Sanitaria Europea, ¿sirve en una clínica privada?
No, lo siento: solo cubre la sanidad pública (NHS). Si tu seguro de viaje incluye fisioterapia, te hago la factura para que lo reclames.

Un saludo,""", quote=False),
      cu("11-17 10:30", """¡Genial! Entonces el jueves a las 18:00. Tengo seguro de viaje, ¿me podéis dar la factura en el momento?

Marta"""),
      ag("lucia", "11-17 12:15", """Perfecto, te apunto el jueves 19 a las 18:00. Sí, te damos la factura al terminar la sesión, con el diagnóstico para el seguro.

¡Hasta el jueves!""")),

    C("k09-cancel-then-back-again", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Dave Whitcombe <dave@whitcombe.example>", "thunderbird", "Cancel Wednesday 7.30",
      "Nia cancels and marks the ticket resolved; a week later a new back problem in the same thread: reopened. The old-plan question is skipped.",
      cu("11-09 09:02", """Hi,

Can you cancel my 7.30am on Wednesday please? Work have sent me to Leeds for the
day. Is there a fee if I cancel now?

Dave Whitcombe"""),
      ag("nia", "11-09 10:10", """Hi Dave,

I've cancelled Wednesday's 7.30am for you. As it's more than 24 hours' notice
there's no fee. I'll mark this as resolved - just reply whenever you want to
rebook.

Thanks,""", closes=True),
      cu("11-16 08:30", """Hi Nia,

Bit of a new one - my back went again on Saturday lifting the kids' trampoline
into the garage. Can I get in with Callum this week, ideally before work? Also
does my old exercise plan still apply or should I stop until I'm seen?

Dave""", uq=1),
      ag("nia", "11-16 09:20", """Hi Dave,

Sorry to hear that. Callum can see you tomorrow (Tuesday) at 7.30am - I've
booked it.

Thanks,""")),

    C("k10-warehouse-employer-scheme", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Rachel Osei <rachel.osei@hollinsworth.example>", "outlook", "Physio referral arrangement for our staff",
      "Nia hands over to Callum (kept next day), Priya answers invoicing: three agents. Follow-up: minimum term answered, self-booking with a company code skipped.",
      cu("11-10 11:00", """Hello,

We're Hollinsworth Logistics, a warehouse in Tinsley with about 140 staff. We've had a run of back and shoulder injuries this year and want to set up an arrangement so staff can be seen quickly.

Could you tell me what a corporate package would look like and the price per session? Do you offer a workplace ergonomic assessment as well? And we'd need monthly invoicing to our accounts team rather than per-appointment billing.

Regards,
Rachel Osei
HR Manager, Hollinsworth Logistics
This email is confidential to Hollinsworth Logistics Ltd. If you are not the intended recipient please delete it.""", kind="alt"),
      ag("nia", "11-10 13:25", """Dear Rachel,

Thank you for getting in touch. I'm passing this to Callum, our clinical lead,
who runs our employer schemes - he'll reply to you about the package and the
workplace assessment.

Kind regards,""", promises=[("window", 3)]),
      ag("callum", "11-11 09:40", """Dear Rachel,

Thanks for thinking of us. Our employer package: staff seen within 48 hours of referral, an initial assessment plus up to five follow-ups, £52 per employer-funded session, and a monthly attendance and return-to-work summary for HR.

Yes, we do workplace ergonomic assessments - half a day on site, £380 with a written report. I've copied in Priya, who runs our accounts, about invoicing.

Best regards,"""),
      ag("priya", "11-11 14:05", """Dear Rachel,

We can invoice Hollinsworth monthly, with a line per employee reference and no
clinical details. Payment terms are 30 days.

Kind regards,"""),
      cu("11-12 08:50", """Thanks all, that's really helpful. Two more things before I take it to our MD: is there a minimum term for the agreement? And can staff book themselves online with a company code, or does every referral have to come through HR?

Rachel""", uq=1),
      ag("callum", "11-12 15:30", """Hi Rachel,

There's no minimum term - either side can end it with a month's notice.

Best,""")),

    C("k11-shockwave-plantar-fasciitis", "en", "open", {"awaiting-reply": 1},
      "Ben Thackeray <ben.thackeray@example.com>", "gmail", "Shockwave for plantar fasciitis",
      "First questions answered; the second mail (insurer cover, a Tuesday evening booking) has had no reply for two days.",
      cu("11-13 14:10", """Hi,

Does Tom do shockwave therapy for plantar fasciitis? And how many sessions does it
usually take? Nearly a year of this now and the podiatrist's insoles haven't done
much.

Ben"""),
      ag("tom", "11-13 16:00", """Hi Ben,

Yes, we have a radial shockwave unit. Most people need three sessions a week apart, alongside calf and foot strengthening - shockwave on its own doesn't do much long term.

Tom"""),
      cu("11-18 09:20", """Thanks Tom. Is it covered by Northgate Health? Their website is vague. And can I book the first one for next Tuesday evening?

Ben""")),

    C("k12-pregnancy-pelvic-pain", "en", "open", {},
      "Aoife Brennan <aoife.brennan@example.org>", "gmail", "Pelvic girdle pain in pregnancy",
      "A fresh enquiry this morning with only the acknowledgement: inside the response target.",
      cu("11-20 08:40", """Hello,

I'm 31 weeks pregnant and have pelvic girdle pain, worst on the stairs and turning
over in bed. Do you have a physio who specialises in pregnancy? Can I come on a
Saturday, as my partner works weekdays and I'm not driving at the moment?

Thanks,
Aoife Brennan"""),
      ack("11-20 08:41")),

    C("k13-deposit-refund-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Liam Ferris <liam.ferris@example.net>", "android", "Cancel Thursday appointment - deposit",
      "Only the acknowledgement; two days later the same mail is sent again word for word as a new message.",
      cu("11-16 07:45", """Hi, I need to cancel my appointment on Thursday 19th at 6pm, I've been put on night shifts for the next three weeks. Can you refund the £20 deposit to my card or does it stay as credit? Thanks

Liam Ferris

Get Outlook for Android"""),
      ack("11-16 07:46"),
      cu("11-18 21:10", """Hi, I need to cancel my appointment on Thursday 19th at 6pm, I've been put on night shifts for the next three weeks. Can you refund the £20 deposit to my card or does it stay as credit? Thanks

Liam Ferris

Get Outlook for Android""", parent=0, chase=True)),

    C("k14-massage-gift-voucher", "en", "closed", {},
      "Phoebe Lang <phoebe.lang@example.org>", "apple", "Gift voucher",
      "Answered inline with a bare 'Of course.' and an attached voucher; thanks-only reply.",
      cu("11-05 15:00", """Hello!

Can I buy a gift voucher for a 60-minute sports massage for my husband's birthday?
He's training for the Manchester marathon and will never book one himself.
Could it be emailed rather than posted? His birthday is Saturday.

Phoebe"""),
      ag("nia", "11-05 16:12", """Hi Phoebe,

> Can I buy a gift voucher for a 60-minute sports massage for my husband's birthday?

Of course.

> Could it be emailed rather than posted?

Yes - it's attached, ready to print. It's £60, payable here:
https://caldmoorphysio.example/pay?voucher=GV-2611
and valid for a year.

Kind regards,""", quote=False, attach=[pdf("Caldmoor-gift-voucher-GV-2611.pdf", VOUCHER_PDF)]),
      cu("11-05 16:40", """Paid - thank you, that's perfect!

Phoebe""", thanks=True)),

    C("k15-it-band-numbered-questions", "en", "closed", {"unanswered-question": 2},
      "Owen Gallagher <owen.gallagher@example.com>", "thunderbird", "Questions after Saturday",
      "A numbered list of four questions; Tom answers 1 and 2 and stops.",
      cu("11-09 20:15", """Hi Tom,

Thanks for Saturday's session. I wrote my questions down this time because I
always forget them in the room:

1. How many times a week should I do the clams and side planks - every day?
2. Is it OK to keep cycling to work while I'm not running?
3. When can I try a short run - you mentioned a walk-run plan, could you send it?
4. Should I keep using the foam roller on the outside of the thigh or is that making it worse?

Cheers,
Owen""", uq=2),
      ag("tom", "11-10 12:05", """Hi Owen,

Good list. Clams and side planks every other day - the muscles need the rest days to adapt. Cycling is fine as long as it stays pain-free; raise the saddle a centimetre so the knee doesn't bend as far.

See you Saturday,""")),

    C("k16-cycling-club-talk", "en", "pending", {},
      "Andrew Keane <andrew.keane@fellsidecc.example>", "outlook", "Talk for Fellside CC members",
      "Tom answers both questions; the club secretary's out-of-office reply follows.",
      cu("11-16 10:30", """Hi,

Fellside Cycling Club would like to book a talk on bike fit and injury prevention for our members in January. Would one of your physios be able to do it, and what would you charge? We meet on Wednesday evenings at Hathersage village hall.

Andrew Keane
Club Secretary, Fellside CC"""),
      ag("tom", "11-16 14:50", """Hi Andrew,

Happy to. I've done a few of these - 45 minutes plus questions - and we don't charge clubs, just a mention in your newsletter. Wednesday 13 or 20 January would suit me.

Tom"""),
      auto("11-16 14:51", """I am out of the office until Monday 23 November with limited access to email.
For urgent club matters please contact our chair, Jess Holroyd, at chair@fellsidecc.example.

Andrew Keane""", quote=False, subject="Automatic reply: Talk for Fellside CC members")),

    C("k17-hip-replacement-hydro-letter", "en", "closed", {},
      "Nadia Rahman <nadia.rahman@example.com>", "gmail", "Hydrotherapy referral",
      "Nia promises Callum will email the letter tomorrow; Callum does, with the letter attached: kept by a colleague.",
      cu("11-03 08:05", """Hi,

I had my post-op check with Mr Lowe's team yesterday (hip replacement, five weeks ago). They said to ask you for a referral letter for a hydrotherapy course. Can you send one? And am I OK to drive yet?

Nadia"""),
      ag("nia", "11-03 09:30", """Hi Nadia,

I've passed your message to Callum, who saw you last. He'll email you the
hydrotherapy referral letter tomorrow, and he'll give you his view on driving at
the same time.

Kind regards,""", promises=[("11-04", 3)]),
      ag("callum", "11-04 11:15", """Hi Nadia,

Referral letter attached - the pool at Ponds Forge runs courses on Tuesday and Thursday mornings. On driving: your hip control is good, but the usual guidance is six weeks, so please confirm with Mr Lowe's team at your six-week review.

Best,""", attach=[pdf("Rahman-hydrotherapy-referral.pdf", REFERRAL_PDF)]),
      cu("11-04 12:00", """Thank you both, that's brilliant.

Nadia""", thanks=True)),

    C("k18-de-rechnungen-pkv", "de", "pending", {},
      "Sabine Krämer <sabine.kraemer@example.de>", "outlook_de", "Rechnungen für meine Krankenversicherung",
      "German: Lena promises the itemised invoices 'bis Dienstag, den 24. November' - still ahead at audit time.",
      cu("11-17 10:20", """Guten Tag,

meine private Krankenversicherung in Deutschland verlangt für die Erstattung Rechnungen mit Diagnose und einzeln aufgeführten Leistungen. Können Sie mir die Rechnungen für meine sechs Behandlungen im Oktober so ausstellen?

Mit freundlichen Grüßen
Sabine Krämer""", tz=1),
      ag("lena", "11-17 14:30", """Guten Tag Frau Krämer,

das ist kein Problem. Ich stelle die sechs Rechnungen mit Diagnose (ICD-10) und aufgeschlüsselten Leistungen neu aus und schicke sie Ihnen bis Dienstag, den 24. November.

Mit freundlichen Grüßen""", promises=[("11-24", None)]),
      cu("11-17 16:05", """Vielen Dank, das hilft mir sehr!

Sabine Krämer""", tz=1, thanks=True)),

    C("k19-de-doppelt-bezahlt", "de", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Thomas Brandt <thomas.brandt@brandt-consulting.example>", "outlook_de", "Doppelte Zahlung 27.10.",
      "German: 'melde mich bis Donnerstag' kept only after 'ich warte immer noch auf eine Antwort' the next Monday; the receipt request is skipped.",
      cu("11-02 09:30", """Guten Tag,

ich hatte am 27. Oktober während meines Aufenthalts in Sheffield eine Behandlung bei Frau Vogt und habe die Rechnung zweimal bezahlt - einmal per Karte in der Praxis und einmal per Überweisung. Können Sie mir den doppelten Betrag (55 £) zurückerstatten? Meine Bankverbindung schicke ich gern.

Können Sie mir außerdem eine Quittung für die Behandlung schicken? Die brauche ich für meine Spesenabrechnung.

Mit freundlichen Grüßen
Thomas Brandt""", tz=1, uq=1),
      ag("lena", "11-02 11:00", """Guten Tag Herr Brandt,

danke für den Hinweis. Ich kläre das mit unserer Buchhaltung und melde mich bis Donnerstag bei Ihnen.

Mit freundlichen Grüßen""", promises=[("11-05", 4)]),
      cu("11-09 08:15", """Guten Tag Frau Vogt,

ich warte immer noch auf eine Antwort wegen der doppelten Zahlung. Gibt es schon etwas Neues?

Gruß
T. Brandt""", tz=1, chase=True),
      ag("lena", "11-09 10:30", """Guten Tag Herr Brandt,

entschuldigen Sie bitte die Verzögerung. Die Doppelzahlung ist bestätigt; unsere Buchhaltung erstattet die 55 £ auf die Karte, mit der Sie in der Praxis bezahlt haben. Das dauert in der Regel 3 bis 5 Werktage. Ihre Bankverbindung brauchen wir dafür nicht.

Mit freundlichen Grüßen""")),

    C("k20-fr-tendinite-achille", "fr", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Julien Morel <julien.morel@example.fr>", "apple_fr", "Tendinite d'Achille - séances en français ?",
      "French: no reply until 'je me permets de vous relancer'; French sessions and prices answered, the parking question skipped.",
      cu("11-12 18:40", """Bonjour,

Je suis coureur de trail et je souffre d'une tendinite d'Achille depuis le mois d'août. Je viens de m'installer à Sheffield pour le travail. Proposez-vous des séances en français ? Quels sont vos tarifs pour un bilan et un suivi de six séances ? Et pourriez-vous m'indiquer s'il y a un parking près de la clinique ?

Merci d'avance,
Julien Morel""", tz=1, uq=1),
      cu("11-16 08:20", """Bonjour,

Je me permets de vous relancer concernant mon message de jeudi soir.

Cordialement,
Julien Morel""", tz=1, chase=True),
      ag("camille", "11-16 10:05", """Bonjour Monsieur Morel,

Toutes mes excuses pour ce délai. Oui, je suis kinésithérapeute et je consulte en français le lundi et le jeudi. Le bilan initial coûte 68 £, puis 55 £ la séance ; pour un suivi de six séances nous proposons un forfait à 300 £.

Bien cordialement,""")),

    C("k21-es-osgood-informe-club", "es", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Carlos Beltrán <carlos.beltran@example.es>", "gmail_es", "Fisioterapia para mi hijo (Osgood-Schlatter)",
      "Spanish: 'le escribo el miércoles' about the club report kept only after '¿hay alguna novedad? Sigo esperando'; the Bizum question is never answered.",
      cu("11-09 12:00", """Hola:

Mi hijo Pablo (15 años) tiene la enfermedad de Osgood-Schlatter y juega al fútbol en una academia de aquí. Quisiera saber si tratan a adolescentes y si tengo que estar presente en las sesiones. ¿También hacen informes para el club? El entrenador quiere saber cuánto tiempo tiene que parar.

¿Se puede pagar con Bizum o solo con tarjeta?

Un saludo,
Carlos Beltrán""", uq=1),
      ag("lucia", "11-09 15:20", """Hola Carlos:

Sí, tratamos a adolescentes a partir de 12 años; hasta los 16, uno de los padres tiene que estar en la sala, al menos en la primera sesión.

Sobre el informe para el club, lo consulto con Callum, que trabaja con varias academias, y le escribo el miércoles.

Un saludo,""", promises=[("11-11", 4)]),
      cu("11-16 19:45", """Hola Lucía, ¿hay alguna novedad sobre el informe para el club? Sigo esperando, el entrenador me lo pide para el viernes.

Carlos""", chase=True),
      ag("lucia", "11-17 09:10", """Hola Carlos:

Disculpe el retraso. Callum puede hacer un informe breve después de la primera valoración de Pablo, sin coste adicional. ¿Le reservo la valoración para el jueves 19 a las 17:00?

Un saludo,""")),

    C("k22-calf-progress-half-marathon", "en", "closed", {},
      "Kirsty Donnelly <kirsty.donnelly@example.net>", "gmail", "Calf update",
      "A pleasantry, a rhetorical question and a self-answered question around the one real question, which is answered.",
      cu("11-04 21:30", """Hi Tom,

Hope you had a good weekend? Quick update on the calf: I've done the heel raises every day and I'm up to 3 x 15 on the step now. Who knew something so boring could be so exhausting?

Where do I find the next stage in the app? Oh never mind - just found it under "Week 4".

My real question: the Sheffield Half is on 29 March. Is it realistic to aim for it, or should I pick a later race?

Kirsty"""),
      ag("tom", "11-05 08:50", """Hi Kirsty,

Brilliant progress. 29 March is realistic if we build sensibly: walk-run from the first week of December and a steady 10k by late January. If the calf complains we'll move you to the May race instead.

Tom""")),

    C("k23-gp-letter-shoulder", "en", "closed", {},
      "Peter Hollis <peter.hollis@example.org>", "outlook", "GP referral - shoulder",
      "The GP's questions sit inside a forwarded letter; Peter's own question is answered and a slot booked.",
      cu("11-05 09:45", """Hello,

My GP has referred me for physio for my shoulder - her letter is below. Can I book with you, or does the referral have to go to the NHS service? I'd rather pay and be seen sooner.

Peter Hollis

---------- Forwarded message ---------
From: Dr Anita Rao <reception@ashgatesurgery.example>
Date: Wed, 4 Nov 2026 at 16:02
Subject: Physiotherapy referral - Mr P Hollis
To: Peter Hollis <peter.hollis@example.org>

Dear Mr Hollis,

Following your appointment, I suggest physiotherapy for your right shoulder (likely rotator cuff tendinopathy). Could you please contact a physiotherapist of your choice? If the pain worsens or you start waking at night with it, would you book a review with me?

Kind regards,
Dr Anita Rao
Ashgate Surgery"""),
      ag("nia", "11-05 11:30", """Dear Peter,

Yes, you can book with us directly - the letter isn't required, but please bring
it along. Our first shoulder assessment slot is Monday 9 November at 12:15 with
Callum. Shall I book it for you?

Kind regards,"""),
      cu("11-05 12:20", """Yes please, Monday at 12:15 is fine.

Peter"""),
      ag("nia", "11-05 13:00", """Done - see you on Monday at 12:15. Please arrive ten minutes early to fill in the
health questionnaire.

Kind regards,""")),

    C("k24-rugby-pitchside-cover", "en", "closed", {},
      "Tasha Greaves <tasha@steelvalleyrfc.example>", "gmail", "Pitch-side physio cover",
      "Price list sent as a PDF; the thanks-only reply's signature has a question and a URL with '?'.",
      cu("11-06 12:30", """Hi there,

Could you send me your price list for pitch-side physio cover? We have home fixtures most Saturdays from January to April.

Thanks,
Tasha Greaves
Steel Valley RFC Women's Section
Fancy playing? https://steelvalleyrfc.example/join?team=women"""),
      ag("callum", "11-06 14:45", """Hi Tasha,

Price list attached. For a full season of home fixtures we'd take 10% off the match rate.

Best,""", attach=[pdf("Caldmoor-pitchside-cover-2027.pdf", PRICES_PDF)]),
      cu("11-06 15:10", """Brilliant, thanks Callum. I'll take it to the committee.

Tasha Greaves
Steel Valley RFC Women's Section
Fancy playing? https://steelvalleyrfc.example/join?team=women""", thanks=True)),

    C("k25-home-visit-after-fall", "en", "pending", {},
      "Ruth Akinola <ruth.akinola@example.com>", "gmail", "Home visit for my mother",
      "The acknowledgement's 'we aim to reply within one working day' is not a promise; Nia answers both questions the same morning.",
      cu("11-18 07:20", """Good morning,

My mother (82) had a fall last month and has lost her confidence walking, even with her stick. Do you do home visits in the S7 area? What would a visit cost?

Ruth Akinola"""),
      ack("11-18 07:21"),
      ag("nia", "11-18 10:05", """Dear Ruth,

Yes, we do home visits across S7 and S8. A home visit is £85 including travel,
with an assessment and a falls-prevention plan. Callum has a slot on Friday 20
November at 10am if that suits your mother.

Kind regards,""")),

    C("k26-tens-machine-return", "en", "pending", {},
      "Ian Lockwood <ian.lockwood@example.org>", "thunderbird", "Returning the TENS machine",
      "Logistics: 'our courier collects equipment loans on Wednesdays' is not a commitment; thanks-only reply.",
      cu("11-16 17:40", """Hi,

I've finished with the TENS machine I borrowed after my back surgery. How do I
return it - can I drop it at reception or do you collect?

Ian"""),
      ag("nia", "11-17 09:00", """Hi Ian,

Either is fine. Our courier collects equipment loans on Wednesdays, between 9 and
1, so if it's easier just leave it in its case in the porch tomorrow. The deposit
goes back to your card once it's checked in.

Thanks,"""),
      cu("11-17 09:40", """Great, it'll be in the porch. Thanks!

Ian""", thanks=True)),

    C("k27-pennine-mutual-tennis-elbow", "en", "closed", {},
      "Milo Hartley <milo.hartley@example.net>", "iphone", "Tennis elbow - insurance",
      "Priya asks for the policy number; the second mail sends it (not a chase) and is answered.",
      cu("11-02 13:15", """Hi, I have physio cover through Pennine Mutual. Can I use it for tennis elbow treatment with you, and how does the claim work?

Milo

Sent from my iPhone"""),
      ag("priya", "11-02 15:30", """Hi Milo,

Yes, we're registered with Pennine Mutual. We claim from them directly, so you
only pay your excess, if you have one. Could you send me your policy number and
the claim reference Pennine give you when you ring them?

Kind regards,"""),
      cu("11-03 08:05", """Policy PM-00731925, claim ref 4471-TE.

Sent from my iPhone"""),
      ag("priya", "11-03 09:20", """Thanks Milo - all set up. Your first appointment will be billed to Pennine; the
claim covers six sessions.

Kind regards,""")),

    C("k28-us-visitor-rotator-cuff", "en", "closed", {"unanswered-question": 1},
      "Emily Castellano <emily.castellano@example.com>", "gmail", "PT while visiting Sheffield",
      "US customer (UTC-5): three sessions booked; her second mail's receipt-with-CPT-codes question is skipped, the husband question answered.",
      cu("11-11 16:30", """Hi,

I'm visiting family in Sheffield from Boston over Thanksgiving week (arriving Nov 21). I'm 10 weeks post rotator cuff repair and my surgeon wants me to keep PT going while I'm away. Can you see me 3 times that week? I'll bring my protocol.

Thanks,
Emily Castellano"""),
      ag("callum", "11-12 09:00", """Hi Emily,

Yes - I've held Monday 23, Wednesday 25 and Friday 27 November at 10am for you. Please bring the protocol and your surgeon's latest note.

Best,"""),
      cu("11-12 11:15", """Perfect, thank you! One more thing - will you give me a receipt with CPT codes? My US insurance wants them to reimburse out-of-network PT. Also, is it OK if my husband sits in on the first session?

Emily""", uq=1),
      ag("callum", "11-12 17:40", """Hi Emily,

Of course, he's very welcome to sit in.

Best,"""), tz=-5),

    C("k29-pilates-class-long-paragraph", "en", "closed", {"unanswered-question": 2},
      "Diane Whitworth <diane.whitworth@example.org>", "owa", "Thursday rehab class",
      "Four questions in one long paragraph; the other evening and the transfer are answered, the price after New Year and the husband's trial are not.",
      cu("11-04 12:10", """Hello, I've been coming to the Thursday Pilates-based rehab class with Tom for my back since September and it's really helped, but my work hours are changing from January and I won't be able to make Thursdays any more, so I was wondering whether there's a similar class on another evening, ideally Monday or Tuesday, and if so whether I can transfer the remaining four sessions on my block booking to it, and also whether the class is still £14 after New Year because someone in the class mentioned prices going up, and lastly could you let me know if my husband could join me on a trial basis, he's got a dodgy knee but isn't a patient of yours. Many thanks, Diane""",
         uq=2, kind="alt"),
      ag("tom", "11-04 15:40", """Hi Diane,

Glad the class is helping. Yes - there's a Tuesday 6.30pm class at the same level, and your four remaining sessions transfer across automatically, you don't need to do anything.

See you Thursday,
Tom""")),

    C("k30-move-tuesday-session", "en", "closed", {"unanswered-question": 1},
      "Harriet Boyce <harriet.boyce@example.com>", "apple", "Next week's session",
      "Asked to move Tuesday to Monday; Nia confirms the Tuesday booking and answers only the neighbouring question.",
      cu("11-05 07:30", """Hi Nia,

Could I move my session next week from Tuesday to the Monday instead, same time (8am)? I've got a school trip on the Tuesday. And is Callum still my physio or has he gone part-time? Someone in the waiting room said so.

Thanks,
Harriet""", uq=1),
      ag("nia", "11-05 09:10", """Hi Harriet,

Your session next week is on Tuesday 10 November at 8am with Callum as usual -
he's still here Monday to Thursday.

Kind regards,""")),

    C("k31-booking-page-loop", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Gareth Pryor <gareth.pryor@example.net>", "gmail", "Online booking not working",
      "Booked by hand; 'I'll look into it ... and get back to you' (no deadline) never kept; the foam-roller question is skipped.",
      cu("11-09 10:00", """Hi,

Your online booking page keeps taking me back to the start when I pick a date for a sports massage. Tried Chrome and Safari. Is it broken or am I doing something wrong? Can you just book me in for Saturday morning instead?

Also, do you sell the foam rollers you use in the clinic? Mine's gone flat.

Gareth""", uq=1),
      ag("nia", "11-09 11:15", """Hi Gareth,

I've booked you in for Saturday 14 November at 9.30 with Tom. As for the booking
page - I'll look into it with our web people and get back to you.

Thanks,""", promises=[("window", None)])),

    C("k32-occupational-health-letter", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Colin Yates <colin.yates@yatesjoinery.example>", "outlook", "Letter for occupational health",
      "'by end of day' on Monday; 'I haven't heard back' on Wednesday; the letter arrives after the chase.",
      cu("11-16 09:15", """Hello,

I need a letter confirming my attendance dates and that I'm fit for light duties, for my employer's occupational health. Can you do that today? They're chasing me.

Colin Yates"""),
      ag("callum", "11-16 10:00", """Hi Colin,

Yes - I'll write it up and email it to you by end of day.

Best,""", promises=[("11-16", 4)]),
      cu("11-18 08:40", """Hi Callum,

I haven't heard back about the letter and occupational health are on at me again. Could you send it today please?

Colin""", chase=True),
      ag("callum", "11-18 09:30", """Colin, apologies - Monday's clinic overran. Letter attached, with your six attendance dates and light duties from 23 November.

Best,""", attach=[pdf("Yates-attendance-letter.pdf", FITNOTE_PDF)])),

    C("k33-es-menisco-diciembre", "es", "closed", {"unanswered-question": 1},
      "Isabel Montero <isabel.montero@example.es>", "gmail_es", "Rehabilitación de menisco en diciembre",
      "Spanish: Spanish-speaking physio and card fees answered; the request to send the health questionnaire in advance is skipped.",
      cu("11-02 17:00", """Hola:

Mi hermano vive en Sheffield y yo voy a pasar allí todo diciembre. Me operaron del menisco en septiembre y me gustaría seguir con la rehabilitación. ¿Tienen una fisio que hable español? ¿Puedo pagar con una tarjeta española sin comisión?

Además, por favor, envíenme el cuestionario de salud antes de la primera cita, que quiero rellenarlo con mi traumatólogo.

Gracias,
Isabel Montero""", tz=1, uq=1),
      ag("lucia", "11-03 09:15", """Hola Isabel:

Sí, yo misma la atenderé en español. Aceptamos Visa y Mastercard de cualquier país y no cobramos comisión (su banco podría cobrar por el cambio de divisa). Cuando sepa las fechas, dígamelo y le reservo.

Un saludo,""")),

    C("k34-fr-entorse-genou-lea", "fr", "pending", {"unanswered-question": 1},
      "Nathalie Dupré <nathalie.dupre@example.fr>", "apple_fr", "Entorse du genou - ma fille Léa",
      "French: appointment and remote payment answered; the request for a report after each session is skipped; thanks-only reply.",
      cu("11-15 20:30", """Bonjour,

Ma fille Léa (14 ans) est en échange scolaire à Sheffield jusqu'en février et s'est fait une entorse du genou au hockey. Pouvez-vous la recevoir cette semaine ? Sa famille d'accueil pourra l'accompagner.

Je voudrais savoir si vous pouvez m'envoyer un compte rendu après chaque séance, car je suis en France. Et est-ce que je peux régler à distance par carte ?

Merci,
Nathalie Dupré""", tz=1, uq=1),
      ag("camille", "11-16 09:30", """Bonjour Madame Dupré,

Oui, je peux recevoir Léa mercredi 18 novembre à 16h15, après les cours. Pour le paiement à distance, voici le lien sécurisé :
https://caldmoorphysio.example/pay?ref=DUPRE-1118

Bien cordialement,"""),
      cu("11-16 11:10", """Parfait, merci beaucoup !

Nathalie""", tz=1, thanks=True)),

    C("k35-de-theraband-inline", "de", "closed", {},
      "Katrin Vogel <katrin.vogel@example.org>", "thunderbird_de", "Fragen zum Übungsprogramm",
      "German: three questions answered inline under each quoted question.",
      cu("11-03 19:00", """Hallo Frau Vogt,

kurze Fragen zu meinem Übungsprogramm für die Schulter: Soll ich das Theraband
jetzt von Gelb auf Rot wechseln? Darf ich wieder Yoga machen, zumindest ohne den
herabschauenden Hund? Und wie oft pro Woche soll ich die Übungen machen?

Viele Grüße
Katrin Vogel""", tz=1),
      ag("lena", "11-04 08:45", """Hallo Frau Vogel,

> Soll ich das Theraband jetzt von Gelb auf Rot wechseln?

Ja, aber nur für die Außenrotation. Bei den anderen Übungen bleiben Sie bei Gelb.

> Darf ich wieder Yoga machen, zumindest ohne den herabschauenden Hund?

Ja, gern - alles ohne Last über Kopf. Den Hund bitte noch zwei Wochen weglassen.

> Und wie oft pro Woche soll ich die Übungen machen?

Fünfmal pro Woche, mit zwei Pausentagen.

Viele Grüße""", quote=False)),

    C("k36-de-uebungsplan-achilles", "de", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Markus Lehmann <markus.lehmann@example.de>", "gmail_de", "Übungsplan Achillessehne",
      "German: 'schicke ich Ihnen morgen' kept six days late after 'gibt es schon etwas Neues'; the insoles question in the chaser is skipped.",
      cu("11-03 08:30", """Guten Tag Frau Vogt,

vielen Dank für die Behandlung am Montag. Sie wollten mir den Übungsplan für die Achillessehne schicken - können Sie ihn mir bitte per E-Mail senden? Und darf ich weiter mit dem Rad zur Arbeit fahren?

Viele Grüße
Markus Lehmann""", tz=1),
      ag("lena", "11-03 10:15", """Guten Tag Herr Lehmann,

Radfahren ist erlaubt, solange der Schmerz unter 3 von 10 bleibt. Den Übungsplan schicke ich Ihnen morgen.

Viele Grüße""", promises=[("11-04", 4)]),
      cu("11-09 18:20", """Guten Tag,

gibt es schon etwas Neues wegen des Übungsplans? Ich habe bisher nichts bekommen. Außerdem wollte ich fragen, ob ich die Einlagen aus Deutschland weiter tragen soll.

Gruß
M. Lehmann""", tz=1, chase=True, uq=1),
      ag("lena", "11-10 09:00", """Guten Tag Herr Lehmann,

entschuldigen Sie bitte! Anbei Ihr Übungsplan mit den exzentrischen Wadenübungen - 3 x 15 Wiederholungen, zweimal täglich.

Viele Grüße""", attach=[pdf("Lehmann-Uebungsplan.pdf", ACHILLES_PDF)])),

    C("k37-es-espalda-furgoneta", "es", "open", {"awaiting-reply": 1},
      "Raúl Ibáñez <raul.ibanez@example.es>", "gmail_es", "Dolor de espalda",
      "Spanish: first mail answered; the second (a Saturday slot, parking the van) waits three days without reply.",
      cu("11-13 11:00", """Hola:

Tengo dolor de espalda por el trabajo, paso muchas horas en la furgoneta de reparto. ¿Hacen masaje deportivo o solo fisioterapia? ¿Cuánto cuesta?

Raúl"""),
      ag("lucia", "11-13 13:00", """Hola Raúl:

Hacemos las dos cosas. El masaje deportivo de 30 minutos cuesta 35 £ y el de 60 minutos, 60 £. Para un dolor de espalda de tanto tiempo le recomiendo empezar con una valoración de fisioterapia (68 £).

Un saludo,"""),
      cu("11-17 21:40", """Vale, prefiero la valoración. ¿Tienen algo el sábado por la mañana? ¿Y puedo aparcar la furgoneta delante de la clínica?

Gracias""")),

    C("k38-fr-facture-attelle", "fr", "closed", {},
      "Sophie Lambert <sophie.lambert@example.fr>", "apple_fr", "Facture et attelle",
      "French: invoice attached and the splint question answered; thanks-only reply.",
      cu("11-04 14:00", """Bonjour,

Ma fille a eu sa séance avec vous lundi pour son poignet. Pourriez-vous m'envoyer la facture ? Et faut-il qu'elle continue à porter l'attelle pendant le handball ?

Cordialement,
Sophie Lambert"""),
      ag("camille", "11-04 15:30", """Bonjour Madame Lambert,

Voici la facture en pièce jointe. Pour l'attelle : oui, au handball pendant encore trois semaines, mais plus besoin de la porter la nuit.

Bien cordialement,""", attach=[pdf("Facture-CPC-INV-20388.pdf", FR_INVOICE_PDF)]),
      cu("11-04 16:40", """Merci beaucoup, bonne soirée !

Sophie Lambert""", thanks=True)),

    C("k39-climbing-finger-pulley", "en", "closed", {"slow-first-response": 1},
      "Alex Moreton <alex.moreton@example.com>", "gmail", "Finger pulley injury",
      "Friday-afternoon enquiry answered on Monday morning: slow first response; thanks-only confirmation.",
      cu("11-06 16:45", """Hi,

I've got a climbing trip to Fontainebleau at Easter and a finger pulley injury from September that's still niggling on crimps. Do any of your physios know climbing injuries? Could I get an assessment before the end of November?

Alex"""),
      ag("tom", "11-09 09:30", """Hi Alex,

Sorry for the wait - the weekend got in the way. Yes, climbing injuries are my thing (I climb at the Foundry most weeks). I can see you on Thursday 12 November at 6.15pm, and we'll map out a finger-loading plan towards Easter.

Tom"""),
      cu("11-09 10:00", """Sounds great - Thursday 6.15 it is. Cheers!

Alex""", thanks=True)),

    C("k40-missed-appointment-charge", "en", "pending",
      {"unanswered-question": 1, "customer-chased": 2, "slow-first-response": 1},
      "Graham Fairclough <graham.fairclough@example.org>", "outlook", "Charge for missed appointment",
      "Two chasers over six days before Priya refunds; his question why nobody mentioned the fee is not addressed.",
      cu("11-10 08:20", """Dear Sir/Madam,

I was charged £68 for a missed appointment on 3 November. I was in A&E that morning with my wife and phoned the clinic at 7am to say so. Please refund the charge. I would also like to know why nobody mentioned the fee when I rang.

Regards,
Graham Fairclough""", uq=1),
      cu("11-12 09:05", """Dear Sir/Madam,

Following up on my email below - I have not had any reply.

Regards,
G. Fairclough""", chase=True),
      cu("11-16 08:00", """This is the third time I am writing. I am still waiting for the £68 to be refunded. Could somebody please respond.

G. Fairclough""", chase=True),
      ag("priya", "11-16 10:20", """Dear Mr Fairclough,

I'm very sorry you've had to write three times, and I hope your wife is recovering. I've refunded the £68 today to the card it was taken from; it should show within 3-5 working days.

Kind regards,""")),

    C("k41-jaw-pain-accessibility", "en", "closed", {},
      "Jenna Kowalczyk <jenna.kowalczyk@example.net>", "owa", "Jaw (TMJ) physio?",
      "HTML-only mail; both questions answered in one reply.",
      cu("11-03 11:00", """Hello,

Do you offer physio for jaw (TMJ) problems? My dentist suggested it. Also, are your rooms accessible - I use a wheelchair.

Thank you,
Jenna""", kind="html"),
      ag("callum", "11-03 13:30", """Dear Jenna,

Yes - I treat jaw problems regularly, usually alongside your dentist's splint. All our treatment rooms are on the ground floor with level access, and there's an accessible toilet and a disabled bay outside the door.

Best,""")),

    C("k42-es-tobillo-cinta", "es", "closed", {},
      "Ana Pardo <ana.pardo@example.com>", "gmail_es", "Mi tobillo",
      "Spanish, base64: two questions answered at once in reverse order; thanks-only reply.",
      cu("11-05 10:00", """Hola Lucía:

Te escribo por lo del tobillo. ¿Puedo empezar a correr en cinta o todavía no? ¿Y la próxima cita es el martes o el miércoles? No lo apunté.

Gracias,
Ana""", cte="base64"),
      ag("lucia", "11-05 12:00", """Hola Ana:

La próxima cita es el miércoles 11 a las 18:00, y sí, puedes correr en cinta: 10 minutos suaves en días alternos; si al día siguiente no te duele, subes a 15.

Un saludo,"""),
      cu("11-05 12:30", """¡Mil gracias!

Ana""", cte="base64", thanks=True)),

    C("k43-knee-swelling-photo", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Chloe Barnett <chloe.barnett@example.com>", "iphone", "Knee swollen after new exercises",
      "A photo attached; the appointment is moved, Tom 'will email you later this morning' and never does; the brace receipt is skipped.",
      cu("11-16 18:30", """Hi, my knee is more swollen tonight after the new squats in my plan - photo attached, it's the left one. Is that normal? Should I ice it or carry on? And can you move my appointment on Thursday to the morning? Could you also email me a receipt for the knee brace I bought at reception last week?

Chloe

Sent from my iPhone""", uq=1, attach=[("image/png", "IMG_4471.png", KNEE_PNG)]),
      ag("nia", "11-17 08:40", """Hi Chloe,

I've moved you to Thursday 19th at 9.15am. On the swelling - I've shown your
photo to Tom and he'll email you later this morning about whether to carry on
with the squats.

Kind regards,""", promises=[("11-17", None)])),

    C("k44-carpal-tunnel-employer-hr", "en", "closed", {"unanswered-question": 1},
      "Martin Gale <martin.gale@brightwellprint.example>", "outlook", "Wrist treatment - employer funded",
      "HR copied in; number of sessions and the wrist rest answered (checklist attached); sending invoices to HR is not.",
      cu("11-04 09:00", """Hi,

I'm copying in Lorraine from HR. My employer is paying for the treatment on my wrist (carpal tunnel) and wants to know how many sessions you expect I'll need. Could you also let Lorraine know whether I should be using a wrist rest at my workstation? And please send the invoices to her rather than to me from now on.

Thanks,
Martin Gale
Brightwell Print""", cc="Lorraine Hibbert <lorraine.hibbert@brightwellprint.example>", uq=1),
      ag("callum", "11-04 14:00", """Dear Martin, dear Lorraine,

From the assessment I'd expect six sessions over eight weeks, with a review at session four. Yes, a gel wrist rest helps, and lowering the keyboard a couple of centimetres too - a short workstation checklist is attached.

Best,""", cc="Lorraine Hibbert <lorraine.hibbert@brightwellprint.example>",
         attach=[pdf("Workstation-checklist.pdf", WORKSTATION_PDF)])),

    C("k45-balance-exercises-holiday", "en", "closed", {},
      "Helen Stott <helen.stott@example.org>", "thunderbird", "Away 9-13 November",
      "Two short exchanges answered; a thanks-only note a week later whose References skip two messages.",
      cu("11-02 19:00", """Hi Tom,

I'm away 9-13 November. Should I pause the balance exercises, or can I do them in
the hotel room?

Helen"""),
      ag("tom", "11-03 08:30", """Hi Helen,

Keep going - the single-leg balance and heel-toe walks need nothing but a wall. Skip the wobble board until you're back.

Tom"""),
      cu("11-03 09:15", """Great. And the Tuesday class - should I cancel the 10th or will you?

Helen"""),
      ag("tom", "11-03 12:00", """I've cancelled the 10th for you, no charge. Have a good trip!

Tom"""),
      cu("11-14 10:00", """Back now and all good - the hotel had a gym so I did everything twice! See you
Tuesday.

Helen""", thanks=True, refs=[1, 4])),

    C("k46-fr-mutuelle-prescription", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Antoine Giraud <antoine.giraud@example.fr>", "apple_fr", "Séance de lundi",
      "French: Camille's reply lost its threading headers; the time change is answered, 'je vous réponds demain' about the prescription never kept, the X-ray question skipped.",
      cu("11-05 10:00", """Bonjour,

J'ai une séance avec Camille lundi prochain pour mon dos. Est-il possible de la décaler à 18h plutôt que 17h ?

Par ailleurs, ma mutuelle française me demande une prescription médicale : pouvez-vous m'en fournir une, ou dois-je passer par mon médecin ? Et est-ce que je dois apporter mes radios ?

Merci,
Antoine Giraud""", uq=1),
      ag("camille", "11-05 11:30", """Bonjour Monsieur Giraud,

C'est noté : lundi 9 novembre à 18h. Pour la mutuelle, je me renseigne sur ce qu'elle accepte de la part d'un kiné britannique et je vous réponds demain.

Bien cordialement,""", thread=False, promises=[("11-06", None)])),

    C("k47-follow-up-price", "en", "closed", {},
      "Sam Whitaker <sam.whitaker@example.com>", "gmail", "Follow-up price",
      "Answered inline with a bare figure and 'Yes'.",
      cu("11-04 12:00", """Hi,

How much is a 30 minute follow-up with Callum now? I think it went up in October.
And is there still a space on Monday at 1?

Sam"""),
      ag("callum", "11-04 12:40", """> How much is a 30 minute follow-up with Callum now?

£48.

> And is there still a space on Monday at 1?

Yes - you're booked in.

Callum""", quote=False)),

    C("k48-university-extension-letter", "en", "closed", {},
      "Olivia Sandhu <olivia.sandhu@example.net>", "gmail", "Letter for my university",
      "'I'll email it to you by Thursday' kept on Wednesday with the letter attached; thanks-only reply.",
      cu("11-02 09:00", """Hello,

I need a letter for my university confirming I've been having physio for my hamstring since September, so they'll give me an extension on my coursework. Can you do that? My deadline is next Friday.

Olivia Sandhu"""),
      ag("callum", "11-02 11:00", """Hi Olivia,

Of course. I'll write it and email it to you by Thursday.

Best,""", promises=[("11-05", 3)]),
      ag("callum", "11-04 16:30", """Hi Olivia,

Letter attached, on headed paper and signed. Good luck with the coursework.

Best,""", attach=[pdf("Sandhu-letter.pdf", LETTER_PDF)]),
      cu("11-04 17:00", """Thank you so much!

Olivia""", thanks=True)),

    C("k49-swap-physio-shifts", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Rob Kirkham <rob.kirkham@example.org>", "android", "Swap to Tom?",
      "'I'll get back to you tomorrow' not kept; 'just checking in on the swap' four days later; then done.",
      cu("11-05 07:50", """Hi, can I swap my physio block from Callum to Tom? Nothing wrong with Callum, Tom's hours just suit my shifts better.

Rob

Get Outlook for Android"""),
      ag("nia", "11-05 09:00", """Hi Rob,

Let me check Tom's list and I'll get back to you tomorrow.

Thanks,""", promises=[("11-06", 4)]),
      cu("11-09 07:30", """Morning, just checking in on the swap to Tom? I'm due in on Wednesday.

Rob

Get Outlook for Android""", chase=True),
      ag("nia", "11-09 09:10", """Hi Rob,

Sorry - all done. You're with Tom from Wednesday 11 November, same time, 7.30am.

Thanks,""")),

    C("k50-cancel-then-rebook", "en", "pending", {"unanswered-question": 1},
      "Fiona McBride <fiona.mcbride@example.com>", "gmail", "Cancel Tuesday 17th",
      "Cancellation done; her later mail rebooks (answered) and asks whether her daughter may come along (skipped).",
      cu("11-13 09:00", """Hi,

Please can you cancel my 4pm on Tuesday 17th? My daughter's got a nativity
rehearsal and I'm on lift duty.

Fiona"""),
      ag("nia", "11-13 10:00", """Hi Fiona,

Cancelled - no charge. Good luck with the nativity!

Kind regards,"""),
      cu("11-17 13:00", """Thanks Nia. Can I rebook for the same time the following week? Also, would it be OK to bring my daughter along - she's 7 and would sit quietly with a book?

Fiona""", uq=1),
      ag("nia", "11-17 15:00", """Hi Fiona,

You're booked for Tuesday 24 November at 4pm. See you then.

Kind regards,""")),

    C("k51-shin-splints-insoles", "en", "closed", {"missed-follow-up": 1},
      "Declan Hurst <declan.hurst@example.net>", "owa", "Insoles for shin splints",
      "Tom promises the podiatrist's price list 'early next week' (said on a Thursday) and never sends it.",
      cu("11-05 14:00", """Hi,

Tom suggested I might need orthotic insoles for my shin splints. Do you make them in-house or refer out? Roughly what do they cost?

Declan Hurst"""),
      ag("tom", "11-05 16:00", """Hi Declan,

We refer out to a podiatrist we trust, Hallam Foot Clinic, who do a full gait scan first. They're updating their prices - I'll send you the new list early next week.

Tom""", promises=[("11-10", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "k02-healthwise-direct-billing": [
        "Could you also send me a receipt for the two sessions I've already paid for so I can claim those back?",
    ],
    "k06-de-iliosakral": [
        "Außerdem bitte ich Sie, mir vorab das Anmeldeformular per E-Mail zu schicken, damit ich es in Ruhe ausfüllen kann.",
    ],
    "k07-fr-capsulite-epaule": [
        "Pourriez-vous aussi m'envoyer le plan d'exercices en français ?",
    ],
    "k09-cancel-then-back-again": [
        "does my old exercise plan still apply or should I stop until I'm seen?",
    ],
    "k10-warehouse-employer-scheme": [
        "And can staff book themselves online with a company code, or does every referral have to come through HR?",
    ],
    "k15-it-band-numbered-questions": [
        "When can I try a short run - you mentioned a walk-run plan, could you send it?",
        "Should I keep using the foam roller on the outside of the thigh or is that making it worse?",
    ],
    "k19-de-doppelt-bezahlt": [
        "Können Sie mir außerdem eine Quittung für die Behandlung schicken?",
    ],
    "k20-fr-tendinite-achille": [
        "Et pourriez-vous m'indiquer s'il y a un parking près de la clinique ?",
    ],
    "k21-es-osgood-informe-club": [
        "¿Se puede pagar con Bizum o solo con tarjeta?",
    ],
    "k28-us-visitor-rotator-cuff": [
        "will you give me a receipt with CPT codes?",
    ],
    "k29-pilates-class-long-paragraph": [
        "whether the class is still £14 after New Year",
        "could you let me know if my husband could join me on a trial basis",
    ],
    "k30-move-tuesday-session": [
        "Could I move my session next week from Tuesday to the Monday instead, same time (8am)?",
    ],
    "k31-booking-page-loop": [
        "Also, do you sell the foam rollers you use in the clinic?",
    ],
    "k33-es-menisco-diciembre": [
        "Además, por favor, envíenme el cuestionario de salud antes de la primera cita, que quiero rellenarlo con mi traumatólogo.",
    ],
    "k34-fr-entorse-genou-lea": [
        "Je voudrais savoir si vous pouvez m'envoyer un compte rendu après chaque séance, car je suis en France.",
    ],
    "k36-de-uebungsplan-achilles": [
        "Außerdem wollte ich fragen, ob ich die Einlagen aus Deutschland weiter tragen soll.",
    ],
    "k40-missed-appointment-charge": [
        "I would also like to know why nobody mentioned the fee when I rang.",
    ],
    "k43-knee-swelling-photo": [
        "Could you also email me a receipt for the knee brace I bought at reception last week?",
    ],
    "k44-carpal-tunnel-employer-hr": [
        "And please send the invoices to her rather than to me from now on.",
    ],
    "k46-fr-mutuelle-prescription": [
        "Et est-ce que je dois apporter mes radios ?",
    ],
    "k50-cancel-then-rebook": [
        "would it be OK to bring my daughter along - she's 7 and would sit quietly with a book?",
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
    """Command line: regenerate tests/practice117 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
