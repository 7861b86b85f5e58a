#!/usr/bin/env python3
"""Regenerate ``tests/practice132/``: a labelled corpus of Heronsgate Golf Club.

A support mailbox of a fictional members' golf club in Hertfordshire (memberships and joining
fees, tee times and society days, lessons with the professional, buggy hire, the clubhouse bar
and function bookings, handicaps and competitions), written without looking at the detection
heuristics, with many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00
with the contract defaults (response target 24 h, follow-up window 2 days, close-after 7 days,
handoff limit 2), support domain ``heronsgategolf.example``.

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

Usage: python scripts/make_practice132_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "heronsgategolf.example"
OFFICE = "Heronsgate Golf Club Office <office@heronsgategolf.example>"

AGENTS = {
    "fiona": ("Fiona Ashdown <fiona.ashdown@heronsgategolf.example>", "outlook", """Fiona Ashdown
Membership Secretary | Heronsgate Golf Club
Heronsgate Lane, Little Ashby, Hertfordshire | 01923 555 014"""),
    "gareth": ("Gareth Pryce <gareth.pryce@heronsgategolf.example>", "apple", """Gareth Pryce
Head PGA Professional | Heronsgate Golf Club Pro Shop | 01923 555 020
Book a lesson: https://heronsgategolf.example/lessons?src=email"""),
    "tess": ("Tess Okafor <tess.okafor@heronsgategolf.example>", "owa", """Tess Okafor
Clubhouse, Functions & Accounts Manager | Heronsgate Golf Club
This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it."""),
    "callum": ("Callum Reid <callum.reid@heronsgategolf.example>", "thunderbird", """-- 
Callum Reid
Competitions & Handicap Secretary | Heronsgate Golf Club
Entries close 6pm on the Thursday before each competition."""),
    "katrin": ("Katrin Vogel <katrin.vogel@heronsgategolf.example>", "thunderbird_de", """-- 
Katrin Vogel
Mitglieder- und Gästeservice (DE/AT/CH) | Heronsgate Golf Club
https://heronsgategolf.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie.roussel@heronsgategolf.example>", "apple_fr", """Amélie Roussel
Accueil des membres et visiteurs francophones | Heronsgate Golf Club
+44 1923 555 017"""),
    "lucia": ("Lucía Ferrer <lucia.ferrer@heronsgategolf.example>", "gmail_es", """--
Lucía Ferrer
Atención a socios y visitantes (ES) | Heronsgate Golf Club
https://heronsgategolf.example/es?utm_source=email"""),
}

ACK = """Hello,

Thank you for contacting Heronsgate Golf Club. This is an automatic reply to
confirm that we have received your email, reference {ref}. The club office is
open Monday to Saturday, 8am to 5pm, and we aim to reply within one working day.

For a tee time today, please ring the pro shop on 01923 555 020.

Heronsgate Golf Club Office
https://heronsgategolf.example/contact?ticket={ref}"""

OUTLOOK_HEADERS = ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"]
CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": [*OUTLOOK_HEADERS, "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": [*OUTLOOK_HEADERS, "X-Mailer: Microsoft Outlook 16.0"],
    "owa": list(OUTLOOK_HEADERS),
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Heronsgate ClubDesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hgc.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice132", title="Heronsgate Golf Club", desk=OFFICE, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="HGC-", reply_prefix=REPLY_PREFIX)

QUOTE_PDF = mailcraft.pdf(["Heronsgate Golf Club - Corporate Day Quotation Q-2611-07",
                           "Harcourt Legal LLP - Thursday 17 June 2027 - 40 players",
                           "Coffee and bacon rolls, 18 holes shotgun 11:00, two-course dinner",
                           "Beginners' clinic with the professional for up to 8 non-golfers",
                           "Total GBP 3,780.00 plus VAT - deposit 25 percent to hold the date"])
CERT_PDF = mailcraft.pdf(["Heronsgate Golf Club - Handicap Certificate",
                          "Member: Ulrike Hartmann - Membership no. 20417",
                          "Handicap Index (WHS) as at 16 November 2026: 21.6",
                          "Signed: Callum Reid, Competitions & Handicap Secretary"])
PROAM_PDF = mailcraft.pdf(["Heronsgate Golf Club - Invoice INV-26-1187",
                           "Dunmore Builders Ltd - Christmas Pro-Am, Saturday 12 December 2026",
                           "Team entry: C. Dunmore, L. Dunmore, M. Bell - GBP 240.00 incl. VAT",
                           "Payment by bank transfer, reference PROAM-1187"])
ROTARY_PDF = mailcraft.pdf(["Heronsgate Golf Club - VAT Invoice INV-26-1142",
                            "St Albans Vale Rotary Club - Charity Golf Day 22 October 2026",
                            "36 players - golf, lunch and prize-giving - GBP 2,340.00",
                            "VAT reg. GB 123 4567 89 - charity no. 1098765 quoted as requested"])
BUGGY_PDF = mailcraft.pdf(["Heronsgate Golf Club - Medical Buggy Pass 2026/27",
                           "Name, membership number, GP or consultant letter enclosed (Y/N)",
                           "Winter conditions: buggies paths-only, no use when course is closed"])
SOCIEDAD_PDF = mailcraft.pdf(["Heronsgate Golf Club - Invoice INV-26-1098 (corrected)",
                              "Sociedad de Golf Hispana - Society day Saturday 24 October 2026",
                              "14 players x GBP 58.00 = GBP 812.00 - deposit paid GBP 400.00",
                              "Refund of GBP 120.00 for 6 players to the original card"])
VOUCHER_PNG = mailcraft.png(14, 9, lambda x, y: (30 + 9 * x, 110 + 10 * y, 60))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("g01-joining-fee-instalments", "en", "closed", {},
      "Rhys Whitcombe <rhys.whitcombe@example.com>", "gmail", "Joining fee - can it be spread?",
      "Prospective member asks three things; Fiona answers all in one paragraph, out of order; thanks-only reply.",
      cu("11-02 19:42", """Hi there,

I played with a couple of your members in the autumn Texas scramble and I'd like to join.
Before I send the form in, a few questions:

Can the joining fee (£500 I think?) be spread over the first year along with the
subscription, or does it have to be paid up front? I'm looking at the 5-day membership -
am I right that I can still play weekends after 2pm, or is it strictly Monday to Friday?
And is there any chance of a locker, or is there a waiting list for those too?

Cheers,
Rhys Whitcombe"""),
      ag("fiona", "11-03 09:15", """Dear Rhys,

Thanks for your email, and glad you enjoyed the scramble. Lockers first: we have a few
half-size ones free at £40 a year, so no waiting list at the moment - just tick the box on
the form. The 5-day category is Monday to Friday only, I'm afraid; weekend play is as a
member's guest or at the twilight visitor rate. And yes, the £500 joining fee can go onto
the monthly direct debit with the subscription over twelve months, at no extra cost.

Kind regards,"""),
      cu("11-03 12:30", """Brilliant, thanks Fiona - form going in the post tonight.

Rhys""", thanks=True),
    ),
    C("g02-society-day-brightwell", "en", "closed", {"unanswered-question": 1},
      "Priya Lakhani <priya.lakhani@brightwell-engineering.example>", "outlook",
      "Society day for 24 - Brightwell Engineering",
      "Society organiser asks price, shotgun start and, in passing, a sample menu; Tess answers the first two only.",
      cu("11-03 14:05", """Hello,

I'm organising our annual society day for Brightwell Engineering and your course has come
highly recommended. We'd be 24 players, ideally on a Friday in May 2027.

What would the price per head be for coffee and a bacon roll on arrival, 18 holes and a
two-course meal in the evening? We'd also love a shotgun start at 10am so everyone
finishes together - is that possible on a Friday?

Could you also send over a sample menu for the evening meal? A few of the team are fussy.

Many thanks,
Priya Lakhani
Office Manager, Brightwell Engineering Ltd""", kind="alt", uq=1),
      ag("tess", "11-04 10:20", """Hi Priya,

Thanks for thinking of us. For 24 players the society package with coffee and a bacon roll,
18 holes and a two-course dinner is £62 per head. A 10am shotgun is fine on Fridays in May
except 14 May (Seniors' Open); 7, 21 and 28 May are all free at present.

Best wishes,"""),
      cu("11-04 11:02", """Thanks Tess, that's really helpful. I'll take it to the social committee and
come back to you with numbers.

Priya""", thanks=True),
    ),
    C("g03-handicap-index-not-updated", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Martin Osei <martin.osei@example.net>", "thunderbird", "Handicap index not updated after Sunday's medal",
      "Index not updated plus a CDH number check; Callum promises an answer by Thursday (never comes) and skips the CDH check.",
      cu("11-09 08:30", """Hi Callum,

My handicap index is still showing 14.2 in the app even though I had net 68 in the
Sunday Medal on the 8th. My marker says he signed the card in the clubhouse so it should
have gone in. Can you see what's happened?

Could you also check that my CDH number is correct on my club profile? It ends 4471 on my England Golf app but 4417 on the club website.

Thanks,
Martin""", uq=1),
      ag("callum", "11-09 11:10", """Morning Martin,

All the Medal cards are in and yours is there (net 68, well played). There's a known
delay with the WHS sync this week, so I'll check with the county office and get back to
you by Thursday.""", promises=[("11-12", None)]),
    ),
    C("g04-buggy-hire-medical", "en", "closed", {},
      "Margaret Hollis <mhollis@example.org>", "apple", "Buggy hire - medical exemption",
      "Three buggy questions answered inline under each quoted question; thanks-only reply.",
      cu("11-05 16:20", """Good afternoon,

After my hip operation I've been told to ride rather than walk for the rest of the winter.

Do I need a doctor's letter to use a buggy when they're restricted in winter?
What does a buggy cost per round for members?
Can I book the buggy online at the same time as my tee time?

With thanks,
Margaret Hollis"""),
      ag("gareth", "11-05 17:05", """Hello Margaret,

> Do I need a doctor's letter to use a buggy when they're restricted in winter?

Yes - a short note from your GP or consultant is enough, and it covers you until the end of
March. Drop it into the pro shop and we'll put you on the medical list.

> What does a buggy cost per round for members?

£22 for 18 holes, £14 for nine.

> Can I book the buggy online at the same time as my tee time?

Not yet, sadly - ring the shop on 01923 555 020 after you've booked and we'll hold one.

Hope the hip is mending well.""", quote=False),
      cu("11-06 09:10", """Thank you Gareth, most helpful. I'll bring the letter in on Monday.

Margaret""", thanks=True),
    ),
    C("g05-junior-lessons-age-11", "en", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Hannah Brierley <hannah.brierley@example.com>", "gmail", "Junior lessons for my son (age 11)",
      "Parent asks about a lesson package, left-handed clubs and whether parents can watch; chases after four days; Gareth answers the first two.",
      cu("11-12 20:15", """Hello,

My son Alfie (11) has caught the golf bug after a taster session at school and we'd like to
book him some proper lessons with the pro.

Do you do a package of six lessons for juniors, and what does it cost? He's left-handed and
we don't own any clubs yet, so is there a junior half set he could borrow while he learns?
Is it OK for parents to watch from the range, or do you prefer we drop off and leave?

Thanks very much,
Hannah Brierley""", uq=1),
      cu("11-16 08:40", """Hi, just following up on my email from last Thursday - I haven't heard anything back
yet. Alfie keeps asking when he can start!

Hannah""", chase=True),
      ag("gareth", "11-16 13:30", """Hi Hannah,

Sorry for the slow reply - I was away at a PGA event at the end of last week.

Our junior package is six 30-minute lessons for £150, and I can start Alfie on Saturday
mornings at 9:30 from the 28th. We keep a left-handed junior half set in the shop for
exactly this, so he can borrow that until he knows what he likes.

Let me know if the 28th suits and I'll put him in the book."""),
    ),
    C("g06-stornierung-startzeiten", "de", "closed", {"unanswered-question": 1},
      "Thomas Reinhardt <t.reinhardt@example.de>", "outlook_de",
      "Stornierung Startzeiten 14. November - Golfreise",
      "German travel group cancels tee times: refund and spring rebooking answered, written confirmation for the insurance skipped.",
      cu("11-04 10:12", """Sehr geehrte Damen und Herren,

leider müssen wir unsere Golfreise nach England absagen; zwei Teilnehmer sind erkrankt.
Wir hatten für Samstag, den 14. November, drei Startzeiten ab 9:30 Uhr für zwölf Spieler
gebucht und eine Anzahlung von 240 £ geleistet.

Erhalten wir die Anzahlung zurück, und wenn ja, auf welchem Weg? Wäre es möglich,
stattdessen einen Termin im April 2027 zu buchen?

Bitte schicken Sie uns außerdem eine schriftliche Stornobestätigung für unsere Reiserücktrittsversicherung.

Mit freundlichen Grüßen
Thomas Reinhardt
Golfreisen Rhein-Main""", tz=1, uq=1),
      ag("katrin", "11-04 14:30", """Sehr geehrter Herr Reinhardt,

vielen Dank für Ihre Nachricht, und gute Besserung an die beiden Erkrankten.

Da Sie mehr als sieben Tage vorher storniert haben, erstatten wir die Anzahlung von 240 £
vollständig auf die Karte, mit der Sie gezahlt haben; das dauert in der Regel fünf
Werktage. Im April 2027 sind samstags noch der 10. und der 24. frei, jeweils ab 9:00 Uhr.
Sagen Sie mir einfach, welcher Termin Ihnen lieber ist.

Mit freundlichen Grüßen"""),
      cu("11-04 16:05", """Vielen Dank, Frau Vogel, das ging ja schnell! Ich bespreche den April mit der Gruppe.

Schöne Grüße
Thomas Reinhardt""", tz=1, thanks=True),
    ),
    C("g07-green-fees-quatre-joueurs", "fr", "pending", {},
      "Julien Marchetti <julien.marchetti@example.fr>", "apple_fr",
      "Green fees pour 4 joueurs - samedi 28 novembre",
      "French visitors: price, dress code and range answered; the customer sends the names asked for (not a chase); booking confirmed.",
      cu("11-16 18:40", """Bonjour,

Nous serons quatre amis de Lille de passage à Londres fin novembre et nous aimerions jouer
chez vous le samedi 28 novembre en fin de matinée.

Quel est le tarif du green fee pour quatre joueurs le samedi ? Le jean est-il accepté sur le
parcours ? Et peut-on acheter des seaux de balles au practice avant de partir ?

Merci d'avance,
Julien Marchetti""", tz=1),
      ag("amelie", "11-17 09:05", """Bonjour Monsieur Marchetti,

Avec plaisir ! Le samedi, le green fee visiteur est de 55 £ par personne, soit 220 £ pour
quatre. Le jean n'est pas accepté sur le parcours ni au club-house : pantalon de golf ou
chino, polo à col. Le practice est ouvert et les seaux de 50 balles sont à 4 £ au pro shop.

Pour réserver, pourriez-vous m'envoyer les noms et index des quatre joueurs ?

Bien cordialement,"""),
      cu("11-17 12:20", """Bonjour Amélie,

Voici les joueurs : Julien Marchetti (index 12,4), Karim Benali (18,0), Thomas Leroy (9,7) et
Olivier Duprez (24,1). Si possible, nous aimerions le départ de 10h20.

Cordialement,
Julien""", tz=1),
      ag("amelie", "11-17 15:00", """Bonjour Julien,

C'est réservé : samedi 28 novembre, départ 10h20 du trou n° 1, quatre joueurs. Le règlement
se fait au pro shop le jour même.

À bientôt à Heronsgate,"""),
    ),
    C("g08-recarga-tarjeta-bar", "es", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Carmen Ibáñez <carmen.ibanez@example.es>", "gmail_es", "Recarga de la tarjeta del bar no aparece",
      "Bar card top-up missing: Lucía promises news on Monday, replies only after a chase on Friday; the request to change the statement e-mail is never handled.",
      cu("11-04 19:30", """Hola:

El domingo 1 de noviembre recargué 50 £ en mi tarjeta del bar, en la barra del club, pagando
con tarjeta. En la aplicación el saldo sigue siendo de 3,20 £. ¿Pueden comprobar qué ha
pasado con esa recarga? Tengo el recibo del datáfono si lo necesitan.

Además, por favor, cambien el correo al que envían los extractos mensuales: a partir de ahora, a esta dirección.

Gracias,
Carmen Ibáñez
Socia n.º 18832""", uq=1),
      ag("lucia", "11-05 09:40", """Hola, Carmen:

Gracias por avisar. Lo reviso con el equipo del bar y le escribo el lunes.

Un saludo,""", promises=[("11-09", 4)]),
      cu("11-12 18:15", """Hola, Lucía:

¿Hay alguna novedad sobre la recarga? Sigo esperando y el saldo sigue en 3,20 £.

Carmen""", chase=True),
      ag("lucia", "11-13 10:05", """Hola, Carmen:

Disculpe la demora. Lo hemos encontrado: la recarga se cargó por error en la tarjeta de
otro socio con el mismo apellido. Ya está corregido y su saldo actual es de 53,20 £.

Un saludo,"""),
    ),
    C("g09-ruby-wedding-garden-room", "en", "pending", {},
      "Derek Ashworth <derek.ashworth@ashworthfamily.example>", "android",
      "Ruby wedding party - Garden Room, Sat 16 January",
      "Function enquiry: capacity and cake answered, the late licence deferred to a quote promised for Tuesday 24 November (still ahead).",
      cu("11-17 21:10", """Hi,

We're planning our ruby wedding party for Saturday 16 January and would love to have it in
the Garden Room. Roughly 60 guests, evening do with a buffet.

How many does the Garden Room hold for a buffet? Are we allowed to bring our own cake (my
sister is making it)? And can the bar stay open until midnight?

Thanks
Derek Ashworth

Sent from Outlook for Android"""),
      ag("tess", "11-18 10:30", """Hi Derek,

Congratulations in advance! The Garden Room takes 70 for a seated buffet or 90 standing, so
60 is a comfortable fit, and 16 January is free. Your own cake is absolutely fine - there's
no cake-cutting charge and we'll put it on a stand for you.

Midnight needs a temporary extension of our licence, which I have to check with the
General Manager. I'll send you the full quote with the late licence option by Tuesday 24
November.

Kind regards,""", promises=[("11-24", None)]),
    ),
    C("g10-country-membership-reopened", "en", "pending", {"reopened": 1},
      "Alan Whitlock <alan.whitlock@example.org>", "outlook", "Change from full to country membership",
      "Category change confirmed and explicitly resolved; two weeks later the customer writes about the direct debit in the same thread.",
      cu("11-02 10:00", """Dear Fiona,

We're moving to Norfolk after Christmas, but I'd like to keep my membership at Heronsgate
as I'll still be down most months. I believe there's a country category for members who live
more than 50 miles away - what is the subscription, and can I switch from 1 January?

Regards,
Alan Whitlock"""),
      ag("fiona", "11-02 15:20", """Dear Alan,

Sorry to hear you're moving away, but pleased you're staying with us. Country membership is
£720 a year and you qualify once your new address is more than 50 miles away. I've changed
your category from 1 January 2027; you'll receive the new direct debit schedule in December.

I'll mark this as resolved, but do get in touch if anything else comes up.

Kind regards,""", closes=True),
      cu("11-16 09:30", """Dear Fiona,

Sorry to come back on this. The direct debit on 15 November still took the full-membership
amount of £148.50. Is that right, or should the reduced rate have started already?

Regards,
Alan"""),
      ag("fiona", "11-16 14:10", """Dear Alan,

Yes, that's correct: November and December are still at the full rate because the change
takes effect on 1 January. Your first country instalment of £60 will be taken on 15 January.

Kind regards,"""),
    ),
    C("g11-winter-rules", "en", "closed", {},
      "Steve Kowalczyk <steve.k@example.net>", "gmail", "Winter rules?",
      "Two winter-rules questions answered with a link; a third question the customer answers himself.",
      cu("11-06 07:55", """Morning Callum,

Quick ones before Saturday. Are preferred lies in operation this month? And does the
Saturday medal still count for handicap if we're playing to temporary greens on the 4th and
12th? Also where's the local rules sheet for winter - oh, scratch that, just found it
pinned up by the locker room door.

Steve"""),
      ag("callum", "11-06 09:20", """Hi Steve,

Preferred lies (six inches, closely mown areas only) have been in from 1 November. Saturday
still counts - the committee has confirmed two temporary greens is within the limit for an
acceptable score, as it is all winter. Everything is on the notice page:
https://heronsgategolf.example/course/winter-rules?season=2026"""),
    ),
    C("g12-corporate-golf-day-harcourt", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Jonathan Pike <jonathan.pike@harcourtlegal.example>", "outlook", "Corporate golf day - Harcourt Legal, June 2027",
      "Corporate day with a Cc'd colleague: quote promised by Friday arrives after a chase the next Tuesday; the terrace question in the chase is not answered.",
      cu("11-03 11:30", """Dear Sir or Madam,

Harcourt Legal is planning a client golf day next summer for around 40 guests, some of whom
have never played. Would Thursday 10 June or Thursday 17 June 2027 be available for a
shotgun start? Could the professional run a short beginners' clinic for the non-golfers
while the others play? We would need a full quote including dinner.

I have copied my colleague Sophie, who is handling the invitations.

Kind regards,
Jonathan Pike
Partner, Harcourt Legal LLP

This email is confidential and may be legally privileged. If you are not the intended
recipient, please notify the sender and delete it; do not copy or disclose its contents.""",
         cc="Sophie Lane <sophie.lane@harcourtlegal.example>"),
      ag("tess", "11-03 16:00", """Dear Jonathan,

Thank you for your enquiry. Both Thursdays are currently free for a shotgun start. Gareth,
our head professional, regularly runs a 90-minute beginners' clinic for up to eight guests
while the field is out, at £15 per person.

I'll put a full quote together including dinner and send it to you by Friday.

Kind regards,""", promises=[("11-06", 4)]),
      cu("11-10 09:15", """Hi Tess,

Any news on the quote? Our partners' meeting is on Thursday and I'd like to put a figure in
front of them.

Also - can we hold the prize-giving out on the terrace if the weather's kind?

Thanks,
Jonathan""", chase=True, uq=1, cc="Sophie Lane <sophie.lane@harcourtlegal.example>"),
      ag("tess", "11-10 12:40", """Dear Jonathan,

My apologies for the delay. Please find the quote attached for Thursday 17 June: 40 players,
coffee and bacon rolls, 18 holes with an 11:00 shotgun, the beginners' clinic and a
two-course dinner, £3,780 plus VAT. A 25% deposit holds the date.

Kind regards,""", attach=[("application/pdf", "Heronsgate-Quote-Q-2611-07.pdf", QUOTE_PDF)]),
    ),
    C("g13-lost-umbrella-rangefinder", "en", "closed", {},
      "Bev Sturridge <bev.sturridge@example.com>", "iphone", "Left my umbrella + rangefinder",
      "Lost property from an iPhone; both questions answered in one line; thanks-only reply.",
      cu("11-08 17:48", """Hi, think I left my green Titleist umbrella and a Bushnell rangefinder on buggy 4
after this morning's fourball. Have they been handed in? Can someone keep them behind the
bar till Tuesday? I'm away till then.
Bev

Sent from my iPhone"""),
      ag("tess", "11-09 08:50", """Morning Bev,

Both were handed in by the greenkeepers - they're behind the bar in a bag with your name on,
and they'll stay there until you're back.

Tess"""),
      cu("11-09 09:02", """Star, thank you!

Sent from my iPhone""", thanks=True),
    ),
    C("g14-iron-fitting", "en", "pending", {"unanswered-question": 2},
      "Neil Fairbrother <neil.fairbrother@example.org>", "gmail", "Custom fitting - irons",
      "Four questions in one paragraph; Gareth answers cost, refund and the launch monitor, not the own-shafts or trade-in questions.",
      cu("11-15 21:30", """Hi Gareth,

I'm thinking of replacing my old irons before next season and wondered about a proper fitting with you. How much is an iron fitting and how long does it take, and is the fee knocked off if I buy a set through the shop? Which launch monitor do you use - is it the TrackMan in the studio? Could I bring my own shafts from my current set and have them fitted into new heads? I'm quite attached to them. And do you take trade-ins on old irons? Mine are eight-year-old Mizunos in decent nick.

Cheers,
Neil""", uq=2),
      ag("gareth", "11-16 10:15", """Hi Neil,

An iron fitting takes about an hour and costs £60, and the fee comes off in full if you
order a set through us. We use the TrackMan 4 in the indoor studio, so weather isn't an
issue. I've got Thursday 26th at 6pm or Saturday 28th at 2pm free - just say which."""),
    ),
    C("g15-handicap-nachweis-mallorca", "de", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Ulrike Hartmann <ulrike.hartmann@example.de>", "gmail_de", "Handicap-Nachweis für Golfurlaub auf Mallorca",
      "Member needs a handicap certificate; chases on Monday; Katrin sends a signed PDF and answers both questions.",
      cu("11-13 10:20", """Hallo,

ich fliege am 2. Dezember nach Mallorca und der Platz verlangt einen Handicap-Nachweis auf
Englisch, mit Stempel oder Unterschrift des Heimatclubs.

Können Sie mir so eine Bescheinigung ausstellen? Reicht ein PDF per E-Mail, oder brauche ich
das Original? Und kann sie jemand aus dem Handicap-Ausschuss unterschreiben?

Vielen Dank und viele Grüße
Ulrike Hartmann
Mitgliedsnummer 20417""", tz=1),
      cu("11-16 08:05", """Hallo nochmal,

ich warte immer noch auf eine Antwort auf meine Mail vom Freitag. Die Zeit wird langsam
knapp - ich müsste den Nachweis bis Ende der Woche an den Platz schicken.

Viele Grüße
Ulrike Hartmann""", tz=1, chase=True),
      ag("katrin", "11-16 11:30", """Liebe Frau Hartmann,

entschuldigen Sie bitte die späte Antwort. Anbei Ihr Handicap-Nachweis auf Englisch, von
Callum Reid (Handicap-Sekretär) unterschrieben. Ein PDF reicht den meisten Plätzen auf
Mallorca; falls doch das Original verlangt wird, liegt ein gestempeltes Exemplar für Sie im
Sekretariat.

Schönen Urlaub!""", attach=[("application/pdf", "Handicap-Certificate-Hartmann.pdf", CERT_PDF)]),
    ),
    C("g16-section-junior-inscription", "fr", "closed", {"unanswered-question": 1},
      "Nathalie Dupuis <nathalie.dupuis@example.fr>", "apple_fr", "Section junior - inscription de nos deux enfants",
      "French family asks four things about the junior section; Amélie answers three, not weekend play; thanks-only reply.",
      cu("11-02 20:10", """Bonjour,

Nous venons de nous installer à Little Ashby (nous arrivons de Lyon) et nos deux enfants,
Léa (9 ans) et Hugo (13 ans), aimeraient rejoindre la section junior.

Quelles sont les limites d'âge et les cotisations pour les juniors ? Les juniors peuvent-ils jouer le week-end, et si oui à partir de quelle heure ? Enfin, y a-t-il des entraînements le samedi matin avec le professeur ?

Merci beaucoup,
Nathalie Dupuis""", uq=1),
      ag("amelie", "11-03 09:30", """Bonjour Madame Dupuis,

Bienvenue à Little Ashby ! La section junior accueille les enfants de 8 à 18 ans. La
cotisation annuelle est de 95 £ pour les moins de 12 ans (donc Léa) et de 160 £ de 12 à 17
ans (Hugo). Gareth, notre professeur, anime un entraînement junior chaque samedi de 9h à
10h30, 5 £ la séance, matériel prêté si besoin.

Bien à vous,"""),
      cu("11-03 12:00", """Merci beaucoup, c'est très clair. Nous passerons au club samedi.

Nathalie""", thanks=True),
    ),
    C("g17-devolucion-deposito-sociedad", "es", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Javier Montoya <javier.montoya@sociedadgolfhispana.example>", "outlook",
      "Depósito del día de la sociedad - devolución",
      "Society organiser asks for part of the deposit back and a corrected invoice; chases after four days; Lucía answers both.",
      cu("10-29 18:00", """Buenas tardes:

El sábado 24 de octubre jugamos con la Sociedad de Golf Hispana en su campo. Habíamos
reservado para 20 jugadores, pero finalmente vinieron 14, y lo avisamos por teléfono el
miércoles anterior.

¿Es posible que nos devuelvan la parte del depósito correspondiente a los seis jugadores que
no vinieron? ¿Y podrían enviarnos la factura corregida para 14 jugadores?

Un saludo,
Javier Montoya
Tesorero, Sociedad de Golf Hispana (Londres)"""),
      cu("11-02 10:10", """Buenos días:

¿Hay alguna novedad? Sigo esperando respuesta desde el jueves.

Javier Montoya""", chase=True),
      ag("lucia", "11-02 15:45", """Estimado Javier:

Perdone la espera. Como nos avisaron con más de 48 horas de antelación, les devolvemos 6 x
20 £ = 120 £ a la tarjeta con la que pagaron el depósito; lo verán en 3-5 días hábiles. La
factura corregida para 14 jugadores va adjunta.

Un saludo cordial,""", attach=[("application/pdf", "Factura-INV-26-1098-corregida.pdf", SOCIEDAD_PDF)]),
    ),
    C("g18-greens-hollow-tined", "en", "closed", {},
      "Graham Tovey <graham.tovey@example.com>", "thunderbird", "Greens hollow tined without warning",
      "Annoyed member with a rhetorical question; both real questions answered.",
      cu("11-10 18:30", """Callum,

I turned up on Sunday to find every green hollow tined and sanded. Who decides to hollow tine
the greens the week of the Winter Foursomes? Not a word in the newsletter either.

How long before the greens are back to normal? And are visitors still being charged full
green fees while they're like this?

Graham Tovey"""),
      ag("callum", "11-11 09:00", """Hi Graham,

Fair point about the newsletter - the work was brought forward because of the dry spell, and
the notice only went on the board, which wasn't good enough.

The greens should have healed in 10 to 14 days, so by the last week of November. Visitors
are on the winter rate of £30 until then, not the usual £45."""),
    ),
    C("g19-buggy-battery-flat", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Paul Denning <paul.denning@example.net>", "android", "Buggy died on the 14th",
      "A flat buggy: Gareth will check the log and come back about the refund (no deadline, never); the request to take buggy 7 out of service is ignored.",
      cu("11-01 16:40", """Hi

Buggy 7 ran out of charge on the 14th tee this afternoon and we had to push it up the hill
back to the clubhouse. Not ideal with my knee. Can I have the £22 hire back?

Please also make sure buggy 7 is taken out of service until someone has looked at the battery.

Paul Denning

Sent from Outlook for Android""", uq=1),
      ag("gareth", "11-02 09:30", """Hi Paul,

Really sorry about that, not what you need with a dodgy knee. Let me check the charging log
with our buggy mechanic and I'll come back to you about a refund.""", promises=[("window", None)]),
    ),
    C("g20-tee-booking-app-login", "en", "open", {"awaiting-reply": 1},
      "Ian Castleton <ian.castleton@example.org>", "owa", "Can't log in to the tee booking app",
      "Locked out of the booking app; only the helpdesk acknowledgement (service-hours text) has answered in two and a half days.",
      cu("11-18 07:45", """Hello,

Since the app update on Monday I can't log in to book tee times. The "forgotten password"
link says an email has been sent but nothing arrives (I've checked junk).

Could you reset my login, please? Membership number 17260. And in the meantime could
someone book me 8:10 on Saturday with my usual three? I'd rather not lose it.

Thanks,
Ian Castleton"""),
      ack("11-18 07:46"),
    ),
    C("g21-electric-trolley-storage", "en", "open", {},
      "Lorraine Mabey <lorraine.mabey@example.com>", "gmail", "Electric trolley storage",
      "A fresh enquiry this morning, acknowledged automatically; still inside the response target.",
      cu("11-20 10:15", """Hello,

I've just bought an electric trolley and my car boot is not big enough to live with it.
Do you have space in the trolley store with a charging point? What is the annual charge,
and is there a waiting list?

Many thanks,
Lorraine Mabey"""),
      ack("11-20 10:16"),
    ),
    C("g22-club-championship-entry", "en", "closed", {"unanswered-question": 1},
      "Sanjay Mehta <sanjay.mehta@example.net>", "gmail", "Club Championship 2027 - entry",
      "Answered in October; a second mail in November asks a new question and a request; Callum does the request only.",
      cu("10-27 19:00", """Hi Callum,

Now that I'm down to 4.8 I'd like to have a go at the Club Championship next year. When do
entries close, and is it still 36 holes of stroke play?

Thanks,
Sanjay"""),
      ag("callum", "10-28 08:45", """Hi Sanjay,

Good on you. Entries close on 30 April; it's 36 holes of stroke play over the first weekend
of June, and the leading 16 go through to the matchplay stage."""),
      cu("11-09 20:30", """Hi Callum,

One more thing I forgot to ask: does the championship count as a qualifier for the county Scratch Cup? And please put me on the reserve list for the Winter Foursomes if a place comes up - my usual partner has done his back.

Cheers,
Sanjay""", uq=1),
      ag("callum", "11-10 08:30", """Done - you're second reserve for the Winter Foursomes. I'll ring you if a pair drops out."""),
    ),
    C("g23-locker-three-agents", "en", "pending", {"many-handoffs": 1},
      "Robert Haines <robert.haines@example.com>", "outlook", "Locker for 2027",
      "A locker request goes from Fiona to Gareth to Tess; every question answered, three agents on the case.",
      cu("11-12 12:00", """Hello,

I'd like to rent a full-size locker for 2027 if one is available. How much are they now?

Regards,
Robert Haines"""),
      ag("fiona", "11-12 15:30", """Dear Robert,

Lockers are looked after by the pro shop these days, so I've copied your email to Gareth.

Kind regards,"""),
      ag("gareth", "11-13 09:10", """Hi Robert,

Full-size lockers are £65 for the year. Number 112, by the window, is free from January and
I've put your name on it. The invoice comes from the office."""),
      cu("11-13 10:00", """Thanks Gareth - yes please, 112 is perfect. Can I pay by bank transfer rather than
card?

Robert"""),
      ag("tess", "11-16 10:00", """Dear Robert,

Yes, a bank transfer is fine. Please pay £65 to Heronsgate Golf Club Ltd, sort code
40-11-62, account 71234568, reference LOCKER112-HAINES.

Kind regards,"""),
    ),
    C("g24-vale-regalo-green-fee", "es", "pending", {},
      "Diego Salcedo <diego.salcedo@example.com>", "gmail_es", "Vale regalo - green fee para dos",
      "Voucher questions answered; the customer sends the photo Lucía asked for with a date (not a chase); booking confirmed.",
      cu("11-15 20:00", """Hola:

Mis compañeros de trabajo me regalaron un vale de green fee para dos personas en su club por
mi despedida. ¿Cuánto tiempo es válido? ¿Se puede usar en fin de semana? ¿Incluye el buggy?

Gracias,
Diego Salcedo"""),
      ag("lucia", "11-16 09:00", """Hola, Diego:

¡Enhorabuena por el regalo! Los vales son válidos 12 meses desde la fecha de emisión y se
pueden usar en fin de semana a partir de las 11:00. El buggy no está incluido (30 £ por
ronda).

Si me envía una foto del vale con el código, le reservo la salida.

Un saludo,"""),
      cu("11-16 13:20", """Hola, Lucía:

Aquí tiene la foto del vale; el código es HGC-V-20931. Nos gustaría jugar el sábado 5 de
diciembre a mediodía.

Diego""", attach=[("image/png", "vale-regalo.png", VOUCHER_PNG)]),
      ag("lucia", "11-16 16:40", """Hola, Diego:

El vale es válido hasta el 2 de octubre de 2027. Les he reservado el sábado 5 de diciembre a
las 12:30, dos jugadores.

Un saludo,"""),
    ),
    C("g25-section-dames-mardi", "fr", "closed", {"missed-follow-up": 1},
      "Isabelle Carpentier <isabelle.carpentier@example.com>", "gmail", "Section dames - mardi matin",
      "New member asks about the ladies' roll-up; the section fee is promised 'd'ici jeudi' and comes on Monday.",
      cu("11-04 13:15", """Bonjour,

Je suis membre depuis octobre et j'aimerais rejoindre la section dames. À quelle heure est le
rendez-vous du mardi matin ? Faut-il déjà avoir un index pour y participer ? Et combien coûte
la cotisation de la section ?

Merci et bonne journée,
Isabelle Carpentier"""),
      ag("amelie", "11-04 16:40", """Bonjour Isabelle,

Le « roll-up » des dames a lieu chaque mardi : rendez-vous à 9h00 au bar, départs vers 9h30.
Aucun index n'est nécessaire pour le roll-up, seulement pour les compétitions de la section.

Pour la cotisation, je vérifie auprès de la trésorière de la section et je reviens vers vous
d'ici jeudi.

Bien à vous,""", promises=[("11-05", 3)]),
      ag("amelie", "11-09 10:20", """Bonjour Isabelle,

Désolée pour ce retard : la cotisation de la section dames est de 25 £ par an, à régler au
bar ou par virement à la section.

Bien à vous,"""),
    ),
    C("g26-pro-am-entry-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Chris Dunmore <chris.dunmore@dunmorebuilders.example>", "outlook", "Pro-Am entry - team of 3 + invoice",
      "Unanswered Pro-Am entry resent word for word as a new mail five days later; Callum confirms and attaches the invoice.",
      cu("11-11 14:00", """Hi,

We'd like to enter a team of three amateurs in the Christmas Pro-Am on 12 December: Chris
Dunmore (HI 11.3), Lee Dunmore (HI 17.8) and Marcus Bell (HI 22.0).

Could you confirm we're in and send an invoice for the £240 entry made out to Dunmore
Builders Ltd?

Thanks,
Chris Dunmore"""),
      cu("11-16 09:00", """Hi,

We'd like to enter a team of three amateurs in the Christmas Pro-Am on 12 December: Chris
Dunmore (HI 11.3), Lee Dunmore (HI 17.8) and Marcus Bell (HI 22.0).

Could you confirm we're in and send an invoice for the £240 entry made out to Dunmore
Builders Ltd?

Thanks,
Chris Dunmore""", parent=0, chase=True),
      ag("callum", "11-16 12:00", """Hi Chris,

Apologies - your first email got buried under the Pro-Am entries. Your team is in: you'll
play with Jamie Holt from Denham Park, tee time to follow in the draw on 5 December. The
invoice is attached, made out to Dunmore Builders Ltd.""",
         attach=[("application/pdf", "Invoice-INV-26-1187.pdf", PROAM_PDF)]),
    ),
    C("g27-agm-proxy-out-of-office", "en", "closed", {},
      "Diana Fenwick <diana.fenwick@example.org>", "outlook", "AGM date and proxy vote",
      "AGM date and proxy answered; the customer's out-of-office answers Fiona's reply (automatic, not a message).",
      cu("11-05 10:00", """Dear Fiona,

When is this year's AGM? I'm travelling a lot in December and may not be there - can I vote
by proxy on the subscription motion?

Best wishes,
Diana Fenwick"""),
      ag("fiona", "11-05 12:30", """Dear Diana,

The AGM is on Thursday 3 December at 7.30pm in the main lounge. Yes, you can vote by proxy:
the form is on the members' page and needs to reach the office by 5pm on 1 December:
https://heronsgategolf.example/members/agm-2026?doc=proxy

Kind regards,"""),
      auto("11-05 12:31", """Thank you for your email. I am out of the office until Monday 16 November with
limited access to email. For anything urgent please contact my assistant on 020 7946 0192.

Diana Fenwick""", quote=False, subject="Automatic reply: AGM date and proxy vote"),
    ),
    C("g28-weihnachtsfeier-clubhaus", "de", "pending", {"unanswered-question": 1},
      "Markus Lehner <markus.lehner@lehner-maschinenbau.example>", "outlook_de",
      "Weihnachtsfeier 11. Dezember - Clubhaus",
      "German company's UK office books a Christmas party: menu price, vegetarian options and music answered; the coach parking question is skipped.",
      cu("11-16 09:30", """Guten Tag,

wir möchten unsere Weihnachtsfeier am Freitag, 11. Dezember, im Clubhaus feiern, mit ca. 35
Personen aus unserem Büro in Watford.

Was kostet ein Drei-Gänge-Menü pro Person? Gibt es vegetarische und vegane Optionen? Dürfen
wir einen DJ mitbringen, und bis wann darf Musik gespielt werden?

Außerdem: Kann ein Reisebus mit 50 Sitzen auf Ihrem Parkplatz halten und dort bis Mitternacht warten?

Mit freundlichen Grüßen
Markus Lehner
Lehner Maschinenbau UK Ltd""", uq=1),
      ag("katrin", "11-16 15:00", """Sehr geehrter Herr Lehner,

vielen Dank für Ihre Anfrage - der 11. Dezember ist noch frei. Das Drei-Gänge-Weihnachtsmenü
kostet 42 £ pro Person; es gibt jeweils eine vegetarische und eine vegane Variante für jeden
Gang. Ein eigener DJ ist willkommen, Musik ist laut unserer Lizenz bis 24 Uhr erlaubt.

Mit freundlichen Grüßen"""),
    ),
    C("g29-cours-debutant-janvier", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Paul-Antoine Garnier <pa.garnier@example.fr>", "gmail", "Cours pour débutant - janvier",
      "Beginner's course: the January timetable promised for the next day comes after 'Je me permets de vous relancer'.",
      cu("11-10 19:00", """Bonsoir,

Je n'ai jamais joué au golf et j'aimerais commencer en janvier. Proposez-vous des cours
collectifs pour débutants ? Quel en est le prix, et les clubs sont-ils prêtés ?

Cordialement,
Paul-Antoine Garnier""", tz=1),
      ag("amelie", "11-11 09:15", """Bonsoir Monsieur Garnier,

Oui, Gareth propose un cycle « Get into Golf » de six séances d'une heure en petit groupe,
pour 120 £ ; les clubs et les balles sont prêtés pendant tout le cycle. Je vous envoie le
planning des cours de janvier demain.

Bien cordialement,""", promises=[("11-12", 4)]),
      cu("11-16 20:00", """Bonsoir Amélie,

Je me permets de vous relancer au sujet du planning de janvier : je dois poser mes jours de
congé avant vendredi.

Merci,
Paul-Antoine""", tz=1, chase=True),
      ag("amelie", "11-17 09:30", """Bonjour Paul-Antoine,

Toutes mes excuses. Le cycle débutant de janvier a lieu le mardi de 18h à 19h, du 12 janvier
au 16 février. Il reste trois places ; dites-moi si je vous en réserve une.

Bien cordialement,"""),
    ),
    C("g30-clases-profesor-precios", "es", "closed", {},
      "Rocío Navarro <rocio.navarro@example.com>", "gmail_es", "Clases con el profesor - precios",
      "Three questions answered inline, one with a bare figure; thanks-only reply.",
      cu("11-03 18:00", """Hola:

Quiero mejorar mi swing antes de un viaje de golf en primavera.

¿Cuánto cuesta una clase de media hora con Gareth?
¿Las clases pueden ser en español?
¿Se puede pagar con tarjeta?

Gracias,
Rocío Navarro"""),
      ag("lucia", "11-04 09:10", """Hola, Rocío:

> ¿Cuánto cuesta una clase de media hora con Gareth?

35 £.

> ¿Las clases pueden ser en español?

Gareth no habla español, pero su ayudante Pablo sí, y da clases los miércoles y sábados.

> ¿Se puede pagar con tarjeta?

Sí, en el pro shop o al reservar online.

Un saludo,""", quote=False),
      cu("11-04 10:00", """¡Muchas gracias, Lucía! Reservaré con Pablo.

Rocío""", thanks=True),
    ),
    C("g31-seven-day-waiting-list", "en", "closed", {"unanswered-question": 1},
      "Owen Prothero <owen.prothero@example.net>", "gmail", "7-day membership waiting list",
      "Waiting-list question answered; the switch-without-second-joining-fee question gets the 5-day price instead.",
      cu("11-02 12:00", """Hello,

How long is the waiting list for 7-day membership at the moment? I'd rather not wait a year
and a half without playing. If I join as a 5-day member in the meantime, can I move up to 7-day without paying a second joining fee?

Thanks,
Owen Prothero""", uq=1),
      ag("fiona", "11-02 16:00", """Dear Owen,

The 7-day list is currently about 14 months. We do have 5-day places available straight
away: the subscription is £1,180 a year plus the £400 joining fee, and you can start as soon
as your proposer and seconder have signed the form.

Kind regards,"""),
    ),
    C("g32-bar-prices-captains-dinner", "en", "closed", {},
      "Keith Arbuthnot <keith.arbuthnot@example.com>", "thunderbird", "Bar prices at the Captain's dinner",
      "Complaint about function-bar prices; Tess answers the discount question and marks the ticket as resolved.",
      cu("11-09 22:10", """Tess,

At the Captain's dinner on Saturday a pint of Landlord was £5.80, against £4.90 at the bar on
any other night. Does the 10% member discount on our bar cards not apply at functions?

Keith Arbuthnot"""),
      ag("tess", "11-10 10:00", """Dear Keith,

You're right that the prices differ. The member discount doesn't apply at function bars,
because those run at function rates that include the extra bar staff we bring in for the
evening. It should have been on the menu card on the night, and from the Christmas dinner it
will be.

I'll mark this ticket as resolved, but do shout if there's anything else.

Kind regards,""", closes=True),
    ),
    C("g33-simulator-winter", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ella Winstanley <ella.winstanley@example.org>", "iphone", "Simulator sessions over winter",
      "Member rate answered; January availability promised 'by end of day' never comes; the gift-card question is skipped.",
      cu("11-16 07:30", """Hi Gareth

What's the January availability for the simulator on weekday evenings? Is there a member rate?
Do you sell gift cards for the simulator? It'd make a good Christmas present for my dad.

Ella

Sent from my iPhone""", uq=1),
      ag("gareth", "11-16 12:00", """Hi Ella,

Members pay £20 an hour in the studio (visitors £30). January isn't open in the booking
system yet - I'll email you the weekday evening availability by end of day.""",
         promises=[("11-16", None)]),
    ),
    C("g34-lesson-voucher-husband", "en", "pending", {},
      "Sue Partington <sue.partington@example.com>", "android", "Lesson voucher for my husband",
      "Three voucher questions answered; the customer sends her address as asked (not a chase); the posting day is logistics.",
      cu("11-15 19:00", """Hi,

I'd like to buy my husband three lessons with Gareth for Christmas. Can you post the voucher
to us? How long would it be valid for? And can I pay over the phone?

Thanks
Sue Partington

Sent from Outlook for Android"""),
      ag("gareth", "11-16 09:30", """Hi Sue,

Lovely present. Three 30-minute lessons come to £100 and the voucher is valid for 12 months.
You can pay over the phone on 01923 555 020, and yes, we're happy to post it - just send me
the address."""),
      cu("11-16 12:00", """Hi Gareth, paid over the phone this morning with Josh in the shop. Address is
14 Orchard Rise, Little Ashby, WD3 7QT. Please put it in a plain envelope, he opens the post!

Sue""", client="android"),
      ag("gareth", "11-16 16:15", """Thanks Sue - it's in a plain envelope and goes out with Royal Mail second class on
Monday."""),
    ),
    C("g35-stableford-results-three-things", "en", "pending", {"unanswered-question": 1},
      "Gordon McAllister <gordon.mcallister@example.net>", "outlook", "Saturday Stableford results - three things",
      "Numbered list of three items; Callum fixes the score and the voucher, not the honours-board spelling.",
      cu("11-15 18:00", """Callum,

Three things after Saturday, if you don't mind:

1. The results show me on 34 points but my card was 36 - I think the 11th was entered as a
blob instead of a par.
2. I still haven't received the voucher for second place in the October Medal.
3. Please correct the spelling of my surname on the honours board for the 2025 Seniors - it's McAllister, not MacAllister.

Thanks,
Gordon McAllister""", uq=1),
      ag("callum", "11-16 10:40", """Hi Gordon,

You're quite right about the 11th - corrected, you're now on 36 points and third in the
division. The October Medal voucher (£25 pro shop credit) is in your pigeonhole; it was put
in the wrong one, sorry about that."""),
    ),
    C("g36-christening-lunch", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Laura Chen <laura.chen@example.com>", "gmail", "Christening lunch - 29 November",
      "Function enquiry acknowledged automatically; the customer chases four days later; no human reply yet.",
      cu("11-13 14:30", """Hello,

We'd like to book a christening lunch for 30 guests (8 of them children) on Sunday 29
November, after the 11am service at St Mary's.

Do you have high chairs? How much deposit do you need to hold the date? And is there room
for a couple of prams in the dining room?

Thank you,
Laura Chen"""),
      ack("11-13 14:31"),
      cu("11-17 09:00", """Hello,

I still haven't heard back about this - the christening is only a couple of weeks away.
Could someone get back to me, please?

Laura Chen""", chase=True),
    ),
    C("g37-handicap-review-appeal", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Barry Lomax <barry.lomax@example.org>", "thunderbird", "Handicap review - cut from 18.4",
      "Long mail about a committee handicap cut: appeal outcome promised the day after the meeting (never sent); the General Play question is not answered.",
      cu("11-02 21:00", """Dear Callum,

I got the letter saying the Handicap Committee has cut my index from 18.4 to 16.0 after its
annual review. I don't understand why, as I've had a poor summer and my last six Medal scores
were all above handicap. Do my General Play scores from the trip to Portugal in October count, and if not, why not? I'd also like to appeal the decision and, if possible, speak to the committee in person rather than by letter.

Regards,
Barry Lomax""", uq=1),
      ag("callum", "11-03 09:30", """Dear Barry,

The annual review looks at the whole year, not just the recent Medals, and your Summer
Knockout and club matchplay rounds were well below your index, which is what the committee
acted on. You're entitled to appeal and you're welcome to attend: the Handicap Committee
meets on 5 November at 6pm, and I'll let you know the outcome the day after.""",
         promises=[("11-06", None)]),
    ),
    C("g38-guest-on-sunday", "en", "closed", {},
      "Tony Gilchrist <tony.gilchrist@example.com>", "apple", "Guest on Sunday",
      "A pleasantry and three questions; Fiona answers with a bare 'Of course' and two figures; thanks-only reply.",
      cu("11-09 08:00", """Morning Fiona, hope you had a good weekend?

Can I bring my brother-in-law on Sunday 15th? What's the guest fee these days, and can he
share my buggy or does he need his own?

Tony"""),
      ag("fiona", "11-09 09:40", """Morning Tony,

Of course. £40 at weekends with a member, and sharing your buggy is fine.

Kind regards,"""),
      cu("11-09 10:10", """Cheers Fiona, see you Sunday.

Tony""", thanks=True),
    ),
    C("g39-rotary-golf-day-invoice", "en", "closed", {},
      "Margaret Oduya <m.oduya@stalbansrotary.example>", "outlook", "Invoice for Rotary golf day",
      "VAT invoice request answered with the PDF; the reply lost its In-Reply-To/References; thanks-only reply.",
      cu("11-05 11:00", """Dear Tess,

Thank you again for a lovely day on 22 October - we raised over £3,000 for the hospice.
Could you send us a VAT invoice for the day with our charity number (1098765) on it? Our
treasurer needs it for the accounts.

Kind regards,
Margaret Oduya
Secretary, St Albans Vale Rotary Club"""),
      ag("tess", "11-05 14:00", """Dear Margaret,

Wonderful news about the total. The VAT invoice with your charity number is attached.

Kind regards,""", thread=False, attach=[("application/pdf", "Invoice-INV-26-1142.pdf", ROTARY_PDF)]),
      cu("11-05 15:30", """Many thanks Tess, that's exactly what he needed.

Margaret""", thanks=True),
    ),
    C("g40-christmas-hours-boxing-day", "en", "pending", {},
      "Helen Rudd <helen.rudd@example.net>", "thunderbird", "Christmas opening hours + Boxing Day",
      "Opening hours and the Boxing Day scramble answered; a follow-up table booking answered by a reply whose References skip a message.",
      cu("11-14 10:00", """Hi Tess,

What are the bar and kitchen hours over Christmas? And how do we enter the Boxing Day Texas
scramble this year - is it still a sheet in the locker room?

Helen"""),
      ag("tess", "11-14 13:00", """Hi Helen,

Bar 11am to 6pm on Christmas Eve, closed Christmas Day, 9am to 7pm on Boxing Day; the
kitchen serves until 3pm on all open days. The scramble sheet goes up in the men's and
ladies' locker rooms on 1 December, as usual.

Tess"""),
      cu("11-16 09:00", """Thanks Tess. Can we book a table for six for lunch on Christmas Eve, around 12:30?

Helen"""),
      ag("tess", "11-16 11:00", """Booked: six at 12:30 on Christmas Eve, the window table.

Tess""", refs=[1, 3]),
    ),
    C("g41-wanderers-itinerary-html", "en", "closed", {"unanswered-question": 1},
      "Malcolm Thorne <malcolm.thorne@example.com>", "outlook", "Fwd: Society itinerary - Wanderers GS 18 November",
      "HTML-only mail with a forwarded itinerary full of questions; tee times confirmed, the lounge request skipped.",
      cu("11-04 12:00", """Hi Tess,

Forwarding the itinerary our secretary sent round, so you can see what we've told the
members. Can you confirm the tee times from 9:00 to 9:56 off the 1st are held for us? And please reserve the small lounge for our prize-giving at 3pm.

Regards,
Malcolm Thorne
Fixtures Secretary, Wanderers Golf Society
Questions about the society? https://wanderersgs.example/contact?from=sig

---------- Forwarded message ---------
From: Keith Mallory <keith.mallory@example.com>
Date: Sun, 1 Nov 2026 at 18:22
Subject: Society itinerary - Wanderers GS 18 November
To: Wanderers members

All, Heronsgate on Wednesday 18 November. Bacon rolls from 8:15, first tee 9:00.
Who still needs a lift? Can everyone bring £5 cash for the twos sweep?
Dinner after golf - please tell me by Friday if you're vegetarian.""", kind="html", uq=1),
      ag("tess", "11-04 15:00", """Hi Malcolm,

Confirmed: nine tee times from 9:00 to 9:56 off the 1st on Wednesday 18 November are held in
the Wanderers' name, with bacon rolls in the Spike Bar from 8:15.

Best wishes,"""),
    ),
    C("g42-direct-debit-annual", "en", "closed", {},
      "Rachel Ingham <rachel.ingham@example.org>", "gmail", "Direct debit for 2027 subscription – monthly or annual?",
      "Quoted-printable mail; the annual option answered at once, the collection date promised for the next day and sent on time.",
      cu("11-03 20:00", """Hi Fiona,

I'm renewing for 2027 and trying to budget. When would the monthly direct debit be taken –
is it always the 1st? And is there a discount if I pay the whole £1,640 in one go?

Thanks,
Rachel"""),
      ag("fiona", "11-04 09:00", """Dear Rachel,

If you pay the full year by 31 January there's a 3% discount, so £1,590.80. The collection
day for monthly payers depends on when the mandate was set up, so I'll confirm your exact
date tomorrow.

Kind regards,""", promises=[("11-05", 3)]),
      ag("fiona", "11-05 11:00", """Dear Rachel,

As promised: your monthly collections are on the 1st, starting 1 February 2027.

Kind regards,"""),
    ),
    C("g43-campus-semana-santa", "es", "pending", {"unanswered-question": 1},
      "Mercedes Quintana <mercedes.quintana@example.com>", "gmail_es", "Campus de golf en Semana Santa para mi hija",
      "Base64 mail about the Easter junior camp: dates, age and price answered; the Spanish registration form is not sent or mentioned.",
      cu("11-16 21:00", """Buenas noches:

Mi hija Valeria tiene 10 años y le encantaría apuntarse al campus de golf de Semana Santa.
¿En qué fechas es y cuánto cuesta? ¿Hay edad mínima?

¿Podrían además enviarme la ficha de inscripción en español? Mi madre la va a rellenar y no lee bien el inglés.

Muchas gracias,
Mercedes Quintana""", cte="base64", uq=1),
      ag("lucia", "11-17 09:30", """Hola, Mercedes:

El campus de Semana Santa será del lunes 29 de marzo al jueves 1 de abril de 2027, de 9:30 a
15:00, para niños de 8 a 14 años, así que Valeria puede participar. El precio es de 140 £
los cuatro días, comida incluida.

Un saludo,"""),
    ),
    C("g44-balls-in-garden-seventh", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Patricia Holloway <patricia.holloway@example.org>", "gmail", "Golf balls coming into our garden - 7th hole",
      "Neighbour's complaint: passed to the course manager 'by Wednesday' (never); the netting question is not addressed.",
      cu("11-14 16:00", """Dear Sir or Madam,

We live at 3 Lodge Cottages, behind the 7th green. This is the third golf ball in our garden
this month, and this afternoon one cracked a pane in the conservatory roof.

Who should I speak to about compensation for the glass? Are you planning to put up netting along the 7th, and if so when? We have small grandchildren who play in the garden.

Yours faithfully,
Patricia Holloway""", uq=1),
      ag("tess", "11-15 10:30", """Dear Mrs Holloway,

I'm very sorry about the conservatory and glad nobody was hurt. Boundary matters and claims
are handled by our Course Manager, Dave Harker. I've passed him your email and he'll be in
touch by Wednesday to arrange a visit and talk about the glass.

Kind regards,""", promises=[("11-18", None)]),
    ),
    C("g45-captains-day-photos", "en", "closed", {"missed-follow-up": 1},
      "Jean Whitaker <jean.whitaker@example.com>", "iphone", "Captain's charity day photos",
      "Prints answered; the photo link promised by Monday never arrives.",
      cu("11-12 18:00", """Hi Callum

Where can we see the photos from the Captain's charity day? And is it possible to get a
print of the group photo on the 18th green?

Jean

Sent from my iPhone"""),
      ag("callum", "11-13 09:00", """Hi Jean,

Prints are £5 each from the office (A4, glossy). The photographer is still editing, so I'll
put the gallery on the website and send you the link by Monday.""", promises=[("11-16", None)]),
    ),
    C("g46-open-amateur-visiteurs", "fr", "closed", {},
      "Sébastien Morel <sebastien.morel@example.fr>", "gmail", "Open amateur - visiteurs acceptés ?",
      "French visitor asks about the Heronsgate Open: eligibility, index limit and fee answered with a link; thanks-only reply.",
      cu("11-06 11:00", """Bonjour,

J'ai vu sur votre site que vous organisez un Open amateur en mai. Les joueurs visiteurs
étrangers peuvent-ils s'inscrire ? Y a-t-il un index maximum, et quel est le droit
d'inscription ?

Cordialement,
Sébastien Morel
Golf de la Vallée de l'Yerres""", tz=1),
      ag("amelie", "11-06 15:30", """Bonjour Monsieur Morel,

Oui, l'Open de Heronsgate (samedi 15 mai 2027) est ouvert aux visiteurs étrangers sur
présentation d'un certificat d'index de votre club. L'index maximum est de 18,0 et
l'inscription coûte 45 £, déjeuner compris. Les inscriptions ouvrent le 1er mars :
https://heronsgategolf.example/competitions/open-2027?lang=fr

Bien cordialement,"""),
      cu("11-06 17:00", """Parfait, merci beaucoup !

Sébastien Morel""", tz=1, thanks=True),
    ),
    C("g47-social-membership-wife", "en", "closed", {"unanswered-question": 1},
      "Philip Grange <philip.grange@example.net>", "outlook", "Social membership for my wife",
      "Answered in October; a later mail asks two more things and only the quiz-night question is answered.",
      cu("10-30 10:00", """Dear Fiona,

My wife doesn't play but enjoys the clubhouse. What does social membership cost, and would
she be able to use the bar on her own, without me?

Regards,
Philip Grange"""),
      ag("fiona", "10-30 14:00", """Dear Philip,

Social membership is £85 a year. Yes - social members have full use of the clubhouse and
their own bar card, so she can come in whenever she likes.

Kind regards,"""),
      cu("11-09 19:00", """Thanks Fiona, she's keen. Does social membership include the quiz nights? And can she bring guests to the Sunday carvery, or is that members only?

Philip""", uq=1),
      ag("fiona", "11-10 09:15", """Dear Philip,

Yes, the monthly quiz nights are open to all members, social members included - £2 a head,
teams of up to six.

Kind regards,"""),
    ),
    C("g48-gutschein-fuer-vater", "de", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Stefan Brückner <stefan.brueckner@example.de>", "gmail_de", "Gutschein für meinen Vater (Mitglied)",
      "Son in Germany asks about a voucher for his father; chases five days later with 'gibt es schon etwas Neues'; no reply yet.",
      cu("11-12 20:00", """Guten Abend,

mein Vater, Klaus Brückner, ist seit vielen Jahren Mitglied bei Ihnen. Ich möchte ihm zu
Weihnachten einen Gutschein über 100 £ schenken. Kann er den Gutschein im Pro Shop und an der
Bar einlösen? Und können Sie ihn per Post an seine Adresse schicken, wenn ich hier aus
Deutschland per Kreditkarte bezahle?

Viele Grüße
Stefan Brückner""", tz=1),
      cu("11-17 18:30", """Hallo,

gibt es schon etwas Neues zu meiner Anfrage vom 12.? Weihnachten rückt näher, und ich würde
den Gutschein gern rechtzeitig bestellen.

Viele Grüße
Stefan Brückner""", tz=1, chase=True),
    ),
    C("g49-buggy-paths-only", "en", "pending", {},
      "Yvonne Saddler <yvonne.saddler@example.com>", "gmail", "Buggies in winter - paths only?",
      "Fiona answers two questions and hands the medical-pass form to Gareth, who sends it the next day as she said.",
      cu("11-16 11:00", """Hello,

Are buggies allowed out at the moment, and is it paths only? I have arthritis in both
knees - is there a medical pass so I can keep using one when they're stopped?

Yvonne Saddler"""),
      ag("fiona", "11-16 14:00", """Dear Yvonne,

Buggies are running at the moment, paths-only until the end of February. Yes, there is a
medical pass. Gareth keeps the buggy register and he'll email you the form tomorrow.

Kind regards,""", promises=[("11-17", 3)]),
      ag("gareth", "11-17 10:00", """Hi Yvonne,

Fiona passed on your email - the medical buggy pass form is attached. Pop it into the shop
with a note from your GP and you're all set.""",
         attach=[("application/pdf", "Medical-Buggy-Pass-2026-27.pdf", BUGGY_PDF)]),
    ),
    C("g50-personalised-scorecards", "en", "closed", {"missed-follow-up": 1},
      "Victoria Lamb <victoria.lamb@example.org>", "owa", "Personalised scorecards for our society day",
      "Bacon-roll price answered; the printer's price promised 'early next week' on a Thursday never comes.",
      cu("11-04 15:00", """Hi,

For our Fairway Friends society day on 18 February, could we have personalised scorecards
with our logo printed on them? And what would the bacon roll add-on cost for 32 players?

Thanks,
Victoria Lamb"""),
      ag("tess", "11-05 10:00", """Hi Victoria,

Bacon rolls with tea or coffee are £4.50 a head, so £144 for 32. Personalised scorecards are
possible - our printer needs your logo as a PDF or PNG. I'll come back to you early next
week with the printer's price.

Best wishes,""", promises=[("11-10", None)]),
    ),
    C("g51-winter-league-pairs", "en", "closed", {"unanswered-question": 2},
      "Derek Pilling <derek.pilling@example.net>", "gmail", "Winter league pairs - questions",
      "Numbered list of four questions answered half-way: entry fee and format, not partner swaps or the allowance.",
      cu("11-03 17:00", """Hi Callum,

A few questions about the winter league before my partner and I enter:

1. What's the entry fee per pair?
2. Is it fourball better-ball or foursomes?
3. Can we swap partners halfway through if my partner's away in January?
4. Are the matches played off 85% allowance or full handicap?

Cheers,
Derek Pilling""", uq=2),
      ag("callum", "11-04 09:00", """Hi Derek,

£20 a pair, and it's fourball better-ball, with matches arranged between yourselves within
each fortnight. The entry sheet is on the noticeboard until 14 November."""),
    ),
    C("g52-funeral-reception-access", "en", "pending", {"unanswered-question": 1},
      "Karen Doyle <karen.doyle@example.com>", "gmail", "Funeral reception - step-free access?",
      "Wake for a former member: access, toilet and buffet answered; the request to reserve two disabled bays is missed.",
      cu("11-17 10:00", """Dear Tess,

My father, Bernard Doyle, was a member for forty years and we would like to hold his wake at
the club after the funeral on Friday 27 November, for about 50 people.

My mother uses a wheelchair. Is there step-free access into the Garden Room, and is there an
accessible toilet nearby? Please could you also reserve two disabled bays close to the entrance for that afternoon. And what would a sandwich buffet cost per head?

With thanks,
Karen Doyle""", uq=1),
      ag("tess", "11-17 14:00", """Dear Karen,

I'm so sorry to hear about Bernard - he was a much-loved face in the bar. The Garden Room has
a ramped entrance from the terrace, so it's step-free all the way, and the accessible toilet
is right next door to it. Our sandwich and finger buffet is £14.50 a head, with tea and
coffee included, and the room is yours from 1pm.

With kind regards,"""),
    ),
]

UNANSWERED: dict[str, list[str]] = {
    "g02-society-day-brightwell": [
        "Could you also send over a sample menu for the evening meal?"],
    "g03-handicap-index-not-updated": [
        "Could you also check that my CDH number is correct on my club profile?"],
    "g05-junior-lessons-age-11": [
        "Is it OK for parents to watch from the range, or do you prefer we drop off and leave?"],
    "g06-stornierung-startzeiten": [
        "Bitte schicken Sie uns außerdem eine schriftliche Stornobestätigung für unsere Reiserücktrittsversicherung."],
    "g08-recarga-tarjeta-bar": [
        "Además, por favor, cambien el correo al que envían los extractos mensuales: a partir de ahora, a esta dirección."],
    "g12-corporate-golf-day-harcourt": [
        "can we hold the prize-giving out on the terrace if the weather's kind?"],
    "g14-iron-fitting": [
        "Could I bring my own shafts from my current set and have them fitted into new heads?",
        "And do you take trade-ins on old irons?"],
    "g16-section-junior-inscription": [
        "Les juniors peuvent-ils jouer le week-end, et si oui à partir de quelle heure ?"],
    "g19-buggy-battery-flat": [
        "Please also make sure buggy 7 is taken out of service until someone has looked at the battery."],
    "g22-club-championship-entry": [
        "does the championship count as a qualifier for the county Scratch Cup?"],
    "g28-weihnachtsfeier-clubhaus": [
        "Kann ein Reisebus mit 50 Sitzen auf Ihrem Parkplatz halten und dort bis Mitternacht warten?"],
    "g31-seven-day-waiting-list": [
        "If I join as a 5-day member in the meantime, can I move up to 7-day without paying a second joining fee?"],
    "g33-simulator-winter": [
        "Do you sell gift cards for the simulator?"],
    "g35-stableford-results-three-things": [
        "Please correct the spelling of my surname on the honours board for the 2025 Seniors"],
    "g37-handicap-review-appeal": [
        "Do my General Play scores from the trip to Portugal in October count, and if not, why not?"],
    "g41-wanderers-itinerary-html": [
        "please reserve the small lounge for our prize-giving at 3pm."],
    "g43-campus-semana-santa": [
        "¿Podrían además enviarme la ficha de inscripción en español?"],
    "g44-balls-in-garden-seventh": [
        "Are you planning to put up netting along the 7th, and if so when?"],
    "g47-social-membership-wife": [
        "And can she bring guests to the Sunday carvery, or is that members only?"],
    "g51-winter-league-pairs": [
        "Can we swap partners halfway through if my partner's away in January?",
        "Are the matches played off 85% allowance or full handicap?"],
    "g52-funeral-reception-access": [
        "Please could you also reserve two disabled bays close to the entrance for that afternoon."],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice132 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
