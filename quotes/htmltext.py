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
        "button",
        "select",
        "textarea",
        "iframe",
        "svg",
        "math",
        "canvas",
        "object",
        "title",
        "figcaption",  # a photo's caption, which often repeats a quote of the article
        # AMP's menus, consent notices and ads
        "amp-sidebar",
        "amp-consent",
        "amp-ad",
        "amp-embed",
        "amp-analytics",
    }
)
SKIPPED_BLOCKS = SKIPPED - {"script", "style", "title", "button", "select", "textarea", "svg", "math", "object"}
# Elements with no content or end tag: never on the stack of open elements.
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Page furniture by class or id, as the first or last hyphen- or underscore-delimited part of a name ("share-buttons",
# "article_comments", "pullquote"): comments, link lists, sharing, sign-ups, consent, pull quotes, ads, and embedded
# social posts ("twitter-tweet", "instagram-media", "tiktok-embed", "wp-block-embed"), whose text reads as the
# article's and would take a neighbouring paragraph's speaker. Not in the middle of a name, nor in a name that states
# a state ("js-ads-enabled", "has-share-bar" may mark the article body itself), nor "paywall", which some sites wrap
# the article body in for metering.
_FURNITURE = re.compile(
    r"comments?|commentlist|disqus|respond|replies|related|recommended|recommendations|readnext|morestories|share|"
    r"sharing|"
    r"social|newsletter|subscribe|signup|cookies?|consent|gdpr|promo|pullquote|advert|advertisement|ads?|sponsored|"
    r"outbrain|taboola|"
    r"embed|embedded|tweet|twitter|instagram|tiktok|facebook|fb|reddit|bluesky|mastodon|tumblr",
    re.IGNORECASE,
)
_STATE_PREFIXES = ("has", "is", "js", "no", "with")
_STATE_SUFFIXES = ("enabled", "disabled", "active", "open", "visible", "loaded")


def _names_furniture(name: str) -> bool:
    """Whether a class or id ``name`` marks page furniture (see ``_FURNITURE``)."""
    parts = [p for p in re.split(r"[-_]+", name.lower()) if p]
    if not parts or parts[0] in _STATE_PREFIXES or parts[-1] in _STATE_SUFFIXES:
        return False
    ends = {parts[0], parts[-1], "".join(parts[:2]), "".join(parts[-2:])}  # also "read-next", "pull-quote", "sign-up"
    return any(_FURNITURE.fullmatch(end) for end in ends)


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Where a page says its article is: the element marked articleBody, else <main>, else <article>.
_ARTICLE_BODY = re.compile(r"""itemprop\s*=\s*["']?articleBody""", re.IGNORECASE)
_MAIN = re.compile(r"<main[\s>]", re.IGNORECASE)
_ARTICLE = re.compile(r"<article[\s>]", re.IGNORECASE)
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
    """Collects visible text; see :func:`html_to_text` for the rules. ``container`` ("articleBody", "main",
    "article" or None) keeps only the text inside such elements."""

    def __init__(self, container: str | None = None, *, furniture: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.furniture = furniture  # drop blocks whose class or id names page furniture
        self.out: list[str] = []
        self.title: list[str] = []
        self.skipping: list[str] = []  # open skipped elements and everything open inside them, innermost last
        self.open: list[tuple[str, bool]] = []  # open elements outside skipped ones: (tag, is a container)
        self.container = container
        self.inside = 0  # open containers around the current position
        self.in_pre = 0
        self.newlines = 0  # line breaks owed before the next text
        self.line_start = True

    def _is_container(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if self.container == "articleBody":
            return "articlebody" in (attrs.get("itemprop") or "").lower()
        return tag == self.container

    def _skips(self, tag: str, attrs: dict[str, str | None]) -> bool:
        own_header = tag == "header" and self.inside > 0  # an article's own header: its headline and standfirst
        if (tag in SKIPPED and not own_header) or "hidden" in attrs or attrs.get("aria-hidden") == "true":
            return True
        if "placeholder" in attrs or "fallback" in attrs or _HIDDEN_STYLE.search(attrs.get("style") or ""):
            return True
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".split()
        return self.furniture and any(_names_furniture(name) for name in names)

    def handle_starttag(self, tag: str, attr_list: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag not in VOID:
                self.skipping.append(tag)
            return
        attrs = dict(attr_list)
        if self._skips(tag, attrs):
            if tag in SKIPPED_BLOCKS or tag in PARAGRAPHS:
                self.newlines = 2  # the text on either side of a dropped block is not one paragraph
            if tag not in VOID:
                self.skipping.append(tag)
            return
        if tag not in VOID:
            container = self._is_container(tag, attrs)
            self.open.append((tag, container))
            self.inside += container
        if tag == "br":
            self.newlines = min(self.newlines + 1, 2)
        elif tag == "pre":
            self.in_pre += 1
        elif tag == "q" and self._visible():
            self._emit("“")
        self._boundary(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID or tag not in SKIPPED:  # <br/>, <hr/>; a self-closed <script/> has no content to skip
            self.handle_starttag(tag, attrs)
            if tag not in VOID:
                self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:
                while self.skipping.pop() != tag:
                    pass
                return
            if not any(t == tag for t, _ in self.open):
                return
            # It closes an element around the skipped one, whose own end tag was left out ("<li class=share>…
            # <li>…</ul>"): the skipped element ends here too, rather than swallowing the rest of the page.
            self.skipping.clear()
        if tag == "q" and self._visible():
            self._emit("”")
        if any(t == tag for t, _ in self.open):
            while True:
                open_tag, container = self.open.pop()
                self.inside -= container
                if open_tag == tag:
                    break
        if tag == "pre" and self.in_pre:
            self.in_pre -= 1
        self._boundary(tag)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            if self.skipping == ["title"]:  # the page's own title, not an icon's inside <svg>
                self.title.append(data)
            return
        if not self._visible():
            return
        data = data.replace("\u00ad", "")  # soft hyphens: "Sol­heim" is "Solheim"
        self._emit(data if self.in_pre else _HTML_SPACE.sub(" ", data))

    def _visible(self) -> bool:
        """Whether text here is kept: always, or inside the article when the page marks one."""
        return self.container is None or self.inside > 0

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


def _collect(markup: str, container: str | None, *, furniture: bool = True) -> _TextCollector:
    collector = _TextCollector(container, furniture=furniture)
    collector.feed(markup)
    collector.close()
    return collector


def html_title_and_text(markup: str) -> tuple[str | None, str]:
    """The ``<title>`` (or None) and the article text of ``markup``, as :func:`html_to_text` gives it."""
    container = next(
        (name for name, marker in (("articleBody", _ARTICLE_BODY), ("main", _MAIN), ("article", _ARTICLE))
         if marker.search(markup)),
        None,
    )  # fmt: skip
    collector = _collect(markup, container)
    text = "".join(collector.out).strip()
    if container is not None and not text:  # the marked element is empty (filled by scripts): read the page
        collector = _collect(markup, None)
        text = "".join(collector.out).strip()
    if not text:  # a class name read as furniture wrapped the whole article: keep it rather than nothing
        collector = _collect(markup, None, furniture=False)
        text = "".join(collector.out).strip()
    title = _HTML_SPACE.sub(" ", "".join(collector.title)).strip() or None
    return title, text


def html_to_text(markup: str) -> str:
    """The article text of an HTML page; offsets into an HTML article index this string.

    Rules, so the result can be reproduced: when the page marks its article (an element with
    ``itemprop="articleBody"``, else ``<main>``, else ``<article>``), only the text inside such elements is
    kept. Dropped with all they contain: script, style, noscript, template, nav, header (except inside the
    article), footer, aside, button, select, textarea, iframe, svg, math, canvas, object, title, figcaption and
    AMP's sidebar, consent and ad elements; elements that are hidden (``hidden``, ``aria-hidden="true"``,
    ``display: none``), an AMP placeholder or fallback, or whose class or id names page furniture (comments,
    related or recommended links, sharing, newsletter, cookie consent, promo, pull quote, ads, an embedded tweet or
    other social post: ``twitter-tweet``, ``instagram-media``, ``tiktok-embed``, ...). When keeping
    only the article, then dropping furniture, leaves no text, each is undone in turn. Entities are decoded
    and soft hyphens removed; ``<q>`` gets curly quotation marks; runs of HTML whitespace become one space
    (kept verbatim inside ``<pre>``); block elements (p, div, h1-h6, blockquote, ul, table, ...) are
    separated by a blank line, ``li``/``dt``/``tr`` start a new line, ``<br>`` is a line break (two at most
    in a row), table cells are separated by a space; spaces at line ends and whitespace at both ends of the
    text are removed. Newlines in the result are ``\\n``. Returns "" when the page has no visible text.
    """
    return html_title_and_text(markup)[1]
