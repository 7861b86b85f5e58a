"""Turn one raw message's bytes into a ``Message``: guarded headers, a sane date, the new text.

This and ``fastparse`` are the only modules that use the ``email`` package, so a faster
parser can replace ``parse_message`` without touching threading, the audit or the reports.
Ordinary mail takes ``fastparse.scan_message`` (a byte-level scan, several times faster);
anything it declines takes the stdlib parser below, with the same result either way.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses

from happyaudit.automatic import AUTOMATIC_HEADERS, detect_automatic
from happyaudit.dates import as_utc, parse_mail_date
from happyaudit.fastparse import CONTROL_CHARS as _CONTROL_CHARS
from happyaudit.fastparse import WANTED_HEADERS, scan_message
from happyaudit.fastparse import disposition as _disposition
from happyaudit.fastparse import part_filename as _part_filename
from happyaudit.htmltext import html_to_text
from happyaudit.model import Message, RawMessage, Skipped
from happyaudit.quotes import split_reply

MAX_HEADER_VALUE = 16_384
"""Longest header value read; a 20,000-id References header is cut, not choked on."""
MAX_BODY_CHARS = 200_000
"""Body text kept for quote stripping; beyond this a mail is an attachment dump, not prose."""
MAX_NEW_TEXT_CHARS = 20_000
MAX_MIME_PARTS = 200
MAX_MIME_DEPTH = 12
MAX_MIME_CONTAINERS = 200
"""More multipart or message/* containers than this is hostile nesting: the stdlib parser
recurses once per level and takes seconds, then fails, on a 1,000-deep message."""
MAX_PART_BYTES = 1_000_000
"""Bytes of one MIME part's content handed to the parser in a big message; the text kept
(``MAX_BODY_CHARS``) fits well inside, attachments are only listed by name."""
MAX_BOUNDARY_LINES = 1_000
"""``--`` lines read in one message; the stdlib parser slows sharply with thousands of parts."""
MAX_PARSED_BYTES = 16_000_000
"""Hard cap on what reaches the parser, whatever the message's shape."""
COMPACT_ABOVE = 2_000_000
"""Messages larger than this are compacted before parsing (see ``_compact``)."""
EARLIEST_PLAUSIBLE = datetime(1990, 1, 1, tzinfo=timezone.utc)
LATEST_PLAUSIBLE = datetime(2200, 1, 1, tzinfo=timezone.utc)
"""A Date after this is a broken clock or a forgery (and year 9999 overflows date arithmetic)."""
FUTURE_TOLERANCE = timedelta(days=1)

_ID_IN_BRACKETS = re.compile(r"<([^<>\s]{1,998})>")
_BARE_ID = re.compile(r"[^\s<>,;\"]+@[^\s<>,;\"]+")
_LABEL_SPLIT = re.compile(r"[,\s]+")
_CONTAINER_TYPE = re.compile(rb"^content-type:\s*(?:multipart|message)/", re.IGNORECASE | re.MULTILINE)
_BOUNDARY_LINE = re.compile(rb"^--[^\n]*(?:\n|$)", re.MULTILINE)
_HEAD_END = re.compile(rb"\r?\n\r?\n")
"""The blank line that ends a message's header (``_head_end`` finds it faster)."""
_IDENTITY_LINE = re.compile(
    rb"\n(?![ \t])([ \t\r\x0b\x0c]*(?:message-id|date|from|subject|to)[ \t\r\x0b\x0c]*(?::[^\n]*)?)(?=\n|\Z)",
    re.IGNORECASE,
)
"""A header line (after a "\\n") of one of the headers that make a message's identity: not a
continuation line, and with that name before its first colon, or as the whole line, once
stripped of ASCII whitespace (what ``bytes.strip`` removes). One regex pass over the header
instead of splitting, stripping and lower-casing every line."""
_TRAILING_SPACE = frozenset(b" \t\n\r\x0b\x0c")
_HASH_CHUNK = 1 << 20

_PARSER = BytesParser(policy=policy.default)


def parse_message(raw: RawMessage) -> Message | Skipped:
    """Parse ``raw`` into a ``Message``, or say in a ``Skipped`` why it cannot be audited.

    Never raises on malformed input: every header read is guarded and a message that has
    no usable date (header, envelope or ``Received``) is skipped with that reason.
    """
    return _parse(raw, fast=True)


def _parse(raw: RawMessage, fast: bool) -> Message | Skipped:
    """``parse_message``; ``fast=False`` forces the stdlib path (the equivalence tests)."""
    data, size_defects = _compact(raw.data)
    containers = _count_containers(data)
    if containers > MAX_MIME_CONTAINERS:
        return Skipped(raw.origin, f"MIME nested too deeply (more than {MAX_MIME_CONTAINERS} multipart or message parts)")
    scanned = scan_message(data) if fast and not size_defects else None
    if scanned is not None:
        headers, body, attachments = scanned
        defects: list[str] = []
    else:
        try:
            msg = _PARSER.parsebytes(data)
        except Exception as exc:  # the email package documents no exception set; be total
            return Skipped(raw.origin, f"not a parseable e-mail message ({type(exc).__name__})")
        del data
        if not msg.keys():
            return Skipped(raw.origin, "no headers: not an e-mail message")
        defects = [type(d).__name__ for d in msg.defects[:10]] + size_defects
        headers = _first_headers(msg)
        body = None

    date, date_source = _message_date(headers, raw.envelope_date)
    if date is None:
        return Skipped(raw.origin, "no usable date (Date, envelope and Received all missing or invalid)")

    from_name, from_addr = _first_address(headers, "from")
    subject = _decoded_header(headers, "subject")
    message_id = _first_id(_raw_header(headers, "message-id"))
    content_hash = _content_hash(raw.data)
    synthetic = message_id is None
    if message_id is None:
        message_id = f"synthetic-{content_hash[:20]}@happyaudit.invalid"

    if body is None:
        body, attachments = _body_text(msg, defects)
    split = split_reply(body)
    automatic_headers = {  # most of these headers are absent: test that before decoding
        name: value for name in AUTOMATIC_HEADERS if name in headers and (value := _decoded_header(headers, name))
    }
    automatic = detect_automatic(automatic_headers, from_addr, subject, split.new_text)

    return Message(
        message_id=message_id,
        subject=subject,
        from_addr=from_addr,
        date=date,
        origin=raw.origin,
        from_name=from_name,
        to_addrs=_addresses(headers, "to"),
        cc_addrs=_addresses(headers, "cc"),
        reply_to=_addresses(headers, "reply-to"),
        in_reply_to=_ids(_raw_header(headers, "in-reply-to")),
        references=_ids(_raw_header(headers, "references")),
        synthetic_id=synthetic,
        date_source=date_source,
        new_text=split.new_text[:MAX_NEW_TEXT_CHARS],
        quoted_lines=split.quoted_lines,
        automatic=automatic,
        labels=_labels(headers, raw.flags),
        attachments=tuple(attachments),
        content_hash=content_hash,
        defects=tuple(defects),
    )


def _compact(data: bytes) -> tuple[bytes, list[str]]:
    """What the parser gets of a big or part-heavy message, and the defects that records.

    Keeps the message header and every ``--`` (boundary) line but at most
    ``MAX_PART_BYTES`` of each part's content, reads at most ``MAX_BOUNDARY_LINES``
    boundaries, and never more than ``MAX_PARSED_BYTES`` in all: the stdlib parser holds
    several copies of what it reads, so a 50 MB attachment would otherwise cost ~400 MB.
    """
    if len(data) <= COMPACT_ABOVE and data.count(b"\n--") <= MAX_BOUNDARY_LINES:
        return data, []
    end_of_head = _head_end(data)
    start = end_of_head[1] if end_of_head else len(data)
    pieces: list[bytes] = [data[:start]]  # the message's own header stays whole
    defects: list[str] = []
    boundaries = 0
    for match in _BOUNDARY_LINE.finditer(data, start):
        pieces.append(_part_prefix(data, start, match.start(), defects))
        boundaries += 1
        if boundaries > MAX_BOUNDARY_LINES:
            defects.append("TooManyBoundaryLines")
            start = len(data)
            break
        pieces.append(match.group())
        start = match.end()
    pieces.append(_part_prefix(data, start, len(data), defects))
    compacted = b"".join(pieces)
    if len(compacted) > MAX_PARSED_BYTES:
        compacted = compacted[:MAX_PARSED_BYTES]
        defects.append("MessageTruncated")
    return compacted, list(dict.fromkeys(defects))


def _part_prefix(data: bytes, start: int, end: int, defects: list[str]) -> bytes:
    """``data[start:end]``, cut to ``MAX_PART_BYTES`` at a line end where one is near."""
    if end - start <= MAX_PART_BYTES:
        return data[start:end]
    defects.append("PartTruncated")
    cut = data.rfind(b"\n", start, start + MAX_PART_BYTES)
    stop = cut + 1 if cut > start else start + MAX_PART_BYTES
    return data[start:stop] + (b"" if stop > start and data[stop - 1:stop] == b"\n" else b"\n")


def _head_end(data: bytes) -> tuple[int, int] | None:
    """(start, end) of ``_HEAD_END.search(data)``'s match, or ``None``: the first "\\n" followed by
    an optional "\\r" and a "\\n", with the "\\r" before it. ``bytes.find`` jumps to it where the
    regex, which can start with either byte, tries every position of the header."""
    lf = data.find(b"\n\n")
    crlf = data.find(b"\n\r\n", 0, len(data) if lf < 0 else lf + 2)
    first = crlf if crlf >= 0 else lf
    if first < 0:
        return None
    start = first - 1 if first > 0 and data[first - 1] == 13 else first
    return start, first + (2 if data[first + 1] == 10 else 3)


def _count_containers(data: bytes) -> int:
    """Multipart and message/* Content-Type headers, counted up to one past the limit (0 when
    the message has too few colons to hold more than the limit)."""
    if data.count(b":") <= MAX_MIME_CONTAINERS:
        return 0  # each such header has its own colon: under the limit, the count is moot
    count = 0
    for _ in _CONTAINER_TYPE.finditer(data):
        count += 1
        if count > MAX_MIME_CONTAINERS:
            break
    return count


Headers = dict[str, str]
"""Lower-case name → raw value of the first header of that name (``WANTED_HEADERS`` only)."""


def _first_headers(msg: EmailMessage) -> Headers:
    """The raw value of the first header of each wanted name, bypassing the policy's parser."""
    found: Headers = {}
    for key, value in msg.raw_items():
        name = key.lower()
        if name in WANTED_HEADERS and name not in found:
            found[name] = value if isinstance(value, str) else str(value)
    return found


def _raw_header(headers: Headers, name: str) -> str:
    """The header's raw text (unfolded), with raw 8-bit bytes read as UTF-8 (RFC 6532).

    Both parsers hand 8-bit header bytes over as surrogate escapes; left in, they would
    reach the reports as lone surrogates that no encoder can write. Bytes that are not
    UTF-8 become U+FFFD.
    """
    text = headers.get(name)
    if not text:
        return ""
    if not text.isascii():
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text.replace("\r", "").replace("\n", " ")[:MAX_HEADER_VALUE]


def _decoded_header(headers: Headers, name: str) -> str:
    """Header text with RFC 2047 words decoded and control characters removed."""
    raw = _raw_header(headers, name)
    if not raw:
        return ""
    if "=?" not in raw:
        text = raw  # decode_header finds no encoded word, and make_header gives ``raw`` back
    else:
        try:
            text = str(make_header(decode_header(raw)))
        except Exception:  # bad encoded words or unknown charsets: keep the raw text
            text = raw
    return " ".join(_CONTROL_CHARS.sub("", text).split())


def _first_address(headers: Headers, name: str) -> tuple[str, str]:
    """(display name, lower-case address) of the header's first address, ``("", "")`` if none."""
    pairs = _address_pairs(headers, name)
    return pairs[0] if pairs else ("", "")


def _addresses(headers: Headers, name: str) -> tuple[str, ...]:
    """Every lower-case address in the header, in order, without duplicates."""
    return tuple(dict.fromkeys(addr for _, addr in _address_pairs(headers, name)))


def _address_pairs(headers: Headers, name: str) -> tuple[tuple[str, str], ...]:
    raw = _raw_header(headers, name)
    return _parsed_addresses(raw) if raw else ()


@lru_cache(maxsize=8192)
def _parsed_addresses(raw: str) -> tuple[tuple[str, str], ...]:
    """(display name, lower-case address) pairs of one header value; cached, since the same
    To/From values recur across a mailbox and ``getaddresses`` is slow."""
    try:
        pairs = getaddresses([raw])
    except Exception:  # getaddresses is lenient, but be total for hostile input
        return ()
    result = []
    for display, addr in pairs:
        addr = addr.strip().lower()
        if "@" not in addr:
            continue
        try:
            display = str(make_header(decode_header(display))) if display else ""
        except Exception:
            pass
        result.append((" ".join(_CONTROL_CHARS.sub("", display).split()), addr))
    return tuple(result)


def _first_id(raw: str) -> str | None:
    ids = _ids(raw)
    return ids[0] if ids else None


def _ids(raw: str) -> tuple[str, ...]:
    """Message ids in a Message-ID / In-Reply-To / References value, brackets removed.

    Falls back to bare ``local@domain`` tokens, which some clients write without brackets.
    """
    if not raw:
        return ()
    found = _ID_IN_BRACKETS.findall(raw) or _BARE_ID.findall(raw)
    return tuple(dict.fromkeys(found))


def _message_date(headers: Headers, envelope: datetime | None) -> tuple[datetime | None, str]:
    """The time the message was written, from Date, else the envelope, else Received.

    A Date before 1990 or more than a day after the envelope date is absurd (a broken
    clock or a forged header) and loses to the envelope.
    """
    header_date = parse_mail_date(_raw_header(headers, "date"))
    envelope = as_utc(envelope) if envelope else None
    if header_date is not None and _plausible(header_date, envelope):
        return header_date, "header"
    if envelope is not None and envelope >= EARLIEST_PLAUSIBLE:
        return envelope, "envelope"
    received = _received_date(headers)
    if received is not None:
        return received, "received"
    if header_date is not None and EARLIEST_PLAUSIBLE <= header_date < LATEST_PLAUSIBLE:
        return header_date, "header"
    return None, ""


def _plausible(date: datetime, envelope: datetime | None) -> bool:
    if not EARLIEST_PLAUSIBLE <= date < LATEST_PLAUSIBLE:
        return False
    return envelope is None or date <= envelope + FUTURE_TOLERANCE


def _received_date(headers: Headers) -> datetime | None:
    """Date of the newest ``Received`` header (the one the receiving server added)."""
    text = headers.get("received", "")
    if ";" in text:
        return parse_mail_date(text.rsplit(";", 1)[1])
    return None


def _body_text(msg: EmailMessage, defects: list[str]) -> tuple[str, list[str]]:
    """The readable text of the message (plain preferred, HTML converted) and attachment names."""
    attachments: list[str] = []
    text_part = None
    html_part = None
    for part in _leaf_parts(msg, defects):
        content_type = part.get_content_type()
        filename = _part_filename(part)
        if filename or _disposition(part) == "attachment" or content_type == "message/rfc822":
            attachments.append(filename or content_type)
            continue
        if content_type == "text/plain" and text_part is None:
            text_part = part
        elif content_type == "text/html" and html_part is None:
            html_part = part
    text = ""
    if text_part is not None:
        text = _part_text(text_part, defects)
    if not text.strip() and html_part is not None:
        text = html_to_text(_part_text(html_part, defects))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text[:MAX_BODY_CHARS], attachments


def _leaf_parts(msg: EmailMessage, defects: list[str]):
    """Leaf MIME parts in order, bounded in depth and count; forwarded mails stay whole."""
    stack = [(msg, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > MAX_MIME_PARTS:
            defects.append("TooManyMimeParts")
            return
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            if depth >= MAX_MIME_DEPTH:
                defects.append("MimeTooDeep")
                continue
            try:
                children = part.get_payload()
            except Exception:
                continue
            if isinstance(children, list):
                stack.extend((child, depth + 1) for child in reversed(children))
            continue
        yield part


def _part_text(part: EmailMessage, defects: list[str]) -> str:
    """Decoded text of a leaf part; unknown charsets and broken encodings degrade, never raise."""
    try:
        return part.get_content()
    except Exception:
        defects.append("UndecodableText")
    try:
        payload = part.get_payload(decode=True) or b""
    except Exception:
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except (LookupError, ValueError):  # unknown charset, or a name with a NUL in it
        return payload.decode("utf-8", errors="replace")


def _labels(headers: Headers, flags: tuple[str, ...]) -> tuple[str, ...]:
    """Lower-case labels and keywords from Gmail exports, X-Keywords and the source's flags."""
    labels: list[str] = []
    for name in ("x-gmail-labels", "x-keywords", "keywords", "x-label"):
        value = _decoded_header(headers, name)
        if value:
            separator = "," if "," in value else None
            labels.extend(p.strip().strip('"') for p in (value.split(separator)))
    labels.extend(flags)
    return tuple(dict.fromkeys(label.lower() for label in labels if label))


def _content_hash(data: bytes) -> str:
    """Hash of what makes a message the same message: its identity headers and its body.

    Container bookkeeping (mbox ``Status``/``X-Status``, client flag headers, line
    endings) differs between an inbox export and a Maildir copy of one message and must
    not make them two messages.
    """
    end_of_head = _head_end(data)
    head = data[: end_of_head[0]] if end_of_head else data
    body_start = end_of_head[1] if end_of_head else len(data)
    identity = _IDENTITY_LINE.findall(b"\n" + head.replace(b"\r\n", b"\n"))
    digest = hashlib.blake2b(digest_size=16)
    for line in sorted(identity):
        digest.update(line.strip() + b"\n")
    _hash_body(digest, data, body_start)
    return digest.hexdigest()


def _hash_body(digest, data: bytes, start: int) -> None:
    """Feed ``data[start:]`` with CRLF as LF and trailing whitespace dropped, in chunks.

    The same bytes as ``data[start:].replace(b"\\r\\n", b"\\n").rstrip()`` without two
    whole-body copies of a 50 MB message.
    """
    end = len(data)
    while end > start and data[end - 1] in _TRAILING_SPACE:
        end -= 1
    view = memoryview(data)
    position = start
    while position < end:
        stop = min(position + _HASH_CHUNK, end)
        while stop < end and data[stop - 1] == 13:  # keep a CR with the LF after it
            stop += 1
        if data.find(b"\r", position, stop) < 0:
            digest.update(view[position:stop])  # nothing to replace: hash the bytes in place
        else:
            digest.update(bytes(view[position:stop]).replace(b"\r\n", b"\n"))
        position = stop
