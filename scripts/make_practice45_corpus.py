#!/usr/bin/env python3
"""Regenerate ``tests/practice45/``: a labelled corpus of Brackenridge Solar.

A support mailbox of a fictional installer of solar panels, home batteries and heat pumps
(site surveys, quotes, grant paperwork, installation dates, inverter faults, monitoring apps,
export-tariff forms, warranty claims), based near Edinburgh with German-, French- and
Spanish-speaking desks for its subsidiaries in Freiburg, Bordeaux and Málaga. Written without
looking at the detection heuristics. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with
the contract defaults (response target 24 h, follow-up window 2 days, close-after 7 days,
handoff limit 2), support domain ``brackenridgesolar.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions
it asks). The script recomputes status and every rule count from those facts and the dates,
and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice45_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
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
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "brackenridgesolar.example"
HELPDESK = "Brackenridge Solar Support <help@brackenridgesolar.example>"
TO_BY_LANG = {
    "en": HELPDESK,
    "de": "Brackenridge Solar Kundenservice <service@brackenridgesolar.example>",
    "fr": "Brackenridge Solaire <contact@brackenridgesolar.example>",
    "es": "Brackenridge Solar Iberia <hola@brackenridgesolar.example>",
}
RULES = mailcraft.RULES
YEAR = 2026

# who: (From, mail client, signature, UTC offset in November)
AGENTS = {
    "fiona": ("Fiona Gallacher <fiona.gallacher@brackenridgesolar.example>", "outlook", """Fiona Gallacher
Surveys & Quotations | Brackenridge Solar
0131 496 0724 | https://brackenridgesolar.example/quote?ref=sig""", 0),
    "rhys": ("Rhys Pritchard <rhys.pritchard@brackenridgesolar.example>", "thunderbird", """-- 
Rhys Pritchard
Installation Scheduling | Brackenridge Solar Ltd
Unit 4, Loanhead Business Park, Midlothian EH20 9LZ""", 0),
    "priya": ("Priya Raghunathan <priya.raghunathan@brackenridgesolar.example>", "gmail", """--
Priya Raghunathan
Grants, Grid & Export Paperwork | Brackenridge Solar
Wondering where your application is? https://brackenridgesolar.example/track?src=email""", 0),
    "callum": ("Callum Drever <callum.drever@brackenridgesolar.example>", "apple", """Callum Drever
Technical Support | Brackenridge Solar
System not generating? Check https://status.brackenridgesolar.example/?region=all first.""", 0),
    "morag": ("Morag Sinclair <morag.sinclair@brackenridgesolar.example>", "owa", """Morag Sinclair
Warranty & Aftercare | Brackenridge Solar Ltd
Registered in Scotland SC612044. This e-mail is confidential and intended for the addressee only.""", 0),
    "duncan": ("Duncan Leckie <duncan.leckie@brackenridgesolar.example>", "android", """Duncan Leckie
Heat Pump Engineer | Brackenridge Solar""", 0),
    "lukas": ("Lukas Brenner <lukas.brenner@brackenridgesolar.example>", "outlook_de", """Brackenridge Solar GmbH | Kundenservice
Habsburgerstraße 112, 79104 Freiburg im Breisgau
Tel. 0761 4589 2210 | https://brackenridgesolar.example/de?ref=signatur""", 1),
    "camille": ("Camille Rousseau <camille.rousseau@brackenridgesolar.example>", "apple_fr", """Camille Rousseau
Service clients | Brackenridge Solaire SAS, Mérignac
https://brackenridgesolar.example/fr/aide?source=mail""", 1),
    "lucia": ("Lucía Herrero <lucia.herrero@brackenridgesolar.example>", "gmail_es", """--
Lucía Herrero
Atención al cliente | Brackenridge Solar Iberia, Málaga
Tel. 951 20 44 87""", 1),
}

ACK = """Hello,

Thanks for contacting Brackenridge Solar. This is an automatic reply to let you know
we've received your message - your reference is {ref}. Our support team works
Monday to Friday, 8am-6pm, and we will reply within 24 hours.

If your system is showing a fault, our status page may already have the answer:
https://status.brackenridgesolar.example/?ref={ref}

Brackenridge Solar Support"""

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
    "oldclient": ["X-Mailer: Pegasus Mail for Windows (4.73)"],
    "helpdesk": ["X-Mailer: Brackenridge Helpdesk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="brk.", outlook_server="AM9PR1")
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
    """A reply by support agent ``who`` at ``when`` (the agent's local time)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str) -> Spec:
    """The helpdesk's automatic acknowledgement (Edinburgh time)."""
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


def end_of(day: str, tz: int = 0) -> datetime:
    """The end of ``day`` ("MM-DD") where the promising agent works: "by Thursday" is kept
    on Thursday."""
    return at(day + " 23:59", tz).replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

def _pdf(*lines: str) -> bytes:
    return mailcraft.pdf(list(lines))


QUOTE_5120_PDF = _pdf("Brackenridge Solar - Quotation BRK-Q-5120", "10 x 430 Wp panels, hybrid inverter 5 kW",
                      "Scaffolding GBP 480, bird mesh GBP 260", "Total GBP 8,920 incl. VAT (0%)")
MASTR_PDF = _pdf("Marktstammdatenregister - Registrierungsbestaetigung", "Anlagenbetreiber: Wolfgang Kessler",
                 "MaStR-Nr. SEE912345678901", "Inbetriebnahme: 26.10.2026")
FACTURE_PDF = _pdf("Brackenridge Solaire SAS - Facture F-2026-0871 (acquittee)", "Client : Elise Marchetti",
                   "Installation photovoltaique 6 kWc", "Reglee le 28/10/2026")
STORM_PNG = mailcraft.png(16, 10, lambda x, y: (30 + 6 * x, 40 + 5 * y, 90 + 3 * (x ^ y)))
F21_PNG = mailcraft.png(12, 8, lambda x, y: (20, 120 + 9 * x, 60 + 8 * y))
INSTALL_CERT_PDF = _pdf("Brackenridge Solar - Installation certificate", "Hepburn Farms, Lauder - barn roof array",
                        "Panels: Aurelia AS-430M x 24", "Serial numbers listed on page 2")
EIC_PDF = _pdf("Electrical Installation Certificate", "Installation: 14 Braid Crescent, Edinburgh",
               "Solar PV 4.3 kWp, inverter 3.6 kW", "Tested and inspected 3 November 2026")
BUS_PDF = _pdf("Boiler Upgrade Scheme - Property owner consent", "Installer: Brackenridge Solar Ltd (MCS NAP-44120)",
               "Please sign page 2", "Voucher value GBP 7,500")
INVOICE_SHAW_PDF = _pdf("Brackenridge Solar - Invoice INV-30418", "Catriona Shaw",
                        "Scaffolding GBP 650", "Balance due GBP 5,410")
INVOICE_SHAW2_PDF = _pdf("Brackenridge Solar - Invoice INV-30418 (corrected)", "Catriona Shaw",
                         "Scaffolding GBP 480", "Balance due GBP 5,240")
ANAH_PDF = _pdf("MaPrimeRenov' - pieces a preparer", "Avis d'imposition N-1", "Devis detaille signe apres depot",
                "Attestation RGE de l'entreprise")
GARANTIA_PDF = _pdf("Certificado de garantia - modulos fotovoltaicos", "Titular: Andres Molina",
                    "Garantia de producto 25 anos, de rendimiento 30 anos", "16 modulos, numeros de serie adjuntos")
ECO4_PDF = _pdf("ECO4 Flex - Declaration form", "Section 4: installer details", "Applicant: Lesley Baxter",
                "Section 4 to be completed by the installer")
ECO4_SIGNED_PDF = _pdf("ECO4 Flex - Declaration form", "Section 4: Brackenridge Solar Ltd, MCS NAP-44120",
                       "Signed: A. Ferguson, MCS installer", "Date: 5 November 2026")
DEPOSIT_PDF = _pdf("Brackenridge Solar - Deposit invoice INV-30502", "Quote Q-4471, 12 panels",
                   "Deposit 25%: GBP 2,210", "Pay within 14 days")
VAT_PDF = _pdf("Brackenridge Solar - VAT invoice INV-30377", "Glenbrae Guest House, Portree",
               "Solar PV and battery - zero rated", "VAT 0%: GBP 0.00")
QUOTE_DALGLEISH_PDF = _pdf("Brackenridge Solar - Quotation BRK-Q-5204 rev. B", "Without battery",
                           "12 x 430 Wp panels, hybrid inverter 5 kW (battery-ready)", "Total GBP 6,840 incl. VAT")
AUFTRAG_PDF = _pdf("Auftragsbestaetigung AB-2026-1187", "PV-Anlage 9,6 kWp mit Speicher 10 kWh",
                   "Unterschrieben: Andrea Lindner", "Freiburg, 16.11.2026")
FACTURE_GIRARD_PDF = _pdf("Brackenridge Solaire SAS - Facture F-2026-0902 (rectifiee)", "Client : Stephane Girard",
                          "16 panneaux 400 Wc - puissance 6,4 kWc", "Annule et remplace F-2026-0889")
MEMORIA_PDF = _pdf("Memoria tecnica de diseno - instalacion de autoconsumo", "Titular: Rafael Dominguez",
                   "Potencia pico 7,2 kWp, inversor 6 kW", "Firmado: Ing. J. Navas, col. 4412")
LIABILITY_PDF = _pdf("Certificate of Insurance - Public Liability", "Insured: Brackenridge Solar Ltd",
                     "Limit of indemnity GBP 5,000,000", "Valid until 31 August 2027")
G98_PDF = _pdf("SP Energy Networks - G98 notification acknowledgement", "Reference SPEN-G98-55812",
               "Received 14 March 2024", "Installation: 3.68 kW inverter")

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("b01-munro-saturday-survey", "en", "closed", {},
      "Alasdair Munro <alasdair.munro@lochside.example>", "gmail", "Booking our survey",
      "Three survey questions in a list, answered in one paragraph out of order; the customer confirms the slot (thanks-only).",
      cu("10-27 19:40", """Hi there,

We got the email saying our survey can be booked now. Before I pick a slot, a few things:

Is it possible for the surveyor to come on a Saturday? We both work in Glasgow during the week.
How long does it usually take?
Does someone need to go up into the loft with him, or just open the hatch?

Thanks,
Alasdair"""),
      ag("fiona", "10-28 09:10", """Hi Alasdair,

Thanks for getting in touch. It's usually about an hour and a half, most of it on the roof and in the loft - we only need the hatch open and a clear path to it, nobody has to come up with us. And yes, we do Saturday mornings: I've pencilled you in for Saturday 7 November at 9:30, just let me know if that's no good.

Kind regards,
Fiona""", kind="alt"),
      cu("10-28 12:02", """Saturday the 7th at 9:30 is perfect. Thanks Fiona!

Alasdair""", thanks=True)),

    C("b02-coulter-ten-panels", "en", "closed", {"unanswered-question": 1},
      "Harriet Coulter <h.coulter@coulterarchitects.example>", "outlook", "Quote BRK-Q-5120 - questions",
      "Panel count explained and the quote sent as a PDF; the battery-later question in the middle of the paragraph is skipped.",
      cu("11-02 13:25", """Hello,

Thank you for the quote, which arrived on Friday. Before we commit I have a few points.

The surveyor mentioned twelve panels when he was on the roof, but the quote has ten. Could you explain why? I'd also like to know whether the battery can be added later without replacing the inverter. Please also send the quote as a PDF, as the link in the customer portal keeps timing out on me.

Best regards,
Harriet Coulter

Harriet Coulter RIBA | Coulter Architects
This message is confidential. If you are not the intended recipient please delete it and notify the sender.""",
         uq=1, kind="alt"),
      ag("fiona", "11-03 10:05", """Dear Harriet,

The quote as a PDF is attached. On the panel count: when we ran the shading model after the survey, the two panels closest to the chimney on the east pitch would have been in shadow from mid-afternoon and would have pulled the whole string down, so we took them out - ten panels give you slightly more generation over the year than twelve would in that layout.

Kind regards,
Fiona""", attach=[("application/pdf", "BRK-Q-5120.pdf", QUOTE_5120_PDF)])),

    C("b03-petrie-install-day", "en", "closed", {},
      "Ewan Petrie <ewan@petrie-home.example>", "thunderbird", "Installation next week - practical questions",
      "A numbered list of three practical questions answered inline under each quoted line.",
      cu("11-05 18:30", """Hello,

Our install starts on Monday 9th. A few practical things my wife asked me to check:

1. Will the electricity be off all day?
2. Do we need to move the car off the drive for the scaffolding?
3. Does the scaffolding stay up overnight or is it taken down each evening?

Ewan"""),
      ag("rhys", "11-06 08:45", """Hi Ewan,

> 1. Will the electricity be off all day?

No, only for about two hours on the last afternoon, while we connect the inverter to your consumer unit. The crew will tell you before they switch off.

> 2. Do we need to move the car off the drive for the scaffolding?

Please do on Monday morning - the tower goes on the left-hand side of the drive, by the garage.

> 3. Does the scaffolding stay up overnight or is it taken down each evening?

It stays up for the whole job and comes down the day after we finish.

Rhys""", quote=False)),

    C("b04-baird-f21", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Gordon Baird <gordon.baird@kirkmail.example>", "iphone", "Inverter error",
      "Fault code explained and logs promised 'tomorrow'; nothing comes, the customer chases and is still waiting.",
      cu("11-12 08:15", """Morning, the inverter has been showing F21 on the little screen since yesterday afternoon and the app says 0 kWh today. What does that code mean? Do I need to switch anything off in the meantime? Photo attached.

Gordon

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", F21_PNG)]),
      ag("callum", "11-12 11:30", """Hi Gordon,

Thanks for the photo. F21 means the inverter saw the grid voltage go out of range and disconnected itself to be safe - nothing for you to switch off, and it's fine to leave the isolators as they are. It normally reconnects on its own, so the fact it hasn't is what I want to look into. I'll pull the logs remotely this afternoon and get back to you tomorrow with what we find.

Best,
Callum""", promises=[("11-13", None)]),
      cu("11-16 18:05", """Hi Callum, any news on this? Still F21 and the panels have produced nothing since last Wednesday.

Gordon

Sent from my iPhone""", chase=True)),

    C("b05-little-app-offline", "en", "pending", {},
      "Shona Little <shona.little@thistlenet.example>", "android", "SolarView app says device offline",
      "Wifi reconnection steps and 'nothing is lost' answer both questions; thanks-only reply.",
      cu("11-17 07:55", """Hi

Since we changed broadband provider last week the SolarView app says "device offline". How do I get the dongle onto the new wifi? And is last week's data gone for good or will it come back?

Thanks
Shona

Get Outlook for Android"""),
      ag("callum", "11-17 10:20", """Hi Shona,

Easy fix: hold the button on the side of the wifi dongle for five seconds until the light flashes blue, then on your phone join the network called BRK-SETUP, open http://192.168.4.1 and pick your new router from the list. Nothing's lost - the inverter stores up to 30 days of readings and sends them up once it's connected again.

Best,
Callum"""),
      cu("11-17 19:40", """That worked, and the graph has filled in for last week too. Cheers Callum!

Shona

Get Outlook for Android""", thanks=True)),

    C("b06-drummond-bus-grant", "en", "pending", {"unanswered-question": 2},
      "Morven Drummond <morven.drummond@lochside.example>", "gmail", "Heat pump - going ahead",
      "Three questions in one long paragraph about the heat pump grant; only the voucher question is answered.",
      cu("11-16 21:10", """Hi Priya,

We've talked it over and we'd like to go ahead with the air source heat pump (quote HP-2207). I read on the government website that the Boiler Upgrade Scheme grant is £7,500 - is that taken off your invoice, or do we pay the full price and claim it back ourselves? Our EPC is from 2014 when we bought the house. I was wondering whether an EPC that old is still valid for the application, or do we need a new one? Also, could you let me know if removing the old oil tank is part of the job, it's an eyesore and we'd love it gone.

Many thanks,
Morven""", uq=2),
      ag("priya", "11-17 09:35", """Hi Morven,

That's great news. The £7,500 comes straight off our invoice: we apply for the voucher on your behalf and Ofgem pays it to us, so you only ever pay the balance. I started the application this morning - you'll get an email from Ofgem asking you to confirm you agreed to the installation, and it's important to click the link in it within 14 days or the voucher lapses.

Best wishes,
Priya""")),

    C("b07-kessler-marktstammdaten", "de", "closed", {},
      "Wolfgang Kessler <w.kessler@kessler-freiburg.example>", "thunderbird_de", "Fragen nach der Inbetriebnahme",
      "German customer: registration and feed-in start date, both answered, the registration with an attached confirmation.",
      cu("10-29 17:20", """Guten Tag Herr Brenner,

die Anlage läuft seit Montag, vielen Dank an Ihr Team, die Montage war tadellos.

Zwei Fragen hätte ich noch: Wer kümmert sich um die Eintragung ins Marktstammdatenregister - wir selbst oder Sie? Und ab wann bekommen wir die Einspeisevergütung, ab der Inbetriebnahme oder erst, wenn der Netzbetreiber den Zähler getauscht hat?

Mit freundlichen Grüßen
Wolfgang Kessler"""),
      ag("lukas", "10-30 09:15", """Guten Tag Herr Kessler,

freut mich, dass alles gut geklappt hat. Die Registrierung im Marktstammdatenregister haben wir am Dienstag für Sie vorgenommen, die Bestätigung mit Ihrer MaStR-Nummer hänge ich Ihnen an. Die Vergütung läuft ab dem Tag der Inbetriebnahme, also ab dem 26. Oktober; der Zählerwechsel durch die Netze BW ändert daran nichts, es wird rückwirkend abgerechnet.

Mit freundlichen Grüßen
Lukas Brenner""", attach=[("application/pdf", "MaStR-Bestaetigung.pdf", MASTR_PDF)]), tz=1),

    C("b08-marchetti-prime", "fr", "closed", {"unanswered-question": 1},
      "Élise Marchetti <elise.marchetti@orange-mail.example>", "apple_fr", "Prime autoconsommation et contrat EDF OA",
      "French customer: the bonus timing and the paid invoice are handled; whether her husband must co-sign the EDF OA contract is not.",
      cu("11-12 10:05", """Bonjour Madame Rousseau,

Nous avons bien reçu l'attestation Consuel, merci beaucoup. Pourriez-vous me dire quand la prime à l'autoconsommation sera versée ? Par ailleurs, j'aimerais savoir si le contrat EDF OA doit aussi être signé par mon mari, puisque la maison est à nos deux noms. Merci de m'envoyer également une copie de la facture acquittée, notre assureur la demande.

Bien cordialement,
Élise Marchetti""", uq=1),
      ag("camille", "11-12 15:40", """Bonjour Madame Marchetti,

Vous trouverez ci-joint la facture acquittée. La prime est versée en une seule fois par EDF OA, en général dans les deux mois qui suivent la prise d'effet du contrat ; vous n'avez aucune démarche à faire de votre côté.

Bien cordialement,
Camille""", attach=[("application/pdf", "Facture-F-2026-0871.pdf", FACTURE_PDF)]), tz=1),

    C("b09-ortega-excedentes", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Ortega Ruiz <javier.ortega@correo-sur.example>", "gmail_es", "Compensación de excedentes",
      "Spanish customer: 'te confirmo la fecha exacta el jueves' delivered the next Monday, after a chase - missed and chased.",
      cu("11-09 10:00", """Hola buenos días,

Os escribo porque en la factura de la luz de octubre todavía no aparece la compensación de excedentes, y las placas llevan funcionando desde el día 2. ¿Sabéis si ya se ha presentado el certificado de instalación a la distribuidora? ¿Cuándo empezaré a ver el descuento en la factura?

Un saludo,
Javier"""),
      ag("lucia", "11-09 16:10", """Hola Javier:

Sí, el certificado (CIE) se presentó a Endesa Distribución el 4 de noviembre. A partir de ahí la distribuidora lo comunica a tu comercializadora, que es quien activa la compensación, y eso suele tardar unas semanas. Voy a llamar a Endesa para ver en qué punto está y te confirmo la fecha exacta el jueves.

Un saludo,
Lucía""", promises=[("11-12", 4)]),
      cu("11-16 09:30", """Hola Lucía, ¿hay alguna novedad? Me dijiste que me dirías algo el jueves y sigo sin saber nada.

Javier""", chase=True),
      ag("lucia", "11-16 13:05", """Hola Javier:

Perdona el retraso, tienes razón. He hablado con Endesa: el alta del autoconsumo quedó registrada el 13 de noviembre y tu comercializadora aplicará la compensación a partir de la próxima factura, con efecto desde esa fecha.

Un saludo,
Lucía"""), tz=1),

    C("b10-qureshi-usable", "en", "closed", {},
      "Imran Qureshi <imran.qureshi@qureshi-dental.example>", "outlook", "Battery capacity",
      "A one-line question answered with a figure and half a sentence.",
      cu("11-04 12:40", """Hi Fiona,

Quick one - the battery in our quote is listed as 10 kWh. A friend who has one says you can't actually use all of it. How much can we actually use?

Thanks
Imran"""),
      ag("fiona", "11-04 13:15", """Hi Imran,

9.5 kWh - the last 5 % is held back to protect the cells.

Fiona""")),

    C("b11-lowther-install-date", "en", "closed", {"unanswered-question": 1},
      "Bethany Lowther <beth.lowther@mailbox.example>", "gmail", "Installation date?",
      "Date promised 'by Wednesday' and delivered on Wednesday; the planning-permission question is never taken up.",
      cu("11-09 20:15", """Hi,

We paid the deposit on 26 October and haven't heard anything about an installation date yet. When can you fit us in? We're away from 14 to 21 December, so that week is out.

Also, will we need planning permission? We're in a conservation area and the neighbours were asking.

Thanks,
Bethany""", uq=1),
      ag("rhys", "11-10 09:00", """Hi Bethany,

Sorry nobody has been in touch - that's on us. I've noted that 14-21 December is out. I'm waiting on the scaffolders to confirm their December rota and I'll come back to you with a firm date by Wednesday.

Rhys""", promises=[("11-11", 3)]),
      ag("rhys", "11-11 14:30", """Hi Bethany,

The scaffolders have confirmed: we can start on Tuesday 1 December, with the scaffold going up on the Monday. The job takes three days, so you'll be finished well before you go away.

Rhys""", parent=2)),

    C("b12-fergus-seg-form", "en", "pending", {},
      "Niall Fergus <niall@fergus-joinery.example>", "apple", "SEG application - MCS number",
      "A question and an implicit request answered with a bare certificate number and a date.",
      cu("11-18 12:10", """Hi,

I'm filling in the Smart Export Guarantee application on the Octopus website and it wants our MCS certificate number. Where would I find that? It also asks for the date the system was commissioned.

Cheers,
Niall

Sent from my iPad"""),
      ag("priya", "11-18 14:05", """Hi Niall,

MCS-0048213-R. Commissioned 3 November 2026 - both are on the first page of your handover pack as well.

Best wishes,
Priya""")),

    C("b13-hepburn-storm-panel", "en", "closed", {"unanswered-question": 1},
      "Tom Hepburn <tom.hepburn@hepburnfarms.example>", "owa", "Cracked panel after the storm",
      "Warranty claim logged and storm cover explained; the request to check the rest of the array is not addressed.",
      cu("11-02 08:05", """Hello,

After the storm on Saturday night one of the panels on the barn roof has a cracked glass - photo attached. Please can you log a warranty claim for it. Is storm damage covered by the panel warranty, or do I need to go through the farm insurance? And could someone check the rest of the array while they're up there? There was a lot of debris flying about.

Regards,
Tom Hepburn
Hepburn Farms, Lauder""", uq=1, attach=[("image/png", "barn-roof.png", STORM_PNG)]),
      ag("morag", "11-02 14:50", """Dear Tom,

I'm sorry to hear about the storm damage. I've logged it as claim WC-2291. I'm afraid the manufacturer's warranty covers defects in the panel itself, not impact from flying debris, so this one is for your insurer. I've attached the installation certificate with the panel model and serial numbers - insurers always ask for those.

Kind regards,
Morag""", attach=[("application/pdf", "installation-certificate.pdf", INSTALL_CERT_PDF)])),

    C("b14-baillie-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Kirsty Baillie <kirsty.baillie@thistlenet.example>", "gmail", "Quote for solar panels and battery",
      "A quote request resent word for word as a new mail two days later; answered (both questions) the following Monday.",
      cu("11-11 09:05", """Hello,

Could I get a quote for solar panels and a battery? We're in a three-bed semi in Livingston, the back roof faces south-west and there's nothing shading it. Also, do you install EV chargers as well, or would we need a separate electrician?

Kind regards,
Kirsty Baillie"""),
      cu("11-13 19:20", """Hello,

Sending this again as I haven't had a reply.

Could I get a quote for solar panels and a battery? We're in a three-bed semi in Livingston, the back roof faces south-west and there's nothing shading it. Also, do you install EV chargers as well, or would we need a separate electrician?

Kind regards,
Kirsty Baillie""", parent=0, chase=True),
      ag("fiona", "11-16 09:30", """Dear Kirsty,

Apologies for the slow reply - last week was busier than usual. To quote properly we first send a surveyor to look at the roof and your fuse board; it's free and takes about an hour. I can offer Thursday 26 November at 10am or Saturday 28 November at 11am. EV chargers we don't fit ourselves, but our partner electricians at Lothian EV Solutions can fit one on the same day as the panels, and we coordinate it for you.

Kind regards,
Fiona""")),

    C("b15-kerr-g99", "en", "closed", {},
      "Graham Kerr <gkerr@oldmill.example>", "oldclient", "DNO approval",
      "A formal question from an old mail client without a Message-ID, answered with a plain yes and the arrival logistics.",
      cu("10-28 10:50", """Dear Sir/Madam

Could you tell me whether SP Energy Networks have approved the application for our system yet? The installation is booked for 2 November and I would not want the work to go ahead without it.

Yours faithfully
Graham Kerr""", msgid=False, note="Graham Kerr's question from an old mail client, sent without a Message-ID"),
      ag("rhys", "10-28 15:20", """Dear Mr Kerr,

Yes - SP Energy Networks approved the G99 application on Monday, so we're all clear for the 2nd. The crew will arrive at about 8am and the van will need the driveway for the day.

Kind regards,
Rhys""")),

    C("b16-rennie-humming", "en", "closed", {},
      "Aileen Rennie <aileen.rennie@kirkmail.example>", "gmail", "Heat pump noise at night",
      "A visit promised by a colleague 'by Thursday' is arranged by that colleague on Wednesday; the customer confirms (thanks-only).",
      cu("11-02 07:30", """Hi,

Our heat pump has started humming quite loudly at night - much louder than the one in your showroom, and it's right under our bedroom window. Is that normal? Could someone come out and have a look at it?

Aileen"""),
      ag("callum", "11-02 10:40", """Hi Aileen,

It shouldn't be - at night it ought to be about as loud as a fridge from the back door. It sounds like the anti-vibration feet or the fan speed, both of which are quick to fix. I've passed your email to Duncan, our heat pump engineer, and he'll be in touch by Thursday to arrange a visit.

Best,
Callum""", promises=[("11-05", 3)]),
      ag("duncan", "11-04 16:15", """Hi Aileen,

Callum passed on your note about the humming. I can come on Friday 6 November between 10 and 12 and check the feet and the fan settings while I'm there. Does that suit?

Duncan""", parent=1),
      cu("11-04 18:30", """Friday morning is fine, thank you. See you then.

Aileen""", thanks=True)),

    C("b17-fraser-revised-quote", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Douglas Fraser <douglas.fraser@fraserandco.example>", "outlook", "Revised quote after survey",
      "Payback answered, revised quote promised 'tomorrow' and never sent; the request for the survey photos is ignored.",
      cu("11-04 16:45", """Hi Fiona,

Thanks for sending the surveyor out on Monday. Having thought about it, we'd like the quote revised: drop the bird mesh (we've no pigeons here) and add a second battery. What would that do to the payback period? Also, please send me the survey photos of the roof, the loft ones especially - I want to show them to my roofer.

Regards,
Douglas""", uq=1),
      ag("fiona", "11-05 09:20", """Hi Douglas,

On your usage a second battery takes the payback from roughly nine years to about eleven - you'd be storing more than you can use on most winter days. Still happy to include it if you'd like the extra backup. I'll send the revised quote (without the mesh, with two batteries) tomorrow.

Kind regards,
Fiona""", promises=[("11-06", None)])),

    C("b18-gillies-certificate", "en", "pending", {},
      "Lorna Gillies <lorna@gillies-pottery.example>", "apple", "Certificate for the insurers",
      "A rhetorical question and a self-answered question around one request, answered with an attachment and two words.",
      cu("11-17 11:20", """Hello!

Who'd have thought we'd be generating anything in November? The panels made 6 kWh yesterday - we're delighted.

Where do I find the export reading on the meter? Actually, ignore that, your installer left a note taped inside the meter cupboard explaining it.

What I really need: please send me the electrical installation certificate, our home insurer wants a copy before they'll update the policy.

Best,
Lorna"""),
      ag("priya", "11-17 13:50", """Hi Lorna,

Lovely to hear! Certificate attached.

Best wishes,
Priya""", attach=[("application/pdf", "EIC-14-Braid-Crescent.pdf", EIC_PDF)])),

    C("b19-nairn-declaration", "en", "open", {"awaiting-reply": 1},
      "Stuart Nairn <stuart.nairn@mailbox.example>", "gmail", "Export tariff form",
      "First question answered; a week later two new questions that nobody has answered yet (awaiting reply, not unanswered-question).",
      cu("11-10 08:50", """Hi Priya, has the export tariff form been signed and sent to EDF yet?

Stuart"""),
      ag("priya", "11-10 11:30", """Hi Stuart,

Yes, it went to EDF this morning, signed and with the MCS certificate attached.

Best wishes,
Priya"""),
      cu("11-18 09:15", """Great, thanks. EDF have now written asking for a "Declaration of Eligibility" - can you send me that as well? Also, is it normal that the export meter shows a few units overnight?

Stuart""")),

    C("b20-ure-battery-board", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Malcolm Ure <malcolm.ure@ure-plumbing.example>", "iphone", "Battery not charging from panels",
      "Manufacturer's answer promised 'early next week'; the customer chases twice (the second mail with a References gap) before a colleague replies.",
      cu("11-03 17:40", """Hi, battery's stopped charging from the panels since the weekend. It only charges from the grid at night now. Can you have a look please?

Malcolm

Sent from my iPhone"""),
      ag("callum", "11-04 08:30", """Hi Malcolm,

I've looked at your system remotely: the inverter can see the battery, but the battery's management board is refusing charge above 20 %, which is a fault rather than a setting. I've raised it with the manufacturer and I'll get back to you once they reply - should be early next week.

Best,
Callum""", promises=[("11-10", 5)]),
      cu("11-11 12:00", """Hi Callum, just following up - any word from the manufacturer?

Malcolm

Sent from my iPhone""", chase=True),
      cu("11-16 08:10", """Still waiting on this. That's two weeks now with the battery doing nothing useful, and we're paying peak rate every evening.

Malcolm

Sent from my iPhone""", chase=True, refs=[1, 3]),
      ag("morag", "11-16 14:45", """Dear Malcolm,

I'm sorry this has dragged on - Callum is off this week and the manufacturer's answer landed with me. They've approved a replacement battery management board under warranty, and our engineer will fit it on Thursday 19 November in the morning. It takes about an hour.

Kind regards,
Morag""")),

    C("b21-sutherland-ct-clamp", "en", "closed", {"reopened": 1},
      "Gemma Sutherland <gemma.sutherland@sutherland-vets.example>", "outlook", "Consumption figures look wrong",
      "A wrongly fitted clamp fixed remotely and the ticket marked resolved; the customer comes back with a battery question.",
      cu("11-04 09:10", """Hi,

The app shows our house consumption as a negative number every evening, which can't be right. Is that a setting we've got wrong?

Thanks,
Gemma"""),
      ag("callum", "11-04 11:25", """Hi Gemma,

Not something you did - the clamp that measures the grid current was fitted facing the wrong way, so the inverter reads import as export. I've reversed it in the inverter settings remotely; the figures will be right from this evening. I'll mark this ticket as resolved, but do reply if anything still looks odd.

Best,
Callum""", closes=True),
      cu("11-09 19:50", """Hi Callum,

Consumption looks right now, thanks. But the battery has been sitting at 100 % for three days and never seems to discharge in the evening. Is that a separate problem?

Gemma""", kind="alt"),
      ag("callum", "11-10 08:40", """Hi Gemma,

Separate, and harmless: when I changed the clamp setting the inverter went back to its default mode, which keeps the battery full as a backup reserve. I've switched it back to self-use, so it'll start covering your evenings from tonight.

Best,
Callum""")),

    C("b22-mackay-three-crews", "en", "pending", {"many-handoffs": 1},
      "Angus Mackay <angus@mackay-croft.example>", "gmail", "Panels, battery and heat pump together",
      "Three requests in a list answered by three different agents (scheduling, technical, grants), one attaching the form.",
      cu("11-16 20:30", """Hello,

We've signed both quotes (solar with battery, and the heat pump), so now for the practical side:

- Can the solar crew and the heat pump crew work in the same week? We'd rather have one week of disruption than two.
- Will the battery keep the heat pump running in a power cut? We lose power a few times every winter up here.
- Please send me whatever paperwork we need to sign for the Boiler Upgrade Scheme.

Cheers,
Angus""", cc="Isla Mackay <isla@mackay-croft.example>"),
      ag("rhys", "11-17 09:05", """Hi Angus,

Yes - I've put both crews down for the week of 7 December: solar Monday to Wednesday, heat pump Wednesday to Friday. The two jobs don't get in each other's way.

Rhys"""),
      ag("callum", "11-17 11:50", """Hi Angus,

Rhys asked me to pick up the power-cut point. The battery's backup output covers lights, sockets and the boiler-room circuit, up to about 3.6 kW. A heat pump starting up draws more than that, so it won't run from the battery during a power cut.

Best,
Callum""", parent=1),
      ag("priya", "11-17 15:30", """Hi Angus,

The Boiler Upgrade Scheme consent form is attached - please sign page 2 and send it back (a photo is fine). After that you'll get an email from Ofgem to confirm, and that's everything from your side.

Best wishes,
Priya""", parent=1, attach=[("application/pdf", "BUS-consent.pdf", BUS_PDF)])),

    C("b23-moffat-move-date", "en", "closed", {},
      "Heather Moffat <heather.moffat@mailbox.example>", "gmail", "Can we move our install date?",
      "Helpdesk acknowledgement, then a one-word 'Done' answer with the new date.",
      cu("11-02 08:12", """Hi,

Our installation is booked for Thursday 12 November but I've just been told I need to be in Aberdeen that week for work. Is there any chance of moving it to the following week, ideally the Thursday?

Thanks,
Heather"""),
      ack("11-02 08:13"),
      ag("rhys", "11-02 10:30", """Hi Heather,

Done - you're now booked for Thursday 19 November instead, same 8am start.

Rhys""")),

    C("b24-laing-ooo", "en", "closed", {},
      "Robert Laing <rlaing@laing-macrae-law.example>", "outlook", "Quote BRK-Q-5188",
      "Two questions under a legal disclaimer, both answered; the customer's Outlook out-of-office replies to the answer.",
      cu("11-02 17:05", """Dear Fiona,

Thank you for the quote. Could you confirm whether the price includes removing and refitting the satellite dish, which is on the south roof? And is the 10-year workmanship warranty insurance-backed?

Kind regards,
Robert Laing
Partner, Laing Macrae Solicitors

This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Laing Macrae LLP is authorised and regulated by the Solicitors Regulation Authority.""", kind="alt"),
      ag("fiona", "11-03 09:05", """Dear Robert,

Moving the dish is included: the crew takes it down and our aerial partner refits and re-tunes it on the last day. The workmanship warranty is backed by an insurance policy through the IWA, so it's honoured even if we ceased trading.

Kind regards,
Fiona"""),
      auto("11-03 09:06", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For urgent matters please contact my assistant, Jenna Murray, on 0131 496 0355.

Robert Laing""", quote=False, subject="Automatic reply: RE: Quote BRK-Q-5188",
           hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])),

    C("b25-napier-new-enquiry", "en", "open", {},
      "Rory Napier <rory.napier@thistlenet.example>", "gmail", "Solar for a bungalow in Peebles",
      "A new enquiry on the audit day with only the helpdesk acknowledgement so far (inside the response target).",
      cu("11-20 10:12", """Hi,

We're looking at solar panels for our bungalow in Peebles - the roof is east/west rather than south. Is that still worth doing? And roughly what would 8 panels cost?

Rory Napier"""),
      ack("11-20 10:13")),

    C("b26-lindsay-pigeons", "en", "closed", {"missed-follow-up": 1},
      "Fraser Lindsay <fraser.lindsay@lindsay-kilts.example>", "thunderbird", "Pigeons under the panels",
      "'Let me check with the installation team ... and I'll come back to you with a price' (no date); nothing within the two-day window.",
      cu("11-11 19:30", """Hi,

We've got pigeons nesting under the panels on the front roof, the noise and mess are getting too much. Can you fit mesh around the array to keep them out, and how much would it cost?

Fraser"""),
      ag("fiona", "11-12 10:00", """Hi Fraser,

Sorry to hear that - it's a common problem in the first winter. Let me check with the installation team whether the mesh clips fit the mounting rails we used on your roof, and I'll come back to you with a price.

Kind regards,
Fiona""", promises=[("window", None)])),

    C("b27-crichton-garage", "en", "pending", {},
      "Yvonne Crichton <yvonne.crichton@lochside.example>", "gmail", "Panels on the garage roof?",
      "Inverter question answered; the price promised 'by Tuesday' is still ahead at audit time.",
      cu("11-19 09:40", """Hi Fiona,

Now that the house panels are doing so well, we're wondering about putting a few more on the garage roof (flat, about 5m x 3m). Would our existing inverter cope with extra panels, or would we need a second one? And could you give us a price?

Yvonne"""),
      ag("fiona", "11-19 12:15", """Hi Yvonne,

Your inverter has a second input that isn't in use, so no need for another one. On a flat roof that size we'd fit six panels on tilted frames. I'll get the drawings done and send you a price by Tuesday.

Kind regards,
Fiona""", promises=[("11-24", None)])),

    C("b28-hay-handover", "en", "closed", {"unanswered-question": 2},
      "Rosalind Hay <rosalind.hay@hay-associates.example>", "outlook", "A few questions after the installation",
      "Five questions in one paragraph after the handover; three are answered, cleaning and the home insurer are not.",
      cu("11-05 20:05", """Dear Brackenridge team,

First of all, thank you - the crew were polite and tidy, and the system has been working since Monday. I've read through the handover pack and have a few questions I couldn't find answers to. The inverter fan seems to run for a while after dark; is that normal? How often should the panels be cleaned, or is the rain enough in Scotland? Could you please resend the login for the monitoring portal, as the email with it never arrived (I've checked the junk folder). I was also wondering whether we need to tell our home insurer about the panels, and if so, what they will want from us. Lastly, what guarantee is there on the workmanship, as opposed to the equipment?

With best wishes,
Rosalind Hay""", uq=2, kind="alt"),
      ag("callum", "11-06 10:15", """Dear Rosalind,

Thank you for the kind words, I'll pass them on to the crew. The fan is normal: it keeps cooling the inverter for up to half an hour after it stops generating. I've sent a fresh portal invitation to this address just now - it comes from noreply@solarview.example, and the link is valid for 48 hours. Our workmanship is guaranteed for ten years, separately from the equipment warranties, and it's backed by an insurance policy in case we ever stopped trading.

Kind regards,
Callum""")),

    C("b29-shaw-scaffold-invoice", "en", "closed", {"unanswered-question": 1},
      "Catriona Shaw <catriona.shaw@mailbox.example>", "gmail", "Final invoice",
      "Invoice sent; in her reply the customer queries a charge and asks about instalments; only the charge is corrected.",
      cu("11-09 10:20", """Hi,

Could you send me the final invoice? The install finished on Friday and I'd like to pay it before the end of the month.

Thanks,
Catriona"""),
      ag("fiona", "11-09 11:45", """Hi Catriona,

Final invoice attached - payment details are at the bottom.

Kind regards,
Fiona""", attach=[("application/pdf", "INV-30418.pdf", INVOICE_SHAW_PDF)]),
      cu("11-10 08:30", """Thanks Fiona. Looking at it, scaffolding is charged at £650 but the quote said £480. Could you check that? And would it be possible to pay the balance in two instalments, one now and one in December?

Catriona""", uq=1),
      ag("fiona", "11-10 12:10", """Hi Catriona,

You're quite right, the scaffold should be £480 - a corrected invoice is attached, and the total is £170 lower.

Kind regards,
Fiona""", attach=[("application/pdf", "INV-30418-corrected.pdf", INVOICE_SHAW2_PDF)])),

    C("b30-hoffmann-bnd", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Sabine Hoffmann <s.hoffmann@hoffmann-steuerberatung.example>", "outlook_de", "KfW-Zuschuss Wärmepumpe",
      "German customer: the grant confirmation promised 'bis Mittwoch' never comes; the hydraulic-balancing question is not answered.",
      cu("11-09 08:45", """Sehr geehrter Herr Brenner,

die Wärmepumpe läuft seit zwei Wochen einwandfrei, vielen Dank. Für den Auszahlungsantrag bei der KfW brauchen wir jetzt noch die Bestätigung nach Durchführung von Ihnen. Könnten Sie uns diese bitte zuschicken? Außerdem würde mich interessieren, ob der hydraulische Abgleich nach Verfahren B gemacht wurde, das wird im Antrag nämlich abgefragt.

Mit freundlichen Grüßen
Sabine Hoffmann""", uq=1),
      ag("lukas", "11-09 14:20", """Sehr geehrte Frau Hoffmann,

das freut mich zu hören. Die Bestätigung nach Durchführung muss unser Meister noch unterschreiben, ich schicke sie Ihnen bis Mittwoch zu.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-11", None)]), tz=1),

    C("b31-weiss-app-leer", "de", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Jürgen Weiß <juergen.weiss@posteo-mail.example>", "gmail_de", "App zeigt keine Erträge mehr",
      "German customer: app shows no data; five days later he writes again that he still has no answer. No reply at all.",
      cu("11-12 19:30", """Hallo,

seit dem letzten App-Update zeigt die SolarView-App bei uns keine Ertragsdaten mehr an, nur noch Striche. Der Wechselrichter selbst zeigt aber ganz normal Leistung an. Können Sie sich das bitte mal anschauen?

Viele Grüße
Jürgen Weiß"""),
      cu("11-17 08:20", """Hallo nochmal,

ich habe leider immer noch keine Antwort erhalten. Die App zeigt weiterhin nichts an - können Sie mir wenigstens sagen, ob das ein bekanntes Problem ist?

Viele Grüße
Jürgen Weiß""", chase=True, cte="base64"), tz=1),

    C("b32-bauer-besichtigung", "de", "pending", {},
      "Katrin Bauer <katrin.bauer@bauer-familie.example>", "thunderbird_de", "Termin für die Vor-Ort-Besichtigung",
      "German customer proposes a survey slot and asks about loft access; both answered; thanks-only reply.",
      cu("11-16 12:30", """Guten Tag Herr Brenner,

danke für Ihren Anruf heute Vormittag. Passt Ihnen Donnerstag, der 19., um 14 Uhr für die Besichtigung? Und muss der Dachboden zugänglich sein, oder reicht es, wenn Ihr Kollege sich das Dach von außen anschaut?

Viele Grüße
Katrin Bauer"""),
      ag("lukas", "11-16 15:10", """Guten Tag Frau Bauer,

Donnerstag um 14 Uhr passt, es kommt mein Kollege Herr Demir. Den Dachboden bräuchte er bitte schon - er schaut sich dort die Sparren und den Weg für die Kabel an.

Viele Grüße
Lukas Brenner"""),
      cu("11-16 17:45", """Prima, danke! Bis Donnerstag.

Katrin Bauer""", thanks=True), tz=1),

    C("b33-lemoine-voyant", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Patrice Lemoine <patrice.lemoine@lemoine-menuiserie.example>", "gmail", "Onduleur en défaut",
      "French customer: 'je reviens vers vous d'ici vendredi' kept the following Tuesday after he writes again - missed and chased.",
      cu("11-03 09:10", """Bonjour,

Depuis ce matin l'onduleur affiche un voyant rouge et l'écran indique « Isolation fault ». Que dois-je faire ? Est-ce dangereux de laisser l'installation comme ça ?

Cordialement,
Patrice Lemoine"""),
      ag("camille", "11-03 11:00", """Bonjour Monsieur Lemoine,

Pas de danger : l'onduleur s'est mis en sécurité tout seul et n'injecte plus rien sur le réseau, vous pouvez le laisser tel quel. Un défaut d'isolement vient souvent d'un connecteur humide sur le toit ; je transmets votre dossier à notre technicien et je reviens vers vous d'ici vendredi pour fixer un passage.

Bien cordialement,
Camille""", promises=[("11-06", 4)]),
      cu("11-10 08:45", """Bonjour Madame Rousseau,

Je reviens vers vous concernant l'onduleur : toujours pas de nouvelles du technicien, et le voyant est toujours rouge. Cela fait une semaine que l'installation ne produit rien.

Cordialement,
Patrice Lemoine""", chase=True),
      ag("camille", "11-10 10:30", """Bonjour Monsieur Lemoine,

Toutes mes excuses pour ce silence. Notre technicien passera le jeudi 12 novembre entre 8 h et 10 h ; il vérifiera les connecteurs et remplacera ceux qui ont pris l'eau.

Bien cordialement,
Camille"""), tz=1),

    C("b34-dubois-maprimerenov", "fr", "closed", {},
      "Véronique Dubois <veronique.dubois@laposte-mail.example>", "apple_fr", "Pompe à chaleur et MaPrimeRénov'",
      "French customer: eligibility and who applies, both answered, with the list of documents attached.",
      cu("11-05 14:00", """Bonjour Camille,

Merci pour le devis de la pompe à chaleur air-eau. Est-ce qu'elle est éligible à MaPrimeRénov' ? Et si oui, c'est vous qui faites la demande ou c'est à nous de la faire ?

Bonne journée,
Véronique"""),
      ag("camille", "11-05 16:30", """Bonjour Véronique,

Oui, le modèle proposé est éligible. La demande se fait à votre nom, sur le site de l'Anah, et surtout avant de signer le devis - sinon l'aide est refusée. Je vous joins la liste des pièces à préparer ; de notre côté nous vous fournissons le devis détaillé et notre attestation RGE.

Bonne journée,
Camille""", attach=[("application/pdf", "MaPrimeRenov-pieces.pdf", ANAH_PDF)]), tz=1),

    C("b35-fontaine-voirie", "fr", "pending", {"unanswered-question": 1},
      "Hugo Fontaine <hugo.fontaine@fontaine-archi.example>", "owa", "Date de pose",
      "French customer: the installation date is given; whether the scaffolding needs a street-occupation permit is not answered.",
      cu("11-17 09:30", """Bonjour,

La mairie a accepté notre déclaration préalable. Pourriez-vous m'indiquer la date de pose ? Je voudrais aussi savoir si l'échafaudage nécessite une autorisation de voirie, car la façade donne directement sur le trottoir.

Cordialement,
Hugo Fontaine""", uq=1),
      ag("camille", "11-17 14:15", """Bonjour Monsieur Fontaine,

Bonne nouvelle ! La pose est prévue le mardi 1er décembre ; l'équipe arrivera vers 8 h et le chantier dure deux jours.

Bien cordialement,
Camille"""), tz=1),

    C("b36-villalobos-ibi", "es", "pending", {},
      "Carmen Villalobos <carmen.villalobos@correo-sur.example>", "gmail_es", "Subvención y bonificación del IBI",
      "Spanish customer: two questions answered in reverse order.",
      cu("11-16 11:00", """Hola Lucía:

Ahora que ya tenemos las placas, dos dudas: ¿la bonificación del IBI la tramitáis vosotros o tengo que ir yo al ayuntamiento? ¿Y más o menos cuánto tarda en llegar la subvención de los fondos Next Generation?

Gracias,
Carmen"""),
      ag("lucia", "11-16 13:20", """Hola Carmen:

La subvención, por desgracia, va lenta: ahora mismo la Junta está pagando en unos ocho o diez meses desde la justificación. Lo del IBI sí lo hacemos nosotros: presentamos la solicitud en el Ayuntamiento de Marbella la semana pasada, junto con el certificado de instalación, y la bonificación del 50 % se aplicará en el recibo de 2027.

Un saludo,
Lucía"""), tz=1),

    C("b37-molina-ampliar", "es", "closed", {"unanswered-question": 1},
      "Andrés Molina <andres.molina@molina-taller.example>", "iphone", "Certificado de garantía",
      "Spanish customer (base64 body): a pleasantry, the warranty certificate sent; the battery-expansion question is skipped.",
      cu("11-05 18:20", """Hola Lucía, ¿qué tal? Ya está todo funcionando de maravilla, el lunes llegamos a 30 kWh.

Quería preguntarte si la batería se puede ampliar más adelante con otro módulo. Y por favor, mándame el certificado de garantía de los paneles, que el mío se quedó en la caja de cartón y la tiramos sin querer.

Un abrazo,
Andrés

Enviado desde mi iPhone""", uq=1, cte="base64"),
      ag("lucia", "11-06 09:10", """Hola Andrés:

¡Qué alegría! Te adjunto el certificado de garantía de los paneles (25 años de producto y 30 de rendimiento). Guárdalo bien esta vez, jaja.

Un abrazo,
Lucía""", attach=[("application/pdf", "garantia-modulos.pdf", GARANTIA_PDF)]), tz=1),

    C("b38-castillo-presupuesto", "es", "closed", {"missed-follow-up": 1},
      "Marta Castillo <marta.castillo@castillo-asesores.example>", "outlook", "Presupuesto con batería de 10 kWh",
      "Spanish customer: VAT question answered; the revised quote promised 'mañana sin falta' never arrives.",
      cu("11-04 10:30", """Buenos días,

Tras la visita técnica del martes, ¿podrían enviarme el presupuesto revisado con la batería de 10 kWh en lugar de la de 5? ¿El precio incluye el IVA?

Saludos cordiales,
Marta Castillo
Castillo Asesores Fiscales"""),
      ag("lucia", "11-04 12:45", """Buenos días, Marta:

Sí, todos nuestros precios llevan el IVA incluido. El presupuesto con la batería de 10 kWh se lo preparo y se lo envío mañana sin falta.

Saludos cordiales,
Lucía Herrero""", promises=[("11-05", None)]), tz=1),

    C("b39-arbuthnot-mpan", "en", "closed", {},
      "Penny Arbuthnot <penny.arbuthnot@arbuthnot-design.example>", "apple", "Fwd: Your export application",
      "HTML-only forward of a supplier letter (its own questions and a '?' URL are quoted); answered with a bare number and an explicit close.",
      cu("11-17 14:05", """Hi Priya,

My supplier wants the "MPAN of the export meter" - see their letter below. What is it, please?

Penny

Begin forwarded message:

> From: Coastline Energy <applications@coastline-energy.example>
> Subject: Your export application
> Date: 16 November 2026 at 09:02:11 GMT
>
> Dear Ms Arbuthnot,
>
> Thank you for applying for our Smart Export Guarantee tariff. To complete your application we need the MPAN of your export meter. Could you reply with the 13-digit number?
>
> Have you got questions about your bill? Visit https://coastline-energy.example/help?topic=export
>
> Coastline Energy Customer Team""", kind="html"),
      ag("priya", "11-17 15:30", """Hi Penny,

It's 9910004820117 - you'll also find it on the letter from SP Energy Networks in your handover pack. I'll close this ticket now, but just reply here if Coastline ask for anything else.

Best wishes,
Priya""", closes=True)),

    C("b40-henderson-scaffold", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Donald Henderson <don.henderson@kirkmail.example>", "gmail", "Scaffolding still up",
      "A collection date promised 'by end of day' never comes; the customer writes again two days later and is still waiting.",
      cu("11-16 08:20", """Hello,

Our installation finished on the 5th but the scaffolding is still up at the front of the house, ten days later. When is it coming down? The neighbours are starting to complain because it's partly blocking the shared path.

Donald Henderson"""),
      ag("rhys", "11-16 10:05", """Hi Donald,

I'm sorry about that, it should have gone last week. I'm chasing the scaffolders now and will confirm a collection date by end of day.

Rhys""", promises=[("11-16", None)]),
      cu("11-18 09:00", """Hi Rhys,

I haven't heard back about the scaffolding. Could you give me a date please? It's still blocking the path.

Donald""", chase=True)),

    C("b41-baxter-eco4", "en", "closed", {},
      "Lesley Baxter <lesley.baxter@mailbox.example>", "apple", "ECO4 form - section 4",
      "Council-tax question answered; the signed form promised 'on Friday' arrives on Friday.",
      cu("11-02 15:30", """Hi Priya,

The ECO4 form from the council is attached. Please can you fill in and sign section 4 (installer details)? And do you need a copy of our council tax bill as well, or just the benefits letter?

Thanks,
Lesley""", attach=[("application/pdf", "ECO4-form.pdf", ECO4_PDF)]),
      ag("priya", "11-03 09:20", """Hi Lesley,

Just the benefits letter, which you've already sent - no council tax bill needed. Section 4 has to be signed by our MCS-registered installer, who's on site until Thursday; I'll send the completed form back to you on Friday.

Best wishes,
Priya""", promises=[("11-06", 3)]),
      ag("priya", "11-06 11:10", """Hi Lesley,

As promised, here's the form with section 4 completed and signed. You can send it straight to the council.

Best wishes,
Priya""", parent=2, attach=[("application/pdf", "ECO4-form-signed.pdf", ECO4_SIGNED_PDF)])),

    C("b42-gow-charging", "en", "pending", {"unanswered-question": 1, "slow-first-response": 1},
      "Ian Gow <ian.gow@gow-engineering.example>", "owa", "Battery charging at peak times",
      "Friday-afternoon mail answered on Monday (slow): the schedule is changed, the do-it-yourself question is skipped.",
      cu("11-13 16:40", """Hi,

Our battery shows "grid charging" every afternoon between 4 and 7pm, which is exactly when electricity is most expensive on our tariff. Can you change it so it charges overnight instead? We're on Octopus Go, cheap rate 00:30-05:30. Also, is there a way for me to change these settings myself, so I don't have to email you every time the tariff changes?

Regards,
Ian Gow
Gow Engineering Ltd""", uq=1),
      ag("callum", "11-16 09:20", """Hi Ian,

Sorry about that - the battery was still on the default schedule from commissioning. I've set the charging window to 00:30-05:30 and turned off afternoon charging, so tonight should be the first cheap-rate charge.

Best,
Callum""")),

    C("b43-skinner-accept", "en", "pending", {},
      "Janet Skinner <janet.skinner@lochside.example>", "gmail", "Accepting quote Q-4471",
      "Quote accepted; next steps and the deposit answered together, deposit invoice attached.",
      cu("11-18 19:15", """Hi Fiona,

We'd like to go ahead with quote Q-4471 (12 panels, no battery for now). What happens next? And how much is the deposit?

Janet & Bill Skinner"""),
      ag("fiona", "11-19 08:50", """Hi Janet,

Wonderful, thank you both! The deposit is 25 %, so £2,210 - the invoice is attached. Once it's paid the installation calendar opens in your customer portal and you can pick any free week from January onwards; we then handle the notification to the network operator.

Kind regards,
Fiona""", attach=[("application/pdf", "INV-30502-deposit.pdf", DEPOSIT_PDF)])),

    C("b44-crombie-export-limit", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Paul Crombie <paul.crombie@mailbox.example>", "gmail", "Export limit",
      "Thursday-night question, a 'just checking in' on Saturday replying to his own mail, answered on Monday.",
      cu("11-05 21:00", """Hi,

Is the export limit on our inverter set to 3.68 kW? The app shows export peaking at 3.6 and never going above it, even on the sunniest days in September.

Paul"""),
      cu("11-07 10:15", """Just checking in on this - and if it is capped, is that something you can lift?

Paul""", chase=True),
      ag("callum", "11-09 09:00", """Hi Paul,

Yes, it's capped at 3.68 kW - that's the most you can connect without the network operator's prior approval. We can apply to SP Energy Networks to raise it to 5 kW: there's no charge from us, it usually takes six to eight weeks, and you'd just need to sign the application.

Best,
Callum""")),

    C("b45-macleod-vat", "en", "pending", {},
      "Euan MacLeod <euan@glenbrae-guesthouse.example>", "outlook", "Invoice showing VAT",
      "A request without a question mark answered with 'Attached'; the customer's signature carries a question and a '?' URL; thanks-only reply.",
      cu("11-16 10:40", """Hello,

Please send me a copy of our invoice showing the VAT - my accountant needs it for the guest house accounts.

Many thanks,
Euan MacLeod
Glenbrae Guest House, Portree
Got a question about your stay? https://glenbrae-guesthouse.example/contact?src=email"""),
      ag("priya", "11-16 12:05", """Hi Euan,

Attached. Solar panels and batteries are zero-rated at the moment, so it shows VAT at 0 % - your accountant will know what to do with that.

Best wishes,
Priya""", attach=[("application/pdf", "INV-30377-VAT.pdf", VAT_PDF)]),
      cu("11-16 12:30", """Perfect, thank you!

Euan MacLeod
Glenbrae Guest House, Portree
Got a question about your stay? https://glenbrae-guesthouse.example/contact?src=email""", thanks=True)),

    C("b46-grant-flow-temp", "en", "closed", {"missed-follow-up": 1},
      "Moira Grant <moira.grant@grant-bakery.example>", "apple", "Heat pump settings and our bills",
      "The flow-temperature question answered at once; the full settings review promised for 'early next week' never comes.",
      cu("11-04 19:25", """Hello,

Our heat pump's flow temperature is set to 55°C but the installer said 45°C when he commissioned it. Which one is right? Our electricity bills have gone up a lot since October, so could you please review all the settings?

Thanks,
Moira Grant"""),
      ag("callum", "11-05 09:40", """Hi Moira,

45°C is the figure your radiators were sized for, so 55 is too high - please turn it back down on the controller (Menu > Heating > Flow temperature) and you should see a difference straight away. For the rest I'd like to go through your last month's data with our heat pump designer, and I'll come back to you early next week with any other changes we'd recommend.

Best,
Callum""", promises=[("11-10", None)])),

    C("b47-dalgleish-east-panels", "en", "closed", {"unanswered-question": 1},
      "Hamish Dalgleish <hamish@dalgleish-farm.example>", "thunderbird", "Change to the quote",
      "Battery removed and the new total given; the agent answers 'can a battery be added later' instead of the question about more panels.",
      cu("11-03 13:00", """Hi Fiona,

We've decided against the battery for now - the budget won't stretch this year. Please take it off the quote and send me the new total. Can we add two more panels on the east side later on, if our usage goes up once we get an electric car?

Regards,
Hamish""", uq=1),
      ag("fiona", "11-03 15:20", """Hi Hamish,

No problem at all. Without the battery the total comes to £6,840 including VAT - updated quote attached. And the inverter we've specified is battery-ready, so adding one later is a half-day job with no changes to the rest of the system.

Kind regards,
Fiona""", attach=[("application/pdf", "BRK-Q-5204-revB.pdf", QUOTE_DALGLEISH_PDF)])),

    C("b48-ramsay-lost-headers", "en", "closed", {},
      "Sheila Ramsay <sheila.ramsay@mailbox.example>", "thunderbird", "Spare key for the install",
      "A follow-up question sent from a client that dropped In-Reply-To/References ('RE:' subject only); both mails answered.",
      cu("11-04 10:00", """Hello,

We'll both be at work on the first day of our installation (Monday 9th). Is it OK if we leave a key with the neighbour at number 14?

Sheila Ramsay"""),
      ag("rhys", "11-04 11:30", """Hi Sheila,

That's fine - the crew will collect it from number 14 at about 8am and hand it back there at the end of the day. They'll need the loft hatch and the consumer unit, so please leave the understairs cupboard unlocked.

Rhys"""),
      cu("11-04 21:10", """Hi Rhys,

Thanks. The neighbour works shifts - would Tuesday morning work better for picking up the key, or does the crew need to get in on the Monday?

Sheila""", thread=False, subject="RE: Spare key for the install"),
      ag("rhys", "11-05 08:30", """Hi Sheila,

They need to be in on the Monday - the scaffold goes up first thing and the electrician starts inside that afternoon. If your neighbour's on shift, the crew can pick the key up the evening before instead, Sunday between 6 and 7pm.

Rhys""")),

    C("b49-lindner-notstrom", "de", "pending", {"unanswered-question": 2},
      "Andrea Lindner <andrea.lindner@lindner-web.example>", "outlook_de", "Auftragsbestätigung PV-Anlage mit Speicher",
      "German customer returns the signed order with three questions; only the installation-date lead time is answered.",
      cu("11-17 09:10", """Guten Tag Herr Brenner,

anbei die unterschriebene Auftragsbestätigung zurück.

Könnten Sie mir bitte noch sagen, ob der Speicher eine Notstromfunktion hat? Wir hatten im Frühjahr zweimal einen längeren Stromausfall. Außerdem bräuchten wir für die Bank eine Kopie des Angebots mit Ihrer Steuernummer, wegen der Finanzierung. Und wie lange vorher erfahren wir den genauen Montagetermin?

Mit freundlichen Grüßen
Andrea Lindner""", uq=2, attach=[("application/pdf", "AB-2026-1187-unterschrieben.pdf", AUFTRAG_PDF)]),
      ag("lukas", "11-17 16:40", """Guten Tag Frau Lindner,

vielen Dank, die Auftragsbestätigung ist bei uns eingegangen. Den genauen Montagetermin erhalten Sie etwa drei Wochen vorher, sobald das Material bei uns im Lager in Freiburg ist - nach aktuellem Stand wird das Ende Januar.

Mit freundlichen Grüßen
Lukas Brenner""", kind="alt"), tz=1),

    C("b50-girard-kwc", "fr", "closed", {},
      "Stéphane Girard <stephane.girard@girard-vins.example>", "gmail", "Puissance sur la facture",
      "French customer: a power figure on the invoice queried; answered and a corrected invoice attached. Signature URL with '?'.",
      cu("11-06 10:20", """Bonjour,

Sur la facture je lis 6 kWc, alors que le devis parlait de 6,4 kWc. Est-ce normal ? Je préfère vérifier avant de remplir le contrat EDF OA.

Cordialement,
Stéphane Girard
Domaine Girard - https://girard-vins.example/boutique?lang=fr"""),
      ag("camille", "11-06 14:05", """Bonjour Monsieur Girard,

C'est bien 6,4 kWc : 16 panneaux de 400 Wc. La facture avait arrondi la puissance, ce qui prête à confusion ; je vous joins une facture rectifiée, c'est celle-ci qu'il faut utiliser pour EDF OA.

Bien cordialement,
Camille""", attach=[("application/pdf", "Facture-F-2026-0902.pdf", FACTURE_GIRARD_PDF)]), tz=1),

    C("b51-dominguez-memoria", "es", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Rafael Domínguez <rafael.dominguez@dominguez-obras.example>", "gmail_es", "Memoria técnica para la subvención",
      "Spanish customer chases after two days; the technical report is sent, the EV-charger question is not answered.",
      cu("11-11 09:00", """Buenos días:

Quisiera saber si también instalan puntos de recarga para coche eléctrico, porque estamos pensando en comprar uno el año que viene. Además, necesitaría que me enviaran la memoria técnica de la instalación para pedir la subvención de la Junta.

Un saludo,
Rafael Domínguez""", uq=1),
      cu("11-13 08:40", """Buenos días de nuevo. ¿Han podido ver mi correo? Me corre prisa lo de la memoria técnica, el plazo de la subvención termina el día 30.

Rafael""", chase=True),
      ag("lucia", "11-13 11:15", """Buenos días, Rafael:

Disculpe la demora, esta semana vamos desbordados. Le adjunto la memoria técnica firmada por nuestro ingeniero; con ella y el certificado de instalación que ya tiene puede presentar la solicitud.

Un saludo,
Lucía""", attach=[("application/pdf", "memoria-tecnica.pdf", MEMORIA_PDF)]), tz=1),

    C("b52-mathieson-mobile", "en", "closed", {"unanswered-question": 2},
      "Eilidh Mathieson <eilidh.m@thistlenet.example>", "iphone", "battery location",
      "Terse mobile mail with two questions and a request; only the location question is answered.",
      cu("11-04 22:40", """Hi, couple of things before the install. Can the battery go in the garage instead of the utility room? What's the noise like? Pls send the datasheet too. Thx

Eilidh

Sent from my iPhone""", uq=2),
      ag("rhys", "11-05 09:15", """Hi Eilidh,

The garage is fine, as long as it doesn't drop below freezing in there - if it does, we fit a small heater pad at no charge. I've moved it on the job sheet.

Rhys""")),

    C("b53-cowan-liability", "en", "closed", {},
      "Bruce Cowan <bruce.cowan@cowan-roofing.example>", "outlook", "Before work starts",
      "Slate question answered; the insurance certificate promised 'tomorrow' arrives the next morning.",
      cu("11-02 12:00", """Hi Fiona,

Two things before you start on the 16th. Can you confirm your team will replace any slates they crack? It's an old roof and they're not easy to match. And we'd like a copy of your public liability insurance certificate before work starts, please.

Bruce Cowan"""),
      ag("fiona", "11-02 15:10", """Hi Bruce,

Any slate we damage is replaced at our cost - the crew carries reclaimed Welsh slate for older roofs like yours. I'll ask our office manager for the insurance certificate and send it over tomorrow.

Kind regards,
Fiona""", promises=[("11-03", 3)]),
      ag("fiona", "11-03 10:25", """Hi Bruce,

Our public liability certificate (cover £5m, valid to August 2027) is attached.

Kind regards,
Fiona""", parent=2, attach=[("application/pdf", "public-liability-2027.pdf", LIABILITY_PDF)])),

    C("b54-campbell-manual", "en", "closed", {"unanswered-question": 1},
      "Ruth Campbell <ruth.campbell@mailbox.example>", "gmail", "Inverter manual and app",
      "Manual answered with a bare link and the app in one sentence; the change of e-mail address is ignored; thanks-only reply.",
      cu("11-06 09:30", """Hello,

Where can I download the user manual for our inverter? And is there an app for my phone, or is the web portal the only option? Lastly, I'd like to change the email address on our account to ruth.campbell@hillfoot.example - this mailbox is being closed at the end of the month.

Thanks,
Ruth""", uq=1),
      ag("callum", "11-06 11:45", """Hi Ruth,

https://brackenridgesolar.example/docs/inverter-h5-manual.pdf?lang=en

The SolarView app is on both app stores and uses the same login as the portal.

Best,
Callum"""),
      cu("11-06 12:10", """Thanks Callum, got both.

Ruth""", thanks=True)),

    C("b55-morrison-offcuts", "en", "pending", {"unanswered-question": 1},
      "Keith Morrison <keith.morrison@morrison-garage.example>", "thunderbird", "Warranty documents",
      "Warranties listed; the follow-up asks for a collection and for the MCS certificate, only the certificate is answered.",
      cu("11-16 18:00", """Hi,

Which warranties do we actually have on the system, and where are the documents? I can't find them in the folder the installers left.

Keith"""),
      ag("rhys", "11-17 08:40", """Hi Keith,

You have 25 years on the panels, 12 on the inverter, 10 on the battery and our own 10-year workmanship guarantee. The documents are all in the "Handover" section of your customer portal - the paper folder only has the quick-start guide.

Rhys"""),
      cu("11-17 12:30", """Thanks, that's clear. Could someone come and collect the bag of cable offcuts and the old isolator the installers left in the garden? Also, when will the MCS certificate arrive?

Keith""", uq=1),
      ag("rhys", "11-17 15:05", """Hi Keith,

MCS certificates usually take about ten days after commissioning. Yours was registered yesterday, so expect it by email towards the end of next week.

Rhys""")),

    C("b56-reid-house-sale", "en", "closed", {"unanswered-question": 1},
      "Alison Reid <alison.reid@reid-lettings.example>", "apple", "House sale - solar paperwork",
      "Two requests without a question mark; the DNO reference is sent, the warranty-transfer confirmation is not.",
      cu("11-12 09:45", """Hello,

We're selling the house and the buyer's solicitor has asked for the DNO notification reference for the solar panels. I need that as soon as possible, please. Please also confirm the panel and workmanship warranties transfer to the new owners.

Kind regards,
Alison Reid""", uq=1),
      ag("priya", "11-12 11:20", """Hi Alison,

The DNO notification reference is SPEN-G98-55812, submitted on 14 March 2024 - the acknowledgement letter is attached in case the solicitor wants to see it.

Best wishes,
Priya""", attach=[("application/pdf", "SPEN-G98-55812.pdf", G98_PDF)])),

    C("b57-robertson-hes-loan", "en", "pending", {"missed-follow-up": 1},
      "Jean Robertson <jean.robertson@mailbox.example>", "owa", "Home Energy Scotland loan - quote on letterhead",
      "Quote on letterhead promised for Thursday 'once Fiona's signed it off'; Thursday passes without it.",
      cu("11-17 10:05", """Good morning,

Home Energy Scotland won't release our loan until they have your quote on headed paper, showing your MCS number. Can you send that to me? You could also send it straight to them at loans@homeenergyscotland.example if that's easier.

Kind regards,
Jean Robertson"""),
      ag("priya", "11-17 13:30", """Hi Jean,

Of course. The quote needs Fiona's sign-off before it goes out on letterhead - she's back in the office on Thursday, so I'll get it to you then, with a copy to Home Energy Scotland.

Best wishes,
Priya""", promises=[("11-19", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "b02-coulter-ten-panels": [
        "I'd also like to know whether the battery can be added later without replacing the inverter."],
    "b06-drummond-bus-grant": [
        "I was wondering whether an EPC that old is still valid for the application, or do we need a new one?",
        "Also, could you let me know if removing the old oil tank is part of the job, it's an eyesore and we'd love it gone."],
    "b08-marchetti-prime": [
        "Par ailleurs, j'aimerais savoir si le contrat EDF OA doit aussi être signé par mon mari, puisque la maison est à nos deux noms."],
    "b11-lowther-install-date": [
        "Also, will we need planning permission?"],
    "b13-hepburn-storm-panel": [
        "And could someone check the rest of the array while they're up there?"],
    "b17-fraser-revised-quote": [
        "Also, please send me the survey photos of the roof, the loft ones especially - I want to show them to my roofer."],
    "b28-hay-handover": [
        "How often should the panels be cleaned, or is the rain enough in Scotland?",
        "I was also wondering whether we need to tell our home insurer about the panels, and if so, what they will want from us."],
    "b29-shaw-scaffold-invoice": [
        "And would it be possible to pay the balance in two instalments, one now and one in December?"],
    "b30-hoffmann-bnd": [
        "Außerdem würde mich interessieren, ob der hydraulische Abgleich nach Verfahren B gemacht wurde, das wird im Antrag nämlich abgefragt."],
    "b35-fontaine-voirie": [
        "Je voudrais aussi savoir si l'échafaudage nécessite une autorisation de voirie, car la façade donne directement sur le trottoir."],
    "b37-molina-ampliar": [
        "Quería preguntarte si la batería se puede ampliar más adelante con otro módulo."],
    "b42-gow-charging": [
        "Also, is there a way for me to change these settings myself, so I don't have to email you every time the tariff changes?"],
    "b47-dalgleish-east-panels": [
        "Can we add two more panels on the east side later on, if our usage goes up once we get an electric car?"],
    "b49-lindner-notstrom": [
        "Könnten Sie mir bitte noch sagen, ob der Speicher eine Notstromfunktion hat?",
        "Außerdem bräuchten wir für die Bank eine Kopie des Angebots mit Ihrer Steuernummer, wegen der Finanzierung."],
    "b51-dominguez-memoria": [
        "Quisiera saber si también instalan puntos de recarga para coche eléctrico, porque estamos pensando en comprar uno el año que viene."],
    "b52-mathieson-mobile": [
        "What's the noise like?",
        "Pls send the datasheet too."],
    "b54-campbell-manual": [
        "Lastly, I'd like to change the email address on our account to ruth.campbell@hillfoot.example - this mailbox is being closed at the end of the month."],
    "b55-morrison-offcuts": [
        "Could someone come and collect the bag of cable offcuts and the old isolator the installers left in the garden?"],
    "b56-reid-house-sale": [
        "Please also confirm the panel and workmanship warranties transfer to the new owners."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"BRK-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
        refs = o.pop("refs", None)
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True)}
        if spec.role == "agent":
            who = o.pop("who")
            frm, client, sig, tz = AGENTS[who]
            client = o.pop("client", client)
            date = at(spec.when, tz)
            if o.pop("sig", True):
                body = body.rstrip("\n") + "\n\n" + sig
            promises = [(date + FOLLOW_UP_WINDOW if day == "window" else end_of(day, tz),
                         f"{case.name}.{kept}" if kept else None)
                        for day, kept in o.pop("promises", [])]
            m = Msg(**common, client=client, frm=frm, to=case.customer, date=date, agent=who,
                    promises=promises, closes=o.pop("closes", False))
        elif spec.role == "ack":
            date = at(spec.when)
            ref = ticket_ref(f"{case.name}.{i - 1}")
            body = body.format(ref=ref)
            extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=HELPDESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += o.pop("hdrs", [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer),
                    to=o.pop("to", TO_BY_LANG[case.lang]), date=date, chase=o.pop("chase", False),
                    thanks_only=o.pop("thanks", False))
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


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none for ``msgid=False``) and raw bytes, parents
    first (mailcraft.render_corpus, honouring a client that sends no Message-ID)."""
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
        for q in c.uq:
            if not any(q in m.own for m in c.msgs if m.role == "customer"):
                out.append(f"{c.name}: labelled question {q!r} is in no customer message")
        for m in c.msgs:
            if m.role in ("customer", "auto") and len(m.uq) != m.asks_unanswered:
                out.append(f"{m.key}: asks {m.asks_unanswered} unanswered questions, labels hold {len(m.uq)}")
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 45: Brackenridge Solar - cases",
                                 "make_practice45_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.brackenridgesolar.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    parsed_all = inbox + sent
    by_id = {p["Message-ID"]: p for p in parsed_all if p["Message-ID"]}
    inbox_ids = {id(p) for p in inbox}
    no_id = [p for p in parsed_all if not p["Message-ID"]]
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed = by_id.get(m.message_id)
        else:
            parsed = next((p for p in no_id if p["Subject"] == m.subject and p["Date"]
                           == email.utils.format_datetime(m.date)), None)
        if parsed is None:
            found.append(f"{m.key}: not in the written mailbox")
            continue
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, id(parsed) in inbox_ids))
    if len(parsed_all) != sum(len(c.msgs) for c in cases):
        found.append("the mailbox holds a different number of messages than the cases")
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit("refusing to write tests/practice45:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice45:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice45 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice45")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
