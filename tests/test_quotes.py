"""Behaviour of happyaudit.quotes.split_reply, one behaviour per test, on small hand-written bodies."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from happyaudit.quotes import ReplySplit, split_reply
from happyaudit.signatures import without_signature


def test_plain_message_is_kept_whole():
    body = "Hello,\n\nMy invoice for October is missing. Can you resend it?\n\nThanks,\nMaria"
    result = split_reply(body)
    assert result == ReplySplit(new_text=body, quoted_lines=0, signature="", inline=False)


def test_question_mark_text_is_kept():
    body = "Is the refund on its way?\nI have been waiting two weeks.\n\nRegards,\nTom"
    assert "Is the refund on its way?" in split_reply(body).new_text


def test_gmail_attribution_in_english_starts_quoted_history():
    body = (
        "Yes, that fixed it.\n\n"
        "On Mon, 2 Nov 2026 at 10:14, Jane Support <jane@help.example> wrote:\n\n"
        "> Please clear the cache and try again.\n> Jane\n"
    )
    result = split_reply(body)
    assert result.new_text == "Yes, that fixed it."
    assert result.quoted_lines == 3
    assert not result.inline


def test_gmail_attribution_in_german_starts_quoted_history():
    body = (
        "Danke, jetzt geht es.\n\n"
        "Am Mo., 2. Nov. 2026 um 10:14 Uhr schrieb Jane Support <jane@help.example>:\n"
        "> Bitte Cache leeren.\n"
    )
    assert split_reply(body).new_text == "Danke, jetzt geht es."


def test_french_spanish_and_dutch_attributions_start_quoted_history():
    headers = [
        "Le lun. 2 nov. 2026 à 10:14, Jane <jane@help.example> a écrit :",
        "El lun, 2 nov 2026 a las 10:14, Jane (<jane@help.example>) escribió:",
        "Op ma 2 nov. 2026 om 10:14 schreef Jane <jane@help.example>:",
    ]
    for header in headers:
        body = f"Merci / gracias / bedankt.\n\n{header}\n> old text\n"
        assert split_reply(body).new_text == "Merci / gracias / bedankt.", header


def test_attribution_wrapped_over_two_lines_is_removed():
    body = (
        "Works now.\n\n"
        "On Mon, Nov 2, 2026 at 10:14 AM Jane Support from the Help Desk <\n"
        "jane@help.example> wrote:\n\n> Try again please.\n"
    )
    assert split_reply(body).new_text == "Works now."


def test_attribution_without_quote_marks_cuts_history():
    body = "Got it, thanks.\n\nOn 2 Nov 2026, at 10:14, Jane <jane@help.example> wrote:\n\nWe shipped it today.\n"
    result = split_reply(body)
    assert result.new_text == "Got it, thanks."
    assert result.quoted_lines == 2


def test_nested_quotes_are_removed():
    body = (
        "Still broken.\n\nOn Tue, 3 Nov 2026 at 09:00, Bob <bob@help.example> wrote:\n"
        "> Did it work?\n> On Mon, 2 Nov 2026 at 10:14, Ann <ann@x.example> wrote:\n> > It crashes.\n"
    )
    assert split_reply(body).new_text == "Still broken."


def test_outlook_header_block_without_quote_marks():
    body = (
        "Please see my answer below.\n\n"
        "________________________________\n"
        "From: Jane Support <jane@help.example>\n"
        "Sent: Monday, November 2, 2026 10:14 AM\n"
        "To: Customer <c@client.example>\n"
        "Subject: Your ticket\n\n"
        "Could you send us the log file?\n"
    )
    result = split_reply(body)
    assert result.new_text == "Please see my answer below."
    assert result.quoted_lines == 5


OUTLOOK_ANSWERS_MARKED = (
    "Hi Graham,\n\nAnswers below.\n\n"
    "________________________________\n"
    "From: Graham Morrish <g@home.example>\n"
    "Sent: Tuesday, November 17, 2026 7:55 AM\n"
    "To: Customer Care <care@solar.example>\n"
    "Subject: Install on Monday 23rd\n\n"
    "When will the scaffolding go up?\n\n"
    "[DR] Friday 20th, between 8 and 10.\n\n"
    "We normally park two cars on our drive. Should we move them for the week?\n\n"
    "[DR] Only on Friday morning.\n\n"
    "Thanks\nGraham\n"
)


def test_answers_marked_with_initials_under_an_outlook_header_are_an_inline_reply():
    result = split_reply(OUTLOOK_ANSWERS_MARKED)
    assert result.inline
    assert result.new_text == (
        "Hi Graham,\n\nAnswers below.\n\n> When will the scaffolding go up?\n\nFriday 20th, between 8 and 10.\n\n"
        "> We normally park two cars on our drive. Should we move them for the week?\n\nOnly on Friday morning.")


def test_one_bracketed_initial_in_the_history_is_no_inline_reply():
    body = OUTLOOK_ANSWERS_MARKED.replace("[DR] Only on Friday morning.", "Only on Friday morning.")
    assert split_reply(body).new_text == "Hi Graham,\n\nAnswers below."


def test_answers_marked_in_a_mail_quoted_further_down_stay_history():
    body = ("Thanks, that all works.\n\n"
            "From: Dev <dev@solar.example>\nSent: Tuesday, November 17, 2026 11:20 AM\nTo: Graham <g@home.example>\n"
            "Subject: RE: Install\n\n" + OUTLOOK_ANSWERS_MARKED)
    assert split_reply(body).new_text == "Thanks, that all works."


def test_localised_outlook_header_blocks_start_history():
    blocks = [
        "Von: Jane <jane@help.example>\nGesendet: Montag, 2. November 2026 10:14\nAn: Kunde\nBetreff: Ticket",
        "De : Jane <jane@help.example>\nEnvoyé : lundi 2 novembre 2026 10:14\nÀ : Client\nObjet : Ticket",
        "De: Jane <jane@help.example>\nEnviado: lunes, 2 de noviembre de 2026 10:14\nPara: Cliente\nAsunto: Ticket",
        "Van: Jane <jane@help.example>\nVerzonden: maandag 2 november 2026 10:14\nAan: Klant\nOnderwerp: Ticket",
    ]
    for block in blocks:
        assert split_reply(f"Top reply.\n\n{block}\n\nOld text.\n").new_text == "Top reply.", block


def test_original_message_separator_starts_history():
    for separator in ("-----Original Message-----", "-----Ursprüngliche Nachricht-----"):
        body = f"See attached.\n\n{separator}\nOld question here\n"
        assert split_reply(body).new_text == "See attached."


def test_forwarded_message_is_not_new_text():
    for marker in ("---------- Forwarded message ---------", "Begin forwarded message:"):
        body = f"FYI, the customer wrote this.\n\n{marker}\nFrom: a@b.example\n\nMy order never arrived.\n"
        result = split_reply(body)
        assert result.new_text == "FYI, the customer wrote this."
        assert result.quoted_lines >= 2


def test_sent_from_my_iphone_is_a_signature():
    result = split_reply("Can you call me back today?\n\nSent from my iPhone")
    assert result.new_text == "Can you call me back today?"
    assert result.signature == "Sent from my iPhone"


def test_localised_mobile_footers_are_signatures():
    footers = [
        "Von meinem iPhone gesendet",
        "Envoyé de mon iPhone",
        "Enviado desde mi iPhone",
        "Verzonden vanaf mijn iPhone",
        "Sent from Outlook for Android",
        "Get Outlook for iOS",
        "Sent from my Galaxy",
    ]
    for footer in footers:
        result = split_reply(f"Where is my parcel?\n\n{footer}\n")
        assert (result.new_text, result.signature) == ("Where is my parcel?", footer), footer


def test_sent_from_inside_a_sentence_is_not_a_signature():
    body = "Here is the report.\n\nSent from my desk at work, where the printer finally works again."
    assert split_reply(body).new_text == body


def test_dash_dash_space_signature():
    result = split_reply("The export fails every night.\n\n-- \nAnna Berg\nACME Ltd\n+44 20 0000 0000\n")
    assert result.new_text == "The export fails every night."
    assert result.signature.startswith("--")
    assert "Anna Berg" in result.signature


def test_signature_with_a_question_is_not_stripped():
    body = "Thanks.\n--\nBy the way, did you get my invoice?"
    assert "did you get my invoice?" in split_reply(body).new_text


def test_signature_above_quoted_history_is_removed():
    body = "Fine by me.\n\n--\nOla\n\nOn Mon, 2 Nov 2026 at 10:14, Jane <jane@help.example> wrote:\n> Shall we close it?\n"
    result = split_reply(body)
    assert result.new_text == "Fine by me."
    assert result.signature == "--\nOla"


def test_sign_off_with_name_is_kept_as_written_text():
    body = "I still need the key.\n\nBest regards,\nJohn"
    assert split_reply(body).new_text == body


def test_inline_answer_keeps_the_quoted_line_it_answers():
    body = (
        "On Mon, 2 Nov 2026 at 10:14, Jane <jane@help.example> wrote:\n"
        "> Which version are you running?\n\n"
        "Version 4.2.\n\n"
        "> Does it happen on every login?\n\n"
        "Only on the first one.\n\n"
        "> Regards, Jane\n"
    )
    result = split_reply(body)
    assert result.inline
    assert result.new_text == (
        "> Which version are you running?\n\nVersion 4.2.\n\n> Does it happen on every login?\n\nOnly on the first one."
    )


def test_inline_answer_drops_unanswered_quote_paragraphs():
    body = "> Hello Tom,\n>\n> Is the server up?\nYes.\n"
    result = split_reply(body)
    assert result.new_text == "> Is the server up?\nYes."
    assert result.quoted_lines == 2


def test_wrote_inside_a_sentence_is_not_an_attribution():
    body = "My colleague wrote: the update broke printing.\nOn Monday we will retry the install.\nCan you help?"
    assert split_reply(body).new_text == body


def test_sentences_starting_with_on_are_kept():
    body = "On the other hand, the app works.\n\nOn average it takes 3 minutes to load.\nIs that normal?"
    assert split_reply(body).new_text == body


def test_from_colon_inside_a_sentence_is_not_a_header_block():
    body = "Mails come from: billing@x.example and From: nobody else.\nTo: be clear, only those two."
    assert split_reply(body).new_text == body


def test_quote_marks_inside_a_code_block_are_kept():
    body = "The shell shows:\n```\n> npm install\n> done\n```\nWhy does it stop there?"
    assert split_reply(body).new_text == body


def test_reply_text_before_an_embedded_attribution_is_kept():
    body = "reply On Wed, Apr 4, 2026 at 3:59 PM, bob@x.example wrote:\n> Hi"
    assert split_reply(body).new_text.startswith("reply")


def test_attribution_on_first_line_keeps_the_answer_below():
    body = "On 2 Nov 2026 10:14, \"Jane\" <jane@help.example> wrote:\n\n    old quoted line\n\nMy answer is yes."
    assert "My answer is yes." in split_reply(body).new_text


def test_trailing_separator_lines_are_removed():
    assert split_reply("Thanks for the fix.\n\n________________\n").new_text == "Thanks for the fix."


def test_crlf_line_endings_are_handled():
    body = "Still waiting.\r\n\r\nOn Mon, 2 Nov 2026 at 10:14, Jane <jane@help.example> wrote:\r\n> Any news?\r\n"
    assert split_reply(body).new_text == "Still waiting."


def test_very_long_input_runs_in_linear_time():
    line = "> " + "a" * 5000 + " wrote " + "0" * 5000
    body = "Short reply.\n\n" + "\n".join([line] * 40) + "\n" + ("x" * 200 + "\n") * 2000
    started = time.perf_counter()
    split_reply(body)
    assert time.perf_counter() - started < 2.0


def _unquote(line: str) -> str:
    return re.sub(r"^(?:[ \t]*>)+[ \t]?", "", line)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.lists(st.sampled_from(["a", "b ", ">", "> ", "-- ", ":", "@", "\n", "\r\n", "1", "On ", "wrote:", "From: ", "Sent: ", "To: ", "?"])).map("".join),
    )
)
def test_split_never_raises_and_keeps_only_input_lines(text):
    result = split_reply(text)
    source_lines = {_unquote(line).rstrip() for line in re.split(r"\r\n|\r|\n", text)}
    source_lines |= {line.rstrip() for line in re.split(r"\r\n|\r|\n", text)}
    for line in result.new_text.split("\n"):
        if line.strip():
            candidate = line[2:] if line.startswith("> ") else line
            assert candidate.rstrip() in source_lines or line.rstrip() in source_lines
    assert result.quoted_lines >= 0


# --- the audit's looser signature test (issue 3) ------------------------------------------------

def test_without_signature_ignores_a_question_mark_inside_a_signature_url():
    body = "The refund arrived, thank you.\n\n-- \nLena Park\nPark Studio\nhttps://park.example/team?ref=sig&lang=en\n"
    assert without_signature(body) == "The refund arrived, thank you."


def test_without_signature_drops_a_tagline_that_comes_with_a_link():
    same_line = "All good now.\n--\nOmar\nCurious about our tours? https://tours.example/?src=mail"
    next_line = "All good now.\n--\nOmar\nNeed a hand with your booking?\nhttps://tours.example/help"
    assert without_signature(same_line) == "All good now."
    assert without_signature(next_line) == "All good now."


def test_without_signature_keeps_a_real_question_below_the_dashes():
    body = "Thanks.\n--\nOne more thing: can you also resend the March statement?"
    assert without_signature(body) == body
    assert "resend the March statement?" in split_reply(body).new_text
