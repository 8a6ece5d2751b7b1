"""Speakers that the page layout names, where the model, reading prose, misses them.

Two conventions of news pages:

* a dash signature after a quotation: “… our greatest shame.” ― Sonya Herridge (reader voices, epigraphs);
* a transcript label opening a paragraph: "PENCE: Well, look, …" (debate and interview transcripts).

Each gives the quote's cue (the dash, the colon) and its source mention outright.
"""

from __future__ import annotations

import re

from .types import Quote, Span

# After the quote: its closing marks and final punctuation, then a dash and a name of up to five words
# (initials allowed: "Edwin G. Monroy") that ends its line or sentence.
_NAME = r"[A-Z][\w'’-]*\.?(?:[ \u00a0]+(?:[A-Z][\w'’-]*\.?|de|del|la|van|von)){0,4}"
_DASH_SIGNATURE = re.compile(
    rf"[.,!?\"”’'\u00a0 ]{{0,4}}[ \u00a0]*(―|—|–|--)[ \u00a0]*({_NAME})(?=[ \u00a0]*(?:$|[.\n“\"(]))", re.MULTILINE
)
# A paragraph opening with a speaker label in capitals: "PENCE:", "SEN. TIM KAINE:", "WALLACE:".
_TRANSCRIPT_LABEL = re.compile(r"^[ \t\"“]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):[ \t]+", re.MULTILINE)
# Capitalised labels that head a paragraph without naming a speaker.
_NOT_SPEAKERS = frozenset(
    "UPDATE UPDATED WATCH BREAKING RELATED VIDEO PHOTOS PHOTO READ MORE NOTE EDITOR'S EDITOR’S CORRECTION "
    "CLARIFICATION SOURCE SOURCES WASHINGTON NEW YORK".split()
)
_LABEL_TO_QUOTE = 3  # characters allowed between a label and its quote (an opening mark, a space)


def layout_link(text: str, quote: Quote, cue: Span | None = None) -> tuple[Span, Span] | None:
    """``(cue, source mention)`` of ``quote`` when the layout names its speaker, else None. A dash after a
    quote that already has a ``cue`` of its own outside it ("… and insisted that his party was “still the No. 1
    force.”--Kim Hjelmgaard") is a byline, not a signature."""
    own_cue = cue is not None and not quote.start <= cue.start < quote.end
    if not own_cue and (m := _DASH_SIGNATURE.match(text, quote.end)):
        name_end = m.end(2) - 1 if text[m.end(2) - 1] == "." and not _initial_before(text, m.end(2)) else m.end(2)
        return Span.of(text, m.start(1), m.end(1)), Span.of(text, m.start(2), name_end)
    for m in _TRANSCRIPT_LABEL.finditer(text, max(0, text.rfind("\n", 0, quote.start) + 1), quote.start + 1):
        label = m.group(1)
        if label.split()[0] in _NOT_SPEAKERS or len(label.rstrip(".")) < 2:
            continue  # "UPDATE:", and the "Q:"/"A:" of interviews, which name no one
        if 0 <= quote.start - m.end() <= _LABEL_TO_QUOTE:
            colon = m.start(1) + len(label)
            return Span.of(text, colon, colon + 1), Span.of(text, m.start(1), colon)
    return None


def _initial_before(text: str, end: int) -> bool:
    """Whether the period ending at ``end`` closes an initial ("Edwin G."), which keeps it."""
    return re.search(r"(?:^|\s)[A-Z]\.$", text[max(0, end - 3) : end]) is not None
