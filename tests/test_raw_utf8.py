"""RFC 6532 mail: raw UTF-8 in headers is read as UTF-8, and every report format can carry it."""

from __future__ import annotations

import json
from pathlib import Path

from happyaudit.model import Message, RawMessage
from happyaudit.parse import parse_message
from tests.test_cli import invoke

RAW_UTF8 = (
    "From: Jürgen Müller <jürgen@exämple.de>\r\nTo: support@acme.example\r\n"
    "Subject: Größe passt nicht – Umtausch?\r\nDate: Mon, 02 Nov 2026 09:00:00 +0000\r\n"
    "Message-ID: <utf8@example.de>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\nKönnen Sie die Jacke in Größe L schicken?\r\n"
).encode("utf-8")


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def test_raw_utf8_headers_are_decoded_as_utf8():
    message = parse_message(RawMessage(RAW_UTF8, "utf8.eml"))
    assert isinstance(message, Message)
    assert message.subject == "Größe passt nicht – Umtausch?"
    assert message.from_name == "Jürgen Müller"
    for text in (message.subject, message.from_name, message.from_addr, message.new_text):
        assert not _has_surrogates(text)


def test_invalid_8bit_bytes_in_headers_become_replacement_characters():
    data = RAW_UTF8.replace("Größe passt".encode(), b"Gr\xf6\xdfe passt")
    message = parse_message(RawMessage(data, "latin1.eml"))
    assert isinstance(message, Message) and not _has_surrogates(message.subject)


def test_every_format_carries_raw_utf8_mail(tmp_path: Path):
    (tmp_path / "m.eml").write_bytes(RAW_UTF8)
    args = ["audit", str(tmp_path), "--as-of", "2026-11-20T17:00Z", "--support-domain", "acme.example"]
    report = json.loads(invoke([*args, "-f", "json"]).stdout)
    assert report["cases"][0]["subject"] == "Größe passt nicht – Umtausch?"
    for fmt in ("table", "csv", "markdown", "html", "junit"):
        assert "Größe" in invoke([*args, "-f", fmt, "--all"]).stdout
