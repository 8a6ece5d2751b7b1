"""Windows line endings: spans computed on the "\\n" text index the text as read."""

from __future__ import annotations

import pytest

from quotes.line_endings import LineEndings
from quotes.types import Attribution, Quote, Span, Speaker

CRLF = 'Title\r\n\r\nAnn Lee said taxes would rise.\r\n"We have no choice," she said.\r\n'


def _lf_span(lines: LineEndings, words: str) -> Span:
    start = lines.text.index(words)
    return Span.of(lines.text, start, start + len(words))


def test_text_reads_crlf_as_lf():
    lines = LineEndings(CRLF)
    assert lines.text == CRLF.replace("\r\n", "\n")
    assert lines.dropped == [5, 6, 37, 68]


@pytest.mark.parametrize(
    "words",
    ["Title", "Ann Lee", "taxes would rise.", "Title\n\nAnn", 'rise.\n"We', "she said.", "We have no choice,"],
    ids=["first-word", "after-blank-line", "before-line-end", "across-paragraph", "across-line", "last-line", "quote"],
)
def test_spans_index_the_text_as_read(words):
    lines = LineEndings(CRLF)
    span = lines.span(_lf_span(lines, words))
    assert CRLF[span.start : span.end] == span.text
    assert span.text.replace("\r\n", "\n") == words  # the same stretch, its line ends whole


def test_a_span_ending_at_a_line_end_leaves_the_carriage_return_out():
    lines = LineEndings(CRLF)
    span = lines.span(_lf_span(lines, "Title"))
    assert span.text == "Title" and CRLF[span.end] == "\r"


def test_every_span_of_an_attribution_is_moved():
    lines = LineEndings(CRLF)
    quote = _lf_span(lines, "We have no choice,")
    parts = (_lf_span(lines, "We have"), _lf_span(lines, "no choice,"))
    a = Attribution(
        Quote(quote.text, quote.start, quote.end, kind="direct", parts=parts),
        cue=_lf_span(lines, "said."),
        speaker=Speaker("Ann Lee", "person", mention=_lf_span(lines, "she")),
    )
    moved = lines.attribution(a)
    for span in (moved.quote, *moved.quote.parts, moved.cue, moved.speaker.mention):
        assert CRLF[span.start : span.end] == span.text
    assert moved.quote.kind == "direct" and moved.speaker.name == "Ann Lee"
    assert moved.quote.start == CRLF.index("We have")


def test_text_without_crlf_is_left_alone():
    lines = LineEndings("One\nTwo\rThree")  # a lone CR is no line ending here (README, Limitations)
    assert lines.text == "One\nTwo\rThree" and lines.dropped == []


def test_a_span_opening_at_a_line_break_takes_its_carriage_return():
    lines = LineEndings(CRLF)
    start = lines.text.index("\nAnn")
    span = lines.span(Span.of(lines.text, start, start + 4))
    assert span.text == "\r\nAnn" and CRLF[span.start : span.end] == span.text
