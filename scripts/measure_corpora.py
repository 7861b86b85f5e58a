"""Score happyaudit's parsing against real mail with expected results: stalwart-mail-parser and perceval-mbox.

Usage: python scripts/measure_corpora.py [--shared PATH]   (default: ../shared beside the repo)
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timezone
from pathlib import Path

from happyaudit import parse
from happyaudit.errors import HappyAuditError
from happyaudit.model import Message, RawMessage
from happyaudit.sources import discover

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
FALLBACK_DATE = datetime(1999, 1, 1, tzinfo=timezone.utc)
"""Envelope given to a stalwart mail that is skipped without one, so its other fields still count."""
STALWART_FIELDS = ("subject", "from", "from_name", "date", "message_id", "body")


def normalise(text: str | None) -> str:
    """Whitespace collapsed and trimmed: folding and trailing blanks are not parse errors."""
    return " ".join((text or "").split())


def _expected_date(value: str | None) -> datetime | None:
    """The expected date, or None where stalwart found none (it writes ``Empty`` for an empty header)."""
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _expected_body(entry: dict) -> str | None:
    """The first plain text part stalwart decodes, or None when its text body is HTML (not scored)."""
    body = entry.get("text_body")
    first = body[0] if isinstance(body, list) and body else ("" if isinstance(body, list) else body)
    return first if isinstance(first, str) else None


def _body(data: bytes) -> str:
    """The body text happyaudit reads before quote stripping (plain preferred, HTML converted)."""
    compacted, _ = parse._compact(data)
    body, _ = parse._body_text(parse._PARSER.parsebytes(compacted), [])
    return body


def score_stalwart(corpora: Path) -> dict:
    """Per-field match counts of parse_message against stalwart's expected-summary.jsonl.

    A field is scored only on mails whose expected value exists (a date, an id, a plain
    text body); a missing expected Message-ID must give a synthetic id.
    """
    folder = corpora / "stalwart-mail-parser"
    tallies = {name: [0, 0] for name in STALWART_FIELDS}
    misses: dict[str, list[str]] = {name: [] for name in STALWART_FIELDS}
    for line in (folder / "expected-summary.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        data = (folder / entry["eml"]).read_bytes().replace(b"\r", b"")
        message = parse.parse_message(RawMessage(data=data, origin=entry["eml"]))
        if not isinstance(message, Message):
            message = parse.parse_message(RawMessage(data=data, origin=entry["eml"], envelope_date=FALLBACK_DATE))
        senders = entry.get("from") or [{}]
        body = _expected_body(entry)
        checks = {
            "subject": normalise(entry.get("subject")),
            "from": (senders[0].get("address") or "").lower(),
            "from_name": normalise(senders[0].get("name")),
            "date": _expected_date(entry.get("date")),
            "message_id": entry.get("message_id"),
            "body": normalise(body) if body is not None else None,
        }
        if isinstance(message, Message):
            got = {
                "subject": normalise(message.subject), "from": message.from_addr,
                "from_name": normalise(message.from_name),
                "date": message.date if message.date_source == "header" else None,
                "message_id": None if message.synthetic_id else message.message_id,
                "body": normalise(_body(data)),
            }
        else:
            got = {}
        for name, expected in checks.items():
            if name in ("date", "body") and expected is None:
                continue
            tallies[name][1] += 1
            if got and got.get(name) == expected:
                tallies[name][0] += 1
            else:
                misses[name].append(entry["eml"])
    return {"fields": {name: {"matched": m, "scored": n, "rate": m / n if n else 1.0}
                       for name, (m, n) in tallies.items()}, "misses": misses}


def score_perceval(corpora: Path) -> dict:
    """Expected (Message-ID, UTC date) pairs of perceval-mbox found and matched, and messages read."""
    folder = corpora / "perceval-mbox"
    expected = json.loads((folder / "expected" / "messages.json").read_text(encoding="utf-8"))
    ids_found = dates_matched = total = 0
    misses: list[str] = []
    unreadable: list[str] = []
    for relative, wanted in expected["files"].items():
        try:
            raws = [raw for source in discover(str(folder / relative)) for raw in source.iter_raw()]
        except HappyAuditError as exc:
            unreadable.append(f"{relative}: {exc}")
            raws = []
        parsed = [m for m in (parse.parse_message(raw) for raw in raws) if isinstance(m, Message)]
        by_id: dict[str, Message] = {}
        for message in parsed:
            by_id.setdefault(message.message_id, message)  # perceval keeps the first of a reused id
        for item in wanted:
            total += 1
            message = by_id.get(item["message_id"].strip("<>"))
            if message is None:
                misses.append(f"{relative}: {item['message_id']} not found")
                continue
            ids_found += 1
            if message.date.timestamp() == item["date_epoch_utc"]:
                dates_matched += 1
            else:
                misses.append(f"{relative}: {item['message_id']} date {message.date.isoformat()}")
    counts = {}
    for relative, count in expected.get("from_line_counts", {}).items():
        raws = [raw for source in discover(str(folder / relative)) for raw in source.iter_raw()]
        counts[relative] = {"expected": count, "read": len(raws)}
    return {"expected": total, "ids_found": ids_found, "dates_matched": dates_matched,
            "from_line_counts": counts, "misses": misses, "unreadable": unreadable}


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--misses", action="store_true", help="list the mails that did not match")
    args = parser.parse_args()
    corpora = args.shared / "corpora"
    stalwart = score_stalwart(corpora)
    print("stalwart-mail-parser (expected-summary.jsonl), whitespace-normalised:")
    for name, figures in stalwart["fields"].items():
        print(f"  {name:<11} {figures['matched']:>3}/{figures['scored']:<3} {figures['rate']:.1%}")
        if args.misses and stalwart["misses"][name]:
            print("    misses: " + ", ".join(stalwart["misses"][name]))
    perceval = score_perceval(corpora)
    print("perceval-mbox (expected/messages.json):")
    print(f"  message ids found {perceval['ids_found']}/{perceval['expected']}, "
          f"dates equal (UTC epoch) {perceval['dates_matched']}/{perceval['expected']}")
    for relative, count in perceval["from_line_counts"].items():
        print(f"  {relative}: {count['read']} of {count['expected']} messages read")
    for line in perceval["unreadable"] + (perceval["misses"] if args.misses else []):
        print(f"  {line}")


if __name__ == "__main__":
    main()
