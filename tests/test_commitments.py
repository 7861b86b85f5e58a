"""Support's promises to come back and the deadlines they state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from happyaudit.audit import audit_case
from happyaudit.audit.commitments import extract_commitments, is_promise, promise_parts
from happyaudit.config import AuditConfig
from happyaudit.model import Role
from tests.casefactory import at, case, msg

SENT = datetime(2026, 11, 10, 15, 0, tzinfo=UTC)
"""A Tuesday afternoon."""


def end_of(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 23, 59, 59, tzinfo=UTC)


def deadline(text: str) -> datetime | None:
    [commitment] = extract_commitments(text, SENT)
    return commitment.deadline


def test_promise_without_a_deadline_has_none():
    assert deadline("Let me check with the warehouse.") is None


def test_tomorrow():
    assert deadline("I'll get back to you tomorrow.") == end_of(2026, 11, 11)


@pytest.mark.parametrize("text", ["She'll be in touch later today.", "I'll check this afternoon and let you know.",
                                  "I will confirm today."])
def test_today_forms_end_that_day(text):
    assert deadline(text) == end_of(2026, 11, 10)


def test_by_weekday_is_the_next_such_day():
    assert deadline("We'll send the quote by Friday.") == end_of(2026, 11, 13)
    assert deadline("Our warehouse team will get back to you on Monday.") == end_of(2026, 11, 16)


def test_same_weekday_means_next_week():
    assert deadline("I'll update you on Tuesday.") == end_of(2026, 11, 17)


def test_within_hours_is_exact():
    assert deadline("Our team will contact you within 48 hours.") == SENT + timedelta(hours=48)


def test_within_business_days_skips_the_weekend():
    friday = datetime(2026, 11, 13, 10, 0, tzinfo=UTC)
    [commitment] = extract_commitments("I'll update you within 2 business days.", friday)
    assert commitment.deadline == end_of(2026, 11, 17)


def test_in_a_couple_of_days():
    assert deadline("I'll come back to you in a couple of days.") == end_of(2026, 11, 12)


def test_early_next_week_is_next_tuesday():
    assert deadline("We'll have an answer for you early next week.") == end_of(2026, 11, 17)


def test_next_week_is_next_weeks_friday():
    assert deadline("I'll send the figures next week.") == end_of(2026, 11, 20)


def test_end_of_the_week_is_this_friday():
    assert deadline("I'll confirm by the end of the week.") == end_of(2026, 11, 13)


def test_written_dates():
    assert deadline("I'll send it to you on 16 November.") == end_of(2026, 11, 16)
    assert deadline("I will get back to you by 16/11.") == end_of(2026, 11, 16)


def test_written_date_already_past_is_next_year():
    assert deadline("I'll get back to you by 2 November.") == end_of(2027, 11, 2)


@pytest.mark.parametrize("text, expected", [
    ("Ich melde mich morgen bei Ihnen.", end_of(2026, 11, 11)),
    ("Wir melden uns bis Freitag.", end_of(2026, 11, 13)),
    ("Je reviens vers vous demain.", end_of(2026, 11, 11)),
    ("Le responderé el lunes.", end_of(2026, 11, 16)),
    ("Le escribiré en cuanto tenga noticias del almacén.", None),
])
def test_german_french_spanish_promises(text, expected):
    assert deadline(text) == expected


@pytest.mark.parametrize("text", ["The courier collects the pallet on Wednesday.", "Your parcel will arrive on Friday.",
                                  "The refund will appear on your card in 3-5 days."])
def test_logistics_are_not_commitments(text):
    assert extract_commitments(text, SENT) == []


@pytest.mark.parametrize("text", ["Let me know if you need anything else.",
                                  "If you have questions, we'll be happy to help.",
                                  "If you send us a photo, I'll check it right away.",
                                  "I'll mark this ticket as resolved."])
def test_conditional_offers_and_closes_are_not_commitments(text):
    assert extract_commitments(text, SENT) == []


def test_quoted_lines_are_not_promises():
    assert extract_commitments("> I'll get back to you tomorrow.\nThanks, got it.", SENT) == []


# --- issue 3 ------------------------------------------------------------------------------------

def test_having_something_ready_for_the_customer_is_a_promise():
    [promise] = extract_commitments("We'll have the revised floor plan for you within 3 working days.", SENT)
    assert promise.deadline == end_of(2026, 11, 13)


def test_a_notice_tied_to_an_event_of_the_order_is_no_promise():
    assert extract_commitments("Yes, that works; we'll email you when it's dispatched.", SENT) == []
    assert extract_commitments("We'll send you the tracking link once the parcel has shipped.", SENT) == []


def test_a_promise_conditional_on_support_itself_is_still_a_promise():
    assert len(extract_commitments("I'll call you once I've spoken to the warehouse.", SENT)) == 1


@pytest.mark.parametrize("text", [
    "Tengo que preguntarle a mi compañero si el letrero necesita escalera; le escribo el martes con el presupuesto.",
    "I need to ask our fitter if the sign needs a ladder, and I'll write to you on Tuesday.",
])
def test_an_if_that_means_whether_does_not_make_the_promise_conditional(text):
    [promise] = extract_commitments(text, SENT)
    assert promise.deadline is not None


def test_the_deadline_is_read_next_to_its_promise():
    [promise] = extract_commitments(
        "We're reviewing the tour dates for next week and I'll confirm yours tomorrow.", SENT)
    assert promise.deadline == end_of(2026, 11, 11)


@pytest.mark.parametrize("text", [
    "El técnico le llamará el jueves.",
    "Unser Techniker meldet sich am Donnerstag bei Ihnen.",
    "Notre atelier vous contactera jeudi.",
    "Onze monteur neemt donderdag contact met u op.",
])
def test_a_colleague_coming_back_in_other_languages(text):
    [promise] = extract_commitments(text, SENT)
    assert promise.deadline == end_of(2026, 11, 12)


# --- more ways to promise -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("You'll have an answer from me by tomorrow.", end_of(2026, 11, 11)),
    ("I should have news for you by Friday.", end_of(2026, 11, 13)),
    ("Expect to hear from us by tomorrow.", end_of(2026, 11, 11)),
    ("We aim to get back to you within 48 hours.", SENT + timedelta(hours=48)),
    ("Anna from our workshop will be in touch tomorrow.", end_of(2026, 11, 11)),
    ("Sophie vous contactera demain.", end_of(2026, 11, 11)),
    ("Frau Weber meldet sich morgen bei Ihnen.", end_of(2026, 11, 11)),
    ("Sie hören bis Freitag von uns.", end_of(2026, 11, 13)),
    ("Vous aurez une réponse dans la journée.", end_of(2026, 11, 10)),
    ("Le daremos una respuesta el jueves.", end_of(2026, 11, 12)),
    ("I'll put a package together with our caterer (they do a proper gluten-free option, not just a salad) and send "
     "you the full quote by Thursday.", end_of(2026, 11, 12)),
], ids=["you-will-have", "should-have", "expect-to-hear", "aim-to", "named-colleague", "fr-named", "de-named",
        "de-sie-hoeren", "fr-dans-la-journee", "es-future", "first-step-with-an-aside"])
def test_more_ways_to_promise_and_their_deadlines(text: str, expected: datetime):
    assert deadline(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le confirmo el plazo el jueves.", end_of(2026, 11, 12)),
    ("El jueves le envío el presupuesto.", end_of(2026, 11, 12)),
    ("Je vous envoie le devis demain.", end_of(2026, 11, 11)),
    ("Ich schicke Ihnen morgen das Angebot.", end_of(2026, 11, 11)),
], ids=["es-confirmo", "es-envio-presupuesto", "fr-envoie-devis", "de-schicke-angebot"])
def test_a_present_tense_promise_that_names_when_is_a_promise(text: str, expected: datetime):
    assert deadline(text) == expected


@pytest.mark.parametrize("text", [
    "Je vous envoie ci-joint la facture.",
    "Je vous confirme que le colis est parti hier.",
    "Le confirmo que su pedido sale mañana.",
    "Le enviamos el repuesto el lunes.",
    "Wir senden Ihnen morgen ein Ersatzteil.",
    "Hermes will contact you to arrange a delivery slot.",
    "We should receive the new stock on Monday.",
    "It will arrive tomorrow.",
    "The keyboard is £89 fitted, and while it's open we'll check the board for any tea that got further in.",
], ids=["fr-attached", "fr-confirme-que", "es-confirmo-que", "es-goods", "de-goods", "carrier", "stock", "it-arrives",
        "work-while-it-is-open"])
def test_statements_and_logistics_are_not_promises(text: str):
    assert extract_commitments(text, SENT) == []


def test_a_german_promise_after_und_without_its_subject():
    assert deadline("Habe den Nachforschungsauftrag gestellt und melde mich morgen.") == end_of(2026, 11, 11)


def test_a_promise_without_its_subject_in_english():
    assert deadline("Will get back to you by Thursday.") == end_of(2026, 11, 12)


@pytest.mark.parametrize("text", [
    "Je vous écris au sujet de votre commande.",
    "Ich schreibe Ihnen wegen Ihrer Reklamation.",
    "Le escribo para informarle del envío.",
    "Le aviso que su pedido ha salido.",
])
def test_present_tense_about_this_mail_itself_is_no_promise(text):
    assert extract_commitments(text, SENT) == []


@pytest.mark.parametrize(("text", "due"), [
    ("Je vous écris lundi avec le devis.", end_of(2026, 11, 16)),
    ("Le llamo el jueves.", end_of(2026, 11, 12)),
    ("Ich rufe Sie morgen an.", end_of(2026, 11, 11)),
])
def test_present_tense_naming_a_day_is_a_promise(text, due):
    assert deadline(text) == due


def test_a_service_line_in_the_signature_promises_nothing():
    text = ("Hi Kari,\n\nYes, we ship to Norway.\n\nKind regards,\nSam\n\nSam Berg | Acme Support\n"
            "We will get back to you within 24 hours on working days.")
    assert extract_commitments(text, SENT) == []


# --- offers that wait on the customer, first steps, regrets --------------------------------------

@pytest.mark.parametrize("text", [
    "Reply yes and I'll send the booking link.",
    "Send me the serial number and I'll check the warranty.",
    "Please pick a slot and we'll confirm it.",
    "If that suits, I'll arrange the courier.",
    "If it still rattles after the update, we'll send a new one.",
    "Envoyez-moi une photo et je vous répondrai.",
    "Mándenos una foto y le responderemos.",
    "Si le parece bien, le enviaré la factura mañana.",
])
def test_an_offer_that_waits_on_the_customer_is_no_promise(text):
    assert extract_commitments(text, SENT) == []


@pytest.mark.parametrize("text", ["Leave it with me and I'll check with the depot.",
                                  "Give me a day and I'll get back to you."])
def test_asking_the_customer_only_to_wait_still_promises(text):
    assert len(extract_commitments(text, SENT)) == 1


def test_a_first_step_then_coming_back_is_a_promise_with_its_deadline():
    assert deadline("I'll have a look at the logs and get back to you by end of day.") == end_of(2026, 11, 10)
    assert deadline("I'll tidy up the spreadsheet and send it to you by Friday.") == end_of(2026, 11, 13)


def test_a_regret_about_the_past_is_no_promise():
    assert extract_commitments("So sorry - I should have come back to you on Monday.", SENT) == []
    assert deadline("I should have news for you by Thursday.") == end_of(2026, 11, 12)


def test_an_offer_the_customer_can_take_up_is_no_promise():
    assert extract_commitments("You can sign up for launch news here and we'll e-mail you when it's live.", SENT) == []


def test_sending_a_document_on_a_named_day_in_spanish_is_a_promise():
    assert deadline("Le mando mañana los documentos para firmar.") == end_of(2026, 11, 11)


@pytest.mark.parametrize(("text", "due"), [
    ("Die korrigierte Rechnung schicke ich Ihnen bis Freitag.", end_of(2026, 11, 13)),
    ("Morgen rufe ich Sie an.", end_of(2026, 11, 11)),
    ("Am Donnerstag schreiben wir Ihnen.", end_of(2026, 11, 12)),
], ids=["object-first", "time-first", "time-first-we"])
def test_a_german_promise_with_the_verb_before_its_subject(text, due):
    assert deadline(text) == due


@pytest.mark.parametrize("text", [
    "Je vous envoie le devis corrigé avant la fin de la journée.",
    "Ich schicke Ihnen das Angebot bis Feierabend.",
    "I'll send the corrected quote by the end of the day.",
], ids=["fr", "de", "en"])
def test_the_end_of_the_day_in_each_language_is_that_evening(text):
    assert deadline(text) == end_of(2026, 11, 10)


def test_a_notice_for_the_day_of_a_booked_visit_is_no_promise():
    assert extract_commitments("Our surveyor Callum will send you the video link on the day.", SENT) == []
    assert extract_commitments("The crew will ring you on the morning of the move.", SENT) == []


def test_a_notice_for_when_the_customers_parcel_arrives_is_no_promise():
    assert extract_commitments("The courier collects from your office on Thursday between 9 and 12, and our "
                               "data-centre team will email you when the drives arrive.", SENT) == []


@pytest.mark.parametrize("text", [
    "Die Spedition ruft Sie zwei Tage vorher an, und der Aufbau im Wohnzimmer ist inklusive.",
    "Notre livreur vous appellera la veille de la livraison.",
])
def test_the_carrier_calling_before_a_delivery_is_no_promise(text):
    assert extract_commitments(text, SENT) == []


def test_a_colleague_calling_back_is_still_a_promise():
    assert deadline("Der Techniker ruft Sie morgen an.") == end_of(2026, 11, 11)


def test_a_spanish_present_tense_promise_with_the_thing_before_the_verb_names_its_day():
    assert deadline("El plazo de entrega se lo confirmo mañana, en cuanto hable con el almacén.") == end_of(2026, 11, 11)


def test_a_long_first_step_before_the_come_back_is_still_a_promise():
    assert deadline("I'll test it on the bench as soon as it lands and let you know by end of day Wednesday.") \
        == end_of(2026, 11, 11)


@pytest.mark.parametrize("text", ["Sure - I'll email them over tomorrow.",
                                  "Apologies for that - I'll reissue it and email it over tomorrow."])
def test_emailing_the_thing_over_is_a_promise(text):
    assert deadline(text) == end_of(2026, 11, 11)


def test_a_colleague_named_then_who_will_reply_is_a_promise():
    assert deadline("Transfers are done by our membership colleague Sam, who will reply to you tomorrow.") \
        == end_of(2026, 11, 11)


@pytest.mark.parametrize("text, expected", [
    ("Ich stelle das Angebot zusammen und schicke es Ihnen bis Freitag zu.", end_of(2026, 11, 13)),
    ("Ich schicke Ihnen die PDF zur Freigabe bis Mittwoch.", end_of(2026, 11, 11)),
    ("El certificado se lo envío mañana firmado.", end_of(2026, 11, 11)),
], ids=["de-und-schicke-es", "de-pdf", "es-se-lo-envio"])
def test_a_present_tense_promise_to_send_a_named_thing_or_file_names_its_day(text: str, expected: datetime):
    assert deadline(text) == expected


@pytest.mark.parametrize("text", [
    "Yes, we'll email you the final invoice at this address when the hire ends.",
    "We'll e-mail you when the listing sells and refund you, minus a fee per ticket.",
], ids=["ends", "sells"])
def test_a_notice_for_when_a_hire_ends_or_a_listing_sells_is_no_promise(text):
    assert extract_commitments(text, SENT) == []


@pytest.mark.parametrize("text, expected", [
    ("I'll have the corrected proof to you by 6pm today.", datetime(2026, 11, 10, 18, 0, tzinfo=UTC)),
    ("I'll send it by noon tomorrow.", datetime(2026, 11, 11, 12, 0, tzinfo=UTC)),
    ("I'll send it by 10am.", datetime(2026, 11, 11, 10, 0, tzinfo=UTC)),
    ("Ich schicke Ihnen das Angebot morgen bis 14 Uhr.", datetime(2026, 11, 11, 14, 0, tzinfo=UTC)),
], ids=["pm-today", "noon-tomorrow", "next-10am", "de-uhr"])
def test_a_time_of_day_makes_the_deadline_that_time(text: str, expected: datetime):
    assert deadline(text) == expected


def test_two_promises_in_one_sentence_each_keep_their_own_deadline():
    parts = promise_parts("I'll send the invoice later today, and I'll confirm Chris's evening availability by Monday.",
                          SENT)
    assert [part.deadline for part in parts] == [end_of(2026, 11, 10), end_of(2026, 11, 16)]


def test_a_later_promise_the_next_reply_leaves_out_is_missed():
    promise = msg(1, Role.SUPPORT, "I'll send the invoice later today, and I'll confirm Chris's evening "
                                   "availability by Monday.")  # Mon 2 Nov
    result = audit_case(case(msg(0, Role.CUSTOMER, "Could you send the invoice? Does Chris have evening slots?"),
                             promise, msg(6, Role.SUPPORT, "Here's the invoice for your package.")),
                        AuditConfig(), at(24 * 10))
    assert [f.detail for f in result.findings if f.rule == "missed-follow-up"] == [
        "I'll confirm Chris's evening availability by Monday. (deadline Mon 2026-11-09 23:59 UTC)"]


def test_a_later_promise_delivered_by_the_next_reply_is_kept():
    promise = msg(1, Role.SUPPORT, "I'll send the invoice later today, and I'll confirm Chris's evening "
                                   "availability by Monday.")
    result = audit_case(case(msg(0, Role.CUSTOMER, "Could you send the invoice? Does Chris have evening slots?"),
                             promise, msg(6, Role.SUPPORT, "Here's the invoice. Chris is free on Tuesday evenings.")),
                        AuditConfig(), at(24 * 10))
    assert [f for f in result.findings if f.rule == "missed-follow-up"] == []


def test_a_french_promise_to_send_the_thing_named_as_a_pronoun_is_a_promise():
    assert is_promise("Je prépare le devis avec Helen, notre responsable des groupes, et je vous l'envoie demain.")


def test_goods_sent_as_a_pronoun_in_french_are_logistics():
    assert not is_promise("Vos lunettes sont prêtes, je vous les envoie demain.")


def test_a_colleague_who_will_send_something_is_a_promise_of_its_own():
    parts = promise_parts("I'll email you the fitting slot tomorrow, and Bea will send the invoice by Friday.", SENT)
    assert [p.text for p in parts] == ["I'll email you the fitting slot tomorrow, and", "Bea will send the invoice by Friday."]


def test_next_weeks_things_are_no_deadline():
    assert deadline("I'll email you the slot tomorrow, once next week's rota is done.") == deadline(
        "I'll email you the slot tomorrow.")


def test_a_colleague_who_will_confirm_what_was_asked_is_a_promise():
    assert is_promise("I've passed your cancellation to accounts, and Priya will confirm your final payment date by "
                      "Friday.")


def test_an_engineer_who_will_confirm_on_the_visit_is_no_promise_to_write():
    assert not is_promise("That sounds like the drum bearings, but the engineer will confirm.")


@pytest.mark.parametrize("sentence", [
    "Pour le ruban, nous avons six coloris : je vous envoie des échantillons par la poste d'ici vendredi.",
    "Die aktuelle Preisliste in Euro schicke ich Ihnen morgen.",
    "Den neuen Preis rechne ich mit Fiona aus und schicke Ihnen bis Freitag ein aktualisiertes Angebot.",
    "Je fais corriger le dessin par notre graveur et je vous le renvoie d'ici jeudi.",
    "We're out of leaflets but the reprint is due in this week, so I'll post 100 to you by Friday.",
    "I'll need Tom to look at the wording, but we'll get a price and lead time to you by Friday.",
    "I'm passing through Onibury on Monday, so I'll look at it then and get a price to you early next week.",
])
def test_sending_samples_a_drawing_a_price_list_or_a_price_is_a_promise(sentence):
    assert is_promise(sentence)


@pytest.mark.parametrize("sentence", [
    "You can add them to an online order or pay over the phone and we'll post them.",
    "No problem - I'll hold on to it once it's done and post it back on the 23rd so it's waiting for you.",
])
def test_posting_the_goods_is_logistics(sentence):
    assert not is_promise(sentence)


def test_a_day_named_before_the_event_it_waits_on_keeps_the_promise_to_that_day():
    assert deadline("I'll let you know a completion date on Thursday once it's through quality control.") == end_of(
        2026, 11, 12)


@pytest.mark.parametrize("text", ["We'll email you tomorrow when it ships.",
                                  "I'll let you know a completion date once it's through quality control."])
def test_a_note_on_an_event_is_no_promise_without_a_day_or_when_goods_move(text):
    assert not is_promise(text)


def test_a_long_first_step_before_sending_is_still_a_promise():
    assert deadline("I'll have the invoice reissued to Urquhart Lodges Ltd with your VAT number by end of day and "
                    "email it straight over.") == end_of(2026, 11, 10)


def test_emailing_the_thing_named_is_a_promise():
    assert deadline("Booked for Monday 9 November at 7am. I'll email the written quote tomorrow.") == end_of(2026, 11, 11)
