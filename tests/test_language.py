"""Closing statements, thanks-only replies, closing subject tags and labels, in five languages."""

from __future__ import annotations

import time

import pytest

from happyaudit.audit.language import (
    CLOSING_SUBJECT_TAGS,
    is_acknowledgement_only,
    is_closing_label,
    is_closing_statement,
    is_customer_close,
    subject_closing_tag,
)

CLOSING = {
    "en-mark-resolved": "I'll mark this ticket as resolved.",
    "en-closing-this-ticket": "Closing this ticket.",
    "en-im-closing-now": "I'm closing this case now.",
    "en-has-been-resolved": "This ticket has been resolved.",
    "en-we-will-close": "Glad it works! We will now close this request.",
    "en-rt-resolved-notice": "According to our records, your request has been resolved. If you have any "
    "further questions or concerns, please respond to this message.",
    "en-close-then-offer": "I'm closing this ticket, if you need anything else just reply.",
    "en-crlf": "Hi Jane,\r\n\r\nI'll mark this ticket as resolved.\r\n\r\nSam",
    "en-upper-case": "I WILL CLOSE THIS TICKET NOW.",
    "de-ich-schliesse": "Ich schließe das Ticket.",
    "de-schliesse-ich": "Dann schließe ich das Ticket jetzt.",
    "de-ist-geschlossen": "Das Ticket ist geschlossen.",
    "fr-cloture-ticket": "Je clôture le ticket.",
    "fr-cloture-demande": "Je clôture la demande, bonne journée.",
    "fr-est-resolue": "Votre demande est résolue.",
    "es-cerramos-ticket": "Cerramos el ticket.",
    "es-cerramos-caso": "Cerramos el caso, gracias.",
    "es-ha-sido-cerrado": "Su caso ha sido cerrado.",
    "es-doy-por-cerrada": "Con esto doy por cerrada la consulta; si necesita algo más, escríbanos de nuevo.",
    "es-damos-por-resuelto": "Damos el caso por resuelto.",
    "nl-ik-sluit": "Ik sluit dit ticket.",
    "nl-is-gesloten": "Het ticket is nu gesloten.",
}

NOT_CLOSING = {
    "en-question": "Let me know if we can close this?",
    "en-before-we-close": "Before we close the ticket, could you confirm the address?",
    "en-conditional-deferred": "If you have no further questions we'll close it in 7 days.",
    "en-deferred-days": "We will close this ticket in 7 days.",
    "en-automatic": "This ticket will be closed automatically.",
    "en-if-after": "We'll close the ticket if you have no further questions.",
    "en-store-closed": "The store is closed on Sunday.",
    "en-negated": "I won't close this ticket yet.",
    "en-can-we-close": "Can we close this ticket?",
    "en-quoted-close": "> I'll mark this ticket as resolved.\nNo, it still fails.",
    "de-wenn": "Wenn Sie keine Fragen mehr haben, schließen wir das Ticket.",
    "de-geschaeft": "Das Geschäft ist sonntags geschlossen.",
    "fr-si": "Si tout fonctionne, je clôture le ticket.",
    "fr-magasin": "Le magasin est fermé le dimanche.",
    "es-si": "Si no hay más preguntas, cerramos el caso.",
    "es-tienda": "La tienda está cerrada el domingo.",
    "es-si-doy-por-cerrada": "Si no tiene más dudas, doy por cerrada la incidencia.",
    "es-no-doy-por-cerrada": "Todavía no doy por cerrada la consulta.",
    "nl-als": "Als alles werkt, sluiten we het ticket over 7 dagen.",
    "nl-winkel": "De winkel is op zondag gesloten.",
    "empty": "",
}

ACKNOWLEDGEMENT_ONLY = {
    "en-thanks": "Thanks!",
    "en-great-thank-you": "Great, thank you so much",
    "en-perfect-works": "Perfect, that works.",
    "en-got-it-cheers": "Got it, cheers",
    "en-with-greeting-and-sign-off": "Hi Sam,\n\nThanks!\n\nBest,\nJane",
    "en-crlf-name": "Thank you very much for your help.\r\nJane Doe",
    "de-danke": "Danke!",
    "de-with-sign-off": "Vielen Dank für Ihre Hilfe!\nMit freundlichen Grüßen\nHans Müller",
    "fr-merci": "Merci beaucoup",
    "fr-parfait": "Bonjour,\nParfait, merci !\nCordialement",
    "es-gracias": "Gracias",
    "es-perfecto": "Perfecto, muchas gracias.",
    "nl-bedankt": "Bedankt",
    "nl-top": "Top, hartelijk dank!",
}

NOT_ACKNOWLEDGEMENT_ONLY = {
    "fr-thanks-then-indirect-question": "Super, merci.\n\nJe voudrais savoir si vous livrez aussi en Suisse.",
    "de-thanks-then-wish": "Danke! Ich möchte die zweite Lieferung stornieren.",
    "en-one-more-thing": "Thanks! One more thing: can you send the manual?",
    "en-still-broken": "Thanks, but it still doesn't work",
    "en-please-invoice": "thanks, please send the invoice too",
    "en-question-mark": "Thanks. When will it ship?",
    "en-problem": "Thanks, the app crashes again on start.",
    "en-empty": "",
    "en-greeting-only": "Hi Sam,",
    "de-aber": "Danke, aber es funktioniert immer noch nicht.",
    "fr-mais": "Merci, mais j'ai encore une erreur.",
    "es-pero": "Gracias, pero todavía no funciona.",
    "nl-maar": "Bedankt, maar het werkt nog niet.",
}

SUBJECT_TAGS = {
    "resolved": ("[Resolved] Printer offline", "resolved"),
    "closed": ("Re: [Closed] Refund", "closed"),
    "solved": ("[Solved] Login", "resolved"),
    "paren-closed": ("Refund (closed)", "closed"),
    "de-geloest": ("[Gelöst] Drucker", "resolved"),
    "de-geschlossen": ("[Geschlossen] Rechnung", "closed"),
    "fr-resolu": ("[Résolu] Facture", "resolved"),
    "fr-ferme": ("[Fermé] Commande", "closed"),
    "es-resuelto": ("[Resuelto] Pedido", "resolved"),
    "es-cerrado": ("[Cerrado] Factura", "closed"),
    "nl-opgelost": ("[Opgelost] Bestelling", "resolved"),
    "nl-gesloten": ("[Gesloten] Factuur", "closed"),
    "rt-status-prefix": ("[support.example #33575] Resolved: FYI", "resolved"),
    "lower-case": ("[closed] refund", "closed"),
    "plain-subject": ("Printer offline", None),
    "word-in-text": ("Store closed on Sunday?", None),
    "unrelated-brackets": ("[Ticket #12] Refund", None),
    "empty": ("", None),
}

LABELS = {
    "closed": ("closed", True),
    "resolved": ("Resolved", True),
    "dollar-closed": ("$Closed", True),
    "done": ("done", True),
    "gmail-nested": ("Support/Closed", True),
    "de-erledigt": ("Erledigt", True),
    "fr-resolu": ("résolu", True),
    "es-cerrado": ("cerrado", True),
    "nl-opgelost": ("opgelost", True),
    "answered-flag": ("\\Answered", False),
    "seen-flag": ("\\Seen", False),
    "closed-parent-folder": ("Closed/Archive", False),
    "not-closed": ("not-closed", False),
    "inbox": ("inbox", False),
    "empty": ("", False),
}


@pytest.mark.parametrize("text", CLOSING.values(), ids=CLOSING.keys())
def test_closing_statement_is_recognised(text):
    assert is_closing_statement(text)


@pytest.mark.parametrize("text", NOT_CLOSING.values(), ids=NOT_CLOSING.keys())
def test_conditional_question_or_unrelated_close_is_not_a_closing_statement(text):
    assert not is_closing_statement(text)


@pytest.mark.parametrize("text", ACKNOWLEDGEMENT_ONLY.values(), ids=ACKNOWLEDGEMENT_ONLY.keys())
def test_thanks_only_reply_is_acknowledgement_only(text):
    assert is_acknowledgement_only(text)


@pytest.mark.parametrize("text", NOT_ACKNOWLEDGEMENT_ONLY.values(), ids=NOT_ACKNOWLEDGEMENT_ONLY.keys())
def test_thanks_with_a_request_or_problem_is_not_acknowledgement_only(text):
    assert not is_acknowledgement_only(text)


@pytest.mark.parametrize(("subject", "tag"), SUBJECT_TAGS.values(), ids=SUBJECT_TAGS.keys())
def test_subject_closing_tag(subject, tag):
    assert subject_closing_tag(subject) == tag


def test_closing_subject_tags_normalise_to_resolved_or_closed():
    assert set(CLOSING_SUBJECT_TAGS.values()) == {"resolved", "closed"}


@pytest.mark.parametrize(("label", "closing"), LABELS.values(), ids=LABELS.keys())
def test_closing_label(label, closing):
    assert is_closing_label(label) is closing


@pytest.mark.parametrize(
    "function", [is_closing_statement, is_acknowledgement_only, subject_closing_tag], ids=lambda f: f.__name__
)
def test_heuristics_stay_fast_on_hostile_input(function):
    hostile = ("I " + "will " * 5000 + "[" * 5000 + "ticket " * 5000 + "\r\n") * 3
    started = time.perf_counter()
    function(hostile)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("text", [
    "Great, thanks Priya! Dropping it off tomorrow.\n\nEthan",
    "Vielen Dank, Frau Vogel, das hilft mir sehr. Die alte Jacke schicke ich morgen zurück.\n\nJürgen",
    "Merci beaucoup, je passe demain au magasin.",
    "Perfect, thank you. We'll go with the green one.",
], ids=["en-plan", "de-plan", "fr-plan", "en-decision"])
def test_thanks_with_a_plain_statement_is_acknowledgement_only(text):
    assert is_acknowledgement_only(text)


@pytest.mark.parametrize("text", [
    "Thank you. I have attached the photo of the receipt.",
    "Thanks. The parcel arrived damaged.",
    "Thanks, I still haven't received the refund.",
    "Danke, aber die Größe passt leider nicht.",
    "Gracias, pero necesito la factura.",
], ids=["attachment", "damage", "still-waiting", "de-but", "es-need"])
def test_thanks_with_new_information_or_a_problem_is_a_real_message(text):
    assert not is_acknowledgement_only(text)


# --- issue 3 ------------------------------------------------------------------------------------

def test_a_closing_statement_wrapped_across_lines_is_read_whole():
    assert is_closing_statement("Glad the new gasket did the trick. We'll now close this\nsupport request.")


def test_marking_it_resolved_without_naming_the_ticket_closes():
    assert is_closing_statement("Great to hear! I'll mark this as solved.")
    assert not is_closing_statement("Could I mark this as solved?")


def test_thanks_with_a_tagline_signature_is_acknowledgement_only():
    text = "Thanks so much, all sorted!\n\nCheers,\nLena Park\nPark Studio\nWant to see our work? https://park.example/?utm=sig"
    assert is_acknowledgement_only(text)


@pytest.mark.parametrize("text", [
    "Thanks, no rush.",
    "Danke, keine Eile!",
    "Merci, rien ne presse.",
    "Gracias, sin prisa.",
], ids=["en", "de", "fr", "es"])
def test_thanks_with_no_hurry_is_acknowledgement_only(text: str):
    assert is_acknowledgement_only(text)


@pytest.mark.parametrize("text", [
    "Perfecto, ya me ha llegado. Con esto doy por cerrada la consulta.\n\nSaludos,\nLucía",
    "All sorted now, you can close this ticket. Thanks!",
    "Vielen Dank, damit ist die Anfrage erledigt.",
    "Merci, vous pouvez clôturer le ticket.",
], ids=["es", "en", "de", "fr"])
def test_the_customer_closing_the_case_is_a_customer_close(text: str):
    assert is_customer_close(text)


@pytest.mark.parametrize("text", [
    "You can close this ticket once the refund arrives?",
    "Please close this ticket, but first send me the invoice.",
    "The box was closed and the parcel resolved nothing.",
], ids=["question", "request", "no-close"])
def test_a_close_with_something_more_to_do_is_not_a_customer_close(text: str):
    assert not is_customer_close(text)


def test_thanks_above_a_dash_dash_signature_with_a_tagline_question_is_acknowledgement_only():
    text = ("Thank you, that's reassuring.\n\n-- \nBen Thackeray | Thackeray Studio\n"
            "Need a new website? https://thackeray-studio.example/?ref=mail")
    assert is_acknowledgement_only(text)


@pytest.mark.parametrize("text", [
    "This is the third time I've written. I would really appreciate a reply today.",
    "Just following up on my email below - I haven't heard back yet and I'd like to get the date sorted before the "
    "Christmas slots fill up.",
])
def test_a_chase_is_never_acknowledgement_only(text):
    assert not is_acknowledgement_only(text)
