#!/usr/bin/env python3
"""Regenerate ``tests/practice73/``: a labelled corpus of Elmstead Summer School.

A support mailbox of a fictional residential summer school near Colchester for teenagers
aged 12-17 (English courses for international students plus a Leadership & Drama programme
that British students join too). Parents from Germany, France, Spain, the UK and elsewhere
write about fees, deposits and balances, homestay versus residence, airport pick-ups,
dietary needs, medication, excursions, visas and invitation letters, placement tests,
certificates and refunds. Written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``elmsteadsummer.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice73_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "elmsteadsummer.example"
ADMISSIONS = "Elmstead Summer School <admissions@elmsteadsummer.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "fiona": ("Fiona Ashdown <fiona.ashdown@elmsteadsummer.example>", "thunderbird", """-- 
Fiona Ashdown
Admissions Officer | Elmstead Summer School
Elmstead Hall, Elmstead Market, Colchester CO7 7XX | +44 1206 555 0140
Apply online: https://elmsteadsummer.example/apply?ref=sig"""),
    "rupert": ("Rupert Kellaway <rupert.kellaway@elmsteadsummer.example>", "outlook", """Rupert Kellaway
Welfare & Accommodation Manager | Elmstead Summer School
Worried about your child during the course? Our welfare line is open 24/7 in July and August: +44 1206 555 0142"""),
    "priya": ("Priya Natarajan <accounts@elmsteadsummer.example>", "owa", """Priya Natarajan
Accounts | Elmstead Summer School Ltd, registered in England no. 04417329
This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error please notify the sender and delete it."""),
    "tom": ("Tom Hebden <tom.hebden@elmsteadsummer.example>", "apple", """Tom Hebden
Transfers & Excursions | Elmstead Summer School
https://elmsteadsummer.example/excursions?year=2027&from=email"""),
    "sabine": ("Sabine Krüger <sabine.krueger@elmsteadsummer.example>", "thunderbird_de", """-- 
Elmstead Summer School | Betreuung deutschsprachiger Familien
Tel. +44 1206 555 0155 | https://elmsteadsummer.example/de?ref=signatur"""),
    "camille": ("Camille Rousseau <camille.rousseau@elmsteadsummer.example>", "apple_fr", """Elmstead Summer School - Familles francophones
+44 1206 555 0156 | https://elmsteadsummer.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia.ferrer@elmsteadsummer.example>", "gmail_es", """--
Lucía Ferrer
Atención a familias (ES) | Elmstead Summer School
+44 1206 555 0157"""),
}

ACK = {
    "en": """Dear parent or guardian,

Thank you for contacting Elmstead Summer School. This is an automatic reply:
your enquiry has been logged with the reference {ref}.

Our admissions office is open Monday to Friday, 9:00-17:30 (UK time), and we
aim to reply within one working day. During the courses in July and August
our welfare line is staffed around the clock: +44 1206 555 0142.

Elmstead Summer School - Admissions
https://elmsteadsummer.example/help?ticket={ref}""",
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
    "helpdesk": ["X-Mailer: Elmstead Helpdesk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ess.", outlook_server="AM6PR0")
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
    """A reply by support agent ``who`` at ``when`` (London time, UTC in November)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str) -> Spec:
    """The helpdesk's automatic acknowledgement."""
    return Spec("ack", when, ACK["en"], {})


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
    """The end of ``day`` ("MM-DD") in London: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

VISA_LETTER_PDF = mailcraft.pdf(["Elmstead Summer School - Letter of invitation",
                                 "Student: ARJUN RAMAN, born 14.03.2011, passport Z7712093",
                                 "Course: Session B, 18-31 July 2027, 20 lessons per week",
                                 "Accommodation: Elmstead Hall residence. Fees paid in full.",
                                 "Signed: Dr H. Marlow, Principal"])
GP_NOTE_PDF = mailcraft.pdf(["Riverside Medical Practice, Guildford",
                             "To whom it may concern - Eleanor Dunmore, DOB 02/05/2011",
                             "Diagnosed with infectious mononucleosis on 16/08/2026.",
                             "Unfit to take part in residential activities for 4 weeks."])
REFUND_PDF = mailcraft.pdf(["Elmstead Summer School Ltd - Refund confirmation",
                            "Booking ESS-27-0167 (Lewis Campbell), Session C 2027 - cancelled",
                            "Deposit refunded: GBP 400.00 to Visa ending 4471 on 13/11/2026",
                            "Registration fee GBP 95.00 non-refundable"])
MEDICAL_FORM_PDF = mailcraft.pdf(["Elmstead Summer School - Medical information and consent",
                                  "Student name / date of birth / GP details",
                                  "Allergies, dietary needs, medication (name, dose, times)",
                                  "Consent to emergency treatment - signature of parent"])
INVOICE_PDF = mailcraft.pdf(["Elmstead Summer School Ltd - Invoice ESS-INV-27-0094 (corrected)",
                             "Charlotte Lowther - Session A 2027 - Residence (full board)",
                             "Course and accommodation GBP 2,480.00, deposit paid GBP 400.00",
                             "Balance due 1 May 2027: GBP 2,080.00"])
CERTIFICADO_PDF = mailcraft.pdf(["Elmstead Summer School - Certificate of attendance",
                                 "Diego Serrano Vidal attended Session A, 5-18 July 2026",
                                 "40 lesson hours - CEFR level on completion: B1+",
                                 "Signed: M. Okonjo, Director of Studies"])
CONFIRMATION_PDF = mailcraft.pdf(["Elmstead Summer School - Booking confirmation",
                                  "Poppy Harding (13) - Session B, 18-31 July 2027 - Homestay",
                                  "Deposit received: GBP 400.00 on 02/11/2026",
                                  "Balance due: 1 May 2027"])
LINDQVIST_PDF = mailcraft.pdf(["Elmstead Summer School - Booking confirmation (amended)",
                               "Nils Lindqvist (14) - Session B - Residence",
                               "Arrival: Sunday 18 July 2027 - Departure: Saturday 31 July 2027"])
BROCHURE_PDF = mailcraft.pdf(["Elmstead Summer School 2027",
                              "English for international students aged 12-17",
                              "Leadership & Drama and Film-making programmes",
                              "Sessions: 4-17 July, 18 July-31 July, 1-14 August 2027"])
HEADPHONES_PNG = mailcraft.png(10, 8, lambda x, y: (20 + 4 * x, 20 + 4 * x, 24 + 3 * y))

CASES: list[Case] = [
    C("s01-whitlock-homestay-or-residence", "en", "closed", {},
      "Joanna Whitlock <jo.whitlock@example.org>", "gmail", "Homestay or residence for Alfie?",
      "Three questions (price difference, getting to campus from a homestay, sibling discount) answered in two paragraphs, out of order.",
      cu("11-03 20:40", """Hello,

My son Alfie (14) would like to do the Leadership & Drama programme next summer, probably Session B. We're trying to decide between homestay and residence and I have a few questions before we book.

What's the difference in price between the two for a fortnight? If he's in a homestay, how does he get to the campus every day - is there a school bus or does he go on his own? And I was wondering whether you do any discount for siblings, as his sister Maisie (12) might want to come for the same two weeks.

Many thanks,
Joanna Whitlock"""),
      ag("fiona", "11-04 09:15", """Dear Joanna,

Thanks for thinking of us for Alfie (and possibly Maisie!). Brothers and sisters booked together get 10% off the second place. For two weeks, residence is £2,480 and homestay £2,100; both include full board, the afternoon activities and two full-day excursions.

Our host families all live in Elmstead Market or on the edge of Colchester. The younger students are collected by the school minibus at 8:15; the over-14s travel in pairs on the 62 bus with a pass we provide, about 15 minutes door to door.

Kind regards,
Fiona""")),

    C("s02-okafor-heathrow-minor", "en", "closed", {"unanswered-question": 1},
      "Daniel Okafor <daniel.okafor@example.com>", "outlook", "Heathrow arrival - unaccompanied minor",
      "Father in Frankfurt: hand-over and price of the Heathrow transfer answered; what happens if the flight is badly delayed is not.",
      cu("11-05 07:55", """Dear Admissions team,

Our daughter Ada (13) is booked for Session A (ref. ESS-27-0418) and will fly Lufthansa from Frankfurt to Heathrow on 4 July as an unaccompanied minor.

Could you let me know how the hand-over works at Heathrow with the airline's UM service and what the transfer to Elmstead costs? What happens if her flight is delayed by several hours - does the driver still wait, or do we need to rebook?

Best regards,
Daniel Okafor""", uq=1),
      ag("tom", "11-05 11:30", """Hi Daniel,

Our Heathrow transfer is £140 each way. For unaccompanied minors one of our staff meets the Lufthansa escort in the Terminal 2 arrivals hall, shows ID and signs the UM form, and then travels with Ada to Elmstead by car - it takes about two hours.

Please fill in the flight form in the parent portal once you have the flight number so we can book the driver.

Best wishes,
Tom"""), tz=1),

    C("s03-pemberton-packing-inline", "en", "closed", {},
      "Rachel Pemberton <rachel@pembertoninteriors.example>", "thunderbird", "Pocket money, phones, laundry",
      "A numbered list of four questions, the last one answered by the customer herself; the other three answered inline under the quoted lines.",
      cu("11-02 21:10", """Hi,

Imogen is joining you for Session C and is already packing in her head (!). A few practical things:

1. How much pocket money would you suggest per week?
2. Are mobile phones allowed in the residence at night?
3. Is there a laundry service or should she pack for the full two weeks?
4. Does she need to bring a towel and bedding? Actually, I've just found the kit list on your website - bedding is provided, towels aren't. Ignore that one.

Thanks,
Rachel

-- 
Rachel Pemberton | Pemberton Interiors
Need a quote? https://pembertoninteriors.example/contact?src=mail"""),
      ag("fiona", "11-03 09:40", """Hi Rachel,

> 1. How much pocket money would you suggest per week?

£40-£50 is plenty. Excursions and meals on trips are already paid for, so it's mostly snacks and souvenirs.

> 2. Are mobile phones allowed in the residence at night?

Students keep their phones, but the house parents collect them at lights out (10:30pm for her age group) and hand them back at breakfast.

> 3. Is there a laundry service or should she pack for the full two weeks?

Laundry is done for them twice a week, free of charge - a week's worth of clothes is enough.

Best wishes,
Fiona""", quote=False)),

    C("s04-hartmann-anzahlung", "de", "closed", {"unanswered-question": 1},
      "Claudia Hartmann <c.hartmann@web.example>", "gmail_de", "Anmeldung Jonas - Anzahlung und Ausflüge",
      "German mother: refundability of the deposit and the Cambridge trip answered; the request to make the invoice out to her husband is ignored.",
      cu("11-04 19:30", """Sehr geehrte Frau Krüger,

wir möchten unseren Sohn Jonas (15) für zwei Wochen im Juli (Kurs A) anmelden, Unterbringung im Wohnheim.

Bevor wir die Anzahlung von 400 £ überweisen, habe ich noch zwei Fragen: Bekommen wir die Anzahlung zurück, falls Jonas krank wird oder sich verletzt und nicht anreisen kann? Und ist der Ausflug nach Cambridge im Preis enthalten oder kostet der extra?

Der Arbeitgeber meines Mannes bezuschusst Sprachreisen der Kinder. Könnten Sie die Rechnung deshalb bitte auf seinen Namen ausstellen (Markus Hartmann, Lindenweg 4, 79098 Freiburg)?

Mit freundlichen Grüßen
Claudia Hartmann""", uq=1),
      ag("sabine", "11-05 09:20", """Sehr geehrte Frau Hartmann,

vielen Dank für Ihr Interesse! Die Anzahlung erstatten wir bis zum 1. Mai 2027 vollständig, danach nur noch gegen ärztliches Attest oder über eine Reiserücktrittsversicherung. Der Ganztagesausflug nach Cambridge gehört zum Programm von Kurs A und ist im Preis inbegriffen, ebenso der Eintritt ins King's College.

Die Anmeldung können Sie direkt online abschließen: https://elmsteadsummer.example/de/anmeldung

Mit freundlichen Grüßen
Sabine Krüger"""), tz=1),

    C("s05-raman-invitation-letter", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Kavitha Raman <raman.family@example.net>", "outlook", "Invitation letter for visa - Arjun Raman",
      "Visa invitation letter promised 'by Wednesday at the latest'; the mother checks in five days later and gets it that morning: kept late, so missed, and chased.",
      cu("11-06 08:30", """Dear Ms Ashdown,

We have booked Arjun (15) for Session B, booking ESS-27-0533. As we are Indian citizens living in Munich, he needs a UK Standard Visitor visa, and the visa centre asks for a letter of invitation from the school.

Please could you send us that letter? It should state his full name as in his passport (ARJUN RAMAN), passport number Z7712093, date of birth 14.03.2011, the course dates and that the fees are paid. Our appointment at the visa centre is on 24 November.

Thank you and kind regards,
Kavitha Raman"""),
      ag("fiona", "11-06 12:10", """Dear Kavitha,

Of course. The letter has to be signed by our Principal, who is back in the office on Monday; I'll send it to you as a PDF by Wednesday at the latest. It will include everything you listed plus our accreditation details.

Kind regards,
Fiona""", promises=[("11-11", 4)]),
      cu("11-16 08:05", """Dear Fiona,

Just checking in about the invitation letter for Arjun - I haven't received anything yet and the visa appointment is next Tuesday. Could you let me know when it will come?

Kind regards,
Kavitha Raman""", chase=True),
      ag("fiona", "11-16 10:30", """Dear Kavitha,

I'm so sorry - the signed letter was sitting in my drafts folder. Here it is, attached. If the visa centre needs anything else from us, just let me know.

Kind regards,
Fiona""", attach=[("application/pdf", "Invitation-letter-Arjun-Raman.pdf", VISA_LETTER_PDF)]),
      tz=1),

    C("s06-lefevre-test-niveau", "fr", "pending", {},
      "Olivier Lefèvre <olivier.lefevre@laposte.example>", "apple_fr", "Test de niveau - Manon Lefèvre",
      "French father: three questions about the placement test and grouping with a friend, all answered (the friend one with a qualified 'not guaranteed, but').",
      cu("11-16 13:20", """Bonjour Madame Rousseau,

Manon est inscrite au cours B (English Plus) et nous avons reçu le lien pour le test de niveau. Quelques questions avant qu'elle ne le passe :

Le test se fait-il entièrement en ligne, ou y a-t-il aussi un oral à l'arrivée ? Combien de niveaux avez-vous ? Et serait-il possible qu'elle soit dans le même groupe que son amie Louise Garnier, qui part avec elle ?

Merci d'avance et bonne journée,
Olivier Lefèvre"""),
      ag("camille", "11-16 16:05", """Bonjour Monsieur Lefèvre,

Le test en ligne (45 minutes : grammaire, vocabulaire et compréhension écrite) est complété le premier matin par un court entretien oral de cinq minutes avec un professeur. Les élèves sont répartis sur six niveaux, du A2 au C1.

Pour Louise : nous ne pouvons pas garantir le même groupe, puisque les classes dépendent des résultats au test, mais si leurs niveaux sont proches nous les mettrons ensemble. Elles seront de toute façon dans la même maison et feront les activités ensemble.

Bien cordialement,
Camille Rousseau"""), tz=1),

    C("s07-navarro-seguro-plazos", "es", "pending", {"unanswered-question": 2},
      "María José Navarro <mj.navarro@telefonica.example>", "gmail_es", "Dudas curso de agosto",
      "Spanish mother asks about insurance, paying in two instalments and a Sunday return flight; only the instalments are answered.",
      cu("11-17 22:15", """Hola, buenas noches:

Estamos pensando en inscribir a nuestro hijo Pablo (16 años) en el curso C de agosto, en residencia. Tengo varias dudas:

¿El precio incluye el seguro médico y de accidentes, o tenemos que contratarlo aparte? ¿Se puede pagar en dos plazos? Y necesito saber si el vuelo de vuelta podría ser el domingo 15 en lugar del sábado 14, porque los vuelos del sábado a Bilbao están carísimos.

Muchas gracias,
María José Navarro""", uq=2),
      ag("lucia", "11-18 10:05", """Hola, María José:

Gracias por escribirnos. Sí, se puede pagar en dos veces: 400 £ de depósito al hacer la reserva y el resto antes del 1 de mayo de 2027. Si lo prefieren, también pueden pagar el total de una vez con tarjeta o por transferencia.

Le dejo el enlace de la inscripción: https://elmsteadsummer.example/es/inscripcion

Un saludo,
Lucía"""), tz=1),

    C("s08-brennan-coeliac", "en", "closed", {},
      "Siobhan Brennan <siobhan.brennan@example.org>", "gmail", "Coeliac - can you cater?",
      "Coeliac son: kitchen and snacks answered at once, the excursion packed lunches deferred 'by Friday' and answered on Thursday; thanks-only close.",
      cu("11-02 12:40", """Hello,

Cian has coeliac disease (diagnosed two years ago, and we're very strict). Before I pay the deposit I need to know whether your kitchen can really cater for him - separate toaster, no cross-contamination, that kind of thing.

Can he bring his own snacks from home? And what about the packed lunches on the excursion days - who makes those?

Thanks,
Siobhan"""),
      ag("rupert", "11-02 16:20", """Dear Siobhan,

Yes - our catering team at Elmstead Hall cooks for about a dozen coeliac students every summer. Gluten-free meals are prepared in a separate area with their own toaster and utensils, and the chef meets every student with an allergy on their first evening. Snacks from home are absolutely fine; he can keep them in the house kitchen in a labelled box.

The excursion lunches come from an outside caterer this year, so let me check with our catering manager how they handle gluten-free and I'll come back to you by Friday.

Kind regards,
Rupert""", promises=[("11-06", 3)]),
      ag("rupert", "11-05 11:45", """Dear Siobhan,

Following up on the packed lunches: the caterer, Fenwick Kitchens, makes the gluten-free ones first thing in the morning in a sealed area, labels each one with the student's name and packs them in a separate cool box. Our trip leader checks them off before anyone eats.

Kind regards,
Rupert"""),
      cu("11-05 19:05", """That's really reassuring, thank you Rupert. Deposit paid this evening.

Siobhan""", thanks=True)),

    C("s09-dunmore-early-departure", "en", "closed", {"missed-follow-up": 1},
      "Mark Dunmore <mark.dunmore@example.com>", "outlook", "Partial refund - Ellie Dunmore, Session C 2026",
      "Medical early departure: the unused transfer refund is confirmed, the course refund amount promised 'by the end of next week' never comes.",
      cu("10-28 10:15", """Dear Accounts,

Ellie (booking ESS-26-1187) had to leave Session C after eight days in August because she came down with glandular fever - Rupert arranged for us to collect her, so the welfare team will have it on record.

Your terms mention a partial refund for medical reasons with a doctor's note, which I attach. Could you let me know how much will be refunded for the six nights she missed? And can the return transfer we paid for but didn't use (£75) be refunded too?

Regards,
Mark Dunmore""", attach=[("application/pdf", "GP-letter-E-Dunmore.pdf", GP_NOTE_PDF)]),
      ag("priya", "10-28 16:30", """Dear Mr Dunmore,

Thank you for the note, and I hope Ellie is fully recovered. Refunds for medical departures have to be approved by the Director, who is away at a conference until Monday. I'll put your case to her on Monday and come back to you with the amount by the end of next week.

The unused Stansted transfer will be refunded in full either way.

Kind regards,
Priya""", promises=[("11-06", None)])),

    C("s10-fairbairn-certificate", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Hugh Fairbairn <hugh.fairbairn@example.net>", "gmail", "Certificate for Oscar Fairbairn - Session B 2026",
      "A missing 2026 certificate requested, acknowledged by the helpdesk only; the father writes again that he is still waiting; no human reply.",
      cu("11-12 18:30", """Hello,

Oscar attended Session B this summer (Leadership & Drama, 19 July - 1 August). We were told the certificates would be emailed in September but we've never received one, and his school wants it for his Duke of Edinburgh portfolio.

Could you please email it to me? His full name is Oscar James Fairbairn.

Many thanks,
Hugh Fairbairn"""),
      ack("11-12 18:31"),
      cu("11-17 08:50", """Hi,

I'm still waiting to hear back about Oscar's certificate (see below). The DofE deadline is the end of this month, so I'd be grateful for a quick reply.

Hugh""", chase=True)),

    C("s11-brandt-medikamente", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Stefanie Brandt <stefanie.brandt@t-online.example>", "outlook_de", "Medikamente für Leon (ADHS)",
      "German mother, three questions on ADHD medication: two answered, who gives the tablet deferred 'bis Freitag'; she asks again five days after that and gets the answer.",
      cu("11-10 20:10", """Sehr geehrte Frau Krüger,

unser Sohn Leon (13) ist für Kurs A im Wohnheim angemeldet. Er nimmt wegen ADHS jeden Morgen Medikinet retard 20 mg.

Dazu habe ich einige Fragen:
- Wer gibt ihm morgens die Tablette? Er vergisst sie sonst garantiert.
- Brauchen wir eine ärztliche Bescheinigung auf Englisch?
- Muss das Medikament in der Originalverpackung sein, oder dürfen wir es in eine Wochendose füllen?

Vielen Dank im Voraus!
Stefanie Brandt"""),
      ag("sabine", "11-11 10:40", """Sehr geehrte Frau Brandt,

danke für die ausführlichen Infos. Ja, bitte geben Sie Leon eine kurze ärztliche Bescheinigung auf Englisch mit (Diagnose, Dosierung, Einnahmezeit). Das Medikament muss in der Originalpackung mit dem Etikett der Apotheke sein – Wochendosen dürfen wir leider nicht annehmen.

Wie die Ausgabe im Wohnheim für Kurs A genau organisiert ist, kläre ich noch mit unserer Welfare-Leitung und melde mich bis Freitag wieder bei Ihnen.

Mit freundlichen Grüßen
Sabine Krüger""", promises=[("11-13", 4)]),
      cu("11-18 09:15", """Guten Morgen Frau Krüger,

gibt es schon etwas Neues wegen der Tablettenausgabe? Wir würden das gern vor Weihnachten geklärt haben.

Viele Grüße
Stefanie Brandt""", chase=True),
      ag("sabine", "11-18 11:20", """Sehr geehrte Frau Brandt,

entschuldigen Sie bitte, dass es so lange gedauert hat. Im Wohnheim werden alle Medikamente im Büro der Hausmutter in einem verschlossenen Schrank aufbewahrt. Die Hausmutter gibt Leon die Tablette jeden Morgen beim Frühstück um 7:45 Uhr und trägt jede Einnahme in ein Protokoll ein.

Mit freundlichen Grüßen
Sabine Krüger"""), tz=1),

    C("s12-gallagher-html-excursions", "en", "closed", {},
      "Niamh Gallagher <niamh.gallagher@example.com>", "owa", "Excursions included?",
      "HTML-only mail from Outlook on the web: included excursions answered with a link, the theatre add-on with a price; thanks-only reply.",
      cu("11-04 13:05", """Hi there,

We're comparing a couple of summer schools for our twins (both 15). Which excursions are included in the two-week price, and is it possible to add the London theatre evening as an extra?

Thanks a lot,
Niamh Gallagher""", kind="html"),
      ag("tom", "11-04 15:50", """Hi Niamh,

Every fortnight includes two full-day trips (London and Cambridge) and a half-day trip to Colchester Castle; the full 2027 programme is here: https://elmsteadsummer.example/excursions?year=2027

The West End evening is an optional extra at £68, ticket and coach included. You can add it on the booking form or at any time up to 1 June.

Best wishes,
Tom"""),
      cu("11-04 16:30", """Perfect, thanks Tom - that's really helpful.

Niamh""", kind="html", thanks=True)),

    C("s13-doyle-split-stay", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Patrick Doyle <p.doyle@example.org>", "iphone", "3 weeks residence price",
      "Friday-afternoon iPhone mail answered on Monday afternoon (slow) with the three-week price; the split stay July/August is not addressed.",
      cu("11-06 15:40", """Hi,

How much would three weeks in residence cost for a 16 year old next summer? Also is it possible to do two weeks in July and then come back for one more week in August, as we're away in between?

Thanks
Patrick

Sent from my iPhone""", uq=1),
      ag("fiona", "11-09 16:10", """Dear Patrick,

Thank you for your enquiry, and sorry for the slow reply - our office is closed at weekends. Three weeks in residence in 2027 cost £3,720, which includes full board, all lessons, the activity programme and three full-day excursions. The registration fee (£95) is charged once per summer.

Kind regards,
Fiona""")),

    C("s14-moreau-facture-ce", "fr", "closed", {"missed-follow-up": 1},
      "Nathalie Moreau <nathalie.moreau@orange.example>", "apple_fr", "Facture acquittée pour le CE",
      "French mother needs a receipted invoice for a works-council refund; 'je vous l'envoie demain', and nothing more.",
      cu("11-03 09:10", """Bonjour,

Le comité d'entreprise de mon mari rembourse une partie des séjours linguistiques, mais il lui faut une facture acquittée au nom de notre fils, Hugo Moreau (cours C, cet été), avec les dates du séjour.

Pourriez-vous me l'envoyer ? Je dois déposer le dossier avant le 30 novembre.

Cordialement,
Nathalie Moreau"""),
      ag("camille", "11-03 11:45", """Bonjour Madame Moreau,

Bien sûr. Je demande la facture acquittée au service comptable ce matin et je vous l'envoie demain par e-mail, avec les dates exactes du séjour d'Hugo (du 2 au 15 août 2026).

Bien cordialement,
Camille Rousseau""", promises=[("11-04", None)]), tz=1),

    C("s15-ito-stansted-colleague", "en", "pending", {},
      "Kenji Ito <kenji.ito@example.com>", "gmail", "Stansted pick-up for Haruto",
      "Admissions passes the transfer request to the transfers manager, who 'will be in touch by tomorrow' and is, the next morning.",
      cu("11-16 09:30", """Good morning,

Our son Haruto (14) will be on Session A. He'll fly from Düsseldorf to Stansted with Eurowings, landing at 13:55 on 4 July. Can you arrange the pick-up? And would the same driver take him back on 17 July? The return flight leaves at 16:40.

Best regards,
Kenji Ito"""),
      ag("fiona", "11-16 10:15", """Dear Kenji,

Thanks for the flight details. Transfers are arranged by my colleague Tom, so I've forwarded your email to him - he'll be in touch by tomorrow with the times and the cost.

Kind regards,
Fiona""", promises=[("11-17", 3)]),
      ag("tom", "11-17 09:40", """Dear Kenji,

Both transfers are booked for Haruto. On 4 July our driver will wait in the Stansted arrivals hall from 13:55 with an Elmstead sign; on 17 July he leaves the campus with Haruto at 12:30 for the 16:40 flight and stays with him until security. Stansted transfers are £75 each way, so £150 will be added to your invoice.

Best wishes,
Tom""", parent=1), tz=1),

    C("s16-ashworth-residence-rooms", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Gemma Ashworth <gemma.ashworth@example.com>", "outlook", "Residence questions before we confirm",
      "Rooms and separate wings answered; sharing with a cousin not addressed; the safeguarding policy promised 'tomorrow' never sent.",
      cu("11-12 08:20", """Good morning,

Our son Toby (12) will be one of the youngest in the residence and I'd like to understand the set-up before we confirm.

Are the rooms single or shared? Are boys and girls in separate buildings? Can he share with his cousin, Felix Ashworth, who is being booked separately by my sister-in-law? I'd also like to read your safeguarding policy - please send me a copy.

Kind regards,
Gemma Ashworth""", uq=1),
      ag("rupert", "11-12 14:30", """Dear Gemma,

Students in the 12-13 group sleep in twin or triple rooms, and boys and girls are in separate wings of Elmstead Hall, each with its own house parents, who live on the corridor. The youngest students also have an earlier lights-out.

Our safeguarding policy is being updated for 2027 - I'll send you the new version tomorrow, once the Principal has signed it off.

Kind regards,
Rupert""", promises=[("11-13", None)])),

    C("s17-ibanez-descuento", "es", "closed", {},
      "Javier Ibáñez <javier.ibanez@correo.example>", "gmail_es", "Descuento por reserva anticipada",
      "Spanish father: whether there is an early-booking discount and until when, answered in one sentence; thanks-only reply.",
      cu("11-02 11:20", """Buenos días:

¿Tienen algún descuento por reservar pronto? Y si es así, ¿hasta qué fecha se puede reservar con descuento?

Un saludo,
Javier Ibáñez"""),
      ag("lucia", "11-02 13:05", """Buenos días, Javier:

Sí: las reservas hechas antes del 31 de enero de 2027 tienen un 8 % de descuento sobre el precio del curso (no sobre los traslados ni las excursiones opcionales).

Un saludo,
Lucía"""),
      cu("11-02 14:40", """¡Perfecto, muchas gracias!

Javier""", thanks=True), tz=1),

    C("s18-hollis-anxious-son", "en", "pending", {"unanswered-question": 2},
      "Catherine Hollis <catherine.hollis@example.org>", "apple", "Sam - a few worries",
      "One long paragraph from a worried mother with four questions; staff ratio, someone to talk to and calling home answered, the discos and a smaller room not.",
      cu("11-17 21:45", """Dear Mr Kellaway,

I hope you don't mind me writing to you directly. Our son Sam (16) is booked on Session B and, to be honest, he's quite anxious about it - he's never been away from home for more than a weekend and he isn't very sporty, which is partly why we chose the drama programme. I'd love to know how many staff there are per student in the evenings and whether there's anyone he could talk to if he's feeling low, as he's had a difficult year at school. He'll want to call home every evening, which I'm hoping is allowed? I was also wondering whether he could sit out the evening discos and do something quieter instead - the idea of a disco is his worst nightmare. Would it be possible to put him in a room with one other boy rather than three?

Sorry for the essay, and thank you.

Catherine Hollis""", to="Rupert Kellaway <rupert.kellaway@elmsteadsummer.example>", uq=2),
      ag("rupert", "11-18 10:20", """Dear Catherine,

Not an essay at all - this is exactly what we want to know before a student arrives. There's one member of staff for every eight students in the evenings, and Sam will have a named house parent from the first day. Our welfare officer, Joanna, runs a drop-in every afternoon and is on call in the evenings, so there is always someone to talk to. Many first-timers feel the same way and most of them settle within two or three days.

Calling home in the evening is completely fine; there's free time between 9 and 10pm.

Kind regards,
Rupert""")),

    C("s19-quinn-film-making", "en", "closed", {},
      "Alastair Quinn <alastair.quinn@example.net>", "thunderbird", "Freya - switch to Film-making?",
      "A rhetorical opener and a question the father answers himself around one real request (switch option, price difference), answered with 'Done' and a figure.",
      cu("11-04 17:30", """Hi Fiona,

Can you believe it's nearly time to think about summer again? Freya had such a good time this year that she's already asked to go back.

She's booked on Session A on the Leadership & Drama programme, but she'd rather do the Film-making option this time - she's got really into editing since the summer. Could you switch her over and let me know if there's any difference in price?

What was our booking reference again? Oh, it's on the confirmation email - ESS-27-0291.

Cheers,
Alastair"""),
      ag("fiona", "11-05 09:05", """Hi Alastair,

Lovely to hear Freya wants to come back! Done - she's now on Film-making for Session A. It's £60 more for the fortnight because of the equipment hire; I've added it to the balance invoice, due on 1 May.

Best wishes,
Fiona""")),

    C("s20-campbell-deposit-refund", "en", "closed", {"missed-follow-up": 1, "customer-chased": 2},
      "Rory Campbell <rory.campbell@example.com>", "gmail", "Cancellation - Lewis Campbell ESS-27-0167",
      "Deposit refund confirmation promised 'by Friday'; the father chases twice (the second time replying to his own chaser) and gets it a week late. Chased twice, one missed follow-up.",
      cu("11-02 09:15", """Hello,

I'm afraid we need to cancel Lewis's place on Session C (booking ESS-27-0167). He has been offered a place at a football academy camp on the same dates, which he can't turn down.

As we're cancelling well before 1 May, I understand the £400 deposit is refundable. Please refund it to the card we paid with.

Regards,
Rory Campbell"""),
      ag("priya", "11-02 16:40", """Dear Mr Campbell,

Sorry to hear Lewis won't be joining us, but good luck to him at the academy! You're right: the deposit is fully refundable before 1 May (the £95 registration fee is not). I'll process the refund of £400 this week and send you the confirmation by Friday.

Kind regards,
Priya""", promises=[("11-06", 5)]),
      cu("11-10 12:00", """Hi Priya,

Any update on the refund? Nothing has come through on the card yet and I haven't had a confirmation.

Rory"""
         , chase=True),
      cu("11-12 18:20", """Hello again - second time of asking. Could someone please confirm whether the refund has been processed?

Rory""", chase=True),
      ag("priya", "11-13 09:30", """Dear Mr Campbell,

I'm very sorry for the silence - I was off sick last week and your refund was waiting for my sign-off. £400 went back to your Visa card ending 4471 this morning; your bank may take 3-5 working days to show it. The confirmation is attached.

Kind regards,
Priya""", attach=[("application/pdf", "Refund-ESS-27-0167.pdf", REFUND_PDF)])),

    C("s21-vogel-gruppenflug", "de", "pending", {},
      "Thomas Vogel <th.vogel@posteo.example>", "thunderbird_de", "Begleiteter Gruppenflug ab Frankfurt",
      "German father, three questions on the accompanied group flight (age, escorts, time, price compared with a transfer), all answered.",
      cu("11-18 19:45", """Sehr geehrte Frau Krüger,

unsere Tochter Lina (12) fliegt zum ersten Mal allein. Ich habe gelesen, dass Sie für Kurs A eine begleitete Gruppe ab Frankfurt anbieten.

Ab welchem Alter dürfen die Kinder in der Gruppe mitfliegen, und wer begleitet sie? Um wie viel Uhr geht der Flug ungefähr? Was kostet das im Vergleich zum normalen Transfer ab Heathrow?

Mit freundlichen Grüßen
Thomas Vogel"""),
      ag("sabine", "11-19 09:35", """Sehr geehrter Herr Vogel,

die begleitete Gruppe ist genau für Kinder wie Lina gedacht: Mitfliegen dürfen alle Teilnehmenden ab 12 Jahren. Begleitet wird die Gruppe von zwei unserer deutschsprachigen Betreuerinnen, die am Flughafen Frankfurt ab 7:00 Uhr am Lufthansa-Schalter in Halle A warten. Der Flug nach Heathrow startet am 4. Juli um 9:20 Uhr.

Der Gruppenflug kostet 395 £ hin und zurück, inklusive Transfer nach Elmstead. Zum Vergleich: Der Transfer ab Heathrow allein kostet 140 £ pro Strecke, dazu käme dann noch der Flug.

Mit freundlichen Grüßen
Sabine Krüger"""), tz=1),

    C("s22-benali-halal", "fr", "closed", {"unanswered-question": 1},
      "Samira Benali <samira.benali@free.example>", "gmail", "Repas halal et formulaire médical",
      "French mother (Gmail): halal meals answered, the medical form attached; arriving a day early is not addressed.",
      cu("11-05 12:30", """Bonjour,

Mon fils Ilyes (14 ans) est inscrit au cours B en famille d'accueil. Il mange halal : est-ce que les familles d'accueil peuvent respecter ce régime, ou vaut-il mieux choisir la résidence ?

Pourriez-vous aussi m'envoyer le formulaire médical à remplir ? Je ne le trouve pas dans l'espace parents.

Enfin, est-il possible qu'il arrive le samedi 17 juillet, soit un jour plus tôt ? Nous avons trouvé un vol bien moins cher.

Merci beaucoup,
Samira Benali""", uq=1),
      ag("camille", "11-05 15:20", """Bonjour Madame Benali,

Vous trouverez le formulaire médical en pièce jointe ; il suffit de nous le renvoyer signé avant le 1er juin.

Pour les repas, plusieurs de nos familles d'accueil à Colchester cuisinent halal et nous placerons Ilyes chez l'une d'elles. En résidence, la cantine propose aussi de la viande halal tous les jours : les deux options sont donc possibles.

Bien cordialement,
Camille Rousseau""", attach=[("application/pdf", "Formulaire-medical-2027.pdf", MEDICAL_FORM_PDF)]),
      tz=1),

    C("s23-mercer-easter", "en", "open", {"awaiting-reply": 1},
      "Lydia Mercer <lydia.mercer@example.org>", "gmail", "Easter course?",
      "A question about an Easter course, acknowledged by the helpdesk only; no human reply after two and a half days.",
      cu("11-18 10:20", """Hello,

Do you run anything at Easter as well as in the summer? My daughter (13) would love a week of drama in the Easter holidays - ours are 29 March to 9 April 2027.

Thanks,
Lydia Mercer"""),
      ack("11-18 10:21")),

    C("s24-kowalczyk-fresh", "en", "open", {},
      "Sarah Kowalczyk <sarah.k@example.net>", "outlook", "Leadership & Drama - bilingual son",
      "Fresh question on the audit day, acknowledged by the helpdesk only: inside the response target.",
      cu("11-20 10:30", """Hi,

We live in Valencia and my son Marek (15) is bilingual English/Polish. Would the Leadership & Drama programme be suitable for him, or is it meant for native speakers only? And how many of the students on that programme are international?

Thanks,
Sarah Kowalczyk"""),
      ack("11-20 09:31"), tz=1),

    C("s25-lowther-reopened", "en", "closed", {"reopened": 1},
      "Victoria Lowther <v.lowther@example.com>", "outlook", "Invoice shows homestay - should be residence",
      "Corrected invoice sent and the ticket marked resolved; the mother comes back with a new question about paying in euros, answered.",
      cu("11-03 08:50", """Dear Priya,

We received the balance invoice for Charlotte (ESS-27-0094) but it shows homestay, and we booked residence. Could you correct it please?

Victoria Lowther""", to="Priya Natarajan <accounts@elmsteadsummer.example>"),
      ag("priya", "11-03 12:15", """Dear Mrs Lowther,

Apologies - the booking itself was right, but the invoice picked up the wrong accommodation. The corrected invoice is attached, showing residence at £2,480. I'll mark this ticket as resolved.

Kind regards,
Priya""", closes=True, attach=[("application/pdf", "ESS-INV-27-0094-corrected.pdf", INVOICE_PDF)]),
      cu("11-09 19:30", """Dear Priya,

Thank you for the corrected invoice. Before I pay, can you tell me whether you accept payment in euros? We still have a euro account from when we lived in Lyon and it would save us the conversion.

Victoria Lowther"""),
      ag("priya", "11-10 10:05", """Dear Mrs Lowther,

We can only take payments in pounds sterling, I'm afraid - but you can pay by card from a euro account, and your card provider will convert it at their rate. Bank transfers must be in GBP.

Kind regards,
Priya""")),

    C("s26-byrne-three-agents", "en", "pending", {"many-handoffs": 1, "unanswered-question": 1},
      "Hélène Byrne <helene.byrne@example.com>", "owa", "Two children, Session C - homestay and residence",
      "Admissions, welfare and accounts all reply to a family booking two children; the combined invoice is sent, the request to house the son with a friend is not addressed. The follow-up mail's References skip a message.",
      cu("11-16 09:00", """Hello,

We'd like to book our two children for Session C: Théo (15) in the residence and Zoë (12) in a homestay, as she's a bit young to be away from a family setting.

Is it possible to book them in different types of accommodation? Does the sibling discount still apply in that case? And Zoë is vegetarian - can you find her a vegetarian host family?

Best wishes,
Hélène Byrne"""),
      ag("fiona", "11-16 11:00", """Dear Hélène,

Yes, that's no problem at all - lots of families do exactly that. The sibling discount (10% off the second place) applies whatever the accommodation.

Host families are placed by my colleague Rupert, so I've asked him to reply about a vegetarian family for Zoë; he'll be in touch in the next day or two.

Kind regards,
Fiona""", promises=[("window", 3)]),
      ag("rupert", "11-17 10:30", """Dear Hélène,

We have several vegetarian host families on our books, including two in Elmstead Market itself, and we'll match Zoë with one of them. You'll receive the family's details in June, about three weeks before the course.

Kind regards,
Rupert"""),
      cu("11-17 20:15", """Thank you both, that's very helpful.

Please could you send us one combined invoice for both children, so we only make one transfer? Could Théo also be put in the same residence house as his friend Bastien Morel (booking ESS-27-0611)? They've been at school together since they were six.

Best wishes,
Hélène""", uq=1, refs=[1, 3]),
      ag("priya", "11-18 09:50", """Dear Mrs Byrne,

Please find attached one combined invoice for Théo and Zoë, with the sibling discount taken off Zoë's place. The deposit for both (£800) is due by 30 November; the balance by 1 May 2027.

Kind regards,
Priya""", attach=[("application/pdf", "ESS-INV-27-0702-0703.pdf", mailcraft.pdf([
          "Elmstead Summer School Ltd - Invoice ESS-INV-27-0702/0703",
          "Theo Byrne - Session C - Residence GBP 2,480.00",
          "Zoe Byrne - Session C - Homestay GBP 2,100.00 less sibling discount 10%",
          "Deposit due 30/11/2026: GBP 800.00"]))]),
      tz=1),

    C("s27-serrano-certificado", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Elena Serrano <elena.serrano@correo.example>", "gmail_es", "Certificado de Diego - curso A 2026",
      "Spanish mother asks for a 2026 certificate with the CEFR level; 'se lo envío el lunes' kept only on Thursday after she asks for news (her reply lost its threading headers).",
      cu("11-04 10:00", """Hola Lucía:

Diego hizo el curso A este verano y en su colegio le piden el certificado con el nivel alcanzado para convalidar horas de inglés. ¿Me lo podrían enviar por correo? Si puede ser, con el nivel del MCER indicado (creo que terminó en B1+).

Gracias,
Elena Serrano"""),
      ag("lucia", "11-04 12:30", """Hola, Elena:

Claro que sí. Los certificados de 2026 llevan el nivel del MCER y las horas lectivas (40 horas en el curso A). Tengo que pedir el de Diego a la dirección de estudios porque lo firma el director académico; se lo envío el lunes.

Un saludo,
Lucía""", promises=[("11-09", 4)]),
      cu("11-11 17:40", """Hola Lucía:

¿Hay alguna novedad sobre el certificado de Diego? Todavía no me ha llegado nada y el colegio me lo vuelve a pedir.

Un saludo,
Elena""", chase=True, thread=False),
      ag("lucia", "11-12 09:15", """Hola, Elena:

Perdone el retraso: el director académico estaba de viaje. Le adjunto el certificado de Diego firmado, con el nivel B1+ y las 40 horas.

Un saludo,
Lucía""", attach=[("application/pdf", "Certificado-Diego-Serrano-2026.pdf", CERTIFICADO_PDF)]),
      tz=1),

    C("s28-harding-laundry", "en", "closed", {"unanswered-question": 1},
      "Ben Harding <ben.harding@example.net>", "iphone", "Deposit for Poppy",
      "Deposit confirmed with the confirmation letter; the laundry question in the father's thank-you mail gets a reply about the arrival pack instead.",
      cu("11-02 13:10", """Hi, we've just paid the deposit for Poppy (Session B, homestay). Could you confirm you've received it?

Ben

Sent from my iPhone"""),
      ag("priya", "11-02 15:30", """Dear Mr Harding,

Yes, your deposit of £400 arrived this morning - thank you. Poppy's place on Session B is now confirmed; the confirmation letter is attached.

Kind regards,
Priya""", attach=[("application/pdf", "Confirmation-Poppy-Harding.pdf", CONFIRMATION_PDF)]),
      cu("11-03 07:45", """Great, thanks Priya. By the way, is there a laundry service in homestay or should she pack enough for the whole two weeks?

Ben

Sent from my iPhone""", uq=1),
      ag("priya", "11-03 09:20", """Dear Mr Harding,

You're welcome! The arrival form and the parent handbook will be sent out in May, together with the host family's details.

Kind regards,
Priya""")),

    C("s29-kaur-bennett-excursion-day", "en", "pending", {},
      "Harpreet Kaur-Bennett <harpreet.kb@example.org>", "outlook", "London day – ID and spending money",
      "multipart/alternative, quoted-printable: ID for the London trip and spending money answered without repeating either question; thanks-only reply.",
      cu("11-16 12:30", """Hello Tom,

Aanya is on Session A and the excursion list says London – Cambridge – Colchester Castle. Two quick questions:

Does she need to bring her passport or ID on the London day? And how much spending money would you suggest for a full-day trip – she'll want to go to a café or two!

Thanks,
Harpreet""", kind="alt", to="Tom Hebden <tom.hebden@elmsteadsummer.example>"),
      ag("tom", "11-16 15:10", """Hi Harpreet,

No passport needed - students carry an Elmstead ID card with our emergency number on it, which we hand out on the first day. Lunch on trips is a packed lunch from us, so £15-20 is plenty for drinks, a café stop and a souvenir.

Best wishes,
Tom"""),
      cu("11-16 15:40", """Brilliant, thank you!

Harpreet""", kind="alt", thanks=True)),

    C("s30-fenwick-revised-invoice", "en", "pending", {},
      "Gordon Fenwick <g.fenwick@example.com>", "owa", "Isla Fenwick - remove transfers",
      "Transfers removed at once; the revised invoice is promised by Tuesday 24th, a deadline still ahead at audit time.",
      cu("11-18 11:00", """Hello,

Our invoice for Isla (ESS-27-0355) includes the Heathrow transfer both ways, but we've decided to drive her ourselves. Could you take the transfers off and send us a revised invoice?

Gordon Fenwick"""),
      ag("priya", "11-18 14:20", """Dear Mr Fenwick,

No problem at all - I've removed both Heathrow transfers (£280) from Isla's booking. Revised invoices need the Bursar's sign-off, so I'll send you the new one by Tuesday 24th.

Kind regards,
Priya""", promises=[("11-24", None)])),

    C("s31-oyelaran-early-next-week", "en", "closed", {"missed-follow-up": 1},
      "Funmi Oyelaran <funmi.oyelaran@example.net>", "gmail", "Homestay - vegetarian, cat allergy",
      "A pet-free vegetarian host family to be confirmed 'early next week' (said on Thursday 12th); nothing by Tuesday 17th, nor after.",
      cu("11-11 20:00", """Hi Rupert,

Tola (13) is booked for homestay on Session C. She's vegetarian and has quite a strong cat allergy (it sets off her asthma). Is it realistic to find a host family without pets who can cook vegetarian? If not, we'll switch her to the residence while there's still space.

Thank you,
Funmi"""),
      ag("rupert", "11-12 11:20", """Dear Funmi,

Thanks for letting us know now rather than in June. Vegetarian cooking is easy; pet-free families are scarcer in August, so I want to ask our homestay coordinator which of them are free for Session C. I'll come back to you early next week with a definite answer, and if it's a no we'll hold a residence place for Tola in the meantime.

Kind regards,
Rupert""", promises=[("11-17", None)])),

    C("s32-schreiber-nachfrage", "de", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Andrea Schreiber <a.schreiber@gmx.example>", "outlook_de", "Anfrage Kurs B - Gastfamilie",
      "German enquiry acknowledged by the helpdesk; after five days the mother writes that she has had no answer; the reply gives the class size and skips the mix of nationalities in host families.",
      cu("11-11 14:20", """Sehr geehrte Damen und Herren,

wir interessieren uns für den Kurs B für unsere Tochter Emilia (14), mit Unterbringung in einer Gastfamilie.

Wie viele Schülerinnen und Schüler sind in einer Klasse? Und wohnen in einer Gastfamilie auch andere deutsche Kinder, oder achten Sie auf eine Mischung der Nationalitäten?

Mit freundlichen Grüßen
Andrea Schreiber""", uq=1),
      ack("11-11 13:21"),
      cu("11-16 08:30", """Sehr geehrte Damen und Herren,

ich habe auf meine Anfrage vom Mittwoch (siehe unten) leider noch keine Antwort erhalten. Könnten Sie sich bitte kurz melden?

Mit freundlichen Grüßen
Andrea Schreiber""", chase=True),
      ag("sabine", "11-16 11:05", """Sehr geehrte Frau Schreiber,

entschuldigen Sie bitte die späte Antwort – Ihre Mail war bei uns im falschen Postfach gelandet. In einer Klasse sind höchstens 14 Jugendliche, meistens 10 bis 12.

Mit freundlichen Grüßen
Sabine Krüger"""), tz=1),

    C("s33-whitfield-exam", "en", "closed", {"unanswered-question": 1},
      "Giulia Whitfield <giulia.whitfield@example.com>", "gmail", "Exams during the course?",
      "Mother in Milan asks about sitting a Trinity or Cambridge exam and the Session C dates; the reply gives the dates and describes the school's own tests and certificate instead.",
      cu("11-09 10:10", """Good morning,

My son Matteo will attend Sessions A and C (four weeks in total). Is it possible for him to take the Trinity GESE exam during the course, or a Cambridge exam? His school in Milan would recognise it.

Also, could you remind me of the exact dates of Session C?

Many thanks,
Giulia Whitfield""", uq=1),
      ag("fiona", "11-09 12:25", """Dear Giulia,

Session C runs from Sunday 1 August (arrival day) to Saturday 14 August 2027.

Every student takes our placement test on the first morning and a progress test at the end of each fortnight, and Matteo will receive an Elmstead certificate showing his CEFR level and the number of lesson hours.

Kind regards,
Fiona"""), tz=1),

    C("s34-reyes-bank-details", "en", "closed", {},
      "Lorna Reyes <lorna.reyes@example.org>", "android", "bank details",
      "Two requests without a question mark from Outlook for Android (bank details, booking number), answered with the number and the account block.",
      cu("11-05 07:20", """Hi, please send me your bank details again for the balance, I can't find the invoice. And I need Lena's booking number for our travel insurance.

Lorna

Get Outlook for Android"""),
      ag("priya", "11-05 09:00", """Dear Lorna,

Lena's booking number is ESS-27-0242.

Lloyds Bank, Colchester
Account name: Elmstead Summer School Ltd
Sort code 30-94-57, account no. 01827364
IBAN GB29 LOYD 3094 5701 8273 64, BIC LOYDGB21

Please quote the booking number as the reference.

Kind regards,
Priya""")),

    C("s35-dewitt-homestay-list", "en", "pending", {"unanswered-question": 2},
      "Anneke de Witt <anneke.dewitt@example.com>", "gmail", "Homestay questions - Daan de Witt",
      "Dutch mother's numbered list of four homestay questions; the reply covers 1 and 3 in prose and leaves weekend meals and the family's name before travel.",
      cu("11-16 21:30", """Dear Rupert,

We've booked homestay for our son Daan (14) on Session B and have some questions about how it works:

1. How many other students will live in the same family?
2. Are breakfast and dinner also included at weekends, when there are no lessons?
3. How far are the families from the school?
4. Can we know the name and address of the family before we travel, so Daan can write to them?

Thank you very much,
Anneke de Witt""", uq=2),
      ag("rupert", "11-17 11:40", """Dear Anneke,

Each family hosts two or three students, always with different first languages, so Daan will speak English at home too. All our families live within 30 minutes of the school by bus or on foot; most are in Elmstead Market itself or on the east side of Colchester.

Kind regards,
Rupert"""), tz=1),

    C("s36-girard-relance", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Isabelle Girard <isabelle.girard@sfr.example>", "apple_fr", "Cours intensif en août",
      "French mother gets no reply for three days and writes 'je me permets de vous relancer'; both questions answered the next morning.",
      cu("11-09 18:00", """Bonjour,

Ma fille Chloé (16 ans) aimerait faire le cours intensif en août. Pouvez-vous me dire combien coûte l'option intensive par semaine, et si les cours intensifs ont lieu l'après-midi à la place des activités ?

Bien à vous,
Isabelle Girard"""),
      cu("11-12 20:30", """Bonjour,

Je me permets de vous relancer, n'ayant pas eu de réponse à mon message de lundi. Nous devons décider rapidement car le prix des vols augmente.

Bien à vous,
Isabelle Girard""", chase=True),
      ag("camille", "11-13 10:20", """Bonjour Madame Girard,

Toutes mes excuses pour ce délai. L'option intensive coûte 120 £ par semaine. Les six heures de cours supplémentaires ont lieu deux après-midi par semaine (le mardi et le jeudi, de 14h à 17h) ; les autres après-midi, Chloé participe aux activités avec les autres élèves.

Bien cordialement,
Camille Rousseau"""), tz=1),

    C("s37-thorne-out-of-office", "en", "closed", {},
      "Richard Thorne <richard.thorne@thorneandpike.example>", "gmail", "Balance due date",
      "One question with a solicitor's disclaimer (with a '?' and a URL) answered; the customer's out-of-office reply lands in the thread.",
      cu("11-05 08:10", """Morning,

Is the balance for Session A due on 1 May or 1 June? The invoice says one thing and your website says another.

Richard Thorne

Thorne & Pike Solicitors LLP
This email is confidential and may be legally privileged. If you have received it in error, please tell us and delete it. Any questions? https://thorneandpike.example/contact?ref=email"""),
      ag("priya", "11-05 11:30", """Dear Mr Thorne,

It's 1 May - thank you for spotting that. The website still showed last year's date; it has now been corrected.

Kind regards,
Priya"""),
      auto("11-05 11:31", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For urgent matters please contact my assistant, Helen Carr, on 01206 555 0190.

Richard Thorne""", quote=False, subject="Automatic reply: RE: Balance due date")),

    C("s38-baxter-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Louise Baxter <louise.baxter@example.org>", "outlook", "Receipt for deposit - Harry Baxter",
      "A receipt request resent as a new mail with the same subject after two working days without a reply; still no reply.",
      cu("11-13 13:10", """Hello,

Could you send me a receipt for the £400 deposit we paid for Harry (ESS-27-0702) on 2 November? I need it for my employer's childcare scheme.

Thank you,
Louise Baxter"""),
      cu("11-17 09:05", """Hello,

I sent this on Friday but haven't had a reply, so I'm trying again: could you please send me a receipt for the £400 deposit we paid for Harry (ESS-27-0702) on 2 November? I need it for my employer's childcare scheme.

Thank you,
Louise Baxter""", chase=True, parent=0)),

    C("s39-lindqvist-forward", "en", "closed", {},
      "Erik Lindqvist <erik.lindqvist@example.net>", "gmail", "Fwd: Booking confirmation ESS-27-0488",
      "A forwarded booking confirmation whose boilerplate has questions and a '?' URL; the father's one request (wrong arrival date) is done, the amended confirmation attached.",
      cu("11-04 08:40", """Hi,

We got the confirmation below, but the arrival date looks wrong - Nils should arrive on Sunday 18 July for Session B, not Saturday the 17th. Please correct it.

Erik

---------- Forwarded message ---------
From: Elmstead Summer School <admissions@elmsteadsummer.example>
Date: Tue, 3 Nov 2026 at 16:02
Subject: Booking confirmation ESS-27-0488
To: <erik.lindqvist@example.net>

Dear parent,
Thank you for booking with Elmstead Summer School.
Student: Nils Lindqvist (14) - Session B - Residence
Arrival: Saturday 17 July 2027 - Departure: Saturday 31 July 2027
Need to change something? Just reply to this email.
Have you filled in the medical form? https://elmsteadsummer.example/portal?form=medical"""),
      ag("fiona", "11-04 10:05", """Dear Erik,

Sorry about that - you're quite right. Nils's arrival is now Sunday 18 July; the amended confirmation is attached.

Kind regards,
Fiona""", attach=[("application/pdf", "Confirmation-ESS-27-0488-amended.pdf", LINDQVIST_PDF)]),
      tz=1),

    C("s40-castillo-prima", "es", "closed", {"unanswered-question": 1},
      "Raquel Castillo <raquel.castillo@correo.example>", "gmail_es", "Llegada el primer día y habitación",
      "Spanish mother: arrival time on the first day answered in detail; sharing a room with a cousin is not addressed.",
      cu("11-06 09:50", """Buenos días, Lucía:

Mi hija Carmen (13) irá al curso A en residencia. Quería preguntarle dos cosas. ¿A qué hora tienen que estar en el colegio el primer día? Vamos a llevarla nosotros en coche desde Londres.

Y otra cosa: ¿podrían poner a Carmen en la misma habitación que su prima Alba? Alba Castillo Ruiz también está inscrita en el curso A.

Muchas gracias,
Raquel""", uq=1),
      ag("lucia", "11-06 12:40", """Buenos días, Raquel:

El día de llegada (domingo 4 de julio) pueden traer a Carmen entre las 14:00 y las 18:00. Les recibirá el equipo de la residencia en la entrada de Elmstead Hall; hay aparcamiento para las familias junto al campo de deporte.

Un saludo,
Lucía"""), tz=1),

    C("s41-adeyemi-attachments", "en", "pending", {},
      "Tunde Adeyemi <tunde.adeyemi@example.com>", "apple", "Consent form and brochure",
      "Two documents requested; the reply is 'Both attached.' with the two PDFs.",
      cu("11-17 12:00", """Hello,

Please send me the medical consent form and the 2027 brochure - I'd like to go through both with my wife this weekend.

Thanks,
Tunde Adeyemi"""),
      ag("fiona", "11-17 14:30", """Dear Tunde,

Both attached.

Kind regards,
Fiona""", attach=[("application/pdf", "Medical-consent-2027.pdf", MEDICAL_FORM_PDF),
                  ("application/pdf", "Elmstead-brochure-2027.pdf", BROCHURE_PDF)])),

    C("s42-mcallister-lost-property", "en", "pending", {"missed-follow-up": 1},
      "Kirsty McAllister <kirsty.mcallister@example.org>", "gmail", "Lost property - Callum McAllister, Oak House",
      "Lost headphones and hoodie (photo attached): lost property kept until December; 'let me look into it and get back to you' without a date, nothing in two days.",
      cu("11-16 19:00", """Hi,

Our son Callum was on Session C in August and has only just realised (three months later - teenagers!) that he left his noise-cancelling headphones and a navy Elmstead hoodie in his room in Oak House. Photo of the headphones attached, they're in a grey case. Do you keep lost property? If you have them, could you post them to us? We'll happily pay the postage.

Kirsty McAllister
12 Ferry Road, Inverness IV3 5BX""", attach=[("image/png", "headphones.png", HEADPHONES_PNG)]),
      ag("rupert", "11-17 09:30", """Dear Kirsty,

We keep lost property until the end of December, so there's a good chance. The boxes are in storage at the moment; let me look into it and get back to you.

Kind regards,
Rupert""", promises=[("window", None)])),

    C("s43-keller-zwillinge", "de", "closed", {"unanswered-question": 2},
      "Wolfgang Keller <w.keller@arcor.example>", "thunderbird_de", "Zwillinge im Kurs C",
      "German father of twins asks three things in one paragraph (same class, going into town alone, sibling discount); only the discount is answered, plus a link.",
      cu("11-03 21:00", """Guten Abend Frau Krüger,

unsere Zwillinge Mia und Ben (15) sollen im Sommer zwei Wochen zu Ihnen, am liebsten in Kurs C. Da wir beide berufstätig sind, komme ich erst abends zum Schreiben – entschuldigen Sie die späte Stunde.

Folgende Punkte sind uns wichtig: Können die beiden in dieselbe Klasse, obwohl Ben etwas besser Englisch spricht als Mia? Dürfen die Jugendlichen in ihrer Freizeit auch allein nach Colchester in die Stadt, und ab welchem Alter? Und gibt es einen Geschwisterrabatt, wenn wir beide gleichzeitig buchen?

Über eine Antwort würde ich mich freuen.

Mit freundlichen Grüßen
Wolfgang Keller""", uq=2, cte="base64"),
      ag("sabine", "11-04 10:10", """Guten Tag Herr Keller,

danke für Ihre Nachricht – und keine Sorge wegen der Uhrzeit! Für Geschwister gibt es 10 % Rabatt auf den zweiten Platz, unabhängig davon, ob sie im selben Kurs sind.

Alle Informationen zu Kurs C finden Sie hier: https://elmsteadsummer.example/de/kurse/c

Mit freundlichen Grüßen
Sabine Krüger"""), tz=1),

    C("s44-haddad-invitation", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rami Haddad <rami.haddad@example.net>", "outlook", "Visa invitation letter - Yasmine Haddad",
      "Lebanese passport holder living in Paris: the invitation letter promised 'by Thursday' does not come; the British Council accreditation question is never answered.",
      cu("11-16 09:30", """Dear Fiona,

My daughter Yasmine (15) holds a Lebanese passport, so she needs a visitor visa for the UK even though we live in Paris. We'd like to book her on Session A.

Could you prepare an invitation letter for the visa application once the deposit is paid? The deposit went out by bank transfer this morning. Please include the course dates and the address where she'll be staying.

Also, is the school accredited by the British Council? The visa guidance suggests mentioning it.

Best regards,
Rami Haddad""", uq=1),
      ag("fiona", "11-16 13:00", """Dear Rami,

Thank you - as soon as the deposit arrives I'll prepare Yasmine's invitation letter with the course dates and the residence address (Elmstead Hall, Elmstead Market, Colchester CO7 7XX). I'll send it to you by Thursday.

Kind regards,
Fiona""", promises=[("11-19", None)]), tz=1),

    C("s45-moretti-dates", "en", "closed", {},
      "Luca Moretti <luca.moretti@example.com>", "iphone", "2027 dates",
      "Base64-encoded iPhone one-liner with two questions; answered with the dates and a link; thanks-only reply.",
      cu("11-02 18:00", """Quick one - are the 2027 dates out yet? And is the price the same as this year?

Luca

Sent from my iPhone""", cte="base64"),
      ag("fiona", "11-03 09:30", """Hi Luca,

They are: Session A 4-17 July, B 18-31 July, C 1-14 August 2027. Prices have gone up by about 3%: https://elmsteadsummer.example/fees-2027

Best wishes,
Fiona"""),
      cu("11-03 12:10", """Great, thanks!

Sent from my iPhone""", cte="base64", thanks=True), tz=1),

    C("s46-price-vegan-nuts", "en", "pending", {"unanswered-question": 1},
      "Harriet Price <harriet.price@example.net>", "gmail", "Vegan + tree nut allergy",
      "A long paragraph about a vegan daughter with a nut allergy; typical vegan meals are described at length, who keeps the adrenaline pen is not answered.",
      cu("11-16 08:15", """Hello Rupert,

Daisy (14) is coming on Session C. She's been vegan for two years and takes it very seriously (no honey, no gelatine sweets, the lot). She also has a tree nut allergy, although it's mild compared with some children's - she's never needed her adrenaline pen but always carries one. I'd like to know what a typical vegan lunch and dinner look like in your dining hall, because last year's camp fed her chips for a week. Also, does she carry her EpiPen herself or do staff keep it? She'd much rather keep it on her.

Thanks so much,
Harriet"""
         , uq=1),
      ag("rupert", "11-16 13:40", """Dear Harriet,

No chips for a week, I promise! There's a vegan main at every lunch and dinner - a chickpea and spinach curry with rice, a lentil shepherd's pie or a bean chilli with jacket potatoes, for example - plus a salad bar, fruit and a vegan dessert. Our chef checks every product for nuts, honey and gelatine and labels the counter.

Kind regards,
Rupert""")),

    C("s47-ward-shared-pickup", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Aoife Ward <aoife.ward@example.com>", "gmail", "Shared Stansted pick-up - 3 girls",
      "Three friends on one flight: the shared pick-up and price promised 'by tomorrow' come six days later, after the mother follows up.",
      cu("11-09 20:10", """Hi Tom,

Our daughter Saoirse and her two friends (Clodagh Nolan and Róisín Byrne, all on Session B) are flying Dublin to Stansted together on 18 July, Ryanair FR208, landing 11:05. Can they share one pick-up, and would that make it cheaper for the three families?

Thanks,
Aoife"""),
      ag("tom", "11-10 10:30", """Hi Aoife,

Yes, they can travel together - that's what we'd suggest anyway. I need to check whether the driver can fit three cases in alongside our afternoon Stansted run, and I'll confirm the pick-up and the shared price by tomorrow.

Best wishes,
Tom""", promises=[("11-11", 4)]),
      cu("11-16 09:00", """Hi Tom,

Just following up on the Stansted pick-up for the three girls - the other mums are asking me. Any news?

Aoife""", chase=True),
      ag("tom", "11-16 12:15", """Hi Aoife,

Sorry for the delay. All three are booked on one pick-up on 18 July: our driver meets FR208 at 11:05 and they'll be at Elmstead by about 12:30. Shared between three, it's £35 each instead of £75.

Best wishes,
Tom""")),

    C("s48-petit-inline", "fr", "closed", {},
      "Bertrand Petit <bertrand.petit@wanadoo.example>", "apple_fr", "Questions pour le cours A",
      "French father's three bulleted questions answered inline under each quoted line (ratio, laptop, travel authorisation).",
      cu("11-05 10:00", """Bonjour,

Quelques questions pour notre fils Arthur (13 ans), inscrit au cours A :

- Quel est le taux d'encadrement pendant les excursions à Londres ?
- Peut-il apporter son ordinateur portable ?
- Faut-il une autorisation de sortie du territoire ?

Merci,
Bertrand Petit"""),
      ag("camille", "11-05 14:15", """Bonjour Monsieur Petit,

> - Quel est le taux d'encadrement pendant les excursions à Londres ?

Un accompagnateur pour dix élèves, et un pour huit chez les 12-13 ans.

> - Peut-il apporter son ordinateur portable ?

Oui, mais sous sa responsabilité ; les chambres ferment à clé. Nous conseillons plutôt une tablette.

> - Faut-il une autorisation de sortie du territoire ?

Oui, puisqu'il voyage sans ses parents : le formulaire AST (Cerfa n° 15646*01) signé, la copie de la pièce d'identité du parent signataire, et le passeport d'Arthur (la carte d'identité ne suffit plus pour entrer au Royaume-Uni).

Bien cordialement,
Camille Rousseau""", quote=False), tz=1),

    C("s49-kingsley-returning", "en", "closed", {},
      "Martin Kingsley <martin.kingsley@example.org>", "thunderbird", "Ruby - same again for 2027",
      "A pleasantry question and a rebooking with a loyalty-discount question; booking link and discount answered together.",
      cu("11-09 12:00", """Hi Fiona,

Hope the office is a bit calmer now that the summer's over?

Ruby wants to come back next year, same as this year: Session B, residence. Could you send us the booking link, and let me know if there's any discount for returning students?

All the best,
Martin Kingsley"""),
      ag("fiona", "11-09 13:30", """Hi Martin,

Much calmer, thank you! It's lovely that Ruby wants to come back. Returning students get £100 off - it's already applied if you book through this link: https://elmsteadsummer.example/apply?returning=RK2027

Best wishes,
Fiona""")),

    C("s50-romero-visado-gatwick", "es", "pending", {"unanswered-question": 1},
      "Begoña Romero <begona.romero@correo.example>", "gmail_es", "Visado y traslado desde Gatwick",
      "Spanish mother of a son with a Moroccan passport: visa and invitation letter answered (the letter comes from the parent area after the deposit, a process, not a promise); the Gatwick transfer price is not given.",
      cu("11-17 10:30", """Hola Lucía:

Mi hijo Adam (15) tiene pasaporte marroquí (su padre es de Tánger), aunque vivimos en Sevilla desde hace años. ¿Necesita visado para ir a Inglaterra con ustedes? Si es así, ¿le pueden hacer una carta de invitación?

Por otro lado, su vuelo llegaría a Gatwick. ¿Cuánto cuesta el traslado desde Gatwick hasta el colegio?

Gracias,
Begoña Romero""", uq=1),
      ag("lucia", "11-17 13:15", """Hola, Begoña:

Sí, con pasaporte marroquí Adam necesita un visado de visitante (Standard Visitor visa), y conviene pedirlo con unos tres meses de antelación. En cuanto hagan la reserva y paguen el depósito, podrán descargar la carta de invitación desde el área de familias, con los datos del curso y de la residencia.

Un saludo,
Lucía"""), tz=1),

    C("s51-osei-second-mail", "en", "pending", {"unanswered-question": 1},
      "Grace Osei <grace.osei@example.com>", "owa", "Space on Session A?",
      "Availability answered; the mother's second mail asks about a mild peanut allergy, a violin and the payment schedule; the violin is not addressed.",
      cu("11-16 10:00", """Hello,

Is there still space on Session A for a 12-year-old girl in residence?

Grace Osei"""),
      ag("fiona", "11-16 11:10", """Dear Grace,

Yes - we still have a few places for girls aged 12-13 in the residence on Session A. You can book here: https://elmsteadsummer.example/apply?session=A

Kind regards,
Fiona"""),
      cu("11-16 20:30", """Thanks Fiona. Three more things before I book.

Abena has a mild peanut allergy (hives, no EpiPen) - is that a problem in the residence? Can she bring her violin? She has her Grade 5 in September and can't go two weeks without practising. And could you send me the payment schedule?

Grace""", uq=1),
      ag("fiona", "11-17 09:20", """Dear Grace,

A mild peanut allergy is not a problem: our kitchen doesn't use peanuts at all, and the chef will meet Abena on her first evening to go through the menu with her.

Payments: a £400 deposit when you book, and the balance by 1 May 2027. The registration fee (£95) is added to the deposit invoice.

Kind regards,
Fiona""")),

    C("s52-lambert-final-show", "en", "closed", {"unanswered-question": 1},
      "Simon Lambert <simon.lambert@example.net>", "thunderbird", "Last day - collection and the show",
      "Collection time on the last day answered; whether parents can watch the final performance is not.",
      cu("11-10 19:20", """Hello,

Is it just me, or do these summers come round faster every year? Our daughter Evie is back for Session B on the Leadership & Drama programme.

We're driving up to collect her on the last day. What time should we be there? And can parents come and watch the final performance on the Friday evening? Her grandparents would love to see it.

Thanks,
Simon Lambert""", uq=1),
      ag("fiona", "11-11 09:50", """Dear Simon,

On the last day (Saturday 31 July) students can be collected from 9:00 to 11:00 from the front lawn of Elmstead Hall; please bring photo ID, as we check it against the collection form.

Kind regards,
Fiona""")),

    C("s53-novak-figure", "en", "closed", {},
      "Petra Novak <petra.novak@example.net>", "gmail", "Registration fee - two sessions",
      "An either-or question answered with one word and a figure; thanks-only reply.",
      cu("11-10 09:00", """Hello,

What is the registration fee if we book two sessions back to back - is it charged once or twice?

Kind regards,
Petra Novak"""),
      ag("fiona", "11-10 09:45", """Dear Petra,

Once - £95 per summer.

Kind regards,
Fiona"""),
      cu("11-10 11:05", """Thank you, that's good to know.

Petra""", thanks=True), tz=1),

    C("s54-hughes-turning-18", "en", "pending", {},
      "Megan Hughes <megan.hughes@example.org>", "owa", "Turning 18 during the course",
      "'I'll check with her and come back to you in the next couple of days' (no date: the two-day window), kept two days later.",
      cu("11-16 14:00", """Hi,

Jack (17) would like to do the Leadership programme, but he turns 18 on 9 August, in the middle of Session C. Can he still come, and would he be in the same residence as the under-18s?

Megan Hughes"""),
      ag("fiona", "11-16 15:20", """Dear Megan,

Good question - this comes up once or twice a summer and the rules are set by our Designated Safeguarding Lead. I'll check with her and come back to you in the next couple of days.

Kind regards,
Fiona""", promises=[("window", 3)]),
      ag("fiona", "11-18 10:10", """Dear Megan,

Jack can come: students who turn 18 during a course may finish it, as long as they are 17 on arrival. He'll stay in the residence with the 16-17 group, but once he turns 18 he signs our adult code of conduct and, like our staff, won't share a room with anyone under 18 - we'll move him to a single room in the same house at no extra cost.

Kind regards,
Fiona""")),
]

UNANSWERED: dict[str, list[str]] = {
    "s02-okafor-heathrow-minor": [
        "What happens if her flight is delayed by several hours - does the driver still wait, or do we need to rebook?"],
    "s04-hartmann-anzahlung": [
        "Könnten Sie die Rechnung deshalb bitte auf seinen Namen ausstellen (Markus Hartmann, Lindenweg 4, 79098 Freiburg)?"],
    "s07-navarro-seguro-plazos": [
        "¿El precio incluye el seguro médico y de accidentes, o tenemos que contratarlo aparte?",
        "Y necesito saber si el vuelo de vuelta podría ser el domingo 15 en lugar del sábado 14, porque los vuelos del sábado a Bilbao están carísimos."],
    "s13-doyle-split-stay": [
        "Also is it possible to do two weeks in July and then come back for one more week in August, as we're away in between?"],
    "s16-ashworth-residence-rooms": [
        "Can he share with his cousin, Felix Ashworth, who is being booked separately by my sister-in-law?"],
    "s18-hollis-anxious-son": [
        "I was also wondering whether he could sit out the evening discos and do something quieter instead - the idea of a disco is his worst nightmare.",
        "Would it be possible to put him in a room with one other boy rather than three?"],
    "s22-benali-halal": [
        "Enfin, est-il possible qu'il arrive le samedi 17 juillet, soit un jour plus tôt ?"],
    "s26-byrne-three-agents": [
        "Could Théo also be put in the same residence house as his friend Bastien Morel (booking ESS-27-0611)?"],
    "s28-harding-laundry": [
        "By the way, is there a laundry service in homestay or should she pack enough for the whole two weeks?"],
    "s32-schreiber-nachfrage": [
        "Und wohnen in einer Gastfamilie auch andere deutsche Kinder, oder achten Sie auf eine Mischung der Nationalitäten?"],
    "s33-whitfield-exam": [
        "Is it possible for him to take the Trinity GESE exam during the course, or a Cambridge exam?"],
    "s35-dewitt-homestay-list": [
        "Are breakfast and dinner also included at weekends, when there are no lessons?",
        "Can we know the name and address of the family before we travel, so Daan can write to them?"],
    "s40-castillo-prima": [
        "¿podrían poner a Carmen en la misma habitación que su prima Alba?"],
    "s43-keller-zwillinge": [
        "Können die beiden in dieselbe Klasse, obwohl Ben etwas besser Englisch spricht als Mia?",
        "Dürfen die Jugendlichen in ihrer Freizeit auch allein nach Colchester in die Stadt, und ab welchem Alter?"],
    "s44-haddad-invitation": [
        "Also, is the school accredited by the British Council?"],
    "s46-price-vegan-nuts": [
        "Also, does she carry her EpiPen herself or do staff keep it?"],
    "s50-romero-visado-gatwick": [
        "¿Cuánto cuesta el traslado desde Gatwick hasta el colegio?"],
    "s51-osei-second-mail": [
        "Can she bring her violin?"],
    "s52-lambert-final-show": [
        "And can parents come and watch the final performance on the Friday evening?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"ESS-Q{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=ADMISSIONS, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", ADMISSIONS),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]
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
    return mailcraft.cases_table("Practice corpus 73: Elmstead Summer School - cases",
                                 "make_practice73_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}

README_HEAD = """# Practice corpus 73: Elmstead Summer School support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`), the README's method/accuracy sections or any other corpus's
cases, so its figure is an unseen one. Use it to measure, not to tune: once the heuristics
have been changed because of its cases, it is no longer unseen.

- Company: **Elmstead Summer School**, a residential summer school at Elmstead Hall near
  Colchester for teenagers aged 12-17: English courses for international students and a
  Leadership & Drama / Film-making programme that British teenagers join too; residence or
  homestay, three two-week sessions (4-17 July, 18-31 July, 1-14 August 2027). Parents write
  about fees, deposits and balances, homestay versus residence, airport pick-ups and
  unaccompanied minors, dietary needs and allergies, medication, excursions, visas and
  invitation letters, placement tests, certificates, refunds and lost property. Support
  address `admissions@elmsteadsummer.example`; agents Fiona Ashdown (admissions), Rupert
  Kellaway (welfare and accommodation), Priya Natarajan (accounts, `accounts@`), Tom Hebden
  (transfers and excursions), Sabine Krüger (German-speaking families), Camille Rousseau
  (French-speaking families) and Lucía Ferrer (Spanish-speaking families), all
  `@elmsteadsummer.example`. A helpdesk robot (`admissions@elmsteadsummer.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few enquiries with "we aim to reply within
  one working day" - service-hours text, not a commitment.
- Customers are parents in the UK, Ireland, Germany, France, Spain and expatriate families
  elsewhere in Europe, on `example.com/.org/.net` and `*.example` domains. Everything is
  invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain elmsteadsummer.example`.

```
python scripts/make_practice73_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice73_corpus.py --out /tmp/p73         # ... into another folder
python scripts/evaluate.py --corpus tests/practice73            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice73_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. This README is generated too (its figures are counted from the
cases): edit the script and rerun it, never the generated files.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.
"""

README_BODY = """
Answered questions (not labelled) are answered the way staff really write: in different
words ("How does he get to the campus?" - "the over-14s travel in pairs on the 62 bus", s01),
out of order and several in one sentence (s01, s21, s29), inline under the quoted lines with
the customer's own numbering or bullets (s03, s48), with a bare figure or one word ("Once -
£95 per summer.", s53), with "Done" (s19), with only a link (s12, s45, s49), with only
attachments ("Both attached.", s41), by a colleague (s15, s26), in a qualified way ("we
cannot guarantee the same group, but...", s06), and after a chase (s11, s20, s27, s36, s47).

Unanswered questions are the realistic kind: a secondary question skipped while the main
point is handled (s02, s13, s22, s40, s50, s52), a request made in passing (s04's invoice in
the husband's name, s26's friend in the same house), the last items of a long paragraph
(s18, s46) or of a numbered list (s35), a reply that answers a neighbouring question instead
(s33: the school's own tests and certificate for "the Trinity GESE exam ... or a Cambridge
exam?"; s28: the arrival pack for the laundry question), a question in a second mail after
the first was answered (s28, s51), an accounts reply that only sends the invoice (s26), and
an answer to one question of three in a German paragraph (s43).

Not questions (must not be flagged): a rhetorical opener ("Can you believe it's nearly time
to think about summer again?", s19; "Is it just me, or do these summers come round faster
every year?", s52), a pleasantry ("Hope the office is a bit calmer now that the summer's
over?", s49), questions the customer answers themself (s03 item 4, s19's booking
reference), questions inside a forwarded booking confirmation (s39), signatures and
disclaimers with "?" and `?` URLs (s03, s37, agents' signatures including "Worried about your
child during the course?"), thanks-only mails (s08, s12, s17, s29, s45, s53), and questions in
a customer's latest unanswered mail - `awaiting-reply` territory or, inside the response
target, nothing (s10, s23, s24, s38).

Commitments: kept on time (s08 "by Friday", kept Thursday; s15 "he'll be in touch by
tomorrow", kept by the colleague; s26 "he'll be in touch in the next day or two"; s54 "in the
next couple of days"), kept late = missed (s05 "by Wednesday at the latest" -> the next
Monday; s11 "bis Freitag" -> the next Wednesday; s20 "by Friday" -> a week later; s27 "se lo
envío el lunes" -> Thursday; s47 "by tomorrow" -> the next Monday), never kept (s09 "by the end
of next week", s14 "je vous l'envoie demain", s16 "tomorrow", s31 "early next week" said on a
Thursday = by Tuesday, s42 no deadline = two-day window, s44 "by Thursday"), and a deadline
still ahead at audit time (s30, Tuesday 24 November). Not commitments: a refund's "your bank
may take 3-5 working days" (s20), "No chips for a week, I promise!" (s46), the invitation
letter that the parent downloads after paying (a process, s50), host-family details "sent in
June" (s26), the acknowledgement's service hours.

Chasing in varied wording and languages: "Just checking in about the invitation letter",
"I'm still waiting to hear back", "gibt es schon etwas Neues ...?", "Any update on the
refund?" and "Hello again - second time of asking" (s20 chases twice: count 2), "ich habe auf
meine Anfrage ... leider noch keine Antwort erhalten", "Je me permets de vous relancer",
"¿Hay alguna novedad ...?", "Just following up ... Any news?", and a resend of the same
request as a new mail with the same subject (s38). Not chasing: a second mail with new
questions after an answer (s25, s26, s28, s51).

Status and timing: awaiting reply (s10, s23, s38), a fresh enquiry inside the response target
with only the acknowledgement (s24), slow first responses (a Friday-afternoon mail answered on
Monday afternoon, s13; chased cases s32, s36), an explicit close ("I'll mark this ticket as
resolved") followed by a new question (s25), three agents on one case (s26), cases closed by
going quiet for seven days while a promise is broken (s09, s14, s16, s31).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop (From:/Sent: and
Von:/Gesendet: header blocks, `RE:`/`AW:` subjects), Outlook on the web, Outlook for Android,
Apple Mail (en/fr), iPhone, Thunderbird (en/de); top-posted and inline replies; plain 7bit,
quoted-printable, base64 (s43, s45), multipart/alternative (s29, acknowledgements) and
HTML-only (s12); PDF and PNG attachments (an invitation letter, a GP's note, invoices, a
refund confirmation, a certificate, a medical form, a brochure, a photo of lost headphones);
a customer's out-of-office reply (s37); a reply that lost its threading headers (s27), a
References chain with a gap (s26), a resend as a new thread (s38), customers replying to
their own mail to chase (s10, s20, s32, s36), mail sent to an agent's own address (s18, s25,
s29).

## Judgement calls

- **Deferral is not an unanswered question** (s05, s08, s09, s11, s14, s16, s27, s31, s42,
  s44, s47, s54): a question answered with a promise counts only through `missed-follow-up`
  when the promise is broken. s16's cousin question and s44's accreditation question are in
  neither the answer nor the promise, so they are labelled.
- **s06**: "serait-il possible qu'elle soit dans le même groupe que son amie Louise Garnier ... ?" gets "nous ne
  pouvons pas garantir ..., mais si leurs niveaux sont proches nous les mettrons ensemble" - a
  qualified answer, so answered.
- **s18**: "He'll want to call home every evening, which I'm hoping is allowed?" is a real
  question (answered: free time between 9 and 10pm). The disco and the room size are two
  separate requests in two sentences: two findings.
- **s26**: Fiona's "he'll be in touch in the next day or two" is kept by Rupert the next day;
  Priya's combined invoice answers the invoice request; the friend in the same house is never
  addressed. Three agents: `many-handoffs`.
- **s28**: "The arrival form and the parent handbook will be sent out in May" does not say
  whether there is a laundry service: labelled unanswered. It is a description of the usual
  mailing, not a promise to come back.
- **s33**: the school's placement and progress tests and its certificate do not answer
  whether Matteo can sit the Trinity GESE or a Cambridge exam: labelled unanswered.
- **s50**: "¿Necesita visado ...? Si es así, ¿le pueden hacer una carta de invitación?" are
  both answered (yes; downloadable from the parent area after the deposit). Only the Gatwick
  price is labelled.
- **s51**: the peanut allergy and the payment schedule are answered; "Can she bring her
  violin?" is labelled.
- **s20**: the two chasers are one missed promise and two chase findings; "your bank may take
  3-5 working days" is how refunds work, not a promise.

## Independence

Written from the brief, /work/shared/report-contract.md (rule definitions, status),
tests/eval/README.md (format and conventions), scripts/mailcraft.py, and
scripts/make_practice24_corpus.py with tests/test_practice24_corpus.py as a format example
(structure borrowed, not phrasing). Not opened: anything under `happyaudit/`, the README's
sections on method, accuracy and weak points, any other test file or corpus. All labels
were fixed before the single evaluation run (without `-v`) and none was changed after it.
"""


def readme_markdown(cases: list[Case]) -> str:
    """README.md: the fixed description plus the figures counted from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    inbox = [m for m in msgs if m.role in ("customer", "auto")]
    autos = [m for m in msgs if m.role == "auto"]
    replies = [m for m in msgs if m.role == "agent"]
    acks = [m for m in msgs if m.role == "ack"]
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found: Counter = Counter()
    for c in cases:
        found.update(c.rules)
    asking = [c for c in cases if c.uq]
    lang_text = ", ".join(f"{LANG_NAMES[k]} {n}" + (f" ({100 * n // len(cases)} %)" if k == "en" else "")
                          for k, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    rules_text = ", ".join(f"{r} {found[r]}" + (f" (in {len(asking)} cases)" if r == "unanswered-question" else "")
                           for r in RULES if found[r])
    contents = (
        "\n## Contents\n\n"
        f"{len(cases)} cases, {len(msgs)} messages: {len(inbox)} in the inbox ({len(inbox) - len(autos)} "
        f"customer mails and {len(autos)} customer out-of-office reply), {len(replies)} support replies, "
        f"{len(acks)} helpdesk acknowledgements. {len(clean)} clean cases "
        f"({100 * len(clean) // len(cases)} %). Languages: {lang_text}. Statuses: "
        + ", ".join(f"{statuses[s]} {s}" for s in ("closed", "pending", "open")) + ".\n\n"
        f"Expected findings: {rules_text}.\n")
    return README_HEAD + contents + README_BODY


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.elmsteadsummer.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme_markdown(cases), encoding="utf-8")


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
        raise SystemExit("refusing to write tests/practice73:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice73:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice73 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice73")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
