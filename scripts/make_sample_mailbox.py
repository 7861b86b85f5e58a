#!/usr/bin/env python3
"""Regenerate ``sample_mailbox/``: the demo support mailbox of Acme Outdoor Supply.

The mailbox is the project's demo (``happyaudit audit sample_mailbox/``) and the golden-file
fixture for tests audited at ``AS_OF`` (2026-11-20T17:00:00+00:00) with the default settings
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2).

Everything is defined below as data: each message is a raw RFC 5322 header template plus a
body text; the builder adds the threading headers (from ``parent``), the quoted text in the
style of the sender's mail client, mail-client headers and the MIME structure, then writes

* ``sample_mailbox/inbox.mbox``  - what arrived at support (mboxrd: body lines matching
  ``^>*From `` are escaped with one more ``>``),
* ``sample_mailbox/Sent/``       - a Maildir with support's replies (``cur/``) and the helpdesk's
  automatic acknowledgements (``new/``, never marked seen),
* ``sample_mailbox/README.md``   - the per-case table of expected results.

The output is byte-for-byte deterministic: no current time, no randomness, fixed MIME
boundaries (derived from each message's key). Standard library only.

Usage: python scripts/make_sample_mailbox.py [--out DIR] [--check-only]
"""

from __future__ import annotations

import argparse
import email
import email.utils
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import DAYS, addr_of, boundary, encode_part, h

ROOT = Path(__file__).resolve().parent.parent
AS_OF = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)
RESPONSE_TARGET = timedelta(hours=24)
CLOSE_AFTER = timedelta(days=7)
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "acme.example"

# --------------------------------------------------------------------------------------
# Signatures and addresses
# --------------------------------------------------------------------------------------

SAM_ALIAS = "Sam at Acme Support <support@acme.example>"
SAM = "Sam Okafor <sam@acme.example>"
PRIYA = "Priya Nair <priya@acme.example>"
LENA = "Lena Vogel <lena@acme.example>"
MARC = "Marc Dubois <marc@acme.example>"
HELPDESK = "Acme Outdoor Supply <support@acme.example>"

SIG_SAM = """-- 
Sam Okafor
Customer Support | Acme Outdoor Supply
support@acme.example | +1 720 555 0142
https://shop.acme.example"""

SIG_PRIYA = """-- 
Priya Nair
Customer Support & Billing | Acme Outdoor Supply
priya@acme.example | +1 720 555 0157"""

SIG_LENA = """-- 
Lena Vogel
Kundenservice / Customer Support Europe
Acme Outdoor Supply | Lager Köln
lena@acme.example | +49 221 555 0187"""

SIG_MARC = """-- 
Marc Dubois
Service client Europe | Acme Outdoor Supply
marc@acme.example | +33 4 55 50 01 62

Acme Outdoor Supply Europe SARL - Ce message et ses pièces jointes sont
confidentiels et destinés exclusivement à leur destinataire."""

DISCLAIMER_LYNCH = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only
for the named recipient(s) and may contain confidential information. If you
have received it in error, please notify the sender and delete it. Lynch &
Hale Architects LLP accepts no liability for viruses transmitted by e-mail."""

DISCLAIMER_BRIGHTPATH = """This message is intended for the addressee only and may contain confidential
or privileged information. Brightpath Engineering Inc. - Boulder, CO."""

AUTO_ACK_TEXT = """Hello,

Thank you for contacting Acme Outdoor Supply. This is an automatic
confirmation that your message has reached our support team.

Our team is available Monday to Friday, 8:00-18:00 (Mountain Time for the
Americas, Central European Time for Europe), and usually answers within one
business day. Please do not reply to this confirmation; replying to your
original message adds it to the same conversation.

Your reference: {ref}

Acme Outdoor Supply - Customer Support
https://shop.acme.example/help"""

# --------------------------------------------------------------------------------------
# Message model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the sample mailbox; ``kind`` may also be "report" (the bounce). From, To,
    Cc, Subject and Date come from the header template ``hdr`` (set by ``build``)."""

    case: str
    folder: str  # "inbox" | "sent" | "sent-new"
    role: str  # "customer" | "agent" | "auto"
    hdr: str
    thanks_only: bool = False  # customer message that only thanks/acknowledges
    closes: bool = False  # support message that closes the case explicitly
    envelope: str | None = None  # mbox From_ sender, default: the From address
    # filled in by the builder
    headers: list[tuple[str, str]] = field(default_factory=list)


MESSAGES: list[Msg] = []
BY_KEY: dict[str, Msg] = {}


def M(**kw) -> Msg:
    m = Msg(**kw)
    assert m.key not in BY_KEY, m.key
    MESSAGES.append(m)
    BY_KEY[m.key] = m
    return m


# --------------------------------------------------------------------------------------
# Tiny binary attachments (generated, deterministic)
# --------------------------------------------------------------------------------------


def _png(width: int, height: int) -> bytes:
    """A small valid RGB PNG: a grey buckle-ish bar on a green background."""
    def pixel(x: int, y: int) -> tuple[int, int, int]:
        if height // 3 <= y < 2 * height // 3 and 2 <= x < width - 2:
            return (60, 60, 64) if (x + y) % 7 else (200, 40, 40)
        return (74, 120, 64)

    return mailcraft.png(width, height, pixel)


BUCKLE_PNG = _png(24, 16)
INVOICE_PDF = mailcraft.pdf([
    "Acme Outdoor Supply - Invoice INV-2026-0398",
    "Bill to: Lynch & Hale Architects LLP, PO-7731",
    "Order #A-10555: 4 x Cirrus -5 sleeping bag @ USD 179.00",
    "Total USD 716.00 - paid by card on 2026-11-12",
])

# ======================================================================================
# THE CASES
# ======================================================================================
# Times: Denver agents (Sam, Priya) -0700 (MST after 1 Nov), Lena/Marc +0100 (CET).
# as_of = Fri 20 Nov 2026 17:00 UTC.

CASES: list[dict] = []


def case(cid, name, customer, story, status, rules):
    CASES.append(dict(cid=cid, name=name, customer=customer, story=story, status=status, rules=rules))


# --- c01 quote-melbourne: 3 questions, only the price answered ---------------------------
case("c01", "quote-melbourne", "olivia.hart@example.com",
     "Reseller in Melbourne asks price for 50 packs, shipping to Melbourne and lead time; "
     "Sam quotes the price only, then silence.",
     "closed (quiet > 7 d)",
     "unanswered-question x2 (ship to Melbourne?; lead time?)")
M(key="c01-1", case="c01", folder="inbox", role="customer", client="gmail", kind="alt", hdr="""\
From: Olivia Hart <olivia.hart@example.com>
To: support@acme.example
Subject: Quote for 50 Summit 45L backpacks
Date: Tue, 3 Nov 2026 09:12:18 +1100
""", body="""\
Hi Acme team,

I run the buying for Bushwalk Supplies, a small outdoor store in Fitzroy.
We'd like to add the Summit 45L backpack to our range for the summer season.

Could you please let me know the price for 50 units (mixed colours, mostly
Slate and Ember)?
Can you ship them to our shop in Melbourne, Australia?
And what would the lead time be from order to delivery?

Thanks in advance,
Olivia

--
Olivia Hart
Buyer | Bushwalk Supplies Pty Ltd
212 Example Street, Fitzroy VIC 3065
""")
M(key="c01-2", case="c01", folder="sent", role="agent", client="thunderbird", parent="c01-1", hdr=f"""\
From: {SAM_ALIAS}
To: Olivia Hart <olivia.hart@example.com>
Subject: Re: Quote for 50 Summit 45L backpacks
Date: Tue, 3 Nov 2026 08:40:05 -0700
""", body=f"""\
Hi Olivia,

Thanks for thinking of us for Bushwalk Supplies!

For 50 units of the Summit 45L (any mix of Slate, Ember and Moss) we can
offer AUD 179.00 per unit instead of the list price of AUD 229.00, so
AUD 8,950.00 in total, excluding GST. The quote is valid until 30 November.

Just reply to this email if you'd like to go ahead.

Best regards,
Sam

{SIG_SAM}

{{quote}}""")

# --- c02 footprint-ignored: follow-up question ignored ---------------------------------
case("c02", "footprint-ignored", "daniel.price@example.net",
     "Asks when order ships (answered); second mail asks for the tracking number AND whether "
     "the tent includes a footprint; Priya sends tracking only.",
     "closed (quiet > 7 d)",
     "unanswered-question (footprint included?)")
M(key="c02-1", case="c02", folder="inbox", role="customer", client="thunderbird", hdr="""\
From: Daniel Price <daniel.price@example.net>
To: support@acme.example
Subject: Order #A-10482 – when will it ship?
Date: Mon, 9 Nov 2026 08:05:33 -0500
""", body="""\
Hello,

I ordered a Trailhead 2P tent on Saturday (order #A-10482) and the status
still says "processing". When will it ship? I need it by the 20th for a
trip to the Smokies.

Thanks,
Daniel Price
""")
M(key="c02-2", case="c02", folder="sent", role="agent", client="thunderbird", parent="c02-1", hdr=f"""\
From: {PRIYA}
To: Daniel Price <daniel.price@example.net>
Subject: Re: Order #A-10482 – when will it ship?
Date: Mon, 9 Nov 2026 09:30:12 -0700
""", body=f"""\
Hi Daniel,

Your order #A-10482 is packed and ships tomorrow (Tuesday) with ground
shipping, which takes 3-5 business days to Tennessee - so it will be with
you well before the 20th. The carrier emails the tracking link once the
parcel is scanned.

Kind regards,
Priya

{SIG_PRIYA}

{{quote}}""")
M(key="c02-3", case="c02", folder="inbox", role="customer", client="thunderbird", parent="c02-2", hdr="""\
From: Daniel Price <daniel.price@example.net>
To: Priya Nair <priya@acme.example>
Cc: support@acme.example
Subject: Re: Order #A-10482 – when will it ship?
Date: Tue, 10 Nov 2026 19:40:09 -0500
""", body="""\
Thanks Priya, good to hear.

I haven't received the tracking email yet - could you send me the tracking
number?

One more question: does the Trailhead 2P come with a footprint, or do I
need to order the footprint separately? I'd rather not find out at the
campsite.

Daniel

{quote}""")
M(key="c02-4", case="c02", folder="sent", role="agent", client="thunderbird", parent="c02-3", hdr=f"""\
From: {PRIYA}
To: Daniel Price <daniel.price@example.net>
Subject: Re: Order #A-10482 – when will it ship?
Date: Wed, 11 Nov 2026 08:15:47 -0700
""", body=f"""\
Hi Daniel,

Sure - your tracking number is AC1048200917. The parcel left our Denver
warehouse yesterday afternoon and is currently in Kansas City; estimated
delivery is Friday 13 November.

Have a great trip!
Priya

{SIG_PRIYA}

{{quote}}""")

# --- c03 warehouse-friday: "get back to you by Friday", nothing follows -----------------
case("c03", "warehouse-friday", "grace.liu@mailbox.example",
     "Rain fly missing from a tent; Sam: \"I'll check with the warehouse and get back to you "
     "by Friday\" (Fri 13 Nov) - no further support mail.",
     "closed (quiet > 7 d)",
     "missed-follow-up (deadline Fri 13 Nov)")
M(key="c03-1", case="c03", folder="inbox", role="customer", client="apple", hdr="""\
From: Grace Liu <grace.liu@mailbox.example>
To: support@acme.example
Subject: Rain fly missing – order #A-10517
Date: Tue, 10 Nov 2026 07:50:26 -0800
""", body="""\
Hello,

Our Trailhead 3P (order #A-10517) arrived yesterday, but the rain fly was
not in the box - only the inner tent, poles and stakes. The packing slip
lists the fly as included.

We are leaving for a trip on the 21st. Could you please look into it?

Thank you,
Grace Liu
""")
M(key="c03-2", case="c03", folder="sent", role="agent", client="thunderbird", parent="c03-1", hdr=f"""\
From: {SAM}
To: Grace Liu <grace.liu@mailbox.example>
Subject: Re: Rain fly missing – order #A-10517
Date: Tue, 10 Nov 2026 10:05:51 -0700
""", body=f"""\
Hi Grace,

I'm sorry about that - a tent without its fly is no use in the rain.

Yes, I'm looking into it. Some Trailhead 3P units were packed in two
parcels last week, so the fly may simply be travelling separately. I'll
check with the warehouse and get back to you by Friday.

Best,
Sam

{SIG_SAM}

{{quote}}""")

# --- c04 wholesale-silence: "we'll sort out a wholesale price", three weeks of silence ----
case("c04", "wholesale-silence", "ben@ridgewayoutfitters.example",
     "Shop asks for minimum order quantities and says it needs trade pricing (HTML-only "
     "mail); Marc answers the MOQ and promises \"we'll sort out a wholesale price for you\" - nothing for three weeks. Ben's "
     "vacation auto-reply (X-Autoreply/Precedence) is not a customer message.",
     "closed (quiet > 7 d)",
     "missed-follow-up (no deadline: 2-day window)")
M(key="c04-1", case="c04", folder="inbox", role="customer", client="owa", kind="html", hdr="""\
From: Ben Carter <ben@ridgewayoutfitters.example>
To: support@acme.example
Subject: Wholesale enquiry - Ridgeway Outfitters
Date: Wed, 28 Oct 2026 10:20:44 +0000
""", body="""\
Dear Acme team,

We run an independent outdoor shop in Keswick (Lake District) and would
like to stock the Summit 45L backpack and the Trailhead 2P tent from the
spring.

Could you tell us your minimum order quantities per product? We would of
course need trade pricing to make the numbers work for a small shop.

Many thanks,
Ben Carter
Owner, Ridgeway Outfitters
""")
M(key="c04-2", case="c04", folder="sent", role="agent", client="apple", parent="c04-1", hdr=f"""\
From: {MARC}
To: Ben Carter <ben@ridgewayoutfitters.example>
Subject: Re: Wholesale enquiry - Ridgeway Outfitters
Date: Wed, 28 Oct 2026 15:45:02 +0100
""", body=f"""\
Dear Ben,

Thank you for your interest in stocking Acme - the Lake District is a
great fit for our packs and tents.

Our minimum order is 10 units per product (colours can be mixed), shipped
from our warehouse in Cologne.

We don't publish a wholesale price list, but we'll sort out a wholesale
price for you: I am discussing your volumes with our sales manager and will
come back to you with the figures.

Kind regards,
Marc

{SIG_MARC}

{{quote}}""")
M(key="c04-3", case="c04", folder="inbox", role="auto", client="plainserver", parent="c04-2", hdr="""\
From: Ben Carter <ben@ridgewayoutfitters.example>
To: Marc Dubois <marc@acme.example>
Subject: Out of office: Re: Wholesale enquiry - Ridgeway Outfitters
Date: Wed, 28 Oct 2026 14:45:09 +0000
X-Autoreply: yes
Precedence: auto_reply
""", body="""\
Thank you for your email. I am at the Outdoor Trade Show in Harrogate until
Monday 2 November with limited access to email. I will reply when I am
back. For urgent shop matters please ring the shop on 017687 555 010.

Ben Carter
Ridgeway Outfitters
""")

# --- c05 repair-kept: commitment kept, customer thanks -----------------------------------
case("c05", "repair-kept", "ethan.brooks@mailbox.example",
     "Broken zipper; Priya promises an answer \"tomorrow\" and delivers the next day; the "
     "customer's \"Great, thanks\" does not reopen anything.",
     "pending", "clean")
M(key="c05-1", case="c05", folder="inbox", role="customer", client="gmail", kind="alt", hdr="""\
From: Ethan Brooks <ethan.brooks@mailbox.example>
To: support@acme.example
Subject: Broken zipper on Summit 45L
Date: Mon, 16 Nov 2026 08:30:40 -0600
""", body="""\
Hi,

The main compartment zipper slider on my Summit 45L came off today - the
pack is about two months old (this one:
https://shop.acme.example/products/summit-45l?color=slate&ref=email).

Is this covered by the warranty?

Ethan
""")
M(key="c05-2", case="c05", folder="sent", role="agent", client="thunderbird", parent="c05-1", hdr=f"""\
From: {PRIYA}
To: Ethan Brooks <ethan.brooks@mailbox.example>
Subject: Re: Broken zipper on Summit 45L
Date: Mon, 16 Nov 2026 09:10:22 -0700
""", body=f"""\
Hi Ethan,

Sorry to hear that! Yes, zippers are covered by our 2-year warranty.

Our repair partner can often replace just the slider, otherwise we swap
the pack. I'll check with them which applies here and get back to you
tomorrow.

Best,
Priya

{SIG_PRIYA}

{{quote}}""")
M(key="c05-3", case="c05", folder="sent", role="agent", client="thunderbird", parent="c05-2", hdr=f"""\
From: {PRIYA}
To: Ethan Brooks <ethan.brooks@mailbox.example>
Subject: Re: Broken zipper on Summit 45L
Date: Tue, 17 Nov 2026 10:20:05 -0700
""", body=f"""\
Hi Ethan,

As promised: our repair partner can replace the slider free of charge;
the repair takes about a week including return shipping.

Here is your prepaid return label (RMA-2231):
https://returns.acme.example/label?rma=RMA-2231

Please empty the pack and send it without the hip-belt pouches.

Best,
Priya

{SIG_PRIYA}

{{quote}}""")
M(key="c05-4", case="c05", folder="inbox", role="customer", client="gmail", kind="alt", parent="c05-3",
  thanks_only=True, hdr="""\
From: Ethan Brooks <ethan.brooks@mailbox.example>
To: Priya Nair <priya@acme.example>
Subject: Re: Broken zipper on Summit 45L
Date: Tue, 17 Nov 2026 12:02:17 -0600
""", body="""\
Great, thanks Priya! Dropping it off tomorrow.

Ethan

{quote}""")

# --- c06 buckle-any-update: customer chases -------------------------------------------
case("c06", "buckle-any-update", "jturner@example.org",
     "Broken buckle (auto-ack, then Sam asks for a photo - PNG attachment); four days of "
     "silence; \"Any update on this?\"; Sam sends a replacement.",
     "pending", "customer-chased")
M(key="c06-1", case="c06", folder="inbox", role="customer", client="iphone", hdr="""\
From: Jake Turner <jturner@example.org>
To: support@acme.example
Subject: Hip belt buckle snapped
Date: Wed, 11 Nov 2026 18:40:03 -0500
""", body="""\
Hi, the hip belt buckle on my Summit 45L snapped on the first hike,
just clicking it shut. Can you send me a replacement buckle?

Jake

Sent from my iPhone""")
M(key="c06-2", case="c06", folder="sent-new", role="auto", client="helpdesk", kind="alt", parent="c06-1", hdr=f"""\
From: {HELPDESK}
To: Jake Turner <jturner@example.org>
Subject: [ACME-48213] We received your message: Hip belt buckle snapped
Date: Wed, 11 Nov 2026 16:40:05 -0700
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
""", body=AUTO_ACK_TEXT.format(ref="ACME-48213"))
M(key="c06-3", case="c06", folder="sent", role="agent", client="thunderbird", parent="c06-1", hdr=f"""\
From: {SAM_ALIAS}
To: Jake Turner <jturner@example.org>
Subject: Re: Hip belt buckle snapped
Date: Thu, 12 Nov 2026 08:05:10 -0700
""", body=f"""\
Hi Jake,

Sorry about that - the buckle should easily survive a lot more than one hike.

Could you send us a photo of the broken buckle and your order number?
That tells us which buckle version you have.

Best,
Sam

{SIG_SAM}

{{quote}}""")
M(key="c06-4", case="c06", folder="inbox", role="customer", client="iphone", parent="c06-3",
  attach=[("image/png", "IMG_4127.png", BUCKLE_PNG)], hdr="""\
From: Jake Turner <jturner@example.org>
To: Sam at Acme Support <support@acme.example>
Subject: Re: Hip belt buckle snapped
Date: Thu, 12 Nov 2026 12:30:44 -0500
""", body="""\
Photo attached. Order is #A-10561.

Sent from my iPhone

{quote}""")
M(key="c06-5", case="c06", folder="inbox", role="customer", client="iphone", parent="c06-4", hdr="""\
From: Jake Turner <jturner@example.org>
To: Sam at Acme Support <support@acme.example>
Subject: Re: Hip belt buckle snapped
Date: Mon, 16 Nov 2026 09:10:31 -0500
""", body="""\
Any update on this? I sent the photo on Thursday.

Sent from my iPhone

{quote}""")
M(key="c06-6", case="c06", folder="sent", role="agent", client="thunderbird", parent="c06-5", hdr=f"""\
From: {SAM_ALIAS}
To: Jake Turner <jturner@example.org>
Subject: Re: Hip belt buckle snapped
Date: Mon, 16 Nov 2026 08:45:29 -0700
""", body=f"""\
Hi Jake,

Sorry for the wait, and thanks for the photo - that's the older 38 mm
buckle. A replacement buckle (plus a spare) went out this morning by
first-class mail, tracking AC1056100422. It slides on without tools.

Best,
Sam

{SIG_SAM}

{{quote}}""")

# --- c07 club-discount-last-week: chased after a week, slow first response ---------------
case("c07", "club-discount-last-week", "aisha.rahman@mailbox.example",
     "Trekking club asks about a club discount; no reply for a week; \"Just following up on my "
     "email from last week\"; Priya answers everything.",
     "closed (quiet > 7 d)", "customer-chased, slow-first-response")
M(key="c07-1", case="c07", folder="inbox", role="customer", client="gmail", kind="alt", hdr="""\
From: Aisha Rahman <aisha.rahman@mailbox.example>
To: support@acme.example
Subject: Discount for our trekking club
Date: Thu, 5 Nov 2026 10:14:37 +0530
""", body="""\
Hello,

I coordinate the Western Ghats Trekking Club in Pune. We want to buy 12
Cirrus -5 sleeping bags for our members before the Himalaya trip in
February.

Do you offer a discount for clubs? And do you ship to India?

Regards,
Aisha Rahman
""")
M(key="c07-2", case="c07", folder="inbox", role="customer", client="gmail", kind="alt", parent="c07-1", hdr="""\
From: Aisha Rahman <aisha.rahman@mailbox.example>
To: support@acme.example
Subject: Re: Discount for our trekking club
Date: Thu, 12 Nov 2026 09:30:02 +0530
""", body="""\
Hello,

Just following up on my email from last week - could you let me know
about the club discount and shipping to India? We need to place the
order this month.

Regards,
Aisha

{quote}""")
M(key="c07-3", case="c07", folder="sent", role="agent", client="thunderbird", parent="c07-2", hdr=f"""\
From: {PRIYA}
To: Aisha Rahman <aisha.rahman@mailbox.example>
Subject: Re: Discount for our trekking club
Date: Thu, 12 Nov 2026 08:20:55 -0700
""", body=f"""\
Dear Aisha,

My apologies for the slow reply - your first email was filed under the
wrong queue.

Yes, registered clubs get 10% off orders of 10 or more items; use the code
CLUB10 at checkout. We ship to India by air freight, 7-10 days; import
duties are paid by the recipient on delivery.

Kind regards,
Priya

{SIG_PRIYA}

{{quote}}""")

# --- c08 resend-stove: the same request sent again -----------------------------------
case("c08", "resend-stove", "liam.oconnor@example.net",
     "Asks for a return label; resends the same request the next day as a NEW message with "
     "the same subject (no In-Reply-To); Lena replies 30 h after the first mail.",
     "pending", "customer-chased, slow-first-response")
M(key="c08-1", case="c08", folder="inbox", role="customer", client="outlook", kind="alt", hdr="""\
From: Liam O'Connor <liam.oconnor@example.net>
To: support@acme.example
Subject: Return of Basecamp stove - order #A-10588
Date: Mon, 16 Nov 2026 11:00:21 +0000
""", body="""\
Hello,

I would like to return the Basecamp stove from order #A-10588. It is
unused and still in the original box - we were given one as a present.

Please send me a return label.

Kind regards,
Liam O'Connor
""")
M(key="c08-2", case="c08", folder="inbox", role="customer", client="outlook", kind="alt", hdr="""\
From: Liam O'Connor <liam.oconnor@example.net>
To: support@acme.example
Subject: Return of Basecamp stove - order #A-10588
Date: Tue, 17 Nov 2026 15:30:48 +0000
""", body="""\
Resending in case my previous email didn't come through.

Hello,

I would like to return the Basecamp stove from order #A-10588. It is
unused and still in the original box - we were given one as a present.

Please send me a return label.

Kind regards,
Liam O'Connor
""")
M(key="c08-3", case="c08", folder="sent", role="agent", client="thunderbird", parent="c08-2", hdr=f"""\
From: {LENA}
To: Liam O'Connor <liam.oconnor@example.net>
Subject: Re: Return of Basecamp stove - order #A-10588
Date: Tue, 17 Nov 2026 18:05:14 +0100
""", body=f"""\
Dear Liam,

Sorry for the delay - both of your emails arrived, we were just behind.

Here is your prepaid return label for the Basecamp stove:
https://returns.acme.example/label?rma=RMA-2240

Refunds (here USD 69.00) are issued automatically to the original card
when a return is checked in at the warehouse.

Best regards,
Lena

{SIG_LENA}

{{quote}}""")

# --- c09 autoack-only: only the helpdesk answered ------------------------------------
case("c09", "autoack-only", "kenji.mori@example.org",
     "Pre-order question; the helpdesk auto-acknowledgement is the only reply.",
     "open", "awaiting-reply (no human reply at all, so no slow-first-response)")
M(key="c09-1", case="c09", folder="inbox", role="customer", client="gmail", kind="alt", hdr="""\
From: Kenji Mori <kenji.mori@example.org>
To: support@acme.example
Subject: Trailhead 2P in Moss green - back in stock?
Date: Wed, 18 Nov 2026 21:15:09 +0900
""", body="""\
Hello,

The Trailhead 2P in Moss green has been sold out for a few weeks. When do
you expect it back in stock, and is it possible to pre-order one?

I am planning a trip to Hokkaido in March.

Best regards,
Kenji Mori
""")
M(key="c09-2", case="c09", folder="sent-new", role="auto", client="helpdesk", kind="alt", parent="c09-1", hdr=f"""\
From: {HELPDESK}
To: Kenji Mori <kenji.mori@example.org>
Subject: [ACME-48390] We received your message: Trailhead 2P in Moss green - back in stock?
Date: Wed, 18 Nov 2026 05:15:12 -0700
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
""", body=AUTO_ACK_TEXT.format(ref="ACME-48390"))

# --- c10 botas-talla (es): latest customer mail unanswered -----------------------------
case("c10", "botas-talla (es)", "lucia.martin@example.es",
     "Spanish: size exchange for boots, Priya answers in Spanish; Lucía's follow-up "
     "(boots sent back - when will size 39 arrive?) is unanswered since Tue 17 Nov.",
     "open", "awaiting-reply")
M(key="c10-1", case="c10", folder="inbox", role="customer", client="gmail_es", kind="alt", hdr="""\
From: Lucía Martín <lucia.martin@example.es>
To: support@acme.example
Subject: Cambio de talla – botas Ridgeline (pedido #A-10574)
Date: Fri, 13 Nov 2026 10:05:16 +0100
""", body="""\
Hola:

Compré las botas Ridgeline en talla 38 (pedido #A-10574), pero me quedan
pequeñas. ¿Puedo cambiarlas por la talla 39? ¿Cómo hago la devolución?

Muchas gracias,
Lucía Martín
""")
M(key="c10-2", case="c10", folder="sent", role="agent", client="gmail_es", kind="alt", parent="c10-1", hdr=f"""\
From: {PRIYA}
To: Lucía Martín <lucia.martin@example.es>
Subject: Re: Cambio de talla – botas Ridgeline (pedido #A-10574)
Date: Fri, 13 Nov 2026 08:30:40 -0700
""", body=f"""\
Hola Lucía:

¡Claro que sí! El cambio de talla es gratuito. Aquí tiene la etiqueta de
devolución prepagada:
https://returns.acme.example/label?rma=RMA-2236

Envíe las botas en su caja original. El cambio a la talla 39 se tramita
en cuanto el almacén de Colonia registra la devolución.

Un saludo,
Priya

{SIG_PRIYA}

{{quote}}""")
M(key="c10-3", case="c10", folder="inbox", role="customer", client="gmail_es", kind="alt", parent="c10-2", hdr="""\
From: Lucía Martín <lucia.martin@example.es>
To: Priya Nair <priya@acme.example>
Subject: Re: Cambio de talla – botas Ridgeline (pedido #A-10574)
Date: Tue, 17 Nov 2026 19:20:35 +0100
""", body="""\
Hola Priya:

Envié las botas el lunes con la etiqueta (seguimiento ES-7741-0093).
¿Podrían confirmarme que les han llegado y cuándo recibiré la talla 39?
Las necesito para una excursión el 28 de noviembre.

Gracias,
Lucía

{quote}""")

# --- c11 reopened-headlamp: explicit close, then a real new problem --------------------
case("c11", "reopened-headlamp", "owen.fletcher@example.org",
     "Headlamp won't charge; fix works; Sam: \"I'll mark this ticket as resolved\"; 12 days "
     "later the headlamp dies after 20 minutes; Sam sends a replacement.",
     "pending", "reopened")
M(key="c11-1", case="c11", folder="inbox", role="customer", client="gmail", kind="alt", hdr="""\
From: Owen Fletcher <owen.fletcher@example.org>
To: support@acme.example
Subject: Lumen 400 headlamp not charging
Date: Tue, 3 Nov 2026 19:30:12 -0500
""", body="""\
Hi there,

My Lumen 400 headlamp (bought in September) doesn't charge anymore. The
red light comes on for a second when I plug it in and then nothing. What
can I do?

Owen
""")
M(key="c11-2", case="c11", folder="sent", role="agent", client="thunderbird", parent="c11-1", hdr=f"""\
From: {SAM_ALIAS}
To: Owen Fletcher <owen.fletcher@example.org>
Subject: Re: Lumen 400 headlamp not charging
Date: Wed, 4 Nov 2026 08:15:38 -0700
""", body=f"""\
Hi Owen,

That usually means the battery controller went into protection mode.
Please try this:

1. Unplug the lamp and hold the power button for 10 seconds.
2. Charge it with a plain USB-A charger (not a fast charger) for 3 hours.

The red light should then stay on while it charges.

Best,
Sam

{SIG_SAM}

{{quote}}""")
M(key="c11-3", case="c11", folder="inbox", role="customer", client="gmail", kind="alt", parent="c11-2",
  thanks_only=True, hdr="""\
From: Owen Fletcher <owen.fletcher@example.org>
To: Sam at Acme Support <support@acme.example>
Subject: Re: Lumen 400 headlamp not charging
Date: Wed, 4 Nov 2026 18:02:44 -0500
""", body="""\
That worked, thanks! It's charging now.

Owen

{quote}""")
M(key="c11-4", case="c11", folder="sent", role="agent", client="thunderbird", parent="c11-3",
  closes=True, hdr=f"""\
From: {SAM_ALIAS}
To: Owen Fletcher <owen.fletcher@example.org>
Subject: Re: Lumen 400 headlamp not charging
Date: Thu, 5 Nov 2026 08:00:19 -0700
""", body=f"""\
Hi Owen,

Glad to hear it! I'll mark this ticket as resolved. Enjoy the long nights.

Best,
Sam

{SIG_SAM}

{{quote}}""")
M(key="c11-5", case="c11", folder="inbox", role="customer", client="gmail", kind="alt", parent="c11-4", hdr="""\
From: Owen Fletcher <owen.fletcher@example.org>
To: Sam at Acme Support <support@acme.example>
Subject: Re: Lumen 400 headlamp not charging
Date: Tue, 17 Nov 2026 20:45:50 -0500
""", body="""\
Hi Sam,

Sorry to open this again. The headlamp charges now, but it no longer holds
the charge: on the medium setting it dies after about 20 minutes (it used
to last 6 hours). The reset trick doesn't help this time.

Can I send it in for a replacement?

Owen

{quote}""")
M(key="c11-6", case="c11", folder="sent", role="agent", client="thunderbird", parent="c11-5", hdr=f"""\
From: {SAM_ALIAS}
To: Owen Fletcher <owen.fletcher@example.org>
Subject: Re: Lumen 400 headlamp not charging
Date: Wed, 18 Nov 2026 08:30:27 -0700
""", body=f"""\
Hi Owen,

Sorry it's acting up again - that's a worn battery cell, covered by the
warranty. You don't need to send it in: a new Lumen 400 went out to you
this morning (tracking AC1040300871). Please recycle the old one at any
battery drop-off point.

Best,
Sam

{SIG_SAM}

{{quote}}""")

# --- c12 scout-tents-handoffs: three agents -------------------------------------------
case("c12", "scout-tents-handoffs", "hannah.whitfield@pinehollowscouts.example.org",
     "Group order of 8 tents; quote from Sam, invoice from Priya, delivery date from Lena "
     "(3 distinct agents); each answer prompt and complete; ends with thanks.",
     "closed (quiet > 7 d)", "many-handoffs (3 agents > limit 2)")
M(key="c12-1", case="c12", folder="inbox", role="customer", client="outlook", kind="alt", hdr="""\
From: Hannah Whitfield <hannah.whitfield@pinehollowscouts.example.org>
To: support@acme.example
Subject: Group order: 8 Trailhead 3P tents
Date: Mon, 9 Nov 2026 10:00:55 -0600
""", body="""\
Hello,

Pine Hollow Scout Group would like to buy 8 Trailhead 3P tents for our
winter camp. Could you please send us a quote for 8 tents, including any
group discount?

Thank you,
Hannah Whitfield
Quartermaster, Pine Hollow Scout Group
""")
M(key="c12-2", case="c12", folder="sent", role="agent", client="thunderbird", parent="c12-1", hdr=f"""\
From: {SAM}
To: Hannah Whitfield <hannah.whitfield@pinehollowscouts.example.org>
Subject: Re: Group order: 8 Trailhead 3P tents
Date: Mon, 9 Nov 2026 10:40:16 -0700
""", body=f"""\
Hi Hannah,

Happy to help the Pine Hollow scouts! Quote for 8 Trailhead 3P tents:

  8 x USD 289.00         USD 2,312.00
  Group discount 10%     - USD 231.20
  Shipping               free
  Total                  USD 2,080.80

If that works for you, just confirm and we can set up the order.

Best,
Sam

{SIG_SAM}

{{quote}}""")
M(key="c12-3", case="c12", folder="inbox", role="customer", client="outlook", kind="alt", parent="c12-2", hdr="""\
From: Hannah Whitfield <hannah.whitfield@pinehollowscouts.example.org>
To: Sam Okafor <sam@acme.example>
Cc: support@acme.example
Subject: RE: Group order: 8 Trailhead 3P tents
Date: Tue, 10 Nov 2026 09:15:03 -0600
""", body="""\
Hi Sam,

Confirmed, thank you! Our treasurer needs an invoice made out to "Pine
Hollow Scout Group" with our tax-exempt number TX-EX-40912 before she can
pay. Can you send us one?

Hannah

{quote}""")
M(key="c12-4", case="c12", folder="sent", role="agent", client="thunderbird", parent="c12-3", hdr=f"""\
From: {PRIYA}
To: Hannah Whitfield <hannah.whitfield@pinehollowscouts.example.org>
Cc: Sam Okafor <sam@acme.example>
Subject: Re: Group order: 8 Trailhead 3P tents
Date: Tue, 10 Nov 2026 10:05:41 -0700
""", body=f"""\
Hi Hannah,

I look after billing, so Sam passed this on to me. Your invoice
INV-2026-0412 (made out to Pine Hollow Scout Group, tax-exempt number
TX-EX-40912, no sales tax) is ready to download here:
https://billing.acme.example/invoices/INV-2026-0412

Payment by bank transfer or card, details are on the invoice.

Kind regards,
Priya

{SIG_PRIYA}

{{quote}}""")
M(key="c12-5", case="c12", folder="inbox", role="customer", client="outlook", kind="alt", parent="c12-4", hdr="""\
From: Hannah Whitfield <hannah.whitfield@pinehollowscouts.example.org>
To: Priya Nair <priya@acme.example>
Cc: support@acme.example
Subject: RE: Group order: 8 Trailhead 3P tents
Date: Thu, 12 Nov 2026 08:40:27 -0600
""", body="""\
Hi Priya,

Our treasurer paid the invoice this morning. Will the tents arrive before
our camp starts on December 4?

Hannah

{quote}""")
M(key="c12-6", case="c12", folder="sent", role="agent", client="thunderbird", parent="c12-5", hdr=f"""\
From: {LENA}
To: Hannah Whitfield <hannah.whitfield@pinehollowscouts.example.org>
Cc: Priya Nair <priya@acme.example>
Subject: Re: Group order: 8 Trailhead 3P tents
Date: Thu, 12 Nov 2026 16:20:08 +0100
""", body=f"""\
Hi Hannah,

I coordinate our shipments. Your payment has arrived, thank you. Yes, the
tents will be there well before December 4: the courier collects the
pallet from our Denver warehouse on Monday 16 November, and delivery to
you takes 3-5 business days.

Best regards,
Lena

{SIG_LENA}

{{quote}}""")
M(key="c12-7", case="c12", folder="inbox", role="customer", client="outlook", kind="alt", parent="c12-6",
  thanks_only=True, hdr="""\
From: Hannah Whitfield <hannah.whitfield@pinehollowscouts.example.org>
To: Lena Vogel <lena@acme.example>
Cc: support@acme.example
Subject: RE: Group order: 8 Trailhead 3P tents
Date: Thu, 12 Nov 2026 10:05:12 -0600
""", body="""\
Perfect, thank you all for the quick help!

Hannah

{quote}""")

# --- c13 question-winter: "Question" #1 -----------------------------------------------
case("c13", "question-winter", "emma.walsh@mailbox.example",
     "Subject \"Question\" (1 of 2): is the Trailhead 2P OK for winter? Answered the same day.",
     "closed (quiet > 7 d)", "clean")
M(key="c13-1", case="c13", folder="inbox", role="customer", client="iphone", hdr="""\
From: Emma Walsh <emma.walsh@mailbox.example>
To: support@acme.example
Subject: Question
Date: Thu, 12 Nov 2026 07:45:58 -0500
""", body="""\
Hi! Is the Trailhead 2P warm enough for winter camping in Vermont? We'd
go in January, probably -10 C at night.

Thanks, Emma

Sent from my iPhone""")
M(key="c13-2", case="c13", folder="sent", role="agent", client="thunderbird", parent="c13-1", hdr=f"""\
From: {SAM}
To: Emma Walsh <emma.walsh@mailbox.example>
Subject: Re: Question
Date: Thu, 12 Nov 2026 08:30:21 -0700
""", body=f"""\
Hi Emma,

The Trailhead 2P is a 3-season tent: its mesh inner is great in summer
but lets too much cold air and spindrift in for a Vermont January. For
-10 C and possible snow load we recommend the Basecamp 4S, our 4-season
tent (USD 449), together with a sleeping bag rated to at least -15 C.

Best,
Sam

{SIG_SAM}

{{quote}}""")

# --- c14 question-pickup: "Question" #2 -----------------------------------------------
case("c14", "question-pickup", "tobias.reed@example.net",
     "Subject \"Question\" (2 of 2, different customer): can I pick up at the warehouse? "
     "Answered within 18 h.",
     "pending", "clean")
M(key="c14-1", case="c14", folder="inbox", role="customer", client="outlook", kind="alt", hdr="""\
From: Tobias Reed <tobias.reed@example.net>
To: support@acme.example
Subject: Question
Date: Tue, 17 Nov 2026 14:10:36 -0700
""", body="""\
Hello,

Can I pick up my order #A-10602 at your Denver warehouse instead of
having it shipped? I live 15 minutes away.

Thanks,
Tobias Reed
""")
M(key="c14-2", case="c14", folder="sent", role="agent", client="thunderbird", parent="c14-1", hdr=f"""\
From: {PRIYA}
To: Tobias Reed <tobias.reed@example.net>
Subject: Re: Question
Date: Wed, 18 Nov 2026 08:05:44 -0700
""", body=f"""\
Hi Tobias,

Yes, of course. I've switched order #A-10602 to pickup and refunded the
USD 9.90 shipping fee. It's ready now at our warehouse, 4800 Example
Parkway, Denver, Monday-Friday 9:00-17:00. Please bring your order
confirmation or a photo ID.

Kind regards,
Priya

{SIG_PRIYA}

{{quote}}""")

# --- c15 invoice-lost-headers: Outlook RE: without In-Reply-To, a bounce ----------------
case("c15", "invoice-lost-headers", "m.lynch@lynchhale.example.com",
     "Invoice request; Sam's reply bounces for the CC'd accounts address (bounce = automatic); "
     "the customer's \"RE:\" has no In-Reply-To/References but belongs here by subject; "
     "Sam sends the corrected invoice (PDF).",
     "pending", "clean")
M(key="c15-1", case="c15", folder="inbox", role="customer", client="outlook", kind="alt", hdr="""\
From: Margaret Lynch <m.lynch@lynchhale.example.com>
To: support@acme.example
Subject: Invoice for order #A-10555
Date: Mon, 16 Nov 2026 09:00:07 -0500
""", body=f"""\
Hello,

Could you please send an invoice for order #A-10555 made out to our
company, Lynch & Hale Architects LLP, with our tax ID 84-0000312? Please
copy our accounts payable team at ap@lynchhale.example.com.

Best regards,
Margaret Lynch
Office Manager | Lynch & Hale Architects LLP

{DISCLAIMER_LYNCH}
""")
M(key="c15-2", case="c15", folder="sent", role="agent", client="thunderbird", parent="c15-1", hdr=f"""\
From: {SAM_ALIAS}
To: Margaret Lynch <m.lynch@lynchhale.example.com>
Cc: ap@lynchhale.example.com
Subject: Re: Invoice for order #A-10555
Date: Mon, 16 Nov 2026 08:50:33 -0700
""", body=f"""\
Hello Margaret,

The invoice for order #A-10555, made out to Lynch & Hale Architects LLP
with tax ID 84-0000312, is ready in your account under Orders > #A-10555 >
Invoice, and I've copied your accounts payable team on this email.

Best regards,
Sam

{SIG_SAM}

{{quote}}""")
M(key="c15-3", case="c15", folder="inbox", role="auto", client="bounce", kind="report", parent="c15-2",
  thread=False, envelope="MAILER-DAEMON", hdr="""\
From: Mail Delivery System <MAILER-DAEMON@mx.acme.example>
To: support@acme.example
Subject: Undelivered Mail Returned to Sender
Date: Mon, 16 Nov 2026 15:50:41 +0000
Auto-Submitted: auto-replied
""", body="""\
This is the mail system at host mx.acme.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ap@lynchhale.example.com>: host mx1.lynchhale.example.com[192.0.2.25] said:
    550 5.1.1 <ap@lynchhale.example.com>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""")
M(key="c15-4", case="c15", folder="inbox", role="customer", client="outlook", kind="alt", parent="c15-2",
  thread=False, hdr="""\
From: Margaret Lynch <m.lynch@lynchhale.example.com>
To: Sam at Acme Support <support@acme.example>
Subject: RE: Invoice for order #A-10555
Date: Tue, 17 Nov 2026 10:30:15 -0500
""", body=f"""\
Hi Sam,

Thank you. Two things, sorry: the accounts payable address is actually
accounts-payable@lynchhale.example.com (the short one no longer exists).
And our accounts team asks whether the invoice can also show our purchase
order number PO-7731. Could you send them the updated invoice directly?

Best regards,
Margaret

{DISCLAIMER_LYNCH}

{{quote}}""")
M(key="c15-5", case="c15", folder="sent", role="agent", client="thunderbird", parent="c15-4",
  attach=[("application/pdf", "Invoice_INV-2026-0398_A-10555.pdf", INVOICE_PDF)], hdr=f"""\
From: {SAM_ALIAS}
To: Margaret Lynch <m.lynch@lynchhale.example.com>
Cc: accounts-payable@lynchhale.example.com
Subject: Re: Invoice for order #A-10555
Date: Tue, 17 Nov 2026 09:10:02 -0700
""", body=f"""\
Hello Margaret,

No problem at all. Attached is the updated invoice INV-2026-0398 with
purchase order PO-7731, and this time it goes directly to
accounts-payable@lynchhale.example.com (in copy).

Best regards,
Sam

{SIG_SAM}

{{quote}}""")

# --- c16 double-charge-refs-gap: "she'll be in touch", kept; References gap -------------
case("c16", "double-charge-refs-gap", "ingrid.halvorsen@example.org",
     "Double charge; Sam hands over: \"Priya in billing - she'll be in touch later today\" "
     "(kept the same day); the customer's reply omits Sam's message from References. "
     "2 agents = within the handoff limit.",
     "closed (quiet > 7 d)", "clean")
M(key="c16-1", case="c16", folder="inbox", role="customer", client="gmail", kind="alt", hdr="""\
From: Ingrid Halvorsen <ingrid.halvorsen@example.org>
To: support@acme.example
Subject: Charged twice for order #A-10529
Date: Wed, 4 Nov 2026 09:20:48 -0500
""", body="""\
Hello,

My credit card was charged twice for order #A-10529 - two charges of
USD 212.40 on November 2. Could you please refund the duplicate charge?

Thank you,
Ingrid Halvorsen
""")
M(key="c16-2", case="c16", folder="sent", role="agent", client="thunderbird", parent="c16-1", hdr=f"""\
From: {SAM_ALIAS}
To: Ingrid Halvorsen <ingrid.halvorsen@example.org>
Cc: Priya Nair <priya@acme.example>
Subject: Re: Charged twice for order #A-10529
Date: Wed, 4 Nov 2026 08:05:26 -0700
""", body=f"""\
Hello Ingrid,

Sorry about the double charge. I've passed this to Priya in our billing
team - she'll be in touch later today once she has checked the payment
records.

Best,
Sam

{SIG_SAM}

{{quote}}""")
M(key="c16-3", case="c16", folder="sent", role="agent", client="thunderbird", parent="c16-2", hdr=f"""\
From: {PRIYA}
To: Ingrid Halvorsen <ingrid.halvorsen@example.org>
Subject: Re: Charged twice for order #A-10529
Date: Wed, 4 Nov 2026 13:40:59 -0700
""", body=f"""\
Hello Ingrid,

I've checked: the second charge was a duplicate card authorisation. I
refunded USD 212.40 to your card today; depending on your bank it shows
within 3-5 business days.

Kind regards,
Priya

{SIG_PRIYA}

{{quote}}""")
M(key="c16-4", case="c16", folder="inbox", role="customer", client="gmail", kind="alt", parent="c16-3",
  refs=["c16-1", "c16-3"], hdr="""\
From: Ingrid Halvorsen <ingrid.halvorsen@example.org>
To: Priya Nair <priya@acme.example>
Subject: Re: Charged twice for order #A-10529
Date: Thu, 5 Nov 2026 07:55:03 -0500
""", body="""\
Hi Priya,

Thank you, I can see the refund as pending on my statement. Will I also
get an email receipt for the refund? I need it for my expense report.

Ingrid

{quote}""")
M(key="c16-5", case="c16", folder="sent", role="agent", client="thunderbird", parent="c16-4", hdr=f"""\
From: {PRIYA}
To: Ingrid Halvorsen <ingrid.halvorsen@example.org>
Subject: Re: Charged twice for order #A-10529
Date: Thu, 5 Nov 2026 09:10:37 -0700
""", body=f"""\
Hi Ingrid,

Yes - the refund receipt is generated automatically, but it went to your
old email address on file. I've updated the address and re-sent the
receipt (RF-2026-1187) to this one just now.

Kind regards,
Priya

{SIG_PRIYA}

{{quote}}""")

# --- c17 oesterreich (de): answer in different words -----------------------------------
case("c17", "oesterreich (de)", "katharina.huber@mailbox.example",
     "German: \"Liefern Sie auch nach Österreich?\" - Lena: \"Ja, wir versenden in alle "
     "EU-Länder, Österreich eingeschlossen\" (answer in other words); thanks-only reply.",
     "closed (quiet > 7 d)", "clean")
M(key="c17-1", case="c17", folder="inbox", role="customer", client="gmail_de", kind="alt", hdr="""\
From: Katharina Huber <katharina.huber@mailbox.example>
To: support@acme.example
Subject: Lieferung nach Österreich?
Date: Wed, 11 Nov 2026 20:15:29 +0100
""", body="""\
Guten Abend,

ich würde gerne den Summit 45L Rucksack in der Farbe Moss bestellen.
Liefern Sie auch nach Österreich? Ich wohne in Innsbruck.

Viele Grüße
Katharina Huber
""")
M(key="c17-2", case="c17", folder="sent", role="agent", client="thunderbird_de", parent="c17-1", hdr=f"""\
From: {LENA}
To: Katharina Huber <katharina.huber@mailbox.example>
Subject: Re: Lieferung nach Österreich?
Date: Thu, 12 Nov 2026 09:05:17 +0100
""", body=f"""\
Hallo Frau Huber,

ja, wir versenden in alle EU-Länder, Österreich eingeschlossen. Ihre
Bestellung geht aus unserem Lager in Köln raus und ist in 3-5 Werktagen in
Innsbruck; der Versand kostet 6,90 EUR, ab 150 EUR Bestellwert ist er
kostenlos.

Viele Grüße
Lena Vogel

{SIG_LENA}

{{quote}}""")
M(key="c17-3", case="c17", folder="inbox", role="customer", client="gmail_de", kind="alt", parent="c17-2",
  thanks_only=True, hdr="""\
From: Katharina Huber <katharina.huber@mailbox.example>
To: Lena Vogel <lena@acme.example>
Subject: Re: Lieferung nach Österreich?
Date: Thu, 12 Nov 2026 10:12:40 +0100
""", body="""\
Super, vielen Dank für die schnelle Antwort!

Katharina

{quote}""")

# --- c18 softshell-reklamation (de): slow first response despite auto-ack ---------------
case("c18", "softshell-reklamation (de)", "j.weiss@example.de",
     "German: torn seam, mail on Friday evening; auto-ack at once (does not count); Lena's "
     "first human reply Monday morning (61 h); thanks-only reply.",
     "closed (quiet > 7 d)", "slow-first-response")
M(key="c18-1", case="c18", folder="inbox", role="customer", client="thunderbird_de", hdr="""\
From: Jürgen Weiß <j.weiss@example.de>
To: support@acme.example
Subject: Reklamation: Naht an der Ridge Softshell-Jacke gerissen
Date: Fri, 6 Nov 2026 19:40:11 +0100
""", body="""\
Guten Abend,

bei meiner Ridge Softshell-Jacke (Größe L, Bestellung #A-10498) ist nach
drei Wochen die Naht unter dem linken Arm auf etwa 5 cm aufgegangen.
Können Sie die Jacke reparieren oder umtauschen?

Mit freundlichen Grüßen
Jürgen Weiß
""")
M(key="c18-2", case="c18", folder="sent-new", role="auto", client="helpdesk", kind="alt", parent="c18-1", hdr=f"""\
From: {HELPDESK}
To: Jürgen Weiß <j.weiss@example.de>
Subject: [ACME-48102] We received your message: Reklamation: Naht an der Ridge Softshell-Jacke gerissen
Date: Fri, 6 Nov 2026 18:40:14 +0000
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
""", body=AUTO_ACK_TEXT.format(ref="ACME-48102"))
M(key="c18-3", case="c18", folder="sent", role="agent", client="thunderbird_de", parent="c18-1", hdr=f"""\
From: {LENA}
To: Jürgen Weiß <j.weiss@example.de>
Subject: Re: Reklamation: Naht an der Ridge Softshell-Jacke gerissen
Date: Mon, 9 Nov 2026 09:15:46 +0100
""", body=f"""\
Guten Morgen Herr Weiß,

das tut mir leid - eine Naht darf nach drei Wochen nicht aufgehen. Wir
tauschen die Jacke selbstverständlich um: Eine neue Jacke in Größe L ist
heute an Sie rausgegangen (Sendungsnummer AC1049800233).

Die defekte Jacke schicken Sie bitte mit diesem kostenlosen Retourenschein
an unser Lager in Köln:
https://returns.acme.example/label?rma=RMA-2219

Mit freundlichen Grüßen
Lena Vogel

{SIG_LENA}

{{quote}}""")
M(key="c18-4", case="c18", folder="inbox", role="customer", client="thunderbird_de", parent="c18-3",
  thanks_only=True, hdr="""\
From: Jürgen Weiß <j.weiss@example.de>
To: Lena Vogel <lena@acme.example>
Subject: Re: Reklamation: Naht an der Ridge Softshell-Jacke gerissen
Date: Mon, 9 Nov 2026 12:03:28 +0100
""", body="""\
Vielen Dank, Frau Vogel, das hilft mir sehr. Die alte Jacke schicke ich
morgen zurück.

Jürgen Weiß

{quote}""")

# --- c19 taille-veste (fr): answered promptly -----------------------------------------
case("c19", "taille-veste (fr)", "camille.lefevre@example.fr",
     "French: which size, and does the jacket run small? Marc answers both in French.",
     "pending", "clean")
M(key="c19-1", case="c19", folder="inbox", role="customer", client="apple_fr", kind="alt", hdr="""\
From: Camille Lefèvre <camille.lefevre@example.fr>
To: support@acme.example
Subject: Question sur la taille – veste Ridge Softshell
Date: Mon, 16 Nov 2026 14:05:52 +0100
""", body="""\
Bonjour,

Je souhaite commander la veste Ridge Softshell pour femme. Je mesure
1,68 m pour 60 kg : quelle taille me conseillez-vous ? Est-ce que la
coupe taille petit ?

Merci d'avance,
Camille Lefèvre
""")
M(key="c19-2", case="c19", folder="sent", role="agent", client="apple_fr", kind="alt", parent="c19-1", hdr=f"""\
From: {MARC}
To: Camille Lefèvre <camille.lefevre@example.fr>
Subject: Re: Question sur la taille – veste Ridge Softshell
Date: Mon, 16 Nov 2026 16:30:18 +0100
""", body=f"""\
Bonjour Camille,

Pour 1,68 m et 60 kg, je vous conseille la taille S. La coupe est
ajustée mais ne taille pas petit : la taille S laisse la place pour une
polaire fine en dessous. Si vous préférez porter une doudoune dessous,
prenez plutôt la M.

Bien cordialement,
Marc

{SIG_MARC}

{{quote}}""")

# --- c20 tentstok (nl): closed by keyword label ---------------------------------------
case("c20", "tentstok (nl)", "sanne.devries@example.nl",
     "Dutch (Outlook for Android, base64 body): spare tent pole? Lena answers in Dutch; the "
     "conversation carries the mailbox keyword X-Keywords: $Closed.",
     "closed (keyword $Closed; would be pending otherwise)", "clean")
M(key="c20-1", case="c20", folder="inbox", role="customer", client="android", cte="base64", hdr="""\
From: Sanne de Vries <sanne.devries@example.nl>
To: support@acme.example
Subject: Vervangende tentstok voor Trailhead 3P
Date: Tue, 17 Nov 2026 10:10:08 +0100
X-Keywords: $Closed
""", body="""\
Hallo,

Eén van de stokken van mijn Trailhead 3P is tijdens een storm in de
Ardennen gebroken (de lange kruisstok). Kan ik een losse stok bestellen,
en wat kost dat?

Groeten,
Sanne de Vries

Verzonden vanuit Outlook voor Android""")
M(key="c20-2", case="c20", folder="sent", role="agent", client="thunderbird_nl", parent="c20-1", hdr=f"""\
From: {LENA}
To: Sanne de Vries <sanne.devries@example.nl>
Subject: Re: Vervangende tentstok voor Trailhead 3P
Date: Tue, 17 Nov 2026 11:45:33 +0100
""", body=f"""\
Hallo Sanne,

Jazeker. Een losse kruisstok voor de Trailhead 3P kost 14,50 EUR inclusief
verzending naar Nederland. Je kunt hem hier bestellen:
https://shop.acme.example/nl/onderdelen/trailhead-3p-kruisstok

Veel kampeerplezier!
Lena

{SIG_LENA}

{{quote}}""")

# --- c21 colour-resolved-thanks: [Resolved] tag + "Thanks, that's perfect!" -------------
case("c21", "colour-resolved-thanks", "chloe.bennett@mailbox.example",
     "Wrong colour delivered; swapped; drop-off question answered in a \"[Resolved]\" reply "
     "that marks the case resolved; the customer's \"Thanks, that's perfect!\" does not "
     "reopen it.",
     "closed (explicit)", "clean")
M(key="c21-1", case="c21", folder="inbox", role="customer", client="gmail", kind="alt", hdr="""\
From: Chloe Bennett <chloe.bennett@mailbox.example>
To: support@acme.example
Subject: Wrong colour delivered – order #A-10593
Date: Fri, 13 Nov 2026 09:30:21 -0800
""", body="""\
Hi,

I ordered the Summit 45L in Slate (order #A-10593) but received the Ember
(orange) one. It's a gift, so the colour matters - can you swap it?

Thanks,
Chloe
""")
M(key="c21-2", case="c21", folder="sent", role="agent", client="thunderbird", parent="c21-1", hdr=f"""\
From: {PRIYA}
To: Chloe Bennett <chloe.bennett@mailbox.example>
Subject: Re: Wrong colour delivered – order #A-10593
Date: Fri, 13 Nov 2026 11:00:09 -0700
""", body=f"""\
Hi Chloe,

So sorry about the mix-up! A Slate Summit 45L went out to you today by
express shipping (tracking AC1059300118), arriving Monday. The return
label for the orange one is printed on the back of the packing slip.

Best,
Priya

{SIG_PRIYA}

{{quote}}""")
M(key="c21-3", case="c21", folder="inbox", role="customer", client="gmail", kind="alt", parent="c21-2", hdr="""\
From: Chloe Bennett <chloe.bennett@mailbox.example>
To: Priya Nair <priya@acme.example>
Subject: Re: Wrong colour delivered – order #A-10593
Date: Mon, 16 Nov 2026 08:15:47 -0800
""", body="""\
Hi Priya,

The Slate one arrived this morning, thank you! Can I drop the orange one
off at a parcel shop instead of booking a pickup?

Chloe

{quote}""")
M(key="c21-4", case="c21", folder="sent", role="agent", client="thunderbird", parent="c21-3",
  closes=True, hdr=f"""\
From: {PRIYA}
To: Chloe Bennett <chloe.bennett@mailbox.example>
Subject: [Resolved] Re: Wrong colour delivered – order #A-10593
Date: Mon, 16 Nov 2026 10:30:52 -0700
""", body=f"""\
Hi Chloe,

Yes, any parcel shop of our courier accepts it with that label - no
booking needed. I'll mark this ticket as resolved; if anything else comes
up, just write to us.

Best,
Priya

{SIG_PRIYA}

{{quote}}""")
M(key="c21-5", case="c21", folder="inbox", role="customer", client="gmail", kind="alt", parent="c21-4",
  thanks_only=True, hdr="""\
From: Chloe Bennett <chloe.bennett@mailbox.example>
To: Priya Nair <priya@acme.example>
Subject: Re: [Resolved] Re: Wrong colour delivered – order #A-10593
Date: Mon, 16 Nov 2026 19:02:26 -0800
""", body="""\
Thanks, that's perfect!

{quote}""")

# --- c22 summit-inline: answers inline under each question ------------------------------
case("c22", "summit-inline", "rob.lindqvist@example.com",
     "Three product questions; Sam answers inline under each quoted question (22 h later).",
     "closed (quiet > 7 d)", "clean")
M(key="c22-1", case="c22", folder="inbox", role="customer", client="thunderbird", hdr="""\
From: Rob Lindqvist <rob.lindqvist@example.com>
To: support@acme.example
Subject: Questions about the Summit 45L
Date: Mon, 2 Nov 2026 11:30:04 -0500
""", body="""\
Hi,

I'm choosing a pack for a mix of hut trips and business travel.
From my experience with my old pack, a few things matter a lot:

Does the Summit 45L have a laptop sleeve, and would a 15" laptop fit?

Is a rain cover included, or is it sold separately?

Is it small enough to count as carry-on luggage on most airlines?

Thanks,
Rob Lindqvist
""")
M(key="c22-2", case="c22", folder="sent", role="agent", client="thunderbird", hdr=f"""\
From: {SAM}
To: Rob Lindqvist <rob.lindqvist@example.com>
Subject: Re: Questions about the Summit 45L
Date: Tue, 3 Nov 2026 08:15:40 -0700
""", parent="c22-1", body=f"""\
Hi Rob,

Good questions - answers below.

On 11/2/26 9:30 AM, Rob Lindqvist wrote:
> Does the Summit 45L have a laptop sleeve, and would a 15" laptop fit?

Yes. The padded sleeve against the back panel takes laptops up to 15.6"
(max. 36 x 25 cm).

> Is a rain cover included, or is it sold separately?

It's included - it lives in the zipped pocket at the bottom of the pack.

> Is it small enough to count as carry-on luggage on most airlines?

Yes, at 55 x 35 x 23 cm with the hip belt tucked away it meets the usual
carry-on limits. A few budget airlines allow less, so check yours.

Best,
Sam

{SIG_SAM}""")

# --- c23 address-change-ooo: out-of-office after the answer ---------------------------
case("c23", "address-change-ooo", "marta.kowalski@brightpath.example.com",
     "Delivery address change done within 80 min; the customer's Outlook out-of-office "
     "(Auto-Submitted, HTML-only) arrives after the answer and is not a customer message.",
     "pending", "clean")
M(key="c23-1", case="c23", folder="inbox", role="customer", client="outlook", kind="alt", hdr="""\
From: Marta Kowalski <marta.kowalski@brightpath.example.com>
To: support@acme.example
Subject: Change delivery address for order #A-10611
Date: Wed, 18 Nov 2026 09:00:26 -0700
""", body=f"""\
Hello,

Could you please deliver order #A-10611 (4 x Cirrus -5 sleeping bags) to
our office instead of the warehouse address?

Brightpath Engineering Inc.
Attn. Marta Kowalski
1200 Example Avenue, Suite 300
Boulder, CO 80302

Thank you,
Marta Kowalski
Office & Facilities | Brightpath Engineering Inc.

{DISCLAIMER_BRIGHTPATH}
""")
M(key="c23-2", case="c23", folder="sent", role="agent", client="thunderbird", parent="c23-1", hdr=f"""\
From: {PRIYA}
To: Marta Kowalski <marta.kowalski@brightpath.example.com>
Subject: Re: Change delivery address for order #A-10611
Date: Wed, 18 Nov 2026 10:20:15 -0700
""", body=f"""\
Hello Marta,

Done - order #A-10611 now goes to Brightpath Engineering, 1200 Example
Avenue, Suite 300, Boulder. The courier delivers it on Friday.

Kind regards,
Priya

{SIG_PRIYA}

{{quote}}""")
M(key="c23-3", case="c23", folder="inbox", role="auto", client="outlook", kind="html", parent="c23-2", hdr="""\
From: Marta Kowalski <marta.kowalski@brightpath.example.com>
To: Priya Nair <priya@acme.example>
Subject: Automatic reply: Re: Change delivery address for order #A-10611
Date: Wed, 18 Nov 2026 10:20:31 -0700
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
""", body="""\
Thank you for your message. I am out of the office until Monday,
November 23, with limited access to email.

For facilities matters please contact reception@brightpath.example.com.

Marta Kowalski
""")

# --- c24 jacket-sizing: explicitly closed; c25 its follow-up with a new subject ---------
case("c24", "jacket-sizing", "nora.lindgren@mailbox.example",
     "Sizing advice from Marc, who marks the ticket as resolved.",
     "closed (explicit)", "clean")
M(key="c24-1", case="c24", folder="inbox", role="customer", client="apple", kind="alt", hdr="""\
From: Nora Lindgren <nora.lindgren@mailbox.example>
To: support@acme.example
Subject: Sizing for the Ridge softshell jacket
Date: Tue, 27 Oct 2026 08:10:19 -0400
""", body="""\
Hello,

I'm between sizes: 172 cm, chest 94 cm, and I like to wear a fleece
underneath. Should I take the M or the L of the Ridge softshell jacket?

Thank you,
Nora
""")
M(key="c24-2", case="c24", folder="sent", role="agent", client="apple", parent="c24-1",
  closes=True, hdr=f"""\
From: {MARC}
To: Nora Lindgren <nora.lindgren@mailbox.example>
Subject: Re: Sizing for the Ridge softshell jacket
Date: Tue, 27 Oct 2026 15:40:44 +0100
""", body=f"""\
Hello Nora,

With a 94 cm chest and a fleece underneath, the M is the right choice: it
fits chests up to 98 cm with a mid layer, and the sleeves are cut long.
The L would be loose at the hem.

I'll mark this ticket as resolved - if you have any other question, just
send us a new email.

Kind regards,
Marc

{SIG_MARC}

{{quote}}""")

case("c25", "wrong-size-new-subject", "nora.lindgren@mailbox.example",
     "Same customer as c24, new mail with a new subject three weeks later (new case, not a "
     "reopen of c24); only the auto-ack so far, 15.5 h before as_of.",
     "open", "clean (within the 24 h target)")
M(key="c25-1", case="c25", folder="inbox", role="customer", client="apple", kind="alt", hdr="""\
From: Nora Lindgren <nora.lindgren@mailbox.example>
To: support@acme.example
Subject: Wrong size delivered – order #A-10603
Date: Thu, 19 Nov 2026 20:30:37 -0500
""", body="""\
Hello,

Marc recommended size M for the Ridge softshell jacket last month, so I
ordered the M (order #A-10603) - but the parcel contained an L. The label
on the bag says M, the jacket itself says L.

How can I exchange it for the correct size?

Thank you,
Nora Lindgren
""")
M(key="c25-2", case="c25", folder="sent-new", role="auto", client="helpdesk", kind="alt", parent="c25-1", hdr=f"""\
From: {HELPDESK}
To: Nora Lindgren <nora.lindgren@mailbox.example>
Subject: [ACME-48455] We received your message: Wrong size delivered – order #A-10603
Date: Thu, 19 Nov 2026 18:30:40 -0700
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
""", body=AUTO_ACK_TEXT.format(ref="ACME-48455"))

# --- c26 tarp-no-message-id: a customer mail without Message-ID -----------------------
case("c26", "tarp-no-message-id", "felix.hartmann@example.com",
     "Two rounds about a tarp; the customer's second mail has no Message-ID header (old "
     "client) but keeps In-Reply-To; both questions answered within hours.",
     "pending", "clean")
M(key="c26-1", case="c26", folder="inbox", role="customer", client="thunderbird", hdr="""\
From: Felix Hartmann <felix.hartmann@example.com>
To: support@acme.example
Subject: Ridgeline tarp - how many guy lines?
Date: Thu, 19 Nov 2026 11:05:13 +1100
""", body="""\
Hello,

How many guy lines and stakes come with the Ridgeline 3x3 tarp? I want to
pitch it as an A-frame between two trees.

Regards,
Felix
""")
M(key="c26-2", case="c26", folder="sent", role="agent", client="thunderbird", parent="c26-1", hdr=f"""\
From: {LENA}
To: Felix Hartmann <felix.hartmann@example.com>
Subject: Re: Ridgeline tarp - how many guy lines?
Date: Thu, 19 Nov 2026 08:20:41 +0100
""", body=f"""\
Hello Felix,

The Ridgeline 3x3 comes with 6 reflective guy lines (4 x 2 m, 2 x 4 m) and
8 aluminium stakes - enough for an A-frame with a ridgeline between two
trees plus the four corners.

Best regards,
Lena

{SIG_LENA}

{{quote}}""")
M(key="c26-3", case="c26", folder="inbox", role="customer", client="oldclient", parent="c26-2", msgid=False, hdr="""\
From: Felix Hartmann <felix.hartmann@example.com>
To: Lena Vogel <lena@acme.example>
Subject: Re: Ridgeline tarp - how many guy lines?
Date: Thu, 19 Nov 2026 20:40:55 +1100
""", body="""\
Thanks Lena. And is the 4 m line long enough for the ridgeline itself,
or should I buy a separate 10 m cord for that?

Felix

{quote}""")
M(key="c26-4", case="c26", folder="sent", role="agent", client="thunderbird", parent="c26-2", hdr=f"""\
From: {LENA}
To: Felix Hartmann <felix.hartmann@example.com>
Subject: Re: Ridgeline tarp - how many guy lines?
Date: Thu, 19 Nov 2026 11:35:06 +0100
""", body=f"""\
Hello Felix,

For the ridgeline itself you need more than 4 m - between two trees
typically 8-12 m. Our 10 m Dyneema cord (EUR 12.90) is the usual choice;
the two 4 m lines are meant for the tarp's ends.

Best regards,
Lena

{SIG_LENA}""")

# ======================================================================================
# Builder (the rendering itself is in mailcraft.py)
# ======================================================================================

CLIENT_HEADERS = {
    "gmail": [],
    "gmail_de": [],
    "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "Accept-Language: en-US",
                "Content-Language: en-US", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "Content-Language: en-GB",
            "X-MS-Has-Attach: ", "X-Originating-IP: [198.51.100.23]"],
    "android": ["X-Mailer: Outlook for Android", "Content-Language: nl-NL"],
    "apple": ["X-Mailer: Apple Mail (2.3826.200.121)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.200.121)"],
    "iphone": ["X-Mailer: iPhone Mail (22B83)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird", "Content-Language: de-DE"],
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird", "Content-Language: nl"],
    "oldclient": ["X-Mailer: The Bat! (v9.4.5) Home"],
    "helpdesk": ["X-Mailer: Acme Helpdesk 4.2"],
    "plainserver": [],
    "bounce": [],
}

PROFILE = mailcraft.Profile(
    support_domain=SUPPORT_DOMAIN,
    client_headers=CLIENT_HEADERS,
    outlook_server="DB9PR0",
    boundary_hex=24,
    gmail_boundary_zeros=12,
    html_sig_break=True,
    html_helpdesk_style="font-family:Arial,sans-serif;font-size:14px;color:#333",
    html_body_open='<body style="word-wrap:break-word">',
    html_body_close="</body>",
)


def parse_hdr(template: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in template.splitlines():
        if not line.strip():
            continue
        if line[0] in " \t":
            name, value = out[-1]
            out[-1] = (name, value + " " + line.strip())
            continue
        name, _, value = line.partition(":")
        out.append((name.strip(), value.strip()))
    return out


def hget(m: Msg, name: str) -> str | None:
    for k, v in m.headers:
        if k.lower() == name.lower():
            return v
    return None


def make_message_id(m: Msg) -> str:
    if m.client == "bounce":
        d = m.date.astimezone(timezone.utc)
        return f"<{d:%Y%m%d%H%M%S}.4Q{h(m.key, 10).upper()}@mx.acme.example>"
    return mailcraft.make_message_id(m, PROFILE)


def mime_body(m: Msg, profile: mailcraft.Profile) -> tuple[list[str], list[str]]:
    """(content headers, body lines) for the whole message; kind "report" is the bounce."""
    if m.kind != "report":
        return mailcraft.mime_body(m, profile)
    b = boundary(m, profile)
    orig = BY_KEY[m.parent]
    rcpt = "ap@lynchhale.example.com"
    arrival = orig.date.astimezone(timezone.utc)
    status = ["Reporting-MTA: dns; mx.acme.example",
              f"X-Postfix-Queue-ID: 4Q{h(m.key, 10).upper()}",
              f"Arrival-Date: {email.utils.format_datetime(arrival)}", "",
              f"Final-Recipient: rfc822; {rcpt}",
              f"Original-Recipient: rfc822;{rcpt}",
              "Action: failed", "Status: 5.1.1",
              "Remote-MTA: dns; mx1.lynchhale.example.com",
              "Diagnostic-Code: smtp; 550 5.1.1 <ap@lynchhale.example.com>: Recipient",
              "    address rejected: User unknown in virtual mailbox table"]
    orig_hdrs = [f"{k}: {v}" for k, v in orig.raw_headers]
    lines = ["This is a MIME-encapsulated message.", "", f"--{b}",
             "Content-Description: Notification",
             *encode_part(m.text, "text/plain", "7bit"), "",
             f"--{b}", "Content-Description: Delivery report",
             "Content-Type: message/delivery-status", "", *status, "",
             f"--{b}", "Content-Description: Undelivered Message Headers",
             "Content-Type: text/rfc822-headers", "", *orig_hdrs, "",
             f"--{b}--"]
    return [f"Content-Type: multipart/report; report-type=delivery-status;\n"
            f" boundary=\"{b}\""], lines


def build(m: Msg) -> bytes:
    m.headers = parse_hdr(m.hdr)
    m.frm, m.to, m.cc, m.subject = (hget(m, k) for k in ("From", "To", "Cc", "Subject"))
    m.date = email.utils.parsedate_to_datetime(hget(m, "Date"))
    m.message_id = make_message_id(m) if m.msgid else None

    lines: list[str] = []
    if m.folder == "inbox":
        _, addr = addr_of(m.frm)
        env = m.envelope or addr
        rp = "<>" if env == "MAILER-DAEMON" else f"<{addr}>"
        domain = addr.rpartition("@")[2]
        recv = (m.date + timedelta(seconds=2 + int(h(m.key, 2), 16) % 9)).astimezone(timezone.utc)
        lines += [f"Return-Path: {rp}", "Delivered-To: support@acme.example"]
        if env == "MAILER-DAEMON":
            lines += ["Received: by mx.acme.example (Postfix)",
                      f"\tid 4Q{h(m.key, 10).upper()}; {email.utils.format_datetime(m.date)}"]
        else:
            lines += [f"Received: from mail.{domain} (mail.{domain} [192.0.2.{10 + int(h(domain, 2), 16) % 200}])",
                      "\tby mx.acme.example (Postfix) with ESMTPS id 4Q" + h(m.key + 'q', 10).upper(),
                      f"\tfor <support@acme.example>; {email.utils.format_datetime(recv)}"]
    return mailcraft.build(m, m.headers, BY_KEY, PROFILE, received=lines, mime=mime_body)


# ======================================================================================
# Writing
# ======================================================================================

def write_all(out: Path) -> dict[str, bytes]:
    raws = {m.key: build(m) for m in MESSAGES}
    arrival = sorted(MESSAGES, key=lambda m: (m.date, m.key))

    tmpdir = Path(tempfile.mkdtemp(prefix="sample_mailbox.", dir=out.parent))
    try:
        (tmpdir / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (m.envelope or addr_of(m.frm)[1], m.date, raws[m.key])
            for m in arrival if m.folder == "inbox"))
        sent = tmpdir / "Sent"
        mailcraft.write_maildir(sent, ((m.date, raws[m.key], m.folder == "sent")
                                       for m in arrival if m.folder.startswith("sent")), "acme")
        (tmpdir / "README.md").write_text(readme(), encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        for name in ("inbox.mbox", "README.md"):
            os.replace(tmpdir / name, out / name)
        if (out / "Sent").exists():
            shutil.rmtree(out / "Sent")
        os.replace(sent, out / "Sent")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return raws


def readme() -> str:
    n_in = sum(m.folder == "inbox" for m in MESSAGES)
    n_cur = sum(m.folder == "sent" for m in MESSAGES)
    n_new = sum(m.folder == "sent-new" for m in MESSAGES)
    rows = []
    for c in CASES:
        rows.append(f"| {c['cid']} | {c['name']} | {c['customer']} | {c['story']} | "
                    f"{c['status']} | {c['rules']} |")
    flagged = sum(not c["rules"].startswith("clean") for c in CASES)
    return f"""\
# Sample mailbox: Acme Outdoor Supply support

The support mailbox of a fictional small outdoor-gear shop, **Acme Outdoor Supply**
(support address `support@acme.example`; agents Sam Okafor `sam@acme.example`, who also
writes as "Sam at Acme Support" `support@acme.example`, Priya Nair `priya@acme.example`,
Lena Vogel `lena@acme.example`, Marc Dubois `marc@acme.example`). A helpdesk robot sends
automatic acknowledgements from `support@acme.example` (`Auto-Submitted: auto-replied`) for
new mail arriving outside business hours. All people, companies and addresses are
invented; domains are example.com/.org/.net, the reserved `.example` TLD and the
placeholder domains example.de/.fr/.es/.nl.

```
happyaudit audit sample_mailbox/
```

- `inbox.mbox` ({n_in} messages) - what arrived at support: customer mail, two
  out-of-office replies and one bounce. mboxrd (`From ` at the start of a body line is
  written as `>From `).
- `Sent/` (Maildir) - support's replies in `cur/` ({n_cur}, flag `S`) and the helpdesk's
  automatic acknowledgements in `new/` ({n_new}). Git does not keep the empty `tmp/`.
- Generated by `scripts/make_sample_mailbox.py` (deterministic; edit the script, not the
  files, and rerun it).

It is also the golden-file fixture: the table gives the expected result of an audit at
**as_of = 2026-11-20T17:00:00+00:00** with the default settings (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2): {len(CASES)} cases,
{flagged} flagged, {len(CASES) - flagged} clean; 15 findings: unanswered-question 3,
missed-follow-up 2, customer-chased 3, awaiting-reply 2, slow-first-response 3, reopened 1,
many-handoffs 1. Automatic mail (acknowledgements, out-of-office replies, the bounce) is
neither a customer message nor a support response.

| # | case | customer | what happens | status at as_of | rules that must fire |
| --- | --- | --- | --- | --- | --- |
{chr(10).join(rows)}

Threading quirks on purpose: c15's customer reply ("RE: ...") has no In-Reply-To or
References; c16's last customer mail omits the middle message from References; c08's resend
is a new message with the same subject and no threading headers; c13 and c14 are two
different customers who both wrote "Question"; c25 is c24's customer writing again with a
new subject (a new case, not a reopen); c26-3 has no Message-ID header (it gets a synthetic,
stable id). Date headers use many offsets (-0800 to +1100); mail clients include Gmail,
Outlook (desktop, web, Android), Apple Mail, iPhone and Thunderbird, with plain, HTML-only and
multipart/alternative bodies in 7bit, quoted-printable and base64, RFC 2047 names and
subjects, and two attachments (a PNG photo in c06, a PDF invoice in c15).

Reading notes for the expected results: c09 has no human reply at all, so it is
`awaiting-reply` but not `slow-first-response` (no first response exists yet); c25 is open
but still inside the 24 h target, so it has no finding. Statements about logistics ("the
courier collects the pallet on Monday", c12) and the auto-acknowledgement's service-hours
text are not commitments.
"""


# ======================================================================================
# Validation
# ======================================================================================


def is_support(addr: str) -> bool:
    return addr.lower().endswith("@" + SUPPORT_DOMAIN)


def expected_facts() -> dict[str, dict]:
    """Recompute timing facts per case from the message metadata (a cross-check of the
    hand-written README table, not the product's logic)."""
    facts = {}
    for c in CASES:
        msgs = sorted((m for m in MESSAGES if m.case == c["cid"]), key=lambda m: m.date)
        cust = [m for m in msgs if m.role == "customer"]
        agent = [m for m in msgs if m.role == "agent"]
        real_cust = [m for m in cust if not m.thanks_only]
        first = cust[0].date
        first_resp = next((a.date for a in agent if a.date > first), None)
        last_agent = agent[-1] if agent else None
        last_cust = real_cust[-1] if real_cust else None
        if last_cust and (not last_agent or last_cust.date > last_agent.date):
            status = "open"
        elif any(a.closes for a in agent) and (not last_cust or max(
                a.date for a in agent if a.closes) > last_cust.date) or any(
                "$Closed" in (hget(m, "X-Keywords") or "") for m in msgs):
            status = "closed (explicit)"
        elif AS_OF - last_agent.date >= CLOSE_AFTER:
            status = "closed (quiet > 7 d)"
        else:
            status = "pending"
        rules = set()
        if first_resp and first_resp - first > RESPONSE_TARGET:
            rules.add("slow-first-response")
        if status == "open" and AS_OF - last_cust.date > RESPONSE_TARGET:
            rules.add("awaiting-reply")
        senders = {addr_of(hget(a, "From"))[1] for a in agent}
        if len(senders) > HANDOFF_LIMIT:
            rules.add("many-handoffs")
        closes = [a.date for a in agent if a.closes]
        if closes and any(m.date > min(closes) for m in real_cust):
            rules.add("reopened")
        facts[c["cid"]] = dict(status=status, rules=rules, first_resp=first_resp and (first_resp - first),
                               senders=senders, n=len(msgs))
    return facts


def validate(out: Path, raws: dict[str, bytes]) -> None:
    problems = []
    # weekday in Date headers, date range, sizes
    lo = datetime(2026, 10, 26, tzinfo=timezone.utc)
    for m in MESSAGES:
        d = hget(m, "Date")
        if not d.startswith(DAYS[m.date.weekday()]):
            problems.append(f"{m.key}: weekday of {d!r} is wrong")
        if not (lo <= m.date < AS_OF):
            problems.append(f"{m.key}: date {m.date} outside range")
        size = len(raws[m.key])
        if not (400 <= size <= 4200):
            problems.append(f"{m.key}: size {size} bytes")

    # parse back the mbox and the Maildir
    inbox, sent = mailcraft.read_back(out / "inbox.mbox", out / "Sent")
    parsed = inbox + sent
    want_in = sum(m.folder == "inbox" for m in MESSAGES)
    if len(inbox) != want_in:
        problems.append(f"mbox has {len(inbox)} messages, expected {want_in}")
    if len(sent) != len(MESSAGES) - want_in:
        problems.append(f"Maildir has {len(sent)} messages")
    ids = [p["Message-ID"] for p in parsed if p["Message-ID"]]
    if len(ids) != len(set(ids)):
        problems.append("duplicate Message-IDs")
    if len(ids) != sum(m.msgid for m in MESSAGES):
        problems.append(f"{len(ids)} Message-IDs parsed")
    problems += mailcraft.parse_problems(parsed)
    # the text parts decode back to the rendered text
    by_id = {p["Message-ID"]: p for p in parsed}
    for m in MESSAGES:
        if not m.msgid or m.kind in ("html", "report"):
            continue
        problem = mailcraft.round_trip_problem(m, by_id[m.message_id], m.folder == "inbox")
        if problem:
            problems.append(problem)
    # README table versus recomputed timing facts
    facts = expected_facts()
    for c in CASES:
        f = facts[c["cid"]]
        base = f["status"].split(" (")[0]
        ok = c["status"].startswith(base)
        if "quiet" in f["status"]:
            ok = ok and "quiet" in c["status"]
        if "explicit" in f["status"]:
            ok = ok and ("explicit" in c["status"] or "keyword" in c["status"])
        if not ok:
            problems.append(f"{c['cid']}: table says {c['status']!r}, timing says {f['status']!r}")
        for rule in ("slow-first-response", "awaiting-reply", "many-handoffs", "reopened"):
            listed = rule in c["rules"] and f"no {rule}" not in c["rules"] and \
                f"so no {rule}" not in c["rules"]
            if listed != (rule in f["rules"]):
                problems.append(f"{c['cid']}: {rule} listed={listed} computed={rule in f['rules']}")

    print(f"inbox.mbox: {len(inbox)} messages; Sent/cur: "
          f"{sum(m.folder == 'sent' for m in MESSAGES)}, Sent/new: "
          f"{sum(m.folder == 'sent-new' for m in MESSAGES)}; total {len(parsed)}")
    print(f"cases: {len(CASES)} ({sum(c['rules'].startswith('clean') for c in CASES)} clean)")
    sizes = sorted(len(r) for r in raws.values())
    print(f"message sizes: {sizes[0]}-{sizes[-1]} bytes")
    for c in CASES:
        f = facts[c["cid"]]
        fr = f["first_resp"]
        frs = f"{fr.total_seconds() / 3600:5.1f} h" if fr else "   -   "
        print(f"  {c['cid']} {c['name']:<28} msgs={f['n']} first={frs} {c['status']:<22} {c['rules']}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("validation OK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "sample_mailbox")
    args = ap.parse_args()
    raws = write_all(args.out)
    validate(args.out, raws)


if __name__ == "__main__":
    main()
