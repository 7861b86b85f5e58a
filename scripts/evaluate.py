#!/usr/bin/env python3
"""Accuracy report: run happyaudit on the labelled evaluation corpus and compare with its labels.

    python scripts/evaluate.py [--corpus tests/eval] [--cases odd|even|all] [--weigh] [--json] [-v]
    python scripts/evaluate.py --corpus tests/blind --corpus tests/sealed ...   # pooled

The corpus directory holds ``mailbox/`` and ``labels.json`` (see tests/eval/README.md). The
tool runs as ``python -m happyaudit audit <corpus>/mailbox --as-of <as_of> --support-domain
<domain> --format json`` and its report is scored:

* threads: a labelled case matches when some report case has exactly its message ids (a
  labelled ``null`` id - a message without Message-ID - matches one synthetic id that no label
  knows);
* status accuracy over the matched cases;
* per rule (all seven contract rules), at case level with counts: TP = min(expected, found),
  FP = max(0, found - expected), FN = max(0, expected - found); precision, recall, F1.
  Findings are attributed to a labelled case through their ``message_id`` (or, for an id no
  label knows, through the report case that holds most of the labelled case's messages), so
  a threading mistake does not hide a finding; findings that belong to no labelled case are
  false positives;
* question-level recall for ``unanswered-question``: the share of labelled questions that a
  finding's detail matches (lower-cased, whitespace collapsed; one contains the other, or
  token Jaccard >= 0.6).

``--cases odd`` / ``even`` scores only the labelled cases whose number (``e07``) is odd / even:
a development half and a held-out half, so heuristics tuned on one can be checked on the other.
The tool still audits the whole mailbox; findings of cases outside the half are ignored.

With ``--corpus`` given more than once, each corpus is scored as above and the
``unanswered-question``, ``missed-follow-up`` and ``customer-chased`` counts are also pooled:
precision and recall over all of them, each with its 95 % Wilson score interval. A handful of
corpora hold a few dozen labelled findings, so the interval says how far the figure can be
trusted: 19 of 24 is 0.79, but anything from 0.60 to 0.91 fits it.

``evaluate(corpus)`` returns the same figures as a dict (used by tests/test_evaluation.py).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ("unanswered-question", "missed-follow-up", "customer-chased", "awaiting-reply",
         "slow-first-response", "reopened", "many-handoffs")


def run_tool(corpus: Path, labels: dict, weigh: bool = False) -> dict:
    cmd = [sys.executable, "-m", "happyaudit", "audit", str(corpus / "mailbox"),
           "--as-of", labels["as_of"], "--support-domain", labels["support_domain"],
           "--format", "json", "--no-progress", *(["--weigh"] if weigh else [])]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"happyaudit exited {proc.returncode}: {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


def tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", norm(text)))


def question_matches(label: str, detail: str) -> bool:
    a, b = norm(label), norm(detail)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    ta, tb = tokens(a), tokens(b)
    return bool(ta | tb) and len(ta & tb) / len(ta | tb) >= 0.6


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _case_number(name: str) -> int | None:
    match = re.match(r"\D*(\d+)", name)
    return int(match.group(1)) if match else None


def select_cases(labels: dict, cases: str) -> dict:
    """The labels restricted to the odd- or even-numbered cases (``all``: unchanged)."""
    if cases == "all":
        return labels
    parity = 1 if cases == "odd" else 0
    kept = [c for c in labels["cases"] if (_case_number(c["name"]) or 0) % 2 == parity]
    return {**labels, "cases": kept, "excluded_ids": [i for c in labels["cases"] if c not in kept
                                                       for i in c["message_ids"] if i]}


def score(labels: dict, report: dict) -> dict:
    lcases = labels["cases"]
    excluded = set(labels.get("excluded_ids", []))
    if excluded:
        # Report cases of the other half are left out altogether, findings included.
        report = {**report, "cases": [rc for rc in report.get("cases", [])
                                      if not set(rc.get("message_ids", [])) & excluded]}
    known_ids = {i for c in lcases for i in c["message_ids"] if i}
    owner = {i: c["name"] for c in lcases for i in c["message_ids"] if i}
    rcases = report.get("cases", [])

    # --- threads
    matched: dict[str, dict] = {}
    for lc in lcases:
        ids = {i for i in lc["message_ids"] if i}
        n_null = sum(1 for i in lc["message_ids"] if i is None)
        for rc in rcases:
            rids = set(rc.get("message_ids", []))
            extra = rids - ids
            if ids <= rids and len(extra) == n_null and not (extra & known_ids) \
                    and len(rids) == len(ids) + n_null:
                matched[lc["name"]] = rc
                break

    # --- findings attributed to labelled cases
    def best_label_for(rc: dict) -> str | None:
        counts: dict[str, int] = {}
        for i in rc.get("message_ids", []):
            if i in owner:
                counts[owner[i]] = counts.get(owner[i], 0) + 1
        return max(sorted(counts), key=lambda k: counts[k]) if counts else None

    found: dict[str, dict[str, list[dict]]] = {lc["name"]: {} for lc in lcases}
    stray: list[dict] = []
    for rc in rcases:
        fallback = best_label_for(rc)
        for f in rc.get("findings", []):
            name = owner.get(f.get("message_id")) or fallback
            if name is None:
                stray.append({**f, "case_id": rc.get("case_id")})
            else:
                found[name].setdefault(f["rule"], []).append(f)

    per_rule = {}
    disagreements = []
    for rule in RULES:
        tp = fp = fn = 0
        for lc in lcases:
            exp = lc["rules"].get(rule, 0)
            got = len(found[lc["name"]].get(rule, []))
            tp += min(exp, got)
            fp += max(0, got - exp)
            fn += max(0, exp - got)
            if exp != got:
                disagreements.append({
                    "case": lc["name"], "rule": rule, "expected": exp, "found": got,
                    "details": [f.get("detail") for f in found[lc["name"]].get(rule, [])]})
        extra = [f for f in stray if f["rule"] == rule]
        fp += len(extra)
        for f in extra:
            disagreements.append({"case": f"(unlabelled report case {f.get('case_id')})",
                                  "rule": rule, "expected": 0, "found": 1,
                                  "details": [f.get("detail")]})
        p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        f1 = (2 * p * r / (p + r)) if p and r else (0.0 if (tp + fp + fn) else None)
        per_rule[rule] = {"tp": tp, "fp": fp, "fn": fn,
                          "expected": sum(lc["rules"].get(rule, 0) for lc in lcases),
                          "precision": p, "recall": r, "f1": f1}

    # --- statuses
    status_rows = []
    for lc in lcases:
        rc = matched.get(lc["name"])
        if rc is not None:
            status_rows.append((lc["name"], lc["status"], rc.get("status")))
    status_ok = sum(1 for _, e, g in status_rows if e == g)

    # --- question-level recall
    q_total = q_hit = 0
    missed_questions = []
    for lc in lcases:
        details = [f.get("detail", "") for f in found[lc["name"]].get("unanswered-question", [])]
        for q in lc.get("unanswered_questions", []):
            q_total += 1
            if any(question_matches(q, d) for d in details):
                q_hit += 1
            else:
                missed_questions.append({"case": lc["name"], "question": q, "details": details})

    thread_rows = []
    for lc in lcases:
        if lc["name"] not in matched:
            ids = [i for i in lc["message_ids"] if i]
            holders = sorted({rc.get("case_id") for rc in rcases
                              for i in ids if i in rc.get("message_ids", [])})
            thread_rows.append({"case": lc["name"], "report_cases": holders})

    return {
        "cases": len(lcases),
        "report_cases": len(rcases),
        "threads": {"matched": len(matched), "total": len(lcases),
                    "exact_match_rate": _ratio(len(matched), len(lcases)),
                    "unmatched": thread_rows},
        "status": {"correct": status_ok, "matched": len(status_rows),
                   "accuracy": _ratio(status_ok, len(status_rows)),
                   "wrong": [{"case": n, "expected": e, "found": g}
                             for n, e, g in status_rows if e != g]},
        "rules": per_rule,
        "questions": {"labelled": q_total, "matched": q_hit,
                      "recall": _ratio(q_hit, q_total), "missed": missed_questions},
        "disagreements": disagreements,
    }


def evaluate(corpus: Path, cases: str = "all", weigh: bool = False) -> dict:
    """Run the tool on ``corpus/mailbox`` and score its JSON report against ``corpus/labels.json``.

    ``cases``: ``all`` (default), ``odd`` or ``even`` - score only that half of the labelled cases.
    ``weigh``: audit with ``--weigh`` (each question's verdict weighed with the rest of its case).
    """
    corpus = Path(corpus)
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    return score(select_cases(labels, cases), run_tool(corpus, labels, weigh))


POOLED_RULES = ("unanswered-question", "missed-follow-up", "customer-chased")
"""The rules the accuracy targets are set for, pooled over several corpora."""


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float] | None:
    """The 95 % Wilson score interval of a proportion: honest for the small counts a labelled
    corpus gives, where the normal approximation would stray below 0 or above 1."""
    if trials == 0:
        return None
    share = successes / trials
    centre = (share + z * z / (2 * trials)) / (1 + z * z / trials)
    spread = z * math.sqrt(share * (1 - share) / trials + z * z / (4 * trials * trials)) / (1 + z * z / trials)
    return max(0.0, centre - spread), min(1.0, centre + spread)


def pool(results: dict[str, dict]) -> dict:
    """Counts of the targeted rules summed over several corpora's results, with precision and recall
    and their 95 % intervals: one figure for "mail the rules were not tuned on", not one per mailbox."""
    pooled = {}
    for rule in POOLED_RULES:
        tp = sum(res["rules"][rule]["tp"] for res in results.values())
        fp = sum(res["rules"][rule]["fp"] for res in results.values())
        fn = sum(res["rules"][rule]["fn"] for res in results.values())
        pooled[rule] = {"tp": tp, "fp": fp, "fn": fn, "expected": tp + fn,
                        "precision": _ratio(tp, tp + fp), "precision_interval": wilson_interval(tp, tp + fp),
                        "recall": _ratio(tp, tp + fn), "recall_interval": wilson_interval(tp, tp + fn)}
    return {"corpora": sorted(results), "rules": pooled}


def _fmt_interval(interval: tuple[float, float] | None) -> str:
    return "" if interval is None else f"[{interval[0]:.2f}, {interval[1]:.2f}]"


def render_pool(pooled: dict) -> str:
    """The pooled counts as a table: counts, precision and recall, each with its 95 % interval."""
    out = [f"pooled over {len(pooled['corpora'])} corpora: {', '.join(pooled['corpora'])}",
           (f"{'rule':<20} {'exp':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'95 % interval':>14} "
            f"{'recall':>6} {'95 % interval':>14}")]
    for rule, r in pooled["rules"].items():
        out.append(f"{rule:<20} {r['expected']:>4} {r['tp']:>4} {r['fp']:>4} {r['fn']:>4} "
                   f"{_fmt(r['precision']):>6} {_fmt_interval(r['precision_interval']):>14} "
                   f"{_fmt(r['recall']):>6} {_fmt_interval(r['recall_interval']):>14}")
    return "\n".join(out)


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def render(res: dict, verbose: bool = False) -> str:
    t, s, q = res["threads"], res["status"], res["questions"]
    out = [f"cases labelled: {res['cases']}   cases in report: {res['report_cases']}",
           f"thread exact match: {t['matched']}/{t['total']} = {_fmt(t['exact_match_rate'])}",
           f"status accuracy:    {s['correct']}/{s['matched']} = {_fmt(s['accuracy'])}  (matched cases)",
           "",
           f"{'rule':<20} {'exp':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'recall':>6} {'F1':>6}"]
    for rule, r in res["rules"].items():
        out.append(f"{rule:<20} {r['expected']:>4} {r['tp']:>4} {r['fp']:>4} {r['fn']:>4} "
                   f"{_fmt(r['precision']):>6} {_fmt(r['recall']):>6} {_fmt(r['f1']):>6}")
    out += ["", f"unanswered-question, question-level recall: {q['matched']}/{q['labelled']} = "
                f"{_fmt(q['recall'])}"]
    if verbose:
        out += ["", "threads not matched exactly:"]
        out += [f"  {u['case']}: spread over report cases {u['report_cases']}" for u in t["unmatched"]] or ["  none"]
        out += ["", "wrong statuses:"]
        out += [f"  {w['case']}: expected {w['expected']}, found {w['found']}" for w in s["wrong"]] or ["  none"]
        out += ["", "rule disagreements:"]
        for d in res["disagreements"]:
            out.append(f"  {d['case']}: {d['rule']} expected {d['expected']}, found {d['found']}")
            out += [f"      finding: {x}" for x in d["details"]]
        if not res["disagreements"]:
            out.append("  none")
        out += ["", "labelled questions not matched by a finding:"]
        out += [f"  {m['case']}: {m['question']}" for m in q["missed"]] or ["  none"]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Accuracy report of happyaudit on a labelled corpus.")
    ap.add_argument("--corpus", type=Path, action="append",
                    help="a labelled corpus folder (default tests/eval); give several to pool them")
    ap.add_argument("--cases", choices=("odd", "even", "all"), default="all",
                    help="score only the odd-numbered (development) or even-numbered (held-out) cases")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--weigh", action="store_true", help="audit with --weigh (learned weighing of each question)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    args = ap.parse_args(argv)
    corpora = args.corpus or [ROOT / "tests" / "eval"]
    for corpus in corpora:
        if not (corpus / "labels.json").is_file() or not (corpus / "mailbox").is_dir():
            print(f"evaluate.py: {corpus} is not a labelled corpus (it needs labels.json and mailbox/)",
                  file=sys.stderr)
            return 2
    if len(corpora) == 1:
        res = evaluate(corpora[0], args.cases, args.weigh)
        print(json.dumps(res, indent=2, ensure_ascii=False) if args.json else render(res, args.verbose))
        return 0
    results = {corpus.name: evaluate(corpus, args.cases, args.weigh) for corpus in corpora}
    pooled = pool(results)
    if args.json:
        print(json.dumps({"corpora": results, "pooled": pooled}, indent=2, ensure_ascii=False))
        return 0
    for name, res in results.items():
        print(f"== {name}\n{render(res, args.verbose)}\n")
    print(render_pool(pooled))
    return 0


if __name__ == "__main__":
    sys.exit(main())
