#!/usr/bin/env python3
"""Regenerate ``tests/practice120/``: a labelled corpus of Rosebay Hair Studio.

A support mailbox of a fictional hair salon in Clifton, Bristol (cuts, colour and colour
correction, balayage, extensions, bridal and occasion hair, children's cuts, gift vouchers,
patch tests, and the hair-care products it sells in the salon and online), written without
looking at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``rosebayhair.example``.

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

Usage: python scripts/make_practice120_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "rosebayhair.example"
DESK = "Rosebay Hair Studio <hello@rosebayhair.example>"

AGENTS = {
    "nia": ("Nia Okafor <nia@rosebayhair.example>", "thunderbird", """-- 
Nia Okafor
Front Desk & Bookings | Rosebay Hair Studio
14 Whiteladies Road, Clifton, Bristol BS8 2LG | 0117 496 0732
Book online: https://rosebayhair.example/book?src=email"""),
    "callum": ("Callum Reid <callum@rosebayhair.example>", "outlook", """Callum Reid
Senior Colourist | Rosebay Hair Studio
New to colour with us? We need a patch test 48 hours before your appointment."""),
    "priya": ("Priya Lal <priya@rosebayhair.example>", "apple", """Priya Lal
Bridal, Events & Extensions | Rosebay Hair Studio
https://rosebayhair.example/bridal?utm_source=email"""),
    "fern": ("Fern Whitlock <fern@rosebayhair.example>", "owa", """Fern Whitlock
Retail, Gift Vouchers & Accounts | Rosebay Hair Studio
This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please let us know and delete it."""),
    "lena": ("Lena Hofmann <lena@rosebayhair.example>", "thunderbird_de", """-- 
Lena Hofmann
Kundenservice auf Deutsch | Rosebay Hair Studio
https://rosebayhair.example/de?ref=signatur"""),
    "camille": ("Camille Roux <camille@rosebayhair.example>", "apple_fr", """Camille Roux
Accueil francophone | Rosebay Hair Studio
https://rosebayhair.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ortega <lucia@rosebayhair.example>", "gmail_es", """--
Lucía Ortega
Atención en español | Rosebay Hair Studio
+44 117 496 0739"""),
}

ACK = """Hello,

Thanks for contacting Rosebay Hair Studio. This is an automatic reply to let you
know we have received your email - your reference is {ref}.

Our front desk answers email Tuesday to Saturday, 9am to 6pm, and we aim to reply
within one working day. To change an appointment in the next 24 hours, please
call us on 0117 496 0732.

Rosebay Hair Studio
14 Whiteladies Road, Clifton, Bristol BS8 2LG
https://rosebayhair.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Rosebay Desk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="rb.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice120", title="Rosebay Hair Studio", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="RHS-", reply_prefix=REPLY_PREFIX)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

BOX_PNG = mailcraft.png(12, 9, lambda x, y: (205 - 6 * y, 180 + 4 * x, 150 + 3 * y))
VINE_PNG = mailcraft.png(14, 6, lambda x, y: (214 - 2 * x, 176 + 5 * y, 72))
TONER_PNG = mailcraft.png(8, 12, lambda x, y: (120 + 8 * x, 90 + 5 * y, 170))
RETURN_PDF = mailcraft.pdf(["Rosebay Hair Studio - DPD returns label",
                            "Collection: Wednesday 18 November 2026, 9am-5pm",
                            "Ref RET-2611-071  Item: hair dryer (warranty return)"])
MODELS_PDF = mailcraft.pdf(["Rosebay Hair Studio - Training evenings for models",
                            "Tuesdays 6.30pm: 24 Nov, 1 Dec, 8 Dec, 15 Dec",
                            "Cut & finish 10 GBP - colour 25 GBP (patch test needed)"])


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("r01-balayage-virgin-hair", "en", "closed", {},
      "Hannah Byrne <hannah.byrne@example.com>", "gmail", "Balayage price for long hair?",
      "Three questions (price, time, patch test) answered out of order in one paragraph; thanks-only reply.",
      cu("11-03 19:42", """Hi there,

I've been following your Instagram for ages and I'd finally like to book a
balayage. My hair is past my shoulder blades, naturally a mousy light brown and
never been coloured. How much would that be roughly? And how long should I set
aside - is it a whole afternoon job? I also read somewhere that I need a patch
test first, is that right even if I've never had a reaction?

Thanks,
Hannah"""),
      ag("callum", "11-04 10:15", """Hi Hannah,

Thanks for getting in touch. Yes, we do need a patch test for every new colour client, even without previous reactions - pop in any day at least 48 hours before and it takes five minutes. For virgin hair at your length a balayage with toner is £165-£185, and I'd block out about three and a half hours including the cut and blow-dry, so an afternoon is about right.

Best,
Callum"""),
      cu("11-04 12:03", """Brilliant, thank you Callum! I'll pop in for the patch test on Saturday
and book online after.

Hannah""", thanks=True)),

    C("r02-bridal-party-tetbury", "en", "closed", {"unanswered-question": 1},
      "Sophie Marsh <sophie.marsh@hollowayfarm.example>", "outlook", "Wedding hair - 12 June 2027, Tetbury",
      "Bride asks about trial dates, total for five, travel and a blow-dry for her mum; the mum's blow-dry is never addressed.",
      cu("10-27 21:10", """Hello Priya,

A friend recommended you for wedding hair. I'm getting married on Saturday 12 June 2027 at Hollow Barn near Tetbury and I'd love you to do hair for me and four bridesmaids. A few questions:

Do you have any dates for a trial in December? Weekday evenings would be easiest.
What would the total be for bride plus four?
Do you travel that far, and is there a travel charge?

Also, would you be able to do a simple blow-dry for my mum on the morning? She has short hair and won't need much.

Many thanks,
Sophie Marsh""", uq=1),
      ag("priya", "10-28 11:30", """Hi Sophie,

Congratulations, and thank you for thinking of us! For the trial I have Tuesday 8 December or Thursday 10 December, both at 5.30pm. Bridal hair is £180 including the trial, and bridesmaids are £65 each, so £440 for the five of you. We travel up to 50 miles from Bristol for a flat £45, and Tetbury is well within that.

Warmly,
Priya"""),
      cu("10-28 18:22", """Thursday 10 December at 5.30 please! Do you need a deposit to hold it?

Sophie"""),
      ag("priya", "10-29 09:05", """Lovely - you're booked in for Thursday 10 December at 5.30pm. No deposit for the trial; we take £100 to hold the wedding morning once you've had the trial and are happy.

Priya""")),

    C("r03-box-dye-to-copper", "en", "pending", {"unanswered-question": 2},
      "Jade Thornton <jadethornton@example.net>", "android", "colour correction",
      "One long run-on paragraph with five questions; sessions, cost and a consultation are answered, damage and Saturdays are not.",
      cu("11-16 22:48", """Hi, so I did something stupid and put a box dye (Natural Black) on my hair in August and now I really want to go copper for winter, I know black is the hardest to get out so I'm asking before I book anything, can you actually lift it in one session or is it going to be a few visits, and roughly what am I looking at cost wise because I'm a student and need to budget, also I'm worried about the condition because the ends are already a bit dry, will going from black to copper wreck my hair, my friend said you use some bond builder thing, and do you do colour appointments on Saturdays because I'm at uni all week. Thanks Jade

Sent from Outlook for Android""", uq=2),
      ag("callum", "11-17 09:40", """Hi Jade,

Thanks for being upfront about the box dye, it genuinely helps. From black to a true copper is almost always two or three sessions, four to six weeks apart - we take the black out with a colour remover first and then build the copper on top. The colour removal session is from £95 and each visit after that is around £70, and we take 15% off for students with a valid card.

Before anything I'd like to see you for a free 15-minute consultation and a strand test, so I can tell you exactly how your hair lifts.

Callum""")),

    C("r04-shop-order-missing-conditioner", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Gemma Price <gemma.price@example.org>", "gmail", "Order RB-30418 - conditioner missing",
      "Online order short one item (photo attached); 'I'll get back to you tomorrow' kept only two days late after 'any news?'.",
      cu("11-09 13:05", """Hello,

My order RB-30418 arrived this morning but the Kérastase Nutritive conditioner
isn't in the box, only the shampoo and the hair oil. The packing slip lists all
three. Could you send the conditioner out please? Photo of what came attached.

Gemma""", attach=[("image/png", "IMG_4471.png", BOX_PNG)]),
      ag("fern", "11-09 15:20", """Hi Gemma,

I'm sorry about that. Let me check with the stockroom whether it was left off or whether it was out of stock when your order was packed, and I'll get back to you tomorrow.

Kind regards,
Fern""", promises=[("11-10", 4)]),
      cu("11-12 08:47", """Hi Fern, any news on the conditioner? Still nothing here.

Gemma""", chase=True),
      ag("fern", "11-12 10:10", """Hi Gemma,

Apologies for the silence. It had simply been left off at packing - a replacement went out first class this morning (tracking RM 4412 8830 1GB), and I've refunded the £4.95 postage on your original order.

Kind regards,
Fern""")),

    C("r05-gift-voucher-birthday", "en", "closed", {},
      "Richard Ellison <r.ellison@example.com>", "apple", "Gift voucher for my wife",
      "Voucher questions answered inline under the quotes; the collection plan is answered in a line; thanks-only reply.",
      cu("11-05 20:15", """Good evening,

I'd like to buy a gift voucher for my wife's birthday on the 19th. Can they be
for any amount, or only set values? And can she use it for products as well as
a cut and colour? I'd prefer to pick it up in person rather than have it posted.

Regards,
Richard Ellison"""),
      ag("nia", "11-06 09:30", """Good morning Richard,

On 11/5/26 8:15 PM, Richard Ellison wrote:
> Can they be for any amount, or only set values?

Any amount from £20 upwards.

> And can she use it for products as well as a cut and colour?

Yes, on anything in the salon, products included. Vouchers are valid for a year.

> I'd prefer to pick it up in person rather than have it posted.

No problem at all - it'll be ready at reception in a card, and we're open
Tuesday to Saturday.

Nia""", quote=False),
      cu("11-06 10:02", """Perfect, I'll come in on Saturday. Thank you.

Richard""", thanks=True)),

    C("r06-curly-cut-list", "en", "closed", {"unanswered-question": 2},
      "Amara Nwosu <amara@nwosu-design.example>", "thunderbird", "Curly cut - a few questions before I book",
      "A numbered list of five questions answered half-way: 1-3 answered, 4 and 5 dropped.",
      cu("11-02 09:14", """Hi,

I have type 3C curls, shoulder length, and I've had bad experiences with
stylists who cut curls wet. Before I book:

1. Do you cut curly hair dry?
2. Which of your stylists specialise in curls?
3. How long is a curly cut appointment?
4. Should I come with my hair washed and styled or in its natural state?
5. Do you stock any sulphate-free products for curls?

Thanks,
Amara""", uq=2),
      ag("nia", "11-02 14:40", """Hi Amara,

Yes - our curl cuts are done dry, curl by curl, and then we wash and style so you can see how it sits. Ellie and Marcus are our curl specialists; Ellie has Tuesday and Thursday availability this month. Allow 90 minutes.

Kind regards,
Nia"""),
      cu("11-02 15:05", """Lovely, I'll book with Ellie online. Thanks!

Amara""", thanks=True)),

    C("r07-keratin-thick-hair", "en", "closed", {"missed-follow-up": 1},
      "Leila Haddad <leila.haddad@example.net>", "owa", "Keratin smoothing - price?",
      "Longevity answered, the exact price promised 'by Friday' and never sent; the customer does not write again.",
      cu("11-10 11:20", """Hi,

I'm interested in a keratin smoothing treatment. My hair is very thick and frizzy, about mid-back. Your website says "from £180" - what would it be for hair like mine? And how long does it last?

Thanks
Leila"""),
      ag("callum", "11-11 08:55", """Hi Leila,

It usually lasts three to five months, depending on how often you wash and whether you use sulphate-free shampoo. For very thick mid-back hair the price goes up with the amount of product; I'll weigh it up against our last few long-hair treatments and send you an exact figure by Friday.

Callum""", promises=[("11-13", None)])),

    C("r08-fringe-trim-reopened", "en", "pending", {"reopened": 1},
      "Olivia Grant <olivia.grant@example.com>", "iphone", "Fringe trim",
      "Answered and explicitly marked resolved; three days later the customer reports an uneven fringe in the same thread.",
      cu("11-12 18:30", """Hi! Do you do free fringe trims between cuts? I had my cut with Marcus three weeks ago. If so can I just walk in?

Sent from my iPhone"""),
      ag("nia", "11-13 09:10", """Hi Olivia,

Yes, fringe trims are free within six weeks of a cut with us. Walk-ins are fine on weekday mornings; on Saturdays it's best to book a 10-minute slot online so you're not waiting. I'll mark this as resolved, but just reply if you need anything else.

Nia""", closes=True),
      cu("11-16 19:45", """Hi Nia, I went in on Saturday for the fringe - thank you! But since then I've noticed one side is noticeably shorter than the other, like half a centimetre. Can Marcus have a look at it this week? I can do Wednesday after 5.

Sent from my iPhone"""),
      ag("nia", "11-17 09:20", """Oh no, sorry Olivia. Marcus is in on Wednesday until 7 - I've booked you in at 5.30 to even it out, no charge.

Nia""")),

    C("r09-highlights-gloss-mobile", "en", "closed", {"unanswered-question": 1},
      "Priyanka Shah <priyanka.shah@example.org>", "gmail", "Thursday appointment - a couple of things",
      "Gloss and new time answered; the request in passing to update her mobile number is ignored.",
      cu("11-04 08:12", """Hi,

I'm booked in for a half head of highlights with Callum on Thursday 12th at 2pm. Would it be possible to add a gloss at the end? I've read it helps with brassiness. And is there any chance of moving it to 3pm, as I've got a school pickup clash? Oh and please could you update my mobile number on file to 07700 900481 - the old one doesn't work any more.

Thanks!
Priyanka""", uq=1),
      ag("callum", "11-04 11:30", """Hi Priyanka,

A gloss at the end is a great idea for brassiness - it adds about 20 minutes and £25. 3pm is fine, I've moved you. See you on the 12th!

Callum"""),
      cu("11-04 11:48", """Amazing, thank you!""", thanks=True)),

    C("r10-itchy-scalp-shampoo", "en", "closed", {"missed-follow-up": 1},
      "Martin Kowalski <m.kowalski@kowalskipartners.example>", "outlook", "Itchy scalp after colour",
      "Customer with a confidentiality disclaimer; the shampoo recommendation is deferred without a deadline and never sent.",
      cu("11-05 12:00", """Hello,

After my colour last week my scalp has been itchy and a bit flaky. Not painful, just irritating. Is that normal after colouring? And which shampoo from your range would you recommend for a sensitive scalp?

Martin Kowalski
Senior Analyst | Kowalski & Partners

CONFIDENTIALITY: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Any questions? Contact compliance@kowalskipartners.example"""),
      ag("callum", "11-05 16:40", """Hi Martin,

Mild itching for a few days after colour can happen, especially on a dry scalp, but flaking a week on is worth keeping an eye on - if you notice any swelling or redness please see a pharmacist straight away and tell us before your next colour. On the shampoo, I want to ask our product rep which of the two sensitive-scalp shampoos we stock is completely fragrance-free, and I'll let you know.

Callum""", promises=[("window", None)]),
      cu("11-06 09:15", """Thanks Callum, it's already settling down. I'll wait to hear about the shampoo.

Martin""", thanks=True)),

    C("r11-wedding-guest-updo", "en", "closed", {"slow-first-response": 1},
      "Charlotte Dean <charlotte.dean@example.com>", "gmail", "Updo for a wedding on the 21st",
      "Friday-evening enquiry acknowledged by the robot, first human reply on Tuesday (closed Sun/Mon); then booked. HTML alternative from the customer.",
      cu("11-06 18:55", """Hi,

I'm a guest at a wedding on Saturday 21 November and would love an updo. Do you do them for non-brides, and what time do you open on Saturdays? The ceremony is at 1pm in Clifton so I'd need to be done by about 11.30.

Charlotte""", kind="alt"),
      ack("11-06 18:56"),
      ag("nia", "11-10 09:20", """Hi Charlotte,

Sorry for the slow reply - we're closed Sundays and Mondays. Yes, we do occasion hair for anyone: an updo is £55 and takes about an hour. On Saturdays we open at 8.30, so a 9.30 or 10.00 start would have you out by 11 with time to spare. Shall I pencil you in for 10.00?

Nia"""),
      cu("11-10 12:40", """Yes please, 10am is perfect. I'll bring a picture of what I'm after.

Charlotte""", kind="alt"),
      ag("nia", "11-10 13:05", """Done - Saturday 21st, 10am with Jess. See you then!

Nia""")),
]
CASES += [
    C("r12-tape-extensions-swimming", "en", "closed", {"unanswered-question": 1},
      "Freya Lindqvist <freya.l@example.org>", "apple", "Tape-in extensions",
      "Answered, 'I'll have a think'; four days later a second mail with three questions - maintenance and straighteners answered, chlorine skipped. Customer in Stockholm (UTC+1).",
      cu("10-30 15:10", """Hi, do you fit tape-in extensions, and what's the price for a full head?

Freya"""),
      ag("nia", "10-30 16:00", """Hi Freya,

Yes - tape-ins are fitted by Priya. A full head (40 tapes) is £320 including the hair, the fitting and a blow-dry.

Nia"""),
      cu("10-31 10:30", """Great, thanks, I'll have a think.

Freya""", thanks=True),
      cu("11-03 21:10", """Hi again - I've decided to go ahead, I'm back in Bristol from the 12th!

Before I book, how often do they need moving up? And can I still use my straighteners on them? I swim twice a week as well so I'm wondering if chlorine is a problem.

Freya""", uq=1),
      ag("priya", "11-04 10:00", """Hi Freya,

Lovely to hear! Tapes need moving up every six to eight weeks as your own hair grows - a refit is £90. Straighteners are fine on the extensions up to about 180°C; just keep the plates a finger's width away from the tapes themselves.

Priya"""),
      cu("11-04 13:30", """Thanks Priya, booked for the 14th.

Freya""", thanks=True), tz=1),

    C("r13-booking-page-error", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Tom Hargreaves <tom.hargreaves@example.com>", "thunderbird", "Can't book online - error at payment step",
      "Deposit question answered, a promise to email 'tomorrow' when the booking page is fixed is broken; the customer's chase with a booking request is still unanswered.",
      cu("11-11 21:05", """Hi,

I've been trying to book a men's cut with Marcus for next week but your
booking page throws "Error 502 - deposit could not be taken" every time I get
to the payment step. Tried two cards and two browsers. Is there another way to
book? And has the deposit been taken from my card three times now?

Tom"""),
      ag("nia", "11-12 09:30", """Hi Tom,

Sorry about that. The deposit is only pre-authorised and released automatically when a booking fails, so nothing has been taken. You can always book by phone on 0117 496 0732 or by replying here with a day and time. I've reported the error to our web developer and I'll email you tomorrow once I know it's fixed.

Nia""", promises=[("11-13", None)]),
      cu("11-17 20:30", """Hi Nia,

I haven't heard back about the booking page. I'd still like to book with
Marcus - Thursday or Friday after 6 if possible. Has it been fixed?

Tom""", chase=True)),

    C("r14-thinning-crown-trichologist", "en", "closed", {},
      "Diane Foster <diane.foster@example.net>", "owa", "Thinning hair - do you offer consultations?",
      "Answered with little more than a link to the partner trichologist; thanks-only reply.",
      cu("11-03 10:15", """Hello,

My hair has been thinning at the crown for the last year or so. Do you offer scalp consultations, or can you recommend a trichologist nearby?

Diane Foster"""),
      ag("nia", "11-03 12:00", """Hi Diane,

https://rosebayhair.example/partners/trichology?ref=desk

Nia"""),
      cu("11-03 12:30", """Thank you, very helpful.

Diane""", thanks=True)),

    C("r15-toddler-first-haircut", "en", "closed", {"unanswered-question": 1},
      "Ben Oduya <ben.oduya@example.com>", "gmail", "Toddler's first haircut",
      "Saturday availability answered; asked whether the child can sit on his lap, the reply describes the booster seat instead.",
      cu("11-05 19:20", """Hi,

Our son is 2 and needs his first proper haircut. He's quite wriggly. Do you do children's cuts on a Saturday morning? And can he sit on my lap for it rather than in the chair?

Ben""", uq=1),
      ag("nia", "11-06 10:05", """Hi Ben,

We do children's cuts every day we're open, Saturdays included - under-5s are £12 and we book a 20-minute slot so nobody's rushed. We've got a booster seat with a little steering wheel that most toddlers love, and a certificate with a lock of hair for first cuts.

Nia""")),

    C("r16-toner-faded-fast", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Nadia Rahman <nadia.rahman@example.org>", "iphone", "Toner gone brassy after a week",
      "'Come back to you early next week' (Thursday, so by Tuesday) kept only on the next Thursday by a colleague, after 'Just checking in'.",
      cu("11-04 17:50", """Hi, I had a blonde toner with Jess on Saturday and it's already gone brassy after three washes. I paid £68 for it. I use purple shampoo and don't wash it hot. Is this normal? What can be done?

Nadia

Sent from my iPhone"""),
      ag("callum", "11-05 10:20", """Hi Nadia,

That shouldn't happen after three washes - a toner should hold for four to six weeks. Jess is on holiday until Monday; I'll talk to her when she's back and come back to you early next week with what we can do.

Callum""", promises=[("11-10", 4)]),
      cu("11-12 13:10", """Hello? Just checking in on this, I've not had anything since Callum's email last week.

Sent from my iPhone""", chase=True),
      ag("nia", "11-12 15:00", """Hi Nadia,

I'm so sorry this slipped. Jess has looked at her notes and would like to redo the toner free of charge with a stronger formula - she has Saturday 14th at 11 or Tuesday 17th at 4. Which suits?

Nia"""),
      cu("11-12 15:30", """Tuesday at 4 please

Sent from my iPhone"""),
      ag("nia", "11-12 16:00", """Booked - Tuesday 17th at 4pm with Jess.

Nia""")),

    C("r17-rainy-blowdry-awards", "en", "closed", {},
      "Kirsty McLeod <kirsty@mcleodflowers.example>", "gmail", "Blow-dry that survives the rain?",
      "A rhetorical question, a question she answers herself, a signature with '?' and a '?' URL; the one real request is booked.",
      cu("11-09 08:30", """Morning!

Why does it always rain the one day I get a blow-dry?? Honestly. Anyway - I've got a work awards dinner on Friday 27th and want a sleek blow-dry that survives the walk from the car. What time's your last appointment on a Friday? Actually never mind, I've just found it on your website - 7pm, perfect. Could you book me in for 5.30 with whoever's free?

Kirsty
McLeod Flowers | Weddings & Events
Need flowers for a party? https://mcleodflowers.example/order?ref=sig"""),
      ag("nia", "11-09 10:45", """Hi Kirsty,

Ha - we hear that a lot! You're booked for Friday 27th at 5.30 with Sam, who does the smoothest blow-dries in the building. Ask her for the anti-humidity spray at the end.

Nia""")),

    C("r18-cut-and-beard-parking", "en", "closed", {"unanswered-question": 1},
      "Gareth Powell <gareth.powell@example.com>", "outlook", "Beard trim with haircut?",
      "Combo, booking and price answered and booked; the parking question is skipped.",
      cu("11-03 13:40", """Hi,

Do you do beard trims as well as cuts? If so can I book both together with Marcus, and how much is the combo? Also do you have parking nearby or is it pay and display?

Cheers
Gareth""", uq=1),
      ag("nia", "11-03 15:15", """Hi Gareth,

Yes - a cut and beard trim together is £38 with Marcus and takes 45 minutes. He's got Thursday at 6.15 or Saturday at 9 if either suits.

Nia"""),
      cu("11-03 15:40", """Thursday 6.15 please.

Gareth"""),
      ag("nia", "11-03 16:00", """Booked in - see you Thursday!

Nia""")),

    C("r19-hair-vine-bridal", "en", "closed", {"missed-follow-up": 1},
      "Eleanor Vance <eleanor.vance@example.org>", "apple", "Hair vine for the wedding",
      "Photo of a hair vine; the styling question answered, a match promised 'by Thursday' and delivered by a colleague the following Monday.",
      cu("11-02 11:00", """Hi Priya,

Following my trial last week, I've found a gold hair vine I love (photo attached). Would it work with the low chignon we settled on? And could you source a matching one for my maid of honour?

Thanks so much,
Eleanor""", attach=[("image/png", "hair-vine.png", VINE_PNG)]),
      ag("priya", "11-02 15:30", """Hi Eleanor,

It's gorgeous, and it will sit beautifully along the side of the chignon - I'd pin it just above the left ear. As for a second one, I'll ask our supplier tomorrow whether they can match it and let you know by Thursday.

Priya""", promises=[("11-05", 3)]),
      ag("nia", "11-09 10:30", """Hi Eleanor,

Priya asked me to pass this on as she's been at weddings all week: the supplier can match the vine in gold for £34 and it would arrive within ten days. Shall I order it?

Nia"""),
      cu("11-09 19:00", """Yes please, go ahead. Thank you both!

Eleanor"""),
      ag("nia", "11-10 09:10", """Ordered, and I've added it to your wedding booking.

Nia""")),
]
CASES += [
    C("r20-patch-test-reaction", "en", "closed", {},
      "Ruth Adebayo <ruth.adebayo@example.com>", "gmail", "Patch test - small red patch",
      "Front desk hands over to the colourist ('he'll get back to you this morning'), who answers within the hour; customer acknowledges.",
      cu("11-10 09:00", """Hi,

I had my patch test on Saturday for Thursday's colour. There's a small red patch behind my ear now, a bit itchy. Does that mean I can't have the colour? Should I cancel Thursday?

Ruth"""),
      ag("nia", "11-10 09:40", """Hi Ruth,

Thank you for telling us - that's exactly why we do the test. I've passed this to Callum, our senior colourist, and he'll get back to you this morning.

Nia""", promises=[("window", 3)]),
      ag("callum", "11-10 11:15", """Hi Ruth, Callum here.

A red, itchy patch counts as a reaction, so I'm afraid we can't use that colour on Thursday. Please don't cancel, though: we'll keep Thursday for your cut, and I'd like to patch test you with our ammonia-free, PPD-free range instead. If you can pop in tomorrow we'd have the result in time for a colour next week.

Callum"""),
      cu("11-10 12:00", """OK, I'll come in at lunchtime tomorrow. Thanks Callum.

Ruth""", thanks=True)),

    C("r21-salon-hire-photoshoot", "en", "pending", {"unanswered-question": 2},
      "Maya Ellis <maya@ellisphoto.example>", "gmail", "Hiring the salon for a shoot",
      "Questions buried in one long paragraph (base64): availability, rate and stylist answered; insurance and van parking dropped.",
      cu("11-16 11:30", """Hi there, I'm a photographer working on an editorial for a Bristol lifestyle magazine and we love the look of your space, the green tiles and the big window especially, so I wondered whether you ever hire out the salon on a Sunday or Monday when you're closed? We'd need it for about five hours, ideally Monday 30 November, and we'd bring our own model and make-up artist but would love one of your stylists to do the hair if they're free. What would the day rate be, do we need our own public liability insurance, and is there somewhere to park a van with lighting kit outside for the day? Happy to credit the salon in the piece of course.

Best,
Maya Ellis
Ellis Photography""", cte="base64", uq=2),
      ag("priya", "11-17 10:00", """Hi Maya,

We'd love that! We do hire the salon out on Mondays - it's £60 an hour, so £300 for five hours, and Monday 30 November is free at the moment. I can do the hair myself for an extra £150 for the day.

Priya""")),

    C("r22-grey-blending-price", "en", "closed", {},
      "Susan Clarke <susan.clarke@example.net>", "outlook", "Grey blending instead of full colour",
      "Price promised for 'tomorrow' and sent the next morning; thanks-only reply.",
      cu("11-02 10:30", """Hello,

I've been colouring my roots every four weeks for years and I'm tired of it. Is grey blending something you'd recommend for someone about 60% grey? I'd like to know the price too.

Susan Clarke"""),
      ag("callum", "11-02 12:00", """Hi Susan,

Yes, 60% is ideal for blending - we weave fine lowlights and highlights through so the regrowth is soft and you can stretch to ten or twelve weeks. The price depends on your length and what's on your hair now; I'll look at your colour history from your last visits and email you a price tomorrow.

Callum""", promises=[("11-03", 3)]),
      ag("callum", "11-03 09:45", """Hi Susan,

Having looked at your record: £120 for the first session, including a gloss, then around £85 each time after that.

Callum"""),
      cu("11-03 11:00", """Thank you Callum, that's very reasonable. I'll book in after Christmas.

Susan""", thanks=True)),

    C("r23-knotless-braids-silk-press", "en", "closed", {},
      "Zainab Bello <zainab.bello@example.com>", "iphone", "Braids and silk press",
      "Three questions answered inline under each quote, one of them with a bare 'Of course.'",
      cu("11-06 14:00", """Hi! Do you have anyone who does knotless braids? And a silk press - is that something you offer on natural 4C hair? Could I bring my own braiding hair?

Sent from my iPhone"""),
      ag("nia", "11-06 16:30", """Hi Zainab,

On 11/6/26 2:00 PM, Zainab Bello wrote:
> Do you have anyone who does knotless braids?

Yes - Adaeze, on Wednesdays and Saturdays.

> And a silk press - is that something you offer on natural 4C hair?

We do, £75 including a deep condition.

> Could I bring my own braiding hair?

Of course.

Nia""", quote=False)),

    C("r24-stripy-highlights-refund", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Rachel Turner <rachel.turner@example.org>", "gmail", "Unhappy with my highlights",
      "Three agents (front desk, colourist, accounts); the fix and a goodwill refund are handled, the receipt request is not.",
      cu("11-09 09:00", """Hi,

I had a full head of highlights on Saturday and they're much more stripy than the photo I brought in. I'm really not happy. Can it be fixed, or can I have a partial refund? And who do I speak to about it?

Rachel Turner"""),
      ag("nia", "11-09 11:00", """Hi Rachel,

I'm sorry to hear that. The person to speak to is Callum, our colour lead - I've forwarded your email and he'll be in touch.

Nia""", promises=[("window", 3)]),
      ag("callum", "11-09 15:30", """Hi Rachel, Callum here.

From your description I think it needs blending with a root smudge and a few lowlights; I'd like to put it right for free this week. Would Wednesday at 2pm work?

Callum"""),
      cu("11-09 18:00", """Wednesday works. But honestly I'd also like some money back, given I have to take another afternoon off work. And please can you send me a receipt for Saturday - I paid by card and didn't get one.

Rachel""", uq=1),
      ag("fern", "11-10 10:00", """Hi Rachel,

Fern from accounts here. Callum has confirmed Wednesday at 2pm. As a goodwill gesture I've refunded £40 to your card today; it can take 3-5 working days to show.

Kind regards,
Fern"""),
      cu("11-12 17:40", """Thanks - the smudge looks so much better.

Rachel""", thanks=True)),

    C("r25-bridal-contract-end-of-day", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Lucy Chambers <lucy.chambers@example.com>", "android", "Makeup artist + contract",
      "Make-up artist answered with a link; the contract promised 'by end of day' never comes and the customer's 'still waiting' mail is unanswered.",
      cu("11-10 08:00", """Hi Priya, for our wedding hair booking on 17 April - do you have a makeup artist you work with? And could you send me the contract so I can sign it? Thanks, Lucy

Get Outlook for Android"""),
      ag("priya", "11-10 10:30", """Hi Lucy,

Yes, we often team up with Tamsin Hale: https://tamsinhale.example - tell her I sent you! I'll send the contract over by end of day; I'm just updating it with your bridesmaid numbers.

Priya""", promises=[("11-10", None)]),
      cu("11-13 12:15", """Hi Priya, I'm still waiting for the contract - could you resend it? My fiancé's mum keeps asking if the hair is "sorted"!

Get Outlook for Android""", chase=True)),

    C("r26-soft-perm-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Margaret Hughes <mhughes@example.net>", "thunderbird", "Do you still do perms?",
      "Only the robot's acknowledgement; five days later the same mail word for word as a new message without threading headers.",
      cu("11-12 10:00", """Dear Sir or Madam,

Do you still do perms? I used to have a soft perm years ago and would like one
again. How much would it be for short hair, and do I need to come in for a
consultation first?

Yours faithfully,
Margaret Hughes"""),
      ack("11-12 10:01"),
      cu("11-17 09:30", """Dear Sir or Madam,

Do you still do perms? I used to have a soft perm years ago and would like one
again. How much would it be for short hair, and do I need to come in for a
consultation first?

Yours faithfully,
Margaret Hughes""", parent=0, chase=True)),

    C("r27-hair-donation-certificate", "en", "closed", {"unanswered-question": 1},
      "Helen Morris <helen.morris@example.com>", "gmail", "Donating my daughter's hair",
      "Donation cut and minimum length answered; the request for a certificate for the child is skipped.",
      cu("11-05 16:45", """Hello,

My daughter Isla (9) has decided to cut off her long hair and donate it to the Little Princess Trust. Do you do donation cuts, and how long does the ponytail need to be? Could you also give her a certificate or something? She's very proud of herself.

Helen Morris""", uq=1),
      ag("nia", "11-06 09:50", """Hi Helen,

What a lovely thing for Isla to do. Yes, we do donation cuts and the cut itself is free. The Trust needs at least 7 inches (17cm), so we tie it in a ponytail or a plait before cutting and post it off for you.

Nia"""),
      cu("11-06 10:30", """That's brilliant, thank you. We'll book for half term.

Helen""", thanks=True)),

    C("r28-loyalty-points-ooo", "en", "closed", {"missed-follow-up": 1},
      "Kate Sullivan <kate.sullivan@example.org>", "owa", "Loyalty points missing",
      "'I'll look into it and get back to you' with no deadline, never kept; the customer's out-of-office reply answers the agent.",
      cu("11-06 09:00", """Hi,

My last two visits (3 October and 31 October) haven't added any points to my loyalty card in the app. Could you check what's happened and add them? My card number is RB-L-22817.

Thanks,
Kate"""),
      ag("fern", "11-06 15:00", """Hi Kate,

Thanks for the card number. I can see both visits on our till but not on your card, so something's gone wrong with the link between the two. I'll look into it with the app provider and get back to you.

Kind regards,
Fern""", promises=[("window", None)]),
      auto("11-06 15:01", """Thank you for your email. I'm out of the office until Monday 16 November with limited access to email. For anything urgent please contact the team on 0117 496 0199.

Kate Sullivan""", subject="Automatic reply: Loyalty points missing", quote=False)),

    C("r29-christmas-party-eight", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Anita Desai <anita.desai@brightworks.example>", "outlook", "Christmas party hair for 8 people",
      "Group booking enquiry with a colleague in Cc; no reply for three days, the customer chases by replying to her own mail; then answered and booked.",
      cu("11-02 11:00", """Hello,

Our office Christmas party is on Friday 11 December and eight of us would like our hair done at the salon that afternoon. Could you fit a group of eight between 2pm and 5pm? Is there a group rate? We'd also love to bring some prosecco if that's allowed!

Best wishes,
Anita Desai
Office Manager, Brightworks""", cc="Tom Whitfield <tom.whitfield@brightworks.example>"),
      cu("11-05 09:15", """Hi, I sent the below on Monday and haven't had a reply. Could someone let me know either way? We need to firm up plans this week.

Anita""", parent=1, chase=True, cc="Tom Whitfield <tom.whitfield@brightworks.example>"),
      ag("nia", "11-05 11:40", """Hi Anita,

Apologies for the wait. Yes, we can do all eight between 2 and 5 with three stylists. Groups of six or more get 10% off, and you're very welcome to bring prosecco - we'll provide the glasses.

Nia"""),
      cu("11-05 12:10", """Wonderful - please book us in. I'll send names nearer the time.

Anita"""),
      ag("nia", "11-05 13:00", """Booked: Friday 11 December, 2-5pm, eight guests. Looking forward to it!

Nia""")),

    C("r30-daughter-trim-thread-lost", "en", "closed", {"unanswered-question": 1},
      "Julie Bennett <julie.bennett@example.com>", "gmail", "Cut and colour + daughter's trim",
      "The support reply lost In-Reply-To/References; it books the mother and answers the colour brand, but not the daughter's trim.",
      cu("11-03 16:00", """Hi,

Could I book a cut and colour with Jess on Saturday 14th, any time after 11? My daughter needs a trim too, so if you could book her in with someone at the same time that would be great. Does Jess still use the Wella colours? I reacted to one of the other brands years ago.

Julie""", uq=1),
      ag("nia", "11-04 10:00", """Hi Julie,

Jess has 11.30 on Saturday 14th, so I've booked you in for a cut and colour. And yes, she still uses Wella Koleston; we have your patch test on file from August, so you're all set.

Nia""", thread=False)),
]
CASES += [
    C("r31-hen-party-waves", "en", "closed", {},
      "Poppy Walsh <poppy.walsh@example.net>", "iphone", "Hen party - hair for 10",
      "Front desk passes it on ('she'll be in touch by Thursday'); the colleague answers on Wednesday; deposit answered with a payment link. The last reply's References skip a message.",
      cu("11-09 20:00", """Hiya! Doing hair for my sister's hen do in Bristol on Saturday 9 January - 10 of us, just curls/waves, nothing fancy. Can you do groups that big? Roughly how much per person?

Poppy x

Sent from my iPhone"""),
      ag("nia", "11-10 09:30", """Hi Poppy,

How fun! Groups are Priya's department - I've passed your email on and she'll be in touch by Thursday with prices and times.

Nia""", promises=[("11-12", 3)]),
      ag("priya", "11-11 14:00", """Hi Poppy, Priya here.

Ten sets of loose waves is very doable on Saturday 9 January - £35 per person, two stylists, about two and a half hours in all. We need a £50 deposit to hold the morning.

Priya"""),
      cu("11-11 18:00", """Perfect. How do I pay the deposit?

Sent from my iPhone"""),
      ag("priya", "11-12 09:00", """Here's the link: https://rosebayhair.example/pay?ref=HEN0109 - once it's paid you're confirmed.

Priya""", refs=[1, 2, 4])),

    C("r32-wig-styling-private-room", "en", "closed", {"unanswered-question": 1},
      "Angela Fraser <angela.fraser@example.com>", "owa", "Wig cut and style",
      "HTML-only mail from a customer starting chemotherapy: wig styling and a private room answered, the head-shave request skipped.",
      cu("11-04 13:20", """Hello,

I start chemotherapy next month and have ordered a synthetic wig through the hospital. I've been told it will need cutting to suit my face. Do you cut and style wigs? I'd feel much more comfortable somewhere private rather than in the main salon - is that possible? Would you also be able to shave my head when the time comes?

Thank you,
Angela Fraser""", kind="html", uq=1),
      ag("nia", "11-04 15:10", """Dear Angela,

Thank you for writing to us. Yes, Jess cuts and styles wigs, synthetic and human hair - it's £40 and takes about an hour. We have a private room upstairs, and we'll book you in there with the door closed and nobody else around.

Warm wishes,
Nia"""),
      cu("11-04 16:00", """Thank you, that's a relief. I'll ring to book.

Angela""", kind="html", thanks=True)),

    C("r33-planner-price-sheet-ahead", "en", "pending", {},
      "Isla Grant <isla@grantweddings.example>", "apple", "Partner pricing for Bath weddings",
      "A New York wedding planner (UTC-5) asks for partner prices; the sheet is promised by Tuesday 24 November, still ahead at audit time.",
      cu("11-17 19:30", """Hi Priya,

I plan destination weddings for American couples, mostly in Bath and the Cotswolds, and several of my 2027 brides are looking for a hair team. Do you offer a partner or agency rate? Could you send me your price list for bridal parties?

Best,
Isla Grant
Grant Weddings, New York"""),
      ag("priya", "11-18 10:20", """Hi Isla,

Lovely to hear from you - we work with a few planners already and yes, we have a partner rate. I'll put together a partner price sheet for bridal parties and send it to you by Tuesday 24th.

Priya""", promises=[("11-24", None)]), tz=-5),

    C("r34-home-toner-photo", "en", "closed", {},
      "Deborah Lyons <deb.lyons@example.org>", "thunderbird", "Toner to use at home",
      "Support asks for a photo; the customer's second mail sends it (not a chase); stock check promised without a deadline and kept the next day.",
      cu("11-02 10:10", """Hello,

In September Callum sold me a toner to use at home between appointments and I'd
like another, but I can't remember which one it was. Can I order it by email?
And is it OK to use it every week?

Deborah"""),
      ag("fern", "11-02 12:30", """Hi Deborah,

Of course - could you send me a photo of the bottle or the box so I can see the shade? Weekly is a bit too often, though: every two to three weeks keeps the tone without drying your ends.

Kind regards,
Fern"""),
      cu("11-02 17:45", """Here you go - it's nearly empty!

Deborah""", attach=[("image/png", "toner.png", TONER_PNG)]),
      ag("fern", "11-03 09:15", """Thanks Deborah, that's the Wella T14. Let me check whether we have it in stock and I'll come back to you.

Kind regards,
Fern""", promises=[("window", 5)]),
      ag("fern", "11-04 11:00", """Hi Deborah,

We have two in stock - I've put one aside for you at reception, £14.50, pay when you collect.

Kind regards,
Fern"""),
      cu("11-04 12:20", """Thank you, I'll pick it up on Friday.

Deborah""", thanks=True)),

    C("r35-sunday-booking-forwarded", "en", "pending", {},
      "Sarah Kim <sarah.kim@example.com>", "gmail", "Fwd: Your Rosebay appointment is confirmed",
      "The customer forwards the booking confirmation, whose own '?' lines ('Need to reschedule?', 'Running late?') are not hers; her two questions are answered.",
      cu("11-16 21:30", """Hi, I got this confirmation but it says Sunday 22nd - I thought you were closed on Sundays? Did I book the wrong day by mistake?

Sarah

---------- Forwarded message ---------
From: Rosebay Hair Studio <bookings@rosebayhair.example>
Date: Mon, 16 Nov 2026 at 21:12
Subject: Your Rosebay appointment is confirmed
To: <sarah.kim@example.com>

Hi Sarah,

Your appointment is confirmed: Cut & blow-dry with Sam, Sunday 22 November at 10:00.

Need to reschedule? Use the link in this email up to 24 hours before.
Running late? Call us on 0117 496 0732 and we'll do our best.

Rosebay Hair Studio"""),
      ag("nia", "11-17 09:05", """Hi Sarah,

You didn't do anything wrong - we're opening on the Sundays before Christmas this year, so Sunday 22nd at 10 with Sam is exactly right.

Nia""")),

    C("r36-pregnant-highlights-awaiting", "en", "open", {"awaiting-reply": 1},
      "Naomi Fletcher <naomi.fletcher@example.net>", "apple", "Moving my highlights",
      "Date change answered; the customer's next mail about highlights in early pregnancy has had no reply for two days.",
      cu("11-13 10:00", """Hi Nia,

Could I move my highlights from Saturday 21st to Saturday 28th? Same time if possible.

Naomi"""),
      ag("nia", "11-13 12:00", """Hi Naomi,

Done - Saturday 28th at 1pm with Callum.

Nia"""),
      cu("11-18 09:00", """Thanks Nia. One more thing - I've just found out I'm pregnant (early days!). Is it OK to go ahead with highlights? And do you have an ammonia-free option I could have instead?

Naomi""")),

    C("r37-dryer-warranty-collection", "en", "pending", {},
      "Liam Carter <liam.carter@example.com>", "outlook", "Returning a hair dryer",
      "Warranty return answered with a returns label PDF; 'the courier collects on Wednesday' is logistics, not a promise; thanks-only reply.",
      cu("11-16 18:00", """Hi,

The Dyson Supersonic I bought from your shop last month has started cutting out after a couple of minutes. It's under warranty. How do I return it? Do I need the original box?

Liam Carter"""),
      ag("fern", "11-17 10:00", """Hi Liam,

Sorry to hear that. No need for the original box - any sturdy box with some padding is fine. I've booked a DPD collection: the courier collects from your address on Wednesday between 9am and 5pm. The returns label is attached; please print it and stick it on the parcel.

Kind regards,
Fern""", attach=[("application/pdf", "DPD-returns-label.pdf", RETURN_PDF)]),
      cu("11-17 11:00", """Thank you, will do.

Liam""", thanks=True)),

    C("r38-silver-toner-fresh", "en", "open", {},
      "Grace Okoye <grace.okoye@example.org>", "gmail", "Silver toner for grey hair",
      "A new enquiry this morning with only the robot's acknowledgement - inside the response target.",
      cu("11-20 10:05", """Hi,

I've stopped dyeing and I'm now about 80% grey, but it looks a bit yellow in places. Do you do a silver toner? How long does it last, and can I book it on the same day as a cut?

Grace Okoye"""),
      ack("11-20 10:06")),

    C("r39-lost-earring-closed", "en", "closed", {},
      "Samira Haddou <samira.haddou@example.net>", "iphone", "Lost earring",
      "Found-item question answered and the ticket marked resolved; the customer's thanks does not reopen it.",
      cu("11-17 08:40", """Hi, did anyone find a small silver hoop earring? I think I left it at the basin on Saturday afternoon.

Sent from my iPhone"""),
      ag("nia", "11-17 09:30", """Hi Samira,

Yes! It's at reception in an envelope with your name on it. I'll mark this ticket as resolved - just pop in whenever suits.

Nia""", closes=True),
      cu("11-17 09:45", """Amazing, thank you so much!!

Sent from my iPhone""", thanks=True)),

    C("r40-training-model-evenings", "en", "closed", {},
      "Chloe Barker <chloe.barker@example.com>", "gmail", "Models for training nights?",
      "Answered with an attached PDF of dates and prices plus a 'Yes' for colour; thanks-only reply.",
      cu("11-03 20:20", """Hi,

A friend said you sometimes need models for your apprentices' training evenings. Are you still looking? What are the dates and what does it cost? And can I have colour done, not just a cut?

Chloe"""),
      ag("nia", "11-04 09:40", """Hi Chloe,

We are! Dates and prices are in the attached sheet. Colour: yes, with a patch test beforehand.

Nia""", attach=[("application/pdf", "training-evenings.pdf", MODELS_PDF)]),
      cu("11-04 10:15", """Great, thanks!""", thanks=True)),
]
CASES += [
    C("r41-balayage-besuch-dezember", "de", "pending", {"unanswered-question": 2},
      "Katrin Vogel <katrin.vogel@vogel-praxis.example>", "gmail_de", "Balayage während meines Aufenthalts im Dezember",
      "German visitor (UTC+1), four questions: price, duration and the patch test answered, Olaplex and parking not.",
      cu("11-16 20:15", """Hallo,

ich bin vom 3. bis 10. Dezember beruflich in Bristol und würde die Gelegenheit gern nutzen, mir bei Ihnen ein Balayage machen zu lassen. Meine Haare sind schulterlang, dunkelblond und nicht gefärbt. Was würde das ungefähr kosten, und wie viel Zeit muss ich einplanen? Arbeiten Sie mit Olaplex oder einem ähnlichen Pflegezusatz? Kann ich den Allergietest am selben Tag machen, da ich ja nur eine Woche vor Ort bin? Und gibt es in der Nähe ein Parkhaus? Ich habe einen Mietwagen.

Viele Grüße
Katrin Vogel""", uq=2),
      ag("lena", "11-17 11:00", """Hallo Frau Vogel,

vielen Dank für Ihre Nachricht! Für schulterlanges, ungefärbtes Haar liegt ein Balayage mit Toner bei 160 bis 175 £, und Sie sollten etwa drei Stunden einplanen.

Den Allergietest brauchen wir leider mindestens 48 Stunden vor der Farbe - am besten kommen Sie am 3. Dezember kurz vorbei (fünf Minuten), dann können wir ab dem 5. Dezember färben.

Viele Grüße
Lena Hofmann"""), tz=1),

    C("r42-extensions-farbe-nachsetzen", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Miriam Kaiser <m.kaiser@kaiser-design.example>", "outlook_de", "Extensions nachsetzen - Farbe 18/22",
      "'Ich melde mich bis Donnerstag' kept only the following Monday, after 'ich warte immer noch auf eine Antwort'.",
      cu("11-09 18:30", """Guten Tag,

ich habe im Sommer bei Ihnen Tape-Extensions bekommen und möchte sie Anfang Dezember nachsetzen lassen. Leider ist meine eigene Farbe inzwischen etwas heller geworden. Können Sie prüfen, ob es die Extensions in Farbe 18/22 noch gibt, und was das Nachsetzen mit neuen Tapes kostet?

Mit freundlichen Grüßen
Miriam Kaiser"""),
      ag("lena", "11-10 10:15", """Liebe Frau Kaiser,

vielen Dank für Ihre Nachricht. Das Nachsetzen mit neuen Tapes kostet 95 £. Ob 18/22 noch lieferbar ist, muss ich bei unserem Lieferanten erfragen - ich melde mich bis Donnerstag bei Ihnen.

Herzliche Grüße
Lena Hofmann""", promises=[("11-12", 4)]),
      cu("11-16 09:00", """Hallo Frau Hofmann,

ich warte immer noch auf eine Antwort wegen der Farbe 18/22. Ich müsste den Termin langsam festmachen.

Grüße
Miriam Kaiser""", chase=True),
      ag("lena", "11-16 14:00", """Liebe Frau Kaiser,

entschuldigen Sie bitte die Verzögerung. 18/22 ist leider ausgelaufen; die Nachfolgefarbe heißt 18/26 und ist einen Hauch wärmer - ich lege Ihnen beim Termin beide Muster an. Dienstag, 1. Dezember, 10 Uhr habe ich für Sie vorgemerkt.

Herzliche Grüße
Lena Hofmann"""), tz=1),

    C("r43-studentenrabatt-rechnung", "de", "closed", {"unanswered-question": 1},
      "Felix Brandt <felix.brandt@example.org>", "thunderbird_de", "Studentenrabatt Herrenhaarschnitt",
      "Erasmus student in Bristol: discount and appointment answered, the request for an invoice in his name skipped.",
      cu("11-04 17:10", """Hallo,

ich bin Erasmus-Student an der Uni Bristol. Gibt es bei Ihnen einen Studentenrabatt für Herrenhaarschnitte? Wenn ja, hätte ich gern einen Termin am Freitag, den 6., am Nachmittag. Bitte schicken Sie mir außerdem nach dem Termin eine Rechnung auf meinen Namen, die brauche ich für mein Stipendium.

Danke und viele Grüße
Felix Brandt""", uq=1),
      ag("lena", "11-05 09:30", """Hallo Felix,

ja, mit gültigem Studentenausweis gibt es 15 % Rabatt - der Herrenhaarschnitt kostet dann 27,20 £. Ich habe Sie für Freitag, 6. November, um 15:30 Uhr bei Marcus eingetragen.

Viele Grüße
Lena"""),
      cu("11-05 10:00", """Super, danke!

Felix""", thanks=True)),

    C("r44-zwillinge-kinderhaarschnitt", "de", "closed", {},
      "Sabine Weber <sabine.weber@example.net>", "gmail_de", "Kinderhaarschnitt für Zwillinge",
      "A German pleasantry question ('schönes Wochenende?') and two real questions, both answered; thanks-only reply. UTC+1.",
      cu("11-03 08:50", """Liebes Rosebay-Team,

ich hoffe, Sie hatten ein schönes Wochenende? Wir sind über die Herbstferien bei meiner Schwester in Bristol. Schneiden Sie auch Kinderhaare? Unsere Zwillinge sind sechs Jahre alt, und es wäre toll, wenn beide direkt nacheinander drankommen könnten - geht das?

Herzliche Grüße
Sabine Weber"""),
      ag("lena", "11-03 10:40", """Liebe Frau Weber,

danke, ja! Kinderhaarschnitte machen wir gern, bis zehn Jahre kosten sie 16 £. Zwei Termine direkt hintereinander sind kein Problem - zum Beispiel Donnerstag ab 15 Uhr.

Viele Grüße
Lena Hofmann"""),
      cu("11-03 12:05", """Wunderbar, vielen Dank! Wir rufen an.

Sabine Weber""", thanks=True), tz=1),

    C("r45-straehnchen-samstag", "de", "pending", {},
      "Anja Lorenz <anja.lorenz@lorenz-buero.example>", "outlook_de", "Strähnchen am Samstag?",
      "Availability and price answered with a time and a bare figure; booked.",
      cu("11-17 19:10", """Hallo,

haben Sie am Samstag, 21.11., noch einen Termin für Strähnchen frei? Und was kostet ein halber Kopf?

Gruß
Anja Lorenz"""),
      ag("lena", "11-18 09:15", """Hallo Frau Lorenz,

ja, um 13 Uhr bei Jess. Halber Kopf: 85 £.

Viele Grüße
Lena Hofmann"""),
      cu("11-18 10:40", """Perfekt, bitte tragen Sie mich ein.

Anja Lorenz"""),
      ag("lena", "11-18 10:05", """Erledigt - Samstag, 21.11., 13 Uhr. Bis dann!

Lena Hofmann"""), tz=1),
]
CASES += [
    C("r46-mariage-bath-essai", "fr", "pending", {"unanswered-question": 2},
      "Élise Moreau <elise.moreau@example.com>", "apple_fr", "Coiffure de mariage - Bath, mai 2027",
      "Bride from Lyon (UTC+1): trial date, price and travel answered; hair for her mother and witness, and fresh flowers, not addressed.",
      cu("11-15 21:00", """Bonjour,

Je me marie le 15 mai 2027 à Bath et une amie anglaise m'a conseillé votre salon. Serait-il possible de faire un essai coiffure en février, pendant un week-end où je serai en Angleterre ? Quel serait le tarif pour la mariée, essai compris ? Je voudrais aussi savoir si vous pouvez coiffer ma mère et ma témoin le jour J. Enfin, est-ce que vous travaillez avec des fleurs fraîches dans les chignons ?

Merci d'avance,
Élise Moreau""", uq=2),
      ag("camille", "11-16 10:30", """Bonjour Élise,

Félicitations ! Oui, nous pouvons tout à fait organiser l'essai un samedi de février, par exemple le 13 ou le 20. Pour la mariée, le forfait est de 180 £, essai compris, et nous nous déplaçons à Bath sans frais supplémentaires.

Bien à vous,
Camille"""), tz=1),

    C("r47-carte-cadeau-relance", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Julien Petit <julien.petit@example.org>", "gmail", "Carte cadeau coloration + soin",
      "'Je reviens vers vous d'ici vendredi' kept only the following Tuesday, after 'Je me permets de vous relancer'. UTC+1.",
      cu("11-03 21:40", """Bonjour,

Je voudrais offrir à ma compagne, qui fait ses études à Bristol, une coloration avec un soin chez vous pour son anniversaire. Combien cela coûterait-il ? Et est-il possible d'envoyer la carte cadeau en France, chez moi, pour que je la lui remette à Noël ?

Cordialement,
Julien Petit"""),
      ag("camille", "11-04 10:00", """Bonjour Julien,

Quelle belle idée ! Une coloration avec soin revient à 95 £ pour des cheveux mi-longs. Pour l'envoi en France, je vérifie avec ma collègue de la boutique et je reviens vers vous d'ici vendredi.

Bien cordialement,
Camille""", promises=[("11-06", 4)]),
      cu("11-10 08:30", """Bonjour Camille,

Je me permets de vous relancer au sujet de la carte cadeau : pouvez-vous l'envoyer en France ?

Julien""", chase=True),
      ag("camille", "11-10 11:20", """Bonjour Julien,

Toutes mes excuses pour ce retard. Oui, nous envoyons la carte en France par courrier suivi, 6 £ de frais, délai d'environ cinq jours. Vous pouvez la commander ici : https://rosebayhair.example/fr/cadeau?montant=95

Bien cordialement,
Camille"""), tz=1),

    C("r48-produits-belgique-facture", "fr", "closed", {"unanswered-question": 1},
      "Nathalie Garnier <n.garnier@boutique-garnier.example>", "outlook", "Livraison en Belgique",
      "Delivery question answered, thanks; two days later a second mail: the free samples are handled, the company invoice with VAT number is not. UTC+1.",
      cu("11-02 14:00", """Bonjour,

Livrez-vous vos produits en Belgique, notamment le shampooing à la camomille ?

Nathalie Garnier"""),
      ag("camille", "11-02 16:00", """Bonjour Nathalie,

Oui, nous livrons en Belgique : 9,50 £ de frais de port, cinq à sept jours ouvrés. Le shampooing à la camomille est bien disponible.

Bien à vous,
Camille"""),
      cu("11-03 09:10", """Merci beaucoup !

Nathalie""", thanks=True),
      cu("11-05 10:00", """Rebonjour Camille,

J'ai passé commande hier soir (n° RB-30377). Pourriez-vous m'envoyer une facture au nom de ma société, Boutique Garnier SPRL, avec le numéro de TVA BE0123.456.789 ? Et serait-il possible d'ajouter un échantillon du masque réparateur au colis ?

Nathalie Garnier
Boutique Garnier - Namur""", uq=1),
      ag("camille", "11-05 15:00", """Bonjour Nathalie,

Avec plaisir : j'ai glissé deux échantillons du masque réparateur dans votre colis, qui part demain matin.

Bien à vous,
Camille"""), tz=1),

    C("r49-brushing-sans-rendez-vous", "fr", "closed", {"slow-first-response": 1},
      "Inès Lambert <ines.lambert@example.net>", "iphone", "Brushing sans rendez-vous ?",
      "Friday-evening question from France (UTC+1), acknowledged by the robot, answered on Tuesday; thanks-only reply.",
      cu("11-06 20:00", """Bonjour, je serai à Bristol la semaine prochaine. Faites-vous des brushings sans rendez-vous ? Et quel est le prix pour des cheveux longs ?

Envoyé de mon iPhone"""),
      ack("11-06 19:01"),
      ag("camille", "11-10 09:00", """Bonjour Inès,

Désolée pour le délai, le salon est fermé le dimanche et le lundi. Oui, nous faisons des brushings sans rendez-vous du mardi au vendredi, le matin ; pour des cheveux longs, c'est 38 £.

Camille"""),
      cu("11-10 10:30", """Merci beaucoup !

Envoyé de mon iPhone""", thanks=True), tz=1),

    C("r50-coupe-enfant-inline", "fr", "closed", {},
      "Sophie Martin <sophie.martin@example.com>", "gmail", "Coupe pour mon fils",
      "Three short questions answered inline, with 'Bien sûr.', a bare figure and a time.",
      cu("11-05 13:15", """Bonjour,

Proposez-vous des coupes pour enfants ? Combien pour un garçon de 8 ans ? Le mercredi après-midi, c'est possible ?

Merci,
Sophie Martin"""),
      ag("camille", "11-05 15:40", """Bonjour Sophie,

Le 5 nov. 2026 à 13:15, Sophie Martin <sophie.martin@example.com> a écrit :
> Proposez-vous des coupes pour enfants ?

Bien sûr.

> Combien pour un garçon de 8 ans ?

16 £.

> Le mercredi après-midi, c'est possible ?

Oui, jusqu'à 18 h.

Camille""", quote=False)),
]
CASES += [
    C("r51-corte-mechas-estudiante", "es", "closed", {"unanswered-question": 2},
      "Marta Jiménez <marta.jimenez@example.com>", "gmail_es", "Corte y mechas antes de Navidad",
      "Master's student in Bristol: price and student discount answered (with a booking link), deposit and cash payment skipped.",
      cu("11-05 18:00", """Hola:

Soy estudiante de máster en Bristol y quiero hacerme un corte y unas mechas antes de volver a Madrid por Navidad. ¿Cuánto cuesta más o menos con el pelo por la cintura? ¿Tenéis descuento para estudiantes? ¿Hay que dejar un depósito al reservar? ¿Y puedo pagar en efectivo?

Gracias,
Marta""", uq=2, cte="base64"),
      ag("lucia", "11-06 10:00", """Hola, Marta:

Con el pelo por la cintura, corte y mechas completas salen por unas 175 £, y con el carné de estudiante te hacemos un 15 % de descuento. Te dejo el enlace para reservar: https://rosebayhair.example/book?lang=es

Un saludo,
Lucía""")),

    C("r52-recogido-boda-novedad", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Carmen Vidal <carmen.vidal@example.net>", "gmail_es", "Recogido para una boda el 12 de diciembre",
      "'Mañana le escribo con los horarios' kept two days late, after '¿Hay alguna novedad? Sigo esperando'. Customer in Valencia (UTC+1).",
      cu("11-08 22:30", """Hola:

El 12 de diciembre voy a una boda en Bristol y me gustaría hacerme un recogido por la mañana. ¿Qué horarios tenéis ese sábado y cuánto cuesta?

Saludos,
Carmen Vidal"""),
      ag("lucia", "11-09 10:30", """Hola, Carmen:

Un recogido de invitada cuesta 55 £ y se tarda más o menos una hora. Todavía no tengo cerrado el cuadrante de ese sábado; mañana le escribo con los horarios libres.

Un saludo,
Lucía""", promises=[("11-10", 4)]),
      cu("11-12 09:15", """Hola, Lucía:

¿Hay alguna novedad? Sigo esperando los horarios del sábado 12.

Carmen""", chase=True),
      ag("lucia", "11-12 12:00", """Hola, Carmen:

Disculpe el retraso. El sábado 12 tengo libre a las 8:30 y a las 10:00; dígame cuál prefiere y se la reservo.

Lucía"""),
      cu("11-12 13:10", """A las 8:30, por favor.

Carmen"""),
      ag("lucia", "11-12 13:30", """Reservado: sábado 12 de diciembre, 8:30.

Lucía"""), tz=1),

    C("r53-tinte-sin-ppd-cambio-cita", "es", "closed", {"unanswered-question": 1},
      "Rosa Delgado <rosa.delgado@example.org>", "android", "Tinte sin PPD",
      "Allergy questions answered; the request to move the appointment, made in passing, is ignored.",
      cu("11-09 17:20", """Hola:

Tengo cita el jueves 12 para raíces con Callum. Soy alérgica a la PPD: ¿tenéis tintes sin PPD? ¿Hacéis la prueba de alergia gratis? Además, por favor, cambiadme la cita del jueves 12 al viernes 13 a la misma hora, que el jueves trabajo.

Gracias,
Rosa

Enviado desde Outlook para Android""", uq=1),
      ag("lucia", "11-10 09:45", """Hola, Rosa:

Sí, tenemos una gama sin PPD ni amoníaco, y la prueba de alergia es gratuita; ven cuando quieras al menos 48 horas antes de la cita y son cinco minutos.

Un saludo,
Lucía"""),
      cu("11-10 10:10", """¡Genial, gracias!

Enviado desde Outlook para Android""", thanks=True)),

    C("r54-peinado-hermana-sin-respuesta", "es", "open", {"awaiting-reply": 1},
      "Lorena Castillo <lorena.castillo@example.com>", "gmail_es", "Peinado para el 5 de diciembre",
      "First questions answered; the customer's follow-up with two new questions has had no reply for over two days. UTC+1.",
      cu("11-16 12:00", """Hola:

¿Tenéis hueco el sábado 5 de diciembre por la mañana para un peinado con ondas? ¿Cuánto cuesta?

Lorena"""),
      ag("lucia", "11-16 15:00", """Hola, Lorena:

Sí, a las 9:00 o a las 11:00. Las ondas con secado cuestan 42 £.

Lucía"""),
      cu("11-18 10:00", """Perfecto, a las 9:00. ¿Podría venir mi hermana también a las 9:30? ¿Y hacéis maquillaje?

Lorena"""), tz=1),

    C("r55-corte-barba-precio", "es", "closed", {},
      "Javier Romero <javier.romero@example.com>", "gmail", "Corte y barba",
      "Two questions answered with a bare figure and a bare time; thanks-only reply.",
      cu("11-04 19:05", """Hola, ¿cuánto cuesta corte y arreglo de barba? ¿Y a qué hora abrís los sábados?

Javier"""),
      ag("lucia", "11-05 09:10", """Hola, Javier:

28 £. Los sábados, a las 8:30.

Lucía"""),
      cu("11-05 09:30", """Gracias!""", thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "r02-bridal-party-tetbury": [
        "Also, would you be able to do a simple blow-dry for my mum on the morning?",
    ],
    "r03-box-dye-to-copper": [
        "will going from black to copper wreck my hair",
        "do you do colour appointments on Saturdays because I'm at uni all week",
    ],
    "r06-curly-cut-list": [
        "Should I come with my hair washed and styled or in its natural state?",
        "Do you stock any sulphate-free products for curls?",
    ],
    "r09-highlights-gloss-mobile": [
        "please could you update my mobile number on file to 07700 900481",
    ],
    "r12-tape-extensions-swimming": [
        "I swim twice a week as well so I'm wondering if chlorine is a problem.",
    ],
    "r15-toddler-first-haircut": [
        "And can he sit on my lap for it rather than in the chair?",
    ],
    "r18-cut-and-beard-parking": [
        "Also do you have parking nearby or is it pay and display?",
    ],
    "r21-salon-hire-photoshoot": [
        "do we need our own public liability insurance",
        "is there somewhere to park a van with lighting kit outside for the day?",
    ],
    "r24-stripy-highlights-refund": [
        "And please can you send me a receipt for Saturday - I paid by card and didn't get one.",
    ],
    "r27-hair-donation-certificate": [
        "Could you also give her a certificate or something?",
    ],
    "r30-daughter-trim-thread-lost": [
        "My daughter needs a trim too, so if you could book her in with someone at the same time that would be great.",
    ],
    "r32-wig-styling-private-room": [
        "Would you also be able to shave my head when the time comes?",
    ],
    "r41-balayage-besuch-dezember": [
        "Arbeiten Sie mit Olaplex oder einem ähnlichen Pflegezusatz?",
        "Und gibt es in der Nähe ein Parkhaus?",
    ],
    "r43-studentenrabatt-rechnung": [
        "Bitte schicken Sie mir außerdem nach dem Termin eine Rechnung auf meinen Namen, die brauche ich für mein Stipendium.",
    ],
    "r46-mariage-bath-essai": [
        "Je voudrais aussi savoir si vous pouvez coiffer ma mère et ma témoin le jour J.",
        "Enfin, est-ce que vous travaillez avec des fleurs fraîches dans les chignons ?",
    ],
    "r48-produits-belgique-facture": [
        "Pourriez-vous m'envoyer une facture au nom de ma société, Boutique Garnier SPRL, avec le numéro de TVA BE0123.456.789 ?",
    ],
    "r51-corte-mechas-estudiante": [
        "¿Hay que dejar un depósito al reservar?",
        "¿Y puedo pagar en efectivo?",
    ],
    "r53-tinte-sin-ppd-cambio-cita": [
        "Además, por favor, cambiadme la cita del jueves 12 al viernes 13 a la misma hora, que el jueves trabajo.",
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
    """Command line: regenerate tests/practice120 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
