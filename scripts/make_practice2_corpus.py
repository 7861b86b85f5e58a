#!/usr/bin/env python3
"""Regenerate ``tests/practice2/``: the labelled support corpus of Kestrel Connect.

A support mailbox of a fictional regional broadband, mobile and TV provider, written without
looking at the detection heuristics or at the other corpora, to give the rule authors many
labelled unanswered questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the
contract defaults (response target 24 h, follow-up window 2 days, close-after 7 days,
handoff limit 2), support domain ``kestrelconnect.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase,
promises with their deadline and the message that kept them, unanswered questions, how many
questions it asked that were answered). The script recomputes status and every rule count
from those facts and the dates, and refuses to write when they disagree with the
hand-written case labels, or when a labelled question is not verbatim in the customer's own
text of the case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice2_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
import json
import shutil
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
RESPONSE_TARGET = timedelta(hours=24)
FOLLOW_UP_WINDOW = timedelta(days=2)
CLOSE_AFTER = timedelta(days=7)
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "kestrelconnect.example"
SUPPORT = "Kestrel Connect Support <support@kestrelconnect.example>"
HELPDESK = "Kestrel Connect <support@kestrelconnect.example>"
RULES = mailcraft.RULES
CET = timezone(timedelta(hours=1))

AGENTS = {
    "rachel": ("Rachel Owens <rachel.owens@kestrelconnect.example>", "thunderbird", """-- 
Rachel Owens
Customer Support | Kestrel Connect
Check service status: https://status.kestrelconnect.example/?area=all"""),
    "jonas": ("Jonas Weber <jonas.weber@kestrelconnect.example>", "thunderbird_de", """-- 
Jonas Weber
Kundenservice (Deutsch) | Kestrel Connect
https://kestrelconnect.example/de/hilfe?ref=signatur"""),
    "camille": ("Camille Roux <camille.roux@kestrelconnect.example>", "apple_fr", """-- 
Camille Roux
Service client (français) | Kestrel Connect
https://kestrelconnect.example/fr/aide?utm_source=email"""),
    "lucia": ("Lucía Herrera <lucia.herrera@kestrelconnect.example>", "outlook", """-- 
Lucía Herrera
Atención al cliente (español) | Kestrel Connect
lucia.herrera@kestrelconnect.example | +44 113 496 0577"""),
    "martin": ("Martin Hale <martin.hale@kestrelconnect.example>", "outlook", """-- 
Martin Hale
Billing Team | Kestrel Connect
This e-mail and any attachment are confidential and intended only for
the addressee. Kestrel Connect Ltd, registered in England no. 0000000."""),
    "dev": ("Dev Patel <dev.patel@kestrelconnect.example>", "gmail", """-- 
Dev Patel
Technical Support & Field Engineering | Kestrel Connect
Is your router up to date? https://kestrelconnect.example/firmware?model=hub3"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Kestrel Connect. This is an automatic confirmation:
your message has been logged as ticket {ref}. Our support team works
Monday to Saturday, 8am-8pm, and we will reply within 24 hours.

Please do not reply to this e-mail.

Kestrel Connect Support
https://kestrelconnect.example/help?ticket={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Kestrel Connect. Dies ist eine
automatische Eingangsbestätigung (Ticket {ref}). Wir antworten
innerhalb von 24 Stunden.

Bitte antworten Sie nicht auf diese E-Mail.

Kestrel Connect Kundenservice""",
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
    "oldclient": ["X-Mailer: QUALCOMM Windows Eudora Version 7.1"],
    "helpdesk": ["X-Mailer: Kestrel HelpCentre 3.2"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="kc.", outlook_server="LO2PR0")

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, int | None]] = field(default_factory=list)  # deadline, index of the keeping message in the case
    uq: list[str] = field(default_factory=list)
    answered: int = 0  # questions of this customer message that support answered
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""


@dataclass
class Case:
    """A labelled case: hand-written labels plus its messages (with their facts)."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    client: str
    subject: str
    story: str
    tz: timezone = UTC
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The labelled unanswered questions, in message order."""
        return [q for m in self.msgs for q in m.uq]


CASES: list[Case] = []


def at(day: int, hour: int, minute: int = 0, tz: timezone = UTC) -> datetime:
    """A time on ``day`` November 2026."""
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def eod(day: int) -> datetime:
    """The end of ``day`` November 2026 (UTC): the deadline of a promise for that day."""
    return datetime(2026, 11, day, 23, 59, 59, tzinfo=UTC)


def case(name, lang, status, rules, customer, client, subject, story, tz=UTC) -> Case:
    """Register a case with its hand-written labels."""
    c = Case(name, lang, status, rules, customer, client, subject, story, tz)
    CASES.append(c)
    return c


def _reply_subject(c: Case, client: str, role: str) -> str:
    prefix = "AW: " if client == "outlook_de" else ("RE: " if client in ("outlook", "owa") else "Re: ")
    return prefix + c.subject


def _last_human(c: Case) -> str | None:
    keys = [m.key for m in c.msgs if m.role != "ack"]
    return keys[-1] if keys else None


def cust(c: Case, when: tuple, body: str, *, uq=(), answered=0, chase=False, thanks=False,
         quote=True, parent="last", subject=None, client=None, **kw) -> Msg:
    """A customer message of case ``c`` (a reply to the last message unless it is the first)."""
    client = client or c.client
    parent = _last_human(c) if parent == "last" else parent
    if parent and quote and "{quote}" not in body:
        body = body.rstrip("\n") + "\n\n{quote}"
    m = Msg(key=f"{c.name[:3]}{len(c.msgs):02d}", case=c.name, role="customer", client=client,
            frm=c.customer, to=SUPPORT, date=at(*when, tz=c.tz), body=body, parent=parent,
            subject=subject or (_reply_subject(c, client, "customer") if parent else c.subject),
            uq=list(uq), answered=answered, chase=chase, thanks_only=thanks, **kw)
    c.msgs.append(m)
    return m


def agent(c: Case, who: str, when: tuple, body: str, *, promises=(), closes=False, quote=True,
          parent="last", subject=None, **kw) -> Msg:
    """A support reply by agent ``who`` in case ``c``, signed with the agent's signature."""
    frm, client, sig = AGENTS[who]
    parent = _last_human(c) if parent == "last" else parent
    text = body.rstrip("\n") + "\n\n" + sig
    if quote and parent:
        text += "\n\n{quote}"
    m = Msg(key=f"{c.name[:3]}{len(c.msgs):02d}", case=c.name, role="agent", agent=who,
            client=client, frm=frm, to=c.customer, date=at(*when), body=text, parent=parent,
            subject=subject or _reply_subject(c, client, "agent"), promises=list(promises),
            closes=closes, **kw)
    c.msgs.append(m)
    return m


def ack(c: Case, when: tuple, ref: str, lang: str = "en") -> Msg:
    """The helpdesk robot's acknowledgement of the case's last customer message."""
    parent = _last_human(c)
    m = Msg(key=f"{c.name[:3]}{len(c.msgs):02d}", case=c.name, role="ack", client="helpdesk",
            frm=HELPDESK, to=c.customer, date=at(*when), body=ACK[lang].format(ref=ref),
            parent=parent, subject=f"[Ticket {ref}] " + c.subject,
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    c.msgs.append(m)
    return m


def key_of(c: Case, index: int) -> str:
    """The key of the ``index``-th message of case ``c`` (negative: from the end)."""
    return c.msgs[index].key


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

c = case("k01-cancel-broadband-notice", "en", "closed", {},
         "Hannah Price <hannah.price@example.com>", "gmail", "Cancelling my broadband",
         "Three questions about cancelling, answered in one paragraph out of order; thanks-only "
         "reply after; quiet-closed.")
cust(c, (2, 9, 12), """Hi,

I'm thinking of leaving Kestrel when we move in the spring. A few questions before I decide:

What is the notice period on my broadband contract? Is there an early termination fee if I
leave before March? And can I keep my @kestrelmail address after cancelling?

Account number 55120833.

Thanks,
Hannah
""", answered=3)
agent(c, "rachel", (2, 14, 30), """Hi Hannah,

Thanks for checking first. Your @kestrelmail mailbox stays active for 90 days after the
service ends, after that it's closed, so it's worth setting up forwarding. Your minimum term
ended in August, so there's no charge for leaving at all - you only need to give us 30 days'
notice, by phone or by replying to this e-mail with your leaving date.

Kind regards,
Rachel""")
cust(c, (2, 18, 5), """Brilliant, that's really clear - thank you!

Hannah
""", thanks=True)

c = case("k02-bill-higher-paperless", "en", "closed", {"unanswered-question": 1},
         "Tom Baxter <tbaxter@example.org>", "thunderbird", "November bill",
         "Bill-increase question answered; the paper-free request in passing is ignored.")
cust(c, (9, 8, 40), """Hello,

Why is my November bill £12 higher than usual? I haven't changed anything on the account.

Also, please switch my bill to paper-free - I don't need the printed copy any more.

Regards,
Tom Baxter
Account 55388102
""", uq=["Also, please switch my bill to paper-free"], answered=1)
agent(c, "martin", (9, 15, 2), """Dear Mr Baxter,

The difference is made of two things: the annual price change of £3.50 that took effect
on 1 November (we wrote to you about it in September), and £8.50 for calls to 0870 numbers
in October, itemised on page 2 of the bill.

Best regards,
Martin Hale""")

c = case("k03-router-install-slot", "en", "pending", {},
         "Priya Shah <priya.shah@example.net>", "gmail", "Installation appointment questions",
         "Three questions answered inline under the quoted text.")
cust(c, (16, 19, 20), """Hi there,

My fibre installation is booked for next Tuesday (order KC-771204). Can the engineer come on
a Saturday instead? Do I need to be home for the whole 8-1 slot? And is the wifi password for
the new router on the sticker, or do you send it separately?

Cheers,
Priya
""", answered=3)
agent(c, "dev", (17, 10, 15), """Hi Priya,

Answers below.

> Can the engineer come on a Saturday instead?

Yes - I've moved you to Saturday 28 November, 8am-1pm. You'll get a text confirming it.

> Do I need to be home for the whole 8-1 slot?

Someone over 18 needs to be there; the engineer calls 30 minutes before arriving.

> And is the wifi password for the new router on the sticker, or do you send it separately?

It's printed on the card that slides out of the back of the hub.

Dev""", quote=False)

c = case("k04-harrogate-outage", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "Gareth Lloyd <gareth.lloyd@example.com>", "outlook", "Broadband down in Harrogate",
         "Outage confirmed, update promised for 6pm next day arrives a day late after a chase; "
         "compensation question never answered.")
cust(c, (16, 8, 5), """Hello,

Is there an outage in Harrogate? My broadband has been down since about 6 this morning and
all the lights on the hub are orange. I work from home so this is a real problem.

Will I get compensation for the days without service?

Gareth Lloyd
""", uq=["Will I get compensation for the days without service?"], answered=1)
agent(c, "rachel", (16, 9, 40), """Hi Gareth,

Yes, I'm sorry - there is a fibre break near the Harrogate exchange affecting around 400
customers in HG1 and HG2. Our field team is on site. I'll update you by 6pm tomorrow with the
repair time.

Rachel""", promises=[(eod(17), 3)])
cust(c, (18, 9, 30), """Any update? Still no internet here and nobody has been in touch.

Gareth
""", chase=True, answered=1)
agent(c, "rachel", (18, 11, 0), """Hi Gareth,

Sorry for the silence yesterday. The damaged cable has been spliced and the exchange is back;
your hub should reconnect by itself within the hour. If it doesn't, switch it off for 30
seconds.

Rachel""")

c = case("k05-speed-500-getting-40", "en", "closed", {"unanswered-question": 1},
         "Olu Adebayo <olu.adebayo@example.net>", "gmail", "Paying for 500Mb, getting 40",
         "Line-test request handled, the wired-connection question skipped.")
cust(c, (4, 21, 14), """Hi,

I'm paying for Full Fibre 500 and speed tests are showing around 40 Mb in the evenings, a
bit better in the morning. Could you run a line test?
Would a wired connection make a difference to the figures I'm seeing?

thnaks
Olu
""", uq=["Would a wired connection make a difference to the figures I'm seeing?"], answered=1)
agent(c, "dev", (5, 10, 30), """Hi Olu,

I ran a full line test this morning: the line syncs at 500/75 and there are no errors between
the cabinet and your home, so the connection itself is healthy. I've opened a ticket with our
network team to look at evening congestion in your area and they'll be monitoring it this
week.

Dev""")

c = case("k06-port-number-from-vodafone", "en", "closed", {},
         "Ewan Frazer <ewan.frazer@example.org>", "outlook", "Number transfer",
         "Porting request with two questions; a short 'done' reply covers all three.")
cust(c, (3, 12, 1), """Hello

Please port my number 07700 900123 from Vodafone to my new Kestrel SIM (ending 4471). The
PAC code is VOD482913. How long will the number be out of service? Please also cancel the
old Vodafone contract for me.

Thanks
Ewan Frazer
""", answered=3)
agent(c, "rachel", (3, 15, 45), """Hi Ewan,

Done - the transfer is scheduled for Thursday 5 November. Expect up to two hours without
service that morning. Your Vodafone contract closes automatically when the number moves, so
there's nothing you need to cancel.

Rachel""")

c = case("k07-roaming-switzerland", "en", "closed", {"unanswered-question": 1},
         "Sophie Marsh <sophie.marsh@example.com>", "iphone", "Roaming charges Switzerland",
         "Templated roaming reply answers 'is Switzerland covered' and links the list; the "
         "refund request is ignored.")
cust(c, (5, 7, 50), """Hi, I've just been charged £48 for roaming in Switzerland on a 3 day work trip. I
thought my plan included EU roaming - is Switzerland not covered?
Could you refund the charges? Please also send me the list of countries that are included.

Sophie

Sent from my iPhone
""", uq=["Could you refund the charges?"], answered=2)
agent(c, "rachel", (5, 13, 10), """Dear Sophie,

Thank you for your e-mail about roaming.

Roam Like Home on your plan covers 47 destinations, including all EU countries. Switzerland
is not part of the EU and is charged at our Europe Zone 2 rates (£2 per MB, capped at £48 per
billing period). You can find the full list of included destinations here:
https://kestrelconnect.example/roaming?zone=all

Kind regards,
Rachel""")

c = case("k08-moving-house-york", "en", "closed", {"unanswered-question": 1},
         "Dan Whitaker <dan.whitaker@example.com>", "gmail", "Moving house in December",
         "Moving questions answered in other words; 'also, please update our billing address' "
         "ignored.")
cust(c, (2, 17, 30), """Hi Kestrel team,

We're moving on 4 December to 12 Mill Lane, York YO1 7XX. Can we take our broadband and TV
with us? Will the contract restart from zero if we move?

Also, please update our billing address to the new one from 1 December.

Dan
""", uq=["Also, please update our billing address to the new one from 1 December."], answered=2)
agent(c, "rachel", (3, 9, 5), """Hi Dan,

Good news: Mill Lane is in our full-fibre area, so both services move with you at no charge
and you keep your current contract end date - nothing restarts. I've booked the switch-over
for 4 December; the engineer will contact you the day before.

Rachel""")

c = case("k09-stolen-phone-sim", "en", "open", {"reopened": 1},
         "Leah Gordon <leah.gordon@example.net>", "iphone", "Stolen phone - block SIM",
         "SIM blocked and replacement sent, ticket explicitly closed; the new SIM then fails to "
         "activate: reopened, and still within the response target.")
cust(c, (12, 22, 40), """My phone was stolen tonight. Please block my SIM straight away and send a replacement to
the address on file. Can I keep the same number?

Leah Gordon, 07700 900777

Sent from my iPad
""", answered=2)
agent(c, "rachel", (13, 8, 10), """Hi Leah,

Done and done: the SIM was blocked at 8:02 this morning and a replacement is in the post to
your home address, and yes - it keeps your number. I'm closing this ticket now; just reply if
anything else comes up.

Rachel""", closes=True)
cust(c, (20, 10, 15), """Hi Rachel, the new SIM arrived but the phone says "SIM not provisioned". What do I do
now?

Leah
""")

c = case("k10-business-static-ip", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
         "Mark Ellison <mark@ellison-joinery.example>", "outlook", "Business line changes",
         "Business customer: three agents; static IP confirmed a day after 'by end of day'; "
         "quote attached; the new authorised contact is never added.")
cust(c, (13, 9, 0), """Hello,

A few changes for Ellison Joinery Ltd (business account KB-40177):

1. Can you add a static IP to our business broadband?
2. Please send a quote for four extra mobile lines on the Business 30GB plan.
3. Does the business SLA cover weekends?

Also, please add our new office manager, Priya Ahmed, as an authorised contact on the account.

Regards,
Mark Ellison
Director, Ellison Joinery Ltd
Questions about our work? https://ellison-joinery.example/contact?src=sig
""", uq=["Also, please add our new office manager, Priya Ahmed, as an authorised contact on the account."],
     answered=3)
agent(c, "rachel", (13, 11, 20), """Hi Mark,

Thanks for the list. Yes, the Business SLA runs seven days a week with an 8-hour fix target,
weekends included. I've passed the static IP to our technical team and the quote to Billing.

Rachel""")
agent(c, "dev", (13, 14, 5), """Hi Mark,

Dev from Technical here. A static IP is possible on your line; I'll confirm the address and
the activation time by end of day.

Dev""", promises=[(eod(13), 4)])
agent(c, "martin", (16, 10, 0), """Dear Mark,

Please find attached the quote for four Business 30GB lines (£12 per line per month,
24 months).

Best regards,
Martin Hale""", attach=[("application/pdf", "Kestrel-quote-KB-40177.pdf",
                         mailcraft.pdf(["Kestrel Connect - Quote Q-88120",
                                        "4 x Business 30GB mobile line",
                                        "GBP 12.00 per line per month, 24 months"]))])
agent(c, "dev", (16, 15, 30), """Hi Mark,

Sorry this took longer than I said. Your static IP is 203.0.113.45 and it goes live tonight
at midnight; the router picks it up after a restart.

Dev""")

c = case("k11-direct-debit-date", "en", "closed", {},
         "Irene Novak <irene.novak@example.org>", "thunderbird", "Direct debit date",
         "A bare 'Done.' answers the request; a follow-up question gets a date-only answer.")
cust(c, (2, 11, 0), """Hello,

Could you move my direct debit from the 1st to the 15th of each month? Account 55002291.

Irene Novak
""", answered=1)
agent(c, "martin", (2, 13, 45), """Done.

Martin""")
cust(c, (2, 16, 20), """Great, thanks. And will the December payment be split, or taken in full on the new date?

Irene
""", answered=1)
agent(c, "martin", (3, 9, 5), """In full, on 15 December.

Martin""")

c = case("k12-vertragsverlaengerung", "de", "closed", {"unanswered-question": 1},
         "Sabine Krüger <sabine.krueger@example.de>", "gmail_de", "Vertragsverlängerung",
         "Treuerabatt und Starttermin beantwortet, die Bitte um die Rechnung als PDF übergangen.",
         tz=CET)
cust(c, (3, 10, 25), """Guten Tag,

ich möchte meinen Vertrag (Kundennummer 61177320) um 24 Monate verlängern. Gibt es dafür
einen Treuerabatt? Und ab wann würde der neue Tarif gelten?

Außerdem: Können Sie mir bitte die letzte Rechnung noch einmal als PDF schicken? Ich finde
sie im Kundenportal nicht.

Viele Grüße
Sabine Krüger
""", uq=["Können Sie mir bitte die letzte Rechnung noch einmal als PDF schicken?"], answered=2)
agent(c, "jonas", (3, 14, 0), """Guten Tag Frau Krüger,

vielen Dank für Ihre Treue! Bei einer Verlängerung um 24 Monate sinkt Ihr Grundpreis um
5 € auf 29,99 € monatlich. Der neue Preis gilt ab dem nächsten Abrechnungszeitraum, also ab
dem 1. Dezember. Ich habe die Verlängerung für Sie vorgemerkt.

Freundliche Grüße
Jonas Weber""")

c = case("k13-tv-box-fehler", "de", "pending",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "Klaus Brandt <k.brandt@example.de>", "outlook_de", "Fernsehen geht nicht - Fehler E-204",
         "Erste Antwort nach zwei Tagen, erst nach einer Nachfrage; die Frage nach einer "
         "Gutschrift bleibt offen.", tz=CET)
cust(c, (16, 19, 5), """Hallo,

seit Montag haben wir kein Fernsehen mehr, die Box zeigt nur den Fehler E-204. Was kann ich
tun? Und bekomme ich für die Ausfalltage eine Gutschrift?

Mit freundlichen Grüßen
Klaus Brandt
""", uq=["Und bekomme ich für die Ausfalltage eine Gutschrift?"], answered=1)
ack(c, (16, 18, 6), "KC-310552", "de")
cust(c, (18, 8, 30), """Ich warte immer noch auf eine Antwort. Das ist wirklich ärgerlich, wir zahlen schließlich
jeden Monat.

Klaus Brandt
""", chase=True, answered=1)
agent(c, "jonas", (18, 13, 10), """Guten Tag Herr Brandt,

entschuldigen Sie bitte die späte Antwort. E-204 bedeutet, dass die Box kein Signal vom
Router bekommt. Bitte verbinden Sie die Box mit dem beiligenden LAN-Kabel direkt mit dem
Router und starten Sie beide Geräte neu. Danach sollte das Bild innerhalb von fünf Minuten
zurückkommen.

Freundliche Grüße
Jonas Weber""")

c = case("k14-umzug-glasfaser", "de", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Petra Vogel <petra.vogel@example.de>", "thunderbird_de", "Umzug nach Leeds - Glasfaser?",
         "Verfügbarkeit soll bis Donnerstag geprüft werden; nichts kommt; die Nachfrage bleibt "
         "unbeantwortet.", tz=CET)
cust(c, (9, 11, 0), """Guten Tag,

wir ziehen am 1. Dezember innerhalb von Leeds um (neue Adresse: 7 Oak Road, LS8 3QT). Ist am
neuen Standort Glasfaser verfügbar?

Beste Grüße
Petra Vogel
""", answered=1)
agent(c, "jonas", (9, 15, 20), """Guten Tag Frau Vogel,

danke für die frühzeitige Info. Ich prüfe die Verfügbarkeit an der neuen Adresse mit
unserem Netzteam und melde mich bis Donnerstag bei Ihnen.

Freundliche Grüße
Jonas Weber""", promises=[(eod(12), None)])
cust(c, (16, 9, 45), """Guten Morgen Herr Weber,

gibt es schon etwas Neues wegen der Glasfaser? Der Umzug rückt näher.

Petra Vogel
""", chase=True)

c = case("k15-router-doppelt-berechnet", "de", "closed", {},
         "Heinz Maurer <heinz.maurer@example.at>", "gmail_de", "Router doppelt berechnet",
         "Zusage 'mein Kollege meldet sich morgen' vom Kollegen am nächsten Tag eingelöst.",
         tz=CET)
cust(c, (4, 9, 30), """Grüß Gott,

auf meiner Rechnung vom Oktober wurde die Routermiete doppelt berechnet (2x 4,99 €). Bitte
erstatten Sie mir den zu viel gezahlten Betrag.

Heinz Maurer
""", answered=1)
agent(c, "jonas", (4, 11, 0), """Guten Tag Herr Maurer,

danke für den Hinweis, Sie haben recht. Mein Kollege Martin aus der Buchhaltung meldet sich
morgen bei Ihnen wegen der Erstattung.

Freundliche Grüße
Jonas Weber""", promises=[(eod(5), 2)])
agent(c, "martin", (5, 10, 20), """Guten Tag Herr Maurer,

die doppelte Routermiete von 4,99 € wird Ihnen auf der Novemberrechnung gutgeschrieben.

Mit freundlichen Grüßen
Martin Hale""")

c = case("k16-rufnummer-mitnehmen", "de", "closed", {"unanswered-question": 1},
         "Jana Schulte <jana.schulte@example.de>", "gmail_de", "Rufnummer mitnehmen",
         "Mitnahme und Dauer beantwortet, die Kostenfrage übergangen.", tz=CET)
cust(c, (5, 18, 0), """Hallo,

ich überlege, mit meinem Handyvertrag zu Ihnen zu wechseln. Kann ich meine Rufnummer zu
Ihnen mitnehmen? Fallen dafür Kosten an?

Danke und Gruß
Jana Schulte
""", uq=["Fallen dafür Kosten an?"], answered=1)
agent(c, "jonas", (6, 9, 30), """Hallo Frau Schulte,

ja, das geht problemlos. Sie beantragen bei Ihrem bisherigen Anbieter die Mitnahme, wir
übernehmen den Rest; die Umstellung dauert in der Regel einen Werktag. Den Antrag finden Sie
hier: https://kestrelconnect.example/de/rufnummer?form=port

Freundliche Grüße
Jonas Weber""")

c = case("k17-resiliation-ligne-fixe", "fr", "closed", {"unanswered-question": 2},
         "Claire Dubois <claire.dubois@example.fr>", "apple_fr", "Résiliation ligne fixe",
         "Seule la première des trois demandes reçoit une réponse ; frais et étiquette retour "
         "restent sans réponse.", tz=CET)
cust(c, (4, 10, 10), """Bonjour,

Je souhaite résilier ma ligne fixe mais garder le bouquet TV. Est-ce possible ?
Je voudrais savoir si des frais de résiliation s'appliquent dans ce cas.
Pourriez-vous aussi m'envoyer une étiquette pour renvoyer l'ancien décodeur ?

Cordialement,
Claire Dubois
""", uq=["Je voudrais savoir si des frais de résiliation s'appliquent dans ce cas.",
         "Pourriez-vous aussi m'envoyer une étiquette pour renvoyer l'ancien décodeur ?"],
     answered=1)
agent(c, "camille", (4, 15, 40), """Bonjour Madame Dubois,

Oui, c'est tout à fait possible : la formule « TV seule » est à 15 € par mois et fonctionne
avec votre box actuelle. J'ai noté votre demande, le changement prendra effet au début du
prochain cycle de facturation.

Bien cordialement,
Camille""")

c = case("k18-forfait-maroc", "fr", "closed",
         {"customer-chased": 1, "slow-first-response": 1},
         "Youssef Benali <y.benali@example.fr>", "gmail", "Forfait au Maroc",
         "Pas de réponse pendant trois jours, relance polie, puis réponse complète.", tz=CET)
cust(c, (2, 20, 15), """Bonjour,

Mon forfait mobile fonctionne-t-il au Maroc ? Je pars pour deux semaines.

Merci,
Youssef Benali
""", answered=1)
cust(c, (5, 9, 0), """Bonjour,

Je me permets de vous relancer concernant ma question ci-dessous, je pars samedi.

Youssef
""", chase=True, answered=1)
agent(c, "camille", (5, 11, 25), """Bonjour Monsieur Benali,

Toutes nos excuses pour ce délai. Le Maroc n'est pas inclus dans votre forfait, mais
l'option Voyage Monde (10 € pour 7 jours, 2 Go et 60 minutes) couvre le pays : envoyez
VOYAGE au 2020 avant de partir.

Bon voyage,
Camille""")

c = case("k19-technicien-local-technique", "fr", "closed", {},
         "Nathalie Girard <n.girard@example.fr>", "apple_fr", "Installation fibre le 18",
         "« Je reviens vers vous d'ici jeudi » tenu le mercredi ; question suivante répondue.",
         tz=CET)
cust(c, (9, 9, 40), """Bonjour,

Mon installation fibre est prévue le 18 novembre. Le technicien doit-il accéder au local
technique de l'immeuble ?

Nathalie Girard
""", answered=1)
agent(c, "camille", (9, 14, 0), """Bonjour Madame Girard,

Je vérifie avec l'équipe terrain et je reviens vers vous d'ici jeudi.

Bien à vous,
Camille""", promises=[(eod(12), 2)])
agent(c, "camille", (11, 10, 30), """Bonjour Madame Girard,

Oui : le technicien aura besoin d'accéder au local technique au sous-sol. Prévenez votre
syndic ou gardien pour qu'il lui ouvre le jour J.

Bien à vous,
Camille""")
cust(c, (11, 12, 0), """Merci beaucoup. Et faut-il que je sois présente toute la matinée ?

N. Girard
""", answered=1)
agent(c, "camille", (11, 16, 10), """Oui, le créneau est de 8 h à 12 h et le technicien vous appelle une demi-heure avant.

Camille""")

c = case("k20-frais-mise-en-service", "fr", "pending", {"unanswered-question": 1},
         "Marc Lefèvre <marc.lefevre@example.fr>", "gmail", "Frais de mise en service",
         "Question sur les frais répondue ; la demande du contrat signé, dans un mail suivant, "
         "reçoit une réponse type (questionnaire de satisfaction).", tz=CET)
cust(c, (16, 8, 50), """Bonjour,

Ma facture de novembre comporte des frais de 29 € pour « mise en service ». Pourquoi ? Je
n'ai rien demandé de nouveau.

Marc Lefèvre
""", answered=1)
agent(c, "martin", (16, 13, 0), """Bonjour Monsieur Lefèvre,

Il s'agit des frais uniques pour l'activation de votre deuxième ligne mobile le 2 novembre,
comme indiqué dans le contrat (article 4.2). Ils n'apparaîtront plus sur les prochaines
factures.

Cordialement,
Martin Hale""")
cust(c, (16, 15, 30), """D'accord, merci. Par contre, pouvez-vous m'envoyer le contrat signé ? Je ne le retrouve pas.

Marc
""", uq=["Par contre, pouvez-vous m'envoyer le contrat signé ?"])
agent(c, "camille", (17, 9, 0), """Bonjour Monsieur Lefèvre,

Merci pour votre retour ! Votre avis compte : notez notre service en deux minutes ici
https://kestrelconnect.example/fr/avis?ticket=KC-318877

Bonne journée,
Camille""")

c = case("k21-portabilidad-movistar", "es", "closed", {},
         "Javier Moreno <javier.moreno@example.es>", "gmail_es", "Portabilidad de mi número",
         "Dos preguntas respondidas con un sí y un plazo.", tz=CET)
cust(c, (3, 17, 0), """Hola,

Quisiera saber si puedo traer mi número de Movistar a Kestrel. ¿Cuánto tarda el cambio?

Saludos,
Javier Moreno
""", answered=2)
agent(c, "lucia", (4, 9, 15), """Hola Javier:

Sí, sin coste. El cambio tarda un día hábil desde que recibimos su código PAC.

Un saludo,
Lucía""")

c = case("k22-cobro-duplicado", "es", "closed", {"unanswered-question": 1},
         "Carmen Ortiz <carmen.ortiz@example.es>", "gmail_es", "Cobro duplicado noviembre",
         "Devolución resuelta; la factura con NIF se ignora.", tz=CET)
cust(c, (6, 12, 30), """Buenas tardes,

Me han cobrado dos veces la cuota de noviembre (2 x 39,90 €). Por favor, devuélvanme el
importe duplicado.

¿Y podrían enviarme la factura a nombre de mi empresa con el NIF B12345678?

Gracias,
Carmen Ortiz
""", uq=["¿Y podrían enviarme la factura a nombre de mi empresa con el NIF B12345678?"], answered=1)
agent(c, "lucia", (6, 16, 0), """Hola Carmen:

Tiene razón, disculpe. He ordenado la devolución de 39,90 €; la verá en su cuenta en tres a
cinco días hábiles.

Un saludo,
Lucía""")

c = case("k23-router-se-reinicia", "es", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "Andrés Ruiz <andres.ruiz@example.es>", "gmail_es", "El router se reinicia solo",
         "'Le escribo el lunes' cumplido el jueves tras '¿Hay alguna novedad?'; la pregunta de "
         "devolver el router viejo queda sin respuesta.", tz=CET)
cust(c, (5, 19, 0), """Hola,

El router se reinicia solo cada hora más o menos. ¿Me pueden mandar uno nuevo?
¿Tengo que devolver el router viejo?

Andrés Ruiz
""", uq=["¿Tengo que devolver el router viejo?"], answered=1)
agent(c, "lucia", (6, 9, 30), """Hola Andrés:

Lo siento. Voy a tramitar el cambio de router con el almacén y le escribo el lunes con la
fecha de envío.

Un saludo,
Lucía""", promises=[(eod(9), 3)])
cust(c, (11, 18, 20), """¿Hay alguna novedad? Sigo esperando y el router sigue igual.

Andrés
""", chase=True, answered=1)
agent(c, "lucia", (12, 10, 0), """Hola Andrés:

Disculpe el retraso. El router nuevo sale mañana por mensajería y le llegará el lunes.

Un saludo,
Lucía""")

c = case("k24-fibra-cortes-reabierto", "es", "pending", {"reopened": 1},
         "Lola Jiménez <lola.jimenez@example.es>", "outlook", "Cortes de fibra por la noche",
         "Incidencia cerrada expresamente; los cortes vuelven: reabierta y atendida.", tz=CET)
cust(c, (2, 22, 0), """Hola,

Desde hace una semana la fibra se corta todas las noches sobre las 23:00. ¿Pueden revisarlo?

Lola Jiménez
""", answered=1)
agent(c, "lucia", (3, 10, 0), """Hola Lola:

Hemos cambiado el puerto de su línea en la central; los cortes deberían haber terminado.
Doy por cerrada la incidencia; si vuelve a pasar, responda a este correo.

Un saludo,
Lucía""", closes=True)
cust(c, (16, 23, 30), """Hola Lucía,

La fibra vuelve a cortarse por las noches desde el sábado. ¿Pueden revisarlo otra vez?

Lola
""", answered=1)
agent(c, "dev", (17, 9, 40), """Hi Lola - Lucía asked me to look at this. Hola Lola: he visto microcortes en el ONT; un
técnico irá el jueves 19 por la mañana para cambiarlo.

Dev""")

c = case("k25-tv-sin-permanencia", "es", "pending", {"unanswered-question": 1},
         "Diego Navarro <diego.navarro@example.com>", "gmail", "TV package / paquete TV",
         "Mensaje mitad inglés, mitad español; permanencia respondida, canales de deportes no.",
         tz=CET)
cust(c, (17, 12, 10), """Hi, escribo en español si no les importa, my Spanish is better than my English.

¿Se puede contratar la TV sin permanencia? ¿Incluye los canales de deportes?

Thanks / gracias,
Diego
""", uq=["¿Incluye los canales de deportes?"], answered=1)
agent(c, "lucia", (17, 16, 0), """Hola Diego:

Sí: el paquete TV Flex no tiene permanencia, se puede cancelar con 30 días de aviso. Cuesta
18 € al mes y se activa en 24 horas.

Un saludo,
Lucía""")

c = case("k26-changer-heure-rdv", "fr", "closed", {},
         "Hélène Martin <helene.martin@example.fr>", "apple_fr", "Changer l'heure du rendez-vous",
         "Message HTML seul ; demande faite, confirmée par « C'est fait » ; remerciements.",
         tz=CET)
cust(c, (9, 8, 15), """Bonjour,

Est-ce que je peux décaler le rendez-vous du technicien du 12 novembre de 8 h à l'après-midi ?
Je travaille le matin.

Merci d'avance,
Hélène Martin
""", answered=1, kind="html")
agent(c, "camille", (9, 10, 5), """Bonjour Madame Martin,

C'est fait : le rendez-vous du 12 novembre est maintenant de 14 h à 18 h.

Bien à vous,
Camille""")
cust(c, (9, 10, 40), """Parfait, merci beaucoup !

Hélène
""", thanks=True, kind="html")

c = case("k27-forwarded-old-provider-letter", "en", "closed", {},
         "George Whitfield <g.whitfield@example.org>", "outlook", "FW: Your Skyline account",
         "Forwarded letter from the old provider full of questions; the customer's own question "
         "is answered with 'no'.")
cust(c, (5, 10, 0), """Hi, I got this from my old provider after switching to you. Do I need to do anything
with it?

George

________________________________
From: Skyline Broadband <noreply@skyline.example>
Sent: Wednesday, November 4, 2026 6:12 PM
To: g.whitfield@example.org
Subject: Your Skyline account

We're sorry to see you go! Have you considered our new Ultra 900 offer? Would you like us to
call you back to discuss it? Why not reply to this e-mail and tell us why you left?

Your final bill of £0.00 will be sent on 20 November.
""", answered=1)
agent(c, "rachel", (5, 12, 30), """Hi George,

No - that's just their leaving letter. Your switch completed on 2 November and the final
bill of £0.00 confirms there's nothing to pay.

Rachel""")

c = case("k28-bill-wrong-address", "en", "closed", {},
         "Maureen O'Connell <maureen.oconnell@example.com>", "gmail", "Bills going to my old flat",
         "Pleasantry and rhetorical outburst around one request, which is done.")
cust(c, (3, 20, 5), """Hello, hope you're all well?

Honestly, how hard can it be to send a bill to the right address?! I told you I'd moved in
September. Anyway: the October bill went to my old flat again. Please correct the address
to 4 Elm Court, Leeds LS6 2AB.

Maureen O'Connell
""", answered=1)
agent(c, "martin", (4, 9, 0), """Dear Ms O'Connell,

I'm sorry about that - the address change was only applied to your mobile account. I've
updated the broadband account to 4 Elm Court, Leeds LS6 2AB as well, so all bills go there
from now on.

Best regards,
Martin Hale""")

c = case("k29-sports-boost-addon", "en", "closed", {},
         "Ravi Kumar <ravi.kumar@example.net>", "thunderbird", "Cancel Sports Boost",
         "Self-answered question, then one request, done.")
cust(c, (4, 19, 30), """Hi,

Where do I find my account number? Never mind - it's at the top of the bill. Account 55791124:
please cancel the Sports Boost add-on from next month.

Ravi
""", answered=1)
agent(c, "rachel", (5, 8, 45), """Hi Ravi,

All sorted - Sports Boost ends on 30 November and won't appear on the December bill.

Rachel""")

c = case("k30-vat-invoice-business", "en", "closed", {},
         "Accounts - Kendal Print <accounts@kendalprint.example>", "owa", "VAT invoice October",
         "Business VAT invoice request answered with the attachment only; signature with a '?' "
         "URL and a disclaimer.")
cust(c, (6, 9, 15), """Hello,

Please send us a VAT invoice for October for account KB-20931.

Thank you,
Anita Shaw
Accounts, Kendal Print Ltd
Need print in a hurry? https://kendalprint.example/quote?src=email

This message is confidential. If you received it in error, could you please let us know and
delete it?
""", answered=1)
agent(c, "martin", (6, 11, 0), """Attached.

Martin Hale""", attach=[("application/pdf", "VAT-invoice-KB-20931-Oct.pdf",
                         mailcraft.pdf(["Kestrel Connect Ltd - VAT invoice 2026-10-20931",
                                        "Business Fibre 300, October 2026",
                                        "Net GBP 45.00  VAT GBP 9.00  Total GBP 54.00"]))])

c = case("k31-wifi-drops-model-question", "en", "closed", {},
         "Fiona Grant <fiona.grant@example.org>", "gmail", "Wifi keeps dropping",
         "Support asks which router; the customer answers inline under support's quoted "
         "question and asks about a reset, which is answered.")
cust(c, (2, 18, 0), """Hi,

My wifi keeps dropping in the evenings for a minute or two at a time. Is there something I
can do about it?

Fiona
""", answered=1)
agent(c, "dev", (3, 9, 10), """Hi Fiona,

Usually this is interference or old firmware. Which router model do you have - is it the
black Kestrel Hub 3 or the older white Hub 2? The model name is on the base.

Dev""")
cust(c, (3, 12, 30), """Hi Dev,

On Tue, 3 Nov 2026 at 09:10, Dev Patel <dev.patel@kestrelconnect.example> wrote:
> Which router model do you have - is it the
> black Kestrel Hub 3 or the older white Hub 2?

It's the black one, Hub 3.

Should I factory reset it?

Fiona
""", answered=1, quote=False)
agent(c, "dev", (3, 15, 0), """Hi Fiona,

No need to reset - I've pushed the latest firmware to your Hub 3 remotely and moved it to a
less crowded wifi channel. Restart it tonight and the drops should stop.

Dev""")

c = case("k32-upgrade-900-waiting", "en", "open",
         {"customer-chased": 1, "awaiting-reply": 1},
         "Ben Carter <ben.carter@example.com>", "gmail", "Upgrade to 900Mb",
         "Acknowledged by the helpdesk robot only; the customer follows up; nobody replies.")
cust(c, (16, 10, 0), """Hello,

Can I upgrade to the 900 Mb package mid-contract, and what would it cost per month?

Ben Carter
Account 55630019
""")
ack(c, (16, 10, 1), "KC-317040")
cust(c, (18, 11, 30), """Just following up on my email below - any news on the upgrade?

Ben
""", chase=True)

c = case("k33-fresh-today-sim-data", "en", "open", {},
         "Alice Moreau <alice.moreau@example.net>", "iphone", "No mobile data since this morning",
         "Fresh case of today, still inside the response target.")
cust(c, (20, 9, 5), """Hi, my mobile data stopped working this morning - calls and texts are fine. Is there a
problem in Bradford or is it my phone?

Alice

Sent from my iPhone
""")
ack(c, (20, 9, 6), "KC-320115")

c = case("k34-cinema-channels-missing", "en", "pending", {},
         "Peter Hughes <peter.hughes@example.org>", "outlook", "Cinema channels gone",
         "Explanation given and an update promised by Tuesday 24 November - still ahead at audit "
         "time.")
cust(c, (18, 20, 0), """Hi,

Why has my TV package lost the Cinema channels? They disappeared on Monday and I'm still
paying for Cinema Plus.

Peter Hughes
""", answered=1)
agent(c, "rachel", (19, 10, 0), """Hi Peter,

I'm sorry - the Cinema channels were pulled on Monday because of a rights dispute between
the channel owner and several TV providers, not just us. You won't pay for Cinema Plus while
they're off air; I'll update you by Tuesday 24 November on when they come back.

Rachel""", promises=[(datetime(2026, 11, 24, 23, 59, 59, tzinfo=UTC), None)])

c = case("k35-router-dead-courier", "en", "closed", {},
         "Sandra Okoye <sandra.okoye@example.com>", "android", "Router dead",
         "Replacement sent; the courier date is logistics and 'if you'd like, I can book an "
         "engineer' a conditional offer; thanks-only reply.")
cust(c, (9, 7, 30), """Hi, my router is dead - all the lights are off even with a different plug. Can you send a
replacement?

Sandra Okoye
""", answered=1)
agent(c, "dev", (9, 11, 0), """Hi Sandra,

Sorry about that. A new Hub 3 is on its way: the courier will deliver it on Thursday and
collect the old one at the same time. If you'd like, I can also book an engineer to set it up
- just say so.

Dev""")
cust(c, (9, 12, 10), """Courier is fine, thanks!

Sandra
""", thanks=True)

c = case("k36-business-line-crackle", "en", "closed", {},
         "Owen Reid <owen@reid-plumbing.example>", "outlook", "Crackle on business line",
         "'I'll run a test and get back to you' (no deadline) kept the next day; explicit close; "
         "the customer's thanks does not reopen.")
cust(c, (9, 9, 0), """Hi,

Our business landline has a loud crackle on every call since the storm. Can someone check
it?

Owen Reid
Reid Plumbing & Heating
""", answered=1)
agent(c, "dev", (9, 13, 0), """Hi Owen,

I'll run a remote line test and get back to you with the result.

Dev""", promises=[(at(11, 13, 0), 2)])
agent(c, "dev", (10, 10, 15), """Hi Owen,

The test found a faulty joint in the street cabinet. An engineer will repair it on Thursday
12 November; you don't need to be there. The job is booked under FR-55310.

Dev""")
agent(c, "dev", (12, 16, 40), """Hi Owen,

The engineer replaced the joint this afternoon and the line tests clean. I'll mark this ticket
as resolved.

Dev""", closes=True)
cust(c, (12, 18, 0), """Calls are crystal clear now. Thanks Dev!

Owen
""", thanks=True)

c = case("k37-goodwill-credit", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "Julie Dawson <julie.dawson@example.net>", "apple", "Goodwill credit",
         "'I'll get back to you' without a deadline kept after six days and a chase; the "
         "contract-end-date question is skipped.")
cust(c, (12, 9, 0), """Hello,

I was promised a £20 goodwill credit on the phone last week after the outage. When will it
appear on my bill? Could you also confirm my contract end date?

Julie Dawson
""", uq=["Could you also confirm my contract end date?"], answered=1)
agent(c, "martin", (12, 14, 0), """Dear Ms Dawson,

Let me check the call notes and I'll get back to you.

Best regards,
Martin Hale""", promises=[(at(14, 14, 0), 3)])
cust(c, (17, 10, 0), """Hello Martin,

I haven't heard back about the credit. Could you let me know?

Julie
""", chase=True, answered=1)
agent(c, "martin", (18, 9, 30), """Dear Ms Dawson,

Apologies for the delay. The £20 credit has now been applied and will show on your December
bill.

Best regards,
Martin Hale""")

c = case("k38-puk-code-resend", "en", "closed",
         {"customer-chased": 1, "slow-first-response": 1},
         "Kevin Doyle <kevin.doyle@example.org>", "oldclient", "PUK code",
         "Request resent as a new message (same subject, no threading headers) after two days "
         "of silence; answered with the code.")
cust(c, (2, 8, 20), """Hello

Please send me a PUK code for my SIM, number 07700 900456. The phone locked itself after my
son tried the PIN three times.

Kevin Doyle
""", answered=1)
cust(c, (4, 8, 0), """Hello

Sending this again as I've had no reply:

Please send me a PUK code for my SIM, number 07700 900456. The phone locked itself after my
son tried the PIN three times.

Kevin Doyle
""", chase=True, answered=1, parent=None, subject="PUK code")
agent(c, "rachel", (4, 10, 30), """Hi Kevin,

Sorry for the wait. The PUK for 07700 900456 is 40912783. Enter it when the phone asks, then
choose a new PIN.

Rachel""")

c = case("k39-social-tariff", "en", "closed", {"slow-first-response": 1},
         "Nadia Hussain <nadia.hussain@example.com>", "gmail", "Social tariff",
         "Sent on a Friday evening, answered on Monday afternoon (slow); both questions answered "
         "with a price and a link.")
cust(c, (6, 19, 0), """Hi,

Do you offer a social tariff for people on Universal Credit? Do I need to send proof of
benefits, and where to?

Thanks,
Nadia
""", answered=2)
agent(c, "rachel", (9, 15, 0), """Hi Nadia,

Yes - Kestrel Essentials, £15 a month for 150 Mb with no price rises. Upload a photo of your
latest UC statement here: https://kestrelconnect.example/essentials?apply=1

Rachel""")

c = case("k40-tv-box-inline-manual", "en", "pending", {"unanswered-question": 1},
         "Liam Turner <liam.turner@example.net>", "thunderbird", "New TV box questions",
         "Four questions, three answered inline; the manual request is skipped.")
cust(c, (17, 18, 30), """Hi,

A few questions about the new Kestrel TV box before I order it:

Does it support Netflix and iPlayer?
Can I record two channels at once?
Is there a monthly fee for the box itself?
Could you send me the user manual?

Liam
""", uq=["Could you send me the user manual?"], answered=3)
agent(c, "rachel", (18, 9, 20), """Hi Liam,

On 11/17/26 6:30 PM, Liam Turner wrote:
> Does it support Netflix and iPlayer?

Yes, both, plus Disney+ and Prime Video.

> Can I record two channels at once?

Up to four, while watching a fifth.

> Is there a monthly fee for the box itself?

No, it's included in every TV package.

Rachel""", quote=False)

c = case("k41-fttp-when-answer-fttc", "en", "pending", {"unanswered-question": 1},
         "Helen Brooks <helen.brooks@example.org>", "gmail", "Full fibre in Otley?",
         "Asks when full fibre (FTTP) reaches her area; the agent answers about today's FTTC "
         "speeds instead; the waiting-list request is answered.")
cust(c, (16, 12, 0), """Hello,

Is my area (LS21 1AA, Otley) getting full fibre to the premises this year? Could you tell me
whether there's a waiting list I can join?

Helen
""", uq=["Is my area (LS21 1AA, Otley) getting full fibre to the premises this year?"],
     answered=1)
agent(c, "rachel", (16, 15, 20), """Hi Helen,

Our Superfast service is available at LS21 1AA today with download speeds up to 80 Mb, from
£26 a month. You can register your interest for future upgrades here and we'll e-mail you:
https://kestrelconnect.example/register-interest?postcode=LS211AA

Rachel""")

c = case("k42-plan-change-then-poland", "en", "pending", {"unanswered-question": 1},
         "Tomasz Nowak <tomasz.nowak@example.com>", "gmail", "Change mobile plan",
         "Plan change done; a new question in a later mail gets a templated 'glad it's sorted'.")
cust(c, (13, 8, 45), """Hi,

Please move my mobile plan from 10GB to the 30GB plan from the next bill.

Tomasz
""", answered=1)
agent(c, "rachel", (13, 11, 0), """Hi Tomasz,

Done - you're on 30GB from 1 December, £14 a month.

Rachel""")
cust(c, (16, 19, 10), """Thanks! One more thing - what's the cheapest way to call Poland from my mobile?

Tomasz
""", uq=["what's the cheapest way to call Poland from my mobile?"])
agent(c, "rachel", (17, 9, 0), """Hi Tomasz,

You're welcome, glad it's sorted! Have a great week.

Rachel""")

c = case("k43-roaming-cap-itemised", "en", "pending", {"unanswered-question": 1},
         "Grace Liu <grace.liu@example.net>", "gmail", "Roaming cap",
         "Multipart/alternative mail; the cap is set, the itemised-bill request ignored.")
cust(c, (18, 10, 0), """Hi,

Can you cap my data roaming at £10 a month? I travel a lot for work.

Please also send me an itemised bill for October.

Grace Liu
""", uq=["Please also send me an itemised bill for October."], answered=1, kind="alt")
agent(c, "rachel", (18, 14, 0), """Hi Grace,

I've set a £10 monthly roaming cap on your number; we'll text you when you reach £8.

Rachel""")

c = case("k44-new-starter-sims", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "Rosa Mendes <rosa@mendes-architects.example>", "owa", "Two more SIMs",
         "SIMs sent, tracking numbers promised for tomorrow never sent; the data-pool question "
         "skipped.")
cust(c, (16, 9, 30), """Hi,

We need two more SIMs for new starters on business account KB-51230. Please send them to our
Bristol office. Can the new SIMs share the company data pool?

Rosa Mendes
Office Manager, Mendes Architects
""", uq=["Can the new SIMs share the company data pool?"], answered=1)
agent(c, "martin", (16, 14, 0), """Dear Rosa,

Two SIMs are on their way to your Bristol office by tracked post. I'll e-mail you the
tracking numbers tomorrow.

Best regards,
Martin Hale""", promises=[(eod(17), None)])

c = case("k45-auftragsbestaetigung", "de", "pending", {"unanswered-question": 1},
         "Markus Hofmann <markus.hofmann@example.de>", "outlook_de", "Neuer Anschluss - Termin",
         "Technikertermin genannt, die Bitte um die Auftragsbestätigung übergangen.", tz=CET)
cust(c, (17, 9, 0), """Guten Tag,

ich habe letzte Woche einen Glasfaseranschluss bestellt (Auftrag KC-779310). Wann kommt der
Techniker, und wie lange dauert die Installation?

Bitte senden Sie mir auch die Auftragsbestätigung zu, die ist nie angekommen.

Mit freundlichen Grüßen
Markus Hofmann
""", uq=["Bitte senden Sie mir auch die Auftragsbestätigung zu, die ist nie angekommen."],
     answered=1)
agent(c, "jonas", (17, 13, 0), """Guten Tag Herr Hofmann,

der Techniker kommt am Dienstag, 24. November, zwischen 8 und 12 Uhr.

Freundliche Grüße
Jonas Weber""")

c = case("k46-cancel-landline-keep-bb", "en", "pending", {"unanswered-question": 1},
         "Arthur Bennett <arthur.bennett@example.com>", "outlook", "Cancel landline",
         "Landline cancelled; the follow-on price question skipped.")
cust(c, (18, 11, 0), """Dear Sir/Madam,

Please cancel my landline but keep the broadband. I never use the phone.
Will my broadband price change once the landline is gone?

Yours faithfully,
Arthur Bennett
""", uq=["Will my broadband price change once the landline is gone?"], answered=1)
agent(c, "rachel", (18, 16, 0), """Dear Mr Bennett,

Your landline will be cancelled from 1 December; the broadband is not affected and stays
connected.

Kind regards,
Rachel""")

c = case("k47-cut-cable-out-of-office", "en", "pending", {},
         "Imran Ali <imran.ali@example.org>", "outlook", "External cable cut by builders",
         "Engineer visit booked; the customer's own out-of-office reply is automatic mail, not a "
         "customer message.")
cust(c, (18, 8, 10), """Hi,

The builders next door cut the external phone cable to our house yesterday and the
broadband is dead. Can you send an engineer to reconnect it? I'm away from Thursday, so
before then if possible.

Imran Ali
""", answered=1)
agent(c, "dev", (18, 10, 40), """Hi Imran,

An engineer is booked for tomorrow, Thursday 19 November, 8am-12pm; he only needs access to
the outside wall.

Dev""")
AUTO = Msg(key="k4702", case=c.name, role="auto", client="outlook", frm=c.customer,
           to=AGENTS["dev"][0], date=at(18, 10, 41), parent="k4701",
           subject="Automatic reply: Re: External cable cut by builders",
           body="""I am out of the office until Monday 23 November with limited access to e-mail.
For anything urgent please call the office on 0113 496 0000.

Imran
""", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
c.msgs.append(AUTO)

c = case("k48-changement-offre-vendredi", "fr", "closed", {"missed-follow-up": 1},
         "Julien Perrin <julien.perrin@example.fr>", "gmail", "Changement d'offre",
         "« Je reviens vers vous d'ici vendredi » jamais tenu ; le dossier se ferme en silence.",
         tz=CET)
cust(c, (10, 9, 0), """Bonjour,

Je voudrais passer de la fibre 300 à la fibre 1 Giga. Est-ce que mon engagement repart à
zéro si je change d'offre ?

Julien Perrin
""", answered=1)
agent(c, "camille", (10, 14, 0), """Bonjour Monsieur Perrin,

Je vérifie les conditions exactes de votre contrat avec le service facturation et je reviens
vers vous d'ici vendredi.

Bien à vous,
Camille""", promises=[(eod(13), None)])

c = case("k49-missed-appointment-charge", "en", "pending", {"missed-follow-up": 1},
         "Colin Parry <colin.parry@example.com>", "apple", "Missed appointment charge??",
         "'I'll get back to you early next week' (Thursday) answered on Wednesday by a colleague "
         "- late, so missed.")
cust(c, (12, 17, 0), """Hello,

Can you explain the £35 "missed appointment" charge on my bill? The engineer never turned up
on 30 October - I was in all day.

Colin Parry
""", answered=1)
agent(c, "martin", (12, 17, 40), """Dear Mr Parry,

I'm sorry to hear that. Let me look at the engineer's visit report and I'll get back to you
early next week.

Best regards,
Martin Hale""", promises=[(eod(17), 2)])
agent(c, "dev", (18, 11, 0), """Hi Colin,

Martin asked me to look at the visit report: the engineer went to number 14 instead of 41,
so the mistake was ours. The £35 charge has been removed and you'll see a credit on the next
bill.

Dev""")

c = case("k50-contrato-nuevo-manana", "es", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "Pilar Sanz <pilar.sanz@example.es>", "gmail_es", "Cambio de titular",
         "'Le mando el contrato mañana' nunca cumplido; la pregunta sobre el router se ignora.",
         tz=CET)
cust(c, (17, 10, 0), """Hola,

Mi padre ha fallecido y quiero poner la línea a mi nombre. ¿Qué documentos necesitan?
¿El router se queda en casa o hay que cambiarlo?

Un saludo,
Pilar Sanz
""", uq=["¿El router se queda en casa o hay que cambiarlo?"], answered=1)
agent(c, "lucia", (17, 13, 30), """Hola Pilar:

Lo siento mucho. Solo necesitamos el certificado de defunción y una copia de su DNI. Le
mando mañana el contrato nuevo para firmar.

Un saludo,
Lucía""", promises=[(eod(18), None)])

c = case("k51-exchange-fault-monday", "en", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Nina Shapiro <nina.shapiro@example.net>", "android", "Slow broadband since exchange work",
         "'I'll update you on Monday' never kept; the customer's chase gets no reply.")
cust(c, (12, 8, 30), """Hi, since the exchange work last week my broadband has dropped from 70 to about 15 Mb.
Is the exchange work finished?

Nina
""", answered=1)
agent(c, "dev", (12, 12, 0), """Hi Nina,

Not quite - the upgrade in your exchange runs until this weekend and some lines were moved to
temporary equipment, which explains the drop. I'll chase the engineering team and update you
on Monday.

Dev""", promises=[(eod(16), None)])
cust(c, (19, 9, 0), """Hi Dev, still waiting to hear back - speeds are no better.

Nina
""", chase=True)

# --------------------------------------------------------------------------------------
# Facts -> labels, checks, writing
# --------------------------------------------------------------------------------------


def human(c: Case) -> list[Msg]:
    """The case's customer and agent messages (no automatic mail), in date order."""
    return sorted((m for m in c.msgs if m.role in ("customer", "agent")), key=lambda m: m.date)


def status_of(c: Case) -> str:
    """The contract status at AS_OF implied by the messages' roles and dates."""
    msgs = [m for m in human(c) if not (m.role == "customer" and m.thanks_only)]
    if msgs[-1].role == "customer":
        return "open"
    agents = [m for m in msgs if m.role == "agent"]
    last_customer = max((m.date for m in msgs if m.role == "customer"), default=None)
    if any(m.closes and (last_customer is None or m.date > last_customer) for m in agents):
        return "closed"
    return "closed" if AS_OF - agents[-1].date >= CLOSE_AFTER else "pending"


def facts_rules(c: Case) -> dict[str, int]:
    """The rule counts implied by the messages' facts and dates."""
    msgs = human(c)
    real = [m for m in msgs if not (m.role == "customer" and m.thanks_only)]
    agents = [m for m in msgs if m.role == "agent"]
    customers = [m for m in real if m.role == "customer"]
    out = {"unanswered-question": len(c.uq)}
    missed = 0
    for m in agents:
        for deadline, kept in m.promises:
            kept_at = c.msgs[kept].date if kept is not None else None
            if deadline < AS_OF and (kept_at is None or kept_at > deadline):
                missed += 1
    out["missed-follow-up"] = missed
    out["customer-chased"] = sum(m.chase for m in msgs)
    if real[-1].role == "customer" and AS_OF - real[-1].date > RESPONSE_TARGET:
        out["awaiting-reply"] = 1
    if agents and agents[0].date - customers[0].date > RESPONSE_TARGET:
        out["slow-first-response"] = 1
    closes = [m.date for m in agents if m.closes]
    if closes and any(m.date > min(closes) for m in customers):
        out["reopened"] = 1
    if len({m.agent for m in agents}) > HANDOFF_LIMIT:
        out["many-handoffs"] = 1
    return {r: n for r, n in out.items() if n}


def problems(cases: list[Case]) -> list[str]:
    """Disagreements between the hand-written labels and the facts of the messages."""
    out = []
    for c in cases:
        facts_status = status_of(c)
        if c.status != facts_status:
            out.append(f"{c.name}: status {c.status}, facts say {facts_status}")
        found = facts_rules(c)
        if found != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {found}")
        for m in c.msgs:
            for q in m.uq:
                if m.role != "customer" or q not in m.own:
                    out.append(f"{c.name}: question {q!r} is in no customer message")
                elif not any(a.role == "agent" and a.date > m.date for a in c.msgs):
                    out.append(f"{c.name}: question {q!r} has no support reply after it")
    return out


def render(cases: list[Case]) -> list[Msg]:
    """Build every message (raw bytes in ``m.raw``), parents first."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to), ("Subject", m.subject),
                   ("Date", email.utils.format_datetime(m.date)), *m.extra]
        m.raw = mailcraft.build(m, headers, by_key, PROFILE)
    return msgs


def case_rows(cases: list[Case]):
    """The rows of CASES.md."""
    for c in cases:
        yield (c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
               c.rules, c.story)


def write(out: Path) -> None:
    """Write the corpus into ``out``, or exit without writing when labels and facts disagree."""
    msgs = render(CASES)
    errors = problems(CASES)
    if errors:
        raise SystemExit("refusing to write tests/practice2:\n" + "\n".join(errors))
    box = out / "mailbox"
    if box.exists():
        shutil.rmtree(box)
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.kestrelconnect.example")
    parsed_inbox, parsed_sent = mailcraft.read_back(box / "inbox.mbox", box / "Sent")
    bad = mailcraft.parse_problems(parsed_inbox + parsed_sent)
    by_id = {p["Message-ID"]: p for p in parsed_inbox + parsed_sent}
    for m in (m for m in msgs if m.kind != "html"):  # HTML-only mail has no plain part
        problem = mailcraft.round_trip_problem(m, by_id[m.message_id], m.role in ("customer", "auto"))
        if problem:
            bad.append(problem)
    if bad:
        raise SystemExit("written mail does not parse back:\n" + "\n".join(bad))
    labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(
        mailcraft.cases_table("Practice corpus 2: Kestrel Connect - cases",
                              "make_practice2_corpus.py", case_rows(CASES)), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command line: regenerate the corpus (into ``--out``, default tests/practice2)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice2")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out)
    print(f"wrote {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
