"""Attributions reported by another source: "Austin said the U.S. will stand by Israel, said the official".

Two people speak there: Austin said what follows his cue, and the official said that Austin said it. The
extractor finds the inner quote; ``add_reporting_quotes`` adds the outer one, whose content runs from the inner
source to the end of the inner quote, with the trailing cue and source. (PolNeAR, whose annotators keep the longer
of two nested attributions in this reader, has no such pair in its dev set; this project's guide marks both.)
"""

from __future__ import annotations

import re

from .text import latin_classes
from .types import Attribution, Quote, Span, Speaker

# After the inner quote: ", said the official", ", said Kirby", ", the official said", ", according to officials".
_SOURCE = r"(?:(?:the|a|an|two|three|several)[ \t]+)?(?:[\w.'’-]+[ \t]+){0,5}?[\w.'’-]+"
_REPORTED_BY = re.compile(
    latin_classes(
        rf"[ \t]*,[ \t]+(?:(?P<cue1>said|says|added|according[ \t]+to)[ \t]+(?P<source1>{_SOURCE})"
        rf"|(?P<source2>{_SOURCE})[ \t]+(?P<cue2>said|says|added))(?=[ \t]*[,.;]|[ \t]+(?:on|in|at|who|after)\b)"
    )
)
_INNER_REACH = 80  # characters from the inner source to its quote: "Austin said" opens the sentence it reports
_CUE_TO_QUOTE = 6  # "said that …": the quote follows its cue
_PRONOUNS = frozenset({"he", "she", "it", "they", "i", "we", "you"})


def add_reporting_quotes(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` plus, for each quote opened by its own source and cue ("Austin said …") and followed by
    another source's cue (", said the official"), the outer attribution of the other source. In text order."""
    added = []
    for a in attributions:
        mention = a.speaker.mention if a.speaker else None
        if mention is None or a.cue is None or a.quote.kind != "indirect":
            continue
        if not mention.end <= a.cue.start < a.cue.end <= a.quote.start or a.quote.start - mention.start > _INNER_REACH:
            continue
        m = _REPORTED_BY.match(text, a.quote.end)
        if m is None or a.quote.start - a.cue.end > _CUE_TO_QUOTE:
            continue
        cue_at, source_at = ("cue1", "source1") if m.group("cue1") else ("cue2", "source2")
        if m.group(source_at).split()[0].lower() in _PRONOUNS:
            continue  # "…, he said" goes on with the quote's own speaker; "…, I laughed and said" is no source
        outer = Span.of(text, mention.start, a.quote.end)
        if re.search(r"[.!?][\"”’)]*\s+[\"“‘(]?[A-Z]|\n", outer.text):
            continue  # one sentence reports the other
        if any(b.quote.start <= outer.start and outer.end <= b.quote.end for b in attributions):
            continue  # the model already found it
        cue = Span.of(text, m.start(cue_at), m.end(cue_at))
        source = Span.of(text, m.start(source_at), m.end(source_at))
        quote = Quote(outer.text, outer.start, outer.end, kind="indirect")
        added.append(Attribution(quote, cue=cue, speaker=Speaker.surface(source), confidence=a.confidence, doc=a.doc))
    return sorted(attributions + added, key=lambda a: a.quote.start) if added else attributions
