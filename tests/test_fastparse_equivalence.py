"""The byte-level fast path gives exactly the stdlib path's ``Message``, or declines.

For every message of the sample mailbox, the evaluation mailbox, every shared corpus, a few
hundred benchmark-generator messages and generated variations, ``parse_message`` (fast path
first) must equal the stdlib-only parse in every field. The mbox splitter must cut every
file exactly where ``mailbox.mbox`` does.
"""

from __future__ import annotations

import io
import itertools
import mailbox
import random
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from happyaudit import fastparse, parse
from happyaudit.dates import parse_from_line_date
from happyaudit.fastparse import scan_message
from happyaudit.model import Message, RawMessage
from happyaudit.sources import discover
from happyaudit.sources.local import MboxSource, split_mbox
from tests.conftest import ROOT, SAMPLE_MAILBOX
from tests.test_benchmark_generator import generate_module
from tests.test_properties import mutated_messages

EVAL_MAILBOX = ROOT / "tests" / "eval" / "mailbox"
ENVELOPE = datetime(2026, 11, 3, 8, 0, tzinfo=timezone.utc)


def _equivalent(raw: RawMessage) -> bool:
    """Assert both paths agree on ``raw``; whether the fast path handled it (vs declined)."""
    fast = parse._parse(raw, fast=True)
    slow = parse._parse(raw, fast=False)
    assert fast == slow, raw.origin
    assert parse.parse_message(raw) == fast
    data, size_defects = parse._compact(raw.data)
    return not size_defects and scan_message(data) is not None


def _coverage(paths: list[Path | str]) -> tuple[int, int]:
    """(messages handled by the fast path, messages) over every source under ``paths``."""
    handled = total = 0
    for path in paths:
        for source in discover(str(path)):
            for raw in source.iter_raw():
                total += 1
                handled += _equivalent(raw)
    return handled, total


def test_sample_mailbox_parses_identically_and_mostly_on_the_fast_path():
    handled, total = _coverage([SAMPLE_MAILBOX])
    assert total > 50 and handled >= 0.95 * total


def test_evaluation_mailbox_parses_identically_and_mostly_on_the_fast_path():
    handled, total = _coverage([EVAL_MAILBOX])
    assert total > 100 and handled >= 0.95 * total


@pytest.mark.corpus
def test_every_corpus_message_parses_identically(corpora: Path):
    folders = sorted(p for p in corpora.iterdir() if p.is_dir())
    assert folders
    handled = total = 0
    for folder in folders:
        try:
            sources = discover(str(folder))
        except Exception:  # a body-only corpus holds no mailbox
            continue
        for source in sources:
            for raw in source.iter_raw():
                total += 1
                handled += _equivalent(raw)
    assert total > 1000 and handled > total // 2


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["fedora-devel-2010-01", "notmuch", "perceval-mbox"])
def test_ordinary_list_mail_takes_the_fast_path(corpora: Path, name: str):
    handled, total = _coverage([corpora / name])
    assert total and handled >= 0.95 * total


def test_benchmark_generator_messages_parse_identically_on_the_fast_path(tmp_path: Path):
    generate_module.generate(tmp_path, 400, "mbox", 11)
    handled, total = _coverage([tmp_path / "inbox.mbox"])
    assert total == 400 and handled == total


def _raw(data: bytes) -> RawMessage:
    return RawMessage(data=data, origin="t#1", envelope_date=ENVELOPE)


HEAD = (b"From: =?utf-8?q?Ren=C3=A9e?= <renee@example.org>\nTo: support@acme.example, b@x.example\n"
        b"Subject: =?iso-8859-1?q?Caf=E9?= order\nDate: Mon, 2 Nov 2026 09:00:00 +0100\n"
        b"Message-ID: <m1@example.org>\nMIME-Version: 1.0\n")
ALTERNATIVE = (b'Content-Type: multipart/alternative; boundary="alt"\n\npreamble\n--alt\n'
               b"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
               b"Caf=E9?\n--alt\nContent-Type: text/html\n\n<p>x</p>\n--alt--\n")


def _mixed(attachment_headers: bytes) -> bytes:
    return (HEAD + b'Content-Type: multipart/mixed; boundary="mix"\n\n--mix\n' + ALTERNATIVE
            + b"\n--mix\n" + attachment_headers + b"\n\nJVBERi0=\n--mix--\nepilogue\n")


HANDLED = {
    "plain": HEAD + b"Content-Type: text/plain; charset=utf-8\n\nHello,\nis it \xc3\xa9?\n",
    "no content type": HEAD + b"\nHello \xff\n",
    "folded headers": HEAD.replace(b"Subject:", b"X-Gmail-Labels: Inbox,\n Support\nSubject:\n\t")
    + b"\nHi\n",
    "crlf": (HEAD + b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGVsbG8/\n").replace(b"\n", b"\r\n"),
    "bad base64 padding": HEAD + b"Content-Transfer-Encoding: base64\n\nSGVsbG8\n",
    "html only": HEAD + b"Content-Type: text/html; charset=windows-1252\n\n<p>Hi <blockquote>old</blockquote></p>\n",
    "alternative": HEAD + ALTERNATIVE,
    "plain attachment name": _mixed(b'Content-Type: application/pdf; name="a b.pdf"'),
    "rfc 2231 name": _mixed(b"Content-Type: application/pdf\nContent-Disposition: attachment;\n"
                            b" filename*=utf-8''%C3%A9t%C3%A9.pdf"),
    "rfc 2231 continuation": _mixed(b"Content-Type: application/pdf\nContent-Disposition: attachment;\n"
                                    b' filename*0="long"; filename*1="name.pdf"'),
    "rfc 2047 name": _mixed(b'Content-Type: application/pdf\nContent-Disposition: attachment;'
                            b' filename="=?utf-8?b?w6l0w6kucGRm?="'),
    "inline disposition": _mixed(b"Content-Type: text/plain\nContent-Disposition: inline"),
    "duplicate headers": HEAD + b"Subject: second\nFrom: other@example.org\n\nHi\n",
    "automatic": HEAD + b"Auto-Submitted: auto-replied\nPrecedence: bulk\n\nI am away.\n",
}
DECLINED = {
    "nested message": HEAD + b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: message/rfc822\n\n'
    + HEAD + b"\nInner\n--b--\n",
    "missing close boundary": HEAD + b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nText\n',
    "missing start boundary": HEAD + b'Content-Type: multipart/mixed; boundary="b"\n\nText\n',
    "no boundary parameter": HEAD + b"Content-Type: multipart/mixed\n\n--b\n\nText\n--b--\n",
    "unknown charset": HEAD + b"Content-Type: text/plain; charset=x-nope\n\nText\n",
    "unknown transfer encoding": HEAD + b"Content-Transfer-Encoding: x-uuencode\n\nText\n",
    "envelope line in headers": b"From someone Mon Nov  2 09:00:00 2026\n" + HEAD + b"\nText\n",
    "bare CR line ends": HEAD + b'Content-Type: multipart/mixed; boundary="b"\n\n--b\r\rText\r--b--\r',
    "continuation first": b" folded\n" + HEAD + b"\nText\n",
    "header without colon": HEAD + b"Not a header\n\nText\n",
    "no separator": HEAD.rstrip(b"\n"),
    "double boundary": HEAD + b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n--b\n\nText\n--b--\n',
}


@pytest.mark.parametrize("name", sorted(HANDLED))
def test_ordinary_shapes_take_the_fast_path_with_the_same_result(name: str):
    assert _equivalent(_raw(HANDLED[name]))
    assert isinstance(parse.parse_message(_raw(HANDLED[name])), Message)


@pytest.mark.parametrize("name", sorted(DECLINED))
def test_unusual_shapes_fall_back_to_the_stdlib_parser(name: str):
    assert not _equivalent(_raw(DECLINED[name]))


def test_attachment_names_decode_like_get_filename():
    names = {key: parse.parse_message(_raw(HANDLED[key])).attachments
             for key in ("rfc 2231 name", "rfc 2231 continuation", "rfc 2047 name", "plain attachment name")}
    assert names == {"rfc 2231 name": ("été.pdf",), "rfc 2231 continuation": ("longname.pdf",),
                     "rfc 2047 name": ("été.pdf",), "plain attachment name": ("a b.pdf",)}


SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(mutated_messages())
def test_mutated_messages_parse_identically(data: bytes):
    _equivalent(_raw(data))


@st.composite
def mime_messages(draw) -> bytes:
    """Well-formed and nearly well-formed MIME built from random ingredients."""
    newline = draw(st.sampled_from([b"\n", b"\r\n"]))
    leaf_text = draw(st.text(max_size=80)).replace("\r", "")
    charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "us-ascii", "UTF-8"]))
    encoding = draw(st.sampled_from(["7bit", "8bit", "quoted-printable", "base64", None]))
    payload = leaf_text.encode(charset, errors="replace")
    if encoding == "quoted-printable":
        import quopri
        payload = quopri.encodestring(payload)
    elif encoding == "base64":
        import base64
        payload = base64.encodebytes(payload)
    leaf = [f"Content-Type: {draw(st.sampled_from(['text/plain', 'text/html', 'application/pdf']))};"
            f" charset={charset}".encode()]
    if encoding:
        leaf.append(f"Content-Transfer-Encoding: {encoding}".encode())
    if draw(st.booleans()):
        leaf.append(draw(st.sampled_from([b'Content-Disposition: attachment; filename="f.txt"',
                                          b"Content-Disposition: inline", b"Content-Disposition: attachment"])))
    leaf_bytes = b"\n".join(leaf) + b"\n\n" + payload
    boundary = draw(st.sampled_from(["b", "==_Part_1", "x y", "q-q", "outer--", "outerX", "oute", "outer \t"]))
    shape = draw(st.sampled_from(["single", "multi", "nested"]))
    if shape == "single":
        body = leaf_bytes
    else:
        inner = (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n--{boundary}\n').encode() \
            + leaf_bytes + f"\n--{boundary}\nContent-Type: text/html\n\n<b>hi</b>\n--{boundary}--\n".encode()
        body = inner if shape == "multi" else (
            b'Content-Type: multipart/mixed; boundary="outer"\n\n--outer\n' + inner + b"--outer\n"
            + leaf_bytes + b"\n--outer--\n")
    data = HEAD + body
    if draw(st.booleans()):
        position = draw(st.integers(0, len(data)))
        data = data[:position] + draw(st.sampled_from([b"\n", b"--b\n", b"--outer--\n", b" ", b"\r"])) + data[position:]
    return data.replace(b"\n", newline)


@SETTINGS
@given(mime_messages())
def test_generated_mime_parses_identically(data: bytes):
    _equivalent(_raw(data))


# --- the mbox splitter ----------------------------------------------------------------------

TRICKY_MBOXES = {
    "ordinary": b"From a Mon Nov  2 09:00:00 2026\nSubject: 1\n\nbody\n\nFrom b Mon Nov  2 09:01:00 2026\n"
                b"Subject: 2\n\nbody 2\n\n",
    "no blank line between": b"From a x\nA: 1\n\nbody\nFrom b y\nB: 2\n\nbody\n",
    "crlf": b"From a x\r\nA: 1\r\n\r\nbody\r\n\r\nFrom b y\r\nB: 2\r\n\r\nbody\r\n",
    "text before the first": b"garbage\n\nFrom a x\nA: 1\n\nbody\n",
    "no final newline": b"From a x\nA: 1\n\nbody",
    "from lines only": b"From a x\nFrom b y\n\nFrom c z",
    "blank lines at the end": b"From a x\nA: 1\n\nbody\n\n\n\n",
    "escaped from": b"From a x\nA: 1\n\n>From here\nFrom: not a separator\n\nFrom b y\n\n",
    "empty": b"",
    "starts with a blank line": b"\nFrom a x\nA: 1\n\nbody\n",
}


def _stdlib_split(path: Path) -> list[bytes]:
    box = mailbox.mbox(path, create=False)
    try:
        return [box.get_bytes(key, from_=True) for key in box.iterkeys()]
    finally:
        box.close()


def _assert_splits_like_the_stdlib(path: Path) -> int:
    expected = _stdlib_split(path)
    data = path.read_bytes()
    for chunk_size in (1, 5, 6, 7, 64, 4096, 4 << 20):
        assert list(split_mbox(io.BytesIO(data), chunk_size)) == expected, (path, chunk_size)
    raws = list(MboxSource(path).iter_raw())
    assert [r.data for r in raws] == [m.partition(b"\n")[2] for m in expected]
    assert [r.envelope_date for r in raws] == [parse_from_line_date(m.partition(b"\n")[0]) for m in expected]
    return len(expected)


@pytest.mark.parametrize("name", sorted(TRICKY_MBOXES))
def test_mbox_splitting_matches_the_stdlib_on_tricky_files(tmp_path: Path, name: str):
    path = tmp_path / "box.mbox"
    path.write_bytes(TRICKY_MBOXES[name])
    _assert_splits_like_the_stdlib(path)


def test_mbox_splitting_matches_the_stdlib_on_the_sample_and_generated_mailboxes(tmp_path: Path):
    generate_module.generate(tmp_path, 300, "mbox", 5)
    assert _assert_splits_like_the_stdlib(tmp_path / "inbox.mbox") == 300
    assert _assert_splits_like_the_stdlib(SAMPLE_MAILBOX / "inbox.mbox") > 0


@pytest.mark.corpus
def test_mbox_splitting_matches_the_stdlib_on_the_corpora(corpora: Path):
    files = [corpora / "fedora-devel-2010-01" / "2010-January.mbox", corpora / "cpython-email" / "data" / "mailbox_01.mbox",
             *sorted((corpora / "perceval-mbox").rglob("*.mbox"))]
    assert sum(_assert_splits_like_the_stdlib(path) for path in files if path.is_file()) > 300


def _reference_fields(text: str) -> dict[str, str] | None:
    """Header fields read with one ``_FIELD.match`` per field (the original loop), ``None`` on a gap."""
    found: dict[str, str] = {}
    position = 0
    while position < len(text):
        field = fastparse._FIELD.match(text, position)
        if field is None:
            return None
        name = field.group(1).lower()
        if name in fastparse.WANTED_HEADERS and name not in found:
            found[name] = field.group(2).rstrip("\r\n")
        position = field.end()
    return found


_FIELD_LINES = [
    "From: a@b.example\n", "To: c@d.example,\n", " e@f.example\n", "\tfolded\n", "Subject:x\n", "subject: second\n",
    "X-Long: " + "y" * 300 + "\n", "Date: Mon\r\n", "Bad line\n", "\n", ": no name\n", "Name With Space: x\n",
    "Content-Type: text/plain;\n", ' charset="utf-8"\n', "Received: from a\n", "\udcff-8bit: x\n", "X-8bit: \udcff\n", "No-Newline: x",
]


def test_a_header_block_is_read_as_one_field_match_after_another_would_read_it():
    rng = random.Random(8)
    blocks = ["", "From: a\n", " leading continuation\n", "From: a"]
    blocks += ["".join(rng.choice(_FIELD_LINES) for _ in range(rng.randrange(1, 10))) for _ in range(5000)]
    declined = read = 0
    for text in blocks:
        data = (text + "\n").encode("ascii", "surrogateescape")
        blank = fastparse._blank_line(data, 0, len(data))
        head = data[: blank[0] if blank else len(data)]
        try:
            found, _ = fastparse._header_block(data, 0, len(data), fastparse.WANTED_HEADERS)
        except fastparse.Decline:
            found = None
        if head.count(b"\r") != head.count(b"\r\n"):
            assert found is None
            continue
        assert found == _reference_fields(head.decode("ascii", "surrogateescape")), text
        declined += found is None
        read += found is not None
    assert declined > 100 and read > 100


def test_the_blank_line_after_a_header_is_found_as_by_a_search_of_the_whole_part():
    def reference(data: bytes, start: int, end: int) -> tuple[int, int] | None:
        if data.startswith(b"\n", start) or data.startswith(b"\r\n", start):
            return start, start + (1 if data[start] == 10 else 2)
        lf, crlf = data.find(b"\n\n", start, end), data.find(b"\n\r\n", start, end)
        if lf < 0 and crlf < 0:
            return None
        return (lf + 1, lf + 2) if crlf < 0 or 0 <= lf < crlf else (crlf + 1, crlf + 3)

    for length in range(9):
        for combo in itertools.product((b"\r", b"\n", b"a"), repeat=length):
            data = b"".join(combo)
            for start, end in ((0, len(data)), (1, len(data)), (0, len(data) - 1)):
                if 0 <= start <= end:
                    assert fastparse._blank_line(data, start, end) == reference(data, start, end), (data, start, end)
