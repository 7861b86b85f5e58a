#!/usr/bin/env python3
"""Regenerate ``tests/practice22/``: the labelled corpus of Bramblecover Pet Insurance.

A support mailbox of a fictional pet insurer (policy quotes and renewals, claims and vet
invoices, pre-existing conditions, direct payment to vets, excess and co-payment,
cancellations and refunds, multi-pet discounts, travel cover for pets), with customers in the
UK, Ireland, Germany, Austria, France, Belgium and Spain. Written without looking at the
detection heuristics or at the other corpora's cases. Heavy on customer questions and on
support promises. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support
domain ``bramblecover.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them); the unanswered questions are labelled per
case in ``UNANSWERED``. The script recomputes status and every rule count from those facts and
the dates and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of the case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice22_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "bramblecover.example"
SUPPORT = "help@bramblecover.example"
HELPDESK = "Bramblecover Pet Insurance <help@bramblecover.example>"
RULES = mailcraft.RULES
CONTRACT = mailcraft.Contract(as_of=AS_OF)

AGENTS = {
    "hannah": ("Hannah Pryce <hannah.pryce@bramblecover.example>", "thunderbird", """-- 
Hannah Pryce
Claims Team | Bramblecover Pet Insurance
Track a claim: https://bramblecover.example/claims?src=mail&step=status"""),
    "declan": ("Declan Moriarty <declan.moriarty@bramblecover.example>", "outlook", """-- 
Declan Moriarty
Policies & Renewals | Bramblecover Pet Insurance
Bramblecover Pet Insurance is a trading name of Bramblecover Ltd. This e-mail is
confidential. Not the intended recipient? Please delete it and let us know."""),
    "raj": ("Raj Mistry <raj.mistry@bramblecover.example>", "outlook", """-- 
Raj Mistry
Vet Direct Payments & Billing | Bramblecover Pet Insurance
0345 555 0192 (Mon-Fri 9-5)"""),
    "katrin": ("Katrin Vogler <katrin.vogler@bramblecover.example>", "thunderbird_de", """-- 
Katrin Vogler
Kundenservice Deutschland & Österreich | Bramblecover Pet Insurance
https://bramblecover.example/de/schaden?ref=signatur"""),
    "margaux": ("Margaux Lefèvre <margaux.lefevre@bramblecover.example>", "apple_fr", """-- 
Margaux Lefèvre
Service client France & Belgique | Bramblecover Pet Insurance
https://bramblecover.example/fr/aide?utm_source=email"""),
    "ines": ("Inés Carrasco <ines.carrasco@bramblecover.example>", "gmail_es", """-- 
Inés Carrasco
Atención al cliente España | Bramblecover Pet Insurance
ines.carrasco@bramblecover.example | +34 91 555 0147"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Bramblecover Pet Insurance. This is an automatic
confirmation: your message has been logged as reference {ref}. Our team works
Monday to Friday, 9am-5pm, and we will reply within 24 hours.

Submitting a claim? You can upload invoices at https://bramblecover.example/claims?ref={ref}

Bramblecover Pet Insurance - Customer Care""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Bramblecover Pet Insurance. Dies ist eine
automatische Eingangsbestätigung, Ihre Referenz lautet {ref}. Wir antworten
innerhalb von 24 Stunden (Montag bis Freitag).

Bitte antworten Sie nicht auf diese E-Mail.

Bramblecover Pet Insurance - Kundenservice""",
}

_OUTLOOK = ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-Mailer: Microsoft Outlook 16.0"]
CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": _OUTLOOK, "outlook_de": _OUTLOOK,
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-OriginatorOrg: outlook.example"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Bramble Desk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bc.", outlook_server="AM6PR0")

INVOICE_PHOTO = mailcraft.png(9, 7, lambda x, y: (240 - 6 * y, 235 - 4 * x, 220))
CANCEL_PDF = mailcraft.pdf(["Bramblecover Pet Insurance", "Cancellation confirmation",
                            "Policy BC-UK-2291047 (Juno)", "Cancelled 6 November 2026 within the",
                            "14-day cooling-off period. Refund: GBP 31.40 in full."])
QUOTE_PDF = mailcraft.pdf(["Bramblecover Pet Insurance", "Devis / Quote FR-88213",
                           "Chien: Noisette, 4 ans", "Formule Confort: 27,90 EUR / mois",
                           "Franchise 100 EUR, participation 20 %"])

CET = timezone(timedelta(hours=1))


def t(day: int, hour: int, minute: int = 0, tz: timezone = UTC) -> datetime:
    """A moment in November 2026 in the writer's time zone."""
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def end_of(day: int) -> datetime:
    """The end of a named day (a promise's deadline), UK time."""
    return datetime(2026, 11, day, 23, 59, tzinfo=UTC)


# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack | auto (customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list = field(default_factory=list)  # (deadline, key of the keeping message | None)
    uq: list = field(default_factory=list)
    note: str = ""
    extra: list = field(default_factory=list)
    raw: bytes = b""


@dataclass
class Case:
    """A labelled support case: hand-written labels plus its messages in order."""

    name: str
    lang: str
    status: str
    rules: dict
    story: str
    subject: str
    customer: str = ""
    client: str = ""
    msgs: list = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        return UNANSWERED.get(self.name, [])

    def _add(self, m: Msg) -> Msg:
        if m.parent is None and self.msgs and m.role != "ack":
            m.parent = next(p.key for p in reversed(self.msgs) if p.role in ("customer", "agent"))
        self.msgs.append(m)
        return m

    def _reply_subject(self, client: str) -> str:
        prefix = {"outlook": "RE: ", "outlook_de": "AW: ", "owa": "RE: ",
                  "thunderbird_de": "AW: ", "gmail_de": "Re: "}.get(client, "Re: ")
        return prefix + self.subject

    def c(self, who: str, client: str, date: datetime, body: str, *, subject: str | None = None,
          quote: bool = True, new: bool = False, **facts) -> Msg:
        """A customer message; a reply quotes the previous message unless ``quote`` is False."""
        if not self.customer:
            self.customer, self.client = addr_of(who)[0], client
        first = not self.msgs or new
        if subject is None:
            subject = self.subject if first else self._reply_subject(client)
        text = body + ("\n\n{quote}" if quote and not first else "")
        m = Msg(key=f"{self.name}/{len(self.msgs)}", case=self.name, role="customer",
                client=client, frm=who, to=SUPPORT, subject=subject, date=date, body=text,
                **facts)
        if new:
            m.parent, m.thread = None, False
            self.msgs.append(m)
            return m
        return self._add(m)

    def a(self, agent: str, date: datetime, body: str, *, quote: bool = True,
          promises: list | None = None, **facts) -> Msg:
        """A support reply by ``agent``: body, signature and the quoted history."""
        frm, client, sig = AGENTS[agent]
        to = next(m.frm for m in self.msgs if m.role == "customer")
        text = body + "\n\n" + sig + ("\n\n{quote}" if quote else "")
        m = Msg(key=f"{self.name}/{len(self.msgs)}", case=self.name, role="agent", agent=agent,
                client=client, frm=frm, to=to,
                subject=self._reply_subject(client), date=date, body=text,
                promises=[(d, f"{self.name}/{k}" if k is not None else None)
                          for d, k in (promises or [])], **facts)
        return self._add(m)

    def ack(self, date: datetime, ref: str, lang: str = "en") -> Msg:
        """The helpdesk's automatic acknowledgement of the previous customer message."""
        prev = self.msgs[-1]
        m = Msg(key=f"{self.name}/{len(self.msgs)}", case=self.name, role="ack", client="helpdesk",
                frm=HELPDESK, to=prev.frm, subject=f"[{ref}] {self.subject}", date=date,
                body=ACK[lang].format(ref=ref), parent=prev.key,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
        self.msgs.append(m)
        return m

    def auto(self, who: str, date: datetime, body: str) -> Msg:
        """The customer's own out-of-office reply to the previous support message."""
        prev = self.msgs[-1]
        m = Msg(key=f"{self.name}/{len(self.msgs)}", case=self.name, role="auto", client="gmail",
                frm=who, to=prev.frm, subject=f"Automatic reply: {prev.subject}", date=date,
                body=body, parent=prev.key,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                       ("Precedence", "auto_reply")])
        self.msgs.append(m)
        return m


CASES: list[Case] = []
UNANSWERED: dict[str, list[str]] = {}


def case(name: str, lang: str, status: str, rules: dict, subject: str, story: str) -> Case:
    """Register a case with its hand-written status and rule counts."""
    c = Case(name=name, lang=lang, status=status, rules=rules, story=story, subject=subject)
    CASES.append(c)
    return c


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

# p01 - a quote with three questions answered in one paragraph, out of order; thanks-only after.
C = case("p01-quote-cocker-spaniel", "en", "closed", {}, "Quote for my cocker spaniel",
         "Quote request with three questions, answered together out of order; thanks-only reply.")
EMMA = "Emma Whitfield <emma.whitfield@example.com>"
C.c(EMMA, "gmail", t(3, 19, 12), """Hi there,

I'm looking to insure Hazel, my 3 year old working cocker spaniel (neutered,
microchipped, no health problems so far touch wood). A few questions before I
go through the online form:

How much would your Lifetime cover be for her? We're in Shrewsbury, SY3.
Does it cover dental treatment, she's had a bit of tartar build up?
Can I start the cover on 1 December rather than today?

Thanks,
Emma""")
C.a("hannah", t(4, 10, 5), """Hi Emma,

Thanks for getting in touch about Hazel. Starting on 1 December is no problem -
you can pick any start date up to 30 days ahead when you buy. Dental is covered
for accidents and gum disease as long as she's had a dental check in the last
12 months, but routine scale-and-polish isn't. For a 3 year old cocker in SY3,
Lifetime Plus (£7,000 a year vet fees) comes to £24.80 a month with the
standard £99 excess.

Best wishes,
Hannah""")
C.c(EMMA, "gmail", t(4, 12, 40), """Brilliant, thank you Hannah! That's really helpful.

Emma""", thanks_only=True)

# p02 - claim received confirmed, bank account change (a request in passing) skipped.
C = case("p02-dental-claim-bank-account", "en", "closed", {"unanswered-question": 1},
         "Claim for Pumpkin's dental - invoice attached",
         "Claim invoice sent; receipt confirmed but the payout bank account change is ignored.")
UNANSWERED[C.name] = ["could you change the bank account for the payout to the one ending 4471"]
OLIVER = "Oliver Grant <ogrant@postbox.example>"
C.c(OLIVER, "outlook", t(10, 8, 31), """Hello,

Please find attached the invoice from Westgate Vets for Pumpkin's dental
extraction last Thursday (£612.40). Policy number BC-UK-1874420.

Can you confirm you've received the invoice from Westgate Vets? They said they'd
email it over as well but I wanted to make sure. Also, could you change the bank account for the payout to the one ending 4471 - I closed the old account in
September. Sort code and full number are on the claim form.

Kind regards
Oliver Grant""", attach=[("image/png", "westgate-invoice.png", INVOICE_PHOTO)])
C.ack(t(10, 8, 32), "BC-40117")
C.a("hannah", t(10, 16, 48), """Dear Oliver,

Yes, we have the invoice - both your copy and the one Westgate Vets sent us
directly this morning, so you don't need to do anything more. Pumpkin's claim is
now with an assessor and claims are usually settled within 10 working days.

Kind regards,
Hannah""")

# p03 - pre-existing conditions answered with policy wording, hydrotherapy skipped.
C = case("p03-pre-existing-ear-infections", "en", "closed", {"unanswered-question": 1},
         "Pre-existing conditions question",
         "Two questions on pre-existing conditions answered with policy wording; hydrotherapy skipped.")
UNANSWERED[C.name] = ["is hydrotherapy covered under the Standard plan"]
SOPHIE = "Sophie Danvers <sophie.danvers@example.org>"
C.c(SOPHIE, "apple", t(12, 21, 3), """Hello

We're switching to you from another insurer. Our Labrador Bramble (funny
coincidence with your name!) had ear infections twice, the last one in
January 2024. Would the ear infections count as pre-existing? And if she stays
symptom free for two years, is she covered for them again? She's 8 now so we
want to get this right. Oh, and is hydrotherapy covered under the Standard plan,
the vet mentioned it for her hips at some point.

Many thanks
Sophie

Sent from my iPad""")
C.a("declan", t(13, 8, 55), """Dear Sophie,

Thank you for your email. Our policy wording (section 4.2) says: "A
pre-existing condition is any illness or injury that showed signs or symptoms,
or was treated, in the 24 months before your cover started. It will be covered
again once your pet has had 24 months without symptoms, treatment or advice
for it."

So Bramble's ear infections would be excluded at first, and as the last one
was in January 2024, they would be covered again from January 2026 - in other
words they'd already be covered now, provided there's been nothing since.

Kind regards,
Declan""")

# p04 - direct payment to the vet; agent asks back; customer answers and asks again: clean.
C = case("p04-direct-payment-cruciate", "en", "pending", {}, "Can you pay the vet directly?",
         "Direct vet payment for surgery: yes with conditions; the excess question answered too.")
PRIYA = "Priya Nair <priya.nair@example.net>"
C.c(PRIYA, "gmail", t(17, 7, 50), """Hi,

Our dog Toffee needs cruciate surgery and it's going to be around £4,200. Can you
pay Hillside Vets directly? We really can't put that on a card.

Priya Nair
Policy BC-UK-2055318""")
C.a("raj", t(17, 11, 20), """Hi Priya,

Yes, we can pay Hillside Vets directly. The practice needs to fill in section B
of the claim form and send it with the invoice to vets@bramblecover.example -
most practices do this all the time. Could you confirm the date of surgery so I
can note it on the file?

Best regards,
Raj""")
C.c(PRIYA, "gmail", t(17, 18, 2), """It's booked for 24 November. Do I still pay the excess at the vet's on the
day?

Thanks
Priya""")
C.a("raj", t(18, 9, 14), """Hi Priya,

Yes - the £99 excess is paid to Hillside on the day, and as Toffee is over 8
the 20% co-payment too (about £820 on that estimate). We pay them the rest.
I've noted the 24th on your file.

Best regards,
Raj""")

# p05 - cancellation after a death; refund promise kept late; customer chases.
C = case("p05-cancel-after-biscuit-died", "en", "closed",
         {"missed-follow-up": 1, "customer-chased": 1}, "Cancel policy - Biscuit",
         "Cancellation after the dog died; refund promised by Thursday, delivered after a chase.")
DANIEL = "Daniel Hughes <dan.hughes@example.com>"
C.c(DANIEL, "gmail", t(2, 20, 15), """Hello,

Sadly our dog Biscuit was put to sleep on Saturday. Please cancel the policy for
Biscuit (BC-UK-1630095). As I paid annually in March, will I get a refund for the
rest of the year?

Daniel""")
C.a("declan", t(3, 10, 2), """Dear Daniel,

I'm so sorry to hear about Biscuit. I've cancelled the policy with effect from
Saturday 31 October, so there is nothing more for you to do.

I'll ask our billing team to calculate the pro-rata refund and get back to you
by Thursday with the amount.

With kind regards,
Declan""", promises=[(end_of(5), 3)])
C.c(DANIEL, "gmail", t(9, 8, 40), """Hi Declan,

Sorry to chase, but I haven't heard back about the refund. Can you let me know
where it's got to?

Daniel""", chase=True)
C.a("declan", t(9, 14, 30), """Dear Daniel,

Apologies for the delay. The refund for the unused months is £142.30 and it
will reach the card you paid with on 12 November.

With kind regards,
Declan""")

# p06 - multi-pet: discount answered, renewal-date question deferred with a promise never kept,
# annual-payment question skipped.
C = case("p06-multi-pet-puppy", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1}, "Adding a puppy to our policy",
         "Three questions: one answered, one deferred with a broken promise, one skipped.")
UNANSWERED[C.name] = ["Is there any discount for paying annually instead of monthly?"]
RACHEL = "Rachel Osei <rachel.osei@example.org>"
C.c(RACHEL, "outlook", t(4, 13, 22), """Hi,

We already have our two cats, Miso and Tofu, insured with you and we're picking
up a springer spaniel puppy next week (very excited!!). Do I get the multi pet
discount if I add the puppy to the existing policy? Would be great if all three
could renew on the same date so I only have to think about it once a year - is
that possible? Is there any discount for paying annually instead of monthly?

Thanks
Rachel Osei""")
C.a("declan", t(5, 9, 30), """Hi Rachel,

Congratulations on the new arrival! Yes, adding the puppy to your account gives
10% off each pet's premium, including Miso's and Tofu's at their next renewal.

On lining up the renewal dates I need to check with our underwriters how they
pro-rate it - I'll get back to you by Monday.

Kind regards,
Declan""", promises=[(end_of(9), None)])

# p07 - travel cover answered inline under the quoted questions.
C = case("p07-travel-france-christmas", "en", "closed", {}, "Taking Murphy to France",
         "Two travel-cover questions answered inline under the quote.")
GEORGE = "George Ashby <g.ashby@example.net>"
C.c(GEORGE, "thunderbird", t(5, 17, 44), """Good afternoon,

We're driving down to the Dordogne for Christmas with our terrier Murphy.
Does my policy cover him while we're in France?
Do I need to tell you before we go, or is it automatic?

Regards,
George Ashby""")
C.a("hannah", t(6, 9, 10), """Hi George,

Answers below.

> Does my policy cover him while we're in France?

Yes - on Lifetime and Lifetime Plus vet fees are covered in the EU for trips of
up to 60 days, plus emergency repatriation if he's lost.

> Do I need to tell you before we go, or is it automatic?

Automatic, nothing to tell us. Just keep the Animal Health Certificate and the
receipts for any vet bill.

Have a lovely Christmas,
Hannah""", quote=False)

# p08 - renewal price rise: two chasers, then a slow first answer.
C = case("p08-renewal-price-jump", "en", "pending",
         {"customer-chased": 2, "slow-first-response": 1}, "Renewal price - why so high?",
         "Renewal price question ignored for a week; two chasers; then answered.")
MARGARET = "Margaret Lowe <margaret.lowe@example.com>"
C.c(MARGARET, "outlook", t(9, 10, 5), """Dear Sir/Madam,

My renewal letter for Poppy (15 year old Jack Russell, policy BC-UK-0988123) says
the premium goes from £38.10 to £61.45 a month. Why has my renewal gone up so
much? She has not claimed this year. Can I bring the cost down by raising the
excess?

Yours faithfully
Margaret Lowe""")
C.ack(t(9, 10, 6), "BC-40239")
C.c(MARGARET, "outlook", t(12, 9, 30), """Dear Sir/Madam,

I am still waiting for an answer to my email below about the renewal. It renews
on the 28th.

Margaret Lowe""", chase=True)
C.c(MARGARET, "outlook", t(17, 16, 12), """This is now my third email. Could somebody please reply before my renewal
goes through.

M. Lowe""", chase=True)
C.a("declan", t(18, 11, 40), """Dear Mrs Lowe,

I'm sorry you've had to write three times. The increase is mostly age-related:
at 15, Poppy moves into our senior band, and vet fees in your area have risen
about 11% this year. It has nothing to do with claims.

Yes, you can bring it down: with a £250 excess instead of £99 the premium would
be £52.70 a month. Just reply "yes" before the 28th and I'll change it.

Kind regards,
Declan Moriarty""")

# p09 - declined claim appealed: review promised by Friday, never kept; vet notes not sent.
C = case("p09-skin-allergy-appeal", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1}, "Declined claim - appeal",
         "Appeal against a pre-existing decision: review promised by Friday 13th, never came; vet notes request ignored.")
UNANSWERED[C.name] = ["Can you also send me the vet notes you based this on?"]
TOM = "Tom Barker <tbarker@mailbox.example>"
C.c(TOM, "gmail", t(9, 19, 25), """Hi,

You declined my claim for Rolo's skin allergy (ref CL-77412) saying it was
pre-existing. That's not right - the itching in 2024 was fleas, the vet said so
at the time and it cleared up in a week. I'd like to appeal this decision.

Can you also send me the vet notes you based this on? I'd like to see exactly
what you read.

Tom Barker""")
C.a("hannah", t(10, 11, 0), """Hi Tom,

Thanks for explaining. I've asked our senior claims assessor to review the
decision with the flea history in mind, and I'll come back to you by Friday
13 November with the outcome.

Kind regards,
Hannah""", promises=[(end_of(13), None)])

# p10 - lost dog advertising; short answer; thanks-only after.
C = case("p10-lost-dog-milo", "en", "pending", {}, "Milo is missing - does the policy help?",
         "Worried owner asks about lost-pet cover; answered; thanks-only reply.")
KAREN = "Karen Doyle <karen.doyle@example.net>"
C.c(KAREN, "iphone", t(16, 8, 5), """Milo got out of the garden this morning and we cant find him anywhere. Does
the policy pay for lost pet posters and a reward?? Do I have to tell you now or
afterwards. Sorry if this is the wrong address, I'm in a bit of a state

Karen

Sent from my iPhone""")
C.a("hannah", t(16, 9, 2), """Hi Karen,

I'm sorry, that's so worrying. Yes - your Lifetime policy pays up to £1,000 for
advertising a lost pet and for a reward. Keep every receipt and send them to us
once he's home. It's also worth telling the microchip database and local vets
today.

Fingers crossed for Milo,
Hannah""")
C.c(KAREN, "iphone", t(16, 18, 47), """He's home!! A neighbour found him in their shed. Thank you so much Hannah x

Sent from my iPhone""", thanks_only=True)

# p11 - house move: premium answered, schedule promised by Friday kept late, e-mail change skipped.
C = case("p11-house-move-two-cats", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1}, "Change of address",
         "Address change: premium question answered, new schedule promised by Friday and sent the next Tuesday, e-mail change request buried in the text ignored.")
UNANSWERED[C.name] = ["please update my email to lucy.fenwick@mailbox.example as well"]
LUCY = "Lucy Fenwick <lucyfen@example.org>"
C.c(LUCY, "gmail", t(2, 12, 18), """Hello,

We're moving house on the 14th from Bristol (BS6 5QT) to Bath (BA2 3LH), so I need
to update the address on the policy for Pixel and Nala. They are indoor cats
and will stay indoor cats in the new place, although Nala has her eyes on the
garden already. Will my premium change with the new postcode? We've had enough
surprise costs with this move already. Oh and please update my email to lucy.fenwick@mailbox.example as well, this old one is going to be closed at the
end of the month.

Thanks a lot
Lucy""")
C.a("declan", t(3, 9, 12), """Hi Lucy,

Good luck with the move! I've updated the address to BA2 3LH from 14 November.
Bath is in a slightly cheaper band for us, so the combined premium for Pixel and
Nala goes down by £3.10 a month from the next payment.

I'll send you the updated policy schedule by Friday.

Kind regards,
Declan""", promises=[(end_of(6), 2)])
C.a("declan", t(10, 10, 45), """Hi Lucy,

Please find your updated policy schedule on your online account under
Documents (https://bramblecover.example/account/documents?policy=BC-UK-1502214).

Kind regards,
Declan""")

# p12 - excess vs co-payment, explained with policy wording: clean.
C = case("p12-excess-vs-copayment", "en", "closed", {}, "Excess question",
         "Two questions about excess and co-payment answered with the policy wording.")
IMRAN = "Imran Siddiqui <imran.s@example.com>"
C.c(IMRAN, "owa", t(4, 15, 30), """Hi,

Bit confused by the renewal pack. What's the difference between the excess and
the co-payment? And is the excess per condition or per year? Our vet bill for
Luna's bladder stones will probably go over two policy years.

Cheers
Imran""")
C.a("raj", t(5, 9, 40), """Hi Imran,

The excess is a fixed amount (£99 on your policy) you pay towards each claim; the
co-payment is a percentage (20%) of the rest, and applies only from age 9, so
not to Luna yet.

From the wording: "The excess applies once per condition per policy year." So
if Luna's treatment runs into the next policy year, you'd pay the £99 once in
each year.

Best regards,
Raj""")

# p13 - missing vet invoice: colleague's call promised by Wednesday never happened; chase;
# second-vet question skipped.
C = case("p13-missing-invoice-colleague", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "Claim stuck - vet says they sent the invoice",
         "Colleague's promised call to the vet by Wednesday never came; customer chases; a second question skipped.")
UNANSWERED[C.name] = ["can we use a different vet for the follow-up appointments"]
JAMES = "James Okafor <james.okafor@example.com>"
C.c(JAMES, "gmail", t(6, 8, 20), """Hello,

My claim for Shadow (CL-77120) says "awaiting invoice" but Riverside Vets insist
they emailed it to you on 28 October. Can you look into it? Also, we're moving
near Reading soon - can we use a different vet for the follow-up appointments
or does it have to be Riverside?

James""")
C.a("hannah", t(6, 15, 35), """Hi James,

Sorry about this. My colleague Raj in our vet payments team will call Riverside
and he'll be in touch with you by Wednesday once he's tracked the invoice down.

Kind regards,
Hannah""", promises=[(end_of(11), 3)])
C.c(JAMES, "gmail", t(16, 10, 5), """Any update? Raj never got in touch and the claim still says awaiting invoice.

James""", chase=True)
C.a("hannah", t(17, 11, 30), """Hi James,

I'm really sorry nobody came back to you. Raj spoke to Riverside this morning;
the invoice had gone to an old address of ours. We now have it and the claim is
with an assessor.

Kind regards,
Hannah""")

# p14 - very short question, very short answer: clean.
C = case("p14-rabbits", "en", "closed", {}, "rabbits?",
         "One-line question answered with a yes and a link.")
NIAMH = "Niamh Farrell <niamh.farrell@example.ie>"
C.c(NIAMH, "android", t(10, 21, 14), """do you insure rabbits? have two lionheads. do they need to be vaccinated first

Get Outlook for Android""")
C.a("declan", t(11, 9, 2), """Hi Niamh,

Yes! Quote here: https://bramblecover.example/quote?pet=rabbit&count=2
They'll need to be up to date with their myxomatosis and RHD jabs.

Kind regards,
Declan""")

# p15 - Irish customer: euro and direct debit answered, IPID request skipped.
C = case("p15-ireland-euro-policy", "en", "closed", {"unanswered-question": 1},
         "Policy for Ireland",
         "Irish customer: two questions answered, a request for the IPID document ignored.")
UNANSWERED[C.name] = ["could you send me the IPID document please"]
SIOBHAN = "Siobhán Keane <siobhan.keane@example.ie>"
C.c(SIOBHAN, "gmail", t(5, 20, 44), """Hi,

I'm in Cork and looking at cover for my greyhound, Ruby (retired racer, 5).
Is the policy priced in euro for Irish customers? Can I pay by direct debit
from an Irish bank account (AIB)? And could you send me the IPID document please, the link on the website gives an error.

Go raibh maith agat,
Siobhán""")
C.a("declan", t(6, 10, 20), """Hi Siobhán,

Irish policies are written and priced in euro, and we collect by SEPA direct
debit, so your AIB account is fine. Greyhounds are very welcome - Ruby would be
€29.60 a month on Lifetime.

Kind regards,
Declan""")

# p16 - cooling-off cancellation; a colleague sends the written confirmation: clean.
C = case("p16-cooling-off-cancel", "en", "closed", {}, "Cancel within 14 days",
         "Cancellation in the cooling-off period; written confirmation sent by a colleague as PDF.")
WILL = "Will Ashcroft <will.ashcroft@example.net>"
C.c(WILL, "gmail", t(5, 18, 2), """Hi,

I took out a policy for Juno last week (BC-UK-2291047) but my parents have
added her to theirs, so I don't need it. Can I cancel it and get a full refund?

Will""")
C.a("declan", t(6, 9, 15), """Hi Will,

Yes - you're within the 14-day cooling-off period, so I've cancelled the policy
today and the full £31.40 will be refunded to your card within 5 working days.

Kind regards,
Declan""")
C.c(WILL, "gmail", t(6, 9, 58), """Great. Will I get confirmation of that in writing?""")
C.a("raj", t(6, 13, 25), """Hi Will,

Attached is the cancellation confirmation for Juno's policy.

Best regards,
Raj""", attach=[("application/pdf", "cancellation-BC-UK-2291047.pdf", CANCEL_PDF)])

# p17 - HTML-only mail; a follow-up question after the case seemed done is answered with a
# receipt template.
C = case("p17-behaviour-therapist", "en", "closed", {"unanswered-question": 1},
         "Where do I send the claim form?",
         "HTML-only mail: first question answered; a later question about a behaviourist gets a receipt template.")
UNANSWERED[C.name] = ["does the policy cover the behavioural therapist the vet referred us to?"]
AISHA = "Aisha Rahman <aisha.rahman@example.org>"
C.c(AISHA, "owa", t(2, 11, 5), """Hello,

I have printed and filled in the claim form for Pepper's vet visit. Where do I
send it - is there a postal address or can I email a scan?

Thanks,
Aisha Rahman""", kind="html")
C.a("hannah", t(2, 15, 40), """Hi Aisha,

A scan or a photo is fine - email it to claims@bramblecover.example or upload it
at https://bramblecover.example/claims. No need to post anything.

Kind regards,
Hannah""")
C.c(AISHA, "owa", t(4, 9, 20), """Thank you, I've emailed it across now.

One more thing - does the policy cover the behavioural therapist the vet referred us to?
Pepper has become very anxious since the fireworks.

Aisha""", kind="html")
C.a("hannah", t(4, 14, 10), """Hi Aisha,

Thank you - we have received your claim form and it is now being processed.
You can follow its progress at https://bramblecover.example/claims?src=mail.

Kind regards,
Hannah""")

# p18 - claim status: update promised for a day still ahead: clean.
C = case("p18-claim-update-next-week", "en", "pending", {}, "Claim CL-78001 status",
         "Claim status question; update promised for Tuesday 24 November, still ahead at audit time.")
BEN = "Ben Whitaker <ben.whitaker@example.com>"
C.c(BEN, "thunderbird", t(18, 16, 50), """Hello,

Could you tell me where my claim for Dexter's MRI is up to? It was submitted on
2 November.

Ben Whitaker""")
C.a("hannah", t(19, 10, 15), """Hi Ben,

The MRI claim is with our vet assessor, who asked Dexter's vet for his history
from the previous practice; that came in yesterday. I'll update you by Tuesday
24 November with the decision.

Kind regards,
Hannah""", promises=[(end_of(24), None)])

# p19 - pre-authorisation question checked and answered next day as promised: clean.
C = case("p19-mri-pre-authorisation", "en", "closed", {}, "Pre-authorisation for an MRI?",
         "Promise to check with the vet team by tomorrow, kept the next morning.")
CLAIRE = "Claire Benson <claire.benson@example.net>"
C.c(CLAIRE, "apple", t(10, 13, 10), """Hi,

The referral vet wants to do an MRI on Otis's spine (about £2,800). Can we get
it pre-authorised so we know it'll be paid before they go ahead? And will we
have to pay the excess again?

Claire""")
C.a("hannah", t(10, 16, 25), """Hi Claire,

Let me check with our vet team and I'll get back to you tomorrow.

Kind regards,
Hannah""", promises=[(end_of(11), 2)])
C.a("hannah", t(11, 10, 5), """Hi Claire,

Good news: the vet team have pre-authorised the MRI up to £3,000 under Otis's
existing claim for back pain. The referral practice can bill us directly, and
as it's the same claim there's no second excess to pay.

Kind regards,
Hannah""", quote=False)

# p20 - three agents; payment date promised by Wednesday, confirmed Thursday by a colleague.
C = case("p20-three-handoffs-surgery", "en", "pending",
         {"many-handoffs": 1, "missed-follow-up": 1}, "Direct payment for Maple's surgery",
         "Three agents on one claim; payment-date promise for Wednesday kept on Thursday by a colleague.")
FIONA = "Fiona McLeod <fiona.mcleod@example.com>"
C.c(FIONA, "gmail", t(13, 9, 30), """Hi,

Maple had her splenectomy at Northfield Referrals on Tuesday. They're asking
whether you've approved direct payment - have you? The bill is £5,180.

Fiona""")
C.a("hannah", t(13, 12, 0), """Hi Fiona,

Yes, the claim is approved: after the £99 excess we cover the full £5,081.
I'm passing this to Raj, who handles payments to practices.

Kind regards,
Hannah""")
C.c(FIONA, "gmail", t(16, 8, 45), """Thanks Hannah. When will Northfield actually get paid? They've sent me a
reminder.""")
C.a("raj", t(16, 11, 10), """Hi Fiona,

I'm checking with our finance team and I'll confirm the payment date by
Wednesday.

Best regards,
Raj""", promises=[(end_of(18), 4)])
C.a("declan", t(19, 14, 20), """Hi Fiona,

Covering for Raj today: the payment to Northfield Referrals went out this
morning and they'll have it by Monday 23 November. I've let them know.

Kind regards,
Declan""", quote=False)

# p21 - chased over the weekend; slow answer covers the limit, skips third-party liability.
C = case("p21-annual-limit-liability", "en", "closed",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "Vet fee limit", "Question about the annual limit chased after the weekend; the liability question is never answered.")
UNANSWERED[C.name] = ["Does the policy also include third party liability if she knocks someone over in the park?"]
HELEN = "Helen Marsh <helen.marsh@example.com>"
C.c(HELEN, "gmail", t(5, 11, 30), """Hi,

Is the £7,000 vet fee limit per year or per condition? Our Great Dane, Tilly, is
a bit of a walking vet bill. Does the policy also include third party liability if she knocks someone over in the park? She is 70kg and very friendly.

Thanks
Helen""")
C.c(HELEN, "gmail", t(9, 9, 15), """Hello again, just checking in on my email from Thursday below.

Helen""", chase=True)
C.a("raj", t(9, 15, 5), """Hi Helen,

Sorry for the wait. The £7,000 is per policy year and it resets every year at
renewal, however many conditions Tilly has.

Best regards,
Raj""")

# p22 - policy certificate sent; the customer's out-of-office answers the reply: clean.
C = case("p22-certificate-for-kennels", "en", "closed", {}, "Policy certificate for kennels",
         "Request for a certificate answered with a link; the customer's out-of-office replies.")
ANDREW = "Andrew Pike <andrew.pike@example.org>"
C.c(ANDREW, "outlook", t(4, 8, 5), """Morning,

Could you send me a copy of the policy certificate for Ziggy? The kennels want
proof of insurance before we drop him off on Saturday. Does it show his
microchip number? They asked for that too.

Thanks,
Andrew Pike""")
C.a("declan", t(4, 11, 30), """Hi Andrew,

Here it is: https://bramblecover.example/account/documents?doc=certificate&policy=BC-UK-1733904
It's a PDF the kennels can print, and Ziggy's microchip number is on page 1.

Kind regards,
Declan""")
C.auto(ANDREW, t(4, 11, 31), """Thank you for your email. I am out of the office until Monday 9 November with
limited access to email. For urgent matters please contact reception@pikeandco.example.

Andrew Pike""")

# p23 - explicitly closed, then a new question: reopened.
C = case("p23-payout-less-than-expected", "en", "pending", {"reopened": 1},
         "Has my claim been paid?", "Claim paid and marked resolved; customer comes back about the amount, answered.")
GRACE = "Grace Liddell <grace.liddell@example.net>"
C.c(GRACE, "apple", t(12, 10, 10), """Hi, has the claim for Bonnie's eye ulcer been paid yet? Ref CL-77855.

Grace""")
C.a("hannah", t(12, 14, 0), """Hi Grace,

Yes, we paid £388.60 into your account on 10 November. I'll mark this as
resolved, but just reply if anything's unclear.

Kind regards,
Hannah""", closes=True)
C.c(GRACE, "apple", t(18, 19, 40), """Hi Hannah,

Sorry, I've only just looked properly - the vet bill was £487.60 so the payment
is £99 less than I expected, why is that?

Grace""")
C.a("hannah", t(19, 9, 25), """Hi Grace,

That's the policy excess: £99 is taken off each new condition's first claim in a
policy year, so £487.60 - £99 = £388.60. Any further treatment for the ulcer
this year won't have the excess taken again.

Kind regards,
Hannah""")

# p24 - a templated reply that answers neither question.
C = case("p24-cremation-template", "en", "closed", {"unanswered-question": 2},
         "Claim after Smudge died",
         "Two questions after a cat's death answered with the claims template.")
UNANSWERED[C.name] = ["Does the policy cover the cost of the cremation?",
                      "Can I still claim for the October vet visits even though it's been six weeks?"]
PAUL = "Paul Rimmer <paul.rimmer@example.com>"
C.c(PAUL, "thunderbird", t(9, 20, 50), """Hello,

Our cat Smudge died last week after a short illness, she was 17. I have two
questions. Does the policy cover the cost of the cremation? The vet charged us
£185.
Can I still claim for the October vet visits even though it's been six weeks? I
didn't get round to it while she was ill.

Paul Rimmer""")
C.a("hannah", t(10, 9, 5), """Dear Paul,

Thank you for contacting Bramblecover Pet Insurance. To make a claim, please
complete the online claim form at https://bramblecover.example/claims and
attach your vet's invoice. Claims are normally assessed within 10 working days
and you can follow the progress of your claim online.

Kind regards,
Hannah""")

# p25 - the agent answers a different question (collection date instead of annual payment).
C = case("p25-monthly-to-annual", "en", "closed", {"unanswered-question": 1},
         "Payment changes", "Asked to change the collection date and about switching to annual; only the date is handled.")
UNANSWERED[C.name] = ["can I switch from monthly to annual payment at my renewal in January?"]
NATASHA = "Natasha Green <natasha.green@example.org>"
C.c(NATASHA, "gmail", t(6, 12, 30), """Hi there,

Please change my direct debit collection date from the 1st to the 15th, payday
moved at work. Also, can I switch from monthly to annual payment at my renewal in January? If it's cheaper I'd rather pay it in one go.

Natasha (policy BC-UK-1409987, cat: Biscuit)""")
C.a("raj", t(6, 16, 45), """Hi Natasha,

No problem - I've moved your collection date to the 15th, starting from
December. The November payment has already been taken on the 1st, so nothing
will be taken twice.

Best regards,
Raj""")

# p26 - promise without a deadline (two-day window), never kept.
C = case("p26-booster-overdue", "en", "closed", {"missed-follow-up": 1},
         "Vaccinations and cover", "Underwriting check promised without a date; never delivered.")
OWEN = "Owen Pritchard <owen.pritchard@example.com>"
C.c(OWEN, "gmail", t(10, 18, 20), """Hi,

Does Bella need to be fully vaccinated for the illness cover to be valid? She's
about 4 months behind on her booster because she's been on antibiotics and the
vet wanted to wait.

Owen""")
C.a("declan", t(11, 10, 15), """Hi Owen,

Good question - it depends on the reason for the delay, so let me check with
underwriting and I'll come back to you.

Kind regards,
Declan""", promises=[(end_of(13), None)])

# p27 - a resend after no reply; slow first answer promises the breakdown (never sent) and
# skips the physio question.
C = case("p27-breakdown-resend", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1,
          "slow-first-response": 1}, "Claim CL-76990 - breakdown please",
         "Request resent after four days; answer promises the breakdown tomorrow (never) and skips the physio question.")
UNANSWERED[C.name] = ["Why was the physio session on 21 October excluded?"]
SAMIR = "Samir Haddad <samir.haddad@example.net>"
C.c(SAMIR, "outlook", t(12, 9, 40), """Hello,

I received a payment of £640.15 for claim CL-76990 but the invoices came to
£1,020. Please send me a breakdown of what was paid and what wasn't. Why was the physio session on 21 October excluded? It was referred by our vet.

Regards,
Samir Haddad""")
C.ack(t(12, 9, 41), "BC-40388")
C.c(SAMIR, "outlook", t(16, 8, 10), """Hello,

Resending my message below as I haven't had a reply.

Samir Haddad""", chase=True, parent=f"{C.name}/0")
C.a("hannah", t(16, 14, 50), """Hi Samir,

Apologies for the slow reply. I'll chase the breakdown from the assessor and send
it to you tomorrow.

Kind regards,
Hannah""", promises=[(end_of(17), None)])

# p28 - revised quote promised "by end of day", sent next day by a colleague (late).
C = case("p28-revised-quote-eod", "en", "pending", {"missed-follow-up": 1},
         "Quote BCQ-55120 with higher excess",
         "Revised quote promised by end of day, sent by a colleague the next day; start-date question answered then.")
LAURA = "Laura Bennett <laura.bennett@example.com>"
C.c(LAURA, "iphone", t(16, 8, 55), """Hi, two things on quote BCQ-55120 for our beagle Scout:
- can the policy start on 1 December?
- please send a revised quote with the £250 excess instead of £99

Thanks! Laura

Sent from my iPhone""")
C.a("hannah", t(16, 10, 20), """Hi Laura,

Thanks - I'll send you the revised quote by end of day.

Kind regards,
Hannah""", promises=[(end_of(16), 2)])
C.a("declan", t(17, 11, 5), """Hi Laura,

Hannah asked me to pick this up. With the £250 excess Scout's premium is £19.90 a
month (was £24.35) - updated quote: https://bramblecover.example/quote/BCQ-55120?v=2
And yes, a 1 December start is fine; just choose it when you buy.

Kind regards,
Declan""", quote=False)

# p29 - a pet's name corrected with a one-word answer: clean.
C = case("p29-pet-name-typo", "en", "closed", {}, "Wrong name on policy",
         "Request to correct the pet's name answered with \"Done\".")
MOLLY = "Molly Shaw <molly.shaw@example.org>"
C.c(MOLLY, "gmail", t(3, 13, 2), """Hiya, the policy docs say "Pipin" - please correct it to Pippin (two p's in
the middle). Thanks! Molly""")
C.a("raj", t(3, 14, 30), """Done! Sorry about that, Molly.

Raj""")

# p30 - pleasantry and a self-answered question; the real question answered: clean.
C = case("p30-named-person-partner", "en", "closed", {}, "Adding my partner",
         "Pleasantry, a self-answered question and one real request, answered.")
CHRIS = "Chris Nolan <chris.nolan@example.com>"
C.c(CHRIS, "thunderbird", t(9, 12, 15), """Hi team,

Hope you're all well and surviving the November rain? Where do I find my policy
number? Never mind, found it on the welcome letter (BC-UK-2100456). My actual
question: can I add my partner Sam Ellery as a named person so she can talk to
you about the dogs' claims when I'm away? Is there a limit on how many people
we can add?

Cheers,
Chris""")
C.a("declan", t(9, 15, 40), """Hi Chris,

Yes, of course - I've added Sam Ellery as a named person on BC-UK-2100456, so
she can discuss claims and make changes for Hugo and Ted. You can have up to
two named persons per policy.

Kind regards,
Declan""")

# p31 - conditional offer and a process description, then the receipt arrives: clean.
C = case("p31-online-pharmacy-antibiotics", "en", "closed", {}, "Online pharmacy claim",
         "Conditional offer (\"if you send the receipt, I can add it\") and process text; customer sends the receipt; done.")
RUTH = "Ruth Ingram <ruth.ingram@example.net>"
C.c(RUTH, "gmail", t(4, 10, 10), """Hello,

Can I claim for the antibiotics I bought from an online pharmacy? The vet wrote
a prescription for Coco's ear but it was half the price online.

Ruth""")
C.a("hannah", t(4, 13, 45), """Hi Ruth,

Yes, as long as the vet prescribed them. If you send me the pharmacy receipt and
a copy of the prescription, I can add them to Coco's open ear claim. You'll get
an email from us when the claim is paid.

Kind regards,
Hannah""")
C.c(RUTH, "gmail", t(4, 17, 20), """Here you go - receipt and prescription attached.

Ruth""", attach=[("image/png", "receipt-and-prescription.png", INVOICE_PHOTO)])
C.a("hannah", t(5, 9, 0), """Thanks Ruth, both added to the claim.

Kind regards,
Hannah""")

# p32 - no reply at all after two days: awaiting-reply.
C = case("p32-senior-cat-waiting", "en", "open", {"awaiting-reply": 1},
         "Cover for a 12 year old cat?", "Questions about cover for an older cat; acknowledged, no human reply.")
DEREK = "Derek Holt <derek.holt@example.com>"
C.c(DEREK, "outlook", t(18, 10, 30), """Hello,

Will you insure a 12 year old cat? Mittens has never been insured. If you do,
is there an upper age limit after which the cover stops?

Derek Holt""")
C.ack(t(18, 10, 31), "BC-40502")

# p33 - a fresh question still inside the response target: open, no finding.
C = case("p33-fresh-puppy-question", "en", "open", {}, "Puppy cover from 8 weeks?",
         "New question on Friday morning, inside the 24-hour response target at audit time.")
ZOE = "Zoe Clarke <zoe.clarke@example.org>"
C.c(ZOE, "gmail", t(20, 9, 40), """Hi! We're collecting our cockapoo puppy on Sunday - can she be insured from
8 weeks old, and does the cover start straight away or is there a waiting
period for illness?

Zoe""")

# p34 - Kündigung: Rückmeldung bis Freitag zu spät, Kunde mahnt, Bestätigung nie geschickt.
C = case("p34-de-kuendigung-kater", "de", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "Kündigung Katerversicherung", "Kündigung: Rückmeldung \"bis Freitag\" kommt erst nach Mahnung; die Kündigungsbestätigung wird nie geschickt.")
UNANSWERED[C.name] = ["Können Sie mir außerdem eine schriftliche Kündigungsbestätigung für meine Unterlagen schicken?"]
JUERGEN = "Jürgen Bauer <j.bauer@example.de>"
C.c(JUERGEN, "gmail_de", t(2, 9, 10, CET), """Sehr geehrte Damen und Herren,

hiermit kündige ich die Versicherung für unseren Kater Felix (Vertrag
BC-DE-330187) zum 30.11.2026. Bekomme ich den Beitrag für Dezember zurück, den
Sie schon abgebucht haben? Können Sie mir außerdem eine schriftliche Kündigungsbestätigung für meine Unterlagen schicken?

Mit freundlichen Grüßen
Jürgen Bauer""")
C.ack(t(2, 8, 11), "BC-40021", "de")
C.a("katrin", t(3, 8, 30, CET), """Sehr geehrter Herr Bauer,

die Kündigung zum 30.11.2026 ist vermerkt. Wegen des Dezemberbeitrags kläre ich
das mit unserer Buchhaltung und melde mich bis Freitag bei Ihnen.

Freundliche Grüße
Katrin Vogler""", promises=[(end_of(6), 4)])
C.c(JUERGEN, "gmail_de", t(10, 8, 45, CET), """Guten Morgen Frau Vogler,

ich warte immer noch auf eine Antwort wegen des Dezemberbeitrags.

Gruß
J. Bauer""", chase=True)
C.a("katrin", t(10, 14, 5, CET), """Sehr geehrter Herr Bauer,

entschuldigen Sie die Verzögerung. Der Dezemberbeitrag von 23,40 EUR wird Ihnen
bis zum 13.11. auf Ihr Konto zurücküberwiesen.

Freundliche Grüße
Katrin Vogler""")

# p35 - Kreuzband-OP in Wien: zwei Fragen beantwortet, die Bitte um die Bedingungen nicht.
C = case("p35-de-kreuzband-wien", "de", "closed", {"unanswered-question": 1},
         "Kreuzband-OP Balu", "Zwei Fragen zur OP beantwortet, die Bitte um die Versicherungsbedingungen als PDF übergangen.")
UNANSWERED[C.name] = ["Außerdem bitte ich um Zusendung der Versicherungsbedingungen als PDF"]
ANNA = "Anna Schreiber <anna.schreiber@example.at>"
C.c(ANNA, "outlook_de", t(4, 19, 5, CET), """Sehr geehrtes Bramblecover-Team,

unser Hund Balu (Berner Sennenhund, 6 Jahre) hat sich das Kreuzband gerissen und
soll nächste Woche in der Tierklinik Döbling operiert werden. Übernehmen Sie die
Kosten für die Kreuzband-OP? Muss ich in Vorleistung gehen oder rechnen Sie direkt
mit der Tierklinik ab? Außerdem bitte ich um Zusendung der Versicherungsbedingungen als PDF, ich finde meine Unterlagen nicht mehr.

Mit freundlichen Grüßen
Anna Schreiber""")
C.a("katrin", t(5, 9, 20, CET), """Sehr geehrte Frau Schreiber,

gute Besserung für Balu! Die Kreuzband-OP ist in Ihrem Tarif Komfort versichert
(Selbstbeteiligung 150 EUR). Vorleisten müssen Sie nicht: die Tierklinik Döbling
kann direkt mit uns abrechnen, sie schickt uns einfach die Rechnung.

Freundliche Grüße
Katrin Vogler""")

# p36 - Italienurlaub: beide Fragen beantwortet.
C = case("p36-de-italien-urlaub", "de", "closed", {}, "Urlaub in Italien mit Hund",
         "Zwei Fragen zum Auslandsschutz, beantwortet.")
LENA = "Lena Hoffmann <lena.hoffmann@example.de>"
C.c(LENA, "gmail_de", t(3, 20, 10, CET), """Hallo,

wir fahren im Dezember mit unserer Hündin Frieda für drei Wochen nach Südtirol.
Ist sie dort auch versichert? Und brauchen wir dafür eine extra Bescheinigung von
Ihnen?

Viele Grüße
Lena Hoffmann""")
C.a("katrin", t(4, 9, 40, CET), """Hallo Frau Hoffmann,

ja, Frieda ist in der ganzen EU für Reisen bis 60 Tage versichert, Südtirol ist
also kein Problem. Eine Bescheinigung von uns brauchen Sie nicht, nur den
EU-Heimtierausweis mit gültiger Tollwutimpfung.

Schöne Reise!
Katrin Vogler""")

# p37 - Kollegin soll sich morgen melden, tut es nie.
C = case("p37-de-zahn-op-graz", "de", "closed", {"missed-follow-up": 1},
         "Erstattung Zahn-OP Bruno", "Zusage, dass sich die Kollegin morgen meldet; nie eingelöst.")
MARKUS = "Markus Weber <markus.weber@example.at>"
C.c(MARKUS, "thunderbird_de", t(11, 17, 30, CET), """Guten Tag,

die Rechnung für Brunos Zahn-OP (612 EUR) habe ich am 28.10. eingereicht. Wann
wird die Rechnung erstattet?

Markus Weber
Graz""")
C.a("katrin", t(12, 11, 15, CET), """Guten Tag Herr Weber,

Ihre Rechnung liegt bei unserem Schadenteam. Meine Kollegin Hannah Pryce meldet
sich morgen bei Ihnen mit dem genauen Stand.

Freundliche Grüße
Katrin Vogler""", promises=[(end_of(13), None)])

# p38 - "ich melde mich morgen" erst drei Tage später eingelöst.
C = case("p38-de-mehrtierrabatt", "de", "pending", {"missed-follow-up": 1},
         "Mehrtierrabatt für zwei Katzen", "Prüfung zugesagt für morgen, Antwort erst nach drei Tagen; Frage dann beantwortet.")
SABINE = "Sabine Krüger <sabine.krueger@example.de>"
C.c(SABINE, "thunderbird_de", t(15, 18, 20, CET), """Hallo,

ich habe für unsere Katze Mia seit März eine Police bei Ihnen. Gibt es einen
Mehrtierrabatt, wenn ich ihre Schwester Lotte auch versichere? Und gilt der
Rabatt dann auch rückwirkend für Mia?

Sabine Krüger""")
C.a("katrin", t(16, 9, 50, CET), """Hallo Frau Krüger,

das prüfe ich gern für Sie und melde mich morgen bei Ihnen.

Freundliche Grüße
Katrin Vogler""", promises=[(end_of(17), 2)])
C.a("katrin", t(19, 15, 10, CET), """Hallo Frau Krüger,

entschuldigen Sie, dass es etwas gedauert hat. Ja: mit Lotte erhalten beide
Katzen 10 % Rabatt. Für Mia gilt er ab der nächsten Monatszahlung, rückwirkend
leider nicht.

Freundliche Grüße
Katrin Vogler""", quote=False)

# p39 - keine Antwort, Nachfrage: awaiting-reply und customer-chased.
C = case("p39-de-warten-auf-antwort", "de", "open",
         {"customer-chased": 1, "awaiting-reply": 1}, "Frage zur Selbstbeteiligung",
         "Frage ohne Antwort, zwei Tage später eine Nachfrage; bis heute keine Antwort.")
THOMAS = "Thomas Huber <thomas.huber@example.at>"
C.c(THOMAS, "outlook_de", t(16, 8, 20, CET), """Sehr geehrte Damen und Herren,

kann ich die Selbstbeteiligung von 150 EUR auf 300 EUR erhöhen, um den Beitrag zu
senken? Ab wann würde das gelten?

Mit freundlichen Grüßen
Thomas Huber""")
C.c(THOMAS, "outlook_de", t(18, 13, 0, CET), """Sehr geehrte Damen und Herren,

gibt es schon etwas Neues zu meiner Anfrage unten?

Mit freundlichen Grüßen
Thomas Huber""", chase=True)

# p40 - remboursement : retour promis d'ici jeudi, tenu après relance ; attestation oubliée.
C = case("p40-fr-remboursement-lyon", "fr", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "Remboursement consultation du 2 novembre",
         "Retour promis d'ici jeudi, donné seulement après une relance ; la demande d'attestation est ignorée.")
UNANSWERED[C.name] = ["Pourriez-vous aussi m'envoyer une attestation d'assurance pour la pension"]
ELISE = "Élise Moreau <elise.moreau@example.fr>"
C.c(ELISE, "apple_fr", t(8, 18, 30, CET), """Bonjour,

J'ai envoyé la facture de la consultation du 2 novembre pour Noisette il y a une
semaine. Quand vais-je recevoir le remboursement ? Pourriez-vous aussi m'envoyer une attestation d'assurance pour la pension, nous partons fin décembre.

Merci d'avance,
Élise Moreau""")
C.a("margaux", t(9, 10, 5, CET), """Bonjour Madame Moreau,

Je vérifie auprès du service sinistres et je reviens vers vous d'ici jeudi.

Bien cordialement,
Margaux Lefèvre""", promises=[(end_of(12), 3)])
C.c(ELISE, "apple_fr", t(16, 9, 15, CET), """Bonjour,

Je me permets de vous relancer, je n'ai toujours pas de nouvelles.

Élise Moreau""", chase=True)
C.a("margaux", t(16, 15, 40, CET), """Bonjour Madame Moreau,

Toutes mes excuses pour ce retard. Le remboursement de 48,60 EUR a été validé
ce matin ; le virement arrivera sur votre compte le 18 novembre.

Bien cordialement,
Margaux Lefèvre""")

# p41 - Belgique : franchise répondue, stérilisation reportée (jamais), téléphone oublié.
C = case("p41-fr-belgique-franchise", "fr", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1}, "Questions sur mon contrat",
         "Client belge : franchise expliquée, stérilisation reportée à vendredi sans suite, changement de numéro ignoré.")
UNANSWERED[C.name] = ["Merci de mettre à jour mon numéro de téléphone : 0470 12 34 56."]
LUC = "Luc Peeters <luc.peeters@example.be>"
C.c(LUC, "gmail", t(3, 20, 45, CET), """Bonjour,

J'ai deux chiens assurés chez vous, Max et Bijou. Est-ce que la franchise
s'applique par animal ou par contrat ? Je voudrais aussi savoir si les frais de
stérilisation sont couverts pour Bijou, elle a 7 mois. Merci de mettre à jour mon numéro de téléphone : 0470 12 34 56.

Cordialement,
Luc Peeters
Liège""")
C.a("margaux", t(4, 11, 20, CET), """Bonjour Monsieur Peeters,

La franchise s'applique par animal : 100 EUR pour Max et 100 EUR pour Bijou, une
fois par année d'assurance.

Pour la stérilisation, je dois vérifier les conditions de votre formule belge ;
je reviens vers vous d'ici vendredi.

Bien cordialement,
Margaux Lefèvre""", promises=[(end_of(6), None)])

# p42 - voyage en Espagne : réponse complète.
C = case("p42-fr-voyage-espagne", "fr", "closed", {}, "Voyage en Espagne avec notre chat",
         "Deux questions sur la couverture à l'étranger, répondues en un paragraphe.")
CAMILLE = "Camille Roux <camille.roux@example.fr>"
C.c(CAMILLE, "apple_fr", t(5, 12, 10, CET), """Bonjour,

Nous partons à Valence en janvier avec notre chat Tigrou. Est-il couvert en
Espagne ? Et si oui, faut-il avancer les frais chez le vétérinaire sur place ?

Bonne journée,
Camille Roux""")
C.a("margaux", t(5, 16, 30, CET), """Bonjour Madame Roux,

Oui, Tigrou est couvert dans toute l'Union européenne pour des séjours de moins
de 60 jours ; à l'étranger il faut avancer les frais, puis nous envoyer la
facture (une photo suffit) et nous vous remboursons sous 10 jours ouvrés.

Bon voyage !
Margaux Lefèvre""")

# p43 - devis promis pour demain, envoyé le lendemain avec PDF : propre.
C = case("p43-fr-devis-noisette", "fr", "closed", {}, "Demande de devis",
         "Devis promis pour le lendemain, envoyé à temps en pièce jointe.")
HUGO = "Hugo Lambert <hugo.lambert@example.fr>"
C.c(HUGO, "gmail", t(2, 14, 0, CET), """Bonjour,

Pourriez-vous me faire un devis pour ma chienne Noisette, croisée épagneul de 4
ans ? Formule avec paiement direct au vétérinaire si possible.

Hugo Lambert""")
C.a("margaux", t(2, 17, 20, CET), """Bonjour Monsieur Lambert,

Avec plaisir. Je prépare le devis et je vous l'envoie demain.

Bien cordialement,
Margaux Lefèvre""", promises=[(end_of(3), 2)])
C.a("margaux", t(3, 11, 0, CET), """Bonjour Monsieur Lambert,

Voici votre devis en pièce jointe : formule Confort à 27,90 EUR par mois, avec
paiement direct chez les vétérinaires partenaires.

Bien cordialement,
Margaux Lefèvre""", attach=[("application/pdf", "devis-FR-88213.pdf", QUOTE_PDF)])

# p44 - question de suivi après une réponse, restée sans réponse.
C = case("p44-fr-vaccination-suivi", "fr", "closed", {"unanswered-question": 1},
         "Paiement direct vétérinaire", "Première question répondue ; la question de suivi sur la vaccination reçoit une formule de politesse.")
UNANSWERED[C.name] = ["Et la vaccination annuelle, est-elle remboursée ?"]
NADIA = "Nadia Benali <nadia.benali@example.fr>"
C.c(NADIA, "outlook", t(2, 9, 30, CET), """Bonjour,

Mon vétérinaire à Nantes accepte-t-il le paiement direct avec Bramblecover ?

Nadia Benali""")
C.a("margaux", t(2, 14, 15, CET), """Bonjour Madame Benali,

Oui, la Clinique vétérinaire de l'Erdre fait partie de notre réseau : vous ne
payez que la franchise sur place.

Bien cordialement,
Margaux Lefèvre""")
C.c(NADIA, "outlook", t(3, 8, 50, CET), """Merci beaucoup ! Et la vaccination annuelle, est-elle remboursée ? Le rappel de
Pacha est prévu le mois prochain.

Nadia""")
C.a("margaux", t(3, 12, 0, CET), """Merci pour votre retour, Madame Benali. Je vous souhaite une belle journée !

Margaux Lefèvre""")

# p45 - siniestro: "le escribo el lunes" nunca cumplido; la pregunta por la factura ignorada.
C = case("p45-es-siniestro-valencia", "es", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1}, "Siniestro de Luna sin resolver",
         "Promesa de escribir el lunes con la resolución, nunca cumplida; la pregunta sobre la factura original, sin respuesta.")
UNANSWERED[C.name] = ["¿Necesitan la factura original o vale una copia escaneada?"]
JAVIER = "Javier Ortega <javier.ortega@example.es>"
C.c(JAVIER, "gmail_es", t(4, 19, 30, CET), """Hola,

Envié el siniestro de Luna (gastroenteritis, 340 EUR) hace tres semanas y sigue
"en estudio". ¿Por qué todavía no lo han resuelto? ¿Necesitan la factura original o vale una copia escaneada? La clínica me la puede mandar por correo postal.

Un saludo,
Javier Ortega
Valencia""")
C.a("ines", t(5, 10, 15, CET), """Hola Javier:

Disculpe la espera. El perito está revisando el historial de Luna; le escribo el
lunes con la resolución del siniestro.

Un saludo,
Inés Carrasco""", promises=[(end_of(9), None)])

# p46 - perros de raza potencialmente peligrosa: limpio.
C = case("p46-es-raza-ppp", "es", "closed", {}, "Seguro para un american staffordshire",
         "Dos preguntas sobre razas potencialmente peligrosas, respondidas.")
RAUL = "Raúl Sánchez <raul.sanchez@example.es>"
C.c(RAUL, "gmail_es", t(6, 11, 0, CET), """Buenas,

¿Cubren a perros de raza potencialmente peligrosa? Tengo un american
staffordshire de 2 años. ¿Necesito enseñarles la licencia?

Gracias,
Raúl""")
C.a("ines", t(6, 16, 40, CET), """Hola Raúl:

Sí, aseguramos a los perros PPP sin recargo en la póliza de salud. La
responsabilidad civil obligatoria va aparte, y para contratarla sí necesitamos
una copia de su licencia y del registro municipal.

Un saludo,
Inés Carrasco""")

# p47 - sin respuesta dos días, reclamación, respuesta lenta que omite añadir el gato.
C = case("p47-es-reembolso-gato", "es", "closed",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "Consulta reembolso", "Reclamación tras dos días; la respuesta tardía explica el reembolso y omite lo del gato.")
UNANSWERED[C.name] = ["Quisiera saber si puedo añadir a mi gato al mismo contrato"]
CARMEN = "Carmen Vidal <carmen.vidal@example.es>"
C.c(CARMEN, "gmail_es", t(9, 9, 0, CET), """Buenos días,

¿Cuánto tarda el reembolso de una factura del veterinario? Mandé la de Kira el
viernes. Quisiera saber si puedo añadir a mi gato al mismo contrato o si tiene
que ser una póliza nueva.

Gracias,
Carmen Vidal""")
C.c(CARMEN, "gmail_es", t(11, 12, 30, CET), """Hola, ¿hay alguna novedad? Sigo esperando su respuesta.

Carmen""", chase=True)
C.a("ines", t(12, 10, 0, CET), """Hola Carmen:

Perdone el retraso. Los reembolsos tardan unos 10 días hábiles desde que
recibimos la factura; la de Kira está ya aprobada y recibirá 86,40 EUR el día 16.

Un saludo,
Inés Carrasco""")

# p48 - tres peticiones, solo una respondida.
C = case("p48-es-leishmaniosis", "es", "closed", {"unanswered-question": 2},
         "Dudas sobre la póliza de Nala", "Tres preguntas; solo la de la leishmaniosis tiene respuesta.")
UNANSWERED[C.name] = ["¿Puedo pagar trimestralmente?",
                      "Por favor, envíenme de nuevo el certificado de vacunas que les mandé"]
MARTA = "Marta Gil <marta.gil@example.es>"
C.c(MARTA, "outlook", t(10, 20, 10, CET), """Hola:

Tengo varias dudas sobre la póliza de mi perra Nala (Sevilla).
1. ¿El seguro cubre la leishmaniosis? Aquí es muy común.
2. ¿Puedo pagar trimestralmente?
3. Por favor, envíenme de nuevo el certificado de vacunas que les mandé, lo he
perdido y lo necesito para la guardería.

Muchas gracias,
Marta Gil""")
C.a("ines", t(11, 11, 30, CET), """Hola Marta:

Sí, la leishmaniosis está cubierta como cualquier otra enfermedad, siempre que
Nala no tuviera síntomas ni diagnóstico antes de contratar la póliza. El
tratamiento y las analíticas de control entran dentro del límite anual.

Un saludo,
Inés Carrasco""")

# p49 - la compañera envía la póliza en francés al día siguiente, como se prometió: limpio.
C = case("p49-es-poliza-en-frances", "es", "closed", {}, "Póliza en francés",
         "Promesa de que una compañera enviará la póliza en francés mañana, cumplida a tiempo.")
PILAR = "Pilar Navarro <pilar.navarro@example.es>"
C.c(PILAR, "gmail_es", t(3, 10, 0, CET), """Hola,

Mi pareja es francesa y no entiende bien el español. ¿Podrían mandarnos la
póliza de nuestro perro Tobi en francés? ¿Tiene algún coste?

Pilar Navarro""")
C.a("ines", t(3, 13, 20, CET), """Hola Pilar:

Claro, y sin ningún coste. Mi compañera Margaux, de nuestro equipo francés, le
enviará mañana la póliza traducida.

Un saludo,
Inés Carrasco""", promises=[(end_of(4), 2)])
C.a("margaux", t(4, 10, 45, CET), """Bonjour Madame Navarro,

Comme convenu avec Inés, voici les conditions de la police de Tobi en français :
https://bramblecover.example/fr/documents?police=BC-ES-220871&langue=fr

Bien cordialement,
Margaux Lefèvre""", quote=False)


# --------------------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------------------


def own_text(m: Msg) -> str:
    """What the author of ``m`` wrote, without the quoted history (as mailcraft renders it)."""
    return m.body.replace("{quote}", "")


def label_problems(cases: list[Case]) -> list[str]:
    """Every disagreement between a case's hand-written labels and the facts of its messages:
    labelled questions not in the customer's own text, status and rule counts that the dates,
    roles, promises, chases and closes do not imply."""
    problems = []
    for c in cases:
        customer_msgs = [m for m in c.msgs if m.role == "customer"]
        for m in c.msgs:
            m.uq = [q for q in c.uq if m.role == "customer" and q in own_text(m)]
        for q in c.uq:
            if not any(q in own_text(m) for m in customer_msgs):
                problems.append(f"{c.name}: question {q!r} is in no customer message of the case")
        if problems:
            continue
        status = mailcraft.contract_status(c.msgs, CONTRACT)
        if status != c.status:
            problems.append(f"{c.name}: status {c.status}, facts say {status}")
        facts = mailcraft.contract_rules(c.msgs, CONTRACT)
        if facts != {r: n for r, n in c.rules.items() if n}:
            problems.append(f"{c.name}: rules {c.rules}, facts say {facts}")
    return problems


def rendered_messages() -> list[Msg]:
    """All messages with their Message-IDs and raw bytes, in date order."""
    return mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)


def write(out: Path) -> None:
    """Render the corpus and write it to ``out``; refuse (SystemExit) before writing anything
    when the labels and the facts disagree or the written mail does not read back."""
    problems = label_problems(CASES)
    if problems:
        raise SystemExit("refusing to write: " + "; ".join(problems))
    msgs = rendered_messages()
    inbox = [m for m in msgs if m.role in ("customer", "auto")]
    sent = [m for m in msgs if m.role in ("agent", "ack")]
    mailbox_dir = out / "mailbox"
    if mailbox_dir.exists():
        shutil.rmtree(mailbox_dir)
    mailbox_dir.mkdir(parents=True)
    (mailbox_dir / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
        (addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
    mailcraft.write_maildir(mailbox_dir / "Sent", ((m.date, m.raw, m.role == "agent") for m in sent),
                            host="mx1.bramblecover.example")
    parsed_in, parsed_sent = mailcraft.read_back(mailbox_dir / "inbox.mbox", mailbox_dir / "Sent")
    by_id = {m.message_id: m for m in msgs}
    problems = mailcraft.parse_problems(parsed_in + parsed_sent)
    for parsed, in_mbox in [(p, True) for p in parsed_in] + [(p, False) for p in parsed_sent]:
        m = by_id[parsed["Message-ID"]]
        problem = mailcraft.round_trip_problem(m, parsed, in_mbox) if m.kind != "html" else None
        if problem:
            problems.append(problem)
    if problems:
        shutil.rmtree(mailbox_dir)
        raise SystemExit("refusing to write: " + "; ".join(problems))
    labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    rows = [(c.name, c.lang, c.customer, c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in CASES]
    (out / "CASES.md").write_text(mailcraft.cases_table(
        "Practice corpus 22: Bramblecover Pet Insurance - cases", "make_practice22_corpus.py", rows),
        encoding="utf-8")


def main() -> None:
    """Command line: write the corpus to tests/practice22 or to ``--out``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice22",
                    help="folder to write into (default tests/practice22)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out)
    print(f"wrote {sum(len(c.msgs) for c in CASES)} messages in {len(CASES)} cases to {args.out}")


if __name__ == "__main__":
    main()
