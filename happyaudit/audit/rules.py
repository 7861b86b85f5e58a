"""The audit rules, one small pure function each, named exactly as in the report contract.

A rule's docstring's first line is its description in ``happyaudit rules`` and reports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from happyaudit.audit.judgement import (
    QuestionJudgement,
    chases,
    judge_promises,
    judge_questions,
)
from happyaudit.audit.metrics import CaseMetrics
from happyaudit.config import AuditConfig
from happyaudit.model import Case, CaseMessage, Finding, Role, Severity
from happyaudit.timefmt import human_duration

RuleFunction = Callable[[Case, CaseMetrics, AuditConfig, datetime], list[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule: its contract name, default severity and check."""

    name: str
    severity: Severity
    check: RuleFunction

    @property
    def description(self) -> str:
        """The first line of the rule function's docstring."""
        return (self.check.__doc__ or "").strip().splitlines()[0]


RULES: dict[str, Rule] = {}


def rule(name: str, severity: Severity) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under its contract name."""

    def register(check: RuleFunction) -> RuleFunction:
        RULES[name] = Rule(name, severity, check)
        return check

    return register


@rule("unanswered-question", Severity.ERROR)
def unanswered_question(case: Case, metrics: CaseMetrics, config: AuditConfig, as_of: datetime) -> list[Finding]:
    """A customer question or request that no later support reply addressed."""
    return [Finding(
        rule="unanswered-question",
        severity=RULES["unanswered-question"].severity,
        message_id=j.message.message.message_id,
        detail=j.question.text,
    ) for j in judge_questions(case, metrics, config, as_of) if j.verdict is None and not j.withdrawn]


@rule("missed-follow-up", Severity.ERROR)
def missed_follow_up(case: Case, metrics: CaseMetrics, config: AuditConfig, as_of: datetime) -> list[Finding]:
    """Support promised to come back and no support message followed by the deadline."""
    findings = []
    for j in judge_promises(case, metrics, config, as_of):
        if j.outcome not in ("missed", "late"):
            continue
        stated = "" if j.commitment.deadline else f", {human_duration(config.follow_up_window.total_seconds())} window"
        late = f"; came {j.by.message.date:%Y-%m-%d %H:%M} UTC" if j.outcome == "late" and j.by else ""
        findings.append(Finding(
            rule="missed-follow-up",
            severity=RULES["missed-follow-up"].severity,
            message_id=j.message.message.message_id,
            detail=f"{j.commitment.text} (deadline {j.deadline:%a %Y-%m-%d %H:%M} UTC{stated}{late})",
        ))
    return findings


@rule("customer-chased", Severity.WARNING)
def customer_chased(case: Case, metrics: CaseMetrics, config: AuditConfig, as_of: datetime) -> list[Finding]:
    """The customer had to chase: "any update?", "following up", or a resend of the same request."""
    return [Finding(
        rule="customer-chased",
        severity=RULES["customer-chased"].severity,
        message_id=cm.message.message_id,
        detail=sentence,
    ) for cm, sentence in chases(case, metrics)]


def judgement_notes(
    case: Case, metrics: CaseMetrics, config: AuditConfig, as_of: datetime
) -> list[tuple[str, str]]:
    """Explanations for ``show``: what answered each question and what became of each promise."""
    notes: list[tuple[str, str]] = []
    for j in judge_questions(case, metrics, config, as_of):
        notes.append((j.message.message.message_id, f"question \"{j.question.text}\": {question_outcome(j)}"))
    for j in judge_promises(case, metrics, config, as_of):
        when = f"{j.deadline:%a %Y-%m-%d %H:%M} UTC" + ("" if j.commitment.deadline else " (follow-up window)")
        by = j.by.message.message_id if j.by else ""
        outcome = {
            "kept": f"kept by {by}",
            "late": f"missed: deadline {when}, delivered late by {by}",
            "missed": f"missed: deadline {when} passed with no support message",
            "pending": f"pending: deadline {when}",
            "withdrawn": "no longer needed: the customer withdrew the request",
        }[j.outcome]
        notes.append((j.message.message.message_id, f"promise \"{j.commitment.text}\": {outcome}"))
    return notes


@rule("awaiting-reply", Severity.ERROR)
def awaiting_reply(case: Case, metrics: CaseMetrics, config: AuditConfig, as_of: datetime) -> list[Finding]:
    """The customer's latest message has had no support reply for longer than the response target."""
    if not metrics.real_customer:
        return []
    latest = metrics.real_customer[-1]
    if any(cm.message.date >= latest.message.date for cm in metrics.support):
        return []
    waiting = config.elapsed(latest.message.date, as_of).total_seconds()
    if waiting <= config.response_target.total_seconds():
        return []
    return [Finding(
        rule="awaiting-reply",
        severity=RULES["awaiting-reply"].severity,
        message_id=latest.message.message_id,
        detail=f"customer waiting {human_duration(waiting)} for a reply "
               f"(target {human_duration(config.response_target.total_seconds())})",
    )]


@rule("slow-first-response", Severity.WARNING)
def slow_first_response(case: Case, metrics: CaseMetrics, config: AuditConfig, as_of: datetime) -> list[Finding]:
    """The first human support reply came later than the response target."""
    if metrics.first_response_seconds is None or metrics.first_response is None:
        return []
    if metrics.first_response_seconds <= config.response_target.total_seconds():
        return []
    return [Finding(
        rule="slow-first-response",
        severity=RULES["slow-first-response"].severity,
        message_id=metrics.first_response.message.message_id,
        detail=f"first reply after {human_duration(metrics.first_response_seconds)} "
               f"(target {human_duration(config.response_target.total_seconds())})",
    )]


@rule("reopened", Severity.WARNING)
def reopened(case: Case, metrics: CaseMetrics, config: AuditConfig, as_of: datetime) -> list[Finding]:
    """The customer wrote again after support had closed the case."""
    findings = []
    for closing in metrics.closings:
        if closing.message.role is not Role.SUPPORT:
            continue  # the customer closed it themselves: writing again is their right
        closed_at = closing.message.message.date
        after = next((cm for cm in metrics.real_customer if cm.message.date > closed_at), None)
        if after is not None and all(f.message_id != after.message.message_id for f in findings):
            findings.append(Finding(
                rule="reopened",
                severity=RULES["reopened"].severity,
                message_id=after.message.message_id,
                detail=f"customer wrote again after the case was closed ({closing.how}) "
                       f"on {closed_at:%Y-%m-%d %H:%M} UTC",
            ))
    return findings


@rule("many-handoffs", Severity.INFO)
def many_handoffs(case: Case, metrics: CaseMetrics, config: AuditConfig, as_of: datetime) -> list[Finding]:
    """More distinct support agents replied than the handoff limit allows."""
    agents = case_agents(metrics.support)
    if len(agents) <= config.handoff_limit:
        return []
    return [Finding(
        rule="many-handoffs",
        severity=RULES["many-handoffs"].severity,
        message_id=metrics.support[-1].message.message_id,
        detail=f"{len(agents)} agents replied ({', '.join(agents)}); limit {config.handoff_limit}",
    )]


def case_agents(support: Sequence[CaseMessage]) -> list[str]:
    """Distinct human support senders, in the order they first replied.

    A message from a shared team address whose display name starts with the same first
    name as an agent's own address is that agent ("Sam at Acme Support" is Sam).
    """
    own_address: dict[str, str] = {}
    for cm in support:
        first_name = _first_name(cm.message.from_name)
        local = cm.message.from_addr.partition("@")[0]
        if first_name and local.split(".")[0] == first_name:
            own_address.setdefault(first_name, cm.message.from_addr)
    agents: list[str] = []
    for cm in support:
        agent = own_address.get(_first_name(cm.message.from_name), cm.message.from_addr)
        if agent not in agents:
            agents.append(agent)
    return agents


def _first_name(display_name: str) -> str:
    words = display_name.split()
    return words[0].lower().strip(",.'\"") if words else ""


def question_outcome(judged: QuestionJudgement) -> str:
    """What became of one question, in words for ``show``: what answered it, or why it is (not) flagged."""
    if judged.verdict is not None:
        return judged.verdict.reason
    if judged.withdrawn:
        return "withdrawn by the customer later"
    if judged.rules_verdict is not None and judged.weighing is not None:
        signs = "; ".join(judged.weighing.reasons) or "the case as a whole"
        return (f"flagged: {judged.rules_verdict.reason}, but weighed with the rest of the case it is more likely "
                f"unanswered ({judged.weighing.likelihood:.0%} likely: {signs})")
    return "not answered by any later support reply"
