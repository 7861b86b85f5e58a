#!/usr/bin/env python3
"""Regenerate ``tests/practice36/``: a labelled corpus of Rivermead Language School.

A support mailbox of a fictional language school in Reading (evening classes, intensive
summer courses, online lessons, exam preparation; enrolment, placement tests, timetables,
fees and instalments, refunds, certificates, homestay accommodation, visa letters), many of
whose students write in German, French or Spanish. Written without looking at the detection
heuristics. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``rivermeadlang.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is, with its statistics.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice36_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
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
SUPPORT_DOMAIN = "rivermeadlang.example"
OFFICE = "Rivermead Language School <hello@rivermeadlang.example>"
RULES = mailcraft.RULES
YEAR = 2026
TITLE = "Practice corpus 36: Rivermead Language School"

AGENTS = {
    "harriet": ("Harriet Okafor <harriet@rivermeadlang.example>", "thunderbird", """-- 
Harriet Okafor
Admissions | Rivermead Language School
14 Wharf Lane, Reading RG1 8EQ | +44 118 496 0720
Book a placement test: https://rivermeadlang.example/placement?src=sig"""),
    "daniel": ("Daniel Pryce <daniel@rivermeadlang.example>", "outlook", """Daniel Pryce
Timetables & Academic Office | Rivermead Language School
Need to change class? Log in at https://rivermeadlang.example/portal?tab=classes"""),
    "sunita": ("Sunita Rao <sunita@rivermeadlang.example>", "outlook", """Sunita Rao
Fees & Accounts | Rivermead Language School
This email and any attachments are confidential. If you have received it in error, please
tell us and delete it. Rivermead Language School Ltd, registered in England no. 04417762."""),
    "gwen": ("Gwen Tallis <gwen@rivermeadlang.example>", "apple", """Gwen Tallis
Accommodation Officer | Rivermead Language School
https://rivermeadlang.example/homestay?from=email"""),
    "tom": ("Tom Ashdown <tom@rivermeadlang.example>", "gmail", """--
Tom Ashdown
Exams & Certificates | Rivermead Language School
Exam dates 2027: https://rivermeadlang.example/exams?year=2027"""),
    "matthias": ("Matthias Brandt <matthias@rivermeadlang.example>", "thunderbird_de", """-- 
Matthias Brandt
Studienberatung (deutschsprachige Studierende) | Rivermead Language School
https://rivermeadlang.example/de?ref=signatur"""),
    "claire": ("Claire Dubois <claire@rivermeadlang.example>", "apple_fr", """Claire Dubois
Conseillère pédagogique (francophones) | Rivermead Language School
https://rivermeadlang.example/fr?utm_source=email"""),
    "lucia": ("Lucía Herrera <lucia@rivermeadlang.example>", "gmail_es", """--
Lucía Herrera
Atención a estudiantes (ES) | Rivermead Language School
+44 118 496 0733"""),
}

ACK = """Dear student,

Thank you for contacting Rivermead Language School. This is an automatic reply to let
you know that your message has been received (reference {ref}).

Our office is open Monday to Friday, 8.30am to 6pm, and we aim to reply within one
working day.

If your enquiry is about tonight's class, please call reception on +44 118 496 0700.

Rivermead Language School
https://rivermeadlang.example/contact?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Rivermead Office Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="rv.", outlook_server="AM7PR0")
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
    tz: float = 0
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The case's labelled unanswered questions (hand-written, in UNANSWERED)."""
        return UNANSWERED.get(self.name, [])


def cu(when: str, body: str, **opts) -> Spec:
    """A customer message at ``when`` ("MM-DD HH:MM", the customer's local time)."""
    return Spec("customer", when, body, opts)


def ag(who: str, when: str, body: str, **opts) -> Spec:
    """A reply by support agent ``who`` at ``when`` (Reading time, UTC in November)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str) -> Spec:
    """The office's automatic acknowledgement."""
    return Spec("ack", when, ACK, {})


def auto(when: str, body: str, **opts) -> Spec:
    """The customer's own automatic reply (out of office)."""
    return Spec("auto", when, body, opts)


def at(when: str, tz: float = 0) -> datetime:
    """``when`` ("MM-DD HH:MM") in 2026 at UTC offset ``tz`` hours."""
    day, hm = when.split()
    month, dom = map(int, day.split("-"))
    hour, minute = map(int, hm.split(":"))
    return datetime(YEAR, month, dom, hour, minute, tzinfo=timezone(timedelta(hours=tz)))


def end_of(day: str) -> datetime:
    """The end of ``day`` ("MM-DD") in Reading: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

CERT_PDF = mailcraft.pdf(["Rivermead Language School - Certificate of Achievement",
                          "Hélène Marchetti",
                          "Intensive General English, 7 September - 16 October 2026",
                          "Level achieved: B2 (CEFR). Signed: Dr A. Whitfield, Director"])
INVOICE_PDF = mailcraft.pdf(["Rivermead Language School - Invoice INV-7720",
                             "Bill to: Frances Whitlow, 22 Coley Avenue, Reading RG1 6LQ",
                             "Student: Isla Whitlow - GCSE French Booster (Saturdays)",
                             "Autumn term 2026: GBP 310.00"])
ATTENDANCE_PDF = mailcraft.pdf(["Rivermead Language School - Attendance report",
                                "Student: Kenji Watanabe, group 3B (General English, mornings)",
                                "October 2026: 76 of 80 hours attended (95%)",
                                "Signed and stamped by the Academic Office"])
VOUCHER_PDF = mailcraft.pdf(["Rivermead Language School - Invoice INV-7748",
                             "Beckett HR Solutions Ltd - 5 gift vouchers x GBP 150",
                             "Total GBP 750.00, payable within 14 days",
                             "Page 2: voucher codes RLS-GV-3391 to RLS-GV-3395"])
PASSPORT_PNG = mailcraft.png(14, 10, lambda x, y: (120 + 6 * x, 60 + 9 * y, 150))
LETTER_PDF = mailcraft.pdf(["Rivermead Language School - Letter of acceptance",
                            "Thandiwe Mokoena: General English, 16 weeks, 11 Jan - 30 Apr 2027",
                            "Tuition paid in full. Homestay: Okonkwo family, Tilehurst",
                            "Accredited by the British Council"])
ENROL_PDF = mailcraft.pdf(["Rivermead Language School - Confirmation of enrolment",
                           "Farid Rahimi: General English, 20 weeks from 11 January 2027",
                           "Tuition GBP 3,400 received in full on 2 November 2026",
                           "Signed: Dr A. Whitfield, Director"])
TIMETABLE_PDF = mailcraft.pdf(["Rivermead Language School - Evening courses, spring 2027",
                               "Mon: Spanish beginners, German A2, Arabic 1",
                               "Tue: French intermediate, Italian beginners, Polish A0",
                               "Thu: Spanish intermediate, Portuguese beginners, Japanese 1"])
REPORT_PDF = mailcraft.pdf(["Rivermead Language School - Progress report, autumn half-term",
                            "Archie Redfern, GCSE Spanish (Saturdays)",
                            "Speaking 7/9, Listening 6/9, Reading 7/9, Writing 5/9",
                            "Teacher: focus on past tenses in writing"])
CPE_PDF = mailcraft.pdf(["Rivermead Language School - Certificate of Attendance (copy)",
                         "Hannah Okoro - C2 Proficiency preparation, Jan - Jun 2024",
                         "120 hours attended", "Digital copy issued 2 November 2026"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("r01-spanish-improvers", "en", "closed", {},
      "Fiona Latham <fiona.latham@latham-family.example>", "gmail", "Spanish improvers next term",
      "Three questions about the next evening term answered in one paragraph, in reverse order.",
      cu("11-02 19:40", """Hi there,

I did the Spanish beginners' evening course with you last year (Ana's class on Mondays - lovely) and I'd like to carry on. A few things before I sign up.

Which evenings does the improvers' class run on next term? I also wondered when the January term actually starts, because I'm away until the 8th. And is it possible to pay the £285 in two goes rather than all at once?

Thanks very much,
Fiona Latham"""),
      ag("harriet", "11-03 09:50", """Hi Fiona,

Lovely to hear from you - Ana will be pleased. You can split the fee into two payments of £142.50, one on enrolment and the second by 15 February. Term starts on Monday 11 January, so you won't miss anything, and the improvers meet on Wednesdays, 6.30-8pm, in Room 4.

Best wishes,
Harriet""")),

    C("r02-placement-webcam", "en", "closed", {"unanswered-question": 1},
      "Kwame Mensah <kwame.mensah@example.net>", "gmail", "Placement test for January",
      "Placement test booked with a link and the length given; the webcam question is skipped; thanks-only close.",
      cu("11-04 08:15", """Good morning,

I would like to join the General English course from January but I'm not sure of my level - somewhere between B1 and B2 I think. Please book me in for the online placement test. How long does the test take? Will I need a webcam?

Best regards,
Kwame Mensah""", uq=1),
      ag("daniel", "11-04 11:30", """Dear Kwame,

I've set up your placement test - you can start it any time before 30 November here:
https://rivermeadlang.example/placement/start?code=KM-5528

Allow about 45 minutes; there are grammar, reading and listening sections, so have headphones ready. Your result appears in the student portal as soon as a teacher has marked it.

Kind regards,
Daniel"""),
      cu("11-04 12:02", """Brilliant, thanks Daniel - I'll do it at the weekend.

Kwame""", thanks=True)),

    C("r03-summer-intensive-inline", "en", "pending", {},
      "Jonas Eklund <jonas.eklund@fjordmail.example>", "thunderbird", "July 2027 intensive course",
      "A numbered list of four questions answered inline under each quoted line.",
      cu("11-16 21:05", """Hello,

I'm planning to come to Reading next summer for your intensive course. Some questions:

1. What are the dates for the July 2027 intensive?
2. How many hours per week are the lessons?
3. Is there an afternoon option, or only mornings?
4. Can I book just three weeks instead of four?

Thank you in advance,
Jonas Eklund
Uppsala, Sweden""", tz=1),
      ag("harriet", "11-17 10:20", """Hello Jonas,

Thanks for getting in touch - answers below.

> 1. What are the dates for the July 2027 intensive?

5 to 30 July 2027 (arrival on Sunday 4 July).

> 2. How many hours per week are the lessons?

Twenty, Monday to Friday.

> 3. Is there an afternoon option, or only mornings?

Mornings only, 9am-1pm. Afternoons are free, with optional activities three times a week.

> 4. Can I book just three weeks instead of four?

Yes - pro rata, £1,140 for three weeks instead of £1,480.

Best wishes,
Harriet""", quote=False)),

    C("r04-withdrawal-refund", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Oliver Brandreth <oliver.b@brandreth.example>", "outlook", "Withdrawal from Thursday Italian",
      "Refund figure promised 'by Wednesday' arrives the next Monday after an 'any news?': kept late = missed.",
      cu("11-09 08:40", """Hello,

Unfortunately I have to withdraw from the Thursday evening Italian class - my shifts at work have changed and I can't make 7pm any more. I've attended four of the ten sessions.

Am I entitled to a partial refund? If so, how long does it usually take to come through?

Regards,
Oliver Brandreth"""),
      ag("sunita", "11-09 14:05", """Dear Oliver,

Sorry to hear that. After a withdrawal for work reasons we refund the sessions still to come, less a £20 administration fee. I need to confirm the exact figure with the course director, as you joined in week two, and I'll come back to you by Wednesday.

Once it's approved, refunds go back to the original card and usually show within 5-7 working days.

Kind regards,
Sunita""", promises=[("11-11", 4)]),
      cu("11-16 09:12", """Hi Sunita,

Any news on the refund? I haven't heard anything since last Monday.

Oliver"""
         , chase=True),
      ag("sunita", "11-16 12:30", """Dear Oliver,

Apologies for the delay - the course director was away last week. The refund is approved: 6 sessions x £28.50 = £171, less the £20 fee, so £151. It was processed this morning to the card ending 4471.

Kind regards,
Sunita""")),

    C("r05-bildungsurlaub", "de", "closed", {"unanswered-question": 1},
      "Sabine Krüger <sabine.krueger@krueger-online.example>", "gmail_de", "Intensivkurs Juni 2027",
      "German enquiry: price and homestay answered; the confirmation needed for Bildungsurlaub is ignored.",
      cu("11-03 20:15", """Sehr geehrte Damen und Herren,

ich möchte im kommenden Juni zwei Wochen Intensivkurs Englisch bei Ihnen machen, am liebsten ab dem 7. Juni 2027. Was kostet der Kurs für zwei Wochen? Ist eine Unterbringung in einer Gastfamilie mit Halbpension möglich?

Da ich den Kurs als Bildungsurlaub beantragen möchte, bräuchte ich außerdem eine Bestätigung von Ihnen, dass der Kurs mindestens 30 Unterrichtsstunden pro Woche umfasst. Mein Arbeitgeber verlangt das bis Ende November.

Mit freundlichen Grüßen
Sabine Krüger""", uq=1, tz=1),
      ag("matthias", "11-04 09:30", """Liebe Frau Krüger,

vielen Dank für Ihr Interesse! Zwei Wochen Intensivkurs ab dem 7. Juni kosten 760 £, dazu kommt eine einmalige Einschreibegebühr von 60 £. Gastfamilien mit Halbpension (Frühstück und Abendessen) haben wir selbstverständlich, die Woche kostet 245 £; Sie wären dann etwa 20 Minuten mit dem Bus von der Schule entfernt.

Das Anmeldeformular finden Sie hier: https://rivermeadlang.example/de/anmeldung?kurs=intensiv

Viele Grüße
Matthias Brandt""")),

    C("r06-certificat-accent", "fr", "closed", {},
      "Hélène Marchetti <helene.marchetti@marchetti.example>", "apple_fr", "Certificat - erreur sur le prénom",
      "French student asks for a corrected certificate; the corrected PDF comes attached; thanks-only reply.",
      cu("11-05 10:12", """Bonjour,

J'ai terminé le cours intensif B2 en octobre et je viens de recevoir mon certificat, merci ! Petit souci : mon prénom est écrit « Helene », sans accents. Pourriez-vous m'en renvoyer un avec « Hélène » ? J'en ai besoin pour un dossier de candidature.

Bien cordialement,
Hélène Marchetti""", tz=1),
      ag("claire", "11-05 14:40", """Bonjour Hélène,

Toutes nos excuses pour cette erreur. Vous trouverez ci-joint le certificat corrigé, au format PDF et signé par la directrice. L'original papier est parti par la poste ce matin.

Bien à vous,
Claire Dubois""", attach=[("application/pdf", "certificat-Marchetti-corrige.pdf", CERT_PDF)]),
      cu("11-05 16:05", """Parfait, merci beaucoup pour votre rapidité !

Hélène""", thanks=True, tz=1)),

    C("r07-carta-visado", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Andrés Quintero <andres.quintero@correo-andino.example>", "gmail_es", "Carta de aceptación para el visado",
      "Colombian student: digital signature question answered, the letter promised 'el jueves' never comes; a worried chase gets no reply.",
      cu("11-09 08:30", """Buenos días:

Ya pagué el depósito del curso general de 24 semanas que empieza el 11 de enero (referencia RLS-24417). Para solicitar el visado necesito la carta de aceptación de la escuela. ¿Me la pueden enviar en PDF? ¿Tiene que estar firmada a mano o vale con firma digital? La embajada me dio cita para el 2 de diciembre.

Muchas gracias,
Andrés Quintero
Bogotá""", tz=-5),
      ag("lucia", "11-09 15:10", """Hola, Andrés:

Gracias, el pago ya está registrado. La firma digital es perfectamente válida para la embajada, no hace falta firma a mano. Preparo la carta con los datos del curso y se la envío el jueves como muy tarde, así la tiene con tiempo para la cita.

Un saludo,""", promises=[("11-12", None)]),
      cu("11-17 19:45", """Hola Lucía,

¿Hay alguna novedad con la carta? Sigo esperando y la cita es el 2 de diciembre, estoy un poco preocupado.

Andrés""", chase=True, tz=-5)),

    C("r08-homestay-vegetarian", "en", "pending", {},
      "Mei Lin Tan <meilin.tan@example.org>", "iphone", "Homestay form - a few questions",
      "Diet, distance and laundry questions answered in one paragraph without echoing them.",
      cu("11-17 22:10", """Hi Gwen,

Thank you for the homestay form. Before I send it back - I'm vegetarian (I eat eggs and dairy but no fish), is that ok for the families? How far will I be from the school? I'd prefer to walk if possible. Also do host families usually do laundry or should I plan to use a launderette?

Thanks!
Mei Lin

Sent from my iPhone""", tz=8),
      ag("gwen", "11-18 09:15", """Hi Mei Lin,

No problem at all - about a third of our hosts cook vegetarian every day, and 'eggs and dairy, no fish' is now on your file. When we place students we give priority to families within walking distance (15-25 minutes); if that isn't possible, a bus pass is included in the fee. Hosts wash one load a week for you, so you won't need a launderette.

Best,
Gwen""", kind="alt")),

    C("r09-haldane-business-english", "en", "pending", {"unanswered-question": 2},
      "Rachel Whitcombe <r.whitcombe@haldane-logistics.example>", "outlook", "Business English for our operations team",
      "Corporate group enquiry: price and start week answered; on-site teaching and the PO-number request are not.",
      cu("11-16 11:20", """Dear Rivermead team,

We have six members of our Reading operations team - mostly Polish and Portuguese speakers, around B1 level - who would benefit from business English. We're thinking of two 90-minute sessions a week for about ten weeks.

Could you send me a rough price for that? Would your teacher be able to come to our office on the Green Park business estate, or does it have to be at the school? Ideally we'd start the week of 18 January if a teacher is free.

Please also make sure any quote is addressed to Haldane Logistics Ltd and shows our PO number 4471-HR, otherwise our finance system rejects it.

Kind regards,
Rachel Whitcombe
HR Business Partner | Haldane Logistics
Join our team: https://haldane-logistics.example/careers?src=email""", uq=2),
      ag("harriet", "11-16 15:45", """Dear Rachel,

Thank you - this sounds like a good fit for our in-company programme. For six learners, 2 x 90 minutes a week over ten weeks comes to £3,150 in total, including materials and a placement test for each person beforehand. We have a business English teacher, Marek, who is free from the week of 18 January on Tuesday and Thursday mornings.

Best regards,
Harriet""")),

    C("r10-move-to-thursday", "en", "closed", {},
      "Gareth Pugh <gareth.pugh@example.com>", "gmail", "Switching French groups",
      "Class move done and the ticket marked resolved; thanks-only reply does not reopen.",
      cu("11-10 12:30", """Hi,

I'm in the Tuesday intermediate French group but my team has moved our weekly meeting to Tuesday evenings. Could I switch to the Thursday intermediate group for the rest of term? Same level I think.

Cheers,
Gareth"""),
      ag("daniel", "11-10 14:50", """Hi Gareth,

All done - you're in Thursday's intermediate French group (Room 2, 7-8.30pm) from this week. Sophie, the Thursday teacher, knows you're joining, and both groups are on unit 6 of the same book.

I'll mark this as resolved, but just reply if anything else comes up.

Regards,
Daniel""", closes=True),
      cu("11-10 15:02", """Perfect, merci! See you Thursday then.

Gareth""", thanks=True)),

    C("r11-b2-first-reopened", "en", "pending", {"reopened": 1},
      "Ayesha Siddiqui <ayesha.s@siddiqui-home.example>", "gmail", "Next B2 First exam date",
      "Exam date answered and the ticket closed; a week later a new question about a mock exam, answered.",
      cu("11-11 10:00", """Hello,

Could you tell me the date of the next B2 First exam at your centre? I need the result by the end of February for a university application.

Thank you,
Ayesha Siddiqui"""),
      ag("tom", "11-11 13:10", """Hi Ayesha,

The next paper-based B2 First here is on 13 March, which would be too late for you. The computer-based session on Saturday 6 February is the one to go for: results come within two weeks, so you'd have them by the 20th. Registration closes on 8 January: https://rivermeadlang.example/exams/register?session=CB-0206

I'll close this ticket now - good luck!

Tom""", closes=True),
      cu("11-17 09:30", """Hi Tom,

I've registered for 6 February, thanks. One more thing: is there a mock exam I can take beforehand, and how much does it cost?

Ayesha"""),
      ag("tom", "11-17 11:00", """Hi Ayesha,

There is - a full computer-based mock on Saturday 23 January, 9.30am to 1pm, with feedback on the speaking part. It's £35; book it at https://rivermeadlang.example/exams/mock?date=2027-01-23

Tom""")),

    C("r12-invoice-parent-name", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Frances Whitlow <frances.whitlow@example.org>", "apple", "Invoice for Isla - wrong name",
      "Corrected invoice promised 'tomorrow' comes two days late; the sibling-discount question is never answered.",
      cu("11-09 18:20", """Hello,

My daughter Isla is on the Saturday morning GCSE French booster. The invoice we received has her surname spelt 'Whitlowe' and it's addressed to her rather than to me - our employer's childcare scheme will only reimburse an invoice in the parent's name. Could you reissue it to Frances Whitlow at the address below?

And out of interest, is there a sibling discount? Her brother may join in the spring.

Many thanks,
Frances Whitlow
22 Coley Avenue, Reading RG1 6LQ""", uq=1),
      ag("sunita", "11-10 09:30", """Dear Frances,

Apologies for the spelling mistake. I'll reissue the invoice in your name at Coley Avenue and send it over tomorrow.

Kind regards,
Sunita""", promises=[("11-11", 3)]),
      ag("sunita", "11-13 11:40", """Dear Frances,

Please find the corrected invoice attached (INV-7720, in your name). Sorry it took a little longer than I said.

Kind regards,
Sunita""", parent=1, attach=[("application/pdf", "INV-7720.pdf", INVOICE_PDF)])),

    C("r13-subjunctive-online", "en", "closed", {},
      "Dominic Ferreira <dom.ferreira@example.net>", "thunderbird", "Tuesday class from Lisbon?",
      "A rhetorical question and a self-answered login question around one real request, which is answered.",
      cu("11-05 07:55", """Morning Daniel,

Who knew the subjunctive could be this painful? Tuesday's lesson nearly finished me off.

Anyway - I'm in Lisbon for work next week. Can I join the Tuesday class online instead of coming in? Where do I find the login for the online classroom, by the way? Ah, ignore that, I've just found it in the welcome email from September.

Thanks,
Dom"""),
      ag("daniel", "11-05 10:10", """Hi Dom,

Of course - the Tuesday group is hybrid, so just join from the online classroom at 7pm UK time (also 7pm in Lisbon, handily). I've told Marta to expect you on screen.

And yes, the subjunctive gets everyone.

Regards,
Daniel""")),

    C("r14-arabic-heritage", "en", "open", {},
      "Nadia Haddad <nadia.haddad@example.com>", "gmail", "Arabic for my children",
      "A fresh enquiry this morning with only the office's acknowledgement: inside the response target.",
      cu("11-20 09:40", """Hello,

My two children (9 and 12) understand Lebanese Arabic at home but can't read or write it. Do you run any Arabic classes for heritage speakers, ideally on Saturday mornings? And is there a minimum age?

Thank you,
Nadia Haddad"""),
      ack("11-20 09:41")),

    C("r15-german-a2-friday", "en", "pending", {"slow-first-response": 1},
      "Hamish Doyle <hamish@doyle-family.example>", "owa", "German A2 - first evening",
      "Friday-evening questions answered on Monday morning: everything answered, but a slow first response.",
      cu("11-13 17:45", """Hello,

I've booked the German A2 evening course starting 23 November. Which room is it in, and do I need to buy the textbook before the first class or is it provided?

Thanks,
Hamish Doyle"""),
      ag("daniel", "11-16 10:30", """Hi Hamish,

Welcome aboard. The A2 German group meets in Room 6 on the first floor (the lift is next to reception). The coursebook is included in your fee - Matthias hands them out on the first evening.

Regards,
Daniel""")),

    C("r16-c1-pruefung", "de", "pending", {},
      "Florian Hesse <f.hesse@hesse-consult.example>", "outlook_de", "Vorbereitungskurs C1 Advanced",
      "German exam enquiry (date, registration deadline, fee) fully answered; thanks-only reply.",
      cu("11-17 08:05", """Hallo Herr Brandt,

ich bereite mich auf die Cambridge C1 Advanced vor und würde gerne den Vorbereitungskurs im Frühjahr bei Ihnen belegen. Wann findet die nächste Prüfung bei Ihnen statt, und bis wann muss man sich anmelden? Und wie hoch ist die Prüfungsgebühr?

Beste Grüße
Florian Hesse""", tz=1),
      ag("matthias", "11-17 11:20", """Hallo Herr Hesse,

die nächste C1 Advanced (papierbasiert) ist am Samstag, 20. März 2027; Anmeldeschluss ist der 5. Februar. Die Gebühr beträgt 215 £ und ist nicht in der Kursgebühr enthalten. Der passende Vorbereitungskurs läuft vom 11. Januar bis 12. März, dienstags und donnerstags abends.

Viele Grüße
Matthias Brandt"""),
      cu("11-17 12:40", """Vielen Dank für die schnelle und ausführliche Antwort!

Beste Grüße
Florian Hesse""", thanks=True, tz=1)),

    C("r17-sejour-junior", "fr", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Nathalie Guérin <nathalie.guerin@guerin-famille.example>", "thunderbird", "Séjour junior juillet 2027",
      "French parent: age and supervision answered, the cousins' homestay deferred 'd'ici mercredi' and never settled, the airport transfer ignored.",
      cu("11-06 13:20", """Bonjour Madame,

Mon fils Théo (16 ans) aimerait faire le séjour linguistique junior de trois semaines en juillet. J'ai quelques questions avant de l'inscrire :

- À partir de quel âge les jeunes sont-ils acceptés ?
- Les élèves sont-ils encadrés le soir et le week-end ?
- Serait-il possible qu'il soit logé dans la même famille d'accueil que son cousin Hugo, qui s'inscrit aussi ?

Par ailleurs, je voudrais savoir si vous organisez le transfert depuis l'aéroport de Heathrow, et à quel prix.

Merci d'avance,
Nathalie Guérin""", uq=1, tz=1),
      ag("claire", "11-06 16:30", """Bonjour Madame Guérin,

Le programme junior accueille les jeunes de 14 à 17 ans, Théo est donc tout à fait dans la tranche. Les soirées et les week-ends sont encadrés par nos animateurs (activités jusqu'à 21h30, excursion chaque samedi), et les familles s'engagent à ce que les jeunes soient rentrés à 22h.

Pour loger les deux cousins ensemble, je dois vérifier auprès de notre responsable hébergement, car en principe nous évitons de placer deux francophones dans la même famille. Je reviens vers vous d'ici mercredi.

Bien cordialement,
Claire Dubois""", promises=[("11-11", None)])),

    C("r18-online-mexico", "es", "closed", {},
      "Valeria Ortega <valeria.ortega@ortega-mx.example>", "gmail_es", "Clases online desde México",
      "Mexican student: class times converted to her time zone and PayPal confirmed with a link; thanks-only reply.",
      cu("11-03 19:30", """Hola:

Me interesa el curso online de preparación para el First, el de los martes y jueves. ¿A qué hora serían las clases en Ciudad de México? En la web solo aparece la hora de Londres. ¿Y se puede pagar con PayPal? No tengo tarjeta de crédito internacional.

Saludos cordiales,
Valeria Ortega""", tz=-6),
      ag("lucia", "11-04 10:05", """Hola, Valeria:

Las clases son de 18:00 a 19:30 hora de Londres, es decir, de 12:00 a 13:30 en Ciudad de México; a partir del 28 de marzo, con el horario de verano británico, pasan a ser de 11:00 a 12:30. PayPal sí: al inscribirse en https://rivermeadlang.example/es/inscripcion?curso=first-online elija «PayPal» en el último paso.

Un saludo,"""),
      cu("11-04 08:00", """¡Mil gracias, Lucía! Me inscribo esta semana.

Valeria""", thanks=True, tz=-6)),

    C("r19-instalments-resend", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Joseph Addo <joseph.addo@example.com>", "gmail", "Payment plan for the morning course",
      "No reply for three days, so the customer resends as a new mail; the reply covers the instalments but not the refundable fee.",
      cu("11-02 20:10", """Hello,

I would like to enrol on the 12-week General English morning course starting 4 January, but £2,160 is a lot to pay in one go. Do you offer a payment plan in monthly instalments? Also, is the registration fee refundable if my visa is refused?

Thank you,
Joseph Addo""", uq=1),
      cu("11-05 09:00", """Hello, I'm sending my question again as I haven't had an answer yet.

I would like to enrol on the 12-week General English morning course starting 4 January, but £2,160 is a lot to pay in one go. Do you offer a payment plan in monthly instalments? Also, is the registration fee refundable if my visa is refused?

Thank you,
Joseph Addo""", chase=True, parent=0),
      ag("sunita", "11-05 14:20", """Dear Joseph,

Sorry you had to write twice. Yes - for courses of ten weeks or more you can pay a 25% deposit on enrolment and the rest in three monthly instalments by direct debit. For your course that is £540 now and three payments of £540 on 1 January, 1 February and 1 March.

Kind regards,
Sunita""")),

    C("r20-three-agents-arrival", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Chiara Bellini <chiara.bellini@bellini-studio.example>", "apple", "Starting on 30 November",
      "Homestay, payment and first-day questions handled by three agents; the gym-discount question is never picked up.",
      cu("11-12 09:00", """Hi,

I'm starting the 8-week course on 30 November. Three things:
- I asked for a homestay with no pets (I'm allergic to cats) - can you confirm the family you found has none?
- I paid the full fee last week but the portal still says "deposit paid". Can you check?
- Is there a student discount for the gym near the school? Someone at the open day mentioned one.

Grazie,
Chiara""", uq=1),
      ag("gwen", "11-12 11:00", """Hi Chiara,

Your hosts, the Fairbairns in Earley, have no pets at all - I double-checked with them this morning, and their house is a 20-minute walk from school. I've passed the payment question to Sunita in accounts; she'll be in touch today.

Best,
Gwen""", promises=[("11-12", 3)]),
      ag("sunita", "11-12 15:30", """Dear Chiara,

Your full payment of £2,720 arrived on 5 November - the portal only updates overnight, and it now shows "paid in full".

Kind regards,
Sunita""", parent=1),
      cu("11-16 08:10", """Thanks both! One more - what time should I arrive on the first day, and will there be a test?

Chiara"""),
      ag("daniel", "11-16 10:00", """Hi Chiara,

Please come to reception at 8.45 on Monday 30 November. You'll do a 30-minute placement test and have a short chat with a teacher, and you'll join your class after the break at 11.

Regards,
Daniel""")),

    C("r21-certificate-lost", "en", "closed", {"missed-follow-up": 1},
      "Patrick Nwosu <p.nwosu@nwosu-law.example>", "outlook", "Certificate of attendance - business English",
      "'Let me look into it and get back to you' with no deadline; nothing follows within the two-day window.",
      cu("11-10 13:15", """Hello,

I completed the 6-week business English course in July but I never received a certificate of attendance. My firm needs it for my CPD record. Could you please send it to me?

Regards,
Patrick Nwosu
Associate, Nwosu & Partners"""),
      ag("tom", "11-10 16:00", """Hi Patrick,

Sorry about that - July certificates were printed in one batch and it looks as if yours didn't go out. Let me look into it with the academic office and I'll get back to you.

Best,
Tom""", promises=[("window", None)])),

    C("r22-payment-link-colleague", "en", "pending", {},
      "Sophie Marlowe <sophie.marlowe@marlowe-home.example>", "gmail", "Saturday Japanese - payment",
      "Harriet says Sunita will send the payment link tomorrow; Sunita does; thanks-only reply.",
      cu("11-16 10:05", """Hi Harriet,

I've decided to go for the Saturday Japanese for beginners course - could you send me the payment link? I'd like to pay by card if possible.

Thanks,
Sophie"""),
      ag("harriet", "11-16 11:30", """Hi Sophie,

Great news! Card is fine. Sunita in accounts will email you the payment link tomorrow morning - she looks after the Saturday courses.

Best wishes,
Harriet""", promises=[("11-17", 3)]),
      ag("sunita", "11-17 09:20", """Dear Sophie,

As promised, here is your payment link for Japanese for Beginners (Saturdays, £240):
https://pay.rivermeadlang.example/c?ref=JPN-SAT-0117&amt=240

Kind regards,
Sunita""", parent=1),
      cu("11-17 10:00", """Paid - thank you both!

Sophie""", thanks=True)),

    C("r23-oxford-trip", "en", "pending", {},
      "Emre Yildiz <emre.yildiz@example.net>", "android", "Oxford trip on Saturday",
      "Excursion questions answered with logistics (coach time, lunch) that are not promises.",
      cu("11-18 12:10", """Hi, I signed up for the Oxford trip on Saturday. What time does the coach leave and from where? Do I need to bring lunch or is it included?

Emre

Get Outlook for Android"""),
      ag("daniel", "11-18 14:00", """Hi Emre,

The coach leaves from outside the school at 8:30 sharp on Saturday and gets back to Reading around 6pm. Lunch isn't included - most students bring a packed lunch or buy something in the Covered Market. The guided tour of Christ Church starts at 11.

Regards,
Daniel""")),

    C("r24-exam-prep-price", "en", "closed", {"unanswered-question": 1},
      "Grace Ikeda <grace.ikeda@example.com>", "gmail", "General English or exam prep?",
      "Class size and times answered; asked whether exam prep costs the same, the reply gives only the general course price.",
      cu("11-04 17:30", """Hi there,

I'm trying to choose between the General English evening course and the B2 exam preparation course for January. Is the exam prep course the same price as the general course? How many students are usually in the exam class? I work until 6, so anything starting before 6.30 is out for me.

Thanks,
Grace""", uq=1),
      ag("harriet", "11-05 09:20", """Hi Grace,

Both courses run on Monday and Wednesday evenings from 6.45 to 8.45, so either would work with your hours. The General English evening course is £320 for the 10-week term. Exam classes are kept small - eight students at most, usually six or seven.

Best wishes,
Harriet""")),

    C("r25-host-family-by-tuesday", "en", "pending", {},
      "Yusuf Demir <yusuf.demir@example.org>", "gmail", "Host family for 29 November",
      "Both questions deferred with 'by Tuesday 24 November', a deadline still ahead at audit time.",
      cu("11-18 08:30", """Dear Gwen,

I arrive on Sunday 29 November for the 4-week course. Has a host family been found for me yet? And could you tell me the address, so my parents can look at where I'll be staying?

Best regards,
Yusuf Demir"""),
      ag("gwen", "11-18 13:00", """Dear Yusuf,

Not quite yet - we have two families in mind and I'm waiting to hear back from one of them. I'll confirm your host family, with their address and phone number, by Tuesday 24 November, so your parents will have it well before you travel.

Best,
Gwen""", promises=[("11-24", None)])),

    C("r26-private-italian-chased", "en", "pending",
      {"unanswered-question": 1, "customer-chased": 2, "slow-first-response": 1},
      "Imogen Carter <imogen.carter@carter-design.example>", "apple", "Private Italian lessons online",
      "Acknowledged, then chased twice over a week; the reply answers availability and price but not the cancellation policy.",
      cu("11-09 11:00", """Hello,

I'd like to book a block of 10 private Italian lessons online, ideally on Monday or Wednesday lunchtimes (12-1). Do you have a teacher available from December? What is the price for a block of 10? Could you also send me your cancellation policy for private lessons, as my work diary changes a lot.

Thanks,
Imogen Carter""", uq=1),
      ack("11-09 11:01"),
      cu("11-11 16:20", """Hi, just checking in on this - could someone let me know about the private lessons?

Imogen""", chase=True),
      cu("11-16 09:40", """Hello again,

I'm still waiting for a reply to my email below. If you don't do private Italian lessons please just tell me and I'll look elsewhere.

Imogen Carter""", chase=True),
      ag("harriet", "11-16 12:10", """Dear Imogen,

I'm really sorry - your messages were caught in a filter and I've only just seen them. Yes, we can do that: Giulia has Monday and Wednesday 12-1 free from 2 December. A block of ten one-to-one online lessons is £420, payable in advance.

Best wishes,
Harriet""")),

    C("r27-online-statt-abendkurs", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jana Richter <jana.richter@richter-web.example>", "thunderbird_de", "Restliche Stunden online?",
      "German: 'ich melde mich bis Donnerstag' kept only after a chase the next week; the new promise (link on Monday 23rd) is still ahead.",
      cu("11-09 19:30", """Guten Abend Herr Brandt,

ich habe im Oktober den Abendkurs Englisch B1 abgebrochen, weil ich nach Hamburg gezogen bin. Kann ich die restlichen sechs Stunden stattdessen online nehmen? Oder bekomme ich in dem Fall eher eine Gutschrift?

Viele Grüße
Jana Richter""", tz=1),
      ag("matthias", "11-10 09:45", """Liebe Frau Richter,

grundsätzlich geht beides. Ich kläre mit der Studienleitung, ob im Online-Kurs B1 am Mittwoch noch ein Platz frei ist, und melde mich bis Donnerstag bei Ihnen.

Viele Grüße
Matthias Brandt""", promises=[("11-12", 4)]),
      cu("11-16 20:10", """Hallo Herr Brandt,

gibt es schon etwas Neues wegen des Online-Kurses? Ich würde gern bald wieder einsteigen.

Viele Grüße
Jana Richter""", chase=True, tz=1),
      ag("matthias", "11-17 10:00", """Liebe Frau Richter,

entschuldigen Sie bitte die Verzögerung. Es ist ein Platz frei: Sie können ab dem 25. November mittwochs online teilnehmen, 18:30 bis 20:00 Uhr britischer Zeit (bei Ihnen 19:30 bis 21:00 Uhr); Ihre sechs ausstehenden Stunden werden angerechnet. Den Zugangslink schicke ich Ihnen am Montag, dem 23. November.

Viele Grüße
Matthias Brandt""", promises=[("11-23", None)])),

    C("r28-gift-vouchers-html", "en", "pending", {},
      "Lorraine Beckett <lorraine.beckett@beckett-hr.example>", "outlook", "Gift vouchers for staff",
      "HTML-only mails from the customer; voucher questions answered, then the requested invoice sent as a PDF by accounts.",
      cu("11-13 10:20", """Good morning,

Our company would like to buy five gift vouchers for your evening language courses, as end-of-year presents for staff. Can the vouchers be used for any language? And how long are they valid for?

Kind regards,
Lorraine Beckett
Office Manager, Beckett HR Solutions""", kind="html"),
      ag("harriet", "11-13 12:00", """Dear Lorraine,

What a nice idea. Our vouchers work for any evening course in any of our eleven languages, and they're valid for 18 months from the date of purchase. You can buy them in any amount at https://rivermeadlang.example/vouchers?type=corporate - or we can invoice your company if you prefer.

Best wishes,
Harriet"""),
      cu("11-13 13:10", """An invoice would be great - five vouchers of £150 each, please, made out to Beckett HR Solutions Ltd.

Thanks,
Lorraine""", kind="html"),
      ag("sunita", "11-16 09:30", """Dear Lorraine,

Please find the invoice attached: five vouchers at £150, £750 in total. The voucher codes are on page 2 and become active as soon as the invoice is paid.

Kind regards,
Sunita""", attach=[("application/pdf", "INV-7748.pdf", VOUCHER_PDF)])),

    C("r29-attendance-report-b64", "en", "closed", {"unanswered-question": 1},
      "Kenji Watanabe <kenji.watanabe@watanabe-k.example>", "thunderbird", "Attendance report for October",
      "Base64 mail: the attendance report comes attached; the request to move up a group is not mentioned.",
      cu("11-02 09:10", """Dear Sir or Madam,

I am a student in the General English morning class (group 3B). My company in Japan requires a monthly attendance report for my study leave. Could you please issue one for October? It must show the number of hours attended.

In addition, I would like to ask whether it is possible to move up to the upper-intermediate group in December, because I find 3B a little easy now.

Yours faithfully,
Kenji Watanabe""", uq=1, cte="base64"),
      ag("daniel", "11-02 13:30", """Dear Kenji,

Please find attached your attendance report for October: 76 of 80 hours, signed and stamped by the Academic Office. If your company needs it on paper as well, you can collect a copy from reception.

Kind regards,
Daniel""", attach=[("application/pdf", "attendance-2026-10-Watanabe.pdf", ATTENDANCE_PDF)])),

    C("r30-relance-opco", "fr", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Mathieu Lefèvre <mathieu.lefevre@lefevre-conseil.example>", "apple_fr", "Cours d'anglais en ligne pour deux collaborateurs",
      "French company: no answer for six days, 'je me permets de vous relancer'; slots and price given, the training agreement for the OPCO is not.",
      cu("11-10 09:30", """Bonjour,

Je souhaiterais inscrire deux collaborateurs à vos cours d'anglais en ligne pour adultes (niveau A2). Pourriez-vous m'indiquer les créneaux disponibles en janvier ? Par ailleurs, est-il possible d'obtenir une convention de formation pour notre OPCO ?

Cordialement,
Mathieu Lefèvre
Lefèvre Conseil - Lyon""", uq=1, tz=1),
      cu("11-16 09:00", """Bonjour,

Je me permets de vous relancer concernant ma demande du 10 novembre ci-dessous. Nous devons boucler notre plan de formation avant la fin du mois.

Cordialement,
Mathieu Lefèvre""", chase=True, tz=1),
      ag("claire", "11-16 11:30", """Bonjour Monsieur Lefèvre,

Toutes nos excuses pour ce délai. En janvier, le groupe A2 en ligne a lieu le mardi et le jeudi de 12h30 à 13h30 (heure de Paris), à partir du 12 janvier ; il reste quatre places. Le tarif est de 390 £ par personne pour dix semaines.

Bien cordialement,
Claire Dubois""")),

    C("r31-recibo-deposito", "es", "closed", {"unanswered-question": 1},
      "Marta Gil Serrano <marta.gil@gilserrano.example>", "gmail_es", "Curso de verano de Carla",
      "Spanish parent: airport pick-up and insurance answered; the receipt for the deposit in her name is ignored.",
      cu("11-04 18:40", """Hola Lucía:

Mi hija Carla va a hacer el curso de verano para jóvenes en julio (dos semanas, del 12 al 23). Tengo un par de dudas: ¿quién la recoge en el aeropuerto si llega a Heathrow un domingo por la noche? ¿Y el seguro médico está incluido en el precio o tenemos que contratarlo aparte?

Además, necesitaría que me enviaran un recibo del depósito de 300 £ a mi nombre y con mi DNI (50123456K), porque mi empresa me reembolsa una parte.

Un saludo,
Marta Gil""", uq=1, tz=1),
      ag("lucia", "11-05 10:00", """Hola, Marta:

Nuestro servicio de traslados recoge a los alumnos del programa juvenil en Heathrow todos los domingos hasta las 23:00: un monitor espera a Carla a la salida de llegadas con un cartel de la escuela. El traslado cuesta 95 £ por trayecto. El seguro médico y de viaje sí está incluido en el precio del programa.

Un saludo,""")),

    C("r32-polish-out-of-office", "en", "pending", {},
      "Martin Kowalczyk <m.kowalczyk@kowalczyk-eng.example>", "outlook", "Polish evening course in spring",
      "Questions answered; the customer's out-of-office fires on the reply; later a thanks-only note.",
      cu("11-16 08:50", """Hello,

Could you confirm whether the Polish for English speakers evening course is running in the spring term? My wife would like to join. What level does it start at?

Regards,
Martin Kowalczyk"""),
      ag("harriet", "11-16 10:30", """Dear Martin,

Yes - it runs on Tuesday evenings from 12 January, 7 to 8.30pm, and it's for complete beginners, so your wife can start from scratch. The fee is £285 for the ten-week term.

Best wishes,
Harriet"""),
      auto("11-16 10:31", """Thank you for your email. I am out of the office until Wednesday 18 November with limited access to email. For urgent matters please contact projects@kowalczyk-eng.example.

Martin Kowalczyk""", quote=False, subject="Automatic reply: Re: Polish evening course in spring"),
      cu("11-18 09:05", """Thanks Harriet, that's perfect - she'll enrol online this week.

Martin""", parent=2, thanks=True)),

    C("r33-resolved-recordings", "en", "pending", {"reopened": 1, "unanswered-question": 1},
      "Nikhil Bose <nikhil.bose@example.com>", "gmail", "Platform login",
      "Login reset under a [Resolved] subject tag; a week later the customer asks about recordings: where (answered) and download (not).",
      cu("11-09 12:00", """Hi,

My login to the online learning platform stopped working after I changed my email address. Can you reset it, please? The new address is this one.

Thanks,
Nikhil"""),
      ag("daniel", "11-09 14:30", """Hi Nikhil,

Done - your login is now this address, and a password-reset link has just been sent to it.

Regards,
Daniel""", subject="[Resolved] RE: Platform login", closes=True),
      cu("11-17 19:00", """Thanks, that worked. Now I can't see the recordings of the lessons I missed in October - where are they kept? And can I download them to watch offline on the train?

Nikhil""", subject="Re: [Resolved] RE: Platform login", uq=1),
      ag("daniel", "11-18 09:10", """Hi Nikhil,

Recordings are under My classes > Past sessions. They stay there for 60 days, so October's are available until mid-December.

Regards,
Daniel""")),

    C("r34-cefr-level-signature", "en", "closed", {},
      "Eleanor Vance <eleanor.vance@vance-associates.example>", "outlook", "Certificate - CEFR level",
      "Question answered with a bare yes and the wording; thanks-only reply whose signature has a '?' and a URL.",
      cu("11-03 10:15", """Dear Tom,

Could you confirm that my certificate for the Advanced Spanish course states the CEFR level (C1)? The university needs the level stated explicitly.

Best wishes,
Eleanor Vance
Vance Associates | Translation & Interpreting
Need a quote? https://vance-associates.example/quote?src=email"""),
      ag("tom", "11-03 12:00", """Dear Eleanor,

Yes - under the course title it says "Level achieved: C1 (Common European Framework of Reference)". If the university wants a letter on headed paper as well, just ask.

Tom"""),
      cu("11-03 12:30", """That's exactly what they need - many thanks, Tom.

Eleanor Vance
Vance Associates | Translation & Interpreting
Need a quote? https://vance-associates.example/quote?src=email""", thanks=True)),

    C("r35-visa-letter-passport", "en", "pending", {},
      "Thandiwe Mokoena <thandi.mokoena@example.org>", "gmail", "Visa letter - passport scan",
      "Passport scan attached; the letter comes back as a PDF and answers the accommodation question; thanks-only reply.",
      cu("11-16 14:00", """Hello Harriet,

As requested, please find attached a scan of my passport photo page. Could you now send me the visa letter for the 16-week course? I'd also like to know whether the letter mentions my accommodation, because the visa form asks where I'll be staying.

Kind regards,
Thandiwe Mokoena""", tz=2, attach=[("image/png", "passport-photo-page.png", PASSPORT_PNG)]),
      ag("harriet", "11-17 09:30", """Dear Thandiwe,

Thank you - your letter of acceptance is attached. Besides the course dates and the fees paid, its last paragraph gives your homestay address with the Okonkwo family in Tilehurst, so you can copy that into the form.

Best wishes,
Harriet""", attach=[("application/pdf", "acceptance-Mokoena.pdf", LETTER_PDF)]),
      cu("11-17 12:00", """Received, thank you so much!

Thandi""", thanks=True, tz=2)),

    C("r36-enrolment-letter-eod", "en", "closed",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Farid Rahimi <farid.rahimi@example.net>", "gmail", "Enrolment letter for visa appointment",
      "Letter promised 'by end of day' arrives the next morning after a chase; the letter for his wife is never addressed.",
      cu("11-11 09:00", """Dear Rivermead,

I have my visa appointment in Dubai on 19 November. I need the official letter confirming my enrolment on the 20-week General English course and that the fees are paid in full. Could you also confirm whether the school can provide a letter for my wife, who will travel with me as a visitor?

Regards,
Farid Rahimi""", uq=1, tz=4),
      ag("harriet", "11-11 10:15", """Dear Farid,

Thanks for your email. I'm preparing the enrolment letter now; it needs the director's signature, and I'll send it to you by end of day.

Best wishes,
Harriet""", promises=[("11-11", 4)]),
      cu("11-12 10:30", """Dear Harriet,

I'm still waiting for the letter. My appointment is next week - please can you send it today?

Farid""", chase=True, tz=4),
      ag("harriet", "11-12 09:40", """Dear Farid,

Apologies - the director was out yesterday afternoon. Your signed letter is attached.

Best wishes,
Harriet""", attach=[("application/pdf", "enrolment-Rahimi.pdf", ENROL_PDF)], refs=[1, 3])),

    C("r37-portuguese-catch-up", "en", "open", {"missed-follow-up": 1, "awaiting-reply": 1},
      "Bethany Rourke <beth.rourke@example.com>", "iphone", "Thursday Portuguese",
      "Places confirmed, a vocabulary list promised for Monday never sent; the customer's later questions get no reply.",
      cu("11-12 18:00", """Hi, is the Thursday beginners' Portuguese class full? I'd like to join from next week if there's space.

Beth

Sent from my iPhone"""),
      ag("daniel", "11-13 09:40", """Hi Bethany,

There are two places left - you can enrol here: https://rivermeadlang.example/enrol?course=POR-THU-1

The group is on unit 4, but it's a friendly bunch and easy to catch up. I'll send you the vocabulary list for units 1-3 on Monday.

Regards,
Daniel""", promises=[("11-16", None)]),
      cu("11-17 21:15", """Thanks, I've enrolled! Is there anything else I should read before Thursday to catch up? And is it OK if I'm 10 minutes late the first week - I finish work at 6.45.

Beth

Sent from my iPhone""")),

    C("r38-saturday-parking", "en", "closed", {"unanswered-question": 1},
      "Colin Mather <colin.mather@example.org>", "thunderbird", "Saturday French conversation",
      "First question answered; a follow-up about parking is answered with directions to the building instead.",
      cu("11-03 14:00", """Hello,

I've registered for the Saturday morning French conversation class starting on 7 November. Is there any preparation I should do?

Colin Mather"""),
      ag("harriet", "11-03 16:20", """Hi Colin,

No preparation needed - it's all conversation, and the first session starts with introductions. Just bring a notebook.

Best wishes,
Harriet"""),
      cu("11-04 08:30", """Thanks. Is there parking at the school on Saturdays, or should I use the Broad Street Mall car park?

Colin""", uq=1),
      ag("harriet", "11-04 10:00", """Hi Colin,

On Saturdays the class is in the Annexe, not the main building - the entrance is on Wharf Lane, next to the bike racks. See you on the 7th!

Harriet""")),

    C("r39-exam-inline-skip", "en", "closed", {"unanswered-question": 1},
      "Rosalind Greaves <ros.greaves@example.net>", "gmail", "B2 First in March",
      "Three exam questions; the inline reply quotes and answers two and leaves out the one on access arrangements.",
      cu("11-05 11:00", """Hi Tom,

A few questions about the B2 First exam in March:

Can I take the speaking test on a different day from the written papers?
Are dictionaries allowed in the writing paper?
How do I get extra time? I'm dyslexic and had extra time for my exams at school.

Thanks,
Ros""", uq=1),
      ag("tom", "11-05 15:30", """Hi Ros,

> Can I take the speaking test on a different day from the written papers?

Yes, the speaking tests run in the week before and after the written day - your slot comes with your confirmation of entry.

> Are dictionaries allowed in the writing paper?

No, no dictionaries in any paper, I'm afraid.

Good luck with your preparation!

Tom""", quote=False)),

    C("r40-timetable-pleasantry", "en", "pending", {},
      "Adaeze Nwankwo <adaeze.n@example.com>", "outlook", "Spring timetable",
      "A pleasantry, a self-answered discount question and a request answered with the timetable attached.",
      cu("11-16 09:00", """Hi Daniel,

Hope you had a lovely weekend? Mine was mostly spent on irregular verbs.

Could you send me the updated spring timetable for the evening courses? I'm trying to work out whether I can do both French and Spanish. Is there a discount if you take two courses in the same term? Oh wait, I've just seen it on the fees page - 10% off the second course. Never mind that one!

Thanks,
Adaeze"""),
      ag("daniel", "11-16 11:20", """Hi Adaeze,

It was a good one, thanks. Spring timetable attached - French intermediate is on Tuesdays and Spanish intermediate on Thursdays, both 7-8.30pm, so you could do both.

Regards,
Daniel""", attach=[("application/pdf", "evening-timetable-spring-2027.pdf", TIMETABLE_PDF)])),

    C("r41-familia-desde-enero", "es", "pending", {},
      "Javier Molina <javier.molina@molina-arq.example>", "gmail_es", "Cambio de alojamiento para Pablo",
      "'Hola Lucía, ¿qué tal?' is a pleasantry; availability and price answered in one paragraph.",
      cu("11-17 09:45", """Hola Lucía, ¿qué tal?

Te escribo porque quiero cambiar el alojamiento de mi hijo Pablo: ahora está en la residencia, pero a partir de enero preferiríamos una familia, para que practique más inglés. ¿Hay familias disponibles desde el 10 de enero? ¿Cuánto cuesta la semana con media pensión?

Un abrazo,
Javier""", tz=1),
      ag("lucia", "11-17 12:00", """Hola, Javier:

¡Muy bien, gracias! Desde el 10 de enero tenemos varias familias libres; con media pensión son 245 £ por semana (la residencia eran 210 £) y el cambio no tiene ningún cargo. Para reservar, confírmame las fechas y si Pablo tiene alguna alergia.

Un saludo,""")),

    C("r42-pruefungsgebuehr", "de", "closed", {"unanswered-question": 1},
      "Katharina Weiß <k.weiss@weiss-praxis.example>", "gmail_de", "Juniorkurs mit Prüfung",
      "German parent: exam date and same-class request answered; whether the exam fee is included is not.",
      cu("11-02 10:30", """Sehr geehrter Herr Brandt,

meine Tochter Lea (15) möchte im Sommer den Juniorkurs mit Cambridge-Prüfung machen. Wann genau ist der Prüfungstermin im Juli? Und können Sie mir sagen, ob die Prüfungsgebühr bereits im Kurspreis enthalten ist?

Falls möglich, würde sie gern mit ihrer Freundin Mia in dieselbe Klasse kommen - beide haben ungefähr B1.

Mit freundlichen Grüßen
Katharina Weiß""", uq=1, tz=1),
      ag("matthias", "11-02 14:00", """Sehr geehrte Frau Weiß,

die Prüfung (je nach Einstufung B1 Preliminary oder B2 First) findet am Freitag, 23. Juli 2027 statt, am Ende der dritten Kurswoche. Die Klassen werden nach dem Einstufungstest am ersten Tag gebildet; wenn Lea und Mia auf demselben Niveau sind, setzen wir sie gern zusammen - vermerken Sie das einfach bei der Anmeldung.

Mit freundlichen Grüßen
Matthias Brandt""")),

    C("r43-pennington-revised-quote", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Stuart Pennington <s.pennington@pennington-motors.example>", "outlook", "Quote for German lessons",
      "'We'll send the revised quote tomorrow' never kept; the course-book question is skipped; a confidentiality footer.",
      cu("11-09 10:00", """Hi Harriet,

Thanks for the quote for German lessons for our two sales managers. A couple of changes: can you redo it for 20 hours each instead of 15? And can the lessons be at 8am, before the showroom opens?

One more thing - does the price include the course book, or is that extra?

Stuart Pennington
Sales Director, Pennington Motors

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender and delete it.""", uq=1),
      ag("harriet", "11-09 15:00", """Hi Stuart,

8am works - Matthias can do Tuesday and Friday mornings at 8. We'll send the revised quote for 20 hours each tomorrow.

Best wishes,
Harriet""", promises=[("11-10", None)])),

    C("r44-quick-question-link", "en", "closed", {},
      "Owen Baptiste <owen.baptiste@example.net>", "apple", "Quick question",
      "Two questions answered with just a link and a figure; same subject as r49 from another customer.",
      cu("11-06 12:00", """Hi,

Where can I find the reading list for the Advanced English literature evening class, and how much is the late enrolment fee now?

Thanks,
Owen"""),
      ag("harriet", "11-06 13:10", """Hi Owen,

https://rivermeadlang.example/courses/adv-lit/reading-list?term=spring

Late enrolment: £25.

Harriet""")),

    C("r45-progress-report-unthreaded", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Paul Redfern <paul.redfern@redfern-family.example>", "thunderbird", "Archie Redfern - progress report",
      "Acknowledged request chased two days later in a mail that lost its threading headers; the reply attaches the report and gives the mock dates.",
      cu("11-04 19:00", """Hello,

My son Archie (14) has been in the Saturday GCSE Spanish group since September. Could you send me his progress report for the autumn half-term? His school has asked to see it. Also, what are the dates of the mock speaking exams?

Kind regards,
Paul Redfern"""),
      ack("11-04 19:01"),
      cu("11-06 18:30", """Hello again,

Any news on Archie's progress report? I haven't had a reply to my email of Wednesday.

Paul Redfern""", chase=True, thread=False),
      ag("daniel", "11-09 10:00", """Dear Mr Redfern,

Apologies for the wait - the half-term reports were only finalised on Friday. Archie's is attached. The mock speaking exams are on Saturday 28 November and Saturday 5 December, during the usual class time.

Regards,
Daniel""", attach=[("application/pdf", "progress-Redfern-A.pdf", REPORT_PDF)])),

    C("r46-mensualites", "fr", "pending", {},
      "Amélie Fournier <amelie.fournier@example.com>", "iphone", "Paiement en plusieurs fois",
      "French: deposit and instalment dates answered with figures.",
      cu("11-16 19:20", """Bonjour Claire,

Je confirme l'inscription au cours intensif de 12 semaines qui commence le 4 janvier. Combien faut-il verser à l'inscription si je paie en plusieurs fois ? Et à quelles dates tombent les mensualités ?

Merci !
Amélie

Envoyé de mon iPhone""", tz=1),
      ag("claire", "11-17 09:50", """Bonjour Amélie,

720 £ à l'inscription, puis trois prélèvements de 720 £ : le 1er janvier, le 1er février et le 1er mars.

Belle soirée,
Claire""")),

    C("r47-italian-retired-couple", "en", "closed", {"unanswered-question": 2},
      "Margaret Ellery <margaret.ellery@example.org>", "apple", "Italian for beginners - daytime?",
      "One long paragraph with three questions; the reply covers the daytime class and the fee only.",
      cu("11-05 15:40", """Dear Sir or Madam,

My husband and I are both retired and have been thinking for some time about learning Italian before our trip to Puglia next September, and a friend of ours who did your Tuesday afternoon French class last year spoke very highly of it, so I thought I would write. We are complete beginners, although my husband claims to remember some Latin from school, which I doubt will help very much. I wondered whether you have a daytime beginners' class in Italian, as we would rather not drive in the dark in winter, and if so, whether there is any reduction for pensioners or for couples enrolling together. We would also like to know whether the classroom is on the ground floor, because my husband has had a knee operation and stairs are difficult for him at the moment.

With kind regards,
Margaret Ellery""", uq=2, kind="alt"),
      ag("harriet", "11-06 09:30", """Dear Margaret,

How lovely - Puglia is beautiful. We do have a daytime Italian class for beginners, on Wednesdays from 2 to 3.30pm, starting on 13 January, and there are still a few places. The fee is £265 per person for the ten-week term; you can enrol online or by phone.

With best wishes,
Harriet""")),

    C("r48-science-tutor-late", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Sanjay Mehta <sanjay.mehta@mehta-pharma.example>", "owa", "One-to-one English for a new colleague",
      "'Early next week' said on a Thursday, kept on the Wednesday: late; the invoicing request is not acknowledged.",
      cu("11-05 09:15", """Hello,

We're sponsoring a Brazilian colleague, Dr Camila Rocha, who joins our Reading lab in January, and we'd like to book her 40 hours of one-to-one English with a focus on scientific presentations. Do you have a teacher with a science background? Could you also let me know the price?

We'd need the invoice to go to our purchasing team (purchasing@mehta-pharma.example) rather than to me.

Best,
Sanjay Mehta
Lab Operations Manager""", uq=1),
      ag("harriet", "11-05 11:40", """Dear Sanjay,

We'd be happy to help. I'm checking availability with two of our teachers who have worked with research staff before, and I'll come back to you early next week with a name and a price.

Best wishes,
Harriet""", promises=[("11-10", 3)]),
      ag("harriet", "11-11 10:20", """Dear Sanjay,

Sorry this took a day longer than I'd hoped. Dr Fiona Reid (PhD in chemistry, twelve years teaching English for academic purposes) can take Camila from 11 January, Monday, Wednesday and Friday at 9am. Forty hours one-to-one come to £1,880, including materials.

Best wishes,
Harriet""", parent=1)),

    C("r49-quick-question-cpe", "en", "closed", {},
      "Hannah Okoro <hannah.okoro@example.com>", "gmail", "Quick question",
      "Digital copy of a lost certificate sent as an attachment with the fee question answered; thanks-only reply.",
      cu("11-02 13:00", """Hi Tom,

I need a copy of my certificate from the Proficiency preparation course (2024) - I've lost the original. Is it possible to get a digital copy, and is there a fee?

Thanks,
Hannah Okoro"""),
      ag("tom", "11-02 16:00", """Hi Hannah,

No charge for a digital copy - here it is, attached. A replacement paper copy would be £15 if you ever need one.

Tom""", attach=[("application/pdf", "certificate-copy-Okoro.pdf", CPE_PDF)]),
      cu("11-02 16:30", """Perfect, thank you!

Hannah""", thanks=True)),

    C("r50-gastfamilie-kontakt", "de", "closed", {},
      "Stefan Hoffmann <stefan.hoffmann@hoffmann-it.example>", "outlook_de", "Gastfamilie für Jonas",
      "German father writes to the accommodation officer; she answers both points in English; thanks-only reply.",
      cu("11-03 08:00", """Sehr geehrte Frau Tallis,

mein Sohn Jonas wird ab dem 4. Januar zwölf Wochen bei Ihnen wohnen. Könnten Sie uns bitte die Kontaktdaten der Gastfamilie schicken, damit wir uns vorab vorstellen können? Außerdem würde mich interessieren, ob es in der Familie WLAN gibt, da Jonas abends online für seine Schule in Deutschland lernen muss.

Mit freundlichen Grüßen
Stefan Hoffmann""", tz=1),
      ag("gwen", "11-03 11:30", """Dear Mr Hoffmann,

Jonas will stay with Mr and Mrs Pearce, 41 Kendrick Road, Reading RG1 5DU, telephone +44 118 496 0912, email pearce.family@example.org - they're looking forward to hearing from you. All our host families have broadband Wi-Fi, and the Pearces have put a desk in Jonas's room.

Best wishes,
Gwen"""),
      cu("11-03 13:00", """Vielen Dank, das ist sehr hilfreich!

Stefan Hoffmann""", thanks=True, tz=1)),

    C("r51-horario-c1-argentina", "es", "closed",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Sofía Benítez <sofia.benitez@benitez-ar.example>", "gmail_es", "Clases online C1 Advanced",
      "Argentinian teacher: private lessons answered, the group times promised 'mañana' arrive after a chase two days later; the syllabus PDF never sent.",
      cu("11-10 10:00", """Hola:

Soy profesora de secundaria en Rosario y quiero preparar el examen C1 Advanced con sus clases online. Me gustaría saber en qué horario son las clases del grupo de la tarde, porque acá son tres horas menos. ¿Tienen también clases individuales, por si no me cuadra el horario? Por favor, mándenme también el programa del curso en PDF.

Gracias,
Sofía Benítez""", uq=1, tz=-3),
      ag("lucia", "11-10 15:30", """Hola, Sofía:

Sí, también damos clases individuales online, con horario flexible. El horario del grupo de la tarde lo tengo que confirmar con coordinación, porque el calendario de enero todavía no está cerrado; te escribo mañana con las horas exactas.

Un saludo,""", promises=[("11-11", 4)]),
      cu("11-13 09:00", """Hola Lucía, ¿pudiste confirmar el horario del grupo de la tarde? Quedo atenta.

Sofía""", chase=True, tz=-3),
      ag("lucia", "11-13 13:00", """Hola, Sofía:

Perdona la demora. El grupo de la tarde es los lunes y miércoles de 17:00 a 18:30, hora de Londres, o sea, de 14:00 a 15:30 en Argentina.

Un saludo,""")),
]

UNANSWERED: dict[str, list[str]] = {
    "r02-placement-webcam": ["Will I need a webcam?"],
    "r05-bildungsurlaub": [
        "Da ich den Kurs als Bildungsurlaub beantragen möchte, bräuchte ich außerdem eine Bestätigung von Ihnen, dass der Kurs mindestens 30 Unterrichtsstunden pro Woche umfasst."],
    "r09-haldane-business-english": [
        "Would your teacher be able to come to our office on the Green Park business estate, or does it have to be at the school?",
        "Please also make sure any quote is addressed to Haldane Logistics Ltd and shows our PO number 4471-HR, otherwise our finance system rejects it."],
    "r12-invoice-parent-name": ["And out of interest, is there a sibling discount?"],
    "r17-sejour-junior": [
        "Par ailleurs, je voudrais savoir si vous organisez le transfert depuis l'aéroport de Heathrow, et à quel prix."],
    "r19-instalments-resend": ["Also, is the registration fee refundable if my visa is refused?"],
    "r20-three-agents-arrival": ["Is there a student discount for the gym near the school?"],
    "r24-exam-prep-price": ["Is the exam prep course the same price as the general course?"],
    "r26-private-italian-chased": [
        "Could you also send me your cancellation policy for private lessons, as my work diary changes a lot."],
    "r29-attendance-report-b64": [
        "In addition, I would like to ask whether it is possible to move up to the upper-intermediate group in December, because I find 3B a little easy now."],
    "r30-relance-opco": ["Par ailleurs, est-il possible d'obtenir une convention de formation pour notre OPCO ?"],
    "r31-recibo-deposito": [
        "Además, necesitaría que me enviaran un recibo del depósito de 300 £ a mi nombre y con mi DNI (50123456K), porque mi empresa me reembolsa una parte."],
    "r33-resolved-recordings": ["And can I download them to watch offline on the train?"],
    "r36-enrolment-letter-eod": [
        "Could you also confirm whether the school can provide a letter for my wife, who will travel with me as a visitor?"],
    "r38-saturday-parking": [
        "Is there parking at the school on Saturdays, or should I use the Broad Street Mall car park?"],
    "r39-exam-inline-skip": ["How do I get extra time?"],
    "r42-pruefungsgebuehr": [
        "Und können Sie mir sagen, ob die Prüfungsgebühr bereits im Kurspreis enthalten ist?"],
    "r43-pennington-revised-quote": [
        "One more thing - does the price include the course book, or is that extra?"],
    "r47-italian-retired-couple": [
        "whether there is any reduction for pensioners or for couples enrolling together",
        "We would also like to know whether the classroom is on the ground floor, because my husband has had a knee operation and stairs are difficult for him at the moment."],
    "r48-science-tutor-late": [
        "We'd need the invoice to go to our purchasing team (purchasing@mehta-pharma.example) rather than to me."],
    "r51-horario-c1-argentina": ["Por favor, mándenme también el programa del curso en PDF."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The office's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"RLS-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts."""
    msgs: list[Msg] = []
    last_human: str | None = None
    for i, spec in enumerate(case.specs, 1):
        o = dict(spec.opts)
        key = f"{case.name}.{i}"
        parent_no = o.pop("parent", None)
        parent = f"{case.name}.{parent_no}" if parent_no else (None if parent_no == 0 else last_human)
        refs = o.pop("refs", None)
        extra = list(o.pop("extra", []))
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", "")}
        if spec.role == "agent":
            who = o.pop("who")
            frm, client, sig = AGENTS[who]
            client = o.pop("client", client)
            date = at(spec.when)
            if o.pop("sig", True):
                body = body.rstrip("\n") + "\n\n" + sig if not body.rstrip().endswith(",") else body.rstrip("\n") + "\n" + sig
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=OFFICE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", OFFICE),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        m.refs = [f"{case.name}.{r}" for r in refs] if refs else None
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


def build_cases() -> list[Case]:
    """Every case with its messages rendered (Message-IDs, raw bytes, own text) and the
    unanswered-question facts attached to the customer message that asks each question."""
    for case in CASES:
        case.msgs = materialise(case)
    mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)
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
        for q in c.uq:
            if not any(q in m.own for m in c.msgs if m.role == "customer"):
                out.append(f"{c.name}: labelled question {q!r} is in no customer message")
        for m in c.msgs:
            if m.role in ("customer", "auto") and len(m.uq) != m.asks_unanswered:
                out.append(f"{m.key}: asks {m.asks_unanswered} unanswered questions, labels hold {len(m.uq)}")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table(TITLE + " - cases", "make_practice36_corpus.py", rows)


README_TEMPLATE = """# {title}

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/` was not opened) nor at any other corpus's cases, so its figure is an unseen
one. Use it to measure, not to tune: once the tool has been changed because of its cases, it
is no longer unseen.

- Company: **Rivermead Language School**, a language school in Reading running evening
  classes in eleven languages, intensive summer and junior courses, online lessons and exam
  preparation (Cambridge B2 First, C1 Advanced): enrolment, placement tests, timetables and
  class moves, fees, instalments and refunds, certificates and attendance reports, homestay
  accommodation, visa and enrolment letters, in-company courses. Support address
  `hello@rivermeadlang.example`; agents Harriet Okafor (admissions), Daniel Pryce (timetables
  and academic office), Sunita Rao (fees and accounts), Gwen Tallis (accommodation), Tom
  Ashdown (exams and certificates), Matthias Brandt (German-speaking students), Claire Dubois
  (French-speaking students) and Lucía Herrera (Spanish-speaking students), all
  `@rivermeadlang.example`. The office robot (`hello@rivermeadlang.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few mails with "we aim to reply within one
  working day" - service-hours text, not a commitment.
- Customers are adult learners, parents of junior students, students abroad (Sweden,
  Colombia, Mexico, Argentina, Singapore, South Africa, the Emirates) and companies
  buying courses, on `*.example` domains and example.com/.org/.net. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain rivermeadlang.example`.

```
python scripts/make_practice36_corpus.py                   # regenerate (deterministic, stdlib only)
python scripts/make_practice36_corpus.py --out /tmp/p36    # ... into another folder
python scripts/evaluate.py --corpus tests/practice36       # accuracy of the current tool
python -m pytest -q tests/test_practice36_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): a question deferred with a promise counts only as that promise; one
`customer-chased` per chasing message; a question in the customer's latest unanswered mail
is `awaiting-reply` territory. `CASES.md` is the generated per-case table. Every file here
is generated by the script; edit the script and rerun it.

## Statistics

{cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and
{auto} customer out-of-office reply), {agent} support replies, {acks} office
acknowledgements. {clean} clean cases ({clean_pct} %). Languages: {langs}.
Statuses: {statuses}.

Expected findings: {findings}. Labelled unanswered questions: {uq} in {uq_cases} cases.

## What the corpus contains by design

- Customers ask several things at once: numbered and dashed lists, questions in one long
  paragraph (r47), indirect questions ("I wondered whether", "je voudrais savoir si",
  "können Sie mir sagen, ob", "Me gustaría saber"), requests without a question mark
  ("Please also make sure any quote ...", "Además, necesitaría que me enviaran un recibo",
  "Por favor, mándenme también el programa", "We'd need the invoice to go to ...").
- Replies answer in their own words, out of order and several questions in one sentence
  (r01, r08, r41), inline under quoted questions (r03, r39), with only a link and a figure
  (r44), only figures (r46), an attachment (r06, r29, r35, r40, r45, r49), by a colleague
  (r20, r22, r28).
- Unanswered questions are secondary points the reply skips (r02, r05, r12, r19, r29, r31,
  r36, r42, r43, r48, r51), one left out of an inline reply (r39), a neighbouring question
  answered instead (r24: general course price for "is exam prep the same price?"; r38:
  directions for a parking question), a follow-up question after the main one was settled
  (r33, r38), two of three in a long paragraph (r47), a request lost among three agents (r20).
- Not questions: a rhetorical question and a self-answered one (r13), a self-answered
  discount question and "Hope you had a lovely weekend?" (r40), "Hola Lucía, ¿qué tal?"
  (r41), a signature "Need a quote?" with a `?` URL (r34), agents' signatures with `?` URLs,
  thanks-only mails.
- Commitments kept on time by a colleague (r20 "she'll be in touch today", r22 "Sunita ...
  will email you the payment link tomorrow morning"), kept late (r04 by Wednesday, r12
  tomorrow, r27 bis Donnerstag, r36 by end of day, r48 early next week, r51 mañana), never
  kept (r07 el jueves, r17 d'ici mercredi, r21 no deadline, r37 on Monday, r43 tomorrow),
  deadline still ahead at audit time (r25 by Tuesday 24 November, r27 am Montag, dem 23.
  November). Not commitments: logistics (r23 coach times), a process description (r02 result
  in the portal), a conditional offer (r34), a past action (r06 "est parti par la poste ce
  matin"), the acknowledgement's service-hours text (r14, r26, r45).
- Chasing: "Any news on the refund?", "just checking in on this", "I'm still waiting for a
  reply" (r26 chases twice), "¿Hay alguna novedad ...? Sigo esperando", "gibt es schon etwas
  Neues", "Je me permets de vous relancer", "¿pudiste confirmar ...? Quedo atenta", "I'm
  still waiting for the letter", a resend as a new mail with the same subject (r19), a chase
  that lost its threading headers (r45).
- Status and timing: a fresh case inside the response target with only the acknowledgement
  (r14), awaiting reply (r07, r37), slow first responses (r15 Friday evening to Monday,
  r19, r26, r30, r45), an explicit close "I'll mark this as resolved" followed by thanks only
  (r10), "I'll close this ticket now" followed by a new question (r11), a `[Resolved]`
  subject tag followed by a new question (r33), three agents on one case (r20).
- Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
  Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
  Apple Mail (en/fr), iPhone, Thunderbird (en/de); top-posted and inline replies; plain 7bit,
  quoted-printable, base64 (r29), multipart/alternative (r08, r47, acknowledgements),
  HTML-only customer mails (r28); PDF and PNG attachments; a customer's out-of-office reply
  (r32); a reply whose References skip a message (r36); two customers with the same subject
  "Quick question" (r44, r49); customers writing from UTC-6 to UTC+8.

## Judgement calls

- r24: the reply gives the general course's price and says nothing of the exam course's
  price, so "Is the exam prep course the same price as the general course?" is unanswered.
- r38: directions to the Saturday building do not say where to park: unanswered.
- r47: the first labelled question is the clause "whether there is any reduction for
  pensioners or for couples enrolling together" of a longer sentence whose first half (a
  daytime class) is answered.
- r17, r25, r51: questions deferred with a promise count only through the promise.
- r19: the resend repeats the questions; the unanswered one is attributed to the first mail.
- r50 is labelled German: the customer writes German and the agent answers in English.
- Chases are counted one per chasing message: r26 has 2.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the corpus statistics computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    found = Counter()
    for c in cases:
        found.update(c.rules)
    statuses = Counter(c.status for c in cases)
    return README_TEMPLATE.format(
        title=TITLE + " support", cases=len(cases), messages=len(msgs),
        inbox=roles["customer"] + roles["auto"], customer=roles["customer"], auto=roles["auto"],
        agent=roles["agent"], acks=roles["ack"], clean=clean,
        clean_pct=round(100 * clean / len(cases)),
        langs=", ".join(f"{names[k]} {n}" for k, n in sorted(langs.items(), key=lambda x: -x[1])),
        statuses=", ".join(f"{n} {s}" for s, n in sorted(statuses.items(), key=lambda x: -x[1])),
        findings=", ".join(f"{r} {found[r]}" for r in RULES if found[r]),
        uq=sum(len(c.uq) for c in cases), uq_cases=sum(1 for c in cases if c.uq))


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.rivermeadlang.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent}
    for m in (m for c in cases for m in c.msgs):
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
        raise SystemExit("refusing to write tests/practice36:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice36:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice36 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice36")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
