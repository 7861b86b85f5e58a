"""Measure ``detect_automatic`` against the shared corpora: hits, misses and false alarms.

Usage: python scripts/measure_automatic.py [CORPORA_DIR]   (default: ../shared/corpora)
"""

from __future__ import annotations

import email
import email.policy
import json
import sys
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from happyaudit.automatic import AUTOMATIC_HEADERS, detect_automatic
from happyaudit.model import Automatic

DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
TEXT_LIMIT = 20_000
NOT_MAIL = frozenset({"SOURCE.md", "CORPORA-README.txt", ".gitattributes", "sample_output_multipart"})


@dataclass(frozen=True)
class ParsedMail:
    """The four inputs ``detect_automatic`` takes, read from one file."""

    headers: dict[str, str]
    from_addr: str
    subject: str
    text: str


@dataclass(frozen=True)
class Corpus:
    """Files of one corpus and, for each expected machine mail, its expected kind."""

    name: str
    files: tuple[Path, ...]
    expected: dict[Path, Automatic]


def _header_value(message: EmailMessage, name: str) -> str | None:
    """A header's decoded value; the raw string when decoding fails; ``None`` when absent."""
    try:
        value = message.get(name)
    except Exception:  # noqa: BLE001 - corpora hold deliberately broken headers
        raw = [value for key, value in message.raw_items() if key.lower() == name]
        return str(raw[0]) if raw else None
    return None if value is None else str(value)


def _sender_address(message: EmailMessage) -> str:
    """The lower-cased address of ``From``, ``""`` when missing or unusable."""
    try:
        addresses = message["from"].addresses if message["from"] is not None else ()
        return addresses[0].addr_spec.lower() if addresses else ""
    except Exception:  # noqa: BLE001
        raw = _header_value(message, "from") or ""
        start, end = raw.rfind("<"), raw.rfind(">")
        return (raw[start + 1 : end] if 0 <= start < end else raw).strip().lower()


def _first_text(message: EmailMessage) -> str:
    """The first text/plain part (or the first text part) as a string, capped."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        return part.get_content()[:TEXT_LIMIT] if part is not None else ""
    except Exception:  # noqa: BLE001
        try:
            payload = message.get_payload(decode=True)
            return payload.decode("utf-8", "replace")[:TEXT_LIMIT] if isinstance(payload, bytes) else ""
        except Exception:  # noqa: BLE001
            return ""


def parse_mail(path: Path) -> ParsedMail:
    """Read one mail file into what ``detect_automatic`` needs, as the parser would."""
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    headers = {}
    for name in AUTOMATIC_HEADERS:
        value = _header_value(message, name)
        if value is not None:
            headers[name] = value
    return ParsedMail(headers, _sender_address(message), _header_value(message, "subject") or "", _first_text(message))


def classify(path: Path) -> Automatic | None:
    """``detect_automatic`` applied to one mail file."""
    mail = parse_mail(path)
    return detect_automatic(mail.headers, mail.from_addr, mail.subject, mail.text)


def _mail_files(folder: Path) -> tuple[Path, ...]:
    """Every mail file below a folder, in a stable order."""
    return tuple(
        sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in NOT_MAIL and "expected" not in p.parts)
    )


def load_corpora(root: Path) -> list[Corpus]:
    """The measured corpora with their expected machine mail.

    discourse-incoming: ``auto_generated`` of outcomes.json (kinds: bulk for ``Precedence:
    list``, auto-submitted for ``Auto-Submitted``). flanker: bounce.json plus the rest of
    ``bounce/`` (upstream names them bounces and delay notices), the feedback-loop
    complaints and the read receipt. notmuch: only RT's AutoReply; RT's "Resolved" notice
    is kept as support's closing message (see happyaudit.audit.language). ruby-mail: the
    delivery-status reports, plus machine mail found by reading the other files (a DSN
    filed under mime_emails, ``Precedence: junk`` spam, three no-reply notifications — one
    a forum post relayed by a no-reply tracker, debatable); every other file is a person's.
    """
    discourse = root / "discourse-incoming"
    outcomes = json.loads((discourse / "expected" / "outcomes.json").read_text())
    discourse_kinds = {"Precedence: list": Automatic.BULK, "Auto-Submitted: auto-generated": Automatic.AUTO_SUBMITTED}
    discourse_expected = {
        discourse / case["file"]: discourse_kinds[case["why"]] for case in outcomes["cases"] if case["auto_generated"]
    }

    flanker = root / "flanker"
    flanker_expected = {path: Automatic.BOUNCE for path in _mail_files(flanker / "messages" / "bounce")}
    for case in json.loads((flanker / "expected" / "bounce.json").read_text())["cases"]:
        if not case["is_bounce"]:
            flanker_expected.pop(flanker / case["file"], None)
    flanker_expected.update({path: Automatic.AUTO_SUBMITTED for path in _mail_files(flanker / "messages" / "complaints")})
    flanker_expected[flanker / "messages" / "disposition-notification.eml"] = Automatic.AUTO_SUBMITTED

    notmuch = root / "notmuch"
    rt_auto_reply = notmuch / "threading" / "ghost-root" / "1532672447.R3166642290392477575.len:2,S"

    ruby = root / "ruby-mail" / "emails"
    ruby_expected = {path: Automatic.BOUNCE for path in _mail_files(ruby / "multipart_report_emails")}
    ruby_expected.update(
        {
            ruby / "mime_emails" / "raw_email_with_mimepart_without_content_type.eml": Automatic.BOUNCE,
            ruby / "error_emails" / "bad_date_header.eml": Automatic.BULK,
            ruby / "error_emails" / "encoding_madness.eml": Automatic.AUTO_SUBMITTED,
            ruby / "mime_emails" / "raw_email_encoded_stack_level_too_deep.eml": Automatic.AUTO_SUBMITTED,
            ruby / "plain_emails" / "raw_email_trailing_dot.eml": Automatic.AUTO_SUBMITTED,
        }
    )

    return [
        Corpus("discourse-incoming", _mail_files(discourse / "emails"), discourse_expected),
        Corpus("flanker", _mail_files(flanker / "messages"), flanker_expected),
        Corpus("notmuch", _mail_files(notmuch), {rt_auto_reply: Automatic.ACKNOWLEDGEMENT}),
        Corpus("ruby-mail", _mail_files(ruby), ruby_expected),
    ]


def main(argv: list[str]) -> int:
    """Print one row per corpus, then every disagreement with its file."""
    root = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPORA
    columns = ("corpus", "messages", "expected", "detected", "true_pos", "false_pos", "false_neg", "wrong_kind")
    print("{:<20}{:>9}{:>9}{:>9}{:>9}{:>10}{:>10}{:>11}".format(*columns))
    disagreements = []
    for corpus in load_corpora(root):
        detected = {path: classify(path) for path in corpus.files}
        hits = [p for p, kind in detected.items() if kind is not None]
        true_pos = [p for p in hits if p in corpus.expected]
        false_pos = [p for p in hits if p not in corpus.expected]
        false_neg = [p for p in corpus.expected if detected.get(p) is None]
        wrong_kind = [p for p in true_pos if detected[p] is not corpus.expected[p]]
        print(
            f"{corpus.name:<20}{len(corpus.files):>9}{len(corpus.expected):>9}{len(hits):>9}"
            f"{len(true_pos):>9}{len(false_pos):>10}{len(false_neg):>10}{len(wrong_kind):>11}"
        )
        disagreements += [f"  FP {p.relative_to(root)}: {detected[p].value}" for p in false_pos]
        disagreements += [f"  FN {p.relative_to(root)}: expected {corpus.expected[p].value}" for p in false_neg]
        disagreements += [
            f"  KIND {p.relative_to(root)}: {detected[p].value}, expected {corpus.expected[p].value}" for p in wrong_kind
        ]
    if disagreements:
        print("\n".join(["", "disagreements:", *disagreements]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
