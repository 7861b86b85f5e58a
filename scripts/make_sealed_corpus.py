#!/usr/bin/env python3
"""Regenerate ``tests/sealed/``: the sealed labelled corpus of Brisamar Holidays.

A support mailbox of a fictional holiday-rental and small-group travel agency (villa and
apartment bookings, deposits and balances, cancellations and refunds, airport transfers, pets
and accessibility, group quotes, damage deposits, travel insurance, date and guest-name
changes), written without looking at the detection heuristics or at the other corpora's cases.
It is the project's unseen accuracy estimate: nobody tunes on it. It is heavy on customer
questions, answered and unanswered, because a question-level figure needs many of them.
Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target
24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``brisamar.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase,
promises with their deadline and the message that kept them, how many of its questions were
answered). The script recomputes status and every rule count from those facts and from the
dates and refuses to write when they disagree with the hand-written case labels, or when a
labelled unanswered question is not verbatim in the customer's own text.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_sealed_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "brisamar.example"
SUPPORT = "Brisamar Holidays <reservations@brisamar.example>"
HELPDESK = "Brisamar Holidays <reservations@brisamar.example>"
RULES = mailcraft.RULES

AGENTS = {
    "sam": ("Sam Whitaker <sam@brisamar.example>", "gmail", """-- 
Sam Whitaker
Guest Services | Brisamar Holidays
Manage your booking: https://brisamar.example/my-booking?src=mail"""),
    "tom": ("Tom Ashworth <tom@brisamar.example>", "thunderbird", """-- 
Tom Ashworth
Payments & Refunds | Brisamar Holidays
Questions about a payment? https://brisamar.example/payments?ref=sig
This e-mail and any attachments are confidential and intended only
for the addressee."""),
    "jonas": ("Jonas Keller <jonas@brisamar.example>", "outlook_de", """-- 
Jonas Keller
Gästebetreuung Deutschland, Österreich, Schweiz | Brisamar Holidays
https://brisamar.example/de/hilfe?ref=signatur"""),
    "claire": ("Claire Morel <claire@brisamar.example>", "apple_fr", """-- 
Claire Morel
Service voyageurs France | Brisamar Holidays
https://brisamar.example/fr/aide?utm_source=email"""),
    "laura": ("Laura Benítez <laura@brisamar.example>", "gmail_es", """-- 
Laura Benítez
Atención al huésped | Brisamar Holidays
+34 952 555 018 | https://brisamar.example/es/ayuda?origen=firma"""),
    "nina": ("Nina Petrova <nina@brisamar.example>", "outlook", """-- 
Nina Petrova
Groups & Events | Brisamar Holidays
Planning a group trip? https://brisamar.example/groups?step=1&lang=en"""),
}

ACK = {
    "en": """Hello,

Thank you for writing to Brisamar Holidays. This is an automatic receipt:
your message is logged as ticket {ref}. Our reservations team works
Monday to Saturday, 9:00-19:00 CET, and we will reply within 24 hours.

Please do not reply to this e-mail.

Brisamar Holidays - Reservations
https://brisamar.example/help?ticket={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Brisamar Holidays. Dies ist eine
automatische Eingangsbestätigung (Vorgang {ref}). Wir antworten
innerhalb von 24 Stunden, Montag bis Samstag.

Bitte antworten Sie nicht auf diese E-Mail.

Brisamar Holidays - Reservierungen""",
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
    "helpdesk": ["X-Mailer: Brisamar Desk 3.2"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bh.", outlook_server="VI1PR0")

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
    answered: int = 0  # customer questions/requests of this message that support did answer
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    raw: bytes = b""


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
        """The case's unanswered questions in message order."""
        return [q for m in sorted(self.msgs, key=lambda m: (m.date, m.key)) for q in m.uq]


CASES: list[Case] = []


def at(day: int, hm: str, tz: int = 0) -> datetime:
    """``day`` November 2026 at ``hm`` in UTC+``tz`` hours."""
    hh, mm = map(int, hm.split(":"))
    return datetime(2026, 11, day, hh, mm, tzinfo=timezone(timedelta(hours=tz)))


def eod(day: int) -> datetime:
    """The end of ``day`` November 2026 (taken in UTC)."""
    return datetime(2026, 11, day, 23, 59, tzinfo=UTC)


def case(name, lang, status, rules, customer, subject, client, story) -> Case:
    """Open a new case; the following ``say`` calls add its messages."""
    c = Case(name, lang, status, rules, customer, subject, client, story)
    CASES.append(c)
    return c


def say(c: Case, key: str, role: str, when: datetime, body: str, *, who: str | None = None,
        parent: str | None = None, subject: str | None = None, client: str | None = None,
        kind: str = "plain", cte: str | None = None, thread: bool = True, thanks: bool = False,
        closes: bool = False, chase: bool = False, answered: int = 0, promises=(), extra=(),
        attach=()) -> None:
    """Add a message to case ``c``: ``role`` decides sender, recipient and signature."""
    full = f"{c.name}/{key}"
    if role == "agent":
        frm, agent_client, sig = AGENTS[who]
        client = client or agent_client
        body = body.rstrip("\n") + "\n\n" + sig + ("\n\n{quote}" if parent and "{quote}" not in body
                                                 and "\n> " not in body else "")
        to = c.customer
    elif role == "ack":
        frm, client, to = HELPDESK, "helpdesk", c.customer
    else:
        frm, client, to = c.customer, client or c.client, SUPPORT
    if subject is None:
        prefix = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}.get(client, "Re: ")
        subject = c.subject if parent is None and role != "ack" else (
            f"[Ticket {ack_ref(c)}] {c.subject}" if role == "ack" else prefix + c.subject)
    m = Msg(key=full, case=c.name, role=role, agent=who if role == "agent" else None,
            client=client, kind=kind, cte=cte, frm=frm, to=to, subject=subject, date=when,
            body=body, parent=f"{c.name}/{parent}" if parent else None, thread=thread,
            thanks_only=thanks, closes=closes, chase=chase, answered=answered,
            promises=[(d, f"{c.name}/{k}" if k else None) for d, k in promises],
            extra=list(extra), attach=list(attach))
    c.msgs.append(m)


def ack_ref(c: Case) -> str:
    """The helpdesk ticket number of a case."""
    return f"BH-T{7100 + 13 * (CASES.index(c) + 1)}"


def ack(c: Case, key: str, when: datetime, parent: str, lang: str = "en") -> None:
    """The helpdesk's automatic acknowledgement of message ``parent``."""
    say(c, key, "ack", when, ACK[lang].format(ref=ack_ref(c)), parent=parent, kind="alt",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


PHOTO = mailcraft.png(6, 4, lambda x, y: (40 + 30 * x, 120 + 20 * y, 200 - 10 * x))

# --------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------

c = case("s01-pool-cot-supermarket", "en", "closed", {}, "Helen Marsh <helen.marsh@example.com>",
         "Villa Las Adelfas - a few questions", "gmail",
         "Three questions in one mail, answered out of order in one paragraph; thanks-only close.")
say(c, "q", "customer", at(2, "08:42"), """Hi,

We've booked Villa Las Adelfas for 21-28 November (booking BH-20391) and I have a few
questions before we travel.

Is the pool heated in late November?
Could you tell me how far it is to the nearest supermarket?
And is there a cot available for our 10-month-old?

Thanks,
Helen""", answered=3)
say(c, "a", "agent", at(2, "10:15"), """Hi Helen,

Good news on all fronts: we'll put a travel cot and a high chair in the second bedroom
for you, free of charge. The nearest supermarket (a Mercadona) is about 800 m down the
hill, ten minutes on foot. The pool heating can be switched on for your week for a
supplement of 25 EUR per day - just say the word and I'll add it.

Best wishes,
Sam""", who="sam", parent="q")
say(c, "t", "customer", at(2, "11:03"), """Perfect, thank you Sam!

{quote}""", parent="a", thanks=True)

c = case("s02-balance-billing-address", "en", "closed", {"unanswered-question": 1},
         "Graham Oakes <g.oakes@oakes-family.example>", "Balance payment for BH-20417", "outlook",
         "Balance date answered; the billing-address change asked in passing is ignored.")
say(c, "q", "customer", at(3, "09:10"), """Hello,

When is the balance payment due for booking BH-20417? I'd like to pay it before we go
away on business next month.

Also, please update our billing address to 14 Kestrel Way, Harrogate HG2 7QP.

Regards,
Graham Oakes""", answered=1)
say(c, "a", "agent", at(3, "14:22"), """Dear Mr Oakes,

The balance of 1,840.00 EUR for BH-20417 is due on 5 January 2027, eight weeks before
arrival. You can pay it any time before then by card or bank transfer from your booking
page.

Kind regards,
Tom Ashworth""", who="tom", parent="q")

c = case("s03-transfer-price-only", "en", "closed", {}, "Priya Raman <priya.raman@example.net>",
         "Airport transfer Malaga", "iphone",
         "Two questions answered tersely: one by a price only, one by a bare yes; thanks.")
say(c, "q", "customer", at(4, "18:30"), """Hi there

How much is a private transfer from Málaga airport to Villa Olivar for 4 people? And can the driver wait if our flight is late?

Priya

Sent from my iPhone""", answered=2)
say(c, "a", "agent", at(5, "09:05"), """Hi Priya,

95 EUR each way.

Yes - drivers follow the flight and wait at no extra charge.

Sam""", who="sam", parent="q")
say(c, "t", "customer", at(5, "09:40"), """Great, thanks!

Sent from my iPhone

{quote}""", parent="a", thanks=True)

c = case("s04-labrador-fence", "en", "pending", {"unanswered-question": 1},
         "Oliver Brennan <oliver.brennan@example.org>", "Bringing our dog to Apartamento Mirador",
         "thunderbird", "Pet questions answered, the fenced-garden question skipped.")
say(c, "q", "customer", at(16, "07:55"), """Good morning,

We'd like to bring our Labrador, Biscuit, on our February stay. Is Apartamento Mirador
pet-friendly? Is there an extra cleaning fee for pets?

Could you also check whether the garden is fully fenced? He's a bit of an escape artist.

Many thanks,
Oliver""", answered=2)
say(c, "a", "agent", at(16, "11:30"), """Hi Oliver,

Yes, well-behaved dogs are very welcome at Mirador. There is a pet fee of 40 EUR per
stay, which covers the extra cleaning, and we'll leave a water bowl and a blanket out
for Biscuit.

Best,
Sam""", who="sam", parent="q")

c = case("s05-accessibility-inline", "en", "closed", {}, "Margaret Lowe <mlowe@example.com>",
         "Wheelchair access at Casa Brisa", "apple",
         "Three accessibility questions answered inline under the quoted text.")
say(c, "q", "customer", at(4, "16:00"), """Dear Brisamar team,

My husband uses a wheelchair and we are thinking of booking Casa Brisa for March.

Is the entrance step-free from the parking space?
Does the ground-floor bathroom have a roll-in shower?
How wide are the bedroom doors?

With best regards,
Margaret Lowe""", answered=3)
say(c, "a", "agent", at(5, "08:50"), """Dear Margaret,

Thank you for asking before booking - please see my answers below.

On Wed, 4 Nov 2026 at 16:00, Margaret Lowe <mlowe@example.com> wrote:
> Is the entrance step-free from the parking space?

Yes, there is a level paved path from the parking space to the front door.

> Does the ground-floor bathroom have a roll-in shower?

It does, with a fold-down seat and grab rails.

> How wide are the bedroom doors?

The ground-floor bedroom door is 85 cm; the upstairs ones are 70 cm.

Warm regards,
Sam""", who="sam", parent="q")

c = case("s06-cancel-refund-late", "en", "closed",
         {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
         "Daniel Fry <daniel.fry@example.com>", "Cancellation BH-20288", "gmail",
         "Refund amount deferred to Thursday, delivered only after a chase; the request to "
         "delete the card details is never handled.")
say(c, "q", "customer", at(2, "10:20"), """Hello,

Unfortunately we need to cancel our booking BH-20288 (Villa Pinar, 12-19 December) as my
father is in hospital.

How much of the deposit will be refunded?

Please also remove my card details from your system.

Thank you,
Daniel Fry""", answered=1)
say(c, "a", "agent", at(3, "09:45"), """Dear Daniel,

I'm very sorry to hear about your father. I've cancelled BH-20288.

I'm checking the cancellation terms with the owner and will get back to you by Thursday
about the refund.

Kind regards,
Tom""", who="tom", parent="q", promises=[(eod(5), "a2")])
say(c, "c", "customer", at(9, "08:15"), """Hi Tom,

I still haven't heard back about my refund. Any update?

Daniel

{quote}""", parent="a", chase=True, answered=1)
say(c, "a2", "agent", at(9, "12:40"), """Dear Daniel,

Apologies for the delay. The owner has agreed to refund 620 EUR of your 900 EUR deposit;
the payment left our account today.

Kind regards,
Tom""", who="tom", parent="c")

c = case("s07-wedding-group-quote", "en", "pending", {"many-handoffs": 1},
         "Chloe Adeyemi <chloe@adeyemi-events.example>", "Quote for 18 guests - June 2027", "outlook",
         "Group quote promised by a colleague and delivered on time; a third agent answers the "
         "payment questions.")
say(c, "q", "customer", at(16, "09:00"), """Hello,

We're planning our wedding in Andalucía next summer. Could you send a quote for three villas next to each other for 18 guests, 12-19 June 2027?

Best,
Chloe Adeyemi""", kind="alt", answered=1)
say(c, "a", "agent", at(16, "10:10"), """Hi Chloe,

Congratulations! I've passed your request to our groups desk - Nina will send you the
quote by Wednesday.

Best,
Sam""", who="sam", parent="q", promises=[(eod(18), "a2")])
say(c, "a2", "agent", at(18, "15:30"), """Dear Chloe,

Please find attached our quote for Villas Adelfas, Olivar and Limonero (18 guests,
12-19 June 2027), all on the same lane in Frigiliana: 14,950 EUR in total.

Kind regards,
Nina Petrova""", who="nina", parent="a",
    attach=[("application/pdf", "Brisamar-quote-G-1187.pdf",
             mailcraft.pdf(["Brisamar Holidays - Group quote G-1187", "Villas Adelfas, Olivar, Limonero",
                            "12-19 June 2027, 18 guests", "Total 14,950.00 EUR"]))])
say(c, "q2", "customer", at(19, "08:30"), """Hi Nina,

Thank you, that looks lovely. Is the deposit for groups also 30 %? And can we pay in two instalments?

Chloe

{quote}""", parent="a2", answered=2)
say(c, "a3", "agent", at(19, "11:00"), """Dear Chloe,

Nina asked me to pick up the payment side. For groups the deposit is 25 %, not 30 %,
and yes - you can split it into two instalments, the second one 30 days after the first.

Kind regards,
Tom""", who="tom", parent="q2")

c = case("s08-lead-guest-done", "en", "closed", {}, "Sarah Dale <sarah.dale@example.net>",
         "Name change on BH-20533", "gmail", "A name-change request answered with a bare 'Done.'")
say(c, "q", "customer", at(6, "12:00"), """Hi,

Please change the lead guest name on booking BH-20533 from Mark Dale to Sarah Dale.

Thanks
Sarah""", answered=1)
say(c, "a", "agent", at(6, "12:35"), "Done.", who="sam", parent="q")
say(c, "t", "customer", at(6, "13:02"), """Brilliant, thank you.

{quote}""", parent="a", thanks=True)

c = case("s09-date-move-pickup", "en", "pending", {"unanswered-question": 1},
         "Rachel Simmons <rachel.simmons@example.com>", "Change of dates - Casa Limonero", "gmail",
         "Dates moved; a later question about the free pickup gets only a templated confirmation.")
say(c, "q", "customer", at(12, "09:30"), """Hello,

Would it be possible to move our stay at Casa Limonero (BH-20602) from 3-10 April to
10-17 April? My daughter's school holidays have changed.

Rachel""", answered=1)
say(c, "a", "agent", at(12, "11:15"), """Hi Rachel,

Yes, I've moved BH-20602 to 10-17 April at no extra charge. I'll send the updated
confirmation tomorrow.

Best,
Sam""", who="sam", parent="q", promises=[(eod(13), "a2")])
say(c, "a2", "agent", at(13, "10:00"), """Hi Rachel,

As promised, your updated booking confirmation is attached.

Best,
Sam""", who="sam", parent="a",
    attach=[("application/pdf", "BH-20602-confirmation.pdf",
             mailcraft.pdf(["Brisamar Holidays - Booking confirmation BH-20602",
                            "Casa Limonero, 10-17 April 2027"]))])
say(c, "q2", "customer", at(16, "19:45"), """Thanks Sam. One more thing: does the new week still include the free airport pickup?

Rachel

{quote}""", parent="a2")
say(c, "a3", "agent", at(17, "09:20"), """Dear guest,

Thank you for your message. Your booking BH-20602 is confirmed and all details are
available on your booking page. Your arrival guide will be e-mailed 7 days before
arrival.

Brisamar Holidays""", who="sam", parent="q2")

c = case("s10-damage-deposit-late", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Kevin Doyle <kevin.doyle@example.org>", "Damage deposit Villa Buganvilla", "outlook",
         "Promised news 'tomorrow' comes three days late from a colleague after a chase.")
say(c, "q", "customer", at(2, "08:05"), """Hello,

We left Villa Buganvilla on 31 October. When will the 300 EUR damage deposit be returned?

Kevin Doyle""", answered=1)
say(c, "a", "agent", at(2, "13:30"), """Dear Kevin,

The deposit is released once the owner's inspection report is in, which usually takes
a few days. I'll chase the owner and let you know tomorrow.

Kind regards,
Tom""", who="tom", parent="q", promises=[(eod(3), "a2")])
say(c, "c", "customer", at(6, "09:12"), """Just following up on my email below - still nothing on the deposit.

Kevin

{quote}""", parent="a", chase=True, answered=1)
say(c, "a2", "agent", at(6, "10:05"), """Hi Kevin,

Tom is out today, so I've checked for him: the owner's report was fine and the full
300 EUR was refunded to your card this morning. Banks usually take 3-5 working days to
show it.

Best,
Sam""", who="sam", parent="c")

c = case("s11-insurance-different-answer", "en", "closed", {"unanswered-question": 1},
         "Fiona Grant <fiona.grant@example.com>", "Travel insurance question", "apple",
         "Asked what the insurance covers, the agent explains how to buy it.")
say(c, "q", "customer", at(4, "20:10"), """Hi,

Does your travel insurance cover cancellation if I fall ill before departure?
How do I add it to my existing booking (BH-20455)?

Thanks,
Fiona""", kind="alt", answered=1)
say(c, "a", "agent", at(5, "09:30"), """Hi Fiona,

You can add our travel insurance any time up to 14 days before arrival: log in to your
booking page, choose "Extras" and tick "Travel insurance". It costs 39 EUR per person
for the week.

Best wishes,
Sam""", who="sam", parent="q")

c = case("s12-late-checkin-ack", "en", "closed", {}, "Tom Quinn <tom.quinn@example.net>",
         "Late arrival at Apartamento Faro", "gmail",
         "Helpdesk acknowledgement, then a human answer the next morning.")
say(c, "q", "customer", at(3, "21:10"), """Hi,

Our flight lands at 23:40 on the 14th - is late check-in possible at Apartamento Faro?
And is there parking for a hire car?

Cheers,
Tom""", answered=2)
ack(c, "ack", at(3, "21:11"), "q")
say(c, "a", "agent", at(4, "08:20"), """Hi Tom,

Of course. The apartment has a key box; we'll text you the code 48 hours before you
arrive, so you can let yourselves in at any hour. Your parking space is number 14
in the garage under the building.

Best,
Sam""", who="sam", parent="q")

c = case("s13-fresh-this-morning", "en", "open", {}, "Amelia Ward <amelia.ward@example.com>",
         "Christmas week availability", "gmail", "Asked this morning, acknowledged, within the target.")
say(c, "q", "customer", at(20, "09:15"), """Hello,

Is Villa Olivar still free for 22-29 December? We are 6 adults.

Amelia""")
ack(c, "ack", at(20, "09:16"), "q")

c = case("s14-baby-equipment-waiting", "en", "open", {"awaiting-reply": 1},
         "Joseph Mensah <joseph.mensah@example.org>", "High chair and stair gate", "android",
         "Only the helpdesk acknowledgement; no human reply for two days.")
say(c, "q", "customer", at(18, "09:00"), """Hi,

We arrive at Casa Brisa on 2 December with a toddler, our daugther is 14 months. Can you provide a high chair and a stair gate?

Joseph

Get Outlook for Android""")
ack(c, "ack", at(18, "09:01"), "q")

c = case("s15-parking-slow", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
         "Lucy Chambers <lucy.chambers@example.com>", "Parking at Villa Roca", "gmail",
         "First reply after two days; the parking is answered, the EV charging is not.")
say(c, "q", "customer", at(2, "09:00"), """Hello,

We'll be two families with two cars. Is there parking for two cars at Villa Roca?
Can we charge an electric car at the villa?

Thanks,
Lucy""", answered=1)
say(c, "a", "agent", at(4, "11:00"), """Hi Lucy,

Sorry for the slow reply. There's a private driveway with room for two cars, and more
free parking on the street.

Best,
Sam""", who="sam", parent="q")

c = case("s16-aircon-reopened", "en", "pending", {"reopened": 1},
         "Victoria Hale <victoria.hale@example.net>", "Air conditioning not working", "iphone",
         "Fixed and explicitly resolved; the customer reports it broken again a week later.")
say(c, "q", "customer", at(10, "15:00"), """Hi, the air conditioning in the main bedroom at Villa Palmera is not working. Could someone have a look please?

Victoria

Sent from my iPhone""", answered=1)
say(c, "a", "agent", at(11, "10:30"), """Hi Victoria,

Our technician replaced the remote's receiver this morning and the unit is cooling
again. I'll mark this ticket as resolved - enjoy the rest of your stay.

Sam""", who="sam", parent="q", closes=True)
say(c, "q2", "customer", at(17, "08:10"), """The air conditioning has stopped again since yesterday evening. Can someone come today?

Sent from my iPhone

{quote}""", parent="a", answered=1)
say(c, "a2", "agent", at(17, "09:00"), """Hi Victoria,

So sorry. The technician is booked for 16:00 today.

Sam""", who="sam", parent="q2")

c = case("s17-pool-rhetorical", "en", "closed", {}, "Nigel Burton <nigel.burton@example.com>",
         "Pool at Villa Ginesta", "thunderbird",
         "Pleasantry, a rhetorical outburst and a self-answered question around one real request.")
say(c, "q", "customer", at(7, "10:00"), """Hi all, hope you're all well?

We arrived at Villa Ginesta yesterday and the pool is green. Honestly, who leaves a pool
like that for arriving guests?

Please arrange a pool clean before Saturday, we have friends joining us.

Oh, and where is the fuse box? Nevermind - found it behind teh kitchen door.

Nigel""", answered=1)
say(c, "a", "agent", at(7, "11:20"), """Dear Nigel,

I'm really sorry about this. The pool company will come tomorrow (Sunday) morning at
9:00 and shock-treat it; it will be clear well before Saturday's guests arrive.

Kind regards,
Sam""", who="sam", parent="q")

c = case("s18-arrival-time-signature", "en", "closed", {}, "Ruth Fenwick <ruth@fellwalk.example>",
         "Welcome pack", "thunderbird",
         "Support's question quoted back and answered by the customer; a '?' in her signature.")
say(c, "q", "customer", at(2, "14:00"), """Hello,

Can we get the welcome pack with groceries for our arrival at Villa Adelfas on the 8th?

Ruth Fenwick
--
Fellwalk Guided Holidays
Questions about our walking tours? https://fellwalk.example/tours?ref=sig""", answered=1)
say(c, "a", "agent", at(2, "16:10"), """Hi Ruth,

Yes, gladly - 45 EUR for the standard pack. Could you confirm your arrival time so the
housekeeper can put the fresh things in the fridge?

Sam""", who="sam", parent="q")
say(c, "r", "customer", at(3, "08:00"), """On 11/2/26 4:10 PM, Sam Whitaker wrote:
> Could you confirm your arrival time so the
> housekeeper can put the fresh things in the fridge?

We'll arrive around 3pm.

Ruth Fenwick
--
Fellwalk Guided Holidays
Questions about our walking tours? https://fellwalk.example/tours?ref=sig""", parent="a")
say(c, "a2", "agent", at(3, "09:10"), """Thanks Ruth, that's noted - the pack will be waiting for you.

Sam""", who="sam", parent="r")

c = case("s19-forwarded-flights", "en", "closed", {}, "Ian Webb <ian.webb@example.org>",
         "Fwd: Your flight booking confirmation", "gmail",
         "A forwarded airline confirmation full of boilerplate questions; the one real question "
         "is answered.")
say(c, "q", "customer", at(5, "13:00"), """Hi Brisamar,

Can you arrange a transfer to match these flights? Booking BH-20511.
Can the driver bring a booster seat for our 5-year-old?

Ian

---------- Forwarded message ---------
From: SkyLark Air <noreply@skylark-air.example>
Date: Wed, 4 Nov 2026 at 18:02
Subject: Your flight booking confirmation

Booking reference: K7QX2P
Outbound: Bristol 07:10 - Malaga 10:45, Sat 28 November
Return: Malaga 11:30 - Bristol 13:15, Sat 5 December

Need to change your flight? Visit https://skylark-air.example/manage?ref=K7QX2P
Want extra legroom? Add a seat from 6 GBP.
Questions? Our help centre is open 24/7.""", answered=2)
say(c, "a", "agent", at(5, "15:40"), """Hi Ian,

Sure. Your driver will meet you in Malaga arrivals at 10:45 on 28 November and collect
you from the villa at 8:30 on 5 December, with a booster seat in the car. 190 EUR
for both ways, added to BH-20511.

Best,
Sam""", who="sam", parent="q")

c = case("s20-template-villa-roca", "en", "closed", {"unanswered-question": 2},
         "Deborah Stone <deborah.stone@example.com>", "Questions about Villa Roca", "owa",
         "A templated reply answers the towels question and ignores the other two.")
say(c, "q", "customer", at(3, "11:00"), """Hello,

We arrive at Villa Roca on 2 December. A few practical questions:

Is there a washing machine at Villa Roca?
Could you send me the exact address so I can share it with my parents?
Are towels and beach towels included?

Thank you,
Deborah Stone""", answered=1)
say(c, "a", "agent", at(3, "12:30"), """Dear Deborah,

Thank you for booking with Brisamar Holidays.

All our villas include bed linen, bath towels and beach towels, changed weekly.
Should you need anything during your stay, our local team is on +34 952 555 010.

We wish you a wonderful stay.

Kind regards,
Sam""", who="sam", parent="q")

c = case("s21-invoice-company-name", "en", "closed", {"unanswered-question": 1},
         "Paul Harlow <paul@harlowdesign.example>", "Balance paid - BH-20688", "outlook",
         "Payment confirmed; the request in passing for a company invoice is not handled.")
say(c, "q", "customer", at(4, "10:00"), """Hi Tom,

Paid the balance today, ref BH-20688. Could you confirm you've received it?

Also, please send the invoice in my company's name, Harlow Design Ltd, VAT GB 284 1193 07.

Best regards,
Paul Harlow""", answered=1)
say(c, "a", "agent", at(4, "15:10"), """Hi Paul,

Thanks - payment received in full, you're all set for March.

Kind regards,
Tom""", who="tom", parent="q")

c = case("s22-heating-deadline-ahead", "en", "pending", {}, "Alan Pritchard <alan.pritchard@example.net>",
         "Heating at Casa Limonero in January", "gmail",
         "Answer promised for Monday 23 November: the deadline is still ahead.")
say(c, "q", "customer", at(18, "10:00"), """Hello,

Is there a heating surcharge for a winter stay at Casa Limonero in January?

Alan""", answered=1)
say(c, "a", "agent", at(19, "09:30"), """Hi Alan,

Good question - the owner changed the heating this year. I'm asking the owner and will
come back to you by Monday 23 November.

Best,
Sam""", who="sam", parent="q", promises=[(eod(23), None)])

c = case("s23-hot-tub-no-deadline", "en", "pending",
         {"missed-follow-up": 1, "unanswered-question": 1},
         "Megan Price <megan.price@example.com>", "Hot tub at Villa Pinar", "apple",
         "Promise without a deadline, not kept within two days; the gas-bottle question skipped.")
say(c, "q", "customer", at(16, "08:00"), """Hi,

Can you check whether the hot tub at Villa Pinar will be working in December?
Also, is the BBQ gas bottle included?

Megan""", answered=1)
say(c, "a", "agent", at(16, "10:00"), """Hi Megan,

Let me check with the property manager about the hot tub and I'll get back to you.

Best,
Sam""", who="sam", parent="q", promises=[(at(18, "10:00"), None)])

c = case("s24-driver-logistics", "en", "closed", {}, "Gareth Lewis <gareth.lewis@example.org>",
         "Arrival on Saturday", "gmail",
         "Logistics statements about the driver and keyholder are not promises; thanks-only end.")
say(c, "q", "customer", at(5, "17:00"), """Hi,

Where do we meet the driver at the airport? And what time can we check in at Villa Palmera?

Gareth""", answered=2)
say(c, "a", "agent", at(6, "09:00"), """Hi Gareth,

The driver will meet you at arrivals holding a Brisamar sign with your name. Check-in
is from 16:00; the keyholder will be at the villa at 16:00 to show you around.

Best,
Sam""", who="sam", parent="q")
say(c, "t", "customer", at(6, "09:30"), """Thanks, see you Saturday!

Gareth

{quote}""", parent="a", thanks=True)

c = case("s25-extra-night-offer", "en", "closed", {}, "Isla Murray <isla.murray@example.com>",
         "Arriving a day early?", "gmail",
         "Answered, with a conditional offer the customer never takes up.")
say(c, "q", "customer", at(3, "12:00"), """Hello,

Can we arrive a day early at Villa Ginesta, on 11 December instead of the 12th?

Isla""", answered=1)
say(c, "a", "agent", at(3, "13:15"), """Hi Isla,

The villa is free the night before, so yes, for 180 EUR. If you'd like it, just let me
know and I'll send you the updated invoice.

Best,
Sam""", who="sam", parent="q")

c = case("s26-receipt-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "Harriet Nolan <harriet.nolan@example.net>", "Receipt for deposit", "gmail",
         "The request is resent unthreaded two days later; the receipt follows as a PDF.")
say(c, "q", "customer", at(2, "09:00"), """Hello,

Could you send me the receipt for my deposit payment of 450 EUR (BH-20377)? I need it
for my records.

Harriet Nolan""", answered=1)
say(c, "r", "customer", at(4, "10:00"), """Hello,

Could you send me the receipt for my deposit payment of 450 EUR (BH-20377)? I need it
for my records.

Harriet Nolan""", chase=True)
say(c, "a", "agent", at(4, "13:00"), """Dear Harriet,

Sorry for the wait - the receipt is attached.

Kind regards,
Tom""", who="tom", parent="r",
    attach=[("application/pdf", "receipt-BH-20377.pdf",
             mailcraft.pdf(["Brisamar Holidays - Receipt", "Booking BH-20377",
                            "Deposit received: 450.00 EUR"]))])

c = case("s27-overpayment-colleague", "en", "closed", {}, "Sophie Turner <sophie.turner@example.com>",
         "Paid twice?", "gmail", "A promise handed to a colleague, who keeps it the next day.")
say(c, "q", "customer", at(9, "09:00"), """Hi,

I think I paid the balance twice for BH-20590 - can you check and refund one of them?
Also, can you confirm the balance is now fully paid?

Sophie""", answered=2)
say(c, "a", "agent", at(9, "10:30"), """Hi Sophie,

You're right, there are two payments of 760 EUR, so your balance is fully paid with
one payment to spare. I've asked Tom from payments to confirm the refund by tomorrow.

Best,
Sam""", who="sam", parent="q", promises=[(eod(10), "a2")])
say(c, "a2", "agent", at(10, "11:45"), """Dear Sophie,

The duplicate payment of 760 EUR has been refunded to your card today.

Kind regards,
Tom""", who="tom", parent="a")

c = case("s28-apartment-paragraph", "en", "closed", {"unanswered-question": 1},
         "Nathan Cole <nathan.cole@example.org>", "Apartamento Faro for 8", "gmail",
         "Four questions, three answered in one paragraph out of order, the long-stay discount not.")
say(c, "q", "customer", at(5, "19:00"), """Hi,

We're 8 friends looking at Apartamento Faro for two weeks in July.

How many bathrooms are there?
Is there air conditioning in the bedrooms?
Is the beach walkable?
Could you also tell me whether there's a discount for stays of 14 nights?

Nathan""", answered=3)
say(c, "a", "agent", at(6, "09:10"), """Hi Nathan,

The beach is a five-minute walk, all four bedrooms have air conditioning, and there
are three bathrooms (two en suite).

Best,
Sam""", who="sam", parent="q")

c = case("s29-total-price-partial", "en", "closed", {"unanswered-question": 1},
         "Emma Richards <emma.richards@example.com>", "Price for May", "gmail",
         "Asked for the total with fees, given the nightly rate only (partial = unanswered).")
say(c, "q", "customer", at(4, "09:30"), """Hello,

Can you tell me the total price including cleaning fee and tourist tax for 7 nights at Villa Olivar from 8 May?
Is there a minimum stay in May?

Emma""", answered=1)
say(c, "a", "agent", at(4, "12:00"), """Hi Emma,

The rate for those dates is 145 EUR per night, and the minimum stay in May is five
nights.

Best,
Sam""", who="sam", parent="q")

c = case("s30-second-mail-new-info", "en", "closed", {}, "Jack Forsyth <jack.forsyth@example.net>",
         "Wi-Fi at Casa Brisa", "gmail",
         "A second mail adds the booking number and a question before support replies (not a "
         "chase); one reply answers both.")
say(c, "q", "customer", at(10, "08:00"), """Hi,

Is the Wi-Fi at Casa Brisa fast enough for video calls? I'll be working some days.

Jack""", answered=1)
say(c, "q2", "customer", at(10, "08:20"), """Sorry, forgot to say - it's booking BH-20711. Is there a desk in one of the bedrooms too?

Jack

{quote}""", parent="q", answered=1)
say(c, "a", "agent", at(10, "09:30"), """Hi Jack,

300 Mbit/s fibre, so video calls are no problem. And yes, the small bedroom has a desk
and an office chair.

Best,
Sam""", who="sam", parent="q2")

c = case("s31-invoice-correction-chased", "en", "open",
         {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1, "unanswered-question": 1},
         "Rebecca Lyons <rebecca.lyons@lyonsco.example>", "Wrong invoice BH-20644", "outlook",
         "Corrected invoice promised for Wednesday never comes; two chasers, no reply since.")
say(c, "q", "customer", at(9, "09:00"), """Hello,

The invoice for BH-20644 shows 6 guests, but we are 4. Please correct it, as my company
reimburses me against it.

Could you also confirm the check-in time?

Rebecca Lyons""", answered=1)
say(c, "a", "agent", at(9, "11:00"), """Dear Rebecca,

Apologies for the error. I'll fix the invoice and send it by Wednesday.

Kind regards,
Tom""", who="tom", parent="q", promises=[(eod(11), None)])
say(c, "c1", "customer", at(12, "09:30"), """Hi Tom,

Any update on the corrected invoice?

Rebecca

{quote}""", parent="a", chase=True)
say(c, "c2", "customer", at(17, "10:00"), """Hello,

I'm still waiting for the corrected invoice - this is my third email.

Rebecca

{quote}""", parent="c1", chase=True)

c = case("s32-de-hund-grill-adresse", "de", "closed", {"unanswered-question": 1},
         "Sabine Hartmann <sabine.hartmann@example.de>", "Fragen zur Finca Los Almendros", "gmail_de",
         "Hund und Grill beantwortet, die Adressänderung für die Rechnung nicht.")
say(c, "q", "customer", at(3, "18:00", 1), """Guten Tag,

wir haben die Finca Los Almendros für Ostern gebucht (BH-20480).

Ist in der Finca Los Almendros ein Hund erlaubt? Gibt es einen Grill?

Außerdem bitte ich Sie, die Rechnung an meine neue Adresse zu schicken: Lindenstraße 8, 79098 Freiburg.

Viele Grüße
Sabine Hartmann""", answered=2)
say(c, "a", "agent", at(4, "09:15", 1), """Sehr geehrte Frau Hartmann,

ja, Hunde sind in der Finca willkommen (Haustierpauschale 40 EUR). Ein gemauerter
Holzkohlegrill steht auf der Terrasse, Kohle finden Sie im Schuppen.

Freundliche Grüße
Jonas Keller""", who="jonas", parent="q")

c = case("s33-de-stornierung-nachfrage", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Markus Brandt <markus.brandt@example.de>", "Stornierung BH-20301", "outlook_de",
         "'Ich melde mich morgen' zur Erstattung, eingelöst erst nach der Nachfrage drei Tage später.")
say(c, "q", "customer", at(2, "10:00", 1), """Guten Tag,

wir müssen unsere Buchung BH-20301 (Villa Olivar, 19.-26. Dezember) leider stornieren.
Wie viel bekommen wir von der Anzahlung zurück?

Mit freundlichen Grüßen
Markus Brandt""", answered=1)
say(c, "a", "agent", at(3, "09:00", 1), """Sehr geehrter Herr Brandt,

die Buchung ist storniert. Die Höhe der Erstattung kläre ich mit der Buchhaltung und
melde mich morgen bei Ihnen.

Freundliche Grüße
Jonas Keller""", who="jonas", parent="q", promises=[(eod(4), "a2")])
say(c, "c", "customer", at(6, "11:00", 1), """Hallo Herr Keller,

ich warte immer noch auf eine Antwort zu unserer Erstattung.

Markus Brandt

{quote}""", parent="a", chase=True, answered=1)
say(c, "a2", "agent", at(6, "14:00", 1), """Sehr geehrter Herr Brandt,

entschuldigen Sie die Verzögerung. Sie erhalten 70 % der Anzahlung zurück, also
1.176 EUR; die Überweisung ist heute rausgegangen.

Freundliche Grüße
Jonas Keller""", who="jonas", parent="c")

c = case("s34-de-transfer-inline", "de", "closed", {}, "Petra Lang <petra.lang@example.at>",
         "Transfer vom Flughafen Palma", "thunderbird_de",
         "Drei Fragen, inline unter dem Zitat beantwortet.")
say(c, "q", "customer", at(5, "20:00", 1), """Hallo,

für unseren Transfer am 12. Dezember noch drei Fragen:

Gibt es Kindersitze im Transferfahrzeug?
Wie lange dauert die Fahrt vom Flughafen Palma?
Können wir unterwegs kurz an einem Supermarkt halten?

Danke und Grüße
Petra Lang""", answered=3)
say(c, "a", "agent", at(6, "09:30", 1), """Hallo Frau Lang,

Am 05.11.26 um 20:00 schrieb Petra Lang:
> Gibt es Kindersitze im Transferfahrzeug?

Ja, bis zu zwei Kindersitze sind kostenlos - bitte nennen Sie mir das Alter der Kinder.

> Wie lange dauert die Fahrt vom Flughafen Palma?

Etwa 50 Minuten.

> Können wir unterwegs kurz an einem Supermarkt halten?

Ja, ein kurzer Stopp ist im Preis inbegriffen.

Viele Grüße
Jonas Keller""", who="jonas", parent="q", client="thunderbird_de")
say(c, "r", "customer", at(6, "10:10", 1), """Die Kinder sind 3 und 6 Jahre alt. Danke!

Petra

{quote}""", parent="a", client="thunderbird_de")
say(c, "a2", "agent", at(6, "10:40", 1), """Hallo Frau Lang,

notiert: ein Kindersitz und eine Sitzerhöhung.

Viele Grüße
Jonas Keller""", who="jonas", parent="r")

c = case("s35-de-gruppe-koch", "de", "pending", {"unanswered-question": 1},
         "Florian Meier <florian.meier@meier-consulting.example>", "Gruppenreise 14 Personen Mai 2027",
         "outlook_de",
         "Gruppenangebot pünktlich (Englisch mit deutscher Anrede); die Frage nach dem Koch bleibt offen.")
say(c, "q", "customer", at(16, "08:30", 1), """Guten Morgen,

wir planen eine Teamreise für 14 Personen im Mai 2027 an die Costa del Sol.

Können Sie uns ein Angebot für zwei benachbarte Villen vom 10. bis 14. Mai machen?
Ist ein Koch für ein Abendessen buchbar?

Viele Grüße
Florian Meier""", answered=1)
ack(c, "ack", at(16, "08:31", 1), "q", lang="de")
say(c, "a", "agent", at(16, "14:00"), """Hallo Herr Meier,

thank you for your enquiry - I'm Nina from our groups desk and I'll reply in English if
that's all right. I'll send the detailed quote by Wednesday 18 November.

Best regards,
Nina""", who="nina", parent="q", promises=[(eod(18), "a2")])
say(c, "a2", "agent", at(18, "12:00"), """Hallo Herr Meier,

here is the quote: Villa Adelfas and Villa Olivar, 10-14 May 2027, 14 guests, 6,280 EUR
including final cleaning and linen. The offer is valid for 14 days.

Best regards,
Nina""", who="nina", parent="a")

c = case("s36-de-fahrrad-nachfrage", "de", "open",
         {"unanswered-question": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Katrin Wolff <katrin.wolff@example.de>", "Anreise Casa Limonero", "gmail_de",
         "Bettwäsche beantwortet, Fahrräder nicht; eine weitere Frage und eine Nachfrage bleiben "
         "ohne Antwort.")
say(c, "q", "customer", at(12, "09:00", 1), """Hallo,

ist die Bettwäsche in der Casa Limonero inklusive?
Kann man vor Ort Fahrräder leihen?

Grüße
Katrin Wolff""", answered=1)
say(c, "a", "agent", at(12, "13:00", 1), """Hallo Frau Wolff,

ja, Bettwäsche und Handtücher sind inklusive und werden wöchentlich gewechselt.

Viele Grüße
Jonas Keller""", who="jonas", parent="q")
say(c, "q2", "customer", at(16, "18:00", 1), """Danke. Eine Frage noch: Dürfen wir am Abreisetag bis 12 Uhr bleiben?

Katrin

{quote}""", parent="a")
say(c, "c", "customer", at(18, "17:30", 1), """Hallo, gibt es schon etwas Neues zu meiner Frage?

Katrin

{quote}""", parent="q2", chase=True, cte="quoted-printable")

c = case("s37-fr-assurance-greve", "fr", "closed", {"unanswered-question": 1},
         "Julien Lefèvre <julien.lefevre@example.fr>", "Assurance annulation", "apple_fr",
         "Les conditions envoyées en pièce jointe, la question sur la grève reste sans réponse.")
say(c, "q", "customer", at(4, "19:00", 1), """Bonjour,

Je voudrais savoir si l'assurance annulation couvre une grève des contrôleurs aériens.
Pourriez-vous aussi m'envoyer les conditions générales en PDF ?

Cordialement,
Julien Lefèvre""", answered=1)
say(c, "a", "agent", at(5, "10:00", 1), """Bonjour Monsieur Lefèvre,

Vous trouverez nos conditions générales en pièce jointe.

Bien cordialement,
Claire Morel""", who="claire", parent="q",
    attach=[("application/pdf", "Brisamar-conditions-generales.pdf",
             mailcraft.pdf(["Brisamar Holidays - Conditions generales", "Version 2026-09"]))])

c = case("s38-fr-caution-relance", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Nathalie Roussel <nathalie.roussel@example.fr>", "Caution Villa Palmera", "gmail",
         "« Je reviens vers vous d'ici jeudi » non tenu ; relance le lundi suivant.")
say(c, "q", "customer", at(3, "09:00", 1), """Bonjour,

Nous avons quitté la Villa Palmera samedi. Quand la caution de 400 € sera-t-elle remboursée ?

Nathalie Roussel""", answered=1)
say(c, "a", "agent", at(3, "11:00", 1), """Bonjour Madame Roussel,

J'attends le rapport de sortie du propriétaire et je reviens vers vous d'ici jeudi.

Bien cordialement,
Claire Morel""", who="claire", parent="q", promises=[(eod(5), "a2")])
say(c, "c", "customer", at(9, "09:30", 1), """Bonjour Claire,

Je me permets de vous relancer concernant la caution.

Nathalie

{quote}""", parent="a", client="gmail", chase=True, answered=1)
say(c, "a2", "agent", at(9, "11:00", 1), """Bonjour Madame Roussel,

Toutes mes excuses pour ce retard : la caution de 400 € a été remboursée aujourd'hui.

Bien cordialement,
Claire Morel""", who="claire", parent="c")

c = case("s39-fr-chat-html", "fr", "closed", {}, "Élise Garnier <elise.garnier@example.fr>",
         "Chat accepté ?", "owa", "Un mail HTML seul, deux questions, réponses brèves.")
say(c, "q", "customer", at(5, "14:00", 1), """Bonjour,

Nous voyageons avec notre chat. Est-il accepté à l'Apartamento Mirador ?
Faut-il payer un supplément ?

Merci,
Élise Garnier""", kind="html", answered=2)
say(c, "a", "agent", at(5, "16:00", 1), """Bonjour Madame Garnier,

Oui, les chats sont acceptés, avec le même forfait animaux de 40 € par séjour.

Bien cordialement,
Claire Morel""", who="claire", parent="q")

c = case("s40-fr-changement-noms", "fr", "pending", {}, "Paul Girard <paul.girard@example.fr>",
         "Changement de nom sur la réservation", "apple_fr",
         "Changement de voyageur et frais : « C'est fait, sans frais. »")
say(c, "q", "customer", at(17, "10:00", 1), """Bonjour,

Pouvez-vous remplacer Mme Anne Roux par M. Paul Girard sur la réservation BH-20702 ?
Y a-t-il des frais ?

Paul Girard""", answered=2)
say(c, "a", "agent", at(17, "11:30", 1), """Bonjour Monsieur Girard,

C'est fait, sans frais.

Bien cordialement,
Claire Morel""", who="claire", parent="q")

c = case("s41-fr-seminaire-navette", "fr", "closed", {"unanswered-question": 2},
         "Hugo Fontaine <hugo.fontaine@agence-fontaine.example>", "Séminaire Villa Horizon", "outlook",
         "Salle de réunion confirmée ; petit-déjeuner et devis navette oubliés.")
say(c, "q", "customer", at(2, "10:00", 1), """Bonjour,

Nous organisons un séminaire de 20 personnes en mars.

Est-ce que la salle de réunion de la Villa Horizon peut accueillir 20 personnes ?
Pourriez-vous nous indiquer si le petit-déjeuner peut être livré chaque matin ?
Merci de nous envoyer également un devis pour la navette depuis l'aéroport de Nice.

Hugo Fontaine""", answered=1)
say(c, "a", "agent", at(2, "15:00", 1), """Bonjour Monsieur Fontaine,

Oui, la salle de réunion de la Villa Horizon accueille jusqu'à 24 personnes, avec
vidéoprojecteur et tableau blanc.

Bien cordialement,
Claire Morel""", who="claire", parent="q")

c = case("s42-es-fianza-factura", "es", "closed", {"unanswered-question": 1},
         "Javier Ortega <javier.ortega@example.es>", "Fianza y factura", "gmail_es",
         "La fianza respondida; la factura con NIF no.")
say(c, "q", "customer", at(3, "10:00", 1), """Hola:

Salimos del Apartamento Faro el domingo. ¿Cuándo me devolverán la fianza de 300 €?
Por favor, envíenme también la factura con mi NIF 48291736K.

Un saludo,
Javier Ortega""", cte="base64", answered=1)
say(c, "a", "agent", at(3, "12:30", 1), """Hola, Javier:

La fianza se devolvió ayer a su tarjeta; el banco suele tardar entre 3 y 5 días
laborables en mostrarla.

Un saludo,
Laura""", who="laura", parent="q")

c = case("s43-es-traslado-sigo-esperando", "es", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1, "unanswered-question": 1},
         "Carmen Vidal <carmen.vidal@example.es>", "Traslado para 6 personas", "gmail_es",
         "Precio prometido para el jueves, nunca enviado; la silla de bebé ignorada; la clienta "
         "insiste sin respuesta.")
say(c, "q", "customer", at(10, "09:00", 1), """Hola:

Necesitamos un traslado del aeropuerto de Alicante a la Villa Pinar para 6 personas el 4 de diciembre.
¿El conductor puede llevar una silla de bebé?

Gracias,
Carmen Vidal""", answered=1)
say(c, "a", "agent", at(10, "12:00", 1), """Hola, Carmen:

Le escribo el jueves con el precio del traslado para 6 personas.

Un saludo,
Laura""", who="laura", parent="q", promises=[(eod(12), None)])
say(c, "c", "customer", at(16, "10:00", 1), """Hola, Laura:

¿Hay alguna novedad? Sigo esperando el precio del traslado.

Carmen

{quote}""", parent="a", chase=True)

c = case("s44-es-cambio-si-y-si", "es", "closed", {}, "Andrés Molina <andres.molina@example.es>",
         "Cambio de fecha de llegada", "gmail_es", "Dos preguntas contestadas con «Sí y sí»; gracias.")
say(c, "q", "customer", at(5, "11:00", 1), """Hola:

¿Podemos cambiar la llegada del 3 al 4 de enero (reserva BH-20560)? ¿Se mantiene el mismo precio por noche?

Andrés""", answered=2)
say(c, "a", "agent", at(5, "12:10", 1), """Hola, Andrés:

Sí y sí. Ya está modificada.

Un saludo,
Laura""", who="laura", parent="q")
say(c, "t", "customer", at(5, "12:30", 1), """¡Muchas gracias!

{quote}""", parent="a", thanks=True)

c = case("s45-es-accesibilidad-mixto", "es", "pending", {"unanswered-question": 1},
         "Lucía Herrera <lucia.herrera@example.es>", "Accesibilidad Villa Roca", "gmail_es",
         "Mensaje en español con frases en inglés; el aparcamiento respondido, la grúa de la "
         "piscina no.")
say(c, "q", "customer", at(17, "09:00", 1), """Hola,

Mi madre va en silla de ruedas. Sorry, I'll mix some English in - my Spanish is rusty.

¿La piscina tiene grúa o escalera con barandilla?
¿Hay plaza de aparcamiento reservada para personas con movilidad reducida?

Thanks a lot,
Lucía""", answered=1)
say(c, "a", "agent", at(17, "12:00", 1), """Hola, Lucía:

Sí, hay una plaza de aparcamiento ancha junto a la puerta, reservada para ustedes.
(In English too: yes, a wide parking space next to the door is reserved for you.)

Un saludo,
Laura""", who="laura", parent="q")

c = case("s46-gift-voucher-post", "en", "closed", {"unanswered-question": 2},
         "Diane Foster <diane.foster@example.com>", "Gift voucher", "gmail",
         "Voucher question answered; the follow-up about posting it and its wording is not.")
say(c, "q", "customer", at(2, "12:00"), """Hello,

Do you sell gift vouchers? It's my mum's 70th in December.

Diane""", answered=1)
say(c, "a", "agent", at(2, "13:00"), """Hi Diane,

Yes - for any amount from 50 EUR, valid for two years on any of our villas.

Best,
Sam""", who="sam", parent="q")
say(c, "q2", "customer", at(2, "18:00"), """Great, I'd like one for 200 EUR.
Can I have it sent by post to my mum rather than by email?
Could the voucher say 'Happy 70th, Mum'?

Diane

{quote}""", parent="a", answered=1)
say(c, "a2", "agent", at(3, "09:00"), """Hi Diane,

Lovely - I've sent you the payment link for the 200 EUR voucher.

Best,
Sam""", who="sam", parent="q2")

c = case("s47-kitchen-photos-eod", "en", "closed", {"missed-follow-up": 1},
         "Simon Hughes <simon.hughes@example.net>", "More photos of the kitchen", "thunderbird",
         "Photos promised by end of day arrive the next morning.")
say(c, "q", "customer", at(4, "10:00"), """Hello,

Could you send a few more photos of the kitchen at Villa Adelfas? We like to cook.
Is there a floor plan of the house as well?

Simon""", answered=2)
say(c, "a", "agent", at(4, "11:00"), """Hi Simon,

https://brisamar.example/villas/adelfas/floorplan.pdf

Photos: I'll ask the keyholder to take some and send them over by end of day.

Sam""", who="sam", parent="q", promises=[(eod(4), "a2")])
say(c, "a2", "agent", at(5, "10:00"), """Hi Simon,

Here is the kitchen - sorry these came a little later than I said.

Sam""", who="sam", parent="a", attach=[("image/png", "adelfas-kitchen.png", PHOTO)])

c = case("s48-early-next-week-kept", "en", "closed", {}, "Karen Blake <karen.blake@blakehr.example>",
         "Group rate for 10 colleagues", "outlook",
         "'Early next week' on a Thursday, kept on the Tuesday; the customer's out-of-office "
         "reply is automatic mail.")
say(c, "q", "customer", at(5, "09:00"), """Hello,

Could you quote a group rate for 10 colleagues at Villa Horizon for 15-18 April?

Karen Blake""", answered=1)
say(c, "a", "agent", at(5, "14:00"), """Dear Karen,

Thank you - I'm checking availability with two owners and will send you the rate early
next week.

Kind regards,
Nina""", who="nina", parent="q", promises=[(eod(10), "a2")])
say(c, "a2", "agent", at(10, "15:00"), """Dear Karen,

As promised: Villa Horizon, 15-18 April 2027, 10 guests, 3,150 EUR all inclusive.

Kind regards,
Nina""", who="nina", parent="a")
say(c, "ooo", "auto", at(10, "15:01"), """Thank you for your email. I'm out of the office until Monday 16 November with limited access to email. For urgent HR matters please contact hr@blakehr.example.

Karen Blake""", subject="Automatic reply: RE: Group rate for 10 colleagues", parent="a2",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

c = case("s49-dinner-confirm-12-nov", "en", "closed", {"missed-follow-up": 1},
         "Tariq Hussain <tariq.hussain@example.org>", "Dinner for 30 at the villa?", "gmail",
         "'I'll confirm on 12 November' never kept; the case then goes quiet.")
say(c, "q", "customer", at(9, "09:00"), """Hi,

Could Villa Horizon host a small wedding dinner for 30 people on the terrace in May?

Tariq""", answered=1)
say(c, "a", "agent", at(9, "12:00"), """Hi Tariq,

The terrace can seat 30, but events need the owner's approval. I'll confirm with the
owner on 12 November.

Kind regards,
Nina""", who="nina", parent="q", promises=[(eod(12), None)])

c = case("s50-group-rate-checking-in", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Laura Whitman <laura.whitman@example.com>", "Group rate for a hiking club", "gmail",
         "'She'll be in touch' without a deadline, kept after the two-day window and a nudge.")
say(c, "q", "customer", at(9, "10:00"), """Hello,

Our hiking club (12 people) would like two apartments in Frigiliana in April. Do you have a group rate?

Laura Whitman""", answered=1)
say(c, "a", "agent", at(9, "11:00"), """Hi Laura,

I've passed your question to Nina on our groups desk; she'll be in touch about the group
rate.

Best,
Sam""", who="sam", parent="q", promises=[(at(11, "11:00"), "a2")])
say(c, "c", "customer", at(12, "16:00"), """Just checking in on the group rate - has Nina had a chance to look?

Laura

{quote}""", parent="a", chase=True, answered=1)
say(c, "a2", "agent", at(13, "11:00"), """Dear Laura,

Sorry for the wait. For 12 guests in April we offer 10 % off: two apartments,
Faro and Mirador, 7 nights, 2,430 EUR.

Kind regards,
Nina""", who="nina", parent="c")

# --------------------------------------------------------------------------------------
# The hand-written unanswered-question labels
# --------------------------------------------------------------------------------------

UNANSWERED = {
    "s02-balance-billing-address": [
        "Also, please update our billing address to 14 Kestrel Way, Harrogate HG2 7QP."],
    "s04-labrador-fence": ["Could you also check whether the garden is fully fenced?"],
    "s06-cancel-refund-late": ["Please also remove my card details from your system."],
    "s09-date-move-pickup": ["One more thing: does the new week still include the free airport pickup?"],
    "s11-insurance-different-answer": [
        "Does your travel insurance cover cancellation if I fall ill before departure?"],
    "s15-parking-slow": ["Can we charge an electric car at the villa?"],
    "s20-template-villa-roca": [
        "Is there a washing machine at Villa Roca?",
        "Could you send me the exact address so I can share it with my parents?"],
    "s21-invoice-company-name": [
        "Also, please send the invoice in my company's name, Harlow Design Ltd, VAT GB 284 1193 07."],
    "s23-hot-tub-no-deadline": ["Also, is the BBQ gas bottle included?"],
    "s28-apartment-paragraph": [
        "Could you also tell me whether there's a discount for stays of 14 nights?"],
    "s29-total-price-partial": [
        ("Can you tell me the total price including cleaning fee and tourist tax for 7 nights at "
        "Villa Olivar from 8 May?")],
    "s31-invoice-correction-chased": ["Could you also confirm the check-in time?"],
    "s32-de-hund-grill-adresse": [
        ("Außerdem bitte ich Sie, die Rechnung an meine neue Adresse zu schicken: Lindenstraße 8, "
        "79098 Freiburg.")],
    "s35-de-gruppe-koch": ["Ist ein Koch für ein Abendessen buchbar?"],
    "s36-de-fahrrad-nachfrage": ["Kann man vor Ort Fahrräder leihen?"],
    "s37-fr-assurance-greve": [
        "Je voudrais savoir si l'assurance annulation couvre une grève des contrôleurs aériens."],
    "s41-fr-seminaire-navette": [
        "Pourriez-vous nous indiquer si le petit-déjeuner peut être livré chaque matin ?",
        "Merci de nous envoyer également un devis pour la navette depuis l'aéroport de Nice."],
    "s42-es-fianza-factura": ["Por favor, envíenme también la factura con mi NIF 48291736K."],
    "s43-es-traslado-sigo-esperando": ["¿El conductor puede llevar una silla de bebé?"],
    "s45-es-accesibilidad-mixto": ["¿La piscina tiene grúa o escalera con barandilla?"],
    "s46-gift-voucher-post": [
        "Can I have it sent by post to my mum rather than by email?",
        "Could the voucher say 'Happy 70th, Mum'?"],
}

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
        agent_after = {m.key: any(a.role == "agent" and a.date > m.date for a in c.msgs) for m in c.msgs}
        for m in c.msgs:
            if m.uq and m.role != "customer":
                out.append(f"{m.key}: unanswered questions on a non-customer message")
            if m.uq and not agent_after[m.key]:
                out.append(f"{m.key}: unanswered question without a later support reply")
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


def counts() -> dict[str, int]:
    """Corpus figures for the README: cases, messages by place, clean cases, questions."""
    msgs = [m for c in CASES for m in c.msgs]
    return {"cases": len(CASES), "messages": len(msgs),
            "inbox": sum(m.role in ("customer", "auto") for m in msgs),
            "replies": sum(m.role == "agent" for m in msgs),
            "acknowledgements": sum(m.role == "ack" for m in msgs),
            "clean": sum(1 for c in CASES if not c.rules),
            "answered_questions": sum(m.answered for m in msgs),
            "unanswered_questions": sum(len(m.uq) for m in msgs)}


def round_trip_problem(m: Msg, parsed) -> str | None:
    """A problem if the written message does not read back: the plain text must round-trip;
    an HTML-only message must still have its HTML body."""
    if m.kind == "html":
        return None if parsed.get_body(("html",)) is not None else f"{m.key}: no HTML body"
    return mailcraft.round_trip_problem(m, parsed, m.role in ("customer", "auto"))


def write(out: Path) -> None:
    """Write the corpus to ``out`` (mailbox, labels.json, CASES.md), replacing what is there."""
    attach_unanswered()
    msgs = render_all()
    found = problems()
    if found:
        raise SystemExit("refusing to write an inconsistent corpus:\n  " + "\n  ".join(found))
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "sealed"
        (stage / "mailbox").mkdir(parents=True)
        inbox = [m for m in msgs if m.role in ("customer", "auto")]
        (stage / "mailbox" / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
        mailcraft.write_maildir(stage / "mailbox" / "Sent",
                                ((m.date, m.raw, m.role == "agent") for m in msgs
                                 if m.role in ("agent", "ack")), "mx1.brisamar.example")
        lab = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
        (stage / "labels.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        rows = [(c.name, c.lang, addr_of(c.customer)[0], c.client, len(c.msgs), c.status,
                 {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in CASES]
        (stage / "CASES.md").write_text(mailcraft.cases_table(
            "Brisamar Holidays - sealed corpus cases", "make_sealed_corpus.py", rows), encoding="utf-8")
        parsed_in, parsed_sent = mailcraft.read_back(stage / "mailbox" / "inbox.mbox",
                                                     stage / "mailbox" / "Sent")
        bad = mailcraft.parse_problems(parsed_in + parsed_sent)
        by_id = {p["Message-ID"]: p for p in parsed_in + parsed_sent}
        bad += [issue for m in msgs if (issue := round_trip_problem(m, by_id[m.message_id]))]
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
    ap = argparse.ArgumentParser(description="Regenerate the sealed labelled corpus.")
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "sealed")
    args = ap.parse_args(argv)
    write(args.out)
    print(f"wrote {args.out}: " + ", ".join(f"{v} {k}" for k, v in counts().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
