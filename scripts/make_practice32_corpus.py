#!/usr/bin/env python3
"""Regenerate ``tests/practice32/``: a labelled corpus of Greenwell Heating.

A support mailbox of a fictional plumbing and heating firm in Leeds (boiler servicing and
repairs, new boiler quotes, air source heat pumps, landlord gas safety certificates, emergency
call-outs, radiators, engineer appointment slots, parts on order, invoices and payment plans,
guarantees, complaints about missed appointments), written without looking at the detection
heuristics. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support
domain ``greenwellheating.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions it
asks). The script recomputes status and every rule count from those facts and the dates, and
refuses to write when they disagree with the hand-written case labels, or when a labelled
question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice32_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "greenwellheating.example"
SERVICE = "Greenwell Heating <service@greenwellheating.example>"
RULES = mailcraft.RULES
YEAR = 2026
CORPUS_NAME = "practice32"

AGENTS = {
    "dev": ("Devika Sharma <devika@greenwellheating.example>", "thunderbird", """-- 
Devika Sharma
Customer Service | Greenwell Heating Ltd
0113 496 0588 | Gas Safe reg. 561204
Need to move your visit? https://greenwellheating.example/my-visit?ref=sig"""),
    "craig": ("Craig Holroyd <craig@greenwellheating.example>", "outlook", """Craig Holroyd
Service Manager | Greenwell Heating Ltd
Unit 4, Kirkstall Forge Mills, Leeds LS5 3BT
No heat or hot water out of hours? Ring 0113 496 0599."""),
    "nadia": ("Nadia Okafor <nadia@greenwellheating.example>", "owa", """Nadia Okafor
Accounts | Greenwell Heating Ltd
This email and any attachments are confidential and intended solely for the addressee.
Greenwell Heating Ltd, registered in England and Wales No. 08812345."""),
    "tom": ("Tom Brierley <tom@greenwellheating.example>", "apple", """Tom Brierley
Heating Design & Quotes | Greenwell Heating Ltd
MCS certified installer | https://greenwellheating.example/heat-pumps?from=email"""),
    "katrin": ("Katrin Vogel <katrin@greenwellheating.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenservice (Deutsch) | Greenwell Heating Ltd
https://greenwellheating.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@greenwellheating.example>", "apple_fr", """Amélie Roussel
Service client (français) | Greenwell Heating Ltd
+44 113 496 0591"""),
    "pilar": ("Pilar Ortega <pilar@greenwellheating.example>", "gmail_es", """--
Pilar Ortega
Atención al cliente (español) | Greenwell Heating Ltd
https://greenwellheating.example/es?utm_source=email"""),
}

ACK = """Hello,

Thanks for contacting Greenwell Heating - this is an automatic reply to let you
know your email has reached us (reference {ref}). Our office is open Monday to
Friday, 8am-5:30pm, and we aim to answer every email within one working day.

No heating or hot water and vulnerable people in the house? Please ring
0113 496 0599 instead - it is answered 24 hours a day.

Greenwell Heating Ltd
https://greenwellheating.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: Lotus Webmail 6.5"],
    "helpdesk": ["X-Mailer: Greenwell Servicedesk 4.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="gw.", outlook_server="AM6PR0")
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
    """A reply by support agent ``who`` at ``when`` (Leeds time, UTC in November)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str) -> Spec:
    """The servicedesk's automatic acknowledgement."""
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
    """The end of ``day`` ("MM-DD") in Leeds: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

COMBI_QUOTE_PDF = mailcraft.pdf(["Greenwell Heating Ltd - Quotation GW-Q-5521",
                                 "Option A: Worcester Bosch Greenstar 8000 30kW combi - GBP 3,180",
                                 "Option B: Vaillant ecoTEC plus 832 combi - GBP 2,940",
                                 "Both include removal of cylinder and loft tanks, capping old pipework,",
                                 "magnetic filter, chemical flush, Benchmark commissioning.",
                                 "Valid 30 days. Prices include VAT at 0% (energy-saving) where applicable."])
FINANCE_FORM_PDF = mailcraft.pdf(["Greenwell Heating Ltd - Payment plan application",
                                  "0% interest over 6, 10 or 12 months on orders over GBP 1,000",
                                  "Name / Address / Bank details / Signature"])
GUARANTEE_PDF = mailcraft.pdf(["Vaillant Guarantee Certificate",
                               "ecoTEC plus 832, serial 21193400100290710",
                               "Installed 14 June 2023 by Greenwell Heating Ltd (Gas Safe 561204)",
                               "Guarantee period: 10 years, expiring 14 June 2033"])
ANGEBOT_PDF = mailcraft.pdf(["Greenwell Heating Ltd - Angebot GW-Q-5560",
                             "Worcester Greenstar 4000 30kW Kombitherme",
                             "Demontage Altgeraet, Montage, Magnetfilter, Inbetriebnahme",
                             "Gesamtpreis GBP 2,650 inkl. MwSt."])
REVISED_QUOTE_PDF = mailcraft.pdf(["Greenwell Heating Ltd - Revised quotation GW-Q-5498 rev 2",
                                   "Vaillant ecoTEC plus 826, existing Hive retained",
                                   "Kitchen position: GBP 2,690",
                                   "Loft position incl. ladder, boarding and light: GBP 3,140"])
FORMULARIO_PDF = mailcraft.pdf(["Greenwell Heating Ltd - Solicitud de pago a plazos",
                                "0% de interes - 6, 10 o 12 meses",
                                "Nombre / Direccion / Datos bancarios / Firma"])
BOILER_PNG = mailcraft.png(10, 14, lambda x, y: (220, 220 - 6 * y, 200 + 3 * x))
METER_PNG = mailcraft.png(12, 9, lambda x, y: (90 + 9 * x, 90 + 9 * y, 110))
STATEMENT_PNG = mailcraft.png(16, 6, lambda x, y: (250 - 4 * x, 250, 250 - 20 * y))
DISPLAY_PNG = mailcraft.png(14, 8, lambda x, y: (20, 40 + 20 * y, 30 + 10 * x))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("g01-akinyemi-service-booking", "en", "closed", {},
      "Ruth Akinyemi <ruth.akinyemi@moorview-mail.example>", "gmail", "Boiler service",
      "Three questions (slot, duration, price) answered out of order in one paragraph; the customer picks a slot and it is booked.",
      cu("11-02 19:42", """Hi,

Our Vaillant is due its annual service (last done by you in November last year, I think the engineer was called Paul). Have you got anything next week? I'm working from home Tuesday and Thursday so either of those would be ideal.

Also how long does the service usually take - do I need to clear the whole morning? And is it still £89 or has that gone up?

Thanks,
Ruth Akinyemi
14 Cardigan Lane, Headingley"""),
      ag("dev", "11-03 09:10", """Hi Ruth,

Thanks for getting in touch. Prices haven't changed - still £89 including VAT for a standard service. I can offer Tuesday 10th (8am-12pm) or Thursday 12th (12pm-4pm). The engineer is usually with you for 45 minutes to an hour, so you won't lose the whole slot.

Let me know which suits and I'll book it in.

Kind regards,
Devika"""),
      cu("11-03 12:30", """Tuesday morning please!

Ruth"""),
      ag("dev", "11-03 13:05", """Done - Tuesday 10 November, 8am-12pm. The engineer texts you when he's on his way.

Devika""")),

    C("g02-pickersgill-three-cp12s", "en", "closed", {"unanswered-question": 1},
      "Graham Pickersgill <graham@pickersgill-properties.example>", "outlook", "Gas safety certificates x3 - Burley Road etc.",
      "Landlord with three properties: same-day visits and a multi-property price agreed; the request to email the certificates to his letting agent is never acknowledged.",
      cu("11-05 08:15", """Good morning,

I need landlord gas safety certificates renewing on three of my properties, all within about a mile of each other:

23 Burley Road, LS3
7a Kirkstall Hill, LS5
Flat 2, 41 Cardigan Road, LS6

The current certificates run out on 30 November. Can you do all three on the same day? What is your price per certificate, and is there any reduction for doing several together?

Once they're done, please email the certificates straight to my letting agent at lettings@northgatelets.example so they can upload them to the tenants' portal.

Regards,
Graham Pickersgill""", uq=1),
      ag("dev", "11-05 09:30", """Hi Graham,

Yes, we can do all three on Tuesday 17 November. Our standard certificate is £75, but for three on the same day we charge £190 for the lot.

Could you send me a phone number for each tenant so we can arrange access?

Kind regards,
Devika"""),
      cu("11-05 10:40", """Devika,

Burley Road - Tom Haigh 07700 900 145
Kirkstall Hill - Aisha Noor 07700 900 276
Cardigan Road - the Fenwicks 07700 900 383

Graham"""),
      ag("dev", "11-05 11:30", """Hi Graham,

All three tenants are booked for Tuesday 17th: Burley Road at 9am, Kirkstall Hill at 11am and Cardigan Road at 1:30pm.

Kind regards,
Devika""")),

    C("g03-mistry-e119-emergency", "en", "closed", {},
      "Jordan Mistry <jordan.mistry@icloud-mail.example>", "iphone", "No hot water - E119 on boiler",
      "Emergency with a baby at home: safety question and same-day visit answered, repair reported and the ticket explicitly resolved.",
      cu("11-09 07:05", """Hi, our boiler has stopped giving hot water and the heating won't come on. Display shows E119 flashing. We've got a 4 month old so really need someone out today if at all possible. Is it safe to still use the gas hob in the meantime?

Thanks
Jordan Mistry

Sent from my iPhone"""),
      ag("craig", "11-09 07:40", """Hi Jordan,

The hob is fine to use - E119 on a Baxi means the water pressure in the boiler has dropped too low, it isn't a gas fault. Have a look at the gauge on the front; if it's below 1 bar you can try topping it up yourself: https://greenwellheating.example/help/repressurise?model=baxi-800

If that doesn't bring it back, Sam is in Roundhay this morning and could be with you between 11 and 1. Just reply and I'll send him over.

Craig"""),
      cu("11-09 08:20", """Tried it, got it up to 1.2 but it dropped back to 0.5 within half an hour. Please send Sam.

Jordan

Sent from my iPhone"""),
      ag("craig", "11-09 08:35", """He's on his way as soon as he finishes his current job - expect him between 11 and 1.

Craig"""),
      ag("craig", "11-09 16:50", """Hi Jordan,

Sam replaced the pressure relief valve, which was letting by, and the system is holding steady at 1.3 bar. I'll mark this ticket as resolved - if the pressure starts dropping again just reply to this email.

Regards,
Craig""", closes=True, parent=4)),

    C("g04-hollis-combi-quote", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Hannah Hollis <hannah.hollis@brightmail.example>", "gmail", "Quote for combi replacement",
      "Survey booked (the Saturday-installation question is skipped); the written quote promised 'by Friday' only arrives the next Tuesday after the customer follows up.",
      cu("11-03 20:15", """Hello,

We're looking to replace our old Potterton (about 20 years old) with a combi and get rid of the hot water tank in the airing cupboard. Could someone come out to measure up and give us a price? We're around most days after 3. Do you do Saturday installations? We both work full time so a weekday install would mean taking leave.

Thanks,
Hannah Hollis
27 Moor Allerton Drive, LS17""", uq=1),
      ag("tom", "11-04 09:30", """Hi Hannah,

Happy to. I can come round on Monday 9th at 3:30 for the survey - it takes about 40 minutes and I'll need to see the boiler, the cylinder, the gas meter and where the flue comes out.

Best regards,
Tom"""),
      cu("11-04 10:02", """Monday at 3:30 is great, see you then.

Hannah""", thanks=True),
      ag("tom", "11-09 17:20", """Hi Hannah,

Thanks for having me round this afternoon. I'll work up the figures for the Worcester 8000 and the Vaillant ecoTEC plus and email you the written quote by Friday.

Best regards,
Tom""", promises=[("11-13", 6)]),
      cu("11-17 08:45", """Hi Tom,

Just following up on the quote - I haven't had anything through yet (I've checked spam). Also, does the price include taking out the old hot water cylinder and the tanks in the loft, or is that extra?

Thanks,
Hannah""", chase=True),
      ag("tom", "11-17 11:10", """Hi Hannah,

Apologies - that's my fault, it sat in my drafts. Both options are attached. Taking out the cylinder and the loft tanks is included in both prices, and so is capping off the old pipework.

Best regards,
Tom""", attach=[("application/pdf", "GW-Q-5521.pdf", COMBI_QUOTE_PDF)])),

    C("g05-etherington-heat-pump", "en", "pending", {"unanswered-question": 2},
      "Simon Etherington <simon@etherington-family.example>", "thunderbird", "Air source heat pump for a 1930s semi",
      "Long paragraph with four questions; grant and application answered, survey offered; radiators and outdoor-unit noise are left out.",
      cu("11-16 21:10", """Hello,

We've been thinking about replacing our gas boiler with an air source heat pump for a while and the recent bills have finally pushed us into doing something about it. The house is a 1930s semi in Moortown, solid brick walls (no cavity), loft insulation was topped up last year and we have double glazing throughout apart from the back door. I've read mixed things about heat pumps in older houses, so I'd really like an honest view before we spend any money. Are we eligible for the £7,500 Boiler Upgrade Scheme grant, and do you handle the application? I was wondering whether we'd need to swap all the radiators for bigger ones, since most of ours are the original small single panels. Also, how loud is the outside unit? The only sensible spot for it is the side passage, right under our neighbour's bedroom window.

Many thanks,
Simon Etherington""", uq=2),
      ag("tom", "11-17 10:25", """Hi Simon,

Thanks for the background, it helps. Yes - the grant is £7,500 and as an MCS-certified installer we apply for it on your behalf; it comes straight off the invoice. Solid walls don't rule a heat pump out, but we'd start with a heat loss survey to work out what size of unit the house needs. The survey is £150 and we refund it if you go ahead. I have Wednesday 25th or Friday 27th, both mornings.

Best regards,
Tom""")),

    C("g06-brennan-cold-radiators", "en", "closed", {},
      "Oliver Brennan <olly.brennan@fastpost.example>", "apple", "Radiators cold at the top",
      "A self-answered question (radiator key found), two real ones answered with advice and a video link; thanks-only reply.",
      cu("11-02 18:30", """Hi there,

Since the heating came back on for winter, the two radiators upstairs are warm at the bottom and stone cold at the top. Do I need a special key to bleed them? Actually, ignore that - just found one taped inside the boiler cupboard door, the previous owners must have left it.

So is it just a case of bleeding them, or does it sound like something else? And should I be doing anything with the boiler pressure afterwards?

Cheers,
Oliver Brennan"""),
      ag("dev", "11-03 08:50", """Hi Oliver,

Cold at the top is nearly always trapped air, so bleeding them should sort it - do it with the heating off and a cloth under the valve, and close it as soon as water comes out. Bleeding lets a little water out of the system, so afterwards check the gauge on the boiler: it should sit between 1 and 1.5 bar when cold. If it's under 1, top it up with the filling loop; there's a short video here: https://greenwellheating.example/help/videos?topic=filling-loop&src=email

If they're still cold after that, let us know and we'll send someone.

Kind regards,
Devika"""),
      cu("11-03 19:15", """Bled both, topped up to 1.2 and they're roasting. Cheers Devika!

Olly""", thanks=True)),

    C("g07-whitlock-no-show-complaint", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Andrea Whitlock <a.whitlock@whitlock-law.example>", "outlook", "Engineer did not turn up - ref GW-44817",
      "Complaint about a no-show: the reason and a new slot are given, compensation is passed to the customer care manager who 'will contact you by Monday' and never does; the customer chases and gets no reply.",
      cu("11-05 14:20", """To whom it may concern,

I had an appointment today between 8am and 12pm for a repair to my boiler (ref GW-44817). I took the day off work for it. Nobody turned up, nobody rang, and when I phoned at 12:30 I was on hold for 25 minutes before giving up.

Why did nobody contact me to say the engineer wasn't coming? I expect some compensation for a wasted day of annual leave. And when can you actually come out? The boiler is still cutting out several times a day.

Andrea Whitlock"""),
      ag("craig", "11-05 16:05", """Dear Ms Whitlock,

I'm very sorry. Your engineer's van broke down on the ring road first thing, and the office should have rung everyone on his list that morning - your call was missed, which shouldn't have happened. I've booked you the first appointment on Monday 9 November, 8-10am, with Sam.

On compensation, I've passed your email to our customer care manager, Lorraine Pratt, and she'll contact you by Monday with an offer.

Regards,
Craig""", promises=[("11-09", None)]),
      cu("11-13 12:10", """Mr Holroyd,

The repair went ahead on Monday, thank you, but I still haven't heard a word from Ms Pratt about compensation - over a week after my complaint. Please could someone reply to this.

Andrea Whitlock""", chase=True)),

    C("g08-shah-tenant-access", "en", "pending", {},
      "Priya Shah <priya.shah@shahlettings.example>", "gmail", "Service at 9 Spencer Place - tenant works nights",
      "Landlord asks the engineer to arrange access with the night-shift tenant and to be invoiced herself; both handled in two sentences.",
      cu("11-18 11:05", """Hello,

My tenant at 9 Spencer Place works nights, so mornings are no good for her. Could your engineer ring her directly to sort out a time? Her name is Marta and her number is 07700 900 412. And please send the invoice to me rather than to her.

Thanks,
Priya Shah"""),
      ag("dev", "11-18 12:20", """Hi Priya,

No problem - I've spoken to Marta and she's booked in for Wednesday 25 November between 2 and 4pm. The invoice is set up in your name, to this email address.

Kind regards,
Devika""")),

    C("g09-drummond-diverter-valve", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 2},
      "Neil Drummond <neil.drummond@pennineweb.example>", "owa", "Boiler repair - part on order",
      "Part on order: 'delivery date by Friday at the latest' is only given after two chasers, the second of which also asks for a loan immersion heater that is never mentioned.",
      cu("11-03 08:10", """Hi,

Your engineer came yesterday and said the diverter valve on our Ideal has gone and needs ordering. We've got heating but no hot water at all. Do you know how long the part will take?

Thanks,
Neil Drummond"""),
      ag("craig", "11-03 09:45", """Hi Neil,

The valve is on order with Ideal. They haven't given us a date yet - I'll chase them and let you know the delivery date by Friday at the latest.

Regards,
Craig""", promises=[("11-06", 5)]),
      cu("11-09 19:20", """Hi Craig,

Any news on the part?

Neil""", chase=True),
      cu("11-11 07:50", """Hello again,

This is my third email. We've now been without hot water for over a week and we're boiling kettles to wash the kids. Can someone please tell me when the part is coming? Could you at least lend us an immersion heater or an electric shower in the meantime?

Neil""", chase=True, uq=1, parent=3),
      ag("craig", "11-11 10:30", """Hi Neil,

I'm sorry for the silence. Ideal have confirmed the valve arrives with us on Friday, and Sam will fit it on Monday 16th as his first job of the day.

Regards,
Craig""")),

    C("g10-gallacher-invoice-plan", "en", "closed", {"unanswered-question": 1},
      "Fiona Gallacher <fiona.gallacher@northmail.example>", "gmail", "Invoice INV-30218 - new boiler",
      "Payment plan answered with a form, guarantee registration confirmed with a reference; the corrected-address invoice is never sent or mentioned.",
      cu("11-04 13:00", """Hi,

Thanks to the lads for fitting the new boiler last week, really tidy job. I've had the invoice through for £2,840. A couple of things:

Is it possible to spread the cost over a few months? The quote mentioned a payment plan but didn't give any details. Could you also resend the invoice with our new address on it? It's still showing the old one (flat 3, 12 Hyde Park Road) and we've been at 6 Grove Lane since the start of October. Lastly, has the 10-year guarantee been registered with Worcester yet, or do I need to do that myself?

Thanks,
Fiona Gallacher""", uq=1),
      ag("nadia", "11-04 15:20", """Hi Fiona,

Glad you're pleased with the installation. We offer 0% interest over 6, 10 or 12 months on anything over £1,000 - the application form is attached, and once it's approved we'll set up the direct debit.

The guarantee was registered on 30 October; your Worcester reference is WB-7719-2204, so there's nothing you need to do.

Best wishes,
Nadia""", attach=[("application/pdf", "payment-plan-application.pdf", FINANCE_FORM_PDF)])),

    C("g11-osei-guarantee-copy", "en", "pending", {},
      "Margaret Osei <margaret.osei@oseihome.example>", "thunderbird", "Copy of boiler guarantee certificate",
      "Certificate request answered with an attachment ('Attached.'); the servicing condition explained without repeating the question.",
      cu("11-16 10:30", """Hello,

We're selling the house and the buyer's solicitor wants proof that the boiler guarantee is still valid. Please send me a copy of the guarantee certificate for the Vaillant you fitted in June 2023.

Also, does the yearly service have to be done by you for the guarantee to stay valid? You've serviced it every year anyway but the solicitor asked.

Regards,
Margaret Osei""", kind="alt"),
      ag("nadia", "11-16 14:10", """Dear Margaret,

Attached. It runs until 14 June 2033 and passes to the new owners with the house.

Vaillant only require a yearly service by any Gas Safe registered engineer, recorded in the Benchmark log - it doesn't have to be us, although all three of yours are on record here.

Kind regards,
Nadia""", attach=[("application/pdf", "vaillant-guarantee-21193400100290710.pdf", GUARANTEE_PDF)])),

    C("g12-cole-weekend-callout", "en", "closed", {},
      "Dan Cole <dancole88@quickmail.example>", "android", "Weekend call out cost?",
      "Saturday leak: fixed fee vs hourly answered in one sentence with safety advice; the customer asks for the engineer, who is booked.",
      cu("11-07 09:12", """Hi, boiler leaking from underneath, steady drip into a bowl. How much is an emergency call out on a weekend? Is it a fixed fee or by the hour?

Dan

Get Outlook for Android"""),
      ag("craig", "11-07 09:40", """Hi Dan,

Weekend call-outs are £120 fixed, which covers the first hour on site; after that it's £60 an hour, parts extra. Switch the boiler off at the fused spur and, if the drip gets worse, close the cold mains valve underneath it. Tariq is on call today and could be with you by 11.

Craig"""),
      cu("11-07 09:55", """Yes please send him. 4 Bentley Grove LS6 4AP.

Dan

Get Outlook for Android"""),
      ag("craig", "11-07 10:00", """Booked - Tariq will ring you when he's ten minutes away.

Craig""")),

    C("g13-varley-heat-pump-hum", "en", "closed", {"missed-follow-up": 1},
      "Helen Varley <helen.varley@varleydesign.example>", "outlook", "Heat pump humming at night",
      "Night-time hum: Tom will get the installation team to pull the data logs and come back (no deadline, 2-day window); nothing follows.",
      cu("11-03 07:45", """Hi Tom,

Since the clocks went back, the heat pump you installed in September has started making a low humming noise through the night, roughly from 1am until 5am. It's loud enough to hear in the front bedroom with the window shut. Is this normal? Could it be something to do with the defrost cycle?

Regards,
Helen Varley""", kind="alt"),
      ag("tom", "11-03 11:30", """Hi Helen,

Thanks for letting me know. It may be the night setback schedule making the compressor work harder in the early hours, but I'd rather not guess - I'll get the installation team to pull the data logs from the unit and come back to you with what they find.

Best regards,
Tom""", promises=[("window", None)])),

    C("g14-vogt-vermieter-zertifikat", "de", "closed", {"unanswered-question": 1},
      "Stefan Vogt <s.vogt@vogt-immobilien.example>", "outlook_de", "Gas Safety Certificate für Wohnung in Leeds",
      "German landlord in Düsseldorf: price given and the visit arranged with the letting agency; the request to invoice his company is ignored.",
      cu("11-10 09:20", """Sehr geehrte Damen und Herren,

ich bin Eigentümer einer Wohnung in Leeds (Flat 5, 18 Clarendon Road, LS2 9NN), die ab Januar neu vermietet wird. Dafür brauche ich ein neues Gas Safety Certificate. Da ich in Düsseldorf wohne, wäre es gut, wenn Sie den Termin direkt mit der Hausverwaltung (Aire Property Management, Tel. 0113 496 0721) abstimmen könnten. Was kostet die Prüfung bei Ihnen?

Außerdem müsste die Rechnung bitte auf meine Firma ausgestellt werden: Vogt Immobilien GmbH, Kaiserswerther Str. 112, 40474 Düsseldorf.

Mit freundlichen Grüßen
Stefan Vogt""", uq=1, tz=1),
      ag("katrin", "11-10 11:05", """Sehr geehrter Herr Vogt,

vielen Dank für Ihre Anfrage. Die Prüfung einschließlich Zertifikat kostet 75 £ inkl. MwSt. Ich habe eben mit Aire Property Management telefoniert: Unser Techniker kommt am Donnerstag, 19. November, zwischen 10 und 12 Uhr, die Hausverwaltung lässt ihn in die Wohnung.

Mit freundlichen Grüßen
Katrin Vogel""")),

    C("g15-brandt-angebot-kombitherme", "de", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Jana Brandt <jana.brandt@posteo-mail.example>", "gmail_de", "Angebot neue Gastherme",
      "German family: duration answered, photos requested and sent; the offer promised 'bis Mittwoch' comes the next Tuesday after a chase and never says whether the old cylinder is taken away.",
      cu("11-09 08:10", """Hallo Frau Vogel,

wir sind im Sommer nach Leeds gezogen und die Gastherme in unserem Reihenhaus (Glow-worm, Baujahr 2006) macht inzwischen ständig Probleme. Wir hätten gern ein Angebot für eine neue Kombitherme. Können Sie bei der Gelegenheit auch den alten Warmwasserspeicher auf dem Dachboden entsorgen? Und wie lange müssten wir ungefähr ohne Heizung auskommen?

Viele Grüße
Jana und Malte Brandt""", uq=1),
      ag("katrin", "11-09 10:30", """Hallo Frau Brandt,

gern! Der Austausch dauert in der Regel zwei Tage; am Abend des zweiten Tages haben Sie wieder Heizung und Warmwasser. Für ein genaues Angebot bräuchte ich noch Fotos von der Therme, vom Typenschild und vom Gaszähler.

Viele Grüße
Katrin Vogel"""),
      cu("11-09 12:15", """Hallo Frau Vogel,

anbei die Fotos. Das Typenschild ist leider etwas unscharf, man kommt schlecht dran.

Viele Grüße
Jana Brandt""", attach=[("image/png", "therme.png", BOILER_PNG), ("image/png", "gaszaehler.png", METER_PNG)]),
      ag("katrin", "11-09 14:00", """Hallo Frau Brandt,

danke, die Fotos reichen mir völlig. Ich melde mich bis Mittwoch mit dem Angebot.

Viele Grüße
Katrin Vogel""", promises=[("11-11", 6)]),
      cu("11-16 19:30", """Hallo Frau Vogel,

gibt es schon Neuigkeiten zu unserem Angebot? Wir hatten eigentlich bis letzten Mittwoch damit gerechnet, und die Therme ist am Wochenende wieder zweimal ausgegangen.

Viele Grüße
Jana Brandt""", chase=True),
      ag("katrin", "11-17 09:15", """Hallo Frau Brandt,

entschuldigen Sie bitte die Verzögerung. Im Anhang finden Sie das Angebot für eine Worcester Greenstar 4000 (30 kW) einschließlich Montage, Magnetfilter und Inbetriebnahme: 2.650 £. Der nächste freie Einbautermin wäre Dienstag, der 1. Dezember.

Viele Grüße
Katrin Vogel""", attach=[("application/pdf", "Angebot-GW-Q-5560.pdf", ANGEBOT_PDF)])),

    C("g16-kessler-thermostat-inline", "de", "closed", {},
      "Thomas Kessler <thomas.kessler@kessler-net.example>", "thunderbird_de", "Smartes Thermostat",
      "Three German questions answered inline under the quoted lines; thanks-only reply ('wir melden uns' is the customer's, not a promise).",
      cu("11-03 20:00", """Guten Abend,

wir möchten unser altes Drehthermostat gegen ein smartes Thermostat tauschen. Welche Modelle bauen Sie ein? Funktioniert das mit einer Vaillant ecoTEC plus von 2019? Und was würde der Einbau ungefähr kosten?

Danke und schöne Grüße
Thomas Kessler"""),
      ag("katrin", "11-04 09:30", """Guten Morgen Herr Kessler,

meine Antworten stehen direkt unter Ihren Fragen:

> Welche Modelle bauen Sie ein?

Meistens Hive und Vaillant sensoHOME, auf Wunsch auch tado.

> Funktioniert das mit einer Vaillant ecoTEC plus von 2019?

Ja, mit allen dreien. Beim sensoHOME sehen Sie zusätzlich den Gasverbrauch in der App.

> Und was würde der Einbau ungefähr kosten?

Zwischen 220 und 290 £ inklusive Gerät, je nach Modell.

Schöne Grüße
Katrin Vogel""", quote=False),
      cu("11-04 18:05", """Vielen Dank, das hilft uns sehr! Wir überlegen es uns und melden uns dann.

Thomas Kessler""", thanks=True)),

    C("g17-hartmann-ratenzahlung", "de", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Dr. Ulrike Hartmann <ulrike.hartmann@hartmann-consult.example>", "outlook_de", "Ratenzahlung Wärmepumpe",
      "German heat pump customer: no reply for two days, she chases on her own mail; the instalment plan is confirmed, the credit-check question is not.",
      cu("11-02 08:30", """Guten Morgen,

Ihr Kollege Herr Brierley hat uns letzte Woche ein Angebot für eine Luft-Wasser-Wärmepumpe über 11.400 £ (nach Abzug der Förderung) geschickt. Bevor wir unterschreiben: Ist eine Ratenzahlung über 24 Monate möglich? Und ist dafür eine Bonitätsprüfung nötig? Wir leben erst seit einem Jahr in England und haben hier noch kaum eine Kredithistorie.

Mit freundlichen Grüßen
Dr. Ulrike Hartmann""", uq=1),
      cu("11-04 09:15", """Guten Morgen,

ich warte immer noch auf eine Antwort auf meine Mail vom Montag (siehe unten). Wir würden das Angebot gern noch diese Woche annehmen.

Mit freundlichen Grüßen
Ulrike Hartmann""", chase=True, parent=1),
      ag("katrin", "11-04 11:40", """Sehr geehrte Frau Dr. Hartmann,

entschuldigen Sie bitte die späte Antwort, unser Postfach war Anfang der Woche sehr voll. Ja, eine Ratenzahlung ist über 12, 24 oder 36 Monate möglich; bei 24 Monaten wären es 475 £ im Monat, zinsfrei.

Mit freundlichen Grüßen
Katrin Vogel""")),

    C("g18-bertrand-bruit-chaudiere", "fr", "pending", {},
      "Camille Bertrand <camille.bertrand@laposte-mail.example>", "apple_fr", "Bruit de la chaudière",
      "French: is the kettling noise dangerous, can someone come this week - both answered; thanks-only reply.",
      cu("11-15 20:30", """Bonjour,

Depuis quelques jours, notre chaudière fait un bruit de cognement, un peu comme une bouilloire, surtout le matin quand le chauffage se met en route. Est-ce que c'est dangereux ? Pourriez-vous envoyer quelqu'un cette semaine ? Je travaille à la maison, donc n'importe quel jour me convient.

Merci d'avance,
Camille Bertrand"""),
      ag("amelie", "11-16 09:20", """Bonjour Madame Bertrand,

Pas d'inquiétude : ce bruit vient presque toujours du calcaire dans l'échangeur. Ce n'est pas dangereux, mais mieux vaut le traiter avant que ça s'aggrave. Je vous propose mardi 17 novembre entre 13 h et 17 h avec notre technicien Sam.

Bien cordialement,
Amélie"""),
      cu("11-16 09:45", """Mardi après-midi, c'est parfait. Merci beaucoup !

Camille""", thanks=True)),

    C("g19-mercier-certificat-lyon", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Laurent Mercier <laurent.mercier@orange-mail.example>", "apple_fr", "Certificat de sécurité gaz - appartement Headingley",
      "French landlord in Lyon: price given and a date promised 'd'ici jeudi', never sent; the carbon monoxide detector request is not mentioned.",
      cu("11-02 14:10", """Bonjour,

Je suis propriétaire d'un appartement à Headingley (12 Ash Grove, LS6) que je loue à des étudiants. Le certificat de sécurité gaz expire le 4 décembre. Pourriez-vous me donner votre tarif et me proposer une date avant cette échéance ? J'habite à Lyon, il faudra donc voir avec les locataires pour l'accès.

Pourriez-vous aussi vérifier le détecteur de monoxyde de carbone pendant la visite ? Les locataires m'ont dit qu'il bipait de temps en temps.

Cordialement,
Laurent Mercier""", uq=1, tz=1),
      ag("amelie", "11-02 15:30", """Bonjour Monsieur Mercier,

Le certificat coûte 75 £ TTC. Je dois d'abord joindre vos locataires pour convenir d'un créneau ; je reviens vers vous d'ici jeudi avec une date.

Bien cordialement,
Amélie""", promises=[("11-05", None)])),

    C("g20-garnier-double-prelevement", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Élise Garnier <elise.garnier@free-mail.example>", "apple_fr", "Double prélèvement pour l'entretien",
      "French: card charged twice (screenshot attached); 'je me permets de vous relancer' four days later; refund done and the file closed; thanks-only reply.",
      cu("11-05 10:00", """Bonjour,

Je viens de remarquer sur mon relevé que l'entretien de ma chaudière du 28 octobre (89 £) a été débité deux fois sur ma carte. Pouvez-vous me rembourser le second paiement ? Je vous joins une capture d'écran du relevé.

Merci,
Élise Garnier""", attach=[("image/png", "releve-octobre.png", STATEMENT_PNG)]),
      cu("11-09 08:30", """Bonjour,

Je me permets de vous relancer concernant le double débit ci-dessous, je n'ai toujours pas eu de réponse.

Élise Garnier""", chase=True, parent=1),
      ag("amelie", "11-09 11:00", """Bonjour Madame Garnier,

Toutes mes excuses pour ce délai. Vous avez raison, le paiement a été passé deux fois par erreur. Le remboursement de 89 £ a été effectué ce matin sur la même carte ; selon votre banque, il apparaîtra sous 3 à 5 jours ouvrés. Je clôture le dossier, mais n'hésitez pas à me répondre s'il n'apparaît pas.

Bien cordialement,
Amélie""", closes=True),
      cu("11-09 12:10", """Merci beaucoup, bonne journée !

Élise""", thanks=True)),

    C("g21-lefevre-pompe-a-chaleur", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Nathalie Lefèvre <n.lefevre@lefevre-famille.example>", "apple_fr", "Renseignements pompe à chaleur",
      "French list of four questions: warranty and grant answered in one sentence, the indicative quote promised 'demain' and never sent, the hot water cylinder question skipped.",
      cu("11-12 08:00", """Bonjour,

Nous envisageons de remplacer notre chaudière gaz par une pompe à chaleur air-eau. Quelques questions avant d'aller plus loin :

- Quelle est la durée de la garantie sur l'appareil ?
- Faut-il obligatoirement un ballon d'eau chaude ? Nous avons une chaudière mixte et pas de place dans le placard.
- Est-ce que vous vous occupez du dossier pour la subvention de 7 500 £ ?
- Pourriez-vous nous envoyer un devis indicatif pour une maison de trois chambres ?

Merci d'avance,
Nathalie et Hugo Lefèvre""", uq=1),
      ag("amelie", "11-12 10:45", """Bonjour Madame, Monsieur,

La pompe à chaleur est garantie 7 ans pièces et main-d'œuvre, et oui, c'est nous qui montons le dossier de subvention (Boiler Upgrade Scheme) : le montant est déduit directement de la facture. Pour le devis indicatif, j'attends le retour de notre responsable technique ; je vous l'envoie demain.

Bien cordialement,
Amélie""", promises=[("11-13", None)])),

    C("g22-ibanez-certificado-valencia", "es", "closed", {},
      "Carmen Ibáñez <carmen.ibanez@correo-valencia.example>", "gmail_es", "Certificado de gas para el piso de Leeds",
      "Spanish landlord in Valencia: price and access arranged with the tenant; thanks-only reply.",
      cu("11-03 17:20", """Hola:

Soy la propietaria de un piso en Leeds (Flat 8, Hanover Square, LS3) y necesito renovar el certificado de seguridad del gas antes del 15 de noviembre. ¿Cuánto cuesta? ¿Pueden ponerse de acuerdo directamente con la inquilina para entrar? Se llama Olivia y su móvil es el 07700 900 318.

Muchas gracias,
Carmen Ibáñez""", tz=1),
      ag("pilar", "11-04 09:15", """Hola, Carmen:

Son 75 £ con IVA incluido. Ya he hablado con Olivia: el técnico irá el martes 10 de noviembre por la mañana, entre las 8 y las 12.

Un saludo,
Pilar Ortega"""),
      cu("11-04 10:40", """¡Perfecto, mil gracias Pilar!

Carmen""", thanks=True, tz=1)),

    C("g23-morales-caldera-presion", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Diego Morales <diego.morales@unimail.example>", "gmail_es", "La caldera pierde presión",
      "Spanish student tenant: 'te escribo mañana con una cita' kept four days late after '¿hay alguna novedad?'; the chaser's own question is answered.",
      cu("11-12 09:40", """Hola:

Soy estudiante y vivo en un piso de alquiler en Hyde Park. La caldera pierde presión cada dos o tres días y tengo que rellenarla yo con la llave. El casero me ha dicho que les escriba directamente a ustedes porque el mantenimiento lo llevan ustedes. ¿Podrían mandar a alguien a revisarla?

Gracias,
Diego Morales"""),
      ag("pilar", "11-12 11:00", """Hola, Diego:

Claro. Primero tengo que confirmar con el casero quién paga la visita; en cuanto lo sepa, te escribo mañana con una cita.

Un saludo,
Pilar""", promises=[("11-13", 4)]),
      cu("11-16 20:15", """Hola Pilar, ¿hay alguna novedad? Sigo sin saber nada y este fin de semana la caldera se ha quedado sin presión dos veces. ¿Puedo seguir rellenándola yo mientras tanto o es peligroso?

Diego""", chase=True),
      ag("pilar", "11-17 09:10", """Hola, Diego:

Perdona el retraso. El casero corre con los gastos, así que el técnico irá el jueves 19 entre las 8 y las 12. Sí, puedes seguir rellenándola hasta 1,2 bar: no es peligroso, solo una molestia.

Un saludo,
Pilar""")),

    C("g24-ruiz-radiadores", "es", "pending", {"unanswered-question": 1},
      "Javier Ruiz <javier.ruiz@ruizarquitectura.example>", "android", "Presupuesto radiadores",
      "Spanish: price and a date before Christmas answered; whether the old radiators are taken away is skipped.",
      cu("11-17 13:30", """Buenas tardes:

Quisiera cambiar tres radiadores de la planta de arriba (son muy antiguos y calientan poco) y poner un toallero en el baño. ¿Me podrían dar un precio aproximado? ¿Sería posible hacerlo antes de Navidad? Y otra cosa, ¿se llevan ustedes los radiadores viejos o tengo que deshacerme de ellos yo?

Saludos,
Javier Ruiz

Obtener Outlook para Android""", uq=1),
      ag("pilar", "11-18 09:00", """Hola, Javier:

Los tres radiadores de doble panel y el toallero, con la instalación y el purgado del circuito, salen por unas 1.150 £. Tenemos hueco la semana del 7 de diciembre.

Un saludo,
Pilar Ortega""")),

    C("g25-fernandez-pago-plazos", "es", "closed", {},
      "Lucía Fernández <lucia.fernandez@fernandez-leeds.example>", "gmail_es", "Pago a plazos de la caldera",
      "Spanish, base64 body: financing and deposit answered with figures and a form attached.",
      cu("11-05 12:00", """Hola:

¿Ofrecen financiación para la caldera nueva? El presupuesto que nos mandó Tom es de 2.980 £ y preferiríamos pagarlo en varios meses. También querría saber si hay que pagar una señal al aceptar el presupuesto.

Gracias,
Lucía Fernández""", cte="base64"),
      ag("pilar", "11-05 14:30", """Hola, Lucía:

Sí: 0 % de interés a 6, 10 o 12 meses; a 12 meses serían 248,33 £ al mes. La señal es del 10 % (298 £) y se descuenta del total. Te adjunto el formulario.

Un saludo,
Pilar""", attach=[("application/pdf", "formulario-pago-plazos.pdf", FORMULARIO_PDF)])),

    C("g26-ahmed-beckett-street-handoffs", "en", "pending", {"many-handoffs": 1},
      "Kirsty Ahmed <kirsty.ahmed@studentpost.example>", "gmail", "No heating at 31 Beckett Street",
      "Tenant with no heating: desk triage, engineer's report, accounts answers the landlord's billing questions - three agents, everything answered.",
      cu("11-16 07:30", """Hi,

I'm the tenant at 31 Beckett Street (the landlord is Mr Hussain, he says you have the maintenance contract). The heating hasn't come on since Saturday - the lights on the boiler are on but the radiators stay cold. Can someone come today? Is there anything I should try in the meantime?

Thanks,
Kirsty Ahmed"""),
      ag("dev", "11-16 08:05", """Hi Kirsty,

Sorry to hear that. First check the thermostat on the hall wall has batteries - if its display is blank, that's the culprit. If it isn't, Craig will be with you between 12 and 2 today.

Kind regards,
Devika"""),
      cu("11-16 08:30", """Display's on and set to 21, so it's not that. See you at 12.

Kirsty"""),
      ag("craig", "11-16 15:40", """Hi Kirsty,

Just to confirm what I found: the pump had seized. I've replaced it and all the radiators were warm when I left. If the one in the back bedroom is still cold at the top tomorrow, bleed it.

Craig"""),
      cu("11-17 18:00", """Everything's warm, thank you! One thing - Mr Hussain asked me to check: will the bill go to him directly, and can he pay by bank transfer?

Kirsty"""),
      ag("nadia", "11-18 09:10", """Hi Kirsty,

The invoice goes straight to Mr Hussain under his maintenance contract, and a bank transfer is fine - our details are printed on it.

Best wishes,
Nadia""")),

    C("g27-oduya-move-slot", "en", "pending", {},
      "Ben Oduya <ben.oduya@me-mail.example>", "iphone", "Change of appointment",
      "Short request to move a service slot, answered with the new date only.",
      cu("11-18 07:15", """Hi, I've got a service booked for Thursday 19th (morning) but I've been called into work. Could I move it to the following week? Any morning except Wednesday.

Thanks
Ben Oduya

Sent from my iPhone"""),
      ag("dev", "11-18 08:40", """Hi Ben,

No problem - you're now booked for Tuesday 24 November, 8am-12pm.

Kind regards,
Devika""")),

    C("g28-lund-f28-reopened", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Peter Lund <peter.lund@lundjoinery.example>", "outlook", "Boiler keeps locking out - F28",
      "Fault fixed and the job marked resolved; the fault returns, the customer writes back: no charge and a new visit are answered, the replacement-electrode request is not.",
      cu("11-09 12:00", """Hello,

The boiler has locked out three times this week with F28 on the display. It comes back after a reset but it's getting more frequent. Could you send someone?

Regards,
Peter Lund""", kind="alt"),
      ag("craig", "11-09 13:30", """Hi Mr Lund,

Sam can come tomorrow, Tuesday 10th, between 10 and 12.

Regards,
Craig"""),
      ag("craig", "11-10 15:45", """Hi Mr Lund,

Sam cleaned the ignition electrode and adjusted the gas valve; it fired first time on every test and has been running fine all afternoon. I'll mark this job as resolved on our side.

Regards,
Craig""", closes=True, parent=2),
      cu("11-16 08:20", """Morning Craig,

I'm afraid it's back - F28 again on Saturday night and twice yesterday. Will I have to pay for another visit, given it's the same fault? And can your engineer bring a replacement electrode this time rather than cleaning the old one?

Regards,
Peter Lund""", uq=1, kind="alt"),
      ag("craig", "11-16 10:05", """Morning Peter,

Sorry it's come back. There's no charge - we guarantee our repairs for 90 days. Sam will be with you on Wednesday 18th between 8 and 10.

Craig""")),

    C("g29-hirst-move-boiler-today", "en", "open", {},
      "Rebecca Hirst <rebecca.hirst@hirst-home.example>", "gmail", "Moving the boiler to the utility room",
      "Written on the audit morning; only the automatic acknowledgement so far - inside the response target.",
      cu("11-20 09:30", """Hello,

We're having the kitchen redone in January and would like to move the boiler from the kitchen into the utility room next door (about 3 metres). Can you give us a rough idea of the cost? And how much notice would you need?

Thanks,
Rebecca Hirst"""),
      ack("11-20 09:31")),

    C("g30-butt-cp12-copy-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Imran Butt <imran@buttlettings.example>", "outlook", "Copy of gas safety certificate - 56 Harehills Lane",
      "Request for a certificate copy, acknowledged automatically, then sent again as a new mail with the same subject; no human reply.",
      cu("11-11 09:00", """Hello,

Could you please email me a copy of the gas safety certificate for 56 Harehills Lane? Your engineer did the check on 21 October but I only received the invoice, not the certificate. My insurer is asking for it.

Regards,
Imran Butt
Butt Lettings"""),
      ack("11-11 09:01"),
      cu("11-16 10:20", """Hello,

Sending this again as I haven't had a reply to my email of last Wednesday. Could you please email me a copy of the gas safety certificate for 56 Harehills Lane (inspection 21 October)? The insurer has now given me until Friday.

Regards,
Imran Butt
Butt Lettings""", chase=True, parent=0)),

    C("g31-rahimi-revised-quote", "en", "closed", {},
      "Amir Rahimi <amir.rahimi@rahimi-studio.example>", "apple", "Revised quote please",
      "Loft position answered at once; 'I'll send the revised quote tomorrow' kept the next morning with a PDF.",
      cu("11-03 12:40", """Hi Tom,

Thanks for the quote for the Vaillant. Could you redo it without the smart thermostat? We already have a Hive that's only a year old. Also, would it be possible to put the new boiler in the loft instead of the kitchen?

Cheers,
Amir"""),
      ag("tom", "11-03 16:15", """Hi Amir,

The loft is doable as long as it's boarded around the boiler and has a fixed ladder and a light - if you haven't got those, it adds about £450. I'll send the revised quote tomorrow, with and without the loft option.

Best regards,
Tom""", promises=[("11-04", 3)]),
      ag("tom", "11-04 11:30", """Hi Amir,

Revised quote attached: £2,690 in the kitchen, £3,140 in the loft including ladder, boarding and light. Your Hive stays as it is.

Best regards,
Tom""", attach=[("application/pdf", "GW-Q-5498-rev2.pdf", REVISED_QUOTE_PDF)], parent=2)),

    C("g32-pike-back-boiler", "en", "closed", {"unanswered-question": 1},
      "Joanna Pike <jo.pike@rodleyhouse.example>", "thunderbird", "Old back boiler - service or replace?",
      "A long rambling mail with the real questions buried at the end: 'service or replace' answered with a price range, how long the work takes is not.",
      cu("11-04 22:10", """Hello,

Apologies in advance for the long email. We've just bought a 1960s house in Rodley and it has what the surveyor called a "back boiler" behind the gas fire in the living room, which I gather is a bit of a museum piece. It works, in that we get heating and hot water, but it's noisy and the gas fire in front of it burns with a yellowish flame, which the surveyor didn't like. We had a carbon monoxide alarm fitted the day we moved in (it hasn't gone off). My partner thinks we should get it serviced and nurse it through the winter; I think we'd be throwing good money after bad. I suppose what I really want to know is whether it's worth servicing at all, and if it's a replacement, could you let me know roughly how long the work takes, because we have a six-week-old baby and can't be without heating for long.

Thanks for reading this far!
Joanna Pike""", uq=1),
      ag("tom", "11-05 09:45", """Hi Joanna,

Congratulations on the house, and on the baby. Honestly, with a back boiler of that age I'd put the money towards replacing it: parts are very hard to get now, and a yellow flame on the fire needs looking at either way - please don't use the fire until it has been checked. A combi in the kitchen, with the back boiler and fire taken out, is typically £3,400-£3,900 depending on the flue route.

Best regards,
Tom""")),

    C("g33-tate-rhetorical", "en", "pending", {},
      "Gavin Tate <gavin.tate@tatefamily.example>", "gmail", "Boiler gave up",
      "A pleasantry and a rhetorical question around one real request (Monday visit), answered; thanks-only reply.",
      cu("11-15 19:40", """Hi folks,

Hope you're all keeping warm? Who knew a boiler could pick the coldest night of the year to give up completely? No lights, nothing, and the fuse in the spur is fine. We've got a couple of electric heaters so we're OK for now.

Could you send someone on Monday? Any time, we're both in.

Cheers,
Gavin Tate
11 Valley Drive, Ilkley Road"""),
      ag("dev", "11-16 08:20", """Hi Gavin,

Craig can be with you on Monday between 10 and 12.

Kind regards,
Devika"""),
      cu("11-16 08:35", """Brilliant, thanks Devika.

Gavin""", thanks=True)),

    C("g34-barraclough-letting-html", "en", "closed", {"unanswered-question": 1},
      "Chloe Barraclough <chloe.barraclough@penninelettings.example>", "owa", "CP12 renewals - 4 properties before December",
      "Letting agency, HTML-only mail with a list of addresses and a '?' URL in the signature: block rate and date given; the insurance certificate request is ignored.",
      cu("11-06 11:00", """Hi Greenwell team,

We manage the following four properties for the same landlord and all of them need their CP12 renewing before 1 December:

- 3 Oak Road, Armley LS12
- 17 Tong Road, LS12
- 9 Highfield Terrace, Pudsey LS28
- 41 Town Street, Bramley LS13

Can you give us a block rate for all four? Keys can be collected from our office on Stanningley Road.

Please also send us a copy of your public liability insurance certificate - our compliance team needs one on file before we can add you as an approved contractor.

Many thanks,
Chloe Barraclough
Maintenance Coordinator | Pennine Lettings
Questions about a property? https://penninelettings.example/contact?ref=email-sig""", kind="html", uq=1),
      ag("dev", "11-06 13:20", """Hi Chloe,

For all four on one day it's £260 in total (£65 each instead of £75). Sam can pick the keys up at 8:30 on Thursday 26 November and do all four that day.

Kind regards,
Devika""")),

    C("g35-llewellyn-power-flush-inline", "en", "closed", {},
      "Gareth Llewellyn <gareth.llewellyn@llewellyn-mail.example>", "thunderbird", "Power flush questions",
      "Numbered list of four questions answered inline with short answers ('No.', a figure).",
      cu("11-04 19:20", """Hi,

Our engineer suggested a power flush at the last service because there's sludge in the radiators. A few questions before I book:

1. How long does it take?
2. What does it cost for a three-bed with 9 radiators?
3. Do we need to be out of the house?
4. Is it worth adding a magnetic filter at the same time?

Thanks
Gareth Llewellyn"""),
      ag("dev", "11-05 08:40", """Hi Gareth, answers below.

On 11/4/26 7:20 PM, Gareth Llewellyn wrote:
> 1. How long does it take?

A full day - we start at 8 and are usually finished by 4.

> 2. What does it cost for a three-bed with 9 radiators?

£480 inc VAT.

> 3. Do we need to be out of the house?

No.

> 4. Is it worth adding a magnetic filter at the same time?

Yes - £145 fitted if you book it with the flush, and it stops the sludge building up again.

Devika""", quote=False)),

    C("g36-morgan-heat-loss-report", "en", "pending", {},
      "Leah Morgan <leah.morgan@morgan-leeds.example>", "gmail", "Heat loss survey - next steps",
      "Two questions answered; the heat loss report is promised 'by Wednesday 25th', a deadline still ahead at audit time.",
      cu("11-17 16:00", """Hi Tom,

Thanks for coming out this morning. When will we get the heat loss report? And do we need to be at home when the installers do the pipe run next month, or can we leave a key with you?

Best,
Leah"""),
      ag("tom", "11-18 08:50", """Hi Leah,

A key is fine - plenty of our customers do that. I'm running the room-by-room calculations this week and will have the full heat loss report with you by Wednesday 25th.

Best regards,
Tom""", promises=[("11-25", None)])),

    C("g37-whitaker-refund-colleague", "en", "closed", {},
      "Paul Whitaker <paul.whitaker@whitaker-co.example>", "outlook", "Cancelled heat pump survey - deposit",
      "The desk passes a refund to accounts ('she'll be in touch tomorrow'); accounts answers both questions the next day.",
      cu("11-04 10:10", """Hello,

We've cancelled the heat pump survey booked for 9 November - we've decided to wait until spring. Could you refund the £150 deposit to the card we paid with? And could you let me know whether we'd have to pay a new deposit if we rebook next year?

Regards,
Paul Whitaker"""),
      ag("dev", "11-04 11:00", """Hi Paul,

I've passed this to Nadia in accounts - she'll be in touch tomorrow about the refund.

Kind regards,
Devika""", promises=[("11-05", 3)]),
      ag("nadia", "11-05 10:30", """Dear Mr Whitaker,

Your £150 was refunded to the card ending 4471 this morning; banks usually take 3-5 working days to show it. If you rebook within 12 months we won't ask for a deposit again.

Kind regards,
Nadia""", parent=1)),

    C("g38-iqbal-fan-delivery", "en", "pending", {},
      "Mohammed Iqbal <m.iqbal@iqbalpharmacy.example>", "gmail", "New fan for the boiler",
      "Delivery and fitting questions answered with logistics (courier day, booked slot) - not promises; thanks-only reply after the visit.",
      cu("11-16 12:00", """Hi Craig,

Sam said the new fan for our boiler would be sent to our address rather than to you. Will I need to be in to sign for it? And what time will the engineer come to fit it?

Thanks,
Mohammed Iqbal"""),
      ag("craig", "11-16 14:30", """Hi Mohammed,

No signature needed - DPD are delivering it on Wednesday and will leave it in your porch if you're out. Sam's booked to fit it on Thursday 19th, 8-10am slot.

Craig"""),
      cu("11-19 11:00", """Sam's been and it's all working again - thanks both!

Mohammed""", thanks=True)),

    C("g39-clarke-valve-chase", "en", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Sophie Clarke <sophie.clarke@clarkemail.example>", "iphone", "Leaking radiator valve",
      "Friday-evening leak; 'just checking in' on Monday morning on her own mail; a visit is booked but the stopcock question is not answered.",
      cu("11-06 17:35", """Hi,

The valve on the radiator in our dining room is dripping onto the floorboards - we've put a tray under it. Can you send someone next week? Should I turn the water off at the stopcock in the meantime?

Thanks
Sophie Clarke

Sent from my iPhone""", uq=1),
      cu("11-09 08:05", """Just checking in on this - the drip's getting faster and the tray needs emptying twice a day now.

Sophie

Sent from my iPhone""", chase=True, parent=1),
      ag("dev", "11-09 09:20", """Hi Sophie,

Sorry for the wait - our inbox filled up over the weekend. Tariq can come tomorrow, Tuesday 10th, between 12 and 2 to replace the valve.

Kind regards,
Devika""")),

    C("g40-shackleton-lpg-template", "en", "pending", {"unanswered-question": 2},
      "Brian Shackleton <brian.shackleton@wetherbyvillage.example>", "owa", "Service for an LPG boiler?",
      "Off-grid pensioners: a templated reply with a booking link handles the booking request only; 'Do you service LPG boilers?' and the pensioner discount go unanswered.",
      cu("11-17 14:10", """Good afternoon,

We live out past Wetherby, off mains gas, and our boiler runs on LPG from a tank in the garden. Do you service LPG boilers? It's a Worcester Greenstar 25i. We'd like to book a service for some time in December. Do you offer a discount for pensioners?

Kind regards,
Brian & Maureen Shackleton""", uq=2),
      ag("dev", "11-18 09:05", """Dear Brian and Maureen,

Thank you for contacting Greenwell Heating. You can book your service online at a time that suits you: https://greenwellheating.example/book?service=annual&src=email

Kind regards,
Devika""")),

    C("g41-barker-finance-eod", "en", "closed", {"missed-follow-up": 1},
      "Lewis Barker <lewis.barker@barkerbikes.example>", "gmail", "Payment plan for the boiler",
      "Interest rate answered; the finance agreement promised 'by end of day' never arrives.",
      cu("11-10 09:00", """Hi Nadia,

We'd like to go ahead with the 12-month payment plan for the new boiler. Could you send the finance agreement over? And what's the interest rate - I assume it's the 0% you mentioned on the phone?

Cheers,
Lewis Barker"""),
      ag("nadia", "11-10 10:15", """Hi Lewis,

Yes, it's 0% - you only ever pay the £2,760. I'll send the agreement over by end of day for you to sign electronically.

Best wishes,
Nadia""", promises=[("11-10", None)])),

    C("g42-holt-guarantee-fan", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Richard Holt <richard.holt@holt-surveying.example>", "apple", "Boiler fault - covered by guarantee?",
      "Saturday fault: guarantee and call-out fee answered together; delivery date promised 'by Monday' never comes; what happens to the old fan is not answered.",
      cu("11-14 10:10", """Hello,

The boiler you fitted in March 2025 has stopped working - the fan starts up, makes a grinding noise and then it locks out. Is this covered under the guarantee? Will I have to pay the call-out fee? Also, if the fan gets replaced, can your engineer take the old one away, or do I have to keep it for Vaillant?

Thanks,
Richard Holt""", uq=1),
      ag("craig", "11-14 11:30", """Hi Richard,

From your description it's the fan bearing. It's covered: parts and labour are under the 7-year guarantee, and there's no call-out charge for guarantee work. I've ordered the fan from Vaillant this morning and will confirm the delivery date and a fitting appointment by Monday.

Regards,
Craig""", promises=[("11-16", None)])),

    C("g43-jennings-oof", "en", "closed", {},
      "Sarah Jennings <sarah.jennings@jenningsaccountancy.example>", "outlook", "Annual service reminder",
      "Booking and payment question answered; the customer's Outlook out-of-office answers the reply.",
      cu("11-04 08:30", """Hello,

I got your reminder that the boiler service is due. Can you book me in for one of the Friday afternoon slots this month? Also, could you confirm which card you have on file for payment - I've had a new one since last year.

Regards,
Sarah Jennings"""),
      ag("dev", "11-04 10:00", """Hi Sarah,

You're booked for Friday 13 November, 12-4pm. We don't keep card details on file - the engineer takes payment by card on the day, or you can pay by bank transfer when the invoice arrives.

Kind regards,
Devika"""),
      auto("11-04 10:01", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For anything urgent please call reception on 0113 496 0500.

Sarah Jennings""", quote=False, to="Devika Sharma <devika@greenwellheating.example>",
           subject="Automatic reply: Annual service reminder")),

    C("g44-booth-potterton-no-threading", "en", "closed", {},
      "Karen Booth <karen.booth@boothmail.example>", "gmail", "Servicing a Potterton Promax",
      "The agent asks a question back; the customer answers from an old webmail without threading headers or Message-ID; the earliest date is then given.",
      cu("11-05 13:00", """Hi,

Can you service a Potterton Promax? A couple of firms have said they won't touch them. If you can, what's the earliest date you could do?

Karen Booth"""),
      ag("dev", "11-05 14:00", """Hi Karen,

Yes, we service Pottertons, the Promax included. Before I book: is it the combi or the system boiler (the one with a hot water cylinder)? The system ones need a longer slot.

Kind regards,
Devika"""),
      cu("11-05 18:30", """It's the system one, there's a big cylinder in the airing cupboard.

Karen""", client="oldclient", thread=False, msgid=False, subject="RE: Servicing a Potterton Promax",
         note="Karen Booth's answer from an old webmail client, without Message-ID or threading headers"),
      ag("dev", "11-06 08:30", """Thanks Karen - I've booked you a two-hour slot on Monday 9 November, 10am-12pm.

Devika""")),

    C("g45-greaves-co-alarm", "en", "closed", {},
      "Martin Greaves <martin.greaves@greaves-engineering.example>", "thunderbird", "Mum's boiler service - 5 Westfield Crescent",
      "A son writes for his mother: CO alarm and total answered with one figure, a voicemail left, a slot agreed.",
      cu("11-09 10:00", """Hello,

I'm writing on behalf of my mother, Mrs Joan Greaves, 5 Westfield Crescent, Bramley, who is 87 and not on email. Her boiler service is due. Can you fit a carbon monoxide alarm when you come for the service, and what would the total come to? Please call me rather than her to arrange a time - 07700 900 211.

Thanks,
Martin Greaves"""),
      ag("dev", "11-09 11:15", """Hi Martin,

Yes - a sealed 10-year alarm is £35 fitted, so £124 altogether with the service. I've just tried your mobile and left a voicemail; ring me back on 0113 496 0588 whenever suits and we'll fix a time.

Kind regards,
Devika"""),
      cu("11-09 17:40", """Sorry I missed your call. Thursday afternoon would suit Mum best - any chance of this week?

Martin"""),
      ag("dev", "11-10 08:30", """Hi Martin,

Thursday 12th, 12-4pm, is booked for your mum. The engineer will ring you when he's on his way so you can let her know.

Kind regards,
Devika""")),

    C("g46-lawson-display-photo", "en", "pending", {},
      "Gemma Lawson <gemma.lawson@lawsonfam.example>", "gmail", "Boiler display flashing",
      "A second mail with a photo before any reply (not a chase); code explained, service offered and booked by a colleague.",
      cu("11-17 20:05", """Hi,

Our boiler display is flashing a little spanner symbol and a code I can't quite make out. The heating and hot water still work fine. Is it safe to keep using it?

Gemma Lawson"""),
      cu("11-17 20:20", """Here's a photo of the display - I think the code is L.07.

Gemma""", parent=1, attach=[("image/png", "display.png", DISPLAY_PNG)]),
      ag("craig", "11-18 08:30", """Hi Gemma,

Thanks for the photo. The spanner with L.07 is only the service reminder - the boiler is due its annual service; nothing is wrong and it's safe to keep using. We could do Monday 23rd or Wednesday 25th if you'd like to book.

Craig"""),
      cu("11-18 12:00", """Monday 23rd please, any time.

Gemma"""),
      ag("dev", "11-18 12:40", """Hi Gemma,

Booked for Monday 23 November, 8am-12pm.

Kind regards,
Devika""")),

    C("g47-fairbairn-flush-furniture", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Dr Anthony Fairbairn <a.fairbairn@fairbairn-clinic.example>", "outlook", "Power flush with the service?",
      "Flush cost answered with the neighbouring detail of visit length; the furniture question is skipped and the booking confirmation promised 'tomorrow' never comes.",
      cu("11-09 09:15", """Hello,

Our service is due next month. Can you do a power flush at the same visit, and what would that add to the bill? Do I need to move furniture away from the radiators beforehand? We've got some very heavy bookcases in the lounge.

Regards,
Dr Anthony Fairbairn""", uq=1),
      ag("dev", "11-09 11:40", """Dear Dr Fairbairn,

Yes, we can combine them - the flush adds £480 and makes it a full-day visit (8am-4pm), with the service done first thing. I need to check which December day Tariq's team has free, and I'll email you the booking confirmation tomorrow.

Kind regards,
Devika""", promises=[("11-10", None)])),

    C("g48-firth-same-subject", "en", "closed", {},
      "Eleanor Firth <eleanor.firth@firthweb.example>", "owa", "Boiler service",
      "Same subject as g01 from another customer; booking and shoe covers answered.",
      cu("11-06 16:00", """Hello,

Please could you book an annual service for my combi at 22 Granby Road, LS6? Also, do your engineers wear shoe covers? I've just had new carpets fitted.

Thanks,
Eleanor Firth"""),
      ag("dev", "11-06 16:45", """Hi Eleanor,

They do - every engineer carries covers and a dust sheet. I've booked you for Thursday 12 November, 8am-12pm.

Kind regards,
Devika""")),

    C("g49-marchal-entretien-inline", "fr", "closed", {},
      "Sophie Marchal <sophie@marchal-traduction.example>", "apple_fr", "Questions sur l'entretien annuel",
      "French numbered questions answered inline; the customer's signature has 'Une question ?' and a '?' URL.",
      cu("11-10 13:30", """Bonjour Amélie,

Trois petites questions sur l'entretien annuel :

1) L'entretien comprend-il le contrôle du vase d'expansion ?
2) Combien de temps dure la visite ?
3) Est-ce que je peux payer par virement ?

Merci !
Sophie

--
Sophie Marchal | Traductrice indépendante
Une question ? https://marchal-traduction.example/contact?lang=fr"""),
      ag("amelie", "11-10 15:00", """Bonjour Sophie,

Réponses dans le texte :

> 1) L'entretien comprend-il le contrôle du vase d'expansion ?

Oui, le technicien vérifie la pression du vase et le regonfle si besoin.

> 2) Combien de temps dure la visite ?

Entre 45 minutes et une heure.

> 3) Est-ce que je peux payer par virement ?

Oui, nos coordonnées bancaires figurent sur la facture.

Bien cordialement,
Amélie""", quote=False)),

    C("g50-castillo-restaurante-reenvio", "es", "closed", {"unanswered-question": 2, "customer-chased": 1, "slow-first-response": 1},
      "Álvaro Castillo <alvaro@tapasribera.example>", "gmail_es", "Revisión caldera y certificado de gas - restaurante",
      "Spanish restaurant owner resends his request three days later as a new mail; the reply gives a Monday slot and a price but ignores the hood/hob inspection and the company invoice.",
      cu("11-09 10:00", """Hola:

Tengo un restaurante en Call Lane y la caldera del local tiene ya quince años. Me gustaría que nos hicieran la revisión anual y el certificado de gas para el seguro. ¿Tienen disponibilidad un lunes por la mañana, que es cuando cerramos? ¿Hacen también la revisión de la campana extractora y de los fogones de la cocina? Y por favor, mándenme la factura a nombre de Tapas Ribera Ltd.

Un saludo,
Álvaro Castillo
Tapas Ribera""", uq=2),
      cu("11-12 10:15", """Hola de nuevo:

Les escribí el lunes y todavía no he recibido respuesta. Vuelvo a preguntar: ¿tienen disponibilidad un lunes por la mañana para la revisión de la caldera y el certificado de gas del restaurante?

Un saludo,
Álvaro Castillo
Tapas Ribera""", chase=True, parent=0),
      ag("pilar", "11-12 11:30", """Hola, Álvaro:

Disculpa el retraso. Sí, podemos ir el lunes 16 a las 9:00; la revisión con el certificado de gas para locales comerciales cuesta 120 £ más IVA.

Un saludo,
Pilar""")),

    C("g51-dunwell-changeover-list", "en", "closed", {"unanswered-question": 1},
      "Rachel Dunwell <rachel@otleyroadlettings.example>", "gmail", "Tenancy changeover at 88 Otley Road",
      "Letting agent's numbered to-do list: three items arranged in one paragraph, the quote for a cylinder thermostat is left out.",
      cu("11-02 11:20", """Hi Devika,

The tenants at 88 Otley Road move out on the 13th and the new ones arrive on the 20th. Between those dates could you please:

1. do the gas safety check and issue a new certificate
2. service the boiler (last done Nov 2025)
3. replace the thermostatic valve on the bathroom radiator, it's been stuck on full since the summer
4. quote for a new cylinder thermostat - the current one is held on with tape

Let me know what dates work. Keys are at our office as usual.

Thanks,
Rachel Dunwell
Otley Road Lettings""", uq=1),
      ag("dev", "11-02 14:00", """Hi Rachel,

We'll do the gas safety check and the service together on Monday 16th from 9am - the certificate is issued on the day - and Tariq will swap the bathroom TRV while he's there (£38 for the valve). We'll collect the keys from you at 8:45.

Kind regards,
Devika""")),

    C("g52-summers-app-and-certificate", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Kate Summers <kate.summers@summersdesign.example>", "apple", "Heat pump app logging out",
      "App bug: 'let you know early next week' about the fix (said Thursday, so by Tuesday) is not kept; a 'one more thing' mail gets the temperature explained but not the commissioning certificate.",
      cu("11-11 19:00", """Hi Tom,

The heat pump is running well, but the app keeps logging us out every day or so. Is there an update coming?

Cheers,
Kate"""),
      ag("tom", "11-12 09:30", """Hi Kate,

It's a known issue with the latest version of the app. I'll check with Mitsubishi when the fix is due and let you know early next week.

Best regards,
Tom""", promises=[("11-17", None)]),
      cu("11-12 10:05", """Thanks Tom. One more thing while I have you - the hot water only ever gets to about 45 degrees. Is that how it's meant to be, or can it go higher? And while I think of it, can you send me the commissioning certificate for the house file?

Kate""", uq=1),
      ag("tom", "11-12 12:00", """Hi Kate,

45-48 degrees is where we set it, for efficiency. Once a week it runs a legionella cycle up to 60 - you'll see that on Sunday nights in the app. If you ever need it hotter you can use the boost button.

Best regards,
Tom""")),
]

UNANSWERED: dict[str, list[str]] = {
    "g02-pickersgill-three-cp12s": [
        "Once they're done, please email the certificates straight to my letting agent at lettings@northgatelets.example so they can upload them to the tenants' portal."],
    "g04-hollis-combi-quote": [
        "Do you do Saturday installations?"],
    "g05-etherington-heat-pump": [
        "I was wondering whether we'd need to swap all the radiators for bigger ones, since most of ours are the original small single panels.",
        "Also, how loud is the outside unit?"],
    "g09-drummond-diverter-valve": [
        "Could you at least lend us an immersion heater or an electric shower in the meantime?"],
    "g10-gallacher-invoice-plan": [
        "Could you also resend the invoice with our new address on it?"],
    "g14-vogt-vermieter-zertifikat": [
        "Außerdem müsste die Rechnung bitte auf meine Firma ausgestellt werden: Vogt Immobilien GmbH, Kaiserswerther Str. 112, 40474 Düsseldorf."],
    "g15-brandt-angebot-kombitherme": [
        "Können Sie bei der Gelegenheit auch den alten Warmwasserspeicher auf dem Dachboden entsorgen?"],
    "g17-hartmann-ratenzahlung": [
        "Und ist dafür eine Bonitätsprüfung nötig?"],
    "g19-mercier-certificat-lyon": [
        "Pourriez-vous aussi vérifier le détecteur de monoxyde de carbone pendant la visite ?"],
    "g21-lefevre-pompe-a-chaleur": [
        "Faut-il obligatoirement un ballon d'eau chaude ?"],
    "g24-ruiz-radiadores": [
        "Y otra cosa, ¿se llevan ustedes los radiadores viejos o tengo que deshacerme de ellos yo?"],
    "g28-lund-f28-reopened": [
        "And can your engineer bring a replacement electrode this time rather than cleaning the old one?"],
    "g32-pike-back-boiler": [
        "could you let me know roughly how long the work takes, because we have a six-week-old baby and can't be without heating for long."],
    "g34-barraclough-letting-html": [
        "Please also send us a copy of your public liability insurance certificate - our compliance team needs one on file before we can add you as an approved contractor."],
    "g39-clarke-valve-chase": [
        "Should I turn the water off at the stopcock in the meantime?"],
    "g40-shackleton-lpg-template": [
        "Do you service LPG boilers?",
        "Do you offer a discount for pensioners?"],
    "g42-holt-guarantee-fan": [
        "Also, if the fan gets replaced, can your engineer take the old one away, or do I have to keep it for Vaillant?"],
    "g47-fairbairn-flush-furniture": [
        "Do I need to move furniture away from the radiators beforehand?"],
    "g50-castillo-restaurante-reenvio": [
        "¿Hacen también la revisión de la campana extractora y de los fogones de la cocina?",
        "Y por favor, mándenme la factura a nombre de Tapas Ribera Ltd."],
    "g51-dunwell-changeover-list": [
        "quote for a new cylinder thermostat - the current one is held on with tape"],
    "g52-summers-app-and-certificate": [
        "And while I think of it, can you send me the commissioning certificate for the house file?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The servicedesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"GW-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=SERVICE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", SERVICE),
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


def render(msgs: list[Msg]) -> list[Msg]:
    """Like :func:`mailcraft.render_corpus`, but a message with ``msgid=False`` gets no
    Message-ID header (as some old clients send them)."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to), ("Subject", m.subject),
                   ("Date", email.utils.format_datetime(m.date))]
        m.raw = mailcraft.build(m, headers + m.extra, by_key, PROFILE)
    return msgs


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
        if any(m.date >= AS_OF for m in c.msgs):
            out.append(f"{c.name}: a message is dated after the audit time")
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
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 32: Greenwell Heating - cases",
                                 "make_practice32_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.greenwellheating.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip, a message missing or there twice."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    parsed_all = [(p, p in inbox) for p in inbox + sent]
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            hits = [(p, i) for p, i in parsed_all if p["Message-ID"] == m.message_id]
        else:  # no Message-ID: find it by sender and date
            hits = [(p, i) for p, i in parsed_all if not p["Message-ID"]
                    and p["Date"] == email.utils.format_datetime(m.date)
                    and p["From"].addresses[0].addr_spec == addr_of(m.frm)[1]]
        if len(hits) != 1:
            found.append(f"{m.key}: found {len(hits)} times in the written mailbox")
            continue
        parsed, in_mbox = hits[0]
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
    """Command line: regenerate tests/practice32 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
