"""Turn one raw message's bytes into a ``Message``: guarded headers, a sane date, the new text.

This, ``fastparse`` and ``headers`` are the only modules that use the ``email`` package, so a
faster parser can replace ``parse_message`` without touching threading, the audit or the reports.
Ordinary mail takes ``fastparse.scan_message`` (a byte-level scan, several times faster);
anything it declines takes the stdlib parser below, with the same result either way.
"""

from __future__ import annotations

import hashlib
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from happyaudit.automatic import AUTOMATIC_HEADERS, detect_automatic
from happyaudit.fastparse import WANTED_HEADERS, scan_message
from happyaudit.fastparse import disposition as _disposition
from happyaudit.fastparse import part_filename as _part_filename
from happyaudit.headers import (
    Headers,
    addresses,
    decoded_header,
    first_address,
    first_id,
    ids,
    labels,
    message_date,
    raw_header,
)
from happyaudit.htmltext import html_to_text
from happyaudit.model import Message, RawMessage, Skipped
from happyaudit.quotes import split_reply

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


def parse_message_row(raw: RawMessage) -> tuple | Skipped:
    """``parse_message`` as a ``message_row``, the form in which a worker sends it: building
    the frozen dataclass only to take it apart again cost 5 µs a message (0.05 s per 10k)."""
    return _parse_row(raw, fast=True)


def _parse(raw: RawMessage, fast: bool) -> Message | Skipped:
    """``parse_message``; ``fast=False`` forces the stdlib path (the equivalence tests)."""
    row = _parse_row(raw, fast)
    return row if isinstance(row, Skipped) else Message(*row)


def _parse_row(raw: RawMessage, fast: bool) -> tuple | Skipped:
    """``message_row`` of ``_parse``'s message, or its ``Skipped``."""
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

    date, date_source = message_date(headers, raw.envelope_date)
    if date is None:
        return Skipped(raw.origin, "no usable date (Date, envelope and Received all missing or invalid)")

    from_name, from_addr = first_address(headers, "from")
    subject = decoded_header(headers, "subject")
    message_id = first_id(raw_header(headers, "message-id"))
    content_hash = _content_hash(raw.data)
    synthetic = message_id is None
    if message_id is None:
        message_id = f"synthetic-{content_hash[:20]}@happyaudit.invalid"

    if body is None:
        body, attachments = _body_text(msg, defects)
    split = split_reply(body)
    automatic_headers = {  # most of these headers are absent: test that before decoding
        name: value for name in AUTOMATIC_HEADERS if name in headers and (value := decoded_header(headers, name))
    }
    automatic = detect_automatic(automatic_headers, from_addr, subject, split.new_text)

    return (  # Message's fields, in their order (``message_row``)
        message_id,
        subject,
        from_addr,
        date,
        raw.origin,
        from_name,
        addresses(headers, "to"),
        addresses(headers, "cc"),
        addresses(headers, "reply-to"),
        ids(raw_header(headers, "in-reply-to")),
        ids(raw_header(headers, "references")),
        synthetic,
        date_source,
        split.new_text[:MAX_NEW_TEXT_CHARS],
        split.quoted_lines,
        automatic,
        labels(headers, raw.flags),
        tuple(attachments),
        content_hash,
        tuple(defects),
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


def _first_headers(msg: EmailMessage) -> Headers:
    """The raw value of the first header of each wanted name, bypassing the policy's parser."""
    found: Headers = {}
    for key, value in msg.raw_items():
        name = key.lower()
        if name in WANTED_HEADERS and name not in found:
            found[name] = value if isinstance(value, str) else str(value)
    return found


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
