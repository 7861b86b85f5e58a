"""The judgement rules (unanswered-question, missed-follow-up, customer-chased) on small constructed cases."""

from __future__ import annotations

from dataclasses import replace

import pytest

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


def chasing_messages(audit_hour: float, *messages) -> list[str]:
    """The ids of the customer messages the customer-chased rule flags in a case audited at ``audit_hour``."""
    return [m for m, _ in findings(audit_case(case(*messages), DEFAULTS, at(audit_hour)), "customer-chased")]


@pytest.mark.parametrize("chaser", [
    "Hi Tom, I haven't received the invoice you mentioned - could you check it went through?",
    "The voucher hasn't arrived yet - has it been posted?",
    "Hi Nell, still no invoice I'm afraid - could you send it today please?",
    "Hi Gareth, Did you manage to have a look on Thursday? It's raining again.",
    "Hola Alba: El lunes no recibí nada. Lo necesito para ir a la clínica.",
    "Bonjour, je n'ai toujours pas reçu le prix de la réparation.",
])
def test_saying_what_support_owes_has_not_come_is_a_chase(chaser: str):
    late = msg(30, C, chaser)
    assert chasing_messages(40, msg(0, C, "Could you send me an invoice for the deposit I paid on Saturday?"),
                            msg(1, S, "No problem - I'll send it by the end of the day."), late,
                            msg(31, S, "So sorry - attached now.")) == [late.message.message_id]


def test_a_first_mail_about_something_that_never_came_is_no_chase():
    assert chasing_messages(10, msg(0, C, "I ordered the oak stool a fortnight ago and the parcel hasn't arrived yet. "
                                          "Could you look into it?"),
                            msg(1, S, "Sorry about that - the courier has it and will deliver on Friday.")) == []


def test_saying_nothing_came_after_an_unanswered_mail_is_a_chase():
    late = msg(40, C, "I got your automatic reply on Monday but nothing since. Still no sign of the wine.")
    assert chasing_messages(50, msg(0, C, "My order MW-450233 was due on Saturday and nothing came. Please can someone "
                                          "look into it?"),
                            msg(0.1, A, "We got your message."), late,
                            msg(41, S, "So sorry - the courier has it and delivers today.")) == [late.message.message_id]


def test_a_first_mail_chasing_a_phone_call_is_a_chase():
    first = msg(0, C, "I rang on Monday and asked for a copy of my audiogram. I was told it would be emailed the same "
                      "day, but I still haven't received it. Could someone send it please?")
    assert chasing_messages(10, first, msg(2, S, "Attached - sorry for the delay.")) == [first.message.message_id]


def test_a_first_mail_asking_after_a_promise_made_at_booking_is_no_chase():
    assert chasing_messages(10, msg(0, C, "Our party was on 24 October and we were told the deposit would come back "
                                          "within 14 days. It hasn't arrived yet. Could you let me know when it will be "
                                          "refunded?"),
                            msg(2, S, "It went back to your card today.")) == []


@pytest.mark.parametrize("chaser", [
    "Sorry to nag - has anyone seen this?",
    "Hello again - second time of asking.",
    "Sehr geehrter Herr Brenner, ich warte leider immer noch auf die korrigierte Rechnung.",
    "Hello? I've had no reply to this and the induction is tonight.",
    "¿Alguien ha leído esto? La recogida es mañana.",
])
def test_more_ways_to_chase_are_chases(chaser: str):
    late = msg(30, C, chaser)
    assert chasing_messages(40, msg(0, C, "Do you still make the walnut stool in the tall version?"), late,
                            msg(31, S, "Yes, the tall walnut stool is in stock.")) == [late.message.message_id]


# --- deferred questions are the promise's business ---------------------------------------------

@pytest.mark.parametrize("question, promise", [
    ("Is the 56 cm Allroad frame in stock? I'd like to order it this week.",
     "Hi Ben, let me check with the warehouse and get back to you."),
    ("Passt der Lenker auf meinen Vorbau mit 31,8 mm Klemmung?",
     "Hallo Herr Maier, ich kläre das mit dem Hersteller und melde mich bis Mittwoch."),
    ("¿Tienen la cubierta de 700x32 en color crema?",
     "Hola Lucía, lo consulto con el almacén y le escribo mañana."),
    ("Do you offer a discount for club orders of ten helmets?",
     "Hi Sam, Ingrid from our sales team will be in touch about that."),
], ids=["en-let-me-check", "de-bis-mittwoch", "es-manana", "en-named-colleague"])
def test_a_question_deferred_by_a_promise_is_judged_only_as_that_promise(question: str, promise: str):
    result = audit_case(case(msg(0, C, question), msg(2, S, promise)), DEFAULTS, at(200))
    assert findings(result, "unanswered-question") == []
    assert len(findings(result, "missed-follow-up")) == 1


def test_a_promise_on_another_topic_does_not_excuse_an_ignored_question():
    asked = msg(0, C, "Do the brakes fit my fork? And could you send me the invoice for order 5521?")
    result = audit_case(case(asked, msg(2, S, "Hi, I'll send you the invoice tomorrow.")), DEFAULTS, at(20))
    assert [d for _, d in findings(result, "unanswered-question")] == ["Do the brakes fit my fork?"]


def test_a_bare_yes_does_not_answer_two_different_yes_no_questions():
    asked = msg(0, C, "Does the rack fit a 29er? Can you deliver it before Friday? Is the bolt kit included?")
    result = audit_case(case(asked, msg(2, S, "Hi Joe, yes, of course, we will look at your order again today.")),
                        DEFAULTS, at(20))
    assert len(findings(result, "unanswered-question")) >= 2


# --- a question asked again in a chaser ---------------------------------------------------------

@pytest.mark.parametrize("first, chaser, reply", [
    ("Hello, could you tell me if the Alpine jacket runs small?",
     "Just following up on my question: does the Alpine jacket run small?",
     "Hi, it's true to size, so go for the M if your chest is under 100 cm."),
    ("Hola, ¿cuándo me devuelven el dinero de la devolución?",
     "Hola de nuevo, sigo sin respuesta. ¿Cuándo recibiré el reembolso?",
     "Hola, el reembolso se procesó ayer y lo verá en su cuenta en 3 días."),
], ids=["en-restated", "es-other-words"])
def test_a_question_asked_again_in_a_chaser_is_answered_by_the_reply_to_either(first: str, chaser: str, reply: str):
    result = audit_case(case(msg(0, C, first), msg(50, C, chaser), msg(52, S, reply)), DEFAULTS, at(60))
    assert findings(result, "unanswered-question") == []
    assert len(findings(result, "customer-chased")) == 1


# --- promises kept late are missed ---------------------------------------------------------------

@pytest.mark.parametrize("promise, hours_later", [
    ("I'll come back to you by tomorrow with the exact price.", 72),
    ("Je vous confirme la date de livraison dans la journée.", 120),
    ("Le confirmo el plazo de entrega el jueves.", 96),
    ("Ich schicke Ihnen morgen das Angebot.", 60),
], ids=["en-by-tomorrow", "fr-dans-la-journee", "es-el-jueves", "de-morgen"])
def test_a_promise_kept_after_its_deadline_is_missed(promise: str, hours_later: float):
    # START is a Monday 09:00: "el jueves" ends Thursday night, the reply comes on Friday.
    result = audit_case(case(msg(0, C, "Hello, what would the repair cost?"), msg(1, S, promise),
                             msg(1 + hours_later, S, "The repair is EUR 85, parts included.")), DEFAULTS, at(200))
    [(_, detail)] = findings(result, "missed-follow-up")
    assert "came" in detail


def test_a_promise_kept_by_its_deadline_is_kept():
    result = audit_case(case(msg(0, C, "Hello, what would the repair cost?"),
                             msg(1, S, "Le confirmo el precio el jueves."),
                             msg(50, S, "La reparación cuesta 85 euros.")), DEFAULTS, at(200))
    assert findings(result, "missed-follow-up") == []


# --- the customer's last word ---------------------------------------------------------------------

def test_thanks_with_no_rush_leaves_the_case_with_support():
    result = audit_case(case(msg(0, C, "Can you send me the manual for the Apex pump?"),
                             msg(2, S, "Here is the manual as a PDF."), msg(3, C, "Thanks, no rush on anything else.")),
                        DEFAULTS, at(40))
    assert result.status.value == "pending"
    assert findings(result, "awaiting-reply") == []


@pytest.mark.parametrize("closing", [
    "Perfecto, gracias. Con esto doy por cerrada la consulta.",
    "Great, that worked. You can close this ticket.",
    "Danke, damit ist die Anfrage erledigt.",
    "Merci, vous pouvez clôturer la demande.",
], ids=["es", "en", "de", "fr"])
def test_the_customers_own_close_closes_the_case(closing: str):
    result = audit_case(case(msg(0, C, "Can you send me the invoice for order 4410?"),
                             msg(2, S, "Here is the invoice."), msg(3, C, closing)), DEFAULTS, at(40))
    assert result.status.value == "closed"
    assert [f.rule for f in result.findings] == []


def test_a_close_with_a_new_request_keeps_the_case_open():
    result = audit_case(case(msg(0, C, "Can you replace my broken bell?"), msg(2, S, "A new bell went out today."),
                             msg(3, C, "Thanks. You can close the ticket, but could you also send the invoice?")),
                        DEFAULTS, at(10))
    assert result.status.value == "open"


def test_a_reply_opening_with_yes_answers_the_first_of_several_yes_no_questions():
    asked = msg(0, C, "Gilt die Garantie auch für ein gebraucht gekauftes Rad? "
                      "Können Sie mir außerdem die Montageanleitung als PDF schicken?")
    reply = msg(5, S, "Ja - die Herstellergarantie hängt am Rahmen, nicht am Käufer. Sie läuft bis März 2027.")
    result = audit_case(case(asked, reply), DEFAULTS, at(20))
    assert [d for _, d in findings(result, "unanswered-question")] == [
        "Können Sie mir außerdem die Montageanleitung als PDF schicken?"]


def test_the_same_mail_sent_twice_within_minutes_is_no_chase():
    text = "Please send me a return label for the Basecamp stove from order #A-10588. It is unused."
    result = audit_case(case(msg(0, C, text), msg(0.05, C, text), msg(30, S, "Here is your return label.")),
                        DEFAULTS, at(31))
    assert findings(result, "customer-chased") == []


def test_the_same_mail_resent_hours_later_is_a_chase():
    text = "Please send me a return label for the Basecamp stove from order #A-10588. It is unused."
    resent = msg(20, C, text)
    result = audit_case(case(msg(0, C, text), resent, msg(30, S, "Here is your return label.")), DEFAULTS, at(31))
    assert [m for m, _ in findings(result, "customer-chased")] == [resent.message.message_id]


def test_a_reply_only_repeating_the_earlier_answer_leaves_the_new_question_open():
    new = msg(2, C, "Perfect, thanks! Could the Saturday box also include a bag of decaf instead of the dark roast?")
    result = audit_case(case(msg(0, C, "Can you move my delivery to Saturday?"),
                             msg(1, S, "Yes - your delivery is moved to Saturday."), new,
                             msg(3, S, "Just to confirm: your delivery is moved to Saturday and the rest of the plan "
                                       "stays as it is.")), DEFAULTS, at(4))
    assert findings(result, "unanswered-question") == [
        (new.message.message_id, "Could the Saturday box also include a bag of decaf instead of the dark roast?")]


# --- answers in other words, and sentences that belong to another question ----------------------


def test_a_booking_confirming_the_customers_later_choice_does_not_answer_an_older_question_in_other_words():
    asked = msg(0, C, "What do you charge for a 45-minute private lesson? Is there parking on site or should I use "
                      "the lay-by on the lane? Weekday mornings suit me best.")
    result = audit_case(case(asked,
                             msg(1, S, "A 45-minute private is £52. Weekday mornings we have Tuesdays and Thursdays "
                                       "at 9:30 and 11:00. Let me know which suits and I'll book you in."),
                             msg(2, C, "Thursdays at 11:00 please, starting next week."),
                             msg(3, S, "Booked: Thursday 12 November at 11:00 with Monty.")), DEFAULTS, at(4))
    assert findings(result, "unanswered-question") == [
        (asked.message.message_id, "Is there parking on site or should I use the lay-by on the lane?")]

def unanswered(customer: str, *replies: str) -> list[str]:
    """The unanswered-question details of a case: one customer mail, then the support replies an hour apart."""
    messages = [msg(0, C, customer)] + [msg(index + 1, S, text) for index, text in enumerate(replies)]
    return [detail for _, detail in findings(audit_case(case(*messages), DEFAULTS, at(len(replies) + 2)),
                                             "unanswered-question")]


def test_a_reply_that_says_it_is_on_us_answers_whether_there_is_a_charge():
    assert unanswered("Please send me swatches of the Harlow velvet in Moss and the Tidewater linen in Chalk. I'm doing "
                      "up a reading nook.\nIs there a charge for swatches, by the way?",
                      "Both went in this afternoon's post, first class. Swatches are on us - up to eight per household. "
                      "A reading nook sounds lovely.") == []


def test_a_wired_option_is_answered_by_mains_wired_motors():
    assert unanswered("We'd like motorised blinds controlled from a wall switch. What would that cost for two windows of "
                      "200 x 180? Is there a wired option rather than battery? We'd prefer not to recharge anything.",
                      "For two blinds at 200 x 180 with wall switches you're looking at about £1,050 fitted. And yes, we "
                      "do mains-wired motors - your electrician runs a fused spur to each window head.") == []


def test_asking_in_german_for_a_quote_one_would_like_is_answered_by_the_offer():
    wondered = "Ich wüsste außerdem gern, ob Sie die Baustelle dazu bringen können, auch etwas zu unternehmen."
    assert unanswered("Im Hinterhof haben wir nachts Ratten gesehen, vermutlich von der Baustelle nebenan. Wir hätten "
                      f"gern ein Angebot für einen Jahresvertrag. {wondered}",
                      "Entschuldigen Sie bitte die späte Antwort. Für Ihre Weinstube bieten wir einen Jahresvertrag für "
                      "68 £ netto im Monat an: acht Routinebesuche und Köderstationen im Hof.") == [wondered]


def test_asking_in_spanish_what_solutions_there_are_is_answered_by_the_advice():
    assert unanswered("Las palomas se meten debajo del toldo y lo ensucian todo. ¿Qué soluciones tienen para esto? ¿Y "
                      "cuánto costaría más o menos?",
                      "Para un toldo así lo más eficaz es una red fina por debajo de la estructura y púas en la viga. "
                      "Necesito confirmar las medidas con el técnico para darle un precio; le envío el presupuesto "
                      "mañana.") == []


def test_a_measure_with_a_decimal_point_is_no_date_that_answers_how_long():
    assert unanswered("We're redoing the orangery. Do you make curtains for very tall windows? The windows are 4.2 m. "
                      "How long would you need from order to fitting?",
                      "4.2 m drops are fine - we've done several orangeries and the workroom table takes up to 5 m.") == [
        "How long would you need from order to fitting?"]


def test_a_stretch_of_time_told_by_its_ends_answers_how_long():
    assert unanswered("The traps in the cellar have caught two already. Can the follow-up visit be on a Sunday? "
                      "Also, how long should we keep the back door shut at night?",
                      "Sundays are fine - I'll put you down for Sunday 15th at 10am. Keep the back door shut from dusk "
                      "until I've been back, at the very least.") == []


def test_a_promise_on_the_schedule_defers_the_question_of_when_not_the_one_beside_it():
    asked = msg(0, C, "Hi Marcus,\n\nSigned quote attached and deposit paid this morning. When can you fit it? We're "
                      "away 4-8 January.\nAlso, will you take away the old tiled surround when you rip it out, or do "
                      "we need a skip?\n\nDom")
    promised = msg(5, S, "Hi Dom,\n\nThanks, deposit received. I'm finalising the December schedule with the liner "
                         "supplier this week and I'll confirm your install date by Friday.\n\nMarcus")
    assert findings(audit_case(case(asked, promised), DEFAULTS, at(24 * 14)), "unanswered-question") == [
        (asked.message.message_id,
         "Also, will you take away the old tiled surround when you rip it out, or do we need a skip?")]


def test_a_reply_sentence_on_what_the_customer_told_before_a_request_does_not_answer_it():
    assert unanswered("Re: invoice BW-4398\n\nOur accounts team needs the following before we can process payment:\n"
                      "1. The invoice must be addressed to Harbourside Lettings Ltd, not to Mr Kitto personally.\n"
                      "2. Please add our purchase order number HL-PO-2291.\n"
                      "3. We were charged for 12 people but only 10 attended. Could you confirm whether the two "
                      "no-shows are chargeable under your terms?\n"
                      "Could you also let us know whether you accept payment by BACS?",
                      "Thank you. BACS is absolutely fine - our bank details are at the bottom of the invoice.\n"
                      "I'll reissue the invoice to Harbourside Lettings Ltd tomorrow.",
                      "Please find the reissued invoice attached, now made out to Harbourside Lettings Ltd.") == [
        "Please add our purchase order number HL-PO-2291.",
        "Could you confirm whether the two no-shows are chargeable under your terms?"]


def test_a_sentence_on_one_question_and_no_other_answers_it_in_other_words():
    assert unanswered("Does the grinder shut off when the hopper is empty? And is the burr set removable?",
                      "It does, after about two seconds. The burr set lifts out with the blue lever for cleaning.") == []


def test_a_description_sharing_one_word_does_not_answer_a_request_for_action():
    assert unanswered("Can we get a refund for the unused licences? Please also confirm the account is closed.",
                      "Refunds follow the terms in our customer agreement. The account is closed as of today.") == [
        "Can we get a refund for the unused licences?"]
    assert unanswered("Is the refund policy the same for licences? Please also confirm the account is closed.",
                      "Refunds follow the terms in our customer agreement. The account is closed as of today.") == []


def test_what_is_left_of_a_hand_over_answers_nothing():
    assert unanswered("Can your studio retouch 40 portraits by May? Also, do you print on canvas?",
                      "Retouching jobs sit with Priya, so I've passed your mail on to her.") == [
        "Can your studio retouch 40 portraits by May?", "Also, do you print on canvas?"]


def test_the_statements_around_two_questions_speak_for_neither_when_a_sentence_is_claimed():
    assert unanswered("I bought the Atlas 3 tent last week. Will it stand up to strong wind? "
                      "Also, does it come with a footprint or is that extra?",
                      "Good news - the Atlas 3 tent handles strong gusts well.") == [
        "Also, does it come with a footprint or is that extra?"]
    assert unanswered("I bought the Atlas 3 tent last week. Will it stand up to strong wind? "
                      "Also, does it come with a footprint or is that extra?",
                      "Good news - the Atlas 3 tent handles strong gusts well. A footprint costs EUR 25 extra.") == []


def test_is_that_is_answered_by_that_is():
    assert unanswered("The zip on my new jacket split after a week. Is that a known fault? Can you replace it?",
                      "That's a batch issue we've seen a few times this month. A replacement left our warehouse "
                      "today.") == []


def test_a_thing_asked_about_is_answered_by_it():
    assert unanswered("Is the yoga mat non-slip on wooden floors? And how thick is it?",
                      "It grips well on wood and on tiles. The mat is 6 mm thick.") == []


def test_what_support_will_do_is_no_answer_to_can_you():
    assert unanswered("Thanks, that fixed it. Can you also switch on the new dashboard for our account?",
                      "Great to hear! I'll close this ticket now.") == [
        "Can you also switch on the new dashboard for our account?"]


def test_a_thin_question_is_answered_by_the_kind_of_answer_only_it_asks_for():
    assert unanswered("Can I move my seat to the front row? If so, how much extra is it?",
                      "Of course - the front row is EUR 35 more and I can change it straight away.") == []


def test_you_are_welcome_to_is_a_yes():
    assert unanswered("I was wondering whether I can bring a birthday cake to the party room. Is there a cleaning fee?",
                      "You're welcome to bring your own dessert - cleaning is GBP 20 per booking.") == []


def test_a_regretful_statement_of_what_there_is_answers():
    assert unanswered("Hallo, ich wollte fragen, ob Sie nach Polen liefern. Gibt es den Schrank auch in Eiche?",
                      "Den Schrank gibt es leider nur in Kiefer und Weiß. Nach Polen liefern wir ab 100 Euro.") == []


# --- chasers, names, and what a promise refers to ------------------------------------------------

def test_a_chasers_own_question_is_answered_by_the_reply_that_follows_it():
    first = msg(0, C, "We sent you the booking form for the on-site training in our Frankfurt office.")
    chaser = msg(30, C, "Any update on the Frankfurt workshop booking?")
    result = audit_case(case(first, msg(1, S, "Thanks Dana, noted."), chaser,
                             msg(31, S, "Sorry for the wait, Dana. The room is confirmed for 12 March and the trainer "
                                        "arrives at 9:30 with all materials; lunch is provided for all 14 participants "
                                        "and the certificates follow by post a week later.")),
                        DEFAULTS, at(40))
    assert findings(result, "unanswered-question") == []


def test_a_chaser_naming_an_earlier_question_passes_its_answer_on():
    first = msg(0, C, "Is the export scheduled nightly? Could you also share the data dictionary so we can map "
                      "the columns?")
    reply = msg(1, S, "Yes, the export runs every night at 02:00.")
    chaser = msg(30, C, "Just following up on the data dictionary - could you send it over?")
    result = audit_case(case(first, reply, chaser, msg(31, S, "Sorry, I missed that. Here it is, attached.")),
                        DEFAULTS, at(40))
    assert findings(result, "unanswered-question") == []


def test_the_customers_own_name_is_no_topic():
    asked = msg(0, C, "Thanks, that worked. Can you also add my colleague to the billing contacts?\n\nMorgan",
                name="Morgan Reyes")
    result = audit_case(case(asked, msg(1, S, "Glad it worked, Morgan!")), DEFAULTS, at(2))
    assert findings(result, "unanswered-question") == [
        (asked.message.message_id, "Can you also add my colleague to the billing contacts?")]


def test_a_promise_about_what_the_sentence_before_it_named_defers_no_other_question():
    asked = msg(0, C, "Is there a ready-made checklist for the audit? Also, can it be exported to PDF?")
    promise = msg(1, S, "There isn't a public one, but I have a checklist from another client. "
                        "I'll tidy it up and send it to you by Friday.")
    result = audit_case(case(asked, promise), DEFAULTS, at(200))
    assert findings(result, "unanswered-question") == [(asked.message.message_id, "Also, can it be exported to PDF?")]
    assert len(findings(result, "missed-follow-up")) == 1


def test_light_verbs_and_prepositions_name_no_topic():
    assert unanswered("The sync failed again last night. Can you take another look?",
                      "This time the token was valid. Your firewall blocks our servers every night at 01:00 because "
                      "of a new policy your IT team rolled out last month, so please ask them to allow-list "
                      "sync.example and the nightly run will go through again.") == []


def test_things_asked_about_are_answered_by_they_even_in_a_clause_of_a_sentence_that_answers_another():
    assert unanswered("Do the earbuds work with a Pixel 8? Can I use them for calls?",
                      "They pair with any Bluetooth phone, Pixels included, and the built-in mic handles calls "
                      "well.") == []


def test_a_question_an_unnamed_promise_took_up_is_judged_by_its_late_delivery():
    asked = msg(0, C, "Can I get a credit for last week's outage? Could you also confirm when my contract ends?")
    promise = msg(1, S, "Let me look into this and I'll get back to you tomorrow.")
    late = msg(100, S, "A credit of 15 EUR has been applied to your next invoice.")
    result = audit_case(case(asked, promise, late), DEFAULTS, at(101))
    assert findings(result, "unanswered-question") == [
        (asked.message.message_id, "Could you also confirm when my contract ends?")]
    assert len(findings(result, "missed-follow-up")) == 1


def test_a_reply_that_opens_with_done_answers_the_request_asked_first():
    assert unanswered("Please update my billing address to 4 Elm Road. Please also cancel the spare SIM.",
                      "Done - it's on your account from today. The spare SIM is cancelled as well.") == []


def test_a_reply_of_pleasantries_only_answers_no_single_question():
    assert unanswered("Thanks! One more thing - what's the best way to clean the filter?",
                      "You're welcome, glad it's all sorted! Have a great weekend.") == [
        "One more thing - what's the best way to clean the filter?"]


def test_a_spanish_perfect_reports_a_request_done():
    assert unanswered("Por favor, cancelen la suscripción de mi hija. ¿Me envían también el último recibo?",
                      "Le envío adjunto el recibo.\n\nHe anulado la suscripción de Marta; no habrá más cargos.") == []


def with_file(message, name: str = "document.pdf"):
    """A case message that carries a file."""
    return replace(message, message=replace(message.message, attachments=(name,)))


def test_a_reply_carrying_a_file_answers_the_request_to_send_a_document():
    asked = msg(0, C, "Hello,\n\nPlease send us the delivery note for order 7731 as a PDF. Can you add our cost centre "
                      "C-88 to it?\n\nKim")
    reply = with_file(msg(5, S, "Hi Kim,\n\nAttached - cost centre C-88 is now printed in the header.\n\nSam"))
    result = audit_case(case(asked, reply), DEFAULTS, at(10))
    assert findings(result, "unanswered-question") == []


def test_one_file_answers_no_request_when_two_documents_are_asked_about():
    asked = msg(0, C, "Hello,\n\nI need the quote re-issued with our new street name. Please also send the invoice for "
                      "order 5512 to our accountant.\n\nKim")
    reply = with_file(msg(5, S, "Hi Kim,\n\nAttached is the quote, re-issued with the new street name.\n\nSam"))
    assert findings(audit_case(case(asked, reply), DEFAULTS, at(10)), "unanswered-question") == [
        (asked.message.message_id, "Please also send the invoice for order 5512 to our accountant.")]


def test_a_file_named_as_another_document_leaves_the_first_request_for_a_document_open():
    asked = msg(0, C, "Hello,\n\nWe're selling the house and the buyers' solicitor wants paperwork for the shutters you "
                      "fitted in 2022. Could you send me a copy of the guarantee certificate? And can you confirm "
                      "whether the guarantee transfers to the new owners?\n\nRichard")
    reply = with_file(msg(4, S, "Dear Mr Abbott,\n\nCongratulations on the sale. Our 10-year guarantee stays with the "
                                "property, so the new owners are covered until June 2032. I've attached a copy of your "
                                "original invoice (LF-21193), which shows the fitting date.\n\nHollie"), "INV-21193.pdf")
    assert findings(audit_case(case(asked, reply), DEFAULTS, at(10)), "unanswered-question") == [
        (asked.message.message_id, "Could you send me a copy of the guarantee certificate?")]


def test_a_yes_answers_the_yes_no_question_beside_a_document_the_file_answered():
    asked = msg(0, C, "Can you send me the receipt for my hiking boots? Does it show the VAT?")
    result = audit_case(case(asked, with_file(msg(5, S, "Attached. Yes."))), DEFAULTS, at(10))
    assert findings(result, "unanswered-question") == []


def test_an_amount_answers_a_question_that_only_asks_what_it_costs():
    asked = msg(0, C, "Hi,\n\nMy charging cable frayed. Can I order just the cable? How much is it?\n\nLee")
    result = audit_case(case(asked, msg(5, S, "Hi Lee,\n\nYes, spare cables are EUR 15: https://shop.example/cables\n\nSam")),
                        DEFAULTS, at(10))
    assert findings(result, "unanswered-question") == []


def test_a_pleasantry_of_two_dashed_clauses_answers_no_single_question():
    asked = msg(0, C, "The blender arrived, thanks. Can you tell me how to descale it?")
    result = audit_case(case(asked, msg(5, S, "Hi,\n\nLovely to hear it arrived - enjoy the new blender!\n\nSam")),
                        DEFAULTS, at(10))
    assert findings(result, "unanswered-question") == [(asked.message.message_id, "Can you tell me how to descale it?")]


def test_a_plea_in_a_chaser_asks_the_earlier_plea_again_and_one_answer_answers_both():
    first = msg(0, C, "Hello,\n\nmy laptop has been in your workshop for a week (R-5120). What's the status?\n\nNoor")
    chaser = msg(30, C, "Hello,\n\nI'm still waiting for an answer. What about my laptop?\n\nNoor")
    reply = msg(32, S, "Hello Noor,\n\nThe keyboard has been replaced and the laptop goes back to you today.\n\nSam")
    result = audit_case(case(first, msg(2, S, "Hello Noor,\n\nI'll ask the workshop and get back to you by tomorrow.\n\nSam"), chaser, reply), DEFAULTS, at(40))
    assert findings(result, "unanswered-question") == []


def test_a_promise_after_an_answer_to_the_matter_leaves_a_request_in_passing_open():
    asked = msg(0, C, "Our combi oven shows error E34 and won't heat. What should we do?\n\n"
                      "Also, could you update our billing e-mail to accounts@bistro.example?")
    reply = msg(2, S, "Error E34 usually means the temperature probe. I'm passing your case to our technicians "
                      "and will get back to you by Thursday with a visit date.")
    result = audit_case(case(asked, reply), DEFAULTS, at(200))
    assert [d for _, d in findings(result, "unanswered-question")] == [
        "Also, could you update our billing e-mail to accounts@bistro.example?"]
    assert len(findings(result, "missed-follow-up")) == 1


def test_a_reply_that_is_only_a_promise_defers_every_question_it_leaves_open():
    asked = msg(0, C, "Do you have the 56 cm frame in stock? And could you check the lead time for the 58 cm?")
    result = audit_case(case(asked, msg(2, S, "Let me check with the warehouse and get back to you tomorrow.")),
                        DEFAULTS, at(200))
    assert findings(result, "unanswered-question") == []
    assert len(findings(result, "missed-follow-up")) == 1


def test_a_good_wish_in_spanish_answers_no_single_question():
    asked = msg(0, C, "Perfecto, gracias. Una cosa más: ¿el colchón viene enrollado al vacío o en plano?")
    reply = msg(5, S, "Hola Andrés:\n\n¡Gracias a usted! Esperamos que disfrute mucho de su nuevo colchón.\n\nMarta")
    assert findings(audit_case(case(asked, reply), DEFAULTS, at(10)), "unanswered-question") == [
        (asked.message.message_id, "Una cosa más: ¿el colchón viene enrollado al vacío o en plano?")]


def test_a_promise_on_another_matter_of_the_message_does_not_defer_its_questions():
    asked = msg(0, C, "Hola:\n\nNecesito renovar la receta de Toby (Vetoryl 30 mg). ¿Pueden enviarme las pastillas a "
                      "casa en lugar de recogerlas en la clínica? ¿Podrían enviarme también el certificado de vacunación "
                      "actualizado?\n\nMarta")
    reply = msg(2, S, "Hola, Marta:\n\nHe pasado la solicitud de Vetoryl al Dr. Patel para que la autorice; le escribo "
                      "el lunes en cuanto la firme.\n\nLucía")
    result = audit_case(case(asked, reply), DEFAULTS, at(400))
    assert [d for _, d in findings(result, "unanswered-question")] == [
        "¿Pueden enviarme las pastillas a casa en lugar de recogerlas en la clínica?",
        "¿Podrían enviarme también el certificado de vacunación actualizado?"]
    assert len(findings(result, "missed-follow-up")) == 1


def test_a_promise_naming_what_it_defers_is_no_answer_to_it():
    asked = msg(0, C, "Bonjour,\n\nJe voudrais savoir si la stérilisation de Mina est couverte par le plan.\n\nSophie")
    reply = msg(2, S, "Bonjour,\n\nPour la stérilisation de Mina, je vérifie avec notre service comptable et je reviens "
                      "vers vous d'ici mardi.\n\nCamille")
    result = audit_case(case(asked, reply), DEFAULTS, at(400))
    [question_note] = [note for _, note in result.notes if note.startswith("question")]
    assert "deferred by the promise" in question_note


def test_a_promise_on_what_the_first_question_calls_it_defers_that_question():
    asked = msg(0, C, "Hi,\n\nHMRC sent a new tax code (1100L) for one of our mechanics. Has LedgerLark picked it up "
                      "automatically? He also says he's on student loan plan 2 - how do I change it?\n\nSimon")
    reply = msg(2, S, "Hi Simon,\n\nChange the student loan plan under Employees > Deductions > Plan 2.\n\nOn the tax "
                      "code, I'll confirm whether the 1100L notice has been applied by end of day.\n\nOwen")
    result = audit_case(case(asked, reply), DEFAULTS, at(400))
    assert findings(result, "unanswered-question") == []
    assert len(findings(result, "missed-follow-up")) == 1


@pytest.mark.parametrize("question", ["Est-ce que vous pouvez toujours les nettoyer de la même façon ?",
                                      "¿Pueden limpiarlas igual que antes?"])
def test_a_promise_on_what_a_romance_pronoun_stands_for_defers_the_question(question):
    asked = msg(0, C, "Bonjour,\n\nNous avons changé les vitres de la devanture, elles sont en verre dépoli. "
                      f"{question} Merci aussi d'envoyer les factures par e-mail.\n\nÉmilie")
    reply = msg(2, S, "Bonjour,\n\nPour le verre dépoli, je vérifie avec notre chef d'équipe; je vous réponds demain."
                      "\n\nAmélie")
    result = audit_case(case(asked, reply), DEFAULTS, at(4000))
    [(_, unanswered)] = findings(result, "unanswered-question")
    assert "factures" in unanswered
    assert len(findings(result, "missed-follow-up")) == 1


def test_a_plea_to_hear_where_the_matter_stands_is_answered_by_the_next_reply():
    asked = msg(0, C, "Hello,\n\nOur invoice C-1204 for the contract translation includes a rush fee of £120. We asked for "
                      "delivery on 6 November, your standard turnaround. Why has the rush fee been added?\n\nGareth")
    promise = msg(2, S, "Dear Gareth,\n\nThanks for flagging this. I'll check the job notes with the project manager and "
                        "get back to you tomorrow.\n\nOwen")
    chaser = msg(150, C, "Hello Owen,\n\nI'm still waiting to hear back about the rush fee on C-1204. Could you let me "
                         "know where this stands? Our accounts team wants to pay this week.\n\nGareth")
    answer = msg(170, S, "Dear Gareth,\n\nApologies for the delay. The source document was replaced on 3 November "
                         "with a version 12 pages longer, which moved the job into our 48-hour tier. As nobody told you "
                         "that at the time, I have taken the charge off.\n\nOwen")
    result = audit_case(case(asked, promise, chaser, answer), DEFAULTS, at(200))
    assert findings(result, "unanswered-question") == []
    assert len(findings(result, "customer-chased")) == 1


def test_asking_in_german_how_it_looks_is_answered_by_the_next_reply():
    asked = msg(0, C, "Hallo Frau Brandt,\n\nunsere Genua ist seit letzter Woche bei Ihnen. Lohnt sich die Reparatur "
                      "noch?\n\nViele Grüße\nSabine Krüger")
    chaser = msg(150, C, "Hallo Frau Brandt,\n\nich warte immer noch auf eine Antwort zu unserer Genua. Wie sieht es "
                         "denn aus?\n\nViele Grüße\nSabine Krüger")
    answer = msg(170, S, "Hallo Frau Krüger,\n\nentschuldigen Sie die Verzögerung. Die Reparatur lohnt sich: nur das "
                         "Achterliek muss neu gemacht werden, das kostet 310 £.\n\nViele Grüße\nAnnika Brandt")
    result = audit_case(case(asked, chaser, answer), DEFAULTS, at(200))
    assert findings(result, "unanswered-question") == []


def test_a_promise_to_send_one_thing_does_not_defer_a_request_to_send_another():
    asked = msg(0, C, "Dear team,\n\nWe need around 40 transcripts translated each term. Could you offer us a framework "
                      "price per transcript? Could you send a sample of a certified transcript translation?\n\nRebecca")
    promise = msg(20, S, "Dear Rebecca,\n\nI need to agree the rate with our team first, and I'll send you a framework "
                         "proposal tomorrow.\n\nRajesh")
    delivery = msg(100, S, "Dear Rebecca,\n\nOur proposal is attached: £34 per transcript, five working days.\n\n"
                           "Rajesh")
    result = audit_case(case(asked, promise, delivery), DEFAULTS, at(300))
    assert findings(result, "unanswered-question") == [
        (asked.message.message_id, "Could you send a sample of a certified transcript translation?")]
    assert len(findings(result, "missed-follow-up")) == 1


def test_a_promise_handing_the_whole_message_on_defers_every_question_it_names_or_not():
    asked = msg(0, C, "I run a small brewery. Would you let us supply a couple of kegs for the wedding? And is there "
                      "a charge for your bar staff pouring it?")
    reply = msg(2, S, "What a lovely idea. Our bar manager Tamsin handles all the drinks - I've passed your email to "
                      "her and she'll be in touch by Friday.")
    result = audit_case(case(asked, reply), DEFAULTS, at(400))
    assert findings(result, "unanswered-question") == []
    assert len(findings(result, "missed-follow-up")) == 1


def test_a_promise_on_one_question_leaves_the_other_unanswered_when_the_message_is_not_handed_on():
    asked = msg(0, C, "Would you let us supply a couple of kegs for the wedding? And is there a charge for your bar "
                      "staff pouring it?")
    reply = msg(2, S, "Our bar manager Tamsin handles the bar staff and will be in touch by Friday about their charge.")
    result = audit_case(case(asked, reply), DEFAULTS, at(400))
    assert [d for _, d in findings(result, "unanswered-question")] == [
        "Would you let us supply a couple of kegs for the wedding?"]


def test_a_chaser_asking_whether_support_spoke_to_a_colleague_is_answered_by_the_reply_that_follows():
    asked = msg(0, C, "Pourriez-vous m'envoyer un devis pour le réglage de mon Pleyel ?")
    promise = msg(2, S, "Je vois avec Tom et je reviens vers vous d'ici vendredi avec le devis.")
    chaser = msg(150, C, "Je me permets de vous relancer au sujet du devis. Avez-vous pu en parler avec M. Ashby ?")
    reply = msg(160, S, "Pour un réglage complet de la mécanique, Tom prévoit une journée : 360 £, accord compris.")
    result = audit_case(case(asked, promise, chaser, reply), DEFAULTS, at(200))
    assert findings(result, "unanswered-question") == []


def test_a_price_asked_in_other_words_is_deferred_by_a_promise_to_come_back_with_a_price():
    asked = msg(0, C, "Do you do foil blocking in-house? If so, roughly how much would it add for 120 cards?")
    promise = msg(2, S, "We do foil blocking in-house, but copper is a special foil. Let me check with the workshop "
                        "whether it takes on the 600gsm board and I'll come back to you with a price.")
    result = audit_case(case(asked, promise), DEFAULTS, at(300))
    assert findings(result, "unanswered-question") == []
    assert len(findings(result, "missed-follow-up")) == 1


def test_a_promise_to_come_back_on_the_rest_defers_what_the_reply_left_open():
    asked = msg(0, C, "The thermostat shows 24 degrees but the display on the boiler says 21. Which one is right? "
                      "Our gas bills have doubled since October, so could you please review all the settings?")
    reply = msg(2, S, "21 is the reading to trust: the thermostat sits above the radiator. For the rest I'd like to go "
                      "through your meter readings with our engineer, and I'll come back to you early next week.")
    result = audit_case(case(asked, reply), DEFAULTS, at(400))
    assert findings(result, "unanswered-question") == []
    assert len(findings(result, "missed-follow-up")) == 1


# --- learnt from practice59-61 -------------------------------------------------------------------

def test_an_inline_answer_under_the_last_quote_is_read_without_the_signature_below_it():
    assert unanswered(
        "Please send a copy of the credit note for the returned vases, I can't find it anywhere.\n"
        "What is the total outstanding on the account?",
        "Hi Martin,\n\n> What is the total outstanding on the account?\n\n£1,284.60 inc VAT.\n\n"
        "> Please send a copy of the credit note for the returned vases, I can't find it anywhere.\n\n"
        "Also attached (CN-0412).\n\nRegards,\nGareth\n\nGareth Lusk\nCorporate Accounts | Hazelwick Flowers Ltd\n"
        "Unit 3, Stephenson Way, Three Bridges, Crawley RH10 1TN | 01293 555 0190\n"
        "This email and any attachments are confidential. If you have received it in error, please let us know.") == []


def test_what_it_would_cost_is_answered_by_a_sum_in_pounds_written_out():
    assert unanswered("¿Podrían decorar la habitación con pétalos de rosa y unas velas antes de las 18h? ¿Cuánto "
                      "costaría?",
                      "¡Enhorabuena! Sí, lo hacemos: pétalos de rosa roja sobre la cama y 20 velas LED, por 180 "
                      "libras en total.") == []


def test_the_latest_date_asked_for_is_answered_by_a_date_beside_its_subject():
    assert unanswered("Please also put our purchase order number PO-88213 on the invoice this year. And what's the "
                      "latest date I can confirm numbers?",
                      "If you can give me final numbers by Friday 27 November, that's perfect.") == [
        "Please also put our purchase order number PO-88213 on the invoice this year."]


def test_how_often_is_answered_by_a_frequency():
    assert unanswered("Llevamos dos inviernos con la estufa y me surgen varias dudas:\n\n"
                      "- ¿Cada cuánto hay que hacer la revisión? El instalador nos dijo que una vez al año.\n"
                      "- El cristal se pone negro enseguida. ¿Es por la leña o por la estufa?\n"
                      "- ¿La garantía cubre la rejilla?",
                      "Una vez al año es suficiente para una estufa de uso doméstico. Lo del cristal casi siempre es "
                      "la leña: con más de un 20 % de humedad se ennegrece en una hora.") == [
        "¿La garantía cubre la rejilla?"]


def test_a_request_for_a_date_is_answered_by_the_date_offered():
    assert unanswered("Pourriez-vous me proposer une date fin novembre ? Je voudrais aussi savoir si vous pouvez "
                      "faire une inspection par caméra du conduit du poêle.",
                      "Dai peut passer le lundi 30 novembre à 9 h pour les trois conduits ; comptez 75 £ pour le "
                      "premier. L'inspection caméra du conduit du poêle est possible le même jour (120 £).") == []


def test_days_offered_before_asking_which_suits_answer_the_earliest_date_asked():
    assert unanswered("Our family are coming for Christmas. What's the earliest you could sweep before the 23rd?",
                      "Christmas week is filling up fast, but I've still got Monday 21 December at 9:30 or Tuesday "
                      "22nd at 2pm - which would you like?") == []


def test_a_plea_for_any_reply_is_answered_by_the_reply_that_follows_it():
    first = msg(0, C, "Est-ce que vous avez un vin effervescent sans alcool ?")
    plea = msg(30, C, "Je n'ai pas eu de réponse à mon message de jeudi dernier. Pourriez-vous me répondre quand "
                      "vous aurez un moment ?")
    reply = msg(31, S, "Oui, nous avons deux effervescents sans alcool : le Wealdbrook Zero (11,50 £) et un crémant "
                       "désalcoolisé (13,95 £).")
    assert findings(audit_case(case(first, plea, reply), DEFAULTS, at(40)), "unanswered-question") == []


def test_asking_whether_support_knows_anything_yet_is_answered_by_the_next_reply():
    first = msg(0, C, "Hoy tenían que entregar un ramo a mi madre (pedido HZ-5233). ¿Me pueden decir si ya se "
                      "entregó y a qué hora?")
    chaser = msg(8, C, "Perdonen la insistencia, pero sigo sin saber nada. ¿Saben ya algo del ramo?")
    reply = msg(9, S, "Sí, se entregó hoy a las 11:42; lo recogió su vecina, la señora Patel.")
    assert findings(audit_case(case(first, chaser, reply), DEFAULTS, at(20)), "unanswered-question") == []


def test_nothing_extra_to_pay_answers_whether_there_is_a_charge():
    assert unanswered("Can it come back on Saturday morning instead? Will there be a charge for the second delivery?",
                      "Saturday 21st, 8am-12pm is booked, and there's nothing extra to pay for the redelivery.") == []


def test_the_sentence_announcing_a_list_is_no_question_and_its_items_are_asked():
    assert unanswered("Hi,\n\nWe're getting married on Friday 4 December at Loseley Park and I'm trying to get the drinks "
                      "sorted. Could you help with the following?\n\n"
                      "1. A price for 10 cases of your house Prosecco (the Villa Sabbioni one)\n"
                      "2. Delivery to the venue on the Thursday - is that possible?\n"
                      "3. Do you loan glasses?\n"
                      "4. Could we come in and taste the three sparkling options before we commit?\n"
                      "5. Do you supply ice as well, or should we get that elsewhere?\n\nThanks very much,\nSophie",
                      "Hi Sophie,\n\nCongratulations! 10 cases of the Villa Sabbioni come to £1,020 (£8.50 a bottle with our 15 % "
                      "wedding discount). Thursday 3 December at Loseley is fine, any time between 9 and 5, and "
                      "glasses come free with it - 150 flutes, if that suits.\n\nBest,\nFelix") == [
        "Could we come in and taste the three sparkling options before we commit?",
        "Do you supply ice as well, or should we get that elsewhere?"]


def test_a_question_answered_through_the_one_built_on_it_is_answered():
    assert unanswered("We're booked into the Larch cabin from Friday. Any chance of an early check-in? And if so, "
                      "what's the earliest we could arrive?",
                      "Nobody is in Larch on Thursday night, so you're welcome to arrive from 11am.") == []


def test_asking_whether_support_can_do_it_is_answered_by_the_price_for_doing_it():
    assert unanswered("The screen on our workshop laptop has gone all stripy. Can you replace it? Please let me know "
                      "the price.",
                      "That model has the FHD non-touch panel, which we have in stock: £139 fitted, about two hours on "
                      "the bench.") == []


def test_how_long_is_answered_by_a_duration_in_words():
    assert unanswered("Bonjour, faites-vous aussi des robes de mariée sur mesure ? J'aimerais également savoir "
                      "combien de temps il faut prévoir entre la commande et la livraison.",
                      "Oui, c'est une grande partie de notre travail. Il faut compter huit à dix semaines, avec deux "
                      "essayages.") == []


def test_a_link_naming_what_was_asked_after_shows_there_is_one():
    assert unanswered("How much is a bag of kindling? And is there a map of the cycle routes anywhere?",
                      "£6.\n\nhttps://larchwood.example/cycle-routes") == []


def test_asking_to_be_kept_posted_is_answered_by_the_next_reply():
    first = msg(0, C, "Bonjour, pouvez-vous m'envoyer deux coussins de rechange pour le canapé Alba ?")
    chaser = msg(50, C, "Bonjour, je me permets de vous relancer au sujet de ma demande. Merci de me tenir au courant.")
    reply = msg(51, S, "Bonjour, les deux coussins sont partis ce matin par Colissimo (suivi 8R0042187).")
    assert findings(audit_case(case(first, chaser, reply), DEFAULTS, at(60)), "unanswered-question") == []


def test_a_price_asked_for_in_spanish_is_answered_by_an_amount():
    assert unanswered("Tenemos tres ventanas en el salón que ya no cierran bien. ¿Podrían venir el jueves? ¿Y me "
                      "podrían decir el precio aproximado?",
                      "El jueves a las 10 nos va perfecto. Cuente con unos 90 € por ventana, material incluido.") == []


def test_a_compound_names_the_two_words_the_question_wrote_apart():
    assert unanswered("Wir kommen im Mai mit zwei Kindern und unserem Hund. Gibt es einen Spielplatz in der Nähe? "
                      "Und welche Regeln gelten für Hunde auf dem Hof?",
                      "Im Dorf, fünf Minuten zu Fuß, ist ein großer Spielplatz. Die Hunderegeln sind einfach: an "
                      "der Leine bei den Schafen, frei auf der Hundewiese.") == []


def test_yes_on_both_counts_answers_both_questions():
    assert unanswered("We want to record a podcast with three hosts. Do you have three broadcast mics we could use? "
                      "Would we get each voice on a separate track?",
                      "Yes on both counts: Studio B has three SM7Bs, and every mic goes to its own channel.") == []


def test_a_distance_in_a_sentence_another_question_takes_still_answers_how_far():
    assert unanswered("Mi padre usa silla de ruedas. ¿El camino desde el aparcamiento hasta la casa es de grava? "
                      "¿A qué distancia está el aparcamiento?",
                      "El coche se queda a 30 metros de la puerta, y el camino es de losa lisa, sin escalones.") == []


def test_a_promise_to_come_back_with_the_places_defers_asking_whether_there_is_room():
    assert "¿Queda sitio para ocho?" not in unanswered(
        "Somos ocho amigos. He visto que hacen una cena de fin de año en el granero. ¿Queda sitio para ocho? ¿Qué "
        "incluye el menú?",
        "¡Gracias por escribir! La cena está casi completa, así que lo consulto con cocina y le escribo el lunes con "
        "las plazas y el precio.")


def test_asking_for_compensation_is_answered_by_a_refund():
    assert unanswered("Le moteur est tombé en panne le deuxième jour et le mécanicien n'est venu que le lendemain soir. "
                      "Pouvez-vous nous proposer un dédommagement ?",
                      "Toutes nos excuses. La direction a accepté de vous rembourser une journée, soit 160 €, sur "
                      "votre carte.") == []


def test_how_tall_is_answered_by_a_size():
    assert unanswered("How tall is the Fenwick bookcase exactly? The product page says 190 cm and the manual 175 cm. "
                      "Can it stand under a sloping ceiling?",
                      "175 cm - the 190 on the product page is a typo we're correcting. Under a slope it won't "
                      "work, sorry: the top must sit against a flat ceiling.") == []


def test_sending_in_german_is_sending_for_a_promise():
    assert "Können Sie mir die anderen zuschicken?" not in unanswered(
        "Für unsere Steuererklärung brauche ich alle Rechnungen dieses Jahres. Im Konto sehe ich nur zwei. Können Sie "
        "mir die anderen zuschicken? Und haben Sie die Hundedecke auch in Grau?",
        "Die Decke gibt es in Grau, ja. Die Rechnungen von Januar bis September suche ich heraus und schicke sie "
        "Ihnen bis Freitag.")


def test_a_promise_to_confirm_the_date_defers_asking_when():
    assert "Cuándo podrían venir a medir?" not in " ".join(unanswered(
        "Queremos cambiar las dos ventanas del dormitorio. ¿Cuándo podrían venir a medir? ¿Hacen también las "
        "persianas?",
        "Sí, también hacemos persianas. El técnico está cerrando su agenda y le confirmo la fecha mañana."))


def test_the_reason_before_a_question_is_not_what_it_asks():
    assert unanswered("Our decorators have been told to expect your crew, so could you let me know when you could "
                      "fit us in? Please also send the invoice to our office.",
                      "I've booked you for Thursday 12 March, arriving about 8:30. The invoice will go to the "
                      "office.") == []


def test_naming_the_option_preferred_with_a_consent_answers_it():
    assert unanswered("What's the deadline for the spring order? And can I pay the deposit by card rather than "
                      "cheque?",
                      "The deadline is 14 February.\n\nCard's fine: https://pay.example/deposit/5521") == []


def test_a_number_asked_for_by_name_is_answered_by_the_bare_number():
    assert unanswered("What's your company registration number? Our procurement team needs it. And can you send "
                      "the signed contract back by Friday?",
                      "08 812 443\n\nThe signed contract is attached.") == []


def test_which_colours_is_answered_by_naming_them():
    assert unanswered("We'd like the composite decking for the back garden. What colours does it come in? Is the "
                      "price per square metre the same for the steps?",
                      "Sand, walnut, charcoal and slate grey. Charcoal hides marks best. The steps are £95 per "
                      "square metre, as they need a riser board.") == []


def test_a_level_asked_for_by_name_is_answered_by_the_figure():
    assert unanswered("My hygrometer read 75% in the archive room on Sunday. What level is the room supposed to "
                      "be kept at?",
                      "Between 40 and 55% is normal for paper, so I've asked our engineer to check the "
                      "dehumidifier.") == []


def test_how_early_is_answered_by_a_time_before():
    assert unanswered("We're crossing with the car on the 29th. When is the winter timetable out? And how early do "
                      "we need to be at the harbour?",
                      "The winter timetable has been online since Monday. Please join the vehicle queue at least "
                      "45 minutes before departure.") == []


def test_a_plea_to_sort_it_out_is_answered_by_the_fix():
    assert unanswered("I still haven't had my £200 deposit back for the van. When will it be refunded? The scuff "
                      "you mention was there when I picked it up - it's on my photos, attached. Can you please sort "
                      "this out?",
                      "Thanks for the photos - they show the scuff clearly before your hire, so the full £200 went "
                      "back to your card this morning.") == []


def test_a_plea_to_be_told_in_german_is_answered_by_the_news():
    assert unanswered("Wann können Sie den Sessel abholen? Ich warte außerdem immer noch auf den Preis für die "
                      "Reparatur. Können Sie mir bitte Bescheid geben?",
                      "Wir holen den Sessel am Dienstag ab. Die Reparatur kostet 180 €, der Bezug ist darin "
                      "enthalten.") == []


def test_a_question_of_one_word_and_a_pronoun_is_deferred_by_a_promise_on_what_it_points_to():
    assert unanswered("Can you book me in for a lesson on Tuesday? Also, the October invoice charges me twice for "
                      "the same lesson. Please correct it.",
                      "Tuesday at 4pm is booked for you. As for the invoice, I'll ask our accounts team to look at "
                      "it and come back to you this week.") == []


def test_what_to_wear_is_answered_by_the_clothes():
    assert unanswered("We've booked the family shoot for Saturday. What should the children wear?",
                      "Comfortable clothes in two or three soft colours work best, nothing with big logos.") == []


def test_what_to_wear_is_answered_by_naming_the_things_to_wear():
    assert unanswered("My son starts the Saturday climbing taster next week. What should he wear for it? And are "
                      "parents allowed to stay and watch?",
                      "Parents can watch from the café balcony. Trainers, loose trousers and a t-shirt are fine; we "
                      "lend the harness.") == []


def test_wear_and_tear_asked_is_not_answered_by_naming_things_to_wear():
    assert unanswered("My daughter's tap shoes split at the sole after six weeks. What kind of wear and tear is "
                      "covered by your guarantee?",
                      "Sorry to hear that. Our leotards and tights can be exchanged within a month, with the "
                      "receipt.") == [
        "What kind of wear and tear is covered by your guarantee?"]


def test_a_measure_asked_by_its_name_is_answered_by_the_figure():
    assert unanswered("About order C-41150: what's the total weight of the four radiators? And can you deliver "
                      "on a Saturday?",
                      "412 kg all in. Saturdays are fine, we'll bring them on the 12th.") == []


def test_a_price_per_square_metre_is_answered_by_the_price_per_m2():
    assert unanswered("Je cherche des carreaux de ciment pour une cuisine de 12 m². Pourriez-vous m'indiquer le "
                      "prix au mètre carré ? Et livrez-vous à Libourne ?",
                      "Ils sont à 165 € le m², nettoyés et triés. Oui, nous livrons à Libourne le jeudi.") == []


def test_a_plea_to_keep_an_eye_out_is_answered_by_what_was_done_about_the_thing():
    messages = (msg(0, C, "Kemi left her tap shoes in Studio 2 after Saturday's class. Have they turned up?"),
                msg(1, S, "Good news: a pair of tap shoes was handed in on Saturday. They're at reception."),
                msg(2, C, "I picked them up today but they aren't hers - the name inside says R. Patel. Kemi's have a "
                          "pink ribbon tied round the left buckle. Could you keep an eye out for them?"),
                msg(3, S, "Oh no, sorry! I've put the Patel pair back and asked every teacher to check their studio. "
                          "Kemi's shoes (pink ribbon, left buckle) are on the lost property list at the desk, so "
                          "whoever finds them knows where they go."))
    assert findings(audit_case(case(*messages), DEFAULTS, at(5)), "unanswered-question") == []


def test_a_saving_answers_whether_it_works_out_cheaper():
    assert unanswered("Charlie comes to Saturday jazz on pay-as-you-go. Could we switch him to termly billing from "
                      "January? I'd also like to know whether termly works out cheaper over the year.",
                      "That's set up: Charlie moves to termly billing from the spring term. Termly is £9 a class "
                      "against £11 on pay-as-you-go, so you'll save about £24 a term.") == []


def test_a_noun_in_ction_meets_its_verb():
    assert unanswered("We'd like two 6.2 m scaffold towers for two weeks from the 7th - what would that come to? "
                      "Can your team erect and dismantle them for us, as our joiners aren't PASMA trained?",
                      "Two 6.2 m towers for two weeks come to £420 + VAT, delivered. Erection is done by Craig's "
                      "crew, who have that week free.") == []


def test_how_long_is_not_answered_by_a_price_on_its_words():
    assert unanswered("We bought three Victorian doors last week. Could you strip the paint off them? And how long "
                      "would that take for three doors?",
                      "We can - caustic dip and a hand finish is £85 a door, so £255 for the three. I've put them on "
                      "the workshop board.") == ["And how long would that take for three doors?"]


def test_insurance_asked_is_answered_by_what_is_insured():
    assert unanswered("¿Pueden llevar la nevera al segundo piso? ¿Tienen seguro por si se rompe algo durante la "
                      "mudanza?",
                      "Sí, la subimos por la escalera sin problema. Todo lo que transportamos va asegurado hasta "
                      "5.000 €.") == []


def test_a_clause_after_and_with_a_comma_is_its_own():
    assert unanswered("Os escribo desde la escuela de música de Corby: hay que afinar los tres pianos verticales "
                      "antes del concierto de Navidad.\n\n¿Podéis venir un lunes por la mañana, que es cuando no hay "
                      "clases? ¿Hacéis descuento por tres pianos? Y otra cosa: uno tiene un pedal roto, ¿se puede "
                      "arreglar en la misma visita?",
                      "Claro: el afinador puede ir el lunes 30 de noviembre a las 9:00 y, siendo tres pianos, os "
                      "cobramos 230 € en lugar de 255 €.") == [
        "Y otra cosa: uno tiene un pedal roto, ¿se puede arreglar en la misma visita?"]


def test_we_can_going_on_with_another_deed_is_no_yes():
    assert unanswered("We're clearing out my late father's flat. I was wondering whether you buy second-hand "
                      "sewing machines at all? It's a 1970s Bernina in good working order. If not, what would you "
                      "charge to take it away?",
                      "Collection from your area would be £45, which includes recycling. We can usually collect "
                      "within a week of booking.") == [
        "I was wondering whether you buy second-hand sewing machines at all?"]



def test_where_to_put_something_is_answered_by_the_room():
    assert unanswered("The cabinets are being delivered next Wednesday. Where's best to put them? We've got a garage "
                      "but it's quite damp. Also, do the drivers carry everything upstairs?",
                      "First floor is fine - they bring everything up to the kitchen level. Please avoid the garage: "
                      "boxed units are happiest in a dry, heated room, so the lounge is ideal. They'll take up about "
                      "a third of a single room.") == []


def test_a_promise_of_the_amount_defers_how_much():
    assert unanswered("Ellie had to leave the course early. Could you let me know how much will be refunded for the "
                      "six nights she missed? And can the return transfer we didn't use (£75) be refunded too?",
                      "Refunds for medical departures are approved by the Director, who is away until Monday. I'll "
                      "put your case to her and come back to you with the amount by the end of next week. The unused "
                      "transfer will be refunded in full either way.") == []


def test_both_said_of_a_choice_answers_no_yes_no_question_beside_it():
    assert unanswered("Quels chants proposez-vous : droit ou arrondi ? Est-ce que la crédence assortie est comprise "
                      "dans le prix ?",
                      "Les deux sont possibles. Le chant arrondi est le plus courant.") == [
        "Est-ce que la crédence assortie est comprise dans le prix?"]


def test_a_question_asked_only_if_the_deferred_one_is_a_yes_waits_on_the_same_promise():
    asked = msg(0, C, "I think I left my red gloves in the changing room on Sunday afternoon. Has anyone handed them "
                      "in? If so, could you keep them at reception until Friday? That's when I'm next in.")
    reply = msg(2, S, "Sorry to hear that! Sunday's lost property hasn't been sorted yet - I'll go through the box "
                      "this afternoon and let you know what's there.")
    result = audit_case(case(asked, reply), DEFAULTS, at(200))
    assert findings(result, "unanswered-question") == []
    assert len(findings(result, "missed-follow-up")) == 1


def test_a_second_best_asked_if_the_deferred_one_is_a_no_is_a_request_of_its_own():
    asked = msg(0, C, "Are the 5 mg tablets back in stock yet? The website still says sold out. If not, can the vet "
                      "prescribe the 2.5 mg ones in the meantime so my dog doesn't run out?")
    reply = msg(2, S, "Not yet, I'm afraid - the wholesaler has a delay. I'll check with them tomorrow and let you know "
                      "when they're expected.")
    result = audit_case(case(asked, reply), DEFAULTS, at(200))
    assert [d for _, d in findings(result, "unanswered-question")] == [
        "If not, can the vet prescribe the 2.5 mg ones in the meantime so my dog doesn't run out?"]


def test_a_chasers_words_take_no_sentence_from_the_question_it_chases():
    first = msg(0, C, "My father lives in Penrith - do you go that far north? And can the first box start in March?")
    resend = msg(48, C, "Sending this again as I haven't heard anything - perhaps it went astray?\n\n"
                        "My father lives in Penrith - do you go that far north? And can the first box start in March?")
    reply = msg(50, S, "Penrith is the edge of our patch, but yes, we deliver there on Fridays. The first box can "
                       "start whenever you like; I'd suggest Friday 5 March.")
    result = audit_case(case(first, resend, reply), DEFAULTS, at(60))
    assert findings(result, "unanswered-question") == []


def test_a_yes_before_a_colon_answers_the_yes_no_question_and_what_follows_answers_the_next():
    assert unanswered("Hola:\n\nQuería saber si alquiláis jacuzzis para eventos de empresa. Somos un restaurante en "
                      "Poole y estamos pensando en una fiesta de Navidad para el personal en la terraza, el domingo 13 "
                      "de diciembre. ¿Cuánto costaría un día solo, con montaje y recogida? ¿Y hay algún problema si la "
                      "terraza está en un primer piso?\n\nSaludos,\nJorge",
                      "Hola, Jorge:\n\nPerdona el retraso. Sí, hacemos eventos: un día suelto el domingo 13 sale por "
                      "220 £, con montaje el sábado por la tarde y recogida el lunes por la mañana.\n\nUn saludo,\n"
                      "Alba") == ["¿Y hay algún problema si la terraza está en un primer piso?"]


def test_a_length_of_time_given_with_an_article_answers_how_long():
    assert unanswered("Est-ce que vous posez des joints sans changer les fenêtres ? Et j'aimerais savoir si cela "
                      "réduit aussi un peu le bruit de la rue.\n\nDernière chose : combien de temps dure "
                      "l'intervention pour trois fenêtres ? Je télétravaille et je dois m'organiser.",
                      "Oui, nous posons des joints brosse discrets, sans toucher au vitrage. Pour trois fenêtres, "
                      "comptez une journée ; nous travaillons pièce par pièce.\n\nCôté bruit, le gain est réel mais "
                      "modeste.") == []


def test_a_price_list_asked_for_in_french_is_answered_by_the_prices_sent():
    assert unanswered("Bonjour,\n\nJe cherche un four pour mes cuissons. Jusqu'à quelle température montez-vous "
                      "pour le grès ? Pourriez-vous m'envoyer votre grille tarifaire ?\n\nMerci,\nBruno",
                      "Bonjour Bruno,\n\nPour le grès, nous cuisons à 1240 °C. Vous trouverez nos tarifs en pièce "
                      "jointe.\n\nCordialement,\nSolène") == []


def test_coming_back_to_the_customer_names_no_matter_of_taking_things_back():
    asked = msg(0, C, "Our drive is narrow and there's a 2m stone wall between the lane and the garden. Can your crane "
                      "lorry lift the packs over the wall and set them down on the lawn?\n"
                      "Also, will the driver take the pallets back afterwards or are they mine to get rid of?")
    promise = msg(2, S, "The crane on our flatbed reaches 8.5m, but what it can lift at that distance depends on the "
                        "weight of each pack. Let me check with Jago, who drives that round, and I'll come back to you "
                        "tomorrow.")
    chaser = msg(80, C, "Any news from the driver about lifting over the wall?")
    late = msg(90, S, "Jago went past this morning: the crane will put both packs on the lawn, no problem.")
    result = audit_case(case(asked, promise, chaser, late), DEFAULTS, at(200))
    assert [detail for _, detail in findings(result, "unanswered-question")] == [
        "Also, will the driver take the pallets back afterwards or are they mine to get rid of?"]


def test_thanks_for_a_reply_that_answered_only_the_other_points_of_a_list_leave_the_skipped_point_open():
    asked = msg(0, C, "Before I pay the balance next week, a few things:\n"
                      "1. Is the remaining amount £1,020 or has the veil been added to that?\n"
                      "2. Can I pay by bank transfer, and if so what are your details?\n"
                      "3. Does the balance include the steam and storage, or is that extra?\n"
                      "Thanks,\nGeorgia")
    reply = msg(2, S, "Hi Georgia,\n\n1. The veil has been added - the balance is £1,245 (£1,020 for the dress plus "
                      "£225 for the Wren veil).\n2. Yes, bank transfer is fine: Pelham Bridal Ltd, sort code 40-11-62, "
                      "account 71829364.\n\nBest regards,\nTom")
    thanks = msg(3, C, "Thanks Tom!\nGeorgia")
    result = audit_case(case(asked, reply, thanks), DEFAULTS, at(50))
    assert [detail for _, detail in findings(result, "unanswered-question")] == [
        "Does the balance include the steam and storage, or is that extra?"]


def test_thanks_do_not_settle_a_bulleted_point_the_reply_never_spoke_of():
    asked = msg(0, C, "My twins loved the October camp and want to do the Christmas one. A few things:\n"
                      "- Are there still two places on 21-23 December?\n"
                      "- Can they be in the same group even though Jack has ridden a bit more?\n"
                      "- Is there any sibling discount?\n"
                      "Thanks so much,\nLaura")
    reply = msg(2, S, "Hi Laura,\n\nYes, there are two places left on 21-23 December and I've held both for you until "
                      "Friday. And yes, they can be together - the group is mixed ability.\n\nTom")
    thanks = msg(3, C, "Brilliant, booked them both online just now. Thanks Tom!")
    result = audit_case(case(asked, reply, thanks), DEFAULTS, at(50))
    assert [detail for _, detail in findings(result, "unanswered-question")] == ["Is there any sibling discount?"]


def test_advice_on_the_material_is_not_the_care_instructions_asked_for():
    assert unanswered("My mum is collecting the dress on 10 December - is it safe to pack in a suitcase for the flight, "
                      "or should it go as cabin baggage in a garment bag? Could you also send me the care instructions "
                      "for the silk?",
                      "Cabin baggage, definitely - it goes in a breathable garment bag with tissue in the folds. It "
                      "will need a light steam when it arrives: any bridal shop in Sydney can do it, or use a handheld "
                      "steamer on low, kept 10cm away from the silk.") == [
        "Could you also send me the care instructions for the silk?"]


def test_care_instructions_sent_as_a_file_answer_the_request_for_them():
    asked = msg(0, C, "Could you also send me the care instructions for the silk?")
    reply = with_file(msg(2, S, "Of course - the care instructions are attached."), "silk-care.pdf")
    assert findings(audit_case(case(asked, reply), DEFAULTS, at(50)), "unanswered-question") == []


def test_thanks_that_repeat_what_the_customer_said_answer_nothing():
    lock_in = ("I've been a member for nearly three years, so I wondered if there's any way to lock in the old price "
               "if I pay for a whole year up front.")
    asked = f"A 17% jump is steep and I'd like to know what's behind it - is it the oils, the postage, or both? {lock_in}"
    assert unanswered(asked, "Thank you for being so understanding, and for three years with the club. It's both, "
                             "honestly: olive oil has nearly doubled in price since 2024, and postage went up in "
                             "October.") == [lock_in]


def test_a_point_on_something_else_that_shares_the_particle_back_leaves_a_return_unanswered():
    asked = "Has the recipe changed? Could I send it back and swap it for a Wild Rose?"
    assert unanswered(asked, "The recipe hasn't changed, but the lavender oil has: our French grower had a poor "
                             "harvest. We're hoping to be back on the French oil in the spring.") == [
        "Could I send it back and swap it for a Wild Rose?"]


def test_a_price_does_not_say_how_heavy_it_is():
    asked = "¿Podrían hacer un banco parecido? ¿Qué precio tendría? ¿Y cuánto pesa?"
    assert unanswered(asked, "Sí, podemos hacer un banco parecido en piedra de Yorkshire. El precio sería de unas "
                             "1.850 £, placa incluida.") == ["¿Y cuánto pesa?"]


def test_what_to_budget_is_answered_by_the_price():
    assert unanswered("Est-il possible d'ajouter plus tard un petit vase en ardoise assorti ? Et combien faut-il "
                      "prévoir ?",
                      "Bien sûr : un vase en ardoise assorti coûte 165 £, pose comprise.") == []


def test_the_smallest_order_is_answered_by_the_minimum():
    assert unanswered("Can I buy at trade price without a shop? What's the smallest order you'd accept?",
                      "Yes - market traders are very welcome on trade terms. The minimum is £80 per order.") == []


def test_gladness_and_thanks_in_a_reply_leave_no_doubt_about_what_it_skipped():
    asked = ("Thanks for the lovely service this year. Do you do a ready-made Christmas hamper we could sell as it "
             "is? And will an order placed Friday reach us by 1 December?")
    assert unanswered(asked, "Thank you - it's been a good year with you. An order placed on Friday will reach you "
                             "by 1 December, comfortably.") == [
        "Do you do a ready-made Christmas hamper we could sell as it is?"]


def test_a_plea_for_an_answer_in_a_chaser_is_answered_by_the_next_reply():
    result = audit_case(case(msg(0, C, "The hamper arrived crushed. Can you send a replacement?"),
                             msg(50, C, "This is now my third email. I'd like an answer today please."),
                             msg(60, S, "The replacement left us this morning and arrives tomorrow.")),
                        DEFAULTS, at(61))
    assert findings(result, "unanswered-question") == []


def test_a_chaser_after_only_an_automatic_acknowledgement_is_a_chase():
    chase = msg(35, C, "Just following up on my email below - I haven't heard back yet and I'd like to get the date "
                       "sorted before the Christmas slots fill up.")
    result = audit_case(case(msg(0, C, "Can the delivery date be changed to the 21st?"),
                             msg(0.1, A, "Thank you for contacting us. We aim to reply within one working day."),
                             chase), DEFAULTS, at(40))
    assert [m for m, _ in findings(result, "customer-chased")] == [chase.message.message_id]


def test_let_me_know_today_in_a_chaser_is_answered_by_the_date_it_presses_for():
    result = audit_case(case(msg(0, C, "The stone was due to be fixed last Friday. Has it been delayed, and do you "
                                       "know when it will be?"),
                             msg(2, S, "I'll find out the new date from Dan and email you by the end of the day."),
                             msg(50, C, "I still haven't had the new date you promised. Could you please let me know "
                                        "today?"),
                             msg(52, S, "Your mother's stone is booked in for Monday 16 November, first job of the "
                                        "day.")), DEFAULTS, at(53))
    assert findings(result, "unanswered-question") == []
