"""Train the stance classifier on VAST and NewsMTSC: (target, text) → favor / against / neutral.

    python models/train_stance.py --vast-train ../shared/data/vast/vast_train.csv \
        --vast-dev ../shared/data/vast/vast_dev_reformatted.csv \
        --newsmtsc-train ../shared/data/newsmtsc/train.jsonl --newsmtsc-dev ../shared/data/newsmtsc/devtest_mt.jsonl \
        --out models/stance

Trains LoRA adapters on the MiniLM base with a fixed seed, scores both dev sets after every
epoch, keeps the epoch with the best mean macro-F1, and fits a temperature on dev so that the
reported probabilities are calibrated.
"""

from __future__ import annotations

import collections
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from config_args import parse_config  # noqa: E402

from quotes import stance_net  # noqa: E402
from quotes.corpora.stance_sets import (  # noqa: E402
    StanceExample,
    read_newsmtsc,
    read_quote_stances,
    read_stance_set,
    read_vast,
)
from quotes.encoder import EncoderConfig, load_tokenizer  # noqa: E402
from quotes.evaluate import evaluate_stance_set  # noqa: E402
from quotes.io import compact_json  # noqa: E402
from quotes.stance import not_against_itself  # noqa: E402
from quotes.stance_net import MARK_CLOSE, MARK_OPEN, StanceConfig, StanceNet, encode_pairs  # noqa: E402
from quotes.types import STANCE_LABELS  # noqa: E402
from quotes.weights import load_trained, read_meta  # noqa: E402


@dataclass
class TrainConfig:
    vast_train: Path = field(metadata={"help": "VAST train CSV"})
    vast_dev: Path = field(metadata={"help": "VAST dev CSV (reformatted), scored after each epoch"})
    newsmtsc_train: Path = field(metadata={"help": "NewsMTSC train.jsonl"})
    newsmtsc_dev: Path = field(metadata={"help": "NewsMTSC devtest_mt.jsonl, scored after each epoch"})
    out: Path = field(metadata={"help": "folder for the best model"})
    news_split: Path | None = field(
        default=None, metadata={"help": "PolNeAR split folder that --news-train and --news-dev point into"}
    )
    news_train: Path | None = field(
        default=None, metadata={"help": "stance standoff JSONL of news quotes to train on (eval/ANNOTATION.md §3)"}
    )
    news_speakers: Path | None = field(
        default=None,
        metadata={"help": "speaker standoff JSONL over the news quotes: their passages start with the speaker"},
    )
    news_dev: Path | None = field(
        default=None, metadata={"help": "stance standoff JSONL of other news quotes, scored and selected on"}
    )
    news_repeat: int = field(default=1, metadata={"help": "times each news training pair is seen per epoch"})
    written_train: Path | None = field(
        default=None,
        metadata={"help": "plain stance set (target, speaker, text, label) of passages written for training"},
    )
    written_repeat: int = field(default=1, metadata={"help": "times each written training pair is seen per epoch"})
    base_share: float = field(
        default=1.0, metadata={"help": "share of the VAST and NewsMTSC training pairs drawn for this run (0-1]"}
    )
    epochs: int = field(default=1, metadata={"help": "passes over the training pairs"})
    batch_size: int = field(default=32, metadata={"help": "pairs per optimiser step"})
    lr: float = field(default=5e-4, metadata={"help": "peak learning rate"})
    max_length: int = field(default=192, metadata={"help": "tokens per pair, target included"})
    lora_rank: int = field(default=16, metadata={"help": "rank of the LoRA adapters"})
    limit: int = field(default=0, metadata={"help": "use only N pairs of each set (0 = all); for smoke runs"})
    tiny: bool = field(default=False, metadata={"help": "a tiny random encoder instead of MiniLM (tests only)"})
    target_pooling: bool = field(
        default=False,
        metadata={"help": "add a head over the target's own tokens (with --init: added to the start, at zero)"},
    )
    unrelated: float = field(
        default=0.0,
        metadata={"help": "add this many neutral pairs per training pair: a text with a target from another text"},
    )
    init: str = field(
        default="", metadata={"help": "continue training the model in this folder (empty: fresh adapters and head)"}
    )
    seed: int = field(default=13, metadata={"help": "random seed"})
    threads: int = field(default=2, metadata={"help": "torch CPU threads"})


_WORD = re.compile(r"[a-z0-9]{3,}")


def unrelated_pairs(examples: list[StanceExample], share: float, rng: random.Random) -> list[StanceExample]:
    """Neutral pairs of a text with the target of another text that shares none of its words.

    VAST made its synthetic neutrals this way; news quotes need the same lesson most, since most
    quotes in an article say nothing about a given target. Targets come from the whole pool (VAST
    topics and NewsMTSC people alike); NewsMTSC texts lose their target marks.
    """
    targets = sorted({e.target for e in examples})
    out = []
    for example in rng.sample(examples, round(share * len(examples))):
        text = example.text.replace(f"{MARK_OPEN} ", "").replace(f" {MARK_CLOSE}", "")
        words = set(_WORD.findall(text.lower()))
        for _ in range(20):  # a few tries to find a target whose words the text never uses
            target = rng.choice(targets)
            if not words & set(_WORD.findall(target.lower())):
                out.append(StanceExample(target, text, "neutral", "unrelated"))
                break
    return out


def batches(examples: list[StanceExample], size: int, rng: random.Random) -> list[list[StanceExample]]:
    """Shuffled batches of similar length (sorted within chunks of 50 batches) to pad less."""
    order = examples[:]
    rng.shuffle(order)
    out = []
    chunk = size * 50
    for i in range(0, len(order), chunk):
        part = sorted(order[i : i + chunk], key=lambda e: len(e.text))
        out += [part[j : j + size] for j in range(0, len(part), size)]
    rng.shuffle(out)
    return out


@torch.inference_mode()
def logits_of(net: StanceNet, tokenizer, examples: list[StanceExample], max_length: int) -> torch.Tensor:
    net.eval()
    out = []
    for i in range(0, len(examples), 64):
        part = examples[i : i + 64]
        out.append(net(**encode_pairs(tokenizer, [(e.target, e.text) for e in part], max_length)))
    net.train()
    return torch.cat(out)


def fit_temperature(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """The temperature (0.5–5) that minimises dev negative log-likelihood."""
    grid = [0.5 + 0.05 * i for i in range(91)]
    losses = [torch.nn.functional.cross_entropy(logits / t, labels).item() for t in grid]
    return grid[min(range(len(grid)), key=losses.__getitem__)]


def pipeline_labels(logits: torch.Tensor, examples: list[StanceExample]) -> list[tuple[str, None]]:
    """The label the pipeline would give each pair: the most probable, *against* ruled out where the quote's
    speaker is the target or speaks for it (``not_against_itself``), so that selection scores what users get. No
    score: the temperature is not fitted yet, so calibration is not measured here."""
    best = logits.argmax(-1).tolist()
    for i, example in enumerate(examples):
        if example.speaker:  # only news quotes have one; the rest keep the argmax
            best[i] = int(
                not_against_itself(torch.softmax(logits[i], -1), example.speaker, example.target, example.role).argmax()
            )
    return [(STANCE_LABELS[i], None) for i in best]


def dev_scores(net, tokenizer, dev: dict[str, list[StanceExample]], max_length: int) -> tuple[dict, dict]:
    """Scores per dev set and subset, and the dev logits for calibration."""
    scores, logits = {}, {}
    for name, examples in dev.items():
        logits[name] = logits_of(net, tokenizer, examples, max_length)
        predicted = pipeline_labels(logits[name], examples)
        for group, result in evaluate_stance_set(examples, lambda pairs, p=predicted: p).items():
            scores[name if group == "all" else f"{name}:{group}"] = result
    return scores, logits


def train(config: TrainConfig) -> dict:
    rng = random.Random(config.seed)
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    tokenizer = load_tokenizer()

    def cut(examples):
        return examples[: config.limit] if config.limit else examples

    train_set = cut(read_vast(config.vast_train)) + cut(read_newsmtsc(config.newsmtsc_train))
    if config.base_share < 1:
        train_set = rng.sample(train_set, round(config.base_share * len(train_set)))
    train_set += unrelated_pairs(train_set, config.unrelated, rng)
    dev = {"vast": cut(read_vast(config.vast_dev)), "newsmtsc": cut(read_newsmtsc(config.newsmtsc_dev))}
    if config.news_train:
        news = read_quote_stances(config.news_split, config.news_train, speakers=config.news_speakers)
        train_set += cut(news) * config.news_repeat
    if config.written_train:
        written = [replace(e, group="written") for e in read_stance_set(config.written_train)]
        train_set += cut(written) * config.written_repeat
    if config.news_dev:
        dev["news"] = cut(read_quote_stances(config.news_split, config.news_dev, speakers=config.news_speakers))
    balance = {
        group: dict(collections.Counter(e.label for e in train_set if e.group.split("/")[0] == group))
        for group in ("vast", "newsmtsc", "unrelated", "news", "written")
    }
    print(f"{len(train_set)} training pairs; labels {balance}", flush=True)
    encoder = EncoderConfig(lora_rank=config.lora_rank, max_length=config.max_length, tiny=config.tiny)
    net = StanceNet(StanceConfig(encoder=encoder, target_pooling=config.target_pooling))
    best, continued_from = None, None
    if config.init:
        previous = read_meta(Path(config.init), "stance")
        start_config = StanceConfig.from_dict(previous["config"])
        if start_config.encoder != encoder:
            raise SystemExit(f"{config.init}: its encoder config differs from the flags given; match --lora-rank etc.")
        if start_config.target_pooling and not config.target_pooling:
            raise SystemExit(f"{config.init}: it has a target head; continue it with --target-pooling")
        start = load_trained(StanceNet(start_config), Path(config.init))
        net.load_state_dict(start.state_dict(), strict=False)  # a new target head stays at zero
        continued_from = {"folder": config.init, **{k: previous.get(k) for k in ("trained", "epoch", "train_config")}}
    params = [p for p in net.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=config.lr, weight_decay=0.01)
    per_epoch = (len(train_set) + config.batch_size - 1) // config.batch_size
    steps, warmup = config.epochs * per_epoch, max(1, config.epochs * per_epoch // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup)))
    )
    label_index = {label: i for i, label in enumerate(STANCE_LABELS)}
    history, step, started = [], 0, time.time()
    net.train()
    if config.init:  # epoch 0 is the starting model, scored as the others are: it is the one to beat
        epochs = range(0, config.epochs + 1)
    else:
        epochs = range(1, config.epochs + 1)
    for epoch in epochs:
        for batch in batches(train_set, config.batch_size, rng) if epoch else []:
            inputs = encode_pairs(tokenizer, [(e.target, e.text) for e in batch], config.max_length)
            labels = torch.tensor([label_index[e.label] for e in batch])
            loss = torch.nn.functional.cross_entropy(net(**inputs), labels)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            if step % 50 == 0:
                rate = step * config.batch_size / (time.time() - started)
                print(f"epoch {epoch} step {step}/{steps} loss {loss.item():.4f} ({rate:.1f} pairs/s)", flush=True)
        scores, logits = dev_scores(net, tokenizer, dev, config.max_length)
        mean_f1 = sum(scores[name]["macro_f1"] for name in dev) / len(dev)
        history.append({"epoch": epoch, "dev": scores})
        print(f"epoch {epoch}: " + ", ".join(f"{k} {v['macro_f1']:.4f}" for k, v in scores.items()), flush=True)
        if best is None or mean_f1 > best["mean_macro_f1"]:
            all_logits = torch.cat([logits[name] for name in dev])
            all_labels = torch.tensor([label_index[e.label] for name in dev for e in dev[name]])
            net.config.temperature = fit_temperature(all_logits, all_labels)
            best = {"epoch": epoch, "mean_macro_f1": mean_f1, "dev": scores}
            meta = {
                "trained": date.today().isoformat(),
                "epoch": epoch,
                "train_config": {f.name: str(getattr(config, f.name)) for f in fields(config)},
                "training_pairs": len(train_set),
                "train_labels": balance,
                "dev": scores,
                "seconds": round(time.time() - started),
                "continued_from": continued_from,
            }
            stance_net.save(net, config.out, meta=meta)
    (config.out / "history.json").write_text(compact_json(history))
    # The saved weights are fp16: score the reloaded model too, so the card can say what that costs.
    reloaded, _ = dev_scores(stance_net.load(config.out), tokenizer, dev, config.max_length)
    meta = json.loads((config.out / stance_net.CONFIG_FILE).read_text())
    meta["dev_fp16_reloaded"] = reloaded
    (config.out / stance_net.CONFIG_FILE).write_text(json.dumps(meta, indent=2) + "\n")
    return best


def parse_args(argv: list[str] | None = None) -> TrainConfig:
    return parse_config(TrainConfig, argv, description=__doc__)


if __name__ == "__main__":
    best = train(parse_args())
    print(json.dumps(best, indent=2))
