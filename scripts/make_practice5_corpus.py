#!/usr/bin/env python3
"""Regenerate ``tests/practice5/``: the labelled corpus of Marquee Lane Tickets.

A support mailbox of a fictional event-ticketing and venue-booking company (concerts,
theatre, conferences, group and corporate bookings, refunds, transfers, access seating,
invoices), written without looking at the detection heuristics or at the other corpora's
cases. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response
target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``marqueelane.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase,
promises with their deadline and the message that kept them, unanswered and answered
questions). The script recomputes status and every rule count from those facts and the
dates with ``mailcraft.contract_status`` / ``contract_rules`` and refuses to write when they
disagree with the hand-written case labels, when a labelled (or answered) question is not
verbatim in the customer's own text, or when an unanswered question has no support reply
after it. It parses the written mail back and checks every text part round-trips.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice5_corpus.py [--out DIR]
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

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
CONTRACT = mailcraft.Contract(as_of=AS_OF)
SUPPORT_DOMAIN = "marqueelane.example"
SUPPORT = "Marquee Lane Tickets <help@marqueelane.example>"
HELPDESK = "Marquee Lane Tickets <help@marqueelane.example>"
RULES = mailcraft.RULES

# agent key: (From, mail client, UTC offset in hours, signature)
AGENTS = {
    "olivia": ("Olivia Grant <olivia.grant@marqueelane.example>", "thunderbird", 0, """-- 
Olivia Grant
Customer Support | Marquee Lane Tickets
Manage your booking: https://marqueelane.example/account?tab=orders"""),
    "theo": ("Theo Marsh <theo.marsh@marqueelane.example>", "outlook", 0, """Theo Marsh
Group & Corporate Bookings | Marquee Lane Tickets
T +44 161 555 0190 | https://marqueelane.example/groups?src=sig

This e-mail is confidential. If you are not the intended recipient, please
delete it. Questions about a corporate account? Ask your account manager."""),
    "ben": ("Ben Kowalski <ben.kowalski@marqueelane.example>", "gmail", 0, """-- 
Ben Kowalski
Refunds & Payments | Marquee Lane Tickets"""),
    "sam": ("Sam Adeyemi <sam.adeyemi@marqueelane.example>", "apple", 0, """Sam Adeyemi
Access Team | Marquee Lane Tickets
Access guide: https://marqueelane.example/access?format=large-print"""),
    "katrin": ("Katrin Vogel <katrin.vogel@marqueelane.example>", "thunderbird_de", 1, """-- 
Katrin Vogel
Kundenservice DACH | Marquee Lane Tickets
https://marqueelane.example/de/hilfe?ref=signatur"""),
    "camille": ("Camille Dubois <camille.dubois@marqueelane.example>", "apple_fr", 1, """Camille Dubois
Service client France | Marquee Lane Tickets
https://marqueelane.example/fr/aide?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia.ferrer@marqueelane.example>", "gmail_es", 1, """--
Lucía Ferrer
Atención al cliente | Marquee Lane Tickets
https://marqueelane.example/es/ayuda?origen=firma"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Marquee Lane Tickets - this is an automatic receipt.
Your request is logged as {ref}. Our support team works Monday to Saturday,
9am-7pm, and we will reply within 24 hours.

Please keep the reference handy; there is no need to reply to this e-mail.

Marquee Lane Tickets - Support
https://marqueelane.example/help?ticket={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Marquee Lane Tickets. Dies ist eine
automatische Eingangsbestätigung, Ihre Anfrage hat die Nummer {ref}.
Wir antworten in der Regel innerhalb von 24 Stunden.

Bitte antworten Sie nicht auf diese E-Mail.

Marquee Lane Tickets - Kundenservice""",
    "fr": """Bonjour,

Merci d'avoir contacté Marquee Lane Tickets. Ceci est un accusé de
réception automatique : votre demande porte le numéro {ref}. Nous
répondons sous 24 heures, du lundi au samedi.

Merci de ne pas répondre à ce message.

Marquee Lane Tickets - Service client""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"],
    "android": ["Thread-Topic: {topic}", "X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: MarqueeDesk 3.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="mlt.", outlook_server="LO2P12")

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack | auto (a customer's out-of-office reply)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)  # unanswered questions (labelled)
    aq: list[str] = field(default_factory=list)  # answered questions (counted, not labelled)
    note: str = ""
    extra: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Case:
    """A labelled case: the hand-written labels and the messages whose facts must agree."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    client: str
    subject: str
    story: str
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The labelled unanswered questions, in message order."""
        return [q for m in sorted(self.msgs, key=lambda m: m.date) for q in m.uq]


CASES: list[Case] = []


def at(stamp: str, tz: int = 0) -> datetime:
    """``"11-16 09:30"`` in November (or October) 2026 at UTC offset ``tz`` hours."""
    day, hm = stamp.split(" ")
    month, dom = map(int, day.split("-"))
    hour, minute = map(int, hm.split(":"))
    return datetime(2026, month, dom, hour, minute, tzinfo=timezone(timedelta(hours=tz)))


def eod(day: str, tz: int = 0) -> datetime:
    """The end of the named day (``"11-12"``) at UTC offset ``tz``: a promise's deadline."""
    return at(f"{day} 23:59", tz)


def reply_subject(subject: str, client: str) -> str:
    """The subject a client puts on a reply."""
    prefix = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}.get(client, "Re: ")
    return subject if subject.lower().startswith(("re:", "aw:")) else prefix + subject


def case(name: str, lang: str, status: str, rules: dict[str, int], customer: str, client: str,
         subject: str, story: str) -> Case:
    """Register a case with its hand-written labels; its messages are added with :func:`mail`."""
    c = Case(name, lang, status, rules, customer, client, subject, story)
    CASES.append(c)
    return c


def mail(c: Case, role: str, when: datetime, body: str, *, who: str | None = None,
         parent: int | None = -1, quote: bool = True, client: str | None = None,
         subject: str | None = None, uq: tuple[str, ...] = (), aq: tuple[str, ...] = (),
         chase: bool = False, thanks: bool = False, closes: bool = False,
         promises: tuple[tuple[datetime, int | None], ...] = (), kind: str = "plain",
         cte: str | None = None, attach: tuple = (), thread: bool = True,
         extra: tuple[tuple[str, str], ...] = ()) -> int:
    """Add a message to case ``c`` and return its index in the case.

    ``parent`` is the index of the message replied to (-1: the previous one, None: a new
    thread); ``quote`` appends the parent quoted in the client's style below the body (and
    the agent's signature). Promises name the index of the message that keeps them."""
    index = len(c.msgs)
    key = f"{c.name}/{index}"
    if parent == -1:
        parent = index - 1 if index else None
    parent_key = f"{c.name}/{parent}" if parent is not None else None
    if role == "agent":
        frm, default_client, _, sig = AGENTS[who]
        to = c.customer
        body = body.rstrip("\n") + "\n\n" + sig
    elif role == "ack":
        frm, default_client, to = HELPDESK, "helpdesk", c.customer
    else:
        frm, default_client, to = c.customer, c.client, SUPPORT
    client = client or default_client
    if subject is None:
        subject = reply_subject(c.subject, client) if parent_key else c.subject
    if quote and parent_key:
        body = body.rstrip("\n") + "\n\n{quote}"
    m = Msg(key=key, case=c.name, role=role, agent=who, client=client, kind=kind, cte=cte,
            frm=frm, to=to, subject=subject, date=when, body=body, parent=parent_key,
            thread=thread, attach=list(attach), thanks_only=thanks, closes=closes, chase=chase,
            promises=[(d, f"{c.name}/{k}" if k is not None else None) for d, k in promises],
            uq=list(uq), aq=list(aq), extra=list(extra))
    c.msgs.append(m)
    return index


def ack(c: Case, when: datetime, ref: str, lang: str = "en") -> int:
    """The helpdesk's automatic acknowledgement of the case's first message."""
    return mail(c, "ack", when, ACK[lang].format(ref=ref), parent=0, quote=False,
                subject=f"[{ref}] {c.subject}",
                extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

c = case("p01-doors-and-backpack", "en", "closed", {}, "Hannah Price <hannah.price@example.com>",
         "gmail", "Halden Skye at Westgate Arena - doors?",
         "Two questions before a concert, answered out of order in one paragraph; thanks-only close.")
mail(c, "customer", at("11-03 19:42"), """Hi there,

Got two tickets for Halden Skye at Westgate Arena on the 28th (order ML-50213).
Are the doors at 7 or 7:30? The confirmation doesn't say.
And can I bring a small backpack into the arena? Coming straight from work.

Thanks!
Hannah""", aq=("Are the doors at 7 or 7:30?", "can I bring a small backpack into the arena?"))
mail(c, "agent", at("11-04 10:05"), """Hi Hannah,

Bags up to A4 size are fine at Westgate, so a small backpack will get through
security (bigger ones go to the cloakroom for £3). Doors open at 6:30pm with
Halden Skye on stage around 8:45pm.

Enjoy the gig!
Olivia""", who="olivia")
mail(c, "customer", at("11-04 12:18"), """Perfect, thank you so much!

Hannah""", thanks=True)

c = case("p02-school-group-invoice", "en", "closed", {"unanswered-question": 1},
         "Gareth Lewis <g.lewis@brookfield-primary.example>", "outlook",
         "Group booking - 24 seats, Nutcracker matinee",
         "School group: seats and discount answered, then booked; the request to invoice the "
         "school instead of the teacher is never addressed.")
mail(c, "customer", at("10-29 15:10"), """Hello,

I'm organising a Year 6 trip to The Nutcracker at the Lyric Rooms.
Could you hold 24 seats together in the stalls for the 12 December matinee?
Is there a group discount for 20+? We'd be 21 children and 3 staff.
Also, can the invoice be made out to Brookfield Primary School rather than to me? Our bursar won't pay an invoice with a personal name on it.

Many thanks,
Gareth Lewis
Year 6 Lead, Brookfield Primary School""",
     uq=("Also, can the invoice be made out to Brookfield Primary School rather than to me?",),
     aq=("Could you hold 24 seats together in the stalls for the 12 December matinee?",
         "Is there a group discount for 20+?"))
mail(c, "agent", at("10-30 09:40"), """Dear Gareth,

Thanks for thinking of us for the Year 6 trip. I've put a 48-hour hold on 24
seats in rows J and K of the stalls for the 12 December matinee (2:30pm). School
groups of 20 or more pay £18.50 per child instead of £26, and staff accompanying
the group go free at a ratio of one per ten pupils, so two of your three staff
tickets are free.

Just say the word and I'll convert the hold into a booking.

Kind regards,""", who="theo")
mail(c, "customer", at("10-30 13:02"), """Thanks Theo, that's great. Please go ahead and confirm the booking.

Gareth""", aq=("Please go ahead and confirm the booking.",))
mail(c, "agent", at("10-30 16:25"), """Dear Gareth,

Done - booking ML-G-7731 is confirmed: 21 pupils at £18.50, 2 staff free and 1
staff at £26, total £414.50, payable within 30 days. The tickets will be released
to you as a PDF two weeks before the performance.

Kind regards,""", who="theo")

c = case("p03-cancelled-gig-refund", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
         "Jordan Blake <jordan.blake@example.net>", "iphone", "Refund for cancelled Moonwake gig",
         "Refund question deferred to finance 'by Thursday', never came back; the customer chases "
         "and then gets the answer.")
mail(c, "customer", at("11-09 08:14"), """Hi, Moonwake cancelled their Leeds show on the 7th. When will I get my refund? Order ML-49120, 2 tickets.

Sent from my iPhone""", aq=("When will I get my refund?",))
mail(c, "agent", at("11-09 11:30"), """Hi Jordan,

Sorry the Leeds show was called off. Refunds for this cancellation are being
batched by the promoter, so I'll check with our finance team where yours is
and get back to you by Thursday.

Best,""", who="ben", promises=((eod("11-12"), None),))
mail(c, "customer", at("11-16 18:51"), """Just following up - I still haven't heard anything about the refund and nothing has come through on my card.

Sent from my iPhone""", chase=True)
mail(c, "agent", at("11-17 09:12"), """Hi Jordan,

Apologies for the silence. Your refund of £71.00 (2 x £32.50 plus the £6 booking
fee) was issued this morning to the card ending 4471. Banks usually show it
within 3-5 working days.

Best,""", who="ben")

c = case("p04-rollstuhlplaetze", "de", "pending", {}, "Monika Hartmann <m.hartmann@example.de>",
         "gmail_de", "Rollstuhlplätze Kongresshaus 5.12.",
         "Wheelchair spaces and a free companion answered inline; booking request done with 'Erledigt'.")
mail(c, "customer", at("11-16 20:03", 1), """Guten Abend,

gibt es für das Konzert am 5. Dezember im Kongresshaus noch Rollstuhlplätze?
Darf meine Begleitperson kostenlos mit?

Mit freundlichen Grüßen
Monika Hartmann""", aq=("gibt es für das Konzert am 5. Dezember im Kongresshaus noch Rollstuhlplätze?",
                         "Darf meine Begleitperson kostenlos mit?"))
mail(c, "agent", at("11-17 09:26", 1), """Guten Morgen Frau Hartmann,

> gibt es für das Konzert am 5. Dezember im Kongresshaus noch Rollstuhlplätze?

Ja, im Parkett links sind noch drei Rollstuhlplätze frei (Reihe 14).

> Darf meine Begleitperson kostenlos mit?

Ja, mit dem Merkzeichen B im Ausweis ist die Begleitperson frei.

Viele Grüße
Katrin Vogel""", who="katrin", quote=False)
mail(c, "customer", at("11-17 12:40", 1), """Wunderbar. Dann reservieren Sie bitte einen Rollstuhlplatz und einen Platz für meine Begleitung.

Monika Hartmann

Am Di., 17. Nov. 2026 um 09:26 Uhr schrieb Katrin Vogel <katrin.vogel@marqueelane.example>:
> Ja, im Parkett links sind noch drei Rollstuhlplätze frei (Reihe 14).""", quote=False,
     aq=("Dann reservieren Sie bitte einen Rollstuhlplatz und einen Platz für meine Begleitung.",))
mail(c, "agent", at("11-18 10:02", 1), """Erledigt - Reservierungsnummer ML-DE-44120, Reihe 14, Plätze 1 und 2.
Die Tickets kommen per E-Mail.

Katrin Vogel""", who="katrin")

c = case("p05-transfert-billets", "fr", "closed", {"unanswered-question": 1},
         "Claire Lefèvre <claire.lefevre@example.fr>", "apple_fr", "Transfert de billets",
         "Transfer question answered; the request to correct the name on the invoice is skipped; "
         "thanks-only reply.")
mail(c, "customer", at("11-05 18:30", 1), """Bonjour,

Je ne pourrai finalement pas aller au concert de Théo Maris le 21 novembre.
Est-ce que je peux transférer mes deux billets à une amie ?
Pourriez-vous aussi corriger l'orthographe de mon nom sur la facture (c'est Lefèvre, pas Lefevre) ?

Merci d'avance,
Claire Lefèvre

Envoyé de mon iPad""",
     uq=("Pourriez-vous aussi corriger l'orthographe de mon nom sur la facture (c'est Lefèvre, pas Lefevre) ?",),
     aq=("Est-ce que je peux transférer mes deux billets à une amie ?",))
mail(c, "agent", at("11-06 10:15", 1), """Bonjour Madame,

Oui, c'est possible et gratuit : dans votre espace client, ouvrez la commande,
cliquez sur « Transférer » et saisissez l'adresse e-mail de votre amie. Elle
recevra les billets à son nom dans la foulée.

Bien cordialement,""", who="camille")
mail(c, "customer", at("11-06 11:02", 1), """Merci beaucoup, c'est fait !

Claire""", thanks=True)

c = case("p06-factura-empresa", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Javier Molina <javier.molina@eventos-sur.example>", "gmail_es", "Factura con CIF",
         "Invoice with company tax id: 'le escribo el lunes', kept two days late with the PDF "
         "after the customer chases.")
mail(c, "customer", at("11-05 12:20", 1), """Hola,

compramos 12 entradas para el congreso DataMed del 3 de diciembre (pedido ML-52840).
¿Me pueden enviar la factura con el CIF de la empresa, B12345678? La necesito para contabilidad.

Un saludo,
Javier Molina
Eventos Sur S.L.""", aq=("¿Me pueden enviar la factura con el CIF de la empresa, B12345678?",))
mail(c, "agent", at("11-05 16:45", 1), """Hola Javier:

Las facturas con datos fiscales las emite administración. Lo consulto con ellos
y le escribo el lunes con la factura.

Un saludo,""", who="lucia", promises=((eod("11-09", 1), 3),))
mail(c, "customer", at("11-11 09:05", 1), """Hola de nuevo, ¿hay alguna novedad? Sigo esperando la factura.

Javier""", chase=True)
mail(c, "agent", at("11-11 13:30", 1), """Hola Javier:

Disculpe el retraso. Le adjunto la factura ML-F-2026-1187 a nombre de Eventos Sur
S.L. con el CIF B12345678.

Un saludo,""", who="lucia",
     attach=(("application/pdf", "ML-F-2026-1187.pdf",
              mailcraft.pdf(["Marquee Lane Tickets - Factura ML-F-2026-1187",
                             "Eventos Sur S.L. - CIF B12345678",
                             "12 x DataMed 2026 - 1.680,00 EUR"])),))

c = case("p07-hearing-loop-waiting", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
         "Patricia Owens <pat.owens@example.org>", "outlook", "Hearing loop seats - Lyric Rooms",
         "A question and a chaser, both unanswered but for the helpdesk acknowledgement.")
mail(c, "customer", at("11-16 10:12"), """Hello,

I wear hearing aids and would like to book two seats for 'The Glass Orchard' at the
Lyric Rooms on 4 December. Which rows are covered by the hearing loop?

Kind regards,
Patricia Owens""")
ack(c, at("11-16 10:13"), "ML-88412")
mail(c, "customer", at("11-18 09:40"), """Any update on this? I need to book before the weekend or the good seats will be gone.

Patricia Owens""", chase=True, parent=0)

c = case("p08-nutcracker-strike", "en", "closed", {}, "Rhys Morgan <rhys.m@example.com>", "gmail",
         "Nutcracker 14 Dec - still on?",
         "A bare 'Yes' answers the question; thanks-only reply.")
mail(c, "customer", at("11-02 21:15"), """Hi, is the 14 Dec Nutcracker performance still going ahead despite the strike news?

Rhys""", aq=("is the 14 Dec Nutcracker performance still going ahead despite the strike news?",))
mail(c, "agent", at("11-03 09:02"), """Yes.

Olivia""", who="olivia")
mail(c, "customer", at("11-03 09:30"), """Brilliant, thanks!""", thanks=True)

c = case("p09-summit-name-swap", "en", "pending", {"unanswered-question": 2},
         "Aisha Rahman <aisha.rahman@northwind-analytics.example>", "outlook",
         "TechNorth Summit - ticket changes",
         "Four requests: name swap and lunch answered, the workshop-day question and the VAT "
         "invoice for the PO skipped; thanks-only reply.")
mail(c, "customer", at("11-13 14:22"), """Hi,

A few things about our five TechNorth Summit passes (order ML-C-5521):

Can we swap the name on ticket TN-5521-3 from Raj Patel to Emily Chen? Raj has left the company.
Do the tickets include the workshop day on 4 December?
Is lunch included on both days?
And could you send us a VAT invoice for PO 7781?

Thanks,
Aisha Rahman
Operations Manager | Northwind Analytics""",
     uq=("Do the tickets include the workshop day on 4 December?",
         "And could you send us a VAT invoice for PO 7781?"),
     aq=("Can we swap the name on ticket TN-5521-3 from Raj Patel to Emily Chen?",
         "Is lunch included on both days?"))
mail(c, "agent", at("11-14 10:08"), """Hi Aisha,

Emily Chen is now on TN-5521-3 - the re-issued ticket has gone to her directly,
and Raj's old QR code no longer scans. Lunch and refreshments are part of every
pass on both conference days.

Best regards,""", who="theo")
mail(c, "customer", at("11-14 10:31"), """Thanks Theo.

Aisha""", thanks=True)

c = case("p10-box-office-collection", "en", "closed", {}, "Derek Fenwick <dfenwick@example.net>",
         "thunderbird", "Collecting tickets at the box office",
         "Three numbered questions answered inline under each quoted line.")
mail(c, "customer", at("11-02 17:44"), """Hello,

I chose box office collection for 'Hamlet Unbound' on Saturday. Three questions:

1. How early can we collect tickets from the box office?
2. Can someone else collect them on my behalf?
3. Is there parking at the Lyric Rooms?

Derek Fenwick""", aq=("How early can we collect tickets from the box office?",
                       "Can someone else collect them on my behalf?", "Is there parking at the Lyric Rooms?"))
mail(c, "agent", at("11-03 08:55"), """Hello Derek,

On 11/2/26 5:44 PM, Derek Fenwick wrote:
> 1. How early can we collect tickets from the box office?

From 90 minutes before the performance.

> 2. Can someone else collect them on my behalf?

Yes, with a signed note from you and the booking reference.

> 3. Is there parking at the Lyric Rooms?

Not on site, but Castle Street car park is two minutes' walk away.

Best,
Olivia""", who="olivia", quote=False)

c = case("p11-eticket-resend-email-change", "en", "closed", {"unanswered-question": 1},
         "Dana Whitfield <dana.whitfield@example.com>", "gmail", "E-ticket never arrived",
         "Resend done; the request to change the account e-mail in the same mail is ignored; "
         "'let me know' is not a promise.")
mail(c, "customer", at("11-04 13:10"), """Hi,

I never received the e-ticket for order ML-30418 (Frost Parade, 19 Nov). Can you resend it?
Could you also update my email address to dana.w@example.net for future orders? I'm closing this Gmail account soon.

Dana""", uq=("Could you also update my email address to dana.w@example.net for future orders?",),
     aq=("Can you resend it?",), kind="alt")
mail(c, "agent", at("11-04 15:22"), """Hi Dana,

Sorry about that - I've resent the e-ticket for ML-30418 just now. Let me know if
it doesn't arrive.

Olivia""", who="olivia")
mail(c, "customer", at("11-04 15:40"), """Got it this time, thanks.""", thanks=True, kind="alt")

c = case("p12-umbuchung-termin", "de", "pending", {"missed-follow-up": 1},
         "Stefan Krüger <stefan.krueger@example.de>", "thunderbird_de", "Umbuchung 21.11. auf 28.11.",
         "Rebooking question deferred with 'melde mich bis Mittwoch', never kept.")
mail(c, "customer", at("11-16 08:50", 1), """Hallo,

kann ich meine zwei Tickets für 'Nachtzug nach Lissabon' am 21. November auf die Vorstellung am 28. November umbuchen? Bestellung ML-41877.

Gruß
Stefan Krüger""", aq=("kann ich meine zwei Tickets für 'Nachtzug nach Lissabon' am 21. November auf die Vorstellung am 28. November umbuchen?",))
mail(c, "agent", at("11-16 11:14", 1), """Hallo Herr Krüger,

Umbuchungen muss bei dieser Produktion der Veranstalter freigeben. Ich kläre das
mit ihm und melde mich bis Mittwoch bei Ihnen.

Viele Grüße""", who="katrin", promises=((eod("11-18", 1), None),))

c = case("p13-festival-relance", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "Julien Moreau <julien.moreau@example.fr>", "gmail", "Billets Festival Lumières",
         "Question acknowledged by the robot, chased three days later ('Je me permets de vous "
         "relancer'), then answered.")
mail(c, "customer", at("11-09 09:12", 1), """Bonjour,

J'ai acheté deux pass pour le Festival Lumières (commande ML-47002). Quand est-ce que les billets seront envoyés ?

Julien Moreau""", aq=("Quand est-ce que les billets seront envoyés ?",))
ack(c, at("11-09 09:13", 1), "ML-87730", "fr")
mail(c, "customer", at("11-12 10:30", 1), """Bonjour,

Je me permets de vous relancer : je n'ai toujours pas de réponse à ma question ci-dessous.

Julien Moreau

Le lun. 9 nov. 2026 à 09:12, Julien Moreau <julien.moreau@example.fr> a écrit :
> J'ai acheté deux pass pour le Festival Lumières (commande ML-47002). Quand est-ce que les billets seront envoyés ?""",
     chase=True, parent=0, quote=False)
mail(c, "agent", at("11-12 15:05", 1), """Bonjour Monsieur Moreau,

Toutes nos excuses pour ce délai. Les billets électroniques du festival partent
par e-mail le 1er décembre, pour tous les acheteurs en même temps.

Bien cordialement,""", who="camille")

c = case("p14-descuento-estudiantes", "es", "closed", {}, "Marta Gil <marta.gil@example.es>", "gmail_es",
         "Descuento estudiantes",
         "Two questions answered in one sentence each, in different words.")
mail(c, "customer", at("11-06 19:20", 1), """Hola,

¿Tienen descuento para estudiantes en el Teatro del Prado Nuevo? ¿Qué documento tengo que enseñar en la entrada?

Gracias,
Marta""", aq=("¿Tienen descuento para estudiantes en el Teatro del Prado Nuevo?",
               "¿Qué documento tengo que enseñar en la entrada?"))
mail(c, "agent", at("11-07 10:10", 1), """Hola Marta:

Sí: los menores de 26 años con carné universitario pagan un 20 % menos en todas
las funciones de martes a jueves. En la puerta basta con el carné universitario
vigente junto con el DNI.

Un saludo,""", who="lucia")

c = case("p15-double-charge-reopened", "en", "pending", {"reopened": 1},
         "Kevin Doyle <kevin.doyle@example.com>", "android", "Charged twice",
         "Duplicate charge refunded and explicitly resolved; the customer comes back because the "
         "refund has not shown up; answered with the refund reference.")
mail(c, "customer", at("11-06 20:44"), """I was charged twice for order ML-55102 (£64.00 each). Can you refund one of them?

Kevin

Get Outlook for Android""", aq=("Can you refund one of them?",))
mail(c, "agent", at("11-07 10:20"), """Hi Kevin,

You're right, the payment went through twice. I've refunded the duplicate £64.00
to your card today. I'll mark this ticket as resolved.

Best,""", who="ben", closes=True)
mail(c, "customer", at("11-17 19:02"), """The refund still hasn't shown up on my card. Can you check it was actually sent?

Kevin""", aq=("Can you check it was actually sent?",))
mail(c, "agent", at("11-18 09:15"), """Hi Kevin,

It was: the refund left us on 7 November with reference ARN 74432119876001.
If your bank can't see it, give them that number and they can trace it.

Best,""", who="ben")

c = case("p16-processing-fee-template", "en", "closed", {"unanswered-question": 1},
         "Imogen Clarke <imogen.clarke@example.org>", "apple", "Order processing fee?",
         "A templated reply points to the terms for the fee but ignores the refund request.")
mail(c, "customer", at("11-05 11:05"), """Hello,

Why was I charged a £4.50 'order processing fee' on top of the ticket price for the Winter Gala (order ML-51990)?
Can I get that fee refunded given the tickets were for a charity gala? The whole evening is raising money for the hospice.

Imogen Clarke""", uq=("Can I get that fee refunded given the tickets were for a charity gala?",),
     aq=("Why was I charged a £4.50 'order processing fee' on top of the ticket price for the Winter Gala (order ML-51990)?",))
mail(c, "agent", at("11-05 15:40"), """Dear customer,

Thank you for contacting Marquee Lane Tickets.

The order processing fee covers payment handling and ticket delivery and is
charged once per order. All our fees are listed in our Terms of Sale:
https://marqueelane.example/terms#fees

Kind regards,""", who="olivia")

c = case("p17-vip-soundcheck", "en", "closed", {"unanswered-question": 1},
         "Tyler Brooks <tyler.brooks@example.com>", "gmail", "VIP package question",
         "The agent answers how many packages are left and describes the lounge - a different "
         "question from the soundcheck one asked.")
mail(c, "customer", at("11-08 16:00"), """hey,

thinking of upgrading to the VIP package for Aurora Lights in Manchester. does the VIP package include access to the soundcheck, or only the lounge?
how many VIP packages are left for the Manchester date?

cheers
Tyler""", uq=("does the VIP package include access to the soundcheck, or only the lounge?",),
     aq=("how many VIP packages are left for the Manchester date?",))
mail(c, "agent", at("11-09 09:45"), """Hi Tyler,

There were eleven VIP packages left for Manchester this morning. The VIP lounge
opens two hours before doors, with a bar, a cloakroom and its own entrance on
Dock Street, and you get a signed tour poster on the way out.

Olivia""", who="olivia")
mail(c, "customer", at("11-09 10:02"), """ok thanks""", thanks=True)

c = case("p18-upgrade-step-free", "en", "pending", {"unanswered-question": 1},
         "Lorraine Hughes <lorraine.hughes@example.net>", "gmail", "Seat upgrade for Saturday",
         "Upgrade done; a question in the customer's follow-up after the case seemed done is met "
         "with 'enjoy the show'.")
mail(c, "customer", at("11-13 10:20"), """Hello,

Could you upgrade our two seats for 'Mamma Mia!' on Saturday 28th from the balcony to the stalls? Happy to pay the difference. Order ML-60014.

Lorraine""", aq=("Could you upgrade our two seats for 'Mamma Mia!' on Saturday 28th from the balcony to the stalls?",))
mail(c, "agent", at("11-13 14:35"), """Hi Lorraine,

All done: you're now in stalls row F, seats 11 and 12. The difference of £24 has
been charged to the card you booked with.

Olivia""", who="olivia")
mail(c, "customer", at("11-13 15:02"), """Thanks! One more thing - is the upgraded row step-free? My dad uses a walking frame.

Lorraine""", uq=("is the upgraded row step-free?",))
mail(c, "agent", at("11-14 09:10"), """You're welcome, Lorraine - enjoy the show!

Olivia""", who="olivia")

c = case("p19-skyline-box-confirmed", "en", "pending", {}, "Nadia Kerr <nadia.kerr@halcyon-legal.example>",
         "owa", "Skyline box - 3 December",
         "'Will confirm by tomorrow' kept the next day; thanks-only reply.")
mail(c, "customer", at("11-17 09:30"), """Hi Theo,

Can you confirm we have the Skyline box for 16 corporate guests on 3 December? Our managing partner wants to send the invitations this week.

Best,
Nadia Kerr
Halcyon Legal LLP""", aq=("Can you confirm we have the Skyline box for 16 corporate guests on 3 December?",))
mail(c, "agent", at("11-17 11:50"), """Hi Nadia,

I'm checking the box allocation with Westgate Arena and will confirm by tomorrow.

Kind regards,""", who="theo", promises=((eod("11-18"), 2),))
mail(c, "agent", at("11-18 10:40"), """Hi Nadia,

Confirmed: the Skyline Box is yours on 3 December for 16 guests, with catering
package B. The invoice follows from our accounts team.

Kind regards,""", who="theo")
mail(c, "customer", at("11-18 11:05"), """Perfect, thank you.

Nadia""", thanks=True, client="owa")

c = case("p20-hearing-loop-colleague", "en", "pending", {}, "Graham Pike <graham.pike@example.org>",
         "thunderbird", "Seats near the hearing loop",
         "'Sam will get back to you by Thursday' kept by the colleague on Wednesday.")
mail(c, "customer", at("11-16 15:05"), """Hello,

Do you have seats near the hearing loop for the Lyric Rooms on 30 November?
It's for 'A Christmas Carol', two adults.

Graham Pike""", aq=("Do you have seats near the hearing loop for the Lyric Rooms on 30 November?",))
mail(c, "agent", at("11-16 16:20"), """Hello Graham,

Our access team keeps the loop seat map. I've passed this to Sam, who will get
back to you by Thursday.

Best,""", who="olivia", promises=((eod("11-19"), 2),))
mail(c, "agent", at("11-18 10:05"), """Hello Graham,

Rows C to H of the stalls are inside the loop. For 30 November I can offer you
D7 and D8 at £32 each - shall I book them?

Sam""", who="sam", parent=0)

c = case("p21-corporate-refund-handoffs", "en", "pending", {"many-handoffs": 1},
         "Priyanka Desai <p.desai@corvane.example>", "outlook", "Refund for cancelled sales kick-off",
         "A corporate refund handed from support to refunds to the corporate desk: three agents, "
         "every promise kept.")
mail(c, "customer", at("11-13 09:00"), """Hello,

We had to cancel our attendance at the RetailNext conference (order ML-C-6120, 8 delegate passes).
Can we get a refund, or at least a credit note?
And can the refund go back to our corporate card rather than the one that made the booking?

Regards,
Priyanka Desai
Corvane Ltd""", aq=("Can we get a refund, or at least a credit note?",
                     "And can the refund go back to our corporate card rather than the one that made the booking?"))
mail(c, "agent", at("11-13 11:30"), """Hello Priyanka,

Sorry to hear that. Refunds of conference passes are handled by Ben in our
payments team - he'll be in touch.

Best,""", who="olivia", promises=((at("11-15 11:30"), 2),))
mail(c, "agent", at("11-14 10:15"), """Hi Priyanka,

Because this was booked on a corporate account, the decision sits with our
corporate desk. Theo Marsh will write to you today.

Ben""", who="ben", parent=0, promises=((eod("11-14"), 3),))
mail(c, "agent", at("11-14 15:30"), """Dear Priyanka,

RetailNext passes are non-refundable within 30 days of the event, but as a
corporate client you can have a credit note for the full £2,360 valid for 12
months. It can only be issued to the account that booked; we cannot move the
money to a different card.

Kind regards,""", who="theo", parent=0)

c = case("p22-delegate-quote-ahead", "en", "pending", {}, "Martin Olsen <martin.olsen@fjordline-med.example>",
         "outlook", "Quote - 120 delegates, MedTech Forum",
         "Quote promised 'by Tuesday 24 November': the deadline is still ahead at audit time.")
mail(c, "customer", at("11-19 10:10"), """Hello,

Can you quote for 120 delegates, two-day pass, including the gala dinner, for the MedTech Forum in February? We would need a single invoice.

Best regards,
Martin Olsen""", aq=("Can you quote for 120 delegates, two-day pass, including the gala dinner, for the MedTech Forum in February?",))
mail(c, "agent", at("11-19 14:45"), """Dear Martin,

Thank you. The organisers publish the February rates next week, so I'll send
you the revised quote by Tuesday 24 November, as a single invoice as requested.

Kind regards,""", who="theo", promises=((eod("11-24"), None),))

c = case("p23-restricted-view-window", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
         "Chloe Bennett <chloe.bennett@example.com>", "gmail", "Restricted view in block C?",
         "'I'll look into it and get back to you' without a deadline, not kept within two days; "
         "the customer's chaser lost its threading headers.")
mail(c, "customer", at("11-11 20:30"), """Hi,

Can you tell me which seats in block C at Harbour Hall have a restricted view? I'm trying to book for my parents for the Vienna Strings concert.

Thanks,
Chloe""", aq=("Can you tell me which seats in block C at Harbour Hall have a restricted view?",))
mail(c, "agent", at("11-12 09:15"), """Hi Chloe,

Good question - the seat map on the site isn't detailed enough for that. Let me
look into it with the venue and get back to you.

Olivia""", who="olivia", promises=((at("11-14 09:15"), None),))
mail(c, "customer", at("11-17 12:05"), """Hi Olivia, I haven't heard back about the seating plan for block C. Tickets are selling fast.

Chloe""", chase=True, quote=False, thread=False, subject="Re: Restricted view in block C?")
mail(c, "agent", at("11-18 09:50"), """Hi Chloe,

Sorry for the wait. In block C, seats 1-4 of rows A to D are behind the sound
desk pillar; everything else has a clear view. Rows E and F are the best value.

Olivia""", who="olivia")

c = case("p24-resale-listing", "en", "closed", {}, "Owen Parry <owen.parry@example.net>", "thunderbird",
         "Reselling two tickets",
         "Resale questions answered; posting by courier on Monday (logistics) and 'we'll e-mail you "
         "when the listing sells' (process) are not promises.")
mail(c, "customer", at("11-03 18:00"), """Hello,

Can I resell my two tickets for Thursday's 'Blue Harbour' show through your site?
What happens if they don't sell?

Owen Parry""", aq=("Can I resell my two tickets for Thursday's 'Blue Harbour' show through your site?",
                    "What happens if they don't sell?"))
mail(c, "agent", at("11-04 09:30"), """Hello Owen,

Yes - I've listed both tickets on our fan resale at face value. We'll e-mail you
when the listing sells and refund you, minus a £2 fee per ticket. If they have
not sold 48 hours before the show, the listing is withdrawn and the tickets stay
yours. As you chose paper tickets, they are posted by Royal Mail Special Delivery
on Monday either way.

Best,""", who="olivia")

c = case("p25-move-performance-offer", "en", "pending", {}, "Sophie Turner <sophie.turner@example.org>",
         "iphone", "Can't make Friday",
         "A conditional offer ('just reply and I'll arrange it') with no reply is not a promise.")
mail(c, "customer", at("11-17 07:55"), """Hi, I can't make the Friday show of 'Dear Evan' any more because of a work trip. Is there anything you can do?

Sophie

Sent from my iPhone""", aq=("Is there anything you can do?",))
mail(c, "agent", at("11-17 10:30"), """Hi Sophie,

Of course. There are two seats of the same price left for the Saturday matinee
on the 28th. If you'd like to move to that one, just reply and I'll arrange it
at no charge.

Olivia""", who="olivia")

c = case("p26-cloakroom-ack", "en", "closed", {}, "Ian Fletcher <ian.fletcher@example.com>", "gmail",
         "Cloakroom at Harbour Hall",
         "Acknowledgement boilerplate ('we will reply within 24 hours'), then a reply answering "
         "both questions in one sentence.")
mail(c, "customer", at("11-06 13:10"), """Hello,

Is there a cloakroom at Harbour Hall? And how much does it cost?

Ian""", aq=("Is there a cloakroom at Harbour Hall?", "And how much does it cost?"))
ack(c, at("11-06 13:10"), "ML-87211")
mail(c, "agent", at("11-06 16:00"), """Hi Ian,

There is, on the ground floor by the main doors: £2 per item, card only.

Olivia""", who="olivia", parent=0)

c = case("p27-panto-booster-seat", "en", "pending", {}, "Kelly Marsden <kelly.marsden@mail.example>",
         "gmail", "Booster seat for the panto",
         "A pleasantry, a self-answered question and a rhetorical outburst around one real request, "
         "answered with 'Done'.")
mail(c, "customer", at("11-16 21:40"), """Hiya,

Hope you're all surviving the Christmas rush?

Where do I find my booking reference? Never mind, found it at the bottom of the
confirmation - ML-58812. Who knew buying panto tickets could be this stressful?!

Could you please arrange a booster seat for my daughter at seat F14 for Cinderella on 5 December? She's only four.

Thanks a million,
Kelly""", aq=("Could you please arrange a booster seat for my daughter at seat F14 for Cinderella on 5 December?",))
mail(c, "agent", at("11-17 09:05"), """Hi Kelly,

Done - a booster cushion will be waiting at F14 on 5 December.

Olivia""", who="olivia")

c = case("p28-genuine-forward", "en", "closed", {}, "Victor Lang <victor.lang@example.net>", "gmail",
         "Fwd: Your Marquee Lane booking ML-57310",
         "A forwarded confirmation full of boilerplate questions and a signature link; the one real "
         "question is answered with 'Yes'.")
mail(c, "customer", at("11-10 22:14"), """Hi,

I bought these through a link a friend sent me. Can you confirm this booking is genuine?

Victor

---------- Forwarded message ---------
From: Marquee Lane Tickets <orders@marqueelane.example>
Date: Mon, 9 Nov 2026 at 19:02
Subject: Your Marquee Lane booking ML-57310
To: <victor.lang@example.net>

Thank you for your order!

Event: Harbour Hall - Vienna Strings New Year Concert
Seats: Stalls row K, seats 5-6

Want to upgrade to a box? Need to change your seats? Visit
https://marqueelane.example/account?order=ML-57310&view=changes

Questions? Our FAQ has the answers: https://marqueelane.example/faq?src=confirmation""",
     aq=("Can you confirm this booking is genuine?",))
mail(c, "agent", at("11-11 09:20"), """Hi Victor,

Yes, that's a genuine Marquee Lane confirmation and the seats are yours.

Olivia""", who="olivia")

c = case("p29-aisle-seats-date", "en", "pending", {}, "Fiona Grant <fiona.grant@example.org>", "gmail",
         "Aisle seats please",
         "Support asks back which date; the customer answers under the quoted question and adds a "
         "request; both handled in one reply.")
mail(c, "customer", at("11-16 12:00"), """Hello,

Can I change my two seats for 'The Snow Queen' to aisle seats? My knee doesn't like being hemmed in.

Fiona""", aq=("Can I change my two seats for 'The Snow Queen' to aisle seats?",))
mail(c, "agent", at("11-16 14:20"), """Hi Fiona,

Happy to help - which performance date did you book for? You have two orders
for 'The Snow Queen' on your account.

Olivia""", who="olivia")
mail(c, "customer", at("11-16 17:45"), """On Mon, 16 Nov 2026 at 14:20, Olivia Grant <olivia.grant@marqueelane.example> wrote:
> Happy to help - which performance date did you book for?

The 8 December evening show.

Also, can I add one more ticket next to them for my sister?

Fiona""", quote=False, aq=("Also, can I add one more ticket next to them for my sister?",))
mail(c, "agent", at("11-17 09:40"), """Hi Fiona,

Done: for 8 December you're now in D1-D3, on the aisle, and the third ticket for
your sister is added (£38.50 charged to your card).

Olivia""", who="olivia")

c = case("p30-split-booking-html", "en", "closed", {}, "Rachel Adams <rachel.adams@example.com>", "owa",
         "Split our booking",
         "HTML-only request from Outlook on the web, answered with the two new order numbers.")
mail(c, "customer", at("11-04 12:30"), """Hi,

Can you split our booking of six (ML-53020) into two separate orders of three so we can pay separately?

Thanks,
Rachel Adams""", kind="html", aq=("Can you split our booking of six (ML-53020) into two separate orders of three so we can pay separately?",))
mail(c, "agent", at("11-04 15:10"), """Hi Rachel,

Yes, no problem: ML-53020 is now ML-53020-A and ML-53020-B, three seats each,
and each has its own payment link in your account.

Olivia""", who="olivia")

c = case("p31-cancel-wrong-city-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
         "Ahmed Siddiqui <ahmed.siddiqui@example.com>", "gmail", "Cancel order ML-60777",
         "A cancellation request resent unchanged three days later as a new message; answered late.")
REQUEST = """Hello,

Please cancel my order ML-60777 - I booked the Bristol date of 'Northern Soul Revue' instead of Birmingham by mistake. I'll rebook the right city once it's cancelled.

Ahmed Siddiqui"""
mail(c, "customer", at("11-13 08:20"), REQUEST,
     aq=("Please cancel my order ML-60777 - I booked the Bristol date of 'Northern Soul Revue' instead of Birmingham by mistake.",))
mail(c, "customer", at("11-16 08:05"), REQUEST, parent=None, chase=True)
mail(c, "agent", at("11-16 11:30"), """Hi Ahmed,

Sorry for the slow reply. ML-60777 is cancelled and the £58 is on its way back
to your card; the Birmingham date still has good seats.

Ben""", who="ben")

c = case("p32-resolved-tag-reopened", "en", "pending", {"reopened": 1},
         "Liam O'Connor <liam.oconnor@example.net>", "gmail", "Wrong seats in the app",
         "Seat change confirmed under a [Resolved] subject tag; the customer writes again with a "
         "screenshot because the app still shows the old seats.")
mail(c, "customer", at("11-09 17:30"), """Hi,

Please move my booking ML-58001 from row R to row M - you had a swap offer on the
site last week. Same show, same date (Frozen Echoes, 27 Nov).

Liam""", aq=("Please move my booking ML-58001 from row R to row M",))
mail(c, "agent", at("11-10 10:00"), """Hi Liam,

Done - you're now in row M, seats 14 and 15.

Olivia""", who="olivia", closes=True, subject="[Resolved] Re: Wrong seats in the app")
mail(c, "customer", at("11-18 20:15"), """Hi Olivia, the app still shows row R (screenshot attached). Which one is right?

Liam""", aq=("Which one is right?",),
     attach=(("image/png", "app-seats.png",
              mailcraft.png(12, 8, lambda x, y: (30 + 10 * x, 40, 90 + 8 * y))),))
mail(c, "agent", at("11-19 09:30"), """Hi Liam,

Row M is right. The app caches tickets for a day - log out and back in and it
will show M14 and M15.

Olivia""", who="olivia")

c = case("p33-assistance-dog-slow", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
         "Helen Marsh <helen.marsh@example.org>", "apple", "Assistance dog at Westgate Arena",
         "Answered two days late, and only about the dog; the companion-ticket question is skipped.")
mail(c, "customer", at("11-10 08:45"), """Good morning,

I have tickets for the Harbour Lights tour at Westgate Arena on 6 December. Can I bring my assistance dog to the Westgate Arena?
Do I need to book a companion ticket in advance, or can my husband get one on the night?

Kind regards,
Helen Marsh""", uq=("Do I need to book a companion ticket in advance, or can my husband get one on the night?",),
     aq=("Can I bring my assistance dog to the Westgate Arena?",))
mail(c, "agent", at("11-12 10:30"), """Dear Helen,

Assistance dogs are very welcome at Westgate Arena. We'll seat you at the end of
a row with space for your dog, and stewards can show you the relief area
behind gate B.

Best wishes,""", who="sam")

c = case("p34-direccion-facturacion", "es", "closed", {"unanswered-question": 1},
         "Rocío Navarro <rocio.navarro@example.es>", "gmail_es", "Venta concierto Año Nuevo",
         "Sale date answered; the request in passing to update the billing address is not.")
mail(c, "customer", at("11-08 11:15", 1), """Hola:

¿Cuándo se abre la venta para el concierto de Año Nuevo en el Auditorio Costa? Quiero comprar cuatro entradas.
Por cierto, actualicen por favor mi dirección de facturación a Calle Mayor 14, 28013 Madrid.

Saludos,
Rocío""", uq=("actualicen por favor mi dirección de facturación a Calle Mayor 14, 28013 Madrid.",),
     aq=("¿Cuándo se abre la venta para el concierto de Año Nuevo en el Auditorio Costa?",))
mail(c, "agent", at("11-09 09:40", 1), """Hola Rocío:

La venta general empieza el 1 de diciembre a las 10:00. Si está suscrita a
nuestro boletín, tendrá acceso anticipado el 30 de noviembre.

Un saludo,""", who="lucia")

c = case("p35-chor-gruppenrabatt", "de", "pending",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "Ulrich Brandt <ulrich.brandt@kammerchor-linden.example>", "outlook_de", "Gruppenanfrage Kammerchor",
         "Group discount answered five days late after 'Ich warte immer noch auf eine Antwort'; the "
         "request to hold seats without paying is skipped.")
mail(c, "customer", at("11-11 19:20", 1), """Sehr geehrte Damen und Herren,

wir möchten als Kammerchor Linden (32 Personen) das Weihnachtsoratorium am 19. Dezember besuchen.
Bekommen wir als Chor einen Gruppenrabatt?
Können Sie uns die Plätze bis Ende November reservieren, ohne dass wir sofort zahlen müssen?

Mit freundlichen Grüßen
Ulrich Brandt
Kammerchor Linden e.V.""",
     uq=("Können Sie uns die Plätze bis Ende November reservieren, ohne dass wir sofort zahlen müssen?",),
     aq=("Bekommen wir als Chor einen Gruppenrabatt?",))
ack(c, at("11-11 19:21", 1), "ML-87901", "de")
mail(c, "customer", at("11-16 08:30", 1), """Guten Tag,

ich warte immer noch auf eine Antwort auf meine Anfrage vom 11. November (siehe unten).

Ulrich Brandt""", chase=True, parent=0)
mail(c, "agent", at("11-16 14:10", 1), """Sehr geehrter Herr Brandt,

entschuldigen Sie die späte Antwort. Gruppen ab 20 Personen erhalten beim
Weihnachtsoratorium 15 % Rabatt auf alle Kategorien, für 32 Personen also
z. B. 39,10 € statt 46 € in Kategorie 2.

Mit freundlichen Grüßen""", who="katrin")

c = case("p36-surtitres-mixte", "fr", "closed", {}, "Anne Kowalczyk <anne.kowalczyk@example.fr>", "apple_fr",
         "Surtitres pour Les Ombres ?",
         "A French mail with an English sentence; answered in French with a plain 'Oui'.")
mail(c, "customer", at("11-06 17:05", 1), """Bonjour,

Est-ce que le spectacle « Les Ombres » au Théâtre des Quais est surtitré en anglais ? My husband doesn't speak French, so it matters a lot. Nous avons des places pour le 2 décembre.

Bonne soirée,
Anne""", aq=("Est-ce que le spectacle « Les Ombres » au Théâtre des Quais est surtitré en anglais ?",))
mail(c, "agent", at("11-07 09:00", 1), """Bonjour Madame,

Oui, toutes les représentations des « Ombres » sont surtitrées en anglais et en
français ; les écrans sont visibles depuis toutes les places.

Bien cordialement,""", who="camille")

c = case("p37-facture-sarl-jeudi", "fr", "closed", {"missed-follow-up": 1},
         "Pierre Vernet <p.vernet@atelier-vernet.example>", "gmail", "Facture au nom de la société",
         "'Je reviens vers vous d'ici jeudi' about a company invoice, never kept; the case goes quiet.")
mail(c, "customer", at("11-09 10:40", 1), """Bonjour,

Pouvez-vous m'envoyer une facture au nom de mon entreprise, Atelier Vernet SARL, pour la commande ML-52277 ?

Cordialement,
Pierre Vernet""", aq=("Pouvez-vous m'envoyer une facture au nom de mon entreprise, Atelier Vernet SARL, pour la commande ML-52277 ?",))
mail(c, "agent", at("11-09 15:20", 1), """Bonjour Monsieur Vernet,

Je vérifie avec notre comptabilité si la facture peut être réémise au nom de
la société, et je reviens vers vous d'ici jeudi.

Bien cordialement,""", who="camille", promises=((eod("11-12", 1), None),))

c = case("p38-handy-ja", "de", "closed", {}, "Jonas Weber <jonas.weber@example.de>", "outlook_de",
         "Tickets auf dem Handy",
         "Two yes/no questions answered with 'Ja.' and 'Nein, ...'; thanks-only reply.")
mail(c, "customer", at("11-05 18:10", 1), """Hallo,

kann ich die Tickets für das Konzert am Samstag auch auf dem Handy vorzeigen? Muss ich dafür Ihre App installieren?

Danke und Gruß
Jonas Weber""", aq=("kann ich die Tickets für das Konzert am Samstag auch auf dem Handy vorzeigen?",
                     "Muss ich dafür Ihre App installieren?"))
mail(c, "agent", at("11-06 08:45", 1), """Hallo Herr Weber,

Ja. Und nein, die App brauchen Sie nicht - das PDF aus der Bestätigung reicht.

Viele Grüße""", who="katrin")
mail(c, "customer", at("11-06 09:10", 1), """Super, danke!

Jonas""", thanks=True)

c = case("p39-palco-sin-respuesta", "es", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Andrés Castillo <andres.castillo@example.es>", "gmail_es", "Cambio de platea a palco",
         "'Le escribo mañana' not kept; the customer's '¿Hay alguna novedad? Sigo esperando' "
         "gets no reply.")
mail(c, "customer", at("11-16 10:05", 1), """Hola,

¿Puedo cambiar mis dos entradas de platea a palco para la zarzuela del 12 de diciembre? Pagaría la diferencia, claro. Pedido ML-59930.

Gracias,
Andrés Castillo""", aq=("¿Puedo cambiar mis dos entradas de platea a palco para la zarzuela del 12 de diciembre?",))
mail(c, "agent", at("11-16 12:30", 1), """Hola Andrés:

Tengo que confirmar con el teatro si quedan palcos libres para esa función. Le
escribo mañana con la respuesta.

Un saludo,""", who="lucia", promises=((eod("11-17", 1), None),))
mail(c, "customer", at("11-19 09:10", 1), """Hola Lucía, ¿hay alguna novedad? Sigo esperando.

Andrés""", chase=True)

c = case("p40-fresh-question", "en", "open", {}, "Emma Sinclair <emma.sinclair@example.com>", "gmail",
         "Age limit for the comedy night?",
         "A question sent this morning, still inside the response target; only the robot replied.")
mail(c, "customer", at("11-20 09:05"), """Hi, is there an age limit for 'Laugh Out Loud Live' at Harbour Hall? My son is 15.

Emma""")
ack(c, at("11-20 09:05"), "ML-88590")

c = case("p41-badges-po-number", "en", "pending", {"unanswered-question": 2, "missed-follow-up": 1},
         "Grace Liu <grace.liu@brightpath-events.example>", "outlook", "FinOps Summit - badges and invoice",
         "Badge collection handled; the PO number and the attendee spreadsheet requests are "
         "skipped; a promised badge proof 'by Wednesday' never comes.")
mail(c, "customer", at("11-16 09:30"), """Hello,

We have 14 delegates at the FinOps Summit on 2-3 December (booking ML-C-6388).

Can our delegates collect their badges on the evening of 1 December, so they skip the morning queue?
Could you add our PO number 4410-22 to the invoice? Our finance system rejects invoices without one.
Please also send the attendee list as a spreadsheet so I can check the spellings.

Many thanks,
Grace Liu
Event Coordinator, Brightpath Events""",
     uq=("Could you add our PO number 4410-22 to the invoice?",
         "Please also send the attendee list as a spreadsheet so I can check the spellings."),
     aq=("Can our delegates collect their badges on the evening of 1 December, so they skip the morning queue?",))
mail(c, "agent", at("11-16 13:45"), """Hi Grace,

Yes - badge collection opens at 5pm on 1 December in the Kingsway Hotel lobby,
next to the venue. I'll send you a proof of the badge design by Wednesday so you
can approve the company name as it will be printed.

Kind regards,""", who="theo", promises=((eod("11-18"), None),))
mail(c, "customer", at("11-16 14:02"), """Great, thank you Theo.

Grace""", thanks=True)

c = case("p42-under-fives-ooo", "en", "closed", {}, "Daniel Hughes <daniel.hughes@example.org>", "outlook",
         "Family concert - children's tickets",
         "Answered in other words; the customer's out-of-office reply is automatic mail.")
mail(c, "customer", at("11-05 08:10"), """Hello,

Are under-5s free at the Sunday family concert at Harbour Hall? We'd be two adults and our twins (aged 3).

Regards,
Daniel Hughes""", aq=("Are under-5s free at the Sunday family concert at Harbour Hall?",))
mail(c, "agent", at("11-05 11:20"), """Hi Daniel,

Babes in arms up to 2 go free on a lap; from 2 to 5 a child ticket is £8, so
for your twins it would be £16 plus the two adult tickets.

Olivia""", who="olivia")
mail(c, "auto", at("11-05 11:21"), """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For urgent matters please contact reception on 0161 555 0100.

Daniel Hughes""", quote=False, subject="Automatic reply: RE: Family concert - children's tickets",
     extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))

c = case("p43-jazz-weekend-instalments", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
         "Sarah Okafor <sarah.okafor@example.com>", "gmail", "Riverside Jazz Weekend",
         "Refund policy answered, line-up date deferred 'by Friday' and never kept, instalments "
         "question ignored.")
mail(c, "customer", at("11-09 20:10"), """Hi,

Before I buy two weekend passes for the Riverside Jazz Weekend:
Are the tickets refundable if I can't make it?
When will the full line-up be published?
And can I pay in two instalments? £290 in one go is a lot right before Christmas.

Thanks,
Sarah""", uq=("And can I pay in two instalments?",),
     aq=("Are the tickets refundable if I can't make it?", "When will the full line-up be published?"))
mail(c, "agent", at("11-10 10:15"), """Hi Sarah,

Weekend passes are refundable up to 14 days before the festival, minus the
booking fee. I'll check with the promoter about the line-up date and get back
to you by Friday.

Ben""", who="ben", promises=((eod("11-13"), None),))

c = case("p44-rechnung-mwst-spaet", "de", "pending", {"missed-follow-up": 1},
         "Petra Schulz <petra.schulz@schulz-consulting.example>", "thunderbird_de", "Rechnung mit MwSt.",
         "'Ich melde mich morgen' on Thursday, kept on Monday with the invoice PDF: late is missed.")
mail(c, "customer", at("11-12 10:00", 1), """Guten Tag,

für unsere Firmenbuchung ML-C-6204 (6 Tickets Jazzgala) brauche ich eine Rechnung mit ausgewiesener Mehrwertsteuer. Können Sie mir die schicken?

Freundliche Grüße
Petra Schulz
Schulz Consulting GmbH""", aq=("Können Sie mir die schicken?",))
mail(c, "agent", at("11-12 14:30", 1), """Guten Tag Frau Schulz,

das geht. Die Buchhaltung muss die Rechnung neu erstellen, ich melde mich
morgen mit dem PDF.

Viele Grüße""", who="katrin", promises=((eod("11-13", 1), 2),))
mail(c, "agent", at("11-16 09:20", 1), """Guten Tag Frau Schulz,

entschuldigen Sie die Verzögerung. Anbei die Rechnung ML-R-2026-0931 mit
ausgewiesener Mehrwertsteuer (19 %).

Viele Grüße""", who="katrin",
     attach=(("application/pdf", "ML-R-2026-0931.pdf",
              mailcraft.pdf(["Marquee Lane Tickets - Rechnung ML-R-2026-0931",
                             "Schulz Consulting GmbH", "6 x Jazzgala - netto 420,17 EUR",
                             "MwSt. 19 % 79,83 EUR - brutto 500,00 EUR"])),))
mail(c, "customer", at("11-16 10:05", 1), """Vielen Dank!

Petra Schulz""", thanks=True)

c = case("p45-assurance-maladie", "fr", "pending", {"unanswered-question": 1},
         "Sylvie Bernard <sylvie.bernard@example.fr>", "apple_fr", "Remboursement et assurance",
         "Refund delay answered; the insurance question answered only partially (price, not "
         "whether illness is covered) - labelled unanswered.")
mail(c, "customer", at("11-15 16:20", 1), """Bonjour,

Quel est le délai de remboursement si l'événement est annulé ?
Je voudrais savoir si l'assurance annulation couvre aussi la maladie, car ma mère est souvent hospitalisée.

Merci,
Sylvie Bernard""", uq=("Je voudrais savoir si l'assurance annulation couvre aussi la maladie",),
     aq=("Quel est le délai de remboursement si l'événement est annulé ?",))
mail(c, "agent", at("11-16 10:40", 1), """Bonjour Madame Bernard,

En cas d'annulation par l'organisateur, le remboursement est automatique sous 14
jours. L'assurance annulation coûte 4 € par billet et se prend au moment de la
commande.

Bien cordialement,""", who="camille")

c = case("p46-ascensor-comida", "es", "closed", {}, "Beatriz Ramos <beatriz.ramos@example.es>", "gmail_es",
         "Preguntas sobre el Auditorio Costa",
         "Three questions answered inline under the quoted lines in Spanish.")
mail(c, "customer", at("11-06 12:00", 1), """Hola:

¿El Auditorio Costa tiene ascensor hasta el anfiteatro?
¿Se puede entrar con comida o bebida?
¿Hay guardarropa?

Gracias,
Beatriz""", aq=("¿El Auditorio Costa tiene ascensor hasta el anfiteatro?",
                 "¿Se puede entrar con comida o bebida?", "¿Hay guardarropa?"))
mail(c, "agent", at("11-06 16:30", 1), """Hola Beatriz:

El vie, 6 nov 2026 a las 12:00, Beatriz Ramos (<beatriz.ramos@example.es>) escribió:
> ¿El Auditorio Costa tiene ascensor hasta el anfiteatro?

Sí, desde el vestíbulo principal.

> ¿Se puede entrar con comida o bebida?

Solo agua en botella de plástico; hay bar en cada planta.

> ¿Hay guardarropa?

Sí, gratuito, junto a la puerta 2.

Un saludo,""", who="lucia", quote=False)

c = case("p47-comedy-group-newsletter", "en", "pending", {"unanswered-question": 1},
         "Tom Ridley <tom.ridley@example.net>", "thunderbird", "8 seats for the comedy night",
         "Group seats answered and booked; the PS asking to be taken off the newsletter is ignored "
         "in both replies.")
mail(c, "customer", at("11-13 12:40"), """Hi,

Are there 8 seats together for 'Laugh Out Loud Live' at Harbour Hall on 11 December? It's for a stag do, we'll behave.

Tom

PS please remove me from the marketing newsletter, I get three a week.""",
     uq=("please remove me from the marketing newsletter",),
     aq=("Are there 8 seats together for 'Laugh Out Loud Live' at Harbour Hall on 11 December?",))
mail(c, "agent", at("11-13 16:15"), """Hi Tom,

There are: row L, seats 1-8, at £22 each. Shall I book them?

Olivia""", who="olivia")
mail(c, "customer", at("11-13 16:40"), """Yes please, book them on my account.

Tom""", aq=("book them on my account.",))
mail(c, "agent", at("11-14 09:00"), """Hi Tom,

Booked - ML-61870, row L 1-8, £176 charged. Have a great night.

Olivia""", who="olivia")

c = case("p48-standing-upgrade-checking-in", "en", "pending", {"customer-chased": 1},
         "Zara Hussain <zara.hussain@example.com>", "gmail", "Upgrade standing to seated",
         "Second question left out of the first reply; 'Just checking in on the other thing' is a "
         "chase and the reply after it answers.")
mail(c, "customer", at("11-09 19:30"), """Hi,

Can I upgrade my standing ticket for Neon Tide (ML-59008) to a seated one? And will the upgrade show up in the app automatically?

Zara""", aq=("Can I upgrade my standing ticket for Neon Tide (ML-59008) to a seated one?",
              "And will the upgrade show up in the app automatically?"))
mail(c, "agent", at("11-10 10:30"), """Hi Zara,

Yes - upgrade done, you're now in block 104, row 9, seat 22. The £15 difference
has been charged.

Ben""", who="ben")
mail(c, "customer", at("11-16 18:00"), """Hi Ben, just checking in on the other thing I asked - will the upgrade show up in the app, or should I print the new ticket?

Zara""", chase=True, aq=("will the upgrade show up in the app, or should I print the new ticket?",))
mail(c, "agent", at("11-17 09:05"), """Hi Zara,

Sorry, I missed that. It shows in the app after a refresh - no need to print.

Ben""", who="ben")

c = case("p49-firmenfeier-kostenstelle", "de", "closed", {"unanswered-question": 2},
         "Klaus Zimmermann <k.zimmermann@meridian-bau.example>", "outlook_de",
         "Firmenfeier Varieté - 40 Personen",
         "Seats and menu answered; the cost-centre request and the cloakroom question skipped.")
mail(c, "customer", at("11-02 11:00", 1), """Guten Tag,

für unsere Weihnachtsfeier möchten wir 40 Plätze im Varieté Lichtspiel am 11. Dezember buchen.

Haben Sie noch 40 Plätze nebeneinander, gern an Tischen?
Ist ein Menü im Preis enthalten?
Bitte tragen Sie auf der Rechnung unsere Kostenstelle 7300-WF ein.
Gibt es eine Garderobe für die Mäntel?

Mit freundlichen Grüßen
Klaus Zimmermann
Meridian Bau GmbH""",
     uq=("Bitte tragen Sie auf der Rechnung unsere Kostenstelle 7300-WF ein.",
         "Gibt es eine Garderobe für die Mäntel?"),
     aq=("Haben Sie noch 40 Plätze nebeneinander, gern an Tischen?", "Ist ein Menü im Preis enthalten?"))
mail(c, "agent", at("11-02 15:30", 1), """Guten Tag Herr Zimmermann,

am 11. Dezember kann ich Ihnen die Tische 20 bis 29 im Parkett anbieten, zehn
Vierertische nebeneinander. Das Drei-Gänge-Menü ist im Varieté-Paket enthalten
(89 € pro Person), Getränke werden separat abgerechnet.

Mit freundlichen Grüßen""", who="katrin")

c = case("p50-nombre-hijo-puertas", "es", "open", {"unanswered-question": 1, "awaiting-reply": 1},
         "Lorena Gómez <lorena.gomez@example.es>", "gmail_es", "Entradas Cascanueces",
         "Box-office pickup answered, the request to put the son's name on his ticket skipped; "
         "a new question two days ago has no reply.")
mail(c, "customer", at("11-13 18:20", 1), """Hola,

tengo tres entradas para El Cascanueces del 20 de diciembre (pedido ML-60412).
¿Puedo recoger las entradas en taquilla el mismo día de la función?
Además, necesito que la entrada de mi hijo figure a su nombre, Pablo Ruiz Gómez, porque va con su colegio.

Gracias,
Lorena""", cte="base64", uq=("Además, necesito que la entrada de mi hijo figure a su nombre, Pablo Ruiz Gómez, porque va con su colegio.",),
     aq=("¿Puedo recoger las entradas en taquilla el mismo día de la función?",))
mail(c, "agent", at("11-14 10:00", 1), """Hola Lorena:

Sí, la taquilla abre dos horas antes de cada función; solo tiene que llevar el
número de pedido y un documento de identidad.

Un saludo,""", who="lucia")
mail(c, "customer", at("11-18 11:00", 1), """Vale, gracias. ¿Y a qué hora abren las puertas de la sala?

Lorena""")

c = case("p51-lyric-access-large-print", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
         "Catherine Doyle <catherine.doyle@example.org>", "gmail", "Access for my partner - Lyric Rooms",
         "Lift answered; wheelchair space deferred 'by Tuesday' and never confirmed; the large-print "
         "guide request ignored.")
mail(c, "customer", at("11-12 16:30"), """Dear Access Team,

My partner uses a wheelchair and we have tickets for 'The Glass Orchard' on 27 November (ML-60233).

Is there a lift to the dress circle at the Lyric Rooms?
Could you reserve a wheelchair space next to seat C12, where I'll be sitting?
Can I get a copy of your access guide in large print? My own eyesight isn't great.

Thank you,
Catherine Doyle""", uq=("Can I get a copy of your access guide in large print?",),
     aq=("Is there a lift to the dress circle at the Lyric Rooms?",
         "Could you reserve a wheelchair space next to seat C12, where I'll be sitting?"))
mail(c, "agent", at("11-13 10:05"), """Dear Catherine,

Yes, there is a lift from the foyer to the dress circle; the stewards will meet
you at the side entrance on Bell Lane.

The wheelchair spaces for the 27th are allocated by the venue, so I'll check what
is free next to C12 and come back to you by Tuesday.

Kind regards,""", who="sam", promises=((eod("11-17"), None),))

c = case("p52-parking-payant", "fr", "pending", {"unanswered-question": 1},
         "Nicolas Petit <nicolas.petit@example.fr>", "thunderbird", "Téléchargement des billets",
         "Download question answered; the parking question in the follow-up is met with the tram "
         "line - a different question.")
mail(c, "customer", at("11-17 19:00", 1), """Bonjour,

Comment puis-je télécharger mes billets pour le concert de Noël à la Salle Rameau ? Je ne trouve pas le bouton dans mon compte.

Nicolas Petit""", aq=("Comment puis-je télécharger mes billets pour le concert de Noël à la Salle Rameau ?",))
mail(c, "agent", at("11-18 09:30", 1), """Bonjour Monsieur Petit,

Les billets de ce concert sont envoyés en PDF le 10 décembre ; le bouton
« Télécharger » apparaîtra dans votre compte à ce moment-là.

Bien cordialement,""", who="camille")
mail(c, "customer", at("11-18 12:10", 1), """Merci pour la réponse rapide. Au fait, le parking de la salle est-il payant ?

Nicolas""", uq=("le parking de la salle est-il payant ?",))
mail(c, "agent", at("11-18 15:45", 1), """Bonjour Monsieur Petit,

La Salle Rameau est desservie par le tram T2, arrêt « Quais », à deux minutes à
pied de l'entrée.

Bien cordialement,""", who="camille")

c = case("p53-season-pass-three-agents", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
         "Robert Vance <robert.vance@example.com>", "apple", "Season pass transfer and invoice",
         "Three agents: a colleague's reply arrives a day after the promised 'tomorrow' (missed); "
         "the corporate desk sends the invoice but nobody answers about the parking permit.")
mail(c, "customer", at("11-10 09:00"), """Hello,

I hold a Harbour Hall season pass (SP-2231) but I'm moving abroad in January.
Can I transfer the rest of the season to my colleague, Miriam Holt?
Could you send me an invoice for the pass made out to my employer, Vance & Holt Architects, for our records?
Does the parking permit that came with the pass transfer as well?

Best regards,
Robert Vance""", uq=("Does the parking permit that came with the pass transfer as well?",),
     aq=("Can I transfer the rest of the season to my colleague, Miriam Holt?",
         "Could you send me an invoice for the pass made out to my employer, Vance & Holt Architects, for our records?"))
mail(c, "agent", at("11-10 11:45"), """Hello Robert,

Season pass transfers are done by our access and membership colleague Sam, who
will reply to you tomorrow.

Best,""", who="olivia", promises=((eod("11-11"), 2),))
mail(c, "agent", at("11-12 14:20"), """Dear Robert,

Yes, the remaining season can pass to Miriam Holt: I've moved SP-2231 into her
name from the January concerts onwards, and she'll receive a welcome e-mail.

Sam""", who="sam", parent=0)
mail(c, "agent", at("11-13 10:30"), """Dear Robert,

Please find the invoice for season pass SP-2231, made out to Vance & Holt
Architects, attached.

Kind regards,""", who="theo", parent=0,
     attach=(("application/pdf", "SP-2231-invoice.pdf",
              mailcraft.pdf(["Marquee Lane Tickets - Invoice INV-SP-2231",
                             "Vance & Holt Architects", "Harbour Hall season pass 2026/27 - GBP 540.00"])),))

c = case("p54-gift-voucher-card", "en", "pending", {"unanswered-question": 2},
         "Margaret Ellis <margaret.ellis@example.org>", "owa", "Gift voucher for my granddaughter",
         "Expiry and use for conferences answered; posting it in a card and a receipt without the "
         "price are both ignored; thanks-only reply.")
mail(c, "customer", at("11-17 10:10"), """Good morning,

I would like to buy a £100 Marquee Lane gift voucher for my granddaughter, who has just started at university in Leeds and loves the theatre.

Do your gift vouchers expire?
Can they be used for conference tickets too, or only for shows?
Could you post the voucher in a card rather than emailing it? I'm old-fashioned that way.
I'd also like the receipt to show no price, since it's a present.

With thanks,
Margaret Ellis""",
     uq=("Could you post the voucher in a card rather than emailing it?",
         "I'd also like the receipt to show no price, since it's a present."),
     aq=("Do your gift vouchers expire?", "Can they be used for conference tickets too, or only for shows?"))
mail(c, "agent", at("11-17 14:25"), """Dear Margaret,

What a lovely present. Our vouchers are valid for 24 months from purchase and
can be spent on anything we sell - concerts, theatre, comedy and conference
passes alike, across all our venues.

Best,""", who="ben")
mail(c, "customer", at("11-17 15:00"), """Thank you, Ben.

Margaret""", thanks=True, client="owa")

c = case("p55-harbour-hall-dinner", "en", "pending", {}, "Oliver Stanton <oliver.stanton@quayside-events.example>",
         "gmail", "Harbour Hall for a seated dinner",
         "Answered with a bare number and a bare link, then a date question answered; a hold "
         "'until Friday 27 November' is not a promise to write.")
mail(c, "customer", at("11-18 09:40"), """Hi there,

Whats the capacity of Harbour Hall's main room for a seated dinner? And where can I see a floor plan? Were planning a 10th anniversary dinner for a client.

Oliver""", aq=("Whats the capacity of Harbour Hall's main room for a seated dinner?",
                "And where can I see a floor plan?"))
mail(c, "agent", at("11-18 11:00"), """240.

https://marqueelane.example/venues/harbour-hall/floorplan.pdf

Theo""", who="theo")
mail(c, "customer", at("11-18 11:20"), """Perfect. is 22 January still free?

Oliver""", aq=("is 22 January still free?",))
mail(c, "agent", at("11-18 12:05"), """It is. I've put a provisional hold on 22 January for you; the hold lasts until
Friday 27 November.

Theo""", who="theo")

c = case("p56-order-number-follows", "en", "closed", {}, "Ruth Kaplan <ruth.kaplan@example.net>", "iphone",
         "Wrong date on my tickets?",
         "A second mail adds the order number before support replied - not a chase; one reply "
         "answers both.")
mail(c, "customer", at("11-04 08:05"), """Hi, my tickets say 12 December but I'm sure I booked the 13th. Can you check which date I actually booked?

Ruth

Sent from my iPhone""", aq=("Can you check which date I actually booked?",))
mail(c, "customer", at("11-04 08:20"), """Sorry, forgot the order number: ML-54410.

Ruth

Sent from my iPhone""", parent=0)
mail(c, "agent", at("11-04 10:30"), """Hi Ruth,

ML-54410 is booked for Saturday 12 December - the 13th wasn't on sale yet when
you bought. If you'd rather go on the 13th, I can swap you free of charge.

Olivia""", who="olivia", parent=1)

# --------------------------------------------------------------------------------------
# Checking and writing
# --------------------------------------------------------------------------------------


def own_text(m: Msg) -> str:
    """What the message's author wrote, without the quoted parent (the body before rendering)."""
    return m.body.replace("{quote}", "")


def label_problems(cases: list[Case]) -> list[str]:
    """Every disagreement between a case's hand-written labels and its messages' facts."""
    problems = []
    for c in cases:
        status = mailcraft.contract_status(c.msgs, CONTRACT)
        if status != c.status:
            problems.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(c.msgs, CONTRACT)
        if rules != c.rules:
            problems.append(f"{c.name}: rules {c.rules}, facts say {rules}")
        for m in c.msgs:
            for q in m.uq + m.aq:
                if m.role != "customer" or q not in own_text(m):
                    problems.append(f"{c.name}: question {q!r} in no customer message's own text")
            if m.uq and not any(r.role == "agent" and r.date > m.date for r in c.msgs):
                problems.append(f"{c.name}: {m.uq[0]!r} has no support reply after it")
    return problems


def write_mailbox(cases: list[Case], out: Path) -> list[Msg]:
    """Render every message and write the mbox and the Sent Maildir under ``out``."""
    msgs = mailcraft.render_corpus([m for c in cases for m in c.msgs], PROFILE)
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(mailcraft.addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.marqueelane.example")
    return msgs


def read_back_problems(msgs: list[Msg], out: Path) -> list[str]:
    """Problems of the written mailbox when parsed back: threading, dates, decoding, text."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    problems = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, True) for p in inbox} | {p["Message-ID"]: (p, False) for p in sent}
    for m in msgs:
        parsed, in_mbox = by_id[m.message_id]
        problem = mailcraft.round_trip_problem(m, parsed, in_mbox) if m.kind != "html" else None
        if problem:
            problems.append(problem)
    if len(by_id) != len(msgs):
        problems.append(f"{len(msgs)} messages written, {len(by_id)} read back")
    return problems


def write(out: Path) -> None:
    """Check the labels against the facts, then write the corpus to ``out`` (README kept)."""
    problems = label_problems(CASES)
    if problems:
        raise SystemExit("refusing to write:\n" + "\n".join(problems))
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp)
        msgs = write_mailbox(CASES, stage)
        problems = read_back_problems(msgs, stage)
        if problems:
            raise SystemExit("refusing to write:\n" + "\n".join(problems))
        labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, CONTRACT.handoff_limit)
        (stage / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        rows = [(c.name, c.lang, mailcraft.addr_of(c.customer)[0], c.client, len(c.msgs), c.status,
                 {r: c.rules[r] for r in RULES if r in c.rules}, c.story) for c in CASES]
        (stage / "CASES.md").write_text(
            mailcraft.cases_table("Practice5 corpus: Marquee Lane Tickets - cases",
                                  "make_practice5_corpus.py", rows), encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(stage / name), str(target))


def main() -> None:
    """Command line: regenerate the corpus into tests/practice5 or ``--out DIR``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice5")
    write(parser.parse_args().out)


if __name__ == "__main__":
    main()
