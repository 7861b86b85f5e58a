"""The judgement rules (unanswered-question, missed-follow-up, customer-chased) on small constructed cases."""

from __future__ import annotations

from happyaudit.audit import audit_case
from happyaudit.config import AuditConfig
from happyaudit.model import Role
from tests.casefactory import at, case, msg

C, S, A = Role.CUSTOMER, Role.SUPPORT, Role.AUTOMATIC
DEFAULTS = AuditConfig()


def findings(result, rule: str) -> list[tuple[str, str]]:
    return [(f.message_id, f.detail) for f in result.findings if f.rule == rule]


# --- unanswered-question ----------------------------------------------------------------------

def test_question_left_out_of_the_reply_is_unanswered():
    asked = msg(0, C, "Could you let me know the price for 50 units? Can you ship them to Melbourne, Australia?")
    result = audit_case(case(asked, msg(5, S, "For 50 units we can offer AUD 179.00 per unit.")), DEFAULTS, at(10))
    assert findings(result, "unanswered-question") == [(asked.message.message_id, "Can you ship them to Melbourne, Australia?")]


def test_answered_questions_raise_nothing():
    result = audit_case(case(msg(0, C, "Do you ship to Austria?"), msg(5, S, "Yes, we ship to Austria.")), DEFAULTS, at(10))
    assert findings(result, "unanswered-question") == []


def test_question_without_any_later_support_reply_is_awaiting_reply_territory():
    result = audit_case(case(msg(0, C, "Hello."), msg(1, S, "Hi!"), msg(2, C, "Can you ship to Melbourne?")),
                        DEFAULTS, at(100))
    assert findings(result, "unanswered-question") == []
    assert [f.rule for f in result.findings] == ["awaiting-reply"]


def test_automatic_acknowledgement_answers_nothing_and_does_not_count_as_a_reply():
    result = audit_case(case(msg(0, C, "Can you ship to Melbourne?"), msg(0.1, A, "We received your message.")),
                        DEFAULTS, at(2))
    assert findings(result, "unanswered-question") == []


def test_question_withdrawn_by_the_customer_is_not_flagged():
    result = audit_case(case(msg(0, C, "Does the tent come with a footprint?"), msg(5, S, "Your order ships today."),
                             msg(6, C, "Never mind, found it on your website.")), DEFAULTS, at(7))
    assert findings(result, "unanswered-question") == []


def test_a_resent_question_is_flagged_once():
    text = "Does the Trailhead tent come with a footprint, or do I need to buy one separately?"
    result = audit_case(case(msg(0, C, text), msg(20, C, text), msg(25, S, "Your order ships today.")), DEFAULTS, at(30))
    assert len(findings(result, "unanswered-question")) == 1


# --- missed-follow-up ---------------------------------------------------------------------------

def test_promise_with_no_later_support_message_is_missed_after_its_deadline():
    promise = msg(1, S, "I'll check with the warehouse and get back to you by Friday.")  # Mon 2 Nov
    result = audit_case(case(msg(0, C, "The rain fly is missing."), promise), DEFAULTS, at(24 * 6))
    [(message_id, detail)] = findings(result, "missed-follow-up")
    assert message_id == promise.message.message_id and "Fri 2026-11-06" in detail


def test_promise_still_within_its_deadline_is_not_yet_missed():
    result = audit_case(case(msg(0, C, "The rain fly is missing."),
                             msg(1, S, "I'll check and get back to you by Friday.")), DEFAULTS, at(24))
    assert findings(result, "missed-follow-up") == []


def test_promise_kept_by_another_agent_is_kept():
    result = audit_case(case(msg(0, C, "I was charged twice."),
                             msg(1, S, "Priya in billing - she'll be in touch later today."),
                             msg(5, S, "I refunded the duplicate charge.", sender="priya@acme.example")), DEFAULTS, at(200))
    assert findings(result, "missed-follow-up") == []
    assert any("kept by" in note for _, note in result.notes)


def test_promise_delivered_late_is_missed():
    result = audit_case(case(msg(0, C, "The zipper broke."), msg(1, S, "I'll get back to you tomorrow."),
                             msg(72, S, "Here is your return label.")), DEFAULTS, at(100))
    [(_, detail)] = findings(result, "missed-follow-up")
    assert "came 2026-11-05" in detail


def test_promise_without_deadline_uses_the_follow_up_window():
    result = audit_case(case(msg(0, C, "Do you have trade prices?"),
                             msg(1, S, "We'll sort out a wholesale price for you.")), DEFAULTS, at(1 + 47))
    assert findings(result, "missed-follow-up") == []
    result = audit_case(case(msg(0, C, "Do you have trade prices?"),
                             msg(1, S, "We'll sort out a wholesale price for you.")), DEFAULTS, at(1 + 49))
    assert len(findings(result, "missed-follow-up")) == 1


def test_logistics_statement_is_no_promise():
    result = audit_case(case(msg(0, C, "When will the tents arrive?"),
                             msg(1, S, "The courier collects the pallet on Monday and delivers within 3-5 days.")),
                        DEFAULTS, at(24 * 20))
    assert findings(result, "missed-follow-up") == []


# --- customer-chased ----------------------------------------------------------------------------

def test_any_update_is_a_chase():
    chase = msg(50, C, "Any update on this? I sent the photo on Thursday.")
    result = audit_case(case(msg(0, C, "My buckle broke."), msg(1, S, "Could you send a photo?"),
                             msg(2, C, "Photo attached."), chase, msg(51, S, "A new buckle went out today.")),
                        DEFAULTS, at(52))
    assert findings(result, "customer-chased") == [(chase.message.message_id, "Any update on this?")]


def test_resend_without_a_reply_in_between_is_a_chase_even_after_an_auto_ack():
    text = "I would like to return the Basecamp stove from order #A-10588. It is unused. Please send me a return label."
    resend = msg(28, C, text)
    result = audit_case(case(msg(0, C, text), msg(0.1, A, "We got your message."), resend,
                             msg(30, S, "Here is your return label.")), DEFAULTS, at(31))
    assert [m for m, _ in findings(result, "customer-chased")] == [resend.message.message_id]


def test_repeating_after_a_support_reply_is_no_resend():
    text = "I would like to return the Basecamp stove from order #A-10588. It is unused. Please send me a return label."
    result = audit_case(case(msg(0, C, text), msg(1, S, "Could you tell us the reason?"), msg(2, C, text),
                             msg(3, S, "Here is your return label.")), DEFAULTS, at(4))
    assert findings(result, "customer-chased") == []


# --- notes ------------------------------------------------------------------------------------

def test_notes_explain_each_question_and_promise():
    asked = msg(0, C, "Do you ship to Austria? And does the tent come with a footprint?")
    reply = msg(1, S, "Yes, we ship to Austria. I'll check the footprint question and get back to you tomorrow.")
    result = audit_case(case(asked, reply), DEFAULTS, at(100))
    notes = dict.fromkeys(note for _, note in result.notes)
    assert any("Austria" in n and "mentions" in n for n in notes)
    # Deferred with a promise that was then missed: the promise's failure, not a second finding.
    assert any("footprint" in n and "deferred" in n and "missed" in n for n in notes)
    assert any(n.startswith("promise") and "missed" in n for n in notes)
    assert sorted({f.rule for f in result.findings}) == ["missed-follow-up"]
    assert {message_id for message_id, _ in result.notes} == {asked.message.message_id, reply.message.message_id}


# --- issue 3: deferrals, rival questions, pleas ---------------------------------------------------

def test_a_question_deferred_by_a_missed_promise_is_only_a_missed_follow_up():
    asked = msg(0, C, "I was charged twice for the October box. Please refund one of the payments.")
    reply = msg(1, S, "Sorry! I've handed this to our billing team and they'll be in touch about the refund.")
    result = audit_case(case(asked, reply), DEFAULTS, at(100))
    assert sorted({f.rule for f in result.findings}) == ["awaiting-reply", "missed-follow-up"] or \
        sorted({f.rule for f in result.findings}) == ["missed-follow-up"]
    assert findings(result, "unanswered-question") == []


def test_a_deferred_question_is_unanswered_when_the_kept_promise_does_not_answer_it():
    asked = msg(0, C, "I was charged twice for the October box. Please refund one of the payments.")
    reply = msg(1, S, "Sorry! I've handed this to our billing team and they'll be in touch about the refund.")
    later = msg(20, S, "Your November box has left the roastery today.")
    result = audit_case(case(asked, reply, later), DEFAULTS, at(100))
    assert findings(result, "missed-follow-up") == []
    assert [d for _, d in findings(result, "unanswered-question")] == ["Please refund one of the payments."]


def test_one_sentence_answers_the_question_it_fits_best():
    asked = msg(0, C, "We'd like 12 mugs for the office. What would that cost?\n\n"
                      "Could you also engrave our logo on each mug?")
    result = audit_case(case(asked, msg(2, S, "For 12 mugs it's EUR 9.50 per mug, including gift wrap.")),
                        DEFAULTS, at(10))
    assert [d for _, d in findings(result, "unanswered-question")] == ["Could you also engrave our logo on each mug?"]


def test_a_plea_for_a_reply_after_an_unanswered_mail_is_a_chase():
    first = msg(0, C, "Do you still make the walnut stool in the tall version?")
    plea = msg(30, C, "Could anybody please respond?")
    result = audit_case(case(first, plea, msg(31, S, "Yes, the tall walnut stool is in stock.")), DEFAULTS, at(40))
    assert [d for _, d in findings(result, "customer-chased")] == ["Could anybody please respond?"]


def test_a_plea_for_a_reply_in_a_first_mail_is_no_chase():
    result = audit_case(case(msg(0, C, "Do you make the walnut stool in a tall version? Could someone reply?"),
                             msg(1, S, "Yes, the tall walnut stool is in stock.")), DEFAULTS, at(10))
    assert findings(result, "customer-chased") == []
