"""Tests for quotes.evaluate: gold readers (LitBank, standoff stances) and stages fed gold upstream input."""

from __future__ import annotations

import json

import pytest

import quotes
from quotes.corpora.litbank import read_litbank
from quotes.errors import InputError
from quotes.evaluate import (
    attach_stances,
    evaluate_linker_stage,
    evaluate_speaker_stage,
    evaluate_stages,
    read_gold_set,
)
from quotes.types import Article, Attribution, Quote, Span, Speaker

TEXT = 'The minister said the plan would fail. "It is a disaster," Smith said. Officials disagreed.'


def _gold() -> list[tuple[Article, list[Attribution]]]:
    def quote(fragment: str, kind: str) -> Quote:
        start = TEXT.index(fragment)
        return Quote(fragment, start, start + len(fragment), kind=kind)

    def span(fragment: str, after: int = 0) -> Span:
        start = TEXT.index(fragment, after)
        return Span.of(TEXT, start, start + len(fragment))

    first = Attribution(
        quote=quote("the plan would fail", "indirect"),
        cue=span("said"),
        speaker=Speaker("minister", "person", mention=span("The minister")),
    )
    second = Attribution(
        quote=quote("It is a disaster", "direct"),
        cue=span("said", 40),
        speaker=Speaker("Smith", "person", mention=span("Smith")),
    )
    return [(Article("doc1", TEXT), [first, second])]


def _write_rows(path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _stance_rows(gold, labels=("against", "against")):
    return [
        {"doc": "doc1", "start": a.quote.start, "end": a.quote.end, "stances": {"the plan": label}}
        for a, label in zip(gold, labels, strict=True)
    ]


def test_attach_stances_sets_targets_and_gold_labels(tmp_path):
    docs = _gold()
    standoff = tmp_path / "stances.jsonl"
    _write_rows(standoff, _stance_rows(docs[0][1], ("against", "neutral")))
    [(article, gold)] = attach_stances(docs, standoff)
    assert article.targets == ("the plan",)
    assert [(s.target, s.label) for a in gold for s in a.stances] == [("the plan", "against"), ("the plan", "neutral")]


def test_attach_stances_keeps_only_annotated_documents(tmp_path):
    standoff = tmp_path / "stances.jsonl"
    _write_rows(standoff, [{**r, "doc": "other"} for r in _stance_rows(_gold()[0][1])])
    assert attach_stances(_gold(), standoff) == []


def test_attach_stances_missing_quote_names_it(tmp_path):
    standoff = tmp_path / "stances.jsonl"
    _write_rows(standoff, _stance_rows(_gold()[0][1])[:1])
    with pytest.raises(InputError, match=r"no stance row for the quote at 40\.\.56"):
        attach_stances(_gold(), standoff)


def test_attach_stances_rejects_different_targets_in_one_doc(tmp_path):
    rows = _stance_rows(_gold()[0][1])
    rows[1]["stances"] = {"the minister": "favor"}
    standoff = tmp_path / "stances.jsonl"
    _write_rows(standoff, rows)
    with pytest.raises(InputError, match="every row needs"):
        attach_stances(_gold(), standoff)


def test_bad_stance_row_names_file_and_line(tmp_path):
    standoff = tmp_path / "stances.jsonl"
    standoff.write_text('{"doc": "doc1"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"stances.jsonl:1: not a stance row"):
        attach_stances(_gold(), standoff)


def test_stance_row_without_labels_is_a_clear_error(tmp_path):
    rows = _stance_rows(_gold()[0][1])
    del rows[1]["stances"]
    standoff = tmp_path / "stances.jsonl"
    _write_rows(standoff, rows)
    with pytest.raises(InputError, match='every row needs "stances"'):
        attach_stances(_gold(), standoff)


def test_linker_stage_keeps_gold_quotes(tiny_extractor):
    scores = evaluate_linker_stage(_gold(), tiny_extractor.finder).to_dict()
    # Gold quotes go in unchanged, so quote scores are perfect whatever the tiny model links.
    assert scores["quote"]["strict"]["f1"] == 1.0
    assert scores["cue"]["overlap"]["n_gold"] == 2


def test_link_given_returns_one_raw_quote_per_range(tiny_extractor):
    ranges = [(a.quote.start, a.quote.end) for a in _gold()[0][1]] + [(len(TEXT), len(TEXT))]
    raw = tiny_extractor.finder.link_given(TEXT, ranges)
    assert [r.pieces for r in raw] == [(r,) for r in ranges]
    for r in raw:
        for span in (r.cue, r.source):
            assert span is None or 0 <= span[0] < span[1] <= len(TEXT)


def test_stages_scored_only_when_gold_can_feed_them(tiny_model_dir, tiny_stance_dir, tmp_path):
    extractor = quotes.load(tiny_model_dir, stance_path=tiny_stance_dir, antecedents=False)
    assert set(evaluate_stages(_gold(), extractor)) == {
        "linking on gold quotes",
        "speakers on gold quotes and mentions",
    }
    standoff = tmp_path / "stances.jsonl"
    _write_rows(standoff, _stance_rows(_gold()[0][1]))
    stages = evaluate_stages(attach_stances(_gold(), standoff), extractor)
    assert stages["stance on gold quotes, speakers and targets"].to_dict()["stance"]["n"] == 2


def _litbank(tmp_path):
    """A two-sentence LitBank-shaped folder: one quote by a named character, one by an unnamed one."""
    root = tmp_path / "litbank"
    (root / "quotations" / "tsv").mkdir(parents=True)
    (root / "coref" / "tsv").mkdir(parents=True)
    lines = ["“ Go away , ” said Mary Lennox .", "The old man said : “ No . ”"]
    (root / "quotations" / "tsv" / "1_story_brat.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    quotes_ann = [
        "QUOTE\tQ1\t0\t0\t0\t4\t“ Go away , ”",
        "QUOTE\tQ2\t1\t5\t1\t8\t“ No . ”",
        "ATTRIB\tQ1\tMary_Lennox-0",
        "ATTRIB\tQ2\tthe_old_man-1",
    ]
    (root / "quotations" / "tsv" / "1_story_brat.ann").write_text("\n".join(quotes_ann) + "\n", encoding="utf-8")
    coref = [
        "MENTION\tT1\t0\t6\t0\t7\tMary Lennox\tPER\tPROP",
        "MENTION\tT2\t1\t0\t1\t2\tThe old man\tPER\tNOM",
        "COREF\tT1\tMary_Lennox-0",
        "COREF\tT2\tthe_old_man-1",
    ]
    (root / "coref" / "tsv" / "1_story_brat.ann").write_text("\n".join(coref) + "\n", encoding="utf-8")
    return root


def test_litbank_reader_offsets_kinds_and_speakers(tmp_path):
    [(article, gold)] = read_litbank(_litbank(tmp_path))
    assert article.id == "1_story"
    assert [a.quote.text for a in gold] == ["Go away", "No ."]
    assert all(article.text[a.quote.start : a.quote.end] == a.quote.text for a in gold)
    assert [a.quote.kind for a in gold] == ["direct", "direct"]
    assert [(a.speaker.name, a.speaker.type) for a in gold] == [("Mary Lennox", "person"), ("old man", "anonymous")]


def test_read_gold_set_recognises_a_litbank_folder(tmp_path):
    [(article, gold)] = read_gold_set(_litbank(tmp_path))
    assert len(gold) == 2


def test_litbank_folder_without_quotes_is_a_clear_error(tmp_path):
    (tmp_path / "quotations" / "tsv").mkdir(parents=True)
    with pytest.raises(InputError, match="pass the LitBank folder"):
        read_litbank(tmp_path)


def test_speaker_stage_runs_the_antecedent_model(tiny_model_dir, tiny_antecedent_dir):
    extractor = quotes.load(tiny_model_dir, stance=False, antecedent_path=tiny_antecedent_dir)
    text = "Senator Jim Clyburn said no. Donald Trump spoke later. “It is fine,” he said."
    start = text.index("It is fine")
    he = text.index("he said")
    gold = [
        Attribution(
            quote=Quote("It is fine", start, start + 10, kind="direct"),
            speaker=Speaker("Donald Trump", "person", mention=Span.of(text, he, he + 2)),
        )
    ]
    scores = evaluate_speaker_stage([(Article("d", text), gold)], antecedents=extractor.antecedents)
    assert scores.to_dict()["speaker"]["n"] == 1  # whatever the random scorer picks, it is scored
