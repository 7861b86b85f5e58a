#!/usr/bin/env python3
"""Regenerate ``tests/practice9/``: the labelled corpus of Brackenridge Lettings support.

A support mailbox of a fictional residential lettings and property-management agency in
Halverton (tenants reporting repairs, deposits and check-out deductions, rent payments and
statements, viewings, tenancy renewals, inventories, landlords asking about statements, rent
arrears and compliance certificates, contractors asking about their invoices), written without
looking at the detection heuristics or at the other corpora, with many customer questions -
answered in varied ways and left unanswered in realistic ways. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults, support domain ``brackenlets.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, unanswered questions marked ``[[...]]`` in
the customer's text, the number of its questions that support answered). The script recomputes
status and every rule count from those facts and the dates, and refuses to write when they
disagree with the hand-written case labels (``status``, ``rules``, ``UNANSWERED``), when a
labelled question is not verbatim in the customer's own text, or when a labelled question has
no support reply after it.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice9_corpus.py [--out DIR] [--summary]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
CONTRACT = mailcraft.Contract(as_of=AS_OF)
FOLLOW_UP_WINDOW = timedelta(days=2)
SUPPORT_DOMAIN = "brackenlets.example"
SUPPORT = "Brackenridge Lettings <lettings@brackenlets.example>"
RULES = mailcraft.RULES
UK = UTC
CET = timezone(timedelta(hours=1))
YEAR = 2026

AGENTS = {
    "sophie": ("Sophie Marlow <sophie.marlow@brackenlets.example>", "gmail", """-- 
Sophie Marlow
Tenant Services | Brackenridge Lettings, Halverton
Report a repair online: https://brackenlets.example/repairs?src=sig"""),
    "rob": ("Rob Okafor <rob.okafor@brackenlets.example>", "outlook", """Rob Okafor
Maintenance Coordinator | Brackenridge Lettings
01632 960 118
This email is confidential and intended for the addressee only. If you received it in
error, please tell us and delete it."""),
    "leah": ("Leah Vance <leah.vance@brackenlets.example>", "thunderbird", """-- 
Leah Vance
Landlord & Client Accounts | Brackenridge Lettings
Statements portal: https://brackenlets.example/owners?login=1"""),
    "dan": ("Dan Whitlow <dan.whitlow@brackenlets.example>", "owa", """Dan Whitlow
Lettings Negotiator | Brackenridge Lettings
12 Market Street, Halverton HV1 2QT"""),
    "kai": ("Kai Brandt <kai.brandt@brackenlets.example>", "thunderbird_de", """-- 
Kai Brandt
Mieter- und Vermieterbetreuung (Deutsch) | Brackenridge Lettings
https://brackenlets.example/de?ref=signatur"""),
    "chloe": ("Chloé Girard <chloe.girard@brackenlets.example>", "apple_fr", """-- 
Chloé Girard
Service locataires et propriétaires | Brackenridge Lettings
https://brackenlets.example/fr?utm_source=email"""),
    "pilar": ("Pilar Serrano <pilar.serrano@brackenlets.example>", "gmail_es", """-- 
Pilar Serrano
Atención a inquilinos y propietarios | Brackenridge Lettings
+44 1632 960 174"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Brackenridge Lettings. This is an automatic
confirmation that we have received your email (reference {ref}).
Our office is open Monday to Friday 9:00-17:30 and we will reply within
24 hours. For emergencies (gas leak, flooding, no heating) please call
01632 960 999.

Please do not reply to this message.

Brackenridge Lettings
https://brackenlets.example/help?ticket={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Brackenridge Lettings. Dies ist eine
automatische Eingangsbestätigung (Referenz {ref}). Wir antworten
werktags innerhalb von 24 Stunden.

Bitte antworten Sie nicht auf diese E-Mail.

Brackenridge Lettings""",
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
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Pegasus Mail for Windows (4.80)"],
    "helpdesk": ["X-Mailer: Bracken Desk 3.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bl.", outlook_server="LO2PR0")

REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}
MARK = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack | auto (a customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)
    answered: int = 0  # customer questions/requests in this message that support answers
    note: str = ""
    extra: list[tuple[str, str]] = field(default_factory=list)
    raw: bytes = b""


@dataclass
class Case:
    """One labelled conversation: its hand-written labels and its messages."""

    name: str
    lang: str
    customer: str  # "Name <address>"
    client: str
    subject: str
    status: str
    rules: dict[str, int]
    story: str
    msgs: list[Msg] = field(default_factory=list)
    uq: list[str] = field(default_factory=list)

    def key(self, local: str) -> str:
        """The corpus-wide key of this case's message ``local``."""
        return f"{self.name}/{local}"

    def last(self, *roles: str) -> Msg:
        """The latest message so far with one of ``roles``."""
        return [m for m in self.msgs if m.role in roles][-1]

    def cust(self, local: str, when: datetime, body: str, *, parent: str | None = "",
             subject: str | None = None, client: str | None = None, frm: str | None = None,
             answered: int = 0, chase: bool = False, thanks: bool = False, kind: str = "plain",
             cte: str | None = None, attach: list | None = None) -> Msg:
        """Add a customer message; ``[[...]]`` in ``body`` marks a question support leaves
        unanswered. ``parent=""`` replies to the latest message, ``None`` starts the thread."""
        client = client or self.client
        par = self._parent(parent)
        uq = MARK.findall(body)
        m = Msg(key=self.key(local), case=self.name, role="customer", client=client,
                frm=frm or self.customer, to=SUPPORT, date=when, body=MARK.sub(r"\1", body),
                subject=subject or (reply_subject(client, self.subject) if par else self.subject),
                parent=par, kind=kind, cte=cte, attach=attach or [],
                answered=answered, chase=chase, thanks_only=thanks, uq=uq)
        self.msgs.append(m)
        return m

    def reply(self, local: str, who: str, when: datetime, body: str, *, parent: str | None = "",
              promises: list[tuple[datetime, str | None]] | None = None, closes: bool = False,
              inline: bool = False, kind: str = "plain", cte: str | None = None,
              attach: list | None = None, subject: str | None = None) -> Msg:
        """Add a support reply by agent ``who``, top-posted above the quoted parent unless
        ``inline`` (then ``body`` holds its own quoting). Promises name the keeping message
        by its local key."""
        frm, client, sig = AGENTS[who]
        par = self._parent(parent, agent=True)
        text = body.rstrip("\n") + "\n\n" + sig + ("" if inline else "\n\n{quote}")
        parent_msg = next(m for m in self.msgs if m.key == par)
        m = Msg(key=self.key(local), case=self.name, role="agent", agent=who, client=client,
                frm=frm, to=parent_msg.frm if parent_msg.role == "customer" else self.customer,
                date=when, body=text,
                subject=subject or reply_subject(client, self.subject), parent=par, kind=kind,
                cte=cte, attach=attach or [], closes=closes,
                promises=[(d, self.key(k) if k else None) for d, k in (promises or [])])
        self.msgs.append(m)
        return m

    def ack(self, local: str, when: datetime, lang: str = "en") -> Msg:
        """Add the helpdesk's automatic acknowledgement of the latest customer message."""
        par = self.last("customer").key
        ref = "BL-" + mailcraft.h(self.key(local), 6).upper()
        m = Msg(key=self.key(local), case=self.name, role="ack", client="helpdesk", kind="alt",
                frm=SUPPORT, to=self.customer, date=when, body=ACK[lang].format(ref=ref),
                subject=f"[{ref}] " + reply_subject("gmail", self.subject), parent=par,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
        self.msgs.append(m)
        return m

    def auto(self, local: str, when: datetime, body: str, subject: str) -> Msg:
        """Add the customer's own out-of-office reply to the latest support message."""
        par = self.last("agent").key
        m = Msg(key=self.key(local), case=self.name, role="auto", client="outlook",
                frm=self.customer, to=self.last("agent").frm, date=when, body=body,
                subject=subject, parent=par,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
        self.msgs.append(m)
        return m

    def _parent(self, parent: str | None, agent: bool = False) -> str | None:
        if parent is None:
            return None
        if parent:
            return self.key(parent)
        if not self.msgs:
            return None
        roles = ("customer",) if agent else ("customer", "agent")
        return self.last(*roles).key


def reply_subject(client: str, subject: str) -> str:
    """The subject a reply from ``client`` carries: the client's prefix on the bare topic."""
    topic = re.sub(r"^(?:(?:re|aw|fw|fwd|wg)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    return REPLY_PREFIX.get(client, "Re: ") + topic


def at(stamp: str, tz: timezone = UK) -> datetime:
    """``"MM-DD HH:MM"`` in 2026 in time zone ``tz``."""
    return datetime.strptime(f"{YEAR}-{stamp}", "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def eod(stamp: str) -> datetime:
    """The end of day ``"MM-DD"`` (UK time): the deadline of "by <that day>"."""
    return at(f"{stamp} 23:59")


def window(m_when: datetime) -> datetime:
    """The deadline of a promise without a stated one: the follow-up window."""
    return m_when + FOLLOW_UP_WINDOW


CASES: list[Case] = []


def case(name: str, lang: str, customer: str, client: str, subject: str, status: str,
         rules: dict[str, int], story: str) -> Case:
    """Register a case with its hand-written labels."""
    c = Case(name, lang, customer, client, subject, status, rules, story)
    CASES.append(c)
    return c

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

c = case("r01-boiler-no-hot-water", "en", "Megan Doyle <megan.doyle@example.com>", "iphone",
         "No hot water - 5 Linden Close", "closed", {},
         "Boiler out; engineer booked the same day and the office key question answered; thanks-only.")
c.cust("q", at("11-02 07:41"), """Hi,

The boiler at 5 Linden Close stopped working last night - no hot water and the
display shows F28. I've tried resetting it twice.

Can someone come out today? And do I need to be home, or can the engineer use the
office key? I'm at work 8 till 6.

Thanks,
Megan

Sent from my iPhone""", answered=2)
c.reply("a", "rob", at("11-02 08:55"), """Morning Megan,

Sorry to hear that. I've booked Halverton Heating for 2pm today. No need to be in -
they'll sign out our office key at 1:30 and drop it back afterwards.

F28 is usually an ignition fault, so it should be a quick one.

Regards,""")
c.cust("t", at("11-02 17:20"), """Back up and running, thanks so much Rob!

{quote}""", thanks=True)

c = case("r02-deposit-return-checkout-report", "en", "Tom Hargreaves <tom.hargreaves@example.org>",
         "gmail", "Deposit return - Flat 3, 41 Canal Street", "closed",
         {"unanswered-question": 1},
         "Deposit timing and amount answered; the request for the check-out report copy is skipped.")
c.cust("q", at("11-03 19:02"), """Hello,

We moved out of Flat 3, 41 Canal Street on Friday and handed the keys in at the
office. When will we get our deposit back? It was £1,150.

[[Could you also send me a copy of the check-out report?]] We weren't there when the
clerk did it.

Best wishes,
Tom Hargreaves""", answered=1)
c.reply("a", "sophie", at("11-04 10:12"), """Hi Tom,

Thanks for handing the keys back. The check-out went well overall - the landlord has
agreed to return £1,065 (£85 for an end-of-tenancy clean of the oven and hob). Once
you confirm you're happy with that, the deposit scheme releases the money within
10 working days.

Kind regards,
Sophie""")
c.cust("t", at("11-04 12:30"), """OK, that's fine by us. Thanks.

Tom

{quote}""", thanks=True)

c = case("r03-landlord-october-rent-arrears", "en", "Graham Pellow <g.pellow@pellowestates.example>",
         "outlook", "Rent for 14 Mill Lane", "pending",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Landlord asks whether October's rent was paid; promise 'by Thursday' kept only after a chase.")
c.cust("q", at("11-09 09:30"), """Leah,

I haven't seen October's rent for 14 Mill Lane on my statement. Has the tenant paid it
yet? If not, what happens next - do you send the arrears letter?

Graham Pellow
Pellow Estates""", answered=2)
c.reply("a", "leah", at("11-09 11:04"), """Hi Graham,

Let me check with our accounts team and I'll get back to you by Thursday.

If it is unpaid, yes - we send the first arrears letter at 14 days and call the tenant
the same week.

Best,
Leah""", promises=[(eod("11-12"), "k")])
c.cust("c", at("11-16 08:47"), """Leah - any update on this? Still nothing on my side.

Graham

{quote}""", chase=True, answered=1)
c.reply("k", "leah", at("11-16 10:21"), """Hi Graham,

Apologies for the delay. The tenant paid October's rent of £950 on 13 November - it
was held up by a change of bank on their side. It will be on your November statement.

Best,
Leah""")

c = case("r04-besichtigung-station-road", "de", "Jonas Keller <jonas.keller@example.de>",
         "gmail_de", "Wohnung Station Road 18 - Besichtigung", "closed", {},
         "Three questions (available? viewing Saturday? pets?) answered in one paragraph, out of order.")
c.cust("q", at("11-05 20:15", CET), """Guten Abend,

ich habe Ihre Anzeige für die 2-Zimmer-Wohnung in der Station Road 18 gesehen. Ich
ziehe im Januar für einen neuen Job nach Halverton.

Ist die Wohnung noch frei? Kann ich sie am Samstag besichtigen? Und sind Haustiere
erlaubt - wir haben eine kleine, sehr ruhige Katze.

Viele Grüße
Jonas Keller""", answered=3)
c.reply("a", "kai", at("11-06 09:40"), """Hallo Herr Keller,

eine Katze ist nach Absprache mit dem Vermieter in Ordnung (gegen eine etwas höhere
Kaution); die Wohnung ist ab dem 1. Januar verfügbar und noch nicht vergeben, und
Samstag um 11 Uhr kann ich sie Ihnen gern zeigen - wir treffen uns vor dem Haus.

Viele Grüße
Kai Brandt""")
c.cust("t", at("11-06 11:05", CET), """Perfekt, vielen Dank! Bis Samstag.

Jonas Keller

{quote}""", thanks=True, client="gmail_de")

c = case("r05-kitchen-sink-leak-phone-number", "en", "Priya Shah <priya.shah@example.net>",
         "gmail", "Leak under kitchen sink", "closed", {"unanswered-question": 1},
         "Leak with photo: plumber booked; 'also, please update my phone number' in passing is ignored.")
c.cust("q", at("11-10 18:22"), """Hi there,

There's water pooling in the cupboard under the kitchen sink at 9 Foundry Walk - photo
attached. I think it's the waste pipe joint. I've put a bowl under it for now.

Could you get a plumber out this week? [[Also, please update my phone number to
07700 900412 on your records]] - the old one no longer works.

Thanks
Priya""", answered=1, attach=[("image/png", "sink-leak.png",
                               mailcraft.png(12, 9, lambda x, y: (40 + 9 * x, 90 + 8 * y, 170)))])
c.reply("a", "rob", at("11-11 09:15"), """Hi Priya,

Thanks for the photo - that does look like the waste joint. Plumber booked for Thursday
12th, morning slot (8-12); he'll ring the bell, so please make sure someone is in.

Regards,""")

c = case("r06-renewal-rent-increase", "en", "Aisha Bello <aisha.bello@example.com>", "outlook",
         "Tenancy renewal - 27 Hawthorn Road", "pending",
         {"slow-first-response": 1, "customer-chased": 1},
         "Renewal and rent questions unanswered for three days; the chase gets both answers.")
c.cust("q", at("11-11 12:10"), """Hello,

Our tenancy at 27 Hawthorn Road ends on 31 December. We'd like to stay - can we renew
for another 12 months, and will the rent go up?

Kind regards,
Aisha Bello""", answered=2)
c.ack("k", at("11-11 12:11"))
c.cust("c", at("11-14 09:02"), """Hello again,

I haven't heard back about my renewal below. Could someone let me know please?

Aisha

{quote}""", parent="q", chase=True, answered=1)
c.reply("a", "dan", at("11-16 11:30"), """Hi Aisha,

Good news - the landlord is happy to renew for 12 months from 1 January. The rent will
go from £985 to £1,020 a month, in line with the local market. I'll send the renewal
agreement for e-signing once you confirm.

Sorry it took a few days to come back to you.

Dan""")

c = case("r07-paiement-loyer-compte-francais", "fr", "Camille Fournier <camille.fournier@example.fr>",
         "apple_fr", "Paiement du loyer depuis la France", "closed", {"unanswered-question": 1},
         "French student: paying from a French account and the IBAN answered; the attestation request skipped.")
c.cust("q", at("11-02 21:40", CET), """Bonjour,

Je suis la nouvelle locataire de la chambre 4 au 8 Abbey Terrace. Est-ce que je peux
payer le loyer depuis mon compte bancaire français ? Si oui, quel est l'IBAN à
utiliser ?

[[Pourriez-vous aussi m'envoyer une attestation de logement pour ma banque ?]]

Merci d'avance,
Camille Fournier""", answered=2)
c.reply("a", "chloe", at("11-03 10:02", CET), """Bonjour Camille,

Oui, vous pouvez tout à fait payer depuis un compte français. Voici nos coordonnées :
IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L, titulaire Brackenridge Lettings Client
Account. Indiquez la référence ABB8-R4 dans le libellé du virement.

Bien cordialement,
Chloé""")

c = case("r08-october-statement-gsc-charge", "en", "Helen Marsh <helen.marsh@example.org>",
         "apple", "October statement", "closed", {},
         "Landlord: statement resent as a PDF, the 'GSC' charge explained; thanks-only.")
c.cust("q", at("11-04 08:05"), """Hi Leah,

Could you resend the October statement for 22 Wren Court? I seem to have deleted it.
And why is there a £72 charge labelled "GSC"? I don't remember agreeing to anything.

Thanks,
Helen""", answered=2)
c.reply("a", "leah", at("11-04 09:31"), """Hi Helen,

Statement attached. GSC is the annual gas safety certificate - the engineer renewed
it on 12 October, and it's a legal requirement for the property, so it's charged to
your account each year.

Best,
Leah""", attach=[("application/pdf", "statement-2026-10-wren-court.pdf",
                   mailcraft.pdf(["Brackenridge Lettings - Owner statement October 2026",
                                  "22 Wren Court", "Rent received 1,150.00",
                                  "Management fee -138.00", "GSC gas safety certificate -72.00",
                                  "Paid to owner 940.00"]))])
c.cust("t", at("11-04 10:12"), """Perfect, thanks Leah.

> On 4 Nov 2026, at 09:31, Leah Vance <leah.vance@brackenlets.example> wrote:
>
> Statement attached.""", thanks=True)

c = case("r09-bathroom-mould-inspection", "en", "Callum Reid <callum.reid@example.com>", "gmail",
         "Mould in the bathroom", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Surveyor promise without a deadline never kept; the tenant chases and is still waiting.")
c.cust("q", at("11-09 17:45"), """Hi,

Black mould is coming back on the bathroom ceiling at 3 Kiln Row, even though we
open the window every morning. Could someone inspect it? It's getting worse.

Callum Reid""", answered=1)
c.reply("a", "rob", at("11-10 09:20"), """Hi Callum,

Thanks for letting us know. I'll arrange for our surveyor to look at it and get back to
you with a date.

In the meantime, wiping it with a diluted bleach solution helps keep it down.

Regards,""", promises=[(window(at("11-10 09:20")), None)])
c.cust("c", at("11-16 19:30"), """Hi Rob,

Just following up - I still don't have a date for the mould inspection.

Callum

{quote}""", chase=True)

c = case("r10-lavadora-subarrendar", "es", "Lucía Romero <lucia.romero@example.es>", "gmail_es",
         "Lavadora rota - 19 Fern Street", "pending", {"unanswered-question": 1},
         "Broken washing machine replaced; the question about subletting a room is skipped.")
c.cust("q", at("11-16 13:05", CET), """Hola,

La lavadora del piso en 19 Fern Street no centrifuga desde el fin de semana y hace un
ruido muy fuerte. ¿Pueden enviar a alguien para repararla?

[[¿Me podrían decir también si el contrato permite subarrendar una habitación?]] Mi
prima viene a estudiar en febrero.

Un saludo,
Lucía""", answered=1)
c.reply("a", "pilar", at("11-16 15:40"), """Hola Lucía:

Gracias por avisar. La lavadora tiene ya ocho años, así que el propietario ha decidido
cambiarla: la nueva llega el lunes 23 entre las 8 y las 12, y se llevan la vieja.

Un saludo,
Pilar""")

c = case("r11-move-in-questions-inline", "en", "Ellie Brandon <ellie.brandon@example.net>",
         "thunderbird", "A few move-in questions", "closed", {},
         "New tenant's numbered questions answered inline under each quoted question.")
c.cust("q", at("11-03 18:40"), """Hi Sophie,

We've settled in at 6 Orchard Row, thanks for a smooth move-in. A few questions:

1. Where is the stopcock?
2. Which day are the bins collected?
3. Who is the broadband provider, and can we switch to another one?

Cheers,
Ellie""", answered=3)
c.reply("a", "sophie", at("11-04 09:05"), """Hi Ellie,

Glad the move went well! Answers below.

On 11/3/26 6:40 PM, Ellie Brandon wrote:
> 1. Where is the stopcock?

Under the kitchen sink, behind the removable kickboard on the left.

> 2. Which day are the bins collected?

Tuesdays - general waste and recycling on alternate weeks. The council app shows which.

> 3. Who is the broadband provider, and can we switch to another one?

It's Halvernet at the moment, and yes, you're free to switch; just let us know if an
engineer needs to drill a new entry point.

Best,
Sophie""", inline=True)

c = case("r12-landlord-epc-eicr-marketing", "en", "Richard Osei <richard.osei@example.com>",
         "gmail", "3 Orchard Row - January relet", "closed", {"unanswered-question": 2},
         "Three landlord questions: only the January marketing is addressed; EPC and EICR fee skipped.")
c.cust("q", at("11-05 10:15"), """Hi Dan,

The tenants at 3 Orchard Row have given notice for the end of December. [[Could you
confirm the EPC is still valid?]] [[What's your fee for arranging a new EICR?]] And can
you put the property on the market for January?

Thanks,
Richard""", answered=1)
c.reply("a", "dan", at("11-05 14:50"), """Hi Richard,

Thanks for the heads-up. Yes, we can start marketing straight away - our photographer
is at Orchard Row on Tuesday morning, and listings normally go live on Rightplace and
our website two days after the photos. We'd suggest £1,100 pcm unless you'd like a
different figure.

Dan""")

c = case("r13-doorbell-reopened", "en", "Nathan Cole <nathan.cole@example.org>", "android",
         "Doorbell not working - 11 Bridge Street", "pending", {"reopened": 1},
         "Doorbell fixed and the ticket closed; it fails again and the tenant writes back.")
c.cust("q", at("11-06 08:12"), """Hi, the doorbell at 11 Bridge Street has stopped working - the chime is dead
even with new batteries. Can you send someone to look at it?

Nathan""", answered=1)
c.reply("a", "rob", at("11-06 10:30"), """Hi Nathan,

Our handyman called in this morning and replaced the chime unit - he's confirmed
it's working. I'll mark this as resolved.

Regards,""", closes=True)
c.cust("r", at("11-17 07:55"), """Hi Rob, the doorbell has stopped working again since Sunday. Could you send
someone back? Maybe it's the wiring rather than the chime.

Nathan

{quote}""", answered=1)
c.reply("b", "rob", at("11-17 12:05"), """Hi Nathan,

Sorry it's gone again. I've booked an electrician for Wednesday 18th between 1 and 5pm
to check the wiring and the transformer.

Regards,""")

c = case("r14-mietzahlung-jahresabrechnung", "de", "Sabine Hoffmann <s.hoffmann@example.de>",
         "outlook_de", "Miete November und Jahresabrechnung", "pending",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "German landlord abroad: the transfer date is answered after a chase; the annual statement request is not.")
c.cust("q", at("11-09 08:30", CET), """Sehr geehrte Damen und Herren,

ich bin Eigentümerin der Wohnung 4B, Weaver's Yard. Wann wird die Miete für November
an mich überwiesen? Der Betrag ist noch nicht auf meinem Konto.

[[Bitte schicken Sie mir außerdem die Jahresabrechnung für 2025/26, ich brauche sie für
meine Steuererklärung.]]

Mit freundlichen Grüßen
Sabine Hoffmann""", answered=1)
c.ack("k", at("11-09 07:31"), lang="de")
c.cust("c", at("11-12 09:10", CET), """Guten Tag,

ich warte immer noch auf eine Antwort auf meine E-Mail vom Montag.

Sabine Hoffmann

{quote}""", parent="q", chase=True)
c.reply("a", "kai", at("11-16 10:15"), """Sehr geehrte Frau Hoffmann,

entschuldigen Sie die späte Antwort. Die Novembermiete wurde vom Mieter am 10.
November gezahlt; wir überweisen Eigentümerzahlungen immer am 15. Werktag, also am
20. November. Das Geld sollte dann ein bis zwei Tage später auf Ihrem deutschen Konto
sein.

Mit freundlichen Grüßen
Kai Brandt""")

c = case("r15-cat-permission-kept", "en", "Zoe Patel <zoe.patel@example.com>", "gmail",
         "Can we have a cat?", "closed", {},
         "Negotiator promises the landlord's answer by Friday and delivers on Thursday; follow-up question answered.")
c.cust("q", at("11-10 20:30"), """Hi Dan,

We'd love to adopt a rescue cat. Is that allowed at 2 Mill Cottages? The tenancy
agreement just says "no pets without consent".

Zoe""", answered=1)
c.reply("a", "dan", at("11-11 09:10"), """Hi Zoe,

I need to ask the landlord - I'll get back to you by Friday.

Dan""", promises=[(eod("11-13"), "b")])
c.reply("b", "dan", at("11-12 15:45"), """Hi Zoe,

Good news: the landlord says yes to one cat, with an extra £200 added to the deposit
and a pet clause added to your agreement.

Dan""", parent="q")
c.cust("f", at("11-12 16:20"), """Brilliant! Is the extra £200 refundable at the end of the tenancy?

Zoe

{quote}""", answered=1)
c.reply("d", "dan", at("11-12 16:58"), """It is - it becomes part of your deposit and is protected with the DPS like the rest.

Dan""")

c = case("r16-contractor-invoice-paid-late", "en", "Wayne Fletcher <accounts@fletcherplumbing.example>",
         "outlook", "Invoice INV-2231 - 9 Foundry Walk", "closed",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Plumbing contractor's invoice: 'come back to you tomorrow' kept only after a chase three days later.")
c.cust("q", at("11-03 11:20"), """Hi,

Invoice INV-2231 for the waste pipe repair at 9 Foundry Walk (£145 + VAT) was due on
30 October. When will it be paid?

Regards
Wayne Fletcher
Fletcher Plumbing & Heating""", answered=1)
c.reply("a", "leah", at("11-03 14:02"), """Hi Wayne,

It's waiting for the landlord's approval. I'll chase it and come back to you tomorrow.

Best,
Leah""", promises=[(eod("11-04"), "b")])
c.cust("c", at("11-06 10:40"), """Hi Leah,

Just checking in on invoice INV-2231 - has it been approved?

Wayne

{quote}""", chase=True, answered=1)
c.reply("b", "leah", at("11-06 12:15"), """Hi Wayne,

Sorry - approved and paid today; remittance advice attached.

Best,
Leah""", attach=[("application/pdf", "remittance-INV-2231.pdf",
                   mailcraft.pdf(["Brackenridge Lettings - Remittance advice",
                                  "Payee Fletcher Plumbing & Heating", "Invoice INV-2231",
                                  "Amount 174.00 GBP", "Paid 06/11/2026"]))])

c = case("r17-proprietaire-controle-chaudiere", "fr", "Bernard Lemoine <b.lemoine@example.fr>",
         "gmail", "Appartement 2, 5 Chapel Yard", "closed", {},
         "French landlord's two questions answered in different words; thanks-only.")
c.cust("q", at("10-30 09:15", CET), """Bonjour Madame Girard,

Pourriez-vous me dire si les locataires ont signalé des problèmes depuis la rentrée ?
Et le contrôle annuel de la chaudière a-t-il été fait ?

Cordialement,
Bernard Lemoine""", answered=2)
c.reply("a", "chloe", at("10-30 11:48", CET), """Bonjour Monsieur Lemoine,

Rien à signaler de la part des locataires, hormis une ampoule de la cage d'escalier que
nous avons changée. Le chauffagiste est passé le 21 octobre : certificat joint, valable
jusqu'en octobre 2027.

Bien cordialement,
Chloé Girard""", attach=[("application/pdf", "gas-safety-5-chapel-yard.pdf",
                           mailcraft.pdf(["Landlord Gas Safety Record", "Flat 2, 5 Chapel Yard",
                                          "Inspected 21/10/2026", "Result: PASS"]))])
c.cust("t", at("10-30 14:05", CET), """Parfait, merci beaucoup.

Bernard Lemoine

{quote}""", thanks=True)

c = case("r18-smoke-alarm-shelves-template", "en", "Oliver Grant <oliver.grant@example.net>",
         "gmail", "Smoke alarm beeping + shelves", "closed", {"unanswered-question": 1},
         "Templated repair reply covers the smoke alarm; the question about putting up shelves is ignored.")
c.cust("q", at("11-04 21:10"), """Hello,

Our hallway smoke alarm at 15 Poplar Avenue keeps chirping every minute, even after we
pressed the test button. It's mains wired so we can't just take it down.

Unrelated: [[are we allowed to put up shelves with screws in the living room?]] We'd fill
the holes when we leave.

Oliver""")
c.reply("a", "sophie", at("11-05 09:00"), """Dear Oliver,

Thank you for reporting a repair. Your request has been logged and passed to one of our
approved contractors, who will call you to arrange access. If the repair becomes an
emergency, please call 01632 960 999.

Kind regards,
Tenant Services""")

c = case("r19-viewing-quarry-hill-parking", "en", "Ben Ashworth <ben.ashworth@example.com>",
         "gmail", "Viewing request - 7 Quarry Hill", "closed", {},
         "Viewing slot agreed; a follow-up about parking answered; thanks-only.")
c.cust("q", at("11-02 12:30"), """Hi,

Could I view the 2-bed at 7 Quarry Hill this week? I'm free Wednesday or Thursday after
5pm.

Ben Ashworth""", answered=1)
c.reply("a", "dan", at("11-02 14:05"), """Hi Ben,

Thursday at 5:30pm works - see you there.

Dan""")
c.cust("f", at("11-02 14:40"), """Great, see you then. Is there parking nearby?

Ben

{quote}""", answered=1)
c.reply("b", "dan", at("11-02 15:10"), """Free on-street parking on Quarry Hill after 6, or the Co-op car park opposite
(2 hours free).

Dan""")
c.cust("t", at("11-02 15:12"), """Thanks!

{quote}""", thanks=True)

c = case("r20-council-tax-band", "en", "Grace Liu <grace.liu@example.org>", "apple",
         "Council tax band", "closed", {"unanswered-question": 1},
         "Tenant asks to check the council tax band; the reply explains who pays council tax instead.")
c.cust("q", at("11-05 17:25"), """Hi,

The council tax bill for 30 Elm Terrace says the flat is band D. [[Can you check whether
the flat is really band D?]] I thought it was band C when I viewed it.

Grace""")
c.reply("a", "sophie", at("11-06 10:40"), """Hi Grace,

Council tax is the tenant's responsibility under clause 4.2 of your agreement. You can
set up a direct debit on the Halverton Council website and spread it over 12 months.

Kind regards,
Sophie""")

c = case("r21-fob-then-hallway-paint", "en", "Marcus Webb <marcus.webb@example.com>", "gmail",
         "Car park fob not working", "pending", {"unanswered-question": 1},
         "Fob replaced; the thank-you mail adds a question about the hallway redecoration, met with pleasantries.")
c.cust("q", at("11-16 08:30"), """Hi, my car park fob at Riverside Court stopped working this morning. Can I get a
replacement?

Marcus, flat 12""", answered=1)
c.reply("a", "sophie", at("11-16 11:00"), """Hi Marcus,

A new fob is ready for you at our Market Street office - just bring some ID.

Sophie""")
c.cust("f", at("11-17 18:15"), """Thanks, got it and it works. By the way, [[do you know when the communal hallway will be
repainted?]] It's been scuffed since the summer.

Marcus

{quote}""")
c.reply("b", "sophie", at("11-18 09:10"), """Glad the fob works! Have a lovely week, Marcus.

Sophie""")

c = case("r22-documentos-avalista", "es", "Diego Navarro <diego.navarro@example.es>", "gmail_es",
         "Requisitos para alquilar", "closed", {},
         "Spanish applicant: documents and a foreign guarantor answered; thanks-only.")
c.cust("q", at("11-04 19:00", CET), """Hola,

Me mudo a Halverton en enero por trabajo. ¿Qué documentos necesito para alquilar un
piso con ustedes? ¿Aceptan un avalista que viva en España?

Gracias,
Diego Navarro""", answered=2)
c.reply("a", "pilar", at("11-05 10:20", CET), """Hola Diego:

Necesitamos pasaporte o DNI, el contrato de trabajo o una carta de la empresa, y los
tres últimos extractos bancarios. Un avalista en España es posible, pero tiene que pasar
también la comprobación de ingresos; si no, se puede pagar seis meses por adelantado.

Un saludo,
Pilar""")
c.cust("t", at("11-05 11:02", CET), """¡Muchas gracias, Pilar!

{quote}""", thanks=True)

c = case("r23-rent-overpayment-three-agents", "en", "Hannah Frost <hannah.frost@example.net>",
         "outlook", "Overpaid rent", "pending", {"many-handoffs": 1},
         "Overpayment passed from tenant services to accounts, then a notice question answered by the negotiator.")
c.cust("q", at("11-16 09:05"), """Hello,

I paid £1,400 for November instead of £1,040 by mistake (typo in my banking app). Can
you refund the difference or take it off next month?

Hannah Frost
Flat 2, 17 Victoria Parade""", answered=1)
c.reply("a", "sophie", at("11-16 10:00"), """Hi Hannah,

I've passed this to Leah in accounts - she'll be in touch today.

Sophie""", promises=[(eod("11-16"), "b")])
c.reply("b", "leah", at("11-16 14:30"), """Hi Hannah,

No problem - we can either refund the £360 by bank transfer or credit it against
December's rent. Which would you prefer?

Best,
Leah""", parent="q")
c.cust("f", at("11-16 15:05"), """Credit it please. Also, I'm planning to move out in March - what notice do I need to
give?

Hannah

{quote}""", answered=2)
c.reply("d", "dan", at("11-17 09:40"), """Hi Hannah,

Leah has credited the £360 - December's rent will be £680. For a move at the end of
March you need to give two months' notice in writing, so by 31 January at the latest.

Dan""")

c = case("r24-checkout-carpet-deduction", "en", "Sam Whitaker <sam.whitaker@example.com>",
         "gmail", "Deposit deduction - carpet cleaning", "pending", {"unanswered-question": 2},
         "Deduction reason answered; how to dispute and the receipt address left unanswered (partial answer).")
c.cust("q", at("11-17 20:45"), """Hi,

Why was £120 deducted from our deposit for carpet cleaning at 8 Weir Lane? We had the
carpets professionally cleaned before we left and I have the receipt.

[[Where should I send the receipt?]] And [[how do I raise a dispute with the deposit scheme
if we can't agree?]]

Sam""", answered=1)
c.reply("a", "leah", at("11-18 11:25"), """Hi Sam,

The check-out clerk noted two large stains in bedroom 2 that were not on the inventory,
and the landlord's carpet cleaner quoted £120 to treat them. The rest of the carpets
were fine.

Best,
Leah""")

c = case("r25-rent-review-comparables-ahead", "en", "Patricia Quinn <p.quinn@example.org>",
         "outlook", "Rent review - 40 Abbey Terrace", "pending", {},
         "Landlord asks for a rent review; comparables promised by Tuesday 24th - the deadline is still ahead.")
c.cust("q", at("11-19 10:00"), """Dan,

The tenancy at 40 Abbey Terrace has been at £1,250 for three years. Could you tell me
what a fair rent would be now before we talk to the tenants about renewing?

Patricia Quinn""", answered=1)
c.reply("a", "dan", at("11-19 13:20"), """Hi Patricia,

Happy to. I'll pull together three or four comparable lets on the Abbey Terrace side of
town and send them to you with a recommendation by Tuesday.

Dan""", promises=[(eod("11-24"), None)])

c = case("r26-zaehlerstand-streichen-inline", "de", "Lena Schuster <lena.schuster@example.at>",
         "thunderbird_de", "Auszug Ende November", "closed", {},
         "German tenant moving out: two questions answered inline, one with a bare 'Nein.'")
c.cust("q", at("11-02 19:30", CET), """Hallo Herr Brandt,

wir ziehen am 30. November aus 21 Larch Grove aus. Zwei Fragen:

Wann wird der Zählerstand abgelesen?
Müssen wir beim Auszug die Wände neu streichen?

Danke und viele Grüße
Lena Schuster""", answered=2)
c.reply("a", "kai", at("11-03 09:50"), """Hallo Frau Schuster,

Am 02.11.26 um 18:30 schrieb Lena Schuster:
> Wann wird der Zählerstand abgelesen?

Bei der Abnahme am 30.11. um 10 Uhr; unser Inventar-Prüfer fotografiert alle Zähler.

> Müssen wir beim Auszug die Wände neu streichen?

Nein. Normale Abnutzung ist in Ordnung, nur größere Flecken oder Löcher nicht.

Viele Grüße
Kai Brandt""", inline=True)

c = case("r27-new-tenants-referencing", "en", "Ian Mercer <ian.mercer@example.com>", "gmail",
         "New tenants for 12 Sandpiper Way", "pending",
         {"unanswered-question": 2, "missed-follow-up": 1},
         "Landlord's four questions: two answered, meter reading and agreement copy skipped; the inventory promised by Wednesday never comes.")
c.cust("q", at("11-16 08:30"), """Hi Dan,

Quick questions about the new tenants for 12 Sandpiper Way:
- Did they pass referencing?
- When exactly do they move in?
- [[Could you make sure the gas meter reading is taken on move-in day?]]
- [[Please also send me a copy of the signed tenancy agreement.]]

Cheers,
Ian""", answered=2)
c.reply("a", "dan", at("11-16 11:15"), """Hi Ian,

Referencing came back all clear for both of them, and they collect keys on Saturday the
21st at 10am. I'll send you the check-in inventory by Wednesday so you can see the
condition report.

Dan""", promises=[(eod("11-18"), None)])

c = case("r28-radiateur-relance", "fr", "Julien Marchetti <julien.marchetti@example.fr>",
         "apple_fr", "Radiateur de la chambre", "closed",
         {"missed-follow-up": 1, "customer-chased": 1},
         "French tenant: heating engineer promised 'd'ici mercredi', only arranged after a relance on Friday.")
c.cust("q", at("11-09 18:10", CET), """Bonjour,

Le radiateur de la chambre au 3 Millstone Court ne chauffe plus depuis samedi, alors
que les autres fonctionnent. Quand est-ce qu'un technicien peut passer ?

Merci,
Julien Marchetti""", answered=1)
c.reply("a", "chloe", at("11-10 09:30", CET), """Bonjour Julien,

Je contacte notre chauffagiste et je reviens vers vous d'ici mercredi avec un créneau.

Bien à vous,
Chloé""", promises=[(eod("11-11"), "b")])
c.cust("c", at("11-13 08:20", CET), """Bonjour Chloé,

Je me permets de vous relancer : toujours pas de nouvelles du chauffagiste, et les nuits
sont fraîches.

Julien

{quote}""", chase=True)
c.reply("b", "chloe", at("11-13 11:15", CET), """Bonjour Julien,

Toutes mes excuses. Le chauffagiste passera lundi 16 novembre à 9 h ; il a la clé de
l'agence si vous êtes absent.

Bien à vous,
Chloé""")

c = case("r29-rent-statement-mortgage", "en", "Amelia Fox <amelia.fox@example.net>", "iphone",
         "Rent statement for mortgage", "closed", {},
         "Tenant's request answered by an attachment and one word; thanks-only.")
c.cust("q", at("11-03 12:05"), """Hi,

Please send me a statement of my rent payments for the last 12 months - I need it for a
mortgage application.

Thanks,
Amelia Fox
26 Rowan Close

Sent from my iPhone""", answered=1)
c.reply("a", "leah", at("11-03 15:30"), """Attached.

Leah""", attach=[("application/pdf", "rent-statement-26-rowan-close.pdf",
                   mailcraft.pdf(["Brackenridge Lettings - Tenant rent statement",
                                  "26 Rowan Close, Amelia Fox", "Nov 2025 - Oct 2026",
                                  "12 payments of 895.00, all on time"]))])
c.cust("t", at("11-03 16:01"), """Thank you so much!

> On 3 Nov 2026, at 15:30, Leah Vance <leah.vance@brackenlets.example> wrote:
>
> Attached.""", thanks=True)

c = case("r30-statement-bank-details-in-passing", "en", "Derek Holt <derek.holt@example.com>",
         "thunderbird", "November statement", "pending", {"unanswered-question": 1},
         "Landlord's bank-detail change in passing is not actioned; the reply only confirms the inspection date.")
c.cust("q", at("11-18 09:40"), """Hi Leah,

Thanks for the statement, all looks fine. [[Also, please change my bank account for rent
payments to sort code 40-11-22, account 31415926 from December]] - I'm closing the
Halvershire Building Society account.

Is the mid-term inspection at Foxglove Lane still on 24 November?

Derek""", answered=1)
c.reply("a", "leah", at("11-18 14:05"), """Hi Derek,

Yes, the inspection is still on the 24th at 10am.

Best,
Leah""")

c = case("r31-second-key-awaiting", "en", "Ruby Clarke <ruby.clarke@example.org>", "gmail",
         "Spare key for my partner", "open", {"awaiting-reply": 1},
         "A request acknowledged only by the helpdesk robot; no human reply for two days.")
c.cust("q", at("11-18 11:30"), """Hello,

My partner is moving into 4 Heron Mews with me (we've already added her to the
tenancy). Can I get a second front door key cut, or do we need the landlord's
permission first?

Ruby""")
c.ack("k", at("11-18 11:31"))

c = case("r32-gas-check-out-of-office", "en", "Victor Hale <victor.hale@halegroup.example>",
         "outlook", "Gas safety check", "pending", {},
         "Tenant's out-of-office answers Sophie's slot proposal; the tenant later accepts, quoting Sophie's question.")
c.cust("q", at("11-12 08:50"), """Hi,

When is the annual gas safety check due at 19 Cedar Drive? I'm away a fair bit this
month.

Victor Hale""", answered=1)
c.reply("a", "sophie", at("11-12 10:15"), """Hi Victor,

It's due by 2 December. Could our engineer come on Tuesday 24 November at 10am?

Sophie""")
c.auto("o", at("11-12 10:16"), """I am out of the office until Monday 16 November with limited access to email.
For urgent matters please contact my colleague at office@halegroup.example.

Victor Hale""", subject="Automatic reply: Gas safety check")
c.cust("r", at("11-16 08:30"), """Hi Sophie,

Tuesday 24th at 10 works - I'll be in.

Victor

{quote}""", parent="a", answered=0)
c.reply("b", "sophie", at("11-16 09:10"), """Booked - see you then.

Sophie""")

c = case("r33-extractor-fan-nonquestions", "en", "Jess Porter <jess@porterdesign.example>",
         "gmail", "Bathroom extractor fan rattling", "closed", {},
         "Pleasantry, rhetorical question, self-answered question and a URL with '?' around one real request.")
c.cust("q", at("11-06 13:00"), """Hi team, hope you're all well?

The bathroom extractor fan at 2 Sorrel Street has started rattling like a helicopter.
Who designs these things anyway? Where's the fused spur for it - actually never mind,
found it next to the bathroom door and switched it off for now.

Could someone take a look at it this week?

Jess

--
Jess Porter | Illustration & design
Portfolio: https://porterdesign.example/work?ref=mail""", answered=1)
c.reply("a", "rob", at("11-06 15:45"), """Hi Jess,

Electrician booked for Friday 13th between 8 and 12 - she'll replace the fan unit.
Good call switching it off.

Regards,""")

c = case("r34-extracto-renovacion-novedad", "es", "Carmen Vidal <carmen.vidal@example.es>",
         "gmail_es", "Extracto de octubre - 7 Quay Street", "pending",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "Spanish landlord: statement sent after a chase; the question whether the tenant renewed is skipped.")
c.cust("q", at("11-10 10:00", CET), """Buenos días:

¿Podrían enviarme el extracto de octubre del piso de 7 Quay Street? [[Y quisiera saber si
el inquilino ha renovado el contrato]], porque vence en diciembre.

Saludos,
Carmen Vidal""", answered=1)
c.cust("c", at("11-13 09:30", CET), """Hola de nuevo:

¿Hay alguna novedad? Sigo esperando el extracto.

Carmen

{quote}""", chase=True, answered=1)
c.reply("a", "pilar", at("11-16 12:00"), """Hola Carmen:

Disculpe el retraso. Le adjunto el extracto de octubre.

Un saludo,
Pilar""", attach=[("application/pdf", "extracto-2026-10-quay-street.pdf",
                    mailcraft.pdf(["Brackenridge Lettings - Owner statement October 2026",
                                   "7 Quay Street", "Rent received 1,040.00",
                                   "Paid to owner 915.20"]))])

c = case("r35-deposit-certificate-resend", "en", "Kieran Moss <kieran.moss@example.net>",
         "oldclient", "Deposit protection certificate", "pending",
         {"customer-chased": 1, "slow-first-response": 1},
         "Request resent as a new unthreaded mail after four days of silence; then answered with the certificate.")
c.cust("q", at("11-09 20:10"), """Hello,

Please can you send me the deposit protection certificate for 5 Tern Street. I never
received it when we moved in in September.

Kieran Moss""", answered=1)
c.cust("c", at("11-13 19:45"), """Resending my email below in case it got lost.

-------- Forwarded Message --------
Subject: Deposit protection certificate
Date: Mon, 9 Nov 2026 20:10:00 +0000
From: Kieran Moss <kieran.moss@example.net>
To: Brackenridge Lettings <lettings@brackenlets.example>

Hello,

Please can you send me the deposit protection certificate for 5 Tern Street. I never
received it when we moved in in September.

Kieran Moss""", parent=None, subject="Fwd: Deposit protection certificate", chase=True)
c.reply("a", "sophie", at("11-16 09:30"), """Hi Kieran,

Sorry this slipped through. Your certificate is attached - the deposit of £1,200 is
protected with the DPS under reference 4471-9920.

Sophie""", attach=[("application/pdf", "dps-certificate-5-tern-street.pdf",
                    mailcraft.pdf(["Deposit Protection Certificate", "5 Tern Street",
                                   "Tenant Kieran Moss", "Amount 1,200.00",
                                   "Reference 4471-9920"]))])

c = case("r36-bad-angebot-nie-gemeldet", "de", "Thomas Berger <thomas.berger@example.de>",
         "gmail_de", "Badrenovierung 10 Linnet Road", "closed", {"missed-follow-up": 1},
         "German landlord asks for bathroom renovation quotes; 'melde mich bis Freitag' never kept, case goes quiet.")
c.cust("q", at("11-05 17:00", CET), """Hallo Herr Brandt,

das Bad in 10 Linnet Road ist in die Jahre gekommen. Können Sie mir ein Angebot für
eine Renovierung (Dusche statt Wanne, neue Fliesen) einholen?

Beste Grüße
Thomas Berger""", answered=1)
c.reply("a", "kai", at("11-06 09:20"), """Hallo Herr Berger,

gern. Ich hole zwei Angebote bei unseren Handwerkern ein und melde mich bis Freitag
nächster Woche bei Ihnen.

Viele Grüße
Kai Brandt""", promises=[(eod("11-13"), None)])

c = case("r37-portal-enquiry-html", "en", "Rightplace enquiry for Ava Thornton <ava.thornton@example.com>",
         "gmail", "Enquiry: 22 Wren Court, 1 bed flat", "closed", {},
         "HTML-only enquiry: available from January? furnished? Both answered in one line each.")
c.cust("q", at("11-04 22:15"), """Hello,

I'm interested in the one-bedroom flat at 22 Wren Court listed at £875 pcm.

Is it available from 1 January? Is it furnished or unfurnished?

Many thanks,
Ava Thornton
07700 900 733""", kind="html", answered=2)
c.reply("a", "dan", at("11-05 09:25"), """Hi Ava,

Available from 2 January (the current tenant leaves on the 31st). It's part-furnished:
bed, sofa, wardrobe and a dining table - white goods included.

If you'd like a viewing, just let me know which evenings suit.

Dan""")

c = case("r38-window-latch-landlord-selling", "en", "Owen Price <owen.price@example.org>",
         "outlook", "Broken window latch", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "Latch repair promised 'by end of day', confirmed the next morning; the question about the landlord selling is skipped.")
c.cust("q", at("11-17 09:10"), """Hi,

The latch on the back bedroom window at 6 Kestrel Way has snapped, so the window won't
lock. Could you get it fixed soon? It's a ground-floor window.

Also, we noticed a surveyor taking photos outside last week. [[Could you tell me whether
the landlord is planning to sell the house?]]

Owen Price""", answered=1)
c.reply("a", "rob", at("11-17 10:00"), """Hi Owen,

Sorry about that - I'm getting our glazier's availability and will let you know the
appointment by end of day.

Regards,""", promises=[(eod("11-17"), "b")])
c.reply("b", "rob", at("11-18 08:40"), """Hi Owen,

The glazier will fit a new lockable latch on Thursday 19th at 8:30am.

Regards,""", parent="q")

c = case("r39-oven-hinge-conditional", "en", "Lily Evans <lily.evans@example.net>", "gmail",
         "oven door", "closed", {},
         "Typos; repair slot with a conditional offer to rebook (not a promise); the customer's 'fine, thanks' is thanks-only.")
c.cust("q", at("11-05 19:50"), """hiya, the oven door hinge at 14 Thistle st has gone loose and the door doesnt
close proprly anymore, can u fix it? its a bit dangerous with the kids around

lily""", answered=1)
c.reply("a", "rob", at("11-06 09:05"), """Hi Lily,

Our handyman can fix it on Monday between 9 and 1. If that doesn't suit, let me know and
I can find another slot.

Regards,""")
c.cust("t", at("11-06 09:30"), """monday is fine thanks

{quote}""", thanks=True, client="gmail")

c = case("r40-fence-storm-quote-late", "en", "Martin Coles <martin.coles@example.com>",
         "apple", "Fence blown down - 33 Meadow Rise", "closed", {"missed-follow-up": 1},
         "Landlord: insurance question answered; the fencing quote promised without a deadline arrives a week later, from a colleague.")
c.cust("q", at("11-02 10:30"), """Hi Rob,

The tenant at 33 Meadow Rise tells me two fence panels blew down in the storm. Will my
insurance cover it, do you think? And can you get me a quote to replace them?

Martin""", answered=2)
c.reply("a", "rob", at("11-02 12:10"), """Hi Martin,

Storm damage to fences is usually covered by the buildings policy, but check your
excess - for two panels it may not be worth claiming. I'll get a quote from our fencing
contractor and come back to you.

Regards,""", promises=[(window(at("11-02 12:10")), "b")])
c.reply("b", "leah", at("11-09 09:20"), """Hi Martin,

Rob asked me to pass this on: Meadow Fencing quote £340 + VAT for two panels and a new
concrete post, fitted within a week of your go-ahead.

Best,
Leah""", parent="q")

c = case("r41-meuble-charges", "fr", "Inès Benali <ines.benali@example.fr>", "gmail",
         "Studio 9 Market Lane", "closed", {"unanswered-question": 1},
         "French applicant: furnished answered, whether bills are included skipped; multipart/alternative.")
c.cust("q", at("11-03 20:30", CET), """Bonjour,

Je commence un stage à Halverton en janvier et le studio au 9 Market Lane m'intéresse.
Je voudrais savoir si l'appartement est meublé. [[Et est-ce que les charges sont comprises
dans le loyer ?]]

Merci beaucoup,
Inès Benali""", kind="alt", answered=1)
c.reply("a", "chloe", at("11-04 09:45", CET), """Bonjour Inès,

Oui, le studio est entièrement meublé : lit double, bureau, canapé, cuisine équipée avec
lave-linge. Il est disponible à partir du 4 janvier.

Bien cordialement,
Chloé""")

c = case("r42-inspection-date-colleague", "en", "Freya Lindqvist <freya.lindqvist@example.org>",
         "gmail", "Inspection date?", "closed", {},
         "'I'll get back to you tomorrow' kept the next day by a colleague.")
c.cust("q", at("11-09 15:20"), """Hi Sophie,

Could you confirm the date of our mid-term inspection at 8 Juniper Court? Do we both need
to be there? I'd have to book the afternoon off.

Freya""", answered=2)
c.reply("a", "sophie", at("11-09 16:00"), """Hi Freya,

I'll check the inspection diary and get back to you tomorrow.

Sophie""", promises=[(eod("11-10"), "b")])
c.reply("b", "dan", at("11-10 11:30"), """Hi Freya,

Covering for Sophie today: your inspection is on Wednesday 2 December at 2pm. It takes
about 30 minutes; you don't have to be there if that's easier.

Dan""", parent="q")

c = case("r43-spuelmaschine-langsam", "de", "Anna Wolf <anna.wolf@example.de>", "outlook_de",
         "Spülmaschine defekt", "closed", {"slow-first-response": 1},
         "German tenant's dishwasher question answered two days later; thanks-only.")
c.cust("q", at("11-02 18:00", CET), """Guten Tag,

unsere Spülmaschine in 2 Wheatfield Lane pumpt kein Wasser mehr ab. Wer ist für die
Reparatur zuständig - wir oder der Vermieter?

Viele Grüße
Anna Wolf""", answered=1, cte="base64")
c.reply("a", "kai", at("11-04 15:10"), """Hallo Frau Wolf,

die Spülmaschine gehört zur Ausstattung, also ist der Vermieter zuständig. Ein Techniker
kommt am Freitag, 6. November, zwischen 8 und 12 Uhr.

Viele Grüße
Kai Brandt""")
c.cust("t", at("11-04 17:00", CET), """Vielen Dank!

Anna Wolf

{quote}""", thanks=True)

c = case("r44-fecha-pago-si", "es", "Marta Gil <marta.gil@example.es>", "gmail_es",
         "Cambiar fecha de pago", "closed", {},
         "Spanish tenant asks to move the rent date; answered with a bare 'Sí' and a detail; thanks-only.")
c.cust("q", at("11-05 09:00", CET), """Hola Pilar:

Desde este mes cobro el día 3. ¿Puedo cambiar la fecha de pago del alquiler al día 5 de
cada mes?

Gracias,
Marta Gil""", answered=1)
c.reply("a", "pilar", at("11-05 11:30", CET), """Sí. Lo he cambiado a partir de diciembre.

Pilar""")
c.cust("t", at("11-05 12:10", CET), """¡Genial, gracias!

{quote}""", thanks=True)

c = case("r45-parking-permit-second-mail", "en", "Leo Bianchi <leo.bianchi@example.com>", "gmail",
         "Parking permit", "closed", {},
         "A second mail adds the car registration before support replied (not a chase); one reply answers both.")
c.cust("q", at("11-03 09:00"), """Hi,

How do I get a residents' parking permit for 4 Canal Wharf? Do you apply for it or do I?

Leo""", answered=2)
c.cust("i", at("11-03 09:40"), """Sorry, forgot to add: my car reg is HV21 KTP, in case you need it for the permit.

Leo

{quote}""", parent="q")
c.reply("a", "sophie", at("11-03 11:15"), """Hi Leo,

You apply yourself on the council's website (Parking > Residents' permits); it's £45 a
year. You'll need your tenancy agreement and the V5C for HV21 KTP - I've attached a
letter confirming your address, which they also accept.

Sophie""", attach=[("application/pdf", "address-confirmation-4-canal-wharf.pdf",
                    mailcraft.pdf(["Brackenridge Lettings - To whom it may concern",
                                   "Leo Bianchi is the tenant of 4 Canal Wharf, Halverton",
                                   "since 1 October 2026."]))])

c = case("r46-bin-closed-then-caddy", "en", "Rachel Dunn <rachel.dunn@example.org>", "iphone",
         "Missing wheelie bin", "closed", {"reopened": 1, "unanswered-question": 1},
         "Replacement bin ordered and the ticket closed; the tenant writes back with a new request that is met with pleasantries.")
c.cust("q", at("11-04 08:15"), """Hi, our green wheelie bin at 50 Lark Rise has disappeared after collection day.
Could you order a new one?

Rachel

Sent from my iPhone""", answered=1)
c.reply("a", "sophie", at("11-04 10:30"), """Hi Rachel,

I've ordered a replacement from the council - it should arrive within 10 working days.
I'm closing this ticket now.

Sophie""", closes=True)
c.cust("r", at("11-11 18:40"), """The new bin arrived today, thanks. [[Could you also ask the council for a food waste
caddy?]] We never had one.

Rachel

Sent from my iPhone

{quote}""")
c.reply("b", "sophie", at("11-12 09:00"), """Great to hear the bin arrived, Rachel!

Sophie""")

c = case("r47-vermieter-drei-anliegen", "de", "Peter Schmitt <peter.schmitt@example.de>",
         "outlook_de", "Mehrere Anliegen 15 Osprey Close", "pending", {"unanswered-question": 2},
         "German landlord's three requests: the smoke alarm check answered; the copy of the inventory and the contact for the tenants skipped.")
c.cust("q", at("11-17 08:00", CET), """Sehr geehrter Herr Brandt,

ich habe drei Anliegen zu 15 Osprey Close:

1. Sind die Rauchmelder dieses Jahr geprüft worden?
2. [[Bitte senden Sie mir eine Kopie des aktuellen Inventarberichts.]]
3. [[Könnten Sie mir die Telefonnummer der neuen Mieter geben?]]

Mit freundlichen Grüßen
Peter Schmitt""", answered=1)
c.reply("a", "kai", at("11-17 14:30"), """Sehr geehrter Herr Schmitt,

ja, alle Rauchmelder und der CO-Melder wurden beim Einzug der Mieter am 1. Oktober
geprüft und funktionieren.

Mit freundlichen Grüßen
Kai Brandt""")

c = case("r48-eicr-early-next-week", "en", "Simon Baxter <simon.baxter@example.com>",
         "thunderbird", "EICR certificate - 2 Heath View", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "EICR copy promised 'early next week' on a Thursday (by Tuesday); never sent; the landlord chases and waits.")
c.cust("q", at("11-12 09:00"), """Hi Rob,

The electrician did the EICR at 2 Heath View last month. Could you send me a copy of the
certificate? My insurer wants it.

Simon""", answered=1)
c.reply("a", "rob", at("11-12 11:40"), """Hi Simon,

The electrician hasn't uploaded it yet. I'll chase him and send you the certificate
early next week.

Regards,""", promises=[(eod("11-17"), None)])
c.cust("c", at("11-19 09:15"), """Rob,

I'm still waiting for the EICR certificate - the insurer has given me until the end of
the month.

Simon

{quote}""", chase=True)

c = case("r49-releve-demain-jamais", "fr", "Hélène Rousseau <helene.rousseau@example.fr>",
         "apple_fr", "Loyer de novembre et relevé", "closed", {"missed-follow-up": 1},
         "French landlord: November rent confirmed; the statement promised 'demain' never sent.")
c.cust("q", at("11-05 08:30", CET), """Bonjour Chloé,

Le loyer de novembre pour le 12 Swan Street est-il bien arrivé ? Pourriez-vous aussi
m'envoyer le relevé de gestion d'octobre ?

Merci,
Hélène Rousseau""", answered=2)
c.reply("a", "chloe", at("11-05 10:10", CET), """Bonjour Madame Rousseau,

Oui, le loyer de novembre (1 050 £) est arrivé le 2 novembre et vous sera versé le 15.
Je vous envoie le relevé d'octobre demain, il est en cours de validation.

Bien cordialement,
Chloé Girard""", promises=[(eod("11-06"), None)])

c = case("r50-agua-wifi-mixed", "es", "Pablo Ortiz <pablo.ortiz@example.com>", "gmail",
         "Preguntas / questions - 3 Heron Mews", "closed", {"unanswered-question": 1},
         "Mixed Spanish-English mail: water bill answered; the wifi password request skipped.")
c.cust("q", at("11-05 20:00"), """Hi Pilar!

Ya estamos instalados en 3 Heron Mews, todo bien. Dos cosas: ¿el alquiler incluye el
agua o tenemos que darnos de alta con la compañía? [[Also, could you send me the WiFi
password for the house router?]] My flatmate says it's not on the sticker.

Gracias!
Pablo""", answered=1)
c.reply("a", "pilar", at("11-06 09:00"), """Hola Pablo:

El agua no está incluida: tenéis que daros de alta con Halverton Water, se hace en
cinco minutos en su web con la lectura del contador del día de entrada (está en el
inventario, página 3).

Un saludo,
Pilar""")

c = case("r51-deposit-registered-fee-rtr", "en", "Angela Brooks <angela.brooks@example.org>",
         "gmail", "Questions about 19 Finch Lane", "pending", {"unanswered-question": 2},
         "Landlord's three questions: the deposit registration answered; the renewal fee and right-to-rent check skipped.")
c.cust("q", at("11-16 19:30"), """Hi Dan,

A few things about 19 Finch Lane. Can you confirm the new tenants' deposit has been
registered? [[How much is your fee for a renewal next year?]] [[And could you send me the
right-to-rent check for the new tenant?]] I'd like it for my records.

Thanks,
Angela""", answered=1)
c.reply("a", "dan", at("11-17 10:05"), """Hi Angela,

Yes - the £1,380 deposit was registered with the DPS on 2 November, within the 30 days.
The certificate is in the owners' portal under Documents.

Dan""")

c = case("r52-new-question-today", "en", "Isla Morgan <isla.morgan@example.net>", "apple",
         "Bike storage", "open", {},
         "A question sent this morning: open, but not yet past the response target.")
c.cust("q", at("11-20 09:30"), """Hi,

Is there anywhere secure to keep bikes at Riverside Court? Ours is in the hallway at
the moment and the neighbours have complained.

Isla""")

c = case("r53-paper-statements-done", "en", "Margaret Ellis <m.ellis@example.org>", "oldclient",
         "Statements by email only please", "closed", {},
         "Landlord asks to stop paper statements; answered with a bare 'Done.'; thanks-only.")
c.cust("q", at("11-09 10:05"), """Dear Leah,

Please stop sending me paper statements for 4 Abbey Terrace - email only from now on.
The post here is unreliable.

Yours sincerely,
Margaret Ellis""", answered=1)
c.reply("a", "leah", at("11-09 10:40"), """Done.

Leah""")
c.cust("t", at("11-09 11:15"), """Thank you dear.

{quote}""", thanks=True)


# --------------------------------------------------------------------------------------
# Hand-written labels: the unanswered questions, verbatim (line breaks as the customer wrote)
# --------------------------------------------------------------------------------------

UNANSWERED: dict[str, list[str]] = {
    "r02-deposit-return-checkout-report": [
        "Could you also send me a copy of the check-out report?"],
    "r05-kitchen-sink-leak-phone-number": [
        "Also, please update my phone number to\n07700 900412 on your records"],
    "r07-paiement-loyer-compte-francais": [
        "Pourriez-vous aussi m'envoyer une attestation de logement pour ma banque ?"],
    "r10-lavadora-subarrendar": [
        "¿Me podrían decir también si el contrato permite subarrendar una habitación?"],
    "r12-landlord-epc-eicr-marketing": [
        "Could you\nconfirm the EPC is still valid?",
        "What's your fee for arranging a new EICR?"],
    "r14-mietzahlung-jahresabrechnung": [
        ("Bitte schicken Sie mir außerdem die Jahresabrechnung für 2025/26, ich brauche sie für\n"
        "meine Steuererklärung.")],
    "r18-smoke-alarm-shelves-template": [
        "are we allowed to put up shelves with screws in the living room?"],
    "r20-council-tax-band": [
        "Can you check whether\nthe flat is really band D?"],
    "r21-fob-then-hallway-paint": [
        "do you know when the communal hallway will be\nrepainted?"],
    "r24-checkout-carpet-deduction": [
        "Where should I send the receipt?",
        "how do I raise a dispute with the deposit scheme\nif we can't agree?"],
    "r27-new-tenants-referencing": [
        "Could you make sure the gas meter reading is taken on move-in day?",
        "Please also send me a copy of the signed tenancy agreement."],
    "r30-statement-bank-details-in-passing": [
        ("Also, please change my bank account for rent\n"
        "payments to sort code 40-11-22, account 31415926 from December")],
    "r34-extracto-renovacion-novedad": [
        "Y quisiera saber si\nel inquilino ha renovado el contrato"],
    "r38-window-latch-landlord-selling": [
        "Could you tell me whether\nthe landlord is planning to sell the house?"],
    "r41-meuble-charges": [
        "Et est-ce que les charges sont comprises\ndans le loyer ?"],
    "r46-bin-closed-then-caddy": [
        "Could you also ask the council for a food waste\ncaddy?"],
    "r47-vermieter-drei-anliegen": [
        "Bitte senden Sie mir eine Kopie des aktuellen Inventarberichts.",
        "Könnten Sie mir die Telefonnummer der neuen Mieter geben?"],
    "r50-agua-wifi-mixed": [
        "Also, could you send me the WiFi\npassword for the house router?"],
    "r51-deposit-registered-fee-rtr": [
        "How much is your fee for a renewal next year?",
        "And could you send me the\nright-to-rent check for the new tenant?"],
}

# --------------------------------------------------------------------------------------
# Checks: the hand-written labels against the facts
# --------------------------------------------------------------------------------------


def label_problems(cases: list[Case]) -> list[str]:
    """Every disagreement between a case's hand-written labels and its rendered messages'
    facts and dates: status, rule counts, unanswered questions (verbatim in the customer's
    own text, in the facts, followed by a support reply)."""
    problems = []
    names = [c.name for c in cases]
    if len(set(names)) != len(names):
        problems.append("duplicate case names")
    for name in UNANSWERED:
        if name not in names:
            problems.append(f"{name}: unanswered questions labelled for an unknown case")
    for c in cases:
        msgs = sorted(c.msgs, key=lambda m: m.date)
        status = mailcraft.contract_status(msgs, CONTRACT)
        if status != c.status:
            problems.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(msgs, CONTRACT)
        if rules != c.rules:
            problems.append(f"{c.name}: rules {c.rules}, facts say {rules}")
        labelled = UNANSWERED.get(c.name, [])
        own = [m.own for m in msgs if m.role == "customer"]
        for q in labelled:
            if not any(q in text for text in own):
                problems.append(f"{c.name}: labelled question {q!r} in no customer message")
        facts = [q for m in msgs for q in m.uq]
        if labelled != facts:
            problems.append(f"{c.name}: labelled questions {labelled}, facts mark {facts}")
        by_key = {m.key: m for m in msgs}
        for m in msgs:
            if m.parent and by_key[m.parent].date >= m.date:
                problems.append(f"{c.name}: {m.key} is not later than the message it replies to")
            if m.uq and not any(r.role == "agent" and r.date > m.date for r in msgs):
                problems.append(f"{c.name}: {m.key} has unanswered questions but no reply after it")
        c.uq = labelled
    return problems


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


def render() -> list[Msg]:
    """Render every message of every case (Message-IDs and raw bytes), in date order."""
    return mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)


def case_rows(cases: list[Case]) -> list[tuple]:
    """The rows of CASES.md."""
    return [(c.name, c.lang, mailcraft.addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]


def write(out: Path) -> None:
    """Render, check and write the corpus to ``out``; exit without writing on any problem."""
    msgs = render()
    problems = label_problems(CASES)
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(staged, msgs)
        inbox, sent = mailcraft.read_back(staged / "mailbox" / "inbox.mbox",
                                          staged / "mailbox" / "Sent")
        problems += mailcraft.parse_problems(inbox + sent)
        parsed = {p["Message-ID"]: (p, True) for p in inbox}
        parsed.update({p["Message-ID"]: (p, False) for p in sent})
        for m in (m for m in msgs if m.kind != "html"):  # an HTML-only mail has no plain part
            p, in_mbox = parsed[m.message_id]
            problem = mailcraft.round_trip_problem(m, p, in_mbox)
            if problem:
                problems.append(problem)
        if problems:
            raise SystemExit("refusing to write tests/practice9:\n  " + "\n  ".join(problems))
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            shutil.move(str(staged / name), str(out / name))


def write_files(out: Path, msgs: list[Msg]) -> None:
    """The mailbox, labels.json and CASES.md under ``out``."""
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(mailcraft.addr_of(m.frm)[1], m.date, m.raw) for m in msgs
             if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, host="mail.brackenlets.example")
    labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, CONTRACT.handoff_limit)
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    table = mailcraft.cases_table("Practice9 corpus: Brackenridge Lettings support - cases",
                                  "make_practice9_corpus.py", case_rows(CASES))
    (out / "CASES.md").write_text(table, encoding="utf-8")


def summary() -> str:
    """The corpus's counts, for the README."""
    msgs = [m for c in CASES for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    rules: Counter = Counter()
    for c in CASES:
        rules.update(c.rules)
    uq_cases = sum(1 for c in CASES if c.rules.get("unanswered-question"))
    clean = sum(1 for c in CASES if not c.rules)
    lines = [
        (f"cases {len(CASES)}, messages {len(msgs)} "
        f"(inbox {roles['customer'] + roles['auto']}: customer {roles['customer']}, "
        f"auto {roles['auto']}; support replies {roles['agent']}; acknowledgements {roles['ack']})"),
        f"clean {clean} ({100 * clean / len(CASES):.0f} %)",
        "languages " + ", ".join(f"{k} {v}" for k, v in Counter(c.lang for c in CASES).most_common()),
        "statuses " + ", ".join(f"{k} {v}" for k, v in Counter(c.status for c in CASES).most_common()),
        "findings " + ", ".join(f"{r} {rules[r]}" for r in RULES if rules[r]),
        (f"unanswered questions in {uq_cases} cases; answered questions/requests "
        f"{sum(m.answered for m in msgs)}"),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Regenerate the corpus (``--out`` elsewhere); ``--summary`` prints its counts."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice9")
    ap.add_argument("--summary", action="store_true", help="print the corpus's counts")
    args = ap.parse_args(argv)
    write(args.out)
    if args.summary:
        print(summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
