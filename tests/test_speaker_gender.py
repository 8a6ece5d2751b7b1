"""A quoted person's gender (quotes.speaker_gender) as resolution outputs it: what the article says, else the first
name, and what decided it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_speakers import attributions

from quotes.article_text import ArticleText
from quotes.speakers import resolve_speakers


def genders(text: str, items: list[tuple[str, str]]) -> list[tuple[str, str | None, str | None]]:
    """(canonical name, gender, gender_from) of each quote's speaker."""
    return [
        (a.speaker.name, a.speaker.gender, a.speaker.gender_from)
        for a in resolve_speakers(text, attributions(text, items))
    ]


# "Helen" starts 119 characters after the name, where the pronoun's reach (120) would cut it to "He".
CUT_AT_HELEN = (
    "Riley Quinn" + ", a coach at Ashby Rovers for many years,".ljust(92) + " said the league had asked Helen Marsh."
)
assert CUT_AT_HELEN.index("Helen") - len("Riley Quinn") == 119


@pytest.mark.parametrize(
    ("text", "items", "expected"),
    [
        pytest.param(
            "Council spokeswoman Robin Hale said the road would close. Hale said repairs would take a month.",
            [("the road would close", "Council spokeswoman Robin Hale"), ("repairs would take a month", "Hale")],
            [("Robin Hale", "female", "text")] * 2,
            id="a-gendered-title-with-a-first-name-borne-by-both",
        ),
        pytest.param(
            "Robin Hale, who runs the shelter, said beds were short. She said the winter would be hard.",
            [("beds were short", "Robin Hale"), ("the winter would be hard", "She")],
            [("Robin Hale", "female", "text")] * 2,
            id="she-resolved-as-the-source-of-a-quote",
        ),
        pytest.param(
            "Mr. Okafor said the plant would reopen.",
            [("the plant would reopen", "Mr. Okafor")],
            [("Okafor", "male", "text")],
            id="an-honorific-without-a-first-name",
        ),
        pytest.param(
            "Margaret Osei said the bill was unfair.",
            [("the bill was unfair", "Margaret Osei")],
            [("Margaret Osei", "female", "first name")],
            id="only-the-first-name",
        ),
        pytest.param(
            "Donald Trump attacked Hillary Clinton on Monday, and he said she had lied. Clinton said he was wrong.",
            [("she had lied", "he"), ("he was wrong", "Clinton")],
            [("Donald Trump", "male", "text"), ("Hillary Clinton", "female", "first name")],
            id="a-pronoun-after-the-name-that-is-someone-elses-does-not-outvote-a-known-first-name",
        ),
        pytest.param(
            "Robin Daly said the club would appeal. His mother, Margaret Daly, said she was proud of him.",
            [("the club would appeal", "Robin Daly"), ("she was proud of him", "Margaret Daly")],
            [("Robin Daly", None, None), ("Margaret Daly", "female", "text")],
            id="a-shared-surname-votes-only-in-full",
        ),
        pytest.param(
            "Baroness Hollis said the bill was rushed. Lord Carrow said it was overdue. Dame Kim Harlow said it would "
            "pass, and Sir Jan Ostrowski said it would not.",
            [
                ("the bill was rushed", "Baroness Hollis"),
                ("it was overdue", "Lord Carrow"),
                ("it would pass", "Dame Kim Harlow"),
                ("it would not", "Sir Jan Ostrowski"),
            ],
            [
                ("Baroness Hollis", "female", "text"),
                ("Lord Carrow", "male", "text"),
                ("Kim Harlow", "female", "text"),
                ("Jan Ostrowski", "male", "text"),
            ],
            id="british-titles-and-honours",
        ),
        pytest.param(
            "Zhang Wei, who runs an export firm, said orders were up. Mr Zhang said prices would hold.",
            [("orders were up", "Zhang Wei"), ("prices would hold", "Mr Zhang")],
            [("Zhang Wei", "male", "text")] * 2,
            id="a-surname-written-first",
        ),
        pytest.param(
            "Dana Whitfield, the chairman of Harrow Mills, said she would step down.",
            [("she would step down", "Dana Whitfield, the chairman of Harrow Mills,")],
            [("Dana Whitfield", "female", "text")],
            id="a-job-in-man-says-nothing-of-a-woman",
        ),
        pytest.param(
            "Glenn Hadley, a former teacher and mother of three, said the budget was late.",
            [("the budget was late", "Glenn Hadley")],
            [("Glenn Hadley", "female", "text")],
            id="an-apposition-outweighs-the-first-name",
        ),
        pytest.param(
            "Evelyn Cartwright said the vote was fair. Mr Cartwright has sat on the board for years.",
            [("the vote was fair", "Evelyn Cartwright")],
            [("Evelyn Cartwright", "male", "text")],
            id="an-honorific-outweighs-the-first-name",
        ),
        pytest.param(
            "Sam Ortiz said the course was fast.",
            [("the course was fast", "Sam Ortiz")],
            [("Sam Ortiz", None, None)],
            id="a-first-name-borne-by-both-is-no-guess",
        ),
        pytest.param(
            "Riley Quinn, who coaches at Ashby Rovers and uses they/them pronouns, said the vote was fair. Mx Tal "
            "Brennan said the club had drafted it.",
            [
                ("the vote was fair", "Riley Quinn, who coaches at Ashby Rovers and uses they/them pronouns,"),
                ("the club had drafted it", "Mx Tal Brennan"),
            ],
            [("Riley Quinn", None, None), ("Tal Brennan", None, None)],
            id="they-them-and-mx",
        ),
        pytest.param(
            CUT_AT_HELEN,
            [("the league had asked", "Riley Quinn")],
            [("Riley Quinn", None, None)],
            id="a-word-cut-at-the-reach-is-no-pronoun",
        ),
        pytest.param(
            "Okafor said the plant would reopen.",
            [("the plant would reopen", "Okafor")],
            [("Okafor", None, None)],
            id="a-surname-alone-says-nothing",
        ),
    ],
)
def test_gender_and_what_decided_it(text, items, expected):
    assert genders(text, items) == expected


def test_only_people_have_a_gender():
    text = "The ministry said prices would rise, and local nurses said they were worried."
    items = [("prices would rise", "The ministry"), ("they were worried", "local nurses")]
    assert [(gender, basis) for _, gender, basis in genders(text, items)] == [(None, None), (None, None)]


def test_the_gender_annotation_names_only_person_speakers_of_the_samples():
    """eval/speakers/gender.jsonl (eval/ANNOTATION.md §12) against the speaker standoffs it annotates."""
    root = Path(__file__).resolve().parent.parent / "eval"
    people = {
        (g["doc"], g["speaker"]["name"]) for g in _standoff_rows(root) if (g["speaker"] or {}).get("type") == "person"
    }
    annotated = []
    for line in (root / "speakers" / "gender.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for name, gender, basis in row["people"]:
            assert gender in ("female", "male", None) and basis in ("text", "known", "name", "none"), (row["doc"], name)
            assert (gender is None) == (basis == "none") or basis == "name", (row["doc"], name)
            annotated.append((row["doc"], name))
    assert len(annotated) == len(set(annotated))
    assert set(annotated) == people


def _standoff_rows(root: Path) -> list[dict]:
    """The speaker standoff rows of the four annotated PolNeAR samples, and the seed's gold records."""
    rows = []
    for sample in ("polnear-dev", "polnear-dev-heldout", "polnear-dev-heldout-2", "polnear-train-2-unread"):
        lines = (root / "speakers" / f"{sample}.jsonl").read_text(encoding="utf-8").splitlines()
        rows += [json.loads(line) for line in lines if line.strip()]
    for line in (root / "gold" / "seed.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "speaker" in record:
            rows.append({"doc": record["doc"], "speaker": record["speaker"]})
    return rows


def test_the_resolvers_gender_votes_read_no_pronoun_cut_from_a_name():
    """``ArticleText.gender_votes`` reads 80 characters after a name: "Helen" cut there is no "He"."""
    text = "Riley Quinn" + ", a coach at Ashby Rovers,".ljust(51) + " said the league had asked Helen Marsh."
    assert text.index("Helen") - len("Riley Quinn") == 78
    assert ArticleText(text).gender_votes("Riley Quinn", {"m": 0, "f": 0}) == {"m": 0, "f": 0}
