"""Splitting a quote's run-on after its attribution's sentence into a record of its own (quotes.run_ons)."""

from __future__ import annotations

import pytest

from quotes.run_ons import split_run_ons
from quotes.text import build_quote, quoted_ranges
from quotes.types import Attribution, Span, Speaker


def attribution(text: str, pieces: list[str], cue: str, mention: str | None) -> Attribution:
    """One attribution of ``text`` whose parts are ``pieces`` (found in order), with its cue and mention."""
    spans, at = [], 0
    for piece in pieces:
        start = text.index(piece, at)
        spans.append((start, start + len(piece)))
        at = start + len(piece)
    quote = build_quote(text, spans, quoted_ranges(text))
    cue_start = text.index(cue)
    speaker = None
    if mention is not None:
        m = text.index(mention)
        speaker = Speaker("Pat Ryder", "person", mention=Span.of(text, m, m + len(mention)), id="s1")
    return Attribution(quote, cue=Span.of(text, cue_start, cue_start + len(cue)), speaker=speaker, doc="d")


def test_a_quote_going_on_after_the_attributing_sentence_becomes_its_own_record():
    text = "“There are ways,” Ryder said on Monday. “I would expect talks.” Then he left."
    first, run_on = split_run_ons(
        text, [attribution(text, ["There are ways,", "I would expect talks."], "said", "Ryder")]
    )
    assert (first.quote.text, first.quote.parts, first.cue.text) == ("There are ways", (), "said")
    assert first.speaker.mention.text == "Ryder"
    assert run_on.quote.text == "I would expect talks." and run_on.quote.kind == "direct"
    assert run_on.cue is None and run_on.evidential is None
    assert (run_on.speaker.name, run_on.speaker.id, run_on.speaker.mention) == ("Pat Ryder", "s1", None)
    for a in (first, run_on):
        assert text[a.quote.start : a.quote.end] == a.quote.text


@pytest.mark.parametrize(
    ("text", "pieces", "cue"),
    [
        ("“We will win,” she said, “and soon.”", ["We will win,", "and soon."], "said"),  # split around its cue
        ("“We will win.” “Soon,” she said.", ["We will win.", "Soon,"], "said"),  # both parts before the cue
        ("She said “we will win” and “soon.”", ["we will win", "soon."], "said"),  # one sentence
    ],
)
def test_a_quote_within_its_attributing_sentence_stays_whole(text, pieces, cue):
    a = attribution(text, pieces, cue, "She" if "She" in text else "she")
    assert split_run_ons(text, [a]) == [a]


def test_several_run_on_parts_are_one_record_and_abbreviations_end_no_sentence():
    text = "“Yes,” Sen. Ryder said. “It works.” “It is cheap.”"
    first, run_on = split_run_ons(text, [attribution(text, ["Yes,", "It works.", "It is cheap."], "said", "Ryder")])
    assert first.quote.text == "Yes"
    assert [p.text for p in run_on.quote.parts] == ["It works.", "It is cheap."]


def test_without_cue_or_mention_nothing_anchors_the_split():
    text = "“A.” Then. “B.”"
    quote = build_quote(text, [(1, 3), (12, 14)], quoted_ranges(text))
    a = Attribution(quote, doc="d")
    assert split_run_ons(text, [a]) == [a]


def test_records_stay_in_text_order():
    text = "“A b,” Ryder said. “C d.” Kirby said “e f.”"
    ryder = attribution(text, ["A b,", "C d."], "said", "Ryder")
    kirby_cue = text.index("said", text.index("Kirby"))
    kirby = Attribution(
        build_quote(text, [(text.index("e f"), text.index("e f") + 4)], quoted_ranges(text)),
        cue=Span.of(text, kirby_cue, kirby_cue + 4),
        doc="d",
    )
    assert [a.quote.text for a in split_run_ons(text, [ryder, kirby])] == ["A b", "C d.", "e f."]


def test_when_every_part_follows_the_attribution_the_first_stays_and_the_next_sentence_runs_on():
    text = "Jane Smith, the minister:\n“It is over. We lost.”\n“Nothing more.”\nThe end."
    a = attribution(text, ["It is over. We lost.", "Nothing more."], ":", "Jane Smith")
    first, run_on = split_run_ons(text, [a])
    assert (first.quote.text, run_on.quote.text) == ("It is over. We lost.", "Nothing more.")


def test_a_quote_without_a_speaker_stays_whole():
    text = "“A b,” it was said. “C d.”"
    quote = build_quote(text, [(1, 4), (21, 25)], quoted_ranges(text))
    a = Attribution(quote, cue=Span.of(text, 14, 18), doc="d")
    assert split_run_ons(text, [a]) == [a]


def test_an_unknown_policy_is_an_input_error():
    from quotes.errors import InputError
    from quotes.pipeline import Extractor

    with pytest.raises(InputError, match="run_ons='split'"):
        Extractor(finder=None, run_ons="split")


def test_a_piece_opening_in_lower_case_goes_on_with_its_sentence():
    text = "“A b,” she told the U.K. Parliament, “and more.”"
    a = attribution(text, ["A b,", "and more."], "told", "she")
    assert split_run_ons(text, [a]) == [a]
