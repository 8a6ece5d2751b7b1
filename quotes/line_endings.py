"""Windows line endings: the pipeline reads each "\\r\\n" as "\\n", and maps its spans back to the text as read.

The extractor learned from "\\n" line ends, and paragraph rules look for "\\n\\n"; read with "\\r\\n", the same article
gave other quotes (a paraphrase and the next sentence's quotation run together). Offsets must index the text as read,
so the records are computed on the "\\n" text and their spans moved back over the dropped carriage returns.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from .types import Attribution, Quote, Span


class LineEndings:
    """An article's text with "\\r\\n" read as "\\n" (``text``), and the way back to the original's offsets."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original.replace("\r\n", "\n")
        # Where in ``text`` each dropped carriage return stood: the position of the "\n" that followed it.
        self.dropped: list[int] = []
        if len(self.text) != len(original):
            at = original.find("\r\n")
            while at != -1:
                self.dropped.append(at - len(self.dropped))
                at = original.find("\r\n", at + 2)

    def span(self, span: Span) -> Span:
        """``span`` of ``text`` as the same stretch of the original: a "\\r\\n" inside it, or opening it, is kept
        whole, one right after its end left out, so a span never starts or ends between "\\r" and "\\n"."""
        start = span.start + bisect_left(self.dropped, span.start)
        end = span.end + bisect_left(self.dropped, span.end)
        return Span.of(self.original, start, end)

    def attribution(self, a: Attribution) -> Attribution:
        """``a`` with every span (quote, its parts, cue, speaker mention) indexing the original."""
        if not self.dropped:
            return a
        quote = self.span(a.quote)
        parts = tuple(self.span(p) for p in a.quote.parts)
        moved = replace(a, quote=Quote(quote.text, quote.start, quote.end, kind=a.quote.kind, parts=parts))
        if a.cue is not None:
            moved = replace(moved, cue=self.span(a.cue))
        if a.speaker is not None and a.speaker.mention is not None:
            moved = replace(moved, speaker=replace(a.speaker, mention=self.span(a.speaker.mention)))
        return moved
