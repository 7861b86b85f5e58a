"""The benchmark's synthetic mailbox generator: deterministic, well-formed, and its ground
truth is one that happyaudit's threading can reproduce."""

from __future__ import annotations

import importlib.util
import json
import mailbox
import re
import sys
from pathlib import Path

import pytest

from happyaudit.model import RawMessage
from happyaudit.parse import parse_message
from happyaudit.pipeline import load_messages
from happyaudit.sources.local import MboxSource
from happyaudit.threads import build_threads

ROOT = Path(__file__).resolve().parents[1]
COUNT = 200
_MESSAGE_ID = re.compile(rb"^Message-ID: <([^>]+)>", re.MULTILINE | re.IGNORECASE)


def _load_generator():
    spec = importlib.util.spec_from_file_location("benchmark_generate", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


generate_module = _load_generator()


def _generate(folder: Path, fmt: str = "mbox", seed: int = 7, count: int = COUNT) -> dict:
    summary = generate_module.generate(folder, count, fmt, seed)
    return summary


def _truth(folder: Path) -> dict:
    return json.loads((folder / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def mbox_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bench") / "box"
    _generate(folder)
    return folder


def test_same_seed_writes_the_same_bytes(tmp_path: Path, mbox_folder: Path) -> None:
    again = tmp_path / "again"
    _generate(again)
    assert (again / "inbox.mbox").read_bytes() == (mbox_folder / "inbox.mbox").read_bytes()
    assert (again / "truth.json").read_bytes() == (mbox_folder / "truth.json").read_bytes()


def test_another_seed_writes_another_mailbox(tmp_path: Path, mbox_folder: Path) -> None:
    _generate(tmp_path / "other", seed=8)
    assert (tmp_path / "other" / "inbox.mbox").read_bytes() != (mbox_folder / "inbox.mbox").read_bytes()


def test_mbox_parses_with_the_stdlib_into_the_stated_count(mbox_folder: Path) -> None:
    box = mailbox.mbox(mbox_folder / "inbox.mbox", create=False)
    try:
        messages = [box.get_message(key) for key in box.iterkeys()]
    finally:
        box.close()
    assert len(messages) == COUNT == _truth(mbox_folder)["messages"]
    assert all(m["From"] and m["Date"] and m["Subject"] for m in messages)


def test_ground_truth_covers_every_message_exactly_once(mbox_folder: Path) -> None:
    truth = _truth(mbox_folder)
    data = (mbox_folder / "inbox.mbox").read_bytes()
    ids_in_mailbox = {m.decode() for m in _MESSAGE_ID.findall(data)}
    listed = [entry for thread in truth["threads"] for entry in thread]
    assert len(listed) == len(set(listed)) == truth["unique_messages"]
    notes = {entry for entry in listed if entry.startswith("no-message-id:")}
    assert notes == set(truth["notes"])
    assert set(listed) - notes == ids_in_mailbox
    assert len(truth["customer_threads"]) == len(truth["threads"])


@pytest.mark.parametrize("fmt", ["maildir", "eml"])
def test_file_formats_write_one_file_per_message(tmp_path: Path, fmt: str) -> None:
    summary = _generate(tmp_path / fmt, fmt=fmt, count=60)
    root = tmp_path / fmt / ("Maildir" if fmt == "maildir" else "eml")
    files = [p for p in root.rglob("*") if p.is_file()]
    assert len(files) == summary["messages"] == 60
    if fmt == "maildir":
        assert all(p.parent.name == "cur" and p.name.endswith(":2,S") for p in files)


def test_happyaudit_threading_reproduces_the_ground_truth(mbox_folder: Path) -> None:
    truth = _truth(mbox_folder)
    synthetic = {}
    for note, where in truth["notes"].items():
        with open(mbox_folder / where["path"], "rb") as handle:
            handle.seek(where["offset"])
            parsed = parse_message(RawMessage(data=handle.read(where["length"]), origin=note))
        synthetic[note] = parsed.message_id
    loaded = load_messages([MboxSource(mbox_folder / "inbox.mbox")])
    assert not loaded.skipped
    assert len(loaded.messages) == truth["unique_messages"]
    threads = {frozenset(m.message_id for m in t.messages) for t in build_threads(loaded.messages)}
    expected = [frozenset(synthetic.get(m, m) for m in thread) for thread in truth["threads"]]
    exact = sum(1 for thread in expected if thread in threads)
    assert exact >= 0.95 * len(expected), f"{exact}/{len(expected)} threads reproduced"
