"""The shipped stance model: stance is not sentiment.

"Civilian casualties are far too high" is negative in tone and against a ground invasion;
"Israel has the right to defend itself" is neutral in tone and in favour of Israel.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_e44a7dc205e6c07e.txt"
INVASION = "an Israeli ground invasion of Rafah"
# Trained to say neutral when a text does not take up the target, the model errs that way on the
# seed: for these the right label is a close second (see models/stance/README.md).
NEUTRAL_NOW = "known weakness (issue 5): predicts neutral"


@pytest.fixture(scope="module")
def extractor():
    return quotes.load()


@pytest.mark.parametrize(
    ("target", "passage", "label"),
    [
        pytest.param(
            INVASION,
            "At the start of the meeting, Austin said they would discuss alternative ways to target Hamas in Rafah, "
            "and he described civilian casualties in Gaza as “far too high” and aid deliveries as “far too low.”",
            "against",
            marks=pytest.mark.xfail(strict=True, reason=NEUTRAL_NOW),
        ),
        pytest.param(
            INVASION,
            "Israel says it cannot defeat Hamas without going into Rafah, where it says the group has four battalions "
            "composed of thousands of fighters.",
            "favor",
            marks=pytest.mark.xfail(strict=True, reason=NEUTRAL_NOW),
        ),
        (
            "Israel",
            "But he also repeated the belief that Israel has the right to defend itself and the U.S. would always be "
            "there to help.",
            "favor",
        ),
        pytest.param(
            INVASION,
            "“There are ways to go about addressing the threat of Hamas, while also taking into account civilian "
            "safety,” Maj. Gen. Pat Ryder, Pentagon press secretary, said on Monday.",
            "against",
            marks=pytest.mark.xfail(strict=True, reason=NEUTRAL_NOW),
        ),
        ("the tax cuts", "The senator said the weather in Ohio was mild this week.", "neutral"),
    ],
)
def test_stance_is_not_sentiment(extractor, target, passage, label):
    ((predicted, score),) = extractor.stance.predict([(target, passage)])
    assert predicted == label
    assert 0.0 < score <= 1.0


@pytest.fixture(scope="module")
def seed_with_target(extractor):
    with open(SEED, encoding="utf-8", newline="") as f:
        return extractor(f.read(), targets=[INVASION])


def _stance_of(result, words: str) -> str:
    for a in result:
        if any(words in piece.text for piece in a.quote.pieces()):
            assert [s.target for s in a.stances] == [INVASION]
            return a.stances[0].label
    raise AssertionError(f"no quote contains {words!r}")


@pytest.mark.parametrize(
    ("words", "label"),
    [
        pytest.param(
            "There are ways to go about", "against", marks=pytest.mark.xfail(strict=True, reason=NEUTRAL_NOW)
        ),  # Ryder: alternatives (the model before the target head had it by 0.374 to 0.372)
        pytest.param(
            "they would discuss alternative ways", "against", marks=pytest.mark.xfail(strict=True, reason=NEUTRAL_NOW)
        ),  # Austin: alternatives and casualties
        pytest.param(
            "cannot defeat Hamas without going into Rafah",
            "favor",
            marks=pytest.mark.xfail(strict=True, reason=NEUTRAL_NOW),
        ),  # Israel
    ],
)
def test_seed_stances_toward_the_invasion(seed_with_target, words, label):
    assert _stance_of(seed_with_target, words) == label


def test_evidential_stance_of_cues(seed_with_target):
    by_cue = {a.cue.text: a.evidential for a in seed_with_target if a.cue}
    assert by_cue.get("said") == "neutral"
    assert by_cue.get("accused") == "accusing"


def test_targets_are_proposed_when_none_are_given(extractor):
    with open(SEED, encoding="utf-8", newline="") as f:
        result = extractor(f.read())
    targets = {s.target for a in result for s in a.stances}
    assert 1 <= len(targets) <= 3
    assert all(len(a.stances) == len(targets) for a in result)
