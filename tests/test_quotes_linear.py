"""The linear-time quote stripping gives exactly what the straightforward versions give.

``signatures.signature_start`` (once ``quotes._signature_index``) used to rebuild the "any content above?" test and the list of the lines
below for every line (quadratic in lines), ``_answered`` walked each quoted block once per quote
line, and ``_attribution_length`` ran its regexes on every line with a digit or "@". These tests
keep the straightforward versions here as references and compare them, line by line, on the
quote test texts, the sample and evaluation mailboxes and (when present) the shared corpora.
"""

from __future__ import annotations

import ast
import email
import email.policy
import mailbox
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from happyaudit import body_lines, quotes, signatures
from happyaudit.quote_patterns import (
    ADDRESS_ATTRIBUTION,
    ATTRIBUTION_END,
    FORWARD_INTRO,
    HISTORY_SEPARATOR,
    HISTORY_SEPARATOR_START,
    MOBILE_FOOTER,
    MOBILE_FOOTER_START,
    ORIGINAL_MESSAGE_SEPARATOR,
    SEPARATOR_ONLY,
    SIGNATURE_DELIMITER,
    UNDERSCORE_RULE,
)
from tests.conftest import ROOT, SAMPLE_MAILBOX


def _reference_signature_index(lines: list[str], in_code: list[bool], first: int, tolerant: bool = False) -> int | None:
    """The quadratic original of ``signatures.signature_start``."""
    end = len(lines)
    while end > first and SEPARATOR_ONLY.match(body_lines.scan(lines[end - 1])) and not in_code[end - 1]:
        end -= 1
    for index in range(max(first, 0), end):
        if in_code[index] or body_lines.is_quote(lines[index]) or not any(line.strip() for line in lines[:index]):
            continue
        scanned = body_lines.scan(lines[index])
        rest = [line for line in lines[index + 1 : end] if line.strip()]
        if SIGNATURE_DELIMITER.match(scanned) or UNDERSCORE_RULE.match(scanned):
            asks = (signatures._asks(line, rest[n + 1] if n + 1 < len(rest) else "") if tolerant else "?" in line
                    for n, line in enumerate(rest))
            if len(rest) <= signatures._SIGNATURE_MAX_LINES and not any(asks):
                return index
        if signatures._is_mobile_footer(scanned) and signatures._footer_tail_is_small(rest):
            return index
    return None


def _reference_is_header_block(lines: list[str], start: int) -> bool:
    """``quotes._is_header_block`` without its colon pre-check."""
    first = body_lines.scan(lines[start])
    starts_with_from = quotes.HEADER_FROM.match(first) is not None
    if not starts_with_from and not quotes.HEADER_OTHER.match(first):
        return False
    window = [body_lines.scan(line) for line in lines[start + 1 : start + 1 + quotes._HEADER_BLOCK_WINDOW]]
    has_from = starts_with_from or any(quotes.HEADER_FROM.match(line) for line in window)
    return has_from and sum(1 for line in window if quotes.HEADER_OTHER.match(line) or quotes.HEADER_FROM.match(line)) >= 2


def _mailbox_bodies(folder: Path) -> list[str]:
    bodies = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix in (".md", ".json"):
            continue
        if path.suffix == ".mbox" or path.name.endswith("mbox"):
            messages = list(mailbox.mbox(str(path), factory=None))
        else:
            messages = [email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)]
        for message in messages:
            for part in message.walk():
                if part.get_content_maintype() == "text":
                    payload = part.get_payload(decode=True) or b""
                    bodies.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return bodies


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    texts: list[str] = []
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "\n" in node.value:
                texts.append(node.value)
    texts += _mailbox_bodies(SAMPLE_MAILBOX) + _mailbox_bodies(ROOT / "tests" / "eval" / "mailbox")
    # Signatures, footers and inline answers around them, to reach every branch.
    made_up = []
    for text in texts[:400]:
        made_up.append(text + "\n-- \nJane Doe\nQuestions? https://x.example/help?a=1\n")
        made_up.append(text + "\n\n__________________\nlist footer\n")
        made_up.append("> " + text.replace("\n", "\n> ") + "\nMy answer.\n\n> and this?\n>\n\nYes.\n-- \nSam\n")
        made_up.append(text + "\nSent from my iPhone\nGet Outlook for iOS\n")
    return tuple(dict.fromkeys(texts + made_up))


def _compare_on(texts: tuple[str, ...] | list[str]) -> None:
    for text in texts:
        lines = body_lines.LINE_BREAK.split(text)
        in_code = body_lines.code_block_mask(lines)
        for first in {0, 1, len(lines) // 2, len(lines) - 1}:
            for tolerant in (False, True):
                assert signatures.signature_start(lines, in_code, first, tolerant) == \
                    _reference_signature_index(lines, in_code, first, tolerant), (text, first, tolerant)
        kinds = quotes._classify(lines, in_code)
        assert quotes._answered_lines(lines, kinds)[: len(lines)] == [
            quotes._answered(lines, kinds, index) for index in range(len(lines))], text
        for index in range(len(lines)):
            assert quotes._is_header_block(lines, index) == _reference_is_header_block(lines, index), text


def test_linear_helpers_match_the_straightforward_versions():
    texts = _texts()
    assert len(texts) > 300
    _compare_on(texts)


def test_attribution_pre_check_never_hides_an_attribution(monkeypatch: pytest.MonkeyPatch):
    texts = _texts()
    with_check = [[quotes._attribution_length(lines, i) for i in range(len(lines))]
                  for lines in (body_lines.LINE_BREAK.split(text) for text in texts)]
    splits = [quotes.split_reply(text) for text in texts]
    monkeypatch.setattr(quotes, "_may_end_attribution", lambda first, lines, start: True)
    monkeypatch.setattr(quotes, "_may_start_attribution", lambda lines, ends, count: [True] * count)
    without = [[quotes._attribution_length(lines, i) for i in range(len(lines))]
               for lines in (body_lines.LINE_BREAK.split(text) for text in texts)]
    assert with_check == without
    assert splits == [quotes.split_reply(text) for text in texts]
    assert sum(map(any, with_check)) > 20, "the texts never contain an attribution"


def test_linear_helpers_match_on_the_shared_corpora(corpora: Path):
    texts = []
    reply_corpora = ("discourse-reply-trimmer", "talon", "crisp-email-reply-parser", "github-email-reply-parser",
                     "mail-parser-reply")
    for path in sorted(p for name in reply_corpora for p in (corpora / name).rglob("*")):
        if path.is_file() and path.stat().st_size < 50_000:
            try:
                texts.append(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                continue
    assert len(texts) > 100
    _compare_on(texts)


def test_a_long_quoted_history_is_split_in_linear_time():
    # 20,000 quoted lines under a reply with a signature: quadratic helpers took minutes here.
    text = "Thanks, that works.\n\nOn Mon, 2 Nov 2026 at 10:00, Jane <jane@x.example> wrote:\n" + \
        "\n".join(f"> line {n} of the history, 2026-11-{n % 28 + 1:02d}" for n in range(20_000)) + "\n-- \nSam\n"
    split = quotes.split_reply(text)
    assert split.new_text == "Thanks, that works."
    assert split.quoted_lines == 20_001
    inline = "\n".join(f"> question {n}\nanswer {n}\n" for n in range(5_000))
    assert quotes.split_reply(inline).inline
    assert signatures.without_signature("x\n" * 20_000 + "-- \nSam") == ("x\n" * 20_000).rstrip()


# Lines that put the pre-checks' edges to the test: the characters IGNORECASE matches to ASCII
# letters ("İ", "ı", "ſ", the Kelvin sign), separators and footers in other scripts, long lines.
_EDGE_LINES = [
    "-----Original Message-----", "---------- Forwarded message ---------", "> -----Original Message-----",
    "*** ORİGİNAL MESSAGE ***", "Begin forwarded message:", "  İnizio messaggio inoltrato :", "Исходное сообщение",
    "Sent from my iPhone", "ſent from my phone", "(Sent with Proton Mail)", "从我的iPhone发送", "Von meinem iPad geſendet",
    "Verzonden vanaf mijn telefoon", "Отправлено с iPhone", "Get Outlook for Android", "Keep smiling",
    "On Mon, 2 Nov 2026, Jane <jane@x.example> wrote:", "Am 2. Nov. 2026 schrieb Jane <j@x.example>:",
    "Jane <jane@x.example> 于2026年11月2日周一 写道：", "---- On Mon, 2 Nov 2026 Jane wrote ----", "-- ", "--",
    "Le lun. 2 nov. 2026 à 10:00, Jean <j@x.fr> a écrit :", "x" * 450 + ":", " " * 420 + "Sent from my iPhone",
    "On Mon, 2 Nov 2026 at 10:00 Jane wrote:" + " " * 400, "reply On Wed, 4 Nov 2026 wrote:", "1 -", "a\u2028:",
]


def _lines_of_every_text() -> list[str]:
    return list(dict.fromkeys(_EDGE_LINES + [line for text in _texts() for line in body_lines.LINE_BREAK.split(text)]))


def test_line_splitting_gives_the_regex_split():
    for text in _texts() + ("a\r\nb\rc\n\rd\r\r\n", "\r", "\n\r", "", "x\u2028y\x85z"):
        assert body_lines.split_lines(text) == body_lines.LINE_BREAK.split(text), text


def test_code_block_mask_without_a_fence_is_all_false_and_with_one_is_worked_out_line_by_line():
    for text in _texts() + ("``\n`", "a\n```\nb\n```\nc", "> ```"):
        lines = body_lines.LINE_BREAK.split(text)
        inside, expected = False, []
        for line in lines:
            fence = body_lines.CODE_FENCE.match(body_lines.scan(line)) is not None
            expected.append(inside or fence)
            inside ^= fence
        assert body_lines.code_block_mask(lines) == expected, text


def test_history_separator_is_either_separator_and_its_pre_check_never_skips_one():
    matched = 0
    for line in _lines_of_every_text():
        scanned = body_lines.scan(line)
        expected = bool(ORIGINAL_MESSAGE_SEPARATOR.match(scanned) or FORWARD_INTRO.match(scanned))
        assert bool(HISTORY_SEPARATOR.match(scanned)) == expected, line
        if expected:
            matched += 1
            assert HISTORY_SEPARATOR_START.match(scanned), line
    assert matched > 5


def test_mobile_footer_pre_check_never_skips_a_footer():
    matched = 0
    for line in _lines_of_every_text():
        stripped = body_lines.scan(line).strip()
        if MOBILE_FOOTER.match(stripped):
            matched += 1
            assert MOBILE_FOOTER_START.match(stripped), line
            assert MOBILE_FOOTER_START.match(body_lines.scan(line)), line
    assert matched > 5


def test_attribution_end_patterns_only_match_text_ending_in_a_colon_or_dashes():
    matched = 0
    for line in _lines_of_every_text():
        stripped = body_lines.scan(line).strip()
        if ATTRIBUTION_END.search(stripped) or ADDRESS_ATTRIBUTION.search(stripped):
            matched += 1
            assert stripped.endswith(quotes._ATTRIBUTION_ENDINGS), line
    assert matched > 5


def test_attribution_starts_listed_at_once_are_the_ones_tested_line_by_line():
    for text in _texts() + tuple("\n".join(_EDGE_LINES[i:i + 4]) for i in range(len(_EDGE_LINES))):
        lines = body_lines.LINE_BREAK.split(text)
        ends = quotes._attribution_ends(lines)
        for count in {len(lines), max(len(lines) - 1, 0), len(lines) // 2}:
            head = lines[:count]
            expected = [bool(first := body_lines.scan(line).strip()) and quotes._may_end_attribution(first, head, i)
                        for i, line in enumerate(head)]
            found = quotes._may_start_attribution(head, ends, count)
            assert [may and bool(body_lines.scan(line).strip()) for may, line in zip(found, head)] == expected, text


def _split_of_all_lines(text: str) -> quotes.ReplySplit:
    lines = body_lines.split_lines(text)
    answered_below = quotes._answers_marked_in_history(lines, body_lines.code_block_mask(lines))
    lines = lines if answered_below is None else answered_below
    return quotes._split_lines_of(lines, body_lines.code_block_mask(lines))


def test_a_folded_quoted_tail_gives_the_split_of_every_line():
    texts = _texts()
    folded = 0
    for text in texts:
        for variant in (text, text + "\n> more history\n>\n> and more\n\n", text + "\n>\n\n> x\n \n```\n> y\n"):
            assert quotes.split_reply(variant) == _split_of_all_lines(variant), variant
            lines = body_lines.split_lines(variant)
            folded += quotes._fold_quoted_tail(lines, body_lines.code_block_mask(lines))[1] > 0
    assert folded > 300


_SOUP_LINES = [
    "", " ", "\t", "\xa0", "Hi Jane,", "Thanks, that works.", "Can you check it?", "> quoted", ">", "> ",
    " > indented quote", "\t>tab quote", ">> deeper", "> -- ", "-- ", "--", "Sam", "__________________",
    "Sent from my iPhone", "On Mon, 2 Nov 2026 at 10:00, Jane <jane@x.example> wrote:", "Jane <jane@x.example>:",
    "On Mon, 2 Nov 2026", "Jane wrote:", "From: Jane <jane@x.example>", "Sent: Monday", "To: support@x.example",
    "Subject: Re: order", "-----Original Message-----", "Begin forwarded message:", "```", "  ```python", "> ```",
    "answer below", "> question?", "x ```",
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_SOUP_LINES), max_size=24), st.sampled_from(["\n", "\r\n", "\r"]))
def test_a_folded_quoted_tail_gives_the_split_of_every_line_on_any_mix_of_lines(lines: list[str], newline: str):
    text = newline.join(lines)
    assert quotes.split_reply(text) == _split_of_all_lines(text)
