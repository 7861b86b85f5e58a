#!/usr/bin/env python3
"""Regenerate ``tests/practice99/``: a labelled corpus of Lockstep Escape Rooms.

A support mailbox of a fictional escape-room company with two sites in Bristol (Harbourside
and Old Mill): bookings for friends and families, corporate team days and private hire,
children's birthday parties, school and charity groups, gift vouchers and their balances,
refunds and invoices, and accessibility questions (step-free rooms, deaf players, carers),
written without looking at the detection heuristics, with many multi-question customer
mails. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``lockstepescape.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice99_corpus.py [--out DIR]
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
NAME = "practice99"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "lockstepescape.example"
BOOKINGS = "Lockstep Escape Rooms <bookings@lockstepescape.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nell": ("Nell Okafor <nell@lockstepescape.example>", "thunderbird", """-- 
Nell Okafor
Bookings Team | Lockstep Escape Rooms
Harbourside: 14 Cannon Wharf, Bristol BS1 | Old Mill: Unit 3, Feeder Road, Bristol BS2
Book online: https://lockstepescape.example/book?ref=mail"""),
    "callum": ("Callum Reid <callum@lockstepescape.example>", "outlook", """Callum Reid
Corporate & Group Events | Lockstep Escape Rooms
T: 0117 496 0712
Planning a team day? Our brochure: https://lockstepescape.example/corporate?src=sig"""),
    "priya": ("Priya Anand <priya@lockstepescape.example>", "gmail", """--
Priya Anand
Accounts & Gift Vouchers | Lockstep Escape Rooms
Check a voucher balance: https://lockstepescape.example/vouchers/balance?src=sig
This email and any attachments are confidential and intended solely for the addressee."""),
    "jess": ("Jess Harlow <jess@lockstepescape.example>", "apple", """Jess Harlow
Venue Manager & Accessibility Lead | Lockstep Escape Rooms
Need our access guide? https://lockstepescape.example/access?from=email"""),
    "lukas": ("Lukas Brenner <lukas@lockstepescape.example>", "thunderbird_de", """-- 
Lukas Brenner
Buchungen auf Deutsch | Lockstep Escape Rooms
https://lockstepescape.example/de?ref=signatur"""),
    "camille": ("Camille Roux <camille@lockstepescape.example>", "apple_fr", """Camille Roux
Réservations en français | Lockstep Escape Rooms
https://lockstepescape.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@lockstepescape.example>", "gmail_es", """--
Lucía Ferrer
Reservas en español | Lockstep Escape Rooms
+44 117 496 0719"""),
}

ACK = """Hello,

Thanks for getting in touch with Lockstep Escape Rooms. This is an automatic
reply to let you know we have received your message (reference {ref}).

Our bookings team answers email 9am-6pm, seven days a week, and we will reply
within 24 hours. If your game is today, please call us on 0117 496 0700.

Lockstep Escape Rooms
https://lockstepescape.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Lockstep Desk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="lk.", outlook_server="CWLP26")
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

NORTHGATE_QUOTE_PDF = mailcraft.pdf(["Lockstep Escape Rooms - Quotation Q-1126-031",
                                     "Northgate Insurance - Friday 18 December 2026, from 1.30pm",
                                     "Six games across Harbourside and Old Mill, 40 players",
                                     "Buffet lunch for 40 incl. vegetarian and gluten-free",
                                     "GBP 39.00 per head incl. VAT - total GBP 1,560.00"])
RIDGEWAY_INVOICE_PDF = mailcraft.pdf(["Lockstep Escape Rooms Ltd - Invoice LS-INV-2291 - REISSUED",
                                      "Ridgeway Engineering Ltd - PO 44817",
                                      "Team event 6 November 2026, 14 players",
                                      "VAT reg. GB 318 4471 09 - total GBP 364.00"])
BOOKING_FORM_PDF = mailcraft.pdf(["Lockstep Escape Rooms - Group booking form",
                                  "Marlowe Architects - Friday 11 December 2026, 3pm",
                                  "Cipher Station 6 players - Lighthouse Keeper 6 players",
                                  "Signature: ______________________"])
SIGNED_FORM_PDF = mailcraft.pdf(["Lockstep Escape Rooms - Group booking form",
                                 "Marlowe Architects - Friday 11 December 2026, 3pm",
                                 "Cipher Station 6 players - Lighthouse Keeper 6 players",
                                 "Signature: S. Whitlock  Date: 9/11/2026"])
RISK_PDF = mailcraft.pdf(["Lockstep Escape Rooms - Risk assessment: school and youth visits",
                          "Exits open from inside at all times; CCTV in every room",
                          "All game masters hold enhanced DBS certificates",
                          "First aiders on site during all opening hours"])
SCHOOL_QUOTE_PDF = mailcraft.pdf(["Lockstep Escape Rooms - Quotation Q-1126-044",
                                  "St Werburgh's - Year 12 enrichment, January 2027",
                                  "30 students in two waves, 1.30pm and 3pm, Harbourside",
                                  "GBP 16.00 per student, staff free - total GBP 480.00"])
CHARITY_INVOICE_PDF = mailcraft.pdf(["Lockstep Escape Rooms Ltd - Invoice LS-INV-2342",
                                     "Bright Steps - Tuesday 26 January 2027, 2pm",
                                     "15 places, charity discount 20 percent",
                                     "Total GBP 264.00 - due 12 January 2027"])
HUGO_QUOTE_PDF = mailcraft.pdf(["Lockstep Escape Rooms - Revised quotation Q-1126-029/2",
                                "Finchley Partners - Thursday 10 December 2026, 2pm",
                                "30 players across four rooms, start together",
                                "GBP 25.00 per head - total GBP 750.00"])
TEAM_PHOTO_PNG = mailcraft.png(16, 10, lambda x, y: (30 + 12 * x, 40 + 9 * y, 90 + (x * y) % 120))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("l01-hendry-birthday", "en", "closed", {},
      "Siobhan Hendry <siobhan.hendry@example.com>", "gmail", "Birthday party for 8 ten-year-olds",
      "Numbered list of three party questions answered in one flowing paragraph, out of order; thanks-only close.",
      cu("11-02 20:14", """Hi there,

My son Rory turns 10 on Saturday 14th and he has decided, after much debate, that he wants an escape room party instead of trampolining. There will be 8 of them including Rory.

A few questions before I book:
1. Is Pharaoh's Vault ok for 10 year olds or is it too scary? A couple of them are quite easily spooked.
2. Can we bring our own cake and eat it somewhere afterwards?
3. How many adults need to go in with them?

Thanks so much,
Siobhan"""),
      ag("nell", "11-03 09:20", """Hi Siobhan,

What a great choice from Rory! Pharaoh's Vault is our family game - no actors, no jump scares, just a lot of hieroglyphs and a sarcophagus that creaks open at the end, so nervous ten-year-olds are usually fine. With eight under-12s we ask for two grown-ups in the room; anyone else is welcome to wait in the lounge with a coffee. After the game the party room is yours for 45 minutes, and home-made cakes are very welcome - we supply plates, napkins and a knife.

Saturday 14th at 11am or 2pm are both free at the moment.

Best wishes,
Nell"""),
      cu("11-03 12:41", """Brilliant, thank you Nell - I've just booked the 2pm online. Rory is beside himself!

Siobhan""", thanks=True)),

    C("l02-quayside-legal-teamday", "en", "pending", {"unanswered-question": 1},
      "Harriet Okonjo <h.okonjo@quaysidelegal.example>", "outlook", "Team afternoon - 24 people, early December",
      "Law-firm team day: simultaneous start and per-head price with debrief answered; the invoicing request in its own paragraph is skipped.",
      cu("11-16 10:05", """Hello,

I'm organising a team afternoon for our Bristol office and your Harbourside site has come highly recommended by a colleague.

We'll be 24 people. Would it be possible to run several rooms at the same time so everybody starts together, ideally on Thursday 3 December from about 2pm? I'd also like to know what the per-head price would be for a group of our size, and whether that includes any kind of debrief or leaderboard at the end - the partners like a bit of competition.

We'd also need the booking invoiced to our finance team at payables@quaysidelegal.example rather than paid by card on the day.

Many thanks,
Harriet Okonjo
Office Manager
Quayside Legal LLP
This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.""", uq=1, cc="Marcus Bell <m.bell@quaysidelegal.example>"),
      ag("callum", "11-16 14:40", """Hi Harriet,

Thanks for thinking of us. Thursday 3 December works: we can start all three Harbourside rooms at 2pm - the Sunken Library takes 10, Cipher Station 8 and the Lighthouse Keeper 6, which seats all 24 of you exactly. For groups over 20 it's £25 a head, and that includes a 15-minute wrap-up in our lounge where we put the three teams' times up on the big screen, so the partners will know exactly who won.

I've pencilled the rooms in for you until Friday; just let me know the final numbers when you have them.

Kind regards,
Callum""", cc="Marcus Bell <m.bell@quaysidelegal.example>")),

    C("l03-ashdown-expired-voucher", "en", "closed", {},
      "Tom Ashdown <tom.ashdown@example.net>", "apple", "Expired voucher - any chance?",
      "Expired voucher: extension and which site it works at answered together.",
      cu("11-04 19:50", """Hi,

Bit embarrassing - my sister gave me a Lockstep voucher last Christmas (code LKS-4471) and it turns out it expired on 31 October. Life got in the way. Is there any way you could extend it? Also, if it can still be used, would it work at the Old Mill site rather than Harbourside? Most of my friends live on that side of town.

Cheers,
Tom"""),
      ag("priya", "11-05 10:12", """Hi Tom,

Don't worry, it happens a lot! I've extended LKS-4471 to 31 January 2027 as a one-off. Our vouchers aren't tied to a site, so you can book any room at Harbourside or Old Mill - just choose "I have a voucher" at checkout.

Best,
Priya""")),

    C("l04-mbeki-wheelchair", "en", "closed", {"unanswered-question": 1},
      "Grace Mbeki <grace.mbeki@example.org>", "gmail", "Access for a wheelchair user",
      "Step-free rooms and accessible toilet answered in one sentence; the parking question is skipped; thanks-only close.",
      cu("11-05 13:30", """Hello,

We'd love to bring my dad for his 70th birthday in December. He uses a manual wheelchair and can't manage steps at all.

Are any of your rooms fully step-free, including the way in? Is there an accessible toilet at Harbourside? And is there parking close to the entrance, ideally a disabled bay? Getting from the car is usually the hardest part of any day out for him.

Thank you,
Grace""", uq=1),
      ag("jess", "11-05 16:05", """Hi Grace,

Happy early birthday to your dad! At Harbourside the Cipher Station and the Sunken Library are both on the ground floor with level access from the street door and doorways at least 90 cm wide, and there's an accessible toilet right next to the lounge (the RADAR key is at reception if it's locked). The Lighthouse Keeper has a ladder inside, so I'd steer clear of that one.

If you mention it when you book, we'll move the lounge furniture so there's room to turn.

Warm wishes,
Jess""", kind="alt"),
      cu("11-05 17:20", """That's really helpful, thank you Jess.

Grace""", thanks=True)),

    C("l05-northgate-quote", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Dev Raman <dev.raman@northgate-insurance.example>", "owa", "Quote - team building for 40",
      "Quote promised 'by Thursday' arrives the next Monday after a chase (kept late = missed); the presentation-room question is never answered.",
      cu("11-10 09:30", """Hi Callum,

Following our call last week, could you put together a quote for our customer services team? Details:

- 40 people, split into whatever team sizes work best
- Friday 11 or Friday 18 December, afternoon
- lunch beforehand if you can arrange it (some vegetarians, one coeliac)

Do you have a room where we can do a short presentation before the games? Our director wants to say a few words about the year.

Best regards,
Dev Raman
People & Culture Lead, Northgate Insurance""", uq=1),
      ag("callum", "11-10 11:15", """Hi Dev,

Great to hear from you. Friday 18 December is still wide open in the afternoon, whereas the 11th only has two rooms left, so I'd go for the 18th. I'll put a package together with our caterer (they do a proper gluten-free option, not just a salad) and send you the full quote by Thursday.

Callum""", promises=[("11-12", 4)]),
      cu("11-16 08:55", """Hi Callum,

Just checking in on the quote - our director is keen to sign it off before the end of this week, and I don't want us to lose the 18th.

Thanks,
Dev""", chase=True),
      ag("callum", "11-16 13:20", """Hi Dev,

Apologies for the wait - the caterer took longer than expected to come back on the gluten-free menu. Quote attached: six games across both sites on Friday 18 December from 1.30pm, with lunch for 40 at Harbourside beforehand, £39 per head including VAT. I'm holding the rooms until Friday 27 November.

Callum""", attach=[("application/pdf", "Lockstep-Q-1126-031.pdf", NORTHGATE_QUOTE_PDF)])),

    C("l06-pennock-chickenpox", "en", "closed", {},
      "Laura Pennock <laura.pennock@example.com>", "iphone", "Chickenpox - moving Saturday's party",
      "Party moved for illness; new date and deposit answered in one sentence; thanks-only close.",
      cu("11-04 07:45", """Hi,

We've got Freya's party booked for this Saturday (7th) at 11am, Pharaoh's Vault, booking ref LS-30917. Freya has come down with chickenpox so there's no way we can come.

Could we move it to Saturday 28 November at the same time? And will the £50 deposit carry over to the new date?

Thanks, and sorry for the short notice
Laura

Sent from my iPhone"""),
      ag("nell", "11-04 09:05", """Hi Laura,

Oh, poor Freya! No problem at all - LS-30917 is now Saturday 28 November at 11am, same room, and your deposit has moved with it, so there's nothing more to pay until the day.

Hope she feels better soon,
Nell"""),
      cu("11-04 09:30", """Thank you so much, that's a weight off!

Laura

Sent from my iPhone""", thanks=True)),

    C("l07-thornbury-hen-do", "en", "closed", {"unanswered-question": 2},
      "Becca Thornbury <becca.thornbury@example.com>", "iphone", "Hen do - 9 of us!!",
      "Four questions run together in one late-night paragraph; scariest room and a two-team race answered, fancy dress and bag storage skipped.",
      cu("11-05 22:40", """Hiya! I'm organising my best friend's hen do on Saturday 5 December and we want to do an escape room in the afternoon before dinner, there'll be 9 of us (10 if her mum comes, still TBC). Which room is the scariest one you have? The bride is a massive horror fan so the more screaming the better lol. I was also thinking we could split into two teams and race each other, is that something you can set up? Is it ok if we come in fancy dress, we'll probably be dressed as sailors. Do you have lockers or somewhere we can leave bags and sashes?

Thanks!! Becca x

Sent from my iPhone""", uq=2),
      ag("nell", "11-06 09:40", """Hi Becca,

Congratulations to the bride! Midnight Carnival at Old Mill is the one for a horror fan - it has a live actor, and it's 16+ for a reason. For a race we pair it with the Clockmaker's Study next door: two teams of four or five start at the same minute, and whoever gets out first rings the brass bell in the corridor. Both rooms are free at 2.30pm on 5 December.

Nell""")),

    C("l08-krueger-weihnachten", "de", "closed", {},
      "Matthias Krüger <m.krueger@krueger-familie.example>", "thunderbird_de", "Escape Room in den Weihnachtsferien",
      "German family visiting at Christmas: language, age limit and payment answered in German, in different words.",
      cu("11-04 20:15", """Guten Abend,

wir sind über Weihnachten mit den Kindern in Bristol (vom 27.12. bis 2.1.) und würden gern einen Ihrer Räume ausprobieren. Unser Sohn ist 9, unsere Tochter 13.

Können wir das Spiel auf Deutsch spielen, oder gibt es das nur auf Englisch? Gibt es für den Neunjährigen eine Altersgrenze, die wir beachten müssen? Bitte teilen Sie mir außerdem mit, ob man vor Ort mit Karte zahlen kann oder ob wir vorab online bezahlen müssen.

Vielen Dank und viele Grüße
Matthias Krüger"""),
      ag("lukas", "11-05 09:30", """Guten Morgen Herr Krüger,

schön, dass Sie uns besuchen! Der Pharaoh's Vault und der Clockmaker's Study laufen auf Wunsch komplett mit deutschen Texten und Hinweisen - schreiben Sie das bei der Buchung einfach ins Feld "Anmerkungen". Kinder ab 8 Jahren spielen mit, solange ein Erwachsener im Raum ist; Ihr Sohn ist also dabei.

Bezahlt wird direkt bei der Online-Buchung. Vor Ort nehmen wir Karte nur noch für Getränke und Snacks, Bargeld gar nicht mehr.

Zwischen den Jahren haben wir am 27., 29. und 30.12. sowie am 2.1. geöffnet.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("l09-marchetti-anniversaire", "fr", "pending", {"unanswered-question": 1},
      "Élise Marchetti <elise.marchetti@famille-marchetti.example>", "apple_fr", "Anniversaire de Jules (12 ans)",
      "French birthday: room advice and deposit link answered; the snack-and-cake package question is skipped.",
      cu("11-17 12:10", """Bonjour,

Nous habitons à Bristol depuis un an et mon fils Jules fête ses 12 ans le dimanche 13 décembre. Il voudrait inviter 6 copains de sa classe.

Est-ce que la salle Pharaoh's Vault convient à des enfants de 11-12 ans, ou risque-t-elle d'être trop facile pour eux ? Je voudrais aussi savoir si vous proposez une formule goûter avec gâteau et boissons après le jeu. Enfin, pourriez-vous m'envoyer le lien pour régler l'acompte ?

Merci beaucoup,
Élise Marchetti""", uq=1),
      ag("camille", "11-17 15:25", """Bonjour Élise,

Pour des enfants de 12 ans, je vous conseillerais plutôt le Clockmaker's Study : le Pharaoh's Vault est pensé pour les 8-10 ans, et des grands de 12 ans le terminent souvent en 40 minutes. Le Clockmaker's accueille jusqu'à 8 joueurs, toute la bande tient donc dans la salle.

Voici le lien pour l'acompte de 50 £ : https://lockstepescape.example/pay?ref=LS-31842&amount=50

Bien à vous,
Camille""")),

    C("l10-brisa-estudiantes", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Marta Quintana <marta.quintana@academia-brisa.example>", "gmail_es", "Grupo de estudiantes en febrero",
      "Spanish language school: simplified English answered, school rate deferred to 'el jueves' and never sent, the teachers question skipped.",
      cu("11-03 10:20", """Buenos días:

Somos una academia de inglés de Valencia y en febrero viajamos a Bristol con un grupo de 16 alumnos de entre 15 y 17 años, más dos profesoras.

¿Tienen tarifa especial para grupos escolares? Nos interesaría mucho que el juego fuera en inglés, pero sencillo, porque el nivel es B1; ¿sería posible adaptarlo? ¿Las dos profesoras tienen que entrar a jugar o pueden esperar fuera?

Muchas gracias y un saludo,
Marta Quintana
Academia Brisa - Valencia""", uq=1),
      ag("lucia", "11-03 12:05", """Hola, Marta:

¡Qué buena idea! Para grupos de idiomas activamos la versión "easy English" de las pistas, con frases cortas y vocabulario sencillo, y el game master habla despacio. Con 16 alumnos los repartiríamos en dos salas de 8.

Lo de la tarifa escolar lo tengo que consultar con dirección; le escribo el jueves con el precio.

Un saludo,
Lucía""", promises=[("11-05", None)]), tz=1),

    C("l11-lyle-evoucher", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Gordon Lyle <gordon.lyle@example.net>", "android", "Voucher not received - order 88213",
      "Paid e-voucher never arrived; only the acknowledgement answers; the customer chases two days later and still hears nothing.",
      cu("11-16 19:05", """Hello,

I bought a £60 e-voucher on your website on Saturday (order 88213, paid by Visa) as a Christmas present for my daughter. The payment went through but the voucher email never arrived - I've checked spam. Could you send it again please, or tell me where I can download it?

Gordon Lyle

Get Outlook for Android"""),
      ack("11-16 19:05"),
      cu("11-18 08:30", """Hello again,

I still haven't received anything, and nobody has replied apart from the automatic message. Please can someone look into order 88213?

Gordon

Get Outlook for Android""", chase=True, parent=1)),

    C("l12-ridgeway-po", "en", "pending", {},
      "Ann-Marie Coles <ap@ridgeway-engineering.example>", "outlook", "Invoice LS-INV-2291 - PO number missing",
      "Accounts payable: reissue with PO answered by an attachment, the VAT-number check answered with the number and the reason.",
      cu("11-17 11:00", """Good morning,

Our accounts payable system has rejected invoice LS-INV-2291 (team event, 6 November) because it has no purchase order number on it. Please add PO 44817 and reissue the invoice.

Could you also confirm the VAT number on the invoice? Our system is flagging it as not matching the register.

Kind regards,
Ann-Marie Coles
Accounts Payable | Ridgeway Engineering Ltd"""),
      ag("priya", "11-17 14:50", """Hi Ann-Marie,

Reissued invoice attached, with PO 44817 in the reference box. Our VAT registration is GB 318 4471 09 - the old invoice had the last two digits swapped, which is what your system caught. Sorry about that.

Kind regards,
Priya""", attach=[("application/pdf", "LS-INV-2291-reissued.pdf", RIDGEWAY_INVOICE_PDF)])),

    C("l13-pryce-inline", "en", "closed", {},
      "Owain Pryce <owain@pryce-builders.example>", "thunderbird", "Few questions before booking",
      "Four questions on separate lines answered inline under each: a no with an alternative, a no with a suggestion, a bare price and a link.",
      cu("11-05 12:30", """Hi,

Looking at booking for a group of mates from work, a few things:

Can we bring a couple of beers in with us?
Can 7 of us fit in the Alchemist's Attic?
How much is it on a Thursday afternoon?
Where are your terms and conditions? Couldn't find them on the site.

Cheers,
Owain"""),
      ag("nell", "11-05 14:10", """Hi Owain,

> Can we bring a couple of beers in with us?

Not into the rooms, sorry - but the lounge has a licensed bar, so you can have one before or after.

> Can 7 of us fit in the Alchemist's Attic?

Five is the limit up there (it's a real attic). The Clockmaker's Study takes up to 8 and has a similar feel.

> How much is it on a Thursday afternoon?

£22 each.

> Where are your terms and conditions? Couldn't find them on the site.

https://lockstepescape.example/terms - the link is at the very bottom of the booking page.

Nell""", quote=False)),

    C("l14-doyle-lost-phone", "en", "closed", {"missed-follow-up": 1},
      "Kieran Doyle <kieran.doyle@example.com>", "gmail", "Lost phone - last night",
      "Room name for the insurer answered; the lost phone deferred ('I'll check ... and get back to you', no deadline = 2-day window) and never followed up.",
      cu("11-04 08:10", """Hi,

I was in one of your rooms last night (7.30pm, group booked under Doyle) and I think I left my phone behind - black Samsung in a green case. Has anyone handed it in?

Also, can you tell me which room we were actually in? My insurer wants the exact location for the claim form and I can't remember the name, only that it had a lot of books.

Thanks
Kieran"""),
      ag("jess", "11-04 10:25", """Hi Kieran,

That would be the Sunken Library at Harbourside. Nothing was logged in lost property this morning, but the evening game master does the room reset - I'll check with him when he's in this afternoon and get back to you.

Jess""", promises=[("window", None)])),

    C("l15-marlowe-hold-ooo", "en", "closed", {},
      "Sarah Whitlock <s.whitlock@marlowe-architects.example>", "outlook", "Holding 11 December for 12 people",
      "Hold and booking form sent; the customer's out-of-office answers the reply; the signed form comes back with a question that is answered.",
      cu("11-06 09:45", """Hi Callum,

Could you please hold Friday 11 December at 3pm for 12 people across two rooms? We'd like the Cipher Station and the Lighthouse Keeper if possible. Please send the booking form so I can get it signed next week.

Thanks,
Sarah Whitlock
Studio Manager, Marlowe Architects"""),
      ag("callum", "11-06 11:30", """Hi Sarah,

Both rooms are now held for you on Friday 11 December at 3pm - six in each works nicely. Booking form attached; once it's back with us, the hold becomes a confirmed booking.

Callum""", attach=[("application/pdf", "Lockstep-group-booking-form.pdf", BOOKING_FORM_PDF)]),
      auto("11-06 11:31", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact studio@marlowe-architects.example.

Sarah Whitlock""", subject="Automatic reply: RE: Holding 11 December for 12 people", quote=False,
           to="Callum Reid <callum@lockstepescape.example>"),
      cu("11-10 09:15", """Hi Callum,

Signed form attached. Is there anything else you need from us before the day?

Sarah""", attach=[("application/pdf", "booking-form-signed.pdf", SIGNED_FORM_PDF)]),
      ag("callum", "11-10 10:05", """Hi Sarah,

Got it, thank you - you're confirmed. Nothing else needed: just arrive about ten minutes before 3pm so the game masters can do the briefing, and let us know by the 9th if numbers change.

Callum""")),

    C("l16-vogt-teamevent", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Sabine Hartwig <sabine.hartwig@vogt-logistik.example>", "outlook_de", "Teamevent für 20 Personen im Januar",
      "German company's UK team: rooms for 20 answered, the offer with drinks promised 'bis Mittwoch' and never sent, the invoice to head office with VAT ID ignored.",
      cu("11-09 09:40", """Hallo Herr Brenner,

ein Kollege hat mir erzählt, dass Sie Buchungen auch auf Deutsch betreuen - sehr gut! Wir sind das britische Team der Vogt Logistik und planen für Mitte Januar ein Teamevent mit 20 Personen.

Welche Räume eignen sich, wenn alle 20 gleichzeitig spielen sollen? Können Sie uns außerdem ein Angebot inklusive Getränken im Anschluss schicken? Die Rechnung muss bitte an unsere deutsche Zentrale gehen, mit unserer USt-IdNr. DE287554120.

Viele Grüße
Sabine Hartwig
Office Managerin UK | Vogt Logistik GmbH""", uq=1),
      ag("lukas", "11-09 11:55", """Hallo Frau Hartwig,

für 20 Personen nehmen wir am besten alle drei Räume in Harbourside: Sunken Library (8), Cipher Station (7) und Lighthouse Keeper (5) - so starten alle gleichzeitig und sitzen hinterher zusammen in der Lounge.

Das Angebot mit Getränken stelle ich mit unserer Bar zusammen und schicke es Ihnen bis Mittwoch.

Viele Grüße
Lukas Brenner""", promises=[("11-11", None)])),

    C("l17-ferrand-sourde", "fr", "pending", {},
      "Nadia Ferrand <nadia.ferrand@lamaisonbleue.example>", "apple_fr", "Joueuse sourde - indices et vidéo",
      "Deaf player: written hints and subtitled intro video both answered, plus unasked advice on lighting.",
      cu("11-18 10:30", """Bonjour,

Nous sommes un groupe de cinq amies et l'une d'entre nous est sourde (elle lit très bien sur les lèvres, mais pas dans le noir !).

Les indices sont-ils donnés par écrit ou seulement à l'oral, par haut-parleur ? Et la vidéo d'introduction est-elle sous-titrée ? Ça ferait une grosse différence pour elle.

Merci d'avance,
Nadia"""),
      ag("camille", "11-18 13:45", """Bonjour Nadia,

Aucun souci : dans toutes nos salles, les indices s'affichent en texte sur l'écran de la salle - le haut-parleur ne sert qu'à l'ambiance. La vidéo d'introduction a des sous-titres (anglais ou français, au choix) depuis septembre.

Je vous conseille d'éviter Midnight Carnival, qui se joue en grande partie dans la pénombre ; la Sunken Library est très bien éclairée.

Belle soirée à vous cinq,
Camille""")),

    C("l18-benavente-cumple", "es", "closed", {},
      "Rocío Benavente <rociobenavente@example.com>", "gmail_es", "Cumpleaños sábado 21",
      "Spanish birthday: parents' waiting area answered, the Saturday slot deferred to 'mañana' and confirmed the next day by the same agent; thanks-only.",
      cu("11-10 18:20", """Hola Lucía:

Mi hija Carla cumple 9 años y le gustaría celebrarlo con vosotros. ¿Tenéis hueco el sábado 21 por la mañana para 6 niños? Y otra cosa: ¿los padres podemos esperar dentro mientras juegan?

Gracias,
Rocío"""),
      ag("lucia", "11-11 09:10", """Hola, Rocío:

¡Qué bien! Los padres podéis esperar en la sala de estar, con café y wifi; además hay una pantalla donde se ve a los niños jugar. Lo del sábado 21 lo miro con el equipo de sala y te confirmo mañana.

Un saludo,
Lucía""", promises=[("11-12", 3)]),
      ag("lucia", "11-12 10:30", """Hola de nuevo, Rocío:

Te confirmo: sábado 21 a las 10:30 en Pharaoh's Vault, para 6 niños y hasta 2 adultos dentro. Ya está reservado a tu nombre (LS-31377); el pago se hace el mismo día.

Un saludo,
Lucía"""),
      cu("11-12 11:00", """¡Genial, muchísimas gracias!

Rocío""", thanks=True)),

    C("l19-farouk-deposit-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Yasmin Farouk <yasmin.farouk@example.org>", "gmail", "Refund of deposit - cancelled party",
      "Deposit refund question resent word for word as a new mail four days later (a chase); answered after the resend (slow first response).",
      cu("11-12 09:00", """Hello,

We cancelled our party booking (LS-30655, Sunday 15 November) on 1 November, more than two weeks ahead as your terms ask, but the £40 deposit hasn't come back to my card yet. Can you tell me when it will be refunded?

Thank you,
Yasmin Farouk"""),
      cu("11-16 08:45", """Hello,

We cancelled our party booking (LS-30655, Sunday 15 November) on 1 November, more than two weeks ahead as your terms ask, but the £40 deposit hasn't come back to my card yet. Can you tell me when it will be refunded?

Thank you,
Yasmin Farouk""", chase=True, parent=0),
      ag("priya", "11-16 11:20", """Hi Yasmin,

I'm sorry you had to write twice - your first email got caught in our spam filter. The £40 went back to the card ending 4471 this morning; most banks show it within 3-5 working days.

Best,
Priya""")),

    C("l20-corrigan-tall-friend", "en", "pending", {"unanswered-question": 1},
      "Jamie Corrigan <jamie.corrigan@example.com>", "apple", "Alchemist's Attic - Saturday 28th",
      "Booking confirmed; a follow-up asks about a very tall player and split payment, and only the payment is answered.",
      cu("11-16 12:00", """Hi,

I've booked the Alchemist's Attic for 5 of us on Saturday 28th at 4pm (LS-31590). Could you confirm it went through? I didn't get a confirmation email.

Thanks,
Jamie"""),
      ag("nell", "11-16 13:10", """Hi Jamie,

Yes, it's all there: Alchemist's Attic, Saturday 28 November, 4pm, 5 players. I've resent the confirmation to this address just now.

Nell"""),
      cu("11-16 19:40", """Got it, thanks Nell.

One more thing - my friend Ben is 6'5". I've read that the attic has a low ceiling; is it OK for someone that tall, or will he be bent double the whole hour? Also, can we each pay our share separately when we arrive?

Jamie""", uq=1),
      ag("nell", "11-17 09:15", """Hi Jamie,

Splitting the bill is fine - the desk can take up to five separate card payments, just tell them when you arrive.

Nell""")),

    C("l21-brightsteps-handoffs", "en", "pending", {"many-handoffs": 1},
      "Olu Adeyemi <olu.adeyemi@brightsteps-charity.example>", "outlook", "Volunteer thank-you afternoon",
      "Charity outing answered by three agents (events, accessibility, accounts): every question answered, the promised hand-over kept the next day.",
      cu("11-13 10:00", """Hello,

We're a small Bristol charity and we'd like to treat our volunteers to an escape room afternoon in January, probably 14-16 people. One of them uses a wheelchair.

Do you offer any discount for charities? And which rooms would work for our wheelchair user?

Best wishes,
Olu Adeyemi
Volunteer Coordinator, Bright Steps"""),
      ag("callum", "11-13 11:30", """Hi Olu,

Lovely idea. We do: registered charities get 20% off any weekday booking. For 14-16 people I'd suggest two of the Harbourside rooms starting together. I've asked Jess, our accessibility lead, to tell you which of them would suit your volunteer best - she'll email you tomorrow.

Callum""", promises=[("11-14", 3)]),
      ag("jess", "11-14 10:00", """Hi Olu,

Jess here. Your volunteer will be fine in the Cipher Station or the Sunken Library: both have level access from the street, wide doorways, and every puzzle can be reached from a seated height. The Lighthouse Keeper has a ladder, so I'd leave that one out and split the group between the other two (up to 18 in total).

Best,
Jess"""),
      cu("11-16 09:30", """Thank you both, that's perfect. We'll go for Tuesday 26 January, Sunken Library and Cipher Station, 15 people. Could you send me an invoice at the charity rate rather than taking a card payment? Our treasurer prefers to pay by bank transfer.

Olu"""),
      ag("priya", "11-16 15:00", """Hi Olu,

Invoice attached for 15 places on Tuesday 26 January at 2pm, with the 20% charity discount applied (£264.00). Our bank details are at the bottom; please pay by 12 January.

Best,
Priya""", attach=[("application/pdf", "LS-INV-2342.pdf", CHARITY_INVOICE_PDF)])),

    C("l22-greaves-reopened", "en", "closed", {"reopened": 1},
      "Hannah Greaves <hannah.greaves@example.net>", "gmail", "Double charged for booking LS-30402",
      "Duplicate payment refunded and the ticket marked resolved; the customer comes back because the refund is £10 short, which is answered.",
      cu("11-04 13:00", """Hi,

I've been charged twice for the same booking (LS-30402, £104 each time on 2 November). Please refund the duplicate payment.

Hannah"""),
      ag("priya", "11-04 15:30", """Hi Hannah,

You're right - the payment page timed out and then took the second attempt as a new payment. I've refunded the duplicate £104 today. I'll mark this ticket as resolved.

Best,
Priya""", closes=True),
      cu("11-11 10:10", """Hi Priya,

The refund has arrived, thank you, but it's £94 rather than £104. Was a fee taken off? If so I don't think that's fair, as the double charge was your system's fault.

Hannah"""),
      ag("priya", "11-11 14:20", """Hi Hannah,

You're quite right, and it shouldn't have happened: our card processor keeps its £10 handling charge on refunds unless we untick a box, and I missed it. I've sent the remaining £10 back this afternoon (reference RF-88120), so you'll have the full £104.

Best,
Priya""")),

    C("l23-calloway-fresh", "en", "open", {},
      "Ruth Calloway <ruth.calloway@example.org>", "gmail", "Gift voucher for two - by post?",
      "New voucher question on the audit day; only the acknowledgement so far, still inside the response target.",
      cu("11-20 10:15", """Hello,

I'd like to buy a voucher for two people as a Christmas present for my parents. Do you send physical vouchers by post, or is it email only? If by post, what's the last date to order for delivery before Christmas?

Many thanks,
Ruth Calloway"""),
      ack("11-20 10:16")),

    C("l24-farthing-weekend", "en", "closed", {"slow-first-response": 1},
      "Will Farthing <will@farthing-and-co.example>", "outlook", "Saturday 14th - 8 of us",
      "Friday-evening mail answered on Monday (slow) with both questions answered; thanks-only close.",
      cu("11-06 18:30", """Hi,

Do you have anything for 8 people on Saturday 14th, late afternoon? It's a family group - four adults and four teenagers, the youngest is 12. My eldest has asked whether the Midnight Carnival would be too much for his little brother, so I'm asking on his behalf.

Thanks,
Will Farthing"""),
      ag("nell", "11-09 09:30", """Hi Will,

Sorry for the slow reply - weekend emails pile up. The Midnight Carnival is 16+ because of the live actor, so that one's out with a 12-year-old, I'm afraid. For eight of you on Saturday 14th the Clockmaker's Study is free at 4.15pm and the Sunken Library at 5pm - both are fine from 12 and not scary at all.

Nell"""),
      cu("11-09 10:02", """Thanks Nell - we've booked the Sunken Library at 5. See you Saturday!

Will""", thanks=True)),

    C("l25-stwerburghs-colleague", "en", "pending", {},
      "Fiona McAllister <f.mcallister@stwerburghs.example>", "owa", "Sixth form enrichment trip",
      "Risk assessment attached by one agent, the quote promised for 'tomorrow' by a colleague and delivered by him the next day.",
      cu("11-16 13:00", """Hello,

I'm head of sixth form at St Werburgh's. We'd like to bring 30 Year 12 students for an enrichment afternoon in late January. Could you quote for a weekday afternoon, and let me know whether you can provide a risk assessment for our trip paperwork?

Regards,
Fiona McAllister"""),
      ag("nell", "11-16 14:20", """Hi Fiona,

Yes - we have a standard risk assessment for school visits, attached, and all our game masters are DBS checked. School trips go through Callum, who looks after our group bookings; he'll email you a quote tomorrow.

Nell""", attach=[("application/pdf", "Lockstep-risk-assessment-schools.pdf", RISK_PDF)],
         promises=[("11-17", 3)]),
      ag("callum", "11-17 10:40", """Hi Fiona,

Following on from Nell: for 30 students on a weekday afternoon in January we'd run all three Harbourside rooms in two waves of 15 (1.30pm and 3pm), with the second wave doing a code-breaking warm-up in the lounge while they wait. The school rate is £16 per student and staff come free - quote attached.

Callum""", attach=[("application/pdf", "Lockstep-Q-1126-044.pdf", SCHOOL_QUOTE_PDF)])),

    C("l26-tenby-private-hire", "en", "pending", {},
      "Marcus Tenby <marcus.tenby@tenbyhomes.example>", "outlook", "Private hire - Christmas party",
      "Exclusive hire and outside caterer answered; the full proposal promised 'by Tuesday 24 November', a deadline still ahead at audit time.",
      cu("11-18 09:20", """Hi Callum,

We'd like to hire the whole Old Mill site for our Christmas party on Friday 18 December, evening, about 35 people. Is that something you do? And can we bring in our own caterer?

Marcus Tenby
Operations Director, Tenby Homes""", kind="alt"),
      ag("callum", "11-18 12:10", """Hi Marcus,

We do - exclusive hire of Old Mill is available on Friday evenings from 6pm, and 35 can play across the four rooms in rotation, with the lounge and bar to yourselves in between. Outside caterers are fine as long as they send us their food hygiene certificate beforehand.

I'm waiting on the bar's price for a drinks package and will send you the full proposal by Tuesday 24 November.

Callum""", promises=[("11-24", None)])),

    C("l27-parry-arrival", "en", "closed", {},
      "Elin Parry <elin.parry@example.com>", "gmail", "Arriving for Thursday's game",
      "Arrival time and parking answered; an automatic reminder email and the game master meeting the group are logistics, not promises.",
      cu("11-09 16:00", """Hi,

We're booked into Cipher Station on Thursday 12th at 6.45pm (LS-31201). How early should we arrive? And is there anywhere to park nearby, or are we better off getting the ferry?

Thanks,
Elin"""),
      ag("nell", "11-10 08:50", """Hi Elin,

Aim to be there ten minutes before, so 6.35. The game master meets every group at the Harbourside front door, and the entry code for the lounge is in the reminder email that goes out automatically 24 hours before your game.

Cannon Wharf car park is two minutes' walk (£4 after 6pm), but the ferry stop at Prince Street is right outside if you'd rather not drive.

Nell""")),

    C("l28-hale-team-photo", "en", "closed", {},
      "Dominic Hale <dominic.hale@hale-accountants.example>", "outlook", "Last night's team game - photo?",
      "Thank-you mail with a rhetorical question, a self-answered question and a signature '?' URL; the one real request (the team photo) answered with a PNG.",
      cu("11-06 09:10", """Morning!

Just wanted to say thanks for last night - who knew a room full of clocks could make eight accountants scream like that? The game master was brilliant. What was his name again... actually never mind, it's on the receipt: Tomasz. Please pass on our thanks.

Do you have the team photo from the end? We forgot to take one ourselves and the MD wants it for the newsletter.

Dominic Hale
Hale & Partners Chartered Accountants
Need a tax return sorted? https://hale-accountants.example/contact?ref=sig"""),
      ag("jess", "11-06 11:00", """Hi Dominic,

So glad you enjoyed it - Tomasz has seen your email and is very chuffed. Here's your photo in full resolution, straight off the camera by the exit.

Jess""", attach=[("image/png", "clockmakers-study-5-nov-team-photo.png", TEAM_PHOTO_PNG)])),

    C("l29-hillfields-year6", "en", "closed", {"unanswered-question": 2},
      "Gemma Rowntree <g.rowntree@hillfieldsprimary.example>", "owa", "Year 6 trip - 28 pupils",
      "School trip with four questions: price and risk assessment answered (one by attachment), DBS checks and coach drop-off skipped.",
      cu("11-02 15:45", """Dear Lockstep team,

We are planning an end-of-term treat for Year 6 (28 pupils, aged 10-11, plus 4 staff) on Wednesday 16 December, in the morning.

Could you tell me the price per pupil for a school group? We would also need a copy of your risk assessment for the trip form. Are your staff DBS checked? Finally, is there anywhere a coach can drop off and wait near the Old Mill site?

Kind regards,
Gemma Rowntree
Year 6 Teacher, Hillfields Primary School""", uq=2),
      ag("nell", "11-03 10:15", """Dear Gemma,

Thank you for thinking of us. School groups are £15 per pupil and staff come free, and our risk assessment for school visits is attached. On Wednesday 16 December we could take all 28 pupils at Old Mill from 9.30am, across Pharaoh's Vault and the Clockmaker's Study in two rounds.

Kind regards,
Nell""", attach=[("application/pdf", "Lockstep-risk-assessment-schools.pdf", RISK_PDF)])),

    C("l30-lomax-voucher-balance", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Peter Lomax <peter.lomax@example.net>", "thunderbird", "Balance on voucher LKS-8820",
      "Balance promised 'by Friday'; the customer chases twice (the second with a References gap) and gets the figure ten days late.",
      cu("11-04 11:00", """Hello,

I used part of voucher LKS-8820 in September and the website now says it has no balance, but I think there should be about £30 left. Could you check it for me?

Regards,
Peter Lomax"""),
      ag("priya", "11-04 13:10", """Hi Peter,

The balance checker only shows the amount from the original sale, so part-used vouchers sometimes look empty. I'll look up your September booking in the system and come back to you by Friday with the correct figure.

Best,
Priya""", promises=[("11-06", 5)]),
      cu("11-10 09:00", """Hello Priya,

Any news on the balance? I'd like to book for the weekend of the 21st.

Peter""", chase=True),
      cu("11-16 10:30", """Hello,

This is my third email about voucher LKS-8820. I'm still waiting for someone to tell me what is left on it. Could someone please reply?

Peter Lomax""", chase=True, refs=[1, 3]),
      ag("priya", "11-16 12:45", """Hi Peter,

I'm really sorry - I was off sick at the end of that week and your emails weren't picked up. The voucher has £34 left (you used £26 of the £60 on 19 September). I've corrected it on the system, so the balance checker shows £34 now too and it will work at checkout for the 21st.

Best,
Priya""")),

    C("l31-bauer-gutschein-post", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Ingrid Bauer <ingrid.bauer@bauer-web.example>", "gmail_de", "Gutschein per Post nach Bristol?",
      "German mother: voucher price answered, posting a printed card deferred with 'melde mich morgen'; she chases a week later and gets the answer then.",
      cu("11-10 08:30", """Hallo,

meine Tochter studiert in Bristol und ich möchte ihr zu Weihnachten einen Gutschein für zwei Personen schenken. Kann ich den Gutschein auch als Karte per Post bekommen, und zwar direkt an ihre Adresse in Bristol? Was kostet ein Gutschein für zwei?

Herzliche Grüße
Ingrid Bauer"""),
      ag("lukas", "11-10 10:40", """Hallo Frau Bauer,

was für ein schönes Geschenk! Ein Gutschein für zwei Personen kostet 52 £ und gilt zwölf Monate lang für alle Räume. Ob wir die gedruckten Karten im Moment verschicken können, kläre ich mit unserem Versand und melde mich morgen bei Ihnen.

Viele Grüße
Lukas Brenner""", promises=[("11-11", 4)]),
      cu("11-16 19:00", """Hallo Herr Brenner,

gibt es schon etwas Neues wegen der Karte per Post? Weihnachten rückt näher und ich würde den Gutschein gern diese Woche bestellen.

Viele Grüße
Ingrid Bauer""", chase=True),
      ag("lukas", "11-17 09:20", """Hallo Frau Bauer,

entschuldigen Sie bitte, dass es so lange gedauert hat. Ja, wir verschicken die Karten wieder: Wählen Sie bei der Online-Bestellung "Geschenkkarte per Post" (2,50 £ Porto) und tragen Sie die Adresse Ihrer Tochter ein. Was bis zum 16. Dezember bestellt wird, kommt vor Weihnachten an.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("l32-mercier-seminaire", "fr", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Julien Mercier <j.mercier@atelier-mercier.example>", "apple_fr", "Séminaire d'équipe à Bristol - 18 personnes",
      "French agency: no reply for four days, 'Je me permets de vous relancer', then all three questions answered in one reply (slow first response).",
      cu("11-12 09:15", """Bonjour,

Notre agence organise un séminaire à Bristol du 13 au 15 janvier et nous aimerions terminer la deuxième journée par un escape game, pour 18 personnes.

Pouvez-vous accueillir 18 personnes en même temps, le jeudi 14 janvier vers 17h ? Est-ce que les jeux existent en français ? Et pourriez-vous nous indiquer le tarif pour un groupe de cette taille ?

Cordialement,
Julien Mercier
Atelier Mercier - Lyon"""),
      cu("11-16 10:00", """Bonjour,

Je me permets de vous relancer concernant ma demande ci-dessous : nous devons boucler le programme du séminaire cette semaine.

Cordialement,
Julien Mercier""", chase=True, parent=1),
      ag("camille", "11-16 14:30", """Bonjour Julien,

Désolée pour ce délai. Le jeudi 14 janvier à 17h, nous pouvons vous répartir dans les trois salles de Harbourside (8, 6 et 4 joueurs), toutes jouables en version française - textes, indices et vidéo. Pour 18 personnes, le tarif groupe est de 24 £ par personne, soit 432 £ au total.

Je vous bloque ce créneau jusqu'au 27 novembre.

Bien à vous,
Camille"""), tz=1),

    C("l33-villalobos-bebe", "es", "open", {"awaiting-reply": 1},
      "Andrés Villalobos <andres.villalobos@example.com>", "gmail_es", "Sala para 4 adultos y un bebé",
      "Spanish visitor asks about a baby in a carrier; no reply at all after more than a day (awaiting reply, not an unanswered question).",
      cu("11-18 21:30", """Hola:

Vamos a estar en Bristol la semana que viene y queremos reservar una sala para cuatro adultos. ¿Podemos entrar con un bebé de 8 meses en mochila portabebés? Y si no es posible, ¿tenéis algún sitio donde pueda esperar uno de nosotros con él?

Gracias,
Andrés"""), tz=1),

    C("l34-tecnosur-factura", "es", "closed", {"unanswered-question": 1},
      "Carmen Olmedo <carmen.olmedo@tecnosur.example>", "outlook", "Cambio de hora y factura - reserva LS-30877",
      "Spanish company in Bristol: the time change is done; the invoice in the company's name with its CIF is ignored.",
      cu("11-05 10:00", """Hola Lucía:

Tenemos reservadas dos salas para el equipo de TecnoSur el viernes 13 a las 16:00 (reserva LS-30877). ¿Sería posible retrasarlo a las 17:00? Varias personas salen tarde de una reunión.

Además, necesitamos que la factura salga a nombre de TecnoSur Iberia S.L., con CIF B-41928374, y no a mi nombre.

Un saludo,
Carmen Olmedo
TecnoSur - Oficina de Bristol""", uq=1),
      ag("lucia", "11-05 12:30", """Hola, Carmen:

Hecho: el viernes 13 empezáis a las 17:00 en Cipher Station y Sunken Library. El resto de la reserva queda igual.

Un saludo,
Lucía""")),

    C("l35-dubois-bon-cadeau", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Claire Dubois <claire.dubois@lenoir-conseil.example>", "gmail", "Bon cadeau pour une amie à Bristol",
      "French gift voucher, four listed questions: validity and direct sending answered, the personal message deferred 'd'ici mardi' and never answered, bank transfer skipped.",
      cu("11-06 14:00", """Bonjour,

Je souhaite offrir un bon cadeau pour deux personnes à une amie qui habite à Bristol. J'ai plusieurs questions :

- Le bon est-il valable un an ?
- Pouvez-vous l'envoyer directement à mon amie par e-mail, le jour de son anniversaire (le 2 décembre) ?
- Est-il possible d'ajouter un petit message personnalisé ?
- Enfin, est-ce que je peux régler par virement bancaire plutôt que par carte ?

Merci beaucoup,
Claire""", uq=1),
      ag("camille", "11-06 16:10", """Bonjour Claire,

Oui, nos bons cadeaux sont valables 12 mois à partir de la date d'achat. À la commande en ligne, vous pouvez indiquer l'adresse e-mail de votre amie et choisir la date d'envoi : il partira le 2 décembre au matin.

Pour le message personnalisé, je dois vérifier avec l'équipe ce que le nouveau système permet ; je reviens vers vous d'ici mardi.

Bien à vous,
Camille""", promises=[("11-10", None)]), tz=1),

    C("l36-lindner-begleitperson", "de", "pending", {"unanswered-question": 1},
      "Tobias Lindner <t.lindner@lindner-mail.example>", "gmail_de", "Rollstuhl und Begleitperson",
      "German visitor: accessible rooms and the carer in the room answered; whether the carer pays full price is skipped.",
      cu("11-17 18:40", """Hallo,

wir sind im Dezember für ein paar Tage in Bristol. Mein Bruder sitzt im Rollstuhl und wird immer von einer Assistenzperson begleitet.

Welcher Raum ist für ihn gut zugänglich? Kann die Assistenzperson mit in den Raum, auch wenn sie nicht mitspielt? Und muss die Begleitperson den vollen Preis zahlen?

Danke und Gruß
Tobias Lindner""", uq=1, cte="base64"),
      ag("lukas", "11-18 09:10", """Hallo Herr Lindner,

am besten geeignet sind die Sunken Library und die Cipher Station in Harbourside: stufenloser Eingang, breite Türen, und alle Rätsel sind im Sitzen erreichbar. Die Assistenzperson darf selbstverständlich mit in den Raum, auch als reine Begleitung.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("l37-gil-principiantes", "es", "pending", {},
      "Lorena Gil <lorena.gil@example.com>", "iphone", "Primera vez en un escape room",
      "Three beginners: 'can we book for three' answered as 'from two players', plus a room recommendation.",
      cu("11-14 11:00", """Hola!

Somos tres amigas y nunca hemos hecho un escape room. ¿Se puede reservar una sala para solo tres personas? ¿Cuál nos recomendáis para empezar?

Gracias!
Lorena

Enviado desde mi iPhone"""),
      ag("lucia", "11-14 12:30", """Hola, Lorena:

¡Bienvenidas al club! Todas nuestras salas se pueden reservar a partir de dos jugadoras, así que sin problema. Para una primera vez, el Clockmaker's Study: es el más intuitivo y el game master os da pistas en cuanto os atascáis.

Un saludo,
Lucía""")),

    C("l38-leclerc-acces", "fr", "closed", {},
      "Antoine Leclerc <antoine.leclerc@example.org>", "gmail", "Accès à Old Mill",
      "Parking and bus from the station answered in one sentence.",
      cu("11-07 10:20", """Bonjour,

Nous venons samedi prochain à Old Mill. Y a-t-il un parking à proximité ? Sinon, quel bus prendre depuis la gare de Temple Meads ?

Merci,
Antoine"""),
      ag("camille", "11-07 11:50", """Bonjour Antoine,

Le plus simple est le parking de Feeder Road, juste en face (gratuit le week-end) ; sans voiture, comptez 12 minutes à pied depuis Temple Meads le long de la rivière, ou prenez le bus 36 jusqu'à l'arrêt « Feeder Road ».

Bonne partie !
Camille""")),

    C("l39-feldmann-umbuchen", "de", "pending", {},
      "Jana Feldmann <jana.feldmann@feldmann-design.example>", "outlook_de", "Midnight Carnival - Freundin erst 15",
      "German customer in Bristol: age rule answered with a no, the fallback request (free rebooking) done; thanks-only.",
      cu("11-18 08:15", """Hallo Herr Brenner,

wir haben für Samstag, den 21.11. um 15 Uhr den Midnight Carnival gebucht (LS-31702). Jetzt hat sich herausgestellt, dass eine Freundin erst 15 ist. Dürfen wir trotzdem spielen, wenn ein Erwachsener dabei ist? Falls nicht: Können wir kostenlos auf einen anderen Raum umbuchen?

Viele Grüße
Jana Feldmann"""),
      ag("lukas", "11-18 10:30", """Hallo Frau Feldmann,

beim Midnight Carnival bleiben wir leider bei 16 Jahren, auch mit Begleitung - der Schauspieler kommt den Spielern ziemlich nah. Ich habe Sie deshalb kostenlos in den Clockmaker's Study umgebucht, gleicher Tag, gleiche Uhrzeit; die neue Bestätigung ist unterwegs.

Viele Grüße
Lukas Brenner"""),
      cu("11-18 11:00", """Super, vielen Dank für die schnelle Hilfe!

Jana""", thanks=True)),

    C("l40-cobaltpay-early-start", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rachel Osei <rachel.osei@cobaltpay.example>", "outlook", "Early start for our offsite",
      "8am opening deferred 'early next week' (Thursday -> Tuesday) and never answered; the pizza menu request is skipped.",
      cu("11-05 09:00", """Hi Callum,

We have our engineering offsite on Thursday 10 December and the only slot that works is first thing. Could Old Mill open at 8am for us? We'd be 22 people.

Could you also send the menu from the pizza place you mentioned on the phone? A few people have asked what the vegan options are.

Thanks,
Rachel Osei
Engineering Operations, CobaltPay""", uq=1),
      ag("callum", "11-05 11:20", """Hi Rachel,

Normally we open at 10am, but for a group that size it may be possible. Let me check with the Old Mill manager whether we can get staff in early, and I'll come back to you early next week.

Callum""", promises=[("11-10", None)], kind="alt")),

    C("l41-meridian-html-forward", "en", "pending", {},
      "Priti Shah <priti.shah@meridian-dental.example>", "owa", "FW: Booking confirmation LS-31655",
      "HTML-only mail forwarding the booking confirmation (with its own '?' lines and URL); the one request, a later start, is done.",
      cu("11-17 09:00", """Hi,

Please see our booking below. Could we move it from 4pm to 5pm? Two of the team have patients until 4.

Thanks,
Priti Shah
Practice Manager, Meridian Dental

________________________________
From: Lockstep Escape Rooms <no-reply@lockstepescape.example>
Sent: Wednesday, November 11, 2026 3:02 PM
To: Priti Shah
Subject: Booking confirmation LS-31655

Thanks for booking with Lockstep!

Room: Cipher Station (Harbourside)
Date: Thursday 26 November 2026, 4:00pm
Players: 7
Paid: £182.00

Running late? Call us on 0117 496 0712.
Need to change something? https://lockstepescape.example/manage?booking=LS-31655""", kind="html"),
      ag("nell", "11-17 10:20", """Hi Priti,

Done - you're now at 5pm on Thursday 26 November, same room, no change to the price.

Nell""")),

    C("l42-brennan-watts-twins", "en", "pending", {"unanswered-question": 1},
      "Chloe Brennan-Watts <chloe.bw@example.com>", "gmail", "Party for 7-year-old twins?",
      "Base64 mail: under-8s and class-sized party answered, the party-bags question in a separate line skipped.",
      cu("11-16 21:10", """Hi!

My twins turn 7 in January and they're obsessed with "spy stuff" at the moment. I know your minimum age is usually 8 - is there any flexibility if the group is mostly 7-year-olds with lots of adults? Also what's the maximum number of kids for a party? We'd want to invite the whole class if we could (about 14).

And one more: do you do party bags, or should we bring our own?

Thanks,
Chloe""", uq=1, cte="base64"),
      ag("nell", "11-17 09:30", """Hi Chloe,

Spy-obsessed seven-year-olds are our favourite kind! For under-8s we run a junior version of Cipher Station with picture clues instead of codes, and we're happy to do that with one adult for every three children. Each room takes 8 children, so for 14 we'd put two groups side by side (Cipher Station junior and Pharaoh's Vault) and start them together.

Nell""")),

    C("l43-ellery-long-paragraph", "en", "closed", {"unanswered-question": 1},
      "Bernard Ellery <bernard.ellery@example.org>", "thunderbird", "Booking for our grandchildren",
      "Three indirect questions in one long formal paragraph; being locked in and step-free rooms answered, the pensioners' reduction skipped.",
      cu("11-03 14:20", """Dear Sir or Madam,

My wife and I would like to take our three grandchildren (aged 9, 12 and 14) to one of your escape rooms during the Christmas holidays, as they have been talking about nothing else since their friend's party, and I must confess I have no idea how these things work, so you will have to forgive me if my questions are rather basic. I was wondering whether we would be locked in the room for the whole hour, as my wife is a little claustrophobic and would want to be able to step out if she needed to. I should also mention that I have had a knee replacement and stairs are not my strong point, so I would be grateful if you could let me know which of your rooms can be reached without climbing stairs. We are quite happy to pay whatever the going rate is, but it would be helpful to know whether there is a reduction for pensioners.

Yours faithfully,
Bernard Ellery""", uq=1),
      ag("jess", "11-03 16:40", """Dear Mr Ellery,

Not basic at all! Nobody is ever actually locked in: the exit door opens from the inside at any time, so your wife can step out and come back whenever she likes. For your knee, Harbourside is the site for you - the Cipher Station and the Sunken Library are both on the ground floor with no steps, and the Sunken Library is a lovely one for a mixed-age family.

Kind regards,
Jess""")),

    C("l44-whitby-chaser-nothread", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Aaron Whitby <a.whitby@whitby-print.example>", "outlook", "Christmas do for the print shop",
      "Availability and price asked; the chaser a day later lost its threading headers (RE: subject only); answered two days after the first mail.",
      cu("11-11 09:30", """Hi,

Could you let me know if you have availability for 6 people on Friday 4 December after 5pm, and the price? It's for our team Christmas do.

Aaron Whitby
Whitby Print & Signs"""),
      cu("11-12 14:00", """Hi,

Following up on the below - could somebody get back to me today? I need to confirm the Christmas plans with the team tomorrow.

Aaron""", chase=True, parent=1, thread=False),
      ag("nell", "11-13 09:45", """Hi Aaron,

Sorry for the delay. On Friday 4 December the Clockmaker's Study is free at 5.30pm and the Lighthouse Keeper at 6pm, both fine for six. Friday evenings are £26 per person, so £156 for the group.

Nell""")),

    C("l45-orbit-invoice-eod", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Miriam Katz <miriam.katz@orbit-events.example>", "gmail", "Invoice for Friday's event has the wrong date",
      "Corrected invoice promised 'by end of day' and never sent; the request to swap the contact number is ignored.",
      cu("11-09 10:00", """Hi Priya,

The invoice for our event (LS-INV-2318) says 5 November but we came on Friday 6 November - our auditors will query that. Please could you correct it?

Also, please remove my personal mobile number from the booking and use the office line instead (0117 496 0233).

Thanks,
Miriam""", uq=1),
      ag("priya", "11-09 12:00", """Hi Miriam,

Sorry about that - the date was copied from the provisional booking. I'll send you the corrected invoice by end of day.

Best,
Priya""", promises=[("11-09", None)])),

    C("l46-crane-links", "en", "pending", {},
      "Lydia Crane <lydia.crane@example.net>", "apple", "Two quick voucher questions",
      "Two questions answered with two bare labelled links.",
      cu("11-19 14:00", """Hello,

Two quick ones: where can I check how much is left on my voucher, and is there a page listing which rooms are suitable for children?

Thanks,
Lydia"""),
      ag("nell", "11-19 15:10", """Hi Lydia,

Balance: https://lockstepescape.example/vouchers/balance
Family-friendly rooms: https://lockstepescape.example/rooms?filter=family

Nell""")),

    C("l47-clearpath-facilitator", "en", "pending", {"unanswered-question": 2},
      "Stephen Oduya <stephen@clearpath-coaching.example>", "android", "Facilitated team sessions",
      "Coach lists three needs; watching the cameras live answered, the recording and the breakout room skipped.",
      cu("11-17 08:00", """Hi,

I run leadership programmes for corporate clients and I'm looking for a venue for a team-building module in February (12 participants). A few things I need to know:

- Can I observe the teams through your cameras while they play? That's where most of my debrief material comes from.
- Would you be able to give me a recording of the session afterwards?
- Do you have a breakout room I could use for a 45-minute debrief after the game?

If it works well I'd expect to book six or seven of these a year.

Stephen Oduya
Clearpath Coaching

Get Outlook for Android""", uq=2),
      ag("callum", "11-17 12:30", """Hi Stephen,

Sounds like a great fit - we work with a few coaches already. You'd be very welcome in the control room with our game master, watching all the camera feeds live and listening in; most facilitators take notes on the clipboard we leave there for them.

Callum""")),

    C("l48-fairweather-rematch", "en", "pending", {},
      "Naomi Fairweather <naomi.fairweather@example.com>", "gmail", "Midnight Carnival rematch",
      "A pleasantry question, a self-answered discount-code question and one real question, answered with advice.",
      cu("11-18 17:30", """Hi Nell,

Hope you're all surviving the Christmas party season? We came in October and failed Midnight Carnival by about 30 seconds, which still haunts us.

We'd like a rematch, same four people. Can we book the same room again, or is that pointless now we've seen the first half? What was the code for the returning-player discount again? Ah wait, found it in your October email - ENCORE10.

So really just the first question!

Naomi"""),
      ag("nell", "11-19 09:00", """Hi Naomi,

Thirty seconds - ouch! Replaying Midnight Carnival isn't pointless, but you'd race through the bits you know and the actor would struggle to surprise you. Honestly, I'd go for the Alchemist's Attic instead: same designers, same level of fiendishness, and four is the perfect number for it. ENCORE10 works on either.

Nell""")),

    C("l49-loughran-toned-down", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Kate Loughran <kate.loughran@example.org>", "apple", "Midnight Carnival for a 16th birthday",
      "Parents watching answered; toning the actor down promised 'by Thursday' and never confirmed; the mother chases and is still waiting.",
      cu("11-10 17:00", """Hello,

My daughter is turning 16 on the 28th and desperately wants to do Midnight Carnival with five friends. She's the brave one; a couple of her friends really aren't. Is it possible to tone down the actor for a group like that? And could the parents watch on the cameras?

Kate Loughran"""),
      ag("jess", "11-10 17:45", """Hi Kate,

Parents are welcome to sit in the control room with the game master and watch - it's often the best seat in the house. Toning the actor down is something our game-master team decides case by case; I'll confirm with them by Thursday what they can do for your group.

Jess""", promises=[("11-12", None)]),
      cu("11-17 08:20", """Hi Jess,

Any update on whether the actor can be toned down? The party is on the 28th and I need to book something this week, Midnight Carnival or not.

Kate""", chase=True)),

    C("l50-finchley-revised-quote", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Hugo Blackwood <hugo.blackwood@finchley-partners.example>", "outlook", "Revised quote - 30 instead of 24",
      "Revised quote promised 'tomorrow' by one agent, sent by a colleague a day late (missed); the split invoice is never addressed.",
      cu("11-16 09:00", """Hi Callum,

Our numbers for 10 December have gone up from 24 to 30. Can you still fit everyone in at the same time? Please send a revised quote. Can the invoice also be split between two departments - 18 places to Consulting and 12 to Audit?

Hugo Blackwood
Finchley Partners""", uq=1),
      ag("callum", "11-16 11:00", """Hi Hugo,

Yes, 30 is fine - we'll add a fourth game at Old Mill, five minutes' walk away, starting at the same time as the three at Harbourside. I'll send the revised quote tomorrow.

Callum""", promises=[("11-17", 3)]),
      ag("priya", "11-18 10:15", """Hi Hugo,

Callum asked me to send over the revised quote: attached, 30 places on Thursday 10 December at 2pm across four rooms, £25 per head, £750.00 in total.

Best,
Priya""", attach=[("application/pdf", "Lockstep-Q-1126-029-rev2.pdf", HUGO_QUOTE_PDF)])),

    C("l51-marsh-same-day", "en", "pending", {"customer-chased": 1},
      "Leon Marsh <leon.marsh@example.com>", "iphone", "Room for tonight?",
      "Same-day request; 'Sorry to nag - has anyone seen this?' three hours later; a cancellation slot offered with a booking link; thanks-only.",
      cu("11-19 12:10", """Hi, is there any chance of a room for 4 tonight, anything after 7? Online says fully booked but thought I'd ask in case of cancellations.

Leon

Sent from my iPhone"""),
      cu("11-19 15:45", """Sorry to nag - has anyone seen this? Need to sort something out for tonight.

Leon

Sent from my iPhone""", chase=True, parent=1),
      ag("nell", "11-19 16:05", """Hi Leon,

Sorry, only just seen this! We've had a cancellation in the Lighthouse Keeper at 7.45pm, and I've put it on hold under your name for an hour. Book here to confirm: https://lockstepescape.example/book?room=lighthouse&slot=1945&hold=MARSH

Nell"""),
      cu("11-19 16:20", """Booked, legend. Thanks!

Sent from my iPhone""", thanks=True)),

    C("l52-dunmore-stag", "en", "closed", {"unanswered-question": 2},
      "Craig Dunmore <craig.dunmore@example.net>", "gmail", "Stag do 12 lads - Sat 12 Dec",
      "Four one-line questions; group size and a bar answered in one paragraph, the groom's forfeit and arriving after drinks skipped.",
      cu("11-08 11:30", """Alright,

Organising a stag do for 12 of us on Saturday 12 December. Few questions:

Can you fit 12 of us in at once, or will we need two rooms?
Is there a bar on site where we can wait for each other?
Can the groom get a "special" challenge, like a forfeit if his team loses?
We'll have had a couple of drinks at lunch - is that going to be a problem?

Cheers
Craig""", uq=2),
      ag("nell", "11-09 09:10", """Hi Craig,

Twelve is two rooms: I'd do Midnight Carnival and the Clockmaker's Study side by side at Old Mill, six in each, starting together. There's a bar in the Old Mill lounge, open from noon on Saturdays, so the first team out can get the round in.

Nell""")),

    C("l53-dutta-sunday", "en", "pending", {"unanswered-question": 1},
      "Anjali Dutta <anjali.dutta@example.org>", "gmail", "Sunday 29th - late afternoon",
      "Asked for the last start time on a Sunday, the reply gives the Sunday opening time (a neighbouring answer); baby changing answered.",
      cu("11-16 18:00", """Hi,

We're thinking of coming on Sunday 29th, four adults, but we have lunch with my in-laws first so it would be late afternoon at the earliest. What time does the last game start on a Sunday? And do you have baby changing facilities? My sister-in-law may bring the baby along to watch.

Best,
Anjali""", uq=1),
      ag("nell", "11-17 09:00", """Hi Anjali,

On Sundays we open at 10am, and the Sunken Library and Cipher Station are both good choices for four. There's a baby-changing table in the accessible toilet at Harbourside, and the lounge has a sofa corner that's fine for a pram.

Nell""")),
]

UNANSWERED: dict[str, list[str]] = {
    "l02-quayside-legal-teamday": [
        "We'd also need the booking invoiced to our finance team at payables@quaysidelegal.example rather than paid by card on the day."],
    "l04-mbeki-wheelchair": [
        "And is there parking close to the entrance, ideally a disabled bay?"],
    "l05-northgate-quote": [
        "Do you have a room where we can do a short presentation before the games?"],
    "l07-thornbury-hen-do": [
        "Is it ok if we come in fancy dress, we'll probably be dressed as sailors.",
        "Do you have lockers or somewhere we can leave bags and sashes?"],
    "l09-marchetti-anniversaire": [
        "Je voudrais aussi savoir si vous proposez une formule goûter avec gâteau et boissons après le jeu."],
    "l10-brisa-estudiantes": [
        "¿Las dos profesoras tienen que entrar a jugar o pueden esperar fuera?"],
    "l16-vogt-teamevent": [
        "Die Rechnung muss bitte an unsere deutsche Zentrale gehen, mit unserer USt-IdNr. DE287554120."],
    "l20-corrigan-tall-friend": [
        "is it OK for someone that tall, or will he be bent double the whole hour?"],
    "l29-hillfields-year6": [
        "Are your staff DBS checked?",
        "Finally, is there anywhere a coach can drop off and wait near the Old Mill site?"],
    "l34-tecnosur-factura": [
        "Además, necesitamos que la factura salga a nombre de TecnoSur Iberia S.L., con CIF B-41928374, y no a mi nombre."],
    "l35-dubois-bon-cadeau": [
        "Enfin, est-ce que je peux régler par virement bancaire plutôt que par carte ?"],
    "l36-lindner-begleitperson": [
        "Und muss die Begleitperson den vollen Preis zahlen?"],
    "l40-cobaltpay-early-start": [
        "Could you also send the menu from the pizza place you mentioned on the phone?"],
    "l42-brennan-watts-twins": [
        "do you do party bags, or should we bring our own?"],
    "l43-ellery-long-paragraph": [
        "it would be helpful to know whether there is a reduction for pensioners."],
    "l45-orbit-invoice-eod": [
        "Also, please remove my personal mobile number from the booking and use the office line instead (0117 496 0233)."],
    "l47-clearpath-facilitator": [
        "Would you be able to give me a recording of the session afterwards?",
        "Do you have a breakout room I could use for a 45-minute debrief after the game?"],
    "l50-finchley-revised-quote": [
        "Can the invoice also be split between two departments - 18 places to Consulting and 12 to Audit?"],
    "l52-dunmore-stag": [
        "Can the groom get a \"special\" challenge, like a forfeit if his team loses?",
        "We'll have had a couple of drinks at lunch - is that going to be a problem?"],
    "l53-dutta-sunday": [
        "What time does the last game start on a Sunday?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"LK-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts.

    Options of a spec: ``parent`` (number of the spec replied to; 0 = a new message),
    ``refs`` (spec numbers for an explicit References list, e.g. with a gap), ``thread``,
    ``quote``, ``kind``, ``cte``, ``attach``, ``cc``, ``to``, ``frm``, ``subject``, ``client``,
    ``tz`` and the facts ``uq``, ``chase``, ``thanks``, ``closes``, ``promises``."""
    msgs: list[Msg] = []
    by_no: dict[int, Msg] = {}
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=BOOKINGS, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            replying_to = by_no.get(int(parent.rpartition(".")[2])) if parent else None
            default_to = replying_to.frm if replying_to is not None and replying_to.role == "agent" else BOOKINGS
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", default_to),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]
        if not m.subject:
            prefix = REPLY_PREFIX.get(m.client, "Re: ")
            m.subject = o.pop("subject", prefix + case.subject if parent else case.subject)
        o.pop("subject", None)
        if parent and o.pop("quote", True) and "{quote}" not in body:
            body = body.rstrip("\n") + "\n\n{quote}"
        o.pop("quote", None)
        if o:
            raise ValueError(f"{key}: unknown options {sorted(o)}")
        m.body = body
        m.extra = extra
        if spec.role in ("customer", "agent"):
            last_human = key
        by_no[i] = m
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
    for name in UNANSWERED:
        if name not in names:
            out.append(f"UNANSWERED names an unknown case {name}")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 99: Lockstep Escape Rooms - cases",
                                 "make_practice99_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures of the corpus (computed) and what it contains."""
    msgs = [m for c in cases for m in c.msgs]
    role = Counter(m.role for m in msgs)
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    status = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    lang_text = ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    rules_text = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    return f"""# Practice corpus 99: Lockstep Escape Rooms support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Lockstep Escape Rooms**, an escape-room company with two sites in Bristol -
  Harbourside (ground floor, step-free: Cipher Station, The Sunken Library, and The
  Lighthouse Keeper, which has a ladder) and Old Mill (Clockmaker's Study, Midnight Carnival
  with a live actor, 16+, Pharaoh's Vault for families, the low-ceilinged Alchemist's Attic).
  Bookings for friends and families, corporate team days and private hire, children's
  birthday parties, school, language-school and charity groups, gift vouchers and balances,
  refunds and invoices, and accessibility questions. Support address
  `bookings@lockstepescape.example`; agents Nell Okafor (bookings), Callum Reid (corporate
  and group events), Priya Anand (accounts and gift vouchers), Jess Harlow (venue manager and
  accessibility lead), Lukas Brenner (German), Camille Roux (French) and Lucía Ferrer
  (Spanish), all `@lockstepescape.example`. A helpdesk robot (`bookings@`, `Auto-Submitted:
  auto-replied`) acknowledges a few mails with "we will reply within 24 hours" -
  service-hours text, not a commitment.
- Customers are parents, friends organising hen and stag dos, office and HR managers,
  teachers, a charity coordinator, a coach, tourists and expats on `*.example` and
  example.com/.org/.net domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain lockstepescape.example`.

```
python scripts/make_practice99_corpus.py                  # regenerate (deterministic, stdlib only)
python scripts/make_practice99_corpus.py --out /tmp/p99   # ... into another folder
python scripts/evaluate.py --corpus tests/practice99      # accuracy of the current tool
python -m pytest -q tests/test_practice99_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing;
a question deferred with a promise counts only as that promise). `CASES.md` is the generated
per-case table. This README is generated too: edit the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

- {len(cases)} cases, {len(msgs)} messages: {role['customer'] + role['auto']} in the inbox ({role['customer']} customer
  mails, {role['auto']} customer out-of-office reply), {role['agent']} support replies, {role['ack']} helpdesk
  acknowledgements.
- {len(clean)} clean cases ({round(100 * len(clean) / len(cases))} %).
- Languages: {lang_text}.
- Statuses: {status['closed']} closed, {status['pending']} pending, {status['open']} open.
- Expected findings: {rules_text}.
- Unanswered questions in {uq_cases} cases; chasing in {chased_cases} cases.

**Answered questions (not labelled).** Most customer mails ask two to four things, as direct
questions, indirect ones ("I was wondering whether we would be locked in...", "My eldest has
asked whether...", "Je voudrais aussi savoir si..."), requests without a question mark
("Please add PO 44817 and reissue the invoice.", "Bitte teilen Sie mir außerdem mit, ob...")
and questions inside one long paragraph (l07, l43). Replies answer in their own words and
often out of order: one paragraph covering a numbered list (l01), inline under each quoted
question with a bare price (l13), only links (l46), an attachment (l12 reissued invoice, l28
team photo, l29 risk assessment), "from two players" for "can three of us book" (l37), a date
change done ("Hecho: ... a las 17:00", l34; "Done - you're now at 5pm", l41), after a chase
(l19, l30, l31, l32, l44, l51) or by a colleague (l21, l25, l50).

**Unanswered questions (labelled)** are the realistic kind: a request in its own paragraph
the reply never touches (invoicing to finance l02, VAT ID and head-office invoice l16, the
company name and CIF l34, the office phone number l45, splitting the invoice l50), the last
of a list (l35, l47, l52), a question in a follow-up after the booking seemed settled (l20),
the third indirect question of a long paragraph (l43 pensioners' reduction), a neighbouring
answer (l53: asked the last start time on a Sunday, told the Sunday opening time).

**Not questions (must not be flagged):** a rhetorical question and a self-answered one ("What
was his name again... actually never mind, it's on the receipt", l28; the discount code found
in an old email, l48), a pleasantry ("Hope you're all surviving the Christmas party
season?", l48), questions inside a forwarded booking confirmation of an HTML-only mail (l41),
a signature with "Need a tax return sorted?" and a `?` URL (l28), support signatures with
"Planning a team day?" / "Need our access guide?" and `?` URLs, thanks-only mails (l01, l04,
l06, l18, l24, l39, l51), questions in a latest mail nobody has answered yet (l11, l23, l33,
l49: awaiting-reply territory).

**Commitments:** kept on time by the same agent (l18 "te confirmo mañana") or by a colleague
(l21 "she'll email you tomorrow", l25 "he'll email you a quote tomorrow"); kept late =
missed (l05 "by Thursday" -> Monday after a chase, l30 "by Friday" -> ten days later, l31
"melde mich morgen" -> a week later, l50 "tomorrow" -> the day after by a colleague); never
kept (l10 "le escribo el jueves", l14 "get back to you" without a deadline = 2-day window,
l16 "bis Mittwoch", l35 "je reviens vers vous d'ici mardi", l40 "early next week", l45 "by end
of day", l49 "by Thursday"); a deadline still ahead at audit time (l26, Tuesday 24
November). Not commitments: holds ("I've pencilled the rooms in for you until Friday", "Je
vous bloque ce créneau jusqu'au 27 novembre"), the automatic reminder email and the game
master meeting the group at the door (l27), the acknowledgement's service-hours text.

**Chasing** in varied words and languages: "Just checking in on the quote", "I still haven't
received anything", "Any news on the balance?", "This is my third email ... I'm still
waiting", "gibt es schon etwas Neues ...?", "Je me permets de vous relancer", "Sorry to nag
- has anyone seen this?", "Any update on whether ...?", "Following up on the below", and a
word-for-word resend of an unanswered mail as a new message with the same subject (l19).
l30 chases twice (count 2).

**Status and timing:** awaiting reply (l11, l33, l49), a fresh case with only the
acknowledgement inside the response target (l23), slow first responses (Friday evening ->
Monday, l24; the chased l19, l32, l44), an explicit close "I'll mark this ticket as resolved"
followed by a new question (l22), three agents on one case (l21).

**Mail variety:** Gmail (en/de/es attribution lines), Outlook desktop (en/de), Outlook on the
web, Outlook for Android, Apple Mail (en/fr), iPhone, Thunderbird (en/de); top-posted and
inline replies; plain 7bit, quoted-printable, base64 (l36, l42), multipart/alternative (l04,
l26, l40, acknowledgements), HTML-only (l41); PDF and PNG attachments (quotes, invoices, a
booking form and its signed copy, a risk assessment, a team photo); Cc (l02); a customer's
out-of-office reply with `X-Autoreply` (l15); a chaser that lost In-Reply-To/References
(l44); a References gap (l30); customers replying to their own mail to chase (l11, l32, l51).

## Judgement calls

- **Deferral is not an unanswered question** (l05, l10, l14, l16, l18, l21, l25, l30, l31,
  l35, l40, l45, l49, l50): the question deferred with a promise is labelled only through
  `missed-follow-up` when the promise is broken. Questions next to the deferred one that the
  reply does not touch are labelled (l10 the teachers, l16 the invoice, l35 bank transfer, l40
  the pizza menu, l45 the phone number).
- **l05**: the quote promised "by Thursday" is sent on Monday after the chase: missed. The
  presentation-room question is not touched by either reply: unanswered.
- **l07**: "Is it ok if we come in fancy dress, we'll probably be dressed as sailors." has no
  question mark but is a question; the bag-storage question is the last of the paragraph.
  Both skipped.
- **l20**: "Splitting the bill is fine" answers the payment question only; the question about
  the tall friend in the same mail is unanswered.
- **l24**: the customer relays his son's question ("My eldest has asked whether the Midnight
  Carnival would be too much for his little brother") - an indirect question, answered
  ("that one's out with a 12-year-old").
- **l30**: Peter's second chase references only his first mail and his own first chase (a
  References gap); both chases count.
- **l50**: Callum's "I'll send the revised quote tomorrow" is kept by Priya a day late -
  missed; the split-invoice question is never addressed.
- **l53**: the opening time on Sundays does not tell the customer the last start time on a
  Sunday - labelled unanswered.

## Independence

Written from the helper brief, /work/shared/report-contract.md (rules, status),
tests/eval/README.md (format and conventions), scripts/mailcraft.py,
scripts/make_practice24_corpus.py and tests/test_practice24_corpus.py (structure only; the
company, people, stories and wording are new), and the helper names in tests/corpusfiles.py.
Not opened: anything under `happyaudit/`, the README's sections on method, accuracy and weak
points, any other test or corpus. All labels were fixed before the single evaluation run and
none was changed after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.lockstepescape.example")
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
    """Command line: regenerate tests/practice99 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
