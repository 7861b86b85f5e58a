"""Whether a later support reply addressed a customer's question."""

from __future__ import annotations

from happyaudit.audit.answers import find_answer
from happyaudit.audit.questions import extract_questions
from happyaudit.model import Role
from tests.casefactory import START, msg

S = Role.SUPPORT


def verdicts(customer_text: str, *replies: str) -> list:
    messages = [msg(index + 1, S, text).message for index, text in enumerate(replies)]
    return [find_answer(q, START, messages) for q in extract_questions(customer_text)]


def test_inline_answer_under_the_quoted_question_answers_it():
    [verdict] = verdicts("Is a rain cover included, or is it sold separately?",
                         "Hi Rob,\n\n> Is a rain cover included, or is it sold separately?\n\nIt lives in the bottom pocket.")
    assert verdict.how == "inline" and verdict.reason.startswith("answered inline by m1-")


def test_inline_quote_followed_only_by_a_deferral_is_not_an_answer():
    assert verdicts("Is a rain cover included?", "> Is a rain cover included?\n\nI'll check with the warehouse.") == [None]


def test_answer_in_different_words_answers_it():
    [verdict] = verdicts("Do you deliver to Austria?", "Yes, we ship to all EU countries, Austria included.")
    assert verdict is not None and "austria" in verdict.reason.lower()


def test_german_answer_in_different_words_answers_it():
    [verdict] = verdicts("Liefern Sie auch nach Österreich?", "Ja, wir versenden in alle EU-Länder, Österreich eingeschlossen.")
    assert verdict is not None


def test_answer_type_must_fit_a_when_question():
    [verdict] = verdicts("When will order #A-10482 ship?", "Your order ships tomorrow (Tuesday) with ground shipping.")
    assert verdict is not None and "date or time" in verdict.reason


def test_short_yes_after_a_single_question_answers_it():
    [verdict] = verdicts("Do you ship to Austria?", "Yes, we do.")
    assert verdict is not None and verdict.how in ("short-reply", "topical")


def test_deferral_is_not_an_answer():
    assert verdicts("Can you ship to Melbourne?", "Good question - I'll check on the shipping to Melbourne and get back to you.") == [None]


def test_generic_reply_answers_nothing():
    assert verdicts("Can you ship to Melbourne? And what is the lead time?", "Thanks, we'll look into it.") == [None, None]


def test_partial_answer_leaves_the_other_question_unanswered():
    found = verdicts(
        "Could you please let me know the price for 50 units? Can you ship them to Melbourne, Australia?",
        "For 50 units of the Summit 45L we can offer AUD 179.00 per unit, so AUD 8,950.00 in total.",
    )
    assert found[0] is not None and found[1] is None


def test_later_reply_can_answer_what_the_first_did_not():
    [verdict] = verdicts("Can you send me a replacement buckle?", "Could you send us a photo of the buckle?",
                         "A replacement buckle went out this morning.")
    assert verdict is not None and verdict.message_id.startswith("m2-")


def test_replies_before_the_question_do_not_count():
    question = extract_questions("Do you ship to Austria?")[0]
    earlier = msg(-1, S, "Yes, we ship to Austria.").message
    assert find_answer(question, START, [earlier]) is None


def test_pronoun_question_is_answered_through_the_statement_before_it():
    [verdict] = verdicts("Our treasurer needs an invoice made out to Pine Hollow Scouts. Can you send us one?",
                         "Your invoice for Pine Hollow Scouts is ready to download here.")
    assert verdict is not None


def test_generic_plea_is_answered_by_a_reply_on_the_message_topic():
    [verdict] = verdicts("The rain fly of my Trailhead tent was missing from the box. Could you please look into it?",
                         "Sorry about that. Some Trailhead tents were packed in two parcels, so the fly travels separately.")
    assert verdict is not None and verdict.how == "whole-message"


def test_choice_question_is_answered_by_naming_an_option():
    [verdict] = verdicts("Should I take the M or the L of the Ridge jacket?",
                         "With a 94 cm chest, the M is the right choice.")
    assert verdict is not None and "option" in verdict.reason


def test_short_instructions_answer_a_single_how_question():
    [verdict] = verdicts("How do I reset my headlamp?", "Hold the power button for 10 seconds until it blinks twice.")
    assert verdict is not None and verdict.how == "short-reply"


def test_statement_after_the_question_is_its_context():
    [verdict] = verdicts("What size should I order? I'm 180 cm.", "For 180 cm we recommend the L.")
    assert verdict is not None


def test_short_reply_on_another_topic_does_not_answer_a_single_question():
    assert verdicts("Does the Trailhead tent come with a footprint?", "Your order ships tomorrow.") == [None]


def test_reply_asking_back_for_details_does_not_answer_yet():
    assert verdicts("Can you send me a replacement buckle?",
                    "Sorry the buckle broke. Could you send us a photo of it?") == [None]
