"""Judge each case: compute its metrics once, then run every selected rule over it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from happyaudit.audit.metrics import compute_metrics
from happyaudit.audit.rules import RULES, Rule, case_agents, judgement_notes
from happyaudit.config import AuditConfig
from happyaudit.model import Case, CaseResult, Severity

__all__ = ["RULES", "Rule", "audit_case", "run_audit", "selected_rules"]


def selected_rules(config: AuditConfig) -> list[Rule]:
    """The rules this audit runs, in registry order, after --select and --ignore."""
    names = config.selected_rules if config.selected_rules is not None else RULES.keys()
    return [RULES[name] for name in RULES if name in names and name not in config.ignored_rules]


def audit_case(case: Case, config: AuditConfig, as_of: datetime) -> CaseResult:
    """One case's status, timings and findings as of ``as_of``."""
    metrics = compute_metrics(case, config, as_of)
    findings = []
    for rule in selected_rules(config):
        severity = Severity(config.severities.get(rule.name, rule.severity.value))
        findings.extend(replace(finding, severity=severity) for finding in rule.check(case, metrics, config, as_of))
    return CaseResult(
        case=case,
        status=metrics.status,
        opened_at=metrics.opened_at,
        first_response_seconds=metrics.first_response_seconds,
        resolution_seconds=metrics.resolution_seconds,
        closed_by=metrics.closed_by,
        agents=tuple(case_agents(metrics.support)),
        findings=tuple(findings),
        notes=tuple(judgement_notes(case, metrics, config, as_of)),
    )


def run_audit(cases: Iterable[Case], config: AuditConfig, as_of: datetime) -> list[CaseResult]:
    """Audit every case whose activity falls in the --since/--until window."""
    results = []
    for case in cases:
        if not _active_in_window(case, config):
            continue
        results.append(audit_case(case, config, as_of))
    return results


def _active_in_window(case: Case, config: AuditConfig) -> bool:
    if config.since is None and config.until is None:
        return True
    for cm in case.messages:
        date = cm.message.date
        if (config.since is None or date >= config.since) and (config.until is None or date <= config.until):
            return True
    return False
