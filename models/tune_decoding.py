"""Select the extractor's decoding offsets on PolNeAR dev and write them into its config.json.

    python models/tune_decoding.py --dev ../shared/data/polnear/dev --model models/extractor

The network's tag probabilities are computed once; then, role by role (two rounds of coordinate
ascent), a constant added to the log-probability of the role's O tag is chosen from a small grid to
maximise lenient quote F1 of the whole pipeline's extraction (cue F1, then strict F1 break ties).
The weights are not touched: only ``decoding`` in ``config.json``, which ``quotes.load`` reads.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from config_args import parse_config  # noqa: E402

from quotes.detect import QuoteFinder  # noqa: E402
from quotes.evaluate import evaluate, read_gold_set  # noqa: E402
from quotes.extractor_net import CONFIG_FILE, ROLES  # noqa: E402
from quotes.pipeline import load  # noqa: E402

GRID = {
    "content": (0.5, 0.25, 0.0, -0.25),
    "cue": (0.0, -0.5, -1.0, -1.5, -2.0),
    "source": (0.5, 0.0, -0.5, -1.0, -1.5),
}
ROUNDS = 2


@dataclass
class TuneConfig:
    dev: Path = field(metadata={"help": "PolNeAR dev split folder"})
    model: Path = field(metadata={"help": "extractor folder whose config.json gets the selected offsets"})
    threads: int = field(default=2, metadata={"help": "torch CPU threads"})
    dry_run: bool = field(default=False, metadata={"help": "print the choice, write nothing"})


class _CachedFinder(QuoteFinder):
    """A QuoteFinder that runs the network once per document: the offsets only change decoding."""

    def __init__(self, finder: QuoteFinder) -> None:
        super().__init__(finder.net, finder.tokenizer, stride=finder.stride, batch_size=finder.batch_size)
        self._cache: dict[tuple, tuple[torch.Tensor, torch.Tensor]] = {}

    def _forward(self, doc, starts):
        key = (tuple(doc.ids), tuple(starts))
        if key not in self._cache:
            self._cache[key] = super()._forward(doc, starts)
        return self._cache[key]


def _key(scores: dict) -> tuple[float, float, float]:
    return (
        round(scores["quote"]["lenient"]["f1"], 6),
        round(scores["cue"]["overlap"]["f1"], 6),
        round(scores["quote"]["strict"]["f1"], 6),
    )


def tune(config: TuneConfig) -> dict:
    """The selected offsets with the dev scores before and after, and every setting tried."""
    docs = read_gold_set(config.dev)
    extractor = load(config.model, stance=False, antecedents=False, threads=config.threads)
    finder = _CachedFinder(extractor.finder)
    extractor.finder = finder
    tried: dict[tuple, dict] = {}

    def score(bias: dict[str, float]) -> dict:
        setting = tuple(bias[r] for r in ROLES)
        if setting not in tried:
            finder.outside_bias = torch.tensor(setting)
            started = time.time()
            tried[setting] = evaluate(docs, extractor.process).to_dict()
            lenient = tried[setting]["quote"]["lenient"]["f1"]
            print(f"{bias}: lenient F1 {lenient:.4f} ({time.time() - started:.0f} s)", flush=True)
        return tried[setting]

    bias = dict.fromkeys(ROLES, 0.0)
    start = score(bias)
    for _ in range(ROUNDS):
        for role in ROLES:
            best = max(GRID[role], key=lambda v, role=role: _key(score({**bias, role: v})))
            bias[role] = best
    chosen = score(bias)
    return {
        "outside_bias": bias,
        "selected": date.today().isoformat(),
        "selected_on": str(config.dev),
        "criterion": "lenient quote F1, then cue F1, then strict F1",
        "dev_without": start,
        "dev": chosen,
        "tried": [{"outside_bias": dict(zip(ROLES, k, strict=True)), "lenient_f1": v["quote"]["lenient"]["f1"]}
                  for k, v in tried.items()],
    }  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    config = parse_config(TuneConfig, argv, description=__doc__)
    decoding = tune(config)
    summary = {k: decoding[k] for k in ("outside_bias",)}
    for name in ("dev_without", "dev"):
        s = decoding[name]
        summary[name] = {
            "lenient_f1": s["quote"]["lenient"]["f1"],
            "strict_f1": s["quote"]["strict"]["f1"],
            "cue_f1": s["cue"]["overlap"]["f1"],
        }
    print(json.dumps(summary, indent=2))
    if config.dry_run:
        return
    path = config.model / CONFIG_FILE
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["decoding"] = decoding
    path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"wrote decoding into {path}")


if __name__ == "__main__":
    main()
