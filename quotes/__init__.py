"""quotes: who said what, and where they stand, in news articles.

>>> import quotes
>>> for speaker, quote, stance in quotes.extract(text):
...     print(speaker.name if speaker else "?", quote.kind, quote.text)
"""

from __future__ import annotations

from collections.abc import Sequence

from . import io, tally
from .errors import InputError, ModelError, QuotesError
from .pipeline import Extractor, load
from .types import Article, Attribution, Quote, Span, Speaker, Stance

__all__ = [
    "Article",
    "Attribution",
    "Extractor",
    "InputError",
    "ModelError",
    "Quote",
    "QuotesError",
    "Span",
    "Speaker",
    "Stance",
    "extract",
    "io",
    "load",
    "tally",
]

_default: Extractor | None = None


def extract(text: str, targets: Sequence[str] | None = None, *, doc: str | None = "") -> list[Attribution]:
    """The attributions of one article text with the shipped model, loaded once on first use.

    ``targets`` is a list of stance targets; when empty or None, the article's main topics are proposed. ``doc``
    is the article's id, a str, which every record carries (``quotes speakers`` counts articles by it; None is "").
    Raises InputError when ``text`` is not a str of valid Unicode, ``targets`` is not a list of strings (or a
    target is too long for the stance model), or ``doc`` is not a str.
    """
    global _default
    if _default is None:
        _default = load()
    return _default(text, targets, doc=doc)
