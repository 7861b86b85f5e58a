#!/usr/bin/env python3
"""Regenerate ``tests/practice25/``: a labelled corpus of Larchmont Opticians.

A support mailbox of a fictional small chain of independent opticians (eye tests, glasses
and contact lens orders, lens coatings, repairs and adjustments, contact lens subscriptions,
NHS and insurance vouchers, children's frames, home visits, appointment booking and
rescheduling, prescription copies, prescription sunglasses), written without looking at the
detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``larchmontoptics.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - the description of the corpus, its figures computed here.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice25_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
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
SUPPORT_DOMAIN = "larchmontoptics.example"
CARE = "Larchmont Opticians <care@larchmontoptics.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice25"

AGENTS = {
    "priya": ("Priya Raman <priya@larchmontoptics.example>", "outlook", """Priya Raman
Customer Care | Larchmont Opticians
Kelso Street - Wharf Road - Canterbury
Book an eye test: https://larchmontoptics.example/book?src=email"""),
    "callum": ("Callum Fairweather <callum@larchmontoptics.example>", "thunderbird", """-- 
Callum Fairweather FBDO
Dispensing Optician | Larchmont Opticians
Lens or frame question? Reply to this email or call 020 7946 0512."""),
    "bethan": ("Bethan Lloyd <bethan@larchmontoptics.example>", "apple", """Bethan Lloyd
Contact Lenses & Accounts | Larchmont Opticians
https://larchmontoptics.example/lenses?utm_source=email&utm_medium=signature"""),
    "lukas": ("Lukas Brenner <lukas@larchmontoptics.example>", "outlook_de", """Lukas Brenner
Kundenservice (Deutsch) | Larchmont Opticians
https://larchmontoptics.example/de?ref=signatur"""),
    "camille": ("Camille Roussel <camille@larchmontoptics.example>", "apple_fr", """Camille Roussel
Service client (français) | Larchmont Opticians
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire."""),
    "lucia": ("Lucía Ferrer <lucia@larchmontoptics.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Larchmont Opticians
+44 20 7946 0519"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Larchmont Opticians. This is an automatic message to
confirm that we have received your email (reference {ref}). Our customer care
team works Monday to Saturday, 9am-5.30pm, and we aim to reply within one
working day.

If your eye is painful or red, or your vision has changed suddenly, please do
not wait for an email reply: call your nearest branch or NHS 111.

Larchmont Opticians - Customer Care
https://larchmontoptics.example/help?ticket={ref}""",
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
    "helpdesk": ["X-Mailer: Larchmont CareDesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="lo.", outlook_server="AM7P19")
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
    """A reply by support agent ``who`` at ``when`` (London time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in London: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

COATING_PNG = mailcraft.png(14, 10, lambda x, y: (180 + 5 * x, 190 - 3 * y, 200 - (x * y) % 40))
TIDDLERS_PNG = mailcraft.png(18, 6, lambda x, y: [(220, 60, 60), (60, 120, 220), (70, 180, 90),
                                                  (240, 190, 40), (150, 80, 190), (240, 130, 170)][x // 3])
RX_PDF = mailcraft.pdf(["Larchmont Opticians - Spectacle prescription",
                        "Patient: Ian Baxter   Date of test: 20/10/2026",
                        "R  -1.75 / -0.50 x 170     L  -1.50 / -0.25 x 10",
                        "Add: none   PD 63 mm (added on request)",
                        "Optometrist: Dr A. Shah, GOC 01-34127"])
RECEIPT_PDF = mailcraft.pdf(["Larchmont Opticians, 41 Kelso Street, London N1 8QT",
                             "Itemised receipt - Mr G. Hughes - collected 11/11/2026",
                             "Eye examination (private)          GBP 30.00",
                             "Spectacles: frame Orla 52, single vision lenses  GBP 184.00",
                             "Optometrist: Dr A. Shah, GOC 01-34127"])
REFERRAL_PDF = mailcraft.pdf(["Larchmont Opticians - Referral to the Eye Clinic, St Helen's Hospital",
                              "Patient: Mrs Janet Thompson   Sent: 30/10/2026 (e-referral)",
                              "Reason: reduced acuity left eye, nuclear sclerotic cataract",
                              "Routine referral. Dr A. Shah, GOC 01-34127"])
FACTURE_PDF = mailcraft.pdf(["Larchmont Opticians - Facture KS-20477 - M. Pierre Girard",
                             "Monture Lindberg Air 5503          GBP 265.00",
                             "Verres unifocaux 1.6 anti-reflet   GBP 140.00",
                             "Total                              GBP 405.00"])
RX_SEAN_PDF = mailcraft.pdf(["Larchmont Opticians - Spectacle prescription",
                             "Patient: Sean Murphy   Date of test: 10/11/2026",
                             "R  -2.25 / -0.75 x 90     L  -2.00 / -0.50 x 85",
                             "Group 2 visual standard: met with correction"])
FACTURA_PDF = mailcraft.pdf(["Larchmont Opticians - Invoice WR-60231",
                             "Customer: Isabel Santos",
                             "Prescription sunglasses, polarised grey   GBP 219.00"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("l01-hartley-varifocals", "en", "closed", {},
      "Rebecca Hartley <rebecca.hartley@fernmail.example>", "gmail", "Varifocals - a few questions before I order",
      "Three questions buried in one paragraph, answered out of order in one reply; thanks-only close.",
      cu("11-02 09:12", """Hello,

I had my eye test with you last Thursday and Mr Fairweather recommended varifocals, which I suppose was coming at my age. Before I commit I have a few questions, sorry. How long do varifocals normally take to come back from the lab? I was wondering whether the anti-glare coating is included in the £245 you quoted or comes on top. And is there some kind of trial period if I can't get used to them - my sister gave up on hers after a month and I've heard nothing but horror stories.

Many thanks,
Rebecca Hartley"""),
      ag("callum", "11-02 11:40", """Hi Rebecca,

Your sister isn't alone, but most people settle in within a fortnight - and if you haven't after 60 days, we remake the lenses in a different design free of charge. The £245 covers the lenses with our standard anti-glare coating; only the blue-filter upgrade would be extra (£35). From ordering to collection it's usually 7-10 working days.

Best wishes,
Callum"""),
      cu("11-02 12:05", """That's really reassuring, thank you! I'll pop in on Saturday to order them.

Rebecca""", thanks=True)),

    C("l02-okafor-snapped-arm", "en", "closed", {"unanswered-question": 1},
      "Daniel Okafor <d.okafor@brightwell.example>", "outlook", "Snapped arm on my glasses",
      "Repair and guarantee questions answered; the request for a prescription copy, in the same paragraph, is skipped.",
      cu("11-03 08:05", """Hello,

My daughter sat on my glasses (of course) and the left arm has snapped right at the hinge. They're the Lindqvist titanium frames I bought from you in March. Can this be repaired or does the whole frame need replacing? Is it covered under the 12-month guarantee? I also need a copy of my prescription in the meantime so I can order a cheap backup pair online - please email it to me.

Thanks,
Daniel Okafor""", uq=1),
      ag("callum", "11-03 10:30", """Hi Daniel,

Sorry to hear that - children and glasses! A hinge break on the Lindqvist is usually repairable: it goes to the maker's workshop and takes about ten days. The guarantee covers manufacturing faults rather than accidents, but the repair is a flat £28. Just bring the frame and the broken arm to any branch.

Callum""")),

    C("l03-mcbride-reschedule", "en", "closed", {},
      "Fiona McBride <fionamcb@heatherpost.example>", "thunderbird", "Moving my eye test on the 12th",
      "Reschedule, what to bring and parking: all three answered inline under the quoted questions.",
      cu("11-09 19:20", """Hi,

I have an eye test booked at the Kelso Street branch on Thursday 12th at 10:20 but I've been called for jury service that week.

Could I move it to the following week, ideally a morning?
Do I need to bring my old glasses with me?
Also, is there parking near the Kelso Street shop?

Thanks,
Fiona"""),
      ag("priya", "11-10 09:05", """Hi Fiona,

> Could I move it to the following week, ideally a morning?

Done - Tuesday 17th at 9:40, same branch.

> Do I need to bring my old glasses with me?

Yes please, and your contact lenses too if you wear any.

> Also, is there parking near the Kelso Street shop?

The Abbey Road car park is two minutes' walk away; the first hour is free.

Kind regards,
Priya""", quote=False)),

    C("l04-novak-wrong-lenses", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Tomas Novak <tomas.novak@quillbox.example>", "gmail", "Contact lens subscription - wrong lenses",
      "Wrong power in the subscription box; the correction promised 'by Wednesday' arrives the next Monday after a chase.",
      cu("11-09 12:30", """Hi,

My November box of dailies arrived today but it's -2.75 for both eyes. My right eye is -3.25 now (it changed at my check in August). Could you send me the right ones? And can you make sure the December box is correct too?

Thanks
Tomas"""),
      ag("bethan", "11-09 15:10", """Hi Tomas,

Thanks for letting me know, and sorry about the mix-up. Your record still shows the old prescription for both eyes, so I need to check with the optometrist who saw you in August before I change anything. I'll get back to you by Wednesday with the corrected order.

Best wishes,
Bethan""", promises=[("11-11", 4)]),
      cu("11-13 18:20", """Hi Bethan,

Just checking in - I haven't heard anything yet and I'm down to my last few pairs of the right strength.

Tomas""", chase=True),
      ag("bethan", "11-16 09:30", """Hi Tomas,

Apologies for the delay. Dr Shah has confirmed: right -3.25, left -2.75. A box of 30 right-eye lenses went out by tracked post this morning, and your subscription is updated, so December onwards will be correct.

Best wishes,
Bethan""")),

    C("l05-whitcombe-nhs-voucher", "en", "closed", {"unanswered-question": 1},
      "Margaret Whitcombe <m.whitcombe@oakhollow.example>", "apple", "NHS voucher for my grandson",
      "Grandmother asks three things about a child's NHS voucher; the sturdier-frames question is not addressed.",
      cu("11-04 16:45", """Dear Sir or Madam,

My grandson Alfie (he is 9) needs new glasses and his mother has given me the NHS voucher from his eye test at school. Can the voucher be used at your shop even though the test was done somewhere else? Does it cover the whole cost of the frames or will there be something to pay on top? And I was wondering whether you have frames that are a bit sturdier, he is very rough with them.

With kind regards,
Margaret Whitcombe""", uq=1),
      ag("priya", "11-05 09:20", """Dear Mrs Whitcombe,

Yes, an NHS voucher can be used with us wherever the eye test was done - just bring it along with Alfie. For children there is a range of frames that the voucher pays for in full, so there's nothing extra to pay unless he falls in love with one outside that range.

Kind regards,
Priya""")),

    C("l06-adebayo-home-visit", "en", "closed", {"missed-follow-up": 1},
      "Grace Adebayo <grace.adebayo@linnetmail.example>", "outlook", "Home visit for my father",
      "Home-visit questions answered; the free slots promised for 'tomorrow' never come.",
      cu("11-03 10:00", """Hello,

My father is 87 and has been housebound since his hip operation. Do you offer home eye tests? He lives in Hollins Park, which I think is close to your Wharf Road branch. His glasses need looking at too - the nose pads have gone green.

Could you let me know what we need to do to arrange a visit?

Grace Adebayo"""),
      ag("priya", "11-03 14:20", """Dear Grace,

We do - our visiting optometrist covers Hollins Park on Tuesdays and Thursdays, and for anyone who can't leave home unaided the test is free on the NHS. She carries spare nose pads and can replace them on the spot. The visiting team keep their own diary, so I'll ask them for the next free slots and come back to you tomorrow.

Kind regards,
Priya""", promises=[("11-04", None)])),

    C("l07-schneider-gleitsicht", "de", "closed", {},
      "Heike Schneider <heike.schneider@lindenpost.example>", "gmail_de", "Gleitsichtbrille - Entspiegelung und Lieferzeit",
      "German customer: coating included and a ready date before her flight, both answered; thanks-only close.",
      cu("11-05 09:30", """Guten Tag Herr Brenner,

ich habe letzte Woche in Ihrer Filiale in der Kelso Street eine Gleitsichtbrille bestellt (Auftrag KS-44817). Zwei Fragen dazu: Ist die Hartschicht bei der Entspiegelung schon dabei, oder kostet die extra? Und wissen Sie schon ungefähr, wann die Brille fertig ist? Ich fliege am 28. November nach Hamburg und bräuchte sie vorher.

Viele Grüße
Heike Schneider"""),
      ag("lukas", "11-05 11:15", """Guten Tag Frau Schneider,

die Hartschicht ist bei unserer Entspiegelung immer inklusive, da kommt nichts dazu. Ihre Gläser sind seit gestern in der Fertigung; wir rechnen mit dem 16. November – also rechtzeitig vor Ihrem Flug.

Mit freundlichen Grüßen
Lukas Brenner"""),
      cu("11-05 12:40", """Vielen Dank, das ist ja prima!

Heike Schneider""", thanks=True), tz=1),

    C("l08-dubois-adresse-lentilles", "fr", "pending", {"unanswered-question": 1},
      "Amélie Dubois <amelie.dubois@ruedesfleurs.example>", "apple_fr", "Abonnement lentilles – changement d'adresse",
      "New address and quarterly delivery done; the question about the next lens check-up is not answered.",
      cu("11-16 20:10", """Bonjour,

Je viens de déménager et je voudrais que mes lentilles mensuelles soient livrées à ma nouvelle adresse : 14 Cranmer Road, London SW9 6EJ. Est-ce que je peux aussi passer à une livraison tous les trois mois au lieu de chaque mois ? Ce serait plus pratique pour moi.

Enfin, pourriez-vous me dire quand a lieu mon prochain contrôle des lentilles ? Je ne retrouve plus la lettre.

Merci beaucoup,
Amélie Dubois""", uq=1),
      ag("camille", "11-17 09:40", """Bonjour Madame Dubois,

C'est noté : à partir du prochain envoi, vos lentilles partiront au 14 Cranmer Road. Je vous ai également passée en envoi trimestriel (trois boîtes à la fois, même prix mensuel).

Bien cordialement,
Camille"""), tz=1),

    C("l09-garcia-gafas-nino", "es", "closed", {},
      "Marta García <marta.garcia@correoazul.example>", "gmail_es", "Gafas para mi hijo de 6 años",
      "Spanish mother: appointment needed? flexible frames? Both answered, with a booking link; base64 reply.",
      cu("11-04 18:25", """Hola:

A mi hijo Pablo (6 años) le han dicho en el colegio que necesita gafas. Quisiera saber si hace falta pedir cita para la revisión o si podemos ir directamente. ¿Tienen monturas flexibles para niños pequeños? Se le caen y se le tuercen todo el rato.

Muchas gracias,
Marta"""),
      ag("lucia", "11-05 10:10", """Hola, Marta:

Mejor con cita, porque las revisiones infantiles son un poco más largas y las hacemos por la tarde, después del colegio. Puede reservarla aquí: https://larchmontoptics.example/citas?tipo=infantil

Y sí, tenemos monturas de silicona flexible que prácticamente no se rompen, con cinta elástica opcional para que no se le caigan. Para menores de 16 años la revisión es gratuita.

Un saludo,
Lucía""", cte="base64"), tz=1),

    C("l10-pemberton-peeling-coating", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Oliver Pemberton <oliver@pembertonjoinery.example>", "outlook", "Coating peeling on 4-month-old lenses",
      "Warranty question with a photo, only the helpdesk acknowledgement; the customer chases under his own mail.",
      cu("11-12 08:50", """Hello,

The anti-glare coating on my lenses (bought at Wharf Road in July) has started to craze and peel at the edges - photo attached. I work in a joinery workshop but I've been careful to clean them properly with the spray and cloth you gave me. Is this something you'd replace under warranty? Please tell me what you need from me: receipt, the glasses themselves, etc.

Oliver Pemberton
Pemberton Joinery""", attach=[("image/png", "IMG_4471.png", COATING_PNG)]),
      ack("11-12 08:51"),
      cu("11-16 13:05", """Hi,

I sent the email below last Thursday and haven't heard anything back apart from the automatic reply. Still waiting for an answer about the coating - could someone get back to me please?

Oliver""", parent=1, chase=True)),

    C("l11-lindqvist-rx-sunglasses", "en", "pending", {},
      "Hannah Lindqvist <hannah.l@saltmarsh.example>", "iphone", "Prescription sunglasses",
      "Three short questions from an iPhone answered with prices and a price-list link.",
      cu("11-18 07:45", """Hi! Off to Lanzarote in January. Do you do prescription sunglasses in a varifocal prescription, and roughly what would they cost? Also can I use my own frames (Ray-Ban Clubmaster)?

Thanks, Hannah

Sent from my iPhone"""),
      ag("callum", "11-18 12:20", """Hi Hannah,

We can - varifocal tints and polarised lenses both work. Glazed into your own Clubmasters it's from £189, or £229 polarised; the frame has to stay with us for 8-10 days. Full list: https://larchmontoptics.example/sun?rx=varifocal

Callum""")),

    C("l12-ferreira-loose-screw", "en", "closed", {"reopened": 1},
      "Luis Ferreira <luis.ferreira@harbourline.example>", "gmail", "Loose screw - rimless frame",
      "Walk-in screw fix, ticket marked resolved; the customer comes back about a chipped lens and a colleague answers.",
      cu("11-02 17:30", """Hi, one of the screws on my rimless frames keeps working loose. Can I just pop in to have it tightened or do I need an appointment?

Luis"""),
      ag("priya", "11-03 09:10", """Hi Luis,

No appointment needed - any branch will tighten it while you wait and add a drop of thread-lock so it stays put, free of charge. I'll mark this as resolved, but just reply if anything else comes up.

Kind regards,
Priya""", closes=True),
      cu("11-10 18:40", """Hi Priya,

Wharf Road sorted the screw on Saturday, thanks. But now the lens on the same side has a small chip at the edge where the screw goes through. Can that lens be replaced on its own, and how much would it be?

Luis"""),
      ag("callum", "11-11 10:05", """Hi Luis,

Priya passed your email to me. Yes, a single lens can be replaced: in your prescription with the same coating it's £65, and we'd fit a new nylon washer so it doesn't chip again. It's ready about a week after you drop the frame in.

Callum""")),

    C("l13-kaur-staff-eyecare", "en", "pending", {"many-handoffs": 1},
      "Simran Kaur <simran.kaur@kestrelworks.example>", "owa", "Eye tests for our staff (DSE)",
      "Corporate eyecare scheme: three agents answer in turn (scheme and link, billing, Canterbury branch).",
      cu("11-16 10:00", """Hello,

We're a 40-person design studio and want to offer DSE eye tests to our staff, as the regulations require for screen users. Do you have a corporate voucher scheme? How would billing work - one monthly invoice, or per voucher? And could you send me something I can forward to staff explaining how to book?

Best,
Simran Kaur
Operations Manager, Kestrel Works"""),
      ag("priya", "11-16 11:30", """Hi Simran,

We do. Staff book online with a voucher code, and this page is written so you can forward it to them as it is: https://larchmontoptics.example/business?scheme=dse

I've copied in Bethan, who looks after business accounts, for the billing side.

Kind regards,
Priya""", cc="Bethan Lloyd <bethan@larchmontoptics.example>"),
      ag("bethan", "11-16 15:45", """Hi Simran,

Billing is one invoice at the end of each month for the vouchers actually used: £25 per eye test, plus £45 per pair of basic screen glasses where the optometrist says they're needed. There's no set-up fee.

Best wishes,
Bethan"""),
      cu("11-17 09:15", """Thanks both, that's clear. One more thing: our team in Canterbury would need to use it too. Do you have a branch there, or can they go to another optician and claim it back?

Simran"""),
      ag("callum", "11-17 14:00", """Hi Simran,

Callum here, from our Canterbury branch on Burgate - yes, we're here, and the same voucher codes work at every Larchmont branch, so there's nothing to claim back.

Callum""")),

    C("l14-moreau-reparation", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Julien Moreau <julien.moreau@atelier-lumen.example>", "apple_fr", "Réparation monture – délai ?",
      "French repair status: news promised 'd'ici mercredi' arrives Friday after a relance; the loan-frame request is never addressed.",
      cu("11-02 10:20", """Bonjour,

J'ai déposé mes lunettes à l'agence de Kelso Street le 28 octobre pour une branche cassée, et on m'a parlé d'environ une semaine. Pourriez-vous me dire où en est la réparation ? Je n'ai pas de lunettes de rechange et je travaille sur écran toute la journée. Et serait-il possible de me prêter une monture en attendant ?

Cordialement,
Julien Moreau""", uq=1),
      ag("camille", "11-02 14:30", """Bonjour Monsieur Moreau,

Je suis désolée pour ce désagrément. Votre monture est encore chez le fabricant ; je l'appelle aujourd'hui et je reviens vers vous d'ici mercredi avec une date précise.

Bien cordialement,
Camille""", promises=[("11-04", 4)]),
      cu("11-06 09:00", """Bonjour Madame Roussel,

Je me permets de vous relancer : je n'ai toujours aucune nouvelle de ma réparation.

Cordialement,
J. Moreau""", chase=True),
      ag("camille", "11-06 11:45", """Bonjour Monsieur Moreau,

Toutes mes excuses pour ce retard. Le fabricant a dû commander une nouvelle charnière ; votre monture sera disponible à l'agence de Kelso Street à partir du mardi 10 novembre, 14 h. Vu l'attente, la réparation vous est offerte.

Bien cordialement,
Camille"""), tz=1),

    C("l15-baxter-prescription-copy", "en", "closed", {},
      "Ian Baxter <ian.baxter@fellside.example>", "thunderbird", "Copy of my prescription please",
      "Prescription copy and the PD question answered with 'Attached.' and the PD figure.",
      cu("11-05 21:10", """Evening,

Please send me a copy of my prescription from my test on 20 October - I'm ordering safety glasses through work and they want the PD as well. Is the PD on the prescription or is that a separate thing?

Ian Baxter"""),
      ag("priya", "11-06 09:00", """Hi Ian,

Attached. The PD isn't normally printed on a prescription, so I've added it at the bottom for you (63 mm).

Priya""", attach=[("application/pdf", "prescription-baxter-2026-10-20.pdf", RX_PDF)])),

    C("l16-osei-toric-trial", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
      "Kwame Osei <kwame.osei@tidewater.example>", "gmail", "Contact lenses for football - astigmatism",
      "Friday-afternoon mail answered on Monday; astigmatism and fitting price answered, evening appointments skipped.",
      cu("11-06 16:40", """Hi,

I've worn glasses all my life but would like to try contact lenses for football. I have astigmatism - is that a problem for contacts? How much is a contact lens fitting, and does it include the trial lenses? Could you also let me know whether you do evening appointments, as I work till 6.

Cheers,
Kwame""", uq=1),
      ag("bethan", "11-09 10:20", """Hi Kwame,

Not a problem at all - toric lenses correct astigmatism and most people get on very well with them, football included. The fitting is £40 and includes a week of trial lenses; if you then join our monthly plan, the £40 comes off your first month.

Best wishes,
Bethan""")),

    C("l17-brennan-blue-filter", "en", "closed", {},
      "Siobhan Brennan <siobhan@corrigan-brennan.example>", "gmail", "Blue light lenses - worth it?",
      "A rhetorical question and a self-answered one around the real question, which is answered.",
      cu("11-04 13:15", """Hi there,

Who knew choosing lenses could be so complicated? My optometrist mentioned a blue-light filter for my new reading glasses. Where do I find the price list for the coatings? Actually ignore that, I've just found it on your website.

What I really want to know is whether the filter makes the lenses look yellow - I'm on video calls most of the day and don't want to look odd on camera.

Siobhan"""),
      ag("callum", "11-04 15:00", """Hi Siobhan,

Only very slightly: at some angles you'll see a faint blue-violet sheen on the surface, but looking through them the lenses are clear, and on camera the reflection is actually weaker than with a standard coating.

Callum""")),

    C("l18-richter-abo-kuendigung", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Dr. Matthias Richter <m.richter@kanzlei-richter.example>", "outlook_de", "Kündigung Kontaktlinsen-Abo / Jahresrechnung",
      "German cancellation: the written confirmation is not given; the annual invoice promised 'bis Dienstag' never comes.",
      cu("11-13 11:30", """Sehr geehrte Damen und Herren,

ich ziehe Ende Dezember zurück nach Deutschland und möchte daher mein Kontaktlinsen-Abonnement (Kundennummer LO-55120) zum 31.12. kündigen. Bitte bestätigen Sie mir die Kündigung schriftlich.

Können Sie mir außerdem eine Jahresrechnung für 2026 schicken? Mein Arbeitgeber erstattet einen Teil der Kosten.

Mit freundlichen Grüßen
Dr. Matthias Richter

--
Kanzlei Richter & Partner
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.""", uq=1),
      ag("lukas", "11-13 14:10", """Sehr geehrter Herr Dr. Richter,

vielen Dank für Ihre Nachricht. Die Jahresrechnung erstellt unsere Buchhaltung; ich habe sie dort angefordert und schicke sie Ihnen bis Dienstag zu.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-17", None)]), tz=1),

    C("l19-castillo-cambio-cita", "es", "closed", {},
      "Javier Castillo <javier.castillo@mercadoverde.example>", "gmail_es", "Cambiar la cita del sábado",
      "Spanish reschedule: the asked slot is full, an alternative is booked; SMS reminder is logistics; thanks-only close.",
      cu("11-12 19:50", """Buenas tardes:

Tengo cita el sábado 14 a las 11:00 en la óptica de Wharf Road para la revisión de la vista, pero me ha surgido un viaje de trabajo. ¿Se podría cambiar al sábado 21 por la mañana? Si no hay hueco, me vale cualquier tarde de la semana siguiente a partir de las 17:00.

Gracias,
Javier Castillo"""),
      ag("lucia", "11-13 09:30", """Hola, Javier:

El sábado 21 por la mañana ya está completo, así que le he reservado el martes 24 a las 17:20 en Wharf Road. Recibirá un SMS de recordatorio el día anterior.

Un saludo,
Lucía"""),
      cu("11-13 11:05", """¡Perfecto, muchas gracias!

Javier""", thanks=True), tz=1),

    C("l20-hughes-cash-plan", "en", "pending", {"unanswered-question": 2},
      "Gareth Hughes <gareth.hughes@millbrookmail.example>", "outlook", "Receipt for my health cash plan claim",
      "Itemised receipt sent as a PDF; the wife's separate receipt and the contact-lens claim question are ignored.",
      cu("11-17 08:30", """Good morning,

I need an itemised receipt for my new glasses (collected 11 November, Kelso Street) for a claim with my health cash plan. They want the eye test and the glasses shown separately, with the practice's address and the optometrist's GOC number on it. Could you email that over?

Also - my wife's glasses were bought on the same day. Can her receipt be done separately, in her name (Eleri Hughes)? And does the cash plan claim for contact lenses work the same way? She's thinking of switching.

Thanks very much,
Gareth Hughes""", uq=2),
      ag("bethan", "11-17 12:10", """Dear Gareth,

Your itemised receipt is attached: eye test and glasses on separate lines, with our address and Dr Shah's GOC number at the bottom.

Kind regards,
Bethan""", attach=[("application/pdf", "receipt-hughes-KS-20871.pdf", RECEIPT_PDF)])),

    C("l21-ashworth-slipping-glasses", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Pauline Ashworth <pauline.ashworth@greenholm.example>", "android", "Glasses slipping down my nose",
      "No reply for three days, so the customer resends the same mail as a new message; the reply answers both questions.",
      cu("11-10 08:15", """Hello,

My new glasses keep sliding down my nose, especially when I look down at my sewing. Can they be adjusted without an appointment? I'm near the Wharf Road branch. Which days is the dispensing optician in?

Pauline Ashworth

Get Outlook for Android"""),
      cu("11-13 07:55", """Hello,

My new glasses keep sliding down my nose, especially when I look down at my sewing. Can they be adjusted without an appointment? I'm near the Wharf Road branch. Which days is the dispensing optician in?

Pauline Ashworth

Get Outlook for Android""", parent=0, chase=True),
      ag("priya", "11-14 09:30", """Dear Pauline,

Sorry for the slow reply. Just walk in - adjustments take about ten minutes and are free. At Wharf Road a dispensing optician is in every weekday and on Saturday mornings.

Kind regards,
Priya""")),

    C("l22-ward-twins-frames", "en", "closed", {},
      "Chloe Ward <chloe.ward@pebblemail.example>", "gmail", "Frames for twins",
      "A numbered list of three questions answered in two sentences, with a photo of the colours attached.",
      cu("11-03 20:30", """Hi,

My twins (4) both need glasses after their eye test on Friday. A few questions:

1. Do you have frames small enough for 4 year olds?
2. Can they have different colours but the same style? They fight about everything!
3. How long will they take?

Thanks, Chloe"""),
      ag("priya", "11-04 09:45", """Hi Chloe,

Our Tiddlers range starts at a 38 mm lens width and is made for 3-6 year olds; it comes in six colours (photo attached), so same style, different colours is easy. Children's glasses usually take 5-7 working days.

Kind regards,
Priya""", attach=[("image/png", "tiddlers-colours.png", TIDDLERS_PNG)])),

    C("l23-jansen-office-lenses", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Robert Jansen <rob.jansen@northgate-arch.example>", "outlook", "Office lenses for an architect",
      "Office vs varifocal explained; the comparison promised 'early next week' never arrives and the frame-depth question is skipped.",
      cu("11-12 09:10", """Hi,

I'm an architect and spend most of the day between two large monitors and paper drawings on the desk. My optometrist suggested 'office' lenses rather than my varifocals. What's the difference, in plain English? Which lens makers do you work with for these? I'd like the widest intermediate zone possible. Could you also tell me whether my current frame (the Lindberg one I bought from you in 2024) is deep enough for office lenses?

Regards,
Robert Jansen
Northgate Architects""", uq=1),
      ag("callum", "11-12 16:30", """Hi Robert,

Varifocals spread distance, intermediate and near over one lens, so the middle zone is narrow; office lenses drop most of the distance part, which makes the screen and desk zones much wider - ideal for your set-up, just not for driving. We work with Zeiss, Essilor and Hoya, and each has an office design with its own balance of intermediate and near. I'll put together a comparison of the three for your prescription and send it early next week.

Callum""", promises=[("11-17", None)])),

    C("l24-petrova-collection-ooo", "en", "closed", {},
      "Elena Petrova <elena.petrova@stonebridge-law.example>", "outlook", "Collecting my glasses",
      "Collection by someone else answered; the customer's out-of-office reply follows; law-firm disclaimer.",
      cu("11-05 08:00", """Hello,

I got a text saying my glasses are ready at Kelso Street. Can someone else collect them for me? I'm away for work until the 16th.

Elena Petrova
Associate | Stonebridge Law LLP
This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it."""),
      ag("priya", "11-05 09:30", """Hi Elena,

Yes - anyone can collect them if they bring your order number (KS-20931) or the text message. There's no rush either; we keep glasses for collection for as long as you need.

Kind regards,
Priya"""),
      auto("11-05 09:31", """Thank you for your email. I am out of the office until Monday 16 November with limited access to email. For urgent matters please contact reception@stonebridge-law.example or call 020 7946 0874.

Elena Petrova""", subject="Automatic reply: RE: Collecting my glasses", to="Priya Raman <priya@larchmontoptics.example>",
           quote=False)),

    C("l25-fischer-kinderbrille", "de", "closed", {"unanswered-question": 1},
      "Sabine Fischer <sabine.fischer@hafenblick.example>", "thunderbird_de", "Kinderbrille kaputt – Garantie?",
      "Child's broken temple: the guarantee is answered, the dark-blue spare-frame question is not.",
      cu("11-04 17:20", """Hallo,

mein Sohn (8) hat es geschafft, den Bügel seiner neuen Brille abzubrechen – sie ist gerade mal drei Wochen alt. Gilt da die Garantie? Bei Kindern muss man ja eigentlich damit rechnen, dass mal was passiert.

Und noch etwas: Können Sie mir sagen, ob es die gleiche Fassung auch in Dunkelblau gibt? Dann hätten wir gleich eine Ersatzbrille.

Viele Grüße
Sabine Fischer""", uq=1),
      ag("lukas", "11-05 09:15", """Hallo Frau Fischer,

ja: Bei Kinderbrillen ersetzen wir im ersten Jahr einen gebrochenen Bügel einmal kostenlos, auch wenn es ein Missgeschick war. Bringen Sie die Brille einfach in einer unserer Filialen vorbei, die Reparatur dauert etwa eine Woche.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("l26-lefevre-devis", "fr", "pending", {},
      "Nathalie Lefèvre <n.lefevre@maisonlefevre.example>", "gmail", "Devis verres progressifs",
      "A French list of three questions answered inline, one with just a price, one with 'Environ 8 jours ouvrés.'",
      cu("11-16 12:00", """Bonjour,

Suite à mon examen de vue de samedi, j'aurais besoin d'un devis pour des verres progressifs dans ma monture actuelle.

- Quel est le prix avec l'anti-reflet ?
- Est-ce que l'amincissement 1.67 est nécessaire avec ma correction (+3,50) ?
- Combien de temps devrai-je me passer de mes lunettes ?

Merci d'avance,
Nathalie Lefèvre"""),
      ag("camille", "11-16 15:20", """Bonjour Madame Lefèvre,

> - Quel est le prix avec l'anti-reflet ?

310 £, en indice 1.6, anti-reflet compris.

> - Est-ce que l'amincissement 1.67 est nécessaire avec ma correction (+3,50) ?

Pas dans votre monture : le 1.6 reste fin. En 1.67, ce serait 350 £.

> - Combien de temps devrai-je me passer de mes lunettes ?

Environ 8 jours ouvrés.

Bien cordialement,
Camille""", quote=False), tz=1),

    C("l27-romero-pedido-lentillas", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Carmen Romero <carmen.romero@solymar.example>", "gmail_es", "Pedido de lentillas retrasado",
      "Spanish delayed order: the tracking number promised for 'mañana' comes three days later, after '¿Hay alguna novedad?'.",
      cu("11-09 11:00", """Hola:

Hice un pedido de lentillas mensuales el día 2 (pedido LW-7712) y todavía no me ha llegado. ¿Me pueden decir si ya lo han enviado? Me quedan lentillas para una semana.

Gracias,
Carmen Romero"""),
      ag("lucia", "11-09 13:15", """Hola, Carmen:

Según el sistema, el pedido salió del almacén el día 4, pero no tengo el número de seguimiento del mensajero. Lo consulto con el almacén y le escribo mañana.

Un saludo,
Lucía""", promises=[("11-10", 4)]),
      cu("11-12 18:30", """Hola Lucía:

¿Hay alguna novedad? Sigo sin lentillas y sin noticias del mensajero.

Carmen""", chase=True),
      ag("lucia", "11-13 09:00", """Hola, Carmen:

Disculpe la espera. El mensajero perdió el paquete, así que hoy le hemos enviado otro por mensajería urgente: llega mañana antes de las 13:00. Número de seguimiento: RX-88301-GB.

Un saludo,
Lucía"""), tz=1),

    C("l28-bennett-forwarded-booking", "en", "closed", {},
      "Alistair Bennett <alistair.bennett@quayside-media.example>", "outlook", "FW: Your appointment at Larchmont Opticians",
      "HTML-only forward of a booking confirmation whose own '?' lines are not the customer's; the date of birth is fixed.",
      cu("11-06 12:10", """Hi,

See below - I booked online for my son but put in my own date of birth by mistake. Can you correct it on the booking, or do I have to cancel and rebook?

Alistair

-----Original Message-----
From: Larchmont Opticians <bookings@larchmontoptics.example>
Sent: Thursday, November 5, 2026 9:02 PM
To: alistair.bennett@quayside-media.example
Subject: Your appointment at Larchmont Opticians

Your eye test is booked: Saturday 7 November, 11:00, Wharf Road.
Patient: Finlay Bennett, date of birth 14/03/1979.
Need to change something? Manage your booking at https://larchmontoptics.example/booking?ref=WR-55302
Running late? Call the branch on 020 7946 0512.""", kind="html"),
      ag("priya", "11-06 14:00", """Hi Alistair,

No need to rebook - Finlay's date of birth is corrected on the booking, so Saturday at 11:00 stands.

Kind regards,
Priya""")),

    C("l29-thompson-referral", "en", "closed", {},
      "Janet Thompson <janet.thompson@brackenridge.example>", "apple", "Cataract referral letter",
      "Referral status checked and confirmed the next day as promised, with the letter attached.",
      cu("11-02 11:20", """Dear Larchmont team,

At my eye test on 29 October the optometrist said she would refer me to the hospital about a cataract in my left eye. I haven't heard anything from the hospital yet. Has the referral actually been sent? And could you send me a copy of the letter for my own records?

Many thanks,
Janet Thompson"""),
      ag("priya", "11-02 14:05", """Dear Mrs Thompson,

I can see the referral on your record, but I need to check with Dr Shah whether it went through the e-referral system or by post. I'll confirm tomorrow and send you a copy of the letter at the same time.

Kind regards,
Priya""", promises=[("11-03", 3)]),
      ag("priya", "11-03 11:30", """Dear Mrs Thompson,

Dr Shah sent the referral electronically on 30 October to the Eye Clinic at St Helen's Hospital; they usually write to patients within three weeks. A copy of the letter is attached.

Kind regards,
Priya""", attach=[("application/pdf", "referral-thompson.pdf", REFERRAL_PDF)])),

    C("l30-harris-cycling-glasses", "en", "pending", {},
      "Mike Harris <mike.harris@ridgewaybikes.example>", "gmail", "Cycling glasses - prescription inserts?",
      "Options explained; the two prices are promised for Monday 23 November, still ahead at audit time.",
      cu("11-18 18:40", """Hi, I do a lot of road cycling. Can you fit my prescription straight into Oakley cycling glasses, or does it have to be a clip-in insert? What's the price difference between the two?

Mike"""),
      ag("callum", "11-19 10:15", """Hi Mike,

Both are possible. Glazing straight into the Oakley frame depends on how curved it is and on your prescription; an insert works with almost any prescription but sits a bit closer to the eye. Oakley's prices for direct glazing change in December, so I'll send you both prices for your prescription on Monday, once I have the new list.

Callum""", promises=[("11-23", None)])),

    C("l31-evans-refund", "en", "open", {"customer-chased": 2, "awaiting-reply": 1},
      "Dylan Evans <dylan.evans@cobaltmail.example>", "gmail", "Refund for cancelled order",
      "Both questions answered ('3-5 working days' is process, not a promise); the refund doesn't show and the customer chases twice.",
      cu("11-10 10:30", """Hi,

I cancelled my glasses order (WR-60114) at the Wharf Road branch on 6 November and was told the £189 would go back on my card. When should I expect it? I also paid a £20 deposit on the booking site for the eye test - is that refunded as well, or kept because the test went ahead?

Thanks,
Dylan"""),
      ag("bethan", "11-10 15:00", """Hi Dylan,

The £189 refund was processed on 6 November; card refunds take 3-5 working days to show, so it should be on your account by the 13th at the latest. The £20 deposit went towards the eye test itself, so that one isn't refunded.

Best wishes,
Bethan"""),
      cu("11-16 09:00", """Hi Bethan,

It's the 16th and there's still nothing on my card statement. Could you check what's happened?

Dylan""", chase=True),
      cu("11-18 12:20", """Hello? Still no refund, and no reply to my email on Monday either. Please can someone look into this.

Dylan""", chase=True)),

    C("l32-walsh-dry-eyes", "en", "closed", {"unanswered-question": 1},
      "Aoife Walsh <aoife.walsh@driftwood-studio.example>", "iphone", "Dry eyes with my dailies",
      "Lens recommendation and a conditional offer of trial pairs; the price question sent with the address is skipped.",
      cu("11-04 07:30", """Hi, my eyes get really dry with my current dailies by about 4pm. Is there a brand you'd recommend for dry eyes?

Aoife

Sent from my iPhone"""),
      ag("bethan", "11-04 10:00", """Hi Aoife,

Lots of our dry-eye wearers do better with a silicone hydrogel daily such as MyDay or Dailies Total1. I can send you a free trial pair of each - just reply with your address.

Best wishes,
Bethan"""),
      cu("11-04 12:15", """Yes please! 22 Marine Parade, Whitstable CT5 1AB. Also, would switching change the price of my subscription much?

Aoife

Sent from my iPhone""", uq=1),
      ag("bethan", "11-05 09:20", """Hi Aoife,

Trial pairs of both are in the post today. Wear each for a few days and see which feels better by the end of the afternoon.

Best wishes,
Bethan""")),

    C("l33-nguyen-lost-thread", "en", "closed", {},
      "Linh Nguyen <linh.nguyen@lanternmail.example>", "thunderbird", "Contact lens check-up due",
      "Combined appointment answered with a link; the follow-up question arrives without threading headers and is answered.",
      cu("11-03 12:00", """Hello,

I got a letter saying my contact lens check-up is due. Can I have it at the same time as my eye test in December, or are they separate appointments?

Linh"""),
      ag("priya", "11-03 13:30", """Hi Linh,

You can combine them: book a "combined eye test and lens check" (40 minutes) here - https://larchmontoptics.example/book?type=combined - it's £55 for both.

Kind regards,
Priya"""),
      cu("11-03 18:45", """Thanks, booked for 8 December. Do I need to come in wearing my lenses or my glasses?

Linh""", thread=False),
      ag("priya", "11-04 09:10", """Hi Linh,

Come in wearing your lenses, and bring your glasses and your lens case along too.

Kind regards,
Priya""")),

    C("l34-patel-scratched-lens", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Ravi Patel <ravi.patel@orbitaccounts.example>", "owa", "Lens warranty - scratched after 3 weeks",
      "Warranty explained, an undated 'I'll let you know' never followed up (2-day window); the loan-pair question is skipped.",
      cu("11-05 13:40", """Hi,

My new lenses have a scratch right in the middle of the left one after only three weeks, and I haven't dropped them. Is this covered? I paid extra for the scratch-resistant coating specifically. Also, can I borrow a pair while they're away? I can't drive without them.

Ravi Patel""", uq=1),
      ag("callum", "11-05 16:20", """Hi Ravi,

The scratch cover on our premium coating runs for 12 months, so you're covered if it's a coating fault rather than an impact. I need to check with the lab whether they want the lens back before they'll remake it, and I'll let you know what happens next.

Callum""", promises=[("window", None)])),

    C("l35-vogel-abholung", "de", "pending", {},
      "Klaus Vogel <klaus.vogel@vogel-bau.example>", "outlook_de", "Brille abholen – Samstag geöffnet?",
      "German collection questions (Saturday hours, appointment for fitting) answered in one sentence.",
      cu("11-17 16:30", """Guten Tag,

meine neue Brille ist laut SMS abholbereit. Haben Sie am Samstag auch nachmittags geöffnet? Und muss ich für die Abholung einen Termin machen, damit die Brille angepasst wird?

Mit freundlichen Grüßen
Klaus Vogel"""),
      ag("lukas", "11-18 08:40", """Guten Tag Herr Vogel,

samstags ist Wharf Road bis 17 Uhr geöffnet, und einen Termin brauchen Sie nicht – die Anpassung machen wir direkt bei der Abholung, das dauert etwa zehn Minuten.

Freundliche Grüße
Lukas Brenner"""), tz=1),

    C("l36-girard-mutuelle", "fr", "closed", {"unanswered-question": 1},
      "Pierre Girard <pierre.girard@lesvignes.example>", "gmail", "Facture pour ma mutuelle",
      "Detailed invoice attached; the request to print each lens's correction on it is ignored.",
      cu("11-05 10:15", """Bonjour,

J'ai acheté des lunettes chez vous le 24 octobre (commande KS-20477). Ma mutuelle française me demande une facture détaillée, avec le prix des verres et celui de la monture séparés. Pouvez-vous me l'envoyer ? Par ailleurs, serait-il possible d'indiquer aussi la correction de chaque verre sur la facture ? Ils la demandent parfois.

Bien à vous,
Pierre Girard""", uq=1),
      ag("camille", "11-05 14:00", """Bonjour Monsieur Girard,

Vous trouverez ci-joint la facture détaillée, avec la monture et les verres sur des lignes séparées.

Bien cordialement,
Camille""", attach=[("application/pdf", "facture-KS-20477.pdf", FACTURE_PDF)]), tz=1),

    C("l37-murphy-taxi-licence", "en", "closed", {"reopened": 1},
      "Sean Murphy <sean.murphy@clearwatertaxis.example>", "gmail", "Eyesight form for taxi licence",
      "Answered under a [Resolved] subject tag; the driver comes back for a prescription copy, sent as a PDF.",
      cu("11-02 08:30", """Hi, I'm a taxi driver and need to renew my licence - the council wants a form filled in by an optometrist confirming I meet the Group 2 eyesight standard. Do you do that, and how much is it?

Sean"""),
      ag("priya", "11-02 10:00", """Hi Sean,

We do: book a standard eye test and bring the council form along; the optometrist completes it at the end of the test. The form fee is £30 on top of the test.

Kind regards,
Priya""", closes=True, subject="[Resolved] RE: Eyesight form for taxi licence"),
      cu("11-12 17:05", """Hi again, had the test on Tuesday and the form's done, thanks. Now the council says they need a copy of my prescription attached to the form as well. Can you email it to me?

Sean""", subject="Re: [Resolved] RE: Eyesight form for taxi licence"),
      ag("priya", "11-13 09:00", """Hi Sean,

Here it is.

Kind regards,
Priya""", subject="RE: Eyesight form for taxi licence",
         attach=[("application/pdf", "prescription-murphy.pdf", RX_SEAN_PDF)])),

    C("l38-clarke-first-glasses", "en", "closed", {"unanswered-question": 2},
      "Emma Clarke <emma.clarke@hollybush.example>", "gmail", "First glasses - lots of questions!",
      "Four questions in one paragraph (HTML alternative); the offer and adaptation are answered, the free test and employer form are not.",
      cu("11-06 19:05", """Hello!

I've just started my first office job and I think I finally need proper glasses for the screen (my test is booked for tomorrow at Kelso Street). I've never had glasses before so sorry if these are silly questions. Is the eye test free if I'm 19? I'm not a student any more. Do you have any frames under £50? I saw something about 'complete glasses from £39' on Instagram but I couldn't tell if that includes the lenses. My employer might pay for screen glasses - is there a form or something I should bring? And how long does it take to get used to glasses, will I get headaches?

Thanks so much,
Emma""", kind="alt", uq=2),
      ag("priya", "11-07 09:30", """Hi Emma,

Not silly at all! The £39 offer is complete glasses - frame plus single-vision lenses with a scratch coating - and there are about 40 frames in it, so yes, well under £50. Most people adjust to their first pair within a few days; a bit of tiredness at first is normal, but lasting headaches aren't, and we'd want to see you again if that happens.

See you later today,
Priya""")),

    C("l39-kowalski-safety-glasses", "en", "pending", {},
      "Anna Kowalski <anna.kowalski@birchwood-dental.example>", "outlook", "Safety glasses for our dental nurses",
      "Two questions answered at once; the price range promised 'by tomorrow' is sent next morning by a colleague.",
      cu("11-16 09:20", """Hello,

We'd like to order prescription safety glasses with side shields for four of our dental nurses. Do you supply those, and can the practice pay on one invoice? Could you also send a price range so I can get it approved by the partners?

Anna Kowalski
Practice Manager, Birchwood Dental"""),
      ag("priya", "11-16 11:00", """Hi Anna,

Yes to both: we supply prescription safety frames with side shields (EN166 certified) and can invoice the practice. Callum looks after our safety eyewear and will send you the price range by tomorrow.

Kind regards,
Priya""", promises=[("11-17", 3)]),
      ag("callum", "11-17 10:30", """Hi Anna,

Safety frames with side shields, glazed with each nurse's prescription: £95 single vision, £165 varifocal, including a hard case. Each nurse needs a prescription less than two years old.

Callum""")),

    C("l40-santos-gafas-sol", "es", "pending", {"unanswered-question": 1},
      "Isabel Santos <isabel.santos@brisamar.example>", "gmail_es", "Gafas de sol graduadas y factura",
      "Ready date answered; the invoice is attached in her own name while the company-name request is not addressed.",
      cu("11-16 21:00", """Hola, buenas noches:

Quisiera saber si las gafas de sol graduadas que encargué el día 9 (pedido WR-60231) estarán listas antes del 27, porque me voy de viaje ese día. Además, ¿me pueden hacer la factura a nombre de mi empresa? Los datos son: Brisamar Consulting Ltd, 8 Dock Street, London E1 8JP.

Un saludo,
Isabel Santos""", uq=1),
      ag("lucia", "11-17 10:20", """Hola, Isabel:

Sus gafas llegan del laboratorio el lunes 23, así que las tendrá de sobra antes del viaje. Le adjunto la factura del pedido.

Un saludo,
Lucía""", attach=[("application/pdf", "factura-WR-60231.pdf", FACTURA_PDF)]), tz=1),

    C("l41-oconnor-readers", "en", "open", {},
      "Niamh O'Connor <niamh.oconnor@greenacre.example>", "gmail", "Reading glasses without a test?",
      "Fresh mail on audit day with only the helpdesk acknowledgement: open, inside the response target.",
      cu("11-20 09:40", """Hi,

Can I buy ready-made reading glasses from you without an eye test? And do you stock +1.25? My optometrist said I'm borderline.

Niamh"""),
      ack("11-20 09:41")),

    C("l42-zimmermann-hausbesuch", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Petra Zimmermann <petra.zimmermann@zimmermann-design.example>", "gmail_de", "Sehtest im Pflegeheim für meine Mutter",
      "German care-home visit: the date promised for 'morgen' comes four days later after a chase; the consent question is never answered.",
      cu("11-11 09:00", """Guten Tag,

meine Mutter (91) lebt im Pflegeheim Rosewood House in Hollins Park. Bieten Sie dort Sehtests vor Ort an? Sie hat große Probleme beim Lesen und mag nicht mehr fernsehen. Meine Mutter ist leicht dement. Muss ich als Angehörige vorher etwas unterschreiben?

Viele Grüße
Petra Zimmermann""", uq=1),
      ag("lukas", "11-11 12:30", """Guten Tag Frau Zimmermann,

ja, unser mobiles Team besucht Rosewood House regelmäßig. Ich frage nach dem nächsten Termin und melde mich morgen bei Ihnen.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-12", 4)]),
      cu("11-16 08:15", """Guten Morgen Herr Brenner,

gibt es schon etwas Neues wegen des Termins? Ich habe bisher nichts gehört.

Viele Grüße
Petra Zimmermann""", chase=True),
      ag("lukas", "11-16 11:00", """Guten Morgen Frau Zimmermann,

entschuldigen Sie bitte die Verzögerung. Das Team ist am Donnerstag, 26. November, vormittags in Rosewood House, und ich habe Ihre Mutter für diesen Vormittag eingetragen.

Mit freundlichen Grüßen
Lukas Brenner"""), tz=1),

    C("l43-morgan-recoat", "en", "closed", {},
      "Lewis Morgan <lewis.morgan@tanrallt.example>", "gmail", "Re-coat old lenses?",
      "One quick question (base64 body) answered with a no and a price.",
      cu("11-05 11:05", """Hi, quick one: can you re-coat my existing lenses with anti-glare, or does it have to be new lenses? They're only a year old.

Lewis""", cte="base64"),
      ag("callum", "11-05 12:30", """Hi Lewis,

New lenses, I'm afraid - a coating can't be added to a finished lens. Single-vision lenses with anti-glare in your frame: £79.

Callum""")),

    C("l44-dupont-toriques", "fr", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Sophie Dupont <sophie.dupont@cabinet-dupont.example>", "apple_fr", "Lentilles toriques – abonnement",
      "French trial went well; price given, the delivery date promised for Thursday never comes; the relance gets no reply.",
      cu("11-09 09:30", """Bonjour Camille,

Les lentilles toriques d'essai me conviennent très bien, je vois net même en fin de journée. Pourriez-vous m'indiquer le prix de l'abonnement mensuel pour ce modèle ? Je voudrais aussi savoir s'il est possible de recevoir la première livraison avant le 20 novembre.

Merci,
Sophie Dupont"""),
      ag("camille", "11-09 11:15", """Bonjour Sophie,

Je suis ravie que l'essai se passe bien ! Pour ce modèle, l'abonnement est à 34 £ par mois. Je vérifie les délais auprès du fournisseur et je vous confirme la date de livraison jeudi.

Bien cordialement,
Camille""", promises=[("11-12", None)]),
      cu("11-17 08:50", """Bonjour Camille,

Je me permets de revenir vers vous : je n'ai pas eu de nouvelles pour la date de livraison, et mes lentilles d'essai sont presque terminées.

Bien cordialement,
Sophie""", chase=True), tz=1),

    C("l45-ahmed-order-changes", "en", "pending", {"unanswered-question": 1},
      "Yusuf Ahmed <yusuf.ahmed@meridian-logistics.example>", "outlook", "Questions about my order WR-60302",
      "Numbered questions answered inline, but the quoted list skips the photochromic question.",
      cu("11-17 10:10", """Hello,

A few questions about my order WR-60302 (varifocals, ordered on Saturday):

1) Can I change the frame colour from black to tortoiseshell, or is it too late?
2) Is the 'photochromic' option still possible to add?
3) Could you confirm the total? The receipt says £385 but I thought it was £345.

Thanks,
Yusuf Ahmed""", uq=1),
      ag("callum", "11-17 14:35", """Hi Yusuf,

> 1) Can I change the frame colour from black to tortoiseshell, or is it too late?

Not too late - the lenses haven't been fitted yet. Changed to tortoiseshell, same price.

> 3) Could you confirm the total? The receipt says £385 but I thought it was £345.

The £40 difference is the thin-and-light (1.67) upgrade the optometrist recommended for your prescription, so £385 is right.

Callum""", quote=False)),

    C("l46-bauer-kindersonnenbrille", "de", "closed", {},
      "Stefanie Bauer <stefanie.bauer@elbtal-kontor.example>", "outlook_de", "Sonnenbrille mit Sehstärke für unseren Sohn",
      "German parent: children's prescription sunglasses, lead time and the NHS voucher, all answered in one paragraph.",
      cu("11-03 15:30", """Hallo,

unser Sohn Leon (12) trägt seit dem Sommer eine Brille und möchte für den Skiurlaub im Februar eine Sonnenbrille mit seiner Sehstärke. Gibt es so etwas auch für Kinder, und wie lange dauert die Anfertigung? Wir wären Ihnen auch dankbar, wenn Sie uns sagen könnten, ob der NHS-Gutschein dafür verwendet werden kann.

Freundliche Grüße
Stefanie Bauer"""),
      ag("lukas", "11-03 17:00", """Hallo Frau Bauer,

ja, wir haben eine kleine Kollektion Kinder-Sonnenbrillen, die wir mit Sehstärke verglasen; das dauert etwa zwei Wochen, Februar ist also kein Problem. Den NHS-Gutschein können Sie dafür leider nicht einsetzen, der gilt nur für die normale Brille.

Freundliche Grüße
Lukas Brenner"""), tz=1),

    C("l47-taylor-trial-lenses", "en", "closed", {},
      "Ben Taylor <ben.taylor@cedarfield.example>", "thunderbird", "Trial lenses - blurry right eye",
      "Trial-lens problem answered with an earlier appointment; the follow-up carries a References gap and is answered.",
      cu("11-02 09:00", """Hi,

I've had the trial monthly lenses for a week now. The left one feels fine but the right one is blurry for reading. Should I come back in before the end of the trial, or wait for the follow-up on the 12th?

Ben"""),
      ag("bethan", "11-02 11:20", """Hi Ben,

Come in sooner - blurry reading in one eye usually means the lens is rotating or the power needs a tweak. I've booked you in for Wednesday 4th at 17:30 at Kelso Street; keep wearing the left one as normal until then.

Best wishes,
Bethan"""),
      cu("11-04 20:15", """Thanks, the new right lens is much better. Do I keep the appointment on the 12th as well?

Ben""", refs=[2]),
      ag("bethan", "11-05 09:00", """Hi Ben,

Yes, keep the 12th - that's the proper end-of-trial check, when we also set up your supply.

Best wishes,
Bethan""")),

    C("l48-hall-diabetes", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Patricia Hall <pat.hall@wrenmail.example>", "apple", "Free eye tests with diabetes?",
      "Entitlement and proof answered; the screening question is handed to an optometrist who never emails; the address change is ignored.",
      cu("11-04 10:30", """Good morning,

I was diagnosed with type 2 diabetes in the summer. My GP said I'm now entitled to free eye tests. Is that right, and do I need to bring any proof? I was also wondering whether the diabetic eye screening I get from the hospital replaces the eye test with you, or whether I need both.

Please also update my address on your records to 3 Weavers Close, Hitchin SG4 9PL.

Kind regards,
Patricia Hall""", uq=1),
      ag("priya", "11-04 12:00", """Dear Patricia,

Yes - with diabetes your NHS eye test is free; just bring your exemption certificate or a repeat prescription slip showing your diabetes medication. The screening question deserves a proper answer from one of our optometrists, so I'll ask Dr Shah to email you by Friday.

Kind regards,
Priya""", promises=[("11-06", None)])),

    C("l49-white-second-pair", "en", "pending", {},
      "Harriet White <harriet.white@lowfieldfarm.example>", "gmail", "Second pair offer",
      "A pleasantry question and a signature with a '?' and a '?' URL around one real question, answered.",
      cu("11-18 11:00", """Hi Priya,

Hope you're all well and surviving the November rush?

I collected my new glasses on Saturday and love them. Is the second-pair discount still available now, or did I have to order it at the same time? I'd like a pair of sunglasses in the same prescription.

Harriet
--
Lowfield Farm Shop | Fresh eggs every morning
Fancy a farm tour? https://lowfieldfarm.example/tours?ref=email"""),
      ag("priya", "11-18 14:30", """Hi Harriet,

All good here, thanks - busy but cheerful! The second-pair offer runs for 30 days from your order, so you have until 12 December, and prescription sunglasses are 40% off under it.

Kind regards,
Priya""")),

    C("l50-russo-frames-aside", "en", "open", {"unanswered-question": 1},
      "Giulia Russo <giulia.russo@portofino-deli.example>", "iphone", "Holding two frames for me?",
      "Frames put aside, the tinted-demo question skipped; a new question on audit morning is still inside the response target.",
      cu("11-18 17:30", """Hi! I tried on two frames at Wharf Road today (the green Mira and the clear Saffi) and couldn't decide. Can you put both aside for me until Saturday? Also, is it possible to see them with tinted demo lenses?

Giulia

Sent from my iPhone""", uq=1),
      ag("priya", "11-19 09:15", """Hi Giulia,

Both frames are set aside under your name until closing time on Saturday.

Kind regards,
Priya"""),
      cu("11-20 08:30", """Thanks Priya! One more - do the frames come with a case, or is that extra?

Giulia

Sent from my iPhone""")),

    C("l51-navarro-presupuesto", "es", "closed", {"missed-follow-up": 1},
      "Andrés Navarro <andres.navarro@navarro-arquitectos.example>", "outlook", "Presupuesto gafas progresivas",
      "Spanish quote request: titanium frames answered, the lens quote promised for 'el lunes' is never sent.",
      cu("11-05 12:40", """Buenos días:

Me gustaría recibir un presupuesto para unas gafas progresivas con cristales de gama alta (tengo -6,00 en ambos ojos, así que necesito cristales finos). También querría saber si tienen monturas de titanio ligeras, porque las que llevo ahora me pesan mucho.

Atentamente,
Andrés Navarro"""),
      ag("lucia", "11-05 16:00", """Buenos días, Andrés:

Sí, tenemos monturas de titanio muy ligeras, desde 12 gramos, de Lindberg y de Silhouette. Para el presupuesto de los cristales tengo que consultar precios con el laboratorio para su graduación; se lo envío el lunes.

Un saludo,
Lucía""", promises=[("11-09", None)]), tz=1),

    C("l52-lambert-red-eye", "en", "closed", {},
      "Tom Lambert <tom.lambert@fieldfare.example>", "android", "Red eye after wearing contacts",
      "Urgent red eye: both questions answered with an emergency slot; thanks-only close.",
      cu("11-09 07:20", """Morning, my right eye has been red and a bit sore since yesterday evening. I wear monthly lenses. Should I come in today or go to A&E? Can I keep wearing the lenses in the meantime?

Tom

Get Outlook for Android"""),
      ag("bethan", "11-09 08:05", """Hi Tom,

Please don't wear any lenses until you've been seen. We keep emergency slots every morning, and I've booked you in at Kelso Street at 10:10 today. If the pain gets worse or your vision goes blurry before then, go straight to A&E.

Bethan""", kind="alt"),
      cu("11-09 16:10", """Seen and sorted, it was an infection - drops prescribed. Thanks for fitting me in so quickly!

Tom""", thanks=True)),

    C("l53-fraser-old-spectacles", "en", "closed", {"unanswered-question": 2},
      "Douglas Fraser <douglas.fraser@glenmorven.example>", "oldclient", "Reading glasses and old spectacles",
      "An old mail client; the charity collection is answered, the magnifier question and the reminder request are not.",
      cu("11-05 14:50", """Dear Sir/Madam,

Following my eye test yesterday I have ordered reading glasses at your Kelso Street branch. Your colleague mentioned that you collect old spectacles for charity. Do you still do this, and can I drop them at any branch? I have about six old pairs of my late wife's as well.

Secondly, I find the small print on medicine packets very hard to read even with my glasses. Would a magnifier help, and do you sell them?

Lastly, please send me a reminder when my next eye test is due, as I tend to forget.

Yours faithfully,
Douglas Fraser""", uq=2),
      ag("priya", "11-06 10:00", """Dear Mr Fraser,

We do - there's a Vision Aid Overseas collection box at the front desk of every branch, and your late wife's glasses are very welcome too.

Kind regards,
Priya""")),

    C("l54-price-subscription-pause", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Sarah Price <sarah.price@quarrymail.example>", "gmail", "Pausing my lens subscription",
      "Pause and cancelled box answered in one sentence; the discount answer promised for Monday never comes; the pregnancy check question is skipped.",
      cu("11-12 13:20", """Hi,

I'm pregnant and my eyes have changed quite a bit - my optometrist told me to stop wearing contacts for now and come back after the baby is born. Can I pause my monthly lens subscription until about June? Will I lose my member discount on glasses if I pause? Is it worth booking an eye check during the pregnancy, or just after? And please could you cancel the box that's due to go out on the 25th.

Thanks,
Sarah Price""", uq=1),
      ag("bethan", "11-13 09:00", """Hi Sarah,

Congratulations! We can pause for up to nine months, and I've paused yours from today, so the box on the 25th won't go out. Whether the member discount carries on during a pause depends on the plan you joined on - I'm checking that with our accounts team and will email you on Monday.

Best wishes,
Bethan""", promises=[("11-16", None)])),

    C("l55-baker-swim-goggles", "en", "pending", {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
      "Lucy Baker <lucy.baker@ashdownvet.example>", "outlook", "Prescription swimming goggles for my daughter",
      "Friday mail chased on Monday under itself; the reply covers goggles, timing and price but not the NHS voucher.",
      cu("11-13 12:00", """Hello,

My daughter Maisie (11) swims for a club and can't see the clock without her glasses. Do you sell prescription swimming goggles for children? Her prescription is -4.00 in both eyes with a bit of astigmatism. Could you let me know the price? And can the NHS voucher be put towards them?

Thanks,
Lucy Baker""", uq=1),
      cu("11-16 12:30", """Hi, just following up on this - is there anyone who can help? Her club gala is on the 28th.

Lucy""", parent=1, chase=True),
      ag("callum", "11-16 15:10", """Hi Lucy,

Sorry for the wait. Yes - we stock Aquasight junior goggles with prescription lenses. With her astigmatism we'd order them from the lab, about 7 working days, so they'll be ready before the 28th if you order this week. They're £69.

Callum""")),
]

UNANSWERED: dict[str, list[str]] = {
    "l02-okafor-snapped-arm": [
        "I also need a copy of my prescription in the meantime so I can order a cheap backup pair online - please email it to me."],
    "l05-whitcombe-nhs-voucher": [
        "And I was wondering whether you have frames that are a bit sturdier, he is very rough with them."],
    "l08-dubois-adresse-lentilles": [
        "Enfin, pourriez-vous me dire quand a lieu mon prochain contrôle des lentilles ?"],
    "l14-moreau-reparation": [
        "Et serait-il possible de me prêter une monture en attendant ?"],
    "l16-osei-toric-trial": [
        "Could you also let me know whether you do evening appointments, as I work till 6."],
    "l18-richter-abo-kuendigung": [
        "Bitte bestätigen Sie mir die Kündigung schriftlich."],
    "l20-hughes-cash-plan": [
        "Can her receipt be done separately, in her name (Eleri Hughes)?",
        "And does the cash plan claim for contact lenses work the same way?"],
    "l23-jansen-office-lenses": [
        "Could you also tell me whether my current frame (the Lindberg one I bought from you in 2024) is deep enough for office lenses?"],
    "l25-fischer-kinderbrille": [
        "Können Sie mir sagen, ob es die gleiche Fassung auch in Dunkelblau gibt?"],
    "l32-walsh-dry-eyes": [
        "Also, would switching change the price of my subscription much?"],
    "l34-patel-scratched-lens": [
        "Also, can I borrow a pair while they're away?"],
    "l36-girard-mutuelle": [
        "Par ailleurs, serait-il possible d'indiquer aussi la correction de chaque verre sur la facture ?"],
    "l38-clarke-first-glasses": [
        "Is the eye test free if I'm 19?",
        "My employer might pay for screen glasses - is there a form or something I should bring?"],
    "l40-santos-gafas-sol": [
        "Además, ¿me pueden hacer la factura a nombre de mi empresa?"],
    "l42-zimmermann-hausbesuch": [
        "Muss ich als Angehörige vorher etwas unterschreiben?"],
    "l45-ahmed-order-changes": [
        "Is the 'photochromic' option still possible to add?"],
    "l48-hall-diabetes": [
        "Please also update my address on your records to 3 Weavers Close, Hitchin SG4 9PL."],
    "l50-russo-frames-aside": [
        "Also, is it possible to see them with tinted demo lenses?"],
    "l53-fraser-old-spectacles": [
        "Would a magnifier help, and do you sell them?",
        "Lastly, please send me a reminder when my next eye test is due, as I tend to forget."],
    "l54-price-subscription-pause": [
        "Is it worth booking an eye check during the pregnancy, or just after?"],
    "l55-baker-swim-goggles": [
        "And can the NHS voucher be put towards them?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"LO-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts.

    Options of a spec: ``parent`` (number of the message replied to; 0 = a new message),
    ``refs`` (numbers of the messages its References list, e.g. with a gap), ``thread``
    (False: the client dropped the threading headers), ``subject``, ``quote`` (False: no
    quoted parent appended), ``kind``, ``cte``, ``attach``, ``cc``, ``client``, ``tz``,
    ``frm``, ``to``, plus the facts ``uq``, ``chase``, ``thanks``, ``closes`` and
    ``promises`` ((day "MM-DD" or "window", number of the keeping message or None))."""
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
        if m.cc:
            extra.append(("Cc", m.cc))
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
            if m.role == "agent" and any(k is not None and k not in {x.key for x in c.msgs}
                                         for _, k in m.promises):
                out.append(f"{m.key}: a promise is kept by a message outside the case")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 25: Larchmont Opticians - cases",
                                 "make_practice25_corpus.py", rows)


def stats(cases: list[Case]) -> dict:
    """The corpus's figures for the README."""
    msgs = [m for c in cases for m in c.msgs]
    found = Counter()
    for c in cases:
        found.update(c.rules)
    langs = Counter(c.lang for c in cases)
    clean = sum(1 for c in cases if not c.rules)
    return {
        "cases": len(cases), "messages": len(msgs),
        "inbox": sum(1 for m in msgs if m.role in ("customer", "auto")),
        "customer": sum(1 for m in msgs if m.role == "customer"),
        "auto": sum(1 for m in msgs if m.role == "auto"),
        "agent": sum(1 for m in msgs if m.role == "agent"),
        "ack": sum(1 for m in msgs if m.role == "ack"),
        "clean": clean, "clean_pct": round(100 * clean / len(cases)),
        "en": langs["en"], "de": langs["de"], "fr": langs["fr"], "es": langs["es"],
        "en_pct": round(100 * langs["en"] / len(cases)),
        "closed": sum(1 for c in cases if c.status == "closed"),
        "pending": sum(1 for c in cases if c.status == "pending"),
        "open": sum(1 for c in cases if c.status == "open"),
        "uq": found["unanswered-question"],
        "uq_cases": sum(1 for c in cases if c.uq),
        "missed": found["missed-follow-up"],
        "chased": found["customer-chased"],
        "chased_cases": sum(1 for c in cases if c.rules.get("customer-chased")),
        "awaiting": found["awaiting-reply"], "slow": found["slow-first-response"],
        "reopened": found["reopened"], "handoffs": found["many-handoffs"],
    }


README = """# Practice corpus 25: Larchmont Opticians support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`, the README's method, accuracy and weak-point sections, the
tool's tests) and without copying any other corpus's cases or phrasing, so its figure is an
unseen one. Use it to measure, not to tune: once the heuristics have been changed because of
its cases, it is no longer unseen. This file is written by the generator; its figures are
computed from the same data as `labels.json`.

- Company: **Larchmont Opticians**, a small chain of independent opticians (Kelso Street,
  Wharf Road, Canterbury): eye tests, glasses and contact lens orders, lens coatings, repairs
  and adjustments, contact lens subscriptions, NHS vouchers and health-cash-plan receipts,
  children's frames, home and care-home visits, appointment booking and rescheduling,
  prescription copies, prescription sunglasses. Support address
  `care@larchmontoptics.example`; agents Priya Raman (customer care), Callum Fairweather
  (dispensing optician), Bethan Lloyd (contact lenses and accounts), Lukas Brenner (German
  mail), Camille Roussel (French mail) and Lucía Ferrer (Spanish mail), all
  `@larchmontoptics.example`. A helpdesk robot (`care@larchmontoptics.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few mails with "we aim to reply within one
  working day" - service-hours text, not a commitment.
- Customers are patients, parents, carers, small businesses and a dental practice on
  `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain larchmontoptics.example`.

```
python scripts/make_practice25_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice25_corpus.py --out /tmp/p25         # ... into another folder
python scripts/evaluate.py --corpus tests/practice25            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice25_corpus.py
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
{clean} clean cases ({clean_pct} %). Languages: English {en} ({en_pct} %), German {de},
French {fr}, Spanish {es}. Statuses: {closed} closed, {pending} pending, {open} open.

Expected findings: unanswered-question {uq} (in {uq_cases} cases), missed-follow-up {missed},
customer-chased {chased} (in {chased_cases} cases), awaiting-reply {awaiting},
slow-first-response {slow}, reopened {reopened}, many-handoffs {handoffs}.

Most customer mails ask two to four things, in every form: direct questions, indirect ones
("I was wondering whether ...", "Could you let me know whether ...", "Quisiera saber si ...",
"Je voudrais aussi savoir si ...", "Wir wären Ihnen dankbar, wenn Sie uns sagen könnten, ob
..."), requests without a question mark ("Please send me a copy of my prescription ...",
"Bitte bestätigen Sie mir die Kündigung schriftlich.", "Please also update my address ..."),
questions inside long paragraphs (l01, l38), numbered and dashed lists (l22, l26, l45) and
one-line lists (l03).

Answers come in the agents' own words: out of order in one paragraph (l01), two questions in
one sentence (l22, l35, l39, l54), inline under the quoted questions (l03, l26, l45), with
only a price or a duration (l26 "310 £ ...", "Environ 8 jours ouvrés.", l43 "£79"), with a
link (l11, l13, l33, l09), an attachment ("Attached." l15, "Here it is." l37, l20, l29, l36),
by a colleague (l12, l13, l39), after a chase (l04, l14, l21, l27, l42, l55), and by
booking something rather than saying yes (l03, l19, l47, l52).

Unanswered questions are the realistic kind: a secondary question skipped while the main
point is handled (l02, l05, l16, l25, l53), a request made in passing (l18 the written
confirmation of a cancellation, l48 an address change, l36 printing the correction on the
invoice), an inline reply whose quoted list leaves one item out (l45), a long mail with four
questions and two answered (l38), a second mail whose extra question is ignored (l32), a
neighbouring answer instead of the one asked (l40: the invoice is attached in the customer's
own name, the company-name request is not addressed), a question the chase-driven reply
skips (l55), a question left over next to a broken promise (l14, l23, l34, l42, l54).

Not questions (must not be flagged): a rhetorical question ("Who knew choosing lenses could
be so complicated?") and a self-answered one ("Where do I find the price list ...? Actually
ignore that, I've just found it") in l17; a pleasantry ("Hope you're all well and surviving
the November rush?") and a signature line "Fancy a farm tour?" with a `?` URL in l49; the
"Need to change something?"/"Running late?" lines of a forwarded booking confirmation in an
HTML-only mail (l28); agents' signatures with "Lens or frame question?" and `?` URLs;
thanks-only mails (l01, l07, l19, l52); the questions of a customer's latest unreplied mail,
which are `awaiting-reply` territory or still inside the response target (l10, l31, l41, l44,
l50).

Commitments: kept on time (l29 "I'll confirm tomorrow", kept next morning), kept by a
colleague (l39 "Callum ... will send you the price range by tomorrow"), kept late = missed
(l04 "by Wednesday" -> Monday; l14 "d'ici mercredi" -> Friday; l27 "le escribo mañana" ->
three days later; l42 "ich melde mich morgen" -> four days later), never kept (l06 "come back
to you tomorrow", l18 "bis Dienstag", l23 "early next week", l34 "I'll let you know what
happens next" with no deadline = the 2-day window, l44 "je vous confirme ... jeudi", l48
"I'll ask Dr Shah to email you by Friday", l51 "se lo envío el lunes", l54 "will email you on
Monday"), and a deadline still ahead at audit time (l30, Monday 23 November). Non-promises:
logistics and process statements ("Recibirá un SMS de recordatorio el día anterior" l19,
"sera disponible à l'agence à partir du mardi 10 novembre" l14, "card refunds take 3-5
working days" l31, "we keep glasses for collection for as long as you need" l24), a
conditional offer ("I can send you a free trial pair ... just reply with your address", l32),
a closing statement (l12), the acknowledgement's "we aim to reply within one working day"
(l10, l41).

Chasing in varied wording and languages: "Just checking in - I haven't heard anything yet"
(l04), "Still waiting for an answer ... could someone get back to me please?" under the
customer's own mail (l10), "Je me permets de vous relancer" (l14), "Je me permets de revenir
vers vous : je n'ai pas eu de nouvelles" (l44), "¿Hay alguna novedad? Sigo sin ..." (l27),
"gibt es schon etwas Neues wegen des Termins?" (l42), "just following up on this - is there
anyone who can help?" (l55), a word-for-word resend as a new mail with the same subject
(l21), and two chases about a refund that did not arrive (l31: count 2).

Status and timing: awaiting reply (l10, l31, l44), fresh mail on audit day with only the
acknowledgement (l41) or after an answered question (l50), slow first responses (Friday
afternoon answered on Monday, l16; a resend, l21; a chase, l55), an explicit close "I'll mark
this as resolved" followed by a new problem (l12) and a `[Resolved]` subject tag followed by a
new request (l37), three agents on one case (l13).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora client; top-posted and inline
replies; plain 7bit, quoted-printable, base64 (l09, l43), multipart/alternative (l38, l52,
acknowledgements) and HTML-only (l28); PNG and PDF attachments (a photo of a peeling coating,
a colour chart, prescriptions, a receipt, a referral letter, invoices); a customer's
out-of-office reply with `X-Autoreply` (l24); a reply that lost its threading headers (l33), a
References gap (l47), a resend without threading headers (l21), customers replying to their
own mail to chase (l10, l31, l55); disclaimers (l18, l24, Camille's signature).

## Judgement calls

- **Deferral is not an unanswered question** (l04, l06, l14, l18, l23, l27, l29, l30, l34, l39,
  l42, l44, l48, l51, l54): a question answered with a promise is labelled only through
  `missed-follow-up` when the promise is broken, and not at all when it is kept or its
  deadline is still ahead (l30's price difference). A separate question in the same mail that
  neither the reply nor the promise touches is labelled (l14 loan frame, l18 written
  confirmation, l23 frame depth, l34 loan pair, l42 consent, l48 address, l54 pregnancy check).
- **l40**: the agent attaches "la factura del pedido" (made out to Isabel Santos) without a
  word about the company name; the request to invoice the company is labelled unanswered.
- **l13**: Simran's second mail asks "Do you have a branch there, or can they go to another
  optician and claim it back?" - one question, answered by "yes, we're here ... nothing to
  claim back".
- **l31**: "card refunds take 3-5 working days to show" describes how refunds work; it is
  not a promise to write back. Both later mails are chases (count 2); being the latest
  unreplied mails they make the case `awaiting-reply`, not `unanswered-question`.
- **l21**: the resend is word for word the first mail, sent as a new message with the same
  subject three days later: one chase; the reply answers both questions.
- **l50**: "One more - do the frames come with a case, or is that extra?" sent on the audit
  morning has no reply yet and is inside the response target: neither `unanswered-question`
  nor `awaiting-reply`; the earlier tinted-demo question is labelled.
- **l55**: "Could you let me know the price?" is answered (£69); "And can the NHS voucher be
  put towards them?" is not.
- **l42**: the agent's second mail books the visit; it does not say whether the daughter has
  to sign anything, so the consent question stays unanswered.
- **l38**: the agent's "not silly at all" answers nothing; the free-test question (aged 19,
  not a student) and the employer-form question are labelled.

## Independence

Written from the brief, /work/shared/report-contract.md (rules and status),
tests/eval/README.md (format and conventions), scripts/mailcraft.py,
scripts/make_practice24_corpus.py (structure only) and tests/test_practice24_corpus.py plus
tests/corpusfiles.py (test shape). Not opened: anything under `happyaudit/`, the README's
method, accuracy and weak-point sections, the tool's other tests, other corpora's cases and
mailboxes. All labels were fixed before the single evaluation run and none was changed after
it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the figures filled in."""
    text = README
    for k, v in stats(cases).items():
        text = text.replace("{" + k + "}", str(v))
    return text


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.larchmontoptics.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme(cases), encoding="utf-8")


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
    """Command line: regenerate tests/practice25 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
