"""Quotes without a source of their own that continue the quote just before them."""

from __future__ import annotations

import re

from ..types import Attribution
from .entity import Entity
from .vocabulary import _QUESTION_CUE

# How far a quote without a source may lie from the one it continues, in characters: a direct quote across
# attribution and at most one paragraph break, a paraphrase across a few words of its sentence.
_DIRECT_GAP, _PARAPHRASE_GAP = 200, 40


def _continue_speakers(text: str, attributions: list[Attribution], entities: dict[int, Entity]) -> None:
    """A quote with no source of its own continues the quote just before it.

    News style: "“…,” Ryder said on Monday. “I would expect …”" — the second quote has no cue
    or speaker and belongs to Ryder. A direct quote inherits when nothing but attribution lies between
    (at most one paragraph break, no other quote); a paraphrase only across a few words of one sentence
    ("… but noted that …", "…, calling it …"), and not when its cue is a question put to someone ("Asked
    whether …": the asker is someone else).
    """
    order = sorted(range(len(attributions)), key=lambda i: attributions[i].quote.start)
    for prev, cur in zip(order, order[1:], strict=False):
        a = attributions[cur]
        if cur in entities or (a.speaker and a.speaker.mention) or prev not in entities:
            continue
        gap = text[attributions[prev].quote.end : a.quote.start]
        if a.quote.kind == "direct":
            continues = len(re.findall(r"\n+", gap)) <= 1 and len(gap) < _DIRECT_GAP
        else:
            question = a.cue is not None and _QUESTION_CUE.match(a.cue.text)
            continues = 0 < len(gap) < _PARAPHRASE_GAP and "\n" not in gap and not question
        if continues:
            entities[cur] = entities[prev]
