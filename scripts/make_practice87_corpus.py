#!/usr/bin/env python3
"""Regenerate ``tests/practice87/``: a labelled corpus of Wexcombe Stained Glass.

A support mailbox of a fictional stained-glass studio in a Somerset village: commissions
(memorial windows, house numbers in fanlights, wedding and anniversary panels, a school's
anniversary window), church and domestic window repairs and releading, leaded lights, lamp
shades, painted and fired glass, and evening, weekend and private workshops. Written without
looking at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``wexcombeglass.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it holds, with its figures.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice87_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
import json
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
NAME = "practice87"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "wexcombeglass.example"
STUDIO = "Wexcombe Stained Glass <studio@wexcombeglass.example>"
DESK = "Wexcombe Studio Desk <studio@wexcombeglass.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nell": ("Nell Ashdown <nell@wexcombeglass.example>", "thunderbird", """-- 
Nell Ashdown
Studio Manager | Wexcombe Stained Glass
The Old Forge, Mill Lane, Wexcombe TA9 4QL | 01632 960 418
Book a workshop: https://wexcombeglass.example/workshops?src=sig"""),
    "gideon": ("Gideon Pryce <gideon@wexcombeglass.example>", "outlook", """Gideon Pryce ACR
Lead Glazier & Conservation | Wexcombe Stained Glass
Site visits Tuesday to Thursday. Got a question about your window? Just reply to this email."""),
    "freya": ("Freya Lusk <freya@wexcombeglass.example>", "apple", """Freya Lusk
Workshops & Courses | Wexcombe Stained Glass
https://wexcombeglass.example/courses?utm_source=email&utm_medium=sig"""),
    "orla": ("Orla Kettering <orla@wexcombeglass.example>", "owa", """Orla Kettering
Accounts | Wexcombe Stained Glass Ltd, registered in England no. 08817342
This email and any attachments are confidential. If you have received it in error, please let us know and delete it."""),
    "tobias": ("Tobias Reinholt <tobias@wexcombeglass.example>", "thunderbird_de", """-- 
Tobias Reinholt
Glasmaler | Wexcombe Stained Glass
https://wexcombeglass.example/de?ref=signatur"""),
    "claire": ("Claire Vasseur <claire@wexcombeglass.example>", "apple_fr", """Claire Vasseur
Atelier Wexcombe - clientèle francophone
+44 1632 960 421"""),
    "lucia": ("Lucía Ferrer <lucia@wexcombeglass.example>", "gmail_es", """--
Lucía Ferrer
Talleres y encargos | Wexcombe Stained Glass
https://wexcombeglass.example/es?ref=firma"""),
}

ACK = """Hello,

Thanks for getting in touch with Wexcombe Stained Glass. This is an automatic
reply to let you know your message has reached the studio (reference {ref}).
The studio is open Monday to Friday, 9am-5pm, and we will reply within one
working day.

If a window is broken and letting the weather in, please ring 01632 960 418.

Wexcombe Stained Glass
https://wexcombeglass.example/contact?ref={ref}"""

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
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9"],
    "helpdesk": ["X-Mailer: Wexcombe Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="wx.", outlook_server="CWLP265")
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
    """A reply by support agent ``who`` at ``when`` (UK time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in the UK: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

SKETCH_PNG = mailcraft.png(16, 8, lambda x, y: (230 - 6 * y, 170 + 4 * x, 60 + 3 * (x + y)))
PHOTO_PNG = mailcraft.png(10, 12, lambda x, y: (120 + 9 * x, 90 + 5 * y, 60))
DOOR_PNG = mailcraft.png(8, 14, lambda x, y: (60 + 10 * (x % 3), 140 + 6 * y, 90 + 8 * x))
IMPOSTE_PNG = mailcraft.png(14, 7, lambda x, y: (200, 180 - 10 * y, 90 + 7 * x))
SWALLOW_PNG = mailcraft.png(12, 12, lambda x, y: (150 + 7 * y, 200, 245 - 3 * x))
LAMP_PNG = mailcraft.png(9, 9, lambda x, y: (220, 150 + 8 * x, 40 + 5 * y))
PL_CERT_PDF = mailcraft.pdf(["Wexcombe Stained Glass Ltd - Certificate of Insurance",
                             "Public and products liability: GBP 5,000,000 any one occurrence",
                             "Period: 1 April 2026 to 31 March 2027",
                             "Includes work at height and on listed places of worship"])
DEPOSIT_PDF = mailcraft.pdf(["Wexcombe Stained Glass Ltd - Invoice WX-4502",
                             "All Saints Netherby PCC - north aisle windows",
                             "Deposit 25% of contract: GBP 1,950.00 (VAT zero on deposit per faculty works)",
                             "Payable within 14 days"])
CORRECTED_PDF = mailcraft.pdf(["Wexcombe Stained Glass Ltd - Invoice WX-4417 (corrected)",
                               "Holy Trinity Ashcott PCC - vestry window",
                               "Contract GBP 2,076.00 less deposit paid GBP 600.00",
                               "Balance due GBP 1,476.00 by 9 December 2026"])
SCHOOLS_PDF = mailcraft.pdf(["Wexcombe Stained Glass - school windows",
                             "Hollins Green Primary (2023): 'Our Village', 110 x 55 cm",
                             "St Anne's Infants (2024): 'The Four Seasons', 4 lights",
                             "Children's drawings shown beside the finished panels"])
SKETCHES_PDF = mailcraft.pdf(["Memorial lancet, St Michael's Aldbury - first ideas",
                              "A: Owen and Bracken on the church path",
                              "B: Bracken among the harvest sheaves",
                              "C: Aldbury Hill at dusk"])
DRAWINGS_PDF = mailcraft.pdf(["Merriman Architects - Drawing 2214/07 rev C",
                              "Library lantern light: central roundel 450 mm, border omitted",
                              "Scale 1:10"])
DEVIS_PDF = mailcraft.pdf(["Atelier Wexcombe - Devis D-2611-19",
                           "Vitrail Art nouveau, porte d'entree 50 x 90 cm",
                           "Verres opalescents, plomb 6 mm, pose comprise",
                           "Total: GBP 1,080 HT"])
WREATH_PDF = mailcraft.pdf(["Wexcombe Stained Glass - booking confirmation",
                            "Stained glass wreath workshop",
                            "Sunday 13 December 2026, 10:00-15:00",
                            "1 place - Priya Natarajan"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("w01-hartley-tulip-door", "en", "closed", {},
      "Rachel Hartley <rachel.hartley@example.com>", "gmail", "Cracked panel in our front door",
      "Three questions about a cracked tulip panel (door removed? cost? how long without it?) answered in one reply, out of order and in other words; thanks-only close.",
      cu("11-02 08:12", """Hi there,

Our front door has a leaded panel with a tulip design (1890s, we think) and one of the red petals cracked right across when the door slammed in the wind on Saturday. The rest of it seems sound, though the lead is a bit bowed near the bottom.

Is it something you can fix without taking the whole door away? And roughly what are we looking at cost-wise? I work from home so I'm not too fussed about timing, but I'd like to know how long we'd be without the panel - we have a very nosy spaniel.

Thanks,
Rachel Hartley
14 Coopers Row"""),
      ag("gideon", "11-02 11:40", """Hi Rachel,

Tulip panels from the 1890s are lovely things and well worth saving.

The door itself stays where it is: we lift out just the leaded panel, put a clear polycarbonate sheet in its place so the spaniel can keep watch, and do the work back at the studio. Replacing one petal and flattening the bowed section is normally between £180 and £240 plus VAT; I'd firm that up when I see it. You'd have the polycarbonate in for about a week, ten days at the very most.

Best regards,
Gideon"""),
      cu("11-02 19:05", """Perfect, that's really helpful - thank you! I'll ring the studio next week to book a date.

Rachel""", thanks=True)),

    C("w02-st-brannock-east-window", "en", "closed", {"unanswered-question": 1},
      "Alan Pascoe <churchwarden@stbrannock-pcc.example>", "outlook", "East window - storm damage",
      "Churchwarden asks for a visit, about the conservators' accreditation and about help with the faculty; the visit and the faculty are answered, the accreditation is not. Thanks-only confirmation.",
      cu("10-28 09:30", """Dear Sir or Madam,

I am one of the churchwardens at St Brannock's, Lower Wexcombe. During the storm on Sunday night a branch from the yew came down against the east window and at least four pieces in the lower lights are broken, with some of the leading pushed in. We have boarded the outside for now.

We would be grateful if someone could come and look at the window and advise. Please also let us know whether your conservators are accredited, as the Diocesan Advisory Committee will certainly ask when we apply for the faculty. Finally, is the faculty application something you are able to help us with, or must the PCC do it all ourselves?

Yours faithfully,
Alan Pascoe
Churchwarden, St Brannock's PCC""", uq=1),
      ag("gideon", "10-28 14:15", """Dear Mr Pascoe,

I'm sorry to hear about the window - yews are a menace in a storm.

I can come out on Thursday 5 November at 10am if that suits, with a ladder tower, and take photographs for the condition report. We write the statement of significance and the specification for the faculty as part of the job, so the PCC only has to submit the online application, and I'm happy to talk you through that.

Kind regards,
Gideon"""),
      cu("10-28 16:02", """Dear Mr Pryce,

Thursday 5th at ten is fine. I shall meet you at the lych gate.

With thanks,
Alan Pascoe""", thanks=True)),

    C("w03-voucher-for-husband", "en", "pending", {},
      "Imogen Tulley <imogen.tulley@example.org>", "apple", "Present for my husband",
      "Gift voucher, whether it covers the January course, what a beginner must bring: a link, 'January beginners included' and 'we supply...'; thanks-only.",
      cu("11-17 20:48", """Hello!

My husband keeps walking past your window and saying he'd love to have a go, so I'm thinking of a Christmas present. Do you sell gift vouchers for the evening classes? I was wondering whether a voucher could be used for the beginners' course that starts in January, as December is hopeless for us.

Also - he's never cut a piece of glass in his life. Does he need to bring anything, or is everything provided?

Many thanks,
Imogen"""),
      ag("freya", "11-18 09:20", """Hi Imogen,

What a lovely present. You can buy one here: https://wexcombeglass.example/vouchers - they're valid for twelve months against any course, the January beginners included.

No experience needed, and we supply the glass, tools and safety glasses. The only thing we ask is sensible closed shoes, as little splinters do end up on the floor.

Best wishes,
Freya"""),
      cu("11-18 12:30", """Lovely, thank you Freya - bought!

Imogen""", thanks=True)),

    C("w04-ropewalk-fanlight", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Dev Okafor <dev.okafor@example.net>", "iphone", "House number in the fanlight",
      "Sketch and price promised 'by Friday' arrive the next Tuesday from a colleague after the customer chases: kept late = missed.",
      cu("11-03 18:20", """Hi,

We've just bought 27 Ropewalk and the plain glass fanlight over the door is begging for the house number in coloured glass, like the others on the street. Could you do a sketch and a price? The opening is 86cm wide by 38cm high, semicircular.

Dev

Sent from my iPhone"""),
      ag("gideon", "11-04 08:55", """Hi Dev,

Congratulations on the new house - a few of the Ropewalk numbers are ours, from years back. I'll put a sketch together with a price and send it to you by Friday.

Best regards,
Gideon""", promises=[("11-06", 4)]),
      cu("11-10 07:45", """Morning Gideon - just following up on the sketch, did it go astray? No rush if you're snowed under, just keen to get it ordered before Christmas.

Dev

Sent from my iPhone""", chase=True),
      ag("nell", "11-10 12:30", """Hi Dev,

Sorry - Gideon has been up a scaffold at St Brannock's all week. His sketch is attached: the number in amber on a pale green ground, with a simple reeded border to match the others on Ropewalk. It comes to £395 including fitting, and we could fit it on 8 December if you're happy to go ahead.

Nell""", attach=[("image/png", "27-ropewalk-sketch.png", SKETCH_PNG)])),

    C("w05-amber-lampshade", "en", "closed", {"unanswered-question": 1},
      "Harriet Noakes <h.noakes@example.com>", "thunderbird", "Cracked lampshade",
      "Lampshade repair: 'do you repair shades?' and 'post or bring?' answered; matching the unusual amber glass is skipped.",
      cu("11-05 10:02", """Good morning,

I have a Tiffany-style table lamp (not a real one, sadly - it was my mother's) with two cracked pieces near the rim, both in a mottled amber glass.

Do you repair lampshades, or only windows? If you do, can I post it, or would it be safer to bring it in? It's about 40cm across. Is there a way to match the mottled amber glass? It's quite an unusual streaky one and I'd hate to have two odd pieces.

Thank you,
Harriet Noakes""", uq=1),
      ag("nell", "11-05 11:30", """Dear Harriet,

We do - copper-foiled shades are a good part of our winter work. Please don't post it, though; shades travel badly even when they're well wrapped. You're welcome to bring it to the studio any weekday between 9 and 5, and Gideon will look it over while you're here.

Best wishes,
Nell""")),

    C("w06-beginners-inline", "en", "pending", {},
      "Sam Whitlock <sam.whitlock@example.com>", "gmail", "Beginners course questions",
      "A numbered list of four questions answered inline under each quoted line, with dates and figures only.",
      cu("11-16 13:10", """Hi,

I've been meaning to sign up for ages and now I finally have the time. A few questions:

1. When does the next beginners' course start, and which evening is it?
2. How much does it cost, and can I pay in instalments?
3. How many people are in a group?
4. Is there anywhere to park near the studio in the evenings?

Thanks a lot,
Sam"""),
      ag("freya", "11-16 15:35", """Hi Sam,

Great to hear from you - answers below.

> 1. When does the next beginners' course start, and which evening is it?

Wednesday 13 January, 6.30-9pm, for six weeks.

> 2. How much does it cost, and can I pay in instalments?

£265 including all the glass. Half when you book and half by the first session is fine.

> 3. How many people are in a group?

Eight at most.

> 4. Is there anywhere to park near the studio in the evenings?

The Mill Lane car park opposite is free after 6.

Freya""", quote=False)),

    C("w07-primary-school-150", "en", "closed", {"unanswered-question": 1},
      "Joanna Beale <head@wexcombe-primary.example>", "owa", "150th anniversary window",
      "Headteacher asks about children's drawings, budget, a July deadline and an assembly talk; the talk is never mentioned. Photos promised 'tomorrow' are sent by a colleague the next day (kept).",
      cu("11-11 16:20", """Dear Wexcombe Stained Glass,

Wexcombe Primary turns 150 next September and the governors would like to mark it with a small stained glass window in the hall, designed by the children. I have a few questions before I take it to the governors' meeting on 25 November.

Could the children's own drawings be turned into the design, or does it need to be professionally drawn? We have an opening of roughly 120cm x 60cm in mind - what sort of budget should we be thinking of? We would need it installed before the end of the summer term in July. I'd also love it if someone from the studio could come and talk to the children in assembly about how windows are made.

With best wishes,
Joanna Beale
Headteacher, Wexcombe Primary School""", uq=1),
      ag("gideon", "11-12 09:10", """Dear Mrs Beale,

What a nice idea. We've made several of these, and the children's drawings are always the best part: we run a design session with each class, then I combine their drawings into one cartoon, keeping their lines as they drew them.

For 120 x 60cm you should budget around £2,800-£3,400 plus VAT, including the design sessions, fitting and a small plaque. If the governors agree in November, July is comfortably achievable - we'd aim to fit it during the May half-term.

I'll send you photos of two earlier school windows tomorrow, which may help at the meeting.

Kind regards,
Gideon""", promises=[("11-13", 3)]),
      ag("nell", "11-13 10:05", """Dear Mrs Beale,

Gideon asked me to send you these: photographs of the windows we made with Hollins Green Primary (2023) and St Anne's Infants (2024), with the children's original drawings beside them.

Best wishes,
Nell""", attach=[("application/pdf", "school-windows.pdf", SCHOOLS_PDF)])),

    C("w08-old-rectory-casements", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Fergus Lyle <fergus@oldrectory-wexcombe.example>", "gmail", "Releading - Old Rectory casements",
      "Written quote promised 'by Thursday' never comes; the customer checks in five days later and is still waiting at audit time.",
      cu("11-09 09:40", """Hello Gideon,

Thanks for coming out on Friday. As discussed, we'd like the six leaded casements on the south front releaded rather than patched. Could you put the quote in writing? The builders need to know whether the windows will be out before they put the scaffold up on 30 November, so if you can give me an idea of when you'd take them away, that would help too.

Best,
Fergus"""),
      ag("gideon", "11-09 14:30", """Hi Fergus,

Good to meet you on Friday. I'll write up the quote and the timing properly and send them over by Thursday.

Best regards,
Gideon""", promises=[("11-12", None)]),
      cu("11-17 08:50", """Hi Gideon,

Just checking in on the quote for the casements - I haven't seen anything come through yet. The scaffolders have now confirmed the 30th, so it's getting a bit tight.

Best,
Fergus""", chase=True)),

    C("w09-football-landing-window", "en", "closed", {},
      "Kerry Moss <kerrymoss@example.net>", "android", "Urgent - ball through landing window",
      "Emergency: board it today? how soon fixed? an itemised invoice for the insurer? - all three answered in one short reply; thanks-only.",
      cu("11-03 08:05", """Hi, my son's football has gone through the leaded window on our landing, one pane completely gone and there's a draught like you wouldn't believe. Can anyone come and board it today? How soon could it actually be repaired? We're claiming on the house insurance so I'll need a proper invoice with the breakdown for them.

Kerry Moss
07700 900 412"""),
      ag("nell", "11-03 08:50", """Hi Kerry,

Oh dear - it happens more than you'd think. Gideon is in Wexcombe this afternoon and can be with you around 3pm to make it weathertight and take the panel away. The repair itself takes about two weeks from then. Insurers are used to our invoices: we list the glass, leading and labour separately and add the claim number if you send it to us.

Nell"""),
      cu("11-03 09:10", """That's brilliant, thank you so much. See him at 3.

Kerry""", thanks=True)),

    C("w10-memorial-lancet", "en", "pending", {},
      "Bethan Carew <bethan.carew@example.org>", "apple", "A window for Grandad",
      "Four questions buried in one long paragraph (process, the dog, payments, permission and timing) all answered in a different order; sketches promised 'early next week' arrive on the Tuesday with a PDF.",
      cu("11-10 21:30", """Dear Gideon,

My grandfather, Owen Carew, was churchwarden at St Michael's in Aldbury for almost forty years and died in the spring. The family would like to give a small memorial window in the south aisle, where there's a plain-glazed lancet next to the pew he always sat in. We've never done anything like this and I'm not sure how it works - do you start with drawings for us to choose from, or do we tell you what we'd like? He was never without his sheepdog, Bracken, and it would mean a lot to my grandmother if the dog could be in it somewhere, if that isn't too unusual for a church. We also don't know how the payments work; is it all up front? I've heard that the church needs permission for anything like this, which I gather the vicar would sort out, but I don't know whether that affects the timing.

With thanks,
Bethan Carew""", kind="alt"),
      ag("gideon", "11-11 16:30", """Dear Bethan,

I'm sorry about your grandfather - and it's a lovely way to remember him.

Bracken is not unusual at all; there are dogs in church windows all over the country, and a sheepdog at the feet of a figure, or in a landscape of the local fields, would sit very naturally in a lancet. The usual way is that you tell me about him - the places, the things he loved - and I come back with two or three small coloured sketches to choose from. Payment is in three stages: a design fee of £250 when you ask us to start, half of the balance when the design is approved, and the rest on installation.

The permission (a faculty) is applied for by the parish once the design is settled, and usually takes two to three months, so it does add to the timing: most memorial windows go in eight to ten months after the first sketches.

I'll send you some first ideas early next week so the family has something to look at.

Kind regards,
Gideon""", promises=[("11-17", 3)]),
      ag("gideon", "11-17 15:40", """Dear Bethan,

As promised, three first ideas are attached: Owen and Bracken on the path up to the church; Bracken alone among the harvest sheaves; and the lancet as a window onto Aldbury Hill at dusk. They're rough, so please tell me what you like and what you don't.

Kind regards,
Gideon""", attach=[("application/pdf", "aldbury-first-ideas.pdf", SKETCHES_PDF)]),
      cu("11-17 22:15", """Oh Gideon, they're beautiful. Gran cried at the first one. Thank you - we'll talk it over at the weekend and be in touch.

Bethan""", thanks=True)),

    C("w11-christmas-workshop-swap", "en", "pending", {"unanswered-question": 1},
      "Lydia Fenn <lydia.fenn@example.com>", "gmail", "Saturday 21st - can't make it",
      "Can't attend: another date or a refund? may a friend go instead? and a receipt for her employer - the first two answered, the receipt request ignored.",
      cu("11-16 12:30", """Hi Freya,

I'm booked on the Christmas decorations workshop this Saturday (21st) but I've just been told I'm working that weekend. Could I move to another date, or get a refund if there isn't one? Alternatively my friend Hannah would happily take my place - would that be allowed?

One more thing: could you send me a receipt for the original booking? My work pays for one course a year and they need it for the claim.

Thanks,
Lydia""", uq=1),
      ag("freya", "11-16 14:05", """Hi Lydia,

No problem at all. Hannah is very welcome to come in your place on the 21st - just ask her to tell us about any allergies, as we do mince pies at the break. If you'd rather come yourself, there are still two places on Saturday 5 December and I can swap you over; whichever you prefer.

Best wishes,
Freya""")),

    C("w12-holy-trinity-invoice", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Graham Tilley <treasurer@holytrinity-ashcott.example>", "outlook", "Invoice WX-4417",
      "PCC treasurer: corrected invoice promised 'tomorrow' arrives five days later after a chase (that lost its threading headers); balance date answered then; the request to address future invoices to him is never taken up.",
      cu("11-04 11:00", """Dear Sirs,

Invoice WX-4417 for the vestry window charges VAT on the full amount, but we paid a deposit of £600 in September, which was already invoiced with VAT at the time. Could you send a corrected invoice? When is the balance due? We have a PCC meeting on the 19th where payments are approved.

Also, please address future invoices to me as treasurer rather than to the vicar; they keep going astray at the vicarage.

Regards,
Graham Tilley
Treasurer, Holy Trinity Ashcott""", uq=1),
      ag("orla", "11-04 15:20", """Dear Mr Tilley,

Thank you for spotting that. I'll look into the deposit and get back to you tomorrow with a corrected invoice.

Kind regards,
Orla""", promises=[("11-05", 4)]),
      cu("11-09 09:30", """Dear Ms Kettering,

I'm still waiting for the corrected invoice you mentioned. Could it reach me before our meeting on the 19th, please?

Regards,
Graham Tilley""", chase=True, thread=False),
      ag("orla", "11-09 11:45", """Dear Mr Tilley,

I'm sorry for the delay. The corrected invoice is attached: the deposit and its VAT are now deducted, leaving £1,476.00 to pay. There's no need to rush it through before your meeting - our terms are 30 days, so anything before 9 December is fine.

Kind regards,
Orla""", attach=[("application/pdf", "WX-4417-corrected.pdf", CORRECTED_PDF)])),

    C("w13-conservatory-roof", "en", "closed", {},
      "Pieter van Doorn <pieter.vandoorn@example.net>", "thunderbird_nl", "Coloured glass for conservatory roof",
      "Do you make coloured roof units, or can you recommend someone? - a plain 'not something we make' plus a named supplier.",
      cu("11-02 17:40", """Hi,

We're having our conservatory re-roofed and I wondered whether you supply coloured or stained glass roof panels - sealed units, about 1m x 60cm, eight of them? Or if it's not your thing, is there someone you'd recommend?

Cheers,
Pieter"""),
      ag("nell", "11-03 09:15", """Hi Pieter,

Sealed roof units aren't something we make, I'm afraid - our panels are leaded and need to stand upright in a frame. Brackley Glass in Yeovil (https://brackleyglass.example) make toughened roof units with a coloured interlayer in exactly that size, and your roofer can order them direct.

If you ever fancy a leaded panel for the conservatory door, you know where we are.

Best wishes,
Nell""")),

    C("w14-tuesday-waiting-list", "en", "pending", {},
      "Ade Ogunleye <ade.ogunleye@example.org>", "thunderbird", "Tuesday course full?",
      "Waiting list? put me on it; anything at weekends? - 'You're on it - third in line' and the weekend options with a link; thanks-only.",
      cu("11-18 10:15", """Hello,

The website shows the Tuesday evening course in January as full. Is there a waiting list? If so, please put me on it. I'd also be interested in anything you run at weekends instead, as Tuesdays are only just about possible for me anyway.

Thanks,
Ade Ogunleye"""),
      ag("freya", "11-18 11:50", """Hi Ade,

You're on it - third in line at the moment, and we usually get one or two drop-outs before January.

At weekends there's a one-day taster on the last Saturday of each month (next one 28 November, £85) and a two-weekend lampshade course in February. Details of both: https://wexcombeglass.example/courses#weekends

Best wishes,
Freya"""),
      cu("11-18 12:02", """Brilliant, thanks Freya.

Ade""", thanks=True)),

    C("w15-all-saints-handoffs", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
      "Marion Keble <office@allsaints-netherby.example>", "gmail", "North aisle windows - before the works",
      "A bulleted list of four needs handled by three agents: certificate attached, deposit invoice sent next day (kept), the scaffold answer promised 'by Wednesday' comes on Thursday (missed), vestry power never answered.",
      cu("11-09 10:20", """Good morning,

I'm the parish administrator at All Saints, Netherby. The faculty for the north aisle windows has come through, so we can finally go ahead. Before you start we need a few things sorted:

- The insurers want a copy of your public liability certificate.
- Will you need the scaffold from the tower side, or can it go up in the churchyard?
- Will you need access to the vestry for power?
- Who should we send the deposit to, and how much is it?

Kind regards,
Marion Keble
Parish Administrator, All Saints Netherby""", uq=1),
      ag("nell", "11-09 11:40", """Dear Marion,

Congratulations on the faculty! Our public liability certificate is attached. I've passed the scaffold question to Gideon, who will be in touch by Wednesday, and Orla in accounts will send you the deposit invoice.

Best wishes,
Nell""", attach=[("application/pdf", "wexcombe-liability-2026.pdf", PL_CERT_PDF)],
         promises=[("11-11", 4), ("window", 3)]),
      ag("orla", "11-10 14:00", """Dear Marion,

The deposit invoice is attached: 25 % of the contract, £1,950.00, payable to Wexcombe Stained Glass Ltd (bank details are on the invoice).

Kind regards,
Orla""", parent=1, attach=[("application/pdf", "WX-4502.pdf", DEPOSIT_PDF)]),
      ag("gideon", "11-12 16:30", """Dear Marion,

Apologies for the wait. The scaffold is best in the churchyard along the north wall - the tower side is too tight for the hoist we use. We'll lay boards over the graves and take care around the headstones.

Kind regards,
Gideon""", parent=1)),

    C("w16-offcuts-old-client", "en", "closed", {},
      "Reg Pomfrey <reg.pomfrey@example.com>", "oldclient", "glass offcuts",
      "An old mail client without Message-ID; three plain questions, one without a question mark, all answered.",
      cu("11-04 19:22", """Dear Sir/Madam

I do a bit of glass work as a hobby (suncatchers mostly, for the church fete). Do you ever sell offcuts? What would a bag cost and can I come and choose on a Saturday morning.

Regards
Reg Pomfrey""", msgid=False, note="Reg Pomfrey's enquiry about glass offcuts (old mail client, no Message-ID)"),
      ag("nell", "11-05 09:00", """Dear Reg,

We do - the offcuts go into 2kg bags of mixed colours at £12 a bag, and there are usually a dozen or so to rummage through. The studio is open on Saturdays from 10 till 1, so come whenever suits.

Best wishes,
Nell""")),

    C("w17-cat-and-quarry", "en", "pending", {},
      "Tom Quarrie <tom.quarrie@example.net>", "gmail", "Repair booking - ref?",
      "A rhetorical question and a self-answered one ('Where's the reference...? Ah - found it'); the one real request (a booking) is answered with a date.",
      cu("11-17 18:30", """Hi Nell,

Who knew a cat could take out an entire quarry in one leap? Anyway, the quote you sent last month was fine so let's go ahead. Where's the reference number on the quote, by the way? Ah, hang on - found it at the bottom, WX-2231.

Can you book us in for the week of 23 November? Any day except Wednesday.

Thanks,
Tom"""),
      ag("nell", "11-18 08:40", """Hi Tom,

Poor quarry. You're booked for Tuesday 24 November: Gideon will be with you between 9 and 10 to take the panel out.

Nell"""),
      cu("11-18 09:05", """Great, see you Tuesday.

Tom""", thanks=True)),

    C("w18-wreath-date-html", "en", "pending", {},
      "Priya Natarajan <priya.n@example.com>", "owa", "Fw: Booking confirmation - wreath workshop",
      "HTML-only mail forwarding a ticket confirmation (whose 'Need to change...?' and 'Questions about your event?' lines are not hers); the one request is answered with a new confirmation attached.",
      cu("11-18 13:00", """Hi,

My confirmation (below) says 12 December but I booked the 13th - I'm away on the 12th. Please can you check which date I'm actually on.

Priya

________________________________
From: Wexcombe Bookings <bookings@ticketbarn.example>
Sent: Sunday, November 15, 2026 8:12 PM
To: priya.n@example.com
Subject: Booking confirmation - wreath workshop

Thank you for your booking!
Event: Stained glass wreath workshop, Saturday 12 December 2026, 10:00-15:00
Tickets: 1 x Adult (£75.00)
Need to change your booking? Manage it at https://ticketbarn.example/orders?id=88412
Questions about your event? Contact the organiser directly.""", kind="html"),
      ag("freya", "11-18 15:10", """Hi Priya,

You're right - the booking system put you on the 12th. I've moved you to Sunday 13 December, 10am-3pm, and your new confirmation is attached.

Best wishes,
Freya""", attach=[("application/pdf", "wreath-13-december.pdf", WREATH_PDF)])),

    C("w19-bathroom-panel-reopened", "en", "pending", {"reopened": 1, "unanswered-question": 1},
      "Martin Crewe <martin.crewe@example.org>", "outlook", "Bathroom panel fitted",
      "Closed with 'I'll mark this one as resolved'; two weeks later the panel rattles: a visit is offered, the guarantee question is skipped; thanks-only confirmation.",
      cu("11-02 09:00", """Hi Gideon,

The new panel in the bathroom looks great, thank you. One small thing: there's a gap at the top of the frame where daylight shows through. Could someone pop back and seal it before the cold weather?

Martin"""),
      ag("gideon", "11-02 14:00", """Hi Martin,

That's the putty settling as it cures - it happens on the top rail. I was passing on my way back from Ashcott this afternoon and sealed the top edge from outside, so it should be tight now. I'll mark this one as resolved; just reply if anything else crops up.

Kind regards,
Gideon""", closes=True),
      cu("11-16 19:40", """Hi Gideon,

Sorry to come back to this. Since the gales last week the panel rattles in the frame whenever the wind is from the west - you can hear it from the landing. Could someone come and look at it? And is this covered by the guarantee you mentioned when it was fitted?

Martin""", uq=1),
      ag("gideon", "11-17 08:30", """Hi Martin,

A rattle means the panel has lost its grip on one of the fixing bars. I can come on Thursday 19th at 8.30 and re-tie it - it won't take long.

Kind regards,
Gideon"""),
      cu("11-17 09:02", """Thursday's fine, thanks.

Martin""", thanks=True)),

    C("w20-narrowboat-awaiting", "en", "open", {"awaiting-reply": 1},
      "Jem Harrow <jem@nb-kestrel.example>", "android", "Panel for a narrowboat",
      "Two questions about a panel for a narrowboat's doors; only the acknowledgement, 31 hours later.",
      cu("11-19 10:15", """Hello, we live aboard a narrowboat (nb Kestrel, moored at Wexcombe wharf at the moment) and would love a small stained glass panel for the front doors, roughly 30 x 45cm. The doors flex a bit when we're moving - is leaded glass OK with that? And could you do it with toughened or laminated glass behind it for safety?

Jem"""),
      ack("11-19 10:16")),

    C("w21-painted-over-panel-fresh", "en", "open", {},
      "Ruth Abernethy <ruth.abernethy@example.com>", "apple", "Victorian door panel painted over",
      "A fresh enquiry the morning of the audit with only the acknowledgement: inside the response target.",
      cu("11-20 09:30", """Good morning,

We've just discovered that the inside of our Victorian front door panel has been painted over (magnolia, of course). Is it possible to strip paint off stained glass without damaging it? And do you give free estimates, or is there a charge for a visit?

Kind regards,
Ruth Abernethy"""),
      ack("11-20 09:31")),

    C("w22-wheatsheaf-lantern", "en", "pending", {"slow-first-response": 1, "unanswered-question": 1},
      "Colin Darby <landlord@thewheatsheaf-wexcombe.example>", "gmail", "Wheatsheaf lantern glass",
      "Friday-afternoon mail answered on Monday (slow): painted glass and timing answered; the request to invoice the brewery is not.",
      cu("11-13 16:40", """Hi all,

The glass in our lantern over the pub door (the one with the wheatsheaf painted on it) got cracked when the brewery's lorry clipped it on Tuesday. Do you do painted glass as well as leaded? We'd want it back looking the same, gold lettering and all. How long would it take? Also, can you invoice the brewery directly rather than us - it's their lorry.

Cheers,
Colin
The Wheatsheaf""", uq=1),
      ag("gideon", "11-16 11:10", """Hi Colin,

Sorry for the slow reply - the studio is shut at weekends. Painted and fired glass is very much our thing: we'd copy the wheatsheaf and the gold lettering from the broken pieces, so keep them if you still have them. With the painting and two firings it's about three weeks.

Cheers,
Gideon""")),

    C("w23-green-quarries-eod", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Nadia Sorensen <nadia.sorensen@example.net>", "apple", "Diamond quarries - matching old glass",
      "Matching old greenish glass deferred with 'I'll let you know by end of day' (never kept); the re-puttying question is skipped.",
      cu("11-17 09:20", """Hello,

We have a run of diamond-paned casements from the 1920s and three of the quarries are cracked. The glass is slightly greenish and wavy. Do you have anything like it, or would new glass look obviously new? Can you also re-putty the whole window while it's out, or is that a separate job?

Thanks,
Nadia""", uq=1),
      ag("gideon", "11-17 12:00", """Hi Nadia,

We keep a stock of old salvaged glass for exactly this. I'll go through the racks this afternoon and let you know by end of day whether we have enough of a greenish sheet for three quarries.

Kind regards,
Gideon""", promises=[("11-17", None)])),

    C("w24-library-lantern-ahead", "en", "pending", {},
      "Hugo Merriman <hugo@merriman-architects.example>", "outlook", "Library lantern - revised drawings",
      "Architect's revised drawings: the date question answered, the re-price promised for Tuesday 24 November (deadline after the audit, not missed).",
      cu("11-19 11:00", """Gideon,

Revised drawings for the library lantern attached - the client has dropped the border and wants the central roundel bigger (450mm). Can you re-price on that basis? And does the change push back the fitting date of 18 January?

Hugo Merriman
Merriman Architects""", kind="alt", attach=[("application/pdf", "2214-07-revC.pdf", DRAWINGS_PDF)]),
      ag("gideon", "11-19 15:30", """Hugo,

Thanks - a bigger roundel on its own won't move the 18 January fitting; we'd still have it ready in time. I'll have the revised quote to you on Tuesday 24 November, once I've priced the extra painting with Orla.

Regards,
Gideon""", promises=[("11-24", None)])),

    C("w25-hall-panels-logistics", "en", "closed", {},
      "Sue Pennock <sue.pennock@example.com>", "thunderbird", "Our hall panels - delivery?",
      "Deliver or collect, and avoid the 14th-16th: answered with logistics (kiln firing, van on a date) that are not promises; thanks-only.",
      cu("11-05 10:40", """Hi Nell,

Now that the panels are under way, I'd like to plan ahead: will you deliver and fit them, or do we collect them from you? And please could you avoid 14-16 November, as we're away.

Sue"""),
      ag("nell", "11-05 12:15", """Hi Sue,

The panels go into the kiln for their last firing on Friday. Gideon fits them himself - it's included in the price - and the van is booked to come to you on Wednesday 11 November at 10, well clear of your trip.

Best wishes,
Nell"""),
      cu("11-05 12:40", """Perfect, see you then.

Sue""", thanks=True)),

    C("w26-hen-party-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Gail Fordyce <gail.fordyce@example.org>", "gmail", "Private workshop for a hen party",
      "Unanswered for three days, the customer resends her mail as a new message with the same subject; the answer covers all three questions.",
      cu("11-10 13:00", """Hello,

I'm organising my sister's hen do in March and a stained glass workshop would be perfect. Do you do private sessions for groups of 10? What would it cost per head, and could we bring prosecco?

Thanks,
Gail Fordyce"""),
      cu("11-13 09:15", """Hello again - I'm not sure my email on Tuesday arrived, so here it is again:

I'm organising my sister's hen do in March and a stained glass workshop would be perfect. Do you do private sessions for groups of 10? What would it cost per head, and could we bring prosecco?

Thanks,
Gail Fordyce""", chase=True, parent=0),
      ag("freya", "11-13 11:20", """Hi Gail,

Sorry - your first mail had landed in our spam folder. Private workshops are fine for up to twelve, on Saturday or Sunday afternoons. A suncatcher session is £55 a head, and you're welcome to bring prosecco; we'll provide glasses (the drinking kind) and keep the bottles well away from the cutting benches until the end.

Best wishes,
Freya""")),

    C("w27-entrance-screen-ooo", "en", "closed", {},
      "Patrick Hale <patrick.hale@halecoldstream.example>", "outlook", "Office entrance screen",
      "Quote and lead time answered; the customer's Outlook out-of-office answers the reply; a week later a thanks-only mail with a legal disclaimer.",
      cu("11-02 10:00", """Hello,

We're refurbishing our office entrance and would like a leaded glass screen with our logo in it, around 2m x 1m. Could you quote for design and installation? What's your lead time at the moment?

Patrick Hale
Operations Director, Hale Coldstream LLP

This email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it."""),
      ag("gideon", "11-02 15:20", """Hello Patrick,

A screen that size with a logo roundel would be in the region of £4,500-£5,200 plus VAT, including design, making and fitting. We're booking fitting dates from late January, so allow about ten weeks from the moment you approve the design.

Kind regards,
Gideon"""),
      auto("11-02 15:21", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact reception@halecoldstream.example.

Patrick Hale""", quote=False, subject="Automatic reply: RE: Office entrance screen",
           extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
      cu("11-09 09:10", """Thanks Gideon, that's within budget. I'll take it to the partners and come back to you.

Patrick Hale
Operations Director, Hale Coldstream LLP

This email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.""", thanks=True, parent=2)),

    C("w28-lady-chapel-cleaning", "en", "closed", {},
      "Fr Dominic Ashe <parishpriest@stmarys-wexcombe.example>", "thunderbird", "Cleaning the Lady Chapel windows",
      "Do you clean windows and what would it cost - both answered; the customer's signature carries 'Got a question about the parish?' and a '?' URL.",
      cu("11-04 14:30", """Dear Gideon,

The Lady Chapel windows are filthy after the heating work and the parish would like them cleaned properly before Christmas. Is this something you do, and what would it cost for the three windows?

With every blessing,
Fr Dominic Ashe
Parish Priest, St Mary's Wexcombe
Got a question about the parish? https://stmarys-wexcombe.example/contact?src=email"""),
      ag("gideon", "11-05 09:00", """Dear Father Dominic,

We do, and gently - a soft brush and deionised water where there's old paint, never anything stronger. The three Lady Chapel windows are a day's work for two of us, £540 plus VAT, and we could come in the week of 7 December.

Kind regards,
Gideon""")),

    C("w29-bathroom-seedheads", "en", "closed", {"unanswered-question": 1},
      "Lorna Gadd <lorna.gadd@example.com>", "gmail", "Bathroom window design",
      "Asked whether the background can be obscured glass for privacy, the reply talks about the greens it would use (a neighbouring answer); the thickness question is answered.",
      cu("11-03 20:10", """Hi,

I'd love a stained glass panel for our bathroom window, something with seed heads and grasses in soft greens. Can the background be in obscured glass so the neighbours can't see in? How thick would the finished panel be? It has to sit in the existing frame, which has an 18mm rebate.

Thanks,
Lorna""", uq=1),
      ag("nell", "11-04 10:00", """Hi Lorna,

Seed heads and grasses sound lovely. We have a good range of soft greens - sage, celadon, a pale olive streaky - and I'd add a touch of amber for the seed heads themselves. The finished panel is about 8mm including the lead, so there's plenty of room in an 18mm rebate.

Nell""")),

    C("w30-porch-panels-old-lead", "en", "pending", {"unanswered-question": 1},
      "Joost Verbeek <joost.verbeek@example.org>", "thunderbird_nl", "Replacing our porch panels",
      "A price answered with a figure; a week later two requests in passing when accepting: disposal of the old lead answered, keeping the old panels skipped.",
      cu("11-10 09:00", """Hi,

What would it cost to replace the two side panels of our porch (each 40 x 110cm) with new leaded lights in a simple Arts and Crafts pattern?

Joost Verbeek"""),
      ag("gideon", "11-10 12:30", """Hi Joost,

For a pair that size in a simple Arts and Crafts pattern: £1,150 plus VAT, fitted.

Best regards,
Gideon"""),
      cu("11-18 19:00", """Thanks Gideon, that's fine - please go ahead. Two things: could you leave the old panels with us? My wife wants to turn one into a mirror. And is the old lead disposed of properly? We try to be careful about that sort of thing.

Joost""", uq=1),
      ag("gideon", "11-19 08:45", """Hi Joost,

Great - thank you. Old lead goes to a licensed metal recycler in Yeovil, who melts it down for reuse, and we get a waste transfer note for every load. You're in the diary for Tuesday 8 December.

Best regards,
Gideon""")),

    C("w31-claddagh-wedding-gift", "en", "pending", {"unanswered-question": 2},
      "Siobhan Rafferty <siobhan.rafferty@example.net>", "iphone", "Wedding present commission",
      "Four bulleted questions about a wedding-gift roundel: timing and lettering answered, shipping to Ireland and seeing the design before the deposit skipped.",
      cu("11-16 22:10", """Hi there,

My brother is getting married on Valentine's Day in Dublin and I'd love to give them a small stained glass panel - maybe 30cm round, with a Claddagh or something Irish, and their initials and the date worked in. A few questions, sorry!

- Is 14 February realistic if I order now?
- Can you put initials and a date in, or is lettering tricky?
- Do you ship to Ireland, or would I need to take it over myself?
- Would I be able to see the design before paying a deposit?

Thanks so much,
Siobhan

Sent from my iPhone""", uq=2),
      ag("gideon", "11-17 10:20", """Hi Siobhan,

What a lovely present. February is fine: a 30cm roundel takes about three weeks once the design is settled, so it would be finished by the end of January. Lettering is no trouble at all - we paint it on and fire it in, so the initials and date will last as long as the glass does.

Best regards,
Gideon""")),

    C("w32-landing-window-colleague", "en", "closed", {},
      "Ellen Marsh <ellen.marsh@example.com>", "gmail", "Price for releading a landing window",
      "'Could you let me know' the cost and whether it can wait: the studio manager promises Gideon's figures tomorrow and he sends them the next morning (kept by a colleague).",
      cu("11-03 11:00", """Hello,

Gideon came to look at our landing window last Thursday. Could you let me know what he thinks it will cost to relead, and whether it can wait until spring or should be done now?

Ellen Marsh"""),
      ag("nell", "11-03 12:10", """Hi Ellen,

Gideon's on a church job today, but he'll email you tomorrow with his figures and his view on the timing.

Nell""", promises=[("11-04", 3)]),
      ag("gideon", "11-04 08:30", """Dear Ellen,

Releading the landing window is £860 plus VAT. The lead is tired but the panel isn't bulging, so it can safely wait until April or May, when the weather is kinder for having it out.

Kind regards,
Gideon""")),

    C("w33-splashback-two-chases", "en", "closed", {"missed-follow-up": 1, "customer-chased": 2},
      "Dominic Frayne <d.frayne@example.net>", "apple", "Fused glass splashback?",
      "The heat question deferred 'by Wednesday'; the customer chases twice ('any news', 'still waiting to hear back', the second with a References gap) before the answer comes the next Monday.",
      cu("11-02 10:30", """Hi,

Do you make fused glass splashbacks as well as stained glass? We're redoing the kitchen and fancy something in blues behind the hob, about 90 x 60cm. Can it take the heat?

Dominic"""),
      ag("nell", "11-02 11:45", """Hi Dominic,

We've made a few fused splashbacks, yes. Gideon knows the heat question best - I'll check with him and get back to you by Wednesday.

Nell""", promises=[("11-04", 5)]),
      cu("11-06 09:00", """Hi Nell, any news on the splashback? The kitchen fitters want to know what's going behind the hob.

Dominic""", chase=True),
      cu("11-09 08:30", """Hello again - still waiting to hear back about this. If it's not something you can do, that's fine, but I need to tell the fitters today.

Dominic""", chase=True, refs=[1]),
      ag("gideon", "11-09 11:00", """Hi Dominic,

Sorry you've been left waiting. Blues are a good choice, and yes, it will cope: we back the fused panel with toughened glass, and the fitters just need to leave a 150mm gap to the burners. It would be ready in four weeks, £780 plus VAT.

Gideon""")),

    C("w34-makers-guild-evening", "en", "closed", {},
      "Jasmine Leong <jasmine@makersguild-wex.example>", "owa", "Hiring the studio for a guild evening",
      "'I'll get back to you in the next couple of days' kept the next day with dates, the charge and the projector answered.",
      cu("11-04 17:00", """Hi,

The Wexcombe Makers' Guild would like to hire your studio for an evening talk and demonstration in February, about 25 people. Do you hire the space out, and is there a charge? We'd need somewhere to put a projector too.

Jasmine Leong
Secretary, Wexcombe Makers' Guild"""),
      ag("freya", "11-05 09:10", """Hi Jasmine,

We do, now and then, and we'd love to have the guild. Let me look at the February diary with Nell and I'll get back to you in the next couple of days with dates and the cost.

Freya""", promises=[("window", 3)]),
      ag("freya", "11-06 14:30", """Hi Jasmine,

Good news: Thursday 11 and Thursday 25 February are both free. We charge £120 for the evening, which covers heating and clearing up, and the white wall at the back works perfectly as a screen - bring the projector and we'll find an extension lead.

Freya""", parent=1)),

    C("w35-flemish-roundel", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Beatrice Kaur <beatrice.kaur@example.org>", "gmail", "Restoring a painted roundel",
      "Whether flaking paint can be saved is deferred to 'early next week' (never answered); the light-box quote requested in the same mail is not mentioned.",
      cu("11-12 09:00", """Dear Gideon,

I bought a 17th-century Flemish roundel at auction (photo attached) - a saint with a book, with some flaking paint on the face. Could you restore it, or is flaking paint beyond saving? I'd also like it mounted in a light box for display; please quote for that as well.

Best,
Beatrice Kaur""", uq=1, attach=[("image/png", "roundel.png", PHOTO_PNG)]),
      ag("gideon", "11-12 15:00", """Dear Beatrice,

A very nice find. Whether the paint can be consolidated depends on how far it has lifted; let me check with our conservator, Ruth, who looks after our early glass, and come back to you early next week.

Kind regards,
Gideon""", promises=[("11-17", None)])),

    C("w36-six-weeks-figure-link", "en", "closed", {},
      "Oliver Benning <oli.benning@example.com>", "iphone", "6 week course",
      "Two terse questions answered with a bare price and a bare link.",
      cu("11-05 19:40", """How much is the 6 week course and where do I park?

Oli

Sent from my iPhone"""),
      ag("freya", "11-06 08:30", """Hi Oli,

£265.

Parking: https://wexcombeglass.example/find-us#parking

Freya""")),

    C("w37-de-wappenscheibe", "de", "closed", {},
      "Friederike Haslinger <f.haslinger@example.com>", "gmail_de", "Wappenscheibe für das Haus meiner Eltern",
      "German: shipping to Germany, packing and a price range for a coat-of-arms panel, all answered in German; thanks-only.",
      cu("11-03 19:30", """Guten Abend,

ich wohne seit ein paar Jahren in Wexcombe und komme oft an Ihrer Werkstatt vorbei. Meine Eltern feiern im Frühjahr Goldene Hochzeit, und ich würde ihnen gern eine kleine Wappenscheibe mit dem Familienwappen für ihr Haus in Niederbayern schenken (etwa 25 x 35 cm).

Liefern Sie auch nach Deutschland, und wenn ja, wie wird so eine Scheibe verpackt? Mit welchen Kosten müsste ich ungefähr rechnen?

Viele Grüße
Friederike Haslinger"""),
      ag("tobias", "11-04 09:30", """Liebe Frau Haslinger,

was für ein schönes Geschenk! Eine Wappenscheibe in dieser Größe, mit Schwarzlot und Silbergelb gemalt und gebrannt, kostet bei uns etwa 450 bis 600 Pfund - je nachdem, wie detailreich das Wappen ist.

Nach Deutschland verschicken wir regelmäßig: Die Scheibe kommt in eine gepolsterte Holzkiste und geht versichert per Spedition, das kostet derzeit 85 Pfund. Sie können sie natürlich auch bei uns abholen und im Koffer mitnehmen.

Viele Grüße aus der Werkstatt
Tobias Reinholt"""),
      cu("11-04 20:05", """Vielen Dank, das klingt wunderbar! Ich suche das Wappen heraus und melde mich dann.

Friederike Haslinger""", thanks=True)),

    C("w38-de-gemeindesaal", "de", "closed", {"unanswered-question": 1},
      "Jens Albrecht <pfarramt@dt-gemeinde-bristol.example>", "outlook_de", "Reparatur Fenster im Gemeindesaal",
      "German congregation: a visit is arranged; the written estimate needed for the church council and the insurer is never mentioned. Thanks-only confirmation.",
      cu("11-05 10:15", """Sehr geehrte Damen und Herren,

in unserem Gemeindesaal (Deutsche Evangelische Gemeinde Bristol) ist bei einem Einbruchsversuch eine Bleiglasscheibe im Fenster zur Straße beschädigt worden. Zwei Felder sind gesprungen, das Blei ist an einer Stelle eingedrückt.

Könnten Sie sich den Schaden in den nächsten Wochen einmal ansehen? Außerdem bräuchten wir für den Kirchenvorstand einen schriftlichen Kostenvoranschlag, da die Versicherung nur gegen Vorlage eines Angebots zahlt.

Mit freundlichen Grüßen
Jens Albrecht
Pfarrer""", uq=1),
      ag("tobias", "11-05 14:40", """Sehr geehrter Herr Pfarrer Albrecht,

das tut mir leid zu hören. Ich bin am Dienstag, den 10. November, ohnehin in Bristol und könnte gegen 14 Uhr bei Ihnen im Gemeindesaal vorbeikommen, um mir das Fenster anzusehen. Passt Ihnen das?

Mit freundlichen Grüßen
Tobias Reinholt"""),
      cu("11-05 16:00", """Sehr geehrter Herr Reinholt,

der Dienstag um 14 Uhr passt gut, ich bin dann im Gemeindebüro. Vielen Dank!

Jens Albrecht""", thanks=True)),

    C("w39-de-jugendstil-tuer", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Katrin Vogelsang <katrin.vogelsang@example.net>", "thunderbird_de", "Restaurierung Jugendstil-Türfüllung",
      "German, from Freiburg: end of January answered, the estimate promised 'bis Freitag' comes the next Tuesday after 'gibt es schon etwas Neues?'; whether all the lead must be renewed is never answered.",
      cu("11-10 18:00", """Hallo Herr Reinholt,

wie telefonisch besprochen schicke ich Ihnen die Fotos unserer Jugendstil-Türfüllung (siehe Anhang). Wir haben das Haus in Frome gekauft und ziehen im Februar ein. Wäre eine Restaurierung bis Ende Januar machbar? Und was würde es ungefähr kosten, wenn alle gesprungenen Gläser ersetzt werden? Können Sie bitte auch prüfen, ob das Blei insgesamt erneuert werden muss?

Viele Grüße
Katrin Vogelsang""", uq=1, attach=[("image/png", "tuerfuellung.png", DOOR_PNG)]),
      ag("tobias", "11-11 09:00", """Hallo Frau Vogelsang,

danke für die Fotos. Ende Januar ist machbar, wenn wir die Füllung noch vor Weihnachten in die Werkstatt holen. Für den Preis muss ich mir die Bilder mit Gideon genauer ansehen - ich melde mich bis Freitag mit einer Schätzung.

Viele Grüße
Tobias Reinholt""", promises=[("11-13", 4)]),
      cu("11-17 08:30", """Hallo Herr Reinholt,

gibt es schon etwas Neues wegen der Schätzung? Wir müssen bald entscheiden.

Viele Grüße
Katrin Vogelsang""", chase=True),
      ag("tobias", "11-17 12:00", """Hallo Frau Vogelsang,

entschuldigen Sie bitte die Verspätung. Für den Ersatz der sieben gesprungenen Gläser rechnen wir mit etwa 520 Pfund, dazu kommen Aus- und Einbau mit 140 Pfund.

Viele Grüße
Tobias Reinholt"""), tz=1),

    C("w40-de-austauschgruppe", "de", "pending", {"unanswered-question": 2},
      "Matthias Brenner <m.brenner@gymnasium-lindenau.example>", "gmail_de", "Workshop für eine Austauschgruppe im März",
      "German teacher, four questions: group price and German-language teaching answered (plus a date offered); parental consent and taking the pieces home the same day skipped.",
      cu("11-16 11:00", """Sehr geehrte Damen und Herren,

vom 16. bis 20. März sind wir mit 14 Schülerinnen und Schülern der 9. Klasse und zwei Lehrkräften in Wexcombe zu Gast bei unserer Partnerschule. Wir würden gern einen Vormittag in Ihrer Werkstatt verbringen.

Gibt es einen Gruppenpreis für Schulklassen? Unser Englisch ist gut, aber wäre es möglich, dass der Workshop auf Deutsch stattfindet? Da die Jugendlichen minderjährig sind: Benötigen Sie von den Eltern eine Einverständniserklärung? Und können die Schüler ihre Glasarbeiten am selben Tag mitnehmen?

Mit freundlichen Grüßen
Matthias Brenner
Gymnasium Lindenau, Leipzig""", uq=2),
      ag("tobias", "11-16 15:20", """Sehr geehrter Herr Brenner,

Sie sind herzlich willkommen! Für Schulgruppen berechnen wir 28 Pfund pro Person, die Lehrkräfte sind frei. Den Workshop übernehme ich selbst, also sehr gern auf Deutsch.

Am besten würde uns Dienstag, der 17. März, von 9 bis 12 Uhr passen.

Mit freundlichen Grüßen
Tobias Reinholt"""), tz=1),

    C("w41-fr-petit-zinc", "fr", "pending", {},
      "Mathilde Garnier <mathilde@lepetitzinc.example>", "apple_fr", "Vitrail pour la porte du restaurant",
      "French restaurant owner: quote (as a range and an attached devis), timing around the January closure, and a visit to the studio - all answered in French.",
      cu("11-18 15:30", """Bonjour,

Je tiens un petit restaurant, Le Petit Zinc, sur Market Street, et je rêve depuis longtemps d'un vitrail Art nouveau pour la porte d'entrée (environ 50 x 90 cm). Pourriez-vous me faire un devis ? J'aimerais aussi savoir quel serait le délai, sachant que nous fermons deux semaines en janvier - ce serait le moment idéal pour la pose.

Serait-il possible de passer à l'atelier pour voir quelques exemples de verres ?

Bien cordialement,
Mathilde Garnier""", kind="alt"),
      ag("claire", "11-19 09:45", """Bonjour Madame Garnier,

Quel joli projet ! Pour une porte de 50 x 90 cm dans l'esprit Art nouveau, comptez entre 950 et 1 200 £ HT, pose comprise ; le devis détaillé est en pièce jointe. Vos deux semaines de fermeture tombent très bien : si vous validez le dessin avant le 15 décembre, nous poserons le vitrail pendant la fermeture.

Vous êtes la bienvenue à l'atelier du lundi au vendredi, de 9 h à 17 h - je vous montrerai nos verres opalescents, qui vont très bien avec ce style.

Bien à vous,
Claire Vasseur""", attach=[("application/pdf", "devis-D-2611-19.pdf", DEVIS_PDF)])),

    C("w42-fr-imposte-bridport", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Bernard Lefort <bernard.lefort@example.com>", "gmail", "Imposte de notre maison à Bridport",
      "French holiday-home owner: working in their absence answered; the price promised 'd'ici jeudi' comes the next Monday after 'Je me permets de vous relancer'; the guarantee question is never answered.",
      cu("11-03 10:00", """Bonjour,

Nous avons une maison de vacances à Bridport et l'imposte au-dessus de la porte d'entrée (vitrail d'origine, vers 1900) a plusieurs verres fêlés. Je joins deux photos. Nous ne serons pas sur place avant Pâques : est-ce que vous pourriez intervenir en notre absence ? Une voisine a les clés. Pourriez-vous aussi nous indiquer un ordre de prix ? Enfin, proposez-vous une garantie sur ce type de réparation ?

Cordialement,
Bernard Lefort""", uq=1, attach=[("image/png", "imposte-1.png", IMPOSTE_PNG), ("image/png", "imposte-2.png", LAMP_PNG)]),
      ag("claire", "11-03 14:00", """Bonjour Monsieur Lefort,

Oui, nous pouvons tout à fait intervenir en votre absence : il suffira de nous mettre en contact avec votre voisine. Pour le prix, je dois d'abord regarder les photos avec Gideon ; je reviens vers vous d'ici jeudi.

Bien cordialement,
Claire Vasseur""", promises=[("11-05", 4)]),
      cu("11-09 09:00", """Bonjour Madame Vasseur,

Je me permets de vous relancer au sujet de l'imposte : avez-vous pu regarder les photos avec votre collègue ?

Cordialement,
Bernard Lefort""", chase=True),
      ag("claire", "11-09 11:30", """Bonjour Monsieur Lefort,

Toutes mes excuses pour ce retard. Pour remplacer les quatre verres fêlés et reprendre le plomb autour, comptez environ 380 £, dépose et repose comprises.

Bien cordialement,
Claire Vasseur"""), tz=1),

    C("w43-fr-cours-du-soir", "fr", "pending", {"unanswered-question": 1},
      "Élise Moreau <elise.moreau@example.org>", "gmail", "Cours du soir pour débutants",
      "French newcomer: complete beginners welcome and the language worry answered; the request for the six-session programme is not.",
      cu("11-18 12:40", """Bonjour,

Je suis française et j'habite à Wexcombe depuis septembre. Je voudrais savoir si vos cours du soir sont accessibles à des débutants complets - je n'ai jamais travaillé le verre. Mon anglais est correct mais pas parfait : est-ce que cela pose problème pour suivre les explications ? Pourriez-vous aussi m'envoyer le programme des six séances ?

Merci d'avance,
Élise Moreau""", uq=1),
      ag("claire", "11-18 16:10", """Bonjour Élise,

Bienvenue à Wexcombe ! Les cours du soir sont justement pensés pour les personnes qui n'ont jamais touché au verre. Pour la langue, aucune inquiétude : je suis à l'atelier tous les mercredis soir, donc si vous choisissez le groupe du mercredi, je pourrai vous réexpliquer en français tout ce qui n'est pas clair.

À bientôt peut-être,
Claire Vasseur""")),

    C("w44-fr-lampe-awaiting", "fr", "open", {"awaiting-reply": 1},
      "Jean-Luc Perrin <jl.perrin@example.net>", "apple_fr", "Abat-jour - pièce manquante",
      "French: replacing a missing piece answered with price and time; the follow-up (drop it off on Saturday? bring the base too?) has no reply for two days.",
      cu("11-12 17:00", """Bonjour,

Il manque une pièce de verre sur l'abat-jour de ma lampe (photo jointe). Est-il possible de la remplacer ? Et combien de temps faut-il compter ?

Jean-Luc Perrin""", attach=[("image/png", "abat-jour.png", LAMP_PNG)]),
      ag("claire", "11-13 09:30", """Bonjour Monsieur Perrin,

Oui, c'est tout à fait possible : nous avons en stock un verre très proche de l'original. Comptez une dizaine de jours, pour environ 90 £.

Bien cordialement,
Claire Vasseur"""),
      cu("11-18 20:00", """Merci beaucoup. Je peux vous déposer la lampe samedi matin ? Et faut-il que j'apporte aussi le pied, ou seulement l'abat-jour ?

Jean-Luc Perrin""")),

    C("w45-es-curso-intensivo", "es", "pending", {},
      "Carmen Villalobos <carmen.villalobos@example.com>", "gmail_es", "Curso intensivo de fin de semana",
      "Spanish student: price, materials and a certificate - all answered, with the next dates and a booking link; thanks-only.",
      cu("11-17 21:00", """Hola:

Estoy haciendo un máster en Bristol y me encantaría aprender la técnica del vitral antes de volver a Sevilla en verano. He visto en la web que tenéis un curso intensivo de fin de semana. ¿Cuánto cuesta? ¿Está incluido el material o hay que comprarlo aparte? También quería saber si dais algún tipo de certificado al terminar, porque me vendría bien para el currículum.

Un saludo,
Carmen"""),
      ag("lucia", "11-18 10:00", """¡Hola, Carmen!

Qué bien que te animes. El intensivo cuesta 195 £ y lleva todo incluido: vidrio, plomo, herramientas y hasta el café. Al terminar te damos un certificado de asistencia con las horas del curso, firmado por el taller.

La próxima edición es el 16 y 17 de enero; puedes reservar aquí: https://wexcombeglass.example/es/cursos?curso=intensivo

Un abrazo,
Lucía"""),
      cu("11-18 11:15", """¡Genial, muchísimas gracias! Reservo ahora mismo.

Carmen""", thanks=True)),

    C("w46-es-lampara-base64", "es", "closed", {"unanswered-question": 1},
      "Javier Ortega <javier.ortega@ortegadesign.example>", "gmail_es", "Reparación de lámpara de techo",
      "Spanish, base64 body: the repair and its time answered; the request to invoice his company with its tax number is ignored.",
      cu("11-04 12:00", """Buenos días:

Tengo una lámpara de techo de vidrio emplomado de los años 20 que compré en un anticuario de Bath. Le faltan dos piezas y el plomo está suelto en una esquina. ¿Podrían repararla? ¿Cuánto tardarían más o menos?

Les agradecería además que me enviaran la factura a nombre de mi empresa, Ortega Design S.L., con el CIF B-87654321, porque es para la oficina.

Saludos cordiales,
Javier Ortega""", uq=1, cte="base64"),
      ag("lucia", "11-04 15:00", """Buenos días, Javier:

Sí, podemos repararla sin problema. Reponer las dos piezas y volver a soldar la esquina nos lleva unas dos semanas desde que la recibimos en el taller.

Saludos,
Lucía"""), tz=1),

    C("w47-es-olivos-lunes", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Rocío Márquez <rocio.marquez@example.org>", "android", "Presupuesto vidriera escalera",
      "Spanish: customer designs welcome; the quote promised for Monday ('te escribo el lunes') never comes; '¿Hay alguna novedad? Sigo esperando' without threading headers, unanswered.",
      cu("11-13 10:00", """Hola, buenos días. Les escribo porque queremos poner una vidriera en la ventana de la escalera (120 x 80 cm), con motivos de olivos. ¿Me pueden hacer un presupuesto? ¿Trabajan con diseños propuestos por el cliente o tienen que ser suyos?

Gracias,
Rocío"""),
      ag("lucia", "11-13 13:00", """Hola, Rocío:

Trabajamos encantados con diseños del cliente; si nos mandas un boceto, lo adaptamos a la técnica del plomo. Para el presupuesto necesito consultarlo con Gideon, te escribo el lunes con las cifras.

Un saludo,
Lucía""", promises=[("11-16", None)]),
      cu("11-19 09:00", """Hola, Lucía: ¿Hay alguna novedad sobre el presupuesto? Sigo esperando y nos gustaría decidir antes de las fiestas.

Rocío""", chase=True, thread=False)),

    C("w48-es-golondrina", "es", "pending", {},
      "Inés Albarracín <ines.albarracin@example.net>", "iphone", "Cambios en el diseño del panel",
      "Spanish: '¿qué tal? ¿Cómo va todo por el taller?' is a pleasantry; two design changes answered with a new sketch attached.",
      cu("11-16 18:00", """Hola, Lucía, ¿qué tal? ¿Cómo va todo por el taller?

He estado mirando otra vez el boceto del panel para el baño y me gustaría cambiar un par de cosas: ¿se podría poner el fondo en un azul más claro, tipo cielo de verano? Y la golondrina de la izquierda, ¿podría ir volando hacia arriba en vez de hacia el lado?

Mil gracias,
Inés

Enviado desde mi iPhone"""),
      ag("lucia", "11-17 10:00", """¡Hola, Inés! Todo bien por aquí, liados con los pedidos de Navidad.

Ningún problema con los cambios: te adjunto el boceto nuevo, con el fondo en un azul cielo mucho más claro y la golondrina subiendo en diagonal.

Un abrazo,
Lucía""", attach=[("image/png", "boceto-golondrina-v2.png", SWALLOW_PNG)])),

    C("w49-wheelchair-template", "en", "pending", {"unanswered-question": 2},
      "Naomi Ferris <naomi.ferris@example.net>", "outlook", "Evening course for my mum",
      "A half-templated reply: step-free access is answered, sitting at the bench and a helper's free place are not.",
      cu("11-17 10:30", """Hello,

I'd like to book the Thursday evening course for my mum, who is 72 and uses a wheelchair. Is the studio step-free? Can she work at the bench sitting down, or are the benches standing height? And would it be all right for me to come along as her helper without paying for a place?

Thank you,
Naomi Ferris""", uq=2),
      ag("freya", "11-17 14:00", """Hi Naomi,

Thank you for your interest in our courses! The studio is on the ground floor with level access from the car park. Everything else you need to know is on our course page: https://wexcombeglass.example/courses - dates, prices, what to wear and how to book.

Best wishes,
Freya""")),

    C("w50-skylight-48-hours", "en", "open", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Hamish Byrne <hamish.byrne@example.com>", "gmail", "Skylight panel quote",
      "Measuring answered and the building-regs question met with the glass thickness instead; the quote promised 'within 48 hours' comes after 'I haven't heard back'; the customer's next two questions wait two days.",
      cu("11-06 10:00", """Hi,

We'd like a copper-foil panel to sit under the skylight on our landing, about 60 x 60cm. Could you give me a quote? Would you need to come up into the loft to measure? Will it need to be toughened glass to meet building regs, being overhead?

Thanks,
Hamish Byrne""", uq=1),
      ag("gideon", "11-06 14:00", """Hi Hamish,

Yes, I'd need to measure from the loft side - it takes about fifteen minutes. The panel would be in 3mm glass in a light hardwood frame. I'll work out the numbers and send you a quote within 48 hours.

Best regards,
Gideon""", promises=[("window", 4)]),
      cu("11-11 09:30", """Hi Gideon,

I haven't heard back about the quote - is it still coming?

Hamish""", chase=True),
      ag("gideon", "11-11 12:00", """Hi Hamish,

Apologies, it slipped down the pile. For a 60 x 60cm copper-foil panel in a hardwood frame, measured and fitted: £640 plus VAT.

Best regards,
Gideon"""),
      cu("11-18 08:00", """Thanks Gideon. Two more things before I confirm: could the panel be hinged so we can still open the skylight for air? And how would we clean the top side of it?

Hamish""")),
]

UNANSWERED: dict[str, list[str]] = {
    "w02-st-brannock-east-window": [
        "Please also let us know whether your conservators are accredited, as the Diocesan Advisory Committee will certainly ask when we apply for the faculty."],
    "w05-amber-lampshade": [
        "Is there a way to match the mottled amber glass?"],
    "w07-primary-school-150": [
        "I'd also love it if someone from the studio could come and talk to the children in assembly about how windows are made."],
    "w11-christmas-workshop-swap": [
        "could you send me a receipt for the original booking?"],
    "w12-holy-trinity-invoice": [
        "Also, please address future invoices to me as treasurer rather than to the vicar; they keep going astray at the vicarage."],
    "w15-all-saints-handoffs": [
        "Will you need access to the vestry for power?"],
    "w19-bathroom-panel-reopened": [
        "And is this covered by the guarantee you mentioned when it was fitted?"],
    "w22-wheatsheaf-lantern": [
        "Also, can you invoice the brewery directly rather than us - it's their lorry."],
    "w23-green-quarries-eod": [
        "Can you also re-putty the whole window while it's out, or is that a separate job?"],
    "w29-bathroom-seedheads": [
        "Can the background be in obscured glass so the neighbours can't see in?"],
    "w30-porch-panels-old-lead": [
        "could you leave the old panels with us?"],
    "w31-claddagh-wedding-gift": [
        "Do you ship to Ireland, or would I need to take it over myself?",
        "Would I be able to see the design before paying a deposit?"],
    "w35-flemish-roundel": [
        "I'd also like it mounted in a light box for display; please quote for that as well."],
    "w38-de-gemeindesaal": [
        "Außerdem bräuchten wir für den Kirchenvorstand einen schriftlichen Kostenvoranschlag, da die Versicherung nur gegen Vorlage eines Angebots zahlt."],
    "w39-de-jugendstil-tuer": [
        "Können Sie bitte auch prüfen, ob das Blei insgesamt erneuert werden muss?"],
    "w40-de-austauschgruppe": [
        "Da die Jugendlichen minderjährig sind: Benötigen Sie von den Eltern eine Einverständniserklärung?",
        "Und können die Schüler ihre Glasarbeiten am selben Tag mitnehmen?"],
    "w42-fr-imposte-bridport": [
        "Enfin, proposez-vous une garantie sur ce type de réparation ?"],
    "w43-fr-cours-du-soir": [
        "Pourriez-vous aussi m'envoyer le programme des six séances ?"],
    "w46-es-lampara-base64": [
        "Les agradecería además que me enviaran la factura a nombre de mi empresa, Ortega Design S.L., con el CIF B-87654321, porque es para la oficina."],
    "w49-wheelchair-template": [
        "Can she work at the bench sitting down, or are the benches standing height?",
        "And would it be all right for me to come along as her helper without paying for a place?"],
    "w50-skylight-48-hours": [
        "Will it need to be toughened glass to meet building regs, being overhead?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"WX-T{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts."""
    msgs: list[Msg] = []
    last_human: str | None = None
    for i, spec in enumerate(case.specs, 1):
        o = dict(spec.opts)
        key = f"{case.name}.{i}"
        parent_no = o.pop("parent", None)
        parent = f"{case.name}.{parent_no}" if parent_no else (None if parent_no == 0 else last_human)
        refs = o.pop("refs", None)
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=DESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto" and not extra:
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", STUDIO),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]
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
    """Give every message its Message-ID (none when the client sent none) and raw bytes,
    parents first (as :func:`mailcraft.render_corpus`, which always sets an id)."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to), ("Subject", m.subject),
                   ("Date", email.utils.format_datetime(m.date))]
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
    ids = [m.message_id for c in cases for m in c.msgs if m.message_id]
    if len(set(ids)) != len(ids):
        out.append("duplicate Message-IDs")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 87: Wexcombe Stained Glass - cases",
                                 "make_practice87_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the variety and the corpus's figures (computed)."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    lang_text = ", ".join(f"{LANG_NAMES[k]} {langs[k]}" for k in ("en", "de", "fr", "es"))
    rule_text = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    n = len(cases)
    return f"""# Practice corpus 87: Wexcombe Stained Glass support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Wexcombe Stained Glass**, a small stained-glass studio in a Somerset village
  (The Old Forge, Mill Lane): commissions (memorial windows, house numbers in fanlights,
  wedding and anniversary panels, a school's anniversary window, an office screen), church
  and domestic window repairs and releading, leaded lights, lamp shades, painted and fired
  glass, cleaning, and evening, weekend and private workshops. Support address
  `studio@wexcombeglass.example`; agents Nell Ashdown (studio manager), Gideon Pryce (lead
  glazier and conservation), Freya Lusk (workshops and courses), Orla Kettering (accounts),
  Tobias Reinholt (German-speaking clients), Claire Vasseur (French-speaking clients) and
  Lucía Ferrer (Spanish-speaking clients), all `@wexcombeglass.example`. A helpdesk robot
  (`studio@wexcombeglass.example`, `Auto-Submitted: auto-replied`) acknowledges a few mails
  with "we will reply within one working day" - service-hours text, not a commitment.
- Customers are householders, churchwardens and parish staff, a headteacher, a publican,
  an architect, hobbyists and workshop-goers, on `*.example` and example.com/.org/.net
  domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain wexcombeglass.example`.

```
python scripts/make_practice87_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice87_corpus.py --out /tmp/p87         # ... into another folder
python scripts/evaluate.py --corpus tests/practice87            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice87_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. Every file here, this one included, is generated: edit the script
and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

{n} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox ({roles['customer']} customer
mails and {roles['auto']} customer out-of-office reply), {roles['agent']} support replies, {roles['ack']} helpdesk
acknowledgements. {clean} clean cases ({round(100 * clean / n)} %). Languages: {lang_text}.
Statuses: {statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.

Expected findings: {rule_text} (unanswered questions in {uq_cases} cases).

Answered questions (not labelled) are answered in the agents' own words: out of order in one
paragraph (w01, w10), inline under each quoted line of a numbered list (w06), with a bare
figure and a bare link (w36), a link (w03, w14, w45), an attachment (w18 a new confirmation,
w41 a devis, w48 a new sketch), a plain "not something we make" plus a recommendation (w13),
by a colleague (w04, w07, w15, w32), after a chase (w12, w33, w39, w42, w50), and deferred
with a promise (w04, w08, w12, w23, w24, w33, w34, w35, w39, w42, w47, w50), which then counts
only as that promise.

Unanswered questions are the realistic kind: a secondary question skipped while the main
point is handled (w05, w19, w22, w23, w38, w39, w42, w43), a request made in passing (w11
a receipt, w12 invoice addressee, w30 keeping the old panels, w35 a light-box quote, w46 an
invoice to a company with its CIF), one item of a bulleted list (w15) or two of four (w31,
w40), a neighbouring answer (w29 greens for "obscured glass for privacy"; w50 glass
thickness for "toughened to meet building regs"), a half-templated reply (w49), a request
folded into a long paragraph (w02, w07).

Not questions (must not be flagged): a rhetorical question and a self-answered one (w17); a
Spanish pleasantry ("¿qué tal? ¿Cómo va todo por el taller?", w48); questions inside a
forwarded ticket confirmation of an HTML-only mail (w18); a customer signature "Got a
question about the parish?" with a `?` URL (w28); agents' signatures with "Got a question
about your window?" and `?` URLs; thanks-only mails (w01, w02, w03, w09, w10, w14, w17, w19,
w25, w27, w37, w38, w45); a question in the customer's latest unanswered mail is
`awaiting-reply`, never `unanswered-question` (w20, w44, w50).

Commitments: kept on time (w10 "early next week" kept on the Tuesday, w34 "in the next
couple of days"), kept by a colleague (w07 photos "tomorrow", w32 "he'll email you
tomorrow", w15 the deposit invoice), kept late = missed (w04 "by Friday", w12 "tomorrow",
w15 "by Wednesday", w33 "by Wednesday", w39 "bis Freitag", w42 "d'ici jeudi", w50 "within
48 hours"), never kept (w08 "by Thursday", w23 "by end of day", w35 "early next week", w47
"te escribo el lunes"), a deadline still ahead at audit time (w24, Tuesday 24 November).
Non-promises: logistics ("The panels go into the kiln ... on Friday", "the van is booked to
come to you on Wednesday", w25; a site visit offered for a date, w02, w09, w19, w28, w38) and
the acknowledgement's "we will reply within one working day" (w20, w21).

Chasing in varied wording and languages: "just following up on the sketch, did it go
astray?", "Just checking in on the quote", "I'm still waiting for the corrected invoice",
"any news on the splashback?" then "still waiting to hear back" (two findings, w33), "I
haven't heard back about the quote", "gibt es schon etwas Neues ...?", "Je me permets de vous
relancer", "¿Hay alguna novedad ...? Sigo esperando", and a resend of an unanswered mail as a
new message with the same subject (w26).

Status and timing: awaiting reply (w08, w20, w44, w47, w50), a fresh case inside the response
target with only the acknowledgement (w21), slow first responses (a Friday-afternoon mail
answered on Monday, w22; the resent enquiry, w26), an explicit close "I'll mark this one as
resolved" followed two weeks later by a new problem (w19), three agents on one case (w15).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de/nl), an old Eudora client that sends no
Message-ID (w16); top-posted and inline replies; plain 7bit, quoted-printable, base64 (w46),
multipart/alternative (w10, w24, w41, acknowledgements) and HTML-only (w18); PDF and PNG
attachments (a liability certificate, invoices, sketches, drawings, a devis, photos); a
customer's Outlook out-of-office reply (w27); replies that lost their threading headers (w12,
w47), a References gap (w33), a customer replying to their own mail to chase (w33).

## Judgement calls

- **Deferral is not an unanswered question**: the deferred question counts only through
  `missed-follow-up` when the promise is broken (w08, w12, w23, w33, w35, w39, w42, w47,
  w50).
- **w02**: "Please also let us know whether your conservators are accredited ..." is not
  answered by the offer to write the faculty documents; labelled.
- **w07**: "We would need it installed before the end of the summer term in July" is a need
  that the reply meets ("July is comfortably achievable"); the assembly talk is labelled.
- **w11**: "Could I move to another date, or get a refund if there isn't one?" is answered by
  the offer of 5 December (a date exists, so the refund alternative falls away).
- **w26**: the resend repeats the same three questions; one answer covers both mails, so
  nothing is unanswered. The resend is one chase; the first reply came three days after the
  first mail (slow first response).
- **w38**: the visit is arranged but the written estimate the council needs is not
  mentioned; labelled (a reader who takes the visit as the start of an estimate would not
  label it - that would be the only change).
- **w49**: the reply answers step-free access and otherwise points to the general course
  page, which says nothing about seated benches or a helper's place; both labelled.
- **w50**: Gideon's "3mm glass in a light hardwood frame" does not say whether it must be
  toughened for building regulations; labelled.

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py and
tests/test_practice24_corpus.py (structure only). Not opened: `happyaudit/`, the README's
sections on method, accuracy and weak points, any other test file, any other corpus's
mailbox or cases. All labels were fixed before the single evaluation run and none was
changed after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.wexcombeglass.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip, a message that is missing."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent if p["Message-ID"]}
    no_id = [(p, p in inbox) for p in inbox + sent if not p["Message-ID"]]
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed, in_mbox = by_id[m.message_id]
        else:
            match = [(p, b) for p, b in no_id
                     if p["Subject"] == m.subject and p["Date"] == email.utils.format_datetime(m.date)]
            if len(match) != 1:
                found.append(f"{m.key}: message without Message-ID not found once in the mailbox")
                continue
            parsed, in_mbox = match[0]
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
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice87 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
