#!/usr/bin/env python3
"""Regenerate ``tests/practice76/``: a labelled corpus of Wrenhurst Saddlery.

A support mailbox of a fictional equestrian tack shop in the English Midlands (new and
second-hand saddles, saddle fitting visits, bridles and bits, turnout and stable rugs, mail
order at home and to Germany, France and Spain, a repairs workshop, trade accounts), written
without looking at the detection heuristics, with many customer questions. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``wrenhurstsaddlery.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and a customer's automatic reply (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains, with its figures.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice76_corpus.py [--out DIR]
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
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "wrenhurstsaddlery.example"
SHOP = "Wrenhurst Saddlery <shop@wrenhurstsaddlery.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "pip": ("Pip Ashcombe <pip@wrenhurstsaddlery.example>", "thunderbird", """-- 
Pip Ashcombe
Shop & Mail Order | Wrenhurst Saddlery
The Old Forge, Market Lane, Wrenhurst WR9 4QT | 01632 960 214
https://wrenhurstsaddlery.example/shop?utm_source=email&utm_medium=signature"""),
    "gareth": ("Gareth Pryce <gareth@wrenhurstsaddlery.example>", "outlook", """Gareth Pryce
Master Saddler | Wrenhurst Saddlery Repairs Workshop
Workshop open Tuesday-Saturday, 9.30-5. Need a repair collected? Ask about our courier service."""),
    "imogen": ("Imogen Thorne <imogen@wrenhurstsaddlery.example>", "iphone", """--
Imogen Thorne | Saddle Fitter, Wrenhurst Saddlery | 07700 900 318

Sent from my iPhone"""),
    "ruth": ("Ruth Caddick <ruth@wrenhurstsaddlery.example>", "outlook", """Ruth Caddick
Accounts, Returns & Refunds | Wrenhurst Saddlery Ltd
Registered in England and Wales no. 04417291. VAT no. GB 318 4452 17.
This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please tell the sender and delete it."""),
    "anke": ("Anke Brinkmann <anke@wrenhurstsaddlery.example>", "thunderbird_de", """-- 
Anke Brinkmann
Kundenservice Deutschland, Österreich, Schweiz | Wrenhurst Saddlery
https://wrenhurstsaddlery.example/de?utm_source=email"""),
    "solene": ("Solène Marchetti <solene@wrenhurstsaddlery.example>", "apple_fr", """Solène Marchetti
Service client France & Belgique | Wrenhurst Saddlery
https://wrenhurstsaddlery.example/fr?ref=signature"""),
    "lucia": ("Lucía Ferrer <lucia@wrenhurstsaddlery.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (España) | Wrenhurst Saddlery
+44 1632 960 229"""),
}
AG = {k: v[0] for k, v in AGENTS.items()}

ACK = {
    "en": """Hello,

Thanks for contacting Wrenhurst Saddlery. This is an automatic reply to let you
know that your message has reached us (reference {ref}).

The shop team answers email Monday to Saturday, 9.30am-5pm, and we will reply
within one working day. Fitting bookings are handled by our fitters, who are
often out on visits during the day.

Wrenhurst Saddlery
https://wrenhurstsaddlery.example/help?ref={ref}""",
}

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
    "oldclient": ["X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9"],
    "helpdesk": ["X-Mailer: Wrenhurst Helpdesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ws.", outlook_server="CWLP26")
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
    return Spec("ack", when, ACK["en"], {})


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
    """The end of ``day`` ("MM-DD") in the UK: a promise "by Friday" is kept on Friday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

YARD_INVOICE_PDF = mailcraft.pdf(["Wrenhurst Saddlery Ltd - Invoice WS-INV-22790",
                                  "Marsh Lane Livery, Marsh Lane, Tenbury Wells WR15 8PL",
                                  "8 x Fellside 200g turnout 6ft6 green, 4 x 6ft9 green",
                                  "12 x GBP 89.99 less 15% yard discount = GBP 917.90 incl. VAT"])
CARE_PDF = mailcraft.pdf(["Wrenhurst Saddlery - Looking after your leather",
                          "1. Wipe off sweat and mud with a damp cloth after every ride.",
                          "2. Soap weekly; oil sparingly, two or three times a year.",
                          "3. Store in a dry, aired tack room - never in a damp trailer."])
RETURNS_PDF = mailcraft.pdf(["Royal Mail Tracked Returns - prepaid label",
                             "To: Wrenhurst Saddlery Returns, The Old Forge, Market Lane",
                             "Wrenhurst WR9 4QT", "Reference RT-50177-WS"])
BRIDLE_RETURNS_PDF = mailcraft.pdf(["Royal Mail Tracked Returns - prepaid label",
                                    "To: Wrenhurst Saddlery Returns, The Old Forge, Market Lane",
                                    "Wrenhurst WR9 4QT", "Reference RT-49711-WS"])
TRADE_PDF = mailcraft.pdf(["Wrenhurst Saddlery Ltd - Trade account application",
                           "Business name, address, VAT number, two trade references",
                           "Terms: monthly invoice, 30 days net",
                           "Return to ruth@wrenhurstsaddlery.example"])
FITTING_PDF = mailcraft.pdf(["Wrenhurst Saddlery - Saddle fitting report",
                             "Horse: Flint, 16.1hh ISH gelding. Owner: Zoe Harcourt",
                             "Saddle: Ashdown GP 17in, tree adjusted M to MW, panels reflocked",
                             "Fitter: Imogen Thorne. Photos on page 2."])
GIRTH_PNG = mailcraft.png(12, 9, lambda x, y: (120 + 6 * x, 80 + 4 * y, 50))
FLAP_PNG = mailcraft.png(10, 10, lambda x, y: (150 - 3 * y, 95 + 2 * x, 60))
SCUFF_PNG = mailcraft.png(14, 9, lambda x, y: (90 + 5 * x, 60 + 3 * y, 40 + x))
SEAM_PNG = mailcraft.png(9, 12, lambda x, y: (70 + 4 * y, 50 + 5 * x, 35))
ELAN_PNG = mailcraft.png(12, 8, lambda x, y: (110 + 4 * x, 70 + 6 * y, 45))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("w01-hollins-ashdown-trial", "en", "closed", {},
      "Becky Hollins <becky.hollins@hollinsfamily.example>", "gmail", "Ashdown GP for a cob",
      "Three questions about a saddle for a cob answered in one paragraph, out of order; thanks-only close.",
      cu("11-02 19:40", """Hi there,

I've been eyeing up the Ashdown GP on your website for my cob, Teasel. A few
questions before I take the plunge:

Does it come in an extra wide fitting? He's built like a sofa.
Would I be able to have it on trial for a week or so?
And what would delivery be to Bude?

Thanks in advance,
Becky"""),
      ag("pip", "11-03 09:25", """Hi Becky,

Teasel sounds like a proper cob! Delivery to anywhere in Cornwall is £15 by
insured courier (free if you collect), and the Ashdown is built on an
adjustable tree, so we can set it from medium right out to XXW - plenty of
room for a sofa. We also do 7-day sale-or-return trials, as long as it's
ridden with a numnah and comes back clean; we just take a card hold for the
full amount while it's with you.

Best wishes,
Pip"""),
      cu("11-03 10:02", """Brilliant, thank you Pip! I'll have a chat with my other half and be in touch.

Becky""", thanks=True)),

    C("w02-marsh-lane-rugs-embroidery", "en", "closed", {"unanswered-question": 1},
      "Harriet Jessop <harriet@marshlanelivery.example>", "outlook", "Yard rugs order",
      "Yard order: price, discount and colours answered, order confirmed with an invoice; the embroidery request is never mentioned.",
      cu("11-04 08:15", """Morning,

We're replacing the yard's rugs before the weather turns properly and I'd like to order twelve of the Fellside 200g turnouts - eight in 6'6 and four in 6'9, all in green if you have them.

What would the price be for twelve, and do you do any sort of discount for yards?

Please could you also embroider the yard initials (MLL) on the chest of each one. Our liveries keep swapping them.

Many thanks,
Harriet Jessop
Yard Manager | Marsh Lane Livery
07700 900412""", uq=1),
      ag("pip", "11-04 11:40", """Hi Harriet,

Lovely to hear from you. The Fellside 200g is £89.99 each, and on yard orders of ten or more we take 15% off, so twelve comes to £917.90 including VAT. Green is in stock in both 6'6 and 6'9 - I checked the warehouse this morning.

If you'd like to go ahead, just reply with the delivery address.

Best wishes,
Pip"""),
      cu("11-04 12:30", """Great, go ahead please - deliver to Marsh Lane Livery, Marsh Lane, Tenbury Wells WR15 8PL.

Harriet"""),
      ag("pip", "11-04 15:10", """Hi Harriet,

All done - invoice attached. They go out on Friday's courier.

Pip""", attach=[("application/pdf", "WS-INV-22790.pdf", YARD_INVOICE_PDF)])),

    C("w03-penhallow-bridle-inline", "en", "closed", {},
      "Kerensa Penhallow <kerensa.penhallow@kernowmail.example>", "thunderbird", "Padded cavesson bridle - sizing",
      "A numbered list of three questions answered inline under each quoted line: a fit opinion, a price, an attachment.",
      cu("11-05 20:10", """Hello,

I'm after a new bridle for my Connemara mare (15.1, quite a chunky head but a
small muzzle) and have a few questions about the Padded Cavesson:

1. Is the cob size noseband going to be too big on her? Her current one is on
the top hole of a pony size.
2. Do you sell the browbands separately? I'd like a wider one with the
clincher detail.
3. Please send me the care instructions for the leather - my last bridle went
green in a fortnight!

Thanks,
Kerensa"""),
      ag("pip", "11-06 09:05", """Hi Kerensa,

On 11/5/26 8:10 PM, Kerensa Penhallow wrote:
> 1. Is the cob size noseband going to be too big on her? Her current one is on
> the top hole of a pony size.

She'll be fine: the cob noseband on that model runs small and has five holes,
so from the top hole of a pony she'd sit in the middle of the cob.

> 2. Do you sell the browbands separately? I'd like a wider one with the
> clincher detail.

We do - the wide clincher browband is £32 in cob, havana or black.

> 3. Please send me the care instructions for the leather - my last bridle went
> green in a fortnight!

Attached. Green usually means lots of oil and then a damp tack room.

Pip""", quote=False, attach=[("application/pdf", "leather-care.pdf", CARE_PDF)])),

    C("w04-loxley-fitting-date", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Amy Loxley <amy.loxley@loxleyhome.example>", "gmail", "Fitting at Ridgeway Stables",
      "Fitter promises a date 'on Friday', sends it the next Tuesday after the customer checks in: kept late = missed.",
      cu("11-03 18:20", """Hi Imogen,

My friend Jess at Ridgeway Stables recommended you. I've got a 7yo warmblood who has changed shape a lot since he came back into work, and his saddle is now bridging. Could you come and do a fitting at Ridgeway, near Wantage? Weekday evenings or Saturday mornings are best for me.

Also, roughly what does a fitting visit cost? And do you bring saddles to try, or is it just a check of the one I've got?

Thanks,
Amy""", to=AG["imogen"]),
      ag("imogen", "11-04 08:10", """Hi Amy,

Thanks for getting in touch - Jess's lot are all lovely. The visit is £45 within 30 miles and Wantage is just inside. I bring a van full of new and second-hand saddles to try, and I'll check and adjust his current one while I'm there.

I'm sorting next week's route at the moment - I'll email you on Friday with a date and time.

Imogen""", promises=[("11-06", 4)]),
      cu("11-09 21:05", """Hi Imogen, just checking in - I haven't heard anything about a date for the fitting yet. Is next week still possible?

Amy""", chase=True),
      ag("imogen", "11-10 07:50", """Hi Amy,

So sorry, Friday ran away with me. Thursday 12th at 5.30pm at Ridgeway? I'll be coming from Faringdon so might be ten minutes either way.

Imogen"""),
      cu("11-10 08:30", """Perfect, see you then!

Amy""", thanks=True)),

    C("w05-lenz-kandare", "de", "closed", {},
      "Friederike Lenz <f.lenz@lenz-reitsport.example>", "gmail_de", "Kandare Wrenhurst Classic - Fragen vor der Bestellung",
      "German rider: shipping to Germany, import duty and noseband size, all answered in one reply; thanks-only close.",
      cu("11-05 21:15", """Guten Abend,

ich interessiere mich für die Kandare "Wrenhurst Classic" (schwarz, Größe Warmblut) und hätte vorher ein paar Fragen:

Liefern Sie nach Deutschland, und wenn ja, was kostet der Versand? Muss ich mit Zollgebühren rechnen? Und fällt der Nasenriemen eher groß aus? Mein Wallach hat einen recht feinen Kopf, bei anderen Marken brauche ich im Nasenriemen oft Vollblut.

Vielen Dank und viele Grüße
Friederike Lenz"""),
      ag("anke", "11-06 08:40", """Guten Morgen Frau Lenz,

vielen Dank für Ihre Anfrage. Wir versenden nach Deutschland mit DPD für 18,50 £, das dauert meist vier bis sechs Werktage. Zoll fällt bei Lederwaren mit Ursprung UK in der Regel keiner an, wohl aber die Einfuhrumsatzsteuer von 19 %. Auf Wunsch liefern wir "verzollt und versteuert", dann kommt bei Ihnen nichts mehr dazu.

Der Nasenriemen fällt tatsächlich großzügig aus. Für einen feinen Kopf stellen wir Ihnen gern Genick in Warmblut und Nasenriemen in Vollblut zusammen, ohne Aufpreis.

Viele Grüße
Anke Brinkmann"""),
      cu("11-06 19:30", """Vielen Dank für die schnelle und ausführliche Antwort, dann bestelle ich so!

Viele Grüße
F. Lenz""", thanks=True), tz=1),

    C("w06-oakapple-pony-club", "en", "pending", {"unanswered-question": 2},
      "Caroline Tresham <dc@oakapplevalepc.example>", "outlook", "Pony Club - raffle, discount and rally",
      "Pony Club asks four things in one paragraph; the reply covers the discount and the catalogues, not the voucher or the rally visit.",
      cu("11-16 12:10", """Dear Wrenhurst team,

I'm the District Commissioner for Oakapple Vale Pony Club. We have about sixty members, most of them riding in tack that has been handed down through three siblings, and I'd like to do something about that this winter. Would you be willing to donate a voucher for our Christmas raffle on 12 December? Do you offer any discount to Pony Club members on presentation of their card? Is there any chance one of your fitters could come along to our rally on Sunday 6 December to do tack checks? Parents would pay for any adjustments, of course.

Please also send us a handful of your winter catalogues for the clubroom.

With best wishes,
Caroline Tresham
District Commissioner, Oakapple Vale Pony Club""", uq=2),
      ag("pip", "11-16 16:45", """Dear Caroline,

Thanks so much for thinking of us. Members get 10% off anything in the shop or online - they just show their card, or use the code PCMEMBER at the checkout. A dozen winter catalogues went in the post to you this afternoon.

Best wishes,
Pip""")),

    C("w07-amphlett-rug-repair", "en", "pending", {},
      "Derek Amphlett <d.amphlett@wyreforest-net.example>", "oldclient", "Rug repair",
      "An old mail client without Message-ID; the repair price and the posting question answered with figures and an address.",
      cu("11-16 10:05", """Dear Sirs

My wife's horse has ripped his turnout rug again, this time a tear of about
eight inches across the shoulder, and both leg straps are gone.

How much would it cost to repair. Also can I post it to you or does it have
to be brought in.

Regards
Derek Amphlett""", msgid=False, note="Derek Amphlett's first mail, from an old client that sets no Message-ID"),
      ag("gareth", "11-16 14:20", """Dear Mr Amphlett,

An eight-inch tear across the shoulder is usually £15-£20 depending on how clean the edges are, and new leg straps are £12 the pair.

Posting is absolutely fine - please wash it first if you can (we charge £10 for heavily soiled rugs) and send it to:
Wrenhurst Saddlery Repairs, The Old Forge, Market Lane, Wrenhurst WR9 4QT
with a note of your phone number.

Kind regards,
Gareth""")),

    C("w08-catterall-half-pad", "en", "closed", {"unanswered-question": 1},
      "Fiona Catterall <fiona.catterall@catterall.example>", "apple", "Bramble's saddle again",
      "A long paragraph with two questions in it; the fitter books a visit and gives the price but never says anything about the half pad.",
      cu("11-02 13:30", """Hi Imogen,

Hope you're well. I've been meaning to write for a few weeks now. Bramble (the little bay mare you fitted in the spring, the one who tried to eat your tape measure) has been off work for most of the summer with a suspensory injury and has lost a lot of topline, and now that she's back in walk work the saddle is definitely rocking at the back and she's started dipping away when I do up the girth, which she never used to. The vet is happy with her legs and says to get the saddle checked before we start trotting in a fortnight. I was wondering whether a half pad would help in the meantime, or whether that would just make it even tighter at the front? She's at the same yard near Hay-on-Wye. Could you let me know when you're next over this way and what a check would cost?

Thanks so much,
Fiona""", to=AG["imogen"], uq=1),
      ag("imogen", "11-02 18:05", """Hi Fiona,

Of course I remember Bramble - and so does my tape measure! I'm in Hay on Tuesday 10th and could see her at 11.30. A check is £45, plus £20 a panel if she needs flocking adjusted.

Imogen"""),
      cu("11-02 18:40", """Tuesday 10th at 11.30 is perfect, see you then.

Fiona""", thanks=True)),

    C("w09-martin-tapis", "fr", "pending", {},
      "Élise Martin <elise.martin@martin-cso.example>", "apple_fr", "Tapis Competition",
      "French show jumper asks about a colour, delivery to France and delivery time; one reply covers all three.",
      cu("11-17 08:20", """Bonjour,

Je monte en CSO en Normandie et je cherche deux tapis de selle pour ma jument.

Est-ce que le tapis « Competition » existe en bleu marine avec passepoil blanc ? Vous livrez en France ? Et combien de temps faut-il compter pour la livraison ?

Merci d'avance et bonne journée,
Élise Martin"""),
      ag("solene", "11-17 10:05", """Bonjour Élise,

Oui, le Competition existe en marine passepoil blanc, en taille cheval comme en taille poney. Nous expédions en France par Colissimo international : 14 £ de port, et comptez cinq à sept jours ouvrés pour la Normandie.

Si vous en prenez deux, je vous offre les frais de port.

Belle journée,
Solène"""), tz=1),

    C("w10-beddoes-navy-rug", "en", "pending", {"unanswered-question": 1},
      "Laura Beddoes <laura.beddoes@beddoes-home.example>", "iphone", "Rug too small - WS-50177",
      "Rug too short: the reply answers a neighbouring question (the 6'3 it already is) and sends a returns label, not whether the 6'6 is in stock.",
      cu("11-17 07:15", """Hi,

The 6'3 navy turnout (order WS-50177) arrived yesterday but it's too short for Maverick, it stops a good hand before his tail. Is the 6'6 in navy in stock? If so I'd like to swap. Also do you have the matching neck cover?

Thanks
Laura

Sent from my iPhone""", uq=1),
      ag("pip", "11-17 11:30", """Hi Laura,

Sorry it's not right for him! The matching neck cover is in stock - £34.99 in navy, cob or full. We've also got the 6'3 navy in stock at the moment if you'd like a spare for the wet days.

Your returns label is attached: pop the rug back in its bag and drop it at any Post Office.

Best wishes,
Pip""", attach=[("application/pdf", "returns-label-WS-50177.pdf", RETURNS_PDF)])),

    C("w11-sallow-farm-girths", "en", "closed", {"unanswered-question": 1},
      "Owen Parry <owen@sallowfarmequestrian.example>", "gmail", "Girth order",
      "An order by email with a VAT receipt requested for the business; the order goes out, the receipt is never mentioned.",
      cu("11-05 10:30", """Hi Pip,

Please send 2 x fleece-lined dressage girth, 26 inch, brown, and 1 x the same in 24 inch. Card details as before - you can charge the card ending 4471.

I need a VAT receipt made out to Sallow Farm Equestrian Ltd as well, please, as these are for the school horses.

Cheers,
Owen""", uq=1),
      ag("pip", "11-05 12:15", """Hi Owen,

All three are packed and go out with DPD this afternoon, so they'll be with you tomorrow before noon. I've charged £176.97 to the card ending 4471.

Thanks as always,
Pip""")),

    C("w12-wragg-show-week-leathers", "en", "closed", {},
      "Sophie Wragg <sophie.wragg@wragg-eventing.example>", "android", "Where are my stirrup leathers??",
      "A rhetorical exclamation and a self-answered question around one real request, answered with a tracking link; thanks-only.",
      cu("11-09 07:40", """Why is it always the week before a show that something snaps?!

I ordered a pair of the rubber-cored stirrup leathers last Monday and they still haven't turned up. What was my order number... hang on, found the email, it's WS-49830. Could you check where they've got to? We're at Hartpury on Saturday.

Sophie"""),
      ag("pip", "11-09 09:50", """Hi Sophie,

Oh no, sorry! https://track.example/royalmail/HG441829375GB?ref=ws - out for delivery with your postie today.

Good luck at Hartpury!
Pip"""),
      cu("11-09 17:10", """They've arrived, thanks Pip!

Sophie""", thanks=True)),

    C("w13-vogt-kniepauschen", "de", "closed", {"unanswered-question": 1},
      "Matthias Vogt <m.vogt@vogt-muensterland.example>", "thunderbird_de", "Reparatur Kniepauschen Elan",
      "German customer: repair possible, price and duration answered; how to send the saddle (DHL or collection) skipped.",
      cu("11-03 19:00", """Hallo zusammen,

ich habe 2023 bei Ihnen einen Elan Dressursattel gekauft und bin sehr zufrieden. Leider löst sich an der rechten Kniepausche das Klettband, und die Pausche rutscht beim Aussitzen nach unten.

Können Sie das reparieren, und was würde das ungefähr kosten? Wie lange wäre der Sattel bei Ihnen?

Kann ich den Sattel einfach mit DHL schicken, oder organisieren Sie die Abholung?

Viele Grüße aus dem Münsterland
Matthias Vogt""", uq=1),
      ag("anke", "11-04 09:20", """Hallo Herr Vogt,

schön, dass Sie mit dem Elan zufrieden sind. Das Klettband ersetzen wir für 25 £ pro Pausche; ich würde empfehlen, gleich beide Seiten zu machen. Die Werkstatt braucht momentan etwa zwei Wochen.

Viele Grüße
Anke Brinkmann"""), tz=1),

    C("w14-cantref-trade-account", "en", "closed", {},
      "Rhian Meredith <office@cantrefridingcentre.example>", "owa", "Trade account enquiry",
      "HTML-only mails from a riding centre; three trade-account questions answered, application form attached; thanks-only.",
      cu("11-04 09:00", """Good morning,

We run a riding centre with 24 school horses near Brecon and are looking for a new supplier for our tack and rugs.

Could we open a trade account with you? What's the minimum order for trade prices, and do you invoice monthly or per order?

Kind regards,
Rhian Meredith
Office Manager, Cantref Riding Centre""", kind="html"),
      ag("ruth", "11-04 14:30", """Dear Rhian,

Thank you for considering us. Yes - our application form is attached; once it's back with two trade references we can usually set an account up within a week. There is no minimum: trade prices apply from the first order. We invoice monthly, on the last working day, with 30 days to pay.

Kind regards,
Ruth Caddick""", attach=[("application/pdf", "trade-account-application.pdf", TRADE_PDF)]),
      cu("11-04 15:05", """Thank you Ruth, that's really helpful.

Rhian""", kind="html", thanks=True)),

    C("w15-garrigues-couverture", "fr", "pending", {"unanswered-question": 1},
      "Thomas Garrigues <thomas.garrigues@garrigues-bzh.example>", "gmail", "Couverture d'extérieur - taille ?",
      "French customer asks which rug size and about delivery to Brittany; only delivery (and import tax) is answered.",
      cu("11-16 13:00", """Bonjour,

Je cherche une couverture d'extérieur pour mon hongre, un selle français de 1m65 au garrot, assez long de dos. Quelle taille me conseillez-vous ? Chez les marques françaises il fait du 145.

Est-ce que vous livrez en Bretagne, et en combien de temps ?

Cordialement,
Thomas Garrigues""", uq=1),
      ag("solene", "11-16 15:30", """Bonjour Monsieur Garrigues,

Oui, nous livrons partout en France ; pour la Bretagne, comptez une semaine environ en Colissimo (14 £ de port). Les droits et la TVA à l'import sont payés par nos soins, vous n'aurez rien à régler à la livraison.

Bien cordialement,
Solène"""), tz=1),

    C("w16-escriva-trailblazer", "es", "closed", {},
      "Pilar Escrivá <pilar.escriva@raid-valencia.example>", "gmail_es", "Silla Trailblazer para raid",
      "Spanish endurance rider: weight, shipping to Spain and returns, all answered; thanks-only.",
      cu("11-05 16:00", """Hola,

Hago raid en Valencia y estoy buscando una silla ligera. He visto en vuestra web la Trailblazer sintética. ¿Cuánto pesa exactamente? ¿Hacéis envíos a España? Y si no le queda bien al caballo, ¿se puede devolver?

Muchas gracias,
Pilar"""),
      ag("lucia", "11-06 09:10", """Hola, Pilar:

La Trailblazer pesa 4,2 kg sin accesorios, es de las más ligeras que tenemos. Enviamos a toda España con DHL por 22 £ y la entrega tarda unos 4-5 días laborables; aranceles e IVA ya van incluidos. Tiene 14 días para devolverla si no le queda bien, siempre que se haya probado con sudadero y vuelva limpia.

Un saludo,
Lucía"""),
      cu("11-06 10:30", """¡Genial, muchas gracias!

Pilar""", thanks=True), tz=1),

    C("w17-kaur-missing-rug", "en", "open", {"customer-chased": 2, "awaiting-reply": 1},
      "Nadia Kaur <nadia.kaur@kaurfamily.example>", "gmail", "Stable rug delivered to wrong address - WS-50062",
      "Misdelivered rug: only the helpdesk acknowledgement, then two chasers two days and three days later; no human reply.",
      cu("11-16 09:40", """Hello,

I ordered a stable rug (WS-50062) for delivery to my yard, but the courier's tracking says it was delivered to my home address instead, and there was nobody in. The photo shows it left behind the bins. I've looked and it isn't there.

Could you please look into this with the courier and let me know what happens next? I need the rug this week, it's turned properly cold.

Thanks,
Nadia Kaur"""),
      ack("11-16 09:41"),
      cu("11-18 08:55", """Hi, I'm still waiting to hear back about this - could someone please get back to me?

Nadia""", chase=True),
      cu("11-19 12:20", """This is my third email about the missing rug. Is anyone there? I'll have to go through my bank if I don't hear anything by tomorrow.

Nadia""", chase=True, parent=3)),

    C("w18-tolley-reflock", "en", "closed", {},
      "Graham Tolley <graham.tolley@tolley-farms.example>", "outlook", "Old working hunter saddle",
      "Workshop promises a date and price 'tomorrow' and sends them the next morning (kept); opening time answered.",
      cu("11-02 11:00", """Hello Gareth,

I've an old Wrenhurst working hunter saddle, probably twenty years old, that I'd like to get back into use for my daughter's new horse. It needs a full reflock and I think the girth straps are past it.

Can you do both, and what's the turnaround at the moment? It would be good to have it back before Christmas.

Regards
Graham Tolley""", to=AG["gareth"], cc="Ella Tolley <ella.tolley@tolley-farms.example>"),
      ag("gareth", "11-02 15:10", """Hello Graham,

Both jobs are fine on that saddle. Let me look at the bench diary and I'll come back to you tomorrow with a date we can take it in and a price.

Regards,
Gareth""", promises=[("11-03", 3)]),
      ag("gareth", "11-03 10:30", """Hello Graham,

We can take it in on Tuesday 10th and have it ready on Friday 13th, well before Christmas. A full reflock is £110 and three new girth straps £36, so £146 altogether.

Regards,
Gareth""", parent=1),
      cu("11-03 12:00", """That's great, I'll drop it in on the Tuesday morning. What time do you open?

Graham"""),
      ag("gareth", "11-03 13:05", """We open at 9.30, Tuesday to Saturday. See you then.

Gareth""")),

    C("w19-heywood-bit-bank", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Tessa Heywood <tessa.heywood@heywoodfamily.example>", "gmail", "Bit for a strong pony",
      "A question resent as a new mail without threading headers three days later; the answer comes a week after the first mail.",
      cu("11-09 20:30", """Hi,

My daughter's Welsh section C is getting very strong out hacking and our instructor has suggested trying a pelham or a kimblewick. Do you run a bit hire or bit bank, so we can try one before buying? He currently goes in a 5 inch loose ring snaffle.

Thanks,
Tessa"""),
      ack("11-09 20:31"),
      cu("11-12 19:10", """Sending this again as I don't think it got through -

My daughter's Welsh section C is getting very strong out hacking and our instructor has suggested trying a pelham or a kimblewick. Do you run a bit hire or bit bank, so we can try one before buying? He currently goes in a 5 inch loose ring snaffle.

Thanks,
Tessa""", parent=0, thread=False, chase=True),
      ag("pip", "11-16 09:30", """Hi Tessa,

Sorry for the slow reply - it's been a very busy fortnight. Yes, we run a bit bank: a £20 deposit per bit, keep it for up to two weeks, and the deposit comes back when the bit does. We've got both a 5" pelham and a 5" kimblewick in at the moment.

Best wishes,
Pip""")),

    C("w20-bevan-kestrel-panels", "en", "closed", {"missed-follow-up": 1},
      "Huw Bevan <huw@cwmfarm.example>", "outlook", "Panels for an old Kestrel",
      "Workshop will check with the panel maker and 'get back to you' (no deadline: 2-day window); nothing more is sent.",
      cu("11-03 09:50", """Hi,

I've got a Kestrel jump saddle from about 2012 and the panels are shot - the foam's collapsed on the near side. Can you still get replacement panels for that model, or am I looking at a new saddle?

Thanks
Huw"""),
      ag("gareth", "11-03 12:40", """Hi Huw,

The 2012 Kestrel was made on the older tree, and its panels aren't stock items any more. Let me check with our panel maker whether they can still make a pair to the old pattern, and I'll get back to you.

Regards,
Gareth""", promises=[("window", None)])),

    C("w21-pickering-refund", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Janet Pickering <janet.pickering@pickering-home.example>", "owa", "Refund for returned fly rug",
      "Refund confirmation promised for tomorrow, given four days later after the customer asks again.",
      cu("11-11 14:00", """Hello,

I returned the fly rug (order WS-49622) last week as it was the wrong size, and the Post Office tracking says you received it on Monday. Could you confirm when I'll get the refund? It was £64.50.

Regards
Janet Pickering"""),
      ag("ruth", "11-12 10:20", """Dear Janet,

Thank you for letting me know. The parcel is in our returns pile - I'll check it in and confirm the refund to you tomorrow.

Kind regards,
Ruth""", promises=[("11-13", 4)]),
      cu("11-16 08:30", """Hello Ruth,

I haven't had the refund confirmation yet, or the money. Has it gone through?

Janet""", chase=True),
      ag("ruth", "11-16 11:15", """Dear Janet,

Apologies for the delay. The refund of £64.50 went back to your card this morning; depending on your bank it can take 3-5 working days to show.

Kind regards,
Ruth""")),

    C("w22-ingram-young-horse", "en", "closed", {},
      "Charlotte Ingram <charlotte.ingram@ingram-equine.example>", "apple", "Saddle for a young horse",
      "Advice answered by the shop, who says the fitter 'will be in touch by Friday'; the fitter writes the same evening (kept by a colleague).",
      cu("11-04 17:30", """Hi there,

I've just bought a rising 5-year-old Irish Sport Horse mare who's very much still growing, and the saddle she came with is a narrow that's now perched on top of her.

What would you recommend for a young horse whose shape is going to keep changing - an adjustable tree, or something with an interchangeable gullet? My budget is around £1,500. Could someone come out to fit her?

Many thanks,
Charlotte"""),
      ag("pip", "11-05 09:00", """Hi Charlotte,

Congratulations on your new mare! For a youngster who's still changing, I'd go for an adjustable tree with wool flocking: the gullet-bar systems are handy, but they can't follow changes along the panel, and wool can be adjusted as she muscles up. There's a good choice within £1,500, new and second-hand.

Imogen does our fittings, and she'll be in touch by Friday to arrange a visit.

Best wishes,
Pip""", promises=[("11-06", 3)]),
      ag("imogen", "11-05 18:20", """Hi Charlotte,

Pip passed on your email. I could see your mare on Wednesday 11th at 2pm or Friday 13th at 10am - whichever suits.

Imogen""", parent=1),
      cu("11-05 19:00", """Wednesday at 2pm would be great. Should I have her in, or will you look at her in the field first?

Charlotte"""),
      ag("imogen", "11-05 19:40", """In please - dry, brushed off, and with her current saddle and girth to hand. See you Wednesday!

Imogen""")),

    C("w23-dunmore-demo-saddles", "en", "closed", {"missed-follow-up": 1},
      "Rachel Dunmore <rachel.dunmore@dunmore-eventing.example>", "gmail", "Monoflaps to try",
      "Fitter will say 'early next week' (said on Thursday: by Tuesday) which demo saddles are back; never does.",
      cu("11-05 08:00", """Hi Imogen,

Thanks for seeing Dancer on Tuesday. As discussed, I'd like to try a couple of monoflap jump saddles next time you're out - could you bring a couple of treeless options too? I know you're not keen, but I'd like to rule them out properly.

Rachel""", to=AG["imogen"]),
      ag("imogen", "11-05 13:10", """Hi Rachel,

Happy to bring whatever you'd like to try, treeless included. Most of my demo monoflaps are at the Winter Fair this weekend - I'll let you know early next week which ones are back and when I can come out.

Imogen""", promises=[("11-10", None)])),

    C("w24-hartmann-gurt", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Sabine Hartmann <s.hartmann@hartmann-pferde.example>", "outlook_de", "Kurzgurt nach zwei Monaten gerissen",
      "German warranty claim with a photo: 'ich melde mich bis Mittwoch', the answer comes the next Monday after 'gibt es schon etwas Neues?'.",
      cu("11-09 10:00", """Guten Morgen Frau Brinkmann,

der Kurzgurt, den ich im September bei Ihnen gekauft habe (Anatomic, 60 cm), hat an einer Schnalle schon einen Riss im Leder. Das Pferd wird nur viermal die Woche geritten, das sollte nach zwei Monaten eigentlich nicht passieren.

Ist das ein Garantiefall? Was soll ich mit dem Gurt machen? Ein Foto habe ich angehängt.

Mit freundlichen Grüßen
Sabine Hartmann""", attach=[("image/png", "gurt-schnalle.png", GIRTH_PNG)]),
      ag("anke", "11-09 11:30", """Guten Tag Frau Hartmann,

danke für das Foto, das sieht tatsächlich nicht nach normalem Verschleiß aus. Ich kläre mit unserer Werkstatt, ob wir den Gurt austauschen oder reparieren, und melde mich bis Mittwoch bei Ihnen.

Viele Grüße
Anke Brinkmann""", promises=[("11-11", 4)]),
      cu("11-13 15:00", """Guten Tag Frau Brinkmann,

gibt es schon etwas Neues wegen des Gurtes? Ich reite momentan mit einem geliehenen und bräuchte bald Ersatz.

Viele Grüße
S. Hartmann""", chase=True),
      ag("anke", "11-16 08:50", """Guten Morgen Frau Hartmann,

entschuldigen Sie bitte die Verzögerung. Unsere Werkstatt hat sich das Foto angesehen: ein Materialfehler, wir tauschen den Gurt kostenlos aus. Der neue ist heute mit DPD an Sie rausgegangen, ein Rücksendeetikett für den alten liegt im Paket.

Viele Grüße
Anke Brinkmann"""), tz=1),

    C("w25-lewisjones-collection", "en", "closed", {},
      "Bethan Lewis-Jones <bethan.lj@lewisjones.example>", "gmail", "Stirrup bar stitching",
      "Collection and turnaround answered; 'our courier will collect it on Wednesday' is logistics, not a promise; thanks-only.",
      cu("11-02 12:15", """Hi Gareth,

My jumping saddle needs the stitching redoing on both stirrup bars - you did the flocking last year. Can you collect it from me? I don't have a car big enough to get over to you with a saddle and a toddler. How long is the turnaround at the moment?

Bethan""", to=AG["gareth"]),
      ag("gareth", "11-02 16:00", """Hi Bethan,

No problem - our courier will collect it on Wednesday between 9 and 1. Please have it boxed, or wrapped in an old blanket and a bin bag, with your name on. Turnaround is about three weeks at the moment.

Regards,
Gareth"""),
      cu("11-02 16:40", """Perfect, thank you!

Bethan""", thanks=True)),

    C("w26-lebrun-quartier", "fr", "closed", {"missed-follow-up": 1},
      "Camille Lebrun <camille.lebrun@lebrun-equitation.example>", "apple_fr", "Quartier de selle abîmé",
      "French customer sends photos of a split flap; 'je reviens vers vous d'ici vendredi' is never followed up.",
      cu("11-03 10:00", """Bonjour,

J'ai une selle Wrenhurst d'occasion dont un des quartiers est abîmé : le cuir est fendu sur environ 5 cm près du porte-étrivière. Est-ce que votre atelier peut remplacer le quartier, ou faut-il changer de selle ? Je vous joins deux photos, le numéro de série est WS-K-2231.

Merci,
Camille Lebrun""", attach=[("image/png", "quartier-1.png", FLAP_PNG), ("image/png", "quartier-2.png", SEAM_PNG)]),
      ag("solene", "11-03 16:30", """Bonjour Camille,

Merci pour les photos. Je me renseigne auprès de l'atelier et je reviens vers vous d'ici vendredi avec une réponse et un prix.

Belle journée,
Solène""", promises=[("11-06", None)]), tz=1),

    C("w27-moreno-presupuesto", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Javier Moreno <javier.moreno@moreno-jerez.example>", "gmail_es", "Presupuesto mantas y sudadero",
      "Quote promised for 'mañana', never sent; the customer's 'sigo esperando' gets no reply.",
      cu("11-09 18:00", """Buenas tardes:

Quería pedirles un presupuesto para dos mantas de cuadra Fellside (talla 6'6) y un sudadero de doma en negro, con el envío a Jerez de la Frontera incluido.

Gracias,
Javier Moreno"""),
      ag("lucia", "11-10 09:15", """Buenos días, Javier:

Gracias por escribirnos. Tenemos todo en stock; mañana le mando el presupuesto con el envío y los impuestos ya calculados.

Un saludo,
Lucía""", promises=[("11-11", None)]),
      cu("11-16 19:30", """Buenas tardes, Lucía:

Sigo esperando el presupuesto que me comentó. ¿Me lo puede mandar cuando pueda? Quería hacer el pedido esta semana.

Gracias,
Javier""", chase=True), tz=1),

    C("w28-fairbrother-show-bridle", "en", "pending", {},
      "Georgie Fairbrother <georgie@fairbrother-showing.example>", "gmail", "Bespoke show bridle",
      "Making time answered; the quote is promised 'by Tuesday 24th', still ahead at audit time.",
      cu("11-18 20:00", """Hi Gareth,

I'm after a bespoke show bridle for my hack for next season - flat-fronted noseband, patent browband with a thin navy line, fancy stitching throughout, full size.

Roughly how long would it take to make? And could you give me a quote?

Thanks,
Georgie""", to=AG["gareth"]),
      ag("gareth", "11-19 10:15", """Hi Georgie,

A bespoke show bridle takes us about six weeks from order, so mid-January if we start in December. I need to price the navy patent with our supplier first - I'll have the quote with you by Tuesday 24th.

Regards,
Gareth""", promises=[("11-24", None)])),

    C("w29-osborne-cheekpiece", "en", "pending", {"reopened": 1},
      "Nick Osborne <nick.osborne@osbornes.example>", "thunderbird", "Wrong size bridle - WS-49711",
      "Wrong size swapped, ticket marked resolved; a week later the customer writes back with a broken buckle (References gap).",
      cu("11-09 08:30", """Hi,

The bridle I ordered (WS-49711) arrived in full but I asked for cob. Can you swap it?

Nick"""),
      ag("pip", "11-09 10:40", """Hi Nick,

Sorry about that - a cob went out with DPD this morning, and there's a returns label in the box for the full.

Pip"""),
      cu("11-10 18:00", """Arrived, all good now - thank you!

Nick""", thanks=True),
      ag("pip", "11-11 09:00", """Great, glad that's sorted. I'll mark this one as resolved.

Pip""", closes=True),
      cu("11-17 19:30", """Hi Pip, sorry, me again - the buckle on the near-side cheekpiece has already come away from the leather, after three rides. Can I send it back for a replacement, or will you repair it?

Nick""", refs=[1, 4]),
      ag("pip", "11-18 09:15", """Hi Nick,

That shouldn't happen. Please send it back with the label attached and we'll replace the whole bridle rather than repair it.

Pip""", attach=[("application/pdf", "returns-label-WS-49711.pdf", BRIDLE_RETURNS_PDF)])),

    C("w30-fenwick-hallam", "en", "closed", {},
      "Molly Fenwick <molly.fenwick@fenwicks.example>", "iphone", "Second hand monoflap?",
      "Stock question answered with a link; 'If you'd like, I can put it aside' is a conditional offer, not a promise; thanks-only.",
      cu("11-06 12:30", """Hi, do you have any second hand Hallam monoflaps in a 17.5 medium at the moment? Ideally under £900.

Thanks, Molly

Sent from my iPhone"""),
      ag("pip", "11-06 14:00", """Hi Molly,

We've got one: a 2021 Hallam monoflap, 17.5 medium, in very good condition, £850. Photos here:
https://wrenhurstsaddlery.example/secondhand/hallam-mono-175?ref=email

If you'd like, I can put it aside for you until Saturday - just say.

Pip"""),
      cu("11-06 15:20", """Ooh thank you, I'll have a think over the weekend!

Molly

Sent from my iPhone""", thanks=True)),

    C("w31-whitlock-surcingles", "en", "pending", {"reopened": 1},
      "Diane Whitlock <diane@whitlockstud.example>", "outlook", "Replacement surcingles",
      "Request done under a [Resolved] subject tag; the customer comes back with a new request, which is done.",
      cu("11-10 10:00", """Hello,

Please can you send me four replacement cross surcingles for the Fellside turnouts? Ours have been chewed by a yearling. Invoice to the stud account as usual.

Diane Whitlock
Whitlock Stud"""),
      ag("ruth", "11-10 14:20", """Dear Diane,

Four surcingles went out today, invoiced to the stud account (INV-22817).

Kind regards,
Ruth""", subject="[Resolved] RE: Replacement surcingles", closes=True, kind="alt"),
      cu("11-18 09:00", """Hello Ruth,

The surcingles arrived, thank you. While I have you - could you also send us two pairs of the matching leg straps? Same account.

Diane""", subject="RE: [Resolved] RE: Replacement surcingles"),
      ag("ruth", "11-18 11:30", """Dear Diane,

Two pairs of leg straps are in today's post, on the same account.

Kind regards,
Ruth""", kind="alt")),

    C("w32-marr-transit-damage", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Alison Marr <alison.marr@marr-eventing.example>", "gmail", "Saddle arrived damaged",
      "A damaged delivery handled by three agents in turn; the copy invoice the insurer needs is never sent or mentioned.",
      cu("11-12 09:10", """Hi,

The Ashdown I ordered arrived this morning and the box has clearly been dropped - there's a deep scuff across the cantle and one of the front gusset seams has split. Photos attached.

What do you want me to do with it? Can you send a replacement straight away? I've got a lesson booked for next Thursday. Can you also send me a copy of the original invoice? My insurer wants it for the claim.

Alison Marr""", uq=1, attach=[("image/png", "cantle.png", SCUFF_PNG), ("image/png", "gusset.png", SEAM_PNG)]),
      ag("pip", "11-12 10:30", """Hi Alison,

I'm so sorry - that's horrible to unpack. Please don't ride in it. I've passed your photos to Gareth in the workshop.

Pip"""),
      ag("gareth", "11-12 15:40", """Hi Alison,

From your photos the seam is repairable but the cantle scuff won't come out properly, so we're sending you a brand-new replacement. It leaves on tomorrow's courier for Saturday delivery, and the driver will take the damaged one away - just put it back in its box.

Regards,
Gareth""", parent=1),
      ag("ruth", "11-16 09:00", """Dear Alison,

I've raised a claim with the courier for the damage at our end, so there is nothing for you to pay. The tracking shows your replacement was delivered on Saturday - I hope all is well with it.

Kind regards,
Ruth""", parent=3)),

    C("w33-probert-headcollars", "en", "closed", {},
      "Gwen Probert <gwen@dunesandbridles.example>", "outlook", "Headcollars for the trekking ponies",
      "Size and price answered with figures; the customer's signature has a question and URLs with '?'.",
      cu("11-05 11:00", """Hi,

We need six new headcollars for the trekking ponies. Do the padded leather headcollars come in cob size, and what's the price for six? Happy to pay over the phone.

Gwen

Gwen Probert | Dunes & Bridles Beach Trekking
Fancy a ride along the beach? Book online: https://dunesandbridles.example/book?src=email&lang=en
Follow us: https://social.example/dunesandbridles?ref=sig"""),
      ag("pip", "11-05 13:20", """Hi Gwen,

Pony, cob and full. £42 each - £226.80 for six with your trade discount. Ring us on 01632 960 214 whenever suits and they'll go the same day.

Pip""")),

    C("w34-marchant-kissing-spine", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Ellie Marchant <ellie.marchant@marchant-home.example>", "gmail", "Saddle for kissing spine",
      "Friday-afternoon mail answered on Monday; channel width and physio answered, payment plan skipped.",
      cu("11-06 16:30", """Hi,

My horse has been diagnosed with kissing spine and the vet has said to get a saddle with a wide gullet channel. A couple of questions:

Do any of your saddles have a wider than standard channel?
Could your fitter liaise with my physio when she comes out?
And do you offer a payment plan? Saddles are a lot after a vet bill like this.

Thanks,
Ellie""", uq=1),
      ag("pip", "11-09 10:00", """Hi Ellie,

So sorry to hear about the kissing spine. The Ashdown and the Elan both have a 4" channel, and Imogen has fitted plenty of kissing-spine horses - she's very happy to speak to your physio beforehand, or to meet her at the visit.

Best wishes,
Pip""")),

    C("w35-villiers-clipped-tb", "en", "pending", {"unanswered-question": 2},
      "Kate Villiers <kate.villiers@villiers.example>", "apple", "Rug for a clipped TB",
      "A bulleted list of four questions; the reply covers the weight and the neck, not Jersey postage or the tail flap.",
      cu("11-17 20:45", """Hi Pip,

I've just given my TB a full clip for the first time and he lives out 24/7, so I think I need a proper heavyweight. I've been reading your website for an hour and I'm now more confused than when I started, so:

- What weight would you recommend for a fully clipped TB living out? He's 6'9.
- Does the Fellside come with a detachable neck, or is it sold separately?
- Can you post to Jersey? Not sure if the Channel Islands count as abroad.
- Please add a tail flap if they come with one, he hates the wind up his bum.

Thanks!
Kate""", uq=2),
      ag("pip", "11-18 09:45", """Hi Kate,

For a fully clipped TB living out I'd go for 350g - the Fellside Extreme. It's a combo, with the neck fixed by velcro and a zip, so you can take the neck off on milder days. The 6'9 is £149.99 in navy or burgundy.

Best wishes,
Pip""")),

    C("w36-sandhu-forwarded-order", "en", "pending", {},
      "Priya Sandhu <priya.sandhu@sandhu-mail.example>", "gmail", "Fwd: Your Wrenhurst Saddlery order WS-50210",
      "An address change above a forwarded order confirmation whose own questions are not the customer's; done in one line.",
      cu("11-17 12:40", """Hi,

Sorry, I've only just realised this is going to my home address and I'm at work all week. Could you change the delivery to my work address please: Sandhu & Co, 14 Bridge Street, Worcester WR1 2LX?

Thanks,
Priya

---------- Forwarded message ---------
From: Wrenhurst Saddlery <shop@wrenhurstsaddlery.example>
Date: Mon, 16 Nov 2026 at 21:14
Subject: Your Wrenhurst Saddlery order WS-50210
To: <priya.sandhu@sandhu-mail.example>

Thank you for your order!

Order WS-50210
1 x Softtouch dressage whip, 110cm - £22.00
1 x Fleece saddle cover, black - £18.50
Delivery: Royal Mail Tracked 48 - £4.95

Questions about your order? Reply to this email or call 01632 960 214.
Need to change your delivery address? Let us know before dispatch.
https://wrenhurstsaddlery.example/account/orders?id=WS-50210"""),
      ag("pip", "11-17 14:00", """Hi Priya,

Done - it's now going to Sandhu & Co on Bridge Street.

Pip""")),

    C("w37-albers-schabracken", "de", "closed", {},
      "Jürgen Albers <vorstand@rv-lindenhof.example>", "outlook_de", "Schabracken mit Vereinswappen",
      "German riding club: embroidery, minimum quantity and a January delivery answered in one reply.",
      cu("11-04 10:00", """Sehr geehrte Damen und Herren,

unser Reitverein (RV Lindenhof e.V., ca. 80 Mitglieder) möchte für die Vereinsmannschaft einheitliche Schabracken bestellen, etwa 20 Stück in Dunkelgrün mit unserem Vereinswappen bestickt.

Bieten Sie eine solche Bestickung an, und ab welcher Stückzahl? Wäre eine Lieferung bis Ende Januar machbar?

Für eine kurze Rückmeldung wäre ich dankbar.

Mit freundlichen Grüßen
Jürgen Albers
1. Vorsitzender, RV Lindenhof e.V."""),
      ag("anke", "11-04 13:30", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage. Wir besticken Schabracken mit Vereinswappen ab 10 Stück; 20 Stück in Dunkelgrün kosten 38 £ pro Stück inklusive Stickerei, dazu einmalig 45 £ für das Einrichten des Wappens. Ende Januar ist gut machbar, die Stickerei braucht etwa drei Wochen ab Freigabe des Entwurfs.

Schicken Sie mir einfach das Wappen als Datei, dann erstellen wir den Entwurf.

Mit freundlichen Grüßen
Anke Brinkmann"""), tz=1),

    C("w38-pryor-fillet-strings", "en", "closed", {"unanswered-question": 1},
      "Hannah Pryor <hannah@pryor-liveries.example>", "gmail", "Stable rugs",
      "An order done; the customer's follow-up question after the rugs arrive gets only 'glad they arrived'.",
      cu("11-02 09:30", """Hi Pip, could you send 3 of the Fellside 100g stable rugs in 6'3 please? Same card as last time.

Hannah"""),
      ag("pip", "11-02 11:00", """Hi Hannah, all three are on their way with DPD for tomorrow.

Pip"""),
      cu("11-04 08:40", """Rugs arrived, thanks! One more thing - do you sell replacement fillet strings for the Fellside turnouts? Ours has snapped on two of them.

Hannah""", uq=1),
      ag("pip", "11-04 10:10", """Great, glad they arrived safely!

Pip""")),

    C("w39-navarro-muserola", "es", "pending", {},
      "Marta Navarro <marta.navarro@navarro-sevilla.example>", "gmail_es", "Reparación de muserola",
      "Spanish repair question answered in a base64-encoded reply: yes, price, return postage, time.",
      cu("11-16 11:00", """Hola, buenos días:

Tengo una cabezada inglesa que les compré el año pasado y se ha roto la muserola por la hebilla. ¿La pueden reparar aunque esté en Sevilla? ¿Y cuánto costaría más o menos?

Un saludo,
Marta"""),
      ag("lucia", "11-16 15:40", """Hola, Marta:

Sí, claro. Envíenosla por correo certificado a la dirección de abajo: la muserola nueva con hebilla sale por unas 18 £ y la devolución a Sevilla son 12 £. Tardamos una semana desde que llega al taller.

Wrenhurst Saddlery Repairs, The Old Forge, Market Lane, Wrenhurst WR9 4QT, Reino Unido

Un saludo,
Lucía""", cte="base64"), tz=1),

    C("w40-kirkbride-stirrups-inline", "en", "closed", {"unanswered-question": 1},
      "Joe Kirkbride <joe.kirkbride@kirkbride.example>", "gmail", "Safety stirrups for my son",
      "Three questions; the inline reply answers the first two under the quoted lines and leaves the third quoted with nothing under it.",
      cu("11-03 15:00", """Hello,

Three quick ones about safety stirrups for my son, who's just starting jumping:

Do the breakaway stirrups come in a 4 inch tread?
Are they allowed for Pony Club competitions?
Can you engrave his name on them? He loses everything.

Cheers,
Joe""", uq=1),
      ag("pip", "11-03 16:20", """Hi Joe,

On 11/3/26 3:00 PM, Joe Kirkbride wrote:
> Do the breakaway stirrups come in a 4 inch tread?

4" and 4.5" - £59 a pair either way.

> Are they allowed for Pony Club competitions?

Yes, they're on this season's approved list.

> Can you engrave his name on them? He loses everything.
>
> Cheers,
> Joe

Pip""", quote=False)),

    C("w41-whitehouse-voucher", "en", "open", {},
      "Sam Whitehouse <sam.whitehouse@whitehouse.example>", "gmail", "Gift vouchers?",
      "A fresh mail this morning with only the helpdesk acknowledgement: open, still inside the response target.",
      cu("11-20 09:30", """Hi,

I'm looking for a Christmas present for my girlfriend - she's always saying her grooming kit is a mess. Do you do gift vouchers, and can they be emailed rather than posted?

Thanks,
Sam"""),
      ack("11-20 09:31")),

    C("w42-becker-gurt-trense", "de", "pending", {"unanswered-question": 2},
      "Julia Becker <julia.becker@becker-dressur.example>", "gmail_de", "Sattelgurt und Trense",
      "Four German questions and requests; stock and browband answered, instalments and the care leaflet not.",
      cu("11-17 20:00", """Hallo Frau Brinkmann,

ich bin auf der Suche nach einem neuen Sattelgurt und einer Trense für meine Stute (Hannoveraner, 1,70 m).

Haben Sie den Anatomic-Kurzgurt in 65 cm vorrätig? Können Sie die Classic-Trense auch mit einem schlichten Stirnriemen statt mit Strass liefern? Bieten Sie Ratenzahlung an? Das Gesamtpaket wäre ja doch eine größere Summe.

Bitte schicken Sie mir außerdem die Pflegehinweise für das Leder.

Viele Grüße
Julia Becker""", uq=2),
      ag("anke", "11-18 08:30", """Hallo Frau Becker,

den Anatomic in 65 cm haben wir da, in Schwarz und in Braun. Die Classic-Trense liefern wir Ihnen gern mit schlichtem Lederstirnriemen, ohne Aufpreis.

Viele Grüße
Anke Brinkmann"""), tz=1),

    C("w43-greenhalgh-numnah-ooo", "en", "closed", {},
      "Marcus Greenhalgh <m.greenhalgh@greenhalgh-equine.example>", "outlook", "Gel numnah 17 inch",
      "Stock and delivery answered; the customer's out-of-office reply is not a customer message.",
      cu("11-04 07:30", """Morning,

Do you stock the gel numnah in a 17 inch? And what's the delivery time to Shropshire at the moment?

Thanks
Marcus"""),
      ag("pip", "11-04 09:10", """Hi Marcus,

Yes, the 17" gel numnah is in stock at £54.99. Shropshire is next working day if you order before 2pm.

Pip"""),
      auto("11-04 09:11", """Thank you for your email. I am away competing until Monday 9 November with limited access to email. For anything urgent please ring the yard on 01632 960 877.

Marcus Greenhalgh""", subject="Automatic reply: Re: Gel numnah 17 inch", quote=False)),

    C("w44-fontaine-arcon", "fr", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Hélène Fontaine <helene.fontaine@fontaine-equitation.example>", "apple_fr", "Arçon cassé ?",
      "Broken tree: price promised 'demain', given five days later after 'je me permets de vous relancer'; the pony-saddle question is never answered.",
      cu("11-10 18:00", """Bonjour Solène,

Ma selle Wrenhurst (achetée chez vous en 2022) a fait une chute avec le cheval, et mon sellier ici pense que l'arçon est peut-être cassé. Est-ce que votre atelier peut vérifier et remplacer l'arçon, et à quel prix à peu près ?

Pouvez-vous aussi me dire si vous faites des selles pour poneys ? Ma fille commence à monter.

Merci beaucoup,
Hélène Fontaine""", uq=1),
      ag("solene", "11-11 09:30", """Bonjour Hélène,

Je suis désolée pour la chute, j'espère que le cheval va bien. Je demande à Gareth, notre maître sellier, s'il peut remplacer l'arçon sur ce modèle, et je reviens vers vous demain avec un prix.

Belle journée,
Solène""", promises=[("11-12", 4)]),
      cu("11-17 08:30", """Bonjour Solène,

Je me permets de vous relancer concernant l'arçon de ma selle. Avez-vous pu avoir une réponse de Gareth ?

Cordialement,
Hélène""", chase=True),
      ag("solene", "11-17 11:00", """Bonjour Hélène,

Toutes mes excuses pour ce retard. Gareth confirme qu'il peut remplacer l'arçon : comptez 380 £ pour l'arçon et la main-d'œuvre, plus environ 60 £ de transport aller-retour, et trois semaines d'atelier.

Belle journée,
Solène"""), tz=1),

    C("w45-las-olivas-cabezadas", "es", "closed", {"unanswered-question": 2},
      "Rocío Márquez <administracion@hipicalasolivas.example>", "outlook", "Cabezadas de cuadra con placa",
      "Spanish riding school (base64 mail): discount and delivery time answered; the invoice details and matching lead ropes ignored.",
      cu("11-03 10:00", """Buenos días:

Les escribo desde la Hípica Las Olivas (Málaga). Estamos pensando en pedir 10 cabezadas de cuadra de cuero con placa para el nombre del caballo.

¿Hacen descuento por cantidad? ¿Cuánto tarda el envío a Málaga? Necesito que la factura vaya a nombre de la hípica, con nuestro CIF B-29876543, para la contabilidad. Y, por cierto, ¿tienen ramales a juego?

Un saludo cordial,
Rocío Márquez
Administración - Hípica Las Olivas""", uq=2, cte="base64"),
      ag("lucia", "11-03 13:00", """Buenos días, Rocío:

Por 10 unidades les hacemos un 12 % de descuento, así que cada cabezada con placa les saldría por 46 £ en lugar de 52 £. El envío a Málaga tarda entre 5 y 7 días laborables con DHL.

Un saludo,
Lucía"""), tz=1),

    C("w46-rowlands-bridle-keeper", "en", "pending", {"unanswered-question": 1, "customer-chased": 1},
      "Pete Rowlands <pete.rowlands@rowlands-home.example>", "outlook", "Bridle repair",
      "Repair status answered; a week later 'any news?' with a new request (replace a keeper), and the reply covers only the collection.",
      cu("11-09 12:00", """Hi Gareth, how's my bridle getting on? Dropped it in last Tuesday for the restitching on the cheekpieces.

Pete""", to=AG["gareth"]),
      ag("gareth", "11-10 10:00", """Hi Pete,

The stitching's all done - it's just waiting on new buckles, which are on order from our supplier.

Gareth"""),
      cu("11-17 09:00", """Hi Gareth, any news on the bridle? I'd like it for a lesson on Saturday. Also, could you replace the keeper on the noseband while it's with you - it's cracked right through.

Pete""", chase=True, uq=1),
      ag("gareth", "11-17 15:30", """Hi Pete,

The buckles came in yesterday and it's ready. We're open Saturday 9 till 1, so you could grab it on the way to your lesson.

Gareth""")),

    C("w47-hammond-fitting", "en", "closed", {},
      "Lucy Hammond <lucy.hammond@hammond.example>", "gmail", "Saddle fitting",
      "A fitting request answered with a date; same subject as w48 from another customer.",
      cu("11-03 08:00", """Hi Imogen, could you come and check Biscuit's saddle? He's had the summer off and is looking a bit different. We're at Brook Farm in Clent, and any weekday after 3 works.

Thanks, Lucy""", to=AG["imogen"]),
      ag("imogen", "11-03 12:30", """Hi Lucy, Monday 9th at 3.30 at Brook Farm?

Imogen"""),
      cu("11-03 13:00", """Monday 9th at 3.30 is great, see you then!

Lucy""", thanks=True)),

    C("w48-lang-fitting", "en", "pending", {"unanswered-question": 1},
      "Victoria Lang <victoria.lang@langfamily.example>", "outlook", "Saddle fitting",
      "Same subject as w47, another customer: a visit is offered, the part-exchange question is not answered.",
      cu("11-16 19:00", """Dear Imogen,

We've just bought a 14.2 Connemara for our daughter and the saddle that came with him doesn't fit. Could you do a fitting for him at our livery yard in Bromsgrove? Also, do you take saddles in part exchange? We'd like to trade the old one in if possible.

Best regards,
Victoria Lang""", to=AG["imogen"], uq=1),
      ag("imogen", "11-17 08:00", """Hi Victoria,

Congratulations on the new pony! I can come on Thursday 26th at 4pm - would that work for you?

Imogen""")),

    C("w49-stanton-secondhand-elan", "en", "pending", {"unanswered-question": 1},
      "Olivia Stanton <olivia.stanton@stanton.example>", "gmail", "Second hand Elan 17\"",
      "Marks on the saddle answered with daylight photos attached; when it was last reflocked is not.",
      cu("11-18 13:00", """Hi there,

I'm interested in the second-hand Elan 17" you've got listed on the website. Has it got any marks on the seat or flaps? The photos are a bit dark. Could you tell me when it was last reflocked?

Many thanks,
Olivia""", uq=1, kind="alt"),
      ag("pip", "11-18 16:10", """Hi Olivia,

I've taken some more photos in daylight for you - attached. There's a small scuff on the back of the near-side flap, about the size of a thumbnail, but the seat is perfect.

Pip""", attach=[("image/png", "elan-17-daylight.png", ELAN_PNG)])),

    C("w50-whitcombe-knee-blocks", "en", "closed", {"unanswered-question": 1},
      "Anna Whitcombe <anna.whitcombe@whitcombe.example>", "thunderbird", "Two jobs on my dressage saddle",
      "Velcro priced, the dyeing deferred 'by Friday' and answered on Thursday (kept); posting it back is never answered.",
      cu("11-02 18:00", """Hi Gareth,

Two jobs on my dressage saddle, if you can:

The velcro on the knee blocks has gone, so they slide about. Can you replace it?
Could you also dye it a shade darker? It's faded to a sort of ginger in the sun.

And could you post it back to me when it's done, rather than me collecting? I'm in Tewkesbury.

Thanks,
Anna""", to=AG["gareth"], uq=1),
      ag("gareth", "11-03 09:30", """Hi Anna,

Velcro is an easy one - £25 for both blocks. The dyeing I need to talk over with our leather supplier, as some finishes don't take dye evenly; I'll let you know by Friday.

Regards,
Gareth""", promises=[("11-06", 3)]),
      ag("gareth", "11-05 14:00", """Hi Anna,

Good news on the colour: our supplier says your finish will take a dark havana dye nicely. It's £60 for the whole saddle.

Regards,
Gareth""", parent=1)),

    C("w51-seddon-invoice", "en", "closed", {"missed-follow-up": 1},
      "Tom Seddon <accounts@seddonequestrian.example>", "owa", "INV-22654 - wrong VAT number",
      "A corrected invoice promised 'by end of day' is never sent.",
      cu("11-05 11:00", """Hi Ruth,

Invoice INV-22654 has the wrong VAT number on it - ours is GB 284 7731 09, it's got a digit missing. Could you send a corrected copy? Our year end is next week.

Thanks
Tom Seddon
Accounts, Seddon Equestrian Ltd
This message is confidential. If you are not the intended recipient, please delete it."""),
      ag("ruth", "11-05 14:30", """Dear Tom,

Apologies for that. I'll send the corrected invoice over by end of day.

Kind regards,
Ruth""", promises=[("11-05", None)])),

    C("w52-frost-side-saddle", "en", "pending", {"missed-follow-up": 1},
      "Abi Frost <abi.frost@frost-home.example>", "gmail", "Side saddle overhaul",
      "The shop says the saddler 'will email you the repair quote tomorrow'; he sends it four days later: late = missed.",
      cu("11-12 08:30", """Hi, my old side saddle needs a complete overhaul - new balance strap, reflock and some stitching on the safe. Is that something you can take on, and how much?

Abi"""),
      ag("pip", "11-12 09:45", """Hi Abi,

What a lovely thing to restore! Yes, Gareth has done several side saddles. He's at a show today, but he'll email you the repair quote tomorrow.

Pip""", promises=[("11-13", 3)]),
      ag("gareth", "11-16 10:30", """Hi Abi,

Sorry for the delay. For the balance strap, a full reflock and restitching the safe I'd estimate £340-£380, depending on what I find when the panel is off. About four weeks in the workshop.

Regards,
Gareth""", parent=1)),

    C("w53-harcourt-fitting-report", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Zoe Harcourt <zoe.harcourt@harcourt.example>", "android", "Fitting report for insurance",
      "Report promised 'on Monday', sent the Thursday after a chaser that lost its threading headers.",
      cu("11-04 21:00", """Hi Imogen, thanks for today - Flint seems much happier already. Could you send me the fitting report and the photos for my insurance? They want it in writing.

Zoe""", to=AG["imogen"]),
      ag("imogen", "11-05 08:30", """Hi Zoe,

Glad he's going better! I'm out on visits all week, so I'll send the report and photos over on Monday.

Imogen""", promises=[("11-09", 4)]),
      cu("11-12 19:00", """Hi Imogen, I'm still waiting for the fitting report - could you send it over when you get a chance? The insurers are chasing me now.

Zoe""", chase=True, thread=False),
      ag("imogen", "11-12 20:15", """Hi Zoe,

So sorry - here it is, with the photos on the second page.

Imogen""", attach=[("application/pdf", "fitting-report-flint.pdf", FITTING_PDF)])),

    C("w54-soler-muestra", "es", "closed", {"unanswered-question": 1},
      "Andrés Soler <andres.soler@soler-ecuestre.example>", "gmail_es", "Cabezada con placa grabada",
      "Spanish pleasantry '¿qué tal?'; price answered, the request for a leather sample is not.",
      cu("11-04 17:00", """Hola, ¿qué tal?

Estoy interesado en la cabezada de cuadra de cuero con placa. ¿Cuánto cuesta con el nombre grabado (dos líneas: «Tormenta» y mi teléfono)? ¿Podrían enviarme también una muestra del cuero en color habana? Quiero ver si combina con la silla.

Gracias,
Andrés""", uq=1),
      ag("lucia", "11-05 09:00", """Hola, Andrés:

Muy bien, gracias. La cabezada con placa grabada de dos líneas cuesta 52 £, y el envío a España son 22 £. Puede pedirla directamente en la web o contestarme a este correo con la talla.

Un saludo,
Lucía"""), tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "w02-marsh-lane-rugs-embroidery": [
        "Please could you also embroider the yard initials (MLL) on the chest of each one."],
    "w06-oakapple-pony-club": [
        "Would you be willing to donate a voucher for our Christmas raffle on 12 December?",
        "Is there any chance one of your fitters could come along to our rally on Sunday 6 December to do tack checks?"],
    "w08-catterall-half-pad": [
        "I was wondering whether a half pad would help in the meantime, or whether that would just make it even tighter at the front?"],
    "w10-beddoes-navy-rug": [
        "Is the 6'6 in navy in stock?"],
    "w11-sallow-farm-girths": [
        "I need a VAT receipt made out to Sallow Farm Equestrian Ltd as well, please, as these are for the school horses."],
    "w13-vogt-kniepauschen": [
        "Kann ich den Sattel einfach mit DHL schicken, oder organisieren Sie die Abholung?"],
    "w15-garrigues-couverture": [
        "Quelle taille me conseillez-vous ?"],
    "w32-marr-transit-damage": [
        "Can you also send me a copy of the original invoice?"],
    "w34-marchant-kissing-spine": [
        "And do you offer a payment plan?"],
    "w35-villiers-clipped-tb": [
        "Can you post to Jersey?",
        "Please add a tail flap if they come with one, he hates the wind up his bum."],
    "w38-pryor-fillet-strings": [
        "do you sell replacement fillet strings for the Fellside turnouts?"],
    "w40-kirkbride-stirrups-inline": [
        "Can you engrave his name on them?"],
    "w42-becker-gurt-trense": [
        "Bieten Sie Ratenzahlung an?",
        "Bitte schicken Sie mir außerdem die Pflegehinweise für das Leder."],
    "w44-fontaine-arcon": [
        "Pouvez-vous aussi me dire si vous faites des selles pour poneys ?"],
    "w45-las-olivas-cabezadas": [
        "Necesito que la factura vaya a nombre de la hípica, con nuestro CIF B-29876543, para la contabilidad.",
        "¿tienen ramales a juego?"],
    "w46-rowlands-bridle-keeper": [
        "could you replace the keeper on the noseband while it's with you"],
    "w48-lang-fitting": [
        "do you take saddles in part exchange?"],
    "w49-stanton-secondhand-elan": [
        "Could you tell me when it was last reflocked?"],
    "w50-whitcombe-knee-blocks": [
        "And could you post it back to me when it's done, rather than me collecting?"],
    "w54-soler-muestra": [
        "¿Podrían enviarme también una muestra del cuero en color habana?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"WS-T{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=SHOP, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", SHOP),
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
    """Give every message its Message-ID (none when the client sets none) and raw bytes,
    parents first (the order of mailcraft.render_corpus)."""
    ordered = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in ordered}
    for m in ordered:
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
            if m.thanks_only and (m.chase or m.asks_unanswered):
                out.append(f"{m.key}: a thanks-only message cannot chase or ask")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 76: Wrenhurst Saddlery - cases",
                                 "make_practice76_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def figures(cases: list[Case]) -> dict:
    """The corpus statistics the README quotes, computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    found: Counter = Counter()
    for c in cases:
        found.update(c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    clean = sum(1 for c in cases if not c.rules)
    return {
        "cases": len(cases), "messages": len(msgs),
        "inbox": roles["customer"] + roles["auto"], "customer": roles["customer"], "auto": roles["auto"],
        "agent": roles["agent"], "ack": roles["ack"],
        "clean": clean, "clean_pct": round(100 * clean / len(cases)),
        "langs": ", ".join(f"{LANG_NAMES[k]} {langs[k]}" for k in ("en", "de", "fr", "es")),
        "en_pct": round(100 * langs["en"] / len(cases)),
        "statuses": ", ".join(f"{statuses[s]} {s}" for s in ("closed", "pending", "open")),
        "findings": ", ".join(f"{r} {found[r]}" for r in RULES if found[r]),
        "uq_cases": sum(1 for c in cases if c.uq),
        "chased_cases": sum(1 for c in cases if c.rules.get("customer-chased")),
        "no_id": sum(1 for m in msgs if not m.message_id),
    }


README = """# Practice corpus 76: Wrenhurst Saddlery support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen. This file is written by the generator, like the rest of the folder.

- Company: **Wrenhurst Saddlery**, an equestrian tack shop with a repairs workshop in the
  English Midlands: new and second-hand saddles, saddle fitting visits, bridles and bits,
  turnout and stable rugs, girths and numnahs, mail order at home and to Germany, France and
  Spain, repairs (reflocking, restitching, rug repairs), trade accounts for yards and riding
  schools. Support address `shop@wrenhurstsaddlery.example`; agents Pip Ashcombe (shop and
  mail order), Gareth Pryce (master saddler, repairs workshop), Imogen Thorne (saddle
  fitter), Ruth Caddick (accounts, returns and refunds), Anke Brinkmann (German-speaking
  customers), Solène Marchetti (French-speaking customers) and Lucía Ferrer (Spanish-speaking
  customers), all `@wrenhurstsaddlery.example`. A helpdesk robot
  (`shop@wrenhurstsaddlery.example`, `Auto-Submitted: auto-replied`) acknowledges a few mails
  with "we will reply within one working day" - service-hours text, not a commitment.
- Customers are private riders, parents of pony-mad children, livery yards, a stud, riding
  and trekking centres, a Pony Club, a German riding club and a Spanish riding school, on
  `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain wrenhurstsaddlery.example`.

```
python scripts/make_practice76_corpus.py                   # regenerate (deterministic, stdlib only)
python scripts/make_practice76_corpus.py --out /tmp/p76    # ... into another folder
python scripts/evaluate.py --corpus tests/practice76       # accuracy of the current tool
python -m pytest -q tests/test_practice76_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. Do not edit generated files; edit the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

{cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and {auto}
customer out-of-office reply), {agent} support replies, {ack} helpdesk acknowledgements.
{clean} clean cases ({clean_pct} %). Languages: {langs} ({en_pct} % English).
Statuses: {statuses}.

Expected findings: {findings}.
Unanswered questions are spread over {uq_cases} cases; {chased_cases} cases are chased.

Answered questions (not labelled) are answered in the agent's own words: three questions in
one paragraph out of order (w01), inline under each quoted line with an opinion, a price and
"Attached." (w03), with only figures (w07, w33: "Pony, cob and full. £42 each"), only a
tracking link (w12), a link to photos (w30), an attachment (w03, w14, w49, w53), by a
colleague (w22, w52), after a deferral with a promise (w18, w24, w44, w50), and after a chase
(w04, w19, w21, w24, w44, w46, w53). Many customer mails ask two to four things: direct
questions, indirect ones ("I was wondering whether ...", "Could you let me know ...",
"Pouvez-vous aussi me dire si ..."), requests without a question mark ("Please could you also
embroider ...", "I need a VAT receipt ...", "Necesito que la factura ...", "Bitte schicken Sie
mir außerdem ..."), questions inside a long paragraph (w06, w08), numbered and bulleted lists
(w03, w35).

Unanswered questions are the realistic kind: a secondary request the reply does not mention
(w02, w11, w13, w45, w54), two of four items skipped (w06, w35, w42, w45), an advice question
inside a long paragraph (w08), a neighbouring answer (w10: the 6'3 in stock for "Is the 6'6
in navy in stock?"), the last quoted question of an inline reply left with nothing under it
(w40), a question in a follow-up mail after the order was done (w38), a new request inside a
chaser (w46), one question of two beside a visit date (w48) or photos (w49), and a question
never touched while another is deferred and later answered (w44, w50).

Not questions (must not be flagged): a rhetorical "Why is it always the week before a show
that something snaps?!" and a self-answered "What was my order number... hang on, found the
email" (w12); "Hope you're well." (w08); the Spanish pleasantry "Hola, ¿qué tal?" (w54);
questions inside a forwarded order confirmation (w36); a signature "Fancy a ride along the
beach?" with `?` URLs (w33); support signatures with URLs and "Need a repair collected?";
thanks-only mails, including "I'll have a chat with my other half and be in touch" (w01,
w04, w05, w08, w12, w14, w16, w25, w29, w30, w47); a question in the customer's latest
unanswered mail is `awaiting-reply`, never `unanswered-question` (w17, w27).

Commitments: kept on time (w18 "I'll come back to you tomorrow", w50 "by Friday" kept on
Thursday), kept by a colleague (w22 "she'll be in touch by Friday"), kept late = missed (w04
"on Friday" -> Tuesday, w21 "tomorrow" -> four days later, w24 "bis Mittwoch" -> Monday, w44
"demain" -> five days later, w52 "he'll email you the repair quote tomorrow" -> Monday, w53
"on Monday" -> Thursday), never kept (w20 no deadline = 2-day window, w23 "early next week",
w26 "d'ici vendredi", w27 "mañana", w51 "by end of day"), a deadline still ahead at audit
time (w28, Tuesday 24th). Non-promises: logistics ("our courier will collect it on
Wednesday", w25; "They go out on Friday's courier", w02), a conditional offer ("If you'd
like, I can put it aside for you until Saturday", w30), the acknowledgement's "we will reply
within one working day" (w17, w19, w41).

Chasing in varied wording and languages: "just checking in - I haven't heard anything"
(w04), "I'm still waiting to hear back" and "This is my third email ... Is anyone there?"
(w17, two findings), a resend of the same question as a new mail without threading headers
(w19), "I haven't had the refund confirmation yet" (w21), "gibt es schon etwas Neues ...?"
(w24), "Sigo esperando el presupuesto" (w27), "Je me permets de vous relancer" (w44), "any
news on the bridle?" with a new request (w46), "I'm still waiting for the fitting report"
from a client that lost the threading headers (w53).

Status and timing: awaiting reply (w17, w27), a fresh case inside the response target with
only the acknowledgement (w41), slow first responses (w19 a week; w34 Friday afternoon
answered on Monday), an explicit close "I'll mark this one as resolved" followed by a new
problem (w29) and a `[Resolved]` subject tag followed by a new request (w31), three agents on
one case (w32), a customer's out-of-office reply right after the answer (w43), two customers
using the same subject "Saddle fitting" (w47, w48).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora client that sets no
Message-ID ({no_id} message, w07, so the reply has no In-Reply-To); top-posted and inline
replies; plain 7bit, quoted-printable, base64 (w39, w45), multipart/alternative (w31, w49,
acknowledgements) and HTML-only (w14); PDF and PNG attachments (an invoice, a care leaflet,
returns labels, a trade application, a fitting report, photos of a girth, a saddle flap,
transit damage and a second-hand saddle); a Cc (w18); a References gap (w29); letters to a
named agent's own address.

## Judgement calls

- **Deferral is not an unanswered question** (w04, w18, w20, w22, w23, w24, w26, w27, w28,
  w44, w50, w52, w53): a question answered with a promise is labelled only through
  `missed-follow-up` when the promise is broken (w28's deadline is still ahead).
- **w10**: "Is the 6'6 in navy in stock? If so I'd like to swap." is one request; the reply
  talks about the 6'3 and a returns label, so it is labelled once, as the stock question.
- **w23**: "Happy to bring whatever you'd like to try, treeless included" answers the treeless
  question; the broken promise is the date, said on Thursday "early next week" = by Tuesday.
- **w32**: Pip's "I've passed your photos to Gareth in the workshop" is a hand-over, not a
  promise; Gareth answers the next questions the same day. Ruth's claim does not send the
  invoice the customer asked for.
- **w46**: "any news on the bridle?" is a chase answered by the reply; the keeper request in
  the same mail is labelled unanswered.
- **w47**: "Monday 9th at 3.30 is great, see you then!" only accepts the offered date: a
  thanks-only message that asks nothing.
- **w53**: Imogen's last mail is 7 days 20 hours before the audit time, so the case is closed
  although the report came late.
- **w01**: "I'll have a chat with my other half and be in touch" is the customer's own plan,
  not a question: thanks-only.

## Independence

Written from the brief, /work/shared/report-contract.md (rules and definitions),
tests/eval/README.md (format and conventions), scripts/mailcraft.py,
scripts/make_practice24_corpus.py and tests/test_practice24_corpus.py (structure only),
tests/corpusfiles.py (test helpers). Not opened: anything under `happyaudit/`, the README's
method, accuracy and weak-point sections, any other test, corpus or generator. All labels
were fixed before the single evaluation run and none was changed after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.wrenhurstsaddlery.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(README.format(**figures(cases)), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    ids = [p["Message-ID"] for p in inbox + sent]
    if len(set(ids)) != len(ids):
        found.append("two messages share a Message-ID (or more than one has none)")
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
        raise SystemExit("refusing to write tests/practice76:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice76:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice76 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice76")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
