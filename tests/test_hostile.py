"""Hostile and broken mail: the audit finishes in bounded time and memory, and prints nothing it should not."""

from __future__ import annotations

import base64
import json
import os
import time
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from happyaudit.cli import app
from happyaudit.config import AuditConfig
from happyaudit.model import AuditResult, Message, RawMessage
from happyaudit.headers import MAX_HEADER_VALUE
from happyaudit.parse import MAX_NEW_TEXT_CHARS, parse_message
from happyaudit.pipeline import audit_sources
from happyaudit.sources import discover
from tests.mailfactory import SUPPORT, raw_mail, write_mbox

AS_OF = datetime(2026, 11, 20, tzinfo=timezone.utc)
AS_OF_TEXT = "2026-11-20T00:00:00Z"
CONFIG = AuditConfig(support_domains=frozenset({"acme.example"}))
ESCAPES = "\x1b[31mRED\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x1b[2J"
MARKUP = "[bold red]boom[/] [link=https://evil.example]x[/link]"
BIDI = "\u202e\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u200e\u200f\u061c"


def _encoded(text: str) -> str:
    """``text`` as one RFC 2047 base64 encoded word, so control bytes survive the header."""
    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="


def _audit_files(folder: Path, messages: list[bytes]) -> AuditResult:
    folder.mkdir(parents=True, exist_ok=True)
    for index, data in enumerate(messages):
        (folder / f"{index:03d}.eml").write_bytes(data)
    return audit_sources(discover(str(folder)), CONFIG, AS_OF)


def _parse(data: bytes, envelope: datetime | None = None):
    return parse_message(RawMessage(data=data, origin="test#1", envelope_date=envelope))


def _all_messages(result: AuditResult) -> list[Message]:
    return [cm.message for case in result.cases for cm in case.case.messages]


def _cli(args: list[str]) -> str:
    result = CliRunner().invoke(app, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
    return result.stdout


def _hostile_case(tmp_path: Path, text: str) -> tuple[Path, str]:
    """A mailbox with one unanswered case carrying ``text`` in the subject, name and body; its case id."""
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "hostile.eml").write_bytes(raw_mail(
        message_id="hostile@example.org",
        sender=f"{_encoded('Eve ' + text)} <eve@example.org>",
        subject=_encoded("Help " + text),
        body=f"Hello,\n\nIs this safe? {text}\n\nEve\n",
    ))
    report = json.loads(_cli(["audit", str(folder), "--as-of", AS_OF_TEXT, "--support-domain", "acme.example",
                              "-f", "json"]))
    return folder, report["cases"][0]["case_id"]


def test_terminal_escapes_and_rich_markup_print_literally_never_interpreted(tmp_path: Path):
    folder, case_id = _hostile_case(tmp_path, MARKUP + " " + ESCAPES)
    common = ["--as-of", AS_OF_TEXT, "--support-domain", "acme.example"]
    table = _cli(["audit", str(folder), "--all", *common])
    shown = _cli(["show", case_id, str(folder), *common])
    for output in (table, shown):
        assert "\x1b" not in output and "\x07" not in output
    assert "[bold red]boom[/]" in shown and "[link=https://evil.example]x[/link]" in shown
    assert "[bold red]boom" in table


def test_bidi_overrides_are_stripped_from_terminal_output(tmp_path: Path):
    folder, case_id = _hostile_case(tmp_path, f"invoice{BIDI}gpj.exe")
    common = ["--as-of", AS_OF_TEXT, "--support-domain", "acme.example"]
    table = _cli(["audit", str(folder), "--all", *common])
    shown = _cli(["show", case_id, str(folder), *common])
    for output in (table, shown):
        assert not set(BIDI) & set(output)
    assert "invoicegpj.exe" in shown


def test_formulas_html_and_script_in_subjects_survive_json_as_plain_data(tmp_path: Path):
    subject = '=HYPERLINK("https://evil.example","x") +1 -1 @SUM(A1) <script>alert(1)</script> <b>&amp;</b>'
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "a.eml").write_bytes(raw_mail(message_id="f@example.org", sender="eve@example.org", subject=subject))
    report = json.loads(_cli(["audit", str(folder), "--as-of", AS_OF_TEXT, "--support-domain", "acme.example",
                              "-f", "json"]))
    assert report["cases"][0]["subject"] == subject


def test_crlf_in_encoded_words_never_creates_a_header_or_an_output_line(tmp_path: Path):
    injected = "Hi\r\nBcc: victim@example.net\r\nX-Injected: yes\n\rtail"
    data = raw_mail(message_id="inj@example.org", sender=f"{_encoded('Eve' + chr(10) + 'To: x@y.z')} <eve@example.org>",
                    subject=_encoded(injected))
    message = _parse(data)
    assert isinstance(message, Message)
    assert "\r" not in message.subject and "\n" not in message.subject
    assert "\n" not in message.from_name and "x@y.z" not in message.to_addrs
    assert message.to_addrs == (SUPPORT,) and message.cc_addrs == ()
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "a.eml").write_bytes(data)
    table = _cli(["audit", str(folder), "--all", "--as-of", AS_OF_TEXT, "--support-domain", "acme.example"])
    assert not any(line.lstrip().startswith(("Bcc:", "X-Injected:", "To: x@y.z")) for line in table.splitlines())


def test_reference_loops_self_references_and_20000_references_finish_with_every_message_once(tmp_path: Path):
    many = " ".join(f"<ref{i}@example.org>" for i in range(20_000))
    messages = [
        raw_mail(message_id="a@example.org", sender="ann@example.org", references="<b@example.org>",
                 in_reply_to="b@example.org"),
        raw_mail(message_id="b@acme.example", sender=SUPPORT, to="ann@example.org", references="<a@example.org>",
                 in_reply_to="a@example.org", subject="Re: Order question"),
        raw_mail(message_id="self@example.org", sender="sam@example.org", references="<self@example.org>",
                 in_reply_to="self@example.org", subject="Myself"),
        raw_mail(message_id="many@example.org", sender="max@example.org", references=many, subject="Many"),
    ]
    started = time.perf_counter()
    result = _audit_files(tmp_path / "mail", messages)
    assert time.perf_counter() - started < 10
    ids = [m.message_id for m in _all_messages(result)]
    assert sorted(ids) == sorted(["a@example.org", "b@acme.example", "self@example.org", "many@example.org"])
    many_message = next(m for m in _all_messages(result) if m.message_id == "many@example.org")
    assert len(" ".join(f"<{r}>" for r in many_message.references)) <= MAX_HEADER_VALUE


def test_duplicate_message_ids_with_different_content_are_both_kept(tmp_path: Path):
    result = _audit_files(tmp_path / "mail", [
        raw_mail(message_id="same@example.org", sender="ann@example.org", body="First text. Where is my order?"),
        raw_mail(message_id="same@example.org", sender="bob@example.org", body="Other text. Can I return it?"),
    ])
    messages = _all_messages(result)
    assert len(messages) == 2 and result.duplicates == 0
    assert len({m.message_id for m in messages}) == 2


def test_a_thousand_nested_multiparts_are_skipped_quickly_with_a_reason(tmp_path: Path):
    depth = 1000
    nested = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(depth))
    closing = b"".join(b"--b%d--\n" % i for i in reversed(range(depth)))
    data = raw_mail(message_id="deep@example.org", sender="eve@example.org").split(b"MIME-Version")[0]
    data += b"MIME-Version: 1.0\n" + nested + b"Content-Type: text/plain\n\ndeep\n" + closing
    started = time.perf_counter()
    result = _audit_files(tmp_path / "mail", [data, raw_mail(message_id="ok@example.org", sender="ann@example.org")])
    assert time.perf_counter() - started < 5
    assert [s.reason for s in result.skipped] == [
        "MIME nested too deeply (more than 200 multipart or message parts)"]
    assert [m.message_id for m in _all_messages(result)] == ["ok@example.org"]


def test_multipart_without_boundary_parameter_or_closing_boundary_is_parsed():
    head = b"From: eve@example.org\nTo: support@acme.example\nSubject: s\nDate: Mon, 2 Nov 2026 09:00:00 +0000\n"
    no_param = _parse(head + b"Content-Type: multipart/mixed\n\n--x\nContent-Type: text/plain\n\nhi\n--x--\n")
    unclosed = _parse(head + b'Content-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: text/plain\n\n'
                             b"Where is it?\n")
    assert isinstance(no_param, Message) and no_param.defects
    assert isinstance(unclosed, Message) and unclosed.new_text == "Where is it?"


def test_thousands_of_sibling_parts_are_cut_in_bounded_time():
    parts = b"".join(b"--B\nContent-Type: text/plain\n\npart %d\n" % i for i in range(50_000))
    data = (b"From: eve@example.org\nSubject: s\nDate: Mon, 2 Nov 2026 09:00:00 +0000\n"
            b'Content-Type: multipart/mixed; boundary="B"\n\n' + parts + b"--B--\n")
    started = time.perf_counter()
    message = _parse(data)
    assert time.perf_counter() - started < 5
    assert isinstance(message, Message) and "TooManyBoundaryLines" in message.defects


def test_invalid_base64_and_unknown_charsets_degrade_to_text():
    bad_base64 = _parse(raw_mail(message_id="b64@example.org", sender="eve@example.org").replace(
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n",
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n!!%%not*base64==\r\n"))
    unknown_body = _parse(raw_mail(message_id="cs@example.org", sender="eve@example.org", body="Can you help?").replace(
        b"charset=utf-8", b"charset=x-klingon"))
    unknown_word = _parse(raw_mail(message_id="ew@example.org", sender="eve@example.org",
                                   subject="=?x-klingon?q?qapla?= order"))
    assert isinstance(bad_base64, Message)
    assert isinstance(unknown_body, Message) and "Can you help?" in unknown_body.new_text
    assert isinstance(unknown_word, Message) and unknown_word.subject == "=?x-klingon?q?qapla?= order"


def test_nul_bytes_in_headers_and_body_never_reach_a_header_or_the_terminal(tmp_path: Path):
    data = raw_mail(message_id="nul@example.org", sender="eve@example.org", subject="Or\x00der", body="Wh\x00ere?")
    message = _parse(data)
    assert isinstance(message, Message) and message.subject == "Order"
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "a.eml").write_bytes(data)
    table = _cli(["audit", str(folder), "--all", "--as-of", AS_OF_TEXT, "--support-domain", "acme.example"])
    assert "\x00" not in table


@pytest.mark.parametrize("date", [None, "Thu, 1 Jan 1970 00:00:00 +0000", "Fri, 31 Dec 9999 23:59:59 +0000",
                                  "Fri, 31 Dec 9999 23:59:59 -1200", "Mon, 1 Jan 2300 00:00:00 +0000", "tomorrow-ish"])
def test_missing_or_absurd_date_without_envelope_is_skipped_with_a_reason(date: str | None):
    result = _parse(raw_mail(message_id="d@example.org", sender="eve@example.org", date=date))
    assert not isinstance(result, Message)
    assert result.reason.startswith("no usable date")


@pytest.mark.parametrize("date", [None, "Thu, 1 Jan 1970 00:00:00 +0000", "Fri, 31 Dec 9999 23:59:59 +0000",
                                  "Sat, 7 Nov 2026 09:00:00 +0000"])
def test_missing_absurd_or_future_date_falls_back_to_the_mbox_envelope(tmp_path: Path, date: str | None):
    path = write_mbox(tmp_path / "inbox.mbox", [raw_mail(message_id="d@example.org", sender="eve@example.org",
                                                         date=date)])
    lines = path.read_bytes().split(b"\n", 1)
    path.write_bytes(b"From eve@example.org Mon Nov  2 09:00:00 2026\n" + lines[1])
    result = audit_sources(discover(str(path)), CONFIG, AS_OF)
    (message,) = _all_messages(result)
    assert message.date == datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
    assert message.date_source == "envelope"


def test_one_megabyte_lines_in_header_and_body_are_cut_to_the_limits():
    data = raw_mail(message_id="long@example.org", sender="eve@example.org", subject="S" * 1_000_000,
                    body="Why? " + "a" * 1_000_000 + "\nSecond line?\n")
    started = time.perf_counter()
    message = _parse(data)
    assert time.perf_counter() - started < 5
    assert isinstance(message, Message)
    assert len(message.subject) <= MAX_HEADER_VALUE and len(message.new_text) <= MAX_NEW_TEXT_CHARS


def _fifty_megabyte_message() -> bytes:
    text = b"My order arrived broken. Can you replace it, please?\n" * 300_000
    attachment = base64.encodebytes(os.urandom(26_000_000))
    return (
        b"From: Eve <eve@example.org>\nTo: support@acme.example\nSubject: Photos\n"
        b"Date: Mon, 2 Nov 2026 09:00:00 +0000\nMessage-ID: <big@example.org>\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="BIG"\n\n--BIG\nContent-Type: text/plain; charset=utf-8\n\n'
        + text + b'\n--BIG\nContent-Type: application/octet-stream; name="photos.zip"\n'
        b'Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="photos.zip"\n\n'
        + attachment + b"\n--BIG--\n"
    )


@pytest.mark.slow
def test_a_fifty_megabyte_message_is_audited_in_bounded_time_and_memory(tmp_path: Path):
    folder = tmp_path / "mail"
    folder.mkdir()
    path = folder / "big.eml"
    path.write_bytes(_fifty_megabyte_message())
    size = path.stat().st_size
    assert size > 50_000_000
    started = time.perf_counter()
    tracemalloc.start()
    try:
        result = audit_sources(discover(str(folder)), CONFIG, AS_OF)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 30
    (message,) = _all_messages(result)
    assert message.attachments == ("photos.zip",)
    assert message.new_text.startswith("My order arrived broken.")
    assert len(message.new_text) <= MAX_NEW_TEXT_CHARS
    assert peak < 1.5 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB message"
