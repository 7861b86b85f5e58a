"""The customer's own reaction as evidence: a plain question they thanked the reply for is not flagged, nor the main
question of a message when the customer wrote again after the reply without asking it again."""

from __future__ import annotations

from happyaudit.audit import audit_case
from happyaudit.config import AuditConfig
from happyaudit.model import Role
from tests.casefactory import at, case, msg

C, S = Role.CUSTOMER, Role.SUPPORT
DEFAULTS = AuditConfig()
ASKED = "Can I take the hire car to France next week? How do the motorway tolls work there?"
REPLY = "Good news: travel to France is allowed. The tag behind the mirror opens every barrier."


def unanswered(result) -> list[str]:
    return [f.detail for f in result.findings if f.rule == "unanswered-question"]


def test_plain_question_the_customer_thanked_the_reply_for_is_not_flagged():
    result = audit_case(case(msg(0, C, ASKED), msg(2, S, REPLY), msg(3, C, "Brilliant, thanks Gemma.")), DEFAULTS, at(100))
    assert unanswered(result) == []


def test_show_says_the_customer_only_thanked_for_the_reply():
    reply = msg(2, S, REPLY)
    result = audit_case(case(msg(0, C, ASKED), reply, msg(3, C, "Perfect, thank you!")), DEFAULTS, at(100))
    assert any("How do the motorway tolls work there?" in note and "only thanked for reply" in note
               and reply.message.message_id in note for _, note in result.notes)


def test_plain_question_without_the_customers_thanks_is_still_flagged():
    result = audit_case(case(msg(0, C, ASKED), msg(2, S, REPLY)), DEFAULTS, at(100))
    assert unanswered(result) == ["How do the motorway tolls work there?"]


def test_thanks_that_asks_again_settles_nothing():
    result = audit_case(case(msg(0, C, ASKED), msg(2, S, REPLY),
                             msg(3, C, "Thanks! And how do the tolls work exactly?")), DEFAULTS, at(100))
    assert "How do the motorway tolls work there?" in unanswered(result)


def test_thanks_does_not_settle_a_request_for_a_deed():
    asked = "What is the notice period? Could you send the final invoice to accounts@okoro.example?"
    result = audit_case(case(msg(0, C, asked), msg(2, S, "The notice period is 30 days."), msg(3, C, "Great, thanks!")),
                        DEFAULTS, at(100))
    assert unanswered(result) == ["Could you send the final invoice to accounts@okoro.example?"]


def test_thanks_does_not_settle_a_question_marked_as_an_addition():
    asked = "Is the Golf automatic? Also, does the rental include a child seat?"
    result = audit_case(case(msg(0, C, asked), msg(2, S, "Yes, the Golf is an automatic."), msg(3, C, "Lovely, thanks!")),
                        DEFAULTS, at(100))
    assert unanswered(result) == ["Also, does the rental include a child seat?"]


def test_thanks_does_not_settle_a_question_for_an_amount_no_reply_gave():
    asked = "Do you do home visits in Frome? Was kostet ein Hausbesuch?"
    result = audit_case(case(msg(0, C, asked), msg(2, S, "Yes, our vets visit Frome on Tuesdays."),
                             msg(3, C, "Super, danke!")), DEFAULTS, at(100))
    assert unanswered(result) == ["Was kostet ein Hausbesuch?"]


def test_thanks_for_a_promise_to_come_back_settles_nothing():
    result = audit_case(case(msg(0, C, ASKED), msg(2, S, "Good news: travel to France is allowed."),
                             msg(3, C, "And what documents do I need to bring?"),
                             msg(4, S, "I'll check with the insurer and get back to you tomorrow."),
                             msg(5, C, "Thanks, looking forward to it.")), DEFAULTS, at(100))
    assert "How do the motorway tolls work there?" in unanswered(result)


def test_thanks_does_not_settle_a_question_asked_as_an_aside():
    asked = "Is the Golf automatic? By the way, is the depot open on Sundays?"
    result = audit_case(case(msg(0, C, asked), msg(2, S, "Yes, the Golf is an automatic."), msg(3, C, "Lovely, thanks!")),
                        DEFAULTS, at(100))
    assert unanswered(result) == ["By the way, is the depot open on Sundays?"]


def test_thanks_settles_a_question_about_what_will_happen_to_the_customer():
    asked = "When will my bridge be ready to fit? Will I need an injection for the fitting?"
    reply = "The lab delivered it today - you're booked for Monday at 2pm. Most bridges go on without any anaesthetic."
    result = audit_case(case(msg(0, C, asked), msg(2, S, reply), msg(3, C, "Thanks, Fiona!")), DEFAULTS, at(100))
    assert unanswered(result) == []


MAIN_FIRST = "Could you fit the roof bars to the van before I collect it on Friday? What does the deposit cover?"
MAIN_REPLY = "Dan in the workshop will sort that out on Thursday. The deposit covers damage up to the £750 excess."


def test_main_question_the_customer_carried_on_from_without_asking_again_is_not_flagged():
    assert unanswered(audit_case(case(msg(0, C, MAIN_FIRST), msg(2, S, MAIN_REPLY)), DEFAULTS, at(100))) == [
        "Could you fit the roof bars to the van before I collect it on Friday?"]
    carried_on = msg(3, C, "Great. Can I return the van to the Leeds branch instead of York?")
    result = audit_case(case(msg(0, C, MAIN_FIRST), msg(2, S, MAIN_REPLY), carried_on), DEFAULTS, at(100))
    assert unanswered(result) == []


def test_show_says_the_customer_wrote_again_without_asking_the_main_question_again():
    reply, carried_on = msg(2, S, MAIN_REPLY), msg(3, C, "Great. Can I return the van to the Leeds branch instead?")
    result = audit_case(case(msg(0, C, MAIN_FIRST), reply, carried_on), DEFAULTS, at(100))
    assert any(note.startswith('question "Could you fit the roof bars') and "without asking it again" in note
               and reply.message.message_id in note and carried_on.message.message_id in note for _, note in result.notes)


def test_main_question_stays_flagged_when_the_customer_chases():
    result = audit_case(case(msg(0, C, MAIN_FIRST), msg(2, S, MAIN_REPLY), msg(3, C, "Any update?")), DEFAULTS, at(100))
    assert "Could you fit the roof bars to the van before I collect it on Friday?" in unanswered(result)


def test_main_question_stays_flagged_when_the_customer_asks_it_again():
    result = audit_case(case(msg(0, C, MAIN_FIRST), msg(2, S, MAIN_REPLY),
                             msg(3, C, "Sorry, so will the roof bars be on the van?")), DEFAULTS, at(100))
    assert "Could you fit the roof bars to the van before I collect it on Friday?" in unanswered(result)


def test_carrying_on_settles_no_question_but_the_first_of_its_message():
    asked = "What does the deposit cover? Could you fit the roof bars to the van before I collect it on Friday?"
    reply = "The deposit covers damage up to the £750 excess. Dan in the workshop will sort that out on Thursday."
    result = audit_case(case(msg(0, C, asked), msg(2, S, reply),
                             msg(3, C, "Great. Can I return the van to the Leeds branch instead of York?")), DEFAULTS, at(100))
    assert "Could you fit the roof bars to the van before I collect it on Friday?" in unanswered(result)


def test_carrying_on_after_a_promise_to_come_back_settles_nothing():
    promise = "I'm checking the deposit terms with our insurer and will come back to you tomorrow about the deposit."
    result = audit_case(case(msg(0, C, MAIN_FIRST), msg(2, S, promise),
                             msg(3, C, "Thanks. Can I return the van to the Leeds branch instead of York?")),
                        DEFAULTS, at(100))
    assert "Could you fit the roof bars to the van before I collect it on Friday?" in unanswered(result)


def test_thanks_after_the_reply_settles_the_request_the_customer_wrote_in_for():
    result = audit_case(case(msg(0, C, MAIN_FIRST), msg(2, S, MAIN_REPLY), msg(3, C, "Brilliant, thanks Dan!")),
                        DEFAULTS, at(100))
    assert unanswered(result) == []
