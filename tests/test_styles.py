"""The other-styles check (eval/style_check.py): its annotations read, and its scoring counts what it says."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from quotes.io import read_text
from quotes.types import Attribution, Quote, Speaker

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("style_check", REPO / "eval" / "style_check.py")
style_check = sys.modules["style_check"] = importlib.util.module_from_spec(_spec)  # dataclasses look it up there
_spec.loader.exec_module(style_check)


@pytest.mark.parametrize("article", sorted((REPO / "eval" / "styles").glob("set-*/articles/*.txt")), ids=str)
def test_every_article_has_readable_expectations(article):
    lines = read_text(article.parent.parent / "expected" / article.name)
    expected = style_check.read_expected(read_text(article), lines, str(article))
    assert [e for e in expected if not e.optional], "an article with nothing expected tests nothing"


def test_a_substring_found_twice_is_refused():
    with pytest.raises(ValueError, match="found once"):
        style_check.read_expected("He said no. He said no.", "direct | jo | person | He said no", "x")


def test_scoring_counts_found_right_optional_and_false():
    text = "Jo Lee said the plan works. Critics said it fails. Officials said more. A sign read stop."
    expected = style_check.read_expected(
        text,
        "indirect | jo lee | person | the plan works\n"
        "indirect | critics | group | it fails\n"
        "?indirect | officials | group | more\n"
        "indirect | ann | person | A sign",
        "x",
    )

    def record(words: str, name: str, type_: str) -> Attribution:
        start = text.index(words)
        return Attribution(Quote(words, start, start + len(words)), speaker=Speaker(name, type_))

    predicted = [
        record("the plan works", "Jo Lee", "person"),
        record("it fails", "Critics", "organization"),  # found, wrong type
        record("more", "Officials", "group"),  # optional: neither found nor false
        record("stop", "sign", "unknown"),  # false
    ]
    assert style_check.score_article(expected, predicted) == {"expected": 3, "found": 2, "speaker_right": 1, "false": 1}
