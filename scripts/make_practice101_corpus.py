#!/usr/bin/env python3
"""Regenerate ``tests/practice101/``: a labelled corpus of Ashwick Guitar Workshop.

A support mailbox of a fictional guitar and bass workshop (setups, fret levels and refrets,
crack, headstock and neck repairs, restorations of vintage instruments, custom builds,
string and parts orders, hire of the lessons and rehearsal room), written without looking
at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up
window 2 days, close-after 7 days, handoff limit 2), support domain
``ashwickguitars.example``.

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

Usage: python scripts/make_practice101_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "ashwickguitars.example"
WORKSHOP = "Ashwick Guitar Workshop <workshop@ashwickguitars.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice101"

AGENTS = {
    "nell": ("Nell Harrow <nell@ashwickguitars.example>", "thunderbird", """-- 
Nell Harrow
Front Desk & Bookings | Ashwick Guitar Workshop
Unit 4, Tanyard Mews, Ashwick BA3 5QT | 01632 960 240
https://ashwickguitars.example/book?src=email"""),
    "dev": ("Devan Okafor <devan@ashwickguitars.example>", "outlook", """Devan Okafor
Setups, Fretwork & Electronics | Ashwick Guitar Workshop
Questions about your repair? Just reply to this email."""),
    "theo": ("Theo Marsh <theo@ashwickguitars.example>", "owa", """Theo Marsh
Repairs, Restorations & Custom Builds
Ashwick Guitar Workshop | https://ashwickguitars.example/builds
This email and any attachments are confidential and intended solely for the addressee."""),
    "cass": ("Cass Lund <cass@ashwickguitars.example>", "apple", """Cass Lund
Strings & Parts | Ashwick Guitar Workshop
Shop online: https://ashwickguitars.example/shop?utm_source=email&utm_medium=sig"""),
    "ruth": ("Ruth Pennock <ruth@ashwickguitars.example>", "outlook", """Ruth Pennock
Accounts & Lessons Room | Ashwick Guitar Workshop
Tel. 01632 960 241 (Mon, Wed, Fri)"""),
    "lukas": ("Lukas Brenner <lukas@ashwickguitars.example>", "thunderbird_de", """-- 
Lukas Brenner
Werkstatt & Kundenbetreuung (deutschsprachig) | Ashwick Guitar Workshop
https://ashwickguitars.example/de?ref=signatur"""),
    "amelie": ("Amélie Roux <amelie@ashwickguitars.example>", "apple_fr", """Amélie Roux
Atelier & service clients francophones | Ashwick Guitar Workshop
https://ashwickguitars.example/fr"""),
    "pilar": ("Pilar Esteban <pilar@ashwickguitars.example>", "gmail_es", """--
Pilar Esteban
Taller y atención al cliente en español | Ashwick Guitar Workshop
+44 1632 960 243"""),
}

ACK = {
    "en": """Hello,

Thanks for getting in touch with Ashwick Guitar Workshop. This is an automatic
reply to let you know that your message has reached us (ticket {ref}).

The workshop is open Monday to Saturday, 9:30am-5:30pm, and we aim to reply
within one working day. If you are asking about an instrument that is already
with us, please quote your job number.

Ashwick Guitar Workshop
https://ashwickguitars.example/help?ticket={ref}""",
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
    "helpdesk": ["X-Mailer: Fretboard Desk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="agw.", outlook_server="CWLP12")
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
    """The end of ``day`` ("MM-DD") in the UK: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

CRACK_PNG = mailcraft.png(14, 9, lambda x, y: (205 - 3 * x, 160 - 2 * y, 95 + (x == 7) * 90))
HEADSTOCK_PNG = mailcraft.png(10, 16, lambda x, y: (120 + 4 * y, 40 + x, 30 + (y == 6) * 180))
TETE_PNG = mailcraft.png(9, 12, lambda x, y: (30 + 5 * x, 30 + 3 * y, 35 + (x + y) % 4 * 20))
TSTYLE_PDF = mailcraft.pdf(["Ashwick Guitar Workshop - Custom build quotation CB-2611-07",
                            "T-style, swamp ash body, roasted maple neck, 7.25in radius",
                            "Two single-coil pickups, butterscotch nitro finish",
                            "Total GBP 2,150 - deposit GBP 500 - approx. 14 weeks"])
HOFNER_INVOICE_PDF = mailcraft.pdf(["Ashwick Guitar Workshop - Invoice AGW-R-1187 (corrected)",
                                    "Mr G. Whitlock, 12 Quarry Lane, Ashwick",
                                    "Restoration, Hofner Senator archtop: GBP 635.00",
                                    "Less deposit paid 14/09/2026: GBP 150.00 - Balance GBP 485.00"])
REFRET_INVOICE_PDF = mailcraft.pdf(["Ashwick Guitar Workshop - Invoice AGW-S-3342",
                                    "Ms P. Natarajan",
                                    "Refret, Fender Jazzmaster, medium-jumbo nickel: GBP 340.00",
                                    "Paid by card 15/10/2026 - thank you"])
BROCHURE_PDF = mailcraft.pdf(["Ashwick Guitar Workshop - Guitares sur mesure 2027",
                              "Modeles OM, dreadnought, parlour - tarifs a partir de GBP 3 200",
                              "Bois : palissandre indien, noyer anglais, erable onde, acajou",
                              "Delai actuel : environ 16 semaines apres acompte"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("w01-hollis-strat-setup", "en", "closed", {},
      "Rory Hollis <rory.hollis@example.com>", "gmail", "Setup on my Strat + heavier strings?",
      "Three questions (price, turnaround, heavier strings) answered in one paragraph, out of order and in other words.",
      cu("11-02 09:12", """Hi there,

I picked up a 2019 Player Strat second hand and it plays like a fence. Before I book anything:

How much is a full setup for a Strat?
How long would you need it for?
I'd also like to go up to 10-46 from the 9s it came with, can that be done as part of the same job?

Cheers,
Rory"""),
      ag("nell", "11-02 11:40", """Hi Rory,

Going up to 10s is no problem - Devan will rebalance the trem springs and recheck the intonation for the heavier gauge, all within the one job. It's £55 including the strings, and we usually turn Strats round in three working days, so drop it in on a Monday and it'll be back with you by Thursday.

Thanks,
Nell""")),

    C("w02-pellow-precision-frets", "en", "closed", {"unanswered-question": 1},
      "Gareth Pellow <gpellow@pellowaudio.example>", "outlook", "Fret level - 1978 Precision",
      "Fret level quoted in detail; the parking question asked in passing is skipped; thanks-only close.",
      cu("11-03 08:05", """Morning,

I've got a 1978 P-Bass with a couple of high frets around the 12th-14th, it chokes on the G string when I bend. Could you quote for a level and recrown? It's the original maple board so I'd rather you didn't refret unless you really have to.

Also, is there anywhere to park near the workshop when I drop it off? Last time I was in Ashwick I went round the one-way system three times.

Regards
Gareth Pellow
Pellow Audio Hire | 07700 900 412""", uq=1),
      ag("dev", "11-03 10:20", """Hi Gareth,

A level and recrown on a maple board is £140, and from your description that's all it should need - we only refret if the frets end up too low after levelling, and on a '78 they usually don't. I'll mask the board so the finish isn't touched, and I'll leave the original nut alone unless you want it replaced.

Two days in the workshop, any weekday.

Devan"""),
      cu("11-03 10:48", """Perfect - thanks Devan, I'll bring it in next week.

Gareth""", thanks=True)),

    C("w03-ashby-crack-inline", "en", "closed", {},
      "Fiona Ashby <fiona.ashby@example.org>", "thunderbird", "Crack in my Yamaha top",
      "Three questions about a top crack (with photo) answered inline under each quoted line.",
      cu("11-04 19:30", """Hello,

My FG-180 has developed a crack running down from the bridge towards the tail, maybe 8cm long. Photo attached. It was my dad's so I'd like to keep it going.

Can it be repaired?
Roughly what would it cost?
Would the repair be visible afterwards?

Fiona""", attach=[("image/png", "fg180-crack.png", CRACK_PNG)]),
      ag("theo", "11-05 09:10", """Hi Fiona,

On 11/4/26 7:30 PM, Fiona Ashby wrote:
> Can it be repaired?

Yes. It's a classic dry-winter crack along the grain, and from the photo it hasn't lifted.

> Roughly what would it cost?

£90 to glue and cleat it, a little more if it needs touching in with lacquer.

> Would the repair be visible afterwards?

You'll see a fine line if you look for it under a lamp. From the playing position, no.

Theo""", quote=False, client="thunderbird")),

    C("w04-kemble-tstyle-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Josh Kemble <joshkemble@example.net>", "iphone", "Custom T-style",
      "Quote promised 'by Wednesday' arrives the Tuesday after, once the customer has chased: kept late = missed.",
      cu("11-09 21:15", """Hi,

I'm after a custom T-type: swamp ash body, roasted maple neck, 7.25 radius, two pickups, nothing fancy finish-wise - butterscotch or similar. What sort of price and wait am I looking at?

Josh

Sent from my iPhone"""),
      ag("theo", "11-10 10:05", """Hi Josh,

That's right up our street. The wait is currently about 14 weeks from deposit. I need to price the roasted maple with our timber supplier before I can give you a proper figure - I'll have a spec sheet and quote to you by Wednesday.

Theo""", promises=[("11-11", 4)]),
      cu("11-16 08:02", """Hi Theo, any news on that quote? Keen to get in the queue before Christmas.

Josh

Sent from my iPhone""", chase=True),
      ag("theo", "11-17 14:30", """Hi Josh,

Apologies - the timber quote took longer than I expected. Spec sheet and quote attached: £2,150 all in, £500 deposit to book your slot. If you're happy with the spec, just reply and I'll send the deposit link.

Theo""", attach=[("application/pdf", "CB-2611-07-quote.pdf", TSTYLE_PDF)])),

    C("w05-crowther-bulk-strings", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Ben Crowther <ben@crowthermusic.example>", "gmail", "Bulk strings order for teaching room",
      "Bulk price and delivery asked, acknowledged by the robot only; the customer chases two days later and still has no reply.",
      cu("11-16 10:40", """Hello,

I teach from home and go through a lot of strings. Could you do me a price on 25 sets of Ernie Ball Regular Slinky and 10 sets of Martin Lifespan 12-54? And do you deliver, or is it collection only?

Thanks
Ben Crowther"""),
      ack("11-16 10:41"),
      cu("11-18 12:15", """Hi, I'm still waiting to hear back about this - could someone let me know either way? I need to order before the end of the month.

Ben""", chase=True)),

    C("w06-hartung-es335-bundierung", "de", "closed", {"unanswered-question": 1},
      "Jörg Hartung <joerg.hartung@example.de>", "outlook_de", "Neubundierung ES-335",
      "German: stainless refret answered with price and time; the insured return shipment to Cologne is never mentioned.",
      cu("11-04 09:30", """Guten Tag,

meine ES-335 (Baujahr 2011) hat inzwischen ziemlich tiefe Rillen in den ersten fünf Bünden. Ich überlege, sie komplett neu bundieren zu lassen, am liebsten mit Edelstahl. Machen Sie das, und was würde das ungefähr kosten?

Ich lebe seit dem Sommer wieder in Köln, würde die Gitarre aber bei meinem nächsten Besuch in England vorbeibringen. Könnten Sie sie nach der Reparatur versichert nach Köln zurückschicken?

Mit freundlichen Grüßen
Jörg Hartung""", uq=1),
      ag("lukas", "11-04 13:05", """Guten Tag Herr Hartung,

ja, Edelstahlbünde verarbeiten wir regelmäßig. Bei einer 335 mit eingefasstem Griffbrett liegt eine Komplettbundierung bei 395 £, inklusive Abrichten, neuem Knochensattel und Einstellung. Wir brauchen die Gitarre dafür etwa zwei Wochen.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("w07-garnier-salle", "fr", "pending", {},
      "Claire Garnier <claire.garnier@example.fr>", "apple_fr", "Location de la salle de cours",
      "French: hourly rate and whether an amp is provided, both answered (the amp with a list of the room's kit).",
      cu("11-16 18:20", """Bonjour,

Je donne des cours de guitare et je cherche une salle pour deux élèves le mercredi après-midi. Quel est le tarif horaire de votre salle ? Et est-ce qu'un ampli est fourni, ou faut-il apporter le nôtre ?

Merci d'avance,
Claire Garnier"""),
      ag("amelie", "11-17 09:40", """Bonjour Claire,

La salle est à 14 £ de l'heure, 12 £ si vous la réservez pour un trimestre. Vous y trouverez un combo Fender Blues Junior, un ampli basse et deux pupitres : vous n'avez que vos guitares à apporter.

Bien à vous,
Amélie""")),

    C("w08-ortega-flamenca", "es", "closed", {"missed-follow-up": 1},
      "Javier Ortega <jortega@example.es>", "gmail_es", "Restauración guitarra flamenca de 1964",
      "Spanish: restoration and duration answered; the price is deferred with 'le escribo el jueves', which never comes.",
      cu("11-09 20:10", """Hola,

Tengo una guitarra flamenca de 1964 que era de mi abuelo, con el golpeador despegado y una grieta en el aro. Me gustaría restaurarla sin que pierda su carácter original. ¿Hacen ese tipo de trabajos? ¿Cuánto tiempo suele llevar?

Un saludo,
Javier Ortega"""),
      ag("pilar", "11-10 11:30", """Hola, Javier:

Sí, restauramos a menudo guitarras de esa época, y siempre respetando los materiales originales. Una restauración así suele llevar entre cuatro y seis semanas. En cuanto al presupuesto, lo consulto con Theo, que es quien hace las restauraciones, y le escribo el jueves.

Un saludo,
Pilar""", promises=[("11-12", None)]), tz=1),

    C("w09-tenby-rehearsal-room", "en", "closed", {},
      "Hannah Tenby <hannah@tenbysingers.example>", "gmail", "Room for our band - Thursday evenings?",
      "Three room-hire questions answered; the customer says 'book us in', the agent confirms and explicitly marks the ticket resolved.",
      cu("11-02 14:30", """Hi,

I play in a four-piece covers band and we've lost our rehearsal space. Is your room free on Thursdays from 7 to 9pm for the next four weeks? Do you have a drum kit in there or would our drummer need to bring his own? And can we pay monthly rather than per session?

Thanks!
Hannah"""),
      ag("ruth", "11-02 16:05", """Hi Hannah,

Thursdays 7-9 are free through to the end of the month. There's a house kit (Yamaha Stage Custom, cymbals included) - your drummer only needs his own snare and pedal if he's fussy. Monthly is fine: 4 sessions at £28 = £112, invoiced on the first Thursday.

Shall I pencil you in?

Ruth"""),
      cu("11-02 16:30", """Yes please - book us in from this Thursday. Thanks Ruth!

Hannah"""),
      ag("ruth", "11-02 17:10", """Done - you're in the diary for the 5th, 12th, 19th and 26th, 7-9pm. The side door code is 4471.

I'll mark this ticket as resolved, but just reply here if anything changes.

Ruth""", closes=True)),

    C("w10-okoro-jazz-bass", "en", "pending", {"unanswered-question": 2},
      "Tobi Okoro <tobi.okoro@example.com>", "gmail", "Jazz Bass - setup and flats",
      "Four questions in one long paragraph; the reply covers flatwounds and the drop-off day, not the truss-rod charge or the crackling jack.",
      cu("11-17 13:05", """Hello Ashwick team,

I've got a Mexican Jazz Bass that I'd like set up properly for the first time since I bought it, and I was wondering whether you could also fit a set of flatwounds while it's in, since I'm moving towards a more Motown kind of sound with the band I joined in the summer and the roundwounds are just too bright for what we're doing; could you let me know if the setup price includes adjusting the truss rod, because the last place I took a guitar to charged extra for that? Please also check the output jack - it crackles whenever I move the cable. What's the earliest I could drop it off?

Many thanks,
Tobi""", uq=2),
      ag("dev", "11-17 15:40", """Hi Tobi,

Tomorrow morning is fine if you're around - we open at 9:30. Flats are a good call for that sound; we've got Thomastik Jazz Flats and D'Addario Chromes in stock, and fitting is free with the setup, you'd just pay for the set (£62 and £48 respectively).

Devan""")),

    C("w11-lindqvist-tuners-ooo", "en", "closed", {},
      "Erik Lindqvist <erik.lindqvist@example.net>", "outlook", "Replacement tuners for Epiphone Casino",
      "Single tuner vs full set answered with a part link and both prices; the customer's own out-of-office reply follows.",
      cu("11-05 07:55", """Hi,

One of the tuners on my Epiphone Casino has stripped. Do you sell a direct replacement, or do I need to swap the whole set? I'd prefer to keep the look - they're the white button ones.

Erik Lindqvist"""),
      ag("cass", "11-05 10:20", """Hi Erik,

No need for a full set - the Casino takes a standard three-a-side Kluson-style tuner with a 10mm bushing. A single white-button replacement is £9.50: https://ashwickguitars.example/parts/kluson-single-white?side=bass

If you'd rather do all six for matching wear, that's £42.

Cass"""),
      auto("11-05 10:21", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For anything urgent please call the studio on 01632 960 118.

Erik Lindqvist""", subject="Automatic reply: Replacement tuners for Epiphone Casino", quote=False)),

    C("w12-brannigan-d18-neck-reset", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Siobhan Brannigan <s.brannigan@example.org>", "outlook", "Martin D-18 - neck reset?",
      "Neck reset: in-house and duration answered; the written estimate is promised for tomorrow and never sent; 'is it worth it' is not addressed.",
      cu("11-05 12:40", """Dear Ashwick Guitar Workshop,

I have a 1974 Martin D-18 that has become very hard to play: the action at the 12th fret is nearly 4mm and the saddle is already shaved down as far as it will go. A friend says it needs a neck reset.

Is that something you do in-house, and how long would I be without the guitar? Could you also send me a written estimate I can forward to my insurer? And, honestly, is it worth doing on a guitar like this, or would I be throwing good money after bad?

Kind regards,
Siobhan Brannigan""", uq=1),
      ag("theo", "11-05 16:10", """Dear Siobhan,

Yes, neck resets are done here in the workshop, by me. Allow four weeks: the neck comes off, the heel is reshaped, and after regluing it needs time to settle before the final setup.

I'll put the written estimate together tomorrow and email it straight over so you can pass it to your insurer.

Best wishes,
Theo""", promises=[("11-06", None)])),

    C("w13-pryce-pickup-swap", "en", "pending", {},
      "Callum Pryce <callum.pryce@example.com>", "gmail", "Swapping pickups in an SG",
      "Front desk hands over ('he'll reply this afternoon'); the colleague answers both questions the same afternoon: promise kept by a colleague.",
      cu("11-16 11:00", """Hi Nell,

Thanks for sorting the setup last month. Next project: I want to put a set of Bare Knuckle humbuckers in my SG. Can you do the install if I supply the pickups? And would you keep the old ones so I can sell them, or do they get binned?

Callum""", to="Nell Harrow <nell@ashwickguitars.example>"),
      ag("nell", "11-16 11:25", """Hi Callum,

Wiring is Devan's department, so I've passed this on - he'll reply to you this afternoon.

Nell""", promises=[("11-16", 3)]),
      ag("dev", "11-16 15:05", """Hi Callum,

Happy to fit customer-supplied pickups - £45 for a pair, including a quick check of the pots while the back's off. Your old pickups go back in the case with the guitar; we never throw anything out.

Devan""", parent=1)),

    C("w14-dunmore-headstock", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Maya Dunmore <maya.dunmore@example.net>", "apple", "Les Paul headstock - snapped",
      "Friday-afternoon headstock break with photos; the customer chases on Monday morning and gets a full answer that afternoon.",
      cu("11-13 15:20", """Hi,

My Les Paul fell off its stand last night and the headstock has cracked right through behind the nut - photos attached. Is this something you can fix? I've got a gig on the 5th of December, is there any chance it would be ready by then?

Maya""", attach=[("image/png", "headstock.png", HEADSTOCK_PNG)]),
      cu("11-16 08:45", """Just following up on this - did my email come through? I'm getting a bit anxious about the gig.

Maya""", chase=True),
      ag("nell", "11-16 13:30", """Hi Maya,

Sorry for the silence - your mail arrived on Friday after we'd closed. Theo has looked at the photos: it's a clean break along the grain, which is the best kind, and he can glue it with hide glue and touch up the finish. Glue-up and curing take about ten days, so if you can drop it in this week you'll have it well before the 5th.

Nell""")),

    C("w15-steiner-saiten", "de", "pending", {},
      "Michael Steiner <m.steiner@example.at>", "gmail_de", "Saiten-Bestellung nach Wien",
      "German: 10-pack in stock and shipping cost to Austria, both answered with figures.",
      cu("11-18 09:10", """Hallo,

ich bin Gitarrenlehrer in Wien und habe im Sommer bei Ihnen Saiten gekauft, als ich in Bath war. Haben Sie die D'Addario EXL110 auch im 10er-Pack? Und was würde der Versand nach Österreich kosten?

Schöne Grüße
Michael Steiner"""),
      ag("lukas", "11-18 11:30", """Hallo Herr Steiner,

ja, das 10er-Pack EXL110 haben wir da, 62 £. Nach Österreich schicken wir mit Royal Mail International Tracked für 14,50 £, das dauert etwa fünf bis sieben Werktage. Die Einfuhrumsatzsteuer wird bei der Zustellung fällig.

Beste Grüße
Lukas Brenner"""), tz=1),

    C("w16-lemaire-sillet", "fr", "closed", {"unanswered-question": 1},
      "Antoine Lemaire <antoine.lemaire@example.fr>", "outlook", "Réglage et sillet en os",
      "French: bone nut price answered with the setup total; the question about Saturday drop-off slots is skipped.",
      cu("11-04 17:45", """Bonjour,

Ma Gibson J-45 a besoin d'un réglage complet et je voudrais en profiter pour remplacer le sillet en plastique par un sillet en os. Combien coûte le sillet, pose comprise ? Et pourriez-vous me dire si vous avez des créneaux le samedi pour déposer la guitare ? Je travaille en semaine.

Cordialement,
Antoine Lemaire""", uq=1),
      ag("amelie", "11-05 10:00", """Bonjour Antoine,

Le sillet en os façonné à la main revient à 45 £, posé. Avec le réglage complet (55 £), cela fait 100 £ au total ; comptez trois jours ouvrés.

Bien cordialement,
Amélie""")),

    C("w17-castillo-pastilla", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Lucía Castillo <lucia.castillo@example.com>", "gmail_es", "Instalar pastilla en guitarra acústica",
      "Spanish: 'le confirmo mañana el precio' is kept five days later, after '¿hay alguna novedad? Sigo esperando'.",
      cu("11-09 19:00", """Hola,

Quiero instalar una pastilla LR Baggs Anthem en mi Taylor 314ce, en lugar del sistema Expression que trae. ¿Lo hacen ustedes? ¿Y tienen la Anthem en stock o tendría que comprarla yo?

Gracias,
Lucía"""),
      ag("pilar", "11-10 10:15", """Hola, Lucía:

Sí, lo hacemos, y la Anthem la pedimos nosotros a nuestro distribuidor. Le confirmo mañana el precio total con la instalación, en cuanto me conteste el proveedor.

Saludos,
Pilar""", promises=[("11-11", 4)]),
      cu("11-13 09:30", """Hola Pilar, ¿hay alguna novedad sobre el precio? Sigo esperando su respuesta para decidirme.

Lucía""", chase=True),
      ag("pilar", "11-16 12:00", """Hola, Lucía:

Disculpe la demora, el proveedor tardó más de lo previsto. Son 289 £ en total: 219 £ la pastilla y 70 £ la instalación, que incluye el cambio del jack y el ajuste del hueso. Podemos tenerla lista en una semana.

Saludos,
Pilar""")),

    C("w18-fairbairn-lp-selector", "en", "pending", {"unanswered-question": 1},
      "Duncan Fairbairn <duncan@fairbairn-drums.example>", "owa", "Les Paul setup booking",
      "Setup booked; a follow-up adds two questions: the ready date is answered, the scratchy pickup selector is not.",
      cu("11-16 09:30", """Hi,

Could I book my Les Paul Standard in for a setup this week? It's got a fair bit of fret buzz on the low E.

Duncan Fairbairn"""),
      ag("dev", "11-16 10:45", """Hi Duncan,

Of course - bring it in any day this week before 5. A setup is £55 and takes two to three working days.

Devan"""),
      cu("11-16 13:05", """Great, thanks, I'll drop it off tomorrow. Can you also look at the pickup selector while it's in? It crackles like mad when I switch to the neck pickup. And would it be ready before the 28th? I've got a wedding gig that day.

Duncan""", uq=1),
      ag("dev", "11-17 16:20", """Hi Duncan,

Got it, thanks - it's on the bench. You'll have it back by Friday the 20th at the latest, so well ahead of the wedding.

Devan""")),

    C("w19-quinn-forwarded-order", "en", "closed", {},
      "Ellie Quinn <ellie.quinn@example.org>", "owa", "FW: Your Ashwick order #AGW-20817",
      "HTML-only mail forwarding a web-shop order confirmation (with its own '?' lines); dispatch question answered with a tracking link.",
      cu("11-06 12:10", """Hi,

I ordered these last Saturday and haven't had a dispatch email yet. Can you tell me when they'll be sent?

Thanks,
Ellie

________________________________
From: Ashwick Guitar Workshop <shop@ashwickguitars.example>
Sent: Saturday, October 31, 2026 4:12 PM
To: Ellie Quinn <ellie.quinn@example.org>
Subject: Your Ashwick order #AGW-20817

Thanks for your order!

1 x Dunlop Tortex picks 0.73mm (12 pack) - £5.20
2 x Elixir Nanoweb 12-53 acoustic - £31.00
1 x D'Addario humidipak - £12.50

Need to change something? Reply before we ship.
Questions about your order? https://ashwickguitars.example/help?order=AGW-20817""", kind="html"),
      ag("cass", "11-06 14:00", """Hi Ellie,

So sorry - your order got stuck behind a late humidipak delivery. Everything went out this morning by Royal Mail Tracked 48, tracking JB441022763GB: https://www.royalmail.com/track-your-item#/tracking-results/JB441022763GB

Cass""")),

    C("w20-whitlock-restoration-invoice", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Graham Whitlock <graham.whitlock@example.com>", "outlook", "Invoice for the Hofner restoration",
      "Three agents reply (front desk, accounts, the restorer): the missing deposit is corrected, the invoice is never made out to the company.",
      cu("11-16 10:00", """Hello,

I collected my Höfner Senator on Saturday - it looks wonderful, please pass on my thanks to Theo. Two things about the invoice, though. The deposit I paid in September (£150) doesn't seem to have been taken off. And could you please make the invoice out to my company, Whitlock Joinery Ltd, rather than to me personally?

Regards,
Graham Whitlock""", uq=1),
      ag("nell", "11-16 10:30", """Hi Graham,

So glad you're pleased with it - I've passed your message to Theo, and the invoice questions to Ruth in accounts.

Nell""", cc="Ruth Pennock <ruth@ashwickguitars.example>"),
      ag("ruth", "11-16 14:10", """Dear Graham,

You're quite right - the £150 deposit from 14 September hadn't been applied. The corrected invoice is attached; the balance is now £485 rather than £635. Apologies for the confusion.

Ruth""", parent=1, attach=[("application/pdf", "AGW-R-1187-corrected.pdf", HOFNER_INVOICE_PDF)]),
      ag("theo", "11-17 09:05", """Hi Graham,

Nell passed on your message - thank you, that's really kind. The Senator was a joy to work on. Enjoy it!

Theo""", parent=1)),

    C("w21-rowntree-truss-reopened", "en", "closed", {"reopened": 1},
      "Pete Rowntree <pete.rowntree@example.net>", "thunderbird", "Truss rod won't turn",
      "Seized truss rod answered and the ticket explicitly marked resolved; the customer comes back with a new problem, answered next morning.",
      cu("11-02 18:40", """Hi,

Trying to adjust the truss rod on my Squier Tele and it won't budge at all, not even a quarter turn. Should I keep trying with more force or is that a bad idea?

Pete"""),
      ag("dev", "11-03 09:15", """Hi Pete,

Please don't force it - a seized rod nut snaps far more easily than you'd think, and that turns a £20 job into a £300 one. Slacken the strings fully, put a drop of light machine oil on the threads, leave it overnight and try again gently. If it still won't move, bring it in and we'll free it for £20.

I'll mark this ticket as resolved for now - just reply if you need us.

Devan""", closes=True),
      cu("11-09 20:05", """Hi Devan,

The oil worked, thanks! But now the neck is straighter, the high E sits right on the edge of the fretboard and slips off when I do pull-offs. Is that the neck being misaligned? Can it be fixed?

Pete"""),
      ag("dev", "11-10 09:40", """Hi Pete,

Good news on the rod. A string slipping off like that is almost always the neck sitting slightly skewed in the pocket - Teles are bolt-on, so we loosen the neck screws, shift it back to centre and tighten up again. Ten minutes while you wait, £15.

Devan""")),

    C("w22-sato-ibanez-pickguard", "en", "closed", {"missed-follow-up": 1},
      "Kenji Sato <kenji.sato@example.com>", "gmail", "Pickguard for a 1992 Ibanez RG550",
      "Screws answered with a price; for the discontinued pickguard 'let me ask them and come back to you' (no date) and nothing follows.",
      cu("11-04 20:30", """Hello,

I'm looking for a replacement pickguard for a 1992 Ibanez RG550 (HSH, the white one with the Edge trem). The original has cracked around the neck pickup. Can you get hold of one? And do you sell the pickguard screws on their own? Half of mine are missing.

Kenji Sato"""),
      ag("cass", "11-05 09:45", """Hi Kenji,

Screws yes - black or chrome, £3 for a pack of 12. The pickguard is harder: Ibanez stopped making that exact one, but our supplier sometimes gets new old stock from Japan. Let me ask them and come back to you.

Cass""", promises=[("window", None)])),

    C("w23-gale-capo-dents", "en", "pending", {},
      "Sarah Gale <sarah.gale@example.org>", "apple", "Dents in the back of my neck (the guitar's!)",
      "A rhetorical question and a question the customer answers herself; the one real request is answered.",
      cu("11-18 21:00", """Hi Theo,

Who knew a capo could do so much damage? I've been leaving mine clamped on the headstock for years and there are now two proper dents in the back of the neck of my Lowden. Can you fill them so they don't catch my thumb?

It's an O-22, bought in 2015. Where would the serial number be, in case you need it? Oh - found it, it's on the label inside: 24118.

Sarah""", to="Theo Marsh <theo@ashwickguitars.example>"),
      ag("theo", "11-19 10:30", """Hi Sarah,

Yes - capo dents on a satin neck are very fixable. I drop-fill them with clear finish, level it and re-satin the area so it feels like the rest of the neck. About £60, and it only needs two days including curing time.

Theo""")),

    C("w24-vance-offset-build", "en", "closed", {"unanswered-question": 2},
      "Adrian Vance <adrian.vance@vanceandco.example>", "outlook", "Custom offset build - some questions",
      "Four numbered questions about a custom build; the reply covers body woods and the waiting list, not card deposits or the photos.",
      cu("11-03 13:15", """Hi Theo,

I've been following your builds on Instagram for a while and I'm finally ready to commission an offset. Some questions before I commit:

1. What body woods do you offer? I'm leaning towards korina but open to suggestions.
2. Do you take the deposit by card, or is it bank transfer only?
3. How long is the waiting list at the moment?
4. Could you send me a few photos of previous builds with a roasted maple neck? I'd like to see the colour in daylight.

Thanks,
Adrian""", uq=2),
      ag("theo", "11-03 17:50", """Hi Adrian,

Thanks for getting in touch. Korina is a great choice for an offset - light, resonant, and it takes a clear finish beautifully. I also regularly use alder, swamp ash and, for something a bit different, khaya. The queue is around 14 weeks at the moment, so anything booked now would be on the bench in February.

Theo""")),

    C("w25-ferrante-baritone-bag", "en", "closed", {"customer-chased": 2, "slow-first-response": 1},
      "Luca Ferrante <luca.ferrante@example.com>", "gmail", "Gig bag for a baritone guitar",
      "Two chasers (Wednesday, Friday) before the answer on Friday; the agent's 'I can have it here by Wednesday if you'd like' is an offer, not a promise.",
      cu("11-09 09:20", """Hi,

Do you stock a gig bag that fits a baritone guitar (30" scale, Danelectro shape)? Normal ones are too short. If not, can you order one in?

Luca"""),
      cu("11-11 08:50", """Hi, just following up on my email from Monday about the baritone gig bag - any luck?

Luca""", chase=True),
      cu("11-13 08:30", """Hello again - third time lucky? Still hoping to hear about the baritone gig bag. Happy to order elsewhere if that's easier, I just need to know.

Luca""", chase=True),
      ag("cass", "11-13 11:00", """Hi Luca,

I'm really sorry - your emails got caught in our spam filter, which has been far too keen this month. We don't keep baritone bags on the shelf, but Mono make one that takes a 30" scale, and I can have it here by Wednesday if you'd like. £189.

Cass""")),

    C("w26-natarajan-invoice-care", "en", "closed", {},
      "Priya Natarajan <priya.n@example.net>", "gmail", "Invoice + nitro care",
      "Two requests answered with one word ('Attached.') and a link.",
      cu("11-04 12:00", """Hi,

Two quick things: could you send me the invoice for the refret you did on my Jazzmaster last month? I need it for my accounts. And I remember Devan mentioning a care guide for nitro finishes - please send me that too if you have it written down somewhere.

Thanks,
Priya"""),
      ag("ruth", "11-04 14:30", """Hi Priya,

Attached. The guide is on our website: https://ashwickguitars.example/care/nitro-finishes

Ruth""", attach=[("application/pdf", "AGW-S-3342.pdf", REFRET_INVOICE_PDF)])),

    C("w27-baumann-hoefner-bass", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Uwe Baumann <uwe.baumann@example.de>", "thunderbird_de", "Restaurierung Höfner 500/1 (1963)",
      "German: original parts vs reproductions answered; a rough estimate promised 'bis Mittwoch' never comes; the request to attend the inspection is ignored.",
      cu("11-06 19:40", """Guten Abend,

ich habe einen Höfner 500/1 von 1963 geerbt. Der Bass ist spielbar, aber ziemlich mitgenommen: Ein Stück Binding fehlt, das Griffbrett hat einen Riss am 3. Bund und die Mechaniken sind schwergängig.

Ich würde ihn gern restaurieren lassen, aber so original wie möglich. Verwenden Sie dafür Originalteile bzw. zeitgenössische Ersatzteile oder Nachbauten? Und könnten Sie mir vorab sagen, mit welchen Kosten ich ungefähr rechnen muss? Wäre es außerdem möglich, dass ich den Bass persönlich vorbeibringe und bei der Begutachtung dabei bin?

Viele Grüße
Uwe Baumann""", uq=1),
      ag("lukas", "11-07 10:30", """Guten Tag Herr Baumann,

ein schönes Instrument! Wir arbeiten bei solchen Bässen möglichst mit zeitgenössischen Teilen: Passende Mechaniken haben wir meist aus Schlachtinstrumenten auf Lager, das Binding fertigen wir aus Zelluloid in der passenden Farbe nach. Nur wenn etwas gar nicht mehr aufzutreiben ist, greifen wir auf gute Nachbauten zurück, und das sagen wir Ihnen vorher.

Zu den Kosten spreche ich mit Theo, der unsere Restaurierungen macht. Ich melde mich bis Mittwoch mit einer groben Schätzung bei Ihnen.

Viele Grüße
Lukas Brenner""", promises=[("11-11", None)]), tz=1),

    C("w28-moreau-l00-relance", "fr", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Isabelle Moreau <isabelle.moreau@example.fr>", "apple_fr", "Devis restauration Gibson L-00",
      "French: restoration quote and shipping to France asked, only the robot acknowledges; 'Je me permets de vous relancer' five days later, still no reply.",
      cu("11-12 14:00", """Bonjour,

Je possède une Gibson L-00 de 1938 dont la table est fendue à deux endroits et dont le chevalet se décolle. Pourriez-vous me faire un devis pour la restauration ? J'aimerais aussi savoir si vous pouvez me la renvoyer en France une fois terminée, ou s'il faut venir la chercher.

Bien cordialement,
Isabelle Moreau"""),
      ack("11-12 13:01"),
      cu("11-17 09:15", """Bonjour,

Je me permets de vous relancer concernant ma demande de devis du 12 novembre, restée sans réponse. Pouvez-vous au moins me confirmer que vous l'avez bien reçue ?

Cordialement,
Isabelle Moreau""", chase=True), tz=1),

    C("w29-navarro-cuerdas", "es", "closed", {},
      "Diego Navarro <diego.navarro@example.es>", "gmail_es", "Cuerdas de nailon y funda",
      "Spanish, opening with the pleasantry '¿qué tal?': strings and a padded bag for cycling, both answered; thanks-only close.",
      cu("11-03 17:20", """Hola, ¿qué tal?

Estoy de Erasmus en Bristol y necesito cuerdas para mi guitarra clásica. ¿Tienen Savarez o Augustine de tensión alta? También busco una funda acolchada que no sea muy cara para llevarla en bici. ¿Qué me recomiendan?

Muchas gracias,
Diego"""),
      ag("pilar", "11-04 09:50", """¡Hola, Diego!

Tenemos Savarez Corum Alliance de tensión alta (16 £) y Augustine azules (13 £). Para la bici le recomiendo la funda Ritter RGC3, con 15 mm de acolchado y correas de mochila: 39 £, y le vale a cualquier clásica de tamaño estándar.

Un saludo,
Pilar"""),
      cu("11-04 11:00", """¡Genial, muchas gracias! Me paso el sábado.

Diego""", thanks=True)),

    C("w30-adeyemi-lefty-conversion", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Femi Adeyemi <femi.adeyemi@example.com>", "gmail", "Left-handed conversion",
      "Saddle price answered; feasibility deferred 'by Tuesday' and never delivered; the restring-with-12s request is ignored.",
      cu("11-16 08:10", """Hi,

I've just bought a right-handed Yamaha FG700S cheap and want it converted to left-handed. Is that doable - new nut, saddle flipped, strap button moved? How much would a new bone saddle be on its own? Could you also restring it with 12s when you do it?

Femi""", uq=1),
      ag("dev", "11-16 12:30", """Hi Femi,

A compensated bone saddle is £35 fitted. Whether the conversion works depends on the bridge: on some Yamahas the saddle slot is angled and has to be filled and recut, on others it's fine as it is. I'll check the bridge spec on the FG700S with our Yamaha rep and let you know by Tuesday.

Devan""", promises=[("11-17", None)])),

    C("w31-hughes-rewind", "en", "pending", {},
      "Liam Hughes <liamhughes@example.net>", "android", "pickup rewind",
      "Lower-case shorthand from a phone ('how long n how much roughly?'), answered with both figures.",
      cu("11-18 22:40", """hi, do u do pickup rewinds? got a dead strat pickup from the 70s. how long n how much roughly? cheers

Sent from Outlook for Android"""),
      ag("dev", "11-19 09:30", """Hi Liam,

We do - rewinds go to Hamish at Kestrel Pickups, who matches the original wire and turn count. Usually 2-3 weeks, and £75 for a single coil including postage both ways.

Devan""")),

    C("w32-mercer-jack-nothread", "en", "closed", {"unanswered-question": 1},
      "Olivia Mercer <olivia.mercer@example.org>", "outlook", "Loose output jack on my custom build",
      "Warranty question answered; the customer's reply lost its threading headers and asks two things: drop-in answered, the build sheet copy never sent.",
      cu("11-05 10:10", """Hi Theo,

The output jack on the guitar you built for me in 2024 has worked loose and now spins when I plug in. Is that covered by the build warranty?

Olivia""", to="Theo Marsh <theo@ashwickguitars.example>"),
      ag("theo", "11-05 12:00", """Hi Olivia,

It is - all our builds carry a five-year warranty on workmanship, and a loose jack is a five-minute fix with the right tool. No charge.

Theo"""),
      cu("11-05 12:40", """Thanks Theo. Do I need to book a slot or can I just drop in? Also please send me a copy of the original build sheet, I can't find mine and I'd like it for insurance.

Olivia""", thread=False, to="Theo Marsh <theo@ashwickguitars.example>", uq=1),
      ag("theo", "11-05 15:30", """Just drop in - any weekday 10 till 5, Saturdays till 1. It'll be done while you wait.

Theo""")),

    C("w33-ellery-ready-eod", "en", "closed", {"missed-follow-up": 1},
      "Tom Ellery <tom.ellery@example.com>", "gmail", "Is my Gretsch ready?",
      "'Let me check with him and confirm by end of day' delivered the next morning: late = missed; thanks-only close.",
      cu("11-09 11:15", """Hi Nell,

Just checking whether my Gretsch is ready to collect - you said about a week when I dropped it off on the 2nd. I can come on Wednesday after work if it is.

Tom"""),
      ag("nell", "11-09 12:00", """Hi Tom,

Devan's got it on the bench right now - let me check with him and confirm by end of day.

Nell""", promises=[("11-09", 3)]),
      ag("nell", "11-10 09:20", """Morning Tom,

Sorry, yesterday ran away with me. Yes, it's finished and tuned up - Wednesday after work is fine, we're open till 6 on Wednesdays.

Nell"""),
      cu("11-10 09:45", """Great, see you then. Thanks!

Tom""", thanks=True)),

    C("w34-dorsey-rickenbacker-refret", "en", "pending", {},
      "Nathan Dorsey <nathan.dorsey@example.net>", "apple", "Refret on a Rickenbacker 4003",
      "Nut question answered at once; the fretwire question is deferred 'early next week' (Thursday) and answered by the luthier on Monday: kept.",
      cu("11-12 10:00", """Hi there,

My 4003 needs a refret (the frets are almost flat after 20 years of roundwounds). I know Rickenbackers use quite a specific narrow fretwire - can you get hold of the correct size? I'd like it to look original. Also, does the refret include a new nut?

Nathan"""),
      ag("nell", "11-12 14:20", """Hi Nathan,

A new nut isn't included as standard, but on a refret the old one often has to come off anyway, so Devan usually quotes them together - an extra £35 in bone, or £25 in the original-style plastic.

As for the fretwire, let me check with the workshop and come back to you early next week.

Nell""", promises=[("11-17", 3)]),
      ag("dev", "11-16 11:10", """Hi Nathan,

Nell passed me your question. We keep Dunlop 6230 in stock, which is a near-identical match to the narrow, low wire Rickenbacker used on 4003s of that era - nobody will know it's been refretted. £320 including the setup, or £345 with the bone nut.

Devan""")),

    C("w35-blakemore-school-quote", "en", "pending", {},
      "Imogen Blakemore <i.blakemore@ashwickschool.example>", "outlook", "Quote for repairs on three school guitars",
      "Invoice address change done at once; the revised quote is promised for Monday 23 November, a deadline still ahead at audit time.",
      cu("11-18 15:30", """Hello,

Thanks for looking at the three school guitars last week. The head has asked whether we can drop the fret dressing on the Yamaha and just do the other two repairs this term, to keep us under £250. Could you revise the quote on that basis? And can the invoice be addressed to the school office rather than to me?

Best wishes,
Imogen Blakemore
Music Department, Ashwick Community School"""),
      ag("ruth", "11-19 10:15", """Hi Imogen,

Yes, the invoice will go to the school office - I've changed the billing contact to office@ashwickschool.example. Theo's revising the quote without the fret dressing and I'll send it to you on Monday.

Ruth""", promises=[("11-23", None)])),

    C("w36-carver-courier", "en", "closed", {},
      "Daniel Carver <dan.carver@example.com>", "gmail", "Sending my bass for a setup by courier",
      "Three courier questions answered; 'DPD collect from you on Wednesday' and 'we'll text you when it's finished' are logistics, not promises.",
      cu("11-03 09:00", """Hi,

I'm in Cumbria so can't drop in. Can I send my bass to you by courier for a setup? Do you arrange the courier, or should I? And how should I pack it?

Dan"""),
      ag("nell", "11-03 11:45", """Hi Dan,

Yes, we do this a lot. We book the courier so it's insured both ways: DPD collect from you on Wednesday between 9 and 1, and bring it back the same way once it's done. Pack it in its hard case with the strings slackened, then put the case in a box with some padding - most music shops will give you a guitar box for free. We'll text you when it's finished and ready to go back.

Nell"""),
      cu("11-03 12:30", """Brilliant, thank you - I'll have it ready Wednesday.

Dan""", thanks=True)),

    C("w37-schreiber-proberaum", "de", "pending", {"unanswered-question": 1},
      "Lena Schreiber <lena.schreiber@example.de>", "gmail_de", "Proberaum für unsere Band",
      "German, base64: Saturday availability and the bass amp answered; invoices in the band's name not addressed.",
      cu("11-17 20:15", """Hallo zusammen,

wir sind eine kleine Band (Gitarre, Bass, Gesang, Cajón) und suchen ab Dezember einen Proberaum für Samstagnachmittag. Gibt es bei Ihnen einen Bassverstärker, oder muss unser Bassist seinen eigenen mitbringen? Könnten Sie mir bitte außerdem die Rechnung jeweils auf den Namen unserer Band („Die Nachtfalter“) ausstellen? Das macht es mit der Bandkasse einfacher.

Viele Grüße
Lena""", cte="base64", uq=1),
      ag("lukas", "11-18 09:40", """Hallo Lena,

samstags ab 14 Uhr ist der Raum ab Dezember frei, 14 £ pro Stunde. Ein Ampeg-Bassverstärker (BA-210) steht fest im Raum, Ihr Bassist braucht also nur sein Instrument und ein Kabel.

Viele Grüße
Lukas Brenner""")),

    C("w38-rousseau-tete-relance", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Julien Rousseau <julien.rousseau@example.fr>", "gmail", "Réparation tête cassée - Epiphone",
      "French: price deferred 'd'ici lundi', delivered on Wednesday after a chaser whose References skip the root; the loan guitar question is never answered.",
      cu("11-04 18:30", """Bonjour,

La tête de ma Epiphone Les Paul s'est fendue au niveau du sillet après une chute. Est-ce réparable, et à quel prix environ ? Je joins deux photos. Par ailleurs, proposez-vous un prêt de guitare pendant la réparation ? J'ai des concerts en décembre.

Merci,
Julien Rousseau""", attach=[("image/png", "tete-1.png", TETE_PNG)], uq=1),
      ag("amelie", "11-05 09:30", """Bonjour Julien,

Merci pour les photos. Theo doit les examiner avant de vous donner un prix ; je reviens vers vous d'ici lundi avec son estimation.

Bien à vous,
Amélie""", promises=[("11-09", 4)]),
      cu("11-11 08:40", """Bonjour Amélie,

Toujours pas de nouvelles de l'estimation pour ma guitare... Pouvez-vous me dire où en est ma demande ?

Julien""", chase=True, refs=[2]),
      ag("amelie", "11-11 14:15", """Bonjour Julien,

Toutes mes excuses pour ce retard. Theo a regardé les photos : la cassure est nette et se recolle très bien. Comptez 140 £ avec la retouche du vernis, et une dizaine de jours d'atelier.

Bien à vous,
Amélie"""), tz=1),

    C("w39-ruiz-descuento", "es", "closed", {"unanswered-question": 1},
      "Marta Ruiz <marta.ruiz@example.com>", "iphone", "Ajuste de guitarra eléctrica",
      "Spanish: price and payment methods answered; the student discount asked indirectly ('Quería saber también si...') is skipped.",
      cu("11-05 16:00", """Hola,

Estudio guitarra en el conservatorio y necesito un ajuste para mi Ibanez. ¿Cuánto cuesta? ¿Aceptan tarjeta o solo efectivo? Quería saber también si hacen descuento a estudiantes.

Gracias,
Marta

Enviado desde mi iPhone""", uq=1),
      ag("pilar", "11-06 10:00", """Hola, Marta:

El ajuste completo son 55 £, cuerdas incluidas. Puede pagar como prefiera: con tarjeta, en efectivo o por transferencia.

Un saludo,
Pilar""")),

    C("w40-achterberg-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Wim Achterberg <wim@achterberg.example>", "thunderbird", "Bass strings - 5 string long scale",
      "Unanswered request re-sent word for word as a new mail with the same subject two days later; answered that morning.",
      cu("11-11 08:30", """Hello,

I need a set of 5-string bass strings, 45-130, for a 35" scale bass (Ibanez SR5). Do you have any that are long enough? Ideally nickel, not stainless.

Thank you,
Wim Achterberg"""),
      cu("11-13 08:05", """Hello,

I need a set of 5-string bass strings, 45-130, for a 35" scale bass (Ibanez SR5). Do you have any that are long enough? Ideally nickel, not stainless.

Thank you,
Wim Achterberg""", chase=True, parent=0),
      ag("cass", "11-13 10:45", """Hi Wim,

Sorry you had to send this twice. The DR Lo-Riders in 45-130 come in a 37" version that fits the SR5, but they're stainless. For nickel, the D'Addario EXL170-5SL (super long scale) is the one: £38, and in stock.

Cass""")),

    C("w41-kaur-12string-nut", "en", "closed", {},
      "Jasleen Kaur <jas.kaur@example.org>", "gmail", "12-string nut",
      "New nut and its material answered in one sentence; the customer's signature has 'Need a session player?' and a '?' URL.",
      cu("11-02 12:30", """Hi Devan,

The nut on my Guild 12-string has a couple of slots cut too deep - the octave G buzzes open. Could you make a new one? And would it be bone or something else?

Jas

--
Jas Kaur | Session guitar & mandolin
Need a session player? https://jaskaur.example/book?ref=email""", to="Devan Okafor <devan@ashwickguitars.example>"),
      ag("dev", "11-02 15:15", """Hi Jas,

Yes, a new nut on a 12 is fiddly but very doable - I'd cut it from bone, which is what Guild fitted originally anyway. £65, ready in two days.

Devan""")),

    C("w42-harwood-saddle-list", "en", "pending", {"unanswered-question": 1},
      "Simon Harwood <simon.harwood@example.com>", "gmail", "Saddle questions",
      "Numbered list of three questions (multipart/alternative); items 1 and 3 answered in one sentence, 'while I wait' skipped.",
      cu("11-18 08:30", """Hi,

A few things about my Takamine before I come in:

1. Do you sell Graph Tech Tusq saddles?
2. Can you fit one while I wait?
3. What do you charge to restring a 12-string? (Different guitar.)

Thanks,
Simon""", kind="alt", uq=1),
      ag("cass", "11-18 11:15", """Hi Simon,

We stock the Tusq saddles (£18 - bring the old one so we can match the size), and a 12-string restring is £20 plus the strings.

Cass""")),

    C("w43-whitfield-fret-buzz", "en", "pending", {},
      "Anna Whitfield <anna.whitfield@example.net>", "apple", "Fret buzz – what’s going on?",
      "Quoted-printable with typographic punctuation: cause, damage and 'before Christmas' all answered.",
      cu("11-19 17:30", """Hi,

My Telecaster has started buzzing on the 3rd–5th frets since the cold weather arrived. I haven’t changed anything. Is this something that needs a setup, or is my guitar damaged? And if it’s a setup, can I get it in before Christmas?

Anna""", cte="quoted-printable"),
      ag("dev", "11-20 09:15", """Hi Anna,

Nothing’s damaged – it’s the neck reacting to the central heating. The wood dries out, the relief changes and the strings end up closer to the frets. A setup (£55) sorts it, and we’ve still got space on the bench next week, so Christmas is no problem.

Devan""", cte="quoted-printable")),

    C("w44-gupta-room-refund", "en", "closed", {"missed-follow-up": 1},
      "Rahul Gupta <rahul.gupta@example.com>", "outlook", "Cancelled room bookings",
      "Sessions moved to January at once; the refund is handed to a colleague who 'will be in touch tomorrow' and never is.",
      cu("11-10 18:00", """Hi,

I had to cancel my room booking for 12 November at short notice because of a family emergency. Am I entitled to a refund for that session? Also, can I move my remaining three sessions to January?

Rahul Gupta"""),
      ag("nell", "11-11 09:30", """Hi Rahul,

I'm sorry to hear that - I hope everything is alright. Yes, we can move the remaining three sessions: I've put you in for Thursdays 7, 14 and 21 January at the same time. Refunds are Ruth's department, and she'll be in touch tomorrow about the 12th.

Nell""", promises=[("11-12", None)])),

    C("w45-kessler-halsstab", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Sabine Keßler <sabine.kessler@example.de>", "outlook_de", "Halsstab Warwick Corvette",
      "German: 'ich warte immer noch auf eine Antwort' two days later; the reply then answers both questions.",
      cu("11-09 08:20", """Guten Morgen,

bei meinem Warwick Corvette lässt sich der Halsstab nur noch in eine Richtung drehen, und der Hals ist inzwischen deutlich nach hinten gebogen. Ist das ein Fall für eine größere Reparatur, oder reicht eine Einstellung? Was würde eine Überprüfung bei Ihnen kosten?

Viele Grüße
Sabine Keßler"""),
      cu("11-11 09:00", """Hallo,

ich warte immer noch auf eine Antwort auf meine Mail vom Montag. Könnten Sie sich bitte kurz melden?

Sabine Keßler""", chase=True),
      ag("lukas", "11-11 11:40", """Hallo Frau Keßler,

entschuldigen Sie bitte die späte Antwort. Warwick verbaut einen Zwei-Wege-Halsstab: Steht der Hals nach hinten, muss der Stab in die andere Richtung gedreht werden, als man es gewohnt ist. Das ist in den allermeisten Fällen kein Schaden. Die Überprüfung kostet bei uns nichts; falls eine Einstellung nötig ist, sind es 55 £.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("w46-lefebvre-folk-sur-mesure", "fr", "closed", {},
      "Mathilde Lefebvre <mathilde.lefebvre@example.fr>", "apple_fr", "Guitare folk sur mesure",
      "French: woods and lead time answered, brochure attached; thanks-only reply.",
      cu("11-02 20:00", """Bonjour,

J'envisage de commander une guitare folk sur mesure, format OM, pour mes 40 ans. Quels bois proposez-vous pour le fond et les éclisses ? Et quel est le délai actuel ?

Merci beaucoup,
Mathilde Lefebvre"""),
      ag("amelie", "11-03 10:00", """Bonjour Mathilde,

Quelle belle idée de cadeau ! Pour le fond et les éclisses, Theo travaille surtout le palissandre indien, le noyer anglais, l'érable ondé et l'acajou. Le délai est actuellement de seize semaines à partir de l'acompte. Vous trouverez nos tarifs et quelques photos dans la brochure ci-jointe.

Bien à vous,
Amélie""", attach=[("application/pdf", "ashwick-sur-mesure-2027.pdf", BROCHURE_PDF)]),
      cu("11-03 18:00", """Merci beaucoup, c'est très clair ! Je vais y réfléchir.

Mathilde""", thanks=True), tz=1),

    C("w47-gil-cuerdas-bajo-inline", "es", "pending", {},
      "Andrés Gil <andres.gil@example.com>", "gmail_es", "Cuerdas para bajo de 5",
      "Spanish: three one-line questions answered inline under each quoted line.",
      cu("11-17 11:00", """Hola:

Unas preguntas rápidas:
¿Tienen cuerdas planas para bajo de 5 cuerdas?
¿Cuánto tarda el envío a Cardiff?
¿Se puede pagar con PayPal?

Gracias,
Andrés"""),
      ag("pilar", "11-17 13:20", """Hola, Andrés:

El mar, 17 nov 2026 a las 11:00, Andrés Gil (<andres.gil@example.com>) escribió:
> ¿Tienen cuerdas planas para bajo de 5 cuerdas?

Sí, las La Bella 760FX-5 (79 £).

> ¿Cuánto tarda el envío a Cardiff?

Uno o dos días laborables.

> ¿Se puede pagar con PayPal?

Sí, aparece como opción al pagar en la web.

Saludos,
Pilar""", quote=False)),

    C("w48-tanaka-refret-followup", "en", "closed", {"unanswered-question": 2},
      "Rob Tanaka <rob.tanaka@example.org>", "gmail", "Refret quote - Yamaha SG2000",
      "Refret quoted; the go-ahead mail adds two questions (a nut quote, a fret guarantee) and the reply only books the job.",
      cu("11-02 10:00", """Hi Devan,

What would a full refret on a Yamaha SG2000 cost? Bound ebony board, original frets worn through in places.

Rob""", to="Devan Okafor <devan@ashwickguitars.example>"),
      ag("dev", "11-02 13:00", """Hi Rob,

On a bound board we keep the binding nibs, which takes a bit longer - £360 including a full setup. Allow ten working days.

Devan"""),
      cu("11-02 14:30", """Thanks, that's fine - go ahead and book it in. Could you also quote me for a new bone nut at the same time? And do you offer any kind of guarantee on the frets?

Rob""", to="Devan Okafor <devan@ashwickguitars.example>", uq=2),
      ag("dev", "11-02 16:10", """Will do - it's booked in for Monday the 9th. Drop it off any time that morning.

Devan""")),

    C("w49-penrose-resolved-tag", "en", "closed", {},
      "Alice Penrose <alice.penrose@example.com>", "iphone", "Lost my collection slip",
      "Both questions answered in one sentence under a '[Resolved]' subject tag.",
      cu("11-06 09:00", """Hi, I've lost the slip you gave me when I dropped off my daughter's half-size classical for new strings. Can I still collect it without it? And can my partner pick it up instead of me?

Alice

Sent from my iPhone"""),
      ag("nell", "11-06 10:20", """Hi Alice,

No problem at all - we just need the name on the booking, so your partner can collect it whenever suits. It's ready now.

Nell""", subject="[Resolved] Re: Lost my collection slip", closes=True)),

    C("w50-wren-son-bass", "en", "open", {"unanswered-question": 1},
      "Georgia Wren <georgia.wren@example.net>", "outlook", "Bass for my son - setup and lessons",
      "Setup advice answered, the teacher recommendation skipped; the customer's new questions this morning are still inside the response target.",
      cu("11-18 19:10", """Hello,

My son (12) has been given a secondhand short-scale bass for his birthday and the strings are miles off the fretboard. Would a setup help a beginner, or is it not worth it on a cheap instrument? And could you recommend a teacher who uses your lessons room? He's keen to start in January.

Georgia Wren""", uq=1),
      ag("dev", "11-19 10:00", """Hi Georgia,

A setup is probably the best money you can spend on a beginner's bass - with the action that high it's hard work for grown-ups, let alone a 12-year-old. On a short scale it's £45, and we'd fit lighter strings while we're at it.

Devan"""),
      cu("11-20 08:50", """Thanks Devan. Could I bring it in on Saturday morning, and how long would it take?

Georgia""")),

    C("w51-foster-fresh-ack", "en", "open", {},
      "Martin Foster <martin.foster@example.com>", "gmail", "Restoration of a 1950s Hofner archtop",
      "Fresh enquiry this morning, only the helpdesk acknowledgement so far: open, within the response target.",
      cu("11-20 10:30", """Hi,

I have a Höfner Congress archtop from about 1956 that has spent thirty years in a loft. The top has sunk a bit and the neck is loose. Do you take on restorations like this? Could I bring it in for someone to have a look?

Martin"""),
      ack("11-20 10:31")),

    C("w52-oakes-voucher-template", "en", "pending", {"unanswered-question": 2},
      "Harriet Oakes <harriet.oakes@example.org>", "gmail", "Christmas gift voucher and opening hours",
      "A templated reply (Christmas hours, voucher link) answers two of four questions; posting in a card and expiry are not addressed.",
      cu("11-17 09:30", """Hello,

I'd like to buy my husband a setup voucher for Christmas - do you do gift vouchers, and can they be posted out in a card? Also, are you open on Christmas Eve? I might pop in myself. Please could you also let me know if vouchers have an expiry date.

Thanks,
Harriet""", uq=2),
      ag("nell", "11-17 10:05", """Hello Harriet,

Thanks for your email. Our Christmas hours are:

Thursday 24 December: 9:30am - 1pm
25 December - 1 January: closed
From Saturday 2 January: normal hours

Gift vouchers for setups, restrings and lessons room sessions can be bought online: https://ashwickguitars.example/vouchers

Best wishes,
Nell""")),

    C("w53-romero-trastes", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Carmen Romero <carmen.romero@example.es>", "outlook", "Trastes de acero inoxidable - Precision",
      "Spanish: duration answered, price deferred with 'le escribo el lunes' (never sent); the electronics check is not mentioned.",
      cu("11-12 19:00", """Buenas tardes:

Toco el bajo en una orquesta de verbenas y las giras de verano me han dejado los trastes de mi Fender Precision bastante gastados. Me gustaría cambiarlos por trastes de acero inoxidable. ¿Cuánto costaría y cuánto tiempo tendrían el bajo? ¿Podrían además revisar la electrónica, que a veces se corta el sonido?

Un saludo,
Carmen Romero""", uq=1),
      ag("pilar", "11-13 10:30", """Buenos días, Carmen:

El cambio a trastes de acero inoxidable en un Precision lleva unas dos semanas de taller. El precio depende del estado del diapasón, así que lo hablo con Devan y le escribo el lunes con el presupuesto.

Un saludo,
Pilar""", promises=[("11-16", None)]), tz=1),

    C("w54-vogel-security-locks", "de", "closed", {},
      "Thomas Vogel <thomas.vogel@example.de>", "gmail_de", "Security-Locks für meine SG",
      "German: stock and fitting (with drilling) answered with prices; thanks-only close.",
      cu("11-05 11:00", """Hallo,

ich brauche für meine Gibson SG Schaller Security-Locks. Haben Sie die in Chrom da? Und können Sie die gleich montieren, wenn ich nächste Woche in Bristol bin? Die Löcher müssten eventuell etwas aufgebohrt werden.

Danke und Gruß
Thomas Vogel"""),
      ag("lukas", "11-05 13:00", """Hallo Herr Vogel,

die Schaller S-Locks in Chrom haben wir vorrätig, 24 £ das Paar. Die Montage machen wir gern, während Sie warten - das dauert eine Viertelstunde und kostet 10 £, das Aufbohren inbegriffen.

Viele Grüße
Lukas Brenner"""),
      cu("11-05 14:30", """Super, vielen Dank! Dann bis nächste Woche.

Thomas""", thanks=True), tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "w02-pellow-precision-frets": [
        "Also, is there anywhere to park near the workshop when I drop it off?"],
    "w06-hartung-es335-bundierung": [
        "Könnten Sie sie nach der Reparatur versichert nach Köln zurückschicken?"],
    "w10-okoro-jazz-bass": [
        "could you let me know if the setup price includes adjusting the truss rod, because the last place I took a guitar to charged extra for that?",
        "Please also check the output jack - it crackles whenever I move the cable."],
    "w12-brannigan-d18-neck-reset": [
        "And, honestly, is it worth doing on a guitar like this, or would I be throwing good money after bad?"],
    "w16-lemaire-sillet": [
        "Et pourriez-vous me dire si vous avez des créneaux le samedi pour déposer la guitare ?"],
    "w18-fairbairn-lp-selector": [
        "Can you also look at the pickup selector while it's in?"],
    "w20-whitlock-restoration-invoice": [
        "And could you please make the invoice out to my company, Whitlock Joinery Ltd, rather than to me personally?"],
    "w24-vance-offset-build": [
        "Do you take the deposit by card, or is it bank transfer only?",
        "Could you send me a few photos of previous builds with a roasted maple neck?"],
    "w27-baumann-hoefner-bass": [
        "Wäre es außerdem möglich, dass ich den Bass persönlich vorbeibringe und bei der Begutachtung dabei bin?"],
    "w30-adeyemi-lefty-conversion": [
        "Could you also restring it with 12s when you do it?"],
    "w32-mercer-jack-nothread": [
        "Also please send me a copy of the original build sheet, I can't find mine and I'd like it for insurance."],
    "w37-schreiber-proberaum": [
        "Könnten Sie mir bitte außerdem die Rechnung jeweils auf den Namen unserer Band („Die Nachtfalter“) ausstellen?"],
    "w38-rousseau-tete-relance": [
        "Par ailleurs, proposez-vous un prêt de guitare pendant la réparation ?"],
    "w39-ruiz-descuento": [
        "Quería saber también si hacen descuento a estudiantes."],
    "w42-harwood-saddle-list": [
        "Can you fit one while I wait?"],
    "w48-tanaka-refret-followup": [
        "Could you also quote me for a new bone nut at the same time?",
        "And do you offer any kind of guarantee on the frets?"],
    "w50-wren-son-bass": [
        "And could you recommend a teacher who uses your lessons room?"],
    "w52-oakes-voucher-template": [
        "can they be posted out in a card?",
        "Please could you also let me know if vouchers have an expiry date."],
    "w53-romero-trastes": [
        "¿Podrían además revisar la electrónica, que a veces se corta el sonido?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"AGW-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
                  "cc": o.pop("cc", None), "note": o.pop("note", ""),
                  "refs": [f"{case.name}.{n}" for n in refs] if refs is not None else None}
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
            m = Msg(**common, client=client, frm=frm, to=o.pop("to", case.customer), date=date,
                    agent=who, promises=promises, closes=o.pop("closes", False))
        elif spec.role == "ack":
            date = at(spec.when)
            ref = ticket_ref(f"{case.name}.{i - 1}")
            body = body.format(ref=ref)
            extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=WORKSHOP, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", WORKSHOP),
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
    return mailcraft.cases_table("Practice corpus 101: Ashwick Guitar Workshop - cases",
                                 "make_practice101_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.ashwickguitars.example")
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
        raise SystemExit(f"refusing to write tests/{NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice101 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
