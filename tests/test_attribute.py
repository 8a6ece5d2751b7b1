"""From raw model spans to attributions: source mentions the model cut short are widened to the name."""

from __future__ import annotations

import pytest

from quotes.attribute import source_span

TEXT = "The E.U. leaders met. Ms. Wahl said no. Tim O'Brien said yes. Mr. John F. Smith. He spoke.\nVideos\nAustin said"


@pytest.mark.parametrize(
    ("cut", "widened"),
    [
        ("U. leader", "E.U. leaders"),  # inside an acronym and inside a word
        ("Ms.", "Ms. Wahl"),  # an honorific introduces the name after it
        ("Ms", "Ms. Wahl"),
        ("'B", "O'Brien"),
        ("Mr", "Mr. John F. Smith"),  # initials stay; the sentence end stops it
        ("Tim", "Tim"),  # a whole word is left alone
        ("Videos\nAustin", "Austin"),  # a page's leftovers before a paragraph break
    ],
)
def test_source_span_widens_cut_names(cut, widened):
    start = TEXT.index(cut)
    span = source_span(TEXT, (start, start + len(cut)))
    assert span.text == widened
    assert TEXT[span.start : span.end] == span.text


def test_source_span_of_nothing():
    assert source_span(TEXT, None) is None
    assert source_span(TEXT, (3, 4)) is None  # only a space
