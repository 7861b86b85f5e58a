"""A byte-level fast path for ordinary messages, giving exactly what the stdlib path gives.

Why this is hand-written: the profile of a 10,000-message audit (benchmarks/PROFILE.md,
lever 3) showed ``BytesParser(policy=policy.default)`` plus the MIME walk costing about
31 % of the run, 22 % of it spent building ``policy.default`` header objects
(``HeaderRegistry`` makes a new class per fetch, and ``get_content_type`` alone ran 13
times per message), while the audit reads only a dozen headers and one text part. Here the
header block is scanned once, only the headers ``parse_message`` and ``AUTOMATIC_HEADERS``
read are kept (as the same raw strings ``Message.raw_items()`` would give), and the body is
cut out by boundary scanning: only the chosen text part is decoded, attachments are listed
by name and never decoded.

Equivalence with the stdlib path is the contract (tests/test_fastparse_equivalence.py):
``scan_message`` accepts only input whose stdlib parse it reproduces exactly (a strict
header grammar, simple MIME parameters, well-formed boundaries, known transfer encodings
and charsets, shallow nesting, no ``message/*`` parts) and returns ``None`` for anything
else, which then takes the stdlib path and behaves exactly as tested on hostile mail.
Decoding reuses the stdlib's own primitives (``quopri``, ``email._encoded_words.decode_b``,
``bytes.decode(charset, "replace")``); attachment names and dispositions are read by the
stdlib's ``get_filename`` / ``get_content_disposition`` on a header-only message.
"""

from __future__ import annotations

import quopri
import re
from email import policy
from email._encoded_words import decode_b
from email.message import EmailMessage
from functools import lru_cache

from happyaudit.automatic import AUTOMATIC_HEADERS
from happyaudit.htmltext import html_to_text

MAX_BODY_CHARS = 200_000
MAX_FAST_DEPTH = 4
"""Multipart nesting the fast path follows; deeper mail takes the stdlib path."""
MAX_FAST_PARTS = 60
"""MIME parts (leaves and containers) the fast path handles; more take the stdlib path."""

WANTED_HEADERS = frozenset({
    "from", "subject", "message-id", "date", "received", "to", "cc", "reply-to", "in-reply-to",
    "references", "x-gmail-labels", "x-keywords", "keywords", "x-label", "content-type",
    "content-transfer-encoding", "content-disposition", *AUTOMATIC_HEADERS,
})
"""Every header ``parse_message`` reads; its first occurrence is kept, as ``msg.get`` does."""
_PART_HEADERS = frozenset({"content-type", "content-transfer-encoding", "content-disposition"})

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# One header field: a name the stdlib's headerRE accepts (no space, no colon, so never a
# ``From `` envelope line), the value after ``[ \t]*`` and its continuation lines.
_FIELD = re.compile(r"([\x21-\x39\x3b-\x7e]+):[ \t]*(.*\n(?:[ \t].*\n)*)")
# A whole block of such fields. A line starting with a space or tab can only continue a field
# (a name has neither), so the block splits into fields one way only: where it matches, the
# fields ``_FIELD.findall`` finds are the block's fields, one after another, with no gap.
_FIELD_BLOCK = re.compile(r"(?:[\x21-\x39\x3b-\x7e]+:.*\n(?:[ \t].*\n)*)*")
_TOKEN = r"[A-Za-z0-9!#$%&'*+.^_`{|}~-]+"
_CONTENT_TYPE = re.compile(rf"({_TOKEN})/({_TOKEN})")
# One parameter: a plain name (no RFC 2231 ``*``) and a token or a simple quoted string
# (no quotes, backslashes, angle brackets, semicolons or encoded words inside).
_PARAM = re.compile(rf'[ \t]*;[ \t]*([A-Za-z0-9_.-]+)=(?:({_TOKEN})|"([\x20\x21\x23-\x3a\x3d\x3f-\x5b\x5d-\x7e]*)")')
_TRAILER = re.compile(r"[ \t]*;?[ \t]*\Z")
_PLAIN_CTE = frozenset({"", "7bit", "8bit", "binary"})
_KNOWN_CTE = _PLAIN_CTE | {"quoted-printable", "base64"}
_BOUNDARY_REST = re.compile(rb"(--)?[ \t]*\r?\n?\Z")
_AMBIGUOUS_TAIL = re.compile(rb"(--)?[ \t]*")


class Decline(Exception):
    """The message is not ordinary enough for the fast path; use the stdlib parser."""


class _Part:
    __slots__ = ("end", "headers", "start")

    def __init__(self, headers: dict[str, str], start: int, end: int) -> None:
        self.headers = headers
        self.start = start
        self.end = end


def scan_message(data: bytes) -> tuple[dict[str, str], str, list[str]] | None:
    """(first raw value of each wanted header, body text, attachment names), or ``None``.

    ``None`` means "decline": the caller must use the stdlib path. The header values are
    what ``EmailMessage.raw_items()`` gives for the message's first header of each name.
    """
    try:
        return _scan(data)
    except Decline:
        return None
    except (ValueError, LookupError, TypeError, UnicodeError):  # be total: decline, never raise
        return None


def _scan(data: bytes):
    headers, body_start = _header_block(data, 0, len(data), WANTED_HEADERS, top=True)
    if not headers:
        raise Decline  # no header kept here: let the stdlib judge (it may have others)
    leaves: list[_Part] = []
    top = _Part(headers, body_start, len(data))
    ctype, params = _content_type(headers)
    if ctype.startswith("multipart/"):
        if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
            raise Decline  # a bare CR is a line break to the stdlib parser
        _check_container_cte(headers)
        _multipart(data, top, params, (), 0, leaves, [0])
    else:
        leaves.append(top)
    return headers, *_body_text(data, leaves)


def _header_block(data: bytes, start: int, end: int, wanted, top: bool = False) -> tuple[dict[str, str], int]:
    """Raw header values of the block at ``data[start:]`` and where its body starts.

    Only blocks where every line is a header field or a continuation and a blank line
    ends them are accepted (a part's block may also end at the part's end): there, the
    stdlib parser reads exactly these lines as headers and records no defect.
    """
    cut = _blank_line(data, start, end)
    if cut is None:
        if top:
            raise Decline  # headers up to EOF, or none: rare, leave it to the stdlib
        head_end = body_start = end
    else:
        head_end, body_start = cut
    head = data[start:head_end]
    if b"\r" in head and head.count(b"\r") != head.count(b"\r\n"):
        raise Decline
    text = head.decode("ascii", "surrogateescape")
    if _FIELD_BLOCK.fullmatch(text) is None:
        raise Decline
    found: dict[str, str] = {}
    for name, value in _FIELD.findall(text):  # two regex passes in C instead of one match per field
        name = name.lower()
        if name in wanted and name not in found:
            found[name] = value.rstrip("\r\n")
    return found, body_start


def _blank_line(data: bytes, start: int, end: int) -> tuple[int, int] | None:
    """(end of the header lines, start of the body) at the first empty line, or ``None``."""
    if data.startswith(b"\n", start) or data.startswith(b"\r\n", start):
        return start, start + (1 if data[start] == 10 else 2)
    lf = data.find(b"\n\n", start, end)
    # Only a CRLF blank line before ``lf`` can win: don't search the rest of the message for one.
    crlf = data.find(b"\n\r\n", start, end if lf < 0 else lf + 2)
    if lf < 0 and crlf < 0:
        return None
    if crlf < 0 or 0 <= lf < crlf:
        return lf + 1, lf + 2
    return crlf + 1, crlf + 3


def _unfolded(value: str) -> str:
    """The value the stdlib's header objects parse: line breaks removed."""
    return value.replace("\r", "").replace("\n", "")


def _content_type(headers: dict[str, str]) -> tuple[str, dict[str, str]]:
    """(lower-case type, lower-case-named parameters) of a simple Content-Type, else Decline.

    The parameters are shared between calls: read them, never change them.
    """
    raw = headers.get("content-type")
    if raw is None:
        return "text/plain", {}
    if len(raw) > _CACHED_CONTENT_TYPE_CHARS:
        return _parsed_content_type(raw)
    return _cached_content_type(raw)


_CACHED_CONTENT_TYPE_CHARS = 500
"""Longest Content-Type value cached: ordinary ones are far shorter, and a hostile one stays out."""


def _parsed_content_type(raw: str) -> tuple[str, dict[str, str]]:
    """``_content_type`` of one raw value."""
    value = _unfolded(raw)
    main = _CONTENT_TYPE.match(value)
    if main is None or "=?" in value:
        raise Decline
    params: dict[str, str] = {}
    position = main.end()
    while True:
        param = _PARAM.match(value, position)
        if param is None:
            break
        params.setdefault(param.group(1).lower(), param.group(2) if param.group(2) is not None else param.group(3))
        position = param.end()
    if not _TRAILER.match(value, position):
        raise Decline
    ctype = f"{main.group(1)}/{main.group(2)}".lower()
    if ctype.startswith("message/") or ctype == "multipart/digest":
        raise Decline  # parsed as nested messages by the stdlib: not ordinary
    return ctype, params


_cached_content_type = lru_cache(maxsize=1024)(_parsed_content_type)
"""``_parsed_content_type``, cached: each part's type is read several times per message, and the
same values recur across a mailbox. A Decline is raised again on each call, never cached."""


def _cte(headers: dict[str, str]) -> str:
    raw = headers.get("content-transfer-encoding")
    if raw is None:
        return ""
    value = _unfolded(raw).lower()
    if value not in _KNOWN_CTE:
        raise Decline
    return value


def _check_container_cte(headers: dict[str, str]) -> None:
    if _cte(headers) not in _PLAIN_CTE:
        raise Decline  # InvalidMultipartContentTransferEncodingDefect in the stdlib


def _multipart(data: bytes, part: _Part, params: dict[str, str], outer: tuple[bytes, ...],
               depth: int, leaves: list[_Part], count: list[int]) -> None:
    """Append the leaves of a well-formed multipart body ``data[part.start:part.end]``.

    Mirrors the stdlib feed parser: parts are separated by ``--boundary`` lines (the
    newline before a boundary belongs to it), and a line matching an enclosing boundary
    ends the part early, which here (a missing close boundary) means Decline.
    """
    if depth >= MAX_FAST_DEPTH:
        raise Decline
    boundary_text = params.get("boundary")
    if boundary_text is None or not boundary_text.rstrip():
        raise Decline
    boundary = boundary_text.rstrip().encode("ascii")
    if any(_ambiguous(o, boundary) for o in outer):
        raise Decline  # one boundary line could match two levels
    active = (*outer, boundary)
    line = _next_boundary(data, part.start, part.end, active)
    if line is None or line[2] != boundary or line[3]:
        raise Decline  # no start boundary (or the close boundary first)
    position = line[1]
    while True:
        count[0] += 1
        if count[0] > MAX_FAST_PARTS:
            raise Decline
        following = _next_boundary(data, position, part.end, active)
        if following is None:
            raise Decline  # no close boundary
        if following[0] == position:
            raise Decline  # consecutive boundary lines: the stdlib swallows them
        sub_headers, body_start = _header_block(data, position, following[0], _PART_HEADERS)
        sub = _Part(sub_headers, min(body_start, following[0]), following[0])
        ctype, sub_params = _content_type(sub_headers)
        if ctype.startswith("multipart/"):
            _check_container_cte(sub_headers)
            _multipart(data, sub, sub_params, active, depth + 1, leaves, count)
        else:
            if data[sub.end - 2:sub.end] == b"\r\n" and sub.end - 2 >= sub.start:
                sub.end -= 2
            elif data[sub.end - 1:sub.end] == b"\n" and sub.end - 1 >= sub.start:
                sub.end -= 1
            leaves.append(sub)
        if following[2] != boundary:
            raise Decline  # an enclosing boundary ended this multipart early
        position = following[1]
        if following[3]:
            return  # close boundary; the epilogue runs to an enclosing boundary or the end


def _ambiguous(one: bytes, other: bytes) -> bool:
    """Whether a single line can be a boundary line of both ``one`` and ``other``."""
    short, long = sorted((one, other), key=len)
    return long.startswith(short) and _AMBIGUOUS_TAIL.fullmatch(long, len(short)) is not None


def _next_boundary(data: bytes, start: int, end: int, active: tuple[bytes, ...]):
    """(line start, line end, boundary, is_close) of the first line in ``data[start:end]``
    (``start`` is a line start) that is a boundary line of one of ``active``."""
    position = start
    while position < end:
        if data.startswith(b"--", position):
            line_end = data.find(b"\n", position, end)
            line_end = end if line_end < 0 else line_end + 1
            line = data[position + 2:line_end]
            for boundary in reversed(active):
                if line.startswith(boundary):
                    rest = _BOUNDARY_REST.match(line, len(boundary))
                    if rest is not None:
                        return position, line_end, boundary, rest.group(1) is not None
        next_line = data.find(b"\n--", position, end)
        if next_line < 0:
            return None
        position = next_line + 1
    return None


def _body_text(data: bytes, leaves: list[_Part]) -> tuple[str, list[str]]:
    """What ``parse._body_text`` gives for these leaves: same choice, same decoding."""
    attachments: list[str] = []
    text_part = html_part = None
    for part in leaves:
        ctype, params = _content_type(part.headers)
        filename, disposition = _name_and_disposition(part.headers, params)
        if filename or disposition == "attachment":
            attachments.append(filename or ctype)
            continue
        if ctype == "text/plain" and text_part is None:
            text_part = part
        elif ctype == "text/html" and html_part is None:
            html_part = part
    text = ""
    if text_part is not None:
        text = _part_text(data, text_part)
    if not text.strip() and html_part is not None:
        text = html_to_text(_part_text(data, html_part))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text[:MAX_BODY_CHARS], attachments


def _name_and_disposition(headers: dict[str, str], params: dict[str, str]) -> tuple[str, str]:
    if "content-disposition" not in headers and "name" not in params:
        return "", ""  # get_filename() is None and get_content_disposition() is None
    content_type, content_disposition = headers.get("content-type"), headers.get("content-disposition")
    if len(content_type or "") + len(content_disposition or "") > _CACHED_CONTENT_TYPE_CHARS:
        return _probed_name_and_disposition(content_type, content_disposition)
    return _cached_name_and_disposition(content_type, content_disposition)


def _probed_name_and_disposition(content_type: str | None, content_disposition: str | None) -> tuple[str, str]:
    """(file name, disposition) as the stdlib reads them from these raw header values."""
    probe = EmailMessage(policy=policy.default)
    if content_type is not None:
        probe.set_raw("content-type", content_type)
    if content_disposition is not None:
        probe.set_raw("content-disposition", content_disposition)
    return part_filename(probe), disposition(probe)


_cached_name_and_disposition = lru_cache(maxsize=1024)(_probed_name_and_disposition)
"""``_probed_name_and_disposition``, cached: the stdlib's header objects cost about 0.2 ms per
attachment, and attachment headers recur (the same signature logo, ``invoice.pdf``)."""


def _part_text(data: bytes, part: _Part) -> str:
    """``part.get_content()`` of a text leaf; Decline where the stdlib would need its fallback."""
    _, params = _content_type(part.headers)
    payload = data[part.start:part.end]
    cte = _cte(part.headers)
    if cte == "quoted-printable":
        payload = quopri.decodestring(payload)
    elif cte == "base64":
        payload = decode_b(b"".join(payload.splitlines()))[0]
    try:
        return payload.decode(params.get("charset", "ASCII"), errors="replace")
    except Exception:  # unknown charset: the stdlib path records UndecodableText
        raise Decline from None


def disposition(part: EmailMessage) -> str:
    """The part's Content-Disposition type, ``""`` when absent or unreadable."""
    try:
        return part.get_content_disposition() or ""
    except Exception:
        return ""


def part_filename(part: EmailMessage) -> str:
    """The part's file name as ``get_filename`` decodes it, cleaned for display."""
    try:
        name = part.get_filename() or ""
    except Exception:
        return "unnamed attachment"
    return " ".join(CONTROL_CHARS.sub("", str(name)).split())[:200]
