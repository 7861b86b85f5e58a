#!/usr/bin/env python3
"""Regenerate ``tests/practice/``: the labelled practice corpus of Tallyboard (project-management SaaS).

A support mailbox of a fictional SaaS company, written without looking at the detection
heuristics or at the other corpora's cases, rich in customer questions (answered and not).
It is a PRACTICE set: the rule author may study it and tune against it, so its figure is not
an unseen estimate. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``tallyboard.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase,
promises with their deadline and the message that kept them, the questions it asks that are
answered later and those that are not). The script recomputes status and every rule count
from those facts and the dates, and refuses to write when they disagree with the
hand-written case labels, or when a question (answered or not) is not verbatim in the
customer's own text or has no support reply after it.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "tallyboard.example"
SUPPORT = "support@tallyboard.example"
HELPDESK = "Tallyboard Support <support@tallyboard.example>"
RULES = mailcraft.RULES

AGENTS = {
    "maya": ("Maya Singh <maya@tallyboard.example>", "gmail", """-- 
Maya Singh
Customer Success | Tallyboard
Book an onboarding session: https://tallyboard.example/onboarding?src=sig"""),
    "hanna": ("Hanna Vogel <hanna@tallyboard.example>", "thunderbird_de", """-- 
Hanna Vogel
Kundenservice DACH | Tallyboard
https://tallyboard.example/de/hilfe?ref=signatur"""),
    "camille": ("Camille Dubois <camille@tallyboard.example>", "apple_fr", """-- 
Camille Dubois
Service client France | Tallyboard
https://tallyboard.example/fr/aide?utm_source=email"""),
    "javier": ("Javier Ortega <javier@tallyboard.example>", "gmail_es", """-- 
Javier Ortega
Soporte España y Latinoamérica | Tallyboard
https://tallyboard.example/es/ayuda?origen=firma"""),
    "rachel": ("Rachel Kim <rachel@tallyboard.example>", "outlook", """-- 
Rachel Kim
Billing & Accounts | Tallyboard
This message may contain confidential billing information. If you received it
by mistake, please tell us and delete it."""),
    "owen": ("Owen Price <owen@tallyboard.example>", "thunderbird", """-- 
Owen Price
Technical Support & API | Tallyboard
API status: https://status.tallyboard.example/?component=api"""),
}

ACK = """Hello,

Thanks for contacting Tallyboard Support. This is an automatic confirmation:
your request has been logged as ticket {ref}. Our team works Monday to Friday,
8:00-18:00 UK time, and we will reply within 24 hours.

Please keep the ticket number in the subject if you write again.

Tallyboard Support
https://tallyboard.example/help?ticket={ref}"""

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-MS-Exchange-Organization-AuthAs: Internal"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Tallyboard Desk 3.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="tb.", outlook_server="VI1PR0")

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
    uq: list[str] = field(default_factory=list)  # questions no later support reply addresses
    aq: list[str] = field(default_factory=list)  # questions a later support reply addresses
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""


@dataclass
class Case:
    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    subject: str
    client: str
    story: str
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The case's unanswered questions in message order (the labels' list)."""
        return [q for m in sorted(self.msgs, key=lambda m: m.date) for q in m.uq]


CASES: list[Case] = []


def at(day: int, hm: str, tz: int = 0) -> datetime:
    """``day`` November 2026 at ``hm`` in UTC+``tz`` hours."""
    hh, mm = map(int, hm.split(":"))
    return datetime(2026, 11, day, hh, mm, tzinfo=timezone(timedelta(hours=tz)))


def eod(day: int) -> datetime:
    """The end of ``day`` November 2026 (taken in UTC)."""
    return datetime(2026, 11, day, 23, 59, tzinfo=UTC)


def case(name, lang, status, rules, customer, subject, client, story) -> Case:
    """Open a new case; the following ``say`` calls add its messages."""
    c = Case(name, lang, status, rules, customer, subject, client, story)
    CASES.append(c)
    return c


def say(c: Case, key: str, role: str, when: datetime, body: str, *, who: str | None = None,
        parent: str | None = None, subject: str | None = None, client: str | None = None,
        kind: str = "plain", cte: str | None = None, thread: bool = True, thanks: bool = False,
        closes: bool = False, chase: bool = False, promises=(), uq=(), aq=(), extra=(),
        attach=()) -> None:
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
        prefix = {"outlook": "RE: ", "owa": "RE: ", "outlook_de": "AW: "}.get(client, "Re: ")
        if role == "ack":
            subject = f"[Ticket {ack_ref(c)}] {c.subject}"
        elif role == "auto":
            subject = f"Automatic reply: {c.subject}"
        else:
            subject = c.subject if parent is None or not thread else prefix + c.subject
    m = Msg(key=full, case=c.name, role=role, agent=who if role == "agent" else None,
            client=client, kind=kind, cte=cte, frm=frm, to=to, subject=subject, date=when,
            body=body, parent=f"{c.name}/{parent}" if parent else None, thread=thread,
            thanks_only=thanks, closes=closes, chase=chase,
            promises=[(d, f"{c.name}/{k}" if k else None) for d, k in promises],
            uq=list(uq), aq=list(aq), extra=list(extra), attach=list(attach))
    c.msgs.append(m)


def ack_ref(c: Case) -> str:
    """The helpdesk ticket number of a case."""
    return f"TB-{73000 + 29 * (CASES.index(c) + 1)}"


def ack(c: Case, key: str, when: datetime, parent: str) -> None:
    """The helpdesk's automatic acknowledgement of message ``parent``."""
    say(c, key, "ack", when, ACK.format(ref=ack_ref(c)), parent=parent, kind="alt",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


def pdf_of(name: str, *lines: str) -> tuple[str, str, bytes]:
    """A small one-page PDF attachment ``name`` with ``lines`` of text."""
    return ("application/pdf", name, mailcraft.pdf(list(lines)))


SCREENSHOT = ("image/png", "screenshot.png",
              mailcraft.png(8, 6, lambda x, y: (200, 40 + 20 * y, 40 + 25 * x)))

# --------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------

c = case("p01-seats-midcycle", "en", "closed", {}, "Laura Bennett <laura@northwind-studio.example>",
         "Adding seats mid-cycle", "gmail",
         "Two seat questions answered in different words (where to add, pro-rata with a price); thanks-only reply.")
say(c, "q", "customer", at(3, "09:12"), """Hi Tallyboard team,

We've grown a bit faster than planned and need 5 more seats on our Business plan. Can we add seats in the middle of our billing cycle? And will we be charged for the full month or pro-rata?

Thanks,
Laura

Laura Bennett
Operations Lead, Northwind Studio""",
    aq=["Can we add seats in the middle of our billing cycle?",
        "And will we be charged for the full month or pro-rata?"])
say(c, "a", "agent", at(3, "11:40"), """Hi Laura,

You can add them any time under Admin > Billing > Seats. You'll only pay for the days left in the current cycle - the 5 seats would come to about £61 on your next invoice, then the usual £18 per seat per month.

Best regards,
Rachel""", who="rachel", parent="q")
say(c, "t", "customer", at(3, "12:05"), "Brilliant, thank you Rachel!\n\n{quote}", parent="a", thanks=True)

c = case("p02-vat-invoice-address", "en", "closed", {"unanswered-question": 1},
         "Tom Hargreaves <t.hargreaves@brightlane.example>", "Invoice INV-2026-1043 without VAT number", "outlook",
         "Invoice reissued with the VAT number (PDF); the request in passing to update the billing address is never handled.")
say(c, "q", "customer", at(4, "10:03"), """Hello,

Could you please reissue invoice INV-2026-1043 with our VAT number GB 284 1937 55 on it? Our accountant can't reclaim the VAT without it.

Also, please update our billing address to 14 Harbour Street, Bristol BS1 4QA - we moved in October.

Kind regards
Tom Hargreaves
Finance Manager | Brightlane Logistics Ltd""",
    aq=["Could you please reissue invoice INV-2026-1043 with our VAT number GB 284 1937 55 on it?"],
    uq=["Also, please update our billing address to 14 Harbour Street, Bristol BS1 4QA - we moved in October."])
say(c, "a", "agent", at(4, "15:20"), """Hi Tom,

Attached is the corrected invoice INV-2026-1043 with your VAT number. The original has been voided, so please pass this version to your accountant.

Kind regards,
Rachel""", who="rachel", parent="q",
    attach=[pdf_of("INV-2026-1043.pdf", "Tallyboard Ltd - Invoice INV-2026-1043 (corrected)",
                   "Brightlane Logistics Ltd - VAT GB 284 1937 55", "Business plan, 20 seats, October 2026")])

c = case("p03-okta-saml-setup", "en", "closed", {}, "Priya Raman <priya.raman@quillworks.example>",
         "SSO with Okta - three questions", "apple",
         "Three numbered SSO questions answered in one paragraph, out of order and in other words; thanks-only reply.")
say(c, "q", "customer", at(5, "08:45"), """Hi,

We're setting up SSO with Okta this week. Three questions:
1. Which ACS URL do we enter in Okta?
2. Do you support SCIM provisioning, or do we have to create users by hand?
3. Is SAML SSO included in the Business plan or only in Enterprise?

Thanks!
Priya""",
    aq=["Which ACS URL do we enter in Okta?",
        "Do you support SCIM provisioning, or do we have to create users by hand?",
        "Is SAML SSO included in the Business plan or only in Enterprise?"])
say(c, "a", "agent", at(5, "13:10"), """Hi Priya,

Good news first: SSO comes with Business, no Enterprise upgrade needed. Nobody has to be created by hand either - we speak SCIM 2.0, and the token is under Admin > Security > Provisioning. In Okta, the single sign-on URL is https://auth.tallyboard.example/saml/acs/quillworks and the audience URI is https://auth.tallyboard.example/saml/metadata.

Cheers,
Owen""", who="owen", parent="q")
say(c, "t", "customer", at(5, "14:02"), "That's all we needed - SSO is live. Thanks a lot!\n\n{quote}",
    parent="a", thanks=True)

c = case("p04-api-rate-limit", "en", "pending", {"unanswered-question": 2},
         "Daniel Okoro <daniel@ferncastle.example>", "API rate limits for an ERP sync", "gmail",
         "Rate limit and its scope answered precisely; the temporary increase and the sandbox questions skipped.")
say(c, "q", "customer", at(16, "14:20"), """Hey,

We're building a sync between Tallyboard and our ERP. What is the rate limit for the REST API on the Business plan? Is it counted per token or per workspace?

Next week we'll migrate about 40k tasks from our old tool. Can we get a temporary increase for the migration? Also, is there a sandbox environment we can test against first?

Daniel""",
    aq=["What is the rate limit for the REST API on the Business plan?",
        "Is it counted per token or per workspace?"],
    uq=["Can we get a temporary increase for the migration?",
        "Also, is there a sandbox environment we can test against first?"])
say(c, "a", "agent", at(16, "17:05"), """Hi Daniel,

Business workspaces get 600 requests per minute, counted per API token - two tokens give you two independent budgets. Every response carries X-RateLimit-Remaining and X-RateLimit-Reset headers; over the limit you get a 429 with Retry-After.

Docs: https://developers.tallyboard.example/rate-limits?v=2

Cheers,
Owen""", who="owen", parent="q")

c = case("p05-datenexport-avv", "de", "closed", {"unanswered-question": 1},
         "Markus Lehmann <m.lehmann@kanzlei-lehmann.example>", "Export aller Projekte", "outlook_de",
         "German export questions answered; the request for a signed data-processing agreement (AVV) is ignored.")
say(c, "q", "customer", at(9, "09:15", 1), """Guten Tag,

wir möchten zum Jahresende unsere abgeschlossenen Projekte archivieren. Wie kann ich alle Projekte als CSV exportieren? Werden dabei auch die Dateianhänge mit exportiert?

Außerdem bräuchten wir für unseren Datenschutzbeauftragten noch einen unterschriebenen AV-Vertrag (Auftragsverarbeitungsvertrag).

Mit freundlichen Grüßen
Markus Lehmann
Kanzlei Lehmann & Partner""",
    aq=["Wie kann ich alle Projekte als CSV exportieren?",
        "Werden dabei auch die Dateianhänge mit exportiert?"],
    uq=["Außerdem bräuchten wir für unseren Datenschutzbeauftragten noch einen unterschriebenen AV-Vertrag (Auftragsverarbeitungsvertrag)."])
say(c, "a", "agent", at(9, "11:30"), """Guten Tag Herr Lehmann,

unter Einstellungen > Daten > Export wählen Sie „Alle Projekte“ und das Format CSV. Sie bekommen dann eine ZIP-Datei per E-Mail; die Anhänge liegen darin im Ordner /attachments, nach Projekt sortiert.

Viele Grüße
Hanna Vogel""", who="hanna", parent="q")
say(c, "t", "customer", at(9, "13:10", 1), "Vielen Dank, hat funktioniert.\n\n{quote}", parent="a", thanks=True)

c = case("p06-passage-plan-team", "fr", "closed", {"unanswered-question": 2},
         "Claire Martin <claire.martin@atelier-lumen.example>", "Changement de plan", "apple_fr",
         "French downgrade: the first of three questions answered, archived data and prorata skipped; thanks-only reply.")
say(c, "q", "customer", at(10, "10:02", 1), """Bonjour,

Notre équipe a réduit ses effectifs. Est-ce que nous pouvons passer du plan Business au plan Team à la fin du mois ?
Les données des projets archivés seront-elles conservées après le changement ?
Je voudrais aussi savoir si la dernière facture sera calculée au prorata.

Merci d'avance,
Claire Martin
Atelier Lumen""",
    aq=["Est-ce que nous pouvons passer du plan Business au plan Team à la fin du mois ?"],
    uq=["Les données des projets archivés seront-elles conservées après le changement ?",
        "Je voudrais aussi savoir si la dernière facture sera calculée au prorata."])
say(c, "a", "agent", at(10, "14:30"), """Bonjour Claire,

Oui, c'est tout à fait possible : j'ai programmé le passage au plan Team pour le 30 novembre, date de votre renouvellement. Vous n'avez rien d'autre à faire.

Bien cordialement,
Camille""", who="camille", parent="q")
say(c, "t", "customer", at(10, "16:00", 1), "Parfait, merci beaucoup !\n\n{quote}", parent="a", thanks=True)

c = case("p07-factura-pesos", "es", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Alejandro Torres <alejandro.torres@grupo-cenit.example>", "Factura en pesos mexicanos", "gmail_es",
         "Mexican customer: both invoice questions deferred with 'le escribo el jueves', never kept; a chase stays unanswered.")
say(c, "q", "customer", at(9, "10:20", -6), """Hola,

Somos un cliente en México con el plan Business anual. ¿Pueden emitir la factura en pesos mexicanos en lugar de dólares? Para la contabilidad necesitamos además un CFDI con nuestro RFC.

Saludos,
Alejandro Torres
Grupo Cenit""",
    aq=["¿Pueden emitir la factura en pesos mexicanos en lugar de dólares?",
        "Para la contabilidad necesitamos además un CFDI con nuestro RFC."])
ack(c, "ack", at(9, "16:21"), "q")
say(c, "a", "agent", at(9, "18:40"), """Hola Alejandro:

Gracias por escribirnos. Sobre la factura en pesos y el CFDI, déjeme consultarlo con el equipo de facturación y le escribo el jueves con una respuesta.

Un saludo,
Javier""", who="javier", parent="q", promises=[(eod(12), None)])
say(c, "c", "customer", at(16, "09:05", -6), """Hola Javier, ¿hay alguna novedad sobre la factura en pesos? Sigo esperando, y el cierre contable es el día 25.

{quote}""", parent="a", chase=True)

c = case("p08-outage-boards", "en", "closed", {}, "Sam Whitfield <sam.whitfield@harbourmedia.example>",
         "Boards not loading", "outlook",
         "'Is Tallyboard down?' answered with the incident window and a status link; signature with a '?' URL; thanks-only.")
say(c, "q", "customer", at(11, "09:25"), """Hi,

Is Tallyboard down? None of our boards have loaded since about 9:10 and the app just shows a spinner. And is there a way to get notified next time this happens?

Sam

--
Sam Whitfield | Studio Manager, Harbour Media
Questions about a project? https://harbourmedia.example/contact?from=email""",
    aq=["Is Tallyboard down?", "And is there a way to get notified next time this happens?"])
say(c, "a", "agent", at(11, "09:58"), """Hi Sam,

Yes - we had an incident in our EU-West region from 09:02 to 09:47 UTC; boards load normally again now. Details: https://status.tallyboard.example/incidents/2211?lang=en

If you click Subscribe on that page, you'll get an email for every future incident.

Sorry for the disruption,
Maya""", who="maya", parent="q")
say(c, "t", "customer", at(11, "10:06"), "Confirmed, all back here. Thanks Maya.\n\n{quote}", parent="a", thanks=True)

c = case("p09-refund-template", "en", "closed", {"unanswered-question": 2},
         "Nina Kowalski <nina@pixelpress.example>", "Refund after cancelling annual plan", "gmail",
         "Refund within 14 days and 'no further charge' asked; a templated policy reply answers neither.")
say(c, "q", "customer", at(6, "16:40"), """Hello,

We signed up for the annual Team plan on 28 October, but it turned out not to fit our workflow, so I cancelled the subscription yesterday. Can we get a full refund since we cancelled within 14 days? Please also confirm that our card won't be charged again.

Thank you,
Nina Kowalski
PixelPress""",
    uq=["Can we get a full refund since we cancelled within 14 days?",
        "Please also confirm that our card won't be charged again."])
say(c, "a", "agent", at(7, "10:15"), """Hello Nina,

Thank you for contacting Tallyboard Billing.

Refunds are handled according to our refund policy: https://tallyboard.example/legal/refunds?section=annual. Approved refunds are returned to the original payment method within 5-10 business days.

If you have any further questions, please don't hesitate to reach out.

Kind regards,
Rachel""", who="rachel", parent="q")

c = case("p10-integrations-inline", "en", "closed", {}, "Greg Lindqvist <greg@solvik-engineering.example>",
         "Slack, Jira and GitHub integrations", "thunderbird",
         "Three integration questions answered inline under each quoted question (one with a bare 'No').")
say(c, "q", "customer", at(4, "13:00", 1), """Hi support,

Before we roll Tallyboard out to the whole company:

Does the Slack integration post to private channels?
Can a Jira issue be linked to more than one Tallyboard task?
Do GitHub pull requests close tasks automatically when merged?

Regards,
Greg""",
    aq=["Does the Slack integration post to private channels?",
        "Can a Jira issue be linked to more than one Tallyboard task?",
        "Do GitHub pull requests close tasks automatically when merged?"])
say(c, "a", "agent", at(4, "14:10"), """Hi Greg, answers inline:

> Does the Slack integration post to private channels?

Only after you /invite @Tallyboard into the channel.

> Can a Jira issue be linked to more than one Tallyboard task?

No, it's one-to-one for now.

> Do GitHub pull requests close tasks automatically when merged?

They do if the PR description contains "Closes TB-123".

Owen""", who="owen", parent="q")

c = case("p11-guest-visibility", "en", "pending", {"unanswered-question": 1},
         "Hannah Reed <hannah.reed@claybourne-architects.example>", "Inviting clients as guests", "gmail",
         "Guest count and pricing answered; the question actually asked about what guests can see is not.")
say(c, "q", "customer", at(16, "10:30"), """Hi there,

We want to invite a few clients into Tallyboard so they can follow their projects. How many guests can we invite on the Business plan? And can guests see only the boards we share with them, not the rest of the workspace?

Best,
Hannah""",
    aq=["How many guests can we invite on the Business plan?"],
    uq=["And can guests see only the boards we share with them, not the rest of the workspace?"])
say(c, "a", "agent", at(16, "15:45"), """Hi Hannah,

Business includes 10 free guest seats; from the 11th guest on, each one is billed like a regular member seat.

Best,
Maya""", who="maya", parent="q")

c = case("p12-onboarding-slides", "en", "closed", {"unanswered-question": 1},
         "Oliver Grant <oliver@tidewater-health.example>", "Onboarding call for our team", "gmail",
         "Onboarding call booked; the follow-up request for the slides gets a friendly reply that ignores it.")
say(c, "q", "customer", at(3, "11:00"), """Hello,

We've just moved 35 people onto Tallyboard. Could we schedule an onboarding call for the team next week? Tuesday or Wednesday afternoon would suit us best.

Thanks,
Oliver""", aq=["Could we schedule an onboarding call for the team next week?"])
say(c, "a", "agent", at(3, "14:20"), """Hi Oliver,

Happy to! I've booked Tuesday 10 November, 14:00-15:00 GMT - the invite with the video link is in your inbox.

Best,
Maya""", who="maya", parent="q")
say(c, "f", "customer", at(3, "15:02"), """Perfect, thank you! One more thing: could you send the slides afterwards, so we can share them with the people who can't attend?

Oliver

{quote}""", parent="a",
    uq=["could you send the slides afterwards, so we can share them with the people who can't attend?"])
say(c, "b", "agent", at(3, "15:30"), """Great - see you on Tuesday, Oliver!

Maya""", who="maya", parent="f")

c = case("p13-gantt-yes", "en", "closed", {}, "Chloe Adams <chloe@bramblefield.example>",
         "Gantt view on Team plan?", "iphone", "One-line question from an iPhone answered with a bare 'Yes.'")
say(c, "q", "customer", at(5, "19:02"), """Quick one - does the Team plan include the Gantt view?

Sent from my iPhone""", aq=["does the Team plan include the Gantt view?"])
say(c, "a", "agent", at(6, "08:40"), "Yes.", who="maya", parent="q")

c = case("p14-remove-user-done", "en", "closed", {}, "Ravi Mehta <ravi.mehta@quantaform.example>",
         "Remove leaver from workspace", "outlook", "A request without a question mark answered with 'Done - ...'.")
say(c, "q", "customer", at(10, "08:50"), """Hi,

Please remove jonas.berg@quantaform.example from our workspace, he left the company on Friday. His open tasks can go to me.

Thanks
Ravi""", aq=["Please remove jonas.berg@quantaform.example from our workspace, he left the company on Friday."])
say(c, "a", "agent", at(10, "09:30"), """Done - his seat is free again and his 14 open tasks are now assigned to you.

Maya""", who="maya", parent="q")

c = case("p15-soc2-colleague", "en", "closed", {}, "Emma Lawson <emma.lawson@verity-bank.example>",
         "SOC 2 report and data residency", "gmail",
         "Promise 'come back to you tomorrow' kept next day by a colleague with the PDF; disclaimer with a '?'; customer out-of-office.")
say(c, "q", "customer", at(10, "10:00"), """Hello,

Our vendor-risk team is reviewing Tallyboard. Could you send us your SOC 2 Type II report? And do you host customer data in the EU?

Regards,
Emma Lawson
Vendor Risk, Verity Bank

This email and any attachments are confidential. Received it by mistake? Please delete it and tell us: https://verity-bank.example/legal?doc=email-disclaimer""",
    aq=["Could you send us your SOC 2 Type II report?", "And do you host customer data in the EU?"])
say(c, "a", "agent", at(10, "11:15"), """Hi Emma,

Yes - EU workspaces are hosted in Frankfurt (AWS eu-central-1) and the data never leaves the EU. For the SOC 2 report I need to ask our security team, and I'll come back to you tomorrow.

Best,
Maya""", who="maya", parent="q", promises=[(eod(11), "b")])
say(c, "b", "agent", at(11, "10:20"), """Hi Emma,

Maya asked me to send you our SOC 2 Type II report (October 2025 - September 2026); it's attached. Your order form already covers the confidentiality terms.

Kind regards,
Owen""", who="owen", parent="a",
    attach=[pdf_of("tallyboard-soc2-type2-2026.pdf", "Tallyboard Ltd - SOC 2 Type II report",
                   "Period: 1 October 2025 - 30 September 2026", "CONFIDENTIAL")])
say(c, "o", "auto", at(11, "10:21"), """I am out of the office until 16 November with limited access to email. For urgent matters please contact risk@verity-bank.example.

Emma Lawson""", parent="b", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

c = case("p16-trello-import-late", "en", "closed", {"missed-follow-up": 1},
         "Felix Carter <felix.carter@oakline.example>", "Trello import stops at 60%", "thunderbird",
         "'Get back to you by Wednesday' delivered on Thursday (missed, kept late); thanks-only.")
say(c, "q", "customer", at(2, "10:30"), """Hi,

Our Trello import stops at 60 % every time, with no error message. Why does the Trello import stop halfway? The board has about 3,000 cards and 400 attachments.

Felix""", aq=["Why does the Trello import stop halfway?"])
say(c, "a", "agent", at(2, "14:00"), """Hi Felix,

Thanks for the details. I'll look into the import logs for your workspace and get back to you by Wednesday.

Owen""", who="owen", parent="q", promises=[(eod(4), "b")])
say(c, "b", "agent", at(5, "11:20"), """Hi Felix,

Sorry this took a day longer than promised. The import stopped on an attachment over 250 MB, which our importer didn't skip. We've deployed a fix: please run the import again - it now skips oversized files and lists them at the end.

Owen""", who="owen", parent="a")
say(c, "t", "customer", at(5, "13:00"), "Ran it again and it went through. Thanks!\n\n{quote}", parent="b", thanks=True)

c = case("p17-webhook-signature", "en", "open",
         {"missed-follow-up": 2, "customer-chased": 2, "awaiting-reply": 1},
         "Lena Fischer <lena@brightpath-apps.example>", "Webhook signature never matches", "gmail",
         "'Early next week' (said Thursday) never kept; chase; a colleague promises 'by Monday', not kept either; second chase unanswered.")
say(c, "q", "customer", at(5, "09:00"), """Hi,

Our webhook endpoint rejects every event from Tallyboard because the X-Tallyboard-Signature header never matches our HMAC. We use teh secret from the webhook settings and SHA-256 over the raw body. What are we doing wrong?

Lena
Brightpath Apps""", aq=["What are we doing wrong?"])
say(c, "a", "agent", at(5, "12:30"), """Hi Lena,

Your setup sounds right, so this may be on our side. I'll check with the platform team and get back to you early next week.

Owen""", who="owen", parent="q", promises=[(eod(10), None)])
say(c, "c1", "customer", at(12, "08:40"), """Hi Owen,

Any update on this? Our integration has been paused for a week now.

Lena

{quote}""", parent="a", chase=True, aq=["Any update on this?"])
say(c, "b", "agent", at(12, "10:15"), """Hi Lena,

Sorry for the wait - Owen is out today. I've escalated your case to the platform team, and Owen will be in touch by Monday with their findings.

Best,
Maya""", who="maya", parent="c1", promises=[(eod(16), None)])
say(c, "c2", "customer", at(17, "16:30"), """Hello? I'm still waiting for the findings you promised for Monday. We're now considering polling the API instead.

{quote}""", parent="b", chase=True)

c = case("p18-charity-quote-ahead", "en", "pending", {}, "Grace Liu <grace.liu@hopewell-foundation.example>",
         "Quote for 120 seats - charity", "outlook",
         "Discount answered with 'Yes, 30 %'; the quote is promised 'by Monday 23 November' - a deadline still ahead.")
say(c, "q", "customer", at(18, "15:00"), """Dear Tallyboard team,

We're a charity with 120 staff and volunteers. Can you send us a quote for 120 seats on the annual Business plan? Is there a discount for registered non-profits?

Kind regards,
Grace Liu
Operations Director, Hopewell Foundation""",
    aq=["Can you send us a quote for 120 seats on the annual Business plan?",
        "Is there a discount for registered non-profits?"])
say(c, "a", "agent", at(19, "10:00"), """Dear Grace,

Yes, registered charities get 30 % off any annual plan. I'm preparing the quote for 120 Business seats with the discount applied and will send it by Monday 23 November.

Kind regards,
Rachel""", who="rachel", parent="q", promises=[(eod(23), None)])

c = case("p19-saml-no-deadline", "en", "closed", {"missed-follow-up": 1},
         "Victor Hale <victor.hale@meridian-labs.example>", "Azure AD: InResponseTo mismatch", "outlook",
         "'I'll get back to you' without a deadline (2-day window), delivered after three days: missed.")
say(c, "q", "customer", at(9, "08:30"), """Hi,

Since Friday some of our users get 'InResponseTo mismatch' when signing in through Azure AD. What should we check on our side?

Victor Hale
IT, Meridian Labs""", aq=["What should we check on our side?"])
say(c, "a", "agent", at(9, "10:00"), """Hi Victor,

That error usually points to a stale login request. Let me try to reproduce it with an Azure AD tenant here and I'll get back to you.

Owen""", who="owen", parent="q", promises=[(at(9, "10:00") + FOLLOW_UP_WINDOW, "b")])
say(c, "b", "agent", at(12, "15:40"), """Hi Victor,

Reproduced: users who start from a bookmarked Azure AD link reuse an expired request. Please make sure the Tallyboard app in Azure uses the SP-initiated sign-on URL https://auth.tallyboard.example/saml/login/meridian, and ask users to update their bookmarks.

Owen""", who="owen", parent="a")
say(c, "t", "customer", at(12, "16:10"), "That was it, thanks.\n\n{quote}", parent="b", thanks=True)

c = case("p20-payment-retry", "en", "pending", {}, "Paul Dempsey <paul@dempsey-joinery.example>",
         "Card payment failed", "gmail",
         "Logistics ('retried automatically on 18 November') and a conditional offer, neither a promise; thanks-only.")
say(c, "q", "customer", at(16, "09:10"), """Hi,

I got an email saying our card payment failed. Will you retry it, or do I need to do something? The card is valid, it was probably the bank's fraud check.

Paul""", aq=["Will you retry it, or do I need to do something?"])
say(c, "a", "agent", at(16, "11:00"), """Hi Paul,

Nothing to do on your side: the payment is retried automatically on 18 November, and your workspace stays fully active in the meantime. If you'd rather pay this invoice by bank transfer, just reply and I'll send you our bank details.

Kind regards,
Rachel""", who="rachel", parent="q")
say(c, "t", "customer", at(16, "11:20"), "Great, I'll let the retry run. Thanks Rachel.\n\n{quote}", parent="a", thanks=True)

c = case("p21-recurring-slow", "en", "closed", {"slow-first-response": 1},
         "Amelia Brooks <amelia.brooks@castlegate-homes.example>", "Recurring tasks for site inspections", "outlook",
         "Helpdesk acknowledgement ('we will reply within 24 hours') then a human reply after 29 hours: slow; both questions answered (one 'isn't possible yet').")
say(c, "q", "customer", at(2, "09:00"), """Hello,

We need recurring tasks for our monthly site inspections. Can a task repeat on the first Monday of every month? And can the repeating task be assigned to a different person each time?

Thanks,
Amelia Brooks
Castlegate Homes""",
    aq=["Can a task repeat on the first Monday of every month?",
        "And can the repeating task be assigned to a different person each time?"])
ack(c, "ack", at(2, "09:01"), "q")
say(c, "a", "agent", at(3, "14:30"), """Hi Amelia,

Sorry for the slow reply. Yes: open the task and choose Repeat > Monthly > First Monday. Rotating assignees isn't possible yet - each repeat goes to the same person, though you can change it on the new task.

Best,
Maya""", who="maya", parent="q")

c = case("p22-calendar-reopened", "en", "closed", {"reopened": 1},
         "Jake Morrison <jake@lumenfield.example>", "Google Calendar sync", "gmail",
         "Fixed and explicitly marked resolved; the problem comes back a week later (reopened) and is answered.")
say(c, "q", "customer", at(4, "10:00"), """Hi, our Google Calendar sync stopped showing task due dates. Can you check what's wrong?

Jake""", aq=["Can you check what's wrong?"])
say(c, "a", "agent", at(4, "13:00"), """Hi Jake,

Google revoked the token after your admin changed the workspace's OAuth policy. I've reset it on our side - please reconnect under Settings > Integrations > Google Calendar. I'll mark this ticket as resolved.

Owen""", who="owen", parent="q", closes=True)
say(c, "r", "customer", at(12, "09:30"), """Hi Owen,

Reconnected and it worked for a week, but since yesterday the due dates are gone again. Can you take another look?

Jake

{quote}""", parent="a", aq=["Can you take another look?"])
say(c, "b", "agent", at(12, "12:00"), """Hi Jake,

This time the token was fine - a Google Workspace policy removes external calendars every 7 days. Ask your admin to allow-list tallyboard.example in the Calendar sharing settings; after that the due dates stay.

Owen""", who="owen", parent="r")

c = case("p23-owner-closed-thanks", "en", "closed", {}, "Isabel Moore <isabel@greenhollow.example>",
         "Change workspace owner", "apple",
         "Answered and explicitly closed; the customer's thanks afterwards does not reopen it.")
say(c, "q", "customer", at(6, "14:00"), """Hi,

How do I change the workspace owner? Our founder is leaving and I'm taking over. Will anyone lose access during the transfer?

Isabel""", aq=["How do I change the workspace owner?", "Will anyone lose access during the transfer?"])
say(c, "a", "agent", at(6, "15:30"), """Hi Isabel,

The current owner has to do it: Admin > Workspace > Transfer ownership, then pick you. Nobody loses access while this happens. If they've already left, reply from your admin account and we'll verify you another way. I'll mark this ticket as resolved for now.

Best,
Maya""", who="maya", parent="q", closes=True)
say(c, "t", "customer", at(6, "16:00"), "Done, thanks so much!\n\n{quote}", parent="a", thanks=True)

c = case("p24-seat-credit-handoffs", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
         "Mark Jennings <mark.jennings@stonebridge-consult.example>", "Charged for 40 seats", "outlook",
         "Three agents (billing, a colleague keeping the billing promise on time, technical); the usage-export question is skipped.")
say(c, "q", "customer", at(9, "09:00"), """Hello,

We were charged for 40 seats in November but we only have 32 active users. Can you correct the invoice?

Mark Jennings
Stonebridge Consulting""", aq=["Can you correct the invoice?"])
say(c, "a", "agent", at(9, "11:00"), """Hi Mark,

You're right - 8 seats were still assigned to deactivated users. I've removed them and a credit note for £144 will follow; I'll confirm it tomorrow once finance has issued it.

Kind regards,
Rachel""", who="rachel", parent="q", promises=[(eod(10), "b")])
say(c, "b", "agent", at(10, "10:30"), """Hi Mark,

Covering for Rachel today: the credit note CN-2026-0312 for £144 is attached and will be offset against your December invoice.

Best,
Maya""", who="maya", parent="a",
    attach=[pdf_of("CN-2026-0312.pdf", "Tallyboard Ltd - Credit note CN-2026-0312",
                   "Stonebridge Consulting - 8 seats, November 2026", "Amount: GBP 144.00")])
say(c, "f", "customer", at(10, "12:00"), """Thanks. While we're at it: why do deactivated users keep their seat at all? And can we export a list of who used Tallyboard in the last 30 days?

Mark

{quote}""", parent="b",
    aq=["why do deactivated users keep their seat at all?"],
    uq=["And can we export a list of who used Tallyboard in the last 30 days?"])
say(c, "c", "agent", at(10, "16:00"), """Hi Mark,

Deactivating a user keeps the seat so you can reactivate them without losing their assignments; to free the seat, remove the user instead (Admin > Members > Remove). I've switched on a reminder in your admin dashboard for users deactivated for more than 14 days.

Owen""", who="owen", parent="f")

c = case("p25-addon-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "Sophie Turner <sophie@wildfern-events.example>", "Cancel Advanced Reporting add-on", "gmail",
         "No reply for two days, so the customer resends the same request as a new mail (a chase); answered after 49 hours.")
say(c, "q", "customer", at(9, "08:30"), """Hi,

Please cancel our Advanced Reporting add-on from the next billing cycle - we don't use it anymore.

Thanks,
Sophie Turner
Wildfern Events""", aq=["Please cancel our Advanced Reporting add-on from the next billing cycle"])
say(c, "r", "customer", at(11, "08:45"), """Hi,

Please cancel our Advanced Reporting add-on from the next billing cycle - we don't use it anymore. (Sending this again as I haven't had a reply to my email from Monday.)

Thanks,
Sophie Turner
Wildfern Events""", chase=True)
say(c, "a", "agent", at(11, "10:00"), """Hi Sophie,

Apologies for missing your first email. The add-on is cancelled: it stays active until 30 November and won't be billed from December.

Kind regards,
Rachel""", who="rachel", parent="r")

c = case("p26-timezone-awaiting", "en", "open", {"awaiting-reply": 1},
         "Ben Carter <ben.carter@northgate-it.example>", "Due dates one day early in Singapore", "thunderbird",
         "Two questions, only the helpdesk acknowledgement for two days: awaiting-reply only (never unanswered-question).")
say(c, "q", "customer", at(18, "11:00"), """Hello,

Our team in Singapore see due dates one day erly. Is the due date stored in the creator's time zone or in UTC? And can we set a default time zone for the whole workspace?

Ben Carter
Northgate IT""")
ack(c, "ack", at(18, "11:01"), "q")

c = case("p27-label-colours-fresh", "en", "open", {}, "Mia Hughes <mia@copperleaf-design.example>",
         "Label colours", "gmail", "A fresh question this morning, still inside the response target: clean.")
say(c, "q", "customer", at(20, "09:40"), """Hi! Can I change the colour of the board labels, or are they fixed?

Thanks, Mia""")

c = case("p28-enterprise-upgrade", "en", "pending", {"unanswered-question": 2, "missed-follow-up": 1},
         "Robert Chen <robert.chen@altair-manufacturing.example>", "Moving to Enterprise in January", "owa",
         "HTML-only list of five questions and a W-9 request: three answered, invoice preview promised 'by Wednesday' and never sent, audit logs and W-9 skipped.")
say(c, "q", "customer", at(16, "08:00"), """Hello Tallyboard,

We are considering moving from Business to Enterprise in January. A few questions before I go to our CFO:

- What is the price difference per seat per month for 250 seats?
- Would the upgrade be pro-rated against our current annual term, which ends in June?
- Does Enterprise include a dedicated customer success manager?
- We'd need audit logs kept for 2 years - is that possible?
- Can you send us an invoice preview for the upgrade?

Our procurement team also needs your W-9 form, please.

Best regards,
Robert Chen
Head of PMO, Altair Manufacturing""", kind="html",
    aq=["What is the price difference per seat per month for 250 seats?",
        "Would the upgrade be pro-rated against our current annual term, which ends in June?",
        "Does Enterprise include a dedicated customer success manager?",
        "Can you send us an invoice preview for the upgrade?"],
    uq=["We'd need audit logs kept for 2 years - is that possible?",
        "Our procurement team also needs your W-9 form, please."])
say(c, "a", "agent", at(16, "14:00"), """Hi Robert,

Happy to help. Enterprise is £31 per seat per month against your current £22, so £9 more per seat. The upgrade is pro-rated: you'd pay the difference for the months left until June and then renew both together. And yes, every Enterprise workspace gets a named customer success manager.

I'll send you the invoice preview by Wednesday.

Kind regards,
Rachel""", who="rachel", parent="q", promises=[(eod(18), None)])

c = case("p29-token-pleasantries", "en", "closed", {"unanswered-question": 1},
         "Tasha Green <tasha@redkite-marketing.example>", "API token question", "gmail",
         "A pleasantry, a rhetorical aside and a self-answered question around a real one (answered); the billing-contact request is skipped.")
say(c, "q", "customer", at(9, "09:30"), """Hi Owen,

Hope you had a good weekend? Ours was spent reading your API changelog - who reads release notes for fun, right?

Where do I find my API token? Never mind, found it under Settings > Developer. Could you tell me whether tokens expire, or do they stay valid until revoked?

Please also add my colleague anna.price@redkite-marketing.example as a billing contact, she'll be handling the invoices from now on.

Thanks!
Tasha""",
    aq=["Could you tell me whether tokens expire, or do they stay valid until revoked?"],
    uq=["Please also add my colleague anna.price@redkite-marketing.example as a billing contact, she'll be handling the invoices from now on."])
say(c, "a", "agent", at(9, "11:00"), """Hi Tasha,

Weekend was good, thanks! Personal tokens don't expire; they stay valid until you revoke them or the user is removed. For production integrations we recommend OAuth apps, whose tokens last 90 days and refresh automatically.

Owen""", who="owen", parent="q")

c = case("p30-drag-drop-quoted-back", "en", "closed", {}, "Helen Ward <helen.ward@brookside-school.example>",
         "Cards jump back when dragged", "thunderbird",
         "Support asks two diagnostic questions; the customer answers inline under them (support's questions quoted back); fixed; thanks-only.")
say(c, "q", "customer", at(12, "14:00"), """Hi,

When I drag a card between columns it jumps back to where it was. This started today. Is there a known problem?

Helen Ward
Brookside School""", aq=["Is there a known problem?"])
say(c, "a", "agent", at(12, "15:00"), """Hi Helen,

Nothing known on our side. Which browser and version are you using? And does it also happen in a private window?

Owen""", who="owen", parent="q")
say(c, "r", "customer", at(12, "15:30"), """Hi Owen,

> Which browser and version are you using?

Firefox 133 on Windows 11.

> And does it also happen in a private window?

No, it works there.

Helen""", parent="a")
say(c, "b", "agent", at(12, "16:10"), """Thanks Helen - that points to a browser extension. The "Dark Reader" extension breaks drag and drop in Firefox 133; disable it for tallyboard.example and it will work again.

Owen""", who="owen", parent="r")
say(c, "t", "customer", at(12, "16:25"), "Yes, that was it. Thank you!\n\n{quote}", parent="b", thanks=True)

c = case("p31-double-charge-forward", "en", "closed", {}, "Karen Doyle <karen.doyle@pinecrest-dental.example>",
         "Charged twice?", "outlook",
         "A forwarded receipt full of boilerplate questions under the customer's own question, which is answered ('3-5 working days' is information).")
say(c, "q", "customer", at(11, "09:00"), """Hi,

Why were we charged twice this month? See the receipt below - the same amount went out on 1 and 2 November.

Karen

________________________________
From: Tallyboard Billing <billing@tallyboard.example>
Sent: Monday, November 2, 2026 6:00 AM
To: Karen Doyle <karen.doyle@pinecrest-dental.example>
Subject: Your Tallyboard receipt R-88412

Thanks for your payment of £90.00 for Tallyboard Team (5 seats).

Questions about your bill? Visit https://tallyboard.example/billing?ref=receipt or reply to this email.
Want to save 20 %? Switch to annual billing in Admin > Billing.""", aq=["Why were we charged twice this month?"])
say(c, "a", "agent", at(11, "11:30"), """Hi Karen,

You were only charged once: the payment on 1 November failed at your bank's fraud check and was retried on 2 November, so the first one is a pending authorisation that your bank releases within 3-5 working days. Our payment log shows only R-88412 as captured.

Kind regards,
Rachel""", who="rachel", parent="q")
say(c, "t", "customer", at(11, "12:00"), "Ah, that explains it. Thanks Rachel.\n\n{quote}", parent="a", thanks=True)

c = case("p32-openapi-chase", "en", "pending", {"customer-chased": 1},
         "Arjun Patel <arjun@streamline-ops.example>", "Pagination and OpenAPI spec", "gmail",
         "Pagination answered, spec request skipped; the customer follows up on the spec and gets it (YAML attached): a chase, nothing unanswered in the end.")
say(c, "q", "customer", at(12, "10:00"), """Hi,

Is cursor pagination available on /v2/tasks? And could you also share the OpenAPI spec file so we can generate a client?

Arjun""", aq=["Is cursor pagination available on /v2/tasks?",
              "And could you also share the OpenAPI spec file so we can generate a client?"])
say(c, "a", "agent", at(12, "13:00"), """Hi Arjun,

Yes - pass the next_cursor value of each response as ?cursor= in the next call; the page size goes up to 200 with ?limit=.

Owen""", who="owen", parent="q")
say(c, "c", "customer", at(16, "09:00"), """Hi Owen, thanks. Just following up on the OpenAPI spec - could you send it over?

{quote}""", parent="a", chase=True, aq=["could you send it over?"])
say(c, "b", "agent", at(16, "10:30"), """Sorry Arjun, I missed that part. Here it is, attached.

Owen""", who="owen", parent="c",
    attach=[("application/yaml", "tallyboard-openapi-v2.yaml",
             b"openapi: 3.1.0\ninfo:\n  title: Tallyboard API\n  version: '2.14'\npaths:\n  /v2/tasks:\n    get:\n      summary: List tasks\n")])

c = case("p33-locked-second-mail", "en", "closed", {}, "Lucy Evans <lucy@morrow-bakery.example>",
         "Account locked", "apple",
         "A second mail a quarter of an hour later adds the account and a screenshot (not a chase); unlocked.")
say(c, "q", "customer", at(13, "08:10"), """Hello,

I can't log in - the app says my account is locked. Can you unlock it?

Lucy""", aq=["Can you unlock it?"])
say(c, "i", "customer", at(13, "08:25"), """Sorry, forgot to say: the account is lucy@morrow-bakery.example, and I typed the wrong pasword about five times this morning. Screenshot attached.

Lucy""", parent="q", attach=[SCREENSHOT])
say(c, "a", "agent", at(13, "09:00"), """Hi Lucy,

Unlocked - you can log in again now. If you've forgotten the password, use 'Forgot password' on the login page rather than retrying.

Maya""", who="maya", parent="i")

c = case("p34-beta-timeline", "en", "closed", {"unanswered-question": 1},
         "Nathan Price <nathan.price@kestrel-media.example>", "Automation rules stopped", "owa",
         "Fixed; the customer's top-posted extra request (beta timeline) gets 'Glad it worked' and an explicit close.")
say(c, "q", "customer", at(5, "10:00"), """Hi,

Our automation rules stopped firing after we renamed a column. How do we fix them?

Nathan""", aq=["How do we fix them?"])
say(c, "a", "agent", at(5, "11:30"), """Hi Nathan,

Rules point at the column by its old name: open Automations, pick each rule and reselect the renamed column. That's it.

Owen""", who="owen", parent="q")
say(c, "f", "customer", at(5, "12:10"), """Thanks, that worked. Can you also turn on the beta timeline view for our workspace? We saw it in the webinar.

Nathan

{quote}""", parent="a", uq=["Can you also turn on the beta timeline view for our workspace?"])
say(c, "b", "agent", at(5, "12:30"), """Glad it worked, Nathan! I'll mark this as resolved.

Owen""", who="owen", parent="f", closes=True)

c = case("p35-rechnung-ustid", "de", "closed", {}, "Sabine Krüger <s.krueger@holzwerk-krueger.example>",
         "USt-IdNr. fehlt auf Rechnungen", "outlook_de",
         "Both German invoice questions answered with attached corrected invoices and 'ab sofort auf jeder Rechnung'; thanks-only.")
say(c, "q", "customer", at(3, "09:00", 1), """Hallo,

auf unseren Rechnungen fehlt unsere USt-IdNr. DE298765432. Können Sie die Rechnungen für September und Oktober neu ausstellen? Und wird die Nummer künftig automatisch übernommen?

Mit freundlichen Grüßen
Sabine Krüger
Holzwerk Krüger GmbH""",
    aq=["Können Sie die Rechnungen für September und Oktober neu ausstellen?",
        "Und wird die Nummer künftig automatisch übernommen?"])
say(c, "a", "agent", at(3, "10:30"), """Guten Tag Frau Krüger,

anbei die beiden korrigierten Rechnungen. Ihre USt-IdNr. ist jetzt im Kundenkonto hinterlegt und steht ab sofort auf jeder Rechnung; wegen des Reverse-Charge-Verfahrens wird keine Umsatzsteuer mehr ausgewiesen.

Viele Grüße
Hanna Vogel""", who="hanna", parent="q",
    attach=[pdf_of("Rechnungen-Sept-Okt-2026.pdf", "Tallyboard Ltd - Rechnungskorrektur",
                   "Holzwerk Krueger GmbH - USt-IdNr. DE298765432", "September und Oktober 2026")])
say(c, "t", "customer", at(3, "12:00", 1), "Super, vielen Dank!\n\n{quote}", parent="a", thanks=True)

c = case("p36-zeiterfassung-morgen", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Jonas Weber <jonas.weber@agentur-weber.example>", "Zeiterfassung Export in Stunden", "gmail_de",
         "'Ich melde mich morgen' not kept; 'ich warte immer noch auf eine Antwort' chase; answered two days late.")
say(c, "q", "customer", at(9, "10:00", 1), """Hallo,

seit dem letzten Update werden unsere Zeiterfassungen in Stunden statt Minuten exportiert. Ist das ein Fehler oder eine neue Einstellung?

Gruß
Jonas""", aq=["Ist das ein Fehler oder eine neue Einstellung?"])
say(c, "a", "agent", at(9, "13:00"), """Hallo Herr Weber,

danke für den Hinweis, das schaue ich mir mit den Entwicklern an. Ich melde mich morgen bei Ihnen.

Viele Grüße
Hanna Vogel""", who="hanna", parent="q", promises=[(eod(10), "b")])
say(c, "c", "customer", at(12, "08:30", 1), """Hallo Frau Vogel,

ich warte immer noch auf eine Antwort - unsere Abrechnung an die Kunden hängt daran.

Gruß
Jonas

{quote}""", parent="a", chase=True)
say(c, "b", "agent", at(12, "10:00"), """Hallo Herr Weber,

entschuldigen Sie die Verzögerung. Es ist eine neue Einstellung: unter Einstellungen > Zeiterfassung > Exportformat können Sie wieder „Minuten“ wählen.

Viele Grüße
Hanna Vogel""", who="hanna", parent="c")

c = case("p37-schule-rollen", "de", "pending", {"unanswered-question": 2},
         "Petra Schulz <p.schulz@gymnasium-am-see.example>", "Rollen und Preisliste für Schulen", "thunderbird_de",
         "School: the role question is answered; guest restriction and the price-list request are skipped.")
say(c, "q", "customer", at(17, "08:00", 1), """Sehr geehrte Damen und Herren,

wir nutzen Tallyboard seit September an unserer Schule. Können wir die Rolle „Projektleiter“ so anpassen, dass sie keine Boards löschen darf? Gibt es außerdem eine Möglichkeit, Gäste auf einzelne Boards zu beschränken?

Bitte schicken Sie uns auch die aktuelle Preisliste für Schulen, der Förderverein möchte weitere Lizenzen finanzieren.

Mit freundlichen Grüßen
Petra Schulz
Gymnasium am See""",
    aq=["Können wir die Rolle „Projektleiter“ so anpassen, dass sie keine Boards löschen darf?"],
    uq=["Gibt es außerdem eine Möglichkeit, Gäste auf einzelne Boards zu beschränken?",
        "Bitte schicken Sie uns auch die aktuelle Preisliste für Schulen, der Förderverein möchte weitere Lizenzen finanzieren."])
say(c, "a", "agent", at(17, "11:00"), """Guten Tag Frau Schulz,

ja, das geht: unter Admin > Rollen können Sie für „Projektleiter“ das Recht „Boards löschen“ entfernen. Die Änderung gilt sofort für alle Personen mit dieser Rolle.

Viele Grüße
Hanna Vogel""", who="hanna", parent="q")

c = case("p38-jahresabo-neues", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "Thomas Bauer <thomas.bauer@bauer-logistik.example>", "Umstellung auf jährliche Zahlung", "outlook_de",
         "No reply for two days; 'gibt es schon etwas Neues?' chase; answered with the price and a conditional offer.")
say(c, "q", "customer", at(11, "14:00", 1), """Guten Tag,

wir möchten von monatlicher auf jährliche Zahlung umstellen. Was kostet das Jahresabo für 25 Nutzer im Business-Tarif?

Mit freundlichen Grüßen
Thomas Bauer
Bauer Logistik""", aq=["Was kostet das Jahresabo für 25 Nutzer im Business-Tarif?"])
say(c, "c", "customer", at(13, "09:00", 1), """Guten Tag,

gibt es schon etwas Neues zu meiner Anfrage unten?

MfG
Thomas Bauer

{quote}""", parent="q", chase=True, aq=["gibt es schon etwas Neues zu meiner Anfrage unten?"])
say(c, "a", "agent", at(13, "10:30"), """Guten Tag Herr Bauer,

entschuldigen Sie die späte Antwort. Für 25 Nutzer im Business-Tarif zahlen Sie jährlich 5.400 € statt 6.000 € bei monatlicher Zahlung. Wenn Sie mir kurz Bescheid geben, stelle ich zum nächsten Abrechnungstag am 1. Dezember um.

Viele Grüße
Hanna Vogel""", who="hanna", parent="c")

c = case("p39-virement-inline", "fr", "pending", {}, "Julien Moreau <julien.moreau@studio-ardoise.example>",
         "Paiement par virement", "apple_fr",
         "Two French billing questions answered inline under the quoted questions ('Oui...', 'C'est fait').")
say(c, "q", "customer", at(16, "09:00", 1), """Bonjour,

Deux questions avant de renouveler :
- Est-il possible de payer par virement plutôt que par carte ?
- Les factures peuvent-elles être envoyées directement à notre comptabilité (compta@studio-ardoise.example) ?

Merci,
Julien Moreau
Studio Ardoise""",
    aq=["Est-il possible de payer par virement plutôt que par carte ?",
        "Les factures peuvent-elles être envoyées directement à notre comptabilité (compta@studio-ardoise.example) ?"])
say(c, "a", "agent", at(16, "10:15"), """Bonjour Julien,

> - Est-il possible de payer par virement plutôt que par carte ?

Oui, pour les abonnements annuels. Je vous ai passé au paiement par virement ; le RIB figure sur la facture.

> - Les factures peuvent-elles être envoyées directement à notre comptabilité (compta@studio-ardoise.example) ?

C'est fait : compta@studio-ardoise.example reçoit désormais une copie de chaque facture.

Bien cordialement,
Camille""", who="camille", parent="q")

c = case("p40-export-pdf-relance", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
         "Sandrine Petit <sandrine.petit@cabinet-petit.example>", "Export PDF du Gantt", "apple_fr",
         "'Je reviens vers vous d'ici jeudi' not kept; 'Je me permets de vous relancer'; fixed the following Monday.")
say(c, "q", "customer", at(9, "10:00", 1), """Bonjour,

Depuis hier, l'export PDF de nos diagrammes de Gantt coupe les noms des tâches. Pouvez-vous regarder ce qui se passe ?

Cordialement,
Sandrine Petit
Cabinet Petit""", aq=["Pouvez-vous regarder ce qui se passe ?"])
say(c, "a", "agent", at(9, "14:00"), """Bonjour Sandrine,

Merci pour votre message. Je transmets à notre équipe technique et je reviens vers vous d'ici jeudi.

Bien cordialement,
Camille""", who="camille", parent="q", promises=[(eod(12), "b")])
say(c, "c", "customer", at(16, "09:00", 1), """Bonjour Camille,

Je me permets de vous relancer : l'export PDF coupe toujours les noms des tâches, et nous devons envoyer un planning à un client demain.

Cordialement,
Sandrine

{quote}""", parent="a", chase=True)
say(c, "b", "agent", at(16, "11:30"), """Bonjour Sandrine,

Toutes mes excuses pour ce retard. Le correctif a été déployé ce matin : les noms longs passent désormais à la ligne dans l'export PDF. Vous pouvez relancer l'export dès maintenant.

Bien cordialement,
Camille""", who="camille", parent="c")

c = case("p41-filiale-facture", "fr", "closed", {"unanswered-question": 1},
         "Nicolas Girard <nicolas.girard@groupe-aubrac.example>", "Espace pour notre filiale", "outlook",
         "French indirect question answered ('Oui : avec l'option Organisation...'); the separate-invoice request is not.")
say(c, "q", "customer", at(10, "09:00", 1), """Bonjour,

Nous ajoutons l'équipe de notre filiale lyonnaise (12 personnes) à notre abonnement. Je voudrais savoir s'ils peuvent avoir leur propre espace de travail tout en gardant un seul abonnement. Pourriez-vous aussi nous envoyer une facture séparée au nom de la filiale, Aubrac Lyon SAS ?

Cordialement,
Nicolas Girard
Groupe Aubrac""",
    aq=["Je voudrais savoir s'ils peuvent avoir leur propre espace de travail tout en gardant un seul abonnement."],
    uq=["Pourriez-vous aussi nous envoyer une facture séparée au nom de la filiale, Aubrac Lyon SAS ?"])
say(c, "a", "agent", at(10, "11:00"), """Bonjour Nicolas,

Oui : avec l'option Organisation, vous pouvez créer un second espace pour Lyon, rattaché au même abonnement. Je l'ai activée pour vous ; « Nouvel espace » se trouve maintenant dans le menu Admin.

Bien cordialement,
Camille""", who="camille", parent="q")

c = case("p42-projet-archive-html", "fr", "closed", {}, "Élise Fontaine <elise.fontaine@librairie-fontaine.example>",
         "Projet archivé par erreur", "apple_fr",
         "multipart/alternative question, answered; the thanks-only reply is HTML-only.")
say(c, "q", "customer", at(12, "15:00", 1), """Bonjour,

Comment puis-je réactiver un projet archivé par erreur ?

Merci !
Élise""", kind="alt", aq=["Comment puis-je réactiver un projet archivé par erreur ?"])
say(c, "a", "agent", at(12, "16:00"), """Bonjour Élise,

Dans Projets > Archivés, ouvrez le menu « … » du projet et choisissez « Restaurer ». Tout revient à l'identique, tâches et commentaires compris.

Bien cordialement,
Camille""", who="camille", parent="q")
say(c, "t", "customer", at(12, "17:20", 1), "Merci beaucoup, c'est réglé !\n\n{quote}", parent="a", kind="html",
    thanks=True)

c = case("p43-ong-correo", "es", "closed", {"unanswered-question": 1},
         "María Fernández <maria.fernandez@fundacion-aurora.example>", "Descuento para ONG", "outlook",
         "'Quisiera saber si...' answered with the 30 % discount; the request to change the billing e-mail is ignored.")
say(c, "q", "customer", at(10, "10:00", 1), """Hola,

Quisiera saber si el plan anual tiene descuento para ONG. Somos una fundación registrada en Valencia con 18 usuarios.

Por favor, cambien también el correo de facturación a contabilidad@fundacion-aurora.example.

Gracias,
María Fernández
Fundación Aurora""",
    aq=["Quisiera saber si el plan anual tiene descuento para ONG."],
    uq=["Por favor, cambien también el correo de facturación a contabilidad@fundacion-aurora.example."])
say(c, "a", "agent", at(10, "12:00"), """Hola María:

Sí, las organizaciones sin ánimo de lucro tienen un 30 % de descuento en cualquier plan anual. Solo necesitamos una copia del certificado de registro de la fundación para aplicarlo.

Un saludo,
Javier""", who="javier", parent="q")

c = case("p44-app-offline", "es", "pending", {}, "Lucía Ramírez <lucia.ramirez@estudio-norte.example>",
         "Dudas sobre la app", "gmail_es",
         "Argentine customer: a pleasantry and two questions, both answered in other words; thanks-only.")
say(c, "q", "customer", at(17, "11:00", -3), """Hola, ¿cómo están?

Tengo dos dudas: ¿la app móvil funciona sin conexión? ¿Y se pueden adjuntar archivos de más de 100 MB?

Gracias,
Lucía""", cte="base64",
    aq=["¿la app móvil funciona sin conexión?", "¿Y se pueden adjuntar archivos de más de 100 MB?"])
say(c, "a", "agent", at(17, "16:00"), """Hola Lucía:

Todo bien, gracias. Sin conexión puede ver y editar las tareas que ya tenga abiertas, y los cambios se sincronizan al recuperar la señal. El límite por archivo es de 250 MB en todos los planes.

Un saludo,
Javier""", who="javier", parent="q")
say(c, "t", "customer", at(17, "16:30", -3), "¡Perfecto, gracias!\n\n{quote}", parent="a", thanks=True)

c = case("p45-2fa-idioma", "es", "closed", {"unanswered-question": 1},
         "Carlos Vega <carlos.vega@constructora-vega.example>", "2FA obligatoria", "gmail_es",
         "Mixed Spanish/English mail: mandatory 2FA answered, the question about a Spanish-language app skipped; thanks-only.")
say(c, "q", "customer", at(11, "09:00", 1), """Buenos días,

¿Pueden activar la autenticación de dos factores obligatoria para todo el equipo? Algunos usuarios no la configuran.

Otra cosa: ¿cuándo estará disponible la aplicación en español? Varios jefes de obra no hablan inglés. Sorry for mixing languages - our IT guy told me to write in English, but this is easier for me.

Saludos,
Carlos Vega
Constructora Vega""",
    aq=["¿Pueden activar la autenticación de dos factores obligatoria para todo el equipo?"],
    uq=["¿cuándo estará disponible la aplicación en español?"])
say(c, "a", "agent", at(11, "10:30"), """Buenos días, Carlos:

Puede hacerlo usted mismo: en Admin > Seguridad active «Exigir 2FA». Quien aún no la tenga deberá configurarla en su próximo inicio de sesión.

Un saludo,
Javier""", who="javier", parent="q")
say(c, "t", "customer", at(11, "12:00", 1), "Hecho, gracias.\n\n{quote}", parent="a", thanks=True)

c = case("p46-zapier-template", "en", "open",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Derek Owens <derek.owens@fairway-property.example>", "Website form to Tallyboard tasks", "outlook",
         "Template promised 'by Friday', never sent; the custom-fields question skipped; 'Just checking in' unanswered.")
say(c, "q", "customer", at(10, "09:00"), """Hi,

We want new enquiries from our website form to become Tallyboard tasks. Is there a Zapier template for that? Also, can the Zap fill in custom fields like 'Budget' and 'Viewing date'?

Derek Owens
Fairway Property""", aq=["Is there a Zapier template for that?"],
    uq=["Also, can the Zap fill in custom fields like 'Budget' and 'Viewing date'?"])
say(c, "a", "agent", at(10, "13:00"), """Hi Derek,

There isn't a public one yet, but I have a template from another customer that does exactly this. I'll tidy it up and send it to you by Friday.

Owen""", who="owen", parent="q", promises=[(eod(13), None)])
say(c, "c", "customer", at(17, "09:00"), """Hi Owen,

Just checking in on the Zapier template - did you get a chance to tidy it up?

Derek

{quote}""", parent="a", chase=True)

c = case("p47-outage-credit", "en", "pending", {"unanswered-question": 1},
         "Fiona Walsh <fiona@cobalt-analytics.example>", "Yesterday's outage", "gmail",
         "Outage explained with a post-mortem link; the SLA service-credit question is not addressed.")
say(c, "q", "customer", at(18, "08:30"), """Hello,

Yesterday's outage took Tallyboard down for almost three hours during our sprint planning. What actually happened? Will we get a service credit for the downtime, as our contract has a 99.9 % SLA?

Fiona Walsh
Cobalt Analytics""", aq=["What actually happened?"],
    uq=["Will we get a service credit for the downtime, as our contract has a 99.9 % SLA?"])
say(c, "a", "agent", at(18, "10:00"), """Hi Fiona,

I'm sorry about the disruption. A database failover in our EU region did not complete cleanly, so the app was read-only from 13:05 and unavailable from 13:40 to 15:50 UTC. The full incident report is at https://status.tallyboard.example/incidents/2219?view=postmortem

Best,
Maya""", who="maya", parent="q")

c = case("p48-csv-mapping-eod", "en", "closed", {"missed-follow-up": 1},
         "George Hill <george.hill@summit-surveys.example>", "CSV import maps the wrong column", "thunderbird",
         "CSV attached; 'get back to you by end of day' delivered the next morning: missed.")
say(c, "q", "customer", at(4, "09:00"), """Hi,

Our CSV import keeps mapping the 'Due' column to 'Start date'. Could you check my file? It's attached.

George""", aq=["Could you check my file?"],
    attach=[("text/csv", "survey-tasks.csv", b"Task,Owner,Start date,Due \nSite survey A12,George,2026-11-09,2026-11-13\n")])
say(c, "a", "agent", at(4, "10:00"), """Hi George,

Got the file, thanks. I'll have a look and get back to you by end of day.

Owen""", who="owen", parent="q", promises=[(eod(4), "b")])
say(c, "b", "agent", at(5, "09:30"), """Hi George,

The 'Due' header has a trailing space ("Due "), so the importer fell back to the first date column. Remove the space, or pick the mapping by hand in step 2 of the import.

Owen""", who="owen", parent="a")

c = case("p49-timesheets-faceid", "en", "closed", {"unanswered-question": 1},
         "Rebecca Stone <rebecca.stone@lakeside-clinic.example>", "Timesheet approval and Face ID", "apple",
         "Bulk approval answered with 'Yes - ...'; the Face ID question is skipped.")
say(c, "q", "customer", at(13, "11:00"), """Hi,

Two things from our practice managers. Can managers approve timesheets in bulk at the end of the week? And does the iOS app support Face ID login?

Rebecca""", aq=["Can managers approve timesheets in bulk at the end of the week?"],
    uq=["And does the iOS app support Face ID login?"])
say(c, "a", "agent", at(13, "14:00"), """Hi Rebecca,

Yes - in Time > Approvals, tick the select-all box at the top and click Approve; it handles up to 500 entries at once.

Owen""", who="owen", parent="q")

# --------------------------------------------------------------------------------------
# Labels recomputed from the facts (the cross-check)
# --------------------------------------------------------------------------------------


CONTRACT = mailcraft.Contract(as_of=AS_OF, response_target=RESPONSE_TARGET, close_after=CLOSE_AFTER,
                              handoff_limit=HANDOFF_LIMIT)


def derived_status(c: Case) -> str:
    """The contract status of case ``c`` at AS_OF from roles, dates and explicit closes."""
    return mailcraft.contract_status(c.msgs, CONTRACT)


def derived_rules(c: Case) -> dict[str, int]:
    """Every rule count of case ``c`` recomputed from its messages' facts and dates."""
    counts = mailcraft.contract_rules(c.msgs, CONTRACT)
    return {r: counts[r] for r in RULES if r in counts}


def problems() -> list[str]:
    """Disagreements between the hand-written labels and the facts; empty when consistent."""
    out = []
    for c in CASES:
        if derived_status(c) != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {derived_status(c)}")
        if derived_rules(c) != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {derived_rules(c)}")
        for m in c.msgs:
            asked = m.uq + m.aq
            if asked and m.role != "customer":
                out.append(f"{m.key}: questions on a non-customer message")
            for q in asked:
                if q not in m.own:
                    out.append(f"{m.key}: question not verbatim in the customer's text: {q}")
            if asked and not any(r.role == "agent" and r.date > m.date for r in c.msgs):
                out.append(f"{m.key}: a question with no support reply after it is awaiting-reply territory")
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


def cases_md(lab: dict) -> str:
    """The generated per-case table."""
    by_name = {c.name: c for c in CASES}
    rows = [(e["name"], e["lang"], addr_of(by_name[e["name"]].customer)[1], by_name[e["name"]].client,
             len(e["message_ids"]), e["status"], e["rules"], e["story"]) for e in lab["cases"]]
    return mailcraft.cases_table("Tallyboard practice corpus - cases", "make_practice_corpus.py", rows)


def write(out: Path) -> None:
    """Write the corpus to ``out`` (mailbox, labels.json, CASES.md), replacing what is there."""
    msgs = render_all()
    found = problems()
    if found:
        raise SystemExit("refusing to write an inconsistent corpus:\n  " + "\n  ".join(found))
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "practice"
        (stage / "mailbox").mkdir(parents=True)
        inbox = [m for m in msgs if m.role in ("customer", "auto")]
        (stage / "mailbox" / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
        mailcraft.write_maildir(stage / "mailbox" / "Sent",
                                ((m.date, m.raw, m.role == "agent") for m in msgs
                                 if m.role in ("agent", "ack")), "mx1.tallyboard.example")
        lab = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
        (stage / "labels.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        (stage / "CASES.md").write_text(cases_md(lab), encoding="utf-8")
        parsed_in, parsed_sent = mailcraft.read_back(stage / "mailbox" / "inbox.mbox",
                                                     stage / "mailbox" / "Sent")
        bad = mailcraft.parse_problems(parsed_in + parsed_sent)
        by_id = {p["Message-ID"]: p for p in parsed_in + parsed_sent}
        for m in msgs:
            if m.kind == "html":
                continue  # an HTML-only message has no plain part to compare
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


def counts() -> dict[str, int]:
    """Corpus sizes for the summary line and the README: cases, messages, clean cases,
    labelled unanswered questions and questions that a later support reply answers."""
    msgs = [m for c in CASES for m in c.msgs]
    return {"cases": len(CASES), "messages": len(msgs),
            "clean": sum(1 for c in CASES if not c.rules),
            "unanswered": sum(len(m.uq) for m in msgs),
            "answered": sum(len(m.aq) for m in msgs)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Regenerate the Tallyboard practice corpus.")
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice")
    args = ap.parse_args(argv)
    write(args.out)
    n = counts()
    print(f"wrote {args.out}: {n['cases']} cases, {n['messages']} messages, {n['clean']} clean, "
          f"{n['unanswered']} unanswered and {n['answered']} answered questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
