#!/usr/bin/env python3
"""Regenerate ``tests/practice103/``: a labelled corpus of Lindenfold Blinds & Curtains.

A support mailbox of a fictional maker of made-to-measure blinds, curtains and shutters in
Bristol (home measuring visits, fabric samples, quotes, fitting appointments, motorised blinds
and smart-home hubs, repairs and re-cording, guarantees and invoices), written without looking
at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``lindenfoldblinds.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
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

Usage: python scripts/make_practice103_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
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
SUPPORT_DOMAIN = "lindenfoldblinds.example"
CARE = "Lindenfold Customer Care <care@lindenfoldblinds.example>"
RULES = mailcraft.RULES
YEAR = 2026
CORPUS_NAME = "practice103"

AGENTS = {
    "hollie": ("Hollie Brackenbury <hollie@lindenfoldblinds.example>", "thunderbird", "-- \n" + """Hollie Brackenbury
Customer Care | Lindenfold Blinds & Curtains
0117 496 0712 | Book a free measuring visit: https://lindenfoldblinds.example/book?src=email"""),
    "devan": ("Devan Marsh <devan@lindenfoldblinds.example>", "outlook", """Devan Marsh
Fitting & Installations Coordinator
Lindenfold Blinds & Curtains | 12 Ropewalk Yard, Bristol BS2 0JA
Need to move your fitting? Reply to this email at least 48 hours before."""),
    "niamh": ("Niamh Corrigan <niamh@lindenfoldblinds.example>", "apple", """Niamh Corrigan
Workroom & Repairs | Lindenfold Blinds & Curtains
https://lindenfoldblinds.example/repairs?from=sig"""),
    "gareth": ("Gareth Pryce <gareth@lindenfoldblinds.example>", "owa", """Gareth Pryce
Motorised Blinds & Smart Home | Lindenfold Blinds & Curtains

This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please notify the sender and delete it."""),
    "friederike": ("Friederike Asmus <friederike@lindenfoldblinds.example>", "outlook_de", """Friederike Asmus
Kundenservice (deutschsprachig) | Lindenfold Blinds & Curtains
https://lindenfoldblinds.example/de?ref=signatur"""),
    "celine": ("Céline Rouvière <celine@lindenfoldblinds.example>", "apple_fr", """Céline Rouvière
Service clients francophone | Lindenfold Blinds & Curtains
https://lindenfoldblinds.example/fr?utm_source=email"""),
    "pilar": ("Pilar Echeverría <pilar@lindenfoldblinds.example>", "gmail_es", "--\n" + """Pilar Echeverría
Atención al cliente | Lindenfold Blinds & Curtains
+44 117 496 0719"""),
}

ACK = """Hello,

Thank you for contacting Lindenfold Blinds & Curtains. This is an automatic
confirmation that your message has been logged as {ref}.

Our customer care team is available Monday to Friday 8am-6pm and Saturday
9am-1pm, and we aim to reply within one working day.

Looking for your fitting date? https://lindenfoldblinds.example/help?ticket={ref}

Lindenfold Blinds & Curtains - Customer Care"""

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
    "iphone": ["X-Mailer: iPhone Mail (22B83)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Lindenfold Desk 5.0"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="lf.", outlook_server="CWLP265")
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
    """A reply by support agent ``who`` at ``when`` (Bristol time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Bristol: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

DENTAL_QUOTE_PDF = mailcraft.pdf(["Lindenfold Blinds & Curtains - Quotation Q-26-1188",
                                  "Prepared for: Mrs J. Okoro",
                                  "6 x vertical blind, Medi-Clean Arctic White, 89mm louvres",
                                  "Supply and fit: GBP 1,164.00 incl. VAT",
                                  "Valid until 31 January 2027"])
TRADE_LIST_PDF = mailcraft.pdf(["Lindenfold Blinds & Curtains - Landlord price list 2026/27",
                                "White roller blind, up to 90cm wide: GBP 58",
                                "White roller blind, 91-150cm wide: GBP 74",
                                "White roller blind, 151-240cm wide: GBP 96",
                                "Prices fitted, incl. VAT. Trade discount 12% (3+ properties)."])
CARROW_INVOICE_PDF = mailcraft.pdf(["Lindenfold Blinds & Curtains - Invoice INV-29760",
                                    "Order LF-29760, 14 Quarry Lane",
                                    "3 x vertical blind, Linen Stone, fitted 22/09/2026",
                                    "Total GBP 412.00 incl. VAT - PAID"])
MOTOR_QUOTE_PDF = mailcraft.pdf(["Lindenfold Blinds & Curtains - Revised quotation Q-26-1204",
                                 "4 x motorised roller (sitting room), 1 x hub, 2 x remote",
                                 "Supply, fit and set-up: GBP 1,420.00 incl. VAT"])
ROYCE_CONFIRM_PDF = mailcraft.pdf(["Lindenfold Blinds & Curtains - Revised order confirmation",
                                   "Order LF-30461 (revision 2)",
                                   "1 x Roman blind, Marlow stripe (Slate), 92 x 130 cm, chain left",
                                   "Price unchanged: GBP 246.00"])
THORNBURY_QUOTE_PDF = mailcraft.pdf(["Lindenfold Blinds & Curtains - Quotation Q-26-1197 (v2)",
                                     "Sitting room: Tidewater linen, pinch pleat, thermal lining",
                                     "Bedroom: Tidewater linen, wave heading, blackout lining",
                                     "Wave track supplied and fitted",
                                     "Total GBP 1,386.00 incl. VAT"])
TARIFA_PDF = mailcraft.pdf(["Lindenfold Blinds & Curtains - Tarifa profesional 2027",
                            "Estor enrollable screen 5%: desde GBP 41 / m2",
                            "Cortina ignifuga BS 5867: desde GBP 29 / m confeccion",
                            "Descuento estudios de arquitectura: 15%"])
SCHULZ_ANGEBOT_PDF = mailcraft.pdf(["Lindenfold Blinds & Curtains - Angebot Q-26-1191",
                                    "2 x elektrische Vorhangschiene, 220 cm, Funkmotor",
                                    "1 x Funk-Relais fuer Homematic",
                                    "inkl. Montage: GBP 1,280.00"])
ABBOTT_INVOICE_PDF = mailcraft.pdf(["Lindenfold Blinds & Curtains - Invoice INV-21193",
                                    "Order LF-21193, 7 Fernbank Avenue",
                                    "4 x plantation shutter, full height, Silk White",
                                    "Fitted 14/06/2022 - Total GBP 2,980.00 - PAID"])
LOUVRE_PNG = mailcraft.png(14, 10, lambda x, y: (236 - 3 * y, 234 - 2 * y, 226 - (40 if x == 7 else 0)))
KWAME_PNG = mailcraft.png(12, 12, lambda x, y: (210 + 3 * x, 215, 220 - 4 * y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("l01-hartley-bay-window", "en", "closed", {},
      "Ruth Hartley <ruth.hartley@example.com>", "gmail", "Measuring a bay window",
      "Three numbered questions about a measuring visit answered in one paragraph in a different order; the customer picks a slot and it is booked.",
      cu("11-02 09:12", """Hi there,

We've finally finished the extension and the living room now has a big five-sided bay that needs dressing. A few questions before I book anything:

1. Do you measure bay windows yourselves, or do I need to get the measurements?
2. How long does a measuring visit usually take? I'll need to work from home that morning.
3. Could the person bring the neutral linen samples with them? We're leaning towards curtains rather than blinds but want to see both.

Thanks,
Ruth Hartley"""),
      ag("hollie", "11-02 11:40", """Hi Ruth,

Congratulations on finishing the extension! Bays are best left to us - our surveyor measures every facet and angle and that's what we quote from, so please don't attempt it yourself. I've asked Tom to bring the full neutral linen book plus a handful of blackout and sheer roller swatches so you can compare the two side by side; allow around 45 minutes.

He has Thursday 5th at 9:30 or Friday 6th at 11:00 free - just say which suits.

Best wishes,
Hollie"""),
      cu("11-02 12:05", """Thursday at 9:30 please.

Ruth"""),
      ag("hollie", "11-02 12:30", """Hi Ruth,

Booked - Tom will see you on Thursday 5th at 9:30 and will ring about 20 minutes before he arrives.

Best wishes,
Hollie""")),

    C("l02-fenwick-blackout", "en", "closed", {"unanswered-question": 1},
      "Sam Fenwick <sam.fenwick@fenwickhome.example>", "outlook", "Blackout blinds x3",
      "Price and child safety of three blackout rollers answered; the Saturday-fitting question at the end of the paragraph is skipped.",
      cu("11-03 20:15", """Hello,

We need blackout roller blinds for three bedrooms (the streetlight outside shines straight in and the kids are up at 5am as a result). The windows are roughly 120 cm wide by 150 cm drop, all three the same.

What would three blackout rollers at that size cost, roughly? Are the chains child safe? Our youngest is two and into everything. Also, could you tell me whether you fit on Saturdays? We both work weekdays.

Thanks
Sam Fenwick""", uq=1),
      ag("devan", "11-04 09:05", """Hi Sam,

At 120 x 150 our Nightfall blackout roller is £96 per blind, so £288 for the three, fitted. That's a guide price - the surveyor confirms it once he's measured.

On safety: we don't fit loose chains in children's rooms. You can have a spring (cordless) roller at no extra charge, or a chain held taut by a safety tensioner screwed to the wall so there's no loop to get caught in.

Kind regards,
Devan""")),

    C("l03-tate-motor-pairing", "en", "pending", {},
      "Imogen Tate <imogen.tate@example.com>", "iphone", "Spare remote + closing at dusk",
      "Two motorisation questions answered inline under the quoted lines; thanks-only reply.",
      cu("11-16 19:40", """Hi Gareth,

The motorised blinds you fitted last week are brilliant but I'm stuck on two things.

How do I pair the spare remote you left with the kitchen blind? And is there a way of making the bedroom blinds close on their own when it gets dark? I've been through the app and can't see it anywhere.

Imogen

Sent from my iPhone"""),
      ag("gareth", "11-17 08:50", """Morning Imogen,

Answers under yours:

> How do I pair the spare remote you left with the kitchen blind?

Hold the P button on the back of the remote that already works until the blind jogs up and down, then press P once on the spare one. The blind jogs again to confirm.

> And is there a way of making the bedroom blinds close on their own when it gets dark?

Yes - Automations > New > Sun, pick Sunset, tick the two bedroom blinds and set the action to Close. You can offset it by up to an hour either way.

Gareth""", quote=False),
      cu("11-17 09:20", """Both done, you're a star. Thank you!

Imogen

Sent from my iPhone""", thanks=True)),

    C("l04-rao-velvet-curtains", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Aditi Rao <aditi.rao@kensalrise.example>", "gmail", "Velvet curtains LF-30377",
      "'I'll come back to you by Wednesday' with a fitting date; nothing until the customer chases the next Monday.",
      cu("11-09 09:00", """Hi Hollie,

Our made-to-measure curtains (order LF-30377, the Dove grey velvet, pinch pleat) were due this week according to the confirmation. Is there an update on when they'll be ready? We have family arriving on the 28th and I'd love them up before then.

Thanks,
Aditi"""),
      ag("hollie", "11-09 11:30", """Hi Aditi,

Velvet takes a little longer in the workroom because every pair is hand-finished. Let me check with Niamh where yours are in the queue and I'll come back to you by Wednesday with a fitting date.

Best wishes,
Hollie""", promises=[("11-11", 4)]),
      cu("11-16 08:40", """Hi Hollie,

Any news on the curtains? I haven't heard anything since last Monday and the 28th is getting close.

Aditi""", chase=True),
      ag("hollie", "11-16 10:15", """Hi Aditi,

I'm so sorry - I should have written on Wednesday. Your curtains came off the table on Friday and passed inspection this morning. Devan can fit them on Tuesday 24th between 8 and 10, well before your family arrive, and I've pencilled that in; just reply if you'd rather a different morning.

Best wishes,
Hollie""")),

    C("l05-dewhurst-shutters", "en", "pending", {"unanswered-question": 2},
      "Malcolm Dewhurst <m.dewhurst@greyfriarsroad.example>", "outlook", "Shutters for a Victorian terrace",
      "One long paragraph with four questions; the reply covers the free survey and the colours and offers dates, but not the tier-on-tier idea or the old venetians.",
      cu("11-17 13:10", """Dear Sir/Madam,

We moved into a Victorian terrace in the summer and would like to replace the rather tired venetian blinds at the front with plantation shutters. The bay is three panes and there is also a narrow kitchen window at the back, about 60 cm wide, where I was wondering whether tier-on-tier shutters would work, as we'd like to be able to open the top half for light while keeping the bottom closed. My wife is keen on a painted finish rather than stained wood, so could you let me know what colours the painted range comes in? We would also like to know if the survey is free or whether it is deducted from the order. Do we need to take the old venetians down before your surveyor comes?

Yours faithfully,
Malcolm Dewhurst""", uq=2),
      ag("hollie", "11-17 15:30", """Dear Mr Dewhurst,

Thank you for getting in touch. The survey costs nothing and there's no obligation - the surveyor measures, shows you the samples and leaves a written quote.

Our painted shutters come in fourteen standard whites and colours, all shown here: https://lindenfoldblinds.example/shutters/painted-colours?ref=email - and we can colour-match to any paint brand for a small supplement.

I can offer a survey on Monday 23rd at 10:00 or Wednesday 25th at 14:00.

Kind regards,
Hollie""")),

    C("l06-brennan-samples", "en", "closed", {},
      "Orla Brennan <orla@brennanstudio.example>", "apple", "Sample request",
      "Sample request plus 'is there a charge?', answered with 'in the post' and 'on us'.",
      cu("11-03 10:20", """Hello!

Please send me samples of the Harlow velvet in Moss and Ochre, and the Tidewater linen in Chalk. I'm doing up a reading nook and can't decide between cosy and airy.

Is there a charge for samples, by the way?

Orla Brennan
Brennan Studio | Interiors
www.brennanstudio.example"""),
      ag("niamh", "11-03 12:45", """Hi Orla,

All three went in this afternoon's post, first class, so they should be with you by Thursday. Samples are on us - up to eight per household.

A reading nook sounds lovely. The Moss is especially good in low light.

Niamh""")),

    C("l07-ashworth-motor-fault", "en", "closed", {"missed-follow-up": 1},
      "Bernard Ashworth <b.ashworth@example.net>", "gmail", "Motorised roman blind stuck",
      "Warranty answered; battery-or-motor deferred with 'one of us will email you by Friday', which never happens; the case goes quiet.",
      cu("11-10 21:30", """Hello,

One of the motorised roman blinds in our sitting room (fitted March 2025) has stopped halfway and won't go up or down. The other two are fine. The little light on the motor flashes red three times when I press the remote.

Is it the battery or the motor? And can it be repaired under the warranty, or is that something we'd pay for?

Regards,
Bernard Ashworth"""),
      ag("niamh", "11-11 09:15", """Dear Mr Ashworth,

Sorry to hear it's misbehaving. Your blinds are well within the five-year motor warranty, so there's no charge for the repair whichever part it turns out to be. Three red flashes can mean a flat battery pack or a motor fault, so I'll ask Gareth to check the fault log remotely, and one of us will email you by Friday with what he finds and a visit date if one is needed.

In the meantime please leave it on charge overnight.

Kind regards,
Niamh""", promises=[("11-13", None)])),

    C("l08-brandt-plissee", "de", "closed", {"unanswered-question": 1},
      "Jürgen Brandt <j.brandt@brandt-familie.example>", "gmail_de", "Plissees für Dachfenster",
      "German: top-down/bottom-up pleated blinds for roof windows confirmed with lead time; the request for a quote including fitting is not addressed.",
      cu("11-04 18:50", """Guten Tag,

wir haben im Dachgeschoss zwei Velux-Fenster (GGL 306, also 78 x 118 cm) und suchen Plissees, die man von oben und von unten verschieben kann. Können Sie so etwas für diese Fenster anfertigen? Wie lange dauert die Lieferung ungefähr?

Bitte schicken Sie mir auch ein Angebot inklusive Montage, meine Frau und ich sind handwerklich leider nicht sehr begabt.

Vielen Dank und freundliche Grüße
Jürgen Brandt""", uq=1),
      ag("friederike", "11-05 09:40", """Sehr geehrter Herr Brandt,

vielen Dank für Ihre Anfrage. Ja, für Velux GGL 306 fertigen wir Plissees mit seitlichen Führungsschienen, die sich von oben und von unten bedienen lassen. Den Stoff „Lumen" gibt es in zwölf Farben, auch verdunkelnd.

Ab Bestellung rechnen Sie bitte mit etwa drei Wochen.

Mit freundlichen Grüßen
Friederike Asmus""")),

    C("l09-marchetti-move-fitting", "en", "closed", {},
      "Chloe Marchetti <chloe.m@example.org>", "gmail", "Fitting on Thursday 12th",
      "A rhetorical question and a self-answered one around the real request (move the fitting), which is done; thanks-only reply.",
      cu("11-04 07:55", """Morning!

Who knew choosing a shade of grey could take three weeks? Anyway, the roman blinds are finally ordered and you've booked the fitting for Thursday 12th. Where's my order number... oh, it's on the invoice: LF-30418.

Could you move the fitting to the following Monday instead? I'm away on the Thursday now.

Chloe"""),
      ag("devan", "11-04 10:20", """Hi Chloe,

No problem - you're now down for Monday 16 November, 8-10am, same fitter (Pete). You'll get a text the evening before.

Kind regards,
Devan"""),
      cu("11-04 10:31", """Perfect, thanks Devan!""", thanks=True)),

    C("l10-okoro-dental-verticals", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Jane Okoro <practice.manager@ashdowndental.example>", "outlook", "Vertical blinds - 6 surgeries",
      "Wipe-clean fabric answered; quote promised 'by Monday' arrives Tuesday after a chase; the request to invoice the practice is never addressed.",
      cu("11-12 12:40", """Hello,

We're refurbishing the surgeries at Ashdown Dental and need vertical blinds for six windows (sizes below). Infection control is strict, so do you do a fabric that can be wiped down with disinfectant?

Surgery 1: 180 x 140
Surgery 2: 180 x 140
Surgery 3: 160 x 140
Reception: 240 x 160 (two windows)
Office: 90 x 120

Please send a quote for all six. Could you invoice the practice rather than me personally? Our accountant is very particular.

Many thanks
Jane Okoro
Practice Manager, Ashdown Dental Practice""", uq=1),
      ag("devan", "11-12 15:05", """Hi Jane,

Yes - our Medi-Clean vertical louvres are antimicrobial-treated and can be wiped with standard surface disinfectants (we have the test sheet if your infection control lead wants it). They come in nine colours.

I'll put the quote for all six together and send it over by Monday.

Kind regards,
Devan""", promises=[("11-16", 4)]),
      cu("11-17 09:10", """Hi Devan,

Just following up on the quote - we have a budget meeting on Thursday and I need the figure for it.

Jane""", chase=True),
      ag("devan", "11-17 11:30", """Hi Jane,

Apologies for the delay. Quote attached: £1,164 for all six in Arctic White, fitted, with the two reception blinds on a shared headrail. It's valid until the end of January.

Kind regards,
Devan""", attach=[("application/pdf", "Q-26-1188.pdf", DENTAL_QUOTE_PDF)])),

    C("l11-morel-voilages", "fr", "closed", {},
      "Hélène Morel <helene.morel@morel-famille.example>", "apple_fr", "Voilages en lin sur mesure",
      "French: linen sheers, lead time and samples answered in one reply; thanks-only reply.",
      cu("11-05 09:30", """Bonjour,

Je voudrais savoir si vous faites des voilages en lin sur mesure, pour deux grandes fenêtres de salon (environ 2,40 m de haut). Quel est le délai de fabrication en ce moment ? Et pourriez-vous m'envoyer quelques échantillons dans les tons naturels ?

Je vous remercie par avance.

Bien cordialement,
Hélène Morel""", tz=1),
      ag("celine", "11-05 11:15", """Bonjour Madame Morel,

Oui, bien sûr : nous confectionnons des voilages en lin lavé et en étamine de lin, jusqu'à 3 m de hauteur sans raccord. Comptez trois semaines entre la validation et la pose. Je vous ai posté ce matin cinq échantillons (naturel, grège, craie, sable et ficelle).

Bien à vous,
Céline"""),
      cu("11-09 18:05", """Échantillons bien reçus, merci beaucoup !

Hélène Morel""", tz=1, thanks=True)),

    C("l12-pereira-estores", "es", "closed", {"unanswered-question": 1},
      "Lucía Pereira <lucia@pereira-asesores.example>", "gmail_es", "Estores para oficina",
      "Spanish: screen fabric and installation time answered (plus a link); the volume-discount question is skipped.",
      cu("11-05 10:05", """Buenos días:

Les escribo porque estamos reformando nuestra oficina en Clifton y necesitamos seis estores enrollables de tejido screen, de los que dejan ver hacia fuera pero cortan el reflejo en las pantallas. ¿Tienen ese tipo de tejido en gris oscuro? ¿Cuánto tardarían en instalarlos desde que les confirmemos el pedido?

Y quisiera saber si ofrecen algún descuento para empresas o por volumen.

Un saludo,
Lucía Pereira
Pereira Asesores""", uq=1),
      ag("pilar", "11-05 13:20", """Hola, Lucía:

Sí, tenemos el screen al 5 % en antracita y en gris piedra, que es justo el que se usa para quitar reflejos en las pantallas. Desde la confirmación tardamos unas dos semanas y media en fabricar e instalar.

Te dejo aquí la carta de colores: https://lindenfoldblinds.example/es/screen?utm_source=email

Un saludo,
Pilar""")),

    C("l13-whitcombe-track-reopened", "en", "closed", {"reopened": 1},
      "Graham Whitcombe <graham@whitcombe.example>", "thunderbird", "Curtain track come away from wall",
      "Track re-fixed and 'I'll mark this ticket as resolved'; five days later a new problem in the same thread (References with a gap), answered by a colleague.",
      cu("11-02 08:30", """Hello,

The curtain track in our bedroom has come away from the wall at one end - the bracket has pulled out of the plaster. You fitted it in 2024. Can someone come and re-fix it?

Graham Whitcombe"""),
      ag("devan", "11-02 10:00", """Dear Mr Whitcombe,

Sorry about that. Pete can come on Wednesday 4th between 1 and 3pm to re-fix it with longer plugs - no charge, it's under our two-year fitting guarantee.

Kind regards,
Devan"""),
      cu("11-02 10:30", """Wednesday is fine, thanks.

Graham""", thanks=True),
      ag("devan", "11-04 16:10", """Dear Mr Whitcombe,

Pete tells me the track is back up and he's added an extra bracket in the middle for good measure. I'll mark this ticket as resolved - just reply if anything else comes up.

Kind regards,
Devan""", closes=True),
      cu("11-09 19:45", """Hello again,

The track is solid now, thank you. But the curtains themselves don't meet in the middle any more - there's a 5 cm gap when they're closed. Could the overlap arm be adjusted, or do the curtains need altering?

Graham""", refs=[1, 4]),
      ag("niamh", "11-10 09:30", """Dear Mr Whitcombe,

It's the overlap arm: with the extra bracket in the middle, the master carrier can't travel quite as far. The curtains themselves are fine. Pete will pop back on Thursday 12th in the morning to move that bracket 10 cm and re-set the arms.

Kind regards,
Niamh""")),

    C("l14-hayes-fabric-swap", "en", "open", {"awaiting-reply": 1},
      "Tom Hayes <tom.hayes@example.com>", "android", "Change of fabric LF-30502",
      "Request to swap fabric before cutting; only the helpdesk acknowledgement, no human reply for over two days.",
      cu("11-18 07:45", """Hi, quick one - we ordered the Linford stripe roman blind last week (LF-30502) but my partner has changed her mind and prefers the plain Linford in Sage. Can we still swap the fabric or has it been cut already? Happy to pay any difference.

Tom

Get Outlook for Android"""),
      ack("11-18 07:46")),

    C("l15-qureshi-bay-track", "en", "open", {},
      "Farah Qureshi <farah.q@example.org>", "gmail", "Motorised curtain track for a bay",
      "Fresh enquiry with three questions on the audit morning; only the acknowledgement so far, still inside the response target.",
      cu("11-20 09:30", """Hello,

We're thinking about a motorised curtain track for the bay in our front room (it's about 4 metres around). Do your tracks bend to follow a bay, or would it need to be three straight sections? Can they be controlled by voice? And roughly how much are we talking for something that size?

Many thanks,
Farah Qureshi"""),
      ack("11-20 09:31")),

    C("l16-lindqvist-shutter-louvre", "en", "pending", {"many-handoffs": 1},
      "Annika Lindqvist <annika@lindqvist-home.example>", "apple", "Cracked louvre + stiff tilt rod",
      "Photo of a transit-damaged louvre; customer care hands over, the fitting coordinator books the visit (kept within the window) and the workroom confirms the part: three agents.",
      cu("11-12 14:00", """Hi,

Our new shutters were fitted on Tuesday and they look great, but one louvre in the bedroom panel is cracked along the edge - it must have happened in transport, as it was like that when the box was opened. The tilt rod on the landing panel is also very stiff.

Can you replace the cracked louvre and have a look at the stiff one? Photo attached.

Annika""", attach=[("image/png", "IMG_4471.png", LOUVRE_PNG)]),
      ag("hollie", "11-12 15:10", """Hi Annika,

Oh no, sorry about that - and thank you for the photo, it's clearly a transit crack. I've passed it to Niamh in the workroom to order a colour-matched louvre, and Devan will be in touch to arrange the visit.

Best wishes,
Hollie""", promises=[("window", 3)]),
      ag("devan", "11-13 09:00", """Hi Annika,

Pete can come on Thursday 19th in the morning to fit the new louvre and ease the tilt rod on the landing panel - a stiff rod usually just needs the tension screw backing off a quarter turn, so that part takes ten minutes.

Kind regards,
Devan"""),
      ag("niamh", "11-16 11:20", """Hi Annika,

Just to let you know the replacement louvre arrived from the factory this morning, matched to your Silk White, so Pete will have it with him on Thursday.

Niamh""")),

    C("l17-okafor-landlord", "en", "pending", {"slow-first-response": 1},
      "Chidi Okafor <chidi.okafor@okafor-lettings.example>", "outlook", "Blinds for rental flats",
      "Friday-afternoon letting-agent enquiry answered on Monday morning: trade rate, key collection and the price list attached.",
      cu("11-13 16:30", """Good afternoon,

I manage a dozen flats in Redland and Cotham and we replace blinds between tenancies fairly often. Do you offer a trade rate for landlords? Can your fitters collect keys from our office rather than needing the tenant to be in? And please send me your standard price list for white roller blinds.

Regards,
Chidi Okafor
Okafor Lettings"""),
      ag("hollie", "11-16 10:05", """Dear Mr Okafor,

Apologies for the wait over the weekend. Landlords and letting agents with three or more properties get 12% off list, and key collection from your office is no problem at all - we just note it on the job sheet. The landlord price list is attached.

Kind regards,
Hollie""", attach=[("application/pdf", "landlord-price-list-2026.pdf", TRADE_LIST_PDF)])),

    C("l18-vogel-doppelrollo", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Petra Vogel <petra.vogel@example.net>", "thunderbird_de", "Doppelrollo Kinderzimmer defekt",
      "German: warranty confirmed, 'ich melde mich morgen' not kept; the customer asks 'gibt es schon etwas Neues?' three days later and gets the repair plan.",
      cu("11-09 08:15", """Hallo,

das Doppelrollo im Kinderzimmer (Auftrag LF-29951) lässt sich seit gestern nicht mehr hochziehen, die Kette rutscht einfach durch. Kann man das reparieren, oder muss ein neues her? Und fällt das noch unter die Garantie? Wir haben es im Mai gekauft.

Viele Grüße
Petra Vogel"""),
      ag("friederike", "11-09 10:40", """Liebe Frau Vogel,

das tut mir leid. Ein Rollo vom Mai ist selbstverständlich noch in der Garantie. Ich kläre mit unserer Werkstatt, ob sich nur das Kettengetriebe tauschen lässt, und melde mich morgen bei Ihnen.

Viele Grüße
Friederike Asmus""", promises=[("11-10", 4)]),
      cu("11-12 20:10", """Hallo Frau Asmus,

gibt es schon etwas Neues wegen des Rollos? Das Kinderzimmer ist morgens leider taghell.

Viele Grüße
Petra Vogel""", chase=True),
      ag("friederike", "11-13 09:00", """Liebe Frau Vogel,

entschuldigen Sie bitte, dass ich mich erst jetzt melde. Die Werkstatt tauscht nur das Kettengetriebe, das Rollo selbst ist in Ordnung. Unser Monteur holt es am Dienstag, 17. November, vormittags ab und bringt es am Freitag repariert zurück - kostenlos.

Viele Grüße
Friederike Asmus""")),

    C("l19-bramley-venetian-slats", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Priya Bramley <priya.bramley@example.com>", "gmail", "Replacement slats for wooden venetian",
      "No reply for five days after the acknowledgement; the customer replies to her own mail; the answer covers both questions with a price and a how-to link.",
      cu("11-11 13:20", """Hello,

Two slats on our wooden venetian (bought from you in 2023) have snapped where the ladder tape holds them - the cat, I'm afraid. Can you supply two replacement slats? They're 50 mm, Walnut finish, 145 cm wide. Or do we need to send the whole blind in?

Thanks,
Priya Bramley"""),
      ack("11-11 13:21"),
      cu("11-16 08:05", """Hi,

I haven't heard back about the slats - could someone let me know? Happy to pay for them, I just don't want to buy a whole new blind.

Priya""", chase=True, parent=1),
      ag("niamh", "11-16 11:40", """Hi Priya,

I'm sorry your first email slipped past us. We can cut two 50 mm Walnut slats to 145 cm for you - £9 each plus £4.50 postage - and they thread in from the bottom once you take the end caps off, so the blind can stay where it is. There's a short video here:

https://lindenfoldblinds.example/help/venetian-slats?v=2

If you'd rather we did it, a home visit is £45.

Niamh""")),

    C("l20-carrow-invoice-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Derek Carrow <derek.carrow@example.net>", "thunderbird", "Copy invoice - 14 Quarry Lane",
      "Invoice request resent word for word as a new mail five days later (no threading headers); the reply attaches the invoice.",
      cu("11-11 17:00", """Hello,

Please can you send me a copy of the invoice for the vertical blinds you fitted at 14 Quarry Lane in September (order LF-29760)? I need it for the landlord to reimburse me.

Regards
Derek Carrow"""),
      cu("11-16 09:30", """Hello,

Please can you send me a copy of the invoice for the vertical blinds you fitted at 14 Quarry Lane in September (order LF-29760)? I need it for the landlord to reimburse me.

Regards
Derek Carrow""", chase=True, parent=0),
      ag("hollie", "11-16 12:10", """Dear Mr Carrow,

Here it is - invoice INV-29760, marked paid. Sorry you had to ask twice.

Kind regards,
Hollie""", attach=[("application/pdf", "INV-29760.pdf", CARROW_INVOICE_PDF)])),

    C("l21-dupont-venitiens", "fr", "open", {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Bertrand Dupont <bertrand.dupont@dupont-immo.example>", "apple_fr", "Stores vénitiens abîmés",
      "French office: 'je reviens vers vous d'ici jeudi avec un chiffrage', never kept; two relances, the last one unanswered for over two days.",
      cu("11-09 09:00", """Bonjour,

Nous avons fait poser chez vous des stores vénitiens en aluminium dans nos bureaux l'an dernier. Trois d'entre eux ont les lames tordues (chute d'un escabeau, ne me demandez pas…). Pouvez-vous les réparer sur place, ou faut-il les remplacer ? Pourriez-vous aussi m'indiquer le coût approximatif ?

Cordialement,
Bertrand Dupont
Dupont Immobilier""", tz=1),
      ag("celine", "11-09 11:30", """Bonjour Monsieur Dupont,

Merci pour votre message. Sur ce modèle, tout dépend de l'état des échelles et du mécanisme : je vérifie avec notre atelier si les lames peuvent être changées une à une et je reviens vers vous d'ici jeudi avec un chiffrage.

Bien à vous,
Céline""", promises=[("11-12", None)]),
      cu("11-16 09:15", """Bonjour Madame Rouvière,

Je me permets de vous relancer au sujet de nos stores vénitiens : je n'ai rien reçu jeudi.

Cordialement,
Bertrand Dupont""", tz=1, chase=True),
      cu("11-18 08:50", """Bonjour,

Toujours sans nouvelles de votre part. Pourriez-vous au moins me dire si la réparation est possible ?

B. Dupont""", tz=1, chase=True)),

    C("l22-garcia-rieles-dobles", "es", "pending", {},
      "Andrés García <andres.garcia@example.com>", "gmail_es", "Cortinas de doble capa",
      "Spanish: double track and free measuring visit answered in one sentence ('Sí a las dos cosas'); the customer picks a slot and it is confirmed.",
      cu("11-17 18:30", """Hola:

Hemos comprado un piso en Redland y queremos poner cortinas de doble capa en el salón (visillo y opaca). ¿Hacen rieles dobles? ¿Y vienen a tomar medidas sin compromiso?

Gracias,
Andrés"""),
      ag("pilar", "11-18 09:10", """Hola, Andrés:

Sí a las dos cosas: tenemos rieles dobles de techo y de pared, y la visita para medir es gratuita y sin compromiso. Te puedo ofrecer el martes 24 por la tarde o el jueves 26 por la mañana.

Un saludo,
Pilar"""),
      cu("11-18 19:00", """El jueves 26 por la mañana nos va perfecto.

Andrés"""),
      ag("pilar", "11-19 08:30", """Hola, Andrés:

Apuntado: jueves 26, entre las 9 y las 11. El técnico te llamará al salir hacia allí.

Un saludo,
Pilar""")),

    C("l23-pennington-revised-quote", "en", "pending", {},
      "Victoria Pennington <v.pennington@penningtonhouse.example>", "owa", "Motorising the sitting room",
      "A pleasantry with a question mark; the hub question answered straight away and the revised quote promised 'tomorrow' sent the next day.",
      cu("11-16 10:00", """Hi Gareth,

Hope the rest of your Saturday wasn't too busy? Following your visit - we'd like to go ahead with motorising the four sitting room blinds, but not the two in the snug after all. Could you revise the quote? Also, does the hub work with Google Home, or only Alexa?

Victoria"""),
      ag("gareth", "11-16 14:30", """Hi Victoria,

It works with both, and with Apple Home if you ever switch. I'll send the revised quote for the four sitting room blinds tomorrow.

Gareth""", promises=[("11-17", 3)]),
      ag("gareth", "11-17 11:00", """Hi Victoria,

As promised, revised quote attached: four motors, one hub and two remotes, £1,420 including fitting and setting it all up.

Gareth""", attach=[("application/pdf", "Q-26-1204.pdf", MOTOR_QUOTE_PDF)])),

    C("l24-lowther-hub-offline", "en", "closed", {},
      "Hamish Lowther <hamish.lowther@example.org>", "gmail", "Hub offline after broadband change",
      "Customer care hands the question to the motorisation specialist ('he'll be in touch by tomorrow'), who answers the next morning; thanks-only reply.",
      cu("11-05 12:00", """Hello,

Our Lindenfold hub has been offline since we changed broadband provider last week, so none of the blinds respond to the app (the remotes still work). Do I need to reset it, and if so how?

Hamish Lowther"""),
      ag("hollie", "11-05 13:30", """Hi Hamish,

I've passed this to Gareth, our motorisation specialist - he'll be in touch by tomorrow with the steps.

Best wishes,
Hollie""", promises=[("11-06", 3)]),
      ag("gareth", "11-06 10:15", """Hi Hamish,

No full reset needed - it just has to join the new network. Hold the button on the back of the hub for five seconds until the light goes amber, then open the app, go to Settings > Hub > Wi-Fi and pick your new network. Your blinds, rooms and schedules are kept.

Gareth"""),
      cu("11-06 18:00", """That did it - all back. Many thanks both.

Hamish""", thanks=True)),

    C("l25-stanhope-cottages", "en", "pending", {},
      "Rebecca Stanhope <rebecca@stanhope-cottages.example>", "outlook", "Blinds for the three cottages",
      "Same-day fitting answered; the earliest date deferred with 'I'll confirm by Tuesday 24th' - still ahead at audit time.",
      cu("11-19 09:10", """Hi Devan,

The order for the three holiday cottages is all signed off. Can you fit the blinds at all three on the same day? And when is the earliest date you could do it? We have guests from 12 December.

Thanks,
Rebecca Stanhope
Stanhope Holiday Cottages"""),
      ag("devan", "11-19 14:20", """Hi Rebecca,

Same day is fine - I'll send two fitters and they'll start at Rose Cottage and work along the lane. For the earliest date I'm waiting on the factory to confirm when the fabric lands, so I'll confirm it by Tuesday 24th; either way it will be well before the 12th.

Kind regards,
Devan""", promises=[("11-24", None)])),

    C("l26-mensah-remake", "en", "closed", {},
      "Kwame Mensah <kwame.mensah@example.com>", "iphone", "Bathroom blind too narrow",
      "Measuring slip: remake price and what happens to the wrong blind answered with logistics (courier collection, next production run); thanks-only reply.",
      cu("11-03 08:10", """Hi,

The new roller for the bathroom arrived but it's 2 cm too narrow - I think I gave you the recess width instead of the outside width, my fault. Can you remake it? And what happens to the wrong one? Photo attached.

Kwame

Sent from my iPhone""", attach=[("image/png", "IMG_0921.png", KWAME_PNG)]),
      ag("hollie", "11-03 10:00", """Hi Kwame,

Not a problem at all. We'll remake it at the outside width at half price as it was a measuring slip, so £31. Our courier will collect the narrow one on Thursday morning - just leave it in its box by the door - and the new one goes on next week's production run.

Best wishes,
Hollie"""),
      cu("11-03 10:20", """That's very fair, thank you.

Kwame

Sent from my iPhone""", thanks=True)),

    C("l27-royce-forwarded-confirmation", "en", "closed", {},
      "Gillian Royce <gillian.royce@example.net>", "gmail", "Fwd: Your order LF-30461 is confirmed",
      "HTML-only forward of an order confirmation full of boilerplate questions; the customer's check-and-correct request is done and a revised confirmation attached.",
      cu("11-05 14:00", """Hi,

Can you check this for me? I'm sure I asked for the Marlow stripe and not the Marlow plain. If it's wrong, please change it before it goes to the workroom.

Gillian

---------- Forwarded message ---------
From: Lindenfold Blinds & Curtains <orders@lindenfoldblinds.example>
Date: Wed, 4 Nov 2026 at 17:42
Subject: Your order LF-30461 is confirmed
To: <gillian.royce@example.net>

Thank you for your order!
1 x Roman blind, Marlow plain (Slate), 92 x 130 cm, chain left
Estimated fitting: week of 23 November
Questions about your order? Visit https://lindenfoldblinds.example/orders?id=LF-30461
Want to change something? Reply within 24 hours.""", kind="html"),
      ag("niamh", "11-05 15:10", """Hi Gillian,

You're quite right - your measuring sheet says Marlow stripe in Slate. I've corrected the order before it reached the cutting table, and the price is the same. The revised confirmation is attached.

Niamh""", attach=[("application/pdf", "LF-30461-rev2.pdf", ROYCE_CONFIRM_PDF)])),

    C("l28-farraday-meeting-room", "en", "closed", {"unanswered-question": 1},
      "Nigel Farraday <nigel.farraday@farradaylaw.example>", "outlook", "Motorised blinds - meeting room",
      "Law firm: price and wired motors answered; the matching manual blind for the kitchenette is not quoted; the customer's out-of-office answers the reply.",
      cu("11-04 11:00", """Dear Lindenfold,

We would like to replace the blinds in our meeting room with motorised ones controlled from a wall switch. What would that cost for two windows of 200 x 180? Is there a wired option rather than battery? We'd prefer not to have to recharge anything. Could you also quote for a matching manual blind in the kitchenette (110 x 100)?

Kind regards,

Nigel Farraday
Partner | Farraday & Wynn Solicitors

This email is confidential and may be legally privileged. If you are not the intended recipient, please notify us and delete it. Farraday & Wynn is authorised and regulated by the Solicitors Regulation Authority.""", uq=1),
      ag("gareth", "11-04 15:45", """Dear Mr Farraday,

For two blinds at 200 x 180 with wall switches you're looking at about £1,050 fitted. And yes, we do mains-wired motors - your electrician runs a fused spur to each window head, or ours can do it for £180.

Kind regards,
Gareth"""),
      auto("11-04 15:46", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For urgent matters please call reception on 0117 496 0455.

Nigel Farraday""", quote=False, subject="Automatic reply: RE: Motorised blinds - meeting room")),

    C("l29-sanchez-soporte-central", "es", "closed", {"unanswered-question": 1},
      "Marta Sánchez <marta.sanchez@example.org>", "gmail_es", "Barra de las cortinas",
      "Spanish, base64 body: a pleasantry question, the centre bracket answered with a visit date; the quote for a second set is never sent.",
      cu("11-06 12:30", """Hola, buenas:

Os escribo por las cortinas del dormitorio que nos instalasteis el mes pasado. Van genial, pero la barra se ha doblado un poco en el centro porque las cortinas pesan bastante. ¿Podéis poner un soporte central? Además, nos gustaría encargar otras iguales para el cuarto de invitados: ¿nos podéis mandar presupuesto? La ventana mide 140 de ancho.

Por cierto, ¿qué tal el fin de semana? Nosotros lo pasamos en Cornualles, qué frío.

Un abrazo,
Marta""", uq=1, cte="base64"),
      ag("pilar", "11-06 16:00", """¡Hola, Marta!

Claro que sí: el soporte central no tiene coste, lo pone el montador el miércoles 11 por la mañana y en diez minutos está. (Cornualles en noviembre, qué valientes.)

Un abrazo,
Pilar""")),

    C("l30-mcallister-fabric-only", "en", "closed", {},
      "Fiona McAllister <fiona@mcallister-interiors.example>", "outlook", "Fabric only - trade",
      "Interior designer (multipart/alternative, signature with a question and a '?' URL): fabric-only supply and trade price answered; thanks-only reply.",
      cu("11-09 10:00", """Hi Niamh,

Can you supply fabric only for a client's curtains? We have our own maker for this job. What is the trade price per metre for the Harlow velvet?

Best,
Fiona

Fiona McAllister
McAllister Interiors
Questions about your project? https://mcallister-interiors.example/contact?src=sig""", kind="alt"),
      ag("niamh", "11-09 12:00", """Hi Fiona,

We can - cut lengths from 3 m, dispatched within two working days. Harlow velvet is £38.50/m trade (£52 retail).

Niamh"""),
      cu("11-09 12:30", """Great, thanks Niamh.

Fiona

Fiona McAllister
McAllister Interiors
Questions about your project? https://mcallister-interiors.example/contact?src=sig""", kind="alt", thanks=True)),

    C("l31-thornbury-linings", "en", "pending", {"unanswered-question": 2},
      "Elspeth Thornbury <elspeth.thornbury@example.com>", "gmail", "Curtain linings",
      "Lining questions answered; a week later a second mail with four requests: wave heading and track answered with a revised quote, but sending it to her husband and the Christmas question are skipped.",
      cu("11-10 10:00", """Hi Niamh,

We loved the Tidewater linen samples. Before we order: what's the difference between your thermal lining and the standard one? And is blackout lining available with the Tidewater?

Thanks,
Elspeth"""),
      ag("niamh", "11-10 12:00", """Hi Elspeth,

Standard lining is a cotton sateen that protects the fabric and helps it hang; thermal adds a brushed interlining, so the curtains are heavier and noticeably warmer in winter. Blackout works well with the Tidewater too - £8 a metre on top of the fabric.

Niamh"""),
      cu("11-16 20:00", """Thanks Niamh, that's really helpful.

We'll go with thermal for the sitting room pair and blackout in the bedroom. Can the bedroom curtains have a wave heading rather than pinch pleat, and do you supply the wave track or do we need our own? Also please could you send the updated quote to my husband as well (james.thornbury@example.com)? Is there any chance they'd be up before Christmas?

Elspeth""", uq=2),
      ag("niamh", "11-17 09:30", """Hi Elspeth,

A wave heading looks beautiful with blackout-lined linen. The track is ours - supplied and fitted, and already in the updated quote attached.

Niamh""", attach=[("application/pdf", "Q-26-1197-v2.pdf", THORNBURY_QUOTE_PDF)])),

    C("l32-ravensworth-orangery", "en", "pending", {"unanswered-question": 2},
      "Daniel Ravensworth <d.ravensworth@ravensworthhall.example>", "owa", "Orangery curtains - wedding venue",
      "A bulleted list of four questions (cc to a colleague): tall drops and fire certification answered with a link; lead time and the cleaning service skipped.",
      cu("11-16 11:00", """Hello,

We run Ravensworth Hall as a wedding venue and are redoing the orangery this winter. A few questions:

- Do you make curtains for very tall windows? The orangery windows are 4.2 m.
- Can the fabric be flame retardant to BS 5867? Our insurer requires it.
- How long would you need from order to fitting?
- Do you offer a cleaning and rehang service for existing curtains? We have 14 pairs in the main hall that haven't been cleaned in years.

Regards,
Daniel Ravensworth
Operations Manager, Ravensworth Hall""", uq=2, cc="Events Office <events@ravensworthhall.example>"),
      ag("hollie", "11-16 14:00", """Dear Daniel,

4.2 m drops are fine - we've done several orangeries and the workroom table takes up to 5 m. Every fabric in our contract range is certified to BS 5867 Part 2 Type B; the certificates are all here: https://lindenfoldblinds.example/contract/fr-certificates?ref=mail

Kind regards,
Hollie""", cc="Events Office <events@ravensworthhall.example>")),

    C("l33-okonkwo-skylight-guarantee", "en", "closed", {"unanswered-question": 1},
      "Ngozi Okonkwo <ngozi.okonkwo@example.net>", "gmail", "Skylight blind - comparing quotes",
      "Asked about the motor guarantee and fade resistance; the reply answers fading and the fabric guarantee instead of the motor's.",
      cu("11-05 19:30", """Hi,

We're comparing quotes for a motorised blind for our skylight. Yours is the most expensive, so I'd like to understand what we'd be getting. How long is the guarantee on the motor itself? And is the fabric fade resistant? It gets full sun all afternoon.

Ngozi""", uq=1),
      ag("gareth", "11-06 09:00", """Hi Ngozi,

Thanks for considering us. The Solis fabric on your quote is rated 7 out of 8 for lightfastness, so it won't fade noticeably even in full sun, and it carries our 5-year fabric guarantee - most others give two. Our fitters are our own staff rather than subcontractors, and every skylight blind is made to the millimetre for the frame.

Gareth""")),

    C("l34-hillcrest-school", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Sandra Pike <bursar@hillcrestprimary.example>", "outlook", "Classroom blinds - Christmas holidays",
      "School: holiday fitting dates answered, the quote promised 'by Friday' never sent, the insurance-certificate request skipped; goes quiet.",
      cu("11-11 09:20", """Dear Lindenfold,

Hillcrest Primary would like to replace the blinds in four classrooms over the Christmas holidays. Could you let me know whether you can fit between 21 December and 1 January? We'd need a quote for 16 windows (all identical, 150 x 180) in a blackout fabric suitable for projectors.

Please also confirm you carry £5m public liability insurance, as our governors need a copy of the certificate.

Yours sincerely,
Sandra Pike
School Business Manager, Hillcrest Primary School""", uq=1),
      ack("11-11 09:21"),
      ag("devan", "11-11 14:00", """Dear Mrs Pike,

We can - our fitters work on 29 and 30 December, and school jobs are exactly what we keep those days for. I'll have the quote for the 16 blackout blinds with you by Friday.

Kind regards,
Devan""", promises=[("11-13", None)])),

    C("l35-kaufmann-jalousien", "de", "pending", {"unanswered-question": 2},
      "Dr. Stefan Kaufmann <s.kaufmann@kaufmann-physio.example>", "outlook_de", "Jalousien für Praxisräume",
      "German physiotherapy practice: slats, cleaning and a Wednesday survey answered; invoicing the practice company and the manufacturer's guarantee skipped.",
      cu("11-16 08:00", """Sehr geehrte Damen und Herren,

für unsere Praxisräume (Physiotherapie) benötigen wir Jalousien für insgesamt acht Fenster. Bieten Sie auch Aluminium-Jalousien mit 25-mm-Lamellen an? Uns ist wichtig, dass sie sich leicht reinigen lassen.

Außerdem hätten wir gern einen Termin für ein Aufmaß, möglichst an einem Mittwochnachmittag, da ist die Praxis geschlossen. Können Sie uns die Rechnung später auf die Praxis-GmbH ausstellen? Und gibt es eine Herstellergarantie?

Mit freundlichen Grüßen
Dr. Stefan Kaufmann
Physiotherapie Kaufmann GmbH""", uq=2),
      ag("friederike", "11-16 12:30", """Sehr geehrter Herr Dr. Kaufmann,

vielen Dank für Ihre Anfrage. 25-mm-Aluminiumjalousien haben wir in über dreißig Farben; sie lassen sich mit einem feuchten Tuch abwischen. Unser Techniker kann am Mittwoch, 25. November, um 14:30 Uhr zum Aufmaß kommen - passt Ihnen das?

Mit freundlichen Grüßen
Friederike Asmus""")),

    C("l36-bouchard-volets", "fr", "pending", {},
      "Camille Bouchard <camille.bouchard@example.org>", "apple_fr", "Volets intérieurs pour la chambre",
      "French: three questions about interior shutters answered inline under each quoted question.",
      cu("11-17 21:00", """Bonsoir,

Nous envisageons des volets intérieurs en bois pour notre chambre.

Est-ce qu'ils occultent vraiment la lumière ?
Combien de temps faut-il pour les fabriquer ?
Et est-ce que vous proposez un paiement en plusieurs fois ?

Merci d'avance,
Camille Bouchard""", tz=1),
      ag("celine", "11-18 09:20", """Bonjour Camille,

> Est-ce qu'ils occultent vraiment la lumière ?

Pas complètement : il reste un filet de lumière sur les bords. Pour le noir total, on ajoute un store occultant derrière, sans que cela se voie.

> Combien de temps faut-il pour les fabriquer ?

Environ six semaines.

> Et est-ce que vous proposez un paiement en plusieurs fois ?

Oui, en trois fois sans frais à partir de 600 £.

Bien à vous,
Céline""", quote=False)),

    C("l37-wu-roman-record", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Kevin Wu <kevin.wu@example.com>", "gmail", "Roman blind cord snapped",
      "Repair price given, collection date promised without a deadline (2-day window) and sent only after 'just checking in'; that reply lost its threading headers.",
      cu("11-10 12:00", """Hi,

The cord on our roman blind has snapped and it's now stuck at half mast. Can you repair it? How much would that be?

Kevin"""),
      ag("niamh", "11-10 15:00", """Hi Kevin,

We can re-cord it in the workroom - £35, or £55 if we collect and refit it for you. I'll check when Pete is next in your area and get back to you with a collection date.

Niamh""", promises=[("window", 4)]),
      cu("11-16 13:00", """Hi Niamh,

Just checking in on the collection date for the roman blind - we'd like the £55 option please.

Kevin""", chase=True),
      ag("niamh", "11-16 16:00", """Hi Kevin,

Sorry for the wait. Pete will collect it on Thursday 19th between 12 and 2 and bring it back the following week.

Niamh""", thread=False)),

    C("l38-rossi-measuring", "en", "closed", {},
      "Marco Rossi <marco.rossi@example.net>", "thunderbird", "Measuring for roller blinds",
      "Self-measuring questions (one answered by the customer himself) answered; thanks-only reply.",
      cu("11-02 18:00", """Hello,

I'm measuring up for roller blinds myself, as your website suggests for simple recess windows. Do I give you the exact recess width, or do I take something off for clearance? And is the drop measured to the sill or past it? Which way does the fabric roll? Actually, scratch that - page 3 of your measuring guide covers it.

Thanks,
Marco Rossi"""),
      ag("hollie", "11-03 09:10", """Hi Marco,

Give us the exact recess width, measured at the top, middle and bottom, and we take the clearance off in the workroom - please don't deduct anything yourself. For a recess fit the drop is to the sill.

Best wishes,
Hollie"""),
      cu("11-03 09:40", """Perfect, that's clear. Order going in tonight!

Marco""", thanks=True)),

    C("l39-eastwood-logo-blind", "en", "closed", {"unanswered-question": 1},
      "Harriet Eastwood <harriet@eastwoodbakes.example>", "gmail", "Printed blind for the café",
      "Printed-logo roller and wipe-clean fabric answered with the artwork format; the request for a proof before printing is skipped.",
      cu("11-09 11:00", """Hi,

We've just taken over the café on Station Road and the big front window faces west, so customers are being blinded every afternoon. I'd love a roller blind with our logo printed on it - is that something you do? It's over the coffee machine, so it would need to be wipe-clean.

If so, I'll send the artwork over. And could you send me a proof before you print it? We've been burnt before with the wrong shade of green.

Harriet
Eastwood Bakes""", uq=1),
      ag("hollie", "11-09 14:20", """Hi Harriet,

It certainly is - we print logos and full-colour designs onto our Vinyl-Tex roller fabric, which wipes clean with a damp cloth and copes happily with steam. Please send the artwork as a vector file (PDF, SVG or AI) along with the window size, and we'll price it up.

Best wishes,
Hollie""")),

    C("l40-moreau-store-bateau", "fr", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Claire Moreau <claire.moreau@example.net>", "apple_fr", "Réparation store bateau",
      "French: no answer for two days (acknowledgement only), the customer relaunches under her own mail; the repair is answered, the copy invoice is not.",
      cu("11-03 10:00", """Bonjour,

Je voudrais faire réparer un store bateau que vous m'avez fabriqué : la couture du bas s'est défaite et la dernière baguette pend. Est-il possible de le réparer, ou faut-il refaire tout le store ? Par ailleurs, pourriez-vous me faire parvenir la facture de la commande LF-28840 ? Je ne la retrouve plus.

Merci d'avance,
Claire Moreau""", tz=1, uq=1),
      ack("11-03 09:01"),
      cu("11-05 09:00", """Bonjour,

Je me permets de revenir vers vous concernant ma demande ci-dessous, restée sans réponse.

Cordialement,
Claire Moreau""", tz=1, chase=True, parent=1),
      ag("celine", "11-05 11:00", """Bonjour Madame Moreau,

Veuillez m'excuser pour ce délai. Une couture de bas qui lâche se reprend facilement : nous le réparons en atelier, sans refaire le store. Comptez 25 £ et une semaine ; vous pouvez le déposer à l'atelier ou nous l'envoyer par la poste.

Bien à vous,
Céline""")),

    C("l41-ibarra-tarifa", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Diego Ibarra <diego.ibarra@ibarra-arquitectos.example>", "gmail_es", "Fichas técnicas y tarifa profesional",
      "Spanish architects: technical sheets sent as a link, the trade price list promised 'mañana' and sent four days later after 'sigo esperando'.",
      cu("11-12 10:00", """Buenos días:

¿Trabajan con estudios de arquitectura? Tenemos un proyecto de 24 viviendas en Bristol y necesitaríamos las fichas técnicas de sus tejidos ignífugos. Por favor, envíennos también su tarifa para profesionales.

Atentamente,
Diego Ibarra
Ibarra Arquitectos"""),
      ag("pilar", "11-12 13:00", """Hola, Diego:

Sí, trabajamos con muchos estudios. Aquí tenéis las fichas técnicas de toda la gama ignífuga: https://lindenfoldblinds.example/es/ignifugos?doc=fichas

La tarifa profesional la están actualizando para 2027; te la mando mañana.

Un saludo,
Pilar""", promises=[("11-13", 4)]),
      cu("11-17 09:00", """Hola, Pilar:

Gracias por las fichas. Sigo esperando la tarifa profesional; ¿me la podéis mandar esta semana? La necesitamos para el presupuesto del cliente.

Diego""", chase=True),
      ag("pilar", "11-17 12:00", """Hola, Diego:

Perdona el retraso. Te adjunto la tarifa profesional 2027, con el 15 % para estudios ya aplicado.

Un saludo,
Pilar""", attach=[("application/pdf", "tarifa-profesional-2027.pdf", TARIFA_PDF)])),

    C("l42-ng-blackout-lining", "en", "pending", {},
      "Wendy Ng <wendy.ng@example.org>", "iphone", "Adding blackout lining",
      "Two questions answered with a bare price and a day.",
      cu("11-18 08:00", """Hi, how much would it be to add blackout lining to a pair of existing curtains (not bought from you, each curtain about 140 x 230)? And if we go ahead, when could you collect them?

Wendy

Sent from my iPhone"""),
      ag("niamh", "11-18 10:30", """Hi Wendy,

£64 for the pair. Pete's next in your area on Wednesday 25th.

Niamh""")),

    C("l43-harrow-dining-room", "en", "closed", {"unanswered-question": 1},
      "Joanna Harrow <jo.harrow@example.com>", "gmail", "Measuring visit - evenings?",
      "Evening visit booked; in her reply the customer asks about curtains over a radiator and for pattern samples - samples confirmed, the radiator question skipped.",
      cu("11-12 09:00", """Hi,

We'd like to book a measuring visit for curtains in the dining room. Are you free any evening next week? We both work until 5.

Joanna"""),
      ag("hollie", "11-12 10:30", """Hi Joanna,

We do evening visits up to 7pm on Tuesdays and Thursdays - Tom could come on Tuesday 17th at 6pm.

Best wishes,
Hollie"""),
      cu("11-12 12:00", """Tuesday at 6 is great, thanks.

One other thing - the dining room has a radiator right under the window. Is it a problem to have floor-length curtains over it, or would you recommend sill length? And can Tom bring some patterned fabrics? Nothing too loud.

Joanna""", uq=1),
      ag("hollie", "11-12 13:15", """Hi Joanna,

Lovely - Tom's booked for Tuesday 17th at 6pm and he'll bring the pattern books, including a new range of small-scale geometrics that's very easy to live with.

Best wishes,
Hollie""")),

    C("l44-ferreira-ochre", "en", "closed", {"missed-follow-up": 1},
      "Paulo Ferreira <p.ferreira@example.org>", "outlook", "Harlow velvet Ochre - new batch?",
      "Photos of the fabric batch promised 'by end of day tomorrow' never arrive; the customer does not chase and the case goes quiet.",
      cu("11-09 14:00", """Hello,

I ordered a made-to-measure curtain in Harlow velvet, Ochre, and I've just seen on your site that the colour has been "updated". Is my fabric from the new batch or the old one? The old one matched our sofa perfectly.

Paulo Ferreira"""),
      ag("niamh", "11-09 16:00", """Hi Paulo,

Good question - your curtain would come from the new batch, which is slightly warmer. It hasn't been cut yet, so I'll photograph the new roll next to the old sample in daylight and send you the photos by end of day tomorrow, and you can decide before we cut.

Niamh""", promises=[("11-10", None)])),

    C("l45-schulz-vorhangschienen", "de", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Monika Schulz <monika.schulz@example.net>", "gmail_de", "Elektrische Vorhangschienen",
      "German: home-automation question answered, quote promised 'bis Freitag' arrives Monday; the request for care instructions is ignored in both replies.",
      cu("11-10 19:00", """Guten Abend,

wir möchten für unser Wohnzimmer in Bath elektrische Vorhangschienen (zwei Fenster, je 2,20 m breit). Was würde das ungefähr kosten? Lässt sich das auch mit unserer Hausautomation (Homematic) steuern?

Und ich bräuchte noch die Pflegehinweise für den Leinenstoff, den wir letztes Jahr bei Ihnen gekauft haben.

Herzliche Grüße
Monika Schulz""", tz=1, uq=1),
      ag("friederike", "11-11 09:30", """Liebe Frau Schulz,

Homematic lässt sich über ein Funk-Relais anbinden, das ist kein Problem. Für ein genaues Angebot kläre ich die Schienenlänge noch mit unserem Techniker; Sie bekommen das Angebot bis Freitag.

Herzliche Grüße
Friederike Asmus""", promises=[("11-13", 3)]),
      ag("friederike", "11-16 10:00", """Liebe Frau Schulz,

entschuldigen Sie die Verzögerung - anbei das Angebot: zwei Motorschienen mit Funk-Relais für 1.280 £ inklusive Montage.

Herzliche Grüße
Friederike Asmus""", attach=[("application/pdf", "Angebot-Q-26-1191.pdf", SCHULZ_ANGEBOT_PDF)])),

    C("l46-ortiz-instalacion", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Rocío Ortiz <rocio.ortiz@example.com>", "gmail_es", "Instalación de las cortinas",
      "Spanish: 'te escribo el lunes con la fecha y la hora', not kept; '¿hay alguna novedad? Seguimos esperando' on Tuesday, answered.",
      cu("11-10 11:00", """Hola:

Nos ha llegado el aviso de que las cortinas ya están listas. ¿Cuándo podrían venir a instalarlas? Preferimos por la mañana si puede ser.

Gracias,
Rocío Ortiz"""),
      ag("pilar", "11-10 15:00", """Hola, Rocío:

Estoy cuadrando la agenda de los montadores para la semana que viene; te escribo el lunes con la fecha y la hora, y miro que sea por la mañana.

Un saludo,
Pilar""", promises=[("11-16", 4)]),
      cu("11-17 10:00", """Hola, Pilar:

¿Hay alguna novedad con la fecha de instalación? Seguimos esperando.

Rocío""", chase=True),
      ag("pilar", "11-17 12:30", """Hola, Rocío:

Perdona el retraso. Los montadores irán el viernes 20 a las 9:30.

Un saludo,
Pilar""")),

    C("l47-lehmann-fensterlaeden", "de", "closed", {"unanswered-question": 2},
      "Klaus Lehmann <klaus.lehmann@example.org>", "thunderbird_de", "Holz-Fensterläden",
      "German numbered list of four questions; the reply answers the wood finish and the survey lead time (with a date) and skips full closure and instalments.",
      cu("11-03 17:00", """Hallo zusammen,

wir interessieren uns für Holz-Fensterläden (Shutters) für drei Fenster im Erdgeschoss. Ich habe ein paar Fragen:

1. Gibt es die Läden auch in Eiche natur, oder nur lackiert?
2. Kann man die Lamellen komplett schließen, sodass es wirklich dunkel wird?
3. Wie viel Vorlauf brauchen Sie für ein Aufmaß?
4. Bieten Sie Ratenzahlung an?

Danke und Gruß
Klaus Lehmann""", uq=2),
      ag("friederike", "11-04 09:15", """Hallo Herr Lehmann,

Eiche natur haben wir im Programm, dazu geölten Nussbaum und zwölf Lackfarben. Für ein Aufmaß brauchen wir meistens eine knappe Woche Vorlauf - ich könnte Ihnen Donnerstag, den 12. November, vormittags anbieten.

Viele Grüße
Friederike Asmus""")),

    C("l48-quinn-pleated", "en", "closed", {"unanswered-question": 1},
      "Siobhan Quinn <siobhan.quinn@example.net>", "apple", "Conservatory pleated blinds",
      "Cleaning and frayed cord answered (with a visit date); the request for a second handset made in passing is skipped.",
      cu("11-06 09:00", """Hi,

A couple of things about the pleated blinds in our conservatory. They've gone a bit grubby - can they be cleaned, or do they need replacing? One of the cords has also frayed badly. I'd also like to order a second handset for the motorised one if that's possible - we keep losing it down the sofa.

Siobhan""", uq=1),
      ag("niamh", "11-06 11:30", """Hi Siobhan,

Pleated fabric cleans up better than people expect: run a vacuum over it with the brush attachment, then dab any marks with a barely damp cloth - don't soak it. The frayed cord we re-string on site for £30 a blind, and Pete can do it on Friday 13th in the afternoon.

Niamh""")),

    C("l49-abbott-guarantee", "en", "pending", {"unanswered-question": 1},
      "Richard Abbott <richard.abbott@example.com>", "outlook", "Shutters - paperwork for house sale",
      "House sale: whether the guarantee transfers is answered, but the reply attaches the original invoice instead of the guarantee certificate that was asked for.",
      cu("11-17 10:00", """Hello,

We're selling the house and the buyers' solicitor has asked for paperwork for the shutters you fitted in 2022. Could you send me a copy of the guarantee certificate? And can you confirm whether the guarantee transfers to the new owners?

Many thanks,
Richard Abbott
7 Fernbank Avenue""", uq=1),
      ag("hollie", "11-17 14:00", """Dear Mr Abbott,

Congratulations on the sale. Our 10-year shutter guarantee stays with the property, so the new owners are covered until June 2032. I've attached a copy of your original invoice (LF-21193), which shows the fitting date.

Kind regards,
Hollie""", attach=[("application/pdf", "INV-21193.pdf", ABBOTT_INVOICE_PDF)])),

    C("l50-patel-door-blind", "en", "pending", {},
      "Anjali Patel <anjali.patel@example.org>", "gmail", "Roller blind for a back door",
      "An indirect question and a follow-up about a bottom fixing, both answered in one sentence, with the handle detail added.",
      cu("11-18 13:00", """Hi!

Could you let me know if you can do a roller blind for a glazed back door? It has a handle sticking out about 6 cm. Also, does it need some kind of bottom fixing so it doesn't swing about every time we open the door?

Thanks,
Anjali"""),
      ag("hollie", "11-18 15:00", """Hi Anjali,

Door blinds are no problem, and we'd add two little hold-down brackets at the bottom so the bar stays put when the door moves. We fit the roller far enough out to clear a 6 cm handle; the surveyor will check the exact clearance.

Best wishes,
Hollie""")),

    C("l51-ellery-own-fabric", "en", "closed", {},
      "Rosalind Ellery <rosalind@elleryvintage.example>", "thunderbird", "Making up curtains in my own fabric",
      "Three questions on separate lines answered inline (a bare 'Of course', a rule of thumb and a figure); customer signature has a question and a '?' URL.",
      cu("11-05 16:20", """Hello Niamh,

Following the workroom tour last week (which was brilliant, by the way) I have a few bits:

Can I bring my own fabric for a pair of curtains? It's a vintage Sanderson I've been hoarding.
How much extra fabric do I need to allow for pattern matching?
What's your charge for making up lined pencil pleat curtains, roughly, for a 180 cm wide window, 220 cm drop?

Rosalind Ellery
Ellery Vintage Textiles
Looking for something specific? https://elleryvintage.example/search?q=&utm=sig"""),
      ag("niamh", "11-06 09:00", """Hi Rosalind,

So glad you enjoyed the tour!

> Can I bring my own fabric for a pair of curtains? It's a vintage Sanderson I've been hoarding.

Of course - we'd love to see it.

> How much extra fabric do I need to allow for pattern matching?

One extra pattern repeat per drop, so four repeats for four drops.

> What's your charge for making up lined pencil pleat curtains, roughly, for a 180 cm wide window, 220 cm drop?

£210, including standard lining and tape.

Niamh""", quote=False)),

    C("l52-kelsall-chalk-stock", "en", "closed", {"missed-follow-up": 1},
      "Sarah Kelsall <sarah.kelsall@example.com>", "apple", "Tidewater Chalk - in stock?",
      "Stock check promised for 'early next week' (said on Thursday: Tuesday); the customer sends her window sizes the next day (new information, not a chase); the stock answer never comes.",
      cu("11-12 09:30", """Hi,

I'd like to order the Tidewater linen in Chalk for two pairs of curtains - is it in stock? Last time I looked online it said "limited".

Sarah"""),
      ag("hollie", "11-12 11:00", """Hi Sarah,

Let me check with the mill how much Chalk they have left and I'll let you know early next week. Could you send me the window sizes in the meantime?

Best wishes,
Hollie""", promises=[("11-17", None)]),
      cu("11-13 08:30", """Sizes below:

Bedroom: 160 wide x 210 drop
Landing: 90 wide x 150 drop

Sarah"""),
      ag("hollie", "11-13 09:45", """Hi Sarah,

Got them, thanks - that's about 14 metres of fabric for both pairs with pinch pleats.

Best wishes,
Hollie""")),
]

UNANSWERED: dict[str, list[str]] = {
    "l02-fenwick-blackout": [
        "Also, could you tell me whether you fit on Saturdays?"],
    "l05-dewhurst-shutters": [
        "I was wondering whether tier-on-tier shutters would work, as we'd like to be able to open the top half for light while keeping the bottom closed.",
        "Do we need to take the old venetians down before your surveyor comes?"],
    "l08-brandt-plissee": [
        "Bitte schicken Sie mir auch ein Angebot inklusive Montage, meine Frau und ich sind handwerklich leider nicht sehr begabt."],
    "l10-okoro-dental-verticals": [
        "Could you invoice the practice rather than me personally?"],
    "l12-pereira-estores": [
        "Y quisiera saber si ofrecen algún descuento para empresas o por volumen."],
    "l28-farraday-meeting-room": [
        "Could you also quote for a matching manual blind in the kitchenette (110 x 100)?"],
    "l29-sanchez-soporte-central": [
        "Además, nos gustaría encargar otras iguales para el cuarto de invitados: ¿nos podéis mandar presupuesto?"],
    "l31-thornbury-linings": [
        "Also please could you send the updated quote to my husband as well (james.thornbury@example.com)?",
        "Is there any chance they'd be up before Christmas?"],
    "l32-ravensworth-orangery": [
        "How long would you need from order to fitting?",
        "Do you offer a cleaning and rehang service for existing curtains?"],
    "l33-okonkwo-skylight-guarantee": [
        "How long is the guarantee on the motor itself?"],
    "l34-hillcrest-school": [
        "Please also confirm you carry £5m public liability insurance, as our governors need a copy of the certificate."],
    "l35-kaufmann-jalousien": [
        "Können Sie uns die Rechnung später auf die Praxis-GmbH ausstellen?",
        "Und gibt es eine Herstellergarantie?"],
    "l39-eastwood-logo-blind": [
        "And could you send me a proof before you print it?"],
    "l40-moreau-store-bateau": [
        "Par ailleurs, pourriez-vous me faire parvenir la facture de la commande LF-28840 ?"],
    "l43-harrow-dining-room": [
        "Is it a problem to have floor-length curtains over it, or would you recommend sill length?"],
    "l45-schulz-vorhangschienen": [
        "Und ich bräuchte noch die Pflegehinweise für den Leinenstoff, den wir letztes Jahr bei Ihnen gekauft haben."],
    "l47-lehmann-fensterlaeden": [
        "Kann man die Lamellen komplett schließen, sodass es wirklich dunkel wird?",
        "Bieten Sie Ratenzahlung an?"],
    "l48-quinn-pleated": [
        "I'd also like to order a second handset for the motorised one if that's possible - we keep losing it down the sofa."],
    "l49-abbott-guarantee": [
        "Could you send me a copy of the guarantee certificate?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"LBC-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
                  "cc": o.pop("cc", None), "note": o.pop("note", "")}
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


def build_cases() -> list[Case]:
    """Every case with its messages rendered (Message-IDs, raw bytes, own text) and the
    unanswered-question facts attached to the customer message that asks each question."""
    for case in CASES:
        case.msgs = materialise(case)
    mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)
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
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 103: Lindenfold Blinds & Curtains - cases",
                                 "make_practice103_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.lindenfoldblinds.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


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
        raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice103 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
