"""inscriptis's text of an HTML tree without lists, tables, indentation or preformatted text.

Why hand-written: HTML-only mail is about a tenth of a mailbox, and inscriptis took about
0.5 ms per body, a sixth of all parsing: it copies a layout object for every element and
walks every character of the text in Python. Without the features named above its layout
comes down to a few rules, which ``layout_text`` applies to the same lxml tree in the same
order: a block element starts and ends a line and asks for its margins (blank lines), ``<br>``
ends a line, each run of whitespace collapses to one space (none at the start of a line, one
dropped at its end), and ``html.unescape`` runs over each piece of text once more, as
inscriptis does. Each element's layout (display, margins, padding, white-space) is still
worked out by inscriptis itself from the CSS profile and its ``style`` attribute. Anything
else (a list, a table, padding, ``white-space: pre``, prefixes, very deep nesting) is
declined (``None``), and the caller lets inscriptis lay out that tree.
The rules are those of inscriptis 2.7 (``Canvas``, ``Block``, ``Inscriptis._parse_html_tree``);
tests/test_htmllayout.py holds both to the same text, so an upgrade that changes them shows.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape

from inscriptis.html_properties import Display, WhiteSpace
from inscriptis.model.config import ParserConfig
from inscriptis.model.html_element import DEFAULT_HTML_ELEMENT
from lxml.etree import Comment

MAX_DEPTH = 100
"""Nesting laid out here; deeper trees go to inscriptis (which recurses just the same)."""
_OWN_HANDLERS = frozenset({"table", "tr", "td", "th", "ul", "ol", "li"})
"""Tags inscriptis lays out with handlers of their own (``<br>`` is the one handled here)."""
_WHITESPACE_RUN = re.compile(r"\s+")
"""``\\s`` is exactly ``str.isspace``, the test inscriptis collapses whitespace by."""
_CACHED_STYLE_CHARS = 200
_BLOCK = Display.block
_NONE = Display.none


class _Declined(Exception):
    """The tree uses layout this module does not reproduce."""


def layout_text(tree, config: ParserConfig) -> str | None:
    """``Inscriptis(tree, config).get_text()``, or ``None`` where the tree needs inscriptis.

    ``config`` must show no links, anchors or images and define no annotations or custom
    tag handlers (as ``htmltext`` configures it).
    """
    canvas = _Canvas()
    body = config.css["body"]
    try:
        _lay_out(canvas, tree, config, body.display, body.margin_after, 0)
    except _Declined:
        return None
    return canvas.text()


def _lay_out(canvas: _Canvas, element, config: ParserConfig, parent_display: Display, parent_margin_after: int,
             depth: int) -> None:
    """One element and its subtree, as ``Inscriptis._parse_html_tree`` lays it out."""
    tag = element.tag
    if not isinstance(tag, str):
        if tag is Comment and element.tail:
            canvas.write(element.tail)  # inscriptis writes a comment's tail even where nothing shows
        return
    if tag in _OWN_HANDLERS or depth > MAX_DEPTH:
        raise _Declined
    display, margin_before, margin_after = _element_layout(config, tag, element.get("style"))
    if parent_display is _NONE:
        display = _NONE
    if tag == "br":
        canvas.new_line()
    if display is _BLOCK:
        canvas.open_block(max(parent_margin_after if parent_display is _BLOCK else 0, margin_before))
    if element.text and display is not _NONE:
        canvas.write(element.text)
    for child in element:
        _lay_out(canvas, child, config, display, margin_after, depth + 1)
    if display is _BLOCK:
        canvas.close_block(margin_after)
    if element.tail and parent_display is not _NONE:
        canvas.write(element.tail)


def _element_layout(config: ParserConfig, tag: str, style: str | None) -> tuple[Display, int, int]:
    """(display, margin before, margin after) inscriptis gives this element; declines the rest."""
    if style is not None and len(style) > _CACHED_STYLE_CHARS:
        layout = _computed_layout(config, tag, style)
    else:
        layout = _cached_layout(config, tag, style)
    if layout is None:
        raise _Declined
    return layout


def _computed_layout(config: ParserConfig, tag: str, style: str | None) -> tuple[Display, int, int] | None:
    """The element inscriptis builds for the tag (profile, then ``style``), or ``None`` when it
    has padding, a bullet, a prefix or suffix, preformatted text or annotations."""
    attributes = {} if style is None else {"style": style}  # align and valign change no text here
    element = config.attribute_handler.apply_attributes(
        attributes, html_element=config.css.get(tag, DEFAULT_HTML_ELEMENT).__copy__().set_tag(tag)
    )
    if (element.padding_inline or element.list_bullet or element.prefix or element.suffix
            or element.whitespace != WhiteSpace.normal or element.annotation):
        return None
    return element.display, element.margin_before, element.margin_after


_cached_layout = lru_cache(maxsize=1024)(_computed_layout)
"""``_computed_layout``, cached: a mailbox's HTML uses a few dozen tag and style pairs."""


class _Canvas:
    """inscriptis's ``Canvas`` and its current ``Block``, for trees without prefixes."""

    __slots__ = ("blocks", "collapsible", "content", "margin")

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.content = ""
        self.collapsible = True
        self.margin = 1000

    def write(self, text: str) -> None:
        """``Block.merge_normal_text``: whitespace runs as one space, none at a line's start."""
        if text.isspace():  # the line breaks between tags: one space at most, nothing to unescape
            if not self.collapsible:
                self.content += " "
                self.collapsible = True
            return
        normal = _WHITESPACE_RUN.sub(" ", text)
        if self.collapsible and normal.startswith(" "):
            normal = normal[1:]
        if normal:
            self.collapsible = normal.endswith(" ")
            self.content += unescape(normal)

    def _block_content(self) -> str:
        """``Block.content``: drops one trailing space each time it is read, as inscriptis does."""
        if self.collapsible and self.content.endswith(" "):
            self.content = self.content[:-1]
        return self.content

    def flush(self) -> bool:
        """``Canvas.flush_inline``: end the current line if it holds text."""
        if not self._block_content():
            return False
        self.blocks.append(self._block_content())
        self.content, self.collapsible, self.margin = "", True, 0
        return True

    def new_line(self) -> None:
        """``Canvas.write_newline`` (``<br>``)."""
        if not self.flush():
            self.blocks.append("")
            self.content, self.collapsible = "", True

    def open_block(self, margin: int) -> None:
        """``Canvas.open_block`` without a prefix."""
        self.flush()
        self._margin(margin)

    def close_block(self, margin_after: int) -> None:
        """``Canvas.close_tag`` and ``close_block`` for a block element without a prefix."""
        self.flush()
        self._margin(margin_after)

    def _margin(self, margin: int) -> None:
        if margin > self.margin:
            self.blocks.append("\n" * (margin - self.margin - 1))
            self.margin = margin

    def text(self) -> str:
        """``Canvas.get_text``."""
        self.flush()
        return "\n".join(self.blocks)
