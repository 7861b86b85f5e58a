"""What counts as a customer's question or request, and what counts as chasing."""

from __future__ import annotations

import pytest

from happyaudit.audit.chasing import find_chase, find_reply_plea, is_chaser, is_resend
from happyaudit.audit.question_kinds import asks_price, options_of
from happyaudit.audit.questions import extract_questions
from happyaudit.audit.sign_off import without_signature_block
from happyaudit.audit.text import split_sentences
from happyaudit.audit.words import keywords_of, stem


def texts(text: str) -> list[str]:
    return [q.text for q in extract_questions(text)]


def test_direct_question_is_found_with_its_keywords_and_entities():
    [question] = extract_questions("Hi team,\n\nCan you ship 50 units to our shop in Melbourne?\n\nThanks,\nOlivia")
    assert (question.text, question.kind, question.expects) == ("Can you ship 50 units to our shop in Melbourne?", "direct", "yes_no")
    assert "melbourne" in question.entities and "50 units" in question.entities
    assert "~ship" in question.keywords and "shop" in question.keywords


def test_indirect_question_without_a_question_mark_is_found():
    [question] = extract_questions("I was wondering whether the Ridge jacket also comes in blue.")
    assert (question.kind, question.expects) == ("indirect", "yes_no")


def test_could_you_let_me_know_is_an_indirect_question_expecting_an_amount():
    [question] = extract_questions("Could you let me know the delivery cost to Vienna?")
    assert (question.kind, question.expects) == ("indirect", "how_much")


def test_requests_without_a_question_mark_are_found():
    assert texts("Please send the invoice to our new address. I need the quote re-issued. Kindly confirm the booking.") == [
        "Please send the invoice to our new address.", "I need the quote re-issued.", "Kindly confirm the booking."]
    assert {q.kind for q in extract_questions("Please send the invoice to our new address.")} == {"request"}


def test_pleasantries_are_not_questions():
    assert texts("Hi Sam, how are you? Hope you had a good weekend? Hope this helps?") == []


def test_rhetorical_outbursts_are_not_questions():
    assert texts("What is going on?! Seriously? I ordered two weeks ago.") == []


def test_who_knew_marks_a_rhetorical_question():
    assert texts("Ours vanished into client deadlines - who knew letterheads could be so urgent?") == []


def test_a_quantity_needed_sets_the_scene_and_is_no_request():
    assert texts("Could you print custom seed packets? We'd need 2,000 in four designs.") == [
        "Could you print custom seed packets?"]


def test_i_was_also_wondering_is_an_indirect_question():
    text = "I was also wondering whether you could print a short message on the inside of the lid."
    assert texts(text) == [text]


def test_a_doubled_question_mark_is_an_insistent_question():
    assert texts("hiya, wat time does the storage place close on saturdays?? thx") == [
        "wat time does the storage place close on saturdays??"]


def test_asking_to_be_given_something_without_a_question_mark_is_a_request():
    assert texts("and can i get a second key card for my husband, hes collecting stuff while im away.") == [
        "and can i get a second key card for my husband, hes collecting stuff while im away."]


def test_a_request_after_by_the_way_is_a_request_in_each_language():
    for text in ("Por cierto, envíenme la factura a nombre de la empresa.",
                 "By the way, please send the invoice to our accounts team."):
        assert texts(text) == [text], text


def test_question_the_customer_answers_at_once_is_not_a_question():
    assert texts("Do I need a receipt? I've attached it anyway.") == []


def test_question_mark_inside_a_url_is_not_a_question():
    assert texts("The page https://shop.example.com/p?id=12&ref=mail says it is in stock.") == []


def test_disclaimer_and_offers_are_not_questions():
    text = ("Thanks for the help. Let me know if you need anything else from me.\n\n"
            "CONFIDENTIALITY NOTICE: If you are not the intended recipient, please notify the sender? Thank you.")
    assert texts(text) == []


def test_several_questions_in_one_message_are_each_found():
    text = ("Could you please let me know the price for 50 units?\nCan you ship them to Melbourne?\n"
            "And what would the lead time be?")
    assert [q.expects for q in extract_questions(text)] == ["how_much", "yes_no", "when"]


def test_quoted_lines_are_context_not_questions():
    assert texts("> Can you ship to Austria?\nThanks, that's what I needed.") == []


def test_abbreviations_and_line_breaks_do_not_split_a_question():
    text = "We use several straps, e.g. the\nNo. 5 strap. Is the Nr. 5 strap compatible with\nthe Summit 45L?"
    assert texts(text) == ["Is the Nr. 5 strap compatible with the Summit 45L?"]


def test_short_unpunctuated_line_ends_a_sentence():
    assert split_sentences("Please send me a return label\nKind regards\nLiam") == [
        "Please send me a return label", "Kind regards", "Liam"]


def test_pure_chaser_is_not_a_question_but_a_chase_with_content_is():
    assert texts("Any update on this?") == []
    assert texts("Just following up - could you let me know about the club discount and shipping to India?") != []


def test_a_greeting_before_a_chase_is_no_content_of_its_own():
    assert texts("Buenas, ¿hay alguna noticia de mi pedido?") == []
    assert texts("Buenas, ¿hay alguna noticia sobre la devolución del casco rojo?") != []


def test_german_questions_and_requests():
    assert [q.kind for q in extract_questions("Bitte senden Sie mir die Rechnung. Können Sie auch nach Wien liefern?")] == [
        "request", "direct"]


def test_french_questions_and_requests():
    assert [q.kind for q in extract_questions("Quelle taille me conseillez-vous ? Merci de m'envoyer la facture.")] == [
        "direct", "request"]
    assert texts("Merci de votre réponse rapide.") == []


def test_spanish_questions_and_requests():
    assert [q.kind for q in extract_questions("¿Podrían enviarme otra talla? Por favor envíen la factura a mi oficina.")] == [
        "direct", "request"]


def test_dutch_question():
    assert texts("Kunt u de bestelling annuleren?") == ["Kunt u de bestelling annuleren?"]


def test_choice_question_keeps_its_options():
    [question] = extract_questions("Should I take the M or the L of the Ridge jacket?")
    assert question.options == {"M", "L"}


def test_chasers_in_four_languages():
    for text in ("Any update?", "Just following up on my last email.", "I haven't heard back.", "Did you get my email?",
                 "Gentle reminder about the refund.", "Bumping this.", "Gibt es schon Neuigkeiten?", "Ich warte noch.",
                 "Des nouvelles ?", "Je relance ma demande.", "¿Alguna novedad?", "Sigo esperando."):
        assert is_chaser(text), text


def test_not_chasers():
    for text in ("I haven't received the parcel yet, can you check?", "The box is in the warehouse.", "Thanks!"):
        assert not is_chaser(text), text


def test_chase_returns_the_chasing_sentence():
    assert find_chase("Hi,\n\nAny update on this? I sent the photo on Thursday.") == "Any update on this?"


def test_resend_is_a_near_copy_with_enough_words():
    first = "I would like to return the Basecamp stove from order #A-10588. It is unused. Please send me a return label."
    assert is_resend("Resending.\n\n" + first, first)
    assert not is_resend("Please send me a label.", "Please send me a label.")
    assert not is_resend("The stove arrived and works, thank you for the quick refund on the tent.", first)


# --- issue 3: generalising question and chase detection -----------------------------------------


def test_hyphenated_compounds_also_stand_for_their_parts():
    assert keywords_of("filter papers") <= keywords_of("the size-4 filter-papers")
    assert keywords_of("Schleifscheiben") <= keywords_of("die Flex-Schleifscheiben")


def test_french_elided_articles_do_not_hide_the_word():
    assert keywords_of("l'étiquette d'expédition") == keywords_of("étiquette expédition")


def test_please_with_an_adverb_before_the_verb_is_a_request():
    assert texts("Our office moved last week. Please also forward the receipt to our accountant.") == [
        "Please also forward the receipt to our accountant."]


def test_i_should_be_grateful_if_you_could_is_a_request():
    assert texts("My grandmother is coming to the matinee. I should also be grateful if you could reserve me an "
                 "aisle seat, as my knee is not what it was.") == [
        "I should also be grateful if you could reserve me an aisle seat, as my knee is not what it was."]


def test_asking_for_it_by_post_is_a_request():
    assert texts("The voucher is a surprise for my daughter. Please post it rather than email it - she reads my "
                 "emails over my shoulder!") == [
        "Please post it rather than email it - she reads my emails over my shoulder!"]


def test_asking_to_be_told_in_french_with_an_elided_me_asks_a_question():
    [question] = extract_questions("Enfin, pourriez-vous m'indiquer le prix au mètre carré ?")
    assert (question.kind, question.expects) == ("indirect", "how_much")


def test_conditional_need_for_something_is_a_request():
    assert texts("We'd also need a packing slip with each parcel for our stores team.") == [
        "We'd also need a packing slip with each parcel for our stores team."]


def test_request_after_an_interjection_is_a_request():
    assert texts("Perfect - please book us in for the Thursday tasting.") == [
        "Perfect - please book us in for the Thursday tasting."]


def test_a_question_mark_question_without_question_word_expects_yes_or_no():
    [question] = extract_questions("Passt der Deckel auch auf die kleine Kanne?")
    assert question.expects == "yes_no"


def test_a_question_after_a_statement_and_a_dash_expects_what_the_question_asks():
    [question] = extract_questions("Our new sofa is going where the rug was, so the rug is moving onto the wooden floor "
                                   "in the hall - would you recommend a rug pad for a wooden floor?")
    assert question.expects == "yes_no"


def test_width_and_how_wide_name_the_same_thing():
    assert keywords_of("Can the chair be made in a narrower width?") & keywords_of("It is only 68 cm wide.")


def test_chasing_in_other_languages_and_with_infinitives():
    assert is_chaser("Je me permets de vous relancer au sujet de ma facture du mois dernier.")
    assert is_chaser("Is er al nieuws over mijn retourzending?")
    assert is_chaser("Ich habe immer noch nichts erhalten.")
    assert is_chaser("Still no reply about the broken kettle.")


def test_a_fault_that_persists_is_no_chase():
    assert not is_chaser("I descaled it twice and there is still no hot water.")
    assert not is_chaser("Die Maschine heizt immer noch nicht.")


def test_a_signature_block_under_a_sign_off_is_not_the_customers_text():
    text = "Many thanks for sorting it out!\n\nBest,\nTom Baker\nBaker & Sons Joinery\nNeed a quote? https://baker.example/q?x=1"
    assert without_signature_block(text).endswith("Best,")
    assert texts(text) == []


def test_a_long_text_after_a_sign_off_word_is_kept():
    text = "Thanks,\nand one more thing I forgot earlier:\n" + "\n".join(["Can you also send the manual?"] * 9)
    assert without_signature_block(text) == text


def test_plea_for_any_reply_is_recognised_and_is_no_question_of_its_own():
    assert find_reply_plea("Hello? Could anybody please respond?") == "Could anybody please respond?"
    assert texts("Could anybody please respond?") == []
    assert find_reply_plea("Please get back to me with a price for the oak table.") is None


def test_more_chasers_in_four_languages():
    for text in ("Just circling back on the below.", "Touching base on my order from last week.",
                 "This is my second email about the refund.", "Nobody has replied to my question.",
                 "Ich warte seit über einer Woche auf eine Antwort.", "Bisher keine Rückmeldung von Ihnen.",
                 "Je me permets de revenir vers vous au sujet de ma commande.", "Toujours sans réponse de votre part.",
                 "Les escribo otra vez porque no he recibido respuesta.", "Sigo sin noticias de mi pedido.",
                 "Llevo dos semanas esperando.", "Disculpen la insistencia, pero necesito la factura.",
                 "Les escribo de nuevo por el pedido 5521.", "¿Han podido revisar mi consulta?", "¿Alguna noticia?",
                 "Have you had a chance to look at my photos?", "Avez-vous pu vérifier ma commande ?",
                 "Haben Sie schon etwas herausgefunden?"):
        assert is_chaser(text), text


def test_a_missing_parcel_or_a_second_item_is_no_chase():
    for text in ("No he recibido el pedido.", "The second item in the box is broken.", "Je n'ai pas reçu le colis.",
                 "Ich warte auf den Techniker, er kommt um drei."):
        assert not is_chaser(text), text


def test_a_request_after_a_comma_is_a_request():
    assert [q.kind for q in extract_questions(
        "Thanks for the quick delivery, and kindly send the invoice for PO 7781 to accounts.")] == ["request"]


def test_requests_stated_as_a_need_are_requests():
    for text in ("We also need the invoice sent to our accounts department.", "Ich brauche noch die Rechnung.",
                 "J'ai besoin de la facture au nom de la société.", "Necesito la factura a nombre de la empresa.",
                 "Merci d'envoyer la facture au service comptable.", "Envíenme la factura, por favor.",
                 "Senden Sie die Rechnung bitte an die Buchhaltung."):
        assert [q.kind for q in extract_questions(text)] == ["request"], text


def test_a_need_that_asks_nothing_of_support_is_no_request():
    assert texts("I need the bike for a race on Sunday.") == []
    assert texts("Merci d'avance pour votre aide.") == []


def test_sending_back_is_returning():
    assert "~return" in keywords_of("Should I send it back?") & keywords_of("There's no need to return it.")


def test_a_problem_is_a_fault():
    assert keywords_of("Is that a known problem?") & keywords_of("That's a firmware fault.")
    assert not keywords_of("Can I pick it up in a store?") & keywords_of("The refund was issued today.")


def test_a_question_starting_with_or_is_an_alternative_of_the_one_before():
    assert texts("My tyre keeps losing air. Could it be the valve? Or is the tube punctured?") == [
        "Could it be the valve? Or is the tube punctured?"]


def test_a_wish_without_a_question_mark_is_a_request_in_several_languages():
    for text in ("I'd like to cancel my subscription from next month.",
                 "We need to change the delivery date to Friday.",
                 "I would appreciate a copy of the June invoice.",
                 "It would be great if you could resend the activation code.",
                 "I'm writing to request a duplicate receipt.",
                 "Ich möchte meine Bestellung stornieren.",
                 "Ich hätte gern eine neue Rechnung.",
                 "Je souhaiterais annuler ma commande.",
                 "Quisiera cambiar la talla de las botas.",
                 "Ik wil graag mijn abonnement opzeggen."):
        assert [q.kind for q in extract_questions(text)] == ["request"], text


def test_thanks_and_plans_of_the_customer_own_are_no_requests():
    for text in ("I'd like to thank you for the quick help.",
                 "We want to buy twelve sleeping bags for the club.",
                 "I need to return to work on Monday.",
                 "I'd like to update you on the leak: it stopped."):
        assert extract_questions(text) == [], text


def test_a_wish_next_to_a_question_is_its_scene_not_a_second_request():
    assert texts("I'd like to return the jacket. How do I get a return label?") == ["How do I get a return label?"]


def test_progress_and_reminders_that_are_not_about_the_reply_do_not_chase():
    for text in ("The printer keeps looping without making any progress.",
                 "Thanks for following up so quickly.",
                 "I will follow up with the courier myself.",
                 "I have a follow-up question about the filters.",
                 "This is your friendly reminder that the survey closes on Friday.",
                 "The kettle is still waiting to be collected at the depot."):
        assert find_chase(text) is None, text


def test_asking_for_progress_still_chases():
    assert find_chase("Any update on my refund?") is not None
    assert find_chase("Hi Tom, any news?") is not None
    assert find_chase("Just following up on my email from Monday.") is not None
    assert find_chase("Is there any progress with the repair?") is not None
    assert find_chase("We are still waiting for the replacement.") is not None
    assert find_chase("Still waiting for my refund.") is not None


def test_a_german_compound_carries_the_support_word_it_ends_in():
    assert keywords_of("Garantie") <= keywords_of("Herstellergarantie")
    assert keywords_of("Adresse") <= keywords_of("Lieferadresse")
    assert keywords_of("understanding") == keywords_of("understand")


def test_an_english_word_is_no_form_of_a_short_foreign_function_word():
    assert keywords_of("wired") and keywords_of("wired") == keywords_of("wiring")
    assert keywords_of("getting") == keywords_of("letting") == frozenset()
    assert keywords_of("wir") == frozenset()


def test_fitting_a_part_in_german_is_one_matter_and_no_monday():
    assert keywords_of("Können Sie die gleich montieren?") & keywords_of("Die Montage machen wir gern.")
    assert not keywords_of("montieren") & keywords_of("am Montag")
    assert keywords_of("Can you install the new lock?") & keywords_of("We mount it while you wait.")


def test_something_on_the_house_costs_nothing():
    assert "~price" in keywords_of("Samples are on us - up to eight per household.")
    assert "~price" in keywords_of("The first coffee's on the house.")
    assert "~price" not in keywords_of("The next step is on us to arrange.")
    assert "~price" not in keywords_of("Sorry, that's on us.")
    assert "~price" not in keywords_of("The mistake is on us.")


def test_this_and_that_in_spanish_and_would_in_german_are_no_topic():
    assert keywords_of("¿Qué soluciones tienen para esto?") == frozenset()
    assert keywords_of("Wir hätten gern ein Angebot.") == keywords_of("ein Angebot")


def test_an_able_adjective_meets_its_verb():
    assert keywords_of("washable") == keywords_of("washed")
    assert keywords_of("refundable") == keywords_of("refund")


def test_asking_whether_anyone_reads_or_when_a_reply_comes_chases():
    for text in ("Hello? Is anyone there?",
                 "When can I expect a reply?",
                 "Avez-vous du nouveau concernant mon colis ?"):
        assert find_chase(text) is not None, text
    assert find_chase("Is anyone there who can help me set up the app?") is None


# --- indirect questions and requests in more forms ----------------------------------------------

def test_asking_in_the_past_tense_is_an_indirect_question():
    for text in ("I just wanted to check whether the charger comes with the lamp.",
                 "Ich wollte fragen, ob man die Lieferung verschieben kann.",
                 "Je voulais savoir si vous livrez le samedi.",
                 "Quería preguntar si hacen envíos a Mallorca."):
        [question] = extract_questions(text)
        assert (question.kind, question.expects) == ("indirect", "yes_no"), text


def test_the_frame_of_an_indirect_question_is_no_keyword():
    [question] = extract_questions("Ich wollte fragen, ob die Lampe einen Dimmer hat.")
    assert question.keywords == keywords_of("Lampe Dimmer")
    [question] = extract_questions("Quisiera saber si la lámpara tiene regulador.")
    assert question.keywords == keywords_of("lámpara tiene regulador")


def test_can_you_tell_me_whether_is_an_indirect_question_in_german_french_and_spanish():
    for text in ("Können Sie mir sagen, ob die Matratze waschbar ist?",
                 "Pourriez-vous me dire si le matelas est lavable ?",
                 "¿Me podrían decir si el colchón es lavable?"):
        [question] = extract_questions(text)
        assert (question.kind, question.expects) == ("indirect", "yes_no"), text


def test_an_adverb_inside_i_would_like_to_know_keeps_it_a_question():
    [question] = extract_questions("Je voudrais également savoir si la remise s'applique aux accessoires.")
    assert question.kind == "indirect"


def test_asking_how_long_in_other_languages_expects_a_date_or_time():
    for text in ("¿Cuánto tarda el envío?", "Wie lange dauert die Reparatur?", "Combien de temps faut-il compter ?"):
        [question] = extract_questions(text)
        assert question.expects == "when", text


def test_a_want_that_ends_in_please_is_a_request():
    assert texts("Our finance team also needs a signed copy of the order form, please.") == [
        "Our finance team also needs a signed copy of the order form, please."]
    assert texts("Yes, please.") == []


def test_we_would_need_in_german_french_and_spanish_is_a_request():
    for text in ("Außerdem bräuchten wir noch eine Kopie des Lieferscheins.",
                 "Il nous faudrait aussi une copie du bon de livraison.",
                 "Necesitaríamos también una copia del albarán."):
        assert [q.kind for q in extract_questions(text)] == ["request"], text


def test_a_wh_question_that_asks_for_agreement_is_rhetorical():
    assert texts("Spent Sunday reading your manual - who does that for fun, right?") == []
    assert texts("The renewal is due on the 5th, right?") == ["The renewal is due on the 5th, right?"]


def test_an_and_or_besides_in_other_languages_is_no_part_of_the_question():
    [question] = extract_questions("Außerdem: gibt es den Schrank auch in Eiche?")
    assert question.keywords == keywords_of("Schrank Eiche")
    [question] = extract_questions("¿Y cuánto cuesta el envío?")
    assert question.keywords == keywords_of("cuesta envío")


def test_french_whether_before_a_pronoun_is_still_whether():
    [question] = extract_questions("Je voudrais savoir s'ils peuvent garder le même identifiant.")
    assert question.expects == "yes_no"


def test_a_chaser_about_my_request_below_asks_nothing_new():
    assert texts("Gibt es schon etwas Neues zu meiner Anfrage unten?") == []
    assert texts("Any news on my request below?") == []


def test_a_size_or_country_code_in_capitals_is_a_keyword():
    assert "xl" in keywords_of("Do you have this jacket in XL?")
    assert "uk" in keywords_of("Do you ship to the UK?")
    assert "ok" not in keywords_of("Is that OK?")


def test_free_on_a_date_meets_available():
    asked = keywords_of("Is anyone available for those dates?")
    assert asked & keywords_of("Ines is free from the 22nd to the 29th.")
    assert asked & keywords_of("Ruth is free for all four nights.")
    assert not asked & keywords_of("Delivery is free for orders over £50.")


def test_initials_in_capitals_meet_the_words_they_stand_for():
    assert keywords_of("You don't need a PO to confirm.") & keywords_of("Do you need a purchase order number?")


def test_wanting_to_know_or_to_have_a_thing_in_french_spanish_and_german_is_asked():
    assert [q.kind for q in extract_questions("Je voudrais aussi connaître le délai de livraison.")] == ["indirect"]
    assert [q.kind for q in extract_questions("Me gustaría conocer el plazo de entrega.")] == ["indirect"]
    assert [q.kind for q in extract_questions("Außerdem hätte ich gern eine Rechnung auf meine Firma.")] == ["request"]


def test_wanting_a_thing_for_a_purpose_named_first_is_a_german_request():
    assert [q.kind for q in extract_questions(
        "Außerdem hätte ich gern für meine Unterlagen eine Rechnung über die Anzahlung.")] == ["request"]


def test_wanting_to_receive_a_document_is_a_request_in_four_languages():
    for text in ("I would also like to receive a copy of the inspection report.",
                 "J'aimerais aussi recevoir le relevé de production d'octobre pour ma déclaration.",
                 "Me gustaría recibir la factura con el IVA desglosado.",
                 "Ich möchte gern eine Kopie des Vertrags erhalten."):
        assert [q.kind for q in extract_questions(text)] == ["request"], text


def test_wanting_to_get_things_done_is_not_a_request_to_receive_something():
    assert extract_questions("I'd like to get a few things sorted before the year end.") == []


def test_a_change_to_an_account_or_service_asked_with_please_is_a_request():
    assert [q.kind for q in extract_questions("Also, please switch my statements to e-mail only.")] == ["request"]
    assert [q.kind for q in extract_questions("Please turn off auto-renewal on my plan.")] == ["request"]


def test_a_signature_tagline_above_a_disclaimer_is_no_question():
    text = ("Hello,\n\nPlease send us the October statement.\n\nThanks,\nRuth Ames\nFinance, Lowmoor Ltd\n"
            "Moving house soon? https://lowmoor.example/removals?src=mail\n\n"
            "This e-mail is confidential. If you received it in error, please let us know and delete it.")
    assert texts(text) == ["Please send us the October statement."]


def test_a_firms_tagline_above_its_regulators_line_is_no_question():
    text = ("Dear Kettleburn team,\nCan you invoice us monthly rather than taking a card payment?\nKind regards,\n"
            "Nadia Farouk\nOffice Manager | Hollis & Lowe LLP\nQuestions about your matter? Call 0113 555 0190.\n"
            "CONFIDENTIALITY: This email and any attachments are confidential and may be legally\n"
            "privileged. If you are not the intended recipient, please notify the sender and delete it.\n"
            "Hollis & Lowe LLP is authorised and regulated by the Solicitors Regulation Authority.")
    assert texts(text) == ["Can you invoice us monthly rather than taking a card payment?"]


def test_get_and_again_in_german_french_and_spanish_name_no_topic():
    assert keywords_of("Bekomme ich eine Gutschrift?") == keywords_of("eine Gutschrift?")
    assert keywords_of("¿Pueden revisarlo otra vez?") == keywords_of("¿Pueden revisarlo?")


def test_slots_parking_and_fees_are_support_words_in_every_language():
    assert keywords_of("Any free appointments on Monday?") & keywords_of("We have a slot at nine.")
    assert keywords_of("Gibt es einen Parkplatz?") & keywords_of("Ein Stellplatz ist inklusive.")
    assert keywords_of("¿Hay algún cargo?") & keywords_of("Solo paga la diferencia de precio.")


def test_a_unit_after_a_number_ends_a_sentence_but_an_initial_does_not():
    assert split_sentences("The shelf is 2 m. It holds 40 kg.") == ["The shelf is 2 m.", "It holds 40 kg."]
    assert split_sentences("J. Smith will call you.") == ["J. Smith will call you."]


def test_whoever_is_asked_names_no_topic_in_any_language():
    for text in ("Can someone look at it?", "Kann sich jemand das ansehen?", "Quelqu'un peut regarder?",
                 "¿Alguien puede mirarlo?"):
        assert not {"someon", "jemand", "quelqu'un", "alguien"} & keywords_of(text)


def test_asking_to_include_something_or_a_german_request_with_zu_is_a_request():
    assert [q.kind for q in extract_questions("Please include a spare set of batteries in the parcel.")] == ["request"]
    assert [q.kind for q in extract_questions(
        "Außerdem bitte ich Sie, meine neue Lieferadresse in meinem Konto zu speichern.")] == ["request"]


def test_a_complaint_that_it_is_always_the_same_thing_is_no_question():
    assert texts("Why is it always the printer? Can you reset the driver?") == ["Can you reset the driver?"]
    assert texts("Why does the app log me out after a minute?") == ["Why does the app log me out after a minute?"]


def test_german_my_your_and_our_in_every_case_name_no_topic():
    assert keywords_of("Was ist mit meinem Handy?") == keywords_of("Was ist mit dem Handy?")
    assert not {"ihrem", "unserer"} & keywords_of("Steht das in Ihrem Angebot an unserer Firma?")


def test_a_german_polite_imperative_with_any_verb_is_a_request_but_a_courtesy_is_not():
    assert texts("Bitte aktualisieren Sie unsere Lieferadresse auf Hafenstraße 3.") == [
        "Bitte aktualisieren Sie unsere Lieferadresse auf Hafenstraße 3."]
    assert texts("Vielen Dank, und bitte nehmen Sie den Gutschein von der Rechnung.") == [
        "Vielen Dank, und bitte nehmen Sie den Gutschein von der Rechnung."]
    assert texts("Bitte entschuldigen Sie die späte Antwort. Bitte beachten Sie, dass wir umgezogen sind.") == []


def test_a_spanish_request_to_ustedes_with_por_favor_is_a_request():
    assert texts("Anulen por favor el pedido 5521.") == ["Anulen por favor el pedido 5521."]
    assert texts("Todo bien, y cámbienlo por favor a la talla M.") == ["Todo bien, y cámbienlo por favor a la talla M."]


def test_whats_without_its_apostrophe_is_still_a_what_question():
    [question] = extract_questions("Whats your returns address for the UK?")
    assert question.expects == "what"


def test_asking_for_a_capacity_or_a_number_of_things_expects_a_number():
    assert [q.expects for q in extract_questions(
        "What's the capacity of the main hall? What is the maximum number of guests on the terrace?")] == [
        "how_many", "how_many"]


def test_an_adverb_after_or_is_not_one_of_the_options():
    [question] = extract_questions("Does the VIP ticket include the soundcheck, or only the lounge?")
    assert question.options == {"soundcheck", "lounge"}
    [german] = extract_questions("Soll ich das Paket schicken oder nur abholen?")
    assert german.options == {"schicken", "abholen"}


def test_a_plea_for_a_reply_is_no_question_in_french_german_and_spanish():
    for plea in ("Pouvez-vous me répondre s'il vous plaît ?", "Können Sie mir bitte antworten?",
                 "¿Me pueden responder, por favor?"):
        assert texts(f"Toujours rien. {plea}") == [], plea
        assert find_reply_plea(plea) is not None, plea


def test_being_grateful_for_a_reply_in_german_is_no_request():
    for plea in ("Für eine kurze Rückmeldung wäre ich dankbar.", "Ich wäre Ihnen dankbar für eine baldige Antwort."):
        assert texts(f"Ich warte noch auf die Bestellung 4411. {plea}") == [], plea
    assert texts("Ich wäre Ihnen dankbar für ein Angebot.") == ["Ich wäre Ihnen dankbar für ein Angebot."]


def test_a_could_you_request_after_a_dash_or_a_comma_is_a_request_without_its_question_mark():
    for text in ("Also, the inspector will want the earlier report - could you send it to me again, I can't find it.",
                 "If the frame arrives damaged, could you send a replacement."):
        assert [q.kind for q in extract_questions(text)] == ["request"], text
    assert texts("I told him you would send it, would you believe it.") == []


def test_asking_support_to_get_in_touch_in_german_is_a_plea_for_a_reply_not_a_question():
    assert texts("Ich warte immer noch auf eine Antwort. Könnten Sie sich bitte kurz melden?") == []
    assert find_reply_plea("Könnten Sie sich bitte kurz melden?") == "Könnten Sie sich bitte kurz melden?"
    assert find_reply_plea("Könnten Sie sich bitte melden, wann der Techniker kommt?") is None


def test_asking_only_to_be_told_is_a_plea_for_a_reply_not_a_question():
    assert texts("I still haven't heard anything about a date for the measuring. Could you let me know please?") == []
    assert texts("Could you let me know if you ship to Leeds?") == ["Could you let me know if you ship to Leeds?"]


def test_a_plea_for_a_reply_that_names_a_topic_is_still_a_question():
    assert texts("Pouvez-vous me répondre sur le prix du four ?") == ["Pouvez-vous me répondre sur le prix du four?"]


def test_a_question_continued_after_a_colon_on_the_next_line_is_one_question():
    text = ("Par ailleurs, pouvez-vous mettre à jour l'adresse e-mail de facturation :\n"
            "compta@lemarronnier.example ?")
    assert texts(text) == ["Par ailleurs, pouvez-vous mettre à jour l'adresse e-mail de facturation: "
                           "compta@lemarronnier.example?"]


def test_a_colon_before_a_list_still_ends_its_sentence():
    assert split_sentences("We need the following:\nTwo fryers\nThree trays") == [
        "We need the following:", "Two fryers", "Three trays"]


def test_asking_for_a_period_asks_for_a_date_or_time():
    for question in ("What is the notice period on my contract?", "Quel est le délai de livraison ?",
                     "Wie ist die Kündigungsfrist?", "What's the turnaround on 500 flyers?"):
        [found] = extract_questions(question)
        assert found.expects == "when", question


def test_a_contract_termination_is_no_appointment():
    assert "~appointment" not in keywords_of("Is there an early termination fee?")
    assert "~appointment" in keywords_of("Können wir einen Termin vereinbaren?")


def test_a_later_question_knows_the_words_said_before_it():
    first, second = extract_questions("We need 24 trays for December. Can you deliver on Thursday? "
                                      "Please also send the data sheet for the trays.")
    assert first.earlier >= keywords_of("We need 24 trays for December.")
    assert keywords_of("trays") <= second.earlier and not keywords_of("data sheet") & second.earlier


def test_french_spanish_and_german_function_words_name_no_topic():
    assert keywords_of("s'ils peuvent avoir leur propre espace tout en gardant un seul abonnement") == keywords_of(
        "propre espace gardant abonnement")
    assert not keywords_of("todos pueden siempre") and not keywords_of("alle nur immer sich")


def test_a_function_words_inflected_forms_name_no_topic():
    assert not keywords_of("checked needs getting wondering normally questions")
    assert not keywords_of("Pouvez-vous") and not keywords_of("ce qui s'est passé")


def test_a_word_that_only_shares_a_function_words_stem_is_a_keyword():
    # "interest" ends where "interessieren" is cut, "missing" where Spanish "mis" does, "loss" where "los" does
    assert keywords_of("interest") <= keywords_of("interest-free")
    assert keywords_of("missing") and keywords_of("passed") and keywords_of("loss")
    assert keywords_of("consultation") == keywords_of("consulta")


def test_a_question_for_a_minimum_or_maximum_asks_for_a_figure():
    for asked in ("What is the minimum order?", "Quel est le minimum de commande par livraison ?",
                  "¿Cuál es el pedido mínimo?", "Wie hoch ist die Mindestbestellmenge?"):
        [question] = extract_questions(asked)
        assert question.expects == "how_many", asked
    [period] = extract_questions("What is the minimum notice period?")
    assert period.expects == "when"


def test_prepositions_of_time_in_other_languages_name_no_topic():
    assert not keywords_of("avant après depuis vor bis seit antes después hasta desde")


def test_a_request_after_a_lead_in_ending_in_a_colon_is_a_request():
    assert texts("While you're in our account: please change the company name to Hollis & Reed Ltd.") == [
        "While you're in our account: please change the company name to Hollis & Reed Ltd."]
    [question] = extract_questions("While you're in our account: please change the company name.")
    assert not keywords_of("while you're") & question.keywords


def test_a_german_request_naming_an_address_before_its_verb_is_a_request():
    assert texts("Außerdem bitte ich Sie, künftig die Rechnungen an rechnung@holzwerk-brandt.example zu senden.") == [
        "Außerdem bitte ich Sie, künftig die Rechnungen an rechnung@holzwerk-brandt.example zu senden."]


def test_hoping_the_week_treats_them_well_is_a_pleasantry():
    assert texts("Hi! Hope the week's treating you well? Can you enable DNSSEC for quillbarrow.example?") == [
        "Can you enable DNSSEC for quillbarrow.example?"]


def test_how_often_something_happens_names_no_topic():
    [question] = extract_questions("How long does a transfer usually take?")
    assert question.keywords == keywords_of("transfer")
    assert not keywords_of("normalerweise généralement normalmente typically")


def test_the_bounds_of_a_duration_name_no_topic():
    [_, how_long] = extract_questions("Quisiera saber si puedo congelar mi cuota durante la baja de maternidad. "
                                      "¿Cuánto tiempo como máximo se puede congelar?")
    assert how_long.keywords == keywords_of("congelar")


def test_asking_whether_anyone_reads_the_mail_is_a_chasers_outburst():
    assert texts("Hello?? Is anyone reading these? I've been turned away at the door twice now.") == []
    assert is_chaser("Hello?? Is anyone reading these? I've been turned away at the door twice now.")


def test_asking_to_keep_something_as_it_is_is_a_request_but_keep_me_posted_is_not():
    assert texts("Please keep the direct debit on the 1st of the month for both of us, not the 15th.") == [
        "Please keep the direct debit on the 1st of the month for both of us, not the 15th."]
    assert texts("Thanks, please keep me posted.") == []


def test_an_adverb_before_or_offers_no_option():
    [steam_room] = extract_questions("And is the steam room affected too, or only the pool?")
    assert steam_room.options == frozenset()


def test_a_link_at_the_end_of_a_line_ends_its_sentence_before_a_capital():
    assert split_sentences("Great to have you on board!\n\nRegistration: https://join.pulsefield.example/corporate?"
                           "code=GREENFIELD26\nAn induction is optional - employees can book one in the app.") == [
        "Great to have you on board!", "Registration: https://join.pulsefield.example/corporate?code=GREENFIELD26",
        "An induction is optional - employees can book one in the app."]


def test_asking_in_french_je_vous_demande_de_is_a_request():
    assert texts("Où puis-je récupérer mes affaires ? Je vous demande aussi de me rembourser le cadenas (12 €).") == [
        "Où puis-je récupérer mes affaires?", "Je vous demande aussi de me rembourser le cadenas (12 €)."]


def test_an_exasperated_who_about_what_was_done_is_rhetorical():
    assert extract_questions("Honestly, who sends a sofa out without the feet?") == []
    assert [q.text for q in extract_questions("Who sends the invoices?")] == ["Who sends the invoices?"]


def test_a_question_the_customer_sees_already_answered_is_not_asked():
    assert extract_questions("Great, thanks! Can the covers go in the washing machine? Ah - you already said, "
                             "30 degrees. Thanks a lot!") == []


def test_a_numbered_point_asking_whether_there_is_a_way_is_a_question_even_with_a_full_stop():
    [mirrored] = extract_questions("Third, is there any way to get the wardrobe with the mirrored doors instead of "
                                   "the plain ones, we have changed our minds.")
    assert mirrored.expects == "yes_no"
    assert extract_questions("There is no way to get it up the stairs, we have measured twice.") == []


def test_the_option_after_a_preposition_is_the_thing_not_the_preposition():
    [finance] = extract_questions("Is the 0% finance available on the Whitby corner sofa, or only on beds?")
    assert finance.options == frozenset({"sofa", "beds"})


def test_a_german_compound_fee_meets_customs_duty_and_ringing_meets_calling():
    assert {"~customs", "~price"} <= keywords_of("Und wie hoch sind die Zollgebühren ungefähr?")
    assert "~customs" in keywords_of("There is no separate customs duty on furniture.")
    assert "~call" in keywords_of("Will they ring before arriving?") & keywords_of("The driver will call you first.")
    assert "~price" in keywords_of("What's the fee for a collection?") & keywords_of("The collection is free.")


def test_a_why_asks_for_a_reason_even_when_it_names_a_price():
    [question] = extract_questions("And why has the monthly price gone up from GBP 16.00 to GBP 19.50 per cat?")
    assert question.expects == "why"
    [price] = extract_questions("What is the price of the yearly plan?")
    assert price.expects == "how_much"


def test_a_possessive_names_its_owner():
    assert keywords_of("Bear's next dose") == keywords_of("Bear next dose")
    assert keywords_of("the customers' orders") == keywords_of("the customers orders")


def test_a_customer_is_no_customs_duty():
    assert "~customs" not in keywords_of("Our customer asked for a custom colour")
    assert "~customs" in keywords_of("Who pays the customs duty?")


def test_a_disclaimer_asking_whether_the_mail_came_by_mistake_asks_nothing():
    text = ("Can you send me a corrected invoice?\n\nKind regards,\nOliver Grant\nGrant & Hale Architects\n\n"
            "Received this email by mistake? Please tell the sender and delete it - thank you.")
    assert [q.text for q in extract_questions(text)] == ["Can you send me a corrected invoice?"]


def test_a_german_date_with_an_ordinal_is_one_sentence():
    assert split_sentences("Dr. Marsh kann am Dienstag, 10. November, um 15:00 Uhr kommen. Passt Ihnen das?") == [
        "Dr. Marsh kann am Dienstag, 10. November, um 15:00 Uhr kommen.", "Passt Ihnen das?"]
    assert split_sentences("Wir haben 2024. November ist voll.") == ["Wir haben 2024.", "November ist voll."]


def test_a_request_in_a_bulleted_list_is_a_request_without_its_bullet():
    asked = extract_questions("Before we start:\n\n- Is there a way to import our clients in one go?\n"
                              "- Please switch our own subscription invoices to annual billing from December.\n")
    assert [q.text for q in asked] == ["Is there a way to import our clients in one go?",
                                       "Please switch our own subscription invoices to annual billing from December."]


def test_each_bullet_is_a_sentence_even_after_a_comma():
    assert split_sentences("I need:\n- a bank reconciliation report as at 31 October,\n- and a frozen view?") == [
        "I need:", "- a bank reconciliation report as at 31 October,", "- and a frozen view?"]


def test_each_list_item_completes_the_lead_before_the_list():
    asked = extract_questions("Our auditors arrive on 23 November. I need:\n\n- a bank reconciliation report,\n"
                              "- to know whether payroll journals can be shown summarised rather than per employee,\n")
    item = "to know whether payroll journals can be shown summarised rather than per employee,"
    assert [q.text for q in asked] == ["a bank reconciliation report,", item]


def test_asking_with_also_between_the_words_is_still_asking():
    for text in ("I also wondered whether the van we bought in March is being depreciated automatically.",
                 "i'd also like to know if it works out the payments on account for next year.",
                 "Merci aussi de corriger notre adresse de facturation : 14 rue des Tanneurs, 67000 Strasbourg.",
                 "I'd also like a second person to approve supplier invoices over £5,000 before they're paid."):
        assert [q.text for q in extract_questions(text)] == [text.replace(" :", ":")], text


def test_wanting_a_thing_is_a_request_unless_a_question_about_it_follows():
    [asked] = extract_questions("We'd like a training session for two new staff members, ideally the week of 16 "
                                "November.")
    assert asked.kind == "request"
    assert [q.text for q in extract_questions("We'd like a 9-seater for a wedding weekend, 20-22 November. Is one "
                                              "available?")] == ["Is one available?"]


def test_a_french_imperative_with_its_object_is_a_request_but_excusez_moi_is_not():
    assert [q.kind for q in extract_questions("Envoyez-moi aussi un devis pour l'option Chorus Pro.")] == ["request"]
    assert extract_questions("Excusez-moi pour le retard de ma réponse.") == []


def test_a_question_the_customer_catches_themselves_out_on_is_not_asked():
    assert texts("Could you send me a new link? Where do I find my candidate number? Oh, it is in the confirmation "
                 "email, sorry.") == ["Could you send me a new link?"]
    assert texts("Can you send the invoice again? Oh, and please add our PO number to it.") == [
        "Can you send the invoice again?", "Oh, and please add our PO number to it."]
    assert texts("Can you ship to Melbourne? Oh, and sorry, please also send the invoice to our office.") == [
        "Can you ship to Melbourne?", "Oh, and sorry, please also send the invoice to our office."]


def test_how_long_it_would_take_in_spanish_asks_for_a_time():
    [question] = extract_questions("¿Cuánto tardaría?")
    assert question.expects == "when"


def test_german_was_opening_a_question_asks_what_not_yes_or_no():
    assert [q.expects for q in extract_questions("Was kostet ein Hausbesuch in Frome? Was passiert mit meinen Daten?")] == [
        "how_much", "what"]
    assert [q.expects for q in extract_questions("Was it delivered yesterday?")] == ["yes_no"]


def test_german_request_made_with_bitte_ich_darum_or_um_is_a_request():
    text = ("Außerdem bitte ich darum, die Rechnung auf meine Firma Brunner Engineering GmbH auszustellen. "
            "Außerdem bitte ich um eine Gutschrift für die Expresszustellung.")
    assert [q.kind for q in extract_questions(text)] == ["request", "request"]


def test_begging_pardon_or_patience_in_german_asks_for_nothing():
    assert extract_questions("Ich bitte um Entschuldigung für die späte Antwort. Ich bitte um Ihr Verständnis.") == []


def test_spanish_request_made_with_les_ruego_que_is_a_request():
    [question] = extract_questions("Además, les ruego que cambien la dirección de facturación a Calle Mayor 3, Madrid.")
    assert question.kind == "request" and "ruego" not in question.keywords


@pytest.mark.parametrize("text", [
    "Two quick questions: can I pay by card?",
    "Deux petites questions : est-ce que je peux payer par carte ?",
    "Zwei kurze Fragen: kann ich mit Karte zahlen?",
])
def test_questions_announced_before_a_colon_are_not_part_of_the_question(text):
    [asked] = extract_questions(text)
    assert asked.expects == "yes_no"
    assert not asked.keywords & keywords_of("two quick questions deux petites zwei kurze fragen")


@pytest.mark.parametrize("text", [
    "Troisième relance. Est-ce que quelqu'un lit cette boîte ?",
    "Liest hier überhaupt jemand mit?",
    "¿Hay alguien ahí?",
])
def test_asking_whether_anyone_reads_the_mail_is_an_outburst_in_other_languages_too(text):
    assert texts(text) == []


@pytest.mark.parametrize("text", ["Et ça coûte combien ?", "Wie teuer ist das?", "¿Y cuánto es?",
                                  "C'est combien pour deux personnes ?"])
def test_asking_what_it_costs_in_everyday_french_german_and_spanish_expects_an_amount(text):
    [question] = extract_questions(text)
    assert question.expects == "how_much"


def test_asking_for_something_only_support_has_is_a_request():
    assert [q.kind for q in extract_questions("I need your VAT registration number for our gift aid paperwork.")] \
        == ["request"]
    assert texts("We need your help.") == []


def test_without_is_not_free_of_charge():
    assert "~price" not in keywords_of("Is there step-free access?")
    assert "~price" not in keywords_of("Do you have gluten-free bread?")
    assert "~price" in keywords_of("Is parking free?")


def test_a_question_typed_on_a_phone_with_u_for_you_is_a_question():
    assert texts("hey, do u have any inner tubes? also can u hold them for me till 6pm, i finish at 5:30") == [
        "do u have any inner tubes?", "also can u hold them for me till 6pm, i finish at 5:30"]


@pytest.mark.parametrize("text", [
    "Finally, please invoice the school rather than the PTA - our purchase order number is SW-2291.",
    "Außerdem wäre es schön, wenn Sie uns eine Klavierlehrerin empfehlen könnten.",
    "Ce serait super si vous pouviez passer mardi.",
    "Sería genial si nos pudieran enviar el folleto."])
def test_a_wish_that_support_do_something_is_a_request(text):
    assert [q.kind for q in extract_questions(text)] == ["request"]


def test_asking_what_would_interest_one_in_german_is_an_indirect_question():
    assert [q.kind for q in extract_questions(
        "Außerdem würde mich interessieren, ob Sie während der Reparatur einen Leihflügel stellen können.")] == [
        "indirect"]


@pytest.mark.parametrize("reason", [", because the boat side is what I really want to learn",
                                    " as I've never done it before", ", car ma fille est allergique",
                                    ", weil wir sonst nicht planen können", ", porque mi hijo es alérgico",
                                    " so I can plan the group's day", " as there's nobody in the office on Fridays"])
def test_the_reason_given_for_a_question_is_not_among_its_keywords(reason):
    [question] = extract_questions(f"Could you tell me whether the tour includes lunch{reason}?")
    assert question.keywords == extract_questions("Could you tell me whether the tour includes lunch?")[0].keywords


def test_an_english_car_is_not_a_french_reason():
    [question] = extract_questions("Where exactly do I leave the car and keys at that hour?")
    assert "car" in question.keywords


def test_a_question_the_customer_tells_us_to_ignore_is_not_asked():
    questions = extract_questions("Where do I find my booking number? Oh hang on, it's on the receipt - ignore me. "
                                  "Could you send me the photos from Saturday?")
    assert [q.text for q in questions] == ["Could you send me the photos from Saturday?"]


@pytest.mark.parametrize("text", ["Quelle est la durée de la garantie ?", "¿Cuál es la duración del curso?",
                                  "What's the duration of the warranty?", "Welche Dauer hat die Garantie?"])
def test_a_duration_asked_as_a_thing_expects_a_date_or_time(text):
    [question] = extract_questions(text)
    assert question.expects == "when"


def test_an_amount_with_spaced_thousands_is_one_number():
    assert {"7500", "~warranty"} <= keywords_of("la subvention de 7 500 £ et la garantie")
    assert "7" not in keywords_of("la subvention de 7 500 £")
    assert {"12", "200"} <= keywords_of("12 200 people")


@pytest.mark.parametrize("text", ["¿Me podrían dar un precio aproximado?", "Can you give me a rough price?",
                                  "Pourriez-vous me donner un prix approximatif ?"])
def test_a_hedge_on_a_price_is_not_a_word_of_the_question(text):
    [question] = extract_questions(text)
    assert question.keywords and not question.keywords & {stem(word) for word in ("aproximado", "rough", "approximatif")}


@pytest.mark.parametrize("text", ["ich hoffe, bei Ihnen an der Nordsee ist alles gut?",
                                  "J'espère que vous allez bien ?", "Espero que estén bien?"])
def test_hoping_all_is_well_in_german_french_or_spanish_is_a_pleasantry(text):
    assert not extract_questions(text)


def test_a_question_the_customer_tells_themselves_not_to_worry_about_is_not_asked():
    questions = extract_questions("Which locker did I use last time? Ah, don't worry, it's on my card - number 12. "
                                  "Is the sauna open on Sundays?")
    assert [q.text for q in questions] == ["Is the sauna open on Sundays?"]


@pytest.mark.parametrize(("text", "joined"), [
    ("Can you extend the voucher? If not, could I use its value in the shop?", 1),
    ("¿Es posible cancelar la reserva? Si no, ¿podríamos cambiarla a marzo?", 1),
    ("Können Sie den Termin verschieben? Falls nicht, kann ich jemanden schicken?", 1),
    ("Can you extend the voucher? Could I also use it in the shop?", 2),
])
def test_a_second_best_asked_with_if_not_is_one_question_with_the_first(text, joined):
    assert len(extract_questions(text)) == joined


@pytest.mark.parametrize("text", ["What are your opening hours in winter?", "¿Qué horario tenéis en invierno?",
                                  "Quels sont vos horaires le samedi ?", "Wie sind Ihre Öffnungszeiten im Winter?"])
def test_opening_hours_expect_a_date_or_time(text):
    [question] = extract_questions(text)
    assert question.expects == "when"


def test_a_question_the_customer_has_just_seen_answered_is_not_asked():
    questions = extract_questions("Is there a discount for two courses in one term? Oh wait, I've just seen it on the "
                                  "fees page - 10% off the second course. Could you send me the spring timetable?")
    assert [q.text for q in questions] == ["Could you send me the spring timetable?"]


def test_having_seen_a_price_elsewhere_answers_no_question():
    questions = extract_questions("Do you have the Peregrine TX in stock? I've seen it for £445 online - would you match that?")
    assert questions[0].text == "Do you have the Peregrine TX in stock?"


@pytest.mark.parametrize("text", ["Et à quelles dates tombent les mensualités ?", "Which days is the office open?",
                                  "Welche Termine haben Sie im Dezember frei?", "¿Qué días abren en Navidad?",
                                  "¿A qué hora empieza la clase?"])
def test_a_date_a_day_or_an_hour_asked_as_a_thing_expects_a_date_or_time(text):
    [question] = extract_questions(text)
    assert question.expects == "when"


@pytest.mark.parametrize("text", ["How far will I be from the school?", "À quelle distance est la gare ?",
                                  "¿A qué distancia está la estación?"])
def test_a_distance_expects_a_figure(text):
    [question] = extract_questions(text)
    assert question.expects == "how_many"


@pytest.mark.parametrize("text", ["Who'd have thought the hens would still be laying in December?",
                                  "Wer hätte gedacht, dass die Anlage im November so viel liefert?",
                                  "Qui aurait cru qu'il ferait si beau en novembre ?"])
def test_wonder_at_good_news_is_not_a_question(text):
    assert texts(text) == []


@pytest.mark.parametrize("text, asked", [
    ("¿Tienen ese cartón en stock? Necesito también que me confirmen el plazo de entrega a Sevilla.",
     "Necesito también que me confirmen el plazo de entrega a Sevilla."),
    ("Quería preguntarte si el inversor se puede cambiar de sitio más adelante.",
     "Quería preguntarte si el inversor se puede cambiar de sitio más adelante."),
    ("Mon employeur paie la formation : merci de refaire la facture au nom de la société.",
     "Mon employeur paie la formation: merci de refaire la facture au nom de la société."),
], ids=["es-necesito-tambien", "es-preguntarte", "fr-merci-de-after-a-colon"])
def test_requests_as_natives_write_them_are_found(text, asked):
    assert asked in texts(text)


def test_a_wish_added_after_the_questions_is_a_request_of_its_own():
    text = ("Where can I find the manual for the inverter? "
            "Lastly, I'd like to change the email address on our account to sam@example.org.")
    assert texts(text)[-1].startswith("Lastly, I'd like to change the email address")


def test_a_wish_before_a_question_still_sets_the_scene():
    assert texts("I'd like to return the jacket. How do I get a label?") == ["How do I get a label?"]


def test_each_item_of_a_list_a_customer_needs_from_support_is_a_request():
    text = ("I'm planning next year's training and need a few bits from you:\n"
            "- your 2027 prices for group courses\n"
            "- a sample syllabus for business English, if you have one")
    assert texts(text) == ["your 2027 prices for group courses",
                           "a sample syllabus for business English, if you have one"]


def test_the_items_of_what_a_customer_would_like_are_the_order_not_requests():
    text = ("Here's what we'd like for the staff day:\n\n- 25 people, Friday 4 June\n- lunch on site\n\n"
            "Could you put together a quote?")
    assert texts(text) == ["Could you put together a quote?"]


@pytest.mark.parametrize("text, expects", [
    ("¿Cuánto costaría el envío a Málaga?", "how_much"),
    ("¿Cuánto me cobrarían por el montaje?", "how_much"),
    ("¿Y cuál sería el presupuesto aproximado?", "how_much"),
    ("Quel serait le coût pour deux vitraux ?", "how_much"),
    ("Combien coûterait une deuxième housse ?", "how_much"),
    ("Was würde die Reparatur ungefähr kosten?", "how_much"),
    ("How wide is the bed frame?", "how_many"),
    ("Wie schwer ist der Koffer?", "how_many"),
    ("How early do we need to be at the terminal?", "when"),
    ("Wie früh müssen wir am Hafen sein?", "when"),
], ids=["es-conditional", "es-pronoun", "es-budget", "fr-cost", "fr-conditional", "de-conditional", "size", "de-weight", "how-early",
        "de-how-early"])
def test_prices_sizes_and_how_early_asked_in_other_forms_expect_their_kind_of_answer(text, expects):
    [question] = extract_questions(text)
    assert question.expects == expects


@pytest.mark.parametrize("text", [
    "¿Venden cojines sueltos en terciopelo Como?",
    "Tengo dos gatos, así que para mí es importante: ¿la tela se puede lavar?",
], ids=["a-fabric-named-como", "a-statement-before-the-question-mark"])
def test_spanish_yes_no_questions_are_not_taken_for_how_or_what(text):
    [question] = extract_questions(text)
    assert question.expects == "yes_no"


def test_any_news_with_a_word_between_is_a_chase_not_a_question():
    assert texts("Ich warte immer noch auf das Angebot für die Stühle. Gibt es da schon etwas Neues?") == []


@pytest.mark.parametrize("text, asked", [
    ("I need a VAT receipt for the deposit, made out to our company.",
     "I need a VAT receipt for the deposit, made out to our company."),
    ("Außerdem bräuchte ich eine Rechnung mit ausgewiesener Mehrwertsteuer.",
     "Außerdem bräuchte ich eine Rechnung mit ausgewiesener Mehrwertsteuer."),
    ("Außerdem wäre es wichtig zu wissen, ob Sie am Wochenende liefern.",
     "Außerdem wäre es wichtig zu wissen, ob Sie am Wochenende liefern."),
    ("I'd also like the washing instructions for the wool before I decide.",
     "I'd also like the washing instructions for the wool before I decide."),
    ("I'd rather pay by bank transfer - please send me your account details.",
     "I'd rather pay by bank transfer - please send me your account details."),
], ids=["need-a-named-document", "de-need-after-what-for", "de-important-to-know", "like-the-instructions",
        "please-after-a-dash"])
def test_requests_without_a_question_mark_in_more_forms_are_found(text, asked):
    assert texts(text) == [asked]


def test_a_need_followed_by_a_question_still_sets_the_scene():
    assert texts("Für die Buchung brauche ich eine Rechnung. Können Sie mir die schicken?") == [
        "Können Sie mir die schicken?"]


def test_each_numbered_item_is_a_sentence_of_its_own_with_its_number():
    text = ("Could you please, before the new tenants move in:\n\n1. check the boiler\n2. bleed the radiators\n"
            "3. A quote for a new thermostat.")
    assert split_sentences(text)[1:] == ["1. check the boiler", "2. bleed the radiators",
                                         "3. A quote for a new thermostat."]
    assert texts(text)[-3:] == ["check the boiler", "bleed the radiators", "A quote for a new thermostat."]


def test_a_numbered_item_stating_something_before_its_own_question_asks_only_the_question():
    text = ("A few things for my hearing aids please:\n\n1. I've lost a charger. Is the USB-C one the right type?\n"
            "2. A pack of wax guards.")
    assert texts(text) == ["Is the USB-C one the right type?", "A pack of wax guards."]


def test_a_numbered_item_takes_no_context_from_the_items_around_it():
    text = ("Some questions:\n\n1. Is the portal available in French? We have clients in Lyon.\n"
            "2. We'd like a training day for our new starters.\n3. Our bill shows 12 users; we have 9.")
    training = next(q for q in extract_questions(text) if "training" in q.text)
    assert not training.context & {"lyon", "client", "bill", "user"}


def test_hoping_the_business_is_well_is_a_pleasantry():
    assert texts("I hope the shop is surviving the run-up to Christmas? Could you put together a selection?") == [
        "Could you put together a selection?"]


def test_a_question_taken_back_with_actually_no_is_not_asked():
    asked = ("Could you hold it for me until Saturday? I'd need an order reference for that, wouldn't I? Actually no - "
             "your website says holds just go under a surname.")
    assert texts(asked) == ["Could you hold it for me until Saturday?"]


def test_why_do_these_things_always_is_rhetorical():
    assert texts("Why do these things always pack in the week the in-laws arrive? Can you get someone out before "
                 "Friday?") == ["Can you get someone out before Friday?"]


def test_a_need_for_a_document_in_french_is_a_request():
    assert [q.kind for q in extract_questions("J'aurais aussi besoin d'une attestation de paiement pour mon employeur.")
            ] == ["request"]


def test_the_verb_of_lasting_is_part_of_asking_how_long():
    for asked in ("Wie lange dauert es, bis das Ersatzteil da ist?", "¿Cuánto tarda el envío?",
                  "Combien de temps prend la livraison ?"):
        [question] = extract_questions(asked)
        assert question.expects == "when"
        assert not question.keywords & {"dauert", "tarda", "prend"}


def test_what_do_you_charge_and_what_it_costs_ask_a_price():
    for asked in ("What do you charge to fit a door gasket?", "Could you tell me roughly what a repair like this costs?"):
        [question] = extract_questions(asked)
        assert question.expects == "how_much"


def test_regret_in_brackets_is_not_a_question():
    assert texts("Finally cleared the old shed (why did we ever let it get so bad?) and there are two stumps left.") == []


def test_how_much_of_a_thing_to_buy_asks_a_quantity_not_a_price():
    assert [q.expects for q in extract_questions("I'm not sure how much to buy - how many metres would you need?")] == [
        "how_many"]
    assert [q.expects for q in extract_questions("How much fabric would we need for two cushions?")] == ["how_many"]
    assert [q.expects for q in extract_questions("How much do I need to pay up front?")] == ["how_much"]


def test_how_much_notice_asks_a_time():
    assert [q.expects for q in extract_questions("How much notice do you need to move a lesson?")] == ["when"]


def test_words_that_add_one_more_thing_name_no_topic():
    assert keywords_of("Außerdem, zudem, además, également, furthermore, moreover, additionally") == frozenset()


def test_a_charge_named_as_what_something_costs_is_a_price_word_and_a_battery_charge_is_not():
    assert "~price" in keywords_of("Is there a charge for the tasting?")
    assert "~price" in keywords_of("Do you charge extra for delivery on a Sunday?")
    assert "~price" not in keywords_of("The battery won't hold a charge any more.")
    assert "~price" not in keywords_of("Who is in charge of the bookings?")


def test_whether_there_is_a_fee_asks_a_price_yet_stays_a_yes_no_question():
    [charge] = extract_questions("And is there a charge for the tasting?")
    assert charge.expects == "yes_no" and asks_price(charge.text)


def test_hoping_after_a_greeting_or_that_an_event_went_well_is_a_pleasantry():
    assert texts("Morning all, hope you're keeping warm? Can you come and clear the chimney?") == [
        "Can you come and clear the chimney?"]
    assert texts("Hi Felix,\n\nHope the Beaujolais evening went well last night?\n\nDo you do a cheaper ticket for "
                 "non-drinkers?") == ["Do you do a cheaper ticket for non-drinkers?"]


@pytest.mark.parametrize("text", ["And what's the latest date I can confirm numbers?",
                                  "Pourriez-vous me proposer une date fin novembre ?",
                                  "Could you suggest a time next week?",
                                  "Können Sie mir einen neuen Termin vorschlagen?"])
def test_a_date_asked_for_expects_a_when(text: str):
    [question] = extract_questions(text)
    assert question.expects == "when"


@pytest.mark.parametrize("text", ["How often should the flue be swept?", "¿Cada cuánto hay que hacer la revisión?",
                                  "Wie oft muss der Kamin gekehrt werden ?"])
def test_how_often_expects_a_number(text: str):
    [question] = extract_questions(text)
    assert question.expects == "how_many"


def test_the_following_week_is_no_list_announced():
    assert texts("Could I move it to the following week, ideally a morning? Is Tuesday free?") == [
        "Could I move it to the following week, ideally a morning?", "Is Tuesday free?"]


def test_a_question_after_the_colon_of_several_questions_stays_a_question():
    assert texts("J'aurais plusieurs questions : pouvez-vous nous réserver des chambres ? Et le parking est-il "
                 "gratuit ?")[0].startswith("J'aurais plusieurs questions")


def test_what_it_would_cost_in_spanish_and_french_is_the_price():
    assert keywords_of("¿Cuánto costaría?") == keywords_of("Combien ça coûterait ?") == frozenset({"~price"})


def test_a_question_the_customer_answers_while_writing_is_not_asked():
    assert texts("Where would I find my order number? Oh wait, it's on the packing slip: BK-2290.\n\n"
                 "Can you swap the blue mug for a green one?") == ["Can you swap the blue mug for a green one?"]


def test_between_rather_than_and_so_that_name_no_topic_in_any_language():
    assert keywords_of("rather than card") == keywords_of("card")
    assert keywords_of("combien de temps entre la commande et la livraison") == keywords_of(
        "combien de temps la commande la livraison")
    assert not keywords_of("zwischen statt damit plutôt afin")


def test_words_quoted_inside_a_question_do_not_end_it():
    assert texts('Could you write "Happy 40th Jo! Love from all of us" inside the card? And is gift wrap free?') == [
        'Could you write "Happy 40th Jo! Love from all of us" inside the card?', "And is gift wrap free?"]


def test_inches_are_no_quotation_mark():
    assert texts('We need a 12" vinyl cut. Can you do it by Friday? And is "rush" extra?') == [
        "Can you do it by Friday?", 'And is "rush" extra?']


def test_a_sentence_announcing_the_questions_below_it_asks_nothing_itself():
    assert texts("Thanks for the quote. A few things I'd like to understand before we sign:\n\n"
                 "Can you hold the price until March?\nIs installation included?") == [
        "Can you hold the price until March?", "Is installation included?"]


def test_asking_how_everyone_is_doing_is_a_pleasantry():
    assert texts("How's everyone doing - busy with the January sales yet? Could you send me a copy of invoice 5521?"
                 ) == ["Could you send me a copy of invoice 5521?"]


def test_german_particles_name_no_topic():
    assert keywords_of("Wie breit ist der Tisch denn eigentlich genau?") == keywords_of("Wie breit ist der Tisch?")


def test_of_a_preference_only_the_option_wanted_is_a_choice():
    assert options_of("Pourriez-vous livrer le mardi plutôt que le lundi ?") == frozenset(["mardi"])
    assert options_of("Can I pay by card rather than transfer?") == frozenset(["card"])



def test_a_statement_that_there_are_things_to_ask_is_no_question():
    assert [q.text for q in extract_questions(
        "Hi, a few things have come up that I wanted to ask about in one go. The tap in the kitchen drips - could "
        "someone look at it? Is the parking permit included in the rent?")] == [
        "The tap in the kitchen drips - could someone look at it?", "Is the parking permit included in the rent?"]


def test_a_wish_before_an_announced_list_of_questions_sets_the_scene():
    assert [q.text for q in extract_questions(
        "We would like a portrait session for our anniversary. A couple of questions:\n\n"
        "- Do you come to the client's home?\n- Can prints be included?")] == [
        "Do you come to the client's home?", "Can prints be included?"]


def test_a_date_in_figures_does_not_end_a_sentence_that_goes_on():
    assert split_sentences("Ist der 28.11. noch frei? Sonst buche ich woanders. Wir kommen am 3.12. Passt das?") == [
        "Ist der 28.11. noch frei?", "Sonst buche ich woanders.", "Wir kommen am 3.12.", "Passt das?"]


def test_wondered_if_after_and_asks_with_the_subject_left_out():
    assert [q.text for q in extract_questions(
        "We're getting married at the castle next June and wondered if you're allowed to use flash inside. "
        "Also, what's the deposit to book?")] == [
        "We're getting married at the castle next June and wondered if you're allowed to use flash inside.",
        "Also, what's the deposit to book?"]


def test_how_are_you_after_the_greeting_and_the_name_is_a_pleasantry():
    assert texts("Hola, Lucía, ¿qué tal?\n\n¿El zócalo se puede quitar para limpiar debajo?") == [
        "¿El zócalo se puede quitar para limpiar debajo?"]


def test_wonder_shared_with_the_reader_is_not_a_question():
    assert texts("Can you believe it's nearly time to think about summer again? Could you switch her to the "
                 "film course?") == ["Could you switch her to the film course?"]
    assert texts("Is it just me, or do these summers come round faster every year? What time should we be "
                 "there?") == ["What time should we be there?"]


def test_announcing_a_number_of_things_to_ask_is_no_question():
    assert texts("Mi hija irá al curso A. Quería preguntarle dos cosas. ¿A qué hora tienen que estar en el "
                 "colegio?") == ["¿A qué hora tienen que estar en el colegio?"]


def test_a_list_item_stating_something_before_its_own_question_is_not_asked():
    assert texts("Could you help with three things:\n\n- Can the recliner be moved on the day?\n"
                 "- The stairlift won't be needed any more. Do you buy back stairlifts?\n"
                 "- Please change the billing address.") == [
        "Can the recliner be moved on the day?", "Do you buy back stairlifts?", "Please change the billing address."]


def test_a_need_stated_before_the_questions_sets_their_scene():
    assert texts("Could you quote for a coach to Ypres, 11-13 May? We'd need the coach with us in Belgium for all "
                 "three days. Do your drivers know the sites?") == [
        "Could you quote for a coach to Ypres, 11-13 May?", "Do your drivers know the sites?"]
    assert texts("Il nous faudrait un car côté anglais le samedi.\n\nEst-ce faisable, et à quel prix?") == [
        "Est-ce faisable, et à quel prix?"]


def test_a_need_stated_after_the_questions_or_naming_a_document_is_asked():
    assert texts("Do you have a teacher with a science background? Could you also let me know the price?\n\n"
                 "We'd need the invoice to go to our purchasing team rather than to me.")[-1] == (
        "We'd need the invoice to go to our purchasing team rather than to me.")
    assert "Außerdem bräuchten wir für die Bank eine Kopie des Angebots." in texts(
        "Hat der Speicher eine Notstromfunktion? Außerdem bräuchten wir für die Bank eine Kopie des Angebots. "
        "Und wann kommt der Monteur?")


def test_needing_to_know_asks():
    assert texts("Necesitaríamos saber el precio aproximado puerta a puerta.") == [
        "Necesitaríamos saber el precio aproximado puerta a puerta."]


def test_what_is_charged_asked_as_the_object_of_an_asking_wants_a_price():
    (question,) = extract_questions("I'd also like to know what you charge for collection.")
    assert question.expects == "how_much"


def test_a_german_wish_for_a_thing_sets_the_scene_for_the_question_after_it():
    questions = extract_questions("Ich hätte gern ein zweites Armband aus Leder. Haben Sie so etwas vorrätig?")
    assert [q.text for q in questions] == ["Haben Sie so etwas vorrätig?"]


def test_spanish_how_long_with_usually_asks_for_a_time():
    questions = extract_questions("¿Hacéis envíos a Canarias? ¿Cuánto suelen tardar?")
    assert questions[1].expects == "when"
    assert questions[1].keywords == frozenset()


def test_wanting_to_know_with_nothing_after_it_only_presses_the_question_before():
    assert texts("Also, does the pattern have short rows at the back neck? I'd like to know before I start.") == [
        "Also, does the pattern have short rows at the back neck?"]
    assert texts("I'd like to know whether the pattern has short rows.") == [
        "I'd like to know whether the pattern has short rows."]


def test_a_statement_before_a_colon_is_the_occasion_of_a_question_that_says_what_it_asks():
    (question,) = extract_questions("Nous déménageons le 1er décembre : pourriez-vous envoyer les prochains colis au "
                                    "7 rue des Tanneurs, 67000 Strasbourg ?")
    assert not question.keywords & keywords_of("déménageons décembre")
    assert keywords_of("déménageons") <= question.context


def test_a_statement_before_a_colon_stays_what_a_short_question_asks_about():
    (question,) = extract_questions("Léa est végétarienne : est-ce que les familles peuvent en tenir compte ?")
    assert keywords_of("végétarienne") <= question.keywords


@pytest.mark.parametrize("text", [
    "Please address the invoice to our bursar, Mr Colin Mabey, 3 Mill Lane, Otterford.",
    "Please make the invoice out to Bradwell Parish Council and quote our order number BP-118.",
    "Les agradecería también que la factura saliera a nombre de la asociación, con nuestro CIF G-12345678.",
    "I'd love it if someone could show the group round the workshop before the class."])
def test_how_to_make_out_the_invoice_and_a_wish_that_someone_would_is_a_request(text):
    assert [q.kind for q in extract_questions(text)] == ["request"]


def test_a_future_need_is_asked_when_it_names_a_document_not_when_it_states_the_plan():
    assert texts("How much is the shed? We will need a receipt made out to the allotment society.") == [
        "How much is the shed?", "We will need a receipt made out to the allotment society."]
    assert texts("We'll need a marquee on the lawn and a bar by the gate. Could you quote for both?") == [
        "Could you quote for both?"]


@pytest.mark.parametrize("opening", ["Enfin, ", "Zum Schluss: ", "Por último, ", "Finalmente, "])
def test_finally_in_another_language_is_no_word_of_the_question(opening):
    [question] = extract_questions(f"{opening}pourriez-vous nous conseiller un gîte près du rucher ?")
    assert question.keywords == extract_questions("Pourriez-vous nous conseiller un gîte près du rucher ?")[0].keywords


@pytest.mark.parametrize("text", ["I'd love to know which weekends you run the course.",
                                  "Quand a lieu mon prochain contrôle ?", "Wann ist der nächste Kurs?",
                                  "¿Cuándo es la próxima clase?"])
def test_love_and_next_are_no_words_of_what_is_asked(text):
    [question] = extract_questions(text)
    assert not question.keywords & {"love", "procha", "nachst", "proxim"}


@pytest.mark.parametrize("sign_off", ["Un cordial saludo, Lucía", "Viele Grüße aus Balnahard\nAnnika Brandt",
                                      "Viele Grüße aus Balnahard Annika Brandt", "Best regards, Ana"])
def test_a_sign_off_with_the_name_or_the_place_on_its_line_starts_the_signature(sign_off):
    text = f"¿Tienen el modelo en azul?\n\n{sign_off}\nCalle Mayor 4, Sevilla"
    assert without_signature_block(text).endswith(sign_off.splitlines()[0])


@pytest.mark.parametrize("text", [
    "So I also need to know if your yard can take an articulated lorry.",
    "I'd also need to know whether you can deliver on a Sunday.",
    "I'm also curious about whether the lake is open for paddleboards.",
    "It would also help to know whether the cover is washable.",
    "Our insurer wants to know whether the gates are locked at night.",
    "My husband would like to know if the kiln can fire stoneware.",
    "The governors asked me to check whether your staff hold first-aid certificates.",
    "Außerdem wüsste ich gern, ob Sie auch samstags liefern.",
    "Ich wüsste außerdem gern, ob Sie auch samstags liefern.",
    "Außerdem interessiert mich, ob die Halle beheizt ist.",
    "Außerdem würden wir gerne wissen, ob der Kurs auf Deutsch stattfindet.",
    "Nous aimerions aussi savoir si le parking est gratuit.",
    "Nos gustaría saber si el precio incluye el montaje.",
    "Querría saber si abren en Nochebuena.",
    "También me interesa saber si hacen descuento a grupos."])
def test_wanting_to_know_with_an_also_or_for_someone_else_is_an_indirect_question(text):
    assert [q.kind for q in extract_questions(text)] == ["indirect"]


@pytest.mark.parametrize("text", [
    "Je vous serais également reconnaissant de m'envoyer une copie de votre attestation d'assurance.",
    "Nous vous serions reconnaissants de nous envoyer le devis signé.",
    "Por último, os agradecería que me hicierais la factura a nombre de mi empresa.",
    "Y aprovecho para pedirte que me mandéis el certificado de garantía.",
    "Nennen Sie uns bitte auch zwei Referenzobjekte in London.",
    "Die Rechnung stellen Sie bitte auf meine Firma aus, nicht auf mich privat.",
    "We'd also like the Sunday night refunded - we packed up early because of it."])
def test_gratitude_in_advance_an_imperative_with_bitte_and_wanting_a_thing_done_are_requests(text):
    assert [q.kind for q in extract_questions(text)] == ["request"]


@pytest.mark.parametrize("text", ["Entschuldigen Sie bitte die späte Antwort.", "Haben Sie bitte noch etwas Geduld."])
def test_a_german_courtesy_with_bitte_asks_nothing(text):
    assert extract_questions(text) == []


def test_asking_when_or_what_time_support_will_do_something_is_a_question_even_with_a_full_stop():
    asked = extract_questions("Also what time will you collect on the Monday, as we have to be out by 10.")
    assert [q.kind for q in asked] == ["direct"]


def test_an_outburst_or_a_statement_opening_with_a_question_word_asks_nothing():
    assert extract_questions("How could you do this to a loyal customer.") == []
    assert extract_questions("What you need is a new filter.") == []


def test_a_line_announcing_questions_to_ask_about_is_not_one():
    asked = extract_questions("Couple of extras I wanted to ask about. Can we add a gazebo over it in case it rains?")
    assert [q.text for q in asked] == ["Can we add a gazebo over it in case it rains?"]


def test_a_time_in_figures_with_a_full_stop_ends_its_sentence_before_a_capital():
    assert split_sentences("We have to be out by 10. And please send me the terms.") == [
        "We have to be out by 10.", "And please send me the terms."]
    assert split_sentences("Können wir am 10. vorbeikommen?") == ["Können wir am 10. vorbeikommen?"]


@pytest.mark.parametrize("text", [
    "And while you're at it, please take me off the newsletter list, I won't be able to come to any events.",
    "Si es posible, envíenme también unas fotos de los esmaltes que tienen.",
    "By the way, please take my parents' address (22 Acomb Road) off your mailing list - your catalogue keeps going there."])
def test_asking_to_be_taken_off_a_list_or_a_spanish_imperative_after_a_condition_is_a_request(text):
    assert [q.kind for q in extract_questions(text)] == ["request"]


@pytest.mark.parametrize("text", ["Please take a look at the photos I sent.", "Please take note that I am away."])
def test_taking_a_look_or_a_note_asks_nothing(text):
    assert extract_questions(text) == []


def test_the_thing_i_must_ask_is_whether_is_an_indirect_question():
    asked = extract_questions("The other thing I must ask is whether the studio is accessible, as I use a stick.")
    assert [q.kind for q in asked] == ["indirect"]


def test_a_question_opening_with_can_or_will_the_is_a_question_even_with_a_full_stop():
    asked = extract_questions("Can the visits be done before 11am - we open for lunch at 12.")
    assert [q.kind for q in asked] == ["direct"]


def test_could_you_with_a_verb_is_a_request_even_with_a_full_stop():
    asked = extract_questions("And could you oil the coupling rods too while it's apart, they squeak a bit.")
    assert [q.text for q in asked] == ["And could you oil the coupling rods too while it's apart, they squeak a bit."]


def test_can_you_believe_it_with_a_full_stop_is_an_outburst_not_a_request():
    assert extract_questions("Can you believe it. Three weeks and still nothing.") == []


def test_the_story_told_before_and_i_wondered_whether_is_not_what_is_asked():
    asked, = extract_questions("I did a little pottery at school, a long time ago, and enjoyed it, and I wondered "
                               "whether the Tuesday handbuilding class still has space.")
    assert not asked.keywords & keywords_of("pottery school enjoyed")
    assert keywords_of("Tuesday handbuilding class") <= asked.keywords


def test_a_german_grateful_if_with_the_verb_first_is_a_request():
    assert [q.kind for q in extract_questions(
        "Außerdem wäre ich Ihnen dankbar, wenn Sie mir ein paar Stoffmuster zuschicken könnten.")] == ["request"]


def test_a_german_we_would_need_to_know_is_a_request():
    assert [q.kind for q in extract_questions(
        "Wir müssten außerdem wissen, ob Sie das Segel im Frühjahr direkt nach Kiel zurückschicken.")] == ["request"]


def test_a_signature_under_a_sign_off_and_a_name_said_twice_may_carry_a_long_tagline():
    reply = ("Dear Piers,\n\nYes, we still have the pattern.\n\nBest regards,\nMorwenna\n\nMorwenna Hocking\n"
             "Covers, Sprayhoods & Canvas | Penhallow Sailmakers & Canvas\n"
             "Measuring visits Falmouth - Fowey - Helford. Not sure what you need? Send us a photo.")
    assert without_signature_block(reply) == "Dear Piers,\n\nYes, we still have the pattern.\n\nBest regards,"


def test_asking_for_a_thing_done_alongside_names_no_topic_by_that_phrase():
    for text, phrase in (("Est-ce que vous pourriez installer Windows en français au passage ?", "passage"),
                         ("Könnten Sie bei der Gelegenheit auch einen UV-Streifen anbieten?", "gelegenheit"),
                         ("¿Pueden cambiar de paso la batería?", "paso")):
        (question,) = extract_questions(text)
        assert not keywords_of(phrase) & question.keywords, text


def test_a_german_need_stated_with_bitte_is_a_request():
    assert [q.kind for q in extract_questions(
        "Die Rechnung muss bitte an unsere deutsche Zentrale gehen, mit unserer USt-IdNr. DE287554120.")] == ["request"]


def test_asking_support_to_start_or_stop_a_habit_is_a_request():
    assert [q.kind for q in extract_questions(
        "Oh and please start putting our PO numbers on the invoices, this one is PO-2290.")] == ["request"]


def test_please_could_with_a_thing_as_subject_is_a_request():
    assert [q.kind for q in extract_questions(
        "And please could the invoices for each site go to that site's own email address rather than to me.")] == ["request"]


def test_needing_every_invoice_addressed_a_certain_way_is_a_request():
    assert [q.kind for q in extract_questions(
        "We'd also need every invoice addressed to Ellery Events rather than the bride, with our PO reference "
        "EE-0871 on it, as we settle suppliers directly.")] == ["request"]


def test_a_german_vat_number_abbreviation_does_not_end_the_request():
    assert texts("Außerdem bitte ich Sie, die Rechnung auf unsere USt-IdNr. DE812345678 auszustellen, damit es beim "
                 "Zoll keine Probleme gibt.") == ["Außerdem bitte ich Sie, die Rechnung auf unsere USt-IdNr. DE812345678 "
                                                  "auszustellen, damit es beim Zoll keine Probleme gibt."]


def test_a_german_bitte_ich_sie_with_a_long_address_before_its_verb_is_a_request():
    assert [q.kind for q in extract_questions(
        "Außerdem bitte ich Sie, mir die Rechnung an meine deutsche Adresse (Lindenstraße 12, 50674 Köln) zu "
        "schicken.")] == ["request"]


def test_asking_for_someone_else_in_a_contraction_is_a_question():
    assert texts("My mother is 88 and doesn't use email. She'd also like to know whether the wording can be agreed "
                 "now and kept on file.") == [
        "She'd also like to know whether the wording can be agreed now and kept on file."]


def test_a_question_the_customer_finds_the_answer_to_at_once_is_none():
    assert texts("¿Dónde puse yo el número de la tumba? Ah, ya lo tengo: es el F 208. Entonces, ¿pueden añadir el "
                 "nombre de mi tía en la misma lápida?") == [
        "Entonces, ¿pueden añadir el nombre de mi tía en la misma lápida?"]


def test_a_choice_with_both_as_a_third_answer_offers_the_two():
    assert options_of("I'd like to understand what's behind it - is it the oils, the postage, or both?") == {
        "oils", "postage"}


@pytest.mark.parametrize(("text", "expects"), [
    ("What's the smallest order you'd accept?", "how_many"),
    ("Et combien faut-il prévoir ?", "how_much"),
    ("¿Cuánto hay que pagar por la placa?", "how_much"),
])
def test_what_a_bound_or_a_budget_question_expects(text, expects):
    [question] = extract_questions(text)
    assert question.expects == expects


def test_i_would_like_an_answer_today_pleads_for_a_reply():
    assert find_reply_plea("The birthday has come and gone. I'd like an answer today please.") == (
        "I'd like an answer today please.")


def test_nearly_is_no_word_of_nearness():
    assert "~near" not in keywords_of("I've been a member for nearly three years")
    assert "~near" in keywords_of("Is there a vet near the site?")


def test_sending_back_is_returning_not_the_particle():
    assert keywords_of("Could I send it back and swap it?") & keywords_of(
        "We're hoping to be back on the French oil in the spring.") == frozenset()
    assert "~return" in keywords_of("including taking it away and bringing it back")
    assert "back" in keywords_of("And what thickness is the back panel?")
