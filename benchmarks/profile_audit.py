#!/usr/bin/env python3
"""Profile one audit in-process with cProfile and print time per pipeline stage.

    python benchmarks/profile_audit.py /tmp/happyaudit-bench/seed1-n10000-mbox/inbox.mbox -o /tmp/audit.pstats

Runs what ``happyaudit audit PATH --format json --support-domain acme.example`` runs
(discover → load → threads → cases → rules → records → JSON text) under cProfile, then
prints the stage shares (cumulative time of the functions that own each stage) and the
top functions by cumulative and by self time. The saved stats open in snakeviz or
``python -m pstats``. cProfile inflates call-heavy code (the email package) about 3x;
a sampling profile is truer, and this script summarises one too::

    py-spy record -r 50 --format raw -o audit.txt -- python -m happyaudit audit PATH \
        --format json --as-of 2026-11-20T17:00Z --support-domain acme.example -o out.json
    python benchmarks/profile_audit.py --pyspy-raw audit.txt
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

# (stage, file suffix, function name): a stage's time is the cumulative time of its function.
STAGES = (
    ("mbox / file reading", "sources/local.py", "iter_raw"),
    ("email parsing (stdlib parser)", "email/parser.py", "parsebytes"),
    ("body decoding (get_content)", "happyaudit/parse.py", "_body_text"),
    ("  of which HTML to text", "happyaudit/htmltext.py", "html_to_text"),
    ("header decoding (addresses, dates, RFC 2047)", "happyaudit/headers.py", "_address_pairs"),
    ("header decoding (addresses, dates, RFC 2047)", "happyaudit/headers.py", "decoded_header"),
    ("header decoding (addresses, dates, RFC 2047)", "happyaudit/headers.py", "message_date"),
    ("header decoding (addresses, dates, RFC 2047)", "happyaudit/headers.py", "ids"),
    ("content hash", "happyaudit/parse.py", "_content_hash"),
    ("quote stripping", "happyaudit/quotes.py", "split_reply"),
    ("automatic detection", "happyaudit/automatic.py", "detect_automatic"),
    ("threading", "happyaudit/threads.py", "build_threads"),
    ("cases / roles", "happyaudit/cases.py", "build_cases"),
    ("audit rules (questions, answers, commitments)", "happyaudit/audit/__init__.py", "run_audit"),
    ("report (records + JSON text)", "benchmarks/profile_audit.py", "_report"),
)


def _report(result) -> str:
    from happyaudit.report.records import build_records

    return json.dumps(build_records(result), ensure_ascii=False, indent=2)


def _run(path: str, support_domain: str, as_of: datetime) -> str:
    from happyaudit.config import AuditConfig
    from happyaudit.pipeline import audit_sources
    from happyaudit.sources import discover

    sources = discover(path)
    config = AuditConfig(support_domains=frozenset({support_domain}))
    result = audit_sources(sources, config, as_of)
    return _report(result)


def stage_table(stats: pstats.Stats, total: float) -> list[tuple[str, float]]:
    found: dict[str, float] = {}
    for (filename, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        for stage, suffix, func in STAGES:
            if name == func and filename.endswith(suffix):
                found[stage] = found.get(stage, 0.0) + ct
    return [(stage, found.get(stage, 0.0)) for stage in dict.fromkeys(s for s, _, _ in STAGES)]


# py-spy raw (collapsed) stacks: a sample belongs to the innermost frame that names a stage.
_FRAME_STAGES = (
    ("happyaudit/htmltext.py", None, "HTML to text"),
    ("happyaudit/htmllayout.py", None, "HTML to text"),
    ("quotes.py", None, "quote stripping"),
    ("quote_patterns.py", None, "quote stripping"),
    ("automatic.py", None, "automatic detection"),
    ("happyaudit/audit/", None, "questions / answers / commitments (audit rules)"),
    ("threads.py", None, "threading"),
    ("cases.py", None, "cases / roles"),
    ("roles.py", None, "cases / roles"),
    ("happyaudit/report/", None, "report (records + JSON)"),
    ("cli.py", "_write_report", "report (records + JSON)"),
    ("parse.py", "_content_hash", "content hash"),
    ("parse.py", "_hash_body", "content hash"),
    ("email/parser.py", "parsebytes", "email parsing (BytesParser, policy.default)"),
    ("parse.py", "_body_text", "body decoding (MIME walk, get_content, charsets)"),
    ("happyaudit/headers.py", None, "header decoding (addresses, dates, RFC 2047)"),
    ("parse.py", "_leaf_parts", "body decoding (MIME walk, get_content, charsets)"),
    ("parse.py", "_part_text", "body decoding (MIME walk, get_content, charsets)"),
    ("parse.py", "_part_filename", "body decoding (MIME walk, get_content, charsets)"),
    ("parse.py", "_disposition", "body decoding (MIME walk, get_content, charsets)"),
    ("parse.py", "_count_containers", "size guards (_compact, _count_containers)"),
    ("parse.py", "_compact", "size guards (_compact, _count_containers)"),
    ("parse.py", "parse_message", "parse_message (other)"),
    ("parse.py", "_parse_row", "parse_message (other)"),
    ("sources/local.py", None, "mbox / file reading"),
    ("mailbox.py", None, "mbox / file reading"),
    ("pipeline.py", None, "pipeline (other)"),
)


_WRAPPER = re.compile(r"typer/|runpy|happyaudit/cli\.py|happyaudit/__main__\.py|click/")
"""Frames above the pipeline (CLI plumbing): left out of the cumulative table."""


def _frame(text: str) -> tuple[str, str]:
    """(function, file:line) of one py-spy frame ``func (path/file.py:12)``."""
    name, _, where = text.rpartition(" (")
    return name, where.rstrip(")")


def pyspy_stages(raw: Path, top: int) -> None:
    """Stage shares and top functions (self and cumulative) from a py-spy ``--format raw`` file."""
    stage_samples: dict[str, int] = {}
    self_samples: dict[str, int] = {}
    cumulative: dict[str, int] = {}
    total = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_frame(f) for f in stack.split(";") if "(" in f]
        if not frames:
            continue
        total += count
        leaf = f"{frames[-1][0]} ({frames[-1][1].rsplit(':', 1)[0]})"
        self_samples[leaf] = self_samples.get(leaf, 0) + count
        for key in {f"{n} ({w.rsplit(':', 1)[0]})" for n, w in frames if not _WRAPPER.search(w)}:
            cumulative[key] = cumulative.get(key, 0) + count
        stage = "start-up, imports, CLI (other)"
        for name, where in reversed(frames):
            path = where.rsplit(":", 1)[0]
            short = name.rsplit(".", 1)[-1]
            match = next((s for suffix, func, s in _FRAME_STAGES
                          if path.endswith(suffix) or suffix.endswith("/") and suffix in path
                          if func is None or func == short), None)
            if match:
                stage = match
                break
        stage_samples[stage] = stage_samples.get(stage, 0) + count
    print(f"{total} samples\n\n| Stage | samples | share |\n| --- | ---: | ---: |")
    for stage, count in sorted(stage_samples.items(), key=lambda kv: -kv[1]):
        print(f"| {stage} | {count} | {100 * count / total:.1f} % |")
    for title, table in (("self", self_samples), ("cumulative", cumulative)):
        print(f"\n| Top {top} by {title} time | samples | share |\n| --- | ---: | ---: |")
        for key, count in sorted(table.items(), key=lambda kv: -kv[1])[:top]:
            print(f"| `{key}` | {count} | {100 * count / total:.1f} % |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="mailbox to audit, or with --pyspy-raw the py-spy raw output")
    parser.add_argument("--pyspy-raw", action="store_true",
                        help="PATH is a py-spy --format raw file: only print its stage table")
    parser.add_argument("-o", "--output", type=Path, default=Path("audit.pstats"))
    parser.add_argument("--support-domain", default="acme.example")
    parser.add_argument("--as-of", default="2026-11-20T17:00:00+00:00")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    if args.pyspy_raw:
        pyspy_stages(Path(args.path), args.top)
        return 0
    as_of = datetime.fromisoformat(args.as_of).astimezone(timezone.utc)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    text = _run(args.path, args.support_domain, as_of)
    profiler.disable()
    wall = time.perf_counter() - started
    profiler.dump_stats(args.output)
    stats = pstats.Stats(str(args.output))
    total = stats.total_tt
    print(f"wall under cProfile: {wall:.1f} s, profiled total {total:.1f} s, report {len(text)} chars")
    print("\n| Stage | cumulative s | share |\n| --- | ---: | ---: |")
    for stage, seconds in stage_table(stats, total):
        print(f"| {stage} | {seconds:.2f} | {100 * seconds / total:.1f} % |")
    for key in ("cumulative", "tottime"):
        print(f"\n## top {args.top} by {key}\n")
        stats.sort_stats(key).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
