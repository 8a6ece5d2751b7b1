"""From raw spans to attributions: quote kind, enclosing marks, cue and speaker mention."""

from __future__ import annotations

from dataclasses import replace

from .detect import RawQuote
from .text import build_quote, quoted_ranges, snap_to_words, trim
from .types import Attribution, Span, Speaker


def trimmed_span(text: str, span: tuple[int, int] | None) -> Span | None:
    """``span`` snapped to whole words, surrounding spaces and punctuation trimmed; None if nothing is left."""
    if span is None:
        return None
    start, end = trim(text, *snap_to_words(text, *span))
    return Span.of(text, start, end) if end > start else None


def build_attributions(text: str, raw_quotes: list[RawQuote], *, doc: str = "") -> list[Attribution]:
    """Attributions whose speaker is, for now, the surface mention (resolution comes later)."""
    ranges = quoted_ranges(text)
    out = []
    for raw in raw_quotes:
        quote = build_quote(text, [snap_to_words(text, s, e) for s, e in raw.pieces], ranges)
        if quote is None:
            continue
        out.append(
            Attribution(
                quote=quote,
                cue=trimmed_span(text, raw.cue),
                speaker=Speaker.surface(trimmed_span(text, raw.source)),
                confidence=round(raw.confidence, 4),
                doc=doc,
            )
        )
    return out


def with_links(text: str, a: Attribution, raw: RawQuote) -> Attribution:
    """``a`` (its quote kept) with the cue and surface speaker mention that ``raw`` links to it."""
    speaker = Speaker.surface(trimmed_span(text, raw.source))
    return replace(a, cue=trimmed_span(text, raw.cue), speaker=speaker, stances=())
