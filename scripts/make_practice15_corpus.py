#!/usr/bin/env python3
"""Regenerate ``tests/practice15/``: the labelled corpus of LedgerLark (payroll and bookkeeping).

A support mailbox of a fictional cloud accounting company (bookkeeping, payroll runs, bank
feeds, VAT and payroll tax filings) whose desk answers accountants and small-business owners.
Most customers write long mails with several questions and requests; replies answer some of
them in other words and skip others. Written without looking at the detection heuristics, so
its accuracy figure is an unseen one. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with
the contract defaults (response target 24 h, follow-up window 2 days, close-after 7 days,
handoff limit 2), support domain ``ledgerlark.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase,
promises with their deadline and the message that kept them, unanswered questions). The
script recomputes status and every rule count from those facts and from the dates and
refuses to write when they disagree with the hand-written case labels, or when a labelled
question is not verbatim in the customer's own text.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice15_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
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
SUPPORT_DOMAIN = "ledgerlark.example"
SUPPORT = "help@ledgerlark.example"
HELPDESK = "LedgerLark Support <help@ledgerlark.example>"
RULES = mailcraft.RULES

AGENTS = {
    "nadia": ("Nadia Osei <nadia.osei@ledgerlark.example>", "thunderbird", """-- 
Nadia Osei
Customer Support | LedgerLark
Help centre: https://help.ledgerlark.example/?src=sig"""),
    "owen": ("Owen Pritchard <owen.pritchard@ledgerlark.example>", "outlook", """-- 
Owen Pritchard
Payroll Specialist | LedgerLark
Payroll deadlines calendar: https://ledgerlark.example/payroll/calendar?year=2026"""),
    "ravi": ("Ravi Menon <ravi.menon@ledgerlark.example>", "outlook", """-- 
Ravi Menon
Bank Feeds & Integrations | LedgerLark
Status page: https://status.ledgerlark.example/?component=bank-feeds"""),
    "jo": ("Jo Whitfield <jo.whitfield@ledgerlark.example>", "thunderbird", """-- 
Jo Whitfield
Billing & Accounts | LedgerLark
This e-mail is confidential. If you received it by mistake, please
tell us and delete it."""),
    "greta": ("Greta Vogel <greta.vogel@ledgerlark.example>", "thunderbird_de", """-- 
Greta Vogel
Kundenservice DACH | LedgerLark
https://ledgerlark.example/de/hilfe?ref=signatur"""),
    "camille": ("Camille Roux <camille.roux@ledgerlark.example>", "apple_fr", """-- 
Camille Roux
Service client France | LedgerLark
https://ledgerlark.example/fr/aide?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia.ferrer@ledgerlark.example>", "outlook", """-- 
Lucía Ferrer
Atención al cliente España | LedgerLark
https://ledgerlark.example/es/ayuda?origen=firma"""),
}

ACK = {
    "en": """Hello,

Thanks for writing to LedgerLark Support. This is an automatic receipt:
your request is logged as ticket {ref}. Our team works Monday to Friday,
8am-6pm UK time, and we will reply within one working day.

Please keep the ticket number in the subject if you write again.

LedgerLark Support
https://help.ledgerlark.example/tickets?id={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an den LedgerLark-Support. Dies ist eine
automatische Eingangsbestätigung: Ihre Anfrage hat die Nummer {ref}.
Wir antworten in der Regel innerhalb eines Werktags.

LedgerLark Support""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-OriginatorOrg: outlook.example"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: LedgerLark Desk 3.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ll.", outlook_server="LO2P12")

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
    extra: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Case:
    """One labelled conversation: its hand-written labels and its messages.

    ``answered`` is how many customer questions and requests a support reply does address
    (not a label; counted for the README)."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    subject: str
    client: str
    story: str
    answered: int
    msgs: list[Msg] = field(default_factory=list)


CASES: list[Case] = []


def at(day: int, hm: str, tz: int = 0) -> datetime:
    """``day`` November 2026 at ``hm`` in UTC+``tz`` hours."""
    hh, mm = map(int, hm.split(":"))
    return datetime(2026, 11, day, hh, mm, tzinfo=timezone(timedelta(hours=tz)))


def eod(day: int) -> datetime:
    """The end of ``day`` November 2026 (UK/European working day, taken in UTC)."""
    return datetime(2026, 11, day, 23, 59, tzinfo=UTC)


def case(name, lang, status, rules, customer, subject, client, story, answered) -> Case:
    """Open a new case; the following ``say`` calls add its messages."""
    c = Case(name, lang, status, rules, customer, subject, client, story, answered)
    CASES.append(c)
    return c


def say(c: Case, key: str, role: str, when: datetime, body: str, *, who: str | None = None,
        parent: str | None = None, subject: str | None = None, client: str | None = None,
        kind: str = "plain", cte: str | None = None, thread: bool = True, thanks: bool = False,
        closes: bool = False, chase: bool = False, promises=(), extra=(), attach=()) -> None:
    """Add a message to case ``c``: ``role`` decides sender, recipient and signature."""
    full = f"{c.name}/{key}"
    if role == "agent":
        frm, agent_client, sig = AGENTS[who]
        client = client or agent_client
        body = body.rstrip("\n") + "\n\n" + sig + ("\n\n{quote}" if parent and "{quote}" not in body
                                                 and "\n> " not in body else "")
        to = c.customer
    elif role == "ack":
        frm, client, to = HELPDESK, "helpdesk", c.customer
    else:
        frm, client, to = c.customer, client or c.client, SUPPORT
    if subject is None:
        prefix = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}.get(client, "Re: ")
        subject = c.subject if parent is None and role != "ack" else (
            f"[{ack_ref(c)}] {c.subject}" if role == "ack" else prefix + c.subject)
    m = Msg(key=full, case=c.name, role=role, agent=who if role == "agent" else None,
            client=client, kind=kind, cte=cte, frm=frm, to=to, subject=subject, date=when, body=body,
            parent=f"{c.name}/{parent}" if parent else None, thread=thread,
            thanks_only=thanks, closes=closes, chase=chase,
            promises=[(d, f"{c.name}/{k}" if k else None) for d, k in promises],
            extra=list(extra), attach=list(attach))
    c.msgs.append(m)


def ack_ref(c: Case) -> str:
    """The helpdesk ticket number of a case."""
    return f"LL-{71000 + 53 * (CASES.index(c) + 1)}"


def ack(c: Case, key: str, when: datetime, parent: str, lang: str = "en") -> None:
    """The helpdesk's automatic acknowledgement of message ``parent``."""
    say(c, key, "ack", when, ACK[lang].format(ref=ack_ref(c)), parent=parent, kind="alt",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


SCREENSHOT = mailcraft.png(6, 4, lambda x, y: (30 + 30 * x, 120, 200 - 40 * y))
INVOICE_ES = mailcraft.pdf(["LedgerLark - Factura LL-ES-2026-1187", "Periodo: octubre 2026",
                            "Plan Nominas Plus: 39,00 EUR + IVA"])
EXPORT_FR = mailcraft.pdf(["Export FEC - SARL Atelier Brume", "Exercice 2026",
                           "Ecritures: 1 284 lignes"])

# --------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------

c = case("p15-01-bakery-first-payroll", "en", "closed", {}, "Hannah Pike <hannah@crumbandcrust.example>",
         "First payroll run - a few questions", "gmail",
         "Four questions (deadline, holiday pay, director NI, webinar link) all answered in other "
         "words: a date, a percentage, a menu path and a link; the thank-you opens nothing.", 4)
say(c, "c1", "customer", at(2, "08:12"), """Hi there,

We've just moved our payroll over to LedgerLark from a spreadsheet (six staff at the
bakery, all paid weekly, first pay day with you is Friday 6 November). A few things
before I press any buttons:

1. By when do I have to approve the payroll so the money actually lands on Friday?
2. Is holiday pay for our two casual staff worked out automatically, or do I need to
   add hours myself?
3. My husband Mark is a director and also on the payroll - how do I set him up so his
   National Insurance is done the director way?
4. Someone mentioned an onboarding webinar for new payroll customers. Please send me
   the link to that.

Sorry for the essay, first time doing this properly!

Hannah Pike
Crumb & Crust Bakery, Whitby
""")
say(c, "a1", "agent", at(2, "11:40"), """Hi Hannah,

Welcome aboard - good to have the bakery with us.

For a Friday 6 November pay day the payroll needs approving by 12:00 on Wednesday
4 November: payments go out by BACS, which takes two working days.

The casual staff's holiday is handled for you: when you enter their hours, LedgerLark
adds the 12.07% holiday accrual on top, so there is nothing to add by hand.

For Mark, open Employees > Mark Pike > Employment, tick "Company director" and pick the
annual calculation method. His NI is then worked out on a yearly basis.

The next onboarding session is on 10 November:
https://ledgerlark.example/webinars/first-payroll?date=2026-11-10
""", who="owen", parent="c1")
say(c, "c2", "customer", at(2, "12:05"), """That's brilliant, thank you Owen!

Hannah
{quote}""", parent="a1", thanks=True)

c = case("p15-02-practice-onboarding", "en", "closed", {"unanswered-question": 2},
         "Marcus Hale <marcus.hale@halebooks.example>", "Moving our practice clients to LedgerLark",
         "outlook",
         "Accountant asks five things; the reply covers the import, the Monzo feed and data "
         "retention, and skips the seat-limit question and the request to switch to annual "
         "billing.", 3)
say(c, "c1", "customer", at(3, "09:02"), """Good morning,

We are a four-person practice and are moving roughly 40 small-business clients from
our old desktop package to LedgerLark over the next month. Before we start, could you
help with the following:

- Is there a way to add our first 12 client companies in one go rather than one by one?
- Does the Practice plan include bank feeds for Monzo Business accounts? Several of our
  clients bank with Monzo.
- Could you also tell me whether client logins count towards our seat limit?
- Please switch our own subscription invoices to annual billing from December.
- What is the data retention period if a client leaves us and we archive their company?

Thanks in advance,

Marcus Hale FCCA
Hale Bookkeeping & Tax
Questions about our services? https://halebooks.example/contact?src=email
""")
say(c, "a1", "agent", at(3, "14:26"), """Hello Marcus,

Thanks for choosing LedgerLark for the move.

You can bring the twelve companies in together: Practice > Clients > Import, download
the CSV template, fill one line per company and upload it. Each company is created with
the chart of accounts you pick on the import screen.

Monzo Business is one of our supported feeds, so your clients can connect it under
Banking > Add bank feed > Monzo. The connection lasts 90 days before they re-confirm.

Archived companies are kept read-only for seven years after archiving, which covers
HMRC's record-keeping period, and then deleted.
""", who="ravi", parent="c1")

c = case("p15-03-sole-trader-inline", "en", "closed", {}, "Tom Ridley <tom@ridleyjoinery.example>",
         "Mileage, receipts and quarterly updates", "thunderbird",
         "Four questions answered inline under each quoted question, one with a bare 'Yes.'; "
         "thanks-only reply.", 4)
say(c, "c1", "customer", at(3, "19:48"), """Hello,

Joiner here, sole trader, new to the software. Questions:

Can I record mileage in the app and have it claim the 45p rate automatically?

If I photograph receipts on my phone, do they attach to the right bank transaction
by themselves or do I match them?

When is my first quarterly update for Making Tax Digital due?

And is there a way to turn off the daily summary email, it's driving me nuts.

Cheers
Tom Ridley
""")
say(c, "a1", "agent", at(4, "09:15"), """Hi Tom,

Answers below.

> Can I record mileage in the app and have it claim the 45p rate automatically?

Yes. Use Expenses > Mileage; the first 10,000 business miles go at 45p and the rest at
25p, calculated for you.

> If I photograph receipts on my phone, do they attach to the right bank transaction
> by themselves or do I match them?

The app suggests the match when amount and date agree; you confirm it with one tap.

> When is my first quarterly update for Making Tax Digital due?

7 February 2027, for the quarter to 5 January.

> And is there a way to turn off the daily summary email, it's driving me nuts.

Profile > Notifications > "Daily summary" - switch it off.

Nadia
""", who="nadia", parent="c1")
say(c, "c2", "customer", at(4, "10:02"), """Perfect, thanks!

Tom
""", parent="a1", thanks=True)

c = case("p15-04-steuerberaterin-ustva", "de", "closed", {"unanswered-question": 1},
         "Sabine Krüger <s.krueger@kanzlei-krueger.example>", "Umsatzsteuervoranmeldung und DATEV",
         "gmail_de",
         "Vier Anliegen; Antwort zu ELSTER-Termin, Dauerfristverlängerung und DATEV-Export, die "
         "Bitte um eine Rechnung mit neuer USt-IdNr. bleibt liegen.", 3)
say(c, "c1", "customer", at(4, "10:30", 1), """Guten Tag,

ich betreue für meine Mandantin (Blumenhaus Sommer GmbH) die Buchhaltung in LedgerLark
und habe ein paar Fragen:

Wann wird die Umsatzsteuervoranmeldung für Oktober an ELSTER übermittelt, wenn ich sie
heute freigebe?

Kann ich die Dauerfristverlängerung für 2027 direkt in LedgerLark beantragen?

Bitte schicken Sie mir außerdem die Rechnung für November mit unserer neuen USt-IdNr. DE298765431.

Und gibt es eine Exportfunktion im DATEV-Format für den Jahresabschluss?

Mit freundlichen Grüßen
Sabine Krüger
Steuerberaterin
""")
say(c, "a1", "agent", at(4, "15:10", 1), """Guten Tag Frau Krüger,

vielen Dank für Ihre Nachricht.

Eine heute freigegebene Voranmeldung geht noch am selben Abend an ELSTER; das
Übertragungsprotokoll finden Sie morgen früh unter Steuern > Protokolle.

Die Dauerfristverlängerung beantragen Sie unter Steuern > Einstellungen >
Dauerfristverlängerung; die Sondervorauszahlung wird dabei automatisch berechnet.

Der DATEV-Export (Buchungsstapel im DATEV-Format) liegt unter Berichte > Export >
DATEV und kann für das ganze Wirtschaftsjahr erstellt werden.

Freundliche Grüße
Greta Vogel
""", who="greta", parent="c1")

c = case("p15-05-barclays-feed-dropped", "en", "pending",
         {"missed-follow-up": 1, "unanswered-question": 1},
         "Priya Desai <priya@desaidental.example>", "Barclays bank feed stopped on 2 November",
         "outlook",
         "Bank feed questions: the CSV workaround and backfill are answered, the cause is "
         "promised 'by Thursday' and delivered on Saturday (missed); the request to add a second "
         "account is skipped.", 3)
say(c, "c1", "customer", at(10, "08:55"), """Hello,

Our Barclays feed for Desai Dental Ltd stopped bringing in transactions on 2 November.
Nothing has come through since and the practice manager needs to reconcile this week.

Why did the feed stop without any warning? Will the missing transactions from the last
eight days come in once it's reconnected, or are they lost? In the meantime can I just
import a CSV statement from Barclays online banking?
Also, please add our Barclays savings account (ending 4471) to the same feed while you're at it.

Kind regards,
Priya Desai
Director, Desai Dental Ltd
""")
say(c, "a1", "agent", at(10, "13:20"), """Hi Priya,

Sorry for the trouble with the feed.

Yes, a CSV works fine meanwhile: Banking > Barclays current account > Import statement,
choose the CSV from Barclays online banking. If you later reconnect, duplicates are
detected and skipped.

Nothing is lost either: once the feed is reconnected we fetch up to 90 days of history,
so the eight missing days will fill in on their own.

As for why it stopped - I've asked our Barclays integration team to look at the
connection log, and I'll get back to you by Thursday with what happened.

Best wishes
Ravi
""", who="ravi", parent="c1", promises=[(eod(12), "a2")])
say(c, "a2", "agent", at(14, "10:05"), """Hi Priya,

Following up on the feed: the Barclays consent for Desai Dental expired on 1 November
(Open Banking consents run for 90 days), and the renewal email went to a former
employee's address. If you reconnect under Banking > Reconnect, it will run again.

Ravi
""", who="ravi", parent="a1")
say(c, "c2", "customer", at(14, "11:30"), """Reconnected, thanks very much.

Priya
{quote}""", parent="a2", thanks=True)

c = case("p15-06-rti-rejected", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "Gareth Lloyd <gareth@lloydplumbing.example>", "FPS rejected by HMRC", "gmail",
         "Helpdesk acknowledgement ('reply within one working day' is service text), a chase two "
         "days later, then a reply answering all three questions.", 3)
say(c, "c1", "customer", at(9, "10:04"), """Hi,

Our Full Payment Submission for 6 November came back rejected with error 5005
("employee's date of birth is invalid"). What does that actually mean? Do I have to
resubmit the whole payroll or only that one employee? And will HMRC fine us if the
resubmission is late?

Gareth Lloyd
Lloyd Plumbing & Heating
""")
ack(c, "k1", at(9, "10:05"), "c1")
say(c, "c2", "customer", at(11, "09:12"), """Any update on this? Our next payroll is due Friday and I don't want
to pile another rejected FPS on top.

Gareth
{quote}""", parent="c1", chase=True)
say(c, "a1", "agent", at(11, "11:47"), """Hi Gareth,

Sorry for the wait. Error 5005 means the date of birth we sent for one employee
(Liam Evans) does not match HMRC's records - his record says 31/02, which is not a real
date. Correct it under Employees > Liam Evans > Personal, then go to Payroll > Submissions
and resend only the FPS for 6 November; the other employees are not affected.

HMRC does not penalise a corrected FPS sent before the next pay day, so you are fine if
it goes today.

Owen
""", who="owen", parent="c2")

c = case("p15-07-expert-comptable-qonto", "fr", "closed", {"unanswered-question": 2},
         "Julien Marchetti <j.marchetti@cabinet-marchetti.example>", "Flux Qonto, TVA et FEC",
         "apple_fr",
         "Quatre demandes ; la réponse couvre le flux Qonto et le guide FEC, pas la TVA sur les "
         "encaissements ni la correction de l'adresse de facturation.", 2)
say(c, "c1", "customer", at(5, "09:40", 1), """Bonjour,

Je reprends la comptabilité de plusieurs clients sur LedgerLark et j'ai quelques questions.

Comment activer le flux bancaire Qonto pour la SARL Atelier Brume ?
Je voudrais savoir si la TVA sur les encaissements est gérée pour les prestataires de services.
Pouvez-vous m'envoyer le guide d'import du FEC ?
Merci aussi de corriger notre adresse de facturation : 14 rue des Tanneurs, 67000 Strasbourg.

Bien cordialement,
Julien Marchetti
Expert-comptable
""")
say(c, "a1", "agent", at(5, "14:02", 1), """Bonjour Monsieur Marchetti,

Pour Qonto : dans la société Atelier Brume, allez dans Banque > Ajouter un flux > Qonto,
puis connectez-vous avec les identifiants Qonto du gérant. Les 90 derniers jours sont
importés.

Le guide d'import du FEC est ici :
https://ledgerlark.example/fr/aide/import-fec?version=2026

Bonne journée,
Camille
""", who="camille", parent="c1")

c = case("p15-08-nominas-modelo-111", "es", "closed", {}, "Marta Solís <marta@solisasesores.example>",
         "Nóminas, modelo 111 y factura de octubre", "gmail_es",
         "Cuatro preguntas contestadas en un solo párrafo y en otro orden, con la factura adjunta; "
         "el agradecimiento no abre nada.", 4)
say(c, "c1", "customer", at(5, "10:15", 1), """Hola,

Llevamos las nóminas de una pequeña tienda de bicicletas con LedgerLark y tengo varias dudas:

¿Cuándo se presenta el modelo 111 del cuarto trimestre?
¿Puedo dar de alta a un empleado con contrato a tiempo parcial de 20 horas?
Quisiera saber si las pagas extra se pueden prorratear en las nóminas mensuales.
Por favor, envíenme también la factura de octubre, no la encuentro en el panel.

Muchas gracias,
Marta Solís
Solís Asesores
""")
say(c, "a1", "agent", at(5, "12:48", 1), """Hola Marta:

Le adjunto la factura de octubre (está también en Cuenta > Facturas). Las pagas extra se
prorratean marcando "Prorrata de pagas" en la ficha del convenio; el alta a tiempo
parcial se hace igual que una completa, indicando 20 horas semanales en Contrato > Jornada;
y el modelo 111 del cuarto trimestre se presenta del 1 al 20 de enero de 2027, LedgerLark
lo prepara el día 2.

Un saludo,
Lucía
""", who="lucia", parent="c1", attach=[("application/pdf", "factura-octubre-2026.pdf", INVOICE_ES)])
say(c, "c2", "customer", at(5, "13:30", 1), """¡Perfecto, muchas gracias Lucía!

Marta

{quote}""", parent="a1", thanks=True)

c = case("p15-09-year-end-lock", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
         "Olivia Grant <olivia@grantflorals.example>", "Year end - locking the books", "apple",
         "Four requests: lock date and accountant access answered, the comparatives export is "
         "deferred with 'tomorrow' and never delivered (missed, not unanswered), the depreciation "
         "question is skipped.", 2)
say(c, "c1", "customer", at(16, "08:40"), """Hello LedgerLark team,

Our year end was 31 October and my accountant is starting the accounts next week. I'd
like to get a few things sorted first:

How do I lock October and earlier so nobody can change them by accident?
Can my accountant have read-only access without paying for another user?
Is there a way to export the trial balance with last year's comparatives side by side?
I also wondered whether the van we bought in March is being depreciated automatically.

Thanks a lot,
Olivia Grant
Grant Florals
""")
say(c, "a1", "agent", at(16, "13:05"), """Hi Olivia,

To lock the year, go to Settings > Financial year > Lock date and set it to 31 October
2026. Anything dated on or before it can then only be changed by an admin who removes
the lock.

Your accountant can be invited as a "Viewer" under Settings > Users > Invite. Viewers are
free and cannot post or edit.

On the trial balance with comparatives, let me check with our reporting team and I'll
come back to you tomorrow.

Nadia
""", who="nadia", parent="c1", promises=[(eod(17), None)])

c = case("p15-10-mtd-vat-error", "en", "closed", {}, "Alan Brooks <alan.brooks@brookscycles.example>",
         "VAT return won't submit", "gmail",
         "Three questions: two answered by Nadia, the HMRC error promised by a colleague 'by "
         "Wednesday' and explained by Ravi on Tuesday (kept by a colleague, on time).", 3)
say(c, "c1", "customer", at(2, "09:30"), """Hello,

Trying to submit our VAT return for the quarter to 30 September and keep getting
"HMRC authorisation failed (403)". What's going on there? Also, does the return
include the flat rate scheme figures automatically? And can I still submit on time -
isn't the deadline 7 November?

Alan Brooks
Brooks Cycles
""")
say(c, "a1", "agent", at(2, "11:10"), """Hi Alan,

Yes, your Flat Rate Scheme percentage (7.5% for retailing) is applied to box 1 when the
return is prepared, so the figures are already right.

The deadline is 7 November, correct, and there's plenty of time once the connection is
fixed.

The 403 comes from HMRC's side of the link; my colleague Ravi from our integrations team
will look at it and write to you by Wednesday.

Nadia
""", who="nadia", parent="c1", promises=[(eod(4), "a2")])
say(c, "a2", "agent", at(3, "15:22"), """Hello Alan,

Ravi here. Your HMRC authorisation expired after 18 months. Go to Tax > VAT > Connect
to HMRC and sign in with the Government Gateway ID for the business; after that the
return submits straight away.

Ravi
""", who="ravi", parent="a1")
say(c, "c2", "customer", at(3, "16:40"), """Submitted and accepted - thanks both!

Alan
""", parent="a2", thanks=True)

c = case("p15-11-payslip-password", "en", "closed", {"unanswered-question": 1},
         "Rachel Moss <rachel@mosshairstudio.example>", "Payslip template", "iphone",
         "Payslip logo question answered; a follow-up after the case seemed done asks about "
         "password-protected payslips and gets an answer about payslip wording instead.", 2)
say(c, "c1", "customer", at(4, "07:50"), """Hi, how do I put our salon logo on the payslips? And can the payslip show
the tips as a separate line?

Rachel

Sent from my iPhone
""")
say(c, "a1", "agent", at(4, "10:12"), """Hi Rachel,

Upload the logo under Settings > Branding > Payslip logo (PNG or JPG, up to 1 MB). Tips
paid through payroll get their own line if you add them as the pay item "Tips (tronc)"
under Payroll > Pay items.

Owen
""", who="owen", parent="c1")
say(c, "c2", "customer", at(5, "08:30"), """Thanks, that worked, looks great! One more thing -
can I email payslips to the girls as password-protected PDFs? A couple of them asked.

Rachel

Sent from my iPhone
{quote}""", parent="a1")
say(c, "a2", "agent", at(5, "09:45"), """Hi Rachel,

Glad the logo worked. You can also change the wording at the bottom of every payslip
under Settings > Branding > Payslip footer, for example to add the salon's phone number.

Owen
""", who="owen", parent="c2")

c = case("p15-12-lohnabrechnung-wartet", "de", "open", {"customer-chased": 1, "awaiting-reply": 1},
         "Dieter Hahn <d.hahn@hahn-elektro.example>", "Lohnabrechnung November - Sachbezug und Minijob",
         "outlook_de",
         "Drei Fragen zur Lohnabrechnung bleiben ohne Antwort; vier Tage später: 'Ich warte immer "
         "noch auf eine Antwort' - Nachfassen und wartet auf Antwort.", 0)
say(c, "c1", "customer", at(13, "11:20", 1), """Hallo LedgerLark-Team,

für die Novemberabrechnung der Hahn Elektrotechnik GmbH habe ich drei Fragen:

Wie erfasse ich den 50-Euro-Sachbezug (Tankgutschein) so, dass er steuerfrei bleibt?
Kann ein Minijobber mit 556 Euro im selben Lauf wie die Vollzeitkräfte abgerechnet werden?
Und wo stelle ich ein, dass die Beitragsnachweise an die Krankenkassen automatisch gehen?

Danke und Gruß
Dieter Hahn
""")
say(c, "c2", "customer", at(17, "09:05", 1), """Hallo,

ich warte immer noch auf eine Antwort auf meine Mail von Freitag. Der Abrechnungslauf
muss spätestens am 23. raus.

Dieter Hahn

________________________________
Von: Dieter Hahn <d.hahn@hahn-elektro.example>
Gesendet: Freitag, 13. November 2026 11:20
An: help@ledgerlark.example
Betreff: Lohnabrechnung November - Sachbezug und Minijob

Hallo LedgerLark-Team,

für die Novemberabrechnung der Hahn Elektrotechnik GmbH habe ich drei Fragen:

Wie erfasse ich den 50-Euro-Sachbezug (Tankgutschein) so, dass er steuerfrei bleibt?
Kann ein Minijobber mit 556 Euro im selben Lauf wie die Vollzeitkräfte abgerechnet werden?
Und wo stelle ich ein, dass die Beitragsnachweise an die Krankenkassen automatisch gehen?

Danke und Gruß
Dieter Hahn
""", parent="c1", chase=True)

c = case("p15-13-cancel-addon", "en", "closed", {}, "Ben Okafor <ben@okaforfitness.example>",
         "Cancel Payroll Plus add-on", "gmail",
         "Two requests answered with a bare 'Done' and 'Yes'; thanks-only reply.", 2)
say(c, "c1", "customer", at(6, "16:05"), """Hi,

We've gone down to one employee so we don't need Payroll Plus any more. Can you cancel
the add-on at the end of this month? And is all the old payroll history kept if we
downgrade?

Thanks
Ben Okafor
Okafor Fitness
""")
say(c, "a1", "agent", at(6, "16:50"), """Hi Ben,

Done - Payroll Plus ends on 30 November and won't be billed again.

Yes.

Jo
""", who="jo", parent="c1")
say(c, "c2", "customer", at(6, "17:20"), """Cheers Jo.
""", parent="a1", thanks=True)

c = case("p15-14-relance-tva-intracom", "fr", "closed",
         {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
         "Élise Fontaine <elise@fontaine-design.example>", "TVA intracommunautaire et relevés",
         "gmail",
         "Quatre questions, relance quatre jours plus tard ('Je me permets de vous relancer'), "
         "réponse tardive qui en traite trois et oublie la demande d'attestation.", 3)
say(c, "c1", "customer", at(5, "16:20", 1), """Bonjour,

Je suis graphiste indépendante et je facture des clients en Belgique et en Allemagne.

Comment LedgerLark gère-t-il l'autoliquidation de la TVA sur ces factures ?
Faut-il que je saisisse le numéro de TVA de chaque client ?
Est-ce que la déclaration européenne de services est générée automatiquement ?
Pourriez-vous aussi m'envoyer une attestation d'abonnement pour ma banque ?

Merci d'avance,
Élise Fontaine
""")
say(c, "c2", "customer", at(9, "09:10", 1), """Bonjour,

Je me permets de vous relancer au sujet de mon message de jeudi dernier, resté sans
réponse.

Élise

Le jeu. 5 nov. 2026 à 16:20, Élise Fontaine <elise@fontaine-design.example> a écrit :
> Bonjour,
>
> Je suis graphiste indépendante et je facture des clients en Belgique et en Allemagne.
>
> Comment LedgerLark gère-t-il l'autoliquidation de la TVA sur ces factures ?
""", parent="c1", chase=True)
say(c, "a1", "agent", at(9, "11:35", 1), """Bonjour Madame Fontaine,

Toutes nos excuses pour ce délai.

Oui, le numéro de TVA intracommunautaire de chaque client est nécessaire : renseignez-le
dans la fiche client, LedgerLark le vérifie dans VIES. Dès qu'il est présent, la facture
passe en autoliquidation (mention « Autoliquidation - art. 196 directive 2006/112/CE »)
sans TVA française. La déclaration européenne de services est ensuite préparée chaque
mois dans TVA > DES, vous n'avez qu'à la valider.

Bien cordialement,
Camille
""", who="camille", parent="c2")

c = case("p15-15-cierre-trimestre", "es", "closed",
         {"unanswered-question": 2, "missed-follow-up": 1},
         "Andrés Gil <andres.gil@gilreformas.example>", "Cierre del trimestre y varias dudas",
         "gmail_es",
         "Cinco peticiones: se contestan el modelo 303, la conciliación y el certificado (prometido "
         "'mañana' y nunca enviado: incumplido); quedan sin respuesta el cambio de IBAN y la pregunta "
         "sobre facturas rectificativas.", 3)
say(c, "c1", "customer", at(2, "09:20", 1), """Buenos días:

Tengo una empresa de reformas pequeña y estoy cerrando el tercer trimestre con retraso.
Les escribo varias cosas de una vez:

1. ¿Dónde veo el borrador del modelo 303 antes de presentarlo?
2. ¿Cómo concilio un pago que el banco partió en dos cargos?
3. Necesito un certificado de estar al corriente con LedgerLark para un concurso público.
4. Por favor, cambien el IBAN de domiciliación a ES76 2100 0418 4502 0005 1332.
5. ¿Se pueden anular facturas emitidas o hay que hacer siempre una rectificativa?

Gracias,
Andrés Gil
Gil Reformas S.L.
""")
say(c, "a1", "agent", at(2, "13:15", 1), """Buenos días, Andrés:

El borrador del 303 está en Impuestos > IVA > Modelo 303 > Vista previa; puede revisarlo y
descargarlo en PDF antes de presentarlo.

Para un pago partido en dos cargos, abra el movimiento del banco, pulse "Conciliar con
varios" y seleccione las dos partes; la suma tiene que coincidir con la factura.

El certificado se lo envío mañana firmado.

Un saludo,
Lucía
""", who="lucia", parent="c1", promises=[(eod(3), None)])

c = case("p15-16-three-agents-handoff", "en", "closed", {"many-handoffs": 1},
         "Chloe Barnes <chloe@barnesinteriors.example>", "Bank rule, payroll journal and invoice",
         "outlook",
         "Three topics handled by three agents in turn (Nadia, Owen, Jo), each answered.", 3)
say(c, "c1", "customer", at(2, "14:00"), """Hello,

Three separate things, sorry:

Our bank rule for "AMZN Mktp" keeps posting to office supplies even though I changed it to
stock - why?
The payroll journal for October hasn't appeared in the ledger at all.
And can I get a copy of our October invoice from you with our VAT number on it?

Chloe Barnes
Barnes Interiors Ltd
""")
say(c, "a1", "agent", at(2, "16:30"), """Hi Chloe,

The older rule "Amazon" (created in 2024) sits above your edited one and matches first.
Drag your "AMZN Mktp" rule to the top under Banking > Rules, or delete the old one.

I've passed the payroll journal to Owen and the invoice to Jo.

Nadia
""", who="nadia", parent="c1")
say(c, "a2", "agent", at(3, "09:10"), """Hello Chloe,

The October payroll was approved but not posted: under Payroll > October > Journal, press
"Post to ledger" and it appears straight away.

Owen
""", who="owen", parent="a1")
say(c, "a3", "agent", at(3, "09:45"), """Hi Chloe,

Your October invoice with VAT number GB 412 5533 90 is attached to your account under
Billing > Invoices and I've re-sent it to this address.

Jo
""", who="jo", parent="a2")

c = case("p15-17-resolved-then-new-question", "en", "closed", {"reopened": 1},
         "Sam Whitaker <sam@whitakerbrewing.example>", "Duty stamp purchases - wrong VAT code",
         "thunderbird",
         "Answered and explicitly closed ('I'll mark this ticket as resolved'); four days later a "
         "new question in the same thread reopens it and is answered.", 3)
say(c, "c1", "customer", at(3, "10:20"), """Hi,

Our purchases of duty stamps are coming through with 20% VAT. What VAT code should they
have? And will changing it fix the last return or only future ones?

Sam Whitaker
Whitaker Brewing Co.
""")
say(c, "a1", "agent", at(3, "12:05"), """Hi Sam,

Duty stamps are outside the scope of VAT: use the code "No VAT". Changing the code fixes
the transactions, but the return you already filed stays as it was; the difference is
picked up as an adjustment in your next return.

I'll mark this ticket as resolved - just reply if anything else comes up.

Nadia
""", who="nadia", parent="c1", closes=True)
say(c, "c2", "customer", at(7, "09:00"), """Hi Nadia,

Another one on the same theme: how do I record the duty itself, which we pay to HMRC
monthly by direct debit?

Sam
{quote}""", parent="a1")
say(c, "a2", "agent", at(9, "09:30"), """Hi Sam,

Create a bank rule for the HMRC duty direct debit posting to "Alcohol duty" (a cost of
sales account), VAT code "No VAT".

Nadia
""", who="nadia", parent="c2")

c = case("p15-18-auto-reply-holiday", "en", "closed", {},
         "Fiona Reid <fiona@reidcatering.example>", "Pension auto-enrolment questions", "outlook",
         "Three pension questions answered; the customer's out-of-office reply to the answer is "
         "automatic mail and opens nothing.", 3)
say(c, "c1", "customer", at(4, "15:00"), """Hello,

We've just taken on our fifth employee. Do we now have to auto-enrol everyone into a
pension, or only the ones over the earnings threshold? Which pension providers connect
to LedgerLark? And when does the first contribution have to be paid?

Fiona Reid
Reid Catering
""")
say(c, "a1", "agent", at(5, "09:20"), """Hi Fiona,

Only staff aged 22 to State Pension age earning over £10,000 a year must be enrolled;
the others can opt in. NEST, The People's Pension and Smart Pension connect directly
(Payroll > Pensions > Connect). The first contributions are due by the 22nd of the month
after the first pay period you deduct them in.

Owen
""", who="owen", parent="c1")
say(c, "o1", "auto", at(5, "09:21"), """Thank you for your email. I am away until Monday 9 November with limited access
to email. For urgent catering enquiries please call the office on 01632 960 441.

Fiona Reid
""", parent="a1", subject="Automatic reply: RE: Pension auto-enrolment questions",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

c = case("p15-19-self-assessment-template", "en", "closed", {"unanswered-question": 2, "slow-first-response": 1},
         "Leo Castell <leo.castell@gmail.example>", "Self Assessment with LedgerLark", "gmail",
         "Templated reply with a help-centre link answers how to file; the questions about the "
         "payment on account and the 2024 amendment are skipped.", 1)
say(c, "c1", "customer", at(6, "20:14"), """hi

first year self employed (photography) plus a small salary from a part-time job. how do
i file my self assessment through ledgerlark?
i'd also like to know if it works out the payments on account for next year, because i have no idea what those are.
and can you amend a 2024 return i filed on paper or is that only through hmrc?

thx
leo
""")
say(c, "a1", "agent", at(9, "08:55"), """Hi Leo,

Thanks for reaching out to LedgerLark Support!

Filing your Self Assessment is simple: go to Tax > Self Assessment, check the figures we
prepared from your books, add your employment income from your P60, and press Submit.
Our step-by-step guide is here:
https://help.ledgerlark.example/self-assessment/file-your-return?src=template

We hope this helps. Have a great day!

Nadia
""", who="nadia", parent="c1")

c = case("p15-20-p60-correction-ahead", "en", "pending", {},
         "Grace Howell <grace@howellvets.example>", "Wrong P60 for a leaver", "gmail",
         "Two questions answered; the corrected P60 is promised 'by Tuesday 24 November', a "
         "deadline still ahead at audit time.", 2)
say(c, "c1", "customer", at(18, "10:00"), """Hello,

A former nurse of ours says her P60 shows the wrong tax code. Can you check whether it
should be 1257L? And does she need the P60 or the P45 for her new employer?

Grace Howell
Practice Manager, Howell Veterinary Surgery
""")
say(c, "a1", "agent", at(18, "14:40"), """Hi Grace,

You're right: her code should have been 1257L from April, and the P60 printed the
emergency code. For her new employer she needs the P45 - the P60 is for her own records.

I'll send you the corrected P60 by Tuesday 24 November, once the payroll team has
re-run the year-to-date figures.

Owen
""", who="owen", parent="c1", promises=[(eod(24), None)])

c = case("p15-21-duplicate-direct-debit", "en", "pending",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Nina Patel <nina@patelpharmacy.example>", "Charged twice this month", "owa",
         "A promise without a deadline ('I'll look into it and get back to you', 2-day window) kept "
         "only after the customer follows up four days later: missed and chased.", 3)
say(c, "c1", "customer", at(12, "09:15"), """Hello,

Our bank statement shows two direct debits from LedgerLark on 2 November, £36 each.
Why were we charged twice? Can you refund the duplicate? And can you send me a
statement of all our payments for 2026 for the accountant?

Nina Patel
Patel Pharmacy Ltd
""", kind="html")
say(c, "a1", "agent", at(12, "11:30"), """Hi Nina,

Your 2026 payment statement is under Billing > Statements > 2026; I've also emailed it to
you as a PDF just now.

The two debits look odd - I'll look into it and get back to you.

Jo
""", who="jo", parent="c1", promises=[(at(14, "11:30"), "a2")])
say(c, "c2", "customer", at(16, "10:20"), """Hi Jo,

Just following up on the duplicate charge below - has the refund gone through yet?

Nina
________________________________
From: Jo Whitfield <jo.whitfield@ledgerlark.example>
Sent: Thursday, November 12, 2026 11:30 AM
To: Nina Patel <nina@patelpharmacy.example>
Subject: RE: Charged twice this month

Hi Nina,

The two debits look odd - I'll look into it and get back to you.
""", parent="a1", kind="html", chase=True)
say(c, "a2", "agent", at(16, "14:05"), """Hi Nina,

Sorry for the silence. The second £36 was a retry after your bank briefly reported the
first one as failed - it was a genuine duplicate. I've refunded it today; it reaches your
account in 3-5 working days.

Jo
""", who="jo", parent="c2")

c = case("p15-22-card-reader-logistics", "en", "closed", {},
         "Ollie Sanders <ollie@sanderscoffee.example>", "Card reader and payouts", "android",
         "Three questions answered; 'the reader ships on Thursday' and 'you'll get an email when "
         "HMRC accepts it' are logistics and process descriptions, not commitments.", 3)
say(c, "c1", "customer", at(9, "07:40"), """Hi, when will the card reader I ordered on Saturday be sent out? How long do card
payouts take to reach the bank? Also how do I know HMRC has accepted last week's VAT return?

Ollie

Get Outlook for Android
""")
say(c, "a1", "agent", at(9, "10:15"), """Hi Ollie,

Your card reader ships on Thursday by Royal Mail Tracked 24. Card payouts reach your bank
two working days after the sale. As for the VAT return, HMRC usually confirms within 72
hours and you'll get an email from us when it's accepted; it is also shown under Tax > VAT
> History.

Nadia
""", who="nadia", parent="c1")

c = case("p15-23-migration-conditional", "en", "closed", {},
         "Isla Fraser <isla@fraserholidaylets.example>", "Moving from another package", "apple",
         "Questions about migrating answered; 'If you'd like, I can set up a call' is a conditional "
         "offer, declined with thanks.", 3)
say(c, "c1", "customer", at(4, "18:00"), """Hello,

I run three holiday lets and I'm switching to LedgerLark from another cloud package.
Can I bring over my opening balances at 1 April? Will my old invoices come across or only
the totals? And do you support the furnished holiday lettings rules now they've changed?

Thanks,
Isla Fraser
""")
say(c, "a1", "agent", at(5, "09:40"), """Hi Isla,

Yes: enter opening balances under Settings > Conversion balances as at 1 April. The
migration tool brings across unpaid invoices one by one and paid ones as a total per
customer. Since April 2025 holiday lets are treated like other property income, and
LedgerLark's property income category already follows the new rules.

If you'd like, I can set up a call with our migration team - just reply and let me know a
time that suits.

Nadia
""", who="nadia", parent="c1")
say(c, "c2", "customer", at(5, "10:10"), """Thanks Nadia, that's all clear - no call needed.

Isla

> On 5 Nov 2026, at 09:40, Nadia Osei <nadia.osei@ledgerlark.example> wrote:
>
> If you'd like, I can set up a call with our migration team - just reply and let me know a
> time that suits.
""", parent="a1", thanks=True)

c = case("p15-24-resend-cis", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "Kevin Marsh <kev@marshbuild.example>", "CIS deductions on subcontractor invoices", "gmail",
         "The customer resends the same request as a new message two days later ('Resending in "
         "case this got lost'); the reply answers all three questions.", 3)
say(c, "c1", "customer", at(10, "08:05"), """Hi,

I'm a builder and pay two subcontractors under CIS. How do I verify them with HMRC in
LedgerLark? Will the 20% deduction show on the bill automatically? And where do I find
the monthly CIS return?

Kevin Marsh
Marsh Building Services
""")
say(c, "c2", "customer", at(12, "08:30"), """Resending in case this got lost:

I'm a builder and pay two subcontractors under CIS. How do I verify them with HMRC in
LedgerLark? Will the 20% deduction show on the bill automatically? And where do I find
the monthly CIS return?

Kevin Marsh
Marsh Building Services
""", thread=False, chase=True)
say(c, "a1", "agent", at(12, "10:40"), """Hi Kevin,

Sorry you had to send this twice. Verify each subcontractor under Contacts > the
subcontractor > CIS > Verify with HMRC; HMRC returns the rate (20%, 30% or gross). Once
verified, the deduction is shown on every bill automatically. The monthly return is under
Tax > CIS > Returns, ready from the 6th of each month.

Owen
""", who="owen", parent="c2")

c = case("p15-25-nominas-atrasos", "es", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1, "unanswered-question": 1},
         "Rocío Navarro <rocio@navarrotextil.example>", "Atrasos del convenio y horas extra",
         "gmail_es",
         "Tres preguntas: se contesta una, otra se aplaza con 'le escribo el lunes' (nunca), y la de "
         "las horas extra queda sin respuesta; el cliente insiste con '¿Hay alguna novedad?'.", 2)
say(c, "c1", "customer", at(11, "09:00", 1), """Hola:

El convenio del textil se ha actualizado con efectos de julio y tengo que pagar atrasos a
12 trabajadores.

¿Puedo calcular los atrasos de julio a octubre en una sola nómina de noviembre?
¿Cómo se cotizan esos atrasos en la Seguridad Social, en el mes de pago o en cada mes?
Y otra cosa, ¿las horas extra se pueden importar desde una hoja de cálculo?

Gracias,
Rocío Navarro
Navarro Textil S.L.
""")
say(c, "a1", "agent", at(11, "12:30", 1), """Hola Rocío:

Sí, puede incluir los atrasos de julio a octubre en la nómina de noviembre con el concepto
"Atrasos convenio"; LedgerLark los reparte por meses en el recibo.

Sobre la cotización de los atrasos, lo consulto con el equipo de nóminas y le escribo el
lunes.

Un saludo,
Lucía
""", who="lucia", parent="c1", promises=[(eod(16), None)])
say(c, "c2", "customer", at(18, "10:00", 1), """Hola Lucía:

¿Hay alguna novedad? Sigo esperando lo de la cotización de los atrasos, y la nómina se
cierra el 25.

Rocío

El mié, 11 nov 2026 a las 12:30, Lucía Ferrer (<lucia.ferrer@ledgerlark.example>) escribió:
> Sobre la cotización de los atrasos, lo consulto con el equipo de nóminas y le escribo el
> lunes.
""", parent="a1", chase=True)

c = case("p15-26-kassenbuch-fragen", "de", "closed", {}, "Petra Wolf <petra.wolf@cafe-wolf.example>",
         "Kassenbuch, Belege und Benutzer", "outlook_de",
         "Vier Fragen, alle beantwortet - eine mit einem schlichten 'Nein'; Dankesmail öffnet nichts.", 4)
say(c, "c1", "customer", at(3, "08:45", 1), """Guten Morgen,

wir führen ein kleines Café und nutzen LedgerLark seit September. Vier Fragen:

1. Kann ich das Kassenbuch täglich aus unserer Kasse (SumUp) importieren?
2. Wie lange muss ich die Belege aufbewahren, wenn sie in LedgerLark hochgeladen sind?
3. Darf meine Aushilfe Belege hochladen, ohne die Umsätze zu sehen?
4. Ist es möglich, Buchungen nach dem Festschreiben noch zu ändern?

Viele Grüße
Petra Wolf
Café Wolf, Freiburg
""")
say(c, "a1", "agent", at(3, "11:20", 1), """Hallo Frau Wolf,

gern der Reihe nach:

1. Ja, unter Bank > Verbindungen > SumUp; die Tagesumsätze kommen jeden Morgen als
   Kassenbuchbuchung.
2. Hochgeladene Belege bewahren wir GoBD-konform zehn Jahre auf; Papierbelege dürfen
   Sie danach vernichten, sofern sie lesbar eingescannt sind.
3. Legen Sie die Aushilfe mit der Rolle "Belegerfassung" an (Einstellungen > Benutzer):
   sie kann hochladen, sieht aber keine Berichte und keine Bank.
4. Nein. Festgeschriebene Buchungen lassen sich nur per Stornobuchung korrigieren.

Viele Grüße
Greta Vogel
""", who="greta", parent="c1")
say(c, "c2", "customer", at(3, "12:00", 1), """Vielen Dank, das hilft sehr!

Petra Wolf
""", parent="a1", thanks=True)

c = case("p15-27-elster-zertifikat", "de", "closed", {}, "Jonas Weber <jonas@weber-it.example>",
         "ELSTER-Zertifikat abgelaufen", "thunderbird_de",
         "Zwei Fragen beantwortet, die dritte mit 'ich melde mich morgen' vertagt und am nächsten "
         "Tag rechtzeitig beantwortet.", 3)
say(c, "c1", "customer", at(9, "14:10", 1), """Hallo,

mein ELSTER-Zertifikat ist abgelaufen. Wo lade ich das neue in LedgerLark hoch? Muss ich
die bereits übermittelte Voranmeldung für September erneut senden? Und warum hat mich
LedgerLark nicht vorher gewarnt - gibt es dafür eine Einstellung?

Gruß
Jonas Weber
""")
say(c, "a1", "agent", at(9, "16:00", 1), """Hallo Herr Weber,

das neue Zertifikat laden Sie unter Steuern > ELSTER > Zertifikat hoch. Die September-
Voranmeldung ist übermittelt und bleibt gültig, Sie müssen nichts erneut senden.

Zur Warnung vor dem Ablauf muss ich kurz bei unseren Entwicklern nachfragen; ich melde
mich morgen bei Ihnen.

Greta Vogel
""", who="greta", parent="c1", promises=[(eod(10), "a2")])
say(c, "a2", "agent", at(10, "10:30", 1), """Hallo Herr Weber,

wie versprochen: Unter Einstellungen > Benachrichtigungen > "Zertifikate" können Sie eine
Erinnerung 30 Tage vor Ablauf aktivieren. Sie ist bei älteren Konten standardmäßig aus.

Greta Vogel
""", who="greta", parent="a1")

c = case("p15-28-notes-de-frais", "fr", "closed", {}, "Sophie Garnier <sophie@garnier-paysage.example>",
         "Notes de frais et indemnités kilométriques", "apple_fr",
         "Trois questions, toutes traitées (barème, justificatifs, remboursement) ; remerciement seul.", 3)
say(c, "c1", "customer", at(4, "17:30", 1), """Bonjour,

Mes deux salariés utilisent leur voiture pour aller sur les chantiers.

Le barème kilométrique 2026 est-il déjà intégré ?
Faut-il joindre un justificatif pour chaque trajet ?
Et comment leur rembourser les frais : avec la paie ou par virement à part ?

Merci,
Sophie Garnier
Garnier Paysage
""")
say(c, "a1", "agent", at(5, "09:05", 1), """Bonjour Madame Garnier,

Le barème 2026 est bien intégré depuis février : il suffit d'indiquer la puissance fiscale
du véhicule dans la fiche du salarié. Un relevé des trajets (date, lieu, kilomètres) suffit,
pas besoin de justificatif par trajet. Les deux sont possibles pour le remboursement, mais
le plus simple est de l'ajouter à la paie, où il apparaît hors cotisations.

Bien à vous,
Camille
""", who="camille", parent="c1")
say(c, "c2", "customer", at(5, "09:40", 1), """Merci beaucoup, c'est parfait !

Sophie
""", parent="a1", thanks=True)

c = case("p15-29-html-only-recruiter", "en", "closed", {"unanswered-question": 1},
         "Daniel Kerr <daniel.kerr@kerrrecruitment.example>", "Contractors, invoices and IR35",
         "owa",
         "HTML-only mail with four questions; three answered in other words, the request to add a "
         "second approver to invoices is skipped.", 3)
say(c, "c1", "customer", at(6, "11:00"), """Hello,

We're a small recruitment agency paying around 15 contractors through LedgerLark.

Is it possible to pay contractors on a different weekly cycle from our employees?
Can the system flag contractors who are inside IR35 so they go through payroll instead?
I'd also like a second person to approve supplier invoices over £5,000 before they're paid.
Finally, what does the Practice plan cost for 20 pay runs a month?

Regards,
Daniel Kerr
Operations Director, Kerr Recruitment
""", kind="html")
say(c, "a1", "agent", at(6, "14:45"), """Hello Daniel,

Contractors can have their own weekly pay schedule (Payroll > Schedules > New), separate
from your employees' monthly run. Mark a contractor as "Inside IR35" in their contact and
LedgerLark moves them to a payroll record with PAYE and NI deducted. The Practice plan is
£48 a month plus £1 per pay run above 10, so £58 for 20 runs.

Owen
""", who="owen", parent="c1")

c = case("p15-30-mixed-language-reisekosten", "de", "closed", {"unanswered-question": 2},
         "Katrin Bauer <katrin.bauer@bauer-consulting.example>", "Reisekosten & multi-currency",
         "gmail_de",
         "Gemischt deutsch-englische Mail mit vier Fragen; beantwortet werden Fremdwährung und "
         "Verpflegungspauschalen, die Fragen zum Kreditkartenimport und zur Prüferrolle bleiben offen.", 2)
say(c, "c1", "customer", at(10, "09:30", 1), """Hallo zusammen,

sorry, teils auf Englisch, unser Controller liest mit.

Wie werden Reisekosten in Fremdwährung umgerechnet - Tageskurs oder Monatskurs?
Werden die Verpflegungspauschalen für Auslandsreisen automatisch angesetzt?
Also: can we import the Amex corporate card statement directly, or only as CSV?
Und könnt ihr bitte unserem Wirtschaftsprüfer einen Zugang mit Leserechten einrichten?
Er braucht ihn bis Ende Februar (pruefer@wp-lang.example).

Danke!
Katrin Bauer
""")
say(c, "a1", "agent", at(10, "13:50", 1), """Hallo Frau Bauer,

Fremdwährungsbelege rechnet LedgerLark mit dem EZB-Referenzkurs vom Belegdatum um, also
mit dem Tageskurs. Die Verpflegungspauschalen für Auslandsreisen sind nach dem BMF-
Schreiben 2026 hinterlegt und werden anhand von Land und Reisedauer angesetzt.

Viele Grüße
Greta Vogel
""", who="greta", parent="c1")

c = case("p15-31-rant-self-answered", "en", "closed", {}, "Megan Holt <megan@holtcleaning.example>",
         "2FA reset for our bookkeeper", "gmail",
         "A rhetorical outburst, a self-answered question and a signature with a '?' link around "
         "one real request, which is done.", 1)
say(c, "c1", "customer", at(12, "08:20"), """Morning,

Why does everything break the week before payday?! Our bookkeeper Jen got a new phone and
can't get past the two-factor screen. Where's the reset button for that? Never mind, found
it under Settings > Security, but it says only LedgerLark can reset another user's 2FA.
So please reset two-factor authentication for jen.moss@holtcleaning.example.

Thanks,
Megan Holt
Holt Cleaning Services
--
Need a reliable cleaner? https://holtcleaning.example/quote?ref=emailsig
""")
say(c, "a1", "agent", at(12, "09:05"), """Hi Megan,

Done - Jen's two-factor authentication is reset. Next time she signs in she'll be asked
to scan a new QR code with her new phone.

Nadia
""", who="nadia", parent="c1")
say(c, "c2", "customer", at(12, "09:30"), """She's in, thank you!!

Megan
""", parent="a1", thanks=True)

c = case("p15-32-which-bank-quoted-back", "en", "closed", {},
         "Ethan Cole <ethan@colemotors.example>", "Bank feed setup", "thunderbird",
         "Support asks which bank; the customer quotes that question back and asks a new one, "
         "which is answered.", 2)
say(c, "c1", "customer", at(4, "13:00"), """Hi, I'm trying to set up a bank feed but the list of banks is very long. What do
I need to do?

Ethan Cole
Cole Motors
""")
say(c, "a1", "agent", at(4, "14:10"), """Hi Ethan,

Happy to help. Which bank do you use for the business? Then I can tell you exactly which
entry to pick.

Ravi
""", who="ravi", parent="c1")
say(c, "c2", "customer", at(4, "15:20"), """On 11/4/26 2:10 PM, Ravi Menon wrote:
> Which bank do you use for the business?

Lloyds. Can I connect both our Lloyds accounts (current and the VAT reserve) to the same
company?

Ethan
""", parent="a1")
say(c, "a2", "agent", at(4, "16:00"), """Hi Ethan,

Pick "Lloyds Business". Yes, both accounts come in with one sign-in: after you log in to
Lloyds you tick the accounts you want, and each gets its own bank account in LedgerLark.

Ravi
""", who="ravi", parent="c2")

c = case("p15-33-forwarded-hmrc-letter", "en", "closed", {},
         "Ruth Adeyemi <ruth@adeyemitranslations.example>", "Fwd: HMRC letter about my VAT",
         "gmail",
         "A forwarded HMRC letter full of its own questions; the customer's one question above it "
         "is answered.", 1)
say(c, "c1", "customer", at(9, "12:00"), """Hi,

I got the letter below from HMRC. Do I need to do anything in LedgerLark, or is this just
information?

Ruth

---------- Forwarded message ---------
From: HMRC VAT <noreply@hmrc-vat.example>
Date: Fri, 6 Nov 2026 at 10:12
Subject: Changes to your VAT account

Dear customer,

Have you checked your business details are up to date? Are you using software that is
compatible with Making Tax Digital? If you have any questions, visit
https://www.hmrc-vat.example/help?topic=mtd

HM Revenue & Customs
""")
say(c, "a1", "agent", at(9, "13:30"), """Hi Ruth,

That's a general reminder HMRC sends to everyone; you don't need to do anything. You're
already filing through LedgerLark, which is Making Tax Digital software.

Nadia
""", who="nadia", parent="c1")

c = case("p15-34-billing-address-in-passing", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "Laura Finch <laura@finchandco.example>", "Invoice payment by card?", "outlook",
         "Three card-payment questions answered; the passing request to update the billing "
         "address is skipped and the promised credit note 'by Friday 13 November' never comes.", 3)
say(c, "c1", "customer", at(11, "10:00"), """Hello,

Can we pay our LedgerLark invoices by company credit card instead of direct debit? If so,
is there a card surcharge, and does the switch apply to this month's invoice already?

Also, please update our billing address to 7 Mill Lane, Leeds LS2 7EW - we moved in October. And we were charged for a user we removed in September, could you credit that?

Laura Finch
Finch & Co Chartered Accountants
""")
say(c, "a1", "agent", at(11, "15:30"), """Hi Laura,

Yes, card works: Billing > Payment method > Card. There's no surcharge, and if you switch
before the 20th, November's invoice is taken from the card.

You're right about the removed user - I'll send you a credit note by Friday 13 November.

Jo
""", who="jo", parent="c1", promises=[(eod(13), None)])

c = case("p15-35-pension-reenrolment-chase", "en", "closed", {"customer-chased": 1},
         "Adam Shaw <adam@shawlandscapes.example>", "Pension re-enrolment and leavers", "gmail",
         "Three questions; the reply covers two and overlooks the re-enrolment date; the customer "
         "writes 'I haven't heard back about ...' and the second reply answers it.", 3)
say(c, "c1", "customer", at(3, "08:10"), """Hi,

Three pension things for Shaw Landscapes:

How do I process a leaver who has opted out of the pension?
Do we have to pay employer contributions on the bonus we're paying in December?
When is our re-enrolment date? I think it's some time next year.

Adam Shaw
""")
say(c, "a1", "agent", at(3, "11:00"), """Hi Adam,

A leaver who opted out is processed like any other leaver (Employees > Leave); no pension
is deducted from the final pay. Employer contributions are due on the December bonus if
it's pensionable pay under your scheme rules - with NEST it is, so yes.

Owen
""", who="owen", parent="c1")
say(c, "c2", "customer", at(5, "09:20"), """Thanks Owen. I haven't heard back about the re-enrolment date though - could you
check?

Adam
{quote}""", parent="a1", chase=True)
say(c, "a2", "agent", at(5, "10:05"), """Hi Adam,

Sorry, missed that one. Your re-enrolment date is 1 March 2027; LedgerLark reminds you six
weeks before and reassesses everyone on the day.

Owen
""", who="owen", parent="c2")

c = case("p15-36-friday-afternoon", "en", "pending", {"slow-first-response": 1},
         "Zoe Marshall <zoe@marshallphysio.example>", "Quote template and deposits", "apple",
         "Friday-afternoon mail with three questions answered on Monday morning: slow first "
         "response, all answered.", 3)
say(c, "c1", "customer", at(13, "15:30"), """Hello,

Could you tell me how to add our logo to quotes? Also, can a quote take a 20% deposit
online? And when a quote is accepted, does it turn into an invoice automatically?

Zoe Marshall
Marshall Physiotherapy
""")
say(c, "a1", "agent", at(16, "09:20"), """Hi Zoe,

The quote template uses the same logo as invoices: Settings > Branding > Logo. Deposits:
tick "Request deposit" on the quote and set 20%; the customer pays it by card when
accepting. And yes, an accepted quote becomes a draft invoice for the remaining 80%.

Nadia
""", who="nadia", parent="c1")

c = case("p15-37-fresh-long-mail", "en", "open", {},
         "Harriet Dunn <harriet@dunnarchitects.example>", "Switching plan, payroll for 9, and R&D",
         "gmail",
         "A long mail with four questions sent this morning: still inside the response target, so "
         "open and clean.", 0)
say(c, "c1", "customer", at(20, "09:10"), """Hello,

We're an architecture practice of nine people, on the Starter plan since 2024, and we're
about to start running payroll ourselves instead of via our accountant.

Which plan do we need for payroll for nine employees?
Can we upgrade mid-month, and is the difference charged pro rata?
Is there a way to tag staff time to projects so it feeds an R&D tax credit claim?
Please also send me a copy of your data processing agreement for our files.

Thanks,
Harriet Dunn
Dunn Architects
""")

c = case("p15-38-tax-code-eod", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
         "Simon Price <simon@pricegarage.example>", "Tax code notice and student loan", "gmail",
         "Three questions: the tax code confirmation is promised 'by end of day' and sent the next "
         "morning (missed); the student loan plan is answered; the P11D question is skipped.", 2)
say(c, "c1", "customer", at(17, "09:00"), """Hi,

HMRC sent a new tax code (1100L) for one of our mechanics. Has LedgerLark picked it up
automatically? He also says he's on student loan plan 2, not plan 1 - how do I change it?
And do we need to do a P11D for his company van, or is that handled through payroll?

Simon Price
Price's Garage
""")
say(c, "a1", "agent", at(17, "11:45"), """Hi Simon,

Change the student loan plan under Employees > the mechanic > Deductions > Student loan >
Plan 2; the next payroll uses it.

On the tax code, I'll confirm whether the 1100L notice has been applied by end of day.

Owen
""", who="owen", parent="c1", promises=[(eod(17), "a2")])
say(c, "a2", "agent", at(18, "09:30"), """Hi Simon,

Confirmed: the 1100L code came in through the HMRC notice service and is applied from this
month's payroll.

Owen
""", who="owen", parent="a1")
say(c, "c2", "customer", at(18, "10:00"), """Great, thanks Owen.

Simon
""", parent="a2", thanks=True)

c = case("p15-39-captura-conciliacion", "es", "closed", {},
         "Javier Ortega <javier@ortegafoto.example>", "Error al conciliar (captura)", "gmail_es",
         "Captura adjunta y tres preguntas contestadas; el agradecimiento no abre nada.", 3)
say(c, "c1", "customer", at(6, "10:00", 1), """Hola,

Adjunto una captura del error que me sale al conciliar ("importe no coincide").
¿Qué significa exactamente? ¿Puedo conciliar igualmente y ajustar la diferencia de 0,30 €?
¿Y por qué el banco me cobra esos céntimos?

Gracias,
Javier Ortega
""", attach=[("image/png", "error-conciliacion.png", SCREENSHOT)])
say(c, "a1", "agent", at(6, "12:10", 1), """Hola Javier:

El aviso indica que el cobro del banco (0,30 € menos) no cuadra con la factura. Sí: pulse
"Conciliar con diferencia" y lleve los 0,30 € a la cuenta 626 Servicios bancarios. Es la
comisión que su banco cobra por cada transferencia recibida de otra entidad.

Un saludo,
Lucía
""", who="lucia", parent="c1")
say(c, "c2", "customer", at(6, "12:40", 1), """¡Gracias, resuelto!

Javier
""", parent="a1", thanks=True)

c = case("p15-40-export-fec-relance", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
         "Antoine Lefèvre <antoine@atelier-brume.example>", "Export FEC incomplet", "apple_fr",
         "Deux questions traitées, la troisième reportée 'd'ici jeudi' ; rien jeudi, relance le lundi, "
         "réponse le jour même (promesse tenue en retard).", 3)
say(c, "c1", "customer", at(9, "10:00", 1), """Bonjour,

Je joins l'export FEC généré hier. Pourquoi les écritures de banque de décembre
manquent-elles ? L'export inclut-il les écritures d'à-nouveaux ? Et le format est-il
accepté tel quel par l'administration en cas de contrôle ?

Antoine Lefèvre
SARL Atelier Brume
""", attach=[("application/pdf", "export-fec-2026.pdf", EXPORT_FR)])
say(c, "a1", "agent", at(9, "15:00", 1), """Bonjour Monsieur Lefèvre,

Oui, les à-nouveaux sont inclus (journal AN), et le format respecte l'article A47 A-1 du LPF,
il est donc accepté en cas de contrôle.

Pour les écritures de décembre, je transmets à notre équipe technique et je reviens vers
vous d'ici jeudi.

Camille
""", who="camille", parent="c1", promises=[(eod(12), "a2")])
say(c, "c2", "customer", at(16, "09:30", 1), """Bonjour Camille,

Je me permets de vous relancer : toujours rien au sujet des écritures de décembre.

Antoine

> Le 9 nov. 2026 à 15:00, Camille Roux <camille.roux@ledgerlark.example> a écrit :
>
> Pour les écritures de décembre, je transmets à notre équipe technique et je reviens vers
> vous d'ici jeudi.
""", parent="a1", chase=True)
say(c, "a2", "agent", at(16, "14:20", 1), """Bonjour Monsieur Lefèvre,

Toutes mes excuses pour le retard. Votre exercice se termine le 30 novembre : les écritures
de décembre 2025 sont dans l'exercice précédent, qu'il faut exporter séparément
(Rapports > FEC > Exercice 2025).

Camille
""", who="camille", parent="c2")

c = case("p15-41-autonomo-semana-que-viene", "es", "closed", {"unanswered-question": 1},
         "Elena Ruiz <elena.ruiz@ruizdiseno.example>", "Autónoma: modelo 130 y facturas", "outlook",
         "Tres preguntas; una contestada, otra aplazada 'a principios de la semana que viene' y "
         "contestada el lunes (a tiempo), y la petición de plantilla en inglés queda sin respuesta.", 2)
say(c, "c1", "customer", at(5, "11:00", 1), """Hola,

Soy diseñadora autónoma y empiezo con LedgerLark este mes.

¿LedgerLark calcula el pago fraccionado del modelo 130 con mis gastos deducibles?
Quisiera saber si puedo aplicar la retención del 7% de nuevos autónomos en mis facturas.
Y por último, ¿me pueden activar una plantilla de factura en inglés para un cliente de Londres?

Saludos,
Elena Ruiz
""")
say(c, "a1", "agent", at(5, "14:30", 1), """Hola Elena:

Sí, el modelo 130 se calcula con los ingresos y gastos deducibles registrados, y le
restamos las retenciones que le hayan practicado.

Sobre la retención del 7% lo confirmo con el equipo fiscal y le escribo a principios de la
semana que viene.

Un saludo,
Lucía
""", who="lucia", parent="c1", promises=[(eod(10), "a2")])
say(c, "a2", "agent", at(9, "10:15", 1), """Hola Elena:

Confirmado: puede aplicar el 7% durante el año de alta y los dos siguientes. Actívelo en
Ajustes > Impuestos > Retención IRPF > "Nuevo autónomo (7%)".

Un saludo,
Lucía
""", who="lucia", parent="a1")

c = case("p15-42-practice-six-questions", "en", "closed",
         {"unanswered-question": 2, "missed-follow-up": 1},
         "Deborah Yates <deborah@yatespartners.example>", "Several things for our practice account",
         "outlook",
         "Six requests in one mail. Ravi answers three in one paragraph out of order and promises "
         "the API limit 'by Monday'; Jo answers the billing one on Tuesday (kept late, by a "
         "colleague: missed). The white-label question and the request for a training session "
         "for two new staff are skipped.", 4)
say(c, "c1", "customer", at(5, "08:30"), """Hello,

A list, I'm afraid - we've saved these up:

1. Can clients see each other's data if they're in the same practice? (I assume not, but
   a partner asked.)
2. Is there a limit on API calls for our Zapier integration? We hit an error last week.
3. Can we white-label the client portal with our own logo and domain?
4. We'd like a training session for two new staff members, ideally the week of 16 November.
5. Our invoice this month shows 41 clients; we only have 38 active. Could you check?
6. How do we bulk-archive clients who have left?

Many thanks,
Deborah Yates
Practice Manager, Yates & Partners
""")
say(c, "a1", "agent", at(5, "13:10"), """Hello Deborah,

Taking your list in my own order: archiving works in bulk from Practice > Clients - tick
the clients, then Actions > Archive. Each client company is walled off from the others,
so no, clients never see each other's data, even inside one practice. On the Zapier
error I need to look up your account's API limit and I'll get back to you by Monday.

The invoice question I've passed to Jo in billing.

Ravi
""", who="ravi", parent="c1", promises=[(eod(9), "a2")])
say(c, "a2", "agent", at(10, "11:00"), """Hello Deborah,

Jo from billing here, also answering for Ravi. Three of the 41 clients were archived after
the billing date, so they were still counted; November's invoice will show 38. Your API
limit is 1,000 calls per hour per practice; the Zapier error last week was the limit
being hit during a bulk sync.

Jo
""", who="jo", parent="a1")

c = case("p15-43-reconciliation-three-agents", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
         "Connor Walsh <connor@walshlogistics.example>", "Reconciliation report for the auditors",
         "gmail",
         "Three agents on one case; the reconciliation report promised 'tomorrow' never arrives, "
         "and the question about locking the auditors' view is never answered.", 3)
say(c, "c1", "customer", at(16, "09:00"), """Hi,

Our auditors arrive on 23 November. I need:

- a bank reconciliation report for all four accounts as at 31 October,
- to know whether payroll journals can be shown summarised rather than per employee,
- and is there a way to give the auditors a view that's frozen at 31 October?

Connor Walsh
Finance Manager, Walsh Logistics
""")
say(c, "a1", "agent", at(16, "11:00"), """Hi Connor,

I've passed the payroll journal question to Owen and the reconciliation report to Ravi,
who looks after bank accounts.

Nadia
""", who="nadia", parent="c1")
say(c, "a2", "agent", at(16, "15:00"), """Hi Connor,

Yes - under Payroll > Settings > Journal, choose "Summary" and the journals post one line
per pay element instead of one per employee.

Owen
""", who="owen", parent="a1")
say(c, "a3", "agent", at(17, "10:00"), """Hi Connor,

The reconciliation report for four accounts needs a small export from our side. I'll send
it to you tomorrow.

Ravi
""", who="ravi", parent="a2", promises=[(eod(18), None)])

c = case("p15-44-geloest-wieder-offen", "de", "closed", {"unanswered-question": 1, "reopened": 1},
         "Marion Schulz <m.schulz@schulz-immobilien.example>", "Mieteinnahmen und Nebenkosten",
         "gmail_de",
         "Zwei von drei Fragen beantwortet, die nach dem Mieterkonto bleibt liegen; 'Ich markiere "
         "dieses Ticket als gelöst' - drei Tage später eine neue Frage, beantwortet.", 3)
say(c, "c1", "customer", at(2, "10:00", 1), """Guten Tag,

ich verwalte drei Wohnungen und habe Fragen zur Buchhaltung:

Wie buche ich die monatlichen Mieteinnahmen am einfachsten - gibt es eine Vorlage?
Können die Nebenkostenvorauszahlungen getrennt von der Kaltmiete erfasst werden?
Ich hätte außerdem gern für jeden Mieter ein eigenes Konto, geht das?

Mit freundlichen Grüßen
Marion Schulz
""")
say(c, "a1", "agent", at(2, "14:00", 1), """Guten Tag Frau Schulz,

für Mieteinnahmen gibt es die Vorlage "Vermietung" unter Buchen > Vorlagen; sie bucht die
Kaltmiete auf 4105 und die Nebenkostenvorauszahlung getrennt auf 4106, wenn Sie beide
Beträge eintragen.

Ich markiere dieses Ticket als gelöst. Bei weiteren Fragen antworten Sie einfach auf diese
E-Mail.

Freundliche Grüße
Greta Vogel
""", who="greta", parent="c1", closes=True)
say(c, "c2", "customer", at(5, "09:00", 1), """Hallo Frau Vogel,

noch eine Frage: Wie erstelle ich am Jahresende die Nebenkostenabrechnung für die Mieter?

Marion Schulz

Am Mo., 2. Nov. 2026 um 14:00 Uhr schrieb Greta Vogel <greta.vogel@ledgerlark.example>:
> Ich markiere dieses Ticket als gelöst.
""", parent="a1")
say(c, "a2", "agent", at(5, "11:30", 1), """Hallo Frau Schulz,

unter Berichte > Vermietung > Nebenkostenabrechnung wählen Sie den Zeitraum und die
Umlageschlüssel; das Ergebnis können Sie je Mieter als PDF speichern.

Freundliche Grüße
Greta Vogel
""", who="greta", parent="c2")

c = case("p15-45-facture-electronique", "fr", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "Hugo Bernard <hugo@bernard-menuiserie.example>", "Facture électronique 2026",
         "gmail",
         "Quatre questions sur la facture électronique ; trois traitées dont une reportée à "
         "'demain' et envoyée deux jours plus tard (promesse manquée) ; la demande de devis pour "
         "l'option Chorus Pro reste sans réponse.", 3)
say(c, "c1", "customer", at(16, "10:00", 1), """Bonjour,

Avec l'obligation de facturation électronique, j'ai plusieurs questions :

LedgerLark est-il plateforme agréée ?
Mes factures actuelles en PDF seront-elles encore acceptées en 2027 ?
Est-ce que je pourrai recevoir les factures de mes fournisseurs directement dans LedgerLark ?
Envoyez-moi aussi un devis pour l'option Chorus Pro, j'ai deux clients publics.

Cordialement,
Hugo Bernard
Menuiserie Bernard
""", kind="alt")
say(c, "a1", "agent", at(16, "15:00", 1), """Bonjour Monsieur Bernard,

Oui, LedgerLark est partenaire d'une plateforme agréée : les factures partiront au format
Factur-X. Pour une PME comme la vôtre, le PDF simple reste accepté jusqu'en septembre 2027.

Pour la réception des factures fournisseurs, je vérifie le calendrier exact et je vous
réponds demain.

Camille
""", who="camille", parent="c1", promises=[(eod(17), "a2")])
say(c, "a2", "agent", at(18, "16:00", 1), """Bonjour Monsieur Bernard,

Oui, la réception des factures fournisseurs arrive dans LedgerLark en mars 2027 : elles
seront importées automatiquement depuis la plateforme.

Camille
""", who="camille", parent="a1")

c = case("p15-46-alta-trabajador-espera", "es", "pending",
         {"customer-chased": 1, "slow-first-response": 1},
         "Pablo Herrera <pablo@herrerabar.example>", "Alta de un camarero y horarios", "android",
         "Tres preguntas; dos días sin respuesta, el cliente insiste ('¿Me podrían decir algo? Llevo "
         "dos días esperando') y la respuesta contesta todo.", 3)
say(c, "c1", "customer", at(16, "18:00", 1), """Hola, tengo un bar y contrato a un camarero desde el 1 de diciembre.
¿Cómo hago el alta en la Seguridad Social desde LedgerLark? ¿Se puede registrar la jornada
con fichaje desde el móvil? ¿Y qué convenio de hostelería tengo que elegir para Sevilla?

Pablo Herrera
""")
say(c, "c2", "customer", at(18, "19:30", 1), """¿Me podrían decir algo? Llevo dos días esperando y el alta tiene que estar antes del 1.

Pablo
""", parent="c1", chase=True)
say(c, "a1", "agent", at(19, "09:10", 1), """Hola Pablo:

Disculpe la espera. El alta se envía desde Empleados > Nuevo > "Comunicar alta (Sistema
RED)", hasta el día anterior al inicio. El fichaje móvil está en la app LedgerLark Equipo,
que el camarero instala con la invitación que le llega por correo. Para Sevilla elija
"Hostelería - Provincia de Sevilla".

Un saludo,
Lucía
""", who="lucia", parent="c2")

# --------------------------------------------------------------------------------------
# Unanswered questions, exactly as the customers wrote them
# --------------------------------------------------------------------------------------

UNANSWERED = {
    "p15-02-practice-onboarding": [
        "Could you also tell me whether client logins count towards our seat limit?",
        "Please switch our own subscription invoices to annual billing from December."],
    "p15-04-steuerberaterin-ustva": [
        "Bitte schicken Sie mir außerdem die Rechnung für November mit unserer neuen USt-IdNr. DE298765431."],
    "p15-05-barclays-feed-dropped": [
        "Also, please add our Barclays savings account (ending 4471) to the same feed while you're at it."],
    "p15-07-expert-comptable-qonto": [
        "Je voudrais savoir si la TVA sur les encaissements est gérée pour les prestataires de services.",
        "Merci aussi de corriger notre adresse de facturation : 14 rue des Tanneurs, 67000 Strasbourg."],
    "p15-09-year-end-lock": [
        "I also wondered whether the van we bought in March is being depreciated automatically."],
    "p15-11-payslip-password": [
        "can I email payslips to the girls as password-protected PDFs?"],
    "p15-14-relance-tva-intracom": [
        "Pourriez-vous aussi m'envoyer une attestation d'abonnement pour ma banque ?"],
    "p15-15-cierre-trimestre": [
        "Por favor, cambien el IBAN de domiciliación a ES76 2100 0418 4502 0005 1332.",
        "¿Se pueden anular facturas emitidas o hay que hacer siempre una rectificativa?"],
    "p15-19-self-assessment-template": [
        "i'd also like to know if it works out the payments on account for next year",
        "can you amend a 2024 return i filed on paper or is that only through hmrc?"],
    "p15-25-nominas-atrasos": [
        "Y otra cosa, ¿las horas extra se pueden importar desde una hoja de cálculo?"],
    "p15-29-html-only-recruiter": [
        "I'd also like a second person to approve supplier invoices over £5,000 before they're paid."],
    "p15-30-mixed-language-reisekosten": [
        "Also: can we import the Amex corporate card statement directly, or only as CSV?",
        "Und könnt ihr bitte unserem Wirtschaftsprüfer einen Zugang mit Leserechten einrichten?"],
    "p15-34-billing-address-in-passing": [
        "Also, please update our billing address to 7 Mill Lane, Leeds LS2 7EW - we moved in October."],
    "p15-38-tax-code-eod": [
        "And do we need to do a P11D for his company van, or is that handled through payroll?"],
    "p15-41-autonomo-semana-que-viene": [
        "¿me pueden activar una plantilla de factura en inglés para un cliente de Londres?"],
    "p15-42-practice-six-questions": [
        "Can we white-label the client portal with our own logo and domain?",
        "We'd like a training session for two new staff members, ideally the week of 16 November."],
    "p15-43-reconciliation-three-agents": [
        "and is there a way to give the auditors a view that's frozen at 31 October?"],
    "p15-44-geloest-wieder-offen": [
        "Ich hätte außerdem gern für jeden Mieter ein eigenes Konto, geht das?"],
    "p15-45-facture-electronique": [
        "Envoyez-moi aussi un devis pour l'option Chorus Pro, j'ai deux clients publics."],
}

# --------------------------------------------------------------------------------------
# Consistency checks
# --------------------------------------------------------------------------------------

CONTRACT = mailcraft.Contract(as_of=AS_OF, response_target=RESPONSE_TARGET, close_after=CLOSE_AFTER,
                              handoff_limit=HANDOFF_LIMIT)


def derived_status(c: Case) -> str:
    """The contract status of case ``c`` at AS_OF from roles, dates and explicit closes."""
    return mailcraft.contract_status(c.msgs, CONTRACT)


def derived_rules(c: Case) -> dict[str, int]:
    """Every rule count of case ``c`` recomputed from its messages' facts and dates."""
    return mailcraft.contract_rules(c.msgs, CONTRACT)


def attach_unanswered() -> None:
    """Put each case's unanswered questions on the customer message that asked them, and
    refuse a labelled question that no customer message of its case contains."""
    known = {c.name for c in CASES}
    for name in UNANSWERED:
        if name not in known:
            raise SystemExit(f"{name}: unanswered questions for an unknown case")
    for c in CASES:
        for m in c.msgs:
            m.uq = [q for q in UNANSWERED.get(c.name, []) if m.role == "customer" and q in m.own]
        asked = [q for m in c.msgs for q in m.uq]
        if sorted(asked) != sorted(UNANSWERED.get(c.name, [])):
            raise SystemExit(f"{c.name}: a labelled question is in no customer message of the case")


def problems() -> list[str]:
    """Disagreements between the hand-written labels and the facts; empty when consistent."""
    out = []
    names = [c.name for c in CASES]
    if len(set(names)) != len(names):
        out.append("duplicate case names")
    for c in CASES:
        if derived_status(c) != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {derived_status(c)}")
        if derived_rules(c) != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {derived_rules(c)}")
        for m in c.msgs:
            for q in m.uq:
                if q not in m.own:
                    out.append(f"{m.key}: question not verbatim in the customer's own text: {q}")
                if not any(x.role == "agent" and x.date > m.date for x in c.msgs):
                    out.append(f"{m.key}: labelled question has no support reply after it: {q}")
            for _, kept in m.promises:
                if kept and kept not in {x.key for x in c.msgs}:
                    out.append(f"{m.key}: promise kept by unknown message {kept}")
        if [m.date for m in c.msgs] != sorted(m.date for m in c.msgs):
            out.append(f"{c.name}: messages not in date order")
        if any(m.date > AS_OF for m in c.msgs):
            out.append(f"{c.name}: a message after the audit time")
    return out


# --------------------------------------------------------------------------------------
# Rendering and writing
# --------------------------------------------------------------------------------------


def render_all() -> list[Msg]:
    """Build every message (parents first) and return them in date order."""
    return mailcraft.render_corpus((m for c in CASES for m in c.msgs), PROFILE)


def labels(msgs: list[Msg]) -> dict:
    """The labels.json document."""
    cases = []
    for c in CASES:
        ordered = sorted(c.msgs, key=lambda m: m.date)
        cases.append({
            "name": c.name,
            "message_ids": [m.message_id.strip("<>") for m in ordered],
            "status": c.status,
            "rules": {r: c.rules[r] for r in RULES if c.rules.get(r)},
            "unanswered_questions": [q for m in ordered for q in m.uq],
            "lang": c.lang,
            "story": c.story,
        })
    return {"as_of": AS_OF.isoformat(), "support_domain": SUPPORT_DOMAIN,
            "settings": {"response_target_hours": 24, "follow_up_window_days": 2,
                         "close_after_days": 7, "handoff_limit": HANDOFF_LIMIT},
            "cases": cases}


def cases_md(lab: dict) -> str:
    """The generated per-case table."""
    by_name = {c.name: c for c in CASES}
    rows = [(e["name"], e["lang"], addr_of(by_name[e["name"]].customer)[0], by_name[e["name"]].client,
             len(e["message_ids"]), e["status"], e["rules"], e["story"]) for e in lab["cases"]]
    return mailcraft.cases_table("LedgerLark - practice15 corpus cases", "make_practice15_corpus.py", rows)


def write(out: Path) -> None:
    """Write the corpus to ``out`` (mailbox, labels.json, CASES.md), replacing what is there,
    or exit without writing anything when the labels disagree with the facts."""
    for c in CASES:
        for m in c.msgs:
            m.own = m.body.replace("{quote}", "")
    attach_unanswered()
    msgs = render_all()
    found = problems()
    if found:
        raise SystemExit("refusing to write an inconsistent corpus:\n  " + "\n  ".join(found))
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "practice15"
        (stage / "mailbox").mkdir(parents=True)
        inbox = [m for m in msgs if m.role in ("customer", "auto")]
        (stage / "mailbox" / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
        mailcraft.write_maildir(stage / "mailbox" / "Sent",
                                ((m.date, m.raw, m.role == "agent") for m in msgs
                                 if m.role in ("agent", "ack")), "mx1.ledgerlark.example")
        lab = labels(msgs)
        (stage / "labels.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        (stage / "CASES.md").write_text(cases_md(lab), encoding="utf-8")
        parsed_in, parsed_sent = mailcraft.read_back(stage / "mailbox" / "inbox.mbox",
                                                     stage / "mailbox" / "Sent")
        bad = mailcraft.parse_problems(parsed_in + parsed_sent)
        by_id = {p["Message-ID"]: p for p in parsed_in + parsed_sent}
        for m in (m for m in msgs if m.kind != "html"):  # HTML-only mail has no plain part
            issue = mailcraft.round_trip_problem(m, by_id[m.message_id], m.role in ("customer", "auto"))
            if issue:
                bad.append(issue)
        if bad:
            raise SystemExit("refusing to write: mail does not read back:\n  " + "\n  ".join(bad))
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            shutil.move(str(stage / name), str(out / name))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Regenerate the practice15 labelled corpus.")
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice15")
    args = ap.parse_args(argv)
    write(args.out)
    n = sum(len(c.msgs) for c in CASES)
    clean = sum(1 for c in CASES if not c.rules)
    answered = sum(c.answered for c in CASES)
    print(f"wrote {args.out}: {len(CASES)} cases, {n} messages, {clean} clean, "
          f"{answered} answered questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
