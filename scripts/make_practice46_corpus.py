#!/usr/bin/env python3
"""Regenerate ``tests/practice46/``: a labelled corpus of Ostara Language School.

A support mailbox of a fictional language school in Brighton that sells group courses,
private tutoring, exam preparation and online classes (placement tests, timetables, invoices,
visa letters, refunds, course transfers, certificates, teacher changes, homestay
accommodation), written without looking at the detection heuristics. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``ostaralanguages.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - the description of the corpus, its figures computed here.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice46_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
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
SUPPORT_DOMAIN = "ostaralanguages.example"
HELLO = "Ostara Student Services <hello@ostaralanguages.example>"
RULES = mailcraft.RULES
YEAR = 2026
CORPUS_NAME = "practice46"

AGENTS = {
    "freya": ("Freya Lindqvist <freya@ostaralanguages.example>", "thunderbird", """-- 
Freya Lindqvist
Admissions & Student Services | Ostara Language School
12 Regency Square, Brighton BN1 2FG | 01273 555 210
Book a placement test: https://ostaralanguages.example/placement?ref=sig"""),
    "kwame": ("Kwame Mensah <kwame@ostaralanguages.example>", "outlook", """Kwame Mensah
Courses & Timetables | Ostara Language School
Not sure which course is right for you? Reply to this email and we'll help you choose."""),
    "priya": ("Priya Raman <priya@ostaralanguages.example>", "owa", """Priya Raman
Accounts & Fees | Ostara Language School
This email and any attachments are confidential and intended solely for the addressee.
Ostara Language School Ltd, registered in England and Wales no. 08812345."""),
    "dominic": ("Dominic Hale <dominic@ostaralanguages.example>", "apple", """Dominic Hale
Accommodation Officer | Ostara Language School
Homestay guide: https://ostaralanguages.example/homestay?from=email"""),
    "nadia": ("Nadia Kowalski <nadia@ostaralanguages.example>", "gmail", """--
Nadia Kowalski
Visas, Exams & Certificates | Ostara Language School
https://ostaralanguages.example/exams?utm_source=email"""),
    "lotte": ("Lotte Brandt <lotte@ostaralanguages.example>", "thunderbird_de", """-- 
Lotte Brandt
Studienberatung (Deutsch) | Ostara Language School, Brighton
https://ostaralanguages.example/de?ref=signatur"""),
    "camille": ("Camille Roussel <camille@ostaralanguages.example>", "apple_fr", """Camille Roussel
Conseillère pédagogique (francophones) | Ostara Language School
https://ostaralanguages.example/fr?utm_source=email"""),
    "javier": ("Javier Olmedo <javier@ostaralanguages.example>", "gmail_es", """--
Javier Olmedo
Atención al estudiante (ES) | Ostara Language School
+44 1273 555 214"""),
}

ACK = """Hello,

Thank you for contacting Ostara Language School. This is an automatic confirmation
that we have received your message (ticket {ref}). Our student services team works
Monday to Friday, 8:30-17:30 UK time, and we will reply within 24 hours.

Current students with an urgent problem outside office hours can call our
emergency line on 07700 900 512.

Ostara Language School - Student Services
https://ostaralanguages.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: Eudora Light 3.0.6"],
    "helpdesk": ["X-Mailer: Ostara Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ost.", outlook_server="AM9PR1")
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
    """A reply by support agent ``who`` at ``when`` (Brighton time, UTC in November)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str) -> Spec:
    """The helpdesk's automatic acknowledgement."""
    return Spec("ack", when, ACK, {})


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
    """The end of ``day`` ("MM-DD") in Brighton: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

VISA_PDF = mailcraft.pdf(["Ostara Language School - Visa support letter",
                          "Student: Elif Demir, booking OST-26-4471",
                          "General English, 24 weeks, 11 January - 25 June 2027, 15 hours/week",
                          "Accommodation: homestay, 41 Wilbury Road, Hove BN3 3PB"])
CERT_PDF = mailcraft.pdf(["Ostara Language School - Certificate of attendance",
                          "Maarten Achterberg",
                          "Business English (B2), 12 October - 6 November 2026, 60 hours"])
INVOICE_PDF = mailcraft.pdf(["Ostara Language School - Invoice OST-INV-10382",
                             "Private Spanish lessons, October 2026: 8 x GBP 42.00",
                             "Total GBP 336.00 - paid by card 2 October 2026"])
INVOICE_A_PDF = mailcraft.pdf(["Ostara Language School - Invoice OST-INV-10382-A",
                               "Brennan Translations, 7 Surrey Street, Brighton BN1 3PA",
                               "Private Spanish lessons, October 2026: 8 x GBP 42.00",
                               "Total GBP 336.00 - paid by card 2 October 2026"])
INVOICE_MERIDIAN_PDF = mailcraft.pdf(["Ostara Language School - Invoice OST-INV-10291",
                                      "Meridian Pharma UK - PO 4500218873",
                                      "In-company French, October 2026: 16 hours",
                                      "Total GBP 1,120.00 + VAT"])
ANGEBOT_PDF = mailcraft.pdf(["Ostara Language School - Angebot A-2611-17",
                             "Business English Einzeltraining online, 2 x 20 Stunden",
                             "GBP 46 pro Stunde, gesamt GBP 1.840",
                             "Gueltig bis 31. Januar 2027"])
ATTEST_PDF = mailcraft.pdf(["Ostara Language School - Attestation de presence",
                            "Nathalie Girard - Preparation TOEFL iBT",
                            "5 - 30 octobre 2026, 48 heures de cours"])
PRESUPUESTO_PDF = mailcraft.pdf(["Ostara Language School - Presupuesto P-2027-031",
                                 "Academia Ebro Idiomas: 20 alumnos + 2 monitores",
                                 "5 - 24 julio 2027, curso + familia + actividades",
                                 "Valido hasta el 31 de enero de 2027"])
CARTA_PDF = mailcraft.pdf(["Ostara Language School - Letter of enrolment",
                           "Lucia Romero: Intensive English, 11 January - 26 March 2027",
                           "25 hours per week"])
AGENT_PRICES_PDF = mailcraft.pdf(["Ostara Language School - Agent price list 2027",
                                  "General English 20 lessons/week: GBP 310/week",
                                  "Commission 20% on tuition"])
DEPOSIT_PDF = mailcraft.pdf(["Ostara Language School - Invoice OST-INV-10577 (deposit)",
                             "Daniela Costa - General English, 12 weeks from 11 January 2027",
                             "Deposit GBP 300.00, due 4 December 2026"])
TRANSFER_PDF = mailcraft.pdf(["Harbour & Field Consulting - internal memo",
                              "Oliver Baxter transfers to the Leeds office from 16 November 2026"])
ROUTE_PNG = mailcraft.png(14, 9, lambda x, y: (90 + 10 * x, 150 - 6 * y, 200))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("o01-brightwell-placement", "en", "closed", {},
      "Hannah Brightwell <hbrightwell@fastmail.example>", "gmail", "Spanish evening classes",
      "Three numbered questions (start date, online test, test length) answered in one paragraph, out of order; thanks-only reply.",
      cu("11-02 09:12", """Hi there,

I've just moved to Brighton and I'd like to pick my Spanish back up - I did it to A-level but that was fifteen years ago, so I'm probably rusty. A few questions:

1. When does the next evening group start?
2. Can I do the placement test online, or do I have to come in?
3. Roughly how long does the test take?

Thanks very much,
Hannah"""),
      ag("freya", "11-02 11:40", """Hi Hannah,

Welcome to Brighton! The test is online - here's your personal link: https://ostaralanguages.example/placement?lang=es&token=HB7Q2 - and most people finish it in 30-40 minutes, followed by a short speaking check by video. Our evening groups (Tuesdays and Thursdays, 18:30-20:00) start every four weeks; the next one begins on Tuesday 17 November, then 15 December.

Best wishes,
Freya"""),
      cu("11-02 12:05", """Brilliant, thanks Freya - doing the test tonight.

Hannah""", thanks=True)),

    C("o02-harcourt-inhouse", "en", "closed", {"unanswered-question": 1},
      "Gemma Rutherford <g.rutherford@harcourt-logistics.example>", "outlook", "German for our purchasing team",
      "Corporate enquiry: price and on-site teaching answered; the request for corporate terms and conditions is skipped.",
      cu("11-03 10:05", """Hello,

We have six people in our Brighton office who deal with suppliers in Germany, and we'd like to get them to a solid conversational level in German by the summer. They're at roughly A2 at the moment.

Could you give me an idea of the cost for a group of six, two sessions a week? Would it be possible for the teacher to come to our office on Dyke Road rather than us coming to you? Please also send me your terms and conditions for corporate contracts, as our procurement team will want to see them before we sign anything.

Kind regards,
Gemma Rutherford
People & Culture Manager
Harcourt Logistics Ltd""", uq=1),
      ag("kwame", "11-03 14:30", """Dear Gemma,

Thank you for thinking of us. For a closed group of six at A2, with two 90-minute sessions a week, our corporate rate is £540 per month for the whole group, course materials included. Teaching on site is no problem - Dyke Road is well within our area, so there's no travel surcharge.

We can also do a free level check for all six before you decide.

Kind regards,
Kwame""")),

    C("o03-baxter-refund", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Oliver Baxter <olly.baxter@example.net>", "gmail", "Withdrawing from Saturday Japanese",
      "Refund amount deferred 'by Wednesday' and never sent; the customer chases ten days later and is still waiting.",
      cu("11-06 08:50", """Hello,

I'm afraid I have to withdraw from the Saturday Japanese beginners course after week two - I've been transferred to our Leeds office at short notice (the memo from HR is attached in case you need it). I paid £395 for the term. How much of that can I get back, and how long does a refund usually take?

Thanks,
Oliver Baxter""", attach=[("application/pdf", "transfer-memo.pdf", TRANSFER_PDF)]),
      ag("priya", "11-06 12:15", """Dear Oliver,

Sorry to hear you're leaving us. A job move counts as a reason for a pro-rata refund under our terms, so you won't lose the whole fee. As your course materials were already issued I need to check the exact amount with our finance team; I'll confirm the figure and the refund date by Wednesday.

Best regards,
Priya""", promises=[("11-11", None)]),
      cu("11-16 09:30", """Hi Priya,

Any news on the refund? It's been ten days and I'm still waiting for the figure you mentioned.

Oliver""", chase=True)),

    C("o04-sato-first-week-inline", "en", "closed", {},
      "Kenji Sato <kenji.sato@example.org>", "thunderbird", "Questions before Monday",
      "Three questions answered inline under the quoted lines: a time, a place, and 'No need'.",
      cu("11-04 19:40", """Hello,

I start the General English intensive on Monday and I have three small questions.

Is the Monday class at 9:00 or 9:30? The welcome email says 9:00 but the timetable in the student app says 9:30.
Which room do I go to on the first day?
Do I need to bring my own dictionary?

Thank you very much.
Kenji Sato"""),
      ag("freya", "11-05 08:55", """Hi Kenji,

> Is the Monday class at 9:00 or 9:30? The welcome email says 9:00 but the timetable in the student app says 9:30.

9:30 - the app is right, the welcome email still had the summer times. Sorry about that.

> Which room do I go to on the first day?

Reception on the ground floor; we take all new students up to the Orchid Room together at 9:15.

> Do I need to bring my own dictionary?

No need, phones are fine in class.

See you on Monday,
Freya""", quote=False)),

    C("o05-demir-visa-letter", "en", "pending", {"unanswered-question": 2},
      "Elif Demir <elif.demir@example.com>", "gmail", "Visa support letter - OST-26-4471",
      "Four asks in one paragraph; the letter is attached and the homestay question answered, the signed original by post and the payment deadline are not.",
      cu("11-16 11:20", """Dear Ostara team,

I have booked the 24-week General English course starting on 11 January (booking reference OST-26-4471) and I am now preparing my visa application at the British consulate in Ankara. Could you please issue a visa support letter for me? Does the letter have to mention the homestay as well, or is that a separate document? I was wondering whether you can also post me the signed original, because the agency that checks my documents says they prefer paper. And what is the latest date I can pay the remaining course fee - is it before or after the visa decision?

Thank you in advance for your help.

Best regards,
Elif Demir""", uq=2),
      ag("nadia", "11-16 15:40", """Dear Elif,

Your letter is attached. It covers the course dates, the 15 hours of tuition a week and your homestay with its address, so you don't need a separate accommodation document for the application.

Good luck with the appointment!

Kind regards,
Nadia""", attach=[("application/pdf", "visa-letter-OST-26-4471.pdf", VISA_PDF)]),
      tz=3),

    C("o06-hoffmann-jugendkurs", "de", "closed", {},
      "Sabine Hoffmann <s.hoffmann@familie-hoffmann.example>", "gmail_de", "Englischkurs in den Osterferien",
      "German parent: three questions about a junior course (dates, hours, supervised homestay) all answered; thanks-only reply.",
      cu("11-05 20:15", """Guten Abend,

unser Sohn Jonas (15) möchte in den Osterferien 2027 gern zwei Wochen Englisch bei Ihnen machen. Er hat seit der 5. Klasse Englisch und steht in der Schule auf einer 2.

Gibt es in den Osterferien überhaupt Jugendkurse? Wie viele Unterrichtsstunden hat er dann pro Tag? Und ist es möglich, ihn in einer Gastfamilie unterzubringen, in der er auch abends betreut ist? Er war noch nie allein im Ausland.

Viele Grüße
Sabine Hoffmann"""),
      ag("lotte", "11-06 08:30", """Liebe Frau Hoffmann,

vielen Dank für Ihre Nachricht. Unser Junior-Programm (14-17 Jahre) läuft 2027 vom 22. März bis 16. April, Sie können also zwei beliebige Wochen in diesem Zeitraum buchen. Vormittags sind es drei Zeitstunden Unterricht, nachmittags gibt es betreute Ausflüge oder Sport.

Alle Junior-Gastfamilien werden von uns gesondert geprüft: Die Jugendlichen essen abends mit der Familie, und für unter 16-Jährige gilt eine Sperrstunde um 21 Uhr - Jonas wäre also gut aufgehoben.

Herzliche Grüße
Lotte Brandt"""),
      cu("11-06 10:02", """Vielen Dank, das klingt perfekt! Wir besprechen das am Wochenende und buchen dann online.

Sabine Hoffmann""", thanks=True),
      tz=1),

    C("o07-achterberg-certificate", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Maarten Achterberg <maarten@achterberg-design.example>", "apple", "Name on my certificate",
      "Corrected certificate promised 'tomorrow', sent six days later after the customer follows up: kept late = missed.",
      cu("11-10 10:00", """Hi,

I finished the Business English course last Friday - many thanks to Ms Clarke, it was excellent. One problem: my certificate says "Martin Achterburg". Could you issue a new one with the correct spelling, Maarten Achterberg? I need it for my employer's training records by the end of the month.

Best,
Maarten"""),
      ag("nadia", "11-10 11:30", """Hi Maarten,

Apologies for the typo! I've corrected your name in our system and I'll send you the new certificate as a PDF tomorrow.

Best wishes,
Nadia""", promises=[("11-11", 4)]),
      cu("11-16 09:00", """Hi Nadia,

Just following up - I haven't received the corrected certificate yet. Could you check?

Thanks,
Maarten"""
         , chase=True),
      ag("nadia", "11-16 13:45", """Hi Maarten,

So sorry, it got stuck in the signing queue. Here it is - and the paper copy goes out in today's post.

Nadia""", attach=[("application/pdf", "certificate-achterberg.pdf", CERT_PDF)]),
      tz=1),

    C("o08-lefevre-cours-matin", "fr", "closed", {"unanswered-question": 1},
      "Aurélie Lefèvre <aurelie.lefevre@atelier-lefevre.example>", "apple_fr", "Changement de groupe",
      "Move from the evening to the morning online group done; the request to reissue the invoice to her employer is ignored.",
      cu("11-03 18:20", """Bonjour,

Je suis inscrite au cours d'anglais en ligne du soir (mardi et jeudi, 19h), mais mon planning au travail change à partir du 16 novembre. Serait-il possible de passer dans un groupe du matin, au même niveau (B2) ?

Par ailleurs, mon employeur a accepté de prendre en charge la formation : merci de refaire la facture au nom de la société, Atelier Lefèvre SARL, 14 rue des Tanneurs, 76000 Rouen.

Bien cordialement,
Aurélie Lefèvre""", uq=1),
      ag("camille", "11-04 09:10", """Bonjour Aurélie,

Aucun souci : à partir du 16 novembre, vous rejoignez le groupe B2 du matin, lundi et mercredi de 8h à 9h30 (heure de Paris). Le lien Zoom reste le même, et votre professeure sera Mme Ortiz.

Belle journée,
Camille"""),
      tz=1),

    C("o09-marchetti-famille", "fr", "pending", {},
      "Thierry Marchetti <t.marchetti@example.com>", "gmail", "Séjour de Léa en janvier",
      "French parent's bulleted questions (vegetarian host, distance, Gatwick transfer) answered out of order.",
      cu("11-16 07:45", """Bonjour,

Notre fille Léa (17 ans) va suivre le cours intensif d'anglais du 4 au 29 janvier. Nous avons choisi l'hébergement en famille d'accueil, mais il nous reste quelques questions :

- Léa est végétarienne : est-ce que les familles peuvent en tenir compte ?
- À quelle distance de l'école se trouvent en général les familles ?
- Combien coûte le transfert depuis l'aéroport de Gatwick ?

Merci d'avance pour votre réponse.

Thierry Marchetti"""),
      ag("camille", "11-16 10:20", """Bonjour Monsieur Marchetti,

Merci pour votre message. Le transfert depuis Gatwick coûte 85 £ par trajet ; un chauffeur attendra Léa dans le hall des arrivées avec un panneau Ostara.

Le régime végétarien est très courant chez nos familles : je l'ai noté dans son dossier et nous la placerons dans une famille qui en a l'habitude. La plupart des familles habitent à 20-35 minutes de l'école en bus, et la carte de bus est comprise dans le prix.

Bien cordialement,
Camille"""),
      tz=1),

    C("o10-novak-ielts-group", "en", "open", {"awaiting-reply": 1},
      "Petra Novak <petra.novak@example.com>", "gmail", "IELTS course in January",
      "Three questions acknowledged by the helpdesk robot only; no human reply for two days.",
      cu("11-18 13:10", """Hello,

I'm thinking about the IELTS preparation course in January. How many students are in a group, and is there a mock exam included? Also, could you tell me if the course fee includes the actual IELTS test fee?

Many thanks,
Petra Novak"""),
      ack("11-18 12:11"),
      tz=1),

    C("o11-mehta-cfo-tutoring", "en", "open", {},
      "Rahul Mehta <rahul.mehta@cobaltbank.example>", "owa", "Private Business English for our CFO",
      "A quote request sent this morning, only acknowledged so far: still inside the response target.",
      cu("11-20 09:35", """Hello,

Please send me a quote for 10 hours of private Business English tutoring for our new CFO, ideally early mornings before 8:30. What would the hourly rate be for online sessions versus sessions at our office in Hove?

Regards,
Rahul Mehta
Executive Assistant to the CFO, Cobalt Bank"""),
      ack("11-20 09:36")),

    C("o12-whitlock-teacher-change", "en", "closed", {"missed-follow-up": 1},
      "Diane Whitlock <diane.whitlock@example.org>", "outlook", "Private French lessons - change of teacher",
      "Teacher change deferred with 'I'll get back to you with a name' (no date, 2-day window); nothing follows.",
      cu("11-02 16:20", """Dear Sir or Madam,

I have been having private French lessons with Mr Dubois on Monday evenings since September. I don't want to cause any trouble, but I find his pace too fast for me and I often leave the lesson more confused than when I arrived. Would it be possible to change to another teacher, ideally keeping the same Monday slot?

Yours faithfully,
Diane Whitlock"""),
      ag("kwame", "11-03 10:05", """Dear Ms Whitlock,

Thank you for telling us, and please don't worry - this happens, and it is no trouble at all. Let me have a word with our Director of Studies about who is free on Monday evenings, and I'll get back to you with a name.

Kind regards,
Kwame""", promises=[("window", None)])),

    C("o13-brennan-invoice-reopen", "en", "closed", {"reopened": 1},
      "Siobhan Brennan <siobhan@brennan-translations.example>", "gmail", "Invoice request",
      "Invoice sent and the ticket marked resolved; the customer comes back (reply without threading headers) to have it reissued to her business.",
      cu("11-04 11:00", """Hi,

Could you send me an invoice for my October private lessons (8 hours of Spanish)? I need it for my self-assessment.

Thanks,
Siobhan"""),
      ag("priya", "11-04 14:20", """Hi Siobhan,

Here's invoice OST-INV-10382 for October (8 x £42 = £336, paid by card on 2 October). I'll mark this ticket as resolved, but just reply if you need anything else.

Best regards,
Priya""", closes=True, attach=[("application/pdf", "OST-INV-10382.pdf", INVOICE_PDF)]),
      cu("11-12 09:40", """Hi Priya,

Sorry, I should have said: the invoice needs to be addressed to my business, Brennan Translations, 7 Surrey Street, Brighton BN1 3PA, not to me personally. Could you reissue it?

Siobhan""", thread=False),
      ag("priya", "11-12 12:05", """Hi Siobhan,

No problem - reissued as OST-INV-10382-A to Brennan Translations, attached.

Best regards,
Priya""", attach=[("application/pdf", "OST-INV-10382-A.pdf", INVOICE_A_PDF)])),

    C("o14-ferrer-c1-online", "es", "closed", {"unanswered-question": 1},
      "Marta Ferrer <marta.ferrer@frutaslevante.example>", "gmail_es", "Preparación C1 Advanced online",
      "Spanish employee: start date and exam fee answered; the invoice in the company's name with its tax id is ignored.",
      cu("11-05 09:30", """Hola:

Me llamo Marta Ferrer y trabajo en el departamento de exportación de Frutas Levante. La empresa me ha propuesto preparar el C1 Advanced de Cambridge con vosotros, en la modalidad online.

¿Cuándo empieza el próximo curso de preparación del C1? ¿El precio incluye la tasa del examen o hay que pagarla aparte? Además, necesito que la factura salga a nombre de la empresa, Frutas Levante S.L., con el CIF B46123456, porque el curso lo bonifica Fundae.

Muchas gracias,
Marta Ferrer""", uq=1),
      ag("javier", "11-05 12:10", """Hola, Marta:

El próximo grupo online de preparación al C1 Advanced empieza el 11 de enero y termina justo antes de la convocatoria de marzo (examen el 13 de marzo). Son 10 semanas, martes y jueves de 18:00 a 20:00, hora peninsular.

La tasa del examen va aparte: son 210 €, y se paga directamente al centro examinador al inscribirte.

Un saludo,
Javier"""),
      tz=1),

    C("o15-krueger-angebot", "de", "closed", {},
      "Thomas Krüger <t.krueger@krueger-maschinenbau.example>", "outlook_de", "Anfrage Business English Einzeltraining",
      "German HR manager: quote request answered with a PDF, the online question with a yes; thanks-only reply.",
      cu("11-09 08:40", """Sehr geehrte Damen und Herren,

wir möchten für zwei Mitarbeiter aus dem Vertrieb ein Englisch-Einzeltraining (Business English, Niveau B1/B2) buchen, ca. 20 Stunden pro Person bis Ende Februar.

Bitte senden Sie uns hierfür ein Angebot. Können die Stunden auch komplett online stattfinden? Die beiden Kollegen sitzen in Stuttgart.

Mit freundlichen Grüßen
Thomas Krüger
Leiter Personal
Krüger Maschinenbau GmbH"""),
      ag("lotte", "11-09 11:15", """Sehr geehrter Herr Krüger,

vielen Dank für Ihre Anfrage. Anbei finden Sie unser Angebot über 2 x 20 Unterrichtsstunden Business English im Einzelunterricht. Alle Stunden finden auf Wunsch online per Zoom statt; die Termine stimmen Ihre Kollegen direkt mit der Lehrkraft ab, gern auch früh morgens oder in der Mittagspause.

Mit freundlichen Grüßen
Lotte Brandt""", attach=[("application/pdf", "Angebot-A-2611-17.pdf", ANGEBOT_PDF)]),
      cu("11-09 13:20", """Vielen Dank, Frau Brandt. Wir melden uns nach Rücksprache mit der Geschäftsführung.

Mit freundlichen Grüßen
Thomas Krüger""", thanks=True),
      tz=1),

    C("o16-osei-homestay-move", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Abena Osei <abena.osei@example.com>", "iphone", "Homestay too far from school",
      "A move to a closer family is deferred 'by Friday' and never comes; the bedroom-lock question is not addressed.",
      cu("11-04 21:30", """Hi Dominic,

I'm happy with my host family in general but the journey is really long - two buses and almost an hour each way, and I have class at 8:45 (screenshot of the route attached). Is there any chance I could move to a family closer to the school? Also, is it possible to have a lock on my bedroom door? My host's grandchildren visit at weekends and they keep coming into my room.

Thanks,
Abena

Sent from my iPhone""", uq=1, attach=[("image/png", "route.png", ROUTE_PNG)]),
      ag("dominic", "11-05 10:40", """Hi Abena,

Sorry the commute is so tiring. Let me check which of our families nearer the centre have a room free from December, and I'll come back to you by Friday.

Best,
Dominic""", promises=[("11-06", None)])),

    C("o17-fairweather-conversation-cafe", "en", "pending", {},
      "Tom Fairweather <tom.fairweather@example.org>", "gmail", "Conversation café on Friday",
      "A rhetorical question and a question the customer answers himself, then one real question, answered.",
      cu("11-17 18:05", """Hi Freya,

Week three of Italian and I'm hooked - who knew the subjunctive could be this much fun? Where do I find the homework for Thursday? Never mind, it's in the student app under "Materials", I just hadn't scrolled down far enough.

One real question though: can I bring a friend along to the conversation café on Friday, or is it only for enrolled students?

Ciao,
Tom"""),
      ag("freya", "11-18 09:20", """Hi Tom,

Glad to hear it! Friends are very welcome at the conversation café - it's open to everyone, and it's a nice way for them to try us out. 17:30 in the café area as usual.

Best,
Freya""")),

    C("o18-kowalczyk-transcript-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Agnieszka Kowalczyk <a.kowalczyk@example.com>", "outlook", "Transcript for university application",
      "A transcript request acknowledged by the robot, then resent word for word as a new mail five days later; no reply.",
      cu("11-11 14:00", """Good afternoon,

I studied at Ostara from March to June this year (General English, C1 level). The university in Kraków where I am applying for a master's programme needs an official transcript showing my hours and final level. Please send me a transcript with the school stamp as a PDF.

Kind regards,
Agnieszka Kowalczyk"""),
      ack("11-11 13:01"),
      cu("11-16 08:30", """Good afternoon,

I studied at Ostara from March to June this year (General English, C1 level). The university in Kraków where I am applying for a master's programme needs an official transcript showing my hours and final level. Please send me a transcript with the school stamp as a PDF.

Kind regards,
Agnieszka Kowalczyk""", parent=0, chase=True),
      tz=1),

    C("o19-morales-shift-work", "en", "pending", {"slow-first-response": 1, "unanswered-question": 1},
      "Daniel Morales <dmorales@example.com>", "gmail", "Flexible private lessons?",
      "Friday-afternoon enquiry answered on Monday afternoon; booking and payment answered, the medical-English question skipped.",
      cu("11-13 15:30", """Hi,

I'm a nurse working shifts, so a fixed timetable is difficult for me. Do you offer private tutoring with flexible times that I can book week by week? And do you need payment in advance for a block of lessons, or can I pay per lesson? I also wanted to ask whether any of your tutors specialise in medical English, as that's what I mostly need for work.

Thanks,
Daniel""", uq=1),
      ag("freya", "11-16 14:10", """Hi Daniel,

Sorry for the slow reply - the office is closed at weekends. Private lessons are booked in the student app, where you can see your tutor's free slots up to three weeks ahead, so you can fit them around your shifts. You can pay lesson by lesson (£44 an hour), or buy a block of 10 for £400; blocks are paid in advance.

Best wishes,
Freya""")),

    C("o20-navarro-online-hija", "es", "closed", {},
      "Pilar Navarro <pilar.navarro@example.com>", "gmail_es", "Clases online para mi hija",
      "Spanish mother: timetable, group size and free trial class all answered (a conditional offer, not a promise); thanks-only reply.",
      cu("11-03 21:10", """Buenas noches:

Mi hija Carmen tiene 12 años y quiere reforzar el inglés con clases online después del colegio. Os escribo para pedir información.

¿Qué horarios tenéis entre semana por la tarde? ¿Cuántos alumnos hay por grupo? Quisiera saber también si hay alguna clase de prueba gratuita antes de matricularla.

Un saludo y gracias,
Pilar Navarro"""),
      ag("javier", "11-04 09:05", """Hola, Pilar:

¡Gracias por escribirnos! Para su edad tenemos grupos los lunes y miércoles de 17:30 a 18:30 o los martes y jueves de 18:00 a 19:00 (hora peninsular), con un máximo de seis alumnos, así que el profesor puede atender bien a cada niño.

La primera clase es de prueba y no se cobra: si te parece bien, te reservo una plaza para Carmen el martes que viene y luego decidís con calma.

Un saludo,
Javier"""),
      cu("11-04 10:30", """¡Genial, muchas gracias! Lo hablo con Carmen y os digo algo.

Pilar""", thanks=True),
      tz=1),
]

CASES += [
    C("o21-yamamoto-three-desks", "en", "closed", {"many-handoffs": 1},
      "Yuki Yamamoto <yuki.yamamoto@example.com>", "gmail", "Questions about my booking in January",
      "Three questions for three desks: admissions answers one and hands the others over, accounts and accommodation answer theirs (three agents).",
      cu("11-02 18:00", """Dear Ostara,

I am coming from Osaka for the 12-week Cambridge First preparation course from 11 January. I have three questions for different parts of my booking, I think:

Can I pay the course fee in two instalments?
My homestay starts on 10 January - is a single room with a private bathroom possible?
Will I get a student card that gives discounts on buses?

Best regards,
Yuki Yamamoto"""),
      ag("freya", "11-02 10:30", """Dear Yuki,

Thank you for your message! About the student card: yes - you'll receive an Ostara student card on your first day, and with it a three-month student bus pass costs £96 instead of £150.

I've shared the rest with my colleagues: Priya in accounts will write to you about the payments, and Dominic about your room.

Best wishes,
Freya""", promises=[("window", 3), ("window", 4)]),
      ag("priya", "11-02 14:00", """Dear Yuki,

Yes, you can split the fee: 50% by 11 December and the rest by 8 February. Both payment links are now in your student account under Payments.

Best regards,
Priya""", parent=1),
      ag("dominic", "11-03 09:15", """Dear Yuki,

A single room with its own bathroom is possible with some of our hosts - it costs £35 a week more than a standard room. I've reserved one for you in Hove, 20 minutes from school by bus.

Best,
Dominic""", parent=1),
      tz=9),

    C("o22-ibrahim-forwarded-booking", "en", "closed", {},
      "Hassan Ibrahim <hassan.ibrahim@example.com>", "gmail", "Fwd: Booking confirmed: Ostara Language School, Brighton",
      "HTML-only mail forwarding an agency confirmation (with its own questions and a ?-URL); the one real question, about the airport pickup, is answered.",
      cu("11-04 12:00", """Hello,

I booked through the StudyAbroad Hub agency and received the confirmation below. Can you confirm that my airport pickup from Heathrow on Sunday 8 November is included? I can't see it anywhere.

Thanks,
Hassan

---------- Forwarded message ---------
From: StudyAbroad Hub <bookings@studyabroadhub.example>
Date: Fri, 30 Oct 2026 at 16:02
Subject: Booking confirmed: Ostara Language School, Brighton
To: <hassan.ibrahim@example.com>

Dear Hassan,

Your booking is confirmed:
- General English, 20 lessons/week, 9 November - 18 December
- Homestay, half board, single room

Want to add travel insurance? Reply to this email and we'll arrange it.
Questions about your booking? https://studyabroadhub.example/help?ref=OST-88213

StudyAbroad Hub""", kind="html"),
      ag("dominic", "11-04 15:20", """Hi Hassan,

Yes, it's booked: the agency paid for a Heathrow pickup, it just isn't printed on their confirmation. Your driver will be waiting in the arrivals hall at Terminal 5 on Sunday 8 November with an Ostara sign. We have your flight as BA 2017, landing at 14:25.

Best,
Dominic""")),

    C("o23-gallagher-twin-room", "en", "closed", {},
      "Niamh Gallagher <niamh.g@example.net>", "android", "Twin room for one week?",
      "Promise 'I'll confirm by tomorrow' kept the next afternoon; thanks-only reply.",
      cu("11-09 07:50", """Hi, my sister is visiting the week of 23 Nov. Is there any way to get a twin room instead of my single in the residence for that week? Happy to pay the difference.
Niamh

Get Outlook for Android"""),
      ag("dominic", "11-09 11:10", """Hi Niamh,

I need to check with the residence manager whether a twin is free that week - I'll confirm by tomorrow.

Best,
Dominic""", promises=[("11-10", 3)]),
      ag("dominic", "11-10 16:30", """Hi Niamh,

Good news - the residence has a twin room on the same floor for 22-29 November. The difference is £70 for the week, which I've added to your account. Your sister just needs to bring photo ID when she checks in.

Best,
Dominic"""),
      cu("11-10 17:05", """Amazing, thank you so much!! x

Get Outlook for Android""", thanks=True)),

    C("o24-lindgren-first-week", "en", "pending", {},
      "Erik Lindgren <erik.lindgren@nordvik-shipping.example>", "apple", "Business English group from 30 November",
      "Friday session moved as asked; the first-week timetable is promised for Tuesday 24 November, a deadline still ahead at audit time.",
      cu("11-18 10:15", """Hello Kwame,

Our team of four from Nordvik Shipping starts the intensive Business English course on 30 November. Could you send us the timetable for the first week? We also need to know whether the Friday afternoon session can be moved to the morning - our flight home on 4 December leaves Gatwick at 16:40.

Regards,
Erik Lindgren"""),
      ag("kwame", "11-19 08:50", """Hello Erik,

The Friday session can certainly move: I've put your group down for 9:00-12:00 on 4 December, which leaves you plenty of time to get to Gatwick. The rest of the week depends on your teacher's other bookings, which are confirmed on Monday - I'll send you the full first-week timetable on Tuesday 24 November.

Kind regards,
Kwame""", promises=[("11-24", None)]),
      tz=1),

    C("o25-adeyemi-instalment", "en", "pending", {"unanswered-question": 1},
      "Tunde Adeyemi <tunde.adeyemi@example.com>", "gmail", "Spring term instalments",
      "Asked to move the second instalment to January and for its amount: the reply gives the amount and how to pay, not whether it can move.",
      cu("11-16 12:40", """Hi Priya,

Two things about my fees for the spring term. Can I pay the second instalment in January instead of December? My salary comes in on the 28th and December is tight with Christmas. And can you remind me how much the second instalment actually is? I've lost the email.

Thanks a lot,
Tunde""", uq=1),
      ag("priya", "11-16 16:05", """Hi Tunde,

The second instalment is £640. You can pay it through the link in your student account (Payments > Spring term) or by bank transfer, quoting OST-26-3390 as the reference.

Best regards,
Priya""")),

    C("o26-schulz-pruefung", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jan Schulz <jan.schulz@example.com>", "gmail_de", "Anmeldung IELTS im Januar",
      "German student: 'ich melde mich bis Mittwoch' about exam places, kept only after his 'gibt es schon Neuigkeiten?' a week later.",
      cu("11-09 17:20", """Hallo,

ich besuche gerade den IELTS-Vorbereitungskurs am Samstag und möchte die Prüfung im Januar ablegen. Können Sie mich für den Termin am 16. Januar in Brighton anmelden, oder muss ich das selbst beim British Council machen?

Danke und viele Grüße
Jan Schulz"""),
      ag("lotte", "11-10 09:00", """Hallo Herr Schulz,

wir sind selbst Prüfungszentrum und können Sie direkt anmelden. Ich kläre nur noch, ob für den 16. Januar noch Plätze frei sind, und melde mich bis Mittwoch bei Ihnen.

Viele Grüße
Lotte Brandt""", promises=[("11-11", 4)]),
      cu("11-16 19:45", """Hallo Frau Brandt,

gibt es schon Neuigkeiten wegen des Prüfungstermins? Ich würde die Anmeldung gern vor Monatsende erledigen.

Viele Grüße
Jan Schulz""", chase=True),
      ag("lotte", "11-17 08:30", """Hallo Herr Schulz,

entschuldigen Sie bitte die Verzögerung. Für den 16. Januar sind noch Plätze frei, ich habe Sie vorläufig eingetragen. Die Prüfungsgebühr von 195 £ können Sie in Ihrem Studentenkonto bezahlen, danach ist die Anmeldung verbindlich.

Viele Grüße
Lotte Brandt"""),
      tz=1),

    C("o27-girard-relance", "fr", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Nathalie Girard <nathalie.girard@example.com>", "thunderbird", "Attestation de présence TOEFL",
      "Attendance certificate request unanswered for four days; the customer replies to her own mail with 'Je me permets de vous relancer' and gets it.",
      cu("11-12 14:30", """Bonjour,

J'ai suivi le cours de préparation au TOEFL en octobre et je n'ai toujours pas reçu mon attestation de présence. Pourriez-vous me l'envoyer par e-mail ? J'en ai besoin pour un dossier de candidature à rendre le 25 novembre.

Cordialement,
Nathalie Girard"""),
      cu("11-16 09:10", """Bonjour,

Je me permets de vous relancer concernant ma demande ci-dessous, la date limite de mon dossier approche.

Cordialement,
Nathalie Girard""", parent=1, chase=True),
      ag("camille", "11-16 11:00", """Bonjour Nathalie,

Toutes mes excuses pour ce délai. Voici votre attestation de présence (48 heures de cours, du 5 au 30 octobre), signée par la direction.

Bien cordialement,
Camille""", attach=[("application/pdf", "attestation-girard.pdf", ATTEST_PDF)]),
      tz=1),

    C("o28-pereira-first-day", "en", "closed", {},
      "Inês Pereira <ines.pereira@example.com>", "gmail", "First day next Monday",
      "Arrival time and course book answered; 'books are handed out on the first morning' is logistics, not a promise.",
      cu("11-05 20:30", """Hello,

I start the General English course next Monday (9 November) and I'm a bit nervous! What time should I arrive on the first day, and do I have to buy the course book before I come?

Thank you,
Inês"""),
      ag("freya", "11-06 09:00", """Hi Inês,

No need to be nervous - everyone's new on a Monday! Please come to reception at 8:45; you'll have a short speaking check and then join your class at 9:30. Course books are handed out in class on the first morning, and they're already included in your fee.

See you on Monday,
Freya""")),

    C("o29-clarke-sister-followup", "en", "closed", {"unanswered-question": 1},
      "Rebecca Clarke <becky.clarke@example.org>", "gmail", "Christmas break dates",
      "Christmas dates answered; the follow-up question about her sister joining gets only a pleasantry back.",
      cu("11-02 13:00", """Hi,

Quick one: what are the dates of the Christmas break for the Tuesday evening German group?

Becky"""),
      ag("kwame", "11-02 15:30", """Hi Becky,

The last class before Christmas is on Tuesday 15 December, and we're back on Tuesday 5 January.

Kind regards,
Kwame"""),
      cu("11-02 16:10", """Thanks Kwame! One more thing - my sister wants to join the same group in January. Can she just come along on the 5th, or does she need to do the placement test first?

Becky""", uq=1),
      ag("kwame", "11-03 09:00", """You're welcome, Becky - have a lovely break when it comes!

Kwame""")),

    C("o30-hughes-old-client", "en", "closed", {},
      "Gwen Hughes <gwen.hughes@example.net>", "oldclient", "Spanish for beginners",
      "Retired beginner on an old mail client; her second mail has no Message-ID. Both mails fully answered.",
      cu("11-03 10:20", """Good morning,

I am 71 and would like to start Spanish lessons for beginners, as my husband and I have bought a little flat near Alicante. Is there a daytime group for complete beginners? I do not drive, so I would also like to know which buses stop near the school.

Regards,
Gwen Hughes"""),
      ag("freya", "11-03 12:15", """Dear Gwen,

How lovely - Alicante is beautiful. Our Spanish Beginners 1 group meets on Wednesday mornings from 10:00 to 12:00, and there are several retired students in it. Buses 1, 1A and 6 stop on Western Road, two minutes' walk from our door.

Kind regards,
Freya"""),
      cu("11-03 14:00", """Dear Freya,

Thank you, that sounds ideal. How do I enrol? I would prefer not to pay on the internet.

Regards,
Gwen""", msgid=False, note="Gwen Hughes's second mail (how to enrol without paying online), sent without a Message-ID"),
      ag("freya", "11-03 16:40", """Dear Gwen,

You can enrol in person at reception (Monday to Friday, 8:30-17:30) and pay by card or cheque there - no internet needed. The next group starts on 18 November.

Kind regards,
Freya""")),

    C("o31-finch-invoice-copy", "en", "closed", {},
      "Laura Finch <laura.finch@meridianpharma.example>", "owa", "Invoice request",
      "Same subject as another customer's case; copy attached and PO number given in one line, reply tagged [Resolved]; thanks-only reply.",
      cu("11-05 11:10", """Hello,

Please send a copy of invoice OST-INV-10291 (October, in-company French lessons) - our system has lost the attachment. Could you also confirm which PO number it was raised against? I have two open POs for Ostara.

Many thanks,
Laura Finch
Accounts Payable, Meridian Pharma UK"""),
      ag("priya", "11-05 13:45", """Dear Laura,

Copy attached - it was raised against PO 4500218873.

Best regards,
Priya""", subject="[Resolved] RE: Invoice request", closes=True,
         attach=[("application/pdf", "OST-INV-10291.pdf", INVOICE_MERIDIAN_PDF)]),
      cu("11-05 14:02", """Received, thank you!

Laura Finch
Accounts Payable, Meridian Pharma UK""", subject="RE: [Resolved] RE: Invoice request", thanks=True)),

    C("o32-oduya-template", "en", "pending", {"unanswered-question": 2},
      "Chidi Oduya <chidi.oduya@example.com>", "gmail", "German from zero by April",
      "Three questions inside a long paragraph; a templated reply with links covers the group-plus-private combination only.",
      cu("11-17 08:15", """Hello,

I'm a software developer and I'm moving to Munich for a new job in April, so I need to get my German from basically zero to something usable in about four months. I've seen that you do intensive courses and private tutoring, and I'm trying to work out which makes more sense. Would a combination of both work, say group classes in the evening plus one private lesson a week? Is there any kind of discount if I book everything for four months up front? I'd also like to know if your certificates are recognised by German employers or whether I need a Goethe exam for that.

Thanks,
Chidi""", uq=2),
      ag("kwame", "11-17 11:30", """Dear Chidi,

Thank you for your interest in Ostara Language School!

We offer German at all levels, from complete beginner (A1) to advanced (C1). You can find our current group timetables, private tutoring options and prices here: https://ostaralanguages.example/courses/german?utm_source=email&utm_campaign=enquiry

Combining a group course with private tutoring is very popular with students who need to progress quickly, and many of our learners do exactly that.

To get started, please book your free placement test: https://ostaralanguages.example/placement?lang=de

Kind regards,
Kwame""")),

    C("o33-bonnet-examen-inline", "fr", "closed", {},
      "Mathieu Bonnet <mathieu.bonnet@example.com>", "thunderbird", "Questions pratiques B2 First",
      "Three practical exam questions answered inline in French, the last one by explaining why it does not apply.",
      cu("11-04 08:20", """Bonjour,

Je passe le Cambridge B2 First chez vous en décembre et j'ai quelques questions pratiques :

Quelles pièces d'identité faut-il apporter le jour de l'examen ?
Au bout de combien de temps arrivent les résultats ?
Est-ce qu'on peut écrire au stylo ou seulement au crayon ?

Merci,
Mathieu"""),
      ag("camille", "11-04 10:05", """Bonjour Mathieu,

> Quelles pièces d'identité faut-il apporter le jour de l'examen ?

Votre passeport ou votre carte d'identité en cours de validité - l'original, pas une photocopie.

> Au bout de combien de temps arrivent les résultats ?

Trois à quatre semaines pour la version sur ordinateur.

> Est-ce qu'on peut écrire au stylo ou seulement au crayon ?

L'examen se passe sur ordinateur, vous n'aurez donc besoin ni de l'un ni de l'autre ; on vous fournit du papier brouillon.

Bonne préparation !
Camille""", quote=False),
      tz=1),

    C("o34-ruiz-presupuesto", "es", "closed", {"missed-follow-up": 1},
      "Andrés Ruiz <andres.ruiz@academiaebro.example>", "gmail_es", "Grupo de verano 2027",
      "Spanish agency: the group-leader question answered, the quote promised for Monday ('te lo mando el lunes') arrives on Wednesday.",
      cu("11-05 10:00", """Hola, Javier:

Somos una academia de Zaragoza y cada verano mandamos a Inglaterra un grupo de unos 20 alumnos de 14 a 16 años. ¿Nos podéis pasar un presupuesto para julio de 2027, tres semanas, con familia y actividades? ¿Hacéis algún descuento para el monitor que los acompaña?

Un saludo,
Andrés Ruiz
Academia Ebro Idiomas"""),
      ag("javier", "11-05 12:30", """Hola, Andrés:

¡Qué bien que penséis en nosotros para el verano! El monitor acompañante no paga ni curso ni alojamiento: por cada 15 alumnos hay una plaza gratuita. Para el presupuesto necesito los precios de 2027, que dirección aprueba este viernes; te lo mando el lunes.

Un saludo,
Javier""", promises=[("11-09", 3)]),
      ag("javier", "11-11 09:40", """Hola, Andrés:

Perdona el retraso. Te adjunto el presupuesto para 20 alumnos y 2 monitores, del 5 al 24 de julio de 2027, válido hasta el 31 de enero.

Un saludo,
Javier""", attach=[("application/pdf", "presupuesto-P-2027-031.pdf", PRESUPUESTO_PDF)]),
      tz=1),

    C("o35-weber-out-of-office", "en", "closed", {},
      "Claire Weber <claire.weber@fenwick-legal.example>", "outlook", "Private English for our new trainee",
      "Tutor and first lesson answered in one reply; the customer's own out-of-office reply follows it.",
      cu("11-02 09:15", """Hello,

We've booked 10 hours of private English for our new trainee, Luis Moreno. Could you let me know who his tutor will be and when the first lesson is? I need to put it in his induction schedule.

Best regards,
Claire Weber
Office Manager, Fenwick Legal LLP"""),
      ag("kwame", "11-02 12:00", """Dear Claire,

Luis will be working with Sarah Pennington, one of our legal English specialists. His first lesson is on Thursday 5 November at 16:00 at your office, then every Thursday at the same time.

Kind regards,
Kwame"""),
      auto("11-02 12:01", """Thank you for your email. I am out of the office until Wednesday 4 November with no access to email. For anything urgent please contact reception@fenwick-legal.example or call 01273 555 019.

Claire Weber
Office Manager, Fenwick Legal LLP""", quote=False, subject="Automatic reply: RE: Private English for our new trainee")),

    C("o36-kaur-strike-base64", "en", "closed", {},
      "Simran Kaur <simran.kaur@example.com>", "android", "Bus strike",
      "Short base64-encoded mail from Outlook for Android about missing class in a strike; answered.",
      cu("11-06 07:30", """Hi, I'm on the 8:45 intensive and my bus is cancelled because of the strike today and Monday. Will the lessons I miss be recorded or can I join online? Thx

Simran

Get Outlook for Android""", cte="base64"),
      ag("kwame", "11-06 08:10", """Hi Simran,

On strike days every class is streamed, so you won't miss anything. The Zoom link for your class is in the student app under "Today" - log in at 8:45 as usual and your teacher will let you in.

Kind regards,
Kwame""")),

    C("o37-volkova-double-chase", "en", "pending", {"customer-chased": 2, "slow-first-response": 1},
      "Irina Volkova <irina.volkova@example.com>", "gmail", "Transfer to IELTS preparation",
      "Course transfer request chased twice (the second chase with a References gap) before one full answer.",
      cu("11-09 10:00", """Dear Sir or Madam,

I would like to transfer from the General English course to the IELTS preparation course from next month, because my university offer is conditional on IELTS 6.5. Is this possible, and will I have to pay the difference in price?

Kind regards,
Irina Volkova"""),
      cu("11-11 12:30", """Hello, I'm following up on my email below about the course transfer. Could someone please reply?

Irina""", parent=1, chase=True),
      cu("11-13 09:00", """Hello again,

I still haven't had an answer. The IELTS course starts on 30 November, so I need to know soon.

Irina Volkova""", parent=2, refs=[1], chase=True),
      ag("kwame", "11-13 17:45", """Dear Irina,

I'm very sorry you've had to write three times - your emails were filed under the wrong course. Yes, you can transfer: from 30 November you'll be in the IELTS preparation class (mornings, 9:00-12:30). It costs £20 a week more than General English, so for your remaining six weeks the difference is £120, payable in your student account.

Kind regards,
Kwame"""),
      tz=2),

    C("o38-becker-gastfamilie", "de", "closed", {"unanswered-question": 1},
      "Monika Becker <monika.becker@example.com>", "outlook_de", "Gastfamilie ohne Haustiere",
      "German mother: cat allergy handled; the request for an invoice in her own name is not answered.",
      cu("11-04 09:00", """Sehr geehrte Damen und Herren,

meine Tochter Lena (19) beginnt am 4. Januar den Intensivkurs Englisch (8 Wochen) und wohnt in einer Ihrer Gastfamilien. Sie hat eine starke Katzenallergie. Können Sie sicherstellen, dass in der Familie keine Haustiere leben?

Zudem bitte ich um eine Rechnung auf meinen Namen, da ich den Kurs bezahle und nicht Lena.

Mit freundlichen Grüßen
Monika Becker""", uq=1),
      ag("lotte", "11-04 11:20", """Sehr geehrte Frau Becker,

vielen Dank für den Hinweis. Ich habe Lenas Allergie in ihrem Unterkunftsprofil vermerkt; unser Unterkunftsteam vermittelt sie nur an eine Familie ohne Haustiere. Die Adresse der Familie erhält Lena wie alle Studierenden spätestens zwei Wochen vor Kursbeginn.

Mit freundlichen Grüßen
Lotte Brandt"""),
      tz=1),

    C("o39-lang-verschieben-inline", "de", "pending", {},
      "Florian Lang <florian.lang@example.com>", "thunderbird_de", "Online-Einzelunterricht Spanisch",
      "Two numbered questions answered inline in German: 'Erledigt' and a one-line rule.",
      cu("11-17 21:00", """Hallo,

ich habe zwei Fragen zu meinem Online-Einzelunterricht (Spanisch, Frau Gómez):

1. Kann ich die Stunde am 1. Dezember auf den 3. Dezember verschieben, gleiche Uhrzeit?
2. Wie kurzfristig darf ich eine Stunde absagen, ohne dass sie berechnet wird?

Danke!
Florian Lang"""),
      ag("lotte", "11-18 08:40", """Hallo Herr Lang,

> 1. Kann ich die Stunde am 1. Dezember auf den 3. Dezember verschieben, gleiche Uhrzeit?

Erledigt - Frau Gómez hat am 3. Dezember um 19 Uhr Zeit, die neue Einladung ist in Ihrem Kalender.

> 2. Wie kurzfristig darf ich eine Stunde absagen, ohne dass sie berechnet wird?

Bis 24 Stunden vorher ist die Absage kostenlos.

Viele Grüße
Lotte Brandt""", quote=False),
      tz=1),

    C("o40-thornton-end-of-day", "en", "closed", {"missed-follow-up": 1},
      "Graham Thornton <g.thornton@thornton-estates.example>", "outlook", "French lessons for two",
      "Lessons for a couple: yes, and the price for 12 hours promised 'by end of day' - never sent.",
      cu("11-09 09:30", """Hi,

My wife and I are off to Lyon for three months in the spring and we'd like some French lessons together beforehand. Do you do private lessons for two people? And what would 12 hours cost?

Best,
Graham Thornton"""),
      ag("kwame", "11-09 11:45", """Hi Graham,

Yes, we do - lessons for two are very popular with couples in your situation. I'll get the price for 12 hours from our French coordinator and send it over by end of day.

Kind regards,
Kwame""", promises=[("11-09", None)])),
]

CASES += [
    C("o41-petrov-thursday-slot", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Stefan Petrov <stefan.petrov@example.com>", "gmail", "Moving my private lessons to Thursdays",
      "Slot change deferred 'get back to you on Monday' and never followed up; the invoicing request in the same mail is ignored.",
      cu("11-05 13:00", """Hello,

I've really enjoyed my Tuesday private lessons with Mr Okafor, but from December my Tuesdays are taken by a training course at work. Could I move to Thursdays at the same time (18:00) and keep Mr Okafor as my teacher? Also, please add my December lessons to the same invoice as November, so my company pays them all at once.

Thanks,
Stefan""", uq=1),
      ag("kwame", "11-05 16:20", """Hello Stefan,

Thanks for letting us know in good time. I'll check whether Mr Okafor can take the Thursday 18:00 slot and get back to you on Monday.

Kind regards,
Kwame""", promises=[("11-09", None)])),

    C("o42-ncube-saturday-group", "en", "pending", {},
      "Thandi Ncube <thandi.ncube@example.com>", "apple", "Switching to the Saturday Italian group",
      "The book question answered by admissions, who hands the place over to a colleague 'by tomorrow'; the colleague confirms next morning.",
      cu("11-16 10:00", """Hi Freya,

I'd like to change from the Wednesday evening Italian group to the Saturday morning one - my new job has late meetings on Wednesdays. Is there room in the Saturday group, and will my current book still work there?

Thanks,
Thandi"""),
      ag("freya", "11-16 12:30", """Hi Thandi,

The book is the same - both groups use Nuovo Espresso 2, and the Saturday group is only one unit ahead of yours. Kwame looks after the Saturday timetable; he'll confirm whether there's a place by tomorrow.

Best wishes,
Freya""", promises=[("11-17", 3)]),
      ag("kwame", "11-17 09:40", """Hi Thandi,

Yes, there's a place in the Saturday group (10:00-12:00). I've moved you across from this Saturday, 21 November, and let your Wednesday teacher know.

Kind regards,
Kwame""", parent=1)),

    C("o43-romero-carta", "es", "pending", {"unanswered-question": 1},
      "Lucía Romero <lucia.romero@example.com>", "gmail_es", "Carta para pedir excedencia",
      "Spanish student: the enrolment letter is attached, but the request for a Spanish-language certificate is not addressed.",
      cu("11-16 18:00", """Hola:

Estoy matriculada en el curso intensivo de inglés de enero a marzo y tengo que pedir una excedencia en el trabajo. ¿Me podríais mandar una carta que confirme las fechas del curso y las horas semanales? Y otra cosa: necesito también el certificado de matrícula en español, porque mi empresa no acepta documentos en inglés sin traducción jurada.

Muchas gracias,
Lucía Romero""", uq=1),
      ag("javier", "11-17 09:30", """Hola, Lucía:

Te adjunto la carta: curso intensivo del 11 de enero al 26 de marzo de 2027, 25 horas semanales. Lleva la firma de la directora y el sello de la escuela.

Un saludo,
Javier""", attach=[("application/pdf", "carta-matricula-romero.pdf", CARTA_PDF)]),
      tz=1),

    C("o44-soler-nivel-html", "es", "closed", {},
      "Jordi Soler <jordi.soler@example.com>", "iphone", "Cambio de nivel",
      "Spanish student on iPhone (multipart/alternative, quoted-printable): level change answered and done.",
      cu("11-02 22:10", """Hola Javier,

Quería saber si puedo cambiar mi curso de inglés online del nivel B1 al B2. Mi profesora me ha dicho que estoy preparado. ¿Hay que hacer otra prueba de nivel o basta con su recomendación?

Gracias,
Jordi

Enviado desde mi iPhone""", kind="alt"),
      ag("javier", "11-03 09:10", """Hola, Jordi:

¡Enhorabuena! Basta con la recomendación de tu profesora, no hace falta otra prueba. Te he pasado al grupo B2 de los lunes y miércoles, a la misma hora, a partir del 9 de noviembre; el nuevo enlace de Zoom ya está en tu área de alumno.

Un saludo,
Javier"""),
      tz=1),

    C("o45-quinn-mock-speaking", "en", "closed", {"unanswered-question": 1},
      "Fiona Quinn <fiona.quinn@example.com>", "thunderbird", "Mock speaking test before C1",
      "Mock speaking test: whether, when and how much answered; 'can I do it with a partner I already know?' in the same sentence is not.",
      cu("11-03 17:40", """Hello,

I've got my Cambridge C1 Advanced exam on 12 December and I'm panicking a bit about the speaking part. Do you offer one-off mock speaking tests with feedback? If so, how much is one and can I do it with a partner I already know from my class?

Many thanks,
Fiona""", uq=1),
      ag("nadia", "11-04 10:00", """Hi Fiona,

We run mock speaking tests every Saturday in December, with two examiners and written feedback against the Cambridge criteria. It's £35 per person, and you can book a slot in the student app under Exams.

Best of luck!
Nadia""")),

    C("o46-alsayed-laundry", "en", "pending",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Ahmed Al-Sayed <ahmed.alsayed@example.com>", "gmail", "Host family charging for laundry",
      "Laundry charge: 'I'll get back to you tomorrow' kept five days late after a chase; the homestay-rules document is never sent.",
      cu("11-10 20:00", """Hello Dominic,

My host family is charging me £15 a week for laundry. Is this allowed? I thought laundry was included in the homestay fee. Also, could you send me the homestay rules document? I never got one when I arrived.

Ahmed""", uq=1),
      ag("dominic", "11-11 09:30", """Hi Ahmed,

One load of laundry a week is included in every Ostara homestay, so your hosts shouldn't be charging you for that. I'll speak to them today and get back to you tomorrow.

Best,
Dominic""", promises=[("11-12", 4)]),
      cu("11-16 19:30", """Hi Dominic,

I'm still waiting to hear back after you spoke to my host family. They asked me for the £15 again yesterday. What should I do?

Ahmed""", chase=True),
      ag("dominic", "11-17 10:15", """Hi Ahmed,

Sorry for the silence. I've now spoken to Mrs Hill: there was a misunderstanding about the extra towels she washes for you, and she agrees the weekly load is included. You don't need to pay the £15, and she'll return what you've paid so far.

Best,
Dominic""")),

    C("o47-mendes-agency", "en", "closed", {},
      "Carla Mendes <carla@mendes-travel.example>", "gmail", "Alves brothers - January",
      "Agency mail with a '?' URL and a disclaimer in the signature (multipart/alternative); class placement and price list both answered, out of order.",
      cu("11-04 15:00", """Hi Freya,

We have two students, Bruno and Tiago Alves, booked for General English from 18 January. Can you confirm they will be placed in the same class if their test results are similar? Also please send us the updated 2027 agent price list.

Best regards,
Carla Mendes
Mendes Travel & Study
Questions about studying abroad? https://mendes-travel.example/contact?lang=en&src=sig
This email and any files transmitted with it are confidential. If you have received it in error, please notify the sender and delete it.""", kind="alt"),
      ag("freya", "11-04 17:00", """Hi Carla,

The 2027 agent price list is attached. As for the Alves brothers: if their placement results are within one level of each other we'll put them in the same class - we'd only split them if one of them would clearly be bored or lost.

Best wishes,
Freya""", attach=[("application/pdf", "ostara-agent-prices-2027.pdf", AGENT_PRICES_PDF)])),

    C("o48-moreau-relance", "fr", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Julien Moreau <julien.moreau@example.com>", "apple_fr", "Transfert vers le cours du mercredi",
      "Price of a course transfer promised 'd'ici jeudi', never sent; 'Je me permets de vous relancer' a week later gets no reply.",
      cu("11-09 11:00", """Bonjour Camille,

Suite à notre échange au téléphone, je vous confirme que je souhaite transférer mon inscription du cours de japonais du samedi vers le cours du mercredi soir, à partir de janvier. Pouvez-vous me dire si le tarif est le même ?

Merci,
Julien Moreau"""),
      ag("camille", "11-09 14:20", """Bonjour Julien,

C'est noté pour le transfert. Le cours du mercredi étant un peu plus long, je vérifie le tarif avec la comptabilité et je reviens vers vous d'ici jeudi.

Bien cordialement,
Camille""", promises=[("11-12", None)]),
      cu("11-17 10:00", """Bonjour Camille,

Je me permets de vous relancer : je n'ai pas eu de nouvelles au sujet du tarif, et le paiement pour janvier est demandé avant le 1er décembre.

Cordialement,
Julien Moreau""", chase=True),
      tz=1),

    C("o49-harrison-inhouse-admin", "en", "pending", {"unanswered-question": 2},
      "Rachel Harrison <rachel.harrison@bellwether-insurance.example>", "outlook", "In-company Spanish - admin points",
      "Four admin points in one paragraph (cc to her director); attendance reports and certificates answered, monthly invoicing and replacing a participant not.",
      cu("11-17 09:00", """Dear Kwame,

Thank you for a great first month of the in-company Spanish course - the team are really enjoying it. Our L&D director has asked me to sort out a few admin points before the new year, so apologies for the long list. We need a short attendance report for each participant every month, as we have to justify the training budget. Could we move from termly to monthly invoicing from January, to match our budget cycle? Daniel Frost is leaving the company at Christmas, and we'd like to replace him with a colleague, Aisha Khan, who is at a similar level - would that be possible without her repeating the placement test? And finally, will participants get a certificate at the end of the course?

Kind regards,
Rachel Harrison
Learning & Development Coordinator
Bellwether Insurance""", uq=2, cc="Mark Ellison <mark.ellison@bellwether-insurance.example>"),
      ag("kwame", "11-17 13:20", """Dear Rachel,

Lovely to hear the group is enjoying it. Attendance reports are no problem: the teacher records attendance in our system anyway, so from December a monthly report per participant will come to you automatically on the first working day of each month. And everyone who attends at least 80% of the sessions receives an Ostara certificate with their CEFR level at the end of the course.

Kind regards,
Kwame""", cc="Mark Ellison <mark.ellison@bellwether-insurance.example>")),

    C("o50-baptiste-missed-worksheets", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Marie-Claire Baptiste <mc.baptiste@example.com>", "gmail", "Missed classes last week",
      "Worksheets promised 'as soon as I have them' (2-day window) never sent; the visa-attendance worry is not addressed.",
      cu("11-02 19:00", """Hi,

I was off sick last week and missed three days of my General English class. Could you ask my teacher to send me the worksheets we did, so I can catch up? And I was wondering whether the absence will affect my attendance for the visa - I've been told I need 90%.

Thanks,
Marie-Claire""", uq=1),
      ag("nadia", "11-03 09:30", """Hi Marie-Claire,

Sorry to hear you were ill - I hope you're feeling better. I've asked Joe to put together last week's worksheets, and I'll send them to you as soon as I have them.

Best,
Nadia""", promises=[("window", None)])),

    C("o51-patel-training-plan", "en", "closed", {"unanswered-question": 1},
      "Sanjay Patel <sanjay@patel-accountants.example>", "gmail", "2027 training plan",
      "Three requests as a bulleted list; prices and evening sessions answered, the sample syllabus is not.",
      cu("11-05 10:30", """Morning,

I'm putting together a training plan for the practice for 2027 and need a few bits from you:
- your 2027 prices for private tutoring (English for accountants, ideally)
- whether you offer evening sessions online
- a sample lesson plan or syllabus for business/finance English, if you have one

Cheers,
Sanjay Patel
Patel & Co Chartered Accountants""", uq=1),
      ag("kwame", "11-05 14:00", """Hi Sanjay,

Our 2027 private tutoring rate is £46 an hour, or £44 if you book a block of 20. We teach online until 21:00 on weekdays, so evening sessions are no problem.

Kind regards,
Kwame""")),

    C("o52-lindahl-receipt-ps", "en", "closed", {"unanswered-question": 1},
      "Oskar Lindahl <oskar.lindahl@example.com>", "apple", "Thursday conversation class",
      "First question answered; a PS asking for a receipt in the thank-you mail is passed over by the agent's next mail, an unrelated room change.",
      cu("11-03 08:00", """Hello,

Could you tell me whether the Thursday evening conversation class is running next week? I heard the teacher is away.

Oskar"""),
      ag("freya", "11-03 09:15", """Hi Oskar,

It's running as usual - Ms Patel is covering for Mr Hughes next Thursday.

Best wishes,
Freya"""),
      cu("11-03 09:40", """Great, thank you Freya!

PS Is it possible to get a receipt for my course payment? My employer reimburses half of it.

Oskar""", uq=1),
      ag("freya", "11-04 16:00", """Hi Oskar,

Just a heads-up: because of the building work, Thursday's conversation class will be in Room 5 on the first floor instead of the café.

Best wishes,
Freya""")),

    C("o53-costa-deposit-chase", "en", "pending",
      {"customer-chased": 1, "unanswered-question": 1, "slow-first-response": 1},
      "Daniela Costa <daniela.costa@example.com>", "gmail", "Deposit invoice",
      "Deposit invoice chased after four days; the reply attaches it but ignores the new question in the chase (Wise or SWIFT).",
      cu("11-12 10:00", """Hello,

I have been accepted for the 12-week General English course from January. Could you send me the invoice for the deposit so I can pay it from my Brazilian bank account?

Daniela Costa"""),
      cu("11-16 09:00", """Hello again,

I'm still waiting for the deposit invoice. Also, do you accept payment by Wise, or does it have to be a SWIFT transfer? My bank charges a lot for SWIFT.

Daniela""", parent=1, chase=True, uq=1),
      ag("priya", "11-16 15:30", """Dear Daniela,

Apologies for the wait. Your deposit invoice (£300) is attached; it's due by 4 December.

Best regards,
Priya""", attach=[("application/pdf", "OST-INV-10577.pdf", DEPOSIT_PDF)]),
      tz=-3),

    C("o54-ellis-residence", "en", "pending", {"unanswered-question": 1},
      "Megan Ellis <megan.ellis@example.com>", "iphone", "Homestay to residence",
      "Two questions from a phone; the move is answered with a conditional offer ('let me know by Friday and I'll confirm'), breakfast is not.",
      cu("11-18 07:10", """Hiya, can I swap my homestay for the student residence from January? And if I do, would I still get breakfast? Ta, Megan

Sent from my iPhone""", uq=1),
      ag("dominic", "11-18 11:45", """Hi Megan,

Yes, you can move to Kemp House residence from 4 January - I've put a hold on a single room for you. Let me know by Friday if you want it and I'll confirm the booking.

Best,
Dominic""")),

    C("o55-bakshi-shorter-course", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Vikram Bakshi <vikram.bakshi@example.com>", "owa", "Changing to a shorter course",
      "Transfer to a shorter course: refund-or-credit answered, the exact refund promised 'tomorrow' never comes, the homestay cancellation is ignored.",
      cu("11-04 12:00", """Hello,

I'd like to transfer from the 10-week General English course to the 6-week one, as I have to go home earlier than planned. Can I get a refund for the four weeks I won't use, or only a credit? And please cancel my homestay from 12 December as well.

Regards,
Vikram Bakshi""", uq=1),
      ag("priya", "11-04 15:10", """Dear Vikram,

As you're giving more than two weeks' notice, the four unused weeks are refunded rather than credited, minus our £50 transfer fee. I'll send you the refund confirmation with the exact amount tomorrow.

Best regards,
Priya""", promises=[("11-05", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "o02-harcourt-inhouse": [
        "Please also send me your terms and conditions for corporate contracts, as our procurement team will want to see them before we sign anything."],
    "o05-demir-visa-letter": [
        "I was wondering whether you can also post me the signed original, because the agency that checks my documents says they prefer paper.",
        "And what is the latest date I can pay the remaining course fee - is it before or after the visa decision?"],
    "o08-lefevre-cours-matin": [
        "merci de refaire la facture au nom de la société, Atelier Lefèvre SARL, 14 rue des Tanneurs, 76000 Rouen."],
    "o14-ferrer-c1-online": [
        "Además, necesito que la factura salga a nombre de la empresa, Frutas Levante S.L., con el CIF B46123456, porque el curso lo bonifica Fundae."],
    "o16-osei-homestay-move": [
        "Also, is it possible to have a lock on my bedroom door?"],
    "o19-morales-shift-work": [
        "I also wanted to ask whether any of your tutors specialise in medical English, as that's what I mostly need for work."],
    "o25-adeyemi-instalment": [
        "Can I pay the second instalment in January instead of December?"],
    "o29-clarke-sister-followup": [
        "Can she just come along on the 5th, or does she need to do the placement test first?"],
    "o32-oduya-template": [
        "Is there any kind of discount if I book everything for four months up front?",
        "I'd also like to know if your certificates are recognised by German employers or whether I need a Goethe exam for that."],
    "o38-becker-gastfamilie": [
        "Zudem bitte ich um eine Rechnung auf meinen Namen, da ich den Kurs bezahle und nicht Lena."],
    "o41-petrov-thursday-slot": [
        "Also, please add my December lessons to the same invoice as November, so my company pays them all at once."],
    "o43-romero-carta": [
        "necesito también el certificado de matrícula en español, porque mi empresa no acepta documentos en inglés sin traducción jurada."],
    "o45-quinn-mock-speaking": [
        "can I do it with a partner I already know from my class?"],
    "o46-alsayed-laundry": [
        "Also, could you send me the homestay rules document?"],
    "o49-harrison-inhouse-admin": [
        "Could we move from termly to monthly invoicing from January, to match our budget cycle?",
        "we'd like to replace him with a colleague, Aisha Khan, who is at a similar level - would that be possible without her repeating the placement test?"],
    "o50-baptiste-missed-worksheets": [
        "And I was wondering whether the absence will affect my attendance for the visa - I've been told I need 90%."],
    "o51-patel-training-plan": [
        "a sample lesson plan or syllabus for business/finance English, if you have one"],
    "o52-lindahl-receipt-ps": [
        "Is it possible to get a receipt for my course payment?"],
    "o53-costa-deposit-chase": [
        "Also, do you accept payment by Wise, or does it have to be a SWIFT transfer?"],
    "o54-ellis-residence": [
        "And if I do, would I still get breakfast?"],
    "o55-bakshi-shorter-course": [
        "And please cancel my homestay from 12 December as well."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"OST-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
        refs = o.pop("refs", None)
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True),
                  "refs": [f"{case.name}.{n}" for n in refs] if refs is not None else None}
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=HELLO, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", HELLO),
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


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none for ``msgid=False``) and raw bytes, parents
    first (mailcraft.render_corpus, except that a message may lack a Message-ID)."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to)]
        if m.cc:
            headers.append(("Cc", m.cc))
        headers += [("Subject", m.subject), ("Date", email.utils.format_datetime(m.date))]
        m.raw = mailcraft.build(m, headers + m.extra, by_key, PROFILE)


def build_cases() -> list[Case]:
    """Every case with its messages rendered (Message-IDs, raw bytes, own text) and the
    unanswered-question facts attached to the customer message that asks each question."""
    for case in CASES:
        case.msgs = materialise(case)
    render([m for c in CASES for m in c.msgs])
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
        if sum(len(m.uq) for m in c.msgs) != len(c.uq):
            out.append(f"{c.name}: a labelled question is asked in no customer message")
        for q in c.uq:
            if not any(q in m.own for m in c.msgs if m.role == "customer"):
                out.append(f"{c.name}: labelled question {q!r} is in no customer message")
        for m in c.msgs:
            if m.role in ("customer", "auto") and len(m.uq) != m.asks_unanswered:
                out.append(f"{m.key}: asks {m.asks_unanswered} unanswered questions, labels hold {len(m.uq)}")
            if not m.msgid and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    for name in UNANSWERED:
        if name not in names:
            out.append(f"UNANSWERED names an unknown case {name}")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 46: Ostara Language School - cases",
                                 "make_practice46_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures (computed from the cases) and what the corpus
    contains by design."""
    msgs = [m for c in cases for m in c.msgs]
    inbox = [m for m in msgs if m.role in ("customer", "auto")]
    replies = [m for m in msgs if m.role == "agent"]
    acks = [m for m in msgs if m.role == "ack"]
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    findings = Counter()
    for c in cases:
        findings.update(c.rules)
    asking = [c for c in cases if c.uq]
    lang_text = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in langs.most_common())
    status_text = ", ".join(f"{n} {k}" for k, n in statuses.most_common())
    rule_text = ", ".join(f"{r} {findings[r]}" for r in RULES if findings[r])
    return f"""# Practice corpus 46: Ostara Language School support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Ostara Language School**, a language school in Brighton selling group courses,
  private tutoring, exam preparation and online classes: placement tests, timetables,
  invoices, visa letters, refunds, course transfers, certificates, teacher changes and
  homestay accommodation. Support address `hello@ostaralanguages.example`; agents Freya
  Lindqvist (admissions and student services), Kwame Mensah (courses and timetables), Priya
  Raman (accounts and fees), Dominic Hale (accommodation), Nadia Kowalski (visas, exams and
  certificates), Lotte Brandt (German-speaking students), Camille Roussel (French-speaking
  students) and Javier Olmedo (Spanish-speaking students), all `@ostaralanguages.example`.
  A helpdesk robot (`hello@ostaralanguages.example`, `Auto-Submitted: auto-replied`)
  acknowledges a few tickets with "we will reply within 24 hours" - service-hours text, not a
  commitment.
- Customers are students, parents, HR and accounts staff of companies, and study-abroad
  agencies, on `*.example` domains and example.com/.org/.net. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain ostaralanguages.example`.

```
python scripts/make_practice46_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice46_corpus.py --out /tmp/p46         # ... into another folder
python scripts/evaluate.py --corpus tests/practice46            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice46_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): questions and explicit requests in the customer's own text; an answer
in other words, inline, by a colleague or as an attachment is an answer; a question deferred
with a promise counts only as that promise; one `customer-chased` per chasing message.
`CASES.md` is the generated per-case table. This README is generated too (its figures are
computed from the cases). Do not edit generated files; edit the script and rerun it.

## Contents

- {len(cases)} cases, {len(msgs)} messages: {len(inbox)} in the inbox ({sum(m.role == 'customer' for m in inbox)} customer mails,
  {sum(m.role == 'auto' for m in inbox)} customer out-of-office reply), {len(replies)} support replies, {len(acks)} helpdesk acknowledgements.
- {len(clean)} clean cases ({round(100 * len(clean) / len(cases))} %).
- Languages: {lang_text}.
- Statuses: {status_text}.
- Expected findings: {rule_text}.
- Labelled unanswered questions: {findings['unanswered-question']} in {len(asking)} cases.

## By design

- **Several questions per mail**, in varied forms: numbered and bulleted lists (o01, o09,
  o39, o51), direct questions, indirect ones ("I was wondering whether", "Quisiera saber
  si", "could you let me know"), requests without a question mark ("Please also send me
  your terms and conditions", "merci de refaire la facture", "Zudem bitte ich um eine
  Rechnung", "And please cancel my homestay"), questions buried in long paragraphs (o05,
  o32, o49), a PS (o52), a new question inside a chaser (o53).
- **Answers in the agents' own words**: out of order in one paragraph (o01, o09, o47), with
  a bare time/place/"No need" inline under quoted lines (o04, o33, o39), with only a figure
  or a PO number (o31), an attachment (o05, o15, o43), a link (o01), by a colleague after a
  handover (o21, o42), after a chase (o07, o26, o27, o37, o46, o53).
- **Unanswered questions are the realistic kind**: a secondary request skipped (o02, o08,
  o14, o38, o41, o55), a neighbouring question answered instead (o25: the amount instead of
  moving the date), a templated reply (o32), half of a two-part sentence (o45), a follow-up
  question answered with a pleasantry (o29) or passed over by an unrelated update (o52), a
  question added to a chaser (o53).
- **Not questions**: a rhetorical question and a self-answered one (o17), questions and a
  `?` URL inside a forwarded agency confirmation in an HTML-only mail (o22), signatures with
  "Questions about studying abroad?" and `?` URLs (o47, and the agents' signatures),
  thanks-only mails (o01, o06, o15, o20, o23, o31), questions in the latest unanswered
  customer mail (awaiting-reply territory: o03, o10, o11, o18, o48).
- **Commitments**: kept on time (o23 "by tomorrow"; o21 and o42 handed to a colleague who
  delivers), kept late (o07 "tomorrow", o26 "bis Mittwoch", o34 "te lo mando el lunes", o46
  "tomorrow"), never kept (o03 "by Wednesday", o12 no date, o16 "by Friday", o40 "by end of
  day", o41 "on Monday", o48 "d'ici jeudi", o50 "as soon as I have them", o55 "tomorrow"),
  and a deadline still ahead at audit time (o24, Tuesday 24 November). Not commitments:
  logistics ("Course books are handed out in class on the first morning", o28; "the paper
  copy goes out in today's post", o07), process descriptions (o38, o49), conditional offers
  (o20, o54), the robot's "we will reply within 24 hours" (o10, o11, o18).
- **Chasing**: "Any news on the refund?", "Just following up", "I'm following up on my
  email below", "I still haven't had an answer" (o37 chases twice), "I'm still waiting",
  "gibt es schon Neuigkeiten?", "Je me permets de vous relancer" (o27, o48), and a
  word-for-word resend as a new mail with the same subject (o18).
- **Status and timing**: awaiting reply (o03, o10, o18, o48), a fresh case still inside the
  response target with only the acknowledgement (o11), slow first responses (o19 Friday to
  Monday, o27, o37, o53), an explicit close followed by a new request (o13, reopened), a
  `[Resolved]` tag followed by a thanks-only mail (o31, not reopened), three agents on one
  case (o21).
- **Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop (From:/Sent: and
  Von:/Gesendet: blocks, `RE:`/`AW:`), Outlook on the web, Outlook for Android, Apple Mail
  (en/fr), iPhone, Thunderbird (en/de), an old client; plain 7bit, quoted-printable, base64
  (o36), multipart/alternative (o44, o47, acknowledgements), HTML-only (o22); PDF and PNG
  attachments; a customer's out-of-office reply (o35); a reply without threading headers
  (o13), a References gap (o37), a message without Message-ID (o30), two customers with
  the same subject "Invoice request" (o13, o31), a Cc (o49), customers replying to their
  own mail to chase (o27, o37, o53).

## Judgement calls

- **Deferral is not an unanswered question** (o03, o12, o16, o40, o41, o48, o55): the
  question deferred with a promise is labelled only as `missed-follow-up` when the promise
  is broken; other questions of the same mail that the reply does not touch are labelled.
- **o25**: "Can I pay the second instalment in January instead of December?" is met with
  the amount and how to pay - an answer to the neighbouring question, so labelled.
- **o45**: "If so, how much is one and can I do it with a partner I already know from my
  class?" - the price is answered, the partner half is labelled on its own.
- **o54**: "Let me know by Friday if you want it and I'll confirm the booking" depends on
  the customer's answer: a conditional offer, not a promise.
- **o49**: "from December a monthly report ... will come to you automatically" describes a
  future arrangement, not a promise to write back.
- **o21**: Freya's handover ("Priya ... will write to you about the payments, and Dominic
  about your room") is two promises without a date, both kept inside the 2-day window.
- **o29, o52**: the agent's later mail comes after the new question and does not address it
  (a pleasantry, an unrelated room change), so the question is labelled, not
  `awaiting-reply`.

## Independence

Written from the corpus-author brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py
(structure only) and tests/test_practice24_corpus.py. Not opened: `happyaudit/`, the README's
method/accuracy sections, any other test or corpus. All labels were fixed before the single
evaluation run and none was changed after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.ostaralanguages.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip, messages missing or doubled."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    all_msgs = [m for c in cases for m in c.msgs]
    if len(inbox) + len(sent) != len(all_msgs):
        found.append(f"{len(inbox) + len(sent)} messages written, {len(all_msgs)} expected")
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent if p["Message-ID"]}
    no_id = [p for p in inbox + sent if not p["Message-ID"]]
    if len(no_id) != sum(not m.msgid for m in all_msgs):
        found.append("the number of messages without Message-ID is wrong")
    for m in all_msgs:
        if m.message_id is None:
            parsed = next((p for p in no_id if p["Date"] == email.utils.format_datetime(m.date)), None)
            if parsed is None:
                found.append(f"{m.key}: message without Message-ID not found")
                continue
            in_mbox = parsed in inbox
        else:
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
        raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice46 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
