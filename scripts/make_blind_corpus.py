#!/usr/bin/env python3
"""Regenerate ``tests/blind/``: the held-out labelled corpus of Terrasol Garden & Grill.

A support mailbox of a fictional garden-furniture and outdoor-kitchen retailer, written
without looking at the detection heuristics or at the other two corpora, so its accuracy
figure is an unseen one. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``terrasol.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase,
promises with their deadline and the message that kept them, unanswered questions). The
script recomputes status and every rule count from those facts and from the dates and
refuses to write when they disagree with the hand-written case labels, or when a labelled
question is not verbatim in the customer's own text.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_blind_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
RESPONSE_TARGET = timedelta(hours=24)
FOLLOW_UP_WINDOW = timedelta(days=2)
CLOSE_AFTER = timedelta(days=7)
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "terrasol.example"
SUPPORT = "care@terrasol.example"
HELPDESK = "Terrasol Garden & Grill <care@terrasol.example>"
RULES = mailcraft.RULES

AGENTS = {
    "priya": ("Priya Nair <priya@terrasol.example>", "thunderbird", """-- 
Priya Nair
Customer Care | Terrasol Garden & Grill
Unit 4, Riverside Trade Park, Bristol | 0117 555 0172
Track your delivery: https://terrasol.example/track?src=mail"""),
    "lukas": ("Lukas Berger <lukas@terrasol.example>", "thunderbird_de", """-- 
Lukas Berger
Kundenservice DACH | Terrasol Garden & Grill
https://terrasol.example/de/hilfe?ref=signatur"""),
    "sophie": ("Sophie Laurent <sophie@terrasol.example>", "apple_fr", """-- 
Sophie Laurent
Service client France | Terrasol Garden & Grill
https://terrasol.example/fr/aide?utm_source=email"""),
    "diego": ("Diego Morales <diego@terrasol.example>", "outlook", """-- 
Diego Morales
Installation & Atención al cliente | Terrasol Garden & Grill
diego@terrasol.example | +34 91 555 0134"""),
    "hannah": ("Hannah Okafor <hannah@terrasol.example>", "outlook", """-- 
Hannah Okafor
Outdoor Kitchen Design & Quotes | Terrasol Garden & Grill
Book a design call: https://terrasol.example/design?step=1&lang=en"""),
    "felix": ("Felix Brandt <felix@terrasol.example>", "thunderbird", """-- 
Felix Brandt
Warranty & Billing | Terrasol Garden & Grill
This e-mail and any attachment are confidential and intended
only for the addressee."""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Terrasol Garden & Grill. This is an automatic
receipt: your message is in our queue as ticket {ref}. Our care team is
available Monday to Saturday, 8am-6pm, and we will reply within 24 hours.

Please don't reply to this e-mail - simply keep the ticket number handy.

Terrasol Garden & Grill - Customer Care
https://terrasol.example/help?ticket={ref}""",
    "fr": """Bonjour,

Merci d'avoir contacté Terrasol Garden & Grill. Ceci est un accusé de
réception automatique : votre demande porte le numéro {ref}. Nous
répondons sous 24 heures, du lundi au samedi.

Merci de ne pas répondre à ce message.

Terrasol Garden & Grill - Service client""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Terrasol Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ts.", outlook_server="AM6PR1")

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
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)


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


CASES: list[Case] = []


def at(day: int, hm: str, tz: int = 0) -> datetime:
    """``day`` November 2026 at ``hm`` in UTC+``tz`` hours."""
    hh, mm = map(int, hm.split(":"))
    return datetime(2026, 11, day, hh, mm, tzinfo=timezone(timedelta(hours=tz)))


def eod(day: int) -> datetime:
    """The end of ``day`` November 2026 (UK/European working day, taken in UTC)."""
    return datetime(2026, 11, day, 23, 59, tzinfo=UTC)


def case(name, lang, status, rules, customer, subject, client, story) -> Case:
    """Open a new case; the following ``say`` calls add its messages."""
    c = Case(name, lang, status, rules, customer, subject, client, story)
    CASES.append(c)
    return c


def say(c: Case, key: str, role: str, when: datetime, body: str, *, who: str | None = None,
        parent: str | None = None, subject: str | None = None, client: str | None = None,
        kind: str = "plain", thread: bool = True, thanks: bool = False, closes: bool = False,
        chase: bool = False, promises=(), uq=(), extra=(), attach=()) -> None:
    """Add a message to case ``c``: ``role`` decides sender, recipient and signature."""
    full = f"{c.name}/{key}"
    if role == "agent":
        frm, agent_client, sig = AGENTS[who]
        client = client or agent_client
        body = body.rstrip("\n") + "\n\n" + sig + ("\n\n{quote}" if parent and "{quote}" not in body
                                                 and "> " not in body else "")
        to = c.customer
    elif role == "ack":
        frm, client, to = HELPDESK, "helpdesk", c.customer
    else:
        frm, client, to = c.customer, client or c.client, SUPPORT
    if subject is None:
        prefix = {"outlook": "RE: ", "outlook_de": "AW: "}.get(client, "Re: ")
        subject = c.subject if parent is None and role != "ack" else (
            f"[Ticket {ack_ref(c)}] {c.subject}" if role == "ack" else prefix + c.subject)
    m = Msg(key=full, case=c.name, role=role, agent=who if role == "agent" else None,
            client=client, kind=kind, frm=frm, to=to, subject=subject, date=when, body=body,
            parent=f"{c.name}/{parent}" if parent else None, thread=thread,
            thanks_only=thanks, closes=closes, chase=chase,
            promises=[(d, f"{c.name}/{k}" if k else None) for d, k in promises],
            uq=list(uq), extra=list(extra), attach=list(attach))
    c.msgs.append(m)


def ack_ref(c: Case) -> str:
    """The helpdesk ticket number of a case."""
    return f"TS-{40000 + 37 * (CASES.index(c) + 1)}"


def ack(c: Case, key: str, when: datetime, parent: str, lang: str = "en") -> None:
    """The helpdesk's automatic acknowledgement of message ``parent``."""
    say(c, key, "ack", when, ACK[lang].format(ref=ack_ref(c)), parent=parent, kind="alt",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# --------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------

c = case("b01-teak-bench-delivery", "en", "closed", {}, "Rosalind Hart <ros.hart@example.com>",
         "Delivery of the Hampton teak bench", "gmail",
         "Two questions answered in one reply; the customer's thank-you opens nothing.")
say(c, "c1", "customer", at(2, "08:41"), """Hello,

I ordered the Hampton 150 cm teak bench last week (order TS-218830). Which day
will it be delivered, and will the driver carry it round to the back garden? The
side gate is 80 cm wide, if that helps.

Kind regards,
Rosalind Hart
""")
say(c, "a1", "agent", at(2, "11:05"), """Dear Rosalind,

Thank you for your order. The bench is booked on our Bristol route for Thursday
5 November; you will get a text with a two-hour window the evening before.

Our two-person crew will carry it to the back garden - 80 cm is plenty, the
bench travels flat-packed at 62 cm.

Best wishes,
Priya""", who="priya", parent="c1")
say(c, "c2", "customer", at(2, "12:30"), """Lovely, thank you Priya!

Rosalind

{quote}""", parent="a1", thanks=True)

c = case("b02-dining-set-questions", "en", "closed", {"unanswered-question": 1},
         "Marcus Webb <m.webb@webbfamily.example>", "Aalborg dining set - a few questions", "outlook",
         "Three questions; FSC and stacking answered in other words, the care instructions never sent.")
say(c, "c1", "customer", at(3, "19:12"), """Hi there,

We're about to order the Aalborg eight-seater and have a few questions first.

Is the tabletop FSC-certified? We try to avoid anything from unmanaged forests.
Could you tell me whether the chairs stack, as we'd like to keep them in the
shed over winter.
Please send me the care instructions for the oiled finish.

Thanks,
Marcus Webb
""")
say(c, "a1", "agent", at(4, "09:20"), """Hi Marcus,

Thanks for getting in touch. The Aalborg range is made from plantation acacia
that carries the FSC 100% label - the certificate number is printed on the
underside of the table.

The chairs are designed to nest: you can stack up to six of them, so eight
will fit in two piles.

Kind regards,
Priya""", who="priya", parent="c1")

c = case("b03-burner-part", "en", "closed", {}, "Owen Pritchard <owen.pritchard@example.net>",
         "Replacement burner for Ember 4 gas grill", "thunderbird",
         "Promise with a deadline (Wednesday) kept on Wednesday; customer thanks.")
say(c, "c1", "customer", at(9, "07:55"), """Good morning,

The left-hand burner of my Ember 4 has rusted through after three summers.
Can I buy just the burner tube, or does the whole burner set need replacing?

Owen Pritchard
""")
say(c, "a1", "agent", at(9, "10:14"), """Hello Owen,

Sorry to hear that. A single tube is possible in principle, but I need to check
whether our warehouse holds the 2023 version. I'll get back to you by Wednesday
with the answer and a price.

Regards,
Felix""", who="felix", parent="c1", promises=[(eod(11), "a2")])
say(c, "a2", "agent", at(11, "14:40"), """Hello Owen,

Good news: the warehouse has the single burner tube for the 2023 Ember 4
(part EB4-BT-23) at £24.90 including delivery. I've put it aside for you -
reply with "yes" and I'll send the payment link.

Regards,
Felix""", who="felix", parent="a1")
say(c, "c2", "customer", at(11, "18:02"), """Brilliant, thanks Felix - much appreciated.

Owen

{quote}""", parent="a2", thanks=True)

c = case("b04-kitchen-quote-late", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Gemma Lloyd <gemma@lloydandco.example>", "Quote for outdoor kitchen modules", "gmail",
         "Quote promised by Friday, sent on Monday only after the customer chased.")
say(c, "c1", "customer", at(4, "10:02"), """Hi Hannah,

Following our call, could you put together a quote for the Kettle line: grill
module, sink module with tap, two corner units and the granite worktop, all in
anthracite? We'd need delivery to Cardiff.

Thanks,
Gemma Lloyd
Lloyd & Co Landscapes
""")
say(c, "a1", "agent", at(4, "15:30"), """Hi Gemma,

Thanks - all noted. I'll send you the full quote, delivery to Cardiff
included, by Friday.

Best,
Hannah""", who="hannah", parent="c1", promises=[(eod(6), "a2")])
say(c, "c2", "customer", at(9, "08:47"), """Morning Hannah,

Just checking in on the quote - our client wants to sign off this week before
the prices change in December.

Gemma

{quote}""", parent="a1", chase=True)
say(c, "a2", "agent", at(9, "13:15"), """Hi Gemma,

Apologies for the delay - the quote is attached: £7,480 for the five modules
and worktop, delivery to Cardiff £120. It is valid until 15 December.

Best,
Hannah""", who="hannah", parent="c2",
    attach=[("application/pdf", "Terrasol-quote-Q-5521.pdf",
             mailcraft.pdf(["Terrasol Garden & Grill", "Quote Q-5521", "Kettle line, anthracite",
                            "Total GBP 7,600.00"]))])

c = case("b05-cushion-fading", "en", "pending", {"missed-follow-up": 1},
         "Aisha Rahman <aisha.rahman@example.org>", "Faded cushion covers", "iphone",
         "Warranty question deferred with an open-ended promise (2-day window) that is never kept.")
say(c, "c1", "customer", at(15, "20:10"), """Hi,

The covers on our Sorrento lounge cushions have gone pale and blotchy after one
season, although we kept them under the cover you sell. Is this something the
warranty covers? Photos attached.

Aisha

Sent from my iPhone""", attach=[("image/png", "cushion.png",
                                mailcraft.png(6, 4, lambda x, y: (200 - 10 * x, 180, 150 + 5 * y)))])
say(c, "a1", "agent", at(16, "09:35"), """Hi Aisha,

Thank you for the photos - that does not look like normal wear. Let me check
with our textile supplier whether this batch is affected and I'll get back to
you.

Kind regards,
Felix""", who="felix", parent="c1", promises=[(at(16, "09:35") + FOLLOW_UP_WINDOW, None)])

c = case("b06-parasol-date-ahead", "en", "pending", {}, "Tom Callaghan <tom.callaghan@example.com>",
         "Cantilever parasol - delivery date?", "gmail",
         "Promise whose deadline (Monday 23 Nov) is still ahead at audit time.")
say(c, "c1", "customer", at(18, "16:20"), """Hello,

When can I expect the 3.5 m cantilever parasol (order TS-220417)? The website
said 5-7 working days but I've had no dispatch e-mail yet.

Tom
""")
say(c, "a1", "agent", at(19, "10:05"), """Hello Tom,

The parasols came in from our supplier yesterday and are being checked now. I'll
confirm the exact delivery day by Monday.

Best wishes,
Priya""", who="priya", parent="c1", promises=[(eod(23), None)])

c = case("b07-sofa-freight-logistics", "en", "closed", {}, "Nadia Kowalski <nadia.k@example.net>",
         "Modular rattan sofa - delivery", "outlook",
         "Logistics statements about the freight company, not promises; thanks-only reply.")
say(c, "c1", "customer", at(10, "12:18"), """Hello,

What's the delivery plan for the Capri modular sofa? It is quite big and I
work from home only on some days.

Nadia Kowalski
""")
say(c, "a1", "agent", at(10, "15:02"), """Hello Nadia,

The sofa goes with our freight partner, who will phone you the day before to
agree a two-hour slot that suits you. The lorry leaves our warehouse on Monday
and deliveries on that route run Tuesday to Thursday.

Kind regards,
Diego""", who="diego", parent="c1")
say(c, "c2", "customer", at(10, "16:40"), """Perfect, thank you!

Nadia

{quote}""", parent="a1", thanks=True)

c = case("b08-slow-assembly", "en", "closed", {"slow-first-response": 1},
         "Ben Ashworth <ben.ashworth@example.org>", "Missing assembly instructions", "gmail",
         "Helpdesk acknowledgement within a minute, first human reply two days later.")
say(c, "c1", "customer", at(2, "09:03"), """Hi,

The pergola kit (Verona 3x4) arrived without the assembly booklet. Is there a
PDF I can download? I've got a free weekend coming and want to get it up.

Ben
""")
ack(c, "k1", at(2, "09:04"), "c1")
say(c, "a1", "agent", at(4, "10:26"), """Hi Ben,

Sorry for the slow reply - we had a backlog after the half-term sale. The
instructions are attached, and you'll find them under "Downloads" on the
product page too.

Cheers,
Priya""", who="priya", parent="c1",
    attach=[("application/pdf", "Verona-3x4-assembly.pdf",
             mailcraft.pdf(["Verona pergola 3x4", "Assembly instructions", "Step 1: posts"]))])

c = case("b09-pizza-oven-crack", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
         "Liam O'Neill <liam.oneill@example.com>", "Crack in pizza oven floor", "gmail",
         "Photo follow-up adds information (not a chase); a later 'haven't heard anything' is a "
         "chase and is left without reply.")
say(c, "c1", "customer", at(12, "18:30"), """Hello,

Our Forno 60 pizza oven has a crack running right across the cooking floor after
the third firing. What should we do?

Liam O'Neill
""")
say(c, "a1", "agent", at(13, "09:12"), """Hello Liam,

I'm sorry to hear that. Could you send us a photo of the crack with a coin
next to it for scale? Please don't fire the oven in the meantime.

Best regards,
Felix""", who="felix", parent="c1")
say(c, "c2", "customer", at(13, "12:45"), """Hi Felix,

Photo attached, the coin is a 2p. Is this covered by the warranty?

Liam

{quote}""", parent="a1", attach=[("image/png", "crack.png",
                                 mailcraft.png(5, 5, lambda x, y: (90 + x * 20, 90, 80)))])
say(c, "c3", "customer", at(17, "08:20"), """Hello again,

I haven't heard anything since Friday - could somebody please look at the
photo I sent? We have people coming over at the weekend.

Liam

{quote}""", parent="c2", chase=True)

c = case("b10-vat-invoice-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "Priyanka Shah <accounts@shahdental.example>", "VAT invoice for order TS-219004", "outlook",
         "Request resent as a new mail with the same subject four days later; answered after that.")
say(c, "c1", "customer", at(5, "11:10"), """Hello,

For our accounts I need a VAT invoice for order TS-219004 (four Lisbon
loungers for the practice garden), made out to Shah Dental Ltd, VAT no.
GB 123 4567 89.

Many thanks,
Priyanka Shah
Practice Manager, Shah Dental
""")
say(c, "c2", "customer", at(9, "09:30"), """Hello,

Sending this again as I haven't had a reply: I need a VAT invoice for order
TS-219004, made out to Shah Dental Ltd, VAT no. GB 123 4567 89.

Many thanks,
Priyanka Shah
Practice Manager, Shah Dental
""", chase=True)
say(c, "a1", "agent", at(9, "14:50"), """Dear Priyanka,

Apologies - your first mail slipped through. The VAT invoice for TS-219004,
addressed to Shah Dental Ltd with your VAT number, is attached.

Kind regards,
Felix""", who="felix", parent="c2",
    attach=[("application/pdf", "Invoice-TS-219004.pdf",
             mailcraft.pdf(["Terrasol Garden & Grill", "VAT invoice TS-219004", "Shah Dental Ltd"]))])

c = case("b11-wobbly-table-reopened", "en", "pending", {"reopened": 1},
         "Claire Dunmore <claire.dunmore@example.net>", "Garden table wobbles", "apple",
         "Closed explicitly after sending leveller feet; the customer writes again 12 days later.")
say(c, "c1", "customer", at(3, "17:45"), """Hi,

Our new Porto table rocks on the patio no matter where we put it. Do you have
adjustable feet for it?

Claire""")
say(c, "a1", "agent", at(4, "09:30"), """Hi Claire,

Yes - a set of four screw-in leveller feet is on its way to you, free of
charge. I'll mark this ticket as resolved, but just reply if anything else
comes up.

Best,
Hannah""", who="hannah", parent="c1", closes=True)
say(c, "c2", "customer", at(16, "19:05"), """Hi Hannah,

The feet arrived, thanks, but they only go up 1 cm and the table still rocks.
Could you send the longer ones instead?

Claire

{quote}""", parent="a1")
say(c, "a2", "agent", at(17, "10:10"), """Hi Claire,

Of course - the 3 cm feet went out this morning with Royal Mail; no need to
return the short ones.

Best,
Hannah""", who="hannah", parent="c2")

c = case("b12-install-handoffs", "en", "closed", {"many-handoffs": 1},
         "Rob Fairweather <rob@fairweather-builds.example>", "Installation of outdoor kitchen", "outlook",
         "Passed from care to installation to billing: three agents answer.")
say(c, "c1", "customer", at(9, "08:05"), """Hello,

We've ordered a Kettle outdoor kitchen for a client in Bath. Do you install it
yourselves or do we need our own fitter? And how much deposit is due before
the install date?

Rob Fairweather
Fairweather Builds
""")
say(c, "a1", "agent", at(9, "11:40"), """Hello Rob,

We do install in the Bath area. I've passed your message to Diego, who plans
the installation crews - he'll be in touch today about dates.

Kind regards,
Priya""", who="priya", parent="c1", promises=[(eod(9), "a2")])
say(c, "a2", "agent", at(9, "15:20"), """Hello Rob,

Our crew can fit it on 24 or 25 November; the job takes one day and needs a
level, load-bearing base and a 16 A outdoor socket within two metres.

My colleague Felix will confirm the deposit.

Regards,
Diego""", who="diego", parent="a1", promises=[(at(9, "15:20") + FOLLOW_UP_WINDOW, "a3")])
say(c, "c2", "customer", at(10, "09:00"), """Thanks Diego, 24 November please.

Rob

{quote}""", parent="a2")
say(c, "a3", "agent", at(10, "14:00"), """Hello Rob,

The installation on 24 November is confirmed. The deposit is 30 % of the order
value, £2,244, due seven days before installation; the invoice is attached.

Regards,
Felix""", who="felix", parent="c2",
    attach=[("application/pdf", "Deposit-TS-219377.pdf",
             mailcraft.pdf(["Deposit invoice TS-219377", "GBP 2,244.00"]))])

c = case("b13-missing-bolts-outburst", "en", "closed", {}, "Steve Marsh <steve.marsh@example.com>",
         "Pergola bolts missing", "gmail",
         "Rhetorical outburst and a pleasantry; the one real request is answered.")
say(c, "c1", "customer", at(5, "17:20"), """Hi,

Honestly, how hard can it be to put the right bolts in the box?! Half a day
lost. Hope your week is going better than mine.

Anyway: the bag of M8 bolts for the Verona pergola is missing. Please send a
set as soon as you can.

Steve
""")
say(c, "a1", "agent", at(6, "08:55"), """Hi Steve,

That's really annoying, I'm sorry. A full bag of M8 bolts left with first-class
post this morning.

Cheers,
Priya""", who="priya", parent="c1")

c = case("b14-quoted-question-signature", "en", "closed", {}, "Harriet Cole <harriet@harbourview.example>",
         "Bistro set for the terrace", "outlook",
         "Support's question is quoted back and the customer's signature has a '?'; clean.")
say(c, "c1", "customer", at(6, "10:10"), """Hello,

Can you deliver twelve Nice bistro sets to our B&B next week?

Harriet Cole
Harbourview B&B
Questions about a stay? https://harbourview.example/contact?ref=mail
""")
say(c, "a1", "agent", at(6, "13:45"), """Hello Harriet,

Yes, we have all twelve in stock. Would you prefer delivery on Tuesday or on
Thursday?

Best,
Diego""", who="diego", parent="c1")
say(c, "c2", "customer", at(6, "15:20"), """Thursday please - anyone at reception can sign for them.

Harriet Cole
Harbourview B&B
Questions about a stay? https://harbourview.example/contact?ref=mail

{quote}""", parent="a1")
say(c, "a2", "agent", at(6, "16:05"), """Hello Harriet,

Thursday 12 November it is - the driver will call half an hour ahead.

Best,
Diego""", who="diego", parent="c2")

c = case("b15-heater-inline", "en", "closed", {}, "Daniel Osei <daniel.osei@example.org>",
         "Patio heater questions", "thunderbird",
         "Three questions answered inline under the quotes; one the customer answered himself.")
say(c, "c1", "customer", at(4, "20:15"), """Hi,

A few questions about the Halo patio heater we bought in spring:

Which gas regulator does it need for a 13 kg propane bottle?
Can it stay outside over winter under the cover?
Where is the serial number? Ah, never mind - found it on the base plate.
Is there a replacement glass tube available?

Thanks,
Daniel
""")
say(c, "a1", "agent", at(5, "09:40"), """Hi Daniel,

Answers below:

> Which gas regulator does it need for a 13 kg propane bottle?

The standard 37 mbar propane regulator with a 27 mm clip-on head.

> Can it stay outside over winter under the cover?

It can, as long as you disconnect the bottle and store that in a ventilated
shed.

> Is there a replacement glass tube available?

Yes, part HL-GT-01, £59 - just let me know and I'll add it to an order.

Best wishes,
Felix""", who="felix", parent="c1")

c = case("b16-trade-discount-partial", "en", "closed", {"unanswered-question": 1},
         "Joanna Pike <jo@pikegardens.example>", "Trade account?", "gmail",
         "Lead time answered, trade discount question sidestepped with a newsletter mention.")
say(c, "c1", "customer", at(5, "08:30"), """Hello,

I run a small garden design business and order for clients several times a
year. Do you offer a trade discount for landscape gardeners? Also, what's the
current lead time on the Kettle outdoor kitchen in anthracite?

Best,
Joanna Pike
Pike Gardens
""")
say(c, "a1", "agent", at(5, "12:10"), """Hi Joanna,

Thanks for your interest! The anthracite Kettle modules are in stock again,
so lead time is about ten working days. If you sign up to our newsletter
you'll hear about new ranges first.

Best,
Hannah""", who="hannah", parent="c1")

c = case("b17-collect-showroom", "en", "closed", {}, "Ellie Brooks <ellie.brooks@example.net>",
         "Collection instead of delivery", "iphone",
         "Two direct questions answered with a plain yes each.")
say(c, "c1", "customer", at(11, "13:05"), """Hi, can I collect my order from the Bristol showroom instead of having it delivered? And do you take card payment there for the balance?

Ellie

Sent from my iPhone""")
say(c, "a1", "agent", at(11, "14:20"), """Hi Ellie,

Yes and yes - bring your order confirmation and we'll take the balance by card
at the desk. Collection is from the side door of the showroom.

Best wishes,
Priya""", who="priya", parent="c1")

c = case("b18-fresh-today", "en", "open", {}, "Grace Whitfield <grace.whitfield@example.com>",
         "Firewood delivery with the fire pit?", "gmail",
         "Asked this morning, acknowledged automatically; within the response target at audit time.")
say(c, "c1", "customer", at(20, "09:15"), """Hello,

Could you add two crates of kiln-dried oak logs to my fire pit order
(TS-221102), or do they have to be ordered separately?

Thanks,
Grace
""")
ack(c, "k1", at(20, "09:16"), "c1")

c = case("b19-customer-out-of-office", "en", "pending", {}, "Mark Ellison <mark.ellison@ellisonlaw.example>",
         "Hammock stand - weight limit", "outlook",
         "Answered; the customer's own out-of-office reply follows and changes nothing.")
say(c, "c1", "customer", at(16, "10:00"), """Hello,

What is the weight limit of the Cocoon hammock stand? Two adults would like to
use it at the same time.

Mark Ellison
""")
say(c, "a1", "agent", at(16, "11:30"), """Hello Mark,

The Cocoon stand is rated for 200 kg, so two adults are fine.

Kind regards,
Diego""", who="diego", parent="c1")
say(c, "o1", "auto", at(16, "11:31"), """Thank you for your e-mail. I am out of the office until 23 November with
limited access to e-mail. For urgent matters please call the office on
0161 555 0190.

Mark Ellison
""", parent="a1", subject="Automatic reply: RE: Hammock stand - weight limit",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

c = case("b20-firepit-glass-late", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
         "Sam Turner <sam.turner@example.org>", "Fire pit glass and lid", "gmail",
         "'By end of day' kept the next morning (missed); the lid question never answered.")
say(c, "c1", "customer", at(10, "08:50"), """Hi,

One of the glass wind guards on my Aura fire table cracked in the frost. Please
send me a replacement panel.
Could you also tell me if the Aura lid fits the 80 cm round model?

Sam Turner
""")
say(c, "a1", "agent", at(10, "10:25"), """Hi Sam,

Sorry about the panel. I'll check stock of the wind guard glass and let you
know by end of day.

Best,
Priya""", who="priya", parent="c1", promises=[(eod(10), "a2")])
say(c, "a2", "agent", at(11, "09:05"), """Hi Sam,

The wind guard panel is in stock and went out this morning by courier; you
should have it tomorrow.

Best,
Priya""", who="priya", parent="a1")

c = case("b21-closed-then-thanks", "en", "closed", {}, "Lucy Marchetti <lucy.m@example.com>",
         "Wrong colour cushions", "apple",
         "Exchange arranged, ticket closed explicitly; the customer's thanks does not reopen it.")
say(c, "c1", "customer", at(16, "12:00"), """Hello,

We ordered sage cushions for the Capri sofa but received grey ones. Can you
swap them?

Lucy""")
say(c, "a1", "agent", at(16, "15:10"), """Hello Lucy,

Apologies for the mix-up. The sage set is on its way, and the courier will
collect the grey ones when delivering. I'm closing this ticket now - do reply
if anything is not right.

Kind regards,
Diego""", who="diego", parent="c1", closes=True)
say(c, "c2", "customer", at(18, "18:25"), """Sage ones arrived, all perfect. Thanks so much for the quick swap!

Lucy

{quote}""", parent="a1", thanks=True)

c = case("b22-lounge-dritter-stock", "de", "closed", {}, "Katrin Vogel <katrin.vogel@vogel-home.example>",
         "Lieferung Loungegruppe Lago", "gmail_de",
         "Zwei Anliegen (Lieferung in den 3. Stock, Rechnung mit MwSt.) beide beantwortet.")
say(c, "c1", "customer", at(3, "09:20", 1), """Guten Tag,

ich habe die Loungegruppe Lago bestellt (Bestellung TS-218911). Können Sie die
Möbel auch in den dritten Stock liefern? Wir haben leider keinen Aufzug.
Bitte schicken Sie mir außerdem eine Rechnung mit ausgewiesener
Mehrwertsteuer.

Viele Grüße
Katrin Vogel
""")
say(c, "a1", "agent", at(3, "13:05", 1), """Guten Tag Frau Vogel,

ja, unsere Spedition trägt die Möbel gegen einen Aufpreis von 39 € bis in die
Wohnung, auch ohne Aufzug - ich habe das bereits in Ihrer Bestellung vermerkt.
Die Rechnung mit ausgewiesener Mehrwertsteuer finden Sie im Anhang.

Freundliche Grüße
Lukas Berger""", who="lukas", parent="c1",
    attach=[("application/pdf", "Rechnung-TS-218911.pdf",
             mailcraft.pdf(["Rechnung TS-218911", "Loungegruppe Lago", "inkl. 19% MwSt."]))])

c = case("b23-ersatzteil-morgen", "de", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Jürgen Hofmann <j.hofmann@example.net>", "Ersatzteil Drehspieß", "outlook_de",
         "'Ich melde mich morgen' nicht gehalten; der Kunde hakt nach und wartet seitdem.")
say(c, "c1", "customer", at(11, "08:10", 1), """Hallo,

der Motor des Drehspießes für meinen Ember 4 ist nach zwei Monaten kaputt. Gibt
es den Motor einzeln als Ersatzteil?

Mit freundlichen Grüßen
Jürgen Hofmann
""")
say(c, "a1", "agent", at(11, "11:25", 1), """Hallo Herr Hofmann,

das tut mir leid. Ich kläre mit unserem Lager, ob wir den Motor einzeln
vorrätig haben, und melde mich morgen bei Ihnen.

Viele Grüße
Lukas Berger""", who="lukas", parent="c1", promises=[(eod(12), None)])
say(c, "c2", "customer", at(16, "09:40", 1), """Hallo Herr Berger,

ich warte immer noch auf Ihre Rückmeldung zum Motor. Können Sie mir bitte
sagen, wie es aussieht?

Mit freundlichen Grüßen
Jürgen Hofmann

{quote}""", parent="a1", chase=True)

c = case("b24-abdeckhaube-winter", "de", "pending", {"unanswered-question": 1},
         "Sabine Krüger <sabine.krueger@example.org>", "Fragen zur Outdoor-Küche", "thunderbird_de",
         "Indirekte Frage zur Abdeckhaube bleibt offen, die andere wird beantwortet.")
say(c, "c1", "customer", at(17, "18:30", 1), """Guten Abend,

wir überlegen, die Kettle-Küche mit drei Modulen zu bestellen. Wie tief ist die
Arbeitsplatte genau?
Mich würde außerdem interessieren, ob die Abdeckhaube winterfest ist.

Sie müsste auch bei Frost draußen bleiben können, eine Garage haben wir nicht.

Danke und viele Grüße
Sabine Krüger
""")
say(c, "a1", "agent", at(18, "10:15", 1), """Guten Tag Frau Krüger,

die Granit-Arbeitsplatte ist 64 cm tief und 3 cm stark; mit der Rückwand
kommen Sie auf 68 cm. Wenn Sie möchten, erstelle ich Ihnen gern ein Angebot
für die drei Module.

Freundliche Grüße
Lukas Berger""", who="lukas", parent="c1")

c = case("b25-salon-jardin-jeudi", "fr", "closed", {}, "Camille Dubois <camille.dubois@maison-dubois.example>",
         "Salon de jardin abîmé à la livraison", "apple_fr",
         "« Je reviens vers vous d'ici jeudi » tenu le jeudi.")
say(c, "c1", "customer", at(2, "10:30", 1), """Bonjour,

Le salon de jardin Biarritz est arrivé hier avec un accoudoir rayé. Est-ce que
vous pouvez m'envoyer un accoudoir de remplacement ?

Cordialement,
Camille Dubois""")
say(c, "a1", "agent", at(2, "14:15", 1), """Bonjour Madame Dubois,

Je suis désolée pour ce désagrément. Je vérifie auprès de notre entrepôt si la
pièce est disponible et je reviens vers vous d'ici jeudi.

Bien cordialement,
Sophie Laurent""", who="sophie", parent="c1", promises=[(eod(5), "a2")])
say(c, "a2", "agent", at(5, "11:00", 1), """Bonjour Madame Dubois,

Bonne nouvelle : l'accoudoir de remplacement est parti ce matin par Colissimo.
Vous n'avez pas besoin de renvoyer l'ancien.

Bien cordialement,
Sophie Laurent""", who="sophie", parent="a1")
say(c, "c2", "customer", at(6, "09:10", 1), """Merci beaucoup, très bon service !

Camille

{quote}""", parent="a2", thanks=True)

c = case("b26-relance-plancha", "fr", "pending", {"customer-chased": 1, "slow-first-response": 1},
         "Julien Moreau <julien.moreau@example.com>", "Plancha : brûleur qui s'éteint", "gmail",
         "Accusé de réception automatique, relance trois jours plus tard, réponse ensuite.")
say(c, "c1", "customer", at(13, "18:50", 1), """Bonjour,

La flamme du brûleur droit de ma plancha Sud 75 s'éteint dès qu'il y a un peu
de vent. Que me conseillez-vous ?

Merci d'avance,
Julien Moreau
""")
ack(c, "k1", at(13, "18:51", 1), "c1", "fr")
say(c, "c2", "customer", at(16, "09:05", 1), """Bonjour,

Je me permets de vous relancer au sujet de ma plancha - toujours pas de
réponse depuis vendredi.

Julien Moreau

{quote}""", parent="c1", chase=True)
say(c, "a1", "agent", at(16, "11:40", 1), """Bonjour Monsieur Moreau,

Toutes nos excuses pour ce délai. Sur la Sud 75, le pare-vent latéral (réf.
SUD-PV) règle ce problème ; je vous l'envoie gratuitement dès aujourd'hui.
Vérifiez aussi que le détendeur est bien un 37 mbar.

Bien cordialement,
Sophie Laurent""", who="sophie", parent="c2")

c = case("b27-butane-sans-reponse", "fr", "closed", {"unanswered-question": 1},
         "Hélène Garnier <helene.garnier@example.org>", "Questions avant achat barbecue", "apple_fr",
         "Question butane sans réponse ; l'autre question (livraison en Corse) traitée.")
say(c, "c1", "customer", at(6, "16:00", 1), """Bonjour,

J'hésite à commander le barbecue Ember 3.
Pourriez-vous me dire s'il est compatible avec une bouteille de gaz butane ?
Je voudrais aussi savoir si vous livrez en Corse.

Bien à vous,
Hélène Garnier""")
say(c, "a1", "agent", at(7, "10:20", 1), """Bonjour Madame Garnier,

Oui, nous livrons en Corse : comptez 8 à 10 jours ouvrés et un supplément de
29 €. L'Ember 3 est actuellement en promotion à 449 €.

Bien cordialement,
Sophie Laurent""", who="sophie", parent="c1")

c = case("b28-envio-canarias", "es", "closed", {}, "Lucía Fernández <lucia@casafernandez.example>",
         "Envío a Canarias", "gmail_es",
         "Pregunta indirecta contestada con otras palabras; agradecimiento final.")
say(c, "c1", "customer", at(4, "10:15", 1), """Hola,

Quisiera saber si hacen envíos a Canarias y cuánto tardarían en llegar las
cuatro tumbonas Ibiza.

Un saludo,
Lucía Fernández
""")
say(c, "a1", "agent", at(4, "12:40", 1), """Hola Lucía:

Sí, enviamos a las islas: a Tenerife y Gran Canaria tardamos unos 7 días
laborables, y el despacho aduanero (DUA) corre de nuestra cuenta.

Un saludo,
Diego Morales""", who="diego", parent="c1", client="outlook")
say(c, "c2", "customer", at(4, "13:30", 1), """¡Genial, muchas gracias!

Lucía

{quote}""", parent="a1", thanks=True)

c = case("b29-lunes-sin-noticias", "es", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Javier Ortega <javier.ortega@example.net>", "Reembolso de la mesa devuelta", "gmail_es",
         "'Le escribo el lunes' incumplido; el cliente insiste el miércoles y sigue sin respuesta.")
say(c, "c1", "customer", at(12, "09:00", 1), """Hola:

Devolví la mesa Toledo hace dos semanas y todavía no he recibido el reembolso.
¿Me pueden decir cuándo lo tendré?

Gracias,
Javier Ortega
""")
say(c, "a1", "agent", at(12, "12:30", 1), """Hola Javier:

Disculpe las molestias. Tengo que comprobar con el almacén si la mesa ya se
ha registrado como recibida; le escribo el lunes con la fecha del reembolso.

Un saludo,
Diego Morales""", who="diego", parent="c1", promises=[(eod(16), None)])
say(c, "c2", "customer", at(18, "10:10", 1), """Hola Diego:

¿Hay alguna novedad? Sigo esperando noticias sobre el reembolso.

Javier

{quote}""", parent="a1", chase=True)

c = case("b30-reabierto-toldo", "es", "pending", {"reopened": 1},
         "Marta Giménez <marta.gimenez@example.com>", "Toldo vela: faltan tensores", "outlook",
         "Incidencia cerrada expresamente; la clienta vuelve a escribir con un nuevo problema.")
say(c, "c1", "customer", at(5, "17:30", 1), """Buenas tardes:

Al toldo vela de 4 x 4 m le faltan dos tensores. ¿Me los pueden enviar?

Saludos,
Marta Giménez
""")
say(c, "a1", "agent", at(6, "09:45", 1), """Hola Marta:

Le hemos enviado hoy los dos tensores por mensajería. Doy por resuelta la
incidencia; si necesita algo más, responda a este correo.

Un saludo,
Diego Morales""", who="diego", parent="c1", closes=True)
say(c, "c2", "customer", at(17, "19:20", 1), """Hola Diego:

Los tensores llegaron, pero con el viento de esta semana se ha soltado una de
las anillas de la lona. ¿Es posible cambiar la lona?

Saludos,
Marta

{quote}""", parent="a1")
say(c, "a2", "agent", at(18, "10:00", 1), """Hola Marta:

Sí, la lona tiene dos años de garantía. Le enviamos una nueva esta semana y el
mensajero recogerá la dañada en la misma visita.

Un saludo,
Diego Morales""", who="diego", parent="c2")

c = case("b31-address-change-nudge", "en", "closed", {"customer-chased": 1},
         "Nina Patel <nina.patel@example.org>", "Delivery address change", "gmail",
         "A nudge two hours later ('any news on this?') before the same-day reply: a chase.")
say(c, "c1", "customer", at(2, "08:10"), """Hi,

Please change the delivery address of order TS-218702 to 14 Orchard Lane,
Keynsham BS31 2AB - we've moved sooner than planned.

Nina
""")
say(c, "c2", "customer", at(2, "10:20"), """Hi again - any news on this? The van is due tomorrow.

Nina

{quote}""", parent="c1", chase=True)
say(c, "a1", "agent", at(2, "11:00"), """Hi Nina,

Done - the order now goes to 14 Orchard Lane, Keynsham BS31 2AB, still on
tomorrow's van.

Best wishes,
Priya""", who="priya", parent="c2")

c = case("b32-grill-cover-measurements", "en", "pending", {}, "Oliver Grant <oliver.grant@example.com>",
         "Cover for built-in grill", "outlook",
         "Follow-up 'I'll send the measurements tomorrow' kept next day; new question answered.")
say(c, "c1", "customer", at(16, "08:30"), """Hello,

Do you make a fitted cover for a built-in Ember grill with side burner? Ours is
an older Kettle kitchen from 2021.

Oliver Grant
""")
say(c, "a1", "agent", at(16, "10:20"), """Hello Oliver,

We do - there are two sizes for the 2021 Kettle kitchens. I'll send you the
measurements of both tomorrow so you can check which one fits.

Kind regards,
Hannah""", who="hannah", parent="c1", promises=[(eod(17), "a2")])
say(c, "a2", "agent", at(17, "09:50"), """Hello Oliver,

As promised: cover KC-2 fits modules up to 162 cm wide and 65 cm deep, cover
KC-3 up to 224 x 65 cm. Both are £79.

Kind regards,
Hannah""", who="hannah", parent="a1")
say(c, "c2", "customer", at(17, "12:15"), """Thanks Hannah. Ours is 210 cm, so KC-3. Can it be delivered to my office
address instead of home?

Oliver

{quote}""", parent="a2")
say(c, "a3", "agent", at(17, "14:00"), """Hello Oliver,

Certainly - just enter the office address as the delivery address at checkout;
the billing address can stay your home.

Kind regards,
Hannah""", who="hannah", parent="c2")


c = case("b33-stuhlfarbe", "de", "closed", {}, "Thomas Richter <t.richter@richter-web.example>",
         "Farbe der Klappstühle Mira", "gmail_de",
         "Frage ohne Fragezeichen, mit anderen Worten beantwortet; Dank am Ende.")
say(c, "c1", "customer", at(9, "20:05", 1), """Hallo,

ich hätte gern gewusst, ob es die Klappstühle Mira auch in Salbeigrün gibt, auf
der Website sehe ich nur Anthrazit und Weiß.

Gruß
Thomas Richter
""")
say(c, "a1", "agent", at(10, "08:40", 1), """Hallo Herr Richter,

Salbeigrün führen wir bei der Mira leider nicht mehr - die Farbe wurde 2025
eingestellt. Sehr ähnlich ist das neue "Olive", das ab Dezember im Shop ist.

Viele Grüße
Lukas Berger""", who="lukas", parent="c1")
say(c, "c2", "customer", at(10, "09:15", 1), """Danke für die schnelle Antwort, dann warte ich auf Olive.

Gruß
Thomas

{quote}""", parent="a1", thanks=True)

c = case("b34-forwarded-confirmation", "en", "closed", {}, "Paul Hendry <paul.hendry@example.com>",
         "Fwd: Your Terrasol order TS-219655", "gmail",
         "A forwarded order confirmation full of boilerplate questions; only the quantity fix counts.")
say(c, "c1", "customer", at(12, "07:30"), """Hi,

See below - the confirmation says two Lisbon loungers but I ordered three.
Please correct the order to three before it ships.

Paul

---------- Forwarded message ---------
From: Terrasol Garden & Grill <orders@terrasol.example>
Date: Wed, 11 Nov 2026 at 21:14
Subject: Your Terrasol order TS-219655
To: <paul.hendry@example.com>

Thank you for your order!

2 x Lisbon lounger, teak/white     £578.00
Delivery                            £0.00

Need to change something? Reply within 24 hours.
Questions about your delivery? https://terrasol.example/help?topic=delivery
""")
say(c, "a1", "agent", at(12, "10:05"), """Hi Paul,

Sorry about that - the order now shows three loungers and the extra £289 has
gone through on the same card. It still ships on Friday.

Best wishes,
Priya""", who="priya", parent="c1")

c = case("b35-facture-collegue", "fr", "closed", {}, "Isabelle Petit <isabelle.petit@example.org>",
         "Facture pour ma commande", "gmail",
         "Promesse de Sophie (« demain ») tenue le lendemain par un collègue.")
say(c, "c1", "customer", at(10, "14:00", 1), """Bonjour,

Pourriez-vous m'envoyer la facture de ma commande TS-219210 ? Je ne la trouve
pas dans mon espace client.

Merci,
Isabelle Petit
""")
say(c, "a1", "agent", at(10, "16:30", 1), """Bonjour Madame Petit,

La facture doit être régénérée par notre service comptable ; vous la recevrez
demain.

Bien cordialement,
Sophie Laurent""", who="sophie", parent="c1", promises=[(eod(11), "a2")])
say(c, "a2", "agent", at(11, "10:20", 1), """Bonjour Madame Petit,

Comme convenu avec ma collègue Sophie, voici la facture de la commande
TS-219210 en pièce jointe.

Bien cordialement,
Felix Brandt""", who="felix", parent="a1",
    attach=[("application/pdf", "Facture-TS-219210.pdf",
             mailcraft.pdf(["Facture TS-219210", "Terrasol Garden & Grill"]))])


# --------------------------------------------------------------------------------------
# Labels recomputed from the facts (the cross-check)
# --------------------------------------------------------------------------------------


CONTRACT = mailcraft.Contract(as_of=AS_OF, response_target=RESPONSE_TARGET, close_after=CLOSE_AFTER,
                              handoff_limit=HANDOFF_LIMIT)


def derived_status(c: Case) -> str:
    """The contract status of case ``c`` at AS_OF from roles, dates and explicit closes."""
    return mailcraft.contract_status(c.msgs, CONTRACT)


def derived_rules(c: Case) -> dict[str, int]:
    """Every rule count of case ``c`` recomputed from its messages' facts and dates."""
    return mailcraft.contract_rules(c.msgs, CONTRACT)


def problems() -> list[str]:
    """Disagreements between the hand-written labels and the facts; empty when consistent."""
    out = []
    for c in CASES:
        if derived_status(c) != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {derived_status(c)}")
        if derived_rules(c) != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {derived_rules(c)}")
        for m in c.msgs:
            if m.uq and m.role != "customer":
                out.append(f"{m.key}: unanswered questions on a non-customer message")
            for q in m.uq:
                if q not in m.own:
                    out.append(f"{m.key}: question not verbatim in the customer's text: {q}")
            for _, kept in m.promises:
                if kept and kept not in {x.key for x in c.msgs}:
                    out.append(f"{m.key}: promise kept by unknown message {kept}")
        if [m.date for m in c.msgs] != sorted(m.date for m in c.msgs):
            out.append(f"{c.name}: messages not in date order")
        if any(m.date > AS_OF for m in c.msgs):
            out.append(f"{c.name}: a message after the audit time")
    return out


# --------------------------------------------------------------------------------------
# Rendering and writing
# --------------------------------------------------------------------------------------


def render_all() -> list[Msg]:
    """Build every message (parents first) and return them in date order."""
    return mailcraft.render_corpus((m for c in CASES for m in c.msgs), PROFILE)


def attach_unanswered() -> None:
    """Put each case's unanswered questions on the customer message that asked them."""
    for c in CASES:
        for m in c.msgs:
            m.uq = [q for q in UNANSWERED.get(c.name, []) if q in m.body and m.role == "customer"]
        asked = [q for m in c.msgs for q in m.uq]
        if sorted(asked) != sorted(UNANSWERED.get(c.name, [])):
            raise SystemExit(f"{c.name}: a labelled question is in no customer message")


UNANSWERED = {
    "b02-dining-set-questions": ["Please send me the care instructions for the oiled finish."],
    "b16-trade-discount-partial": ["Do you offer a trade discount for landscape gardeners?"],
    "b20-firepit-glass-late": ["Could you also tell me if the Aura lid fits the 80 cm round model?"],
    "b24-abdeckhaube-winter": ["Mich würde außerdem interessieren, ob die Abdeckhaube winterfest ist."],
    "b27-butane-sans-reponse": [
        "Pourriez-vous me dire s'il est compatible avec une bouteille de gaz butane ?"],
}


def labels(msgs: list[Msg]) -> dict:
    """The labels.json document."""
    cases = []
    for c in CASES:
        ordered = sorted(c.msgs, key=lambda m: m.date)
        cases.append({
            "name": c.name,
            "message_ids": [m.message_id.strip("<>") for m in ordered],
            "status": c.status,
            "rules": dict(sorted(c.rules.items())),
            "unanswered_questions": [q for m in ordered for q in m.uq],
            "lang": c.lang,
            "story": c.story,
        })
    return {"as_of": AS_OF.isoformat(), "support_domain": SUPPORT_DOMAIN,
            "settings": {"response_target_hours": 24, "follow_up_window_days": 2,
                         "close_after_days": 7, "handoff_limit": HANDOFF_LIMIT},
            "cases": cases}


def cases_md(lab: dict) -> str:
    """The generated per-case table."""
    rows = ["# Terrasol Garden & Grill - blind corpus cases (generated)", "",
            "Generated by `scripts/make_blind_corpus.py`; do not edit.", "",
            "| case | lang | msgs | status | rules | story |", "| --- | --- | --- | --- | --- | --- |"]
    for c in lab["cases"]:
        rules = ", ".join(f"{k} {v}" for k, v in c["rules"].items()) or "clean"
        rows.append(f"| {c['name']} | {c['lang']} | {len(c['message_ids'])} | {c['status']} | "
                    f"{rules} | {c['story']} |")
    return "\n".join(rows) + "\n"


def write(out: Path) -> None:
    """Write the corpus to ``out`` (mailbox, labels.json, CASES.md), replacing what is there."""
    attach_unanswered()
    msgs = render_all()
    found = problems()
    if found:
        raise SystemExit("refusing to write an inconsistent corpus:\n  " + "\n  ".join(found))
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "blind"
        (stage / "mailbox").mkdir(parents=True)
        inbox = [m for m in msgs if m.role in ("customer", "auto")]
        (stage / "mailbox" / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
        mailcraft.write_maildir(stage / "mailbox" / "Sent",
                                ((m.date, m.raw, m.role == "agent") for m in msgs
                                 if m.role in ("agent", "ack")), "mx1.terrasol.example")
        lab = labels(msgs)
        (stage / "labels.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        (stage / "CASES.md").write_text(cases_md(lab), encoding="utf-8")
        parsed_in, parsed_sent = mailcraft.read_back(stage / "mailbox" / "inbox.mbox",
                                                     stage / "mailbox" / "Sent")
        bad = mailcraft.parse_problems(parsed_in + parsed_sent)
        by_id = {p["Message-ID"]: p for p in parsed_in + parsed_sent}
        for m in msgs:
            issue = mailcraft.round_trip_problem(m, by_id[m.message_id], m.role in ("customer", "auto"))
            if issue:
                bad.append(issue)
        if bad:
            raise SystemExit("refusing to write: mail does not read back:\n  " + "\n  ".join(bad))
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            shutil.move(str(stage / name), str(out / name))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Regenerate the blind labelled corpus.")
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "blind")
    args = ap.parse_args(argv)
    write(args.out)
    n = sum(len(c.msgs) for c in CASES)
    clean = sum(1 for c in CASES if not c.rules)
    print(f"wrote {args.out}: {len(CASES)} cases, {n} messages, {clean} clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
