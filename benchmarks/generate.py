#!/usr/bin/env python3
"""Synthetic support mailboxes for benchmarking happyaudit, deterministic by ``--seed``.

Writes ``--count`` messages as one mbox file (``--format mbox``), a Maildir
(``--format maildir``) or a folder of ``.eml`` files (``--format eml``), plus a
ground-truth JSON of the conversations::

    python benchmarks/generate.py --count 100000 --format mbox --seed 1 --out /tmp/bench/box

writes ``/tmp/bench/box/inbox.mbox`` (or ``Maildir/``, ``eml/``) and ``/tmp/bench/box/truth.json``.

The mail is a support inbox with its Sent folder merged: customers (thousands of
addresses over hundreds of domains) write to ``support@acme.example``; eight agents
answer from ``acme.example``; a helpdesk sends ``Auto-Submitted`` acknowledgements.
Threads have 1-12 messages with questions, answers, promises and chasers, and the
threading quirks of real exports: replies without ``References``, ``References`` with
gaps, replies that lost every threading header (``RE:`` subject only), duplicate
copies, and a few messages without a ``Message-ID``. Bodies are plain, HTML-only or
multipart/alternative, in utf-8 / iso-8859-1 / windows-1252, quoted-printable, base64
or 8bit, with Gmail (``On ... wrote:`` + ``>``) or Outlook (header block) quoted
history; about 5 % of messages carry a small attachment.

Ground truth (``truth.json``): ``threads`` is a list of threads, each a list of
Message-IDs (without angle brackets) in time order; a message without a Message-ID
appears as a stable note ``"no-message-id:T<thread>.<index>"``, and ``notes`` maps
each note to where its bytes are (``path`` relative to the output folder, and for mbox
``offset``/``length`` of the message after its ``From `` line), so a checker can parse
it and learn the id a tool made up for it. ``customer_threads`` flags the threads that
have a customer message (only those become happyaudit cases).

The generator uses only the standard library, never the ``mailbox`` module (buffered
writes), and renders about 20-40 MB/s.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import os
import random
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

SUPPORT_DOMAIN = "acme.example"
SUPPORT_ADDRESS = f"support@{SUPPORT_DOMAIN}"
HELPDESK_ADDRESS = f"helpdesk@{SUPPORT_DOMAIN}"
AS_OF = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)
SPAN_DAYS = 150
"""Threads start within this many days before AS_OF (minus a margin for their replies)."""

# --- people ---------------------------------------------------------------------------

FIRST_NAMES = (
    "Olivia Liam Emma Noah Ava Oliver Sophia Elijah Isabella Lucas Mia Mason Amelia Ethan Harper "
    "James Evelyn Logan Abigail Benjamin Emily Jacob Ella Michael Elizabeth Daniel Camila Henry Luna "
    "Jackson Sofia Sebastian Avery Aiden Mila Matthew Aria Samuel Scarlett David Penelope Joseph Layla "
    "Carter Chloe Owen Victoria Wyatt Madison John Eleanor Jack Grace Luke Nora Jayden Riley Dylan Zoey "
    "Grayson Hannah Levi Hazel Isaac Lily Gabriel Ellie Julian Violet Mateo Lillian Anthony Zoe Jaxon "
    "Stella Lincoln Aurora Joshua Natalie Christopher Emilia Andrew Everly Theodore Leah Caleb Aubrey "
    "Ryan Willow Asher Addison Nathan Lucy Thomas Audrey Leo Bella Isaiah Nova Charles Brooklyn Josiah "
    "Paisley Hudson Savannah Christian Claire Hunter Skylar Connor Isla Eli Genesis Ezra Naomi Aaron "
    "Kenji Aisha Priya Wei Mei Hiroshi Fatima Omar Yusuf Ingrid Lars Sven Astrid Pierre Chloé Amélie "
    "Jürgen Jörg Björn Søren Zoë Renée Hélène François Inés José Sofía Martín Lucía Raúl Ángel Núria"
).split()
LAST_NAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
    "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
    "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker "
    "Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper "
    "Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James "
    "Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster "
    "Müller Schäfer Weiß Köhler Groß Hoffmann Schneider Fischer Dubois Lefèvre Girard Moreau Rossi "
    "Bianchi Ferrari Jansen de Vries Bakker Larsen Nielsen Andersson Johansson Kowalski Nowak Mori "
    "Tanaka Suzuki Watanabe Rahman Khan Singh Sharma Okafor Mensah Silva Santos Pereira Costa"
).split()
FREEMAIL = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "gmx.de", "web.de",
            "orange.fr", "free.fr", "libero.it", "yahoo.co.uk", "hotmail.co.uk", "proton.me", "aol.com",
            "mail.ru", "t-online.de", "wanadoo.fr", "btinternet.com", "live.com", "mailbox.org")
DOMAIN_WORDS = (
    "north ridge river stone bright blue green oak pine cedar summit valley harbor coast metro urban "
    "alpine prairie granite silver golden iron maple birch willow falcon eagle bear wolf fox lake "
    "bay peak trail field forest meadow cloud sun star moon delta nova apex vertex prime core axis "
    "build craft works labs data logic grid wave pulse spark flow path point line shore cliff"
).split()
DOMAIN_SUFFIXES = ("co", "inc", "group", "systems", "partners", "studio", "trading", "supply", "tech", "works")
TLDS = ("com", "com", "com", "net", "org", "de", "fr", "co.uk", "es", "it", "nl", "io", "ca", "com.au", "ch")
AGENTS = (("Anna", "Schmidt"), ("Ben", "Carter"), ("Chloe", "Martin"), ("David", "Okafor"),
          ("Elena", "Rossi"), ("Farid", "Haddad"), ("Grace", "Liu"), ("Hugo", "Lefèvre"))

PRODUCTS = ("Summit 45L backpack", "Trailhead 2P tent", "Lumen 400 headlamp", "Basecamp stove",
            "Ridgeline boots", "StormShell jacket", "Alpine sleeping bag", "Nomad water filter",
            "Pro subscription", "Team plan", "Cloud backup add-on", "smart thermostat",
            "wireless earbuds", "espresso machine", "standing desk", "office chair", "router X200",
            "e-bike battery", "kids' car seat", "carbon trekking poles")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
COURIERS = ("DHL", "UPS", "FedEx", "DPD", "Royal Mail", "Colissimo", "GLS")

# --- text templates -------------------------------------------------------------------
# {p} product, {o} order number, {n} amount, {d} weekday, {c} courier, {q} quantity, {t} ticket

GREETINGS_CUSTOMER = ("Hello,", "Hi there,", "Dear Acme Support,", "Hi,", "Good morning,",
                      "Hello Acme team,", "Dear Sir or Madam,", "Hey,", "Hi support,", "Good afternoon,")
ISSUES = (
    "I ordered a {p} on order #{o} and it still hasn't arrived after {q} days.",
    "My {p} (order #{o}) arrived damaged: the box was crushed and one part is broken.",
    "The {p} I bought last month stopped working this week, it won't switch on at all.",
    "I was charged twice for order #{o}, the amount was {n} EUR each time.",
    "I'd like to return the {p} from order #{o}, it is the wrong size.",
    "We are a club of {q} people and are interested in ordering the {p} in bulk.",
    "I cannot log in to my account since yesterday, the password reset email never arrives.",
    "The tracking link for order #{o} shows no movement for {q} days with {c}.",
    "I received the {p} but the manual and the charging cable are missing.",
    "My invoice for order #{o} shows the wrong company name and VAT number.",
    "I was promised a refund of {n} EUR for the {p} but nothing has arrived yet.",
    "The {p} is listed as back in stock on your website but checkout says unavailable.",
    "I need to change the delivery address for order #{o}, we are moving on {d}.",
    "The discount code from your newsletter does not work for the {p}.",
    "Our {p} makes a loud noise when it starts, is that normal?",
    "I want to cancel my subscription before the next renewal on {d}.",
    "Payment for order #{o} failed three times with my credit card, although the card works elsewhere.",
    "I sent the {p} back {q} days ago with {c} and have not heard anything since.",
    "The colour of the {p} I received is not the one shown on the website.",
    "I'm comparing the {p} with a competitor's model and have a few technical questions.",
)
DETAILS = (
    "I have attached a photo so you can see what I mean.",
    "I already tried restarting it and following the troubleshooting page on your website.",
    "This is quite urgent for us because we leave on a trip on {d}.",
    "I have been a customer for years and this never happened before.",
    "The order confirmation number is #{o} in case you need it.",
    "Your chat was closed when I tried to reach you yesterday evening.",
    "My neighbour received a similar parcel without any problem, so I am confused.",
    "I paid with PayPal, the transaction reference is {o}{q}.",
    "I checked the spam folder as well, there is nothing there.",
    "We would need the items within {q} days at the latest.",
    "The serial number on the back starts with AC-{o}.",
    "I called your hotline twice but nobody picked up.",
)
QUESTIONS = (
    "Can you tell me when it will be delivered?",
    "Could you send me a replacement or should I return it first?",
    "Is this covered by the warranty?",
    "How long does a refund usually take?",
    "Can you offer a discount for an order of {q} units?",
    "What is the price including shipping to Germany?",
    "Do you need the original packaging for a return?",
    "Could you correct the invoice and send me a new one?",
    "When will the {p} be back in stock?",
    "Can I pick it up in a store instead?",
    "Is there a way to speed this up?",
    "Who do I contact about the double charge?",
    "Does the {p} work with the older model's accessories?",
    "Can you confirm that my subscription is cancelled?",
    "What are my options here?",
    "Would it be possible to exchange it for the next size up?",
)
CLOSINGS_CUSTOMER = ("Thanks in advance,", "Best regards,", "Kind regards,", "Thank you,", "Cheers,",
                     "Many thanks,", "Regards,", "Looking forward to your reply,", "Best,", "Thanks!")
ANSWER_OPENERS = (
    "Hi {name},\n\nthank you for getting in touch and sorry for the trouble.",
    "Dear {name},\n\nthanks for your message.",
    "Hello {name},\n\nthank you for your patience.",
    "Hi {name},\n\nI'm sorry to hear about this.",
    "Dear {name},\n\nthank you for contacting Acme Support.",
    "Hi {name},\n\nthanks for the details, that helps a lot.",
)
ANSWERS = (
    "I checked order #{o}: it left our warehouse on {d} with {c} and should reach you within two working days.",
    "The {p} is covered by our two-year warranty, so we will replace it free of charge.",
    "I have cancelled the duplicate payment of {n} EUR; the money will be back on your card in 3-5 working days.",
    "You can return the item with the prepaid label I attached; once it arrives we will send the new size.",
    "For {q} units we can offer a 12% discount, the total would be {n} EUR including shipping.",
    "I have corrected the company name and VAT number; the new invoice is attached to this email.",
    "I have reset your login, you should now receive the password email within a few minutes.",
    "The refund for the {p} was issued today and should show on your statement within a week.",
    "Your delivery address is now updated for order #{o}.",
    "The discount code expired on {d}, but I have applied the same discount manually to your order.",
    "Your subscription is cancelled and will not renew; you keep access until the end of the period.",
    "A small noise at start-up is normal for the first few uses, it should go away after a week.",
    "There is no need for the original packaging, any sturdy box is fine.",
    "We received your return on {d} and the replacement is on its way with {c}.",
)
PROMISES = (
    "I will check with our warehouse and get back to you by {d}.",
    "I'll send you the revised quote by {d} at the latest.",
    "I will ask our technicians and come back to you tomorrow.",
    "I'll follow up with {c} and let you know the result by the end of the week.",
    "Let me check the stock situation; I will email you the exact date by {d}.",
    "I will forward this to our billing team and update you within 48 hours.",
)
AGENT_QUESTIONS = (
    "Could you send me a photo of the serial number label?",
    "Can you confirm the delivery address we should use?",
    "Which size would you like instead?",
    "Could you tell me the last four digits of the card you used?",
)
ANSWER_CLOSINGS = (
    "Let me know if there is anything else I can do.",
    "If you have any other questions, just reply to this email.",
    "Have a great day!",
    "Thanks again for your patience.",
    "We're here if you need anything else.",
)
CHASERS = (
    "Hello again,\n\nany update on this? I still have not heard anything about order #{o}.",
    "Hi,\n\nI'm following up on my email from last week, could someone please get back to me?",
    "Hello,\n\nit's been {q} days since my last message. Is anyone looking into this?",
    "Hi,\n\njust a reminder: you promised to get back to me by {d}. What is the status?",
    "Dear support,\n\nI am still waiting for the replacement. When will it ship?",
)
FOLLOWUPS = (
    "Hi,\n\nthanks for the quick answer. One more thing: {question}",
    "Hello,\n\nthank you, that helps. {question}",
    "Hi,\n\nI received the {p} today, but unfortunately the same problem happens again. {question}",
    "Thanks,\n\nI did what you suggested. {question} Also, {question2}",
    "Hello,\n\ngreat, thank you very much for sorting this out so quickly!",
    "Hi,\n\nperfect, that works for me. Thanks for your help.",
)
ACK_TEXT = (
    "Thank you for contacting Acme Support.\n\nThis is an automated response to confirm that we "
    "have received your request. Your ticket number is #{t}. One of our agents will reply within "
    "one working day.\n\nPlease do not reply to this message; to add information to your request, "
    "reply to the original conversation.\n\nAcme Support - https://help.acme.example"
)
INTERNAL = (
    "Hi {name},\n\ncould you take over the case of order #{o}? The customer is waiting for a "
    "replacement {p} and I'm off from {d}.\n\nThanks!",
    "Hi {name},\n\nfor your information: {c} reported delays in the north region this week, so "
    "please expect more questions about late parcels.",
)
LOCALISED = (  # non-ascii sentences, each encodable in iso-8859-1 too
    "Vielen Dank für Ihre Hilfe. Mit freundlichen Grüßen aus München.",
    "Merci beaucoup, j'espère recevoir une réponse rapidement. Bien à vous.",
    "Muchas gracias por su atención, quedo a la espera de su respuesta. Saludos cordiales.",
    "Grazie mille, resto in attesa di una Sua risposta. Cordiali saluti.",
    "Tack så mycket för hjälpen, ha en trevlig dag.",
)
CP1252_EXTRAS = ("The price shown was 49,90 € – is that correct?", "It says “out of stock” on the page…",
                 "That’s what the courier’s website shows.")
DISCLAIMER = (
    "Acme Outdoor Ltd, registered in England and Wales, company no. 01234567. This email and any "
    "attachments are confidential and intended solely for the addressee. If you received it in "
    "error, please tell the sender and delete it. Please consider the environment before printing.")
ATTACHMENTS = (("photo.jpg", "image/jpeg"), ("receipt.pdf", "application/pdf"),
               ("screenshot.png", "image/png"), ("invoice.pdf", "application/pdf"))
MAILERS = ("Microsoft Outlook 16.0", "Apple Mail (2.3731)", "Thunderbird 115.8.0", None, None, None)

# Share of threading quirks among replies.
P_NO_REFERENCES = 0.10
P_REFERENCES_GAP = 0.05
P_LOST_HEADERS = 0.03
P_DUPLICATE = 0.01
P_NO_MESSAGE_ID = 0.004
P_ATTACHMENT = 0.05
P_INTERNAL_THREAD = 0.02
THREAD_LENGTH_WEIGHTS = (12, 16, 16, 14, 11, 9, 7, 5, 4, 3, 2, 1)
"""Relative weight of threads of 1..12 messages (mean about 4.3)."""
QUOTE_LIMIT = 8000
"""Characters of earlier text a reply quotes; long chains quote their recent history only."""


@dataclass(slots=True)
class Person:
    name: str
    address: str
    tz: int  # minutes east of UTC
    charset: str
    style: str  # "gmail" | "outlook" | "apple"
    lang: int


@dataclass(slots=True)
class Spec:
    """One message before rendering; ``text`` is the sender's own new text."""

    date: datetime
    thread: int
    index: int
    sender: Person
    to: tuple[Person, ...]
    subject: str
    text: str
    message_id: str | None
    parent: "Spec | None" = None
    in_reply_to: bool = True
    references: str = "full"  # "full" | "none" | "gap"
    automatic: bool = False
    body_kind: str = "plain"  # "plain" | "html" | "alt"
    attachment: bool = False
    duplicate: bool = False
    quote: bool = True
    ancestors: tuple[str, ...] = ()
    rendered_text: str = ""
    seq: int = 0
    reply_to: str | None = None


@dataclass
class Output:
    notes: dict = field(default_factory=dict)


class Generator:
    def __init__(self, seed: int, count: int) -> None:
        self.rng = random.Random(seed)
        self.count = count
        self.domains = self._domains()
        n_customers = max(300, int(count / 4.3 * 0.8))
        self.customers = [self._customer(i) for i in range(n_customers)]
        self.agents = [
            Person(f"{first} {last}", f"{first.lower()}.{_ascii(last).lower()}@{SUPPORT_DOMAIN}", 0,
                   "utf-8", self.rng.choice(("outlook", "gmail")), 0)
            for first, last in AGENTS
        ]
        self.support = Person("Acme Support", SUPPORT_ADDRESS, 0, "utf-8", "outlook", 0)
        self.helpdesk = Person("Acme Support", HELPDESK_ADDRESS, 0, "utf-8", "outlook", 0)
        self.used_subjects: set[tuple[str, str]] = set()

    # -- population ---------------------------------------------------------------------

    def _domains(self) -> list[str]:
        rng = self.rng
        domains = set()
        while len(domains) < 900:
            a, b = rng.sample(DOMAIN_WORDS, 2)
            name = f"{a}{b}" if rng.random() < 0.6 else f"{a}-{rng.choice(DOMAIN_SUFFIXES)}"
            domains.add(f"{name}.{rng.choice(TLDS)}")
        return sorted(domains)

    def _customer(self, i: int) -> Person:
        rng = self.rng
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        domain = rng.choice(FREEMAIL) if rng.random() < 0.45 else rng.choice(self.domains)
        a, b = _ascii(first).lower(), _ascii(last).lower().replace(" ", "")
        local = rng.choice((f"{a}.{b}", f"{a[0]}{b}", f"{a}{b}", f"{a}_{b}", f"{a}.{b}{rng.randint(1, 99)}"))
        address = f"{local}{i}@{domain}" if rng.random() < 0.5 else f"{local}@{domain}"
        if i and rng.random() < 0.5:  # keep addresses distinct without always numbering them
            address = f"{local}.{i}@{domain}"
        lang = rng.randrange(len(LOCALISED) + 3)  # 0..2: English only
        charset = rng.choices(("utf-8", "iso-8859-1", "windows-1252"), (70, 15, 15))[0]
        return Person(f"{first} {last}", address, rng.choice((-480, -300, -240, 0, 60, 60, 120, 330, 540)),
                      charset, rng.choices(("gmail", "outlook", "apple"), (50, 35, 15))[0], lang)

    # -- text -----------------------------------------------------------------------------

    def _fill(self, template: str) -> str:
        rng = self.rng
        if "{" not in template:
            return template
        return template.format(p=rng.choice(PRODUCTS), o=f"A-{rng.randint(10000, 99999)}",
                               n=f"{rng.randint(19, 2400)}.{rng.randint(0, 99):02d}", d=rng.choice(WEEKDAYS),
                               c=rng.choice(COURIERS), q=rng.randint(2, 40), t=rng.randint(100000, 999999),
                               name="{name}", question="{question}", question2="{question2}")

    def _signature(self, person: Person, agent: bool) -> str:
        if agent:
            return (f"\n\n-- \n{person.name}\nAcme Customer Support\n+44 20 7946 0{self.rng.randint(100, 999)}\n"
                    f"https://help.acme.example\n\n{DISCLAIMER}")
        if self.rng.random() < 0.4:
            return f"\n\n{person.name}\nSent from my iPhone" if self.rng.random() < 0.3 else f"\n\n-- \n{person.name}"
        return f"\n\n{person.name.split()[0]}"

    def customer_question(self, person: Person) -> str:
        rng = self.rng
        parts = [rng.choice(GREETINGS_CUSTOMER), "", self._fill(rng.choice(ISSUES))]
        for _ in range(rng.randint(2, 4)):
            parts.append(self._fill(rng.choice(DETAILS)))
        questions = rng.sample(QUESTIONS, rng.randint(1, 3))
        paragraph = " ".join(self._fill(q) for q in questions)
        parts += ["", paragraph]
        if rng.random() < 0.7:
            parts += ["", " ".join(self._fill(rng.choice(DETAILS)) for _ in range(rng.randint(2, 5)))]
        parts += self._local_extras(person)
        parts += ["", rng.choice(CLOSINGS_CUSTOMER)]
        return "\n".join(parts) + self._signature(person, False)

    def _local_extras(self, person: Person) -> list[str]:
        extras = []
        if person.lang >= 3:
            extras += ["", LOCALISED[person.lang - 3]]
        if person.charset == "windows-1252" and self.rng.random() < 0.6:
            extras += ["", self.rng.choice(CP1252_EXTRAS)]
        return extras

    def customer_followup(self, person: Person) -> str:
        rng = self.rng
        template = rng.choice(FOLLOWUPS)
        text = self._fill(template).replace("{question}", self._fill(rng.choice(QUESTIONS)), 1)
        text = text.replace("{question2}", self._fill(rng.choice(QUESTIONS)).lower(), 1)
        if rng.random() < 0.7:
            text += "\n\n" + " ".join(self._fill(rng.choice(DETAILS)) for _ in range(rng.randint(1, 4)))
        text += "\n" + "\n".join(self._local_extras(person))
        return text + "\n\n" + rng.choice(CLOSINGS_CUSTOMER) + self._signature(person, False)

    def chaser(self, person: Person) -> str:
        return self._fill(self.rng.choice(CHASERS)) + "\n\n" + self.rng.choice(CLOSINGS_CUSTOMER) + \
            self._signature(person, False)

    def agent_answer(self, agent: Person, customer: Person, promise: bool) -> str:
        rng = self.rng
        name = customer.name.split()[0]
        parts = [self._fill(rng.choice(ANSWER_OPENERS)).replace("{name}", name), ""]
        answers = [self._fill(a) for a in rng.sample(ANSWERS, rng.randint(2, 4))]
        parts.append(" ".join(answers))
        if promise:
            parts += ["", self._fill(rng.choice(PROMISES))]
        if rng.random() < 0.25:
            parts += ["", rng.choice(AGENT_QUESTIONS)]
        if rng.random() < 0.7:
            parts += ["", "For your reference: " + " ".join(self._fill(rng.choice(ANSWERS)) for _ in range(rng.randint(2, 3)))]
        parts += ["", rng.choice(ANSWER_CLOSINGS), "", "Best regards,"]
        return "\n".join(parts) + self._signature(agent, True)

    def subject_for(self, customer: Person) -> str:
        rng = self.rng
        while True:
            issue = self._fill(rng.choice(ISSUES)).split(",")[0].rstrip(".")
            if len(issue) > 60:
                issue = issue[:60].rsplit(" ", 1)[0]
            subject = rng.choice((issue, f"Question about order #A-{rng.randint(10000, 99999)}",
                                  f"{rng.choice(PRODUCTS).capitalize()} - {rng.choice(('problem', 'question', 'return', 'warranty', 'delivery'))}",
                                  issue))
            if customer.lang >= 3 and rng.random() < 0.5:
                subject += rng.choice((" – dringend", " – très urgent", " – pregunta", " (Ärger)", " – über Bestellung"))
            key = (customer.address, subject.casefold())
            if key not in self.used_subjects:
                self.used_subjects.add(key)
                return subject

    # -- structure ----------------------------------------------------------------------

    def message_id(self, sender: Person, date: datetime) -> str:
        rng = self.rng
        domain = sender.address.rsplit("@", 1)[1]
        if sender.style == "gmail" and domain in ("gmail.com",):
            return f"CA+{base64.b64encode(rng.randbytes(24), b'-_').decode()}@mail.gmail.com"
        if sender.style == "outlook":
            host = rng.choice(("AM0PR04MB", "DB9PR10MB", "PAXPR08MB", "VI1PR02MB"))
            return f"{host}{rng.randint(1000, 9999)}{rng.randbytes(10).hex().upper()}@{host}{rng.randint(1000, 9999)}.eurprd04.prod.outlook.com"
        return f"{int(date.timestamp())}.{rng.randbytes(8).hex()}@{domain}"

    def threads(self):
        """Yield the specs of each thread (its messages in time order, duplicates included)."""
        rng = self.rng
        total = 0
        thread_no = 0
        start_span = (SPAN_DAYS - 14) * 86400
        while total < self.count:
            start = AS_OF - timedelta(days=SPAN_DAYS) + timedelta(seconds=rng.randrange(start_span))
            specs = self._thread(thread_no, start)
            total += len(specs) + sum(1 for s in specs if s.duplicate)
            yield specs
            thread_no += 1

    def _thread(self, thread_no: int, start: datetime) -> list[Spec]:
        rng = self.rng
        length = rng.choices(range(1, 13), THREAD_LENGTH_WEIGHTS)[0]
        if rng.random() < P_INTERNAL_THREAD:
            a, b = rng.sample(self.agents, 2)
            text = self._fill(rng.choice(INTERNAL)).replace("{name}", b.name.split()[0]) + self._signature(a, True)
            spec = Spec(start, thread_no, 0, a, (b,), f"Handover: order #A-{rng.randint(10000, 99999)}", text,
                        self.message_id(a, start))
            return [spec]
        customer = rng.choice(self.customers)
        agent = rng.choice(self.agents)
        subject = self.subject_for(customer)
        first = Spec(start, thread_no, 0, customer, (self.support,), subject, self.customer_question(customer),
                     self.message_id(customer, start))
        first.body_kind = rng.choices(("plain", "alt", "html"), (42, 48, 10))[0]
        specs = [first]
        date = start
        promised = False
        waiting_for_support = True
        while len(specs) < length:
            i = len(specs)
            parent = specs[-1]
            if parent.automatic:
                parent = specs[-2]
            if i == 1 and rng.random() < 0.3:  # helpdesk acknowledgement within a minute
                date = date + timedelta(seconds=rng.randint(5, 90))
                spec = Spec(date, thread_no, i, self.helpdesk, (customer,), f"[#{rng.randint(100000, 999999)}] Re: {subject}",
                            self._fill(ACK_TEXT), self.message_id(self.helpdesk, date), parent=first, quote=False)
                spec.automatic = True
                spec.body_kind = rng.choice(("plain", "html"))
                specs.append(spec)
                continue
            if date > AS_OF - timedelta(days=5):
                break  # the conversation is still going on at the as-of time
            if waiting_for_support and rng.random() < 0.8:
                if rng.random() < 0.15:
                    agent = rng.choice(self.agents)  # hand-off
                date = date + timedelta(minutes=rng.choice((rng.randint(3, 120), rng.randint(60, 3000))))
                promise = rng.random() < 0.2
                promised = promised or promise
                text = self.agent_answer(agent, customer, promise)
                spec = Spec(date, thread_no, i, agent, (customer,), _re(subject, agent), text,
                            self.message_id(agent, date), parent=parent)
                spec.reply_to = SUPPORT_ADDRESS
                waiting_for_support = False
            else:
                chasing = waiting_for_support or (promised and rng.random() < 0.3)
                date = date + timedelta(minutes=rng.randint(30, 6000 if chasing else 2000))
                text = self.chaser(customer) if chasing else self.customer_followup(customer)
                to = (self.support, agent) if rng.random() < 0.3 else (self.support,)
                spec = Spec(date, thread_no, i, customer, to, _re(subject, customer), text,
                            self.message_id(customer, date), parent=parent)
                waiting_for_support = True
            spec.body_kind = rng.choices(("plain", "alt", "html"), (42, 48, 10))[0]
            spec.quote = rng.random() < 0.85
            r = rng.random()
            if r < P_LOST_HEADERS:
                spec.in_reply_to, spec.references = False, "none"
                spec.subject = ("RE: " if spec.sender.style == "outlook" else "Re: ") + subject
            elif r < P_LOST_HEADERS + P_NO_REFERENCES:
                spec.references = "none"
            elif r < P_LOST_HEADERS + P_NO_REFERENCES + P_REFERENCES_GAP:
                spec.references = "gap"
            specs.append(spec)
        for spec in specs:
            spec.attachment = rng.random() < P_ATTACHMENT and not spec.automatic
            spec.duplicate = rng.random() < P_DUPLICATE
        last = specs[-1]
        if len(specs) > 1 and not last.automatic and rng.random() < P_NO_MESSAGE_ID * 4.3:
            last.message_id = None  # a leaf: nobody can reference it
        # Ancestor chains for References.
        for spec in specs:
            if spec.parent is not None:
                chain = list(spec.parent.ancestors)
                if spec.parent.message_id:
                    chain.append(spec.parent.message_id)
                spec.ancestors = tuple(chain)
        return specs


def _re(subject: str, sender: Person) -> str:
    return ("RE: " if sender.style == "outlook" else "Re: ") + subject


def _ascii(text: str) -> str:
    """ASCII spelling of a name for an address (ü → ue, ç → c): addresses stay 7-bit."""
    text = text.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss").replace("ø", "o")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# --- rendering -------------------------------------------------------------------------

def _encode_word(text: str, charset: str) -> str:
    """RFC 2047 encoded word when ``text`` is not ASCII."""
    if text.isascii():
        return text
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset, data = "utf-8", text.encode("utf-8")
    return f"=?{charset}?b?{base64.b64encode(data).decode()}?="


def _address(person: Person) -> str:
    name = person.name
    if name.isascii():
        return f'"{name}" <{person.address}>' if "," in name else f"{name} <{person.address}>"
    return f"{_encode_word(name, person.charset)} <{person.address}>"


def _local_date(date: datetime, tz_minutes: int) -> datetime:
    return date.astimezone(timezone(timedelta(minutes=tz_minutes)))


def _attribution(parent: Spec, style: str) -> str:
    when = _local_date(parent.date, parent.sender.tz)
    who = f"{parent.sender.name} <{parent.sender.address}>"
    if style == "gmail":
        return f"On {when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}, {who} wrote:"
    if style == "apple":
        return f"On {when:%d %b %Y}, at {when:%H:%M}, {who} wrote:"
    to = "; ".join(p.address for p in parent.to)
    return (f"________________________________\nFrom: {parent.sender.name} <{parent.sender.address}>\n"
            f"Sent: {when:%A}, {when:%B} {when.day}, {when:%Y} {when:%I:%M %p}\nTo: {to}\n"
            f"Subject: {parent.subject}")


def _quoted_plain(spec: Spec) -> str:
    parent = spec.parent
    history = parent.rendered_text[:QUOTE_LIMIT]
    style = spec.sender.style
    if style == "outlook":
        return "\n\n" + _attribution(parent, style) + "\n\n" + history
    lines = history.split("\n")
    return "\n\n" + _attribution(parent, style) + "\n" + "\n".join("> " + l if l else ">" for l in lines)


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html_paragraphs(text: str) -> str:
    return "".join(f"<p>{_html_escape(p).replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n") if p)


def _html_body(spec: Spec) -> str:
    own = _html_paragraphs(spec.text)
    quote = ""
    if spec.quote and spec.parent is not None:
        parent = spec.parent
        history = _html_paragraphs(parent.rendered_text[:QUOTE_LIMIT])
        if spec.sender.style == "outlook":
            when = _local_date(parent.date, parent.sender.tz)
            quote = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
                     f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>From:</b> '
                     f'{_html_escape(parent.sender.name)} &lt;{parent.sender.address}&gt;<br><b>Sent:</b> '
                     f'{when:%A}, {when:%B} {when.day}, {when:%Y} {when:%I:%M %p}<br><b>Subject:</b> '
                     f'{_html_escape(parent.subject)}</font><div>&nbsp;</div></div>\n<div>{history}</div>')
        else:
            quote = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                     f'{_html_escape(_attribution(parent, "gmail"))}<br></div>'
                     f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     f'rgb(204,204,204);padding-left:1ex">{history}</blockquote></div>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css">p{margin:0 0 1em 0;font-family:Arial,sans-serif;font-size:11pt}</style>'
            f'</head><body><div dir="ltr">\n{own}</div>\n{quote}</body></html>')


def _leaf(content_type: str, text: str, charset: str, rng: random.Random) -> str:
    """One text part: headers and encoded body (the transfer encoding varies)."""
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset, data = "utf-8", text.encode("utf-8")
    if data.isascii():
        cte, body = "7bit", text
    else:
        r = rng.random()
        if r < 0.45:
            cte, body = "quoted-printable", binascii.b2a_qp(data).decode("ascii")
        elif r < 0.75:
            cte, body = "base64", base64.encodebytes(data).decode("ascii")
        else:
            cte, body = "8bit", None  # raw bytes: kept as a surrogate-escaped str
            body = data.decode("ascii", "surrogateescape")
    return (f"Content-Type: {content_type}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n\n"
            f"{body.rstrip(chr(10))}\n")


def _escape_from(text: str) -> str:
    if "\nFrom " not in text:
        return text
    return text.replace("\nFrom ", "\n>From ")


class Renderer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.boundary_no = 0

    def boundary(self) -> str:
        self.boundary_no += 1
        return f"----=_Part_{self.boundary_no}_{self.rng.getrandbits(40):010x}"

    def render(self, spec: Spec) -> bytes:
        rng = self.rng
        own = spec.text
        plain = own + (_quoted_plain(spec) if spec.quote and spec.parent is not None else "")
        spec.rendered_text = plain
        charset = spec.sender.charset
        if spec.body_kind == "plain":
            body_headers, body = self._split(_leaf("text/plain", plain, charset, rng))
        elif spec.body_kind == "html":
            body_headers, body = self._split(_leaf("text/html", _html_body(spec), charset, rng))
        else:
            b = self.boundary()
            body_headers = f'Content-Type: multipart/alternative; boundary="{b}"\n'
            body = (f"--{b}\n{_leaf('text/plain', plain, charset, rng)}\n--{b}\n"
                    f"{_leaf('text/html', _html_body(spec), charset, rng)}\n--{b}--\n")
        if spec.attachment:
            b = self.boundary()
            name, ctype = rng.choice(ATTACHMENTS)
            payload = base64.encodebytes(rng.randbytes(rng.randint(1500, 6000))).decode("ascii")
            body = (f"This is a multi-part message in MIME format.\n\n--{b}\n{body_headers}\n{body}\n--{b}\n"
                    f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
                    f"Content-Transfer-Encoding: base64\n\n{payload}\n--{b}--\n")
            body_headers = f'Content-Type: multipart/mixed; boundary="{b}"\n'
        return (self.headers(spec) + "MIME-Version: 1.0\n" + body_headers + "\n" + _escape_from(body)).encode(
            "utf-8", "surrogateescape")

    @staticmethod
    def _split(part: str) -> tuple[str, str]:
        head, _, body = part.partition("\n\n")
        return head + "\n", body

    def headers(self, spec: Spec) -> str:
        rng = self.rng
        sender = spec.sender
        local = _local_date(spec.date, sender.tz)
        sender_domain = sender.address.rsplit("@", 1)[1]
        lines = [
            f"Return-Path: <{sender.address}>",
            f"Received: from mail.{sender_domain} (mail.{sender_domain} [198.51.100.{rng.randint(1, 254)}])\n"
            f"\tby mx.acme.example (Postfix) with ESMTPS id {rng.getrandbits(40):010X}\n"
            f"\tfor <{spec.to[0].address}>; {format_datetime(spec.date + timedelta(seconds=rng.randint(1, 30)))}",
            f"Received: from [10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}] by mail.{sender_domain}\n"
            f"\twith ESMTPSA; {format_datetime(local)}",
            f"Date: {format_datetime(local)}",
            f"From: {_address(sender)}",
            "To: " + ", ".join(_address(p) for p in spec.to),
            f"Subject: {_encode_word(spec.subject, sender.charset)}",
        ]
        if rng.random() < 0.6:
            signature = base64.b64encode(rng.randbytes(192)).decode()
            lines.insert(1, f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={sender_domain}; s=s{rng.randint(1, 4)};\n"
                            f"\th=from:to:subject:date:message-id:mime-version; bh={base64.b64encode(rng.randbytes(32)).decode()};\n"
                            f"\tb={signature[:70]}\n\t {signature[70:140]}\n\t {signature[140:]}")
        if spec.message_id:
            lines.append(f"Message-ID: <{spec.message_id}>")
        if spec.reply_to:
            lines.append(f"Reply-To: Acme Support <{spec.reply_to}>")
        parent = spec.parent
        if parent is not None and parent.message_id and spec.in_reply_to:
            lines.append(f"In-Reply-To: <{parent.message_id}>")
        if spec.references != "none" and spec.ancestors:
            refs = spec.ancestors
            if spec.references == "gap" and len(refs) > 2:
                refs = (refs[0], refs[-1])
            refs = refs[-12:]
            lines.append("References: " + "\n ".join(f"<{r}>" for r in refs))
        if spec.automatic:
            lines += ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"]
        mailer = rng.choice(MAILERS) if sender.address.endswith("@" + SUPPORT_DOMAIN) is False else "Acme Helpdesk 4.2"
        if mailer:
            lines.append(f"X-Mailer: {mailer}")
        if sender.style == "outlook" and rng.random() < 0.5:
            lines.append(f"Thread-Index: {base64.b64encode(rng.randbytes(22)).decode()}")
            lines.append("Content-Language: en-GB")
        return "\n".join(lines) + "\n"


# --- writers ---------------------------------------------------------------------------

class MboxWriter:
    def __init__(self, out: Path) -> None:
        self.rel = "inbox.mbox"
        self.handle = open(out / self.rel, "wb", buffering=8 << 20)
        self.offset = 0

    def write(self, spec: Spec, data: bytes) -> dict:
        envelope = spec.date + timedelta(seconds=7 + spec.seq % 50)
        from_line = f"From {spec.sender.address} {envelope:%a %b %d %H:%M:%S %Y}\n".encode()
        self.handle.write(from_line)
        start = self.offset + len(from_line)
        self.handle.write(data)
        self.handle.write(b"\n" if data.endswith(b"\n") else b"\n\n")
        self.offset = start + len(data) + (1 if data.endswith(b"\n") else 2)
        return {"path": self.rel, "offset": start, "length": len(data)}

    def close(self) -> None:
        self.handle.close()


class FilesWriter:
    """Maildir (``cur/`` files with ``:2,S`` and the delivery time as mtime) or ``.eml`` files."""

    def __init__(self, out: Path, maildir: bool) -> None:
        self.maildir = maildir
        if maildir:
            self.root = out / "Maildir"
            for sub in ("cur", "new", "tmp"):
                (self.root / sub).mkdir(parents=True, exist_ok=True)
        else:
            self.root = out / "eml"
            self.root.mkdir(parents=True, exist_ok=True)
        self.out = out

    def write(self, spec: Spec, data: bytes) -> dict:
        stamp = int(spec.date.timestamp())
        if self.maildir:
            path = self.root / "cur" / f"{stamp}.M{spec.seq}P4242Q{spec.seq % 97}.bench.acme.example:2,S"
        else:
            path = self.root / f"{spec.seq:07d}.eml"
        with open(path, "wb") as handle:
            handle.write(data)
        if self.maildir:
            os.utime(path, (stamp + 7, stamp + 7))
        return {"path": str(path.relative_to(self.out))}

    def close(self) -> None:
        pass


def generate(out: Path, count: int, fmt: str, seed: int) -> dict:
    """Write ``count`` messages and ``truth.json`` into ``out``; return a summary."""
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed, count)
    specs: list[Spec] = []
    threads: list[list[Spec]] = []
    for thread in gen.threads():
        threads.append(thread)
        specs.extend(thread)
    # Trim to exactly ``count`` messages written (duplicates count): drop from the last threads.
    written = sum(1 + s.duplicate for s in specs)
    while written > count:
        last = threads[-1]
        spec = last.pop()
        written -= 1 + spec.duplicate
        if not last:
            threads.pop()
    specs = [s for t in threads for s in t]
    specs.sort(key=lambda s: (s.date, s.thread, s.index))
    # Remaining children per message, so rendered text is dropped once nobody quotes it.
    children: dict[int, int] = {}
    for s in specs:
        if s.parent is not None:
            children[id(s.parent)] = children.get(id(s.parent), 0) + 1
    writer = MboxWriter(out) if fmt == "mbox" else FilesWriter(out, fmt == "maildir")
    renderer = Renderer(random.Random(seed * 7919 + 1))
    notes: dict[str, dict] = {}
    seq = 0
    total_bytes = 0
    dup_rng = random.Random(seed * 104729 + 3)
    try:
        for spec in specs:
            spec.seq = seq
            data = renderer.render(spec)
            locator = writer.write(spec, data)
            seq += 1
            total_bytes += len(data)
            if spec.message_id is None:
                notes[_note(spec)] = locator
            if spec.duplicate:  # a second copy, as an export of inbox + archive would hold
                spec.seq = seq
                copy = data if dup_rng.random() < 0.5 else b"Status: RO\n" + data
                writer.write(spec, copy)
                seq += 1
                total_bytes += len(copy)
            if spec.parent is not None:
                key = id(spec.parent)
                children[key] -= 1
                if not children[key]:
                    spec.parent.rendered_text = ""
            if not children.get(id(spec)):
                spec.rendered_text = ""
            spec.text = ""
    finally:
        writer.close()
    truth_threads = [[s.message_id or _note(s) for s in t] for t in threads]
    customer_threads = [any(not s.sender.address.endswith("@" + SUPPORT_DOMAIN) for s in t) for t in threads]
    truth = {
        "seed": seed, "format": fmt, "messages": seq, "bytes": total_bytes,
        "unique_messages": sum(len(t) for t in threads),
        "support_domain": SUPPORT_DOMAIN, "as_of": AS_OF.isoformat(),
        "threads": truth_threads, "customer_threads": customer_threads, "notes": notes,
    }
    with open(out / "truth.json", "w", encoding="utf-8") as handle:
        json.dump(truth, handle, separators=(",", ":"))
    return {"messages": seq, "bytes": total_bytes, "threads": len(threads),
            "seconds": round(time.perf_counter() - started, 2)}


def _note(spec: Spec) -> str:
    return f"no-message-id:T{spec.thread}.{spec.index}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="messages to write (duplicates included)")
    parser.add_argument("--format", choices=("mbox", "maildir", "eml"), default="mbox")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="output folder (created)")
    args = parser.parse_args(argv)
    summary = generate(args.out, args.count, args.format, args.seed)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
