"""Score happyaudit.quotes.split_reply against the shared reply-splitting corpora.

Usage: python scripts/measure_quotes.py [--shared PATH]   (default: ../shared beside the repo)
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from happyaudit.quotes import split_reply

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"

Splitter = Callable[[str], object]


@dataclass
class CorpusScore:
    """Exact-match and contains-check tallies for one corpus."""

    name: str
    cases: int = 0
    exact: int = 0
    checks: int = 0
    checks_passed: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def exact_rate(self) -> float:
        return self.exact / self.cases if self.cases else 1.0

    @property
    def check_rate(self) -> float:
        return self.checks_passed / self.checks if self.checks else 1.0

    def record_exact(self, label: str, ok: bool) -> None:
        self.cases += 1
        self.exact += ok
        if not ok:
            self.failures.append(f"exact: {label}")

    def record_check(self, label: str, ok: bool) -> None:
        self.checks += 1
        self.checks_passed += ok
        if not ok:
            self.failures.append(f"check: {label}")


def normalise(text: str | None) -> str:
    """Strip trailing spaces per line, collapse blank-line runs, strip the ends (the agreed rule)."""
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()


def quoted_text(source: str, result) -> str:
    """Lines of the input that were removed as history (neither new text nor signature)."""
    kept = {line.strip() for line in (result.new_text + "\n" + result.signature).splitlines() if line.strip()}
    removed = [line for line in source.replace("\r\n", "\n").split("\n") if line.strip() and line.strip() not in kept]
    return "\n".join(removed)


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def score_discourse(corpus: Path, splitter: Splitter) -> CorpusScore:
    """Exact comparison of new_text with trimmed/X.txt for every emails/X.txt."""
    score = CorpusScore("discourse-reply-trimmer")
    for source in sorted((corpus / "emails").glob("*.txt")):
        expected = _read(corpus / "trimmed" / source.name)
        result = splitter(_read(source))
        score.record_exact(source.name, normalise(result.new_text) == normalise(expected))
    return score


def _first_text_part(eml: Path) -> str:
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_content()
    return ""


def score_talon(corpus: Path, splitter: Splitter) -> list[CorpusScore]:
    """Plain inline cases + standard .eml replies (one row) and rule-based signature cases (another row)."""
    quotes = CorpusScore("talon")
    plain = json.loads(_read(corpus / "expected" / "plain_quotation_cases.json"))
    for case in plain["cases"]:
        if case.get("decorators"):
            continue  # ran with a patched talon limit: talon-specific
        expected = case["input"] if case.get("expected_is_input_unchanged") else case["expected"]
        result = splitter(case["input"])
        quotes.record_exact(case["test"], normalise(result.new_text) == normalise(expected))
    standard = json.loads(_read(corpus / "expected" / "standard_replies.json"))
    for name, expected in standard["expected_reply_text"].items():
        result = splitter(_first_text_part(corpus / "standard_replies" / name))
        quotes.record_exact(name, normalise(result.new_text) == normalise(expected))
    signatures = CorpusScore("talon-signatures")
    cases = json.loads(_read(corpus / "expected" / "signature_cases.json"))
    for case in cases["bruteforce_cases"]:
        result = splitter(case["input"])
        signatures.record_exact(case["test"], normalise(result.new_text) == normalise(case["expected"][0]))
    return [quotes, signatures]


_CRISP_EXACT = {"fragment_trimmed_equals", "fragment_equals", "visible_text_equals", "visible_text_trimmed_equals"}


def score_crisp(corpus: Path, splitter: Splitter) -> CorpusScore:
    """Cases with an exact expected reply count as exact cases; regex assertions as contains-checks."""
    score = CorpusScore("crisp-email-reply-parser")
    data = json.loads(_read(corpus / "expected" / "assertions.json"))
    for case in data["cases"]:
        source = case.get("inline_input") or _read(corpus / case["fixture"])
        result = splitter(source)
        label = case["test"]
        exact_values = []
        for assertion in case["assertions"]:
            kind, index = assertion["kind"], assertion.get("index", 0)
            if kind in _CRISP_EXACT and index == 0:
                value = assertion.get("value")
                exact_values.append(data["COMMON_FIRST_FRAGMENT"] if value is None else value)
            elif kind in ("visible_text_matches", "visible_text_not_matches") or (kind == "fragment_matches" and index == 0):
                flags = re.M if "m" in assertion.get("regex_flags", "") else 0
                found = re.search(assertion["regex"], result.new_text, flags) is not None
                score.record_check(f"{label} {kind} {assertion['regex']}", found != kind.endswith("not_matches"))
            elif kind.startswith("quoted_text"):
                quoted = quoted_text(source, result)
                if kind == "quoted_text_nonempty":
                    ok = bool(quoted.strip())
                else:
                    ok = (re.search(assertion["regex"], quoted) is not None) != kind.endswith("not_matches")
                score.record_check(f"{label} {kind}", ok)
        if exact_values:
            ok = all(normalise(result.new_text) == normalise(value) for value in exact_values)
            score.record_exact(label, ok)
    return score


def score_github(corpus: Path, splitter: Splitter) -> CorpusScore:
    """visible_text_equals are exact cases; contains / not-contains / max_seconds are checks."""
    score = CorpusScore("github-email-reply-parser")
    data = json.loads(_read(corpus / "expected" / "assertions.json"))
    for assertion in data["assertions"]:
        kind, name = assertion["kind"], assertion["file"]
        source = _read(corpus / name)
        started = time.perf_counter()
        result = splitter(source)
        elapsed = time.perf_counter() - started
        if kind in ("visible_text_equals", "visible_text_trimmed_equals"):
            score.record_exact(name, normalise(result.new_text) == normalise(assertion["value"]))
        elif kind == "visible_text_contains":
            score.record_check(f"{name} contains", assertion["value"] in result.new_text)
        elif kind == "visible_text_not_contains":
            score.record_check(f"{name} not contains", assertion["value"] not in result.new_text)
        elif kind == "max_seconds":
            score.record_check(f"{name} {elapsed:.2f}s", elapsed <= assertion["value"])
    return score


def score_mail_parser_reply(corpus: Path, splitter: Splitter) -> CorpusScore:
    """latest_reply_equals are exact cases; every contains / not-contains entry is a check."""
    score = CorpusScore("mail-parser-reply")
    data = json.loads(_read(corpus / "expected" / "assertions.json"))
    for entry in data["assertions"]:
        source = _read(corpus / entry["file"])
        result = splitter(source)
        name = entry["file"]
        new_text, signature = result.new_text, result.signature
        quoted = source.replace("\r\n", "\n")  # older messages must stay out of new_text; search the removed part
        removed = quoted_text(source, result)
        if "latest_reply_equals" in entry:
            score.record_exact(name, normalise(new_text) == normalise(entry["latest_reply_equals"]))
        for value in entry.get("latest_reply_contains", []):
            score.record_check(f"{name} contains {value!r}", value in new_text)
        for value in entry.get("latest_reply_not_contains", []):
            score.record_check(f"{name} not contains {value!r}", value not in new_text)
        for value in entry.get("latest_signature_contains", []):
            score.record_check(f"{name} signature {value!r}", value in signature)
        if "latest_signature_startswith" in entry:
            score.record_check(f"{name} signature startswith", signature.startswith(entry["latest_signature_startswith"]))
        for key in ("reply_bodies_contain", "reply_signatures_contain", "reply_headers_contain"):
            for values in entry.get(key, {}).values():
                for value in values:
                    first_line = value.splitlines()[0].lstrip("> ").strip()
                    score.record_check(f"{name} {key} {value!r}", first_line in removed and value.strip("> ") in quoted)
        if "quote_header" in entry:
            score.record_check(f"{name} quote_header", entry["quote_header"] not in new_text)
    return score


def score_all(shared: Path, splitter: Splitter = split_reply) -> dict[str, CorpusScore]:
    """Score every available corpus under shared/corpora; corpora that are missing are left out."""
    corpora = shared / "corpora"
    scores: list[CorpusScore] = []
    if (corpora / "discourse-reply-trimmer").is_dir():
        scores.append(score_discourse(corpora / "discourse-reply-trimmer", splitter))
    if (corpora / "talon").is_dir():
        scores.extend(score_talon(corpora / "talon", splitter))
    if (corpora / "crisp-email-reply-parser").is_dir():
        scores.append(score_crisp(corpora / "crisp-email-reply-parser", splitter))
    if (corpora / "github-email-reply-parser").is_dir():
        scores.append(score_github(corpora / "github-email-reply-parser", splitter))
    if (corpora / "mail-parser-reply").is_dir():
        scores.append(score_mail_parser_reply(corpora / "mail-parser-reply", splitter))
    return {score.name: score for score in scores}


def format_table(scores: dict[str, CorpusScore]) -> str:
    """A small fixed-width table: cases, exact matches, contains-checks per corpus."""
    rows = [f"{'corpus':<28} {'cases':>5} {'exact':>5} {'exact%':>7} {'checks':>6} {'passed':>6} {'check%':>7}"]
    for score in scores.values():
        check_pct = f"{score.check_rate:7.1%}" if score.checks else f"{'-':>7}"
        rows.append(
            f"{score.name:<28} {score.cases:>5} {score.exact:>5} {score.exact_rate:7.1%} "
            f"{score.checks:>6} {score.checks_passed:>6} {check_pct}"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the score table; --verbose also lists each failing case."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    if not (args.shared / "corpora").is_dir():
        print(f"no corpora under {args.shared}", file=sys.stderr)
        return 2
    scores = score_all(args.shared)
    print(format_table(scores))
    if args.verbose:
        for score in scores.values():
            for failure in score.failures:
                print(f"  {score.name}: {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
