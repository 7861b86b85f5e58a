"""HTML mail comes out as the same text whether ``htmllayout`` or inscriptis lays it out, and
what ``htmllayout`` does not reproduce is left to inscriptis."""

from __future__ import annotations

import email
import email.policy
import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from inscriptis import get_text
from lxml.html import document_fromstring

from happyaudit import htmltext
from happyaudit.htmllayout import layout_text
from happyaudit.sources.local import split_mbox
from tests.conftest import ROOT, SAMPLE_MAILBOX


def _inscriptis_text(html: str) -> str:
    return get_text(html, htmltext._CONFIG)


def _marked(html: str) -> str:
    """The HTML as ``html_to_text`` hands it to the layout: blockquotes turned into markers."""
    return htmltext._BLOCKQUOTE.sub(
        lambda m: f"<p>{htmltext._QUOTE_CLOSE}</p>" if m.group(1) else f"<p>{htmltext._QUOTE_OPEN}</p>", html)


def _html_parts(data: bytes) -> list[str]:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    return [(part.get_payload(decode=True) or b"").decode(part.get_content_charset() or "utf-8", "replace")
            for part in message.walk() if part.get_content_type() == "text/html"]


def _mailbox_html(folder: Path) -> list[str]:
    bodies: list[str] = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix in (".md", ".json"):
            continue
        if path.suffix == ".mbox":
            with path.open("rb") as handle:
                messages = [raw.partition(b"\n")[2] for raw in split_mbox(handle)]
        else:
            messages = [path.read_bytes()]
        for raw in messages:
            bodies += _html_parts(raw)
    return bodies


def _generated_html(folder: Path) -> list[str]:
    spec = importlib.util.spec_from_file_location("benchmark_generate_html", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    module.generate(folder, 600, "mbox", 11)
    return _mailbox_html(folder)


@pytest.fixture(scope="module")
def mail_html(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folders = [SAMPLE_MAILBOX, ROOT / "tests" / "eval" / "mailbox",
               *sorted(ROOT.glob("tests/practice*/mailbox"))]
    bodies = [body for folder in folders if folder.exists() for body in _mailbox_html(folder)]
    return bodies + _generated_html(tmp_path_factory.mktemp("generated") / "box")


def test_mail_html_gives_inscriptis_text(mail_html: list[str]):
    laid_out_here = 0
    for html in mail_html:
        marked = _marked(html)
        assert htmltext._layout(marked) == _inscriptis_text(marked), html
        laid_out_here += layout_text(document_fromstring(marked.strip()), htmltext._CONFIG) is not None
    assert laid_out_here > 100


@pytest.mark.parametrize("html", [
    "<ul><li>one</li><li>two</li></ul>",
    "<table><tr><td>a</td><td>b</td></tr></table>",
    "<pre>  kept   as\n is</pre>",
    "<div style='padding-left: 2em'>indented</div>",
    "<p>a<q>quoted</q></p>",
    "<div>" * 150 + "deep" + "</div>" * 150,
])
def test_lists_tables_preformatted_text_padding_and_deep_nesting_are_left_to_inscriptis(html: str):
    assert layout_text(document_fromstring(html), htmltext._CONFIG) is None
    assert htmltext._layout(html) == _inscriptis_text(html)


_TEXTS = st.sampled_from([
    "word", "two words", "  spaced  ", "\n", "\t tab", "\xa0", "nb\xa0sp", "\u2003em", "&amp;gt; entity",
    "&#32;", "&lt;b&gt;", " trailing ", "line\r\nbreak", "", ">", "-- ", "On Mon, Jane wrote:",
])
_OPEN_TAGS = st.sampled_from([
    "<p>", "<div>", "<div dir='ltr'>", "<span>", "<b>", "<font face='Arial'>", "<a href='x'>", "<h1>",
    "<section>", "<blockquote>", "<center>", "<p style='margin-top:2em;margin-bottom:0'>",
    "<div style='display:none'>", "<span style='display:block'>", "<p style='display:inline'>",
    "<div style='margin-bottom:3em'>", "<head>", "<title>", "<style>", "<ul>", "<li>", "<pre>",
    "<div style='white-space:pre'>", "<div style='padding-left:8px'>", "<table>", "<td>",
])
_SINGLE_TAGS = st.sampled_from(["<br>", "<br/>", "<hr>", "<hr style='display:inline-block;width:98%'>",
                                "<img src='x' alt='pic'>", "<!-- note -->", "<meta charset='utf-8'>"])


def _closing(tag: str) -> str:
    return "</" + tag[1:].split(">")[0].split()[0] + ">"


_FRAGMENTS = st.recursive(
    st.one_of(_TEXTS, _SINGLE_TAGS),
    lambda inner: st.one_of(
        st.lists(inner, max_size=5).map("".join),
        st.tuples(_OPEN_TAGS, st.lists(inner, max_size=4)).map(lambda t: t[0] + "".join(t[1]) + _closing(t[0])),
        st.tuples(_OPEN_TAGS, st.lists(inner, max_size=4)).map(lambda t: t[0] + "".join(t[1])),  # left open
    ),
    max_leaves=30,
)


@settings(max_examples=1500, deadline=None)
@given(_FRAGMENTS, st.booleans())
def test_any_mix_of_tags_and_whitespace_gives_inscriptis_text(fragment: str, in_document: bool):
    html = f"<html><head><style>p{{margin:0}}</style></head><body>{fragment}</body></html>" if in_document else fragment
    assert htmltext._layout(html) == _inscriptis_text(html)
