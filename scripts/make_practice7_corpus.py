#!/usr/bin/env python3
"""Regenerate ``tests/practice7/``: the labelled corpus of Quillmark Print support.

A support mailbox of a fictional custom print shop (business cards, flyers, banners,
booklets, packaging and large-format print; proofs, paper stocks, finishes, bleed and
artwork files, print runs, reorders, trade/reseller accounts, delivery and rush jobs),
written without looking at the detection heuristics or at the other corpora's cases, with
many customer questions - answered in varied ways and left unanswered in realistic ways.
Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults, support domain
``quillmark.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, unanswered questions, the number of
questions that were answered). The script recomputes status and every rule count from those
facts and the dates, and refuses to write when they disagree with the hand-written case
labels, when a labelled question is not verbatim in the customer's own text of its message,
or when a labelled question has no support reply after it.

Deterministic (no clock, no randomness) and standard library only. All times in the case
data are UTC; each Date header shows the sender's own offset.

Usage: python scripts/make_practice7_corpus.py [--out DIR] [--summary]
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

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
RULES = mailcraft.RULES
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "quillmark.example"
SUPPORT = "Quillmark Print Support <help@quillmark.example>"
CET = timezone(timedelta(hours=1))

AGENTS = {
    "hannah": ("Hannah Pryce <hannah@quillmark.example>", "gmail", UTC, """-- 
Hannah Pryce
Customer Service | Quillmark Print
Order status: https://quillmark.example/orders?ref=mail"""),
    "owen": ("Owen Mercer <owen@quillmark.example>", "thunderbird", UTC, """-- 
Owen Mercer
Prepress & Artwork | Quillmark Print
Artwork guide: https://quillmark.example/guide/artwork?v=3"""),
    "priya": ("Priya Nair <priya@quillmark.example>", "outlook", UTC, """-- 
Priya Nair
Trade Accounts & Billing | Quillmark Print
This message is confidential and intended only for the addressee."""),
    "dan": ("Dan Okafor <dan@quillmark.example>", "owa", UTC, """-- 
Dan Okafor
Production & Dispatch | Quillmark Print"""),
    "lukas": ("Lukas Brenner <lukas@quillmark.example>", "outlook_de", CET, """-- 
Lukas Brenner
Kundenservice DACH | Quillmark Print
https://quillmark.example/de/hilfe?quelle=signatur"""),
    "sophie": ("Sophie Lefèvre <sophie@quillmark.example>", "apple_fr", CET, """-- 
Sophie Lefèvre
Service clients France & Belgique | Quillmark Print
https://quillmark.example/fr/aide?src=email"""),
    "lucia": ("Lucía Ferrer <lucia@quillmark.example>", "gmail_es", CET, """-- 
Lucía Ferrer
Atención al cliente | Quillmark Print
+34 93 555 0142"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Quillmark Print. This is an automatic confirmation:
your request has been logged as ticket {ref}. Our team works Monday to
Friday, 8:30-17:30 UK time, and we will reply within 24 hours.

Please do not reply to this message.

Quillmark Print Support
https://quillmark.example/support/tickets?id={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Quillmark Print. Dies ist eine automatische
Eingangsbestätigung: Ihre Anfrage hat die Nummer {ref}. Wir antworten
werktags innerhalb von 24 Stunden.

Bitte antworten Sie nicht auf diese E-Mail.

Quillmark Print Kundenservice""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "iphone": ["X-Mailer: iPhone Mail (22C152)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Eudora 7.1"],
    "helpdesk": ["X-Mailer: Quillmark Desk 2.9"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="qm.", outlook_server="AM6PR0",
                            gmail_boundary_zeros=10)

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack | auto (a customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)
    answered: int = 0  # customer questions in this message that support answers
    note: str = ""
    extra: list[tuple[str, str]] = field(default_factory=list)
    raw: bytes = b""


@dataclass
class Case:
    """One labelled support case: hand-written labels plus the messages they describe."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    story: str
    customer: str
    client: str
    subject: str
    tz: timezone = UTC
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The labelled unanswered questions, in message order."""
        return [q for m in sorted(self.msgs, key=lambda m: (m.date, m.key)) for q in m.uq]


CASES: list[Case] = []
BY_KEY: dict[str, Msg] = {}


def at(when: str) -> datetime:
    """``"MM-DD HH:MM"`` in 2026, UTC."""
    return datetime.strptime(f"2026-{when}", "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def reply_subject(subject: str, client: str) -> str:
    """The subject a client puts on a reply: ``RE:``/``AW:``/``Re:`` once in front."""
    base = subject
    for prefix in ("Re: ", "RE: ", "AW: ", "Aw: ", "RE : ", "Réf : "):
        base = base.removeprefix(prefix)
    if client in ("outlook", "owa", "android"):
        return f"RE: {base}"
    if client == "outlook_de":
        return f"AW: {base}"
    return f"Re: {base}"


def case(name: str, lang: str, status: str, rules: dict[str, int], story: str, *,
         customer: str, client: str, subject: str, tz: timezone = UTC) -> Case:
    """Register a case; its messages follow with :func:`cust`, :func:`agent`, :func:`ack`."""
    c = Case(name, lang, status, rules, story, customer, client, subject, tz)
    CASES.append(c)
    return c


def _add(c: Case, m: Msg) -> Msg:
    if m.key in BY_KEY:
        raise SystemExit(f"duplicate message key {m.key}")
    BY_KEY[m.key] = m
    c.msgs.append(m)
    return m


def cust(c: Case, key: str, when: str, body: str, *, parent: str | None = None,
         subject: str | None = None, frm: str | None = None, client: str | None = None,
         quote: bool = True, uq: tuple[str, ...] = (), answered: int = 0, chase: bool = False,
         thanks_only: bool = False, **kw) -> Msg:
    """A customer message of case ``c`` (top-posted above the quoted parent by default)."""
    client = client or c.client
    if subject is None:
        subject = c.subject if parent is None else reply_subject(BY_KEY[parent].subject, client)
    if parent and quote and "{quote}" not in body:
        body = body.rstrip("\n") + "\n\n{quote}"
    date = at(when).astimezone(c.tz)
    return _add(c, Msg(key=key, case=c.name, role="customer", client=client, frm=frm or c.customer,
                       to=SUPPORT, subject=subject, date=date, body=body, parent=parent,
                       uq=list(uq), answered=answered, chase=chase, thanks_only=thanks_only, **kw))


def auto(c: Case, key: str, when: str, body: str, *, parent: str, subject: str) -> Msg:
    """A customer's own automatic reply (out-of-office) to a support message."""
    date = at(when).astimezone(c.tz)
    return _add(c, Msg(key=key, case=c.name, role="auto", client=c.client, frm=c.customer,
                       to=AGENTS[BY_KEY[parent].agent][0], subject=subject, date=date, body=body,
                       parent=parent, extra=[("Auto-Submitted", "auto-replied"),
                                             ("X-Autoreply", "yes")]))


def agent(c: Case, key: str, when: str, who: str, body: str, *, parent: str,
          quote: bool = True, promises: tuple[tuple[str, str | None], ...] = (),
          closes: bool = False, subject: str | None = None, to: str | None = None, **kw) -> Msg:
    """A support reply by agent ``who``: the body, the agent's signature, the quoted parent.

    ``promises`` are ``(deadline "MM-DD HH:MM" UTC, key of the message that kept it or None)``."""
    frm, client, tz, sig = AGENTS[who]
    client = kw.pop("client", client)
    text = body.rstrip("\n") + "\n\n" + sig
    if quote:
        text += "\n\n{quote}"
    p = BY_KEY[parent]
    return _add(c, Msg(key=key, case=c.name, role="agent", agent=who, client=client, frm=frm,
                       to=to or (p.frm if p.role == "customer" else p.to),
                       subject=subject or reply_subject(p.subject, client),
                       date=at(when).astimezone(tz), body=text, parent=parent,
                       promises=[(at(d), k) for d, k in promises], closes=closes, **kw))


def ack(c: Case, key: str, when: str, *, parent: str, ref: str, lang: str = "en") -> Msg:
    """The helpdesk's automatic acknowledgement of a customer message (multipart/alternative)."""
    p = BY_KEY[parent]
    subject = f"[{ref}] " + ("Wir haben Ihre Anfrage erhalten" if lang == "de"
                             else "We have received your request") + f": {p.subject}"
    return _add(c, Msg(key=key, case=c.name, role="ack", client="helpdesk", kind="alt",
                       frm=SUPPORT, to=p.frm, subject=subject, date=at(when).astimezone(UTC),
                       body=ACK[lang].format(ref=ref), parent=parent,
                       extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
                              ("X-Auto-Response-Suppress", "All")]))


def pdf(name: str, *lines: str) -> tuple[str, str, bytes]:
    """A small PDF attachment (proof, quote, invoice) with a few lines of text."""
    return ("application/pdf", name, mailcraft.pdf(list(lines)))


def photo(name: str, shift: int) -> tuple[str, str, bytes]:
    """A tiny PNG "photo" of a postcard trimmed off-centre by ``shift`` pixels."""
    return ("image/png", name, mailcraft.png(24, 16, lambda x, y: (250, 250, 250)
                                              if x < 2 + shift or x > 21 else (40, 90, 160)))


# --------------------------------------------------------------------------------------
# Cases - English
# --------------------------------------------------------------------------------------

c = case("k01-first-business-cards-three-questions", "en", "pending", {},
         "Three questions (heaviest card, rounded corners, delivery time) answered in one "
         "paragraph in a different order; thanks-only reply.",
         customer="Megan Holt <megan@fernandfig.example>", client="gmail",
         subject="First business cards - a few questions")
cust(c, "k01a", "11-16 09:12", """Hi there,

We're a small florist in Bath and want to order our first proper business cards.
A few questions before I upload anything:

What's the heaviest card you offer? Can you do rounded corners? And how long would
250 cards take to arrive if I order this week?

Thanks so much,
Megan

Fern & Fig Florals""", answered=3)
agent(c, "k01b", "11-16 10:05", "hannah", """Hi Megan,

Thanks for getting in touch! Ordered this week, 250 cards are printed within 3 working
days and reach Bath the day after dispatch. Rounded corners are a free option at
checkout (3 mm or 6 mm radius), and our heaviest stock is a 760gsm triplexed board -
the 450gsm silk is the popular everyday choice.

Best wishes,
Hannah""", parent="k01a")
cust(c, "k01c", "11-16 10:31", """Perfect, thank you Hannah - that's everything I needed!

Megan""", parent="k01b", thanks_only=True)

c = case("k02-flyer-bleed-and-volume-discount", "en", "pending", {"unanswered-question": 1},
         "Bleed question answered by prepress; the volume-discount question in the same mail "
         "is skipped.",
         customer="Tom Aldridge <tom.aldridge@harbourlights.example>", client="outlook",
         subject="Artwork for QM-42561 (A5 flyers)")
cust(c, "k02a", "11-17 08:40", """Hello,

Please find our A5 flyer artwork attached for order QM-42561 (2,500 flyers, 130gsm gloss).

Is 3 mm bleed enough or do you need 5 mm? Our designer wasn't sure.

And do you offer a discount if we bump the quantity to 5,000?

Kind regards,
Tom Aldridge
Events Coordinator, Harbour Lights Theatre""",
     attach=[pdf("HLT-winter-flyer-A5.pdf", "Harbour Lights Theatre", "Winter Season 2026/27",
                 "A5 148 x 210 mm + 3 mm bleed")],
     uq=("And do you offer a discount if we bump the quantity to 5,000?",), answered=1)
agent(c, "k02b", "11-17 11:15", "owen", """Hi Tom,

3 mm on every side is exactly what we need for flyers, and your file has it - the
background runs off nicely and the text sits well inside the safe area. I've queued
the artwork for proofing.

Cheers,
Owen""", parent="k02a")

c = case("k04-pitch-banner-inline-answers", "en", "pending", {},
         "Numbered questions about a PVC banner answered inline under each quoted question.",
         customer="Rhys Vaughan <rhys@cwmtafrugby.example>", client="thunderbird",
         subject="Pitch-side banner - eyelets and weather")
cust(c, "k04a", "11-16 19:22", """Hi,

We need a 3 m x 1 m banner for the rugby club fence.

1. How far apart do you put the eyelets?
2. Will the PVC survive a Welsh winter outdoors?
3. Can we have a hem all round so it doesn't fray?

Cheers
Rhys Vaughan
Cwm Taf RFC""", answered=3)
agent(c, "k04b", "11-17 08:50", "owen", """Hi Rhys,

Answers below.

On 16/11/2026 19:22, Rhys Vaughan wrote:
> 1. How far apart do you put the eyelets?

Every 50 cm as standard, plus one in each corner.

> 2. Will the PVC survive a Welsh winter outdoors?

It's 510gsm PVC with UV-stable inks, rated for 2-3 years outdoors, wind and rain
included.

> 3. Can we have a hem all round so it doesn't fray?

Yes, heat-welded hems all round are included in the price.

Owen""", parent="k04a", quote=False)

c = case("k05-booklet-page-count-and-printed-proof", "en", "closed", {},
         "22-page saddle-stitched booklet explained (multiple of four) and printed proof "
         "price given; the follow-up request answered with \"Done\" and a tracking number.",
         customer="Alison Greer <a.greer@riversidehistory.example>", client="apple",
         subject="A5 booklet - 22 pages?")
cust(c, "k05a", "11-10 14:05", """Hello,

Our local history society is printing a 22-page A5 booklet for the centenary (300
copies). Does saddle stitching work with 22 pages, or do we need to change something?

We would also like a printed proof in our hands before the full run, if that's possible.

With thanks,
Alison Greer
Riverside Local History Society""", answered=2)
agent(c, "k05b", "11-10 15:30", "owen", """Dear Alison,

Saddle-stitched booklets are built from folded sheets, so the page count has to be a
multiple of four: 22 pages would print as 24. The easiest fix is to add two pages - a
notes page or a map often works well - or we leave them blank.

A hard-copy proof is £18 and reaches you in 2 working days; tick "printed proof" when
you confirm the order.

Best regards,
Owen""", parent="k05a")
cust(c, "k05c", "11-12 09:10", """Thank you, that's very clear. We've added a members' page and a map, so it's 24
pages now - new PDF attached. Could you please go ahead with the printed proof?

Alison""", parent="k05b", answered=1,
     attach=[pdf("centenary-booklet-24pp.pdf", "Riverside 1926-2026", "24 pages A5")])
agent(c, "k05d", "11-12 11:45", "hannah", """Done - the printed proof went out with Royal Mail this morning, tracking
QP 2284 1190 GB.

Hannah""", parent="k05c")

c = case("k07-reorder-and-billing-address-in-passing", "en", "pending", {"unanswered-question": 1},
         "Reorder placed; the billing-address change requested in passing is not done or "
         "acknowledged.",
         customer="Sanjay Mistry <accounts@mistrydental.example>", client="outlook",
         subject="Reorder QM-41877")
cust(c, "k07a", "11-18 10:02", """Hi,

Please reorder job QM-41877 exactly as last time - 500 appointment cards, 400gsm
uncoated, same artwork.

Also, please update our billing address to 14 Tanner Row, York YO1 6JB, as we moved the practice office in October.

Many thanks,
Sanjay Mistry
Practice Manager, Mistry Dental""", answered=1,
     uq=("Also, please update our billing address to 14 Tanner Row, York YO1 6JB",))
agent(c, "k07b", "11-18 11:20", "hannah", """Hi Sanjay,

Your reorder is in as QM-42610 - same artwork and stock as QM-41877, dispatching on
Friday 20 November by tracked courier. Payment has been taken from the card on file.

Kind regards,
Hannah""", parent="k07a")

c = case("k08-rush-posters-promise-kept", "en", "pending", {},
         "Rush job: \"I'll get back to you by end of day tomorrow\" kept the next day; "
         "enthusiastic thanks-only reply.",
         customer="Lena Okoye <lena@brightwaterfest.example>", client="gmail",
         subject="Rush: 200 A2 posters by Friday?")
cust(c, "k08a", "11-16 08:30", """Hi Quillmark team,

Our usual printer let us down. Can you print 200 A2 posters on 170gsm silk and get
them to Leeds by Friday 20th? Artwork is ready to go.

Lena Okoye
Brightwater Festival""", answered=1)
agent(c, "k08b", "11-16 09:15", "hannah", """Hi Lena,

That's tight but possibly doable - let me check with the production floor and I'll get
back to you by end of day tomorrow.

Hannah""", parent="k08a", promises=(("11-17 23:59", "k08c"),))
agent(c, "k08c", "11-17 14:40", "hannah", """Hi Lena,

Good news: production can fit the posters in on Wednesday. If the artwork is with us by
10:00 tomorrow, they go out on next-day delivery and reach Leeds on Thursday. I've set
up the order as QM-42588 - just upload the PDF there.

Hannah""", parent="k08b", to="Lena Okoye <lena@brightwaterfest.example>")
cust(c, "k08d", "11-17 15:05", """Brilliant, uploading now. You're lifesavers!

Lena""", parent="k08c", thanks_only=True)

c = case("k10-copper-foil-colleague-keeps-promise", "en", "pending", {},
         "Hannah promises an answer tomorrow; her colleague Dan answers the next morning.",
         customer="Marcus Bell <marcus.bell@bellandbrook.example>", client="gmail",
         subject="Copper foil on 700gsm?")
cust(c, "k10a", "11-17 10:10", """Hello,

Can you apply copper foil to your 700gsm cotton board, or is it too thick for the
foiling press?

Thanks,
Marcus Bell
Bell & Brook Architects""", answered=1)
agent(c, "k10b", "11-17 11:00", "hannah", """Hi Marcus,

Good question - I'll check with our finishing team and come back to you tomorrow.

Best,
Hannah""", parent="k10a", promises=(("11-18 23:59", "k10c"),))
agent(c, "k10c", "11-18 09:40", "dan", """Hi Marcus,

Hannah passed your question on to me. The 700gsm cotton board foils beautifully - we run
it on the platen press, and copper is one of our stock foils. Keep foil lines at 0.3 pt
or thicker.

Dan""", parent="k10b")

c = case("k11-revised-quote-late-after-chase", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "Revised quote promised \"by Wednesday\", sent on Friday after a chase; the "
         "split-delivery question is never addressed.",
         customer="Grace Whitley <procurement@northfieldschools.example>", client="outlook",
         subject="Revised quote for prospectus")
cust(c, "k11a", "11-09 09:00", """Good morning,

Thank you for the quote for our school prospectus (1,000 x 32pp A4). The governors have
asked for two changes: could you requote with a soft-touch laminated cover instead of
gloss? And could you quote 1,500 copies as a second option?

Separately, is it possible to split delivery between our two sites (Northfield Road and Elm Park)?

Kind regards,
Grace Whitley
Business Manager, Northfield Schools Trust""", answered=2,
     uq=("Separately, is it possible to split delivery between our two sites (Northfield Road and Elm Park)?",))
agent(c, "k11b", "11-09 13:30", "priya", """Dear Grace,

Thank you - happy to requote both options. I'll send you the revised quote by Wednesday.

Kind regards,
Priya""", parent="k11a", promises=(("11-11 23:59", "k11d"),))
cust(c, "k11c", "11-13 08:45", """Dear Priya,

Any news on the revised quote? The governors meet on Monday and I need to circulate the
figures beforehand.

Grace""", parent="k11b", chase=True, answered=1)
agent(c, "k11d", "11-13 12:10", "priya", """Dear Grace,

Apologies for the delay. The revised quote is attached: 1,000 copies with a soft-touch
cover £2,184 + VAT; 1,500 copies £2,902 + VAT.

Kind regards,
Priya""", parent="k11c",
      attach=[pdf("Q-7702-Northfield-prospectus.pdf", "Quote Q-7702", "1,000 x 32pp A4 soft-touch GBP 2,184",
                  "1,500 x 32pp A4 soft-touch GBP 2,902")])

c = case("k13-darker-colours-never-followed-up", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "\"I'll look into the press logs and get back to you\" (no deadline) never kept; "
         "the ICC-profile request is skipped.",
         customer="Ellie Marsh <ellie@marshandco.example>", client="apple",
         subject="Colours on our leaflets came out darker")
cust(c, "k13a", "11-09 16:20", """Hi,

Our leaflets (order QM-42177) arrived today and the navy and the photos are noticeably
darker than on screen and on the PDF proof. Why would that be? We used the same file as
our last order with another printer.

Also, can you send me the ICC profile you recommend for uncoated stock, so our designer can set the next job up properly?

Thanks,
Ellie Marsh
Marsh & Co Interiors""", answered=1,
     uq=("Also, can you send me the ICC profile you recommend for uncoated stock",))
agent(c, "k13b", "11-10 09:05", "owen", """Hi Ellie,

Sorry to hear that. Uncoated stock soaks up more ink than coated, which darkens deep
colours a little, but from your description this looks like more than that. I'll look
into the press logs for your job and get back to you.

Owen""", parent="k13a", promises=(("11-12 09:05", None),))

c = case("k14-dieline-promise-still-ahead", "en", "pending", {},
         "Board recommendation answered; the die-line template promised \"by Monday 23 "
         "November\" - a deadline still ahead at as_of.",
         customer="Jonah Fleet <jonah@tidewatercandles.example>", client="gmail",
         subject="Candle boxes - die-line template")
cust(c, "k14a", "11-18 15:00", """Hi,

We'd like to move our candle packaging to you - 1,000 tuck-end boxes, 80 x 80 x 110 mm.
Could you send us a die-line template in that size so our designer can start? And what
board would you recommend for a 350 g candle?

Thanks
Jonah Fleet
Tidewater Candles""", answered=2)
agent(c, "k14b", "11-19 10:20", "owen", """Hi Jonah,

For a 350 g candle I'd use our 400gsm folding boxboard (GC1) - stiff enough for the
weight, and it takes foil well. Custom die-lines are drawn by our structural designer;
I'll send yours by Monday 23 November.

Owen""", parent="k14a", promises=(("11-23 23:59", None),))

c = case("k16-process-info-and-conditional-offer", "en", "pending", {},
         "Shipping process (\"we'll email you the tracking link\") and a conditional offer "
         "of a sample pack - neither is a promise to follow up.",
         customer="Priyanka Shah <priyanka@shahyoga.example>", client="iphone",
         subject="Proof for timetable cards")
cust(c, "k16a", "11-18 07:55", """Morning! Got the proof for the timetable cards, looks great. When will they ship if I
approve today? And is there any way to see the actual card stock before we order the
big batch for January?

Priyanka

Sent from my iPhone""", answered=2)
agent(c, "k16b", "11-18 09:30", "hannah", """Hi Priyanka,

If you approve today, they go to press tomorrow and ship on Friday - we'll email you the
tracking link as soon as the parcel leaves. If you'd like to feel the stock first, I can
post you a free sample pack of our uncoated and silk cards: just reply with the address
you'd like it sent to.

Hannah""", parent="k16a")

c = case("k17-table-runners-awaiting-reply", "en", "open", {"awaiting-reply": 1},
         "A new enquiry acknowledged only by the helpdesk robot; no human reply yet.",
         customer="Oliver Grant <oliver@grantandsonsbakery.example>", client="gmail",
         subject="Printed table runners for market stall?")
cust(c, "k17a", "11-18 12:10", """Hi,

Do you print fabric table runners? We'd need two at 2 m x 0.5 m with our bakery logo,
washable if posible. What would that cost?

Oliver Grant
Grant & Sons Bakery""")
ack(c, "k17b", "11-18 12:11", parent="k17a", ref="QM-T-88412")

c = case("k19-kiss-cut-stickers-slow-reply", "en", "pending", {"slow-first-response": 1},
         "Acknowledged by the robot on Thursday night, first human reply on Monday; both "
         "questions answered.",
         customer="Freya Lund <freya.lund@lundceramics.example>", client="thunderbird",
         subject="Kiss-cut stickers")
cust(c, "k19a", "11-12 21:40", """Hello,

I'd like 500 kiss-cut stickers of our logo (circle, 50 mm) for packaging. Are they
waterproof? And do they come on sheets or on a roll?

Freya
Lund Ceramics""", answered=2)
ack(c, "k19b", "11-12 21:41", parent="k19a", ref="QM-T-88297")
agent(c, "k19c", "11-16 10:15", "hannah", """Hi Freya,

So sorry for the slow reply - we had a very busy end of last week. Our kiss-cut stickers
are printed on white vinyl with a matt laminate, so water won't harm them. They come on
A4 sheets (24 per sheet at 50 mm); rolls start at 1,000 stickers.

Hannah""", parent="k19a")

c = case("k20-missing-box-closed-then-trim-fault", "en", "pending", {"reopened": 1},
         "Missing box sent and the ticket marked resolved; the customer returns with an "
         "off-centre trim (photo attached) and a reprint is arranged.",
         customer="Ade Bankole <ade@bankolephoto.example>", client="gmail",
         subject="Postcard order - missing box")
cust(c, "k20a", "11-05 10:00", """Hi, my order QM-41990 arrived with only 3 of the 4 boxes of postcards. Can you send
the missing box?

Ade Bankole Photography""", answered=1)
agent(c, "k20b", "11-05 13:20", "dan", """Hi Ade,

You're right - the fourth box was left behind on the packing bench. It went out this
afternoon on next-day tracked delivery (DPD 1550 9823 1174). I'll mark this ticket as
resolved, but just reply if it doesn't turn up.

Dan""", parent="k20a", closes=True)
cust(c, "k20c", "11-16 09:30", """Hi Dan,

The box arrived, thanks - but looking at the postcards properly now, about a third of
them are trimmed off-centre: the white border is 2 mm on one side and almost nothing on
the other. Photo attached. Can these be reprinted?

Ade""", parent="k20b", answered=1, attach=[photo("postcard-border.png", 0)])
agent(c, "k20d", "11-16 11:05", "dan", """Hi Ade,

Thanks for the photo - that's a trimming fault on our side. We're reprinting the whole
run at no charge; it ships on Wednesday and you don't need to send anything back.

Dan""", parent="k20c")

c = case("k22-trade-account-three-agents", "en", "closed",
         {"unanswered-question": 1, "many-handoffs": 1},
         "Trade-account application passed from Hannah to Priya to Dan; the request to add "
         "a second user is lost along the way.",
         customer="Nadia Fox <nadia@foxstudio.example>", client="outlook",
         subject="Trade account application")
cust(c, "k22a", "11-11 10:30", """Hello,

We're a design studio and resell print to our clients. How do we apply for a trade
account, and what discount does it give?

Could you also add my colleague Ben Carter (ben@foxstudio.example) as a second user on the account once it's open?

Thanks,
Nadia Fox
Fox Studio""", answered=1,
     uq=("Could you also add my colleague Ben Carter (ben@foxstudio.example) as a second user on the account once it's open?",))
agent(c, "k22b", "11-11 11:10", "hannah", """Hi Nadia,

Trade accounts are handled by our billing team, so I've passed your message to Priya.

Best,
Hannah""", parent="k22a")
agent(c, "k22c", "11-11 15:45", "priya", """Dear Nadia,

The application form is at https://quillmark.example/trade/apply - we need your company
number and a reseller certificate. Trade accounts get 20 % off list prices and 30-day
invoicing.

Kind regards,
Priya""", parent="k22b")
cust(c, "k22d", "11-12 09:00", """Thanks Priya - form submitted this morning. Just to check, does blind shipping cost
extra on a trade account?

Nadia""", parent="k22c", answered=1)
agent(c, "k22e", "11-12 10:30", "dan", """Hi Nadia,

Priya asked me to pick this up. Blind shipping is free on trade accounts - we use
unbranded boxes and print your packing slip from the PDF you upload with each order.

Dan""", parent="k22d")

c = case("k23-showroom-banner-templated-reply", "en", "pending", {"unanswered-question": 2},
         "Two questions (largest seamless size, mesh) answered with a generic artwork-"
         "preparation template.",
         customer="Callum Reid <callum.reid@reidmotors.example>", client="outlook",
         subject="Large banner for showroom")
cust(c, "k23a", "11-17 13:00", """Hi,

We're planning a big banner for the front of our showroom.

What's the maximum size you can print as a single piece without a seam?
Do you print on mesh? The wall faces the wind and our sign fitter recommends it.

Regards,
Callum Reid
Reid Motors, Dundee""",
     uq=("What's the maximum size you can print as a single piece without a seam?", "Do you print on mesh?"))
agent(c, "k23b", "11-17 14:10", "hannah", """Hello,

Thank you for your enquiry about our large-format products!

To get your artwork print-ready, please:
- supply a PDF at 1:10 scale, 100 dpi at full size,
- add 50 mm bleed on banners,
- convert all text to outlines.

You can upload files and see live prices at https://quillmark.example/large-format.

We look forward to printing for you!

Quillmark Print Customer Service""", parent="k23a")

c = case("k25-white-ink-on-kraft-different-answer", "en", "pending", {"unanswered-question": 1},
         "Asked whether white ink prints on kraft; the agent answers about kraft weights and "
         "food safety instead.",
         customer="Isla Moreno <isla@wildoatgranola.example>", client="gmail",
         subject="White ink on kraft labels")
cust(c, "k25a", "11-16 11:00", """Hi there,

We're redesigning our granola labels. Can you print white ink on brown kraft paper? Our
logo is white and we'd love the kraft to show through everywhere else.

Thanks!
Isla
Wild Oat Granola""", uq=("Can you print white ink on brown kraft paper?",))
agent(c, "k25b", "11-16 12:30", "hannah", """Hi Isla,

Love the idea! Our kraft label paper comes in two weights - 90gsm for flat jars and a
thinner 70gsm for curved surfaces - and it's food-safe and fully recyclable. Samples are
free if you'd like to see them first.

Best,
Hannah""", parent="k25a")

c = case("k26-artwork-on-file-asked-after-delivery", "en", "pending", {"unanswered-question": 1},
         "Delivery question answered; the request to keep artwork on file, written in the "
         "thank-you mail after delivery, gets only a pleasantry.",
         customer="Peter Lowe <peter@lowejoinery.example>", client="thunderbird",
         subject="Delivery date for QM-42240")
cust(c, "k26a", "11-13 09:00", """Hi,

Could you tell me when order QM-42240 (vehicle magnets) will be delivered? We need them
for a trade show on the 21st.

Peter Lowe
Lowe Joinery""", answered=1)
agent(c, "k26b", "11-13 10:45", "dan", """Hi Peter,

Your magnets shipped this morning with DPD, delivery Monday 16 November before noon.
Tracking: 1550 9824 0031.

Dan""", parent="k26a")
cust(c, "k26c", "11-16 12:30", """Hi Dan,

They arrived this morning and look great, thank you. One more thing: can you keep our artwork on file so we can reorder the same magnets next spring?

Peter""", parent="k26b",
     uq=("can you keep our artwork on file so we can reorder the same magnets next spring?",))
agent(c, "k26d", "11-16 13:10", "dan", """Hi Peter,

Great to hear - good luck at the show!

Dan""", parent="k26c")

c = case("k28-pleasantry-rhetorical-self-answered", "en", "pending", {},
         "A pleasantry, a rhetorical question, a self-answered question and a signature "
         "\"Need a quote?\" URL around one real question, which is answered; thanks-only "
         "reply with the same signature.",
         customer="Harriet Blake <harriet@blakeandboyd.example>", client="gmail",
         subject="Letterheads - reorder")
cust(c, "k28a", "11-17 09:20", """Hi Hannah,

Hope you had a good weekend? Ours vanished into client deadlines - who knew letterheads
could be so urgent?

Where do I find the reorder button for our letterheads? Oh, never mind - found it under
Past Orders.

The only thing I couldn't work out: can we change the paper from 100gsm to 120gsm on
the reorder without new artwork?

Thanks,
Harriet Blake
Blake & Boyd Solicitors
Need a quote? https://blakeandboyd.example/contact?src=sig""", answered=1)
agent(c, "k28b", "11-17 10:05", "hannah", """Hi Harriet,

The paper weight is just an option on the order, so your existing artwork prints on
120gsm as it is - pick it in the "Stock" drop-down before you check out.

Hannah""", parent="k28a")
cust(c, "k28c", "11-17 10:20", """Brilliant, thank you!

Harriet Blake
Blake & Boyd Solicitors
Need a quote? https://blakeandboyd.example/contact?src=sig""", parent="k28b", thanks_only=True)

c = case("k29-support-questions-answered-inline", "en", "pending", {},
         "Support asks for size and quantity; the customer answers inline under the quoted "
         "questions (no question of their own); quote follows.",
         customer="Ravi Patel <ravi@patelpharmacy.example>", client="gmail",
         subject="Prescription bag printing")
cust(c, "k29a", "11-16 14:00", """Hello,

We'd like our pharmacy logo printed on paper prescription bags. Is that something you do?

Ravi Patel
Patel Pharmacy""", answered=1)
agent(c, "k29b", "11-16 15:10", "hannah", """Hi Ravi,

We do - paper bags with one- or two-colour logos, from 500 bags. To quote, could you tell
me two things: which size do you need - small (180 x 90 mm) or medium (220 x 110 mm)?
And how many bags would you like?

Hannah""", parent="k29a")
cust(c, "k29c", "11-17 09:00", """Hi Hannah,

On Mon, 16 Nov 2026 at 15:10, Hannah Pryce <hannah@quillmark.example> wrote:
> which size do you need - small (180 x 90 mm) or medium (220 x 110 mm)?

Medium.

> And how many bags would you like?

2,000 to start with.

Ravi""", parent="k29b", quote=False)
agent(c, "k29d", "11-17 10:30", "hannah", """Hi Ravi,

2,000 medium bags with a one-colour logo come to £296 + VAT, delivered in about 8
working days. I've saved the quote as Q-7714 on your account, so you can order it online
whenever you're ready.

Hannah""", parent="k29c")

c = case("k31-site-boards-out-of-office", "en", "pending", {},
         "Proof attached and Dibond thickness confirmed; the customer's out-of-office answers "
         "the proof; she approves two days later.",
         customer="Fiona Quinn <fiona.quinn@quinnarchitects.example>", client="outlook",
         subject="Proof for A1 site boards")
cust(c, "k31a", "11-16 08:10", """Hello,

Please send the proof for our two A1 site boards (order QM-42570) to me rather than to
my colleague - she's on leave. Also, what thickness is the Dibond - 3 mm?

Fiona Quinn
Quinn Architects""", answered=2)
agent(c, "k31b", "11-16 12:00", "owen", """Hi Fiona,

Proof attached, sent only to you. The boards are 3 mm Dibond, yes - aluminium composite,
fine for outdoor use.

Owen""", parent="k31a", attach=[pdf("QM-42570-proof.pdf", "PROOF QM-42570", "2 x A1 site board, 3 mm Dibond")])
auto(c, "k31c", "11-16 12:01", """Thank you for your email. I am out of the office until Wednesday 18 November with
limited access to email. For urgent matters, please call the studio on 0161 555 0190.

Fiona Quinn""", parent="k31b", subject="Automatic reply: RE: Proof for A1 site boards")
cust(c, "k31d", "11-18 09:15", """Hi Owen,

Back in the office - proof approved, please go ahead.

Fiona""", parent="k31b", answered=1)
agent(c, "k31e", "11-18 09:50", "owen", """Thanks Fiona - the boards are in production and ship on Friday.

Owen""", parent="k31d")

c = case("k32-compliment-slips-resent", "en", "closed",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "Quote request acknowledged by the robot, resent three days later as a new "
         "unthreaded mail with the same subject; the quote answers the slips, not the "
         "envelopes.",
         customer="George Ashworth <g.ashworth@ashworthsolicitors.example>", client="outlook",
         subject="Compliment slips - quote")
cust(c, "k32a", "11-09 10:00", """Dear Sir/Madam,

Please could you quote for 1,000 DL compliment slips, printed one side in our two
Pantone colours (PMS 282 and PMS 871 metallic gold) on 120gsm Conqueror laid.

If possible, please also quote for 1,000 matching DL envelopes.

Yours faithfully,
George Ashworth
Ashworth & Co Solicitors""", answered=1,
     uq=("If possible, please also quote for 1,000 matching DL envelopes.",))
ack(c, "k32b", "11-09 10:01", parent="k32a", ref="QM-T-88106")
cust(c, "k32c", "11-12 10:05", """Dear Sir/Madam,

I am resending my email below as I have not received a reply.

George Ashworth

{quote}""", parent="k32a", thread=False, subject="Compliment slips - quote", chase=True)
agent(c, "k32d", "11-12 14:30", "priya", """Dear Mr Ashworth,

Apologies for the wait. 1,000 DL compliment slips, two spot colours including metallic
gold, on 120gsm Conqueror laid: £342 + VAT, 7 working days. A metallic ink proof is
included.

Kind regards,
Priya""", parent="k32c")

c = case("k34-gym-flyers-chased-twice", "en", "closed",
         {"unanswered-question": 1, "customer-chased": 2, "slow-first-response": 1},
         "Late flyers: two chasers before support explains the depot hold-up; the question "
         "about an express-delivery charge is never answered.",
         customer="Tasha Reynolds <tasha@reynoldsfitness.example>", client="gmail",
         subject="Flyers QM-42301 - where are they?")
cust(c, "k34a", "11-10 08:00", """Hi,

Our flyers (QM-42301) were due last Friday and haven't arrived. Can you check where they
are? Also, can you confirm whether we were charged for express delivery? I thought I picked standard.

Tasha Reynolds
Reynolds Fitness""", answered=1,
     uq=("Also, can you confirm whether we were charged for express delivery?",))
cust(c, "k34b", "11-11 12:00", """Hi, just following up on my email below - stil no flyers and no reply.

Tasha""", parent="k34a", chase=True, answered=1)
cust(c, "k34c", "11-12 09:00", """This is getting frustrating. I still haven't heard back from anyone and our launch is on
Saturday.

Tasha""", parent="k34b", chase=True)
agent(c, "k34d", "11-12 11:30", "dan", """Hi Tasha,

I'm really sorry - your flyers were held at the DPD depot because of a missing unit
number. I've corrected the address and they're out for delivery tomorrow morning
(tracking 1550 9823 7765).

Dan""", parent="k34c")

c = case("k35-menus-price-but-not-delivery-time", "en", "pending", {"unanswered-question": 1},
         "Partial answer: the price and an order link, but not the delivery time to Belfast.",
         customer="Declan Byrne <declan@byrnecafe.example>", client="android",
         subject="Tri-fold menus")
cust(c, "k35a", "11-17 18:00", """Hi,

How much would 1,000 tri-fold takeaway menus on 170gsm silk cost? And how long does delivery to Belfast usually take?

Declan
Byrne's Café

Get Outlook for Android""", answered=1, uq=("And how long does delivery to Belfast usually take?",))
agent(c, "k35b", "11-18 09:00", "hannah", """Hi Declan,

1,000 A4 tri-fold menus on 170gsm silk are £118 + VAT, folding included. You can order
them here: https://quillmark.example/leaflets/trifold?stock=170silk

Hannah""", parent="k35a")

c = case("k37-invoice-as-attachment-only", "en", "pending", {},
         "An invoice request answered with \"Attached.\" and the PDF; thanks-only reply.",
         customer="Jo Whitmore <finance@whitmorehotels.example>", client="outlook",
         subject="Invoice for QM-42002")
cust(c, "k37a", "11-18 11:00", """Hi,

Could you send me the VAT invoice for order QM-42002? Our finance system needs a PDF.

Thanks,
Jo Whitmore
Finance, Whitmore Hotels""", answered=1)
agent(c, "k37b", "11-18 11:25", "priya", """Hi Jo,

Attached.

Priya""", parent="k37a", attach=[pdf("INV-QM-42002.pdf", "INVOICE QM-42002", "Whitmore Hotels",
                                     "Total GBP 612.00 incl. VAT")])
cust(c, "k37c", "11-18 11:40", """Got it, thank you!

Jo""", parent="k37b", thanks_only=True)

c = case("k38-stock-switch-bare-yes", "en", "pending", {},
         "A yes/no question answered with a bare \"Yes.\"",
         customer="Sam Carter <sam@carterbrewing.example>", client="iphone",
         subject="Beer mats - board thickness")
cust(c, "k38a", "11-19 10:15", """Hi, can I stil switch the beer mats i ordered this morning (QM-42702) from 1.4 mm to the
2 mm board?

Sam

Sent from my iPhone""", answered=1)
agent(c, "k38b", "11-19 10:40", "hannah", """Yes.

Hannah""", parent="k38a")

c = case("k40-template-link-only", "en", "pending", {},
         "Where to download a template - answered with a bare link.",
         customer="Amira Haddad <amira@haddadevents.example>", client="gmail",
         subject="Business card template")
cust(c, "k40a", "11-19 14:00", """Hello,

Where can I download your business card template with the bleed and safe area marked?
I'm setting up cards for our new staff.

Amira
Haddad Events""", answered=1)
agent(c, "k40b", "11-19 14:20", "owen", """https://quillmark.example/templates/business-card-85x55-bleed.pdf

Owen""", parent="k40a")

c = case("k41-wedding-foil-html-only", "en", "pending", {},
         "HTML-only mail from Apple Mail; both foil questions answered.",
         customer="Chloe Winters <chloe@wintersweddings.example>", client="apple",
         subject="Wedding invitations - foil colours")
cust(c, "k41a", "11-18 20:00", """Hi Quillmark,

I'm a wedding stationer and would like to try you for a set of invitations. Which foil
colours do you stock? And can you foil on both sides of the same card?

Chloe Winters
Winters Wedding Stationery""", answered=2, kind="html")
agent(c, "k41b", "11-19 09:10", "hannah", """Hi Chloe,

We stock gold, rose gold, silver, copper, black and holographic foil, and double-sided
foiling is fine on any board of 450gsm or more - the second side adds £24 per design.

Hannah""", parent="k41a")

c = case("k43-tea-boxes-lead-time-skipped", "en", "pending", {"unanswered-question": 1},
         "Base64 mail with three questions: minimum and sample answered, lead time skipped.",
         customer="Ming Zhao <ming@lotusteahouse.example>", client="gmail",
         subject="Tea boxes - minimum order")
cust(c, "k43a", "11-16 16:00", """Hello,

We're launching a loose-leaf tea range and would like printed boxes (about 60 x 60 x 120 mm).

What is your minimum order quantity for custom boxes?
How long is the lead time from proof approval to delivery?
Could you send a blank white sample so we can test the fit?

Best regards,
Ming Zhao
Lotus Tea House""", answered=2, cte="base64",
     uq=("How long is the lead time from proof approval to delivery?",))
agent(c, "k43b", "11-17 09:30", "owen", """Hi Ming,

Our minimum for custom printed boxes is 250. A blank white sample in 60 x 60 x 120 mm
went out to you by second-class post this morning.

Owen""", parent="k43a")

c = case("k44-blind-shipping-and-monthly-invoicing", "en", "pending", {},
         "Blind-shipping request done by dispatch, monthly invoicing answered by billing - "
         "two agents, within the handoff limit.",
         customer="Rob Ellis <rob@ellisprintbrokers.example>", client="outlook",
         subject="Blind shipping + monthly invoicing")
cust(c, "k44a", "11-16 09:00", """Hi,

We're a print broker with a trade account (QT-2291). Please ship our next order QM-42590
blind - no Quillmark branding on the box or the delivery note, our client mustn't see
your name.

Can you also invoice us monthly instead of per order? It would make our bookkeeping much
easier.

Rob Ellis
Ellis Print Brokers""", answered=2)
agent(c, "k44b", "11-16 10:00", "dan", """Hi Rob,

Done - QM-42590 is flagged for blind shipping: plain box, no inserts, and the delivery
note carries your company name only. The invoicing question is one for our billing team,
so I've forwarded it to Priya.

Dan""", parent="k44a")
agent(c, "k44c", "11-16 14:15", "priya", """Dear Rob,

Monthly invoicing is available on trade accounts with more than three orders a month,
which yours has. I've switched it on: from December you'll receive one consolidated
invoice on the first working day of the month, payable within 30 days.

Kind regards,
Priya""", parent="k44b")

c = case("k46-corrected-proof-late-same-day", "en", "pending",
         {"missed-follow-up": 1, "customer-chased": 1},
         "\"I'll have the corrected proof to you by 2pm today\" - it arrives at 17:10 after "
         "a chase.",
         customer="Beth Nolan <beth@nolanbooks.example>", client="gmail",
         subject="Corrected proof - book cover")
cust(c, "k46a", "11-17 09:00", """Hi Owen,

The spine text on the cover proof is 2 mm off-centre. Can you fix that and send a
corrected proof today? Our press slot is tomorrow.

Beth Nolan
Nolan Books""", answered=1)
agent(c, "k46b", "11-17 09:40", "owen", """Hi Beth,

Well spotted - the spine width was calculated for 80gsm instead of 90gsm paper. I'll have
the corrected proof to you by 2pm today.

Owen""", parent="k46a", promises=(("11-17 14:00", "k46d"),))
cust(c, "k46c", "11-17 16:30", """Hi Owen, it's half four - is the corrected proof on its way? I need to approve it before
the slot tomorrow.

Beth""", parent="k46b", chase=True, answered=1)
agent(c, "k46d", "11-17 17:10", "owen", """Hi Beth,

Sorry - the imposition took longer than expected. Corrected proof attached: the spine is
now 14.2 mm and centred. The press slot tomorrow still stands if you approve tonight.

Owen""", parent="k46c", attach=[pdf("nolan-cover-proof-v2.pdf", "PROOF v2", "Spine 14.2 mm")])
cust(c, "k46e", "11-17 17:25", """Approved - please print.

Beth""", parent="k46d", answered=1)
agent(c, "k46f", "11-17 17:40", "owen", """Thanks Beth - it's on the press schedule for tomorrow morning.

Owen""", parent="k46e")

c = case("k47-van-livery-early-next-week-late", "en", "closed", {"missed-follow-up": 1},
         "Quote promised \"early next week\" on Thursday 5 November (deadline Tuesday 10), "
         "sent on Wednesday 11.",
         customer="Kofi Mensah <kofi@mensahlogistics.example>", client="outlook",
         subject="Vehicle livery quote")
cust(c, "k47a", "11-05 10:00", """Hello,

We need vinyl livery for three Transit vans - logo on both sides and the rear doors. Do
you do the fitting as well, or print only?

Kofi Mensah
Operations, Mensah Logistics""", answered=1)
agent(c, "k47b", "11-05 11:30", "hannah", """Hi Kofi,

We print and fit - our fitting partner covers the whole of the North West. I'll put the
quote together and send it to you early next week.

Hannah""", parent="k47a", promises=(("11-10 23:59", "k47c"),))
agent(c, "k47c", "11-11 15:00", "hannah", """Hi Kofi,

Sorry this took a little longer than planned. Quote attached: printing, laminating and
fitting for three Transits, £2,640 + VAT, fitted at your depot over two days.

Hannah""", parent="k47b", to="Kofi Mensah <kofi@mensahlogistics.example>",
      attach=[pdf("Q-7689-Mensah-livery.pdf", "Quote Q-7689", "3 x Ford Transit livery GBP 2,640")])

c = case("k49-race-bibs-ack-then-answer", "en", "pending", {},
         "Robot acknowledgement (\"we will reply within 24 hours\") then a human answer the "
         "next morning.",
         customer="Laura Jensen <laura@northstarrunning.example>", client="gmail",
         subject="Race bib numbers")
cust(c, "k49a", "11-18 16:50", """Hi,

Do you print race bibs on tear-proof paper? We need 800 for a 10k in March, numbered
1-800, with four safety-pin holes.

Laura Jensen
North Star Running Club""", answered=1)
ack(c, "k49b", "11-18 16:51", parent="k49a", ref="QM-T-88430")
agent(c, "k49c", "11-19 09:00", "hannah", """Hi Laura,

We do - our race bibs are printed on synthetic paper that won't tear or run in the rain,
with sequential numbering and pre-punched pin holes at no extra cost. 800 bibs are
£212 + VAT.

Hannah""", parent="k49a")

c = case("k50-sold-strips-chased-awaiting", "en", "open",
         {"customer-chased": 1, "awaiting-reply": 1},
         "First question answered; a follow-up question about SOLD strips is chased and "
         "still unanswered.",
         customer="Martin Kerr <martin@kerrestates.example>", client="outlook",
         subject="For Sale boards")
cust(c, "k50a", "11-12 10:00", """Hi,

Can you print double-sided correx For Sale boards, 600 x 800 mm?

Martin Kerr
Kerr Estate Agents""", answered=1)
agent(c, "k50b", "11-12 11:00", "hannah", """Hi Martin,

Yes - 5 mm correx, printed both sides, from 10 boards. 25 boards would be £9.40 each +
VAT.

Hannah""", parent="k50a")
cust(c, "k50c", "11-16 09:00", """Thanks Hannah. Could you also do matching SOLD slip strips, 600 x 150 mm? We'd want 50.

Martin""", parent="k50b")
cust(c, "k50d", "11-18 14:00", """Hi, any updte on the SOLD strips? We'd like to order both togther this week.

Martin""", parent="k50c", chase=True)

c = case("k52-seed-packets-quiet-closed", "en", "closed", {},
         "Two questions answered; nothing since 4 November - closed by time.",
         customer="Helen Moss <helen@mossgardencentre.example>", client="thunderbird",
         subject="Seed packet printing")
cust(c, "k52a", "11-04 10:00", """Hello,

Could you print custom seed packets (C6, gummed flap) for our garden centre? We'd need
2,000 in four designs. Can the four designs be split 500 each within one order?

Helen Moss
Moss Garden Centre""", answered=2)
agent(c, "k52b", "11-04 12:30", "hannah", """Hi Helen,

We can - C6 seed packets with a gummed flap are one of our packaging lines, and one
order can be split across up to eight designs at no extra cost, so 4 x 500 is fine.
2,000 packets come to £380 + VAT.

Hannah""", parent="k52a")

c = case("k53-short-delivery-closed-thanks", "en", "closed", {},
         "Explicit close (\"I'm closing this ticket now\") followed only by thanks - stays "
         "closed.",
         customer="Noah Price <noah@pricebikes.example>", client="gmail",
         subject="Wrong quantity delivered - QM-42100")
cust(c, "k53a", "11-16 09:00", """Hi,

We ordered 1,000 shop-window stickers (QM-42100) but the box has 500. Can you send the
rest?

Noah Price
Price Bikes""", answered=1)
agent(c, "k53b", "11-16 10:30", "dan", """Hi Noah,

The run was packed in two boxes and the second one missed the collection - it left this
morning and arrives tomorrow (DPD 1550 9825 4410). I'm closing this ticket now; reply
here if anything's wrong when it lands.

Dan""", parent="k53a", closes=True)
cust(c, "k53c", "11-17 11:00", """Second box arrived - thanks Dan!

Noah""", parent="k53b", thanks_only=True)

c = case("k55-forwarded-client-approval", "en", "pending", {},
         "A designer forwards her client's approval; the questions in the forwarded mail "
         "are the client's, not hers.",
         customer="Sofia Russo <sofia@russodesign.example>", client="gmail",
         subject="Fwd: Brochure proof")
cust(c, "k55a", "11-18 17:10", """Hi Hannah,

See below - our client has approved the proof for the 16pp brochure (QM-42655). Please
go ahead and print.

Sofia

---------- Forwarded message ---------
From: Daniel Hart <daniel.hart@hartvineyards.example>
Date: Wed, 18 Nov 2026 at 16:02
Subject: Re: Brochure proof
To: Sofia Russo <sofia@russodesign.example>

Hi Sofia,

All good, approved! Could they do the cover in Pantone 7421 next time? And can we get a
few extra copies for the cellar door?

Daniel""", answered=1)
agent(c, "k55b", "11-19 09:00", "hannah", """Hi Sofia,

Thanks - the brochures go to press this afternoon and ship on Monday.

Hannah""", parent="k55a")

c = case("k56-exhibition-numbered-list-half-answered", "en", "pending", {"unanswered-question": 2},
         "A numbered list of four questions: the first two answered, laminate and Saturday "
         "delivery skipped.",
         customer="Victoria Hale <v.hale@halemuseum.example>", client="outlook",
         subject="Exhibition panels - several questions")
cust(c, "k56a", "11-16 10:00", """Dear Quillmark team,

Next spring the Hale Museum of Rural Life opens "Bread and Salt", an exhibition about
farming households in the Welsh Marches between 1850 and 1950. It runs in our long gallery
from 3 April to 27 September and will have around thirty wall panels of text and archive
photographs, a timeline about eleven metres long and six free-standing object labels. The
gallery has spotlights on tracks and large windows on the south side, so glare is a
concern, and our technicians will hang everything with a rail system on the Monday before
the opening.

The panel texts are being written now and our designer will deliver print-ready PDFs in
early March. Before we commit to a budget, we have a few questions:

1. Can you print on 5 mm foamex for the wall panels?
2. What is the largest single panel size?
3. Do you offer an anti-glare laminate for panels under spotlights?
4. Could you deliver to the museum's loading bay on a Saturday?

With best wishes,
Victoria Hale
Curator, Hale Museum of Rural Life""", answered=2,
     uq=("Do you offer an anti-glare laminate for panels under spotlights?",
         "Could you deliver to the museum's loading bay on a Saturday?"))
agent(c, "k56b", "11-16 14:00", "owen", """Dear Victoria,

5 mm foamex is one of our standard rigid boards, and the largest single panel is
3050 x 1525 mm (a full sheet). For an exhibition I'd suggest supplying artwork at 1:1
with 5 mm bleed.

Best regards,
Owen""", parent="k56a")

c = case("k58-chocolate-lid-inside-message", "en", "pending", {"unanswered-question": 1},
         "Colour change done with a new proof; the indirect request to print inside the "
         "lid is not addressed.",
         customer="Jamie Cole <jamie@colechocolates.example>", client="apple",
         subject="Chocolate gift boxes - lid proof")
cust(c, "k58a", "11-17 15:00", """Hi Owen,

Thanks for the proof of the lid. The gold on the logo looks perfect. Could you make the
brown a touch warmer - more like the brown on our website?

I was also wondering whether you could print a short message on the inside of the lid, something like "Made by hand in Ludlow".

Jamie Cole
Cole Chocolates""", answered=1,
     uq=("I was also wondering whether you could print a short message on the inside of the lid",))
agent(c, "k58b", "11-18 10:00", "owen", """Hi Jamie,

Updated proof attached - I've moved the brown from 0/45/70/70 to 0/55/85/60 CMYK, which
is warmer and much closer to your website.

Owen""", parent="k58a", attach=[pdf("cole-lid-proof-v2.pdf", "PROOF v2 lid", "Brown 0/55/85/60")])

c = case("k59-cancel-flyers-done", "en", "pending", {},
         "A cancellation request answered with a bare \"Done.\"",
         customer="Dev Anand <dev@anandaccountants.example>", client="outlook",
         subject="Cancel the flyers on QM-42688")
cust(c, "k59a", "11-19 12:00", """Hi,

Please cancel the flyers on order QM-42688 but keep the business cards. Our event has
been postponed.

Dev Anand
Anand & Co Accountants""", answered=1)
agent(c, "k59b", "11-19 12:30", "priya", """Done.

Priya""", parent="k59a")

c = case("k61-jersey-delivery-different-words", "en", "pending", {},
         "\"Do you ship to Jersey?\" and VAT answered in entirely different words "
         "(Channel Islands, exports, zero VAT).",
         customer="Ellen Shaw <ellen@shawbakehouse.example>", client="iphone",
         subject="Delivery to Jersey")
cust(c, "k61a", "11-18 10:00", """Hi, do you ship to Jersey? And would I pay VAT on the order?

Ellen
Shaw Bakehouse, St Helier

Sent from my iPhone""", answered=2)
agent(c, "k61b", "11-18 11:00", "hannah", """Hi Ellen,

Orders to the Channel Islands travel by Royal Mail Tracked and take 3-4 working days.
They count as exports, so your invoice shows zero VAT; Jersey GST may be charged on
arrival.

Hannah""", parent="k61a")

c = case("k62-spec-sheets-by-thursday-never-sent", "en", "closed", {"missed-follow-up": 1},
         "\"I'll email you the specification sheets and prices by Thursday\" - never sent, "
         "and the customer does not chase.",
         customer="Gareth Lloyd <gareth@lloydandpartners.example>", client="thunderbird",
         subject="Paper for our annual report")
cust(c, "k62a", "11-09 11:00", """Hello,

We're choosing paper for our annual report (60pp, 250 copies). Could you send us the
specifications of your uncoated 120gsm and silk 130gsm papers, and of a cover board or
two?

Gareth Lloyd
Lloyd & Partners""", answered=1)
agent(c, "k62b", "11-09 14:00", "hannah", """Hi Gareth,

Of course - I'll email you the specification sheets for both text papers and our 300gsm
and 350gsm cover boards, with prices for 250 copies, by Thursday.

Hannah""", parent="k62a", promises=(("11-12 23:59", None),))

c = case("k64-refund-colleague-never-in-touch", "en", "closed", {"missed-follow-up": 1},
         "Both refund questions deferred to billing (\"she'll be in touch by Friday\"); "
         "nobody writes.",
         customer="Rachel Stone <rachel@stonegallery.example>", client="gmail",
         subject="Refund for cancelled canvas order")
cust(c, "k64a", "11-10 09:30", """Hi,

I cancelled canvas order QM-42215 within an hour of placing it, before any proof. When
will I get my refund, and will it go back to my card?

Rachel Stone
Stone Gallery""", answered=2)
agent(c, "k64b", "11-10 10:15", "hannah", """Hi Rachel,

I've asked Priya in our billing team to process the refund for QM-42215 - she'll be in
touch by Friday with the details.

Hannah""", parent="k64a", promises=(("11-13 23:59", None),))

c = case("k65-label-reprint-by-end-of-day", "en", "pending", {"missed-follow-up": 1},
         "\"I'll confirm the reprint by end of day\" (Wednesday) - nothing by as_of.",
         customer="Oscar Wells <oscar@wellsbrewery.example>", client="outlook",
         subject="Scuffed labels on QM-42633")
cust(c, "k65a", "11-18 08:30", """Hi,

About 200 of the 1,000 bottle labels (QM-42633) have a scuff line across the logo -
photo attached. Can you reprint those?

Oscar Wells
Wells Brewery""", answered=1, attach=[photo("label-scuff.png", 3)])
agent(c, "k65b", "11-18 09:15", "dan", """Hi Oscar,

Thanks for the photo - that looks like a roller mark. I need to check whether we can run
200 on their own or have to reprint the full sheet set; I'll confirm the reprint by end
of day.

Dan""", parent="k65a", promises=(("11-18 23:59", None),))

c = case("k67-crossed-mails-saturday-delivery", "en", "pending", {},
         "Support answers Saturday delivery unasked; the customer's crossing mail asks it "
         "and the agent points back to the answer.",
         customer="Aisha Karim <aisha@karimtutors.example>", client="gmail",
         subject="Personalised certificates")
cust(c, "k67a", "11-17 09:00", """Hi,

We need 300 A4 certificates on 300gsm parchment-look paper for our prize day, each with
a pupil's name from a spreadsheet. Can you do variable data printing?

Aisha Karim
Karim Tutors""", answered=1)
agent(c, "k67b", "11-17 10:10", "hannah", """Hi Aisha,

Send the names as a CSV or Excel file and we merge them into your design; the proof
shows the first five and the longest name so you can check the fit. If prize day is at
a weekend, we can also deliver on a Saturday for £15 extra.

Hannah""", parent="k67a")
cust(c, "k67c", "11-17 10:12", """Sorry, one more thing I forgot: can you deliver on a Saturday? Prize day is Saturday
28th and the school office is closed the day before.

Aisha""", parent="k67a", answered=1)
agent(c, "k67d", "11-17 10:40", "hannah", """Hi Aisha,

Our mails crossed - Saturday delivery is possible (see my previous email). I've noted
Saturday 28 November on your account.

Hannah""", parent="k67c")

c = case("k68-programme-colleague-answers-one-of-two", "en", "pending", {"unanswered-question": 1},
         "Handed to prepress; the colleague answers the RGB question, not the request to "
         "personalise the back cover.",
         customer="Ben Hughes <ben@valleywheelers.example>", client="gmail",
         subject="Annual dinner programme")
cust(c, "k68a", "11-18 13:00", """Hi,

We're printing the programme for our cycling club's annual dinner, 12 pages A5. My PDF
has RGB photos - will they be converted automatically, or do I need to convert them to
CMYK myself?

And could you print each guest's name on the back cover? There are 140 guests.

Ben Hughes
Valley Wheelers CC""", answered=1,
     uq=("And could you print each guest's name on the back cover?",))
agent(c, "k68b", "11-18 13:30", "hannah", """Hi Ben,

I'm handing this over to Owen in prepress - he knows the colour side best.

Hannah""", parent="k68a")
agent(c, "k68c", "11-18 15:00", "owen", """Hi Ben,

You can leave the photos in RGB: our preflight converts them with the ISO Coated v2
profile, and the PDF proof shows the converted result. Bright greens and blues can lose
a little punch, so check those on the proof.

Owen""", parent="k68b")

c = case("k69-cup-sleeves-question-before-ordering", "en", "pending", {"unanswered-question": 1},
         "Multipart/alternative mails; the quote is answered, the later question whether "
         "the sleeves fit 8 oz cups gets an order-now reply.",
         customer="Nina Berg <nina.berg@nordkappcoffee.example>", client="outlook",
         subject="Coffee cup sleeves")
cust(c, "k69a", "11-16 10:00", """Hello,

Could you send me a quote for 2,000 printed coffee cup sleeves (for 12 oz cups), one
colour?

Regards,
Nina Berg
Nordkapp Coffee""", answered=1, kind="alt")
agent(c, "k69b", "11-16 11:00", "hannah", """Hi Nina,

2,000 one-colour sleeves for 12 oz cups are £164 + VAT, including delivery. Production
takes 7 working days from proof approval.

Hannah""", parent="k69a")
cust(c, "k69c", "11-17 08:30", """Thanks Hannah, that works for us. Before I order: do the sleeves also fit 8 oz cups, or is that a different die?

Nina""", parent="k69b", kind="alt",
     uq=("do the sleeves also fit 8 oz cups, or is that a different die?",))
agent(c, "k69d", "11-17 09:00", "hannah", """Great - you can order straight from the quote in your account (Q-7720). Thanks for
choosing Quillmark!

Hannah""", parent="k69c")

# --------------------------------------------------------------------------------------
# Cases - German
# --------------------------------------------------------------------------------------

c = case("k03-visitenkarten-blindpraegung", "de", "pending", {},
         "Blindprägung auf Naturpapier und Produktionszeit beantwortet; Dank ohne Frage.",
         customer="Katrin Vogt <k.vogt@vogt-steuerberatung.example>", client="gmail_de",
         subject="Visitenkarten mit Blindprägung", tz=CET)
cust(c, "k03a", "11-17 08:30", """Guten Tag,

wir möchten für unsere Kanzlei 1.000 Visitenkarten mit Blindprägung bestellen. Ist eine
Blindprägung auf 350g Naturpapier möglich? Und wie lange dauert die Produktion?

Mit freundlichen Grüßen
Katrin Vogt
Vogt Steuerberatung, Köln""", answered=2)
agent(c, "k03b", "11-17 10:15", "lukas", """Guten Tag Frau Vogt,

ja, Blindprägung funktioniert auf unserem 350g Naturpapier sehr gut - wir empfehlen sogar
400g, damit sich die Prägung auf der Rückseite nicht abzeichnet. Die Produktion dauert 6
Werktage ab Freigabe des Proofs.

Freundliche Grüße
Lukas Brenner""", parent="k03a")
cust(c, "k03c", "11-17 11:00", """Vielen Dank für die schnelle Antwort!

K. Vogt""", parent="k03b", thanks_only=True)

c = case("k12-flyer-angebot-muster-vergessen", "de", "pending", {"unanswered-question": 1},
         "Angebot als PDF geschickt; die Bitte um ein Papiermuster bleibt unbeantwortet.",
         customer="Jens Hartmann <jens.hartmann@hartmann-bau.example>", client="outlook_de",
         subject="Angebot Flyer DIN lang", tz=CET)
cust(c, "k12a", "11-16 09:00", """Hallo,

bitte senden Sie uns ein Angebot für 5.000 Flyer DIN lang, beidseitig 4-farbig, auf
Recyclingpapier 135g.

Könnten Sie uns außerdem ein Muster des Recyclingpapiers schicken? Unser Chef möchte es vorher in der Hand halten.

Gruß
Jens Hartmann
Hartmann Bau GmbH""", answered=1,
     uq=("Könnten Sie uns außerdem ein Muster des Recyclingpapiers schicken?",))
agent(c, "k12b", "11-16 13:00", "lukas", """Hallo Herr Hartmann,

anbei unser Angebot: 5.000 Flyer DIN lang, 4/4-farbig, 135g Recyclingpapier (Blauer
Engel), 289 € zzgl. MwSt., Lieferzeit 5 Werktage.

Viele Grüße
Lukas Brenner""", parent="k12a",
      attach=[pdf("Angebot-A-3318-Hartmann.pdf", "Angebot A-3318", "5.000 Flyer DIN lang 4/4 EUR 289")])

c = case("k21-speisekarten-warte-noch", "de", "closed",
         {"customer-chased": 1, "slow-first-response": 1},
         "Nur die automatische Eingangsbestätigung; nach drei Tagen \"ich warte immer noch "
         "auf eine Antwort\", dann die Antwort.",
         customer="Monika Sauer <monika.sauer@cafe-sauer.example>", client="thunderbird_de",
         subject="Speisekarten laminiert?", tz=CET)
cust(c, "k21a", "11-09 14:00", """Guten Tag,

können Sie unsere Speisekarten (A4, 20 Stück) auf festem Papier drucken und laminieren?
Sie müssen abwischbar sein.

Monika Sauer
Café Sauer""", answered=1)
ack(c, "k21b", "11-09 14:01", parent="k21a", ref="QM-T-88121", lang="de")
cust(c, "k21c", "11-12 08:00", """Guten Tag,

ich warte immer noch auf eine Antwort auf meine Anfrage vom Montag. Können Sie mir bitte
kurz Bescheid geben?

Monika Sauer""", parent="k21a", chase=True, answered=1)
agent(c, "k21d", "11-12 10:00", "lukas", """Guten Tag Frau Sauer,

entschuldigen Sie bitte die späte Antwort. Ja, das geht: 20 Speisekarten A4 auf 300g
Bilderdruck, beidseitig matt laminiert (125 µ), abwischbar und fettabweisend - 64 €
zzgl. MwSt.

Freundliche Grüße
Lukas Brenner""", parent="k21c")

c = case("k30-weinetiketten-melde-mich-morgen", "de", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "\"Ich melde mich morgen\" erst nach \"gibt es schon etwas Neues?\" drei Tage später "
         "eingelöst; die Bitte um Gutschrift für die Expresszustellung wird übergangen.",
         customer="Stefan Kraus <s.kraus@kraus-weine.example>", client="outlook_de",
         subject="Weinetiketten - Farbabweichung", tz=CET)
cust(c, "k30a", "11-10 08:00", """Guten Morgen,

die gelieferten Weinetiketten (Auftrag QM-42190) sind deutlich blasser als das
freigegebene Proof. Wie kann das sein?

Außerdem bitte ich um eine Gutschrift für die Expresszustellung, die Lieferung kam zwei Tage zu spät.

Mit freundlichen Grüßen
Stefan Kraus
Weingut Kraus""", answered=1,
     uq=("Außerdem bitte ich um eine Gutschrift für die Expresszustellung",))
agent(c, "k30b", "11-10 10:00", "lukas", """Guten Morgen Herr Kraus,

das tut mir leid. Ich kläre das mit unserer Druckvorstufe und melde mich morgen bei Ihnen.

Freundliche Grüße
Lukas Brenner""", parent="k30a", promises=(("11-11 22:59", "k30d"),))
cust(c, "k30c", "11-13 08:00", """Hallo Herr Brenner,

gibt es schon etwas Neues? Ich habe seit Dienstag nichts mehr gehört.

Stefan Kraus""", parent="k30b", chase=True, answered=1)
agent(c, "k30d", "11-13 11:00", "lukas", """Guten Tag Herr Kraus,

entschuldigen Sie die Verzögerung. Unsere Druckvorstufe hat festgestellt, dass das Rot
mit zu geringer Farbdichte gedruckt wurde. Wir drucken die Etiketten kostenlos nach; sie
gehen am Dienstag in den Versand.

Freundliche Grüße
Lukas Brenner""", parent="k30c")

c = case("k39-terminkarten-geschlossen-nachbestellung", "de", "pending", {"reopened": 1},
         "Nachdruck erledigt und \"Damit schließe ich das Ticket.\"; zwei Wochen später eine "
         "Nachbestellung im selben Verlauf.",
         customer="Andrea Lenz <andrea.lenz@lenz-physio.example>", client="gmail_de",
         subject="Terminkarten mit falscher Telefonnummer", tz=CET)
cust(c, "k39a", "11-03 09:00", """Hallo,

auf unseren neuen Terminkarten steht eine falsche Telefonnummer - in der Druckdatei war
sie aber richtig. Können Sie die Karten neu drucken?

Andrea Lenz
Physiotherapie Lenz""", answered=1)
agent(c, "k39b", "11-03 12:00", "lukas", """Hallo Frau Lenz,

Sie haben recht, beim Einrichten wurde eine alte Version Ihrer Datei verwendet. Die
korrigierten Karten sind heute in den Druck gegangen und kommen am Freitag bei Ihnen an.
Damit schließe ich das Ticket.

Viele Grüße
Lukas Brenner""", parent="k39a", closes=True)
cust(c, "k39c", "11-17 10:00", """Hallo Herr Brenner,

wir möchten die Terminkarten jetzt nachbestellen, diesmal 2.000 Stück. Können Sie dafür
die korrigierte Datei von damals verwenden?

Andrea Lenz""", parent="k39b", answered=1)
agent(c, "k39d", "11-17 11:30", "lukas", """Hallo Frau Lenz,

ja, die korrigierte Datei liegt in Ihrem Kundenkonto. Ich habe die Nachbestellung über
2.000 Stück als QM-42641 angelegt - Sie müssen sie nur noch online freigeben.

Viele Grüße
Lukas Brenner""", parent="k39c")

c = case("k48-vereinsbanner-wartet", "de", "open", {"awaiting-reply": 1},
         "Anfrage nur automatisch bestätigt, noch keine Antwort.",
         customer="Ralf Becker <r.becker@tv-linden.example>", client="gmail_de",
         subject="Vereinsbanner 4 x 1 m", tz=CET)
cust(c, "k48a", "11-18 18:00", """Hallo,

unser Turnverein braucht ein Banner 4 x 1 m für das Vereinsheim. Was würde das mit Ösen
kosten, und können Sie bis Mitte Dezember liefern?

Sportliche Grüße
Ralf Becker
TV Linden 1897 e.V.""")
ack(c, "k48b", "11-18 18:01", parent="k48a", ref="QM-T-88437", lang="de")

c = case("k57-expose-satz-bis-mittwoch", "de", "closed", {"missed-follow-up": 1},
         "\"Ich schicke Ihnen die PDF zur Freigabe bis Mittwoch\" - nie geschickt.",
         customer="Petra Wolf <petra.wolf@wolf-immobilien.example>", client="outlook_de",
         subject="Exposé-Broschüre - Satz", tz=CET)
cust(c, "k57a", "11-06 09:00", """Guten Tag,

anbei die Texte für unsere Exposé-Broschüre (12 Seiten A4), die Fotos folgen per
Download-Link. Können Sie den Satz übernehmen und uns eine PDF-Datei zur Freigabe
schicken?

Mit freundlichen Grüßen
Petra Wolf
Wolf Immobilien""", answered=1,
     attach=[pdf("Texte-Expose-Lindenallee.pdf", "Expose Lindenallee 12", "Texte Seite 1-12")])
agent(c, "k57b", "11-06 11:00", "lukas", """Guten Tag Frau Wolf,

gerne übernehmen wir den Satz. Ich schicke Ihnen die PDF zur Freigabe bis Mittwoch.

Freundliche Grüße
Lukas Brenner""", parent="k57a", promises=(("11-11 22:59", None),))

c = case("k66-typenschilder-nummerierung-nachgefragt", "de", "pending", {"unanswered-question": 1},
         "Frage beantwortet; die Nachfrage zur fortlaufenden Nummerierung im Dankeschön wird "
         "mit einem Hinweis auf den Shop übergangen.",
         customer="Uwe Schramm <uwe.schramm@schramm-metallbau.example>", client="thunderbird_de",
         subject="Aufkleber für Maschinen", tz=CET)
cust(c, "k66a", "11-16 09:00", """Hallo,

wir brauchen 200 Typenschild-Aufkleber aus Polyester, 60 x 40 mm, beständig gegen Öl.
Geht das?

Gruß
Uwe Schramm
Schramm Metallbau""", answered=1)
agent(c, "k66b", "11-16 11:00", "lukas", """Hallo Herr Schramm,

ja, dafür nehmen wir silberne Polyesterfolie mit Schutzlack - öl- und
lösemittelbeständig. 200 Stück kosten 96 € zzgl. MwSt.

Viele Grüße
Lukas Brenner""", parent="k66a")
cust(c, "k66c", "11-17 08:00", """Danke, passt. Ich wollte noch fragen, ob Sie die Aufkleber fortlaufend nummerieren können (Seriennummer 1001 bis 1200).

Uwe Schramm""", parent="k66b",
     uq=("Ich wollte noch fragen, ob Sie die Aufkleber fortlaufend nummerieren können",))
agent(c, "k66d", "11-17 09:30", "lukas", """Hallo Herr Schramm,

gern geschehen! Sie können direkt im Shop bestellen, die Druckdaten laden Sie beim
Bestellen hoch.

Viele Grüße
Lukas Brenner""", parent="k66c")

# --------------------------------------------------------------------------------------
# Cases - French
# --------------------------------------------------------------------------------------

c = case("k06-flyers-ouverture-boulangerie", "fr", "pending", {},
         "Papier conseillé et date de livraison : les deux questions ont une réponse.",
         customer="Claire Dubois <claire.dubois@boulangerie-dubois.example>", client="apple_fr",
         subject="Flyers A5 pour l'ouverture", tz=CET)
cust(c, "k06a", "11-17 09:00", """Bonjour,

Nous ouvrons une deuxième boulangerie à Lille et voudrions 2 000 flyers A5. Quel papier
conseillez-vous pour un rendu haut de gamme ? Et pouvez-vous livrer avant le 28 novembre ?

Bien cordialement,
Claire Dubois
Boulangerie Dubois""", answered=2)
agent(c, "k06b", "11-17 10:30", "sophie", """Bonjour Madame Dubois,

Pour un rendu haut de gamme, je vous conseille notre couché mat 350 g avec pelliculage
soft-touch. Si vous validez le BAT avant mercredi, la livraison à Lille se fait le 25
novembre.

Bien cordialement,
Sophie Lefèvre""", parent="k06a")

c = case("k15-vernis-selectif-verso", "fr", "pending", {"unanswered-question": 1},
         "Délai de fabrication donné ; la question du vernis sélectif au verso est ignorée.",
         customer="Julien Marchetti <julien@atelier-marchetti.example>", client="gmail",
         subject="Cartes de visite avec vernis sélectif", tz=CET)
cust(c, "k15a", "11-16 11:00", """Bonjour,

Je voudrais commander 500 cartes de visite avec vernis sélectif sur le logo. Quel est le
délai de fabrication ?

Pourriez-vous aussi me confirmer si le vernis sélectif est possible sur le verso ?

Merci d'avance,
Julien Marchetti
Atelier Marchetti - ébénisterie""", answered=1,
     uq=("Pourriez-vous aussi me confirmer si le vernis sélectif est possible sur le verso ?",))
agent(c, "k15b", "11-16 14:00", "sophie", """Bonjour Monsieur Marchetti,

Le délai de fabrication des cartes avec vernis sélectif est de 5 jours ouvrés après
validation du BAT, plus 2 jours de livraison en France.

Cordialement,
Sophie Lefèvre""", parent="k15a")

c = case("k24-devis-bulletin-relance", "fr", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "\"Je reviens vers vous d'ici jeudi\" tenu le lundi suivant après une relance ; la "
         "question de l'encart détachable posée dans la relance reste sans réponse.",
         customer="Amélie Roussel <amelie.roussel@mairie-saintpaul.example>", client="outlook",
         subject="Devis bulletins municipaux", tz=CET)
cust(c, "k24a", "11-09 09:00", """Bonjour,

Pourriez-vous nous faire un devis pour 3 000 bulletins municipaux, 16 pages A4, papier
recyclé ? Le conseil municipal vote le budget le 20 novembre.

Cordialement,
Amélie Roussel
Service communication, Mairie de Saint-Paul""", answered=1)
agent(c, "k24b", "11-09 11:00", "sophie", """Bonjour Madame Roussel,

Je transmets votre demande à notre atelier pour le calcul et je reviens vers vous d'ici
jeudi.

Cordialement,
Sophie Lefèvre""", parent="k24a", promises=(("11-12 22:59", "k24d"),))
cust(c, "k24c", "11-16 08:30", """Bonjour Madame Lefèvre,

Je me permets de vous relancer au sujet du devis : le vote du budget approche et je n'ai
toujours rien reçu.

Par ailleurs, pouvez-vous indiquer le prix avec un encart détachable en plus ?

Cordialement,
Amélie Roussel""", parent="k24b", chase=True, answered=1,
     uq=("Par ailleurs, pouvez-vous indiquer le prix avec un encart détachable en plus ?",))
agent(c, "k24d", "11-16 12:00", "sophie", """Bonjour Madame Roussel,

Toutes mes excuses pour ce retard. Voici notre devis : 3 000 bulletins de 16 pages A4,
papier recyclé 90 g, couverture 135 g, 2 460 € HT, livraison comprise.

Cordialement,
Sophie Lefèvre""", parent="k24c",
      attach=[pdf("Devis-D-2291-Saint-Paul.pdf", "Devis D-2291", "3 000 bulletins 16 p. A4 EUR 2 460 HT")])

c = case("k33-sous-bocks-livraison-belgique", "fr", "pending", {"unanswered-question": 1},
         "Minimum de commande donné avec un lien ; la livraison en Belgique et son tarif "
         "restent sans réponse.",
         customer="Thomas Peeters <thomas.peeters@brasserie-peeters.example>", client="apple_fr",
         subject="Sous-bocks personnalisés", tz=CET)
cust(c, "k33a", "11-18 10:00", """Bonjour,

Nous sommes une brasserie artisanale près de Namur. Quel est le minimum de commande pour
des sous-bocks imprimés en quadri ?

Je voudrais savoir aussi si vous livrez en Belgique et à quel tarif.

Bien à vous,
Thomas Peeters
Brasserie Peeters""", answered=1,
     uq=("Je voudrais savoir aussi si vous livrez en Belgique et à quel tarif.",))
agent(c, "k33b", "11-18 15:00", "sophie", """Bonjour Monsieur Peeters,

Le minimum est de 1 000 sous-bocks (carton 1,4 mm, quadri recto verso). Vous trouverez
tous nos formats, ronds et carrés, sur https://quillmark.example/fr/sous-bocks

Bien à vous,
Sophie Lefèvre""", parent="k33a")

c = case("k42-en-tete-cloture-merci", "fr", "closed", {},
         "Réimpression et \"Je clôture ce ticket\", suivi d'un simple merci : reste fermé.",
         customer="Nathalie Girard <n.girard@cabinet-girard.example>", client="gmail",
         subject="Papier à en-tête - erreur de couleur", tz=CET)
cust(c, "k42a", "11-16 09:00", """Bonjour,

Le logo sur notre papier à en-tête est imprimé en bleu clair au lieu du bleu marine du
BAT. Pouvez-vous réimprimer la commande QM-42400 ?

Nathalie Girard
Cabinet Girard, avocats""", answered=1)
agent(c, "k42b", "11-16 11:00", "sophie", """Bonjour Madame Girard,

En effet, le mauvais profil couleur a été utilisé. Nous avons réimprimé votre commande
ce matin ; elle est partie en express et arrive demain. Je clôture ce ticket, mais
n'hésitez pas à répondre à ce message si besoin.

Cordialement,
Sophie Lefèvre""", parent="k42a", closes=True)
cust(c, "k42c", "11-17 14:00", """Bien reçu, merci beaucoup !

N. Girard""", parent="k42b", thanks_only=True)

c = case("k51-affiches-bat-demain-tenu", "fr", "pending", {},
         "\"Je vous envoie le BAT demain matin\" tenu ; le client donne son bon pour accord.",
         customer="Louis Bernard <louis.bernard@festival-lumieres.example>", client="apple_fr",
         subject="Affiches 40x60 - BAT", tz=CET)
cust(c, "k51a", "11-17 08:00", """Bonjour,

Nos fichiers pour les 300 affiches 40 x 60 cm sont dans votre espace client. Pouvez-vous
nous envoyer le BAT rapidement ? L'impression doit partir vendredi.

Louis Bernard
Festival des Lumières""", answered=1)
agent(c, "k51b", "11-17 09:30", "sophie", """Bonjour Monsieur Bernard,

Nos graphistes vérifient les fichiers ce matin ; je vous envoie le BAT demain matin.

Cordialement,
Sophie Lefèvre""", parent="k51a", promises=(("11-18 22:59", "k51c"),))
agent(c, "k51c", "11-18 08:45", "sophie", """Bonjour Monsieur Bernard,

Voici le BAT en pièce jointe. Les fichiers sont conformes ; il suffit de répondre « bon
pour accord » pour lancer l'impression.

Cordialement,
Sophie Lefèvre""", parent="k51b", to="Louis Bernard <louis.bernard@festival-lumieres.example>",
      attach=[pdf("BAT-affiches-40x60.pdf", "BAT Festival des Lumieres", "300 affiches 40 x 60 cm")])
cust(c, "k51d", "11-18 10:00", """Bon pour accord, merci.

Louis Bernard""", parent="k51c", answered=1)
agent(c, "k51e", "11-18 10:30", "sophie", """Merci, l'impression est lancée. Les affiches partiront vendredi comme prévu.

Sophie""", parent="k51d")

c = case("k60-marque-pages-ruban", "fr", "pending", {"unanswered-question": 1},
         "Le prix est donné ; la question du trou avec ruban est ignorée.",
         customer="Hélène Marchand <helene@librairie-marchand.example>", client="gmail",
         subject="Marque-pages pour la librairie", tz=CET)
cust(c, "k60a", "11-18 09:00", """Bonjour,

Nous voudrions 1 000 marque-pages pour la librairie. Est-ce possible d'ajouter un trou avec un petit ruban ? Et quel est le prix pour 1 000 exemplaires recto verso ?

Merci,
Hélène Marchand
Librairie Marchand, Tours""", answered=1,
     uq=("Est-ce possible d'ajouter un trou avec un petit ruban ?",))
agent(c, "k60b", "11-18 11:00", "sophie", """Bonjour Madame Marchand,

1 000 marque-pages 5 x 21 cm recto verso sur 350 g coûtent 74 € HT, livraison comprise.

Bien cordialement,
Sophie Lefèvre""", parent="k60a")

# --------------------------------------------------------------------------------------
# Cases - Spanish
# --------------------------------------------------------------------------------------

c = case("k09-tarjetas-esquinas-redondeadas", "es", "pending", {},
         "Dos preguntas (esquinas redondeadas con 400 g, precio) con respuesta.",
         customer="Marta Gil <marta.gil@clinicagil.example>", client="gmail_es",
         subject="Tarjetas de visita con esquinas redondeadas", tz=CET)
cust(c, "k09a", "11-17 10:00", """Hola,

¿Podéis hacer tarjetas de visita con esquinas redondeadas en papel de 400 g? ¿Cuánto
costarían 500?

Un saludo,
Marta Gil
Clínica Dental Gil""", answered=2)
agent(c, "k09b", "11-17 11:30", "lucia", """Hola Marta:

Sí, las esquinas redondeadas son una opción gratuita y el estucado mate de 400 g es de
los más pedidos. 500 tarjetas salen por 39 € + IVA, con envío incluido a toda España.

Un saludo,
Lucía Ferrer""", parent="k09a")

c = case("k18-lona-repuesto-factura-cif", "es", "pending", {"unanswered-question": 1},
         "La lona de repuesto se envía; la factura con CIF pedida de paso queda sin respuesta.",
         customer="Jorge Navarro <jorge@navarroeventos.example>", client="outlook",
         subject="Pedido QM-42620 - lonas", tz=CET)
cust(c, "k18a", "11-16 12:00", """Buenos días:

Hemos recibido las lonas del pedido QM-42620. Una de las tres tiene los ollaos
arrancados en una esquina. ¿Nos podéis enviar una de repuesto?

Por cierto, envíenme la factura con nuestro CIF B-12345678, que la que llegó no lo lleva.

Saludos,
Jorge Navarro
Navarro Eventos""", answered=1,
     uq=("Por cierto, envíenme la factura con nuestro CIF B-12345678, que la que llegó no lo lleva.",))
agent(c, "k18b", "11-16 15:00", "lucia", """Buenos días, Jorge:

Sentimos lo de la lona. Ya hemos impreso una de repuesto con refuerzo en las esquinas;
sale mañana por mensajería y no hace falta que devolváis la dañada.

Un saludo,
Lucía Ferrer""", parent="k18a")

c = case("k27-carteles-sigo-esperando", "es", "pending",
         {"customer-chased": 1, "slow-first-response": 1},
         "Sin respuesta en cuatro días: \"¿Hay alguna novedad? Sigo esperando\"; la "
         "respuesta llega con un enlace a las plantillas.",
         customer="Carmen Ortiz <carmen.ortiz@ortizinmobiliaria.example>", client="gmail_es",
         subject="Carteles SE VENDE", tz=CET)
cust(c, "k27a", "11-12 09:00", """Hola,

Quisiera pedir 30 carteles de SE VENDE en PVC de 3 mm, 50 x 70 cm. ¿Tenéis plantilla o
tengo que mandar el diseño yo?

Carmen Ortiz
Ortiz Inmobiliaria""", answered=1)
cust(c, "k27b", "11-16 10:00", """Hola de nuevo,

¿Hay alguna novedad? Sigo esperando respuesta a mi correo del jueves.

Carmen""", parent="k27a", chase=True, answered=1)
agent(c, "k27c", "11-16 12:00", "lucia", """Hola Carmen:

Disculpa la demora. Tenemos plantillas de carteles inmobiliarios en
https://quillmark.example/es/plantillas?cat=inmobiliaria - puedes rellenar la tuya online
o mandarnos tu propio diseño en PDF.

Un saludo,
Lucía Ferrer""", parent="k27b")

c = case("k36-pegatinas-mezcla-idiomas", "es", "pending", {},
         "Correo que mezcla español e inglés; la respuesta contesta en los dos idiomas.",
         customer="Daniel Ruiz <daniel.ruiz@ruizsurfschool.example>", client="gmail",
         subject="Stickers / pegatinas con forma de ola", tz=CET)
cust(c, "k36a", "11-18 09:00", """Hola Lucía,

Sorry, mezclo idiomas - our team is half English. Queremos 1.000 pegatinas de vinilo
troqueladas con forma de ola. Is the minimum for die-cut stickers 500 or 1,000? ¿Y
aguantan el agua salada?

Gracias!
Daniel Ruiz
Ruiz Surf School, Tarifa""", answered=2)
agent(c, "k36b", "11-18 11:00", "lucia", """Hola Daniel:

The minimum for die-cut stickers is 250, so 1,000 is no problem. Y sí: el vinilo lleva
laminado UV y aguanta el agua salada y el sol sin problema.

Un saludo,
Lucía Ferrer""", parent="k36a")

c = case("k45-cajas-pasteles-carton-alimentario", "es", "pending", {"unanswered-question": 1},
         "Plazo y presupuesto enviados; la pregunta indirecta sobre el cartón apto para "
         "alimentos queda sin respuesta.",
         customer="Elena Vidal <elena@vidalpasteleria.example>", client="gmail_es",
         subject="Cajas para tartas", tz=CET)
cust(c, "k45a", "11-17 16:00", """Hola,

Necesitamos 500 cajas de cartón kraft para tartas, 25 x 25 x 10 cm, con nuestro logo en
la tapa. ¿Cuál es el plazo de entrega?

Quisiera saber si el cartón kraft es apto para contacto directo con alimentos.

Muchas gracias,
Elena Vidal
Pastelería Vidal""", answered=1,
     uq=("Quisiera saber si el cartón kraft es apto para contacto directo con alimentos.",))
agent(c, "k45b", "11-18 09:00", "lucia", """Hola Elena:

El plazo para cajas personalizadas es de 10 días laborables desde la aprobación de la
prueba. Te adjunto el presupuesto: 500 cajas kraft de 25 x 25 x 10 cm con logo a una
tinta, 415 € + IVA.

Un saludo,
Lucía Ferrer""", parent="k45a",
      attach=[pdf("Presupuesto-P-1187-Vidal.pdf", "Presupuesto P-1187", "500 cajas kraft EUR 415")])

c = case("k54-carpetas-le-escribo-el-lunes", "es", "pending", {},
         "\"Le escribo el lunes con el presupuesto\" cumplido el lunes; agradecimiento final.",
         customer="Pablo Serrano <pablo.serrano@serranoabogados.example>", client="outlook",
         subject="Carpetas corporativas con solapa", tz=CET)
cust(c, "k54a", "11-12 10:00", """Buenos días:

¿Podrían presupuestar 300 carpetas corporativas A4 con solapa y ranura para tarjeta? Las
queremos con stamping plateado.

Atentamente,
Pablo Serrano
Serrano Abogados""", answered=1)
agent(c, "k54b", "11-12 12:00", "lucia", """Buenos días, Pablo:

El stamping plateado lo tengo que consultar con el taller de acabados. Le escribo el
lunes con el presupuesto.

Un saludo,
Lucía Ferrer""", parent="k54a", promises=(("11-16 22:59", "k54c"),))
agent(c, "k54c", "11-16 10:00", "lucia", """Buenos días, Pablo:

Como le dije, aquí va el presupuesto: 300 carpetas A4 con solapa, ranura para tarjeta y
stamping plateado en portada, 690 € + IVA. Plazo: 8 días laborables.

Un saludo,
Lucía Ferrer""", parent="k54b", to="Pablo Serrano <pablo.serrano@serranoabogados.example>",
      attach=[pdf("Presupuesto-P-1179-Serrano.pdf", "Presupuesto P-1179", "300 carpetas A4 EUR 690")])
cust(c, "k54d", "11-16 11:00", """Perfecto, muchas gracias.

Pablo Serrano""", parent="k54c", thanks_only=True)

c = case("k63-etiquetas-vino-bobina", "es", "pending", {"unanswered-question": 1},
         "La pregunta de la cubitera recibe respuesta; la de la entrega en bobina, no.",
         customer="Raúl Méndez <raul@mendezvinos.example>", client="outlook",
         subject="Etiquetas para vino", tz=CET)
cust(c, "k63a", "11-17 12:00", """Hola:

Queremos etiquetas para 3.000 botellas de nuestro tinto. ¿El papel verjurado aguanta la
cubitera con hielo sin despegarse?

Y otra cosa: ¿las podéis entregar en bobina para nuestra etiquetadora automática?

Saludos,
Raúl Méndez
Bodegas Méndez""", answered=1,
     uq=("¿las podéis entregar en bobina para nuestra etiquetadora automática?",))
agent(c, "k63b", "11-17 15:00", "lucia", """Hola Raúl:

Para cubitera os recomiendo el verjurado con tratamiento wet-strength: aguanta horas en
agua con hielo sin despegarse ni arrugarse. Si queréis, os mando muestras.

Un saludo,
Lucía Ferrer""", parent="k63a")

CASES.sort(key=lambda c: c.name)  # numbered so that the languages interleave

# --------------------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------------------


def label_problems(cases: list[Case]) -> list[str]:
    """Every disagreement between the hand-written labels of ``cases`` and what their rendered
    messages' facts and dates imply (empty when the labels are consistent)."""
    out = []
    for name, n in Counter(c.name for c in cases).items():
        if n > 1:
            out.append(f"case name {name} used {n} times")
    for c in cases:
        msgs = sorted(c.msgs, key=lambda m: (m.date, m.key))
        status = mailcraft.contract_status(msgs, CONTRACT)
        if status != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {status}")
        facts = mailcraft.contract_rules(msgs, CONTRACT)
        if facts != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {facts}")
        for i, m in enumerate(msgs):
            if (m.chase or m.thanks_only or m.answered) and m.role != "customer":
                out.append(f"{c.name}: {m.key} has customer facts but is {m.role} mail")
            if m.thanks_only and (m.uq or m.answered or m.chase):
                out.append(f"{c.name}: {m.key} is thanks-only but asks something")
            for q in m.uq:
                if m.role != "customer" or q not in m.own:
                    out.append(f"{c.name}: labelled question {q!r} is in no customer message "
                               f"of the case ({m.key}'s own text)")
                elif not any(r.role == "agent" for r in msgs[i + 1:]):
                    out.append(f"{c.name}: labelled question {q!r} has no support reply after it")
    return out


def mailbox_problems(out: Path, msgs: list[Msg]) -> list[str]:
    """Problems of the written mailbox read back: parser defects, unknown references, plain
    text that does not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    problems = mailcraft.parse_problems(inbox + sent)
    parsed = {p["Message-ID"]: p for p in inbox + sent}
    for m in msgs:
        got = parsed.get(m.message_id)
        if got is None:
            problems.append(f"{m.key}: not in the written mailbox")
            continue
        if m.kind == "html":  # no plain part to compare; the HTML is derived from m.text
            continue
        problem = mailcraft.round_trip_problem(m, got, in_mbox=m.role in ("customer", "auto"))
        if problem:
            problems.append(problem)
    return problems


def cases_md(cases: list[Case]) -> str:
    """The generated per-case table."""
    rows = []
    for c in cases:
        first = min(c.msgs, key=lambda m: m.date)
        rows.append((c.name, c.lang, mailcraft.addr_of(c.customer)[0], first.client, len(c.msgs),
                     c.status, {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story))
    return mailcraft.cases_table("Practice7 corpus: Quillmark Print support - cases",
                                 "make_practice7_corpus.py", rows)


def write_files(out: Path, msgs: list[Msg]) -> None:
    """Write the mailbox, labels.json and CASES.md under ``out`` (a fresh directory)."""
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(mailcraft.addr_of(m.frm)[1], m.date, m.raw) for m in msgs
             if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.quillmark.example")
    labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_md(CASES), encoding="utf-8")


def write(out: Path) -> None:
    """Render, check and write the corpus to ``out``; refuse (SystemExit) on any label or mail
    problem without touching ``out``. A hand-written README.md in ``out`` is kept."""
    msgs = mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)
    errors = label_problems(CASES)
    if errors:
        raise SystemExit("refusing to write, labels disagree with the facts:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(staged, msgs)
        errors = mailbox_problems(staged, msgs)
        if errors:
            raise SystemExit("refusing to write, the mailbox does not read back:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(out / "mailbox", ignore_errors=True)
        shutil.copytree(staged / "mailbox", out / "mailbox")  # copy2 keeps the Maildir mtimes
        for name in ("labels.json", "CASES.md"):
            shutil.copyfile(staged / name, out / name)


def summary(cases: list[Case]) -> str:
    """Counts for the README: cases, messages, languages, statuses, rules, questions."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    rules = Counter()
    for c in cases:
        rules.update(c.rules)
    asking = [c for c in cases if c.uq]
    lines = [
        (f"cases {len(cases)}, messages {len(msgs)} ({dict(roles)}), "
         f"clean {sum(1 for c in cases if not c.rules)}"),
        f"languages {dict(Counter(c.lang for c in cases))}",
        f"statuses {dict(Counter(c.status for c in cases))}",
        "rules " + ", ".join(f"{r} {rules[r]}" for r in RULES),
        (f"unanswered questions {sum(len(c.uq) for c in asking)} in {len(asking)} cases; "
         f"answered questions {sum(m.answered for m in msgs)}"),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice7",
                        help="corpus directory to (re)write (default: tests/practice7)")
    parser.add_argument("--summary", action="store_true", help="print the corpus counts")
    args = parser.parse_args()
    write(args.out)
    if args.summary:
        print(summary(CASES))


if __name__ == "__main__":
    main()
