"""The whole pipeline on real files: merging sources, duplicates, the audit window."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from happyaudit.config import AuditConfig
from happyaudit.pipeline import audit_sources, load_messages
from happyaudit.sources import discover
from tests.mailfactory import raw_mail, write_maildir, write_mbox

AS_OF = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)
SUPPORT = AuditConfig(support_domains=frozenset({"acme.example"}))


def _question(message_id: str = "q@example.org", day: int = 2, body: str = "Can you ship to Melbourne?") -> bytes:
    return raw_mail(message_id=message_id, sender="jane@example.org", body=body,
                    date=datetime(2026, 11, day, 9, tzinfo=timezone.utc))


def _answer(day: int = 2) -> bytes:
    return raw_mail(message_id="a@acme.example", sender="sam@acme.example", to="jane@example.org",
                    subject="Re: Order question", in_reply_to="q@example.org", references="<q@example.org>",
                    date=datetime(2026, 11, day, 11, tzinfo=timezone.utc), body="Yes, we do.")


def test_the_same_message_in_two_sources_counts_once(tmp_path: Path):
    write_mbox(tmp_path / "inbox.mbox", [_question()])
    write_maildir(tmp_path / "Archive", [_question(), _answer()])
    sources = discover(str(tmp_path))
    loaded = load_messages(sources)
    assert len(loaded.messages) == 2 and loaded.duplicates == 1
    result = audit_sources(sources, SUPPORT, AS_OF)
    assert len(result.cases) == 1 and len(result.cases[0].case.messages) == 2


def test_same_message_id_with_different_content_is_kept_twice(tmp_path: Path):
    write_mbox(tmp_path / "inbox.mbox", [_question(), _question(body="A completely different mail.")])
    loaded = load_messages(discover(str(tmp_path)))
    assert len(loaded.messages) == 2 and loaded.duplicates == 0


def test_copies_that_differ_only_in_threading_headers_are_both_kept_whatever_the_order(tmp_path: Path):
    plain = _question(message_id="m0@example.org")
    other = _question(message_id="m3@example.org")
    linked = raw_mail(message_id="m0@example.org", sender="jane@example.org", body="Can you ship to Melbourne?",
                      in_reply_to="m3@example.org", references="<m0@example.org> <m3@example.org>",
                      date=datetime(2026, 11, 2, 9, tzinfo=timezone.utc))
    threads = set()
    for order in ([plain, other, linked], [linked, other, plain]):
        mailbox = tmp_path / f"{len(threads)}.mbox"
        write_mbox(mailbox, order)
        loaded = load_messages(discover(str(mailbox)))
        assert len(loaded.messages) == 3 and loaded.duplicates == 0
        result = audit_sources(discover(str(mailbox)), SUPPORT, AS_OF)
        threads.add(tuple(sorted(len(case.case.messages) for case in result.cases)))
    assert threads == {(3,)}


def test_inbox_and_sent_merge_into_one_conversation(tmp_path: Path):
    write_mbox(tmp_path / "inbox.mbox", [_question()])
    write_maildir(tmp_path / "Sent", [_answer()])
    result = audit_sources(discover(str(tmp_path)), SUPPORT, AS_OF)
    [case] = result.cases
    assert [cm.role.value for cm in case.case.messages] == ["customer", "support"]
    assert case.first_response_seconds == 2 * 3600


def test_since_selects_cases_by_activity_but_keeps_earlier_messages_as_context(tmp_path: Path):
    old = raw_mail(message_id="old@example.org", sender="bob@example.org", subject="Old thing",
                   date=datetime(2026, 10, 1, 9, tzinfo=timezone.utc))
    write_mbox(tmp_path / "inbox.mbox", [old, _question(day=2)])
    write_maildir(tmp_path / "Sent", [_answer(day=12)])
    config = AuditConfig(support_domains=frozenset({"acme.example"}),
                         since=datetime(2026, 11, 10, tzinfo=timezone.utc))
    result = audit_sources(discover(str(tmp_path)), config, AS_OF)
    [case] = result.cases
    assert case.case.customer == "jane@example.org"
    assert len(case.case.messages) == 2


def test_until_leaves_out_cases_that_start_later(tmp_path: Path):
    write_mbox(tmp_path / "inbox.mbox", [_question(day=12)])
    config = AuditConfig(support_domains=frozenset({"acme.example"}),
                         until=datetime(2026, 11, 10, tzinfo=timezone.utc))
    assert audit_sources(discover(str(tmp_path)), config, AS_OF).cases == ()


def test_a_conversation_without_any_customer_is_not_a_case(tmp_path: Path):
    newsletter = raw_mail(message_id="n@acme.example", sender="sam@acme.example", to="team@acme.example",
                          subject="Rota for next week", body="Here is the rota.")
    write_mbox(tmp_path / "inbox.mbox", [newsletter])
    assert audit_sources(discover(str(tmp_path)), SUPPORT, AS_OF).cases == ()


def test_audit_without_notes_finds_the_same_and_keeps_no_explanations(tmp_path: Path):
    write_mbox(tmp_path / "inbox.mbox", [_question(), _answer()])
    sources = discover(str(tmp_path))
    with_notes = audit_sources(sources, SUPPORT, AS_OF)
    without = audit_sources(sources, SUPPORT, AS_OF, keep_notes=False)
    assert with_notes.cases[0].notes
    assert without.cases[0].notes == ()
    assert [c.findings for c in without.cases] == [c.findings for c in with_notes.cases]
