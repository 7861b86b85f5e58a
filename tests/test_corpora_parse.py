"""Real mail nobody here wrote: every message of every shared corpus parses or is skipped with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from happyaudit.model import Message, Skipped
from happyaudit.parse import parse_message
from happyaudit.quotes import split_reply
from happyaudit.sources import discover

CORPORA_WITH_MAIL = [
    "cpython-email", "discourse-incoming", "fedora-devel-2010-01", "flanker", "notmuch",
    "perceval-mbox", "ruby-mail", "spamscope-mail-parser", "stalwart-mail-parser", "talon",
]
BODY_ONLY_CORPORA = [
    "crisp-email-reply-parser", "discourse-reply-trimmer", "github-email-reply-parser", "mail-parser-reply",
]

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("name", CORPORA_WITH_MAIL)
def test_every_message_of_the_corpus_parses_or_is_skipped_with_a_reason(corpora: Path, name: str):
    parsed = skipped = 0
    for source in discover(str(corpora / name)):
        for raw in source.iter_raw():
            result = parse_message(raw)
            if isinstance(result, Message):
                parsed += 1
                assert result.message_id and result.date.tzinfo is not None
            else:
                assert isinstance(result, Skipped) and result.reason and result.origin == raw.origin
                skipped += 1
    assert parsed > 0


@pytest.mark.parametrize("name", BODY_ONLY_CORPORA)
def test_every_body_of_the_corpus_splits_without_an_exception(corpora: Path, name: str):
    bodies = [p for p in sorted((corpora / name).rglob("*")) if p.is_file() and p.suffix in (".txt", "")]
    assert bodies
    for path in bodies:
        split = split_reply(path.read_bytes().decode("utf-8", errors="replace"))
        assert isinstance(split.new_text, str)
