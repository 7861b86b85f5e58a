"""CI thresholds: whether an audit's summary crosses the limits a build sets."""

from __future__ import annotations

from collections.abc import Iterable


def thresholds_crossed(summary: dict, failing_rules: Iterable[str] | None, max_flagged_rate: float | None) -> list[str]:
    """Why the build should fail, one sentence per crossed threshold; empty when none is.

    ``failing_rules``: any finding of these rules fails. ``max_flagged_rate``: the share
    of audited cases with at least one finding may not exceed it.
    """
    reasons = []
    counts = summary["findings_by_rule"]
    for rule in sorted(failing_rules or ()):
        if counts.get(rule, 0):
            reasons.append(f"{counts[rule]} {rule} finding(s) (--fail-on {rule})")
    if max_flagged_rate is not None and summary["cases"]:
        rate = summary["flagged_cases"] / summary["cases"]
        if rate > max_flagged_rate:
            reasons.append(f"{rate:.1%} of cases flagged ({summary['flagged_cases']} of {summary['cases']}), "
                           f"above --max-flagged-rate {max_flagged_rate:g}")
    return reasons
