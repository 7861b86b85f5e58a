"""Each case is judged once per audit: the question and promise rules and the ``show`` notes share
one judgement, and sharing it changes nothing they report."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from happyaudit.audit import audit_case, judgement, rules
from happyaudit.audit.metrics import compute_metrics
from happyaudit.config import AuditConfig
from happyaudit.pipeline import audit_sources
from happyaudit.sources import discover
from tests.conftest import AS_OF, SAMPLE_MAILBOX

CONFIG = AuditConfig(support_domains=frozenset({"acme.example"}))


@pytest.fixture(scope="module")
def sample_results():
    return audit_sources(discover(str(SAMPLE_MAILBOX)), CONFIG, AS_OF).cases


def test_every_case_is_judged_at_most_once(sample_results, monkeypatch: pytest.MonkeyPatch):
    calls: Counter[tuple[str, str]] = Counter()
    judge_questions, judge_promises = judgement._judge_questions, judgement._judge_promises

    def counting_questions(case, *args):
        calls["questions", case.case_id] += 1
        return judge_questions(case, *args)

    def counting_promises(case, *args):
        calls["promises", case.case_id] += 1
        return judge_promises(case, *args)

    monkeypatch.setattr(judgement, "_judge_questions", counting_questions)
    monkeypatch.setattr(judgement, "_judge_promises", counting_promises)
    for result in sample_results:
        audit_case(result.case, CONFIG, AS_OF)
    assert calls and max(calls.values()) == 1
    assert {case_id for _, case_id in calls} == {result.case.case_id for result in sample_results}


def test_shared_judgement_gives_the_findings_and_notes_of_a_fresh_one(sample_results):
    notes = 0
    for result in sample_results:
        again = audit_case(result.case, CONFIG, AS_OF)
        assert again == result
        # a fresh metrics object is a fresh judgement, computed from scratch
        metrics = compute_metrics(result.case, CONFIG, AS_OF)
        fresh = replace(metrics)
        assert rules.judgement_notes(result.case, fresh, CONFIG, AS_OF) == list(result.notes)
        for name in ("unanswered-question", "missed-follow-up", "customer-chased"):
            expected = [f for f in result.findings if f.rule == name]
            found = rules.RULES[name].check(result.case, replace(metrics), CONFIG, AS_OF)
            assert [(f.rule, f.message_id, f.detail) for f in found] == \
                [(f.rule, f.message_id, f.detail) for f in expected]
        notes += len(result.notes)
    assert notes > 10


def test_judge_questions_without_config_is_not_served_the_judgement_with_promises(sample_results):
    for result in sample_results:
        metrics = compute_metrics(result.case, CONFIG, AS_OF)
        with_promises = judgement.judge_questions(result.case, metrics, CONFIG, AS_OF)
        without = judgement.judge_questions(result.case, metrics)
        assert without == judgement._judge_questions(result.case, replace(metrics), None, None)
        assert with_promises == judgement._judge_questions(result.case, replace(metrics), CONFIG, AS_OF)
        # the returned lists are the caller's own
        without.clear()
        assert judgement.judge_questions(result.case, metrics) == judgement._judge_questions(
            result.case, replace(metrics), None, None)
