#!/usr/bin/env python3
"""Regenerate ``tests/practice98/``: a labelled corpus of Penhallow Sailmakers & Canvas.

A support mailbox of a fictional Cornish sail loft (sail repairs, new sails, boat covers,
sprayhoods, biminis, stack packs, cushions and other canvas work for yachts and dinghies),
written without looking at the detection heuristics, with many customer questions. Audited
at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``penhallowcanvas.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - the description of the corpus, with its statistics.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice98_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "penhallowcanvas.example"
LOFT = "Penhallow Sail Loft <loft@penhallowcanvas.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "kit": ("Kit Trelawney <kit@penhallowcanvas.example>", "thunderbird", """-- 
Kit Trelawney
Sail Loft Manager | Penhallow Sailmakers & Canvas
No. 3 Boatyard, Commercial Road, Penryn TR10 8AE | 01326 960 214
Book a sail collection: https://penhallowcanvas.example/collect?ref=sig"""),
    "morwenna": ("Morwenna Hocking <morwenna@penhallowcanvas.example>", "outlook", """Morwenna Hocking
Covers, Sprayhoods & Canvas | Penhallow Sailmakers & Canvas
Measuring visits Falmouth - Fowey - Helford. Not sure what you need? Send us a photo."""),
    "jago": ("Jago Pascoe <jago@penhallowcanvas.example>", "apple", """Jago Pascoe
New Sails & Quotations
Penhallow Sailmakers & Canvas
https://penhallowcanvas.example/new-sails?src=email"""),
    "lowenna": ("Lowenna Carne <lowenna@penhallowcanvas.example>", "owa", """Lowenna Carne
Accounts | Penhallow Sailmakers & Canvas
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please let us know and delete it."""),
    "annika": ("Annika Brandt <annika@penhallowcanvas.example>", "thunderbird_de", """-- 
Annika Brandt
Kundenbetreuung Deutschland/Österreich | Penhallow Sailmakers & Canvas
https://penhallowcanvas.example/de?ref=signatur"""),
    "solenn": ("Solenn Le Goff <solenn@penhallowcanvas.example>", "apple_fr", """Solenn Le Goff
Clientèle France | Penhallow Sailmakers & Canvas
+44 1326 960 219"""),
    "begona": ("Begoña Arrieta <begona@penhallowcanvas.example>", "gmail_es", """--
Begoña Arrieta
Atención al cliente (España) | Penhallow Sailmakers & Canvas
https://penhallowcanvas.example/es?utm_source=firma"""),
}

ACK = """Thank you for contacting Penhallow Sailmakers & Canvas.

This is an automatic message to let you know that we have received your email
(reference {ref}). The loft is open Monday to Friday 8.30-5 and Saturday mornings
9-12, and one of the team will reply within one working day.

If your sail or cover is already with us, please quote your job number (PC-....)
so we can find it quickly.

Penhallow Sailmakers & Canvas
https://penhallowcanvas.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: ClubMail Webmail 2.1"],
    "helpdesk": ["X-Mailer: LoftDesk 1.9"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="psc.", outlook_server="AM9PR1")
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
    """A reply by support agent ``who`` at ``when`` (Cornwall time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Cornwall: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

LEECH_PNG = mailcraft.png(14, 10, lambda x, y: (235 - 3 * x, 232 - 2 * y, 220 if x != 7 else 90))
SWATCH_PNG = mailcraft.png(12, 6, lambda x, y: ((20, 40, 90) if x < 4 else (150, 130, 110) if x < 8 else (60, 60, 64)))
TABLING_PNG = mailcraft.png(10, 12, lambda x, y: (245, 245 - 4 * (y % 4), 240 - 2 * x))
GENOA_PDF = mailcraft.pdf(["Penhallow Sailmakers & Canvas - Quotation Q-1172",
                           "Sigma 33 'Blue Jay' - furling genoa, luff 11.20 m, foot 5.45 m",
                           "Option A: cruising Dacron 8.2 oz, triradial - GBP 2,180 inc VAT",
                           "Option B: cruising laminate, taffeta both sides - GBP 3,240 inc VAT",
                           "UV strip, padded luff and foam luff pad included. Valid 60 days."])
INVOICE_PDF = mailcraft.pdf(["Penhallow Sailmakers & Canvas - Invoice PSC-4471/R",
                             "Tidewater Charters Ltd, VAT GB 284 5519 07",
                             "Mainsail repair and leech line, Beneteau 40.7 'Skua'",
                             "Total GBP 318.00 inc VAT. Replaces PSC-4471 (cancelled)."])
DEPOSIT_PDF = mailcraft.pdf(["Penhallow Sailmakers & Canvas - Deposit invoice PSC-4520",
                             "Colin Pengelly - Rustler 36, fully battened mainsail (Q-1156)",
                             "30 % deposit GBP 1,290.00 inc VAT",
                             "Bank transfer: sort code 60-83-71, account 30481122"])
COVER_PDF = mailcraft.pdf(["Penhallow Sailmakers & Canvas - Invoice PSC-4561",
                           "Wayfarer W10412 - overboom cover, grey breathable polyester",
                           "50 % deposit GBP 147.50 inc VAT",
                           "Balance due on completion."])
MEASURE_PDF = mailcraft.pdf(["Penhallow Sailmakers & Canvas - Guia de medicion toldo de banera",
                             "1. Altura de la botavara sobre la bañera",
                             "2. Distancia del mastil al backstay",
                             "3. Anchura de la bañera en cada candelero"])
CAPOTA_PDF = mailcraft.pdf(["Penhallow Sailmakers & Canvas - Presupuesto P-1181",
                            "Hallberg-Rassy 37 - capota nueva, Sunbrella, ventanas Strataglass",
                            "Capota GBP 1,980 / bimini a juego GBP 1,450",
                            "Descuento profesional 12 % aplicado. Valido 60 dias."])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("p01-kestrel-leech-tear", "en", "closed", {},
      "Rob Tamblyn <rob.tamblyn@example.com>", "gmail", "Split leech on our mainsail",
      "Photo of a torn leech; three questions (how long, Saturday drop-off, budget) answered in one paragraph out of order; thanks-only reply.",
      cu("11-02 09:12", """Hi there,

Our Westerly Centaur's mainsail took a beating in the blow on Saturday - the leech has split for about 40cm just below the top batten (photo attached). We're not sailing again until the spring so there's no rush.

How long would a repair like that take at this time of year? Could I drop it off this Saturday morning, or do you only take sails in during the week? And roughly what should I budget?

Thanks,
Rob Tamblyn
"Kestrel", Mylor Harbour""", attach=[("image/png", "IMG_4471.png", LEECH_PNG)]),
      ag("kit", "11-02 11:40", """Hi Rob,

Thanks for the photo - that's a clean split along the leech tape, nothing worse. Saturday morning is fine, we're in from 9 till 12; just bring it in the bag and leave a note with your phone number. Budget somewhere between £90 and £120 for a new section of leech tape, a patch under the batten pocket and a new leech line while it's open, and allow about two weeks - we're at the busy end of the lay-up season.

Kit"""),
      cu("11-02 12:05", """Brilliant, see you Saturday. Cheers Kit!

Rob""", thanks=True)),

    C("p02-moonraker-sprayhood-windows", "en", "closed", {"unanswered-question": 1},
      "Helen Varcoe <h.varcoe@moonraker-yachting.example>", "outlook", "Cloudy sprayhood windows",
      "Window replacement priced and the keep-the-frame question answered; the Sunbrella Oyster stock question is skipped.",
      cu("11-03 08:30", """Good morning,

The windows in our sprayhood have gone so cloudy that I can hardly see the bow from the helm. The canvas itself is still in good order (it is about six years old, navy Sunbrella).

I would like a price for replacing the three front windows. Can the existing frame and canvas be kept, or does it have to be a whole new hood? Could you also let me know whether you still stock Sunbrella in Oyster, as we might recover the cockpit cushions to match next year.

The boat is a Moody 336, currently ashore at Mylor.

Kind regards,
Helen Varcoe""", uq=1),
      ag("morwenna", "11-03 14:10", """Dear Helen,

There's no need for a new hood - if the canvas is sound we unpick the old windows and stitch new ones into the same panels, keeping the frame and all the fittings. For the three front panels in 0.75 mm clear PVC it comes to £340 including VAT. It's a bench job, so we'd need the hood at the loft for about a week; we can collect it from Mylor when we're next over, usually on a Thursday.

Best regards,
Morwenna""")),

    C("p03-wayfarer-cover-inline", "en", "pending", {},
      "Dave Nankervis <dave@nankervis.example>", "thunderbird", "Cover for a Wayfarer",
      "Numbered list of four questions answered inline under each quoted line; a follow-up about the deposit answered with an attached invoice.",
      cu("11-16 19:45", """Hello Penhallow,

I've just bought a secondhand Wayfarer (W10412) which came with no cover at all. A few questions before I order one:

1. Do you make overboom covers for the Wayfarer or only flat covers?
2. What does one cost in grey?
3. How long would it take?
4. I'd need it posted to Truro as I don't get down to Penryn much.

Cheers,
Dave"""),
      ag("morwenna", "11-17 09:05", """Hi Dave,

> 1. Do you make overboom covers for the Wayfarer or only flat covers?

Both. For a boat that lives on a trailer outside all winter I'd go for the overboom, it sheds the rain much better.

> 2. What does one cost in grey?

£295 inc VAT in grey breathable polyester, £385 in acrylic.

> 3. How long would it take?

Around three weeks from order.

> 4. I'd need it posted to Truro as I don't get down to Penryn much.

Not a problem - postage within Cornwall is £9.50.

Regards,
Morwenna""", quote=False),
      cu("11-17 12:30", """Thanks Morwenna, that's really clear. Let's go with the grey overboom cover, posted.

Do you need a deposit up front, and how do I pay it?

Dave"""),
      ag("morwenna", "11-17 15:10", """Hi Dave,

Yes please, half up front - £147.50 - and the rest when it's ready. The invoice is attached; you can pay by bank transfer using the details on it, or by card over the phone on 01326 960 214.

Regards,
Morwenna""", attach=[("application/pdf", "PSC-4561.pdf", COVER_PDF)])),

    C("p04-sigma-genoa-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Tom Rowse <tomrowse@example.net>", "iphone", "Genoa for Blue Jay",
      "Two genoa quotes promised 'by Wednesday' arrive the following Monday after a chase: kept late = missed. The pre-Christmas saving question is answered at once.",
      cu("11-06 07:55", """Hi Jago,

We spoke at the boat jumble in October about a new furling genoa for our Sigma 33 "Blue Jay". I've now measured up as you asked: luff 11.20m on the foil, foot 5.45m, leech 10.60m.

Could you quote for a cruising laminate and a Dacron version so we can compare? And is there any saving if we order before Christmas?

Tom

Sent from my iPhone"""),
      ag("jago", "11-06 10:20", """Hi Tom,

Good to hear from you, and thanks for the numbers. On the timing: yes - anything ordered with a deposit before 18 December goes in at this year's prices, which works out about 6 % cheaper than the new list.

I'll run both versions through the design software and send you the two quotes by Wednesday.

Jago""", promises=[("11-11", 4)]),
      cu("11-13 18:30", """Hi Jago, any news on the genoa quotes?

Tom

Sent from my iPhone""", chase=True),
      ag("jago", "11-16 09:10", """Hi Tom,

Apologies, the week got away from me. Both options are on the attached quote: £2,180 for the Dacron triradial and £3,240 for the laminate, both including the UV strip and foam luff pad.

Jago""", attach=[("application/pdf", "Q-1172 Blue Jay genoa.pdf", GENOA_PDF)])),

    C("p05-hallberg-winter-storage", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Sue Penrose <sue.penrose@example.org>", "gmail", "Winter sail service and storage",
      "Three questions about the winter service; only the helpdesk acknowledgement; the customer replies to her own mail six days later.",
      cu("11-11 10:20", """Hello,

We're hauling out "Tern" (Hallberg-Rassy 31) at Port Pendennis on the 24th. Do you still offer the winter wash, check and storage service for sails? If so, can you collect the main and the genoa from the marina, and what would it cost for the two?

Best wishes,
Sue Penrose"""),
      ack("11-11 10:21"),
      cu("11-17 08:40", """Hello again,

I haven't had anything back about this apart from the automatic reply, and we haul out next Tuesday. Could someone get back to me please?

Sue""", chase=True, parent=1)),

    C("p06-flushing-laser-numbers", "en", "closed", {},
      "Jen Opie <dinghies@flushingsc.example>", "gmail", "Sail numbers for six Lasers",
      "Price and date answered with figures; the club secretary's thanks comes from the club webmail without a Message-ID; club signature with a '?' URL.",
      cu("11-04 13:00", """Hi,

The club has six Laser (ILCA) sails that need new sail numbers before the frostbite series - the old ones are peeling off. We'd like the standard black numbers on both sides. How much per sail, and can you have them done by 28 November?

Jen Opie
Dinghy Captain, Flushing Sailing Club
Come and try sailing! https://flushingsc.example/try-sailing?src=email"""),
      ag("kit", "11-04 15:30", """Hi Jen,

£22 a sail for both sides, so £132 for the six. Drop them in this week and they'll be ready well before the 28th - numbers usually take us three or four days.

Kit"""),
      cu("11-04 16:02", """Great, I'll bring them in on Friday. Thanks!

Jen""", thanks=True, client="oldclient", msgid=False,
         note="Jen's thanks from the club webmail, which sends no Message-ID")),

    C("p07-rhodes-helford-cover", "en", "closed", {"unanswered-question": 2},
      "Piers Hendra <piers.hendra@helfordriver.example>", "owa", "New cover for Rhodes 19",
      "Five requests in one long paragraph; pattern, price and lead time answered; collecting the old cover and the care instructions are skipped.",
      cu("11-05 09:15", """Morning,

I keep a Rhodes 19 on a mooring in the Helford and the old cover finally gave up in last week's gale, so I need a new one before the winter really sets in. A couple of people at the sailing club tell me you made the original, so I was wondering whether you still have the pattern on file, which would save a measuring visit. I'd want it in the same green if possible, with a ridge so the water runs off rather than pooling in the middle like it does now. Could you give me a rough price and tell me how soon you could make it? Would you be able to collect the old cover from Gweek so you can see how it was made? Please also send me the care instructions for the acrylic, as I'd like to look after this one properly.

Thanks,
Piers Hendra""", uq=2),
      ag("morwenna", "11-05 12:30", """Dear Piers,

Yes, we still have the Rhodes 19 pattern from 2014, so no measuring visit unless you've changed the fittings since. In Forest Green acrylic with a ridge pole and tented ends it's £1,150 including VAT, and we can have it ready in about four weeks - so around the first week of December.

Best regards,
Morwenna""")),

    C("p08-jeanneau-stack-pack", "en", "closed", {},
      "Chris Laity <chris.laity@example.com>", "apple", "Stack pack for a Sun Odyssey 36i",
      "'Let me check with the workshop and come back to you early next week' said on Thursday, kept on Monday; thanks-only close.",
      cu("11-05 10:00", """Hi,

Could you make a stack pack (lazy bag) for our Jeanneau Sun Odyssey 36i? The mast is 13.5m off the deck and the boom is 4.4m. Do you need to visit to measure, or can you work from the figures? Also - would our existing lazy jack lines be reused?

Chris"""),
      ag("morwenna", "11-05 15:00", """Hi Chris,

We usually work from the standard Jeanneau drawings for the 36i, so no visit needed.

I'm not sure the existing lazy jacks will suit the new bag's attachment points - let me check with the workshop and come back to you early next week.

Morwenna""", promises=[("11-10", 3)]),
      ag("morwenna", "11-09 11:20", """Hi Chris,

The workshop says your lazy jack lines are fine to reuse - we'll fit small blocks to the bag's ribs so they lead properly. In charcoal Sunbrella the stack pack comes to £720 including VAT, about three weeks from order.

Morwenna""", parent=2),
      cu("11-09 12:00", """Thanks Morwenna, that's really helpful.

Chris""", thanks=True)),

    C("p09-rustler-bimini-colour", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Mark Eddy <mark.eddy@tregothnanmarine.example>", "outlook", "Bimini top - faded",
      "'I'll check with Kit ... and get back to you' without a date: nothing within the two-day window; the zipped-window request is never addressed.",
      cu("11-16 08:10", """Hello,

Our bimini (Rustler 36, made by you in 2019) needs a new top - the fabric has faded badly on the port side and there's a small tear by the aft bow. Can you match the original Burgundy? The frame is fine.

While you're at it, could you add a zipped window in the back panel so we can see the wind vane from the cockpit?

Regards
Mark Eddy""", uq=1),
      ag("morwenna", "11-16 10:05", """Hi Mark,

Burgundy has been discontinued by the mill, but there are two shades that are very close. I'll check with Kit which one we used on your cockpit cushions last year and get back to you.

Morwenna""", promises=[("window", None)])),

    C("p10-puffin-chute-reopened", "en", "closed", {"reopened": 1},
      "Gail Bastian <gail.bastian@example.org>", "gmail", "Cruising chute ready?",
      "Ready-and-balance questions answered and the ticket marked resolved; ten days later the snuffer jams and the customer comes back in the same thread.",
      cu("11-02 08:00", """Hi Kit,

Is the cruising chute ready yet? We'd like to collect it on Thursday if so. And what's the balance to pay?

Gail (Contessa 32 "Puffin")"""),
      ag("kit", "11-02 10:30", """Hi Gail,

It's done and bagged - the patch by the tack came out nicely. Balance is £165, pay by card when you collect; Thursday is fine any time before 5. I'll mark this ticket as resolved.

Kit""", closes=True),
      cu("11-12 09:10", """Hi Kit,

We hoisted it on the mooring at the weekend and the snuffer jams at the head every time - I think the new patch at the head is catching the line. Could you have another look? I can bring it in on Saturday.

Gail"""),
      ag("kit", "11-12 14:00", """Hi Gail,

Sorry about that. The patch shouldn't be anywhere near the snuffer's path, so it's probably the new head ring sitting proud. Bring it Saturday and we'll sort it while you wait, no charge.

Kit""")),

    C("p11-tidewater-invoice", "en", "closed", {"unanswered-question": 1},
      "Ellie Rundle <accounts@tidewatercharters.example>", "owa", "Invoice PSC-4471 - company name",
      "Invoice reissued as an attachment; the separate question on refunding the deposit if the boat is sold is skipped.",
      cu("11-04 11:00", """Hello Lowenna,

Please reissue invoice PSC-4471 in the name of Tidewater Charters Ltd rather than my own name, with our VAT number GB 284 5519 07 on it - our accountant won't accept it otherwise.

Separately, is the 30% deposit on the new mainsail refundable if the owner sells the boat before it's delivered? He's had an offer.

Thanks,
Ellie Rundle
Tidewater Charters""", uq=1),
      ag("lowenna", "11-04 14:45", """Hi Ellie,

Reissued invoice attached - it's now made out to Tidewater Charters Ltd with your VAT number, and the old one is cancelled on our side.

Kind regards,
Lowenna""", attach=[("application/pdf", "PSC-4471-R.pdf", INVOICE_PDF)])),

    C("p12-st-mawes-toppers", "en", "pending", {"unanswered-question": 2},
      "Ben Jory <ben.jory@stmawesyouthsailing.example>", "gmail", "Topper covers x12",
      "Bulleted list of four questions in a multipart mail; discount and AGM date answered in one sentence; embroidery and the fabric sample are skipped.",
      cu("11-17 20:30", """Hi all,

I look after the youth fleet at St Mawes and we're replacing the covers on our Toppers. Twelve boats, all the same. A few things the committee wants to know before I can order:

- is there a discount for 12?
- could they be ready by the AGM on 12 December?
- do you embroider a club logo, or only print?
- can you send a fabric sample to the club first

Thanks in advance,
Ben Jory
Youth Sailing, St Mawes""", kind="alt", uq=2),
      ag("morwenna", "11-18 09:10", """Hi Ben,

Lovely to hear from the St Mawes youth fleet. A single Topper cover is £165; for twelve we'd do them at £140 each, £1,680 in all, and if the order comes in by the end of the month they'll be with you in the first week of December, comfortably before the AGM.

Best regards,
Morwenna""")),

    C("p13-vancouver-boom-cover", "en", "closed", {},
      "Wendy Hosking <wendy.hosking@example.com>", "apple", "Boom cover - restitch or replace?",
      "A pleasantry question, a rhetorical question and a self-answered question around the one real question, which is answered; thanks-only close.",
      cu("11-03 17:20", """Hi Morwenna,

Hope you're all keeping warm down at the loft?

The boom cover you made us three years ago is looking very sorry for itself - who knew one summer in the Scillies could do so much damage? The stitching along the top seam has rotted through in places. Can it be restitched, or is it time for a new one?

Where would I find our old job number? Oh, never mind, it's on the label inside the cover: PC-1187.

Wendy"""),
      ag("morwenna", "11-04 09:00", """Hi Wendy,

Warm enough, thank you - the heaters are on! PC-1187 is the Vancouver 27 cover in Pacific Blue. If the fabric itself isn't brittle, a full restitch in PTFE thread will see it through several more seasons: £95, about a week. If it tears when you pinch it, it's time for a new one (£310) - bring it in and we'll look at it together.

Morwenna"""),
      cu("11-04 09:45", """Thanks Morwenna, I'll pop it in next week.

Wendy""", thanks=True)),

    C("p14-oceanis-uv-strip", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Andy Curnow <andycurnow@example.net>", "gmail", "Genoa UV strip coming away",
      "UV strip priced; navy deferred with 'I'll confirm the colour by Wednesday', never confirmed; the clew-ring check is skipped.",
      cu("11-16 12:00", """Hi Kit,

The UV strip on our genoa (Beneteau Oceanis 35, 2011) is flapping loose along most of the leech. How much to replace the whole strip? I'd like it in navy rather than the current white if you can.

Can you also check the clew ring while it's with you? It's showing a bit of rust staining.

Andy""", uq=1),
      ag("kit", "11-16 16:30", """Hi Andy,

A full new UV strip on a genoa that size is £380 in Dacron or £440 in Sunbrella. Navy is possible, but I need to see whether our supplier has enough of the navy Dacron on the roll - I'll confirm the colour by Wednesday.

Kit""", promises=[("11-18", None)])),

    C("p15-contessa-survey-forward", "en", "closed", {},
      "Nicola Treloar <nicola.treloar@example.org>", "gmail", "Fwd: Survey report - Contessa 26 \"Morwhal\"",
      "HTML-only forward of a surveyor's report full of questions; the customer's one request (quote the canvas items) is answered item by item; thanks-only reply.",
      cu("11-02 15:30", """Hi,

We're buying a Contessa 26 and the survey came back with a list of canvas items. Please could you quote for the canvas items on the list below? We'd like to know before we complete on the 16th.

Nicola

---------- Forwarded message ---------
From: Graham Pellow <g.pellow@pellowsurveys.example>
Date: Fri, 30 Oct 2026 at 17:42
Subject: Survey report - Contessa 26 "Morwhal"
To: Nicola Treloar <nicola.treloar@example.org>

Canvas and covers (section 9):
9.1 Sprayhood - windows crazed, zip on starboard side failed. Replace windows and zip?
9.2 Mainsail cover - UV damage on top seam. Serviceable for one more season?
9.3 Winter cover - not present on board. Ask vendor?
Any queries, call me on 07700 900412 or see https://pellowsurveys.example/reports?id=C26-3010""", kind="html"),
      ag("morwenna", "11-02 17:10", """Hi Nicola,

Congratulations on the Contessa. Sprayhood: three new windows and a new starboard zip, £265. The mainsail cover can be restitched along the top and given a new UV panel for £120, which will give you a good few seasons rather than one. A new winter cover for a Contessa 26 is £890 in breathable polyester. All including VAT, and we can do the work any time after you complete.

Morwenna"""),
      cu("11-02 18:00", """That's perfect, thank you - I'll be in touch once the sale goes through.

Nicola""", thanks=True)),

    C("p16-portloe-launch-dodger", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
      "Jim Rosewarne <moorings@portloeharbour.example>", "outlook", "Repair to harbour launch dodger",
      "Friday-afternoon request answered on Monday (slow); the repair and turnaround are answered, the commercial-discount question is skipped.",
      cu("11-06 16:40", """Dear Sir/Madam,

The harbour launch has a canvas dodger over the wheelhouse which has split at two of the lift-the-dot fasteners. Could you repair it, and how long would you need it for? We rely on the launch daily.

Also, do you offer any discount for harbour authorities or other commercial customers?

Yours faithfully,
Jim Rosewarne
Harbour Master, Portloe""", uq=1),
      ag("morwenna", "11-09 09:30", """Dear Jim,

Yes, we can repair it with reinforcing patches and two new lift-the-dot fasteners. If you bring it in before 10am we'll have it back to you the same afternoon, so the launch is only without it for the day. The cost is £65.

Regards,
Morwenna""")),

    C("p17-rival-cockpit-cushions", "en", "pending", {},
      "Sarah Jenkin <sarahjenkin@example.com>", "gmail", "Cockpit cushions for a Rival 34",
      "Kit hands over to Morwenna, who 'will be in touch tomorrow'; she sends swatch photos and a price range the next day (kept by a colleague).",
      cu("11-16 09:00", """Hello,

We'd like new cockpit cushions for our Rival 34 - six pieces, the existing ones are flat as pancakes and the covers are torn. Could you send some fabric samples or photos of what's available? What would the foam and covers cost, roughly?

Sarah"""),
      ag("kit", "11-16 11:15", """Hi Sarah,

Cushions are Morwenna's department, so I've passed this on to her. She'll be in touch tomorrow with swatch photos and a rough price.

Kit""", promises=[("11-17", 3)]),
      ag("morwenna", "11-17 10:40", """Hi Sarah,

Here are the three fabrics we'd suggest for cockpit cushions (photo attached, left to right): Sunbrella Flagship in Navy, Sauvage in Taupe and Silvertex in Charcoal. Six pieces in closed-cell foam with new covers would be in the region of £780-£860 depending on the fabric; for an exact figure we'd need the old cushions or a template.

Morwenna""", parent=1, attach=[("image/png", "cushion-swatches.png", SWATCH_PNG)])),

    C("p18-rustler-mainsail-handoffs", "en", "pending",
      {"many-handoffs": 1, "missed-follow-up": 1, "unanswered-question": 1},
      "Colin Pengelly <colin@pengellyyachts.example>", "outlook", "Rustler 36 mainsail - go ahead",
      "Three agents on one order; the deposit invoice promised for 'tomorrow' comes a day late from accounts; the red sail-number request is skipped; a References gap on the last reply.",
      cu("11-09 09:00", """Jago,

Following our chat on the boat, we'd like to go ahead with the new fully battened mainsail for the Rustler 36 as quoted (Q-1156). A few things:

Please confirm the delivery date - we're hoping for early March.
How do you want the 30% deposit paid?
And can the third reef be made deeper than standard, as we discussed?

Colin Pengelly"""),
      ag("jago", "11-09 11:30", """Hi Colin,

Great news, thank you. The first week of March is fine - I've booked it into the loft's February cutting plan. The deep third reef is no problem; I'll draw it at 1.9 m so it's a proper storm reef.

Lowenna in accounts will send you the deposit invoice with our bank details tomorrow.

Jago""", promises=[("11-10", 3)]),
      ag("lowenna", "11-11 15:00", """Dear Colin,

Please find attached the deposit invoice for your new mainsail. Payment by bank transfer is easiest; the details are on the invoice.

Kind regards,
Lowenna""", parent=1, attach=[("application/pdf", "PSC-4520.pdf", DEPOSIT_PDF)]),
      cu("11-12 08:30", """Thanks Lowenna, paid this morning.

Jago - one more thing: could the sail number go on in red rather than black? And do you need the boat at the quay for the final fitting, or will you come out to the mooring?

Colin""", uq=1),
      ag("kit", "11-16 10:00", """Hi Colin,

Jago is away measuring in Brittany this week, so I'm picking this up. For the fitting we come out to the mooring with the RIB - no need to bring her in; we'll pick a calm day in March.

Kit Trelawney""", refs=[1, 4])),

    C("p19-genoa-bag-ooo", "en", "closed", {},
      "Jess Trevail <jess.trevail@example.net>", "gmail", "Sail bag for a furling genoa",
      "Two questions answered in one sentence; the customer's own out-of-office reply lands in the thread.",
      cu("11-03 14:30", """Hi,

We take our genoa off for the winter and I'm fed up of wrestling it into a round bag. Could you make a long 'sausage' bag with a full-length zip for it? It's a 9m luff. And what would that cost?

Jess"""),
      ag("kit", "11-03 16:00", """Hi Jess,

We can - a sausage bag with a full-length YKK zip for a 9m luff is £85 and takes about two weeks.

Kit"""),
      auto("11-03 16:01", """Thank you for your email. I'm away sailing until 12 November with very little signal and will reply when I'm back.

Jess""", quote=False, subject="Auto-reply: Re: Sail bag for a furling genoa")),

    C("p20-enterprise-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Rachel Moyle <rachel.moyle@example.org>", "outlook", "Winter cover for Enterprise dinghy",
      "No reply for three days, so the customer resends the same request as a new mail with the same subject (no threading headers); answered within hours of the resend.",
      cu("11-09 10:00", """Hello,

Do you have a standard winter cover for an Enterprise dinghy, or would it need to be made to measure? I'd need it within the next two or three weeks. What would it cost?

Thank you,
Rachel Moyle"""),
      cu("11-12 09:15", """Hello,

I sent this on Monday but haven't had a reply, so I'm trying again.

Do you have a standard winter cover for an Enterprise dinghy, or would it need to be made to measure? I'd need it within the next two or three weeks. What would it cost?

Thank you,
Rachel Moyle""", chase=True, parent=0),
      ag("morwenna", "11-12 11:30", """Dear Rachel,

Sorry you had to write twice - your first email was caught by our filter. We have the Enterprise pattern, so nothing to measure: a flat cover in grey breathable polyester is £225, or £290 for an overboom cover, and either can be ready within a fortnight.

Morwenna""")),

    C("p21-polglase-revised-quote", "en", "pending", {},
      "Ian Polglase <ian.polglase@example.com>", "thunderbird", "Mainsail quote - changes",
      "Delivery question answered; the revised quote is promised for Tuesday 24 November, a deadline still ahead at audit time.",
      cu("11-17 10:00", """Hi Jago,

Thanks for the quote for the new main. Could you revise it with two reefs instead of three, and add a lazy jack kit? Also, does the price include delivery to Plymouth?

Ian"""),
      ag("jago", "11-17 14:20", """Hi Ian,

Delivery to Plymouth is included - we bring new sails to the boat and hoist them with you.

I need to redo the reef calculations for two reefs and get a price for the lazy jack kit from Selden, so I'll send you the revised quote on Tuesday 24 November.

Jago""", promises=[("11-24", None)])),

    C("p22-rs200-trailing-cover", "en", "closed", {"unanswered-question": 1},
      "Paul Kitto <paul.kitto@kittobuilders.example>", "outlook", "RS200 road trailing cover",
      "HTML-only Outlook mail with a company disclaimer; the stock question is answered, the sponsor-logo question is skipped.",
      cu("11-05 12:10", """Hi,

I need a new road trailing cover for my RS200 - the old one ripped on the A30 on the way back from the open meeting. Do you stock them or is it made to order? Is it possible to have our sponsor's logo printed on the side?

Paul Kitto
Kitto Builders Ltd | 01872 555019
Kitto Builders Ltd is registered in England and Wales, company no. 04411223. This email is confidential and may be legally privileged.""", kind="html", uq=1),
      ag("kit", "11-05 15:40", """Hi Paul,

We don't keep trailing covers in stock; each one is made to order from the class pattern, which we have. It takes about ten days and the top cover is £260 including VAT. A bottom cover is another £140 if you want the full set.

Kit""")),

    C("p23-dunstan-batten-pocket", "en", "closed", {"unanswered-question": 1},
      "Jon Dunstan <jon@dunstanfamily.example>", "apple", "Torn batten pocket",
      "A repair priced; the next morning a follow-up (whose threading headers were lost) adds two requests: winter storage is answered, replacing the batten tensioners is not.",
      cu("11-02 09:30", """Hi Kit,

Our main's second batten pocket has torn out at the leech end. Is that a big job?

Jon"""),
      ag("kit", "11-02 11:00", """Hi Jon,

Not a big job at all - new end cap and a reinforcing patch, £45, a few days. Drop it in whenever suits you.

Kit"""),
      cu("11-03 08:45", """Thanks Kit. I'll bring it in on Thursday.

While it's with you - could you replace all the batten tensioners? The plastic ones have gone brittle. And would you be able to store the sail over the winter once it's done?

Jon""", thread=False, uq=1),
      ag("kit", "11-03 10:20", """Hi Jon,

Yes, we can store it for you - £35 for the winter, and we'll give it a fresh-water wash first if you like (another £40). See you Thursday.

Kit""")),

    C("p24-rs400-courier", "en", "closed", {},
      "Amy Chegwidden <amy.chegwidden@example.org>", "gmail", "Spinnaker repair from Bristol",
      "Courier logistics ('a DPD driver collects the bag', 'we'll email you the tracking number when it leaves the loft') - process, not promises; thanks-only close.",
      cu("11-03 11:00", """Hello,

I've got a torn spinnaker (RS400) that needs a patch - the tear is about 15cm, near the foot. I'm in Bristol though. Can I send it to you by courier, and how would I get it back?

Amy"""),
      ag("kit", "11-03 13:00", """Hi Amy,

Yes, lots of our repairs come by courier. Book it on our collection page and a DPD driver collects the bag from you the next working day; it comes back the same way once it's done, and we email you the tracking number when it leaves the loft. A 15cm patch on spinnaker cloth is usually £40-£55, plus £18 for the return courier.

Kit"""),
      cu("11-03 13:30", """Perfect, booking it now. Thank you!

Amy""", thanks=True)),

    C("p25-konsort-measuring-date", "en", "pending",
      {"missed-follow-up": 1, "customer-chased": 2, "unanswered-question": 1},
      "Lucy Tregear <lucy.tregear@example.com>", "gmail", "Winter cover - measuring visit",
      "A measuring date promised for 'tomorrow' comes a week later after two chases (kept late = missed); taking the old cover away is never addressed.",
      cu("11-09 09:00", """Hi Morwenna,

We'd like a full winter cover for our Westerly Konsort, she's on a swinging mooring at St Just. Could someone come out and measure? We're free most weekdays. Also, can you take the old cover away for disposal when you come? It's beyond saving.

Lucy""", uq=1),
      ag("morwenna", "11-09 12:00", """Hi Lucy,

Of course. Our measuring days for St Just are Wednesdays; let me look at the diary and I'll confirm a date tomorrow.

Morwenna""", promises=[("11-10", 5)]),
      cu("11-12 10:00", """Hi Morwenna,

Just checking in on the measuring date - would Wednesday next week work?

Lucy""", chase=True),
      cu("11-16 09:30", """Hello,

I still haven't heard anything about a date for the measuring. Could you let me know please?

Lucy""", chase=True),
      ag("morwenna", "11-16 14:00", """Hi Lucy,

I'm so sorry - the diary got away from me last week. Wednesday 18th works: we'll be at St Just at about 11, the RIB will come out to the mooring, so no need for you to be aboard unless you'd like to be.

Morwenna""")),
]
CASES += [
    C("p26-bolitho-quick-question", "en", "pending", {},
      "Martin Bolitho <martin.bolitho@falmouthrowing.example>", "outlook", "Quick question",
      "Two questions answered with a bare link and a bare date range; thanks-only reply. Same subject as p27 from another customer.",
      cu("11-18 08:00", """Hi,

Two quick ones: where can I find your care guide for acrylic sprayhoods, and when is the loft closed over Christmas? We need to drop a hood off before then.

Martin"""),
      ag("morwenna", "11-18 09:30", """Hi Martin,

https://penhallowcanvas.example/care/acrylic-sprayhoods
Closed 24 December - 4 January; last drop-off before that is Saturday 19 December.

Morwenna"""),
      cu("11-18 10:05", """Cheers Morwenna, much appreciated.

Martin""", thanks=True)),

    C("p27-williams-toe-strap", "en", "open", {},
      "Kerensa Williams <kerensa.w@example.net>", "iphone", "Quick question",
      "Fresh question on the audit day with only the acknowledgement so far (inside the response target); same subject as p26.",
      cu("11-20 10:05", """Hi, does the loft take on small jobs like restitching a dinghy toe strap? Would it be quicker if I just brought it in tomorrow morning?

Kerensa

Sent from my iPhone"""),
      ack("11-20 10:06")),

    C("p28-roskilly-trade-terms", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Steve Roskilly <s.roskilly@roskillyboats.example>", "outlook", "Trade work from our yard",
      "A boatyard asks about trade terms and fortnightly collections; no reply; five days later it replies to its own mail: 'I haven't heard back'.",
      cu("11-13 11:00", """Hello,

We're a small yard in Penzance and we regularly need cockpit covers and sprayhoods repaired for customers' boats over the winter. Do you offer trade terms, and would you take on work collected from our yard every fortnight?

Regards,
Steve Roskilly
Roskilly Boat Services"""),
      cu("11-18 16:20", """Hi again,

I haven't heard back on the below - are you still taking on trade work this winter?

Steve""", chase=True, parent=1)),

    C("p29-halcyon-zip-not-studs", "en", "pending", {"unanswered-question": 1},
      "Nick Pender <nick.pender@example.org>", "gmail", "New sprayhood",
      "Asked for a zip instead of press studs on the new hood; the reply prices replacement press studs (a neighbouring question) and gives the waiting time.",
      cu("11-16 17:30", """Hi Morwenna,

The press studs along the bottom of our sprayhood keep pulling out of the deck. When you make the new hood, can you make it with a zip along the deck edge instead of press studs? And how long is the waiting list for a new hood at the moment?

Nick (Contessa 32 "Halcyon")""", uq=1),
      ag("morwenna", "11-17 09:15", """Hi Nick,

New press studs are £3.50 each fitted, and we use the heavy marine-grade ones that hold far better in a deck. At the moment new hoods are running at about five weeks from the measuring visit.

Morwenna""")),

    C("p30-rowe-deposit-refund", "en", "closed", {"missed-follow-up": 1},
      "Alison Rowe <alison.rowe@example.com>", "owa", "Cancelling the genoa order",
      "Refund confirmed in principle; 'I'll process it this week and send you a confirmation by Friday' - nothing follows; the case goes quiet-closed.",
      cu("11-02 10:00", """Dear Lowenna,

As discussed on the phone, we've sold the boat and won't need the new genoa after all. Can you confirm that the deposit of £420 will be refunded, and how long it will take?

Alison Rowe"""),
      ag("lowenna", "11-02 14:30", """Dear Alison,

Sorry to hear you're parting with the boat. As the sail hadn't gone into production the full £420 is refundable, back to the card you paid with. I'll process it this week and send you a confirmation by Friday.

Kind regards,
Lowenna""", promises=[("11-06", None)])),

    C("p31-samphire-new-owners", "en", "pending", {"unanswered-question": 2},
      "Grace Whitford <grace.whitford@example.net>", "gmail", "New to us: Moody 33 Samphire",
      "Five questions and requests in long paragraphs from first-time owners; the mainsail and sprayhood ones are answered, the sail-cover quote and cushion storage are skipped.",
      cu("11-16 21:10", """Hello,

My partner and I have just bought our first yacht, a 1985 Moody 33 called "Samphire", and the previous owner tells us most of her sails and canvas came from you, so it seemed sensible to start here. We are complete beginners on the canvas side of things, so forgive the long list.

The mainsail looks tired and the surveyor said it had "a couple of seasons left", which I'm not sure how to interpret - would you be willing to have a look at it and tell us honestly whether it's worth servicing or whether we should budget for a new one? We're also wondering whether a new sprayhood makes sense now or whether the old one can be re-proofed, as it leaks along the seams when it rains, and I'd like to know roughly what re-proofing costs.

Separately, the sail cover is missing entirely. Please quote for a new one in a blue that matches the sprayhood. Finally, do you offer any kind of winter storage for cushions? Ours are currently living in the car.

Thanks so much,
Grace Whitford""", kind="alt", uq=2),
      ag("kit", "11-17 11:00", """Hi Grace,

Congratulations on Samphire - we made her main in 2009, so tired is probably fair. Bring it in any weekday and we'll spread it out on the loft floor with you and give you an honest opinion; there's no charge for that. As for the sprayhood, if the fabric is still sound a clean and re-proof will stop the seams leaking for a season or two, and costs £120.

Kit""")),

    C("p32-chynoweth-collect", "en", "closed", {},
      "Rob Chynoweth <rob@chynowethcharters.example>", "outlook", "Genoa PC-2231",
      "Ready-to-collect and Saturday hours answered in two lines; a thanks-only reply whose signature has a question and a '?' URL.",
      cu("11-04 08:20", """Hi,

Is our genoa ready to collect yet (job PC-2231)? Also, what time do you close on Saturdays?

Rob Chynoweth
Chynoweth Charters
Fancy a day on the water? https://chynowethcharters.example/book?utm=sig"""),
      ag("kit", "11-04 09:40", """Morning Rob,

Yes, it's bagged and labelled by the door. We close at 12 on Saturdays.

Kit"""),
      cu("11-04 10:02", """Cheers Kit, I'll swing by on Saturday.

Rob Chynoweth
Chynoweth Charters
Fancy a day on the water? https://chynowethcharters.example/book?utm=sig""", thanks=True)),

    C("p33-lobb-jib-photos", "en", "closed", {},
      "Hannah Lobb <hannah.lobb@example.com>", "iphone", "Jib repair - photos for insurance",
      "'I'll send you photos tomorrow' kept the next day with two PNG attachments, subject tagged [Resolved]; thanks-only reply.",
      cu("11-05 19:00", """Hi Kit,

The insurers want pictures of the damage to our jib before they'll approve the claim. Could you send me a couple of photos before you start the repair? And could you put the repair cost in writing for them too?

Hannah

Sent from my iPhone"""),
      ag("kit", "11-06 08:50", """Hi Hannah,

No problem. The repair cost is £210 including VAT - new tabling along the foot and a reinforced tack patch; this email can go to the insurers as the written estimate, or I can put it on headed paper if they're fussy. The sail is under a pile at the moment; I'll send you photos tomorrow once it's on the floor.

Kit""", promises=[("11-07", 3)]),
      ag("kit", "11-07 11:30", """Hi Hannah,

Photos attached - the torn tabling along the foot and the tack. We'll start on it on Monday.

Kit""", parent=1, subject="[Resolved] Re: Jib repair - photos for insurance", closes=True,
         attach=[("image/png", "jib-foot.png", TABLING_PNG), ("image/png", "jib-tack.png", LEECH_PNG)]),
      cu("11-07 12:15", """Perfect, thank you so much!

Hannah

Sent from my iPhone""", thanks=True, subject="Re: [Resolved] Re: Jib repair - photos for insurance")),

    C("p34-blewett-gp14-oyster", "en", "pending", {"missed-follow-up": 1},
      "Tim Blewett <tim.blewett@example.org>", "thunderbird", "GP14 cover in Oyster",
      "'I'll ring the supplier this morning and email you by end of day' - no email follows.",
      cu("11-17 08:30", """Hi,

Our GP14 cover is finally past saving. Could you make a replacement in the same Oyster colour as the old one? I'd like it before Christmas if at all possible.

Tim"""),
      ag("morwenna", "11-17 10:15", """Hi Tim,

The mill has been short of Oyster since the summer. I'll ring the supplier this morning and email you by end of day to say whether we can get it in time for a cover before Christmas.

Morwenna""", promises=[("11-17", None)])),

    C("p35-spargo-merlin-jib", "en", "closed", {"customer-chased": 1},
      "Alex Spargo <alex.spargo@example.net>", "gmail", "Merlin Rocket jib - luff wire",
      "A workshop estimate ('it'll be done before the 15th'), then the customer chases: 'any update ... I've not heard anything'; answered and the ticket closed.",
      cu("11-04 18:00", """Hi,

I dropped the Merlin Rocket jib off on Saturday for a new luff wire. Any idea when it'll be ready? We've got the Tinsley Trophy on the 15th.

Alex"""),
      ag("kit", "11-05 08:30", """Hi Alex,

It's in the queue behind two race mains; a luff wire is half a day's work, so it'll be done well before the 15th.

Kit"""),
      cu("11-12 09:00", """Hi Kit, any update on the Merlin jib? I've not heard anything and the race is this Sunday.

Alex""", chase=True),
      ag("kit", "11-12 11:10", """Hi Alex,

Sorry - it was finished yesterday and I forgot to drop you a line. It's on the collection rack and already paid for, so just pick it up when you're passing. I'm closing this ticket now - good luck on Sunday.

Kit""", closes=True)),

    C("p36-hicks-transfer-receipt", "en", "closed", {"missed-follow-up": 1},
      "Jenny Hicks <jenny.hicks@example.com>", "android", "Overdue reminder - already paid",
      "The mismatched payment is explained at once; the receipt is promised 'on Monday' and never sent (the case goes quiet-closed). Sent from Outlook for Android.",
      cu("11-13 07:45", """Hi,

We paid the balance for our new sprayhood by bank transfer on 2 November but got a reminder yesterday saying it's overdue. Can you check? Please also send me a proper receipt, the card slip from the deposit went through the wash.

Jenny Hicks

Get Outlook for Android"""),
      ag("lowenna", "11-13 12:00", """Dear Jenny,

Thank you - I can see your transfer of £612 arrived on 3 November; it was matched to the wrong job number, which is why the reminder went out. I've corrected it, so please ignore the reminder. I'll send you a receipt covering both payments on Monday.

Kind regards,
Lowenna""", promises=[("11-16", None)])),

    C("p37-albrecht-folkeboot-persenning", "de", "closed", {"unanswered-question": 1},
      "Jörg Albrecht <j.albrecht@segelverein-schlei.example>", "outlook_de", "Persenning für Nordisches Folkeboot",
      "German Outlook mail: price and shipping/customs answered; the request for fabric samples at the end is skipped.",
      cu("11-03 09:10", """Sehr geehrte Damen und Herren,

ich besitze ein Nordisches Folkeboot (Baujahr 1978) und suche eine neue Persenning für das Winterlager an der Schlei. Eine Vereinskollegin hat mir Ihre Firma empfohlen.

Können Sie eine Persenning nach dem Standardmaß des Folkeboots anfertigen, und was würde sie ungefähr kosten? Liefern Sie auch nach Deutschland, und fallen dabei Zollgebühren an? Außerdem wäre ich Ihnen dankbar, wenn Sie mir ein paar Stoffmuster zuschicken könnten, damit ich die Farbe in Ruhe aussuchen kann.

Mit freundlichen Grüßen
Jörg Albrecht""", uq=1),
      ag("annika", "11-03 13:40", """Sehr geehrter Herr Albrecht,

vielen Dank für Ihre Anfrage und herzliche Grüße an Ihre Vereinskollegin. Das Folkeboot-Schnittmuster haben wir im Haus; eine Persenning aus atmungsaktivem Polyester kostet 980 £, in Acryl 1.290 £. Wir versenden mit DHL nach Deutschland (75 £) und liefern verzollt, es kommen also keine weiteren Gebühren auf Sie zu.

Mit freundlichen Grüßen
Annika Brandt"""), tz=1),

    C("p38-krueger-genua-reparatur", "de", "pending",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Sabine Krüger <sabine.krueger@example.com>", "gmail_de", "Genua Reparatur - Auftrag PC-2290",
      "'Ich melde mich bis Mittwoch' kept the next Monday after 'ich warte immer noch auf eine Antwort' (missed); the chase's own new question about shipping to Kiel in spring is skipped. Base64 body.",
      cu("11-09 08:30", """Hallo Frau Brandt,

wir haben unsere Genua letzte Woche per Spedition zu Ihnen geschickt (Auftrag PC-2290). Gibt es schon eine Einschätzung, ob sich die Reparatur noch lohnt? Und könnten Sie bei der Gelegenheit auch einen neuen UV-Schutzstreifen in Blau anbieten?

Viele Grüße
Sabine Krüger""", cte="base64"),
      ag("annika", "11-09 11:00", """Hallo Frau Krüger,

die Genua ist gut bei uns angekommen. Ich schaue sie mir morgen mit unserem Segelmacher an und melde mich bis Mittwoch mit einer Einschätzung und einem Preis für den UV-Streifen.

Viele Grüße
Annika Brandt""", promises=[("11-11", 4)]),
      cu("11-16 09:00", """Hallo Frau Brandt,

ich warte immer noch auf eine Antwort zu unserer Genua. Wie sieht es denn aus? Wir müssten außerdem wissen, ob Sie das Segel im Frühjahr direkt nach Kiel zurückschicken können.

Viele Grüße
Sabine Krüger""", chase=True, cte="base64", uq=1),
      ag("annika", "11-16 14:30", """Hallo Frau Krüger,

entschuldigen Sie bitte die Verzögerung. Die Reparatur lohnt sich: Das Tuch ist noch fest, nur das Achterliek und zwei Nähte müssen neu gemacht werden, das kostet 310 £. Ein neuer UV-Schutzstreifen in Marineblau kostet zusätzlich 420 £.

Viele Grüße
Annika Brandt"""), tz=1),

    C("p39-vogel-lazybag-inline", "de", "closed", {},
      "Henrik Vogel <henrik.vogel@example.org>", "thunderbird_de", "Lazybag für HR 29",
      "Three German questions answered inline under each quoted line ('Ja, ...', 'Selbstverständlich ...'); thanks-only reply.",
      cu("11-04 20:15", """Hallo,

ein paar Fragen zu einem Lazybag für unsere Hallberg-Rassy 29:

Haben Sie ein Schnittmuster für die HR 29?
Kann der Lazybag in Marineblau gefertigt werden?
Wie lange dauert die Fertigung ungefähr?

Beste Grüße
Henrik Vogel"""),
      ag("annika", "11-05 09:30", """Hallo Herr Vogel,

> Haben Sie ein Schnittmuster für die HR 29?

Ja, von mehreren Booten aus den letzten Jahren.

> Kann der Lazybag in Marineblau gefertigt werden?

Selbstverständlich, Marineblau ist bei uns die häufigste Farbe.

> Wie lange dauert die Fertigung ungefähr?

Zurzeit etwa drei Wochen ab Auftrag, dazu zwei bis drei Tage Versand nach Deutschland.

Viele Grüße
Annika Brandt""", quote=False),
      cu("11-05 11:00", """Vielen Dank für die schnelle Antwort!

Beste Grüße
Henrik Vogel""", thanks=True), tz=1),

    C("p40-hansen-charter-sprayhoods", "de", "open", {"awaiting-reply": 1},
      "Ulrike Hansen <u.hansen@hansen-yachtcharter.example>", "outlook_de", "Sprayhoods für drei Bavaria 34",
      "A charter company asks for a quote for three sprayhoods and a volume discount; no reply for three days.",
      cu("11-17 14:00", """Guten Tag,

für unsere Charterflotte (drei Bavaria 34) benötigen wir zum Saisonstart im April neue Sprayhoods. Können Sie uns ein Angebot für alle drei Boote machen? Gibt es bei drei Stück einen Mengenrabatt?

Mit freundlichen Grüßen
Ulrike Hansen
Hansen Yachtcharter GmbH""", kind="alt"), tz=1),

    C("p41-lebihan-taud-relance", "fr", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Yann Le Bihan <yann.lebihan@example.org>", "apple_fr", "Taud de cockpit Sun Odyssey 349",
      "No reply for four days; 'Je me permets de vous relancer' to his own mail; both questions (price, measuring in Brittany) then answered.",
      cu("11-12 10:00", """Bonjour,

Je voudrais faire fabriquer un taud de cockpit pour notre Sun Odyssey 349, qui hiverne à Roscoff. Pourriez-vous m'indiquer un prix approximatif ? Est-ce que vous vous déplacez en Bretagne pour prendre les mesures, ou faut-il vous envoyer un gabarit ?

Cordialement,
Yann Le Bihan"""),
      cu("11-16 09:00", """Bonjour,

Je me permets de vous relancer concernant ma demande ci-dessous, restée sans réponse.

Cordialement,
Yann Le Bihan""", chase=True, parent=1),
      ag("solenn", "11-16 11:30", """Bonjour Monsieur Le Bihan,

Toutes nos excuses pour ce délai. Un taud de cockpit pour le Sun Odyssey 349 revient à environ 1 450 £ en acrylique. Jago, notre voilier, sera à Roscoff la semaine du 30 novembre pour d'autres clients et peut prendre les mesures à bord à cette occasion.

Bien cordialement,
Solenn"""), tz=1),

    C("p42-moreau-coulisseaux", "fr", "closed", {"unanswered-question": 1},
      "Isabelle Moreau <isabelle.moreau@example.com>", "apple_fr", "Révision grand-voile First 31.7",
      "The service of the mainsail is reported finished with collection options; the question about replacing the worn slides and its cost is skipped.",
      cu("11-05 18:20", """Bonjour Solenn,

Nous avons déposé la grand-voile de notre First 31.7 chez vous en octobre pour une révision. Pourriez-vous nous dire où en est le travail ? Je voudrais savoir aussi si vous pouvez remplacer les coulisseaux, qui sont très usés, et combien cela coûterait.

Merci d'avance et bonne soirée,
Isabelle Moreau""", uq=1),
      ag("solenn", "11-06 09:15", """Bonjour Isabelle,

La révision est terminée : nous avons repris les coutures de la chute, remplacé deux goussets de lattes et changé le hale-bas de chute. La voile est prête ; vous pouvez passer la chercher quand vous voulez, ou nous pouvons l'expédier à Saint-Malo pour 35 £.

Bien cordialement,
Solenn"""), tz=1),

    C("p43-garnier-capote-zip", "fr", "closed", {},
      "Camille Garnier <camille.garnier@example.net>", "gmail", "Fermeture éclair capote Dufour 360",
      "Posting answered at once; 'je reviens vers vous d'ici jeudi' about the zip kept on Wednesday; thanks-only reply.",
      cu("11-02 14:00", """Bonjour,

La capote de descente de notre Dufour 360 a une fermeture éclair cassée côté tribord. Est-ce que vous pourriez la remplacer ? Et est-il possible de vous l'envoyer par la poste depuis Cherbourg ?

Merci,
Camille Garnier"""),
      ag("solenn", "11-03 10:00", """Bonjour Camille,

Oui, l'envoi par la poste fonctionne très bien, beaucoup de nos clients français nous envoient leur capote par Colissimo. Pour la fermeture éclair, je dois vérifier avec l'atelier que nous avons la bonne longueur en stock ; je reviens vers vous d'ici jeudi.

Bien cordialement,
Solenn""", promises=[("11-05", 3)]),
      ag("solenn", "11-04 15:00", """Bonjour Camille,

Bonne nouvelle : nous avons une fermeture YKK de 180 cm en noir. Le remplacement coûte 85 £, avec un retour sous une semaine après réception.

Bien cordialement,
Solenn""", parent=2),
      cu("11-04 16:00", """Parfait, merci beaucoup ! Je vous l'envoie lundi.

Camille""", thanks=True), tz=1),

    C("p44-lefevre-lazybag-devis", "fr", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Marc Lefèvre <marc.lefevre@example.org>", "apple_fr", "Devis lazy-bag et bande anti-UV",
      "'Je vous l'envoie demain' for the quote - never sent; the anthracite-grey question is not addressed.",
      cu("11-16 08:00", """Bonjour,

Nous souhaitons remplacer le lazy-bag de notre Oceanis 38 et ajouter une bande anti-UV sur le génois. Pouvez-vous nous faire un devis pour les deux ? Et est-ce que le lazy-bag peut être fait en gris anthracite ?

Cordialement,
Marc Lefèvre""", uq=1),
      ag("solenn", "11-16 10:30", """Bonjour Monsieur Lefèvre,

Merci pour votre demande. Je prépare le devis avec notre atelier et je vous l'envoie demain.

Bien cordialement,
Solenn""", promises=[("11-17", None)]), tz=1),

    C("p45-ortega-toldo-gijon", "es", "closed", {"unanswered-question": 1},
      "Javier Ortega <javier.ortega@example.com>", "gmail_es", "Toldo de bañera First 35",
      "Base64 Spanish mail; measuring and lead time answered with an attached measuring guide; stitching the boat's name is skipped.",
      cu("11-04 10:30", """Hola,

Tenemos un Beneteau First 35 en el puerto de Gijón y queremos un toldo de bañera nuevo para el verano que viene. ¿Pueden hacerlo a partir de las medidas que les mandemos o necesitan venir a medirlo? ¿Cuánto tardarían en fabricarlo? ¿Podrían también coser el nombre del barco en el toldo?

Un saludo,
Javier Ortega""", cte="base64", uq=1),
      ag("begona", "11-04 13:00", """Hola, Javier:

Podemos trabajar con sus medidas; le adjunto una guía con fotos para que sepa exactamente dónde medir. Con las medidas en la mano, la fabricación son unas cuatro semanas, más cinco días de envío a Gijón.

Un saludo,
Begoña""", attach=[("application/pdf", "guia-medicion-toldo.pdf", MEASURE_PDF)]), tz=1),

    C("p46-ferrer-funda-botavara", "es", "closed", {},
      "Lucía Ferrer <lucia.ferrer@example.net>", "gmail_es", "Funda de botavara Hanse 315",
      "'Quisiera saber si...' plus price, answered in one sentence; thanks-only reply.",
      cu("11-03 12:00", """Buenos días:

Quisiera saber si hacen fundas de botavara para un Hanse 315 y qué precio tendrían. Me interesa en azul marino.

Gracias,
Lucía Ferrer"""),
      ag("begona", "11-03 16:00", """Buenos días, Lucía:

Sí, tenemos el patrón del Hanse 315: en Sunbrella azul marino sale por 410 £, con el envío a España incluido.

Un saludo,
Begoña"""),
      cu("11-03 18:00", """Perfecto, muchas gracias.

Lucía""", thanks=True), tz=1),

    C("p47-ruiz-capota-distribuidor", "es", "pending",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Alberto Ruiz <aruiz@nauticaruiz.example>", "outlook", "Capota y bimini HR 37",
      "A dealer in Palma: trade terms answered, quote promised 'el lunes' arrives Thursday after '¿hay alguna novedad? Sigo esperando' (missed); the colour samples are never mentioned.",
      cu("11-12 09:00", """Buenos días,

Les escribo desde Náutica Ruiz, en Palma. Tenemos un cliente con un Hallberg-Rassy 37 que necesita una capota nueva y un bimini a juego. ¿Trabajan con distribuidores? Necesitaríamos presupuesto para los dos elementos. Además, ¿pueden enviarnos muestras de los colores de Sunbrella que tienen disponibles?

Saludos cordiales,
Alberto Ruiz
Náutica Ruiz - Palma de Mallorca""", uq=1),
      ag("begona", "11-12 15:00", """Buenos días, Alberto:

Sí, trabajamos con varios distribuidores en España, con un 12 % de descuento profesional. Para el presupuesto de la capota y el bimini tengo que revisar con el taller los planos del HR 37; le escribo el lunes.

Un saludo,
Begoña""", promises=[("11-16", 4)]),
      cu("11-18 09:30", """Hola Begoña,

¿Hay alguna novedad con el presupuesto? Sigo esperando y el cliente me pregunta cada día.

Saludos,
Alberto""", chase=True),
      ag("begona", "11-19 09:00", """Hola, Alberto:

Disculpe el retraso. Le adjunto el presupuesto: capota 1.980 £ y bimini 1.450 £, ya con su descuento aplicado.

Un saludo,
Begoña""", attach=[("application/pdf", "P-1181 HR37.pdf", CAPOTA_PDF)]), tz=1),

    C("p48-sanz-ventanas-capota", "es", "pending", {},
      "Marta Sanz <marta.sanz@example.org>", "iphone", "Ventanas capota Bavaria 32",
      "Two short questions answered with just a price and a duration.",
      cu("11-17 18:00", """Hola, ¿cuánto cuesta cambiar las ventanas de la capota de un Bavaria 32? Son tres. ¿Y cuánto tiempo tardan?

Marta

Enviado desde mi iPhone"""),
      ag("begona", "11-18 09:00", """Hola, Marta:

380 £ las tres, unos diez días en el taller.

Un saludo,
Begoña"""), tz=1),

    C("p49-trewin-mirror-sails", "en", "closed", {"unanswered-question": 2},
      "Phil Trewin <phil.trewin@example.com>", "gmail", "Red sails for a Mirror",
      "Four questions in one paragraph; stock and price answered; battens and the junior-section discount are skipped.",
      cu("11-09 20:00", """Hi,

I've just restored an old Mirror dinghy for my two kids and the sails that came with her are beyond saving. Do you sell the red Mirror sails new, or is that a special order? What's the price for a main and jib together? Could you also supply a set of battens to go with them? Oh, and is there any discount for members of the junior section at Restronguet SC?

Thanks very much,
Phil Trewin""", uq=2),
      ag("jago", "11-10 09:00", """Hi Phil,

What a lovely project. We keep red Mirror sails in stock in the classic cut - main and jib together are £495 including VAT, and we can post them the same day or you can collect from the loft.

Jago""")),

    C("p50-caradec-housse-barre", "fr", "pending", {},
      "Hélène Caradec <helene.caradec@example.com>", "apple_fr", "Housse de barre franche",
      "'Auriez-vous ...' and a delivery-time question answered together in two sentences.",
      cu("11-18 19:00", """Bonjour,

Auriez-vous une housse de barre franche pour un Corsaire ? La barre mesure 1,10 m. Quel serait le délai de livraison vers Lorient ?

Bien à vous,
Hélène Caradec"""),
      ag("solenn", "11-19 09:00", """Bonjour Madame Caradec,

Nous en avons une en stock à la bonne longueur, en acrylique bleu marine, à 38 £. Expédiée aujourd'hui, elle serait chez vous à Lorient d'ici quatre à cinq jours ouvrés.

Bien cordialement,
Solenn"""), tz=1),
]

README = """# Practice corpus 98: Penhallow Sailmakers & Canvas support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen. Generated by `scripts/make_practice98_corpus.py` (this file too).

- Company: **Penhallow Sailmakers & Canvas**, a sail loft in Penryn, Cornwall: sail repairs
  (torn leeches, batten pockets, UV strips, luff wires, sail numbers), new sails and quotes,
  boat covers, sprayhoods, biminis, stack packs, cockpit cushions and other canvas work for
  yachts and dinghies, winter service and storage, courier collections. Support address
  `loft@penhallowcanvas.example`; agents Kit Trelawney (sail loft manager), Morwenna Hocking
  (covers, sprayhoods and canvas), Jago Pascoe (new sails and quotations), Lowenna Carne
  (accounts), Annika Brandt (German-speaking customers), Solenn Le Goff (French-speaking
  customers) and Begoña Arrieta (Spanish-speaking customers), all `@penhallowcanvas.example`.
  A helpdesk robot (`loft@penhallowcanvas.example`, `Auto-Submitted: auto-replied`)
  acknowledges a few mails with "one of the team will reply within one working day" -
  service-hours text, not a commitment.
- Customers are yacht and dinghy owners, sailing clubs, a harbour master, charter companies,
  a boatyard and a chandlery dealer, on `example.com/.org/.net` and `*.example` domains.
  Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain penhallowcanvas.example`.

```
python scripts/make_practice98_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice98_corpus.py --out /tmp/p98         # ... into another folder
python scripts/evaluate.py --corpus tests/practice98            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice98_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md). `CASES.md` is the generated per-case table. Do not edit generated
files; edit the script and rerun it. The script keeps the facts next to each message (role,
date, thanks-only, explicit close, chase, each promise with its deadline and the message that
kept it, how many labelled unanswered questions the message asks), recomputes status and every
rule count from them and from the dates, and refuses to write when they disagree with the
hand-written case labels, when a labelled question is not verbatim in a customer's own text
of the case (quotes excluded), or when the written mail does not parse back and round-trip.

## Contents

{cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and {auto} customer
out-of-office reply), {replies} support replies, {acks} helpdesk acknowledgements.

{clean} clean cases ({clean_pct} %). Languages: {languages}.
Statuses: {statuses}.

Expected findings: {findings}.
The unanswered questions sit in {uq_cases} cases, the chases in {chased_cases} cases.

Answered questions (not labelled) are answered in the agents' own words: several questions
in one paragraph out of order (p01, p31), two in one sentence (p19, p46), inline under
each quoted line with "Both.", "Ja, ..." or a bare price (p03, p39), with only a figure or a
date range (p06, p48, p26), only a link (p26), an attachment (p03 invoice, p11 reissued
invoice, p17 swatch photo, p45 measuring guide), by a colleague (p17, p18), after a chase
(p04, p20, p25, p35, p38, p41, p47). Deferred with a promise they count only as that promise.

Unanswered questions are the realistic kind: a secondary question or a request made in
passing is skipped while the main point is handled (p02, p11, p16, p22, p37, p42, p45, p47),
two of four or five are skipped in a long mail (p07, p12, p31, p49), a request in a follow-up
mail after the case seemed done (p23) or inside a chase (p38), the agent answers a
neighbouring question (p29: press-stud prices for "can you make it with a zip instead of
press studs?"), a request left behind when the rest is deferred (p09, p14, p25, p44), a
question the agent who took over a handed-over case leaves out (p18).

Not questions (must not be flagged): a pleasantry ("Hope you're all keeping warm down at the
loft?"), a rhetorical question and a self-answered one ("Where would I find our old job
number? Oh, never mind, ...") in p13; questions inside a forwarded survey report of an
HTML-only mail (p15); customer signatures with "Come and try sailing!"/"Fancy a day on the
water?" and `?` URLs (p06, p32); support signatures with "Not sure what you need?" and `?`
URLs; thanks-only mails (p01, p06, p08, p13, p15, p24, p26, p32, p33, p39, p43, p46); a
question in the customer's latest unanswered mail is `awaiting-reply` territory (p05, p27,
p28, p40).

Commitments: kept on time ("come back to you early next week" said on Thursday, kept Monday,
p08; "She'll be in touch tomorrow", kept by the colleague, p17; "I'll send you photos
tomorrow", p33; "je reviens vers vous d'ici jeudi", kept Wednesday, p43), kept late = missed
(p04 "by Wednesday" -> next Monday; p18 "tomorrow" -> a day late, by accounts; p25
"tomorrow" -> a week later; p38 "bis Mittwoch" -> next Monday; p47 "le escribo el lunes" ->
Thursday), never kept (p09 no deadline = two-day window, p14 "by Wednesday", p30 "by Friday",
p34 "by end of day", p36 "on Monday", p44 "je vous l'envoie demain"), a deadline still ahead
at audit time (p21, Tuesday 24 November). Non-promises: courier logistics and "we email you the
tracking number when it leaves the loft" (p24), a conditional delivery date ("if the order
comes in by the end of the month they'll be with you ...", p12), a workshop estimate ("it'll
be done well before the 15th", p35), the acknowledgement's service-hours text (p05, p27).

Chasing: "any news on the genoa quotes?", "I haven't had anything back about this apart from
the automatic reply", "Just checking in on the measuring date" and "I still haven't heard
anything" (p25, twice), "I haven't heard back on the below", "any update on the Merlin jib?",
"ich warte immer noch auf eine Antwort", "Je me permets de vous relancer", "¿Hay alguna
novedad con el presupuesto? Sigo esperando", and a word-for-word resend as a new mail with the
same subject and no threading headers (p20).

Status and timing: awaiting reply (p05, p28, p40), a fresh case on the audit day with only the
acknowledgement (p27), slow first responses (Friday afternoon answered on Monday, p16; p20,
p41 after chases), an explicit close "I'll mark this ticket as resolved" followed by a new
problem in the same thread (p10), "I'm closing this ticket now" (p35), a `[Resolved]` subject
tag followed by a thanks-only mail (p33), three agents on one case (p18).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop (en/de), Outlook on the web,
Outlook for Android, Apple Mail (en/fr), iPhone, Thunderbird (en/de), a club webmail that sends
no Message-ID (p06, `null` in labels with a note); top-posted and inline replies; plain 7bit,
quoted-printable, base64 (p38, p45), multipart/alternative (p12, p31, p40, acknowledgements),
HTML-only (p15, p22); PNG and PDF attachments; a customer out-of-office reply with
`X-Autoreply` (p19); a follow-up that lost its In-Reply-To/References (p23, `Re:` subject
only); a References gap (p18); a resend without threading headers (p20); two customers using
the same subject "Quick question" (p26, p27); replies to one's own mail to chase (p05, p28,
p41).

## Judgement calls

- **Deferral is not an unanswered question** (p04, p08, p09, p14, p17, p21, p25, p30, p33,
  p34, p36, p38, p43, p44, p47): the question deferred with a promise is labelled only through
  `missed-follow-up` when the promise is broken.
- **p44**: the reply defers the quote ("je vous l'envoie demain"); the separate yes/no question
  whether the lazy-bag can be made in anthracite grey is not part of that promise and is never
  addressed - labelled. **p09**, **p14**, **p25** likewise: the colour / measuring date is
  deferred, the separate request (zipped window, clew-ring check, taking the old cover away)
  is not.
- **p18**: Jago's "Lowenna ... will send you the deposit invoice ... tomorrow" is kept by
  Lowenna a day late: missed. The deposit question ("How do you want the 30% deposit paid?")
  is answered by that invoice ("Payment by bank transfer is easiest").
- **p30**: "how long will it take" is addressed by "I'll process it this week" (part of the
  answer and of the promise); the confirmation promised by Friday never comes: missed.
- **p35**: "it'll be done well before the 15th" is a workshop estimate, not a promise to write
  back; it came true (finished on the 11th). The customer's "any update ...? I've not heard
  anything" is a chase.
- **p25**: the first chase carries its own question ("would Wednesday next week work?"),
  answered by "Wednesday 18th works".
- **p38**: the new question inside the chase (shipping the sail back to Kiel in spring) is
  skipped by the reply that answers the rest - labelled, and the chase counts as well.

## Independence

Written from the brief, /work/shared/report-contract.md, tests/eval/README.md,
scripts/mailcraft.py and scripts/make_practice24_corpus.py with tests/test_practice24_corpus.py
(format only; customers, wording and stories are new). Not opened: `happyaudit/`, the README's
sections on method, accuracy and weak points, any other test file, corpus or helper notes.
All labels were fixed before the single evaluation run and none was changed after it.
"""

UNANSWERED: dict[str, list[str]] = {
    "p02-moonraker-sprayhood-windows": [
        "Could you also let me know whether you still stock Sunbrella in Oyster, as we might recover the cockpit cushions to match next year."],
    "p07-rhodes-helford-cover": [
        "Would you be able to collect the old cover from Gweek so you can see how it was made?",
        "Please also send me the care instructions for the acrylic, as I'd like to look after this one properly."],
    "p09-rustler-bimini-colour": [
        "While you're at it, could you add a zipped window in the back panel so we can see the wind vane from the cockpit?"],
    "p11-tidewater-invoice": [
        "Separately, is the 30% deposit on the new mainsail refundable if the owner sells the boat before it's delivered?"],
    "p12-st-mawes-toppers": [
        "do you embroider a club logo, or only print?",
        "can you send a fabric sample to the club first"],
    "p14-oceanis-uv-strip": [
        "Can you also check the clew ring while it's with you?"],
    "p16-portloe-launch-dodger": [
        "Also, do you offer any discount for harbour authorities or other commercial customers?"],
    "p18-rustler-mainsail-handoffs": [
        "could the sail number go on in red rather than black?"],
    "p22-rs200-trailing-cover": [
        "Is it possible to have our sponsor's logo printed on the side?"],
    "p23-dunstan-batten-pocket": [
        "could you replace all the batten tensioners?"],
    "p25-konsort-measuring-date": [
        "Also, can you take the old cover away for disposal when you come?"],
    "p29-halcyon-zip-not-studs": [
        "When you make the new hood, can you make it with a zip along the deck edge instead of press studs?"],
    "p31-samphire-new-owners": [
        "Please quote for a new one in a blue that matches the sprayhood.",
        "Finally, do you offer any kind of winter storage for cushions?"],
    "p37-albrecht-folkeboot-persenning": [
        "Außerdem wäre ich Ihnen dankbar, wenn Sie mir ein paar Stoffmuster zuschicken könnten, damit ich die Farbe in Ruhe aussuchen kann."],
    "p38-krueger-genua-reparatur": [
        "Wir müssten außerdem wissen, ob Sie das Segel im Frühjahr direkt nach Kiel zurückschicken können."],
    "p42-moreau-coulisseaux": [
        "Je voudrais savoir aussi si vous pouvez remplacer les coulisseaux, qui sont très usés, et combien cela coûterait."],
    "p44-lefevre-lazybag-devis": [
        "Et est-ce que le lazy-bag peut être fait en gris anthracite ?"],
    "p45-ortega-toldo-gijon": [
        "¿Podrían también coser el nombre del barco en el toldo?"],
    "p47-ruiz-capota-distribuidor": [
        "Además, ¿pueden enviarnos muestras de los colores de Sunbrella que tienen disponibles?"],
    "p49-trewin-mirror-sails": [
        "Could you also supply a set of battens to go with them?",
        "Oh, and is there any discount for members of the junior section at Restronguet SC?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"PSC-T{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
        refs = o.pop("refs", None)
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True),
                  "refs": [f"{case.name}.{n}" for n in refs] if refs else None}
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=LOFT, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", LOFT),
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
    """Give every message its Message-ID (none when ``msgid`` is False, as an old webmail
    sends it) and its raw bytes, parents first (``mailcraft.render_corpus`` with that one
    difference)."""
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
        if sum(1 for m in c.msgs if not m.message_id) != len([m for m in c.msgs if m.note and not m.message_id]):
            out.append(f"{c.name}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 98: Penhallow Sailmakers & Canvas - cases",
                                 "make_practice98_corpus.py", rows)


def readme_text(cases: list[Case]) -> str:
    """README.md with the corpus statistics computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    clean = sum(1 for c in cases if not c.rules)
    langs = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    lang_n = {k: sum(1 for c in cases if c.lang == k) for k in langs}
    status_n = {k: sum(1 for c in cases if c.status == k) for k in ("closed", "pending", "open")}
    found = {r: sum(c.rules.get(r, 0) for c in cases) for r in RULES}
    return README.format(
        cases=len(cases), messages=len(msgs),
        inbox=sum(1 for m in msgs if m.role in ("customer", "auto")),
        customer=sum(1 for m in msgs if m.role == "customer"),
        auto=sum(1 for m in msgs if m.role == "auto"),
        replies=sum(1 for m in msgs if m.role == "agent"),
        acks=sum(1 for m in msgs if m.role == "ack"),
        clean=clean, clean_pct=round(100 * clean / len(cases)),
        languages=", ".join(f"{langs[k]} {n}" for k, n in lang_n.items()),
        statuses=", ".join(f"{n} {k}" for k, n in status_n.items()),
        findings=", ".join(f"{r} {n}" for r, n in found.items() if n),
        uq_cases=sum(1 for c in cases if c.uq),
        chased_cases=sum(1 for c in cases if c.rules.get("customer-chased")))


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.penhallowcanvas.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme_text(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent}
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
        raise SystemExit("refusing to write tests/practice98:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice98:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice98 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice98")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
