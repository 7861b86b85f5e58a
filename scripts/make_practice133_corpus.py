#!/usr/bin/env python3
"""Regenerate ``tests/practice133/``: a labelled corpus of Wickham Tutors.

A support mailbox of a fictional private tutoring agency in Surrey (GCSE and A-level tutors,
trial lessons, online and home sessions, exam-board specifics, invoices and lesson packages,
tutor changes and DBS checks), written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``wickhamtutors.example``.

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

Usage: python scripts/make_practice133_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, ack, ag, auto, cu

SUPPORT_DOMAIN = "wickhamtutors.example"
DESK = "Wickham Tutors <hello@wickhamtutors.example>"

AGENTS = {
    "fiona": ("Fiona Ashdown <fiona@wickhamtutors.example>", "thunderbird",
              "-- \nFiona Ashdown\nClient Coordinator | Wickham Tutors\n"
              "14 Castle Street, Farnham GU9 7HR | 01252 960 414\n"
              "Book a trial lesson: https://wickhamtutors.example/trial?src=email"),
    "raj": ("Rajesh Menon <raj@wickhamtutors.example>", "outlook",
            "Rajesh Menon\nDirector of Studies | Wickham Tutors\n"
            "Questions about your tutor's approach? Just reply to this email."),
    "claire": ("Claire Dunmore <claire@wickhamtutors.example>", "owa",
               "Claire Dunmore\nAccounts & Packages | Wickham Tutors\n"
               "This email and any attachments are confidential and intended solely for the\n"
               "addressee. If you have received it in error, please tell the sender and delete it."),
    "tom": ("Tom Halloran <tom@wickhamtutors.example>", "apple",
            "Tom Halloran\nSafeguarding Lead & Online Classroom | Wickham Tutors\n"
            "https://wickhamtutors.example/safeguarding?from=email"),
    "katrin": ("Katrin Vogel <katrin@wickhamtutors.example>", "thunderbird_de",
               "-- \nKatrin Vogel\nBetreuung deutschsprachiger Familien | Wickham Tutors\n"
               "https://wickhamtutors.example/de?ref=signatur"),
    "amelie": ("Amélie Rousseau <amelie@wickhamtutors.example>", "apple_fr",
               "Amélie Rousseau\nFamilles francophones | Wickham Tutors\n+44 1252 960 419"),
    "lucia": ("Lucía Ferrer <lucia@wickhamtutors.example>", "gmail_es",
              "--\nLucía Ferrer\nFamilias hispanohablantes | Wickham Tutors\n"
              "https://wickhamtutors.example/es?utm_source=correo"),
}

ACK = """Hello,

Thank you for contacting Wickham Tutors. This is an automatic reply to let you
know that your message has reached us and is logged as {ref}.

Our office is open Monday to Friday, 9am-6pm, and on Saturday mornings in term
time. We aim to reply within one working day.

If a lesson is due to start in the next two hours, please call 01252 960 414.

Wickham Tutors
https://wickhamtutors.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Wickham Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="wt.", outlook_server="LO4P265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice133", title="Wickham Tutors", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="WKT-", reply_prefix=REPLY_PREFIX)

# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

DBS_PDF = mailcraft.pdf([
    "Wickham Tutors - DBS summary for St Bede's Preparatory School",
    "Prepared 13/11/2026 by T. Halloran, Designated Safeguarding Lead",
    "",
    "James Corrie - Enhanced DBS, children's barred list - no. 001734559210",
    "  issued 11/02/2025 - Update Service: registered, status current 13/11/2026",
    "Meera Patel - Enhanced DBS, children's barred list - no. 001698204473",
    "  issued 03/09/2024 - Update Service: registered, status current 13/11/2026",
    "Ben Lowe - Enhanced DBS, children's barred list - no. 001755031864",
    "  issued 27/06/2025 - Update Service: registered, status current 13/11/2026",
])
QUOTE_PDF = mailcraft.pdf([
    "Wickham Tutors - Quotation Q-2026-088",
    "For: Kingsmead School, attn. Mr D. Osei, Deputy Head Academic",
    "Small-group GCSE Mathematics, Year 11, group of 6, on school premises",
    "Tutor: James Corrie - Wednesdays 3.45pm-4.45pm, 13 Jan - 21 Apr 2027",
    "14 sessions x GBP 85.00 = GBP 1,190.00 - no VAT charged",
    "Invoiced in two instalments: January and March. Valid for 60 days.",
])
INVOICE_PDF = mailcraft.pdf([
    "Wickham Tutors - Invoice WT-2026-1236 - replaces WT-2026-1231",
    "Family: Simmons - Pupil: Lily Simmons - GCSE Mathematics",
    "10-lesson package, December 2026 - price held at 2025/26 rate",
    "Total due: GBP 440.00 - payable by 1 December 2026",
])
FACTURE_PDF = mailcraft.pdf([
    "Wickham Tutors - Facture detaillee / Itemised invoice WT-2026-1174",
    "Client: M. Marc Lambert - Eleve: Lea Lambert - A-level Economics",
    "05/10/2026 1h Mme A. Rao GBP 56.00",
    "12/10/2026 1h Mme A. Rao GBP 56.00",
    "19/10/2026 1h Mme A. Rao GBP 56.00",
    "26/10/2026 1h Mme A. Rao GBP 56.00",
    "Total octobre: GBP 224.00 - regle le 30/10/2026",
])
FACTURA_PDF = mailcraft.pdf([
    "Wickham Tutors - Invoice WT-2026-1219-R - corrected / factura corregida",
    "Family: Molina - Pupil: Daniel Molina - A-level Chemistry",
    "5 lessons x GBP 56.00 = GBP 280.00 - lesson of 29/10/2026 removed",
])


def _screenshot(x: int, y: int) -> tuple[int, int, int]:
    if 6 <= y <= 15 and 8 <= x <= 55:
        return (250, 250, 250) if not (9 <= y <= 11 and 12 <= x <= 44) else (70, 70, 70)
    return (32, 33, 36) if y > 3 else (60, 64, 67)


AUDIO_PNG = mailcraft.png(64, 24, _screenshot)

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES = [
    C("w01-trial-aqa-maths", "en", "closed", {},
      "Helen Marsh <helen.marsh@example.com>", "gmail", "Trial lesson - Year 10 maths (AQA Higher)",
      "Three questions answered in one paragraph, out of order; trial booked; thanks-only close.",
      cu("11-02 09:12", """Hello,

My son Oliver is in Year 10 and is doing AQA Higher tier maths. His last assessment
came back as a 5 and his teacher thinks he could get a 7 with some help on algebra
and the geometry proofs.

I have a few questions before we commit to anything:
- How much is the trial lesson, and how long is it?
- Can it be online? He has rugby on Tuesdays and Thursdays, so evenings after 6 work best.
- Are all your tutors DBS checked?

Thanks,
Helen Marsh"""),
      ag("fiona", "11-02 11:40", """Dear Helen,

Thank you for getting in touch. Yes, every Wickham tutor holds an enhanced DBS
certificate and is on the Update Service, which we re-check each term. The trial is
30 minutes and costs £20, which comes off the first package if you carry on, and it
can certainly be online - most of our GCSE maths tutors teach in our online classroom
in the evenings.

For AQA Higher I'd suggest Mr James Corrie, who marked for AQA for six years. He has
Monday at 6.15pm or Wednesday at 7pm free for a trial next week. Which would suit
Oliver better?

Best wishes,"""),
      cu("11-02 19:05", """Hi Fiona,

Wednesday at 7pm would be great, please book that. Will he need anything other than
a calculator and paper?

Helen"""),
      ag("fiona", "11-03 08:50", """Hi Helen,

Booked: Wednesday 4 November, 7pm, with Mr Corrie. The classroom link is in the
calendar invite I've just sent. A calculator, paper and a pencil are all he needs;
Mr Corrie shares the questions on screen.

Fiona"""),
      cu("11-03 09:30", "Perfect, thank you!\n\nHelen", thanks=True)),

    C("w02-alevel-chemistry-ocr", "en", "closed", {"unanswered-question": 1},
      "Mark Pendleton <m.pendleton@fernhill.example>", "outlook", "A-level Chemistry tutor (OCR A) - Farnham",
      "Tutor and PAG question answered, Saturday slot booked; the request for package prices is never picked up.",
      cu("11-04 08:20", """Good morning,

Our daughter Amelia is in Year 12 studying OCR Chemistry A and is finding organic
chemistry hard going - mechanisms in particular. We are looking for a tutor for one
hour a week, ideally at home in Farnham on Saturday mornings.

Does the tutor need to know the practical endorsement (the PAGs), or is that purely
done at school? She has been told her lab book is behind.

Could you also send me the prices for your A-level packages? We'd rather pay for a
block of lessons than lesson by lesson.

Kind regards,
Mark Pendleton""", uq=1),
      ag("raj", "11-04 12:30", """Dear Mr Pendleton,

Thank you for your email. I'd recommend Dr Nkechi Okafor for Amelia: she taught OCR
Chemistry A at a sixth-form college for nine years and organic mechanisms are her
favourite thing to teach. She lives in Farnham and has Saturday at 10am free.

On the PAGs: the practical endorsement itself is assessed by Amelia's teachers, but
the written papers do examine practical skills, so Dr Okafor covers the theory behind
the PAGs and can help Amelia get her lab book write-ups in order. That's a common
request at this point in Year 12.

Would Saturday at 10am suit?

Kind regards,"""),
      cu("11-04 18:47", """Saturday 10am is fine. Please book it from the 14th.

Mark"""),
      ag("raj", "11-05 09:10", """Dear Mr Pendleton,

That's booked: Saturdays at 10am at your home from 14 November, with Dr Okafor.

Kind regards,""")),

    C("w03-october-invoice-inline", "en", "closed", {},
      "Graham Whitlock <g.whitlock@example.org>", "outlook", "October invoice WT-2026-1142",
      "Numbered invoice questions answered inline under each quote, one with a bare \"No.\" and one with \"Of course.\"",
      cu("11-03 13:05", """Hello,

I've got a few questions about the October invoice (WT-2026-1142) for Ella's English
lessons:

1. We bought a 10-lesson package in September, so why are there 9 lessons listed as used already?
2. The lesson on 14 October was cancelled by the tutor - has that been charged?
3. Can we pay future invoices by standing order rather than card?

Thanks,
Graham Whitlock"""),
      ag("claire", "11-03 15:20", """Hi Graham,

Answers below.

> 1. We bought a 10-lesson package in September, so why are there 9 lessons listed as used already?

Ella has had one lesson a week since 8 September, plus the two extra sessions before
October half term that you asked for - 9 of the 10. They're listed by date on page 2.

> 2. The lesson on 14 October was cancelled by the tutor - has that been charged?

No. It's on page 2 as a zero-charge line.

> 3. Can we pay future invoices by standing order rather than card?

Of course. Sort code 40-12-76, account 31926054, reference WT-WHITLOCK.

Claire""", quote=False),
      cu("11-03 16:02", "That all makes sense now - many thanks, Claire.\n\nGraham", thanks=True)),

    C("w04-dbs-details-prep-school", "en", "closed", {"missed-follow-up": 1},
      "Anita Rowe <a.rowe@stbedesprep.example>", "owa", "DBS details for the single central record",
      "A bursar needs DBS details for three tutors; promised \"by Wednesday\", delivered with a PDF on Friday (late).",
      cu("11-09 10:15", """Dear Wickham Tutors,

Three of your tutors (Mr Corrie, Ms Patel and Dr Lowe) run our Year 8 booster groups
on Tuesday and Thursday afternoons. Ahead of our safeguarding review I need to add them
to our single central record.

Could you please send me, for each of them, the DBS certificate number, the issue date
and confirmation that they are signed up to the Update Service?

Many thanks,
Anita Rowe
Bursar, St Bede's Preparatory School"""),
      ag("tom", "11-09 14:00", """Dear Mrs Rowe,

Of course. I need each tutor's consent before I share their certificate details, so
I've written to all three this afternoon. I'll send you the numbers, issue dates and
Update Service confirmations by Wednesday.

Best wishes,""", promises=[("11-11", 3)]),
      ag("tom", "11-13 10:30", """Dear Mrs Rowe,

Apologies that this is two days later than I said - Dr Lowe was away on a field trip
and I couldn't get his consent until last night. The attached sheet has the certificate
number, issue date and Update Service status for all three; I checked each of them on
the Update Service this morning.

Best wishes,""", parent=1, attach=[("application/pdf", "Wickham-DBS-summary-St-Bedes.pdf", DBS_PDF)]),
      cu("11-13 12:00", """Thank you, Tom - that's exactly what I needed.

Anita Rowe
Bursar, St Bede's Preparatory School""", thanks=True)),

    C("w05-home-lessons-guildford", "en", "closed", {},
      "Priya Shah <priya.shah@example.net>", "iphone", "Home tutoring in Guildford?",
      "Three questions from an iPhone answered, one with a bare figure (\"£8 per visit\").",
      cu("11-05 20:40", """Hi, do your tutors come to the house? We're in Guildford (GU2). My daughter is Year 11, Edexcel GCSE chemistry and physics (she does triple, not combined). Is there an extra charge for travel? And is parking needed - we only have a shared drive?

Sent from my iPhone"""),
      ag("fiona", "11-06 09:15", """Dear Priya,

Yes - about a third of our lessons are at home, and two of our tutors for Edexcel
triple science live near Guildford.

Travel: £8 per visit within 5 miles.

Parking isn't a problem; both tutors drive but are happy to park on the street.

If you'd like a trial, just tell me which evenings are free.

Best wishes,""")),

    C("w06-tutor-change-english-lit", "en", "pending", {"many-handoffs": 1},
      "Sarah Quinlan <sarah.quinlan@example.com>", "gmail", "Changing Tom's English tutor",
      "A tutor change handed from Fiona to Raj (tutor) and Claire (package): three agents; both hand-over promises kept by the colleagues.",
      cu("11-16 08:30", """Hello,

I'm sorry to have to write this, but we'd like to change Tom's English tutor. Mr Barker
has been 10-15 minutes late to four of the last six lessons and twice cut the session
short. Tom likes him, but we're paying for an hour.

Can we move to a different tutor for the rest of the package? Will the six lessons we
have left carry over to the new tutor? And ideally we'd like someone who knows the AQA
Power and Conflict poems well, as that's where Tom is weakest.

Thanks,
Sarah Quinlan"""),
      ag("fiona", "11-16 09:10", """Dear Sarah,

I'm sorry - that isn't the standard we expect, and thank you for telling us. I've
passed your email to Raj Menon, our Director of Studies, who matches tutors; he'll email
you this afternoon with who is available. Claire in accounts will confirm how the
remaining lessons move across.

Kind regards,""", promises=[("11-16", 3), ("window", 4)]),
      ag("raj", "11-16 14:20", """Dear Mrs Quinlan,

Fiona passed on your email. I'm sorry about Mr Barker; I spoke to him at lunchtime.

For AQA Power and Conflict I'd suggest Ms Harriet Doyle. She has taught AQA English
Literature for twelve years and runs our half-term poetry workshops. She can take Tom's
Wednesday 5pm slot from 25 November, at home or online - whichever you prefer.

Kind regards,""", parent=1),
      ag("claire", "11-17 10:00", """Dear Sarah,

Raj tells me Tom is moving to Ms Doyle from 25 November. The six lessons left on your
package carry over as they are - same price, nothing extra to pay - and from December
the invoice will show them under Ms Doyle's name.

Kind regards,""", parent=1),
      cu("11-17 12:30", "Thank you all, that's sorted then. Tom's pleased.\n\nSarah", thanks=True)),

    C("w07-online-classroom-audio", "en", "pending", {},
      "Daniel Okoye <dokoye@example.org>", "thunderbird", "Audio dropping out in online lesson",
      "A second customer mail adds the device and a PNG screenshot before any reply (not a chase); both answered.",
      cu("11-17 19:30", """Hi,

Tonight's online lesson with Dr Lowe was a bit of a struggle - Kemi could see him and
the whiteboard, but his audio kept dropping out every few minutes, and in the end they
finished the session over the phone. Is it something on our side? What should we check
before next Tuesday?

Daniel Okoye"""),
      cu("11-17 20:10", """Sorry, should have said: she's on a Chromebook using Chrome, and the attached
screenshot is the message that popped up when the sound cut out.

Daniel""", attach=[("image/png", "screenshot-classroom.png", AUDIO_PNG)]),
      ag("tom", "11-18 09:00", """Hi Daniel,

Thanks for the screenshot, that helps. It's Chrome saying the classroom lost permission
to use the microphone - on Chromebooks that also mutes incoming sound while it happens.
So it is on your side, but it's easy to fix: open the classroom, click the padlock to
the left of the address bar, set Microphone and Sound to Allow, and tick "Remember this
decision". ChromeOS updates sometimes reset it.

Before Tuesday, Kemi can use the "Test my audio" button on the classroom lobby page: if
the bars move and she hears the chime, she's fine.

Best wishes,""")),

    C("w08-edexcel-english-language", "en", "closed", {"unanswered-question": 2},
      "Jo Farrell <jo.farrell@farrellfamily.example>", "gmail", "GCSE English Language help for Niamh",
      "Four questions in one long paragraph; the reply answers sessions and marking, skips group sessions and recording.",
      cu("11-05 21:50", """Hello, I'm looking for some help for my daughter Niamh who is in Year 11 and doing Edexcel GCSE English Language - she's predicted a 5 but really needs a 6 for the sixth form she wants, and she's fine on the reading side but her writing loses marks for structure and she runs out of time on Paper 2, so I was wondering how many sessions you would normally suggest between now and the exams in May, and whether the tutor would mark practice essays in between sessions or only in the lesson itself, and also if you run any small group sessions for English as that might be cheaper for us and she works well with friends, and lastly is it possible to record the online sessions so she can watch them back when she's revising? Thanks very much, Jo Farrell""", uq=2),
      ag("raj", "11-06 10:05", """Dear Jo,

Thank you for the detail - that helps a lot. For a move from a 5 to a 6 where structure
and timing are the main issues, I'd suggest weekly hour-long sessions from now until
the end of March, so about 18, then revision sessions as needed after Easter.

Yes, the tutor marks practice pieces between sessions: Niamh uploads a Paper 2 writing
task to the parent portal by the Sunday and it comes back annotated before her next
lesson. I'd pair her with Ms Emma Clarke, who has examined for Edexcel English Language.

Kind regards,""")),

    C("w09-refund-moving-to-singapore", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Richard Beaumont <richard.beaumont@example.com>", "apple", "Refund of unused lessons - moving abroad",
      "Refund figure promised \"by Friday\"; the customer chases (\"I haven't heard back\") and gets it the next Tuesday (late).",
      cu("11-02 11:00", """Hello,

We're relocating to Singapore for my work at the end of November, so Charlie will have
to stop his A-level physics lessons with Mr Hughes after the lesson on 19 November. We
bought a 20-lesson package in September and by then he'll have used 12 or 13.

Could you tell me how much will be refunded for the unused lessons, and how long it
takes to reach our account? Also, does the £20 trial fee come off as well, or was that
separate?

Thanks,
Richard Beaumont"""),
      ag("claire", "11-02 15:30", """Dear Mr Beaumont,

Thank you for letting us know, and good luck with the move. Unused package lessons are
refunded at the package rate, but I need to pull Charlie's lesson record and check what
has already been invoiced. I'll come back to you with the exact figure by Friday.

Kind regards,""", promises=[("11-06", 4)]),
      cu("11-10 09:20", """Hi Claire,

I haven't heard back about the refund figure - could you let me know where this has
got to? I'd like it sorted before we fly.

Richard""", chase=True),
      ag("claire", "11-10 13:45", """Dear Mr Beaumont,

I'm sorry, I should have written on Friday. Charlie will have had 13 lessons by
19 November; the 7 unused lessons at the package rate of £54 come to £378. The trial
fee was separate and isn't refundable, I'm afraid, as the trial itself took place.

Refunds go back to the card you paid with and usually show within 5 working days of the
last lesson.

Kind regards,""")),

    C("w10-after-the-trial", "en", "open", {"awaiting-reply": 1},
      "Lauren Fisher <lauren.fisher@example.net>", "gmail", "Trial lesson - A-level Biology",
      "Trial booked; after it the parent asks three questions on Wednesday morning and nobody has replied by Friday.",
      cu("11-12 12:10", """Hi, I'd like to book a trial lesson for my son Harry (Year 13, AQA A-level Biology).
He's aiming for an A for medicine. Is there anything next Monday or Tuesday after 5?

Lauren"""),
      ag("fiona", "11-12 14:25", """Dear Lauren,

I've booked Harry a 30-minute online trial with Dr Sophie Grant on Tuesday 17 November
at 5.30pm. She read medicine herself before switching to teaching biology, so she knows
the UCAT and interview side too. The calendar invite with the classroom link has gone
to this address.

Best wishes,"""),
      cu("11-18 09:40", """Hi Fiona,

Harry really enjoyed the trial with Dr Grant yesterday - he said it was the first time
respiration made sense! A couple of things before we book more:

Could she do two sessions a week until his mocks in January, then drop to one? Is there
a package that works for that? And would she be able to look at his personal statement
for medicine as part of the sessions, or is that a separate service?

Thanks,
Lauren""")),

    C("w11-further-maths-decision", "en", "closed", {},
      "Aisha Karim <aisha.karim07@example.com>", "gmail", "Further Maths tutor for Decision maths?",
      "A student's question answered with only a link (multipart/alternative mail); thanks-only reply.",
      cu("11-04 16:30", """Hi,

I'm in Year 12 doing Edexcel Further Maths and my school is doing the Decision and
Further Mechanics options. Do you have tutors who can teach Decision maths? Loads of
tutors I've found only do Pure.

Thanks,
Aisha""", kind="alt"),
      ag("fiona", "11-04 17:15", """Hi Aisha,

Here you go:
https://wickhamtutors.example/tutors?subject=further-maths&board=edexcel&option=decision

Best wishes,"""),
      cu("11-04 19:02", "Oh brilliant, thank you!! Two of them :)\n\nAisha", thanks=True, kind="alt")),

    C("w12-computer-science-ocr", "en", "open", {},
      "Catherine Ng <catherine.ng@example.org>", "owa", "Tutor for OCR GCSE Computer Science",
      "Fresh enquiry this morning, only the helpdesk acknowledgement so far: inside the response target.",
      cu("11-20 10:30", """Good morning,

My son is in Year 9 and has just chosen his GCSE options (triple science, computer
science, geography, Spanish). His school uses OCR for computer science. Do you have a
tutor for OCR GCSE Computer Science, particularly the Python programming side, and what
would weekly lessons cost?

Kind regards,
Catherine Ng"""),
      ack("11-20 10:31")),

    C("w13-combined-science-friday", "en", "pending", {"unanswered-question": 1, "slow-first-response": 1},
      "Mike Donnelly <mike.donnelly@example.com>", "android", "Physics tutor - year 11 combined science",
      "Friday-afternoon enquiry answered on Monday (slow); start date and cost answered, the required-practicals question skipped.",
      cu("11-13 16:40", """Hi there

Looking for a tutor for my daughter Erin, year 11, AQA combined science trilogy, higher tier. Physics is the problem, all the equations. Would someone be able to start before her mocks on 7 Dec? Also do your tutors help with the required practicals or is it just exam questions? Whats the cost per hour for GCSE?

Mike

Sent from Outlook for Android""", uq=1),
      ag("raj", "11-16 10:05", """Dear Mike,

Sorry for the slow reply - your email arrived just as the office closed on Friday.

Yes, we can start before 7 December. Mr Tariq Aziz teaches AQA combined science and has
Thursdays at 6pm free, so Erin could have three sessions before the mocks. GCSE lessons
are £48 an hour, or £44 an hour on a 10-lesson package.

Kind regards,"""),
      cu("11-16 12:50", """Great thanks, Thursday works. Go ahead and book it

Mike

Sent from Outlook for Android"""),
      ag("raj", "11-16 15:00", """Dear Mike,

Done - Erin is booked with Mr Aziz on Thursdays at 6pm from 19 November, online.

Kind regards,""")),

    C("w14-biology-numbered-list", "en", "closed", {"unanswered-question": 2},
      "Rebecca Hall <rebecca.hall@example.net>", "thunderbird", "A-level Biology help before mocks",
      "A numbered list of four questions answered half-way (1 and 2); library venue and VAT never answered.",
      cu("11-03 20:15", """Dear Wickham Tutors,

My daughter Grace (Year 13, AQA Biology) needs some help before her mocks. We have a
few questions:

1. Do you have a tutor free on Wednesday evenings?
2. Will the tutor cover the required practicals and the essay on Paper 3?
3. Could lessons take place at Farnham library rather than at home? We have builders in until Christmas.
4. Are your prices inclusive of VAT?

Many thanks,
Rebecca Hall""", uq=2),
      ag("fiona", "11-04 09:30", """Dear Rebecca,

1. Yes - Dr Sophie Grant has Wednesday at 6pm and 7pm.
2. She does. The Paper 3 essay is something she practises with all her Year 13s from
November onwards, and she has a bank of required-practical questions by topic.

Would you like me to book Grace a trial on a Wednesday?

Best wishes,"""),
      cu("11-04 12:20", """Yes please - 6pm on the 11th.

Rebecca"""),
      ag("fiona", "11-04 14:00", """Dear Rebecca,

All booked: Wednesday 11 November at 6pm with Dr Grant. The confirmation is in your
inbox.

Fiona""")),

    C("w15-november-invoice-husband", "en", "pending", {"unanswered-question": 1},
      "Kate Morrison <kate.morrison@example.com>", "gmail", "November invoice - Jack",
      "The invoice query is answered; the request made in passing to copy invoices to her husband is not.",
      cu("11-16 13:10", """Hi Claire,

Quick one - the November invoice for Jack's maths lessons says £228 but I thought the
package was £440 for ten, so five lessons should be £220? Have I misread something?

Oh, and could you send the invoices to my husband as well from now on? He's
dan.morrison@example.com - he does the family accounts.

Thanks,
Kate""", uq=1),
      ag("claire", "11-16 16:40", """Hi Kate,

You haven't misread it - the extra £8 is the travel supplement for the one lesson
Mr Corrie taught at your house on 3 November, when Jack couldn't get online. It's on
the second line of the invoice. The other four were online, so no supplement.

Kind regards,"""),
      cu("11-16 17:05", "Ah of course, I'd forgotten about that. Thanks!\n\nKate", thanks=True)),

    C("w16-mock-sessions-senco-note", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Louise Bennett <louise.bennett@example.org>", "apple", "Extra sessions before Alfie's mocks",
      "Extra sessions answered and booked; a second mail days later asks two things: the timed paper is answered (with a promise kept late), the SENCo note never.",
      cu("11-02 10:00", """Hello,

Alfie's tutor Ms Patel mentioned she could do extra sessions before his mocks. He has
chemistry and biology mocks (AQA) in the week of 30 November. How many extra sessions
could she fit in, and would they be at the package rate?

Thanks,
Louise"""),
      ag("raj", "11-02 12:10", """Dear Louise,

Ms Patel can add a Saturday morning session on 14, 21 and 28 November alongside
Alfie's usual Thursday lesson - three extra in total. They're at your package rate of
£44 if you add them to the package.

Kind regards,"""),
      cu("11-02 13:00", """Lovely, thank you. Please add all three to the package.

Louise"""),
      ag("raj", "11-02 15:00", """Dear Louise,

Done - all three Saturdays are in the diary and on the package.

Kind regards,"""),
      cu("11-05 19:30", """Hi Raj,

One more thing, sorry. Alfie has just been assessed for access arrangements at school
and may get 25% extra time. Could Ms Patel run one of the Saturday sessions as a full
timed paper with the extra time, so he gets used to it?
And would she be able to write a short note for the school's SENCo about how he copes with timed questions in lessons?

Louise""", uq=1),
      ag("raj", "11-06 09:00", """Dear Louise,

Yes, a timed paper with the extra time is a very good idea - Ms Patel will do it on
Saturday 21 November. I'll confirm which paper she'll use by Tuesday, so Alfie doesn't
revise from the same one.

Kind regards,""", promises=[("11-10", 7)]),
      ag("raj", "11-12 11:40", """Dear Louise,

Sorry this is later than I said. Ms Patel will use the AQA Biology Paper 1 from June
2024 for the timed session on the 21st, 1 hour 45 minutes plus the 25%.

Kind regards,""")),

    C("w17-sibling-package-split", "en", "closed", {"unanswered-question": 1},
      "Hannah Price <hannah.price@example.net>", "owa", "20-lesson package for two children?",
      "Asked whether the 20-lesson package can be split between two children, the reply gives the package prices instead.",
      cu("11-06 12:40", """Hello,

Both of my children have lessons with you - Isla (GCSE maths) and Finn (A-level maths),
both with Mr Corrie. At the moment we buy two 10-lesson packages.

Does the 20-lesson package price also apply if we split it between the two of them? It
would save us a bit.

Thanks,
Hannah Price""", uq=1),
      ag("claire", "11-06 15:10", """Dear Hannah,

Thanks for your email. The 20-lesson package is £840 for GCSE and £1,080 for
A-level, which works out at £42 and £54 a lesson, against £44 and £56 on the 10-lesson
packages. Packages can be bought at any time and are valid for twelve months.

Kind regards,""")),

    C("w18-saturday-slot-never", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ian Cartwright <ian.cartwright@example.com>", "outlook", "Moving Sophie's chemistry lessons",
      "\"I'll check with him and get back to you by Thursday\" never kept; the lost summary sheet request ignored; thanks-only reply.",
      cu("11-09 08:45", """Morning,

Sophie's A-level chemistry lessons with Dr Lowe are on Mondays at 7pm at the moment,
but she's started a Monday evening job. Is there any chance of moving to Saturdays?
Late morning would be ideal.

Separately, she's lost the organic reactions summary sheet Dr Lowe gave her in
September - could he bring another one, or can you email it?

Cheers,
Ian""", uq=1),
      ag("raj", "11-09 11:30", """Dear Ian,

Dr Lowe's Saturdays are fairly full, but he may have a late-morning gap from December.
I'll check with him and get back to you by Thursday.

Kind regards,""", promises=[("11-12", None)]),
      cu("11-09 12:00", "Thanks Raj.\n\nIan", thanks=True)),

    C("w19-tutor-leaving-window", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Nadia Hussain <nadia.hussain@example.org>", "gmail", "Zara's maths tutor leaving at Christmas",
      "\"Let me look ... and come back to you\" without a deadline (2-day window); the parent checks in after three days and gets the name then (late).",
      cu("11-16 08:10", """Hi,

Zara's GCSE maths tutor, Mr Fielding, told her on Thursday that he's stopping tutoring
at Christmas because he's starting a PGCE. Is that right? Zara has her GCSEs in May and
we don't want to lose momentum - will you find someone to take over in January, and can
they see his notes on where she's up to?

Thanks,
Nadia"""),
      ag("raj", "11-16 10:00", """Dear Nadia,

Yes, I'm afraid that's right - Mr Fielding leaves us at the end of term for his teacher
training. We'll keep Zara going: every tutor writes a handover note at the end of each
term, and the new tutor reads it before the first lesson.

Let me look at who has Zara's Tuesday slot free from January and come back to you with
a name.

Kind regards,""", promises=[("window", 4)]),
      cu("11-19 09:00", """Hi Raj, just checking in - have you found anyone for Zara's Tuesday slot yet? I'd
like to tell her before she starts worrying about it.

Nadia""", chase=True),
      ag("raj", "11-19 11:30", """Dear Nadia,

Sorry to keep you waiting. Ms Rachel Ainsworth will take over on Tuesdays at 5pm from
5 January. She has taught GCSE maths for ten years and has already read Mr Fielding's
notes on Zara. She'd be happy to have a 15-minute video call with Zara before Christmas
if that would help.

Kind regards,""")),

    C("w20-reissued-invoice-ahead", "en", "pending", {},
      "Tom Ellery <tom.ellery@ellerylaw.example>", "outlook", "Invoice WT-2026-1203 - reissue to firm",
      "A reissued invoice promised \"by Tuesday 24 November\": a deadline still ahead at audit time; disclaimers on both sides.",
      cu("11-18 10:20", """Dear Claire,

The invoice for Max's A-level economics lessons (WT-2026-1203) is addressed to me
personally, but his tuition is paid through my firm's education benefit scheme, and
they need the invoice made out to Ellery & Hart LLP with the lesson dates listed
individually. Could you reissue it?

Regards,
Tom Ellery

This email is confidential and may be legally privileged. If you are not the intended
recipient, please notify the sender and delete it. Ellery & Hart LLP is authorised and
regulated by the Solicitors Regulation Authority."""),
      ag("claire", "11-18 14:05", """Dear Mr Ellery,

Yes, of course. Our invoicing run is on Monday, so I'll send the reissued invoice -
made out to Ellery & Hart LLP, with each lesson date on its own line - by Tuesday
24 November.

Kind regards,""", promises=[("11-24", None)])),

    C("w21-dbs-check-new-tutor", "en", "closed", {},
      "Emily Carter <emily.carter@example.com>", "gmail", "New tutor - DBS?",
      "Support asks for the start date, the parent sends it (not a chase); the DBS confirmation promised for tomorrow comes the next morning (kept).",
      cu("11-10 09:30", """Hello,

Our new tutor, Mr Aziz, starts with Ben next week at home. Could you confirm his DBS is
current? Ben's dad is a bit nervous about someone new in the house while I'm at work.

Emily"""),
      ag("tom", "11-10 11:45", """Dear Emily,

That's a completely reasonable thing to ask. Could you tell me which day Mr Aziz is
starting? I'll check his certificate on the DBS Update Service and confirm tomorrow.

Best wishes,""", promises=[("11-11", 4)]),
      cu("11-10 12:10", """He's starting Tuesday 17th at 5pm.

Thanks, Emily"""),
      ag("tom", "11-11 10:20", """Dear Emily,

I checked this morning: Mr Aziz holds an enhanced DBS certificate with a children's
barred list check, issued in March 2025, and it shows as current on the Update Service
with no new information. He'll also have his Wickham ID badge with him on Tuesday.

Best wishes,""")),

    C("w22-revision-guides-easter", "en", "closed", {},
      "Julia Brooks <julia.brooks@example.net>", "apple", "Revision guides and Easter courses",
      "Both questions answered; \"the parcel goes out by Royal Mail on Wednesday\" (logistics) and \"we email all current families when booking opens\" (process) are not promises.",
      cu("11-04 14:00", """Hi,

Two questions. Leo's tutor recommended the CGP revision guide and the exam practice
workbook for AQA GCSE Geography - do you supply them? If so, please send one of each
and add them to the next invoice.

And do you run revision courses over Easter? His school's were cancelled last year.

Thanks,
Julia"""),
      ag("fiona", "11-04 16:30", """Dear Julia,

We do, at cost: £7.99 for the revision guide and £6.50 for the workbook. I've added
both to Leo's account, and the parcel goes out by Royal Mail on Wednesday.

Easter revision courses: yes, three-day small-group courses for GCSE geography, history
and the sciences. The timetable is published in February, and we email all current
families when booking opens.

Best wishes,""")),

    C("w23-not-questions-reschedule", "en", "pending", {},
      "Megan Lloyd <megan.lloyd@example.org>", "gmail", "Evie's lessons - and a date change",
      "A pleasantry, a rhetorical question and a self-answered question around one real request, which is answered.",
      cu("11-17 21:15", """Hi Fiona,

Hope you had a good weekend?

Just a note to say Evie's first two sessions with Ms Hale have gone brilliantly. Who
knew quadratics could cause so many tears in one house? Evie actually explained
completing the square to me at dinner.

Where do I find the homework Ms Hale set? Never mind - it's in the portal under
"Tasks", found it.

The one thing I do need: can we move next Monday's lesson (23rd) to Wednesday the 25th,
same time? We have a parents' evening on the Monday.

Thanks,
Megan"""),
      ag("fiona", "11-18 09:20", """Hi Megan,

That's lovely to hear - Ms Hale will be delighted. Wednesday 25th at 6pm is fine with
her; I've moved the lesson and the new invite is in your inbox.

Best wishes,""")),

    C("w24-forwarded-mock-timetable", "en", "closed", {},
      "Andrew Pike <andrew.pike@example.com>", "outlook", "FW: Year 13 mock examinations - December",
      "HTML-only mail forwarding the school's letter (its questions are forwarded text); the parent's one request is answered.",
      cu("11-05 07:50", """Hi,

See below from school. Could Mr Hughes use the next two lessons on Paper 2 topics
(electricity, fields, waves), since that's what's in the mock? Thanks.

Andrew

________________________________
From: Sixth Form Office <sixthform@hollandparkacademy.example>
Sent: Wednesday, November 4, 2026 4:12 PM
To: Year 13 Parents
Subject: Year 13 mock examinations - December

Dear Parents and Carers,

Year 13 mock examinations run from Monday 7 December to Friday 11 December. Physics
students sit Paper 2 only. Can parents please confirm by 20 November whether their
child needs access arrangements? Have you checked the revised timetable on the portal?

Sixth Form Office""", kind="html"),
      ag("raj", "11-05 10:30", """Dear Andrew,

Yes, good idea. Mr Hughes has the school's list now and will spend the lessons on
10 and 17 November on Paper 2 topics, with a timed section at the end of the second.

Kind regards,""")),

    C("w25-maths-physics-out-of-office", "en", "closed", {},
      "Stephen Wallace <s.wallace@wallacearch.example>", "outlook", "Tutor for A-level maths and physics",
      "The reply triggers the customer's out-of-office notice; back from leave he books a trial and asks one more thing, answered.",
      cu("11-05 11:20", """Hello,

My son Adam is taking A-level Maths (OCR B, MEI) and Physics (OCR A). Do you have a
tutor who can do both? We'd prefer one tutor for both subjects, once a week for two
hours.

Stephen Wallace
Wallace Architects"""),
      ag("raj", "11-05 14:40", """Dear Mr Wallace,

Yes - Dr Ben Lowe teaches both MEI maths and OCR A physics and could do a two-hour
session on Sunday afternoons, at home or online. A two-hour session is billed as two
lessons, so £120 at the A-level rate.

Would you like to start with a trial hour?

Kind regards,"""),
      auto("11-05 14:41", """Thank you for your email. I am out of the office until Wednesday 11 November with
limited access to email. For anything urgent please contact my assistant, Jo Harris,
on 01483 555 0192.

Stephen Wallace
Wallace Architects""", quote=False, to=AGENTS["raj"][0],
           subject="Automatic reply: RE: Tutor for A-level maths and physics"),
      cu("11-11 09:10", """Dear Raj,

Back from leave - yes please, a trial hour this Sunday if Dr Lowe can, online is fine.
Does Adam need to send his school notes beforehand?

Stephen""", parent=2),
      ag("raj", "11-11 11:00", """Dear Mr Wallace,

Booked for Sunday 15 November at 2pm, online. No need to send anything in advance; if
Adam has a recent test he's unhappy with, that's a good place to start.

Kind regards,""")),

    C("w26-eduqas-resend", "en", "pending",
      {"missed-follow-up": 1, "customer-chased": 1, "slow-first-response": 1},
      "Olivia Grant <olivia.grant@example.net>", "gmail", "Tutor for Eduqas GCSE English Literature",
      "Only the acknowledgement for two days, then a word-for-word resend as a new mail; the slow reply promises a profile \"by end of day\" that never comes.",
      cu("11-16 09:00", """Hello,

My daughter Poppy is in Year 11 and is sitting WJEC Eduqas GCSE English Literature next
summer. Her school lost its English teacher in the summer and she's had cover teachers
since September. Do you have a tutor who knows the Eduqas specification (not AQA - lots
of tutors seem to assume AQA)? We'd want weekly lessons, online, starting as soon as
possible.

Olivia Grant"""),
      ack("11-16 09:01"),
      cu("11-18 09:05", """Hello,

My daughter Poppy is in Year 11 and is sitting WJEC Eduqas GCSE English Literature next
summer. Her school lost its English teacher in the summer and she's had cover teachers
since September. Do you have a tutor who knows the Eduqas specification (not AQA - lots
of tutors seem to assume AQA)? We'd want weekly lessons, online, starting as soon as
possible.

Olivia Grant""", parent=0, chase=True),
      ag("raj", "11-18 14:30", """Dear Olivia,

I'm sorry you had to send this twice. Yes - Ms Harriet Doyle teaches Eduqas English
Literature and knows the set texts well, and she has Thursdays at 5pm online free from
next week. I'll email you her full profile and her plan for the first few lessons by
end of day, so you can see whether she's right for Poppy.

Kind regards,""", promises=[("11-18", None)])),

    C("w27-classroom-login-reopened", "en", "closed", {"reopened": 1},
      "Fatima Begum <fatima.begum@example.com>", "iphone", "Yusuf can't log in",
      "Login fixed, thanks-only, \"I'll mark this ticket as resolved\"; two days later a new whiteboard problem in the same thread (reopened).",
      cu("11-09 18:10", """Hi, Yusuf can't log in to the online classroom - it keeps saying his password is wrong even after resetting it. His lesson is at 6.30, can someone help?

Fatima

Sent from my iPhone"""),
      ag("tom", "11-09 18:25", """Hi Fatima,

His account was locked after too many attempts. I've unlocked it and sent a fresh reset
link to Yusuf's email - he should be able to get in now. If not, ring the office on
01252 960 414.

Best wishes,"""),
      cu("11-09 18:31", "He's in! Thank you so much\n\nSent from my iPhone", thanks=True),
      ag("tom", "11-10 09:00", """Hi Fatima,

Glad he made it in time. I'll mark this ticket as resolved, but just reply if anything
else comes up.

Best wishes,""", closes=True),
      cu("11-12 18:40", """Hi Tom, sorry, another problem - the whiteboard won't load tonight, it just shows a grey box and a spinning circle. Yusuf is on an iPad. Mr Aziz is waiting. What can we do?

Sent from my iPhone"""),
      ag("tom", "11-12 18:52", """Hi Fatima,

On an iPad the whiteboard needs Safari rather than the Chrome app - ask Yusuf to open
the lesson link in Safari and it should load. If he's already in Safari, close the tab
completely and rejoin.

Best wishes,"""),
      cu("11-12 19:00", "Safari worked. Thanks Tom\n\nSent from my iPhone", thanks=True)),

    C("w28-double-charge-resolved-tag", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Rachel Simmons <rachel.simmons@example.org>", "gmail", "Charged twice for November package",
      "Duplicate charge refunded with a [Resolved] subject tag; the customer replies with a new price question (answered, corrected invoice attached) and a payment-method request (not answered).",
      cu("11-11 10:00", """Hi,

I've been charged twice for Lily's November package - two payments of £440 on
9 November on my card statement. Could you refund the duplicate?

Thanks,
Rachel Simmons"""),
      ag("claire", "11-11 12:15", """Dear Rachel,

You're right - the card terminal retried the payment after a timeout. I've refunded
the second £440 today (refund reference RF-30617); it should be back on your card
within 3-5 working days. Sorry for the worry.

Kind regards,""", closes=True, subject="[Resolved] RE: Charged twice for November package"),
      cu("11-17 20:30", """Hi Claire,

The refund came through, thank you. But now the December invoice has arrived and it's
for £480 rather than £440 - has the package price gone up? Nobody told us.
Also, could you please switch us to paying by bank transfer instead of card, given what happened?

Rachel""", uq=1, subject="Re: [Resolved] RE: Charged twice for November package"),
      ag("claire", "11-18 09:30", """Dear Rachel,

Yes - package prices went up by £4 a lesson from 1 December, as announced in the autumn
newsletter on 1 October, so Lily's package is now £480 for ten. I'm sorry that wasn't
clearer. Existing families can buy one more package at the old price before 1 December,
so I've attached a corrected invoice for £440.

Kind regards,""", attach=[("application/pdf", "WT-2026-1236.pdf", INVOICE_PDF)],
         subject="RE: Charged twice for November package")),

    C("w29-school-group-quote", "en", "closed", {},
      "David Osei <d.osei@kingsmeadschool.example>", "outlook", "Small-group GCSE maths tuition - quote",
      "A school asks for a quote with the head Cc'd; safeguarding question answered, quote promised for tomorrow and sent with a PDF the next morning; the thanks-only reply has a \"?\" in the signature.",
      cu("11-03 09:00", """Dear Wickham Tutors,

Kingsmead School would like to arrange small-group GCSE maths tuition for six Year 11
pupils at the grade 4/5 borderline, once a week after school (Tuesday or Wednesday)
from January to April, about 14 weeks, on our premises. I've copied in our headteacher,
Dr Ward.

Could you provide a quote, and confirm whether your tutors would need to attend our
safeguarding induction before starting?

Kind regards,
David Osei
Deputy Head (Academic), Kingsmead School
Thinking of joining us? Visit https://kingsmeadschool.example/admissions?src=email""",
         cc="Dr Helen Ward <head@kingsmeadschool.example>"),
      ag("claire", "11-03 11:30", """Dear Mr Osei,

Thank you - we'd be glad to help. Yes, our tutors attend the host school's safeguarding
induction as a matter of course; we'd simply ask for 45 minutes in the first week. I'll
send you a formal quote tomorrow, once I've confirmed which of our maths tutors is free
on a Wednesday afternoon.

Kind regards,""", cc="Dr Helen Ward <head@kingsmeadschool.example>", promises=[("11-04", 3)]),
      ag("claire", "11-04 10:15", """Dear Mr Osei,

Please find our quote attached: 14 weekly one-hour sessions for a group of six, taught
by Mr James Corrie on Wednesdays at 3.45pm, £85 per session, £1,190 in total, invoiced
in two halves.

Kind regards,""", parent=1, cc="Dr Helen Ward <head@kingsmeadschool.example>",
         attach=[("application/pdf", "Wickham-Tutors-quote-Q-2026-088.pdf", QUOTE_PDF)]),
      cu("11-04 12:00", """Thank you, Claire. I'll take it to our governors' finance committee next week.

David Osei
Deputy Head (Academic), Kingsmead School
Thinking of joining us? Visit https://kingsmeadschool.example/admissions?src=email""",
         thanks=True, cc="Dr Helen Ward <head@kingsmeadschool.example>")),

    C("w30-history-board-switch", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Sophie Turner <sophie.turner@example.com>", "gmail", "Holly's school switching A-level History board",
      "Two days without reply, the parent replies to her own mail to chase; the slow answer promises textbook details \"by Friday\" and delivers on Thursday (kept).",
      cu("11-02 10:30", """Hello,

Holly's school has told us that from this term they're switching A-level History from
AQA to Edexcel - mid-course, which seems mad, but there we are. Her tutor, Mr Whitmore,
has been following the AQA Tudors unit with her.

Can Mr Whitmore switch over to the Edexcel content? And will she need different
textbooks?

Thanks,
Sophie"""),
      cu("11-04 08:15", """Just following up on my email below - I haven't had a reply yet, and Holly's next
lesson is on Thursday.

Sophie""", chase=True),
      ag("raj", "11-04 11:00", """Dear Sophie,

Apologies for the delay. Yes, Mr Whitmore teaches Edexcel too - he taught the Edexcel
course for several years - so he'll switch from Thursday. Once he has seen which
Edexcel options the school has picked, I'll let you know by Friday which textbooks
Holly will need.

Kind regards,""", promises=[("11-06", 4)]),
      ag("raj", "11-05 16:20", """Dear Sophie,

Mr Whitmore has spoken to Holly's teacher: the school is doing Route H, starting with
"Britain transformed, 1918-97". She'll need the Hodder Edexcel textbook for that paper;
the school library has copies, so you may not need to buy one.

Kind regards,""")),

    C("w31-ucas-personal-statement", "en", "pending", {},
      "Ravi Patel <ravi.patel@example.org>", "gmail", "Help with UCAS personal statement",
      "The support reply lost In-Reply-To/References (subject only); three questions answered and a session booked.",
      cu("11-16 20:00", """Hi,

I'm in Year 13 and applying for economics (LSE, UCL, Warwick, Bath, Exeter). My UCAS
deadline at school is 4 December. Do you offer help with personal statements, and is it
online? How many sessions do people usually need?

Ravi"""),
      ag("raj", "11-17 09:30", """Dear Ravi,

We do - personal statement support is online with one of our admissions tutors, and
for economics that would be Dr Marcus Feld, who read PPE and has helped with LSE
applications for several years. Most students need two or three sessions: one to plan,
one or two on drafts. Sessions are £60 each.

He could see you on Thursday at 7pm. Shall I book it?

Kind regards,""", thread=False),
      cu("11-17 12:40", """Yes please, book Thursday. Thanks!

Ravi"""),
      ag("raj", "11-17 14:00", """Dear Ravi,

Booked - Thursday 19 November at 7pm. Send Dr Feld your current draft beforehand if you
have one.

Kind regards,""")),

    C("w32-higher-tier-references-gap", "en", "open",
      {"unanswered-question": 1, "missed-follow-up": 1, "awaiting-reply": 1},
      "Charlotte Evans <charlotte.evans@example.net>", "thunderbird", "Sam moving to higher tier",
      "Past-paper request skipped; a holiday session to \"come back to you\" about (2-day window) is never answered; the latest mail (References with a gap) waits since Wednesday.",
      cu("11-10 17:00", """Hello,

Mrs Adeyemi has been tutoring Sam in GCSE maths on Tuesdays after school. His school is
moving him up to the higher tier for the mocks, which means a lot of new topics. Could
she go from one hour to ninety minutes a week until the mocks?
And could she set him some past-paper questions to do on his own between sessions?

Charlotte""", uq=1),
      ag("fiona", "11-11 09:00", """Dear Charlotte,

Good news about the move up. Mrs Adeyemi can do ninety minutes on Tuesdays from next
week (17th), 4.30 to 6pm; it's billed as one and a half lessons.

Best wishes,"""),
      cu("11-11 19:20", """Great, thank you. Two more things. Does Sam need to buy the higher-tier revision
guide, or does Mrs Adeyemi have her own materials? And would she be willing to do one
session in the Christmas holidays, just before the mocks?

Charlotte"""),
      ag("fiona", "11-12 10:00", """Dear Charlotte,

No need to buy anything - Mrs Adeyemi has a full set of higher-tier material and shares
it in the portal. I'll ask her about a session in the Christmas holidays and come back
to you.

Best wishes,""", promises=[("window", None)]),
      cu("11-18 08:30", """Hi Fiona,

Sam's first 90-minute session went well yesterday. One more request: could this
half-term's invoice show the 90-minute sessions as separate lines? My husband's company
pays half and they need to see the change.

Charlotte""", refs=[1, 4])),

    C("w33-dubai-economics", "en", "pending", {},
      "Omar Haddad <omar.haddad@example.com>", "apple", "Online A-level Economics tutor from Dubai",
      "A family in Dubai (UTC+4): tutor, time window and paying from abroad answered; lessons booked.",
      cu("11-17 07:30", """Dear Wickham Tutors,

We're a British family living in Dubai; our son Sami is in Year 12 at a British
curriculum school here and takes AQA A-level Economics. We're looking for an online
tutor, for the essay questions in particular.

Dubai is four hours ahead of the UK, so he could do lessons between 3pm and 6pm UK time
on weekdays. Do you have anyone in that window? And how do you invoice families abroad -
can we pay in pounds by card?

Best regards,
Omar Haddad"""),
      ag("raj", "11-17 10:15", """Dear Mr Haddad,

Thank you. Ms Anjali Rao teaches AQA Economics and specialises in the 15- and 25-mark
essays; she has Monday and Thursday at 3.30pm UK time (7.30pm for Sami) free. Many of
our families are abroad: invoices are in pounds and can be paid by card through the
parent portal, so there's nothing extra to arrange.

Kind regards,"""),
      cu("11-17 16:40", """Thank you Raj. Mondays at 3.30 UK time please, starting next week.

Omar"""),
      ag("raj", "11-17 13:30", """Dear Mr Haddad,

Booked: Mondays at 3.30pm UK time with Ms Rao, starting 23 November. The invitation
with the classroom link is on its way to Sami.

Kind regards,"""), tz=4),

    C("w34-boarding-house-hong-kong", "en", "pending", {"unanswered-question": 1},
      "Grace Lam <grace.lam@lampartners.example>", "iphone", "Sunday tutoring at boarding school",
      "A parent in Hong Kong (UTC+8): venue, tutor and fee answered; the request to invoice her company is not.",
      cu("11-16 21:30", """Hi, my son Ethan is at boarding school in Surrey (Year 10, Edexcel IGCSE Maths) and we are in Hong Kong. His housemaster suggested weekly tutoring in the boarding house on Sunday afternoons. Is that possible? Which tutor would it be and what is the fee? Also please could the invoices be made out to my company, Lam & Partners Ltd, as they reimburse tuition.

Grace Lam

Sent from my iPhone""", uq=1),
      ag("fiona", "11-16 16:00", """Dear Mrs Lam,

Yes - we already teach in several boarding houses on Sunday afternoons. Mr James Corrie,
who teaches Edexcel IGCSE Maths, could see Ethan at 2pm on Sundays from 22 November,
subject to the housemaster's agreement. The fee is £48 per lesson, plus £8 travel.

Best wishes,"""), tz=8),

    C("w35-illness-cancellation", "en", "closed", {},
      "Lee Chambers <lee.chambers@example.net>", "android", "Mia off sick - today's lesson",
      "A base64 mail from Outlook for Android; both questions answered and the case explicitly resolved.",
      cu("11-19 07:15", """Hi Fiona, Mia's off school with a temperature so she won't manage her lesson with Ms Hale at 5 today. I know it's less than 24 hours notice - will we be charged? Can we rearrange for next week? Thanks, Lee

Sent from Outlook for Android""", cte="base64"),
      ag("fiona", "11-19 08:40", """Hi Lee,

Sorry to hear Mia's poorly. There's no charge when it's illness and you tell us before
the lesson. Ms Hale can do Monday 23rd at 5pm instead; I've moved it in the diary.
I'll mark this one as resolved - hope she feels better soon.

Best wishes,""", closes=True)),

    # ----------------------------------------------------------------- German
    C("w36-de-igcse-chemie-hamburg", "de", "closed", {"unanswered-question": 2},
      "Stefanie Brandt <s.brandt@brandt-hamburg.example>", "gmail_de", "Online-Nachhilfe Chemie (Cambridge IGCSE)",
      "A family in Hamburg (UTC+1): syllabus and technology answered, trial booked; German invoices and the company address never addressed.",
      cu("11-03 20:30", """Sehr geehrte Damen und Herren,

unser Sohn Jonas (15) besucht eine internationale Schule in Hamburg und schreibt im Mai
die Cambridge-IGCSE-Prüfung in Chemie. Er tut sich mit den Rechenaufgaben schwer
(Stöchiometrie, Mol-Berechnungen), und wir suchen eine Online-Nachhilfe auf Englisch,
einmal pro Woche.

Haben Sie Tutoren, die sich mit dem Cambridge-Lehrplan auskennen und nicht nur mit AQA
oder Edexcel? Wie laufen die Online-Stunden technisch ab, brauchen wir eine bestimmte
Software? Können Sie die Rechnungen auch auf Deutsch ausstellen?
Außerdem bitte ich Sie, die Rechnungen an die Firma meines Mannes (Brandt Logistik GmbH, Hamburg) zu adressieren, da er die Kosten übernimmt.

Mit freundlichen Grüßen
Stefanie Brandt""", uq=2),
      ag("katrin", "11-04 09:40", """Sehr geehrte Frau Brandt,

vielen Dank für Ihre Nachricht. Ja, wir haben zwei Chemie-Tutoren, die mit dem
Cambridge-IGCSE-Lehrplan (0620) arbeiten; für Jonas würde ich Dr. Ben Lowe vorschlagen,
der Stöchiometrie sehr geduldig erklärt. Er hätte mittwochs um 17 Uhr deutscher Zeit frei.

Technisch brauchen Sie nichts Besonderes: Unser Online-Klassenzimmer läuft im Browser
(Chrome, Edge oder Safari). Jonas braucht nur ein Headset und idealerweise ein iPad mit
Stift oder ein Grafiktablett.

Mit freundlichen Grüßen"""),
      cu("11-04 18:00", """Vielen Dank, Mittwoch 17 Uhr passt gut. Bitte buchen Sie eine Probestunde.

S. Brandt"""),
      ag("katrin", "11-05 09:00", """Sehr geehrte Frau Brandt,

die Probestunde ist für Mittwoch, 11. November, um 17 Uhr (deutscher Zeit) gebucht. Den
Link bekommen Sie mit der Kalendereinladung.

Mit freundlichen Grüßen"""), tz=1),

    C("w37-de-samstag-bis-freitag", "de", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Markus Weber <markus.weber@example.com>", "outlook_de", "Samstagstermin für Lena",
      "\"Ich ... gebe Ihnen bis Freitag Bescheid\" kept on Monday after a chase (\"gibt es schon etwas Neues\"); the bank-details request is never answered.",
      cu("11-10 08:30", """Guten Morgen Frau Vogel,

unsere Tochter Lena hat bisher dienstags A-Level-Mathe bei Frau Hale. Wegen ihres neuen
Hockeytrainings bräuchten wir ab Dezember einen Termin am Samstagvormittag. Wäre das bei
Frau Hale möglich, oder müssten wir die Tutorin wechseln?

Und könnten Sie mir bitte noch einmal die Kontodaten für die Überweisung schicken? Ich
finde die alte Rechnung nicht mehr.

Viele Grüße
Markus Weber""", uq=1),
      ag("katrin", "11-10 11:15", """Lieber Herr Weber,

danke für Ihre Nachricht. Frau Hale unterrichtet samstags normalerweise nicht, überlegt
aber, ab Dezember einen Vormittag anzubieten. Ich frage sie und gebe Ihnen bis Freitag
Bescheid.

Viele Grüße""", promises=[("11-13", 4)]),
      cu("11-14 10:00", """Hallo Frau Vogel,

gibt es schon etwas Neues wegen Samstag? Lenas Trainer braucht bis Montag eine Zusage
von uns.

Viele Grüße
Markus Weber""", chase=True),
      ag("katrin", "11-16 09:30", """Lieber Herr Weber,

entschuldigen Sie bitte, dass ich mich erst heute melde. Frau Hale kann Lena ab dem
5. Dezember samstags um 10 Uhr unterrichten, online oder bei Ihnen zu Hause. Ich habe
den Termin vorgemerkt; die Dienstagsstunde entfällt dann ab Dezember.

Viele Grüße""")),

    C("w38-de-rechnung-herbstferien", "de", "closed", {},
      "Claudia Hoffmann <claudia.hoffmann@example.org>", "thunderbird_de", "Rechnung - Stunde in den Herbstferien",
      "Support asks for the invoice number, the customer sends it (not a chase); the wrongly billed lesson is credited.",
      cu("11-04 14:20", """Guten Tag,

auf unserer letzten Rechnung ist eine Stunde am 27. Oktober aufgeführt, die Emil wegen
der Herbstferien gar nicht hatte. Könnten Sie das bitte prüfen?

Mit freundlichen Grüßen
Claudia Hoffmann"""),
      ag("katrin", "11-04 16:00", """Sehr geehrte Frau Hoffmann,

das schaue ich mir gern an. Können Sie mir bitte die Rechnungsnummer nennen? Sie steht
oben rechts und beginnt mit WT-2026.

Mit freundlichen Grüßen"""),
      cu("11-04 17:10", """Die Nummer ist WT-2026-1158.

C. Hoffmann"""),
      ag("katrin", "11-05 10:20", """Sehr geehrte Frau Hoffmann,

Sie haben recht: Die Stunde am 27. Oktober wurde vom Tutor abgesagt und hätte nicht
berechnet werden dürfen. Ich habe eine Gutschrift über 44 £ erstellt, die mit der
Novemberrechnung verrechnet wird.

Mit freundlichen Grüßen""")),

    C("w39-de-melde-mich-morgen", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Thomas Krüger <thomas.krueger@example.net>", "gmail_de", "Paket für Felix (A-Level Physik)",
      "Discount answered, the Thursday slot deferred with \"melde mich morgen\" and never kept; \"ich warte immer noch auf eine Antwort\" unanswered since Thursday.",
      cu("11-11 19:00", """Hallo,

mein Sohn Felix (Year 12, A-Level Physik bei OCR) hatte letzte Woche seine Probestunde
bei Herrn Hughes und war begeistert. Wir möchten gern ein Paket buchen. Ist donnerstags
18 Uhr als fester Termin noch frei, und gibt es einen Rabatt, wenn wir das 20er-Paket
nehmen?

Beste Grüße
Thomas Krüger"""),
      ag("katrin", "11-12 09:15", """Hallo Herr Krüger,

das freut mich sehr! Im 20er-Paket kostet die A-Level-Stunde 54 £ statt 56 £ im
10er-Paket. Ob donnerstags 18 Uhr frei ist, kläre ich mit Herrn Hughes und melde mich
morgen bei Ihnen.

Beste Grüße""", promises=[("11-13", None)]),
      cu("11-19 08:45", """Hallo Frau Vogel,

ich warte immer noch auf eine Antwort wegen des Donnerstagstermins. Felix möchte gern
vor den Weihnachtsferien anfangen. Können Sie mir bitte Bescheid geben?

Beste Grüße
Thomas Krüger""", chase=True)),

    C("w40-de-fuehrungszeugnis", "de", "pending", {},
      "Anja Schulz <anja.schulz@example.com>", "gmail_de", "Nachhilfe English Literature - Fragen",
      "A pleasantry (\"ich hoffe, Sie hatten ein schönes Wochenende?\") and two questions about checks and qualifications, both answered in one paragraph.",
      cu("11-17 09:00", """Liebe Frau Vogel,

ich hoffe, Sie hatten ein schönes Wochenende?

Wir sind vor Kurzem aus München nach Surrey gezogen, und unsere Tochter Marie (Year 10)
braucht Unterstützung in Englisch für die GCSE, vor allem in English Literature, die es
in Deutschland so nicht gab. Da der Unterricht bei uns zu Hause stattfinden würde, habe
ich zwei Fragen: Haben Ihre Tutoren so etwas wie ein erweitertes Führungszeugnis? Und
welche Qualifikationen haben sie, sind es ausgebildete Lehrkräfte?

Herzliche Grüße
Anja Schulz"""),
      ag("katrin", "11-17 11:30", """Liebe Frau Schulz,

herzlich willkommen in Surrey! Das britische Gegenstück zum erweiterten
Führungszeugnis ist das „Enhanced DBS Certificate“: Alle unsere Tutoren haben eines,
einschließlich der Prüfung gegen die Liste der Personen, die nicht mit Kindern arbeiten
dürfen, und wir prüfen es jedes Schuljahr über den Update Service. Fast alle sind
ausgebildete Lehrkräfte (QTS) mit mindestens fünf Jahren Unterrichtserfahrung; die
übrigen haben einen Abschluss im Fach und unsere eigene Schulung durchlaufen.

Für Marie würde ich Frau Harriet Doyle vorschlagen, die schon viele Schülerinnen aus dem
Ausland auf English Literature vorbereitet hat.

Herzliche Grüße""")),

    # ----------------------------------------------------------------- French
    C("w41-fr-gcse-maths-tarifs", "fr", "closed", {"unanswered-question": 2},
      "Isabelle Moreau <isabelle.moreau@example.com>", "apple_fr", "Cours de maths GCSE pour Hugo",
      "Four questions: French-speaking tutor and price answered; Wednesday afternoons and the cancellation terms never answered.",
      cu("11-05 12:30", """Bonjour,

Nous sommes une famille française installée à Londres depuis la rentrée. Notre fils Hugo
est en Year 10 dans une école anglaise et prépare le GCSE de mathématiques (Edexcel). Le
niveau ne lui pose pas de problème, mais le vocabulaire des énoncés en anglais le bloque.

Auriez-vous un tuteur ou une tutrice qui parle français, au moins un peu ? Quel est le
tarif d'une heure ? Les cours peuvent-ils avoir lieu le mercredi après-midi ?
Pourriez-vous aussi m'envoyer vos conditions d'annulation ?

Cordialement,
Isabelle Moreau""", uq=2),
      ag("amelie", "11-05 15:00", """Bonjour Madame Moreau,

Merci pour votre message. Oui : Mme Bryony Hale a vécu six ans à Lyon et parle
couramment français ; elle enseigne le GCSE Edexcel et pourra expliquer les énoncés dans
les deux langues au début. Le tarif est de 48 £ l'heure pour le GCSE, ou 44 £ l'heure
avec un forfait de 10 cours.

Bien cordialement,""")),

    C("w42-fr-relance-chimie", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Julien Girard <julien.girard@example.net>", "gmail", "Tuteur de chimie A-level pour janvier",
      "\"Je reviens vers vous d'ici jeudi\" not kept; \"Je me permets de vous relancer\" on Monday, answered that day (late).",
      cu("11-10 10:00", """Bonjour Amélie,

Ma fille Chloé (Year 13) passe l'A-level de chimie (AQA) et souhaite faire pharmacie.
Son professeur particulier actuel arrête en décembre. Pourriez-vous nous proposer
quelqu'un pour janvier, le samedi matin de préférence, à domicile à Wimbledon ?

Merci d'avance,
Julien Girard"""),
      ag("amelie", "11-10 14:30", """Bonjour Monsieur Girard,

Merci pour votre message. Je vérifie les disponibilités de nos tuteurs en chimie le
samedi matin à partir de janvier et je reviens vers vous d'ici jeudi.

Bien cordialement,""", promises=[("11-12", 4)]),
      cu("11-16 09:10", """Bonjour Amélie,

Je me permets de vous relancer au sujet d'un tuteur de chimie pour Chloé. Avez-vous pu
avancer ?

Cordialement,
Julien Girard""", chase=True),
      ag("amelie", "11-16 12:00", """Bonjour Monsieur Girard,

Toutes mes excuses pour ce retard. Dr Nkechi Okafor, qui prépare beaucoup d'élèves aux
études de pharmacie, peut venir à Wimbledon le samedi à 11 h à partir du 9 janvier.
Souhaitez-vous que je réserve ce créneau ?

Bien cordialement,""")),

    C("w43-fr-questions-inline", "fr", "closed", {},
      "Nathalie Dubois <nathalie.dubois@example.org>", "gmail", "Cours de physique de Théo - questions",
      "Three bulleted questions answered inline, one with a bare \"Oui.\" and one with a bare day; thanks-only reply.",
      cu("11-06 08:00", """Bonjour,

Quelques questions rapides concernant les cours de physique de Théo :
- Peut-on décaler le cours du jeudi 12 au vendredi 13, même heure ?
- La facture d'octobre a-t-elle bien été réglée ? Je n'ai pas reçu de confirmation.
- Quel jour tombe la dernière séance avant Noël ?

Merci,
Nathalie Dubois"""),
      ag("amelie", "11-06 10:30", """Bonjour Madame Dubois,

> - Peut-on décaler le cours du jeudi 12 au vendredi 13, même heure ?

Oui.

> - La facture d'octobre a-t-elle bien été réglée ? Je n'ai pas reçu de confirmation.

Oui, reçue le 2 novembre. Le reçu est dans votre espace parents.

> - Quel jour tombe la dernière séance avant Noël ?

Jeudi 17 décembre.

Bien cordialement,""", quote=False),
      cu("11-06 11:00", "Parfait, merci beaucoup !\n\nNathalie", thanks=True)),

    C("w44-fr-facture-detaillee", "fr", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Marc Lambert <marc.lambert@lambert-conseil.example>", "outlook", "Facture détaillée - cours d'économie",
      "No reply for two days, the customer chases on his own mail; the itemised invoice arrives as a PDF, the request to add his daughter's name to future invoices is ignored.",
      cu("11-02 09:30", """Bonjour,

Pourriez-vous m'envoyer une facture détaillée pour les cours d'économie de ma fille Léa
en octobre (dates et durée de chaque séance) ? Mon employeur rembourse une partie des
frais de cours et exige ce détail.
Et pouvez-vous mettre le nom de Léa sur les prochaines factures, pas seulement le mien ?

Cordialement,
Marc Lambert""", uq=1),
      cu("11-04 09:00", """Bonjour,

Sauf erreur de ma part, je n'ai pas reçu de réponse à ma demande ci-dessous. Mon
employeur clôture les remboursements le 10 novembre.

Cordialement,
Marc Lambert""", chase=True),
      ag("amelie", "11-04 11:20", """Bonjour Monsieur Lambert,

Veuillez nous excuser pour ce délai. Vous trouverez ci-joint la facture détaillée
d'octobre : quatre séances d'une heure avec Mme Rao, les 5, 12, 19 et 26 octobre.

Bien cordialement,""", attach=[("application/pdf", "Facture-WT-2026-1174.pdf", FACTURE_PDF)])),

    C("w45-fr-deuxieme-enfant", "fr", "closed", {"unanswered-question": 1},
      "Sophie Martin <sophie.martin@example.com>", "apple_fr", "Cours d'anglais pour Camille",
      "Booking done and thanked; days later a second mail about her son asks for a slot and the sibling discount: only the discount is answered.",
      cu("11-03 18:00", """Bonjour Amélie,

Ma fille Camille aimerait commencer des cours d'anglais (GCSE English Language, AQA) avec
Mme Clarke le mardi à 17 h. Est-ce encore possible à partir de la semaine prochaine ?

Merci,
Sophie Martin"""),
      ag("amelie", "11-04 09:30", """Bonjour Madame Martin,

Oui, c'est possible : Camille est inscrite avec Mme Clarke le mardi à 17 h à partir du
10 novembre, en ligne.

Bien cordialement,"""),
      cu("11-04 10:00", "Merci beaucoup !\n\nSophie", thanks=True),
      cu("11-08 21:00", """Bonjour Amélie,

Une dernière chose : mon fils Arthur (Year 8) aurait aussi besoin d'aide en anglais.
Est-ce que Mme Clarke pourrait le prendre juste après Camille, le mardi à 18 h ? Et la
réduction pour les frères et sœurs s'applique-t-elle dans ce cas ?

Sophie""", uq=1, parent=2),
      ag("amelie", "11-09 10:00", """Bonjour Madame Martin,

Oui, la réduction famille s'applique : 10 % sur les cours du deuxième enfant, dès la
première séance.

Bien cordialement,""")),

    # ---------------------------------------------------------------- Spanish
    C("w46-es-fisica-y-matematicas", "es", "closed", {"unanswered-question": 2},
      "Javier Ortega <javier.ortega@example.com>", "gmail_es", "Profesor de A-level Física y Matemáticas",
      "A numbered list of four questions: tutor and price answered; Sundays and a Spanish-speaking tutor never answered.",
      cu("11-04 19:30", """Hola:

Somos una familia española que vive en Londres. Mi hijo Pablo está en Year 12 y estudia
A-level de Matemáticas y de Física (las dos con OCR). Va bien en matemáticas, pero la
física le cuesta, sobre todo la mecánica.

Me gustaría saber varias cosas:
1. ¿Tienen algún profesor que pueda dar las dos asignaturas?
2. ¿Cuánto cuesta la hora de A-level?
3. ¿Las clases pueden ser los domingos?
4. ¿Es posible que el profesor hable algo de español, por si Pablo se atasca con el vocabulario?

Un saludo,
Javier Ortega""", uq=2),
      ag("lucia", "11-05 09:45", """Hola, Javier:

Gracias por escribirnos. Sí, el Dr. Ben Lowe da matemáticas y física de OCR, y la
mecánica es justo uno de sus puntos fuertes. La hora de A-level cuesta 60 £, o 56 £ si
contratan un bono de 10 clases.

Un saludo,""")),

    C("w47-es-le-escribo-el-lunes", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "María José Navarro <mj.navarro@example.org>", "outlook", "Clases de Biología GCSE a domicilio",
      "Acknowledgement, then price answered and availability promised \"el lunes\", never sent; the mother writes again (\"¿Hay alguna novedad?\") and waits since Wednesday.",
      cu("11-12 11:00", """Buenos días:

Mi hija Elena (Year 11) tiene el GCSE de Biología en mayo (AQA, triple science) y
necesita repasar genética y ecología. ¿Tienen disponibilidad para clases a domicilio en
Kingston los lunes o miércoles por la tarde? ¿Cuánto cuestan?

Un saludo,
María José Navarro"""),
      ack("11-12 11:01"),
      ag("lucia", "11-12 15:20", """Hola, María José:

Gracias por su mensaje. Las clases de GCSE cuestan 48 £ la hora, más 8 £ de
desplazamiento por visita. Estoy consultando con dos profesoras de biología que
trabajan por Kingston y le escribo el lunes con su disponibilidad.

Un saludo,""", promises=[("11-16", None)]),
      cu("11-18 10:30", """Hola, Lucía:

Les escribo de nuevo porque todavía no he recibido la disponibilidad de las profesoras.
¿Hay alguna novedad? Elena quiere empezar antes de Navidad.

Un saludo,
María José""", chase=True)),

    C("w48-es-a-level-spanish", "es", "closed", {},
      "Diego Fernández <diego.fernandez@example.net>", "gmail_es", "Clases de A-level Spanish para mi sobrina",
      "A Spanish pleasantry (\"¿qué tal?\") and two questions, both answered; thanks-only reply.",
      cu("11-06 17:00", """Hola Lucía, ¿qué tal?

Te escribo por mi sobrina Valeria, que vive con nosotros este curso y hace el A-level de
Español (AQA). Aunque es nativa, le cuesta el ensayo sobre la obra literaria, que en su
caso es «La casa de Bernarda Alba». ¿Tenéis algún profesor que conozca bien las obras
del programa de AQA? ¿Y las clases podrían ser online? Vivimos en Haslemere y ella va
muy justa de tiempo.

Un abrazo,
Diego"""),
      ag("lucia", "11-06 18:00", """Hola, Diego:

¡Muy bien, gracias! Sí: Alberto Campos prepara el A-level de Español de AQA desde hace
años y ha trabajado «La casa de Bernarda Alba» con muchos alumnos, también nativos.
Todas sus clases son online, así que Valeria puede conectarse desde casa; tiene libre el
martes y el jueves a las 18:00.

Un saludo,"""),
      cu("11-06 19:00", "¡Genial, muchas gracias! Se lo digo a Valeria.\n\nDiego", thanks=True)),

    C("w49-es-factura-noviembre", "es", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Andrés Molina <andres.molina@example.com>", "android", "Factura de noviembre WT-2026-1219",
      "Corrected invoice promised for Monday, sent on Wednesday after a chase (\"¿Saben algo ya de la factura?\"); the change of billing address is never done.",
      cu("11-12 08:00", """Hola:

En la factura de noviembre (WT-2026-1219) nos cobran 6 clases de química para Daniel, pero según nuestro calendario solo tuvo 5: la del 29 de octubre se canceló porque el profesor estaba enfermo. ¿Pueden revisarlo?

Además, por favor, cambien el correo de facturación a andres.molina.pagos@example.com, que es el que usamos para los pagos de la familia.

Gracias,
Andrés Molina

Enviado desde Outlook para Android""", uq=1),
      ag("lucia", "11-12 12:00", """Hola, Andrés:

Gracias por avisarnos. Estoy comprobando el registro de clases con el profesor y le
escribo el lunes con lo que encuentre.

Un saludo,""", promises=[("11-16", 4)]),
      cu("11-17 09:00", """Hola Lucía:

¿Saben algo ya de la factura? Ayer era lunes y no he recibido nada. Me gustaría pagarla esta semana.

Gracias,
Andrés

Enviado desde Outlook para Android""", chase=True),
      ag("lucia", "11-18 10:00", """Hola, Andrés:

Tiene razón, y le pido disculpas por el retraso. La clase del 29 de octubre no debió
facturarse. Le adjunto la factura corregida con 5 clases (280 £ en lugar de 336 £).

Un saludo,""", attach=[("application/pdf", "WT-2026-1219-R.pdf", FACTURA_PDF)])),

    C("w50-es-mexico-horario", "es", "pending", {},
      "Fernanda Reyes <fernanda.reyes@example.com>", "gmail_es", "Cambio de horario - clases de Emilio",
      "A family in Mexico City (UTC-6) asks to move the lesson or change tutor; moved with the same tutor; thanks-only reply.",
      cu("11-16 20:00", """Hola, Lucía:

Mi hijo Emilio hace clases online de IGCSE Mathematics (Cambridge) con el señor Aziz
desde México. Desde este mes tiene un horario nuevo en el colegio y la clase de los
jueves (las 11 de la mañana aquí) le coincide con química. ¿Se podría pasar a los
sábados a las 4 de la tarde hora del Reino Unido, que son las 10 de la mañana aquí? Si
no es posible con el señor Aziz, ¿podría ser con otro profesor?

Saludos,
Fernanda Reyes"""),
      ag("lucia", "11-17 09:30", """Hola, Fernanda:

Sí, el señor Aziz tiene libre el sábado a las 16:00 (hora del Reino Unido), así que no
hace falta cambiar de profesor. He movido la clase a partir del sábado 21 de noviembre.

Un saludo,"""),
      cu("11-17 08:15", "¡Perfecto, mil gracias!\n\nFernanda", thanks=True), tz=-6),
]

# The labelled unanswered questions, verbatim from the customer's own text.
UNANSWERED: dict[str, list[str]] = {
    "w02-alevel-chemistry-ocr": [
        "Could you also send me the prices for your A-level packages?",
    ],
    "w08-edexcel-english-language": [
        "if you run any small group sessions for English as that might be cheaper for us",
        "is it possible to record the online sessions so she can watch them back when she's revising?",
    ],
    "w13-combined-science-friday": [
        "do your tutors help with the required practicals or is it just exam questions?",
    ],
    "w14-biology-numbered-list": [
        "Could lessons take place at Farnham library rather than at home?",
        "Are your prices inclusive of VAT?",
    ],
    "w15-november-invoice-husband": [
        "could you send the invoices to my husband as well from now on?",
    ],
    "w16-mock-sessions-senco-note": [
        "would she be able to write a short note for the school's SENCo about how he copes with timed questions in lessons?",
    ],
    "w17-sibling-package-split": [
        "Does the 20-lesson package price also apply if we split it between the two of them?",
    ],
    "w18-saturday-slot-never": [
        "could he bring another one, or can you email it?",
    ],
    "w28-double-charge-resolved-tag": [
        "could you please switch us to paying by bank transfer instead of card, given what happened?",
    ],
    "w32-higher-tier-references-gap": [
        "could she set him some past-paper questions to do on his own between sessions?",
    ],
    "w34-boarding-house-hong-kong": [
        "please could the invoices be made out to my company, Lam & Partners Ltd, as they reimburse tuition.",
    ],
    "w36-de-igcse-chemie-hamburg": [
        "Können Sie die Rechnungen auch auf Deutsch ausstellen?",
        "Außerdem bitte ich Sie, die Rechnungen an die Firma meines Mannes (Brandt Logistik GmbH, Hamburg) zu adressieren, da er die Kosten übernimmt.",
    ],
    "w37-de-samstag-bis-freitag": [
        "Und könnten Sie mir bitte noch einmal die Kontodaten für die Überweisung schicken?",
    ],
    "w41-fr-gcse-maths-tarifs": [
        "Les cours peuvent-ils avoir lieu le mercredi après-midi ?",
        "Pourriez-vous aussi m'envoyer vos conditions d'annulation ?",
    ],
    "w44-fr-facture-detaillee": [
        "Et pouvez-vous mettre le nom de Léa sur les prochaines factures, pas seulement le mien ?",
    ],
    "w45-fr-deuxieme-enfant": [
        "Est-ce que Mme Clarke pourrait le prendre juste après Camille, le mardi à 18 h ?",
    ],
    "w46-es-fisica-y-matematicas": [
        "¿Las clases pueden ser los domingos?",
        "¿Es posible que el profesor hable algo de español, por si Pablo se atasca con el vocabulario?",
    ],
    "w49-es-factura-noviembre": [
        "Además, por favor, cambien el correo de facturación a andres.molina.pagos@example.com, que es el que usamos para los pagos de la familia.",
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
    """Command line: regenerate tests/practice133 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
