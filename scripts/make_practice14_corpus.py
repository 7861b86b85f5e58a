#!/usr/bin/env python3
"""Regenerate ``tests/practice14/``: the labelled corpus of Fernbrook Veterinary Group.

A support mailbox of a fictional group of three vet clinics (Bath, Bristol, Wells) with an
online pet pharmacy, written to measure question handling: many customer questions, most
answered in varied ways, some left unanswered in realistic ways. Written without looking at
the detection heuristics or at the other corpora's cases. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``fernbrookvets.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it asks). The script
recomputes status and every rule count from those facts and the dates, and refuses to write
when they disagree with the hand-written case labels, or when a labelled unanswered question
is not verbatim in the customer's own text of a message that support replied to.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice14_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "fernbrookvets.example"
SUPPORT = "Fernbrook Client Care <care@fernbrookvets.example>"
HELPDESK = "Fernbrook Vets <care@fernbrookvets.example>"
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)

AGENTS = {
    "hannah": ("Hannah Whitlock <hannah.whitlock@fernbrookvets.example>", "thunderbird", """-- 
Hannah Whitlock
Client Care | Fernbrook Veterinary Group
Bath - Bristol - Wells | 01225 555 0190
Book online: https://fernbrookvets.example/book?clinic=bath"""),
    "owen": ("Owen Pryce <owen.pryce@fernbrookvets.example>", "outlook", """Owen Pryce
Fernbrook Pet Pharmacy
Orders and deliveries: https://fernbrookvets.example/pharmacy?src=email"""),
    "leah": ("Dr Leah Marsh <leah.marsh@fernbrookvets.example>", "apple", """Dr Leah Marsh MRCVS
Fernbrook Veterinary Group - Wells clinic and home visits"""),
    "sam": ("Sam Adeyemi <sam.adeyemi@fernbrookvets.example>", "outlook", """Sam Adeyemi
Accounts, Health Plans & Insurance Claims
Fernbrook Veterinary Group

This email and any attachments are confidential and intended for the
addressee only."""),
    "katrin": ("Katrin Vogel <katrin.vogel@fernbrookvets.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenbetreuung (Deutsch) | Fernbrook Veterinary Group
https://fernbrookvets.example/de/kontakt?ref=signatur"""),
    "camille": ("Camille Roux <camille.roux@fernbrookvets.example>", "apple_fr", """Camille Roux
Accueil clients (français) | Fernbrook Veterinary Group"""),
    "lucia": ("Lucía Ferrer <lucia.ferrer@fernbrookvets.example>", "gmail_es", """Lucía Ferrer
Atención al cliente (español) | Fernbrook Veterinary Group
https://fernbrookvets.example/es/ayuda?origen=correo"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Fernbrook Veterinary Group. This is an automatic
confirmation: your message has been logged as request {ref}.

Our client care team works Monday to Saturday, 8am to 6pm, and we will
reply within 24 hours. If your pet needs urgent care, please phone
01225 555 0100 - our out-of-hours vets answer day and night.

Fernbrook Veterinary Group
https://fernbrookvets.example/help?request={ref}""",
    "es": """Hola:

Gracias por escribir a Fernbrook Veterinary Group. Este es un acuse de
recibo automático: su solicitud tiene el número {ref}.

Respondemos en un plazo de 24 horas, de lunes a sábado. Para urgencias,
llame al +44 1225 555 0100.

Fernbrook Veterinary Group""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-Originating-IP: [203.0.113.41]"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Fernbrook CareDesk 3.2"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="fvg.", outlook_server="LO2P26")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack | auto (the customer's out-of-office reply)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    asks: int = 0  # questions and requests the customer wrote in this message
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)  # filled from UNANSWERED when checked
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""


@dataclass
class Case:
    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    subject: str
    client: str
    story: str
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        return UNANSWERED.get(self.name, [])


CASES: list[Case] = []
UNANSWERED: dict[str, list[str]] = {}
"""The hand-written unanswered-question labels per case, verbatim from the customer's text."""


def at(day: int, hm: str, tz: int = 0) -> datetime:
    """``day`` November 2026 at ``hm`` in UTC+``tz`` hours."""
    hh, mm = map(int, hm.split(":"))
    return datetime(2026, 11, day, hh, mm, tzinfo=timezone(timedelta(hours=tz)))


def eod(day: int) -> datetime:
    """The end of ``day`` November 2026, in UTC (the clinics' time zone in November)."""
    return datetime(2026, 11, day, 23, 59, tzinfo=UTC)


def case(name: str, lang: str, status: str, rules: dict[str, int], customer: str, subject: str,
         client: str, story: str, unanswered: tuple[str, ...] = ()) -> Case:
    """Open a new case; the following message calls add to it."""
    c = Case(name, lang, status, rules, customer, subject, client, story)
    CASES.append(c)
    UNANSWERED[name] = list(unanswered)
    return c


def _reply_subject(c: Case, client: str, prefix_of: str | None) -> str:
    if prefix_of is None:
        return c.subject
    return REPLY_PREFIX.get(client, "Re: ") + c.subject


def _add(c: Case, m: Msg) -> Msg:
    c.msgs.append(m)
    return m


def _default_parent(c: Case, parent: str | None | bool) -> str | None:
    """The full key of the parent: the case's previous message by default, none for
    ``False``, else the case-local key given."""
    if parent is False:
        return None
    if parent is None:
        return c.msgs[-1].key if c.msgs else None
    return f"{c.name}/{parent}"


def cust(c: Case, key: str, when: datetime, body: str, *, asks: int = 0, parent=None,
         quote: bool = True, subject: str | None = None, client: str | None = None,
         frm: str | None = None, kind: str = "plain", cte: str | None = None, thread: bool = True,
         thanks: bool = False, chase: bool = False, attach=()) -> Msg:
    """A customer message of case ``c``; it replies to the case's previous message unless
    ``parent`` says otherwise (``False``: a new message)."""
    client = client or c.client
    p = _default_parent(c, parent)
    if p and quote and "{quote}" not in body:
        body = body.rstrip("\n") + "\n\n{quote}"
    return _add(c, Msg(key=f"{c.name}/{key}", case=c.name, role="customer", client=client, kind=kind,
                       cte=cte, frm=frm or c.customer, to=SUPPORT,
                       subject=subject or _reply_subject(c, client, p), date=when, body=body,
                       parent=p, thread=thread,
                       thanks_only=thanks, chase=chase, asks=asks, attach=list(attach)))


def agent(c: Case, key: str, who: str, when: datetime, body: str, *, parent=None,
          quote: bool = True, kind: str = "plain", cte: str | None = None, closes: bool = False,
          promises=(), attach=(), subject: str | None = None) -> Msg:
    """A support reply of agent ``who`` in case ``c``, signed and (top-posted) quoting its
    parent unless ``quote`` is off (inline replies write their quotes themselves).
    ``promises`` are ``(deadline, key of the message that kept it or None)``."""
    frm, client, sig = AGENTS[who]
    p = _default_parent(c, parent)
    text = body.rstrip("\n") + "\n\n" + sig
    if quote:
        text += "\n\n{quote}"
    return _add(c, Msg(key=f"{c.name}/{key}", case=c.name, role="agent", agent=who, client=client,
                       kind=kind, cte=cte, frm=frm, to=c.customer,
                       subject=subject or _reply_subject(c, client, p), date=when, body=text,
                       parent=p, closes=closes,
                       promises=[(d, f"{c.name}/{k}" if k else None) for d, k in promises],
                       attach=list(attach)))


def ack(c: Case, key: str, when: datetime, ref: str, lang: str = "en") -> Msg:
    """The helpdesk's automatic acknowledgement of the case's previous message."""
    p = c.msgs[-1].key
    return _add(c, Msg(key=f"{c.name}/{key}", case=c.name, role="ack", client="helpdesk",
                       frm=HELPDESK, to=c.customer, subject=f"[{ref}] Re: {c.subject}", date=when,
                       body=ACK[lang].format(ref=ref), parent=p,
                       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))


def out_of_office(c: Case, key: str, when: datetime, body: str) -> Msg:
    """The customer's own automatic out-of-office reply to the case's previous message."""
    p = c.msgs[-1]
    return _add(c, Msg(key=f"{c.name}/{key}", case=c.name, role="auto", client=c.client,
                       frm=c.customer, to=addr_of(p.frm)[1], subject=f"Out of Office: {p.subject}",
                       date=when, body=body, parent=p.key,
                       extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                              ("Precedence", "auto_reply")]))


def pdf(name: str, *lines: str) -> tuple[str, str, bytes]:
    """A small PDF attachment called ``name`` with a few lines of text."""
    return ("application/pdf", name, mailcraft.pdf(list(lines)))


def photo(name: str, rgb: tuple[int, int, int]) -> tuple[str, str, bytes]:
    """A tiny PNG 'photo' attachment called ``name``."""
    return ("image/png", name, mailcraft.png(8, 6, lambda x, y: tuple((v + 9 * x + 5 * y) % 256 for v in rgb)))


# --------------------------------------------------------------------------------------
# Cases - English
# --------------------------------------------------------------------------------------

c = case("f01-vetmedin-repeat-orchard-row", "en", "closed", {"unanswered-question": 1},
         "Margaret Ellison <m.ellison@example.com>", "Repeat prescription - Archie's Vetmedin",
         "gmail", "Four requests in one mail; the pharmacist answers the order, the Friday delivery "
         "and the generic, and skips the change of delivery address. A thanks-only mail closes it.",
         ("Also, please update our delivery address to 14 Orchard Row, Keynsham BS31 2HU - we moved last month.",))
cust(c, "c1", at(2, "09:10"), """Hello,

Could I order a repeat of Archie's Vetmedin 5mg chewables please (same as last
time, 100 tablets)? Is there any chance it could arrive by Friday, as we're down
to the last week? And is there a cheaper generic version we could switch to?

Also, please update our delivery address to 14 Orchard Row, Keynsham BS31 2HU - we moved last month.

Many thanks,
Margaret Ellison""", asks=4)
agent(c, "a1", "owen", at(2, "13:40"), """Dear Mrs Ellison,

Thank you - Dr Patel has authorised the repeat and your order (FB-21407, 100 x
Vetmedin 5mg chewables) went out this afternoon by Royal Mail Tracked 24, so it
should be with you on Wednesday or Thursday.

There is a pimobendan generic, Cardisure Flavoured 5mg, which works out about
GBP 14 cheaper per 100. Dr Patel is happy for Archie to switch at the next repeat if
you'd like - just mention it when you order.

Kind regards,""")
cust(c, "c2", at(2, "15:02"), """Brilliant, thank you Owen!

Margaret""", thanks=True)

c = case("f02-luna-booster-inline", "en", "closed", {}, "Tom Hadley <tom.hadley@example.org>",
         "Luna's booster reminder", "thunderbird",
         "Three questions answered inline under the quotes, one with a bare 'Covered.'; the "
         "customer picks a time and reception books it.")
cust(c, "c1", at(3, "19:20"), """Hi,

We got a reminder text that Luna is due her booster. Did she not have it in
March when she was in for her dental? Can I book her in at Wells on a Saturday
morning? And does the health plan cover the kennel cough vaccine as well, or is
that extra?

Thanks,
Tom""", asks=3)
agent(c, "a1", "hannah", at(4, "09:05"), """Hi Tom,

Answers below.

> Did she not have it in March when she was in for her dental?

No - in March Luna had her dental and a health check only. Her last booster
was on 12 November 2025, so she is due now.

> Can I book her in at Wells on a Saturday morning?

Yes: Saturday 14 November at 9:40 or 11:20 are free at Wells.

> And does the health plan cover the kennel cough vaccine as well, or is
> that extra?

Covered.

Best wishes,""", quote=False)
cust(c, "c2", at(4, "10:12"), """9:40 on Saturday please! Thanks Hannah.

Tom""", asks=1)
agent(c, "a2", "hannah", at(4, "11:00"), """Hi Tom,

Booked: Luna, Saturday 14 November, 9:40 at Wells. See you then.""")

c = case("f03-rusty-thyroid-results", "en", "closed", {}, "Priyanka Shah <priyanka.shah@example.net>",
         "Rusty blood test results", "outlook",
         "Reception promises the results by Wednesday; the vet, a colleague, sends them on "
         "Wednesday (kept on time). The supplement question is answered with 'please do carry on'.")
cust(c, "c1", at(9, "08:30"), """Hello,

Rusty had his bloods taken at Bath on Friday (Dr Marsh). When will the thyroid
results be back? Should we keep giving him the joint supplement until we know?

Regards,
Priyanka Shah""", asks=2)
agent(c, "a1", "hannah", at(9, "11:15"), """Dear Ms Shah,

The external lab usually takes three to five working days for a full thyroid
panel. Please do carry on with the joint supplement - it won't affect the test.

I'll email you the results once Dr Marsh has looked at them, by Wednesday at the
latest.

Kind regards,""", promises=[(eod(11), "a2")])
agent(c, "a2", "leah", at(11, "15:40"), """Dear Ms Shah,

Rusty's results came in this afternoon. His total T4 is slightly low
(14 nmol/l) but his TSH is normal, so this isn't hypothyroidism yet. I'd like to
recheck in four weeks rather than start medication now; you can book the recheck
online at https://fernbrookvets.example/book?clinic=bath&vet=marsh

Best wishes,""")
cust(c, "c2", at(11, "17:02"), """Thank you so much, that's reassuring.

Priyanka""", thanks=True)

c = case("f04-juno-cruciate-claim", "en", "closed", {"unanswered-question": 2},
         "Daniel Brooks <dan.brooks@example.com>", "Insurance claim for Juno's knee op", "iphone",
         "Four requests from an iPhone with the claim form attached; the claims team does the form "
         "and the invoice and skips the clinical history and the excess question.",
         ("Can you also send me a copy of Juno's clinical history for the last 12 months?",
          "Do I need to pay the excess to you or to the insurer?"))
cust(c, "c1", at(4, "07:45"), """Hi there,

Juno had her cruciate op with you last month and I'm claiming on PetGuard. Could you please fill in the vet section of the attached claim form and send it back to them? Could you also send me an itemised invoice for the surgery and the two rechecks? Can you also send me a copy of Juno's clinical history for the last 12 months? They asked for it on the phone. Do I need to pay the excess to you or to the insurer?

Cheers
Dan

Sent from my iPhone""", asks=4, attach=[pdf("PetGuard-claim-form.pdf", "PetGuard claim form",
                                         "Pet: Juno  Policy: PG-4471902", "Section 3: vet to complete")])
agent(c, "a1", "sam", at(4, "12:30"), """Hi Dan,

I've completed the vet section of the PetGuard form and emailed it straight to
their claims team this morning (their reference PG-778120). The itemised invoice
for the surgery and both rechecks is attached.

Kind regards,""", attach=[pdf("INV-54990-itemised.pdf", "Fernbrook Veterinary Group",
                              "Invoice INV-54990 - Juno (Brooks)", "TPLO surgery 2,980.00",
                              "Recheck x2 96.00", "Total 3,076.00")])

c = case("f05-health-plan-double-debit", "en", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Rachel Okoye <rachel.okoye@example.org>", "Health plan payment taken twice", "gmail",
         "Accounts promise the refund details by Thursday and never write; the customer chases "
         "on Monday and is still waiting.")
cust(c, "c1", at(9, "20:15"), """Hello,

My direct debit for the Fernbrook Health Plan (Pepper, plan number HP-30418) was
taken twice this month - GBP 18.50 on 1 November and again on 3 November. Can you
refund the duplicate payment please?

Thanks,
Rachel Okoye""", asks=1)
agent(c, "a1", "sam", at(10, "10:05"), """Dear Ms Okoye,

I'm sorry about this - I can see both collections on Pepper's plan. I'll check
with our payments provider what happened and get back to you by Thursday with the
refund details.

Kind regards,""", promises=[(eod(12), None)])
cust(c, "c2", at(16, "09:30"), """Hi Sam,

Any update on the refund? I still haven't heard anything and the money hasn't come back.

Rachel""", asks=1, chase=True)

c = case("f06-bramble-home-euthanasia", "en", "pending", {},
         "Helen Carter <helen.carter@example.net>", "Bramble", "apple",
         "Euthanasia at home and individual cremation, handled gently: both questions answered, "
         "then two follow-up questions answered; multipart/alternative replies.")
cust(c, "c1", at(12, "21:40"), """Dear Dr Marsh,

After our talk on Tuesday we think it's time for Bramble. Would it be possible for
a vet to come to the house, so she can be at home in her own bed? And could you
tell me what the options are for individual cremation and having her ashes
returned?

I'm sorry if this is the wrong address for this.

Helen Carter""", asks=2)
agent(c, "a1", "leah", at(13, "08:50"), """Dear Helen,

It isn't the wrong address at all, and I'm so sorry you're facing this. Yes, I can
come to you at home: I have Thursday 19 November at 11:00 or Friday 20 November at
14:00, and a nurse comes with me so there is no rush.

For cremation we work with Mendip Pet Crematorium. With an individual cremation
Bramble's ashes come back to you within two weeks, either in a small oak casket
(GBP 225) or a scatter tube (GBP 180), and we can take a paw print. There's nothing
you need to decide today.

With kind thoughts,""", kind="alt")
cust(c, "c2", at(13, "19:10"), """Thank you for being so kind. Thursday at 11 would be best. Is it all right if our
other dog, Sorrel, is in the room? And would the paw print be an extra charge?

Helen""", asks=3)
agent(c, "a2", "leah", at(14, "09:20"), """Dear Helen,

Thursday at 11:00 is booked for you. Of course Sorrel can be there - many families
find it helps the other dog to understand. The paw print is included with the
individual cremation; there's no extra charge.

With kind thoughts,""", kind="alt")

c = case("f07-apoquel-parcel-lost", "en", "closed", {"unanswered-question": 1},
         "Gareth Lloyd <gareth.lloyd@example.com>", "Order FB-20831 not arrived", "outlook",
         "A stuck parcel is resent at once; the request for a safe-place note on future orders "
         "is passed over. Thanks-only mail after the delivery.",
         ("Also, could you make sure future orders are sent with a safe-place note for the porch?",))
cust(c, "c1", at(3, "11:20"), """Hi,

Order FB-20831 (Apoquel 16mg, 100 tablets) was due on Tuesday and the tracking
hasn't moved since Saturday. Could you resend it? Misty is scratching herself raw.
Also, could you make sure future orders are sent with a safe-place note for the porch? Nobody's home in the day.

Thanks
Gareth Lloyd""", asks=3)
agent(c, "a1", "owen", at(3, "14:05"), """Hi Gareth,

Sorry about that - the parcel looks stuck at the Bristol depot. I've sent a
replacement today by Royal Mail Tracked 24 (tracking JD0004417731GB), so it
should reach you tomorrow. If the first one turns up, keep it for the next course.

Kind regards,""")
cust(c, "c2", at(4, "12:30"), """Arrived this morning, thanks a lot.

Gareth""", thanks=True)

c = case("f08-clover-nail-clip-evening", "en", "closed", {"slow-first-response": 1},
         "Amy Fletcher <amy.fletcher@example.org>", "Nail clip for Clover", "android",
         "First reply two days later (short-staffed); the evening slot is offered and booked.")
cust(c, "c1", at(9, "10:00"), """Hi, do you have any appointments this week for a nail clip and a weight check for our rabbit Clover? Evenings are best as we both work. Thanks, Amy

Get Outlook for Android""", asks=1)
agent(c, "a1", "hannah", at(11, "09:10"), """Hi Amy,

Sorry for the slow reply - we've been short-staffed this week. Nurse Jo can see
Clover on Thursday 12 November at 18:15 at Bath for the nail clip and the weight
check together (nurse clinic, GBP 22).

Best wishes,""")
cust(c, "c2", at(11, "12:40"), """Thursday 18:15 is great, please book it.""", asks=1)
agent(c, "a2", "hannah", at(11, "13:05"), """Booked! See you and Clover on Thursday at 18:15.""")

c = case("f09-tigger-home-visit-one-paragraph", "en", "pending", {},
         "Susan Pike <susan.pike@example.net>", "Home visit for my father's cat", "apple",
         "Three questions (price, booster at home, Tuesdays) answered out of order in one "
         "paragraph, with a conditional offer to book; the customer's out-of-office answers.")
cust(c, "c1", at(16, "10:30"), """Hello,

I'm writing for my father, Ron Pike, who is 91 and can't drive any more. His cat
Tigger needs his annual check and booster. How much does a home visit cost? Could
the vet also give the booster at home, or does that have to be done in the
clinic? And are Tuesday afternoons possible? Dad lives at 8 Mill Lane, Chew Magna.

Thank you,
Susan Pike""", asks=3)
agent(c, "a1", "hannah", at(16, "15:20"), """Dear Ms Pike,

Tuesday afternoons are fine - Dr Marsh covers Chew Magna on Tuesdays between 13:00 and 16:00, and she can do Tigger's check and his booster in the same visit, so there's no need to come in. The home visit is GBP 65 on top of the usual check-up and vaccine price (GBP 58 for both). If Tuesday 24 November at 14:00 suits your father, reply and I'll book it.

Kind regards,""")
out_of_office(c, "o1", at(16, "15:21"), """Thank you for your email. I am out of the office until Monday 23 November
with limited access to email. For urgent matters please contact reception on
0117 555 0148.

Susan Pike""")

c = case("f10-nala-out-of-hours-invoice", "en", "pending", {},
         "Marcus Webb <marcus.webb@example.com>", "Out of hours visit Saturday night", "gmail",
         "After an out-of-hours visit: who bills and whether a recheck is needed, answered with "
         "the invoice attached; the customer picks a time and it is booked.")
cust(c, "c1", at(15, "09:40"), """Hi,

Huge thanks to the out-of-hours vet who saw Nala at 2am on Saturday after she ate
half a bag of grapes - she's bouncing around again. Who do I pay for the emergency
consult, you or the out-of-hours service? And do we need to bring her in for a
recheck of her kidney values?

Marcus""", asks=2)
agent(c, "a1", "hannah", at(16, "08:45"), """Hi Marcus,

So glad Nala is back to herself! Our own vets cover out of hours, so the visit is
billed by us - the invoice is attached and you can pay at the recheck. And yes,
Dr Patel would like to repeat her kidney bloods 48-72 hours after the incident,
so Tuesday or Wednesday at Bristol.

Best wishes,""", attach=[pdf("INV-55421.pdf", "Fernbrook Veterinary Group", "Invoice INV-55421 - Nala (Webb)",
                             "Out-of-hours consultation 145.00", "Emesis and charcoal 40.00", "Total 185.00")])
cust(c, "c2", at(16, "09:30"), """Perfect. Tuesday 17th at 8:30 please, before work.""", asks=1)
agent(c, "a2", "hannah", at(16, "10:02"), """Done - Tuesday 17 November, 08:30 at Bristol, with Dr Patel.""")

c = case("f11-bertie-metacam-authorisation", "en", "pending",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Joan Whitaker <joan.whitaker@example.net>", "Repeat prescription Metacam - Bertie",
         "thunderbird",
         "'I'll come back to you within 48 hours' is kept a day late, after the customer follows up.")
cust(c, "c1", at(16, "09:15"), """Dear Sir or Madam,

Please may I have a repeat prescription of Metacam oral suspension for my dog
Bertie (32kg, 180ml bottle)? He has about five days left. Can it be posted to me
rather than collected?

Yours faithfully,
Joan Whitaker""", asks=2)
agent(c, "a1", "owen", at(16, "11:00"), """Dear Mrs Whitaker,

Yes, we can post it to you - it goes out by Royal Mail Tracked 24 once it is
authorised. Bertie's last check was in May, so Dr Patel needs to authorise the
repeat. I'll come back to you within 48 hours once she has.

Kind regards,""", promises=[(at(18, "11:00"), "a2")])
cust(c, "c2", at(18, "16:20"), """Just following up - has the Metacam been authorised yet? Bertie is nearly out.

Joan Whitaker""", asks=1, chase=True)
agent(c, "a2", "owen", at(19, "09:30"), """Dear Mrs Whitaker,

Sorry for the wait - Dr Patel authorised it this morning and the bottle is in
today's post (tracking JD0004418562GB).

Kind regards,""")

c = case("f12-willow-double-consult-invoice", "en", "closed", {},
         "Oliver Grant <oliver.grant@example.org>", "Invoice INV-55102", "owa",
         "A wrong invoice is corrected (PDF attached) and the dispensing-fee question answered.")
cust(c, "c1", at(5, "13:10"), """Hello,

Invoice INV-55102 lists two consultations on 3 November but Willow only saw the
vet once. Can you check it and send me a corrected invoice? Also, is the GBP 12
dispensing fee normal for a repeat prescription?

Kind regards,
Oliver Grant
Grant & Hale Architects

Received this email by mistake? Please tell the sender and delete it - thank you.""", asks=2)
agent(c, "a1", "sam", at(5, "16:40"), """Dear Mr Grant,

You're right, the consultation was entered twice - sorry. The corrected invoice
INV-55102-A is attached and the GBP 48 difference has been credited to your
account. The GBP 12 dispensing fee applies to every prescription we fill,
including repeats, so that part is correct.

Kind regards,""", attach=[pdf("INV-55102-A.pdf", "Fernbrook Veterinary Group", "Invoice INV-55102-A - Willow (Grant)",
                              "Consultation 48.00", "Total 48.00")])

c = case("f13-pip-certificate-resend", "en", "closed",
         {"customer-chased": 1, "slow-first-response": 1},
         "Chloe Dunn <chloe.dunn@example.com>", "Vaccination certificate for Pip", "gmail",
         "No reply for a day, so the customer resends the same request as a new mail with the "
         "same subject; the certificate arrives 27 hours after the first mail.")
cust(c, "c1", at(10, "08:05"), """Hi,

Could you please email me Pip's vaccination certificate? The cattery needs it
before we drop him off on Friday.

Thanks,
Chloe Dunn""", asks=1)
cust(c, "c2", at(11, "09:00"), """Hi again,

Resending my email from yesterday: could you please email Pip's vaccination
certificate? The cattery needs it before Friday.

Thanks,
Chloe""", asks=1, parent=False, subject="Vaccination certificate for Pip", chase=True)
agent(c, "a1", "hannah", at(11, "11:30"), """Hi Chloe,

Apologies for the delay - Pip's vaccination certificate is attached (last booster
2 March 2026, valid until March 2027). Have a lovely trip!

Best wishes,""", attach=[pdf("Pip-vaccination-certificate.pdf", "Vaccination certificate",
                             "Pip (Dunn) - DHP + L4 - 2 March 2026", "Next due: March 2027")])

c = case("f14-skye-bravecto-template", "en", "closed", {"unanswered-question": 2},
         "Fiona McLeod <fiona.mcleod@example.net>", "Bravecto question before ordering", "gmail",
         "A templated pharmacy reply about dispatch times answers neither the safety question "
         "nor the six-month-supply question.",
         ("is the Bravecto chew safe for a dog with epilepsy?",
          "And can I order a six-month supply at once, or do you only send one chew at a time?"))
cust(c, "c1", at(11, "18:30"), """Hello,

Before I order: is the Bravecto chew safe for a dog with epilepsy? Our collie Skye
had two seizures in the spring and is on phenobarbital. And can I order a six-month supply at once, or do you only send one chew at a time?

Thank you,
Fiona""", asks=2)
agent(c, "a1", "owen", at(12, "09:00"), """Dear Customer,

Thank you for contacting Fernbrook Pet Pharmacy.

Orders placed before 2pm on weekdays are dispatched the same day by Royal Mail
Tracked 48. Prescription-only medicines are released once one of our vets has
authorised the prescription. You can follow your order at any time at
https://fernbrookvets.example/pharmacy/orders?view=tracking

Kind regards,""")

c = case("f15-health-plan-price-rise", "en", "pending", {"unanswered-question": 1},
         "Peter Novak <peter.novak@example.com>", "Health plan - address and price", "outlook",
         "The address change is done; asked why the price went up, accounts answer when the "
         "next payment is taken - a different question.",
         ("And why has the monthly price gone up from GBP 16.00 to GBP 19.50 per cat?",))
cust(c, "c1", at(16, "12:00"), """Hi,

Two things on the health plan for our two cats (HP-22910 and HP-22911). Could you
update our address to 3 Linden Close, Wells BA5 2QT? And why has the monthly price gone up from GBP 16.00 to GBP 19.50 per cat? Nobody told us about a change.

Peter Novak""", asks=2)
agent(c, "a1", "sam", at(17, "10:10"), """Dear Mr Novak,

Done - the address is updated on both plans. Your next payments of GBP 19.50 per
cat will be collected on 1 December by direct debit as usual, and your plan year
runs to 31 March.

Kind regards,""")

c = case("f16-wisp-nexgard-after-done", "en", "pending", {"unanswered-question": 1},
         "Laura Bennett <laura.bennett@example.org>", "NexGard dose for Bear", "apple",
         "The dose question is answered and thanked for; a week later a new question about the "
         "cat gets a reply about the dog's next delivery.",
         ("can I give NexGard to our cat Wisp as well, or is it only for dogs?",))
cust(c, "c1", at(9, "19:00"), """Hi,

What dose of NexGard Spectra should Bear be on now that he's 24kg? The box we have
says 15-30kg but the vet mentioned he might move up a size.

Laura""", asks=1)
agent(c, "a1", "owen", at(10, "09:20"), """Hi Laura,

At 24kg Bear stays on the 15-30kg (large) chew, one a month. He only moves up a
size above 30kg.

Kind regards,""")
cust(c, "c2", at(10, "12:00"), """Great, thank you!""", thanks=True)
cust(c, "c3", at(16, "20:05"), """Hi Owen,

One more thing - can I give NexGard to our cat Wisp as well, or is it only for dogs? She's started scratching.

Laura""", asks=1)
agent(c, "a2", "owen", at(17, "09:40"), """Hi Laura,

Thanks for getting in touch. Bear's next NexGard Spectra is due on 9 December and
goes out automatically with your subscription, so there's nothing you need to do.

Kind regards,""")

c = case("f17-daisy-spay-reminder-texts", "en", "pending", {"unanswered-question": 1},
         "Naomi Fraser <naomi.fraser@example.com>", "Daisy's spay", "iphone",
         "A request in passing (stop the worming texts) is ignored; reception's own question "
         "comes back quoted under the customer's short answer.",
         ("By the way, please cancel her worming reminder texts - we use a monthly subscription box now and the texts keep confusing my husband.",))
cust(c, "c1", at(13, "08:10"), """Hi Hannah,

Thanks for sorting Daisy's spay for 24 November. By the way, please cancel her worming reminder texts - we use a monthly subscription box now and the texts keep confusing my husband.

Naomi

Sent from my iPhone""", asks=1)
agent(c, "a1", "hannah", at(13, "10:30"), """Hi Naomi,

You're welcome! A few things for the 24th: no food after 8pm the night before,
water is fine until the morning. Could you drop Daisy off at 8:15 at Bath? She'll
be ready to collect from about 4pm.

Best wishes,""")
cust(c, "c2", at(13, "12:02"), """8:15 is fine.

Sent from my iPhone""")
agent(c, "a2", "hannah", at(16, "09:00"), """Thanks Naomi, that's noted - see you both on the 24th.""")

c = case("f18-smudge-renal-pouches", "en", "closed", {}, "Ruth Oduya <ruth.oduya@example.net>",
         "Renal pouches", "thunderbird",
         "A pleasantry, a rhetorical question and a self-answered question around two real "
         "requests, both answered; the pharmacist's conditional offer is not a promise.")
cust(c, "c1", at(4, "15:45"), """Hello all, hope you're keeping well?

Honestly, who knew a cat could be this fussy? Smudge has refused three flavours of
the renal food this week. Where do I find the batch number on the pouches, by the
way? Never mind - just found it on the flap. What I really need: can you add two
boxes of the Renal chicken pouches to my monthly delivery? And is there a
discount if I take three months at once?

Best,
Ruth""", asks=2)
agent(c, "a1", "owen", at(5, "09:30"), """Hi Ruth,

I've added two boxes of Renal chicken pouches to your monthly delivery, starting
with the one on 1 December. Three-month packs are 10% cheaper: if you'd like to
switch to three-monthly deliveries, just reply 'yes' and I'll change it for you.

Kind regards,""")

c = case("f19-whisker-rescue-invoice", "en", "closed", {}, "Gemma Price <gemma@whiskerrescue.example>",
         "Invoice for Pickle, Sprout and Fig", "outlook",
         "A rescue charity's invoice request, answered with the PDF; its signature carries "
         "'Thinking of adopting?' and a '?' URL, also in the thanks-only reply.")
RESCUE_SIG = """Gemma Price
Volunteer Coordinator, Whisker Rescue
Thinking of adopting? https://whiskerrescue.example/adopt?ref=mail
Registered charity 1190234"""
cust(c, "c1", at(2, "10:00"), f"""Hi,

Could you send us the invoice for the three rescue cats (Pickle, Sprout and Fig)
neutered last Thursday? We need it for our records by the end of the month.

Thanks,
{RESCUE_SIG}""", asks=1)
agent(c, "a1", "sam", at(2, "14:20"), """Hi Gemma,

Invoice INV-54877 for all three is attached, with our 20% rescue discount applied.

Kind regards,""", attach=[pdf("INV-54877.pdf", "Fernbrook Veterinary Group", "Invoice INV-54877 - Whisker Rescue",
                              "Neutering x3 less 20% 312.00")])
cust(c, "c2", at(2, "15:00"), f"""Thank you Sam!

{RESCUE_SIG}""", thanks=True)

c = case("f20-kofi-petguard-forward", "en", "closed", {}, "Imran Qureshi <imran.qureshi@example.com>",
         "Fwd: Your claim PG-779301 - information needed", "gmail",
         "A forwarded insurer mail full of the insurer's questions; the customer's one request "
         "(fill in section 4) is done.")
cust(c, "c1", at(5, "08:20"), """Hi,

See below from PetGuard. Can you fill in section 4 for them? Thanks.

Imran

---------- Forwarded message ---------
From: PetGuard Claims <claims@petguard.example>
Date: Wed, 4 Nov 2026 at 17:02
Subject: Your claim PG-779301 - information needed
To: <imran.qureshi@example.com>

Dear Mr Qureshi,

Thank you for your claim for Kofi. Could you please ask your vet to complete
section 4 (clinical history)? Have you made any other claims for Kofi this policy
year? Is this condition related to a previous claim?

Please reply within 14 days.

PetGuard Claims Team""", asks=1)
agent(c, "a1", "sam", at(5, "11:45"), """Hi Imran,

Section 4 is done and went to PetGuard by email this morning, with Kofi's clinical
history since 2023.

Kind regards,""")

c = case("f21-mochi-dental-quoted-question", "en", "pending", {},
         "Beth Harrington <beth.harrington@example.org>", "Dental for Mochi", "gmail",
         "Price answered; reception's 'Which day suits you?' is quoted back under the customer's "
         "answer, whose own question is answered with 'Yes'.")
cust(c, "c1", at(16, "13:00"), """Hi,

How much is a scale and polish for a nine-year-old cat? The vet said Mochi has
some tartar building up.

Beth""", asks=1)
agent(c, "a1", "hannah", at(16, "16:10"), """Hi Beth,

A dental scale and polish for Mochi is GBP 285, including the pre-anaesthetic blood
test; extractions, if needed, are extra and we'd phone you first. Which day suits
you - Tuesday 24 or Thursday 26 November?

Best wishes,""")
cust(c, "c2", at(17, "08:30"), """Tuesday please. Does she need to be starved the night before?

Beth""", asks=2)
agent(c, "a2", "hannah", at(17, "09:15"), """Hi Beth,

Booked: Tuesday 24 November, drop-off 8:30 at Bristol. Yes - no food after 10pm
the night before, but water is fine.

Best wishes,""")

c = case("f22-rufus-tplo-estimate-eod", "en", "pending", {}, "Simon Hale <simon.hale@example.net>",
         "Estimate for Rufus's TPLO", "outlook",
         "'I'll have the estimate over to you by end of day' - kept the same afternoon with a "
         "PDF; thanks-only reply.")
cust(c, "c1", at(17, "08:50"), """Good morning,

Could you send me a written estimate for Rufus's TPLO surgery? Our insurer wants
it before they'll pre-authorise. Does the estimate need to include the post-op
physio?

Simon Hale""", asks=2)
agent(c, "a1", "leah", at(17, "10:05"), """Dear Mr Hale,

Yes, please include the physio - your insurer will want to see the whole treatment
plan. I'll have the full estimate over to you by end of day.

Best wishes,""", promises=[(eod(17), "a2")])
agent(c, "a2", "leah", at(17, "16:30"), """Dear Mr Hale,

As promised, Rufus's estimate is attached: TPLO surgery GBP 3,450 including two
nights' hospitalisation, plus six post-op physio sessions at GBP 45 each.

Best wishes,""", attach=[pdf("Estimate-Rufus-TPLO.pdf", "Estimate - Rufus (Hale)", "TPLO surgery 3,450.00",
                             "Physiotherapy 6 x 45.00")])
cust(c, "c2", at(17, "17:05"), """Got it, thanks very much.

Simon""", thanks=True)

c = case("f23-biscuit-second-opinion-monday", "en", "pending", {},
         "Karen Doyle <karen.doyle@example.com>", "Second opinion", "iphone",
         "'I'll confirm a slot with you on Monday' - the deadline is still ahead at audit time.")
cust(c, "c1", at(19, "07:55"), """Hello, is Dr Marsh available for a second opinion on Biscuit's lump? It's the one on his shoulder that Dr Patel aspirated last week.

Sent from my iPhone""", asks=1)
agent(c, "a1", "hannah", at(19, "12:40"), """Hi Karen,

Dr Marsh is in surgery today and tomorrow, but she'd be happy to see Biscuit. I'll
confirm a slot with you on Monday once her diary for next week is set.

Best wishes,""", promises=[(eod(23), None)])

c = case("f24-dented-zd-cans", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "Tariq Hussain <tariq.hussain@example.org>", "Damaged cans in order FB-21588", "gmail",
         "'I'll look into a replacement and get back to you' (no deadline, two-day window) is "
         "delivered six days later after a chase; the delivery-charge refund is never answered.",
         ("Could you also refund the GBP 4.95 delivery charge?",))
cust(c, "c1", at(11, "17:20"), """Hi,

The Hill's z/d order that arrived today (FB-21588) had two cans dented and one
leaking all over the box. Can you replace them? Photo attached. Could you also refund the GBP 4.95 delivery charge?

Tariq""", asks=2, attach=[photo("cans.png", (180, 40, 40))])
agent(c, "a1", "owen", at(12, "09:10"), """Hi Tariq,

So sorry about that. I'll look into a replacement with the warehouse and get back
to you.

Kind regards,""", promises=[(at(14, "09:10"), "a2")])
cust(c, "c2", at(17, "08:45"), """Hi Owen, I haven't heard back about the replacement cans. Is it still happening?

Tariq""", asks=1, chase=True)
agent(c, "a2", "owen", at(18, "10:00"), """Hi Tariq,

Apologies for the silence. Two replacement cans of z/d went out today by Tracked 24,
free of charge.

Kind regards,""")

c = case("f25-oscar-urinary-food-ack", "en", "open", {"awaiting-reply": 1},
         "Eleanor Voss <eleanor.voss@example.net>", "Changing Oscar's food", "thunderbird",
         "Only the helpdesk acknowledgement ('we will reply within 24 hours') answers; the "
         "customer has waited over two days.")
cust(c, "c1", at(18, "09:00"), """Hello,

Can I switch Oscar from Hill's c/d to Royal Canin Urinary S/O? He's gone off the
c/d. Does a vet need to approve the change, or can I just order it?

Eleanor Voss""", asks=2)
ack(c, "k1", at(18, "09:01"), "FVG-40512")

c = case("f26-pesto-new-kitten", "en", "open", {}, "Jack Rowe <jack.rowe@example.com>",
         "New kitten", "gmail",
         "A fresh question from this morning, still inside the response target.")
cust(c, "c1", at(20, "10:20"), """Hi, we've just adopted a kitten (Pesto, 9 weeks). Can we register her at the
Bristol clinic? What do we need to bring to the first appointment?

Jack""", asks=2)

c = case("f27-seresto-collar-reopened", "en", "closed", {"reopened": 1},
         "Anna Kowalski <anna.kowalski@example.org>", "Seresto collar wrong size", "outlook",
         "The exchange is done and the ticket marked as resolved; a week later the clasp snaps "
         "and the customer writes again.")
cust(c, "c1", at(3, "10:00"), """Hello,

I ordered the Seresto collar for large dogs but received the small one (order
FB-20990). Could you exchange it?

Anna Kowalski""", asks=1)
agent(c, "a1", "owen", at(3, "15:00"), """Dear Ms Kowalski,

Sorry for the mix-up. A large Seresto collar is on its way to you today; keep the
small one or pass it on, there's no need to send it back.

Kind regards,""")
cust(c, "c2", at(5, "10:00"), """Received, thank you.""", thanks=True)
agent(c, "a2", "owen", at(5, "11:00"), """Glad it arrived. I'll mark this ticket as resolved.

Kind regards,""", closes=True)
cust(c, "c3", at(12, "09:30"), """Hello again,

Sorry to reopen this - the large collar's clasp snapped after a week. Could you
send another one, or should I return it to the manufacturer?

Anna""", asks=1)
agent(c, "a3", "owen", at(12, "14:00"), """Dear Ms Kowalski,

Please don't send it to the manufacturer - a new large collar went out to you
today, with a returns label for the broken one.

Kind regards,""")

c = case("f28-hector-cytopoint-claims-handoffs", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
         "Grace Whitfield <grace.whitfield@example.com>", "Monthly insurance claims for Hector",
         "gmail",
         "Reception, accounts and the vet all reply; 'I'll send ... by Friday' is kept the next Monday by "
         "a colleague (late); the receipts-with-the-dog's-name question is never answered.",
         ("Can the receipts show Hector's name as well as mine?",))
cust(c, "c1", at(9, "09:00"), """Hello,

Our spaniel Hector is on monthly Cytopoint injections and we're claiming from
Bluecross Pet Cover. Could you send the October claim form to the insurer
directly? Can the receipts show Hector's name as well as mine? And could you add
the November injection to the same claim, or does that need a new form?

Many thanks,
Grace Whitfield""", asks=3)
agent(c, "a1", "hannah", at(9, "11:00"), """Dear Mrs Whitfield,

I've passed the claim to Sam, who handles insurance. The November injection needs
its own form - insurers only accept one month per claim for ongoing treatment.

Best wishes,""")
agent(c, "a2", "sam", at(10, "10:30"), """Dear Mrs Whitfield,

I'll send the October claim form to Bluecross by Friday, together with the invoice,
and confirm to you once it has gone.

Kind regards,""", promises=[(eod(13), "a3")])
agent(c, "a3", "leah", at(16, "08:40"), """Dear Mrs Whitfield,

I've signed the clinical section of Hector's October claim and it went to
Bluecross this morning with the invoice.

Best wishes,""")

c = case("f29-health-plan-html-brochure", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "Victoria Lane <victoria.lane@example.net>", "Health plan question", "owa",
         "An HTML-only mail; the dental question is answered, paying annually is not, and the "
         "brochure promised for 'tomorrow' never comes.",
         ("And can I pay for it annually instead of monthly to save a bit?",))
cust(c, "c1", at(2, "12:30"), """Hello,

Could you tell me whether the Fernbrook Health Plan includes the annual dental
check? And can I pay for it annually instead of monthly to save a bit?

Thank you,
Victoria Lane""", asks=2, kind="html")
agent(c, "a1", "sam", at(3, "09:45"), """Dear Ms Lane,

Yes - every plan includes a dental check with a nurse each year, as well as two
vet health checks and all routine vaccinations. I'll send you our plan brochure
tomorrow with the full list of benefits.

Kind regards,""", promises=[(eod(4), None)])

c = case("f30-hazel-puppy-long-mail", "en", "closed", {"unanswered-question": 1},
         "Hollie Chambers <hollie.chambers@example.org>", "New puppy questions!", "gmail",
         "A long numbered mail with typos; four of five questions are answered in one flowing "
         "reply (the vaccine one only partly - counted as answered), the plan-versus-insurance "
         "question is skipped.",
         ("Is the puppy health plan worth it if we've already got insurance through the breeder?",))
cust(c, "c1", at(4, "21:10"), """Hi there!

We're picking up our cocker spaniel puppy Hazel on Saturday (she'll be 8 weeks) and I have a few questions, sorry in advance for the long email!

1) Can we register Hazel at the Bath clinic even though we live just outside Bradford on Avon?
2) What vaccinations does she need and when? The breeder said she's had her first one already.
3) Is the puppy health plan worth it if we've already got insurance through the breeder?
4) Do you microchip at the first vacination or is that a seperate appointment?

She's our first dog so we're a bit nervous, haha. Also our old cat Pudding is registered with you - will they be on the same account?

Thanks so much,
Hollie""", asks=5, kind="alt")
agent(c, "a1", "hannah", at(5, "10:20"), """Hi Hollie,

Congratulations on Hazel! Yes, you can register her at Bath - lots of our clients
live around Bradford on Avon. As she's had her first vaccination, she just needs
her second one at 10-12 weeks and is fully protected a week after that. Puppies
from a licensed breeder are already microchipped (it's the law), so bring the
paperwork and we'll scan the chip at the first visit. She'll go on the same
account as Pudding.

Best wishes,""")

c = case("f31-bella-ear-drops-crossed", "en", "closed", {"customer-chased": 1},
         "Derek Haynes <derek.haynes@example.com>", "Ear drops for Bella", "thunderbird",
         "The vet answers; half an hour later the customer, not having seen it, asks whether his "
         "mail arrived (a chase); the vet points to her reply.")
cust(c, "c1", at(2, "09:00"), """Hello,

Bella's ear infection is back (same ear, same smell). Can I get another bottle of
the Easotic drops without bringing her in? Last time was only six weeks ago.

Derek Haynes""", asks=1)
agent(c, "a1", "leah", at(3, "08:10"), """Dear Mr Haynes,

Because it has come back within two months, I'd like to see Bella before we repeat
the drops - it may need a swab. I've kept 16:40 today and 09:20 tomorrow free at
Wells for her; just call reception to say which one suits.

Best wishes,""")
cust(c, "c2", at(3, "08:40"), """Did you get my email below about Bella's ear drops? She's really uncomfortable.

Derek""", asks=1, parent="c1", chase=True)
agent(c, "a2", "leah", at(3, "09:05"), """Dear Mr Haynes,

Yes - our messages crossed. Please see my reply from 8:10: I can see Bella at 16:40
today or 09:20 tomorrow at Wells.

Best wishes,""")

c = case("f32-moss-ashes-early-next-week", "en", "closed",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Irene Walsh <irene.walsh@example.net>", "Moss", "apple",
         "After a euthanasia: 'I'll let you know early next week' (by Tuesday) is kept on "
         "Thursday, after the customer asks again. Thanks-only at the end.")
cust(c, "c1", at(4, "18:30"), """Dear Fernbrook team,

Thank you all for how gently you looked after Moss on Monday. Could you let me
know when his ashes will be ready to collect from Wells?

Irene Walsh""", asks=1)
agent(c, "a1", "hannah", at(5, "09:30"), """Dear Mrs Walsh,

I'm so sorry for your loss; Moss was a gentle soul and the whole Wells team will
miss him. The crematorium returns ashes within ten days, and I'll let you know
early next week when his are here ready to collect.

With kind thoughts,""", promises=[(eod(10), "a2")])
cust(c, "c2", at(11, "10:15"), """Dear Hannah,

I'm still waiting to hear about Moss's ashes - is there any news? I'd like to bring
him home before the weekend.

Irene""", asks=1, chase=True)
agent(c, "a2", "hannah", at(12, "09:00"), """Dear Mrs Walsh,

I'm sorry you had to ask. Moss's ashes arrived this morning and are ready to
collect from Wells any day between 9am and 6pm, together with his paw print.

With kind thoughts,""")
cust(c, "c3", at(12, "10:00"), """Thank you, Hannah.

Irene""", thanks=True)

c = case("f33-toffee-cardisure-stock", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "Philip Moreau <philip.moreau@example.com>", "Cardisure 5mg stock", "outlook",
         "'I'll check with them tomorrow and let you know' is never kept; the request for the "
         "smaller tablets in the meantime is not answered.",
         ("If not, can Dr Patel prescribe the 2.5mg tablets in the meantime so Toffee doesn't run out?",))
cust(c, "c1", at(2, "11:00"), """Hi,

Is the Cardisure 5mg back in stock yet? The website still says 'out of stock'. If not, can Dr Patel prescribe the 2.5mg tablets in the meantime so Toffee doesn't run out?

Philip Moreau""", asks=2)
agent(c, "a1", "owen", at(3, "08:50"), """Hi Philip,

Not yet, I'm afraid - our wholesaler has a delay at the manufacturer. I'll check
with them tomorrow and let you know when it's expected.

Kind regards,""", promises=[(eod(4), None)])

# --------------------------------------------------------------------------------------
# Cases - German, French, Spanish
# --------------------------------------------------------------------------------------

c = case("f34-bello-tollwut-reise", "de", "closed", {}, "Jürgen Becker <j.becker@example.net>",
         "Impfung Bello", "gmail_de",
         "Next vaccination date and rabies validity for a trip, both answered in one reply.")
cust(c, "c1", at(4, "19:30", 1), """Guten Abend,

könnten Sie mir bitte bestätigen, wann Bello seine nächste Impfung bekommen soll?
Und ist seine Tollwutimpfung für unsere Reise nach Frankreich im Dezember noch
gültig?

Viele Grüße
Jürgen Becker""", asks=2)
agent(c, "a1", "katrin", at(5, "09:15"), """Guten Tag Herr Becker,

Bellos nächste Impfung (Staupe, Parvovirose, Leptospirose) ist am 18. Januar 2027
fällig. Die Tollwutimpfung vom 2. Juni 2026 gilt drei Jahre - für Frankreich im
Dezember also kein Problem, denken Sie nur an den Heimtierausweis.

Freundliche Grüße""")

c = case("f35-arko-cimalgex-rechnung", "de", "closed", {"unanswered-question": 1},
         "Sabine Krüger <sabine.krueger@example.com>", "Rezept Cimalgex", "outlook_de",
         "The repeat prescription is released and shipped; the request to send future invoices "
         "to a new e-mail address is passed over. Thanks-only reply from Outlook (AW:).",
         ("Außerdem bitte ich Sie, die Rechnungen künftig an meine neue E-Mail-Adresse s.krueger@example.org zu schicken.",))
cust(c, "c1", at(5, "08:00", 1), """Sehr geehrte Damen und Herren,

ich brauche ein neues Rezept für Cimalgex 80 mg für unseren Schäferhund Arko (wie
bisher zweimal täglich eine halbe Tablette). Außerdem bitte ich Sie, die Rechnungen künftig an meine neue E-Mail-Adresse s.krueger@example.org zu schicken.

Mit freundlichen Grüßen
Sabine Krüger""", asks=2)
agent(c, "a1", "katrin", at(5, "11:30"), """Sehr geehrte Frau Krüger,

das Rezept für Cimalgex 80 mg ist freigegeben; die Tabletten gehen heute mit Royal
Mail an Sie raus (Sendungsnummer JD0004417902GB).

Freundliche Grüße""")
cust(c, "c2", at(9, "18:20", 1), """Vielen Dank, die Tabletten sind heute angekommen.

Sabine Krüger""", thanks=True)

c = case("f36-mimi-laborwerte", "de", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "Thomas Wagner <thomas.wagner@example.net>", "Laborwerte Mimi", "thunderbird_de",
         "'Ich melde mich morgen' is kept four days later after 'ich warte immer noch auf eine "
         "Antwort'; the request to send the results to the vet in Cologne is never answered.",
         ("Und können Sie die Werte bitte auch an unsere Tierärztin in Köln schicken?",))
cust(c, "c1", at(12, "08:00", 1), """Hallo,

wann bekomme ich die Laborwerte von Mimi? Die Blutabnahme war am Montag bei
Dr. Marsh. Und können Sie die Werte bitte auch an unsere Tierärztin in Köln schicken? Ihre Adresse: praxis@tierarzt-koeln.example

Gruß
Thomas Wagner""", asks=2)
agent(c, "a1", "katrin", at(12, "10:00"), """Hallo Herr Wagner,

die Werte sind leider noch nicht da. Ich melde mich morgen bei Ihnen, sobald das
Labor sie geschickt hat.

Viele Grüße""", promises=[(eod(13), "a2")])
cust(c, "c2", at(16, "08:30", 1), """Hallo Frau Vogel,

ich warte immer noch auf eine Antwort zu Mimis Laborwerten. Gibt es schon etwas
Neues?

Thomas Wagner""", asks=1, chase=True)
agent(c, "a2", "katrin", at(16, "11:00"), """Hallo Herr Wagner,

entschuldigen Sie bitte die Verzögerung. Mimis Werte sind alle im Normbereich,
auch die Nierenwerte; Dr. Marsh sieht keinen Handlungsbedarf.

Viele Grüße""")

c = case("f37-kasimir-wurmkur-mixed", "de", "closed", {}, "Lena Hoffmann <lena.hoffmann@example.org>",
         "Wurmkur für Kasimir", "thunderbird_de",
         "A German/English mixed mail (base64) with two questions, answered inline in German.")
cust(c, "c1", at(6, "17:45", 1), """Hallo liebes Fernbrook-Team,

sorry, my English is better for the medical words, so I mix a bit. Wie oft soll
Kasimir entwurmt werden, now that he goes hunting outside? Und kann ich die Wurmkur
im Online-Shop ohne Rezept bestellen?

Danke und viele Grüße
Lena""", asks=2, cte="base64")
agent(c, "a1", "katrin", at(7, "10:00"), """Hallo Frau Hoffmann,

kein Problem, I answer below:

> Wie oft soll Kasimir entwurmt werden, now that he goes hunting outside?

Bei Freigängern, die jagen, empfehlen wir alle drei Monate, also viermal im Jahr.

> Und kann ich die Wurmkur im Online-Shop ohne Rezept bestellen?

Ja, Milbemax für Katzen ist rezeptfrei und im Shop erhältlich.

Viele Grüße""", quote=False)

c = case("f38-frieda-hausbesuch", "de", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "Monika Schulz <monika.schulz@example.com>", "Hausbesuch für Frieda", "gmail_de",
         "Saturday visits: no; 'ich melde mich bis Mittwoch' is kept on Thursday (late); the "
         "price of a home visit is never given.",
         ("Was kostet ein Hausbesuch in Frome?",))
cust(c, "c1", at(2, "10:00", 1), """Guten Tag,

unsere Hündin Frieda ist 15 Jahre alt und verträgt das Autofahren kaum noch. Ist ein
Hausbesuch am Samstag möglich? Was kostet ein Hausbesuch in Frome?

Mit freundlichen Grüßen
Monika Schulz""", asks=2)
agent(c, "a1", "katrin", at(2, "14:00"), """Guten Tag Frau Schulz,

samstags machen wir leider keine Hausbesuche. Ich kläre mit Dr. Marsh einen Termin
unter der Woche und melde mich bis Mittwoch bei Ihnen.

Freundliche Grüße""", promises=[(eod(4), "a2")])
agent(c, "a2", "katrin", at(5, "09:00"), """Guten Tag Frau Schulz,

Dr. Marsh kann am Dienstag, 10. November, um 15:00 Uhr zu Frieda kommen. Passt
Ihnen das?

Freundliche Grüße""")
cust(c, "c2", at(5, "12:00", 1), """Ja, Dienstag um 15 Uhr passt gut. Vielen Dank!

Monika Schulz""")
agent(c, "a3", "katrin", at(5, "13:00"), """Guten Tag Frau Schulz,

wunderbar, der Termin ist eingetragen.

Freundliche Grüße""")

c = case("f39-noisette-leishmaniose-devis", "fr", "closed", {"unanswered-question": 1},
         "Claire Dubois <claire.dubois@example.net>", "Vaccin leishmaniose", "apple_fr",
         "The leishmaniasis vaccine question is answered; the request for a neutering quote is "
         "skipped.",
         ("Pourriez-vous aussi m'envoyer un devis pour la stérilisation de Noisette ?",))
cust(c, "c1", at(3, "09:30", 1), """Bonjour,

Nous venons de nous installer près de Bath avec notre chienne Noisette. Je voudrais
savoir si vous proposez le vaccin contre la leishmaniose, car nous retournons dans
le sud de la France l'été prochain. Pourriez-vous aussi m'envoyer un devis pour la stérilisation de Noisette ?

Bien cordialement,
Claire Dubois""", asks=2)
agent(c, "a1", "camille", at(3, "14:00"), """Bonjour Madame Dubois,

Bienvenue ! Oui, nous pouvons commander le vaccin contre la leishmaniose
(LetiFend) : une seule injection, idéalement un mois avant le départ, à partir de
six mois. Comptez 95 GBP.

Bien cordialement,""")

c = case("f40-caramel-facture-relance", "fr", "closed",
         {"customer-chased": 1, "slow-first-response": 1},
         "Julien Lefèvre <julien.lefevre@example.com>", "Facture détaillée", "gmail",
         "No answer for three days, then 'je me permets de vous relancer'; the itemised invoice "
         "follows the chase.")
cust(c, "c1", at(9, "10:00", 1), """Bonjour,

Pourriez-vous m'envoyer une facture détaillée pour la consultation de Caramel du
6 novembre ? Mon assurance la demande.

Merci,
Julien Lefèvre""", asks=1)
cust(c, "c2", at(12, "09:00", 1), """Bonjour,

Je me permets de vous relancer concernant ma demande ci-dessous : j'ai toujours
besoin de la facture détaillée pour mon assurance.

Julien""", asks=1, parent="c1", chase=True)
agent(c, "a1", "camille", at(12, "11:00"), """Bonjour Monsieur Lefèvre,

Toutes mes excuses pour ce délai. Voici la facture détaillée de la consultation du
6 novembre (FAC-55318), avec le détail des actes et des médicaments.

Bien cordialement,""", attach=[pdf("FAC-55318.pdf", "Fernbrook Veterinary Group", "Facture FAC-55318 - Caramel (Lefevre)",
                                   "Consultation 48.00", "Otoscopie 12.00", "Total 60.00")])

c = case("f41-filou-cendres", "fr", "closed", {}, "Martine Girard <martine.girard@example.org>",
         "Filou", "apple_fr",
         "After a cat died at the clinic: three questions about the ashes answered in one "
         "paragraph; the family's choice of urn is confirmed.")
cust(c, "c1", at(6, "16:00", 1), """Bonjour,

Notre vieux chat Filou nous a quittés hier à la clinique de Wells. Est-ce que nous
pouvons récupérer ses cendres ? Combien de temps faut-il, et peut-on choisir l'urne ?

Merci pour votre gentillesse,
Martine Girard""", asks=3)
agent(c, "a1", "camille", at(6, "17:30"), """Chère Madame Girard,

Toute l'équipe de Wells partage votre peine. Vous pouvez choisir entre trois urnes (chêne, céramique ou tube à disperser), il faut compter environ deux semaines, et oui, avec une crémation individuelle, les cendres de Filou vous sont rendues à la clinique de Wells.

Avec toute notre sympathie,""", kind="alt")
cust(c, "c2", at(6, "18:10", 1), """Merci beaucoup, nous prendrons l'urne en chêne.

Martine""", asks=1)
agent(c, "a2", "camille", at(9, "09:00"), """Chère Madame Girard,

C'est noté : l'urne en chêne est commandée pour Filou.

Avec toute notre sympathie,""")

c = case("f42-pompon-devis-jeudi", "fr", "pending", {}, "Nicolas Petit <nicolas.petit@example.net>",
         "Dents de Pompon", "outlook",
         "'Je reviens vers vous d'ici jeudi avec le devis' - kept on Wednesday; the fasting "
         "question is answered with 'Non'.")
cust(c, "c1", at(16, "08:30", 1), """Bonjour,

Notre lapin Pompon a les dents trop longues. Pouvez-vous me dire combien coûte un
limage des dents sous sédation ? Faut-il le laisser à jeun avant ?

Cordialement,
Nicolas Petit""", asks=2)
agent(c, "a1", "camille", at(16, "10:00"), """Bonjour Monsieur Petit,

Non, surtout pas de jeûne pour un lapin : laissez-lui son foin jusqu'au
rendez-vous. Pour le prix, je dois voir avec le Dr Marsh s'il faut une radio ; je
reviens vers vous d'ici jeudi avec le devis.

Bien cordialement,""", promises=[(eod(19), "a2")])
agent(c, "a2", "camille", at(18, "15:00"), """Bonjour Monsieur Petit,

Voici le devis : limage sous sédation 140 GBP, et radio du crâne 95 GBP si le
Dr Marsh la juge nécessaire.

Bien cordialement,""")

c = case("f43-mina-plan-prelevement", "fr", "pending",
         {"unanswered-question": 2, "missed-follow-up": 1},
         "Sophie Bernard <sophie.bernard@example.com>", "Plan santé mensuel", "gmail",
         "Asked whether the debit date can move and what cancelling costs, the agent gives the "
         "next debit date; the neutering question is deferred 'd'ici mardi' and never answered.",
         ("Est-il possible de changer la date du prélèvement au 15 du mois ?",
          "Et que se passe-t-il si je résilie avant la fin de l'année ?"))
cust(c, "c1", at(13, "20:00", 1), """Bonjour,

J'ai souscrit au plan santé mensuel pour mes deux chats en septembre. Est-il possible de changer la date du prélèvement au 15 du mois ? Et que se passe-t-il si je résilie avant la fin de l'année ? Je voudrais aussi savoir si la stérilisation de Mina est couverte.

Merci d'avance,
Sophie Bernard""", asks=3)
agent(c, "a1", "camille", at(14, "10:00"), """Bonjour Madame Bernard,

Votre prochain prélèvement aura lieu le 1er décembre, comme d'habitude. Pour la
stérilisation de Mina, je vérifie avec notre service comptable et je reviens vers
vous d'ici mardi.

Bien cordialement,""", promises=[(eod(17), None)])

c = case("f44-canela-visita-domicilio", "es", "closed", {}, "Carmen López <carmen.lopez@example.com>",
         "Visita a domicilio", "gmail_es",
         "An indirect question ('Quisiera saber si...') and the price, both answered.")
cust(c, "c1", at(4, "11:00", 1), """Hola:

Quisiera saber si hacen visitas a domicilio en Frome. ¿Cuánto cuesta? Mi gata
Canela se estresa muchísimo en el coche.

Un saludo,
Carmen López""", asks=2)
agent(c, "a1", "lucia", at(4, "15:00"), """Hola, Carmen:

Sí, la Dra. Marsh va a Frome los martes y los jueves. La visita a domicilio cuesta
65 GBP más la consulta (42 GBP).

Un saludo,""")

c = case("f45-rocky-apoquel-novedad", "es", "open",
         {"customer-chased": 1, "awaiting-reply": 1},
         "Javier Martín <javier.martin@example.net>", "Pedido FB-21702", "outlook",
         "Only the acknowledgement answers; four days later '¿Hay alguna novedad? Sigo "
         "esperando', still unanswered.")
cust(c, "c1", at(13, "10:00", 1), """Buenos días:

¿Me pueden confirmar si el pedido de Apoquel de Rocky (FB-21702) ya ha salido? Lo
pagué el martes.

Gracias,
Javier Martín""", asks=1)
ack(c, "k1", at(13, "09:01"), "FVG-40377", "es")
cust(c, "c2", at(17, "18:00", 1), """Hola:

¿Hay alguna novedad sobre mi pedido? Sigo esperando y a Rocky ya no le quedan
pastillas.

Javier""", asks=1, parent="c1", chase=True)

c = case("f46-lola-factura-empresa", "es", "closed", {"unanswered-question": 1},
         "Elena Ruiz <elena.ruiz@example.org>", "Vacunas de Lola", "gmail_es",
         "The vaccine question is answered and an appointment offered; the bundled request for an "
         "invoice in the company's name is not.",
         ("Por favor, envíenme también la factura de la primera consulta a nombre de mi empresa, Ruiz Diseño Ltd, con el número de IVA GB 123 4567 89.",))
cust(c, "c1", at(2, "09:00", 1), """Hola:

¿Qué vacunas necesita Lola, nuestra cachorra de 12 semanas, y cuándo le toca la siguiente? Por favor, envíenme también la factura de la primera consulta a nombre de mi empresa, Ruiz Diseño Ltd, con el número de IVA GB 123 4567 89.

Gracias,
Elena""", asks=2)
agent(c, "a1", "lucia", at(2, "12:00"), """Hola, Elena:

Lola necesita ahora la segunda dosis de la vacuna polivalente (moquillo,
parvovirus, hepatitis y leptospirosis) y otra de leptospirosis a las 16 semanas. Le
he reservado el jueves 5 a las 17:30 en Bath; si no le va bien, dígamelo.

Un saludo,""")

c = case("f47-tobi-receta-lunes", "es", "pending", {}, "Pablo Sánchez <pablo.sanchez@example.com>",
         "Receta de Tobi", "gmail_es",
         "Two questions answered inline: 'Sí, sin problema' and a deferral 'le escribo el lunes', "
         "kept on Monday.")
cust(c, "c1", at(12, "19:00", 1), """Hola:

Tengo dos preguntas sobre la receta de Tobi:
¿Puedo recogerla en la clínica de Bristol en vez de Bath?
¿Necesita un análisis de sangre antes de renovarla?

Saludos,
Pablo""", asks=2)
agent(c, "a1", "lucia", at(13, "09:00"), """Hola, Pablo:

> ¿Puedo recogerla en la clínica de Bristol en vez de Bath?

Sí, sin problema.

> ¿Necesita un análisis de sangre antes de renovarla?

Lo estoy consultando con el Dr. Patel; le escribo el lunes con la respuesta.

Un saludo,""", quote=False, promises=[(eod(16), "a2")])
agent(c, "a2", "lucia", at(16, "12:00"), """Hola, Pablo:

El Dr. Patel confirma que Tobi necesita un análisis antes de la renovación: puede
venir cualquier mañana a Bristol, sin cita y en ayunas.

Un saludo,""")

c = case("f48-toby-vetoryl-certificado", "es", "pending",
         {"unanswered-question": 2, "missed-follow-up": 1},
         "Marta Gómez <marta.gomez@example.net>", "Receta Vetoryl", "iphone",
         "The prescription is deferred to Monday and never confirmed; home delivery and the "
         "vaccination certificate are not answered.",
         ("¿Pueden enviarme las pastillas a casa en lugar de recogerlas en la clínica?",
          "¿Podrían enviarme también el certificado de vacunación actualizado?"))
cust(c, "c1", at(14, "10:00", 1), """Hola:

Necesito renovar la receta de Toby (Vetoryl 30 mg). ¿Pueden enviarme las pastillas a casa en lugar de recogerlas en la clínica? ¿Podrían enviarme también el certificado de vacunación actualizado? Lo pide la residencia canina.

Marta

Enviado desde mi iPhone""", asks=3)
agent(c, "a1", "lucia", at(14, "16:00"), """Hola, Marta:

He pasado la solicitud de Vetoryl al Dr. Patel para que la autorice; le escribo el
lunes en cuanto la firme.

Un saludo,""", promises=[(eod(16), None)])

# --------------------------------------------------------------------------------------
# Checking the labels against the facts, and writing
# --------------------------------------------------------------------------------------


def attach_unanswered(cases: list[Case]) -> list[str]:
    """Put each labelled unanswered question on the customer message that asked it (as the
    ``uq`` fact) and return the problems: a question that is in no customer message's own
    text, or only in one that support never replied to (``awaiting-reply`` territory)."""
    problems = []
    for c in cases:
        for m in c.msgs:
            m.uq = []
        for q in UNANSWERED.get(c.name, []):
            asking = [m for m in c.msgs if m.role == "customer" and q in m.own]
            if not asking:
                problems.append(f"{c.name}: question {q!r} in no customer message")
                continue
            m = asking[0]
            if not any(r.role == "agent" and r.date > m.date for r in c.msgs):
                problems.append(f"{c.name}: question {q!r} has no support reply after it")
            m.uq.append(q)
    return problems


def label_problems(cases: list[Case]) -> list[str]:
    """Every disagreement between a case's hand-written status and rules and what its
    messages' facts and dates imply."""
    problems = attach_unanswered(cases)
    for c in cases:
        status = mailcraft.contract_status(c.msgs, CONTRACT)
        if status != c.status:
            problems.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(c.msgs, CONTRACT)
        if rules != {r: n for r, n in c.rules.items() if n}:
            problems.append(f"{c.name}: rules {c.rules}, facts say {rules}")
        if c.rules.get("unanswered-question", 0) != len(c.uq):
            problems.append(f"{c.name}: {len(c.uq)} labelled questions for count "
                            f"{c.rules.get('unanswered-question', 0)}")
    return problems


def mailbox_problems(msgs: list[Msg], out: Path) -> list[str]:
    """Problems of the written mailbox read back: bad references, undecodable parts,
    parser defects, text that does not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    problems = mailcraft.parse_problems(inbox + sent)
    parsed = {p["Message-ID"]: p for p in inbox + sent}
    for m in msgs:
        if m.kind == "html":
            continue  # no plain part to compare; parse_problems has decoded its HTML
        problem = mailcraft.round_trip_problem(m, parsed[m.message_id], m.role in ("customer", "auto"))
        if problem:
            problems.append(problem)
    return problems


def write_files(msgs: list[Msg], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out``."""
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    (out / "mailbox").mkdir(parents=True)
    (out / "mailbox" / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    mailcraft.write_maildir(out / "mailbox" / "Sent", sent, "mail.fernbrookvets.example")
    labels = mailcraft.corpus_labels(CASES, mailcraft.RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    rows = [(c.name, c.lang, addr_of(c.customer)[0], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in mailcraft.RULES if c.rules.get(r)}, c.story) for c in CASES]
    (out / "CASES.md").write_text(mailcraft.cases_table(
        "Practice corpus 14: Fernbrook Veterinary Group - cases", "make_practice14_corpus.py", rows),
        encoding="utf-8")


def write(out: Path) -> list[Msg]:
    """Render, check and write the corpus to ``out``; refuse (SystemExit) on any problem,
    leaving ``out`` untouched."""
    msgs = mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)
    problems = label_problems(CASES)
    if problems:
        raise SystemExit("refusing to write:\n" + "\n".join(problems))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(msgs, staged)
        problems = mailbox_problems(msgs, staged)
        if problems:
            raise SystemExit("refusing to write:\n" + "\n".join(problems))
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            shutil.move(str(staged / name), str(out / name))
    return msgs


def summary(msgs: list[Msg]) -> str:
    """Counts for the README: cases, messages, languages, statuses, findings, questions."""
    roles = Counter(m.role for m in msgs)
    langs = Counter(c.lang for c in CASES)
    statuses = Counter(c.status for c in CASES)
    findings = Counter()
    for c in CASES:
        findings.update(c.rules)
    asked = sum(m.asks for m in msgs if m.role == "customer")
    awaiting = sum(m.asks for c in CASES for m in c.msgs if m.role == "customer"
                   and not any(r.role == "agent" and r.date > m.date for r in c.msgs))
    unanswered = sum(len(c.uq) for c in CASES)
    clean = sum(1 for c in CASES if not c.rules)
    return (f"{len(CASES)} cases, {len(msgs)} messages ({roles['customer'] + roles['auto']} inbox: "
            f"{roles['customer']} customer, {roles['auto']} auto; {roles['agent']} support replies, "
            f"{roles['ack']} acknowledgements); {clean} clean\n"
            f"languages {dict(langs)}; statuses {dict(statuses)}\n"
            f"findings {dict(findings)}\n"
            f"questions/requests asked {asked}: answered {asked - awaiting - unanswered}, "
            f"unanswered {unanswered} in {sum(1 for c in CASES if c.uq)} cases, "
            f"awaiting a first reply {awaiting}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice14",
                    help="folder to write the corpus into (default tests/practice14)")
    args = ap.parse_args(argv)
    msgs = write(args.out)
    print(summary(msgs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
