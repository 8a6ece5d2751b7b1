"""Train the quote extractor on PolNeAR: content/cue/source tags and content→cue/source links.

    python models/train_extractor.py --train ../shared/data/polnear/train --dev ../shared/data/polnear/dev \
        --out models/extractor

Reads the corpus from the paths given (it is never copied into the project), trains LoRA
adapters on the MiniLM base with a fixed seed, scores the dev split after every epoch with
the project's scorer, and keeps the best epoch (lenient quote F1) in ``--out``.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from config_args import parse_config  # noqa: E402

from quotes import extractor_net  # noqa: E402
from quotes.attribute import build_attributions  # noqa: E402
from quotes.corpora.polnear import RawAttribution, read_split  # noqa: E402
from quotes.detect import QuoteFinder  # noqa: E402
from quotes.encoder import EncoderConfig, load_tokenizer, widen_adapters  # noqa: E402
from quotes.extractor_net import LINKED_ROLES, ROLES, ExtractorConfig, ExtractorNet  # noqa: E402
from quotes.io import compact_json  # noqa: E402
from quotes.scoring import score_documents  # noqa: E402
from quotes.weights import load_trained, read_meta  # noqa: E402
from quotes.windows import DocTokens, batch_windows, tokenize, window_starts  # noqa: E402

MAX_POSITIONS = 512  # position embeddings of all-MiniLM-L6-v2


@dataclass
class TrainConfig:
    train: Path = field(metadata={"help": "PolNeAR train split folder (holds text/ and attributions/)"})
    dev: Path = field(metadata={"help": "PolNeAR dev split folder, scored after each epoch"})
    out: Path = field(metadata={"help": "folder for the best model (adapter.safetensors, config.json, dev scores)"})
    epochs: int = field(default=3, metadata={"help": "passes over the training windows"})
    batch_size: int = field(default=16, metadata={"help": "windows per optimiser step"})
    lr: float = field(default=5e-4, metadata={"help": "peak learning rate of adapters, shapes and heads"})
    stride: int = field(default=192, metadata={"help": "tokens between training window starts"})
    max_length: int = field(default=256, metadata={"help": "tokens per window, specials included"})
    lora_rank: int = field(
        default=16, metadata={"help": "rank of the LoRA adapters (with --init, may exceed the start's: widened)"}
    )
    no_shapes: bool = field(default=False, metadata={"help": "drop the casing/shape embedding (ablation)"})
    limit_docs: int = field(
        default=0, metadata={"help": "use only the first N train and dev docs (0 = all); for smoke runs"}
    )
    tiny: bool = field(default=False, metadata={"help": "a tiny random encoder instead of MiniLM (tests only)"})
    init: str = field(
        default="", metadata={"help": "continue training the model in this folder (empty: fresh adapters and heads)"}
    )
    seed: int = field(default=13, metadata={"help": "random seed for windows order and initialisation"})
    threads: int = field(default=2, metadata={"help": "torch CPU threads"})


@dataclass
class Example:
    """One training window: inputs sliced from a document plus its labels and links."""

    doc: DocTokens
    start: int
    labels: torch.Tensor  # [size, roles]: 0=O 1=B 2=I; -100 on padding (ignored by the loss)
    links: list[tuple[tuple[int, int], dict[str, int], dict[str, list[tuple[int, int]]]]]


def token_labels(doc: DocTokens, raw: list[RawAttribution]) -> tuple[torch.Tensor, list]:
    """Per-token BIO labels for each role and (content piece, cue, source) token ranges.

    Nested policy: when spans of one role overlap, the longest is labelled and the ones
    overlapping it are dropped (6 of 2,192 dev contents are nested inside another content).
    """
    labels = torch.zeros((len(doc), len(ROLES)), dtype=torch.long)
    taken: dict[str, set[tuple[int, int]]] = {role: set() for role in ROLES}
    triples = []
    for attribution in raw:
        cue = doc.token_range(*attribution.cue[0]) if attribution.cue else None
        source = doc.token_range(*attribution.source[0]) if attribution.source else None
        for piece in attribution.content:
            content = doc.token_range(*piece)
            if content:
                triples.append((content, cue, source))
    for r, role in enumerate(ROLES):
        spans = {t[r] for t in triples if t[r] is not None}
        for first, last in sorted(spans, key=lambda s: s[0] - s[1]):  # longest first
            if (labels[first:last, r] != 0).any():
                continue
            labels[first, r] = 1
            labels[first + 1 : last, r] = 2
            taken[role].add((first, last))
    kept = [(c, cue, src) for c, cue, src in triples if c in taken["content"]]
    kept = [(c, cue if cue in taken["cue"] else None, src if src in taken["source"] else None) for c, cue, src in kept]
    return labels, kept


def make_examples(split: Path, tokenizer, config: TrainConfig, *, limit: int) -> list[Example]:
    size = config.max_length - 2
    examples = []
    for n, (article, raw, _) in enumerate(read_split(split)):
        if limit and n >= limit:
            break
        doc = tokenize(tokenizer, article.text)
        labels, triples = token_labels(doc, raw)
        for start in window_starts(len(doc), size, config.stride):
            end = start + size

            def inside(span, start=start, end=end) -> bool:
                return span is not None and span[0] >= start and span[1] <= end

            links = []
            in_window = {role: sorted({t[r] for t in triples if inside(t[r])}) for r, role in enumerate(ROLES)}
            candidates = {role: [(a - start, b - start) for a, b in in_window[role]] for role in LINKED_ROLES}
            for content, cue, source in triples:
                if not inside(content):
                    continue
                gold = {"cue": cue, "source": source}
                targets = {
                    role: in_window[role].index(gold[role]) + 1 if inside(gold[role]) else 0 for role in LINKED_ROLES
                }
                links.append(((content[0] - start, content[1] - start), targets, candidates))
            examples.append(Example(doc, start, labels[start:end], links))
    return examples


def loss_of(net: ExtractorNet, tokenizer, batch: list[Example], size: int) -> torch.Tensor:
    """Tag cross-entropy plus link cross-entropy, for one batch of windows."""
    inputs = {k: [] for k in ("input_ids", "attention_mask", "shape_ids")}
    for ex in batch:
        one = batch_windows(tokenizer, ex.doc, [ex.start], size)
        for k in inputs:
            inputs[k].append(one[k][0])
    length = max(t.shape[0] for t in inputs["input_ids"])
    padded = {
        k: torch.stack([torch.nn.functional.pad(t, (0, length - t.shape[0])) for t in v]) for k, v in inputs.items()
    }
    hidden, logits = net(**padded)
    hidden, logits = hidden[:, 1:-1], logits[:, 1:-1]  # token t of the window sits at t + 1
    labels = torch.full(logits.shape[:3], -100, dtype=torch.long)
    for i, ex in enumerate(batch):
        labels[i, : ex.labels.shape[0]] = ex.labels
    tag_loss = torch.nn.functional.cross_entropy(
        logits.reshape(-1, logits.shape[-1]), labels.reshape(-1), ignore_index=-100
    )
    link_losses = []
    for i, ex in enumerate(batch):
        for content, targets, candidates in ex.links:
            for role in LINKED_ROLES:
                scores = net.link_scores(hidden[i], role, content, candidates[role])
                link_losses.append(torch.nn.functional.cross_entropy(scores[None], torch.tensor([targets[role]])))
    link_loss = torch.stack(link_losses).mean() if link_losses else torch.zeros(())
    return tag_loss + link_loss


def evaluate_dev(net: ExtractorNet, tokenizer, dev: Path, *, limit: int) -> dict:
    """Dev scores of the current network with the project's scorer."""
    net.eval()
    finder = QuoteFinder(net, tokenizer)
    pairs = []
    for n, (article, _, gold) in enumerate(read_split(dev)):
        if limit and n >= limit:
            break
        raw = finder.predict([article.text])[0]
        pairs.append((gold, build_attributions(article.text, raw, doc=article.id)))
    net.train()
    return score_documents(pairs).to_dict()


def train(config: TrainConfig) -> dict:
    """Train, keep the best epoch on dev (epoch 0 = the ``--init`` model itself), and return its scores."""
    random.seed(config.seed)
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    if not config.tiny and config.max_length > MAX_POSITIONS:
        raise SystemExit(f"--max-length {config.max_length}: the base encoder reads at most {MAX_POSITIONS} tokens")
    tokenizer = load_tokenizer()
    tokenizer.model_max_length = 10**9  # whole articles are tokenised, then windowed
    encoder = EncoderConfig(
        lora_rank=config.lora_rank, use_shapes=not config.no_shapes, max_length=config.max_length, tiny=config.tiny
    )
    net = ExtractorNet(ExtractorConfig(encoder=encoder))
    continued_from = None
    if config.init:
        previous = read_meta(Path(config.init), "extractor")
        start = ExtractorConfig.from_dict(previous["config"])
        # The rank may grow (wider adapters start as the old ones) and the window length may change: no trained
        # weight depends on it (the frozen base has positions up to 512, checked above).
        same_but_size = replace(
            start, encoder=replace(start.encoder, lora_rank=config.lora_rank, max_length=config.max_length)
        )
        if same_but_size != net.config or start.encoder.lora_rank > config.lora_rank:
            raise SystemExit(f"{config.init}: its network config differs from the flags given; match --no-shapes etc.")
        if start.encoder.lora_rank < config.lora_rank:  # more adapter capacity, same function at step 0
            widen_adapters(load_trained(ExtractorNet(start), Path(config.init)), net)
        else:
            load_trained(net, Path(config.init))
        continued_from = {"folder": config.init, **{k: previous.get(k) for k in ("trained", "epoch", "train_config")}}
        # The starting model is the one to beat: --out always ends up holding the best seen.
        # Scored again, not read from its meta: the decoding rules may have changed since it was trained.
        start_dev = evaluate_dev(net, tokenizer, config.dev, limit=config.limit_docs)  # back to train mode below
        start_meta = {k: v for k, v in previous.items() if k != "config"}  # the config is the widened net's
        start_meta.update(dev=start_dev, continued_from=continued_from, epoch=0)
        extractor_net.save(net, config.out, meta=start_meta)
    size = config.max_length - 2
    examples = make_examples(config.train, tokenizer, config, limit=config.limit_docs)
    print(f"{len(examples)} training windows", flush=True)
    params = [p for p in net.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=config.lr, weight_decay=0.01)
    steps = config.epochs * ((len(examples) + config.batch_size - 1) // config.batch_size)
    warmup = max(1, steps // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup)))
    )
    best = {"epoch": 0, "dev": start_dev} if config.init else None  # epoch 0: the starting model
    history, step, started = [], 0, time.time()
    net.train()
    for epoch in range(1, config.epochs + 1):
        random.shuffle(examples)
        for i in range(0, len(examples), config.batch_size):
            loss = loss_of(net, tokenizer, examples[i : i + config.batch_size], size)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            if step % 50 == 0:
                rate = step * config.batch_size / (time.time() - started)
                print(f"epoch {epoch} step {step}/{steps} loss {loss.item():.4f} ({rate:.1f} windows/s)", flush=True)
        scores = evaluate_dev(net, tokenizer, config.dev, limit=config.limit_docs)
        f1 = scores["quote"]["lenient"]["f1"]
        history.append({"epoch": epoch, "dev": scores})
        print(f"epoch {epoch}: dev lenient F1 {f1:.4f} strict F1 {scores['quote']['strict']['f1']:.4f}", flush=True)
        if best is None or f1 > best["dev"]["quote"]["lenient"]["f1"]:
            best = history[-1]
            meta = {
                "trained": date.today().isoformat(),
                "epoch": epoch,
                "train_config": {f.name: str(getattr(config, f.name)) for f in fields(config)},
                "dev": scores,
                "training_windows": len(examples),
                "continued_from": continued_from,
                "seconds": round(time.time() - started),
            }
            extractor_net.save(net, config.out, meta=meta)
    (config.out / "history.json").write_text(compact_json(history))
    # The saved weights are fp16: score the reloaded model too, so the card can say what that costs.
    reloaded = evaluate_dev(extractor_net.load(config.out), tokenizer, config.dev, limit=config.limit_docs)
    meta = json.loads((config.out / extractor_net.CONFIG_FILE).read_text())
    meta["dev_fp16_reloaded"] = reloaded
    (config.out / extractor_net.CONFIG_FILE).write_text(json.dumps(meta, indent=2) + "\n")
    return best


def parse_args(argv: list[str] | None = None) -> TrainConfig:
    return parse_config(TrainConfig, argv, description=__doc__)


if __name__ == "__main__":
    best = train(parse_args())
    print(json.dumps({"epoch": best["epoch"], "quote": best["dev"]["quote"]}, indent=2))
