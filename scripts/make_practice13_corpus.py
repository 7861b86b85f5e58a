#!/usr/bin/env python3
"""Regenerate ``tests/practice13/``: a labelled corpus of Alder & Oak Home customer support.

A support mailbox of a fictional online furniture and homeware retailer (sofas, beds,
made-to-order tables, delivery slots, two-person delivery and assembly, damaged items, returns
and collections, fabric swatches, finance plans, trade accounts for interior designers),
written without looking at the detection heuristics or at the other corpora's cases, with
many customer questions - most answered in varied ways, some not. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``alderoak.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, the questions left unanswered and a
fragment of each question that was answered). The script recomputes status and every rule
count from those facts and the dates and refuses to write when they disagree with the
hand-written case labels, or when a labelled (or answered) question is not verbatim in the
customer's own text.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice13_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "alderoak.example"
SUPPORT = "hello@alderoak.example"
HELPDESK = "Alder & Oak Home <hello@alderoak.example>"
RULES = mailcraft.RULES

AGENTS = {
    "ruth": ("Ruth Okonkwo <ruth.okonkwo@alderoak.example>", "thunderbird", """-- 
Ruth Okonkwo
Customer Care | Alder & Oak Home
Track your order: https://alderoak.example/orders?view=track&src=mail"""),
    "sam": ("Sam Whitfield <sam.whitfield@alderoak.example>", "outlook", """-- 
Sam Whitfield
Delivery & Assembly Team | Alder & Oak Home
0161 555 0148 | Mon-Sat 8am-6pm"""),
    "imogen": ("Imogen Hale <imogen.hale@alderoak.example>", "gmail", """-- 
Imogen Hale
Trade & Finance | Alder & Oak Home
Trade programme: https://alderoak.example/trade?ref=sig
This e-mail is confidential. If you received it in error, please tell us and delete it."""),
    "tobias": ("Tobias Keller <tobias.keller@alderoak.example>", "thunderbird_de", """-- 
Tobias Keller
Kundenservice Deutschland | Alder & Oak Home
https://alderoak.example/de/hilfe?quelle=signatur"""),
    "claire": ("Claire Dubois <claire.dubois@alderoak.example>", "apple_fr", """-- 
Claire Dubois
Service client France | Alder & Oak Home
https://alderoak.example/fr/aide?utm_source=email"""),
    "marta": ("Marta Vidal <marta.vidal@alderoak.example>", "outlook", """-- 
Marta Vidal
Atención al cliente | Alder & Oak Home
¿Dudas sobre su pedido? https://alderoak.example/es/ayuda?origen=firma"""),
    "owen": ("Owen Price <owen.price@alderoak.example>", "gmail", """-- 
Owen Price
Returns & Collections | Alder & Oak Home"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Alder & Oak Home. This is an automatic confirmation:
your message has reached us as ticket {ref}. Our care team works Monday to
Saturday, 8am-6pm, and we will reply within 24 hours.

Please keep the ticket number if you contact us again.

Alder & Oak Home - Customer Care
https://alderoak.example/help?ticket={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Alder & Oak Home. Dies ist eine
automatische Eingangsbestätigung, Ihre Anfrage hat die Nummer {ref}.
Wir antworten in der Regel innerhalb von 24 Stunden.

Alder & Oak Home - Kundenservice""",
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
    "helpdesk": ["X-Mailer: AlderDesk 3.2"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ao.", outlook_server="LO2PR0")

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
    uq: list[str] = field(default_factory=list)  # questions no later support reply addresses
    aq: list[str] = field(default_factory=list)  # a verbatim fragment of each answered question
    extra: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Case:
    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    subject: str
    client: str
    story: str
    msgs: list[Msg] = field(default_factory=list)


CASES: list[Case] = []


def at(day: int, hm: str, tz: int = 0) -> datetime:
    """``day`` November 2026 at ``hm`` in UTC+``tz`` hours."""
    hh, mm = map(int, hm.split(":"))
    return datetime(2026, 11, day, hh, mm, tzinfo=timezone(timedelta(hours=tz)))


def eod(day: int) -> datetime:
    """The end of ``day`` November 2026, the deadline of a promise for that day."""
    return datetime(2026, 11, day, 23, 59, tzinfo=UTC)


def case(name, lang, status, rules, customer, subject, client, story) -> Case:
    """Open a new case; the following ``say`` calls add its messages."""
    c = Case(name, lang, status, rules, customer, subject, client, story)
    CASES.append(c)
    return c


def say(c: Case, key: str, role: str, when: datetime, body: str, *, who: str | None = None,
        parent: str | None = None, subject: str | None = None, client: str | None = None,
        kind: str = "plain", cte: str | None = None, thread: bool = True, thanks: bool = False,
        closes: bool = False, chase: bool = False, promises=(), uq=(), aq=(), extra=(),
        attach=()) -> None:
    """Add a message to case ``c``: ``role`` decides sender, recipient and signature."""
    full = f"{c.name}/{key}"
    if role == "agent":
        frm, agent_client, sig = AGENTS[who]
        client = client or agent_client
        body = body.rstrip("\n") + "\n\n" + sig + ("\n\n{quote}" if parent and "{quote}" not in body
                                                 and "> " not in body else "")
        to = c.customer
    elif role == "ack":
        frm, client, to = HELPDESK, "helpdesk", c.customer
    else:
        frm, client, to = c.customer, client or c.client, SUPPORT
    if subject is None:
        prefix = {"outlook": "RE: ", "outlook_de": "AW: ", "owa": "RE: ", "android": "RE: "}.get(client, "Re: ")
        subject = c.subject if parent is None and role != "ack" else (
            f"[Ticket {ack_ref(c)}] {c.subject}" if role == "ack" else prefix + c.subject)
    m = Msg(key=full, case=c.name, role=role, agent=who if role == "agent" else None,
            client=client, kind=kind, cte=cte, frm=frm, to=to, subject=subject, date=when,
            body=body, parent=f"{c.name}/{parent}" if parent else None, thread=thread,
            thanks_only=thanks, closes=closes, chase=chase,
            promises=[(d, f"{c.name}/{k}" if k else None) for d, k in promises],
            uq=list(uq), aq=list(aq), extra=list(extra), attach=list(attach))
    c.msgs.append(m)


def ack_ref(c: Case) -> str:
    """The helpdesk ticket number of a case."""
    return f"AO-{70000 + 53 * (CASES.index(c) + 1)}"


def ack(c: Case, key: str, when: datetime, parent: str, lang: str = "en") -> None:
    """The helpdesk's automatic acknowledgement of message ``parent``."""
    say(c, key, "ack", when, ACK[lang].format(ref=ack_ref(c)), parent=parent, kind="alt",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


PHOTO = mailcraft.png(6, 4, lambda x, y: (150 + 15 * x, 110 + 10 * y, 80))
TRADE_QUOTE = mailcraft.pdf(["Alder & Oak Home - Trade quotation TQ-5521",
                             "Studio Hale Interiors", "4 x Harlow 3-seat sofa, Moss velvet",
                             "Trade price: GBP 5,376.00 incl. VAT", "Valid until 31 December 2026"])

# --------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------

c = case("a01-harlow-sofa-slot-swatches", "en", "closed", {},
         "Laura Pembridge <laura.pembridge@example.com>", "Harlow sofa - delivery day and swatches",
         "gmail", "Three questions (slot change, flat without a lift, swatches) answered in one "
         "paragraph in a different order after a helpdesk acknowledgement; thanks-only close.")
say(c, "q1", "customer", at(3, "09:12"), """Hi there,

I ordered the Harlow 3-seat sofa last week (order AO-318842) and have a few questions.

Can I change my delivery slot to Saturday 14 November? I'm away on the 12th.
Do you deliver to a third-floor flat without a lift? The stairs are fairly wide.
Could you also send me swatches of the Harlow velvet in moss and rust? I'm still torn
between the two for the matching footstool.

Hope the week's treating you well!

Laura
""", aq=["Can I change my delivery slot", "third-floor flat without a lift",
         "swatches of the Harlow velvet"])
ack(c, "ack", at(3, "09:13"), "q1")
say(c, "r1", "agent", at(3, "13:40"), """Hi Laura,

Thanks for your order. Moss and rust swatches went out in today's post, so they should be
with you by Thursday. Our two-person team carries sofas up any number of flights, so the
third floor is no problem - the Harlow comes with removable feet and fits most stairwells.
I've moved your delivery to Saturday 14 November, 8am-12pm; you'll get a text the evening
before with a two-hour window.

Best wishes,
Ruth""", who="ruth", parent="q1")
say(c, "t1", "customer", at(3, "14:02"), """Brilliant, thank you Ruth!

Laura

{quote}""", parent="r1", thanks=True)

c = case("a02-ember-bed-damaged-slat", "en", "closed", {"unanswered-question": 1},
         "Dominic Ashworth <dom.ashworth@example.org>", "Damaged slat on Ember bed",
         "outlook", "Damaged bed slat: the replacement is arranged, the secondary question about "
         "keeping the packaging for a collection is skipped.")
say(c, "q1", "customer", at(4, "19:25"), """Hello,

Our Ember king-size bed arrived on Monday and one of the centre slats is cracked right
through - photo of the box label is on the order page. Please send a replacement slat as
soon as you can; we're sleeping on the mattress on the floor at the moment.

Could you also confirm whether I need to keep the original packaging for the collection?
It's taking up half the hallway.

Regards,
Dominic Ashworth
""", aq=["Please send a replacement slat"],
    uq=["Could you also confirm whether I need to keep the original packaging for the collection?"])
say(c, "r1", "agent", at(5, "10:05"), """Dear Dominic,

I'm sorry the bed arrived with a cracked slat. I've ordered a replacement centre slat from
our warehouse and it will be delivered by courier on Monday 9 November, no signature needed.
It simply clips into the existing holders, so no tools are required.

Kind regards,
Sam""", who="sam", parent="q1")

c = case("a03-brancaster-table-workshop", "en", "closed", {},
         "Priti Raman <priti.raman@example.net>", "Brancaster table - custom width?",
         "apple", "Two made-to-order questions deferred to the workshop with 'by Thursday'; "
         "the answer comes on Thursday (promise kept on time).")
say(c, "q1", "customer", at(3, "08:30"), """Good morning,

We're looking at the Brancaster dining table in oiled oak, 220 cm.

What is the current lead time for the 220 cm Brancaster table?
Can you make it 90 cm wide instead of 100? Our dining room is quite narrow.

Many thanks,
Priti Raman
""", aq=["What is the current lead time", "Can you make it 90 cm wide"])
say(c, "r1", "agent", at(3, "11:15"), """Hi Priti,

Thanks for your interest in the Brancaster. Both depend on the workshop's current schedule,
so let me check with them and I'll get back to you by Thursday.

Best wishes,
Ruth""", who="ruth", parent="q1", promises=[(eod(5), "r2")])
say(c, "r2", "agent", at(5, "15:20"), """Hi Priti,

I've heard back from our workshop in Shropshire. The 220 cm Brancaster is currently ten
weeks from order. A 90 cm width is possible as a bespoke size: it adds £180 and one week to
the lead time, and the bench can be narrowed to match at no extra cost.

Best wishes,
Ruth""", who="ruth", parent="r1")
say(c, "t1", "customer", at(5, "18:02"), """Thank you, that's really helpful - we'll have a think over the weekend.

Priti

{quote}""", parent="r2", thanks=True)

c = case("a04-whitby-finance-template", "en", "pending", {"unanswered-question": 2},
         "Gareth Llewellyn <gareth.llewellyn@example.com>", "Finance on the Whitby corner sofa",
         "gmail", "Two precise finance questions answered with the templated 'how to apply' text; "
         "its '0% on selected items over £500' is a partial answer, counted as unanswered.")
say(c, "q1", "customer", at(16, "20:44"), """Hello,

I'd like to buy the Whitby corner sofa (left-hand, charcoal weave) on finance.

Is the 0% finance available on the Whitby corner sofa, or only on beds?
And can I settle the plan early without a fee?

Cheers,
Gareth
""", uq=["Is the 0% finance available on the Whitby corner sofa, or only on beds?",
         "And can I settle the plan early without a fee?"])
say(c, "r1", "agent", at(17, "09:31"), """Dear Gareth,

Thank you for your interest in Alder & Oak finance.

Alder Pay lets you spread the cost of your furniture over 6 to 36 months. 0% finance is
available on selected items over £500. To apply, add your items to the basket and choose
"Pay monthly with Alder Pay" at checkout; you'll receive a decision within minutes.

Finance is subject to status. UK residents aged 18+ only.

Kind regards,
Imogen""", who="imogen", parent="q1")

c = case("a05-lieferung-rechnungsadresse", "de", "closed", {"unanswered-question": 1},
         "Jens Habermann <j.habermann@example.de>", "Liefertermin Kleiderschrank Tove",
         "outlook_de", "Der Liefertermin wird verschoben; die nebenbei erbetene Rechnung an die "
         "Firmenadresse bleibt unbeachtet.")
say(c, "q1", "customer", at(6, "08:10", 1), """Guten Morgen,

für unseren Kleiderschrank Tove (Bestellung AO-DE-20931) ist die Lieferung am 10. November
geplant. Können Sie den Liefertermin auf den 12. November verschieben? Am 10. sind wir
leider beide nicht zu Hause.

Außerdem bitte ich Sie, die Rechnung an meine Firmenadresse zu schicken: Habermann Akustik GmbH, Lindenstraße 8, 50674 Köln.

Mit freundlichen Grüßen
Jens Habermann
""", aq=["Liefertermin auf den 12. November verschieben"],
    uq=["Außerdem bitte ich Sie, die Rechnung an meine Firmenadresse zu schicken: Habermann Akustik GmbH, Lindenstraße 8, 50674 Köln."])
say(c, "r1", "agent", at(6, "10:45", 1), """Guten Tag Herr Habermann,

kein Problem: Ich habe die Lieferung auf Donnerstag, den 12. November, zwischen 8 und 13 Uhr
umgebucht. Sie erhalten am Vortag eine SMS mit einem genaueren Zeitfenster.

Freundliche Grüße
Tobias Keller""", who="tobias", parent="q1")

c = case("a06-boxspringbett-inline", "de", "closed", {},
         "Sabine Vogt <sabine.vogt@example.de>", "Fragen zum Boxspringbett Aalen",
         "thunderbird_de", "Drei Fragen, inline unter den zitierten Fragen beantwortet; eine "
         "Rückfrage der Kundin ebenfalls beantwortet.")
say(c, "q1", "customer", at(9, "18:05", 1), """Hallo,

ich interessiere mich für das Boxspringbett Aalen in 180 x 200.

Wie hoch ist das Bett insgesamt mit Topper?
Gibt es den Bezug auch in Dunkelgrün?
Wird das alte Bett bei der Lieferung mitgenommen?

Viele Grüße
Sabine Vogt
""", aq=["Wie hoch ist das Bett", "auch in Dunkelgrün", "alte Bett bei der Lieferung mitgenommen"])
say(c, "r1", "agent", at(10, "09:20", 1), """Hallo Frau Vogt,

danke für Ihr Interesse, meine Antworten stehen direkt unter Ihren Fragen:

Am 09.11.26 um 18:05 schrieb Sabine Vogt:
> Wie hoch ist das Bett insgesamt mit Topper?

Mit dem 6-cm-Topper sind es 62 cm bis zur Liegefläche.

> Gibt es den Bezug auch in Dunkelgrün?

Ja, in "Tannengrün" aus unserer Samt-Kollektion, ohne Aufpreis.

> Wird das alte Bett bei der Lieferung mitgenommen?

Gegen 49 EUR nehmen wir Ihr altes Bett samt Matratze mit; das können Sie bei der
Bestellung als Option wählen.

Freundliche Grüße
Tobias Keller""", who="tobias", parent="q1")
say(c, "q2", "customer", at(10, "12:40", 1), """Danke! Und muss ich die Entsorgung vorher irgendwo anmelden, oder reicht die Option?

Sabine

{quote}""", parent="r1", aq=["muss ich die Entsorgung vorher irgendwo anmelden"])
say(c, "r2", "agent", at(10, "14:05", 1), """Hallo Frau Vogt,

die Option im Warenkorb reicht völlig, sonst ist nichts zu tun.

Freundliche Grüße
Tobias Keller""", who="tobias", parent="q2")

c = case("a07-echantillons-lin-lave", "fr", "closed", {"unanswered-question": 1},
         "Hélène Marchetti <helene.marchetti@example.fr>", "Échantillons tissu Lin lavé",
         "apple_fr", "Deux questions sur les échantillons : la gratuité est traitée, la question "
         "du déhoussable reçoit une réponse à côté (les coloris).")
say(c, "q1", "customer", at(4, "14:22", 1), """Bonjour,

J'hésite pour le canapé Sorrel en tissu Lin lavé.

Pourriez-vous me dire si le tissu Lin lavé est déhoussable et lavable en machine ? Nous
avons un chien et deux enfants...
Est-ce que les échantillons sont gratuits ?

Bien cordialement,
Hélène Marchetti
""", aq=["Est-ce que les échantillons sont gratuits"],
    uq=["Pourriez-vous me dire si le tissu Lin lavé est déhoussable et lavable en machine ?"])
say(c, "r1", "agent", at(5, "09:50", 1), """Bonjour Madame Marchetti,

Merci pour votre message. Les échantillons sont gratuits, jusqu'à six par commande, et
partent sous trois jours ouvrés. Le Lin lavé existe en douze coloris, du craie au
terracotta : je vous conseille de commander le « Sauge » et le « Grès », très demandés en
ce moment.

Belle journée,
Claire""", who="claire", parent="q1")

c = case("a08-livraison-belgique-oui", "fr", "closed", {},
         "Bruno Lefèvre <bruno.lefevre@example.be>", "Livraison en Belgique ?",
         "gmail", "Une question fermée, réponse d'un seul mot (« Oui ») ; remerciement.")
say(c, "q1", "customer", at(2, "11:05", 1), """Bonjour,

Est-ce que vous livrez en Belgique le lit Ember ? Et le montage est-il compris ?

Merci,
Bruno
""", aq=["Est-ce que vous livrez en Belgique", "Et le montage est-il compris ?"])
say(c, "r1", "agent", at(2, "15:30", 1), """Oui et oui !

Claire""", who="claire", parent="q1")
say(c, "t1", "customer", at(2, "16:01", 1), """Super, merci beaucoup.

Bruno

{quote}""", parent="r1", thanks=True, client="gmail")

c = case("a09-mesa-extensible-novedad", "es", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "Lucía Ortega <lucia.ortega@example.es>", "Plazo de entrega mesa Marlow",
         "gmail_es", "Pregunta sin respuesta durante dos días; la clienta insiste con '¿Hay alguna "
         "novedad?' y la respuesta llega después (respuesta lenta).")
say(c, "q1", "customer", at(2, "10:15", 1), """Hola,

Hice un pedido de la mesa extensible Marlow (pedido AO-ES-4471) hace dos semanas.
¿Me podrían decir cuándo está prevista la entrega en Valencia?

Un saludo,
Lucía Ortega
""", aq=["cuándo está prevista la entrega en Valencia"])
say(c, "q2", "customer", at(4, "12:30", 1), """Buenas tardes,

¿Hay alguna novedad? Sigo sin saber nada del pedido.

Lucía

{quote}""", parent="q1", chase=True, aq=["Hay alguna novedad"])
say(c, "r1", "agent", at(4, "16:10", 1), """Hola Lucía:

Disculpe la demora. Su mesa Marlow sale del almacén el lunes 9 y la entrega en Valencia
será el jueves 12 de noviembre, entre las 9:00 y las 14:00.

Un saludo,
Marta""", who="marta", parent="q2")

c = case("a10-colchon-despues", "es", "pending", {"unanswered-question": 1},
         "Andrés Molina <andres.molina@example.com>", "Cambio de colchón",
         "gmail_es", "Caso resuelto; días después el cliente añade una pregunta en un correo de "
         "agradecimiento y la respuesta solo agradece.")
say(c, "q1", "customer", at(11, "09:00", 1), """Hola,

Quisiera saber si puedo cambiar el colchón Aran de 150 por el de 160 antes del envío.

Gracias,
Andrés
""", aq=["Quisiera saber si puedo cambiar el colchón"])
say(c, "r1", "agent", at(11, "12:20", 1), """Hola Andrés:

Sí, ya está cambiado: el pedido AO-ES-4620 lleva ahora el Aran de 160 x 200 y la diferencia
de 40 € se ha cargado en su tarjeta.

Un saludo,
Marta""", who="marta", parent="q1")
say(c, "q2", "customer", at(16, "19:45", 1), """Perfecto, muchas gracias Marta.

Una cosa más: ¿el colchón Aran viene enrollado al vacío o en plano? Es para saber si cabe por la escalera.

Andrés

{quote}""", parent="r1", uq=["¿el colchón Aran viene enrollado al vacío o en plano?"])
say(c, "r2", "agent", at(17, "10:05", 1), """Hola Andrés:

¡Gracias a usted! Esperamos que disfrute mucho de su nuevo colchón.

Un saludo,
Marta""", who="marta", parent="q2")

c = case("a11-wardrobe-warehouse-chase", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Megan Doyle <megan.doyle@example.co.uk>", "Missing wardrobe door",
         "iphone", "Agent promises an update 'tomorrow' (10 Nov), nothing comes; the customer "
         "chases on 13 Nov and gets the answer that day (kept late = missed).")
say(c, "q1", "customer", at(9, "17:48"), """Hi,

The Fenwick wardrobe was delivered today but only one of the two doors was in the boxes.
Where is the second door?

Megan

Sent from my iPhone
""", aq=["Where is the second door?"])
say(c, "r1", "agent", at(10, "08:55"), """Hi Megan,

So sorry about that. I'll chase the warehouse this morning and update you tomorrow with a
delivery date for the missing door.

Best wishes,
Ruth""", who="ruth", parent="q1", promises=[(eod(11), "r2")])
say(c, "q2", "customer", at(13, "09:02"), """Any news on this? Still one door short and the clothes are all over the bedroom.

Megan

Sent from my iPhone

{quote}""", parent="r1", chase=True, aq=["Any news on this?"])
say(c, "r2", "agent", at(13, "11:30"), """Hi Megan,

Apologies for the silence. The door was found in a separate carton at the warehouse and
will be delivered on Tuesday 17 November; our driver can fit it for you on the spot.

Best wishes,
Ruth""", who="ruth", parent="q2")

c = case("a12-refund-colleague-confirms", "en", "closed", {},
         "Ian Cartwright <ian.cartwright@example.net>", "Refund for returned armchair",
         "thunderbird", "Sam answers the collection questions and says a finance colleague will "
         "confirm the refund amount by Wednesday; Imogen confirms it on Tuesday (kept by a colleague).")
say(c, "q1", "customer", at(2, "10:20"), """Hello,

I returned the Ashby armchair on Friday - your driver collected it. Two questions:

Has it arrived back at your warehouse yet?
How much will be refunded, given I paid £35 for delivery?

Thanks,
Ian Cartwright
""", aq=["Has it arrived back at your warehouse yet?", "How much will be refunded"])
say(c, "r1", "agent", at(2, "14:00"), """Hello Ian,

Yes - the Ashby was checked in at our Warrington warehouse this morning in good condition.
My colleague Imogen from our finance team will confirm the refund amount to you by Wednesday.

Regards,
Sam""", who="sam", parent="q1", promises=[(eod(4), "r2")])
say(c, "r2", "agent", at(3, "11:10"), """Hello Ian,

Following on from Sam: you'll receive £649 for the chair plus the £35 delivery charge, £684
in total, back to your Mastercard ending 2291 within five working days.

Best,
Imogen""", who="imogen", parent="r1")

c = case("a13-trade-quote-monday", "en", "pending", {},
         "Farah Siddiqui <farah@studiosiddiqui.example>", "Trade pricing - hotel project",
         "owa", "Trade-discount questions answered with a number; a revised quote promised for "
         "Monday 23 November (deadline still ahead); the customer's out-of-office answers.")
say(c, "q1", "customer", at(17, "10:05"), """Hi Imogen,

We are furnishing 12 guest rooms for a boutique hotel in Harrogate. What trade discount do
you offer on orders of that size? Could you quote for 12 Ember king beds and 12 Linton
bedside tables?

Best regards,
Farah Siddiqui
Studio Siddiqui Interiors
""", aq=["What trade discount do", "Could you quote for 12 Ember"])
say(c, "r1", "agent", at(17, "15:40"), """Hi Farah,

Lovely project! Registered trade accounts get 15 % off list price, and 20 % from £10,000 per
order, which this order would reach. I'm checking a bulk delivery slot with our logistics
team and I'll send you the revised quote on Monday 23 November.

Best,
Imogen""", who="imogen", parent="q1", promises=[(eod(23), None)])
say(c, "oo", "auto", at(17, "15:41"), """Thank you for your email. I am on site until Monday 23 November with limited
access to email. For urgent matters please call the studio on 01423 555 0190.

Farah Siddiqui""", parent="r1", subject="Automatic reply: Trade pricing - hotel project",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

c = case("a14-mattress-smell-no-deadline", "en", "pending", {"missed-follow-up": 1},
         "Rory Buchanan <rory.buchanan@example.com>", "Smell from new mattress",
         "gmail", "The question is deferred with 'I'll look into it and come back to you' (no "
         "deadline, 2-day window); nothing follows, the customer only thanks.")
say(c, "q1", "customer", at(16, "08:40"), """Hello,

Our Aran mattress arrived last week and it still has quite a strong chemical smell. Is this
normal, and how long should it take to go?

Rory
""", aq=["Is this\nnormal"])
say(c, "r1", "agent", at(16, "10:15"), """Hi Rory,

Thanks for letting us know. I'll look into it with our mattress supplier and come back to you.

Best wishes,
Ruth""", who="ruth", parent="q1", promises=[(at(18, "10:15"), None)])
say(c, "t1", "customer", at(16, "10:40"), """Thanks Ruth, appreciated.

{quote}""", parent="r1", thanks=True)

c = case("a15-collection-driver-logistics", "en", "closed", {},
         "Alison Kerr <alison.kerr@example.org>", "Old mattress removal",
         "outlook", "Answers full of logistics ('the team will take the old mattress away on "
         "Wednesday', 'the driver will call 30 minutes before') and a conditional offer of "
         "fabric protection the customer does not take up - no commitments.")
say(c, "q1", "customer", at(9, "12:15"), """Hello,

We're getting the Aalen bed delivered on Wednesday. Can your team take our old mattress away
at the same time? And will they ring before arriving? The doorbell doesn't work.

Kind regards,
Alison Kerr
""", aq=["Can your team take our old mattress away", "will they ring before arriving"])
say(c, "r1", "agent", at(9, "16:30"), """Hello Alison,

Yes, I've added mattress removal to the order (£25, payable on the day). The two-person team
will take the old mattress away on Wednesday when they deliver the bed, and the driver will
call you 30 minutes before arrival.

If you'd like, I can also add our fabric protection treatment for the headboard - just let
me know.

Regards,
Sam""", who="sam", parent="q1")
say(c, "t1", "customer", at(9, "17:05"), """Perfect, thank you.

Alison

{quote}""", parent="r1", thanks=True)

c = case("a16-lamp-refund-billing-address", "en", "closed", {"unanswered-question": 2},
         "Chloe Barrington <chloe.barrington@example.com>", "Return of Orla floor lamp",
         "gmail", "Return collection handled; the gift-card refund question and the request in "
         "passing to update the billing address are both skipped.")
say(c, "q1", "customer", at(3, "20:10"), """Hi,

I'd like to return the Orla floor lamp (order AO-319905) - the shade is a lot more yellow
than in the photos and it doesn't work in our living room at all. It's still boxed.

When can you collect it? I'm working from home Tuesdays and Thursdays.

Can the refund go back to the gift card rather than my Visa? The lamp was a birthday present
and part-paid with a voucher.

Also, please update our billing address to 14 Mercer Row, Leeds LS2 7PQ - we moved last month.

Thanks so much,
Chloe
""", aq=["When can you collect it?"],
    uq=["Can the refund go back to the gift card rather than my Visa?",
        "Also, please update our billing address to 14 Mercer Row, Leeds LS2 7PQ"])
say(c, "r1", "agent", at(4, "09:40"), """Hi Chloe,

Sorry the Orla wasn't right. I've booked a collection for Thursday 5 November between 7am
and 7pm; the courier will bring a returns label, so there's nothing to print. Please leave
the lamp in its original box.

Thanks,
Owen""", who="owen", parent="q1")

c = case("a17-sideboard-inline-partial", "en", "closed", {"unanswered-question": 1},
         "Patrick Nolan <pnolan@example.ie>", "Questions about the Calder sideboard",
         "thunderbird", "Three questions; the agent answers two inline under the quoted text and "
         "skips the third (cable hole).")
say(c, "q1", "customer", at(5, "21:30"), """Hello,

A few questions about the Calder sideboard before I order:

1. Are the shelves adjustable?
2. Is the top solid oak or veneer?
3. Could you drill a cable hole in the back panel for the TV box?

Thanks,
Patrick
""", aq=["Are the shelves adjustable?", "Is the top solid oak or veneer?"],
    uq=["Could you drill a cable hole in the back panel for the TV box?"])
say(c, "r1", "agent", at(6, "10:12"), """Hi Patrick,

On 11/5/26 9:30 PM, Patrick Nolan wrote:
> 1. Are the shelves adjustable?

Yes, each cupboard has one shelf with four height positions.

> 2. Is the top solid oak or veneer?

Solid oak throughout, 26 mm thick, finished with a hard-wax oil.

Best wishes,
Ruth""", who="ruth", parent="q1")

c = case("a18-bunk-bed-awaiting", "en", "open", {"awaiting-reply": 1},
         "Nadia Haddad <nadia.haddad@example.com>", "Bunk bed weight limit",
         "android", "A customer question acknowledged by the helpdesk only; no human reply for "
         "three days.")
say(c, "q1", "customer", at(17, "13:20"), """Hi,

What is the weight limit of the top bunk on the Pip bunk bed? My eldest is 12 and quite tall.
Also do you sell a safety rail for the longer side?

Thanks
Nadia

Get Outlook for Android
""")
ack(c, "ack", at(17, "13:21"), "q1")

c = case("a19-headboard-reopened", "en", "closed", {"reopened": 1},
         "Thomas Greaves <tom.greaves@example.org>", "Headboard bolts",
         "apple", "Missing bolts sent and the ticket marked resolved; the customer writes again "
         "with a new problem (wobbling headboard) and gets an answer.")
say(c, "q1", "customer", at(6, "09:00"), """Hello,

The Ember headboard came without the four bolts that fix it to the bed frame. Could you send
some?

Tom
""", aq=["Could you send\nsome?"])
say(c, "r1", "agent", at(6, "11:30"), """Hi Tom,

Sorry about that - a bolt set is on its way by first-class post today. I'll mark this ticket
as resolved, but just reply if anything else comes up.

Regards,
Sam""", who="sam", parent="q1", closes=True)
say(c, "q2", "customer", at(11, "20:15"), """Hi Sam,

Bolts arrived, thanks - but now the headboard wobbles even with all four tightened. Is there a
spacer or washer that should go between the headboard and the frame?

Tom

{quote}""", parent="r1", aq=["Is there a\nspacer or washer"])
say(c, "r2", "agent", at(12, "09:45"), """Hi Tom,

Yes - there should be two rubber spacers in the bolt bag; if they were missing too, I've
posted a pair today. Fit them on the two upper bolts and the wobble goes.

Regards,
Sam""", who="sam", parent="q2")

c = case("a20-corner-sofa-three-agents", "en", "closed", {"many-handoffs": 1},
         "Harriet Young <harriet.young@example.com>", "Corner sofa doesn't fit through the door",
         "gmail", "A sofa that did not fit: delivery, returns and finance each reply - three "
         "agents, every question answered.")
say(c, "q1", "customer", at(2, "12:00"), """Hello,

Your drivers couldn't get the Whitby corner sofa through our front door this morning and
took it away again. What are my options now? Can the corner section be delivered in two
pieces?

Harriet
""", aq=["What are my options now?", "Can the corner section be delivered in two"])
say(c, "r1", "agent", at(2, "14:30"), """Hello Harriet,

I'm sorry about this morning. The Whitby's corner unit can't be split, but the straight
sections can be swapped for the modular Whitby, which comes in five pieces. Alternatively
we refund you in full. My colleague Owen in returns will explain the refund side.

Regards,
Sam""", who="sam", parent="q1", promises=[(at(4, "14:30"), "r2")])
say(c, "r2", "agent", at(2, "16:05"), """Hi Harriet,

If you choose the refund, there is no restocking fee because the sofa never left the van:
you'll get the full £1,849 back within five working days.

Thanks,
Owen""", who="owen", parent="r1")
say(c, "q2", "customer", at(3, "08:30"), """Thanks both. I'll go for the modular one - I paid with Alder Pay, does the finance plan carry over?

Harriet

{quote}""", parent="r2", aq=["does the finance plan carry over?"])
say(c, "r3", "agent", at(3, "10:20"), """Hi Harriet,

Yes, I've moved your Alder Pay agreement onto the modular Whitby; the monthly payment stays
at £51.36 and nothing needs signing again.

Best,
Imogen""", who="imogen", parent="q2")

c = case("a21-swatch-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "Ellen Fairweather <ellen.fairweather@example.net>", "Swatch request",
         "thunderbird", "A swatch request left two days without a reply, then sent again as a new "
         "mail with the same subject (a resend); the answer comes after the resend.")
say(c, "q1", "customer", at(9, "09:10"), """Hello,

Please send me swatches of the Harlow velvet in ink and ochre and the boucle in oat to:
Ellen Fairweather, 7 Orchard Close, Bath BA2 4HJ

Thank you,
Ellen
""", aq=["Please send me swatches"])
say(c, "q2", "customer", at(11, "10:30"), """Hello,

Please send me swatches of the Harlow velvet in ink and ochre and the boucle in oat to:
Ellen Fairweather, 7 Orchard Close, Bath BA2 4HJ

I sent this on Monday too, I'm not sure it arrived.

Thank you,
Ellen
""", thread=False, chase=True)
say(c, "r1", "agent", at(11, "13:00"), """Hi Ellen,

Apologies for the wait - your three swatches (Harlow ink, Harlow ochre, boucle oat) were
posted this afternoon by first-class post.

Best wishes,
Ruth""", who="ruth", parent="q2")

c = case("a22-sofa-feet-rhetorical", "en", "closed", {},
         "Kieran Walsh <kieran.walsh@example.com>", "Sofa delivered without feet",
         "gmail", "An exasperated mail with a rhetorical question, a pleasantry and a "
         "self-answered question around one real request, which is met.")
say(c, "q1", "customer", at(10, "18:30"), """Hi,

Hope you're all surviving the pre-Christmas rush? Our Sorrel 2-seater arrived today -
without its feet. Honestly, who sends a sofa out without the feet? It's sitting on the
floor like a beanbag.

Where do I find the order number? Ah, found it on the delivery note - AO-320417.

Please send the four oak feet as soon as possible.

Kieran
""", aq=["Please send the four oak feet"])
say(c, "r1", "agent", at(11, "09:05"), """Hi Kieran,

That's not the finish we want either - sorry! A set of four oak feet left our warehouse this
morning by tracked courier and will reach you tomorrow before 1pm. They screw straight in.

Best wishes,
Ruth""", who="ruth", parent="q1")
say(c, "t1", "customer", at(12, "13:15"), """Feet arrived and fitted - thanks for sorting it so fast.

{quote}""", parent="r1", thanks=True)

c = case("a23-forwarded-confirmation", "en", "closed", {},
         "Joanna Pike <joanna.pike@example.org>", "Fwd: Your Alder & Oak order AO-320102",
         "gmail", "The customer forwards her order confirmation (full of boilerplate questions "
         "and a '?' URL) and asks one question of her own, answered.")
say(c, "q1", "customer", at(12, "08:05"), """Hi, the order below says "delivery week 47" - which day will it actually come? I need to book time off work.

Joanna

---------- Forwarded message ---------
From: Alder & Oak Home <orders@alderoak.example>
Date: Mon, 9 Nov 2026 at 19:22
Subject: Your Alder & Oak order AO-320102
To: Joanna Pike <joanna.pike@example.org>

Thank you for your order!

1 x Linton bookcase, tall, natural oak - £495.00
Delivery: two-person delivery, week 47

Need to change something? Reply to this email or visit
https://alderoak.example/orders/AO-320102?action=edit
Questions about delivery? Can we help with anything else? See our FAQ.
""", aq=["which day will it actually come?"])
say(c, "r1", "agent", at(12, "11:40"), """Hi Joanna,

Your bookcase is booked for Wednesday 18 November; you'll get a text the evening before with
a two-hour window. If that day doesn't suit, reply with a better one and I'll move it.

Regards,
Sam""", who="sam", parent="q1")

c = case("a24-label-photo", "en", "closed", {},
         "Martin Oduya <martin.oduya@example.net>", "Scratched Calder sideboard",
         "apple", "Support asks for a photo of the label; the customer's reply quotes that "
         "question and attaches the photo; support then arranges a repair visit.")
say(c, "q1", "customer", at(2, "19:40"), """Hello,

Our Calder sideboard has a long scratch across the top, it must have happened in transit.
Can you send someone to repair it, or do we need to return it?

Martin
""", aq=["Can you send someone to repair it"])
say(c, "r1", "agent", at(3, "09:10"), """Hi Martin,

Sorry to hear that. Could you send a photo of the white label on the back panel? It tells
our repair partner which oil was used, and then I can book the right technician.

Best wishes,
Ruth""", who="ruth", parent="q1")
say(c, "q2", "customer", at(3, "12:25"), """Here you go.

Martin

{quote}""", parent="r1", attach=[("image/png", "label.png", PHOTO)])
say(c, "r2", "agent", at(3, "15:00"), """Hi Martin,

Thanks for the photo. Our furniture technician will visit on Tuesday 10 November between
9am and 1pm to repair the scratch on site - no need to return anything.

Best wishes,
Ruth""", who="ruth", parent="q2")

c = case("a25-trade-account-second-user", "en", "closed", {"unanswered-question": 1},
         "Olivia Hale-Brooks <olivia@studiohale.example>", "Trade account for Studio Hale",
         "outlook", "A designer's trade-account mail: discount, payment terms and a quote answered "
         "in one paragraph (PDF attached); the request to add a second user is skipped.")
say(c, "q1", "customer", at(4, "10:00"), """Hello,

I run a small interior design studio in Manchester and have just opened a trade account
(TR-0884). A few things:

What discount do trade members get on upholstery?
Do you offer 30-day invoice terms, or is it card only?
Please quote for four Harlow 3-seaters in moss velvet for a client's show flat.
Could you also add my colleague Priya Shah (priya@studiohale.example) as a second user on the account?

Kind regards,
Olivia Hale-Brooks
Studio Hale Interiors
""", aq=["What discount do trade members get", "30-day invoice terms", "Please quote for four Harlow"],
    uq=["Could you also add my colleague Priya Shah (priya@studiohale.example) as a second user on the account?"])
say(c, "r1", "agent", at(4, "15:30"), """Hi Olivia,

Welcome aboard! The quote for the four Harlows is attached - £5,376 including VAT, which
already includes the 20 % trade discount that applies to all upholstery; accounts that spend
over £5,000 in their first three months can move to 30-day invoice terms, until then it's
card payment.

Best,
Imogen""", who="imogen", parent="q1", attach=[("application/pdf", "TQ-5521.pdf", TRADE_QUOTE)])

c = case("a26-two-mails-one-answer", "en", "closed", {},
         "Beatrice Lowe <bea.lowe@example.com>", "Bed delivery questions",
         "gmail", "An HTML-only question, then a second mail twenty minutes later ('forgot to "
         "ask') before any reply; one reply answers both (not a chase).")
say(c, "q1", "customer", at(5, "08:00"), """Hello,

Our Aalen bed is due on Monday 9th. Do the delivery team assemble the bed in the bedroom or
just drop the boxes?

Bea
""", kind="html", aq=["Do the delivery team assemble the bed"])
say(c, "q2", "customer", at(5, "08:20"), """Sorry, forgot to ask: can they also put the mattress on and take the cardboard away?

Bea

{quote}""", parent="q1", aq=["can they also put the mattress on and take the cardboard away?"])
say(c, "r1", "agent", at(5, "11:45"), """Hi Bea,

Yes to all of it: two-person delivery includes assembly in the room of your choice, putting
the mattress on and taking all the packaging away.

Regards,
Sam""", who="sam", parent="q2")

c = case("a27-assembly-eod-late", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
         "Callum Reid <callum.reid@example.co.uk>", "Assembly booking for wardrobe",
         "thunderbird", "'I'll confirm your assembly booking by end of day' (4 Nov) delivered on "
         "5 Nov (late = missed); the question about fitting the wardrobe to the wall is never "
         "answered.")
say(c, "q1", "customer", at(4, "09:30"), """Hi,

Can I book the assembly service for the Fenwick wardrobe on Saturday 7th?
Does the assembler fix it to the wall with anti-tip brackets, or do I need to do that myself?

Cheers,
Callum
""", aq=["Can I book the assembly service"],
    uq=["Does the assembler fix it to the wall with anti-tip brackets, or do I need to do that myself?"])
say(c, "r1", "agent", at(4, "11:00"), """Hi Callum,

I'm checking the assemblers' rota for Saturday and I'll confirm your assembly booking by end
of day.

Regards,
Sam""", who="sam", parent="q1", promises=[(eod(4), "r2")])
say(c, "r2", "agent", at(5, "10:30"), """Hi Callum,

You're booked: our assembler will be with you on Saturday 7 November between 10am and 2pm.
The service costs £59 and I've taken it from the card on your order.

Regards,
Sam""", who="sam", parent="r1")

c = case("a28-eckbank-ich-melde-mich", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
         "Petra Lindner <petra.lindner@example.de>", "Eckbank Farbe weicht ab",
         "gmail_de", "Zusage 'ich melde mich morgen' (10. Nov.) nicht eingehalten; die Kundin "
         "hakt am 16. nach ('Ich warte immer noch auf eine Antwort'), die Antwort kommt am 17.")
say(c, "q1", "customer", at(9, "16:20", 1), """Guten Tag,

die gelieferte Eckbank Brancaster ist deutlich dunkler als der Tisch, den wir im Sommer bei
Ihnen gekauft haben. Ist das noch normal oder wurde ein anderes Öl verwendet?

Viele Grüße
Petra Lindner
""", aq=["Ist das noch normal oder wurde ein anderes Öl verwendet?"])
say(c, "r1", "agent", at(10, "09:30", 1), """Guten Tag Frau Lindner,

danke für den Hinweis. Ich frage in unserer Werkstatt nach, welches Öl verwendet wurde, und
melde mich morgen bei Ihnen.

Freundliche Grüße
Tobias Keller""", who="tobias", parent="q1", promises=[(eod(11), "r2")])
say(c, "q2", "customer", at(16, "08:45", 1), """Guten Tag Herr Keller,

ich warte immer noch auf eine Antwort zu der Eckbank.

Petra Lindner

{quote}""", parent="r1", chase=True)
say(c, "r2", "agent", at(17, "10:10", 1), """Guten Tag Frau Lindner,

entschuldigen Sie die Verzögerung. Die Werkstatt hat bestätigt, dass versehentlich das
dunklere "Rauchöl" verwendet wurde. Wir holen die Eckbank ab und liefern innerhalb von drei
Wochen eine neue im passenden Naturöl.

Freundliche Grüße
Tobias Keller""", who="tobias", parent="q2")

c = case("a29-relance-buffet", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
         "Julien Roussel <julien.roussel@example.fr>", "Buffet Calder : pied abîmé",
         "apple_fr", "« Je reviens vers vous d'ici jeudi » (12 nov.) non tenu ; le client relance "
         "le 16 (« Je me permets de vous relancer »), réponse le jour même.")
say(c, "q1", "customer", at(9, "10:30", 1), """Bonjour,

Un des pieds du buffet Calder est fendu à la livraison. Pouvez-vous m'envoyer un pied de
remplacement ?

Julien Roussel
""", aq=["Pouvez-vous m'envoyer un pied de\nremplacement ?"])
say(c, "r1", "agent", at(10, "09:15", 1), """Bonjour Monsieur Roussel,

Je suis désolée pour ce désagrément. Je vérifie la disponibilité du pied auprès de notre
entrepôt et je reviens vers vous d'ici jeudi.

Belle journée,
Claire""", who="claire", parent="q1", promises=[(eod(12), "r2")])
say(c, "q2", "customer", at(16, "09:00", 1), """Bonjour,

Je me permets de vous relancer au sujet du pied de remplacement.

Cordialement,
Julien Roussel

{quote}""", parent="r1", chase=True)
say(c, "r2", "agent", at(16, "14:20", 1), """Bonjour Monsieur Roussel,

Toutes mes excuses pour ce retard. Le pied de remplacement est parti ce matin par
Colissimo, vous le recevrez mercredi. Il se visse sans outil.

Belle journée,
Claire""", who="claire", parent="q2")

c = case("a30-sofa-cama-lunes", "es", "pending", {},
         "Carmen Ibáñez <carmen.ibanez@example.es>", "Sofá cama Lorca - mecanismo",
         "outlook", "La agente promete 'le escribo el lunes' y escribe el lunes 16 con la "
         "respuesta (promesa cumplida).")
say(c, "q1", "customer", at(12, "17:30", 1), """Hola,

El mecanismo del sofá cama Lorca se queda atascado a mitad de camino. ¿Es un defecto o hay
algún truco para abrirlo?

Saludos,
Carmen Ibáñez
""", aq=["Es un defecto o hay\nalgún truco para abrirlo?"])
say(c, "r1", "agent", at(13, "10:00", 1), """Hola Carmen:

Gracias por escribirnos. Lo consulto con el fabricante del mecanismo y le escribo el lunes
con una solución.

Un saludo,
Marta""", who="marta", parent="q1", promises=[(eod(16), "r2")])
say(c, "r2", "agent", at(16, "11:30", 1), """Hola Carmen:

El fabricante confirma que es un defecto conocido de un lote: un técnico cambiará el
mecanismo en su casa el jueves 26 de noviembre, sin coste.

Un saludo,
Marta""", who="marta", parent="r1")

c = case("a31-cot-bed-twice-chased", "en", "closed", {"customer-chased": 2, "slow-first-response": 1},
         "Fiona McAllister <fiona.mcallister@example.com>", "Cot bed conversion kit",
         "gmail", "A question left four days: the customer follows up twice ('Just following up', "
         "'I still haven't heard back') before the answer.")
say(c, "q1", "customer", at(2, "21:00"), """Hello,

We bought the Pip cot bed in May. Does the conversion kit to turn it into a toddler bed come
with a new mattress, or can we keep using the cot mattress?

Fiona
""", aq=["Does the conversion kit"])
say(c, "q2", "customer", at(4, "09:30"), """Just following up on my email below - could someone let me know?

Fiona

{quote}""", parent="q1", chase=True)
say(c, "q3", "customer", at(6, "08:15"), """I still haven't heard back about this. We'd like to order the kit this weekend.

Fiona

{quote}""", parent="q2", chase=True)
say(c, "r1", "agent", at(6, "11:20"), """Hi Fiona,

I'm sorry you had to write three times. The conversion kit doesn't include a mattress - the
cot mattress (70 x 140 cm) fits the toddler bed exactly, so you can keep using it.

Best wishes,
Ruth""", who="ruth", parent="q3")

c = case("a32-bookcase-wall-fixing", "en", "closed", {"unanswered-question": 1},
         "Graham Thorne <graham.thorne@example.org>", "Linton bookcase assembly",
         "owa", "Asked whether the team fixes the bookcase to the wall, the agent answers a "
         "different question (whether assembly is included).")
say(c, "q1", "customer", at(10, "13:00"), """Hello,

I'm ordering two tall Linton bookcases. Can your team fix the Linton bookcase to the wall when they assemble it? We have lath-and-plaster walls and I'd rather not do it myself.

Regards,
Graham Thorne
""", uq=["Can your team fix the Linton bookcase to the wall when they assemble it?"])
say(c, "r1", "agent", at(10, "16:20"), """Hello Graham,

Good news - assembly is included free with two-person delivery on all Linton bookcases, so
you won't need to build anything yourself. Delivery to your postcode is on Tuesdays and
Fridays.

Regards,
Sam""", who="sam", parent="q1")

c = case("a33-zurich-mixed-language", "en", "closed", {},
         "Urs Brunner <urs.brunner@example.ch>", "Delivery to Zurich",
         "gmail", "A Swiss customer mixes English and German; both questions answered in English.")
say(c, "q1", "customer", at(5, "14:10", 1), """Hello,

I want to order the Aalen Boxspringbett. Do you deliver to Switzerland? Und wie hoch sind die
Zollgebühren ungefähr? Sorry for the mix, my English is not so good when it's about customs.

Grüsse
Urs
""", aq=["Do you deliver to Switzerland?", "wie hoch sind die\nZollgebühren"])
say(c, "r1", "agent", at(5, "16:45", 1), """Hello Urs,

No need to apologise! We deliver to Switzerland with our partner Planzer, £120 for a bed.
Swiss VAT (8.1 %) and a clearance fee of about CHF 40 are charged on delivery; there is no
separate customs duty on furniture from the UK.

Best wishes,
Ruth""", who="ruth", parent="q1")

c = case("a34-dining-chairs-next-week", "en", "pending", {"missed-follow-up": 1},
         "Hannah Whitaker <hannah.whitaker@example.net>", "Chair legs uneven",
         "apple", "'I'll get back to you early next week' on Thursday 12 Nov (deadline Tuesday 17); "
         "the answer arrives on Wednesday 18 (late = missed).")
say(c, "q1", "customer", at(12, "10:20"), """Hi,

Two of our six Marlow dining chairs rock - one leg is about 3 mm shorter. Can these be
replaced?

Hannah
""", aq=["Can these be\nreplaced?"])
say(c, "r1", "agent", at(12, "14:00"), """Hi Hannah,

Sorry to hear that. I need to check stock of the Marlow chair in your finish with our
supplier - I'll get back to you early next week.

Thanks,
Owen""", who="owen", parent="q1", promises=[(eod(17), "r2")])
say(c, "r2", "agent", at(18, "09:40"), """Hi Hannah,

Two replacement Marlow chairs are in stock and will be delivered on Tuesday 24 November;
the driver will take the rocking ones away.

Thanks,
Owen""", who="owen", parent="r1")

c = case("a35-table-care-after-done", "en", "pending", {"unanswered-question": 2},
         "Simon Hargreaves <simon.hargreaves@example.com>", "Brancaster table delivered",
         "gmail", "Delivery question answered; after the table arrives the customer asks two "
         "care questions in a thank-you mail and gets the templated review request.")
say(c, "q1", "customer", at(9, "08:50"), """Hi,

Is our Brancaster table still on track for delivery this Thursday?

Simon
""", aq=["still on track for delivery"])
say(c, "r1", "agent", at(9, "12:10"), """Hi Simon,

Yes, it's on the van for Thursday 12 November, 7am-11am.

Best wishes,
Ruth""", who="ruth", parent="q1")
say(c, "q2", "customer", at(14, "10:30"), """Hi Ruth,

The table arrived on Thursday and it's gorgeous - thank you.

One more thing - does the oak need oiling before first use?
And is the 10-year guarantee registered automatically or do I need to do it online?

Simon

{quote}""", parent="r1",
    uq=["does the oak need oiling before first use?",
        "And is the 10-year guarantee registered automatically or do I need to do it online?"])
say(c, "r2", "agent", at(16, "09:15"), """Hi Simon,

Thank you for your lovely feedback! We're so pleased you love your new table.

If you have a moment, we'd be grateful for a review:
https://alderoak.example/review?order=AO-319022&src=care

Best wishes,
Ruth""", who="ruth", parent="q2")

c = case("a36-long-typo-mail", "en", "pending", {"unanswered-question": 2, "missed-follow-up": 1},
         "Derek Lomax <derek.lomax@example.co.uk>", "bed + wardrobe order, few things",
         "outlook", "A long quoted-printable mail with typos and four questions: two answered, "
         "two skipped; the promised assembly PDF 'by Friday' (13 Nov) never comes.")
say(c, "q1", "customer", at(11, "22:40"), """Hello there

Right so we orderd the Ember super king and the Fenwick wardrobe last month (order AO-319777) and a few things have come up since, sorry this is a long one. My wife has had a knee operation and we are having the spare room redone so timing is a bit all over the place at the moment.

First, wud you be able to hold the delivery untill after the 3rd of December? The room wont be ready before then.

Second what are the dimensions of the wardrobe boxes, i need to know if they will go up our stairs which have a tight turn at the top.

Third, is there any way to get the wardrobe with the mirrored doors instead of the plain ones, we have changed our minds.

Also can you send me the assembly instructions for the bed as a pdf, i like to look at these things before hand.

Thanks very much for your help, the sofa we had from you last year has been excellent.

Derek Lomax
""", cte="quoted-printable",
    aq=["wud you be able to hold the delivery untill after the 3rd of December?",
        "can you send me the assembly instructions"],
    uq=["what are the dimensions of the wardrobe boxes, i need to know if they will go up our stairs which have a tight turn at the top.",
        "is there any way to get the wardrobe with the mirrored doors instead of the plain ones, we have changed our minds."])
say(c, "r1", "agent", at(12, "10:30"), """Hello Derek,

No problem at all, I've put the order on hold and rebooked delivery for Friday 4 December.
I hope your wife's recovery goes well.

I'll email you the Ember assembly instructions as a PDF by Friday.

Regards,
Sam""", who="sam", parent="q1", promises=[(eod(13), None)])
say(c, "t1", "customer", at(12, "11:02"), """Cheers Sam, much appreciated.

Derek

{quote}""", parent="r1", thanks=True)
say(c, "r2", "agent", at(16, "09:00"), """Hello Derek,

Just confirming that your delivery on Friday 4 December is locked in; you'll get the usual
text the evening before.

Regards,
Sam""", who="sam", parent="t1")

c = case("a37-sessel-neues", "de", "closed", {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
         "Wolfgang Brandl <w.brandl@example.at>", "Sessel Ashby - Lieferzeit und Bezug",
         "thunderbird_de", "Zwei Fragen ohne Antwort, Nachfrage 'gibt es schon etwas Neues?'; die "
         "Antwort behandelt nur die Lieferzeit, nicht den waschbaren Bezug.")
say(c, "q1", "customer", at(2, "10:00", 1), """Grüß Gott,

wie lange ist derzeit die Lieferzeit für den Sessel Ashby nach Wien?
Ist der Bezug abnehmbar und waschbar?

Mit besten Grüßen
Wolfgang Brandl
""", aq=["wie lange ist derzeit die Lieferzeit"],
    uq=["Ist der Bezug abnehmbar und waschbar?"])
say(c, "q2", "customer", at(4, "09:30", 1), """Guten Tag,

gibt es schon etwas Neues zu meiner Anfrage?

W. Brandl

{quote}""", parent="q1", chase=True, aq=["gibt es schon etwas Neues"])
say(c, "r1", "agent", at(4, "14:15", 1), """Guten Tag Herr Brandl,

entschuldigen Sie bitte die späte Antwort. Der Sessel Ashby ist auf Lager und wird nach
Wien innerhalb von 10 Werktagen geliefert, frei Haus.

Freundliche Grüße
Tobias Keller""", who="tobias", parent="q2")

c = case("a38-sillon-sin-brazos", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
         "Javier Romero <javier.romero@example.com>", "Sillón Ashby para mi estudio",
         "gmail_es", "La agente responde al precio y promete confirmar mañana el plazo de "
         "entrega, cosa que no hace; la pregunta de pasada sobre la versión sin reposabrazos "
         "queda sin respuesta.")
say(c, "q1", "customer", at(3, "11:00", 1), """Hola,

¿Cuánto cuesta el sillón Ashby en terciopelo verde con envío a Sevilla?

Por cierto, ¿me podrían decir si el sillón Ashby se puede pedir sin reposabrazos? Es para un rincón estrecho.

Gracias,
Javier
""", aq=["Cuánto cuesta el sillón Ashby"],
    uq=["¿me podrían decir si el sillón Ashby se puede pedir sin reposabrazos?"])
say(c, "r1", "agent", at(3, "15:40", 1), """Hola Javier:

El sillón Ashby en terciopelo verde cuesta 689 €, y el envío a Sevilla son 45 € más. El
plazo de entrega se lo confirmo mañana, en cuanto hable con el almacén.

Un saludo,
Marta""", who="marta", parent="q1", promises=[(eod(4), None)])

c = case("a39-devis-table-basse", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
         "Camille Perrin <camille.perrin@example.fr>", "Devis table basse sur mesure",
         "gmail", "Demande de devis : la conseillère répond sur le bois, promet le devis pour "
         "le lendemain et l'envoie trois jours plus tard (en retard) ; la question sur la "
         "livraison en Corse reste sans réponse. Corps en base64.")
say(c, "q1", "customer", at(3, "09:00", 1), """Bonjour,

Je souhaiterais un devis pour une table basse Brancaster sur mesure, 120 x 60 cm.
Existe-t-elle en noyer ?
Je voudrais savoir si vous livrez en Corse et à quel tarif.

Merci d'avance,
Camille Perrin
""", cte="base64", aq=["Je souhaiterais un devis", "Existe-t-elle en noyer ?"],
    uq=["Je voudrais savoir si vous livrez en Corse et à quel tarif."])
say(c, "r1", "agent", at(3, "14:30", 1), """Bonjour Madame Perrin,

Oui, la Brancaster se fait en chêne et en noyer massif. Je demande le prix à notre atelier
et je vous envoie le devis demain.

Belle journée,
Claire""", who="claire", parent="q1", promises=[(eod(4), "r2")])
say(c, "r2", "agent", at(6, "11:00", 1), """Bonjour Madame Perrin,

Voici votre devis : table basse Brancaster en noyer massif, 120 x 60 cm, 890 € TTC,
délai de fabrication huit semaines. Il est valable 30 jours.

Belle journée,
Claire""", who="claire", parent="r1")

c = case("a40-closed-then-thanks", "en", "closed", {},
         "Rebecca Stone <rebecca.stone@example.org>", "Cushion covers order",
         "outlook", "Question answered and the ticket marked resolved; the customer's later "
         "thank-you (base64) does not reopen it.")
say(c, "q1", "customer", at(16, "09:10"), """Hello,

Do you sell spare cushion covers for the Sorrel 2-seater in the dove grey linen? Are they machine washable?

Rebecca
""", aq=["Do you sell spare cushion covers", "Are they machine washable?"])
say(c, "r1", "agent", at(16, "11:20"), """Hi Rebecca,

We do: £45 per seat cover and £35 per back cover in dove grey linen, orderable at
https://alderoak.example/spares?range=sorrel - and yes, 30 degrees, no tumble dryer.
I'm closing this ticket now, but reply any
time if you need more help.

Best wishes,
Ruth""", who="ruth", parent="q1", closes=True)
say(c, "t1", "customer", at(17, "08:05"), """Thanks Ruth, just ordered two!

Rebecca

{quote}""", parent="r1", thanks=True, cte="base64")

c = case("a41-fresh-wardrobe-handles", "en", "open", {},
         "Victor Adeyemi <victor.adeyemi@example.com>", "Wardrobe handles",
         "iphone", "A question sent this morning, inside the response target: open, no finding.")
say(c, "q1", "customer", at(20, "08:30"), """Hi, can I buy the brass handles from the Fenwick wardrobe separately? I'd like them for our chest of drawers.

Victor

Sent from my iPhone
""")

c = case("a42-lieferung-freitag", "de", "closed", {},
         "Claudia Reuter <c.reuter@example.de>", "Schlafsofa Lorca - Lieferzeitraum",
         "outlook_de", "Eingangsbestätigung, dann 'ich melde mich bis Freitag' und die Antwort "
         "am Freitag (eingehalten).")
say(c, "q1", "customer", at(3, "08:00", 1), """Sehr geehrte Damen und Herren,

in welcher Woche wird unser Schlafsofa Lorca (Bestellung AO-DE-21104) geliefert? Wir
ziehen am 20. November um und möchten es direkt in die neue Wohnung liefern lassen.
Bauen Sie das Sofa auch im Wohnzimmer auf?

Mit freundlichen Grüßen
Claudia Reuter
""", aq=["in welcher Woche wird unser Schlafsofa", "Bauen Sie das Sofa auch im Wohnzimmer auf?"])
ack(c, "ack", at(3, "08:01", 1), "q1", lang="de")
say(c, "r1", "agent", at(3, "13:20", 1), """Guten Tag Frau Reuter,

ich kläre die Lieferwoche mit unserer Spedition und melde mich bis Freitag bei Ihnen.

Freundliche Grüße
Tobias Keller""", who="tobias", parent="q1", promises=[(eod(6), "r2")])
say(c, "r2", "agent", at(6, "10:00", 1), """Guten Tag Frau Reuter,

Ihr Schlafsofa wird in der Woche ab dem 23. November geliefert, also nach Ihrem Umzug -
direkt an die neue Adresse. Die Spedition ruft Sie zwei Tage vorher an, und der Aufbau im
Wohnzimmer ist inklusive.

Freundliche Grüße
Tobias Keller""", who="tobias", parent="r1")

c = case("a43-precio-cojines", "es", "closed", {},
         "Paula Navarro <paula.navarro@example.es>", "Precio cojines Harlow",
         "gmail_es", "Pregunta de precio contestada solo con una cifra y un enlace.")
say(c, "q1", "customer", at(4, "17:00", 1), """Hola, ¿cuánto cuestan los cojines decorativos Harlow a juego con el sofá?

Paula
""", aq=["cuánto cuestan los cojines"])
say(c, "r1", "agent", at(5, "09:30", 1), """29 € cada uno: https://alderoak.example/es/cojines?coleccion=harlow

Marta""", who="marta", parent="q1")

c = case("a44-colleagues-skip-packaging", "en", "closed", {"unanswered-question": 1},
         "Naomi Fletcher <naomi.fletcher@example.net>", "Delivery and assembly questions",
         "gmail", "Ruth answers the delivery-day question, her colleague Sam the assembly one; "
         "the packaging question falls between them.")
say(c, "q1", "customer", at(5, "09:00"), """Hi,

Three questions about order AO-320001 (Whitby sofa + Linton bookcase):

Will both items come on the same day?
Is assembly of the bookcase included?
Can you take away the packaging? We don't have a car to get rid of it.

Thanks,
Naomi
""", aq=["Will both items come on the same day?", "Is assembly of the bookcase included?"],
    uq=["Can you take away the packaging?"])
say(c, "r1", "agent", at(5, "11:00"), """Hi Naomi,

Yes - both items are on the same van on Wednesday 11 November. My colleague Sam from the
assembly team will reply about the bookcase.

Best wishes,
Ruth""", who="ruth", parent="q1", promises=[(at(7, "11:00"), "r2")])
say(c, "r2", "agent", at(5, "14:30"), """Hi Naomi,

Assembly of the Linton bookcase is included with two-person delivery, so the team will build
it and fix it in place for you.

Regards,
Sam""", who="sam", parent="r1")

c = case("a45-bespoke-table-four-questions", "en", "closed", {"unanswered-question": 2},
         "Ravi Menon <ravi.menon@example.com>", "Bespoke Brancaster - some questions",
         "apple", "Four questions about a made-to-order table: price and lead time answered, "
         "the finish sample and the dimension drawing skipped.")
say(c, "q1", "customer", at(6, "10:00"), """Hello,

We'd like a Brancaster table in 180 x 95 cm for our kitchen.

How much would that size cost in oiled oak?
How long would it take to make?
Is it possible to get a small finish sample of the smoked oak before we decide?
Could you send me a PDF drawing with the exact dimensions and leg positions?

Thank you,
Ravi
""", aq=["How much would that size cost", "How long would it take to make?"],
    uq=["Is it possible to get a small finish sample of the smoked oak before we decide?",
        "Could you send me a PDF drawing with the exact dimensions and leg positions?"])
say(c, "r1", "agent", at(6, "14:00"), """Hi Ravi,

A 180 x 95 cm Brancaster in oiled oak is £1,340, and it takes nine weeks from order.

Best wishes,
Ruth""", who="ruth", parent="q1")

c = case("a46-old-sofa-collection", "en", "closed", {"unanswered-question": 1},
         "Geraldine Hope <geraldine.hope@example.org>", "Sorrel delivery date",
         "thunderbird", "The agent confirms the delivery date; 'I was wondering whether you "
         "could also collect the old sofa' is ignored.")
say(c, "q1", "customer", at(2, "14:00"), """Good afternoon,

Could you tell me when the Sorrel sofa will be delivered? I was wondering whether you could also collect the old sofa when you come, it's a two-seater in fair condition.

With thanks,
Geraldine Hope
""", aq=["Could you tell me when the Sorrel sofa will be delivered?"],
    uq=["I was wondering whether you could also collect the old sofa when you come"])
say(c, "r1", "agent", at(3, "09:00"), """Dear Geraldine,

Your Sorrel sofa is booked for Friday 6 November, 12pm-4pm; you'll receive a text with a
two-hour slot the day before.

Kind regards,
Sam""", who="sam", parent="q1")

c = case("a47-collection-confirmation-never", "en", "closed", {"missed-follow-up": 1},
         "Stuart Beale <stuart.beale@example.com>", "Return of Linton bookcase",
         "android", "Return agreed; 'I'll send the collection confirmation on Monday 16 "
         "November' never arrives. The case went quiet and closes by time.")
say(c, "q1", "customer", at(11, "10:00"), """Hi,

We'd like to return the Linton bookcase - it's too tall for the alcove. How do I arrange a collection? Is there a charge for that?

Stuart

Get Outlook for Android
""", aq=["How do I arrange a collection?", "Is there a charge for that?"])
say(c, "r1", "agent", at(11, "15:00"), """Hi Stuart,

No problem, the bookcase is within its 30-day return window, so the collection is free.
Collections in your area run
on Thursdays; I'll send the collection confirmation on Monday 16 November once the route is
planned.

Thanks,
Owen""", who="owen", parent="q1", promises=[(eod(16), None)])

c = case("a48-refund-awaiting", "en", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Melissa Grant <melissa.grant@example.net>", "Refund for cancelled order",
         "gmail", "'Our finance team will be in touch about your refund' (no deadline, 2-day "
         "window) is never kept; the customer checks in and that mail is still unanswered.")
say(c, "q1", "customer", at(10, "09:00"), """Hello,

I cancelled order AO-320210 (Marlow chairs) within the cooling-off period on Saturday. When
will I get the refund?

Melissa
""", aq=["When\nwill I get the refund?"])
say(c, "r1", "agent", at(10, "12:00"), """Hi Melissa,

I can see the cancellation has gone through. Our finance team will be in touch about your
refund.

Best wishes,
Ruth""", who="ruth", parent="q1", promises=[(at(12, "12:00"), None)])
say(c, "q2", "customer", at(18, "09:00"), """Hi Ruth,

Just checking in on the refund - I haven't received anything from finance yet and nothing
has reached my account.

Melissa

{quote}""", parent="r1", chase=True)

c = case("a49-covers-already-answered", "en", "closed", {},
         "Yusuf Karim <yusuf.karim@example.com>", "Sorrel sofa - which fabric?",
         "apple", "The agent answers the fabric question and, unasked, the washing question; the "
         "customer's reply asks it, notices it was already answered and only thanks.")
say(c, "q1", "customer", at(9, "11:00"), """Hello,

Which of your fabrics would you recommend for the Sorrel sofa with a cat in the house?

Yusuf
""", aq=["Which of your fabrics would you recommend"])
say(c, "r1", "agent", at(9, "14:00"), """Hi Yusuf,

Our tightly woven "Tweed Weave" is the one for cats: claws don't catch in it. Its covers
are removable and machine washable at 30 degrees, which helps with the hair too.

Best wishes,
Ruth""", who="ruth", parent="q1")
say(c, "t1", "customer", at(9, "15:10"), """Great, thanks! Can the covers go in the washing machine? Ah - you already said, 30 degrees. Thanks a lot!

Yusuf

{quote}""", parent="r1", thanks=True)

# --------------------------------------------------------------------------------------
# Labels recomputed from the facts (the cross-check)
# --------------------------------------------------------------------------------------


CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)


def derived_status(c: Case) -> str:
    """The contract status of case ``c`` at AS_OF from roles, dates and explicit closes."""
    return mailcraft.contract_status(c.msgs, CONTRACT)


def derived_rules(c: Case) -> dict[str, int]:
    """Every rule count of case ``c`` recomputed from its messages' facts and dates."""
    return mailcraft.contract_rules(c.msgs, CONTRACT)


def problems() -> list[str]:
    """Disagreements between the hand-written labels and the facts; empty when consistent."""
    out = []
    names = [c.name for c in CASES]
    if len(set(names)) != len(names):
        out.append("duplicate case names")
    for c in CASES:
        if derived_status(c) != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {derived_status(c)}")
        if derived_rules(c) != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {derived_rules(c)}")
        for m in c.msgs:
            if (m.uq or m.aq) and m.role != "customer":
                out.append(f"{m.key}: questions on a non-customer message")
            for q in m.uq:
                if q not in m.own:
                    out.append(f"{m.key}: question not verbatim in the customer's text: {q}")
            for q in m.aq:
                if q not in m.own:
                    out.append(f"{m.key}: answered question not in the customer's text: {q}")
            for _, kept in m.promises:
                if kept and kept not in {x.key for x in c.msgs}:
                    out.append(f"{m.key}: promise kept by unknown message {kept}")
        if [m.date for m in c.msgs] != sorted(m.date for m in c.msgs):
            out.append(f"{c.name}: messages not in date order")
        if any(m.date > AS_OF for m in c.msgs):
            out.append(f"{c.name}: a message after the audit time")
    return out


# --------------------------------------------------------------------------------------
# Rendering and writing
# --------------------------------------------------------------------------------------


def render_all() -> list[Msg]:
    """Build every message (parents first) and return them in date order."""
    return mailcraft.render_corpus((m for c in CASES for m in c.msgs), PROFILE)


def labels() -> dict:
    """The labels.json document (rendered messages carry their Message-IDs)."""
    cases = []
    for c in CASES:
        ordered = sorted(c.msgs, key=lambda m: m.date)
        cases.append({
            "name": c.name,
            "message_ids": [m.message_id.strip("<>") for m in ordered],
            "status": c.status,
            "rules": {r: c.rules[r] for r in RULES if c.rules.get(r)},
            "unanswered_questions": [q for m in ordered for q in m.uq],
            "lang": c.lang,
            "story": c.story,
        })
    return {"as_of": AS_OF.isoformat(), "support_domain": SUPPORT_DOMAIN,
            "settings": {"response_target_hours": 24, "follow_up_window_days": 2,
                         "close_after_days": 7, "handoff_limit": HANDOFF_LIMIT},
            "cases": cases}


def cases_md() -> str:
    """The generated per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in CASES]
    return mailcraft.cases_table("Alder & Oak Home - practice13 corpus cases",
                                 "make_practice13_corpus.py", rows)


def read_back_problems(msgs: list[Msg], mbox_path: Path, maildir_path: Path) -> list[str]:
    """Problems of the written mailbox: parse defects, unknown references, and plain text
    parts that do not decode back to what was written (an HTML-only message has none)."""
    parsed_in, parsed_sent = mailcraft.read_back(mbox_path, maildir_path)
    bad = mailcraft.parse_problems(parsed_in + parsed_sent)
    by_id = {p["Message-ID"]: p for p in parsed_in + parsed_sent}
    for m in msgs:
        if m.kind == "html":
            continue
        issue = mailcraft.round_trip_problem(m, by_id[m.message_id], m.role in ("customer", "auto"))
        if issue:
            bad.append(issue)
    return bad


def write(out: Path) -> None:
    """Write the corpus to ``out`` (mailbox, labels.json, CASES.md), replacing what is there."""
    msgs = render_all()  # sets each message's own text, which the question checks read
    found = problems()
    if found:
        raise SystemExit("refusing to write an inconsistent corpus:\n  " + "\n  ".join(found))
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "practice13"
        (stage / "mailbox").mkdir(parents=True)
        inbox = [m for m in msgs if m.role in ("customer", "auto")]
        (stage / "mailbox" / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
        mailcraft.write_maildir(stage / "mailbox" / "Sent",
                                ((m.date, m.raw, m.role == "agent") for m in msgs
                                 if m.role in ("agent", "ack")), "mx1.alderoak.example")
        (stage / "labels.json").write_text(json.dumps(labels(), indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        (stage / "CASES.md").write_text(cases_md(), encoding="utf-8")
        bad = read_back_problems(msgs, stage / "mailbox" / "inbox.mbox", stage / "mailbox" / "Sent")
        if bad:
            raise SystemExit("refusing to write: mail does not read back:\n  " + "\n  ".join(bad))
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            shutil.move(str(stage / name), str(out / name))


def summary() -> str:
    """One line of counts for the README: cases, messages, clean cases, questions."""
    msgs = [m for c in CASES for m in c.msgs]
    clean = sum(1 for c in CASES if not c.rules)
    unanswered = sum(len(m.uq) for m in msgs)
    answered = sum(len(m.aq) for m in msgs)
    return (f"{len(CASES)} cases, {len(msgs)} messages, {clean} clean, "
            f"{unanswered} unanswered and {answered} answered customer questions")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Regenerate the practice13 labelled corpus.")
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice13")
    args = ap.parse_args(argv)
    write(args.out)
    print(f"wrote {args.out}: {summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
