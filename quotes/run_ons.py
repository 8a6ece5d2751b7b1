"""Run-on quotes: what a speaker goes on to say after the sentence that attributes the quote.

"“There are ways …,” Ryder said on Monday. “I would expect …”" — the second quotation has no cue of its own.
PolNeAR's annotators join it to the first as one quote in two parts, and the extractor, trained on them, does
the same; this project's annotation guide (eval/ANNOTATION.md §1) makes it a record of its own, with no cue, no
mention and the same speaker. ``split_run_ons`` turns the first reading into the second; scoring against
PolNeAR uses the extractor's own reading (``Extractor.run_ons = "joined"``).
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from .text import build_quote, quoted_ranges, sentence_starts
from .types import Attribution


def split_run_ons(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with each quote's parts that begin after the end of its attribution's sentence (the one
    holding its cue and speaker mention) split off as one record: no cue, the same speaker without a mention.
    Parts before or inside that sentence stay ("“A,” he said, “B.”" is one quote); when every part comes after it
    (a quotation introduced by "Jane Smith, the minister:"), the first part stays and the split comes after its
    sentence. A quote without a speaker stays whole, since nothing would attribute its run-on, and so does one whose
    later piece opens in lower case (the sentence goes on past an abbreviation). Both records keep the quote's
    ``confidence``. In text order."""
    starts: list[int] | None = None
    ranges: list[tuple[int, int]] | None = None
    out = []
    for a in attributions:
        anchor = max((s.end for s in (a.cue, a.speaker.mention if a.speaker else None) if s is not None), default=None)
        if anchor is None or a.speaker is None or len(a.quote.parts) < 2 or a.quote.parts[-1].start < anchor:
            out.append(a)
            continue
        if starts is None:
            starts, ranges = sentence_starts(text), quoted_ranges(text)
        boundary = _next_sentence_start(starts, max(anchor, a.quote.parts[0].start), len(text))
        kept = [(p.start, p.end) for p in a.quote.parts if p.start < boundary]
        run_on = [(p.start, p.end) for p in a.quote.parts if p.start >= boundary]
        first, rest = build_quote(text, kept, ranges), build_quote(text, run_on, ranges)
        # A piece opening in lower case goes on with its sentence ("told the U.K. Parliament, “and …”").
        if first is None or rest is None or not (rest.text[:1].isupper() or rest.text[:1].isdigit()):
            out.append(a)
            continue
        speaker = replace(a.speaker, mention=None)
        out += [replace(a, quote=first), replace(a, quote=rest, cue=None, speaker=speaker)]
    return sorted(out, key=lambda a: a.quote.start)  # stable: records starting together keep their order


def _next_sentence_start(starts: list[int], position: int, end: int) -> int:
    """The first sentence start after ``position`` (``end`` when none)."""
    k = bisect.bisect_right(starts, position)
    return starts[k] if k < len(starts) else end
