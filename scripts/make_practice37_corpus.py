#!/usr/bin/env python3
"""Regenerate ``tests/practice37/``: a labelled corpus of Cobalt Ledger support mail.

A support mailbox of a fictional cloud bookkeeping company for small businesses (plans,
billing and plan changes, VAT returns and other tax filings, bank feeds, data exports, user
seats and roles, subscription invoices, migrations from other tools, bug reports and feature
requests), written without looking at the detection heuristics. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``cobaltledger.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is, its figures and its judgement calls.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions it
asks). The script recomputes status and every rule count from those facts and the dates, and
refuses to write when they disagree with the hand-written case labels, or when a labelled
question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice37_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "cobaltledger.example"
SUPPORT = "Cobalt Ledger Support <support@cobaltledger.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice37"

AGENTS = {
    "priya": ("Priya Raman <priya.raman@cobaltledger.example>", "outlook", """Priya Raman
Billing & Accounts | Cobalt Ledger
Manage your plan: https://app.cobaltledger.example/settings/billing?src=email"""),
    "tobias": ("Tobias Hale <tobias.hale@cobaltledger.example>", "thunderbird", """-- 
Tobias Hale
Bank Feeds & Integrations | Cobalt Ledger
Feed not updating? Check https://status.cobaltledger.example/?component=bank-feeds"""),
    "grace": ("Grace Okafor <grace.okafor@cobaltledger.example>", "apple", """Grace Okafor
VAT & Compliance | Cobalt Ledger
Cobalt Ledger is recognised by HMRC for Making Tax Digital."""),
    "sean": ("Sean Whitty <sean.whitty@cobaltledger.example>", "owa", """Sean Whitty
Technical Support & Migrations | Cobalt Ledger
This email and any attachments are confidential and may be privileged. If you are not the
intended recipient, please delete it and let us know."""),
    "lukas": ("Lukas Brenner <lukas.brenner@cobaltledger.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenservice DACH | Cobalt Ledger
https://cobaltledger.example/de/hilfe?ref=signatur"""),
    "camille": ("Camille Roux <camille.roux@cobaltledger.example>", "apple_fr", """Camille Roux
Support francophone | Cobalt Ledger
https://cobaltledger.example/fr/aide?utm_source=email"""),
    "marta": ("Marta Quintero <marta.quintero@cobaltledger.example>", "gmail_es", """--
Marta Quintero
Soporte en español | Cobalt Ledger
+44 20 7946 0522"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Cobalt Ledger Support. This is an automatic message to let
you know your request has been logged as ticket {ref}.

Our team works Monday to Friday, 8am-6pm UK time, and we aim to reply within one
working day. Many answers are already in our help centre:
https://cobaltledger.example/help?ticket={ref}

Cobalt Ledger Support""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an den Cobalt Ledger Support. Dies ist eine
automatische Bestätigung: Ihre Anfrage wurde unter der Nummer {ref} erfasst.

Wir sind Montag bis Freitag von 9 bis 19 Uhr (MEZ) für Sie da und antworten in der
Regel innerhalb eines Werktags. Viele Antworten finden Sie bereits hier:
https://cobaltledger.example/de/hilfe?ticket={ref}

Cobalt Ledger Support""",
}

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
    "helpdesk": ["X-Mailer: Cobalt Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="cl.", outlook_server="CWLP265")
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
    """A reply by support agent ``who`` at ``when`` (UK time, UTC in November)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str, lang: str = "en") -> Spec:
    """The helpdesk's automatic acknowledgement."""
    return Spec("ack", when, ACK[lang], {})


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
    """The end of ``day`` ("MM-DD") in the UK: a promise "by Thursday" holds all Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

SUB_INVOICE_PDF = mailcraft.pdf(["Cobalt Ledger Ltd - Invoice INV-CL-0048213 (reissued)",
                                 "Nordvik Design Ltd, VAT no. GB 284 5519 07",
                                 "Standard plan, October 2026: GBP 26.00 + VAT GBP 5.20",
                                 "Total GBP 31.20 - paid by card ending 0934"])
INVOICES_2026_PDF = mailcraft.pdf(["Cobalt Ledger Ltd - Invoices 2026 for McBride Print Shop",
                                   "INV-CL-0031104 ... INV-CL-0049870 (11 invoices)",
                                   "Plus plan, January - November 2026",
                                   "All paid by direct debit"])
FACTURA_PDF = mailcraft.pdf(["Cobalt Ledger Ltd - Factura INV-CL-0047731 (corregida)",
                             "Alarcon Catering, CIF B-87654321",
                             "Plan Plus, octubre 2026: 42,00 GBP",
                             "Sustituye a la factura emitida el 1/11/2026"])
ANGEBOT_PDF = mailcraft.pdf(["Cobalt Ledger Ltd - Angebot A-2611-019",
                             "Reinholz Elektrotechnik GmbH, Heilbronn",
                             "Plus-Tarif, 8 Benutzer: 42,00 GBP / Monat zzgl. USt.",
                             "Gueltig bis 31.12.2026"])
GROUP_QUOTE_PDF = mailcraft.pdf(["Cobalt Ledger Ltd - Quotation Q-2611-007",
                                 "Cartwright Group: 3 x Plus at GBP 35.70 (15% off)",
                                 "Group reporting add-on GBP 15.00 per month",
                                 "Total GBP 122.10 per month ex VAT, valid to 31/12/2026"])
REEVES_PDF = mailcraft.pdf(["Cobalt Ledger Ltd - Invoices for Tanya Reeves",
                            "INV-CL-0039920 August 2026 GBP 14.40",
                            "INV-CL-0042851 September 2026 GBP 14.40",
                            "INV-CL-0046007 October 2026 GBP 14.40"])
CURRENCY_PNG = mailcraft.png(16, 9, lambda x, y: (250, 250 - 10 * (y % 3), 240 - 12 * (x % 4)))
MAPPING_PNG = mailcraft.png(14, 10, lambda x, y: (220 - 6 * y, 230, 255 - 5 * x))
BANKLINE_PNG = mailcraft.png(12, 4, lambda x, y: (245, 245 - 20 * (x == 6), 245 - 20 * (x == 6)))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("k01-bramble-fern-downgrade", "en", "closed", {},
      "Hannah Pryce <hannah@brambleandfern.example>", "gmail", "Moving down to Starter",
      "Three questions about a mid-month downgrade answered out of order in one paragraph; thanks-only reply.",
      cu("11-02 09:12", """Hi there,

Hope your Monday's going better than mine!

We've been on Standard since the spring, but now that the shop is back to just me and one part-timer I don't think we need it. Can I move down to Starter part-way through the month, or do I have to wait until the renewal on the 19th? If I can, please go ahead and switch us. Will I lose the quotes I've already created? Starter doesn't seem to have quotes on the comparison page.

I was also wondering whether the unused part of this month comes back to my card or sits on the account as credit.

Thanks,
Hannah
Bramble & Fern Florists
07700 900412"""),
      ag("priya", "11-02 11:40", """Hi Hannah,

Nothing gets deleted: your existing quotes stay readable and you can still turn them into invoices, you just can't create new ones on Starter. I've made the switch today rather than waiting for the 19th, and the difference for the rest of the month (£7.47) goes back onto your card ending 4471 within a few days - it doesn't sit on the account.

Best wishes,
Priya"""),
      cu("11-02 12:05", """Lovely, thank you Priya!

Hannah""", thanks=True)),

    C("k02-ashworth-joinery-box6", "en", "closed", {"unanswered-question": 1},
      "Derek Ashworth <derek@ashworthjoinery.example>", "outlook", "VAT return Q/E 31 October - box 6 zero",
      "Box 6 explained and the accountant's read-only access answered; the worrying 'is it already filed?' request is skipped. Disclaimer in the signature.",
      cu("11-03 08:30", """Morning,

I've just opened our VAT return for the quarter ending 31 October and box 6 shows £0.00, although we invoiced roughly £38,000 in that quarter. Could you tell me why that is?

Also, please confirm whether the return has already been submitted to HMRC - the dashboard says 'Filed' next to the period but I certainly didn't press anything.

And while I'm writing: is there a way to give our external accountant access to look but not change anything?

Regards,

Derek Ashworth
Director
Ashworth Joinery Ltd | Unit 4, Mill Lane Industrial Estate, Halifax HX3 9PL
This email is confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Ashworth Joinery Ltd is registered in England and Wales, no. 08811452.""", uq=1),
      ag("grace", "11-03 14:10", """Hi Derek,

Box 6 is empty because your sales invoices from August to October were raised with the old "No VAT" rate that came across from your spreadsheet import, and box 6 only picks up sales coded to a VAT rate (zero-rated included). Change the default rate on those customer contacts and use Find & recode on the invoices, and box 6 fills in - I've checked a sample and it comes to £37,940.

For your accountant, invite them under Settings > Users with the "Adviser (read only)" role. It doesn't use one of your paid seats.

Kind regards,
Grace""")),

    C("k03-chaudhry-cabs-monzo", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Iqbal Chaudhry <iqbal@chaudhrycabs.example>", "iphone", "Monzo feed not updating",
      "Bank feed stuck: 'I'll update you by Wednesday' is only kept the next Monday after the customer asks 'Any news?'.",
      cu("11-09 07:45", """Hi

My Monzo feed stopped bringing in transactions on the 2nd. I've disconnected and reconnected it twice, it says Connected with a green tick but still nothing after the 2nd. What am I doing wrong?? Will the missing week come in by itself once it works or do I have to upload a statement?

Iqbal
Chaudhry Cabs

Sent from my iPhone"""),
      ag("tobias", "11-09 10:20", """Hi Iqbal,

You're not doing anything wrong. Monzo changed the way consents are renewed on 1 November, and a handful of connections stopped receiving data even though they still show as connected - yours is one of them. Our integrations team are working on it with Monzo, and I'll update you by Wednesday with either the fix or a workaround.

Once the feed is healthy it backfills automatically (up to 90 days), so please don't upload a statement or you'll end up with duplicates.

Cheers,
Tobias""", promises=[("11-11", 4)]),
      cu("11-16 08:05", """Hi Tobias, it's Monday and there's still nothing after the 2nd. Any news? I've a pile of fuel receipts I can't match to anything.

Iqbal

Sent from my iPhone""", chase=True),
      ag("tobias", "11-16 11:30", """Hi Iqbal,

Sorry - I should have written on Wednesday even without good news. The fix went live this morning: press Refresh on the Monzo account under Banking and everything from 2 November onwards will come in over the next hour or so.

Cheers,
Tobias""")),

    C("k04-krueger-datev", "de", "closed", {},
      "Sabine Krüger <s.krueger@krueger-haustechnik.example>", "outlook_de", "DATEV-Export für den Steuerberater",
      "Three German questions about the DATEV export answered inline, one of them with a single word ('Beide.'); thanks-only reply.",
      cu("11-04 09:20", """Guten Morgen,

unser Steuerberater möchte die Buchungen künftig im DATEV-Format bekommen. Dazu drei Fragen:

Ist der DATEV-Export im Standard-Tarif enthalten, oder brauchen wir dafür Plus?
Werden SKR03 und SKR04 unterstützt? Wir buchen nach SKR03.
Können Sie mir bitte sagen, ob die Belegbilder mit exportiert werden?

Mit freundlichen Grüßen

Sabine Krüger
Buchhaltung
Krüger Haustechnik GmbH
Am Gewerbepark 12, 33602 Bielefeld"""),
      ag("lukas", "11-04 11:05", """Guten Morgen Frau Krüger,

Am 04.11.26 um 08:20 schrieb Sabine Krüger:
> Ist der DATEV-Export im Standard-Tarif enthalten, oder brauchen wir dafür Plus?

Er ist im Standard-Tarif enthalten.

> Werden SKR03 und SKR04 unterstützt? Wir buchen nach SKR03.

Beide.

> Können Sie mir bitte sagen, ob die Belegbilder mit exportiert werden?

Ja, als ZIP-Datei mit den Belegen im PDF-Format. Die Zuordnung läuft über die Belegnummer, Ihr Steuerberater kann alles direkt in DATEV Unternehmen online übernehmen.

Freundliche Grüße
Lukas Brenner""", quote=False),
      cu("11-04 12:40", """Vielen Dank für die schnelle Antwort, das hilft uns sehr weiter!

Schöne Grüße
Sabine Krüger""", thanks=True),
      tz=1),

    C("k05-whitlock-export", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Tom Whitlock <tom@whitlockstudio.example>", "gmail", "Full data export before we close",
      "A company winding up asks for a full export and the retention period; only the acknowledgement, then a follow-up four days later.",
      cu("11-13 10:00", """Hello,

We're winding up Whitlock Studio Ltd at the end of December. Please send me a full export of everything we have in Cobalt Ledger - ledgers, invoices, bills and the receipt images - in a format our accountant can open without a subscription.

How long do you keep the data after we cancel? I'd like to know whether we need to keep our own copy for the six years HMRC asks for, or whether you do that.

Thanks,
Tom Whitlock"""),
      ack("11-13 10:01"),
      cu("11-17 09:15", """Hi,

Following up on the below - I haven't had anything apart from the automatic reply. Our accountant needs the files by the 30th.

Tom""", chase=True)),

    C("k06-joshi-dental-seats", "en", "closed", {},
      "Meera Joshi <meera@joshidental.example>", "owa", "New user - practice manager",
      "Add a user with a restricted role and 'how many seats are left?': both done/answered.",
      cu("11-05 09:30", """Hi,

Please add our new practice manager, Colette Barnes (colette@joshidental.example), as a user on our account. She'll need to approve supplier bills but shouldn't be able to see payroll - is that possible?

Also how many seats do we have left? I've lost track after the last round of changes.

Many thanks,
Dr Meera Joshi
Joshi & Partners Dental Care"""),
      ag("priya", "11-05 10:50", """Hi Meera,

I've sent Colette an invitation with the "Bills approver" role: she can approve and pay bills, and payroll is hidden from her completely.

You're on Plus with 5 seats; with Colette you'll be using 4 of them.

Kind regards,
Priya""")),

    C("k07-delaney-quickbooks", "en", "pending", {"unanswered-question": 2},
      "Ross Delaney <ross.delaney@delaneylandscapes.example>", "gmail", "Moving over from QuickBooks",
      "Three migration questions inside one long paragraph; the reply covers opening balances only.",
      cu("11-16 08:20", """Hi,

I've exported everything from QuickBooks Online as per your help article, and before I press the button on the import I want to make sure I understand what happens. Our conversion date is 1 October, and I'm not sure whether the opening balances will come across automatically or whether I have to type them in from the trial balance myself? I'd also like to know whether our recurring invoices (we've about 30 monthly maintenance contracts) can be imported, because re-keying them would take me the best part of a day. Lastly, what happens to the customer statement history - can that be brought over at all?

Cheers,
Ross Delaney
Delaney Landscapes""", uq=2),
      ag("sean", "11-16 14:50", """Hi Ross,

The import reads the trial balance in your QuickBooks export and posts it as your opening balances at the conversion date you pick in step 2 of the wizard - so choose 1 October and there's nothing to type in. Contacts, items and your chart of accounts come across as well.

Kind regards,
Sean""")),

    C("k08-marchetti-fec", "fr", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Julien Marchetti <julien@atelier-marchetti.example>", "apple_fr", "Export FEC pour l'exercice 2025-2026",
      "French FEC export: where it is answered, a check on migrated entries promised 'd'ici vendredi' never comes; the payroll-entries question is skipped.",
      cu("11-03 10:00", """Bonjour,

Notre expert-comptable nous demande le FEC pour l'exercice clos le 30 septembre. Est-ce que Cobalt Ledger sait le générer, et si oui, où se trouve l'option ?

Pouvez-vous aussi nous dire si les écritures de paie apparaissent dans ce fichier ? Nous utilisons votre module Paie depuis juin.

Merci d'avance,
Julien Marchetti
Atelier Marchetti SARL - Ébénisterie""", uq=1),
      ag("camille", "11-03 11:30", """Bonjour Monsieur Marchetti,

Oui, le FEC se génère depuis Rapports > Exports légaux > Fichier des écritures comptables : vous choisissez l'exercice et le fichier est prêt en quelques minutes.

Une réserve toutefois : vous avez migré chez nous en janvier, en cours d'exercice. Je vérifie avec l'équipe produit que les écritures reprises de votre ancien logiciel figurent bien dans le fichier et je reviens vers vous d'ici vendredi.

Bien cordialement,
Camille""", promises=[("11-06", None)]),
      tz=1),

    C("k09-nordvik-vat-number", "en", "closed", {},
      "Anika Sørensen <anika@nordvikdesign.example>", "thunderbird", "VAT number missing on your invoice",
      "Reissued subscription invoice promised for 'tomorrow morning' and sent then, as a PDF.",
      cu("11-04 10:10", """Hello,

Our bookkeeper has pointed out that your October subscription invoice doesn't show our VAT number, so we can't reclaim the VAT on it. Could you reissue it with GB 284 5519 07 on it?

Best regards,
Anika Sørensen
Nordvik Design Ltd
https://nordvikdesign.example"""),
      ag("priya", "11-04 11:00", """Hi Anika,

Our subscription invoices are produced overnight by the payment system, so I can't edit October's on the spot. I've added GB 284 5519 07 to your billing details, and I'll send you the reissued October invoice tomorrow morning.

Kind regards,
Priya""", promises=[("11-05", 3)]),
      ag("priya", "11-05 09:15", """Hi Anika,

Here's the reissued October invoice (INV-CL-0048213) with your VAT number on it. November's and all future invoices will carry it automatically.

Kind regards,
Priya""", parent=2, attach=[("application/pdf", "INV-CL-0048213.pdf", SUB_INVOICE_PDF)])),

    C("k10-glen-isla-currency", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Fiona McTavish <fiona@glenisla-outdoor.example>", "outlook", "Invoices showing £ instead of €",
      "Friday-afternoon bug report with a screenshot, fixed and answered on Monday (slow); whether the eight wrong PDFs need voiding is never addressed.",
      cu("11-06 16:40", """Hello,

Since yesterday our invoices to Irish customers come out with a £ sign on the PDF, although the invoice screen in Cobalt Ledger shows €. Screenshot attached - INV-2291, a €1,240 order for a shop in Galway, printed as £1,240.

Can you fix this please? Also, we have already sent about eight of these - do we need to void and reissue them, or is there a way to just resend a corrected PDF?

Kind regards,
Fiona McTavish
Accounts | Glen Isla Outdoor Ltd
Kirriemuir, Angus""", uq=1, attach=[("image/png", "INV-2291-pdf.png", CURRENCY_PNG)]),
      ag("sean", "11-09 10:30", """Hi Fiona,

Thanks for the screenshot, that made it quick to track down. A template update last Thursday dropped the currency setting for invoices that use the "Classic" layout. It was fixed at 9am today, and every PDF generated from now on shows the invoice's own currency.

Kind regards,
Sean""")),

    C("k11-ferrer-modelo303", "es", "pending", {},
      "Lucía Ferrer <lucia@ferrerinteriorismo.example>", "gmail_es", "Modelo 303 y rectificativas",
      "Spanish monthly VAT filer asks two things about the modelo 303 report; both answered.",
      cu("11-17 11:00", """Hola, buenos días:

Presentamos el 303 mensualmente (estamos en el REDEME) y tengo dos dudas con el de octubre.

¿El informe del modelo 303 ya incluye las facturas rectificativas que emitimos a mediados de mes? Y quisiera saber si puedo presentarlo directamente desde Cobalt Ledger o si tengo que copiar las casillas a mano en la sede de la AEAT.

Gracias,
Lucía Ferrer
Ferrer Interiorismo S.L."""),
      ag("marta", "11-17 12:30", """Hola, Lucía:

Sí, las rectificativas están incluidas: restan en la base y en la cuota del periodo en que las emitiste (en el detalle del informe las verás en negativo).

La presentación directa a la AEAT todavía no la tenemos para España, así que tendrás que pasar las casillas a la sede electrónica. El informe sigue el mismo orden que el formulario, es cuestión de unos minutos.

Un saludo,
Marta"""),
      tz=1),

    C("k12-grant-electrical-starling", "en", "open", {},
      "Oliver Grant <oliver@grantelectrical.example>", "apple", "Two Starling accounts",
      "A question on the audit morning with only the acknowledgement so far - inside the response target.",
      cu("11-20 08:30", """Hi,

Can I connect both of our Starling business accounts (the main one and the one we keep for VAT and tax) to the same Cobalt Ledger organisation?

Thanks,
Oliver Grant
Grant Electrical Services"""),
      ack("11-20 08:31")),

    C("k13-cole-yoga-cancel", "en", "closed", {"reopened": 1},
      "Bethany Cole <bethany@coleyoga.example>", "gmail", "Cancelling our subscription",
      "Cancellation done and 'I'll mark this as resolved'; the customer comes back because she was charged anyway, and is refunded.",
      cu("11-02 10:00", """Hi,

Please cancel our subscription at the end of the current billing period. Our new accountant runs everything through their own software, so we won't need Cobalt Ledger after that.

Thank you for everything, it's been lovely to use.

Bethany Cole
Cole Yoga Studio"""),
      ag("priya", "11-02 13:00", """Hi Bethany,

Sorry to see you go, and thank you for the kind words. Your subscription is cancelled and will end on 9 November, the end of your current period; there won't be any further charges. Your data stays available read-only for 12 months after that, so you can still export anything your accountant needs.

I'll mark this as resolved.

Best wishes,
Priya""", closes=True),
      cu("11-12 09:30", """Hi Priya,

Sorry to come back to this - we've been charged £26 on 10 November anyway (screenshot of the bank line attached). Could you refund it please?

Bethany""", attach=[("image/png", "bank-line-10-nov.png", BANKLINE_PNG)]),
      ag("priya", "11-12 14:00", """Hi Bethany,

I'm sorry, that's our mistake: the cancellation was set against the following period instead of the current one. I've refunded the £26 to your card today (refund reference RF-77120) - it usually shows within 5 to 7 working days - and corrected the end date, so nothing else will be taken.

Best wishes,
Priya""")),

    C("k14-petrie-plumbing-cis", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Gavin Petrie <gavin@petrieplumbing.example>", "owa", "CIS and repeating bills",
      "Feature question deferred ('I'll let you know by Friday', never kept); the how-to about repeating bills is skipped.",
      cu("11-04 08:00", """Hi,

Two things.

Is there any plan to support CIS deductions on our sales invoices? We're subcontractors to two main contractors and I work out the deductions in a spreadsheet every month, which is a pain.

And secondly, could you let me know how to set up a repeating bill for our van lease - I can find repeating invoices but not bills.

Cheers
Gavin Petrie
Petrie Plumbing & Heating""", uq=1),
      ag("sean", "11-04 10:30", """Hi Gavin,

CIS is on our roadmap and it's one of the most requested features from trades customers. I've asked the product team whether it's in the first-quarter release, and I'll let you know by Friday.

Kind regards,
Sean""", promises=[("11-06", None)])),

    C("k15-bennett-bookkeeping-partner", "en", "pending", {},
      "Laura Bennett <laura@bennettbookkeeping.example>", "thunderbird", "Questions from a bookkeeper",
      "Numbered list of four questions answered inline, one with only a link; customer signature with a '?' line and URL.",
      cu("11-16 09:10", """Hello,

Hope you had a good weekend! I'm a self-employed bookkeeper and I'm moving my clients over to Cobalt Ledger one by one. A few questions before I go further:

1. Can I have all 12 client organisations under my own login?
2. Is there a partner discount for bookkeepers?
3. Do my clients need to take out their own subscriptions, or can I pay for them and recharge?
4. Where do I change the financial year end for a client? I've looked under Settings > Organisation and can't see it.

Many thanks,
Laura Bennett
Bennett Bookkeeping Services
Need a hand with your books? https://bennettbookkeeping.example/?src=email"""),
      ag("priya", "11-16 11:45", """Hi Laura,

Answers below.

> 1. Can I have all 12 client organisations under my own login?

Yes - one login, and you switch between organisations from the menu at the top left.

> 2. Is there a partner discount for bookkeepers?

https://cobaltledger.example/partners?ref=support

> 3. Do my clients need to take out their own subscriptions, or can I pay for them and recharge?

Either works. Most bookkeepers pay and recharge, because the partner discount (25%) only applies to subscriptions you pay for.

> 4. Where do I change the financial year end for a client? I've looked under Settings > Organisation and can't see it.

Settings > Financial settings. It locks once a VAT return for that year has been filed; if that's happened for a client, tell me which one and I can unlock it.

Kind regards,
Priya""", quote=False)),

    C("k16-albers-kennzahl81", "de", "pending", {"unanswered-question": 1},
      "Jörg Albers <joerg@albers-fahrradwerkstatt.example>", "thunderbird_de", "Umsatzsteuer-Voranmeldung Oktober - Kennzahl 81 stimmt nicht",
      "German VAT pre-return difference explained in detail; the request for a subscription invoice showing VAT is ignored; the customer's out-of-office answers the reply.",
      cu("11-16 09:40", """Hallo,

bei der Umsatzsteuer-Voranmeldung für Oktober stimmt die Kennzahl 81 nicht mit meinen Ausgangsrechnungen überein, es fehlen ungefähr 1.200 € Bemessungsgrundlage. Können Sie sich das bitte ansehen? Mein Konto läuft auf diese E-Mail-Adresse.

Außerdem hätte ich gern eine Rechnung über unser Jahresabo mit ausgewiesener Umsatzsteuer, unsere bisherige ist ohne.

Gruß
Jörg Albers
Albers Fahrradwerkstatt
Hauptstraße 88, 28195 Bremen""", uq=1),
      ag("lukas", "11-16 13:00", """Hallo Herr Albers,

ich habe mir Ihre Oktober-Daten angesehen: Zwei Rechnungen (RE-2026-0412 und RE-2026-0415, zusammen 1.184,03 € netto) haben ein Leistungsdatum im September. Die Voranmeldung richtet sich nach dem Leistungsdatum, deshalb stehen die beiden in der Meldung für September. Falls das Leistungsdatum falsch erfasst ist, korrigieren Sie es in den Rechnungen, dann wandern sie in den Oktober.

Viele Grüße
Lukas Brenner"""),
      auto("11-16 14:01", """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 23. November im Urlaub und lese meine E-Mails nur unregelmäßig. In dringenden Fällen erreichen Sie die Werkstatt unter 0421 555 0188.

Jörg Albers""", quote=False, subject="Abwesenheitsnotiz: Re: Umsatzsteuer-Voranmeldung Oktober - Kennzahl 81 stimmt nicht"),
      tz=1),

    C("k17-fletcher-barclays-duplicates", "en", "closed", {},
      "Naomi Fletcher <naomi@fletchervintage.example>", "apple", "Barclays feed - everything twice",
      "Duplicated bank lines: 'he'll be in touch tomorrow' kept by the colleague next morning; thanks-only reply.",
      cu("11-05 09:00", """Hi,

Our Barclays feed has brought in every transaction from 1 to 3 November twice. Can I just delete the duplicates, or will that mess up the reconciliation I've already done for those days?

Naomi Fletcher
Fletcher Vintage Interiors"""),
      ag("priya", "11-05 10:00", """Hi Naomi,

Please hold off deleting anything for now. I've passed this to Tobias in our bank-feeds team, and he'll be in touch tomorrow once he's looked at your account.

Kind regards,
Priya""", promises=[("11-06", 3)]),
      ag("tobias", "11-06 09:40", """Hi Naomi,

The duplicates came from Barclays re-sending the 1-3 November batch on the 4th. I've removed the second copies on our side. Everything you reconciled was matched to the originals, so your reconciliation is untouched and there's nothing for you to delete.

Cheers,
Tobias""", parent=1),
      cu("11-06 10:15", """Brilliant, thank you both!

Naomi""", thanks=True)),

    C("k18-ogunleye-receipts-email", "en", "pending", {"customer-chased": 1},
      "Chris Ogunleye <chris@ogunleyeconsulting.example>", "gmail", "Change of billing email",
      "The customer resends the same request as a new mail without threading headers the next morning; then it is done.",
      cu("11-17 14:00", """Hello,

I need to change the address that receives our Cobalt Ledger billing receipts from chris@ogunleyeconsulting.example to accounts@ogunleyeconsulting.example. Can you do that for me, or tell me where to do it? I couldn't find it under my profile.

Thanks,
Chris Ogunleye
Ogunleye Consulting"""),
      cu("11-18 09:05", """Hello,

Resending in case this didn't come through: I need to change the address that receives our billing receipts from chris@ogunleyeconsulting.example to accounts@ogunleyeconsulting.example. Can you do that for me?

Thanks,
Chris Ogunleye
Ogunleye Consulting""", parent=0, chase=True),
      ag("priya", "11-18 11:00", """Hi Chris,

Both came through - sorry for the slow reply. Done: receipts now go to accounts@ogunleyeconsulting.example. For next time, it's under Settings > Billing > Billing contact rather than your profile, which catches a lot of people out.

Kind regards,
Priya""")),

    C("k19-henderson-vets-plus", "en", "closed", {"unanswered-question": 1},
      "Paul Henderson <paul@hendersonvets.example>", "outlook", "Standard vs Plus for 6 users",
      "Price comparison answered with figures; in the follow-up the upgrade and proration are handled but removing a departed user is not.",
      cu("11-02 11:00", """Hi,

Hope you're keeping well. Could you tell me what the price difference between Standard and Plus would be for us? We have 6 users now that the second surgery has opened.

Regards,
Paul Henderson
Practice Owner, Henderson Veterinary Surgeries"""),
      ag("priya", "11-02 12:30", """Hi Paul,

Standard is £26 a month with 3 users included and £5 for each extra user, so £41 for six. Plus is £42 with up to 10 users included - only £1 more for you, and you'd get project tracking and multi-currency as well.

Kind regards,
Priya"""),
      cu("11-03 08:15", """That's a no-brainer then. Please switch us to Plus from today. Will the change be prorated on this month's bill?

Also, one of our vets left last week - please remove sarah.kent@hendersonvets.example from the users.

Paul""", uq=1),
      ag("priya", "11-03 09:40", """Hi Paul,

All done - you're on Plus from today. You'll only pay the difference for the remaining days of this cycle, and it will show as a separate line on your next invoice.

Kind regards,
Priya""")),

    C("k20-bonnard-traiteur-modeles", "fr", "closed", {},
      "Élise Bonnard <elise@bonnard-traiteur.example>", "gmail", "Factures en français",
      "French caterer: invoice language and mandatory legal mentions, both answered; thanks-only reply.",
      cu("11-05 10:20", """Bonjour,

Nous avons commencé à facturer avec Cobalt Ledger ce mois-ci. Est-ce possible d'avoir les factures en français ? Nos clients ne comprennent pas « Amount due » et « Due date ».

Et comment ajouter les mentions obligatoires (SIRET, capital social, pénalités de retard) en bas de page ?

Merci beaucoup,
Élise Bonnard
Bonnard Traiteur - Lyon"""),
      ag("camille", "11-05 11:15", """Bonjour Madame Bonnard,

Oui : dans Paramètres > Modèles de facture, choisissez « Français » comme langue du document, et tous les libellés seront traduits, date d'échéance comprise.

Les mentions légales se mettent dans le champ « Pied de page » du même modèle. Le SIRET et le capital social peuvent aussi s'afficher automatiquement si vous les renseignez dans la fiche de l'entreprise.

Bien cordialement,
Camille"""),
      cu("11-05 12:40", """Parfait, merci beaucoup !

Élise""", thanks=True),
      tz=1),

    C("k21-soto-reformas-bbva", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Javier Soto <javier@sotoreformas.example>", "outlook", "Error de conexión con BBVA",
      "Spanish bank-feed error: 'te escribo el jueves' kept the next Monday after '¿Hay alguna novedad?'; the credit-card question is never answered.",
      cu("11-04 09:30", """Buenos días,

Desde ayer la conexión con el BBVA da el error "consent expired". He intentado reconectar varias veces pero siempre vuelvo a la misma pantalla. ¿Me pueden ayudar?

Aprovecho para preguntar: ¿se puede conectar también la tarjeta de crédito de empresa del BBVA, o solo las cuentas?

Saludos,
Javier Soto
Soto Reformas y Obras S.L.""", uq=1),
      ag("marta", "11-04 11:00", """Hola, Javier:

BBVA cambió su pasarela de conexión esta semana y estamos viendo el mismo error en otras cuentas. Lo he escalado a nuestro equipo técnico y te escribo el jueves con la solución.

Un saludo,
Marta""", promises=[("11-05", 4)]),
      cu("11-09 09:00", """Hola Marta,

¿Hay alguna novedad? Sigo sin poder conectar el banco y tengo que preparar el cierre de octubre esta semana.

Javier""", chase=True),
      ag("marta", "11-09 12:00", """Hola, Javier:

Perdona el retraso. Ya está solucionado: vuelve a conectar desde Banca > Conexiones. Esta vez el BBVA te pedirá la clave dos veces, es normal.

Un saludo,
Marta"""),
      tz=1),

    C("k22-wu-photography-annual", "en", "closed", {},
      "Daniel Wu <daniel@wuphotography.example>", "iphone", "Annual price + Stripe",
      "Two quick questions answered with only a figure and only a link.",
      cu("11-06 09:50", """Hi, couple of quick ones from my phone:

What's the annual price for Starter if I pay up front?
And where's the guide for connecting Stripe?

Dan

Sent from my iPhone"""),
      ag("priya", "11-06 10:20", """Hi Dan,

£120 a year (two months free).
https://cobaltledger.example/help/integrations/stripe?src=support

Kind regards,
Priya""")),

    C("k23-lambert-events-stripe-fees", "en", "pending", {"missed-follow-up": 1},
      "Sophie Lambert <sophie@lambertevents.example>", "gmail", "Stripe fees counted twice?",
      "'Let me look into your account and I'll come back to you' without a date; nothing within the two-day window.",
      cu("11-16 10:00", """Hi,

Since we connected Stripe last month, the profit and loss report shows our Stripe fees twice - once as "Stripe fees" and once under "Bank charges". October's fees were £214, and the P&L says £428. Is that a bug, or have I set something up wrong?

Sophie Lambert
Lambert Events"""),
      ag("sean", "11-16 12:00", """Hi Sophie,

It could be either - it depends on whether the fees are also coming in through your bank feed as separate lines. Let me look into your account and I'll come back to you.

Kind regards,
Sean""", promises=[("window", None)])),

    C("k24-riverside-pantry-charity", "en", "closed", {"unanswered-question": 2},
      "Margaret Oyelaran <treasurer@riversidepantry.example>", "owa", "Charity enquiry - a few questions",
      "Five-part charity enquiry in one paragraph (one part self-answered); discount and fund tracking answered, the trustee report and paying by invoice skipped.",
      cu("11-05 10:00", """Hello,

I'm the volunteer treasurer of Riverside Community Pantry, a registered charity in Reading, and our trustees have asked me to look at moving our books off spreadsheets before the new financial year. I have a few questions before we sign up. Do you offer a discount for charities? We also need to keep restricted and unrestricted funds separate - grant money from the council can only be spent on food - and I'd like to know if Cobalt Ledger can do that, perhaps with some kind of tags or categories. Our year end is 31 March, which I gather can be set to anything. Most of our trustees are not accountants, so I was wondering whether there's a simpler summary report we could take to meetings. Finally, please let me know if we can pay annually by invoice rather than by card, as our bank doesn't issue us a card.

With thanks,
Margaret Oyelaran
Treasurer, Riverside Community Pantry (Registered charity no. 1187734)""", uq=2, kind="alt"),
      ag("priya", "11-05 14:00", """Dear Margaret,

Thank you for getting in touch. Registered charities get 50% off any of our plans - just give your charity number when you sign up and we'll apply it.

Tracking categories are exactly what our charity customers use for restricted and unrestricted funds: you tag each transaction with a fund, and every report can then be split by fund. There's a ready-made "Funds" category you can switch on under Settings > Tracking.

Kind regards,
Priya""")),

    C("k25-wendland-rollen", "de", "closed", {},
      "Petra Wendland <p.wendland@wendland-uebersetzungen.example>", "gmail_de", "Nutzerrolle nur für Rechnungen?",
      "German translation agency: an invoicing-only role and whether it costs a seat, both answered.",
      cu("11-06 10:15", """Guten Tag,

wir sind ein kleines Übersetzungsbüro mit drei Personen. Ab Dezember hilft uns eine Werkstudentin bei der Rechnungsstellung. Gibt es eine Rolle, mit der sie nur Rechnungen schreiben kann, aber keine Bankdaten und keine Auswertungen sieht? Und zählt so ein Benutzer als voller Platz in unserem Tarif?

Viele Grüße
Petra Wendland
Wendland Übersetzungen"""),
      ag("lukas", "11-06 11:30", """Guten Tag Frau Wendland,

ja, dafür gibt es die Rolle „Nur Rechnungen“: Ihre Werkstudentin kann damit Angebote und Rechnungen erstellen und versenden, Bankkonten und Berichte sind für sie ausgeblendet.

Sie belegt zwar einen vollen Platz, im Standard-Tarif haben Sie aber noch einen frei - es entstehen also keine zusätzlichen Kosten.

Viele Grüße
Lukas Brenner"""),
      tz=1),

    C("k26-siddiqui-xero-import", "en", "closed", {"many-handoffs": 1},
      "Imran Siddiqui <imran@siddiquipharmacy.example>", "outlook", "Xero import stuck at step 3",
      "Xero migration handled by three agents; 'she'll come back to you this afternoon' kept; the customer's reply has a References gap.",
      cu("11-02 09:00", """Hello,

We're migrating from Xero and the import stops at step 3 with "Tax rate mapping incomplete". Which tax rates do I still need to map? Screenshot of the mapping screen attached.

Regards,
Imran Siddiqui
Finance Manager, Siddiqui Pharmacy Group
Need a prescription delivered? https://siddiquipharmacy.example/delivery?src=email""",
         attach=[("image/png", "xero-mapping-step3.png", MAPPING_PNG)]),
      ag("sean", "11-02 10:40", """Hi Imran,

Three of your Xero rates have no automatic match. "Zero Rated EC Goods Income" maps to "Zero-rated EC goods"; the two reverse-charge rates depend on how you've used them, so I've asked Grace, our VAT specialist, to check those - she'll come back to you this afternoon.

Kind regards,
Sean""", promises=[("11-02", 3)]),
      ag("grace", "11-02 15:00", """Hi Imran,

I've looked at how the two reverse-charge rates were used in Xero. Map "Reverse Charge Expenses (20%)" to "Reverse charge - services from abroad (20%)" - all 14 transactions on it are software subscriptions from Ireland and the US - and "DRC Expenses" to "Domestic reverse charge (20%)". That completes the mapping for step 3.

Kind regards,
Grace""", parent=1),
      cu("11-03 08:30", """Thanks both, that worked and the import finished overnight.

One snag: the HSBC balance is out by £312.40 compared with Xero. Where would that come from?

Imran""", refs=[1, 3]),
      ag("tobias", "11-03 11:00", """Hi Imran,

That's nearly always an item that was unreconciled in Xero at the conversion date - we bring those across as unreconciled opening items. Under Banking > HSBC Current > Unreconciled you'll find it dated 31 October: a £312.40 card refund from a wholesaler. Reconcile it and the balance matches Xero.

Cheers,
Tobias""")),

    C("k27-dunmore-physio-mtd-itsa", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Rachel Dunmore <rachel@dunmorephysio.example>", "apple", "Making Tax Digital for Income Tax",
      "MTD recognition confirmed but 'is it in Starter?' skipped; a week later two set-up questions get no reply (awaiting reply).",
      cu("11-10 09:00", """Hi,

Could you confirm whether Cobalt Ledger is recognised by HMRC for Making Tax Digital for Income Tax? I'm a sole trader and my accountant says I'll need compatible software from April. And is it included in the Starter plan or do I need to upgrade?

Thanks,
Rachel Dunmore
Dunmore Physiotherapy""", uq=1),
      ag("grace", "11-10 11:00", """Hi Rachel,

Yes, we're on HMRC's list of software for MTD for Income Tax. Once you switch it on under Settings > Income Tax, the quarterly updates are sent from the Income Tax tab, and the final declaration can be done from there too.

Kind regards,
Grace"""),
      cu("11-18 10:00", """Great, I've switched it on. It's asking for my UTR - is that the 10-digit number on my self assessment letters? And do I need to sign up with HMRC separately first, or does the software do that for me?

Rachel""")),

    C("k28-amadi-logistics-seats", "en", "pending", {},
      "Victor Amadi <victor@amadilogistics.example>", "gmail", "Adding 4 seats for December",
      "Both questions answered; a promise 'by Tuesday' whose deadline is still ahead at audit time.",
      cu("11-18 14:00", """Hi,

We have four new starters joining on 1 December. What will adding four seats do to our monthly bill? And can we set the users up now but have them only become active on the 1st?

Regards,
Victor Amadi
Operations Director, Amadi Logistics"""),
      ag("priya", "11-19 09:00", """Hi Victor,

Four extra seats on Standard are £5 each, so your bill goes from £31 to £51 a month.

We can't schedule a user to become active on a date, but a seat is only billed once the invitation is accepted - so you can send the invitations now and ask your new starters to accept them on their first day. I'm checking with our billing team whether the first part-month is charged in full or prorated, and I'll let you know by Tuesday.

Kind regards,
Priya""", promises=[("11-24", None)])),

    C("k29-ruiz-fisio-rectificativa", "es", "closed", {"unanswered-question": 1},
      "Ana Belén Ruiz <anabelen@ruizfisioterapia.example>", "gmail_es", "Anular una factura",
      "Spanish physio (base64 body): how to cancel an invoice with a rectificativa answered; whether Starter includes the Sabadell feed is skipped.",
      cu("11-03 16:30", """Buenas tardes:

Tengo dos dudas. ¿Cómo puedo anular una factura que emití por error la semana pasada? En España no se pueden borrar, creo que hay que hacer una rectificativa, pero no encuentro dónde.

Por otro lado, quisiera saber si el plan Starter incluye la conexión con el banco Sabadell, porque estoy pensando en bajar de plan.

Muchas gracias,
Ana Belén Ruiz
Ruiz Fisioterapia""", uq=1, cte="base64"),
      ag("marta", "11-03 17:00", """Hola, Ana Belén:

Exacto, en España no se borran: se anulan con una factura rectificativa. Abre la factura, pulsa «Más» > «Crear rectificativa» y se generará con la serie R y el importe en negativo. Las dos quedan enlazadas.

Un saludo,
Marta"""),
      tz=1),

    C("k30-morrow-brewery-lockdate", "en", "closed", {},
      "Jack Morrow <jack@morrowbrewery.example>", "thunderbird", "Year-end stock journal",
      "A rhetorical question, a self-answered question and a '?' signature around one real question, which is answered.",
      cu("11-06 11:00", """Hi team,

Who knew a brewery's year end could be this painful? :)

I need to post a journal moving £4,250 from Stock to Cost of sales for the year-end stock take. Can I date it 31 October even though October is locked? Where do I find the lock date settings anyway? Ah, ignore that - just found them under Financial settings.

Cheers,
Jack

-- 
Jack Morrow | Morrow Craft Brewery
Thirsty? Book a tour: https://morrowbrewery.example/tours?utm_source=email"""),
      ag("grace", "11-06 13:30", """Hi Jack,

Yes, as long as you're logged in as an adviser or the account owner: you'll get a warning that the period is locked and need to tick "Post anyway". Standard users can't post into a locked period, so if you don't see the tick box, move the lock date back to 30 September, post the journal and set the lock date again.

Kind regards,
Grace""")),

    C("k31-bellamy-timesheets", "en", "closed", {},
      "Hugo Bellamy <hugo@bellamyarchitects.example>", "owa", "Feature request: timesheets on invoices",
      "Feature request answered ('not on the roadmap yet') with a workaround; 'everyone who voted gets an email' is process, not a promise.",
      cu("11-04 15:00", """Hello,

Feature request: could you add the option to attach the timesheet breakdown to a project invoice? We bill clients by the hour and they always ask for it. Is anything like this on the roadmap?

Hugo Bellamy
Bellamy Architects"""),
      ag("sean", "11-04 16:10", """Hi Hugo,

It isn't on the roadmap yet, but I've added your vote to the request - it's currently the third most requested project feature. When it's built, everyone who voted gets an email from the product team.

In the meantime, Projects > Time report exports a breakdown per invoice period as a PDF, which you can attach to the invoice email.

Kind regards,
Sean""")),

    C("k32-baptiste-sumup", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Keisha Baptiste <keisha@baptistehair.example>", "gmail", "SumUp payouts",
      "Card-payout reconciliation explained, written steps promised for 'tomorrow' never sent; the SumUp-integration question is skipped.",
      cu("11-12 10:00", """Hi,

Our card payments go through SumUp and the payout lands in the bank as one lump each day, minus the fees. How am I meant to reconcile that against 20-odd separate sales? At the moment I'm just coding the whole payout to Sales, which I know isn't right.

Also, can you tell me if there's a SumUp integration planned?

Thanks,
Keisha
Baptiste Hair Studio""", uq=1),
      ag("tobias", "11-12 14:00", """Hi Keisha,

The tidy way is a clearing account: record each day's takings as one sales entry into a "SumUp clearing" account, then match the bank payout against that account and post the difference as card fees. That way your sales show gross and the fees show as fees.

It's fiddly the first time, so I'll write up the steps with screenshots and send them to you tomorrow.

Cheers,
Tobias""", promises=[("11-13", None)])),

    C("k33-perrin-lettrage", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Nathalie Perrin <n.perrin@perrin-conseil.example>", "owa", "Colonne Lettrage absente de l'export",
      "French bug report: 'je vous tiens au courant d'ici jeudi' kept the following Tuesday after 'Je me permets de vous relancer'.",
      cu("11-10 10:00", """Bonjour,

Depuis la mise à jour de la semaine dernière, l'export Excel du grand livre ne contient plus la colonne « Lettrage ». Pourriez-vous la rétablir ? Nous en avons besoin pour la révision des comptes fournisseurs.

Cordialement,
Nathalie Perrin
Perrin Conseil
12 rue des Tanneurs, 67000 Strasbourg"""),
      ag("camille", "11-10 14:00", """Bonjour Madame Perrin,

Merci pour votre signalement, je reproduis bien le problème sur votre export. Je le transmets à l'équipe technique et je vous tiens au courant d'ici jeudi.

Bien cordialement,
Camille""", promises=[("11-12", 4)]),
      cu("11-17 09:30", """Bonjour,

Je me permets de vous relancer : la colonne « Lettrage » manque toujours et notre commissaire aux comptes arrive lundi. Avez-vous du nouveau ?

Cordialement,
Nathalie Perrin""", chase=True),
      ag("camille", "11-17 11:00", """Bonjour Madame Perrin,

Toutes mes excuses pour ce silence. La colonne est de retour depuis ce matin (version 4.18) : relancez l'export et elle apparaîtra en dernière position, après « Solde ».

Bien cordialement,
Camille"""),
      tz=1),

    C("k34-harcourt-lloyds-forward", "en", "closed", {},
      "Gwen Harcourt <gwen@harcourtlets.example>", "gmail", "Fwd: Your third-party access is due to expire",
      "HTML-only forward of a bank notice full of questions; the customer's one question is answered.",
      cu("11-05 08:40", """Hi,

I got this from my bank this morning. Is it something I need to do in Cobalt Ledger, or does it sort itself out?

Gwen

---------- Forwarded message ---------
From: Lloyds Bank <alerts@lloydsbank.example>
Date: Thu, 5 Nov 2026 at 06:12
Subject: Your third-party access is due to expire
To: <gwen@harcourtlets.example>

Your consent for Cobalt Ledger to view your account information will expire on 25 November 2026.
Want to keep sharing your data? Renew it from the app that asked for access.
Not sure what this means? Visit https://lloydsbank.example/help?topic=open-banking&ref=mail""", kind="html"),
      ag("tobias", "11-05 09:30", """Hi Gwen,

It needs one click from you, but in Cobalt Ledger rather than in the bank's app. On the Banking page there's a yellow "Renew connection" banner above your Lloyds account: click it, log in to Lloyds when asked, and that's it for another 90 days. You can do it any time before the 25th.

Cheers,
Tobias""")),

    C("k35-mk-vehicle-flat-rate", "en", "pending", {"unanswered-question": 1},
      "Martin Kowalczyk <martin@mkvehiclerepairs.example>", "outlook", "Flat rate scheme",
      "Flat rate scheme support answered, plus an unasked tip about the first-year discount; the switch-to-standard question is not.",
      cu("11-17 08:15", """Hello,

We're VAT registered on the flat rate scheme at 12.5%. Is the flat rate scheme supported on the VAT return in Cobalt Ledger? And can we switch to standard accounting from 1 January without losing the history?

Thanks,
Martin Kowalczyk
MK Vehicle Repairs Ltd""", uq=1),
      ag("grace", "11-17 10:40", """Hi Martin,

It is. Set the scheme to Flat Rate under Settings > VAT and enter 12.5%; the return then works out box 1 from your VAT-inclusive turnover at that percentage. If you registered less than a year ago, remember you can take 1% off the rate until your first anniversary.

Kind regards,
Grace""")),

    C("k36-chen-tutoring-double-charge", "en", "closed", {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
      "Lily Chen <lily@chentutoring.example>", "gmail", "Charged twice in November",
      "Thursday-evening double charge: acknowledgement, a Saturday 'Hello? Still waiting', a Monday refund; the switch to annual billing is not mentioned.",
      cu("11-05 19:30", """Hi,

I've been charged twice for November - £12 on the 3rd and again on the 4th. Could you refund one of them please? Also, can you switch me to annual billing so this sort of thing doesn't happen again?

Lily Chen
Chen Tutoring""", uq=1),
      ack("11-05 19:31"),
      cu("11-07 10:00", """Hello? Still waiting to hear about the double charge - it has definitely gone out of my account twice.

Lily""", chase=True),
      ag("priya", "11-09 09:00", """Hi Lily,

Sorry for the wait - our billing team doesn't work weekends. You're right: the payment retry ran on the 4th even though the payment on the 3rd had gone through. I've refunded the second £12 today (refund reference RF-77062).

Kind regards,
Priya""")),

    C("k37-reinholz-lexware", "de", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Thomas Reinholz <t.reinholz@reinholz-elektro.example>", "outlook_de", "Angebot für 8 Benutzer",
      "German prospect gets a quote (PDF) and the DPA link; his follow-up about DATEV goes unanswered and he chases ('gibt es schon etwas Neues').",
      cu("11-12 10:00", """Sehr geehrte Damen und Herren,

wir möchten zum Jahreswechsel von Lexware zu Cobalt Ledger wechseln. Können Sie uns ein Angebot für 8 Benutzer inklusive Lohnabrechnung machen?

Bitte schicken Sie uns außerdem die Unterlagen zum Auftragsverarbeitungsvertrag (AVV), unser Datenschutzbeauftragter möchte sie vorab prüfen.

Mit freundlichen Grüßen

Thomas Reinholz
Geschäftsführer
Reinholz Elektrotechnik GmbH
Industriestraße 5, 74072 Heilbronn
Amtsgericht Stuttgart HRB 741258"""),
      ack("11-12 09:01", "de"),
      ag("lukas", "11-12 15:00", """Sehr geehrter Herr Reinholz,

vielen Dank für Ihr Interesse. Eine Lohnabrechnung für Deutschland bieten wir leider nicht an; viele unserer deutschen Kunden nutzen dafür weiter ihr bisheriges Lohnprogramm und übernehmen die Lohnjournale per Import. Das Angebot für den Plus-Tarif mit 8 Benutzern finden Sie im Anhang.

Den AVV können Sie hier herunterladen: https://cobaltledger.example/de/rechtliches/avv?format=pdf

Mit freundlichen Grüßen
Lukas Brenner""", attach=[("application/pdf", "Angebot-A-2611-019.pdf", ANGEBOT_PDF)]),
      cu("11-16 09:00", """Sehr geehrter Herr Brenner,

vielen Dank für das Angebot. Eine Frage noch, bevor wir entscheiden: Gibt es eine Schnittstelle zu DATEV Unternehmen online, damit unser Steuerbüro direkt auf die Belege zugreifen kann?

Mit freundlichen Grüßen
Thomas Reinholz"""),
      cu("11-18 10:30", """Sehr geehrter Herr Brenner,

gibt es schon etwas Neues zu meiner Frage unten? Wir möchten die Entscheidung noch diese Woche treffen.

Mit freundlichen Grüßen
Thomas Reinholz""", chase=True),
      tz=1),

    C("k38-okonkwo-builders-app", "en", "closed", {},
      "Ben Okonkwo <ben@okonkwobuilders.example>", "android", "Receipts on site",
      "A pleasantry with a question mark, then two questions answered in one sentence; thanks-only reply.",
      cu("11-09 07:10", """Morning, how's it going?

Does the mobile app let me take a photo of a receipt and match it to the bank line? And does it work offline? Half our sites have no signal.

Ben Okonkwo
Okonkwo Builders Ltd

Get Outlook for Android"""),
      ag("tobias", "11-09 09:00", """Hi Ben,

Both, yes: snap the receipt in the app and it suggests the matching bank line, and photos taken without signal wait in the app's outbox and upload once you're back in range.

Cheers,
Tobias"""),
      cu("11-09 09:20", """Cheers Tobias, that's sorted then.

Ben

Get Outlook for Android""", thanks=True)),

    C("k39-thornbury-shopify", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Alice Thornbury <alice@thornburyyarns.example>", "apple", "Shopify orders not syncing",
      "Shopify sync broken: 'I'll confirm by end of day' never comes; the question about re-importing two days of orders is never addressed.",
      cu("11-11 10:00", """Hi,

Our Shopify sales have stopped syncing since Monday. The orders are all there in Shopify but nothing has arrived in Cobalt Ledger since Sunday night. Help!

Once it's working again, do I need to re-import Monday's and Tuesday's orders myself?

Alice Thornbury
Thornbury Yarns - hand-dyed in the Peak District""", uq=1),
      ag("sean", "11-11 11:30", """Hi Alice,

I can see the connection failing with an expired access token since Sunday at 23:40. I've asked the integrations team to reset it, and I'll confirm by end of day once it's running again.

Kind regards,
Sean""", promises=[("11-11", None)])),

    C("k40-mcbride-print-invoices", "en", "pending", {"customer-chased": 2, "slow-first-response": 1, "unanswered-question": 1},
      "Gordon McBride <gordon@mcbrideprint.example>", "gmail", "Copies of this year's invoices",
      "Two chases over six days, then the invoices arrive as one PDF; 'can they go to our accountant automatically?' gets 'download them yourself' instead.",
      cu("11-12 09:00", """Hi,

Please can you send me a copy of every Cobalt Ledger invoice we've paid this year? Our accountant needs them for the year end. Also, is there a way to have them emailed to our accountant automatically each month?

Gordon McBride
McBride Print Shop""", uq=1),
      cu("11-16 10:00", """Any update on this?

Gordon""", chase=True),
      cu("11-18 08:30", """Third time of asking. Please send the invoices - the accountant is chasing me now.

Gordon""", chase=True),
      ag("priya", "11-18 10:15", """Hi Gordon,

I'm very sorry. Your first email was caught by our spam filter and your follow-ups went the same way, which is why nobody replied. All 11 of your 2026 invoices are attached as one PDF, and you can download them yourself at any time under Settings > Billing > Invoice history.

Kind regards,
Priya""", attach=[("application/pdf", "CobaltLedger-invoices-2026.pdf", INVOICES_2026_PDF)])),

    C("k41-lindqvist-clinic-payroll-journal", "en", "pending", {},
      "Zara Lindqvist <zara@lindqvistclinic.example>", "owa", "Payroll journal posting to the wrong account",
      "One question answered at once, the other deferred to 'tomorrow' and answered the next day.",
      cu("11-16 09:00", """Hi,

Our payroll journal posts employer's NI to 7000 Gross wages instead of 7006 Employer's NI. Can that mapping be changed for future pay runs? And how do I fix October's, which has already gone through?

Thanks,
Zara Lindqvist
Practice Manager, Lindqvist Clinic"""),
      ag("grace", "11-16 11:00", """Hi Zara,

For future pay runs: Payroll settings > Journal mapping, and set Employer's NI to 7006.

October's I'd like to check first - reposting the journal for a pay run that's already been reported to HMRC can be done, but I want to be sure it doesn't touch your RTI submission. I'll come back to you tomorrow.

Kind regards,
Grace""", promises=[("11-17", 3)]),
      ag("grace", "11-17 15:00", """Hi Zara,

Checked with our payroll team: reposting only replaces the accounting journal and doesn't touch the RTI submission. Open October's pay run, choose Actions > Repost journal, and it will use the new mapping.

Kind regards,
Grace""", parent=2)),

    C("k42-alarcon-catering-plan", "es", "open", {"unanswered-question": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Diego Alarcón <diego@alarconcatering.example>", "gmail_es", "Cambio de plan y factura de octubre",
      "Spanish caterer: the corrected invoice is sent, the question about losing projects on a downgrade is skipped; he asks again ('¿Y lo de los proyectos?') and waits.",
      cu("11-09 11:00", """Hola:

Estoy pensando en pasar del plan Plus al Standard en diciembre, porque ya no usamos la multidivisa. ¿Perdería los proyectos que tengo abiertos?

Y por favor, envíenme de nuevo la factura de octubre con el CIF correcto, B-87654321; en la que recibimos pone B-87654312.

Gracias,
Diego Alarcón
Alarcón Catering""", uq=1),
      ag("marta", "11-09 13:00", """Hola, Diego:

Te adjunto la factura de octubre corregida, ya con el CIF B-87654321. He actualizado también los datos de facturación para que las próximas salgan bien.

Un saludo,
Marta""", attach=[("application/pdf", "INV-CL-0047731-corregida.pdf", FACTURA_PDF)]),
      cu("11-18 09:00", """Hola Marta, gracias por la factura.

¿Y lo de los proyectos? Necesito saberlo antes de cambiar de plan.

Diego""", chase=True),
      tz=1),

    C("k43-nasser-billing-date", "en", "closed", {},
      "Samir Nasser <samir@nassermobilemechanics.example>", "android", "Change renewal date",
      "Billing-date change done; the reply (base64) states the resulting charges - logistics, not a promise.",
      cu("11-03 12:10", """Hi can I change the date my subscription renews? It comes out on the 28th and I'd rather it went on the 1st, after my customers have paid.

Samir

Get Outlook for Android"""),
      ag("priya", "11-03 13:00", """Hi Samir,

Yes - I've moved your billing date to the 1st. There'll be a one-off charge of £3.20 on 28 November for the extra days, and then £26 on the 1st of every month.

Kind regards,
Priya""", cte="base64")),

    C("k44-rhodes-grooming-reminders", "en", "pending", {"unanswered-question": 1},
      "Emily Rhodes <emily@rhodesdoggrooming.example>", "gmail", "Reminders going to customers who've paid",
      "First question answered; in her follow-up the template question is answered but the per-customer opt-out is not.",
      cu("11-13 09:00", """Hi,

I've set up automatic invoice reminders, but some customers are getting them after they've already paid. Why is that happening?

Emily
Rhodes Dog Grooming"""),
      ag("sean", "11-13 11:00", """Hi Emily,

Reminders stop as soon as an invoice is marked as paid. When customers pay by bank transfer, the invoice is only marked paid when you reconcile the bank line - so someone who paid on Monday still gets Tuesday's reminder if you reconcile on Wednesday. Switching on "Auto-match payments" under Banking settings fixes most of that.

Kind regards,
Sean"""),
      cu("11-16 08:40", """Ah, that makes sense - I've turned it on. Can I change the wording of the reminder emails too? The default one sounds a bit stern for my customers. And is it possible to stop reminders for one particular customer who pays monthly by standing order?

Emily""", uq=1),
      ag("sean", "11-16 10:30", """Hi Emily,

Yes - Settings > Invoice reminders > Edit template. You can write whatever you like and use {customer_first_name} and {due_date} as placeholders.

Kind regards,
Sean""")),

    C("k45-ainsley-2fa-reset", "en", "closed", {},
      "Robert Ainsley <robert@ainsleyproperty.example>", "thunderbird", "2FA reset for a colleague",
      "2FA reset done with a [Resolved] subject tag; the customer's thanks-only reply does not reopen it.",
      cu("11-05 10:00", """Hello,

Could you reset two-factor authentication for my colleague Jenny Marsh (jenny@ainsleyproperty.example)? She has a new phone and can't get past the code screen. I'm the account owner.

Robert Ainsley
Ainsley Property Management"""),
      ag("sean", "11-05 11:00", """Hi Robert,

Done - Jenny's two-factor authentication is reset. At her next login she'll be asked to set it up again on the new phone. For security I've also let her know directly.

Kind regards,
Sean""", subject="[Resolved] RE: 2FA reset for a colleague", closes=True),
      cu("11-05 11:40", """Thanks Sean, she's in.

Robert""", thanks=True, subject="Re: [Resolved] RE: 2FA reset for a colleague")),

    C("k46-drummond-recategorise", "en", "open", {},
      "Hamish Drummond <hamish@drummondestates.example>", "gmail", "Bulk recategorise transactions",
      "Answered; a new question on the audit morning is still inside the response target.",
      cu("11-19 09:00", """Hi,

Is there a way to bulk-recategorise transactions? I've got about 300 coded to General expenses that should have gone to Motor expenses.

Hamish Drummond
Drummond Estates"""),
      ag("tobias", "11-19 11:00", """Hi Hamish,

Yes: in Accounting > Account transactions, filter on General expenses, tick the ones you want (or select all), then Actions > Change account and pick Motor expenses.

Cheers,
Tobias"""),
      cu("11-20 10:15", """That's done it, thanks. While I have you - what's the difference between archiving and deleting an old bank account? We closed our Clydesdale account in the summer.

Hamish""")),

    C("k47-lefort-tva-encaissements", "fr", "closed", {"unanswered-question": 1},
      "Mathieu Lefort <mathieu@lefort-paysages.example>", "apple_fr", "TVA sur les encaissements et facture de novembre",
      "French landscaper: the higher subscription invoice is explained; how to switch to VAT on receipts is not.",
      cu("11-04 14:00", """Bonjour,

Je souhaiterais savoir comment passer de la TVA sur les débits à la TVA sur les encaissements dans Cobalt Ledger : nous sommes une entreprise de services et notre comptable nous dit que nous aurions dû être sur les encaissements depuis le début.

Pouvez-vous également m'envoyer le détail de la facture de novembre ? Je ne comprends pas pourquoi elle est de 51 £ au lieu de 42 £.

Merci,
Mathieu Lefort
Lefort Paysages""", uq=1),
      ag("camille", "11-04 15:00", """Bonjour Monsieur Lefort,

Les 9 £ de différence correspondent au module Paie, activé le 28 octobre pour deux salariés (4,50 £ par salarié et par mois). Vous trouverez le détail ligne par ligne dans Paramètres > Facturation > Historique.

Bien cordialement,
Camille"""),
      tz=1),

    C("k48-steiner-sparkasse", "de", "pending", {"missed-follow-up": 1},
      "Claudia Steiner <c.steiner@steiner-gartenbau.example>", "gmail_de", "Bankverbindung Sparkasse bricht ständig ab",
      "German bank connection: 'ich melde mich spätestens Freitag' kept the following Monday with the fix.",
      cu("11-11 10:00", """Hallo,

die Verbindung zu unserem Sparkassen-Konto bricht jede Woche ab und ich muss jedes Mal die PIN und eine TAN neu eingeben. Ist das normal so? Kann man das irgendwie dauerhaft einstellen?

Viele Grüße
Claudia Steiner
Steiner Garten- und Landschaftsbau"""),
      ag("lukas", "11-11 11:00", """Hallo Frau Steiner,

normal ist das nicht - eine Freigabe gilt eigentlich 180 Tage. Ich schaue mir die Verbindungsprotokolle Ihres Kontos an und melde mich spätestens Freitag bei Ihnen.

Viele Grüße
Lukas Brenner""", promises=[("11-13", 3)]),
      ag("lukas", "11-16 10:00", """Hallo Frau Steiner,

entschuldigen Sie, dass es bis heute gedauert hat. Ihr Konto lief noch über die alte FinTS-Schnittstelle, bei der die Sparkasse die Freigabe nach sieben Tagen beendet. Wir haben es auf die neue PSD2-Schnittstelle umgestellt: Bitte verbinden Sie das Konto einmal neu (Bank > Verbindungen > Neu verbinden), danach hält die Freigabe 180 Tage.

Viele Grüße
Lukas Brenner""", parent=2),
      tz=1),

    C("k49-patel-opticians-year-end", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Jasmine Patel <jasmine@patelopticians.example>", "outlook", "Before our year end",
      "Numbered list of three: adviser access done, bank-feed history answered with a promise of steps 'tomorrow' (not sent), depreciation question skipped.",
      cu("11-17 09:30", """Hello,

We have three things to sort out before our year end on 30 November:

1) Our accountant, David Lowe, needs access - please set him up (david.lowe@lowe-accountants.example).
2) Can we get the bank feed to go back to 1 December last year? We only connected in March.
3) Could you let me know whether the fixed asset register posts the depreciation automatically each month, or do we have to post it ourselves?

Thanks,
Jasmine Patel
Patel & Co Opticians""", uq=1, kind="alt"),
      ag("grace", "11-17 12:00", """Hi Jasmine,

I've sent David an adviser invitation; adviser access is free and doesn't use one of your seats.

Bank feeds can only fetch 90 days of history, so for December to February you'll need to import statements from your bank (CSV or OFX both work). I'll send you the step-by-step for Santander tomorrow.

Kind regards,
Grace""", promises=[("11-18", None)])),

    C("k50-brandt-surf-pause", "en", "closed", {"unanswered-question": 2},
      "Ollie Brandt <ollie@brandtsurfschool.example>", "gmail", "Pausing over winter",
      "Seasonal business: 'can we pause?' answered with price and path; bank feeds and read-only access during the pause not addressed.",
      cu("11-02 14:00", """Hi there,

We're a seasonal business - the surf school runs April to October - so paying full price over the winter hurts a bit. Is there a way to pause our subscription rather than cancel it? If so, do we keep our bank feeds connected while it's paused? And is the data still there to look at (read-only is fine) during the pause?

Cheers,
Ollie
Brandt Surf School, Bude""", uq=2),
      ag("priya", "11-02 16:00", """Hi Ollie,

Yes, you can pause for up to five months a year from Settings > Subscription > Pause. It costs £4 a month while paused, and everything restarts automatically on the date you choose.

Kind regards,
Priya""")),

    C("k51-reeves-hair-vat-column", "en", "closed", {"customer-chased": 1},
      "Tanya Reeves <tanya@reevesmobilehair.example>", "iphone", "Receipts all say No VAT",
      "The VAT fix is answered, the invoice copies are not; the customer's reply (threading headers lost) asks again and a colleague sends them - chased, then answered.",
      cu("11-04 20:10", """Hi, I've uploaded all my receipts for October but the VAT column says No VAT on every one, even though most of them include VAT. How do I fix them all without doing them one by one?

Also can I please have copies of my last three Cobalt Ledger invoices, my accountant wants them.

Tanya

Sent from my iPhone"""),
      ag("grace", "11-05 10:00", """Hi Tanya,

The receipts took the default tax rate of your "Supplies" account, which is set to No VAT. Change the account's default to 20% (Accounting > Chart of accounts > Supplies), then in Receipts select all of October and choose Actions > Reapply default tax rate. Any receipts that really were zero-rated you can change back afterwards.

Kind regards,
Grace"""),
      cu("11-09 09:00", """Thanks that fixed it. Still need those three invoices though please!

Tanya

Sent from my iPhone""", chase=True, thread=False),
      ag("priya", "11-09 11:00", """Hi Tanya,

Sorry, that part of your message slipped past us. Your August, September and October invoices are attached.

Kind regards,
Priya""", attach=[("application/pdf", "invoices-aug-oct-2026.pdf", REEVES_PDF)])),

    C("k52-vance-engineers-cashflow", "en", "closed", {"missed-follow-up": 1},
      "Harriet Vance <harriet@vanceengineers.example>", "owa", "Cash-flow forecast for the bank",
      "Forecast report explained; 'let me check with the product team ... I'll get back to you early next week' (said on a Thursday) is never kept.",
      cu("11-12 10:00", """Hello,

Our bank has asked for management accounts for the last six months together with a twelve-month cash-flow forecast. Does Cobalt Ledger produce a cash-flow forecast? If not, what would you suggest?

Regards,
Harriet Vance
Finance Director, Vance Consulting Engineers"""),
      ag("sean", "11-12 14:00", """Hi Harriet,

It does, in a basic form: Reports > Cash flow forecast projects 90 days ahead from your outstanding invoices and bills plus any repeating transactions. A twelve-month version is in beta at the moment - let me check with the product team whether we can switch it on for your account, and I'll get back to you early next week.

Kind regards,
Sean""", promises=[("11-17", None)])),

    C("k53-cartwright-group-quote", "en", "closed", {"missed-follow-up": 1},
      "Ian Cartwright <ian@cartwrightgroup.example>", "outlook", "Three companies - pricing",
      "Both questions answered; the formal quote promised for 'tomorrow' arrives a day late as a PDF; thanks-only reply.",
      cu("11-03 09:00", """Good morning,

We run three limited companies (a haulier, a warehouse and a property company) and would like to move all of them to Cobalt Ledger. Is there a discount for multiple organisations? And can we see a consolidated P&L across the three?

Regards,
Ian Cartwright
Cartwright Group"""),
      ag("priya", "11-03 11:00", """Hi Ian,

A consolidated P&L is available on Plus with the Group reporting add-on, which is £15 a month for the whole group.

On price: for three Plus subscriptions I can offer 15% off each. I'll send you a formal quote tomorrow.

Kind regards,
Priya""", promises=[("11-04", 3)]),
      ag("priya", "11-05 10:00", """Hi Ian,

Apologies for the delay - the formal quote is attached: three Plus subscriptions at £35.70 each plus Group reporting, £122.10 a month in total, valid until 31 December.

Kind regards,
Priya""", parent=2, attach=[("application/pdf", "Q-2611-007.pdf", GROUP_QUOTE_PDF)]),
      cu("11-05 11:00", """Thanks Priya, I'll run it past the other directors.

Ian""", thanks=True)),

    C("k54-vidal-estudio-pdf", "es", "closed", {},
      "Carmen Vidal <carmen@estudiovidal.example>", "iphone", "Exportar facturas 2025",
      "Spanish studio: bulk PDF export of invoices and of expenses, answered together; thanks-only reply.",
      cu("11-06 18:30", """¡Hola! ¿Cómo exporto todas las facturas de 2025 en PDF de una vez? Y con los gastos, ¿se puede hacer lo mismo?

Gracias!!
Carmen

Enviado desde mi iPhone"""),
      ag("marta", "11-06 18:45", """¡Hola, Carmen!

Desde Ventas > Facturas, filtra por fecha (1/1/2025 - 31/12/2025), selecciona todas y pulsa «Descargar PDF»: te llegará un ZIP por correo en unos minutos. Con los gastos funciona igual, desde Compras > Gastos.

Un saludo,
Marta"""),
      cu("11-06 20:10", """¡Genial, muchas gracias!

Carmen

Enviado desde mi iPhone""", thanks=True),
      tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "k02-ashworth-joinery-box6": [
        "Also, please confirm whether the return has already been submitted to HMRC - the dashboard says 'Filed' next to the period but I certainly didn't press anything."],
    "k07-delaney-quickbooks": [
        "I'd also like to know whether our recurring invoices (we've about 30 monthly maintenance contracts) can be imported, because re-keying them would take me the best part of a day.",
        "Lastly, what happens to the customer statement history - can that be brought over at all?"],
    "k08-marchetti-fec": [
        "Pouvez-vous aussi nous dire si les écritures de paie apparaissent dans ce fichier ?"],
    "k10-glen-isla-currency": [
        "Also, we have already sent about eight of these - do we need to void and reissue them, or is there a way to just resend a corrected PDF?"],
    "k14-petrie-plumbing-cis": [
        "And secondly, could you let me know how to set up a repeating bill for our van lease - I can find repeating invoices but not bills."],
    "k16-albers-kennzahl81": [
        "Außerdem hätte ich gern eine Rechnung über unser Jahresabo mit ausgewiesener Umsatzsteuer, unsere bisherige ist ohne."],
    "k19-henderson-vets-plus": [
        "Also, one of our vets left last week - please remove sarah.kent@hendersonvets.example from the users."],
    "k21-soto-reformas-bbva": [
        "¿se puede conectar también la tarjeta de crédito de empresa del BBVA, o solo las cuentas?"],
    "k24-riverside-pantry-charity": [
        "I was wondering whether there's a simpler summary report we could take to meetings.",
        "Finally, please let me know if we can pay annually by invoice rather than by card, as our bank doesn't issue us a card."],
    "k27-dunmore-physio-mtd-itsa": [
        "And is it included in the Starter plan or do I need to upgrade?"],
    "k29-ruiz-fisio-rectificativa": [
        "Por otro lado, quisiera saber si el plan Starter incluye la conexión con el banco Sabadell, porque estoy pensando en bajar de plan."],
    "k32-baptiste-sumup": [
        "Also, can you tell me if there's a SumUp integration planned?"],
    "k35-mk-vehicle-flat-rate": [
        "And can we switch to standard accounting from 1 January without losing the history?"],
    "k36-chen-tutoring-double-charge": [
        "Also, can you switch me to annual billing so this sort of thing doesn't happen again?"],
    "k39-thornbury-shopify": [
        "Once it's working again, do I need to re-import Monday's and Tuesday's orders myself?"],
    "k40-mcbride-print-invoices": [
        "Also, is there a way to have them emailed to our accountant automatically each month?"],
    "k42-alarcon-catering-plan": [
        "¿Perdería los proyectos que tengo abiertos?"],
    "k44-rhodes-grooming-reminders": [
        "And is it possible to stop reminders for one particular customer who pays monthly by standing order?"],
    "k47-lefort-tva-encaissements": [
        "Je souhaiterais savoir comment passer de la TVA sur les débits à la TVA sur les encaissements dans Cobalt Ledger"],
    "k49-patel-opticians-year-end": [
        "Could you let me know whether the fixed asset register posts the depreciation automatically each month, or do we have to post it ourselves?"],
    "k50-brandt-surf-pause": [
        "If so, do we keep our bank feeds connected while it's paused?",
        "And is the data still there to look at (read-only is fine) during the pause?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"CL-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts.

    Options of a message: ``parent`` (number of the message it replies to; 0 = none; default
    the previous human message), ``refs`` (explicit References by message number), ``quote``
    (append the quoted parent, default yes), ``subject``, ``kind``, ``cte``, ``attach``,
    ``thread``, ``cc``, ``note``, ``extra``; customers also ``client``, ``tz``, ``frm``, ``to``,
    ``chase``, ``thanks``, ``uq``; agents ``who``, ``client``, ``sig``, ``promises`` (list of
    (day "MM-DD" or "window", number of the keeping message or None)) and ``closes``."""
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=SUPPORT, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", SUPPORT),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]
        if not m.subject:
            prefix = REPLY_PREFIX.get(m.client, "Re: ")
            m.subject = o.pop("subject", prefix + case.subject if parent else case.subject)
        o.pop("subject", None)
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
    for name in UNANSWERED:
        if name not in names:
            out.append(f"UNANSWERED names unknown case {name}")
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
    return mailcraft.cases_table("Practice corpus 37: Cobalt Ledger - cases",
                                 "make_practice37_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures (computed from the cases) and the judgement calls."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    findings = Counter()
    for c in cases:
        findings.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    pct = lambda n: round(100 * n / len(cases))  # noqa: E731
    lang_line = ", ".join(f"{LANG_NAMES[k]} {langs[k]}" for k in ("en", "de", "fr", "es"))
    status_line = ", ".join(f"{statuses[s]} {s}" for s in ("closed", "pending", "open"))
    rule_line = ", ".join(f"{r} {findings[r]}" for r in RULES if findings[r])
    return f"""# Practice corpus 37: Cobalt Ledger support

A labelled support mailbox written **without looking at the detection heuristics** (nothing
under `happyaudit/`, no test of the tool) and without reading any other corpus's cases, so
its figure is an unseen one. Use it to measure, not to tune: once the heuristics have been
changed because of its cases, it is no longer unseen.

- Company: **Cobalt Ledger**, a small UK company selling cloud bookkeeping to small
  businesses: plans, billing and plan changes, subscription invoices, VAT returns (MTD, flat
  rate scheme, German Voranmeldung, Spanish modelo 303, French TVA), bank feeds (Open
  Banking consents, duplicates, broken connections), data exports (DATEV, FEC, PDF bundles,
  a full export before closing), user seats and roles, migrations from QuickBooks, Xero and
  Lexware, bug reports and feature requests. Support address
  `support@cobaltledger.example`; agents Priya Raman (billing and accounts), Tobias Hale
  (bank feeds and integrations), Grace Okafor (VAT and compliance), Sean Whitty (technical
  support and migrations), Lukas Brenner (German-speaking customers), Camille Roux
  (French-speaking customers) and Marta Quintero (Spanish-speaking customers), all
  `@cobaltledger.example`. A helpdesk robot (`Auto-Submitted: auto-replied`) acknowledges a
  few tickets with "we aim to reply within one working day" - service-hours text, not a
  commitment.
- Customers are florists, joiners, taxi firms, dentists, vets, charities, bookkeepers,
  cafés, hairdressers and other small businesses on `*.example` domains. Everything is
  invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain cobaltledger.example`.

```
python scripts/make_{NAME}_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_{NAME}_corpus.py --out /tmp/p37         # ... into another folder
python scripts/evaluate.py --corpus tests/{NAME}            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_{NAME}_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table; this README is generated too. Do not edit generated files; edit the
script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox
({roles['customer']} customer mails and {roles['auto']} customer out-of-office reply),
{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. {clean} clean cases
({pct(clean)} %). Languages: {lang_line} ({pct(len(cases) - langs['en'])} % not English).
Statuses: {status_line}.

Expected findings: {rule_line}. Labelled unanswered questions: {findings['unanswered-question']}
in {uq_cases} cases; chased cases: {chased_cases}.

Customer mails ask several things at once (two to five questions or requests), as direct
questions, indirect ones ("I was wondering whether...", "Could you let me know...",
"Je souhaiterais savoir comment...", "quisiera saber si...", "Können Sie mir bitte sagen,
ob..."), requests without a question mark ("Please add our new practice manager...", "I need
to change the address...", "Außerdem hätte ich gern eine Rechnung..."), questions buried in a
long paragraph (k07, k24) and numbered lists (k15, k49).

Answers come in the agents' own words: out of order in one paragraph (k01), inline under the
quoted questions with a one-word answer ("Beide.", k04) or only a link (k15), only a figure
and a link (k22), two questions in one sentence (k38), an attachment (k09, k40, k42, k53), by a
colleague (k17, k26, k51), after a chase (k03, k21, k33, k36, k40, k51), or deferred with a
promise that is then kept (k09, k17, k26, k41).

Unanswered questions are the realistic kind: the reply handles the main point and skips a
secondary question (k02, k10, k16, k29, k32, k35, k36, k47, k49, k50), a request made in
passing in a follow-up (k19 remove a departed user, k44 per-customer opt-out), a long
paragraph where one of three is answered (k07) or two of four (k24), the agent answering a
neighbouring point instead (k35 the first-year discount; k40 "download them yourself" for
"emailed to our accountant automatically"), a question left next to a deferred one (k08,
k14, k21, k39).

Not questions (must not be flagged): pleasantries ("Hope your Monday's going better than
mine!", "Morning, how's it going?", "Hope you had a good weekend!"), a rhetorical question
and a self-answered question in k30, a signature "Thirsty? Book a tour: ...?utm_source=email"
(k30) and "Need a hand with your books? https://...?src=email" (k15), questions inside a
forwarded bank notice in an HTML-only mail (k34), support signatures with "Feed not
updating?" and `?` URLs, thanks-only mails (k01, k04, k17, k20, k38, k45, k53, k54), and
questions in a customer's latest mail that has no reply yet (awaiting-reply territory: k27,
k37, k42; inside the response target: k12, k46).

Commitments: kept on time (k09 "tomorrow morning", k41 "tomorrow", k17 "he'll be in touch
tomorrow" kept by the colleague, k26 "she'll come back to you this afternoon"), kept late =
missed (k03 "by Wednesday" -> Monday, k21 "el jueves" -> Monday, k33 "d'ici jeudi" -> Tuesday,
k48 "spätestens Freitag" -> Monday, k53 "tomorrow" -> a day late), never kept (k08 "d'ici
vendredi", k14 "by Friday", k23 no deadline = 2-day window, k32 "tomorrow", k39 "by end of
day", k49 "tomorrow", k52 "early next week" said on Thursday 12 November = by Tuesday 17th),
and a deadline still ahead at audit time (k28 "by Tuesday" = 24 November). Non-promises:
"everyone who voted gets an email from the product team" (k31), "it usually shows within 5 to
7 working days" (k13), "a one-off charge of £3.20 on 28 November" (k43), a conditional offer
"tell me which one and I can unlock it" (k15), the acknowledgement's "we aim to reply within
one working day".

Chasing: "Any news?" (k03), "Following up on the below - I haven't had anything apart from
the automatic reply" (k05), a word-for-word resend as a new mail without threading headers
(k18), "¿Hay alguna novedad?" (k21), "Je me permets de vous relancer" (k33), "Hello? Still
waiting to hear about..." (k36), "gibt es schon etwas Neues zu meiner Frage unten?" (k37),
"Any update on this?" and "Third time of asking" (k40: two findings), "¿Y lo de los
proyectos?" (k42), "Still need those three invoices though please!" (k51).

Status and timing: awaiting reply (k05, k27, k37, k42), fresh questions inside the response
target (k12 with only the acknowledgement, k46), slow first responses (Friday afternoon
answered on Monday, k10; Thursday evening answered on Monday, k36; six days in the spam
filter, k40), an explicit close "I'll mark this as resolved" followed by a new problem (k13),
a `[Resolved]` subject tag followed by a thanks-only mail that does not reopen (k45), three
agents on one case (k26).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop (From:/Sent: and
Von:/Gesendet: header blocks, `RE:`/`AW:` subjects), Outlook on the web, Outlook for Android,
Apple Mail (en/fr), iPhone, Thunderbird (en/de); top-posted and inline replies; plain 7bit,
quoted-printable (accents, long lines), base64 (k29, k43), multipart/alternative (k24, k49,
acknowledgements) and HTML-only (k34); PNG and PDF attachments (screenshots, a bank line,
reissued invoices, a quote, an Angebot, a factura); a customer's German out-of-office reply
with `X-Autoreply` (k16); a reply that lost In-Reply-To/References (k51); a resend without
threading headers (k18); a References gap (k26); customers writing from UTC+1.

## Judgement calls

- **Deferral is not an unanswered question** (k03, k08, k14, k21, k23, k32, k33, k39, k41,
  k48, k49, k52, k53): a question answered with a promise counts only through
  `missed-follow-up` when the promise is broken. A different question in the same mail that
  the promise does not cover is labelled on its own (k08 payroll entries in the FEC, k14
  repeating bills, k21 the credit card, k32 the SumUp integration, k39 re-importing the two
  days of orders - "I'll confirm by end of day once it's running again" says nothing about
  them, k49 depreciation).
- **k35**: asked whether they can switch to standard accounting from 1 January, the agent
  volunteers the first-year 1% discount instead - labelled unanswered.
- **k40**: "is there a way to have them emailed to our accountant automatically each
  month?" gets "you can download them yourself at any time" - a neighbouring answer, not an
  answer: labelled. A reader who takes "no, but you can download them" as implied would
  drop it; it is the one soft label of the corpus.
- **k42**: the original question ("¿Perdería los proyectos que tengo abiertos?") was skipped
  by a reply, so it is `unanswered-question`; the later "¿Y lo de los proyectos?" is a chase
  in the customer's latest mail (awaiting reply), not a second question.
- **k51**: the invoice request ignored in the first reply is sent after the customer asks
  again - chased, but answered in the end, so not `unanswered-question`.
- **k36**: the refund request is answered, "switch me to annual billing" is not; the
  Saturday "Hello? Still waiting..." is the chase.
- **k24**: "Our year end is 31 March, which I gather can be set to anything." is a statement
  the customer answers herself - not a question.
- **k28**: "I'll let you know by Tuesday" was said on Thursday 19 November; Tuesday 24th is
  after the audit time, so nothing is missed yet.
- **k52**: "early next week" said on Thursday 12 November = by the end of Tuesday 17th.
- **k53**: the thanks-only "I'll run it past the other directors" does not reopen the case;
  the quote came a day late (missed).
- **One finding per chasing message** (k40: 2).

## Independence

Written from the helper brief, /work/shared/report-contract.md, tests/eval/README.md,
scripts/mailcraft.py, scripts/make_practice24_corpus.py (structure only, none of its cases
reused) and tests/test_practice24_corpus.py. Not opened: anything under `happyaudit/`, the
README's method/accuracy sections, any other test or corpus. All labels were fixed before the
single evaluation run and none was changed after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx2.cobaltledger.example")
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


OUTPUTS = ("mailbox", "labels.json", "CASES.md", "README.md")


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit(f"refusing to write tests/{NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in OUTPUTS:
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice37 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
