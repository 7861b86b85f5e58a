"""The audit result as the JSON report contract's dict: the one source for every machine format."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import datetime

from happyaudit import __version__
from happyaudit.audit import RULES
from happyaudit.model import AuditResult, CaseResult, Role

SCHEMA_VERSION = 1


def iso(value: datetime | None) -> str | None:
    """ISO 8601 with an offset, or ``None``."""
    return value.isoformat() if value is not None else None


def build_records(result: AuditResult, rule_names: list[str] | None = None) -> dict:
    """The report document (schema_version 1): summary first, then every audited case.

    ``findings_by_rule`` lists every rule that ran, with zero counts too, so a CI job
    can tell "no findings" from "rule not run".
    """
    cases = sorted(result.cases, key=_case_order)
    counts: Counter[str] = Counter(f.rule for c in cases for f in c.findings)
    rules_run = rule_names if rule_names is not None else list(RULES)
    first_responses = [c.first_response_seconds for c in cases if c.first_response_seconds is not None]
    resolutions = [c.resolution_seconds for c in cases if c.resolution_seconds is not None]
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "happyaudit", "version": __version__},
        "as_of": iso(result.as_of),
        "sources": list(result.sources),
        "summary": {
            "cases": len(cases),
            "flagged_cases": sum(1 for c in cases if c.findings),
            "findings_by_rule": {name: counts.get(name, 0) for name in rules_run},
            "median_first_response_seconds": _median(first_responses),
            "median_resolution_seconds": _median(resolutions),
            "cases_by_status": dict(sorted(Counter(c.status.value for c in cases).items())),
            "skipped_messages": len(result.skipped),
            "duplicate_messages": result.duplicates,
        },
        "settings": dict(result.settings),
        "support_inferred": result.support_inferred,
        "skipped": [{"origin": s.origin, "reason": s.reason} for s in result.skipped],
        "cases": CaseRecords(cases),
    }


class CaseRecords(Sequence):
    """The report's case records, each built when it is read.

    At 100,000 messages the records of every case would take about 100 MB next to the
    audit results they are made from; built one at a time, a report streams in constant
    extra memory. Reads like a list of dicts (and compares equal to one).
    """

    def __init__(self, cases: Sequence[CaseResult]) -> None:
        self._cases = cases

    def __len__(self) -> int:
        return len(self._cases)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [case_record(c) for c in self._cases[index]]
        return case_record(self._cases[index])

    def __iter__(self) -> Iterator[dict]:
        return (case_record(c) for c in self._cases)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None


def case_record(result: CaseResult) -> dict:
    """One case as the contract describes it, plus how it was closed."""
    case = result.case
    support = [cm for cm in case.messages if cm.role is Role.SUPPORT]
    return {
        "case_id": case.case_id,
        "subject": case.subject,
        "status": result.status.value,
        "customer": case.customer,
        "agents": list(result.agents),
        "message_ids": list(case.message_ids),
        "opened_at": iso(result.opened_at),
        "last_activity_at": iso(case.messages[-1].message.date) if case.messages else None,
        "first_response_seconds": result.first_response_seconds,
        "resolution_seconds": result.resolution_seconds,
        "closed_by": result.closed_by,
        "support_messages": len(support),
        "findings": [
            {"rule": f.rule, "severity": f.severity.value, "message_id": f.message_id, "detail": f.detail}
            for f in result.findings
        ],
    }


def _case_order(result: CaseResult) -> tuple:
    first = result.opened_at or (result.case.messages[0].message.date if result.case.messages else None)
    return (first.isoformat() if first else "", result.case.case_id)


def _median(values: list[int]) -> int | None:
    return int(statistics.median(values)) if values else None
