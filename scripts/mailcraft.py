"""Render realistic raw RFC 5322 messages and mbox/Maildir files for the fixture generators.

Shared by ``scripts/make_sample_mailbox.py`` (``sample_mailbox/``) and
``scripts/make_eval_corpus.py`` (``tests/eval/``). A generator describes each message as a
:class:`Msg` (subclassed with its own bookkeeping fields) and its house style as a
:class:`Profile`; this module adds what a real mail client and mail server would: Message-IDs
and MIME boundaries in each client's format, threading headers, the quoted history in the
style of the replier's client (attribution line or Outlook header block), client headers,
HTML alternatives and the MIME structure; and it writes the results as an mboxrd file and a
Maildir.

Everything is deterministic: ids and boundaries derive from message keys, there is no clock
and no randomness, so a generator's output is byte-for-byte reproducible. Standard library
only.
"""

from __future__ import annotations

import base64
import email
import email.charset
import email.header
import email.message
import email.policy
import email.utils
import hashlib
import html
import mailbox
import os
import quopri
import re
import struct
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

QP_CHARSET = email.charset.Charset("utf-8")
QP_CHARSET.header_encoding = email.charset.QP

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
DE_LONG_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_LONG_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                  "September", "Oktober", "November", "Dezember"]
DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MONTHS = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
             "Nov.", "Dez."]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
             "nov.", "déc."]

OUTLOOK_CLIENTS = ("outlook", "outlook_de", "owa", "android")  # Outlook ids, header-block quotes
APPLE_CLIENTS = ("apple", "apple_fr", "iphone")

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg:
    """One message as the renderer sees it; generators subclass it with their own fields.

    ``body`` may contain ``{quote}``, replaced by the parent's text quoted in the style of
    ``client``. The fields after ``attach`` are filled in by :func:`build`.
    """

    key: str  # unique; seeds the Message-ID, boundaries and other derived values
    client: str = "gmail"  # mail client style: headers, quoting, MIME shape
    kind: str = "plain"  # plain | alt (multipart/alternative) | html (HTML only)
    cte: str | None = None  # force a transfer encoding for the text part(s)
    frm: str = ""
    to: str | None = ""
    cc: str | None = None
    subject: str = ""
    date: datetime | None = None
    body: str = ""
    parent: str | None = None  # key of the message this one replies to
    thread: bool = True  # False: the client dropped In-Reply-To/References
    refs: list[str] | None = None  # explicit References (by key), e.g. with a gap
    msgid: bool = True  # False: the message has no Message-ID header
    attach: list[tuple[str, str, bytes]] = field(default_factory=list)  # (mime type, name, data)
    # filled in by build()
    message_id: str | None = None
    references: list[str] = field(default_factory=list)
    text: str = ""  # the rendered plain text, quote included
    own: str = ""  # what the author wrote, without the quote
    raw_headers: list[tuple[str, str]] = field(default_factory=list)
    short_quote: bool = False  # the quote was trimmed to the parent's own text (size limit)


@dataclass(frozen=True)
class Profile:
    """A generator's house style: the support domain and the small formatting choices in
    which the two fixture mailboxes deliberately differ."""

    support_domain: str  # Message-IDs of mail from this domain use the support format
    client_headers: dict[str, list[str]]  # per client: header lines ({topic} {tindex} {hasattach})
    support_id_prefix: str = ""  # "<{prefix}{utc time}.{hex}@{support_domain}>"
    outlook_server: str = "DB9PR0"  # Exchange server prefix in Outlook Message-IDs and boundaries
    boundary_hex: int = 24  # hex digits derived for a boundary
    gmail_boundary_zeros: int = 12  # Gmail boundaries: this many zeros, then 16 hex digits
    html_sig_break: bool = True  # start a new paragraph at the "-- " signature separator
    html_helpdesk_style: str = "font-family:Arial,sans-serif;font-size:14px"
    html_body_open: str = '<body style="word-wrap:break-word">'
    html_body_close: str = "</body>"
    max_bytes: int = 3900  # a longer message quotes only the parent's own text


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def h(key: str, n: int = 12) -> str:
    """The first ``n`` hex digits of the SHA-256 of ``key``: a stable pseudo-random value."""
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def addr_of(value: str) -> tuple[str, str]:
    """``(display name, address)`` of an address header value."""
    return email.utils.parseaddr(value)


def make_message_id(m: Msg, profile: Profile) -> str:
    """A Message-ID in the format of the sender's mail client (or of the support domain's
    server and helpdesk), derived from the message key and date."""
    _, addr = addr_of(m.frm)
    domain = addr.rpartition("@")[2].lower()
    d = m.date.astimezone(timezone.utc)
    hx = h(m.key, 32)
    if m.client == "helpdesk":
        return f"<ack.{d:%Y%m%d%H%M%S}.{hx[:10]}@helpdesk.{profile.support_domain}>"
    if domain == profile.support_domain:
        return f"<{profile.support_id_prefix}{d:%Y%m%d%H%M%S}.{hx[:8]}@{profile.support_domain}>"
    if m.client.startswith("gmail"):
        b = base64.b32encode(bytes.fromhex(hx)).decode().rstrip("=").lower()
        return f"<CA{b[:8].upper()}{b[8:40]}@mail.{domain}>"
    if m.client in OUTLOOK_CLIENTS:
        return f"<{profile.outlook_server}{hx[:2].upper()}MB{hx[2:18].upper()}@mail.{domain}>"
    if m.client in APPLE_CLIENTS:
        u = hx.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@mail.{domain}>"
    return f"<{hx[:8]}-{hx[8:12]}-{hx[12:16]}-{hx[16:20]}-{hx[20:32]}@mail.{domain}>"


# --------------------------------------------------------------------------------------
# Quoting
# --------------------------------------------------------------------------------------


def _h12(t: datetime) -> str:
    return f"{(t.hour % 12) or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def attribution(style: str, p: Msg, reply_date: datetime) -> str:
    """The "On ... wrote:" line that client ``style`` puts above the quoted parent ``p``,
    with the parent's date in the replier's time zone (the offset of ``reply_date``)."""
    t = p.date.astimezone(reply_date.tzinfo)
    name, addr = addr_of(p.frm)
    hm = f"{t:%H:%M}"
    if style == "gmail":
        return f"On {DAYS[t.weekday()]}, {t.day} {MONTHS[t.month - 1]} {t.year} at {hm}, {name} <{addr}> wrote:"
    if style == "gmail_de":
        return f"Am {DE_DAYS[t.weekday()]}, {t.day}. {DE_MONTHS[t.month - 1]} {t.year} um {hm} Uhr schrieb {name} <{addr}>:"
    if style == "gmail_es":
        return f"El {ES_DAYS[t.weekday()]}, {t.day} {ES_MONTHS[t.month - 1]} {t.year} a las {t.hour}:{t:%M}, {name} (<{addr}>) escribió:"
    if style in ("apple", "iphone"):
        return f"On {t.day} {MONTHS[t.month - 1]} {t.year}, at {hm}, {name} <{addr}> wrote:"
    if style == "apple_fr":
        return f"Le {t.day} {FR_MONTHS[t.month - 1]} {t.year} à {hm}, {name} <{addr}> a écrit :"
    if style in ("thunderbird", "oldclient"):
        return f"On {t.month}/{t.day}/{t:%y} {_h12(t)}, {name} wrote:"
    if style == "thunderbird_de":
        return f"Am {t:%d.%m.%y} um {hm} schrieb {name}:"
    if style == "thunderbird_nl":
        return f"Op {t:%d-%m-%Y} om {hm} schreef {name}:"
    raise ValueError(style)


def quote_block(style: str, p: Msg, reply: Msg) -> str:
    """The parent ``p`` quoted as client ``style`` quotes it in ``reply``: an Outlook header
    block above the unmarked text, or an attribution line and ``>`` quoting (nested quotes
    kept). With ``reply.short_quote`` only what the parent's author wrote is quoted, as
    people trim long histories by hand."""
    text = (p.own if reply.short_quote else p.text).rstrip("\n")
    if style in OUTLOOK_CLIENTS:
        t = p.date.astimezone(reply.date.tzinfo)
        cc = [f"Cc: {p.cc}"] if p.cc else []
        if style == "outlook_de":
            lines = ["________________________________",
                     f"Von: {p.frm}",
                     f"Gesendet: {DE_LONG_DAYS[t.weekday()]}, {t.day}. {DE_LONG_MONTHS[t.month - 1]} {t.year} {t:%H:%M}",
                     f"An: {p.to}", *cc, f"Betreff: {p.subject}", "", text]
        else:
            lines = ["________________________________" if style != "android" else "",
                     f"From: {p.frm}",
                     f"Sent: {LONG_DAYS[t.weekday()]}, {LONG_MONTHS[t.month - 1]} {t.day}, {t.year} {_h12(t)}",
                     f"To: {p.to}", *cc, f"Subject: {p.subject}", "", text]
        return "\n".join(lines).lstrip("\n")
    quoted = "\n".join(">" if not ln else ("> " + ln if not ln.startswith(">") else ">" + ln)
                       for ln in text.split("\n"))
    head = attribution(style, p, reply.date)
    if style in APPLE_CLIENTS:
        return "> " + head + "\n>\n" + quoted
    return head + "\n" + quoted


def render_text(m: Msg, parent: Msg | None) -> str:
    """The plain text of ``m``: its body with ``{quote}`` replaced by the quoted ``parent``.
    Also sets ``m.own`` (the body without the quote)."""
    body = m.body
    m.own = body.replace("{quote}", "").rstrip("\n") + "\n"
    if "{quote}" in body:
        body = body.replace("{quote}", quote_block(m.client, parent, m))
    return body.rstrip("\n") + "\n"


# --------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------


def _depth(line: str) -> tuple[int, str]:
    d = 0
    while line.startswith(">"):
        d += 1
        line = line[1:]
        if line.startswith(" "):
            line = line[1:]
    return d, line


def _inline(s: str) -> str:
    s = html.escape(s, quote=False)
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)


def text_to_html(text: str, client: str, profile: Profile) -> str:
    """The HTML alternative of a plain text as ``client`` would send it: paragraphs, ``>``
    quotes as nested ``<blockquote>``, links, wrapped in the client's page skeleton."""
    out: list[str] = []
    depth = 0
    para: list[str] = []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(_inline(x) for x in para) + "</p>")
            para.clear()

    for raw in text.rstrip("\n").split("\n"):
        d, line = _depth(raw)
        if d != depth:
            flush()
            while depth < d:
                out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;'
                           'border-left:1px solid #ccc;padding-left:1ex">')
                depth += 1
            while depth > d:
                out.append("</blockquote>")
                depth -= 1
        if line.strip() == "":
            flush()
        elif line == "-- " and profile.html_sig_break:
            flush()
            para.append("-- ")
        else:
            para.append(line)
    flush()
    out += ["</blockquote>"] * depth
    inner = "\n".join(out)
    if client.startswith("gmail"):
        return f'<div dir="ltr">\n{inner}\n</div>\n'
    if client == "helpdesk":
        return (f'<html><body style="{profile.html_helpdesk_style}">\n'
                f'<table width="100%"><tr><td>\n{inner}\n</td></tr></table>\n</body></html>\n')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n{profile.html_body_open}\n{inner}\n{profile.html_body_close}</html>\n')


# --------------------------------------------------------------------------------------
# MIME
# --------------------------------------------------------------------------------------


def encode_part(text: str, ctype: str, cte: str | None, extra: str = "") -> list[str]:
    """Content headers, a blank line and the payload of a text part. Without ``cte``:
    7bit for short-lined ASCII, else quoted-printable. ``extra`` is appended to the
    Content-Type value (e.g. ``; format=flowed``)."""
    data = text.encode("utf-8")
    ascii_only = all(b < 128 for b in data)
    if cte is None:
        cte = "7bit" if ascii_only and max(map(len, text.split("\n"))) <= 76 else "quoted-printable"
    charset = "us-ascii" if ascii_only and cte == "7bit" else "UTF-8"
    if cte == "7bit":
        payload = text
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    return [f'Content-Type: {ctype}; charset="{charset}"{extra}',
            f"Content-Transfer-Encoding: {cte}", "", payload.rstrip("\n")]


def attachment_part(mtype: str, name: str, data: bytes) -> list[str]:
    """Headers, a blank line and the base64 payload of an attachment."""
    b64 = base64.encodebytes(data).decode("ascii").rstrip("\n")
    return [f'Content-Type: {mtype}; name="{name}"',
            f'Content-Disposition: attachment; filename="{name}"',
            "Content-Transfer-Encoding: base64", "", b64]


def boundary(m: Msg, profile: Profile, n: int = 0) -> str:
    """The ``n``-th MIME boundary of ``m`` in the format of its mail client."""
    hx = h(f"{m.key}/{n}", profile.boundary_hex)
    if m.client.startswith("gmail"):
        return "0" * profile.gmail_boundary_zeros + hx[:16]
    if m.client in APPLE_CLIENTS:
        u = hx.upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:24]}"
    if m.client in OUTLOOK_CLIENTS:
        return f"_000_{profile.outlook_server}{hx[:14].upper()}_"
    return f"------------{hx}"


def mime_body(m: Msg, profile: Profile) -> tuple[list[str], list[str]]:
    """``(content header lines, body lines)`` of ``m`` by ``m.kind`` (plain, html or alt),
    wrapped in multipart/mixed when it has attachments."""
    text = m.text
    if m.kind == "plain":
        part = encode_part(text, "text/plain", m.cte)
        th, tl = part[:2], part[3:]
    elif m.kind == "html":
        part = encode_part(text_to_html(text, m.client, profile), "text/html",
                           m.cte or "quoted-printable")
        th, tl = part[:2], part[3:]
    else:
        b = boundary(m, profile, 1)
        tl = [f"--{b}", *encode_part(text, "text/plain", m.cte), "",
              f"--{b}", *encode_part(text_to_html(text, m.client, profile), "text/html",
                                      m.cte or "quoted-printable"), "", f"--{b}--"]
        th = [f'Content-Type: multipart/alternative; boundary="{b}"']
    if not m.attach:
        return th, tl
    b = boundary(m, profile, 0)
    lines = [f"--{b}", *th, "", *tl, ""]
    for mtype, name, data in m.attach:
        lines += [f"--{b}", *attachment_part(mtype, name, data), ""]
    lines.append(f"--{b}--")
    return [f'Content-Type: multipart/mixed; boundary="{b}"'], lines


# --------------------------------------------------------------------------------------
# Headers and the whole message
# --------------------------------------------------------------------------------------


def encode_header_value(name: str, value: str) -> str:
    """``value`` as it goes on the wire: unchanged if ASCII; RFC 2047 Q-encoded display
    names in address headers; B-encoded and folded otherwise (as Gmail/Outlook do)."""
    if all(ord(c) < 128 for c in value):
        return value
    if name.lower() in ("from", "to", "cc", "reply-to"):
        parts = []
        for disp, addr in email.utils.getaddresses([value]):
            if disp and not all(ord(c) < 128 for c in disp):
                parts.append(f"{email.header.Header(disp, QP_CHARSET).encode()} <{addr}>")
            else:
                parts.append(email.utils.formataddr((disp, addr)))
        return ", ".join(parts)
    return email.header.Header(value, "utf-8", header_name=name).encode(linesep="\n")


def thread_headers(m: Msg, by_key: dict[str, Msg]) -> list[tuple[str, str]]:
    """Message-ID, In-Reply-To and References of ``m`` (References from the parent's own
    References plus the parent, or from ``m.refs``); sets ``m.references``. A client that
    dropped the threading headers (``thread=False``) starts a new References chain."""
    out = [("Message-ID", m.message_id)] if m.message_id else []
    m.references = []
    if m.parent and m.thread:
        p = by_key[m.parent]
        refs = ([by_key[k].message_id for k in m.refs] if m.refs is not None
                else p.references + ([p.message_id] if p.message_id else []))
        m.references = [r for r in refs if r]
        if p.message_id:
            out.append(("In-Reply-To", p.message_id))
        if m.references:
            out.append(("References", "\n ".join(m.references)))
    return out


def build(m: Msg, headers: list[tuple[str, str]], by_key: dict[str, Msg], profile: Profile,
          received: Iterable[str] = (),
          mime: Callable[[Msg, Profile], tuple[list[str], list[str]]] = mime_body) -> bytes:
    """The raw message (LF line ends, ASCII) for ``m``, whose ``date`` and ``message_id``
    are set and whose parent is already built.

    ``received`` are the trace lines on top (Return-Path, Received, ...); ``headers`` the
    ``(name, value)`` pairs in order, with Message-ID and the threading headers inserted
    after Date; then the client's headers from ``profile.client_headers`` and the MIME
    structure from ``mime``. A message over ``profile.max_bytes`` is rebuilt quoting only the
    parent's own text. Fills in ``m.text``, ``m.own``, ``m.references``, ``m.raw_headers``.
    """
    parent = by_key[m.parent] if m.parent else None
    while True:
        m.text = render_text(m, parent)
        hdrs: list[tuple[str, str]] = []
        for name, value in headers:
            hdrs.append((name, value))
            if name.lower() == "date":
                hdrs += thread_headers(m, by_key)
        m.raw_headers = [(k, encode_header_value(k, v)) for k, v in hdrs]
        lines = [*received, *(f"{k}: {v}" for k, v in m.raw_headers)]
        topic = re.sub(r"^(?:(?:re|aw|fw|fwd|sv)\s*:\s*)+", "", m.subject, flags=re.I)
        for tmpl in profile.client_headers[m.client]:
            line = tmpl.format(
                topic=encode_header_value("Thread-Topic", topic),
                tindex=base64.b64encode(hashlib.sha256((m.frm + topic).encode()).digest()[:22]).decode(),
                hasattach="yes" if m.attach else "")
            lines.append(line.rstrip() if not line.endswith(": ") else line)
        ch, body = mime(m, profile)
        lines += ["MIME-Version: 1.0", *ch, "", *body]
        raw = "\n".join(lines).rstrip("\n") + "\n"
        if len(raw) > profile.max_bytes and "{quote}" in m.body and not m.short_quote:
            m.short_quote = True
            continue
        return raw.encode("ascii")


# --------------------------------------------------------------------------------------
# Tiny binary attachments
# --------------------------------------------------------------------------------------


def png(width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int]]) -> bytes:
    """A small valid RGB PNG whose pixel at ``(x, y)`` has the colour ``pixel(x, y)``."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row += bytes(pixel(x, y))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with a few lines of Helvetica text (Latin-1)."""
    stream = "BT /F1 11 Tf 56 780 Td 14 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


# --------------------------------------------------------------------------------------
# mbox and Maildir
# --------------------------------------------------------------------------------------


def asctime_utc(dt: datetime) -> str:
    """``dt`` in UTC as the asctime date of an mbox ``From `` line."""
    d = dt.astimezone(timezone.utc)
    return f"{DAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day:2d} {d:%H:%M:%S} {d.year}"


def mboxrd_escape(raw: bytes) -> bytes:
    """mboxrd quoting: one more ``>`` before every line matching ``^>*From ``."""
    return re.sub(rb"(?m)^(>*From )", rb">\1", raw)


def mbox_bytes(entries: Iterable[tuple[str, datetime, bytes]]) -> bytes:
    """An mboxrd file of ``(envelope sender, arrival date, raw message)`` entries."""
    out = bytearray()
    for sender, date, raw in entries:
        out += f"From {sender} {asctime_utc(date)}\n".encode()
        out += mboxrd_escape(raw) + b"\n"
    return bytes(out)


def write_maildir(root: Path, entries: Iterable[tuple[datetime, bytes, bool]], host: str) -> None:
    """Create the Maildir ``root`` and write ``(date, raw message, seen)`` entries in order:
    seen messages go to ``cur/`` with flag S, the others to ``new/``. File names are
    ``{epoch}.M{n}P{n}.{host}`` (n counts from 1) and the mtime is the message date."""
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    for seq, (date, raw, seen) in enumerate(entries, 1):
        epoch = int(date.timestamp())
        name = f"{epoch}.M{seq}P{seq}.{host}" + (":2,S" if seen else "")
        path = root / ("cur" if seen else "new") / name
        path.write_bytes(raw)
        os.utime(path, (epoch, epoch))


# --------------------------------------------------------------------------------------
# Reading back (validation)
# --------------------------------------------------------------------------------------


def read_back(mbox_path: Path, maildir_path: Path) -> tuple[list[email.message.EmailMessage],
                                                             list[email.message.EmailMessage]]:
    """The messages of the written mbox and Maildir, parsed with the default policy."""
    box = mailbox.mbox(str(mbox_path), create=False)
    inbox = [email.message_from_bytes(box.get_bytes(k), policy=email.policy.default) for k in box.keys()]
    box.close()
    md = mailbox.Maildir(str(maildir_path), factory=None, create=False)
    sent = [email.message_from_bytes(md.get_bytes(k), policy=email.policy.default) for k in md.keys()]
    return inbox, sent


def parse_problems(parsed: list[email.message.EmailMessage]) -> list[str]:
    """Problems of parsed messages: In-Reply-To/References to unknown ids, a Date that does
    not parse, text parts that do not decode, parser defects."""
    problems = []
    known = {p["Message-ID"] for p in parsed if p["Message-ID"]}
    for p in parsed:
        for name in ("In-Reply-To", "References"):
            for ref in (p[name] or "").split():
                if ref not in known:
                    problems.append(f"{p['Subject']}: {name} {ref} unknown")
        email.utils.parsedate_to_datetime(p["Date"])
        for part in p.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes QP/base64 and the charset
        if p.defects:
            problems.append(f"{p['Message-ID']}: defects {p.defects}")
    return problems


def round_trip_problem(m: Msg, parsed: email.message.EmailMessage, in_mbox: bool) -> str | None:
    """A problem if the plain text part of ``parsed`` does not decode back to ``m.text``
    (mboxrd quoting undone for a message read from an mbox)."""
    body = parsed.get_body(("plain",)).get_content()
    if in_mbox:
        body = re.sub(r"(?m)^>(>*From )", r"\1", body)
    if body.replace("\r\n", "\n").rstrip("\n") != m.text.rstrip("\n"):
        return f"{m.key}: plain text does not round-trip"
    return None


def render_corpus(msgs: Iterable[Msg], profile: Profile) -> list[Msg]:
    """Give every message its Message-ID (none when ``msgid`` is False, as some old clients
    send) and raw bytes (parents first) and return them in date order. Headers are From, To,
    Subject and Date, then the message's own ``extra`` lines."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = make_message_id(m, profile) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to), ("Subject", m.subject),
                   ("Date", email.utils.format_datetime(m.date))]
        m.raw = build(m, headers + m.extra, by_key, profile)
    return msgs


# --------------------------------------------------------------------------------------
# Labels recomputed from the facts (the generators' cross-check)
# --------------------------------------------------------------------------------------


AS_OF = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)
"""The audit time every labelled corpus is written for (its labels are true at that moment)."""
RULES = ("unanswered-question", "missed-follow-up", "customer-chased", "awaiting-reply",
         "slow-first-response", "reopened", "many-handoffs")
"""The report contract's rule names, in its order."""


@dataclass(frozen=True)
class Contract:
    """The audit time and settings a corpus is labelled under (the report contract's defaults)."""

    as_of: datetime
    response_target: timedelta = timedelta(hours=24)
    close_after: timedelta = timedelta(days=7)
    handoff_limit: int = 2


def counts_as_customer(m) -> bool:
    """A customer message that counts for status and timing: not automatic, not thanks-only.

    ``m`` is a generator's message with the facts ``role`` and ``thanks_only``."""
    return m.role == "customer" and not m.thanks_only


def contract_status(msgs: Iterable, contract: Contract) -> str:
    """The contract status of a case at ``contract.as_of`` from its messages' roles, dates and
    explicit closes (facts ``role``, ``thanks_only``, ``closes``, ``date``)."""
    msgs = sorted(msgs, key=lambda m: m.date)
    last_cust = max((m.date for m in msgs if counts_as_customer(m)), default=None)
    replies = [m for m in msgs if m.role == "agent"]
    if last_cust and not any(m.date > last_cust for m in replies):
        return "open"
    after = [m for m in replies if last_cust is None or m.date > last_cust]
    if any(m.closes for m in after):
        return "closed"
    return "closed" if contract.as_of - replies[-1].date >= contract.close_after else "pending"


def contract_rules(msgs: Iterable, contract: Contract) -> dict[str, int]:
    """Every rule count of a case recomputed from its messages' facts and dates, in the order
    the rules are found (facts ``uq``, ``promises`` as (deadline, key of the keeping message or
    None), ``chase``, ``closes``, ``agent``, plus those of :func:`contract_status`)."""
    msgs = sorted(msgs, key=lambda m: m.date)
    by_key = {m.key: m for m in msgs}
    agents = [m for m in msgs if m.role == "agent"]
    customers = [m for m in msgs if counts_as_customer(m)]
    out: dict[str, int] = {}

    def add(rule: str, n: int = 1) -> None:
        if n:
            out[rule] = out.get(rule, 0) + n

    add("unanswered-question", sum(len(m.uq) for m in msgs))
    missed = 0
    for m in agents:
        for deadline, kept in m.promises:
            if kept is None:
                missed += deadline < contract.as_of
            else:
                missed += by_key[kept].date > deadline
    add("missed-follow-up", missed)
    add("customer-chased", sum(1 for m in msgs if m.chase))
    if contract_status(msgs, contract) == "open" and contract.as_of - customers[-1].date > contract.response_target:
        add("awaiting-reply")
    if agents and customers and agents[0].date - customers[0].date > contract.response_target:
        add("slow-first-response")
    closed_at = [m.date for m in agents if m.closes]
    if closed_at and any(m.date > closed_at[0] for m in customers):
        add("reopened")
    if len({m.agent for m in agents}) > contract.handoff_limit:
        add("many-handoffs")
    return out


def corpus_labels(cases: Iterable, rules: Iterable[str], as_of: datetime, support_domain: str,
                  handoff_limit: int) -> dict:
    """The ground truth in the format of tests/eval/labels.json, from cases that carry ``msgs``
    (each with ``date``, ``key``, ``message_id`` and ``note``), ``name``, ``status``, ``rules``,
    ``uq``, ``lang`` and ``story``; shared by the labelled-corpus generators."""
    rules = tuple(rules)
    out = []
    for c in cases:
        msgs = sorted(c.msgs, key=lambda m: (m.date, m.key))
        entry = {
            "name": c.name,
            "message_ids": [m.message_id.strip("<>") if m.message_id else None for m in msgs],
            "status": c.status,
            "rules": {r: c.rules[r] for r in rules if c.rules.get(r)},
            "unanswered_questions": c.uq,
            "lang": c.lang,
            "story": c.story,
        }
        notes = [m.note for m in msgs if not m.message_id]
        if notes:
            entry["null_id_notes"] = notes
        out.append(entry)
    return {"as_of": as_of.isoformat(), "support_domain": support_domain,
            "settings": {"response_target_hours": 24, "follow_up_window_days": 2,
                         "close_after_days": 7, "handoff_limit": handoff_limit},
            "cases": out}


def cases_table(title: str, script: str, rows: Iterable[tuple[str, str, str, str, int, str, dict, str]]) -> str:
    """CASES.md of a labelled corpus: one row per case (name, language, customer, client,
    messages, status, rules with counts, story), generated next to labels.json."""
    lines = []
    for name, lang, customer, client, messages, status, case_rules, story in rows:
        rules = ", ".join(f"{r} x{n}" if n > 1 else r for r, n in case_rules.items()) or "clean"
        lines.append(f"| {name} | {lang} | {customer} | {client} | {messages} | {status} | {rules} | {story} |")
    return (f"# {title}\n\n"
            f"Generated by `scripts/{script}` from the same data as `labels.json` "
            "(do not edit by hand). See README.md for the labelling conventions.\n\n"
            "| case | lang | customer | client | msgs | status | rules that must fire | story |\n"
            "| --- | --- | --- | --- | --- | --- | --- | --- |\n" + "\n".join(lines) + "\n")
