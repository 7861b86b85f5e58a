"""The cheap pre-checks in front of the big text regexes are conservative: they only skip text
the full regex could never match, so every rule gives the same results with or without them.

Each check runs over every text and sentence we have: the sample and evaluation mailboxes (new
text and body of every message), every string literal of the unit tests, and a few made-up
sentences with the characters IGNORECASE treats specially.
"""

from __future__ import annotations

import ast
import re
import string
from functools import lru_cache
from pathlib import Path

import pytest

from happyaudit import automatic, quotes, signatures
from happyaudit.audit import (
    asking,
    chasing,
    commitments,
    guards,
    language,
    questions,
    reply_evidence,
    words,
)
from happyaudit.audit import text as text_analysis
from happyaudit.pipeline import load_messages
from happyaudit.signatures import may_hold_signature, without_signature
from happyaudit.sources import discover
from tests.conftest import ROOT, SAMPLE_MAILBOX

EVAL_MAILBOX = ROOT / "tests" / "eval" / "mailbox"

_EXTRA = [
    "I'll get back to you tomorrow.",
    "We wİll check and come back to you.",  # "İ", "ı", "ſ" and the Kelvin sign match ASCII letters under IGNORECASE
    "We wıll chaſe the warehouſe and let you know.",
    "Any updaTe on my order? \u212aind regards",
    "I'm closing thiſ ticket now.",
    "Wir melden uns morgen bei Ihnen.",
    "Je reviens vers vous demain.",
    "Le responderé mañana.",
    "Ik kom er morgen op terug.",
    "Ik ga het even na.",
    "we gaan dit\tna",
    "Still no reply from you.",
    "Ticket ist geschlossen.",
    "La demande est résolue.",
    "Het ticket is gesloten.",
    "El caso ha sido cerrado.",
    "Could you tell me the price",
    "what is the weight",
    "Sent from my iPhone",
    "Confidentiality notice: this message may contain privileged information.",
    "Kannst du mir sagen, was das kostet",
    "¿Puede enviarme la factura?",
    "Pourriez-vous m'envoyer la facture ?",
    "Graag ontvang ik de factuur.",
    "Le confirmo el jueves.",
    "Just circling back on the below.",
    "Con esto doy por cerrada la consulta.",
    "You can close thiſ ticket now.",
]


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    texts: list[str] = []
    for mailbox in (SAMPLE_MAILBOX, EVAL_MAILBOX):
        loaded = load_messages(list(discover(str(mailbox))))
        for message in loaded.messages:
            texts.extend(text for text in (message.new_text, getattr(message, "body", "")) if text)
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 3:
                texts.append(node.value)
    texts.extend(_EXTRA)
    return tuple(dict.fromkeys(texts))


@lru_cache(maxsize=1)
def _sentences() -> tuple[str, ...]:
    found: list[str] = []
    for text in _texts():
        found.append(text)
        found.extend(text.splitlines())
        found.extend(text_analysis.split_sentences(text))
        found.extend(language._sentences(text))
        found.extend(sentence for paragraph in text_analysis.paragraphs_of_sentences(text) for sentence in paragraph)
        found.extend(text_analysis._paragraphs(text))
    return tuple(dict.fromkeys(found))


def test_the_corpus_is_big_enough_to_mean_something():
    assert len(_texts()) > 500
    assert len(_sentences()) > 3000


@pytest.mark.parametrize("hint, pattern", [
    (commitments._PROMISE_HINT, commitments._PROMISE),
    (commitments._PROMISE_HINT, commitments._DATED_PROMISE),
    (asking.QUESTION_HINT, asking.INDIRECT),
    (asking.QUESTION_HINT, asking.REQUEST),
    (asking.QUESTION_HINT, asking.WISH),
    (asking.QUESTION_HINT, asking.WANTED_THING),
    (asking.UNPUNCTUATED_HINT, asking.UNPUNCTUATED_QUESTION),
    (asking.MODAL_HINT, asking.MODAL_ASKED),
    (chasing._CHASE_HINT, chasing._CHASE),
    (chasing._CHASE_MORE_HINT, chasing._CHASE_MORE),
    (chasing._AWAITED_HINT, chasing._AWAITED),
    (language._CUSTOMER_CLOSE_HINT, language._CUSTOMER_CLOSE),
    (text_analysis._DISCLAIMER_HINT, text_analysis._DISCLAIMER),
    (language._CLOSING_HINT, language._CLOSING_PATTERNS),
    (questions._WITHDRAWAL_HINT, questions._WITHDRAWAL),
    (words._SEND_BACK_HINT, words._SEND_BACK),
    (words._SEND_BACK_HINT, words._MONEY_BACK),
    (words._COSTS_NOTHING_HINT, words._COSTS_NOTHING),
    (words._COSTS_NOTHING_HINT, words._CHARGE_AS_PRICE),
    (words._FREE_HINT, words._FREE_ON_A_DATE),
    (words._SQUARE_METRE_HINT, words._SQUARE_METRE),
    (reply_evidence._HANDOFF_HINT, reply_evidence._HANDOFF),
], ids=["promise", "dated-promise", "indirect", "request", "wish", "wanted-thing", "unpunctuated", "modal-asked", "chase", "chase-more", "awaited",
        "customer-close", "disclaimer", "closing", "withdrawal", "send-back", "money-back", "costs-nothing", "charge-as-price",
        "free-on-a-date", "square-metre", "handoff"])
def test_a_pre_check_never_skips_text_the_full_pattern_matches(hint: guards.Hint, pattern: re.Pattern[str]):
    assert hint.pattern.flags == pattern.flags
    matched = 0
    for sentence in _sentences():
        flat = sentence.replace("\u2019", "'")
        for text in (sentence, flat):
            # the ASCII fast path answers exactly what the IGNORECASE regex answers
            assert hint.search(text) == (hint.pattern.search(text) is not None), text
            if pattern.search(text):
                matched += 1
                assert hint.search(text), f"pre-check would skip {text!r}"
    assert matched > 0, "the corpus never exercises this pattern"


def test_unpunctuated_question_pre_check_holds_on_every_body_and_the_sentence_around_it():
    for sentence in _sentences():
        body = text_analysis._LEAD_IN.sub("", text_analysis._GREETING_PREFIX.sub("", sentence)).strip()
        if body and asking.UNPUNCTUATED_QUESTION.match(body):
            assert sentence.find(body) >= 0
            assert asking.UNPUNCTUATED_HINT.search(sentence)


def test_promise_start_is_the_same_with_and_without_the_pre_check():
    found = 0
    for sentence in _sentences():
        expected = commitments._promise_start(sentence.replace("\u2019", "'"))
        assert commitments.promise_start(sentence) == expected, sentence
        found += expected is not None
    assert found > 50


def test_question_kind_is_the_same_with_and_without_the_pre_check():
    kinds: set[str | None] = set()
    for sentence in _sentences():
        expected = questions._full_question_kind(sentence)
        assert questions._question_kind(sentence) == expected, sentence
        kinds.add(expected)
    assert kinds == {None, "direct", "indirect", "request", "wish", "need", "want"}


def _find_chase_reference(text: str) -> str | None:
    for sentence in text_analysis.split_sentences(text):
        if chasing._CHASE.search(sentence) or chasing._CHASE_MORE.search(sentence):
            return text_analysis._GREETING_PREFIX.sub("", sentence).strip()
    return None


def _is_closing_statement_reference(text: str) -> bool:
    for sentence in language._sentences(text):
        match = language._CLOSING_PATTERNS.search(sentence)
        if match is None or sentence.rstrip().endswith("?"):
            continue
        same_clause = sentence[: match.end()] + language._CLAUSE_BREAK.split(sentence[match.end():], maxsplit=1)[0]
        if language._CONDITIONAL_OR_TENTATIVE.search(same_clause) or language._DEFERRED.search(same_clause):
            continue
        if language._NEGATION.search(sentence[: match.end()]):
            continue
        return True
    return False


def test_whole_text_pre_checks_give_the_same_answers():
    chases = closings = 0
    for text in _texts() + _sentences():
        expected_chase = _find_chase_reference(text)
        assert chasing.find_chase(text) == expected_chase, text
        expected_close = _is_closing_statement_reference(text)
        assert language.is_closing_statement(text) == expected_close, text
        chases += expected_chase is not None
        closings += expected_close
    assert chases > 10 and closings > 10


_URL_EXTRA = ["See WWW.Example.COM/help", "HTTPS://shop.example/x?y=1", "mail SUPPORT@Example.ORG today", "wWw.x.y",
              "no link here, just a dot."]


def test_url_pre_check_never_skips_text_with_a_url_or_address():
    matched = 0
    for text in _texts() + _sentences() + tuple(_URL_EXTRA):
        if text_analysis._URL.search(text):
            matched += 1
            assert text_analysis.may_hold_url(text), text
    assert matched > 10


def test_only_w_and_capital_w_match_w_ignoring_case():
    every_character = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    assert set(re.compile("w", re.IGNORECASE).findall(every_character)) == {"w", "W"}


def test_word_before_a_full_stop_is_the_regex_match():
    every_character = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    assert "".join(re.compile(r"[\w.]").findall(every_character)) == "".join(
        ch for ch in every_character if ch.isalnum() or ch in "._")
    checked = 0
    for sentence in _sentences():
        for chunk in sentence.split("\n"):
            for stop in range(len(chunk) + 1):
                before = chunk[max(0, stop - 40): stop]
                match = text_analysis._WORD_BEFORE.search(before)
                assert text_analysis._word_before(before) == (match.group(1) if match else ""), before
                checked += 1
    assert checked > 100_000


def test_disclaimer_check_is_the_same_with_and_without_the_pre_check():
    for sentence in _sentences():
        assert text_analysis._is_disclaimer(sentence) == (text_analysis._DISCLAIMER.search(sentence) is not None), sentence


def test_the_pre_checks_skip_most_sentences_without_the_words():
    # Not a correctness property: a reminder of why they exist.
    plain = "The parcel left our warehouse on Monday and should arrive on Thursday."
    assert not commitments._PROMISE_HINT.search(plain)
    assert not chasing._CHASE_HINT.search(plain)
    assert not language._CLOSING_HINT.search(plain)
    assert not questions._may_be_question(plain)


def test_texts_are_read_from_paths_that_exist():
    assert Path(SAMPLE_MAILBOX).is_dir() and EVAL_MAILBOX.is_dir()


_AUTOMATIC_EXTRA = [
    "THİS İS AN AUTOMATED RESPONSE.", "thıs ıs an automatıc reply", "Thiſ meſſage waſ ſent automatically.",
    "Your ticket #4\u212a2 has been created.", "I am out of the office until Monday.", "Ich bin derzeit im Urlaub.",
    "Je suis absente.", "Estoy de vacaciones.", "Ik ben met vakantie.", "Delivery has failed to these recipients",
    "Dies ist eine automatische Antwort.", "Ceci est une réponse automatique.", "Este es un mensaje automático.",
    "Dit is een automatisch gegenereerd bericht.", "Your request no. 12 was received", "returned to sender",
]


@pytest.mark.parametrize("name", ["_STRONG_AUTOMATIC_BODY", "_TICKET_CREATED_BODY", "_OUT_OF_OFFICE_BODY", "_BOUNCE_BODY"])
def test_automatic_text_pre_checks_never_skip_a_text_the_regex_matches(name: str):
    pattern = getattr(automatic, name)
    matched = 0
    for text in _texts() + _sentences() + tuple(_AUTOMATIC_EXTRA):
        found = pattern.regex.search(text) is not None
        assert pattern.search(text, automatic._folded(text)) == found, text
        matched += found
    assert matched > 0, "the corpus never exercises this pattern"


def test_folding_turns_every_character_ignorecase_matches_to_an_ascii_letter_into_that_letter():
    every_character = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for letter in string.ascii_lowercase:
        for char in re.compile(letter, re.IGNORECASE).findall(every_character):
            assert automatic._folded(char) == letter, hex(ord(char))


_SIGNATURE_EXTRA = [
    "Thanks!\n-- \nAnna Berg\nAcme", "Thanks!\r\n--\r\nAnna", "Thanks!\r--\rAnna", "Hi\n\n  (Sent from my iPhone)",
    "See below\n__________\nList footer", "Hello\n\t <Von meinem iPad gesendet>", "Ok\nSENT FROM MY PHONE",
    "Ok\nſent from my phone", "Ok\nОтправлено с iPhone", "Ok\niPhoneから送信", "Ok\n從我的 iPhone 傳送",
    "-- \nonly a signature", "no signature -- at all\nreally",
]


def test_signature_pre_check_never_skips_a_text_with_a_signature():
    cut = 0
    for text in _texts() + tuple(_SIGNATURE_EXTRA):
        if without_signature(text) != text:
            cut += 1
            assert may_hold_signature(text), text
        assert text_analysis.unsigned(text) == without_signature(text), text
    assert cut > 10


_FIRST_LETTER_EXTRA = ["ſorry, it is ſtill broken", "THANKS!", "Thanks – got\nit", "Merci, c'eſt noté", "I'll ſend it back",
                       "ok", "OKÉ", "danke", "no-one answered"]


@pytest.mark.parametrize("pattern", [language._ACKNOWLEDGING_CORE, language._REQUEST_OR_PROBLEM, words._SEND_BACK])
def test_a_first_letter_guard_finds_the_same_matches_as_the_bare_alternation(pattern: re.Pattern[str]):
    bare = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)", "", pattern.pattern, count=1), pattern.flags)
    assert bare.pattern != pattern.pattern
    matched = 0
    for text in _texts() + _sentences() + tuple(_FIRST_LETTER_EXTRA):
        spans = [match.span() for match in pattern.finditer(text)]
        assert spans == [match.span() for match in bare.finditer(text)], text
        matched += bool(spans)
    assert matched > 10


def test_a_first_letter_guard_refuses_an_alternative_that_starts_otherwise():
    with pytest.raises(ValueError):
        guards.first_letter_guarded(r"thanks|\d+ times")


def _keywords_reference(text: str) -> frozenset[str]:
    """``keywords_of`` as it was written before it read a text chunk by chunk: tokens of the whole text."""
    text = words.joined_thousands(text)
    masked = words._URL.sub(" ", text) if words.may_hold_url(text) else text
    result = {keyword for token in words._TOKEN.findall(masked) for keyword in words._token_keywords(token)}
    if words._SEND_BACK.search(text):
        result.add("~return")
        if len(words._SEND_BACK.findall(text)) == len(words._BACK_WORD.findall(text)):
            result.discard("back")
    if words._MONEY_BACK.search(text):
        result.add("~refund")
    if words._COSTS_NOTHING.search(text) or words._CHARGE_AS_PRICE.search(text):
        result.add(words.PRICE_GROUP)
    if words._FREE_ON_A_DATE.search(text):
        result.add(words.AVAILABLE_GROUP)
    if words._SQUARE_METRE.search(text):
        result.add(words.SQUARE_METRE)
    return frozenset(result)


_CHUNK_EXTRA = ["See www.shop.example/help?x=1, then mail support@shop.example\u00a0today", "a\u2028b\u3000c\x1cd",
                "#4411 and #\u00a04412", "the 02-filters\tand pick-up", "Could you send\nthe box back?",
                "une subvention de 7\u202f500 € et 12 200 personnes"]


def test_keywords_read_chunk_by_chunk_are_the_keywords_of_the_whole_text():
    for text in _texts() + _sentences() + tuple(_CHUNK_EXTRA):
        assert words.keywords_of(text) == _keywords_reference(text), text


def test_a_word_start_guard_finds_the_same_matches_as_the_pattern_it_stands_for():
    from happyaudit.audit import answer_kinds, question_kinds  # noqa: F401  (their guarded patterns)
    for pattern in (answer_kinds._YES_NO, answer_kinds._COMPLETION, answer_kinds._MODAL_STATEMENT,
                    answer_kinds._ASKS_ADVICE, answer_kinds._GIVES_ADVICE,
                    *(pattern for pattern, _ in answer_kinds._SPECIFIC_ANSWERS.values())):
        answer_kinds._guarded(pattern.pattern, pattern.flags)  # made at first use
    pairs = list(guards.GUARDED_PATTERNS.items())
    assert len(pairs) >= 20
    matched = dict.fromkeys(range(len(pairs)), 0)
    for text in _texts() + _sentences() + tuple(_EXTRA) + tuple(_FIRST_LETTER_EXTRA):
        for index, (guarded, bare) in enumerate(pairs):
            expected = [match.regs for match in bare.finditer(text)]  # each match's span and its groups'
            assert [match.regs for match in guarded.finditer(text)] == expected, (bare.pattern[:60], text)
            matched[index] += bool(expected)
    assert all(matched.values()), [pairs[index][1].pattern[:60] for index, count in matched.items() if not count]


@pytest.mark.parametrize("source", [r"\b(?:yes|.)", r"\b(?:yes|x?)", r"\b(?i:yes)", r"\b(?:yes|[^a])", r"^yes"])
def test_no_word_start_guard_where_the_first_characters_cannot_be_told(source: str):
    pattern = re.compile(source)
    assert guards.word_start_guarded(pattern) is pattern


def test_entity_check_is_the_same_with_and_without_the_pre_check():
    from happyaudit.audit.rivals import entity_in
    named = 0
    for text in _texts():
        lowered = [sentence.lower().replace("#", "") for sentence in (text, *text_analysis.split_sentences(text))]
        for entity in words.entities_of(text):
            for sentence in lowered:
                expected = re.search(rf"(?<!\w){re.escape(entity)}(?!\w)", sentence) is not None
                assert entity_in(entity, sentence) == expected, (entity, sentence)
                named += expected
    assert named > 100



def test_the_sentence_end_look_ahead_finds_the_same_ends():
    bare = re.compile(text_analysis._SENTENCE_END.pattern.removeprefix("(?=[.!?…])"))
    assert bare.pattern != text_analysis._SENTENCE_END.pattern
    ends = 0
    for text in _texts() + _sentences() + ("Really?! Yes … no. Done!!  (ok?)", "Wait ? ! what"):
        expected = [match.regs for match in bare.finditer(text)]
        assert [match.regs for match in text_analysis._SENTENCE_END.finditer(text)] == expected, text
        ends += len(expected)
    assert ends > 1000


def test_signature_search_starts_at_the_first_signature_like_line_and_cuts_the_same(monkeypatch):
    texts = _texts() + tuple(_SIGNATURE_EXTRA) + ("Hi\n\nSent from my iPhone\n-- \nAnna", "a\n\n  \n--\nb\n\n")
    uncached = without_signature.__wrapped__
    splits = [(quotes.split_reply(text), uncached(text)) for text in texts]
    # every line start a candidate: the scan reads every line, as it did before the search
    monkeypatch.setattr(signatures, "SIGNATURE_LATER_LINE", re.compile(r"\n"))
    assert [(quotes.split_reply(text), uncached(text)) for text in texts] == splits
    assert sum(1 for split, _ in splits if split.signature) > 10
