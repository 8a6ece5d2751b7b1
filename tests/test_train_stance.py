"""Training smoke test: models/train_stance.py on tiny VAST and NewsMTSC files with a tiny random encoder.

It checks the plumbing (readers → unrelated-target neutrals → loss → dev scores → saved model that
reloads identically, and continuing from a saved model), not the quality.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

import pytest

from quotes import stance_net
from quotes.corpora.stance_sets import StanceExample
from quotes.encoder import load_tokenizer
from quotes.stance_net import encode_pairs

SCRIPT = Path(__file__).resolve().parent.parent / "models" / "train_stance.py"

VAST = """post,new_topic,label,seen?
"Taxes on the rich are fair and overdue, raise them.",wealth taxes,1,1
"Guns in schools are a terrible idea and will get children killed.",arming teachers,0,1
"The city council meets on Tuesdays in the old library.",school uniforms,2,0
"Solar farms create jobs and clean air; build more of them.",solar energy,1,0
"""
NEWSMTSC = [
    {"sentence_normalized": "Critics blasted Smith for the failed bill.",
     "targets": [{"from": 16, "to": 21, "mention": "Smith", "polarity": 2.0}]},
    {"sentence_normalized": "Jones praised the volunteers warmly.",
     "targets": [{"from": 0, "to": 5, "mention": "Jones", "polarity": 4.0}]},
]  # fmt: skip


def load_script():
    spec = importlib.util.spec_from_file_location("train_stance", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_stance"] = module
    spec.loader.exec_module(module)
    return module


def write_sets(root: Path) -> list[str]:
    root.mkdir(parents=True, exist_ok=True)
    (root / "vast.csv").write_text(VAST, encoding="utf-8")
    (root / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in NEWSMTSC), encoding="utf-8")
    vast, news = str(root / "vast.csv"), str(root / "news.jsonl")
    return ["--vast-train", vast, "--vast-dev", vast, "--newsmtsc-train", news, "--newsmtsc-dev", news]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("train-stance")
    out = root / "out"
    script = load_script()
    args = write_sets(root) + ["--out", str(out), "--tiny", "--epochs", "1", "--batch-size", "2", "--threads", "1",
                               "--unrelated", "0.5"]  # fmt: skip
    return out, script.train(script.parse_args(args))


def test_training_writes_a_model_with_dev_scores(trained):
    out, best = trained
    meta = json.loads((out / stance_net.CONFIG_FILE).read_text(encoding="utf-8"))
    assert meta["epoch"] == 1 == best["epoch"]
    assert meta["dev"]["vast"]["n"] == 4 and meta["dev"]["newsmtsc"]["n"] == 2
    # Half as many unrelated neutrals as real pairs (6) were added, when a target without shared words was found.
    assert 0 < sum(meta["train_labels"]["unrelated"].values()) <= 3
    assert set(meta["train_labels"]["unrelated"]) == {"neutral"}
    assert meta["config"]["temperature"] > 0


def test_trained_stance_model_reloads_identically(trained):
    from quotes.stance import StanceClassifier

    out, _ = trained
    pairs = [("wealth taxes", "Raise them now, said the senator."), ("Smith", "Smith lost.")]
    tokenizer = load_tokenizer()
    first = StanceClassifier(stance_net.load(out), tokenizer).predict(pairs)
    second = StanceClassifier(stance_net.load(out), tokenizer).predict(pairs)
    assert first == second


def test_unrelated_pairs_share_no_word_with_their_text():
    script = load_script()
    examples = [
        StanceExample("gun control", "Guns kill, ban them.", "against", "vast/few-shot"),
        StanceExample("tax cuts", "Cut taxes for the middle class.", "favor", "vast/few-shot"),
        StanceExample("Smith", "Critics blasted << Smith >> today.", "against", "newsmtsc"),
    ]
    made = script.unrelated_pairs(examples, 1.0, random.Random(0))
    assert made and all(e.label == "neutral" and e.group == "unrelated" for e in made)
    for e in made:
        assert "<<" not in e.text
        assert not set(script._WORD.findall(e.target.lower())) & set(script._WORD.findall(e.text.lower()))


def test_continued_training_scores_its_start_as_epoch_zero(trained, tmp_path):
    out, best = trained
    script = load_script()
    args = write_sets(tmp_path) + ["--out", str(tmp_path / "more"), "--init", str(out), "--tiny", "--epochs", "1",
                                   "--batch-size", "2", "--threads", "1", "--lr", "0"]  # fmt: skip
    again = script.train(script.parse_args(args))
    meta = json.loads((tmp_path / "more" / stance_net.CONFIG_FILE).read_text(encoding="utf-8"))
    assert meta["continued_from"]["folder"] == str(out)
    # With lr 0 the trained epoch equals its start and cannot beat it: the start (epoch 0) is kept.
    assert again["epoch"] == 0 == meta["epoch"]
    assert again["dev"]["vast"]["macro_f1"] == pytest.approx(best["dev"]["vast"]["macro_f1"])


def test_continuing_into_a_target_head_starts_from_the_same_predictions(trained, tmp_path):
    from quotes.stance import StanceClassifier

    out, _ = trained
    script = load_script()
    args = write_sets(tmp_path) + ["--out", str(tmp_path / "headed"), "--init", str(out), "--tiny", "--epochs", "1",
                                   "--batch-size", "2", "--threads", "1", "--lr", "0", "--target-pooling"]  # fmt: skip
    script.train(script.parse_args(args))
    headed = stance_net.load(tmp_path / "headed")
    assert headed.config.target_pooling and not headed.target_classifier[1].weight.detach().any()
    pairs = [("wealth taxes", "Raise them now, said the senator."), ("Smith", "Critics blasted << Smith >>.")]
    tokenizer = load_tokenizer()
    before = StanceClassifier(stance_net.load(out), tokenizer).predict(pairs)
    assert StanceClassifier(headed, tokenizer).predict(pairs) == before
    inputs = encode_pairs(tokenizer, pairs, 64)
    inputs.pop("target_mask")
    with pytest.raises(ValueError, match="target_mask"):
        headed(**inputs)
    with pytest.raises(SystemExit, match="target head"):
        script.train(script.parse_args(args[:-1] + ["--init", str(tmp_path / "headed")]))


def test_news_quote_stances_are_trained_on_and_scored(tmp_path):
    from test_train import write_split

    from quotes.corpora.polnear import read_split

    split = write_split(tmp_path / "split")
    rows = [
        {"doc": article.id, "start": a.quote.start, "end": a.quote.end, "stances": {"the strikes": label}}
        for article, _, gold in read_split(split)
        for a, label in zip(gold, ("favor", "against"), strict=True)
    ]
    standoff = tmp_path / "stances.jsonl"
    standoff.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    script = load_script()
    args = write_sets(tmp_path) + ["--out", str(tmp_path / "out"), "--tiny", "--batch-size", "2", "--threads", "1",
                                   "--news-split", str(split), "--news-train", str(standoff),
                                   "--news-dev", str(standoff), "--news-repeat", "2"]  # fmt: skip
    best = script.train(script.parse_args(args))
    meta = json.loads((tmp_path / "out" / stance_net.CONFIG_FILE).read_text(encoding="utf-8"))
    # Six quote-target rows, each seen twice; the news dev set is scored with the others.
    assert meta["train_labels"]["news"] == {"favor": 6, "against": 6}
    assert best["dev"]["news"]["n"] == 6


def test_news_quote_examples_read_the_pipeline_passage(tmp_path):
    from test_train import write_split

    from quotes.corpora.polnear import read_split
    from quotes.corpora.stance_sets import read_quote_stances

    split = write_split(tmp_path / "split")
    docs = {article.id: gold for article, _, gold in read_split(split)}
    a = docs["doc1"][1]
    standoff = tmp_path / "stances.jsonl"
    row = {"doc": "doc1", "start": a.quote.start, "end": a.quote.end, "stances": {"the strikes": "favor"}}
    other = {**row, "start": docs["doc1"][0].quote.start, "end": docs["doc1"][0].quote.end}
    standoff.write_text(json.dumps(other) + "\n" + json.dumps(row) + "\n", encoding="utf-8")
    examples = read_quote_stances(split, standoff)
    assert examples[1] == StanceExample("the strikes", "Officials said the strikes would continue.", "favor", "news")


def test_news_quote_examples_start_with_their_speaker_when_speakers_are_given(tmp_path):
    from test_train import write_split

    from quotes.corpora.polnear import read_split
    from quotes.corpora.stance_sets import read_quote_stances

    split = write_split(tmp_path / "split")
    quotes = {article.id: gold for article, _, gold in read_split(split)}["doc1"]
    rows = [{"doc": "doc1", "start": q.quote.start, "end": q.quote.end} for q in quotes]
    speaker = {"name": "Defense officials", "type": "group", "role": None}
    stances, speakers = tmp_path / "stances.jsonl", tmp_path / "speakers.jsonl"
    stances.write_text("".join(json.dumps({**r, "stances": {"the strikes": "favor"}}) + "\n" for r in rows), "utf-8")
    speakers.write_text("".join(json.dumps({**r, "speaker": speaker, "optional": False}) + "\n" for r in rows), "utf-8")
    examples = read_quote_stances(split, stances, speakers=speakers)
    assert examples[1].text == "(Defense officials) Officials said the strikes would continue."
    assert [e.text for e in read_quote_stances(split, stances)][1] == "Officials said the strikes would continue."
    assert examples[1].speaker == "Defense officials"


def test_selection_scores_what_the_pipeline_gives():
    """Dev labels rule out *against* where the speaker is the target, as the pipeline does."""
    import torch

    script = load_script()
    logits = torch.tensor([[0.0, 2.0, 1.0], [0.0, 2.0, 1.0]])  # favor, against, neutral: "against" is likeliest
    examples = [
        StanceExample("Ann Smith", "(Ann Smith) I did nothing wrong.", "favor", "news", speaker="Ann Smith"),
        StanceExample("Ann Smith", "(Bo Lee) She did wrong.", "against", "news", speaker="Bo Lee"),
    ]
    assert [label for label, _ in script.pipeline_labels(logits, examples)] == ["neutral", "against"]
