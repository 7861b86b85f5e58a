#!/usr/bin/env python3
"""Regenerate ``tests/holdout/``: the held-out labelled corpus of Spoke & Sprocket (bicycle parts).

A second evaluation corpus, written without looking at the detection heuristics *and* without
looking at the first corpus's cases (``tests/eval/``, which the heuristics were tuned on), so
its figures are an honest held-out measure. Spoke & Sprocket is a fictional bicycle-parts web
shop in Bristol with a trade desk for bike workshops, clubs and fleets. Every case is labelled
with the ground truth a careful support lead would agree with, audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``sprocket.example``.

Writes (same layout and label format as ``tests/eval/``, so ``scripts/evaluate.py --corpus
tests/holdout`` scores it unchanged)

* ``mailbox/inbox.mbox`` - customer mail and customers' own automatic replies (mboxrd),
* ``mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S); automatic mail from
  the support side (helpdesk acknowledgements, an agent's out-of-office) in ``new/``,
* ``labels.json``        - the labels (see tests/eval/README.md for the format),
* ``CASES.md``           - the per-case table generated from the labels.

Deterministic (no clock, no randomness) and standard library only. Before writing, the script
cross-checks the hand-written labels against the message metadata - status, awaiting-reply,
slow-first-response, reopened and many-handoffs recomputed from dates and roles; the
missed-follow-up and customer-chased counts against the promises and chasers annotated on the
messages; every labelled question verbatim in the customer's own text - and refuses to write
an inconsistent corpus.

Usage: python scripts/make_holdout_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
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
SUPPORT_DOMAIN = "sprocket.example"
SUPPORT = "care@sprocket.example"
RULES = mailcraft.RULES
UK = UTC  # Bristol in November: GMT

# --------------------------------------------------------------------------------------
# Staff, signatures, helpdesk text
# --------------------------------------------------------------------------------------

AGENTS = {
    "rosa": "Rosa Whitley <rosa@sprocket.example>",
    "dev": "Dev Patel <dev@sprocket.example>",
    "gwen": "Gwen Ellis <gwen@sprocket.example>",
    "tariq": "Tariq Aziz <tariq@sprocket.example>",
    "felix": "Felix Krämer <felix@sprocket.example>",
    "margaux": "Margaux Petit <margaux@sprocket.example>",
    "iker": "Iker Etxeberria <iker@sprocket.example>",
}
AGENT_STYLE = {"rosa": "gmail", "dev": "outlook", "gwen": "gmail", "tariq": "thunderbird",
               "felix": "gmail_de", "margaux": "gmail_fr", "iker": "gmail_es"}
HELPDESK = "Spoke & Sprocket Care <care@sprocket.example>"

SIGS = {
    "rosa": """-- 
Rosa Whitley
Customer Care Lead, Spoke & Sprocket
0117 496 0321 | https://sprocket.example/help?from=email""",
    "dev": """Kind regards,
Dev Patel
Trade Desk | Spoke & Sprocket Ltd
Trade price list (login needed): https://sprocket.example/trade/prices?view=net""",
    "gwen": """-- 
Gwen Ellis
Spoke & Sprocket - bike bits, sorted.
Need it fitted? Book our workshop: https://sprocket.example/workshop?book=1""",
    "tariq": """-- 
Tariq Aziz | Workshop & Warranty
Spoke & Sprocket, Unit 4 Feeder Road, Bristol BS2 0SB""",
    "felix": """-- 
Felix Krämer
Kundenservice DACH | Spoke & Sprocket
https://sprocket.example/de/hilfe?ref=sig""",
    "margaux": """-- 
Margaux Petit
Service client | Spoke & Sprocket
https://sprocket.example/fr/aide?source=mail""",
    "iker": """-- 
Iker Etxeberria
Atención al cliente | Spoke & Sprocket
https://sprocket.example/es/ayuda?origen=firma""",
}

ACK_TEXT = {
    "en": """Hi there,

Thanks for getting in touch with Spoke & Sprocket. This is an automated note
to say your message has arrived and has been logged as ticket {ref}.

Our care team is in Monday to Friday, 8:30-17:30 UK time, and we aim to
answer every message within one working day. If it is about an order, keep
your SP- order number handy.

Spoke & Sprocket Care
https://sprocket.example/help/tickets?id={ref}""",
    "de": """Hallo,

danke für Ihre Nachricht an Spoke & Sprocket. Dies ist eine automatische
Bestätigung: Ihr Anliegen wurde unter der Ticketnummer {ref} erfasst.

Unser Team ist montags bis freitags von 9:30 bis 18:30 Uhr (MEZ) erreichbar
und beantwortet Anfragen in der Regel innerhalb eines Werktags.

Spoke & Sprocket Kundenservice
https://sprocket.example/de/hilfe/tickets?id={ref}""",
}

# --------------------------------------------------------------------------------------
# Message and case model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus (the rendering fields are in ``mailcraft.Msg``).

    ``client`` is the mail client family mailcraft knows (ids, boundaries, client headers);
    ``style`` is how this client quotes and names replies, language included.
    """

    case: str
    folder: str  # inbox | sent | sent-new
    role: str  # customer | agent | auto
    style: str = "gmail"
    thanks_only: bool = False  # a customer message that only thanks or acknowledges
    closes: bool = False  # an agent message that closes the case explicitly
    chase: bool = False  # a customer message whose point is that they are still waiting
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str | None = None  # for a message without Message-ID: how to recognise it
    mine: str = ""  # what the author wrote in this message (no quoted history)


@dataclass
class Promise:
    """A support commitment annotated on the message that makes it."""

    key: str  # the promising message
    due: datetime  # end of the stated deadline, or promise time + follow-up window
    kept_by: str | None  # the support message that delivered it, if any


@dataclass
class Case:
    name: str
    status: str
    rules: dict[str, int]
    uq: list[str]
    story: str
    lang: str
    customer: str
    style: str
    msgs: list[Msg] = field(default_factory=list)
    promises: list[Promise] = field(default_factory=list)


CASES: list[Case] = []
BY_KEY: dict[str, Msg] = {}
MESSAGES: list[Msg] = []
CUR: Case | None = None
AUTO = object()

FAMILY = {  # quoting style -> mailcraft client family
    "gmail": "gmail", "gmail_us": "gmail", "gmail_de": "gmail", "gmail_fr": "gmail",
    "gmail_es": "gmail", "outlook": "outlook", "outlook_de": "outlook", "outlook_fr": "outlook",
    "outlook_es": "outlook", "owa": "owa", "apple": "apple", "apple_de": "apple",
    "apple_fr": "apple", "apple_es": "apple", "iphone": "iphone", "thunderbird": "thunderbird",
    "thunderbird_de": "thunderbird", "thunderbird_fr": "thunderbird", "helpdesk": "helpdesk",
}
CONTENT_LANGUAGE = {"outlook": "en-GB", "outlook_de": "de-DE", "outlook_fr": "fr-FR",
                    "outlook_es": "es-ES", "owa": "en-US", "thunderbird": "en-GB",
                    "thunderbird_de": "de-DE", "thunderbird_fr": "fr"}
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "outlook_de": "AW: ", "outlook_fr": "RE : ",
                "outlook_es": "RE: "}


def when(s: str, key: str) -> datetime:
    """'11-03 09:12 +0100' -> an aware datetime in 2026 (the seconds derive from ``key``)."""
    md, hm, off = s.split()
    mo, d = map(int, md.split("-"))
    hh, mm = map(int, hm.split(":"))
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    sec = int(h(key, 4), 16) % 60
    return datetime(2026, mo, d, hh, mm, sec, tzinfo=tz)


def end_of(day: str) -> datetime:
    """The end of a named day '11-13' in the UK: the deadline of "by Friday"."""
    mo, d = map(int, day.split("-"))
    return datetime(2026, mo, d, 23, 59, 59, tzinfo=UK)


def case(name, status, rules=None, uq=(), lang="en", story="", customer="", style="gmail"):
    """Start a new case; the messages that follow belong to it."""
    global CUR
    assert not any(c.name == name for c in CASES), name
    CUR = Case(name, status, dict(rules or {}), list(uq), story, lang, customer, style)
    CASES.append(CUR)
    return CUR


def _add(m: Msg) -> Msg:
    assert m.key not in BY_KEY, m.key
    BY_KEY[m.key] = m
    MESSAGES.append(m)
    CUR.msgs.append(m)
    return m


def _next_key() -> str:
    return f"{CUR.name}-{len(CUR.msgs) + 1}"


def _last_human() -> Msg | None:
    return next((m for m in reversed(CUR.msgs) if m.role in ("customer", "agent")), None)


def _topic() -> str:
    first = CUR.msgs[0].subject if CUR.msgs else ""
    return re.sub(r"^(?:(?:re|aw|fw|fwd|wg|tr|rv)\s?:\s*)+", "", first, flags=re.IGNORECASE)


def _reply_subject(style: str) -> str:
    return REPLY_PREFIX.get(style, "Re: ") + _topic()


def _parent(parent) -> str | None:
    if parent is AUTO:
        p = _last_human()
        return p.key if p else None
    return parent


def cust(date, body, subject=None, frm=None, style=None, parent=AUTO, quote=True, **kw) -> Msg:
    """A customer message (inbox). The first one opens the case; later ones reply to the
    latest human message (quoting it) unless ``parent`` says otherwise."""
    key = _next_key()
    style = style or CUR.style
    parent = _parent(parent) if CUR.msgs else None
    if parent is None and subject is None:
        raise ValueError(f"{key}: a new thread needs a subject")
    subject = subject or _reply_subject(style)
    if parent and quote and "{quote}" not in body:
        body = body.rstrip("\n") + "\n\n{quote}"
    to = kw.pop("to", SUPPORT)
    return _add(Msg(key=key, case=CUR.name, folder="inbox", role="customer", style=style,
                    client=FAMILY[style], frm=frm or CUR.customer, to=to, subject=subject,
                    date=when(date, key), body=body, parent=parent, **kw))


def agent(who, date, body, subject=None, style=None, parent=AUTO, quote=True, sig=True,
          due=None, **kw) -> Msg:
    """A support reply (Sent/cur) by agent ``who``, signed and quoting its parent."""
    key = _next_key()
    style = style or AGENT_STYLE[who]
    parent = _parent(parent)
    p = BY_KEY[parent]
    if sig:
        body = body.rstrip("\n") + "\n\n" + SIGS[who]
    if quote and "{quote}" not in body:
        body = body.rstrip("\n") + "\n\n{quote}"
    to = kw.pop("to", p.frm if p.role == "customer" else CUR.customer)
    return _add(Msg(key=key, case=CUR.name, folder="sent", role="agent", style=style,
                    client=FAMILY[style], frm=AGENTS[who], to=to,
                    subject=subject or _reply_subject(style), date=when(date, key), body=body,
                    parent=parent, **kw))


def promise(made: Msg, due: datetime | None = None, kept_by: Msg | None = None) -> None:
    """Annotate a commitment in ``made`` (deadline ``due``, else the follow-up window) and
    the support message that delivered it."""
    CUR.promises.append(Promise(made.key, due or made.date + FOLLOW_UP_WINDOW,
                                kept_by.key if kept_by else None))


def ack(date, lang="en", parent=AUTO) -> Msg:
    """The helpdesk's automatic acknowledgement (Sent/new, Auto-Submitted)."""
    key = _next_key()
    parent = _parent(parent)
    p = BY_KEY[parent]
    ref = "SSC-" + str(70000 + int(h(key, 6), 16) % 9999)
    subj = (f"[{ref}] Ihre Anfrage ist bei uns eingegangen - {p.subject}" if lang == "de"
            else f"[{ref}] Got it - {p.subject}")
    return _add(Msg(key=key, case=CUR.name, folder="sent-new", role="auto", style="helpdesk",
                    client="helpdesk", frm=HELPDESK, to=p.frm, subject=subj,
                    date=when(date, key), body=ACK_TEXT[lang].format(ref=ref), parent=parent,
                    kind="alt", extra=[("Auto-Submitted", "auto-replied"),
                                       ("X-Auto-Response-Suppress", "All")]))


def auto_reply(date, body, frm, folder, subject_prefix="Automatic reply: ", parent=AUTO,
               style="outlook", headers=(("Auto-Submitted", "auto-replied"),), kind="plain") -> Msg:
    """An out-of-office reply (a customer's in the inbox, an agent's in Sent/new)."""
    key = _next_key()
    parent = _parent(parent)
    p = BY_KEY[parent]
    return _add(Msg(key=key, case=CUR.name, folder=folder, role="auto", style=style,
                    client=FAMILY[style], frm=frm, to=p.frm, subject=subject_prefix + p.subject,
                    date=when(date, key), body=body, parent=parent, kind=kind,
                    extra=list(headers)))


# --------------------------------------------------------------------------------------
# Quoting in each client's own format and language
# --------------------------------------------------------------------------------------

EN_DAYS = mailcraft.DAYS
EN_MONTHS = mailcraft.MONTHS
EN_LONG_DAYS = mailcraft.LONG_DAYS
EN_LONG_MONTHS = mailcraft.LONG_MONTHS
DE_DAYS = mailcraft.DE_DAYS
DE_MONTHS = mailcraft.DE_MONTHS
DE_LONG_DAYS = mailcraft.DE_LONG_DAYS
DE_LONG_MONTHS = mailcraft.DE_LONG_MONTHS
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = mailcraft.FR_MONTHS
FR_LONG_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_LONG_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
ES_DAYS = mailcraft.ES_DAYS
ES_MONTHS = mailcraft.ES_MONTHS
ES_LONG_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_LONG_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre"]


def _ampm(t: datetime) -> str:
    return f"{(t.hour % 12) or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def attribution(style: str, p: Msg, t: datetime) -> str:
    """The line a client writes above the quoted parent ``p`` (sent at local time ``t``)."""
    name, addr = addr_of(p.frm)
    wd, d, mo, y, hm = t.weekday(), t.day, t.month - 1, t.year, f"{t:%H:%M}"
    return {
        "gmail": f"On {EN_DAYS[wd]}, {d} {EN_MONTHS[mo]} {y} at {hm}, {name} <{addr}> wrote:",
        "gmail_us": f"On {EN_DAYS[wd]}, {EN_MONTHS[mo]} {d}, {y} at {_ampm(t)} {name} <{addr}> wrote:",
        "gmail_de": f"Am {DE_DAYS[wd]}, {d}. {DE_MONTHS[mo]} {y} um {hm} Uhr schrieb {name} <{addr}>:",
        "gmail_fr": f"Le {FR_DAYS[wd]} {d} {FR_MONTHS[mo]} {y} à {hm}, {name} <{addr}> a écrit :",
        "gmail_es": f"El {ES_DAYS[wd]}, {d} {ES_MONTHS[mo]} {y} a las {t.hour}:{t:%M}, {name} (<{addr}>) escribió:",
        "apple": f"On {d} {EN_MONTHS[mo]} {y}, at {hm}, {name} <{addr}> wrote:",
        "iphone": f"On {d} {EN_MONTHS[mo]} {y}, at {hm}, {name} <{addr}> wrote:",
        "apple_de": f"Am {t:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:",
        "apple_fr": f"Le {d} {FR_MONTHS[mo]} {y} à {hm}, {name} <{addr}> a écrit :",
        "apple_es": f"El {d} {ES_MONTHS[mo]} {y}, a las {hm}, {name} <{addr}> escribió:",
        "thunderbird": f"On {t:%d/%m/%Y} {hm}, {name} wrote:",
        "thunderbird_de": f"Am {t:%d.%m.%y} um {hm} schrieb {name}:",
        "thunderbird_fr": f"Le {t:%d/%m/%Y} à {hm}, {name} a écrit :",
    }[style]


def outlook_block(style: str, p: Msg, t: datetime) -> list[str]:
    """The header block Outlook puts above the (unmarked) parent text, in its language."""
    wd, d, mo, y = t.weekday(), t.day, t.month - 1, t.year
    cc = p.cc
    if style == "outlook_de":
        rows = [("Von", p.frm), ("Gesendet", f"{DE_LONG_DAYS[wd]}, {d}. {DE_LONG_MONTHS[mo]} {y} {t:%H:%M}"),
                ("An", p.to), ("Cc", cc), ("Betreff", p.subject)]
        sep = ": "
    elif style == "outlook_fr":
        rows = [("De", p.frm), ("Envoyé", f"{FR_LONG_DAYS[wd]} {d} {FR_LONG_MONTHS[mo]} {y} {t:%H:%M}"),
                ("À", p.to), ("Cc", cc), ("Objet", p.subject)]
        sep = " : "
    elif style == "outlook_es":
        rows = [("De", p.frm), ("Enviado", f"{ES_LONG_DAYS[wd]}, {d} de {ES_LONG_MONTHS[mo]} de {y} {t:%H:%M}"),
                ("Para", p.to), ("CC", cc), ("Asunto", p.subject)]
        sep = ": "
    else:
        rows = [("From", p.frm), ("Sent", f"{EN_LONG_DAYS[wd]}, {EN_LONG_MONTHS[mo]} {d}, {y} {_ampm(t)}"),
                ("To", p.to), ("Cc", cc), ("Subject", p.subject)]
        sep = ": "
    return ["________________________________"] + [f"{k}{sep}{v}" for k, v in rows if v]


def quote_of(reply: Msg, p: Msg) -> str:
    """``p`` quoted as ``reply.style`` quotes a message, with ``p``'s date in the replier's
    time zone."""
    t = p.date.astimezone(reply.date.tzinfo)
    text = p.text.rstrip("\n")
    if FAMILY[reply.style] in ("outlook", "owa"):
        return "\n".join(outlook_block(reply.style, p, t) + ["", text])
    quoted = "\n".join(">" if not ln else (">" + ln if ln.startswith(">") else "> " + ln)
                       for ln in text.split("\n"))
    head = attribution(reply.style, p, t)
    if reply.style == "iphone":
        return "> " + head + "\n> \n" + quoted
    return head + "\n" + quoted


# --------------------------------------------------------------------------------------
# Tiny attachments (generated, deterministic)
# --------------------------------------------------------------------------------------


def _photo(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small RGB PNG: diagonal stripes of ``rgb`` on grey."""
    return mailcraft.png(width, height, lambda x, y: rgb if (x + y) % 4 < 2 else (200, 200, 205))


PHOTO_RIM = ("image/jpeg", "IMG_20261103_184412.jpg", _photo(22, 16, (60, 60, 70)))
PHOTO_HANGER = ("image/png", "hanger.png", _photo(16, 16, (150, 40, 30)))
TRADE_FORM = ("application/pdf", "Trade_Account_Application.pdf",
              mailcraft.pdf(["Spoke & Sprocket Ltd", "Trade account application", "Terms: see page 2"]))
TRADE_FORM_FILLED = ("application/pdf", "trade-application-cogs-and-cables.pdf",
                     mailcraft.pdf(["Trade account application", "Cogs & Cables Cycle Workshop",
                                    "Company no. 09876543"]))
RETURN_LABEL = ("application/pdf", "Etiqueta_devolucion_SP-30655.pdf",
                mailcraft.pdf(["Spoke & Sprocket - Returns", "Order SP-30655", "Parcel 1 of 1"]))
QUOTE_PDF = ("application/pdf", "Quote_TQ-1182_rev2.pdf",
             mailcraft.pdf(["Spoke & Sprocket Ltd", "Trade quote TQ-1182 rev. 2", "Valid 30 days"]))
TRADE_LICENCE = ("application/pdf", "Gewerbeanmeldung_Zweirad_Berger.pdf",
                 mailcraft.pdf(["Gewerbeanmeldung", "Zweirad Berger GmbH, Rosenheim", "Seite 1 von 1"]))
INVOICE_PDF = ("application/pdf", "Facture_SP-30291.pdf",
               mailcraft.pdf(["Spoke & Sprocket Ltd", "Facture SP-30291", "Total TTC : 214,80 EUR"]))

# ======================================================================================
# The cases. Dates are "MM-DD HH:MM +ZZZZ" in the sender's own time zone (2026).
# as_of = Fri 20 Nov 2026 17:00 UTC; quiet-closed = support's last mail before Fri 13 Nov 17:00 UTC.
# ======================================================================================

_N = [0]


def C(slug, status, rules=None, uq=(), lang="en", story="", customer="", style="gmail"):
    """A new case numbered h01, h02, ..."""
    _N[0] += 1
    return case(f"h{_N[0]:02d}-{slug}", status, rules, uq, lang, story, customer, style)


# ---------------------------------------------------------------- unanswered questions

C("trade-terms", "closed", {"unanswered-question": 1},
  ["Do you offer 30-day invoice terms for trade accounts?"],
  story="Workshop asks for trade discount on chains, invoice terms and the application form; "
        "Dev gives the discount band and attaches the form, says nothing about invoice terms; "
        "thanks-only reply. The customer's signature asks 'Bike booked in with us?'.",
  customer="Marcus Bell <marcus@cogsandcables.example>", style="outlook")
cust("11-02 09:40 +0000", """Hello,

We're an independent workshop in Stroud (two mechanics, about 60 services a
month) and we've been buying from you on a personal card for a while. Time to
do it properly.

Could you tell me what trade discount you'd give on KMC and Shimano chains if
we take around 20 a month? Do you offer 30-day invoice terms for trade
accounts? Please also send over the application form.

Thanks,
Marcus Bell
Cogs & Cables Cycle Workshop
Bike booked in with us? Check progress at https://cogsandcables.example/status?job=new
""", subject="Trade account - Cogs & Cables Cycle Workshop")
agent("dev", "11-02 14:05 +0000", """Hi Marcus,

Thanks for thinking of us. On chains, trade accounts get 22% off list from the
first order and 27% once you pass 15 units a month, so at 20 a month you'd be
on the 27% band across KMC and Shimano.

The application form is attached. Once we have it back, setting up an account
normally takes a couple of working days.
""", attach=[TRADE_FORM])
cust("11-03 08:15 +0000", """Thanks Dev, that's a better rate than I expected. I'll get the form filled in
this week.

Marcus
""", thanks_only=True)

C("wheelset-lockrings", "closed", {"unanswered-question": 1},
  ["does it come with rotor lockrings or do I need to buy those separately?"],
  story="Two questions about a wheelset; Gwen answers the thru-axle one in other words "
        "('ships with 12x142 end caps'), not the lockrings; thanks-only reply.",
  customer="Nadia Okoro <nadia.okoro@example.com>")
cust("11-03 20:12 +0000", """Hi,

I'm after a new wheelset for my gravel bike and the Arc 30 looks right. I was
wondering whether it would fit a 12x142 thru-axle frame - the product page only
mentions quick release. Also, does it come with rotor lockrings or do I need to
buy those separately?

Thanks!
Nadia
""", subject="Arc 30 wheelset - thru axle question", kind="alt")
agent("gwen", "11-04 09:30 +0000", """Hi Nadia,

Good news - the Arc 30 is a proper fit for your frame. The rear hub ships with
12x142 end caps already installed and the QR adaptors are in the box, so it
covers both. The product page is out of date and I've asked the web team to
fix it.

Happy riding,
""")
cust("11-04 12:40 +0000", """Brilliant, thanks Gwen - ordering now.

Nadia
""", thanks_only=True, kind="alt")

C("bb-inline", "pending", {},
  story="Three numbered questions about a bottom bracket; Tariq answers each one inline "
        "under the quoted question.",
  customer="Pete Lawson <pete.lawson@example.net>", style="thunderbird")
cust("11-16 07:55 +0000", """Morning,

Rebuilding an old steel frame and I've got three questions before I order:

1. The shell measures 68 mm and the threads look English - is the
Hollowtech II BB you list the right one for that?
2. Do I need the spacers with a road crank, or are they for MTB only?
3. What torque should the cups go in at?

Cheers,
Pete
""", subject="BSA vs T47 bottom bracket - which one?")
agent("tariq", "11-16 13:20 +0000", """Hi Pete,

Answers below.

{attrib}
> 1. The shell measures 68 mm and the threads look English - is the
> Hollowtech II BB you list the right one for that?

Yes. A 68 mm English (BSA) shell is exactly what the SM-BBR60 is made for.

> 2. Do I need the spacers with a road crank, or are they for MTB only?

With a road crank on a 68 mm shell, leave them out. The 2.5 mm spacers are for
68 mm MTB setups.

> 3. What torque should the cups go in at?

35-50 Nm, with a bit of grease on the threads.

Good luck with the build,
""", quote=False)

C("address-split-vat", "closed", {"unanswered-question": 1},
  ["Please add a receipt with the VAT shown separately"],
  story="Three requests in one mail (new delivery address, split shipment, VAT receipt); "
        "Rosa does the first two and never mentions the receipt.",
  customer="Hannah Cole <hannah.cole@example.org>", style="apple")
cust("11-04 18:30 +0000", """Hi,

I placed order SP-30544 this afternoon (two Schwalbe tyres, tubes and a chain
checker).

Can I change the delivery address to my office? It's 14 Temple Quay, Bristol
BS1 6DZ - I'm never home in the day. Is it possible to split the order so the
tyres come first? The chain checker shows as back-order and I need the tyres for
Saturday. Please add a receipt with the VAT shown separately, as this goes
through my company's expenses.

Many thanks,
Hannah
""", subject="Order SP-30544 - a couple of changes")
agent("rosa", "11-05 09:10 +0000", """Hi Hannah,

All sorted: the parcel will now go to 14 Temple Quay, and I've split the order -
the tyres and tubes leave today and the chain checker follows once it's in
(we're expecting it on the 12th). There's no extra postage for the second
parcel.

Best,
""")

C("pads-invoice", "pending", {"unanswered-question": 1},
  ["kindly send the invoice for PO 7781 to our accounts team at ap@velofleet.example"],
  story="Rental fleet asks the lead time for 40 sets of pads and, without a question mark, "
        "for an invoice to accounts; Dev answers the lead time and asks a question back.",
  customer="Lena Marsh <lena.marsh@velofleet.example>", style="outlook")
cust("11-17 10:05 +0000", """Hi Dev,

Two things from us this week.

We'd like to know the lead time for 40 sets of Tektro E10.11 resin pads - our
winter service starts on 1 December. Separately, kindly send the invoice for
PO 7781 to our accounts team at ap@velofleet.example, they can't pay without it.

Best regards,
Lena Marsh
Fleet Manager, VeloFleet Bristol
""", subject="Brake pads for the rental fleet + invoice for PO 7781")
agent("dev", "11-17 15:40 +0000", """Hi Lena,

The E10.11 pads are in stock in Bristol - 40 sets can go out tomorrow and would
be with you on Thursday, so well ahead of 1 December. Shall I book them onto
your account at the usual trade price?
""", kind="alt")

C("northern-ireland", "closed", {},
  story="HTML-only Outlook on the web mail: 'Do you deliver to Northern Ireland?' - answered "
        "in other words ('Belfast, Newry and the rest of NI go out with our standard UK "
        "courier'); thanks-only reply.",
  customer="Ciarán Doyle <ciaran.doyle@example.net>", style="owa")
cust("11-05 12:15 +0000", """Hello,

Do you deliver to Northern Ireland? I'm in Newry and a few UK shops have started
refusing orders here, which is a pain. Looking at the Continental GP5000 pair.

Thanks,
Ciarán
""", subject="Delivery to Northern Ireland?", kind="html")
agent("gwen", "11-05 14:02 +0000", """Hi Ciarán,

We certainly do. Belfast, Newry and the rest of NI go out with our standard UK
courier at the same price as mainland orders (free over £40), and there's no
customs paperwork to worry about.

Cheers,
""")
cust("11-05 15:30 +0000", """Perfect, thanks - order placed.

Ciarán
""", thanks_only=True, kind="html")

C("soggy-saddlebag", "pending", {},
  story="'How are you?' pleasantry and a rhetorical outburst about couriers, then one request "
        "(swap the soaked bag), which Rosa grants.",
  customer="Tom Akers <tom.akers@example.com>")
cust("11-16 19:45 +0000", """Hi both, how are you? Hope the weekend treated you better than it treated me.

Your courier left my parcel on the doorstep in a downpour. Why does every
courier in the country think a doormat is a secure location?! Anyway, rant
over. The saddle bag inside is soaked through and the foam backing has gone
mushy.

Could you swap it for a new one? I'm happy to send the wet one back if you need
it.

Tom
""", subject="Soaked saddle bag - order SP-31022", kind="alt")
agent("rosa", "11-17 09:05 +0000", """Hi Tom,

Sorry about that - not the welcome we'd want for your order. A new saddle bag
went out this morning on a tracked service, and there's no need to return the
soggy one: bin it or keep it for the shed.

Best,
""")

C("pump-self-answered", "closed", {},
  story="iPhone mail: the customer asks where the serial number is and finds it in the same "
        "mail; the real question (recalibrate or replace?) is answered.",
  customer="Jo Pritchard <jo.pritchard@example.org>", style="iphone")
cust("11-06 07:20 +0000", """Hi, where's the serial number on the Halo track pump? Ah, found it, it's on a
sticker under the base: HP-22817.

The gauge reads about 10 psi high compared with my digital gauge. Can it be
recalibrated or do I need a new pump?

Jo

Sent from my iPhone
""", subject="Halo floor pump gauge")
agent("tariq", "11-06 11:45 +0000", """Hi Jo,

Thanks for the serial. That batch had a few gauges that read high and they
can't be adjusted, so we're replacing the pump rather than the gauge. A new one
left us this morning; please pop the old one in its box and stick on the
returns label that comes with the new one.
""")

C("sealant-thanks-quoted", "closed", {},
  story="Two questions answered; the customer's thanks-only reply quotes the whole history "
        "(questions included) and a club signature 'Fancy a Sunday spin? https://...?join=1'.",
  customer="Sam Reyes <sam.reyes@example.com>")
cust("11-09 12:00 +0000", """Hi there,

How often should I top up the sealant in tubeless road tyres? And which of your
sealants is OK for latex-sensitive people - my partner reacts to latex.

Thanks,
Sam
-- 
Bristol Fixed Wheelers - Fancy a Sunday spin? https://bfw.example/rides?join=1
""", subject="Tubeless sealant top-up")
agent("gwen", "11-09 15:20 +0000", """Hi Sam,

Every two to three months for road tyres, a bit sooner in summer. For your
partner, go for the Orbit synthetic sealant - it contains no natural latex at
all, unlike most of the others we stock.

Cheers,
""")
cust("11-09 18:05 +0000", """Perfect, that's all I needed. Cheers Gwen!

Sam
-- 
Bristol Fixed Wheelers - Fancy a Sunday spin? https://bfw.example/rides?join=1
""", thanks_only=True)

C("club-helmets", "closed", {"unanswered-question": 2},
  ["Could you print our club logo on the back of each one?",
   "We need them before our first winter session on 28 November, is that doable?"],
  story="Youth club asks four things about 12 helmets; Dev answers the price and the sizes "
        "(in other words), not the logo printing or the delivery date.",
  customer="Alison Grant <alison.grant@hillsidecc.example.org>", style="outlook")
cust("11-03 16:30 +0000", """Good afternoon,

I run the youth section at Hillside Cycling Club and we're replacing our loan
helmets. We'd need 12 of the Kask Rapido junior helmets.

What would the price be for 12? Could you print our club logo on the back of
each one? Also, what sizes do they come in - our riders are 9 to 14. We need
them before our first winter session on 28 November, is that doable?

Kind regards,
Alison Grant
Youth Coordinator, Hillside CC
""", subject="Helmets for Hillside Youth Cycling Club")
agent("dev", "11-04 10:10 +0000", """Dear Alison,

Thanks for getting in touch. For 12 Kask Rapido junior helmets I can do £31.50
each (£378 in total, VAT included) with free delivery. They come in two shells:
XS (48-52 cm) fits most 9-11 year olds and S (52-56 cm) the older ones - I'd
suggest a mix of six and six.

Let me know how you'd like to proceed.
""")

C("bremsscheiben-rechnung", "closed", {"unanswered-question": 1},
  [("Bitte schicken Sie uns außerdem für die Bestellung SP-30398 eine Rechnung mit "
    "ausgewiesener Mehrwertsteuer")],
  lang="de",
  story="German workshop (Outlook, Von:/Gesendet: block): asks whether a disc comes in 203 mm "
        "and requests an invoice showing VAT; Felix answers the disc question only.",
  customer="Jürgen Haas <j.haas@radwerk-haas.example>", style="outlook_de")
cust("11-05 08:45 +0100", """Guten Morgen,

wir sind eine kleine Fahrradwerkstatt in Freiburg und bestellen regelmäßig bei
Ihnen.

Können Sie mir sagen, ob die Bremsscheibe SM-RT70 auch in 203 mm lieferbar ist?
Im Shop finde ich nur 160 und 180 mm. Bitte schicken Sie uns außerdem für die
Bestellung SP-30398 eine Rechnung mit ausgewiesener Mehrwertsteuer, die Rechnung
im Paket war ohne USt.-Ausweis.

Mit freundlichen Grüßen
Jürgen Haas
Radwerk Haas, Freiburg
""", subject="Anfrage Bremsscheiben SM-RT70 / Rechnung")
agent("felix", "11-05 13:20 +0100", """Hallo Herr Haas,

die SM-RT70 gibt es von Shimano leider nur bis 180 mm. Für 203 mm empfehle ich
Ihnen die SM-RT66 oder die XT-Scheibe RT-MT800, beide haben wir auf Lager.

Viele Grüße
""")

C("belgique-selle", "pending", {"unanswered-question": 1},
  ["Pourriez-vous aussi me dire si la selle Terra Comfort existe en version femme ?"],
  lang="fr",
  story="French (Gmail): delivery to Belgium? and is the saddle available in a women's "
        "version? Margaux answers Belgium only.",
  customer="Sophie Lambert <sophie.lambert@example.net>", style="gmail_fr")
cust("11-16 08:30 +0100", """Bonjour,

Je voudrais savoir si vous livrez en Belgique, j'habite à Namur. Pourriez-vous
aussi me dire si la selle Terra Comfort existe en version femme ? Je ne la
trouve pas sur le site.

Merci d'avance et bonne journée,
Sophie Lambert
""", subject="Livraison en Belgique et selle femme")
agent("margaux", "11-16 15:10 +0100", """Bonjour Sophie,

Oui, nous expédions en Belgique : comptez 3 à 4 jours ouvrés, et la livraison
est offerte dès 60 €. Namur ne pose aucun problème.

Belle journée,
""")

C("talla-maillot", "closed", {"unanswered-question": 1},
  ["Quisiera saber si el cambio de talla es gratuito o si tengo que pagar yo el envío."],
  lang="es",
  story="Spanish (Outlook, De:/Enviado: block): is a size exchange free? and please send the "
        "return label; Iker sends the label (PDF) without a word on the cost.",
  customer="Lucía Ferrer <lucia.ferrer@example.org>", style="outlook_es")
cust("11-05 11:20 +0100", """Hola,

Me llegó ayer el maillot de invierno del pedido SP-30655 pero la talla M me
queda pequeña. Quisiera saber si el cambio de talla es gratuito o si tengo que
pagar yo el envío. ¿Me pueden mandar la etiqueta de devolución por correo
electrónico?

Un saludo,
Lucía Ferrer
""", subject="Cambio de talla maillot - pedido SP-30655")
agent("iker", "11-05 16:45 +0100", """Hola Lucía:

Te adjunto la etiqueta de devolución del pedido SP-30655. Imprímela y pégala en
el paquete; puedes dejarlo en cualquier punto de recogida de Correos Express.

Un saludo,
""", attach=[RETURN_LABEL])

C("inline-partial", "closed", {"unanswered-question": 1},
  ["How long does a 1 litre bottle of oil last a home mechanic?"],
  story="Three bulleted questions; Tariq answers two inline under the quoted bullets and "
        "leaves the third out of his reply.",
  customer="Greg Ward <greg.ward@example.com>", style="thunderbird")
cust("11-04 20:00 +0000", """Evening,

A few questions about bleeding my Shimano brakes:

- Does your bleed kit include the funnel and stopper, or just the syringes?
- Is mineral oil from other brands OK, or must it be Shimano?
- How long does a 1 litre bottle of oil last a home mechanic?

Thanks,
Greg
""", subject="Hydraulic brake bleed kit questions")
agent("tariq", "11-05 10:00 +0000", """Hi Greg,

{attrib}
> - Does your bleed kit include the funnel and stopper, or just the syringes?

The full kit: funnel, stopper, two syringes, hoses and a bleed block.

> - Is mineral oil from other brands OK, or must it be Shimano?

Any mineral oil made for brakes will work, but we'd stick to Shimano's own to
keep the warranty happy.

Happy bleeding,
""", quote=False)

C("handoff-dropped-pads", "closed", {"unanswered-question": 1, "many-handoffs": 1},
  ["please send us your trade price for Shimano B01S pads in boxes of 25"],
  story="Trail centre asks about a fleet brake service and for a pad price; Rosa hands over to "
        "Tariq ('he'll reply later today', kept), Tariq answers the workshop part only, Gwen "
        "books the slot: three agents and the pad price never given.",
  customer="Rob Ellison <rob.ellison@trailcentre.example>", style="outlook")
cust("11-03 09:00 +0000", """Hello,

We run the hire fleet at Forest Trail Centre (25 bikes). Two things:

Can your workshop do a full brake service on 25 bikes in one go if we bring
them in on a trailer? And please send us your trade price for Shimano B01S pads
in boxes of 25.

Rob Ellison
Fleet & Workshop, Forest Trail Centre
""", subject="Hire fleet brake service + spares")
r1 = agent("rosa", "11-03 10:30 +0000", """Hi Rob,

Thanks for getting in touch. Workshop bookings sit with Tariq, so I've handed
your mail over to him - he'll reply later today.
""")
t1 = agent("tariq", "11-03 15:00 +0000", """Hi Rob,

Tariq here. Yes, we can take all 25 in one go: bring them in on a Monday and
they'll be ready to collect on the Friday. A full brake service is £22 per bike
plus pads.
""", parent=f"{CUR.name}-1")
promise(r1, end_of("11-03"), t1)
cust("11-04 09:00 +0000", """Thanks Tariq. Monday 16th works for us - can you book us in?

Rob
""")
agent("gwen", "11-04 11:00 +0000", """Hi Rob,

Gwen here - Tariq's out in the workshop today, so I've booked you in for Monday
16 November, drop-off from 8am. See you then!
""")

# ---------------------------------------------------------------- support promises

C("bolt-kit-warehouse", "closed", {"missed-follow-up": 1},
  story="Chainring bolts missing; Gwen: 'Let me check with the warehouse ... and I'll get back "
        "to you' (no deadline: 2-day window) - nothing more from support.",
  customer="Olly Fisher <olly.fisher@example.com>")
cust("11-02 18:50 +0000", """Hi,

My new 50/34 chainrings arrived today but the bag of chainring bolts isn't in
the box. The listing says they're included. Can you send them?

Olly
""", subject="Missing bolts - chainring set SP-30260")
g = agent("gwen", "11-03 10:25 +0000", """Hi Olly,

Sorry about that. Let me check with the warehouse whether they still have the
M8 bolt kits from that batch and I'll get back to you.

Cheers,
""")
promise(g)

C("revised-quote-friday", "pending", {"missed-follow-up": 1, "customer-chased": 1},
  story="Shop asks for a re-run quote; Dev (Tue): 'we'll send the revised quote by Friday'; "
        "nothing by Fri 13; the customer follows up on Wed 18 and gets the quote (PDF) that "
        "afternoon - late, so missed. First reply after 23 h (within target).",
  customer="Priya Raman <priya@pedalworks.example>", style="outlook")
cust("11-09 10:00 +0000", """Hi Dev,

Thanks for quote TQ-1182. We've had a good run on Shimano 105 groupsets and
want to bump every line by about 10% (so 22 groupsets instead of 20, 55 chains
instead of 50). Could you re-run the quote with the new quantities and tell me
if the 20-unit discount band still applies?

Regards,
Priya Raman
Purchasing, PedalWorks
""", subject="Quote TQ-1182 - 10% more units")
d = agent("dev", "11-10 09:15 +0000", """Hi Priya,

Happy to. The band does still apply - it's based on the order value, not the
number of units. I need to check groupset stock with Shimano first, so we'll
send the revised quote by Friday.
""")
cust("11-18 09:30 +0000", """Hi Dev,

Just following up on the revised quote - I haven't seen anything come through
yet and we'd like to place the order this week. Did it go out?

Priya
""", chase=True)
d2 = agent("dev", "11-18 14:50 +0000", """Hi Priya,

Apologies - that one slipped while I was waiting on Shimano. Revised quote
TQ-1182 rev. 2 is attached: 22 groupsets, 55 chains, same discount band, valid
for 30 days.
""", attach=[QUOTE_PDF])
promise(d, end_of("11-13"), d2)

C("wheelbuilder-tomorrow", "pending", {},
  story="Tariq: 'I'll get back to you tomorrow with a recommendation' - and does, the next "
        "morning.",
  customer="Ruth Kendall <ruth.kendall@example.org>", style="thunderbird")
cust("11-16 11:00 +0000", """Hello,

I'd like a custom rear wheel for loaded touring: 36 holes, Rohloff hub (I'll
send mine in). Which rim would you use, and how long does a build take at the
moment?

Best wishes,
Ruth Kendall
""", subject="Custom wheel build - rim and spoke choice")
t = agent("tariq", "11-16 14:30 +0000", """Hi Ruth,

A Rohloff touring build is right up our street. Let me have a word with our
wheel builder about rims that suit the hub's flange spacing - I'll get back to
you tomorrow with a recommendation and the current turnaround.
""")
t2 = agent("tariq", "11-17 10:10 +0000", """Hi Ruth,

As promised: our builder recommends the Ryde Andra 30 in 36h, laced 3-cross
with Sapim Strong spokes on the drive side. Current turnaround is 8 working
days from when your hub reaches us, and the build is £145 including rim and
spokes.
""")
promise(t, end_of("11-17"), t2)

C("trade-return-colleague", "closed", {},
  story="Rosa hands over: 'he'll be in touch this afternoon' - Dev answers that afternoon "
        "(2 agents, within the limit); thanks-only reply.",
  customer="Ben Whitaker <ben@northstreetcycles.example>")
cust("11-09 09:10 +0000", """Hi,

We've got 8 boxed Continental tyres left from the summer that we won't sell
now. Can a trade account return unsold stock for credit, and if so how do we
book it?

Ben
North Street Cycles
""", subject="Returning unsold stock")
r = agent("rosa", "11-09 10:30 +0000", """Hi Ben,

Trade returns go through my colleague Dev on the trade desk, so I've passed
this to him - he'll be in touch this afternoon.
""")
d = agent("dev", "11-09 14:45 +0000", """Hi Ben,

Rosa passed your note on. Yes - boxed, unused stock bought in the last six
months can come back for full credit, less a 10% restocking fee. Fill in the
returns form on the trade portal, choose 'Unsold stock', and our courier
collects within three working days of the booking.
""", parent=f"{CUR.name}-1")
promise(r, datetime(2026, 11, 9, 18, 0, tzinfo=UK), d)
cust("11-09 16:00 +0000", """Great, thank you both.

Ben
""", thanks_only=True)

C("warranty-never-in-touch", "open",
  {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
  story="Cracked seatpost; Gwen: 'Tariq will be in touch to arrange an inspection' - he never "
        "is; eleven days later the customer chases and still has no reply at as_of.",
  customer="Chris Lowe <chris.lowe@example.net>", style="apple")
cust("11-04 17:40 +0000", """Hello,

The carbon seatpost I bought in June (order SP-28117) has developed a creak and
there's a hairline mark just above the clamp. I've stopped riding it. Is this
covered by the warranty, and what do you need from me?

Regards,
Chris Lowe
""", subject="Creaking carbon seatpost - warranty?")
g = agent("gwen", "11-05 09:30 +0000", """Hi Chris,

Thanks for stopping riding it - that's exactly the right call with carbon. I've
passed this to our warranty team; Tariq will be in touch to arrange an
inspection.
""")
promise(g)
cust("11-16 08:50 +0000", """Hi Gwen,

I still haven't heard anything from Tariq and it's been well over a week. Could
someone let me know what's happening with the warranty claim?

Chris
""", chase=True)

C("courier-wednesday", "pending", {},
  story="Sunday mail, auto-acknowledged; Rosa books a collection - 'the courier collects the "
        "parcel on Wednesday' is logistics, not a promise; thanks-only reply.",
  customer="Ellie Sutton <ellie.sutton@example.com>")
cust("11-15 20:30 +0000", """Hi,

The SPD shoes from order SP-30990 are a size too small. I'd like to return them
for a refund rather than an exchange. How do I send them back?

Thanks,
Ellie
""", subject="Return - wrong size shoes SP-30990")
ack("11-15 20:31 +0000")
agent("rosa", "11-16 09:20 +0000", """Hi Ellie,

No problem at all. I've booked a collection for you: the courier collects the
parcel on Wednesday between 9am and 1pm, so please have the shoes boxed up with
the order slip inside. Refunds go back to the original card once the parcel is
checked in.
""", parent=f"{CUR.name}-1")
cust("11-16 12:10 +0000", """Thank you, that's really easy. I'll have them ready.

Ellie
""", thanks_only=True)

C("quote-by-monday", "pending", {},
  story="Dev on Thursday 19 Nov: 'We'll have the full quote ... over to you by Monday' - the "
        "deadline is still ahead at as_of.",
  customer="Graham Pike <g.pike@citycourier.example>", style="outlook")
cust("11-18 13:00 +0000", """Hi Dev,

We run 15 Urban Arrow cargo bikes for deliveries. Could you quote for 15 pairs
of Schwalbe Marathon Winter Plus (20" front, 26" rear), fitted at your workshop
if possible?

Graham Pike
Operations, City Courier Co-op
""", subject="Quote: winter tyres for 15 cargo bikes")
d = agent("dev", "11-19 10:30 +0000", """Hi Graham,

Thanks - a nice winter job. The tyres are no problem, but fitting 30 wheels
means booking workshop time, so I'm checking the diary with the team. We'll
have the full quote, fitting included, over to you by Monday.
""")
promise(d, end_of("11-23"))

C("schaltauge-mittwoch", "closed", {"missed-follow-up": 1},
  lang="de",
  story="German (Gmail): when is a derailleur hanger back in stock? Felix: 'Ich kläre das mit "
        "unserem Lager ... und melde mich bis Mittwoch bei Ihnen' - nothing follows.",
  customer="Katrin Vogt <katrin.vogt@example.net>", style="gmail_de")
cust("11-08 19:20 +0100", """Hallo,

ich brauche ein Ersatz-Schaltauge für mein Canyon Grail (Modelljahr 2021,
Schaltauge GP0211). Im Shop steht "Lieferzeit unbekannt". Wissen Sie, wann es
wieder verfügbar ist?

Viele Grüße
Katrin Vogt
""", subject="Schaltauge für Canyon Grail - lieferbar?")
f = agent("felix", "11-09 10:40 +0100", """Hallo Frau Vogt,

danke für Ihre Anfrage. Ich kläre das mit unserem Lager und dem Hersteller und
melde mich bis Mittwoch bei Ihnen.

Viele Grüße
""")
promise(f, end_of("11-11"))

C("atelier-demain", "pending", {},
  lang="fr",
  story="French (Apple Mail): hub noise - Margaux: 'Je vérifie auprès de notre atelier et je "
        "vous réponds demain' - and answers the next day.",
  customer="Antoine Girard <antoine.girard@example.org>", style="apple_fr")
cust("11-16 09:15 +0100", """Bonjour,

Mon moyeu arrière DT Swiss 350 (roue achetée chez vous en mars) fait un bruit de
cliquet irrégulier depuis une semaine. Est-ce que c'est couvert par la
garantie, ou est-ce un simple entretien ?

Cordialement,
Antoine Girard
""", subject="Moyeu arrière qui fait du bruit")
m = agent("margaux", "11-16 14:00 +0100", """Bonjour Antoine,

Merci pour votre message. Je vérifie auprès de notre atelier et je vous réponds
demain.
""")
m2 = agent("margaux", "11-17 11:30 +0100", """Bonjour Antoine,

Comme promis : d'après notre atelier, ce bruit vient presque toujours des
cliquets encrassés. C'est de l'entretien, pas un défaut, donc hors garantie. Un
nettoyage avec la graisse DT Swiss suffit ; si vous préférez, notre atelier
peut s'en charger pour 25 €.
""")
promise(m, end_of("11-17"), m2)

C("plazo-jueves", "closed", {"missed-follow-up": 1},
  lang="es",
  story="Spanish (Gmail): delivery date for a cassette; Iker (Mon): 'el jueves te confirmo el "
        "plazo exacto' - answers on Friday (late, so missed); thanks-only reply.",
  customer="Javier Molina <javier.molina@example.com>", style="gmail_es")
cust("11-09 09:40 +0100", """Buenos días,

Quiero pedir el cassette SRAM Rival XG-1250 10-36 pero en la web pone
"disponible en 5-10 días". ¿Me podéis decir una fecha más concreta? Lo necesito
para una marcha el día 22.

Gracias,
Javier
""", subject="Plazo de entrega - cassette SRAM Rival")
i = agent("iker", "11-09 12:15 +0100", """Hola Javier:

Gracias por escribirnos. Lo estoy consultando con el proveedor y el jueves te
confirmo el plazo exacto.

Un saludo,
""")
i2 = agent("iker", "11-13 10:05 +0100", """Hola Javier:

Perdona el retraso. El proveedor nos entrega el cassette el martes 17, así que
si haces el pedido hoy te llegaría el jueves 19, a tiempo para la marcha.

Un saludo,
""")
promise(i, end_of("11-12"), i2)
cust("11-13 11:00 +0100", """Perfecto, muchas gracias. Hago el pedido ahora.

Javier
""", thanks_only=True)

C("campag-deferred", "closed", {"missed-follow-up": 1},
  story="Compatibility question deferred: 'I'll check with our mechanic and come back to you "
        "by Thursday' - never answered. Judged as the broken promise, not also as an "
        "unanswered question; the 'no rush' reply is thanks-only.",
  customer="Will Hartley <will.hartley@example.org>")
cust("11-02 21:00 +0000", """Hi,

Is the Sunrace 11-speed cassette (CSRX1) compatible with a Campagnolo freehub
body? I have Zonda wheels and a Chorus groupset and want something with a
32-tooth cog for the hills.

Will
""", subject="Campag freehub + 11-speed cassette")
g = agent("gwen", "11-03 09:45 +0000", """Hi Will,

Good question - the Sunrace listing isn't clear about it. I'll check with our
mechanic and come back to you by Thursday.

Cheers,
""")
promise(g, end_of("11-05"))
cust("11-03 10:30 +0000", """Thanks Gwen, no rush.

Will
""", thanks_only=True)

C("label-first-thing", "pending", {},
  story="Rosa: 'I'll send you the label first thing tomorrow'; Gwen sends it the next "
        "morning - a promise kept by a colleague.",
  customer="Mei Tanaka <mei.tanaka@example.net>", style="thunderbird")
cust("11-17 14:20 +0000", """Hello,

One of the two carbon bottle cages I ordered (SP-31104) arrived with a crack
along the side. Please could you send me a returns label so I can send it back
for a replacement?

Kind regards,
Mei Tanaka
""", subject="Cracked bottle cage - return")
r = agent("rosa", "11-17 16:10 +0000", """Hi Mei,

Sorry about that. Our returns labels come out of the warehouse system, which is
down for maintenance this afternoon. I'll send you the label first thing
tomorrow.
""")
g = agent("gwen", "11-18 09:05 +0000", """Hi Mei,

Picking up from Rosa: here's your returns label -
https://sprocket.example/returns/label?rma=RMA-55821 - print it and drop the
parcel at any Post Office. The replacement cage is sent as soon as the cracked
one is scanned in.
""")
promise(r, end_of("11-18"), g)

C("luz-trasera", "pending", {},
  lang="es",
  story="Spanish (Apple Mail): rear light won't charge; Iker: 'mañana te digo algo' and "
        "answers the next day.",
  customer="Elena Castro <elena.castro@example.com>", style="apple_es")
cust("11-17 18:00 +0100", """Hola,

La luz trasera Lezyne que compré en octubre ya no carga: el piloto se queda en
rojo toda la noche. ¿Qué puedo hacer? Tengo la factura, pedido SP-29944.

Saludos,
Elena
""", subject="Luz trasera que no carga")
i = agent("iker", "11-18 09:30 +0100", """Hola Elena:

Lo siento. Voy a consultarlo con el servicio técnico de Lezyne y mañana te digo
algo.

Un saludo,
""")
i2 = agent("iker", "11-19 12:00 +0100", """Hola Elena:

Ya tengo respuesta: es un fallo conocido de ese lote y Lezyne lo cubre por
garantía. Hoy te enviamos una luz nueva y no hace falta que devuelvas la
antigua.

Un saludo,
""")
promise(i, end_of("11-19"), i2)

# ---------------------------------------------------------------- customers chasing

C("lights-any-news", "closed", {"customer-chased": 1, "slow-first-response": 1},
  story="Order stuck in 'processing'; only the helpdesk acknowledgement for two days; the "
        "customer replies to it 'Any news on this?'; Rosa answers 54 h after the first mail.",
  customer="Aisha Khan <aisha.khan@example.com>")
cust("11-09 10:05 +0000", """Hi,

I ordered a Garmin mount and a set of lights (SP-30702) eight days ago and the
order still says 'processing'. Is there a problem with it? I'd like the lights
before the dark evenings make my commute pitch black.

Aisha
""", subject="Order SP-30702 still not dispatched", kind="alt")
a = ack("11-09 10:06 +0000")
cust("11-11 12:30 +0000", """Hello? Any news on this? Two days and nothing but the automatic email.

Aisha
""", parent=a.key, chase=True, kind="alt")
agent("rosa", "11-11 15:45 +0000", """Hi Aisha,

I'm so sorry for the wait, and for the silence. One of the lights was held up
at our supplier; it came in yesterday and your order left this morning.
Tracking: https://track.example/parcel?id=JD0002231187 - it should be with you
tomorrow.

Best,
""")

C("rear-light-resend", "pending", {"customer-chased": 1},
  story="Return-label request resent the same evening as a new message with the same subject "
        "(no threading headers); Gwen replies to the resend 23.5 h after the first mail.",
  customer="Daniel Moss <daniel.moss@example.net>", style="thunderbird")
cust("11-16 09:00 +0000", """Hello,

I need to return the rear light from order SP-31010 - it won't hold a charge
for more than twenty minutes. Please send me a return label.

Daniel Moss
""", subject="Return label for order SP-31010")
cust("11-16 18:40 +0000", """Hello,

I need to return the rear light from order SP-31010 as it won't hold a charge
for more than twenty minutes. Please send me a return label.

Daniel Moss
""", subject="Return label for order SP-31010", parent=None, chase=True)
agent("gwen", "11-17 08:30 +0000", """Hi Daniel,

Sorry to hear the light's given up already. Here's your prepaid return label:
https://sprocket.example/returns/label?rma=RMA-55790 - when it arrives back
with us you can choose a replacement or a refund on the returns page.

Cheers,
""")

C("felge-wartet", "closed", {"customer-chased": 1},
  lang="de",
  story="German (Thunderbird): cracked rim; Felix asks for photos; the photos come with "
        "'Wie geht es jetzt weiter?'; eight days of silence; 'ich warte seit über einer Woche "
        "auf eine Rückmeldung'; Felix resolves it.",
  customer="Stefan Brandt <stefan.brandt@example.org>", style="thunderbird_de")
cust("11-02 08:30 +0100", """Guten Tag,

an meinem Hinterrad (Bestellung SP-29870, gekauft im August) ist an der Felge
neben einem Speichenloch ein Riss zu sehen. Ist das ein Garantiefall?

Mit freundlichen Grüßen
Stefan Brandt
""", subject="Riss in der Felge - Laufrad aus Bestellung SP-29870")
agent("felix", "11-02 11:10 +0100", """Hallo Herr Brandt,

das klingt nicht gut. Könnten Sie mir bitte zwei, drei Fotos vom Riss schicken,
am besten eines von der ganzen Felge und eines aus der Nähe? Dann kann unsere
Werkstatt das beurteilen.

Viele Grüße
""")
cust("11-03 19:05 +0100", """Hallo Herr Krämer,

anbei die Fotos. Wie geht es jetzt weiter? Soll ich das Laufrad schon
einschicken?

Grüße
Stefan Brandt
""", attach=[PHOTO_RIM])
cust("11-11 08:20 +0100", """Hallo,

ich warte seit über einer Woche auf eine Rückmeldung zu meiner Felge. Die Fotos
haben Sie am 3. November bekommen. Bitte melden Sie sich.

Stefan Brandt
""", chase=True)
agent("felix", "11-11 14:30 +0100", """Hallo Herr Brandt,

entschuldigen Sie bitte die lange Wartezeit. Unsere Werkstatt hat sich die
Fotos angesehen: Das ist ein Materialfehler und fällt unter die Garantie. Sie
bekommen ein neues Laufrad, und das alte nimmt der Kurier bei der Lieferung
gleich mit - Sie müssen nichts einschicken.

Viele Grüße
""")

C("facture-relance", "closed", {"missed-follow-up": 1, "customer-chased": 1},
  lang="fr",
  story="French (Thunderbird): missing invoice; Margaux: 'Je vous envoie la facture dans la "
        "journée' - not sent; five days later 'Je reviens vers vous au sujet de la facture ... "
        "je n'ai toujours rien reçu'; the invoice (PDF) follows - late.",
  customer="Claire Dubois <claire.dubois@cyclesdubois.example>", style="thunderbird_fr")
cust("11-04 10:00 +0100", """Bonjour,

Pour notre comptabilité, pourriez-vous m'envoyer la facture de la commande
SP-30291 (pneus et chambres à air, livrée le 2 novembre) ? Elle n'était pas
dans le colis.

Merci,
Claire Dubois
Cycles Dubois, Lille
""", subject="Facture commande SP-30291")
m = agent("margaux", "11-04 11:20 +0100", """Bonjour Claire,

Toutes nos excuses pour cet oubli. Je vous envoie la facture dans la journée.

Bien cordialement,
""")
cust("11-09 09:30 +0100", """Bonjour Margaux,

Je reviens vers vous au sujet de la facture SP-30291 : je n'ai toujours rien
reçu, et notre clôture mensuelle est mercredi. Pourriez-vous me la renvoyer ?

Claire
""", chase=True)
m2 = agent("margaux", "11-09 10:15 +0100", """Bonjour Claire,

Je suis vraiment désolée, la facture est restée dans mes brouillons. La voici
en pièce jointe.

Bien cordialement,
""", attach=[INVOICE_PDF])
promise(m, end_of("11-04"), m2)

C("pedido-sin-enviar", "closed", {"customer-chased": 1, "slow-first-response": 1},
  lang="es",
  story="Spanish (Gmail): order not shipped; no reply for two days; the chaser keeps the "
        "'Re:' subject but has no In-Reply-To/References; Iker answers 52 h after the first "
        "mail.",
  customer="Marta Ruiz <marta.ruiz@example.net>", style="gmail_es")
cust("11-10 09:00 +0100", """Hola,

Hice el pedido SP-30811 (unas zapatillas Shimano RC3 y calas) el día 3 y
todavía aparece como "en preparación". ¿Podéis decirme cuándo lo vais a enviar?

Gracias,
Marta
""", subject="Pedido SP-30811 sin enviar")
cust("11-12 10:15 +0100", """Buenas, ¿hay alguna noticia de mi pedido? Sigo sin saber nada y nadie me ha
contestado.

Marta
""", thread=False, chase=True)
agent("iker", "11-12 12:40 +0100", """Hola Marta:

Perdona la espera. Las zapatillas en tu talla llegaron ayer del proveedor y tu
pedido ha salido esta mañana; te llegará el viernes. Seguimiento:
https://track.example/parcel?id=ES0077120033

Un saludo,
""")

C("valves-circling-back", "pending", {"customer-chased": 1},
  story="Trade order: rim tape shipped, valves back-ordered; the customer asks when the "
        "valves are due, hears nothing for two days, then 'just circling back on the below'; "
        "Dev answers.",
  customer="Rhys Morgan <rhys@valleybikes.example>", style="outlook")
cust("11-16 10:00 +0000", """Hi Dev,

Can you put 30 pairs of 44 mm tubeless valves and 10 rolls of 25 mm rim tape on
our account? Same delivery address as usual.

Cheers,
Rhys Morgan
Valley Bikes, Abergavenny
""", subject="Tubeless valves + rim tape")
agent("dev", "11-16 11:30 +0000", """Hi Rhys,

The rim tape is on its way today. The 44 mm valves are out of stock at the
moment - I've put 30 pairs on back-order for you and they ship automatically
when they land.
""")
cust("11-17 14:00 +0000", """Thanks Dev. When are the valves actually due in? We've got a load of tubeless
conversions booked for next week.

Rhys
""")
cust("11-19 09:20 +0000", """Hi Dev, just circling back on the below - any idea on the valve date yet? I
need to know whether to tell customers to rebook.

Rhys
""", chase=True)
agent("dev", "11-19 11:00 +0000", """Hi Rhys,

Sorry for the silence. The valves are due in on Monday 23rd and your 30 pairs
are first in line, so you'd have them on the Tuesday. If that's too tight I can
swap them for 40 mm ones, which are in stock now.
""")

C("lost-parcel-twice", "closed", {"missed-follow-up": 1, "customer-chased": 2},
  story="Parcel marked delivered but missing; Rosa: 'I'll raise it with the courier and "
        "update you by tomorrow' - nothing; the customer chases on Wednesday and again on "
        "Thursday evening; Rosa replies on Friday morning with a replacement (late).",
  customer="Kate Nguyen <kate.nguyen@example.com>", style="gmail_us")
cust("11-09 08:40 +0000", """Hi,

The tracking for order SP-30640 says my parcel was delivered on Saturday at
14:02, but nothing arrived - not with the neighbours, not in the bin store. Can
you look into it?

Kate
""", subject="Parcel marked delivered but not here")
r = agent("rosa", "11-09 10:00 +0000", """Hi Kate,

That's frustrating, sorry. I'll raise it with the courier and update you by
tomorrow with what they say.

Best,
""")
cust("11-11 09:15 +0000", """Hi Rosa, any update from the courier? Still no parcel here.

Kate
""", chase=True)
cust("11-12 20:30 +0000", """Still waiting to hear back on this. It's three days now without the part and
nobody has replied - could someone please just send a replacement?

Kate
""", chase=True)
r2 = agent("rosa", "11-13 08:30 +0000", """Hi Kate,

I'm really sorry - I should have come back to you on Tuesday. The courier has
admitted the parcel went to the wrong street and can't recover it, so I've sent
a replacement by next-day tracked delivery:
https://track.example/parcel?id=JD0002240091 - it'll be with you today.

Best,
""")
promise(r, end_of("11-10"), r2)

C("order-number-added", "pending", {},
  story="A second mail 15 minutes later only adds the forgotten order number - new "
        "information, not a chase; Gwen answers.",
  customer="Lucy Brennan <lucy.brennan@example.org>")
cust("11-17 19:10 +0000", """Hi, I ordered the Lizard Skins bar tape in red and got blue. Could you swap it?

Lucy
""", subject="Wrong colour bar tape")
cust("11-17 19:25 +0000", """Sorry, forgot the order number - it's SP-31140.

Lucy
""")
agent("gwen", "11-18 09:40 +0000", """Hi Lucy,

Thanks for the order number - that makes it quick. Red tape is on its way
today, and the blue one is yours to keep; it isn't worth the postage to send it
back.

Cheers,
""")

# ---------------------------------------------------------------- waiting, slow, reopened, handoffs

C("haendlerkonto-handoffs", "closed", {"many-handoffs": 1},
  lang="de",
  story="German workshop chain (Outlook, then an old client that sends no Message-ID): Felix "
        "answers documents and delivery to Austria and hands trade terms to Dev ('er schreibt "
        "Ihnen heute noch', kept); Dev gives the terms; Tariq answers the Park Tool question: "
        "three agents, every answer complete; thanks-only reply.",
  customer="Thomas Berger <t.berger@zweirad-berger.example>", style="outlook_de")
cust("11-10 09:00 +0100", """Guten Tag,

wir möchten für unsere zwei Werkstätten ein Händlerkonto bei Ihnen eröffnen.
Welche Unterlagen brauchen Sie von uns? Und liefern Sie auch nach Österreich?
Wir haben eine Filiale in Salzburg.

Mit freundlichen Grüßen
Thomas Berger
Zweirad Berger GmbH, Rosenheim
""", subject="Händlerkonto für Zweirad Berger")
f = agent("felix", "11-10 11:00 +0100", """Guten Tag Herr Berger,

vielen Dank für Ihr Interesse. Wir brauchen eine Kopie der Gewerbeanmeldung und
Ihre USt-IdNr. Nach Österreich liefern wir ebenfalls, in der Regel in drei bis
fünf Werktagen, also auch direkt nach Salzburg.

Die Händlerkonditionen erklärt Ihnen mein Kollege Dev vom Trade Desk - er
schreibt Ihnen heute noch (auf Englisch, ich hoffe, das ist in Ordnung).

Viele Grüße
""")
d = agent("dev", "11-10 15:00 +0000", """Hello Mr Berger,

Felix asked me to pick up the trade terms. Trade accounts get 25% off list on
parts and accessories, with monthly invoicing on 30-day terms once the account
is approved. Delivery to Germany and Austria is free on orders over 250 EUR.
""", parent=f"{CUR.name}-1")
promise(f, end_of("11-10"), d)
cust("11-11 08:30 +0100", """Vielen Dank, das passt so. Die Gewerbeanmeldung ist im Anhang, unsere
USt-IdNr. lautet DE 123 456 789.

Eine Frage noch: Können Sie uns auch Werkstattwerkzeug von Park Tool liefern?

Thomas Berger
""", style="thunderbird_de", msgid=False, attach=[TRADE_LICENCE],
     note=f"{CUR.name}: the customer's reply with the trade licence, from a client that sends no Message-ID")
agent("tariq", "11-11 10:00 +0000", """Hello Mr Berger,

Tariq from the workshop team here. Yes - we are a Park Tool dealer and supply
the full workshop range at trade prices. The current list is at
https://sprocket.example/trade/park-tool?lang=de
""")
cust("11-11 11:00 +0100", """Danke, das hilft uns weiter.

Thomas Berger
""", style="thunderbird_de", thanks_only=True)

C("b17-autoack-only", "open", {"awaiting-reply": 1},
  story="Pre-order question answered only by the helpdesk acknowledgement; 43 h without a "
        "human reply at as_of.",
  customer="Marco Bianchi <marco.bianchi@example.com>")
cust("11-18 22:15 +0000", """Hello,

Is the Brooks B17 in honey going to be back in stock before Christmas? If so,
can I pre-order one now?

Grazie,
Marco
""", subject="Pre-order: Brooks B17 in honey?")
ack("11-18 22:16 +0000")

C("abus-keys-ooo", "pending", {},
  story="Dev answers; the customer's Outlook out-of-office reply (Auto-Submitted) arrives a "
        "minute later and is not a customer message. 'As soon as you send me the numbers I'll "
        "get them ordered' waits on the customer - not a promise to come back.",
  customer="Fiona Campbell <fiona.campbell@highlandhire.example>", style="outlook")
cust("11-16 11:30 +0000", """Hello,

We hire out 20 bikes with Abus Pro Tectic frame locks and have lost two keys.
Can you supply spare keys if I send you the key numbers, or do we need to
replace the locks?

Fiona Campbell
Highland Cycle Hire
""", subject="Spare keys for Abus frame locks")
agent("dev", "11-16 15:05 +0000", """Hi Fiona,

Abus cut spare keys to order from the number stamped on the key or the lock
barrel, so no need to replace the locks. They take about two weeks from Abus
and cost £9.50 each. As soon as you send me the numbers I'll get them ordered.
""")
auto_reply("11-16 15:06 +0000", """Thank you for your email. I am out of the office until Monday 23 November with
limited access to email. For bike bookings please contact
hire@highlandhire.example.

Fiona Campbell
Highland Cycle Hire
""", frm="Fiona Campbell <fiona.campbell@highlandhire.example>", folder="inbox",
   headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))

C("reifen-freitagabend", "closed", {"slow-first-response": 1},
  lang="de",
  story="German (Outlook): wrong tyre, mail on Friday evening; German auto-acknowledgement at "
        "once (not a response); Felix's first reply on Monday morning (62 h); thanks-only reply.",
  customer="Martin Schulz <martin.schulz@example.com>", style="outlook_de")
cust("11-06 19:40 +0100", """Guten Abend,

statt des bestellten Schwalbe G-One Speed in 40 mm habe ich die 35-mm-Version
bekommen. Können Sie mir den richtigen Reifen schicken und mir sagen, wie ich
den falschen zurücksende?

Mit freundlichen Grüßen
Martin Schulz
""", subject="Falscher Reifen geliefert - Bestellung SP-30610")
ack("11-06 18:41 +0000", lang="de")
agent("felix", "11-09 09:50 +0100", """Guten Morgen Herr Schulz,

da ist beim Packen etwas schiefgelaufen, entschuldigen Sie bitte. Der
40-mm-Reifen ist heute an Sie rausgegangen. Den falschen Reifen können Sie
behalten - das Zurückschicken lohnt sich für uns nicht.

Viele Grüße
""", parent=f"{CUR.name}-1")
cust("11-09 12:00 +0100", """Vielen Dank, das ist sehr kulant!

Martin Schulz
""", thanks_only=True)

C("hanger-reopened", "pending", {"reopened": 1},
  story="Rosa answers and closes the ticket ('I'll close the ticket on our side now'); a "
        "thanks-only reply; two weeks later the hanger snapped (photo) - reopened; Tariq "
        "replies the next day.",
  customer="Josh Reilly <josh.reilly@example.net>")
cust("11-02 13:00 +0000", """Hi, my derailleur hanger got bent in a crash. It's a 2019 Ribble CGR. Which
hanger do I need?

Josh
""", subject="Bent derailleur hanger - which one fits?")
agent("rosa", "11-02 15:30 +0000", """Hi Josh,

For the 2019 CGR it's the Ribble hanger no. 46:
https://sprocket.example/p/hanger-46?ref=care - a straight swap, one bolt.

I'll close the ticket on our side now, but just reply here if it doesn't fit.

Best,
""", closes=True)
cust("11-02 18:00 +0000", """Ordered, thanks Rosa!
""", thanks_only=True)
cust("11-16 08:40 +0000", """Hi Rosa,

Bad news - the new hanger snapped on my first ride, right at the bolt hole,
even though I torqued it to the 1.5 Nm on the packet (photo attached). Is that
a known problem? Can I get a refund or a stronger one?

Josh
""", attach=[PHOTO_HANGER])
agent("tariq", "11-17 09:10 +0000", """Hi Josh,

Rosa passed your photo to me. That's a casting flaw - we've seen two from the
same batch this month. I've refunded the hanger to your card today and sent
you one from the new batch free of charge; it should reach you on Thursday.
""")

C("bike-share-handoffs", "closed", {"many-handoffs": 1},
  story="Bike-share operator: Rosa (delivery days, hands the account to Dev - 'he'll send the "
        "application today', kept), Dev (form), Tariq (hub servicing), Gwen (account live): "
        "four agents, every answer prompt; thanks-only reply.",
  customer="Nina Shah <nina.shah@bristolbikeshare.example>", style="outlook")
cust("11-02 09:00 +0000", """Hello,

We're moving our bike-share maintenance in-house and would like to buy parts
from you. Could you set us up with a trade account, and what's your delivery
schedule to central Bristol?

Nina Shah
Bristol Bike Share
""", subject="Parts for our fleet - trade account and delivery")
r = agent("rosa", "11-02 10:15 +0000", """Hi Nina,

Lovely to hear from you. Trade accounts are handled by Dev, so I've copied him
in and he'll send you the application today. On delivery: central Bristol gets
our own van every Tuesday and Thursday morning, free on trade orders.
""", cc=AGENTS["dev"])
d = agent("dev", "11-02 14:00 +0000", """Hi Nina,

Here's the trade application form. Once it's approved, invoices are monthly on
30-day terms.
""", attach=[TRADE_FORM])
promise(r, end_of("11-02"), d)
cust("11-03 11:00 +0000", """Thanks both. Form attached. One more thing - some of our bikes use Nexus 7
hubs. Can your workshop service the hub internals, or do you just supply parts?

Nina
""", attach=[TRADE_FORM_FILLED])
agent("tariq", "11-03 15:30 +0000", """Hi Nina,

Tariq from the workshop here - Dev passed your question on. Yes, we service
Nexus 7 internals: £38 per hub including the oil bath, usually a three-day
turnaround.
""")
agent("gwen", "11-04 09:20 +0000", """Hi Nina,

Gwen from accounts: your trade account is now live (account no. TR-2291) and
the first order can go on it straight away.

Cheers,
""", parent=f"{CUR.name}-4")
cust("11-04 10:00 +0000", """Brilliant - thank you all, very efficient.

Nina
""", thanks_only=True)

C("voucher-closed-thanks", "closed", {},
  story="Gwen resends a gift voucher and closes the ticket ('I'm closing this ticket now'); "
        "the customer's thanks does not reopen it.",
  customer="Owen Price <owen.price@example.org>", style="apple")
cust("11-17 08:10 +0000", """Hi,

I bought a £50 gift voucher last night for my brother's birthday but the email
with the code never arrived (checked spam). Could you resend it?

Owen
""", subject="Gift voucher not arrived")
agent("gwen", "11-17 09:00 +0000", """Hi Owen,

Found it - the voucher email bounced because of a typo in the address
(owen.price@exampel.org). I've corrected it and resent it just now; the code is
SPV-8K2Q-77RD in case you need it today. I'm closing this ticket now - give us
a shout if anything else comes up.

Cheers,
""", closes=True)
cust("11-17 09:30 +0000", """Got it. Brilliant, thank you!

Owen
""", thanks_only=True)

C("cadre-pneus-attente", "open", {"awaiting-reply": 1},
  lang="fr",
  story="French (Outlook, De :/Envoyé : block): frame size answered; the follow-up (fit "
        "45 mm tyres before shipping?) has had no reply since Monday.",
  customer="Julien Mercier <julien.mercier@example.net>", style="outlook_fr")
cust("11-12 14:00 +0100", """Bonjour,

Je mesure 1,78 m avec un entrejambe de 84 cm. Quelle taille de cadre me
conseillez-vous pour le Genesis Croix de Fer 20 ?

Merci,
Julien Mercier
""", subject="Taille de cadre - Genesis Croix de Fer")
agent("margaux", "11-12 16:30 +0100", """Bonjour Julien,

Avec vos mesures, le M (54 cm) sera le plus adapté ; le L ne conviendrait que
si vous aimez une position très allongée.

Bien cordialement,
""")
cust("11-16 10:20 +0100", """Merci beaucoup. Et est-ce que vous pouvez monter des pneus de 45 mm à la place
des 40 mm d'origine avant l'expédition ? Je suis prêt à payer la différence.

Julien
""")

C("dynamo-today", "open", {},
  story="New question this morning, no reply yet - within the 24 h target at as_of.",
  customer="Harriet Lowe <harriet.lowe@example.com>")
cust("11-20 09:30 +0000", """Hi,

Do you sell the connectors for a SON hub dynamo on their own? Mine have
corroded and I'd rather not buy a whole new light.

Harriet
""", subject="Dynamo light connectors")

C("forwarded-partial-shipment", "pending", {},
  story="The customer forwards the shop's own dispatch mail (Gmail 'Forwarded message'; it "
        "says 'Questions about your order? Just reply...' and has a URL with ?) and asks one "
        "question; Gwen answers it.",
  customer="Imran Ali <imran.ali@example.org>")
cust("11-17 12:00 +0000", """Hi,

Can you check why this says 'partially shipped'? I only ordered one thing.

Imran

---------- Forwarded message ---------
From: Spoke & Sprocket <orders@sprocket.example>
Date: Tue, 17 Nov 2026 at 07:12
Subject: Your order SP-31250 has partially shipped
To: <imran.ali@example.org>


Hi Imran,

Good news - part of your order SP-31250 is on its way.

  1 x Lezyne Micro Floor Drive HVG pump - shipped

Questions about your order? Just reply to this email or visit
https://sprocket.example/orders/SP-31250?utm_source=dispatch

Spoke & Sprocket
""", subject="Fwd: Your order SP-31250 has partially shipped", kind="alt")
agent("gwen", "11-17 14:25 +0000", """Hi Imran,

Nothing to worry about: orders over £30 this month come with a free inner tube,
and that ships separately from our other warehouse - that's the 'partial' bit.
Your pump is complete and on its way.

Cheers,
""")

C("schlauch-base64", "closed", {},
  lang="de",
  story="German (Apple Mail, base64 bodies): inner tube with a 60 mm valve? Felix: 'ja, ...' "
        "; thanks-only reply.",
  customer="Anna Weber <anna.weber@example.com>", style="apple_de")
cust("11-03 20:00 +0100", """Hallo,

haben Sie den Schwalbe-Schlauch SV17 auch mit 60 mm Sclaverandventil? Meine
neuen Felgen sind ziemlich hoch.

Liebe Grüße
Anna
""", subject="Schlauch mit langem Sclaverandventil?", cte="base64")
agent("felix", "11-04 09:15 +0100", """Hallo Anna,

ja, den SV17 führen wir auch mit 60 mm langem Ventil - im Shop heißt er
„SV17 extra lang". Für Felgen bis 50 mm Höhe reicht das gut.

Viele Grüße
""")
cust("11-04 10:00 +0100", """Super, danke! Dann bestelle ich zwei.

Anna
""", thanks_only=True, cte="base64")

C("pedales-debutant", "closed", {},
  lang="fr",
  story="French (Gmail, quoted-printable): which clipless pedals for a beginner, and are "
        "cleats included? Margaux answers both in other words.",
  customer="Léa Fontaine <lea.fontaine@example.com>", style="gmail_fr")
cust("11-05 18:20 +0100", """Bonjour,

Je débute en pédales automatiques sur mon vélo de route. Vaut-il mieux
commencer avec des Look Kéo ou des Shimano SPD-SL ? Et est-ce que les cales
sont fournies avec les pédales ?

Merci d'avance !
Léa
""", subject="Pédales automatiques pour débutante", cte="quoted-printable")
agent("margaux", "11-06 09:40 +0100", """Bonjour Léa,

Pour débuter, je vous conseille les Shimano SPD-SL PD-R550 : la tension du
ressort se règle facilement et elles pardonnent beaucoup. Une paire de cales
jaunes (6° de liberté) est incluse dans la boîte, inutile d'en acheter.

Bonne route,
""")

C("catalogo-cerrado", "closed", {},
  lang="es",
  story="Spanish shop (Outlook): asks for the trade catalogue; Iker sends the link and closes "
        "the case ('Con esto doy por cerrada la consulta') - explicitly closed.",
  customer="Pablo Serrano <pablo.serrano@bicisserrano.example>", style="outlook_es")
cust("11-16 12:00 +0100", """Buenos días:

Tenemos una tienda de bicicletas en Valencia y nos interesa trabajar con
ustedes. ¿Podrían enviarnos el catálogo de recambios con precios para
profesionales?

Saludos cordiales,
Pablo Serrano
Bicis Serrano
""", subject="Catálogo de recambios para tiendas")
agent("iker", "11-16 15:30 +0100", """Buenos días, Pablo:

Puede descargar el catálogo profesional 2027 con precios netos aquí:
https://sprocket.example/es/pro/catalogo?formato=pdf. Los envíos a la
Península son gratuitos a partir de 150 € y salen en 48 horas.

Con esto doy por cerrada la consulta; si necesita algo más, escríbanos de
nuevo.

Un saludo,
""", closes=True)

C("chain-lost-headers", "pending", {},
  story="Outlook reply that lost In-Reply-To/References ('RE:' subject only) asks a "
        "follow-up question; Rosa answers both rounds.",
  customer="Karen Holt <karen.holt@example.com>", style="outlook")
cust("11-16 13:00 +0000", """Hi,

I'm converting my hybrid to 1x with a 40T chainring and an 11-46 cassette. How
many links will I need? The current chain has 112.

Karen
""", subject="Chain length for 1x conversion")
agent("rosa", "11-16 16:20 +0000", """Hi Karen,

With a 40T ring and a 46T big cog most hybrids end up at 116 links, so buy a
118-link chain and size it on the bike: big ring plus biggest cog, then add
two links.

Best,
""")
cust("11-17 09:00 +0000", """Thanks Rosa. Does the chain need a special quick link for 12-speed, or will my
11-speed one do?

Karen
""", thread=False)
agent("rosa", "11-17 11:00 +0000", """Hi Karen,

Use a 12-speed link - 11-speed links are a touch wider and won't sit properly
on a 12-speed chain. We sell them in pairs for £8.

Best,
""")

C("truing-agent-ooo", "open", {"awaiting-reply": 1},
  story="The customer writes to Gwen directly; her Gmail out-of-office (Auto-Submitted) is "
        "the only answer - automatic mail, not a response - so the hub-bearing quote request "
        "has waited four days.",
  customer="Leo Grant <leo.grant@example.net>")
cust("11-10 11:00 +0000", """Hi, is it possible to get a wheel trued while I wait? I'm in Bristol on
Thursday.

Leo
""", subject="Wheel truing while I wait?")
agent("gwen", "11-10 14:00 +0000", """Hi Leo,

Yes - walk-in truing is £15 and usually takes about 20 minutes. Thursday
morning is quiet, so any time before noon works.

Cheers,
""")
cust("11-16 19:30 +0000", """Hi Gwen, the truing was great, thanks. While I was there your mechanic
mentioned my rear hub bearings are worn. Could you quote me for replacing them?
It's a Hope Pro 4.

Leo
""", to=AGENTS["gwen"])
auto_reply("11-16 19:31 +0000", """Thanks for your email. I'm out of the office until Monday 23 November. For
anything urgent, please write to care@sprocket.example and one of the team
will pick it up.

Gwen
""", frm=AGENTS["gwen"], folder="sent-new", subject_prefix="Out of office: ", style="gmail")

C("di2-resolved-reopened", "pending", {"reopened": 1},
  story="Rosa's reply carries a '[Resolved]' subject tag; a week later the customer replies "
        "that the wrong cable came - reopened; Rosa sends the right charger.",
  customer="Beth Carter <beth.carter@example.com>")
cust("11-09 09:00 +0000", """Hi, my Di2 internal battery charger didn't come with the groupset (order
SP-30720). Please send the charging cable.

Beth
""", subject="Di2 battery charger missing")
agent("rosa", "11-09 11:30 +0000", """Hi Beth,

The charging cable went out this morning by first-class post, so it should be
with you tomorrow.

Best,
""", subject="[Resolved] Re: Di2 battery charger missing", closes=True)
cust("11-18 17:00 +0000", """Hi Rosa, the cable arrived but it's the wrong one - it's the EW-EC300 and my
battery needs the SM-BCR2 charger. Can you send the right one?

Beth
""", subject="Re: [Resolved] Re: Di2 battery charger missing")
agent("rosa", "11-19 10:00 +0000", """Hi Beth,

You're right, sorry - my mistake. The SM-BCR2 charger is on its way, tracked,
and you can keep the other cable.

Best,
""", subject="Re: Di2 battery charger missing")

C("derailleur-reouvert", "pending", {"reopened": 1},
  lang="fr",
  story="French (Gmail): exchange for the long-cage derailleur; Margaux closes the case ('Je "
        "clôture le dossier'); two weeks later the return label was missing - reopened; "
        "Margaux sends it.",
  customer="Camille Roux <camille.roux@example.org>", style="gmail_fr")
cust("11-03 10:00 +0100", """Bonjour,

J'ai reçu le dérailleur Shimano GRX RD-RX810 mais j'ai besoin de la version
chape longue (RX812) pour ma cassette 11-40. Est-il possible de l'échanger ?

Merci,
Camille
""", subject="Dérailleur arrière - mauvaise chape")
agent("margaux", "11-03 14:00 +0100", """Bonjour Camille,

Bien sûr. Le RX812 part aujourd'hui, et l'étiquette de retour pour le RX810 est
dans le colis. Je clôture le dossier, mais n'hésitez pas à répondre à ce
message en cas de souci.

Bien cordialement,
""", closes=True)
cust("11-17 09:00 +0100", """Bonjour Margaux,

Le RX812 est bien arrivé, mais le colis ne contenait pas d'étiquette de retour.
Comment puis-je vous renvoyer le RX810 ?

Camille
""")
agent("margaux", "11-17 11:00 +0100", """Bonjour Camille,

Désolée pour cet oubli. Voici l'étiquette de retour :
https://sprocket.example/fr/retours/etiquette?rma=RMA-55877 - il suffit de
l'imprimer et de déposer le colis en point relais.

Bien cordialement,
""")


# ======================================================================================
# Building and writing
# ======================================================================================

CLIENT_HEADERS = {
    "gmail": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-MS-TNEF-Correlator: ", "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-Originating-IP: [198.51.100.23]"],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Deskbell 5.2"],
}

PROFILE = mailcraft.Profile(
    support_domain=SUPPORT_DOMAIN,
    client_headers=CLIENT_HEADERS,
    support_id_prefix="ss-",
    outlook_server="LO2P265",
    boundary_hex=26,
    gmail_boundary_zeros=11,
    html_sig_break=True,
    html_helpdesk_style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#222",
    html_body_open='<body lang="EN-GB" style="word-wrap:break-word">\n<div class="WordSection1">',
    html_body_close="</div>\n</body>",
    max_bytes=1 << 20,  # quotes are never trimmed: the threads are short
)


def render(m: Msg) -> None:
    """Replace ``{quote}`` by the parent quoted in ``m``'s style; keep what the author wrote."""
    m.mine = m.body.replace("{quote}", "").rstrip("\n") + "\n"
    if "{attrib}" in m.body:
        p = BY_KEY[m.parent]
        m.body = m.body.replace("{attrib}", attribution(m.style, p, p.date.astimezone(m.date.tzinfo)))
    if "{quote}" in m.body:
        m.body = m.body.replace("{quote}", quote_of(m, BY_KEY[m.parent]))


def build(m: Msg) -> bytes:
    """The raw message: trace lines for inbound mail, the headers, the client's headers."""
    render(m)
    m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
    lines: list[str] = []
    if m.folder == "inbox":
        _, addr = addr_of(m.frm)
        domain = addr.rpartition("@")[2]
        recv = (m.date + timedelta(seconds=2 + int(h(m.key, 2), 16) % 7)).astimezone(UTC)
        lines += [f"Return-Path: <{addr}>", f"Delivered-To: {SUPPORT}",
                  f"Received: from smtp.{domain} (smtp.{domain} [192.0.2.{20 + int(h(domain, 2), 16) % 200}])",
                  "\tby mx1.sprocket.example (Postfix) with ESMTPS id " + h(m.key + "rx", 11).upper(),
                  f"\tfor <{SUPPORT}>; {email.utils.format_datetime(recv)}"]
    hdrs: list[tuple[str, str]] = [("Date", email.utils.format_datetime(m.date)),
                                   ("From", m.frm), ("To", m.to)]
    if m.cc:
        hdrs.append(("Cc", m.cc))
    hdrs.append(("Subject", m.subject))
    hdrs += m.extra
    if m.style in CONTENT_LANGUAGE:
        hdrs.append(("Content-Language", CONTENT_LANGUAGE[m.style]))
    return mailcraft.build(m, hdrs, BY_KEY, PROFILE, received=lines)


def labels() -> dict:
    """The ground truth in the format of tests/eval/labels.json."""
    return mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)


def cases_md(lab: dict) -> str:
    """The per-case table of CASES.md."""
    return mailcraft.cases_table("Held-out corpus: the cases", "make_holdout_corpus.py", (
        (c.name, c.lang, addr_of(c.customer)[1], c.style, len(c.msgs), c.status, lc["rules"], c.story)
        for c, lc in zip(CASES, lab["cases"])))


def write_all(out: Path) -> None:
    """Build every message, validate, and only then replace the corpus files in ``out``."""
    raws = {m.key: build(m) for m in sorted(MESSAGES, key=lambda m: (m.date, m.key))}
    arrival = sorted(MESSAGES, key=lambda m: (m.date, m.key))
    out.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout.", dir=out))
    try:
        mb = tmpdir / "mailbox"
        mb.mkdir()
        (mb / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (addr_of(m.frm)[1], m.date, raws[m.key]) for m in arrival if m.folder == "inbox"))
        mailcraft.write_maildir(mb / "Sent", ((m.date, raws[m.key], m.folder == "sent")
                                              for m in arrival if m.folder.startswith("sent")),
                                "sprocket")
        lab = labels()
        (tmpdir / "labels.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
        (tmpdir / "CASES.md").write_text(cases_md(lab), encoding="utf-8")
        problems = validate(tmpdir)
        report()
        if problems:
            print("PROBLEMS (nothing written):")
            for p in problems:
                print("  -", p)
            sys.exit(1)
        if (out / "mailbox").exists():
            shutil.rmtree(out / "mailbox")
        os.replace(mb, out / "mailbox")
        for name in ("labels.json", "CASES.md"):
            os.replace(tmpdir / name, out / name)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print(f"written to {out}")


# ======================================================================================
# Validation: the labels against what the metadata implies
# ======================================================================================


def expected_facts(c: Case) -> dict:
    """Status, the four timing rules and the annotated promise and chase counts recomputed
    from the messages - a cross-check of the hand-written labels, not the product's logic."""
    msgs = sorted(c.msgs, key=lambda m: m.date)
    customer = [m for m in msgs if m.role == "customer"]
    real = [m for m in customer if not m.thanks_only]
    agents = [m for m in msgs if m.role == "agent"]
    last_a = agents[-1] if agents else None
    last_c = real[-1] if real else None
    closes = [a.date for a in agents if a.closes]
    if last_c and (not last_a or last_c.date > last_a.date):
        status = "open"
    elif (closes and (not last_c or max(closes) > last_c.date)) or AS_OF - last_a.date >= CLOSE_AFTER:
        status = "closed"
    else:
        status = "pending"
    rules: dict[str, int] = {}
    first = customer[0].date
    first_resp = next((a.date for a in agents if a.date > first), None)
    if first_resp and first_resp - first > RESPONSE_TARGET:
        rules["slow-first-response"] = 1
    if status == "open" and AS_OF - last_c.date > RESPONSE_TARGET:
        rules["awaiting-reply"] = 1
    if len({addr_of(a.frm)[1] for a in agents}) > HANDOFF_LIMIT:
        rules["many-handoffs"] = 1
    if closes and any(m.date > min(closes) for m in real):
        rules["reopened"] = 1
    missed = 0
    for p in c.promises:
        made = BY_KEY[p.key]
        kept = BY_KEY[p.kept_by] if p.kept_by else None
        if kept is not None and (kept.role != "agent" or kept.date <= made.date):
            raise ValueError(f"{c.name}: promise in {p.key} 'kept' by a non-agent or earlier message")
        if p.due < AS_OF and (kept is None or kept.date > p.due):
            missed += 1
    if missed:
        rules["missed-follow-up"] = missed
    chases = sum(1 for m in customer if m.chase)
    if chases:
        rules["customer-chased"] = chases
    return {"status": status, "rules": rules, "first_resp": first_resp and first_resp - first}


def norm(s: str) -> str:
    """Lower-cased text with whitespace collapsed."""
    return re.sub(r"\s+", " ", s).strip().lower()


def validate(out: Path) -> list[str]:
    """Everything wrong with the corpus written to ``out`` (empty when it is consistent)."""
    problems = []
    lo = datetime(2026, 10, 26, tzinfo=UTC)
    for m in MESSAGES:
        if not (lo <= m.date < AS_OF):
            problems.append(f"{m.key}: date {m.date} outside the corpus range")
        if m.parent and BY_KEY[m.parent].date >= m.date:
            problems.append(f"{m.key}: replies to a later message")
        if m.role == "customer" and m.thanks_only and "?" in m.mine.split("\n-- \n")[0]:
            problems.append(f"{m.key}: marked thanks-only but asks something")
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
        if m.msgid and m.kind != "html":
            problem = mailcraft.round_trip_problem(m, by_id[m.message_id], m.folder == "inbox")
            if problem:
                problems.append(problem)
    for c in CASES:
        f = expected_facts(c)
        if f["status"] != c.status:
            problems.append(f"{c.name}: labelled {c.status}, metadata says {f['status']}")
        for rule in ("slow-first-response", "awaiting-reply", "many-handoffs", "reopened",
                     "missed-follow-up", "customer-chased"):
            if c.rules.get(rule, 0) != f["rules"].get(rule, 0):
                problems.append(f"{c.name}: {rule} labelled {c.rules.get(rule, 0)}, "
                                f"metadata says {f['rules'].get(rule, 0)}")
        if len(c.uq) != c.rules.get("unanswered-question", 0):
            problems.append(f"{c.name}: {len(c.uq)} questions listed for "
                            f"{c.rules.get('unanswered-question', 0)} findings")
        own = [norm(m.mine) for m in c.msgs if m.role == "customer"]
        for q in c.uq:
            if not any(norm(q) in o for o in own):
                problems.append(f"{c.name}: question not found verbatim in the customer's text: {q!r}")
        if set(c.rules) - set(RULES) or c.status not in ("open", "pending", "closed"):
            problems.append(f"{c.name}: bad rule or status")
        if c.msgs[0].role != "customer":
            problems.append(f"{c.name}: does not start with a customer message")
    return problems


def report() -> None:
    """Print the per-case facts and the corpus totals."""
    for c in CASES:
        fr = expected_facts(c)["first_resp"]
        frs = f"{fr.total_seconds() / 3600:5.1f} h" if fr else "   -   "
        rules = ",".join(f"{r}x{n}" for r, n in c.rules.items()) or "clean"
        print(f"  {c.name:<34} msgs={len(c.msgs)} first={frs} {c.status:<8} {rules}")
    n_clean = sum(not c.rules for c in CASES)
    print(f"messages: {len(MESSAGES)} (inbox {sum(m.folder == 'inbox' for m in MESSAGES)}, "
          f"Sent/cur {sum(m.folder == 'sent' for m in MESSAGES)}, "
          f"Sent/new {sum(m.folder == 'sent-new' for m in MESSAGES)})")
    print(f"cases: {len(CASES)} ({n_clean} clean, {n_clean / len(CASES):.0%})")
    for r in RULES:
        print(f"  {r:<20} cases={sum(1 for c in CASES if c.rules.get(r)):>3} "
              f"findings={sum(c.rules.get(r, 0) for c in CASES):>3}")
    langs: dict[str, int] = {}
    for c in CASES:
        langs[c.lang] = langs.get(c.lang, 0) + 1
    print("languages:", ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))


def main() -> None:
    """Regenerate the corpus in ``--out`` (default tests/holdout)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "holdout")
    args = ap.parse_args()
    write_all(args.out)


if __name__ == "__main__":
    main()
