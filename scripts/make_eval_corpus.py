#!/usr/bin/env python3
"""Regenerate ``tests/eval/``: the labelled evaluation corpus of Nordlicht Coffee Roasters.

A support mailbox of a fictional coffee roaster (machines, grinders, beans, subscriptions),
written independently of the detection heuristics as a fair accuracy test. Every case is
labelled with the ground truth a careful support lead would agree with, audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``nordlicht.example``.

Writes

* ``tests/eval/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``tests/eval/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), the
  helpdesk's automatic acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``tests/eval/labels.json``        - the labels (see tests/eval/README.md),
* ``tests/eval/CASES.md``           - the per-case table generated from the labels.

Deterministic (no clock, no randomness; boundaries and ids derive from message keys) and
standard library only. The script cross-checks the hand-written status and the timing-based
labels (awaiting-reply, slow-first-response, reopened, many-handoffs) against the message
metadata and refuses to write an inconsistent corpus.

Usage: python scripts/make_eval_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email
import email.utils
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of, h

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
RESPONSE_TARGET = timedelta(hours=24)
FOLLOW_UP_WINDOW = timedelta(days=2)
CLOSE_AFTER = timedelta(days=7)
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "nordlicht.example"
SUPPORT = "help@nordlicht.example"
RULES = mailcraft.RULES

# --------------------------------------------------------------------------------------
# Staff, signatures, helpdesk text
# --------------------------------------------------------------------------------------

AGENTS = {
    "mia": "Mia Schuster <mia@nordlicht.example>",
    "tom": "Tom Reyes <tom@nordlicht.example>",
    "anouk": "Anouk Jansen <anouk@nordlicht.example>",
    "jakob": "Jakob Lind <jakob@nordlicht.example>",
    "elodie": "Élodie Marchand <elodie@nordlicht.example>",
    "carmen": "Carmen Ruiz <carmen@nordlicht.example>",
}
HELPDESK = "Nordlicht Coffee Roasters <help@nordlicht.example>"

SIGS = {
    "mia": """-- 
Mia Schuster
Kundenservice | Nordlicht Coffee Roasters
Speicherstadt 7, Hamburg | +49 40 555 0193
https://nordlicht.example/hilfe?lang=de&src=sig""",
    "tom": """-- 
Tom Reyes
Customer Care | Nordlicht Coffee Roasters
https://nordlicht.example/help?topic=machines&utm_source=email""",
    "anouk": """-- 
Anouk Jansen
Klantenservice & Wholesale | Nordlicht Coffee Roasters
anouk@nordlicht.example | +31 20 555 0148""",
    "jakob": """-- 
Jakob Lind
Technical Service (machines & grinders)
Nordlicht Coffee Roasters | https://nordlicht.example/service?ref=mail
Book a repair slot: https://nordlicht.example/repair?step=1&lang=en""",
    "elodie": """-- 
Élodie Marchand
Service client | Nordlicht Coffee Roasters
https://nordlicht.example/aide?pays=fr

Ce message et ses pièces jointes sont confidentiels et destinés
exclusivement à leur destinataire.""",
    "carmen": """-- 
Carmen Ruiz
Atención al cliente y facturación | Nordlicht Coffee Roasters
carmen@nordlicht.example | https://nordlicht.example/ayuda?idioma=es""",
}

ACK_TEXT = {
    "en": """Hello,

Thanks for writing to Nordlicht Coffee Roasters - this is an automatic
confirmation that your message reached us. Our team works Monday to Friday,
8:00-17:00 CET, and we will reply within 24 hours on working days.

Your ticket number is {ref}. There is no need to reply to this message.

Nordlicht Coffee Roasters - Support
https://nordlicht.example/help?ticket={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Nordlicht Coffee Roasters. Dies ist eine
automatische Eingangsbestätigung. Wir sind Montag bis Freitag von 8 bis 17 Uhr
für Sie da und antworten innerhalb von 24 Stunden an Werktagen.

Ihre Ticketnummer: {ref}. Bitte antworten Sie nicht auf diese E-Mail.

Nordlicht Coffee Roasters - Kundenservice
https://nordlicht.example/hilfe?ticket={ref}""",
}

# --------------------------------------------------------------------------------------
# Message and case model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus (the rendering fields are in ``mailcraft.Msg``)."""

    case: str
    folder: str  # inbox | sent | sent-new
    role: str  # customer | agent | auto
    thanks_only: bool = False
    closes: bool = False
    extra: list[tuple[str, str]] = field(default_factory=list)  # extra headers, after Date
    note: str | None = None


@dataclass
class Case:
    name: str
    status: str
    rules: dict[str, int]
    uq: list[str]
    story: str
    lang: str
    customer: str
    client: str
    msgs: list[Msg] = field(default_factory=list)


CASES: list[Case] = []
BY_KEY: dict[str, Msg] = {}
MESSAGES: list[Msg] = []
CUR: Case | None = None
AUTO = object()


def when(s: str, key: str) -> datetime:
    """'11-03 09:12 +0100' -> an aware datetime in November/October 2026 (seconds from key)."""
    md, hm, off = s.split()
    mo, d = map(int, md.split("-"))
    hh, mm = map(int, hm.split(":"))
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    sec = int(hashlib.sha256(key.encode()).hexdigest()[:4], 16) % 60
    return datetime(2026, mo, d, hh, mm, sec, tzinfo=tz)


def case(name, status, rules=None, uq=(), lang="en", story="", customer="", client="gmail"):
    global CUR
    assert not any(c.name == name for c in CASES), name
    CUR = Case(name, status, dict(rules or {}), list(uq), story, lang, customer, client)
    CASES.append(CUR)
    return CUR


def _add(m: Msg) -> Msg:
    assert m.key not in BY_KEY, m.key
    BY_KEY[m.key] = m
    MESSAGES.append(m)
    CUR.msgs.append(m)
    return m


def _last(roles=("customer", "agent")) -> Msg | None:
    for m in reversed(CUR.msgs):
        if m.role in roles:
            return m
    return None


REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "gmail_de": "AW: ",
                "thunderbird_de": "AW: ", "outlook_de": "AW: ", "apple_fr": "Re : "}


def _root_subject() -> str:
    return CUR.msgs[0].subject if CUR.msgs else ""


def _reply_subject(client: str) -> str:
    base = re.sub(r"^(?:(?:re|aw|fw|fwd|wg|tr|rv|sv)\s?:\s*)+", "", _root_subject(), flags=re.I)
    return REPLY_PREFIX.get(client, "Re: ") + base


def _parent(parent):
    if parent is AUTO:
        p = _last()
        return p.key if p else None
    return parent


def cust(date, body, subject=None, frm=None, client=None, parent=AUTO, quote=True, **kw):
    """A customer message (inbox). The first one of a case opens it; later ones reply to the
    latest human message unless ``parent`` says otherwise."""
    n = len(CUR.msgs) + 1
    key = f"{CUR.name}-{n}"
    client = client or CUR.client
    parent = _parent(parent) if CUR.msgs else None
    if parent is None and subject is None:
        raise ValueError(key)
    subject = subject or _reply_subject(client)
    if parent and quote and "{quote}" not in body:
        body = body.rstrip("\n") + "\n\n{quote}"
    to = kw.pop("to", SUPPORT)
    return _add(Msg(key=key, case=CUR.name, folder="inbox", role="customer",
                    frm=frm or CUR.customer, to=to, subject=subject, date=when(date, key),
                    body=body, parent=parent, client=client, **kw))


def agent(who, date, body, subject=None, client="thunderbird", parent=AUTO, quote=True, sig=True,
          **kw):
    n = len(CUR.msgs) + 1
    key = f"{CUR.name}-{n}"
    parent = _parent(parent)
    p = BY_KEY[parent]
    if sig:
        body = body.rstrip("\n") + "\n\n" + SIGS[who]
    if quote and "{quote}" not in body:
        body = body.rstrip("\n") + "\n\n{quote}"
    to = kw.pop("to", p.frm if p.role == "customer" else CUR.customer)
    return _add(Msg(key=key, case=CUR.name, folder="sent", role="agent", frm=AGENTS[who], to=to,
                    subject=subject or _reply_subject(client), date=when(date, key), body=body,
                    parent=parent, client=client, **kw))


def ack(date, lang="en", parent=AUTO):
    n = len(CUR.msgs) + 1
    key = f"{CUR.name}-{n}"
    parent = _parent(parent)
    p = BY_KEY[parent]
    ref = "NCR-" + str(40000 + int(hashlib.sha256(key.encode()).hexdigest()[:6], 16) % 9999)
    subj = ("[{ref}] Wir haben Ihre Nachricht erhalten: {s}" if lang == "de"
            else "[{ref}] We received your message: {s}").format(ref=ref, s=p.subject)
    return _add(Msg(key=key, case=CUR.name, folder="sent-new", role="auto", frm=HELPDESK,
                    to=p.frm, subject=subj, date=when(date, key),
                    body=ACK_TEXT[lang].format(ref=ref), parent=parent, client="helpdesk", kind="alt",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))


def ooo(date, body, subject_prefix="Automatic reply: ", parent=AUTO, frm=None, client="outlook",
        headers=(("Auto-Submitted", "auto-replied"),), kind="plain"):
    n = len(CUR.msgs) + 1
    key = f"{CUR.name}-{n}"
    parent = _parent(parent)
    p = BY_KEY[parent]
    return _add(Msg(key=key, case=CUR.name, folder="inbox", role="auto", frm=frm or CUR.customer,
                    to=p.frm, subject=subject_prefix + p.subject, date=when(date, key), body=body,
                    parent=parent, client=client, kind=kind, extra=list(headers)))


# --------------------------------------------------------------------------------------
# Tiny binary attachments (generated, deterministic)
# --------------------------------------------------------------------------------------


def _png(width: int, height: int, rgb=(110, 72, 40)) -> bytes:
    """A small RGB PNG: a ``rgb`` checker pattern on cream."""
    return mailcraft.png(width, height, lambda x, y: rgb if (x * y) % 5 else (230, 220, 200))


PHOTO_TRAY = ("image/jpeg", "IMG_4471.jpg", _png(20, 14))  # a PNG body is fine for a fixture
PHOTO_LEAK = ("image/png", "leak.png", _png(18, 12, (40, 90, 160)))
INVOICE_PDF = ("application/pdf", "Rechnung_NL-58872.pdf",
               mailcraft.pdf(["Nordlicht Coffee Roasters GmbH", "Rechnung NL-58872", "Betrag: 149,00 EUR"]))
QUOTE_PDF = ("application/pdf", "Quote_Q-2211.pdf",
             mailcraft.pdf(["Nordlicht Coffee Roasters", "Quote Q-2211 (re-issued)", "VAT GB 123 4567 89"]))

# ======================================================================================
# The cases. Dates are "MM-DD HH:MM +ZZZZ" in the sender's own time zone (2026).
# as_of = Fri 20 Nov 2026 17:00 UTC; quiet-closed = support's last mail before Fri 13 Nov 17:00 UTC.
# ======================================================================================

_N = [0]


def C(slug, status, rules=None, uq=(), lang="en", story="", customer="", client="gmail"):
    _N[0] += 1
    return case(f"e{_N[0]:02d}-{slug}", status, rules, uq, lang, story, customer, client)


# ---------------------------------------------------------------- unanswered questions

C("cafe-wholesale-leeds", "closed", {"unanswered-question": 2},
  ["Can you deliver to our café in Leeds every Monday morning?",
   "I was wondering whether you also lend a grinder to wholesale customers, as a lot of roasters do."],
  story="Café asks price, Monday delivery to Leeds and grinder loan; Tom quotes the price only.",
  customer="Hannah Cole <hannah@brewandbloom.example>", client="gmail")
cust("11-03 08:40 +0000", subject="Wholesale beans for our new café", kind="alt", body="""\
Hi there,

We're opening a second Brew & Bloom in Leeds in January and we'd love to
serve your Espresso Nord there.

What would the wholesale price be for about 6 kg a week?
Can you deliver to our café in Leeds every Monday morning?
I was wondering whether you also lend a grinder to wholesale customers, as a lot of roasters do.

Cheers,
Hannah

--
Hannah Cole | Brew & Bloom
https://instagram.example/brewandbloom?hl=en
""")
agent("tom", "11-03 14:05 +0100", """\
Hi Hannah,

Congratulations on the second site!

For 6 kg a week of Espresso Nord we can do EUR 21.40 per kg ex VAT on a
rolling monthly agreement (list price EUR 26.90). Everything is roasted to
order, so the beans leave us no more than four days after roasting.

Best,
Tom""")

C("descaler-drip-tray", "closed", {"unanswered-question": 1},
  ["Please send me a replacement drip tray - my order number is NL-57730."],
  story="Descaler question answered; second mail asks about warranty and requests a new drip "
        "tray; Jakob answers the warranty only.",
  customer="Peter Walsh <p.walsh@example.net>", client="thunderbird")
cust("11-09 19:20 +0000", subject="Descaler for the Aurora Duo", body="""\
Hello,

Which descaler should I use for my Aurora Duo? The manual only says
"citric acid based" and I don't want to damage the boiler.

Thanks,
Peter Walsh
""")
agent("jakob", "11-10 09:15 +0100", """\
Hello Peter,

Our Entkalker Pro sachets are made for it, but any citric-acid descaler
diluted 1:10 is fine. Please avoid vinegar - it attacks the seals.

Regards,
Jakob""")
cust("11-10 21:02 +0000", attach=[PHOTO_TRAY], body="""\
Thanks, that's clear.

Could you let me know whether using a third-party descaler affects the
warranty?

Also, the drip tray cracked along the front edge last week (photo attached).
Please send me a replacement drip tray - my order number is NL-57730.

Peter""")
agent("jakob", "11-11 10:40 +0100", """\
Hello Peter,

No worries there: any citric-acid descaler used at the dilution from the
manual keeps your warranty intact. Only scale damage from never descaling
at all is excluded.

Regards,
Jakob""")

C("quote-reissue-vat", "pending", {"unanswered-question": 1},
  ["Please also send the invoice for last month's order to our new billing address, "
   "Harbour Works Ltd, 14 Quay Road, Bristol BS1 4RN."],
  story="Office manager needs a quote re-issued with VAT number (done, PDF) and the invoice sent "
        "to a new billing address (ignored).",
  customer="Graham Doyle <graham.doyle@harbourworks.example>", client="outlook")
cust("11-16 09:05 +0000", subject="Quote Q-2211 and invoice address", body="""\
Hello,

I need the quote Q-2211 re-issued with our VAT number GB 123 4567 89 - our
finance team won't process it without one.

Please also send the invoice for last month's order to our new billing address, Harbour Works Ltd, 14 Quay Road, Bristol BS1 4RN.

Kind regards,
Graham Doyle
Office Manager, Harbour Works Ltd

This e-mail and any attachments are confidential and intended solely for
the addressee. If you have received it in error please notify the sender.
""")
agent("anouk", "11-16 11:30 +0100", attach=[QUOTE_PDF], body="""\
Hello Graham,

Attached is quote Q-2211, re-issued with your VAT number. Prices are
unchanged and the quote is valid until 31 December.

Kind regards,
Anouk""")

C("subscription-moka-grind", "closed", {"unanswered-question": 1},
  ["Can the January bag be ground for a moka pot instead of whole bean?"],
  story="December pause done; follow-up asks for moka-pot grind in January; Mia only confirms "
        "the pause again.",
  customer="Laura Kim <laura.kim@example.org>", client="apple")
cust("11-05 07:45 -0500", subject="Pausing my subscription", body="""\
Hi!

Can I pause my Nordlicht subscription for December? We're travelling for
three weeks and I don't want the bag sitting on the doorstep.

Laura""")
agent("mia", "11-05 15:10 +0100", """\
Hi Laura,

Of course - your December delivery is paused. January ships as usual on
4 January.

Best wishes,
Mia""")
cust("11-05 10:30 -0500", body="""\
Perfect, thank you!

Can the January bag be ground for a moka pot instead of whole bean? Our
grinder broke and we won't replace it before spring.

Laura""")
agent("mia", "11-06 09:20 +0100", """\
Hi Laura,

Just to confirm: your subscription is paused for December only and restarts
by itself in January, so there is nothing else you need to do.

Safe travels!
Mia""")

C("grinder-burrs-weekend", "closed", {"unanswered-question": 2, "slow-first-response": 1},
  ["Are replacement burrs in stock at the moment?",
   "And will the conical burr set from the older Kvarn 58 fit the 64?"],
  story="Three burr questions sent on Saturday; Jakob answers only the replacement interval, "
        "on Monday (46 h).",
  customer="Ryan Patel <ryanpatel@example.com>", client="iphone")
cust("10-31 10:12 +0000", subject="Kvarn 64 burrs", body="""\
Hey, I've had the Kvarn 64 for two years now.

How often should the burrs be replaced?
Are replacement burrs in stock at the moment?
And will the conical burr set from the older Kvarn 58 fit the 64?

Ryan

Sent from my iPhone""")
agent("jakob", "11-02 08:50 +0100", """\
Hi Ryan,

For home use we recommend new burrs roughly every 500-800 kg of coffee.
For most households that means every five to eight years, so yours have
plenty of life left.

Cheers,
Jakob""")

C("garantie-gebraucht", "closed", {"unanswered-question": 1},
  ["Können Sie mir außerdem die Bedienungsanleitung als PDF schicken?"],
  lang="de", story="German: second-hand machine warranty (answered) and a request for the "
                   "manual as PDF (ignored).",
  customer="Stefan Brandt <stefan.brandt@postfach.example>", client="gmail_de")
cust("11-11 18:30 +0100", subject="Garantie bei gebrauchter Aurora Duo", body="""\
Guten Abend,

ich habe eine Aurora Duo gebraucht über eine Kleinanzeige gekauft
(Seriennummer AD-2291-0457, Erstkauf im März 2025).

Gilt die Garantie auch, wenn ich die Maschine gebraucht gekauft habe?
Können Sie mir außerdem die Bedienungsanleitung als PDF schicken? Die
Papierversion fehlte leider.

Viele Grüße
Stefan Brandt
""")
agent("mia", "11-12 09:40 +0100", """\
Guten Morgen Herr Brandt,

ja - die Herstellergarantie hängt am Gerät, nicht am Käufer. Ihre Maschine
ist damit bis März 2027 abgedeckt; bitte bewahren Sie den ursprünglichen
Kaufbeleg auf, falls der Verkäufer ihn Ihnen mitgegeben hat.

Viele Grüße
Mia Schuster""")

C("abonnement-belgique", "closed", {"unanswered-question": 1},
  ["Pourriez-vous aussi me dire si vous livrez en Belgique ?"],
  lang="fr", story="French: change of delivery address answered; Belgium question ignored; "
                   "thanks-only reply.",
  customer="Julien Moreau <julien.moreau@courriel.example>", client="apple_fr")
cust("11-09 12:15 +0100", subject="Changement d'adresse pour mon abonnement", body="""\
Bonjour,

Est-ce que je peux changer l'adresse de livraison de mon abonnement à
partir du mois prochain ? Nous déménageons le 28 novembre.

Pourriez-vous aussi me dire si vous livrez en Belgique ? Mes parents
aimeraient offrir un abonnement à ma sœur, qui habite à Liège.

Merci d'avance,
Julien""")
agent("elodie", "11-09 16:02 +0100", """\
Bonjour Julien,

Oui, bien sûr : il suffit de saisir la nouvelle adresse dans votre espace
client, rubrique « Abonnement », au plus tard trois jours avant
l'expédition du 1er décembre.

Bien cordialement,
Élodie""")
cust("11-09 18:40 +0100", thanks_only=True, body="""\
Merci beaucoup, c'est fait !

Julien""")

C("molinillo-negro", "closed", {"unanswered-question": 1},
  ["¿cuánto tarda el envío a Valencia?"],
  lang="es", story="Spanish: black grinder available (answered); shipping time to Valencia "
                   "ignored.",
  customer="Marta Gil <marta.gil@correo.example>", client="gmail_es")
cust("11-10 11:05 +0100", subject="Molinillo Kvarn 64 en negro", body="""\
Hola:

¿Tienen el molinillo Kvarn 64 en color negro? En la web solo veo el blanco.

Y otra cosa: ¿cuánto tarda el envío a Valencia? Es un regalo para el 5 de
diciembre.

Un saludo,
Marta
""")
agent("carmen", "11-10 13:20 +0100", """\
Hola Marta:

Sí, el Kvarn 64 está disponible en negro mate: en la tienda aparece como
variante «Noir» al elegir el color.

Un saludo,
Carmen""")

C("office-delivery-notes", "pending", {"unanswered-question": 1},
  ["We'd also need a delivery note in every shipment for our accounts team."],
  story="Office asks about 5 kg bags and needs delivery notes; two prompt answers ignore the "
        "delivery notes.",
  customer="Priya Shah <priya.shah@lumenlegal.example>", client="owa")
cust("11-17 08:30 +0000", subject="Coffee for the Lumen Legal office", body="""\
Good morning,

We're setting up coffee for the Lumen Legal office (about 35 people).
Could you let me know if the Büro Blend comes in 5 kg bags?

We'd also need a delivery note in every shipment for our accounts team.

Kind regards,
Priya Shah
Office Coordinator | Lumen Legal LLP
Privacy notice: https://lumenlegal.example/privacy?version=3&lang=en
""")
agent("anouk", "11-17 10:10 +0100", """\
Good morning Priya,

Yes, the Büro Blend comes in 5 kg bags at EUR 118.00 ex VAT. Offices of
your size usually take two bags a month.

Kind regards,
Anouk""")
cust("11-17 13:00 +0000", body="""\
Great - please set us up with two bags a month starting next week.

Priya""")
agent("anouk", "11-17 16:05 +0100", """\
Hi Priya,

Done: two 5 kg bags of Büro Blend a month, first delivery on Monday
23 November, invoiced monthly.

Kind regards,
Anouk""")

C("trade-samples-html", "closed", {"unanswered-question": 1},
  ["Could you also send samples of your three single origins (Yirgacheffe, Huila, Sidamo)?"],
  story="HTML-only mail: trade price list sent, samples request ignored.",
  customer="Oliver Grant <oliver@grantandco.example>", client="owa")
cust("11-04 10:00 +0000", subject="Trade prices for restaurants", kind="html", body="""\
Hi,

Do you have a trade price list for restaurants? Could you also send samples of your three single origins (Yirgacheffe, Huila, Sidamo)?

We're reviewing our coffee supplier in December.

Thanks,
Oliver Grant
Grant & Co. Kitchen
""")
agent("anouk", "11-04 15:30 +0100", """\
Hi Oliver,

Our current trade price list is here:
https://nordlicht.example/trade?list=2026-q4&segment=horeca

Restaurants ordering 10 kg or more a month get a further 5 %.

Kind regards,
Anouk""")

C("frother-whisk-android", "pending", {"unanswered-question": 1},
  ["And can I buy a spare frothing whisk somewhere?"],
  story="Outlook for Android (base64): dishwasher question answered, spare whisk ignored.",
  customer="Sofia Russo <sofia.russo@example.com>", client="android")
cust("11-15 20:10 +0100", subject="Milk frother", cte="base64", body="""\
Hello, is the milk frother of the Aurora Solo dishwasher safe? And can I buy a spare frothing whisk somewhere? Mine got bent.

Sofia

Get Outlook for Android
""")
agent("tom", "11-16 09:30 +0100", """\
Hi Sofia,

The jug and the lid can go in the dishwasher (top rack), but the base with
the motor should only be wiped with a damp cloth.

Best,
Tom""")

C("haltbarkeit-schweiz", "closed", {"unanswered-question": 2},
  ["Kann ich die Bohnen portionsweise einfrieren?", "Und liefern Sie auch in die Schweiz?"],
  lang="de", story="German, Thunderbird, quoted-printable: three questions, only shelf life "
                   "answered.",
  customer="Ursula Kern <u.kern@bergblick.example>", client="thunderbird_de")
cust("11-02 10:20 +0100", subject="Fragen zu Ihren Kaffeebohnen", cte="quoted-printable", body="""\
Sehr geehrte Damen und Herren,

ich habe drei Fragen zu Ihren Bohnen:

Wie lange ist eine ungeöffnete Packung nach dem Röstdatum haltbar?
Kann ich die Bohnen portionsweise einfrieren?
Und liefern Sie auch in die Schweiz?

Mit freundlichen Grüßen
Ursula Kern
""")
agent("mia", "11-02 14:45 +0100", """\
Sehr geehrte Frau Kern,

ungeöffnet und mit Aromaventil bleiben unsere Bohnen etwa zwölf Monate nach
der Röstung haltbar; am besten schmecken sie in den ersten acht Wochen.

Mit freundlichen Grüßen
Mia Schuster""")

C("factuur-bedrijf", "closed", {"unanswered-question": 1},
  ["Graag ontvang ik voortaan een factuur op naam van mijn bedrijf, Visser Design, KvK 81234567."],
  lang="nl", story="Dutch: V60 filters answered; request for company invoices ignored.",
  customer="Daan Visser <daan@visserdesign.example>", client="thunderbird_nl")
cust("11-12 09:00 +0100", subject="V60 filters en factuur", body="""\
Hallo,

Hebben jullie ook papieren filters voor de V60 02? Ik zie alleen de 01 in
de webshop.

Graag ontvang ik voortaan een factuur op naam van mijn bedrijf, Visser Design, KvK 81234567.

Groet,
Daan Visser
""")
agent("anouk", "11-12 11:15 +0100", """\
Hoi Daan,

De V60 02-filters komen volgende week weer binnen. Je kunt ze nu al
bestellen; ze gaan dan mee met de eerste levering.

Groet,
Anouk""")

C("cafetera-110v", "closed", {"unanswered-question": 1},
  ["Por favor, envíenme también la factura de mi pedido NL-58102 con mi NIF X1234567L, "
   "la necesito para la declaración."],
  lang="es", story="Spanish: 110 V question answered; invoice request with tax id ignored.",
  customer="Diego Navarro <diego.navarro@example.net>", client="gmail_es")
cust("11-05 17:00 -0600", subject="Cafetera Aurora Solo y factura", body="""\
Buenas tardes:

Quisiera saber si la cafetera Aurora Solo funciona con 110 V, porque ahora
vivo en Texas.

Por favor, envíenme también la factura de mi pedido NL-58102 con mi NIF X1234567L, la necesito para la declaración.

Gracias,
Diego Navarro
""")
agent("carmen", "11-06 10:00 +0100", """\
Hola Diego:

La Aurora Solo que vendemos es de 230 V; con 110 V no funcionaría bien y no
le recomendamos usar un transformador.

Un saludo,
Carmen""")

C("team-boxes-handoffs", "closed", {"unanswered-question": 1, "many-handoffs": 1},
  ["Can you include a printed brewing guide in each box?"],
  story="30 gift boxes: quote (Tom), invoice (Carmen), shipping (Anouk) - 3 agents; the "
        "brewing-guide request is lost in the handoffs.",
  customer="Rachel Moore <rachel.moore@example.org>", client="gmail")
cust("11-02 09:30 +0000", subject="30 gift boxes for our team", body="""\
Hello,

We'd like 30 of your Winter Gift Boxes for our team this Christmas. What
would that cost?

Can you include a printed brewing guide in each box? Half the team has
never used a V60.

Thanks,
Rachel Moore
""")
agent("tom", "11-02 13:00 +0100", """\
Hi Rachel,

For 30 Winter Gift Boxes we can offer EUR 31.50 per box instead of
EUR 36.00, so EUR 945.00 including delivery to one address.

Best,
Tom""")
cust("11-03 08:10 +0000", body="""\
Lovely, let's go ahead. Please send the invoice to finance@example.org.

Rachel""")
agent("carmen", "11-03 10:30 +0100", """\
Hi Rachel,

The invoice (NL-B-1207) has been sent to finance@example.org, payable
within 14 days.

Best regards,
Carmen""")
cust("11-05 09:00 +0000", body="""\
Paid this morning. When will the boxes arrive?

Rachel""")
agent("anouk", "11-05 11:45 +0100", """\
Hi Rachel,

Payment received, thank you! The boxes ship on 9 November and arrive on
10 or 11 November.

Kind regards,
Anouk""")

C("capsules-bureau", "closed", {"unanswered-question": 1},
  ["Je voudrais savoir si vous proposez une remise pour les commandes de bureau : nous sommes douze."],
  lang="fr", story="French: compostable capsules answered; office discount question in the "
                   "second mail ignored.",
  customer="Camille Dubois <camille.dubois@example.org>", client="gmail")
cust("11-04 09:00 +0100", subject="Capsules compostables ?", body="""\
Bonjour,

Vos capsules sont-elles vraiment compostables à la maison ?

Cordialement,
Camille Dubois
""")
agent("elodie", "11-04 11:20 +0100", """\
Bonjour Camille,

Oui : nos capsules sont certifiées « OK compost HOME » et se décomposent en
quelques mois dans un composteur domestique.

Bien cordialement,
Élodie""")
cust("11-04 14:05 +0100", body="""\
Super, merci.

Je voudrais savoir si vous proposez une remise pour les commandes de bureau : nous sommes douze.

Camille""")
agent("elodie", "11-05 09:10 +0100", """\
Bonjour Camille,

Les capsules sont vendues par boîtes de 50 et la livraison est offerte dès
40 EUR d'achat.

Bien cordialement,
Élodie""")

# ---------------------------------------------------------------- missed follow-ups

C("repair-slot-tomorrow", "pending", {"missed-follow-up": 1},
  story="Machine stopped heating; Jakob: \"I'll get back to you tomorrow with a date\" - "
        "nothing follows; the customer's acknowledgement asks nothing.",
  customer="Ben Hughes <ben.hughes@example.com>", client="gmail")
cust("11-17 07:50 +0000", subject="Aurora Duo not heating", body="""\
Hi,

My Aurora Duo stopped heating this morning. The pump runs but the water
comes out cold. Order NL-57011, bought in May. What should I do?

Ben
""")
agent("jakob", "11-17 10:20 +0100", """\
Hi Ben,

That sounds like the safety thermostat of the heating element, which we
replace under warranty. I'm checking which repair slots we have next week
and I'll get back to you tomorrow with a date.

Cheers,
Jakob""")
cust("11-17 10:40 +0000", thanks_only=True, body="""\
Thanks Jakob, I'll wait for the date then.

Ben""")

C("engraving-proof-friday", "pending", {"missed-follow-up": 1, "customer-chased": 1},
  story="Mug engraving proof promised \"by Friday\" (13 Nov); the customer chases on 17 Nov; "
        "the proof arrives late (PNG).",
  customer="Fiona Clarke <fiona.clarke@clarkepartners.example>", client="outlook")
cust("11-09 09:00 +0000", subject="Engraving proof for order NL-B-1182", body="""\
Hello,

We ordered 20 engraved mugs with the gift boxes for our clients (order
NL-B-1182). Can you send us the engraving proof before production starts?

Kind regards,
Fiona Clarke
Clarke & Partners
""")
agent("anouk", "11-09 13:30 +0100", """\
Hi Fiona,

The proof is with our design partner at the moment; I'll send it to you
by Friday.

Kind regards,
Anouk""")
cust("11-17 09:10 +0000", body="""\
Hi Anouk,

Any update on the proof? We need to sign it off this week to have the
boxes before our client evening.

Fiona""")
agent("anouk", "11-17 15:40 +0100", attach=[("image/png", "mug-proof.png", _png(22, 10, (30, 30, 30)))],
      body="""\
Hi Fiona,

I'm sorry for the delay - the proof is attached. If you're happy with it,
production starts the day you confirm.

Kind regards,
Anouk""")

C("repair-estimate-48h", "pending", {"missed-follow-up": 1},
  story="\"We'll have the repair estimate for you within 48 hours\" - it comes after 76 hours; "
        "repair then done.",
  customer="Marcus Webb <marcus.webb@example.net>", client="apple")
cust("11-10 07:30 +0000", subject="Kvarn 58 repair - estimate?", body="""\
Hello,

The courier picked up my Kvarn 58 on Friday, so it should be at your
workshop by now. When can I expect the repair estimate?

Marcus""")
agent("jakob", "11-10 09:30 +0100", """\
Hello Marcus,

Your grinder arrived this morning. We'll have the repair estimate for you
within 48 hours.

Cheers,
Jakob""")
agent("jakob", "11-13 14:00 +0100", quote=False, body="""\
Hello Marcus,

Here is the estimate: new burr carrier and motor brushes, EUR 64.50
including return shipping. Just reply "yes" and we'll start.

Cheers,
Jakob""")
cust("11-13 16:20 +0000", body="""\
Yes, please go ahead with the repair.

Marcus""")
agent("jakob", "11-16 10:00 +0100", """\
Hello Marcus,

The repair is done and your grinder goes back to you today.

Cheers,
Jakob""")

C("gift-quote-early-next-week", "closed", {"missed-follow-up": 1},
  story="40 gifts to 40 addresses; Tom promises the quote \"early next week\" - nothing; the "
        "customer's out-of-office reply is not a customer message.",
  customer="Alice Turner <alice.turner@example.org>", client="thunderbird")
cust("11-04 14:00 +0000", subject="Corporate gifts - 40 addresses", body="""\
Hello,

We'd like to send 40 bags of your Winter Blend as gifts, each to a
different address (clients all over Germany and the Netherlands). Do you
offer that?

Best regards,
Alice Turner
""")
agent("tom", "11-05 10:30 +0100", """\
Hi Alice,

Yes, we do that every winter. I'll put together a quote including the
shipping to all 40 addresses and send it early next week.

Best,
Tom""")
ooo("11-05 09:31 +0000", headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
    subject_prefix="Out of office: ", client="thunderbird", body="""\
I'm out of the office until Monday 9 November with no access to e-mail.
For urgent matters please contact office@example.org.

Alice Turner
""")

C("portafilter-16-november", "closed", {"missed-follow-up": 1},
  story="\"I will send you the tracking number on 16 November\" - never sent.",
  customer="Chris Morgan <chris.morgan@example.com>", client="gmail")
cust("11-12 12:00 +0000", subject="Replacement portafilter not shipped", body="""\
Hi,

The replacement portafilter you promised hasn't shipped yet - the order
page says "awaiting stock". When will it go out?

Chris
""")
agent("mia", "11-12 15:30 +0100", """\
Hi Chris,

The portafilters arrive from our supplier on Monday. I will send you the
tracking number on 16 November as soon as yours is packed.

Best wishes,
Mia""")

C("guji-check-roastery", "pending", {"missed-follow-up": 1},
  story="\"Let me check with the roastery ... and I'll come back to you\" - no deadline, "
        "2-day window passes.",
  customer="Emily Foster <emily.foster@example.org>", client="apple")
cust("11-16 16:00 +0000", subject="Ethiopia Guji coming back?", body="""\
Hi,

Is the Ethiopia Guji from the autumn menu coming back? It was my favourite
and it has disappeared from the shop.

Emily""")
agent("anouk", "11-17 09:00 +0100", """\
Hi Emily,

Good question! Let me check with the roastery whether another lot is on
its way, and I'll come back to you.

Kind regards,
Anouk""")

C("double-charge-accounts", "open",
  {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
  story="Double charge handed to accounts (\"she'll be in touch\"); nobody writes; the customer "
        "chases on 13 Nov and is still waiting.",
  customer="Robert Hale <r.hale@example.net>", client="outlook")
cust("11-10 09:30 +0000", subject="Charged twice for November", body="""\
Hello,

I've been charged twice for my November subscription: two payments of
EUR 24.90 on 2 November. Please refund one of them.

Robert Hale
""")
agent("tom", "11-10 11:00 +0100", """\
Hi Robert,

Sorry about that! I've passed this to Carmen in our accounts team; she'll
be in touch about the refund.

Best,
Tom""")
cust("11-13 10:00 +0000", body="""\
Hello Tom,

I haven't heard back from Carmen yet. Is the refund on its way?

Robert""")

C("paket-melde-mich-morgen", "pending", {"missed-follow-up": 1, "customer-chased": 1},
  lang="de", story="German: lost parcel; Mia: \"melde mich morgen\" (17 Nov); customer asks "
                   "for news on 18 Nov; answer and replacement on 19 Nov (late).",
  customer="Katrin Vogt <katrin.vogt@example.com>", client="gmail_de")
cust("11-16 08:30 +0100", subject="Paket NL-58340 nicht angekommen", body="""\
Hallo,

meine Bestellung NL-58340 (2x Winterröstung, 1x Kvarn 64) ist laut
Sendungsverfolgung seit Donnerstag "in Zustellung", angekommen ist aber
nichts. Können Sie bitte nachsehen, wo das Paket ist?

Katrin Vogt
""")
agent("mia", "11-16 10:15 +0100", """\
Liebe Frau Vogt,

das tut mir leid. Ich habe beim Versanddienstleister einen
Nachforschungsauftrag gestellt und melde mich morgen bei Ihnen, sobald ich
eine Rückmeldung habe.

Viele Grüße
Mia Schuster""")
cust("11-18 19:00 +0100", body="""\
Guten Abend Frau Schuster,

gibt es schon etwas Neues zu meinem Paket?

Katrin Vogt""")
agent("mia", "11-19 09:00 +0100", """\
Liebe Frau Vogt,

das Paket wurde leider an eine falsche Adresse zugestellt. Ich habe Ihnen
heute kostenlos Ersatz geschickt; die neue Sendungsnummer kommt per Mail.

Viele Grüße
Mia Schuster""")

C("code-e4-jeudi", "closed", {"missed-follow-up": 1},
  lang="fr", story="French: error E4; Élodie: \"je reviens vers vous d'ici jeudi\" - nothing.",
  customer="Sophie Laurent <sophie.laurent@example.org>", client="apple_fr")
cust("11-02 09:10 +0100", subject="Code erreur E4", body="""\
Bonjour,

Ma machine Aurora Duo affiche le code E4 depuis ce matin et ne chauffe
plus. Que dois-je faire ?

Merci,
Sophie Laurent""")
agent("elodie", "11-02 11:30 +0100", """\
Bonjour Sophie,

Le code E4 indique en général une sonde de température défectueuse. Je
transmets votre dossier à notre atelier et je reviens vers vous d'ici jeudi
avec une solution (réparation ou échange).

Bien cordialement,
Élodie""")

C("molinillo-tecnico-lunes", "closed", {"missed-follow-up": 1},
  lang="es", story="Spanish: \"Le escribo el lunes\" (9 Nov); the technician's answer comes "
                   "on Wednesday 11 Nov; thanks-only reply.",
  customer="Javier Ortega <javier.ortega@correo.example>", client="gmail_es")
cust("11-04 18:00 +0100", subject="El Kvarn 58 se atasca", body="""\
Hola,

El molinillo Kvarn 58 se atasca con granos muy tostados. ¿Es normal o
está defectuoso?

Saludos,
Javier
""")
agent("carmen", "11-05 09:45 +0100", """\
Hola Javier:

Lo he consultado con nuestro técnico, que está de viaje esta semana. Le
escribo el lunes con su respuesta.

Un saludo,
Carmen""")
agent("carmen", "11-11 10:20 +0100", quote=False, body="""\
Hola Javier:

Disculpe la demora. Según el técnico no es un defecto: los tuestes muy
oscuros sueltan aceite que apelmaza la salida. Limpie el conducto con el
cepillo incluido cada dos semanas y el problema desaparecerá.

Un saludo,
Carmen""")
cust("11-11 12:00 +0100", thanks_only=True, body="""\
¡Muchas gracias, Carmen! Lo probaré.

Javier""")

C("decaf-quote-end-of-day", "pending", {"missed-follow-up": 1},
  story="\"I'll send the quote over by end of day\" - sent the next afternoon.",
  customer="Hiro Tanaka <hiro.tanaka@example.com>", client="owa")
cust("11-18 08:00 +0000", subject="Decaf for our coworking space", body="""\
Hi,

Could you send us a quote for around 12 kg a month of decaf for our
coworking space in Rotterdam?

Thanks,
Hiro Tanaka
Community Manager, Dock 9 Coworking
""")
agent("tom", "11-18 09:30 +0100", """\
Hi Hiro,

Happy to! I'll send the quote over by end of day.

Best,
Tom""")
agent("tom", "11-19 15:00 +0100", quote=False, body="""\
Hi Hiro,

Here's your quote: 12 kg a month of Nachtfalter Decaf at EUR 23.10 per kg
ex VAT, delivered free every first Monday. Valid until 31 January.

Best,
Tom""")

C("bakery-install-slot", "closed", {"missed-follow-up": 1, "customer-chased": 1},
  story="\"We'll confirm the exact delivery slot in the next couple of days\" - the customer "
        "checks in five days later, then gets the slot.",
  customer="Mei Chen <mei.chen@example.net>", client="gmail")
cust("11-06 10:00 +0000", subject="Installation of our espresso machine", body="""\
Hello,

Our new espresso machine for the bakery is ready to be delivered. Can we
arrange the installation on a weekday before 9 am?

Mei Chen
Chen's Bakery
""")
agent("jakob", "11-06 14:00 +0100", """\
Hi Mei,

Before 9 am works for our installers. We'll confirm the exact delivery slot
in the next couple of days.

Cheers,
Jakob""")
cust("11-11 08:00 +0000", body="""\
Hi Jakob,

Just checking in on the installation date - we need to plan the staff
rota around it.

Mei""")
agent("jakob", "11-11 12:00 +0100", """\
Hi Mei,

Apologies for the wait. Installation is booked for Tuesday 17 November at
7:30.

Cheers,
Jakob""")
cust("11-11 12:30 +0000", thanks_only=True, body="""\
Perfect, thank you!

Mei""")

# ---------------------------------------------------------------- customers chasing

C("missing-bag-any-update", "closed", {"customer-chased": 1},
  story="A bag missing from the box; photo sent; three days later \"Any update?\"; bag sent.",
  customer="Zoe Adams <zoe.adams@example.com>", client="gmail")
cust("11-02 09:00 +0000", subject="Only 2 of 3 bags delivered", body="""\
Hi,

My order NL-57420 arrived today but there were only two of the three bags
in the box - the Huila is missing.

Zoe
""")
agent("tom", "11-02 11:10 +0100", """\
Hi Zoe,

Sorry about that! Could you send me a photo of the packing slip so I can
check with the packing team?

Best,
Tom""")
cust("11-02 12:00 +0000", attach=[PHOTO_TRAY], body="""\
Here you go.

Zoe""")
cust("11-05 10:15 +0000", parent=None, subject="Re: Only 2 of 3 bags delivered", quote=False,
     thread=False, body="""\
Hi Tom, any update?

Zoe""")
agent("tom", "11-05 12:40 +0100", """\
Hi Zoe,

The packing team confirmed the mistake - the Huila went out to you today
by express and should arrive tomorrow.

Best,
Tom""")

C("following-up-grinder-slow", "closed", {"customer-chased": 1, "slow-first-response": 1},
  story="No reply for three days; \"Just following up on my email below\"; Tom then answers.",
  customer="Nathan Brooks <nathan.brooks@brooksarchitects.example>", client="outlook")
cust("10-27 08:45 +0000", subject="Grind size for the office Moccamaster", body="""\
Hello,

We've just bought a Moccamaster for the office. Which grind setting on your
shop grinder should we pick when we order the Büro Blend pre-ground?

Kind regards,
Nathan Brooks
Brooks Architects
""")
cust("10-30 09:20 +0000", body="""\
Hello,

Just following up on my email below - we'd like to place the order this
week.

Kind regards,
Nathan""")
agent("tom", "10-30 11:00 +0100", """\
Hi Nathan,

Sorry for the slow reply. For a Moccamaster choose "filter - medium"; it's
the setting we test the Büro Blend with.

Best,
Tom""")

C("refund-still-waiting", "closed", {"customer-chased": 1},
  story="Refund confirmed, nothing on the card after ten days; \"still waiting\"; refund "
        "re-issued.",
  customer="Nadia Hussain <nadia.h@example.org>", client="thunderbird")
cust("10-26 10:00 +0000", subject="Return of my Aurora Solo", body="""\
Hello,

I returned the Aurora Solo last week (return label RL-5521). Could you
confirm it arrived and refund the EUR 389.00?

Nadia Hussain
""")
agent("tom", "10-26 12:30 +0100", """\
Hi Nadia,

The machine arrived on Friday and passed inspection. I've issued the refund
of EUR 389.00 today; it takes 3-5 working days to show on your card.

Best,
Tom""")
cust("11-06 09:00 +0000", body="""\
Hi Tom,

I'm still waiting for the refund - it's been eleven days and nothing has
arrived on my card. I haven't heard back from anyone about it either.

Nadia""")
agent("carmen", "11-06 11:00 +0100", """\
Hi Nadia,

I'm so sorry: the refund bounced because the card had been replaced. I've
re-issued it to your PayPal account, where it shows immediately.

Best regards,
Carmen""")

C("nachfrage-mahlgrad", "closed", {"customer-chased": 1, "slow-first-response": 1},
  lang="de", story="German: Mahlgrad question, no answer for four days; \"Ich warte immer noch "
                   "auf eine Antwort\"; Mia answers.",
  customer="Thomas Berger <t.berger@kaffeehaus-berger.example>", client="outlook_de")
cust("11-02 15:00 +0100", subject="Mahlgrad für Siebträger", body="""\
Hallo,

welchen Mahlgrad empfehlen Sie für Ihren Espresso Nord in einem
Siebträger mit 18 g Doppelsieb?

Gruß
Thomas Berger
Kaffeehaus Berger
""")
cust("11-06 10:30 +0100", body="""\
Hallo,

ich warte immer noch auf eine Antwort auf meine Mail vom Montag. Können Sie
mir bitte kurz Bescheid geben?

Gruß
Thomas Berger""")
agent("mia", "11-06 12:00 +0100", """\
Hallo Herr Berger,

entschuldigen Sie die späte Antwort! Starten Sie mit 18 g Kaffee, 36 g im
Bezug und etwa 28 Sekunden; mahlen Sie feiner, wenn es schneller läuft.

Viele Grüße
Mia Schuster""")

C("relance-commande", "pending", {"customer-chased": 1},
  lang="fr", story="French: delivery date asked, answer says \"in preparation\"; customer "
                   "\"se permet de relancer\" a week later; tracking sent.",
  customer="Antoine Girard <antoine.girard@example.net>", client="apple_fr")
cust("11-06 08:00 +0100", subject="Commande NL-58201", body="""\
Bonjour,

Pourriez-vous me donner une date de livraison pour ma commande NL-58201 ?

Antoine Girard""")
agent("elodie", "11-06 10:00 +0100", """\
Bonjour Antoine,

Votre commande est en préparation ; vous recevrez le lien de suivi dès
l'expédition.

Bien cordialement,
Élodie""")
cust("11-16 09:00 +0100", body="""\
Bonjour,

Je me permets de vous relancer concernant ma commande NL-58201 : toujours
aucun lien de suivi, dix jours après.

Antoine Girard""")
agent("elodie", "11-16 11:15 +0100", """\
Bonjour Antoine,

Toutes nos excuses : la commande est partie ce matin, suivi
1Z999AA10123456784, livraison prévue jeudi.

Bien cordialement,
Élodie""")

C("pedido-alguna-novedad", "open", {"customer-chased": 1, "awaiting-reply": 1},
  lang="es", story="Spanish: subscription change confirmed as \"in progress\"; \"¿Hay alguna "
                   "novedad?\" on 17 Nov is still unanswered.",
  customer="Lucía Herrera <lucia.herrera@example.org>", client="gmail_es")
cust("11-12 10:00 +0100", subject="Cambio de mi suscripción", body="""\
Hola:

Quiero cambiar mi suscripción de 500 g a 1 kg al mes a partir de
diciembre. ¿Me lo pueden cambiar ustedes?

Gracias,
Lucía
""")
agent("carmen", "11-12 12:30 +0100", """\
Hola Lucía:

Claro, se lo cambiamos nosotros. Le confirmo el nuevo importe cuando esté
hecho.

Un saludo,
Carmen""")
agent("carmen", "11-12 16:00 +0100", quote=False, body="""\
Hola Lucía:

Hecho: desde diciembre recibirá 1 kg al mes por 42,90 EUR.

Un saludo,
Carmen""")
cust("11-17 11:00 +0100", body="""\
Hola Carmen:

¿Hay alguna novedad sobre la factura corregida de noviembre que les pedí
por teléfono? Sigo esperando.

Lucía""")

C("return-label-resend", "pending", {"customer-chased": 1, "slow-first-response": 1},
  story="Return label request resent the next day as a new message (same subject, no threading "
        "headers); Mia replies 31 h after the first mail.",
  customer="Owen Price <owen.price@example.com>", client="gmail")
cust("11-16 08:00 +0000", subject="Return label for the milk jug", body="""\
Hello,

The milk jug I ordered (NL-58377) is the wrong size. Please send me a return
label so I can send it back.

Owen
""")
cust("11-17 08:30 +0000", parent=None, subject="Return label for the milk jug", body="""\
Hello,

Please send me a return label for the milk jug from order NL-58377 - it's
the wrong size and I'd like to send it back.

Owen
""")
agent("mia", "11-17 16:10 +0100", body="""\
Hi Owen,

Sorry for the wait! The return label is attached below as a link:
https://nordlicht.example/returns?order=NL-58377&label=1

Best wishes,
Mia""")

C("third-email-chased-twice", "closed", {"customer-chased": 2, "slow-first-response": 1},
  story="Warranty claim; \"Any news on this?\" after two days, \"This is my third email\" "
        "after four; Jakob finally answers.",
  customer="Isabel Fernandes <isabel.fernandes@example.net>", client="iphone")
cust("10-26 18:00 +0000", subject="Warranty claim - leaking group head", body="""\
Hi,

The group head of my Aurora Duo leaks from the gasket when I pull a shot
(it's 14 months old). Is that covered by the warranty?

Isabel

Sent from my iPhone""")
cust("10-28 19:00 +0000", body="""\
Any news on this? I can't use the machine at the moment.

Isabel

Sent from my iPhone""")
cust("10-30 08:00 +0000", body="""\
This is my third email about the leak. Could someone please get back to me?

Isabel

Sent from my iPhone""")
agent("jakob", "10-30 10:30 +0100", """\
Hi Isabel,

I'm very sorry you had to write three times. Yes, the gasket is covered:
a new one and the tool are on their way to you today, with a video guide.

Cheers,
Jakob""")

C("bestelling-al-nieuws", "pending", {"customer-chased": 1},
  lang="nl", story="Dutch: order status; \"Is er al nieuws?\" after five days; tracking sent.",
  customer="Sanne de Boer <sanne.deboer@brievenbus.example>", client="thunderbird_nl")
cust("11-09 09:00 +0100", subject="Bestelling NL-58190", body="""\
Hallo,

Wanneer wordt mijn bestelling NL-58190 verzonden? Ik heb nog geen
verzendbevestiging gekregen.

Groet,
Sanne
""")
agent("anouk", "11-09 10:30 +0100", """\
Hoi Sanne,

Je bestelling wordt deze week gebrand en verzonden; je krijgt automatisch
een mail met de track & trace.

Groet,
Anouk""")
cust("11-14 10:00 +0100", body="""\
Hoi Anouk,

Is er al nieuws? Ik heb nog steeds niets ontvangen.

Sanne""")
agent("anouk", "11-14 11:00 +0100", """\
Hoi Sanne,

Sorry! Hij is gisteren verzonden: track & trace 3SNLD0012345678, morgen in
huis.

Groet,
Anouk""")

# ---------------------------------------------------------------- waiting, slow, reopened, handoffs

C("preorder-autoack-only", "open", {"awaiting-reply": 1},
  story="Pre-order question; only the helpdesk's auto-acknowledgement answered (so no "
        "slow-first-response: there is no human reply yet).",
  customer="Kenji Mori <kenji.mori@example.org>", client="gmail")
cust("11-17 22:10 +0000", subject="Pre-order for the Aurora Duo in matte black?", body="""\
Hello,

Can I pre-order the matte black Aurora Duo that was shown on your
Instagram, or is it not on sale yet?

Kenji
""")
ack("11-17 23:12 +0100")

C("zweite-runde-offen", "open", {"awaiting-reply": 1},
  lang="de", story="German: first round answered within hours; the customer's second question "
                   "(18 Nov) has had no reply for two days.",
  customer="Julia Hoffmann <julia.hoffmann@postfach.example>", client="thunderbird_de")
cust("11-16 09:00 +0100", subject="Wasserfilter für Aurora Solo", body="""\
Guten Tag,

brauche ich für die Aurora Solo einen Wasserfilter, wenn unser Wasser
15 °dH hat?

Julia Hoffmann
""")
agent("mia", "11-16 11:30 +0100", """\
Guten Tag Frau Hoffmann,

bei 15 °dH empfehlen wir den Claris-Filter im Tank, ihn alle zwei Monate
wechseln - dann müssen Sie nur zweimal im Jahr entkalken.

Viele Grüße
Mia Schuster""")
cust("11-18 08:30 +0100", body="""\
Danke! Passt der Filter auch in den Tank der älteren Aurora Solo von 2021,
oder brauche ich einen Adapter?

Julia Hoffmann""")

C("reklamation-wochenende", "closed", {"slow-first-response": 1},
  lang="de", story="German: complaint on Friday evening; auto-ack at once (does not count); "
                   "Mia's first human reply Monday morning (63 h); thanks-only reply.",
  customer="Markus Schmid <markus.schmid@example.com>", client="gmail_de")
cust("10-30 18:40 +0100", subject="Bohnen ranzig?", body="""\
Hallo,

die Packung Sumatra aus meinem Abo riecht ranzig und schmeckt auch so. Das
Röstdatum ist vom 20. Oktober. Können Sie mir eine neue Packung schicken?

Markus Schmid
""")
ack("10-30 18:41 +0100", lang="de")
agent("mia", "11-02 09:50 +0100", body="""\
Hallo Herr Schmid,

das tut mir leid - der Sumatra hat einen sehr erdigen Charakter, aber ranzig
darf er nicht schmecken. Eine neue Packung ist heute an Sie rausgegangen.

Viele Grüße
Mia Schuster""")
cust("11-02 12:00 +0100", thanks_only=True, body="""\
Vielen Dank für den schnellen Ersatz!

Markus Schmid""")

C("tamper-reopened", "pending", {"reopened": 1},
  story="Tamper fits after the swap; Tom: \"I'll mark this ticket as resolved\"; 10 days later "
        "the new portafilter leaks; Jakob answers.",
  customer="Daniel Okoro <daniel.okoro@example.net>", client="gmail")
cust("11-02 10:00 +0000", subject="Tamper doesn't fit the basket", body="""\
Hi,

The 58 mm tamper I bought doesn't fit into the basket of my Aurora Solo -
it gets stuck halfway.

Daniel
""")
agent("tom", "11-02 12:00 +0100", """\
Hi Daniel,

The Aurora Solo uses 54 mm baskets, so the 58 mm tamper can't fit. I've
swapped it for the 53.3 mm model, which goes out today.

Best,
Tom""")
cust("11-04 18:00 +0000", body="""\
The new one fits perfectly, thanks. Is there anything I need to send back?

Daniel""")
agent("tom", "11-05 09:00 +0100", closes=True, body="""\
Hi Daniel,

No, please keep the old tamper - glad it's sorted! I'll mark this ticket as
resolved.

Best,
Tom""")
cust("11-15 20:30 +0000", attach=[PHOTO_LEAK], body="""\
Hi again,

Different problem now: water is leaking around the portafilter since
yesterday, even with the new tamper and a fresh gasket. Photo attached.
What should I do?

Daniel""")
agent("jakob", "11-16 09:40 +0100", """\
Hi Daniel,

Thanks for the photo - the portafilter ears look bent. I'm sending you a
new portafilter today; please send the old one back with the enclosed
label.

Cheers,
Jakob""")

C("abo-resolved-neues-problem", "open", {"reopened": 1, "awaiting-reply": 1},
  lang="de", story="German: subscription delivery day changed, \"[Resolved]\" in the subject; a "
                   "week later the new bag arrives ground instead of whole bean - no reply yet.",
  customer="Anna Lehmann <anna.lehmann@example.org>", client="gmail_de")
cust("11-06 08:00 +0100", subject="Liefertag meines Abos ändern", body="""\
Hallo,

können Sie mein Abo bitte vom Montag auf Donnerstag umstellen? Montags ist
niemand zu Hause.

Anna Lehmann
""")
agent("mia", "11-06 09:30 +0100", closes=True,
      subject="[Resolved] Re: Liefertag meines Abos ändern", body="""\
Hallo Frau Lehmann,

erledigt: Ihr Abo wird ab sofort donnerstags geliefert.

Viele Grüße
Mia Schuster""")
cust("11-17 19:15 +0100", body="""\
Hallo Frau Schuster,

die Lieferung heute war leider gemahlen statt ganze Bohnen, obwohl im Abo
"ganze Bohne" eingestellt ist. Können Sie mir eine neue Packung schicken?

Anna Lehmann""")

C("closing-then-new-fault", "open", {"reopened": 1, "awaiting-reply": 1},
  story="\"I'm closing this ticket now\" after the grinder fix; eight days later the grinder "
        "stops again - unanswered since 18 Nov.",
  customer="Liam Walker <liam.walker@example.com>", client="apple")
cust("11-05 09:00 +0000", subject="Grinder stops after a few seconds", body="""\
Hello,

My Kvarn 64 stops after three or four seconds of grinding. Any idea?

Liam""")
agent("jakob", "11-05 11:00 +0100", """\
Hi Liam,

That's the overheat protection: please unplug it for 30 minutes and clean
the chute - old grounds make the motor work too hard.

Cheers,
Jakob""")
cust("11-09 09:00 +0000", body="""\
Cleaning the chute fixed it. Do you sell a replacement brush for the
chute? Mine is worn.

Liam""")
agent("jakob", "11-09 10:30 +0100", closes=True, body="""\
Hi Liam,

Great news! Yes - the brush is EUR 4.90 in the shop (Accessories). I'm
closing this ticket now; just reply if anything else comes up.

Cheers,
Jakob""")
cust("11-18 08:00 +0000", body="""\
Hi Jakob,

It's back: it stops after a few seconds again, even with a clean chute and
after unplugging it overnight. Can I send it in for repair?

Liam""")

C("office-machine-three-agents", "pending", {"many-handoffs": 1},
  story="Office machine rental: Tom (contract), Jakob (installation), Carmen (first invoice) - "
        "three agents, all prompt and complete.",
  customer="Helen Ward <helen.ward@wardandsons.example>", client="outlook")
cust("11-10 08:30 +0000", subject="Renting a machine for our office", body="""\
Hello,

We'd like to rent an espresso machine for our office (20 people). What
does the rental cost per month?

Helen Ward
Ward & Sons Ltd
""")
agent("tom", "11-10 10:00 +0100", """\
Hi Helen,

The Aurora Duo Office is EUR 49 a month on a 12-month contract, including
servicing; beans are billed separately.

Best,
Tom""")
cust("11-10 14:00 +0000", body="""\
That works. When could you install it?

Helen""")
agent("jakob", "11-11 09:15 +0100", """\
Hi Helen,

Our installer can come on Thursday 12 November at 9:00. It takes about an
hour including a barista introduction for your team.

Cheers,
Jakob""")
cust("11-16 09:00 +0000", body="""\
The installation went well, thank you. Who do I send our PO number to for
the first invoice? It's PO-77812.

Helen""")
agent("carmen", "11-16 10:30 +0100", """\
Hi Helen,

You've sent it to the right place: I've added PO-77812 to the first
invoice, which will reach you on 1 December.

Best regards,
Carmen""")

C("haendler-vier-agenten", "closed", {"many-handoffs": 1},
  lang="de", story="German reseller: Mia, Anouk, Jakob and Carmen each answer one part (4 "
                   "agents > limit 2); thanks-only end.",
  customer="Petra Wagner <p.wagner@kaffeekontor-wagner.example>", client="outlook_de")
cust("10-26 09:00 +0100", subject="Wiederverkauf Ihrer Mühlen", body="""\
Guten Tag,

wir führen ein kleines Kaffeekontor in Lübeck und möchten Ihre Kvarn-Mühlen
verkaufen. Zu welchen Konditionen ist das möglich?

Petra Wagner
""")
agent("mia", "10-26 11:00 +0100", """\
Guten Tag Frau Wagner,

gern! Für Händler gibt es 30 % auf den Listenpreis ab fünf Mühlen; ich
gebe Sie an Anouk aus unserem Wholesale-Team weiter.

Viele Grüße
Mia Schuster""")
agent("anouk", "10-26 15:00 +0100", quote=False, body="""\
Guten Tag Frau Wagner,

anbei unser Händlervertrag. Mindestbestellung: fünf Mühlen, gemischt
aus Kvarn 58 und 64.

Viele Grüße
Anouk Jansen""")
cust("10-27 10:00 +0100", body="""\
Danke. Bieten Sie eine Schulung für unser Personal an?

Petra Wagner""")
agent("jakob", "10-27 13:00 +0100", """\
Guten Tag Frau Wagner,

ja, ich schule Ihr Team gern vor Ort oder per Video, etwa 90 Minuten,
kostenlos für Händler.

Viele Grüße
Jakob Lind""")
cust("10-28 09:00 +0100", body="""\
Wir bestellen fünf Mühlen. Die Rechnung bitte an buchhaltung@kaffeekontor-wagner.example.

Petra Wagner""")
agent("carmen", "10-28 11:00 +0100", """\
Guten Tag Frau Wagner,

die Rechnung R-2026-1190 ist an Ihre Buchhaltung verschickt.

Viele Grüße
Carmen Ruiz""")
cust("10-28 12:00 +0100", thanks_only=True, body="""\
Vielen Dank an Sie alle!

Petra Wagner""")

# ---------------------------------------------------------------- clean cases

C("ship-ireland-other-words", "closed", {},
  story="\"Do you ship to Ireland?\" answered in other words (\"we deliver across the EU ... "
        "Irish orders ...\").",
  customer="Aoife Byrne <aoife.byrne@example.com>", client="gmail")
cust("11-03 19:30 +0000", subject="Shipping question", body="""\
Hi,

Do you ship to Ireland? I'd love to order the Winter Blend for my dad.

Aoife
""")
agent("tom", "11-04 09:05 +0100", """\
Hi Aoife,

We deliver across the EU and to the UK - Irish orders usually arrive within
three to four working days, and shipping is free from EUR 35.

Best,
Tom""")

C("inline-answers", "closed", {},
  story="Three questions about the Aurora Duo answered inline under each quoted question.",
  customer="Mark Jensen <mark.jensen@example.net>", client="thunderbird")
cust("11-04 07:15 +0000", subject="Aurora Duo before I buy", body="""\
Hello,

A few questions before I buy the Aurora Duo:

How long does it take to heat up from cold?
Can I pull a shot and steam milk at the same time?
Is the drip tray deep enough for a 12 cm cup?

Thanks,
Mark Jensen
""")
agent("jakob", "11-04 10:40 +0100", quote=False, body="""\
Hi Mark,

answers below.

On 11/4/26 7:15 AM, Mark Jensen wrote:
> How long does it take to heat up from cold?

About eight minutes until the group head is fully stable.

> Can I pull a shot and steam milk at the same time?

Yes - it's a dual boiler, so both work in parallel.

> Is the drip tray deep enough for a 12 cm cup?

With the tray removed you have 13.5 cm, so yes.

Cheers,
Jakob""")

C("second-question-other-agent", "pending", {},
  story="First question answered by Tom; the second mail's question answered by Anouk (2 "
        "agents, within the limit).",
  customer="Grace Hall <grace.hall@example.org>", client="gmail")
cust("11-16 08:00 +0000", subject="Gift subscription", body="""\
Hello,

Can I buy a gift subscription that starts in January?

Grace
""")
agent("tom", "11-16 10:30 +0100", """\
Hi Grace,

Yes: choose "Gift" at checkout and pick January as the start month. The
recipient gets a card from us in the first box.

Best,
Tom""")
cust("11-16 12:00 +0000", body="""\
Lovely. Could the card carry a personal message from me?

Grace""")
agent("anouk", "11-16 14:20 +0100", """\
Hi Grace,

It can - there's a field "message for the card" at checkout (up to 300
characters). We hand-write it.

Kind regards,
Anouk""")

C("pleasantries-weekend", "pending", {},
  story="\"Hope you had a good weekend?\", \"How are you all doing?\" are pleasantries; the one "
        "real question (grind for AeroPress) is answered.",
  customer="Tom Baker <tom.baker@example.com>", client="apple")
cust("11-16 08:20 +0000", subject="AeroPress grind", body="""\
Hi Nordlicht team,

Hope you had a good weekend? How are you all doing?

Which grind should I choose for the AeroPress when I order pre-ground
Huila?

All the best,
Tom Baker""")
agent("mia", "11-16 11:00 +0100", """\
Hi Tom,

Thanks, all good here! For the AeroPress pick "fine filter" - it's between
espresso and filter and works for both the standard and inverted method.

Best wishes,
Mia""")

C("quoted-question-signature-url", "closed", {},
  story="Question answered; the customer's thank-you quotes the old question and has a "
        "signature with a URL containing '?' and \"Questions?\" - none of it counts.",
  customer="Ruth Evans <ruth.evans@greenleafdesign.example>", client="gmail")
cust("11-02 13:00 +0000", subject="Bean storage", body="""\
Hello,

Should I keep opened beans in the fridge?

Ruth Evans
Greenleaf Design Studio
Questions about our projects? https://greenleafdesign.example/contact?ref=mail
""")
agent("anouk", "11-02 15:10 +0100", """\
Hi Ruth,

No - the fridge adds moisture and smells. An airtight tin in a dark cupboard
is best; use the beans within four weeks of opening.

Kind regards,
Anouk""")
cust("11-02 15:00 +0000", thanks_only=True, body="""\
Thanks Anouk, that's really helpful.

Ruth Evans
Greenleaf Design Studio
Questions about our projects? https://greenleafdesign.example/contact?ref=mail
""")

C("answers-own-question", "pending", {},
  story="\"Where do I find the serial number? ... never mind, found it\"; the remaining "
        "question (registration) is answered.",
  customer="Ella Fischer <ella.fischer@example.net>", client="gmail")
cust("11-18 09:00 +0000", subject="Registering my machine", body="""\
Hi,

Where do I find the serial number on the Aurora Solo? Never mind - found
it on the sticker under the water tank.

Do I need to register the machine to get the two-year warranty?

Ella
""")
agent("tom", "11-18 11:00 +0100", """\
Hi Ella,

No registration needed - your order confirmation is your warranty proof.
Registering on our site just gets you descaling reminders.

Best,
Tom""")

C("verzenden-belgie", "closed", {},
  lang="nl", story="Dutch: \"Kunnen jullie ook naar België verzenden?\" answered in other words.",
  customer="Lotte Peeters <lotte.peeters@example.org>", client="gmail")
cust("11-05 20:00 +0100", subject="Verzending naar België", body="""\
Hallo,

Kunnen jullie ook naar België verzenden? Ik woon in Gent.

Groetjes,
Lotte
""")
agent("anouk", "11-06 09:00 +0100", """\
Hoi Lotte,

Zeker - we leveren in heel de Benelux, Gent inbegrepen, meestal binnen twee
werkdagen.

Groet,
Anouk""")

C("espresso-temperatur-ohne-id", "pending", {},
  lang="de", story="German: temperature question answered in other words; the customer's "
                   "follow-up has no Message-ID header (old client) and is answered too.",
  customer="Wolfgang Richter <w.richter@example.com>", client="thunderbird_de")
cust("11-16 10:00 +0100", subject="Brühtemperatur einstellen", body="""\
Guten Tag,

lässt sich bei der Aurora Duo die Brühtemperatur verändern?

Mit freundlichen Grüßen
Wolfgang Richter
""")
agent("mia", "11-16 11:30 +0100", """\
Guten Tag Herr Richter,

über das Menü "PID" können Sie zwischen 88 und 96 °C in Schritten von einem
Grad wählen.

Viele Grüße
Mia Schuster""")
cust("11-16 13:00 +0100", msgid=False, note="Wolfgang Richter's follow-up of 16 Nov (no Message-ID header)",
     client="oldclient", body="""\
Danke. Welche Temperatur empfehlen Sie für den Espresso Nord?

W. Richter""")
agent("mia", "11-16 14:10 +0100", """\
Guten Tag Herr Richter,

für den Espresso Nord empfehlen wir 93 °C.

Viele Grüße
Mia Schuster""")

C("detartrage-refs-gap", "pending", {},
  lang="fr", story="French: descaling frequency; the customer's second mail omits the first "
                   "message from References; both answered.",
  customer="Claire Petit <claire.petit@example.net>", client="gmail")
cust("11-17 09:00 +0100", subject="Détartrage de l'Aurora Solo", body="""\
Bonjour,

Tous les combien faut-il détartrer l'Aurora Solo ? Notre eau est assez
calcaire.

Claire Petit
""")
agent("elodie", "11-17 10:30 +0100", """\
Bonjour Claire,

Avec une eau calcaire, comptez un détartrage toutes les six semaines ; la
machine affiche un rappel.

Bien cordialement,
Élodie""")
cust("11-17 12:00 +0100", refs=[CUR.msgs[-1].key], body="""\
Merci ! Et quel produit utiliser ?

Claire""")
agent("elodie", "11-17 14:00 +0100", """\
Bonjour Claire,

Nos sachets Entkalker Pro, ou tout détartrant à l'acide citrique dilué à
1:10.

Bien cordialement,
Élodie""")

C("cafe-de-origen", "closed", {},
  lang="es", story="Spanish: origin question answered the same morning; thanks-only reply.",
  customer="Pablo Romero <pablo.romero@correo.example>", client="gmail_es")
cust("11-09 08:30 +0100", subject="Origen del Espresso Nord", body="""\
Hola:

¿De qué países viene el café del Espresso Nord? Me interesa saber si es de
comercio directo.

Pablo
""")
agent("carmen", "11-09 10:00 +0100", """\
Hola Pablo:

El Espresso Nord combina café de Brasil (Cerrado) y de Colombia (Huila);
compramos ambos directamente a las cooperativas desde 2019.

Un saludo,
Carmen""")
cust("11-09 10:30 +0100", thanks_only=True, body="""\
¡Perfecto, muchas gracias!

Pablo""")

C("lost-headers-outlook", "pending", {},
  story="Outlook customer reply (\"RE:\") lost its In-Reply-To/References; it belongs to the "
        "same conversation; both questions answered.",
  customer="James Wilson <james.wilson@example.com>", client="outlook")
cust("11-18 08:10 +0000", subject="Invoice for order NL-58401", body="""\
Hello,

Could you send me a VAT invoice for order NL-58401?

James Wilson
""")
agent("carmen", "11-18 09:30 +0100", attach=[INVOICE_PDF], body="""\
Hi James,

Here is the VAT invoice for order NL-58401.

Best regards,
Carmen""")
cust("11-18 10:00 +0000", thread=False, body="""\
Thanks Carmen. Can it be addressed to Wilson Media Ltd instead of me
personally?

James""")
agent("carmen", "11-18 11:45 +0100", """\
Hi James,

Of course - the invoice is re-issued to Wilson Media Ltd; you'll find it in
your account under "Invoices".

Best regards,
Carmen""")

C("forwarded-order-confirmation", "pending", {},
  story="The customer forwards the order confirmation (with \"Questions about your order?\" "
        "in the forwarded text) and asks to change the grind; done.",
  customer="Sarah Lee <sarah.lee@example.org>", client="gmail")
cust("11-19 07:30 +0000", subject="Fwd: Your Nordlicht order NL-58450", body="""\
Hi, I chose the wrong grind by mistake - please change it to whole bean.

Sarah

---------- Forwarded message ---------
From: Nordlicht Coffee Roasters <orders@nordlicht.example>
Date: Wed, 18 Nov 2026 at 21:04
Subject: Your Nordlicht order NL-58450
To: <sarah.lee@example.org>

Thanks for your order!
1 x Huila 1 kg - ground for espresso
Questions about your order? Reply to this email or visit
https://nordlicht.example/orders?id=NL-58450
""")
agent("tom", "11-19 09:00 +0100", """\
Hi Sarah,

Done - your Huila will be shipped as whole bean.

Best,
Tom""")

C("same-subject-order-question-a", "closed", {},
  story="Subject \"Order question\" (1 of 2): can I add a bag to my order? Answered.",
  customer="Michael Scott <m.scott@example.net>", client="gmail")
cust("11-10 09:00 +0000", subject="Order question", body="""\
Hi,

I placed order NL-58220 an hour ago. Can I still add a bag of Sidamo?

Michael
""")
agent("tom", "11-10 10:45 +0100", """\
Hi Michael,

Yes - I've added a 250 g Sidamo and charged the difference to your card.

Best,
Tom""")

C("same-subject-order-question-b", "pending", {},
  story="Subject \"Order question\" (2 of 2, a different customer): pick-up at the roastery? "
        "Answered.",
  customer="Nina Krause <nina.krause@example.org>", client="gmail")
cust("11-17 12:00 +0000", subject="Order question", body="""\
Hi,

Can I pick up my order at the roastery in Hamburg instead of having it
shipped?

Nina
""")
agent("mia", "11-17 14:30 +0100", """\
Hi Nina,

Yes, choose "Pick-up Speicherstadt" at checkout; we'll email you when it's
ready (usually the next day, 10-18 h).

Best wishes,
Mia""")

C("stock-kept-by-colleague", "pending", {},
  story="Tom: \"I'll check stock and get back to you tomorrow\"; Anouk delivers the next day.",
  customer="Victoria Lane <victoria.lane@example.com>", client="gmail")
cust("11-16 09:00 +0000", subject="Kvarn 58 in stock?", body="""\
Hi,

Will the Kvarn 58 be back in stock before Christmas?

Victoria
""")
agent("tom", "11-16 10:30 +0100", """\
Hi Victoria,

I'll check with the warehouse and get back to you tomorrow.

Best,
Tom""")
agent("anouk", "11-17 11:00 +0100", quote=False, body="""\
Hi Victoria,

Following up for Tom: the next Kvarn 58 batch arrives on 7 December, so in
time for Christmas. You can pre-order now.

Kind regards,
Anouk""")

C("courier-collects-wednesday", "closed", {},
  story="Repair pick-up arranged; \"the courier collects the machine on Wednesday\" is "
        "logistics, not a promise to write back; thanks-only reply.",
  customer="Andrew Clark <andrew.clark@example.net>", client="thunderbird")
cust("11-09 08:00 +0000", subject="Repair pick-up", body="""\
Hello,

My Aurora Solo needs to go in for the pump repair you diagnosed. How do I
send it to you?

Andrew Clark
""")
agent("jakob", "11-09 10:00 +0100", """\
Hi Andrew,

No need to pack it yourself: the courier collects the machine on Wednesday
between 8:00 and 12:00 with a padded box. Repairs take about five working
days.

Cheers,
Jakob""")
cust("11-09 10:00 +0000", thanks_only=True, body="""\
Great, thanks - I'll be at home on Wednesday morning.

Andrew""")

C("autoack-then-quick-answer", "pending", {},
  story="Auto-ack (\"we will reply within 24 hours\" - not a commitment) at night; Mia answers "
        "7 h later.",
  customer="Olivia Brown <olivia.brown@example.com>", client="iphone")
cust("11-17 23:40 +0000", subject="Subscription skipping a month", body="""\
Hi, can I skip just the February delivery of my subscription?

Olivia

Sent from my iPhone""")
ack("11-18 00:42 +0100")
agent("mia", "11-18 07:50 +0100", body="""\
Hi Olivia,

Yes - in your account under "Subscription" you can skip any single month;
I've already skipped February for you.

Best wishes,
Mia""")

C("deadline-still-ahead", "pending", {},
  story="\"I'll get back to you by Monday\" (23 Nov) on 19 Nov - the deadline is still ahead.",
  customer="Harry Cooper <harry.cooper@example.org>", client="gmail")
cust("11-19 08:00 +0000", subject="Bulk order for a wedding", body="""\
Hello,

We're getting married in February and would like 120 small bags of coffee
as favours. Is that something you can do, with our names on the label?

Harry
""")
agent("anouk", "11-19 10:00 +0100", """\
Hi Harry,

Congratulations! Personalised labels are possible; I need to check the
print lead time with our label supplier and I'll get back to you by Monday.

Kind regards,
Anouk""")

C("rueckmeldung-donnerstag", "pending", {},
  lang="de", story="German: \"ich melde mich bis Donnerstag\" kept on Wednesday; the customer's "
                   "German out-of-office reply is automatic.",
  customer="Sabine Keller <sabine.keller@example.com>", client="outlook_de")
cust("11-16 08:00 +0100", subject="Ersatzteil Dampflanze", body="""\
Guten Morgen,

die Dampflanze meiner Aurora Duo tropft. Haben Sie das Ersatzteil vorrätig?

Sabine Keller
""")
agent("mia", "11-16 09:30 +0100", """\
Guten Morgen Frau Keller,

ich prüfe das mit unserer Werkstatt und melde mich bis Donnerstag bei Ihnen.

Viele Grüße
Mia Schuster""")
ooo("11-16 09:31 +0100", subject_prefix="Abwesenheitsnotiz: ", client="outlook_de",
    headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")), body="""\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17.11. nicht im
Büro und habe keinen Zugriff auf meine E-Mails.

Sabine Keller
""")
agent("mia", "11-18 10:00 +0100", quote=False, body="""\
Guten Tag Frau Keller,

das Dichtungsset für die Dampflanze ist vorrätig und geht heute kostenlos
an Sie raus, mit einer Anleitung zum Tausch.

Viele Grüße
Mia Schuster""")

C("nachtrag-not-a-chase", "pending", {},
  story="A second mail adds the order number and a photo before support answered (new "
        "information, not a chase); answered within hours.",
  customer="Lucas Martin <lucas.martin@example.net>", client="gmail")
cust("11-18 08:00 +0000", subject="Dented tin", body="""\
Hi,

My tin of Winter Blend arrived badly dented and the lid won't close.

Lucas
""")
cust("11-18 08:20 +0000", attach=[PHOTO_TRAY], body="""\
Sorry, forgot the details: the order number is NL-58412 and here's a photo
of the tin.

Lucas""")
agent("tom", "11-18 11:00 +0100", """\
Hi Lucas,

Thanks for the photo - a new tin is on its way today, no need to return
the dented one.

Best,
Tom""")

C("thanks-for-the-update", "pending", {},
  story="Shipping delay explained proactively; \"Thanks for the update!\" asks nothing.",
  customer="Amelia Reid <amelia.reid@example.com>", client="gmail")
cust("11-17 10:00 +0000", subject="When does the Winter Blend ship?", body="""\
Hi,

When will the Winter Blend pre-order ship?

Amelia
""")
agent("mia", "11-17 12:00 +0100", """\
Hi Amelia,

Roasting starts on Thursday, so your bag ships on Friday 20 November.

Best wishes,
Mia""")
cust("11-17 12:30 +0000", thanks_only=True, body="""\
Thanks for the update!

Amelia""")

C("new-mail-within-target", "open", {},
  story="A new question at 10:00 on 20 Nov - open, but still inside the 24 h target.",
  customer="Peter Novak <peter.novak@example.org>", client="gmail")
cust("11-20 10:00 +0000", subject="Cold brew grind", body="""\
Hello,

Which of your coffees works best for cold brew, and how coarse should I
grind it?

Peter
""")

C("thanks-after-close", "closed", {},
  story="Resolved with an explicit close (\"I'll mark this as resolved\"); \"Thank you so much, "
        "all sorted!\" does not reopen it.",
  customer="Emma Collins <emma.collins@example.net>", client="apple")
cust("11-17 09:00 +0000", subject="Wrong beans in my subscription", body="""\
Hi,

I received Sumatra instead of the Huila I switched to last month.

Emma""")
agent("mia", "11-17 11:00 +0100", closes=True, body="""\
Hi Emma,

Sorry for the mix-up! A bag of Huila is on its way and your subscription
now shows Huila. I'll mark this as resolved.

Best wishes,
Mia""")
cust("11-17 11:15 +0000", thanks_only=True, body="""\
Thank you so much, all sorted!

Emma""")

C("gracias-tras-resuelto", "closed", {},
  lang="es", story="Spanish: address corrected, \"[Resolved]\" subject tag; \"¡Mil gracias!\" "
                   "does not reopen.",
  customer="Elena Castro <elena.castro@example.org>", client="gmail_es")
cust("11-18 09:00 +0100", subject="Dirección equivocada", body="""\
Hola:

En mi pedido NL-58420 puse mal el número de la calle: es el 14, no el 41.
¿Lo pueden corregir antes del envío?

Elena
""")
agent("carmen", "11-18 10:00 +0100", closes=True, subject="[Resolved] Re: Dirección equivocada",
      body="""\
Hola Elena:

Corregido: el pedido saldrá a la calle número 14.

Un saludo,
Carmen""")
cust("11-18 10:20 +0100", thanks_only=True, body="""\
¡Mil gracias!

Elena""")

# ======================================================================================
# Builder (headers, quoting in the style of each mail client and MIME are in mailcraft.py)
# ======================================================================================

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "Accept-Language: en-GB",
                "Content-Language: en-GB", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "Accept-Language: de-DE",
                   "Content-Language: de-DE", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "Content-Language: en-US",
            "X-MS-Has-Attach: {hasattach}", "X-Originating-IP: [198.51.100.71]"],
    "android": ["X-Mailer: Outlook for Android", "Content-Language: en-US"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87)"],
    "iphone": ["X-Mailer: iPhone Mail (22C152)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird", "Content-Language: de-DE"],
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird", "Content-Language: nl"],
    "oldclient": ["X-Mailer: The Bat! (v9.4.5) Home"],
    "helpdesk": ["X-Mailer: Nordlicht Helpdesk 3.1"],
}

PROFILE = mailcraft.Profile(
    support_domain=SUPPORT_DOMAIN,
    client_headers=CLIENT_HEADERS,
    support_id_prefix="nl.",
    outlook_server="AM6PR0",
    boundary_hex=28,
    gmail_boundary_zeros=10,
    html_sig_break=False,
    html_helpdesk_style="font-family:Arial,sans-serif;font-size:14px",
    html_body_open='<body dir="ltr">\n<div style="font-family:Calibri,Arial,sans-serif">',
    html_body_close="</div>\n</body>",
)


def build(m: Msg) -> bytes:
    m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
    lines: list[str] = []
    if m.folder == "inbox":
        _, addr = addr_of(m.frm)
        domain = addr.rpartition("@")[2]
        recv = (m.date + timedelta(seconds=3 + int(h(m.key, 2), 16) % 9)).astimezone(timezone.utc)
        lines += [f"Return-Path: <{addr}>", f"Delivered-To: {SUPPORT}",
                  f"Received: from mail.{domain} (mail.{domain} [203.0.113.{10 + int(h(domain, 2), 16) % 200}])",
                  "\tby mx.nordlicht.example (Postfix) with ESMTPS id 7F" + h(m.key + "q", 10).upper(),
                  f"\tfor <{SUPPORT}>; {email.utils.format_datetime(recv)}"]
    hdrs: list[tuple[str, str]] = [("From", m.frm), ("To", m.to)]
    if m.cc:
        hdrs.append(("Cc", m.cc))
    hdrs += [("Subject", m.subject), ("Date", email.utils.format_datetime(m.date))]
    hdrs += m.extra  # Message-ID and the threading headers go after Date
    return mailcraft.build(m, hdrs, BY_KEY, PROFILE, received=lines)


# ======================================================================================
# Writing
# ======================================================================================


def labels() -> dict:
    """The ground truth in the format of tests/eval/labels.json."""
    return mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)


def cases_md(lab: dict) -> str:
    """The per-case table of CASES.md."""
    return mailcraft.cases_table("Evaluation corpus: the cases", "make_eval_corpus.py", (
        (c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status, lc["rules"], c.story)
        for c, lc in zip(CASES, lab["cases"])))


def write_all(out: Path) -> dict[str, bytes]:
    raws = {m.key: build(m) for m in MESSAGES}
    arrival = sorted(MESSAGES, key=lambda m: (m.date, m.key))
    out.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(prefix="eval.", dir=out))
    try:
        mb = tmpdir / "mailbox"
        mb.mkdir()
        (mb / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (addr_of(m.frm)[1], m.date, raws[m.key]) for m in arrival if m.folder == "inbox"))
        mailcraft.write_maildir(mb / "Sent", ((m.date, raws[m.key], m.folder == "sent")
                                              for m in arrival if m.folder.startswith("sent")),
                                "nordlicht")
        lab = labels()
        (tmpdir / "labels.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
        (tmpdir / "CASES.md").write_text(cases_md(lab), encoding="utf-8")
        if (out / "mailbox").exists():
            shutil.rmtree(out / "mailbox")
        os.replace(mb, out / "mailbox")
        for name in ("labels.json", "CASES.md"):
            os.replace(tmpdir / name, out / name)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return raws


# ======================================================================================
# Validation: parse everything back and recompute the timing facts from metadata
# ======================================================================================


def expected_facts(c: Case) -> dict:
    """Status and the four timing rules recomputed from the message metadata - a cross-check
    of the hand-written labels, not the product's logic."""
    msgs = sorted(c.msgs, key=lambda m: m.date)
    cust_msgs = [m for m in msgs if m.role == "customer"]
    real = [m for m in cust_msgs if not m.thanks_only]
    agents = [m for m in msgs if m.role == "agent"]
    last_a = agents[-1] if agents else None
    last_c = real[-1] if real else None
    closes = [a.date for a in agents if a.closes]
    if last_c and (not last_a or last_c.date > last_a.date):
        status = "open"
    elif closes and (not last_c or max(closes) > last_c.date):
        status = "closed"
    elif AS_OF - last_a.date >= CLOSE_AFTER:
        status = "closed"
    else:
        status = "pending"
    rules = {}
    first = cust_msgs[0].date
    first_resp = next((a.date for a in agents if a.date > first), None)
    if first_resp and first_resp - first > RESPONSE_TARGET:
        rules["slow-first-response"] = 1
    if status == "open" and AS_OF - last_c.date > RESPONSE_TARGET:
        rules["awaiting-reply"] = 1
    if len({addr_of(a.frm)[1] for a in agents}) > HANDOFF_LIMIT:
        rules["many-handoffs"] = 1
    if closes and any(m.date > min(closes) for m in real):
        rules["reopened"] = 1
    return {"status": status, "rules": rules, "first_resp": first_resp and first_resp - first}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def validate(out: Path, raws: dict[str, bytes]) -> None:
    problems = []
    lo = datetime(2026, 10, 26, tzinfo=timezone.utc)
    for m in MESSAGES:
        if not (lo <= m.date < AS_OF):
            problems.append(f"{m.key}: date {m.date} outside the corpus range")
        if m.parent and BY_KEY[m.parent].date >= m.date:
            problems.append(f"{m.key}: replies to a later message")
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    parsed = inbox + sent
    if len(inbox) != sum(m.folder == "inbox" for m in MESSAGES) or len(parsed) != len(MESSAGES):
        problems.append(f"parsed {len(inbox)} + {len(sent)} messages, expected {len(MESSAGES)}")
    ids = [p["Message-ID"] for p in parsed if p["Message-ID"]]
    if len(ids) != len(set(ids)) or len(ids) != sum(m.msgid for m in MESSAGES):
        problems.append("Message-IDs are not unique or missing")
    problems += mailcraft.parse_problems(parsed)
    by_id = {p["Message-ID"]: p for p in parsed}
    for m in MESSAGES:
        if not m.msgid or m.kind == "html":
            continue
        problem = mailcraft.round_trip_problem(m, by_id[m.message_id], m.folder == "inbox")
        if problem:
            problems.append(problem)
    for c in CASES:
        f = expected_facts(c)
        if f["status"] != c.status:
            problems.append(f"{c.name}: labelled {c.status}, metadata says {f['status']}")
        for rule in ("slow-first-response", "awaiting-reply", "many-handoffs", "reopened"):
            if c.rules.get(rule, 0) != f["rules"].get(rule, 0):
                problems.append(f"{c.name}: {rule} labelled {c.rules.get(rule, 0)}, "
                                f"metadata says {f['rules'].get(rule, 0)}")
        if len(c.uq) != c.rules.get("unanswered-question", 0):
            problems.append(f"{c.name}: {len(c.uq)} questions listed for "
                            f"{c.rules.get('unanswered-question', 0)} findings")
        own = [norm(m.own) for m in c.msgs if m.role == "customer"]
        for q in c.uq:
            if not any(norm(q) in o for o in own):
                problems.append(f"{c.name}: question not found verbatim: {q!r}")
        if set(c.rules) - set(RULES) or c.status not in ("open", "pending", "closed"):
            problems.append(f"{c.name}: bad rule or status")
    for c in CASES:
        f = expected_facts(c)
        fr = f["first_resp"]
        frs = f"{fr.total_seconds() / 3600:5.1f} h" if fr else "   -   "
        rules = ",".join(f"{r}x{n}" for r, n in c.rules.items()) or "clean"
        print(f"  {c.name:<36} msgs={len(c.msgs)} first={frs} {c.status:<8} {rules}")
    n_clean = sum(not c.rules for c in CASES)
    print(f"inbox.mbox: {len(inbox)}; Sent/cur: {sum(m.folder == 'sent' for m in MESSAGES)}; "
          f"Sent/new: {sum(m.folder == 'sent-new' for m in MESSAGES)}; total {len(parsed)}")
    print(f"cases: {len(CASES)} ({n_clean} clean, {n_clean / len(CASES):.0%})")
    for r in RULES:
        print(f"  {r:<20} cases={sum(1 for c in CASES if c.rules.get(r)):>3} "
              f"findings={sum(c.rules.get(r, 0) for c in CASES):>3}")
    langs = {}
    for c in CASES:
        langs[c.lang] = langs.get(c.lang, 0) + 1
    print("languages:", ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("validation OK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "eval")
    args = ap.parse_args()
    raws = write_all(args.out)
    validate(args.out, raws)


if __name__ == "__main__":
    main()
