"""The parser's promises: guarded headers, sane dates, readable text, never an exception."""

from __future__ import annotations

import hashlib
import itertools
import random
from datetime import datetime, timezone

from happyaudit import parse as parse_module
from happyaudit.model import Automatic, Message, RawMessage, Skipped
from happyaudit.parse import parse_message
from tests.mailfactory import raw_mail


def parse(data: bytes, **kwargs) -> Message:
    result = parse_message(RawMessage(data=data, origin="test.eml", **kwargs))
    assert isinstance(result, Message), result
    return result


def test_message_id_is_kept_without_angle_brackets():
    assert parse(raw_mail(message_id="abc123@mail.example.org", sender="jane@example.org")).message_id == "abc123@mail.example.org"


def test_missing_message_id_gets_a_stable_synthetic_id():
    data = raw_mail(message_id=None, sender="jane@example.org")
    first, second = parse(data), parse(data)
    assert first.synthetic_id and first.message_id == second.message_id
    assert first.message_id.endswith("@happyaudit.invalid")


def test_synthetic_ids_differ_for_different_messages():
    a = parse(raw_mail(message_id=None, sender="jane@example.org", body="one"))
    b = parse(raw_mail(message_id=None, sender="jane@example.org", body="two"))
    assert a.message_id != b.message_id


def test_encoded_subject_and_sender_name_are_decoded():
    data = raw_mail(
        message_id="x@example.org",
        sender="=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>",
        subject="=?iso-8859-1?q?Lieferung_nach_=D6sterreich?=",
    )
    message = parse(data)
    assert message.subject == "Lieferung nach Österreich"
    assert message.from_name == "Jürgen Müller"
    assert message.from_addr == "juergen@example.de"


def test_malformed_address_header_does_not_raise():
    data = raw_mail(message_id="x@example.org", sender='"unterminated <jane@example.org', to="<<@@>>, ;;")
    message = parse(data)
    assert message.to_addrs == ()


def test_broken_encoded_word_keeps_raw_text():
    message = parse(raw_mail(message_id="x@example.org", sender="jane@example.org", subject="=?x-unknown?q?abc?= hi"))
    assert "hi" in message.subject


def test_references_and_in_reply_to_are_lists_of_ids():
    message = parse(raw_mail(
        message_id="c@example.org", sender="jane@example.org",
        in_reply_to="b@example.org", references="<a@example.org> <b@example.org>",
    ))
    assert message.references == ("a@example.org", "b@example.org")
    assert message.in_reply_to == ("b@example.org",)


def test_date_is_timezone_aware_utc():
    message = parse(raw_mail(message_id="x@e.org", sender="j@e.org", date="Mon, 2 Nov 2026 10:14:00 +0530"))
    assert message.date == datetime(2026, 11, 2, 4, 44, tzinfo=timezone.utc)
    assert message.date_source == "header"


def test_sloppy_date_is_parsed_leniently():
    message = parse(raw_mail(message_id="x@e.org", sender="j@e.org", date="2026-11-02 10:14:00 +0100"))
    assert message.date == datetime(2026, 11, 2, 9, 14, tzinfo=timezone.utc)


def test_missing_date_falls_back_to_the_envelope_date():
    envelope = datetime(2026, 11, 3, 8, 0, tzinfo=timezone.utc)
    message = parse(raw_mail(message_id="x@e.org", sender="j@e.org", date=None), envelope_date=envelope)
    assert (message.date, message.date_source) == (envelope, "envelope")


def test_absurd_date_loses_to_the_envelope_date():
    envelope = datetime(2026, 11, 3, 8, 0, tzinfo=timezone.utc)
    future = parse(raw_mail(message_id="x@e.org", sender="j@e.org", date="Fri, 1 Jan 2049 00:00:00 +0000"), envelope_date=envelope)
    ancient = parse(raw_mail(message_id="y@e.org", sender="j@e.org", date="Thu, 1 Jan 1970 00:00:00 +0000"), envelope_date=envelope)
    assert future.date == ancient.date == envelope


def test_missing_date_falls_back_to_received_header():
    data = raw_mail(message_id="x@e.org", sender="j@e.org", date=None, extra_headers={
        "Received": "from mx.example.org by mail.acme.example; Tue, 3 Nov 2026 08:00:00 +0000",
    })
    message = parse(data)
    assert (message.date, message.date_source) == (datetime(2026, 11, 3, 8, 0, tzinfo=timezone.utc), "received")


def test_message_without_any_date_is_skipped_with_a_reason():
    result = parse_message(RawMessage(raw_mail(message_id="x@e.org", sender="j@e.org", date=None), "box#3"))
    assert isinstance(result, Skipped)
    assert result.origin == "box#3" and "date" in result.reason


def test_bytes_that_are_not_mail_are_skipped():
    result = parse_message(RawMessage(b"\x00\x01\x02 binary junk", "junk.eml"))
    assert isinstance(result, Skipped)


def test_quoted_history_is_not_new_text():
    body = "Yes, we ship to Melbourne.\n\nOn Mon, 2 Nov 2026 at 09:00, Jane <jane@example.org> wrote:\n> Can you ship to Melbourne?\n"
    message = parse(raw_mail(message_id="x@e.org", sender="sam@acme.example", body=body))
    assert "Yes, we ship" in message.new_text
    assert "Can you ship" not in message.new_text
    assert message.quoted_lines >= 1


HTML_ONLY = b"""From: Jane <jane@example.org>\r
To: support@acme.example\r
Subject: Wholesale\r
Date: Mon, 2 Nov 2026 09:00:00 +0000\r
Message-ID: <html@example.org>\r
MIME-Version: 1.0\r
Content-Type: text/html; charset=utf-8\r
\r
<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><p>Hello,</p><p>What is your <b>wholesale</b> price for 50 units?</p></body></html>\r
"""


def test_html_only_mail_becomes_readable_text():
    message = parse(HTML_ONLY)
    assert "What is your wholesale price for 50 units?" in message.new_text
    assert "<b>" not in message.new_text and "alert" not in message.new_text and "color" not in message.new_text


MULTIPART = b"""From: Jane <jane@example.org>\r
To: support@acme.example\r
Subject: Invoice\r
Date: Mon, 2 Nov 2026 09:00:00 +0000\r
Message-ID: <mp@example.org>\r
MIME-Version: 1.0\r
Content-Type: multipart/mixed; boundary="outer"\r
\r
--outer\r
Content-Type: multipart/alternative; boundary="inner"\r
\r
--inner\r
Content-Type: text/plain; charset=iso-8859-1\r
Content-Transfer-Encoding: quoted-printable\r
\r
Please send the invoice to our new address in K=F6ln.\r
--inner\r
Content-Type: text/html; charset=utf-8\r
\r
<p>HTML version</p>\r
--inner--\r
--outer\r
Content-Type: application/pdf; name="order-A-10482.pdf"\r
Content-Disposition: attachment; filename="order-A-10482.pdf"\r
Content-Transfer-Encoding: base64\r
\r
JVBERi0xLjQKJcfsj6IK\r
--outer--\r
"""


def test_plain_text_part_is_preferred_and_attachments_become_names():
    message = parse(MULTIPART)
    assert "new address in Köln" in message.new_text
    assert "HTML version" not in message.new_text
    assert message.attachments == ("order-A-10482.pdf",)


def test_unknown_charset_and_invalid_base64_degrade_without_raising():
    data = b"""From: j@example.org\r
Subject: x\r
Date: Mon, 2 Nov 2026 09:00:00 +0000\r
Message-ID: <bad@example.org>\r
Content-Type: text/plain; charset=x-no-such-charset\r
Content-Transfer-Encoding: base64\r
\r
!!!not base64 at all***\r
"""
    assert isinstance(parse_message(RawMessage(data, "bad.eml")), Message)


def test_auto_submitted_mail_is_marked_automatic():
    message = parse(raw_mail(
        message_id="ack@acme.example", sender="support@acme.example", to="jane@example.org",
        subject="We received your request [#1234]",
        body="Thank you for contacting Acme. This is an automated response. We will reply within one business day.",
        extra_headers={"Auto-Submitted": "auto-replied"},
    ))
    assert message.automatic is not None
    assert message.automatic in (Automatic.ACKNOWLEDGEMENT, Automatic.AUTO_SUBMITTED)


def test_gmail_labels_and_keywords_become_lower_case_labels():
    message = parse(raw_mail(message_id="l@e.org", sender="j@e.org",
                             extra_headers={"X-Gmail-Labels": "Support,Closed", "X-Keywords": "$Closed"}))
    assert {"support", "closed", "$closed"} <= set(message.labels)


def test_source_flags_are_labels():
    message = parse(raw_mail(message_id="f@e.org", sender="j@e.org"), flags=("\\answered",))
    assert "\\answered" in message.labels


def test_same_message_in_mbox_and_maildir_has_the_same_content_hash():
    data = raw_mail(message_id="dup@e.org", sender="j@e.org")
    with_status = data.replace(b"MIME-Version", b"Status: RO\r\nX-Status: A\r\nMIME-Version").replace(b"\r\n", b"\n")
    assert parse(data).content_hash == parse(with_status).content_hash


def test_control_characters_are_removed_from_subjects():
    message = parse(raw_mail(message_id="c@e.org", sender="j@e.org", subject="Hi \x1b[31mred\x1b[0m"))
    assert "\x1b" not in message.subject


def test_charset_name_with_a_nul_byte_degrades_to_utf8():
    data = raw_mail(message_id="nul@example.org", sender="j@example.org", body="Is it in stock?").replace(
        b"charset=utf-8", b"charset=\x00utf-8")
    message = parse(data)
    assert "Is it in stock?" in message.new_text


def _reference_content_hash(data: bytes) -> str:
    """The line-by-line original of ``_content_hash``: split, strip and lower-case each header line."""
    end_of_head = parse_module._HEAD_END.search(data)
    head = data[: end_of_head.start()] if end_of_head else data
    body = data[end_of_head.end():] if end_of_head else b""
    identity = [
        line for line in head.replace(b"\r\n", b"\n").split(b"\n")
        if line[:1] not in (b" ", b"\t")
        and line.split(b":", 1)[0].strip().lower() in (b"message-id", b"date", b"from", b"subject", b"to")
    ]
    digest = hashlib.blake2b(digest_size=16)
    for line in sorted(identity):
        digest.update(line.strip() + b"\n")
    digest.update(body.replace(b"\r\n", b"\n").rstrip())
    return digest.hexdigest()


_HASH_PIECES = [
    b"From: a@b.example", b"FROM : a@b.example", b"\rfrom:x", b"\x0b to \x0c: y", b" from: folded", b"\tDate: x",
    b"Subject", b"subject\r", b"to:", b"tox: no", b"Message-ID:<m@x>", b"message-id :\r <m@x>", b"X-Status: A",
    b"Received: from x", b"Date: Mon, 2 Nov 2026", b"", b"\r", b"\n", b"\r\n", b" ", b"body line", b"-- ",
    b"\xff\xfe", b"Subject: caf\xc3\xa9", b"to", b"From a@b Thu Nov  5 09:14:00 2026",
]


def test_content_hash_is_the_line_by_line_hash_on_any_header_and_body():
    rng = random.Random(5)
    samples = [raw_mail(message_id="h@e.org", sender="j@e.org", body="Hello\r\n\r\nBye \r\n")]
    for _ in range(3000):
        pieces = [rng.choice(_HASH_PIECES) for _ in range(rng.randrange(12))]
        samples.append(rng.choice((b"\n", b"\r\n", b"\r")).join(pieces) + rng.choice((b"", b" \t\r\n", b"\x0c")))
    for data in samples:
        assert parse_module._content_hash(data) == _reference_content_hash(data), data


def test_content_hash_of_a_large_body_is_fed_in_chunks_with_the_same_result(monkeypatch):
    monkeypatch.setattr(parse_module, "_HASH_CHUNK", 7)
    rng = random.Random(6)
    for _ in range(500):
        body = b"".join(rng.choice((b"a", b"\r", b"\n", b"\r\n", b" ")) for _ in range(rng.randrange(40)))
        data = b"From: a@b.example\r\nTo: c@d.example\r\n\r\n" + body
        assert parse_module._content_hash(data) == _reference_content_hash(data), data


def test_the_header_end_is_found_where_the_regex_finds_it():
    for length in range(9):
        for combo in itertools.product((b"\r", b"\n", b"a"), repeat=length):
            data = b"".join(combo)
            match = parse_module._HEAD_END.search(data)
            assert parse_module._head_end(data) == ((match.start(), match.end()) if match else None), data
