"""Attributions reported by another source: the outer record beside the inner one (quotes.nested)."""

from __future__ import annotations

import pytest

from quotes.nested import add_reporting_quotes, quoted_speakers, split_inner_reports
from quotes.text import quoted_ranges
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


def _kinded(a: Attribution, kind: str) -> Attribution:
    return Attribution(Quote(a.quote.text, a.quote.start, a.quote.end, kind=kind), a.cue, a.speaker, doc=a.doc)


def test_a_named_report_inside_a_paraphrase_gives_its_quotation_to_its_source():
    text = "Mr Tierney gave evidence that Mr Mulcahy had said ‘he had it coming’ as he came back inside. He left."
    paraphrase = "Mr Mulcahy had said ‘he had it coming’ as he came back inside"
    a = _kinded(inner(text, "Mr Tierney", "gave evidence", paraphrase), "mixed")
    records = split_inner_reports(text, [a], quoted_ranges(text))
    assert records[0] is a  # the paraphrase stays the outer source's
    quotation = records[1]
    assert (quotation.quote.text, quotation.quote.kind) == ("he had it coming", "direct")
    assert (quotation.cue.text, quotation.speaker.mention.text) == ("said", "Mr Mulcahy")
    assert all(text[s.start : s.end] == s.text for s in (quotation.quote, quotation.cue, quotation.speaker.mention))


def test_a_quotation_linked_to_the_outer_cue_goes_to_its_own_source_and_the_report_around_it_is_added():
    text = 'Koval said Hryshchenko had told him at a meeting that "no contract moves an inch." The trial goes on.'
    a = _kinded(inner(text, "Koval", "said", "no contract moves an inch."), "direct")
    outer, quotation = split_inner_reports(text, [a], quoted_ranges(text))  # in text order
    assert (quotation.quote.text, quotation.quote.kind) == ('that "no contract moves an inch."', "mixed")
    assert (quotation.cue.text, quotation.speaker.mention.text) == ("told", "Hryshchenko")
    assert outer.quote.text == 'Hryshchenko had told him at a meeting that "no contract moves an inch."'
    assert (outer.cue.text, outer.speaker.mention.text) == ("said", "Koval")
    assert all(text[s.start : s.end] == s.text for s in (quotation.quote, outer.quote))


@pytest.mark.parametrize(
    "text",
    [
        "Mr Tierney said that he had said ‘it was over’ that night.",  # a pronoun: the same person, as like as not
        "Mr Tierney said that the bar had been ‘very loud’ that night.",  # no inner report
    ],
)
def test_no_inner_source_without_a_named_report(text):
    paraphrase = text[text.index("that ") + 5 : text.index(" that night")]
    a = _kinded(inner(text, "Mr Tierney", "said", paraphrase), "mixed")
    assert split_inner_reports(text, [a], quoted_ranges(text)) == [a]


def test_a_relayed_quote_is_the_words_of_the_one_it_quotes():
    text = 'The newspaper quoted one participant as saying the union had "walked out". Talks resume today.'
    a = inner(text, "The newspaper", "quoted", 'the union had "walked out"')
    (relayed,) = quoted_speakers(text, [a], quoted_ranges(text))
    assert (relayed.cue.text, relayed.speaker.mention.text) == ("saying", "one participant")
    # The model took the one quoted into the quote: the medium keeps its relay, the participant gets the words.
    b = inner(text, "The newspaper", "quoted", 'one participant as saying the union had "walked out"')
    relay, words = quoted_speakers(text, [_kinded(b, "mixed")], quoted_ranges(text))
    assert relay is not None and relay.speaker.mention.text == "The newspaper"
    assert (words.quote.text, words.quote.kind) == ('the union had "walked out"', "mixed")
    assert (words.cue.text, words.speaker.mention.text) == ("saying", "one participant")
    assert text[words.quote.start : words.quote.end] == words.quote.text


def test_a_relayed_quotation_keeps_its_marks_out():
    text = 'The paper quoted a guard as saying "the gate was open". More soon.'
    b = inner(text, "The paper", "quoted", 'a guard as saying "the gate was open"')
    _, words = quoted_speakers(text, [_kinded(b, "mixed")], quoted_ranges(text))
    assert (words.quote.text, words.quote.kind, words.speaker.mention.text) == (
        "the gate was open",
        "direct",
        "a guard",
    )


def test_a_described_inner_source_gets_its_quotation():
    text = 'He said several of the older players had told the younger ones "we are not doing that again." They won.'
    a = _kinded(inner(text, "He", "said", "we are not doing that again."), "direct")
    _, quotation = split_inner_reports(text, [a], quoted_ranges(text))
    assert (quotation.cue.text, quotation.speaker.mention.text) == ("told", "several of the older players")


def test_quoted_words_after_a_promise_in_a_paraphrase_are_no_inner_report():
    text = "Huda Obeidat said the ministry had promised additional staff “at least three times” in two years."
    a = _kinded(inner(text, "Huda Obeidat", "said", "at least three times"), "direct")
    assert split_inner_reports(text, [a], quoted_ranges(text)) == [a]


@pytest.mark.parametrize(
    ("text", "linked", "words", "source"),
    [
        # A quotation left open to the end of the text; one of several sentences; a hearer with an apostrophe; a
        # warning with no hearer.
        ('Koval said Hryshchenko had told him that "no contract moves an inch',
         "no contract moves an inch", 'that "no contract moves an inch', "Hryshchenko"),
        ('Koval said Hryshchenko had told him: "No contract moves. Not one. Never." The trial goes on.',
         "No contract moves. Not one. Never.", "No contract moves. Not one. Never.", "Hryshchenko"),
        ("Koval said Hryshchenko had told O'Brien that “no contract moves.” The trial goes on.",
         "no contract moves.", "that “no contract moves.”", "Hryshchenko"),
        ('Koval said the minister had warned: "Nobody is safe." The trial goes on.',
         "Nobody is safe.", "Nobody is safe.", "the minister"),
    ],
)  # fmt: skip
def test_inner_reports_in_other_shapes(text, linked, words, source):
    records = split_inner_reports(text, [_kinded(inner(text, "Koval", "said", linked), "direct")], quoted_ranges(text))
    (said,) = [b for b in records if b.speaker.mention.text == source]
    assert said.quote.text == words
    (outer,) = [b for b in records if b.speaker.mention.text == "Koval"]
    assert outer.quote.start < said.quote.start and outer.quote.end >= said.quote.end  # the whole quotation
    assert all(text[b.quote.start : b.quote.end] == b.quote.text for b in records)


def test_a_scare_quote_closing_a_promise_is_no_inner_report():
    text = "Huda Obeidat said the ministry had promised additional staff “at least three times”."
    a = _kinded(inner(text, "Huda Obeidat", "said", "at least three times"), "direct")
    assert split_inner_reports(text, [a], quoted_ranges(text)) == [a]


def test_an_inner_quotation_the_model_also_found_is_relinked_not_added_twice():
    text = "Mr Tierney gave evidence that Mr Mulcahy had said ‘he had it coming’ as he came back inside. He left."
    paraphrase = _kinded(
        inner(text, "Mr Tierney", "gave evidence", "Mr Mulcahy had said ‘he had it coming’ as he came back inside"),
        "mixed",
    )
    quotation = _kinded(inner(text, "Mr Tierney", "gave evidence", "he had it coming"), "direct")
    records = split_inner_reports(text, [paraphrase, quotation], quoted_ranges(text))
    assert sorted(b.quote.text for b in records) == sorted(
        ["Mr Mulcahy had said ‘he had it coming’ as he came back inside", "he had it coming"]
    )
    said = next(b for b in records if b.quote.text == "he had it coming")
    assert said.speaker.mention.text == "Mr Mulcahy"  # the model's own copy, linked to its source


def test_a_relayed_quote_of_someone_named_in_an_apposition_is_theirs():
    """ "quoted the bank's chief executive, Omar Haddad, as saying": the model took the one quoted for a quote of the
    medium's and linked the words to the medium through "saying" (user audit, 2026-12-07)."""
    text = "The Financial Times quoted the bank's chief executive, Omar Haddad, as saying it had no exposure."
    source = inner(text, "The Financial Times", "quoted", "the bank's chief executive, Omar Haddad")
    words = inner(text, "The Financial Times", "saying", "it had no exposure")
    (relayed,) = quoted_speakers(text, [source, words], quoted_ranges(text))
    assert relayed.quote.text == "it had no exposure"
    assert relayed.speaker.mention.text == "the bank's chief executive, Omar Haddad"


def test_a_passive_quoted_by_keeps_the_one_quoted():
    """ "Peskov was quoted by the RIA news agency as saying": the agency is no speaker (code review, 2026-12-07)."""
    text = "Kremlin spokesman Dmitry Peskov was quoted by the RIA news agency as saying the talks had stalled."
    words = inner(text, "Kremlin spokesman Dmitry Peskov", "saying", "the talks had stalled")
    (kept,) = quoted_speakers(text, [words], quoted_ranges(text))
    assert kept.speaker.mention.text == "Kremlin spokesman Dmitry Peskov"
