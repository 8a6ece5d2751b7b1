"""The learned pronoun antecedents' plumbing: candidate spans and the chooser's picks for open pronouns."""

from __future__ import annotations

import re
from typing import Protocol

from ..names import PRONOUNS_PERSON, PRONOUNS_PLURAL, is_capitalised, looks_like_person
from ..text import quoted_ranges
from ..types import Attribution, Span
from .resolver import _Resolver


class AntecedentChooser(Protocol):
    """Picks each pronoun's antecedent among candidate spans (``quotes.antecedent.AntecedentFinder``)."""

    def choose(
        self, text: str, pronouns: list[tuple[int, int]], candidates: list[tuple[int, int, str]]
    ) -> list[tuple[int, int] | None]: ...


ANTECEDENT_PRONOUNS = frozenset({"he", "she", "him", "her"})


def antecedent_candidates(text: str, mentions: list[Span], name_runs: list[re.Match]) -> list[tuple[int, int, str]]:
    """What a pronoun may refer to, as ``(start, end, form)``: the article's runs that look like personal
    names (none inside quotation marks) and the source ``mentions``, each once, in text order."""
    quoted = quoted_ranges(text)
    # One entry per span (a repeated span would split the probability between its copies); a
    # source mention's own form wins over its reading as a name run.
    forms: dict[tuple[int, int], str] = {
        (m.start(), m.end()): "name"
        for m in name_runs
        if looks_like_person(m.group(0)) and not any(s <= m.start() < e for s, e in quoted)
    }
    for m in mentions:
        lower = m.text.lower()
        form = (
            "pronoun"
            if lower in PRONOUNS_PERSON | PRONOUNS_PLURAL
            else "name"
            if is_capitalised(m.text)
            else "description"
        )
        forms[(m.start, m.end)] = form
    return [(start, end, form) for (start, end), form in sorted(forms.items())]


def _antecedent_choices(
    text: str, attributions: list[Attribution], resolver: _Resolver, chooser: AntecedentChooser
) -> dict[int, tuple[int, int]]:
    """The learned antecedent of every "he"/"she" source mention, by mention start."""
    mentions = [a.speaker.mention for a in attributions if a.speaker and a.speaker.mention]
    pronouns = [(m.start, m.end) for m in mentions if m.text.lower() in ANTECEDENT_PRONOUNS]
    if not pronouns:
        return {}
    candidates = antecedent_candidates(text, mentions, resolver.name_runs)
    # The model only matters where a person named since the last source mention could be meant
    # ("Donald Trump is drawing criticism after he…"); elsewhere the rules' latest speaker stands,
    # and skipping those pronouns saves a model window each.
    sources = sorted(m.start for m in mentions)
    names = sorted(start for start, _, form in candidates if form == "name")
    # A person named inside a report ("Jonathan Hale told jurors that ⟦video showed Mr. Carter …⟧") is what its
    # source spoke of, not a new speaker: the model picked him for the next "he said" more often than not. Inside the
    # same report as the pronoun (an interview's answer: "a colleague, Dr Pieter Joubert … He said, “Listen again.”")
    # he still may be meant.
    reported = [(p.start, p.end) for a in attributions for p in a.quote.parts or [a.quote]]
    open_pronouns = []
    for start, end in pronouns:
        last_source = max((p for p in sources if p < start), default=-1)
        if any(last_source < n < start and all(lo <= start < hi for lo, hi in reported if lo <= n < hi) for n in names):
            open_pronouns.append((start, end))
    if not open_pronouns:
        return {}
    chosen = chooser.choose(text, open_pronouns, candidates)
    return {start: span for (start, _), span in zip(open_pronouns, chosen, strict=True) if span is not None}
