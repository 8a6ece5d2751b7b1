"""The pronoun antecedent scorer: its inference contract, save/reload, and the training script's plumbing."""

from __future__ import annotations

import csv
import importlib.util
import json
import random
import sys
from pathlib import Path

import pytest
import torch

from quotes import antecedent
from quotes.antecedent import AntecedentConfig, AntecedentFinder, AntecedentNet
from quotes.encoder import EncoderConfig, load_tokenizer

SCRIPT = Path(__file__).resolve().parent.parent / "models" / "train_antecedent.py"
TEXT = "Mary Lennox met the old man in London. She said hello. He smiled, and she left with him."


@pytest.fixture(scope="module")
def tokenizer():
    tok = load_tokenizer()
    tok.model_max_length = 10**9
    return tok


@pytest.fixture(scope="module")
def tiny_net():
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(5)
        net = AntecedentNet(AntecedentConfig(encoder=EncoderConfig(lora_rank=0, use_shapes=False, tiny=True)))
    return net.eval()


def _span(text: str, fragment: str, after: int = 0) -> tuple[int, int]:
    start = text.index(fragment, after)
    return start, start + len(fragment)


CANDIDATES = [(*_span(TEXT, "Mary Lennox"), "name"), (*_span(TEXT, "the old man"), "description"),
              (*_span(TEXT, "London"), "name")]  # fmt: skip
PRONOUNS = [_span(TEXT, "She"), _span(TEXT, "He "), _span(TEXT, "Mary")]


def test_choices_are_earlier_candidates_or_none(tiny_net, tokenizer):
    chosen = AntecedentFinder(tiny_net, tokenizer).choose(TEXT, PRONOUNS, CANDIDATES)
    assert len(chosen) == len(PRONOUNS)
    spans = {(s, e) for s, e, _ in CANDIDATES}
    for pronoun, span in zip(PRONOUNS, chosen, strict=True):
        assert span is None or (span in spans and span[1] <= pronoun[0])
    assert chosen[2] is None  # nothing lies before the first word


def test_only_the_encoder_is_frozen(tiny_net):
    trainable = {name.split(".")[0] for name, p in tiny_net.named_parameters() if p.requires_grad}
    assert trainable == {"form_embedding", "distance_embedding", "pair_scorer", "none_scorer"}


def test_save_reload_gives_the_same_choices(tiny_net, tokenizer, tmp_path):
    antecedent.save(tiny_net, tmp_path)
    reloaded = antecedent.load(tmp_path)
    before = AntecedentFinder(tiny_net, tokenizer).choose(TEXT, PRONOUNS, CANDIDATES)
    after = AntecedentFinder(reloaded, tokenizer).choose(TEXT, PRONOUNS, CANDIDATES)
    assert before == after


def _litbank(root: Path) -> Path:
    """A LitBank-shaped coreference layer: two documents where "she"/"he" refer back to names."""
    folder = root / "coref" / "tsv"
    folder.mkdir(parents=True)
    lines = ["Mary Lennox met Colin in the garden .", "She said hello , and he smiled .", "Then she left ."]
    mentions = [
        "MENTION\tT1\t0\t0\t0\t1\tMary Lennox\tPER\tPROP",
        "MENTION\tT2\t0\t3\t0\t3\tColin\tPER\tPROP",
        "MENTION\tT3\t0\t5\t0\t6\tthe garden\tFAC\tNOM",
        "MENTION\tT4\t1\t0\t1\t0\tShe\tPER\tPRON",
        "MENTION\tT5\t1\t5\t1\t5\the\tPER\tPRON",
        "MENTION\tT6\t2\t1\t2\t1\tshe\tPER\tPRON",
        "COREF\tT1\tMary-0",
        "COREF\tT4\tMary-0",
        "COREF\tT6\tMary-0",
        "COREF\tT2\tColin-1",
        "COREF\tT5\tColin-1",
    ]
    for n in range(5):  # document 4 (every fifth) is dev
        (folder / f"{n}_story_brat.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (folder / f"{n}_story_brat.ann").write_text("\n".join(mentions) + "\n", encoding="utf-8")
    return root


def test_training_script_runs_and_saves_a_reloadable_model(tmp_path):
    spec = importlib.util.spec_from_file_location("train_antecedent", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_antecedent"] = module
    spec.loader.exec_module(module)
    out = tmp_path / "model"
    config = module.parse_config(
        module.TrainConfig,
        ["--litbank", str(_litbank(tmp_path / "litbank")), "--out", str(out), "--tiny", "--epochs", "2",
         "--threads", "1"],
    )  # fmt: skip
    result = module.train(config)
    meta = json.loads((out / "config.json").read_text())
    assert meta["problems"] == {"train": 12, "dev": 3}
    assert 0.0 <= result["dev_accuracy"] <= 1.0
    assert result["fp16_reloaded"] == pytest.approx(result["dev_accuracy"], abs=0.34)
    assert isinstance(antecedent.load(out), AntecedentNet)


def test_news_problems_mark_the_named_person_and_their_quotes_gold(tmp_path):
    import test_train

    text = (
        "Senator Jane Ruiz met Tom Baker on Monday. Baker said the plan was dead. Ruiz said it would pass, "
        "and he said nothing more.\n"
    )
    docs = {"doc1": (text, [("Baker", "said", ["the plan was dead"]), ("Ruiz", "said", ["it would pass"]),
                            ("he", "said", ["nothing more"])])}  # fmt: skip
    split = test_train.write_split(tmp_path / "split", docs)
    people = {"Baker": "Tom Baker", "Ruiz": "Jane Ruiz", "he": "Tom Baker"}
    rows = [
        {"doc": "doc1", "start": text.index(q), "end": text.index(q) + len(q),
         "speaker": {"name": people[source], "type": "person", "role": None}}
        for source, q in (("Baker", "the plan was dead"), ("Ruiz", "it would pass"), ("he", "nothing more"))
    ]  # fmt: skip
    standoff = tmp_path / "speakers.jsonl"
    standoff.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("train_antecedent", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_antecedent"] = module
    spec.loader.exec_module(module)
    net = AntecedentNet(AntecedentConfig(encoder=EncoderConfig(lora_rank=0, use_shapes=False, tiny=True)))
    [problem] = module.encode_news(net, load_tokenizer(), split, standoff)
    # Candidates in order: "Senator Jane Ruiz", "Tom Baker", "Baker" (a source), "Ruiz" (a source).
    assert len(problem.forms) == 4
    assert problem.gold == [2, 3]


def _pdnc(root: Path) -> Path:
    """A one-novel PDNC folder: Emma speaks, then "she said" introduces Harriet's quotation."""
    text = (
        'Emma Woodhouse smiled at Harriet Smith. "It is late," said Emma.\n\n'
        'Harriet Smith looked up. "I know it," she said softly.\n'
    )
    folder = root / "data" / "Emma"
    folder.mkdir(parents=True)
    (folder / "novel_text.txt").write_text(text, encoding="utf-8")
    rows = [("Q0", "It is late,", "Emma", "Explicit", "said Emma"), ("Q1", "I know it,", "Harriet", "Anaphoric",
            "she\nsaid")]  # fmt: skip
    with open(folder / "quotation_info.csv", "w", encoding="utf-8", newline="") as fp:
        writer = csv.writer(fp)
        writer.writerow(["quoteID", "quoteText", "subQuotationList", "quoteByteSpans", "speaker", "addressees",
                         "quoteType", "referringExpression"])  # fmt: skip
        for qid, quote, speaker, kind, referring in rows:
            start = text.index(quote)
            writer.writerow([qid, quote, [quote], [[start, start + len(quote)]], speaker, "[]", kind, referring])
    (folder / "character_info.csv").write_text(
        "Character ID,Main Name,Aliases,Gender,Category\n0,Emma,\"{'Emma', 'Emma Woodhouse'}\",F,major\n"
        "1,Harriet,\"{'Harriet', 'Harriet Smith', 'Miss Smith'}\",F,major\n",
        encoding="utf-8",
    )
    return root


def test_pdnc_is_read_with_offsets_speakers_names_and_the_introducing_pronoun(tmp_path):
    from quotes.corpora.pdnc import introducing_pronoun, read_pdnc

    (novel,) = read_pdnc(_pdnc(tmp_path / "pdnc"))
    assert [novel.text[s:e] for q in novel.quotes for s, e in q.pieces] == ["It is late,", "I know it,"]
    assert novel.names["Harriet"] == {"Harriet", "Harriet Smith", "Miss Smith"}
    explicit, anaphoric = novel.quotes
    assert introducing_pronoun(novel, explicit) is None  # "said Emma" holds no pronoun
    start, end = introducing_pronoun(novel, anaphoric)
    assert novel.text[start:end] == "she" and novel.text[end:].startswith(" said softly")


def test_pdnc_problems_mark_the_speakers_names_gold(tmp_path):
    spec = importlib.util.spec_from_file_location("train_antecedent", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_antecedent"] = module
    spec.loader.exec_module(module)
    config = module.parse_config(
        module.TrainConfig, ["--litbank", "-", "--out", str(tmp_path), "--pdnc", str(_pdnc(tmp_path / "pdnc"))]
    )
    net = AntecedentNet(AntecedentConfig(encoder=EncoderConfig(lora_rank=0, use_shapes=False, tiny=True)))
    [problem] = module.encode_pdnc(net, load_tokenizer(), config, random.Random(0))
    # Candidates before "she": "Emma Woodhouse", "Harriet Smith" (line 1), "Harriet Smith" (line 3).
    assert len(problem.forms) == 3 and problem.gold == [2, 3]
