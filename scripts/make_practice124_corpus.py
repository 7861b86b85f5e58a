#!/usr/bin/env python3
"""Regenerate ``tests/practice124/``: a labelled corpus of Ashcombe Dry Cleaning & Laundry.

A support mailbox of a fictional dry cleaner and laundry in Bath with three branches
(Walcot Street, Widcombe, Larkhall) and collection vans: dry cleaning, stain removal and
damage claims, wedding dresses, curtains, duvets and quilts, shirt subscriptions, repairs and
alterations, 24-hour lockers, business linen accounts for hotels, restaurants and venues,
written without looking at the detection heuristics, with many customer questions. Audited
at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``ashcombelaundry.example``.

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

Usage: python scripts/make_practice124_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "ashcombelaundry.example"
DESK = "Ashcombe Customer Care <care@ashcombelaundry.example>"

AGENTS = {
    "tamsin": ("Tamsin Hollis <tamsin@ashcombelaundry.example>", "thunderbird", """-- 
Tamsin Hollis
Customer Care | Ashcombe Dry Cleaning & Laundry
Walcot Street, Bath BA1 5BG | 01225 496 210
Book a collection: https://ashcombelaundry.example/collect?src=email"""),
    "dev": ("Dev Raghunathan <dev@ashcombelaundry.example>", "outlook", """Dev Raghunathan
Collections & Deliveries | Ashcombe Dry Cleaning & Laundry
Vans run Monday to Saturday. Missed a collection? Ring 01225 496 214."""),
    "nell": ("Nell Okafor <nell@ashcombelaundry.example>", "owa", """Nell Okafor
Business Accounts | Ashcombe Dry Cleaning & Laundry
CONFIDENTIALITY: this e-mail and any attachments are confidential and intended solely for
the addressee. If you have received it in error, please tell the sender and delete it."""),
    "gareth": ("Gareth Pryce <gareth@ashcombelaundry.example>", "apple", """Gareth Pryce
Workroom Manager | Ashcombe Dry Cleaning & Laundry
Garment care guide: https://ashcombelaundry.example/care-guide?from=email"""),
    "katrin": ("Katrin Vogel <katrin@ashcombelaundry.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenservice (Deutsch) | Ashcombe Dry Cleaning & Laundry
https://ashcombelaundry.example/de?ref=signatur"""),
    "solene": ("Solène Garnier <solene@ashcombelaundry.example>", "apple_fr", """Solène Garnier
Service client (français) | Ashcombe Dry Cleaning & Laundry
https://ashcombelaundry.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@ashcombelaundry.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Ashcombe Dry Cleaning & Laundry
+44 1225 496 218"""),
}

ACK = """Hello,

Thank you for contacting Ashcombe Dry Cleaning & Laundry. This is an automatic
reply to let you know that your message has reached us as ticket {ref}.

Our customer care team works Monday to Saturday, 8am to 6pm, and we aim to reply
within one working day. For same-day collections please ring 01225 496 210.

Ashcombe Dry Cleaning & Laundry - Customer Care
https://ashcombelaundry.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Ashcombe Care Desk 4.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="acl.", outlook_server="CWLP26")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice124", title="Ashcombe Dry Cleaning & Laundry", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="ACL-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

ACCOUNT_FORM_PDF = mailcraft.pdf(["Ashcombe Dry Cleaning & Laundry - Business account form",
                                  "Trattoria Bianchi, Milsom Street, Bath",
                                  "Chef jackets 1.90 GBP each - napkins 0.28 GBP each",
                                  "Collection: Tuesday and Friday, 9-10am. Invoiced monthly."])
SIGNED_FORM_PDF = mailcraft.pdf(["Business account form - signed",
                                 "Trattoria Bianchi - L. Bianchi - 16/11/2026"])
SUITS_QUOTE_PDF = mailcraft.pdf(["Ashcombe Dry Cleaning & Laundry - Quotation Q-2611-118",
                                 "4 two-piece lounge suits, clean and press: 4 x 21.00 GBP",
                                 "2 three-piece morning suits with tails: 2 x 34.00 GBP",
                                 "Total 152.00 GBP incl. VAT - ready Monday 7 December 2026"])
INVOICES_PDF = mailcraft.pdf(["Ashcombe Dry Cleaning & Laundry - account KMH-04",
                              "INV-2609-311 (September 2026) 1,842.60 GBP",
                              "INV-2610-347 (October 2026) 1,911.25 GBP",
                              "CN-0419 credit note: 12 bath sheets -86.40 GBP"])
SCORCH_PNG = mailcraft.png(12, 10, lambda x, y: (240 - 9 * (abs(x - 6) < 2 and abs(y - 4) < 3) * 8,
                                                 238 - 5 * (abs(x - 6) < 2), 232))
WINE_PNG = mailcraft.png(14, 9, lambda x, y: (236 - 11 * ((x - 7) ** 2 + (y - 4) ** 2 < 10), 228 - 4 * y, 214))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("a01-wedding-dress-keynsham", "en", "closed", {},
      "Harriet Moss <harriet.moss@example.com>", "gmail", "Wedding dress cleaning and boxing",
      "Three questions (price, time, collection from Keynsham) answered out of order in one paragraph; thanks-only reply.",
      cu("11-02 19:48", """Hi there,

I got married in September (finally getting round to sorting the dress!) and I'd like it
cleaned and boxed so it keeps. It's ivory silk crepe with a beaded bodice and a fairly long
train, and there's grass and a bit of red wine round the hem - it was that kind of wedding.

How much would cleaning plus the preservation box cost for something like that, and roughly
how long does it take? I live in Keynsham and don't drive at the moment - is collection from
home something you can do?

Thanks,
Harriet"""),
      ag("gareth", "11-03 09:20", """Hi Harriet,

Congratulations! Grass and red wine on a hem are very normal for us and silk crepe responds
well. We collect from Keynsham on the Tuesday and Friday van rounds at no extra charge, the
whole thing takes about three weeks because beaded bodices are finished by hand, and
cleaning with the acid-free preservation box comes to £185 for a dress with a train.

If you'd like to go ahead, just reply with a Tuesday or Friday that suits and your address.

Best wishes,"""),
      cu("11-03 12:02", """Brilliant, thank you Gareth - I'll talk dates over with my husband and
come back to you.

Harriet""", thanks=True)),

    C("a02-suit-lining-saturday", "en", "closed", {"unanswered-question": 1},
      "Marcus Adeyemi <marcus.adeyemi@example.net>", "outlook", "Suit clean + small repairs",
      "Price of a clean and two repairs answered; the secondary question about Saturday same-day service is skipped.",
      cu("11-04 08:31", """Morning,

I've got a navy two-piece (wool, M&S, nothing fancy) that needs a proper clean before a job
interview on the 16th. A button on the jacket cuff is hanging by a thread and the lining has
split along the back seam by about 10cm.

What would the clean and both repairs come to? And could you let me know if you do same-day service on Saturdays? Weekdays are tricky for me with work.

Cheers,
Marcus Adeyemi""", uq=1),
      ag("tamsin", "11-04 11:05", """Hello Marcus,

A two-piece clean is £21.00. Sewing the cuff button back on is free while the suit is in
with us, and re-stitching a 10cm split in the lining is £9.50, so £30.50 altogether.

With the repair we'd want four working days, so if you drop it in by Monday 9th it will be
comfortably ready before your interview.

Kind regards,""")),

    C("a03-cashmere-coat-shrunk", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Priya Chandran <priya.chandran@example.org>", "iphone", "Coat came back smaller",
      "Shrunk cashmere coat: 'I'll come back to you by Thursday' (12 Nov) kept only after the customer chases on Monday.",
      cu("11-09 18:12", """Hello,

I collected my grey cashmere coat this afternoon (ticket 40771) and the sleeves are now at
least 3cm shorter than before - it was a perfect fit and now my wrists show. It's a Jaeger
coat that cost me over £400.

What happens now? Do you compensate for this kind of thing, and do you need me to bring the
coat back in?

Priya

Sent from my iPhone"""),
      ag("gareth", "11-10 10:14", """Dear Priya,

I'm very sorry - that's not the result we want either. Yes, please bring it back in; you can
leave it at the counter with anyone on the team and it will come straight to me.

Once I have it I'll go over it with the technician from our solvent supplier, who visits on
Wednesday, and I'll come back to you by Thursday with what we found and what we can offer. If
it turns out to be our process, we compensate under our damage policy, normally the
replacement value less wear.

Kind regards,""", promises=[("11-12", 4)]),
      cu("11-16 08:47", """Hi Gareth,

Any news on my coat? You said Thursday and I've heard nothing. I dropped it in on Tuesday as
you asked.

Priya

Sent from my iPhone""", chase=True),
      ag("gareth", "11-16 14:30", """Dear Priya,

Apologies for the silence last week - the technician's visit moved to Friday and I should
have told you. His finding is that the shrinkage is felting from too much mechanical action
in our finishing cabinet, so it is our fault, and we'll refund the full replacement value.
I need the original receipt or a bank statement line; once we have it Nell in accounts pays
within five working days.

Kind regards,""")),

    C("a04-guesthouse-linen-inline", "en", "pending", {},
      "Fiona Blackwood <f.blackwood@theorangerybath.example>", "outlook", "Linen laundering - The Orangery, Bath",
      "Four questions answered inline under each quoted question (one with a bare 'Of course'-style yes); a colleague is Cc'd; customer disclaimer; thanks-only.",
      cu("11-16 10:02", """Dear Sir or Madam,

We are a 14-room guesthouse in Bath and our current laundry is closing at the end of
December. I'd be grateful for some information before I ask for a formal quote:

How often do you collect and deliver - could it be three times a week in the summer?
Do you hire out linen, or only launder our own?
What is your price per kilo for flat linen (sheets, duvet covers, pillowcases)?
Can towels be returned folded in sets of four?

Many thanks,
Fiona Blackwood
General Manager, The Orangery Guesthouse

This e-mail and any attachments are confidential and may be privileged. If you are not the
intended recipient please notify the sender and delete it from your system."""),
      ag("tamsin", "11-16 14:20", """Dear Fiona,

Thank you for thinking of us. Answers under each of your questions:

> How often do you collect and deliver - could it be three times a week in the summer?

Yes. Bath is on our Monday, Wednesday and Friday rounds, so three times a week is normal from
April to October, and most guesthouses drop to two over the winter.

> Do you hire out linen, or only launder our own?

Both. Most places your size start with their own linen and top up from our hire stock in
the busy months.

> What is your price per kilo for flat linen (sheets, duvet covers, pillowcases)?

£2.15 per kilo, washed, ironed and packed.

> Can towels be returned folded in sets of four?

Yes - tell us the fold you like and it goes on your account notes.

I've copied in Nell, who looks after business accounts, so she has your details when you're
ready for the quote.

Kind regards,""", quote=False, cc="Nell Okafor <nell@ashcombelaundry.example>"),
      cu("11-17 08:40", """Thank you, that's very clear. I'll speak to the owners this week and then be in
touch with Nell.

Fiona Blackwood
General Manager, The Orangery Guesthouse

This e-mail and any attachments are confidential and may be privileged. If you are not the
intended recipient please notify the sender and delete it from your system.""", thanks=True)),

    C("a05-fountain-pen-pocket", "en", "open", {"awaiting-reply": 1},
      "Oliver Rennie <o.rennie@rennieassociates.example>", "thunderbird", "Pen left in jacket pocket",
      "Lost pen found and reported; the customer's follow-up (collect at another branch? ticket needed?) has no reply since Tuesday.",
      cu("11-16 21:40", """Hello,

I dropped off a charcoal sports jacket at the Walcot Street shop on Saturday and I've just
realised my fountain pen was in the inside pocket - a black Lamy with a gold nib, a present
from my late father. Do you check pockets before cleaning? Has anyone found it?

Regards,
Oliver Rennie"""),
      ag("tamsin", "11-17 09:05", """Dear Oliver,

Good news - we check every pocket at the counter, and your pen was found and bagged with
your ticket number (41208). It's in the safe at Walcot Street and you can pick it up any
time, with or without the jacket.

Kind regards,"""),
      cu("11-17 12:30", """That's a huge relief, thank you.

The jacket isn't due back until Thursday - can I collect the pen on Wednesday morning at the
Widcombe branch instead, as I'm passing? And do I need to bring the ticket? I seem to have
lost that as well.

Oliver""")),

    C("a06-velvet-curtains-fresh", "en", "open", {},
      "Beatrice Lowell <bea.lowell@example.org>", "gmail", "Curtain cleaning - lined velvet",
      "Fresh enquiry this morning: only the helpdesk acknowledgement so far, inside the response target.",
      cu("11-20 08:52", """Hello,

We're moving out of a rented flat in Clifton and the landlord wants the curtains
professionally cleaned. Two pairs of lined velvet curtains, about 2.2m drop. Do you take
them down and rehang them, or do I bring them in? And roughly how much per pair?

We hand the keys back on 1 December.

Thanks,
Bea"""),
      ack("11-20 08:53")),

    C("a07-down-duvet-weekend", "en", "closed", {"slow-first-response": 1},
      "Tom Ellery <tom.ellery@example.net>", "android", "Feather duvet and pillows",
      "Friday-afternoon enquiry acknowledged by the robot and answered on Monday morning: slow first response, all answered.",
      cu("11-06 16:40", """Hi, do you clean feather duvets? It's a king size goose down one, plus 4 feather
pillows. How much, and can you do them within a week?

thanks Tom

Sent from Outlook for Android"""),
      ack("11-06 16:41"),
      ag("tamsin", "11-09 09:30", """Hello Tom,

Sorry for the wait over the weekend. Yes - king-size down duvets are £32 and feather
pillows £9 each, so £68 for the lot, and they take five working days, well inside your week.

Kind regards,""")),

    C("a08-shirt-scorch-reopened", "en", "pending", {"reopened": 1},
      "Daniel Ashworth <dan.ashworth@example.com>", "gmail", "Shirts - collars still marked",
      "Collar marks redone free and 'I'll mark this ticket as resolved'; six days later a new problem (a scorch, PNG photo) in the same thread, answered by the workroom.",
      cu("11-09 13:05", """Hi,

I picked up five shirts from you on Saturday (ticket 40655) and two of them still have the
collar marks they went in with. I thought that was the whole point of the collar treatment?
Can those two be done again?

Dan"""),
      ag("tamsin", "11-10 08:50", """Hi Dan,

Yes, of course - bring the two shirts in with the ticket and we'll redo them free of charge,
ready the next day. Collar grime that has been ironed in over many washes sometimes needs a
second treatment; sorry it wasn't caught on the first pass.

I'll mark this ticket as resolved, but just reply here if anything else comes up.

Kind regards,""", closes=True),
      cu("11-16 17:20", """Hi Tamsin,

Sorry to reopen this. The two shirts came back clean this time, but one of them now has a
light brown scorch mark just under the collar point - photo attached. It's a Charles
Tyrwhitt non-iron, about a year old. What can you do about this one?

Dan""", attach=[("image/png", "scorch.png", SCORCH_PNG)]),
      ag("gareth", "11-17 10:10", """Hi Dan,

Tamsin passed me your photo. That's a press scorch, and it won't come out of cotton that
fine, so we'll replace the shirt: buy the same model and send us the receipt, or we refund
£65 - whichever you prefer.

Best wishes,""")),

    C("a09-trattoria-three-agents", "en", "pending", {"many-handoffs": 1},
      "Lorenzo Bianchi <lorenzo@trattoriabianchi.example>", "outlook", "Chef whites & napkins - weekly service",
      "Three agents: Tamsin hands over, Dev answers the collection day, Nell keeps Tamsin's 'by tomorrow' with a PDF; signed form back, start date confirmed.",
      cu("11-11 15:20", """Hello,

I run Trattoria Bianchi on Milsom Street. We need a weekly service for chef whites (6 chefs,
3 jackets each) and around 300 linen napkins. Which day could you collect, and what would it
cost per week?

Grazie,
Lorenzo Bianchi"""),
      ag("tamsin", "11-11 16:05", """Dear Lorenzo,

Thank you for getting in touch. Dev, who runs our van rounds, is best placed to sort out the
collection day, and Nell looks after business accounts - she'll email you the weekly pricing
by tomorrow. I've passed your details to both of them.

Kind regards,""", promises=[("11-12", 4)]),
      ag("dev", "11-12 08:40", """Morning Lorenzo,

Milsom Street is on our Tuesday and Friday city-centre round. The van is with you between 9
and 10am, before your lunch prep, and drops the clean set back on the following visit.

Regards,"""),
      ag("nell", "11-12 11:30", """Dear Lorenzo,

As promised, our weekly pricing for Trattoria Bianchi: chef jackets £1.90 each, napkins 28p
each laundered and pressed, no minimum order. For 18 jackets and 300 napkins that is £118.20
a week, invoiced monthly. The account form is attached.

Kind regards,""", attach=[("application/pdf", "Ashcombe-account-form.pdf", ACCOUNT_FORM_PDF)]),
      cu("11-16 09:55", """Thanks all. Form attached, signed. Can we start on Tuesday the 24th?

Lorenzo""", attach=[("application/pdf", "account-form-signed.pdf", SIGNED_FORM_PDF)]),
      ag("nell", "11-16 13:10", """Dear Lorenzo,

Thank you - you're all set up, and the first collection is Tuesday 24 November.

Kind regards,""")),

    C("a10-school-costumes-list", "en", "closed", {"unanswered-question": 2},
      "Joanna Pike <j.pike@hartleyschool.example>", "owa", "Costume cleaning - school production",
      "Numbered list of four: items 1 and 2 answered, 3 (invoice the school with a PO) and 4 (back by 4 December?) dropped.",
      cu("11-05 12:40", """Good afternoon,

Our Year 9 production of Guys and Dolls finished last weekend and the costumes need cleaning
before they go back to the hire company. A few questions:

1. Can you clean about 30 costumes, several with sequins and a few with feather trim?
2. What would it cost per costume, roughly?
3. Are you able to invoice the school directly rather than us paying at the counter? Our
bursar needs a purchase order number on the invoice.
4. The hire company wants them back by Friday 4 December - is that achievable?

Many thanks,
Joanna Pike
Head of Drama, Hartley School""", uq=2),
      ag("tamsin", "11-05 16:20", """Dear Joanna,

Thank you - and well done to Year 9! Yes, we can take sequinned and feather-trimmed costumes;
the feathered ones are hand-cleaned, away from the main load. Most costumes come to £12-£16
each, feather pieces £22.

You're welcome to bring them to any branch in labelled bags.

Kind regards,""")),

    C("a11-daunenjacke-quittung", "de", "closed", {"unanswered-question": 1},
      "Sabine Krüger <sabine.krueger@mailbox.example>", "gmail_de", "Daunenjacke und Lederhandschuhe",
      "German: down jacket price/time and leather gloves answered; the request for a VAT receipt is not.",
      cu("11-03 19:10", """Guten Abend,

ich wohne seit kurzem in Bath und habe gesehen, dass Sie auch Deutsch sprechen - sehr
praktisch! Ich habe eine knielange Daunenjacke von Jack Wolfskin, die dringend gereinigt
werden muss. Was kostet das bei Ihnen, und wie lange dauert es?

Reinigen Sie auch Lederhandschuhe? Bei einem Paar sind die Fingerspitzen ziemlich speckig.

Können Sie mir bitte außerdem eine Quittung mit ausgewiesener Mehrwertsteuer ausstellen? Ich rechne die Reinigung über meine Firma ab.

Viele Grüße
Sabine Krüger""", uq=1),
      ag("katrin", "11-04 09:15", """Liebe Frau Krüger,

herzlich willkommen in Bath! Eine knielange Daunenjacke kostet bei uns £28. Sie wird mit
einem speziellen Daunenwaschmittel gereinigt und mit Trocknerbällen aufgeschüttelt, damit
sie wieder schön bauschig wird. Rechnen Sie mit einer Woche.

Lederhandschuhe reinigen wir nicht selbst, sondern schicken sie an eine Lederspezialistin in
Bristol. Das dauert etwa drei Wochen und kostet ab £18 pro Paar.

Viele Grüße""")),

    C("a12-bettbezug-fehlt", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jürgen Haas <j.haas@haas-physio.example>", "outlook_de", "Fehlender Bettbezug",
      "German: missing duvet cover; 'Ich melde mich bis Mittwoch' (11 Nov) kept on Monday after 'ich warte immer noch auf eine Rückmeldung'.",
      cu("11-06 10:20", """Sehr geehrte Damen und Herren,

gestern habe ich meine Wäsche (Auftrag 40590) abgeholt. Zu Hause habe ich festgestellt, dass
ein Bettbezug fehlt - weiß mit grauen Streifen, 155x220. Laut Beleg waren es zwei Bezüge, in
der Tasche war aber nur einer. Können Sie bitte nachsehen, ob er noch bei Ihnen ist?

Mit freundlichen Grüßen
Jürgen Haas"""),
      ag("katrin", "11-06 14:05", """Sehr geehrter Herr Haas,

das tut mir leid. Ich lasse heute Nachmittag in der Wäscherei und bei den Fundsachen
nachsehen - meistens taucht so etwas wieder auf, wenn es versehentlich mit einem anderen
Auftrag eingepackt wurde. Ich melde mich bis Mittwoch bei Ihnen.

Mit freundlichen Grüßen""", promises=[("11-11", 4)]),
      cu("11-13 09:40", """Sehr geehrte Frau Vogel,

ich warte immer noch auf eine Rückmeldung wegen des Bettbezugs. Sie wollten sich bis
Mittwoch melden. Ist er inzwischen aufgetaucht?

Mit freundlichen Grüßen
Jürgen Haas""", chase=True),
      ag("katrin", "11-16 10:30", """Sehr geehrter Herr Haas,

bitte entschuldigen Sie, dass ich mich erst heute melde. Der Bezug ist leider nicht
aufgetaucht, auch nicht bei den Aufträgen, die am selben Tag gepackt wurden. Wir erstatten
Ihnen den Neupreis von £25; die Gutschrift erscheint in drei bis fünf Tagen auf der Karte,
mit der Sie bezahlt haben.

Mit freundlichen Grüßen""")),

    C("a13-leinengardinen-tischdecke", "de", "closed", {},
      "Monika Brandt <monika.brandt@example.com>", "thunderbird_de", "Gardinen und Tischdecke",
      "German: two short questions answered with a yes and a bare price; thanks-only reply.",
      cu("11-02 11:30", """Hallo,

ich hätte zwei Fragen: Reinigen Sie auch Gardinen aus Leinen? Und wie viel kostet eine große
Damasttischdecke (3 m)?

Danke und viele Grüße
Monika Brandt"""),
      ag("katrin", "11-02 15:10", """Hallo Frau Brandt,

ja, Leinengardinen reinigen wir gern, ab £14 pro Schal.

Tischdecke: £19,50.

Viele Grüße"""),
      cu("11-02 18:00", """Vielen Dank, dann bringe ich beides am Samstag vorbei. Schöne Woche noch!

Monika Brandt""", thanks=True)),

    C("a14-sakko-anprobe", "de", "pending", {},
      "Felix Ortmann <felix.ortmann@example.net>", "iphone", "Ärmel kürzen - Termin",
      "German: fitting question answered, appointment deferred with 'ich melde mich morgen' and kept next morning; thanks-only.",
      cu("11-16 08:10", """Guten Morgen,

ich möchte die Ärmel meines Sakkos um etwa 2 cm kürzen lassen. Muss ich dafür zur Anprobe
kommen oder reicht es, wenn ich das Sakko abgebe? Und gibt es diese Woche noch einen Termin
bei Ihrer Schneiderin?

Gruß
Felix Ortmann

Von meinem iPhone gesendet"""),
      ag("katrin", "11-16 11:20", """Guten Morgen Herr Ortmann,

für die Ärmel ist eine kurze Anprobe besser, damit die Schneiderin die Länge mit Hemd
abstecken kann - das dauert zehn Minuten. Ihr Kalender für diese Woche ist noch nicht
freigegeben; ich melde mich morgen mit einem Termin.

Viele Grüße""", promises=[("11-17", 3)]),
      ag("katrin", "11-17 09:45", """Guten Morgen Herr Ortmann,

wie versprochen: Donnerstag, 19. November, um 17:30 Uhr in der Filiale Walcot Street. Passt
Ihnen das?

Viele Grüße"""),
      cu("11-17 12:05", """Passt perfekt, danke! Bis Donnerstag.

Felix

Von meinem iPhone gesendet""", thanks=True)),

    C("a15-dirndl-lederhose", "de", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Lena Hoffmann <lena.hoffmann@example.org>", "gmail_de", "Dirndl und Lederhose reinigen",
      "German: 'gibt es schon etwas Neues?' after two days; the reply answers the beer stain and the collection but not the Lederhose price.",
      cu("11-09 20:15", """Hallo zusammen,

nach unserem Oktoberfest-Abend im Verein müssen zwei Dirndl und eine Lederhose gereinigt werden. Bei einem Dirndl ist Bier auf die Seidenschürze gekommen - geht das überhaupt wieder raus? Was kostet die Reinigung der Lederhose? Und könnten Sie die Sachen bei mir in Larkhall abholen?

Liebe Grüße
Lena""", uq=1),
      cu("11-11 18:30", """Hallo nochmal,

gibt es schon etwas Neues zu meiner Anfrage von Montag?

Liebe Grüße
Lena""", chase=True),
      ag("katrin", "11-12 09:00", """Hallo Lena,

entschuldigen Sie bitte die späte Antwort. Bier auf Seide bekommen wir in der Regel gut
heraus, solange der Fleck nicht gebügelt wurde - bitte also nicht selbst behandeln. Larkhall
liegt auf unserer Dienstagsroute, der Fahrer kann die Sachen am 17. November zwischen 9 und
12 Uhr abholen, wenn Sie mir kurz Ihre Adresse schicken.

Viele Grüße""")),

    C("a16-robe-soie-daim", "fr", "closed", {"unanswered-question": 1},
      "Claire Dubois <claire.dubois@laposte.example>", "apple_fr", "Robe de soirée et veste en daim",
      "French: suede and the silk dress answered; paying with last year's gift vouchers is not.",
      cu("11-04 18:30", """Bonjour,

J'ai une robe de soirée en mousseline de soie avec une trace de fond de teint sur le col, et une veste en daim un peu tachée aux poignets. Pouvez-vous nettoyer le daim sur place ? Combien coûterait la robe ? Et est-ce que je peux payer avec les bons cadeaux que l'on m'a offerts l'an dernier ?

Bien cordialement,
Claire Dubois""", uq=1),
      ag("solene", "11-05 09:40", """Bonjour Madame Dubois,

Le daim n'est pas traité chez nous : nous l'envoyons à un atelier spécialisé à Bristol,
comptez trois semaines et à partir de £30 pour une veste. La robe en mousseline de soie,
détachage du col compris, revient à £24, prête en quatre jours.

Bien cordialement,""")),

    C("a17-bistrot-devis-jeudi", "fr", "closed", {"missed-follow-up": 1},
      "Bernard Lefèvre <b.lefevre@bistrotlefevre.example>", "outlook", "Nappes et serviettes - devis",
      "French: hire vs. laundering answered; the quote deferred with 'je reviens vers vous d'ici jeudi' never comes.",
      cu("11-03 10:15", """Bonjour Madame,

Nous ouvrons un petit bistrot à Bath le 1er décembre et nous aurons besoin d'environ 20
nappes et 80 serviettes par semaine. Proposez-vous la location du linge ou seulement le
nettoyage ? Pourriez-vous m'envoyer un devis ?

Cordialement,
Bernard Lefèvre
Bistrot Lefèvre, 9 Kingsmead Square"""),
      ag("solene", "11-03 15:30", """Bonjour Monsieur Lefèvre,

Nous proposons les deux : la location (le linge nous appartient et nous le remplaçons quand il
s'use) ou le nettoyage de votre propre linge. Pour le devis, je dois vérifier les tarifs de
location avec ma collègue du service des comptes professionnels ; je reviens vers vous d'ici
jeudi avec un devis pour les deux formules.

Bien cordialement,""", promises=[("11-05", None)])),

    C("a18-chemises-casier-inline", "fr", "pending", {},
      "Antoine Marchal <antoine.marchal@example.com>", "thunderbird", "Service chemises",
      "French: a bulleted list of three answered inline under each quoted bullet, one with 'Bien sûr' and a link with '?'.",
      cu("11-16 07:55", """Bonjour,

Je travaille à Bath pendant six mois et je cherche un service pour mes chemises. Quelques
questions :
- Combien coûte une chemise lavée et repassée ?
- Est-ce qu'il existe un abonnement mensuel ?
- Est-ce que je peux déposer les chemises dans un casier le soir ?

Merci d'avance,
Antoine"""),
      ag("solene", "11-16 10:30", """Bonjour Antoine,

Je réponds directement sous vos questions :

> - Combien coûte une chemise lavée et repassée ?

£2,40 la chemise, rendue sur cintre.

> - Est-ce qu'il existe un abonnement mensuel ?

Oui : 20 chemises par mois pour £39, à utiliser quand vous voulez dans le mois.

> - Est-ce que je peux déposer les chemises dans un casier le soir ?

Bien sûr. Les casiers de Walcot Street sont accessibles 24 h/24 ; le code vous est envoyé par
SMS quand vous créez votre compte sur https://ashcombelaundry.example/casiers?lang=fr

Bonne journée,""", quote=False)),

    C("a19-veste-lin-lyon", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Isabelle Roux <isabelle.roux@example.net>", "gmail", "Veste oubliée - envoi en France",
      "French customer in Lyon (UTC+1): only the acknowledgement, then 'Je me permets de vous relancer'; answered after the chase; thanks-only.",
      cu("11-05 21:10", """Bonjour,

J'étais à Bath la semaine dernière pour un salon et j'ai déposé une veste en lin chez vous
(ticket 40702), mais j'ai dû rentrer plus tôt que prévu et je n'ai pas pu la récupérer.
Pourriez-vous me l'envoyer à Lyon ? Combien coûteraient les frais de port ?

Merci,
Isabelle Roux"""),
      ack("11-05 20:11"),
      cu("11-09 09:30", """Bonjour,

Je me permets de vous relancer au sujet de ma veste (ticket 40702) : je n'ai reçu qu'un
accusé de réception automatique.

Merci de me tenir au courant,
Isabelle Roux""", chase=True),
      ag("solene", "11-09 11:15", """Bonjour Madame Roux,

Toutes mes excuses pour ce délai. Oui, nous pouvons vous l'envoyer par Royal Mail
International Tracked : les frais sont de £14,50, à régler par carte sur le lien de paiement
ci-dessous, et la veste part le jour même du paiement.

https://ashcombelaundry.example/pay?ref=40702

Bien cordialement,"""),
      cu("11-09 13:00", """Merci beaucoup, c'est réglé. Bonne journée !

Isabelle""", thanks=True),
      tz=1),

    C("a20-couette-laine", "fr", "closed", {},
      "Nathalie Girard <nathalie.girard@example.org>", "apple_fr", "Couette en laine",
      "French: one short question answered with 'Oui, tout à fait' and a price; thanks-only.",
      cu("11-10 14:20", """Bonjour,

Est-ce que vous nettoyez les couettes en laine ? La mienne fait 240x260.

Merci,
Nathalie"""),
      ag("solene", "11-10 16:00", """Bonjour Nathalie,

Oui, tout à fait : les couettes en laine sont nettoyées à sec, £34 en 240x260, prête en cinq
jours ouvrés.

Bonne fin de journée,"""),
      cu("11-10 18:40", """Parfait, merci beaucoup !

Nathalie""", thanks=True)),

    C("a21-abrigo-camel-tarjeta", "es", "closed", {"unanswered-question": 1},
      "Carmen Ortega <carmen.ortega@example.com>", "gmail_es", "Mancha en abrigo y cortinas",
      "Spanish (base64): oil stain and curtain price answered; whether the loyalty card covers curtains is not.",
      cu("11-02 17:45", """Hola, buenas tardes:

Tengo un abrigo de pelo de camello con una mancha de aceite en la manga, ¿creen que se puede quitar? También quería saber cuánto cuesta limpiar unas cortinas de terciopelo de 2,5 m de caída. Por cierto, ¿la tarjeta de fidelidad vale también para las cortinas?

Muchas gracias,
Carmen Ortega""", uq=1, cte="base64"),
      ag("lucia", "11-03 09:30", """Hola, Carmen:

La mancha de aceite normalmente sale con un pretratamiento antes de la limpieza en seco; no
podemos garantizarlo al cien por cien en pelo de camello, pero suele quedar bien. Las
cortinas de terciopelo de 2,5 m cuestan £22 cada paño.

Un saludo,""")),

    C("a22-delantales-grasa", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Molina <javier@labodeguitabath.example>", "gmail_es", "Delantales con manchas",
      "Spanish: day change answered; 'le escribo el miércoles' about greasy aprons kept only on Monday after '¿hay alguna novedad? Sigo esperando'.",
      cu("11-09 11:00", """Hola:

Llevamos tres semanas con ustedes y los delantales de cocina vuelven con manchas de grasa
que antes no tenían. ¿Pueden revisar qué pasa? Y otra cosa: ¿se puede cambiar el día de
recogida del lunes al martes?

Un saludo,
Javier Molina
La Bodeguita, Bath"""),
      ag("lucia", "11-09 15:20", """Hola, Javier:

Siento lo de los delantales. Lo del día no hay problema: a partir de la semana que viene
pasamos a recoger los martes. Sobre las manchas, voy a hablar con el jefe de taller y le
escribo el miércoles con lo que veamos.

Un saludo,""", promises=[("11-11", 4)]),
      cu("11-16 10:10", """Hola, Lucía:

¿Hay alguna novedad sobre los delantales? Sigo esperando su respuesta y esta semana han
vuelto igual.

Un saludo,
Javier""", chase=True),
      ag("lucia", "11-16 16:30", """Hola, Javier:

Disculpe el retraso. El jefe de taller ha revisado la última tanda: la grasa de cocina que
llevan sus delantales necesita un prelavado alcalino que el programa normal no tiene, y al
lavarse junto con otras prendas se repartía. A partir del martes sus delantales van por
separado con ese prelavado, sin coste extra.

Un saludo,""")),

    C("a23-vestido-madrina", "es", "closed", {},
      "Marta Vidal <marta.vidal@example.org>", "iphone", "Planchar vestido largo",
      "Spanish: can you press a dress by Saturday, and how much - 'Claro que sí' with the conditions and the price; thanks-only.",
      cu("11-04 09:10", """Buenos días:

¿Pueden planchar un vestido largo de raso para el sábado? Solo planchado, está limpio. ¿Y
cuánto sería?

Gracias,
Marta

Enviado desde mi iPhone"""),
      ag("lucia", "11-04 10:05", """Buenos días, Marta:

Claro que sí. Si lo trae antes del jueves a mediodía, el viernes por la tarde lo tiene
listo. Solo planchado son £12.

Un saludo,"""),
      cu("11-04 10:30", """¡Genial, muchas gracias!

Marta

Enviado desde mi iPhone""", thanks=True)),

    C("a24-edredon-sin-respuesta", "es", "open", {"awaiting-reply": 1},
      "Diego Serrano <diego.serrano@example.net>", "gmail_es", "Edredón nórdico de plumas",
      "Spanish: acknowledgement only, no human reply since Wednesday morning - awaiting reply, not unanswered.",
      cu("11-18 09:15", """Hola:

Me gustaría saber si lavan edredones nórdicos de plumas de 150 y cuánto cuesta. ¿Tienen
servicio de recogida en Bradford on Avon?

Gracias,
Diego Serrano"""),
      ack("11-18 09:16")),

    C("a25-mantel-bordado-abuela", "es", "closed", {},
      "Pilar Navarro <pilar.navarro@example.com>", "outlook", "Mantel bordado de mi abuela",
      "Spanish customer in Madrid (UTC+1): both questions answered in one reply; thanks-only.",
      cu("11-11 19:20", """Hola:

Mi hija vive en Bath y va a llevarles un mantel de hilo bordado a mano que era de mi abuela.
Tiene manchas amarillas de estar guardado. ¿Se pueden quitar sin estropear el bordado? ¿Y
puede recogerlo ella aunque el ticket esté a mi nombre?

Un saludo,
Pilar Navarro"""),
      ag("lucia", "11-12 09:40", """Hola, Pilar:

Las manchas amarillas de almacenaje suelen salir bien con un lavado a mano con oxígeno
activo, y el bordado no sufre; lo hacemos a mano en el taller, £28. Y sí, su hija puede
recogerlo: solo necesita el número del ticket.

Un saludo,"""),
      cu("11-12 11:02", """Muchísimas gracias, Lucía.

Pilar""", thanks=True),
      tz=1),

    C("a26-pleated-skirt-beetroot", "en", "closed", {},
      "Rachel Whitcombe <rachel.whitcombe@example.com>", "gmail", "Pleated skirt - beetroot!",
      "Pleasantry and a rhetorical question around one real question, answered with a bare figure; thanks-only.",
      cu("11-09 08:05", """Hi Tamsin,

Hope you had a good weekend? Mine involved a toddler, a jar of beetroot and my good pleated
wool skirt. Who knew one small person could get that much beetroot on one skirt?

How much would you charge to clean it and re-set the pleats? It's knee-length, navy, about
40 knife pleats.

Rachel""", kind="alt"),
      ag("tamsin", "11-09 10:12", """Hi Rachel,

£14.50, pleats included.

Please don't try anything on it at home first - beetroot usually comes out of wool as long
as it hasn't been through a hot wash.

Kind regards,"""),
      cu("11-09 10:40", """Brilliant, it hasn't been near the washing machine - I'll drop it in tomorrow.
Thanks! R""", kind="alt", thanks=True)),

    C("a27-antique-shop-collection", "en", "pending", {},
      "Gerald Fairbrother <gerald@fairbrotherantiques.example>", "thunderbird", "Collection of a few things",
      "A question, a bare-'Of course' question and a request answered inline under each quoted line.",
      cu("11-17 09:30", """Good morning,

I have three overcoats and a silk dressing gown that I would like collected from the shop on
Thursday. Could the van come after 10am, as we don't open until then? Can I pay by card when
the driver brings them back? And please could you return the coats on my own wooden hangers
rather than wire ones - they'll be in the bag.

With thanks,
Gerald Fairbrother
Fairbrother Antiques, 14 Bartlett Street, Bath"""),
      ag("tamsin", "11-17 11:45", """Good morning Gerald,

> Could the van come after 10am, as we don't open until then?

Yes - Thursday's Bartlett Street stop is between 10:30 and 11:30.

> Can I pay by card when the driver brings them back?

Of course.

> And please could you return the coats on my own wooden hangers rather than wire ones -
> they'll be in the bag.

Noted on the ticket.

Kind regards,""", quote=False)),

    C("a28-price-list-links", "en", "pending", {},
      "Nadia Hussain <nadia.hussain@example.org>", "owa", "Price list and Christmas hours",
      "Two requests answered with only two links; the reply lost In-Reply-To/References.",
      cu("11-15 18:00", """Hello,

Could you send me your current price list? I'd also like to know the Widcombe shop's opening
hours over Christmas and New Year.

Thanks,
Nadia Hussain"""),
      ag("tamsin", "11-16 09:10", """Hi Nadia,

https://ashcombelaundry.example/prices
https://ashcombelaundry.example/branches/widcombe?tab=christmas

Kind regards,""", thread=False)),

    C("a29-groomsmen-suits-quote", "en", "pending", {},
      "Callum Reid <callum.reid@example.net>", "gmail", "Quote for cleaning groomsmen's suits",
      "Quote request; support asks for details, the customer sends them (not a chase), quote sent as a PDF; customer signature with '?' and a '?' URL.",
      cu("11-13 14:10", """Hi,

I'm coordinating a wedding on 5 December and we've got hired suits for the groom and five
groomsmen that need cleaning and pressing before they go back to the hire shop. Could you
put together a quote?

Thanks,
Callum

--
Callum Reid | Reid & Carr Events
Planning a wedding in Somerset? https://reidcarrevents.example/?utm_source=email"""),
      ag("nell", "11-13 16:30", """Hi Callum,

Happy to. So I can price it properly, could you tell me whether they're two-piece or
three-piece, and whether any of them are morning suits with tails?

Kind regards,"""),
      cu("11-16 10:05", """Hi Nell,

Four are two-piece lounge suits; the groom and his best man have three-piece morning suits
with tails.

Callum

--
Callum Reid | Reid & Carr Events
Planning a wedding in Somerset? https://reidcarrevents.example/?utm_source=email"""),
      ag("nell", "11-16 15:20", """Hi Callum,

Thank you - the quote is attached (Q-2611-118). It includes pressing, and they'll be ready to
go back to the hire shop on Monday 7 December.

Kind regards,""", attach=[("application/pdf", "Q-2611-118.pdf", SUITS_QUOTE_PDF)])),

    C("a30-choir-cassocks-cuffs", "en", "closed", {"unanswered-question": 1},
      "Alison Marsh <alison.marsh@stmarkswidcombe.example>", "outlook", "Choir robes",
      "Price and timing for 24 cassocks answered with a charity discount; the secondary question about repairing worn cuffs is skipped.",
      cu("11-02 14:00", """Dear Ashcombe,

St Mark's choir has 24 cassocks and surplices that haven't been cleaned since before Covid
(I dare not say how long before). We'd like them done before Advent Sunday on 29 November.

What would that cost, and can you manage it in time? Several of the cassocks are worn through at the cuffs - do you repair that sort of thing as well, or should I find a seamstress?

With thanks and best wishes,
Alison Marsh
Vicar, St Mark's Widcombe""", uq=1),
      ag("tamsin", "11-02 16:45", """Dear Alison,

Yes, we can have them back well before Advent Sunday - if they come in by Friday 20th
they'll be ready on Wednesday 25th. Cassocks are £11 each and surplices £7.50, so £444 for
all 24 sets, and we take 10% off for churches and charities, which makes it £399.60.

Kind regards,""")),

    C("a31-silk-blouse-receipts", "en", "closed", {"unanswered-question": 1},
      "Ana Kowalczyk <ana.kowalczyk@example.com>", "gmail", "Silk blouse came back with a watermark",
      "Watermark on silk handled; the request in passing to send receipts to a work address is ignored.",
      cu("11-04 20:05", """Hi,

I picked up my cream silk blouse today and there's a ring-shaped watermark on the front that
wasn't there before. Can you have another look at it? I can bring it back on Saturday.

Oh, and could you send receipts to my work address (ana.k@brightlinedesign.example) from now on instead of this one?

Thanks,
Ana""", uq=1),
      ag("gareth", "11-05 09:30", """Hi Ana,

Sorry about that. Water rings on silk usually come from condensation in the finishing room,
and they come out by re-wetting the whole panel evenly and pressing it dry. Bring it in on
Saturday and ask for it to come to me; it'll be ready on Tuesday, no charge.

Best wishes,""")),

    C("a32-letting-agent-curtains", "en", "closed", {"unanswered-question": 2},
      "Sophie Drummond <sophie@drummondlettings.example>", "owa", "End of tenancy curtain cleaning - 4 flats",
      "Five questions buried in one long paragraph (multipart/alternative): take-down, price and timing answered; invoicing the agency and fire-retardant treatment dropped.",
      cu("11-05 09:40", """Hi,

We manage four flats in a Georgian conversion on Great Pulteney Street which all change tenants in early December, and the inventory clerk has flagged the curtains in every one, so I'm looking for someone who can do them all in one go; there are 22 pairs in total, most of them lined and interlined, some with blackout, and the ceilings are very high so I'm not sure whether your team takes them down and rehangs them or whether we need to arrange that ourselves, and if you do, what it would cost per pair roughly, because the landlord wants a ballpark before he agrees anything. It would also help to know if you can invoice the agency rather than each tenant. Do you offer a fire-retardant treatment too? Two of the flats are holiday lets and the insurer asks for it. Timing-wise everything needs to be back up before 7 December.

Thanks,
Sophie Drummond
Drummond Lettings""", uq=2, kind="alt"),
      ag("tamsin", "11-05 14:15", """Hi Sophie,

Yes, we take down and rehang - our curtain team has the tall ladders and works under Georgian
ceilings all the time. Take-down, cleaning and rehanging averages £65 per lined pair and £80
for interlined or blackout, so for 22 pairs you'd be looking at roughly £1,500-£1,700. If we
can get into the flats in the week of 23 November, everything will be back up by 4 December.

Kind regards,""")),

    C("a33-bridesmaid-dresses-bullets", "en", "closed", {"unanswered-question": 2},
      "Helen Carver <helen.carver@example.org>", "apple", "Four bridesmaid dresses - pressing",
      "Bulleted list of four answered half-way: price and date answered, keeping the dresses hanging and parking dropped.",
      cu("11-10 21:15", """Hello,

My daughter's wedding is on Saturday 28 November and the four bridesmaid dresses (chiffon,
floor length, dusky pink) have arrived from the shop badly creased. A few questions:

- How much to steam or press each one?
- Can they be done by Wednesday 25th?
- Would you be able to keep them hanging at the shop until we collect on the Friday, so they don't crease again?
- Is there parking near the Walcot Street branch for loading four long dress bags?

Thank you,
Helen Carver""", uq=2),
      ag("tamsin", "11-11 09:20", """Dear Helen,

Congratulations to your daughter! Chiffon is steamed rather than pressed, £15 a dress, and
yes - if you bring them in by Monday 23rd they'll be ready on Wednesday 25th.

Kind regards,""")),

    C("a34-quilt-then-christening-gown", "en", "pending", {"unanswered-question": 1},
      "Margaret Ibbotson <m.ibbotson@example.net>", "thunderbird", "Patchwork quilt",
      "Quilt answered, thanks; ten days later a second mail: holding a coat is answered, the christening-gown question is not.",
      cu("11-03 10:00", """Good morning,

I have a hand-stitched patchwork quilt, cotton, about 30 years old, single bed size. Can it
be cleaned safely? And how much would it be?

Yours,
Margaret Ibbotson"""),
      ag("gareth", "11-03 14:20", """Dear Margaret,

Yes - old cotton patchwork is wet-cleaned by hand in our workroom rather than machine-washed,
so the seams aren't stressed. A single quilt is £38, ready in a week.

Best wishes,"""),
      cu("11-03 16:00", """Thank you, I'll bring it in on Thursday.

M. Ibbotson""", thanks=True),
      cu("11-16 11:30", """Dear Gareth,

The quilt is lovely, thank you. Two more things, if I may.

I'm going to my sister's in Harrogate on Friday for a fortnight - could you hold my winter
coat (ticket 41102) until I'm back on 4 December rather than sending it out with the van?
And do you clean christening gowns? Ours dates from 1952 and has gone rather yellow.

Yours,
Margaret Ibbotson""", parent=2, uq=1),
      ag("tamsin", "11-16 15:00", """Dear Margaret,

Of course - I've taken ticket 41102 off Friday's van and it will wait at Walcot Street until
you're back. Just ring when you'd like it delivered.

Kind regards,""")),

    C("a35-student-shirt-subscription", "en", "closed", {"unanswered-question": 1},
      "Karen Brooks <karen.brooks@example.com>", "gmail", "Shirt service for my son",
      "Customer in New York (UTC-5): the card question is answered, and instead of the discount-on-subscription question the reply restates the general student discount.",
      cu("11-06 07:30", """Hello,

My son started at the University of Bath this fall and, predictably, has no idea how to iron a shirt. I'd like to set him up with your shirt service as a gift. Is the 20% student discount valid on the monthly shirt subscription too, or only on single items? And can I pay from the US with an American card?

Best,
Karen Brooks""", uq=1, tz=-5),
      ag("tamsin", "11-06 15:30", """Dear Karen,

What a kind present. Yes, we take American cards - Visa, Mastercard and Amex - and you can pay
online with no fees on our side. Students get 20% off dry cleaning and laundry with a valid
student card, which he shows at the counter the first time he comes in.

Kind regards,""")),

    C("a36-prepaid-card-questions", "en", "pending", {"unanswered-question": 2},
      "Imogen Tate <imogen.tate@example.org>", "iphone", "Prepaid card",
      "Three short questions about the prepaid card; only the first (which branches) is answered.",
      cu("11-16 19:45", """Hi there,

I saw the sign about the prepaid cleaning card (pay £90, get £100). Does it work at all three branches or only where you buy it? Can my partner and I share one card? And does the credit expire?

Thanks,
Imogen

Sent from my iPhone""", uq=2),
      ag("tamsin", "11-17 08:55", """Hi Imogen,

It works at all three branches - Walcot Street, Widcombe and Larkhall - and you can top it up
at any of them too.

Kind regards,""")),

    C("a37-leather-jacket-redye", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Jack Morrell <jack.morrell@example.net>", "android", "Leather jacket - when back?",
      "'just following up on my email from Tuesday - I still haven't heard back'; the reply gives the return date but ignores the re-dye request.",
      cu("11-10 09:00", """Hi, I left my brown leather biker jacket with you on 27 Oct and was told it goes to a specialist and takes 2-3 weeks. Any idea when it'll be back? While it's there, could they also re-dye the collar? It's faded a lot lighter than the rest.

Cheers
Jack

Sent from Outlook for Android""", uq=1),
      cu("11-12 08:15", """Hi, just following up on my email from Tuesday - I still haven't heard back and I
need the jacket for a trip on the 21st.

Jack

Sent from Outlook for Android""", chase=True),
      ag("tamsin", "11-12 13:40", """Hi Jack,

Sorry for the slow reply. I've just rung our leather specialist: your jacket is cleaned and
on its way back to us, so it will be at the Larkhall shop from Monday 16th - in good time
for your trip.

Kind regards,""")),

    C("a38-sofa-covers-red-wine", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ruth Saunders <ruth.saunders@example.com>", "gmail", "Loose sofa covers - red wine",
      "Support asks for a photo, the customer sends it (PNG; not a chase); 'he'll let you know tomorrow' kept two working days late; the cushion covers are never addressed.",
      cu("11-11 20:30", """Hello,

We had a party on Saturday and someone knocked red wine over our cream sofa. The covers are loose and zip off. Can you get red wine out of them? And while they're off, could you do the four cushion covers at the same time so they all match?

Thanks,
Ruth""", uq=1),
      ag("tamsin", "11-12 09:10", """Hi Ruth,

It depends a lot on the fabric. Could you send a photo of the stain and of the care label
inside one of the covers? Then our workroom manager can tell you what to expect.

Kind regards,"""),
      cu("11-12 12:40", """Here you go - the label says 55% linen 45% cotton, dry clean only. Photo of the
worst bit attached.

Ruth""", attach=[("image/png", "sofa-stain.png", WINE_PNG)]),
      ag("tamsin", "11-12 14:05", """Thanks Ruth. I've passed the photo to Gareth, who's in the workroom this afternoon -
he'll let you know tomorrow whether it's safe to clean.

Kind regards,""", promises=[("11-13", 5)]),
      ag("gareth", "11-16 09:30", """Dear Ruth,

Sorry this has taken until Monday. A linen-cotton dry-clean-only cover takes red wine out
well as long as it hasn't been heat-treated: we pre-treat the stain with a tannin spotter
before cleaning, and I'd expect it to come out completely or leave only a faint shadow. The
sofa covers are £45, ready in five working days.

Best wishes,""")),

    C("a39-forwarded-dinner-jacket", "en", "pending", {},
      "Laura Penrose <laura.penrose@example.com>", "outlook", "FW: dinner jacket",
      "HTML-only mail forwarding the husband's note; his questions are forwarded text, not hers; her own request (collection on Tuesday) is answered.",
      cu("11-16 12:10", """Hello,

Forwarding this from my husband, who avoids email if he possibly can. His dinner jacket needs
cleaning before a ball on the 28th. Could your van collect it from our house in Weston (7
Lansdown Grove Mews) on Tuesday?

Thanks,
Laura Penrose

________________________________
From: Mark Penrose <mark.penrose@example.com>
Sent: Monday, November 16, 2026 8:02 AM
To: Laura Penrose <laura.penrose@example.com>
Subject: dinner jacket

Lau - can you ask the cleaners if they can do the satin lapels without them going shiny? And
is it still about £20? Ta. M""", kind="html"),
      ag("dev", "11-16 15:40", """Hello Laura,

Yes - Weston is on Tuesday's round, so the van will be with you between 1 and 3pm tomorrow.
If nobody's in, leave the jacket in a bag with your name on it by the door.

Regards,""")),

    C("a40-lace-tablecloth-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Harold Finch <harold.finch@example.org>", "thunderbird", "Lace tablecloth",
      "No reply for two days, so the customer resends his mail word for word as a new message (no threading headers); answered the next day.",
      cu("11-10 10:30", """Dear Sir/Madam,

I have an old Nottingham lace tablecloth, approx. 70 x 108 inches, with some brown age spots.
Is this something you can clean, and what would it cost? I would prefer not to have it
starched.

Yours faithfully,
Harold Finch"""),
      cu("11-12 19:00", """Dear Sir/Madam,

I have an old Nottingham lace tablecloth, approx. 70 x 108 inches, with some brown age spots.
Is this something you can clean, and what would it cost? I would prefer not to have it
starched.

Yours faithfully,
Harold Finch""", parent=0, chase=True),
      ag("tamsin", "11-13 15:10", """Dear Mr Finch,

Apologies - your first message slipped through while we were short-staffed. Yes, we can: old
lace is hand-washed in the workroom and age spots usually lighten a great deal, though very
old ones may not vanish completely. For a cloth that size it's £32, and I've noted no starch.

Kind regards,""")),

    C("a41-price-rise-stamp-card", "en", "closed", {"unanswered-question": 1},
      "Doreen Pascoe <doreen.pascoe@example.net>", "gmail", "New prices",
      "A question the customer answers herself, then two real ones: the pensioners' discount is answered, the old stamp card is not.",
      cu("11-03 15:20", """Hello,

I've been bringing my husband's shirts to Larkhall for eleven years and I see the prices have
gone up again. Why is everything going up again? I know, I know - the energy bills, I read
your notice in the window.

Is the Tuesday pensioners' discount still running? And can I still use my old stamp card, it has six stamps on it?

Regards,
Doreen Pascoe""", uq=1),
      ag("tamsin", "11-03 17:05", """Dear Mrs Pascoe,

Thank you for being such a loyal customer - eleven years! Yes, the pensioners' discount is
still 15% every Tuesday at all three branches, and it applies to the new prices.

Kind regards,""")),

    C("a42-moth-holes-mending", "en", "closed", {"missed-follow-up": 1},
      "Simon Achebe <simon.achebe@example.com>", "apple", "Moth holes in jumper",
      "'Let me look at it under the lamp and I'll get back to you with a price' (no deadline: the 2-day window) - never kept; the case goes quiet.",
      cu("11-04 13:10", """Hi,

I've brought in a merino jumper for cleaning (ticket 40688) and noticed it has two small moth
holes near the hem. Could you arrange invisible mending? Or is it not worth it for a jumper?

Simon"""),
      ag("gareth", "11-04 16:00", """Hi Simon,

Invisible mending on knitwear is done by a reweaver we work with, and whether it's worth it
depends on the yarn and the size of the holes. Let me look at it under the lamp and I'll get
back to you with a price.

Best wishes,""", promises=[("window", None)])),

    C("a43-hotel-invoice-copies", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Grace Liddell <g.liddell@kingsmeadhotel.example>", "outlook", "Copy invoices Sept and Oct - audit",
      "Credit-note question answered; 'by end of day' for invoice copies kept only next morning after 'I'm still waiting'; the reply's References skip a message.",
      cu("11-16 09:05", """Dear Nell,

Our auditors are in on Thursday and I'm missing your invoices for September and October
(linen account KMH-04). Could you send me PDF copies, please? Also, the October one should
have a credit note against it for the lost bath sheets - has that been raised?

Kind regards,
Grace Liddell
Finance Manager, Kingsmead Hotel"""),
      ag("nell", "11-16 11:30", """Dear Grace,

Yes, the credit note for the 12 bath sheets was raised on 3 November (CN-0419). I'll send you
the September and October invoice copies by end of day.

Kind regards,""", promises=[("11-16", 4)]),
      cu("11-17 10:20", """Hi Nell,

I'm still waiting for the invoice copies you mentioned yesterday - could you send them this
morning? The auditors arrive first thing on Thursday.

Grace""", chase=True),
      ag("nell", "11-17 11:05", """Dear Grace,

Apologies - attached are INV-2609-311 and INV-2610-347, with the credit note CN-0419.

Kind regards,""", refs=[1, 3], attach=[("application/pdf", "KMH-04-invoices.pdf", INVOICES_PDF)])),

    C("a44-mink-coat-early-next-week", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Evelyn Marchbanks <evelyn.marchbanks@example.org>", "apple", "My mother's fur coat",
      "Fur price deferred to 'early next week' (said Thursday: by Tuesday 10 Nov), delivered Wednesday; the cold-storage question is never answered.",
      cu("11-05 10:15", """Good morning,

I've inherited my mother's mink coat, which has been in a wardrobe for about fifteen years. It smells musty and the lining is torn under one arm. Can you clean furs, and what would it cost including the lining repair? I'd also like to know whether you offer cold storage for furs over the summer.

Kind regards,
Evelyn Marchbanks""", uq=1),
      ag("gareth", "11-05 12:30", """Dear Evelyn,

We do - furs go to a specialist furrier we've used for years, who cleans them with a fine
sawdust process rather than solvent and can replace the lining. I need his price for a
full-length mink with a new lining; he's away until Monday, so I'll come back to you early
next week.

Best wishes,""", promises=[("11-10", 3)]),
      ag("gareth", "11-11 14:00", """Dear Evelyn,

I've heard back from the furrier: cleaning and glazing a full-length mink is £145, and a new
lining in matching satin £120. He needs about four weeks, so it would be back before
Christmas if it goes to him this month.

Best wishes,""")),

    C("a45-missed-van-refund", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Zoe Kettering <zoe.kettering@example.com>", "iphone", "Van didn't come",
      "Missed collection: Dev's 'I'll ... email you tomorrow' kept by Tamsin after the weekend (late); neither reply addresses the refund of the collection fee.",
      cu("11-12 18:30", """Hi,

I booked a collection for today between 2 and 4 (booking ref C-88213) and paid the £4.50 collection fee online. Nobody came - I stayed in all afternoon. What happened? And can you refund the £4.50, since I had to take the bags in myself in the end?

Zoe

Sent from my iPhone""", uq=1),
      ag("dev", "11-13 08:40", """Hi Zoe,

I'm sorry. I can see the booking, but the driver's sheet shows it as 'no access', which
doesn't sound right if you were in. I'll find out from the driver what happened and email
you tomorrow.

Regards,""", promises=[("11-14", 3)]),
      ag("tamsin", "11-16 10:20", """Hi Zoe,

Dev asked me to follow this up. The driver had the wrong flat number on his sheet, so he went
to 4A instead of 14A, rang and left. That's our mistake, and we've corrected the address on
your account.

Kind regards,""")),

    C("a46-waxed-jacket-reproofing", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Hugh Latimer <hugh.latimer@example.net>", "gmail", "Re-proofing a waxed jacket",
      "'I'll confirm with them by Friday' never kept; 'Just checking in on this' on Tuesday is still unanswered.",
      cu("11-02 12:00", """Hello,

Do you re-wax Barbour jackets? Mine is about ten years old and has gone dry at the
shoulders. If so, how long does it take?

Hugh Latimer"""),
      ag("tamsin", "11-03 09:00", """Dear Mr Latimer,

We send waxed jackets to a re-proofing partner in Somerset, normally with a two-week
turnaround. They sometimes stop taking work in the run-up to Christmas, so I'll confirm with
them by Friday whether they're still accepting jackets this year.

Kind regards,""", promises=[("11-06", None)]),
      cu("11-17 08:30", """Hello Tamsin,

Just checking in on this - did you hear back from the re-proofing people? I'd rather not
leave it much longer if they're about to close for Christmas.

Hugh""", chase=True)),

    C("a47-trouser-hems-zip", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ben Oyelaran <ben.oyelaran@example.org>", "outlook", "Alterations - trousers and a zip",
      "Fitting and hem price answered; turn-ups deferred to the tailor (no deadline) and never answered; the coat-zip price is skipped.",
      cu("11-06 09:00", """Hi,

I've got three pairs of suit trousers that need taking up about 3cm, and a winter coat with a broken zip. Can your tailor do turn-ups on one pair instead of a plain hem? How much is a coat zip replacement? And do I have to come in for a fitting for the hems or can I just pin them myself?

Thanks,
Ben""", uq=1),
      ag("tamsin", "11-06 11:20", """Hi Ben,

Pinning them yourself is fine - put the pins where you'd like the finished length, wearing
the shoes you'll wear with them. A plain hem is £12 a pair. For the turn-ups, I'll check with
Mira, our tailor, when she's in, and let you know.

Kind regards,""", promises=[("window", None)])),

    C("a48-sherwani-turmeric", "en", "closed", {},
      "Ravi Mehta <ravi.mehta@example.com>", "gmail", "Sherwani - turmeric marks",
      "'I'll test an inside seam and send you an honest verdict by Thursday', kept on Thursday; the customer's drop-off note in between asks nothing.",
      cu("11-09 19:30", """Hi,

I have a cream silk sherwani with gold embroidery that I wore to my brother's wedding in the
summer, and it has turmeric marks down the front (haldi ceremony, don't ask). Do you deal
with turmeric stains, and would the embroidery be safe?

Thanks,
Ravi"""),
      ag("gareth", "11-10 09:15", """Hi Ravi,

Turmeric is one of the trickier ones on silk, and metallic embroidery needs checking before
any solvent goes near it. Could you drop it in at Walcot Street? I'll test an inside seam and
send you an honest verdict by Thursday.

Best wishes,""", promises=[("11-12", 4)]),
      cu("11-10 17:45", """Dropped it off this afternoon - ticket 41055.

Ravi"""),
      ag("gareth", "11-12 10:30", """Hi Ravi,

Good news: the embroidery thread is colour-fast, and the test on the inside seam took the
turmeric out with an enzyme spotter and a cool rinse. We can do the whole sherwani for £48,
ready next Wednesday.

Best wishes,""")),

    C("a49-venue-linen-hire", "en", "pending", {},
      "Clare Whitaker <events@thepumphousebath.example>", "outlook", "Table linen for December events",
      "Hire answered yes; the full quote is promised by Tuesday 24 November - still ahead at the audit time.",
      cu("11-18 11:00", """Hello,

We're a wedding and events venue in Bath and our usual linen supplier can't cover our
December bookings. We'd need around 40 round tablecloths (ivory, 120 inch) and 400 napkins a
week for four weeks from 1 December. Is that something you could supply on hire?

Kind regards,
Clare Whitaker
Events Manager, The Pump House"""),
      ag("nell", "11-18 15:45", """Dear Clare,

Yes, we can cover that from our hire stock - ivory 120-inch rounds are one of our standard
sizes. I'm going through the December van schedule with our rounds manager on Monday, and
I'll send you a full quote with delivery days by Tuesday 24 November.

Kind regards,""", promises=[("11-24", None)])),

    C("a50-office-shirts-out-of-office", "en", "pending", {},
      "Patrick Doyle <p.doyle@doylearchitects.example>", "outlook", "Weekly shirt collection from the office",
      "Acknowledgement, then Dev answers with logistics ('the van collects on Wednesday'); the customer's out-of-office reply follows.",
      cu("11-16 08:20", """Hello,

Can you set up a weekly collection of shirts from our office at 3 Queen Square? There are
five of us, about 20 shirts a week. Which day would the van come?

Patrick Doyle
Doyle Architects"""),
      ack("11-16 08:21"),
      ag("dev", "11-16 13:30", """Hello Patrick,

Yes - Queen Square is on our Wednesday city round. The van collects on Wednesday between 8 and
10am and brings the previous week's shirts back on hangers at the same time. I've set up the
account under Doyle Architects, so the first collection is this Wednesday, 18 November.

Regards,"""),
      auto("11-16 13:31", """Thank you for your email. I am out of the office until Thursday 19 November
with limited access to email. For anything urgent please contact Sarah Quinn on
01225 480 771.

Patrick Doyle""", quote=False, to="Dev Raghunathan <dev@ashcombelaundry.example>",
           subject="Automatic reply: RE: Weekly shirt collection from the office")),
]

UNANSWERED: dict[str, list[str]] = {
    "a02-suit-lining-saturday": [
        "could you let me know if you do same-day service on Saturdays?"],
    "a10-school-costumes-list": [
        "Are you able to invoice the school directly rather than us paying at the counter?",
        "The hire company wants them back by Friday 4 December - is that achievable?"],
    "a11-daunenjacke-quittung": [
        "Können Sie mir bitte außerdem eine Quittung mit ausgewiesener Mehrwertsteuer ausstellen?"],
    "a15-dirndl-lederhose": ["Was kostet die Reinigung der Lederhose?"],
    "a16-robe-soie-daim": [
        "Et est-ce que je peux payer avec les bons cadeaux que l'on m'a offerts l'an dernier ?"],
    "a21-abrigo-camel-tarjeta": ["¿la tarjeta de fidelidad vale también para las cortinas?"],
    "a30-choir-cassocks-cuffs": [
        "do you repair that sort of thing as well, or should I find a seamstress?"],
    "a31-silk-blouse-receipts": [
        "could you send receipts to my work address (ana.k@brightlinedesign.example) from now on instead of this one?"],
    "a32-letting-agent-curtains": [
        "It would also help to know if you can invoice the agency rather than each tenant.",
        "Do you offer a fire-retardant treatment too?"],
    "a33-bridesmaid-dresses-bullets": [
        "Would you be able to keep them hanging at the shop until we collect on the Friday, so they don't crease again?",
        "Is there parking near the Walcot Street branch for loading four long dress bags?"],
    "a34-quilt-then-christening-gown": ["And do you clean christening gowns?"],
    "a35-student-shirt-subscription": [
        "Is the 20% student discount valid on the monthly shirt subscription too, or only on single items?"],
    "a36-prepaid-card-questions": ["Can my partner and I share one card?", "And does the credit expire?"],
    "a37-leather-jacket-redye": ["could they also re-dye the collar?"],
    "a38-sofa-covers-red-wine": [
        "could you do the four cushion covers at the same time so they all match?"],
    "a41-price-rise-stamp-card": ["And can I still use my old stamp card, it has six stamps on it?"],
    "a44-mink-coat-early-next-week": [
        "I'd also like to know whether you offer cold storage for furs over the summer."],
    "a45-missed-van-refund": [
        "And can you refund the £4.50, since I had to take the bags in myself in the end?"],
    "a47-trouser-hems-zip": ["How much is a coat zip replacement?"],
}

# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice124 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
