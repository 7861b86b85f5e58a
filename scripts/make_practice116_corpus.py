#!/usr/bin/env python3
"""Regenerate ``tests/practice116/``: a labelled corpus of Birchall Conveyancing.

A support mailbox of a fictional Leicester conveyancing firm that handles house and flat
purchases and sales for private clients (fee quotes, ID and source-of-funds checks, searches,
enquiries with the other side's solicitors, mortgage offers, exchange and completion dates,
completion statements, stamp duty, leasehold packs, probate sales, Land Registry
registration), written without looking at the detection heuristics, with many customer
questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support
domain ``birchallconveyancing.example``.

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

Usage: python scripts/make_practice116_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

SUPPORT_DOMAIN = "birchallconveyancing.example"
DESK = "Birchall Conveyancing <enquiries@birchallconveyancing.example>"

AGENTS = {
    "nia": ("Nia Hallworth <nia.hallworth@birchallconveyancing.example>", "thunderbird", """-- 
Nia Hallworth
Conveyancing Paralegal (Sales) | Birchall Conveyancing
14 Cornmarket Row, Leicester LE1 5GH | 0116 496 0721
Track your matter: https://birchallconveyancing.example/track?ref=sig"""),
    "ravi": ("Ravi Chaudhry <ravi.chaudhry@birchallconveyancing.example>", "outlook", """Ravi Chaudhry
Senior Conveyancer (Purchases) | Birchall Conveyancing
We will never change our bank details by e-mail. Always phone 0116 496 0700 before sending money."""),
    "gwen": ("Gwen Ashdown <gwen.ashdown@birchallconveyancing.example>", "owa", """Gwen Ashdown
Completions & Client Account | Birchall Conveyancing
CONFIDENTIALITY: This e-mail and any attachments are confidential and may be legally privileged.
If you have received it in error, please tell us and delete it. Birchall Conveyancing is a
trading name of Birchall & Co Solicitors LLP (invented for this corpus)."""),
    "sam": ("Sam Pereira <sam.pereira@birchallconveyancing.example>", "apple", """Sam Pereira
New-build & Leasehold Team | Birchall Conveyancing
https://birchallconveyancing.example/leasehold?from=email"""),
    "tobias": ("Tobias Kranz <tobias.kranz@birchallconveyancing.example>", "thunderbird_de", """-- 
Tobias Kranz
Mandantenbetreuung (Deutsch) | Birchall Conveyancing
https://birchallconveyancing.example/de?ref=signatur"""),
    "claire": ("Claire Dumoulin <claire.dumoulin@birchallconveyancing.example>", "apple_fr", """Claire Dumoulin
Service clients francophones | Birchall Conveyancing
+44 116 496 0734"""),
    "lucia": ("Lucía Ortega <lucia.ortega@birchallconveyancing.example>", "gmail_es", """--
Lucía Ortega
Atención al cliente (ES) | Birchall Conveyancing
+44 116 496 0738"""),
}

ACK = """Hello,

Thank you for contacting Birchall Conveyancing. This is an automatic confirmation that
your message has reached us and is logged as enquiry {ref}.

Our office is open Monday to Friday, 9am to 5.30pm, and we aim to reply within one
working day. If you are due to exchange or complete today, please phone 0116 496 0700.

Birchall Conveyancing
https://birchallconveyancing.example/help?enquiry={ref}"""

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
    "helpdesk": ["X-Mailer: Birchall CaseDesk 4.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bc.", outlook_server="CWLP26")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice116", title="Birchall Conveyancing", desk=DESK, agents=AGENTS,
    ack=ACK, profile=PROFILE, ticket_prefix="BC-", reply_prefix=REPLY_PREFIX)

QUOTE_PDF = mailcraft.pdf(["Birchall Conveyancing - Fee estimate BC/Q/2026/1147",
                           "Freehold purchase, price GBP 285,000, mortgage with Halden Building Society",
                           "Legal fee GBP 950 + VAT; searches GBP 310; Land Registry GBP 150",
                           "SDLT: nil (first-time buyer relief)",
                           "Valid 60 days. Birchall Conveyancing, Leicester"])
GRANT_PDF = mailcraft.pdf(["Grant of Probate - copy", "Estate of Margaret Aldous, deceased",
                           "Executors: Martin Aldous, Jennifer Cole", "Issued 21 October 2026"])
CONTRACT_PDF = mailcraft.pdf(["Projet de contrat / Draft contract", "Flat 6, Welford Court, Leicester",
                              "Seller: Helene Marchetti", "Price: GBP 164,000"])
SIGNED_PDF = mailcraft.pdf(["Contract - signed by buyer", "17 Osier Way, Market Harborough",
                            "Signed: D. Okafor  Date: 10/11/2026"])
PRESUPUESTO_PDF = mailcraft.pdf(["Birchall Conveyancing - Presupuesto BC/Q/2026/1203",
                                 "Compraventa 22 Brindley Road, Loughborough - GBP 232,000",
                                 "Honorarios GBP 1,050 + IVA; busquedas GBP 310"])
SEARCH_PDF = mailcraft.pdf(["Local Authority Search (LLC1 + CON29) - result",
                            "Property: 5 Willow Bank, Sleaford",
                            "No entries affecting the property. Road adopted."])


def _plan(x: int, y: int) -> tuple[int, int, int]:
    if x in (8, 9) or y in (8, 9):
        return (200, 30, 30)
    return (245, 240, 225) if (x + y) % 7 else (120, 160, 110)


def _bill(x: int, y: int) -> tuple[int, int, int]:
    return (250, 250, 250) if y % 6 else (40, 60, 120)


TITLE_PLAN_PNG = mailcraft.png(24, 18, _plan)
BILL_PNG = mailcraft.png(20, 28, _bill)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("b01-ftb-quote-285k", "en", "closed", {},
      "Ellie Brennan <ellie.brennan@example.com>", "gmail", "Quote for buying a house (first-time buyer)",
      "Fee quote with four questions, answered out of order in one paragraph with a PDF estimate; "
      "thanks-only reply whose signature has a question mark.",
      cu("11-02 09:14", """Hi,

My partner and I have just had an offer accepted on a house in Wigston - 12 Tenterfield
Road, freehold, £285,000, and we're getting a mortgage with Halden Building Society.

Could you give me a quote for doing the conveyancing? Is stamp duty included in your quote
or is that separate? Roughly how long does a purchase take at the moment? And do you order
the searches yourselves or do we have to do that?

Thanks,
Ellie Brennan"""),
      ag("ravi", "11-02 14:30", """Hi Ellie,

Congratulations on the offer. We order all the searches ourselves - local authority,
drainage and water, and environmental - so there's nothing for you to arrange, and for a
straightforward freehold purchase with a mortgage we're currently seeing 10 to 12 weeks
from instruction to completion. Stamp duty isn't part of our fee, but as first-time
buyers below £300,000 you would pay none; we still file the return for you. Our fee
estimate is attached (£950 + VAT plus searches and the Land Registry fee).

If you'd like to go ahead, just reply and I'll send the client care letter.

Kind regards,
Ravi""", attach=[("application/pdf", "Birchall-fee-estimate-BC-Q-2026-1147.pdf", QUOTE_PDF)]),
      cu("11-02 18:02", """That's really helpful, thank you Ravi - we'll talk tonight and come back to you.

Ellie
--
Ellie Brennan | Primary teacher
"Why? Because we asked." - sent from my phone""", thanks=True)),

    C("b02-ta6-paper-copy", "en", "closed", {"unanswered-question": 1},
      "Graham Pickering <g.pickering@pickeringfamily.example>", "outlook", "Property information form - a few questions",
      "Seller asks three things about the TA6/TA10 forms; the FENSA and TA10 questions are answered, "
      "the request for a paper copy by post is not; thanks-only reply.",
      cu("11-03 10:22", """Dear Nia,

I've started on the property information form for the sale of 9 Orchard Rise. Two things
I'm unsure of. Do I also need to fill in the fittings and contents form, even though we're
leaving nearly everything? And the windows were replaced in 2014 - where would I find the
FENSA certificate if I can't find the paper one?

Could you also post me a paper copy of the TA6? I find the online portal fiddly on my tablet.

Regards,
Graham Pickering""", uq=1),
      ag("nia", "11-03 15:48", """Dear Graham,

Yes, please complete the TA10 as well - buyers' solicitors always ask for it, and it is
quick if you are leaving most things: just tick "included" and note the few items you are
taking.

For the windows, you can download a replacement FENSA certificate from the FENSA website
for a small fee using your postcode; if the installer wasn't FENSA-registered, let me know
and we'll look at an indemnity policy instead.

Best wishes,
Nia"""),
      cu("11-03 17:30", """Thanks Nia, I'll get on with it at the weekend.

Graham""", thanks=True)),

    C("b03-id-check-inline", "en", "closed", {},
      "Daniel Okafor <daniel.okafor@example.org>", "thunderbird", "ID documents for your checks",
      "Three questions about ID and source-of-funds checks answered inline under each quoted question; "
      "the customer then sends a photo of a utility bill and asks if it will do - a bare yes.",
      cu("11-03 08:40", """Hello,

I've received your client care letter - thanks. Before I send things over:

1. Will a driving licence do as photo ID, or do you need my passport?
2. Does the proof of address have to be a utility bill, or is a bank statement OK?
3. For source of funds, how many months of statements do you want?

Daniel Okafor"""),
      ag("nia", "11-03 11:05", """Hi Daniel,

On Tue, 3 Nov 2026 at 08:40, Daniel Okafor <daniel.okafor@example.org> wrote:
> 1. Will a driving licence do as photo ID, or do you need my passport?

A photocard driving licence is fine.

> 2. Does the proof of address have to be a utility bill, or is a bank statement OK?

A bank statement dated in the last three months is fine too.

> 3. For source of funds, how many months of statements do you want?

Six months, for every account the deposit has passed through.

Thanks,
Nia""", quote=False),
      cu("11-04 19:55", """Here's a photo of my council tax bill as well, in case it's better than the
bank statement. Is this one OK, given it's from April?

Daniel""", attach=[("image/png", "council-tax-bill.png", BILL_PNG)]),
      ag("nia", "11-05 09:12", """Yes, that's fine - council tax bills count for the whole year they cover.

Nia""")),

    C("b04-exchange-date-chase", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Hannah Osei <hannah.osei@example.com>", "iphone", "Exchange date? 41 Larkspur Close",
      "Ravi promises an update by Friday 6 Nov; nothing comes, the buyer chases on Tuesday and gets "
      "the update then (kept late).",
      cu("11-02 19:40", """Hi Ravi

Do you have any idea when we might exchange? The sellers' agent keeps saying "soon" but
won't say more. And are we still OK for completing before Christmas?

Hannah

Sent from my iPhone"""),
      ag("ravi", "11-03 09:25", """Hi Hannah,

We are still waiting for the sellers' solicitors to answer our additional enquiries about
the rear extension (building regulations sign-off). Until those come back I can't give you
an exchange date, but completing before Christmas is still realistic if they reply within
the next fortnight.

I'll chase them today and update you by Friday.

Regards,
Ravi""", promises=[("11-06", 4)]),
      cu("11-10 08:12", """Morning Ravi, any news? Friday came and went and we've heard nothing, and the
removal firm wants a date from us by Thursday.

Hannah

Sent from my iPhone""", chase=True),
      ag("ravi", "11-10 11:40", """Hi Hannah,

Sorry - I should have written on Friday. The sellers' solicitors replied yesterday: the
completion certificate for the extension has been found and they have sent a copy, so
that point is closed. We are ready to exchange once you have signed the contract I posted
last week; the sellers are proposing completion on Friday 11 December, which should suit
your removal firm.

Regards,
Ravi""")),

    C("b05-leasehold-pack-list", "en", "pending", {"unanswered-question": 2},
      "Ruth Adeyemi <ruth.adeyemi@example.net>", "gmail", "Flat 14 Mill Court - leasehold questions",
      "Bulleted list of five leasehold questions; the acknowledgement, then Sam answers three "
      "(ground rent, service charge, years left) and skips the dog and the short-let questions.",
      cu("11-16 21:10", """Hi,

We've now had the management pack for Flat 14 Mill Court through from the agent, but
honestly I can't make head or tail of it. Could you tell me:

- what the ground rent is and whether it goes up?
- how much the service charge is per year?
- how many years are left on the lease?
- whether we'd need the freeholder's permission to keep a dog (we have a small terrier)
- Can you also check if there's anything stopping us letting it out on Airbnb for a few weeks a year?

Thank you!
Ruth""", uq=2),
      ack("11-16 21:11"),
      ag("sam", "11-17 14:05", """Hi Ruth,

Happy to help - the pack is dense. The ground rent is £250 a year, reviewed every 25 years
by reference to RPI; the next review is in 2039. The service charge for the current year
is £1,860, paid half-yearly, and the reserve fund looks healthy. The lease was granted for
125 years from 1 January 2004, so just over 102 years remain, which lenders are happy with.

Best,
Sam""")),

    C("b06-searches-council-chase", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Tom Ellery <tom.ellery@example.org>", "outlook", "Local search - still outstanding?",
      "Ravi says he'll chase the council and let the buyer know (no deadline: window), does not, the "
      "buyer follows up; the answer comes after the window. The council's turnaround is information.",
      cu("11-09 10:05", """Hi Ravi,

Our lender is asking whether the searches are back. Has the local authority search come
in yet? And is there anything I need to do about the drainage search the surveyor
mentioned?

Thanks
Tom Ellery"""),
      ag("ravi", "11-09 15:20", """Hi Tom,

The drainage and water search and the environmental search are both back and clear, so
there is nothing for you to do there. The local authority search is still with the
council, who are taking around three weeks at the moment. I'll chase the council and let
you know what they say.

Regards,
Ravi""", promises=[("window", 4)]),
      cu("11-13 09:30", """Hi Ravi,

Just following up on the local search - did the council say anything? The mortgage offer
runs out in January and I'd rather not cut it fine.

Tom""", chase=True),
      ag("ravi", "11-16 10:10", """Hi Tom,

Apologies for the delay. The council has confirmed the search will be returned by 19
November; there is plenty of time before your offer expires, and I'll report on it as
soon as it lands.

Regards,
Ravi""", promises=[("window", 5)]),
      ag("ravi", "11-17 16:45", """Hi Tom,

The local search came back today, earlier than the council said - copy attached. Nothing adverse: the road is adopted and
there are no planning entries affecting the house.

Regards,
Ravi""", attach=[("application/pdf", "local-search-5-Willow-Bank.pdf", SEARCH_PDF)])),

    C("b07-sdlt-bare-figure", "en", "closed", {},
      "Kieran Doyle <kieran.doyle@example.com>", "android", "Stamp duty on the Braunstone flat",
      "Two questions answered with a bare figure and a bare 'No, we file it for you'.",
      cu("11-04 12:31", """Hi, quick one - how much stamp duty will I pay on the flat at £195k? I'm a
first time buyer. And do I need to send anything to HMRC myself?

Kieran"""),
      ag("nia", "11-04 13:02", """Hi Kieran,

£0.

No - we file the return for you on completion.

Nia""")),

    C("b08-gifted-deposit", "en", "closed", {"unanswered-question": 1},
      "Sophie Turnbull <sophie.turnbull@example.org>", "apple", "Gift from my parents towards the deposit",
      "Three questions about a gifted deposit; Gwen explains what the declaration contains instead of "
      "whether the father can sign it remotely (neighbouring answer).",
      cu("11-05 18:20", """Hi Gwen,

My parents are giving me £30,000 towards the deposit on Beaumont Avenue. Do they need to
show you where the money came from as well, or only me? Does my dad need to come into the office to sign the gift declaration, or can he do it remotely? He lives in Cornwall.
And can the money go straight from their account to yours?

Many thanks,
Sophie""", uq=1),
      ag("gwen", "11-06 10:15", """Dear Sophie,

Yes - as the money is coming from your parents, we need to see their source of funds too:
three months of statements for the account the gift comes from, and their ID. The money
can be sent directly from their account to our client account; we will send them our
bank details by post and they must phone us to check them before transferring.

The gift declaration confirms the amount, that it is a gift and not a loan, that your
parents will have no share in the property, and that they will not live there.

Kind regards,
Gwen""")),

    C("b09-completion-reopened", "en", "pending", {"reopened": 1},
      "Priya Nandakumar <priya.n@example.net>", "gmail", "Completion on 13 Nov - 8 Fernhill Road",
      "Completion confirmed and the matter marked as resolved; three days later the buyer reports a car "
      "left in the garage and missing wardrobes (reopened). Nia promises to pass on the reply and does.",
      cu("11-12 16:20", """Hi Nia,

Is everything still on track for tomorrow? What time are the keys likely to be released?
We've booked the van for 11.

Priya"""),
      ag("nia", "11-12 17:05", """Hi Priya,

Yes, all on track. We send the money at about 9am; the sellers' solicitors then confirm
receipt and tell the estate agent to release the keys - usually late morning, so 11 should
be about right.

Nia"""),
      ag("nia", "11-13 12:48", """Hi Priya,

Completion took place at 12:31 and the agent has been told to release the keys.
Congratulations on your new home! We'll file the stamp duty return and register you at the
Land Registry. I'll mark this matter as resolved on our side.

Nia""", closes=True),
      cu("11-16 20:15", """Hi Nia,

Sorry to bother you again. We've moved in and the sellers have left an old car and a heap
of rubble in the garage, and the fitted wardrobes in the main bedroom, which were listed
as included on the fittings form, have been taken out. Can you contact their solicitors
about this? Is there anything else we can do?

Priya"""),
      ag("nia", "11-17 10:30", """Hi Priya,

I'm sorry you've come home to that. I've written to the sellers' solicitors this morning
asking them to have the car and rubble removed and to explain the wardrobes, which were
included on the TA10 and so are part of what you bought. If they won't put it right, you
could claim their value, and we can advise on that. I'll let you know as soon as they reply.

Nia""", promises=[("window", 6)]),
      ag("nia", "11-19 09:50", """Hi Priya,

The sellers' solicitors have replied: the car will be collected on Saturday morning and
their clients offer £400 for the wardrobes. Let me know if you'd like to accept.

Nia""", refs=[1, 5])),

    C("b10-fresh-valuation-enquiry", "en", "open", {},
      "Martin Whitlock <martin.whitlock@example.com>", "gmail", "Selling my bungalow - can you act?",
      "A fresh enquiry sent on audit day, only the acknowledgement so far: inside the response target.",
      cu("11-20 10:12", """Good morning,

I'm selling my bungalow at 3 Elm Close, Oadby, and the agent recommended you. Could you
act for me, and what would your fee be on a sale of about £310,000? There's no mortgage left
on it.

Martin Whitlock"""),
      ack("11-20 10:13")),
]
CASES += [
    C("b11-draft-contract-awaiting", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Natasha Byrne <natasha.byrne@example.org>", "owa", "Draft contract for 6 Saxby Street",
      "Two rounds answered (draft contract received, shed and greenhouse, a copy of the contract); the "
      "buyer's latest mail says the copy never came and asks someone to get back: chase, unanswered.",
      cu("11-09 09:30", """Hi Sam,

Have you received the draft contract from the sellers' solicitors yet? And when would you
expect to send us the report on title?

Thanks,
Natasha"""),
      ag("sam", "11-09 14:00", """Hi Natasha,

Yes - the contract pack arrived on Friday. The report on title goes out once the searches
and the sellers' replies to our enquiries are back, which is typically two to three weeks
from now.

Best,
Sam"""),
      cu("11-12 12:15", """Thanks Sam. The sellers have now said they'll leave the garden shed and the
greenhouse. Does that need to go in the contract? Also, could you send me a copy of the
draft contract so I can read it properly?

Natasha"""),
      ag("sam", "11-12 16:30", """Hi Natasha,

Yes - I've asked the sellers' solicitors today to add both to the fittings and contents form, which
forms part of the contract - that protects you if they change their minds. A copy of the
draft contract is in today's post and is also on your tracker:
https://birchallconveyancing.example/track/BC-24117

Best,
Sam"""),
      cu("11-18 09:05", """Hi Sam,

I still haven't had the copy in the post, and the tracker link just says "document
unavailable". Could someone get back to me please? We'd really like to read it before the
weekend.

Natasha""", chase=True)),

    C("b12-probate-handoffs", "en", "closed", {"many-handoffs": 1},
      "Martin Aldous <m.aldous@aldousfamily.example>", "thunderbird", "Sale of 3 Quarry Lane (late mother's estate)",
      "Executor's probate sale handled by Nia (signing), Ravi (indemnity for the garage) and Gwen "
      "(paying the proceeds to the estate account): three agents, every question answered.",
      cu("11-03 09:40", """Dear Nia,

We now have the grant of probate for my mother's house. What do you need from me and my
sister as executors? Do we both have to sign the contract, or can I sign for both of us?

Martin Aldous"""),
      ag("nia", "11-03 13:10", """Dear Martin,

Please send us a copy of the grant and ID for both executors. You will both need to sign
the contract and the transfer deed - one executor can't sign for the other unless your
sister gives you a power of attorney, which is rarely worth it for one signature.

Kind regards,
Nia"""),
      cu("11-05 11:00", """Dear Nia,

Attached is the grant. One more thing: the buyer's solicitor is asking about the garage my
father built in 1998, which never had building regulations approval. What do we do?

Martin""", attach=[("application/pdf", "grant-of-probate-Aldous.pdf", GRANT_PDF)]),
      ag("ravi", "11-05 15:45", """Dear Martin,

Nia has passed this to me. The usual answer is an indemnity policy, which covers the buyer
against the council taking action; after 28 years that risk is small. The premium is £85
and comes out of the estate; I have ordered it today and sent it to the buyer's solicitor.

Regards,
Ravi""", thread=False),
      cu("11-09 09:12", """Thank you both. Where will the sale money go - can it be paid straight into
the executors' account at the bank?

Martin"""),
      ag("gwen", "11-09 12:30", """Dear Martin,

Yes. Please send us a letter from the bank confirming the executors' account name, sort
code and number; we will phone you to check the details before we pay anything in.

Kind regards,
Gwen""")),

    C("b13-friday-slow", "en", "closed", {"slow-first-response": 1},
      "Jodie Marsh <jodie.marsh@example.com>", "gmail", "Buyers want to complete on 27 November",
      "Friday-afternoon question answered on Monday late morning (slow first response); thanks-only reply.",
      cu("11-06 15:50", """Hi,

Our buyers have asked to bring completion forward to Friday 27 November. Is that
realistic from your side, and is there anything we'd need to do to make it happen? Our
onward purchase is with you too.

Jodie"""),
      ag("ravi", "11-09 11:15", """Hi Jodie,

It is tight but possible, because both ends of the chain are with us and your buyers'
mortgage offer is already in. You would need to sign both contracts this week and let the
removal firm know; we can then exchange on both on the same day and complete on the 27th.

Regards,
Ravi"""),
      cu("11-09 12:04", """Brilliant, thanks Ravi. Will sign tonight.

Jodie""", thanks=True)),

    C("b14-boundary-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Colin Fairweather <colin.fw@fairweatherbuilds.example>", "outlook", "Boundary question - plot at Ashby Road",
      "Builder's boundary question gets only the acknowledgement; four days later he resends the same "
      "mail word for word as a new message. Still unanswered.",
      cu("11-12 08:30", """Morning,

The title plan for the plot at Ashby Road shows the boundary running along the hedge, but
the seller's fence is about a metre inside it. Which one do we go by? And can you ask the
seller's solicitor to confirm who owns the hedge before we exchange?

Colin Fairweather
Fairweather Builds Ltd"""),
      ack("11-12 08:31"),
      cu("11-16 08:05", """Morning,

The title plan for the plot at Ashby Road shows the boundary running along the hedge, but
the seller's fence is about a metre inside it. Which one do we go by? And can you ask the
seller's solicitor to confirm who owns the hedge before we exchange?

Colin Fairweather
Fairweather Builds Ltd""", parent=0, chase=True)),

    C("b15-completion-statement-ahead", "en", "pending", {},
      "Ewa Kowalczyk <ewa.k@example.net>", "gmail", "Completion statement?",
      "Deadline still ahead: Ravi answers when funds are due and promises the completion statement on "
      "Tuesday 24 November; thanks-only reply.",
      cu("11-18 19:30", """Hello Ravi,

When will I get the completion statement? And how much do I need to transfer, and by
when? I need to give my bank notice for a big transfer.

Ewa"""),
      ag("ravi", "11-19 09:45", """Hello Ewa,

The funds need to reach our client account by 1pm on Wednesday 2 December, the day before
completion. The exact amount will be on the statement: I'll send you the completion
statement on Tuesday 24 November, as soon as the lender's redemption figure for your sale
arrives.

Regards,
Ravi""", promises=[("11-24", None)]),
      cu("11-19 10:10", """Perfect, thank you.

Ewa""", thanks=True)),

    C("b16-courier-logistics", "en", "pending", {},
      "Imran Siddiqui <imran@siddiqui-dental.example>", "outlook", "Signed transfer deed",
      "Two questions answered; the courier collection on Wednesday and the Land Registry sending the "
      "title are logistics, not commitments.",
      cu("11-16 11:00", """Hi Nia,

I've signed the contract and the transfer deed. How do I get them to you - could you
collect them from the surgery? And does the witness have to be someone who isn't family?
My receptionist offered.

Imran"""),
      ag("nia", "11-16 14:20", """Hi Imran,

Your receptionist is ideal: the witness must be an independent adult who isn't a relative
or your partner, and they must actually watch you sign. Our courier collects the signed
documents from the surgery on Wednesday between 10 and 12 - please leave them at reception
in the envelope we sent. After completion the Land Registry sends the updated title to us.

Nia""")),

    C("b17-ack-then-answer", "en", "closed", {},
      "Lorna McBride <lorna.mcbride@example.org>", "outlook", "Has the buyer signed?",
      "Acknowledgement with service-hours text, then a human answer within hours; thanks-only reply.",
      cu("11-04 08:05", """Hello,

Can you tell me whether the buyer's solicitor has sent back the signed contract yet, and
whether 27 November is still the completion date?

Lorna McBride"""),
      ack("11-04 08:06"),
      ag("nia", "11-04 11:20", """Dear Lorna,

Not yet - the buyer's solicitor expects to have their client's signed contract by Friday.
The 27th is still the date everyone is working to.

Best wishes,
Nia"""),
      cu("11-04 12:00", """Thanks Nia.""", thanks=True)),

    C("b18-out-of-office-signed", "en", "closed", {},
      "Deborah Lane <deborah.lane@lanearchitects.example>", "outlook", "Mortgage offer received - next steps",
      "Answer with instructions, then the customer's out-of-office reply; later she sends the signed "
      "contract (new information, not a chase) and asks to be told if anything is missing - answered.",
      cu("11-04 09:10", """Hi Ravi,

The mortgage offer has finally arrived. What happens next? Do you need anything from me?

Deborah"""),
      ag("ravi", "11-04 12:20", """Hi Deborah,

Good news. The contract and the mortgage deed went in the post to you today. Please sign
both where marked, have the mortgage deed witnessed by an independent adult, and send
them back with the 10% deposit (£23,500) - phone us to check our bank details first.

Regards,
Ravi"""),
      auto("11-04 12:21", """Thank you for your email. I am out of the office until Monday 9 November with
limited access to email. For anything urgent please contact studio@lanearchitects.example.

Deborah Lane
Lane Architects"""),
      cu("11-10 18:30", """Hi Ravi,

Please find attached the signed contract. The mortgage deed is in the post with the
witness's details filled in, and the deposit went today. Let me know if anything is missing.

Deborah""", attach=[("application/pdf", "signed-contract-Osier-Way.pdf", SIGNED_PDF)]),
      ag("ravi", "11-11 09:05", """Hi Deborah,

All received: the contract is in order, the deed arrived this morning correctly witnessed,
and the deposit is in our client account. Nothing missing.

Regards,
Ravi""")),

    C("b19-rhetorical-paperwork", "en", "closed", {},
      "Gemma Holt <gemma.holt@example.com>", "gmail", "Mortgage offer reference",
      "A rhetorical question and a self-answered one, then the real question (valuation vs survey), answered.",
      cu("11-10 21:40", """Hi Ravi,

Who knew buying a house involved this much paperwork? Anyway. Where do I find the mortgage
offer reference you asked for? Ah, ignore that - it's on page 1 under "Account number":
HBS-4471-0923.

What I do need to know: is the survey we had done enough for the lender, or do they do
their own valuation?

Gemma"""),
      ag("ravi", "11-11 09:30", """Hi Gemma,

Thanks for the reference. The lender always instructs its own valuation; your survey is
for your benefit only - it's worth reading the roof section again before we exchange.

Regards,
Ravi""")),

    C("b20-forwarded-agent-mail", "en", "closed", {},
      "Lewis Grant <lewis.grant@example.org>", "apple", "Fwd: 27 Beech Drive - sale progression",
      "Customer forwards the estate agent's questions and asks the firm to deal with them; the questions "
      "inside the forwarded mail are not his. Answered.",
      cu("11-13 08:50", """Morning, see below from the estate agent. Can you deal with this directly with
them? I've no idea what a memorandum of sale is.

Lewis

Begin forwarded message:

From: Kelly Marsh <kelly@hearthandhomeestates.example>
Subject: 27 Beech Drive - sale progression
Date: 12 November 2026 at 16:02:11 GMT
To: Lewis Grant <lewis.grant@example.org>

Hi Lewis,

Could your solicitor confirm they've received the memorandum of sale? And can they let me
know when the searches were ordered?

Thanks, Kelly"""),
      ag("nia", "11-13 11:30", """Hi Lewis,

Done - I've emailed Kelly to confirm we have the memorandum of sale and that we ordered the
searches on 6 November. The memorandum is just the agent's summary of the agreed sale (who,
what, how much), so there's nothing for you to do with it.

Nia""")),

    C("b21-colleague-client-account", "en", "pending", {},
      "Amir Haddad <amir.haddad@example.net>", "gmail", "Sending the deposit",
      "Ravi says Gwen will send the client account details by tomorrow; Gwen does (kept by a colleague). "
      "Thanks-only reply.",
      cu("11-16 13:00", """Hi Ravi,

Where do I send the deposit? And is there a limit on how much I can transfer in one go?

Amir"""),
      ag("ravi", "11-16 16:10", """Hi Amir,

Gwen in our completions team will send you our client account details by tomorrow. Limits
are set by your bank, not by us - most banks allow a large one-off transfer if you ring
them first.

Regards,
Ravi""", promises=[("11-17", 3)]),
      ag("gwen", "11-17 11:20", """Dear Amir,

Our client account: Birchall & Co Solicitors LLP client account, sort code 40-11-62,
account 31927744, reference BC-24201-HADDAD. Please phone 0116 496 0700 to check these
details with us before you send anything.

Kind regards,
Gwen"""),
      cu("11-17 14:00", """Thanks Gwen - just spoken to you on the phone, all sent.

Amir""", thanks=True)),

    C("b22-nobody-handling-chase", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Faye Whitmore <faye.whitmore@example.com>", "gmail", "Signed client care letter",
      "Two days without a reply; the customer replies to her own mail to chase and Sam answers both "
      "(slow first response).",
      cu("11-11 09:00", """Hello,

I posted the signed client care letter and my ID documents last Thursday. Have they
arrived? And what happens next?

Faye Whitmore"""),
      cu("11-13 08:40", """Hello? Is anyone dealing with my file? I haven't heard a thing since sending the
forms and the agent says the sellers are getting twitchy.

Faye""", parent=1, chase=True),
      ag("sam", "11-13 11:20", """Dear Faye,

I'm sorry for the silence. Your forms arrived on Monday and your file is open. Next we
request the contract pack from the sellers' solicitors and order the searches - both
done this morning. The contract pack usually takes a week or two to arrive.

Best,
Sam""")),
]
CASES += [
    C("b23-enquiries-summary-late", "en", "closed", {"missed-follow-up": 1},
      "Bethany Clarke <beth.clarke@example.org>", "outlook", "Replies to enquiries - damp",
      "Ravi promises a summary of the sellers' replies by Thursday and sends it on Friday (missed); "
      "thanks-only reply.",
      cu("11-09 08:15", """Hi Ravi,

Have the sellers answered your enquiries yet? I'm especially keen to see what they said
about the damp patch in the back bedroom.

Bethany"""),
      ag("ravi", "11-09 12:40", """Hi Bethany,

Their replies came in on Friday and I'm working through them now. I'll send you a summary,
including what they say about the damp, by Thursday.

Regards,
Ravi""", promises=[("11-12", 3)]),
      ag("ravi", "11-13 10:05", """Hi Bethany,

Summary as promised - apologies it's a day later than I said. The sellers say the damp was
caused by a leaking gutter, repaired in March 2025, and they have the roofer's invoice. No
guarantee was given. The other replies are routine: no disputes with neighbours, no
planning applications nearby, the boiler was serviced in September.

Regards,
Ravi"""),
      cu("11-13 19:00", """Thank you, that's reassuring.

Bethany""", thanks=True)),

    C("b24-insurance-lender-never", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Owen Price <owen.price@example.net>", "android", "Buildings insurance from exchange",
      "Insurance question answered, the girlfriend question deferred with 'I'll check with the lender and "
      "come back to you' (never kept), the Revolut question skipped.",
      cu("11-05 07:45", """Hi Ravi, my mortgage offer says "subject to satisfactory buildings insurance from
exchange". Does that mean I need insurance in place before we exchange? Also, can the completion money be sent from my Revolut account? And would the lender mind the policy
being in my name only, as my girlfriend is moving in but isn't on the mortgage?

Owen

Sent from Outlook for Android""", uq=1),
      ag("ravi", "11-05 12:30", """Hi Owen,

Yes - from exchange you are bound to buy, so the insurance must start on the day we
exchange, not on completion. On the policy being in your name only, I'll check with the
lender and come back to you.

Regards,
Ravi""", promises=[("window", None)])),

    C("b25-final-bill-second-mail", "en", "closed", {"unanswered-question": 1},
      "Rachel Kemp <rachel.kemp@kempandco.example>", "apple", "Completion date - 20 November",
      "A one-line question answered; a week later a second mail asks for the final bill before "
      "completion and for the proceeds to be split - only the split is answered.",
      cu("11-02 10:00", """Hi Nia,

Can you confirm that completion is now fixed for Friday 20 November?

Rachel"""),
      ag("nia", "11-02 11:30", """Hi Rachel,

Yes, confirmed - contracts were exchanged this morning with completion on the 20th.

Nia"""),
      cu("11-10 14:20", """Thanks Nia. Two more things now I think of them: will you send the final bill before completion so I can check it? And I'd like the sale proceeds split - £40,000 to my
savings account and the rest to my current account. Is that possible?

Rachel""", uq=1),
      ag("nia", "11-10 16:00", """Hi Rachel,

Yes, we can split the proceeds. Please fill in the enclosed bank details form for both
accounts and post it back to us - we won't take account details by email - and we'll
phone you to confirm them before completion day.

Nia""")),

    C("b26-long-paragraph", "en", "closed", {"unanswered-question": 2},
      "Patrick Nolan <pat.nolan@example.com>", "gmail", "A few things before we exchange",
      "Four questions buried in one long paragraph (multipart/alternative); Ravi answers the deposit and "
      "the ownership questions and leaves the measuring visit and the private road.",
      cu("11-08 22:15", """Hi Ravi, sorry this is a bit of a brain dump but it's been a long week. We're
hoping to exchange on 18 Beacon Hill Road soon and my wife and I were going through our
list tonight - is there any chance we could get in before completion to measure up for curtains and carpets, because the sellers have been a bit funny about it with the agent,
and we were also wondering what happens to our deposit if the chain collapses after
exchange, which is the thing keeping my wife awake, plus my wife would like the house in
her name only even though the mortgage is joint, is that allowed, and could you let me know who maintains the private road at the front because there's a big pothole and I
don't want a bill for it the week we move in. Cheers, Pat""", uq=2, kind="alt"),
      ag("ravi", "11-09 09:05", """Hi Pat,

After exchange your deposit is only at risk if you fail to complete; if the sellers
pull out, they are in breach and you get the deposit back plus your losses. The house
can't be in your wife's name alone if the mortgage is joint - the lender requires both
borrowers to be owners - but you can hold it as tenants in common in unequal shares if
that helps.

Regards,
Ravi""")),

    C("b27-tracker-links-only", "en", "closed", {},
      "Sunita Rao <sunita.rao@example.org>", "gmail", "Where can I see progress?",
      "Two questions answered with links only.",
      cu("11-05 13:10", """Hello,

Is there somewhere online I can see how my sale is progressing? And do you have a guide to
what happens on completion day? My first time selling.

Sunita"""),
      ag("nia", "11-05 14:00", """Hi Sunita,

https://birchallconveyancing.example/track/BC-24133
https://birchallconveyancing.example/guides/completion-day

Nia""")),

    C("b28-of-course-address", "en", "closed", {},
      "Michael Tran <michael.tran@example.com>", "owa", "Contract pack - different address",
      "A request answered with a bare 'Of course.'",
      cu("11-04 12:45", """Hi,

Could you send the contract pack to my work address instead? It's Unit 4, Meridian
Business Park, Leicester LE19 1WZ - I'm never home when the post comes.

Thanks
Michael Tran"""),
      ag("nia", "11-04 13:30", """Of course.

Nia""")),

    C("b29-cc-partner-tenancy", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Joe Whitfield <joe.whitfield@example.org>", "outlook", "Joint tenants or tenants in common?",
      "Partner copied in; Ravi explains the two forms of ownership, promises a quote for a declaration of "
      "trust 'tomorrow' (never sent) and ignores the request to add the partner's email to the file.",
      cu("11-05 20:00", """Hi Ravi,

Anya (copied in) and I are buying together, but she's putting in £60,000 more than me.
Should we be joint tenants or tenants in common? We'd like something in writing about who
gets what if we ever split up - what would that cost? Also please add Anya's email to the file so she gets the updates too.

Thanks,
Joe""", uq=1, cc="Anya Kaur <anya.kaur@example.org>"),
      ag("ravi", "11-06 10:30", """Hi Joe,

With unequal contributions you should hold the house as tenants in common, so that each of
you owns a defined share; joint tenants own it all together and the survivor inherits
everything, whatever each put in. The shares are recorded in a declaration of trust. I'll
send you a quote for the declaration of trust tomorrow.

Regards,
Ravi""", promises=[("11-07", None)])),

    C("b30-company-purchase-chased-twice", "en", "closed", {"missed-follow-up": 1, "customer-chased": 2},
      "Marcus Bell <marcus.bell@bellproperty.example>", "outlook", "44 Canal Street - company purchase",
      "Company buyer with a long disclaimer; Gwen answers the ID question and promises the guarantee "
      "answer by Wednesday, the client chases twice, the answer comes the following Tuesday.",
      cu("11-02 11:00", """Dear Gwen,

We are buying 44 Canal Street through Bell Property Holdings Ltd. Can you confirm you act
on limited company purchases, and what do you need from us for the company ID checks?
Also, does the lender need personal guarantees from the directors?

Regards,
Marcus Bell
Director, Bell Property Holdings Ltd

This email and any files transmitted with it are confidential and intended solely for
the use of the individual or entity to whom they are addressed. If you have received this
email in error please notify the sender. Bell Property Holdings Ltd, registered in England
No. 10987654."""),
      ag("gwen", "11-02 15:30", """Dear Marcus,

Yes, we act for companies regularly. For the checks we need the certificate of
incorporation, the register of members, and ID for every director and for anyone with
more than 25% of the shares. On personal guarantees, I'll check the lender's requirements
and come back to you by Wednesday.

Kind regards,
Gwen""", promises=[("11-04", 5)]),
      cu("11-06 09:15", """Dear Gwen,

Any update on the personal guarantees? The directors need to plan around it.

Marcus

This email and any files transmitted with it are confidential and intended solely for
the use of the individual or entity to whom they are addressed.""", chase=True),
      cu("11-10 08:50", """Gwen,

Second chase on this - could someone please reply? We're now at risk on the exchange date.

Marcus""", parent=3, chase=True),
      ag("gwen", "11-10 12:00", """Dear Marcus,

My apologies for the delay. Yes - the lender requires personal guarantees from both
directors, each signed in front of an independent solicitor who must also give the
directors advice; we can't do that part for you. I have sent the guarantee forms to you
both by post today.

Kind regards,
Gwen""")),

    C("b31-html-party-wall", "en", "closed", {},
      "Victoria Ashe <victoria.ashe@example.com>", "owa", "Survey - party wall point",
      "HTML-only customer mail with two questions, both answered.",
      cu("11-05 16:40", """Hi Ravi,

The survey on 2 Dove Row flagged that next door did a loft conversion in 2019 that may have
needed a party wall agreement. Is that something you check? Should I be worried?

Victoria Ashe""", kind="html"),
      ag("ravi", "11-06 09:20", """Hi Victoria,

Yes - I raised it with the sellers' solicitors this morning as part of our
enquiries. It's rarely a problem this long after the work: if no damage has shown up in
seven years, it is unlikely to, and a missing award doesn't affect your title.

Regards,
Ravi""")),

    C("b32-shared-ownership-base64", "en", "closed", {"unanswered-question": 1},
      "Aisha Rahman <aisha.rahman@example.net>", "gmail", "Shared ownership - 40% share",
      "Base64 mail with three questions; staircasing and repairs answered, the request for the housing "
      "association's resale restrictions in writing skipped.",
      cu("11-04 11:30", """Hello Sam,

I'm buying a 40% share of 5 Foxglove Way from Riverside Homes. Can I buy more shares later
on, and is there a minimum? Who pays for repairs - me or the housing association? Please could you also send me the housing association's resale restrictions in writing, because
the agent was vague about them.

Thanks
Aisha""", uq=1, cte="base64"),
      ag("sam", "11-04 15:45", """Hi Aisha,

Yes - the lease lets you staircase up to 100%, in steps of at least 10% at the value at the
time. Repairs are all yours, inside and out, as if you owned 100%; the housing association
only deals with shared parts of the estate.

Best,
Sam""")),

    C("b33-retention-awaiting", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Ben Hartley <ben.hartley@example.org>", "thunderbird", "Mortgage offer - any news?",
      "Offer and valuation answered, the new-mobile-number confirmation skipped; the buyer's follow-up "
      "about a £5,000 retention has had no reply for three days.",
      cu("11-10 09:00", """Hi Sam,

Has the lender sent you the mortgage offer yet? And could you tell me whether the
valuation came in at the purchase price? Oh, and can you confirm you've got my new mobile number, 07700 900418?

Ben""", uq=1),
      ag("sam", "11-10 14:00", """Hi Ben,

The offer arrived this morning - a copy is in the post to you. The valuation came in at
£240,000, the same as the price, so there's no shortfall.

Best,
Sam"""),
      cu("11-17 10:30", """Thanks Sam. Just read the offer: it mentions a retention of £5,000 for roof repairs.
What does that mean for us? Do we have to make up the difference at completion?

Ben""")),

    C("b34-two-at-once", "en", "closed", {},
      "Stella Morgan <stella.morgan@example.com>", "iphone", "Same day exchange and completion?",
      "Two questions answered together in one sentence; thanks-only reply.",
      cu("11-06 08:10", """Hi Ravi

We're cash buyers. Can we exchange and complete on the same day? Is that common?

Stella

Sent from my iPhone"""),
      ag("ravi", "11-06 10:00", """Hi Stella,

Yes to both - with no mortgage and no chain it's quite usual.

Regards,
Ravi"""),
      cu("11-06 10:35", """Fab, thanks!

Sent from my iPhone""", thanks=True)),

    C("b35-dubai-surcharge", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Farid Qureshi <farid.qureshi@example.com>", "gmail", "Buying from Dubai - signing and stamp duty",
      "Client in Dubai (UTC+4): signing answered, the surcharge deferred to Friday (answered the next "
      "Tuesday after a chase), the request to send post to his brother's address never acknowledged.",
      cu("11-03 20:00", """Dear Ravi,

I'm buying the flat at 31 Grange Court as an investment while I'm working in Dubai. Do I
need to come to the UK to sign anything? Will I pay the 2% non-resident surcharge on the
stamp duty? Also, please send all post to my brother's address in Leicester, 18 Gwendolen Road, LE5 4PU, as nothing reaches me here.

Best regards,
Farid Qureshi""", uq=1, tz=4),
      ag("ravi", "11-04 09:30", """Dear Farid,

You don't need to travel: we verify your ID by video call, and you can sign the contract
and transfer in front of a witness in Dubai and courier the originals. The surcharge
depends on how many days you have spent in the UK in the last year. I have your travel
dates from the ID pack; I'll check them against the rules and come back to you by Friday.

Regards,
Ravi""", promises=[("11-06", 4)]),
      cu("11-09 22:10", """Dear Ravi,

I haven't heard back about the surcharge. I need to know before I transfer the funds.

Farid""", tz=4, chase=True),
      ag("ravi", "11-10 10:05", """Dear Farid,

Apologies for the delay. From your dates you were in the UK for 61 days in the last 12
months, fewer than 183, so the 2% surcharge applies: on £195,000 that is £3,900 on top of
the standard stamp duty. If you spend 183 days here in the year after you buy, you can
claim it back.

Regards,
Ravi""")),

    C("b36-lease-extension-early-next-week", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Helen Carver <helen.carver@example.org>", "apple", "Lease extension before selling?",
      "Seller of a short-lease flat: timing and assigning the claim answered, fees promised 'early next "
      "week' (Thursday 5 Nov: by Tuesday 10 Nov) and never sent, the valuation question skipped.",
      cu("11-05 10:00", """Hello Sam,

We're selling Flat 3, 19 Princess Road, which has 78 years left on the lease, and the
agent says buyers will want it extended. How long does a lease extension take? Can we
start it now and hand the claim over to the buyer? Should we get a surveyor to value the premium first? And please send me your fees for it.

Helen Carver""", uq=1),
      ag("sam", "11-05 15:00", """Hello Helen,

A statutory extension usually takes six to twelve months. Yes, you can serve the notice
now and assign the benefit of it to your buyer on completion - it's common and buyers
like it. I'll get the figures from our lease extension team and send you our fees early
next week.

Best,
Sam""", promises=[("11-10", None)])),

    C("b37-search-fee-refund", "en", "pending", {"unanswered-question": 1},
      "Craig Dunmore <craig.dunmore@example.net>", "android", "If we pull out - what do we owe?",
      "Asked whether the search money comes back, Nia says what the searches covered (neighbouring "
      "answer); the fee question is answered; thanks-only reply.",
      cu("11-16 07:50", """Morning, the survey on Hollybush Lane has come back bad (movement in the back
wall). If we pull out now, will we get back the £310 we paid for searches? And how much of
your fee would we owe?

Craig

Sent from Outlook for Android""", uq=1),
      ag("nia", "11-16 12:10", """Hi Craig,

Sorry to hear that. If you withdraw, our fee for the work done so far is capped at £250 +
VAT under our terms. The searches were ordered on 2 November and cover the local authority,
drainage and water, and environmental reports; the results are on your file.

Nia"""),
      cu("11-16 13:00", """Ok thanks, we'll think it over tonight.

Craig""", thanks=True)),

    C("b38-knotweed", "en", "closed", {"unanswered-question": 2},
      "Louise Fenwick <louise.fenwick@example.com>", "gmail", "Japanese knotweed at 7 Cedar Walk",
      "Four questions after a bad survey; renegotiating and lending answered, the request for the "
      "treatment plan and the question about the sellers' declaration skipped.",
      cu("11-12 19:00", """Hi Ravi,

Our survey has found Japanese knotweed in the garden of 7 Cedar Walk, about 4 metres from
the house. Should we try to renegotiate the price? Will the lender still lend on it?

Can you ask the sellers' solicitors for any treatment plan and insurance-backed guarantee they have? Did the sellers tick "no" on the knotweed question in the property information form? I feel a bit misled.

Louise""", uq=2),
      ag("ravi", "11-13 10:40", """Hi Louise,

Most lenders will still lend where knotweed is within 7 metres, provided there is a
professional management plan with an insurance-backed guarantee in place before
completion - check with your broker, but it is rarely fatal. Renegotiating is reasonable:
treatment typically costs £2,500 to £4,000, and buyers often ask for that off the price.

Regards,
Ravi""")),
]
CASES += [
    C("b39-de-kaufvertrag-deutsch", "de", "closed", {"unanswered-question": 1},
      "Sabine Wehrmann <sabine.wehrmann@wehrmann-familie.example>", "gmail_de", "Kauf der Wohnung Clarendon Street",
      "German buyers (UTC+1): signing by post and paying from Germany answered, the request for a German "
      "summary of the contract skipped; a follow-up about registration answered.",
      cu("11-05 20:10", """Guten Abend Herr Kranz,

wir kaufen wie besprochen die Wohnung in der Clarendon Street in Leicester für unsere
Tochter, die dort studiert. Ein paar Fragen vorab: Können Sie uns den Kaufvertrag bzw. die wichtigsten Punkte daraus auch auf Deutsch zusammenfassen? Müssen wir zur Unterschrift
persönlich nach England kommen, oder geht das per Post? Und wie zahlen wir den Kaufpreis am
besten von unserem deutschen Konto - brauchen Sie dafür einen Nachweis über die Herkunft
des Geldes?

Viele Grüße
Sabine Wehrmann""", uq=1, tz=1),
      ag("tobias", "11-06 09:40", """Guten Tag Frau Wehrmann,

zur Unterschrift müssen Sie nicht nach England kommen: Wir schicken Ihnen Kaufvertrag und
Übertragungsurkunde (TR1) per Kurier, Sie unterschreiben im Beisein eines Zeugen, der nicht
mit Ihnen verwandt ist, und senden uns die Originale zurück.

Den Kaufpreis überweisen Sie in Pfund auf unser Treuhandkonto. Als Herkunftsnachweis
brauchen wir die Kontoauszüge der letzten sechs Monate für das Konto, von dem das Geld
kommt. Bitte rufen Sie uns vor der Überweisung an, um die Bankverbindung zu bestätigen.

Mit freundlichen Grüßen
Tobias Kranz"""),
      cu("11-06 18:30", """Vielen Dank, das hilft schon sehr. Wie lange dauert es nach dem Kauf, bis wir
beim Land Registry als Eigentümer eingetragen sind?

Sabine Wehrmann""", tz=1),
      ag("tobias", "11-09 10:05", """Guten Tag Frau Wehrmann,

in der Regel vier bis acht Wochen nach dem Abschluss (completion). Die Eintragung
beantragen wir für Sie.

Mit freundlichen Grüßen
Tobias Kranz""")),

    C("b40-de-verkauf-nachfrage", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Klaus Reuter <k.reuter@reuter-immo.example>", "outlook_de", "Verkauf Reihenhaus Mapperley Road",
      "German seller's three questions go unanswered for two days; he replies to his own mail "
      "('ich warte immer noch auf eine Antwort'), then gets a full answer (slow first response); thanks-only reply.",
      cu("11-10 08:15", """Sehr geehrte Damen und Herren,

wir verkaufen unser vermietetes Reihenhaus in der Mapperley Road in Nottingham. Der
Mietvertrag der jetzigen Mieter läuft bis Ende Februar. Können wir das Haus mit den Mietern
verkaufen, oder muss es leer übergeben werden? Müssen wir die Capital Gains Tax selbst beim
HMRC melden, und innerhalb welcher Frist? Und was kostet Ihre Vertretung beim Verkauf?

Mit freundlichen Grüßen
Klaus Reuter""", tz=1),
      cu("11-12 07:50", """Sehr geehrte Damen und Herren,

ich warte immer noch auf eine Antwort auf meine E-Mail vom Dienstag. Bitte melden Sie sich
kurz, auch wenn Sie noch nicht alles beantworten können.

K. Reuter""", tz=1, parent=1, chase=True),
      ag("tobias", "11-12 10:30", """Sehr geehrter Herr Reuter,

entschuldigen Sie bitte die späte Antwort. Ein Verkauf mit Mietern ist möglich, dann
kommen aber fast nur Investoren als Käufer in Frage; Käufer mit Hypothek verlangen fast
immer ein leeres Haus. Die Capital Gains Tax müssen Sie innerhalb von 60 Tagen nach dem
Abschluss über ein "UK property account" beim HMRC melden und bezahlen - das übernimmt
üblicherweise Ihr Steuerberater, nicht wir. Unser Honorar für den Verkauf beträgt 895 £
zzgl. MwSt.

Mit freundlichen Grüßen
Tobias Kranz"""),
      cu("11-12 12:00", """Vielen Dank für die ausführliche Antwort.

Klaus Reuter""", tz=1, thanks=True)),

    C("b41-de-zaun-grenze", "de", "closed", {},
      "Jonas Feld <jonas.feld@example.com>", "gmail_de", "Gartenzaun Oakfield Avenue",
      "German buyer living in the UK: who maintains the fence and where the boundary runs, answered with "
      "the title plan attached; thanks-only reply.",
      cu("11-09 19:20", """Hallo Herr Kranz,

beim Haus in der Oakfield Avenue steht der hintere Gartenzaun schief, und der Nachbar
meinte, der gehöre eigentlich den Verkäufern. Wer ist für den Zaun zuständig? Und zeigt der
Lageplan vom Land Registry, wo genau die Grenze verläuft?

Viele Grüße
Jonas Feld"""),
      ag("tobias", "11-10 09:15", """Hallo Herr Feld,

im Anhang der Lageplan (title plan). Die rote Linie zeigt die Grenze nur allgemein
("general boundary"), nicht zentimetergenau. Für den hinteren Zaun sind laut dem Formular
TA6 die Verkäufer zuständig - nach dem Kauf also Sie.

Viele Grüße
Tobias Kranz""", attach=[("image/png", "title-plan-LT448812.png", TITLE_PLAN_PNG)]),
      cu("11-10 12:30", """Perfekt, danke!

Jonas""", thanks=True)),

    C("b42-de-melde-mich-morgen", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Petra Hoffmann <petra.hoffmann@hoffmann-web.example>", "thunderbird_de", "Austausch vor Weihnachten?",
      "German seller: the redemption figure answered, exchange before Christmas deferred with 'ich melde mich "
      "morgen' (never), the request to note her new mobile number ignored.",
      cu("11-10 21:00", """Guten Abend Herr Kranz,

die Maklerin sagt, die Käufer würden gern noch vor Weihnachten austauschen (exchange). Ist
das aus Ihrer Sicht machbar? Die Bank hat mir die Ablösesumme für die Hypothek noch nicht
genannt - brauchen Sie die von mir, oder fordern Sie sie selbst an? Außerdem bitte ich Sie, meine neue Handynummer in der Akte zu vermerken: 0176 5550 2231.

Herzliche Grüße
Petra Hoffmann""", uq=1, tz=1),
      ag("tobias", "11-11 11:00", """Guten Tag Frau Hoffmann,

die Ablösesumme fordern wir selbst bei Ihrer Bank an, dafür brauchen wir nichts von Ihnen.
Ob ein Austausch vor Weihnachten klappt, hängt davon ab, ob die Käufer ihre
Finanzierungszusage schon haben. Ich frage bei der Gegenseite nach und melde mich morgen
bei Ihnen.

Mit freundlichen Grüßen
Tobias Kranz""", promises=[("11-12", None)])),

    C("b43-de-selbstverstaendlich", "de", "pending", {},
      "Stefan Brandt <stefan.brandt@example.net>", "outlook_de", "Unterlagen an Büroadresse",
      "A request answered with a bare 'Selbstverständlich.'; thanks-only reply.",
      cu("11-16 09:30", """Hallo Herr Kranz,

könnten Sie die Unterlagen für die Unterschrift bitte an meine Büroadresse in Frankfurt
schicken? Brandt Consulting, Mainzer Landstraße 50, 60325 Frankfurt am Main.

Danke und Gruß
Stefan Brandt""", tz=1),
      ag("tobias", "11-16 11:05", """Selbstverständlich."""),
      cu("11-16 12:40", """Danke!

Stefan Brandt""", tz=1, thanks=True)),

    C("b44-fr-projet-contrat", "fr", "closed", {},
      "Hélène Marchetti <helene.marchetti@marchetti-lyon.example>", "apple_fr", "Vente Flat 6, Welford Court",
      "French seller in Lyon: timing and signing answered, the draft contract promised 'd'ici jeudi' and "
      "sent on Wednesday with a PDF (kept); thanks-only reply.",
      cu("11-02 09:30", """Bonjour Madame Dumoulin,

J'ai hérité de l'appartement de ma tante, Flat 6, Welford Court, et j'ai accepté une offre
de 164 000 livres. Pourriez-vous m'envoyer le projet de contrat dès qu'il est prêt ?
Combien de temps faut-il compter jusqu'à la vente définitive ? Et dois-je venir en
Angleterre pour signer ?

Bien cordialement,
Hélène Marchetti""", tz=1),
      ag("claire", "11-02 14:10", """Bonjour Madame Marchetti,

Comptez en général huit à dix semaines jusqu'à la « completion ». Vous n'avez pas besoin de
vous déplacer : vous signerez en France devant un témoin et nous renverrez les originaux.
Je vous envoie le projet de contrat d'ici jeudi, dès réception du titre de propriété mis à
jour.

Bien à vous,
Claire""", promises=[("11-05", 3)]),
      ag("claire", "11-04 16:00", """Bonjour Madame Marchetti,

Comme promis, voici le projet de contrat, en anglais, avec mes notes en français.

Bien à vous,
Claire""", attach=[("application/pdf", "projet-de-contrat-Welford-Court.pdf", CONTRACT_PDF)]),
      cu("11-04 19:20", """Merci beaucoup, c'est parfait.

Hélène""", tz=1, thanks=True)),

    C("b45-fr-relance-droit-de-timbre", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Olivier Besson <o.besson@example.org>", "gmail", "Cuisine et tondeuse - 12 Hazel Grove",
      "French buyer: the contract question answered, the stamp duty question deferred 'd'ici mardi'; "
      "the buyer chases on Wednesday ('Je me permets de vous relancer') and gets the answer then.",
      cu("11-06 10:00", """Bonjour,

Nous achetons la maison au 12 Hazel Grove. Le vendeur nous propose de laisser ses
électroménagers et sa tondeuse pour 2 500 livres de plus. Faut-il l'inclure dans le
contrat ? Et est-ce que ce montant entre dans le calcul du droit de timbre (stamp duty) ?

Cordialement,
Olivier Besson""", tz=1),
      ag("claire", "11-06 15:00", """Bonjour Monsieur Besson,

Oui, il faut l'inclure : les équipements sont listés dans le formulaire TA10 et leur prix
figure séparément dans le contrat. Pour le droit de timbre, je vérifie avec Ravi, notre
juriste, et je reviens vers vous d'ici mardi.

Bien cordialement,
Claire""", promises=[("11-10", 4)]),
      cu("11-11 09:20", """Bonjour Madame Dumoulin,

Je me permets de vous relancer au sujet du droit de timbre : nous devons confirmer au
vendeur cette semaine.

Cordialement,
O. Besson""", tz=1, chase=True),
      ag("claire", "11-11 14:30", """Bonjour Monsieur Besson,

Toutes mes excuses pour ce retard. Les biens mobiliers ne sont pas soumis au droit de
timbre si leur prix est raisonnable : les 2 500 livres seront donc déduites du prix taxé.

Bien cordialement,
Claire""")),

    C("b46-fr-liste-questions", "fr", "closed", {"unanswered-question": 2},
      "Marc Nguyen <marc.nguyen@nguyen-conseil.example>", "outlook", "Achat 4 Linden Court - questions",
      "French buyer's numbered list of four leasehold questions; Claire answers points 1 and 3 and "
      "leaves the service-charge budget and the major works.",
      cu("11-12 18:00", """Bonjour Madame Dumoulin,

Suite à notre appel, voici mes questions sur l'achat du 4 Linden Court :

1. Le bail (lease) prévoit-il des restrictions sur la location de l'appartement à des étudiants ?
2. Pouvez-vous me transmettre le dernier budget des charges (service charge) ?
3. Qui est responsable de l'assurance de l'immeuble ?
4. Merci de me confirmer si des travaux importants (section 20) sont prévus.

Cordialement,
Marc Nguyen""", uq=2, tz=1),
      ag("claire", "11-13 10:30", """Bonjour Monsieur Nguyen,

1. Le bail autorise la location à condition qu'il s'agisse d'un bail d'habitation (AST)
et que le syndic en soit informé ; rien ne vise les étudiants.

3. C'est le propriétaire de l'immeuble (freeholder) qui l'assure ; la prime est refacturée
dans les charges.

Bien cordialement,
Claire""")),

    C("b47-fr-reponses-inline", "fr", "pending", {},
      "Aurélie Garnier <aurelie.garnier@example.net>", "apple_fr", "Signature du TR1",
      "Three questions about witnessing answered inline under each quoted question; thanks-only reply.",
      cu("11-17 08:45", """Bonjour,

Quelques questions avant la signature :
- Faut-il un témoin pour signer le transfert (TR1) ?
- Le témoin peut-il être mon voisin ?
- Dois-je parapher chaque page ?

Merci,
Aurélie Garnier""", tz=1),
      ag("claire", "11-17 10:15", """Bonjour Madame Garnier,

Le 17 nov. 2026 à 07:45, Aurélie Garnier <aurelie.garnier@example.net> a écrit :
> - Faut-il un témoin pour signer le transfert (TR1) ?

Oui, obligatoirement.

> - Le témoin peut-il être mon voisin ?

Oui, s'il est majeur et ne fait pas partie de votre famille.

> - Dois-je parapher chaque page ?

Non, signez seulement aux endroits indiqués.

Bien à vous,
Claire""", quote=False),
      cu("11-17 12:05", """Merci, c'est très clair !

Aurélie""", tz=1, thanks=True)),

    C("b48-fr-report-echange", "fr", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Julien Roche <julien.roche@example.com>", "iphone", "Vente Rutland Street - acompte",
      "French seller: the deposit question answered, the request to confirm the total fee skipped; his "
      "later question about a postponed exchange has had no reply for two days.",
      cu("11-09 12:00", """Bonjour,

Nous vendons notre maison de Rutland Street. Quand l'acheteur doit-il verser l'acompte de
10 % ? Et pourriez-vous me confirmer le montant total de vos honoraires, TVA comprise ?

Julien Roche

Envoyé de mon iPhone""", uq=1, tz=1),
      ag("claire", "11-09 16:00", """Bonjour Monsieur Roche,

L'acompte est versé par l'acheteur à l'échange des contrats (exchange), et nous le
conservons jusqu'à la « completion ».

Bien à vous,
Claire"""),
      cu("11-18 09:30", """Bonjour,

L'agent immobilier me dit que l'acheteur veut reporter l'échange au 4 décembre. Est-ce que
cela change quelque chose pour nous ?

Julien Roche

Envoyé de mon iPhone""", tz=1)),

    C("b49-es-deposito-factura", "es", "closed", {"unanswered-question": 1},
      "Javier Romero <javier.romero@example.com>", "gmail_es", "Depósito casa Welland Park Road",
      "Spanish buyer: when and how much deposit answered, the request for a pro-forma invoice in his "
      "company's name skipped.",
      cu("11-03 09:00", """Hola Lucía:

Ya tenemos la oferta hipotecaria para la casa de Welland Park Road. ¿Cuándo tengo que
transferir el depósito? ¿Y cuánto es exactamente, el 10 % del precio? Por otro lado,
¿pueden enviarme una factura proforma con sus honorarios a nombre de mi empresa, Romero Traducciones SL?

Gracias,
Javier""", uq=1, tz=1),
      ag("lucia", "11-03 12:00", """Hola Javier:

El depósito se transfiere justo antes del intercambio de contratos (exchange), que
calculamos para mediados de diciembre. Sí, es el 10 % del precio: 26.500 libras. Antes de
transferir, llámenos para confirmar nuestros datos bancarios.

Un saludo,
Lucía""")),

    C("b50-es-novedad-fecha", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Carmen Vidal <carmen.vidal@vidal-arquitectura.example>", "android", "Fecha de firma - piso Regent Road",
      "Spanish seller: 'le escribo el lunes con la fecha' not kept; she chases on Wednesday ('¿hay alguna "
      "novedad? Sigo esperando') and gets the dates then.",
      cu("11-12 10:00", """Buenos días:

¿Tienen ya la fecha del intercambio (exchange) de la venta del piso de Regent Road?
Necesito organizar un viaje a Leicester para vaciar el piso.

Saludos,
Carmen Vidal""", tz=1),
      ag("lucia", "11-12 15:00", """Buenos días, Carmen:

Todavía no; estamos esperando la confirmación de los abogados del comprador. Le escribo el
lunes con la fecha.

Un saludo,
Lucía""", promises=[("11-16", 4)]),
      cu("11-18 09:00", """Hola Lucía, ¿hay alguna novedad? Sigo esperando la fecha y tengo que comprar los
billetes.

Carmen""", tz=1, chase=True),
      ag("lucia", "11-18 11:30", """Hola Carmen:

Perdone el retraso. El intercambio será el 26 de noviembre y la «completion» el 4 de
diciembre; puede vaciar el piso cualquier día antes del 3.

Un saludo,
Lucía""")),

    C("b51-es-presupuesto", "es", "closed", {},
      "Andrés Molina <andres.molina@example.org>", "gmail_es", "Presupuesto compra Loughborough",
      "Spanish buyer asks for a quote and whether searches are included; answered with a PDF; thanks-only reply.",
      cu("11-05 17:00", """Hola:

Vamos a comprar una casa en Loughborough (22 Brindley Road, 232.000 libras) con
hipoteca. ¿Me pueden enviar un presupuesto? ¿Incluye las búsquedas (searches)?

Gracias,
Andrés Molina""", tz=1),
      ag("lucia", "11-06 09:30", """Hola Andrés:

Le adjunto el presupuesto. Sí, incluye las búsquedas (310 libras).

Un saludo,
Lucía""", attach=[("application/pdf", "presupuesto-BC-Q-2026-1203.pdf", PRESUPUESTO_PDF)]),
      cu("11-06 11:15", """¡Muchas gracias!

Andrés""", tz=1, thanks=True)),

    C("b52-es-transferencia-busquedas", "es", "closed", {"unanswered-question": 1},
      "Marta Iglesias <marta.iglesias@example.net>", "outlook", "Compra 8 Knighton Drive",
      "Spanish buyer: curtains and appliances and paying from Spain answered; the request to confirm "
      "receipt of the search money skipped.",
      cu("11-09 11:00", """Buenas tardes:

Somos los compradores de 8 Knighton Drive. El vendedor quiere dejarnos las cortinas y los
electrodomésticos, ¿hace falta cambiar el contrato? ¿Puedo pagar el depósito desde una
cuenta en España? Y por favor, confirmen que han recibido la transferencia de 300 libras para las búsquedas.

Un saludo,
Marta Iglesias""", uq=1, tz=1),
      ag("lucia", "11-09 15:20", """Hola Marta:

No hace falta cambiar el contrato: se añaden al formulario TA10, que forma parte de él. Sí,
puede pagar desde España, pero necesitamos los extractos de esa cuenta de los últimos seis
meses, y llámenos antes de transferir para confirmar nuestros datos bancarios.

Un saludo,
Lucía""")),

    C("b53-es-buenos-aires", "es", "pending", {},
      "Sofía Benítez <sofia.benitez@example.com>", "gmail_es", "Venta casa de mis padres - Leicester",
      "Seller in Buenos Aires (UTC-3): remote ID check and power of attorney answered next morning; "
      "thanks-only reply.",
      cu("11-17 20:00", """Hola:

Estoy en Buenos Aires y voy a vender la casa de mis padres en Leicester. ¿Pueden
verificar mi identidad a distancia? ¿Necesito un poder notarial para que alguien firme por
mí?

Saludos,
Sofía Benítez""", tz=-3),
      ag("lucia", "11-18 09:40", """Hola Sofía:

Sí, verificamos la identidad por videollamada. No necesita un poder: puede firmar usted
misma ante un testigo y enviarnos los originales por mensajería.

Un saludo,
Lucía"""),
      cu("11-18 08:00", """Perfecto, ¡gracias!

Sofía""", tz=-3, thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "b02-ta6-paper-copy": [
        "Could you also post me a paper copy of the TA6?",
    ],
    "b05-leasehold-pack-list": [
        "whether we'd need the freeholder's permission to keep a dog",
        "Can you also check if there's anything stopping us letting it out on Airbnb for a few weeks a year?",
    ],
    "b08-gifted-deposit": [
        "Does my dad need to come into the office to sign the gift declaration, or can he do it remotely?",
    ],
    "b24-insurance-lender-never": [
        "can the completion money be sent from my Revolut account?",
    ],
    "b25-final-bill-second-mail": [
        "will you send the final bill before completion so I can check it?",
    ],
    "b26-long-paragraph": [
        "is there any chance we could get in before completion to measure up for curtains and carpets",
        "could you let me know who maintains the private road at the front",
    ],
    "b29-cc-partner-tenancy": [
        "Also please add Anya's email to the file so she gets the updates too.",
    ],
    "b32-shared-ownership-base64": [
        "Please could you also send me the housing association's resale restrictions in writing",
    ],
    "b33-retention-awaiting": [
        "can you confirm you've got my new mobile number, 07700 900418?",
    ],
    "b35-dubai-surcharge": [
        "Also, please send all post to my brother's address in Leicester, 18 Gwendolen Road, LE5 4PU",
    ],
    "b36-lease-extension-early-next-week": [
        "Should we get a surveyor to value the premium first?",
    ],
    "b37-search-fee-refund": [
        "If we pull out now, will we get back the £310 we paid for searches?",
    ],
    "b38-knotweed": [
        "Can you ask the sellers' solicitors for any treatment plan and insurance-backed guarantee they have?",
        "Did the sellers tick \"no\" on the knotweed question in the property information form?",
    ],
    "b39-de-kaufvertrag-deutsch": [
        "Können Sie uns den Kaufvertrag bzw. die wichtigsten Punkte daraus auch auf Deutsch zusammenfassen?",
    ],
    "b42-de-melde-mich-morgen": [
        "Außerdem bitte ich Sie, meine neue Handynummer in der Akte zu vermerken: 0176 5550 2231.",
    ],
    "b46-fr-liste-questions": [
        "Pouvez-vous me transmettre le dernier budget des charges (service charge) ?",
        "Merci de me confirmer si des travaux importants (section 20) sont prévus.",
    ],
    "b48-fr-report-echange": [
        "pourriez-vous me confirmer le montant total de vos honoraires, TVA comprise ?",
    ],
    "b49-es-deposito-factura": [
        "¿pueden enviarme una factura proforma con sus honorarios a nombre de mi empresa, Romero Traducciones SL?",
    ],
    "b52-es-transferencia-busquedas": [
        "Y por favor, confirmen que han recibido la transferencia de 300 libras para las búsquedas.",
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
    """Command line: regenerate tests/practice116 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
