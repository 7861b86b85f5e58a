"""How sure the unanswered-question verdict is: a question is only flagged when every reply sentence to the
point is accounted for by something else; a sentence nothing accounts for may answer it in other words."""

from __future__ import annotations

from happyaudit.audit import audit_case
from happyaudit.audit.doubt import unaccounted_points
from happyaudit.audit.questions import extract_questions
from happyaudit.config import AuditConfig
from happyaudit.model import Role
from tests.casefactory import at, case, msg

C, S = Role.CUSTOMER, Role.SUPPORT


def unanswered(customer: str, *replies: str) -> list[str]:
    """The unanswered-question details of a case: one customer mail, then the support replies an hour apart."""
    messages = [msg(0, C, customer)] + [msg(index + 1, S, text) for index, text in enumerate(replies)]
    result = audit_case(case(*messages), AuditConfig(), at(len(replies) + 2))
    return [f.detail for f in result.findings if f.rule == "unanswered-question"]


def test_a_reply_sentence_nothing_else_accounts_for_may_answer_a_question_in_other_words():
    assert unanswered("Is the campsite open in March?\n\nWe're coming with two toddlers. Is there a family bathroom?",
                      "Hi Jo,\n\nWe open on 1 March.\n\nThe wash block has a baby room with a small tub for toddlers.") == []


def test_a_question_is_flagged_when_every_reply_sentence_speaks_to_another_question():
    assert unanswered("Is the campsite open in March? And is there hot water in the showers?",
                      "Hi Jo,\n\nThe campsite opens on 1 March and pitches can be booked online from today.") == [
        "And is there hot water in the showers?"]


def test_a_sentence_carrying_on_from_an_answer_leaves_no_doubt():
    assert unanswered("What does the annual plan cost? Can we pay by bank transfer?",
                      "The annual plan costs EUR 480 per seat. Most teams of your size save about a fifth that way.") == [
        "Can we pay by bank transfer?"]


def test_pleasantries_offers_and_asides_leave_no_doubt():
    assert unanswered("How long is the warranty on the kettle? Do you sell descaling tablets?",
                      "The kettle has a two-year warranty.\n\nBy the way, our summer catalogue went out this week.\n\n"
                      "Let me know if there is anything else I can help with.\n\nHave a lovely weekend!") == [
        "Do you sell descaling tablets?"]


def test_a_point_on_something_the_customer_never_raised_answers_nothing():
    assert unanswered("Does the rucksack have a rain cover?", "Our spring sale starts on Monday with a third off tents.") == [
        "Does the rucksack have a rain cover?"]


def test_a_description_is_no_answer_in_other_words_to_a_request_for_action():
    assert unanswered("Please cancel my gym locker rental. Could you also send me last month's receipt?",
                      "Your receipt for May is attached.\n\nLockers renew on the first of each month.") == [
        "Please cancel my gym locker rental."]


def test_a_question_with_hardly_a_word_of_its_own_is_answered_by_what_the_reply_found():
    assert unanswered("The alarm panel beeps every night at two. Can someone check it?",
                      "Our technician read the log remotely: the backup battery is failing and will be swapped on Friday.") == []


def test_what_a_reply_writes_under_a_quoted_question_speaks_to_that_question():
    assert unanswered("Does the lamp have a dimmer?\nCan I get it in green?\nCould you send me the assembly guide?",
                      "> Does the lamp have a dimmer?\nYes, a touch dimmer.\n\n> Can I get it in green?\n"
                      "Only in sage and moss tones, sadly.") == ["Could you send me the assembly guide?"]


def test_the_note_of_a_question_in_doubt_quotes_the_sentence_that_may_answer_it():
    messages = (msg(0, C, "Is the campsite open in March?\n\nWe're coming with two toddlers. Is there a family bathroom?"),
                msg(1, S, "We open on 1 March.\n\nThe wash block has a baby room with a small tub for toddlers."))
    notes = [note for _, note in audit_case(case(*messages), AuditConfig(), at(3)).notes]
    assert any(note.startswith('question "Is there a family bathroom?": not flagged')
               and "The wash block has a baby room" in note for note in notes), notes


def test_a_done_in_other_words_is_taken_by_the_request_rather_than_by_a_question():
    assert unanswered("I was wondering whether you sell matching plant pots. The sprayer arrived "
                      "cracked - can I get a replacement?",
                      "Sorry about that! A fresh bottle is on its way to you, free of charge.") == [
        "I was wondering whether you sell matching plant pots."]


def test_a_sentence_giving_the_kind_of_answer_only_a_question_in_doubt_asks_for_is_its_own_point():
    assert unanswered("Are the trekking poles suitable for snow? What's the lead time for 8?",
                      "Hi Jo,\n\nThey are - they come with snow baskets. Eight pairs ship in 3 working days.") == []


def test_a_date_that_goes_on_about_the_answered_question_answers_no_question_in_doubt():
    assert unanswered("What does the canoe rental cost for a week? And how long is the delivery time to Bergen?",
                      "Hi Jo,\n\nA week's canoe rental is EUR 240. The rental price holds until 30 November.") == [
        "And how long is the delivery time to Bergen?"]


def test_a_word_the_answered_question_also_speaks_of_names_no_question_in_doubt():
    assert unanswered("Thanks for the quote (ref Q-20931). Two things before we book: is the £1,840 including VAT? And "
                      "does the price include dismantling and reassembling the two fitted wardrobes in the main bedroom? "
                      "We'd like to confirm by Friday.",
                      "Hi Mark,\n\nYes - the £1,840 is the full price including VAT at 20 %. The quote is valid for 30 "
                      "days, so there is no rush to decide.") == [
        "And does the price include dismantling and reassembling the two fitted wardrobes in the main bedroom?"]


def test_a_form_letter_leaves_a_yes_no_question_no_doubt():
    assert unanswered("We're packing ourselves. Can I buy wardrobe boxes without booking the packing service? Also, "
                      "do you take back used boxes after the move?",
                      "Dear customer,\n\nThank you for your enquiry about our packing service. Our professional "
                      "packers can pack your whole home the day before your move, using double-walled boxes and "
                      "acid-free paper.\n\nKind regards,\nTidewell Removals") == [
        "Can I buy wardrobe boxes without booking the packing service?",
        "Also, do you take back used boxes after the move?"]


def test_instructions_after_an_answered_point_may_answer_a_how_question():
    assert unanswered("I returned the car on Tuesday and there's a £150 smoking fee on my card. Nobody smoked in that "
                      "car. How do I dispute this? And why was it charged?",
                      "Dear Aaron,\n\nThe valeting team found ash in the door pocket, so the fee was charged. If you "
                      "disagree, you can appeal to Claimwise, our independent assessor, within 28 days.") == []


def test_an_offer_of_more_help_is_no_answer_in_other_words():
    assert unaccounted_points("Hi Liam,\n\nIf there's anything else we can help with, just reply to this email.", []) == []


def test_a_question_marked_as_an_addition_is_not_left_in_doubt_by_a_sentence_about_the_main_matter():
    reply = "Hi Jo,\n\nWe open on 1 March.\n\nThe playground by the lake was rebuilt this winter and toddlers love it."
    assert unanswered("Is the campsite open in March?\n\nWe're coming with two toddlers. Is there a family bathroom?",
                      reply) == []
    assert unanswered("Is the campsite open in March?\n\nWe're coming with two toddlers. Is there also a family bathroom?",
                      reply) == ["Is there also a family bathroom?"]
    assert unanswered("Is the campsite open in March?\n\nWe're coming with two toddlers. Por cierto, ¿hay un baño familiar?",
                      reply) == ["Por cierto, ¿hay un baño familiar?"]


def test_a_point_on_the_matter_may_answer_whether_the_customer_can_do_something():
    assert unanswered("Couple of things:\n\n1. Are mine the 8mm or the 10mm domes?\n"
                      "2. Can I pay by PayPal on the website? It only seems to offer card.",
                      "Your record says 8mm open, so two packs of those are in today's post. PayPal is back on the "
                      "checkout now - it dropped off for a few days last week.") == []


def test_a_request_to_be_given_something_still_needs_a_yes_a_no_or_a_done():
    assert unanswered("Is the heated pool open in December? Can I get a refund for the lessons I missed?",
                      "The pool is open all December. Lessons run every Tuesday at 6pm with Sara.") == [
        "Can I get a refund for the lessons I missed?"]


def test_gladness_at_meeting_the_customer_leaves_no_doubt():
    assert unanswered("Could the shelves go on the left wall instead? And can we pay the deposit in cash?",
                      "Lovely to meet you both yesterday. The shelves can go on the left wall - I've changed the "
                      "drawing.") == ["And can we pay the deposit in cash?"]


def test_a_sentence_carrying_on_an_answered_matter_by_more_of_its_words_leaves_no_doubt():
    customer = ("Our daughter has just moved here from Lisbon and we would like to enrol her in your spring course. "
                "I wasn't sure whether you need a placement test for children who studied abroad, or is her school "
                "report enough? We'd also love to book a trial lesson first, ideally on a Saturday. "
                "Does she need a residence card to join?")
    reply = ("Her school report is all we need, so there's no placement test. I've booked her a trial lesson on "
             "Saturday 5 December at 10am. Trial lessons are free if you go on to join a course.")
    placement, residence = extract_questions(customer)
    assert unaccounted_points(reply, [placement], [residence.keywords]) == []


def test_gladness_at_good_news_and_thanks_passed_on_leave_no_doubt():
    customer = ("Thank you for a great first month of the in-house course - the team are really enjoying it. Our "
                "director has asked me to sort out two admin points. Will participants get a certificate at the end "
                "of the course? Could we move to monthly invoicing from January?")
    for small_talk in ("Lovely to hear the team are enjoying it.", "Thank you for the kind words, I'll pass them on to "
                                                                   "the teachers and the room staff."):
        reply = f"{small_talk} Everyone who attends 80% of the sessions gets a certificate at the end of the course."
        assert unanswered(customer, reply) == ["Could we move to monthly invoicing from January?"], small_talk


def test_congratulations_are_no_point_that_may_answer():
    assert unaccounted_points("Hi Brooke,\n\nCongratulations to you both - the Algarve in June is magical.\n\n"
                              "Herzlichen Glückwunsch zur Hochzeit, das Schloss ist wunderschön.", []) == []


def test_sympathy_gladness_and_delight_at_the_plan_are_no_point_that_may_answer():
    assert unaccounted_points("Hi Ruth,\n\nOuch - sorry to hear it. Glad the rest of the hive is running well. "
                              "Don't apologise - this sounds like a great project. This is exactly the kind of "
                              "regular work we like.\n\nSchön, dass Sie mit dem Rad zufrieden sind.", []) == []


def test_glad_to_say_what_is_so_may_still_answer():
    assert unaccounted_points("Glad to say the spare blade fits the older model too.", []) == [
        "Glad to say the spare blade fits the older model too."]



def test_what_support_asks_of_the_customer_is_no_point_that_may_answer():
    answered = extract_questions("Do you work in the evenings after 7pm?")
    in_doubt = [q.keywords for q in extract_questions("Which cleaning products do you use - are they certified?")]
    assert unaccounted_points("We do work evenings, usually from 6pm to midnight.\n\nFor a quote I'd still need a floor "
                              "plan of the office. Could you send me a photo of the worst stain?", answered, in_doubt) == []


def test_an_offer_put_as_a_question_may_still_answer_in_other_words():
    assert unanswered("Our new horse has changed shape since the spring. Could you do a fitting for him at our livery "
                      "yard in Bromsgrove?",
                      "Thanks for getting in touch. I can come on Thursday 26th at 4pm - would that work for you?") == []
