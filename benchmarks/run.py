#!/usr/bin/env python3
"""Benchmark the full happyaudit audit against the stdlib parser on synthetic mailboxes.

    python benchmarks/run.py                                  # 10k + 100k mbox, 10k Maildir and .eml
    python benchmarks/run.py --sizes 10000 --formats mbox --json results.json

For every (size, format) it generates the mailbox with ``benchmarks/generate.py``
(cached in ``--workdir`` by seed, size, format and generator version), then measures in
separate processes, each with the peak memory of its whole process tree (summed PSS of the
audit and its worker processes, sampled from /proc; see ``measure``):

* the full audit, ``python -m happyaudit audit PATH --format json --as-of ...
  --support-domain acme.example -o out.json``, run from this checkout;
* the stdlib baseline: ``email.message_from_bytes(data, policy=compat32)`` over every
  message, read with a chunked ``\\nFrom `` split (or one file per message);

and checks thread reconstruction: the share of the ground truth's customer threads whose
set of messages is exactly one case's ``message_ids`` in the audit's JSON.

Prints a Markdown table and the budget (PASS/FAIL per line). It is a measurement, not a
test: the exit status is 0 whatever the numbers (non-zero only if it could not run).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
GENERATOR = HERE / "generate.py"
AS_OF = "2026-11-20T17:00Z"
SUPPORT_DOMAIN = "acme.example"
MIB = 1024 * 1024

BUDGET_WALL_100K = 10.0
"""Seconds for the full audit of 100,000 messages (on 2 cores)."""
BUDGET_PEAK_MIB = 400
BUDGET_LINEARITY = 1.2
"""Time per message at the largest size over the smallest, at most."""
BUDGET_RATIO = 0.25
"""Audit wall time over the compat32 parse of the same messages, at most."""

BASELINE = r"""
import email, os, sys, time
from email import policy
path, kind = sys.argv[1], sys.argv[2]

def mbox_messages(path, chunk_size=16 << 20):
    # Messages of an mbox: split at every line starting "From ", drop that line.
    with open(path, "rb") as handle:
        rest = b""
        while True:
            chunk = handle.read(chunk_size)
            if not chunk:
                break
            pieces = (rest + chunk).split(b"\nFrom ")
            rest = pieces.pop()
            for piece in pieces:
                if piece:
                    yield piece.partition(b"\n")[2]
        if rest:
            yield rest.partition(b"\n")[2]

def file_messages(root):
    for directory, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            with open(os.path.join(directory, name), "rb") as handle:
                yield handle.read()

started = time.perf_counter()
count = size = 0
for data in (mbox_messages(path) if kind == "mbox" else file_messages(path)):
    email.message_from_bytes(data, policy=policy.compat32)
    count += 1
    size += len(data)
print(count, size, time.perf_counter() - started)
"""


def generator_version() -> str:
    return hashlib.sha256(GENERATOR.read_bytes()).hexdigest()[:12]


def mailbox_path(folder: Path, fmt: str) -> Path:
    return folder / {"mbox": "inbox.mbox", "maildir": "Maildir", "eml": "eml"}[fmt]


def ensure_dataset(workdir: Path, seed: int, size: int, fmt: str, python: str) -> tuple[Path, dict]:
    """The generated mailbox folder for these parameters, generating it if not cached."""
    folder = workdir / f"seed{seed}-n{size}-{fmt}"
    marker = folder / ".complete.json"
    version = generator_version()
    if marker.exists():
        info = json.loads(marker.read_text())
        if info.get("generator") == version:
            info["cached"] = True
            return folder, info
    if folder.exists():
        subprocess.run(["rm", "-rf", "--", str(folder)], check=True)
    print(f"generating {size} messages as {fmt} in {folder} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    done = subprocess.run([python, str(GENERATOR), "--count", str(size), "--format", fmt, "--seed", str(seed),
                           "--out", str(folder)], check=True, capture_output=True, text=True)
    info = json.loads(done.stdout.strip().splitlines()[-1])
    info.update(generator=version, wall_seconds=round(time.perf_counter() - started, 2))
    marker.write_text(json.dumps(info))
    info["cached"] = False
    return folder, info


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (worker processes and their forkserver included)."""
    tree, index = [pid], 0
    while index < len(tree):
        try:
            children = Path(f"/proc/{tree[index]}/task/{tree[index]}/children").read_text().split()
        except OSError:
            children = []
        tree.extend(int(child) for child in children)
        index += 1
    return tree


def tree_sample(pids: list[int], cpu: dict[int, float]) -> int:
    """Total proportional set size (PSS, KiB) of ``pids``; records each one's CPU seconds in
    ``cpu``. PSS splits pages that processes share, so the sum is what the tree really uses."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            cpu[pid] = (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure(command: list[str], cwd: Path, timeout: float | None = None) -> dict:
    """Run ``command``; wall time, and CPU time and peak memory of its whole process tree.

    The audit runs worker processes, so the child's own rusage is not enough: every 50 ms
    the tree's PSS is summed from /proc (peak kept) and each process's CPU time recorded.
    The child's own ``ru_maxrss`` (``os.wait4``) is a floor for the peak; its rusage, which
    counts the workers it reaped, is the tree's CPU (the samples a floor for it).
    """
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Read the pipes on threads so a chatty child cannot block; reap with wait4 for its rusage.
    import threading

    out: dict[str, bytes] = {}

    def drain(name, stream):
        out[name] = stream.read()

    readers = [threading.Thread(target=drain, args=(n, s)) for n, s in (("stdout", proc.stdout), ("stderr", proc.stderr))]
    for reader in readers:
        reader.start()
    deadline = None if timeout is None else started + timeout
    peak_kib = 0
    cpu: dict[int, float] = {}
    next_sample = started
    while True:
        now = time.perf_counter()
        if now >= next_sample:
            peak_kib = max(peak_kib, tree_sample(process_tree(proc.pid), cpu))
            next_sample = now + 0.05
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline is not None and now > deadline:
            proc.kill()
        time.sleep(0.01)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    # wait4's rusage already holds the workers the audit reaped (the pool joins them), so
    # adding their samples counted them twice; the samples only stand in for a worker left
    # unreaped, and the sum of the last samples is a floor for the tree.
    tree_cpu = usage.ru_utime + usage.ru_stime
    return {
        "wall_seconds": round(wall, 3),
        "cpu_seconds": round(max(tree_cpu, sum(cpu.values())), 3),
        "peak_mib": round(max(peak_kib, usage.ru_maxrss) / 1024, 1),  # both KiB on Linux
        "processes": len(cpu),
        "returncode": proc.returncode,
        "stdout": out.get("stdout", b"").decode("utf-8", "replace"),
        "stderr": out.get("stderr", b"").decode("utf-8", "replace"),
    }


def synthetic_ids(folder: Path, notes: dict) -> dict[str, str]:
    """Ground-truth note → the id happyaudit gives a message without a Message-ID."""
    sys.path.insert(0, str(REPO))
    from happyaudit.model import RawMessage
    from happyaudit.parse import parse_message

    mapping = {}
    for note, where in notes.items():
        path = folder / where["path"]
        with open(path, "rb") as handle:
            if "offset" in where:
                handle.seek(where["offset"])
                data = handle.read(where["length"])
            else:
                data = handle.read()
        parsed = parse_message(RawMessage(data=data, origin=note))
        mapping[note] = getattr(parsed, "message_id", note)
    return mapping


def thread_accuracy(folder: Path, audit_json: Path) -> dict:
    """Exact-match rate of the truth's customer threads among the audit's cases."""
    truth = json.loads((folder / "truth.json").read_text())
    report = json.loads(audit_json.read_text())
    mapping = synthetic_ids(folder, truth["notes"])
    expected = [frozenset(mapping.get(m, m) for m in thread)
                for thread, has_customer in zip(truth["threads"], truth["customer_threads"]) if has_customer]
    cases = {frozenset(case["message_ids"]) for case in report["cases"]}
    exact = sum(1 for thread in expected if thread in cases)
    return {"truth_threads": len(expected), "cases": len(report["cases"]), "exact": exact,
            "exact_rate": round(exact / len(expected), 4) if expected else None}


def run_one(workdir: Path, seed: int, size: int, fmt: str, python: str, skip_baseline: bool,
            timeout: float | None, previous: dict | None = None, skip_audit: bool = False,
            workers: int | None = None) -> dict:
    """Measure one (size, format); parts not measured now are taken from ``previous``."""
    folder, gen = ensure_dataset(workdir, seed, size, fmt, python)
    path = mailbox_path(folder, fmt)
    row: dict = {"size": size, "format": fmt, "messages": gen["messages"], "bytes": gen["bytes"],
                 "mb": round(gen["bytes"] / 1e6, 1), "generation": gen}
    previous = previous or {}
    if skip_audit and "audit" in previous:
        row["audit"] = previous["audit"]
        if "threads" in previous:
            row["threads"] = previous["threads"]
    else:
        out_json = folder / "out.json"
        if out_json.exists():
            out_json.unlink()
        print(f"audit {size} {fmt} ...", file=sys.stderr, flush=True)
        command = [python, "-m", "happyaudit", "audit", str(path), "--format", "json", "--as-of", AS_OF,
                   "--support-domain", SUPPORT_DOMAIN, "-o", str(out_json)]
        if workers is not None:
            command += ["--workers", str(workers)]
        audit = measure(command, REPO, timeout)
        audit["workers"] = workers
        audit["ok"] = audit["returncode"] in (0, 1) and out_json.exists()
        audit["stderr"] = audit["stderr"][-2000:]
        audit.pop("stdout")
        row["audit"] = audit
        if audit["ok"]:
            row["threads"] = thread_accuracy(folder, out_json)
    if skip_baseline and "baseline" in previous:
        row["baseline"] = previous["baseline"]
    elif not skip_baseline:
        print(f"compat32 baseline {size} {fmt} ...", file=sys.stderr, flush=True)
        base = measure([python, "-c", BASELINE, str(path), fmt], REPO, timeout)
        if base["returncode"] == 0:
            count, size_read, inner = base["stdout"].split()
            base.update(messages=int(count), bytes=int(size_read), inner_seconds=float(inner))
        base.pop("stdout")
        row["baseline"] = base
    for key in ("audit", "baseline"):
        run = row.get(key)
        if run and run["returncode"] in (0, 1):
            run["messages_per_second"] = round(row["messages"] / run["wall_seconds"], 1)
            run["mb_per_second"] = round(row["bytes"] / 1e6 / run["wall_seconds"], 2)
            run["us_per_message"] = round(1e6 * run["wall_seconds"] / row["messages"], 1)
    if row.get("baseline") and row["audit"]["ok"]:
        row["ratio"] = round(row["audit"]["wall_seconds"] / row["baseline"]["wall_seconds"], 2)
    return row


def budget(rows: list[dict]) -> list[dict]:
    checks = []

    def check(name, value, limit, unit, ok):
        checks.append({"check": name, "value": value, "limit": limit, "unit": unit, "pass": ok})

    for row in rows:
        audit, label = row["audit"], f"{row['size']:,} {row['format']}"
        if not audit["ok"]:
            check(f"{label}: audit completes", audit["returncode"], 0, "exit code", False)
            continue
        if row["size"] >= 100_000:
            check(f"{label}: wall time", round(audit["wall_seconds"], 1), BUDGET_WALL_100K, "s",
                  audit["wall_seconds"] <= BUDGET_WALL_100K)
        check(f"{label}: peak memory", audit["peak_mib"], BUDGET_PEAK_MIB, "MiB", audit["peak_mib"] <= BUDGET_PEAK_MIB)
        if "ratio" in row:
            check(f"{label}: audit / compat32", row["ratio"], BUDGET_RATIO, "x", row["ratio"] <= BUDGET_RATIO)
    by_format: dict[str, list[dict]] = {}
    for row in rows:
        if row["audit"]["ok"]:
            by_format.setdefault(row["format"], []).append(row)
    for fmt, group in by_format.items():
        if len(group) < 2:
            continue
        small, large = min(group, key=lambda r: r["size"]), max(group, key=lambda r: r["size"])
        growth = round(large["audit"]["us_per_message"] / small["audit"]["us_per_message"], 2)
        check(f"{fmt}: time per message {large['size']:,} / {small['size']:,}", growth, BUDGET_LINEARITY, "x",
              growth <= BUDGET_LINEARITY)
    return checks


def markdown(rows: list[dict], checks: list[dict], machine: str) -> str:
    lines = [
        f"Machine: {machine}",
        "",
        ("| Messages | Format | MB | Audit wall s | Audit msg/s | Audit MB/s | Audit peak MiB "
         "| compat32 wall s | compat32 msg/s | compat32 MB/s | compat32 peak MiB | audit / compat32 | Threads exact |"),
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        a, b, t = row["audit"], row.get("baseline") or {}, row.get("threads") or {}

        def cell(run, key, fmt="{:,.1f}"):
            return fmt.format(run[key]) if run.get(key) is not None else "—"

        audit_wall = cell(a, "wall_seconds", "{:.1f}") if a["ok"] else f"failed ({a['returncode']})"
        threads = (f"{100 * t['exact_rate']:.1f} % ({t['exact']:,}/{t['truth_threads']:,})"
                   if t.get("exact_rate") is not None else "—")
        lines.append(
            f"| {row['messages']:,} | {row['format']} | {row['mb']:,.0f} | {audit_wall} | "
            f"{cell(a, 'messages_per_second', '{:,.0f}')} | {cell(a, 'mb_per_second', '{:.2f}')} | "
            f"{cell(a, 'peak_mib', '{:,.0f}')} | {cell(b, 'wall_seconds', '{:.1f}')} | "
            f"{cell(b, 'messages_per_second', '{:,.0f}')} | {cell(b, 'mb_per_second', '{:.1f}')} | "
            f"{cell(b, 'peak_mib', '{:,.0f}')} | {row.get('ratio', '—')} | {threads} |")
    lines += ["", "| Budget | Measured | Limit | Result |", "| --- | ---: | ---: | --- |"]
    for c in checks:
        lines.append(f"| {c['check']} | {c['value']} {c['unit']} | ≤ {c['limit']} {c['unit']} | "
                     f"{'PASS' if c['pass'] else 'FAIL'} |")
    return "\n".join(lines)


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {platform.system()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated message counts")
    parser.add_argument("--formats", default="mbox,maildir,eml", help="comma-separated: mbox, maildir, eml")
    parser.add_argument("--file-formats-max", type=int, default=10_000,
                        help="largest size run for maildir/eml (one file per message); 0 = no limit")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/happyaudit-bench"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--python", default=sys.executable, help="interpreter that runs happyaudit")
    parser.add_argument("--repo", type=Path, default=None,
                        help="folder holding the happyaudit package to measure (default: this checkout); "
                             "e.g. a `git archive` snapshot, so edits in progress do not move the target")
    parser.add_argument("--skip-baseline", action="store_true",
                        help="do not run the compat32 baseline (keep --merge's, if any)")
    parser.add_argument("--skip-audit", action="store_true",
                        help="do not run the audit where --merge has one (re-measure the baseline only)")
    parser.add_argument("--merge", type=Path,
                        help="an earlier --json file: its rows fill in what this run does not measure")
    parser.add_argument("--timeout", type=float, default=None, help="seconds before a run is killed")
    parser.add_argument("--json", type=Path, help="also write the full results as JSON here")
    parser.add_argument("--workers", type=int, default=None,
                        help="the audit's --workers (default: the tool's own, the usable CPUs)")
    args = parser.parse_args(argv)
    global REPO
    REPO = (args.repo or REPO).resolve()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s]
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    args.workdir.mkdir(parents=True, exist_ok=True)
    earlier = {}
    if args.merge:
        earlier = {(r["size"], r["format"]): r for r in json.loads(args.merge.read_text())["rows"]}
    rows = []
    for size in sizes:
        for fmt in formats:
            if fmt != "mbox" and args.file_formats_max and size > args.file_formats_max:
                continue
            rows.append(run_one(args.workdir, args.seed, size, fmt, args.python, args.skip_baseline, args.timeout,
                                earlier.pop((size, fmt), None), args.skip_audit, args.workers))
    order = {"mbox": 0, "maildir": 1, "eml": 2}
    rows = sorted(rows + list(earlier.values()), key=lambda r: (r["size"], order.get(r["format"], 9)))
    checks = budget(rows)
    machine = machine_description()
    print(markdown(rows, checks, f"{machine}; happyaudit from {REPO}"))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, "seed": args.seed, "as_of": AS_OF, "repo": str(REPO),
                                         "rows": rows,
                                         "budget": checks}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
