#!/usr/bin/env python3
"""Regenerate ``tests/practice102/``: a labelled corpus of Sentinel Pest Control.

A support mailbox of a fictional London pest control firm for homes and businesses (rats,
mice, wasps, bed bugs, clothes and carpet moths, pigeon proofing; service contracts for
restaurants, hotels, schools and landlords; follow-up visits, visit reports, certificates,
quotes and invoices), written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``sentinelpest.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice102_corpus.py [--out DIR]
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
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
CORPUS_NAME = "practice102"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "sentinelpest.example"
DESK = "Sentinel Pest Control <help@sentinelpest.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nadia": ("Nadia Okafor <nadia.okafor@sentinelpest.example>", "thunderbird", """-- 
Nadia Okafor
Service Desk | Sentinel Pest Control
0330 016 2740 (7am-7pm, seven days)
Spotted something? Book online: https://sentinelpest.example/book?ref=sig"""),
    "gareth": ("Gareth Pryce <gareth.pryce@sentinelpest.example>", "outlook", """Gareth Pryce
Field Supervisor | Sentinel Pest Control
BPCA Advanced Technician - 07700 900 218"""),
    "lucy": ("Lucy Tran <lucy.tran@sentinelpest.example>", "outlook", """Lucy Tran
Commercial Contracts & Accounts | Sentinel Pest Control
This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please tell the sender and delete it."""),
    "priya": ("Priya Raman <priya.raman@sentinelpest.example>", "apple", """Priya Raman
Reports & Compliance | Sentinel Pest Control
https://sentinelpest.example/reports?from=email"""),
    "stefan": ("Stefan Maurer <stefan.maurer@sentinelpest.example>", "thunderbird_de", """-- 
Stefan Maurer
Kundenbetreuung (deutschsprachig) | Sentinel Pest Control
https://sentinelpest.example/de?ref=signatur"""),
    "claire": ("Claire Dubois <claire.dubois@sentinelpest.example>", "apple_fr", """Claire Dubois
Service client francophone | Sentinel Pest Control
Une question sur votre contrat ? https://sentinelpest.example/fr/contrat?src=mail"""),
    "lola": ("Lola Ferrer <lola.ferrer@sentinelpest.example>", "gmail_es", """--
Dolores (Lola) Ferrer
Atención al cliente en español | Sentinel Pest Control
+44 330 016 2745"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Sentinel Pest Control. This is an automatic reply to let you
know we have received your message; it has been logged as job {ref}.

Our service desk is open 7am-7pm, seven days a week, and we will reply within 24 hours.
If you have an urgent problem (a rat inside a food room, a wasp nest by a doorway),
please call 0330 016 2740.

Sentinel Pest Control - Service Desk
https://sentinelpest.example/jobs?ref={ref}""",
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
    "helpdesk": ["X-Mailer: Sentinel FieldDesk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="spc.", outlook_server="LO4P265")
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


def deadline(day: str, said: datetime) -> datetime:
    """A promise's deadline: "window" (the follow-up window from ``said``), a day ("MM-DD",
    its end) or a time ("MM-DD HH:MM", e.g. "by lunchtime")."""
    if day == "window":
        return said + FOLLOW_UP_WINDOW
    return at(day) if " " in day else end_of(day)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

REPORT_SALT_PDF = mailcraft.pdf(["Sentinel Pest Control - Visit report SPC-R-30418",
                                 "Salt & Smoke, 41 Tanner Street, London SE1",
                                 "Visit 3 Nov 2026 (routine): no live activity",
                                 "Back door: 2 bait boxes replaced (tamper-resistant)",
                                 "Technician: G. Pryce"])
PL_CERT_PDF = mailcraft.pdf(["Certificate of Insurance - Public and Products Liability",
                             "Insured: Sentinel Pest Control Ltd",
                             "Limit of indemnity: GBP 10,000,000 any one occurrence",
                             "Period: 1 April 2026 to 31 March 2027"])
RATES_PDF = mailcraft.pdf(["Sentinel Pest Control - Standard callout rates 2026",
                           "Rats / mice: first visit GBP 95, follow-ups GBP 60",
                           "Wasp nest: GBP 75 (14-day guarantee)",
                           "Pigeon survey: free; proofing quoted per site"])
RENEWAL_PDF = mailcraft.pdf(["Sentinel Pest Control - Contract renewal 2027",
                             "The Bellevue Hotel - rodent and insect cover",
                             "12 routine visits, 24h callouts, annual survey",
                             "GBP 312 + VAT per month from 1 January 2027"])
DEVIS_PDF = mailcraft.pdf(["Sentinel Pest Control - Devis D-2611-072",
                           "Le Petit Zinc Clerkenwell - contrat annuel",
                           "Rats, souris, blattes: 8 visites + urgences",
                           "GBP 118 HT par mois a partir du 1er decembre 2026"])
FACTURA_PDF = mailcraft.pdf(["Sentinel Pest Control - Invoice SPC-INV-88213",
                             "Taberna del Sol Ltd - VAT GB 402 7788 19",
                             "Routine visit 10 November 2026",
                             "GBP 68.00 + VAT 13.60 = GBP 81.60"])
RAPPORT_PDF = mailcraft.pdf(["Sentinel Pest Control - Rapport de visite SPC-R-30502",
                             "Chez Augustin, 12 Exmouth Market, London EC1",
                             "Visite du 2 novembre 2026: aucune activite",
                             "Prochaine visite: 1er decembre 2026, 8h"])
BUGS_PNG = mailcraft.png(14, 10, lambda x, y: (200 - 9 * y, 170 - 5 * x, 150))
MATTRESS_PNG = mailcraft.png(12, 12, lambda x, y: (235, 228 - 4 * (x % 4), 215 - 3 * y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("s01-bramble-bistro-mice", "en", "closed", {},
      "Hannah Sorensen <hannah@bramblebistro.example>", "gmail", "Mouse droppings in the dry store",
      "Three questions in one paragraph (visit tomorrow, close service?, bait safe near food) answered out of order; thanks-only reply.",
      cu("11-02 07:55", """Morning,

Our KP found droppings behind the flour bins in the dry store this morning, and what looks like gnawing on a bag of lentils. We're not on a contract with anyone at the moment (our last company went bust in the summer).

Is there any chance someone could come out tomorrow? I'd also like to know whether we have to stop serving in the meantime - we have 60 covers booked tonight - and whether whatever you put down is safe to have in a room where we store open food.

Thanks,
Hannah Sorensen
Head Chef, Bramble Bistro
Tel 020 7946 0112"""),
      ag("nadia", "11-02 09:10", """Hi Hannah,

Nothing you've described means closing: bin the gnawed stock, lift everything else off the floor, clean the area and carry on with service tonight. In food rooms we only ever use sealed, lockable bait boxes and snap traps, never loose poison near open food. Gareth can be with you at 7:30 tomorrow (Tuesday), before your deliveries arrive; the first visit is £95 + VAT and he'll leave a written report.

Kind regards,
Nadia"""),
      cu("11-02 09:25", """Brilliant, 7:30 is perfect. Thanks Nadia!

Hannah""", thanks=True)),

    C("s02-harrow-lettings-rats", "en", "closed", {"unanswered-question": 1},
      "Colin Maddox <colin.maddox@harrowlettings.example>", "outlook", "Rats - 27 Pellow Gardens (tenanted)",
      "Letting agent asks for a quote, about access and about blocking the gap under the decking; the proofing question is skipped. Customer signature has a '?' line and URL.",
      cu("11-03 10:20", """Hello,

We manage 27 Pellow Gardens, HA1 on behalf of an overseas landlord. The tenants report rats in the back garden, seen most evenings near the compost bin, and one came up through the gap under the decking.

Could you quote for a treatment please? The tenants work from home on Mondays and Fridays, does someone need to be there or can you access the garden by the side gate? Also, do you block up the gap under the decking as part of the job, or is that something we need a builder for?

Regards,
Colin Maddox
Property Manager
Harrow Lettings | 0208 555 0190
Any maintenance issue? Report it at https://harrowlettings.example/report?ref=email""", uq=1),
      ag("gareth", "11-03 14:45", """Hi Colin,

A garden rat treatment is three visits over about three weeks, £210 + VAT in total, with a short report after each visit that you can forward to the landlord.

Side-gate access is fine for the garden itself, as long as the gate's unlocked or there's a code. We'd only need the tenants in if we find signs inside the house.

Regards
Gareth"""),
      cu("11-03 15:10", """Thanks Gareth, I'll run that past the landlord.

Colin""", thanks=True)),

    C("s03-ashworth-old-wasp-nest", "en", "closed", {},
      "Peter Ashworth <p.ashworth@example.net>", "thunderbird", "Old wasps nest in loft",
      "Homeowner finds a nest in November: is it live, do you remove old ones, cost - all answered in two sentences; thanks-only reply.",
      cu("11-04 19:40", """Hello,

While getting the Christmas decorations down I found a wasps nest the size of a football in the loft, stuck to a rafter near the water tank. I didn't see any wasps but I didn't hang about either!

Is it still live at this time of year? And if not, do you take old nests away, and what would that cost?

Peter Ashworth"""),
      ag("nadia", "11-05 08:30", """Dear Mr Ashworth,

By November the colony has died off: only the new queens leave, they overwinter somewhere else and never reuse an old nest, so it's harmless where it is. If you'd still rather have it gone, we can take it down and bag it for £45 on a routine visit - just reply with a day that suits.

Kind regards,
Nadia Okafor"""),
      cu("11-05 18:15", """Thanks, that's reassuring. I'll leave it where it is then.

Peter""", thanks=True)),

    C("s04-ledger-lane-renewal-inline", "en", "pending", {},
      "Imogen Hart <ops@ledgerlane.example>", "gmail", "Contract renewal for 2027",
      "A pleasantry and a numbered list of four points answered inline: a figure, a visit count in other words, 'Attached.', a redated start.",
      cu("11-16 11:30", """Hi Lucy, hope you had a good weekend?

Our contract is up for renewal in December. Before I sign the new one, a few points from our GM:

1. Will the price stay the same as this year?
2. How many routine visits are included - is it still one a month?
3. Please send a copy of your current public liability certificate.
4. Can the new contract start on 1 January rather than mid-December, so it lines up with our financial year?

Thanks,
Imogen Hart
Operations, Ledger Lane Restaurant Group"""),
      ag("lucy", "11-16 15:20", """Hi Imogen,

> 1. Will the price stay the same as this year?

It goes up by 3.5 %, to £148 + VAT a month per site.

> 2. How many routine visits are included - is it still one a month?

Eight a year now, plus unlimited callouts - we moved every restaurant contract to that pattern in 2026 when the callout cover was added.

> 3. Please send a copy of your current public liability certificate.

Attached.

> 4. Can the new contract start on 1 January rather than mid-December, so it lines up with our financial year?

Of course. I've redated it to 1 January; the current contract simply runs on to 31 December at no extra cost.

Best wishes,
Lucy""", quote=False, attach=[("application/pdf", "Sentinel-PL-certificate-2026-27.pdf", PL_CERT_PDF)])),

    C("s05-copperfield-hostel-bedbugs", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Ravi Menon <manager@copperfieldhostel.example>", "outlook", "Bed bugs in rooms 4 and 6",
      "Hostel with bed bugs; treatment explained and neighbouring rooms addressed, the belongings question skipped; a date promised 'by Thursday' comes the next Monday after a chase.",
      cu("11-09 08:05", """Hi,

We've had two guest complaints this week about bites, and our housekeeper found what look like bed bugs in the seams of two mattresses (rooms 4 and 6, both 6-bed dorms). Photo attached.

I need to know what the treatment involves and how soon you could do it - we're fully booked from the 20th. Do guests' belongings need to be washed or bagged, or is that something your technicians handle? And can you treat the rooms either side as a precaution, or is that overkill?

Ravi Menon
Duty Manager, Copperfield Hostel""", uq=1, attach=[("image/png", "IMG_4471.png", BUGS_PNG)]),
      ag("gareth", "11-09 12:30", """Hi Ravi,

From the photo those are bed bugs, I'm afraid. For dorms we recommend heat treatment: the room is brought up to 56°C for several hours, which kills every stage including the eggs, and it's usable again the same evening. We'd treat 4 and 6 and check the rooms either side with a detection dog - treating clean rooms would cost you money for nothing.

I need to confirm which day the heat rig is free with our scheduling team; I'll come back to you with a date by Thursday.

Regards
Gareth""", promises=[("11-12", 4)]),
      cu("11-16 08:45", """Hi Gareth,

Any news on a date? It's been a week and we've had to close both rooms in the meantime, which is costing us.

Ravi""", chase=True),
      ag("gareth", "11-16 10:15", """Ravi, apologies - I should have come back to you last week. The rig is booked for you on Wednesday 18th from 8am, and both rooms will be ready for guests by 6pm.

Gareth""")),

    C("s06-oakridge-court-pigeons", "en", "pending", {"unanswered-question": 2},
      "Fiona Gallagher <fiona.gallagher@oakridgeblock.example>", "owa", "Pigeon netting - Oakridge Court balconies",
      "One long paragraph with a price request, an indirect planning-permission question, a duration question and a request for the insurance certificate; price and duration answered, the other two skipped.",
      cu("11-17 09:10", """Dear Sir/Madam,

I am the secretary of the residents' management company at Oakridge Court, a six-storey block in Ealing. Pigeons have been roosting on the balconies on the north side for most of the year and several residents have complained about the mess and the noise; two balconies are now unusable. At the last board meeting we agreed to look at netting all twelve north-facing balconies and I was asked to get a price. I was also wondering whether the netting would need planning permission, as the building is in a conservation area and the council are quite strict about anything visible from the street. How long would the installation take, roughly? Please also send us a copy of your public liability insurance, the board won't approve any contractor working at height without it.

Yours faithfully,
Fiona Gallagher
Company Secretary, Oakridge Court RMC Ltd""", uq=2, kind="alt"),
      ag("gareth", "11-17 14:00", """Dear Ms Gallagher,

For the twelve north balconies we'd quote £2,640 + VAT: black 19 mm polyethylene netting on a stainless wire frame, with a ten-year guarantee on the net. Two technicians with a cherry picker would be done in two days, weather permitting.

If the board would like to go ahead, reply with a weekday morning when the site is accessible and I'll check the fixing points from the ground first.

Regards
Gareth""")),

    C("s07-salt-and-smoke-report", "en", "closed", {},
      "Tom Beresford <tom@saltandsmoke.example>", "iphone", "Visit report for EHO",
      "Terse iPhone mail: report request and a yes/no about bait boxes, answered with an attachment and one sentence; thanks-only.",
      cu("11-05 16:20", """Hi

EHO coming Monday. Pls send me the report from Tuesday's visit. Also were the 2 bait boxes by the back door replaced? They looked chewed last time

Tom

Sent from my iPhone"""),
      ag("priya", "11-05 17:05", """Hi Tom,

Report attached. Gareth swapped both back-door boxes for new tamper-resistant ones on Tuesday - it's on page 2, with photos.

Good luck on Monday!

Priya""", attach=[("application/pdf", "SPC-R-30418.pdf", REPORT_SALT_PDF)]),
      cu("11-05 17:30", """Perfect cheers

Tom

Sent from my iPhone""", thanks=True)),

    C("s08-greenhill-road-ack-chase", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Sandra Okonkwo <sandra.okonkwo@example.com>", "gmail", "Mice at 14 Greenhill Road",
      "Landlord asks for a visit; only the automatic acknowledgement arrives; she replies to her own mail to chase. No human reply.",
      cu("11-13 20:30", """Hello,

I'm a landlord with a two-bed flat at 14 Greenhill Road, SE22. My tenant says she has heard scratching in the kitchen ceiling at night and has found droppings in the cupboard under the sink. Could you arrange a visit and let me know the cost? She's in after 4pm most days and you can reach her on 07700 900412.

Thanks,
Sandra Okonkwo"""),
      ack("11-13 20:31"),
      cu("11-17 12:10", """Hi,

I've had nothing since the automatic reply last Friday. My tenant is getting quite upset - can someone please call her to book a visit? Still waiting to hear from you.

Sandra""", chase=True)),

    C("s09-gasthaus-zur-linde", "de", "closed", {"unanswered-question": 1},
      "Bernd Hofmeister <b.hofmeister@zurlinde-london.example>", "outlook_de", "Mäuse im Vorratskeller",
      "German restaurant in Islington: visit this week and first-visit price answered, the request for a maintenance-contract offer ignored; thanks-only.",
      cu("11-04 09:15", """Sehr geehrte Damen und Herren,

in unserem Vorratskeller finden wir seit einigen Tagen Mäusekot, gestern auch eine angefressene Kartoffelkiste. Wir betreiben das Gasthaus Zur Linde in Islington und haben bisher keinen Vertrag mit einer Schädlingsbekämpfungsfirma.

Könnten Sie noch diese Woche jemanden vorbeischicken? Was kostet ein erster Einsatz ungefähr? Und wäre es möglich, uns bei der Gelegenheit ein Angebot für einen Wartungsvertrag zu schicken, damit wir das künftig regelmäßig prüfen lassen?

Mit freundlichen Grüßen
Bernd Hofmeister
Gasthaus Zur Linde""", uq=1),
      ag("stefan", "11-04 11:30", """Sehr geehrter Herr Hofmeister,

unser Techniker Gareth Pryce ist am Donnerstag, 5. November, um 8 Uhr bei Ihnen. Der Ersteinsatz mit Inspektion, Köderstationen und schriftlichem Bericht kostet 95 £ zzgl. MwSt.; falls ein zweiter Besuch nötig ist, ist er im Preis enthalten.

Mit freundlichen Grüßen
Stefan Maurer"""),
      cu("11-04 12:05", """Vielen Dank, Donnerstag um 8 Uhr passt uns gut.

Freundliche Grüße
B. Hofmeister""", thanks=True)),

    C("s10-maison-clement-mites", "fr", "pending", {},
      "Élise Clément <elise@maison-clement.example>", "apple_fr", "Mites dans la boutique",
      "French knitwear boutique: 'ce sont des mites ?', price for 60 m², whether to close - all answered in one paragraph.",
      cu("11-16 10:05", """Bonjour,

Je tiens une petite boutique de pulls en laine et en cachemire à Marylebone. Ce week-end, j'ai trouvé des trous dans deux pulls et de toutes petites larves au fond d'une étagère. Je suppose que ce sont des mites ?

Pourriez-vous m'indiquer le tarif d'un traitement pour la boutique et la réserve (environ 60 m² en tout) ? J'aimerais aussi savoir s'il faut fermer la boutique pendant l'intervention.

Bien cordialement,
Élise Clément
Maison Clément"""),
      ag("claire", "11-16 14:40", """Bonjour Madame Clément,

D'après votre description, il s'agit très probablement de mites des vêtements, oui. Pour 60 m², comptez 240 £ HT, en deux passages à quinze jours d'intervalle. Nous intervenons le lundi matin avant l'ouverture et le produit sèche en deux heures : vous ouvrirez normalement à 11 h.

Bien à vous,
Claire""")),

    C("s11-casa-pilar-palomas", "es", "closed", {"missed-follow-up": 1},
      "Pilar Ortega <pilar@casapilar-tapas.example>", "gmail_es", "Palomas en la terraza",
      "Spanish tapas bar: solutions explained, the price deferred with 'le envío el presupuesto mañana', never sent.",
      cu("11-03 12:40", """Hola:

Tenemos una terraza cubierta en el restaurante (Casa Pilar, en Borough) y las palomas se meten debajo del toldo y lo ensucian todo. Los clientes ya se han quejado y no queremos que nos bajen la nota en la próxima inspección.

¿Qué soluciones tienen para esto? ¿Y cuánto costaría más o menos? El toldo mide unos 8 metros por 4.

Gracias,
Pilar Ortega
Casa Pilar"""),
      ag("lola", "11-03 16:20", """Hola, Pilar:

Para un toldo así lo más eficaz es una red fina por debajo de la estructura, que casi no se ve desde las mesas, y púas en la viga delantera, que es donde se posan. Necesito confirmar las medidas con el técnico para darle un precio cerrado; le envío el presupuesto mañana.

Un saludo,
Lola""", promises=[("11-04", None)])),

    C("s12-wren-street-reopened", "en", "pending", {"reopened": 1, "missed-follow-up": 1},
      "Owen Blake <owen@wrenstreetcafe.example>", "gmail", "Mice - Wren Street Café",
      "'I'll mark this job as resolved', then the mice are back; the agent promises to come back 'by lunchtime' about a visit and does not.",
      cu("11-05 08:00", """Hi Nadia,

Following Gareth's visit on Tuesday we haven't seen any more droppings. Does he need to come back for the second visit, or can we call it done?

Thanks,
Owen"""),
      ag("nadia", "11-05 09:30", """Hi Owen,

Good news. Gareth checked the bait records this morning: nothing taken since Tuesday, so no second visit is needed. I'll mark this job as resolved; your next routine visit is in December as normal.

Best,
Nadia""", closes=True),
      cu("11-17 07:50", """Hi Nadia,

Sorry, they're back - two fresh droppings on the prep counter this morning, and something has chewed through a bag of rice. Can Gareth come today or tomorrow? We've shut the kitchen until it's sorted.

Owen"""),
      ag("nadia", "11-17 08:30", """Hi Owen,

Sorry to hear that. Gareth is on a job in Hackney this morning; let me check when he can get to you and I'll come back to you by lunchtime.

Nadia""", promises=[("11-17 14:00", None)])),

    C("s13-fernside-primary-slow", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
      "Janet Pickering <bursar@fernside-primary.example>", "outlook", "Christmas holiday visit and DBS",
      "School writes on Friday afternoon, answered Monday afternoon: visit dates and report copies handled, the DBS confirmation request skipped.",
      cu("11-06 15:10", """Dear Sentinel team,

Our contract with you covers the school kitchen and the dining hall. With the Christmas holidays coming up, we would like the next routine visit to take place while the children are away, between 21 December and 1 January. Could you let me know which dates are possible?

Our safeguarding lead has also asked me to check that any technician coming on site holds an enhanced DBS check. Could you send confirmation of this for the technicians who normally attend?

Finally, please copy reports to office@fernside-primary.example in future as well as to me.

Kind regards,
Janet Pickering
School Business Manager
Fernside Primary School""", uq=1),
      ack("11-06 15:11"),
      ag("nadia", "11-09 16:00", """Dear Mrs Pickering,

Apologies for the slow reply. Gareth can do the kitchen and hall on Tuesday 22 or Wednesday 23 December, any time from 8am - just let me know which you prefer. I've also added office@fernside-primary.example to the report list for your account.

Kind regards,
Nadia Okafor""")),

    C("s14-kite-and-key-cellar", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Marcus Fenn <marcus@kiteandkey.example>", "thunderbird", "Rat in the cellar by the barrel drop",
      "Pub on contract asks three things as separate lines: cover answered, timing deferred 'I'll get back to you' (no deadline, missed), hatch-seal request never addressed; the customer chases and a colleague books the visit. The chase's References skip a message.",
      cu("11-11 11:00", """Hi,

We're on your commercial contract (account KK-0193). The cellarman has seen a rat twice this week by the barrel drop - the hatch out to the street. A couple of questions:

Is a callout for this covered by our contract, or is it extra?
Can the technician also look at the hatch seal? The rubber's perished and I suspect that's how it's getting in.
Would it be possible to get someone in before Friday's delivery?

Cheers
Marcus Fenn
Landlord, The Kite & Key""", uq=1),
      ag("lucy", "11-11 14:30", """Hi Marcus,

Callouts are covered by your contract, so there's nothing extra to pay. As for timing, let me see what the technicians' diaries look like for the rest of the week and I'll get back to you.

Best wishes,
Lucy""", promises=[("window", 4)]),
      cu("11-16 09:20", """Hi Lucy,

Just checking in - I never heard back about a visit, and the delivery came and went on Friday. The rat's still about. When can someone come?

Marcus""", chase=True, refs=[1]),
      ag("nadia", "11-16 10:40", """Hi Marcus,

Sorry, that one fell between Lucy and me. Gareth will be with you tomorrow, Tuesday, at 9am.

Nadia""")),

    C("s15-harbour-fish-bar-colleague", "en", "pending", {},
      "Yusuf Demir <yusuf@harbourfishbar.example>", "android", "Monthly contract price",
      "Outlook for Android customer; 'Lucy will confirm the figures by Thursday' kept on Wednesday by Lucy, both questions answered.",
      cu("11-16 13:00", """Hello, we are a fish and chip shop on Whitstable Road. How much is a monthly contract for mice and rats, and does it include the flat upstairs?

Regards
Yusuf

Get Outlook for Android"""),
      ag("nadia", "11-16 15:10", """Hi Yusuf,

Thanks for getting in touch. The price depends on the size of the premises, so I've asked Lucy, our contracts manager, to confirm the figures for the shop and the flat - she'll email you by Thursday.

Best,
Nadia""", promises=[("11-19", 3)]),
      ag("lucy", "11-18 10:20", """Hi Yusuf,

Following on from Nadia's email: a monthly contract for the shop is £62 + VAT a month, for rats and mice, with eight routine visits a year and callouts. Adding the flat upstairs takes it to £74 a month - worth it only if the flat is part of your lease.

Best wishes,
Lucy""")),

    C("s16-bellevue-hotel-handoffs", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
      "Angela Moretti <a.moretti@bellevuehotel.example>", "outlook", "Bed bugs room 212 - and contract renewal",
      "Three agents on one case: same-day visit booked and done, the renewal terms promised 'tomorrow' come a day late, the guest's luggage question is never answered.",
      cu("11-16 08:30", """Good morning,

A guest in room 212 reported bites last night and housekeeping have found bed bugs on the headboard. The room is out of service. Please send someone today if at all possible.

While I have you: our contract renewal is due and I still haven't received the new terms, could somebody send them over? And could someone tell me whether the guest's luggage needs treating too - he wants to know if it's safe to take home?

Regards,
Angela Moretti
Front Office Manager | The Bellevue Hotel""", uq=1),
      ag("nadia", "11-16 09:05", """Dear Angela,

Gareth can be with you at 1pm today for room 212. Please keep the room closed and don't move anything out of it until he's seen it. I've passed the contract question to Lucy, who will send you the renewal terms tomorrow.

Kind regards,
Nadia""", promises=[("11-17", 4)]),
      ag("gareth", "11-16 16:40", """Hi Angela,

Room 212 is done: the infestation was limited to the headboard and bed frame, and we heat-treated the whole room. It can go back into service tomorrow morning. I checked 210, 211, 213 and 214 with the dog and they're all clear. The check visit is booked for Monday 23rd.

Regards
Gareth""", parent=1),
      ag("lucy", "11-18 09:15", """Dear Angela,

Please find the 2027 renewal terms attached - apologies that they come a day later than Nadia said.

Best wishes,
Lucy""", parent=1, attach=[("application/pdf", "Bellevue-renewal-2027.pdf", RENEWAL_PDF)])),

    C("s17-morgan-estates-forward", "en", "closed", {},
      "Dev Patel <dev@morganestates.example>", "gmail", "Fwd: Mice in flat 3 - urgent",
      "HTML-only forward of a tenant's mail full of questions; the agent's one request (a visit this week) is booked around the tenant's home day.",
      cu("11-02 10:00", """Hi Nadia,

See below from the tenant at flat 3, 9 Alder Crescent. Can you get someone out to her this week? Bill it to our account as usual.

Dev

---------- Forwarded message ---------
From: Katie Lowe <katie.lowe@example.org>
Date: Sun, 1 Nov 2026 at 21:14
Subject: Mice in flat 3 - urgent
To: Dev Patel <dev@morganestates.example>

Hi Dev, I've seen two mice in the kitchen this week and I can hear them behind the skirting at night. Is anyone going to sort this out? I can't leave any food out anymore. Can you send someone this week? I work from home on Wednesdays if that helps?

Katie""", kind="html"),
      ag("nadia", "11-02 11:45", """Hi Dev,

Booked for Wednesday 4 November, 10am-12pm, which fits Katie's home-working day; Gareth will text her half an hour before. It's on the Morgan Estates account as usual.

Nadia""")),

    C("s18-pantry-deli-rhetorical", "en", "closed", {},
      "Grace Whitlock <grace@thepantrydeli.example>", "apple", "Extra visit this month?",
      "A rhetorical question and a self-answered one around the single real request (an extra early visit), which is booked.",
      cu("11-04 16:30", """Hi Nadia,

Well, who knew a mouse could climb the back of a fridge? Found one sitting on top of the drinks chiller this afternoon, bold as brass.

We're on the monthly contract - what's our contract number again? Oh never mind, it's on the last invoice: SPC-4471.

Could we have an extra visit before the next routine one? Ideally early in the morning, before we open at 8.

Grace
The Pantry Deli"""),
      ag("nadia", "11-04 17:10", """Hi Grace,

Ha - they're better climbers than most people think. I've booked an extra visit for Monday 9th at 7am; it's covered by your contract, so no charge.

Nadia""")),

    C("s19-highfield-care-home-chases", "en", "closed",
      {"customer-chased": 2, "slow-first-response": 1, "unanswered-question": 1},
      "Brenda Hollis <facilities@highfieldcare.example>", "outlook", "Rats by the bin store",
      "Care home gets only an acknowledgement and chases twice; the late reply books a visit and explains bait safety but skips the contract quote; thanks-only.",
      cu("11-09 09:00", """Hello,

We have rats around the bin store at Highfield Care Home - staff have seen them at dusk and there are burrows in the bank behind the bins. As a care home we have to be very careful about what is used on site.

Please can you arrange a visit this week, and could you let me know whether the bait you use is safe around the residents' garden, where some of our residents walk with their carers? I'd also like a quote for a regular contract for the home, as we don't have one at the moment.

Regards,
Brenda Hollis
Facilities Manager, Highfield Care Home""", uq=1),
      ack("11-09 09:01"),
      cu("11-11 08:30", """Hello, is anyone dealing with this? I sent the email below on Monday and have only had an automatic reply. The rats are still there.

Brenda""", chase=True),
      cu("11-12 14:10", """This is my third email about this. Please could someone call me on 01632 960455 today.

Brenda Hollis""", chase=True),
      ag("gareth", "11-12 15:30", """Dear Brenda,

I'm very sorry for the silence - your emails went to a shared inbox that wasn't being watched while a colleague was off. I can come tomorrow, Friday, at 10am. Around residents we only use sealed, tamper-proof bait boxes fixed to the ground along the bin store wall; nothing goes into the garden itself.

Regards
Gareth"""),
      cu("11-12 16:05", """Thank you, 10am tomorrow is fine.

Brenda""", thanks=True)),

    C("s20-brandt-elgin-avenue-motten", "de", "open", {"awaiting-reply": 1},
      "Dr. Ulrike Brandt <u.brandt@brandt-immobilien.example>", "gmail_de", "Kleidermotten in der Wohnung Flat 5, 12 Elgin Avenue",
      "Landlord in Germany: first questions answered; her follow-up with a price question and a request to arrange dates with the tenant waits two days (awaiting reply, not unanswered).",
      cu("11-12 09:00", """Sehr geehrte Damen und Herren,

ich vermiete eine möblierte Wohnung in London (Flat 5, 12 Elgin Avenue, W9). Der neue Mieter meldet Kleidermotten im Schlafzimmerschrank und im Teppich. Bieten Sie eine Behandlung gegen Motten an, und wie lange muss die Wohnung danach leer stehen?

Mit freundlichen Grüßen
Ulrike Brandt""", tz=1),
      ag("stefan", "11-12 10:30", """Sehr geehrte Frau Dr. Brandt,

ja, das machen wir regelmäßig: eine Sprühbehandlung von Teppichen und Schränken, zwei Einsätze im Abstand von 14 Tagen. Leer stehen muss die Wohnung nicht - nach vier Stunden kann der Mieter wieder hinein.

Mit freundlichen Grüßen
Stefan Maurer"""),
      cu("11-18 20:15", """Sehr geehrter Herr Maurer,

vielen Dank. Der Mieter ist einverstanden. Was kostet das für eine Zweizimmerwohnung mit ca. 55 m² Teppich? Und können Sie die Termine direkt mit ihm absprechen? Seine Nummer ist 07700 900873.

Mit freundlichen Grüßen
Ulrike Brandt""", tz=1)),

    C("s21-petit-zinc-relance", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Julien Marchetti <julien@lepetitzinc.example>", "apple_fr", "Devis contrat annuel - Le Petit Zinc",
      "French bistro asks for a quote; 'je reviens vers vous d'ici mercredi' kept the Monday after 'je me permets de vous relancer'.",
      cu("11-06 10:30", """Bonjour,

Nous ouvrons un deuxième bistrot à Clerkenwell en décembre et nous aimerions un contrat annuel comme pour le premier (rats, souris, blattes). Pourriez-vous m'envoyer un devis ? La cuisine fait environ 40 m², la salle 80 m².

Cordialement,
Julien Marchetti
Le Petit Zinc"""),
      ag("claire", "11-06 11:50", """Bonjour Monsieur Marchetti,

Félicitations pour la nouvelle adresse ! Je prépare le devis avec notre responsable des contrats et je reviens vers vous d'ici mercredi.

Bien à vous,
Claire""", promises=[("11-11", 4)]),
      cu("11-16 09:00", """Bonjour Madame Dubois,

Je me permets de vous relancer au sujet du devis : nous signons les contrats fournisseurs cette semaine.

Cordialement,
J. Marchetti""", chase=True),
      ag("claire", "11-16 14:20", """Bonjour Monsieur Marchetti,

Toutes mes excuses pour ce retard. Vous trouverez le devis en pièce jointe : 118 £ HT par mois, huit visites par an et interventions d'urgence comprises, à partir du 1er décembre.

Bien à vous,
Claire""", attach=[("application/pdf", "Devis-D-2611-072.pdf", DEVIS_PDF)])),

    C("s22-taberna-del-sol-factura", "es", "pending", {"unanswered-question": 1},
      "Rafael Gil <rafael.gil@tabernadelsol.example>", "gmail_es", "Factura de la visita del 10 de noviembre",
      "Base64 mail: the invoice with the VAT number is sent as an attachment; the question whether the contract covers wasp nests next summer is skipped.",
      cu("11-17 12:30", """Buenas tardes:

Necesito la factura de la visita del día 10 a nombre de Taberna del Sol Ltd, con nuestro número de IVA GB 402 7788 19, porque la gestoría cierra el trimestre esta semana. Y ya que estoy, ¿el contrato cubre también los nidos de avispas en la terraza el verano que viene, o eso se cobra aparte?

Un saludo,
Rafael Gil
Taberna del Sol""", uq=1, cte="base64"),
      ag("lola", "11-17 15:00", """Hola, Rafael:

Le adjunto la factura SPC-INV-88213 con los datos de la empresa y el número de IVA.

Un saludo,
Lola""", attach=[("application/pdf", "SPC-INV-88213.pdf", FACTURA_PDF)])),

    C("s23-northgate-dark-kitchen", "en", "pending", {},
      "Sofia Lindqvist <sofia@northgatekitchens.example>", "gmail", "Dark kitchen - new site survey",
      "Survey booked for next week with what to prepare; an arrival window and 'we'll email the report once the visit's done' are logistics, not promises; thanks-only.",
      cu("11-17 10:00", """Hi,

We run a delivery-only kitchen at Unit 4, Northgate Trading Estate, and our landlord now wants a pest control contract in place. Could you do the initial survey next week? Monday or Tuesday would suit us best. Is there anything we need to have ready for it?

Thanks,
Sofia"""),
      ag("nadia", "11-17 11:20", """Hi Sofia,

Monday 23 November works: Gareth will arrive between 7 and 9am. All he needs is access to every room, including the bin store and the roof void hatch if you have one, plus ten minutes with whoever runs the kitchen at the end. We'll email you the survey report and a contract proposal once the visit's done.

Best,
Nadia"""),
      cu("11-17 11:40", """Great, see you Monday.

Sofia""", thanks=True)),

    C("s24-riverside-mansions-ahead", "en", "pending", {},
      "Harriet Vane <harriet.vane@riversidemansions.example>", "outlook", "Revised quote - pigeon spikes",
      "Residents' association asks for a revised quote; 'I'll send it on Monday 23rd' is still ahead at audit time; thanks-only.",
      cu("11-18 14:00", """Dear Gareth,

Thank you for the quote for the roof. The committee would prefer spikes on the parapet only rather than the full netting. Could you revise the quote accordingly? We meet on Wednesday 25th.

Kind regards,
Harriet Vane
Riverside Mansions Residents' Association"""),
      ag("gareth", "11-18 16:30", """Dear Ms Vane,

No problem. I'll re-measure the parapet from the drawings and send you the revised quote on Monday 23rd, in good time for your meeting.

Regards
Gareth""", promises=[("11-23", None)]),
      cu("11-18 16:45", """Thank you, that's perfect.

Harriet""", thanks=True)),
]
CASES += [
    C("s25-old-mill-sunday-charge", "en", "closed", {"unanswered-question": 1},
      "Sam Corrigan <sam@oldmillpub.example>", "gmail", "Follow-up visit - Sunday?",
      "Asked whether a Sunday visit costs extra, the technician books a Sunday and answers the back-door question; the charge is never mentioned; thanks-only.",
      cu("11-05 11:00", """Hi Gareth,

Thanks for coming out on Monday - the traps you set in the cellar have caught two already. You mentioned a follow-up visit in a fortnight. We're closed on Sundays so that's the easiest day for us, is there an extra charge for a Sunday visit? Also, how long should we keep the back door shut at night?

Sam""", uq=1),
      ag("gareth", "11-05 13:00", """Hi Sam,

Two already is a good sign. Sundays are fine - I'll put you down for Sunday 15th at 10am. Keep the back door shut from dusk until I've been back, at the very least.

Gareth"""),
      cu("11-05 13:20", """Cheers Gareth, Sunday 15th it is.

Sam""", thanks=True)),

    C("s26-greystone-tender-documents", "en", "closed", {},
      "Martin Kowalski <martin@greystoneapartments.example>", "owa", "Documents for our tender file",
      "Two documents requested, answered 'both attached' with the two PDFs; thanks-only.",
      cu("11-06 09:40", """Hello Lucy,

We're re-tendering our building services contracts and need two things from each contractor by the 13th: your current public liability certificate, and your standard rates for the callouts we use most (rats/mice, wasps, pigeons). Could you send both?

Regards
Martin Kowalski
Facilities, Greystone Apartments"""),
      ag("lucy", "11-06 11:05", """Hi Martin,

Both attached - the certificate is valid until 31 March 2027.

Best wishes,
Lucy""", attach=[("application/pdf", "Sentinel-PL-certificate-2026-27.pdf", PL_CERT_PDF),
                 ("application/pdf", "Sentinel-callout-rates-2026.pdf", RATES_PDF)]),
      cu("11-06 11:20", """Got them, thank you.

Martin""", client="owa", thanks=True)),

    C("s27-hotel-adler-tauben", "de", "closed", {"missed-follow-up": 1},
      "Klaus Berger <k.berger@hoteladler-london.example>", "outlook_de", "Tauben auf dem Flachdach",
      "German-run hotel: options explained, the binding offer promised 'bis Mittwoch' never comes; the customer does not chase.",
      cu("11-03 08:15", """Guten Tag Herr Maurer,

auf dem Flachdach über unserem Frühstücksraum nisten seit dem Sommer Tauben, und bei Regen läuft der Kot an der Fassade herunter. Welche Möglichkeiten gibt es, das dauerhaft zu verhindern, und was würde das kosten?

Mit freundlichen Grüßen
Klaus Berger
Hotel Adler, Bayswater"""),
      ag("stefan", "11-03 11:00", """Sehr geehrter Herr Berger,

bei Flachdächern empfehlen wir meist ein Spanndrahtsystem an der Dachkante, kombiniert mit einem Netz über der Lüftungsanlage, wo die Tauben nisten. Für einen verbindlichen Preis muss unser Techniker die Maße kurz prüfen; das Angebot schicke ich Ihnen bis Mittwoch.

Mit freundlichen Grüßen
Stefan Maurer""", promises=[("11-04", None)])),

    C("s28-boulangerie-renard-bio", "fr", "closed", {"unanswered-question": 1},
      "Sophie Renard <contact@boulangerie-renard.example>", "apple_fr", "Souris dans le fournil",
      "Organic bakery: an early visit is booked, the indirect question about organic certification is skipped; thanks-only.",
      cu("11-04 14:30", """Bonjour,

Depuis une semaine on trouve des crottes de souris dans le fournil, près des sacs de farine. Nous sommes une boulangerie bio à Stoke Newington et nous n'avons jamais eu ce problème.

Est-ce qu'un technicien pourrait passer avant l'ouverture ? On ouvre à 7h, mais le fournil tourne dès 4h. Je voudrais aussi savoir si les produits que vous utilisez sont compatibles avec notre certification bio, c'est très important pour nous.

Merci d'avance,
Sophie Renard
Boulangerie Renard""", uq=1),
      ag("claire", "11-04 16:00", """Bonjour Madame Renard,

Notre technicien peut passer jeudi 5 novembre à 5 h 30, pendant que le fournil tourne, ce qui lui permettra de voir par où elles passent. Il posera des postes d'appâtage sécurisés et vous laissera un rapport.

Bien cordialement,
Claire"""),
      cu("11-04 16:20", """Merci, jeudi 5h30 c'est parfait.

Sophie""", thanks=True)),

    C("s29-el-rincon-chinches", "es", "closed", {},
      "Marisa Delgado <marisa@elrinconhostal.example>", "gmail_es", "Chinches en la habitación 3",
      "Spanish-run guesthouse: three bulleted questions answered inline (a price, 'No', 'Ninguno'); thanks-only.",
      cu("11-05 22:10", """Hola:

Tenemos un pequeño hostal en Kentish Town (El Rincón, 8 habitaciones). Un huésped nos ha enseñado unas picaduras y hemos encontrado chinches en el colchón de la habitación 3.

- ¿Cuánto cuesta tratar una habitación?
- ¿Hay que tirar el colchón?
- ¿Cuántos días tendríamos que tener la habitación cerrada?

Gracias,
Marisa Delgado"""),
      ag("lola", "11-06 09:15", """Hola, Marisa:

> - ¿Cuánto cuesta tratar una habitación?

280 £ + IVA con tratamiento térmico, revisión de las habitaciones de al lado incluida.

> - ¿Hay que tirar el colchón?

No, el calor los elimina también dentro del colchón. Solo recomendamos cambiarlo si está roto.

> - ¿Cuántos días tendríamos que tener la habitación cerrada?

Ninguno: se puede usar esa misma noche.

Un saludo,
Lola""", quote=False),
      cu("11-06 09:40", """Perfecto, muchísimas gracias. Les llamo esta tarde para reservar.

Marisa""", thanks=True)),

    C("s30-marlowe-court-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Patrick Doyle <patrick.doyle@marlowecourt.example>", "outlook", "Invoice SPC-INV-86120 - wrong address",
      "A request to reissue an invoice, resent word for word four days later as a new mail with the same subject; no reply.",
      cu("11-12 10:00", """Hello,

The invoice for the wasp nest removal in September (SPC-INV-86120) has the wrong address on it. It should be Marlowe Court Management Ltd, 3 Quarry Lane, Guildford GU1 4AB. Please reissue it to that address so that we can pay it.

Regards,
Patrick Doyle"""),
      cu("11-16 09:00", """Hello,

The invoice for the wasp nest removal in September (SPC-INV-86120) has the wrong address on it. It should be Marlowe Court Management Ltd, 3 Quarry Lane, Guildford GU1 4AB. Please reissue it to that address so that we can pay it.

Regards,
Patrick Doyle""", chase=True, parent=0)),

    C("s31-cobble-yard-template", "en", "pending", {"unanswered-question": 2},
      "Ellie Marsh <ellie@cobbleyardbakery.example>", "gmail", "A few questions before we sign up",
      "A templated reply answers the price-list request with a link and lists what contracts include, but not fly screens or the minimum term; its 'will be in touch' is conditional.",
      cu("11-17 08:50", """Hi there,

We're opening a bakery café in Cobble Yard in January and want pest control in place from day one. Could you send me a link to your price list for small food businesses? Do your contracts include fly screens, or do we need to buy those separately? And is there a minimum contract length? We've been burned by a three-year tie-in before.

Many thanks,
Ellie Marsh""", uq=2),
      ack("11-17 08:51"),
      ag("nadia", "11-17 10:00", """Dear Ellie,

Thank you for your interest in Sentinel Pest Control. You can find our prices for food businesses here: https://sentinelpest.example/commercial/food?src=mail

Our contracts include routine inspections, tamper-resistant bait stations, a written report after every visit and emergency callouts within 24 hours.

If you would like to go ahead, simply reply to this email and a member of our contracts team will be in touch.

Kind regards,
Nadia Okafor
Service Desk | Sentinel Pest Control""", sig=False)),

    C("s32-pepper-tree-spikes", "en", "closed", {},
      "Nadim Haddad <nadim@peppertree.example>", "gmail", "Price for pigeon spikes above shop sign",
      "'I'll send you a price the same day' (Wednesday) kept on Wednesday; the customer books and gets a date.",
      cu("11-02 12:00", """Hello,

Pigeons sit on our shop sign all day and the pavement tables underneath get covered. Can you give me a price for spikes along the sign? It's about 5 metres long, at first-floor height.

Nadim
Pepper Tree Café"""),
      ag("gareth", "11-02 15:00", """Hi Nadim,

Thanks - I'm passing your way on Wednesday, so I'll measure it up from the pavement and send you a price the same day.

Gareth""", promises=[("11-04", 3)]),
      ag("gareth", "11-04 16:30", """Hi Nadim,

Measured it this afternoon: 5.4 m of stainless spikes on the sign bracket, fitted from a ladder, £185 + VAT all in. We can fit it any weekday morning.

Gareth"""),
      cu("11-04 17:00", """Great, let's do it. Next Tuesday morning please.

Nadim"""),
      ag("nadia", "11-05 08:30", """Hi Nadim,

Booked: Tuesday 10th, 8am.

Nadia""")),

    C("s33-ashdown-estates-ooo", "en", "closed", {},
      "Rupert Crane <rupert.crane@ashdownestates.example>", "outlook", "Annual survey for our portfolio",
      "Two questions answered in the reply; the customer's Outlook out-of-office answers it.",
      cu("11-03 09:00", """Good morning Lucy,

Could you confirm the dates for this year's annual survey across our six properties, and whether the report will come as one document or one per building?

Rupert Crane
Ashdown Estates"""),
      ag("lucy", "11-03 10:30", """Dear Rupert,

The survey runs 16-19 November, one property a day in the order on your schedule (Hawley Court and Queen's Yard share the Thursday). You'll get a single report covering all six, with a section per building.

Best wishes,
Lucy"""),
      auto("11-03 10:31", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact Jo Pearce on jo.pearce@ashdownestates.example.

Rupert Crane""", quote=False, subject="Automatic reply: RE: Annual survey for our portfolio")),

    C("s34-kingfisher-lodge-eod", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Aisha Rahman <aisha@kingfisherlodge.example>", "iphone", "Report needed today + fly killer",
      "'I'll send the report over by end of day' never kept; the indirect question about the fly killer tube is not answered.",
      cu("11-17 08:20", """Hi Priya,

The auditor from head office is here Thursday. Could you send me the report for last week's visit today? And I was wondering whether the fly killer in the kitchen is due a new tube - it looks dim.

Thanks
Aisha

Sent from my iPhone""", uq=1),
      ag("priya", "11-17 09:30", """Hi Aisha,

Of course - I'm waiting for Gareth's notes from the visit, and I'll send the report over by end of day.

Priya""", promises=[("11-17", None)])),

    C("s35-hollis-dental-ack-only", "en", "open", {},
      "Leo Hollis <reception@hollisdental.example>", "gmail", "Mouse in the surgery",
      "Friday-morning request with only the acknowledgement so far, inside the response target: open, no finding.",
      cu("11-20 08:45", """Hello,

Our receptionist saw a mouse run under the filing cabinet this morning. We're a dental practice in Chiswick. Could someone come on Monday before 8, and what would it cost?

Leo Hollis
Hollis Dental Care"""),
      ack("11-20 08:46")),

    C("s36-fairview-nursery-resolved", "en", "pending", {"reopened": 1, "unanswered-question": 1},
      "Gemma Price <gemma@fairviewnursery.example>", "owa", "Mice in the nursery kitchen",
      "A '[Resolved]' subject tag and 'I'm closing this job now', then new droppings: the visit is booked but the request to resend the earlier report for Ofsted is skipped.",
      cu("11-06 10:00", """Hi,

Thanks for the treatment last week. The staff haven't seen anything since. Is there anything else we need to do, or is that us done?

Gemma
Fairview Day Nursery"""),
      ag("nadia", "11-06 11:00", """Hi Gemma,

Gareth's last check found no new activity, so you're all done - just keep the kitchen door closed at night. I'm closing this job now.

Nadia""", subject="[Resolved] RE: Mice in the nursery kitchen", closes=True),
      cu("11-16 09:30", """Hi Nadia,

I'm afraid we've found droppings again, this time in the store cupboard of the baby room. Can you send someone this week? Also, Ofsted will want to see the earlier report - could you send it to me again, I can't find the original email.

Gemma""", uq=1, subject="RE: [Resolved] RE: Mice in the nursery kitchen"),
      ag("nadia", "11-16 10:15", """Hi Gemma,

Sorry to hear that. Gareth will be with you tomorrow (Tuesday) at 7:30, before the children arrive.

Nadia""", subject="RE: [Resolved] RE: Mice in the nursery kitchen")),

    C("s37-weinstube-feldmann", "de", "pending",
      {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
      "Monika Feldmann <m.feldmann@weinstube-feldmann.example>", "thunderbird_de", "Ratten im Hinterhof",
      "German wine bar chases with 'gibt es schon etwas Neues?'; the reply gives the contract price but not whether the building site next door can be made to act.",
      cu("11-12 10:00", """Guten Tag,

wir betreiben eine kleine Weinstube in Bermondsey. Im Hinterhof haben wir nachts Ratten gesehen, vermutlich kommen sie von der Baustelle nebenan. Wir hätten gern ein Angebot für einen Jahresvertrag. Ich wüsste außerdem gern, ob Sie die Baustelle dazu bringen können, auch etwas zu unternehmen, oder ob wir uns selbst an die Baufirma wenden müssen.

Viele Grüße
Monika Feldmann""", uq=1),
      cu("11-16 09:10", """Guten Tag,

gibt es schon etwas Neues zu meiner Anfrage von letzter Woche? Die Ratten sind weiterhin da.

Viele Grüße
Monika Feldmann""", chase=True),
      ag("stefan", "11-16 11:00", """Sehr geehrte Frau Feldmann,

entschuldigen Sie bitte die späte Antwort. Für Ihre Weinstube bieten wir einen Jahresvertrag für 68 £ netto im Monat an: acht Routinebesuche, Köderstationen im Hof und Notfalleinsätze innerhalb von 24 Stunden.

Mit freundlichen Grüßen
Stefan Maurer""")),

    C("s38-chez-augustin-rapport", "fr", "closed", {},
      "Augustin Leroy <augustin@chezaugustin.example>", "gmail", "Rapport de visite et prochaine date",
      "Two questions answered in one sentence with an attachment and a date; thanks-only.",
      cu("11-05 15:00", """Bonjour Claire,

Deux petites choses : pouvez-vous m'envoyer le rapport de la visite de lundi ? Et quelle est la date de la prochaine visite de routine ?

Merci,
Augustin
Chez Augustin, Exmouth Market"""),
      ag("claire", "11-05 16:10", """Bonjour Augustin,

Le voici en pièce jointe ; la prochaine visite est prévue le mardi 1er décembre, à 8 h comme d'habitude.

Bonne soirée,
Claire""", attach=[("application/pdf", "Rapport-SPC-R-30502.pdf", RAPPORT_PDF)]),
      cu("11-05 16:30", """Parfait, merci Claire !

Augustin""", thanks=True)),

    C("s39-mercado-luz-fecha", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Jorge Navarro <jorge@mercadoluz.example>", "gmail_es", "Cambio de fecha de la visita",
      "'Mañana le confirmo la nueva fecha' never kept; '¿hay alguna novedad? ... sigo sin saber' two days later, unanswered.",
      cu("11-16 10:00", """Hola, Lola:

El técnico tenía que venir el jueves 19, pero ese día nos llega una entrega grande. ¿Se puede cambiar al viernes 20 o al lunes 23?

Gracias,
Jorge Navarro
Mercado Luz"""),
      ag("lola", "11-16 12:00", """Hola, Jorge:

Lo consulto con el técnico y mañana le confirmo la nueva fecha.

Un saludo,
Lola""", promises=[("11-17", None)]),
      cu("11-18 17:30", """Hola, Lola:

¿Hay alguna novedad? El jueves es pasado mañana y sigo sin saber si viene o no.

Jorge""", chase=True)),

    C("s40-thornbury-hall-long-mail", "en", "pending", {"unanswered-question": 2, "missed-follow-up": 1},
      "Charlotte Ainsley <events@thornburyhall.example>", "outlook", "Ahead of the Christmas season",
      "Six requests in one long paragraph: the visit moved, the marquee store covered and checked, the events-kitchen price deferred 'by Wednesday' (missed); the reports file and the uniform question are skipped.",
      cu("11-16 10:15", """Dear Lucy,

Ahead of our busiest season I'd like to go through a few things with you in one go, so apologies for the long email. We have weddings and Christmas parties almost every night from the 28th, so the kitchen and the marquee store have to be spotless. First, could the December routine visit be moved earlier, to the week of the 23rd? Second, our new events kitchen opened in October and I don't think it's on the contract yet - can you add it, and what will that do to the monthly price? I also noticed mouse droppings in the marquee store last week; the team cleaned up, but I'd like the technician to check it on the same visit. Is the marquee store covered by the contract even though it's a separate building? Our insurers have asked for the last twelve months of visit reports in one file, please could you send those? And lastly, do your technicians wear uniform? We sometimes have guests around during the day and I'd rather they were recognisable.

With thanks,
Charlotte Ainsley
Events & Facilities Manager
Thornbury Hall""", uq=2),
      ag("lucy", "11-16 14:00", """Dear Charlotte,

No need to apologise! I've moved the December visit to Tuesday 24 November, and Gareth will check the marquee store while he's there - it's within the grounds on your contract plan, so it's covered already. The events kitchen does need adding; I'll work out the new monthly figure and send it to you by Wednesday.

Best wishes,
Lucy""", promises=[("11-18", None)])),

    C("s41-the-galley-inline", "en", "pending", {},
      "Jack Thornton <jack@thegalley.example>", "thunderbird", "Couple of things after the visit",
      "Two questions answered inline (a location, 'Yes' with a price); 'Say the word and I'll book it' is a conditional offer, not a promise.",
      cu("11-18 09:00", """Hi Priya,

Gareth left a note saying he's moved one of the bait boxes. Where is it now? Also, the report says 'proofing recommended - gap under fire door'. Is that something you can do, and what would it cost?

Jack
The Galley"""),
      ag("priya", "11-18 10:20", """Hi Jack,

> Gareth left a note saying he's moved one of the bait boxes. Where is it now?

Behind the dishwasher, on the left - the old spot by the fire door kept getting kicked.

> Also, the report says 'proofing recommended - gap under fire door'. Is that something you can do, and what would it cost?

Yes: a brush strip along the bottom of the door, £65 + VAT fitted. Say the word and I'll book it in with his next visit on 2 December.

Priya""", quote=False)),

    C("s42-parkside-nursery-coshh", "en", "closed", {"unanswered-question": 1},
      "Naomi Fraser <manager@parksidenursery.example>", "gmail", "COSHH sheets",
      "A bundled request (send the COSHH sheets and put them on the online account) ignored while the question after it is answered.",
      cu("11-04 13:00", """Hello,

Following your technician's visit on Monday, our health and safety folder needs updating. Please send the COSHH data sheets for the bait used and add them to our online account so the room leaders can see them too. I'd also like to know how often the bait boxes get checked.

Thanks,
Naomi Fraser
Parkside Nursery""", uq=1),
      ag("priya", "11-04 15:00", """Hi Naomi,

The boxes are checked on every routine visit, which for you is every six weeks, and after any sighting you report to us.

Priya""")),

    C("s43-brick-lane-bagels", "en", "pending", {"unanswered-question": 2},
      "Dov Rosen <dov@bricklanebagels.example>", "gmail", "Monthly contract",
      "Price answered; the go-ahead mail (sent from a client that dropped the threading headers) asks for Sunday visits and a copy to the accountant - only the start date is confirmed.",
      cu("11-13 09:00", """Hi,

What does your monthly contract for a small bakery shop cost? We're about 50 m² including the back.

Dov
Brick Lane Bagels"""),
      ag("lucy", "11-13 11:00", """Hi Dov,

For 50 m² it's £54 + VAT a month, with eight routine visits a year and callouts included.

Best wishes,
Lucy"""),
      cu("11-17 16:00", """Thanks Lucy, we'd like to go ahead from December. Can you do the visits on Sunday mornings? We're closed to the public then but the bakers are in. And please send the contract to our accountant at books@ledgerwise.example as well as to me.

Dov""", uq=2, thread=False),
      ag("lucy", "11-18 09:30", """Hi Dov,

Great news - I've set you up from 1 December, and your first visit will be in the week of the 7th.

Best wishes,
Lucy""")),

    C("s44-quayside-house-links", "en", "pending", {},
      "Rachel Osei <rachel.osei@quaysideoffices.example>", "outlook", "Bait station plan and booking callouts",
      "Two questions answered with two links; the customer's signature carries a '?' URL.",
      cu("11-19 08:00", """Hello,

I'm the new office manager at Quayside House. Where can I find the plan showing where your bait stations are in the building? And can I book callouts online, or is it phone only?

Thanks,
Rachel Osei
Office Manager | Quayside House
Visiting us? Directions: https://quaysideoffices.example/visit?floor=3&src=sig""", kind="alt"),
      ag("nadia", "11-19 09:10", """Hi Rachel, welcome!

Station plan: https://sentinelpest.example/portal/sites/QH-221/plan
Callouts: https://sentinelpest.example/portal/callouts?site=QH-221 (24/7 - or ring us, 7am-7pm)

Nadia""")),

    C("s45-st-marys-almshouses", "en", "closed", {},
      "Richard Pell <clerk@stmarysalmshouses.example>", "thunderbird", "Scratching in the roof space - cottages 3 and 4",
      "'Gareth will call you tomorrow' kept by Gareth the next day, confirming the inspection by e-mail.",
      cu("11-02 09:00", """Dear Sir or Madam,

Residents of two of our almshouse cottages (numbers 3 and 4) have heard scratching in the roof space at night. We don't know whether it is rats, mice or squirrels. Could someone come to inspect? The cottages are occupied by elderly residents, so a telephone call beforehand would be appreciated.

Yours faithfully,
Richard Pell
Clerk to the Trustees, St Mary's Almshouses"""),
      ag("nadia", "11-02 10:00", """Dear Mr Pell,

Of course. Gareth covers your area; he'll call you tomorrow to arrange a time that suits the residents.

Kind regards,
Nadia Okafor""", promises=[("11-03", 3)]),
      ag("gareth", "11-03 11:30", """Dear Mr Pell,

Following our call this morning: I'll be at cottages 3 and 4 on Thursday 5 November at 10am, and I'll knock at number 3 first.

Regards
Gareth Pryce""", parent=1)),

    C("s46-blue-anchor-canopy", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Terry Moss <terry@blueanchorinn.example>", "android", "Pigeons in the beer garden canopy",
      "'Early next week' said on a Thursday; the quote comes on the following Thursday after 'still waiting'; the discount question is never answered.",
      cu("11-05 09:30", """Hi Gareth, pigeons are nesting in the beams of the covered beer garden again. Can you quote for netting the whole canopy this time rather than just spikes? And do you do a discount if we also book the guano clean-up at the same time?

Terry

Get Outlook for Android""", uq=1),
      ag("gareth", "11-05 12:00", """Hi Terry,

Netting the canopy is the right call - spikes just move them along the beam. I need to work out the frame with our installer, so I'll get a quote over to you early next week.

Gareth""", promises=[("11-10", 4)]),
      cu("11-12 10:00", """Hi Gareth, still waiting on the netting quote you mentioned. Terry

Get Outlook for Android""", chase=True),
      ag("gareth", "11-12 15:00", """Hi Terry,

Sorry for the wait: £1,480 + VAT for the whole canopy, fitted over two mornings.

Gareth""")),

    C("s47-greenway-hostel-photos", "en", "pending", {},
      "Priti Shah <bookings@greenwayhostel.example>", "gmail", "Bites reported - room 9",
      "A second mail adds photos and a question before any reply (not a chase); one reply answers both.",
      cu("11-18 21:00", """Hello,

A guest in room 9 says she was bitten overnight. We've stripped the bed and can't see anything. Can someone inspect tomorrow?

Priti
Greenway Hostel"""),
      cu("11-18 21:25", """Sorry, forgot to attach - here are photos of the mattress seam. Also, should we move the guests in the room next door, or wait for the inspection?

Priti""", attach=[("image/png", "room9-seam.png", MATTRESS_PNG)]),
      ag("nadia", "11-19 08:10", """Hi Priti,

Thanks for the photos - the seam looks clean to me, but Gareth will check properly at 11 today with the detection dog. No need to move anyone next door yet; just keep room 9 empty until he's been.

Nadia""")),

    C("s48-whitaker-carpet-moths", "en", "open",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Jean Whitaker <jean.whitaker@example.org>", "apple", "Carpet moth treatment report for letting agent",
      "'I'll send you the report by Friday' never kept; the vacuuming question is skipped; 'any update on the report?' waits two days.",
      cu("11-10 10:00", """Hello,

Your technician treated my rental flat for carpet moths on Friday. The letting agent needs a copy of the treatment report before the new tenant moves in on the 23rd - could you email it to me? Also, should the carpets be vacuumed before the second treatment or left alone?

Jean Whitaker""", uq=1),
      ag("priya", "11-10 11:30", """Dear Ms Whitaker,

I'll send you the report by Friday, once the technician has written it up.

Kind regards,
Priya""", promises=[("11-13", None)]),
      cu("11-18 15:00", """Hello Priya,

Any update on the report? The tenant moves in on Monday and the agent is chasing me.

Jean""", chase=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "s02-harrow-lettings-rats": [
        "Also, do you block up the gap under the decking as part of the job, or is that something we need a builder for?"],
    "s05-copperfield-hostel-bedbugs": [
        "Do guests' belongings need to be washed or bagged, or is that something your technicians handle?"],
    "s06-oakridge-court-pigeons": [
        "I was also wondering whether the netting would need planning permission, as the building is in a conservation area and the council are quite strict about anything visible from the street.",
        "Please also send us a copy of your public liability insurance, the board won't approve any contractor working at height without it."],
    "s09-gasthaus-zur-linde": [
        "Und wäre es möglich, uns bei der Gelegenheit ein Angebot für einen Wartungsvertrag zu schicken, damit wir das künftig regelmäßig prüfen lassen?"],
    "s13-fernside-primary-slow": [
        "Could you send confirmation of this for the technicians who normally attend?"],
    "s14-kite-and-key-cellar": [
        "Can the technician also look at the hatch seal?"],
    "s16-bellevue-hotel-handoffs": [
        "And could someone tell me whether the guest's luggage needs treating too - he wants to know if it's safe to take home?"],
    "s19-highfield-care-home-chases": [
        "I'd also like a quote for a regular contract for the home, as we don't have one at the moment."],
    "s22-taberna-del-sol-factura": [
        "¿el contrato cubre también los nidos de avispas en la terraza el verano que viene, o eso se cobra aparte?"],
    "s25-old-mill-sunday-charge": [
        "is there an extra charge for a Sunday visit?"],
    "s28-boulangerie-renard-bio": [
        "Je voudrais aussi savoir si les produits que vous utilisez sont compatibles avec notre certification bio, c'est très important pour nous."],
    "s31-cobble-yard-template": [
        "Do your contracts include fly screens, or do we need to buy those separately?",
        "And is there a minimum contract length?"],
    "s34-kingfisher-lodge-eod": [
        "And I was wondering whether the fly killer in the kitchen is due a new tube - it looks dim."],
    "s36-fairview-nursery-resolved": [
        "Also, Ofsted will want to see the earlier report - could you send it to me again, I can't find the original email."],
    "s37-weinstube-feldmann": [
        "Ich wüsste außerdem gern, ob Sie die Baustelle dazu bringen können, auch etwas zu unternehmen, oder ob wir uns selbst an die Baufirma wenden müssen."],
    "s40-thornbury-hall-long-mail": [
        "Our insurers have asked for the last twelve months of visit reports in one file, please could you send those?",
        "And lastly, do your technicians wear uniform?"],
    "s42-parkside-nursery-coshh": [
        "Please send the COSHH data sheets for the bait used and add them to our online account so the room leaders can see them too."],
    "s43-brick-lane-bagels": [
        "Can you do the visits on Sunday mornings?",
        "And please send the contract to our accountant at books@ledgerwise.example as well as to me."],
    "s46-blue-anchor-canopy": [
        "And do you do a discount if we also book the guano clean-up at the same time?"],
    "s48-whitaker-carpet-moths": [
        "Also, should the carpets be vacuumed before the second treatment or left alone?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"SPC-J{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            promises = [(deadline(day, date), f"{case.name}.{kept}" if kept else None)
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
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", DESK),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        refs = o.pop("refs", None)
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
    return mailcraft.cases_table("Practice corpus 102: Sentinel Pest Control - cases",
                                 f"make_{CORPUS_NAME}_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.sentinelpest.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


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
        raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice102 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
