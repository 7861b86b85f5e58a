"""Sources: find mailboxes in any mix of paths, read them streaming, never alter them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from happyaudit.errors import InputError
from happyaudit.sources import discover
from happyaudit.sources.local import EmlFilesSource, MaildirSource, MboxSource
from tests.mailfactory import raw_mail, write_maildir, write_mbox


def _two_mails() -> list[bytes]:
    return [
        raw_mail(message_id="a@example.org", sender="jane@example.org"),
        raw_mail(message_id="b@acme.example", sender="sam@acme.example", to="jane@example.org",
                 in_reply_to="a@example.org", body="From now on we ship there.\n"),
    ]


def test_an_mbox_file_is_one_source(tmp_path: Path):
    path = write_mbox(tmp_path / "inbox.mbox", _two_mails())
    [source] = discover(str(path))
    assert isinstance(source, MboxSource)
    raws = list(source.iter_raw())
    assert len(raws) == 2
    assert raws[0].origin.endswith("inbox.mbox#1")
    assert raws[0].envelope_date is not None


def test_a_body_line_starting_with_from_survives_the_mbox(tmp_path: Path):
    path = write_mbox(tmp_path / "inbox.mbox", _two_mails())
    raws = list(discover(str(path))[0].iter_raw())
    assert b"From now on we ship there." in raws[1].data


def test_a_maildir_is_one_source_with_flags(tmp_path: Path):
    path = write_maildir(tmp_path / "Sent", _two_mails())
    [source] = discover(str(path))
    assert isinstance(source, MaildirSource)
    raws = list(source.iter_raw())
    assert len(raws) == 2 and all("\\seen" in r.flags for r in raws)


def test_a_folder_of_eml_files_is_one_source(tmp_path: Path):
    for index, data in enumerate(_two_mails()):
        (tmp_path / f"{index}.eml").write_bytes(data)
    (tmp_path / "README.md").write_text("# not mail\n")
    [source] = discover(str(tmp_path))
    assert isinstance(source, EmlFilesSource)
    assert len(list(source.iter_raw())) == 2


def test_an_eml_file_saved_with_its_mbox_envelope_is_read_as_that_mbox(tmp_path: Path):
    write_mbox(tmp_path / "saved.eml", _two_mails())
    (tmp_path / "plain.eml").write_bytes(_two_mails()[0])
    [source] = discover(str(tmp_path))
    raws = {raw.origin: raw for raw in source.iter_raw()}
    assert sorted(raws) == sorted([str(tmp_path / "plain.eml"), f"{tmp_path / 'saved.eml'}#1",
                                   f"{tmp_path / 'saved.eml'}#2"])
    enveloped = raws[f"{tmp_path / 'saved.eml'}#1"]
    assert enveloped.envelope_date is not None and not enveloped.data.startswith(b"From ")


def test_folder_entries_are_read_in_name_order_with_mailboxes_in_sub_folders(tmp_path: Path):
    for name in ("b.eml", "a.eml", "c.eml"):
        (tmp_path / name).write_bytes(_two_mails()[0])
    (tmp_path / "z").mkdir()
    write_mbox(tmp_path / "z" / "inbox.mbox", _two_mails())
    sources = discover(str(tmp_path))
    assert [type(s).__name__ for s in sources] == ["MboxSource", "EmlFilesSource"]
    assert [raw.origin for raw in sources[1].iter_raw()] == [str(tmp_path / n) for n in ("a.eml", "b.eml", "c.eml")]


def test_a_folder_holding_an_mbox_and_a_maildir_gives_both(tmp_path: Path):
    write_mbox(tmp_path / "inbox.mbox", _two_mails()[:1])
    write_maildir(tmp_path / "Sent", _two_mails()[1:])
    kinds = sorted(type(s).__name__ for s in discover(str(tmp_path)))
    assert kinds == ["MaildirSource", "MboxSource"]


def test_missing_path_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        discover(str(tmp_path / "nope.mbox"))


def test_a_file_that_is_not_mail_is_an_input_error(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("# just some notes\n")
    with pytest.raises(InputError, match="not a mailbox"):
        discover(str(path))


def test_an_empty_folder_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="no mailbox found"):
        discover(str(tmp_path))


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*")) if p.is_file()
    } | {str(p.relative_to(root)) + "/": (b"", p.stat().st_mtime_ns) for p in sorted(root.rglob("*")) if p.is_dir()}


def test_reading_leaves_every_file_byte_and_mtime_unchanged(tmp_path: Path):
    write_mbox(tmp_path / "inbox.mbox", _two_mails())
    maildir = write_maildir(tmp_path / "Sent", _two_mails())
    (maildir / "new" / "1700000000.unseen.host").write_bytes(_two_mails()[0])
    before = _snapshot(tmp_path)
    for source in discover(str(tmp_path)):
        list(source.iter_raw())
    assert _snapshot(tmp_path) == before
    assert sorted(os.listdir(tmp_path)) == ["Sent", "inbox.mbox"]


def test_no_lock_or_temp_file_is_created_next_to_an_mbox(tmp_path: Path):
    path = write_mbox(tmp_path / "inbox.mbox", _two_mails())
    list(discover(str(path))[0].iter_raw())
    assert os.listdir(tmp_path) == ["inbox.mbox"]
