#!/usr/bin/env python3
"""Regenerate ``tests/practice109/``: a labelled corpus of Hawksmoor Riding School & Livery.

A support mailbox of a fictional UK equestrian centre (riding lessons for children and
adults, pony club days, hacking, full/part/DIY livery, arena hire, holiday camps, gift
vouchers and a small tack shop), written without looking at the detection heuristics, with
many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``hawksmoorriding.example``.

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

Usage: python scripts/make_practice109_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, ack, ag, auto, cu

SUPPORT_DOMAIN = "hawksmoorriding.example"
OFFICE = "Hawksmoor Riding School <office@hawksmoorriding.example>"

AGENTS = {
    "bryony": ("Bryony Hale <bryony@hawksmoorriding.example>", "thunderbird", """-- 
Bryony Hale
Bookings & Lessons | Hawksmoor Riding School & Livery
Booking a lesson? https://hawksmoorriding.example/book?from=email
01632 960 412"""),
    "callum": ("Callum Reid <callum@hawksmoorriding.example>", "outlook", """Callum Reid
Livery Manager | Hawksmoor Riding School & Livery
Yard emergencies out of hours: 07700 900 318"""),
    "priya": ("Priya Nair <priya@hawksmoorriding.example>", "owa", """Priya Nair
Accounts & Gift Vouchers | Hawksmoor Riding School & Livery
This e-mail and any attachment are confidential and intended solely for the addressee.
If you are not the intended recipient, please delete it and let us know."""),
    "tom": ("Tom Ashdown <tom@hawksmoorriding.example>", "apple", """Tom Ashdown
Yard Manager - Camps, Pony Club & Hacking
Hawksmoor Riding School & Livery
https://hawksmoorriding.example/camps?utm_source=email"""),
    "katrin": ("Katrin Vogel <katrin@hawksmoorriding.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenbetreuung (Deutsch) | Hawksmoor Riding School & Livery
https://hawksmoorriding.example/de?ref=signatur"""),
    "solene": ("Solène Marchetti <solene@hawksmoorriding.example>", "apple_fr", """Solène Marchetti
Accueil francophone | Hawksmoor Riding School & Livery
https://hawksmoorriding.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@hawksmoorriding.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Hawksmoor Riding School & Livery
+44 1632 960 415"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Hawksmoor Riding School & Livery. This is an automatic
reply: your message has been logged as {ref}. The office is staffed Monday to
Saturday, 8am-5pm, and we aim to reply within one working day.

If your message is about a lesson today, please ring the yard on 01632 960 412.

Hawksmoor Riding School & Livery - Office
https://hawksmoorriding.example/help?ticket={ref}""",
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
    "helpdesk": ["X-Mailer: Hawksmoor Desk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hrs.", outlook_server="CWXP26")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice109", title="Hawksmoor Riding School & Livery", desk=OFFICE, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="HRS-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------


TROUGH_PNG = mailcraft.png(24, 16, lambda x, y: (70 + 3 * x, 110 + 2 * y, 160) if y > 6 else (120, 150, 90))
RUB_PNG = mailcraft.png(20, 20, lambda x, y: (150 + 4 * x, 110 + y, 80) if abs(x - 10) + abs(y - 10) > 4 else (200, 90, 90))
PASSPORT_PNG = mailcraft.png(18, 24, lambda x, y: (235, 235, 225) if y % 4 else (60, 60, 70))
DIY_AGREEMENT_PDF = mailcraft.pdf(["Hawksmoor Riding School & Livery - DIY Livery Agreement 2026/27",
                                   "Stable: bottom yard. Rent payable monthly in advance: £320.",
                                   "Owner responsibilities: mucking out, feeding, turnout, worming.",
                                   "Signed for Hawksmoor: C. Reid"])
DIY_SIGNED_PDF = mailcraft.pdf(["DIY Livery Agreement - signed copy",
                                "Horse: Toffee, 13.2hh Connemara gelding",
                                "Owner: Erin McAllister  Start date: 1 December 2026",
                                "Signed: E. McAllister 03/11/2026"])
VOUCHER_PDF = mailcraft.pdf(["Hawksmoor Riding School & Livery - Gift Voucher HW-20418",
                             "Value: £120  Valid until 8 November 2027",
                             "Redeemable against lessons, hacks, camps and pony days."])
PARTY_PDF = mailcraft.pdf(["Booking confirmation - Pony party",
                           "Saturday 5 December 2026, 2pm-4pm, up to 12 children",
                           "Deposit received: £80 ref HW-20311. Balance due on the day: £180"])
INVOICE_PDF = mailcraft.pdf(["Hawksmoor Riding School & Livery - Invoice INV-4471A",
                             "Full livery 1-15 Oct: £658.00",
                             "Part livery 16-31 Oct: £469.50",
                             "Total: £1,127.50 - replaces INV-4471"])
RISK_PDF = mailcraft.pdf(["Hawksmoor Riding School & Livery - Group Risk Assessment 2026",
                          "Public liability: £10,000,000, certificate HRL-PL-2026-118",
                          "Ratio: 1 instructor per 4 riders, hats and body protectors provided"])
BON_PDF = mailcraft.pdf(["Hawksmoor Riding School & Livery - Bon cadeau HW-20467",
                         "Journée poney - stage d'une journée, déjeuner compris",
                         "Valeur : £85 - valable 12 mois"])

CASES = [
    C("r01-isla-saturday-beginners", "en", "closed", {},
      "Harriet Gowan <harriet.gowan@example.com>", "gmail", "Saturday lessons for my daughter",
      "Three questions (space, price, hat) answered out of order in one paragraph; the mother's yes is booked.",
      cu("11-03 19:42", """Hi there,

My daughter Isla is 8 and has been desperate to ride since a friend's pony party in the
summer. She's never had a proper lesson. Is there a space in the Saturday 10am beginners
group? How much is a block of six, and does she need her own hat or can she borrow one to
start with?

Thanks,
Harriet"""),
      ag("bryony", "11-04 08:55", """Hi Harriet,

Lovely to hear Isla's so keen! We lend hats (and body protectors) for the first few weeks,
so she only needs jodhpurs or stretchy leggings and boots with a small heel - no trainers,
please. A block of six beginner group lessons is £174, and there's one space left in the
10am group starting Saturday 14th. Shall I pencil her in?

Best wishes,
Bryony"""),
      cu("11-04 12:10", """Yes please, pencil her in - she'll be over the moon!

H x"""),
      ag("bryony", "11-04 13:30", """Done - Isla is booked into the Saturday 10am group from the 14th. If you can get
here for 9:45 the first week, we'll sort her a hat and introduce her to Pickle.

Bryony"""),
    ),
    C("r02-returning-rider-privates", "en", "closed", {"unanswered-question": 1},
      "Deborah Lyle <deb.lyle@mailbox.example>", "outlook", "Returning to riding - private lessons?",
      "Price and a weight-carrying horse answered, the parking question skipped; the Thursday slot is booked.",
      cu("11-02 10:15", """Good morning,

I rode a lot as a teenager but haven't sat on a horse for nearly twenty years, so I'd like
to start with a few private lessons before joining a group. What do you charge for a
45-minute private lesson? I'm 5'9" and about 13 stone - do you have horses that would carry
me comfortably? Is there parking on site or should I use the lay-by on the lane? Weekday
mornings suit me best.

Kind regards,
Deborah Lyle""", uq=1),
      ag("bryony", "11-02 14:30", """Dear Deborah,

Welcome back to the saddle! A 45-minute private is £52, or £48 each if you book four.
For your height and weight, Monty (our 16.1 Irish Draught cross) or Duchess (a big cob)
would be ideal - both steady and very forgiving of rusty riders.

Weekday mornings we have Tuesdays and Thursdays at 9:30 and 11:00. Let me know which
suits and I'll book you in.

Bryony"""),
      cu("11-02 16:05", """Thursdays at 11:00 please, starting next week.

Deborah"""),
      ag("bryony", "11-03 09:10", """Booked: Thursday 12 November at 11:00 with Monty. Please arrive ten minutes early to
fill in the rider form.

Bryony"""),
    ),
    C("r03-bracken-part-livery", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Rachel Okafor <rachel@okafor-family.example>", "gmail", "Part livery for a 16.2 gelding",
      "Price and winter turnout answered; the quiet stable is promised 'by Friday', confirmed only after a chase the following Tuesday.",
      cu("11-02 20:30", """Hello,

I'm looking to move my gelding, Bracken (16.2 TB x, 11 yrs), to part livery from
December. What is your part livery price per week, and do horses get winter turnout or is
it restricted when the fields are wet? I'd also need a stable in a quiet spot - he's a bit
of a box walker when there's a lot of traffic past his door.

Thanks,
Rachel Okafor"""),
      ag("callum", "11-03 09:40", """Hi Rachel,

Part livery is £135 a week, which covers turning out and bringing in, mucking out six
days, feeding twice daily and haylage.

Winter turnout: we keep the two hill paddocks open all year on a rota, so every horse is out
for at least four hours a day even when the lower fields are shut.

As for a quiet stable - the end box in the top yard may come free at the start of December.
I'll check with Tom whether it's definitely available and come back to you by Friday.

Callum""", promises=[("11-06", 4)]),
      cu("11-10 08:15", """Hi Callum,

Any news on the end stable? I have to give notice at my current yard by the 15th, so I'm
keen to know either way.

Rachel""", chase=True),
      ag("callum", "11-10 11:20", """Hi Rachel,

Sorry for the silence. Tom has confirmed the end box in the top yard is Bracken's from
1 December if you'd like it. The livery agreement is on our website under Livery > Forms if
you want to read it before you decide.

Callum"""),
    ),
    C("r04-brandt-ausritt-dezember", "de", "closed", {"unanswered-question": 1},
      "Jörg Brandt <joerg.brandt@example.de>", "gmail_de", "Ausritt zwischen den Jahren",
      "German family on holiday: date and helmets answered, card payment never; the three places are reserved.",
      cu("11-05 21:10", """Guten Abend,

wir verbringen Weihnachten mit unseren Kindern in Ihrer Gegend und würden gern einen
Ausritt buchen. Gibt es am 28. Dezember noch Plätze für einen zweistündigen Ausritt für
zwei Erwachsene und unsere Tochter (14)? Wir reiten alle seit Jahren, allerdings nicht
regelmäßig. Müssen wir eigene Reithelme mitbringen oder können wir welche leihen? Und kann man bei Ihnen vor Ort mit Kreditkarte bezahlen?

Viele Grüße
Jörg Brandt""", uq=1),
      ag("katrin", "11-06 09:20", """Guten Morgen Herr Brandt,

am 28. Dezember haben wir um 10:30 Uhr noch drei Plätze im zweistündigen Ausritt über die
Hawksmoor-Höhen - für Reiter mit Ihrer Erfahrung passt das gut. Helme (und auf Wunsch
Sicherheitswesten) leihen wir kostenlos aus; geben Sie mir nur die Kopfgrößen durch, falls
Sie sie kennen. Der Ausritt kostet £78 pro Person.

Soll ich die drei Plätze für Sie reservieren?

Viele Grüße
Katrin Vogel"""),
      cu("11-06 12:40", """Ja, bitte reservieren Sie die drei Plätze. Kopfgrößen: 58, 56 und 55.

Danke!
Jörg Brandt"""),
      ag("katrin", "11-06 13:05", """Erledigt: drei Plätze am 28.12. um 10:30 Uhr, Helme in 58/56/55 liegen bereit.
Bitte seien Sie etwa 20 Minuten vorher da.

Katrin Vogel"""),
      tz=1),
    C("r05-duvivier-stage-fevrier", "fr", "closed", {},
      "Claire Duvivier <claire.duvivier@example.fr>", "apple_fr", "Stage vacances de février pour deux enfants",
      "Dates, price and lunch answered at once; the French-speaking instructor deferred 'd'ici mercredi' and confirmed on Wednesday.",
      cu("11-09 20:15", """Bonjour,

Nous serons en Angleterre pendant les vacances de février et nos deux enfants (9 et 11
ans) aimeraient faire un stage d'équitation. Quelles sont les dates de vos stages en
février, et quel est le tarif pour la semaine ? Le déjeuner est-il compris ?

Notre fils de 9 ans parle encore très peu anglais : est-ce qu'un des moniteurs parle
français ?

Merci d'avance,
Claire Duvivier"""),
      ag("solene", "11-10 09:30", """Bonjour Madame Duvivier,

Notre stage de février a lieu du lundi 15 au vendredi 19 février, de 9h30 à 15h30. La
semaine complète coûte £295 par enfant (£275 pour le deuxième), et oui, le déjeuner est
compris : les enfants mangent au club-house avec les moniteurs.

Pour le moniteur francophone, je dois vérifier le planning de février avec Tom ; je reviens
vers vous d'ici mercredi.

Bien cordialement,
Solène""", promises=[("11-11", 3)]),
      ag("solene", "11-11 15:10", """Bonjour Madame Duvivier,

Comme promis : Tom confirme que Maëlle, une de nos monitrices, parle couramment français et
sera là toute la semaine du 15 février. Votre fils sera dans son groupe.

Bonne soirée,
Solène"""),
      cu("11-11 19:00", """Merci beaucoup, c'est parfait !

Claire""", thanks=True),
      tz=1),
    C("r06-quiroga-clases-adultos", "es", "closed", {"unanswered-question": 1},
      "Marta Quiroga <marta.quiroga@example.es>", "gmail_es", "Clases para adultos",
      "Au pair back to riding: evening groups and price answered, the membership/insurance question skipped; trial lesson booked.",
      cu("11-04 21:05", """Hola:

Soy au pair en Hawksmoor y me gustaría volver a montar. Monté cinco años en Salamanca,
sobre todo doma clásica. ¿Tienen clases para adultos por la tarde, después de las seis?
¿Cuánto cuesta una clase? ¿Hace falta hacerse socia o tener un seguro propio?

Un saludo,
Marta""", uq=1),
      ag("lucia", "11-05 10:10", """Hola Marta:

¡Qué bien que quieras volver a montar! Tenemos clases de grupo para adultos los martes y
jueves a las 18:30 y, con tu experiencia, irías al grupo intermedio. La clase de grupo
cuesta £34 y dura una hora.

Si quieres, te reservo una clase de prueba el martes que viene.

Un saludo,
Lucía"""),
      cu("11-05 22:00", """¡Sí, por favor! El martes 10 me viene genial.

Marta"""),
      ag("lucia", "11-06 09:00", """Hecho: martes 10 de noviembre a las 18:30. Trae botas con un poco de tacón; el casco
te lo prestamos.

Lucía"""),
    ),
    C("r07-marsh-arena-sunday", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Fiona Marsh <fiona@marshdressage.example>", "iphone", "Arena hire - Sunday 29th",
      "Arena hire request on Saturday, chased on Tuesday by replying to her own mail; nobody has answered.",
      cu("11-14 18:20", """Hi,

I'd like to hire the outdoor arena for an hour on Sunday 29 November to run through my
prelim test before a competition. Is the 12-1pm slot free, and could you put the dressage
boards out? I'll be bringing my own horse in a trailer.

Fiona

Sent from my iPhone"""),
      cu("11-17 07:50", """Just following up on my email from Saturday - I need to know by Wednesday so I can
book the trailer.

Thanks, Fiona

Sent from my iPhone""", chase=True),
    ),
    C("r08-kowalczyk-pony-club-day", "en", "closed", {"slow-first-response": 1},
      "Nadia Kowalczyk <nadia.k@example.net>", "gmail", "Pony club day - what to bring?",
      "Friday-evening questions about times, lunch and a nut allergy, all answered on Monday afternoon.",
      cu("11-06 19:30", """Hello,

My son Tomasz (10) is booked on the pony club day on Saturday 21st - it's his first one.
What time should we drop him off and pick him up? Does he need to bring a packed lunch? He
has a mild nut allergy; is that something the instructors need to know in advance?

Many thanks,
Nadia"""),
      ag("tom", "11-09 14:15", """Hi Nadia,

Sorry for the slow reply - Saturday was a busy one and the office is closed on Sundays. Drop-off is from 9:15 for a 9:30 start and pick-up is at 3:30. A packed lunch,
yes please.

Thank you for mentioning the allergy: please put it on the medical form in his booking
email - the instructors read every form before a rally, and the clubroom is nut-free anyway.

Tom"""),
      cu("11-09 18:00", """Brilliant, thank you Tom!""", thanks=True),
    ),
    C("r09-stott-paddock-four", "en", "pending", {"reopened": 1},
      "Gemma Stott <gemma.stott@example.org>", "android", "Water trough in paddock 4",
      "Overflowing trough fixed and marked resolved; a week later the gate latch snaps - a new problem in the same thread.",
      cu("11-09 07:10", """Morning Callum,

The automatic trough in paddock 4 is overflowing again - the gateway is turning into a lake.
Photo attached. Can someone look at the float valve today?

Gemma (DIY - Pepper & Bob)""", attach=[("image/png", "paddock4_trough.png", TROUGH_PNG)]),
      ag("callum", "11-09 09:45", """Hi Gemma,

Thanks for the photo. Rob has replaced the float valve and cleared the drain, and there's a
bale of straw in the gateway for now. I'll mark this one as resolved - shout if it plays up
again.

Callum""", closes=True),
      cu("11-16 17:30", """Hi Callum,

Trough's been fine, thanks. But now the gate latch on paddock 4 has snapped - I had to tie
it shut with baler twine this evening. Can it be fixed before Pepper works out how to undo
twine?

Gemma"""),
      ag("callum", "11-17 08:20", """Hi Gemma,

New latch is on - Rob fitted it first thing. Nice work with the twine.

Callum"""),
    ),
    C("r10-pennington-voucher-resend", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Oliver Pennington <o.pennington@example.com>", "outlook", "Gift voucher never arrived",
      "Bryony hands the missing voucher to Priya (reissued with a PDF) and Tom answers how to book: three agents; the personal message is never addressed.",
      cu("11-10 12:05", """Hello,

I bought a £120 gift voucher on your website on Sunday for my wife's birthday (order
HW-20418), but the voucher email never arrived - I've checked spam. Could you resend it?
Also, can the voucher be used for a hack rather than lessons? She's more of a happy hacker.
And is it possible to put a personal message on it?

Thanks,
Oliver Pennington""", uq=1),
      ag("bryony", "11-10 13:30", """Dear Oliver,

Sorry about that. I've passed your order to Priya in accounts, who looks after vouchers,
and she'll reissue it today. Vouchers can be used for anything we offer except livery, so a
hack is absolutely fine.

Bryony""", promises=[("11-10", 3)]),
      ag("priya", "11-10 15:45", """Dear Mr Pennington,

I've reissued voucher HW-20418 to this address and attached it as a PDF too, in case the
email goes astray again. It's valid for 12 months from 8 November.

Kind regards,
Priya""", attach=[("application/pdf", "Voucher_HW-20418.pdf", VOUCHER_PDF)]),
      cu("11-11 09:00", """Got it, thank you. When she books, does she go through the website or ring you?

Oliver"""),
      ag("tom", "11-11 11:30", """Morning Oliver,

Tom here - I look after the hacking. She can book online and enter the voucher code at
checkout, or ring the office and we'll do it for her. The two-hour hacks go out on
Wednesdays, Saturdays and Sundays.

Tom"""),
    ),
    C("r11-whitcombe-full-livery-list", "en", "closed", {},
      "Sam Whitcombe <sam.whitcombe@whitcombe.example>", "thunderbird", "Questions about full livery",
      "Four numbered questions answered inline under each quoted one; a thanks-only reply.",
      cu("11-12 21:45", """Hi,

I'm moving to the area in January with my mare Juno (15.3 Welsh D, 14). Before I come and
look round, a few questions:

1. Is full livery available from mid-January?
2. Does full livery include exercising, or is that extra?
3. Can I use the indoor school in the evenings, and until what time?
4. Which vet and farrier do most of your liveries use?

Thanks,
Sam"""),
      ag("callum", "11-13 08:50", """Hi Sam,

Answers below.

On 12/11/2026 21:45, Sam Whitcombe wrote:
> 1. Is full livery available from mid-January?

Yes - two full livery stables come free on 11 January.

> 2. Does full livery include exercising, or is that extra?

Extra: £18 per schooling or hacking session, or £80 a week for five.

> 3. Can I use the indoor school in the evenings, and until what time?

Until 9pm every weekday; the lights are on a timer by the door.

> 4. Which vet and farrier do most of your liveries use?

Most use Fairholme Equine Vets, and Gareth Pryce shoes about two thirds of the yard.

Come and look round whenever suits - Saturday mornings are the liveliest time to see us.

Callum""", client="thunderbird", quote=False),
      cu("11-13 19:30", """Perfect, thank you - really helpful.

Sam""", thanks=True),
    ),
    C("r12-bennett-twins-christmas-camp", "en", "pending", {"unanswered-question": 2},
      "Laura Bennett <laura.bennett@example.org>", "gmail", "Christmas holiday camp - a few questions",
      "Bulleted list of four: places and same group answered, sibling discount and the stable-management prep never.",
      cu("11-16 20:10", """Hi Tom,

My twins (Ella and Jack, 11) loved the October camp and want to do the Christmas one. A few
things:

- Are there still two places on 21-23 December?
- Can they be in the same group even though Jack has ridden a bit more?
- Is there any sibling discount?
- Could they do the stable management prep for their Pony Club C test during the camp?

Thanks so much,
Laura""", uq=2),
      ag("tom", "11-17 09:05", """Hi Laura,

Great to hear they enjoyed October! Yes, there are two places left on 21-23 December and
I've held both for you until Friday. And yes, they can be together - the group is mixed
ability, and Jack can show Ella how he tacks up.

Booking link: https://hawksmoorriding.example/camps/christmas?ref=tom

Tom"""),
      cu("11-17 21:00", """Brilliant, booked them both online just now. Thanks Tom!""", thanks=True),
    ),
    C("r13-grant-nervous-beginner", "en", "open", {},
      "Amelia Grant <amelia.grant@example.com>", "owa", "Adult beginner - nervous!",
      "A fresh enquiry this morning with only the acknowledgement: inside the response target.",
      cu("11-20 09:12", """Hello,

I'm 52 and have always wanted to learn to ride, but I'm honestly quite nervous around big
horses. Do you teach complete adult beginners, and could I start on the lunge? What would I
need to wear?

Best wishes,
Amelia Grant"""),
      ack("11-20 09:13"),
    ),
    C("r14-ellery-lost-fleece", "en", "pending", {"slow-first-response": 1},
      "Mark Ellery <mark.ellery@example.net>", "apple", "Lost property - navy fleece",
      "Saturday afternoon question (acknowledged automatically) answered on Monday morning.",
      cu("11-14 16:40", """Hi,

My daughter left a navy Joules fleece in the tack room after her lesson this morning
(Saturday 10am group). Has anyone handed it in? Could we collect it on Tuesday after school?

Mark Ellery"""),
      ack("11-14 16:41"),
      ag("bryony", "11-16 10:05", """Hi Mark,

Yes, it's hanging in the office with her name on a tag. Tuesday is fine - the office is open
until 6pm.

Bryony"""),
    ),
    C("r15-hardcastle-girth-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Jo Hardcastle <jo.hardcastle@example.org>", "gmail", "Tack shop - Shires girth 48 inch",
      "Tack-shop request unanswered for two days, resent word for word as a new mail; then answered.",
      cu("11-11 13:20", """Hello,

Do you have a Shires ARMA anatomical girth in 48 inch in the tack shop? If so, could you put
one aside for me? I can collect on Saturday.

Jo Hardcastle"""),
      ack("11-11 13:21"),
      cu("11-13 08:05", """Hello,

Do you have a Shires ARMA anatomical girth in 48 inch in the tack shop? If so, could you put
one aside for me? I can collect on Saturday.

Jo Hardcastle""", parent=0, chase=True),
      ag("bryony", "11-13 11:40", """Hi Jo,

Sorry, your first email slipped through the net. We had one left in black - it's behind the
counter with your name on it, £42.99. See you Saturday.

Bryony"""),
    ),
    C("r16-mcallister-toffee-diy", "en", "closed", {},
      "Erin McAllister <erin.mcallister@example.net>", "owa", "DIY livery space for Toffee",
      "Support asks for the passport page and the signed agreement; the customer's second mail sends them (not a chase).",
      cu("11-02 18:00", """Hi Callum,

Following our chat at the gate on Saturday, I'd like to take the DIY livery space for Toffee
(13.2 Connemara) from 1 December. What do you need from me to get this going?

Erin"""),
      ag("callum", "11-03 08:30", """Hi Erin,

Great - welcome aboard. I just need a copy of the page in Toffee's passport with his flu and
tetanus vaccinations, and the DIY agreement (attached) signed. The first month is £320 in
advance.

Callum""", attach=[("application/pdf", "DIY_Livery_Agreement_2026.pdf", DIY_AGREEMENT_PDF)]),
      cu("11-03 20:15", """Hi Callum,

Here's the vaccination page from his passport and the signed agreement, both attached. I've
paid the £320 by bank transfer, reference TOFFEE.

Erin""", attach=[("image/png", "toffee_passport_vacc.png", PASSPORT_PNG),
                 ("application/pdf", "DIY_agreement_signed.pdf", DIY_SIGNED_PDF)]),
      ag("callum", "11-04 09:00", """Thanks Erin, all in order and the transfer's arrived. Toffee's stable is the second
on the left in the bottom yard - see you both on 1 December.

Callum"""),
    ),
    C("r17-tran-thursday-lessons", "en", "closed", {"missed-follow-up": 1},
      "Becky Tran <becky.tran@example.com>", "iphone", "Moving Maisie's lesson to Thursdays",
      "Bryony will look at the Thursday lists 'and get back to you' (no deadline) and never does.",
      cu("11-05 17:45", """Hi Bryony,

Maisie's netball has moved to Tuesdays so she can't make her 5pm Tuesday lesson any more. Is
there room for her in a Thursday group instead, ideally around the same time?

Becky

Sent from my iPhone"""),
      ag("bryony", "11-05 18:30", """Hi Becky,

Thursdays are quite full at the moment, but let me look at the lists with the instructors
and I'll get back to you. She's still on the Tuesday list for next week in case she can make
that one.

Bryony""", promises=[("window", None)]),
    ),
    C("r18-fairley-clinic-quote", "en", "pending", {},
      "Georgina Fairley <georgina@fairleyeventing.example>", "outlook", "Indoor school hire for a clinic in January",
      "Clinic quote promised for Tuesday 24 November - a deadline still ahead at the audit time; trailers answered.",
      cu("11-17 10:30", """Hello,

I'm organising a jumping clinic with a visiting coach on Saturday 16 January and would like
to hire your indoor school for the day (9am-5pm), including the show jumps. Could you send
me a quote? We'd have about 12 riders, so we'd need room in the car park for trailers.

Georgina Fairley
Fairley Eventing"""),
      ag("priya", "11-17 14:10", """Dear Georgina,

Thank you - 16 January is free and I've pencilled it in. The January hire rates go to the
directors on Monday, so I'll send you the full quote on Tuesday 24 November. Twelve trailers
fit comfortably in the top car park.

Kind regards,
Priya""", promises=[("11-24", None)]),
    ),
    C("r19-fenwick-farrier-clipping", "en", "pending", {"unanswered-question": 1},
      "Lucy Fenwick <lucy.fenwick@example.org>", "gmail", "Farrier this week?",
      "Farrier visit answered with logistics ('Gareth is on the yard on Wednesday'); the clipping request made in passing is ignored.",
      cu("11-16 08:30", """Hi Callum,

Ruby's lost a front shoe in the field. Is the farrier coming to the yard this week, and could
you put her on his list? Also, while I think of it, please could you add Ruby to the clipping list for next month - a full clip this time.

Thanks!
Lucy""", uq=1),
      ag("callum", "11-16 10:10", """Morning Lucy,

Gareth is on the yard on Wednesday morning and I've put Ruby's name on the whiteboard in the
tack room, so he'll do her then. Keep her in on Wednesday morning so he isn't chasing her
round the field.

Callum"""),
      cu("11-16 10:40", """Thanks Callum, will do.""", thanks=True),
    ),
    C("r20-morgan-forwarded-voucher", "en", "closed", {},
      "Tessa Morgan <tessa.morgan@example.com>", "gmail", "Fwd: Your Hawksmoor gift voucher",
      "HTML-only mail forwarding an old voucher email (its 'Questions?' line and a ? URL are forwarded text); both of her own questions answered.",
      cu("11-12 11:15", """Hi,

My aunt gave me this voucher last Christmas and I've only just found it. It says it's valid
for 12 months - is it still OK to use? And could I put it towards a block of lessons rather
than the one-hour hack it says?

Thanks,
Tessa

---------- Forwarded message ---------
From: Hawksmoor Riding School <office@hawksmoorriding.example>
Date: Sat, 20 Dec 2025 at 10:02
Subject: Your Hawksmoor gift voucher
To: <jane.morgan@example.net>

Thank you for your order! Voucher HW-18877: one-hour hack for one rider, value £55.
Valid for 12 months from the date of purchase (20 December 2025).
Questions? Just reply to this email or call 01632 960 412.
Lost your voucher? https://hawksmoorriding.example/vouchers?lookup=HW-18877""", kind="html"),
      ag("priya", "11-12 14:00", """Hi Tessa,

Good find! It's valid until 20 December, so you're fine. And you can put the £55 towards
anything, including a block of lessons - just quote HW-18877 when you book and we'll take it
off.

Priya"""),
    ),
    C("r21-doyle-pony-party", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Kirsty Doyle <kirsty.doyle@example.net>", "android", "Pony party for Poppy's 7th",
      "Party questions answered; the written confirmation promised by Friday arrives on Monday; a later mail's speaker question is skipped while the cake is answered.",
      cu("11-02 19:20", """Hi,

We'd love to book a pony party for Poppy's 7th birthday on Saturday 5 December, 2-4pm, for
10 children. Is that date free? What does the party include and how much is it?

Kirsty"""),
      ag("tom", "11-03 09:15", """Hi Kirsty,

5 December, 2-4pm is free. The party is an hour of pony rides and grooming with our little
ponies, then an hour in the clubroom for food and games; it's £260 for up to 12 children,
rosettes for everyone included. Once the £80 deposit is through I'll confirm the clubroom
booking in writing by Friday.

Tom""", promises=[("11-06", 4)]),
      cu("11-03 12:30", """Amazing - deposit paid online just now (ref HW-20311).

Kirsty""", thanks=True),
      ag("tom", "11-09 10:00", """Hi Kirsty,

Deposit received with thanks - Poppy's party is confirmed for Saturday 5 December, 2-4pm,
clubroom included. Confirmation attached.

Tom""", attach=[("application/pdf", "Party_confirmation_5Dec.pdf", PARTY_PDF)]),
      cu("11-12 20:45", """Hi Tom,

One more thing - can the children bring their own birthday cake into the clubroom, and is there anywhere to plug in a speaker for some music?

Kirsty""", uq=1),
      ag("tom", "11-13 08:30", """Hi Kirsty,

Of course, bring the cake! There's a fridge in the clubroom kitchen, and we have plates and
candles if you forget.

Tom"""),
    ),
    C("r22-hutchins-two-lessons", "en", "closed", {},
      "Claire Hutchins <claire.hutchins@example.com>", "apple", "Two lessons a week in December?",
      "A rhetorical question and a self-answered one around the real request, which is granted.",
      cu("11-10 21:30", """Hi Bryony,

Who knew rising trot could be this hard at 45? My thighs are still complaining from
Saturday. I'm enjoying it so much that I'd like to do two lessons a week through December -
could I add a Wednesday evening lesson to my Saturday one?

Where's your cancellation policy, by the way? Oh - found it at the bottom of the booking
page, never mind.

Claire""", kind="alt"),
      ag("bryony", "11-11 09:00", """Hi Claire,

Ha - the thighs do get used to it, I promise! There's room in the Wednesday 7pm adult group
every week in December. I've added you from 2 December, on the same account as your
Saturdays.

Bryony"""),
      cu("11-11 12:00", """Fab, thank you!""", thanks=True, kind="alt"),
    ),
    C("r23-haines-rug-washing", "en", "closed", {"unanswered-question": 1},
      "Rob Haines <rob.haines@example.org>", "thunderbird", "Rug washing and my invoice",
      "A storm pleasantry and the rug-washing price answered; the request to add the hay-net charge to the invoice is ignored.",
      cu("11-09 08:05", """Morning all,

Hope you survived Storm Elowen at the weekend? We lost two fence panels at home. Could you
let me know what the rug washing service costs this winter - Duke has two heavyweight
turnouts that are filthy. And please add the extra hay net charge to my November invoice rather than taking it separately, it's easier for our accounts.

Cheers,
Rob""", uq=1),
      ag("priya", "11-09 11:30", """Hi Rob,

We survived, thanks - one tree down across the hack route, but nothing worse. Rug washing is
£16 per turnout rug, £20 for heavyweights with a neck. They're collected from the rug bin on
Mondays and come back by Friday.

Priya"""),
      cu("11-09 12:15", """Thanks Priya, I'll drop them in the bin tonight.""", thanks=True),
    ),
    C("r24-abara-sunday-lessons", "en", "closed", {},
      "Stephen Abara <s.abara@abaralaw.example>", "outlook", "Lessons for two children - Sundays",
      "Answered within hours; the customer's Outlook out-of-office replies; he books a week later. Confidentiality disclaimer in his mails.",
      cu("11-04 13:00", """Dear Hawksmoor team,

My children (12 and 9) would like to start riding lessons. Do you run any lessons on
Sundays, and are the groups arranged by age or by ability?

Regards,
Stephen Abara
Abara & Co Solicitors

This email and any attachments are confidential and may be legally privileged. If you have
received it in error, please notify the sender and delete it. Abara & Co is authorised and
regulated by the Solicitors Regulation Authority."""),
      ag("bryony", "11-04 15:20", """Dear Mr Abara,

Yes - we have Sunday group lessons at 9:30, 11:00 and 2pm. We group by ability rather than
age, so each of them starts with a 30-minute assessment (£26) and then we place them.
Would you like to book assessments for this Sunday?

Bryony"""),
      auto("11-04 15:21", """Thank you for your email. I am out of the office until Monday 9 November with limited
access to email. For urgent matters please contact my assistant, Dawn Pike, on
01632 960 733.

Stephen Abara""", subject="Automatic reply: RE: Lessons for two children - Sundays", quote=False),
      cu("11-09 09:10", """Dear Bryony,

Apologies for the delay - I was away. Yes please, both of them on Sunday 15th, ideally one
after the other.

Regards,
Stephen Abara
Abara & Co Solicitors

This email and any attachments are confidential and may be legally privileged. If you have
received it in error, please notify the sender and delete it. Abara & Co is authorised and
regulated by the Solicitors Regulation Authority.""", parent=2),
      ag("bryony", "11-09 10:30", """Dear Mr Abara,

Done: Sunday 15th at 11:00 for your 12-year-old and 11:30 for your 9-year-old. Please
arrive 15 minutes early to fill in the rider forms.

Bryony"""),
    ),
    C("r25-ashby-invoice-correction", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Victoria Ashby <victoria.ashby@example.com>", "owa", "October livery invoice - wrong amount",
      "Corrected invoice promised 'tomorrow', sent four working days later after a chase; the second invoice address is never set up or mentioned.",
      cu("11-04 09:30", """Hi Priya,

My October invoice (INV-4471) charges full livery for the whole month, but Fable was only on
full livery until the 15th and then went to part livery, as agreed with Callum. Could you
send me a corrected invoice? And could invoices go to my husband's email (james.ashby@example.com) as well as mine from now on?

Thanks,
Victoria""", uq=1),
      ag("priya", "11-04 11:15", """Hi Victoria,

You're quite right, apologies. I've checked with Callum and the switch was on 16 October.
I'll send you a corrected invoice tomorrow.

Priya""", promises=[("11-05", 4)]),
      cu("11-09 08:40", """Hi Priya,

I'm still waiting on the corrected invoice - the original is due on the 10th and I'd rather
not pay the wrong amount.

Victoria""", chase=True),
      ag("priya", "11-09 10:05", """Hi Victoria,

So sorry - it was sitting in my drafts. Corrected invoice INV-4471A attached: £1,127.50
instead of £1,310.00. Please ignore the original.

Priya""", attach=[("application/pdf", "INV-4471A.pdf", INVOICE_PDF)]),
    ),
    C("r26-barrington-camp-kit", "en", "closed", {},
      "Chloe Barrington <chloe.b@example.net>", "gmail", "Christmas camp kit list",
      "Weather question answered; the kit list promised 'by tomorrow' on Tom's behalf and delivered by Tom the next morning.",
      cu("11-12 16:00", """Hello,

I've booked Freya (9) on the 22-23 December camp. Is there a kit list? And will they be
outside all day, or is there an indoor option if the weather's horrible?

Chloe"""),
      ag("bryony", "11-12 17:05", """Hi Chloe,

The camp moves into the indoor school whenever the weather's bad, and lunch is in the heated
clubroom, so nobody freezes. Tom runs the camps - he'll be in touch by tomorrow with the kit
list.

Bryony""", promises=[("11-13", 3)]),
      ag("tom", "11-13 09:20", """Hi Chloe,

As promised, the kit list: riding hat (we can lend one), jodhpurs or leggings, boots with a
small heel, gloves, a waterproof coat with two layers underneath, a packed lunch and a named
water bottle. The full version is at
https://hawksmoorriding.example/camps/kit?camp=xmas

Tom"""),
      cu("11-13 18:00", """Thank you both!""", thanks=True),
    ),
    C("r27-whitlow-friend-watching", "en", "pending", {},
      "Dan Whitlow <dan.whitlow@example.org>", "gmail", "Saturday lesson - can a friend watch?",
      "Two questions answered with a bare 'Of course!' and a bare date.",
      cu("11-13 19:00", """Hi,

Could Alfie bring a friend along to watch his lesson this Saturday? And which Sunday is the
December pony club rally?

Dan"""),
      ag("bryony", "11-14 08:30", """Of course! Sunday 13 December.

Bryony"""),
    ),
    C("r28-lloyd-tack-shop-prices", "en", "pending", {},
      "Megan Lloyd <megan@lloydtrimming.example>", "iphone", "Tack shop price list",
      "Answered with only a link; her signature asks 'Need a clip before show season?' with a ? URL.",
      cu("11-15 12:00", """Hi,

Do you have a price list for the tack shop you could send me? Thinking about Christmas
presents for my daughter.

Thanks, Megan
--
Lloyd Trimming & Clipping
Need a clip before show season? https://lloydtrimming.example/book?src=email"""),
      ag("bryony", "11-15 13:10", """Hi Megan, here you go:
https://hawksmoorriding.example/shop/prices?season=xmas26

Bryony"""),
      cu("11-15 14:00", """Perfect, thanks!

Megan
--
Lloyd Trimming & Clipping
Need a clip before show season? https://lloydtrimming.example/book?src=email""", thanks=True),
    ),
    C("r29-quinlan-lily-moving-up", "en", "closed", {"unanswered-question": 1},
      "Sarah Quinlan <sarah.quinlan@example.com>", "outlook", "Moving Lily up a group in January",
      "Asked whether Lily can move up to the off-lead group, the reply is about the lead-rein price rise instead.",
      cu("11-10 20:00", """Hi Bryony,

Lily (7) has been in the lead-rein group since September and her instructor says she's
doing really well. Can she move up to the off-lead group in January? I've also heard the
lead-rein lessons are going up in price - is that right?

Sarah""", uq=1),
      ag("bryony", "11-11 09:30", """Hi Sarah,

Lovely to hear Lily's doing so well. Yes, I'm afraid the lead-rein group goes from £24 to
£26 in January - the first change in two years. The new price list is already on the
website.

Bryony"""),
    ),
    C("r30-stjudes-enrichment", "en", "closed", {"unanswered-question": 1},
      "Neil Carver <n.carver@stjudes-school.example>", "outlook", "Year 9 enrichment riding sessions",
      "School group enquiry with the Head of PE in Cc and a disclaimer: price and documents (PDF) answered, the minibus question skipped.",
      cu("11-05 11:20", """Good morning,

St Jude's is planning a six-week riding enrichment block for 12 Year 9 pupils on Wednesday
afternoons in the spring term. Could you quote a group price for six sessions? Our insurers
also need a copy of your risk assessment and public liability certificate. The pupils will
come by minibus - is there somewhere a 17-seater can turn round and park for an hour and a half?

I've copied in Anita Desai, our Head of PE.

Kind regards,
Neil Carver
Enrichment Coordinator, St Jude's School

St Jude's School: this email and any files transmitted with it are confidential and
intended solely for the use of the individual or entity to whom they are addressed. If you
have received this email in error, please notify the sender.""",
         cc="Anita Desai <a.desai@stjudes-school.example>", uq=1),
      ag("priya", "11-05 15:00", """Dear Mr Carver,

Thank you for thinking of us. For 12 pupils, six 90-minute sessions come to £1,980 (£27.50
per pupil per session), including hats, body protectors and half an hour of stable
management each week. Our risk assessment and public liability certificate are attached.
Wednesday afternoons in the spring term are free from 13 January.

Kind regards,
Priya""", cc="Anita Desai <a.desai@stjudes-school.example>",
         attach=[("application/pdf", "Hawksmoor_risk_assessment_PL.pdf", RISK_PDF)]),
      cu("11-06 09:00", """Thank you Priya, I'll take this to our finance committee.

Neil Carver""", thanks=True),
    ),
    C("r31-maddox-ziggy-full-livery", "en", "closed", {"unanswered-question": 2, "missed-follow-up": 1},
      "Jenny Maddox <jenny.maddox@example.net>", "gmail", "Full livery for an ex-racehorse",
      "Six questions buried in one long paragraph: stable, feeds and horse walker answered, hacking deferred 'by Monday' and never answered, companion turnout and lunging skipped.",
      cu("11-03 22:15", """Hi Callum,

I'm thinking of moving Ziggy, my 7-year-old ex-racehorse, to you on full livery after
Christmas and wanted to ask a few things before I come and see the yard, sorry this is long.
He's a lovely horse but he can be quite stressy in a new place, so would he be able to have
a stable where he can see other horses, and can he go out with a quiet companion rather than in a big group? He's also on a high-fibre, low-starch diet with a balancer and linseed, so do
your full livery staff feed individual diets or would I need to make up his feeds myself? He
had a bout of ulcers last year and my vet wants him to have a small amount of alfalfa before
exercise, which I realise is fiddly. On top of that, is there a horse walker? And would your staff be able to lunge him on the days I can't get up because of work? I'm also wondering
whether you'd ever take him out on the hacks with a school horse as a lead, as he's much
better in company. Sorry, I know that's a lot!

Jenny""", uq=2),
      ag("callum", "11-04 10:00", """Hi Jenny,

Not too much at all - it's exactly what we'd want to know. He'd have one of the stables in
the middle row of the top yard, where every box looks across at others. Full livery covers
individual feeds: we make up every horse's feeds to the owner's chart, and alfalfa before
exercise is no trouble. We have a six-horse walker behind the barn, which the liveries use
on a booking sheet.

Taking him out with the school hacks is something I need to ask our insurers about, so I'll
let you know by Monday.

Callum""", promises=[("11-09", None)]),
    ),
    C("r32-crewe-cancelled-hack", "en", "open", {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Alison Crewe <alison.crewe@example.org>", "gmail", "Cancelled hack on Sunday - refund or new date?",
      "New dates promised 'by the end of the day' and never sent; the customer chases twice, the second time still unanswered.",
      cu("11-10 18:30", """Hi,

Our two-hour hack on Sunday (8th, two riders, booking HW-20190) was cancelled because of the
wind. Could we either have a refund or move it to another Sunday before Christmas? We'd
rather rebook if there are dates.

Alison"""),
      ag("bryony", "11-11 09:10", """Hi Alison,

Sorry about Sunday - it wasn't safe on the top track. You're very welcome to rebook rather
than take a refund. I'll check the Sunday hack diary with Tom and email you some new dates
by the end of the day.

Bryony""", promises=[("11-11", None)]),
      cu("11-16 08:20", """Hi Bryony,

Any update on the new dates?

Alison""", chase=True),
      cu("11-18 19:45", """Hello again,

I'm still waiting to hear about rebooking our hack. Christmas is getting close and I imagine
the Sundays will go quickly - could someone just send me the dates that are left, please?

Alison""", chase=True),
    ),
    C("r33-merriman-horse-share", "en", "pending", {},
      "Paul Merriman <paul.merriman@example.com>", "thunderbird", "Part-loan of a school horse",
      "Horse-share questions answered over three rounds; the last customer mail has a References gap.",
      cu("11-05 20:00", """Hello,

My daughter Beth (15) is looking for a part-loan of one of your school horses - two days a
week, riding and some yard work. Do you offer anything like that, and what would it cost?

Paul Merriman"""),
      ag("bryony", "11-06 08:40", """Hi Paul,

We do - we call it the Hawksmoor Share. Beth would have one horse two days a week (a ride
on one day, yard work and a ride on the other) for £160 a month. She'd need an assessment
ride first; Saturday or Sunday mornings are best.

Bryony"""),
      cu("11-06 19:00", """Saturday 14th in the morning then, please. Does she need to bring anything?

Paul"""),
      ag("bryony", "11-07 09:15", """Booked for 10:00 on Saturday 14th with Callum. Just her hat if she has one, boots and
gloves.

Bryony"""),
      cu("11-14 15:30", """Hi Bryony,

Beth loved it, and Callum says she can start on Dolly. Which two days is Dolly free?

Paul""", refs=[1, 2, 4]),
      ag("bryony", "11-14 17:10", """Tuesdays and Saturdays - I've put Beth down for both from next week.

Bryony"""),
    ),
    C("r34-shaw-clover-numnah", "en", "closed", {"unanswered-question": 1},
      "Imogen Shaw <imogen.shaw@example.net>", "apple", "Rub on Clover's withers",
      "Photo of a saddle rub; the numnah request is handled in a reply that lost its threading headers, the saddle fitter question is not.",
      cu("11-11 07:30", """Hi Callum,

Clover came back from Saturday's escorted hack with a small rub on her withers - I think it's
the numnah the hacking staff put on her. Photo attached. Can you make sure she goes out with
her own fleece numnah from now on? And could you let me know who your saddle fitter is? I
might get her out for my other horse too.

Imogen""", attach=[("image/png", "clover_withers.png", RUB_PNG)], uq=1),
      ag("callum", "11-11 10:30", """Hi Imogen,

Sorry about that - it was a borrowed numnah, as you guessed. I've put a note on her door and
on the tack board: her own fleece numnah only. The rub should settle in a few days.

Callum""", thread=False),
    ),
    C("r35-pike-taster-voucher", "en", "pending", {},
      "Lauren Pike <lauren.pike@example.com>", "apple", "Gift voucher for a total beginner",
      "Base64 mail; recommendation and posting answered with a link; thanks-only.",
      cu("11-16 12:30", """Hello!

I'd like to buy a gift voucher for my boyfriend for Christmas - he's never ridden. Which one
would you recommend for a total beginner, and can vouchers be posted in a card rather than
emailed?

Lauren""", cte="base64"),
      ag("priya", "11-16 14:45", """Hi Lauren,

For a complete beginner I'd go for the Taster Private: a 45-minute private lesson on one of
our steadiest cobs, £52. And yes, we post vouchers in a Hawksmoor card, first class, for
£2.50 - just tick 'post it' at checkout:
https://hawksmoorriding.example/vouchers?type=taster

Priya"""),
      cu("11-16 15:10", """Thank you, ordered!""", thanks=True, cte="base64"),
    ),
    C("r36-ross-holiday-hack", "en", "closed", {"unanswered-question": 1},
      "Kimberly Ross <kim.ross@example.com>", "gmail", "Trail ride for two visiting in December",
      "American visitors (UTC-5): the western-riders and dates questions answered, the rider weight limit is not.",
      cu("11-12 14:00", """Hi there!

My husband and I are visiting from Connecticut over the holidays and would love to go on a
trail ride near Hawksmoor. We've both ridden western for years but never English. Is a
beginner-level hack OK for experienced western riders, or would you suggest a lesson first?
Do you have any dates between December 27 and 30? And what's the weight limit for riders?

Thanks!
Kim""", uq=1),
      ag("bryony", "11-13 09:30", """Hi Kim,

How lovely! A hack is fine for confident western riders - we'd give you a 15-minute briefing
in the arena on rising trot and English reins before heading out. We have two places on the
90-minute hack on 28 and 30 December, both at 10am.

Bryony"""),
      cu("11-13 10:15", """Perfect - December 28 please, for both of us!

Kim"""),
      ag("bryony", "11-13 15:40", """Booked: Monday 28 December at 10:00, for two. Enjoy your trip over!

Bryony"""),
      tz=-5),
    C("r37-sturgess-winter-rota", "en", "closed", {"missed-follow-up": 1},
      "Holly Sturgess <holly.sturgess@example.org>", "owa", "Winter turnout rota for DIY liveries",
      "The DIY winter rota promised 'early next week' (Thursday 5 November: by Tuesday 10th) never arrives.",
      cu("11-05 08:00", """Hi Callum,

Which days are the DIY horses out on the hill paddocks this winter? I need to plan my early
mornings around it.

Holly"""),
      ag("callum", "11-05 11:30", """Hi Holly,

The rota's still being finalised - we're working around the drainage in the lower field.
I'll send the DIY rota round early next week.

Callum""", promises=[("11-10", None)]),
      cu("11-05 12:00", """Thanks Callum.""", thanks=True),
    ),
    C("r38-dunmore-posted-voucher", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Graham Dunmore <graham.dunmore@example.com>", "outlook", "Christmas voucher for my granddaughter",
      "Voucher promised in the post by Friday, posted the next Thursday after a chase; the name-and-picture request is never answered.",
      cu("11-09 10:00", """Hello,

I've just paid online for a block of four lessons as a Christmas present for my
granddaughter Evie (order HW-20402). Could you post the voucher to me rather than email
it? I'm not a great one for printers. Does the block have an expiry date? And could it be made out in her name with a little horse picture if you have one?

Regards,
Graham Dunmore""", uq=1),
      ag("priya", "11-09 14:30", """Dear Mr Dunmore,

Thank you for your order. Of course - I'll put the voucher in the post to you by Friday. The
block is valid for 12 months from purchase.

Kind regards,
Priya""", promises=[("11-13", 4)]),
      cu("11-19 09:30", """Dear Priya,

The voucher hasn't arrived yet - has it been posted?

Regards,
Graham Dunmore""", chase=True),
      ag("priya", "11-19 11:00", """Dear Mr Dunmore,

I'm so sorry - it went out first class this morning, so it should be with you on Saturday.

Kind regards,
Priya"""),
    ),
    C("r39-ivers-extra-private", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Natasha Ivers <natasha.ivers@example.net>", "gmail", "Extra lesson and a hat question",
      "The extra lesson is booked, the hat-standard question skipped; her new question about the test day is unanswered since Tuesday.",
      cu("11-12 20:00", """Hi Bryony,

Could Millie have an extra private lesson on Friday 20th? She's got a Pony Club test in
December and wants to practise her canter transitions. Also, is the hat she has (a Harlow Junior Air) OK for your lessons or does it need the newer safety standard?

Natasha""", uq=1),
      ag("bryony", "11-13 08:45", """Hi Natasha,

Yes - Friday 20th at 4pm with Kate, £40 for 30 minutes. I've booked it.

Bryony"""),
      cu("11-17 19:10", """Thanks Bryony. Can you tell me what the test day on 12 December involves and how long it
lasts?

Natasha"""),
    ),
    C("r40-ferris-hack-rain", "en", "pending", {},
      "Jacob Ferris <jacob.ferris@example.org>", "android", "Is the hack on tomorrow?",
      "One question, answered within the hour; thanks-only.",
      cu("11-18 17:30", """Hi, with all this rain, is the 10am hack tomorrow still going ahead?

Jacob"""),
      ag("tom", "11-18 18:05", """Hi Jacob,

Yes, it's on - the top track drains well. Waterproofs recommended!

Tom"""),
      cu("11-18 18:20", """Great, see you then.""", thanks=True),
    ),
    C("r41-huber-reitferien", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Sabine Huber <sabine.huber@huber-familie.example>", "outlook_de", "Reitferien für zwei Mädchen",
      "Acknowledged automatically, chased in German after three days, then answered in full.",
      cu("11-09 20:30", """Sehr geehrte Damen und Herren,

unsere Töchter (10 und 13) möchten im Februar eine Woche Reitferien bei Ihnen machen; wir
wohnen in dieser Zeit bei Verwandten in der Nähe. Bieten Sie in der Woche ab dem 15.
Februar ein Ferienprogramm an? Wie viele Stunden am Tag reiten die Kinder, und was kostet
die Woche?

Mit freundlichen Grüßen
Sabine Huber"""),
      ack("11-09 19:31"),
      cu("11-12 08:15", """Guten Tag,

leider habe ich auf meine Anfrage vom Montag noch keine Antwort bekommen. Können Sie mir
bitte kurz Bescheid geben, ob es noch Plätze gibt? Wir müssen bald die Flüge buchen.

Mit freundlichen Grüßen
Sabine Huber""", chase=True),
      ag("katrin", "11-12 10:30", """Sehr geehrte Frau Huber,

entschuldigen Sie bitte die späte Antwort. Ja, unser Ferienprogramm läuft vom 15. bis 19.
Februar, jeweils von 9:30 bis 15:30 Uhr, und es sind noch Plätze frei. Die Kinder reiten
zwei Stunden am Tag, dazu kommen Pferdepflege und ein wenig Theorie. Die Woche kostet £295,
für das zweite Kind £275.

Anmeldung: https://hawksmoorriding.example/camps/february?lang=de

Mit freundlichen Grüßen
Katrin Vogel"""),
      cu("11-12 19:00", """Vielen Dank, wir melden die beiden an!

Sabine Huber""", thanks=True),
      tz=1),
    C("r42-seidel-vollpension", "de", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Markus Seidel <markus.seidel@example.de>", "thunderbird_de", "Vollpension für meinen Wallach",
      "Stable mats and turnout answered; the free box promised 'bis Freitag' confirmed on Monday; the bilingual vet question never answered.",
      cu("11-10 19:00", """Hallo Frau Vogel,

ich ziehe im Januar beruflich nach Hawksmoor und möchte meinen Wallach Falko (Hannoveraner,
17 Jahre) mitbringen. Haben Sie ab Mitte Januar einen Platz in Vollpension frei? Wegen
seiner Arthrose braucht er eine Box mit Gummimatten und möglichst täglichen Weidegang.
Können Sie mir auch sagen, ob es bei Ihnen einen Tierarzt gibt, der Englisch und Deutsch spricht? Das wäre für mich eine große Erleichterung.

Viele Grüße
Markus Seidel""", uq=1),
      ag("katrin", "11-11 09:15", """Hallo Herr Seidel,

schön, dass Sie an uns denken. Gummimatten haben alle Boxen im oberen Hof, und Weidegang gibt
es auch im Winter täglich, im Wechsel auf den Hügelkoppeln. Ob ab Mitte Januar eine
Vollpensionsbox frei wird, kläre ich mit Callum - ich melde mich bis Freitag bei Ihnen.

Viele Grüße
Katrin Vogel""", promises=[("11-13", 3)]),
      ag("katrin", "11-16 11:00", """Hallo Herr Seidel,

entschuldigen Sie die Verzögerung: Callum bestätigt, dass ab dem 11. Januar eine
Vollpensionsbox mit Gummimatten frei ist. Soll ich sie für Falko reservieren?

Viele Grüße
Katrin Vogel"""),
      cu("11-16 20:00", """Ja, bitte reservieren Sie die Box. Danke!

Markus Seidel"""),
      ag("katrin", "11-17 08:30", """Reserviert: Box 7 im oberen Hof gehört ab dem 11. Januar Falko.

Katrin Vogel"""),
    ),
    C("r43-hartmann-reitbeteiligung", "de", "closed", {},
      "Lena Hartmann <lena.hartmann@example.com>", "outlook_de", "Reitbeteiligung an einem Schulpferd?",
      "Three numbered questions in German answered inline under each quote; thanks-only.",
      cu("11-13 12:00", """Hallo,

ich bin für ein Jahr beruflich in England und vermisse das Reiten sehr.

1) Bieten Sie Reitbeteiligungen an Schulpferden an?
2) Was kostet das im Monat?
3) Darf ich nach einer Prüfung auch allein ausreiten?

Viele Grüße
Lena Hartmann"""),
      ag("katrin", "11-13 14:30", """Hallo Frau Hartmann,

gern, meine Antworten stehen unter Ihren Fragen.

Am 13.11.26 um 12:00 schrieb Lena Hartmann:
> 1) Bieten Sie Reitbeteiligungen an Schulpferden an?

Ja, bei uns heißt das "Hawksmoor Share": ein Pferd, zwei feste Tage pro Woche.

> 2) Was kostet das im Monat?

£160 im Monat.

> 3) Darf ich nach einer Prüfung auch allein ausreiten?

Nach dem Einstufungsreiten mit Callum dürfen Sie auf den markierten Hofwegen allein reiten;
ins Gelände geht es zu zweit.

Viele Grüße
Katrin Vogel""", quote=False),
      cu("11-13 18:00", """Super, vielen Dank! Ich komme am Samstag zum Probereiten vorbei.

Lena Hartmann""", thanks=True),
    ),
    C("r44-kraemer-haflinger", "de", "pending", {},
      "Uwe Krämer <uwe.kraemer@example.de>", "gmail_de", "Haflinger - Offenstall oder Box?",
      "Open barn and hay versus haylage both answered; thanks-only.",
      cu("11-17 21:00", """Guten Abend,

wir überlegen, unseren Haflinger (8 Jahre, sehr robust) im Frühjahr zu Ihnen zu bringen,
wenn wir nach England ziehen. Haben Sie einen Offenstall oder nur Boxen? Und füttern Sie Heu
oder Heulage? Er verträgt Heulage nicht so gut.

Viele Grüße
Uwe Krämer"""),
      ag("katrin", "11-18 09:40", """Guten Morgen Herr Krämer,

einen Offenstall haben wir leider nicht, aber unsere Robustpferde stehen im Winter nachts
zusammen in der großen Gemeinschaftsbox und sind tagsüber draußen. Heu bekommen alle
Pferde, die keine Heulage vertragen - das ist bei uns ganz normal.

Viele Grüße
Katrin Vogel"""),
      cu("11-18 12:00", """Vielen Dank für die schnelle Antwort!

Uwe Krämer""", thanks=True),
      tz=1),
    C("r45-lefevre-dressage-samedi", "fr", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Marion Lefèvre <marion.lefevre@example.fr>", "gmail", "Cours de dressage pour adulte",
      "Chased in French ('je me permets de vous relancer'); the reply covers Saturday privates and the price but not the schoolmaster horse.",
      cu("11-10 20:00", """Bonjour,

Je viens de m'installer dans la région et je cherche un centre pour continuer le dressage
(niveau Galop 6). Proposez-vous des cours particuliers de dressage le samedi ? Quel est le
tarif ? Et serait-il possible de monter un cheval plus avancé, capable de faire des changements de pied ?

Cordialement,
Marion Lefèvre""", uq=1),
      cu("11-12 19:30", """Bonjour,

Je me permets de vous relancer au sujet de mon message de mardi. J'aimerais commencer avant
la fin du mois si possible.

Bien cordialement,
Marion Lefèvre""", chase=True),
      ag("solene", "11-13 09:00", """Bonjour Madame Lefèvre,

Toutes mes excuses pour ce délai. Oui, nous proposons des cours particuliers de dressage le
samedi matin avec Kate, notre monitrice diplômée BHS, à 9h ou à 10h. Le cours de 45 minutes
coûte £55.

Voulez-vous que je vous réserve le samedi 21 novembre ?

Bien cordialement,
Solène"""),
      cu("11-13 12:00", """Oui, 10h le 21 me convient parfaitement. Merci !

Marion"""),
      ag("solene", "11-13 14:00", """C'est noté : samedi 21 novembre à 10h avec Kate. À samedi !

Solène"""),
      tz=1),
    C("r46-moreau-devis-pension", "fr", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Julien Moreau <julien.moreau@example.com>", "apple_fr", "Devis pension pour deux chevaux",
      "Quote promised 'demain' and never sent; a French chase is still unanswered.",
      cu("11-03 10:00", """Bonjour,

Nous allons nous installer près de Hawksmoor au printemps avec nos deux chevaux de selle.
Pourriez-vous m'envoyer un devis pour deux pensions complètes à partir d'avril ?

Cordialement,
Julien Moreau"""),
      ag("solene", "11-03 14:00", """Bonjour Monsieur Moreau,

Avec plaisir. Je prépare le devis avec Callum et je vous l'envoie demain.

Bien cordialement,
Solène""", promises=[("11-04", None)]),
      cu("11-09 09:00", """Bonjour Solène,

Avez-vous pu avancer sur le devis ? Nous devons prendre une décision avant la fin du mois.

Cordialement,
Julien Moreau""", chase=True),
      tz=1),
    C("r47-garnier-bon-cadeau", "fr", "pending", {},
      "Élise Garnier <elise.garnier@example.org>", "apple_fr", "Bon cadeau pour ma nièce",
      "Gift voucher from France: answered with a PDF voucher and a payment link; thanks-only.",
      cu("11-15 11:00", """Bonjour,

Ma nièce habite à Hawksmoor et adore les poneys. J'aimerais lui offrir un bon cadeau pour
un stage d'une journée. Est-il possible de l'acheter depuis la France, et pouvez-vous me
l'envoyer par e-mail ?

Merci,
Élise Garnier""", kind="alt"),
      ag("solene", "11-15 15:30", """Bonjour Madame Garnier,

Bien sûr ! J'ai préparé le bon cadeau « Journée poney » (£85), vous le trouverez en pièce
jointe. Vous pouvez le régler en ligne par carte depuis la France :
https://hawksmoorriding.example/vouchers?pay=HW-20467

Bien cordialement,
Solène""", attach=[("application/pdf", "Bon_cadeau_HW-20467.pdf", BON_PDF)]),
      cu("11-15 17:00", """Merci beaucoup, c'est réglé !

Élise""", thanks=True, kind="alt"),
      tz=1),
    C("r48-roux-pony-club", "fr", "pending", {"unanswered-question": 1},
      "Antoine Roux <antoine.roux@example.net>", "gmail", "Inscription de mes fils au Pony Club",
      "How to join and the fee answered with a link; whether they can take a first badge before Christmas is skipped.",
      cu("11-16 19:00", """Bonjour Solène,

Mes deux fils (8 et 10 ans) montent chez vous le samedi depuis septembre et aimeraient
rejoindre le Pony Club. Comment fait-on pour les inscrire ? Combien coûte l'adhésion
annuelle ? Je voudrais aussi savoir s'ils peuvent passer leur premier badge avant Noël.

Merci,
Antoine""", uq=1),
      ag("solene", "11-17 09:00", """Bonjour Antoine,

Super nouvelle ! L'inscription se fait en ligne, en choisissant « Hawksmoor Centre » comme
centre ; l'adhésion annuelle coûte £85 par enfant (£75 pour le second). Le lien :
https://hawksmoorriding.example/ponyclub?join=centre

Bien cordialement,
Solène"""),
    ),
    C("r49-ibanez-semana-santa", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Carmen Ibáñez <carmen.ibanez@example.es>", "gmail_es", "Campamento de Semana Santa",
      "Easter camp dates promised for Monday, sent on Friday after a Spanish chase.",
      cu("11-04 18:00", """Hola:

Mis hijas (8 y 12 años) pasarán la Semana Santa con sus abuelos en Hawksmoor. ¿Tienen
campamento de equitación esos días? ¿Ya están confirmadas las fechas?

Gracias,
Carmen"""),
      ag("lucia", "11-05 09:30", """Hola Carmen:

Sí, hacemos campamento en Semana Santa, pero las fechas de 2027 todavía no están cerradas.
Tom las confirma esta semana y le escribo el lunes con las fechas y los precios.

Un saludo,
Lucía""", promises=[("11-09", 4)]),
      cu("11-12 20:00", """Hola Lucía:

¿Saben ya algo de las fechas del campamento? No he recibido nada desde la semana pasada y
tenemos que organizar el viaje.

Un saludo,
Carmen""", chase=True),
      ag("lucia", "11-13 10:00", """Hola Carmen:

Perdone el retraso. El campamento será del 29 de marzo al 1 de abril de 2027, de 9:30 a
15:30, y cuesta £240 por niña (£220 la segunda). Puede reservar aquí:
https://hawksmoorriding.example/camps/easter?lang=es

Un saludo,
Lucía"""),
      tz=1),
    C("r50-salcedo-pista-cubierta", "es", "closed", {},
      "Diego Salcedo <diego.salcedo@example.com>", "gmail_es", "Alquiler de pista cubierta",
      "Three questions answered inline under each quote.",
      cu("11-11 17:00", """Hola:

Tengo mi caballo en una cuadra cercana y me gustaría alquilar su pista cubierta de vez en
cuando. ¿Cuánto cuesta la hora? ¿Hay que reservar con antelación? ¿Puedo usar los
obstáculos?

Gracias,
Diego"""),
      ag("lucia", "11-11 18:30", """Hola Diego, te contesto entre líneas:

El mié, 11 nov 2026 a las 17:00, Diego Salcedo (<diego.salcedo@example.com>) escribió:
> ¿Cuánto cuesta la hora?

£25 la hora, o £20 entre semana antes de las 16:00.

> ¿Hay que reservar con antelación?

Sí, al menos 24 horas antes, por teléfono o en https://hawksmoorriding.example/arena?book=1

> ¿Puedo usar los obstáculos?

Claro, siempre que los dejes recogidos al terminar.

Un saludo,
Lucía""", quote=False),
    ),
    C("r51-lozano-pablo-clases", "es", "pending", {"unanswered-question": 2},
      "Beatriz Lozano <beatriz.lozano@example.org>", "iphone", "Clases para un niño de 6 años",
      "Four questions; minimum age and price answered, watching the lesson and Sunday mornings skipped.",
      cu("11-17 18:00", """Hola:

Nos acabamos de mudar a Hawksmoor y mi hijo Pablo (6 años) está loco por los caballos.
¿Desde qué edad aceptan niños en las clases? ¿Cuánto cuesta una clase para un niño de su
edad? ¿Puedo quedarme a mirar durante la clase? ¿Y tienen algo los domingos por la mañana?

Gracias,
Beatriz

Enviado desde mi iPhone""", uq=2),
      ag("lucia", "11-18 09:00", """Hola Beatriz:

¡Bienvenidos a Hawksmoor! Aceptamos niños desde los 4 años en las clases de poni a la cuerda,
así que Pablo puede empezar ya. Una clase de 30 minutos cuesta £24.

Un saludo,
Lucía"""),
      tz=1),
    C("r52-navarro-medio-pupilaje", "es", "closed", {},
      "Rocío Navarro <rocio.navarro@example.net>", "gmail_es", "Cambio de pupilaje",
      "A Spanish pleasantry ('¿qué tal todo?') and a price question answered; the change is confirmed.",
      cu("11-06 09:00", """Hola Lucía:

¿Qué tal todo? Espero que la semana haya ido bien. Te escribo porque quiero pasar a mi yegua
de pupilaje DIY a medio pupilaje a partir de diciembre. ¿Cuánto sería al mes?

Un abrazo,
Rocío"""),
      ag("lucia", "11-06 11:00", """Hola Rocío:

¡Todo bien por aquí, gracias! El medio pupilaje son £135 a la semana (unas £585 al mes). Si
me lo confirmas, lo cambio a partir del 1 de diciembre.

Un abrazo,
Lucía"""),
      cu("11-06 13:00", """¡Confirmado, cámbialo desde el 1 de diciembre, por favor! Gracias.

Rocío"""),
      ag("lucia", "11-06 15:00", """Hecho: medio pupilaje desde el 1 de diciembre.

Lucía"""),
    ),
]

UNANSWERED: dict[str, list[str]] = {
    "r02-returning-rider-privates": ["Is there parking on site or should I use the lay-by on the lane?"],
    "r04-brandt-ausritt-dezember": ["Und kann man bei Ihnen vor Ort mit Kreditkarte bezahlen?"],
    "r06-quiroga-clases-adultos": ["¿Hace falta hacerse socia o tener un seguro propio?"],
    "r10-pennington-voucher-resend": ["And is it possible to put a personal message on it?"],
    "r12-bennett-twins-christmas-camp": [
        "Is there any sibling discount?",
        "Could they do the stable management prep for their Pony Club C test during the camp?"],
    "r19-fenwick-farrier-clipping": ["please could you add Ruby to the clipping list for next month - a full clip this time."],
    "r21-doyle-pony-party": ["is there anywhere to plug in a speaker for some music?"],
    "r23-haines-rug-washing": ["please add the extra hay net charge to my November invoice rather than taking it separately"],
    "r25-ashby-invoice-correction": ["And could invoices go to my husband's email (james.ashby@example.com) as well as mine from now on?"],
    "r29-quinlan-lily-moving-up": ["Can she move up to the off-lead group in January?"],
    "r30-stjudes-enrichment": ["is there somewhere a 17-seater can turn round and park for an hour and a half?"],
    "r31-maddox-ziggy-full-livery": [
        "can he go out with a quiet companion rather than in a big group?",
        "would your staff be able to lunge him on the days I can't get up because of work?"],
    "r34-shaw-clover-numnah": ["could you let me know who your saddle fitter is?"],
    "r36-ross-holiday-hack": ["And what's the weight limit for riders?"],
    "r38-dunmore-posted-voucher": ["And could it be made out in her name with a little horse picture if you have one?"],
    "r39-ivers-extra-private": ["is the hat she has (a Harlow Junior Air) OK for your lessons or does it need the newer safety standard?"],
    "r42-seidel-vollpension": ["Können Sie mir auch sagen, ob es bei Ihnen einen Tierarzt gibt, der Englisch und Deutsch spricht?"],
    "r45-lefevre-dressage-samedi": ["Et serait-il possible de monter un cheval plus avancé, capable de faire des changements de pied ?"],
    "r48-roux-pony-club": ["Je voudrais aussi savoir s'ils peuvent passer leur premier badge avant Noël."],
    "r51-lozano-pablo-clases": ["¿Puedo quedarme a mirar durante la clase?",
                                "¿Y tienen algo los domingos por la mañana?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice109 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
