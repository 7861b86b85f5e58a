"""Whether a later support reply addressed a customer's question."""

from __future__ import annotations

from dataclasses import replace

import pytest

from happyaudit.audit import audit_case
from happyaudit.audit.answer_kinds import (
    asks_for_action,
    asks_for_advice,
    gives_advice,
    kind_of_answer,
)
from happyaudit.audit.answers import find_answer, judge_reply
from happyaudit.audit.any_words import books_a_visit
from happyaudit.audit.asides import asked_in_passing
from happyaudit.audit.documents import names_papers
from happyaudit.audit.questions import extract_questions
from happyaudit.audit.reply_evidence import is_canned_reply, is_pleasantry
from happyaudit.config import AuditConfig
from happyaudit.model import Role
from tests.casefactory import START, at, case, msg

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
    assert verdict is not None and verdict.how in ("short-reply", "topical", "yes-no")


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


# --- issue 3: answers in other words, and which sentence answers which question ---------------


def test_a_statement_of_what_can_be_done_answers_a_yes_no_question():
    [verdict] = verdicts("Can the steam wand be taken off for cleaning?",
                         "The tip unscrews by hand; the wand itself should only be wiped with a damp cloth.")
    assert verdict is not None


def test_german_modal_answer_to_a_question_without_question_word():
    [verdict] = verdicts("Lässt sich der Mahlgrad stufenlos einstellen?",
                         "Guten Tag,\n\nüber das Drehrad können Sie zwischen 40 Stufen wählen.\n\nViele Grüße")
    assert verdict is not None


def test_advice_in_the_first_reply_answers_a_plea_without_content():
    [verdict] = verdicts("My grinder makes a squealing noise since Monday. Any idea?",
                         "That usually means the upper burr is rubbing: loosen the hopper collar by a quarter "
                         "turn and run it empty for ten seconds.")
    assert verdict is not None and verdict.how == "whole-message"


def test_a_generic_promise_does_not_answer_a_plea():
    assert verdicts("My grinder makes a squealing noise since Monday. Any idea?",
                    "Thanks for letting us know, we'll look into it.") == [None]


def test_a_sentence_answering_another_question_better_is_no_evidence():
    price, engraving = extract_questions("What would 12 mugs cost? Could you also engrave our logo on each mug?")
    reply = msg(1, S, "For 12 mugs it's EUR 9.50 per mug, including gift wrap.").message
    assert judge_reply(price, reply, True, [engraving]) is not None
    assert judge_reply(engraving, reply, True, [price]) is None


def test_a_restated_question_does_not_compete_with_itself():
    first, = extract_questions("Please send me a return label for the kettle.")
    again, = extract_questions("Please send me a return label for the kettle from order KT-4410, it leaks at the base.")
    reply = msg(1, S, "Sorry about that! The return label is attached.").message
    assert judge_reply(again, reply, True, [first]) is not None


# --- yes/no questions answered in other words --------------------------------------------------

@pytest.mark.parametrize("customer, reply", [
    ("Do you ship to Iceland? And how long does delivery take to Reykjavik?",
     "Hi Sigrid, we certainly do! Orders to Reykjavik usually arrive within 6 to 8 working days."),
    ("Est-il possible de l'échanger contre le modèle noir ? Et qui paie les frais de retour ?",
     "Bonjour, bien sûr, aucun souci. Les frais de retour sont à notre charge."),
    ("Hola, ¿se puede pagar contra reembolso? ¿Cuánto tarda el envío a Sevilla?",
     "Hola, por supuesto. El envío a Sevilla tarda dos días laborables."),
    ("Kann ich die Lieferung an meine Firma schicken lassen? Und wann kommt das Paket?",
     "Natürlich, geben Sie einfach die Firmenadresse an. Das Paket kommt am Donnerstag."),
], ids=["en", "fr", "es", "de"])
def test_a_yes_no_question_answered_with_a_plain_yes_is_answered(customer: str, reply: str):
    assert None not in verdicts(customer, reply)


def test_an_explanation_answers_is_that_a_known_problem():
    [known, _] = verdicts("My shifter keeps losing connection. Is that a known problem? What should I do?",
                          "Hi Mark, that's a firmware fault in version 4.1; update it with the app and it stays "
                          "connected.")
    assert known is not None


def test_no_need_to_return_it_answers_should_i_send_it_back():
    [verdict] = verdicts("The rear light flickers. Should I send it back?",
                         "That's a loose battery contact, which happens after a knock. "
                         "There's no need to return it, bending the spring a little fixes it.")
    assert verdict is not None and "return" in verdict.reason


def test_the_new_address_in_the_reply_answers_can_i_change_the_address():
    found = verdicts("Can I change the delivery address to my work? It's Unit 4, Harbour Road, Cork. "
                     "Also, could you add a bell to the order?",
                     "No problem - the parcel will now go to Unit 4, Harbour Road, Cork. "
                     "The bell is added too and we've updated your invoice.")
    assert None not in found


def test_what_follows_an_apology_can_answer():
    [verdict] = verdicts("When will my lock be dispatched?",
                         "Sorry for the wait - your lock leaves our warehouse tomorrow morning.")
    assert verdict is not None and "date or time" in verdict.reason


def test_an_apology_alone_answers_nothing():
    assert verdicts("When will my lock be dispatched?", "Sorry for the wait, really.") == [None]


def test_naming_a_product_answers_a_which_question():
    [verdict] = verdicts("Thanks! And which cleaner should I use?",
                         "Our Descaler Pro sachets, or any citric acid cleaner diluted 1:10.")
    assert verdict is not None


def test_a_compound_in_the_reply_answers_a_question_on_its_last_part():
    asked = "Gilt die Garantie auch für das Mahlwerk? Wie lange dauert eine Reparatur?"
    warranty, repair = verdicts(asked, "Das Mahlwerk fällt unter die Herstellergarantie.")
    assert warranty is not None and "garantie" in warranty.reason and repair is None
    assert verdicts(asked, "Das Mahlwerk fällt unter die Herstellerhaftung.") == [None, None]


def test_a_sentence_repeating_an_answered_question_does_not_answer_a_new_one():
    earlier = extract_questions("Can you move my delivery to Saturday?")[0]
    [new] = extract_questions("Could the Saturday box also include a bag of decaf instead of the dark roast?")
    reply = msg(1, S, "Just to confirm: your delivery is moved to Saturday and the rest stays as it is.").message
    assert judge_reply(new, reply, True, settled=[earlier]) is None
    assert judge_reply(new, reply, True) is not None


def test_a_sentence_giving_the_kind_of_answer_the_new_question_wants_still_answers_it():
    earlier = extract_questions("Can you move my delivery to Saturday?")[0]
    [new] = extract_questions("And when will the Saturday delivery arrive?")
    reply = msg(1, S, "Your Saturday delivery arrives between 8 and 10 am.").message
    assert judge_reply(new, reply, True, settled=[earlier]) is not None


def test_the_signature_under_the_sign_off_is_no_evidence():
    reply = ("Hi Jo,\n\nThanks for your patience.\n\nKind regards,\nSam\n\nSam Berg | Acme Support\n"
             "Replacement parts and warranty help: acme.example/help")
    assert verdicts("Can I get a replacement part under the warranty?", reply) == [None]


def test_a_confidentiality_footer_in_french_is_no_evidence():
    reply = ("Bonjour,\n\nMerci pour votre message.\n\n"
             "Ce message et ses pièces jointes sont confidentiels et réservés à leurs destinataires; "
             "la livraison de ce message à un tiers est interdite.")
    assert verdicts("La livraison est-elle offerte en Belgique ?", reply) == [None]


def test_noting_a_request_is_not_doing_it():
    assert verdicts("My pan is faulty. Please send a replacement pan.", "Thanks, we have noted your request.") == [None]
    [done] = verdicts("My pan is faulty. Please send a replacement pan.", "Thanks, we have sent it.")
    assert done is not None and "a done" in done.reason


def verdicts_among(customer_text: str, reply: str) -> list:
    """Each question's verdict when the message's other questions compete for the reply's sentences."""
    questions = extract_questions(customer_text)
    messages = [msg(1, S, reply).message]
    return [find_answer(q, START, messages, rivals=[(START, other) for other in questions]) for q in questions]


def test_a_sentence_that_grants_two_requests_in_two_clauses_answers_both():
    address, wrapping, invoice = verdicts_among(
        "Could you send the parcel to my sister instead? She lives at 22 Willow Lane, Leeds. "
        "Is it possible to gift-wrap the teapot? Please also add an invoice showing the VAT.",
        "Hi Sam,\n\nAll sorted: it now goes to 22 Willow Lane, and I've gift-wrapped the teapot - "
        "it leaves the warehouse today.\n\nBest,\nKim")
    assert address is not None and wrapping is not None
    assert invoice is None


def test_a_clause_sharing_one_word_with_a_question_does_not_answer_it():
    stock, refund = verdicts_among(
        "When will the blue kettle be back in stock? Can you refund the double charge?",
        "Hi Sam,\n\nI've refunded the double charge, and the money will be back on your card "
        "in 3-5 days.\n\nBest,\nKim")
    assert stock is None and refund is not None


def test_a_later_question_is_not_answered_by_the_words_of_its_paragraph_alone():
    # The reply takes up the router fault the paragraph describes: that answers "What can I do?",
    # the message's first question, but says nothing of the credit the second one asks for.
    found = verdicts(
        "My Ultra router keeps showing error E-204 since the storm on Monday. What can I do? "
        "And will I get a credit for the days without internet?",
        "Error E-204 on the Ultra router means the line sync was lost: please restart the router and, "
        "if E-204 comes back, we will send an engineer.")
    assert found[0] is not None and found[1] is None


def test_the_first_question_is_still_answered_by_a_reply_on_its_paragraph():
    [verdict] = verdicts(
        "My Ultra router keeps showing error E-204 since the storm on Monday. Is it broken?",
        "Error E-204 on the Ultra router means the line sync was lost: it is not faulty, a restart clears it.")
    assert verdict is not None


def test_a_reply_of_bare_values_answers_each_question_by_the_kind_it_asks_for():
    customer = ("Hi, what's the capacity of the Riverside room for a standing reception? And where can I see the "
                "room layouts? We're planning a launch party.")
    questions = extract_questions(customer)
    reply = msg(1, S, "180.\n\nhttps://venue.example/riverside/layouts.pdf\n\nSam").message
    found = [judge_reply(q, reply, first_reply=True, rivals=[r for r in questions if r is not q]) for q in questions]
    assert [verdict.how for verdict in found] == ["topical", "topical"]


def test_a_bare_value_does_not_answer_a_question_that_asks_for_another_kind():
    [question] = extract_questions("Where can I see the room layouts for the Riverside room?")
    assert judge_reply(question, msg(1, S, "180.").message, first_reply=True) is None


def test_a_refund_request_is_not_answered_by_a_reply_that_only_explains_the_charge():
    assert verdicts(
        "I was charged a £4 booking fee on order 7731. Can I get that booking fee refunded?",
        "The booking fee on order 7731 covers card processing and is charged once per order.") == [None]


def test_a_refund_request_is_answered_by_a_reply_that_decides_the_refund():
    [verdict] = verdicts(
        "I was charged a £4 booking fee on order 7731. Can I get that booking fee refunded?",
        "I've refunded the £4 booking fee on order 7731 to your card.")
    assert verdict is not None


def test_money_back_as_a_credit_in_german_answers_a_refund_request():
    [verdict] = verdicts(
        "Die Routermiete wurde im Oktober doppelt berechnet. Bitte erstatten Sie mir den zu viel gezahlten Betrag.",
        "Der doppelte Betrag wird Ihnen auf der nächsten Rechnung gutgeschrieben.")
    assert verdict is not None


def test_a_reply_that_only_repeats_the_subject_does_not_answer_a_later_request():
    found = verdicts("We need 24 trays for the December event. Can you deliver on Thursday 3 December? "
                     "Please also send us the data sheet for the trays.",
                     "Yes, Thursday 3 December works. I've reserved the 24 trays for you.")
    assert found[0] is not None and found[1] is None


def test_a_number_repeated_from_before_still_names_a_later_question():
    [_, price] = verdicts("Please reserve 12 of the junior helmets. What would the price be for 12?",
                          "For 12 junior helmets I can do GBP 31.50 each.")
    assert price is not None


def test_a_choice_is_not_answered_by_a_reply_that_only_speaks_of_the_thing():
    found = verdicts("Does it take 1/1 GN trays, or only 600x400 bakery trays? How long is the lead time?",
                     "The BC-5 is in stock, so lead time is 2-3 working days. It's GBP 2,450 including delivery.")
    assert found[0] is None and found[1] is not None


def test_a_recommendation_answers_the_question_that_asks_for_advice():
    found = verdicts("What's the difference between your standard and heavy-duty gloves? "
                     "Which would you recommend for a busy fish prep section?",
                     "The heavy-duty ones are thicker and have a textured grip - for filleting I'd go heavy-duty.")
    assert found[1] is not None and "recommendation" in found[1].reason


def test_a_request_to_send_what_was_named_before_is_answered_by_the_attachment():
    asked = "Il manque la facture dans le carton. Pouvez-vous me l'envoyer par e-mail ?"
    reply = msg(1, S, "Bonjour, en pièce jointe.").message
    reply = replace(reply, attachments=("facture-1042.pdf",))
    [question] = extract_questions(asked)
    verdict = find_answer(question, START, [reply])
    assert verdict is not None and verdict.how == "attachment"


def test_a_short_reply_to_the_main_matter_does_not_answer_a_request_made_in_passing():
    for asked in ("We'd like to reorder the same 500 cards as in March. Also, please update our billing "
                  "address to 14 Tanner Row, York.",
                  "All arrived, thanks Owen. By the way, are the chopping boards in that order dishwasher safe?"):
        assert verdicts(asked, "Great - I've put the reorder through and it all arrived fine.") == [None], asked


def test_an_afterthought_question_is_asked_in_passing_in_english_and_german():
    for text in ("I was also wondering whether you could print a message inside the lid?",
                 "I also wanted to ask whether you deliver on Saturdays?",
                 "Ich wollte noch fragen, ob Sie die Aufkleber fortlaufend nummerieren können?"):
        [question] = extract_questions(text)
        assert asked_in_passing(question), text


def test_a_short_reply_answers_the_only_question_when_it_is_the_main_matter():
    [verdict] = verdicts("We'd like to reorder the same 500 cards. Please update our billing address to 14 Tanner Row.",
                         "Done - the address is updated.")
    assert verdict is not None


def test_a_courtesy_is_no_advice_and_paying_in_instalments_asks_for_none():
    assert not gives_advice("Wir würden uns freuen, von Ihnen zu hören.")
    assert gives_advice("Ich würde Ihnen das große Modell empfehlen.")
    [instalments] = extract_questions("Kann ich in Raten zahlen?")
    assert not asks_for_advice(instalments)


def test_a_yes_set_off_by_a_dash_opens_the_clause_that_answers_another_question():
    moto, boxes = extract_questions("¿Pueden recoger también la moto? It's a 125cc Vespa. Also, how many days before "
                                    "the move do you deliver the empty boxes?")
    reply = msg(1, S, "Hola, Pablo:\n\nWe deliver the empty boxes a week before the move, and yes - the Vespa can "
                      "travel in the same lorry, strapped on a pallet, for £180.").message
    verdict = judge_reply(moto, reply, first_reply=True, rivals=[boxes])
    assert verdict is not None and verdict.how == "yes-no"
    assert judge_reply(boxes, reply, first_reply=True, rivals=[moto]) is not None


def test_a_clause_giving_the_time_answers_what_time_inside_a_sentence_about_something_else():
    beds, time = extract_questions("Will you take the beds apart? What time should we expect you?")
    reply = msg(1, S, "Dear Victoria,\n\nThe crew take apart and reassemble all the beds, and they'll be with you "
                      "between 8 and 8:30.").message
    assert judge_reply(time, reply, first_reply=True, rivals=[beds]) is not None
    assert judge_reply(beds, reply, first_reply=True, rivals=[time]) is not None


def test_a_clause_giving_a_duration_answers_how_long_inside_a_sentence_about_another_question():
    video, duration = extract_questions("Is a video survey an option instead, as we both work full time? And roughly "
                                        "how long does the survey take?")
    reply = msg(1, S, "Hi Rachel,\n\nA video survey works well for a 3-bed - it takes about 40 minutes on a phone or "
                      "laptop, and the surveyor walks you through each room.").message
    assert judge_reply(duration, reply, first_reply=True, rivals=[video]) is not None


FORM_LETTER = ("Dear customer,\n\nThank you for your enquiry about our packing service. Our professional packers can "
               "pack your whole home the day before your move, using double-walled boxes. Packing is charged per "
               "packer per day; book it through your move coordinator.\n\nKind regards,\nTidewell Removals")


def test_a_form_letter_on_the_topic_does_not_answer_a_yes_no_question():
    assert verdicts("Can I buy wardrobe boxes without booking the packing service?", FORM_LETTER) == [None]


def test_a_form_letter_still_explains_how_things_are():
    [verdict] = verdicts("Why was I charged a £4.50 order processing fee on top of the ticket price?",
                         "Dear customer,\n\nThank you for contacting Marquee Lane Tickets.\n\nThe order processing fee "
                         "covers payment handling and ticket delivery and is charged once per order.")
    assert verdict is not None


def test_a_form_letter_that_says_yes_answers_the_yes_no_question():
    [verdict] = verdicts("Do you take back used boxes after the move?",
                         "Hello,\n\nThank you for your enquiry. Yes, we collect used boxes free of charge within a "
                         "month of your move.")
    assert verdict is not None


def test_a_request_in_passing_is_not_met_by_one_of_its_words_said_of_something_else():
    parking, billing = extract_questions(
        "Our move is on 4 December and the street outside the new house (Ashgrove Road, Stockport) is permit-only. "
        "Do you arrange the parking suspension with the council, or do we have to? Also, please update the billing "
        "address on our account to 27 Ashgrove Road, Stockport SK4 2LT - the invoice should go to the new place.")
    reply = msg(1, S, "Hi Tom,\n\nWe apply for the parking suspension ourselves. Stockport needs ten working days' "
                      "notice, and the fee (£45) is passed on at cost on your invoice. There's nothing you need to do, "
                      "but it helps to tell your new neighbours that two bays will be coned off that morning.").message
    assert judge_reply(parking, reply, first_reply=True, rivals=[billing]) is not None
    assert judge_reply(billing, reply, first_reply=True, rivals=[parking]) is None


def test_a_file_named_as_another_document_does_not_answer_a_request_for_one():
    discount, invoice = extract_questions("Wir planen 30 neue Notebooks. Gibt es Mengenrabatt ab 25 Geräten? Bitte "
                                          "senden Sie uns die Rechnung zusätzlich per Post.")
    quote = replace(msg(1, S, "Guten Tag Frau Lang,\n\nanbei das Angebot über 30 Notebooks mit 6 % Rabatt.").message,
                    attachments=("Angebot-Q-5530.pdf",))
    assert judge_reply(invoice, quote, first_reply=False, settled=[discount]) is None
    invoice_file = replace(quote, attachments=("Rechnung-2026-118.pdf",))
    assert judge_reply(invoice, invoice_file, first_reply=False, settled=[discount]) is not None


def test_a_file_the_reply_names_as_another_document_does_not_answer_a_request_for_one():
    setup, certificate = extract_questions("Can your crew set up on the car park? And could you send me your public "
                                           "liability insurance certificate - our safety team needs it.")
    invoice = replace(msg(1, S, "Hi Natalie,\n\nYour booking confirmation and invoice INV-7730 are attached. Tarmac "
                                "is fine for the castle.").message, attachments=("INV-7730.pdf",))
    assert judge_reply(certificate, invoice, first_reply=False, settled=[setup]) is None
    plain = replace(invoice, new_text="Hi Natalie,\n\nHere it is. Tarmac is fine for the castle.")
    assert judge_reply(certificate, plain, first_reply=False, settled=[setup]) is not None


def test_a_reply_carrying_another_document_leaves_a_certificate_request_in_no_doubt():
    reply = msg(1, S, "Hi Natalie,\n\nTarmac is fine for the castle. Your booking confirmation and invoice INV-7730 "
                      "are attached. For housing associations our payment terms are 30 days.")
    reply = replace(reply, message=replace(reply.message, attachments=("INV-7730.pdf",)))
    asked = msg(0, Role.CUSTOMER, "Can your crew set up on tarmac? And could you send me your public liability "
                                  "insurance certificate - our safety team won't sign anything off without it.")
    result = audit_case(case(asked, reply), AuditConfig(), at(5))
    assert [f.detail for f in result.findings if f.rule == "unanswered-question"] == [
        "And could you send me your public liability insurance certificate - our safety team won't sign anything off "
        "without it."]


def test_yes_and_yes_opens_the_clause_that_answers_the_first_of_two_questions():
    depot, drop_box = extract_questions("Hi, is the Station Road depot open on Sunday mornings? And can I leave "
                                        "the keys in the drop box?")
    reply = msg(1, S, "Hi Chris,\n\nYes and yes - Sundays 8 till 12, and the drop box is by the gate.").message
    assert judge_reply(depot, reply, first_reply=True, rivals=[drop_box]) is not None


def test_an_amount_with_only_function_words_around_it_answers_the_one_price_question():
    price, whois = extract_questions("Combien coûte un nom de domaine en .fr chez vous ? Et est-ce que la protection "
                                     "WHOIS est incluse ?")
    reply = msg(1, S, "Bonjour Madame Arnaud,\n\n12 € HT par an. Pour les particuliers, l'AFNIC masque d'office vos "
                      "coordonnées dans l'annuaire.").message
    assert judge_reply(price, reply, first_reply=True, rivals=[whois]) is not None


def test_a_one_word_deed_reports_the_request_that_asked_for_it_done():
    renew, phone = extract_questions("Please renew the SSL cert on shop.tarnwood.example - the browser warns it "
                                     "expires in 3 days. Oh and while you're at it, please update our phone number "
                                     "on the account to 01632 960 771.")
    reply = msg(1, S, "Hi Will,\n\nRenewed - the new certificate is valid until 12 November 2027.").message
    assert judge_reply(renew, reply, first_reply=True, rivals=[phone]) is not None
    assert judge_reply(phone, reply, first_reply=True, rivals=[renew]) is None


def test_another_deed_in_one_word_does_not_report_a_request_done():
    [newsletter] = extract_questions("PS please remove me from the marketing newsletter, I get three a week.")
    reply = msg(1, S, "Hi Tom,\n\nBooked - ML-61870, row L 1-8, £176 charged.").message
    assert judge_reply(newsletter, reply, first_reply=False) is None


def test_what_the_customer_can_do_answers_no_request_unless_it_hands_them_the_deed():
    [treasurer] = extract_questions("Could you send the invoice to our treasurer, accounts@fennick-hospice.example?")
    assert kind_of_answer(treasurer, "Past invoices can be downloaded from the control panel.") is None
    [two_factor] = extract_questions("¿Pueden activar la autenticación de dos factores obligatoria para todo el equipo?")
    assert kind_of_answer(two_factor, "Puede hacerlo usted mismo: en Admin > Seguridad active «Exigir 2FA».") is not None


def test_a_later_question_is_not_taken_up_by_a_reply_repeating_only_what_it_shares_with_the_one_before():
    expire, transfer = extract_questions("I bought a 10-session personal training package in June and still have "
                                         "four sessions left. Do they expire? I've been travelling a lot for work. "
                                         "If I can't use them, could I transfer the remaining four sessions to my "
                                         "husband Mark? He's a member at the same club.")
    reply = msg(1, S, "Hi Sandra,\n\nGood news - PT packages are valid for 12 months from the date of purchase, so "
                      "your four sessions are fine until 14 June 2027. You can book them with any of our trainers "
                      "in the app.").message
    assert judge_reply(expire, reply, first_reply=True, rivals=[transfer]) is not None
    assert judge_reply(transfer, reply, first_reply=True, rivals=[expire]) is None


def test_a_form_letter_that_names_the_customer_and_thanks_in_the_companys_name_answers_only_explicitly():
    reply = ("Hi Liam,\n\nThanks for getting in touch with Pulsefield Member Services.\n\nYou can view and manage "
             "your membership at any time in the Pulsefield app.")
    assert is_canned_reply(reply)
    assert not is_canned_reply("Hi Liam,\n\nThanks for getting in touch - your contract is attached.")


def test_a_yes_or_no_for_each_question_answers_every_yes_no_question():
    belgium, assembly = extract_questions("Est-ce que vous livrez en Belgique le lit Ember ? Et le montage est-il compris ?")
    reply = msg(1, S, "Oui et oui !\n\nClaire").message
    assert judge_reply(belgium, reply, first_reply=True, rivals=[assembly]) is not None
    assert judge_reply(assembly, reply, first_reply=True, rivals=[belgium]) is not None


def test_a_yes_opening_a_later_clause_answers_the_second_yes_no_question():
    covers, washable = extract_questions("Do you sell spare cushion covers for the Sorrel 2-seater in the dove grey "
                                         "linen? Are they machine washable?")
    reply = msg(1, S, "Hi Rebecca,\n\nWe do: £45 per seat cover, orderable at https://shop.example/spares - and yes, "
                      "30 degrees, no tumble dryer.").message
    assert judge_reply(washable, reply, first_reply=True, rivals=[covers]) is not None


def test_one_yes_among_two_yes_no_questions_answers_only_the_first():
    dogs, parking = extract_questions("Are dogs allowed in the garden room? Is there parking on site?")
    reply = msg(1, S, "Hi Jo,\n\nYes, well-behaved dogs are welcome there.").message
    assert judge_reply(parking, reply, first_reply=True, rivals=[dogs]) is None


def test_a_form_letter_thanking_for_interest_in_the_company_answers_only_explicitly():
    assert is_canned_reply("Dear Gareth,\n\nThank you for your interest in Alder & Oak finance.\n\n"
                           "Alder Pay lets you spread the cost over 6 to 36 months.")
    assert not is_canned_reply("Dear Gareth,\n\nThank you for your interest in our sofas - the Whitby is in stock.")


def test_a_why_is_not_answered_by_its_own_figures_said_back():
    asked = "Could you update our address to 3 Linden Close? And why has the monthly price gone up from GBP 16.00 to GBP 19.50?"
    address, why = extract_questions(asked)
    reply = msg(1, S, "Done - the address is updated. Your next payments of GBP 19.50 will be collected on 1 December.").message
    assert judge_reply(address, reply, True, [why]) is not None
    assert judge_reply(why, reply, True, [address]) is None
    reason = msg(1, S, "The price went up to GBP 19.50 because the plan now includes the annual booster.").message
    assert judge_reply(why, reason, True, [address]) is not None


def test_a_yes_or_done_does_not_tell_a_new_question_from_an_answered_one():
    earlier = extract_questions("What dose of NexGard Spectra should Bear be on now that he's 24kg?")[0]
    [new] = extract_questions("One more thing - can I give NexGard to our cat Wisp as well, or is it only for dogs?")
    reply = msg(1, S, "Bear's next NexGard Spectra is due on 9 December and goes out automatically, so there's "
                      "nothing you need to do.").message
    assert judge_reply(new, reply, True, settled=[earlier]) is None


def test_a_replacement_sent_answers_the_resend_not_the_request_beside_it():
    resend, porch = extract_questions("Could you resend it? Also, could you make sure future orders are sent with a "
                                      "safe-place note for the porch?")
    reply = msg(1, S, "I've sent a replacement today by Royal Mail Tracked 24, so it should reach you tomorrow.").message
    assert judge_reply(resend, reply, True, [porch]) is not None
    assert judge_reply(porch, reply, True, [resend]) is None


def test_asking_whether_a_change_is_possible_is_a_request_to_make_it():
    [question] = extract_questions("Est-il possible de changer la date du prélèvement au 15 du mois ?")
    assert asks_for_action(question)
    [about] = extract_questions("Is it possible to wash the cover at 40 degrees?")
    assert not asks_for_action(about)


def test_a_discount_asked_for_is_answered_by_a_cheaper_price():
    asked = "Can you add two boxes of the chicken pouches to my monthly delivery? And is there a discount for bulk?"
    add, discount = extract_questions(asked)
    reply = msg(1, S, "Done, two boxes are added from 1 December. Packs of six are 10% cheaper.").message
    assert judge_reply(discount, reply, True, [add]) is not None


def test_a_link_answers_the_request_for_it():
    [asked] = extract_questions("Someone mentioned an onboarding webinar for new customers. Please send me the link "
                                "to that.")
    reply = msg(1, S, "The next onboarding session is on 10 November:\n"
                      "https://ledgerlark.example/webinars/first-payroll?date=2026-11-10").message
    verdict = judge_reply(asked, reply, True)
    assert verdict is not None and "gives a link" in verdict.reason


def test_a_yes_after_a_done_answers_the_question_beside_the_request():
    cancel, history = extract_questions("We don't need Payroll Plus any more. Can you cancel the add-on at the end "
                                        "of this month? And is all the old payroll history kept if we downgrade?")
    reply = msg(1, S, "Hi Ben,\n\nDone - Payroll Plus ends on 30 November and won't be billed again.\n\nYes.\n\nJo").message
    assert judge_reply(history, reply, False, [cancel]) is not None


def test_an_elided_french_compound_keeps_its_word_and_inclut_is_included():
    [asked] = extract_questions("L'export inclut-il les écritures d'à-nouveaux ?")
    reply = msg(1, S, "Oui, les à-nouveaux sont inclus (journal AN).").message
    assert judge_reply(asked, reply, True) is not None
    assert "d'a" not in asked.keywords


def test_saying_what_a_message_indicates_answers_what_it_means():
    meaning, fix = extract_questions("Adjunto una captura del error. ¿Qué significa exactamente? ¿Puedo conciliar "
                                     "igualmente y ajustar la diferencia de 0,30 €?")
    reply = msg(1, S, "El aviso indica que el cobro del banco (0,30 € menos) no cuadra con la factura. Sí: pulse "
                      "\"Conciliar con diferencia\".").message
    assert judge_reply(meaning, reply, True, [fix]) is not None


def test_a_link_answers_where_to_download_a_document_even_beside_another_question():
    customer = ("Where can I download the allergen matrix for the products we buy from you? "
                "And is there an online portal for changing orders, or is it all by e-mail?")
    questions = extract_questions(customer)
    reply = msg(1, S, "Hi Dana,\n\nhttps://bakery.example/allergens?account=HL-102\n"
                      "https://bakery.example/trade/orders (changes before 2pm for the next day)\n\nRosa").message
    verdict = judge_reply(questions[0], reply, first_reply=True, rivals=questions[1:])
    assert verdict is not None and verdict.how == "attachment"


def test_a_bare_figure_answers_a_question_for_a_minimum():
    customer = "Quel est le minimum de commande par livraison ? Et vous livrez jusqu'à Greenwich ?"
    questions = extract_questions(customer)
    reply = msg(1, S, "Bonjour,\n\n40 £ HT.\n\nOui, tous les jours sauf le dimanche.\n\nMarguerite").message
    assert judge_reply(questions[0], reply, first_reply=True, rivals=questions[1:]) is not None


def _judged(customer: str, reply_text: str, index: int = 0):
    """The verdict of one reply on the customer's question at ``index``, the others as its rivals."""
    questions = extract_questions(customer)
    reply = msg(1, S, reply_text).message
    return judge_reply(questions[index], reply, first_reply=True,
                       rivals=questions[:index] + questions[index + 1:])


def test_a_point_in_time_answers_a_question_that_sets_a_time_limit():
    verdict = _judged("Pouvez-vous livrer avant 8h le samedi ? Et faites-vous des brioches sans lactose ?",
                      "Le samedi, notre chauffeur peut passer chez vous vers 7h20. Pour les brioches : oui, "
                      "sur commande.")
    assert verdict is not None and "a date or time" in verdict.reason


def test_a_time_named_without_a_limit_is_not_answered_by_another_time():
    assert _judged("Could you deliver on Monday instead of Tuesday from next month? And do you sell rye flour?",
                   "Your Tuesday round reaches you at 7:10 as usual. Rye flour: yes, in 16 kg sacks.") is None


def test_we_can_have_another_thing_done_is_no_yes():
    asked = ("The first guests now arrive at 7:30, so could your team set up by 7:15 rather than 7:45? And how many "
             "pastries per person would you suggest?")
    reply = ("For a longer session I'd allow two pastries per person. We can have everything cleared by 10:30 so the "
             "room is free for your next meeting.")
    assert _judged(asked, reply) is None
    assert _judged("Could you have the room ready by 7:15?", "We can have the room ready by 7:00.") is not None


@pytest.mark.parametrize("offer", ["Thursday 12th at 5.30pm at Ridgeway?", "How about next Tuesday at 10am?"])
def test_a_slot_offered_in_a_few_words_answers_a_request_for_a_visit(offer):
    verdict = _judged("Could you come and do a fitting at Ridgeway, near Wantage?",
                      f"So sorry, Friday ran away with me. {offer} I'll be coming from Faringdon.")
    assert verdict is not None


def test_two_slots_offered_answer_a_request_for_a_visit():
    assert _judged("What would you recommend for a young horse? My budget is around £1,500. Could someone come out "
                   "to fit her?", "I could see your mare on Wednesday 11th at 2pm or Friday 13th at 10am - whichever "
                   "suits.", index=1) is not None


def test_roughly_in_spanish_is_no_word_of_the_price_question():
    assert _judged("Se ha roto la muserola por la hebilla. ¿La pueden reparar aunque esté en Sevilla? ¿Y cuánto "
                   "costaría más o menos?", "Sí, claro. Envíenosla por correo certificado: la muserola nueva con "
                   "hebilla sale por unas 18 £ y la devolución a Sevilla son 12 £.", index=1) is not None


def test_the_french_my_is_not_the_spanish_month():
    [asked] = extract_questions("Merci de nous indiquer le délai de confirmation du nombre de participants.")
    assert kind_of_answer(asked, "Toutes mes excuses pour ce délai.") is None
    [asked] = extract_questions("¿Cuándo podrían venir?")
    assert kind_of_answer(asked, "Podemos ir el mes que viene.") == "a date or time"


def test_weekend_days_and_months_in_other_languages_are_dates():
    [asked] = extract_questions("Quand pouvez-vous passer ?")
    assert kind_of_answer(asked, "Le technicien passe samedi.") == "a date or time"
    [asked] = extract_questions("¿Cuándo llega el pedido?")
    assert kind_of_answer(asked, "Llega el 3 de diciembre.") == "a date or time"


def test_a_yes_no_question_about_a_named_thing_is_answered_by_a_statement_about_that_thing():
    verdict = _judged("Please send me a copy of my prescription, as the glasses shop also wants my PD. Is the PD on "
                      "the prescription or is that a different document?",
                      "The PD isn't usually printed on a prescription, so I've written it at the bottom (62 mm).", 1)
    assert verdict is not None and verdict.how == "yes-no"


def test_the_first_reply_opening_with_yes_answers_the_first_question_even_when_a_later_one_shares_more_words():
    customer = ("My doctor says my hearing tests are free now. Is that right, and is my husband covered too? "
                "I was also wondering whether the hospital hearing check replaces your hearing test.")
    reply = ("Yes - your hearing test is free now, and your husband's hearing test too once he is 60. The hospital "
             "check is a question for our audiologist, who will write to you by Friday.")
    verdict = _judged(customer, reply)
    # by its yes, or by "your husband's", a word of its own that the later question does not share
    assert verdict is not None and verdict.how in ("yes-no", "topical")


def test_an_opening_yes_on_another_subject_does_not_answer_the_first_question():
    customer = ("Is the hallway carpet included in the quote? I was also wondering whether you fit the underlay "
                "the same day.")
    assert _judged(customer, "Yes, the underlay goes down on the same visit as the fitting.") is None


@pytest.mark.parametrize(("question", "sentence"), [
    ("Est-ce que je peux récupérer mes affaires le dimanche ?", "Avec votre badge, vous pouvez venir tous les jours."),
    ("Kann ich meine Sachen auch sonntags abholen?", "Mit Ihrem Code können Sie jeden Tag kommen."),
])
def test_telling_the_customer_what_they_can_do_answers_a_question_asking_permission(question, sentence):
    [asked] = extract_questions(question)
    assert kind_of_answer(asked, sentence) == "a yes/no"


def test_a_reply_numbered_point_by_point_answers_each_numbered_question():
    customer = ("A few questions before I book:\n\n1) What's the smallest room you have?\n"
                "2) Do you give a discount for students?\n3) Can I extend later without a new contract?\n")
    reply = "Hi Sam,\n\n1) 20 sq ft, £39 a month.\n2) 10 % with a valid card.\n3) Nothing new to sign.\n\nFiona"
    for index in range(3):
        verdict = _judged(customer, reply, index)
        assert verdict is not None and verdict.how == "inline" and "point by point" in verdict.reason


def test_a_promise_under_a_question_s_number_is_not_its_answer():
    customer = "1) What's the smallest room you have?\n2) Do you give a discount for students?\n"
    reply = "1) 20 sq ft, £39 a month.\n2) I'll check with the manager and get back to you tomorrow.\n"
    assert _judged(customer, reply, 1) is None


@pytest.mark.parametrize(("customer", "reply_text"), [
    ("¿Tienen descuento para jubilados? ¿Qué documento tengo que enseñar en la taquilla?",
     "Sí, un 15 % de martes a jueves. En la taquilla basta con el DNI."),
    ("Do you do a discount for carers? Do I need to bring any proof, and where do I show it?",
     "Yes, 20 % off any session. Just show your carer's allowance letter at reception."),
    ("Gibt es einen Rabatt für Studierende? Welche Unterlagen muss ich mitbringen?",
     "Ja, 10 % auf alle Kurse. Bitte bringen Sie Ihren Studentenausweis mit."),
])
def test_naming_the_papers_answers_the_question_which_papers_to_bring(customer, reply_text):
    verdict = _judged(customer, reply_text, 1)
    assert verdict is not None and "papers" in verdict.reason


def test_papers_named_do_not_answer_a_question_that_does_not_ask_for_any():
    assert _judged("Do you do a discount for carers? And is the pool open on bank holidays?",
                   "Yes, 20 % off with your carer's allowance letter.", 1) is None


def test_german_never_is_not_the_spanish_identity_number():
    assert not names_papers("Das war bei uns noch nie ein Problem.")
    assert names_papers("Basta con el DNI.")


def test_a_link_to_the_file_asked_for_answers_the_request_to_send_it():
    manual, mileage = extract_questions(
        "Guten Tag,\n\nkönnten Sie mir bitte die Bedienungsanleitung für das Display des City 400 schicken? Und wo "
        "kann ich nachsehen, wie viele Kilometer der Akku schon gelaufen ist?")
    reply = msg(1, S, "Guten Tag Herr Weber,\n\nhttps://shop.example/docs/city-400-display-de.pdf\n\nKilometer: "
                      "Menü > Info > Akku.\n\nLukas").message
    verdict = judge_reply(manual, reply, first_reply=True, rivals=[mileage])
    assert verdict is not None and verdict.how == "attachment" and "city-400-display-de.pdf" in verdict.reason


def test_a_link_to_a_web_page_is_no_file_sent():
    [manual] = extract_questions("Could you send me the manual for the City 400, please?")
    reply = msg(1, S, "Hi,\n\nOur whole range is on https://shop.example/bikes/range.html today.\n\nLukas").message
    assert judge_reply(manual, reply, first_reply=True) is None


def test_a_document_said_to_be_attached_in_french_is_sent():
    tasting, wine_list = extract_questions("Mon fiancé et moi aimerions goûter les vins proposés avec le menu. "
                                           "Est-ce possible un samedi matin ? Et pourriez-vous m'envoyer la carte "
                                           "des vins avec les prix à la bouteille ?")
    reply = msg(1, S, "Bonjour Margaux,\n\nLa carte des vins est en pièce jointe. Pour la dégustation, je dois voir "
                      "avec notre sommelier ; je vous confirme demain.\n\nAmélie").message
    assert judge_reply(wine_list, reply, first_reply=True, rivals=[tasting]) is not None


def test_a_form_letter_answers_a_question_it_says_back_in_full():
    carbon, booking = extract_questions("Do you repair carbon frames? Can I book online?")
    reply = msg(1, S, "Hi Amit,\n\nThanks for getting in touch with Spokesmith Cycles!\n\nYou can book any workshop "
                      "job online at https://shop.example/workshop - pick a slot that suits you.\n\nThe workshop "
                      "team").message
    assert judge_reply(booking, reply, first_reply=True, rivals=[carbon]) is not None
    assert judge_reply(carbon, reply, first_reply=True, rivals=[booking]) is None


def test_neither_answers_both_yes_no_questions():
    vegan, gluten = extract_questions("Do the vegan meals cost extra? And is there a surcharge for gluten-free?")
    reply = msg(1, S, "Hi Georgia,\n\nNeither costs a penny more than the standard menu.\n\nCallum").message
    assert judge_reply(vegan, reply, first_reply=True, rivals=[gluten]) is not None
    assert judge_reply(gluten, reply, first_reply=True, rivals=[vegan]) is not None


def test_both_of_two_things_one_question_asked_about_answers_no_other_question():
    aside, tinted = extract_questions("Can you put both frames aside for me until Saturday? Also, is it possible "
                                      "to see them with tinted demo lenses?")
    reply = msg(1, S, "Hi Giulia,\n\nBoth frames are set aside under your name until Saturday.\n\nPriya").message
    assert judge_reply(tinted, reply, first_reply=True, rivals=[aside]) is None


def test_saying_what_it_is_answers_what_it_is():
    [drink] = extract_questions("What's in the non-alcoholic welcome drink?")
    reply = msg(1, S, "Hi Natalie,\n\nIt's our own elderflower and apple pressé with a sprig of mint.\n\n"
                      "Callum").message
    verdict = judge_reply(drink, reply, first_reply=True)
    assert verdict is not None and "a description" in verdict.reason


def test_plenty_says_yes_there_are_some():
    [tubes] = extract_questions("hey, do u have any 700x28 inner tubes with presta valves?")
    reply = msg(1, S, "Hi Jay,\n\nPlenty - £6.50 each, or four for £22.\n\nNiamh").message
    assert judge_reply(tubes, reply, first_reply=True) is not None


def test_a_clause_that_fits_one_request_clearly_better_answers_it():
    confirmation, vat, deposit = extract_questions(
        "Ahead of the ball I need a few things:\n- Please send the updated booking confirmation with 150 guests "
        "instead of 120.\n- I need your VAT registration number for our paperwork.\n- Could you confirm the "
        "deposit we paid has been received?")
    reply = msg(1, S, "Hi Kate,\n\nUpdated confirmation for 150 attached, and yes, your £1,500 deposit arrived on "
                      "2 November.\n\nNadia").message
    assert judge_reply(deposit, reply, first_reply=True, rivals=[confirmation, vat]) is not None
    assert judge_reply(vat, reply, first_reply=True, rivals=[confirmation, deposit]) is None


def test_a_calendar_date_names_the_date_asked_about():
    date, cake = extract_questions("We'd like the garden room for a lunch on Sunday 6 December. Is the date "
                                   "available? Could you also tell me whether we can bring our own cake?")
    reply = msg(1, S, "Hi Beatrice,\n\n6 December is free and I've reserved it for you.\n\nPoppy").message
    assert judge_reply(date, reply, first_reply=True, rivals=[cake]) is not None


def test_the_yes_to_a_question_that_goes_on_to_ask_more_is_not_another_question_s():
    disposal, worth = extract_questions("We'd like it gone - do you take pianos away for disposal, and how much? "
                                        "Also is it worth anything at all? It says Rogers on the front.")
    reply = msg(1, S, "Hi Ryan,\n\nYes, we do. Collection and disposal of an upright is £150.\n\nGareth").message
    assert judge_reply(worth, reply, first_reply=True, rivals=[disposal]) is None


def test_the_yes_to_a_german_question_that_goes_on_to_ask_more_is_not_another_question_s():
    trade_in, finance = extract_questions("Mein altes Klavier würde ich gern in Zahlung geben. Nehmen Sie so etwas an, "
                                          "und mit welchem Betrag könnte ich rechnen? Und bieten Sie auch eine "
                                          "Finanzierung über 24 Monate an?")
    reply = msg(1, S, "Liebe Frau Lindner,\n\nja, Inzahlungnahmen machen wir regelmäßig. Ein Seiler liegt zwischen "
                      "1.200 und 2.000 £.\n\nLukas").message
    assert judge_reply(finance, reply, first_reply=True, rivals=[trade_in]) is None


@pytest.mark.parametrize("sentence", ["Congratulations, that's great news.", "What a lovely idea.",
                                      "Herzlichen Glückwunsch zur neuen Wohnung.", "Félicitations pour le mariage."])
def test_congratulations_are_a_pleasantry_that_answers_nothing(sentence):
    assert is_pleasantry(sentence)


def test_a_link_for_each_question_asking_where_to_find_something_answers_both():
    guide, form = extract_questions("Where can I find the care guide you mentioned? And do you have the warranty "
                                    "registration form online somewhere?")
    reply = msg(1, S, "Hi Yusuf,\n\nhttps://shop.example/care-guide\nhttps://shop.example/warranty\n\nPriya").message
    assert judge_reply(form, reply, first_reply=True, rivals=[guide]) is not None
    one_link = msg(1, S, "Hi Yusuf,\n\nhttps://shop.example/care-guide\n\nPriya").message
    assert judge_reply(form, one_link, first_reply=True, rivals=[guide]) is None


def test_a_bare_link_answers_a_request_to_be_pointed_to_a_manual():
    weight, manual = extract_questions("What's the maximum user weight on the Strider 4? And could you point me to the "
                                       "user manual online, we'd like to read up on the controls.")
    reply = msg(1, S, "Hi Niall,\n\n136 kg.\n\nhttps://mobility.example/manuals/strider-4\n\nPriya").message
    assert judge_reply(manual, reply, first_reply=True, rivals=[weight]) is not None


def test_a_link_naming_what_a_thin_question_refers_to_answers_it():
    copy, prices = extract_questions("I've lost the instructions for the motorised turntable I bought from you in "
                                     "2024. Do you have a copy? And could you send me your current price list for "
                                     "the scenic range?")
    reply = msg(1, S, "https://railways.example/manuals/turntable-tt45.pdf\nPrice list attached.").message
    assert judge_reply(copy, reply, first_reply=True, rivals=[prices]) is not None


def test_two_bare_links_each_answer_the_question_whose_thing_they_name():
    guide, filters = extract_questions("Have you got a brew guide for it? Also do you sell the paper filters or do I "
                                       "need to go to Amazon?")
    reply = msg(1, S, "Hi Femi,\nhttps://roaster.example/brew-guides/aeropress\n"
                      "https://roaster.example/shop/brewing/aeropress-filters\n").message
    assert judge_reply(guide, reply, first_reply=True, rivals=[filters]) is not None
    assert judge_reply(filters, reply, first_reply=True, rivals=[guide]) is not None


def test_a_day_offered_as_a_question_answers_a_request_for_a_visit():
    visit, rate = extract_questions("Pourriez-vous nous proposer un passage un mercredi après-midi ? J'aimerais aussi "
                                    "savoir si vous faites un tarif pour deux pianos.")
    reply = msg(1, S, "Bonjour,\n\nLe mercredi 2 décembre à 14 h vous conviendrait-il ? Pour deux pianos nous comptons "
                      "150 £ au lieu de 170 £.\n\nCamille").message
    verdict = judge_reply(visit, reply, first_reply=True, rivals=[rate])
    assert verdict is not None and "a date or time" in verdict.reason


@pytest.mark.parametrize(("asked", "booked"), [
    ("The extractor fan in the bathroom has stopped. Can you send someone this week? Do I need to keep the old fan?",
     "Hi Omar,\n\nPriya can come on Thursday between 9 and 11.\n\nLeo"),
    ("Die Spülmaschine pumpt nicht ab. Können Sie jemanden vorbeischicken? Muss ich vorher etwas ausbauen?",
     "Hallo Frau Kern,\n\nunser Techniker kommt am Montag, 23. November, zwischen 8 und 10 Uhr.\n\nJonas"),
    ("Le chauffe-eau fuit. Pouvez-vous envoyer quelqu'un rapidement ? Faut-il couper l'eau ?",
     "Bonjour,\n\nNotre technicien passera demain matin vers 9 h.\n\nInès"),
])
def test_a_visit_booked_for_a_day_answers_a_request_to_send_someone(asked, booked):
    visit, other = extract_questions(asked)
    verdict = judge_reply(visit, msg(1, S, booked).message, first_reply=True, rivals=[other])
    assert verdict is not None and "books the visit" in verdict.reason
    assert judge_reply(other, msg(1, S, booked).message, first_reply=True, rivals=[visit]) is None


def test_a_promise_to_come_back_books_no_visit():
    visit, other = extract_questions("The boiler keeps cutting out. Can you send an engineer? Is it safe to use?")
    reply = msg(1, S, "Hi Dan,\n\nI'll come back to you tomorrow once I've checked the rota.\n\nAmy").message
    assert judge_reply(visit, reply, first_reply=True, rivals=[other]) is None


def test_a_how_much_question_is_not_answered_by_its_subject_named_without_a_price():
    cost, kit = extract_questions("We'd like the weekend pottery course for two. How much does the course cost? "
                                  "And do we need to bring our own aprons?")
    reply = msg(1, S, "Hi Jo,\n\nThe course runs over two Saturdays in the big studio, and aprons are on the hooks by "
                      "the door.\n\nMel").message
    assert judge_reply(cost, reply, first_reply=True, rivals=[kit]) is None
    priced = msg(1, S, "Hi Jo,\n\nThe course is £180 for two, and aprons are on the hooks by the door.\n\nMel").message
    assert judge_reply(cost, priced, first_reply=True, rivals=[kit]) is not None


def test_the_reason_a_customer_gives_for_asking_does_not_hand_its_words_to_the_question():
    price, helping = extract_questions(
        "I'm looking at your summer volunteer scheme. What is the fee for volunteers? I was also wondering whether "
        "volunteers get to work with the horses as well as in the office, because the horses are what I really "
        "want to learn about.")
    reply = msg(1, S, "Hi Sam,\n\nVolunteers spend most of the summer with the horses: by August you'd be leading "
                      "rides.\n\nKate").message
    assert judge_reply(helping, reply, first_reply=True, rivals=[price]) is not None


def test_opening_hours_are_answered_by_the_days_and_times_open():
    hours, try_on = extract_questions("¿Qué horario tenéis en invierno? ¿Y se pueden probar los trajes allí mismo?")
    reply = msg(1, S, "Hola:\n\nDe noviembre a marzo abrimos de jueves a domingo, de 10 a 16 h.\n\nSofía").message
    assert judge_reply(hours, reply, first_reply=True, rivals=[try_on]) is not None


def test_a_second_best_is_answered_when_the_first_choice_is_granted():
    [voucher] = extract_questions("Can you extend my voucher? If not, could I put its value towards a wetsuit?")
    reply = msg(1, S, "Hi Anna,\n\nOf course: your voucher now runs until 31 May 2027.\n\nFiona").message
    assert judge_reply(voucher, reply, first_reply=True) is not None


@pytest.mark.parametrize("text", ["Please could you put me down for it?", "Please can you cancel my booking?",
                                  "Bitte, können Sie den Termin verschieben?"])
def test_a_request_opening_with_please_asks_for_action(text):
    [question] = extract_questions(text)
    assert asks_for_action(question)


def test_youre_in_for_a_day_reports_a_booking_done():
    [question] = extract_questions("Could you book me onto the Sunday session?")
    assert kind_of_answer(question, "You're in for Sunday 22nd, 9:30 at the boathouse.") == "a done"


def test_a_season_that_is_over_books_no_visit():
    assert books_a_visit("Unser Techniker kommt am Montag, 23. November, vorbei.")
    assert not books_a_visit("Die Saison ist vorbei, ab 3. März sind wir wieder da.")


def unanswered_in(customer_text: str, reply: str) -> list[str]:
    """The unanswered-question details of a case of one customer mail and one support reply an hour later."""
    result = audit_case(case(msg(0, Role.CUSTOMER, customer_text), msg(1, S, reply)), AuditConfig(), at(5))
    return [f.detail for f in result.findings if f.rule == "unanswered-question"]


def test_an_inline_reply_answers_under_each_quote_only_the_question_quoted():
    asked = ("A few things before our stay:\n\nWhat time can we check in on Friday?\n"
             "Is there a cot for the baby?\nWill the pool be heated in October, or closed for the season?")
    reply = ("Hi Sam,\n\n> What time can we check in on Friday?\n\nFrom 3pm, and the pool bar is open until 10.\n\n"
             "> Is there a cot for the baby?\n\nYes, we'll put one in your room.")
    assert unanswered_in(asked, reply) == ["Will the pool be heated in October, or closed for the season?"]


def test_a_pronoun_is_no_option_of_a_choice():
    [question] = extract_questions("Will the puppy share a run with other dogs, or be on his own?")
    assert question.options == frozenset()


def test_a_sum_in_the_reply_names_the_price_a_question_asks_beside_its_yes():
    asked = ("The charger for my mother's scooter has stopped working. Can you send a spare charger, and what does it "
             "cost?\n\nP.S. Could you also send me the manual for the scooter?")
    reply = "A new charger went out by courier this morning (£24, added to your account). The manual is attached."
    assert unanswered_in(asked, reply) == []


def test_a_sum_for_something_else_names_no_price_of_a_question():
    asked = ("Can you restitch the seams on the dinghy cover, or does it need replacing? "
             "I was also wondering if you could quote for a new boom tent.")
    reply = "If the fabric is still sound we can restitch it: £95 for the seams, about a week."
    assert unanswered_in(asked, reply) == ["I was also wondering if you could quote for a new boom tent."]


def test_the_price_one_question_asks_after_its_yes_is_answered_by_a_sum_in_the_others_sentence():
    asked = ("Could you fit a handrail beside the back door, where the step is? She wobbles on it. "
             "Is that something you do, and roughly what would it cost?")
    reply = "Yes, we fit handrails: a 90 cm rail by the back door is £70 fitted, and we can do it next Tuesday."
    assert unanswered_in(asked, reply) == []


def test_a_clause_giving_the_day_beside_a_word_of_the_question_answers_which_evenings():
    asked = ("Which evenings does the pottery class meet next term? "
             "I also wondered when the spring term starts, as I'm away until the 10th.")
    reply = "Term starts on Monday 12 January, so you won't miss anything, and the pottery group meets on Thursdays, 7-9pm."
    assert unanswered_in(asked, reply) == []


def test_a_question_without_content_words_is_answered_by_a_reply_that_takes_up_the_message():
    asked = ("My mother is 90 and gets tired quickly. Is the fitting survey free? "
             "And does she need to be there herself, or could I be there instead?")
    reply = ("The survey is free, and your mother only needs to be there for the last ten minutes, "
             "when we check the seat height - you can handle everything else.")
    assert all(v is not None for v in verdicts(asked, reply))


def test_a_yes_past_the_answer_to_small_talk_opens_on_the_first_question():
    asked = ("J'espère que vous allez bien ?\n\nNotre chat Filou aura besoin d'un régime spécial pendant son séjour. "
             "Est-ce que vous pouvez le garder quand même ? Et y a-t-il un supplément dans ce cas ?")
    reply = ("Très bien, merci ! Oui, aucun problème : Filou aura sa gamelle à part, préparée par notre équipe. "
             "Cela ne coûte rien de plus.")
    assert unanswered_in(asked, reply) == []


def test_a_question_whose_only_own_word_is_its_kind_is_answered_by_that_kind_of_answer():
    asked = ("We need four pull-up banners for a trade fair. Can the bases be weighted for outdoor use? "
             "What's the turnaround for four?")
    reply = "Four pull-up banners take three working days from approved files, and the weighted bases are £18 each."
    assert unanswered_in(asked, reply) == []


def test_one_is_no_option_a_reply_could_pick():
    asked = "We need 40 menus for a dinner. Can you print them double-sided, or only one side? How soon could they be ready?"
    reply = "Forty menus would be ready on Thursday. Our standard card is £1.20 a menu; the heavier one is £1.60."
    assert unanswered_in(asked, reply) == ["Can you print them double-sided, or only one side?"]


def test_explain_why_is_answered_by_a_reply_that_takes_up_the_message():
    asked = ("The fitter said we needed sixteen tiles for the hearth, but the invoice charges for twenty. "
             "Could you explain why? Please also send the invoice as a PDF.")
    reply = ("The invoice as a PDF is attached. On the tiles: the fitter's sixteen covered the hearth itself, and the "
             "other four are the cut edges along the wall, which we charge as whole tiles.")
    assert unanswered_in(asked, reply) == []


def test_which_one_is_right_is_answered_by_a_reply_on_the_two_figures():
    asked = ("The boiler's pressure gauge reads 2.5 bar but the installer said 1.5 bar when he fitted it. Which one is "
             "right? Could you please also send the service report?")
    reply = ("1.5 bar is the figure for a cold system, so 2.5 is too high - let a little water out at the radiator valve. "
             "The service report is attached.")
    assert unanswered_in(asked, reply) == []


def test_a_reply_opening_with_the_verb_the_first_question_asked_with_answers_it():
    asked = "We're moving in March. Do you offer storage for a piano? If so, what would it cost a month?"
    reply = "We do - £40 a month in our heated unit, insured, and you can collect it any weekday."
    assert unanswered_in(asked, reply) == []


def test_a_french_verb_asked_by_inversion_or_with_vous_meets_its_other_forms():
    asked = "Quel est le tarif pour une semaine ? Est-ce que vous fermez pendant les fêtes ?"
    reply = "La semaine revient à 120 €. Le magasin est fermé le 25 et le 26 décembre seulement."
    assert unanswered_in(asked, reply) == []


def test_a_consent_inside_a_clause_answers_the_yes_no_question_it_names():
    asked = ("Somos doce y queremos comer el sábado. ¿Qué precio tendría el menú del día? "
             "Y otra cosa: ¿podemos llevar nuestra propia tarta de cumpleaños casera?")
    reply = "El menú del día son 28 € por persona, y la tarta podéis traerla sin problema: os la sacamos con velas."
    assert unanswered_in(asked, reply) == []


def test_i_would_look_at_is_a_recommendation():
    asked = ("I'd like lighter pedals for my gravel bike, up to about £120. What would you recommend? "
             "And do you fit them while I wait?")
    reply = "For £120 I'd look at the Ridgeline SPD pair, 40 g lighter than yours. We fit them while you wait, yes."
    assert unanswered_in(asked, reply) == []


def test_a_how_much_with_one_other_word_is_answered_by_the_clause_giving_the_sum():
    asked = "¿Hacen fundas de cojín a medida? ¿Cuánto cuestan y cuánto tardan?"
    reply = "Sí, las hacemos a medida. Dos fundas de 50 x 50 en lino salen a 34 € cada una, y tardan unas dos semanas."
    assert unanswered_in(asked, reply) == []


def test_a_size_is_answered_by_a_bare_figure():
    assert unanswered_in("Thanks. And how wide is the folding bed?", "120 x 190cm, a small double.") == []


def test_no_charge_answers_whether_something_is_free():
    asked = "Could you post me samples of the oak and the walnut? Are the samples free?"
    reply = "There's no charge for up to five, and both samples went out in today's post."
    assert unanswered_in(asked, reply) == []


def test_a_place_named_by_what_it_is_answers_where():
    asked = "My van is booked on the 09:15 next Friday. I haven't had a ticket yet - is that normal? And where do vans queue?"
    reply = ("Yes, that's normal: tickets are emailed two days before. Next Friday vehicles load from the "
             "north berth - follow the signs to lanes 4 to 6.")
    assert unanswered_in(asked, reply) == []


def test_what_do_you_charge_is_answered_by_a_bare_price():
    assert unanswered_in("What do you charge to supply and fit a new door gasket on a Bosch WAN28281GB?",
                         "Hi Alan,\n\n£89 fitted.\n\nCallum") == []


def test_what_a_repair_costs_asks_a_price_that_a_sum_answers():
    asked = ("Our fridge is leaking. Please book us an engineer, ideally next week as I'm away until Sunday. Also "
             "could you tell me roughly what a repair like this costs?")
    reply = ("Nine times out of ten that's a blocked defrost drain, which is a £65 call-out - so £65 all in. Next "
             "week's diary opens on Saturday; I'll confirm your slot on Monday.")
    assert unanswered_in(asked, reply) == []


def test_no_fee_answers_what_something_costs():
    asked = ("Is there anyone on your list who writes funny adventure stories for Year 5? I'd also like to know what "
             "the visit costs us, if anything.")
    reply = ("Jem Achebe is touring in March and is brilliant with Years 5 and 6. There's no fee for the visit as long "
             "as the school takes at least 40 books on the day.")
    assert unanswered_in(asked, reply) == []


def test_a_signature_that_repeats_the_sign_off_name_is_no_text_of_the_reply_even_with_a_long_tagline():
    reply = ("Hi Alan,\n\n£89 fitted.\n\nCallum\n\nCallum Reid\nParts Desk | Corrie Appliance Repair\n"
             "Unit 4, Kelvin Industrial Estate, Glasgow G20 0SP\n"
             "Not sure which part you need? Send us the model number from the rating plate.")
    assert unanswered_in("What do you charge to fit a new door gasket?", reply) == []


def test_a_sentence_naming_each_document_sent_answers_each_request_in_a_list():
    asked = ("Our accountant is doing the year end and needs a few bits from you:\n\n"
             "- a statement of all jobs on account LL-0322 from April to October\n"
             "- copies of the two invoices from September\n"
             "- confirmation of the VAT number you invoice under\n\nThanks,\nNiamh")
    reply = msg(1, S, "Hi Niamh,\n\nStatement and both September invoices attached. Our VAT number is GB 123 4567 89."
                ).message
    reply = replace(reply, attachments=("LL-0322-statement-Apr-Oct.pdf", "INV-58810-INV-58876.pdf"))
    questions = extract_questions(asked)
    statement = next(q for q in questions if "statement" in q.text)
    verdict = judge_reply(statement, reply, True, [q for q in questions if q is not statement])
    assert verdict is not None and verdict.how == "attachment" and "Statement and both" in verdict.reason


def test_a_request_to_draw_up_a_document_named_before_is_answered_by_the_file():
    asked = ("Mon employeur a besoin d'une attestation à mon nom avec le montant payé en 2026. Pourriez-vous me la "
             "préparer ?")
    reply = replace(msg(1, S, "Bonjour, voici l'attestation en pièce jointe.").message, attachments=("attestation.pdf",))
    [question] = extract_questions(asked)
    verdict = find_answer(question, START, [reply])
    assert verdict is not None and verdict.how == "attachment"


def test_a_keywordless_is_that_possible_in_german_is_answered_by_a_reply_on_what_was_said_before_it():
    asked = ("Könnten Sie uns regelmäßig eine Auswahl neuer Jugendromane zur Ansicht schicken? Außerdem müssten wir "
             "auf Rechnung bezahlen, also nach Erhalt der Ware und nicht per Vorkasse. Geht das bei Ihnen?")
    reply = ("Eine Auswahl zur Ansicht schicken wir Ihnen gern jedes Quartal. Zahlung auf Rechnung ist für Bibliotheken "
             "selbstverständlich möglich, mit einem Zahlungsziel von 30 Tagen.")
    assert unanswered_in(asked, reply) == []


def test_how_long_in_german_is_answered_by_a_number_of_working_days_without_the_subject_named():
    asked = ("Die innere Glasscheibe unserer Backofentür ist gesprungen. Können Sie die Scheibe ersetzen? Wie lange "
             "dauert es, bis das Ersatzteil da ist?")
    reply = ("Ja, das machen wir. Die Innenscheibe ist beim Hersteller vorrätig und in zwei bis drei Werktagen bei uns; "
             "mit Einbau kostet das 118 £.")
    assert unanswered_in(asked, reply) == []


def test_a_spanish_arrival_meets_a_delivery_date():
    asked = ("El técnico dijo que hay que cambiar el ventilador. ¿Saben ya cuándo llega la pieza? ¿Y cuánto costará "
             "la reparación?")
    reply = "La reparación son 95 € en total. Me han dado fecha de entrega del ventilador: el jueves 12."
    assert unanswered_in(asked, reply) == []


def test_now_names_no_topic():
    asked = ("1. Please add 14 Kelvin Court to our landlord account.\n"
             "2. We're now at 9 properties with you - is there a better rate for landlords with that many?")
    reply = "Kelvin Court is on the account now (LL-0417), so the tenant can book with us directly."
    assert unanswered_in(asked, reply) == [
        "We're now at 9 properties with you - is there a better rate for landlords with that many?"]


def test_is_that_realistic_is_answered_by_a_reply_on_the_deadline_said_before_it():
    asked = ("Could you re-cover our six dining chairs in a green velvet? We'd need them back before 12 December for a "
             "christening. Is that realistic?")
    reply = ("Six chairs in green velvet come to £540. 12 December is fine if we collect them by the end of this month: "
             "you'd have them back on the 9th.")
    assert unanswered_in(asked, reply) == []


def test_at_least_names_no_topic():
    asked = "Could we have a vegetarian option for at least one of the courses? And can we bring our own wine?"
    reply = "You're welcome to bring your own wine: corkage is £8 a bottle, so at least that part is easy."
    assert unanswered_in(asked, reply) == [
        "Could we have a vegetarian option for at least one of the courses?"]


def test_a_thanks_returned_with_a_goodbye_answers_no_question():
    asked = "Vielen Dank! Und falls der neue Termin auch ausfällt, bekomme ich dann mein Geld zurück?"
    assert unanswered_in(asked, "Gerne, bis Samstag!") == [
        "Und falls der neue Termin auch ausfällt, bekomme ich dann mein Geld zurück?"]


def test_a_how_long_question_is_not_called_answered_by_a_sentence_on_its_subject_without_a_time():
    asked = ("Could you give me a rough price for re-covering two armchairs? And how long does a wool fabric last on "
             "a chair that's sat in all day?")
    price, how_long = extract_questions(asked)
    reply = msg(1, S, "Two armchairs come to about £900 plus fabric. Wool is hard-wearing and easy to clean.").message
    assert judge_reply(how_long, reply, True, [price]) is None


def test_how_many_metres_is_answered_by_a_length():
    asked = ("We'd like to have our ottoman re-covered in our own fabric. I'm not sure how much to buy - how many "
             "metres would you need?")
    assert unanswered_in(asked, "For an ottoman that size you'd want 3 metres, or 4 if the pattern has a repeat.") == []


def test_a_document_two_requests_name_is_told_by_the_requests_own_words_for_it():
    asked = ("Could you quote for the annual hedge cut? Please send a copy of your public liability insurance "
             "certificate with the quote. And do your operators hold a chainsaw certificate?")
    reply = "The annual cut is £1,200 + VAT. Our insurance certificate is attached."
    assert unanswered_in(asked, reply) == ["And do your operators hold a chainsaw certificate?"]


def test_is_there_a_charge_is_answered_by_a_price():
    asked = ("I was wondering whether you have any tasting slots on a Saturday in early December? Also, can we bring "
             "my mum along? And is there a charge for the tasting?")
    reply = ("A tasting is £35, and we take that off the cake price if you book with us. Mums are very welcome. "
             "Saturday 5 December at 14:30 is free at the moment.")
    assert unanswered_in(asked, reply) == []


def test_someone_else_being_welcome_answers_whether_they_may_come():
    asked = ("I was wondering whether you have any tasting slots on a Saturday in December? Also, can we bring my mum "
             "along, or is it just the two of us?")
    reply = "Mums are very welcome - the studio table seats four. Saturday 5 December at 14:30 is free."
    assert unanswered_in(asked, reply) == []


def test_what_a_sentence_states_before_offering_the_next_step_is_an_answer():
    asked = "We're ready to rebook. Is there anything free in the week of 23 November? And is there parking?"
    reply = ("There's free parking behind the florist next door. Thursday 26 November at 6:30 is free - shall I put "
             "you down for that one?")
    assert unanswered_in(asked, reply) == []


def test_a_question_for_a_kind_of_slot_is_answered_by_a_day_named():
    (slot,) = extract_questions("Anything in the week of 23 November?")
    assert kind_of_answer(slot, "Thursday 26 November at 6:30 is free.") == "a date or time"


def test_a_request_that_names_a_weekend_is_not_answered_by_a_day_named():
    (log,) = extract_questions("Could you send us the access log for unit E-130 for last weekend?")
    assert kind_of_answer(log, "The office is open on Saturday 14 November until noon.") is None


def test_one_word_of_a_long_request_beside_a_done_does_not_answer_it():
    asked = ("Could you confirm the termly rental price of the instruments? Can we also get the instruments delivered "
             "directly to the school rather than to the office?")
    reply = ("The termly rental is £45 per instrument. Our scheme supplies quality student instruments to more than "
             "140 schools across Yorkshire. Please find our scheme brochure attached.")
    assert unanswered_in(asked, reply) == [
        "Can we also get the instruments delivered directly to the school rather than to the office?"]


def test_a_question_asking_how_far_is_answered_by_a_distance_in_other_words():
    lift, distance = extract_questions("Is there a lift to the first floor? How far is it from where we'd park to "
                                       "the door, and what's the ground like?")
    reply = msg(1, S, "There is no lift, but the lodge is all on one level. The accessible bay is right beside it: "
                      "20 metres on smooth resin, firm and level.").message
    verdict = judge_reply(distance, reply, True, [lift])
    assert verdict is not None and "gives a distance" in verdict.reason


def test_a_notice_period_asked_in_other_words_is_answered_by_a_duration():
    notice, venue = extract_questions("How much notice do I need to give to move a lesson without losing it? Also, "
                                      "could lessons start from my office rather than from home?")
    reply = msg(1, S, "Two working days. After that the lesson is charged in full.").message
    verdict = judge_reply(notice, reply, True, [venue])
    assert verdict is not None and "gives a duration" in verdict.reason


def test_what_support_can_do_is_no_second_yes():
    asked = ("The front board of my atlas is detached. Would you be able to reattach it? I'd also like to know whether "
             "you photograph books before and after treatment.")
    reply = ("Dear Julian,\n\nYes - reattaching a board is routine for us. I can give you a firm figure once I have it "
             "on the bench.")
    assert unanswered_in(asked, reply) == [
        "I'd also like to know whether you photograph books before and after treatment."]


def test_a_clause_in_the_words_of_what_the_customer_said_before_asking_is_that_questions():
    asked = ("Tengo un huerto en Leeds y quiero sembrar guisantes ahora en otoño. ¿Qué variedad me recomiendan para el "
             "clima de aquí? ¿Y hasta cuándo puedo sembrarlos?")
    reply = ("Para un huerto en otoño aquí la más resistente es 'Meteor', que aguanta bien las heladas; se pueden "
             "sembrar hasta finales de noviembre.")
    assert unanswered_in(asked, reply) == []


def test_an_expiry_asked_about_is_answered_by_how_long_a_thing_stays_valid():
    asked = "I'd like to buy my sister a gift voucher. Does it have an expiry date? Can it be emailed rather than posted?"
    reply = "Our vouchers are sent by email as a printable PDF, and they're valid for two years from purchase."
    assert unanswered_in(asked, reply) == []


def test_support_saying_it_does_the_very_thing_asked_about_answers_will_you():
    asked = "Roughly what does a full service cost? Will you pressure-test the watch afterwards?"
    reply = "A full service is £320 including new seals. We test every diver to 20 bar after reassembly."
    assert unanswered_in(asked, reply) == []


def test_a_duration_answers_a_spanish_how_long_with_usually_beside_a_yes_no_question():
    assert [v is not None for v in verdicts(
        "Vivo en Las Palmas. ¿Hacéis envíos a Canarias? ¿Cuánto suelen tardar?",
        "¡Sí, enviamos a Canarias! Con el envío estándar tarda unos 8-12 días laborables y cuesta 9,50 £.")] == [True, True]


def test_a_reply_naming_the_new_address_answers_the_request_sent_after_a_statement_and_a_colon():
    address, christmas = extract_questions(
        "Nous déménageons le 1er décembre : pourriez-vous envoyer les prochains colis au 7 rue des Tanneurs, 67000 "
        "Strasbourg ? Et est-ce que le colis de décembre partira avant Noël ?")
    reply = msg(1, S, "C'est noté : à partir du colis de décembre, tout partira rue des Tanneurs à Strasbourg. Votre "
                      "colis de novembre est parti le 12 novembre à l'ancienne adresse.").message
    assert judge_reply(address, reply, True, rivals=[christmas]) is not None


def test_the_nearest_answers_whether_there_is_one_nearby():
    *rivals, vet = extract_questions(
        "A few questions from the dog side of things:\n1) Are there any areas of the park where dogs have to be on a "
        "lead?\n2) Can the dogs be left in the caravan for a couple of hours if we go out for dinner?\n3) Is there a "
        "vet nearby in case of emergencies?")
    reply = msg(1, S, "Taking those in reverse: the nearest vet is the Linnhe Veterinary Centre in Fort William, 25 "
                      "minutes away, with an out-of-hours line on 01632 960 311.").message
    assert judge_reply(vet, reply, True, rivals=rivals) is not None


def test_sold_answers_whether_they_sell_it():
    [covers, guide] = extract_questions("Do you sell the metal roof covers on their own, or do I have to buy a "
                                        "whole new roof? And is there a guide anywhere for fitting one?")
    reply = msg(1, S, "The covers are sold separately - National size is £18.50: https://shop.example/roof-cover\n\n"
                      "Fitting guide with photos: https://shop.example/guides/re-covering").message
    assert judge_reply(covers, reply, True, rivals=[guide]) is not None



def test_money_gone_back_to_the_card_answers_a_request_for_a_refund():
    [question] = extract_questions("I was charged twice for the same lesson. Please refund the duplicate payment.")
    reply = msg(1, S, "Sorry about that. The duplicate £30 went back to your card this morning.").message
    assert judge_reply(question, reply, True) is not None


def test_a_french_how_many_is_answered_by_a_number_written_out():
    asked = ("Je me marie à Lyon en juin mais je travaille à Leeds jusqu'en avril. Est-ce que je peux faire tous mes "
             "essayages chez vous et partir avec la robe terminée ? Combien d'essayages faut-il prévoir en général ?")
    reply = ("Oui, tout à fait : tous les essayages peuvent se faire ici avant votre départ, et vous partirez avec la "
             "robe prête. Il faut compter trois essayages en général, le dernier environ trois semaines avant le "
             "mariage - dans votre cas, fin mars.")
    assert unanswered_in(asked, reply) == []
    assert [q.expects for q in extract_questions(asked)][-1] == "how_many"


def test_delivery_included_does_not_answer_a_request_to_supply_named_fittings_too():
    asked = ("für unser Ferienhaus in Salcombe hätten wir gern ein zweiflügeliges Gartentor aus Eiche, Gesamtbreite "
             "3,2 m. Fertigen Sie solche Tore in Ihrer Werkstatt? Was würde das ungefähr kosten? Und könnten Sie uns "
             "auch die Beschläge (Bänder, Riegel, Bodenanschlag) mitliefern?")
    reply = ("ja, solche Tore fertigt unsere Werkstatt regelmäßig: zweiflügeliges Tor aus Eiche, geölt, 2.680 £ inkl. "
             "MwSt., Lieferung nach Salcombe inklusive. Die Fertigung dauert vier Wochen.")
    assert unanswered_in(asked, reply) == [
        "Und könnten Sie uns auch die Beschläge (Bänder, Riegel, Bodenanschlag) mitliefern?"]
