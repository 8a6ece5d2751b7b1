"""HTML to plain article text (stdlib ``html.parser`` only), the text that offsets then index."""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_title_and_text", "html_to_text"]

# Elements whose whole content is not article text.
SKIPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "iframe",
        "svg",
        "math",
        "canvas",
        "object",
        "title",
    }
)
SKIPPED_BLOCKS = SKIPPED - {"script", "style", "title", "button", "select", "textarea", "svg", "math", "object"}
# Elements that stand on their own paragraph: a blank line before and after.
PARAGRAPHS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hgroup",
        "hr",
        "html",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "ul",
    }
)
# Elements that start a new line, but not a new paragraph.
LINES = frozenset({"li", "dt", "tr", "caption", "option"})
# Elements whose content is separated from its neighbours by a space.
CELLS = frozenset({"td", "th"})

_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's whitespace; a no-break space (U+00A0) is kept as is


class _TextCollector(HTMLParser):
    """Collects visible text; see :func:`html_to_text` for the rules."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.title: list[str] = []
        self.skipping: list[str] = []  # open skipped elements, innermost last
        self.in_pre = 0
        self.newlines = 0  # line breaks owed before the next text
        self.line_start = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            if not self.skipping and tag in SKIPPED_BLOCKS:
                self.newlines = 2  # the text on either side of a dropped block is not one paragraph
            self.skipping.append(tag)
            return
        if self.skipping:
            return
        if tag == "br":
            self.newlines = min(self.newlines + 1, 2)
        elif tag == "pre":
            self.in_pre += 1
        self._boundary(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in SKIPPED:  # <br/>, <hr/>; a self-closed <script/> has no content to skip
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            while self.skipping.pop() != tag:
                pass
            return
        if self.skipping:
            return
        if tag == "pre" and self.in_pre:
            self.in_pre -= 1
        self._boundary(tag)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            if self.skipping[-1] == "title":
                self.title.append(data)
            return
        self._emit(data if self.in_pre else _HTML_SPACE.sub(" ", data))

    def _boundary(self, tag: str) -> None:
        if tag in PARAGRAPHS:
            self.newlines = 2
        elif tag in LINES:
            self.newlines = max(self.newlines, 1)
        elif tag in CELLS:
            self._emit(" ")

    def _emit(self, text: str) -> None:
        if not self.in_pre and (self.newlines or self.line_start or (self.out and self.out[-1].endswith(" "))):
            text = text.lstrip(" ")
        if not text:
            return
        if self.newlines:
            if self.out:
                while self.out and not self.out[-1].rstrip(" "):
                    self.out.pop()
                if self.out:
                    self.out[-1] = self.out[-1].rstrip(" ")
                    self.out.append("\n" * self.newlines)
            self.newlines = 0
        self.out.append(text)
        self.line_start = text.endswith("\n")


def html_title_and_text(markup: str) -> tuple[str | None, str]:
    """The ``<title>`` (or None) and the article text of ``markup``, as :func:`html_to_text` gives it."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    title = _HTML_SPACE.sub(" ", "".join(collector.title)).strip() or None
    return title, "".join(collector.out).strip()


def html_to_text(markup: str) -> str:
    """The article text of an HTML page; offsets into an HTML article index this string.

    Rules, so the result can be reproduced: the content of script, style, noscript, template, nav,
    header, footer, aside, form, button, select, textarea, iframe, svg, math, canvas, object and title
    is dropped; entities are decoded; runs of HTML whitespace become one space (kept verbatim inside
    ``<pre>``); block elements (p, div, h1-h6, blockquote, ul, table, ...) are separated by a blank line,
    ``li``/``dt``/``tr`` start a new line, ``<br>`` is a line break (two at most in a row), table cells
    are separated by a space; spaces at line ends and whitespace at both ends of the text are removed.
    Newlines in the result are ``\\n``. Returns "" when the page has no visible text.
    """
    return html_title_and_text(markup)[1]
