#!/usr/bin/env python3
"""Regenerate ``tests/practice57/``: a labelled corpus of Ravensgate Locksmiths & Security.

A support mailbox of a fictional London locksmith and security firm (lock changes between
tenants, emergency lock-outs and break-ins, key cutting and restricted key systems, safes,
door entry and access control, landlord and letting-agency contracts, quotes and invoices),
written without looking at the detection heuristics, with many multi-question customer
mails. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``ravensgatelocks.example``.

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

Usage: python scripts/make_practice57_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "ravensgatelocks.example"
HELP = "Ravensgate Locksmiths <help@ravensgatelocks.example>"
DESK = "Ravensgate Help Desk <help@ravensgatelocks.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nell": ("Nell Ashworth <nell@ravensgatelocks.example>", "thunderbird", """-- 
Nell Ashworth
Bookings & Customer Desk | Ravensgate Locksmiths & Security
24-hour emergency line: 020 7946 0772
Book online: https://ravensgatelocks.example/book?ref=sig"""),
    "dev": ("Devraj Pillai <devraj@ravensgatelocks.example>", "outlook", """Devraj Pillai
Emergency Call-outs & Dispatch | Ravensgate Locksmiths & Security
Locked out? Call 020 7946 0772 any time, day or night."""),
    "carys": ("Carys Morgan <carys@ravensgatelocks.example>", "outlook", """Carys Morgan
Accounts, Quotes & Invoices | Ravensgate Locksmiths & Security
Ravensgate Security Ltd, registered in England no. 09114422. This e-mail is confidential;
if you have received it in error please delete it and let us know."""),
    "frank": ("Frank Oduya <frank@ravensgatelocks.example>", "apple", """Frank Oduya
Safes, Door Entry & Access Control | Ravensgate Locksmiths & Security
https://ravensgatelocks.example/safes?from=email"""),
    "kit": ("Kit Lindqvist <kit@ravensgatelocks.example>", "owa", """Kit Lindqvist
Landlord & Agency Contracts | Ravensgate Locksmiths & Security
Managing more than 10 properties? Ask me about contract rates."""),
    "tobias": ("Tobias Reinhardt <tobias@ravensgatelocks.example>", "thunderbird_de", """-- 
Tobias Reinhardt
Kundenbetreuung auf Deutsch | Ravensgate Locksmiths & Security
https://ravensgatelocks.example/de?ref=signatur"""),
    "solene": ("Solène Marchetti <solene@ravensgatelocks.example>", "apple_fr", """Solène Marchetti
Service clients en français | Ravensgate Locksmiths & Security
+44 20 7946 0779"""),
    "lucia": ("Lucía Herrero <lucia@ravensgatelocks.example>", "gmail_es", """--
Lucía Herrero
Atención al cliente en español | Ravensgate Locksmiths & Security
https://ravensgatelocks.example/es?utm_source=firma"""),
}

ACK = """Hello,

Thank you for contacting Ravensgate Locksmiths & Security. This is an automatic
confirmation that your message has been logged as {ref}. Our office is open
Monday to Saturday, 8am-6pm, and we will reply within 24 hours.

Locked out or had a break-in? Please don't wait for an e-mail - call our
24-hour line on 020 7946 0772.

Ravensgate Help Desk
https://ravensgatelocks.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Ravensgate Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="rg.", outlook_server="LO4P30")
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
    """The end of ``day`` ("MM-DD") in London: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

def _pdf(*lines: str) -> bytes:
    return mailcraft.pdf(list(lines))


PL_CERT_PDF = _pdf("Certificate of Insurance - Public and Products Liability",
                   "Insured: Ravensgate Security Ltd t/a Ravensgate Locksmiths & Security",
                   "Limit of indemnity: GBP 5,000,000 any one occurrence",
                   "Period: 1 April 2026 to 31 March 2027")
INV_40918_PDF = _pdf("Ravensgate Locksmiths & Security - Invoice INV-40918",
                     "3B Elmhurst Mansions, Clapham - out-of-hours call-out 15/11/2026",
                     "Call-out after 10pm GBP 120.00; euro cylinder GBP 45.00",
                     "Total GBP 165.00 - PAID by card")
INV_QUINLAN_PDF = _pdf("Ravensgate Locksmiths & Security - Invoice INV-40921 (reissued)",
                       "Quinlan Architects Ltd, 8 Coburg Place - VAT GB 318 4467 29",
                       "Saturday call-out, Kitemarked 3-star cylinder, security escutcheon",
                       "Total GBP 210.00 incl. VAT")
SCHLIESS_PDF = _pdf("Ravensgate Locksmiths & Security - Angebot A-2611-031",
                    "Generalhauptschluesselanlage, 14 Zylinder ABS Kitemarked",
                    "Belsize Park, 12 Wohnungen, Haustuer, Keller",
                    "Summe GBP 2,180.00 zzgl. MwSt.")
KEYFORM_PDF = _pdf("Ravensgate Restricted Key Order Form - system RG-2217",
                   "Authorised signatories: Bronwen Lloyd, Tom Fitch",
                   "Keys requested: 20 - signature required")
COMELIT_PDF = _pdf("Ravensgate Locksmiths & Security - Quotation Q-2611-118",
                   "Marlowe Court: Comelit two-wire video entry, 24 flats",
                   "Uses existing cabling. Option B (new cabling) shown for comparison",
                   "Option A GBP 8,940.00 + VAT")
HARTLEY_PDF = _pdf("Ravensgate Locksmiths & Security - Quotation Q-2611-097 rev. B",
                   "Hartley Dental: Paxton Net2, reader on rear fire exit (staff room removed)",
                   "Total GBP 3,640.00 + VAT")
MERCIER_PDF = _pdf("Ravensgate Locksmiths & Security - Invoice INV-40955 (corrected)",
                   "Atelier Mercier Ltd, 14 Lamb's Conduit Street, London",
                   "Shutter lock replacement 12/11/2026")
PORTERO_PDF = _pdf("Ravensgate Locksmiths & Security - Presupuesto P-2611-126",
                   "Portero con camara Comelit, 6 viviendas, Kilburn",
                   "Total GBP 2,950.00 + IVA")
RENEWAL_PDF = _pdf("Ravensgate Locksmiths & Security - Landlord Contract 2027",
                   "Tremayne Estates: 22 properties at GBP 58 per property per year",
                   "Response: 2 hours lock-outs/break-ins, 2 working days other work")
ORDER_PDF = _pdf("Marchbanks Solicitors - Restricted Key Order",
                 "System RG-1840: 15 keys. Signed: H. Marchbanks, Office Manager")
WEBER_PDF = _pdf("Ravensgate Locksmiths & Security - Angebot A-2611-140",
                 "Paxton Net2: 3 Tueren, 25 Karten, Software, Einweisung",
                 "Summe GBP 4,380.00 zzgl. MwSt.")
SCHEDULE_PDF = _pdf("Moss & Fairley Lettings - Ravensgate contract schedule from 1 Dec 2026",
                    "32 properties at GBP 50 per property per year",
                    "Added: 31 Quince Road SE13; Flat 9 Pallister House SE4")
SPEC_PDF = _pdf("Comelit Mini Wi-Fi video entry panel - specification sheet",
                "Surface mount, 2-wire, IP54, 7in monitor, app via Wi-Fi")
HOFFMANN_PDF = _pdf("Ravensgate Locksmiths & Security - Rechnung RE-40811 (korrigiert)",
                    "Briefkastenschloss Cedar Court Nr. 14, zwei Schluessel",
                    "Summe GBP 45.00")
SCHNEIDER_PDF = _pdf("Ravensgate Locksmiths & Security - Rechnung RE-40702",
                     "Notoeffnung Praxis Marylebone, Zylinder neu",
                     "Summe GBP 168.00 inkl. MwSt.")
GARAGE_PNG = mailcraft.png(10, 8, lambda x, y: (120 + 10 * x, 120 + 6 * y, 110))
SHED_PNG = mailcraft.png(10, 8, lambda x, y: (90 + 4 * y, 140 - 3 * x, 70))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("r01-harcourt-tenant-change", "en", "closed", {},
      "Imogen Tate <imogen.tate@example.com>", "gmail", "Lock change after tenants moved out",
      "Landlord asks three things (this week? can the letting agent let you in? how many keys?); one paragraph answers all three out of order; thanks-only close.",
      cu("11-02 09:12", """Hi,

My tenants at 14 Harcourt Road (ground floor flat) moved out on Saturday and one set of keys hasn't come back, so I'd like the front door lock changed before the new people move in on the 9th.

Can you do it this week? I'm working away so I'd rather not be there - the letting agent (Moss & Fairley on the high street) has keys and could let your engineer in, would that be ok? And how many keys do you supply with the new lock?

Thanks,
Imogen"""),
      ag("nell", "11-02 10:40", """Hi Imogen,

I've booked you in for Thursday 5th between 10am and 12pm. Moss & Fairley letting us in is absolutely fine, we do that for a lot of landlords. The new cylinder comes with three keys; extra copies are £6 each if the new tenants need more.

Kind regards,
Nell"""),
      cu("11-02 11:05", """Perfect, thank you Nell!

Imogen""", thanks=True)),

    C("r02-pemberton-inline", "en", "closed", {},
      "Howard Pemberton <howard@pembertonlettings.example>", "thunderbird", "Three quick ones",
      "Letting agent's three questions answered inline under the quoted lines: a sentence, a bare price, and 'Attached.' with the certificate.",
      cu("11-03 14:20", """Hello,

A few quick questions before I send the next batch of jobs your way:

Do you give a certificate or receipt showing the lock is BS3621? Our insurer keeps asking for one.
What do you charge per door for a straight cylinder swap on a standard euro lock?
Can you send me your public liability certificate for our supplier file?

Regards,
Howard Pemberton
Pemberton Lettings"""),
      ag("nell", "11-03 15:45", """Hi Howard,

> Do you give a certificate or receipt showing the lock is BS3621? Our insurer keeps asking for one.

The invoice names the lock and its British Standard, and the engineer leaves the manufacturer's card with the tenant - insurers accept that.

> What do you charge per door for a straight cylinder swap on a standard euro lock?

£85 + VAT, anti-snap cylinder included.

> Can you send me your public liability certificate for our supplier file?

Attached.

Best wishes,
Nell""", quote=False, attach=[("application/pdf", "Ravensgate-PL-certificate-2026.pdf", PL_CERT_PDF)])),

    C("r03-clapham-lockout", "en", "pending", {},
      "Jordan Achterberg <jordan.achterberg@example.net>", "iphone", "Locked out - key snapped in lock",
      "Late-night lock-out: how fast and how much answered in minutes; next morning the invoice is asked for and sent by accounts.",
      cu("11-15 23:07", """Hi, I'm stuck outside my flat at 3B Elmhurst Mansions, Clapham, the key has snapped off in the lock and half of it is still inside. How fast can someone get here? And how much is it at this time of night? I rang your number but it went to a queue.

Jordan

Sent from my iPhone"""),
      ag("dev", "11-15 23:16", """Hi Jordan,

Marek is on his way to you now - he's finishing a job in Stockwell and should be with you in about 35 minutes. After 10pm the call-out is £120, plus parts if the cylinder has to be replaced (£45 for a standard one). He'll text you when he's 5 minutes away.

Devraj"""),
      cu("11-16 09:30", """Morning - Marek was brilliant, had me in within 10 minutes of arriving. Could you email me the invoice? My home insurance might cover the call-out and they want a copy.

Thanks again,
Jordan

Sent from my iPhone"""),
      ag("carys", "11-16 10:05", """Hi Jordan,

Glad you're back in. The invoice is attached (INV-40918, £165 including the new cylinder), marked as paid by card.

Carys""", attach=[("application/pdf", "INV-40918.pdf", INV_40918_PDF)])),

    C("r04-fairbanks-safe-code", "en", "closed", {"unanswered-question": 1},
      "Gillian Fairbanks <g.fairbanks@fairbanks-jewellers.example>", "outlook", "Safe combination change",
      "Jeweller needs a safe combination changed and asks for a quote to bolt the safe down; the visit is booked and priced, the bolting-down quote never comes; thanks-only reply.",
      cu("11-04 10:02", """Good morning,

One of our staff has left and we need the combination on the shop safe (a Chubbsafes Trident, about ten years old) changed as soon as possible. Could you let me know when someone can come out? Ideally before Saturday as that's our busiest day.

While your engineer is here, could you also quote for bolting the safe down properly? At the moment it is just standing on the floor of the back office, which I suspect the insurers would not be happy about.

Kind regards,
Gillian Fairbanks
Fairbanks Jewellers, 22 Market Row""", uq=1),
      ag("frank", "11-04 12:30", """Dear Gillian,

I can come myself on Friday at 8:30, before you open. Changing the combination on the Trident takes about 40 minutes and costs £95 + VAT; you set the new code yourself so nobody else knows it.

Best regards,
Frank"""),
      cu("11-04 12:48", """Friday 8:30 is fine, thank you.

Gillian""", thanks=True)),

    C("r05-oakfield-intercom", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Raymond Bisset <chair@oakfieldcourt-rta.example>", "owa", "Intercom handset flat 7 / door closer",
      "Residents' association: dead intercom handset deferred 'by Wednesday' and answered only after a chase five days late; the slamming door closer is never mentioned.",
      cu("11-09 08:55", """Hello Frank,

Two things from Oakfield Court:

The intercom handset in flat 7 has died (no buzz, no speech). It's the same Videx system you installed in 2019. Is the handset still made, or will the whole flat need a new unit?

Also the main entrance door has started slamming shut really hard - a resident caught her fingers on Sunday. Can someone adjust the door closer, please?

Raymond Bisset
Chair, Oakfield Court Residents' Association""", uq=1),
      ag("frank", "11-09 11:20", """Hi Raymond,

Sorry to hear about the handset. Videx changed that range last year, so I'll check with the supplier whether the old handset is still available and come back to you by Wednesday.

Best regards,
Frank""", promises=[("11-11", 4)]),
      cu("11-16 09:10", """Hi Frank,

Any news on the handset? The resident in flat 7 is elderly and can't let visitors in at the moment, so it's getting urgent.

Raymond""", chase=True),
      ag("frank", "11-16 14:05", """Hi Raymond,

Apologies for the delay. The supplier still has the old handset (Videx 3172): £138 + VAT fitted, and I can fit it on Thursday morning. Shall I go ahead?

Best regards,
Frank""")),

    C("r06-greaves-key-code", "en", "closed", {},
      "Sam Greaves <samgreaves@example.org>", "gmail", "Keys from a code card?",
      "Direct and indirect questions (can keys be cut from the card, how long, what to bring) answered in one paragraph.",
      cu("11-05 19:40", """Hi there,

I've only got one key left for my front door (Abloy Protec2, I think) but I do have the little plastic card with the key code on it. Is it possible to get keys cut just from that card? I was wondering how long it takes, and whether I need to bring anything apart from the card.

Cheers,
Sam"""),
      ag("nell", "11-06 09:05", """Hi Sam,

That's exactly what the card is for. Protec2 keys aren't cut in the shop - we order them from Abloy against your card, which takes five to seven working days. Bring the card and a photo ID that shows your address (a driving licence, or a passport with a utility bill); it's £28 per key.

Kind regards,
Nell""")),

    C("r07-brightwater-contract", "en", "pending", {"unanswered-question": 2},
      "Priya Raman <priya.raman@brightwaterhomes.example>", "outlook", "Landlord maintenance contract - 40 properties",
      "Letting company asks four things in one paragraph; fee and response times answered, uPVC cover and the sample contract skipped.",
      cu("11-16 10:15", """Hi Kit,

Thanks for the chat at the landlord expo. As promised, here's what we'd need from a contract. We manage 40 properties across Lewisham and Greenwich, mostly 1930s terraces and a few new-build flats. What would the annual fee be for all 40? What response time do you guarantee for a lockout or a break-in? Does the contract cover repairs to uPVC multipoint mechanisms, or only locks and cylinders? Please also send a sample contract so our directors can have a look before the board meeting on the 30th.

Many thanks,
Priya Raman
Property Manager | Brightwater Homes""", uq=2, kind="alt"),
      ag("kit", "11-16 15:40", """Hi Priya,

Great to meet you at the expo. For 40 properties the annual fee would be £2,400 (£60 per property), invoiced quarterly. We guarantee an engineer on site within 2 hours for lockouts and break-ins, 24/7, and within 2 working days for everything else.

Kind regards,
Kit""")),

    C("r08-stollberg-schliessanlage", "de", "closed", {},
      "Dr. Henrike Stollberg <h.stollberg@stollberg-immobilien.example>", "outlook_de", "Schließanlage für unser Haus in London",
      "Munich property manager: master-key system and lead time answered with an attached offer; a follow-up question about a maintenance contract answered too.",
      cu("11-03 09:30", """Sehr geehrter Herr Reinhardt,

wir verwalten für eine Eigentümergemeinschaft aus München ein Mehrfamilienhaus in London (Belsize Park, 12 Wohnungen). Bei jedem Mieterwechsel werden bisher einzeln Zylinder getauscht, das wird auf Dauer zu teuer.

Können Sie uns eine Schließanlage anbieten, bei der der Hausmeister mit einem Generalschlüssel in alle Wohnungen und Kellerräume kommt? Und wie lange würde die Umstellung dauern?

Mit freundlichen Grüßen
Dr. Henrike Stollberg
Stollberg Immobilienverwaltung GmbH"""),
      ag("tobias", "11-03 11:15", """Sehr geehrte Frau Dr. Stollberg,

das ist genau der Fall für eine Generalhauptschlüsselanlage. Für 12 Wohnungen, Haustür und Keller würden wir 14 Kitemark-Zylinder einsetzen; der Hausmeister erhält einen Generalschlüssel, jede Wohnung nur ihre eigenen Schlüssel. Die Zylinder werden nach Bestellung in etwa zehn Tagen geliefert, der Einbau selbst dauert einen Vormittag.

Das Angebot hänge ich an: 2.180 £ zzgl. MwSt.

Mit freundlichen Grüßen
Tobias Reinhardt""", attach=[("application/pdf", "Angebot-A-2611-031.pdf", SCHLIESS_PDF)]),
      cu("11-04 08:50", """Sehr geehrter Herr Reinhardt,

vielen Dank für das schnelle Angebot. Eine Frage noch, bevor ich es der Eigentümerversammlung vorlege: Bieten Sie auch einen Wartungsvertrag für die Anlage an, z. B. eine jährliche Prüfung der Zylinder?

Mit freundlichen Grüßen
H. Stollberg"""),
      ag("tobias", "11-04 10:05", """Sehr geehrte Frau Dr. Stollberg,

ja: Die jährliche Prüfung aller Zylinder inklusive Schmierung und Protokoll kostet 180 £ im Jahr, Nachschlüssel für neue Mieter liefern wir innerhalb von drei Werktagen.

Mit freundlichen Grüßen
Tobias Reinhardt"""), tz=1),

    C("r09-moreau-serrure-mottura", "fr", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Camille Moreau <camille.moreau@courriel.example>", "apple_fr", "Changement de serrure – appartement Pimlico",
      "Owner in France asks for a quote for a Mottura lock; 'je reviens vers vous d'ici jeudi' never kept; her 'Je me permets de vous relancer' gets no reply.",
      cu("11-10 08:40", """Bonjour,

J'ai perdu un trousseau de clés lors de mon dernier séjour à Londres et je préfère faire changer la serrure de mon appartement (Flat 4, 27 Cambridge Street, Pimlico). C'est une porte blindée avec une serrure multipoints, de marque Mottura je crois.

Pourriez-vous m'envoyer un devis ? Je serai à Londres du 26 au 30 novembre, l'intervention pourrait avoir lieu à ce moment-là.

Bien cordialement,
Camille Moreau"""),
      ag("solene", "11-10 10:30", """Bonjour Madame Moreau,

Merci pour votre message. Les serrures Mottura demandent un cylindre spécifique : je vérifie la disponibilité auprès de notre fournisseur et je reviens vers vous d'ici jeudi avec le devis.

Bien cordialement,
Solène""", promises=[("11-12", None)]),
      cu("11-16 18:20", """Bonjour,

Je me permets de vous relancer au sujet du devis pour la serrure Mottura : je n'ai rien reçu depuis votre message de mardi dernier. Je dois organiser mon séjour rapidement.

Bien cordialement,
Camille Moreau""", chase=True), tz=1),

    C("r10-quinlan-invoice", "en", "pending", {"unanswered-question": 1},
      "Declan Quinlan <declan@quinlanarchitects.example>", "gmail", "Invoice for Saturday call-out",
      "Invoice reissued with company name and VAT number; the question whether the weekend rate was charged gets an explanation of the parts instead.",
      cu("11-17 09:20", """Hi,

Your engineer came out on Saturday to our office at 8 Coburg Place after the break-in attempt and replaced the damaged lock - thank you for getting there so quickly.

Could you please reissue the invoice with our company name and VAT number (GB 318 4467 29) on it? Our accountant won't accept it otherwise. Also, was the call-out charged at the weekend rate? £210 seems a lot for a 40-minute job.

Best,
Declan Quinlan
Quinlan Architects""", uq=1),
      ag("carys", "11-17 11:50", """Hi Declan,

Here's the reissued invoice with Quinlan Architects Ltd and your VAT number on it. The parts on it are the Kitemarked 3-star anti-snap cylinder (£95), as the old one had been snapped by the intruder, and the security escutcheon fitted with it (£18), which stops that happening again.

Carys""", attach=[("application/pdf", "INV-40921-reissued.pdf", INV_QUINLAN_PDF)])),

    C("r11-hollis-upvc-gearbox", "en", "closed", {},
      "Marcus Hollis <marcus.hollis@example.com>", "android", "Back door won't lock",
      "Fix or new door? and earliest date answered; a second question (will the engineer ring first?) from a reply that lost its threading headers answered too.",
      cu("11-06 07:55", """Hi, the handle on our back door (white uPVC, about 12 yrs old) has gone floppy and the door won't lock anymore, the hooks don't come out when I lift the handle. Is this something you can fix or do we need a whole new door? What's the earliest you could come out? It's the door to the garden so it's a bit of a worry.

Marcus

Sent from Outlook for Android"""),
      ag("nell", "11-06 08:40", """Hi Marcus,

That's almost always the gearbox in the multipoint lock giving up, not the door itself - we replace the mechanism (£145 fitted, with a new anti-snap cylinder) and the door stays. The earliest I can offer is Monday morning, 8-12.

Kind regards,
Nell"""),
      cu("11-06 09:02", """Monday morning is fine. Will the engineer ring before coming? I might pop to the shop.

Marcus

Sent from Outlook for Android""", thread=False),
      ag("nell", "11-06 09:20", """Yes, he'll ring about 30 minutes before he arrives.

Nell""")),

    C("r12-kensal-academy-keys", "en", "pending", {"many-handoffs": 1},
      "Bronwen Lloyd <b.lloyd@kensalrise-academy.example>", "outlook", "Staff keys and restricted key register",
      "School's numbered list of three requests: bookings answers the keys and hands over; the systems lead updates the signatories and accounts sets up the invoice - three agents, everything answered; school disclaimer in the signature.",
      cu("11-16 08:10", """Dear Ravensgate,

We're a new site team at Kensal Rise Academy and trying to get the key situation under control.

1. We need 20 more staff keys for the classroom master suite you installed (system ref RG-2217). How soon could those be ready?
2. Who is on the authorised signatory list for ordering keys? It should now be me and the business manager, Tom Fitch, not the previous site manager.
3. The invoice for this needs to go to the trust, not the school - Kensal Learning Trust, accounts@kensal-trust.example.

Thanks,
Bronwen Lloyd
Site Manager, Kensal Rise Academy

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Kensal Learning Trust is a company limited by guarantee."""),
      ag("nell", "11-16 09:30", """Dear Bronwen,

The 20 keys for RG-2217 will be ready on Friday 20th, for collection or delivery by our engineer. I've asked Frank, who looks after the restricted systems, to update the signatories today, and Carys will set up the invoice to the trust.

Kind regards,
Nell""", promises=[("11-16", 3), ("window", 4)]),
      ag("frank", "11-16 11:45", """Hi Bronwen,

The authorised list for RG-2217 is now you and Tom Fitch only; the previous site manager has been removed. For this order we need one of your signatures on the key order form, attached.

Best regards,
Frank""", parent=1, attach=[("application/pdf", "RG-2217-key-order-form.pdf", KEYFORM_PDF)]),
      ag("carys", "11-16 14:20", """Dear Bronwen,

Done - Kensal Learning Trust is set up as the invoice account for RG-2217, and invoices will go to accounts@kensal-trust.example from this order on.

Carys""", parent=1)),

    C("r13-vidal-bombin", "es", "closed", {"missed-follow-up": 1},
      "Andrés Vidal <andres.vidal@example.com>", "gmail", "Bombín antibumping para la puerta principal",
      "Saturday visit answered; the price deferred with 'le escribo mañana' and never sent; the case goes quiet.",
      cu("11-10 20:15", """Hola,

Hace dos semanas entraron a robar en el piso de una vecina de mi edificio y me gustaría cambiar el bombín de la puerta principal por uno antibumping. ¿Cuánto me costaría más o menos? ¿Y podrían venir un sábado? Entre semana trabajo hasta tarde.

Un saludo,
Andrés Vidal"""),
      ag("lucia", "11-11 09:10", """Hola, Andrés:

Los sábados trabajamos de 9 a 14 h, así que no hay problema. En cuanto al precio, depende de la medida del bombín; lo consulto con el almacén y le escribo mañana con el precio exacto.

Un saludo,
Lucía""", promises=[("11-12", None)])),

    C("r14-ashdown-gate-fobs", "en", "closed", {},
      "Tessa Ng <tessa@ashdownmews.example>", "gmail", "Extra fobs for the gate",
      "Price per fob and postage answered with a figure and 'went out first class this afternoon'; thanks-only reply.",
      cu("11-12 13:00", """Hi,

We've got two new residents at Ashdown Mews and need 6 more fobs for the car park gate (Paxton system, you fitted it last spring). How much are they each, and can they be posted to me rather than collected? I'm at number 3.

Tessa Ng
Ashdown Mews Management Co."""),
      ag("carys", "11-12 15:10", """Hi Tessa,

They're £9.50 each, so £57 + VAT for six. I've had them programmed onto the gate controller already and they went out first class this afternoon to 3 Ashdown Mews.

Carys"""),
      cu("11-12 15:30", """Brilliant, thank you!

Tessa""", thanks=True)),

    C("r15-whitcombe-insurer-lock", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Lydia Whitcombe <lydia.whitcombe@example.org>", "iphone", "Quote for BS3621 lock - insurer deadline",
      "Quote request acknowledged by the help desk robot only; 'Just checking you got my email below?' the next day; no human reply.",
      cu("11-17 08:30", """Hello,

My home insurer has told me the front door needs a BS3621 five-lever mortice lock for the policy to be valid. Could you quote for fitting one? The door is solid wood, with a Yale-type night latch already on it. Please also let me know your first available date.

Lydia Whitcombe
47 Sutherland Avenue

Sent from my iPhone"""),
      ack("11-17 08:31"),
      cu("11-18 12:40", """Just checking you got my email below? The insurer needs proof by the end of the month so I'd really like to get this booked.

Lydia

Sent from my iPhone""", chase=True)),

    C("r16-ferrers-safe-key", "en", "closed", {},
      "Oliver Ferrers <oliver@ferrers-accountancy.example>", "outlook", "Lost safe key",
      "Can you open it / rough cost / proof of ownership answered in one reply; the follow-up 'Would Tuesday at 10am work?' confirmed by a colleague; signature URL with '?'.",
      cu("11-09 11:30", """Good morning,

We've lost the key to our office safe (a Burton Eurovault, key-locking). Is it possible to open it without wrecking it? I'd also like to know roughly what it costs and whether you need any proof that the safe belongs to us before opening it.

Kind regards,
Oliver Ferrers
Ferrers & Co Chartered Accountants
T 020 7946 0113 | https://ferrers-accountancy.example/contact?ref=email"""),
      ag("frank", "11-09 14:00", """Dear Oliver,

Good news: a Eurovault key lock can nearly always be picked or decoded without drilling, so the safe stays usable, and we then make you two new keys. Budget £180-£240 + VAT depending on how long it takes. As for ownership, a letter on your letterhead signed by a partner, plus photo ID on the day, is enough.

Best regards,
Frank"""),
      cu("11-09 15:20", """Thanks Frank, that's helpful. Would Tuesday at 10am work?

Oliver"""),
      ag("nell", "11-09 16:05", """Hi Oliver,

Tuesday 10 November at 10am is in the diary for Frank.

Kind regards,
Nell""")),

    C("r17-marlowe-court-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Hugh Delacourt <hugh.delacourt@example.com>", "gmail", "Door entry panel replacement - Marlowe Court (24 flats)",
      "Quote request ignored for three days, then resent word for word as a new mail with the same subject; the reply to the resend answers both parts with a PDF quote.",
      cu("11-09 10:00", """Hello,

I'm the secretary of the Marlowe Court freeholders' company. Our door entry panel (audio only, 24 flats) is failing - several buttons no longer call the flats. Could you quote for replacing it with a video system, with handsets in all 24 flats? Please also include the option of keeping the existing wiring if that's possible, as we'd like to avoid chasing cables through the communal hallways.

Regards,
Hugh Delacourt
Company Secretary, Marlowe Court Freehold Ltd"""),
      cu("11-12 08:45", """Resending my email of Monday as I haven't had a reply.

Hello,

I'm the secretary of the Marlowe Court freeholders' company. Our door entry panel (audio only, 24 flats) is failing - several buttons no longer call the flats. Could you quote for replacing it with a video system, with handsets in all 24 flats? Please also include the option of keeping the existing wiring if that's possible, as we'd like to avoid chasing cables through the communal hallways.

Regards,
Hugh Delacourt
Company Secretary, Marlowe Court Freehold Ltd""", parent=0, chase=True),
      ag("frank", "11-12 11:30", """Dear Hugh,

Apologies - your first email went to a colleague who is on leave. Our quote for a 24-way Comelit video system is attached. It runs over your existing two-wire cabling, so nothing new in the hallways; I've put the price for full re-cabling on the same quote for comparison. Installation takes two days.

Best regards,
Frank""", attach=[("application/pdf", "Q-2611-118-Marlowe-Court.pdf", COMELIT_PDF)])),

    C("r18-bauer-tresor", "de", "closed", {"unanswered-question": 1},
      "Matthias Bauer <m.bauer@bauer-consulting.example>", "thunderbird_de", "Tresor lässt sich nicht mehr öffnen",
      "Safe that rejects its code after a battery change: opening booked and priced; the question about a fingerprint lock is passed over; thanks-only reply.",
      cu("11-05 09:15", """Hallo Herr Reinhardt,

ein Kollege hat mir Ihre Firma empfohlen. In unserem Londoner Büro steht ein kleiner Tresor mit Zahlenschloss (Marke Phoenix), und seit dem Batteriewechsel nimmt er den Code nicht mehr an. Können Sie den Tresor öffnen, ohne ihn zu beschädigen?

Und wenn Sie schon da sind: Lässt sich das alte Schloss durch ein elektronisches mit Fingerabdruck ersetzen? Das hätten wir gerne.

Viele Grüße
Matthias Bauer""", uq=1),
      ag("tobias", "11-05 10:40", """Hallo Herr Bauer,

das klingt nach dem typischen Fehler nach einem Batteriewechsel - meistens lässt sich das Schloss mit einem Notstromadapter wieder öffnen, ohne zu bohren. Unser Techniker Frank Oduya kann am Montag um 9 Uhr vorbeikommen; die Öffnung kostet 120 £ zzgl. MwSt.

Viele Grüße
Tobias Reinhardt"""),
      cu("11-05 11:00", """Danke, Montag 9 Uhr passt.

M. Bauer""", thanks=True)),

    C("r19-durand-serrure-code", "fr", "closed", {},
      "Étienne Durand <etienne.durand@example.net>", "gmail", "Serrure à code pour location saisonnière",
      "Holiday-let owner in Paris: keypad locks? price? code changed remotely? - all answered in one paragraph; thanks-only reply.",
      cu("11-04 21:10", """Bonsoir,

Je loue mon studio de Shoreditch en location courte durée et la remise des clés devient compliquée. Est-ce que vous installez des serrures à code ? Si oui, combien faut-il prévoir, pose comprise ? Je voudrais aussi savoir si le code peut être changé à distance entre deux locataires, sans passer sur place.

Merci d'avance,
Étienne Durand"""),
      ag("solene", "11-05 09:20", """Bonjour Monsieur Durand,

Nous en posons très souvent pour des locations saisonnières. Je vous conseille la Yale Linus : elle se pilote depuis une application, vous créez un code par séjour depuis Paris et vous le supprimez au départ du locataire. Comptez 320 £ TTC, pose et paramétrage compris.

Bien cordialement,
Solène"""),
      cu("11-05 10:45", """Parfait, merci beaucoup pour ces précisions !

É. Durand""", thanks=True), tz=1),

    C("r20-ortega-copias", "es", "pending", {},
      "Marisol Ortega <m.ortega@ortega-traducciones.example>", "outlook", "Copias de llaves para la oficina",
      "Eight restricted-key copies: price, lead time and delivery to the office all answered.",
      cu("11-18 10:05", """Buenos días:

Necesitamos ocho copias de la llave de la oficina (una llave de seguridad Mul-T-Lock, tenemos la tarjeta de propiedad). ¿Cuánto cuestan y cuánto tardan? Si es posible, quisiera que nos las enviaran a la oficina en lugar de ir a recogerlas.

Saludos cordiales,
Marisol Ortega
Ortega Traducciones"""),
      ag("lucia", "11-18 12:30", """Buenos días, Marisol:

Las copias Mul-T-Lock salen a 22 £ cada una (176 £ las ocho, IVA incluido). Las pedimos con su tarjeta y estarán listas el martes 24; un mensajero se las lleva a la oficina sin coste adicional. Solo necesitamos una foto de la tarjeta por las dos caras.

Un saludo,
Lucía""")),
    C("r21-banfield-sticking-again", "en", "pending", {"reopened": 1},
      "Graham Banfield <graham.banfield@example.com>", "outlook", "Front door lock sticking",
      "Stiff lock repaired and closed with 'I'll mark this as resolved'; twelve days later it sticks again (a reply whose References skip a message) - call-back and guarantee both answered.",
      cu("11-03 08:20", """Hello,

The key has become really stiff in our front door lock, we have to jiggle it for ages to get it to turn. Can someone take a look this week?

Graham Banfield"""),
      ag("nell", "11-03 09:10", """Hi Graham,

We can come on Thursday 5th, between 1 and 5pm.

Kind regards,
Nell"""),
      cu("11-03 09:40", """Thursday afternoon is fine, thank you.

Graham""", thanks=True),
      ag("dev", "11-05 17:30", """Hi Graham,

Our engineer found the cylinder worn and the keep slightly out of line; he's replaced the cylinder and adjusted the keep, and the key now turns freely. I'll mark this as resolved - the work carries a 90-day guarantee.

Devraj""", parent=3, closes=True),
      cu("11-17 07:50", """Hello again,

The lock has started sticking again since the cold weather came in - not as badly as before, but it's getting worse. Could someone come back out? And is that covered by the 90-day guarantee you mentioned?

Graham""", parent=4, refs=[1, 4]),
      ag("nell", "11-17 09:15", """Hi Graham,

Sorry about that. It's well within the guarantee, so there's no charge. I've booked the same engineer for Wednesday 18th, 8am-12pm.

Kind regards,
Nell""")),

    C("r22-calloway-stock-check", "en", "closed", {},
      "Fiona Calloway <fiona.calloway@example.org>", "gmail", "Mul-T-Lock cylinder in stock?",
      "'I'll check the van stock tonight and get back to you tomorrow' - kept the next morning with price and slot.",
      cu("11-04 12:10", """Hi,

Do you have a Mul-T-Lock Interactive+ cylinder in 35/45 in stock? I'd like to have one fitted on Saturday if possible.

Fiona"""),
      ag("nell", "11-04 14:00", """Hi Fiona,

I'll check the van stock tonight and get back to you tomorrow.

Kind regards,
Nell""", promises=[("11-05", 3)]),
      ag("nell", "11-05 09:30", """Hi Fiona,

Good news - one of the vans has a 35/45 Interactive+, so Saturday is on: 9-11am, £165 fitted with five keys.

Kind regards,
Nell""", parent=1)),

    C("r23-greenholt-three-checkouts", "en", "pending", {"unanswered-question": 2},
      "Zainab Okonjo <zainab@greenholt-lettings.example>", "owa", "Lock changes x3 - check-outs next week",
      "Letting agent lists three properties; all three bookings are made, but invoicing each landlord and dropping keys at the office are ignored.",
      cu("11-17 11:00", """Hi Kit,

We have three check-outs next week and the landlords want the locks changed before the new tenants move in:

- 12 Alder Close, SE13 - check-out Mon 23rd
- Flat 2, 80 Brockley Rise, SE4 - check-out Tue 24th
- 5 Holly Terrace, SE6 - check-out Thu 26th

Could you book all three for the day after each check-out? Each landlord pays separately, so can you invoice each landlord rather than us? Also, instead of posting the new keys, could your engineer drop them at our office on Brockley Road? Posting has gone wrong twice this year.

Thanks,
Zainab
Greenholt Lettings""", uq=2),
      ag("kit", "11-17 14:30", """Hi Zainab,

All three are in: Alder Close Tue 24th AM, Brockley Rise Wed 25th AM, Holly Terrace Fri 27th PM, all with the same engineer, Marek.

Kind regards,
Kit""")),

    C("r24-hartley-revised-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Patrick Hartley <patrick@hartley-dental.example>", "outlook", "Access control quote - Hartley Dental",
      "'I'll send you the revised quote tomorrow' - the practice manager chases twice ('any news', 'still waiting') and accounts sends it a week late.",
      cu("11-09 09:00", """Hi Frank,

Thanks for coming to survey the practice on Friday. As discussed, we'd like to drop the fob reader on the staff-room door and add one to the back fire exit instead. Could you revise the quote accordingly?

Patrick Hartley
Practice Manager, Hartley Dental"""),
      ag("frank", "11-09 13:15", """Hi Patrick,

No problem. I'll rework the figures and send you the revised quote tomorrow.

Best regards,
Frank""", promises=[("11-10", 5)]),
      cu("11-13 10:20", """Hi Frank, any news on the revised quote?

Patrick""", chase=True),
      cu("11-17 08:45", """Frank - still waiting on the revised quote. We've got a partners' meeting on Thursday and I need it before then. Can someone please get back to me?

Patrick""", chase=True),
      ag("carys", "11-17 10:30", """Dear Patrick,

Apologies - Frank has been off sick this past week. I've attached the revised quote: reader on the rear fire exit, staff-room reader removed, £3,640 + VAT in total.

Carys""", attach=[("application/pdf", "Q-2611-097-revB.pdf", HARTLEY_PDF)])),

    C("r25-mehta-video-entry-app", "en", "closed", {"unanswered-question": 1},
      "Rohan Mehta <rohan.mehta@example.com>", "gmail", "Door entry for a house split into two flats",
      "Asked whether the panel works with a phone app and about the warranty; the reply covers warranty and camera features but not the app.",
      cu("11-05 18:30", """Hi Frank,

We're converting our house into two flats and need a door entry system for the shared front door. I had a look at the Comelit panel on your website - does it work with a smartphone app, so my tenants can answer the door when they're out? And how long is the warranty?

Thanks,
Rohan Mehta""", uq=1),
      ag("frank", "11-06 08:50", """Hi Rohan,

The Comelit two-flat kit has a 2-year parts and labour warranty, which goes up to 5 years with an annual service (£95). The panel has a wide-angle camera with night vision, and the indoor monitors have a 7-inch touch screen.

Best regards,
Frank""")),

    C("r26-koenig-islington", "de", "pending", {},
      "Sabine König <sabine.koenig@example.com>", "gmail_de", "Kostenvoranschlag Schlosstausch Wohnung Islington",
      "Parent in Germany: 'before Christmas?' answered; the price deferred to 'spätestens am Dienstag, den 24. November' - a promise still ahead at audit time.",
      cu("11-18 19:30", """Guten Abend Herr Reinhardt,

meine Tochter studiert in London und wohnt in einer Wohnung in Islington, die uns gehört. Der Vormieter hat offenbar noch Schlüssel, deshalb möchten wir das Schloss an der Wohnungstür tauschen lassen. Was würde das kosten, und könnten Sie das noch vor Weihnachten erledigen?

Herzliche Grüße
Sabine König"""),
      ag("tobias", "11-19 09:45", """Guten Tag Frau König,

vor Weihnachten ist kein Problem, wir haben noch Termine frei. Der Preis hängt davon ab, welches Schloss verbaut ist - könnte Ihre Tochter uns ein Foto vom Schloss (innen und außen) schicken? Dann rechne ich es durch und melde mich spätestens am Dienstag, den 24. November, mit dem genauen Preis.

Viele Grüße
Tobias Reinhardt""", promises=[("11-24", None)]), tz=1),

    C("r27-st-judes-vestry-safe", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Margaret Oyelaran <treasurer@stjudes-parish.example>", "thunderbird", "Safe in the vestry",
      "Friday-afternoon enquiry unanswered until the treasurer writes again on Tuesday ('haven't heard back from anyone'); the reply covers service, price and cash rating; parish signature with a '?' line and URL.",
      cu("11-06 16:05", """Dear Sir or Madam,

St Jude's has an old safe in the vestry (it says Milner on the front, and it must be over fifty years old). We keep the Sunday collection in it until the bank run on Monday. Our insurers have asked us to have it serviced and to find out its cash rating. Is that something you do, and what would it cost?

With thanks,
Margaret Oyelaran
Hon. Treasurer, St Jude's Parish Church
Looking for a service time? https://stjudes-parish.example/services?view=week"""),
      cu("11-10 09:30", """Dear Sir or Madam,

I wrote on Friday about our vestry safe but haven't heard back from anyone. Is this a service you still offer? The insurers are pressing us for an answer.

Margaret Oyelaran
Hon. Treasurer, St Jude's Parish Church
Looking for a service time? https://stjudes-parish.example/services?view=week""", chase=True),
      ag("frank", "11-10 11:10", """Dear Margaret,

Apologies for the silence - your message was caught by our spam filter. Yes, we service old Milners regularly: a full service (lock overhaul, hinge bolts, door seal) is £140 + VAT, and I can give you the cash rating at the same visit from the maker's plate and the body construction; most Milners of that age come out at around £1,000-£3,000. Would Thursday 12th at 2pm suit?

Best regards,
Frank""")),

    C("r28-pryce-snapped-yale", "en", "closed", {},
      "Dylan Pryce <dylan.pryce@example.net>", "gmail", "Snapped key in the Yale lock",
      "A rhetorical question and a question the customer answers himself around the real request (Monday after 3pm), which is booked.",
      cu("11-07 10:30", """Hiya,

Who knew a key could just snap in half in a Yale lock? Mine did this morning, luckily with the door open. The broken bit is still stuck in the lock. Could you send someone to get it out on Monday? Any time after 3pm is fine.

Where do I find the account number you asked for last time? Ah never mind, it's at the top of the old invoice - RG-C-55102.

Cheers,
Dylan"""),
      ag("nell", "11-07 11:15", """Hi Dylan,

Ouch! Monday 9th between 3 and 6pm is booked on account RG-C-55102. The engineer will get the broken piece out and cut you two new keys while he's there, so you're not left with just the one.

Kind regards,
Nell""")),

    C("r29-mercier-facture", "fr", "pending", {"unanswered-question": 1},
      "Hélène Mercier <h.mercier@atelier-mercier.example>", "outlook", "Facture – intervention du 12 novembre",
      "Corrected invoice sent as PDF; the request to receive all future invoices by e-mail instead of post is not acknowledged.",
      cu("11-16 14:00", """Bonjour,

Suite à votre intervention du 12 novembre dans notre boutique (remplacement de la serrure du rideau métallique), j'ai bien reçu la facture, mais elle est établie au nom de « Mercier H. » au lieu de la société. Pourriez-vous la refaire au nom d'Atelier Mercier Ltd, 14 Lamb's Conduit Street ?

Par ailleurs, je souhaiterais désormais recevoir toutes les factures par e-mail en PDF plutôt que par courrier.

Cordialement,
Hélène Mercier
Atelier Mercier Ltd""", uq=1),
      ag("solene", "11-16 16:30", """Bonjour Madame Mercier,

Voici la facture corrigée, au nom d'Atelier Mercier Ltd, 14 Lamb's Conduit Street. Toutes nos excuses pour l'erreur.

Bien cordialement,
Solène""", attach=[("application/pdf", "INV-40955-corrigee.pdf", MERCIER_PDF)])),

    C("r30-navarro-portero", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Navarro <javier.navarro@example.com>", "gmail_es", "Presupuesto portero automático – comunidad Kilburn",
      "Door-entry quote promised 'el jueves', sent only after '¿Hay alguna novedad...? Seguimos esperando' five days late; opening '¿Qué tal?' is a pleasantry.",
      cu("11-09 17:45", """Hola, Lucía, ¿qué tal?

Soy el presidente de la comunidad de propietarios de un pequeño edificio en Kilburn (6 viviendas). El portero automático es de los años noventa y ya casi no se oye. Queríamos pedirles un presupuesto para cambiarlo por uno nuevo, a poder ser con cámara.

Un saludo,
Javier Navarro"""),
      ag("lucia", "11-10 09:20", """Hola, Javier:

Gracias por escribirnos. Lo reviso con Frank, nuestro técnico de porteros, y le paso el presupuesto el jueves.

Un saludo,
Lucía""", promises=[("11-12", 4)]),
      cu("11-17 10:00", """Hola, Lucía:

¿Hay alguna novedad con el presupuesto del portero? Seguimos esperando y la junta de la comunidad es el día 25.

Un saludo,
Javier""", chase=True),
      ag("lucia", "11-17 13:40", """Hola, Javier:

Perdone el retraso. Le adjunto el presupuesto: portero con cámara Comelit para las 6 viviendas, 2.950 £ más IVA, instalación en dos días. Se puede aprovechar el cableado actual.

Un saludo,
Lucía""", attach=[("application/pdf", "Presupuesto-P-2611-126.pdf", PORTERO_PDF)])),

    C("r31-ainsley-hmo", "en", "closed", {"unanswered-question": 2},
      "Ben Ainsley <ben@ainsleyproperty.example>", "outlook", "HMO on Tressillian Road - locks and fire doors",
      "Four requests inside one long paragraph; thumb-turn bedroom locks and the front-door swap answered, the fire-door question and the key safe for the cleaner not.",
      cu("11-05 08:05", """Morning Kit,

I've just bought a six-bed HMO on Tressillian Road and the council inspection is in four weeks, so I need to get the doors sorted. Each bedroom door needs a lock the tenant can lock from outside with a key but which opens from inside without one (a thumb-turn, I think they're called), so please quote for six of those. The inspector also said the front door must open from inside without a key, which it currently doesn't, because there's a deadlock with a key on both sides - I was wondering whether you could swap that for something compliant at the same visit. And is it true that the bedroom doors being fire doors means I can only use certain locks? I don't want to invalidate the fire rating. Finally, please put a key safe by the back gate for the cleaner.

Cheers,
Ben Ainsley""", uq=2),
      ag("kit", "11-05 11:30", """Hi Ben,

Congratulations on the purchase. For the bedrooms we'd fit six thumb-turn sashlocks (key outside, turn inside) at £110 each fitted, and on the front door we'd replace the double-cylinder deadlock with a thumb-turn version so it opens without a key from inside, £95 fitted. We can do both in one visit on the 16th or 17th.

Kind regards,
Kit""")),

    C("r32-tremayne-renewal", "en", "closed", {},
      "Jenna Tremayne <jenna@tremayne-estates.example>", "gmail", "Contract renewal 2027",
      "'Carys ... will send you the 2027 terms by Thursday' - kept by the colleague on Wednesday with the PDF.",
      cu("11-09 10:40", """Hi Kit,

Our landlord contract with you runs out on 31 December. Could you send over the renewal terms for 2027? We'd like to add the four properties we bought in Catford this year.

Thanks,
Jenna Tremayne
Tremayne Estates"""),
      ag("kit", "11-09 12:00", """Hi Jenna,

Happy to. Carys in accounts prepares the renewals - she'll send you the 2027 terms, including the four Catford properties, by Thursday.

Kind regards,
Kit""", promises=[("11-12", 3)]),
      ag("carys", "11-11 15:20", """Dear Jenna,

Here are the 2027 renewal terms for Tremayne Estates: 22 properties (your 18 plus the four in Catford) at £58 per property per year, with the same response times as now. If you're happy, just sign the first page and send it back.

Carys""", parent=1, attach=[("application/pdf", "Tremayne-Estates-2027-renewal.pdf", RENEWAL_PDF)])),

    C("r33-marchbanks-trainee-keys", "en", "pending", {},
      "Helen Marchbanks <h.marchbanks@marchbanks-law.example>", "outlook", "Restricted keys for new staff",
      "Price and lead time answered; the customer's Outlook out-of-office replies; back in the office she orders with a signed form and asks for delivery, which is confirmed.",
      cu("11-10 09:00", """Dear Nell,

We have 15 new trainees starting in January. What would 15 extra keys for our restricted key system cost, and how long do they take?

Helen Marchbanks
Office Manager, Marchbanks Solicitors"""),
      ag("nell", "11-10 10:15", """Dear Helen,

Keys for your system (RG-1840) are £19 each, so £285 + VAT for 15, and they take about ten working days because they're cut at the factory. We need a signed order from you or one of the partners.

Kind regards,
Nell"""),
      auto("11-10 10:16", """Thank you for your email. I am out of the office until Monday 16 November with no access to email. For anything urgent please contact reception on 020 7946 0155.

Helen Marchbanks""", quote=False, subject="Automatic reply: Restricted keys for new staff"),
      cu("11-16 09:20", """Dear Nell,

Back in the office - thanks for the details. Please go ahead with the 15 keys; the signed order form is attached. Could they be delivered rather than collected? Our building has a post room.

Helen""", parent=2, kind="alt", attach=[("application/pdf", "RG-1840-order-signed.pdf", ORDER_PDF)]),
      ag("nell", "11-16 11:00", """Dear Helen,

Thank you, the order went to the factory today. We'll deliver them to your post room; they usually arrive within ten working days of ordering.

Kind regards,
Nell""")),

    C("r34-weber-zutritt", "de", "pending", {"missed-follow-up": 1},
      "Jürgen Weber <j.weber@weber-handel.example>", "outlook_de", "Angebot Zutrittskontrolle Lager Park Royal",
      "Card-blocking question answered at once; the offer promised 'bis Freitag' arrives on Monday without a chase - kept late.",
      cu("11-10 08:30", """Sehr geehrter Herr Reinhardt,

für unser Lager in Park Royal suchen wir ein Zutrittssystem mit Chipkarten für ca. 25 Mitarbeiter und drei Türen. Können Sie uns ein Angebot machen? Wichtig wäre uns, dass man die Karte eines Mitarbeiters, der sie verliert, sofort sperren kann - geht das?

Mit freundlichen Grüßen
Jürgen Weber
Weber Handel GmbH – Niederlassung London"""),
      ag("tobias", "11-10 11:00", """Sehr geehrter Herr Weber,

vielen Dank für Ihre Anfrage. Einzelne Karten lassen sich bei allen Systemen, die wir anbieten, sofort über die Software sperren. Für das Angebot stimme ich mich mit unserem Techniker ab und melde mich bis Freitag bei Ihnen.

Mit freundlichen Grüßen
Tobias Reinhardt""", promises=[("11-13", 3)]),
      ag("tobias", "11-16 10:20", """Sehr geehrter Herr Weber,

entschuldigen Sie die Verzögerung. Anbei unser Angebot: Paxton Net2 für drei Türen, 25 Karten, Software und Einweisung, 4.380 £ zzgl. MwSt.

Mit freundlichen Grüßen
Tobias Reinhardt""", attach=[("application/pdf", "Angebot-A-2611-140.pdf", WEBER_PDF)]), tz=1),

    C("r35-blake-forwarded-booking", "en", "closed", {},
      "Naomi Blake <naomi.blake@example.com>", "owa", "FW: Your Ravensgate booking RG-77310",
      "HTML-only mail forwarding the booking confirmation (whose text has 'Need to change your appointment?' and 'Any questions?'); the one real request, an hour later, is done.",
      cu("11-12 19:40", """Hi,

Please see my booking below. Could the engineer come an hour later, at 11 instead of 10? I have the school run that morning.

Naomi

________________________________
From: Ravensgate Bookings <bookings@ravensgatelocks.example>
Sent: Thursday, November 12, 2026 4:02 PM
To: Naomi Blake <naomi.blake@example.com>
Subject: Your Ravensgate booking RG-77310

Your appointment: Wednesday 18 November, 10:00-11:00
Job: replace front door cylinder (anti-snap), 14 Larch Grove
Need to change your appointment? Just reply to this email.
Any questions? See https://ravensgatelocks.example/faq?src=booking""", kind="html"),
      ag("nell", "11-13 09:05", """Hi Naomi,

No problem - you're now down for 11am-12pm on Wednesday 18th.

Kind regards,
Nell""")),

    C("r36-fenwick-invoice-copy", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Colin Fenwick <colin.fenwick@fenwick-cafe.example>", "owa", "Copy of invoice INV-40377",
      "'I'll ... send you a copy by end of day' never happens; 'I'm still waiting for the invoice copy' two days later gets no reply.",
      cu("11-16 10:00", """Hi,

Could I get a copy of invoice INV-40377 (the shutter lock repair at the café in October)? Our bookkeeper can't find it and she needs it for the VAT return.

Thanks,
Colin Fenwick
Fenwick's Café"""),
      ag("carys", "11-16 11:30", """Hi Colin,

Of course - I'll dig it out of the archive and send you a copy by end of day.

Carys""", promises=[("11-16", None)]),
      cu("11-18 15:10", """Hi Carys,

I'm still waiting for the invoice copy - could you send it today please? The VAT return is due on Monday.

Colin""", chase=True)),

    C("r37-castell-cerradura-alexa", "es", "closed", {"unanswered-question": 1},
      "Pilar Castell <pilar.castell@example.net>", "gmail", "Cerradura inteligente",
      "Retired couple: Alexa-compatible smart locks answered with models and prices; whether the installer shows them how to set it up on the phone is skipped.",
      cu("11-03 17:30", """Hola, buenas tardes:

Mi marido y yo estamos pensando en poner una cerradura inteligente en la puerta de casa, porque él siempre se olvida las llaves. ¿Tienen modelos que funcionen con Alexa? Además, quisiera saber si la instalación incluye enseñarnos a configurarla en el móvil, porque no se nos dan muy bien estas cosas.

Muchas gracias,
Pilar Castell""", uq=1),
      ag("lucia", "11-04 09:30", """Hola, Pilar:

Sí, la Yale Linus y la Nuki funcionan con Alexa: pueden abrir, cerrar y preguntar si la puerta está cerrada con la voz. Las dos se montan sobre la cerradura actual en la mayoría de puertas. La Nuki cuesta 259 £ instalada y la Yale, 320 £.

Un saludo,
Lucía""")),

    C("r38-penrose-garage-photos", "en", "pending", {},
      "Ellie Penrose <ellie.penrose@example.org>", "gmail", "Garage door lock and shed padlock",
      "A second mail a quarter of an hour later adds photos (not a chase); one reply answers both requests with prices and a slot.",
      cu("11-17 19:20", """Hi,

Someone's tried to force the lock on our garage door (the up-and-over kind) and it's now bent and won't lock at all. Can you replace it, and can you also fit a better padlock and hasp to the shed next to it?

Ellie"""),
      cu("11-17 19:35", """Sorry, forgot the photos - here's the garage lock and the shed door. The garage is a Garador, if that helps.

Ellie""", attach=[("image/png", "garage-lock.png", GARAGE_PNG), ("image/png", "shed-door.png", SHED_PNG)]),
      ag("nell", "11-18 08:45", """Hi Ellie,

Thanks for the photos, they help a lot. The Garador handle lock is a standard part, so we can replace it (£75 fitted), and on the shed we'd fit a closed-shackle padlock with a heavy-duty hasp (£60 fitted). We can do both in one visit on Friday 20th, 9am-1pm, if that suits.

Kind regards,
Nell""")),

    C("r39-okafor-smart-lock", "en", "open", {"awaiting-reply": 1},
      "Chidi Okafor <chidi.okafor@example.com>", "iphone", "Smart lock beeping",
      "Battery questions answered; five days later a new question (notifications when his son gets home) in his latest mail has no reply - awaiting reply, not an unanswered question.",
      cu("11-12 20:10", """Hi, the smart lock you fitted in August keeps beeping. Is that the battery? What type does it take?

Chidi

Sent from my iPhone"""),
      ag("nell", "11-13 08:30", """Hi Chidi,

Yes, the beeping is the low-battery warning. It takes four AA batteries - ordinary alkaline ones, not rechargeables. The inside cover slides upwards to get at them.

Kind regards,
Nell"""),
      cu("11-18 21:05", """Thanks, that worked. Different question: can the lock send me a notification when my son gets home from school? He has his own code.

Chidi

Sent from my iPhone""")),

    C("r40-bellamy-sash-locks", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rosalind Bellamy <ros.bellamy@example.com>", "gmail", "Window locks for a listed building",
      "Sash locks for a listed house deferred with 'I'll find out ... and get back to you' (no deadline, never kept); the door-chain quote is not mentioned; thanks-only reply.",
      cu("11-09 11:00", """Hello,

I live in a Grade II listed Georgian house and my insurer wants key-operated locks on all the ground-floor sash windows (eight of them). Are there locks that won't need the conservation officer's permission - ones that don't show from outside? Could you also quote for a door chain on the front door? It's the original six-panel door and I don't want anything too modern-looking.

Best wishes,
Rosalind Bellamy""", uq=1),
      ag("nell", "11-09 14:10", """Dear Rosalind,

What a lovely house to look after. Our sash-window specialist is out on jobs today; I'll find out which of our sash locks are suitable for listed buildings and get back to you.

Kind regards,
Nell""", promises=[("window", None)]),
      cu("11-09 14:30", """Thank you, that's kind.

Rosalind""", thanks=True)),
    C("r41-harrowgate-room-safes", "en", "pending", {},
      "Owen Prideaux <owen.prideaux@harrowgate-hotel.example>", "outlook", "Hotel room safes - 3 not opening",
      "'Let me check with the manufacturer's tech team and come back to you early next week' (Thursday) - kept on Monday with the cause and the fix.",
      cu("11-12 08:40", """Hi Frank,

Three of the in-room safes (rooms 104, 211 and 305) have been refusing the master code since the weekend. Guests are being moved around, which isn't ideal. Can you tell me whether this is a known issue with the Dormakaba safes, and what it would take to fix?

Owen Prideaux
Operations Manager, The Harrowgate Hotel"""),
      ag("frank", "11-12 10:30", """Hi Owen,

I haven't seen that exact fault on the Dormakaba units before. Let me check with the manufacturer's tech team and come back to you early next week with what's needed.

Best regards,
Frank""", promises=[("11-17", 3)]),
      ag("frank", "11-16 13:00", """Hi Owen,

Dormakaba have confirmed it: a firmware fault in that batch resets the master code after a power cut. I can reflash the three safes on Wednesday morning, about 20 minutes each, at no charge as they're still under warranty.

Best regards,
Frank""", parent=1)),

    C("r42-leclerc-coffre-fort", "fr", "closed", {},
      "Antoine Leclerc <antoine.leclerc@example.com>", "apple_fr", "Installation d'un coffre-fort",
      "Base64 mail with three questions in a list, each answered inline under the quote - the price with a bare figure.",
      cu("11-04 13:15", """Bonjour,

Je viens d'acheter un coffre-fort (Yale, 30 kg) et je voudrais le faire fixer dans mon appartement. Quelques questions :

Pouvez-vous le fixer dans un placard, sur un plancher en bois ?
Combien coûte l'installation ?
Faut-il que je sois présent pendant toute l'intervention ?

Merci,
Antoine Leclerc""", cte="base64"),
      ag("solene", "11-04 15:00", """Bonjour Monsieur Leclerc,

> Pouvez-vous le fixer dans un placard, sur un plancher en bois ?

Oui, nous le fixons dans les solives avec des tire-fonds ; il faut simplement que le placard fasse au moins 40 cm de profondeur.

> Combien coûte l'installation ?

85 £ TTC.

> Faut-il que je sois présent pendant toute l'intervention ?

Au début et à la fin seulement : comptez une heure en tout.

Bien cordialement,
Solène""", quote=False)),

    C("r43-sandoval-inquilinos", "es", "pending", {},
      "Rocío Sandoval <rocio.sandoval@example.org>", "thunderbird", "Cambio de cerradura entre inquilinos",
      "Landlord between tenants: date and rough price both answered in two sentences.",
      cu("11-18 09:40", """Buenos días:

Tengo un piso en alquiler en Hackney y el inquilino se marcha el 30 de noviembre. Querría cambiar la cerradura antes de que entre el siguiente, el 2 de diciembre. ¿Podrían hacerlo el 1 de diciembre? ¿Y me podrían decir el precio aproximado? Es una cerradura Yale normal.

Gracias,
Rocío Sandoval"""),
      ag("lucia", "11-18 11:20", """Buenos días, Rocío:

El 1 de diciembre lo tiene reservado, de 9 a 13 h. Para una Yale normal, el cambio de bombín con tres llaves nuevas son 85 £ más IVA.

Un saludo,
Lucía""")),

    C("r44-ashby-key-safe", "en", "open", {},
      "Tom Ashby <tom.ashby@greyfriars-dental.example>", "outlook", "Quote for a key safe",
      "Fresh request on the audit day with only the help desk's acknowledgement - inside the response target.",
      cu("11-20 10:15", """Hello,

Could you quote for fitting a police-approved key safe outside our surgery for the out-of-hours cleaners? We're at 9 Friar's Walk. Also, how long would installation take?

Tom Ashby
Practice Manager, Greyfriars Dental"""),
      ack("11-20 10:16")),

    C("r45-thornbury-office-move", "en", "closed", {"unanswered-question": 2},
      "Ingrid Thornbury <ingrid@thornbury-offices.example>", "thunderbird", "Office move - locks, keys and the old safe",
      "Office-move to-do list of four items; re-keying and keys per door answered together, the locked safe in the comms room and the keypad quote ignored.",
      cu("11-11 09:00", """Hi Nell,

We're moving into the second floor of Wharf House on 1 December and I'm making the to-do list. In no particular order:

We need all six office doors re-keyed so the previous tenant's keys no longer work - can you do that in the last week of November?
The landlord says there's a safe bolted to the floor in the comms room that nobody has a key for. Could you open it and, if it's empty, remove it?
We'd like a quote for a keypad on the main office door so we can stop handing out keys.
How many keys per door do you normally supply when re-keying?

Thanks!
Ingrid Thornbury
Office Manager, Thornbury & Wilde""", uq=2),
      ag("nell", "11-11 11:45", """Hi Ingrid,

Re-keying all six doors is booked for Thursday 26 November from 9am; you'll get three keys per door, and extras are £6 each.

Kind regards,
Nell""")),

    C("r46-shah-keyed-alike", "en", "pending", {"unanswered-question": 1},
      "Anil Shah <anil.shah@example.net>", "gmail", "New cylinder - keyed alike?",
      "Asked whether the new cylinder can be keyed alike with the back door; the reply gives price, number of keys and a date instead.",
      cu("11-16 20:30", """Hi,

I'd like the front door cylinder replaced with an anti-snap one, same as you did for my neighbour at no. 12. Can the new cylinder be keyed alike with the back door, so we only need one key for both? The back door is uPVC with a standard euro cylinder too.

Thanks,
Anil Shah
10 Beech Crescent""", uq=1),
      ag("nell", "11-17 09:00", """Hi Anil,

Happy to. The anti-snap cylinder we fitted at no. 12 is £95 fitted and comes with five keys. We can come on Monday 23rd, 8-12.

Kind regards,
Nell""")),

    C("r47-wexford-certificate", "en", "pending", {"unanswered-question": 1},
      "Maeve Wexford <maeve.wexford@example.com>", "outlook", "BS3621 deadlock for the front door",
      "Lock fitted as booked; the customer's thank-you mail adds a request for the BS3621 certificate, and the reply only returns the thanks.",
      cu("11-10 10:00", """Hello,

Could you fit a BS3621 mortice deadlock to our front door? The insurer insists. Any day next week is fine except Wednesday.

Maeve Wexford"""),
      ag("nell", "11-10 11:30", """Hi Maeve,

Booked for Thursday 19th, 8am-12pm: a five-lever BS3621 mortice deadlock, £165 fitted.

Kind regards,
Nell"""),
      cu("11-19 16:00", """Hi Nell,

Just a quick thank-you: the engineer was very tidy and the new lock is great. One more thing - could you send the certificate for the BS3621 lock? The insurer asks for it.

Maeve""", uq=1),
      ag("nell", "11-19 16:45", """Hi Maeve,

Thank you, that's lovely to hear - Marek will be chuffed.

Kind regards,
Nell""")),

    C("r48-hoffmann-briefkasten", "de", "pending", {"reopened": 1},
      "Klaus Hoffmann <klaus.hoffmann@example.com>", "gmail_de", "Briefkastenschloss defekt",
      "Letterbox lock replaced and closed with a [Resolved] tag ('Ich schließe das Ticket hiermit'); the customer comes back about a wrong invoice amount, corrected with a PDF.",
      cu("11-04 08:30", """Hallo,

das Schloss an meinem Briefkasten (Wohnanlage Cedar Court, Briefkasten 14) ist kaputt, der Schlüssel dreht durch. Können Sie es austauschen? Die Hausverwaltung sagt, ich muss das selbst organisieren.

Gruß
Klaus Hoffmann"""),
      ag("tobias", "11-04 10:00", """Hallo Herr Hoffmann,

ja, das machen wir. Briefkastenschlösser haben wir im Wagen; der Austausch kostet 45 £ inklusive zwei Schlüssel. Passt Ihnen Freitag zwischen 14 und 16 Uhr?

Viele Grüße
Tobias Reinhardt"""),
      cu("11-04 10:30", """Freitag passt, danke!

K. Hoffmann""", thanks=True),
      ag("tobias", "11-06 17:00", """Hallo Herr Hoffmann,

unser Techniker hat das Schloss heute ausgetauscht, die Rechnung kommt per Post. Ich schließe das Ticket hiermit.

Viele Grüße
Tobias Reinhardt""", subject="[Resolved] Re: Briefkastenschloss defekt", closes=True),
      cu("11-17 19:10", """Hallo Herr Reinhardt,

die Rechnung ist angekommen, aber darauf stehen 65 £ statt der vereinbarten 45 £. Können Sie das bitte prüfen und mir eine korrigierte Rechnung schicken?

Gruß
Klaus Hoffmann""", subject="Re: [Resolved] Re: Briefkastenschloss defekt"),
      ag("tobias", "11-18 09:00", """Hallo Herr Hoffmann,

Sie haben recht, da wurde versehentlich der Wochenendzuschlag berechnet. Die korrigierte Rechnung über 45 £ hängt an.

Viele Grüße
Tobias Reinhardt""", subject="Re: [Resolved] Re: Briefkastenschloss defekt",
         attach=[("application/pdf", "RE-40811-korrigiert.pdf", HOFFMANN_PDF)])),

    C("r49-pike-door-chain", "en", "pending", {"slow-first-response": 1},
      "Harriet Pike <harriet.pike@example.org>", "gmail", "Door chain and spy hole for my mum",
      "Friday-evening mail answered on Monday morning (slow first response); both the fitting and the pensioner discount are answered.",
      cu("11-13 18:30", """Hi,

My mum (85) lives alone and has been getting cold callers. Could you fit a door chain and a spy hole to her front door? And do you offer any discount for pensioners?

Harriet Pike"""),
      ag("nell", "11-16 09:05", """Hi Harriet,

Of course. A door chain and a wide-angle viewer together are £70 fitted, and for customers over 75 we take 10 % off, so £63. I can offer Wednesday 18th in the morning - just let me know her address.

Kind regards,
Nell""")),

    C("r50-moss-fairley-add-two", "en", "pending", {},
      "Daniel Moss <daniel@mossfairley.example>", "outlook", "Landlord contract - add two properties",
      "Contract additions and the rate question answered with an attached schedule the next morning; help desk acknowledgement in between; 'How are things at Ravensgate?' is a pleasantry.",
      cu("11-18 16:40", """Hi Kit,

How are things at Ravensgate? Busy, I imagine, with the clocks gone back.

Two more landlords have signed up with us and want to be on our Ravensgate contract:

- 31 Quince Road, SE13 (Mr and Mrs Adeyemi)
- Flat 9, Pallister House, SE4 (Ms Carr)

Please add both from 1 December. Would the per-property rate stay at £55 now we're over 30 properties, or does it go down?

Thanks,
Daniel Moss
Moss & Fairley Lettings"""),
      ack("11-18 16:41"),
      ag("kit", "11-19 09:30", """Hi Daniel,

Both are on the contract from 1 December. Over 30 properties the rate drops to £50, and I've applied that to your whole portfolio from the same date - the updated schedule is attached.

Kind regards,
Kit""", parent=1, attach=[("application/pdf", "Moss-Fairley-schedule-Dec-2026.pdf", SCHEDULE_PDF)])),

    C("r51-aldous-studio-entry", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Felix Aldous <felix@aldous-studio.example>", "gmail", "Video entry for the studio",
      "Two promises in one reply: the spec sheet 'this afternoon' (kept) and an installation date 'by Thursday' (given by a colleague only after 'Just following up', five days late).",
      cu("11-10 10:00", """Hi Frank,

Following your visit, we'd like to go ahead with the video entry panel for the studio. Can you send me the spec sheet for the panel so I can check it with the landlord? And when could you install?

Felix Aldous
Aldous Studio"""),
      ag("frank", "11-10 11:30", """Hi Felix,

Great news. I'll send the spec sheet over this afternoon, and I'll confirm an installation date by Thursday once I have the supplier's delivery date.

Best regards,
Frank""", promises=[("11-10", 3), ("11-12", 5)]),
      ag("frank", "11-10 15:10", """Hi Felix,

Spec sheet attached, as promised.

Best regards,
Frank""", parent=1, attach=[("application/pdf", "Comelit-Mini-WiFi-spec.pdf", SPEC_PDF)]),
      cu("11-17 09:00", """Hi Frank,

Just following up - do you have an installation date for us yet? The landlord has approved the panel.

Felix""", chase=True),
      ag("nell", "11-17 10:40", """Hi Felix,

Sorry for the wait - the panel arrived yesterday and Frank can install it on Monday 23rd, starting at 8:30. It takes most of the day.

Kind regards,
Nell""")),

    C("r52-dubois-double-cles", "fr", "pending", {"unanswered-question": 1},
      "Lucie Dubois <lucie.dubois@example.org>", "gmail", "Double de clés",
      "Flat key copy answered (price, counter hours); the letterbox key copy asked in the next sentence is not.",
      cu("11-16 12:30", """Bonjour,

Je travaille à Londres depuis septembre et je viens de perdre une de mes clés d'appartement. Pourriez-vous m'en faire un double à partir de la clé qui me reste ? C'est une clé plate classique. Pouvez-vous aussi me faire un double de la clé de la boîte aux lettres ? Elle est toute petite.

Merci d'avance,
Lucie Dubois""", uq=1),
      ag("solene", "11-16 14:15", """Bonjour Lucie,

Bien sûr : pour une clé plate classique, le double se fait en cinq minutes à notre comptoir de Ravensgate Road, pour 8 £. Vous pouvez passer du lundi au samedi, de 8 h à 18 h, sans rendez-vous.

Bien cordialement,
Solène""")),

    C("r53-quarry-lane-break-in", "en", "closed", {"unanswered-question": 2},
      "Sunita Varma <practice.manager@quarrylane-surgery.example>", "outlook", "Security review after break-in",
      "Surgery's numbered list of four after a break-in; panic-bar repair and key cabinet answered, the alarm door-contact advice and invoicing NHS Property Services not.",
      cu("11-06 12:00", """Dear Ravensgate team,

We had a break-in at the surgery over the weekend (through the rear fire door) and the partners have asked me to get a few things sorted:

1) Please send someone to repair the rear fire door's panic bar, which was forced.
2) Could you advise whether we should add a door contact to the alarm on that door, or is that an alarm company job?
3) We'd like a key register for the building - do you supply a key cabinet with a log book?
4) Can the invoice go to NHS Property Services rather than the practice?

With thanks,
Sunita Varma
Practice Manager, Quarry Lane Surgery""", uq=2, kind="alt"),
      ag("dev", "11-06 13:30", """Dear Sunita,

Sorry to hear about the break-in. Our engineer Marek can repair the panic bar this afternoon between 3 and 5pm; if the bar itself is bent beyond repair he carries a replacement Exidor unit (£185 + VAT). On the key register: we supply 50- and 100-hook lockable key cabinets with a signing-out log book, from £120.

Devraj""")),

    C("r54-ibarra-almacen", "es", "pending", {"unanswered-question": 1},
      "Gonzalo Ibarra <g.ibarra@ibarra-imports.example>", "outlook", "Cambio de cerradura almacén",
      "Warehouse locks after a dismissal: Thursday visit confirmed; the request to invoice the company with its VAT number is ignored.",
      cu("11-17 09:00", """Buenos días:

Despedimos a un empleado la semana pasada y no nos ha devuelto las llaves del almacén de Tottenham. Necesitamos cambiar la cerradura de la persiana y la de la puerta lateral cuanto antes. ¿Podrían venir el jueves por la mañana?

Les ruego también que la factura se emita a nombre de Ibarra Imports Ltd con nuestro número de IVA GB 402 1187 55.

Atentamente,
Gonzalo Ibarra
Ibarra Imports Ltd""", uq=1),
      ag("lucia", "11-17 11:10", """Buenos días, Gonzalo:

El jueves a las 8:30 le va bien a nuestro técnico. Cambiará el cilindro de la persiana y la cerradura de la puerta lateral y les dejará cuatro llaves de cada una.

Un saludo,
Lucía""")),

    C("r55-redgrave-cottage-key-safe", "en", "closed", {"unanswered-question": 1},
      "Paul Redgrave <paul.redgrave@example.com>", "thunderbird", "Questions about the key safe install",
      "Numbered list of three: wall or porch answered, code change answered with a link; the spare back-door key question skipped.",
      cu("11-13 08:15", """Hi Nell,

Thanks for booking the key safe install at the cottage for next Tuesday. A few last questions:

1. Will the key safe go on the brick wall or on the wooden porch? I'd prefer the wall.
2. Can you bring a spare blank so you can cut a second back-door key while you're there?
3. How do I change the code afterwards?

Cheers,
Paul""", uq=1),
      ag("nell", "11-13 10:00", """Hi Paul,

On the brick wall - the porch timber isn't solid enough for a police-approved safe anyway. For the code: https://ravensgatelocks.example/guides/key-safe-code?model=C500 (it takes a minute, and the engineer will show you on the day).

Kind regards,
Nell""")),

    C("r56-schneider-praxis", "de", "closed", {"unanswered-question": 1},
      "Dr. Petra Schneider <praxis@schneider-zahnarzt.example>", "thunderbird_de", "Notöffnung letzte Woche – Rechnung und Schlüssel",
      "Dental practice: the invoice for an emergency opening is sent; the request for three extra keys ('Außerdem bräuchte ich...') is not taken up.",
      cu("11-12 08:00", """Guten Morgen,

Ihr Notdienst hat letzten Donnerstag unsere Praxis in Marylebone geöffnet, nachdem der Schlüssel im Schloss abgebrochen war - herzlichen Dank für die schnelle Hilfe! Bitte schicken Sie mir die Rechnung dafür per E-Mail, sie ist bei uns nicht angekommen.

Außerdem bräuchte ich drei zusätzliche Schlüssel für den neuen Zylinder, für unsere Reinigungskraft und die beiden Assistentinnen.

Mit freundlichen Grüßen
Dr. Petra Schneider""", uq=1),
      ag("tobias", "11-12 09:30", """Guten Morgen Frau Dr. Schneider,

gern geschehen! Die Rechnung hänge ich Ihnen an (RE-40702, 168 £ inkl. MwSt.).

Viele Grüße
Tobias Reinhardt""", attach=[("application/pdf", "RE-40702.pdf", SCHNEIDER_PDF)]), tz=1),

    C("r57-ellery-deposit-refund", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Grace Ellery <grace.ellery@example.com>", "gmail", "Refund for cancelled appointment",
      "'She'll be in touch tomorrow about the refund' - the colleague writes only after 'I haven't heard anything from Carys'; '3-5 working days' is how refunds work, not a promise.",
      cu("11-11 09:30", """Hello,

I cancelled my appointment for Friday 6th two days in advance (I spoke to someone on the phone), but the £40 deposit hasn't come back to my card. Could you refund it please?

Grace Ellery"""),
      ag("nell", "11-11 10:15", """Hi Grace,

Sorry about that. I've passed this to Carys in accounts and she'll be in touch tomorrow about the refund.

Kind regards,
Nell""", promises=[("11-12", 4)]),
      cu("11-16 08:50", """Hi,

I haven't heard anything from Carys and the refund still isn't on my card. Can you let me know what's happening?

Grace""", chase=True),
      ag("carys", "11-16 12:00", """Dear Grace,

My apologies. The £40 refund went back to your card this morning; it can take 3-5 working days to show, depending on your bank.

Carys""")),

    C("r58-kendrick-shutter-keys", "en", "closed", {},
      "Stuart Kendrick <s.kendrick@kendrick-pharmacy.example>", "outlook", "Shutter lock - spare keys",
      "'I'll call the manufacturer ... and let you know by Friday' kept on Thursday; the customer orders, the order is confirmed ('the factory posts them' is process, not a promise).",
      cu("11-03 11:00", """Hi,

The roller shutter at the pharmacy has an old lock and we're down to one key. Can you get spares? The key just has a number stamped on it (K220).

Stuart Kendrick
Kendrick Pharmacy"""),
      ag("dev", "11-03 12:40", """Hi Stuart,

K220 is an older series. I'll call the manufacturer to see whether they can still cut it to code, and let you know by Friday.

Devraj""", promises=[("11-06", 3)]),
      ag("dev", "11-05 16:00", """Hi Stuart,

Good news - the manufacturer still cuts K220 to code. Two keys are £32 + VAT and take about a week; shall I order them?

Devraj""", parent=1),
      cu("11-05 16:20", """Yes please, order two.

Stuart"""),
      ag("dev", "11-05 16:45", """Ordered. The factory posts them straight to the pharmacy, usually within a week.

Devraj""")),

    C("r59-kowalczyk-gate-lock", "en", "pending", {"missed-follow-up": 1},
      "Marta Kowalczyk <marta.kowalczyk@example.net>", "owa", "Side gate lock",
      "Weatherproof gate locks answered; the fitted price promised 'in the next couple of days' never comes.",
      cu("11-16 10:30", """Hello,

Could you give me a price for replacing the lock on our side gate (a wooden gate with a rusty old rim lock) with something I can lock from both sides? I'd also like to know if you sell gate locks that are weatherproof.

Thanks,
Marta Kowalczyk"""),
      ag("nell", "11-16 12:00", """Hi Marta,

Yes, we fit weatherproof gate locks all the time - the Locklatch range is made for outdoor gates and can be keyed from both sides. I'll get you a fitted price in the next couple of days, once I've checked which size suits a wooden gate.

Kind regards,
Nell""", promises=[("window", None)])),

    C("r60-hale-coffee-frame", "en", "closed", {"missed-follow-up": 1},
      "Victor Hale <victor@halecoffee.example>", "outlook", "Front door frame after attempted break-in",
      "Repair and rough price answered; 'I'll confirm a date by Thursday' - a Wednesday update (sent without threading headers) says the parts are in stock but no date ever comes.",
      cu("11-10 08:00", """Hi,

Somebody tried to jemmy the front door of the coffee shop overnight. The lock still works but the frame is split around the keep. Can you repair the frame and fit a London bar or similar to reinforce it? What would that cost roughly?

Victor Hale
Hale Coffee, 5 Tanner Street"""),
      ag("dev", "11-10 09:00", """Hi Victor,

Sorry to hear that. Yes, we can repair the frame and fit a London bar and a Birmingham bar together - roughly £250-£300 + VAT depending on the frame. I need to check when our joiner is free; I'll confirm a date by Thursday.

Devraj""", promises=[("11-12", None)]),
      ag("dev", "11-11 14:00", """Hi Victor,

Quick update: the London bar and Birmingham bar for your door size are in stock, so it's only the joiner's diary now.

Devraj""", parent=1, thread=False)),
]

UNANSWERED: dict[str, list[str]] = {
    "r04-fairbanks-safe-code": [
        "While your engineer is here, could you also quote for bolting the safe down properly?"],
    "r05-oakfield-intercom": [
        "Can someone adjust the door closer, please?"],
    "r07-brightwater-contract": [
        "Does the contract cover repairs to uPVC multipoint mechanisms, or only locks and cylinders?",
        "Please also send a sample contract so our directors can have a look before the board meeting on the 30th."],
    "r10-quinlan-invoice": [
        "Also, was the call-out charged at the weekend rate?"],
    "r18-bauer-tresor": [
        "Lässt sich das alte Schloss durch ein elektronisches mit Fingerabdruck ersetzen?"],
    "r23-greenholt-three-checkouts": [
        "Each landlord pays separately, so can you invoice each landlord rather than us?",
        "Also, instead of posting the new keys, could your engineer drop them at our office on Brockley Road?"],
    "r25-mehta-video-entry-app": [
        "does it work with a smartphone app, so my tenants can answer the door when they're out?"],
    "r29-mercier-facture": [
        "Par ailleurs, je souhaiterais désormais recevoir toutes les factures par e-mail en PDF plutôt que par courrier."],
    "r31-ainsley-hmo": [
        "And is it true that the bedroom doors being fire doors means I can only use certain locks?",
        "Finally, please put a key safe by the back gate for the cleaner."],
    "r37-castell-cerradura-alexa": [
        "Además, quisiera saber si la instalación incluye enseñarnos a configurarla en el móvil, porque no se nos dan muy bien estas cosas."],
    "r40-bellamy-sash-locks": [
        "Could you also quote for a door chain on the front door?"],
    "r45-thornbury-office-move": [
        "Could you open it and, if it's empty, remove it?",
        "We'd like a quote for a keypad on the main office door so we can stop handing out keys."],
    "r46-shah-keyed-alike": [
        "Can the new cylinder be keyed alike with the back door, so we only need one key for both?"],
    "r47-wexford-certificate": [
        "One more thing - could you send the certificate for the BS3621 lock?"],
    "r52-dubois-double-cles": [
        "Pouvez-vous aussi me faire un double de la clé de la boîte aux lettres ?"],
    "r53-quarry-lane-break-in": [
        "Could you advise whether we should add a door contact to the alarm on that door, or is that an alarm company job?",
        "Can the invoice go to NHS Property Services rather than the practice?"],
    "r54-ibarra-almacen": [
        "Les ruego también que la factura se emita a nombre de Ibarra Imports Ltd con nuestro número de IVA GB 402 1187 55."],
    "r55-redgrave-cottage-key-safe": [
        "Can you bring a spare blank so you can cut a second back-door key while you're there?"],
    "r56-schneider-praxis": [
        "Außerdem bräuchte ich drei zusätzliche Schlüssel für den neuen Zylinder, für unsere Reinigungskraft und die beiden Assistentinnen."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The help desk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"RG-T{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
                  "cc": o.pop("cc", None), "note": o.pop("note", ""),
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=DESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", HELP),
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
    return mailcraft.cases_table("Practice corpus 57: Ravensgate Locksmiths & Security - cases",
                                 "make_practice57_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme_markdown(cases: list[Case]) -> str:
    """README.md: the company, the variety by design and the figures, computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    findings = Counter()
    for c in cases:
        findings.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    lang_text = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    status_text = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items(), key=lambda kv: (-kv[1], kv[0])))
    rule_text = ", ".join(f"{r} {findings[r]}" for r in RULES if findings[r])
    return f"""# Practice corpus 57: Ravensgate Locksmiths & Security support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`, its tests, the README's method/accuracy/weak-point sections) or at any other
corpus's cases, so its figure is an unseen one. Use it to measure, not to tune: once the
heuristics have been changed because of its cases, it is no longer unseen.

- Company: **Ravensgate Locksmiths & Security**, a London locksmith and security firm: lock
  changes between tenants, emergency lock-outs and break-in repairs, key cutting and
  restricted key systems, safes (opening, combination changes, servicing, fixing), door
  entry and access control, landlord and letting-agency contracts, quotes and invoices.
  Support address `help@ravensgatelocks.example`; agents Nell Ashworth (bookings), Devraj
  Pillai (emergency call-outs), Carys Morgan (accounts, quotes, invoices), Frank Oduya
  (safes, door entry, access control), Kit Lindqvist (landlord contracts), Tobias Reinhardt
  (German), Solène Marchetti (French) and Lucía Herrero (Spanish), all
  `@ravensgatelocks.example`. A help desk robot (`Auto-Submitted: auto-replied`)
  acknowledges a few tickets with "we will reply within 24 hours" - service-hours text, not
  a commitment.
- Customers are tenants, home owners, landlords (some abroad), letting agents, residents'
  associations, shops, surgeries, a school, a hotel and a church on `*.example` domains and
  example.com/.org/.net. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain {SUPPORT_DOMAIN}`.

```
python scripts/make_practice57_corpus.py                    # regenerate (deterministic, stdlib only)
python scripts/make_practice57_corpus.py --out /tmp/p57     # ... into another folder
python scripts/evaluate.py --corpus tests/practice57        # accuracy of the current tool
python -m pytest -q tests/test_practice57_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md). `CASES.md` is the generated per-case table; this README is generated
too. Do not edit generated files; edit the script and rerun it. The script keeps the facts
next to each message, recomputes status and every rule count from them and the dates, and
refuses to write when they disagree with the hand-written labels, when a labelled question
is not verbatim in a customer's own text, or when the written mail does not parse back.

## Figures

- {len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox ({roles['customer']} customer mails, {roles['auto']} customer out-of-office reply), {roles['agent']} support replies, {roles['ack']} help desk acknowledgements.
- {clean} clean cases ({round(100 * clean / len(cases))} %).
- Languages: {lang_text}.
- Statuses: {status_text}.
- Expected findings: {rule_text}.
- Unanswered questions sit in {asking} cases; {chased_cases} cases are chased.

## By design

- **Several questions per mail**, in many forms: direct questions, indirect ones ("I was
  wondering whether...", "Je voudrais aussi savoir si...", "quisiera saber si..."),
  requests without a question mark ("Please also send a sample contract...", "Außerdem
  bräuchte ich...", "Les ruego también que..."), questions buried in one long paragraph
  (r07, r31), bulleted and numbered lists (r12, r23, r45, r53, r55).
- **Answers in the agent's own words**: out of order in one paragraph (r01, r06, r19),
  inline under quoted lines with a bare figure or "Attached." (r02, r42), a link only (r55),
  a PDF (r03, r08, r17, r29), a colleague answering part of a list (r12), after a chase.
- **Unanswered questions** of the realistic kind: a secondary request skipped (r04, r29,
  r54, r56), a neighbouring question answered instead (r10 parts for "weekend rate?", r46
  number of keys for "keyed alike?", r25 camera features for "smartphone app?"), two of four
  list items ignored (r45, r53), a request added to a thank-you mail (r47).
- **Not questions**: a rhetorical question and a self-answered one (r28), pleasantries ("How
  are things at Ravensgate?", "¿qué tal?"), questions inside a forwarded booking
  confirmation of an HTML-only mail (r35), signature lines with "?" and `?` URLs (r16, r27,
  support signatures), thanks-only mails, questions in a latest mail without any reply
  (r39, r44 - awaiting-reply territory).
- **Commitments**: kept on time (r22 "tomorrow", r41 "early next week", r58 "by Friday", r12
  "today"), kept by a colleague (r32 "she'll send you ... by Thursday"), kept late = missed
  (r05, r24, r30, r34, r51, r57), never kept (r09, r13, r36, r40 no deadline, r59 "in the
  next couple of days", r60 a progress update that is not the promised date), still ahead
  at audit time (r26, 24 November). Non-promises: "the factory posts them", "it can take 3-5
  working days to show", booked slots.
- **Chasing**: "Any news on the handset?", "Je me permets de vous relancer", "Just checking
  you got my email below?", a word-for-word resend as a new mail (r17), "I haven't heard
  back from anyone", "still waiting" (twice in r24), "¿Hay alguna novedad...? Seguimos
  esperando", "Just following up", "I haven't heard anything from Carys". Not chasing: a
  second mail adding photos before any reply (r38).
- **Status and timing**: explicit closes followed by new mail ("I'll mark this as resolved"
  r21; a `[Resolved]` subject tag with "Ich schließe das Ticket hiermit" r48), slow first
  responses (r17, r27, r49), three agents on one case (r12), a customer's out-of-office
  reply (r33), help desk acknowledgements (r15, r44, r50).
- **Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web
  and Outlook for Android (From:/Sent: and Von:/Gesendet: blocks, RE:/AW:/FW: subjects),
  Apple Mail (en/fr), iPhone, Thunderbird (en/de); 7bit, quoted-printable, base64 (r42),
  multipart/alternative, HTML-only (r35); PDF and PNG attachments; a reply that lost its
  threading headers (r11, r60), References with a gap (r21), a resend without threading
  headers (r17).

## Judgement calls

- **Deferral is not an unanswered question**: a question answered with a promise (r05's
  handset, r09, r13, r24, r26, r30, r34, r40's sash locks, r41, r59) counts only through
  `missed-follow-up` when the promise is broken.
- **r12**: Nell's "I've asked Frank ... to update the signatories today, and Carys will set
  up the invoice" are promises, both kept the same day by the colleagues.
- **r51**: two promises in one reply; the spec sheet "this afternoon" is kept, the date "by
  Thursday" is given five days late - one missed follow-up.
- **r60**: the Wednesday update ("it's only the joiner's diary now") does not deliver the
  promised date, so the Thursday promise is broken.
- **r47**: "Marek will be chuffed" answers the thanks, not the certificate request.
- **r29**: sending the corrected invoice as a PDF does not confirm that future invoices will
  come by e-mail.
- **r24**: two chasing mails, two `customer-chased` findings.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.ravensgatelocks.example")
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


GENERATED = ("mailbox", "labels.json", "CASES.md", "README.md")


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit("refusing to write tests/practice57:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice57:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in GENERATED:
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice57 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice57")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
