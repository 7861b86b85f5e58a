#!/usr/bin/env python3
"""Regenerate ``tests/practice68/``: a labelled corpus of Tollgate Self Storage.

The support mailbox of a fictional self-storage and van-hire business with three sites
(Brentford, Park Royal, Croydon): units by size, gate access codes, contents insurance,
monthly invoicing, a moving-boxes shop, van hire as an add-on and business customers
(parcel acceptance, pallets, VAT invoices). Written without looking at the detection
heuristics, with many multi-question customer mails. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up
window 2 days, close-after 7 days, handoff limit 2), support domain
``tollgatestorage.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and a customer's automatic reply (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice68_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "tollgatestorage.example"
CARE = "Tollgate Customer Care <care@tollgatestorage.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice68"

AGENTS = {
    "nadia": ("Nadia Okafor <nadia.okafor@tollgatestorage.example>", "thunderbird", """-- 
Nadia Okafor
Customer Care | Tollgate Self Storage
Brentford - Park Royal - Croydon
Manage your unit online: https://tollgatestorage.example/account?ref=sig"""),
    "gareth": ("Gareth Pryce <gareth.pryce@tollgatestorage.example>", "outlook", """Gareth Pryce
Site Manager | Tollgate Park Royal
Unit 4, Abbey Trading Estate, London NW10 7TQ
Questions about your unit? Call the desk on 020 7946 0720."""),
    "shona": ("Shona McKee <shona.mckee@tollgatestorage.example>", "owa", """Shona McKee
Site Manager | Tollgate Croydon
https://tollgatestorage.example/sites/croydon?utm_source=email&utm_medium=signature"""),
    "lou": ("Lou Brennan <accounts@tollgatestorage.example>", "outlook", """Lou Brennan
Accounts | Tollgate Self Storage
020 7946 0733 (Mon-Fri, 9am-5pm)

This email and any attachments are confidential and may be legally privileged. If you have
received it in error, please tell the sender and delete it. Tollgate Self Storage Ltd,
registered in England no. 08813377."""),
    "callum": ("Callum Reid <callum.reid@tollgatestorage.example>", "apple", """Callum Reid
Van Hire & Box Shop | Tollgate Self Storage
Need boxes? https://tollgatestorage.example/shop?from=mail"""),
    "katrin": ("Katrin Vogt <katrin.vogt@tollgatestorage.example>", "thunderbird_de", """-- 
Katrin Vogt
Kundenservice (Deutsch) | Tollgate Self Storage
https://tollgatestorage.example/de/hilfe?ref=signatur"""),
    "amelie": ("Amélie Roux <amelie.roux@tollgatestorage.example>", "apple_fr", """Amélie Roux
Service client (français) | Tollgate Self Storage
Une question sur votre box ? https://tollgatestorage.example/fr/aide?ref=mail"""),
    "lucia": ("Lucía Herrero <lucia.herrero@tollgatestorage.example>", "gmail_es", """--
Lucía Herrero
Atención al cliente (español) | Tollgate Self Storage
+44 20 7946 0745"""),
}

ACK = """Hello,

Thanks for contacting Tollgate Self Storage. This is an automatic reply to let you
know we have received your message (reference {ref}). Our customer care team works
Monday to Saturday, 8am-6pm, and we will reply within 24 hours.

Locked out or can't get through the gate? Press the intercom button on the keypad.

Tollgate Self Storage
https://tollgatestorage.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: Pegasus Mail for Windows (4.73)"],
    "helpdesk": ["X-Mailer: Tollgate Helpdesk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="tg.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str = ""
    role: str = "customer"  # customer | agent | ack | auto (customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    asks_unanswered: int = 0  # how many of the case's labelled unanswered questions it asks
    uq: list[str] = field(default_factory=list)  # those questions (filled in from UNANSWERED)
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    raw: bytes = b""


@dataclass
class Spec:
    """One message as a case lists it, before it knows its case (see :func:`cu`, :func:`ag`)."""

    role: str
    when: str
    body: str
    opts: dict


@dataclass
class Case:
    """A labelled case: hand-written labels plus the messages they must agree with."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    client: str
    subject: str
    story: str
    specs: list[Spec]
    tz: int = 0
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The case's labelled unanswered questions (hand-written, in UNANSWERED)."""
        return UNANSWERED.get(self.name, [])


def cu(when: str, body: str, **opts) -> Spec:
    """A customer message at ``when`` ("MM-DD HH:MM", the customer's local time)."""
    return Spec("customer", when, body, opts)


def ag(who: str, when: str, body: str, **opts) -> Spec:
    """A reply by support agent ``who`` at ``when`` (London time, UTC in November)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str) -> Spec:
    """The helpdesk's automatic acknowledgement."""
    return Spec("ack", when, ACK, {})


def auto(when: str, body: str, **opts) -> Spec:
    """The customer's own automatic reply (out of office)."""
    return Spec("auto", when, body, opts)


def at(when: str, tz: int = 0) -> datetime:
    """``when`` ("MM-DD HH:MM") in 2026 at UTC offset ``tz`` hours."""
    day, hm = when.split()
    month, dom = map(int, day.split("-"))
    hour, minute = map(int, hm.split(":"))
    return datetime(YEAR, month, dom, hour, minute, tzinfo=timezone(timedelta(hours=tz)))


def end_of(day: str) -> datetime:
    """The end of ``day`` ("MM-DD") in London: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

DD_PDF = mailcraft.pdf(["Tollgate Self Storage - Direct Debit Instruction",
                        "Service user number 447190",
                        "Name of account holder: ..........................",
                        "Collections are taken on the 1st of each month."])
BUSINESS_PDF = mailcraft.pdf(["Tollgate Self Storage - Business package 2026/27",
                              "Parcel and pallet acceptance: GBP 15.00 per month",
                              "24/7 access code for business units: included",
                              "Forklift moves by our staff: Mon-Fri 8am-5pm, no charge"])
PHOTO_PNG = mailcraft.png(12, 9, lambda x, y: (120 + 6 * x, 110 + 4 * y, 95))
BUMPER_PNG = mailcraft.png(10, 8, lambda x, y: (200 - 9 * y, 205 - 5 * x, 210))
ENDORSE_PDF = mailcraft.pdf(["StoreSure - Avenant / Endorsement SS-B045-2611",
                             "Unite B-045, Tollgate Brentford",
                             "Couverture portee a GBP 25 000",
                             "Prime mensuelle: GBP 18.75"])
CREDIT_PDF = mailcraft.pdf(["Tollgate Self Storage - Invoice F-10-2281-A (replaces F-10-2281)",
                            "Lemaire Vins Ltd, unit P-122, Park Royal",
                            "October 2026 storage and goods-in service",
                            "Total GBP 486.00"])
OLIVE_PDF = mailcraft.pdf(["Tollgate Park Royal - Quotation Q-PR-2611-09",
                           "Olivar del Sur Ltd: 12 pallets, stacked two high",
                           "Unit 200 sq ft, ground floor, by the loading bay",
                           "GBP 640.00 per month ex VAT, goods-in service included"])
NOV_PDF = mailcraft.pdf(["Tollgate Self Storage - Invoice INV-61207 (revised)",
                         "A. Drury, unit B-140, Brentford",
                         "November 2026 storage GBP 96.00, late fee credit -GBP 20.00",
                         "Balance due: GBP 0.00"])
RECORDS_PDF = mailcraft.pdf(["Tollgate Park Royal - Quotation Q-PR-2611-14",
                             "Harrow Dental Group: 140 archive boxes",
                             "Alarmed unit 35 sq ft, 2nd floor, GBP 24.00 per week",
                             "Or GBP 1,100.00 per year paid annually"])
VAT_PDF = mailcraft.pdf(["Tollgate Self Storage - VAT invoices April-October 2026",
                         "Okonkwo Electrical, locker L-31, Croydon",
                         "VAT registration GB 294 1187 63",
                         "7 invoices, GBP 18.00 per week plus VAT"])
CERT_PDF = mailcraft.pdf(["StoreSure - Certificate of cover",
                          "Insured: Harriet Blake, unit A-310, Tollgate Brentford",
                          "Sum insured: GBP 8,000, valid 1 Nov 2026 - 31 Oct 2027",
                          "Policy SS-77-140982"])
ESTATE_PDF = mailcraft.pdf(["Hume & Co Solicitors",
                            "Re: the estate of Alan Hume, deceased",
                            "We confirm that Rebecca Hume is the executor of the estate."])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("t01-marsden-two-bed-flat", "en", "closed", {},
      "Hollie Marsden <hollie.marsden@example.com>", "gmail", "Storage for a 2 bed flat",
      "Three questions before a move (size, minimum term, a Saturday move-in) answered out of order; thanks-only reply.",
      cu("10-27 19:42", """Hi,

We're between houses from the end of the month - our sale completes on the 30th but the new place won't be ready until mid-January. It's the contents of a two-bedroom flat: a double and a single bed, sofa, dining table and chairs, about 30 boxes and a washing machine.

What size unit would you suggest for that? Is there a minimum contract length, or can we just go month to month? And would it be possible to move in on Saturday 31st, ideally in the morning?

Thanks very much,
Hollie"""),
      ag("nadia", "10-28 09:10", """Hi Hollie,

Thanks for getting in touch. Saturday the 31st is fine - I've pencilled you in for 10am at Brentford. The office is open 9 till 4 that day, so the unit will be ready and there'll be a trolley waiting for you.

From your list I'd go for a 75 sq ft unit, which is roughly a large garden shed with a 2.4m ceiling. It's £38.50 a week at the moment, and the washing machine and beds go in easily with the boxes stacked at the back.

We bill monthly and you only need to give us 14 days' notice when you leave, so mid-January won't be a problem."""),
      cu("10-28 12:31", """Perfect, thank you - see you Saturday!

Hollie""", thanks=True)),

    C("t02-vance-own-insurance", "en", "closed", {"unanswered-question": 1},
      "Rupert Vance <rupert.vance@vancefamily.example>", "outlook", "Insurance and payment",
      "A numbered list of three: own insurance answered, direct debit form attached, the Sunday gate hours skipped.",
      cu("11-02 11:05", """Hello,

I signed up for unit B114 at Park Royal last week. A couple of things I didn't get round to asking at the desk:

1. Do I have to take out your insurance, or can I rely on my home contents policy? Aviva have told me I'm covered for items in storage up to £10,000.
2. What are the gate hours on Sundays? I may need to get in early on the 15th.
3. Please send me the direct debit form so I can stop paying by card each month.

Regards,
Rupert Vance""", uq=1),
      ag("lou", "11-02 14:20", """Dear Mr Vance,

You're welcome to use your own policy instead of ours. We just need a copy of the schedule, or a letter from Aviva confirming that goods in storage are covered - a photo or scan of the relevant page is fine - and once it's on file we'll take the protection charge off your next invoice.

The mandate is attached. Fill it in and drop it at the desk or email it back to me, and collections will start with the December invoice.

Kind regards,
Lou""", attach=[("application/pdf", "Tollgate-direct-debit-mandate.pdf", DD_PDF)])),

    C("t03-lakhani-gate-code", "en", "closed", {},
      "Dev Lakhani <dev.lakhani@example.net>", "iphone", "Gate code not working!!",
      "Urgent early-morning lock-out: is my account locked? Answered in twenty minutes; thanks-only reply.",
      cu("11-03 07:12", """Hi, my code isn't opening the gate at Park Royal this morning, tried it 4 times. Has my account been locked?? I'm sure the last payment went through. I've got a man with a van waiting and he's charging me by the hour

Dev

Sent from my iPhone"""),
      ag("gareth", "11-03 07:31", """Morning Dev,

Nothing wrong with your account. The keypad on the vehicle gate was replaced overnight and a handful of codes didn't carry across to the new one - yours was one of them. I've re-entered it, so the same six digits will work now. If it still won't open, press the intercom button and I'll buzz you in from the office."""),
      cu("11-03 07:40", """That's worked, cheers Gareth

Sent from my iPhone""", thanks=True)),

    C("t04-oleary-luton-saturday", "en", "closed", {},
      "Fran O'Leary <franoleary@example.org>", "gmail", "Van hire with my unit",
      "Deposit and documents answered at once; the van's availability promised 'by tomorrow lunchtime' and confirmed the same afternoon.",
      cu("11-04 20:15", """Hi there,

I've got a 50 sq ft unit booked at Croydon from Saturday 7th and I see on the website you do van hire as an add-on. Is the Luton free that Saturday? How much is the deposit, and do I need anything apart from my driving licence?

Thanks
Fran"""),
      ag("callum", "11-05 09:05", """Hi Fran,

The deposit is £200, refunded once the van's back and checked over. Along with your licence we need a DVLA check code (you can get one on gov.uk in a couple of minutes) and a proof of address from the last three months.

Saturdays are busy, so I'm checking the van diary with the Croydon desk - I'll confirm the Luton by tomorrow lunchtime.

Callum""", promises=[("11-06", 3)]),
      ag("callum", "11-05 16:40", """Hi Fran,

Good news - the Luton is yours on Saturday 7th. Pick-up from the Croydon yard at 8:30, back by 5pm; it's £59 for the day and we'll add it to your first invoice.

Callum""", parent=2)),

    C("t05-tate-boxes-missing", "en", "closed", {"unanswered-question": 1},
      "Imogen Tate <imogen@tatehomes.example>", "thunderbird", "Boxes order TS-88412 - items missing",
      "Missing items from a shop order put aside; the mattress-cover question added 'while I'm at it' is not answered.",
      cu("11-05 13:22", """Hello,

I collected my online order from the Brentford shop this morning and got home to find two things missing: the wardrobe boxes (I ordered 3) and one of the two rolls of bubble wrap. The receipt says everything was packed.

Can you put the missing items aside for me to pick up on Saturday? And while I'm at it - do you sell mattress covers? I couldn't see them on the website.

Imogen Tate""", uq=1),
      ag("nadia", "11-05 15:10", """Hi Imogen,

Sorry about that. Wardrobe boxes are kept flat behind the counter and they got missed when your order was bagged up. Three wardrobe boxes and a roll of bubble wrap are now in a bag with your name on it at the Brentford desk, ready for Saturday.""")),

    C("t06-grewal-charged-twice", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Sandeep Grewal <s.grewal@example.com>", "outlook", "Charged twice for November",
      "Double card charge explained at once; the refund email promised for 'tomorrow' only comes after the customer chases five days later.",
      cu("11-03 09:30", """Hi,

I've been charged twice for November - £142.00 on the 1st and again on the 2nd, both to the card ending 4471. Can you refund the duplicate please? Also, could you tell me why it happened, so I know whether to expect it again in December?

Thanks,
Sandeep Grewal
Unit C22, Park Royal"""),
      ag("lou", "11-03 12:45", """Hi Sandeep,

I can see both payments. The card run on the 1st timed out on our side and was retried the next morning, and the retry didn't notice that the first attempt had actually gone through. It only affected accounts in the first batch and the fault has been fixed, so December will be normal.

The finance manager has to sign off refunds and will do it tomorrow - I'll email you as soon as it's gone back to your card.

Lou""", promises=[("11-04", 4)]),
      cu("11-09 10:02", """Hi Lou,

Just following up on the refund - I still can't see it on my statement. Has it been processed?

Sandeep""", chase=True),
      ag("lou", "11-09 14:15", """Hi Sandeep,

Apologies, I should have let you know on Friday. It went back to your card on Friday afternoon (reference RF-20931) and usually shows within 3-5 working days.

Lou""")),

    C("t07-fernleaf-business-package", "en", "closed", {},
      "Priya Nandakumar <priya@fernleafcandles.example>", "owa", "Business unit - deliveries and pallets",
      "Business enquiry with four bullet points, all answered in turn, plus the business-package leaflet.",
      cu("10-29 10:40", """Hi,

We're a small candle company and we're running out of room in the workshop ahead of Christmas, so we're looking at a 150 sq ft business unit at Park Royal from mid-November.

A few questions:
- Can your staff sign for deliveries on our behalf when we're not there? We get 2-3 pallet deliveries a week from our wax supplier.
- Do you have a pallet truck or forklift we could use?
- We'd need invoices addressed to the company with our VAT number, not to me personally.
- Is there 24-hour access for business units? Our couriers sometimes come at 6am.

Thanks,
Priya Nandakumar
Operations | Fernleaf Candles Ltd"""),
      ag("gareth", "10-29 15:05", """Hi Priya,

Thanks for thinking of us. Taking those in turn:

Signing for deliveries - yes, that's part of our business package (£15 a month). Goods are signed in at reception and taken to your unit the same day; the only thing we can't accept is anything that has to be paid for on delivery.

There's a pallet truck on each floor, and the forklift in the yard is driven by our staff for you, Monday to Friday 8 till 5.

Invoices go out in Fernleaf Candles Ltd's name with your VAT number on them - just fill it in on the application form.

Business units come with a 24/7 access code, so a 6am courier is fine as long as someone from your side meets them.

The leaflet with the business prices is attached.

Best regards,
Gareth""", attach=[("application/pdf", "Tollgate-business-package.pdf", BUSINESS_PDF)])),

    C("t08-brandt-downsize", "en", "closed", {"unanswered-question": 2},
      "Oliver Brandt <oliver.brandt@example.org>", "apple", "Moving to a smaller unit",
      "Downsizing: the smaller unit is found and held, but the mid-month billing and the padlock/code questions are not answered.",
      cu("11-06 18:20", """Hi,

I've cleared out a good half of my 100 sq ft unit (A207, Brentford) and would like to move down to something smaller. Is there a 50 free on the same floor? How does the billing work if I switch mid-month - do I get a credit for the rest of November on the big one? I'd also like to know whether I can keep the same padlock and code.

Many thanks,
Oliver""", uq=2),
      ag("nadia", "11-07 10:20", """Hi Oliver,

Yes - A212 is a 50 sq ft unit two doors down from you and it's free from Monday. I've put a hold on it for you until Wednesday.

Let me know which day suits for the swap and we'll have a trolley ready.""")),

    C("t09-ellison-damp-claim", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Margaret Ellison <m.ellison@example.net>", "outlook", "Damp damage to items in unit D08",
      "Leak found and dealt with at once; the claim form promised 'by tomorrow' never arrives and the customer's reminder is unanswered.",
      cu("11-10 16:00", """Dear Sir or Madam,

When I visited my unit (D08, Croydon) on Sunday I found that several boxes at the back were damp and two framed prints have water marks on them. There appears to be a leak from the ceiling in the far corner. I attach a photograph.

I have your Tollgate contents cover. How do I make a claim, and will someone look at the ceiling before it gets any worse?

Yours faithfully,
Margaret Ellison""", attach=[("image/png", "IMG_4471.png", PHOTO_PNG)]),
      ag("shona", "11-11 09:15", """Dear Mrs Ellison,

I'm very sorry. I went up to D08 first thing this morning: a joint in the gutter above that corner has cracked, and a roofer is booked for Thursday. In the meantime I've put a drip tray under it and covered your things with a tarpaulin.

Claims go through our insurer, StoreSure. I'll send you their claim form and your policy number by tomorrow so you can get it started.

Kind regards,
Shona""", promises=[("11-12", None)]),
      cu("11-16 10:30", """Dear Shona,

Thank you for dealing with the roof so quickly. I am still waiting for the claim form you mentioned - could you send it please?

Margaret Ellison""", chase=True)),

    C("t10-osei-student-christmas", "en", "pending", {},
      "Jamal Osei <jamal.osei@example.com>", "gmail", "Christmas break storage for students?",
      "Student asks about a discount and the smallest unit; both answered with figures.",
      cu("11-16 21:05", """Hey,

I'm at uni near Brentford and need to store my stuff over Christmas, 12 Dec to 10 Jan. I was wondering whether you do a student discount? And what's the smallest thing you've got - it's basically a bike, a mini fridge and 6 boxes.

Ta,
Jamal"""),
      ag("nadia", "11-17 10:00", """Hi Jamal,

A 25 sq ft locker would take the fridge and boxes easily: it's £16 a week, and with a valid student card we take 20% off, so £12.80. With the bike I'd go one up to a 35 sq ft so the handlebars fit without squashing anything - that's £19.20 a week after the discount.

Either way, bring your student card when you sign up.""")),

    C("t11-hale-early-access", "en", "pending", {"unanswered-question": 1},
      "Trevor Hale <trev@halejoinery.example>", "thunderbird", "Earlier access please",
      "A joiner's early-access plan is offered and switched on; the request to invoice his company instead of him is never picked up.",
      cu("11-17 06:10", """Morning,

I'm a joiner and keep my tools and timber in drive-up unit 9 at Croydon. The gate opens at 6:30, which is too late for me most days as I'm on site in Kent by 7. Any way to get a code that works from 5:30? Happy to pay extra.

Also, my invoice this month came to me personally - can it go to Hale Joinery Ltd from now on, same address?

Trevor Hale""", to="Shona McKee <shona.mckee@tollgatestorage.example>", uq=1),
      ag("shona", "11-17 12:30", """Hi Trevor,

Drive-up units at Croydon can go on the extended-hours plan, which opens your gate code from 5am to midnight. It's £8 a month on top of the rent. Reply yes and I'll switch it on from tomorrow.

Shona"""),
      cu("11-17 12:50", """Yes please, switch it on.

Trev"""),
      ag("shona", "11-17 14:00", """Done - your code works from 5am tomorrow morning.

Shona""")),

    C("t12-keller-klavier", "de", "closed", {},
      "Johanna Keller <johanna.keller@posteo.example>", "gmail_de", "Anfrage Lagerraum ab Dezember",
      "German enquiry (piano and humidity, unit size, paying a year ahead) fully answered out of order; thanks-only reply.",
      cu("11-02 20:30", """Hallo,

ich gehe Anfang Dezember beruflich für ein Jahr nach Singapur und suche für diese Zeit einen Lagerraum für meine Möbel (1-Zimmer-Wohnung, ungefähr 20 Kartons und ein Klavier). Eine Kollegin hat mir Ihre Filiale in Brentford empfohlen.

Können Sie ein Klavier überhaupt lagern, oder ist das zu feucht? Welche Größe würden Sie mir empfehlen? Außerdem wüsste ich gern, ob ich die Miete für das ganze Jahr im Voraus bezahlen kann und ob es dafür einen Rabatt gibt.

Viele Grüße
Johanna Keller"""),
      ag("katrin", "11-03 09:45", """Liebe Frau Keller,

vielen Dank für Ihre Anfrage. Bei Vorauszahlung für zwölf Monate bekommen Sie 15 % Nachlass; die Rechnung schicken wir Ihnen dann einmalig per E-Mail.

Für Möbel, Kartons und Klavier empfehle ich Ihnen 50 Quadratfuß (etwa 4,6 m²). Das Klavier ist bei uns gut aufgehoben: Die Einheiten im Erdgeschoss in Brentford sind klimatisiert, 16 bis 20 °C bei höchstens 60 % Luftfeuchtigkeit, das ist für Instrumente ideal.

Herzliche Grüße
Katrin Vogt"""),
      cu("11-03 18:05", """Vielen Dank, das klingt sehr gut! Ich melde mich, sobald mein Umzugstermin feststeht.

Johanna Keller""", thanks=True)),

    C("t13-brenner-messebau", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Markus Brenner <m.brenner@brenner-messebau.example>", "outlook_de", "Rechnungen und Lieferung Paletten",
      "Munich exhibition builder: pallet delivery confirmed, invoice details deferred 'bis Freitag' and never done, the Christmas pause question ignored.",
      cu("11-04 10:15", """Sehr geehrte Damen und Herren,

wir lagern seit September unsere Messestände in Ihrer Einheit P-310 in Park Royal. Für unsere Buchhaltung benötigen wir die Rechnungen künftig mit unserer deutschen USt-IdNr. (DE 298 447 120) und der Firmenanschrift in München. Bitte stellen Sie die Rechnungen ab sofort entsprechend aus.

Kann Ihr Personal am 25. November eine Lieferung von ca. 8 Paletten aus Frankfurt annehmen? Die Spedition kommt voraussichtlich zwischen 9 und 12 Uhr.

Und noch eine Frage - können wir die Einheit über die Weihnachtsfeiertage pausieren, also ohne Miete, wenn sie leer ist?

Mit freundlichen Grüßen
Markus Brenner
Brenner Messebau GmbH, Landsberger Str. 301, 80687 München""", uq=1),
      ag("katrin", "11-04 14:30", """Sehr geehrter Herr Brenner,

die Lieferung am 25. November nehmen wir gern an. Bitte geben Sie der Spedition die Referenz P-310 mit, dann bringen wir die Paletten direkt in Ihre Einheit.

Wegen der Rechnungsanschrift und der USt-IdNr. kläre ich mit unserer Buchhaltung, wie wir das im System hinterlegen, und melde mich bis Freitag bei Ihnen.

Mit freundlichen Grüßen
Katrin Vogt""", promises=[("11-06", None)]), tz=1),

    C("t14-hoffmann-code-vergessen", "de", "closed", {},
      "Lukas Hoffmann <lukas.hoffmann@example.net>", "thunderbird_de", "Zugangscode vergessen",
      "Forgotten access code on a Sunday: codes are never sent by SMS, come to the desk; thanks-only reply.",
      cu("11-08 17:45", """Hallo Frau Vogt,

peinlich, aber ich habe meinen Zugangscode für Croydon vergessen (Einheit C-118). Können Sie mir den Code per SMS schicken, oder muss ich persönlich vorbeikommen? Ich würde morgen Abend gern an meine Winterreifen.

Danke und Gruß
Lukas Hoffmann"""),
      ag("katrin", "11-09 08:50", """Hallo Herr Hoffmann,

aus Sicherheitsgründen verschicken wir Zugangscodes weder per SMS noch per E-Mail. Kommen Sie einfach mit Ihrem Ausweis an der Rezeption in Croydon vorbei, dort bekommen Sie in zwei Minuten einen neuen Code. Das Büro ist heute bis 18 Uhr besetzt.

Viele Grüße
Katrin Vogt"""),
      cu("11-09 09:20", """Alles klar, dann komme ich heute vor 18 Uhr vorbei. Danke!

Lukas""", thanks=True)),

    C("t15-wolff-transporter", "de", "pending", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Sabine Wolff <sabine.wolff@example.com>", "gmail_de", "Transporter mieten am 28.11.?",
      "Van question unanswered for four days; after the chase the booking is confirmed but the German driving licence question is not answered.",
      cu("11-12 19:10", """Hallo,

ich habe ab Ende November eine Einheit in Park Royal gebucht und würde dafür am Samstag, 28.11., gern Ihren Transporter mieten. Ist der an dem Tag noch frei? Ich habe nur einen deutschen Führerschein - reicht der, oder brauche ich einen internationalen?

Schöne Grüße
Sabine Wolff""", uq=1),
      cu("11-16 08:20", """Hallo nochmal,

ich hatte letzte Woche wegen des Transporters geschrieben und noch keine Antwort bekommen. Ist der 28.11. noch frei? Sonst muss ich woanders buchen.

Gruß
Sabine Wolff""", chase=True, parent=1),
      ag("katrin", "11-16 11:00", """Liebe Frau Wolff,

entschuldigen Sie bitte die späte Antwort. Der Transporter ist am Samstag, 28.11., für Sie reserviert: Abholung ab 8 Uhr in Park Royal, Rückgabe bis 17 Uhr. Die Tagesmiete beträgt 65 £, die Kaution 200 £.

Viele Grüße
Katrin Vogt""")),

    C("t16-dubois-cartons", "fr", "closed", {},
      "Claire Dubois <claire.dubois@orange.example>", "apple_fr", "Commande de cartons - livraison possible ?",
      "French box order: home delivery and its cost answered with a price and a day; two rolls of tape added on request.",
      cu("11-02 12:10", """Bonjour,

Je déménage le 14 novembre et je voudrais vous commander des cartons : 20 moyens, 10 grands, 2 cartons penderie et un rouleau de papier bulle. Est-ce que vous livrez à domicile (Ealing, W5) ou faut-il venir les chercher en magasin ? Et si vous livrez, combien ça coûte ?

Merci d'avance,
Claire Dubois"""),
      ag("amelie", "11-02 15:00", """Bonjour Madame Dubois,

Oui, nous livrons à Ealing. La livraison est offerte dès 40 £ d'achat, et votre commande (96,40 £) dépasse largement ce montant. Nous livrons le mardi et le jeudi : je vous propose jeudi 5 novembre entre 9 h et 13 h.

Si cela vous convient, il vous suffit de répondre à ce message.

Bien cordialement,
Amélie"""),
      cu("11-02 18:40", """Parfait, jeudi matin me convient très bien. Pouvez-vous ajouter deux rouleaux de ruban adhésif à la commande ?

Merci,
Claire"""),
      ag("amelie", "11-03 09:15", """C'est ajouté : deux rouleaux de ruban adhésif (2,50 £ pièce), soit 101,40 £ au total, payables par carte à la livraison jeudi matin.

Bonne journée,
Amélie""")),

    C("t17-mercier-toiles", "fr", "closed", {"unanswered-question": 1},
      "Antoine Mercier <antoine.mercier@example.com>", "gmail", "Assurance pour des toiles",
      "A painter's higher cover is priced with an endorsement attached; whether the ground-floor units are heated is not answered.",
      cu("11-05 10:00", """Bonjour,

Je suis peintre et je stocke une quarantaine de toiles dans l'unité B-045 à Brentford. Votre assurance standard couvre jusqu'à 5 000 £, or mes toiles valent plutôt 25 000 £ au total. Est-il possible d'augmenter la couverture, et à quel tarif ?

Par ailleurs, j'aimerais savoir si les unités du rez-de-chaussée sont chauffées l'hiver, car le froid abîme la peinture à l'huile.

Cordialement,
Antoine Mercier""", uq=1),
      ag("amelie", "11-05 14:20", """Bonjour Monsieur Mercier,

Oui, la couverture peut aller jusqu'à 50 000 £ par unité. Pour 25 000 £, la prime est de 18,75 £ par mois (0,75 £ par tranche de 1 000 £). Vous trouverez l'avenant en pièce jointe : il suffit de le signer et de me le renvoyer.

Bien cordialement,
Amélie""", attach=[("application/pdf", "avenant-B045.pdf", ENDORSE_PDF)])),

    C("t18-lemaire-facture", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Hélène Lemaire <helene@lemairevins.example>", "outlook", "Facture d'octobre - erreur de montant",
      "Wine importer's wrong invoice: correction promised 'd'ici lundi'; after a French reminder a colleague sends it in English three days late.",
      cu("11-05 09:40", """Bonjour,

La facture F-10-2281 d'octobre indique 612 £ au lieu de 486 £ : il semble que le service de réception des livraisons nous ait été facturé deux fois. Pourriez-vous la corriger et nous renvoyer une facture rectifiée ?

Merci,
Hélène Lemaire
Lemaire Vins Ltd - unité P-122, Park Royal"""),
      ag("amelie", "11-05 11:30", """Bonjour Madame Lemaire,

Vous avez raison, le service de réception a été compté deux fois. Je demande la correction au service comptable et je vous envoie la facture rectifiée d'ici lundi.

Bien cordialement,
Amélie""", promises=[("11-09", 4)]),
      cu("11-12 09:10", """Bonjour Amélie,

Je me permets de vous relancer : nous n'avons toujours pas reçu la facture corrigée, et notre comptable clôture le mois vendredi.

Merci d'avance,
Hélène Lemaire""", chase=True),
      ag("lou", "11-12 15:45", """Dear Ms Lemaire,

Amélie is away this week, so I've picked this up. The corrected invoice, F-10-2281-A for £486.00, is attached and the original has been cancelled. I'm sorry it took longer than promised.

Kind regards,
Lou""", attach=[("application/pdf", "F-10-2281-A.pdf", CREDIT_PDF)])),

    C("t19-garnier-cadenas", "fr", "pending", {"unanswered-question": 1},
      "Mathilde Garnier <mathilde.garnier@example.net>", "iphone", "Box 35 pieds carrés",
      "Two short French questions from an iPhone: booking and paying on site answered, the padlock question skipped.",
      cu("11-17 13:05", """Bonjour, j'ai vu sur votre site qu'il reste des box de 35 pieds carrés à Croydon. Peut-on réserver en ligne et payer sur place ? Et faut-il apporter son propre cadenas ou est-ce que vous en fournissez un ?

Merci,
Mathilde

Envoyé de mon iPhone""", uq=1),
      ag("amelie", "11-17 16:10", """Bonjour Mathilde,

Oui : la réservation en ligne ne demande aucun paiement, vous réglez le premier mois à l'accueil le jour de votre arrivée.

Bonne journée,
Amélie""")),

    C("t20-morales-valencia", "es", "closed", {},
      "Javier Morales <javier.morales@example.com>", "gmail_es", "Trastero durante la mudanza a Valencia",
      "Family moving back to Spain: unit size for a three-bedroom flat and removers collecting without them, both answered.",
      cu("10-30 21:15", """Hola:

Volvemos a España en diciembre después de seis años en Londres, pero la casa de Valencia no estará lista hasta marzo. Queremos dejar aquí los muebles y las cajas mientras tanto y luego mandarlo todo con una empresa de mudanzas internacional.

¿Puede la empresa de mudanzas recoger directamente del trastero si nosotros ya no estamos en el país? ¿Y qué tamaño necesitaríamos para un piso de tres dormitorios? Lo tenemos casi todo en cajas, salvo el sofá, las camas y una mesa de comedor grande.

Un saludo,
Javier Morales"""),
      ag("lucia", "10-31 10:30", """Hola, Javier:

Para un piso de tres dormitorios solemos recomendar un trastero de 150 pies cuadrados (unos 14 m²), que en Brentford cuesta 62 £ a la semana.

Y sí, la empresa de mudanzas puede llevárselo todo sin que ustedes estén: basta con que nos manden una autorización firmada con el nombre de la empresa y la fecha de recogida, y nuestro personal les abrirá el trastero. Lo hacemos a menudo con clientes que ya se han ido al extranjero.

Un saludo,
Lucía Herrero""")),

    C("t21-ruiz-tarjeta-factura", "es", "pending", {"unanswered-question": 1},
      "Marta Ruiz Castillo <marta.ruiz@example.org>", "outlook", "Cambio de tarjeta y factura de noviembre",
      "Declined card: how to update it and whether there is a surcharge answered with a link; the invoice in her company's name is not.",
      cu("11-16 12:30", """Buenas tardes:

Me han cambiado la tarjeta del banco y el cargo del 1 de noviembre ha sido rechazado. Quisiera saber cómo puedo actualizar los datos de la tarjeta sin tener que ir a la oficina de Croydon, porque salgo de trabajar muy tarde. Además, necesito la factura de noviembre a nombre de mi empresa (Ruiz Diseño SL, CIF B87654321), ya que el trastero lo usamos para el material del estudio.

¿Me van a cobrar algún recargo por el impago?

Gracias,
Marta Ruiz Castillo""", uq=1),
      ag("lucia", "11-16 17:00", """Hola, Marta:

Puedes cambiar la tarjeta tú misma desde el área de clientes (https://tollgatestorage.example/cuenta?lang=es), en «Métodos de pago». En cuanto la actualices, el sistema vuelve a intentar el cobro de noviembre esa misma noche, y como el rechazo se debió a la tarjeta caducada no se aplica ningún recargo.

Un saludo,
Lucía""")),

    C("t22-fernandez-furgoneta", "es", "open", {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Diego Fernández <diego.fdez@example.net>", "gmail_es", "Furgoneta y trastero para el día 21",
      "Quote for a van and a unit promised 'mañana'; two Spanish reminders, no reply.",
      cu("11-09 09:00", """Hola, Lucía:

¿Me podrías pasar un presupuesto para la furgoneta grande el sábado 21 y un trastero de 75 pies cuadrados en Croydon a partir de ese día? Es para vaciar el piso de mi madre.

Gracias,
Diego""", to="Lucía Herrero <lucia.herrero@tollgatestorage.example>"),
      ag("lucia", "11-09 12:10", """Hola, Diego:

Claro. Tengo que confirmar con el equipo de Croydon si la Luton está libre el 21; te mando el presupuesto completo mañana.

Un saludo,
Lucía""", promises=[("11-10", None)]),
      cu("11-12 18:30", """Hola, Lucía, ¿hay alguna novedad con el presupuesto? Necesito saberlo para organizarme con mis hermanos.

Diego""", chase=True),
      cu("11-17 08:45", """Hola de nuevo. Sigo esperando el presupuesto de la furgoneta y el trastero. Si la furgoneta no está libre, decídmelo, por favor, y busco otra cosa.

Diego""", chase=True)),

    C("t23-ortega-acceso-coche", "es", "closed", {},
      "Carmen Ortega <carmen.ortega@example.com>", "iphone", "Horario de acceso Croydon",
      "Spanish question the customer answers herself (Sunday hours), then one about parking at the unit, answered.",
      cu("11-05 08:15", """Hola, ¿a qué hora abre el acceso en Croydon los domingos? Bueno, ya lo he visto en la web, de 8 a 20 h, perdón. Lo que no encuentro es si puedo llegar con el coche hasta la puerta del trastero o hay que dejarlo en el aparcamiento. Es el C-040.

Gracias,
Carmen

Enviado desde mi iPhone"""),
      ag("lucia", "11-05 10:00", """Hola, Carmen:

El C-040 está en la planta baja, en el pasillo de carga, así que puedes aparcar justo delante durante 30 minutos mientras cargas y descargas.

Un saludo,
Lucía""")),

    C("t24-olivar-palets", "es", "closed", {"unanswered-question": 1},
      "Pablo Jiménez <pablo@olivardelsur.example>", "outlook", "Almacenaje de palets - presupuesto",
      "Olive-oil importer: lorry access answered, the price deferred to 'el jueves' and sent on time by the site manager; the winter temperature question is never answered.",
      cu("11-02 11:00", """Estimados señores:

Somos una pequeña importadora de aceite de oliva y buscamos espacio para unos 12 palets en Park Royal a partir de enero. Les agradecería que me indicaran el precio mensual de una unidad en la que quepan.

¿Se mantiene la temperatura por encima de 5 °C en invierno? El aceite se enturbia con el frío. ¿Y aceptan entregas con camión de 12 metros?

Atentamente,
Pablo Jiménez
Olivar del Sur Ltd""", uq=1),
      ag("lucia", "11-02 15:30", """Estimado Pablo:

Gracias por su interés. Los camiones de 12 metros entran sin problema en el patio de Park Royal; tenemos muelle de carga y carretilla elevadora.

El precio depende de si los palets se pueden apilar. Lo consulto con Gareth, el responsable del centro, y le envío la oferta el jueves.

Atentamente,
Lucía Herrero""", promises=[("11-05", 3)]),
      ag("gareth", "11-05 10:40", """Dear Pablo,

Following on from Lucía's email: stacked two high, your 12 pallets fit in a 200 sq ft ground-floor unit next to the loading bay. That's £640 a month ex VAT, with the goods-in service included. The quotation is attached.

Best regards,
Gareth""", attach=[("application/pdf", "Q-PR-2611-09.pdf", OLIVE_PDF)], parent=2)),

    C("t25-whitlock-price-rise", "en", "closed", {"unanswered-question": 1},
      "Graham Whitlock <g.whitlock@example.com>", "outlook", "Price increase from December",
      "Long-standing customer objects to a rise: the loyalty hold and prepaying answered, the notice-period question is not; thanks-only reply.",
      cu("11-03 19:50", """Hello,

I've had your letter saying my weekly rate goes up from £27.00 to £30.50 on 1 December. That's nearly 13%, which seems a lot when nothing about the unit has changed. I've been with you since 2019 - is there really no loyalty rate for long-standing customers? And if I prepay six months before the 1st, would I be able to keep the current price for that period?

I'd also like it confirmed in writing how much notice you're required to give before a price change, as I don't remember agreeing to that.

Regards,
Graham Whitlock
Unit A031, Brentford""", uq=1),
      ag("lou", "11-04 10:05", """Dear Mr Whitlock,

Thank you for your email, and for staying with us since 2019. As a customer of more than five years I can hold your rate at £27.00 until the end of February, with the new rate from 1 March. You don't need to do anything - the change is already on your account.

If you'd still like to prepay, six months paid before 1 December would keep you at £27.00 right through to the end of May.

Kind regards,
Lou"""),
      cu("11-04 18:22", """Thank you, that's fair. I'll leave it as it is.

G. Whitlock""", thanks=True)),

    C("t26-armitage-lost-key", "en", "closed", {},
      "Kelly Armitage <kelly.armitage@example.net>", "android", "Lost key",
      "Lost padlock key: fee, presence and the time all answered in one reply; thanks-only reply.",
      cu("11-06 12:40", """Hi I've lost the key to my padlock, unit 2-114 at Croydon. Can you cut it off for me? How much does that cost and do I need to be there? I can come tomorrow after 2

Kelly

Get Outlook for Android"""),
      ag("shona", "11-06 13:15", """Hi Kelly,

No problem. It's £25 to cut a lock, and you do need to be there with photo ID, as we only open a unit in front of the account holder. Tomorrow after 2 is fine - ask at reception and one of us will come up with the bolt cutters. You'll need a new lock too; disc locks are £12.99 in the shop.

Shona"""),
      cu("11-07 16:30", """All sorted, thanks for your help

Kelly

Get Outlook for Android""", thanks=True)),

    C("t27-chaudhry-van-deposit", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Ryan Chaudhry <ryan.chaudhry@example.com>", "gmail", "Van deposit not returned",
      "Held van deposit: an answer promised 'by Wednesday' comes the next Monday, after the customer chases with his own photos.",
      cu("11-09 08:55", """Hi,

I hired the Transit from Croydon on 31 October and brought it back the same evening with a full tank, but I still haven't had the £200 deposit back. Could you let me know when it will be refunded?

Ryan"""),
      ag("callum", "11-09 11:20", """Hi Ryan,

Sorry about this. The check-in sheet shows a scuff on the rear bumper, which the yard team flagged for review, and that's what has held up the deposit. I'm going to go through the photos with the yard manager and I'll get back to you by Wednesday with an answer either way.

Callum""", promises=[("11-11", 4)]),
      cu("11-13 17:05", """Hi Callum,

It's Friday and I haven't heard anything. That scuff was there when I picked the van up - it's on the photos I took in the yard, attached. Can you please sort this out?

Ryan""", chase=True, attach=[("image/png", "transit-rear-31oct.png", BUMPER_PNG)]),
      ag("callum", "11-16 09:30", """Hi Ryan,

Thanks for the photos - they show the scuff clearly before your hire, so the full £200 went back to your card this morning. Sorry it took so long.

Callum""")),

    C("t28-brooks-bramble-parcels", "en", "closed", {},
      "Natalie Brooks <natalie@brooksandbramble.example>", "gmail", "Receiving parcels for our online shop",
      "HTML-only mail from an online shop: parcel acceptance and a packing area, both answered.",
      cu("11-02 14:00", """Hi there,

We sell homeware online and are outgrowing the spare room! I'm looking at a 35 sq ft unit at Croydon mainly to keep stock, and ideally we'd have our supplier deliveries sent straight to you.

Do you accept parcels for customers on a personal (not business) contract? And is there somewhere on site we can pack orders - a table or bench we could use for an hour or two?

Thanks so much,
Natalie
Brooks & Bramble | https://brooksandbramble.example/shop?utm_source=signature""", kind="html"),
      ag("shona", "11-02 16:25", """Hi Natalie,

Parcel acceptance is only on our business contracts, but switching costs nothing extra at 35 sq ft: the rent is the same and you add the £15-a-month parcel service. On a personal contract you can still get deliveries, as long as you're here to meet the driver.

There's a packing area by the lifts on the ground floor with two long benches, tape guns and scales. It's free for customers and there's no need to book.

Shona""")),

    C("t29-lindqvist-notice", "en", "closed", {"unanswered-question": 1},
      "Peter Lindqvist <peter.lindqvist@example.org>", "thunderbird", "Giving notice - unit 3-012",
      "Notice confirmed with the final invoice and the padlock answer; what to do with the access card is not answered.",
      cu("11-02 09:15", """Hi,

I'd like to give notice on unit 3-012 at Croydon - I'll be out by 20 November. Please confirm the final invoice amount. Also, do I need to leave the padlock on, or take it with me? And what do I do with the access card - post it back or leave it at reception?

Thanks,
Peter Lindqvist""", uq=1),
      ag("shona", "11-02 11:40", """Hi Peter,

Notice received - your last day is 20 November. Your final invoice covers 1 to 20 November, £58.40 pro rata, and as you paid the whole month on the 1st, £29.20 will go back to your card once we've checked the unit.

Please take your padlock with you and leave the unit swept and unlocked.

Shona""")),

    C("t30-hume-executor", "en", "closed", {},
      "Rebecca Hume <rebecca.hume@example.com>", "apple", "My father's storage unit",
      "Executor of a late customer: access and payments explained; documents sent with a question, answered.",
      cu("11-04 15:20", """Dear Tollgate,

My father, Alan Hume, passed away last month. He rented a unit at your Brentford site (I believe it's A118) and I'm the executor of his estate. I'm not sure what the process is. Will I be able to get into the unit to go through his things? And will the monthly payments carry on from his account in the meantime? The bank has frozen it.

With thanks,
Rebecca Hume"""),
      ag("nadia", "11-04 16:45", """Dear Rebecca,

I'm so sorry for your loss.

To give you access we need a copy of the death certificate, and either the grant of probate or, if that hasn't come through yet, a letter from the solicitor handling the estate confirming that you're the executor. You can email them to me or bring them in, and we'll set up an access code in your name the same day.

We've put the account on hold, so nothing will be charged while the estate is being sorted out and there will be no late fees. When you're ready to close the unit we'll settle the balance with the estate.

With kind regards,
Nadia"""),
      cu("11-05 10:10", """Dear Nadia,

Thank you, that's very kind. I've attached the solicitor's letter; I'll bring the certificate itself with me. Could you let me know when I can come in?

Rebecca""", attach=[("application/pdf", "Hume-executor-letter.pdf", ESTATE_PDF)]),
      ag("nadia", "11-05 12:00", """Dear Rebecca,

Thank you - that's all we need. Your access is set up, so you can come in any day from tomorrow, 9am to 5pm; bring the certificate and photo ID to reception and we'll give you your code there.

With kind regards,
Nadia""")),

    C("t31-drury-late-fee", "en", "closed", {"unanswered-question": 1, "reopened": 1},
      "Alison Drury <alison.drury@example.net>", "outlook", "Late fee on my account",
      "Late fee removed and the ticket marked resolved; the customer writes again about the invoice, and her request for a year of invoice copies is left out.",
      cu("11-02 10:30", """Hi,

I've been charged a £20 late fee for October, but my direct debit was set up in September and it was your system that took the payment three days late, not me. Could you remove it please?

Alison Drury"""),
      ag("lou", "11-02 14:00", """Hi Alison,

You're right - the collection date was set to the 4th instead of the 1st on our side. I've removed the £20 and moved your collection to the 1st from December. I'll mark this ticket as resolved, but reply here if anything else comes up.

Lou""", closes=True),
      cu("11-10 09:20", """Hi Lou,

Sorry, one more thing - my November invoice still shows the £20 as outstanding. Can you check? Also is it possible to get a copy of all my invoices for this year? I need them for my tax return (I keep stock for my market stall in the unit).

Alison""", uq=1),
      ag("lou", "11-10 11:50", """Hi Alison,

The November invoice was printed before the credit went on. A corrected one is attached, with a zero balance.

Lou""", attach=[("application/pdf", "INV-61207-revised.pdf", NOV_PDF)])),

    C("t32-harrow-dental-records", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Tom Aspinall <tom.aspinall@harrowdental.example>", "owa", "Archive storage for patient records",
      "Confidential records: security answered by customer care, the quote passed to the site manager (kept next day), collection by the van desk; three agents, and the access-log question is not answered.",
      cu("11-10 09:00", """Hello,

We're closing one of our practices and need to store around 140 archive boxes of patient records for 11 years. Is your Park Royal site suitable for confidential records - is there CCTV, and are the units alarmed? We'd also need a quote, and to know whether you can collect the boxes from our Harrow practice.

Regards,
Tom Aspinall
Facilities Manager, Harrow Dental Group"""),
      ag("nadia", "11-10 11:30", """Hi Tom,

Thanks for your enquiry. Park Royal has 24-hour CCTV on every corridor, and the units on the second floor are individually alarmed - that's where most of our records customers are. I've passed the quote to Gareth, our site manager, who'll be in touch tomorrow.""", promises=[("11-11", 3)]),
      ag("gareth", "11-11 14:15", """Dear Tom,

Following on from Nadia: 140 archive boxes fit comfortably in a 35 sq ft alarmed unit, which is £24 a week, or £1,100 a year if you pay annually. The quotation is attached. For collection I've copied in Callum, who runs our vans.

Regards,
Gareth""", parent=2, cc="Callum Reid <callum.reid@tollgatestorage.example>",
         attach=[("application/pdf", "Q-PR-2611-14.pdf", RECORDS_PDF)]),
      ag("callum", "11-11 16:00", """Hi Tom,

We can collect from Harrow on any weekday: two of us and a Luton for up to three hours is £180 + VAT. Let me know a date that suits.

Callum"""),
      cu("11-12 08:50", """Thank you all. Let's book the collection for Thursday 26 November, 9am if possible. Could you also confirm that you keep a log of who goes into the unit? Our compliance officer is bound to ask.

Tom""", uq=1),
      ag("gareth", "11-12 12:00", """Hi Tom,

Collection booked for Thursday 26th at 9am at the Harrow practice.

Gareth""")),

    C("t33-hussain-boxes-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Zainab Hussain <zainab.h@example.com>", "gmail", "Moving boxes delivery to Southall",
      "A box order gets no reply and is resent word for word four days later as a new mail; the reply prices it and books the delivery.",
      cu("11-12 11:00", """Hi,

I'd like to order 15 medium boxes, 5 large and a roll of tape, delivered to UB1 3AA (Southall) on Tuesday 17th if possible. Can you let me know the total with delivery?

Thanks,
Zainab"""),
      cu("11-16 09:30", """Hi,

I'd like to order 15 medium boxes, 5 large and a roll of tape, delivered to UB1 3AA (Southall) on Tuesday 17th if possible. Can you let me know the total with delivery?

Thanks,
Zainab""", chase=True, parent=0),
      ag("callum", "11-16 12:00", """Hi Zainab,

Sorry we missed your first email. 15 medium, 5 large and a roll of tape come to £47.30, and delivery to Southall is free over £40. Tuesday 17th is fine: the driver will be with you between 12 and 4, and you pay by card on the doorstep.

Callum""")),

    C("t34-pemberton-authorised-pa", "en", "closed", {},
      "Hugh Pemberton <hugh.pemberton@pembertonlaw.example>", "outlook", "Additional access for my PA",
      "Solicitor adds his PA as an authorised person; the reply triggers his out-of-office auto-reply.",
      cu("11-03 13:00", """Good afternoon,

Could you add my PA, Joanne Silk, as an authorised person on unit B220 at Park Royal? She will be collecting and dropping off files on my behalf. What does she need to bring the first time?

Best regards,
Hugh Pemberton
Pemberton & Co Solicitors

This email is confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Pemberton & Co is authorised and regulated by the Solicitors Regulation Authority."""),
      ag("gareth", "11-03 15:30", """Dear Mr Pemberton,

I've added Joanne Silk as an authorised person on B220. The first time she comes in she'll need photo ID; we'll take her picture and give her her own access code at the desk.

Regards,
Gareth"""),
      auto("11-03 15:31", """I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact Joanne Silk on 020 7946 0555.

Hugh Pemberton""", quote=False, subject="Automatic reply: RE: Additional access for my PA")),

    C("t35-cole-car-storage", "en", "pending", {"unanswered-question": 1, "slow-first-response": 1},
      "Bethany Cole <bethany.cole@example.org>", "gmail", "Can I store a car?",
      "Friday-evening enquiry, acknowledged automatically, answered on Monday: car units and tax/insurance answered, power for a trickle charger not.",
      cu("11-13 18:10", """Hi,

I'm working abroad for six months from January and need somewhere to keep my car (a 2015 Mini) plus a few boxes. Do you have any units that take a car? Does it need to be taxed and insured while it's in storage? And can I keep the battery on a trickle charger - is there power in the units?

Thanks,
Bethany""", uq=1),
      ack("11-13 18:11"),
      ag("shona", "11-16 10:20", """Hi Bethany,

Sorry for the slow reply over the weekend. Our drive-up units at Croydon are 9ft wide and take a Mini easily; they're £45 a week. The car doesn't need to be taxed if you declare it off the road (SORN) with the DVLA, but it does have to stay insured - most insurers do a cheap laid-up policy for exactly this.

Shona""")),

    C("t36-walsh-unused-boxes", "en", "closed", {"unanswered-question": 1},
      "Connor Walsh <connor.walsh@example.net>", "iphone", "Unused boxes",
      "Refund for unused boxes confirmed; how long he has to bring them back is not answered.",
      cu("11-04 19:30", """Hi, I bought way too many boxes for my move last week - 12 large still flat and in the wrapper. Do you take them back for a refund? I've still got the receipt. Also how long do I have to return them?

Sent from my iPhone""", uq=1),
      ag("callum", "11-05 09:20", """Hi Connor,

Yes - unused flat-packed boxes can go back to any of our three shops for a full refund. Just bring the receipt with you.

Callum""")),

    C("t37-grant-inline-answers", "en", "closed", {},
      "Fiona Grant <fiona.grant@example.com>", "thunderbird", "Few questions before I sign up",
      "Four numbered questions answered inline under each quoted line, two of them with a bare 'No.' / 'Yes, ...'.",
      cu("11-05 12:30", """Hello,

Before I sign up for a 50 at Brentford, could you answer a few things?

1) Can I store garden furniture and a lawnmower - what about the petrol in it?
2) Is there a lift to the first floor?
3) Do you need a deposit?
4) Can I pay annually?

Fiona"""),
      ag("nadia", "11-05 14:00", """Hi Fiona,

> 1) Can I store garden furniture and a lawnmower - what about the petrol in it?

Garden furniture is fine, and so is the mower, but the fuel tank has to be completely drained first - no petrol, gas bottles or paint thinners anywhere on site.

> 2) Is there a lift to the first floor?

Two, both big enough for a sofa stood on its end.

> 3) Do you need a deposit?

No.

> 4) Can I pay annually?

Yes, and you get 10% off if you do.""", quote=False)),

    C("t38-petit-mice", "en", "closed", {"missed-follow-up": 1},
      "Lorraine Petit <lorraine.petit@example.com>", "gmail", "Mice in unit?",
      "Signs of mice: the site manager checks and books pest control, promising the findings 'early next week' - they never come; thanks-only reply.",
      cu("11-05 09:05", """Hi,

I went to my unit at Croydon (2-207) yesterday and there were droppings along the back wall and a chewed box of bedding. I think there are mice. What are you doing about it? I'm worried about my sofa.

Lorraine"""),
      ag("shona", "11-05 11:30", """Hi Lorraine,

I'm sorry, that's not what you want to find. I've been up to 2-207 and the units either side, and I agree it looks like mice. Our pest control contractor visits every month, but I've asked for an urgent visit and I'll let you know what they find and what they've done early next week. In the meantime I've lifted your bedding box and the sofa onto pallets.

Shona""", promises=[("11-10", None)]),
      cu("11-06 08:00", """Thanks Shona, really appreciate you moving things.

Lorraine""", thanks=True)),

    C("t39-haddad-move-in-date", "en", "closed", {},
      "Amir Haddad <amir.haddad@example.org>", "gmail", "Change of move-in date",
      "Move-in date pushed back a week; the booked price still holds. A question the customer answers himself.",
      cu("11-09 20:00", """Hi,

I've got a 35 sq ft unit reserved at Park Royal from Saturday 14th but my completion has slipped by a week. What's my booking reference again? Ah, found it - TG-55120. Can I move the start to Saturday 21st instead? And does the online price (£19.50/week) still stand if I do?

Cheers,
Amir"""),
      ag("gareth", "11-10 08:45", """Morning Amir,

That's moved to Saturday 21st for you, and the price you booked at is locked for 30 days from booking, so £19.50 it is.

Gareth""")),

    C("t40-okonkwo-vat-invoices", "en", "pending", {"unanswered-question": 1},
      "Daniel Okonkwo <d.okonkwo@okonkwo-electrical.example>", "outlook", "VAT receipts",
      "Sole trader asks for seven VAT invoices (sent as one attachment) and for them to come automatically (not answered).",
      cu("11-16 10:00", """Hi,

I'm a sole trader (electrician) and keep stock in a 25 sq ft locker at Croydon. My accountant says the receipts from your card payments aren't proper VAT invoices because they don't show your VAT number.

Can you send me VAT invoices for April to October? Going forward, can they come automatically each month?

Thanks
Daniel Okonkwo
Okonkwo Electrical""", uq=1),
      ag("lou", "11-16 15:10", """Hi Daniel,

VAT invoices for April to October are attached - seven of them in one PDF, each showing our VAT number, GB 294 1187 63.

Lou""", attach=[("application/pdf", "VAT-invoices-Apr-Oct-2026.pdf", VAT_PDF)])),

    C("t41-marchetti-locker", "en", "closed", {},
      "Sophie Marchetti <sophie.marchetti@example.com>", "apple", "Thank you + quick one",
      "A thank-you with a pleasantry and a rhetorical question, one real request (a locker on the same corridor) answered; signature with a '?' URL.",
      cu("11-06 16:00", """Hi Nadia,

Hope you've had a good week? I just wanted to say thank you to the lads at Brentford who helped us unload on Saturday in the pouring rain - who knew a piano could be that heavy?! They were brilliant.

One quick thing: we'd like to add a 25 sq ft locker near our unit for my husband's records. Is there one free on the same corridor?

Best,
Sophie

--
Sophie Marchetti Photography
Booking a shoot? https://sophiemarchetti.example/book?src=email""", to="Nadia Okafor <nadia.okafor@tollgatestorage.example>"),
      ag("nadia", "11-06 17:10", """Hi Sophie,

Thank you - I'll pass that on, they'll be chuffed. Locker L-14 is three doors down from your unit and free now. I've reserved it on your account and it will show on your next invoice at £16 a week.

Nadia""", kind="alt")),

    C("t42-pellow-one-paragraph", "en", "closed", {"unanswered-question": 2},
      "Mark Pellow <mark.pellow@example.net>", "gmail", "Questions about my unit and the van",
      "Four requests in one long paragraph; the broken light and the van equipment are answered, the Luton price period and the wrong insurance level are not.",
      cu("11-06 21:40", """Hi there, I moved into unit C-204 at Croydon last month and generally it's been fine, but a few things have come up that I wanted to ask about in one go, sorry for the long email. The light in the corridor outside my unit has been out for about a fortnight, which makes it hard to see what I'm doing in the evenings - could someone replace the bulb? I'm also planning to bring more furniture over from my mum's on the 21st and I wondered whether the van comes with a trolley and straps or if I need to buy those separately. Is the £59 price for the Luton for the whole day or just for a morning? And lastly, I noticed the invoice says 'contents protection £5,000' but I thought I'd asked for £2,000 cover, so could you check that and change it if it's wrong? Thanks for your help, Mark""", uq=2),
      ag("shona", "11-07 10:15", """Hi Mark,

Thanks for telling us about the light - it's fixed as of this morning (it was the motion sensor rather than the bulb, so the whole corridor should behave now). The Luton comes with a sack truck, four ratchet straps and blankets at no extra charge.

Shona""")),

    C("t43-greenhalgh-quote-tuesday", "en", "pending", {},
      "Victoria Shaw <v.shaw@greenhalgharchitects.example>", "outlook", "Quote for larger unit - January",
      "Quote for moving an archive to a bigger unit promised 'by Tuesday 24th' - still ahead at audit time.",
      cu("11-18 09:30", """Hi Gareth,

Following our call, could you send me a quote for moving our archive from the 100 sq ft to a 200 sq ft unit from 4 January? Please include the cost of your team doing the move between units.

Thanks,
Victoria Shaw
Office Manager, Greenhalgh Architects""", to="Gareth Pryce <gareth.pryce@tollgatestorage.example>"),
      ag("gareth", "11-18 14:00", """Hi Victoria,

I need to check with the lettings team which 200s will be free in January. I'll send you the quote, with the move costs, by Tuesday 24th.

Gareth""", promises=[("11-24", None)])),

    C("t44-tran-unused-week", "en", "closed", {},
      "Jenny Tran <jenny.tran@example.com>", "gmail", "Refund for unused week",
      "Refund of unused days: the site manager hands it to accounts, who confirm it the next day as promised.",
      cu("11-03 11:00", """Hello,

I moved out of L-08 at Croydon on 24 October but was charged up to the 31st. Your terms say you refund unused days if you give notice, which I did on the 10th. Can I get the difference back please?

Jenny"""),
      ag("shona", "11-03 13:30", """Hi Jenny,

You gave notice in plenty of time, so you're quite right. I've asked Lou in accounts to refund the seven unused days; she'll email you tomorrow to confirm the amount.

Shona""", promises=[("11-04", 3)]),
      ag("lou", "11-04 10:10", """Hi Jenny,

Following on from Shona: £18.27 (7 days at £2.61) was refunded to the card ending 0392 this morning. It should reach you within 3-5 working days.

Lou""", parent=2)),

    C("t45-newton-roller-door", "en", "closed", {},
      "Gary Newton <gary.newton@example.net>", "owa", "Unit door jammed",
      "Jammed roller door: an engineer's visit (logistics) and a conditional fallback; fixed, thanks-only reply.",
      cu("11-09 17:10", """Hi,

The roller door on my drive-up unit D-3 at Croydon won't go up more than halfway. I need to get a wardrobe out on Saturday. Can it be fixed by then?

Gary Newton"""),
      ag("shona", "11-10 09:00", """Hi Gary,

Thanks for reporting it. The door engineer is on site on Wednesday morning and D-3 is first on his list - most likely the spring has gone. If for any reason he can't fix it on the day, we'll move your things into D-5 next door before Saturday, free of charge.

Shona"""),
      cu("11-11 15:00", """Works perfectly now, thanks!

Gary""", client="owa", thanks=True)),

    C("t46-blake-certificate", "en", "pending", {"customer-chased": 1},
      "Harriet Blake <harriet.blake@example.org>", "gmail", "Insurance certificate for my mortgage company",
      "Certificate promised 'in the next couple of days'; the customer checks in (a chase without threading headers) and gets it within the window.",
      cu("11-16 09:00", """Hi,

My mortgage broker needs a certificate showing the contents cover on my unit (A-310, Brentford). Is that something you can produce?

Thanks,
Harriet"""),
      ag("nadia", "11-16 11:30", """Hi Harriet,

Yes, StoreSure issue those. I've requested it and I'll send it over in the next couple of days.""", promises=[("window", 4)]),
      cu("11-18 09:10", """Hi Nadia,

Just checking in on the certificate - the broker is chasing me for it!

Harriet""", chase=True, thread=False),
      ag("nadia", "11-18 10:05", """Hi Harriet,

Here it is - the certificate is attached.""", attach=[("application/pdf", "StoreSure-certificate-A310.pdf", CERT_PDF)])),

    C("t47-whitaker-motorbike", "en", "closed", {"unanswered-question": 1},
      "Ben Whitaker <ben.whitaker@example.com>", "apple", "Which unit size for a motorbike?",
      "Motorbike storage answered; in a follow-up, parking is answered but whether he may work on the bike there is not.",
      cu("11-12 12:00", """Hi,

Could a motorbike (Triumph Bonneville) go in one of your units, and if so which size?

Ben"""),
      ag("shona", "11-12 14:10", """Hi Ben,

Yes - motorbikes are fine in our ground-floor drive-up units at Croydon, as long as the tank is nearly empty and the battery is disconnected. A 35 sq ft unit is plenty, £22 a week.

Shona"""),
      cu("11-12 14:40", """Great. Do you allow me to work on it there, like an oil change, or is that not allowed? And is there parking for my car while I'm at the unit?

Ben""", uq=1),
      ag("shona", "11-12 16:00", """There's free parking in the yard for as long as you're at the unit.

Shona""")),

    C("t48-fenwick-sunday-van", "en", "closed", {"unanswered-question": 1},
      "Patricia Fenwick <p.fenwick@example.net>", "outlook", "Van hire - Sunday",
      "Van on a Sunday confirmed with the price; keeping it overnight until Monday morning is not answered.",
      cu("11-04 08:30", """Good morning,

I'd like to hire the van on Sunday 15th for a clear-out. Can I keep it overnight and bring it back on Monday morning? It would save me paying for an extra day.

Patricia Fenwick""", uq=1),
      ag("callum", "11-04 10:00", """Dear Patricia,

Sunday 15th is fine, and Sundays are charged at the same £59 day rate as weekdays. I've put the Transit aside for you at Brentford.

Callum""")),

    C("t49-kerr-event-hire", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Simon Kerr <simon@kerreventhire.example>", "outlook", "Extra units for December + invoice query",
      "Base64 Outlook mail with four requests: two extra units and the forklift slot done, the invoice passed to accounts 'this week' and never answered, the insurance certificate ignored.",
      cu("11-03 08:15", """Hi Gareth,

Our Christmas party season starts next week and we'll need two extra 100 sq ft units at Park Royal from 1 December to 15 January for marquee kit. Can you hold two for us?

Also, our October invoice (INV-55821) has the unit rate at £48 a week but our contract says £44. Please correct it.

Any chance of moving our forklift slot from Tuesdays to Mondays?

Could you also send me a copy of the site's insurance certificate? Our insurer asks for it every year.

Cheers
Simon Kerr
Kerr Event Hire Ltd""", cte="base64", to="Gareth Pryce <gareth.pryce@tollgatestorage.example>", uq=1),
      ag("gareth", "11-03 11:00", """Hi Simon,

Two 100s are held for you from 1 December to 15 January - P-118 and P-119, next to each other - at your contract rate. Mondays are fine for the forklift; I've changed the rota from next week.

As for the invoice, I'll get Lou to look at it and she'll come back to you this week.

Gareth""", promises=[("11-06", None)])),

    C("t50-voss-kayaks", "en", "open", {"awaiting-reply": 1},
      "Eleanor Voss <eleanor.voss@example.com>", "gmail", "Storage for two sea kayaks",
      "Kayak enquiry acknowledged automatically and never answered.",
      cu("11-18 11:20", """Hello,

Do you have anything long enough for two sea kayaks (5.2 m each)? And could I get in early on Saturday mornings, around 6am?

Thanks,
Eleanor Voss"""),
      ack("11-18 11:21")),

    C("t51-marsh-bikes-quote", "en", "closed", {"missed-follow-up": 1},
      "Leon Marsh <leon@marshbikes.example>", "gmail", "Storage quote - 40 bikes over winter",
      "Insurance answered, the revised quote for 40 bikes promised 'tomorrow' never sent; the customer does not chase.",
      cu("11-02 13:00", """Hi,

We hire out bikes in summer and need winter storage for them from mid-November to March. Your quote Q-7741 was based on 30 bikes but we've now got 40. Could you revise it, and does the price include insurance?

Leon Marsh
Marsh Bikes"""),
      ag("gareth", "11-02 16:00", """Hi Leon,

Insurance isn't included in the quote. For stock like yours we'd suggest £30,000 of cover, which adds £22.50 a month. I'll rework the quote for 40 bikes and send you the revised version tomorrow.

Gareth""", promises=[("11-03", None)])),

    C("t52-quigley-mirror-charge", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Nora Quigley <nora.quigley@example.org>", "thunderbird", "Bill for broken van mirror",
      "Disputed damage charge: the check is promised 'early next week', the customer chases the day after that deadline and the charge is cancelled that afternoon (late); her request for a copy of the hire agreement is never answered.",
      cu("11-10 10:00", """Hello,

I've received a bill for £145 for a broken wing mirror on the Transit I hired on 6 November. The mirror was already cracked when I collected the van - I pointed it out to the young man at the desk, who said it was noted. Can you check your pick-up notes and cancel the charge? I'd also like a copy of the hire agreement, as I wasn't given one at the desk.

Nora Quigley""", uq=1),
      ag("callum", "11-10 15:30", """Dear Nora,

Thanks for getting in touch. I need to go through the pick-up sheet and the yard photos with the Croydon team, who are in on Thursday, so I'll come back to you early next week. The charge is on hold until then, so nothing will be taken.

Callum""", promises=[("11-17", 4)]),
      cu("11-18 12:00", """Hi Callum,

Any news on the mirror charge? It's now showing as overdue on my account.

Nora""", chase=True),
      ag("callum", "11-18 15:00", """Dear Nora,

Apologies for the delay. The pick-up photos show the crack, so the £145 has been cancelled and the overdue flag taken off your account.

Callum""")),

    C("t53-holloway-standing-order", "en", "closed", {},
      "Derek Holloway <derek.holloway@example.net>", "oldclient", "standing order",
      "An old mail client sends no Message-ID; changing banks answered with the account details.",
      cu("11-04 09:00", """Dear Sirs,

I pay by standing order each month. I have changed banks. Do I need to do anything other than set up a new standing order to the same account? The reference is my unit number, B-009.

Regards
D. Holloway""", msgid=False, note="Derek Holloway's question about changing banks (old client, no Message-ID)"),
      ag("lou", "11-04 11:00", """Dear Mr Holloway,

That's all you need to do: set up the new standing order for the 1st of the month to the same account (sort code 20-44-91, account 73018822) with B-009 as the reference, and cancel the old one.

Kind regards,
Lou""")),

    C("t54-abernethy-humidity", "en", "closed", {"missed-follow-up": 1},
      "Ruth Abernethy <ruth.abernethy@example.com>", "gmail", "Humidity in climate-controlled unit",
      "High humidity reading: both questions answered, the maintenance findings promised without a date never come.",
      cu("11-05 14:00", """Hello,

I pay the premium for a climate-controlled unit (A-022, Brentford) because I keep my late husband's books and papers there. I bought a little hygrometer and it read 71% on Sunday, which seems high. Is that normal? What level are the units supposed to be kept at?

Ruth Abernethy"""),
      ag("nadia", "11-05 16:30", """Dear Ruth,

The climate-controlled units are meant to stay between 45 and 60%, so 71% is too high. I've asked our maintenance contractor to check the dehumidifier on that corridor and I'll let you know what they find.

Nadia""", promises=[("window", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "t02-vance-own-insurance": [
        "What are the gate hours on Sundays?"],
    "t05-tate-boxes-missing": [
        "And while I'm at it - do you sell mattress covers?"],
    "t08-brandt-downsize": [
        "How does the billing work if I switch mid-month - do I get a credit for the rest of November on the big one?",
        "I'd also like to know whether I can keep the same padlock and code."],
    "t11-hale-early-access": [
        "Also, my invoice this month came to me personally - can it go to Hale Joinery Ltd from now on, same address?"],
    "t13-brenner-messebau": [
        "Und noch eine Frage - können wir die Einheit über die Weihnachtsfeiertage pausieren, also ohne Miete, wenn sie leer ist?"],
    "t15-wolff-transporter": [
        "Ich habe nur einen deutschen Führerschein - reicht der, oder brauche ich einen internationalen?"],
    "t17-mercier-toiles": [
        "Par ailleurs, j'aimerais savoir si les unités du rez-de-chaussée sont chauffées l'hiver, car le froid abîme la peinture à l'huile."],
    "t19-garnier-cadenas": [
        "Et faut-il apporter son propre cadenas ou est-ce que vous en fournissez un ?"],
    "t21-ruiz-tarjeta-factura": [
        "Además, necesito la factura de noviembre a nombre de mi empresa (Ruiz Diseño SL, CIF B87654321), ya que el trastero lo usamos para el material del estudio."],
    "t24-olivar-palets": [
        "¿Se mantiene la temperatura por encima de 5 °C en invierno?"],
    "t25-whitlock-price-rise": [
        "I'd also like it confirmed in writing how much notice you're required to give before a price change, as I don't remember agreeing to that."],
    "t29-lindqvist-notice": [
        "And what do I do with the access card - post it back or leave it at reception?"],
    "t31-drury-late-fee": [
        "Also is it possible to get a copy of all my invoices for this year?"],
    "t32-harrow-dental-records": [
        "Could you also confirm that you keep a log of who goes into the unit?"],
    "t35-cole-car-storage": [
        "And can I keep the battery on a trickle charger - is there power in the units?"],
    "t36-walsh-unused-boxes": [
        "Also how long do I have to return them?"],
    "t40-okonkwo-vat-invoices": [
        "Going forward, can they come automatically each month?"],
    "t42-pellow-one-paragraph": [
        "Is the £59 price for the Luton for the whole day or just for a morning?",
        "And lastly, I noticed the invoice says 'contents protection £5,000' but I thought I'd asked for £2,000 cover, so could you check that and change it if it's wrong?"],
    "t47-whitaker-motorbike": [
        "Do you allow me to work on it there, like an oil change, or is that not allowed?"],
    "t48-fenwick-sunday-van": [
        "Can I keep it overnight and bring it back on Monday morning?"],
    "t49-kerr-event-hire": [
        "Could you also send me a copy of the site's insurance certificate?"],
    "t52-quigley-mirror-charge": [
        "I'd also like a copy of the hire agreement, as I wasn't given one at the desk."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket reference for the message ``key`` (stable, derived from the key)."""
    return f"TG-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts."""
    msgs: list[Msg] = []
    last_human: str | None = None
    for i, spec in enumerate(case.specs, 1):
        o = dict(spec.opts)
        key = f"{case.name}.{i}"
        parent_no = o.pop("parent", None)
        parent = f"{case.name}.{parent_no}" if parent_no else (None if parent_no == 0 else last_human)
        extra = list(o.pop("extra", []))
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True)}
        if spec.role == "agent":
            who = o.pop("who")
            frm, client, sig = AGENTS[who]
            client = o.pop("client", client)
            date = at(spec.when)
            if o.pop("sig", True):
                body = body.rstrip("\n") + "\n\n" + sig
            promises = [(date + FOLLOW_UP_WINDOW if day == "window" else end_of(day),
                         f"{case.name}.{kept}" if kept else None)
                        for day, kept in o.pop("promises", [])]
            m = Msg(**common, client=client, frm=frm, to=case.customer, date=date, agent=who,
                    promises=promises, closes=o.pop("closes", False))
        elif spec.role == "ack":
            date = at(spec.when)
            ref = ticket_ref(f"{case.name}.{i - 1}")
            body = body.format(ref=ref)
            extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=CARE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", CARE),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if not m.subject:
            prefix = REPLY_PREFIX.get(m.client, "Re: ")
            m.subject = o.pop("subject", prefix + case.subject if parent else case.subject)
        if parent and o.pop("quote", True) and "{quote}" not in body:
            body = body.rstrip("\n") + "\n\n{quote}"
        o.pop("quote", None)
        if o:
            raise ValueError(f"{key}: unknown options {sorted(o)}")
        m.body = body
        m.extra = extra
        if spec.role in ("customer", "agent"):
            last_human = key
        msgs.append(m)
    return msgs


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none when ``msgid`` is False, as an old client
    sends it) and its raw bytes, parents first."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to)]
        if m.cc:
            headers.append(("Cc", m.cc))
        headers += [("Subject", m.subject), ("Date", email.utils.format_datetime(m.date))]
        m.raw = mailcraft.build(m, headers + m.extra, by_key, PROFILE)


def build_cases() -> list[Case]:
    """Every case with its messages rendered (Message-IDs, raw bytes, own text) and the
    unanswered-question facts attached to the customer message that asks each question."""
    for case in CASES:
        case.msgs = materialise(case)
    render([m for c in CASES for m in c.msgs])
    for case in CASES:
        for m in case.msgs:
            m.uq = []
        for q in case.uq:
            asking = next((m for m in case.msgs if m.role == "customer" and q in m.own), None)
            if asking is not None:
                asking.uq.append(q)
    return CASES


def problems(cases: list[Case]) -> list[str]:
    """Where the hand-written labels disagree with the messages' facts and dates."""
    out = []
    names = [c.name for c in cases]
    if len(set(names)) != len(names):
        out.append("duplicate case names")
    for c in cases:
        dates = [m.date for m in c.msgs]
        if dates != sorted(dates):
            out.append(f"{c.name}: messages are not listed in date order")
        status = mailcraft.contract_status(c.msgs, CONTRACT)
        if status != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(c.msgs, CONTRACT)
        if rules != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {rules}")
        for q in c.uq:
            if not any(q in m.own for m in c.msgs if m.role == "customer"):
                out.append(f"{c.name}: labelled question {q!r} is in no customer message")
        for m in c.msgs:
            if m.role in ("customer", "auto") and len(m.uq) != m.asks_unanswered:
                out.append(f"{m.key}: asks {m.asks_unanswered} unanswered questions, labels hold {len(m.uq)}")
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    unknown = set(UNANSWERED) - set(names)
    if unknown:
        out.append(f"unanswered questions for unknown cases {sorted(unknown)}")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 68: Tollgate Self Storage - cases",
                                 "make_practice68_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.tollgatestorage.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, any(p is q for q in inbox)) for p in inbox + sent}
    for m in (m for c in cases for m in c.msgs):
        parsed, in_mbox = by_id[m.message_id]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit(f"refusing to write tests/{NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice68 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
