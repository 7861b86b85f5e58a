#!/usr/bin/env python3
"""Regenerate ``tests/practice10/``: the labelled corpus of Wrenfield Car & Van Hire support.

A support mailbox of a fictional car and van hire company in Castlebrook (bookings and
amendments, one-way hire, deposits and card holds, excess insurance, damage claims after
return, fuel and mileage charges, driver licence checks, child seats, business accounts,
invoices), written without looking at the detection heuristics or at the other corpora's
cases. It is built around customer questions: many answered in varied ways, a few dozen
left unanswered. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``wrenhire.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase,
promises with their deadline and the message that kept them, unanswered questions, how many
of its questions were answered). The script recomputes status and every rule count from
those facts and from the dates and refuses to write when they disagree with the
hand-written case labels, when a labelled question is not verbatim in the customer's own
text of the case, or when no support reply follows it.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice10_corpus.py [--out DIR] [--summary]
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
SUPPORT_DOMAIN = "wrenhire.example"
SUPPORT = "Wrenfield Hire Desk <desk@wrenhire.example>"
HELPDESK = "Wrenfield Car & Van Hire <desk@wrenhire.example>"
RULES = mailcraft.RULES
UK = UTC
CET = timezone(timedelta(hours=1))

AGENTS = {
    "gemma": ("Gemma Holt <gemma.holt@wrenhire.example>", "thunderbird", """-- 
Gemma Holt
Bookings Team | Wrenfield Car & Van Hire
Station Road Depot, Castlebrook CB1 4RW | 01632 960 118
Manage your booking: https://wrenhire.example/manage?src=mail"""),
    "ravi": ("Ravi Desai <ravi.desai@wrenhire.example>", "outlook", """Kind regards,
Ravi Desai
Damage & Claims | Wrenfield Car & Van Hire
This e-mail is confidential. If you received it in error, please tell us and delete it."""),
    "niamh": ("Niamh Carroll <niamh.carroll@wrenhire.example>", "apple", """Best,
Niamh
--
Niamh Carroll - Business & Fleet Accounts
Wrenfield Car & Van Hire | https://wrenhire.example/business"""),
    "tom": ("Tom Baxter <tom.baxter@wrenhire.example>", "outlook", """Thanks,
Tom Baxter
Billing | Wrenfield Car & Van Hire | 01632 960 140"""),
    "jonas": ("Jonas Weber <jonas.weber@wrenhire.example>", "thunderbird_de", """-- 
Jonas Weber
Kundenservice (Deutsch) | Wrenfield Car & Van Hire
https://wrenhire.example/de/hilfe?ref=signatur"""),
    "claire": ("Claire Dubois <claire.dubois@wrenhire.example>", "apple_fr", """Bien cordialement,
Claire Dubois
Service client | Wrenfield Car & Van Hire
https://wrenhire.example/fr/aide?utm_source=email"""),
    "lucia": ("Lucía Ortega <lucia.ortega@wrenhire.example>", "gmail_es", """Un saludo,
Lucía Ortega
Atención al cliente | Wrenfield Car & Van Hire"""),
}

ACK = """Hello,

Thanks for contacting Wrenfield Car & Van Hire. This is an automatic
receipt: your message is logged as ticket {ref}. Our desk is staffed
Monday to Saturday, 7am-7pm, and we will reply within 24 hours.

Please do not reply to this e-mail. Need to change a booking?
https://wrenhire.example/manage?ticket={ref}

Wrenfield Car & Van Hire - Hire Desk"""

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
    "helpdesk": ["X-Mailer: Wrenfield Desk 3.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="wh.", outlook_server="LO2P26")
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


@dataclass
class Case:
    """One conversation: its hand-written labels and its messages."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    client: str
    subject: str
    story: str
    msgs: list[Msg] = field(default_factory=list)
    pending_promises: list[tuple[Msg, list[tuple[datetime, int | None]]]] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The hand-written unanswered questions of this case (labels, not facts)."""
        return UNANSWERED.get(self.name, [])

    def _add(self, m: Msg, parent) -> int:
        index = len(self.msgs)
        if parent == "prev":
            m.parent = self.msgs[-1].key if self.msgs else None
        elif parent is not None:
            m.parent = self.msgs[parent].key
        self.msgs.append(m)
        return index

    def cust(self, date: datetime, body: str, *, parent="prev", quote: bool = True,
             frm: str | None = None, client: str | None = None, subject: str | None = None,
             sig: str = "", **facts) -> int:
        """Add a customer message; a reply quotes its parent below the text unless told not to."""
        client = client or self.client
        has_parent = parent is not None and (parent != "prev" or self.msgs)
        if subject is None:
            subject = (REPLY_PREFIX.get(client, "Re: ") + self.subject) if has_parent else self.subject
        text = body.rstrip("\n") + ("\n\n" + sig if sig else "")
        if has_parent and quote and "{quote}" not in text:
            text += "\n\n{quote}"
        m = Msg(key=f"{self.name}/{len(self.msgs)}", case=self.name, role="customer",
                client=client, frm=frm or self.customer, to=SUPPORT, subject=subject,
                date=date, body=text + "\n", **facts)
        return self._add(m, parent)

    def agent(self, who: str, date: datetime, body: str, *, parent="prev", quote: bool = True,
              promises: list[tuple[datetime, int | None]] = (), subject: str | None = None,
              **facts) -> int:
        """Add a support reply by agent ``who``, signed and top-posted above the quote."""
        frm, client, sig = AGENTS[who]
        if subject is None:
            subject = REPLY_PREFIX.get(client, "Re: ") + self.subject
        text = body.rstrip("\n") + "\n\n" + sig
        if quote and "{quote}" not in text:
            text += "\n\n{quote}"
        m = Msg(key=f"{self.name}/{len(self.msgs)}", case=self.name, role="agent", agent=who,
                client=facts.pop("client", client), frm=frm, to=self.customer,
                subject=subject, date=date, body=text + "\n", **facts)
        if promises:
            self.pending_promises.append((m, list(promises)))
        return self._add(m, parent)

    def ack(self, date: datetime, ref: str) -> int:
        """Add the helpdesk's automatic acknowledgement of the customer's first mail."""
        m = Msg(key=f"{self.name}/{len(self.msgs)}", case=self.name, role="ack", client="helpdesk",
                kind="alt", frm=HELPDESK, to=self.customer,
                subject=f"[Ticket {ref}] Re: {self.subject}", date=date,
                body=ACK.format(ref=ref) + "\n",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
        return self._add(m, "prev")

    def auto(self, date: datetime, body: str, headers: list[tuple[str, str]], *,
             client: str | None = None, subject: str) -> int:
        """Add the customer's own automatic reply (out-of-office) to the previous message."""
        m = Msg(key=f"{self.name}/{len(self.msgs)}", case=self.name, role="auto",
                client=client or self.client, frm=self.customer, to=SUPPORT, subject=subject,
                date=date, body=body.rstrip("\n") + "\n", extra=headers)
        return self._add(m, "prev")

    def resolve(self) -> None:
        """Turn promise keepers given as message indexes into message keys."""
        for m, promises in self.pending_promises:
            m.promises = [(deadline, None if kept is None else self.msgs[kept].key)
                          for deadline, kept in promises]
        self.pending_promises = []


CASES: list[Case] = []


def case(name: str, lang: str, status: str, rules: dict[str, int], customer: str, client: str,
         subject: str, story: str) -> Case:
    """Start a case with its hand-written labels."""
    c = Case(name, lang, status, rules, customer, client, subject, story)
    CASES.append(c)
    return c


def t(day: int, hour: int, minute: int = 0, tz: timezone = UK, month: int = 11) -> datetime:
    """A moment in autumn 2026 in time zone ``tz``."""
    return datetime(2026, month, day, hour, minute, tzinfo=tz)


def eod(day: int, tz: timezone = UK, month: int = 11) -> datetime:
    """The end of a named day: the deadline of "by Friday", "tomorrow", "on 16 November"."""
    return datetime(2026, month, day, 23, 59, 59, tzinfo=tz)


def window(date: datetime) -> datetime:
    """The deadline of a promise without one: the follow-up window after it was made."""
    return date + FOLLOW_UP_WINDOW


PHOTO = mailcraft.png(24, 16, lambda x, y: (150 + 4 * x, 150 - 3 * y, 140 + 2 * (x + y) % 60))
DASHCAM = mailcraft.png(20, 12, lambda x, y: (40 + 9 * x, 60 + 7 * y, 90))


def invoice_pdf(number: str, lines: list[str]) -> bytes:
    """A one-page invoice PDF from Wrenfield's billing system."""
    return mailcraft.pdf([f"Wrenfield Car & Van Hire - Invoice {number}",
                          "Station Road Depot, Castlebrook CB1 4RW", "", *lines])


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

c = case("r01-move-collection-day", "en", "closed", {},
         "Harriet Lowe <harriet.lowe@example.com>", "gmail", "Change of collection day - WH-51322",
         "Moves her collection a day earlier and asks three questions; one paragraph answers all of "
         "them out of order; thanks-only reply.")
c.cust(t(2, 9, 14), """Hi,

I've got a Golf automatic booked for Friday 13 November (WH-51322) but we now need to leave a day earlier. Could you move the collection to Thursday 12 November, same time (10am)?

Is the price the same? Can I keep the automatic Golf, or would it be a different car? And do I need to re-sign anything?

Many thanks,
Harriet""", kind="alt", answered=4)
c.agent("gemma", t(2, 11, 2), """Hi Harriet,

Done - WH-51322 now starts on Thursday 12 November at 10:00. Nothing to sign again, the agreement is done at the desk on the day as before. The Golf automatic stays yours, and because Thursday is off-peak the total actually drops by £6, which we've refunded to your card.""")
c.cust(t(2, 11, 30), "Perfect, thank you!", thanks_only=True, kind="alt")

c = case("r02-extension-second-driver", "en", "closed", {"unanswered-question": 2},
         "Daniel Okoro <d.okoro@okorofamily.example>", "outlook", "Extend hire WH-51877",
         "Asks to extend the hire, to add his wife as a second driver and to copy a work address; "
         "the agent extends and skips the other two.")
c.cust(t(3, 18, 40), """Hello,

We've got the Qashqai until Sunday 8 November (booking WH-51877). Could we keep it until Tuesday 10 November instead? Our flight home has been moved.
Can I also add my wife, Adaeze, as a second driver for the extra days? She has a full UK licence.
Also, please send the updated confirmation to my work address, daniel.okoro@okorolaw.example, as well.

Regards,
Daniel Okoro""", answered=1,
       uq=["Can I also add my wife, Adaeze, as a second driver for the extra days?",
           "please send the updated confirmation to my work address, daniel.okoro@okorolaw.example, as well."])
c.agent("gemma", t(4, 8, 55), """Hi Daniel,

I've extended booking WH-51877 to Tuesday 10 November, return by 10:00 at Station Road. The two extra days come to £78 and will be taken from the card on file.

Safe travels!""")

c = case("r03-one-way-edinburgh", "en", "closed", {},
         "Priya Raman <priya.raman@example.org>", "thunderbird", "One-way hire to Edinburgh?",
         "Four questions about a one-way hire, answered inline under each; thanks-only reply.")
c.cust(t(29, 10, 5, month=10), """Hello,

I'm relocating for work in November and would rather drive than take the train.

Can I collect a car in Castlebrook and drop it off in Edinburgh?
What is the one-way fee?
Is there a mileage limit on one-way hires?
Do I need to return it with a full tank?

Thanks,
Priya Raman""", answered=4)
c.agent("gemma", t(29, 13, 20, month=10), """Hi Priya,

Answers below.

On 10/29/26 10:05 AM, Priya Raman wrote:
> Can I collect a car in Castlebrook and drop it off in Edinburgh?

Yes - our partner depot is at Edinburgh Haymarket, open 8-6 daily.

> What is the one-way fee?

£110 for Castlebrook to Edinburgh, added to the normal daily rate.

> Is there a mileage limit on one-way hires?

No, one-way hires have unlimited mileage.

> Do I need to return it with a full tank?

Same level as at collection; it will leave us full.""", quote=False)
c.cust(t(29, 14, 2, month=10), """Brilliant, booked it online just now. Thanks Gemma.

Priya""", thanks_only=True)

c = case("r04-card-hold-not-released", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Marcus Fenwick <marcus.fenwick@example.net>", "gmail", "£300 hold still on my card",
         "A card hold after return; the agent promises to come back the next day, the customer has "
         "to chase, the answer comes three days late.")
c.cust(t(9, 8, 30), """Hi,

You took a £300 hold on my card when I collected the Corsa last Monday and it's still there even though I returned the car on Friday. When will it be released?

Marcus Fenwick""", kind="alt", answered=1)
c.agent("tom", t(9, 11, 45), """Hi Marcus,

Sorry about that. I'll check with the Station Road team whether the return was closed off properly and get back to you tomorrow.""",
        promises=[(eod(10), None)])
c.cust(t(12, 9, 10), """Any update on this? The £300 is still showing as pending on my account.

Marcus""", kind="alt", chase=True)
c.agent("tom", t(13, 10, 20), """Hi Marcus,

Apologies for the silence. The return was only closed on our system today; the hold has now been released on our side and your bank should remove it within 3-5 working days.""")

c = case("r05-one-way-luton-bristol", "en", "closed", {"unanswered-question": 1},
         "Sophie Grant <sophie.grant@example.com>", "apple", "Luton van one way to Bristol",
         "Three questions about a one-way van hire; the deposit-card question is skipped.")
c.cust(t(4, 14, 10), """Hello,

I'm moving from Castlebrook to Bristol on 21 November and need a Luton van one way. What does the one-way fee come to? Can I drop the van at your Bristol Temple Meads partner depot on a Sunday? And do you accept a debit card for the deposit, or does it have to be a credit card?

Thanks so much,
Sophie""", uq=["do you accept a debit card for the deposit, or does it have to be a credit card?"], answered=2)
c.agent("gemma", t(4, 16, 30), """Hi Sophie,

The one-way fee from Castlebrook to Bristol is £95 on top of the daily rate (£89 a day for a Luton with tail lift). Temple Meads is open on Sundays from 9 to 1, and there's a key drop box for after hours.

I've held a van for you on the 21st under WH-52210.""")

c = case("r06-dent-evidence-late", "en", "pending", {"missed-follow-up": 1},
         "Ben Whitaker <ben.whitaker@whitakerdesign.example>", "outlook", "Damage charge - rear door dent",
         "Disputes a dent charge and asks for the inspection report; promised by Friday, sent on "
         "Monday (late); the customer acknowledges.")
c.cust(t(9, 10, 0), """Hello,

I've received a letter saying you'll charge £420 for a dent on the rear door of the Focus I returned on 6 November (WH-51490). I didn't cause it and there was no mention of it when I dropped the car off.

I'd like to see the evidence. Please send me the return inspection report and the photos.

Ben Whitaker
Whitaker Design Ltd""", answered=1)
c.agent("ravi", t(9, 15, 30), """Dear Mr Whitaker,

Thank you for your email. I've asked the Station Road team for the return inspection report and photos and will send them to you by Friday.""",
        promises=[(eod(13), 3)])
c.cust(t(13, 8, 15), "Noted, thanks.", thanks_only=True, quote=False)
c.agent("ravi", t(16, 9, 40), """Dear Mr Whitaker,

Please find attached the return inspection report for WH-51490 with the two photos of the rear door taken at check-in on 6 November.""",
        parent=1, attach=[("application/pdf", "inspection-WH-51490.pdf",
                           mailcraft.pdf(["Return inspection WH-51490", "Ford Focus KV23 LHT",
                                          "Rear right door: dent 4 cm, paint intact"])),
                          ("image/png", "rear-door.png", PHOTO)])
c.cust(t(17, 7, 50), """Thanks Ravi, I'll go through these.

Ben""", thanks_only=True)

c = case("r07-deposit-template-reply", "en", "closed", {"unanswered-question": 2},
         "Laura Kim <laura.kim@example.com>", "gmail", "Deposit amount and release",
         "Asks why more deposit was held than booked and for a release reference; gets a templated "
         "text about release times that answers neither.")
c.cust(t(27, 19, 22, month=10), """Hi,

My booking WH-50433 said the deposit would be £200, but £250 was held on my card at collection. Why was £250 held when the booking said £200?

The hire ended on 23 October. Could you send me the release reference so my bank can trace it?

Thanks,
Laura""", kind="alt", uq=["Why was £250 held when the booking said £200?",
                          "Could you send me the release reference so my bank can trace it?"])
c.agent("gemma", t(28, 9, 5, month=10), """Dear Customer,

Thank you for contacting Wrenfield Car & Van Hire.

Security deposits are released automatically once the vehicle has been checked in. Depending on your card issuer, it can take 7-10 working days for the funds to show as available again.

We hope to see you again soon.""")

c = case("r08-windscreen-chip", "en", "closed", {"missed-follow-up": 1},
         "Owen Price <owen.price@example.org>", "thunderbird", "Windscreen chip on the Octavia",
         "Asks whether the excess cover pays for a windscreen chip (answered); the agent promises "
         "to come back about repair or replacement without a deadline and never does.")
c.cust(t(2, 12, 0), """Hello,

A stone chipped the windscreen of the Octavia (WH-51655) on the A38 on Saturday. I bought your excess cover at the desk. Does the cover pay for the windscreen repair, or will I be charged?

Owen Price""", answered=1)
c.agent("ravi", t(2, 16, 10), """Dear Owen,

Windscreens and tyres are included in Excess Cover Plus, which is the cover you bought, so you won't pay for the chip. I'll confirm with our glass repairer whether it's a repair or a replacement and come back to you.""",
        promises=[(window(t(2, 16, 10)), None)])

c = case("r09-sunday-drop-box", "en", "closed", {},
         "Chris Doyle <chris.doyle@example.net>", "iphone", "Returning on Sunday",
         "Two yes/no questions answered with a bare \"Yes and yes\" plus opening hours.")
c.cust(t(10, 7, 12), """Hi, is the Station Road depot open on Sunday mornings? If not, can I leave the keys in the drop box?
Booking WH-52377
Chris

Sent from my iPhone""", answered=2)
c.agent("gemma", t(10, 8, 3), """Hi Chris,

Yes and yes - Sundays 8 till 12, and the drop box is by the gate.""")

c = case("r10-mehrkilometer", "de", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Katrin Hoffmann <k.hoffmann@example.de>", "gmail_de", "Mehrkilometer auf Rechnung WH-50912",
         "Excess-mileage dispute; \"ich melde mich morgen\" is never kept, the customer chases and "
         "is still waiting.")
c.cust(t(9, 9, 20, CET), """Guten Tag,

ich habe vom 26. bis 30. Oktober einen Transit gemietet (Buchung WH-50912). Auf der Abrechnung stehen 180 Meilen Mehrkilometer, laut Tacho bin ich aber nur 340 Meilen gefahren, also innerhalb der 400 Freimeilen. Können Sie das bitte prüfen und korrigieren?

Mit freundlichen Grüßen
Katrin Hoffmann""", kind="alt", answered=1)
c.agent("jonas", t(9, 14, 5, CET), """Guten Tag Frau Hoffmann,

vielen Dank für Ihre Nachricht. Ich prüfe das mit der Station in Castlebrook und melde mich morgen bei Ihnen.""",
        promises=[(eod(10, CET), None)])
c.cust(t(12, 10, 30, CET), """Hallo Herr Weber,

ich warte immer noch auf eine Antwort zu den Mehrkilometern. Können Sie mir bitte Bescheid geben?

Katrin Hoffmann""", kind="alt", chase=True)

c = case("r11-bumper-photos", "en", "pending", {"unanswered-question": 1},
         "Gareth Lewis <gareth.lewis@example.com>", "outlook", "Bumper scuff charge WH-51630",
         "Disputes a bumper charge, asks for the check-out photos and how to appeal; only the "
         "appeal route is answered.")
c.cust(t(16, 8, 50), """Hello,

Your letter of 12 November charges me £260 for a scuff on the front bumper of the Yaris (WH-51630). I'm certain it was already there when I collected it - it was dark and raining and nobody walked round the car with me.

Please send me the check-out photos from when I collected the car.
Also, who do I appeal to if I disagree with the charge?

Gareth Lewis""", uq=["Please send me the check-out photos from when I collected the car."], answered=1)
c.agent("ravi", t(16, 13, 30), """Dear Mr Lewis,

If you disagree with a damage charge, you can appeal within 28 days of our letter by replying to this email with your reasons and any photos or videos of your own. Every appeal is reviewed by Claimwise, an independent assessor, and we hold the charge until they have decided.""")

c = case("r12-frais-nettoyage", "fr", "closed", {"missed-follow-up": 1},
         "Amélie Laurent <amelie.laurent@example.fr>", "apple_fr", "Frais de nettoyage WH-51402",
         "Cleaning fee disputed; \"je reviens vers vous d'ici jeudi\" is kept on Friday (late); "
         "thanks-only reply.")
c.cust(t(9, 10, 0, CET), """Bonjour,

J'ai loué une Clio du 2 au 6 novembre (réservation WH-51402). On m'a facturé 45 £ de frais de nettoyage, alors que la voiture était propre à la restitution - j'ai même des photos. Pourriez-vous vérifier ces frais ?

Cordialement,
Amélie Laurent""", answered=1)
c.agent("claire", t(9, 15, 20, CET), """Bonjour Madame Laurent,

Merci pour votre message. Je transmets votre dossier à l'agence de Castlebrook et je reviens vers vous d'ici jeudi.""",
        promises=[(eod(12, CET), 2)])
c.agent("claire", t(13, 11, 0, CET), """Bonjour Madame Laurent,

L'agence a confirmé une erreur de saisie : les 45 £ vous seront remboursées sur votre carte sous 5 jours ouvrés. Toutes nos excuses pour ce désagrément.""")
c.cust(t(13, 12, 10, CET), """Merci beaucoup, bonne journée !

Amélie""", thanks_only=True)

c = case("r13-fuel-charge-billing-address", "en", "closed", {"unanswered-question": 1},
         "Ian Fletcher <ian@fletcherjoinery.example>", "outlook", "Refuelling charge on INV-77120",
         "Disputes a fuel charge with a receipt photo (refunded) and asks in passing to update the "
         "billing address (skipped).")
c.cust(t(3, 9, 30), """Hello,

We were charged £68.40 refuelling on invoice INV-77120 for the Transit Custom we returned on 30 October. The driver filled it up at the Shell on Mill Lane ten minutes before drop-off - photo of the receipt attached. Why was I charged for fuel when I returned it full?

Also, please update our billing address to 14 Mercer Row, Castlebrook CB4 2LT - we've moved workshop.

Ian Fletcher
Fletcher Joinery""", attach=[("image/png", "fuel-receipt.png", PHOTO)],
       uq=["please update our billing address to 14 Mercer Row, Castlebrook CB4 2LT"], answered=1)
c.agent("tom", t(3, 14, 10), """Hi Ian,

Thanks for the receipt - you're right, the fuel gauge was misread at check-in. I've refunded the £68.40 to the card ending 0921; it should show within 3-5 working days.""")

c = case("r14-cargo-retraso", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
         "Javier Morales <javier.morales@example.es>", "gmail_es", "Cargo por devolución tardía",
         "A late-return fee; \"le escribo el lunes\" is not kept, the customer chases and the fee "
         "is cancelled two days late.")
c.cust(t(9, 11, 0, CET), """Hola:

Alquilé una furgoneta Vivaro del 4 al 6 de noviembre (reserva WH-51733) y me han cobrado 95 £ por devolución tardía, pero la devolví antes de las 18:00 como estaba previsto. ¿Pueden revisar el cargo?

Gracias,
Javier Morales""", answered=1)
c.agent("lucia", t(9, 16, 0, CET), """Hola, Javier:

Lo reviso con la oficina de Castlebrook y le escribo el lunes con la respuesta.""",
        promises=[(eod(16, CET), 3)])
c.cust(t(18, 9, 40, CET), """¿Hay alguna novedad? Sigo esperando.

Javier""", chase=True)
c.agent("lucia", t(18, 12, 0, CET), """Hola, Javier:

Disculpe el retraso. La oficina ha confirmado que devolvió la furgoneta a las 17:55, dentro de plazo, así que hemos anulado el cargo de 95 £. Verá el reembolso en su tarjeta en unos días.""")

c = case("r15-business-account", "en", "pending", {"unanswered-question": 1},
         "Helen Marsh <helen@marshbuilders.example>", "owa", "Opening a business account",
         "Four numbered questions about a business account, HTML-only; three answered in a "
         "different order, the consolidated invoice is not.")
c.cust(t(17, 10, 15), """Hi,

We'd like to open a business account for Marsh & Daughters Builders - we hire three or four vans a month. A few questions:

1. What discount do you offer on account rates?
2. Can our site managers book on the account without me approving each one?
3. Can we get a monthly consolidated invoice instead of one per hire?
4. Do we need to register every driver in advance?

Thanks,
Helen Marsh
Office Manager, Marsh & Daughters Builders""", kind="html",
       uq=["Can we get a monthly consolidated invoice instead of one per hire?"], answered=3)
c.agent("niamh", t(17, 15, 40), """Hi Helen,

Thanks for thinking of us. Drivers don't need registering in advance - each one shows their licence and a DVLA check code at collection. Account customers get 15% off the daily rate and 30 days to pay. You can add as many authorised bookers as you like, each with their own login; approval by you is optional and off by default.

The application form is attached - it takes about five minutes.""",
        attach=[("application/pdf", "business-account-application.pdf",
                 mailcraft.pdf(["Wrenfield Business Account - Application", "Company name:",
                                "Registered address:", "Authorised bookers:"]))])

c = case("r16-invoice-days-handoffs", "en", "pending",
         {"missed-follow-up": 2, "customer-chased": 1, "many-handoffs": 1},
         "Philip Drummond <philip.drummond@example.com>", "gmail", "Invoice INV-78004 - wrong number of days",
         "Overcharged days: passed from bookings to billing, the revised invoice promised \"today\" "
         "comes a day late, the refund amount promised by Wednesday only after a chase, from a "
         "third agent.")
c.cust(t(9, 9, 0), """Hello,

Invoice INV-78004 for our Transit hire charges us for six days, but we returned the van after four (26-30 October). Could you send a corrected invoice and refund the difference?

Philip Drummond""", kind="alt", answered=1)
c.agent("gemma", t(9, 10, 30), """Hi Philip,

Thanks - I've passed this to our billing team, who can amend invoices.""")
c.agent("tom", t(9, 14, 0), """Hi Philip,

Tom from billing. You're right, the return was logged two days late. I'll send the revised invoice today and I'll confirm the refund amount by Wednesday.""",
        promises=[(eod(9), 3), (eod(11), 5)])
c.agent("tom", t(10, 9, 15), """Hi Philip,

Here's the revised invoice, INV-78004-R1, for four days.""",
        attach=[("application/pdf", "INV-78004-R1.pdf",
                 invoice_pdf("INV-78004-R1", ["Ford Transit 350 L2H2, 26-30 Oct 2026", "4 days x GBP 82.00"]))])
c.cust(t(17, 8, 45), """Hi Tom,

I haven't heard back about the refund - can you confirm the amount and when it will be paid?

Philip""", kind="alt", chase=True)
c.agent("niamh", t(18, 11, 20), """Hi Philip,

Niamh from the accounts team here - Tom is away this week. The refund for the two days, £164, went back to your card ending 5512 this morning.""")

c = case("r17-child-seat-fitting", "en", "pending", {"unanswered-question": 1},
         "Emma Clarke <emma.clarke@example.org>", "gmail", "Baby seat for our 7-seater",
         "A child-seat question answered; days later a follow-up asks for the seat to be fitted "
         "before collection, and the reply only says the booking is all set.")
c.cust(t(12, 20, 5), """Hi there,

We're collecting a 7-seater on 27 November (WH-52981). Do you have an ISOFIX seat suitable for a 9-month-old, and how much is it?

Thanks!
Emma""", kind="alt", answered=1)
c.agent("gemma", t(13, 8, 40), """Hi Emma,

Yes - we have rear-facing ISOFIX infant seats (0-13 kg) at £9 a day, capped at £45 per hire. I've added one to WH-52981.""")
c.cust(t(16, 19, 30), """Sorry, one more thing - could the seat be fitted in the car before we collect? We'll have the baby with us and I'm hopeless with ISOFIX.

Emma""", kind="alt", uq=["could the seat be fitted in the car before we collect?"])
c.agent("gemma", t(17, 8, 50), """Hi Emma,

Thanks for getting in touch again. Your booking is all set for the 27th, with the infant seat included - see you then!""")

c = case("r18-christmas-minibus", "en", "closed", {"missed-follow-up": 1},
         "Lydia Chen <lydia.chen@example.net>", "thunderbird", "Minibus over Christmas",
         "A Christmas minibus quote promised \"early next week\" on a Thursday (due Tuesday) comes "
         "on Wednesday; then booked.")
c.cust(t(5, 10, 0), """Hello,

We're planning a three-week hire over Christmas, 19 December to 9 January, for a 9-seater minibus. Could you quote for that?

Best wishes,
Lydia Chen""", answered=1)
c.agent("niamh", t(5, 13, 0), """Hi Lydia,

Our Christmas minibus rates aren't loaded yet - I'll send you a quote early next week.""",
        promises=[(eod(10), 2)])
c.agent("niamh", t(11, 10, 30), """Hi Lydia,

Sorry this is a day later than I said. A Ford Tourneo 9-seater for 19 December - 9 January is £1,386 including 2,000 miles; unlimited mileage is £120 more.""")
c.cust(t(11, 12, 0), """Thanks Niamh, that works. Please go ahead and book it with unlimited mileage, collecting 19 December at 9am.

Lydia""", answered=1, thread=False)
c.agent("niamh", t(11, 14, 20), """Hi Lydia,

Booked - your reference is WH-53120. A normal car licence covers a 9-seater, so any of your drivers over 25 can drive it.""")

c = case("r19-schweizer-fuehrerschein", "de", "closed", {"unanswered-question": 1},
         "Stefan Brunner <s.brunner@brunner-engineering.example>", "outlook_de", "Anmietung Kombi 16.-20. November",
         "Asks to book, whether a Swiss licence is accepted and for a company invoice; the invoice "
         "request is skipped.")
c.cust(t(3, 8, 45, CET), """Guten Tag

Ich möchte vom 16. bis 20. November einen Kombi bei Ihnen mieten (Abholung Castlebrook Bahnhof). Können Sie mir bestätigen, dass ein Führerschein aus der Schweiz akzeptiert wird?
Außerdem bitte ich darum, die Rechnung auf meine Firma Brunner Engineering GmbH, Bahnhofstrasse 12, 8001 Zürich auszustellen.

Freundliche Grüsse
Stefan Brunner""",
       uq=["Außerdem bitte ich darum, die Rechnung auf meine Firma Brunner Engineering GmbH, Bahnhofstrasse 12, 8001 Zürich auszustellen."],
       answered=2)
c.agent("jonas", t(3, 11, 30, CET), """Guten Tag Herr Brunner,

ja, Schweizer Führerscheine werden akzeptiert; bringen Sie bitte zusätzlich Ihren Reisepass mit. Ihr Kombi (Skoda Octavia Estate) ist für den 16. bis 20. November reserviert, Buchungsnummer WH-52077.""")

c = case("r20-smoking-fee", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
         "Aaron Blake <aaron.blake@example.com>", "android", "Smoking fee??",
         "Disputes a smoking fee; \"in the next couple of days\" passes, the customer chases, the "
         "outcome comes late.")
c.cust(t(12, 11, 0), """Hi, I returned the Mustang convertible on Tuesday and there's a charge of £150 'smoking fee' on my card. Nobody smoked in that car. How do I dispute this?

Aaron""", answered=1)
c.agent("ravi", t(12, 15, 10), """Dear Aaron,

I'm sorry to hear that. I'll review the valeting report and let you know the outcome in the next couple of days.""",
        promises=[(window(t(12, 15, 10)), 3)])
c.cust(t(17, 9, 0), """Still waiting on this - any news on the smoking fee?""", chase=True)
c.agent("ravi", t(17, 12, 30), """Dear Aaron,

Apologies for the delay. The valeting team found ash and a lighter in the driver's door pocket, so the fee stands. If you disagree, you can appeal to Claimwise, our independent assessor, within 28 days.""")

c = case("r21-boite-automatique", "fr", "closed", {"unanswered-question": 1},
         "Julien Moreau <julien.moreau@example.fr>", "gmail", "Location 10-15 novembre",
         "A French visitor books and asks about returning at Bristol airport (answered) and about "
         "an automatic gearbox (skipped).")
c.cust(t(2, 16, 0, CET), """Bonjour,

Nous arrivons de Roscoff en ferry et souhaitons louer une voiture du 10 au 15 novembre. Est-ce que je peux rendre la voiture à l'aéroport de Bristol ? Je voudrais aussi savoir si la voiture aura une boîte automatique, je n'ai jamais conduit une manuelle à gauche.

Merci d'avance,
Julien Moreau""", kind="alt",
       uq=["Je voudrais aussi savoir si la voiture aura une boîte automatique"], answered=2)
c.agent("claire", t(2, 17, 30, CET), """Bonjour Monsieur Moreau,

Oui, vous pouvez restituer le véhicule à notre comptoir de l'aéroport de Bristol, moyennant des frais d'abandon de 60 £. Je vous ai réservé une Peugeot 308 du 10 au 15 novembre, numéro WH-51988.""")

c = case("r22-tablet-left-in-van", "en", "pending", {},
         "Jack Morrison <jack.morrison@example.com>", "gmail", "Tablet left in the Berlingo",
         "Lost property: a second mail adds the description before support replies (new "
         "information, not a chase); one reply answers.")
c.cust(t(17, 9, 30), """Hi,

The Berlingo I returned yesterday had my son's tablet left in the seat pocket behind the driver. Could you check whether it's been found?

Jack Morrison""", kind="alt", answered=1)
c.cust(t(17, 9, 50), """Forgot to say - it's a blue iPad in a green dinosaur case, booking WH-53044.

Jack""", kind="alt")
c.agent("gemma", t(17, 12, 5), """Hi Jack,

Good news - the dinosaur has been rescued. It's at the Station Road desk; bring some ID and you can pick it up any day 7am-7pm.""")

c = case("r23-presupuesto-taller", "es", "pending", {"unanswered-question": 1},
         "Carmen Vidal <carmen.vidal@example.es>", "gmail_es", "Arañazo en el Seat Arona",
         "A damage letter: asks for the body-shop estimate (skipped) and when she will be charged "
         "(answered).")
c.cust(t(16, 10, 0, CET), """Buenos días:

Recibí su carta sobre el arañazo en la puerta trasera del Seat Arona (reserva WH-52315). ¿Me pueden enviar el presupuesto del taller? ¿Y cuándo me cobrarán el importe?

Un saludo,
Carmen Vidal""", kind="alt", uq=["¿Me pueden enviar el presupuesto del taller?"], answered=1)
c.agent("lucia", t(16, 15, 0, CET), """Buenos días, Carmen:

El cargo de 185 £ se hará el 30 de noviembre en la tarjeta con la que pagó la fianza, salvo que presente una reclamación antes de esa fecha.""")

c = case("r24-change-lead-driver", "en", "closed",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "Fiona Douglas <fiona.douglas@example.co.uk>", "gmail", "Change of driver on WH-51700",
         "Asks to change the lead driver and to swap to an automatic; no reply for two days, she "
         "follows up; the change is confirmed, the automatic ignored.")
c.cust(t(2, 8, 0), """Hello,

I need to change the driver on booking WH-51700 from my husband to me - he's broken his wrist. Is that possible, and is there a fee? Since I'll be driving, can we swap the Focus for an automatic?

Thanks,
Fiona Douglas""", kind="alt", uq=["can we swap the Focus for an automatic?"], answered=1)
c.cust(t(4, 9, 0), """Just following up on my email below - we collect on Friday, so I'd be grateful for a quick answer.

Fiona""", kind="alt", chase=True)
c.agent("gemma", t(4, 10, 10), """Hi Fiona,

Sorry for the slow reply. Yes, changing the lead driver is free - just bring your licence and a DVLA check code when you collect. I've updated the booking to your name. I hope your husband's wrist mends quickly.""")

c = case("r25-excess-mileage-corporate", "en", "closed", {"unanswered-question": 2},
         "Peter Hall <peter.hall@hallsurveying.example>", "outlook", "Mileage charge INV-77655",
         "Asks why excess miles were charged (explained) plus the odometer photo and a split "
         "invoice (both skipped).")
c.cust(t(5, 9, 10), """Hello,

Invoice INV-77655 includes £123.60 for 412 excess miles on the Astra we hired from 28 October to 3 November. Why was I charged for 412 extra miles? I thought the hire was unlimited mileage.

Can you send me the odometer photo taken at return? And could you split the invoice between our two cost centres (SV-01 for the first three days, SV-02 for the rest)?

Peter Hall
Hall Surveying LLP""",
       uq=["Can you send me the odometer photo taken at return?",
           "could you split the invoice between our two cost centres (SV-01 for the first three days, SV-02 for the rest)?"],
       answered=1)
c.agent("tom", t(5, 12, 40), """Hi Peter,

Corporate-rate hires include 150 miles a day. Over seven days that's 1,050 miles, and the Astra came back having done 1,462, so the other 412 miles were charged at 30p each. Unlimited mileage only applies to our leisure rates.""")

c = case("r26-resolved-then-thanks", "en", "closed", {},
         "Nora Quinn <nora.quinn@example.org>", "apple", "Receipt for parking fine transfer?",
         "A question answered, the agent marks the ticket resolved, a thanks-only reply does not "
         "reopen it.")
c.cust(t(18, 10, 20), """Hi,

I got a letter saying you've passed a parking fine from my hire (WH-52740) on to me and charged a £25 admin fee. Can you tell me which council issued the fine so I can appeal it?

Nora""", answered=1)
c.agent("gemma", t(18, 12, 0), """Hi Nora,

The notice came from Castlebrook City Council, PCN number CB40917735, issued on 7 November on Quay Street. You can appeal on the council's website with that number. I'll mark this ticket as resolved, but just reply if you need anything else.""",
        closes=True)
c.cust(t(18, 12, 40), """Thanks Gemma, that's all I needed.

Nora""", thanks_only=True)

c = case("r27-airport-key-return", "en", "closed", {},
         "Malcolm Reid <malcolm.reid@example.net>", "owa", "Key return at the airport",
         "A pleasantry and a rhetorical outburst around one real question, answered; HTML-only.")
c.cust(t(5, 7, 40), """Hi team,

Hope you're all well? I'm returning the Kuga to Castlebrook Airport next Tuesday at 5am for an early flight. Last time I went round the short-stay car park twice - who designs a car park with no signage? Where exactly do I leave the car and keys at that hour?

Malcolm Reid""", kind="html", answered=1)
c.agent("gemma", t(5, 9, 30), """Hi Malcolm,

At that hour, follow the "Car Hire Returns" signs to level 1 of the multi-storey (not short-stay), park in any Wrenfield bay and post the keys in the red box by the lift. The desk opens at 6 and checks the car in.""")

c = case("r28-rental-agreement-resend", "en", "closed", {"customer-chased": 1},
         "Grace Ellison <grace.ellison@example.com>", "thunderbird", "Copy of rental agreement WH-52090",
         "Asks for the rental agreement, gets the acknowledgement, resends the same request as a "
         "new mail the same afternoon; the agent answers the resend with the PDF.")
c.cust(t(9, 9, 0), """Hello,

Please send me a copy of the rental agreement for WH-52090 - my insurer wants it for a claim.

Grace Ellison""", answered=1)
c.ack(t(9, 9, 0) + timedelta(seconds=40), "WH-T-88413")
c.cust(t(9, 16, 45), """Hello,

Please send me a copy of the rental agreement for WH-52090 - my insurer wants it for a claim. Sending this again as I need it today if at all possible.

Grace Ellison""", parent=None, chase=True)
c.agent("gemma", t(10, 8, 20), """Hi Grace,

Here's the signed rental agreement for WH-52090. Sorry it didn't reach you yesterday.""",
        attach=[("application/pdf", "agreement-WH-52090.pdf",
                 mailcraft.pdf(["Rental agreement WH-52090", "Hirer: Grace Ellison",
                                "Vauxhall Corsa, 2-5 November 2026"]))])

c = case("r29-invoice-copy-old-card", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
         "Mei Tanaka <mei.tanaka@example.com>", "gmail", "Invoice copy for October hire",
         "Asks for an invoice copy and in passing to remove an expired card; \"by end of day\" "
         "delivers the invoice next morning (late) as a bare attachment; the card is never "
         "mentioned.")
c.cust(t(4, 13, 0), """Hi,

Could you send me a copy of the invoice for my October hire (WH-50811)? I can't find it in my account.

By the way, could you also remove my old card ending 4411 from my account? It expired in September.

Thanks,
Mei""", kind="alt", uq=["could you also remove my old card ending 4411 from my account?"], answered=1)
c.agent("tom", t(4, 15, 0), """Hi Mei,

Of course - I'll send it over by end of day.""", promises=[(eod(4), 2)])
c.agent("tom", t(5, 8, 30), """Attached.""",
        attach=[("application/pdf", "INV-77302.pdf",
                 invoice_pdf("INV-77302", ["WH-50811, Toyota Yaris, 12-16 October 2026", "Total GBP 164.00"]))])

c = case("r30-second-driver-no-reply", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
         "Oliver Bennett <oliver.bennett@example.org>", "outlook", "Second driver on WH-53007?",
         "Only the acknowledgement answers; two days later \"I haven't heard back\"; still nothing.")
c.cust(t(16, 10, 0), """Hello,

Can you confirm whether my booking WH-53007 includes a second driver? The confirmation doesn't say.

Oliver Bennett""")
c.ack(t(16, 10, 0) + timedelta(seconds=35), "WH-T-88902")
c.cust(t(18, 11, 0), """Hello,

I haven't heard back about this. We collect on Saturday - could someone confirm please?

Oliver""", parent=0, chase=True)

c = case("r31-einweggebuehr", "de", "closed", {"unanswered-question": 1},
         "Monika Schäfer <monika.schaefer@example.de>", "thunderbird_de", "Einwegmiete Castlebrook - Manchester",
         "A one-way booking: the fee is answered with a bare number, the child-seat request is "
         "skipped.")
c.cust(t(28, 18, 0, CET, month=10), """Hallo,

wir möchten vom 6. bis 13. November einen Wagen in Castlebrook abholen und in Manchester zurückgeben. Gibt es dafür eine Einweggebühr? Und könnten Sie bitte noch einen Kindersitz für unsere Tochter (4 Jahre) dazubuchen?

Viele Grüße
Monika Schäfer""", uq=["könnten Sie bitte noch einen Kindersitz für unsere Tochter (4 Jahre) dazubuchen?"], answered=2)
c.agent("jonas", t(29, 9, 10, CET, month=10), """Hallo Frau Schäfer,

75 £. Ihre Buchung WH-51210 (VW Golf, 6.-13. November, Rückgabe Manchester Piccadilly) ist bestätigt.""")

c = case("r32-cancellation-refund", "en", "pending", {"unanswered-question": 1, "customer-chased": 1},
         "Hannah Reid <hannah.reid@example.com>", "iphone", "Refund for cancelled booking WH-52600",
         "Asks when a cancellation refund arrives and for a cancellation confirmation; the process "
         "is explained, she checks in again, a colleague gives the trace reference; the "
         "confirmation is never sent.")
c.cust(t(11, 9, 0), """Hi, I cancelled booking WH-52600 on 2 November, more than 48 hours before pickup, so I should get a full refund of £212. When will it arrive? Can you also email me a cancellation confirmation for my travel insurer?
Hannah

Sent from my iPhone""", uq=["Can you also email me a cancellation confirmation for my travel insurer?"], answered=1)
c.agent("gemma", t(11, 11, 30), """Hi Hannah,

Cancellations more than 48 hours before pickup are refunded in full. Yours was processed on 3 November, and refunds take 5-7 working days to reach your card.""")
c.cust(t(16, 10, 0), """Just checking in on my refund - it still hasn't arrived.
Hannah

Sent from my iPhone""", chase=True)
c.agent("tom", t(16, 14, 0), """Hi Hannah,

I've checked with our payment provider: the refund of £212 left us on 3 November with reference RF-90127. If it isn't on your statement by Thursday, your bank can trace it with that reference.""")

c = case("r33-forwarded-confirmation", "en", "pending", {},
         "Sam Oduya <sam.oduya@example.com>", "gmail", "Fwd: Your Wrenfield booking is confirmed",
         "A self-answered question and a forwarded confirmation full of boilerplate questions "
         "around two real ones, both answered.")
c.cust(t(16, 8, 10), """Hi,

I'm booked on the Corolla for Thursday (confirmation forwarded below). Where do I find the booking reference? Never mind - it's at the top, WH-52896.

What time does the Station Road depot open on Thursday? And can I pay the deposit with my friend's credit card? Mine is maxed out after the holiday.

Sam

---------- Forwarded message ---------
From: Wrenfield Car & Van Hire <no-reply@wrenhire.example>
Date: Sat, 14 Nov 2026 at 18:02
Subject: Your Wrenfield booking is confirmed
To: <sam.oduya@example.com>

Booking WH-52896 - Toyota Corolla Hybrid or similar
Collection: Thursday 19 November 2026, Station Road Depot
Return: Sunday 22 November 2026, Station Road Depot

Need to change your dates? Use Manage my booking.
Questions about your booking? https://wrenhire.example/help?ref=conf
Why not add Excess Cover and drive worry-free?""", kind="alt", answered=2)
c.agent("gemma", t(16, 9, 45), """Hi Sam,

We open at 7am on weekdays. The deposit card has to be in the lead driver's own name, I'm afraid - but it can be a debit card, and for the Corolla the hold is only £200.""")

c = case("r34-warning-light", "en", "closed", {},
         "Yusuf Ali <yusuf.ali@example.net>", "thunderbird", "Warning light on the Transit",
         "A warning-light question; support asks two questions of its own, the customer answers "
         "them inline (support's questions quoted back), then support answers.")
c.cust(t(10, 8, 30), """Hello,

The Transit I'm hiring (WH-52501) has an orange engine symbol on the dashboard since this morning. Is it safe to keep driving it to Leeds today?

Yusuf Ali""", answered=1)
c.agent("gemma", t(10, 8, 50), """Hi Yusuf,

Could you confirm the registration of the van, and whether the light is steady or flashing?""")
c.cust(t(10, 9, 5), """On 11/10/26 8:50 AM, Gemma Holt wrote:
> Could you confirm the registration of the van, and whether the light is steady or flashing?

KX24 RTY, and it's steady.

Yusuf""", quote=False)
c.agent("gemma", t(10, 9, 20), """Hi Yusuf,

Steady is fine - it's usually the emissions sensor on that batch of vans. Carry on to Leeds and keep under 60. I've booked it in at our partner garage there, Kirkgate Motors (0113 496 0221), for 8am tomorrow; they'll clear the fault while you unload.""")

c = case("r35-caution-relance", "fr", "pending",
         {"unanswered-question": 2, "customer-chased": 1, "slow-first-response": 1},
         "Isabelle Fontaine <isabelle.fontaine@example.fr>", "gmail", "Caution non débloquée - WH-52455",
         "Three questions about a deposit; no reply for four days, \"Je me permets de vous "
         "relancer\"; the deposit is explained, invoice and fuel questions are skipped.")
c.cust(t(12, 9, 0, CET), """Bonjour,

J'ai rendu la Captur le 10 novembre (réservation WH-52455). Pourquoi la caution n'a-t-elle pas encore été débloquée ? Pouvez-vous aussi m'envoyer la facture finale ? Je voudrais également savoir si des frais de carburant ont été appliqués.

Cordialement,
Isabelle Fontaine""", kind="alt",
       uq=["Pouvez-vous aussi m'envoyer la facture finale ?",
           "Je voudrais également savoir si des frais de carburant ont été appliqués."], answered=1)
c.cust(t(16, 8, 30, CET), """Bonjour,

Je me permets de vous relancer : toujours aucune nouvelle de ma caution.

Isabelle Fontaine""", kind="alt", chase=True)
c.agent("claire", t(16, 11, 30, CET), """Bonjour Madame Fontaine,

Toutes mes excuses pour ce délai. Votre caution était restée bloquée à cause d'un incident de notre terminal de paiement ; elle a été libérée ce matin et vous la reverrez sur votre compte d'ici quelques jours.""")

c = case("r36-zwei-belastungen", "de", "pending", {"many-handoffs": 1},
         "Uwe Krämer <uwe.kraemer@example.de>", "outlook_de", "Zwei Belastungen nach Rückgabe Vivaro",
         "Two charges after return: bookings answers the fuel charge and hands the damage to "
         "claims (kept the same day), billing answers an instalment request - three agents, "
         "German and English.")
c.cust(t(16, 9, 0, CET), """Guten Tag,

nach der Rückgabe des Vivaro am 13. November (WH-52519) wurden mir zwei Beträge belastet: 95 £ für einen Schaden und 38 £ für eine Tankfüllung. Können Sie mir erklären, wofür die 95 £ sind? Und ist die Tankfüllung korrekt?

Mit freundlichen Grüßen
Uwe Krämer""", answered=2)
c.agent("jonas", t(16, 11, 0, CET), """Guten Tag Herr Krämer,

die 38 £ sind korrekt: Der Tank war bei der Rückgabe nur halb voll, Sie hatten den Wagen vollgetankt übernommen. Zu den 95 £ schreibt Ihnen heute noch unser Schadensteam.""",
        promises=[(eod(16, CET), 2)])
c.agent("ravi", t(16, 15, 0), """Dear Mr Krämer,

Apologies for writing in English. The £95 is for the cracked housing of the left wing mirror, noted at check-in on 13 November - the photo is attached.""",
        attach=[("image/png", "mirror-WH-52519.png", DASHCAM)])
c.cust(t(17, 10, 0, CET), """Danke. Kann ich die 95 £ in Raten zahlen? Und bitte schicken Sie mir eine Rechnung dafür.

Uwe Krämer""", answered=2)
c.agent("tom", t(17, 14, 0), """Dear Mr Krämer,

Yes - we can split the £95 into two payments of £47.50, on 1 and 15 December. The invoice, INV-78510, is attached.""",
        attach=[("application/pdf", "INV-78510.pdf",
                 invoice_pdf("INV-78510", ["WH-52519, damage: left wing mirror housing", "GBP 95.00 in 2 instalments"]))])

c = case("r37-wedding-minibus-followup", "en", "closed", {"unanswered-question": 2},
         "George Patel <george.patel@example.com>", "thunderbird", "9-seater for a wedding weekend",
         "A minibus is reserved; ten days later two follow-up questions get a friendly reply that "
         "only repeats the booking.")
c.cust(t(2, 10, 0), """Hi,

We'd like a 9-seater for a wedding weekend, 20-22 November. Is one available?

George Patel""", answered=1)
c.agent("gemma", t(2, 12, 0), """Hi George,

Yes - I've reserved a Ford Tourneo 9-seater for 20-22 November under WH-51810. It's £245 for the weekend.""")
c.cust(t(2, 12, 30), """Great, thanks!""", thanks_only=True)
c.cust(t(12, 18, 0), """Hi Gemma,

Two more things for the wedding weekend. Can we pick the minibus up the evening before, on the 19th, at no extra charge? And could you confirm that my brother, who is 23, can be a named driver?

Cheers,
George""", parent=1,
       uq=["Can we pick the minibus up the evening before, on the 19th, at no extra charge?",
           "could you confirm that my brother, who is 23, can be a named driver?"])
c.agent("gemma", t(13, 9, 0), """Hi George,

The Tourneo is confirmed for 20-22 November - your confirmation number is WH-51810. Have a wonderful wedding!""")

c = case("r38-peaje-reabierto", "es", "pending", {"reopened": 1},
         "Diego Navarro <diego@navarrologistica.example>", "gmail_es", "Factura a nombre de empresa",
         "An invoice request answered and explicitly closed (\"Doy por cerrada la incidencia\"); "
         "two weeks later a new problem in the same thread reopens it.")
c.cust(t(2, 10, 0, CET), """Hola:

¿Pueden enviarme la factura del alquiler WH-51550 a nombre de mi empresa, Navarro Logística S.L., con el CIF B-12345678?

Gracias,
Diego Navarro""", answered=1)
c.agent("lucia", t(2, 13, 0, CET), """Hola, Diego:

Le adjunto la factura a nombre de Navarro Logística S.L. con su CIF. Doy por cerrada la incidencia; si necesita algo más, escríbanos.""",
        closes=True,
        attach=[("application/pdf", "INV-77220.pdf",
                 invoice_pdf("INV-77220", ["Navarro Logistica S.L., CIF B-12345678", "WH-51550, Ford Transit Custom"]))])
c.cust(t(17, 9, 0, CET), """Hola, Lucía:

Ahora me han cobrado 30 £ del peaje del Dartford Crossing que ya había pagado yo por internet. ¿Pueden anularlo? Adjunto el justificante.

Diego""", attach=[("image/png", "dart-charge.png", PHOTO)], answered=1)
c.agent("lucia", t(17, 12, 0, CET), """Hola, Diego:

Tiene razón: el pago consta en la web de Dart Charge. Hemos anulado el cargo de 30 £.""")

c = case("r39-conductor-joven", "es", "closed", {"unanswered-question": 1},
         "Sofía Romero <sofia.romero@example.es>", "outlook", "Conductor adicional de 23 años",
         "Asks the price of a young additional driver and the documents; the reply gives the age "
         "rule and the documents but no price (a partial answer around the question).")
c.cust(t(4, 10, 0, CET), """Buenos días:

Viajamos a Castlebrook en diciembre (reserva WH-52140). Mi hijo tiene 23 años y querríamos que también condujera. ¿Cuánto cuesta añadir un conductor joven de 23 años? ¿Y necesita alguna documentación especial?

Saludos cordiales,
Sofía Romero""", uq=["¿Cuánto cuesta añadir un conductor joven de 23 años?"], answered=1)
c.agent("lucia", t(4, 12, 30, CET), """Buenos días, Sofía:

Aceptamos conductores a partir de 21 años con al menos dos años de carné. Su hijo deberá presentar en el mostrador su permiso de conducir y el pasaporte.""")

c = case("r40-early-pickup-today", "en", "open", {},
         "Zoe Adams <zoe.adams@example.org>", "iphone", "Early pickup tomorrow?",
         "A question sent this afternoon: only the acknowledgement so far, still inside the "
         "response target.")
c.cust(t(20, 14, 20), """Hi, is it possible to collect the van from Station Road at 6.30am tomorrow instead of 8? Booking WH-53390. Thanks, Zoe

Sent from my iPhone""")
c.ack(t(20, 14, 20) + timedelta(seconds=30), "WH-T-89377")

c = case("r41-event-vans", "en", "closed", {},
         "Tessa Hughes <tessa@castlebrookevents.example>", "outlook", "Two vans for 28 November",
         "Two vans and two questions, all answered; the signature holds \"Planning an event?\" and "
         "a URL with a question mark.")
c.cust(t(11, 10, 0), """Hi,

We need two vans for an event on Saturday 28 November. Can we collect them the evening before? And are your vans all under 3.5 tonnes, so that crew with standard car licences can drive them?

Thanks,
Tessa

Tessa Hughes | Production Manager
Castlebrook Events Co.
Planning an event? https://castlebrookevents.example/?src=sig&utm=mail""", answered=3)
c.agent("niamh", t(11, 12, 0), """Hi Tessa,

Evening-before collection is fine - anything after 5pm on the 27th is treated as the 28th, so no extra day. All our vans are 3.5 tonnes or under, which a standard category B licence covers. I've put two Transits on hold for you under WH-53150.""")

c = case("r42-france-eurotunnel", "en", "pending", {},
         "Robert Ng <robert.ng@example.com>", "gmail", "Taking the hire car to France",
         "A promise to check and come back by Thursday, kept on Wednesday; thanks-only reply.")
c.cust(t(16, 9, 15), """Hi,

Can I take the hire car (WH-53010) to France on the Eurotunnel next week? What documents do I need?

Robert""", kind="alt", answered=2)
c.agent("gemma", t(16, 11, 0), """Hi Robert,

I need to check whether the insurer allows travel abroad for that model - I'll get back to you by Thursday.""",
        promises=[(eod(19), 2)])
c.agent("gemma", t(18, 10, 0), """Hi Robert,

Good news: travel to France is allowed. We'll add European cover at £7 a day when you collect, and give you the VE103 certificate for the car. Bring your licence and passport.""")
c.cust(t(18, 10, 25), """Brilliant, thanks Gemma.""", kind="alt", thanks_only=True)

c = case("r43-school-minibuses", "en", "pending", {},
         "Diane Walsh <d.walsh@oakfield-school.example>", "outlook", "Minibuses for a school trip",
         "A school asks about two minibuses; the licence question is answered and availability "
         "is promised for Monday 23 November - a deadline still ahead at audit time.")
c.cust(t(18, 10, 0), """Good morning,

We'd like two minibuses for a school trip on Friday 4 December. Are they available, and can our teachers drive them on their ordinary car licences?

Diane Walsh
Business Manager, Oakfield School""", answered=2)
c.agent("niamh", t(18, 14, 0), """Hi Diane,

Teachers who passed their car test before 1997 have D1 on their licence and can drive our 17-seaters; anyone else can drive the 9-seaters, which a category B licence covers. I'm waiting for the December fleet plan and I'll confirm availability on Monday 23 November.""",
        promises=[(eod(23), None)])

c = case("r44-site-delivery", "en", "pending", {},
         "Kevin Lister <kevin.lister@example.net>", "gmail", "Van delivery to Ashdown Farm",
         "Delivery time and a van spec question answered; a delivery schedule (logistics) and a "
         "conditional offer the customer never takes up.")
c.cust(t(19, 8, 0), """Hi,

We've booked a Transit for delivery to our site at Ashdown Farm, Castlebrook CB7 9PL next Thursday (WH-53301). What time will it arrive? And does it come with a ply-lined load area?

Kevin Lister""", kind="alt", answered=2)
c.agent("gemma", t(19, 9, 30), """Hi Kevin,

Our driver will deliver the van to Ashdown Farm at 8am on Thursday 26 November and collect it at 5pm on the Friday. Yes, all our Transits are ply-lined. If you'd prefer the long-wheelbase version for the same price, reply yes and I'll switch it.""")

c = case("r45-sieges-enfants", "fr", "closed", {},
         "Amandine Roux <amandine.roux@example.fr>", "apple_fr", "Sièges enfants et deuxième conducteur",
         "Two questions answered in one paragraph; thanks-only reply.")
c.cust(t(11, 9, 30, CET), """Bonjour,

Je loue un monospace du 20 au 27 novembre (WH-52611). Les sièges enfants sont-ils inclus dans le prix ? Et est-ce que je peux ajouter un deuxième conducteur sur place ?

Merci,
Amandine Roux""", answered=2)
c.agent("claire", t(11, 11, 0, CET), """Bonjour Madame Roux,

Les sièges enfants ne sont pas inclus : ils coûtent 9 £ par jour, 45 £ au maximum par location. Le deuxième conducteur s'ajoute sans problème au comptoir, pour 12 £ par jour ; il lui suffit de présenter son permis.""")
c.cust(t(11, 11, 20, CET), """Parfait, merci beaucoup !

Amandine""", thanks_only=True)

c = case("r46-vito-invoice-airport", "en", "pending", {},
         "Liam Barker <liam.barker@example.com>", "android", "Invoice and return location",
         "Two questions during a running hire, answered; \"we'll email you the final invoice when "
         "the hire ends\" is a process description, not a promise.")
c.cust(t(18, 8, 0), """Hi, I'm hiring the Vito until Sunday (WH-53088). Will the invoice come to this email address? And can I return it to the airport instead of Station Road?

Liam""", answered=2)
c.agent("gemma", t(18, 9, 0), """Hi Liam,

Yes, we'll email you the final invoice at this address when the hire ends. Returning to the airport is fine and free of charge - it's in the same town, so there's no one-way fee.""")

c = case("r47-fuehrerschein-barzahlung", "de", "closed", {},
         "Lena Vogt <lena.vogt@example.de>", "gmail_de", "Polo Abholung Freitag",
         "A mixed English/German mail (base64) with two questions, answered in German.")
c.cust(t(9, 20, 0, CET), """Hi there,

sorry, my English is not so good - ich schreibe lieber auf Deutsch. Wir holen am Freitag einen Polo ab (WH-52288). Brauche ich einen internationalen Führerschein oder reicht der deutsche EU-Führerschein? Und kann ich an der Station bar bezahlen?

Danke und Grüße
Lena Vogt""", cte="base64", answered=2)
c.agent("jonas", t(10, 8, 30, CET), """Hallo Frau Vogt,

kein Problem, wir schreiben gern auf Deutsch. Ihr deutscher EU-Führerschein reicht völlig. Die Miete können Sie an der Station bar bezahlen, für die Kaution brauchen wir aber eine Kredit- oder Debitkarte auf Ihren Namen.""")

c = case("r48-resend-confirmation-ooo", "en", "pending", {},
         "Paul Jennings <paul.jennings@example.org>", "outlook", "Booking confirmation WH-53122",
         "A resend of the booking confirmation as a PDF; the customer's out-of-office answers the "
         "reply automatically.")
c.cust(t(17, 8, 0), """Hello,

Could you resend the booking confirmation for WH-53122? I deleted it by mistake.

Paul Jennings""", answered=1)
c.agent("gemma", t(17, 9, 10), """Hi Paul,

Here you go - the confirmation is attached.""",
        attach=[("application/pdf", "confirmation-WH-53122.pdf",
                 mailcraft.pdf(["Booking confirmation WH-53122", "Paul Jennings",
                                "Kia Ceed, 24-27 November 2026"]))])
c.auto(t(17, 9, 11), """I am out of the office until Monday 23 November with limited access to email.
For anything urgent please call the office on 01632 960 555.

Paul Jennings""", [("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
                   ("Auto-Submitted", "auto-replied")],
       subject="Automatic reply: RE: Booking confirmation WH-53122")

c = case("r49-film-shoot-colleague", "en", "closed", {},
         "Sarah Whitlock <sarah@greyhoundfilms.example>", "thunderbird", "Car and van for a shoot 23-25 Nov",
         "A long mail with typos; bookings answers the roof rack and hands the insurance question "
         "to business accounts, who answers it the next day (promise kept by a colleague).")
c.cust(t(9, 9, 0), """Hi there,

We're a small production company based in Castlebrook and we're shooting a short film on location on 23-25 November. We'd like to hire a car (something unremarkable, silver or grey if posible) and a medium van for the kit. We've hired from you before for the office, but never for a shoot, so I have a couple of questions before I book.

Coudl you tell me if the van can be fitted with a roof rack for our lighting rig? Also, do you offer a damage waiver for filming use, or does our own production insurance need to cover it?

We're happy to pay a bit more for the right set-up. The shoot is mostly on farm tracks near Ashdown, so the van needs to cope with a bit of mud, but nothing off-road as such.

Many thanks,
Sarah Whitlock
Producer, Greyhound Films""", answered=2)
c.agent("gemma", t(9, 11, 0), """Hi Sarah,

Yes - we can fit a roof rack to any of our Transits for £15 a day, rated to 100 kg. Niamh from our business accounts team will be in touch about cover for filming.""",
        promises=[(window(t(9, 11, 0)), 2)])
c.agent("niamh", t(10, 10, 0), """Hi Sarah,

Niamh here. Our standard damage waiver excludes commercial filming, so the vehicles need to be covered by your production insurance. If you send the certificate over, I'll attach it to the booking.""")

c = case("r50-tesla-deposit-crossed", "en", "pending", {},
         "Victor Hale <victor.hale@example.com>", "gmail", "Tesla deposit and charging",
         "Two questions answered; a crossed mail asks the deposit again (already answered) and "
         "about a charger; the next reply answers both.")
c.cust(t(19, 10, 0), """Hello,

What deposit will be held for the Tesla Model 3 on WH-53344, and do you charge for electricity if I return it below 80%?

Victor""", kind="alt", answered=1)
c.agent("gemma", t(19, 10, 40), """Hi Victor,

The deposit for the Model 3 is £500. If it comes back below 80%, we charge £0.45 per kWh - about £8 for every 10%.""")
c.cust(t(19, 10, 44), """Sorry, one more - how much is the deposit again, so I can move money onto my card? And is there a charger at Station Road?

Victor""", kind="alt", parent=0, answered=2)
c.agent("gemma", t(19, 11, 30), """Hi Victor,

It's £500, as in my email a few minutes ago. And yes - there are two 22 kW chargers in the yard, free for customers.""")

c = case("r51-franchise-jantes", "fr", "closed", {"unanswered-question": 1},
         "Hugo Lefèvre <hugo.lefevre@example.fr>", "apple_fr", "Assurance franchise",
         "Asks the price of the excess cover and whether it covers scratched wheels; the reply "
         "gives the price and what the excess drops to, not the wheels.")
c.cust(t(5, 14, 0, CET), """Bonjour,

Je récupère une Golf le 12 novembre (WH-52188) et j'hésite à prendre votre assurance franchise. Combien coûte-t-elle par jour ? Est-ce qu'elle couvre aussi les rayures sur les jantes ?

Merci,
Hugo Lefèvre""", uq=["Est-ce qu'elle couvre aussi les rayures sur les jantes ?"], answered=1)
c.agent("claire", t(5, 16, 0, CET), """Bonjour Monsieur Lefèvre,

L'assurance Excess Cover coûte 14,50 £ par jour et ramène votre franchise de 1 200 £ à 100 £. Vous pouvez l'ajouter en ligne dans « Gérer ma réservation » ou au comptoir le jour du départ.""")

c = case("r52-furgoneta-enganche", "es", "pending", {},
         "Marta Gil <marta.gil@example.es>", "outlook", "Furgoneta 9 plazas con enganche",
         "Three questions answered inline under each, in Spanish.")
c.cust(t(18, 10, 0, CET), """Hola:

Estamos organizando un viaje con el club de remo el 5 de diciembre y necesitamos llevar un remolque con las barcas.

¿Tienen furgonetas de 9 plazas con enganche para remolque?
¿Se puede recoger el sábado por la tarde?
¿El precio incluye el IVA?

Gracias,
Marta Gil
Club de Remo Ría Azul""", answered=3)
c.agent("lucia", t(18, 12, 15, CET), """Hola, Marta:

Le respondo entre líneas.

El mié, 18 nov 2026 a las 10:00, Marta Gil (<marta.gil@example.es>) escribió:
> ¿Tienen furgonetas de 9 plazas con enganche para remolque?

Sí, la Transit Kombi de 9 plazas lleva enganche de bola de 50 mm, apto para 2.000 kg.

> ¿Se puede recoger el sábado por la tarde?

Los sábados cerramos a las 19:00; puede recogerla hasta las 18:30.

> ¿El precio incluye el IVA?

Sí, todos nuestros precios incluyen el IVA del 20 %.""", quote=False)

c = case("r53-resolved-tag-late-fee", "en", "pending", {"reopened": 1},
         "Arthur Penrose <arthur.penrose@example.com>", "apple", "Sat nav charge on INV-77810",
         "A wrong sat nav charge is refunded in a reply tagged [Resolved]; a week later the "
         "customer writes about a late-return fee (reopened), which is cancelled.")
c.cust(t(9, 10, 0), """Hi,

My hire invoice INV-77810 shows a £12 sat nav charge, but I didn't take one. Can you remove it?

Arthur Penrose""", answered=1)
c.agent("tom", t(9, 13, 0), """Hi Arthur,

You're right - I've removed it and refunded the £12 to your card.""",
        closes=True, subject="[Resolved] RE: Sat nav charge on INV-77810")
c.cust(t(16, 9, 0), """Hi Tom,

The refund arrived, thanks. But now I've had a £40 late-return fee for the same hire - I returned the car at 9:50 for a 10:00 deadline. Can you look at this too?

Arthur""", subject="Re: [Resolved] RE: Sat nav charge on INV-77810", answered=1)
c.agent("tom", t(16, 12, 0), """Hi Arthur,

The check-in was logged at 10:50 because of a clock error on the handheld scanner. I've cancelled the £40 fee.""",
        subject="RE: Sat nav charge on INV-77810")

c = case("r54-both-done", "en", "closed", {},
         "Ruth Campbell <ruth.campbell@example.org>", "gmail", "Two changes to WH-52390",
         "Two change requests answered with a bare \"Both done.\"")
c.cust(t(10, 17, 0), """Hi,

Two changes to WH-52390 please: add my son Callum as a second driver (he's 26, full licence) and take off the sat nav - we'll use our phones.

Thanks,
Ruth""", kind="alt", answered=1)
c.agent("gemma", t(10, 17, 30), """Both done.""")

# --------------------------------------------------------------------------------------
# Labels: the unanswered questions, as the customer wrote them (hand-written, checked
# against the messages' facts and text)
# --------------------------------------------------------------------------------------

UNANSWERED: dict[str, list[str]] = {
    "r02-extension-second-driver": [
        "Can I also add my wife, Adaeze, as a second driver for the extra days?",
        "please send the updated confirmation to my work address, daniel.okoro@okorolaw.example, as well."],
    "r05-one-way-luton-bristol": [
        "do you accept a debit card for the deposit, or does it have to be a credit card?"],
    "r07-deposit-template-reply": [
        "Why was £250 held when the booking said £200?",
        "Could you send me the release reference so my bank can trace it?"],
    "r11-bumper-photos": ["Please send me the check-out photos from when I collected the car."],
    "r13-fuel-charge-billing-address": [
        "please update our billing address to 14 Mercer Row, Castlebrook CB4 2LT"],
    "r15-business-account": ["Can we get a monthly consolidated invoice instead of one per hire?"],
    "r17-child-seat-fitting": ["could the seat be fitted in the car before we collect?"],
    "r19-schweizer-fuehrerschein": [
        ("Außerdem bitte ich darum, die Rechnung auf meine Firma Brunner Engineering GmbH, "
         "Bahnhofstrasse 12, 8001 Zürich auszustellen.")],
    "r21-boite-automatique": ["Je voudrais aussi savoir si la voiture aura une boîte automatique"],
    "r23-presupuesto-taller": ["¿Me pueden enviar el presupuesto del taller?"],
    "r24-change-lead-driver": ["can we swap the Focus for an automatic?"],
    "r25-excess-mileage-corporate": [
        "Can you send me the odometer photo taken at return?",
        ("could you split the invoice between our two cost centres (SV-01 for the first three "
         "days, SV-02 for the rest)?")],
    "r29-invoice-copy-old-card": ["could you also remove my old card ending 4411 from my account?"],
    "r31-einweggebuehr": ["könnten Sie bitte noch einen Kindersitz für unsere Tochter (4 Jahre) dazubuchen?"],
    "r32-cancellation-refund": [
        "Can you also email me a cancellation confirmation for my travel insurer?"],
    "r35-caution-relance": [
        "Pouvez-vous aussi m'envoyer la facture finale ?",
        "Je voudrais également savoir si des frais de carburant ont été appliqués."],
    "r37-wedding-minibus-followup": [
        "Can we pick the minibus up the evening before, on the 19th, at no extra charge?",
        "could you confirm that my brother, who is 23, can be a named driver?"],
    "r39-conductor-joven": ["¿Cuánto cuesta añadir un conductor joven de 23 años?"],
    "r51-franchise-jantes": ["Est-ce qu'elle couvre aussi les rayures sur les jantes ?"],
}

for _case in CASES:
    _case.resolve()

# --------------------------------------------------------------------------------------
# Checks: the hand-written labels against the facts
# --------------------------------------------------------------------------------------


def own_text(m: Msg) -> str:
    """What the author of ``m`` wrote, without the quoted parent."""
    return m.body.replace("{quote}", "")


def label_problems(cases: list[Case]) -> list[str]:
    """Every disagreement between the hand-written case labels and what the messages' facts
    and dates imply; empty when the corpus may be written."""
    problems = []
    names = [c.name for c in cases]
    if len(set(names)) != len(names):
        problems.append("duplicate case names")
    for c in cases:
        facts_status = mailcraft.contract_status(c.msgs, CONTRACT)
        if c.status != facts_status:
            problems.append(f"{c.name}: status {c.status}, facts say {facts_status}")
        facts_rules = mailcraft.contract_rules(c.msgs, CONTRACT)
        if c.rules != facts_rules:
            problems.append(f"{c.name}: rules {c.rules}, facts say {facts_rules}")
        asked = [q for m in c.msgs for q in m.uq]
        if sorted(asked) != sorted(c.uq):
            problems.append(f"{c.name}: unanswered questions {c.uq}, facts say {asked}")
        customer = [m for m in c.msgs if m.role == "customer"]
        for q in c.uq:
            askers = [m for m in customer if q in own_text(m)]
            if not askers:
                problems.append(f"{c.name}: question {q!r} is in no customer message")
            elif not any(r.role == "agent" and r.date > askers[0].date for r in c.msgs):
                problems.append(f"{c.name}: question {q!r} has no support reply after it")
        for m in c.msgs:
            for q in m.uq:
                if q not in own_text(m):
                    problems.append(f"{c.name}: {q!r} is not in the text of {m.key}")
    return problems


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


def all_messages() -> list[Msg]:
    """Every message of the corpus, rendered (Message-IDs and raw bytes), in date order."""
    return mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)


def mail_problems(msgs: list[Msg], mbox_path: Path, maildir_path: Path) -> list[str]:
    """Problems of the written mail read back: parse defects, unknown references, text parts
    that do not decode to what was rendered."""
    inbox, sent = mailcraft.read_back(mbox_path, maildir_path)
    problems = mailcraft.parse_problems(inbox + sent)
    by_id = {m.message_id: m for m in msgs}
    for parsed, in_mbox in [(p, True) for p in inbox] + [(p, False) for p in sent]:
        m = by_id[parsed["Message-ID"]]
        if m.kind != "html":
            problem = mailcraft.round_trip_problem(m, parsed, in_mbox)
            if problem:
                problems.append(problem)
    if len(inbox) + len(sent) != len(msgs):
        problems.append(f"{len(inbox) + len(sent)} messages read back, {len(msgs)} written")
    return problems


def customer_of(c: Case) -> str:
    """The customer's display name, or address when there is none."""
    name, addr = addr_of(c.customer)
    return name or addr


def write(out: Path) -> None:
    """Check the labels, then write the mailbox, labels.json and CASES.md under ``out``;
    refuse (SystemExit) before writing anything when a label contradicts the facts."""
    problems = label_problems(CASES)
    if problems:
        raise SystemExit("refusing to write:\n  " + "\n  ".join(problems))
    msgs = all_messages()
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "corpus"
        mbox_path = stage / "mailbox" / "inbox.mbox"
        maildir_path = stage / "mailbox" / "Sent"
        mbox_path.parent.mkdir(parents=True)
        inbox = [m for m in msgs if m.role in ("customer", "auto")]
        mbox_path.write_bytes(mailcraft.mbox_bytes(
            (addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
        mailcraft.write_maildir(maildir_path, [(m.date, m.raw, m.role == "agent") for m in msgs
                                               if m.role in ("agent", "ack")], "mx1.wrenhire.example")
        problems = mail_problems(msgs, mbox_path, maildir_path)
        if problems:
            raise SystemExit("refusing to write:\n  " + "\n  ".join(problems))
        labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
        (stage / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        rows = [(c.name, c.lang, customer_of(c), c.client, len(c.msgs), c.status, c.rules, c.story)
                for c in CASES]
        (stage / "CASES.md").write_text(mailcraft.cases_table(
            "Practice10 corpus: Wrenfield Car & Van Hire - cases", "make_practice10_corpus.py", rows),
            encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        if (out / "mailbox").exists():
            shutil.rmtree(out / "mailbox")
        shutil.copytree(stage / "mailbox", out / "mailbox")
        for name in ("labels.json", "CASES.md"):
            shutil.copyfile(stage / name, out / name)


def summary() -> str:
    """The corpus's counts for its README: cases, messages, languages, statuses, findings and
    how many customer questions were answered."""
    msgs = [m for c in CASES for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    findings = Counter()
    for c in CASES:
        findings.update(c.rules)
    clean = sum(1 for c in CASES if not c.rules)
    uq_cases = sum(1 for c in CASES if c.uq)
    return "\n".join([
        f"cases {len(CASES)}, messages {len(msgs)} ({dict(roles)}), clean {clean}",
        f"languages {dict(Counter(c.lang for c in CASES))}",
        f"statuses {dict(Counter(c.status for c in CASES))}",
        f"findings {dict(findings)}",
        (f"unanswered questions {sum(len(c.uq) for c in CASES)} in {uq_cases} cases; "
         f"answered questions {sum(m.answered for m in msgs)}"),
    ])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice10",
                    help="directory to write the corpus to (default: tests/practice10)")
    ap.add_argument("--summary", action="store_true", help="print the corpus's counts")
    args = ap.parse_args()
    write(args.out)
    if args.summary:
        print(summary())


if __name__ == "__main__":
    main()
