#!/usr/bin/env python3
"""Regenerate ``tests/practice12/``: the labelled corpus of Copperkite Hosting support.

A support mailbox of a fictional web-hosting company and domain registrar for small
businesses in Fennick Cross (domain registrations, transfers and renewals, DNS records,
mailbox hosting and quotas, SSL certificates, website backups and restores, plan upgrades,
outages and slow sites, invoices and VAT, account ownership changes), written without
looking at the detection heuristics or at the other corpora's cases. It is built around
customer questions: many answered in varied ways, a couple of dozen left unanswered.
Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response
target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``copperkite.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, the
promise it makes with its deadline and the message that kept it, how many of its questions
support answered). The unanswered questions are hand-written per case in ``UNANSWERED``.
The script recomputes status and every rule count from the facts and the dates and refuses
to write when they disagree with the hand-written case labels, when a labelled question is
not verbatim in the customer's own text of the case, or when no support reply follows it.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice12_corpus.py [--out DIR] [--summary]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
CONTRACT = mailcraft.Contract(as_of=AS_OF)
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "copperkite.example"
SUPPORT = "Copperkite Support <support@copperkite.example>"
HELPDESK = "Copperkite Hosting <support@copperkite.example>"
RULES = mailcraft.RULES
CET = timezone(timedelta(hours=1))
CUSTOMER_TZ = {"en": UTC, "de": CET, "fr": CET, "es": CET}

AGENTS = {
    "priya": ("Priya Lakshmanan <priya.lakshmanan@copperkite.example>", "thunderbird", """-- 
Priya Lakshmanan
Domains & DNS | Copperkite Hosting
Unit 4, Tanner's Yard, Fennick Cross FX1 2AB
Check your domains: https://copperkite.example/domains?src=mail"""),
    "owen": ("Owen Marsh <owen.marsh@copperkite.example>", "outlook", """Kind regards,
Owen Marsh
Billing & Accounts | Copperkite Hosting | 01632 960 310
This e-mail and any attachment are confidential. Questions about your invoice?
See https://copperkite.example/billing?faq=1"""),
    "sam": ("Sam Okafor <sam.okafor@copperkite.example>", "gmail", """Cheers,
Sam
--
Sam Okafor - Hosting Support
Copperkite Hosting | status: https://status.copperkite.example"""),
    "hannah": ("Hannah Krüger <hannah.krueger@copperkite.example>", "thunderbird_de", """-- 
Hannah Krüger
Kundenservice (Deutsch) | Copperkite Hosting
https://copperkite.example/de/hilfe?ref=signatur"""),
    "mathilde": ("Mathilde Girard <mathilde.girard@copperkite.example>", "apple_fr", """Bien cordialement,
Mathilde Girard
Service client | Copperkite Hosting
https://copperkite.example/fr/aide?utm_source=email"""),
    "diego": ("Diego Navarro <diego.navarro@copperkite.example>", "gmail_es", """Un saludo,
Diego Navarro
Atención al cliente | Copperkite Hosting"""),
}

ACK_TEXT = """Hello,

Thank you for contacting Copperkite Hosting. This is an automatic
confirmation: your message has been logged as ticket {ref}.
Our support team works Monday to Friday, 8am-6pm, and we will reply
within 24 hours.

Please do not reply to this e-mail. Service status:
https://status.copperkite.example?ticket={ref}

Copperkite Hosting - Customer Support"""

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
    "oldclient": ["X-Mailer: QuickMail Pro 3.2"],
    "helpdesk": ["X-Mailer: Copperkite Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ck.", outlook_server="AM7P19")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack | auto (customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)
    answered: int = 0  # questions/requests of this customer message that support answered
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    raw: bytes = b""


@dataclass
class Case:
    """One conversation: its hand-written labels and its messages."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    story: str
    customer: str
    client: str
    msgs: list[Msg]
    uq: list[str] = field(default_factory=list)


def when(stamp: str) -> datetime:
    """``"11-09 14:30"``: that November 2026 day and time in UTC."""
    day, hm = stamp.split()
    month, dom = map(int, day.split("-"))
    hour, minute = map(int, hm.split(":"))
    return datetime(2026, month, dom, hour, minute, tzinfo=UTC)


def end_of(day: str) -> datetime:
    """The end of a named day (``"11-10"``), the deadline of a promise for that day."""
    month, dom = map(int, day.split("-"))
    return datetime(2026, month, dom, 23, 59, 59, tzinfo=UTC)


def C(k: str, at: str, body: str, **facts) -> dict:
    """A customer message spec (label ``k`` within its case, UTC time ``at``)."""
    return {"k": k, "role": "customer", "at": at, "body": body, **facts}


def A(k: str, who: str, at: str, body: str, **facts) -> dict:
    """A support reply spec by agent ``who``; ``promise`` is ``(day or "window", kept-by label)``."""
    return {"k": k, "role": "agent", "who": who, "at": at, "body": body, **facts}


def ACK(k: str, at: str, ref: str) -> dict:
    """A helpdesk acknowledgement spec (automatic, not a response)."""
    return {"k": k, "role": "ack", "at": at, "body": ACK_TEXT.format(ref=ref), "ref": ref}


def AUTO(k: str, at: str, body: str) -> dict:
    """A customer's own out-of-office reply spec."""
    return {"k": k, "role": "auto", "at": at, "body": body}


CASES: list[Case] = []
UNANSWERED: dict[str, list[str]] = {}


def case(name: str, lang: str, status: str, rules: dict[str, int], story: str, *,
         subject: str, customer: str, client: str, msgs: list[dict],
         unanswered: tuple[str, ...] = ()) -> None:
    """Register a case: its hand-written labels, its unanswered questions and its messages.

    A message replies to the previous human message of the list unless ``parent`` names
    another label (or ``None`` for a new conversation); replies quote their parent when the
    body holds ``{quote}``."""
    tz = CUSTOMER_TZ[lang]
    built: list[Msg] = []
    by_label: dict[str, Msg] = {}
    last_human: str | None = None
    for spec in msgs:
        spec = dict(spec)
        role = spec.pop("role")
        label = spec.pop("k")
        key = f"{name}.{label}"
        date = when(spec.pop("at"))
        parent_label = spec.pop("parent", last_human)
        parent = by_label[parent_label] if parent_label else None
        body = spec.pop("body")
        promise = spec.pop("promise", None)
        who = spec.pop("who", None)
        if role == "agent":
            frm, mclient, sig = AGENTS[who]
            body = body.rstrip("\n") + "\n\n" + sig + ("\n\n{quote}" if parent and spec.pop("quote", True) else "")
            to = customer
            date_tz = date
        elif role == "ack":
            frm, mclient, to, date_tz = HELPDESK, "helpdesk", customer, date
        else:
            frm, mclient, to = customer, spec.pop("client", client), SUPPORT
            date_tz = date.astimezone(tz)
        mclient = spec.pop("as_client", mclient)
        ref = spec.pop("ref", None)
        subj = spec.pop("subject", None)
        if subj is None:
            if role == "auto":
                subj = f"Automatic reply: {parent.subject}"
            elif role == "ack":
                subj = f"[Ticket {ref}] {subject}"
            else:
                subj = subject if parent is None else REPLY_PREFIX.get(mclient, "Re: ") + subject
        extra: list[tuple[str, str]] = []
        if role == "ack":
            extra = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
        if role == "auto":
            extra = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                     ("Precedence", "auto_reply")]
        if spec.get("cc"):
            extra.append(("Cc", spec["cc"]))
        m = Msg(key=key, case=name, role=role, client=mclient, frm=frm, to=to, subject=subj,
                date=date_tz, body=body, parent=parent.key if parent else None,
                agent=who, extra=extra, **spec)
        if promise:
            day, kept = promise
            deadline = date + FOLLOW_UP_WINDOW if day == "window" else end_of(day)
            m.promises = [(deadline, f"{name}.{kept}" if kept else None)]
        built.append(m)
        by_label[label] = m
        if role in ("customer", "agent"):
            last_human = label
    CASES.append(Case(name, lang, status, rules, story, addr_of(customer)[0], client, built))
    UNANSWERED[name] = list(unanswered)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

PDF_INVOICE = ("application/pdf", "INV-20931-reissued.pdf",
               mailcraft.pdf(["Copperkite Hosting - Invoice INV-20931 (reissued)",
                              "Hollis Reed, Dublin - VAT IE6388047V",
                              "Business hosting, 12 months: EUR 214.00",
                              "VAT: reverse charge, Art. 196 Directive 2006/112/EC"]))


case("h01-bakery-domain-transfer-in", "en", "closed", {},
     "Three transfer questions answered in one paragraph, out of order; thanks-only close.",
     subject="Moving fennickbakes.example to you", customer="Rosie Tamworth <rosie@fennickbakes.example>",
     client="gmail", msgs=[
         C("q", "11-03 09:10", """Hi there,

We'd like to move our bakery's domain fennickbakes.example over to you from our old
registrar, so everything is in one place with the hosting. Is there a fee for
transferring? How long does a transfer usually take? And do we lose the time left on
the current registration (it runs until next August)?

Thanks,
Rosie Tamworth
Fennick Bakes""", answered=3),
         A("a", "priya", "11-03 11:40", """Hi Rosie,

Nothing is lost: a transfer adds a year on top of the current expiry, so you would run
until August 2028. The transfer is £9.50, and that price already includes the extra year.
Most transfers finish in five to seven days, once you approve the email from your old
registrar. Start it under Domains > Transfer in, with the auth code from them.

Best wishes,
Priya"""),
         C("t", "11-03 12:05", "Brilliant, thank you!\n\nRosie\n\n{quote}", thanks_only=True),
     ])

case("h02-mailbox-quota-bounce", "en", "pending", {"unanswered-question": 1},
     "Quota raised; the question what happens to mail when the box is full is skipped.",
     subject="info@ mailbox nearly full", customer="Gareth Lowe <gareth@lowe-joinery.example>",
     client="outlook", msgs=[
         C("q", "11-16 08:30", """Hello,

Our info@ mailbox says it is 98% full. Can you raise the quota to 10 GB please? Also,
could you tell me what happens to incoming mail when it's full - does it bounce? We had
a customer say his quote request came back.

Regards,
Gareth Lowe
Lowe Joinery""", answered=1),
         A("a", "sam", "11-16 10:05", """Hi Gareth,

I've raised info@ to 10 GB, effective now. You'll see the new limit in Outlook after it
next syncs (or restart it).
"""),
     ], unanswered=("could you tell me what happens to incoming mail when it's full - does it bounce?",))

case("h03-slow-wordpress-site", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
     "Slow site; 'back to you by tomorrow afternoon' delivered two days late by a colleague after a chase.",
     subject="Website very slow since Friday", customer="Nadia Brook <nadia.brook@example.com>",
     client="gmail", msgs=[
         C("q", "11-09 09:00", """Hi,

Our WordPress site (brookfloristry.example) has been painfully slow since Friday, pages
take 8-10 seconds to load. We haven't changed anything. Is something wrong on your side?

Nadia""", answered=1),
         A("a", "sam", "11-09 11:20", """Hi Nadia,

I can see much higher load than usual on the shared server your site is on (web14).
I'll dig into it and get back to you by tomorrow afternoon.
""", promise=("11-10", "b")),
         C("c", "11-12 14:00", """Any update on this? The site is still crawling and customers are
complaining that the checkout times out.

Nadia

{quote}""", chase=True, answered=1),
         A("b", "owen", "11-12 16:10", """Hi Nadia,

Sorry for the silence - Sam is out today. We moved your account to web17 this afternoon;
pages load in under two seconds again.
"""),
         C("t", "11-12 17:30", "Much faster now, thanks.\n\n{quote}", thanks_only=True),
     ])

case("h04-google-verification-txt", "en", "pending", {},
     "TXT record request answered with a bare 'Done.'; thanks-only reply.",
     subject="TXT record for Google", customer="Ivo Kessel <ivo@kiln-and-co.example>",
     client="thunderbird", msgs=[
         C("q", "11-17 10:00", """Hello,

Please add this TXT record on kiln-and-co.example for Google Search Console:

google-site-verification=Xk3pq0Lr8vT2mW9sYb4dHnA7cE1uJ6fG

Ivo Kessel
Kiln & Co.""", answered=1),
         A("a", "priya", "11-17 10:45", "Done.", quote=True),
         C("t", "11-17 13:00", "Verified in Search Console - thanks a lot!\n\nIvo\n\n{quote}",
           thanks_only=True),
     ])

case("h05-reverse-charge-invoice", "en", "closed", {"unanswered-question": 2},
     "Invoice reissued with reverse charge (PDF); company-name change and automatic invoices to accounts@ skipped.",
     subject="Invoice INV-20931 - VAT should be reverse charge",
     customer="Aoife Hollis <aoife@hollisreed.example>", client="outlook", msgs=[
         C("q", "11-04 14:00", """Hi,

Invoice INV-20931 shows 20% UK VAT, but we're a VAT-registered business in Ireland
(IE6388047V). Can you reissue it with the reverse charge?

While you're in our account: please change the company name on the account to Hollis &
Reed Ltd instead of Hollis Reed, we incorporated last month. Is there a way to get
invoices sent to accounts@hollisreed.example automatically?

Thank you,
Aoife Hollis
Office Manager, Hollis & Reed Ltd""", answered=1),
         A("a", "owen", "11-04 16:30", """Dear Aoife,

I've reissued INV-20931 with the reverse charge applied - the corrected invoice is
attached. The original has been cancelled, so there is nothing else to do.
""", attach=[PDF_INVOICE]),
     ], unanswered=("please change the company name on the account to Hollis &\nReed Ltd instead of Hollis Reed",
                    "Is there a way to get\ninvoices sent to accounts@hollisreed.example automatically?"))

case("h06-automatic-renewal-de", "de", "closed", {},
     "Zwei Fragen zur Verlängerung, in einem Satz beantwortet (Ja + Karte + Datum).",
     subject="Verlängerung baeckerei-lindner.example", customer="Jürgen Lindner <j.lindner@baeckerei-lindner.example>",
     client="gmail_de", msgs=[
         C("q", "11-05 08:10", """Guten Morgen,

unsere Domain baeckerei-lindner.example läuft am 30. November ab. Verlängert sich die
automatisch? Und welche Karte wird dafür belastet? Wir haben letztes Jahr die Karte
gewechselt.

Viele Grüße
Jürgen Lindner""", answered=2),
         A("a", "hannah", "11-05 09:30", """Guten Morgen Herr Lindner,

ja, die automatische Verlängerung ist aktiv. Belastet wird am 23. November die Visa-Karte
mit der Endung 4417 - das ist bereits die neue Karte.

Freundliche Grüße
Hannah Krüger"""),
     ])

case("h07-ssl-expired-fr", "fr", "closed", {"unanswered-question": 1},
     "Certificat renouvelé ; la question « inclus dans notre forfait ? » reste sans réponse.",
     subject="Certificat SSL expiré", customer="Hélène Morel <helene@atelier-morel.example>",
     client="apple_fr", msgs=[
         C("q", "11-10 08:00", """Bonjour,

Notre site atelier-morel.example affiche une erreur « certificat expiré » depuis ce matin
et les clients prennent peur. Pouvez-vous le renouveler rapidement ? Et je voudrais
savoir si le renouvellement est inclus dans notre forfait ou s'il est facturé à part.

Merci d'avance,
Hélène Morel""", answered=1),
         A("a", "mathilde", "11-10 09:20", """Bonjour Madame Morel,

Le certificat est renouvelé ; l'erreur disparaîtra d'ici quelques minutes (pensez à
vider le cache de votre navigateur).
"""),
         C("t", "11-10 10:00", "Merci, ça marche !\n\nHélène\n\n{quote}", thanks_only=True),
     ], unanswered=("je voudrais\nsavoir si le renouvellement est inclus dans notre forfait ou s'il est facturé à part.",))

case("h08-backup-restore-es", "es", "open", {"customer-chased": 1, "awaiting-reply": 1},
     "Petición de restaurar una copia; solo el acuse automático, luego '¿Hay alguna novedad?'. Sin respuesta.",
     subject="Restaurar copia de seguridad", customer="Alba Ferrer <alba@floristeria-alba.example>",
     client="gmail_es", msgs=[
         C("q", "11-16 09:00", """Hola:

Necesito restaurar la copia de seguridad del 12 de noviembre de mi web
floristeria-alba.example. Borré por error la página de pedidos de Navidad.

Gracias,
Alba Ferrer"""),
         ACK("k", "11-16 09:01", "CK-40117"),
         C("c", "11-18 10:00", """¿Hay alguna novedad? Sigo esperando la restauración y la página de
pedidos sigue sin aparecer.

Alba

{quote}""", chase=True),
     ])

case("h09-upgrade-inline", "en", "closed", {},
     "Two upgrade questions answered inline under the quoted lines; thanks-only reply.",
     subject="Upgrading from Starter to Business", customer="Marcus Pell <marcus@pellandsons.example>",
     client="apple", msgs=[
         C("q", "11-02 15:00", """Hi,

We're on Starter and need more storage. If we upgrade to Business mid-month, do we pay
the full price or just the difference?

And will the site go down during the upgrade?

Marcus Pell""", answered=2),
         A("a", "sam", "11-02 16:10", """Hi Marcus, answers below.

> If we upgrade to Business mid-month, do we pay
> the full price or just the difference?

Just the difference, worked out to the day.

> And will the site go down during the upgrade?

No. The upgrade only changes limits; files and databases stay where they are.
""", quote=False),
         C("t", "11-03 09:00", "Great, upgraded. Thanks!\n\nMarcus", thanks_only=True, parent="a"),
     ])

case("h10-account-owner-bereavement", "en", "closed", {},
     "Ownership change after a death: 'I'll come back to you tomorrow' kept next day; the follow-up answered.",
     subject="Taking over my father's account", customer="Ellen Garrow <ellen.garrow@example.org>",
     client="outlook", msgs=[
         C("q", "11-11 10:00", """Hello,

My father ran Garrow Plumbing and passed away last month. I'm taking over the business
and its website. What do you need from me to change the account owner?

Ellen Garrow""", answered=1),
         A("a", "owen", "11-11 12:00", """Dear Ellen,

I'm very sorry for your loss. I need to check with our compliance team which documents
they accept in this situation; I'll come back to you tomorrow.
""", promise=("11-12", "b")),
         A("b", "owen", "11-12 11:00", """Dear Ellen,

Compliance confirmed: we need a copy of the death certificate or the grant of probate,
and a photo ID of yours. You can upload both here:
https://copperkite.example/upload?case=77120
"""),
         C("r", "11-12 15:00", """Thanks Owen, uploaded both just now. How long does the change take once you
have them?

Ellen

{quote}""", answered=1),
         A("d", "owen", "11-13 09:30", """Dear Ellen,

It's already done - the account is now in your name and you can log in with your own
email address.
"""),
     ])

case("h11-mail-outage-template", "en", "closed", {"unanswered-question": 1},
     "Mail outage; a templated status reply, nothing about whether the morning's mail is lost; thanks-only.",
     subject="Email down??", customer="Paul Ashdown <paul@ashdown-dental.example>",
     client="gmail", msgs=[
         C("q", "11-13 07:45", """Hi,

Our email has been down since 6am - Outlook cant connect to mail.copperkite.example on
any of our PCs. Is there an outage? Will we lose the messages people sent us this
morning? Patients email us to cancel appointments.

Paul Ashdown
Ashdown Dental Practice""", answered=1),
         A("a", "sam", "11-13 08:30", """Hello,

We are aware of an issue affecting mail services on some of our servers. Our engineers
are working on it and updates are posted at https://status.copperkite.example.

We apologise for the inconvenience.
"""),
         C("t", "11-13 11:00", "It's back now, thanks.\n\nPaul\n\n{quote}", thanks_only=True),
     ], unanswered=("Will we lose the messages people sent us this\nmorning?",))

case("h12-auth-code-transfer-out", "en", "closed",
     {"slow-first-response": 1, "missed-follow-up": 1, "customer-chased": 2},
     "Auth code request: slow first reply, 'by end of day' not kept, two chases, code sent days later by a colleague.",
     subject="Auth code for rowanbrook.example", customer="Dev Patel <dev@rowanbrook.example>",
     client="thunderbird", msgs=[
         C("q", "11-02 10:00", """Hello,

Please send me the EPP/auth code for rowanbrook.example. We're moving the domain to the
registrar our new web agency uses.

Dev Patel
Rowanbrook Architects""", answered=1),
         A("a", "priya", "11-03 12:30", """Hi Dev,

I've unlocked the domain. The auth code is generated separately - I'll send it over by
end of day.
""", promise=("11-03", "b")),
         C("c1", "11-05 09:00", """Hi Priya,

I still haven't received the auth code. Could you check?

Dev

{quote}""", chase=True, answered=1),
         C("c2", "11-06 15:00", """Following up again - our agency is waiting for the code to start the
transfer.

Dev

{quote}""", chase=True),
         A("b", "owen", "11-09 09:00", """Hi Dev,

Apologies - the code was stuck in our outbox. Here it is: 7hQv2-Lm9p-Rk4w. It's valid for
30 days.
"""),
         C("t", "11-09 09:30", "Got it, thanks.\n\nDev", thanks_only=True),
     ])

case("h13-iphone-mail-settings-html", "en", "closed", {},
     "HTML-only question about iPhone mail settings; answered with server names, ports and a link.",
     subject="Setting up email on iPhone", customer="Carla Dunn <carla.dunn@example.net>",
     client="outlook", msgs=[
         C("q", "11-04 09:00", """Hi,

How do I set up my new mailbox carla@dunn-physio.example on my iPhone? Which incoming
server and port should I use? And do I need to tick "Use SSL"?

Thanks
Carla""", kind="html", answered=3),
         A("a", "sam", "11-04 09:40", """Hi Carla,

Incoming (IMAP): mail.copperkite.example, port 993, SSL on.
Outgoing (SMTP): mail.copperkite.example, port 465, SSL on.
Step by step with screenshots: https://copperkite.example/help/iphone-mail
"""),
     ])

case("h14-new-mailbox-de", "de", "pending", {"unanswered-question": 1},
     "Postfach angelegt; die Frage, wie viele Postfächer der Tarif enthält, bleibt offen.",
     subject="Neues Postfach buchhaltung@", customer="Petra Stoll <p.stoll@lindner-statik.example>",
     client="outlook_de", msgs=[
         C("q", "11-16 08:00", """Guten Tag,

können Sie bitte ein neues Postfach buchhaltung@lindner-statik.example anlegen? Und wie
viele Postfächer sind in unserem Tarif eigentlich enthalten? Wir wachsen gerade.

Mit freundlichen Grüßen
Petra Stoll
Ingenieurbüro Lindner""", answered=1),
         A("a", "hannah", "11-16 09:10", """Guten Tag Frau Stoll,

das Postfach buchhaltung@lindner-statik.example ist angelegt. Das Startpasswort finden
Sie im Kundenportal unter „Postfächer“.
"""),
     ], unanswered=("Und wie\nviele Postfächer sind in unserem Tarif eigentlich enthalten?",))

case("h15-dns-a-record-fr", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
     "« je reviens vers vous d'ici mercredi » non tenu ; relance jeudi ; fait après la relance.",
     subject="Changement DNS cabinet-leroy.example", customer="Julien Leroy <julien@cabinet-leroy.example>",
     client="gmail", msgs=[
         C("q", "11-09 14:00", """Bonjour,

Nous changeons de prestataire pour le site web mais nous gardons les e-mails chez vous.
Pouvez-vous pointer l'enregistrement A de cabinet-leroy.example vers 203.0.113.40 ?

Cordialement,
Julien Leroy""", answered=1),
         A("a", "mathilde", "11-09 15:00", """Bonjour Monsieur Leroy,

Je vérifie avec l'équipe technique que vos enregistrements MX ne seront pas touchés et
je reviens vers vous d'ici mercredi.
""", promise=("11-11", "b")),
         C("c", "11-12 09:00", """Bonjour,

Je me permets de vous relancer : le nouveau site est prêt et n'attend plus que le
changement DNS.

Julien Leroy

{quote}""", chase=True),
         A("b", "mathilde", "11-12 10:00", """Bonjour Monsieur Leroy,

Toutes nos excuses pour ce retard. C'est fait : l'enregistrement A pointe vers
203.0.113.40 et les MX restent inchangés.
"""),
         C("t", "11-12 10:30", "Parfait, merci.\n\nJ. Leroy", thanks_only=True),
     ])

PDF_FACTURA = ("application/pdf", "factura-octubre-2026.pdf",
               mailcraft.pdf(["Copperkite Hosting - Factura CK-ES-10288",
                              "Octubre 2026 - Plan Profesional",
                              "Total: 18,15 EUR (IVA incluido)"]))

case("h16-invoice-direct-debit-es", "es", "closed", {"unanswered-question": 1},
     "Factura enviada en PDF; la pregunta sobre domiciliación bancaria se queda sin responder.",
     subject="Factura de octubre", customer="Marta Gil <marta.gil@example.com>",
     client="gmail_es", msgs=[
         C("q", "11-05 10:00", """Hola,

¿me pueden enviar la factura de octubre en PDF? No la encuentro en el panel. Por cierto,
quisiera saber si aceptan pago por domiciliación bancaria, así no me tengo que acordar
cada mes.

Gracias,
Marta Gil""", answered=1),
         A("a", "diego", "11-05 11:00", """Hola Marta:

Te adjunto la factura de octubre.
""", attach=[PDF_FACTURA]),
     ], unanswered=("quisiera saber si aceptan pago por domiciliación bancaria",))

case("h17-site-migration-handoffs", "en", "pending", {"many-handoffs": 1},
     "Free migration passed from Priya to Sam to Owen (three agents); all questions answered.",
     subject="Migrating our website to Copperkite", customer="Jon Aldous <jon@aldous-cycles.example>",
     client="gmail", msgs=[
         C("q", "11-16 09:00", """Hello,

We're moving our site aldous-cycles.example from another host to your Business plan. Can
you migrate it for us, and is there a charge for that?

Jon Aldous""", answered=2),
         A("a", "priya", "11-16 10:00", """Hi Jon,

Migrations are free on Business plans. Sam from our migrations team will be in touch to
arrange it.
""", promise=("window", "b")),
         A("b", "sam", "11-16 13:00", """Hi Jon, Sam here.

Please send me either your current host's cPanel login or a full backup file, whichever
is easier.
"""),
         C("r", "11-16 15:00", """Here's the backup: https://files.example.net/dl/7731?key=ab12

Will the email accounts move as well? We have four.

Jon

{quote}""", answered=1),
         A("d", "owen", "11-17 09:00", """Hi Jon,

Sam is off today, so I've picked this up. Your site is restored on the new account, and
yes - all four mailboxes have been recreated with their contents.
"""),
         C("t", "11-17 10:00", "Thanks, all looks good.\n\nJon", thanks_only=True),
     ])

case("h18-pending-delete-wrong-answer", "en", "closed", {"unanswered-question": 1},
     "Domain in 'pending delete'; the agent explains the reminder emails instead of whether it can be recovered.",
     subject="Domain says pending delete", customer="Fiona Hale <fiona@hollowfield-farm.example>",
     client="iphone", msgs=[
         C("q", "11-06 08:00", """Hi, our domain hollowfield-farm.example shows "pending delete" in the panel.
Can we still get it back? We missed the renewal email, it must have gone to my old
address.

Fiona

Sent from my iPhone"""),
         A("a", "priya", "11-06 10:00", """Hi Fiona,

Renewal reminders go out 60, 30 and 7 days before expiry to the registrant email on
file. You can change that address any time under Account > Contacts.
"""),
     ], unanswered=("Can we still get it back?",))

case("h19-corrupt-backup-monday", "en", "closed", {"missed-follow-up": 1},
     "Corrupt backup archive: 'let you know on Monday' never kept; customer only thanked.",
     subject="Restore fails at 40%", customer="Tomasz Wren <tomasz@wren-outdoor.example>",
     client="outlook", msgs=[
         C("q", "11-12 10:00", """Hello,

The March 2026 backup of our shop database seems to be corrupt - the restore fails at
40% every time (log attached below). Can you look into it?

  restore: archive db-2026-03-01.tar.gz: unexpected end of data

Tomasz Wren""", answered=1),
         A("a", "sam", "11-12 11:30", """Hi Tomasz,

Thanks for the log. I'll ask our storage team to check the archive and let you know on
Monday.
""", promise=("11-16", None)),
         C("t", "11-12 12:00", "Thank you.\n\nTomasz", thanks_only=True),
     ])

case("h20-quote-25-mailboxes-ahead", "en", "pending", {},
     "Quote for 25 mailboxes promised 'by Monday' (23 Nov): deadline still ahead.",
     subject="Quote for extra mailboxes", customer="Sandra Oyelaran <sandra@brightwell-nursery.example>",
     client="gmail", msgs=[
         C("q", "11-18 09:00", """Hi,

Could you quote us for 25 extra mailboxes for our new staff? We'd need them by 1
December.

Sandra Oyelaran
Brightwell Day Nursery""", answered=1),
         A("a", "owen", "11-18 14:00", """Hi Sandra,

Happy to. Let me confirm volume pricing with our sales lead; I'll send you a quote by
Monday.
""", promise=("11-23", None)),
     ])

case("h21-contact-form-no-deadline", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
     "PHP contact form: 'I'll get back to you' without a date, window missed; chase; colleague answers.",
     subject="Contact form emails not arriving", customer="Leo Marchetti <leo@marchetti-deli.example>",
     client="apple", msgs=[
         C("q", "11-09 13:00", """Hi,

The contact form on marchetti-deli.example stopped sending us emails last week. It uses
PHP mail(). Is outbound mail blocked on our plan?

Leo""", answered=1),
         A("a", "sam", "11-09 14:30", """Hi Leo,

Not blocked, but mail() messages may be caught by our outbound spam filter. Let me check
the outbound logs and I'll get back to you.
""", promise=("window", "b")),
         C("c", "11-16 09:00", """Hi Sam, I haven't heard back about the contact form. Any news?

Leo

{quote}""", chase=True, answered=1),
         A("b", "priya", "11-16 11:00", """Hi Leo,

Sam's logs show the form sends from an address that doesn't exist, so the filter drops
it. Please set the sender to noreply@marchetti-deli.example - here's how:
https://copperkite.example/help/php-mail
"""),
     ])

case("h22-auto-renew-reopened", "en", "pending", {"reopened": 1},
     "Auto-renewal turned off and ticket marked resolved; two weeks later the customer wants it back on.",
     subject="Cancel auto-renewal oldshop-tilly.example", customer="Tilly Parr <tilly@tillyparr.example>",
     client="gmail", msgs=[
         C("q", "11-03 10:00", """Hi,

Please cancel the auto-renewal of oldshop-tilly.example - we've rebranded to
tillyparr.example.

Tilly""", answered=1),
         A("a", "priya", "11-03 11:00", """Hi Tilly,

Done - auto-renewal is off, and the domain will lapse on 14 December. I'll mark this
ticket as resolved.
""", closes=True),
         C("r", "11-17 09:00", """Hi Priya,

Actually, we've changed our minds - can you turn auto-renewal back on? Our old
customers still type the old address.

Tilly

{quote}""", answered=1),
         A("b", "priya", "11-17 09:45", """No problem, auto-renewal is back on for oldshop-tilly.example.
"""),
     ])

case("h23-renewal-invoice-list", "en", "pending", {"unanswered-question": 1},
     "Numbered list of three: the price rise and the PO number handled, annual billing skipped.",
     subject="Renewal invoice INV-21877", customer="Graham Fry <graham.fry@fry-accountants.example>",
     client="thunderbird", msgs=[
         C("q", "11-17 11:00", """Hello,

Three things about our renewal invoice INV-21877:

1. Why is it £40 more than last year?
2. Can we switch to annual billing to save money?
3. Please add our PO number PO-5521 to the invoice.

Graham Fry""", answered=2),
         A("a", "owen", "11-17 14:00", """Dear Graham,

The increase is the new Business plan price from 1 October (we wrote to all customers
in August). I've added PO-5521 and reissued the invoice - you'll find it in the panel.
"""),
     ], unanswered=("Can we switch to annual billing to save money?",))

case("h24-squarespace-ssl-followup", "en", "closed", {"unanswered-question": 1},
     "CNAME done; the thanks mail adds an SSL question which the 'glad it works' reply ignores.",
     subject="Point www to Squarespace", customer="Ben Crowther <ben@pebblecove-cafe.example>",
     client="gmail", msgs=[
         C("q", "11-10 09:00", """Hi,

Can you point www.pebblecove-cafe.example to our new Squarespace site? They gave us a
CNAME: ext-sq.squarespace.com

Ben""", answered=1),
         A("a", "priya", "11-10 09:30", "Hi Ben,\n\nDone - the CNAME is in place."),
         C("r", "11-10 12:00", """Thanks, it's live! One more thing: does the SSL certificate still come from
you, or from Squarespace now?

Ben

{quote}"""),
         A("b", "priya", "11-10 12:30", "Glad it's working! Have a great week."),
     ], unanswered=("does the SSL certificate still come from\nyou, or from Squarespace now?",))

case("h25-billing-address-resend", "en", "closed", {"slow-first-response": 1, "customer-chased": 1},
     "Billing-address change unanswered for two days; resent as a new unthreaded mail; then done.",
     subject="Change of billing address", customer="Harriet Quayle <harriet@quayle-ceramics.example>",
     client="outlook", msgs=[
         C("q", "11-11 09:00", """Hello,

Please update the billing address on our account to 14 Quarry Lane, Fennick Cross
FX3 9PL. We've moved the studio.

Harriet Quayle
Quayle Ceramics""", answered=1),
         ACK("k", "11-11 09:01", "CK-39982"),
         C("c", "11-13 09:00", """Resending my email below as I've had no reply.

Harriet

{quote}""", chase=True, thread=False, subject="Change of billing address"),
         A("a", "owen", "11-13 10:00", """Dear Harriet,

Sorry about that. The billing address is now 14 Quarry Lane, Fennick Cross FX3 9PL, and
your next invoice will show it.
"""),
     ])

case("h26-error-500-de", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
     "500-Fehler: 'melde mich heute Nachmittag' nicht gehalten; 'Ich warte immer noch'; am nächsten Morgen gelöst.",
     subject="Website zeigt Fehler 500", customer="Karl Brandt <karl@holzwerk-brandt.example>",
     client="thunderbird_de", msgs=[
         C("q", "11-09 09:00", """Hallo,

unsere Website holzwerk-brandt.example zeigt seit heute früh nur noch „500 Internal
Server Error“. Können Sie bitte nachsehen?

Gruß
Karl Brandt""", answered=1),
         A("a", "hannah", "11-09 10:00", """Hallo Herr Brandt,

ich sehe mir die Fehlerprotokolle an und melde mich heute Nachmittag bei Ihnen.
""", promise=("11-09", "b")),
         C("c", "11-10 07:00", """Ich warte immer noch auf eine Antwort – die Seite ist weiterhin nicht
erreichbar, und wir verlieren Anfragen.

K. Brandt

{quote}""", chase=True),
         A("b", "hannah", "11-10 07:45", """Guten Morgen Herr Brandt,

Entschuldigung! Ein Plugin-Update hatte die .htaccess beschädigt. Ich habe sie
wiederhergestellt, die Seite läuft wieder.
""", kind="alt"),
     ])

case("h27-fr-domain-price", "fr", "pending", {},
     "Prix d'un .fr et protection WHOIS : réponse avec un chiffre et en d'autres mots.",
     subject="Nom de domaine en .fr", customer="Sophie Arnaud <sophie.arnaud@example.fr>",
     client="apple_fr", msgs=[
         C("q", "11-18 09:00", """Bonjour,

Combien coûte un nom de domaine en .fr chez vous ? Et est-ce que la protection WHOIS
est incluse ?

Bonne journée,
Sophie Arnaud""", answered=2),
         A("a", "mathilde", "11-18 10:00", """Bonjour Madame Arnaud,

12 € HT par an. Pour les particuliers, l'AFNIC masque d'office vos coordonnées dans
l'annuaire : vous n'avez rien à ajouter.
"""),
     ])

case("h28-plan-change-contract-es", "es", "closed", {"unanswered-question": 1},
     "Cambio de plan y la IP se mantiene; el contrato actualizado que pidió no llega.",
     subject="Cambio al plan Profesional", customer="Javier Soler <javier@ceramica-soler.example>",
     client="gmail_es", msgs=[
         C("q", "11-12 15:00", """Buenas tardes:

Queremos pasar del plan Básico al Profesional a partir de ya. ¿Se mantiene la misma
dirección IP? Además, envíenme por favor el contrato actualizado con el nuevo precio,
que lo necesita nuestra gestoría.

Un saludo,
Javier Soler""", answered=2),
         A("a", "diego", "11-13 09:00", """Hola Javier:

El cambio de plan ya está hecho y la IP se mantiene igual.
"""),
     ], unanswered=("envíenme por favor el contrato actualizado con el nuevo precio",))

case("h29-dnssec-pleasantries", "en", "pending", {},
     "Pleasantry, self-answered question, rhetorical question and a signature URL with '?'; the DNSSEC request is done.",
     subject="DNSSEC for quillbarrow.example", customer="Tess Arlow <tess@quillbarrow.example>",
     client="gmail", msgs=[
         C("q", "11-17 08:00", """Hi! Hope the week's treating you well?

Quick one: where do I find the DNS zone editor in the new panel? Never mind, found it
under Domains > Manage > DNS. What I actually need: can you enable DNSSEC for
quillbarrow.example? Who knew DNS could be so fiddly?

Tess

--
Tess Arlow | Quillbarrow Books
Need a book? https://quillbarrow.example/shop?ref=sig""", answered=1),
         A("a", "priya", "11-17 09:00", """Hi Tess,

DNSSEC is now enabled for quillbarrow.example and the DS record has been published at
the registry.
"""),
     ])

case("h30-default-page-inline", "en", "pending", {},
     "Support asks two questions; the customer answers them inline (support's questions quoted back).",
     subject="Site shows 'Welcome to Copperkite'", customer="Owain Pryce <owain@pryce-garage.example>",
     client="gmail", msgs=[
         C("q", "11-16 10:00", """Hi,

Our site shows the default "Welcome to Copperkite" page instead of our website. I
uploaded everything yesterday. Help?

Owain""", answered=1),
         A("a", "sam", "11-16 10:30", """Hi Owain,

Could you tell me which folder you uploaded the files to? And did you upload an
index.html or an index.php?
"""),
         C("r", "11-16 11:00", """On Mon, 16 Nov 2026 at 10:30, Sam Okafor <sam.okafor@copperkite.example> wrote:
> Could you tell me which folder you uploaded the files to?

/home/pryce/www

> And did you upload an
> index.html or an index.php?

index.php

Owain"""),
         A("b", "sam", "11-16 11:20", """That's it - the web root is /public_html, not www. I've moved the files and
your site is showing now.
"""),
         C("t", "11-16 11:40", "Yes! Thank you.\n\nOwain\n\n{quote}", thanks_only=True),
     ])

case("h31-ssl-refund-9-november", "en", "closed", {"missed-follow-up": 1},
     "Refund for a cancelled certificate: 'I'll confirm the amount to you on 9 November' never kept.",
     subject="Refund for cancelled Premium SSL", customer="Nils Berg <nils@bergandco.example>",
     client="outlook", msgs=[
         C("q", "11-05 14:00", """Hello,

We cancelled the Premium SSL certificate on shop.bergandco.example last week as we moved
the shop. Can we get a refund for the unused months?

Nils Berg""", answered=1),
         A("a", "owen", "11-05 15:30", """Dear Nils,

Yes, unused full months are refundable. Finance runs refunds on Mondays; I'll confirm the
amount to you on 9 November.
""", promise=("11-09", None)),
         C("t", "11-06 09:00", "Thanks Owen.\n\nNils", thanks_only=True),
     ])

case("h32-second-ip-extra-info", "en", "pending", {},
     "A second mail adds the VPS number before support replies (not a chase); 'Yes' with the price and the IP.",
     subject="Second IP address", customer="Rhiannon Vale <rhiannon@valeweb.example>",
     client="gmail", msgs=[
         C("q", "11-18 09:00", """Hi, is there any way to get a second IP address for our VPS?

Rhiannon""", answered=1),
         C("i", "11-18 09:20", """Sorry, forgot to say - it's VPS-3318, and we need the IP for a separate
SSL site.

Rhiannon

{quote}""", parent="q"),
         A("a", "sam", "11-18 10:00", """Hi Rhiannon,

Yes - extra IPv4 addresses are £3 a month. I've added one to VPS-3318: 198.51.100.23.
"""),
         C("t", "11-18 10:30", "Perfect, thanks Sam!\n\n{quote}", thanks_only=True),
     ])

PDF_RECHNUNGEN = ("application/pdf", "Rechnungen-2025.pdf",
                  mailcraft.pdf(["Copperkite Hosting - Rechnungsuebersicht 2025",
                                 "Holzwerk Brandt, 12 Rechnungen, Januar bis Dezember",
                                 "Summe netto: 1.188,00 EUR"]))

case("h33-invoices-2025-de", "de", "pending", {"unanswered-question": 1},
     "Rechnungen 2025 als PDF geschickt; die Bitte um eine neue Rechnungsadresse wird übergangen.",
     subject="Rechnungen 2025 für die Steuerberaterin", customer="Karl Brandt <karl@holzwerk-brandt.example>",
     client="gmail_de", msgs=[
         C("q", "11-17 14:00", """Guten Tag,

für unsere Steuerberaterin brauchen wir alle Rechnungen von 2025 als PDF. Können Sie die
gesammelt schicken? Außerdem bitte ich Sie, künftig die Rechnungen an
rechnung@holzwerk-brandt.example zu senden.

Danke und Gruß
Karl Brandt""", answered=1),
         A("a", "hannah", "11-17 15:30", """Guten Tag Herr Brandt,

anbei alle zwölf Rechnungen von 2025 in einer PDF-Datei.
""", attach=[PDF_RECHNUNGEN]),
     ], unanswered=("bitte ich Sie, künftig die Rechnungen an\nrechnung@holzwerk-brandt.example zu senden.",))

case("h34-spam-filter-fr", "fr", "pending", {"unanswered-question": 1},
     "Filtre antispam renforcé ; la question sur le blocage d'un domaine entier reste sans réponse.",
     subject="Beaucoup de spam sur contact@", customer="Luc Vidal <luc@boulangerie-vidal.example>",
     client="apple_fr", msgs=[
         C("q", "11-16 09:00", """Bonjour,

La boîte contact@boulangerie-vidal.example reçoit énormément de spam depuis une semaine.
Pouvez-vous renforcer le filtre ? Est-ce qu'il est possible aussi de bloquer tout un
domaine d'expéditeur ?

Luc Vidal""", answered=1),
         A("a", "mathilde", "11-16 10:00", """Bonjour Monsieur Vidal,

J'ai passé le filtre antispam de votre boîte au niveau « strict ». Vous devriez voir la
différence dès aujourd'hui.
"""),
     ], unanswered=("Est-ce qu'il est possible aussi de bloquer tout un\ndomaine d'expéditeur ?",))

case("h35-ssl-renewal-kept-es", "es", "closed", {},
     "'Le escribo mañana' cumplido al día siguiente: el certificado se renueva solo.",
     subject="Certificado SSL caduca el 15", customer="Rocío Ruiz <rocio@tienda-ruiz.example>",
     client="gmail_es", msgs=[
         C("q", "11-09 10:00", """Hola,

el certificado SSL de tienda-ruiz.example caduca el día 15. ¿Se renueva solo o tengo
que hacer algo? ¿Y la tienda se queda sin servicio durante la renovación?

Rocío""", answered=2),
         A("a", "diego", "11-09 11:00", """Hola Rocío:

Lo compruebo con el equipo técnico y le escribo mañana.
""", promise=("11-10", "b")),
         A("b", "diego", "11-10 09:30", """Hola Rocío:

Confirmado: se renueva automáticamente el día 8 y no tiene que hacer nada. La tienda no
se corta en ningún momento.
"""),
         C("t", "11-10 10:00", "¡Perfecto, muchas gracias!\n\nRocío", thanks_only=True),
     ])

case("h36-three-domains-es-mixed", "es", "pending", {},
     "Registro de tres dominios, mezcla de español e inglés; respuesta con un total y un enlace de pago.",
     subject="Registrar dominios", customer="Pilar Soto <pilar.soto@example.es>",
     client="outlook", msgs=[
         C("q", "11-18 16:00", """Buenas,

Quiero registrar tres dominios: casasoto.example, casasoto.es y casasoto.com. ¿Pueden
hacerlo ustedes y cuánto cuesta en total? My business partner is English so please
copy him in: tom@casasoto.example.

Pilar Soto""", answered=3),
         A("a", "diego", "11-19 09:00", """Hola Pilar (and hello Tom):

Sí: en total son 41,50 € al año. Los tres están reservados a su nombre; solo falta el
pago: https://copperkite.example/pay?ref=RS-8820
""", cc="tom@casasoto.example"),
     ])

case("h37-owner-change-closed-de", "de", "closed", {},
     "Inhaberwechsel erklärt, 'Ich schließe das Ticket hiermit'; danach nur Dank.",
     subject="Inhaber der Domain ändern", customer="Greta Wolff <g.wolff@wolff-design.example>",
     client="outlook_de", msgs=[
         C("q", "11-04 10:00", """Hallo,

wie ändere ich den Inhaber der Domain wolff-design.example auf meine neue GmbH? Kostet
das etwas?

Greta Wolff""", answered=2),
         A("a", "hannah", "11-04 11:00", """Hallo Frau Wolff,

Sie brauchen nur das Formular unter https://copperkite.example/de/inhaberwechsel
auszufüllen; die Änderung ist kostenlos. Ich schließe das Ticket hiermit - melden Sie
sich gern, wenn etwas unklar ist.
""", closes=True),
         C("t", "11-04 12:00", "Vielen Dank!\n\nGreta Wolff\n\n{quote}", thanks_only=True),
     ])

case("h38-double-charge-waiting", "en", "open", {"awaiting-reply": 1},
     "Charged twice for one invoice; only the automatic acknowledgement since Wednesday.",
     subject="Charged twice for INV-22104", customer="Omar Haddad <omar@haddad-tiles.example>",
     client="gmail", msgs=[
         C("q", "11-18 11:00", """Hello,

We've been charged twice for invoice INV-22104 - two payments of £86.40 on 17 November.
Can you refund one of them?

Omar Haddad
Haddad Tiles"""),
         ACK("k", "11-18 11:01", "CK-40290"),
     ])

case("h39-php-memory-ooo", "en", "closed", {},
     "PHP memory limit raised ('Done'); the customer's own out-of-office answers the reply.",
     subject="PHP memory limit", customer="Grace Nolan <grace@nolan-outfitters.example>",
     client="outlook", msgs=[
         C("q", "11-12 09:00", """Hi,

Can you increase the PHP memory limit on our hosting to 512M? The WooCommerce product
import keeps failing halfway.

Grace Nolan""", answered=1),
         A("a", "sam", "11-12 09:45", "Done. Try the import again and let me know if it still stops."),
         AUTO("o", "11-12 09:46", """I'm out of the office until 16 November with limited access to email.
For urgent matters please call the shop on 01632 960 555.

Grace Nolan"""),
     ])

case("h40-bookkeeper-user-slow", "en", "closed", {"slow-first-response": 1},
     "Friday-evening question answered on Monday morning (64 h).",
     subject="Access for our bookkeeper", customer="Amy Lund <amy@lundflowers.example>",
     client="iphone", msgs=[
         C("q", "11-06 17:00", """Hi, can we add a second user to our control panel so our bookkeeper can download
invoices? She shouldn't be able to change the website though.

Amy

Sent from my iPhone""", answered=2),
         A("a", "owen", "11-09 09:00", """Hi Amy,

Yes - under Account > Users choose "Invite user" and give her the Billing role. That
role sees invoices and payments only, nothing on the website side.
"""),
     ])

case("h41-uploads-restore-retention", "en", "pending", {"unanswered-question": 1},
     "Uploads folder restored; how long daily backups are kept is not answered.",
     subject="Images missing after restore", customer="Hugo Farrant <hugo@farrant-builders.example>",
     client="gmail", msgs=[
         C("q", "11-16 14:00", """Hi,

You restored our site from a backup yesterday, but the images folder is mising. Can you
restore /wp-content/uploads from the same backup? And how long do you keep daily backups?

Hugo""", answered=1),
         A("a", "sam", "11-16 15:00", """Hi Hugo,

Restored /wp-content/uploads from the 14 November backup - all 3,412 files are back.
"""),
     ], unanswered=("how long do you keep daily backups?",))

case("h42-charity-three-year-renewal", "en", "pending", {"unanswered-question": 2},
     "Bullet list of three before a 3-year renewal: price lock answered; charity discount and invoice to treasurer skipped.",
     subject="Renewing for three years", customer="Margaret Ibbotson <office@fennick-hospice.example>",
     client="outlook", msgs=[
         C("q", "11-17 09:00", """Hello,

A few questions before we renew for three years:

- Is the price locked for all three years?
- Do you offer a discount for charities? We're a registered charity (no. 1187745).
- Could you send the invoice to our treasurer, accounts@fennick-hospice.example?

Many thanks,
Margaret Ibbotson
Fennick Cross Hospice""", answered=1),
         A("a", "owen", "11-17 11:00", """Dear Margaret,

Yes, the three-year price is fixed at today's rate for the whole term. You can renew
from your control panel under Billing > Renew.
"""),
     ], unanswered=("Do you offer a discount for charities?",
                    "Could you send the invoice to our treasurer, accounts@fennick-hospice.example?"))

case("h43-five-year-renewal", "en", "pending", {"unanswered-question": 1},
     "Renewed for five years; the question on .studio renewal vs registration price is skipped.",
     subject="Renew fernlight-studio.example for 5 years", customer="Ana Lucas <ana@fernlight-studio.example>",
     client="thunderbird", msgs=[
         C("q", "11-18 10:00", """Hello,

Our domain fernlight-studio.example is due to renew on 2 December. Please renew it for 5
years instead of 1. Also, is the .studio extension more expensive to renew than to
register? I noticed the difference on last year's invoice.

Ana Lucas""", answered=1),
         A("a", "priya", "11-18 11:00", """Hi Ana,

Renewed for five years - the new expiry date is 2 December 2031.
"""),
     ], unanswered=("is the .studio extension more expensive to renew than to\nregister?",))

case("h44-cafe-mail-import", "en", "closed", {"unanswered-question": 2},
     "Three questions before a mail import; only the forwarding is handled.",
     subject="Moving the café's email to you", customer="Ruth Oduya <ruth@saltandcrumb.example>",
     client="apple", msgs=[
         C("q", "11-13 10:00", """Hi team,

We're moving the café's email to you next week. Couple of questions: can we keep the
same passwords when you import the mailboxes? What's the maximum attachment size we can
send? And I was wondering whether you can forward the old hello@ address to both of us
(ruth@ and kofi@).

Ruth""", answered=1),
         A("a", "sam", "11-13 12:00", """Hi Ruth,

Forwarding is easy - I've set hello@saltandcrumb.example to forward to both ruth@ and
kofi@.
"""),
     ], unanswered=("can we keep the\nsame passwords when you import the mailboxes?",
                    "What's the maximum attachment size we can\nsend?"))

case("h45-ssl-phone-in-passing", "en", "closed", {"unanswered-question": 1},
     "Certificate renewed; the phone-number update asked in passing is not done.",
     subject="SSL warning on shop.tarnwood.example", customer="Will Tarn <will@tarnwood.example>",
     client="gmail", msgs=[
         C("q", "11-12 09:00", """Hi,

Please renew the SSL cert on shop.tarnwood.example - the browser warns it expires in 3
days. Oh and while you're at it, please update our phone number on the account to 01632
960 771.

Will""", answered=1),
         A("a", "sam", "11-12 10:00", """Hi Will,

Renewed - the new certificate is valid until 12 November 2027.
"""),
     ], unanswered=("please update our phone number on the account to 01632\n960 771.",))

case("h46-mail-delay-credit-de", "de", "closed", {"unanswered-question": 1},
     "Mailverzögerung erklärt (base64); die Frage nach einer Gutschrift bleibt offen.",
     subject="Mails kommen verzögert an", customer="Dieter Haas <d.haas@haas-elektro.example>",
     client="gmail_de", msgs=[
         C("q", "11-13 08:00", """Hallo,

seit der Umstellung auf den neuen Server kommen unsere Mails mit Verzögerung an, teils
30 Minuten. Woran liegt das? Und könnten Sie mir sagen, ob wir dafür eine Gutschrift
bekommen? Das ist schon die zweite Störung diesen Monat.

Gruß
Dieter Haas""", answered=1, cte="base64"),
         A("a", "hannah", "11-13 09:30", """Hallo Herr Haas,

die Verzögerung lag an einer überlasteten Warteschlange auf unserem Mailserver mx2; das
ist seit 9 Uhr behoben, alle zurückgehaltenen Mails sind zugestellt.
"""),
     ], unanswered=("könnten Sie mir sagen, ob wir dafür eine Gutschrift\nbekommen?",))

case("h47-domain-missing-transfer-fr", "fr", "pending", {"unanswered-question": 1},
     "Domaine rattaché au mauvais compte, corrigé ; la question du paiement par virement est ignorée.",
     subject="Domaine absent de mon espace client", customer="Claire Brun <claire@atelier-brun.example>",
     client="apple_fr", msgs=[
         C("q", "11-16 15:00", """Bonjour,

J'ai acheté le domaine atelier-brun.example hier mais il n'apparaît pas dans mon espace
client. Pouvez-vous vérifier ? Et je voudrais aussi savoir s'il est possible de payer
par virement pour les prochaines années.

Claire Brun""", answered=1),
         A("a", "mathilde", "11-17 09:00", """Bonjour Madame Brun,

Le domaine avait été rattaché par erreur à un autre compte ; je l'ai déplacé dans votre
espace client, vous devriez le voir maintenant.
"""),
     ], unanswered=("je voudrais aussi savoir s'il est possible de payer\npar virement pour les prochaines années.",))

case("h48-mailbox-20gb-es", "es", "pending", {"unanswered-question": 1},
     "'Hecho': buzón ampliado; el precio por GB adicional no se contesta.",
     subject="Ampliar buzón ventas@", customer="Raúl Medina <raul@medina-motos.example>",
     client="gmail_es", msgs=[
         C("q", "11-17 10:00", """Hola,

¿pueden aumentar el espacio de mi buzón ventas@medina-motos.example a 20 GB? Y otra cosa:
¿cuánto cuesta cada GB adicional?

Gracias,
Raúl Medina""", answered=1),
         A("a", "diego", "11-17 11:00", "Hecho, el buzón ventas@ ya tiene 20 GB."),
     ], unanswered=("¿cuánto cuesta cada GB adicional?",))

case("h49-premium-ssl-process", "en", "closed", {},
     "How ordering a Premium SSL works: a process description and a conditional offer, not promises.",
     subject="Premium SSL for checkout", customer="Felix Brindle <felix@brindle-cycles.example>",
     client="gmail", msgs=[
         C("q", "11-03 09:00", """Hi,

We'd like to order a Premium SSL certificate for checkout.brindle-cycles.example. What do
you need from us? And roughly how long does it take to be issued?

Felix""", answered=2),
         A("a", "sam", "11-03 10:00", """Hi Felix,

Not much: once you place the order in the panel, the certificate authority emails the
validation steps to admin@brindle-cycles.example, and we install the certificate
automatically when it's issued - usually within one to two working days. If you'd
prefer, I can also place the order for you - just say.
"""),
         C("t", "11-03 10:30", "Great, thanks - ordered!\n\nFelix\n\n{quote}", thanks_only=True),
     ])

PDF_LABEL = ("application/pdf", "prepaid-label-CK-DC-118.pdf",
             mailcraft.pdf(["PREPAID PARCEL LABEL", "To: Copperkite Hosting Data Centre",
                            "Bay 2, Mill Road, Fennick Cross FX2 7QD", "Ref: CK-DC-118"]))

case("h50-drive-shipping-logistics", "en", "pending", {},
     "Where to post the drives: a prepaid label and courier logistics, not a promise.",
     subject="Sending our old drives for import", customer="Victor Ames <victor@amesprint.example>",
     client="outlook", msgs=[
         C("q", "11-17 15:00", """Hello,

We're ready to send our old server's two drives for the data import you quoted. Where
should we post them? Do we need to include the power cables?

Victor Ames
Ames Print Ltd""", answered=2),
         A("a", "owen", "11-17 16:00", """Dear Victor,

No cables needed - drives only, in anti-static bags. Please use the prepaid label
attached. The courier collects from your office on Thursday between 9 and 12, and our
data-centre team will email you when the drives arrive.
""", attach=[PDF_LABEL]),
         C("t", "11-18 08:30", "Perfect, thank you.\n\nVictor", thanks_only=True),
     ])

case("h51-mx-early-next-week", "en", "closed", {"missed-follow-up": 1},
     "'I'll update you early next week' (Thursday 5 Nov, so by Tuesday 10 Nov) delivered on Wednesday.",
     subject="MX records for Google Workspace not working", customer="Leah Morrow <leah@morrow-legal.example>",
     client="outlook", msgs=[
         C("q", "11-05 10:00", """Hello,

We switched our MX records to Google Workspace on Monday, but mail still lands in the
old Copperkite mailboxes. Can you check why?

Leah Morrow
Morrow Legal""", answered=1),
         A("a", "priya", "11-05 12:00", """Hi Leah,

Your domain still lists an old nameserver at the previous registrar alongside ours,
so some servers see the old records. I need to raise this with the registry and will
update you early next week.
""", promise=("11-10", "b")),
         A("b", "priya", "11-11 10:00", """Hi Leah,

Sorted: the registry removed the stale nameserver, and your MX records now point to
Google everywhere.
"""),
         C("t", "11-11 10:30", "Thank you, mail is arriving in Gmail now.\n\nLeah", thanks_only=True),
     ])

case("h52-unpaid-invoice-end-of-day", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
     "Payment not matched: 'confirm by end of day' not kept; the customer follows up after a suspension warning.",
     subject="INV-22050 shows unpaid", customer="Priyanka Shah <priyanka@shah-opticians.example>",
     client="gmail", msgs=[
         C("q", "11-16 12:00", """Hi,

Invoice INV-22050 still shows "unpaid" in the panel, but we paid by bank transfer on 10
November (reference CK-55120). Could you check?

Priyanka Shah
Shah Opticians""", answered=1),
         A("a", "owen", "11-16 13:00", """Dear Priyanka,

I'll match it against our bank statement and confirm by end of day.
""", promise=("11-16", "b")),
         C("c", "11-18 09:00", """Just following up on the payment above - we've now had an automatic reminder
saying the account will be suspended. Please don't suspend us!

Priyanka

{quote}""", chase=True),
         A("b", "owen", "11-18 10:00", """Dear Priyanka,

So sorry - payment found and matched. INV-22050 is marked paid and the reminder is
cancelled; nothing will be suspended.
"""),
     ])

case("h53-quote-mailboxes-morgen-de", "de", "closed", {"missed-follow-up": 1},
     "'Ich schicke Ihnen das Angebot morgen' - nie geschickt, keine Nachfrage.",
     subject="Angebot für zusätzliche Postfächer", customer="Ute Berger <u.berger@berger-reisen.example>",
     client="outlook_de", msgs=[
         C("q", "11-10 09:00", """Guten Tag,

können Sie uns bitte ein Angebot für 10 zusätzliche Postfächer schicken?

Mit freundlichen Grüßen
Ute Berger
Berger Reisen""", answered=1),
         A("a", "hannah", "11-10 10:00", """Guten Tag Frau Berger,

gern - ich schicke Ihnen das Angebot morgen.
""", promise=("11-11", None)),
     ])

case("h54-nameservers-short", "en", "pending", {},
     "Which nameservers to use: answered with the two names only (old mail client).",
     subject="nameservers?", customer="Stan Hobbs <stan.hobbs@example.net>",
     client="oldclient", msgs=[
         C("q", "11-19 14:00", """hi, what nameservers do we put in at our other registrar to point the domain
hobbs-haulage.example to your hosting

stan""", answered=1),
         A("a", "priya", "11-19 14:30", "ns1.copperkite.example and ns2.copperkite.example", quote=True),
     ])


# --------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------


def refuse(problem: str) -> None:
    """Stop before writing anything: the labels or the mail are not what the facts say."""
    raise SystemExit(f"refusing to write the corpus: {problem}")


def attach_questions(c: Case) -> None:
    """Put each hand-written unanswered question of ``c`` on the customer message that holds
    it verbatim, and refuse one that no customer wrote or that no support reply follows."""
    for m in c.msgs:
        m.uq = []
    c.uq = list(UNANSWERED.get(c.name, []))
    for q in c.uq:
        holder = next((m for m in c.msgs if m.role == "customer" and q in m.own), None)
        if holder is None:
            refuse(f"{c.name}: question {q!r} in no customer message")
        if not any(m.role == "agent" and m.date > holder.date for m in c.msgs):
            refuse(f"{c.name}: question {q!r} has no support reply after it")
        holder.uq.append(q)


def check_case(c: Case) -> None:
    """Refuse a case whose hand-written status or rule counts differ from its facts."""
    status = mailcraft.contract_status(c.msgs, CONTRACT)
    if status != c.status:
        refuse(f"{c.name}: status {c.status}, facts say {status}")
    facts = mailcraft.contract_rules(c.msgs, CONTRACT)
    if facts != c.rules:
        refuse(f"{c.name}: rules {c.rules}, facts say {facts}")
    for m in c.msgs:
        if m.thanks_only and (m.uq or m.chase or m.answered):
            refuse(f"{m.key}: a thanks-only message asks nothing")
        for _, kept in m.promises:
            if kept and not any(x.key == kept and x.role == "agent" for x in c.msgs):
                refuse(f"{m.key}: promise kept by unknown support message {kept}")


def check_mail(msgs: list[Msg], out: Path) -> None:
    """Refuse mail that does not parse back cleanly or whose text does not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    problems = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: p for p in inbox + sent}
    for m in msgs:
        if m.kind == "html":
            continue
        problem = mailcraft.round_trip_problem(m, by_id[m.message_id], is_inbound(m))
        if problem:
            problems.append(problem)
    if problems:
        refuse("; ".join(problems))


def is_inbound(m: Msg) -> bool:
    """Mail that arrived at support (customer mail and customers' auto-replies)."""
    return m.role in ("customer", "auto")


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


def build_all() -> list[Msg]:
    """Render every message and check every case; the messages in date order."""
    msgs = mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)
    for c in CASES:
        attach_questions(c)
        check_case(c)
    return msgs


def labels() -> dict:
    """labels.json of the corpus."""
    return mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)


def cases_md() -> str:
    """CASES.md of the corpus."""
    rows = [(c.name, c.lang, c.customer, c.client, len(c.msgs), c.status, c.rules, c.story)
            for c in CASES]
    return mailcraft.cases_table("Practice12 corpus: Copperkite Hosting support - cases",
                                 "make_practice12_corpus.py", rows)


def write_files(msgs: list[Msg], out: Path) -> None:
    """Write the mailbox, labels.json and CASES.md under ``out``."""
    mb = out / "mailbox"
    if mb.exists():
        shutil.rmtree(mb)
    mb.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if is_inbound(m)]
    (mb / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if not is_inbound(m)]
    mailcraft.write_maildir(mb / "Sent", sent, "mx1.copperkite.example")
    (out / "labels.json").write_text(json.dumps(labels(), ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_md(), encoding="utf-8")


def write(out: Path) -> None:
    """Build, check and write the corpus into ``out``; nothing is written if a check fails."""
    msgs = build_all()
    with tempfile.TemporaryDirectory() as tmp:
        write_files(msgs, Path(tmp))
        check_mail(msgs, Path(tmp))
    out.mkdir(parents=True, exist_ok=True)
    write_files(msgs, out)


def summary() -> str:
    """The corpus's counts, for the README."""
    msgs = [m for c in CASES for m in c.msgs]
    rules: Counter = Counter()
    for c in CASES:
        rules.update(c.rules)
    lines = [
        (f"cases {len(CASES)}, messages {len(msgs)} (inbox {sum(is_inbound(m) for m in msgs)}, "
         f"support replies {sum(m.role == 'agent' for m in msgs)}, acknowledgements "
         f"{sum(m.role == 'ack' for m in msgs)}), clean {sum(not c.rules for c in CASES)}"),
        "languages " + ", ".join(f"{k} {v}" for k, v in Counter(c.lang for c in CASES).most_common()),
        "statuses " + ", ".join(f"{k} {v}" for k, v in Counter(c.status for c in CASES).most_common()),
        "rules " + ", ".join(f"{r} {rules[r]}" for r in RULES if rules[r]),
        f"cases with unanswered questions {sum(bool(c.uq) for c in CASES)}",
        f"answered customer questions/requests {sum(m.answered for m in msgs)}",
    ]
    return "\n".join(lines)


def main() -> None:
    """Regenerate the corpus (or print its counts)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice12")
    parser.add_argument("--summary", action="store_true", help="print the counts after writing")
    args = parser.parse_args()
    write(args.out)
    if args.summary:
        print(summary())


if __name__ == "__main__":
    main()
