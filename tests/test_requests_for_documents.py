"""A request for a document is answered by the document: a reply that neither hands a file over, nor says it was
sent, nor names the document has not met it, whatever else its words share with the request."""

from __future__ import annotations

from dataclasses import replace

from happyaudit.audit import audit_case
from happyaudit.config import AuditConfig
from happyaudit.model import Role
from tests.casefactory import at, case, msg

C, S = Role.CUSTOMER, Role.SUPPORT

ASKED = ("Our export statement shows only 11 kWh in October, but the app says 187 kWh. Could you check whether the "
         "inverter has an export limit set too low? And could you please send me a copy of the commissioning "
         "certificate, which the supplier wants to see?")
CERTIFICATE = "And could you please send me a copy of the commissioning certificate, which the supplier wants to see?"


def unanswered(*messages) -> list[str]:
    """The unanswered-question details of a case of these messages."""
    result = audit_case(case(*messages), AuditConfig(), at(200))
    return [f.detail for f in result.findings if f.rule == "unanswered-question"]


def test_a_reply_that_only_shares_words_with_a_request_for_a_document_has_not_sent_it():
    reply = ("The export limit was set at 0.5 kW; I've raised it to 3.68 kW remotely. It's also possible the "
             "supplier is reading the wrong register on your smart meter, so do ask them to check.")
    assert unanswered(msg(0, C, ASKED), msg(2, S, reply)) == [CERTIFICATE]


def test_a_leftover_sentence_of_a_reply_that_sent_nothing_leaves_no_doubt_about_the_document():
    reply = ("I'll look at the export settings on your inverter remotely and get back to you by Monday. It's also "
             "possible the supplier is reading the wrong register on your smart meter - we'll see.")
    assert unanswered(msg(0, C, ASKED), msg(2, S, reply)) == [CERTIFICATE]


def test_a_reply_that_carries_the_file_answers_the_request():
    reply = msg(2, S, "The export limit was set at 0.5 kW; I've raised it to 3.68 kW remotely. See attached.")
    reply = replace(reply, message=replace(reply.message, attachments=("MCS-commissioning-4471.pdf",)))
    assert unanswered(msg(0, C, ASKED), reply) == []


def test_a_reply_saying_the_document_went_separately_answers_the_request():
    reply = ("The export limit was set at 0.5 kW; I've raised it to 3.68 kW remotely. "
             "I've e-mailed it to you separately from our records system.")
    assert unanswered(msg(0, C, ASKED), msg(2, S, reply)) == []


def test_a_reply_about_the_document_itself_is_judged_on_its_words():
    reply = ("The export limit was set at 0.5 kW; I've raised it to 3.68 kW remotely. The commissioning certificate "
             "is the copy in the blue folder we left with the inverter.")
    assert unanswered(msg(0, C, ASKED), msg(2, S, reply)) == []


def test_a_request_to_change_a_document_is_answered_by_the_change_in_any_words():
    asked = "Is the install still on for Monday? Also, could you update the e-mail address on the invoice?"
    reply = "Yes, Monday at 8. Done - it now goes to jo@newmail.example."
    assert unanswered(msg(0, C, asked), msg(2, S, reply)) == []


def test_a_reply_saying_another_requests_thing_was_sent_has_not_sent_the_document():
    asked = ("The remote for the garage door has stopped working. Can you send a replacement remote, and what does "
             "it cost?\n\nP.S. Could you send me a copy of the installation certificate as well?")
    reply = "A new remote went in the post today (£38, on your account) with the pairing instructions."
    assert unanswered(msg(0, C, asked), msg(2, S, reply)) == [
        "Could you send me a copy of the installation certificate as well?"]


def test_links_that_name_what_a_request_asks_to_be_sent_answer_it():
    asked = "Could you send me your delivery terms and the current rate card? We're comparing couriers."
    reply = "Here you go:\nhttps://acme.example/delivery-terms\nhttps://acme.example/rates?year=2027"
    assert unanswered(msg(0, C, asked), msg(2, S, reply)) == []


def test_a_proof_handed_over_is_not_the_invoice_asked_to_go_elsewhere():
    asked = ("Could you tell me the trade price for 50 gift boxes? Please also send the invoice to Fiona (copied), who "
             "handles our accounts, rather than to me.")
    reply = msg(2, S, "For 50 boxes the trade price is £16.50 each. Wonderful - proof attached.")
    reply = replace(reply, message=replace(reply.message, attachments=("sticker-proof-pemberton.png",)))
    assert unanswered(msg(0, C, asked), reply) == [
        "Please also send the invoice to Fiona (copied), who handles our accounts, rather than to me."]


def test_a_file_named_for_another_question_does_not_answer_a_request_for_a_document():
    asked = ("1. Could you send us your 2027 trade price list when it's ready?\n"
             "2. A customer asked whether your bars have a cosmetic safety report - could you send us a copy?")
    reply = msg(2, S, "> 1. Could you send us your 2027 trade price list when it's ready?\nAttached - it came back "
                      "from the printer on Friday.")
    reply = replace(reply, message=replace(reply.message, attachments=("Calloway-trade-prices-2027.pdf",)))
    assert unanswered(msg(0, C, asked), reply) == [
        "A customer asked whether your bars have a cosmetic safety report - could you send us a copy?"]


def test_a_reply_of_nothing_but_links_answers_the_questions_its_pages_name():
    asked = ("Picked up the rolled sirloin yesterday, 2.1kg. How long should I roast it for medium? And can I cook it "
             "the night before and reheat, or is that a crime?")
    reply = ("https://acme.example/cooking/rolled-sirloin\nhttps://acme.example/cooking/resting-and-reheating\n\n"
             "Enjoy it,")
    assert unanswered(msg(0, C, asked), msg(2, S, reply)) == []


def test_a_reply_of_nothing_but_links_leaves_what_its_pages_do_not_name():
    asked = ("Picked up the rolled sirloin yesterday. How long should I roast it for medium? And do you sell gift "
             "vouchers?")
    reply = "https://acme.example/cooking/roasting-sirloin\n\nEnjoy it,"
    assert unanswered(msg(0, C, asked), msg(2, S, reply)) == ["And do you sell gift vouchers?"]
