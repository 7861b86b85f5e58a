"""Status, timings and the rules of the core audit, each on a small constructed case."""

from __future__ import annotations

from happyaudit.audit import RULES, audit_case
from happyaudit.config import AuditConfig
from happyaudit.model import Role, Status
from tests.casefactory import at, case, msg

C, S, A = Role.CUSTOMER, Role.SUPPORT, Role.AUTOMATIC
DEFAULTS = AuditConfig()
CONTRACT_RULES = {
    "unanswered-question", "missed-follow-up", "customer-chased", "awaiting-reply",
    "slow-first-response", "reopened", "many-handoffs",
}


def rules_fired(result) -> list[str]:
    return [f.rule for f in result.findings]


def test_every_registered_rule_is_a_contract_rule_with_a_description():
    assert set(RULES) <= CONTRACT_RULES
    assert all(rule.description for rule in RULES.values())


def test_customer_writing_last_makes_the_case_open():
    result = audit_case(case(msg(0, C, "Can you ship to Melbourne?")), DEFAULTS, at(2))
    assert result.status is Status.OPEN


def test_support_writing_last_recently_makes_the_case_pending():
    result = audit_case(case(msg(0, C, "Can you ship?"), msg(2, S, "Yes, we can.")), DEFAULTS, at(48))
    assert result.status is Status.PENDING and result.closed_by is None


def test_support_quiet_past_close_after_closes_the_case():
    result = audit_case(case(msg(0, C, "Can you ship?"), msg(2, S, "Yes, we can.")), DEFAULTS, at(2 + 7 * 24))
    assert (result.status, result.closed_by) == (Status.CLOSED, "quiet")
    assert result.resolution_seconds == 2 * 3600


def test_closing_statement_closes_the_case_at_once():
    result = audit_case(case(msg(0, C, "Can you ship?"), msg(2, S, "Yes. I'll mark this ticket as resolved.")), DEFAULTS, at(3))
    assert (result.status, result.closed_by) == (Status.CLOSED, "statement")


def test_resolved_subject_tag_closes_the_case():
    result = audit_case(case(msg(0, C, "Can you ship?"), msg(2, S, "Yes, we can.", subject="[Resolved] Re: Order question")), DEFAULTS, at(3))
    assert (result.status, result.closed_by) == (Status.CLOSED, "tag")


def test_closed_label_closes_the_case():
    result = audit_case(case(msg(0, C, "Can you ship?", labels=("closed",)), msg(2, S, "Yes, we can.")), DEFAULTS, at(3))
    assert (result.status, result.closed_by) == (Status.CLOSED, "label")


def test_a_thank_you_after_the_answer_does_not_reopen_or_open_the_case():
    result = audit_case(case(msg(0, C, "Can you ship?"), msg(2, S, "Yes. I'll mark this ticket as resolved."),
                             msg(3, C, "Thanks, that's perfect!")), DEFAULTS, at(60))
    assert result.status is Status.CLOSED
    assert rules_fired(result) == []


def test_first_response_ignores_auto_acknowledgements():
    result = audit_case(case(msg(0, C, "Can you ship?"), msg(0.01, A, "We received your request."),
                             msg(30, S, "Yes, we can.")), DEFAULTS, at(31))
    assert result.first_response_seconds == 30 * 3600
    assert rules_fired(result) == ["slow-first-response"]


def test_first_response_within_target_is_not_slow():
    result = audit_case(case(msg(0, C, "Can you ship?"), msg(23, S, "Yes, we can.")), DEFAULTS, at(24))
    assert "slow-first-response" not in rules_fired(result)


def test_customer_waiting_beyond_target_is_awaiting_reply():
    result = audit_case(case(msg(0, C, "Can you ship?"), msg(0.01, A, "We received your request.")), DEFAULTS, at(25))
    assert rules_fired(result) == ["awaiting-reply"]
    assert result.findings[0].message_id == result.case.messages[0].message.message_id


def test_customer_waiting_within_target_is_not_yet_awaiting_reply():
    result = audit_case(case(msg(0, C, "Can you ship?")), DEFAULTS, at(23))
    assert rules_fired(result) == []


def test_awaiting_reply_follows_the_configured_target():
    from datetime import timedelta

    result = audit_case(case(msg(0, C, "Can you ship?")), AuditConfig(response_target=timedelta(hours=4)), at(5))
    assert rules_fired(result) == ["awaiting-reply"]


def test_real_customer_message_after_explicit_close_is_reopened():
    result = audit_case(case(msg(0, C, "Can you ship?"), msg(2, S, "Done. Closing this ticket now."),
                             msg(50, C, "The parcel arrived damaged, what now?"), msg(51, S, "Sorry! Replacement sent.")),
                        DEFAULTS, at(52))
    assert rules_fired(result) == ["reopened"]
    assert result.findings[0].message_id == result.case.messages[2].message.message_id


def test_quiet_close_then_customer_writes_is_not_reopened():
    result = audit_case(case(msg(0, C, "Can you ship?"), msg(2, S, "Yes we can."),
                             msg(300, C, "New order please: 5 tents?"), msg(301, S, "Done.")), DEFAULTS, at(302))
    assert "reopened" not in rules_fired(result)


def test_three_agents_exceed_the_handoff_limit():
    result = audit_case(case(
        msg(0, C, "Can you ship?"), msg(1, S, "Looking.", sender="sam@acme.example"),
        msg(2, C, "And the price?"), msg(3, S, "Passing to sales.", sender="priya@acme.example"),
        msg(4, C, "Ok?"), msg(5, S, "Price is 40 EUR.", sender="lena@acme.example"),
    ), DEFAULTS, at(6))
    assert "many-handoffs" in rules_fired(result)
    assert result.agents == ("sam@acme.example", "priya@acme.example", "lena@acme.example")


def test_an_agent_writing_from_the_team_address_is_still_one_agent():
    result = audit_case(case(
        msg(0, C, "Can you ship?"), msg(1, S, "Looking.", sender="sam@acme.example", name="Sam Okafor"),
        msg(2, C, "And the price?"), msg(3, S, "40 EUR.", sender="support@acme.example", name="Sam at Acme Support"),
        msg(4, C, "Ok?"), msg(5, S, "Shipped.", sender="priya@acme.example", name="Priya Nair"),
    ), DEFAULTS, at(6))
    assert result.agents == ("sam@acme.example", "priya@acme.example")
    assert "many-handoffs" not in rules_fired(result)


def test_ignored_rules_do_not_run():
    config = AuditConfig(ignored_rules=frozenset({"awaiting-reply"}))
    result = audit_case(case(msg(0, C, "Can you ship?")), config, at(100))
    assert rules_fired(result) == []


def _berlin_office_hours():
    from happyaudit.businesshours import parse_business_hours

    return parse_business_hours({"days": ["mon", "tue", "wed", "thu", "fri"], "hours": "09:00-17:00",
                                 "timezone": "Europe/Berlin"})


def test_with_business_hours_a_weekend_does_not_make_a_first_response_slow():
    from datetime import datetime, timezone

    from happyaudit.model import CaseMessage
    from dataclasses import replace

    friday_evening = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)
    monday_morning = datetime(2026, 11, 23, 8, 30, tzinfo=timezone.utc)
    asked, answered = msg(0, C, "Can you ship?"), msg(1, S, "Yes, we ship there.")
    timeline = case(CaseMessage(replace(asked.message, date=friday_evening), C),
                    CaseMessage(replace(answered.message, date=monday_morning), S))
    wall_clock = audit_case(timeline, DEFAULTS, monday_morning)
    office = audit_case(timeline, AuditConfig(business_hours=_berlin_office_hours()), monday_morning)
    assert "slow-first-response" in rules_fired(wall_clock)
    assert rules_fired(office) == [] and office.first_response_seconds == 30 * 60


def test_with_business_hours_a_customer_waiting_over_the_weekend_is_not_yet_overdue():
    from datetime import datetime, timezone

    from happyaudit.model import CaseMessage
    from dataclasses import replace

    friday_noon = datetime(2026, 11, 20, 11, 0, tzinfo=timezone.utc)
    monday_noon = datetime(2026, 11, 23, 11, 0, tzinfo=timezone.utc)
    timeline = case(CaseMessage(replace(msg(0, C, "Can you ship?").message, date=friday_noon), C))
    assert rules_fired(audit_case(timeline, DEFAULTS, monday_noon)) == ["awaiting-reply"]
    assert rules_fired(audit_case(timeline, AuditConfig(business_hours=_berlin_office_hours()), monday_noon)) == []


def test_a_teams_own_closing_phrase_closes_the_case():
    timeline = case(msg(0, C, "Can you ship?"), msg(2, S, "Ja, wir liefern. Ticket erledigt."))
    assert audit_case(timeline, DEFAULTS, at(3)).status is Status.PENDING
    result = audit_case(timeline, AuditConfig(closing_phrases=("ticket erledigt",)), at(3))
    assert (result.status, result.closed_by) == (Status.CLOSED, "statement")


def test_a_teams_own_subject_tag_closes_the_case():
    timeline = case(msg(0, C, "Can you ship?"), msg(2, S, "Yes, we can.", subject="[Done] Re: Order question"))
    result = audit_case(timeline, AuditConfig(closing_tags=("[done]",)), at(3))
    assert (result.status, result.closed_by) == (Status.CLOSED, "tag")


def test_a_configured_severity_replaces_the_rules_default_where_findings_are_made():
    from happyaudit.model import Severity

    config = AuditConfig(severities={"awaiting-reply": "info"})
    [finding] = audit_case(case(msg(0, C, "Can you ship?")), config, at(100)).findings
    assert (finding.rule, finding.severity) == ("awaiting-reply", Severity.INFO)
