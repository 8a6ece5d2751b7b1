"""Training smoke test: models/train_extractor.py on a tiny synthetic PolNeAR split with a tiny random encoder.

It checks the plumbing (corpus → windows → loss → dev scores → saved model that reloads identically),
not the quality: one epoch over three short documents learns nothing.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import torch

import quotes
from quotes.corpora.polnear import read_split
from quotes.encoder import EncoderConfig, widen_adapters
from quotes.errors import ModelError
from quotes.extractor_net import CONFIG_FILE, WEIGHTS_FILE, ExtractorConfig, ExtractorNet

SCRIPT = Path(__file__).resolve().parent.parent / "models" / "train_extractor.py"

# Each document: its text and its attributions as (source, cue, content pieces), found left to right.
DOCS = {
    "doc1": (
        "Defense Secretary Lloyd Austin said “we will not waver.” Officials said the strikes would continue.\n",
        [
            ("Defense Secretary Lloyd Austin", "said", ["“we will not waver.”"]),
            ("Officials", "said", ["the strikes would continue"]),
        ],
    ),
    "doc2": (  # CRLF, and a direct quote interrupted by its attribution
        "“It is hard,” he said, “but necessary.”\r\nThe minister told reporters that talks had stalled.\r\n",
        [
            ("he", "said", ["“It is hard,”", "“but necessary.”"]),
            ("The minister", "told", ["talks had stalled"]),
        ],
    ),
    "doc3": (
        "Zoë Müller, the mayor, said «très bien» 😀. A senior official said the plan was “reckless.”\n",
        [
            ("Zoë Müller, the mayor", "said", ["«très bien»"]),
            ("A senior official", "said", ["the plan was “reckless.”"]),
        ],
    ),
}


def write_split(folder: Path, docs: dict = DOCS) -> Path:
    """A PolNeAR-format split of ``docs`` (shaped like ``DOCS``): ``text/<doc>.txt`` and
    ``attributions/<doc>_abcd.ann`` (brat standoff)."""
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for doc, (text, attributions) in docs.items():
        with open(folder / "text" / f"{doc}.txt", "w", encoding="utf-8", newline="") as f:
            f.write(text)
        lines, pos, t = [], 0, 0
        for n, (source, cue, pieces) in enumerate(attributions, start=1):
            ids = {}
            for role, parts in (("Source", [source]), ("Cue", [cue]), ("Content", pieces)):
                ranges = []
                for part in parts:
                    start = text.index(part, pos if role == "Source" else 0)
                    ranges.append((start, start + len(part)))
                pos = ranges[0][1]
                t += 1
                ids[role] = f"T{t}"
                offsets = ";".join(f"{s} {e}" for s, e in ranges)
                lines.append(f"T{t}\t{role} {offsets}\t{' '.join(text[s:e] for s, e in ranges)}")
            t += 1
            lines.append(f"T{t}\tAttribution {ranges[0][0]} {ranges[0][1]}\t{text[ranges[0][0] : ranges[0][1]]}")
            lines.append(f"E{n}\tAttribution:T{t} Content:{ids['Content']} Cue:{ids['Cue']} Source:{ids['Source']}")
        (folder / "attributions" / f"{doc}_abcd.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def load_script():
    spec = importlib.util.spec_from_file_location("train_extractor_under_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve the script's string annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def test_synthetic_split_reads_as_written(tmp_path):
    """The corpus helper itself: every annotated span is read back with the text it was written from."""
    split = write_split(tmp_path / "split")
    read = {article.id: (article, gold) for article, _, gold in read_split(split)}
    assert set(read) == set(DOCS)
    for doc, (text, attributions) in DOCS.items():
        article, gold = read[doc]
        assert article.text == text  # CRLF kept
        assert [a.speaker.mention.text for a in gold] == [source for source, _, _ in attributions]
        assert [a.cue.text for a in gold] == [cue for _, cue, _ in attributions]
        assert [len(a.quote.pieces()) for a in gold] == [len(pieces) for _, _, pieces in attributions]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("train")
    split = write_split(root / "split")
    out = root / "out"
    script = load_script()
    config = script.parse_args(
        ["--train", str(split), "--dev", str(split), "--out", str(out), "--tiny", "--epochs", "1",
         "--batch-size", "4", "--threads", "1"]
    )  # fmt: skip
    best = script.train(config)
    return out, best


def test_training_writes_a_model_with_dev_scores(trained):
    out, best = trained
    assert (out / WEIGHTS_FILE).is_file()
    meta = json.loads((out / CONFIG_FILE).read_text(encoding="utf-8"))
    assert meta["config"]["encoder"]["tiny"] is True
    assert meta["epoch"] == 1 == best["epoch"]
    lenient = meta["dev"]["quote"]["lenient"]
    assert 0.0 <= lenient["f1"] <= 1.0
    assert lenient["n_gold"] == sum(len(a) for _, a in DOCS.values())
    assert meta["dev"] == best["dev"]
    history = json.loads((out / "history.json").read_text(encoding="utf-8"))
    assert [h["epoch"] for h in history] == [1]


def test_trained_model_reloads_identically(trained):
    out, _ = trained
    text = DOCS["doc2"][0] + DOCS["doc1"][0] + DOCS["doc3"][0]
    first = quotes.load(out, stance=False, antecedents=False)(text)
    second = quotes.load(out, stance=False, antecedents=False)(text)
    assert first == second
    for a in first:
        assert text[a.quote.start : a.quote.end] == a.quote.text


# 32: the start's rank-16 adapters are widened; 512: longer windows (the documents fit in one either way)
@pytest.mark.parametrize(("rank", "length"), [("16", "256"), ("32", "256"), ("16", "512")])
def test_continued_training_keeps_the_better_of_start_and_epochs(trained, tmp_path, rank, length):
    out, best = trained
    split = write_split(tmp_path / "split")
    script = load_script()
    config = script.parse_args(
        ["--train", str(split), "--dev", str(split), "--out", str(tmp_path / "more"), "--init", str(out),
         "--tiny", "--epochs", "1", "--batch-size", "4", "--threads", "1", "--lr", "0", "--lora-rank", rank,
         "--max-length", length]
    )  # fmt: skip
    again = script.train(config)
    meta = json.loads((tmp_path / "more" / CONFIG_FILE).read_text(encoding="utf-8"))
    assert meta["continued_from"]["folder"] == str(out)
    # With lr 0 the continued epoch equals its start and cannot beat it: the start (epoch 0) is kept.
    assert again["epoch"] == 0 == meta["epoch"]
    assert again["dev"] == best["dev"]
    assert meta["config"]["encoder"]["lora_rank"] == int(rank)
    assert meta["config"]["encoder"]["max_length"] == int(length)


def test_widened_adapters_compute_what_the_narrow_ones_did():
    from dataclasses import replace

    narrow_config = ExtractorConfig(encoder=EncoderConfig(lora_rank=2, tiny=True))
    torch.manual_seed(3)
    narrow = ExtractorNet(narrow_config)
    for p in narrow.parameters():
        if p.requires_grad:
            torch.nn.init.normal_(p, std=0.1)  # as if trained: B is no longer zero
    wide = ExtractorNet(replace(narrow_config, encoder=replace(narrow_config.encoder, lora_rank=8)))
    widen_adapters(narrow, wide)
    ids = torch.randint(1000, 5000, (2, 12))
    inputs = {"input_ids": ids, "attention_mask": torch.ones_like(ids), "shape_ids": torch.ones_like(ids)}
    narrow.eval(), wide.eval()
    for a, b in zip(narrow(**inputs), wide(**inputs), strict=True):
        assert torch.allclose(a, b, atol=1e-5)
    with pytest.raises(ModelError, match="cannot narrow"):
        widen_adapters(wide, narrow)
