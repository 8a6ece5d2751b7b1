"""A rule-based direct-quote baseline: text in quotation marks plus a nearby reporting verb.

It is what a careful regular expression can do, kept to compare the model against on the
same harness. It finds no indirect speech by design.
"""

from __future__ import annotations

import re

from .text import build_quote, quoted_ranges
from .types import Article, Attribution, Span, Speaker

REPORTING_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|wrote|writes|noted|notes|stated|states|explained|explains|"
    "argued|argues|claimed|claims|insisted|insists|warned|warns|declared|declares|continued|continues|"
    "recalled|recalls|replied|replies|acknowledged|admitted|tweeted|posted|announced|according to"
)
_AFTER = re.compile(
    rf"^[,\s]*(?:(?P<s1>(?:[A-Z][\w.'’-]*\s){{0,4}}[A-Z][\w.'’-]*|he|she|they|it|we)\s+(?P<v1>{REPORTING_VERBS})\b"
    rf"|(?P<v2>{REPORTING_VERBS})\s+(?P<s2>(?:[A-Z][\w.'’-]*\s?){{1,5}}|he|she|they))"
)
_BEFORE = re.compile(
    rf"(?P<s>(?:[A-Z][\w.'’-]*\s){{0,4}}[A-Z][\w.'’-]*|he|she|they)\s+(?P<v>{REPORTING_VERBS})[,:]?\s*$", re.IGNORECASE
)
MIN_WORDS = 3  # fewer words in marks is a title or a scare quote, not a quotation


def _span(text: str, offset: int, match: re.Match, group: str) -> Span:
    start, end = offset + match.start(group), offset + match.end(group)
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end)


def find_direct_quotes(text: str, *, doc: str = "") -> list[Attribution]:
    """Direct quotes of ``text`` with the cue and speaker mention that sit beside them, if any."""
    ranges = quoted_ranges(text)
    out = []
    for start, end in ranges:
        if len(text[start:end].split()) < MIN_WORDS:
            continue
        quote = build_quote(text, [(start, end)], ranges)
        if quote is None:
            continue
        cue = mention = None
        after_at = end + 1
        if m := _AFTER.match(text[after_at : after_at + 80]):
            s_group, v_group = ("s1", "v1") if m.group("v1") else ("s2", "v2")
            cue, mention = _span(text, after_at, m, v_group), _span(text, after_at, m, s_group)
        else:
            line_start = text.rfind("\n", 0, start) + 1
            before = text[max(line_start, start - 81) : max(line_start, start - 1)]
            if m := _BEFORE.search(before):
                offset = max(line_start, start - 81)
                cue, mention = _span(text, offset, m, "v"), _span(text, offset, m, "s")
        speaker = Speaker.surface(mention)
        out.append(Attribution(quote=quote, cue=cue, speaker=speaker, confidence=1.0, doc=doc))
    return out


def rule_based_quotes(articles: list[Article]) -> list[list[Attribution]]:
    """The baseline as a batch predictor, the shape :func:`quotes.evaluate.evaluate` takes."""
    return [find_direct_quotes(a.text, doc=a.id) for a in articles]
