"""HTML mail to plain text that keeps paragraphs, line breaks and quoted blocks readable."""

from __future__ import annotations

import re

from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.html_engine import Inscriptis
from inscriptis.model.config import ParserConfig
from lxml.etree import ParserError
from lxml.html import document_fromstring

from happyaudit.htmllayout import layout_text

MAX_HTML_CHARS = 1_000_000
_CONFIG = ParserConfig(css=CSS_PROFILES["strict"], display_links=False, display_images=False)
_BLOCKQUOTE = re.compile(r"<\s*(/?)\s*blockquote\b[^>]*>", re.IGNORECASE)
_QUOTE_OPEN = "\u2063QUOTE-OPEN\u2063"
_QUOTE_CLOSE = "\u2063QUOTE-CLOSE\u2063"


def html_to_text(html: str) -> str:
    """Readable text of an HTML body, with ``<blockquote>`` content marked by ``>``.

    Marking blockquotes lets quote stripping treat an HTML reply's quoted history exactly
    like a plain-text reply's. inscriptis (Apache-2.0) defines the layout; a regex stripper
    would lose block structure and entity handling. ``htmllayout`` gives inscriptis's text of
    simple HTML (most mail) several times faster; inscriptis itself lays out the rest.
    """
    if not html.strip():
        return ""
    marked = _BLOCKQUOTE.sub(
        lambda m: f"<p>{_QUOTE_CLOSE}</p>" if m.group(1) else f"<p>{_QUOTE_OPEN}</p>",
        html[:MAX_HTML_CHARS],
    )
    try:
        text = _layout(marked)
    except Exception:  # lxml rejects some hostile documents; fall back to no text
        return ""
    return _apply_quote_marks(text)


def _layout(html: str) -> str:
    """``get_text(html, _CONFIG)``: the tree laid out by ``htmllayout`` where it can, else by
    inscriptis (``get_text`` itself for the documents it builds its tree for specially)."""
    content = html.strip()
    if content.startswith("<?xml "):
        return get_text(html, _CONFIG)
    try:
        tree = document_fromstring(content)
    except ParserError:
        return get_text(html, _CONFIG)
    text = layout_text(tree, _CONFIG)
    return Inscriptis(tree, _CONFIG).get_text() if text is None else text


def _apply_quote_marks(text: str) -> str:
    depth = 0
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped == _QUOTE_OPEN:
            depth += 1
            continue
        if stripped == _QUOTE_CLOSE:
            depth = max(0, depth - 1)
            continue
        line = line.replace(_QUOTE_OPEN, "").replace(_QUOTE_CLOSE, "").rstrip()
        if depth and not line.strip():
            continue
        lines.append((">" * depth + " " + line.strip()) if depth else line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
