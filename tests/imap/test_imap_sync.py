"""Issue 4 against the real Dovecot: CONDSTORE flag re-reads, the progress total, --all-mail,
the size limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from imapclient import IMAPClient

from happyaudit.pipeline import load_messages
from happyaudit.secrets import Credentials, Secret
from happyaudit.sources.imap import ImapSettings, ImapSource, parse_imap_spec
from tests.imap.conftest import ImapServer, generated_message

pytestmark = pytest.mark.live_imap


class RecordingClient(IMAPClient):
    """Records every FETCH (items, modifiers); ``condstore=False`` hides the capability."""

    fetches: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    condstore = True

    def fetch(self, messages, data, modifiers=None):
        type(self).fetches.append((tuple(data), tuple(modifiers or ())))
        return super().fetch(messages, data, modifiers)

    def has_capability(self, capability):
        if capability.upper() == "CONDSTORE" and not type(self).condstore:
            return False
        return super().has_capability(capability)


def recording_client(condstore: bool = True) -> type[RecordingClient]:
    return type("Recorder", (RecordingClient,), {"fetches": [], "condstore": condstore})


def source(server: ImapServer, user: str, cache_dir: Path | None, factory=IMAPClient, **settings) -> ImapSource:
    options = ImapSettings(ca_file=server.cafile, cache_dir=cache_dir, backoff=0.01, timeout=10, **settings)
    return ImapSource(parse_imap_spec(server.url(user), options), options, client_factory=factory,
                      credentials=Credentials(user, password=Secret(server.users[user])))


def _flag_fetches(recorder: type[RecordingClient]) -> list[tuple[str, ...]]:
    """The modifiers of every FETCH of FLAGS alone (the flag re-read of cached messages)."""
    return [modifiers for items, modifiers in recorder.fetches if items == ("FLAGS",)]


def _set_flag(server: ImapServer, user: str, index: int, flag: str) -> None:
    with server.client(user) as client:
        client.select_folder("INBOX")
        client.add_flags([sorted(client.search(["ALL"]))[index]], [flag])


def test_condstore_rereads_only_changed_flags_and_nothing_when_nothing_changed(imap_server, imap_user, tmp_path):
    user, _ = imap_user
    imap_server.seed(user, "INBOX", [{"msg": generated_message(i)} for i in range(5)])
    first = source(imap_server, user, tmp_path)
    assert len(list(first.iter_raw())) == 5 and first.condstore

    unchanged = recording_client()
    second = source(imap_server, user, tmp_path, unchanged)
    assert len(list(second.iter_raw())) == 5
    assert second.stats["cache_hits"] == 5 and second.stats["bodies_fetched"] == 0
    assert (second.stats["flag_queries"], second.stats["flags_received"]) == (0, 0)  # HIGHESTMODSEQ unchanged
    assert _flag_fetches(unchanged) == []

    imap_server.seed(user, "INBOX", [{"msg": generated_message(5)}])  # raises HIGHESTMODSEQ, no cached flag changed
    new_mail = recording_client()
    third = source(imap_server, user, tmp_path, new_mail)
    assert len(list(third.iter_raw())) == 6 and third.stats["bodies_fetched"] == 1
    assert (third.stats["flag_queries"], third.stats["flags_received"]) == (1, 0)
    assert [m[0].startswith("CHANGEDSINCE ") for m in _flag_fetches(new_mail)] == [True]

    _set_flag(imap_server, user, 2, "$Closed")
    changed = recording_client()
    fourth = source(imap_server, user, tmp_path, changed)
    raws = list(fourth.iter_raw())
    assert [("$closed" in raw.flags) for raw in raws] == [False, False, True, False, False, False]
    assert (fourth.stats["flag_queries"], fourth.stats["flags_received"]) == (1, 1)
    assert fourth.stats["bodies_fetched"] == 0 and len(_flag_fetches(changed)) == 1
    assert _flag_fetches(changed)[0][0].startswith("CHANGEDSINCE ")


def test_without_condstore_every_cached_flag_is_fetched_plainly(imap_server, imap_user, tmp_path):
    user, _ = imap_user
    imap_server.seed(user, "INBOX", [{"msg": generated_message(i)} for i in range(4)])
    plain = recording_client(condstore=False)
    first = source(imap_server, user, tmp_path, plain)
    assert len(list(first.iter_raw())) == 4 and not first.condstore
    _set_flag(imap_server, user, 1, "\\Flagged")
    plain = recording_client(condstore=False)
    second = source(imap_server, user, tmp_path, plain)
    raws = list(second.iter_raw())
    assert [("\\flagged" in raw.flags) for raw in raws] == [False, True, False, False]
    assert _flag_fetches(plain) == [()]  # one plain FETCH FLAGS, no CHANGEDSINCE
    assert (second.stats["flag_queries"], second.stats["flags_received"]) == (1, 4)


def test_size_hint_is_the_byte_total_the_run_then_reads(imap_server, imap_user, tmp_path):
    user, _ = imap_user
    imap_server.seed(user, "INBOX", [{"msg": generated_message(i) + b"x" * (100 * i)} for i in range(6)])
    imap_server.seed(user, "Sent", [{"msg": generated_message(50)}])
    for _ in range(2):  # cold cache, then warm cache plus one new message
        run = source(imap_server, user, tmp_path)
        hint = run.size_hint()
        assert hint == sum(len(raw.data) for raw in run.iter_raw()) and hint > 0
        imap_server.seed(user, "INBOX", [{"msg": generated_message(99)}])
    assert run.stats["cache_hits"] == 7
    no_cache = source(imap_server, user, None)
    assert no_cache.size_hint() == sum(len(raw.data) for raw in no_cache.iter_raw())


def test_all_mail_is_read_when_asked_and_a_copy_in_inbox_counts_once(imap_server, imap_user):
    user, _ = imap_user
    imap_server.seed(user, "INBOX", [{"msg": generated_message(1)}, {"msg": generated_message(2)}])
    imap_server.seed(user, "All Mail", [{"msg": generated_message(1)}, {"msg": generated_message(3)}])
    without = source(imap_server, user, None)
    assert len(load_messages([without]).messages) == 2
    assert without.name.endswith("/INBOX,Sent")
    with_all = source(imap_server, user, None, all_mail=True)
    loaded = load_messages([with_all])
    assert with_all.name.endswith("/INBOX,Sent,All Mail")
    assert sorted(m.subject for m in loaded.messages) == ["Question 1", "Question 2", "Question 3"]
    assert loaded.duplicates == 1


def test_a_message_above_the_size_limit_is_read_header_only_and_not_cached(imap_server, imap_user, tmp_path):
    user, _ = imap_user
    big = generated_message(2) + b"y" * 30_000 + b"\r\n"
    imap_server.seed(user, "INBOX", [{"msg": generated_message(1)}, {"msg": big}])
    run = source(imap_server, user, tmp_path, max_message_size=20_000)
    hint = run.size_hint()
    raws = list(run.iter_raw())
    assert run.stats["too_large"] == 1 and run.stats["bodies_fetched"] == 1
    assert b"Subject: Question 2" in raws[1].data and b"yyyy" not in raws[1].data
    assert b"body not fetched" in raws[1].data and hint == len(raws[0].data)
    again = source(imap_server, user, tmp_path, max_message_size=20_000)
    assert len(list(again.iter_raw())) == 2 and again.stats["cache_hits"] == 1


def test_the_cli_progress_bar_gets_the_total_and_the_audit_is_unchanged(imap_server, imap_user, tmp_path):
    import json

    from typer.testing import CliRunner

    from happyaudit.cli import app

    user, password = imap_user
    imap_server.seed(user, "INBOX", [{"msg": generated_message(i)} for i in range(3)])
    args = ["audit", imap_server.url(user), "--ca-file", str(imap_server.cafile), "--cache-dir", str(tmp_path),
            "--as-of", "2026-11-20T17:00Z", "--support-domain", "acme.example", "-f", "json"]
    hints: list[int | None] = []
    original = ImapSource.size_hint

    def recording_hint(self):
        hints.append(original(self))
        return hints[-1]

    runs = []
    for progress in ("--progress", "--no-progress"):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(ImapSource, "size_hint", recording_hint)
            result = CliRunner().invoke(app, [*args, progress], env={"HAPPYAUDIT_IMAP_PASSWORD": password})
        assert result.exit_code == 0, (result.exception, result.stderr)
        runs.append(json.loads(result.stdout))
    assert runs[0]["summary"] == runs[1]["summary"] and runs[0]["summary"]["cases"] == 3
    assert hints == [sum(len(generated_message(i)) for i in range(3))]  # asked once, with --progress only
