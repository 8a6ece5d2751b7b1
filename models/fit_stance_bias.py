"""Fit the stance model's neutral bias and temperature on dev, after training.

    python models/fit_stance_bias.py --vast-dev ../shared/data/vast/vast_dev_reformatted.csv \
        --newsmtsc-dev ../shared/data/newsmtsc/devtest_mt.jsonl --model models/stance

Trained on VAST and NewsMTSC, the classifier almost never says "neutral" on VAST, where neutral
means "the text takes no side on this topic" — the common case for news quotes and a target.
A constant added to the neutral logit moves that decision boundary without retraining. The
bias maximising the mean macro-F1 of the dev sets (the training script's selection rule)
is kept, the temperature is refitted after it, and both go into the model's config.json with
the dev scores before and after.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from config_args import parse_config  # noqa: E402
from train_stance import fit_temperature, logits_of, pipeline_labels  # noqa: E402

from quotes import stance_net  # noqa: E402
from quotes.corpora.stance_sets import read_newsmtsc, read_quote_stances, read_vast  # noqa: E402
from quotes.encoder import load_tokenizer  # noqa: E402
from quotes.evaluate import evaluate_stance_set  # noqa: E402
from quotes.types import STANCE_LABELS  # noqa: E402

NEUTRAL = STANCE_LABELS.index("neutral")
GRID = [0.25 * i for i in range(-8, 25)]  # -2 … +6


@dataclass
class FitConfig:
    vast_dev: Path = field(metadata={"help": "VAST dev CSV (reformatted)"})
    newsmtsc_dev: Path = field(metadata={"help": "NewsMTSC devtest_mt.jsonl"})
    model: Path = field(metadata={"help": "stance model folder; its config.json is updated in place"})
    news_split: Path | None = field(default=None, metadata={"help": "PolNeAR split folder --news-dev points into"})
    news_dev: Path | None = field(default=None, metadata={"help": "stance standoff JSONL of news quotes (optional)"})
    news_speakers: Path | None = field(
        default=None, metadata={"help": "speaker standoff JSONL over them: their passages start with the speaker"}
    )
    threads: int = field(default=2, metadata={"help": "torch CPU threads"})


def scores_with(bias: float, logits: dict[str, torch.Tensor], dev: dict) -> dict[str, dict]:
    """Scores per dev set (and subset) when ``bias`` is added to the neutral logit."""
    shift = torch.zeros(len(STANCE_LABELS))
    shift[NEUTRAL] = bias
    out = {}
    for name, examples in dev.items():
        predicted = pipeline_labels(logits[name] + shift, examples)
        for group, result in evaluate_stance_set(examples, lambda pairs, p=predicted: p).items():
            out[name if group == "all" else f"{name}:{group}"] = result
    return out


def fit(config: FitConfig) -> dict:
    torch.set_num_threads(config.threads)
    tokenizer = load_tokenizer()
    net = stance_net.load(config.model)
    dev = {"vast": read_vast(config.vast_dev), "newsmtsc": read_newsmtsc(config.newsmtsc_dev)}
    if config.news_dev:
        dev["news"] = read_quote_stances(config.news_split, config.news_dev, speakers=config.news_speakers)
    max_length = net.config.encoder.max_length
    with torch.inference_mode():
        logits = {name: logits_of(net, tokenizer, examples, max_length) for name, examples in dev.items()}

    def mean_f1(bias: float) -> float:
        scores = scores_with(bias, logits, dev)
        return sum(scores[name]["macro_f1"] for name in dev) / len(dev)

    best = max(GRID, key=mean_f1)
    label_bias = [0.0] * len(STANCE_LABELS)
    label_bias[NEUTRAL] = best
    shifted = torch.cat([logits[name] for name in dev]) + torch.tensor(label_bias)
    labels = torch.tensor([STANCE_LABELS.index(e.label) for name in dev for e in dev[name]])
    meta = json.loads((config.model / stance_net.CONFIG_FILE).read_text(encoding="utf-8"))
    meta["config"]["label_bias"] = label_bias
    meta["config"]["temperature"] = fit_temperature(shifted, labels)
    meta["label_bias_fit"] = {
        "grid": [GRID[0], GRID[-1], 0.25],
        "neutral_bias": best,
        "dev_before": scores_with(0.0, logits, dev),
        "dev_after": scores_with(best, logits, dev),
    }
    (config.model / stance_net.CONFIG_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return {"neutral_bias": best, "mean_macro_f1_before": mean_f1(0.0), "mean_macro_f1_after": mean_f1(best)}


if __name__ == "__main__":
    print(json.dumps(fit(parse_config(FitConfig, description=__doc__)), indent=2))
