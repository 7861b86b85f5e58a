"""Properties over generated input: parsing and quote stripping are total, threads are trees, order never matters."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from happyaudit import parse
from happyaudit.cases import build_cases
from happyaudit.config import AuditConfig
from happyaudit.htmltext import html_to_text
from happyaudit.model import Message, RawMessage, Skipped
from happyaudit.parse import parse_message
from happyaudit.pipeline import audit_sources
from happyaudit.quotes import split_reply
from happyaudit.report.records import build_records
from happyaudit.roles import configured_support
from happyaudit.sources import Source
from happyaudit.threads import build_threads
from tests.mailfactory import raw_mail

AS_OF = datetime(2026, 11, 20, tzinfo=timezone.utc)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TEMPLATES = [
    raw_mail(message_id="t1@example.org", sender="Ann <ann@example.org>", references="<r@x> <s@x>",
             in_reply_to="s@x", subject="=?utf-8?q?Re=3A_caf=C3=A9?=",
             body="Thanks!\n\nOn Mon, Bob wrote:\n> Is it in stock?\n> \n-- \nAnn\n"),
    b"From: a@example.org\nDate: Mon, 2 Nov 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
    b'Content-Type: multipart/alternative; boundary="b"\n\n--b\nContent-Type: text/plain; charset=iso-8859-1\n'
    b"Content-Transfer-Encoding: quoted-printable\n\nCaf=E9?\n--b\nContent-Type: text/html\n\n"
    b"<p>Caf&eacute;?</p><blockquote>old</blockquote>\n--b\nContent-Type: application/pdf\n"
    b'Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="a.pdf"\n\nJVBERi0=\n--b--\n',
]
HOSTILE_TOKENS = [b"\r\n", b"\n\n", b"--b\n", b"--b--", b"\x00", b"=?utf-8?b?", b"?=", b"=?x-unknown?q?", b">",
                  b"Content-Type: multipart/mixed; boundary=", b"Content-Transfer-Encoding: base64\n",
                  b"Date: ", b"Message-ID: <", b"\xff\xfe", b"\x1b[31m", "\u202e".encode()]


@st.composite
def mutated_messages(draw) -> bytes:
    """A valid template message with bytes inserted, deleted or replaced at random places."""
    data = bytearray(draw(st.sampled_from(TEMPLATES)))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "token"]))
        if action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
        elif action == "delete":
            del data[position:position + draw(st.integers(1, 40))]
        else:
            data[position:position] = draw(st.sampled_from(HOSTILE_TOKENS))
    return bytes(data)


def _parses_or_skips(data: bytes, envelope: datetime | None = None) -> None:
    result = parse_message(RawMessage(data=data, origin="p#1", envelope_date=envelope))
    assert isinstance(result, (Message, Skipped))
    if isinstance(result, Skipped):
        assert result.reason


@FAST
@given(st.binary(max_size=3000), st.none() | st.datetimes(timezones=st.just(timezone.utc)))
def test_parse_message_never_raises_on_arbitrary_bytes(data: bytes, envelope: datetime | None):
    _parses_or_skips(data, envelope)


@FAST
@given(mutated_messages())
def test_parse_message_never_raises_on_mutated_valid_messages(data: bytes):
    _parses_or_skips(data)


@FAST
@given(st.text(max_size=3000))
def test_quote_stripping_never_raises(text: str):
    split = split_reply(text)
    assert isinstance(split.new_text, str) and split.quoted_lines >= 0


@FAST
@given(st.lists(st.sampled_from(list("<>/ab \n&;=\"'") + ["<blockquote>", "</blockquote>", "<p>", "<br>", "&#0;"]),
                max_size=200).map("".join))
def test_html_to_text_never_raises(html: str):
    assert isinstance(html_to_text(html), str)


def _reference_hash(data: bytes) -> str:
    """The content hash as first written: normalise the whole message, then hash."""
    data = data.replace(b"\r\n", b"\n")
    head, _, body = data.partition(b"\n\n")
    identity = [line for line in head.split(b"\n") if line[:1] not in (b" ", b"\t")
                and line.split(b":", 1)[0].strip().lower() in (b"message-id", b"date", b"from", b"subject", b"to")]
    digest = hashlib.blake2b(digest_size=16)
    for line in sorted(identity):
        digest.update(line.strip() + b"\n")
    digest.update(body.rstrip())
    return digest.hexdigest()


@FAST
@given(st.lists(st.sampled_from([b"\r", b"\n", b"\r\n", b" ", b"\t", b"a", b"Subject: x", b"Date: y", b":"]),
                max_size=60), st.integers(1, 5))
def test_chunked_content_hash_equals_the_whole_message_hash(pieces: list[bytes], chunk: int):
    data = b"".join(pieces)
    original = parse._HASH_CHUNK
    parse._HASH_CHUNK = chunk
    try:
        assert parse._content_hash(data) == _reference_hash(data)
    finally:
        parse._HASH_CHUNK = original


IDS = [f"m{i}@example.org" for i in range(8)]
PEOPLE = ["ann@example.org", "bob@example.org", "sam@acme.example", "kim@acme.example"]
SUBJECTS = ["Order", "Re: Order", "Refund", "Re: Refund", ""]


@st.composite
def messages(draw) -> Message:
    """A message with an id, links and subject drawn from small pools, so that loops, self
    references, ghosts, duplicate ids and subject collisions are all common."""
    message_id = draw(st.sampled_from(IDS))
    sender = draw(st.sampled_from(PEOPLE))
    return Message(
        message_id=message_id,
        subject=draw(st.sampled_from(SUBJECTS)),
        from_addr=sender,
        to_addrs=(draw(st.sampled_from([p for p in PEOPLE if p != sender])),),
        date=datetime(2026, 11, 1, tzinfo=timezone.utc) + timedelta(hours=draw(st.integers(0, 60))),
        origin=f"gen#{draw(st.integers(0, 3))}",
        in_reply_to=tuple(draw(st.lists(st.sampled_from(IDS + ["ghost@x"]), max_size=2))),
        references=tuple(draw(st.lists(st.sampled_from(IDS + ["ghost@x"]), max_size=4))),
        new_text=draw(st.sampled_from(["Where is my order?", "It ships tomorrow.", "Thanks!"])),
        content_hash=draw(st.sampled_from(["h1", "h2"])),
    )


def _thread_shape(threads) -> list:
    return [(t.root_id, [m.message_id for m in t.messages], dict(t.parent_of), sorted(t.by_subject)) for t in threads]


@SLOW
@given(st.lists(messages(), max_size=14), st.randoms(use_true_random=False))
def test_every_message_lands_in_exactly_one_thread_and_threads_are_trees(batch: list[Message], rng):
    threads = build_threads(batch)
    placed = [m.message_id for t in threads for m in t.messages]
    assert len(placed) == len(batch) == len(set(placed))
    for thread in threads:
        members = {m.message_id for m in thread.messages}
        for message_id in members:
            seen = set()
            node = message_id
            while node is not None:
                assert node in members and node not in seen, "parent_of leaves the thread or loops"
                seen.add(node)
                node = thread.parent_of[node]
    shuffled = list(batch)
    rng.shuffle(shuffled)
    assert _thread_shape(build_threads(shuffled)) == _thread_shape(threads)


class _ListSource(Source):
    """Raw messages from memory, in the order given."""

    def __init__(self, raws: list[RawMessage]) -> None:
        self.raws = raws
        self.name = "memory"

    def iter_raw(self):
        """Each raw message in list order."""
        yield from self.raws


@st.composite
def raw_mailboxes(draw) -> list[RawMessage]:
    """A small mailbox of real bytes with shared ids, replies, loops and support answers."""
    raws = []
    for index in range(draw(st.integers(1, 10))):
        sender = draw(st.sampled_from(PEOPLE))
        refs = draw(st.lists(st.sampled_from(IDS), max_size=3))
        data = raw_mail(
            message_id=draw(st.sampled_from(IDS)),
            sender=sender,
            to=draw(st.sampled_from([p for p in PEOPLE if p != sender])),
            subject=draw(st.sampled_from(SUBJECTS)) or "Order",
            date=datetime(2026, 11, 1, tzinfo=timezone.utc) + timedelta(hours=draw(st.integers(0, 400))),
            references=" ".join(f"<{r}>" for r in refs) or None,
            in_reply_to=refs[-1] if refs else None,
            body=draw(st.sampled_from(["Where is my order?", "It ships tomorrow, I will send the tracking number.",
                                       "Thanks, all sorted.", "Can I get a refund? And when?"])),
        )
        raws.append(RawMessage(data=data, origin=f"mem#{index}"))
    return raws


@SLOW
@given(raw_mailboxes(), st.randoms(use_true_random=False))
def test_report_is_identical_whatever_the_input_order(raws: list[RawMessage], rng):
    config = AuditConfig(support_domains=frozenset({"acme.example"}))
    report = build_records(audit_sources([_ListSource(raws)], config, AS_OF))
    shuffled = list(raws)
    rng.shuffle(shuffled)
    assert build_records(audit_sources([_ListSource(shuffled)], config, AS_OF)) == report
    threads = build_threads(m for m in (parse_message(r) for r in raws) if isinstance(m, Message))
    cases, _ = build_cases(threads, configured_support(frozenset(), frozenset({"acme.example"})))
    assert sorted(c.case_id for c in cases) == sorted(c["case_id"] for c in report["cases"])
