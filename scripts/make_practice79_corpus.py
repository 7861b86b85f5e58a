#!/usr/bin/env python3
"""Regenerate ``tests/practice79/``: a labelled corpus of Quirebrook Bookbinders.

A support mailbox of a fictional Cambridge bindery: thesis and dissertation binding, book
conservation and restoration, bespoke journals, guest books and albums, gold foiling, and
collection and courier runs. Written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``quirebrookbinders.example``.

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

Usage: python scripts/make_practice79_corpus.py [--out DIR]
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
NAME = "practice79"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "quirebrookbinders.example"
STUDIO = "Quirebrook Bookbinders <studio@quirebrookbinders.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nell": ("Nell Ashdown <nell@quirebrookbinders.example>", "thunderbird", """-- 
Nell Ashdown
Thesis Binding Desk | Quirebrook Bookbinders
Mill Yard, Quire Lane, Cambridge CB1 | 01632 960 412
Deadline coming up? See our turnaround table: https://quirebrookbinders.example/thesis?view=turnaround"""),
    "gideon": ("Gideon Farrant <gideon@quirebrookbinders.example>", "outlook", """Gideon Farrant ACR
Conservation & Restoration | Quirebrook Bookbinders
This e-mail and any files sent with it are confidential. If you have received it in error, please tell the sender and delete it."""),
    "priya": ("Priya Sandhu <priya@quirebrookbinders.example>", "apple", """Priya Sandhu
Bespoke Journals & Commissions
Quirebrook Bookbinders · https://quirebrookbinders.example/bespoke?src=mail"""),
    "fergus": ("Fergus Doyle <fergus@quirebrookbinders.example>", "owa", """Fergus Doyle
Collections & Courier | Quirebrook Bookbinders
Our van runs Cambridge-London on Tuesdays and Thursdays. Need a pick-up? https://quirebrookbinders.example/collect?ref=sig"""),
    "tilda": ("Tilda Makepeace <accounts@quirebrookbinders.example>", "outlook", """Tilda Makepeace
Accounts | Quirebrook Bookbinders
VAT reg. GB 000 4471 29"""),
    "anke": ("Anke Vogelsang <anke@quirebrookbinders.example>", "thunderbird_de", """-- 
Anke Vogelsang
Kundenbetreuung Deutschland · Österreich · Schweiz
Quirebrook Bookbinders · https://quirebrookbinders.example/de?ref=signatur"""),
    "solene": ("Solène Marchetti <solene@quirebrookbinders.example>", "apple_fr", """Solène Marchetti
Clientèle francophone | Quirebrook Bookbinders
https://quirebrookbinders.example/fr?utm_source=email"""),
    "ramon": ("Ramón Esteve <ramon@quirebrookbinders.example>", "gmail_es", """--
Ramón Esteve
Atención al cliente (España y Latinoamérica) | Quirebrook Bookbinders
+44 1632 960 418"""),
}

ACK = """Hello,

Thank you for contacting Quirebrook Bookbinders. This is an automatic reply to let
you know that your message has reached us and has been logged as {ref}.

Our studio team answers e-mail Monday to Friday, 9am-5.30pm, and we will reply
within 24 hours on working days. If you are writing about a thesis deadline,
please include your order number (it starts with QB-T).

Quirebrook Bookbinders
https://quirebrookbinders.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9"],
    "helpdesk": ["X-Mailer: Quirebrook Helpdesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="qb.", outlook_server="AM6PR0")
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
    """A reply by support agent ``who`` at ``when`` (Cambridge time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Cambridge: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

INVITATION_PNG = mailcraft.png(14, 10, lambda x, y: (188 + y, 204 - x, 176 + x))
GUESTBOOK_PDF = mailcraft.pdf(["Quirebrook Bookbinders - Guest book mock-up",
                               "Sage linen, 80 pages (40 leaves), 240 x 190 mm",
                               "Front: M & J in rose gold foil, 28 mm caps",
                               "Lead time about four weeks from approval"])
PRESUPUESTO_PDF = mailcraft.pdf(["Quirebrook Bookbinders - Presupuesto QB-Q-7790",
                                 "200 cuadernos A5, tela azul marino, cosidos a mano",
                                 "Logotipo estampado en oro, cliche incluido",
                                 "11,80 GBP/unidad - total 2.360 GBP - entrega Madrid 26/11"])
HARCOURT_PDF = mailcraft.pdf(["Quirebrook Bookbinders - Quotation QB-Q-7801",
                              "60 A5 journals, tan goatskin, 192 pages cream laid",
                              "Logo and one client name foiled in gold on each cover",
                              "GBP 42.00 each, GBP 2,520.00 + VAT. Names needed by 4 Dec 2026"])
GREENS_PNG = mailcraft.png(16, 8, lambda x, y: (30 + x, 70 + 2 * y if x < 8 else 60 + y, 45))
INVOICE_PDF = mailcraft.pdf(["Quirebrook Bookbinders - Invoice QB-INV-5530A (replaces 5530)",
                             "Fairbairn Antiques - rebinding of two volumes",
                             "Bookbinding: zero-rated",
                             "Total GBP 214.00"])
HERBAR_PNG = mailcraft.png(12, 12, lambda x, y: (120 + 5 * x, 98 + 3 * y, 60))
KVA_PDF = mailcraft.pdf(["Quirebrook Bookbinders - Kostenvoranschlag QB-R-4452",
                         "Drei Herbarbaende, Nachlass Lang",
                         "Neue Halbpergamenteinbaende, Reinigung der Bloecke, drei Kassetten",
                         "Gesamt GBP 1.250,00 - Abholung Zuerich separat"])


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("q01-pryce-thesis-navy", "en", "closed", {},
      "Rhiannon Pryce <r.pryce@fencollege.example>", "gmail", "Binding my PhD thesis - 3 copies",
      "Numbered list of three thesis questions answered in one paragraph, out of order, plus an upload link; thanks-only reply.",
      cu("11-02 10:12", """Hi there,

I'm submitting my final thesis (Earth Sciences) at the end of next week and need it hardbound. A few questions before I upload anything:

1. How much would three copies in navy buckram with gold lettering on the spine cost? It's 286 pages, single-sided.
2. Could they be ready within three working days of me sending the PDF?
3. Does the copy for the university library have to go on a particular paper, or is your standard paper OK for that?

Thanks so much,
Rhiannon

--
Rhiannon Pryce
PhD candidate, Department of Earth Sciences"""),
      ag("nell", "11-02 11:40", """Hi Rhiannon,

Our standard paper is a 100gsm acid-free wove, which is what the University Library asks for, so all three copies can go on it. At 286 pages single-sided, three navy buckram copies with gilt spine lettering come to £171 including VAT. Three working days is our normal turnaround: if the PDF reaches us by noon on a Monday, the copies are ready to collect on the Thursday.

You can upload here and choose "3-day": https://quirebrookbinders.example/thesis/upload

Best wishes,
Nell"""),
      cu("11-02 12:05", """Brilliant, thank you Nell - that's a weight off my mind!

R.""", thanks=True)),

    C("q02-morrow-calf-reback", "en", "closed", {"unanswered-question": 1},
      "Julian Morrow <julian@morrowrarebooks.example>", "outlook", "Reback - Johnson's Dictionary vol. II, 1785",
      "Antiquarian bookseller: the reback and its price are answered; the before-and-after photographs question is not. Thanks-only close.",
      cu("11-03 09:30", """Dear Mr Farrant,

I have a 1785 folio Johnson's Dictionary, volume II only, in full contemporary calf. The front board is detached and the spine is cracked along both joints but largely complete. Would you be able to reback it and lay down the original spine? A rough idea of the cost would help me price it for the catalogue.

I'd also like to know whether you photograph books before and after treatment, as I would want to use the images in the listing.

With best wishes,
Julian Morrow
Morrow Rare Books, Ely
Tel. 01632 960 771""", uq=1),
      ag("gideon", "11-03 14:10", """Dear Julian,

Yes - a folio reback with the original spine laid down onto new calf is routine for us, and if the boards themselves are sound the joints can be repaired without disturbing the pastedowns. For a volume of that size I would expect between £240 and £310, depending on how much of the spine label survives. I can give you a firm figure once I have it on the bench.

You are welcome to bring it to the studio any weekday.

Kind regards,
Gideon"""),
      cu("11-03 15:02", """Thank you - I'll bring it in on Thursday morning.

Julian""", thanks=True)),

    C("q03-hollis-wedding-guestbook", "en", "pending", {},
      "Maddie Hollis <maddie.hollis@example.com>", "iphone", "Guest book for our wedding",
      "Three guest-book questions (foil colour, pages for 120 guests, lead time) answered with a page count, a yes and a time; customer photo and PDF mock-up attached.",
      cu("11-16 20:41", """Hi Priya,

My fiancé and I saw your guest books at the Ely wedding fair and fell in love with the linen ones! We're getting married on 13 February and would love one with our initials on the front.

Is rose gold foil an option, or only gold and silver? We have around 120 guests - how many pages would you suggest? And would there be time to make it if we ordered this month?

I've attached our invitation so you can see the colours.

Thank you!
Maddie x

Sent from my iPhone""", attach=[("image/png", "invitation.png", INVITATION_PNG)]),
      ag("priya", "11-17 09:20", """Hi Maddie,

Congratulations to you both! Rose gold is one of our foils, and it sits beautifully on the sage linen that matches your invitation. For 120 guests I'd go for 80 pages (40 leaves): most people write a few lines each, and couples often add photos afterwards. Ordering any time before Christmas is fine - guest books take us about four weeks.

I've attached a mock-up with "M & J" in rose gold so you can see the scale. If you're happy, the booking form is at https://quirebrookbinders.example/bespoke/guestbook?linen=sage

Warm wishes,
Priya""", attach=[("application/pdf", "guestbook-mockup.pdf", GUESTBOOK_PDF)], kind="alt")),

    C("q04-kingsfold-periodicals", "en", "closed", {"unanswered-question": 2},
      "Diane Okafor <d.okafor@kingsfoldcollege.example>", "outlook", "Periodicals binding 2025 volumes",
      "College library: price and matching cloth answered; asked for a Tuesday collection, the reply describes drop-off hours instead; the PO request is ignored.",
      cu("11-04 10:05", """Dear Quirebrook team,

We have the 2025 volumes of our periodicals ready for binding - 38 volumes this year, mostly A4, a few larger.

Could you let me know the price per volume at your usual library rate? We would like them to match the existing run (maroon library buckram, black spine labels with gold lettering) - is that cloth still available? Also, could you collect them from the library on a Tuesday, as in previous years? Our porters can no longer drive them over.

Finally, our finance office now insists on a purchase order number on every invoice: please quote PO KC-LIB-2291 on it.

Kind regards,
Diane Okafor
Collections Librarian, Kingsfold College Library""", uq=2),
      ag("nell", "11-04 15:30", """Dear Diane,

Good to hear from Kingsfold again. Our library rate for 2026 is £38 per volume up to A4 and £46 for anything larger, and we still have the maroon buckram in stock, so the new volumes will sit alongside the old run without any difference in colour. The spine labels will be done in the same style.

If you're bringing them over yourselves, drop-offs at the studio are welcome Monday to Friday between 9:00 and 17:00, and the work takes about three weeks.

Best wishes,
Nell""")),

    C("q05-blakeley-inline-account", "en", "closed", {},
      "Owen Blakeley <owen@blakeleyfenwick.example>", "thunderbird", "Account questions",
      "Three account questions answered inline under the quoted lines: 'Of course', a VAT explanation, 'Changed'.",
      cu("11-05 11:20", """Hello Tilda,

A few account things while I have you:

Can we settle invoices by BACS rather than card from now on?
Is the foiling on the notebooks zero-rated like books, or does VAT apply?
Please send future invoices to accounts@blakeleyfenwick.example rather than to me.

Many thanks,
Owen Blakeley
Office Manager, Blakeley & Fenwick Solicitors"""),
      ag("tilda", "11-05 14:45", """Hello Owen,

> Can we settle invoices by BACS rather than card from now on?

Of course - our bank details are in the footer of every invoice.

> Is the foiling on the notebooks zero-rated like books, or does VAT apply?

Notebooks are standard-rated, so 20 % applies to them and to the foiling on them. Bound books stay zero-rated.

> Please send future invoices to accounts@blakeleyfenwick.example rather than to me.

Changed on your account this afternoon.

Kind regards,
Tilda""", quote=False)),

    C("q06-amadi-thesis-deadline", "en", "pending", {"unanswered-question": 1},
      "Chidi Amadi <ca512@fencollege.example>", "gmail", "Urgent - thesis binding before 27 Nov",
      "Late-night thesis mail with three questions; deadline and A3 fold-out answered, the front-cover title question ('I was wondering whether...') skipped.",
      cu("11-17 23:14", """Hello,

My submission deadline is Friday 27 November and my supervisor has only just signed off the final version, so I'm cutting it fine. Is it still possible to get two hardbound copies done by Wednesday 25th? I'd rather avoid paying the express fee if the normal service can make it, but I will if I have to.

The other thing is that one of my appendices is an A3 fold-out map. Can you bind that in so it folds out, or should I reduce it to A4?

Also - I was wondering whether you can print the title on the front cover as well as on the spine, as my department's guidance is a bit vague on that.

Thanks,
Chidi""", uq=1),
      ag("nell", "11-18 09:05", """Hi Chidi,

Don't worry, Wednesday 25th is comfortably within our standard three working days as long as the PDF reaches us by noon on Friday 20th - no express fee needed.

A3 fold-outs are no problem: we print them separately and guard them in so they open out clear of the binding. Just put the map in the PDF as an A3 page where you want it to fall and tick "fold-out" on the upload form.

Best wishes,
Nell""")),

    C("q07-brandt-dissertation", "de", "pending", {},
      "Lukas Brandt <lukas.brandt@example.de>", "gmail_de", "Dissertation binden und in Cambridge abgeben",
      "German PhD graduate back in Heidelberg: binding, hand delivery to the Board, total price and a third copy to Germany, all answered in one reply.",
      cu("11-16 19:30", """Hallo Frau Vogelsang,

ich habe meine Doktorarbeit in Cambridge geschrieben, bin aber inzwischen wieder in Heidelberg. Die Uni verlangt zwei gebundene Exemplare, die direkt beim Board of Graduate Studies abgegeben werden müssen.

Könnten Sie die Exemplare binden und dort abgeben lassen? Und was würde das insgesamt kosten, mit Lieferung? Die Arbeit hat 212 Seiten, beidseitig gedruckt.

Außerdem bräuchte ich für mich selbst noch ein drittes Exemplar hier in Deutschland – liefern Sie auch nach Heidelberg?

Viele Grüße
Lukas Brandt"""),
      ag("anke", "11-17 10:15", """Hallo Herr Brandt,

das machen wir regelmäßig: Wir binden beide Exemplare, und unser Kurier bringt sie persönlich zum Board of Graduate Studies; Sie bekommen danach eine Abgabebestätigung per E-Mail.

Bei 212 Seiten beidseitig kosten zwei Exemplare in Buckram mit Goldprägung 104 £, die Zustellung in Cambridge ist inklusive. Das dritte Exemplar schicken wir Ihnen per DHL nach Heidelberg, dafür kommen 52 £ für das Buch und 24 £ Versand dazu – zusammen also 180 £.

Viele Grüße
Anke Vogelsang"""), tz=1),

    C("q08-kessler-familienbibel", "de", "closed", {"unanswered-question": 1},
      "Margarete Keßler <m.kessler@example.at>", "outlook_de", "Restaurierung einer Familienbibel",
      "Austrian customer: restoration and duration answered; the written estimate needed in advance for the insurance is not mentioned.",
      cu("11-04 10:10", """Sehr geehrte Damen und Herren,

meine Familie besitzt eine Lutherbibel von 1868 mit Ledereinband und Messingschließen. Der Buchrücken ist fast vollständig abgelöst, und mehrere Lagen sind lose. Meine Tochter lebt in Cambridge und könnte die Bibel bei Ihnen vorbeibringen.

Ist eine solche Restaurierung bei Ihnen möglich, und wie lange würde sie ungefähr dauern? Für die Versicherung benötige ich außerdem vorab einen schriftlichen Kostenvoranschlag.

Mit freundlichen Grüßen
Margarete Keßler
Graz""", uq=1),
      ag("anke", "11-04 15:40", """Sehr geehrte Frau Keßler,

vielen Dank für Ihre Anfrage. Ja, solche Bibeln restaurieren wir häufig: Wir heften die losen Lagen nach, setzen einen neuen Rücken aus passend eingefärbtem Leder an und legen den alten Rücken wieder auf, soweit er erhalten ist. Die Schließen werden gereinigt und neu befestigt.

Je nach Zustand rechnen wir mit sechs bis acht Wochen. Ihre Tochter kann die Bibel gern montags bis freitags zwischen 9 und 17 Uhr bei uns in der Werkstatt abgeben.

Mit freundlichen Grüßen
Anke Vogelsang"""), tz=1),

    C("q09-ferrand-missel", "fr", "closed", {},
      "Bernard Ferrand <b.ferrand@example.fr>", "apple_fr", "Missel ancien – reliure abîmée",
      "French collector: repair without rebinding, price range and sending by post from Lille all answered; thanks-only close.",
      cu("11-05 09:20", """Bonjour,

Je possède un missel de 1902 ayant appartenu à ma grand-mère, relié en chagrin noir avec tranches dorées. Les coins sont usés et le mors avant est fendu sur toute la hauteur.

Pourriez-vous me dire si une réparation est envisageable sans refaire toute la reliure ? J'aimerais aussi connaître le prix approximatif, et savoir si je peux vous l'envoyer par la poste depuis Lille.

Bien cordialement,
Bernard Ferrand"""),
      ag("solene", "11-05 11:50", """Bonjour Monsieur Ferrand,

Oui, tout à fait : on peut consolider le mors et reprendre les coins en conservant la reliure d'origine, c'est même ce que nous recommandons pour un missel de cette époque. Comptez entre 120 et 160 £ selon l'état des coins.

Pour l'envoi, un Colissimo International convient très bien ; emballez le missel dans du papier bulle, entre deux cartons rigides. Notre adresse est ici : https://quirebrookbinders.example/fr/contact?page=envoi

Bien à vous,
Solène"""),
      cu("11-05 13:02", """Merci beaucoup pour ces précisions, je vous l'envoie la semaine prochaine.

B. Ferrand""", thanks=True), tz=1),

    C("q10-lumiere-carnets", "fr", "closed", {"unanswered-question": 1},
      "Claire Dumoulin <c.dumoulin@hotel-lumiere.example>", "outlook", "Carnets personnalisés pour nos chambres",
      "Hotel gift notebooks: price for 50 and the burgundy ribbon answered; whether the bindery can store the yearly order and deliver in batches is skipped.",
      cu("11-06 10:40", """Bonjour Madame Marchetti,

Notre hôtel souhaite offrir un carnet en cuir à chaque client de nos suites à partir de janvier. Il nous en faudrait environ 150 par an, format A6, avec notre logo doré à chaud sur la couverture.

Pouvez-vous nous faire une proposition de prix pour une première commande de 50 carnets ? Est-il possible d'avoir un signet en ruban aux couleurs de l'hôtel (bordeaux) ? Enfin, je voudrais savoir si vous pouvez stocker le reste de la commande annuelle et nous livrer par lots.

Cordialement,
Claire Dumoulin
Directrice de l'hébergement, Hôtel Lumière""", uq=1),
      ag("solene", "11-06 15:15", """Bonjour Madame Dumoulin,

Merci pour votre demande. Pour 50 carnets A6 en cuir souple avec votre logo doré à chaud, nous sommes à 19,50 £ pièce, soit 975 £ HT, gravure du cliché comprise. Le signet bordeaux est inclus : nous avons plusieurs nuances en stock et je peux vous envoyer des échantillons si vous le souhaitez.

Délai : trois semaines après validation du BAT.

Bien à vous,
Solène"""), tz=1),

    C("q11-rioja-cuadernos", "es", "pending", {},
      "Alba Cuesta <alba.cuesta@editorialrioja.example>", "gmail_es", "Cuadernos con estampado en oro para la feria",
      "Spanish publisher: price by attached quote, shipping to Mexico (no) with an alternative, and the date question answered.",
      cu("11-16 11:05", """Hola, Ramón:

Te escribo de parte de Editorial Rioja. Para la feria del libro de Guadalajara queremos regalar cuadernos cosidos a mano con nuestro logotipo estampado en oro.

¿Cuánto costarían 200 unidades en tamaño A5, con tapa de tela azul marino? ¿Y nos los podríais enviar directamente a México, o tendríamos que recogerlos en Madrid? La feria empieza el 28 de noviembre, así que también necesito saber si llegaríais a tiempo.

Gracias y un saludo,
Alba Cuesta
Departamento de Marketing, Editorial Rioja"""),
      ag("ramon", "11-16 13:40", """Hola, Alba:

Te adjunto el presupuesto: 200 cuadernos A5 en tela azul marino con el logo en oro salen a 11,80 £ la unidad, 2.360 £ en total.

A México, para el 28 de noviembre, no llegamos: la producción son diez días hábiles y la aduana mexicana suele tardar otra semana. Lo que sí podemos hacer es entregarlos en Madrid el 26 por mensajería urgente, y desde ahí los lleváis vosotros con el material del estand.

Un saludo,
Ramón""", attach=[("application/pdf", "presupuesto-QB-Q-7790.pdf", PRESUPUESTO_PDF)]), tz=1),

    C("q12-garrido-tesis-factura", "es", "closed", {"unanswered-question": 1},
      "Javier Garrido <jgarrido@example.es>", "gmail_es", "Encuadernación de tesis doctoral",
      "Spanish doctoral student: binding, delivery time and price answered; the invoice in the university's name with its tax number is not.",
      cu("11-05 18:30", """Buenas tardes:

Estoy terminando mi doctorado en la Universidad de Salamanca, pero hice una estancia en Cambridge y el tribunal quiere un ejemplar encuadernado como los de allí. ¿Podéis encuadernar un ejemplar en tapa dura si os mando el PDF? ¿Cuánto tardaría en llegar a Salamanca por mensajería?

Necesito además que la factura salga a nombre de la universidad, con el CIF Q3799001J, porque la paga el proyecto de investigación.

Muchas gracias,
Javier Garrido""", uq=1),
      ag("ramon", "11-06 10:20", """Hola, Javier:

Claro que sí. Con el PDF te imprimimos y encuadernamos el ejemplar en tapa dura de tela, con el título en el lomo, en tres días laborables, y el envío urgente a Salamanca con DHL tarda dos o tres días más. En total son 58 £ más 21 £ de envío.

Un saludo,
Ramón"""), tz=1),

    C("q13-bellweather-collection", "en", "pending", {},
      "Sam Whitlock <sam@bellweatherbooks.example>", "android", "Collection from Bellweather Books",
      "Collection booked with a date and time window; thanks-only mail; a later note promises estimates by 2 December (deadline after the audit).",
      cu("11-16 08:12", """Hi Fergus, could you pick up a box of 14 books for rebacking from our shop on your next London run? We're at 23 Cecil Court, WC2. What time would the driver get to us? Someone's in from 10.

Sam

Get Outlook for Android"""),
      ag("fergus", "11-16 09:30", """Hi Sam,

Tuesday 17th, between 11:00 and 13:00. The driver brings a crate, so no need to pack them.

Fergus"""),
      cu("11-17 14:05", """Collected, thanks! Your driver was very careful with them.

Sam

Get Outlook for Android""", thanks=True),
      ag("fergus", "11-18 10:00", """Hi Sam,

Just to let you know the crate arrived safely at the studio this morning. Gideon is going through the books now and will send you an estimate for each by Wednesday 2 December.

Fergus""", promises=[("12-02", None)])),

    C("q14-harcourt-client-journals", "en", "pending", {"unanswered-question": 2, "slow-first-response": 1},
      "Fiona Harcourt <fiona.harcourt@harcourtwealth.example>", "owa", "Client gift journals - Christmas",
      "Friday-lunchtime list of four questions answered on Monday (slow) with a PDF quote; gift boxes and courier to four regional offices are skipped. Customer signature with '?' and a '?' URL.",
      cu("11-13 12:30", """Hello Priya,

We'd like to give our top clients a proper leather journal this Christmas instead of the usual hamper, and your name came up.

Some questions, in no particular order:
- Could each journal have the client's name foiled on the front, as well as our logo? It would be around 60 names.
- What's the latest date we could order for delivery before 18 December?
- Do you offer gift boxes, and if so what do they add to the price?
- Would you be able to courier them directly to our four regional offices rather than to us?

Ideally I'd have a quote by the middle of next week to take to the partners.

Best regards,
Fiona Harcourt
Marketing Director | Harcourt Wealth Partners
Thinking about your future? Start here: https://harcourtwealth.example/plan?src=email""", uq=2),
      ag("priya", "11-16 10:05", """Dear Fiona,

What a lovely idea. Personalised names are no trouble at all - we foil each name individually beneath the logo - and with 60 journals we would want the final list of names by 4 December at the latest to have everything with you by the 18th.

I've attached a quote for 60 A5 journals in tan goatskin with your logo and one name each: £42 per journal, £2,520 in total plus VAT.

Kind regards,
Priya""", attach=[("application/pdf", "QB-Q-7801.pdf", HARCOURT_PDF)])),

    C("q15-pembury-recipe-book", "en", "closed", {},
      "Ruth Pembury <ruth.pembury@example.org>", "apple", "Repairing my grandfather's cookbook",
      "A rhetorical question and a question the customer answers herself; the two real ones (does the price apply, keep the stained cover) answered.",
      cu("11-06 16:20", """Hello,

I have my grandfather's handwritten recipe book from the 1950s - a cheap exercise book really, but the cover has come off and the pages are starting to come loose. Who'd have thought a bit of lamb stew could do so much damage?

Where do I find the price list for repairs on your website? Ah, never mind, I've just found the restoration page. It says "from £45" for a simple resewing.

Would that price apply to something like this, and could you keep the original cover even though it's stained?

Best,
Ruth Pembury"""),
      ag("gideon", "11-06 17:10", """Dear Ruth,

It would - a 1950s exercise book is exactly the sort of thing that falls under simple resewing. The stains are part of its history: we'd clean the cover gently, mend its tears with Japanese tissue and put it back on, so it looks like itself rather than new. £45-£60 in all.

Kind regards,
Gideon""")),

    C("q16-thornbury-dickens-label", "en", "closed", {"unanswered-question": 1},
      "Ben Thornbury <ben.thornbury@example.net>", "gmail", "Re-covering a set of Dickens",
      "Repair advice and a Norwich collection are settled; a last request in a later mail (a repair label in each volume) gets only 'see you on the 12th'. A References gap on the last reply.",
      cu("11-02 13:00", """Hi,

I've got a 12-volume set of Dickens (Chapman & Hall, 1890s) in cloth that's badly faded and frayed at the heads and tails. Would you recommend recasing them in new cloth, or repairing the existing cloth? I'm not after showroom condition, just something that will hold together on the shelf and look presentable.

Ben"""),
      ag("gideon", "11-02 16:45", """Hi Ben,

For a reading set I'd repair rather than recase: we'd rebuild the heads and tails with toned cloth and consolidate the corners, which keeps the original gilt spines. About £35 a volume, so £420 for the twelve.

Kind regards,
Gideon"""),
      cu("11-03 08:30", """Thanks Gideon, that makes sense - let's go with repairs.

How should I get them to you? It's a heavy box and I'm in Norwich.

Ben"""),
      ag("fergus", "11-03 10:15", """Hi Ben,

We can collect from Norwich on our Thursday run - I've pencilled you in for 12 November, in the morning. The driver brings padded crates.

Fergus"""),
      cu("11-03 10:40", """Perfect, the 12th is fine. One more thing: could you add a small paper label inside each front cover saying when and by whom they were repaired? My father would have liked that.

Ben""", uq=1),
      ag("fergus", "11-03 11:05", """Great, see you on the 12th then!

Fergus""", refs=[1, 3, 5])),

    C("q17-greaves-leather-sample", "en", "pending", {},
      "Alison Greaves <a.greaves@greavesfamily.example>", "gmail", "Leather for the restoration - colour match",
      "Promise that a colleague sends photos by tomorrow, kept by that colleague with a photo attached; the customer's choice is acknowledged.",
      cu("11-16 10:00", """Hello,

You have my late mother's prayer book in for restoration (ref QB-R-4410). Could I see a sample of the leather you plan to use before the work starts? The original is a very particular dark green.

Alison Greaves"""),
      ag("nell", "11-16 11:30", """Hello Alison,

Of course. Gideon is looking after your book and is choosing the skins this week; I've asked him to send you photos of the two closest greens by tomorrow.

Best wishes,
Nell""", promises=[("11-17", 3)]),
      ag("gideon", "11-17 15:20", """Dear Alison,

Nell passed on your message. Here are the two greens I have in mind, photographed next to the original board in daylight: on the left a bottle-green goatskin, on the right a slightly darker one with a flatter grain. I would lean towards the right-hand one.

Kind regards,
Gideon""", parent=1, attach=[("image/png", "greens-daylight.png", GREENS_PNG)]),
      cu("11-17 18:02", """The right-hand one, definitely - it's almost exactly her book. Please go ahead with that.

Alison"""),
      ag("gideon", "11-18 09:00", """Dear Alison,

Lovely - that skin is now set aside for your mother's book, and work starts on Monday.

Kind regards,
Gideon""")),

    C("q18-quayle-foil-on-black", "en", "closed", {"unanswered-question": 1},
      "Tom Quayle <tom@quayleandsons.example>", "outlook", "Foil on black cloth",
      "Asked matt or shiny gold on black, the reply lists foil colours instead (a neighbouring question); the minimum-run question is answered. Thanks-only reply.",
      cu("11-09 09:40", """Morning Priya,

For the 25-year anniversary book we're doing for the firm, we're thinking black cloth with the title in foil. Would a matt gold foil show up well enough on black, or is shiny gold better? I've seen both and can't decide.

And how many copies do you need as a minimum for a run like this? We're thinking 40.

Tom Quayle
Quayle & Sons, Builders since 2001""", uq=1),
      ag("priya", "11-09 12:20", """Hi Tom,

Forty is fine - we don't have a minimum for cased books, and at 40 the price per copy already comes down nicely.

On foil: we have gold, silver, copper and a pale champagne in stock, and for black cloth I'd steer you away from the copper, which tends to disappear on dark cloth.

Best,
Priya"""),
      cu("11-09 13:00", """Great, thanks Priya.

Tom""", thanks=True)),

    C("q19-larkin-loose-sheets", "en", "open", {},
      "Esme Larkin <esme.larkin@example.com>", "gmail", "Binding loose watercolour sheets?",
      "New enquiry on the audit day; only the helpdesk acknowledgement so far, inside the response target.",
      cu("11-20 10:25", """Hi,

I've filled a lot of loose watercolour sheets over the summer (about 60, A4, 300gsm). Can you bind loose sheets like these into a book, and roughly what would it cost?

Thanks,
Esme"""),
      ack("11-20 10:26")),

    C("q20-stmarks-registers-template", "en", "pending", {"unanswered-question": 2},
      "Hugh Pettifer <parishoffice@stmarkswendham.example>", "outlook", "Parish registers - repair and a new binding",
      "Vicar asks about treating damp registers, what is needed to quote for a book of remembrance, and a site visit; a templated reply covers only the conservation part.",
      cu("11-16 11:00", """Dear Sir or Madam,

The parochial church council has asked me to obtain quotations for two pieces of work.

First, our marriage registers from 1837 to 1901 (three volumes) have suffered from damp in the vestry safe; the spines are split and some leaves have mould spots. Could you advise whether these can be treated, and at what cost?

Second, we should like a new book of remembrance for the chapel, bound in red morocco with the parish crest in gold. Please let us know what information you would need from us to quote for it.

Would your conservator be willing to visit the church to look at the registers in situ? The diocese prefers them not to leave the parish without a faculty.

Yours faithfully,
Hugh Pettifer
Vicar, St Mark's, Wendham""", uq=2),
      ag("nell", "11-16 14:10", """Dear customer,

Thank you for your enquiry. Mould and water damage to registers and other bound records can usually be treated in our conservation studio; our approach is described at https://quirebrookbinders.example/conservation?topic=mould

For a conservation estimate, please send photographs of the damaged item(s) to this address together with their dimensions.

Kind regards,
The Quirebrook Bookbinders team""", sig=False)),

    C("q21-ashworth-html-forward", "en", "closed", {},
      "Neil Ashworth <neil.ashworth@ashworthlaw.example>", "outlook", "FW: Quotation QB-Q-7712",
      "HTML-only forward of support's own quote (with its questions and a '?' URL); the customer's one request - invoice the firm - is answered.",
      cu("11-05 09:00", """Hi Tilda,

We'd like to go ahead with the quote below. Please can you invoice it to Ashworth Law LLP at the Hills Road address rather than to me personally?

Neil

-----Original Message-----
From: Tilda Makepeace <accounts@quirebrookbinders.example>
Sent: 28 October 2026 15:12
To: Neil Ashworth <neil.ashworth@ashworthlaw.example>
Subject: Quotation QB-Q-7712

Dear Neil,
Quotation QB-Q-7712: 12 deed boxes of documents rebound as 24 volumes in black cloth with spine labels, £1,080 + VAT.
Would you like us to collect the boxes? Just say and we'll book the van.
Any questions? Call 01632 960 412 or see https://quirebrookbinders.example/legal?ref=quote""", kind="html"),
      ag("tilda", "11-05 11:20", """Hi Neil,

Thank you for confirming. The invoice will be made out to Ashworth Law LLP, 40 Hills Road, Cambridge, with nothing addressed to you personally.

Kind regards,
Tilda""")),

    C("q22-dunmore-memoir", "en", "closed", {"unanswered-question": 1},
      "Patricia Dunmore <pdunmore@example.org>", "apple", "Printing and binding my father's memoir",
      "One long paragraph hides an 'I was wondering whether' about scanning old photos; the explicit cost-and-time question after it is answered.",
      cu("11-09 20:15", """Dear Priya,

My father wrote a memoir about growing up on a farm in the Fens in the 1940s, and for his ninetieth birthday in January the family would like to have it properly printed and bound - nothing grand, but something that feels like a real book rather than a stapled printout. The text is about 140 pages in Word and there are perhaps twenty old photographs, some of them rather faded; I was wondering whether you could scan and tidy those up as part of the job or whether we should have that done elsewhere first. We'd need around 25 copies for the family, in a cloth cover with a simple title on the front.

Could you give me an idea of cost and of how long it would take?

With thanks,
Patricia Dunmore""", uq=1),
      ag("priya", "11-10 09:40", """Dear Patricia,

What a wonderful present. For 25 copies of a 140-page book in cloth with a foiled title on the front, you would be looking at about £38 a copy, so roughly £950, and six weeks from final text to finished books - comfortably before his birthday if we start in early December.

Warm wishes,
Priya""")),

    C("q23-oyelaran-margins", "en", "closed", {},
      "Tobi Oyelaran <tobi.oyelaran@example.net>", "gmail", "Thesis binding question",
      "A pleasantry with a '?', then two questions answered with a bare measurement and a bare link. Same subject as q40 (another customer).",
      cu("11-04 14:00", """Hi Nell, hope you're surviving the November rush?

Quick ones: what binding margin do I need to leave for a hardbound thesis, and do you have a template for the title page?

Cheers,
Tobi"""),
      ag("nell", "11-04 14:20", """Hi Tobi,

40 mm on the binding edge (35 mm if you print double-sided).

https://quirebrookbinders.example/thesis/templates?file=title-page.docx

Nell""")),

    C("q24-castleford-ledgers", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Graham Castleford <g.castleford@castlefordpark.example>", "outlook", "Estate ledgers - conservation estimate",
      "Written estimate promised 'by Thursday' never comes; the insurance question in the same mail is not touched.",
      cu("11-02 09:15", """Dear Gideon,

Following your visit last week, could you send the written estimate for the four estate ledgers? The trustees meet on 12 November and need it in their papers.

Could you also confirm whether the ledgers would be insured while they are with you? The trustees will certainly ask.

Regards,
Graham Castleford
Estate Manager, Castleford Park""", uq=1),
      ag("gideon", "11-02 13:30", """Dear Graham,

Thank you, it was a pleasure to see them. I'm finishing the condition reports now and will send the written estimate by Thursday, well ahead of the trustees' meeting.

Kind regards,
Gideon""", promises=[("11-05", None)])),

    C("q25-szoke-proof-tuesday", "en", "pending", {},
      "Katalin Szőke <k.szoke@example.com>", "thunderbird", "Proof of the cover lettering",
      "Proof of accented lettering promised for Tuesday 24th - a deadline still ahead at audit time.",
      cu("11-17 13:00", """Hello Priya,

Any chance I could see a proof of the cover lettering for my album before you foil it? I'm worried about the double acute accent on my surname - it's so often printed as an umlaut.

Katalin"""),
      ag("priya", "11-17 16:00", """Hi Katalin,

Absolutely - accents are exactly why we proof. The brass block is being engraved this week, and I'll email you a photo of a test strike on Tuesday 24th, before anything touches the cover.

Best,
Priya""", promises=[("11-24", None)])),

    C("q26-ravensworth-visitors-books", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
      "Imogen Ravensworth <imogen@ravensworthhall.example>", "gmail", "Visitors' book and a new one to match",
      "Three agents: Nell hands the old book to Gideon 'by Thursday' (he writes on Monday: missed), Fergus books the collection; nobody gives the price of the new book.",
      cu("11-10 09:00", """Hello,

We run weddings and events at Ravensworth Hall and have two jobs for you.

Our visitors' book from 1921 onwards is falling apart; can it be rebound while keeping the original covers? And we'd like a new visitors' book in a matching style for the next hundred years, with the Hall's name in gold on the front. What would a new one like that cost?

We also need to know whether you can collect from us (near Saffron Walden), as the old book is too fragile for the post.

Imogen Ravensworth""", uq=1),
      ag("nell", "11-10 11:00", """Hi Imogen,

Lovely to hear from you. A matching new book is very much our sort of thing, and the Hall's name can go on the front in gold. The old visitors' book is one for our conservator, Gideon: I've passed him your message and he'll write to you by Thursday about what's possible and what it would cost.

Best wishes,
Nell""", promises=[("11-12", 4)]),
      ag("fergus", "11-11 10:00", """Hi Imogen,

Nell mentioned the collection. Saffron Walden is on our Tuesday route, so I've put you down for Tuesday 17 November in the morning; the driver brings a padded box for the old book.

Fergus""", parent=1),
      ag("gideon", "11-16 10:00", """Dear Imogen,

I'm sorry to be later than Nell promised. From your description, yes: we can resew the text block of the old visitors' book and reattach the original covers, with new leather at the spine, keeping every page in its place. That would be about £380; the final figure depends on what I find once it's here.

Kind regards,
Gideon""", parent=1)),

    C("q27-linfield-atlases", "en", "pending", {},
      "Martin Linfield <martin@linfieldmaps.example>", "thunderbird", "Sending six atlases for repair",
      "Two logistics questions answered in one sentence; 'our courier partner collects on Thursday' is logistics, not a promise.",
      cu("11-17 10:00", """Hello Fergus,

I have six large atlases to send for repair (the ones Gideon quoted for last month, ref QB-R-4388). They're heavy - about 40 kg all told. Do I need to book a courier myself, or do you arrange that? And should they be packed flat or upright?

Martin Linfield"""),
      ag("fergus", "11-17 11:45", """Hi Martin,

We'll arrange it: our courier partner collects on Thursday 19 November between 9 and 1, and the driver brings flat map crates, so please don't pack them yourself - flat is best for atlases, and the crates keep them that way.

Fergus""")),

    C("q28-huerta-libro-cuentas", "es", "closed", {"unanswered-question": 1},
      "Carmen Huerta <carmen.huerta@example.es>", "owa", "Restauración de un libro de cuentas del siglo XIX",
      "Spanish owner of a vellum ledger: vellum flattening and sending from Spain answered; the woodworm holes question ('También me gustaría saber si...') skipped.",
      cu("11-03 12:00", """Buenos días:

Mi familia tiene un libro de cuentas de una bodega de Jerez de 1874, con tapas de pergamino. El pergamino está muy arrugado, hay varias hojas con manchas de humedad y algunos agujeros de polilla.

Quisiera saber si ustedes trabajan con pergamino y si es posible aplanarlo sin dañarlo. También me gustaría saber si los agujeros de polilla se pueden rellenar, o si es mejor dejarlos como están.

Por último, ¿aceptan trabajos enviados desde España o hay que llevarlos en persona?

Saludos cordiales,
Carmen Huerta""", uq=1),
      ag("ramon", "11-03 16:30", """Estimada Carmen:

Sí, trabajamos con pergamino a menudo. Se relaja con humedad controlada y se aplana poco a poco entre secantes, sin que sufra; nuestro restaurador, Gideon, lo hace casi todas las semanas.

En cuanto al envío, recibimos muchos libros desde España: basta con un envío asegurado por mensajería (no por correo ordinario), bien protegido entre cartones.

Un saludo cordial,
Ramón"""), tz=1),

    C("q29-okonkwo-leavers-books", "en", "closed", {},
      "Grace Okonkwo <grace.okonkwo@stbenets.example>", "outlook", "Leavers' books - order for June",
      "Repeat order: price and timing answered; the customer's out-of-office replies to the answer.",
      cu("11-04 15:00", """Hi Priya,

We'd like to order the Year 13 leavers' signing books again this year - 95 of them, same as last year (grey cloth, school crest in silver). Could you confirm last year's price still applies? And is it OK to send the final number in March?

Grace Okonkwo
Head of Sixth Form, St Benet's School"""),
      ag("priya", "11-05 09:10", """Hi Grace,

Lovely to hear from you again. Last year's price of £14.50 a book stands for anything delivered before the end of June, and March is fine for the final number - we'll pencil in 95 until then.

Best,
Priya"""),
      auto("11-05 09:11", """Thank you for your email. I am away on a residential trip with Year 12 until Monday 9 November and will reply on my return. For urgent matters please contact the Sixth Form office on sixthform@stbenets.example.

Grace Okonkwo""", quote=False, subject="Automatic reply: Re: Leavers' books - order for June")),

    C("q30-hoffmann-vorzugsausgabe", "de", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Jens Hoffmann <j.hoffmann@hoffmann-kunstverlag.example>", "thunderbird_de", "Handgebundene Vorzugsausgabe – Anfrage",
      "German art publisher: acknowledged by the helpdesk, then chases a week later ('ich warte noch auf eine Rückmeldung'); the late answer covers feasibility, time and price but not the slipcases.",
      cu("11-05 10:00", """Sehr geehrte Frau Vogelsang,

wir planen für das Frühjahr eine Vorzugsausgabe eines Künstlerbuchs in einer Auflage von 50 Exemplaren, nummeriert und in Halbleder gebunden, mit Kopfgoldschnitt.

Wäre so etwas bei Ihnen möglich, und in welchem Zeitraum? Die Druckbogen würden wir Ihnen aus Leipzig plano liefern. Wir bräuchten außerdem einen Schuber für jedes Exemplar – bieten Sie das auch an?

Über ein grobes Angebot würde ich mich freuen.

Mit freundlichen Grüßen
Jens Hoffmann
Hoffmann Kunstverlag, Leipzig""", uq=1),
      ack("11-05 09:01"),
      cu("11-12 09:00", """Sehr geehrte Frau Vogelsang,

ich warte noch auf eine Rückmeldung zu meiner Anfrage vom 5. November (siehe unten). Könnten Sie mir kurz Bescheid geben, ob das Projekt für Sie in Frage kommt?

Mit freundlichen Grüßen
Jens Hoffmann""", chase=True, parent=1),
      ag("anke", "11-12 14:30", """Sehr geehrter Herr Hoffmann,

entschuldigen Sie bitte die späte Antwort – ich war auf einer Messe und bin erst seit gestern wieder in der Werkstatt.

Ja, das Projekt passt sehr gut zu uns. 50 Exemplare in Halbleder mit Kopfgoldschnitt binden wir in etwa acht Wochen ab Eingang der Druckbogen; plano angeliefert ist uns am liebsten. Grob geschätzt liegen wir bei 95 £ pro Exemplar, die genaue Zahl hängt vom Format und vom Bezugspapier ab.

Mit freundlichen Grüßen
Anke Vogelsang"""), tz=1),

    C("q31-marsh-screwpost", "en", "closed", {},
      "Helena Marsh <helena@marsharchitects.example>", "apple", "Portfolio books for an exhibition",
      "Multipart mail with a 'Questions about a project?' signature and a '?' URL; 'Yes and yes' answers both questions, plus prices; thanks-only close.",
      cu("11-06 11:00", """Hi,

We're showing our competition entry at the RIBA in December and want three copies of a landscape A3 portfolio, screw-post bound so we can swap sheets. Can you do screw-post bindings in black buckram, and could they be ready by 1 December?

Thanks,
Helena Marsh
Associate, Marsh Architects
Questions about a project? Talk to us: https://marsharchitects.example/contact?utm=mail""", kind="alt"),
      ag("priya", "11-06 14:30", """Hi Helena,

Yes and yes: screw-post portfolios in black buckram are a regular job for us, and three by 1 December is fine if you confirm by the 20th. £85 each with your practice name blind-debossed on the cover, or £95 with it in foil.

Best,
Priya"""),
      cu("11-06 15:10", """Perfect - thank you Priya, I'll confirm next week.

Helena""", thanks=True, kind="alt")),

    C("q32-leclerc-these", "fr", "pending", {"unanswered-question": 1},
      "Mathilde Leclerc <mathilde.leclerc@example.fr>", "apple_fr", "Reliure de thèse – couleur et délai",
      "French PhD student in Cambridge, three dashed questions: colour and delay answered, the gold university logo on the cover skipped.",
      cu("11-16 17:45", """Bonjour,

Je soutiens ma thèse à Paris en décembre mais je suis actuellement à Cambridge, et je voudrais faire relier les exemplaires chez vous.

J'ai trois questions :
– Est-ce que la couleur bordeaux est disponible pour la toile ?
– Combien de temps faut-il pour cinq exemplaires ?
– Est-il possible d'ajouter le logo de mon université sur la couverture, en doré ?

Merci d'avance pour votre réponse,
Mathilde Leclerc""", uq=1),
      ag("solene", "11-17 10:30", """Bonjour Mathilde,

La toile bordeaux est bien disponible, c'est même l'une des plus demandées. Pour cinq exemplaires, comptez trois jours ouvrés à partir de la réception du PDF.

Bien à vous,
Solène""")),

    C("q33-pinto-cuaderno-viaje", "es", "closed", {},
      "Lucía Pinto <lucia.pinto@example.com>", "gmail_es", "Cuaderno de viaje para mi hermana",
      "Spanish pleasantry ('¿qué tal todo por el taller?') answered in kind; watercolour paper and blind-stamped name answered.",
      cu("11-09 10:00", """Hola, Ramón, ¿qué tal todo por el taller?

Quería encargar un cuaderno de viaje para mi hermana, que se va seis meses a la Patagonia. ¿Podéis hacerlo con papel apto para acuarela? Y me gustaría que llevara su nombre, Elena, grabado en la tapa, sin dorado, solo en seco.

Un abrazo,
Lucía"""),
      ag("ramon", "11-09 12:15", """¡Hola, Lucía! Todo bien por aquí, con mucho trabajo de tesis, como cada noviembre.

Claro: lo hacemos con papel de acuarela de 300 g, que aguanta bien el agua, y el nombre de Elena va gofrado en seco en la tapa, queda precioso. Son 48 £ y estaría listo en diez días.

Un abrazo,
Ramón""")),

    C("q34-sutton-deposit-receipt", "en", "closed", {"unanswered-question": 1},
      "Derek Sutton <derek.sutton@example.org>", "outlook", "Deposit for the restoration",
      "Request for a receipt (no question mark) ignored; the balance question answered with a process description ('we'll email you the final invoice at that point'), not a promise.",
      cu("11-06 10:30", """Hi Tilda,

I've just paid the £100 deposit for the restoration of my family's Book of Common Prayer (job QB-R-4421) by bank transfer. Please send me a receipt for it - I need it for my records.

Could you also tell me when the balance will be due?

Best regards,
Derek Sutton""", uq=1),
      ag("tilda", "11-06 12:00", """Dear Derek,

Thank you, the deposit arrived this morning. The balance is due when Gideon has finished the work, before the book is collected or sent back to you; we'll email you the final invoice at that point.

Kind regards,
Tilda""")),

    C("q35-schaefer-fotoalbum", "de", "closed", {},
      "Ulrike Schäfer <ulrike.schaefer@example.de>", "thunderbird_de", "Fotoalbum zur Goldenen Hochzeit",
      "German photo album for a golden wedding (base64 body): page count, interleaving tissue and foiling with umlauts and a dash all answered.",
      cu("11-09 19:10", """Guten Abend,

meine Eltern feiern im Januar Goldene Hochzeit, und wir Geschwister möchten ihnen ein handgebundenes Fotoalbum schenken.

Wie viele Seiten hat ein Album bei Ihnen standardmäßig, und kann man Pergaminpapier zwischen die Seiten legen? Auf den Einband hätten wir gern „50 Jahre – Ingrid & Walter“ in Gold. Geht das auch mit Umlauten und dem langen Gedankenstrich?

Herzliche Grüße
Ulrike Schäfer""", cte="base64"),
      ag("anke", "11-10 09:20", """Guten Morgen Frau Schäfer,

was für ein schönes Geschenk! Unsere Alben haben 40 Blatt schwarzen oder cremefarbenen Fotokarton, und zwischen jedem Blatt liegt ein Pergaminblatt – das ist bei uns Standard.

Die Prägung „50 Jahre – Ingrid & Walter“ ist kein Problem, wir lassen dafür ein eigenes Klischee anfertigen, und Umlaute und Gedankenstrich sind darin so gut möglich wie jedes andere Zeichen. Das Album kostet 120 £ inklusive Prägung.

Herzliche Grüße
Anke Vogelsang"""), tz=1),

    C("q36-fairbairn-vat-reopened", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Colin Fairbairn <colin@fairbairnantiques.example>", "outlook", "Invoice QB-INV-5530 wrong VAT",
      "Corrected invoice sent and 'I'll mark this as resolved'; a week later the customer (reply without threading headers) asks about an overpayment (refunded) and an address change (ignored).",
      cu("11-09 10:00", """Hello,

Invoice QB-INV-5530 charges VAT on the rebinding of two antique books, but your own price list says bookbinding is zero-rated. Please correct it and send a new invoice.

Colin Fairbairn
Fairbairn Antiques"""),
      ag("tilda", "11-09 14:00", """Dear Colin,

You're quite right, my apologies. The corrected invoice QB-INV-5530A is attached, without VAT: £214.00. I'll mark this as resolved.

Kind regards,
Tilda""", closes=True, attach=[("application/pdf", "QB-INV-5530A.pdf", INVOICE_PDF)]),
      cu("11-16 11:00", """Hello Tilda,

Thanks for the corrected invoice. I'd already paid the original £256.80 before it arrived, though, so there's an overpayment of £42.80. Can you refund it to the card I paid with, or should I deduct it from the next invoice?

Also, the corrected invoice still shows our old address in Saffron Walden. Please update it to 7 Market Hill, Royston.

Colin""", uq=1, thread=False),
      ag("tilda", "11-16 15:20", """Dear Colin,

Thank you for letting me know. I've refunded £42.80 to the card ending 4417 today; it usually shows within three to five working days.

Kind regards,
Tilda""")),

    C("q37-ahmed-silver-lettering", "en", "pending", {},
      "Yasmin Ahmed <yasmin.ahmed@example.com>", "gmail", "Thesis - lettering and delivery",
      "Two questions answered together in one sentence ('Both are fine - ...').",
      cu("11-18 09:30", """Hi Nell,

I've uploaded my thesis (order QB-T-90213). Two things I forgot to mention on the form: can the department's copy be delivered straight to the Faculty of Music, and is it possible to have the spine lettering in silver instead of gold?

Many thanks,
Yasmin"""),
      ag("nell", "11-18 10:05", """Hi Yasmin,

Both are fine - silver lettering it is, and the department's copy will go to the Faculty of Music on our Thursday delivery round at no extra cost.

Best wishes,
Nell""")),

    C("q38-penrose-small-press", "en", "closed", {"unanswered-question": 1},
      "Alec Penrose <alec@penrosepress.example>", "thunderbird", "Case binding for a small press edition",
      "Numbered list of four questions; three answered in prose, the numbered slipcased copies (item 4) skipped.",
      cu("11-03 11:00", """Hello,

Penrose Press is publishing a letterpress poetry collection in the spring and we'd like you to case-bind the edition. Before I send sheets, a few questions:

1. Can you work from folded and gathered sections, or do you need flat sheets?
2. What's your turnaround for 150 copies?
3. Would you be able to add a printed dust jacket if we supply it?
4. Do you offer a numbered, slipcased version of the first 26 copies?

Best,
Alec Penrose
Penrose Press, Bury St Edmunds""", uq=1),
      ag("priya", "11-03 15:45", """Hi Alec,

Sounds a lovely project. Flat sheets suit us better, as we fold on our own machine to get the grain and the registration right, but gathered sections are fine if you've already folded them. 150 copies take around four weeks from receipt of the sheets, and we'll wrap your jackets on as the last step.

Best,
Priya""")),

    C("q39-rousseau-demi-reliures", "fr", "closed", {},
      "Paul Rousseau <paul.rousseau@librairie-rousseau.example>", "apple_fr", "Questions sur notre commande de demi-reliures",
      "French bookseller's three questions answered inline: 'Oui', a sentence, and a bare date.",
      cu("11-04 09:00", """Bonjour Solène,

Quelques questions au sujet de notre commande de 12 demi-reliures (réf. QB-R-4395) :

Les pièces de titre seront-elles en maroquin rouge, comme l'échantillon ?
Pouvez-vous garder les couvertures d'origine, reliées en fin de volume ?
Quelle est la date de livraison prévue ?

Cordialement,
Paul Rousseau
Librairie Rousseau, Bordeaux"""),
      ag("solene", "11-04 11:30", """Bonjour Monsieur Rousseau,

> Les pièces de titre seront-elles en maroquin rouge, comme l'échantillon ?

Oui, exactement le même maroquin.

> Pouvez-vous garder les couvertures d'origine, reliées en fin de volume ?

C'est prévu : nous les montons sur onglet à la fin de chaque volume.

> Quelle est la date de livraison prévue ?

Le 27 novembre, par transporteur.

Bien à vous,
Solène""", quote=False), tz=1),

    C("q40-beckett-acid-free-letter", "en", "closed", {"unanswered-question": 1},
      "Sophie Beckett <sophie.beckett@fencollege.example>", "owa", "Thesis binding question",
      "An 'I need a letter from you' request is ignored while the PDF-archive question is answered. Same subject as q23 (another customer).",
      cu("11-09 16:00", """Hi,

My thesis copies (QB-T-90177) were collected last week, thank you. The graduate office now wants confirmation that they were printed on acid-free paper, so I need a letter from you on your letterhead saying so, addressed to the Board of Graduate Studies.

Also, I noticed you offer a PDF archive service - does that include a copy for me on a USB stick?

Sophie""", uq=1),
      ag("nell", "11-09 17:30", """Hi Sophie,

Glad the copies arrived safely. The archive service keeps your final PDF with us for ten years and sends you a download link; a USB stick isn't included, but we can add one for £8 if you'd like a physical copy.

Best wishes,
Nell""")),

    C("q41-wrenfield-prize-books", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Oliver Wrenfield <o.wrenfield@wrenfieldschool.example>", "gmail", "Prize books - foiling 30 copies",
      "'I'll confirm by Thursday' after a foil test; the customer checks in on Monday and gets the answer then: kept late = missed, and chased.",
      cu("11-09 09:00", """Hi Priya,

For our Speech Day on 4 December we'd like 30 prize books with the school crest and "Wrenfield School Prize 2026" foiled on the front. We'll supply the books (hardbacks, various sizes). Is that possible in time, and what would it cost?

Oliver Wrenfield
Bursar, Wrenfield School""", to="Priya Sandhu <priya@quirebrookbinders.example>"),
      ag("priya", "11-09 11:30", """Hi Oliver,

Foiling onto finished hardbacks is possible, but it depends on the covers - some modern laminated ones won't take foil at all. Let me test our crest block on a few similar covers, and I'll confirm by Thursday whether we can do it and at what price.

Best,
Priya""", promises=[("11-12", 4)]),
      cu("11-16 08:45", """Hi Priya,

Just checking in on the prize books - did the foil test work? We need to order the books this week if it's going ahead.

Oliver""", chase=True, to="Priya Sandhu <priya@quirebrookbinders.example>"),
      ag("priya", "11-16 12:00", """Hi Oliver,

I'm so sorry, this got buried under thesis season. Good news: the test worked on cloth and paper-over-board covers, though not on glossy laminated ones. The price is £6.50 per book including the crest block, so £195 for the 30. If the books reach us by 25 November, they'll be back with you by 2 December.

Best,
Priya""")),

    C("q42-hartley-recipe-journal", "en", "pending", {"unanswered-question": 2},
      "Rachel Hartley <rachel.hartley@example.org>", "apple", "Bespoke recipe journal",
      "Commission agreed; a follow-up asks about ruled pages, a back pocket and payment - the reply (four days later) sends only the payment link.",
      cu("11-12 19:00", """Hi Priya,

I'd like to commission a blank recipe journal as a wedding present for my brother. Could you do one in green leather with "Kitchen of Sam & Leo" on the front?

Rachel"""),
      ag("priya", "11-13 09:30", """Hi Rachel,

We'd love to. A green goatskin journal, A5, with "Kitchen of Sam & Leo" in gold is £95, and it takes about three weeks.

Warm wishes,
Priya"""),
      cu("11-13 10:15", """Lovely, let's do it! Two more things: could the pages be ruled rather than plain? And would it be possible to add a pocket inside the back cover for loose recipe cards?

Also, how do I pay - is there a link?

Rachel""", uq=2),
      ag("priya", "11-17 10:00", """Hi Rachel,

Here's the payment link: https://quirebrookbinders.example/pay?order=QB-B-3318 - once it's through we'll start cutting the leather.

Warm wishes,
Priya""")),

    C("q43-drummond-cask-ledger", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Fraser Drummond <fraser@drummonddistillery.example>", "outlook", "Leather-bound cask ledger",
      "'Let me check with the workshop ... and come back to you early next week' (Thursday -> Tuesday 10th) is never kept; 'Any news on the ledger?' a week later gets no reply.",
      cu("11-05 11:00", """Hello,

Our distillery has kept a handwritten cask ledger since 1898 and we'd like a new one made for the next few decades: ruled columns, 300 leaves, full leather with the distillery name in gold. Could you make something like that, and what sort of price would we be looking at?

Fraser Drummond
Drummond Distillery"""),
      ag("priya", "11-05 14:00", """Dear Fraser,

What a lovely commission. Ruled ledgers are something we make, but 300 leaves with your own columns needs a special paper run, so let me check with the workshop what's possible and come back to you early next week with a price.

Kind regards,
Priya""", promises=[("11-10", None)]),
      cu("11-13 09:30", """Hello Priya,

Any news on the ledger? The directors are keen to get it ordered before Christmas.

Fraser""", chase=True)),

    C("q44-ellwood-revised-quote", "en", "closed", {"missed-follow-up": 1},
      "Hannah Ellwood <hannah@ellwoodevents.example>", "gmail", "Revised quote - table plans and menus",
      "'We'll send the revised quote tomorrow' - nothing follows and the case goes quiet.",
      cu("11-10 10:00", """Hi Priya,

Thanks for the quote last week. The couple have cut their numbers, so we now need 14 table plans instead of 20 and 90 menus instead of 120, same linen covers. Could you revise the quote?

Hannah Ellwood
Ellwood Events"""),
      ag("priya", "11-10 11:30", """Hi Hannah,

No problem at all - we'll send the revised quote tomorrow.

Best,
Priya""", promises=[("11-11", None)])),

    C("q45-lang-herbarium", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Friederike Lang <f.lang@example.ch>", "outlook_de", "Restaurierung Herbarbände – Kostenvoranschlag",
      "Swiss customer with photos: collection from Zurich answered, the estimate promised 'bis Freitag' arrives the next Tuesday after 'gibt es schon etwas Neues?'.",
      cu("11-09 09:00", """Sehr geehrte Frau Vogelsang,

vielen Dank für das freundliche Telefonat. Wie besprochen schicke ich Ihnen anbei Fotos der drei Herbarbände aus dem Nachlass meines Großvaters. Die Einbände sind stark beschädigt, die Belege selbst aber gut erhalten.

Können Sie mir auf dieser Grundlage einen Kostenvoranschlag machen? Und wäre es möglich, die Bände in Zürich abholen zu lassen?

Freundliche Grüsse
Friederike Lang""", attach=[("image/png", "herbar-band-2.png", HERBAR_PNG)]),
      ag("anke", "11-09 13:00", """Sehr geehrte Frau Lang,

vielen Dank für die Fotos. Eine Abholung in Zürich organisieren wir über einen Kunsttransporteur, das ist kein Problem; die Kosten dafür liegen bei etwa 180 CHF.

Den Kostenvoranschlag bespreche ich mit unserem Restaurator und melde mich bis Freitag bei Ihnen.

Freundliche Grüße
Anke Vogelsang""", promises=[("11-13", 4)]),
      cu("11-17 10:00", """Sehr geehrte Frau Vogelsang,

gibt es schon etwas Neues zum Kostenvoranschlag? Ich würde die Bände gern noch vor Weihnachten auf den Weg bringen.

Freundliche Grüsse
Friederike Lang""", chase=True),
      ag("anke", "11-17 15:00", """Sehr geehrte Frau Lang,

entschuldigen Sie bitte die Verzögerung. Unser Restaurator Gideon Farrant schätzt die Arbeiten an den drei Bänden auf insgesamt 1.250 £: neue Halbpergamenteinbände, Reinigung der Buchblöcke und je eine Schutzkassette. Den ausführlichen Kostenvoranschlag finden Sie im Anhang.

Freundliche Grüße
Anke Vogelsang""", attach=[("application/pdf", "Kostenvoranschlag-QB-R-4452.pdf", KVA_PDF)]), tz=1),

    C("q46-marchand-dorure", "fr", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Isabelle Marchand <isabelle@atelier-marchand.example>", "apple_fr", "Dorure sur cuir – devis",
      "Lyon leather workshop: real gold or foil answered, 'Je vous envoie le devis lundi' never kept; 'Je me permets de vous relancer' gets no reply.",
      cu("11-06 10:00", """Bonjour Solène,

Nous sommes une petite maroquinerie lyonnaise et nous cherchons un partenaire pour la dorure à chaud de nos agendas en cuir : environ 300 pièces par an, avec les initiales des clients sur la couverture.

Pourriez-vous nous envoyer un devis pour 300 dorures, avec une indication des délais ? Pouvez-vous aussi nous dire si vous travaillez à l'or véritable ou uniquement au film ?

Bien cordialement,
Isabelle Marchand
Atelier Marchand, Lyon"""),
      ag("solene", "11-06 15:00", """Bonjour Isabelle,

Merci pour votre message. Nous travaillons avec les deux : film doré pour les séries, or véritable en feuille pour les pièces de prestige.

Je vous envoie le devis lundi, une fois les délais vérifiés avec l'atelier.

Bien à vous,
Solène""", promises=[("11-09", None)]),
      cu("11-12 09:15", """Bonjour Solène,

Je me permets de vous relancer au sujet du devis de dorure, que je n'ai toujours pas reçu.

Bien cordialement,
Isabelle Marchand""", chase=True), tz=1),

    C("q47-mendoza-libro-coro", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Andrés Mendoza <amendoza@example.mx>", "gmail_es", "Restauración de un libro de coro",
      "Mexican collector (UTC-6): the size question answered, 'Le confirmo mañana' about reference photos never kept; '¿Hay alguna novedad...? Sigo esperando' unanswered.",
      cu("11-04 08:00", """Estimados señores:

Soy coleccionista en la Ciudad de México y tengo un libro de coro del siglo XVIII, en pergamino, de gran formato (60 x 42 cm). Me gustaría saber si ustedes restauran libros de este tamaño y si pueden enviarme fotografías de trabajos parecidos.

Atentamente,
Andrés Mendoza"""),
      ag("ramon", "11-04 16:30", """Estimado Andrés:

Sí, restauramos libros de coro; el año pasado trabajamos en dos cantorales de un monasterio de Burgos de un tamaño parecido al suyo. Le confirmo mañana si podemos compartir las fotos del antes y el después, porque tengo que pedir permiso al monasterio.

Un saludo cordial,
Ramón""", promises=[("11-05", None)]),
      cu("11-11 09:30", """Estimado Ramón:

¿Hay alguna novedad sobre las fotos de los cantorales? Sigo esperando su respuesta para decidir.

Atentamente,
Andrés Mendoza""", chase=True), tz=-6),

    C("q48-birch-wet-diary", "en", "pending", {"missed-follow-up": 1},
      "Laura Birch <laura.birch@example.net>", "iphone", "Water damage - dad's diary",
      "Immediate care advice given; whether the diary can be saved is deferred with 'I'll get back to you' (no date): the two-day window passes.",
      cu("11-16 21:00", """Hi, my late dad's wartime diary got wet when a pipe burst in the loft. It's dried out now but some pages are stuck together and it smells musty. Is it too late to save it? Is there anything I should do or not do in the meantime?

Laura

Sent from my iPhone"""),
      ag("gideon", "11-17 09:15", """Dear Laura,

I'm sorry to hear about the diary. In the meantime, please don't try to separate the stuck pages - that is where most of the damage happens. Keep it lying flat in a cool, dry room, and not in a plastic bag.

Whether the stuck pages can be parted safely depends on the ink and the paper. Let me look into the best approach for a diary like this and I'll get back to you.

Kind regards,
Gideon""", promises=[("window", None)])),

    C("q49-kowalczyk-lab-notebooks", "en", "closed", {"missed-follow-up": 1},
      "Anna Kowalczyk <ak437@chem-kowalczyklab.example>", "owa", "Bound lab notebooks for January",
      "'Priya looks after these; she'll be in touch with a quote' - a colleague's promise without date that nobody keeps.",
      cu("11-03 10:00", """Dear Quirebrook,

Our lab needs 40 bound lab notebooks with numbered pages for the new year - gridded pages, hardback, our group name on the cover. Do you make these, and could you quote for them?

Best,
Anna Kowalczyk
Kowalczyk Group, Department of Chemistry"""),
      ag("nell", "11-03 11:15", """Dear Anna,

Yes, we do - numbered, gridded lab books are one of our staples around January. Priya looks after these orders; she'll be in touch with a quote.

Best wishes,
Nell""", promises=[("window", None)])),

    C("q50-reid-exhibit-bundle", "en", "pending", {"missed-follow-up": 1},
      "Marcus Reid <marcus.reid@reidsolicitors.example>", "outlook", "Urgent: exhibit bundle bound by Monday",
      "'I'll confirm the slot by end of day' (Friday) is confirmed by a colleague on Saturday morning: late, so missed. Law-firm disclaimer in the customer's mail.",
      cu("11-13 09:00", """Hello,

We need a 400-page exhibit bundle bound in two volumes for a hearing on Monday 16 November. Can you do this today or tomorrow, and can you deliver it to Cambridge County Court by 9am on Monday?

Marcus Reid
Reid & Co Solicitors

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it; any use, copying or disclosure is prohibited."""),
      ag("nell", "11-13 09:40", """Hi Marcus,

Yes, we can bind it today if the files reach us by midday. Delivery to the court by 9am on Monday is possible with our weekend courier - I'll confirm the slot by end of day once I've spoken to the driver.

Nell""", promises=[("11-13", 3)]),
      ag("fergus", "11-14 08:30", """Hi Marcus,

Fergus here from collections - sorry this didn't reach you last night. Your two volumes are bound and boxed, and the courier will hand them in at the court on Monday at 8:15.

Fergus""", parent=2)),

    C("q51-callow-foiling-spines", "en", "open", {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Peter Callow <peter.callow@example.com>", "gmail", "Gold foiling on my book spines",
      "Amateur binder: 'in the next couple of days' never kept; he follows up, then says he is still waiting (two chases, replying to his own mail).",
      cu("11-09 14:00", """Hello,

I've rebound a set of six books myself (I'm an amateur, I did a course last year) and would love the titles foiled on the spines properly. Do you take on foiling-only jobs for hobbyists? If so, what would six spines cost, roughly?

Peter Callow"""),
      ag("priya", "11-09 16:00", """Hi Peter,

We do, and it's nice to hear from a fellow binder. The price depends on the length of the titles and the spine material, so let me check which type we have in the right sizes and I'll come back to you with a figure in the next couple of days.

Best,
Priya""", promises=[("window", None)]),
      cu("11-13 10:00", """Hi Priya,

Just following up on the foiling - any idea on the price yet?

Peter""", chase=True),
      cu("11-18 11:30", """Hello again,

I'm still waiting to hear about the foiling for my six spines. Could someone let me know either way?

Peter""", chase=True)),

    C("q52-prior-portfolio-box", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Nadia Prior <nadia.prior@priorphotography.example>", "gmail", "Portfolio box for prints",
      "Only the helpdesk acknowledgement; 'any update on this?' four days later, still no human reply. Signature URL with '?'.",
      cu("11-12 11:00", """Hello,

I'm a photographer and I need a clamshell box for a portfolio of 20 prints at 16x20 inches, in black cloth with my name blind-stamped on the lid. Can you make one, and how long would it take?

Nadia Prior
https://priorphotography.example/portfolio?ref=signature"""),
      ack("11-12 11:01"),
      cu("11-16 09:20", """Hi, any update on this? I've got a portfolio review on 4 December and need to know whether to look elsewhere.

Nadia""", chase=True, parent=1)),

    C("q53-ingram-resend-address", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Terry Ingram <terry.ingram@example.org>", "thunderbird", "Thesis delivery - wrong address",
      "Address-change request resent the next day as a new mail with the same subject (no threading headers); no reply.",
      cu("11-16 09:00", """Hello,

My thesis order QB-T-90198 shows delivery to my old college address. Please change the delivery address to 14 Mill Road, Cambridge CB1 2AD before it goes out.

Terry Ingram"""),
      cu("11-17 15:30", """Hello,

My thesis order QB-T-90198 shows delivery to my old college address. Please change the delivery address to 14 Mill Road, Cambridge CB1 2AD before it goes out. I sent this yesterday but haven't had a reply.

Terry Ingram""", chase=True, parent=0)),

    C("q54-ward-tiger-book", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Bethany Ward <bethany.ward@example.com>", "android", "Restoring a children's book",
      "Evening enquiry, 'just checking you got my email below?' two days later, then a full answer (slow first response); quiet for seven days since.",
      cu("11-11 19:00", """Hi, my childhood copy of The Tiger Who Came to Tea has lost its spine and a few pages are torn. Is it worth restoring, and what would it cost? It's for my daughter.

Beth

Get Outlook for Android"""),
      cu("11-13 12:00", """Hi again, just checking you got my email below about the children's book?

Beth

Get Outlook for Android""", chase=True),
      ag("gideon", "11-13 15:30", """Dear Beth,

Sorry for the slow reply - we're buried in theses this month. Yes, it's worth it for a book with that kind of history. A new cloth spine, with the torn pages mended with Japanese tissue, would be about £55, and it would be ready in two to three weeks.

Kind regards,
Gideon""")),

    C("q55-finch-prayer-book", "en", "closed", {},
      "Gerald Finch <gfinch@example.org>", "oldclient", "Prayer book",
      "An old mail client sends no Message-ID (twice), so support's reply carries no In-Reply-To; price and a Wednesday visit answered; thanks-only close.",
      cu("11-10 10:00", """Dear Sirs,

I should like to have my late wife's Book of Common Prayer rebound. It is a small one, about 5 by 3 inches, and the leather has crumbled away entirely. Would you please tell me what you would charge, and whether I might bring it in myself on a Wednesday afternoon.

Yours faithfully,
Gerald Finch""", msgid=False, note="Gerald Finch's request to rebind his late wife's prayer book (no Message-ID)"),
      ag("gideon", "11-10 14:00", """Dear Mr Finch,

Thank you for your letter. For a small prayer book rebound in black goatskin, keeping the gilt edges, our charge is £110. Wednesday afternoons are fine - the studio is open until five and I am usually in myself.

Kind regards,
Gideon Farrant"""),
      cu("11-10 16:00", """Thank you. I shall come in on Wednesday the 18th.

G. Finch""", thanks=True, msgid=False, note="Gerald Finch's thanks, saying he will come on the 18th (no Message-ID)")),
]

UNANSWERED: dict[str, list[str]] = {
    "q02-morrow-calf-reback": [
        "I'd also like to know whether you photograph books before and after treatment, as I would want to use the images in the listing."],
    "q04-kingsfold-periodicals": [
        "Also, could you collect them from the library on a Tuesday, as in previous years?",
        "Finally, our finance office now insists on a purchase order number on every invoice: please quote PO KC-LIB-2291 on it."],
    "q06-amadi-thesis-deadline": [
        "I was wondering whether you can print the title on the front cover as well as on the spine, as my department's guidance is a bit vague on that."],
    "q08-kessler-familienbibel": [
        "Für die Versicherung benötige ich außerdem vorab einen schriftlichen Kostenvoranschlag."],
    "q10-lumiere-carnets": [
        "Enfin, je voudrais savoir si vous pouvez stocker le reste de la commande annuelle et nous livrer par lots."],
    "q12-garrido-tesis-factura": [
        "Necesito además que la factura salga a nombre de la universidad, con el CIF Q3799001J, porque la paga el proyecto de investigación."],
    "q14-harcourt-client-journals": [
        "Do you offer gift boxes, and if so what do they add to the price?",
        "Would you be able to courier them directly to our four regional offices rather than to us?"],
    "q16-thornbury-dickens-label": [
        "could you add a small paper label inside each front cover saying when and by whom they were repaired?"],
    "q18-quayle-foil-on-black": [
        "Would a matt gold foil show up well enough on black, or is shiny gold better?"],
    "q20-stmarks-registers-template": [
        "Please let us know what information you would need from us to quote for it.",
        "Would your conservator be willing to visit the church to look at the registers in situ?"],
    "q22-dunmore-memoir": [
        "I was wondering whether you could scan and tidy those up as part of the job or whether we should have that done elsewhere first."],
    "q24-castleford-ledgers": [
        "Could you also confirm whether the ledgers would be insured while they are with you?"],
    "q26-ravensworth-visitors-books": [
        "What would a new one like that cost?"],
    "q28-huerta-libro-cuentas": [
        "También me gustaría saber si los agujeros de polilla se pueden rellenar, o si es mejor dejarlos como están."],
    "q30-hoffmann-vorzugsausgabe": [
        "Wir bräuchten außerdem einen Schuber für jedes Exemplar – bieten Sie das auch an?"],
    "q32-leclerc-these": [
        "Est-il possible d'ajouter le logo de mon université sur la couverture, en doré ?"],
    "q34-sutton-deposit-receipt": [
        "Please send me a receipt for it - I need it for my records."],
    "q36-fairbairn-vat-reopened": [
        "Please update it to 7 Market Hill, Royston."],
    "q38-penrose-small-press": [
        "Do you offer a numbered, slipcased version of the first 26 copies?"],
    "q40-beckett-acid-free-letter": [
        "The graduate office now wants confirmation that they were printed on acid-free paper, so I need a letter from you on your letterhead saying so, addressed to the Board of Graduate Studies."],
    "q42-hartley-recipe-journal": [
        "could the pages be ruled rather than plain?",
        "And would it be possible to add a pocket inside the back cover for loose recipe cards?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"QB-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=STUDIO, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", STUDIO),
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
    """Give every message its Message-ID (none for a client that sends none) and raw bytes,
    parents first (as :func:`mailcraft.render_corpus`, which always sets a Message-ID)."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to), ("Subject", m.subject),
                   ("Date", email.utils.format_datetime(m.date))]
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
    for name in UNANSWERED:
        if name not in names:
            out.append(f"UNANSWERED names an unknown case {name}")
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
        notes = [m.note for m in c.msgs if not m.message_id]
        if len(set(notes)) != len(notes):
            out.append(f"{c.name}: notes of messages without Message-ID are not unique")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 79: Quirebrook Bookbinders - cases",
                                 f"make_{NAME}_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures (computed from the cases) and the design."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    totals = Counter()
    for c in cases:
        totals.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    lang_text = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in langs.most_common())
    rule_text = ", ".join(f"{r} {totals[r]}" for r in RULES if totals[r])
    return f"""# Practice corpus 79: Quirebrook Bookbinders support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Quirebrook Bookbinders**, a bindery and conservation studio in Cambridge:
  thesis and dissertation binding (deadlines, paper, lettering, delivery to the Board of
  Graduate Studies), book restoration and conservation (rebacks, family bibles, parish
  registers, water damage), bespoke journals, guest books, albums and portfolios, gold
  foiling, and collection and courier runs. Support address
  `studio@quirebrookbinders.example`; agents Nell Ashdown (thesis desk), Gideon Farrant
  (conservation), Priya Sandhu (bespoke and commissions), Fergus Doyle (collections and
  courier), Tilda Makepeace (accounts, `accounts@`), Anke Vogelsang (German-speaking
  clients), Solène Marchetti (French-speaking clients) and Ramón Esteve (Spanish-speaking
  clients), all `@quirebrookbinders.example`. A helpdesk robot acknowledges a few mails with
  "we will reply within 24 hours on working days" - service-hours text, not a commitment.
- Customers are PhD students, librarians, antiquarian booksellers, solicitors, clergy, event
  planners, schools, publishers and private owners of family books on `*.example` domains
  and example.com/.org/.net. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain quirebrookbinders.example`.

```
python scripts/make_{NAME}_corpus.py                  # regenerate (deterministic, stdlib only)
python scripts/make_{NAME}_corpus.py --out /tmp/p79   # ... into another folder
python scripts/evaluate.py --corpus tests/{NAME}      # accuracy of the current tool
python -m pytest -q tests/test_{NAME}_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and
so are the labelling conventions. `CASES.md` is the generated per-case table. This README is
generated too. Do not edit generated files; edit the script and rerun it.

## Contents

- {len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox ({roles['customer']} customer mails,
  {roles['auto']} customer out-of-office reply), {roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements.
- {clean} clean cases ({round(100 * clean / len(cases))} %).
- Languages: {lang_text}.
- Statuses: {statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.
- Expected findings: {rule_text}.
- The {totals['unanswered-question']} labelled unanswered questions are in {asking} cases.

## What the corpus contains by design

- **Several questions per mail**, in varied forms: numbered and dashed lists (q01, q14, q32,
  q38), direct questions, indirect ones ("I was wondering whether...", "Quisiera saber
  si...", "je voudrais savoir si...", "Could you let me know..."), requests without a question
  mark ("Please send me a receipt...", "I need a letter from you...", "Für die Versicherung
  benötige ich ... einen schriftlichen Kostenvoranschlag", "Necesito además que la factura
  salga a nombre de la universidad..."), a question inside a long paragraph (q22).
- **Answers in support's own words**: out of order in one paragraph (q01), inline under the
  quoted questions (q05, q39), two questions in one sentence (q27, q37, q31's "Yes and
  yes"), a bare measurement and a bare link (q23), a date (q39), a PDF quote (q11, q14,
  q45), a photo (q17), after a chase (q30, q41, q45, q54), by a colleague (q17, q26, q50).
- **Unanswered questions** of the realistic kind: a secondary question skipped (q02, q06,
  q08, q10, q12, q28, q32, q38), a request made in passing (q04's PO number, q34's receipt,
  q36's address, q40's letter), a neighbouring question answered instead (q04 drop-off hours
  for "could you collect", q18 foil colours for "matt or shiny"), a templated reply (q20),
  questions in a follow-up mail after the main matter was settled (q16, q42), the one
  question nobody of three agents answers (q26).
- **Not questions**: a rhetorical question and a question the customer answers herself
  (q15), pleasantries ("hope you're surviving the November rush?", "¿qué tal todo por el
  taller?"), questions inside a forwarded quote (q21, HTML-only), signatures with "?" and
  `?` URLs (support's own, q14, q31, q52), thanks-only mails (q01, q02, q09, q13, q18, q31,
  q55), questions in a customer's latest unanswered mail (awaiting reply, q43, q46, q47, q51,
  q52, q53).
- **Commitments**: kept on time by a colleague (q17 "by tomorrow"), kept late = missed (q26
  "by Thursday" -> Monday, q41 "by Thursday" -> Monday, q45 "bis Freitag" -> Tuesday, q50
  "by end of day" -> next morning), never kept (q24 "by Thursday", q43 "early next week",
  q44 "tomorrow", q46 "lundi", q47 "mañana", q48 and q49 without a date, q51 "in the next
  couple of days"), deadlines still ahead at audit time (q13 "by Wednesday 2 December", q25
  "on Tuesday 24th"). Not commitments: logistics ("our courier partner collects on
  Thursday", q27; collection bookings, q13, q16, q26), a process description ("we'll email
  you the final invoice at that point", q34), a refund timing (q36), the acknowledgement.
- **Chasing**: "Just checking in", "Any news on...?", "Just following up", "I'm still
  waiting", "just checking you got my email below?", "any update on this?", "ich warte noch
  auf eine Rückmeldung", "gibt es schon etwas Neues", "Je me permets de vous relancer",
  "¿Hay alguna novedad...? Sigo esperando", and a word-for-word resend as a new mail with the
  same subject (q53). q51 chases twice (count 2).
- **Status and timing**: fresh case with only the acknowledgement (q19), slow first
  responses (q14 Friday -> Monday, q30, q54), an explicit close ("I'll mark this as
  resolved") followed by a new request (q36, reopened), three agents on one case (q26).
- **Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop/web/Android
  (From:/Sent: and Von:/Gesendet: blocks, `RE:`/`AW:` subjects), Apple Mail (en/fr), iPhone,
  Thunderbird (en/de), an old Eudora client that sends no Message-ID (q55, `null` ids with
  notes); plain 7bit, quoted-printable, base64 (q35), multipart/alternative (q03, q31,
  acknowledgements), HTML-only (q21); PNG and PDF attachments; a customer's out-of-office
  (q29); a reply without threading headers (q36), a References gap (q16), a resend without
  threading headers (q53), a customer replying to their own mail to chase (q30, q51, q52,
  q54), two customers using the same subject "Thesis binding question" (q23, q40), a
  customer in UTC-6 (q47) and several in UTC+1.

## Judgement calls

- **Deferral is not an unanswered question**: a question answered with a promise counts only
  through `missed-follow-up` if the promise is broken (q24's estimate, q41, q43, q44, q45,
  q46, q47, q48, q49, q51). q24's insurance question is not part of the promise and is
  labelled.
- **q04**: "drop-offs at the studio are welcome" does not answer "could you collect them from
  the library on a Tuesday?" - labelled.
- **q18**: the list of foil colours does not say whether matt or shiny gold shows better on
  black - labelled.
- **q20**: the templated reply covers whether the registers can be treated (link) and what is
  needed for a conservation estimate; the information needed to quote for the new book of
  remembrance and the site visit are not touched - two findings.
- **q26**: Nell says a matching new book with the Hall's name in gold is possible (the
  request is addressed), but no one gives its price - one finding. Nell's promise "he'll
  write to you by Thursday" is kept by Gideon on Monday: missed.
- **q42**: two separate questions ("could the pages be ruled rather than plain?" and "And
  would it be possible to add a pocket...?"), two findings; the payment link answers the
  third.
- **q13**: "Gideon ... will send you an estimate for each by Wednesday 2 December" is a
  promise whose deadline is after the audit time - no finding.
- **q17**: "Please go ahead with that" is a real message (not thanks-only); Gideon's reply
  follows it.
- **q02, q31**: "I'll bring it in on Thursday", "I'll confirm next week" ask nothing - thanks
  and acknowledgement only, so the cases close on support's reply.

## Independence

Written from the helper brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, and scripts/make_practice24_corpus.py
with tests/test_practice24_corpus.py and tests/practice24/README.md as a format example
(structure only; customers, wording and stories are new). The worktree's latest commit
subjects (`git log --oneline`) were seen once when checking the branch. Not opened: `happyaudit/`, the README's method, accuracy and
weak-point sections, any other test file or corpus. All labels were fixed before the single
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
    mailcraft.write_maildir(box / "Sent", sent, "mx1.quirebrookbinders.example")
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
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent if p["Message-ID"]}
    no_id = {(p["From"].addresses[0].addr_spec, p["Date"]): (p, p in inbox)
             for p in inbox + sent if not p["Message-ID"]}
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed, in_mbox = by_id[m.message_id]
        else:
            parsed, in_mbox = no_id[(addr_of(m.frm)[1], email.utils.format_datetime(m.date))]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


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
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice79 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
