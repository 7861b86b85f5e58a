#!/usr/bin/env python3
"""Regenerate ``tests/practice3/``: the labelled corpus of Voltaro, a consumer-electronics shop.

A support mailbox of a fictional online shop for phones, laptops, headphones and smart-home
devices with a repair service, written without looking at the detection heuristics or at the
other corpora's cases. It is rich in customer questions (answered and unanswered) so that the
``unanswered-question`` figure rests on more than a handful of labels. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``voltaro.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and a customer's automatic reply (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many of its questions support
answered). The script recomputes status and every rule count from those facts and the dates
and refuses to write when they disagree with the hand-written case labels, or when a labelled
unanswered question is not verbatim in a customer's own text followed by a support reply.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice3_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "voltaro.example"
SUPPORT = "support@voltaro.example"
HELPDESK = "Voltaro Support <support@voltaro.example>"
RULES = mailcraft.RULES
CET = timezone(timedelta(hours=1))

AGENTS = {
    "nina": ("Nina Whitfield <nina@voltaro.example>", "thunderbird", """-- 
Nina Whitfield
Customer Care | Voltaro
Track your order: https://voltaro.example/track?src=mail"""),
    "jonas": ("Jonas Keller <jonas@voltaro.example>", "thunderbird_de", """-- 
Jonas Keller
Kundenservice DACH | Voltaro
https://voltaro.example/de/hilfe?ref=signatur"""),
    "claire": ("Claire Dubois <claire@voltaro.example>", "apple_fr", """-- 
Claire Dubois
Service client France | Voltaro
https://voltaro.example/fr/aide?utm_source=email"""),
    "lucia": ("Lucía Herrera <lucia@voltaro.example>", "gmail_es", """-- 
Lucía Herrera
Atención al cliente | Voltaro
lucia@voltaro.example | +34 91 555 0188"""),
    "raj": ("Raj Mehta <raj@voltaro.example>", "outlook", """-- 
Raj Mehta
Repairs & Warranty | Voltaro
Repair status: https://voltaro.example/repair?step=status&lang=en"""),
    "ben": ("Ben Osei <ben@voltaro.example>", "outlook", """-- 
Ben Osei
Business Accounts & Billing | Voltaro
This e-mail and any attachment are confidential and intended
only for the addressee."""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Voltaro. This is an automatic confirmation: your
message is in our queue as ticket {ref}. Our team works Monday to
Saturday, 8am-7pm, and we will reply within 24 hours.

Please do not reply to this e-mail.

Voltaro Support
https://voltaro.example/help?ticket={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Voltaro. Dies ist eine automatische
Eingangsbestätigung (Ticket {ref}). Wir antworten innerhalb von 24 Stunden.

Bitte antworten Sie nicht auf diese E-Mail.

Voltaro Kundenservice""",
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
    "helpdesk": ["X-Mailer: Voltaro Desk 3.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="vt.", outlook_server="VI1PR0")

PDF_INVOICE = mailcraft.pdf(["Voltaro Ltd - Invoice VT-INV-20931", "Order VT-88213",
                             "ThinkPad X1 Carbon 14in  GBP 1,249.00", "VAT 20%  GBP 208.17"])
PDF_QUOTE = mailcraft.pdf(["Voltaro Business - Quote Q-5521", "20 x Latitude 5450",
                           "Unit price GBP 879.00", "Valid until 15 Dec 2026"])
PNG_CRACK = mailcraft.png(6, 4, lambda x, y: (30 + 30 * x, 30, 40 + 20 * y))


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack | auto (customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    answered: int = 0  # questions of this customer message that support answered
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""


@dataclass
class Case:
    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    client: str
    subject: str
    story: str
    msgs: list[Msg] = field(default_factory=list)
    uq: list[str] = field(default_factory=list)


CASES: list[Case] = []
UNANSWERED: dict[str, list[str]] = {}


def t(day: int, hm: str, tz: timezone = UTC) -> datetime:
    """A time in November 2026 in time zone ``tz``."""
    hour, minute = map(int, hm.split(":"))
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def eod(day: int) -> datetime:
    """The end of a November 2026 day: the deadline of a promise for that day."""
    return datetime(2026, 11, day, 23, 59, 59, tzinfo=UTC)


def reply_prefix(client: str) -> str:
    """The reply prefix a client puts before the subject."""
    return {"outlook_de": "AW: ", "outlook": "RE: ", "owa": "RE: ", "android": "RE: "}.get(client, "Re: ")


class Story:
    """Builds one case message by message; each message replies to the previous one unless
    told otherwise."""

    def __init__(self, name, lang, status, rules, customer, client, subject, story, tz=UTC,
                 unanswered=()):
        self.case = Case(name, lang, status, rules, customer, client, subject, story)
        self.tz = tz
        self.last: str | None = None
        CASES.append(self.case)
        UNANSWERED[name] = list(unanswered)

    def _add(self, m: Msg) -> str:
        self.case.msgs.append(m)
        self.last = m.key
        return m.key

    def c(self, k, when, body, quote=True, parent="prev", client=None, subject=None, **kw) -> str:
        """A customer message."""
        client = client or self.case.client
        parent = self.last if parent == "prev" else parent
        if subject is None:
            subject = self.case.subject if parent is None else reply_prefix(client) + self.case.subject
        if parent and quote:
            body = body.rstrip("\n") + "\n\n{quote}"
        return self._add(Msg(key=f"{self.case.name}/{k}", case=self.case.name, role="customer",
                             client=client, frm=self.case.customer, to=SUPPORT, subject=subject,
                             date=when, body=body, parent=parent, **kw))

    def a(self, k, agent, when, body, quote=True, parent="prev", **kw) -> str:
        """A support reply by ``agent``; the agent's signature is appended."""
        frm, client, sig = AGENTS[agent]
        parent = self.last if parent == "prev" else parent
        body = body.rstrip("\n") + "\n\n" + sig
        if quote:
            body += "\n\n{quote}"
        return self._add(Msg(key=f"{self.case.name}/{k}", case=self.case.name, role="agent",
                             agent=agent, client=client, frm=frm, to=self.case.customer,
                             subject=reply_prefix(client) + self.case.subject, date=when,
                             body=body, parent=parent, **kw))

    def ack(self, k, when, ref, lang="en") -> str:
        """The helpdesk's automatic acknowledgement of the previous message."""
        return self._add(Msg(key=f"{self.case.name}/{k}", case=self.case.name, role="ack",
                             client="helpdesk", frm=HELPDESK, to=self.case.customer,
                             subject=f"[{ref}] " + self.case.subject, date=when,
                             body=ACK[lang].format(ref=ref), parent=self.last,
                             extra=[("Auto-Submitted", "auto-replied")], kind="alt"))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

s = Story("v01-pixel-delivery-three-questions", "en", "closed", {},
          "Oliver Grant <oliver.grant@example.com>", "gmail", "Order VT-87102 - a few questions",
          "Three questions answered in one paragraph out of order; thanks-only reply.")
s.c("q", t(2, "09:12"), """Hi,

I ordered a Pixel 9 yesterday (VT-87102). When will it arrive? Can the courier leave it
with a neighbour if I'm out? And is a charger included in the box?

Thanks,
Oliver""", answered=3)
s.a("r", "nina", t(2, "11:40"), """Hi Oliver,

Google doesn't put a charger in the box any more, so only a USB-C cable is included. DPD
can leave the parcel with a neighbour - just set that preference in the DPD link you'll
get by text. Your phone leaves our warehouse today and should be with you on Wednesday.

Best wishes,
Nina""")
s.c("t", t(2, "12:05"), """Perfect, thank you!

Oliver""", thanks_only=True)

s = Story("v02-laptop-return-warranty-refund", "en", "closed", {"unanswered-question": 1},
          "Hannah Price <h.price@example.org>", "outlook", "Returning my laptop",
          "Return label explained; the refund of the extended warranty is not mentioned.",
          unanswered=["Can you also refund the extended warranty I bought with it?"])
s.c("q", t(4, "14:02"), """Hello,

I'd like to return the Acer Swift Go I received on Monday (order VT-87340), it is too heavy
for me. How do I print the return label?
Can you also refund the extended warranty I bought with it?

Kind regards,
Hannah Price""", answered=1)
s.a("r", "nina", t(5, "09:15"), """Hi Hannah,

Sorry the Swift Go didn't suit you. Log in to your account, open the order and click
"Return items" - the label is a PDF you can print at home, or choose the QR code and
a Post Office will print it for you.

Best wishes,
Nina""")

s = Story("v03-galaxy-screen-quote-late", "en", "pending",
          {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
          "Marcus Bell <marcus.bell@example.net>", "gmail", "Repair quote - cracked Galaxy S23 screen",
          "Quote promised by Wednesday arrives the next Monday after a chase; the question about "
          "original parts is never answered.",
          unanswered=["Do you use original Samsung parts?"])
s.c("q", t(9, "08:30"), """Hi there,

I dropped my Galaxy S23 and the screen is cracked. Could you send me a repair quote?
How long will the repair take? Do you use original Samsung parts?

Cheers,
Marcus""", answered=2, attach=[("image/png", "crack.png", PNG_CRACK)])
s.a("r", "raj", t(9, "13:10"), """Hi Marcus,

Thanks for the photo. A screen repair normally takes about five working days from the
moment the phone reaches our workshop. I'll send you the exact quote by Wednesday.

Regards,
Raj""", promises=[(eod(11), "v03-galaxy-screen-quote-late/k")])
s.c("ch", t(13, "17:45"), """Hi Raj,

Any news on the quote? I still haven't received it.

Marcus""", chase=True, answered=1)
s.a("k", "raj", t(16, "10:05"), """Hi Marcus,

Apologies for the delay. The quote for the S23 screen is £189 including return shipping.
Reply "go ahead" and I'll book the courier.

Regards,
Raj""")

s = Story("v04-kopfhoerer-lieferung", "de", "pending", {},
          "Katrin Vogel <katrin.vogel@example.de>", "gmail_de", "Lieferung Sony WH-1000XM5",
          "Two questions answered inline under the quoted text.", tz=CET)
s.c("q", t(17, "08:50", CET), """Hallo,

ich habe am Sonntag Kopfhörer bestellt (VT-88540). Wann wird meine Bestellung geliefert?
Kann ich die Lieferadresse noch ändern? Ich bin ab Donnerstag bei meinen Eltern.

Viele Grüße
Katrin Vogel""", answered=2)
s.a("r", "jonas", t(17, "10:20", CET), """Hallo Frau Vogel,

> Wann wird meine Bestellung geliefert?

Die Kopfhörer gehen heute raus und kommen voraussichtlich am Mittwoch.

> Kann ich die Lieferadresse noch ändern?

Ja, schicken Sie mir einfach die neue Adresse, dann leite ich das Paket bei DHL um.

Viele Grüße
Jonas Keller""", quote=False)

s = Story("v05-ratenzahlung-telefonnummer", "de", "closed", {"unanswered-question": 1},
          "Stefan Brandl <s.brandl@example.de>", "outlook_de", "Ratenzahlung für ThinkPad",
          "Instalment question answered; the request in passing to store a new phone number is "
          "skipped.", tz=CET,
          unanswered=[("Außerdem bitte ich Sie, meine neue Telefonnummer 0171 5550199 in meinem "
                       "Kundenkonto zu hinterlegen.")])
s.c("q", t(5, "19:30", CET), """Guten Abend,

kann ich das ThinkPad T14 in 12 Raten bezahlen? Außerdem bitte ich Sie, meine neue Telefonnummer 0171 5550199 in meinem Kundenkonto zu hinterlegen.

Mit freundlichen Grüßen
Stefan Brandl""", answered=1, cte="quoted-printable")
s.a("r", "jonas", t(6, "09:05", CET), """Guten Tag Herr Brandl,

ja, beim ThinkPad T14 können Sie an der Kasse "Ratenkauf" wählen - 3, 6 oder 12 Monate,
bei 12 Monaten mit 5,9 % effektivem Jahreszins.

Viele Grüße
Jonas Keller""")

s = Story("v06-retour-casque-remboursement", "fr", "pending", {"unanswered-question": 1},
          "Julie Martin <julie.martin@example.fr>", "apple_fr", "Retour casque Bose",
          "The box question is answered, how the refund is paid is not.", tz=CET,
          unanswered=["Je voudrais savoir si le remboursement se fait sur ma carte ou en avoir."])
s.c("q", t(16, "18:40", CET), """Bonjour,

Je souhaite retourner le casque Bose QC Ultra (commande VT-88411). Est-ce que je dois renvoyer
la boîte d'origine ? Je voudrais savoir si le remboursement se fait sur ma carte ou en avoir.

Merci d'avance,
Julie Martin""", answered=1)
s.a("r", "claire", t(17, "09:30", CET), """Bonjour Madame Martin,

Oui, merci de renvoyer le casque dans sa boîte d'origine avec tous les accessoires, sinon
nous devons retenir des frais de reconditionnement.

Bien cordialement,
Claire""")

s = Story("v07-tradein-iphone", "es", "closed", {"unanswered-question": 2},
          "Javier Ruiz <javier.ruiz@example.es>", "gmail_es", "Entrega de mi iPhone 12",
          "A templated trade-in reply gives the price only; the scratch and the use of the "
          "credit are not answered.", tz=CET,
          unanswered=["¿La pantalla con un arañazo baja mucho el precio?",
                      "¿Puedo usar el importe para comprar unos auriculares?"])
s.c("q", t(10, "12:15", CET), """Hola:

Quiero entregar mi iPhone 12 de 128 GB en el programa de recompra. ¿Cuánto me dan por él?
¿La pantalla con un arañazo baja mucho el precio? ¿Puedo usar el importe para comprar unos auriculares?

Gracias,
Javier""", answered=1, cte="quoted-printable")
s.a("r", "lucia", t(11, "10:00", CET), """Hola, Javier:

Gracias por tu interés en el programa de recompra de Voltaro. El valor orientativo de un
iPhone 12 de 128 GB en buen estado es de 210 EUR. Puedes iniciar la recompra en
https://voltaro.example/es/recompra?modelo=iphone12.

Un saludo,
Lucía""")

s = Story("v08-b2b-invoice-po-number", "en", "pending", {},
          "Priya Shah <priya.shah@northgate-it.example>", "outlook", "Invoice for PO 4471",
          "B2B: a PDF and a PO number, answered with an attachment and one line.")
s.c("q", t(16, "10:00"), """Hello Ben,

Please send us the invoice for last week's order VT-88102 as a PDF. Can you add our
purchase order number 4471 to it? Our accounts team rejects invoices without one.

Thanks,
Priya Shah
IT Procurement, Northgate IT""", answered=2)
s.a("r", "ben", t(16, "14:30"), """Hi Priya,

Attached - PO 4471 is now printed under the invoice number.

Ben""", attach=[("application/pdf", "VT-INV-20877.pdf", PDF_INVOICE)])

s = Story("v09-b2b-terms-billing-address", "en", "closed",
          {"unanswered-question": 1, "missed-follow-up": 1},
          "Fraser Doyle <fraser@leithdesign.example>", "gmail", "Payment terms for our account",
          "30-day terms answered with a promise of a form that never comes; the new billing "
          "address in passing is ignored; a thanks-only mail.",
          unanswered=["also, please update our billing address to 14 Harbour Road, Leith, EH6 6LX."])
s.c("q", t(12, "09:00"), """Hi,

We buy all our laptops from you now. Can we pay invoices on 30-day terms? And also, please update our billing address to 14 Harbour Road, Leith, EH6 6LX.

Best,
Fraser Doyle
Leith Design Studio""", answered=1)
s.a("r", "ben", t(12, "15:00"), """Hi Fraser,

Yes, business accounts can pay on 30-day terms after a short credit check. I'll send
you the credit application form tomorrow.

Kind regards,
Ben""", promises=[(eod(13), None)])
s.c("t", t(12, "15:30"), """Great, thanks Ben.""", thanks_only=True)

s = Story("v10-price-match-currys", "en", "pending", {},
          "Tom Hughes <tom.hughes@example.com>", "iphone", "Price match?",
          "A bare 'Yes'; the link and the refund question answered with 'Done'.")
s.c("q", t(17, "19:02"), """Do you price match Currys? They have the Galaxy Tab S9 for £30 less.

Sent from my iPhone""", answered=1)
s.a("r", "nina", t(18, "08:45"), """Yes - send me the link and your order number.

Nina""")
s.c("l", t(18, "09:10"), """https://currys.example/galaxy-tab-s9?sku=55012 - order VT-88601.
Will the difference go back to my card?

Sent from my iPhone""", answered=2)
s.a("k", "nina", t(18, "11:00"), """Done - £30 refunded to your Visa ending 4421, you'll see it in 3-5 days.

Nina""")

s = Story("v11-gift-card-expiry", "en", "pending", {"unanswered-question": 1},
          "Amelia Clarke <amelia.clarke@example.org>", "gmail", "Two gift cards on one order",
          "First question answered; a follow-up after the order went through asks two more, "
          "only the balance one is answered.",
          unanswered=["do the gift cards expire?"])
s.c("q", t(14, "10:10"), """Hi,

Can I use two gift cards on one order? I got them for my birthday.

Amelia""", answered=1)
s.a("r", "nina", t(14, "12:00"), """Hi Amelia,

Happy birthday! Yes - at checkout click "Add another gift card" under the first code.

Nina""")
s.c("f", t(15, "18:20"), """Order went through, thanks! One more thing: do the gift cards expire? And can I check the remaining balance online?

Amelia""", answered=1)
s.a("k", "nina", t(16, "09:00"), """Glad it worked! You can check the balance any time at
https://voltaro.example/giftcard?check=balance.

Nina""")

s = Story("v12-hub-hue-pairing", "en", "pending", {},
          "Daniel Foster <dan.foster@example.net>", "thunderbird", "Smart hub won't find my lights",
          "A rhetorical question and a self-answered one next to the real question.")
s.c("q", t(18, "21:30"), """Hello,

Why is it always the Wi-Fi? Two evenings lost to this. Where's the reset button? Never mind,
found it under the base. How do I pair the Voltaro Home hub with my existing Hue bridge?

Daniel""", answered=1)
s.a("r", "nina", t(19, "09:10"), """Hi Daniel,

In the Voltaro Home app go to Settings > Integrations > Philips Hue and press the button on
the bridge within 30 seconds - the hub then imports all your lights.

Nina""")
s.c("t", t(19, "20:00"), """That did it, thanks a lot!

Daniel""", thanks_only=True)

s = Story("v13-battery-swelling-no-news", "en", "open",
          {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
          "Grace Okoye <grace.okoye@example.com>", "owa", "Swollen battery - MacBook Air",
          "Acknowledgement, then 'I'll check with the workshop and get back to you' with no "
          "deadline, never kept; the customer chases and waits.")
s.c("q", t(10, "08:00"), """Hello,

The battery of my MacBook Air (bought from you in March) is swelling and the trackpad no
longer clicks. Is this covered under warranty?

Grace Okoye""", answered=1)
s.ack("ack", t(10, "08:01"), "VT-55120")
s.a("r", "raj", t(10, "15:20"), """Hi Grace,

Please stop using the laptop for now. I'll check with the workshop and get back to you.

Regards,
Raj""", parent="v13-battery-swelling-no-news/q", promises=[(t(10, "15:20") + FOLLOW_UP_WINDOW, None)])
s.c("ch", t(18, "09:30"), """Hi Raj,

I haven't heard back since last week. The laptop is sitting unused - what happens next?

Grace""", chase=True)

s = Story("v14-b2b-quote-colleague", "en", "pending", {},
          "Emma Lawson <emma.lawson@clearwater-legal.example>", "outlook",
          "Quote for 20 laptops",
          "A promise made for a colleague ('Nina will send the updated quote tomorrow') kept by her.")
s.c("q", t(16, "09:40"), """Hi Ben,

Could you update quote Q-5521 to 20 Latitude 5450 instead of 15? We'd like to order this
week.

Emma Lawson
Office Manager, Clearwater Legal""", answered=1)
s.a("r", "ben", t(16, "11:00"), """Hi Emma,

Noted. I'm out tomorrow - my colleague Nina will send you the updated quote tomorrow.

Ben""", promises=[(eod(17), "v14-b2b-quote-colleague/k")])
s.a("k", "nina", t(17, "10:30"), """Hi Emma,

Here is the updated quote for 20 Latitude 5450, valid until 15 December.

Nina""", attach=[("application/pdf", "Q-5521-v2.pdf", PDF_QUOTE)])

s = Story("v15-repair-quote-by-monday", "en", "pending", {},
          "Leo Turner <leo.turner@example.com>", "gmail", "Dell XPS hinge repair",
          "A promise whose deadline (Monday 23 Nov) is still ahead at audit time, and a "
          "conditional offer.")
s.c("q", t(19, "10:00"), """Hi,

The left hinge of my XPS 13 snapped. Can you repair it? It's two years old.

Leo""", answered=1)
s.a("r", "raj", t(19, "16:00"), """Hi Leo,

Yes, we can replace the hinge and the lid assembly. The part has to come from Dell, so
I'll send you the repair quote by Monday 23 November. If you'd like, I can also add a
battery check to the quote - just let me know.

Regards,
Raj""", promises=[(eod(23), None)])

s = Story("v16-refund-confirmed-late", "en", "pending", {"missed-follow-up": 1},
          "Sophie Reed <sophie.reed@example.co.uk>", "apple", "Refund for returned earbuds",
          "'I'll confirm the refund by Thursday' kept on Saturday.")
s.c("q", t(10, "12:00"), """Hi,

You received my returned Galaxy Buds last week (VT-87555). When will I get the refund?

Sophie""", answered=1)
s.a("r", "nina", t(10, "16:00"), """Hi Sophie,

The earbuds are with our returns team for a check. I'll confirm the refund by Thursday.

Nina""", promises=[(eod(12), "v16-refund-confirmed-late/k")])
s.a("k", "nina", t(14, "10:00"), """Hi Sophie,

Sorry this took longer: the refund of £129 went out today to your Mastercard.

Nina""")

s = Story("v17-courier-collection", "en", "pending", {},
          "Ryan Walsh <ryan.walsh@example.net>", "gmail", "Laptop repair pickup",
          "Acknowledgement with service hours, then logistics (courier collects Wednesday); "
          "the afternoon question answered with a plain 'No'.")
s.c("q", t(16, "07:50"), """Hi,

My Surface Laptop needs to go in for the keyboard repair (ticket R-3381). When will you
collect it?

Ryan""", answered=1)
s.ack("ack", t(16, "07:51"), "VT-55302")
s.a("r", "raj", t(16, "11:30"), """Hi Ryan,

The courier will collect the laptop on Wednesday between 8 and 12. Please pack it in any
sturdy box with the charger.

Regards,
Raj""", parent="v17-courier-collection/q")
s.c("f", t(16, "12:10"), """Can the courier come in the afternoon instead?

Ryan""", answered=1)
s.a("k", "raj", t(16, "13:00"), """No, sorry - collections are mornings only.

Raj""")

s = Story("v18-slow-first-charger", "en", "pending",
          {"slow-first-response": 1, "unanswered-question": 1},
          "Chloe Evans <chloe.evans@example.org>", "outlook", "Ordering the iPad Air for my son",
          "First human reply three days later; it answers the colour question only.",
          unanswered=["Can I also order a spare charger with it?"])
s.c("q", t(13, "10:00"), """Hello,

Is the iPad Air 13" available in purple? Can I also order a spare charger with it? It is a
Christmas present.

Chloe Evans""", answered=1)
s.a("r", "nina", t(16, "11:00"), """Hi Chloe,

Sorry for the slow reply. Purple is back in stock and ships within a day.

Nina""")

s = Story("v19-headphones-crackle-reopened", "en", "open",
          {"reopened": 1, "awaiting-reply": 1},
          "Nathan Price <nathan.price@example.com>", "gmail", "[Resolved] Crackling headphones",
          "Replacement sent and the ticket marked resolved; the replacement crackles too and "
          "nobody answers.")
s.c("q", t(6, "09:00"), """Hi,

My Sennheiser Momentum 4 crackle in the left ear after a month. Can I get a replacement?

Nathan""", answered=1, subject="Crackling headphones")
s.a("r", "nina", t(6, "14:00"), """Hi Nathan,

Sorry about that - a replacement pair ships today. I'll mark this ticket as resolved; just
reply if anything else comes up.

Nina""", closes=True)
s.c("n", t(18, "10:00"), """Hi Nina,

The replacement headphones have the same crackle in the left ear. Can you send another pair
or refund me?

Nathan""")

s = Story("v20-speaker-reopened-answered", "en", "pending", {"reopened": 1},
          "Isla Moore <isla.moore@example.co.uk>", "thunderbird", "Smart speaker volume",
          "Closed explicitly, reopened with a new question that is answered.")
s.c("q", t(9, "10:00"), """Hello,

My Voltaro Home speaker is stuck at 20 % volume. What can I do?

Isla""", answered=1)
s.a("r", "nina", t(9, "12:00"), """Hi Isla,

Hold the volume-up and mute buttons for 10 seconds - that resets the audio profile. I'm
closing this ticket now, but reply any time.

Nina""", closes=True)
s.c("n", t(17, "19:00"), """Hi again,

That worked, but now the speaker drops off the Wi-Fi every night. Is there a firmware update?

Isla""", answered=1)
s.a("k", "nina", t(18, "09:00"), """Hi Isla,

Yes - firmware 4.2 fixes exactly that. It installs overnight if the speaker is plugged in.

Nina""")

s = Story("v21-three-agents-surface", "en", "pending",
          {"many-handoffs": 1, "missed-follow-up": 1, "unanswered-question": 1},
          "Aisha Rahman <aisha.rahman@example.com>", "gmail", "Surface Pro - invoice and repair",
          "Three agents reply; a promise for Friday never kept; the request to send the repair "
          "report to her employer is skipped.",
          unanswered=["Please also email the repair report to my employer at it@rahman-consult.example."])
s.c("q", t(11, "09:00"), """Hi,

My Surface Pro came back from repair but the pen doesn't pair. Can someone look at it?

Aisha""", answered=1)
s.a("r", "nina", t(11, "11:00"), """Hi Aisha,

I've passed this to our repairs team.

Nina""")
s.a("r2", "raj", t(11, "15:00"), """Hi Aisha,

Raj from repairs here. Did you try removing the pen in Bluetooth settings and re-pairing?
I'll ask the workshop whether the pen was tested and get back to you by Friday.

Raj""", promises=[(eod(13), None)])
s.c("f", t(12, "08:30"), """Re-pairing didn't help. Could I get a VAT invoice for the repair? Please also email the repair report to my employer at it@rahman-consult.example.

Aisha""", answered=1)
s.a("k", "ben", t(16, "10:00"), """Hi Aisha,

Ben from billing - here is the VAT invoice for the repair.

Ben""", attach=[("application/pdf", "VT-INV-20921.pdf", PDF_INVOICE)])

s = Story("v22-resend-order-cancel", "en", "pending",
          {"customer-chased": 1, "slow-first-response": 1},
          "George Kim <george.kim@example.net>", "gmail", "Cancel my order VT-88590",
          "The same request resent two days later as a new message with the same subject; "
          "the reply answers it.")
s.c("q", t(16, "09:00"), """Hello,

Please cancel my order VT-88590 (Kindle Paperwhite), I bought it in a shop instead.

George""", answered=1)
s.c("re", t(18, "09:30"), """Resending in case this got lost:

Please cancel my order VT-88590 (Kindle Paperwhite), I bought it in a shop instead.

George""", parent=None, chase=True, subject="Cancel my order VT-88590")
s.a("r", "nina", t(18, "11:00"), """Hi George,

Sorry for the wait - order VT-88590 is cancelled and the £149.99 refund is on its way.

Nina""")

s = Story("v23-reparatur-warte-noch", "de", "pending",
          {"missed-follow-up": 1, "customer-chased": 1},
          "Markus Hofer <markus.hofer@example.at>", "thunderbird_de", "Reparatur Handy R-3290",
          "'Ich melde mich bis Freitag' not kept; 'Ich warte immer noch auf eine Antwort'.",
          tz=CET)
s.c("q", t(10, "10:00", CET), """Hallo,

mein Pixel 8 ist seit einer Woche bei Ihnen in der Reparatur (R-3290). Wie ist der Stand?

Gruß
Markus Hofer""", answered=1)
s.a("r", "jonas", t(10, "14:00", CET), """Hallo Herr Hofer,

ich frage in der Werkstatt nach und melde mich bis Freitag bei Ihnen.

Viele Grüße
Jonas Keller""", promises=[(eod(13), None)])
s.c("ch", t(16, "09:00", CET), """Hallo Herr Keller,

ich warte immer noch auf eine Antwort. Was ist mit meinem Handy?

Markus Hofer""", chase=True, answered=1)
s.a("k", "jonas", t(16, "11:30", CET), """Hallo Herr Hofer,

entschuldigen Sie bitte. Das Display ist getauscht, das Handy geht heute an Sie zurück.

Viele Grüße
Jonas Keller""")

s = Story("v24-facture-relance-tva", "fr", "pending",
          {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
          "Luc Bernard <luc.bernard@atelier-bernard.example>", "apple_fr", "Facture commande VT-87901",
          "'je reviens vers vous demain' not kept; a polite chase; the invoice comes without the "
          "VAT number asked for in the chase.", tz=CET,
          unanswered=["Pouvez-vous aussi ajouter le numéro de TVA de ma société sur la facture ?"])
s.c("q", t(11, "09:00", CET), """Bonjour,

Je n'ai pas reçu la facture de ma commande VT-87901. Pouvez-vous me l'envoyer ?

Luc Bernard""", answered=1)
s.a("r", "claire", t(11, "11:00", CET), """Bonjour Monsieur Bernard,

Je vérifie avec la comptabilité et je reviens vers vous demain.

Bien cordialement,
Claire""", promises=[(eod(12), None)])
s.c("ch", t(16, "10:00", CET), """Bonjour Claire,

Je me permets de vous relancer au sujet de ma facture. Pouvez-vous aussi ajouter le numéro de TVA de ma société sur la facture ? FR 40 123456789.

Luc Bernard""", chase=True, cte="quoted-printable")
s.a("k", "claire", t(16, "15:00", CET), """Bonjour Monsieur Bernard,

Toutes mes excuses pour ce retard. Vous trouverez la facture en pièce jointe.

Bien cordialement,
Claire""", attach=[("application/pdf", "facture-VT-87901.pdf", PDF_INVOICE)])

s = Story("v25-reembolso-sigo-esperando", "es", "pending", {"customer-chased": 1},
          "Carmen Ortega <carmen.ortega@example.es>", "gmail_es", "Devolución tablet",
          "'El reembolso tarda de 3 a 5 días hábiles' is process information; the customer "
          "later chases.", tz=CET)
s.c("q", t(9, "10:00", CET), """Hola,

Ya he devuelto la tablet Lenovo (pedido VT-87420). ¿Cuándo recibiré el reembolso?

Carmen""", answered=1)
s.a("r", "lucia", t(9, "12:00", CET), """Hola, Carmen:

Hemos recibido la tablet. El reembolso tarda de 3 a 5 días hábiles en aparecer en tu tarjeta.

Un saludo,
Lucía""")
s.c("ch", t(17, "09:00", CET), """Hola Lucía:

¿Hay alguna novedad? Sigo esperando el reembolso, ya han pasado más de cinco días.

Carmen""", chase=True, answered=1)
s.a("k", "lucia", t(18, "10:00", CET), """Hola, Carmen:

Lo siento mucho: el reembolso se quedó bloqueado. Hoy lo hemos emitido de nuevo (189 EUR).

Un saludo,
Lucía""")

s = Story("v26-stock-check-jersey", "en", "pending",
          {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
          "Ben Carter <ben.carter@example.je>", "android", "MacBook Pro M4 stock",
          "'I'll come back to you today' not kept; 'Any update?'; the shipping-to-Jersey "
          "question is never answered.",
          unanswered=["Do you ship to Jersey?"])
s.c("q", t(18, "09:00"), """Hi,

Do you have the MacBook Pro M4 14" with 24 GB in stock? Do you ship to Jersey?

Ben""", answered=1)
s.a("r", "nina", t(18, "10:00"), """Hi Ben,

Let me check with the warehouse and I'll come back to you today.

Nina""", promises=[(eod(18), "v26-stock-check-jersey/k")])
s.c("ch", t(19, "10:00"), """Any update?

Ben""", chase=True, answered=1)
s.a("k", "nina", t(19, "12:00"), """Hi Ben,

Sorry! Yes, we have three in stock - order today and it ships tomorrow.

Nina""")

s = Story("v27-thinkpad-template", "en", "closed", {"unanswered-question": 2},
          "Rachel Young <rachel.young@example.com>", "gmail", "X1 Carbon questions",
          "An HTML-only mail with three questions gets a templated FAQ reply that covers one.",
          unanswered=["Is the 32 GB version in stock?",
                      "Can I collect it from your Manchester store?"])
s.c("q", t(3, "13:00"), """Hi,

Does the X1 Carbon come with a UK keyboard? Is the 32 GB version in stock? Can I collect it from your Manchester store?

Thanks,
Rachel""", answered=1, kind="html")
s.a("r", "nina", t(4, "09:00"), """Hi Rachel,

Thank you for your interest in Lenovo laptops. All laptops we sell in the UK ship with a
UK keyboard layout. For more information please see our FAQ:
https://voltaro.example/faq?topic=laptops

Nina""")

s = Story("v28-instalment-early-payoff", "en", "pending", {"unanswered-question": 1},
          "Owen Hughes <owen.hughes@example.net>", "gmail", "Instalment plan",
          "The agent answers a different question (next due date) than the one asked.",
          unanswered=["Can I pay the remaining balance of my instalment plan early without a fee?"])
s.c("q", t(17, "10:00"), """Hi,

Can I pay the remaining balance of my instalment plan early without a fee? I have a bonus
coming in December.

Owen""")
s.a("r", "ben", t(17, "15:00"), """Hi Owen,

Your next instalment of £45 is due on 1 December; you'll get a reminder three days before.

Ben""")

s = Story("v29-invoice-attached", "en", "closed", {},
          "Laura Bennett <laura.bennett@example.org>", "outlook", "Invoice for order VT-88213",
          "'Attached.' and 'Yes.' answer a request and a question.")
s.c("q", t(5, "09:00"), """Hello,

Can you send me the invoice for order VT-88213? Is VAT shown separately on it? I need it
for my expenses claim.

Laura Bennett""", answered=2)
s.a("r", "ben", t(5, "10:00"), """Attached. Yes.

Ben""", attach=[("application/pdf", "VT-INV-20931.pdf", PDF_INVOICE)])

s = Story("v30-inline-four-answers", "en", "pending", {},
          "Matthew Cole <matt.cole@example.com>", "thunderbird", "Questions before buying a Pixel 9 Pro",
          "Four questions answered inline under the quoted lines.")
s.c("q", t(16, "20:00"), """Hello,

Before I order:
Is the Pixel 9 Pro unlocked?
Does it support eSIM?
How long is the warranty?
Can I return it if I don't like it?

Matt""", answered=4)
s.a("r", "nina", t(17, "09:00"), """Hi Matt,

> Is the Pixel 9 Pro unlocked?

Yes, all our phones are SIM-free.

> Does it support eSIM?

It does, and a physical nano-SIM too.

> How long is the warranty?

Two years, repairs handled by us.

> Can I return it if I don't like it?

Within 30 days, free of charge.

Nina""", quote=False)

s = Story("v31-second-mail-crossing", "en", "pending", {},
          "Zoe Adams <zoe.adams@example.org>", "apple", "Delivery of my TV soundbar",
          "A second mail adds a question before support replies - not a chase; one reply "
          "answers both.")
s.c("q", t(18, "09:00"), """Hi,

When will my Sonos Beam (VT-88720) be delivered?

Zoe""", answered=1)
s.c("f", t(18, "09:30"), """Also, can you deliver to my office instead? It's 2 Quay Street, Bristol BS1 4DB.

Zoe""", answered=1)
s.a("r", "nina", t(18, "10:15"), """Hi Zoe,

It ships tomorrow and I've changed the address to 2 Quay Street, so it will arrive at your
office on Friday.

Nina""")

s = Story("v32-forwarded-confirmation", "en", "pending", {},
          "Peter Lane <peter.lane@example.com>", "gmail", "Fwd: Your Voltaro order VT-88805",
          "A forwarded order confirmation full of boilerplate questions; the customer's own "
          "request is done.")
s.c("q", t(17, "18:00"), """Please cancel the phone case I added by mistake.

Peter

---------- Forwarded message ---------
From: Voltaro <orders@voltaro.example>
Date: Tue, 17 Nov 2026 at 17:40
Subject: Your Voltaro order VT-88805

Thanks for your order!
iPhone 16 128 GB            £799.00
Silicone case (blue)         £19.00
Need to change your order? Questions? Visit https://voltaro.example/help?order=VT-88805
Why not add AppleCare+? Ask us how.""", answered=1)
s.a("r", "nina", t(18, "09:00"), """Hi Peter,

Done - the case has been removed and £19 refunded.

Nina""")

s = Story("v33-serial-quoted-back", "en", "pending", {},
          "Alice Ward <alice.ward@example.co.uk>", "gmail", "Warranty on my Pixel 7",
          "Support's own question quoted back in the customer's reply; the warranty question is "
          "answered after the serial number arrives.")
s.c("q", t(16, "10:00"), """Hi,

Is my Pixel 7 still under warranty? I bought it from you in 2025.

Alice""", answered=1)
s.a("r", "raj", t(16, "12:00"), """Hi Alice,

Could you send me the serial number? It's under Settings > About phone.

Raj""")
s.c("s", t(16, "12:30"), """It's 2B141FDH3003QR.

Alice""")
s.a("k", "raj", t(16, "14:00"), """Hi Alice,

Thanks - yes, your Pixel 7 is covered until 14 March 2027.

Raj""")

s = Story("v34-signature-question-url", "en", "pending", {},
          "Kevin Marsh <kevin.marsh@brightdesk.example>", "outlook", "Docking stations",
          "Questions answered; the signature has a '?' line and a URL with '?'.")
s.c("q", t(17, "11:00"), """Hello,

Are the Dell WD19S docks compatible with the Latitude 5450? What's the lead time for 12?

Kevin Marsh
Brightdesk IT Services
Need IT support? https://brightdesk.example/?ref=sig""", answered=2)
s.a("r", "ben", t(17, "14:00"), """Hi Kevin,

They are - same USB-C dock family. Twelve ship in 2 working days.

Ben""")

s = Story("v35-alarm-new-awaiting", "en", "open", {"awaiting-reply": 1},
          "Sarah Knight <sarah.knight@example.net>", "gmail", "Door sensor keeps going offline",
          "New case acknowledged by the helpdesk only; no human reply after more than a day.")
s.c("q", t(19, "09:00"), """Hello,

One of my Voltaro Home door sensors goes offline every few hours. I've changed the battery.
Could you send a replacement?

Sarah""")
s.ack("ack", t(19, "09:01"), "VT-55480")

s = Story("v36-fresh-today", "en", "open", {},
          "Liam Scott <liam.scott@example.com>", "iphone", "Earbuds case not charging",
          "A fresh case still inside the response target.")
s.c("q", t(20, "10:00"), """Hi, the charging case of my Pixel Buds Pro doesn't charge any more. What should I do?

Sent from my iPhone""")

s = Story("v37-out-of-office", "en", "pending", {},
          "Helen Brooks <helen.brooks@example.org>", "outlook", "Camera for the nursery",
          "The customer's out-of-office replies to the agent's answer; it is not a customer message.")
s.c("q", t(18, "08:00"), """Hello,

Does the Voltaro Home indoor camera have night vision? Does it need a subscription?

Helen Brooks""", answered=2)
s.a("r", "nina", t(18, "10:00"), """Hi Helen,

It has infrared night vision up to 8 m, and recordings on the microSD card are free - the
cloud plan is optional.

Nina""")
s._add(Msg(key="v37-out-of-office/ooo", case="v37-out-of-office", role="auto", client="outlook",
           frm="Helen Brooks <helen.brooks@example.org>", to=AGENTS["nina"][0],
           subject="Automatic reply: Re: Camera for the nursery", date=t(18, "10:01"),
           body="""I am out of the office until Monday 23 November with limited access to e-mail.

Helen Brooks""", parent="v37-out-of-office/r", extra=[("Auto-Submitted", "auto-replied")]))

s = Story("v38-rechnung-per-post", "de", "pending", {"unanswered-question": 1},
          "Andrea Lang <a.lang@lang-steuerberatung.example>", "outlook_de", "Rechnung und Mengenrabatt",
          "B2B in German: volume discount answered, the quote promised for Monday sent on time, "
          "the invoice by post request skipped.", tz=CET,
          unanswered=["Bitte senden Sie uns die Rechnung zusätzlich per Post."])
s.c("q", t(13, "10:00", CET), """Guten Tag,

wir planen 30 neue Notebooks. Gibt es Mengenrabatt ab 25 Geräten? Bitte senden Sie uns die Rechnung zusätzlich per Post.

Freundliche Grüße
Andrea Lang
Lang Steuerberatung""", answered=1)
s.a("r", "jonas", t(13, "14:00", CET), """Guten Tag Frau Lang,

ab 25 Geräten gewähren wir 6 % Rabatt. Ich schicke Ihnen das Angebot bis Montag.

Viele Grüße
Jonas Keller""", promises=[(eod(16), "v38-rechnung-per-post/k")])
s.a("k", "jonas", t(16, "10:00", CET), """Guten Tag Frau Lang,

anbei das Angebot über 30 Notebooks mit 6 % Rabatt.

Viele Grüße
Jonas Keller""", attach=[("application/pdf", "Angebot-Q-5530.pdf", PDF_QUOTE)])

s = Story("v39-garantie-mixed-language", "fr", "pending", {},
          "Camille Petit <camille.petit@example.fr>", "gmail", "Garantie écouteurs",
          "French with an English sentence; a short 'Oui' answers the warranty question.", tz=CET)
s.c("q", t(18, "09:00", CET), """Bonjour,

Mes AirPods Pro achetés chez vous en juin ne chargent plus du côté droit. Sont-ils encore
sous garantie ? In English, to be sure: the right earbud no longer charges at all.
Comment dois-je les renvoyer ?

Camille""", answered=2)
s.a("r", "claire", t(18, "11:00", CET), """Bonjour Camille,

Oui. Vous pouvez les déposer en point relais avec l'étiquette jointe dans votre compte
(rubrique "Réparations").

Bien cordialement,
Claire""")

s = Story("v40-pedido-inline-es", "es", "pending", {},
          "Diego Navarro <diego.navarro@example.es>", "gmail_es", "Pedido VT-88650",
          "A pleasantry and two questions answered inline.", tz=CET)
s.c("q", t(17, "10:00", CET), """Hola, ¿qué tal todo?

¿Mi pedido VT-88650 sale esta semana?
¿Puedo pagar el portátil a plazos?

Diego""", answered=2)
s.a("r", "lucia", t(17, "12:00", CET), """Hola, Diego:

> ¿Mi pedido VT-88650 sale esta semana?

Sí, sale el jueves.

> ¿Puedo pagar el portátil a plazos?

Sí, en 3, 6 o 12 meses, se elige al pagar.

Un saludo,
Lucía""", quote=False)

s = Story("v41-batterie-devis-pret", "fr", "closed",
          {"unanswered-question": 1, "missed-follow-up": 1},
          "Hugo Lefèvre <hugo.lefevre@example.fr>", "apple_fr", "Devis batterie iPhone 13",
          "Battery price answered, the loan-phone question skipped; 'je reviens vers vous "
          "d'ici jeudi' never kept.", tz=CET,
          unanswered=["Est-ce que vous prêtez un téléphone pendant la réparation ?"])
s.c("q", t(9, "10:00", CET), """Bonjour,

Pourriez-vous me dire combien coûte le remplacement de la batterie d'un iPhone 13 ? Est-ce que vous prêtez un téléphone pendant la réparation ? J'en ai besoin pour le travail.

Hugo Lefèvre""", answered=1)
s.a("r", "claire", t(10, "09:00", CET), """Bonjour Monsieur Lefèvre,

Le remplacement de la batterie coûte 99 EUR, main-d'œuvre comprise. Pour le délai, je
vérifie avec l'atelier et je reviens vers vous d'ici jeudi.

Bien cordialement,
Claire""", promises=[(eod(12), None)])

s = Story("v42-factura-cif-contabilidad", "es", "pending", {"unanswered-question": 1},
          "Elena Marín <elena.marin@marin-arquitectos.example>", "outlook", "Factura a nombre de la empresa",
          "The invoice is reissued with the company name; the request to copy the accounts "
          "department is skipped.", tz=CET,
          unanswered=["¿Pueden enviarla también a contabilidad@marin-arquitectos.example?"])
s.c("q", t(16, "09:00", CET), """Buenos días:

Necesito que la factura del pedido VT-88330 salga a nombre de la empresa con el CIF B12345678. ¿Pueden enviarla también a contabilidad@marin-arquitectos.example?

Saludos,
Elena Marín""", answered=1)
s.a("r", "lucia", t(16, "13:00", CET), """Hola, Elena:

Te adjunto la factura corregida a nombre de Marín Arquitectos S.L., CIF B12345678.

Un saludo,
Lucía""", attach=[("application/pdf", "factura-VT-88330.pdf", PDF_INVOICE)])

s = Story("v43-rueckgabe-danke", "de", "closed", {},
          "Felix Wagner <felix.wagner@example.de>", "thunderbird_de", "Rückgabe Smartwatch",
          "Two questions answered in other words; thanks-only mail.", tz=CET)
s.c("q", t(4, "10:00", CET), """Hallo,

ich möchte die Galaxy Watch zurückgeben, sie passt nicht. Muss ich das Porto selbst
bezahlen? Und wie lange dauert die Erstattung?

Felix Wagner""", answered=2)
s.a("r", "jonas", t(4, "13:00", CET), """Hallo Herr Wagner,

die Rücksendung ist für Sie kostenlos - das Etikett finden Sie in Ihrem Kundenkonto. Sobald
die Uhr bei uns ist, haben Sie das Geld in zwei bis drei Werktagen zurück.

Viele Grüße
Jonas Keller""")
s.c("t", t(4, "14:00", CET), """Super, vielen Dank!

Felix Wagner""", thanks_only=True)

s = Story("v44-thermostat-install", "en", "pending",
          {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
          "Jack Morgan <jack.morgan@example.co.uk>", "gmail", "Thermostat installation",
          "Installation and cost answered, boiler compatibility not; installer dates promised "
          "for Wednesday arrive on Thursday after 'Just checking in'.",
          unanswered=["Is it compatible with a combi boiler?"])
s.c("q", t(16, "09:00"), """Hi,

I'm looking at the Voltaro Home thermostat. Do you offer installation? What does it cost?
Is it compatible with a combi boiler?

Jack""", answered=2)
s.a("r", "nina", t(16, "12:00"), """Hi Jack,

Yes, our partner installers fit it for £79 on top of the thermostat. I'll send you the
installer's available dates by Wednesday.

Nina""", promises=[(eod(18), "v44-thermostat-install/k")])
s.c("ch", t(19, "09:00"), """Hi Nina,

Just checking in on the installer dates.

Jack""", chase=True, answered=1)
s.a("k", "nina", t(19, "11:00"), """Hi Jack,

Sorry - the installer can come on 25 or 27 November, morning or afternoon.

Nina""")

s = Story("v45-esim-after-delivery", "en", "pending", {"unanswered-question": 1},
          "Ella Ward <ella.ward@example.com>", "iphone", "iPhone 16 delivery",
          "Delivery answered; a question after the case seemed done gets a friendly reply that "
          "does not answer it.",
          unanswered=["Can you tell me how to transfer my eSIM from the old phone?"])
s.c("q", t(13, "09:00"), """Hi, has my iPhone 16 (VT-88444) shipped yet?

Sent from my iPhone""", answered=1)
s.a("r", "nina", t(13, "10:00"), """Hi Ella,

It shipped this morning with DPD - it arrives tomorrow.

Nina""")
s.c("f", t(17, "18:00"), """The phone arrived, thanks. Can you tell me how to transfer my eSIM from the old phone?

Sent from my iPhone""")
s.a("k", "nina", t(18, "09:00"), """Hi Ella,

Great to hear it arrived - enjoy the new phone!

Nina""")

s = Story("v46-gift-wrap-receipt", "en", "pending", {"unanswered-question": 1},
          "Ruby Allen <ruby.allen@example.org>", "outlook", "Gift wrap for order VT-88790",
          "Gift wrap answered with a price; the gift receipt request skipped.",
          unanswered=["Please include a gift receipt without prices."])
s.c("q", t(18, "12:00"), """Hello,

The Kindle I just ordered is a present. Can you gift-wrap it? Please include a gift receipt without prices.

Ruby Allen""", answered=1)
s.a("r", "nina", t(18, "15:00"), """Hi Ruby,

Gift wrap is £3 - I've added it to the order and charged your card.

Nina""")

s = Story("v47-return-window-marketing", "en", "open",
          {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1,
           "awaiting-reply": 1},
          "Noah Fisher <noah.fisher@example.net>", "gmail", "Christmas returns",
          "'I'll get back to you early next week' said on Thursday never kept; the unsubscribe "
          "request was skipped; 'I still haven't heard anything' waits.",
          unanswered=["Could you also unsubscribe me from the marketing emails?"])
s.c("q", t(12, "09:00"), """Hi,

Is the return window longer over Christmas? I'm buying headphones as a present. Could you also unsubscribe me from the marketing emails?

Noah""", answered=1)
s.a("r", "nina", t(12, "11:00"), """Hi Noah,

Good question - the Christmas returns policy isn't final yet. I'll get back to you early
next week.

Nina""", promises=[(eod(17), None)])
s.c("ch", t(19, "10:00"), """Hi Nina,

I still haven't heard anything about the Christmas returns.

Noah""", chase=True)

s = Story("v48-authorised-buyer", "en", "pending", {"unanswered-question": 1},
          "Olivia Hart <olivia.hart@hart-dental.example>", "owa", "Order for our practice",
          "B2B: the order question answered, the request to add an authorised buyer skipped.",
          unanswered=[("Please add my colleague Mark Hart (mark@hart-dental.example) as an "
                       "authorised buyer on our account.")])
s.c("q", t(17, "09:00"), """Hi Ben,

Can we order four more iPads on the same invoice as last month? Please add my colleague Mark Hart (mark@hart-dental.example) as an authorised buyer on our account.

Olivia Hart
Hart Dental Practice""", answered=1)
s.a("r", "ben", t(17, "11:00"), """Hi Olivia,

Yes - the four iPads are added to invoice VT-INV-20890 and ship tomorrow.

Ben""")

s = Story("v49-bundle-partial-tradein", "en", "pending", {},
          "Jacob Reed <jacob.reed@example.com>", "thunderbird", "Trade-in for Galaxy Book",
          "One sentence bundling two asks (value and payout date) answered in part - counted as "
          "answered (one question, addressed).")
s.c("q", t(17, "10:00"), """Hi,

How much would I get for my Galaxy Book2 and when would the money arrive?

Jacob""", answered=1)
s.a("r", "nina", t(17, "13:00"), """Hi Jacob,

A Galaxy Book2 in good condition trades in for £160.

Nina""")

s = Story("v50-earbuds-base64-clean", "en", "closed", {},
          "Mia Turner <mia.turner@example.org>", "apple", "Lost earbud",
          "A base64 body; replacement single earbud answered with a price and a link.")
s.c("q", t(3, "09:00"), """Hi,

I lost the left Galaxy Buds earbud on the train. Can I buy just one earbud? How much is it?

Mia""", answered=2, cte="base64")
s.a("r", "raj", t(3, "12:00"), """Hi Mia,

Yes, single earbuds are £49: https://voltaro.example/spares?item=buds-left

Raj""")


# --------------------------------------------------------------------------------------
# Facts, labels and writing
# --------------------------------------------------------------------------------------


def facts(c: Case) -> tuple[str, dict[str, int]]:
    """The status and rule counts that the messages' facts and dates imply."""
    msgs = sorted(c.msgs, key=lambda m: m.date)
    real = [m for m in msgs if m.role == "customer" and not m.thanks_only]
    agents = [m for m in msgs if m.role == "agent"]
    rules: dict[str, int] = {}
    last_c = real[-1].date if real else None
    last_a = agents[-1].date if agents else None
    if last_c and (not last_a or last_c > last_a):
        status = "open"
        if AS_OF - last_c > RESPONSE_TARGET:
            rules["awaiting-reply"] = 1
    elif any(a.closes and not any(m.date > a.date for m in real) for a in agents):
        status = "closed"
    else:
        status = "pending" if AS_OF - last_a < CLOSE_AFTER else "closed"
    if any(m.date > a.date for a in agents if a.closes for m in real):
        rules["reopened"] = 1
    if agents and real and agents[0].date - real[0].date > RESPONSE_TARGET:
        rules["slow-first-response"] = 1
    if len({a.agent for a in agents}) > HANDOFF_LIMIT:
        rules["many-handoffs"] = 1
    by_key = {m.key: m for m in msgs}
    missed = 0
    for a in agents:
        for deadline, kept in a.promises:
            if kept is None:
                missed += deadline < AS_OF
            elif by_key[kept].date > deadline:
                missed += 1
    if missed:
        rules["missed-follow-up"] = missed
    chased = sum(m.chase for m in real)
    if chased:
        rules["customer-chased"] = chased
    if UNANSWERED[c.name]:
        rules["unanswered-question"] = len(UNANSWERED[c.name])
    return status, rules


def check(cases: list[Case]) -> list[str]:
    """Disagreements between the hand-written labels and the facts."""
    problems = []
    for c in cases:
        status, rules = facts(c)
        if status != c.status:
            problems.append(f"{c.name}: status {c.status}, facts say {status}")
        if rules != c.rules:
            problems.append(f"{c.name}: rules {c.rules}, facts say {rules}")
        for q in UNANSWERED[c.name]:
            askers = [m for m in c.msgs if m.role == "customer" and q in m.own]
            if not askers:
                problems.append(f"{c.name}: question {q!r} in no customer message")
            elif not any(a.role == "agent" and a.date > askers[0].date for a in c.msgs):
                problems.append(f"{c.name}: question {q!r} has no support reply after it")
    return problems


def render(cases: list[Case]) -> tuple[list, list]:
    """Build every message; return mbox entries and Maildir entries."""
    all_msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in all_msgs}
    inbox, sent = [], []
    for m in all_msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE)
        headers = [("From", m.frm), ("To", m.to)]
        if m.cc:
            headers.append(("Cc", m.cc))
        headers += [("Subject", m.subject), ("Date", email.utils.format_datetime(m.date)), *m.extra]
        raw = mailcraft.build(m, headers, by_key, PROFILE)
        if m.role in ("customer", "auto"):
            inbox.append((addr_of(m.frm)[1], m.date, raw))
        else:
            sent.append((m.date, raw, m.role == "agent"))
    return inbox, sent


def write(out: Path) -> None:
    """Validate the labels against the facts and write the corpus to ``out``."""
    for c in CASES:
        for m in c.msgs:
            m.own = m.body.replace("{quote}", "").rstrip("\n") + "\n"  # what the author wrote
    problems = check(CASES)
    if problems:
        raise SystemExit("refusing to write:\n" + "\n".join(problems))
    inbox, sent = render(CASES)
    tmp = out / ".tmp-mailbox"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    (tmp / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    mailcraft.write_maildir(tmp / "Sent", sent, "mail.voltaro.example")
    parsed_in, parsed_sent = mailcraft.read_back(tmp / "inbox.mbox", tmp / "Sent")
    problems = mailcraft.parse_problems(parsed_in + parsed_sent)
    by_id = {p["Message-ID"]: p for p in parsed_in + parsed_sent}
    for c in CASES:
        for m in c.msgs:
            if m.kind == "html":
                continue  # no plain part to compare
            problem = mailcraft.round_trip_problem(m, by_id[m.message_id], m.role in ("customer", "auto"))
            if problem:
                problems.append(problem)
    if problems:
        shutil.rmtree(tmp)
        raise SystemExit("refusing to write:\n" + "\n".join(problems))
    for c in CASES:
        c.uq = UNANSWERED[c.name]
    labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    if (out / "mailbox").exists():
        shutil.rmtree(out / "mailbox")
    tmp.rename(out / "mailbox")
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in CASES]
    (out / "CASES.md").write_text(mailcraft.cases_table("Practice3 corpus: Voltaro support cases",
                                                        "make_practice3_corpus.py", rows),
                                  encoding="utf-8")


def main() -> None:
    """Command line: regenerate the corpus (default ``tests/practice3``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice3")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out)


if __name__ == "__main__":
    main()
