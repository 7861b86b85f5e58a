#!/usr/bin/env python3
"""Train the weights that weigh each question's verdict (happyaudit/audit/weighing.py) on the labelled corpora.

    python scripts/train_weighing.py                  # train on every labelled corpus, write happyaudit/audit/weights.py
    python scripts/train_weighing.py --check          # train, and fail if weights.py differs from the result
    python scripts/train_weighing.py --cross-check    # each corpus weighed by a model trained without it
    python scripts/train_weighing.py --hold-out tests/practice38 ...   # leave corpora out of training

Every question the audit finds in a labelled corpus is one example: its measurements (``question_features``,
the rules' verdict among them) and whether the corpus labels it unanswered (matched as ``evaluate.py``
matches a finding's detail). The model is an L2-regularised logistic regression fitted by Newton's method.
It is written here in plain Python, not taken from a library, so that training needs nothing beyond the
project's own dependencies and gives the same weights on every machine: a few thousand examples and fifty
features take seconds.

``--cross-check`` is the honest measure: each corpus is weighed by a model trained on all the others, so no
corpus is judged by weights fitted to its own labels. It prints question-level found / false / missed for
the rules alone and after weighing (which, as in the audit, never clears the flag on the only question of a
message).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import textwrap
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import question_matches

from happyaudit.audit.judgement import judge_questions
from happyaudit.audit.metrics import compute_metrics
from happyaudit.audit.weighing import is_flagged, likelihood_of
from happyaudit.config import AuditConfig
from happyaudit.pipeline import audit_sources
from happyaudit.sources import discover

WEIGHTS_FILE = ROOT / "happyaudit" / "audit" / "weights.py"
REGULARISATION = 1.0
"""The inverse strength of the L2 penalty (scikit-learn's ``C``): 1 keeps weights moderate on a few thousand examples."""

Example = tuple[dict[str, float], int, bool]
"""A question's features, 1 when labelled unanswered, and whether the rules alone flagged it."""


def labelled_corpora() -> list[Path]:
    """Every labelled corpus of the project: a directory under tests/ with labels.json and mailbox/."""
    return sorted(path.parent for path in (ROOT / "tests").glob("*/labels.json") if (path.parent / "mailbox").is_dir())


def examples(corpus: Path) -> list[Example]:
    """One example per question the audit judges in the corpus (withdrawn questions are never flagged)."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    as_of = datetime.fromisoformat(labels["as_of"])
    config = AuditConfig(support_domains=frozenset([labels["support_domain"]]), weigh_questions=True)
    result = audit_sources(discover(str(corpus / "mailbox")), config, as_of)
    case_of = {mid: case for case in labels["cases"] for mid in case["message_ids"] if mid}
    found: list[Example] = []
    for audited in result.cases:
        label = case_of.get(audited.case.messages[0].message.message_id, {})
        unanswered = label.get("unanswered_questions", [])
        metrics = compute_metrics(audited.case, config, as_of)
        for judged in judge_questions(audited.case, metrics, config, as_of):
            if judged.weighing is None:
                continue
            is_unanswered = any(question_matches(text, judged.question.text) for text in unanswered)
            found.append((judged.weighing.features, int(is_unanswered), judged.rules_verdict is None))
    return found


def fit(data: list[Example]) -> tuple[float, dict[str, float]]:
    """The intercept and weights minimising the log loss plus half the squared weights over ``REGULARISATION``."""
    names = sorted({name for features, _, _ in data for name in features})
    index = {name: position + 1 for position, name in enumerate(names)}  # 0 is the intercept
    rows = [([0, *(index[name] for name in features)], [1.0, *features.values()], label) for features, label, _ in data]
    size = len(names) + 1
    beta = [0.0] * size
    for _ in range(50):
        gradient = [0.0] + [value for value in beta[1:]]
        hessian = [[0.0] * size for _ in range(size)]
        for position in range(1, size):
            hessian[position][position] = 1.0
        for columns, values, label in rows:
            score = sum(beta[column] * value for column, value in zip(columns, values, strict=True))
            chance = 1.0 / (1.0 + math.exp(-score))
            error, curvature = REGULARISATION * (chance - label), REGULARISATION * chance * (1.0 - chance)
            for column, value in zip(columns, values, strict=True):
                gradient[column] += error * value
                row = hessian[column]
                for other, other_value in zip(columns, values, strict=True):
                    row[other] += curvature * value * other_value
        step = _solve(hessian, gradient)
        beta = [weight - change for weight, change in zip(beta, step, strict=True)]
        if max(abs(change) for change in step) < 1e-10:
            break
    return beta[0], {name: beta[index[name]] for name in names}


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """The solution of a small dense linear system, by Gaussian elimination with partial pivoting."""
    size = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(size)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(rows[r][column]))
        rows[column], rows[pivot] = rows[pivot], rows[column]
        for below in range(column + 1, size):
            factor = rows[below][column] / rows[column][column]
            if factor:
                for position in range(column, size + 1):
                    rows[below][position] -= factor * rows[column][position]
    solution = [0.0] * size
    for row in range(size - 1, -1, -1):
        rest = sum(rows[row][position] * solution[position] for position in range(row + 1, size))
        solution[row] = (rows[row][size] - rest) / rows[row][row]
    return solution


def means(data: list[Example]) -> dict[str, float]:
    """Each feature's mean over the examples: ``show`` names the signs that differ most from a typical question."""
    totals: dict[str, float] = {}
    for features, _, _ in data:
        for name, value in features.items():
            totals[name] = totals.get(name, 0.0) + value
    return {name: total / len(data) for name, total in sorted(totals.items())}


def weights_source(intercept: float, weights: dict[str, float], averages: dict[str, float], corpora: list[Path],
                   count: int) -> str:
    """The text of weights.py for a fitted model."""
    names = ", ".join(corpus.name for corpus in corpora)
    lines = ['"""Weights for weighing.py, fitted by scripts/train_weighing.py; regenerate with that script, do not edit.',
             "", f"Trained on {count} questions of {len(corpora)} labelled corpora: {names}.", '"""', "",
             f"INTERCEPT = {intercept:.4f}", "", "WEIGHTS = {"]
    lines += [f'    "{name}": {weight:.4f},' for name, weight in weights.items()]
    lines += ["}", "", "MEANS = {"]
    lines += [f'    "{name}": {value:.4f},' for name, value in averages.items()]
    lines += ["}", ""]
    # The docstring's corpus list is long: wrapped before 120 characters like the rest of the code.
    return "\n".join(textwrap.fill(line, 120, break_on_hyphens=False) if len(line) > 120 else line for line in lines)


def counts(flags: list[bool], data: list[Example]) -> tuple[int, int, int]:
    """Question-level found, false and missed."""
    found = sum(1 for flag, (_, label, _) in zip(flags, data, strict=True) if flag and label)
    false = sum(1 for flag, (_, label, _) in zip(flags, data, strict=True) if flag and not label)
    missed = sum(1 for flag, (_, label, _) in zip(flags, data, strict=True) if not flag and label)
    return found, false, missed


def _figures(found: int, false: int, missed: int) -> str:
    precision = found / (found + false) if found + false else 0.0
    recall = found / (found + missed) if found + missed else 0.0
    return f"{found:4d} / {false:3d} / {missed:3d}  P {precision:.3f} R {recall:.3f}"


def cross_check(by_corpus: dict[Path, list[Example]]) -> None:
    """Print, per corpus and pooled, the rules alone and the rules weighed by a model trained without the corpus."""
    totals = {"rules": [0, 0, 0], "weighed": [0, 0, 0]}
    print(f"{'corpus':14s} {'rules alone: found / false / missed':40s} weighed (trained without it)")
    for corpus, data in by_corpus.items():
        others = [example for other, rest in by_corpus.items() if other != corpus for example in rest]
        intercept, weights = fit(others)
        rules = counts([flagged for _, _, flagged in data], data)
        weighed = counts([is_flagged(likelihood_of(features, intercept, weights), flagged, "single" in features)
                          for features, _, flagged in data], data)
        for name, figures in (("rules", rules), ("weighed", weighed)):
            totals[name] = [a + b for a, b in zip(totals[name], figures, strict=True)]
        print(f"{corpus.name:14s} {_figures(*rules):40s} {_figures(*weighed)}")
    print(f"{'pooled':14s} {_figures(*totals['rules']):40s} {_figures(*totals['weighed'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if weights.py is not what training gives")
    parser.add_argument("--cross-check", action="store_true", help="weigh each corpus by a model trained without it")
    parser.add_argument("--hold-out", action="append", default=[], type=Path, help="a corpus to leave out of training")
    args = parser.parse_args(argv)
    held_out = {path.resolve() for path in args.hold_out}
    corpora = [corpus for corpus in labelled_corpora() if corpus.resolve() not in held_out]
    by_corpus = {corpus: examples(corpus) for corpus in corpora}
    if args.cross_check:
        cross_check(by_corpus)
        return 0
    data = [example for rest in by_corpus.values() for example in rest]
    intercept, weights = fit(data)
    source = weights_source(intercept, weights, means(data), corpora, len(data))
    if args.check:
        if WEIGHTS_FILE.read_text(encoding="utf-8") != source:
            print(f"{WEIGHTS_FILE.relative_to(ROOT)} is not what training gives: run scripts/train_weighing.py",
                  file=sys.stderr)
            return 1
        print(f"{WEIGHTS_FILE.relative_to(ROOT)} matches training on {len(corpora)} corpora")
        return 0
    WEIGHTS_FILE.write_text(source, encoding="utf-8")
    print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}: {len(weights)} weights from {len(data)} questions "
          f"of {len(corpora)} corpora")
    return 0


if __name__ == "__main__":
    sys.exit(main())
