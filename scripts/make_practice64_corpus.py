#!/usr/bin/env python3
"""Regenerate ``tests/practice64/``: a labelled corpus of Foxglove Recording Studios.

A support mailbox of a fictional London recording studio (studio hire by the hour and by the
day, engineers, mixing and mastering orders, rehearsal rooms, backline hire, file delivery,
invoices, cancellations), written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``foxglovestudios.example``.

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

Usage: python scripts/make_practice64_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "foxglovestudios.example"
DESK = "Foxglove Bookings <bookings@foxglovestudios.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nell": ("Nell Ashdown <nell@foxglovestudios.example>", "gmail", """--
Nell Ashdown
Bookings Manager | Foxglove Recording Studios
14 Gorse Lane, London N16 | 020 7946 0752
Check availability: https://foxglovestudios.example/calendar?ref=sig"""),
    "dev": ("Devraj Kaur <dev@foxglovestudios.example>", "outlook", """Devraj Kaur
Head Engineer - Mixing & Mastering | Foxglove Recording Studios
Sending files? Use https://foxglovestudios.example/upload?project=new - please never email WAVs."""),
    "pip": ("Pippa Lorimer <pippa@foxglovestudios.example>", "owa", """Pippa Lorimer
Accounts | Foxglove Recording Studios
Foxglove Recording Studios Ltd, registered in England No. 08812345. This email and any
attachments are confidential; if you received it in error, please tell us and delete it."""),
    "cass": ("Cassius Obi <cass@foxglovestudios.example>", "apple", """Cass Obi
Rehearsal Rooms & Backline | Foxglove Recording Studios
https://foxglovestudios.example/backline?from=email"""),
    "lena": ("Lena Vogt <lena@foxglovestudios.example>", "thunderbird_de", """-- 
Lena Vogt
Kundenbetreuung (Deutsch) | Foxglove Recording Studios
https://foxglovestudios.example/de?ref=signatur"""),
    "amelie": ("Amélie Roux <amelie@foxglovestudios.example>", "apple_fr", """Amélie Roux
Réservations (français) | Foxglove Recording Studios
+44 20 7946 0755"""),
    "rocio": ("Rocío Méndez <rocio@foxglovestudios.example>", "gmail_es", """--
Rocío Méndez
Reservas (español) | Foxglove Recording Studios
https://foxglovestudios.example/es?utm_source=email"""),
}

ACK = {
    "en": """Hi,

Thanks for getting in touch with Foxglove Recording Studios. This is an automated
reply to let you know we've received your message (reference {ref}). The bookings
desk is open Monday to Saturday, 10am-7pm, and we will reply within 24 hours.

If your session starts within the next two hours, please call 020 7946 0752.

Foxglove Recording Studios
https://foxglovestudios.example/help?ticket={ref}""",
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
    "oldclient": ["X-Mailer: Eudora 7.1.0.9"],
    "helpdesk": ["X-Mailer: Foxglove Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="fx.", outlook_server="AM6PR1")
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
# Cases
# --------------------------------------------------------------------------------------

QUOTE_EP_PDF = mailcraft.pdf(["Foxglove Recording Studios - Quotation Q-2611-017",
                              "Client: Brightwater Records - Marisol Keane EP (6 tracks)",
                              "Digital master, 6 tracks: GBP 330",
                              "Vinyl premaster and lacquer cut, sides A and B: GBP 360",
                              "Total GBP 690 + VAT. Valid until 31 December 2026"])
QUOTE_LIVE_PDF = mailcraft.pdf(["Foxglove Recording Studios - Quotation Q-2611-009",
                                "Client: Luca Marchetti - live album, 14 tracks, 71 min",
                                "Mastering for CD (DDP) and streaming: GBP 560 + VAT",
                                "Delivery within 10 working days of receiving the files"])
QUOTE_BLOCK_PDF = mailcraft.pdf(["Foxglove Recording Studios - Quotation Q-2611-031 (rev. 2)",
                                 "Client: Quintessential - Studio A, 11-15 January 2027",
                                 "Studio A with engineer, 5 days: GBP 2,100",
                                 "Assistant engineer, 5 days: GBP 550",
                                 "Total GBP 2,650 + VAT"])
INVOICE_MORROW_PDF = mailcraft.pdf(["Foxglove Recording Studios Ltd - Invoice FX-2291 (reissued)",
                                    "To: Morrow Pictures Ltd, 3 Canal Wharf, Leeds LS11 5PS",
                                    "VAT no. GB 294 7711 06",
                                    "Voiceover session 10 November 2026, 6 h: GBP 540 + VAT"])
INVOICE_IRONBARK_PDF = mailcraft.pdf(["Foxglove Recording Studios Ltd - Invoice FX-2207",
                                      "To: Ironbark Films - ADR sessions",
                                      "12, 13 and 19 October 2026, Studio C: GBP 1,260 + VAT"])
INVOICE_QUILL_PDF = mailcraft.pdf(["Foxglove Recording Studios Ltd - Invoice FX-2273 (corrected)",
                                   "To: Jamie Quill - Studio B, 4 November 2026",
                                   "10 hours at GBP 38: GBP 380 + VAT"])
INVOICE_BERGMANN_PDF = mailcraft.pdf(["Foxglove Recording Studios Ltd - Rechnung FX-2254-K",
                                      "Bergmann Verlag - Hoerbuchaufnahme 5. November 2026",
                                      "8 Stunden Studio C mit Toningenieur: GBP 440"])
INVOICE_PENHALLOW_PDF = mailcraft.pdf(["Foxglove Recording Studios Ltd - Invoice FX-2188",
                                       "VAT registration GB 318 4402 77",
                                       "To: Penhallow Audio - Studio A, 28 October 2026",
                                       "GBP 420 + VAT 84 = GBP 504"])
CREDIT_PDF = mailcraft.pdf(["Foxglove Recording Studios Ltd - Gutschrift GS-0117",
                            "Hoffmann Events GmbH - Anzahlung Session 28.11.2026 (storniert)",
                            "GBP 200, verrechenbar mit der naechsten Buchung"])
CONFIRM_AMBER_PDF = mailcraft.pdf(["Foxglove Recording Studios - Booking confirmation FX-B-8790",
                                   "Amberlight - Studio B with engineer Tom Fairley",
                                   "14-15 November 2026, 10:00-20:00"])
CONFIRM_ROWAN_PDF = mailcraft.pdf(["Foxglove Recording Studios - Booking confirmation FX-B-8812",
                                   "Sophie Rowan - Studio B (corrected)",
                                   "Saturday 21 November 2026, 10:00-20:00"])
ONBOARDING_PDF = mailcraft.pdf(["Northlight Agency Ltd - New supplier form",
                                "Supplier name: ____  Bank details: ____  VAT no.: ____",
                                "Please return signed to procurement@northlight-agency.example"])
PEDAL_PNG = mailcraft.png(10, 8, lambda x, y: (250 - 6 * y, 215 - 4 * x, 40))

CASES: list[Case] = [
    C("f01-halfmoon-day-rate", "en", "closed", {},
      "Rory Vance <rory@halfmoonparade.example>", "gmail", "Studio A for a day - a few questions",
      "Four questions in one paragraph (rate, engineer, own kit, parking) answered out of order in one reply; thanks-only close.",
      cu("11-02 09:20", """Hey Foxglove,

We're Halfmoon Parade, a four-piece from Walthamstow, and we're finally recording our first proper single. Couple of questions before we commit:

What's the day rate for Studio A? Does that include an engineer, or is that extra? Our drummer would rather play his own kit - is that ok, or do we have to use the house one? And is there anywhere to park a van nearby?

Cheers,
Rory"""),
      ag("nell", "11-02 11:05", """Hi Rory,

Congrats on the single! Bring whatever kit your drummer likes - the house Gretsch is there if he changes his mind. Studio A is £420 for a ten-hour day with one of our engineers at the desk, so there's nothing on top. You can load in and park the van in our yard off Gorse Lane; there's room for two vehicles.

Nell"""),
      cu("11-02 11:30", """Amazing, thanks Nell. Will talk to the others and book this week.

Rory""", thanks=True)),

    C("f02-ostrander-mix-stems", "en", "closed", {"unanswered-question": 1},
      "Helen Ostrander <helen.ostrander@ostrandermusic.example>", "outlook", "Mixing order - 'Paper Lanterns'",
      "Three listed questions about a mixing order; revisions and turnaround answered, the stems request skipped.",
      cu("11-03 14:00", """Hello,

I'd like to order a mix of my track 'Paper Lanterns' (42 tracks, recorded at home in Logic, 96 kHz). A few things I couldn't find on the website:

How many rounds of revisions are included in the price?
Could you also deliver the stems alongside the stereo mix?
What is the usual turnaround at the moment?

Best regards,
Helen Ostrander""", uq=1),
      ag("dev", "11-03 16:40", """Hi Helen,

Thanks for choosing us. Right now I'm turning mixes around in about eight working days from when I receive the files. You get three rounds of tweaks included; anything beyond that is £35 a round.

Please send the multitracks through the upload page in my signature - consolidated WAVs from bar 1, please.

Kind regards,
Dev""")),

    C("f03-larkspur-room-two", "en", "closed", {},
      "Toby Larkin <toby@larkspur-band.example>", "thunderbird", "Room 2 on Saturdays",
      "Three rehearsal-room questions answered inline under the quoted lines, one with a single word.",
      cu("11-04 19:45", """Hi,

We're looking at Room 2 for a run of Saturday rehearsals before our tour. Three quick ones:

Is there a PA in Room 2 or do we bring our own?
Can we leave our gear there overnight between Saturday and Sunday?
What's the latest we can finish on a Saturday?

Thanks,
Toby (Larkspur)"""),
      ag("cass", "11-05 10:10", """Hi Toby,

> Is there a PA in Room 2 or do we bring our own?

There is - two QSC K12s, a sub and an 8-channel Yamaha desk, plus four SM58s.

> Can we leave our gear there overnight between Saturday and Sunday?

You can, in the locked cage at the back of the room. £10 a night, and it's insured.

> What's the latest we can finish on a Saturday?

Midnight.

Cass""", quote=False)),

    C("f04-brightwater-ep-quote", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Sunil Batra <sunil@brightwater-records.example>", "gmail", "Mastering quote - 6 track EP",
      "Quote promised 'by Wednesday' arrives the next Monday after a chase (missed); whether the label can attend the session is never addressed.",
      cu("11-09 10:05", """Hi there,

We've got a six-track EP by Marisol Keane coming out on Brightwater in February and we'd like you to master it - digital and a 12" vinyl cut. Could you send me a quote for both? Also, can we attend the mastering session, or is it unattended only?

Best,
Sunil Batra
A&R, Brightwater Records""", uq=1),
      ag("dev", "11-09 13:20", """Hi Sunil,

Thanks for thinking of us for Marisol's EP. The vinyl cut depends on the side lengths, so let me work out the numbers properly - I'll send you a quote by Wednesday.

Kind regards,
Dev""", promises=[("11-11", 4)]),
      cu("11-13 09:40", """Hi Dev,

Any news on that quote? We need to book the pressing plant next week.

Sunil""", chase=True),
      ag("dev", "11-16 11:00", """Hi Sunil,

Apologies for the delay - quote attached. A digital master of all six tracks plus a vinyl premaster and lacquer cut for both sides comes to £690 + VAT.

Kind regards,
Dev""", attach=[("application/pdf", "Foxglove-Q-2611-017.pdf", QUOTE_EP_PDF)])),

    C("f05-kessler-backline", "de", "closed", {},
      "Jonas Kessler <jonas.kessler@kessler-trio.example>", "gmail_de", "Backline für den 12. November",
      "A German trio flying in asks about three pieces of backline; all answered in one paragraph; thanks-only close.",
      cu("11-02 20:15", """Hallo zusammen,

wir sind am 12. November mit dem Kessler Trio bei euch in Studio B und fliegen aus Köln ein, können also kaum eigenes Equipment mitbringen. Habt ihr einen Ampeg SVT oder etwas Vergleichbares für den Bass? Gibt es einen Fender Twin oder Deluxe für die Gitarre? Und sind beim Hausschlagzeug Becken dabei, oder sollte unser Drummer seine eigenen mitbringen?

Viele Grüße
Jonas"""),
      ag("lena", "11-03 09:30", """Hallo Jonas,

das lässt sich alles machen. Für den Bass steht ein Ampeg SVT-CL mit 8x10-Box in Studio B, für die Gitarre wahlweise ein '65 Twin Reverb Reissue oder ein Deluxe Reverb. Becken sind dabei (Zildjian K: Hi-Hat, Crash, Ride) - viele Drummer bringen trotzdem ihre eigenen mit, nötig ist das aber nicht.

Alles ist im Tagespreis enthalten.

Viele Grüße
Lena"""),
      cu("11-03 10:45", """Super, danke Lena! Dann bis zum 12.

Jonas""", thanks=True), tz=1),

    C("f06-morrow-invoice-details", "en", "pending", {"unanswered-question": 1},
      "Gemma Morrow <accounts@morrowpictures.example>", "outlook", "Invoice FX-2291 - company details",
      "Invoice reissued to the company as a PDF; the request to pay in two instalments is not mentioned.",
      cu("11-16 10:30", """Hello,

Invoice FX-2291 for the voiceover session on 10 November has been made out to me personally. Please reissue it to Morrow Pictures Ltd, 3 Canal Wharf, Leeds LS11 5PS, VAT number GB 294 7711 06. Is it possible to split the payment into two instalments? It's a larger amount than we budgeted for this month.

Kind regards,
Gemma Morrow
Finance Assistant, Morrow Pictures Ltd""", uq=1),
      ag("pip", "11-16 14:45", """Dear Gemma,

Attached is the reissued invoice, now addressed to Morrow Pictures Ltd with your VAT number. The amount and due date are unchanged.

Best wishes,
Pippa""", attach=[("application/pdf", "FX-2291-reissued.pdf", INVOICE_MORROW_PDF)])),

    C("f07-juniper-cancel", "en", "closed", {},
      "Abi Juniper <abi@juniperandthefox.example>", "iphone", "Cancelling 21 November",
      "Cancellation with two questions (refund? how long?) answered in one sentence; explicit close; thanks-only reply.",
      cu("11-05 08:15", """Hi Nell,

Really sorry but we have to cancel our day in Studio B on Saturday 21st, our singer has broken her wrist. Do we get the deposit back? And if so how long does it usually take?

Abi

Sent from my iPhone"""),
      ag("nell", "11-05 09:40", """Hi Abi,

Oh no, please send her our best. As you've given us more than seven days' notice, the full £120 deposit comes back to you - I've put the refund through this morning and it normally shows up in 3-5 working days.

I'll mark this one as resolved, but just reply if you'd like to rebook once she's healed.

Nell""", closes=True),
      cu("11-05 09:52", """Thank you so much, that's a relief x

Sent from my iPhone""", thanks=True)),

    C("f08-delacroix-lien-expire", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Camille Delacroix <camille.delacroix@example.fr>", "apple_fr", "Fichiers du mixage - lien expiré",
      "A new download link in WAV promised 'd'ici demain' comes four days later, after a chase.",
      cu("11-12 10:20", """Bonjour,

Le lien de téléchargement pour les mixages de notre album (projet « Les Heures Creuses ») a expiré avant que notre label ait pu tout récupérer. Pourriez-vous nous le renvoyer ? Et si possible en WAV 24 bits / 48 kHz plutôt qu'en MP3, c'est ce que demande le distributeur.

Merci d'avance,
Camille Delacroix"""),
      ag("amelie", "11-12 11:05", """Bonjour Camille,

Je vois avec Dev pour réexporter les fichiers au bon format et je vous renvoie un lien d'ici demain.

Bien cordialement,
Amélie""", promises=[("11-13", 4)]),
      cu("11-17 09:10", """Bonjour Amélie,

Je reviens vers vous au sujet du lien : nous n'avons toujours rien reçu, et le distributeur attend les fichiers pour vendredi.

Camille""", chase=True),
      ag("amelie", "11-17 10:30", """Bonjour Camille,

Toutes mes excuses pour ce retard. Voici le nouveau lien, valable 30 jours : https://foxglovestudios.example/dl/heures-creuses-wav48?token=8c1f2a
Tous les titres sont en WAV 24 bits / 48 kHz.

Bien cordialement,
Amélie"""), tz=1),

    C("f09-sundial-vocal-hours", "en", "open", {"awaiting-reply": 1},
      "Priya Sundaram <priya.s@sundialvoice.example>", "gmail", "Hourly booking for vocals",
      "Three questions about an hourly vocal booking; only the helpdesk acknowledgement has answered.",
      cu("11-18 12:40", """Hello,

I'm a session singer and need to track backing vocals for a client's single, probably 3-4 hours. Do you book the vocal booth by the hour, and is there a minimum? I'd also need someone to run the session as I'm not an engineer. Could you let me know what next Thursday or Friday look like?

Thanks,
Priya"""),
      ack("11-18 12:41")),

    C("f10-redfern-hard-drive", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 2, "slow-first-response": 1},
      "Callum Redfern <callum.redfern@example.net>", "android", "Hard drive left in Studio B + invoice",
      "Friday mail about a lost drive and an invoice copy, chased twice; Tuesday's reply is about the drive only.",
      cu("11-06 16:30", """Hi,

I think I left a black LaCie rugged drive in Studio B after our session on Thursday - it's got my whole back catalogue on it. Could someone check if it's there? Also, could you send me the invoice for Thursday again, I can't find it in my inbox.

Callum""", uq=1),
      cu("11-09 09:15", """Hi, just following up on my email from Friday about the hard drive. Really worried about it.

Callum""", chase=True),
      cu("11-10 08:50", """Hello?? Still haven't heard anything. Is anyone reading this inbox?

Callum""", chase=True),
      ag("nell", "11-10 10:20", """Hi Callum,

So sorry for the silence - we had a staff day on Monday and your mails got buried. Good news: the drive was handed in by our cleaner and it's in the office safe with your name on it. You can pick it up any day between 10am and 7pm.

Nell""")),

    C("f11-amberlight-engineer", "en", "closed", {},
      "Marta Quill <marta@amberlight.example>", "apple", "Booking Tom for two days",
      "Availability, rate and DAW (an indirect question) answered together; the booking request answered with 'Done' and a PDF.",
      cu("11-02 13:00", """Hi Dev,

We loved working with Tom on the last record. Is he around on 14 and 15 November? What's his day rate these days? We've moved over to Logic since then, so I was also wondering whether he'd be happy working in Logic or if it has to be Pro Tools.

Marta"""),
      ag("dev", "11-02 15:20", """Hi Marta,

Good to hear from you! Tom's free both days and his rate is £280 a day on top of the room. He runs Pro Tools himself, but bring your Logic sessions and he'll open them in Logic on the B-room Mac - he's fine either way.

Kind regards,
Dev"""),
      cu("11-02 15:45", """Perfect. Please book him for both days, Studio B if it's free.

Marta"""),
      ag("dev", "11-02 16:30", """Done - Tom and Studio B are booked for 14-15 November, 10am-8pm. The confirmation is attached.

Dev""", attach=[("application/pdf", "FX-B-8790-confirmation.pdf", CONFIRM_AMBER_PDF)])),

    C("f12-vantage-mastering-brief", "en", "pending", {"unanswered-question": 2},
      "Ade Okonkwo <ade@vantagerecords.example>", "outlook", "Mastering - Vantage Records VNT014",
      "Four questions and requests in one long paragraph; vinyl and loudness answered at length, reference format and invoice addressee skipped.",
      cu("11-17 11:00", """Hi Dev,

Following our call, here's the brief for VNT014 (Lowlight - 'Meridian', 9 tracks). We're releasing on streaming first and then on vinyl in spring, so I'd like to know whether you can do a separate vinyl master as part of the same job or whether that's a second order. The band are nervous about loudness after the last record got squashed - what level do you usually aim for on streaming masters? I've got three reference tracks picked out. Do you want the reference tracks as WAVs or is a Spotify link fine? Please make the invoice out to Vantage Records Ltd rather than to me personally, our accountant is strict about that.

Thanks,
Ade Okonkwo
Label Manager, Vantage Records""", uq=2, kind="alt"),
      ag("dev", "11-17 15:10", """Hi Ade,

Thanks for the brief. The vinyl master is part of the same job - I do the streaming master first and then a dedicated vinyl version with less limiting and the sibilance tamed, and it's included in the album price.

On loudness: I don't chase numbers. Most of my streaming masters end up around -10 to -9 LUFS integrated, but it's set by what the music needs, and I'll send you a version at a gentler level if the band prefer.

Kind regards,
Dev""")),

    C("f13-grunewald-monatsmiete", "de", "closed", {"missed-follow-up": 1},
      "Felix Grunewald <felix@grunewald-kollektiv.example>", "outlook_de", "Proberaum monatlich mieten?",
      "Monthly rehearsal-room rental deferred with 'Ich melde mich bis Donnerstag'; nothing follows.",
      cu("11-03 09:00", """Guten Tag,

unser Kollektiv (fünf Leute, Jazz/Elektronik) sucht ab Januar einen festen Proberaum. Vermieten Sie Räume auch monatlich, also mit eigenem Schlüssel und eigenem Equipment im Raum? Und was würde das ungefähr kosten?

Mit freundlichen Grüßen
Felix Grunewald"""),
      ag("lena", "11-03 11:30", """Hallo Herr Grunewald,

danke für Ihre Anfrage. Monatsmieten vergeben wir nur in Ausnahmefällen, das muss ich mit unserer Geschäftsführung klären. Ich melde mich bis Donnerstag bei Ihnen.

Viele Grüße
Lena Vogt""", promises=[("11-05", None)]), tz=1),

    C("f14-carraway-hold", "en", "closed", {},
      "Nina Carraway <nina@carraway.example>", "gmail", "Hold on Studio A, 4-6 December",
      "A provisional hold and its length, then a deposit check; the last reply lost its threading headers.",
      cu("11-06 10:00", """Hi Nell,

Could you pencil us in for Studio A from Friday 4 to Sunday 6 December? We're waiting on the label to confirm budget. How long can you hold it for without a deposit?

Nina"""),
      ag("nell", "11-06 11:15", """Hi Nina,

You're pencilled in for 4-6 December. Holds without a deposit last a week, so until Friday 13 November - after that I'd have to release it if someone else asks.

Nell"""),
      cu("11-10 17:20", """Budget approved! I've just sent the £300 deposit by bank transfer, reference CARRAWAY-DEC. Can you let me know once it's arrived?

Nina"""),
      ag("nell", "11-11 10:05", """Hi Nina,

It's arrived - you're confirmed for 4-6 December, 10am each day.

Nell""", thread=False)),

    C("f15-mcallister-neve", "en", "closed", {},
      "Duncan McAllister <duncan@mcallister-audio.example>", "thunderbird", "Is the Neve fixed?",
      "'I'll check with him and get back to you tomorrow' - kept the next morning.",
      cu("11-04 12:10", """Hi Dev,

Last time we were in, channel 12 on the Neve was crackling. Has that been sorted? We're in on Monday with a 24-piece horn and string session and need every channel.

Duncan"""),
      ag("dev", "11-04 14:00", """Hi Duncan,

Good question - our tech was on it last week but I'm not sure he finished. I'll check with him and get back to you tomorrow.

Dev""", promises=[("11-05", 3)]),
      ag("dev", "11-05 11:30", """Hi Duncan,

Spoke to Ray: he replaced the fader and recapped channel 12, and all 24 channels passed his test on Friday. You're good for Monday.

Dev""")),

    C("f16-marchal-annulation", "fr", "closed", {"unanswered-question": 1},
      "Solenne Marchal <solenne.marchal@example.fr>", "thunderbird", "Annulation répétitions",
      "Cancellation and refund confirmed; the request to move the second rehearsal to December is not mentioned.",
      cu("11-02 18:30", """Bonsoir,

Notre batteur part en tournée plus tôt que prévu, nous devons donc annuler la répétition du samedi 7 novembre en salle 3. Pouvez-vous me confirmer l'annulation et le remboursement ? Est-ce qu'on pourrait reporter celle du samedi 14 à une date en décembre ?

Merci et bonne soirée,
Solenne
Les Marées Basses""", uq=1),
      ag("amelie", "11-03 10:00", """Bonjour Solenne,

C'est noté : la répétition du 7 novembre en salle 3 est annulée. Comme vous nous avez prévenus plus de 72 heures à l'avance, le remboursement de 60 £ a été lancé ce matin sur votre carte.

Bien cordialement,
Amélie"""), tz=1),

    C("f17-ironbark-invoice-copy", "en", "closed", {},
      "Owen Pryce <owen.pryce@ironbarkfilms.example>", "owa", "Copy of October invoice",
      "HTML-only request for an invoice copy, answered with the PDF; HTML-only thanks.",
      cu("11-09 15:00", """Hi,

Our auditors need a copy of the invoice for the ADR sessions in October (we were in on the 12th, 13th and 19th). Please send it over as a PDF.

Many thanks,
Owen Pryce
Post-Production Coordinator, Ironbark Films
https://ironbarkfilms.example/contact?dept=post""", kind="html"),
      ag("pip", "11-09 16:10", """Hi Owen,

Here you go - all three October ADR days are on invoice FX-2207, attached.

Best wishes,
Pippa""", attach=[("application/pdf", "FX-2207.pdf", INVOICE_IRONBARK_PDF)]),
      cu("11-09 16:30", """Received, thank you Pippa!

Owen""", kind="html", thanks=True)),

    C("f18-tideway-album", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Freya Tideway <freya@tidewayband.example>", "gmail", "Album sessions 30 Nov - 2 Dec",
      "Three agents (bookings, backline, accounts) share an album booking; the project name on the invoice is not addressed.",
      cu("11-16 09:30", """Hi,

We'd like to book Studio A for three days, 30 November to 2 December, to track our album live. Is it free? We'll also need a Hammond, a Rhodes and a bass amp. Please send the invoice for the deposit to our manager, Liam Sterne, liam@sternemgmt.example.

Freya"""),
      ag("nell", "11-16 10:45", """Hi Freya,

Studio A is free and it's booked for you, 30 Nov - 2 Dec, 10am-10pm. I've passed the instruments to Cass and the deposit invoice to Pippa.

Nell"""),
      ag("cass", "11-16 14:00", """Hi Freya,

The Hammond A100 with a Leslie 145, a Rhodes Mark I and the Ampeg B-15 will all be set up in Studio A for you on the 30th - all included in the day rate.

Cass"""),
      cu("11-16 15:10", """Brilliant, thank you both! One more thing for Pippa: can the invoice show the project name 'Tideway - LP1'? Liam's accountant files everything by project.

Freya""", uq=1),
      ag("pip", "11-17 09:40", """Hi Freya,

I've sent deposit invoice FX-2301 (£450) to Liam this morning, with you in copy.

Best wishes,
Pippa""")),

    C("f19-quill-mic-clip", "en", "closed", {"reopened": 1},
      "Jamie Quill <jamie@quillfeather.example>", "iphone", "Missing mic clip",
      "Closed with 'I'll mark this as resolved'; the customer returns with a billing query, answered with a corrected invoice.",
      cu("11-06 12:00", """Hi! Think we took one of your mic clips home by mistake after Wednesday's session, oops. Can I drop it in on Monday?

Jamie"""),
      ag("nell", "11-06 13:10", """Hi Jamie,

Ha, no worries - Monday's fine, just leave it at the front desk. I'll mark this as resolved.

Nell""", closes=True),
      cu("11-09 18:00", """Dropped the clip off today. Sorry, one more thing - the invoice says 11 hours but we finished at 8, which I make 10. Can you check?

Jamie"""),
      ag("pip", "11-10 10:15", """Hi Jamie,

You're right, the session log shows 10am-8pm. I've corrected it: the new invoice for 10 hours is attached and the old one is cancelled.

Best wishes,
Pippa""", attach=[("application/pdf", "FX-2273-corrected.pdf", INVOICE_QUILL_PDF)])),

    C("f20-palisade-second-day", "en", "closed", {},
      "Kit Palisade <kit@palisade-music.example>", "gmail", "Extra day next Saturday?",
      "A rhetorical question and a self-answered one around a single real request, which is granted.",
      cu("11-06 21:30", """Hi Nell,

What a day! Who knew a 12-string could go out of tune that fast? Anyway, we got three songs done and want to come back. What's the wifi password again, by the way? Ah, never mind - it's on the card in the lounge, Dan took a photo of it.

Could we add a second day next Saturday, the 14th, in the same room?

Kit"""),
      ag("nell", "11-07 10:30", """Hi Kit,

Glad it went well! Saturday 14th is free in Studio B and it's now yours, same rate and times as last time.

Nell""")),

    C("f21-hollins-podcast", "en", "closed", {"missed-follow-up": 1},
      "Ruth Hollins <ruth@twoteacups-podcast.example>", "apple", "Recording a podcast with you",
      "Mics and separate tracks answered; editing deferred with 'I'll come back to you by Friday', never kept.",
      cu("11-10 14:00", """Hello,

We run a podcast (Two Teacups, three hosts plus a guest) and want to record a few episodes in a proper room. Do you have four broadcast mics we could use? Would we get each voice on a separate track? And do you do editing as well, or would we need to find someone for that?

Thanks,
Ruth"""),
      ag("nell", "11-10 15:30", """Hi Ruth,

Yes on both counts: Studio C has four Shure SM7Bs on boom arms, and every mic is recorded to its own track - you'll get the WAVs at the end of the session.

Editing I'm not sure about this month, Dev's diary is very full. Let me ask him and I'll come back to you by Friday.

Nell""", promises=[("11-13", None)])),
]

CASES += [
    C("f22-marchetti-live-album", "en", "closed", {},
      "Luca Marchetti <luca@marchetti-sound.example>", "outlook", "Quote for mastering a live album",
      "Nell promises Dev's quote by Thursday; Dev sends it on Wednesday (kept by a colleague); thanks-only reply.",
      cu("11-03 09:00", """Good morning,

I have a live album (14 tracks, 71 minutes) that needs mastering for CD and streaming. Could you send me a quote? Ideally I'd have the masters before Christmas.

Regards,
Luca Marchetti"""),
      ag("nell", "11-03 10:30", """Hi Luca,

Thanks for getting in touch - before Christmas is fine. Dev does all our mastering and will send you a quote by Thursday.

Nell""", promises=[("11-05", 3)]),
      ag("dev", "11-04 16:00", """Hi Luca,

Your quote is attached: 14 tracks for CD (DDP) and streaming, £560 + VAT, delivered within ten working days of the files arriving.

Kind regards,
Dev""", attach=[("application/pdf", "Foxglove-Q-2611-009.pdf", QUOTE_LIVE_PDF)]),
      cu("11-04 17:15", """Many thanks, I'll be in touch soon.

Luca""", thanks=True)),

    C("f23-bergmann-rechnung", "de", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Katrin Bergmann <k.bergmann@bergmann-verlag.example>", "outlook_de", "Rechnung FX-2254 - falsche Stundenzahl",
      "Wrong hours on an invoice, chased after four days; the corrected invoice comes, the new billing address is ignored.",
      cu("11-12 10:00", """Sehr geehrte Damen und Herren,

auf Ihrer Rechnung FX-2254 für die Hörbuchaufnahme am 5. November sind zehn Stunden abgerechnet, gebucht und genutzt haben wir jedoch acht. Bitte korrigieren Sie die Rechnung entsprechend. Können Sie uns außerdem künftige Rechnungen direkt an buchhaltung@bergmann-verlag.example schicken statt an mich?

Mit freundlichen Grüßen
Katrin Bergmann
Bergmann Verlag - Produktion""", uq=1),
      cu("11-16 09:30", """Guten Morgen,

ich hatte Ihnen am Donnerstag wegen der Rechnung geschrieben und noch keine Antwort erhalten. Gibt es hierzu schon etwas Neues?

Mit freundlichen Grüßen
Katrin Bergmann""", chase=True),
      ag("lena", "11-16 11:20", """Sehr geehrte Frau Bergmann,

entschuldigen Sie bitte die späte Antwort. Sie haben völlig recht: Die korrigierte Rechnung über acht Stunden finden Sie im Anhang, die alte haben wir storniert.

Mit freundlichen Grüßen
Lena Vogt""", attach=[("application/pdf", "FX-2254-K.pdf", INVOICE_BERGMANN_PDF)]), tz=1),

    C("f24-osei-tuesdays", "en", "pending", {},
      "Kwame Osei <kwame.osei@example.com>", "gmail", "Weekly Tuesday slot",
      "A block of eight weekly rehearsals and a discount question, answered with dates and a figure.",
      cu("11-17 08:30", """Hi Cass,

Our covers band has a residency starting in January and we need to rehearse properly. I'd like Room 3 every Tuesday, 7-10pm, for the next eight weeks. Is there any kind of discount for block bookings?

Kwame"""),
      ag("cass", "11-17 12:00", """Hi Kwame,

Room 3 is yours every Tuesday 7-10pm from 24 November to 19 January - that's eight sessions, skipping 29 December when we're closed. Blocks of eight or more get 15% off, so you pay £38.25 a session instead of £45.

Cass""")),

    C("f25-yellowhammer-pedal", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Ellie Hammond <ellie@yellowhammer.example>", "gmail", "Lost pedal in Room 1",
      "'I'll have a look ... and get back to you' (no deadline) kept only after a chase three days later, with a photo.",
      cu("11-03 09:15", """Hi,

I think I left my Strymon Timeline on the floor of Room 1 on Sunday night. Has anyone found it? It's got a yellow Yellowhammer sticker on the side.

Ellie"""),
      ag("cass", "11-03 10:00", """Hi Ellie,

I haven't seen it myself - I'll have a look in the lost property box and get back to you.

Cass""", promises=[("window", 4)]),
      cu("11-06 12:30", """Hi Cass, just following up - any sign of the pedal?

Ellie""", chase=True),
      ag("cass", "11-06 14:10", """Hi Ellie,

Sorry for the wait, and good news: it was in the box, sticker and all (photo attached). It's behind the front desk for whenever you can pop in.

Cass""", attach=[("image/png", "IMG_4471.png", PEDAL_PNG)])),

    C("f26-pereira-reserva", "es", "closed", {},
      "Diego Pereira <diego.pereira@example.es>", "gmail_es", "Reserva estudio B sábado 14",
      "Booking plus two questions (engineer included? card on the day?) answered in one sentence; base64 body.",
      cu("11-04 11:00", """Hola:

Me gustaría reservar el estudio B el sábado 14 de noviembre, unas diez horas, para grabar las voces y guitarras de tres canciones. ¿El precio incluye técnico de sonido? ¿Se puede pagar con tarjeta el mismo día?

Un saludo,
Diego Pereira""", cte="base64"),
      ag("rocio", "11-04 12:30", """Hola, Diego:

Te lo dejo reservado: estudio B, sábado 14 de noviembre de 10:00 a 20:00. La tarifa de 380 £ ya lleva un técnico incluido, y puedes pagar con tarjeta en recepción al terminar la sesión.

Un saludo,
Rocío"""), tz=1),

    C("f27-navarro-mezcla", "es", "pending", {"unanswered-question": 1},
      "Lucía Navarro <lucia@navarro-musica.example>", "apple", "Mezcla de tres temas",
      "Mixing price answered with an upload link; the instrumental versions requested are not mentioned.",
      cu("11-16 17:45", """Hola Rocío:

Tengo tres temas grabados en casa (Ableton, entre 20 y 30 pistas cada uno) y me gustaría que los mezclarais vosotros. ¿Cuánto cuesta la mezcla por tema? ¿Me podríais mandar también una versión instrumental de cada tema? La necesito para una sincronización.

Gracias,
Lucía""", uq=1),
      ag("rocio", "11-17 10:15", """Hola, Lucía:

La mezcla cuesta 180 £ por tema, con tres rondas de cambios incluidas; por los tres temas te la dejamos en 500 £. Puedes subir las pistas aquí: https://foxglovestudios.example/upload?project=navarro

Un saludo,
Rocío"""), tz=1),

    C("f28-torres-factura", "es", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Andrés Torres <andres.torres@example.es>", "owa", "Factura del ensayo",
      "Invoice request acknowledged by the helpdesk only; the customer chases two days later and is still waiting.",
      cu("11-16 13:00", """Buenas tardes:

Necesito la factura del ensayo del 11 de noviembre (sala 2, cuatro horas) a nombre de Torres Audiovisual S.L., CIF B-84123456, para pasarla a la gestoría.

Gracias,
Andrés Torres"""),
      ack("11-16 12:01"),
      cu("11-18 10:00", """Buenos días:

¿Hay alguna novedad? Sigo esperando la factura, la gestoría cierra el trimestre esta semana.

Andrés Torres""", chase=True), tz=1),

    C("f29-whitlock-mix-notes", "en", "pending", {},
      "Sam Whitlock <sam@whitlockmusic.example>", "thunderbird", "Mix notes - 'Glasshouse'",
      "Three numbered mix notes accepted one by one; v3 promised 'by Tuesday' (24 Nov), still ahead at audit time.",
      cu("11-18 21:00", """Hi Dev,

Listened to v2 of 'Glasshouse' on three systems. Notes:

1. Vocal a touch louder in the second verse.
2. Can the snare be less roomy in the bridge?
3. Please print the delay throw at 2:47 - it disappeared in this version.

Also - when do you think v3 could be ready?

Sam"""),
      ag("dev", "11-19 10:00", """Hi Sam,

All three make sense and I'll do them all: vocal up in verse two, a drier snare in the bridge and the delay throw back in at 2:47. I'm in a mastering session until Monday, so I'll have v3 to you by Tuesday.

Kind regards,
Dev""", promises=[("11-24", None)])),

    C("f30-ferro-quartet-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Irene Ferro <irene@ferrous-quartet.example>", "apple", "String quartet recording - quote",
      "A quote request with no reply, resent word for word as a new mail with the same subject five days later.",
      cu("11-12 11:00", """Hello,

The Ferrous Quartet would like to record a short programme (about 25 minutes of Haydn and Britten) in early January. Could you tell me which room you would recommend for a string quartet, roughly how many hours we should allow, and what that would cost?

With best wishes,
Irene Ferro
Ferrous Quartet"""),
      cu("11-17 10:30", """Hello,

The Ferrous Quartet would like to record a short programme (about 25 minutes of Haydn and Britten) in early January. Could you tell me which room you would recommend for a string quartet, roughly how many hours we should allow, and what that would cost?

With best wishes,
Irene Ferro
Ferrous Quartet""", parent=0, chase=True)),

    C("f31-lindqvist-express", "en", "closed", {},
      "Erik Lindqvist <erik@lindqvist.example>", "outlook", "Mastering a single - turnaround?",
      "Turnaround answered; the customer's out-of-office comes back; express ordered and delivered by the promised Wednesday.",
      cu("11-05 09:00", """Hi,

How quickly can you master a single? Release date is 27 November and the distributor needs it by the 16th.

Erik Lindqvist"""),
      ag("dev", "11-05 11:00", """Hi Erik,

Standard turnaround is five working days, so the 16th is comfortable. If you'd like it sooner, express is 48 hours for £40 extra.

Kind regards,
Dev"""),
      auto("11-05 11:01", """Thank you for your message. I am out of the office until Monday 9 November with limited access to email. For urgent matters please contact hello@lindqvist.example.

Erik Lindqvist""", subject="Automatic reply: Mastering a single - turnaround?", quote=False),
      cu("11-09 09:30", """Hi Dev,

Back now. Let's go with express - the files are on your upload page as 'Lindqvist - Northbound'. Please send the invoice to this address.

Erik""", parent=2),
      ag("dev", "11-09 12:00", """Hi Erik,

Got the files, they sound great. The master will be with you by Wednesday, and Pippa has sent the invoice to this address.

Kind regards,
Dev""", promises=[("11-11", 6)]),
      ag("dev", "11-11 10:00", """Hi Erik,

'Northbound' is done: https://foxglovestudios.example/dl/lindqvist-northbound?token=41d9 - a 24-bit WAV plus the 16-bit version for the distributor.

Kind regards,
Dev""")),

    C("f32-ravenscroft-session-files", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Theo Ravenscroft <theo@ravenscroft.example>", "gmail", "Session files from last week",
      "'I'll upload them by end of day' - the link comes the next afternoon, after a chase.",
      cu("11-09 10:00", """Hi Dev,

Can I get the Pro Tools session from our tracking day on the 4th? We're going to overdub some bits at home. A download link is fine.

Theo"""),
      ag("dev", "11-09 11:30", """Hi Theo,

Sure - it's about 40 GB, so I'll upload it by end of day and send you the link.

Dev""", promises=[("11-09", 4)]),
      cu("11-10 12:00", """Hi Dev, still waiting on the session files - did the upload go through?

Theo""", chase=True),
      ag("dev", "11-10 14:00", """Hi Theo,

Sorry, the upload failed overnight. Here it is: https://foxglovestudios.example/dl/ravenscroft-0411?token=77ab (expires in 14 days).

Dev""")),

    C("f33-hartmann-chor-inline", "de", "closed", {},
      "Ulrike Hartmann <ulrike@hartmann-chor.example>", "gmail_de", "Mastering für unsere Chor-CD",
      "Three German questions answered inline under the quoted lines.",
      cu("11-04 08:30", """Hallo Lena,

wir möchten unsere Chor-CD (12 Stücke, in einer Kirche aufgenommen) bei euch mastern lassen. Ein paar Fragen vorab:

Welches Dateiformat braucht ihr?
Wie lange dauert das Mastering ungefähr?
Können wir bei der Session dabei sein?

Herzliche Grüße
Ulrike Hartmann
Kammerchor Hartmann"""),
      ag("lena", "11-04 10:00", """Hallo Ulrike,

> Welches Dateiformat braucht ihr?

WAV, 24 Bit, in der Originalsamplerate - bitte ohne Limiter auf der Summe.

> Wie lange dauert das Mastering ungefähr?

Etwa eine Woche ab Eingang der Dateien.

> Können wir bei der Session dabei sein?

Sehr gern. Dev berechnet dafür 25 £ pro Stunde zusätzlich; die meisten Chöre kommen für die letzten zwei, drei Stunden dazu.

Viele Grüße
Lena""", quote=False), tz=1),

    C("f34-bellamy-piano-film", "en", "pending", {"unanswered-question": 1},
      "Rosalind Bellamy <r.bellamy@bellamytrio.example>", "outlook", "Piano and filming on 3 December",
      "Two indirect questions; the piano tuning is answered in detail, the film crew is not mentioned.",
      cu("11-18 14:00", """Dear Foxglove team,

We're recording with you on 3 December (Studio A, the Bellamy Trio). I was wondering whether the Yamaha C7 in the live room has been tuned recently, as we're playing some very exposed solo passages. Also, could you let me know if we're allowed to bring a small film crew to shoot a live video during the session? It would be two people with handheld cameras.

Kind regards,
Rosalind Bellamy""", uq=1, kind="alt"),
      ag("nell", "11-18 16:20", """Dear Rosalind,

The C7 was last tuned on 9 November, and I've booked our tuner to come in at 8:30 on the 3rd so it's fresh before you start - there's no charge for that.

Best,
Nell""")),

    C("f35-dunmore-parking", "en", "closed", {},
      "Gus Dunmore <gus@dunmore.example>", "iphone", "Parking on Saturday",
      "A one-line question answered in one line; thanks-only reply.",
      cu("11-05 17:00", """Hey, is there parking at the studio on Saturdays or should we get the bus?

Gus

Sent from my iPhone"""),
      ag("nell", "11-05 17:40", """Hi Gus, Saturdays are easy - the yard's yours, and the street's free after 1:30pm anyway.

Nell"""),
      cu("11-05 18:00", """Perfect, thanks so much - see you Saturday!

Sent from my iPhone""", thanks=True)),

    C("f36-gallo-resolved-tag", "en", "closed", {"unanswered-question": 1, "reopened": 1},
      "Marco Gallo <marco@gallo-brothers.example>", "gmail", "Rescheduling our session",
      "A reschedule answered under a '[Resolved]' subject; the customer comes back with two requests, only the guest one is answered.",
      cu("11-09 10:00", """Hi Nell,

Can we move our session from Thursday 12th to Friday 13th? Same room, same times.

Marco"""),
      ag("nell", "11-09 11:00", """Hi Marco,

Done - you're now in Studio B on Friday 13th, 11am-9pm.

Nell""", closes=True, subject="[Resolved] Re: Rescheduling our session"),
      cu("11-10 09:00", """Hi again,

Two more things now that it's Friday: can our producer, Ana, come along and sit in the control room? And please send me the updated confirmation so I can forward it to the band.

Marco""", uq=1, subject="Re: [Resolved] Re: Rescheduling our session"),
      ag("nell", "11-10 10:30", """Hi Marco,

Of course - Ana's very welcome, there's a sofa in the control room with her name on it.

Nell""")),
]

CASES += [
    C("f37-maple-vocal-booth", "en", "open", {"awaiting-reply": 1},
      "Hannah Maple <hannah@maplestreet.example>", "gmail", "Vocal booth for Friday",
      "Booth and microphone questions answered; a follow-up question about bringing her own headphones waits past the target.",
      cu("11-18 09:00", """Hi,

Is the vocal booth free this Friday afternoon, 2-6pm? And what mic would you suggest for a fairly breathy female voice?

Hannah"""),
      ag("nell", "11-18 10:00", """Hi Hannah,

Friday 2-6pm is free and I've put you in. For a breathy voice Dev usually reaches for the U87, or the Brauner if you want it a bit more forward - he'll set both up and you can choose on the day.

Nell"""),
      cu("11-19 08:00", """Thanks! Can I bring my own pop shield and headphones, or is it better to use yours? I'm a bit fussy about headphones.

Hannah""")),

    C("f38-ashgrove-tonight", "en", "open", {},
      "Leo Ashgrove <leo@ashgrove.example>", "outlook", "Rehearsal tonight - can we extend?",
      "Fresh on the audit day: two questions, only the helpdesk acknowledgement so far (inside the response target).",
      cu("11-20 10:15", """Hi,

We're in Room 1 tonight from 7 to 10. Can we extend to 11pm? And is there somewhere nearby to get food after 10?

Leo Ashgrove"""),
      ack("11-20 10:16")),

    C("f39-corbel-first-visit", "en", "closed", {},
      "Alys Corbel <alys@corbelmusic.example>", "thunderbird", "First time at Foxglove",
      "A dashed list of three questions: two answered in one sentence, directions with a link.",
      cu("11-02 09:40", """Hello!

First time booking with you, so a few questions:
- Do you have a piano in Studio B?
- Can we use the lounge and kitchen during the day?
- Is there a map or directions somewhere? The postcode takes Google to the back of a car wash.

Thanks,
Alys"""),
      ag("nell", "11-02 10:50", """Hi Alys, welcome!

Studio B has an upright (a Kawai K-300), and the lounge and kitchen are yours all day - tea, coffee and oat milk included. Directions with a photo of our door: https://foxglovestudios.example/find-us

Nell""")),

    C("f40-fontaine-devis", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Bastien Fontaine <bastien@fontaine-label.example>", "apple_fr", "Devis mastering album 10 titres",
      "Price and DDP answered, the deadline deferred 'd'ici vendredi' (never kept), the quote in euros ignored.",
      cu("11-03 10:00", """Bonjour,

Nous préparons la sortie de l'album de Clara Vey (10 titres, environ 42 minutes) en vinyle et en numérique. J'aurais besoin de savoir combien coûterait le mastering des 10 titres, et si vous pouvez nous livrer un DDP en plus des fichiers WAV. Le pressage est prévu pour mi-décembre : pouvez-vous tenir un délai au 4 décembre ? Pouvez-vous aussi nous envoyer un devis en euros ? Notre comptable préfère.

Cordialement,
Bastien Fontaine
Label Fontaine""", uq=1, cte="quoted-printable"),
      ag("amelie", "11-03 12:00", """Bonjour Bastien,

Pour les 10 titres, le mastering numérique et vinyle revient à 450 £ HT, DDP compris. Pour le 4 décembre, je dois d'abord voir le planning de Dev - je reviens vers vous d'ici vendredi.

Bien cordialement,
Amélie""", promises=[("11-06", None)]), tz=1),

    C("f41-pike-load-in", "en", "closed", {"unanswered-question": 1},
      "Oliver Pike <oliver@pikeandthepilots.example>", "gmail", "Load-in for Studio C",
      "DI boxes answered; asked about a lift, the reply names the floor and the goods entrance instead.",
      cu("11-04 11:00", """Hi,

We're in Studio C next Wednesday. Do you have a DI box for the keyboard? Is there a lift up to Studio C? Our keys player has a very heavy Nord stand.

Olly""", uq=1),
      ag("nell", "11-04 12:00", """Hi Olly,

We've got loads of DIs - Radial J48s and a couple of BSS boxes, so no need to bring one. Studio C is on the second floor; the goods entrance at the back of the yard is the easiest way in for load-in.

Nell""")),

    C("f42-sato-overtime", "en", "pending", {},
      "Yuki Sato <yuki@sato-studio.example>", "iphone", "Overtime rate",
      "Two questions answered together with a figure and four words.",
      cu("11-16 19:00", """Hi! What's the overtime rate if we run past 10pm on Thursday? And do we pay that on the night or is it added to the invoice?

Yuki

Sent from my iPhone"""),
      ag("nell", "11-17 09:10", """£55 an hour, added to the invoice.

Nell""")),

    C("f43-wexford-choir", "en", "closed", {"unanswered-question": 2},
      "Brendan Wexford <music@stcolumbas-choir.example>", "outlook", "Recording our choir",
      "Four questions in a long paragraph from a first-timer; capacity and piano tuning answered, location recording and the T&Cs skipped.",
      cu("11-04 20:30", """Dear Sir or Madam,

St Columba's Community Choir would like to record a Christmas EP. We are around thirty singers with a piano accompanist, and I have not done this before, so forgive the many questions. Is your live room large enough for thirty singers standing in a horseshoe? If we use your grand piano, do you arrange for it to be tuned, or should we? Some of the members have asked about recording in our church instead, which has a lovely acoustic. Do you ever record on location? Please also send us your terms and conditions of hire, as our committee has to approve any booking.

With thanks and best wishes,
Brendan Wexford
Musical Director, St Columba's Community Choir""", uq=2),
      ag("nell", "11-05 10:00", """Dear Brendan,

No need to apologise! Studio A's live room takes up to forty singers, and a horseshoe of thirty works well - we've done it with two other choirs this year. We look after the piano: our tuner comes in on the morning of every session that uses the C7, and that's included.

Best wishes,
Nell""")),

    C("f44-ibarra-hammond", "es", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Marina Ibarra <marina@ibarra-trio.example>", "gmail_es", "Alquiler de Hammond",
      "Hammond availability promised 'el lunes', answered on Wednesday after a chase; the transport question is never addressed.",
      cu("11-05 10:00", """Hola Rocío:

Para un concierto en el Jazz Café el 20 de noviembre queremos alquilar un órgano Hammond con Leslie. ¿Tenéis uno disponible y cuánto costaría por un día? ¿Y el transporte hasta la sala lo hacéis vosotros o tenemos que recogerlo nosotros?

Gracias,
Marina""", uq=1),
      ag("rocio", "11-05 11:00", """Hola, Marina:

Lo del Hammond lo tengo que consultar con el almacén; te escribo el lunes.

Un saludo,
Rocío""", promises=[("11-09", 4)]),
      cu("11-11 09:30", """Hola Rocío, ¿hay alguna novedad sobre el Hammond? El concierto es la semana que viene y necesitamos saberlo.

Marina""", chase=True),
      ag("rocio", "11-11 11:00", """Hola, Marina:

Perdona el retraso. Sí, el Hammond B3 con Leslie 122 está libre el 20; son 120 £ por día.

Un saludo,
Rocío"""), tz=1),

    C("f45-hoffmann-gutschrift", "de", "pending", {},
      "Tobias Hoffmann <t.hoffmann@hoffmann-events.example>", "outlook_de", "Gutschrift für stornierte Session",
      "A credit note requested after a phone cancellation, sent as a PDF; thanks-only reply.",
      cu("11-16 14:00", """Hallo Frau Vogt,

wie telefonisch besprochen haben wir die Session am 28. November storniert. Bitte schicken Sie uns für die bereits bezahlte Anzahlung eine Gutschrift, damit wir sie mit der nächsten Buchung verrechnen können.

Beste Grüße
Tobias Hoffmann
Hoffmann Events GmbH"""),
      ag("lena", "11-17 09:00", """Hallo Herr Hoffmann,

anbei die Gutschrift GS-0117 über 200 £. Sie wird bei Ihrer nächsten Buchung automatisch abgezogen.

Viele Grüße
Lena Vogt""", attach=[("application/pdf", "GS-0117.pdf", CREDIT_PDF)]),
      cu("11-17 10:00", """Vielen Dank, ist angekommen!

Tobias Hoffmann""", thanks=True), tz=1),

    C("f46-oakhurst-weekend", "en", "closed", {"slow-first-response": 1},
      "Martha Oakhurst <martha@oakhurst.example>", "apple", "Upright piano and our own engineer",
      "Friday-evening questions answered fully on Monday morning (slow first response only).",
      cu("11-06 18:30", """Hi,

Does Studio B have an upright piano? And would it be OK if we brought our own engineer rather than using one of yours?

Martha"""),
      ag("nell", "11-09 10:00", """Hi Martha,

Sorry for the weekend wait. There's a Kawai upright in Studio B, and your own engineer is fine - the dry-hire rate without one of ours is £300 a day. We just ask that they arrive half an hour early for a walk-through of the desk.

Nell""")),

    C("f47-beaumont-isrc", "fr", "pending", {},
      "Inès Beaumont <ines.beaumont@example.fr>", "oldclient", "Masters définitifs et codes ISRC",
      "Where to download and whether the ISRCs are embedded: a bare link and one sentence; old mail client.",
      cu("11-18 11:00", """Bonjour Amélie,

Où puis-je télécharger les masters définitifs de l'EP ? Et est-ce que les codes ISRC que je vous ai envoyés sont bien intégrés dans les fichiers ?

Merci,
Inès Beaumont"""),
      ag("amelie", "11-18 14:00", """Bonjour Inès,

https://foxglovestudios.example/dl/beaumont-ep?token=ba77

Les six codes ISRC sont intégrés dans le DDP ainsi que dans les métadonnées des WAV.

Bien cordialement,
Amélie"""), tz=1),

    C("f48-quint-revised-quote", "en", "pending", {"missed-follow-up": 1},
      "Harriet Quint <harriet@quintessential.example>", "outlook", "Five-day block in January - revised quote",
      "A revised quote promised 'tomorrow' arrives a day late, with the hotel recommendation asked for.",
      cu("11-16 09:00", """Hi Nell,

Thanks for the quote for our five days in January. Could you revise it to include an assistant engineer on all five days? Also, is there anywhere to stay nearby that you'd recommend? Half the band are coming down from Glasgow.

Harriet"""),
      ag("nell", "11-16 11:00", """Hi Harriet,

Happy to. I need to check the assistants' rota first, so I'll send the revised quote tomorrow.

Nell""", promises=[("11-17", 3)]),
      ag("nell", "11-18 15:00", """Hi Harriet,

Revised quote attached, with an assistant on all five days - £2,650 in total. For the Glasgow contingent: the Wren Hotel on Gorse Lane is a five-minute walk and gives our clients 10% off with the code FOXGLOVE.

Nell""", attach=[("application/pdf", "Foxglove-Q-2611-031-rev2.pdf", QUOTE_BLOCK_PDF)])),

    C("f49-rowan-forwarded", "en", "closed", {},
      "Sophie Rowan <sophie@rowan.example>", "gmail", "Fwd: Your Foxglove booking confirmation",
      "A forwarded confirmation (with 'Questions?' and a '?' URL in it) and one real question, answered with a corrected PDF.",
      cu("11-04 13:00", """Hi,

Can you confirm this booking is for Studio B, not Studio A? The confirmation below says A but I definitely asked for B on the phone.

Sophie

---------- Forwarded message ---------
From: Foxglove Bookings <bookings@foxglovestudios.example>
Date: Tue, 3 Nov 2026 at 16:02
Subject: Your Foxglove booking confirmation
To: Sophie Rowan <sophie@rowan.example>

Booking FX-B-8812 - Studio A - Saturday 21 November 2026, 10:00-20:00
Need to change your booking? Just reply to this email.
Questions? See https://foxglovestudios.example/faq?src=confirmation"""),
      ag("nell", "11-04 14:00", """Hi Sophie,

You're quite right, sorry about that - it's now Studio B, and the corrected confirmation is attached.

Nell""", attach=[("application/pdf", "FX-B-8812-corrected.pdf", CONFIRM_ROWAN_PDF)])),

    C("f50-greaves-voiceover", "en", "pending", {"unanswered-question": 1},
      "Tamsin Greaves <tamsin.greaves@northlight-agency.example>", "outlook", "Voiceover booking - supplier set-up",
      "Booth question answered; the attached supplier form is not returned or mentioned. Signature with a '?' URL and a disclaimer.",
      cu("11-17 10:00", """Hello,

We'd like to book your voiceover booth for an ad campaign on 26 November. Can the booth take two voice actors recording at the same time, facing each other? Please also send us your completed supplier onboarding form (attached) - our procurement team can't raise a PO without it.

Kind regards,
Tamsin Greaves
Senior Producer | Northlight Agency
Have we worked together before? Tell us how we did: https://northlight-agency.example/feedback?id=TG

This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it. Northlight Agency Ltd does not accept liability for any errors or omissions.""",
         uq=1, attach=[("application/pdf", "Northlight-new-supplier-form.pdf", ONBOARDING_PDF)]),
      ag("nell", "11-17 12:30", """Hi Tamsin,

Yes - the booth fits two with a screen between them and a clear line of sight, and we'd put a matched pair of U87s on them. I've pencilled you in for 26 November, 10am-6pm.

Nell""")),

    C("f51-harlow-by-the-way", "en", "pending", {"unanswered-question": 2},
      "Jo Harlow <jo@harlowandhart.example>", "gmail", "Booking 28 November",
      "Availability answered; the booking mail adds a kitchen question and an invoice-name request in passing, and only the booking is confirmed.",
      cu("11-13 11:00", """Hi Nell,

Is Studio B free on Saturday 28 November?

Jo"""),
      ag("nell", "11-13 12:00", """Hi Jo,

It is - shall I book it for you?

Nell"""),
      cu("11-18 10:00", """Yes please, 10 till 8. By the way, is there a kitchen we can use for lunch? And please put the invoice in my bandmate's name, Ruby Hart, she's paying this time.

Jo""", uq=2),
      ag("nell", "11-18 11:30", """Lovely, you're booked in Studio B on Saturday 28 November, 10am-8pm. See you then!

Nell""")),

    C("f52-ostermann-paket", "de", "closed", {"unanswered-question": 1},
      "Jan Ostermann <jan@ostermann-band.example>", "gmail_de", "Mix und Master für unsere EP",
      "The delivery deadline is confirmed; the package discount question is skipped.",
      cu("11-02 16:00", """Hi Lena,

wir haben fünf Songs fertig aufgenommen und hätten sie gern bei euch gemischt und gemastert. Gibt es einen Rabatt, wenn wir Mix und Master zusammen buchen? Außerdem bräuchten wir alles bis spätestens 10. Dezember, weil dann das Presswerk loslegt.

Grüße
Jan""", uq=1),
      ag("lena", "11-03 09:00", """Hallo Jan,

der 10. Dezember ist machbar: Wenn die Spuren bis zum 20. November bei uns sind, bekommt ihr die Mixe Anfang Dezember und das Master ein paar Tage danach.

Viele Grüße
Lena"""), tz=1),

    C("f53-castellanos-ensayos", "es", "pending", {"unanswered-question": 1},
      "Pablo Castellanos <pablo@loscastellanos.example>", "android", "Ensayos semanales",
      "Availability and price of weekly rehearsals answered; the lockers question is skipped.",
      cu("11-17 19:00", """Hola:

Somos un grupo de cumbia de seis personas y buscamos sala de ensayo los miércoles por la noche. Quisiera saber si la sala 3 está libre de 20:00 a 23:00 y cuánto cuesta. ¿Tenéis taquillas para dejar los instrumentos entre ensayos?

Saludos,
Pablo""", uq=1),
      ag("rocio", "11-18 10:00", """Hola, Pablo:

La sala 3 está libre los miércoles de 20:00 a 23:00; son 15 £ la hora, o sea 45 £ por ensayo, con el backline básico incluido.

Un saludo,
Rocío"""), tz=1),

    C("f54-garnier-repetition", "fr", "closed", {},
      "Hugo Garnier <hugo.garnier@example.fr>", "apple_fr", "Réservation salle de répétition",
      "An indirect question ('Je voudrais savoir si...') and a direct one, both answered; thanks-only reply.",
      cu("11-09 09:00", """Bonjour,

Je voudrais savoir si la salle 1 est disponible le jeudi 12 novembre de 14 h à 18 h pour une répétition en trio. Faut-il apporter nos propres câbles ?

Merci d'avance, et belle journée !
Hugo"""),
      ag("amelie", "11-09 10:30", """Bonjour Hugo,

La salle 1 est à vous jeudi 12 novembre de 14 h à 18 h. Câbles, pieds de micro et DI sont fournis, vous n'avez que vos instruments à apporter.

Bien cordialement,
Amélie"""),
      cu("11-09 11:45", """Parfait, merci beaucoup ! À jeudi.

Hugo""", thanks=True), tz=1),

    C("f55-holt-backline-list", "en", "closed", {"unanswered-question": 1},
      "Danny Holt <danny@holtgigs.example>", "outlook", "Backline hire for the Roundhouse, 14 Nov",
      "A numbered list of four questions answered inline; item 3 (van delivery and collection) is left out of the reply.",
      cu("11-06 10:00", """Hi Cass,

Backline list for our support slot at the Roundhouse on Saturday 14th:

1. Can you supply a full drum kit with hardware but no cymbals?
2. Do you have a Marshall JCM800 head and 4x12?
3. Could your van deliver everything to the venue by 3pm and collect after midnight?
4. What's the total for the day?

Cheers,
Danny Holt
Tour Manager""", uq=1),
      ag("cass", "11-06 14:30", """Hi Danny,

> 1. Can you supply a full drum kit with hardware but no cymbals?

Yes - Ludwig Classic Maple, 22/12/16, plus snare and hardware.

> 2. Do you have a Marshall JCM800 head and 4x12?

Yes, a 2203 reissue with a 1960A cab.

> 4. What's the total for the day?

£240 for the lot.

Cass""", quote=False)),

    C("f56-merriweather-rhodes", "en", "closed", {"missed-follow-up": 1},
      "Fran Merriweather <fran@merriweather.example>", "gmail", "Rhodes in Studio B",
      "'I'll check with the workshop ... and come back to you early next week' (by Tuesday 10 Nov); nothing follows.",
      cu("11-05 11:00", """Hi Cass,

The Rhodes in Studio B had a dead E flat when we were in last week. Will it be fixed before our next session on the 19th?

Fran"""),
      ag("cass", "11-05 15:00", """Hi Fran,

Thanks for flagging it. It's with our keyboard tech - I'll check with the workshop how far they've got and come back to you early next week.

Cass""", promises=[("11-10", None)])),

    C("f57-penhallow-vat", "en", "closed", {"missed-follow-up": 1},
      "Arthur Penhallow <arthur@penhallow-audio.example>", "thunderbird", "VAT number missing on invoice",
      "'Pippa will send you a corrected invoice by tomorrow' - she sends it two days late.",
      cu("11-02 10:00", """Hello,

Invoice FX-2188 doesn't show your VAT number, so our accounts team can't reclaim the VAT. Could you send a corrected version?

Arthur Penhallow"""),
      ag("nell", "11-02 11:00", """Hi Arthur,

Sorry about that. Pippa will send you a corrected invoice by tomorrow.

Nell""", promises=[("11-03", 3)]),
      ag("pip", "11-05 09:30", """Hi Arthur,

Apologies for the delay - the corrected invoice FX-2188 with our VAT number (GB 318 4402 77) is attached.

Best wishes,
Pippa""", attach=[("application/pdf", "FX-2188-corrected.pdf", INVOICE_PENHALLOW_PDF)])),
]

UNANSWERED: dict[str, list[str]] = {
    "f02-ostrander-mix-stems": [
        "Could you also deliver the stems alongside the stereo mix?"],
    "f04-brightwater-ep-quote": [
        "Also, can we attend the mastering session, or is it unattended only?"],
    "f06-morrow-invoice-details": [
        "Is it possible to split the payment into two instalments?"],
    "f10-redfern-hard-drive": [
        "Also, could you send me the invoice for Thursday again, I can't find it in my inbox."],
    "f12-vantage-mastering-brief": [
        "Do you want the reference tracks as WAVs or is a Spotify link fine?",
        "Please make the invoice out to Vantage Records Ltd rather than to me personally, our accountant is strict about that."],
    "f16-marchal-annulation": [
        "Est-ce qu'on pourrait reporter celle du samedi 14 à une date en décembre ?"],
    "f18-tideway-album": [
        "can the invoice show the project name 'Tideway - LP1'?"],
    "f23-bergmann-rechnung": [
        "Können Sie uns außerdem künftige Rechnungen direkt an buchhaltung@bergmann-verlag.example schicken statt an mich?"],
    "f27-navarro-mezcla": [
        "¿Me podríais mandar también una versión instrumental de cada tema?"],
    "f34-bellamy-piano-film": [
        "Also, could you let me know if we're allowed to bring a small film crew to shoot a live video during the session?"],
    "f36-gallo-resolved-tag": [
        "And please send me the updated confirmation so I can forward it to the band."],
    "f40-fontaine-devis": [
        "Pouvez-vous aussi nous envoyer un devis en euros ?"],
    "f41-pike-load-in": [
        "Is there a lift up to Studio C?"],
    "f43-wexford-choir": [
        "Do you ever record on location?",
        "Please also send us your terms and conditions of hire, as our committee has to approve any booking."],
    "f44-ibarra-hammond": [
        "¿Y el transporte hasta la sala lo hacéis vosotros o tenemos que recogerlo nosotros?"],
    "f50-greaves-voiceover": [
        "Please also send us your completed supplier onboarding form (attached) - our procurement team can't raise a PO without it."],
    "f51-harlow-by-the-way": [
        "By the way, is there a kitchen we can use for lunch?",
        "And please put the invoice in my bandmate's name, Ruby Hart, she's paying this time."],
    "f52-ostermann-paket": [
        "Gibt es einen Rabatt, wenn wir Mix und Master zusammen buchen?"],
    "f53-castellanos-ensayos": [
        "¿Tenéis taquillas para dejar los instrumentos entre ensayos?"],
    "f55-holt-backline-list": [
        "Could your van deliver everything to the venue by 3pm and collect after midnight?"],
}

# --------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------

LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md of the corpus: the company, the figures (computed from the cases) and what
    the cases contain by design."""
    msgs = [m for c in cases for m in c.msgs]
    inbox = sum(1 for m in msgs if m.role in ("customer", "auto"))
    replies = sum(1 for m in msgs if m.role == "agent")
    acks = sum(1 for m in msgs if m.role == "ack")
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    totals: Counter = Counter()
    for c in cases:
        totals.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    lang_line = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in sorted(langs.items(), key=lambda kv: -kv[1]))
    rules_line = ", ".join(f"{r} {totals[r]}" for r in RULES if totals[r])
    return f"""# Practice corpus 64: Foxglove Recording Studios support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`), so its figure is an unseen one. Use it to measure, not to tune.

- Company: **Foxglove Recording Studios**, a recording studio in north London: studio hire
  by the hour and by the day, engineers, mixing and mastering orders, rehearsal rooms,
  backline hire, file delivery, invoices and cancellations. Support address
  `bookings@foxglovestudios.example`; agents Nell Ashdown (bookings), Devraj Kaur (head
  engineer, mixing and mastering), Pippa Lorimer (accounts), Cassius Obi (rehearsal rooms and
  backline), Lena Vogt (German-speaking clients), Amélie Roux (French) and Rocío Méndez
  (Spanish), all `@foxglovestudios.example`. A helpdesk robot (`Auto-Submitted:
  auto-replied`) acknowledges a few mails with "we will reply within 24 hours" -
  service-hours text, not a commitment.
- Customers are bands, session musicians, labels, podcasters, choirs, agencies and film
  companies on `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain foxglovestudios.example`.

```
python scripts/make_practice64_corpus.py                   # regenerate (deterministic, stdlib only)
python scripts/evaluate.py --corpus tests/practice64       # accuracy of the current tool
python -m pytest -q tests/test_practice64_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md). `CASES.md` is the generated per-case table. This README is generated
too: edit the script and rerun it.

## Contents

- {len(cases)} cases, {len(msgs)} messages: {inbox} in the inbox (customer mail and one
  out-of-office reply), {replies} support replies, {acks} helpdesk acknowledgements.
- {clean} clean cases ({round(100 * clean / len(cases))} %).
- Languages: {lang_line}.
- Statuses: {statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.
- Expected findings: {rules_line}.
- Unanswered questions in {uq_cases} cases; {chased_cases} cases chased.

By design:

- Customers ask several things at once: in a paragraph (f01, f12, f43), as a list (f02, f03,
  f33, f39), numbered (f29, f55), indirectly ("I was wondering whether", "could you let me
  know", "Je voudrais savoir si", "Quisiera saber si"), as requests without a question mark
  ("Please reissue it to...", "Bitte korrigieren Sie...", "Necesito la factura...").
- Answers come in other words, out of order, two in one sentence (f07, f26, f42), as a bare
  figure (f42), a link (f39, f47), an attachment (f06, f17, f49), inline under quoted lines
  (f03, f33, f55), by a colleague (f18, f22, f57), after a chase (f04, f08, f25, f32, f44).
- Unanswered questions are the realistic kind: a secondary question skipped (f02, f06, f16,
  f27, f34, f52, f53), requests in passing (f18, f23, f50, f51), a neighbouring answer (f41:
  the floor and goods entrance for "Is there a lift?"), an inline reply that leaves out one
  numbered item (f55), a question after a reopen (f36).
- Not questions: a rhetorical and a self-answered question (f20), questions inside a
  forwarded confirmation (f49), a signature line "Have we worked together before?" with a `?`
  URL and a disclaimer (f50), support signatures with `?` URLs, thanks-only mails (f01, f05,
  f07, f17, f22, f35, f45, f54), questions in a latest unanswered mail (f09, f37, f38).
- Promises kept on time (f15 "tomorrow", f31 "by Wednesday", f22 by a colleague), kept late
  (f04, f08, f25 no deadline, f32 "by end of day", f44 "el lunes", f48 "tomorrow", f57 by a
  colleague), never kept (f13 "bis Donnerstag", f21 "by Friday", f40 "d'ici vendredi", f56
  "early next week"), and still ahead at audit time (f29, Tuesday 24 November). Deferring a
  question with a promise counts only as that promise.
- Chasing: "Any news on that quote?", "just following up", "Hello?? Still haven't heard
  anything", "still waiting on the session files", "Gibt es hierzu schon etwas Neues?", "Je
  reviens vers vous au sujet du lien : nous n'avons toujours rien reçu", "¿Hay alguna
  novedad? Sigo esperando", and a word-for-word resend as a new mail (f30). f10 chases twice.
- Status and timing: explicit closes ("I'll mark this one as resolved", a `[Resolved]`
  subject tag) with and without a reopen (f07, f19, f36), slow first responses (f10, f23,
  f46), three agents on one case (f18), a fresh case inside the response target (f38).
- Mail: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and Outlook
  for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects), Apple
  Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora client; 7bit, quoted-printable,
  base64 (f26), multipart/alternative (f12, f34, acknowledgements), HTML-only (f17); PDF and
  PNG attachments; a customer out-of-office reply (f31); a reply without threading headers
  (f14); a resend without them (f30).
"""

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"FX-T{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=DESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", DESK),
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
    return mailcraft.cases_table("Practice corpus 64: Foxglove Recording Studios - cases",
                                 "make_practice64_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.foxglovestudios.example")
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
        raise SystemExit("refusing to write tests/practice64:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice64:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice64 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice64")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
