"""Attributions reported by another source: the outer record beside the inner one (quotes.nested)."""

from __future__ import annotations

import pytest

from quotes.nested import add_reporting_quotes
from quotes.types import Attribution, Quote, Span, Speaker


def inner(text: str, mention: str, cue: str, quote: str) -> Attribution:
    m, c, q = text.index(mention), text.index(cue), text.index(quote)
    return Attribution(
        Quote(quote, q, q + len(quote)),
        cue=Span.of(text, c, c + len(cue)),
        speaker=Speaker(mention, mention=Span.of(text, m, m + len(mention))),
        doc="d",
    )


def test_the_reporting_source_gets_the_whole_report():
    text = "Austin said the U.S. will stand by Israel, said the official, who spoke on condition of anonymity."
    a = inner(text, "Austin", "said", "the U.S. will stand by Israel")
    first, second = add_reporting_quotes(text, [a])
    assert first is a or second is a
    outer = first if first is not a else second
    assert outer.quote.text == "Austin said the U.S. will stand by Israel"
    assert (outer.cue.text, outer.speaker.mention.text) == ("said", "the official")
    assert all(text[s.start : s.end] == s.text for s in (outer.quote, outer.cue, outer.speaker.mention))


@pytest.mark.parametrize(
    "text",
    [
        "Austin said the U.S. will stand by Israel, he said.",  # the speaker's own run-on
        "Austin said the U.S. will stand by Israel. More came, said the official.",  # two sentences
        "Austin said the U.S. will stand by Israel.",  # nothing after
    ],
)
def test_no_outer_record_without_another_source_after_it(text):
    a = inner(text, "Austin", "said", "the U.S. will stand by Israel")
    assert add_reporting_quotes(text, [a]) == [a]


@pytest.mark.parametrize(
    ("after", "cue", "source"),
    [
        (", said Sen. Lindsey Graham.", "said", "Sen. Lindsey Graham"),
        (", said Dr. Anthony Fauci, who spoke later.", "said", "Dr. Anthony Fauci"),
        (", according to the U.S. Embassy.", "according to", "the U.S. Embassy"),
        (", the senior defense official said on Monday.", "said", "the senior defense official"),
        (", said the official", "said", "the official"),  # the text's end
    ],
)
def test_the_reporting_source_is_read_whole(after, cue, source):
    text = "Austin said the plan will work" + after
    a = inner(text, "Austin", "said", "the plan will work")
    outer = [b for b in add_reporting_quotes(text, [a]) if b is not a]
    assert [(b.cue.text, b.speaker.mention.text) for b in outer] == [(cue, source)]


@pytest.mark.parametrize(
    "text",
    [
        "Austin said the plan will work, but Smith said on Monday that it would fail.",
        "Austin said the plan will work, while critics said, in turn, that it would not.",
        "Austin said the plan will work, the aide noted. Biden said on Monday it would not.",
    ],
)
def test_a_clause_that_opens_another_report_is_no_reporting_source(text):
    a = inner(text, "Austin", "said", "the plan will work")
    assert add_reporting_quotes(text, [a]) == [a]
