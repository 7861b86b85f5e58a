"""Score happyaudit.threads.build_threads against the shared threading corpora.

Usage: python scripts/measure_threads.py [--shared PATH]   (default: ../shared beside the repo)
Compares the partition of Message-IDs into threads with each corpus's expected threads.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import email.utils
import hashlib
import json
import mailbox
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from happyaudit.model import Message, RawMessage
from happyaudit.threads import build_threads, original_message_id

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
NOTMUCH_SUBCORPORA = ("default", "lkml", "threading", "broken", "duplicate")
_ID = re.compile(r"<([^<>]+)>")

try:
    from happyaudit.parse import parse_message
except ImportError:
    parse_message = None


@dataclass(frozen=True)
class Score:
    """How one corpus's produced threads compare with its expected threads."""

    corpus: str
    expected_threads: int
    produced_threads: int
    exact_threads: int
    messages_in_exact: int
    expected_messages: int

    @property
    def all_exact(self) -> bool:
        return self.exact_threads == self.expected_threads == self.produced_threads


def _fallback_parse(raw: RawMessage) -> Message | None:
    """Just the fields threading needs, via stdlib email; used only without happyaudit.parse."""
    msg = email.message_from_bytes(raw.data, policy=email.policy.compat32)
    ids = _ID.findall(str(msg.get("Message-ID", "")))
    content_hash = hashlib.sha256(raw.data).hexdigest()
    try:
        date = email.utils.parsedate_to_datetime(str(msg.get("Date", "")))
        date = date.replace(tzinfo=date.tzinfo or UTC).astimezone(UTC)
    except (TypeError, ValueError):
        date = raw.envelope_date or datetime(1970, 1, 1, tzinfo=UTC)

    def addresses(name: str) -> tuple[str, ...]:
        pairs = email.utils.getaddresses([str(v) for v in msg.get_all(name, [])])
        return tuple(a.lower() for _, a in pairs if a)

    sender = addresses("From")
    return Message(
        message_id=ids[0] if ids else f"synthetic-{content_hash[:20]}@happyaudit.invalid",
        subject=str(email.header.make_header(email.header.decode_header(
            str(msg.get("Subject", ""))))),
        from_addr=sender[0] if sender else "", date=date, origin=raw.origin,
        to_addrs=addresses("To"), cc_addrs=addresses("Cc"),
        in_reply_to=tuple(_ID.findall(str(msg.get("In-Reply-To", "")))),
        references=tuple(_ID.findall(" ".join(str(v) for v in msg.get_all("References", [])))),
        synthetic_id=not ids, content_hash=content_hash)


def to_message(raw: RawMessage) -> Message | None:
    """Parse with the product parser when present; None for a skipped message."""
    if parse_message is None:
        return _fallback_parse(raw)
    parsed = parse_message(raw)
    return parsed if isinstance(parsed, Message) else None


def unique_messages(raws: Iterable[RawMessage]) -> list[Message]:
    """Parsed messages with exact duplicates (same id and same bytes) dropped, as the product does."""
    seen: set[tuple[str, str]] = set()
    result = []
    for raw in raws:
        message = to_message(raw)
        if message is None:
            continue
        key = (message.message_id, message.content_hash or hashlib.sha256(raw.data).hexdigest())
        if key not in seen:
            seen.add(key)
            result.append(message)
    return result


def maildir_raws(folder: Path) -> Iterator[RawMessage]:
    """Every file of a Maildir tree (cur/new, nested folders, or plain files)."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        envelope = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
        yield RawMessage(path.read_bytes(), str(path.relative_to(folder)), envelope)


def mbox_raws(path: Path) -> Iterator[RawMessage]:
    """Every message of an mbox file, with its position as origin."""
    box = mailbox.mbox(path, create=False)
    for index, key in enumerate(box.keys()):
        yield RawMessage(box.get_bytes(key), f"{path.name}#{index}")


def produced_partition(messages: list[Message]) -> list[frozenset[str]]:
    """Threads as sets of original Message-IDs (duplicate copies count once)."""
    return [frozenset(original_message_id(m.message_id) for m in thread.messages)
            for thread in build_threads(messages)]


def score(corpus: str, expected: list[frozenset[str]], produced: list[frozenset[str]]) -> Score:
    """Count expected threads reproduced exactly (same member set)."""
    produced_set = set(produced)
    exact = [t for t in expected if t in produced_set]
    return Score(corpus, len(expected), len(produced), len(exact),
                 sum(len(t) for t in exact), sum(len(t) for t in expected))


def notmuch_scores(shared: Path) -> list[Score]:
    """One score per notmuch sub-corpus with an expected thread file."""
    base = shared / "corpora" / "notmuch"
    scores = []
    for name in NOTMUCH_SUBCORPORA:
        data = json.loads((base / "expected" / f"{name}.threads.json").read_text())
        expected = [frozenset(m["message_id"] for m in t["messages"]) for t in data["threads"]]
        messages = unique_messages(maildir_raws(base / name))
        scores.append(score(f"notmuch/{name}", expected, produced_partition(messages)))
    return scores


def fedora_score(shared: Path) -> Score:
    """Score for the fedora-devel January 2010 mbox against its MHonArc thread index."""
    base = shared / "corpora" / "fedora-devel-2010-01"
    data = json.loads((base / "expected" / "threads.json").read_text())
    expected = [frozenset(m["message_id"] for m in t["messages"]) for t in data["threads"]]
    messages = unique_messages(mbox_raws(base / "2010-January.mbox"))
    return score("fedora-devel-2010-01", expected, produced_partition(messages))


def file_raws(base: Path, names: Iterable[str]) -> Iterator[RawMessage]:
    """Single .eml files named relative to a corpus folder."""
    for name in names:
        yield RawMessage((base / name).read_bytes(), name)


def ruby_mail_score(shared: Path) -> Score:
    """Score for the RFC 2822 Appendix A.2 reply thread (example05 -> 06 -> 07)."""
    base = shared / "corpora" / "ruby-mail"
    cases = json.loads((base / "expected" / "selected.json").read_text())["cases"]
    threaded = [c for c in cases if c.get("thread")]
    expected: dict[str, set[str]] = {}
    for case in threaded:
        expected.setdefault(case["thread"], set()).add(case["message_id"])
    messages = unique_messages(file_raws(base, [c["file"] for c in threaded]))
    return score("ruby-mail/rfc2822-A.2", [frozenset(t) for t in expected.values()],
                 produced_partition(messages))


def discourse_score(shared: Path) -> Score:
    """Score for discourse-incoming's reply thread with incomplete References."""
    base = shared / "corpora" / "discourse-incoming"
    threads = json.loads((base / "expected" / "outcomes.json").read_text())["threads"]
    expected = [frozenset(t["message_ids"]) for t in threads]
    messages = unique_messages(file_raws(base, [f for t in threads for f in t["files"]]))
    return score("discourse-incoming", expected, produced_partition(messages))


def all_scores(shared: Path) -> list[Score]:
    """Every corpus score, in a fixed order."""
    return [*notmuch_scores(shared), fedora_score(shared), ruby_mail_score(shared),
            discourse_score(shared)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args(argv)
    if not (args.shared / "corpora").is_dir():
        print(f"no corpora under {args.shared}", file=sys.stderr)
        return 2
    parser_name = "happyaudit.parse" if parse_message else "stdlib fallback"
    print(f"threading (parser: {parser_name})")
    header = f"{'corpus':<24} {'expected':>8} {'produced':>8} {'exact':>6} {'msgs in exact':>16}"
    print(header)
    print("-" * len(header))
    for item in all_scores(args.shared):
        messages = f"{item.messages_in_exact}/{item.expected_messages}"
        print(f"{item.corpus:<24} {item.expected_threads:>8} {item.produced_threads:>8} "
              f"{item.exact_threads:>6} {messages:>16}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
