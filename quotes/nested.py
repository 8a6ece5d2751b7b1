"""Attributions reported by another source: "Austin said the U.S. will stand by Israel, said the official".

Two people speak there: Austin said what follows his cue, and the official said that Austin said it. The
extractor finds the inner quote; ``add_reporting_quotes`` adds the outer one, whose content runs from the inner
source to the end of the inner quote, with the trailing cue and source. (PolNeAR, whose annotators keep the longer
of two nested attributions in this reader, has no such pair in its dev set; this project's guide marks both.)
"""

from __future__ import annotations

import bisect
import re

from .text import sentence_starts
from .types import Attribution, Quote, Span, Speaker

_COMMA = re.compile(r"[ \t]*,[ \t]+")
# The closing clause: ", said the official on Monday", ", according to officials", ", the official said in a statement".
_WHEN = r"(?:[ \t]+(?:on|in|at|after|who|when|late|early|last|this)\b.*)?"
_CUE_FIRST = re.compile(
    rf"(?P<cue>said|says|added|wrote|writes|according[ \t]+to)[ \t]+(?P<source>.+?){_WHEN}", re.DOTALL
)
# ", she told the BBC", ", he told reporters": the hearer follows "told".
_HEARER = (
    r"(?:[ \t]+(?:reporters|journalists|him|her|them|us|me|(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*))"
)
_CUE_LAST = re.compile(rf"(?P<source>.+?)[ \t]+(?P<cue>said|says|added|wrote|writes){_WHEN}", re.DOTALL)
_TOLD_LAST = re.compile(rf"(?P<source>.+?)[ \t]+(?P<cue>told){_HEARER}{_WHEN}", re.DOTALL)
# After a quote, "…, he said" goes on with the quote's own speaker; "…, but Smith said" opens another report.
_PRONOUNS = frozenset("he she it they i we you".split())
_CONJUNCTIONS = frozenset("but and while as though although yet so or because".split())
_INNER_REACH = 80  # characters from the inner source to its quote: "Austin said" opens the sentence it reports
_CUE_TO_QUOTE = 6  # "said that …": the quote follows its cue
_MAX_SOURCE_WORDS = 8


def add_reporting_quotes(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` plus, for each quote opened by its own source and cue ("Austin said …") and followed in
    its sentence by another source's cue (", said the official", ", the official said"), the outer attribution of
    that source, unless that cue already reports a quote. In text order."""
    starts: list[int] | None = None
    used_cues = {(a.cue.start, a.cue.end) for a in attributions if a.cue}
    added = []
    for a in attributions:
        mention = a.speaker.mention if a.speaker else None
        if mention is None or a.cue is None or a.quote.kind != "indirect":
            continue
        if not mention.end <= a.cue.start < a.cue.end <= a.quote.start or a.quote.start - mention.start > _INNER_REACH:
            continue
        if a.quote.start - a.cue.end > _CUE_TO_QUOTE or not (comma := _COMMA.match(text, a.quote.end)):
            continue
        if starts is None:
            starts = sentence_starts(text)
        k = bisect.bisect_right(starts, mention.start)
        sentence_end = starts[k] if k < len(starts) else len(text)
        if sentence_end < a.quote.end:
            continue  # one sentence reports the other
        found = reporting_source(text, comma.end(), sentence_end)
        if found is None or (found[0].start, found[0].end) in used_cues:
            continue
        cue, source = found
        outer = Span.of(text, mention.start, a.quote.end)
        if any(b.quote.start <= outer.start and outer.end <= b.quote.end for b in attributions):
            continue  # the model already found it
        quote = Quote(outer.text, outer.start, outer.end, kind="indirect")
        added.append(Attribution(quote, cue=cue, speaker=Speaker.surface(source), confidence=a.confidence, doc=a.doc))
    return sorted(attributions + added, key=lambda a: a.quote.start) if added else attributions


def reporting_source(
    text: str, start: int, sentence_end: int, *, pronouns: bool = False, told: bool = False
) -> tuple[Span, Span] | None:
    """``(cue, source)`` of the report that closes a sentence at ``start`` (", said the official on Monday.",
    ", the official said."), or None. The clause ends at a comma, a colon, a line break or the sentence's end
    (abbreviations do not end it: ", said Sen. Lindsey Graham"). A pronoun is a source only when ``pronouns``
    ("…,” she said."); a conjunction never is. With ``told``, "she told the BBC" reports too."""
    end = min([sentence_end] + [i for c in ",;:\n" if (i := text.find(c, start, sentence_end)) >= 0])
    clause = text[start:end].rstrip(' \t.!?"”’')
    m = _CUE_FIRST.fullmatch(clause) or _CUE_LAST.fullmatch(clause) or (_TOLD_LAST.fullmatch(clause) if told else None)
    if m is None:
        return None
    cue = (start + m.start("cue"), start + m.end("cue"))
    source_start, source_end = start + m.start("source"), start + m.end("source")
    source = text[source_start:source_end].strip()
    words = source.split()
    if not words or len(words) > _MAX_SOURCE_WORDS:
        return None
    if words[0].lower() in _CONJUNCTIONS or (not pronouns and words[0].lower() in _PRONOUNS):
        return None
    source_start += text[source_start:source_end].index(source)
    return Span.of(text, *cue), Span.of(text, source_start, source_start + len(source))
