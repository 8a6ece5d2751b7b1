"""The PolNeAR reader on a tiny split written here: one annotator read for training, all for agreement."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.corpora.polnear import annotation_files, read_annotators, read_split
from quotes.errors import InputError

TEXT = "Smith said the plan works. Jones said it fails.\n"
# Brat lines: Source / Cue / Content spans (character offsets), one E line per attribution.
FIRST = (
    "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 25\tthe plan works\nE1\tCue:T2 Source:T1 Content:T3\n"
)
SECOND = (
    FIRST + "T4\tSource 27 32\tJones\nT5\tCue 33 37\tsaid\nT6\tContent 38 46\tit fails\n"
    "E2\tCue:T5 Source:T4 Content:T6\n"
)


def _split(root: Path, annotations: dict[str, str]) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "doc.txt").write_text(TEXT, encoding="utf-8")
    (root / "text" / "solo.txt").write_text(TEXT, encoding="utf-8")
    (root / "attributions" / "solo_aaaa.ann").write_text(FIRST, encoding="utf-8")
    for name, body in annotations.items():
        (root / "attributions" / name).write_text(body, encoding="utf-8")
    return root


def test_training_reads_the_first_annotator_and_agreement_reads_them_all(tmp_path):
    split = _split(tmp_path / "dev", {"doc_bbbb.ann": SECOND, "doc_aaaa.ann": FIRST})
    assert annotation_files(split)["doc"].name == "doc_aaaa.ann"
    gold = {article.id: gold for article, _, gold in read_split(split)}
    assert [a.quote.text for a in gold["doc"]] == ["the plan works"]

    several = list(read_annotators(split))
    assert [article.id for article, _ in several] == ["doc"]  # "solo" has one annotator: no pair to score
    article, versions = several[0]
    assert [[a.quote.text for a in v] for v in versions] == [["the plan works"], ["the plan works", "it fails"]]
    for a in versions[1]:
        assert article.text[a.quote.start : a.quote.end] == a.quote.text


def test_a_folder_without_annotations_is_refused_with_the_fix(tmp_path):
    (tmp_path / "attributions").mkdir()
    with pytest.raises(InputError, match="polnear/dev"):
        list(read_annotators(tmp_path))
