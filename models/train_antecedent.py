"""Train the pronoun antecedent scorer on LitBank coreference: which earlier mention "he"/"she" means.

    python models/train_antecedent.py --litbank ../shared/data/litbank --out models/antecedent \
        [--news-split ../shared/data/polnear/train --news-train eval/speakers/polnear-train.jsonl \
         --news-dev eval/speakers/polnear-train-select.jsonl]

With the news flags, "he"/"she" source mentions of PolNeAR train quotes with annotated canonical
speakers are added: candidates as the pipeline builds them, gold the ones naming the same person.

The base encoder stays frozen, so each pronoun's window is encoded once and only the small
pairwise scorer trains (a few minutes on 2 cores). Documents are split by id: every fifth
document is held out as dev. The best epoch on dev accuracy is kept; the script also reports
the "nearest earlier name" baseline on the same dev problems.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from config_args import parse_config  # noqa: E402

from quotes import antecedent  # noqa: E402
from quotes.antecedent import FORMS, AntecedentConfig, AntecedentNet, make_problem, span_vector  # noqa: E402
from quotes.article_text import name_runs  # noqa: E402
from quotes.corpora.litbank import read_coref  # noqa: E402
from quotes.corpora.pdnc import introducing_pronoun, read_pdnc  # noqa: E402
from quotes.encoder import EncoderConfig, load_tokenizer  # noqa: E402
from quotes.evaluate import read_gold_set  # noqa: E402
from quotes.io import compact_json  # noqa: E402
from quotes.names import split_title, word_tokens  # noqa: E402
from quotes.scoring import same_speaker  # noqa: E402
from quotes.speakers import ANTECEDENT_PRONOUNS, antecedent_candidates  # noqa: E402
from quotes.windows import tokenize  # noqa: E402

_FORM_OF = {"PROP": FORMS.index("name"), "NOM": FORMS.index("description"), "PRON": FORMS.index("pronoun")}


@dataclass
class TrainConfig:
    litbank: Path = field(metadata={"help": "LitBank folder (holds coref/tsv)"})
    out: Path = field(metadata={"help": "folder for the best model (adapter.safetensors, config.json)"})
    epochs: int = field(default=15, metadata={"help": "passes over the cached training problems"})
    lr: float = field(default=1e-3, metadata={"help": "learning rate of the scorer"})
    max_per_doc: int = field(default=60, metadata={"help": "pronouns used per document (encoding cost)"})
    max_candidates: int = field(default=30, metadata={"help": "nearest earlier mentions kept per pronoun"})
    news_split: Path | None = field(default=None, metadata={"help": "PolNeAR split folder of the news standoffs"})
    news_train: Path | None = field(
        default=None, metadata={"help": "speaker standoff JSONL (eval/ANNOTATION.md §2) of news quotes to train on"}
    )
    news_dev: Path | None = field(
        default=None, metadata={"help": "speaker standoff JSONL of other news quotes, the dev set selected on"}
    )
    news_repeat: int = field(default=3, metadata={"help": "times each news problem is seen per epoch"})
    pdnc: Path | None = field(
        default=None, metadata={"help": "PDNC folder: add the pronouns introducing its anaphoric quotations"}
    )
    pdnc_chars: int = field(default=200_000, metadata={"help": "read only this many characters of each novel"})
    limit_docs: int = field(default=0, metadata={"help": "use only N documents (0 = all); for smoke runs"})
    tiny: bool = field(default=False, metadata={"help": "a tiny random encoder instead of MiniLM (tests only)"})
    seed: int = field(default=13, metadata={"help": "random seed"})
    threads: int = field(default=2, metadata={"help": "torch CPU threads"})


@dataclass
class Cached:
    """One encoded problem: vectors, distances, forms and which candidates are gold (empty: none)."""

    pronoun: torch.Tensor
    candidates: torch.Tensor
    distances: list[int]
    forms: list[int]
    gold: list[int]  # indices into scores (0 = none, i + 1 = candidate i)
    nearest_name: int  # index into scores of the baselines' choices: the nearest earlier name,
    nearest: int  # and the nearest earlier mention of any form


@torch.no_grad()  # not inference_mode: the cached vectors feed autograd later
def cache_problem(
    net: AntecedentNet, tokenizer, doc, pronoun: tuple[int, int], candidates: list[tuple[tuple[int, int], int, bool]]
) -> Cached:
    """The encoded problem of one pronoun (token range) and its ``(token range, form, is gold)`` candidates."""
    size = net.config.encoder.max_length - 2
    problem, kept_at = make_problem(doc, pronoun, [(r, form) for r, form, _ in candidates], size)
    kept = [candidates[k] for k in kept_at]
    hidden = antecedent.encode(net, tokenizer, doc, [problem])[0]
    names = [k + 1 for k, (_, form, _) in enumerate(kept) if form == FORMS.index("name")]
    return Cached(
        pronoun=span_vector(hidden, problem.pronoun),
        candidates=torch.stack([span_vector(hidden, c) for c in problem.candidates])
        if problem.candidates
        else torch.zeros(0, hidden.shape[-1]),
        distances=[problem.pronoun[0] - c[1] for c in problem.candidates],
        forms=problem.forms,
        gold=[k + 1 for k, (_, _, is_gold) in enumerate(kept) if is_gold],
        nearest_name=names[-1] if names else 0,
        nearest=len(kept),
    )


def names_person(words: str, person: str) -> bool:
    """Whether a name run ("Sen. Lindsey Graham", "Graham") names ``person`` ("Lindsey Graham"): its name
    words, titles dropped, are all words of the person's name."""
    _, name = split_title(word_tokens(words))
    return bool(name) and {w.lower() for w in name} <= {w.lower() for w in person.split()}


@torch.no_grad()
def encode_news(net: AntecedentNet, tokenizer, split: Path, standoff: Path) -> list[Cached]:
    """Problems of the "he"/"she" source mentions of annotated news quotes whose speaker is a person: the
    candidates the pipeline would offer, gold those naming that person or spoken by them."""
    out = []
    for article, gold in read_gold_set(split, speakers=standoff):
        text = article.text
        doc = tokenize(tokenizer, text)
        spoken = [a for a in gold if a.speaker and a.speaker.mention]
        speaker_at = {(a.speaker.mention.start, a.speaker.mention.end): a.speaker for a in spoken}
        candidates = antecedent_candidates(text, [a.speaker.mention for a in spoken], name_runs(text))
        for a in spoken:
            m, person = a.speaker.mention, a.speaker
            if m.text.lower() not in ANTECEDENT_PRONOUNS or person.type != "person" or not person.name:
                continue
            pronoun = doc.token_range(m.start, m.end)
            if pronoun is None:
                continue
            offered = []
            for start, end, form in candidates:
                r = doc.token_range(start, end)
                if r is None or end > m.start:
                    continue
                other = speaker_at.get((start, end))
                if other is not None:
                    is_gold = other.type == "person" and same_speaker(other, person)
                else:
                    is_gold = names_person(text[start:end], person.name)
                offered.append((r, FORMS.index(form), is_gold))
            out.append(cache_problem(net, tokenizer, doc, pronoun, offered))
    return out


@torch.no_grad()
def encode_pdnc(net: AntecedentNet, tokenizer, config: TrainConfig, rng: random.Random) -> list[Cached]:
    """Problems of the he/she/him/her that introduce PDNC's anaphoric quotations ("he had said"), in the first
    ``pdnc_chars`` characters of each novel: the candidates the pipeline would offer there (person-like name runs
    outside quotations), gold those that are names of the quotation's speaker; at most ``max_per_doc`` a novel."""
    out = []
    for novel in read_pdnc(config.pdnc):
        text = novel.text[: config.pdnc_chars]
        doc = tokenize(tokenizer, text)
        candidates = antecedent_candidates(text, [], name_runs(text))
        problems = []
        for quote in novel.quotes:
            names = next((n for n in novel.names.values() if quote.speaker in n), None)
            where = introducing_pronoun(novel, quote) if quote.kind == "Anaphoric" and names else None
            if where is None or where[1] > len(text) or (pronoun := doc.token_range(*where)) is None:
                continue
            offered = []
            for start, end, form in candidates:
                r = doc.token_range(start, end)
                if r is not None and end <= where[0]:
                    offered.append((r, FORMS.index(form), any(names_person(text[start:end], n) for n in names)))
            problems.append((pronoun, offered[-config.max_candidates :]))
        rng.shuffle(problems)
        out += [cache_problem(net, tokenizer, doc, p, offered) for p, offered in problems[: config.max_per_doc]]
        print(f"encoded PDNC {novel.id}: {min(len(problems), config.max_per_doc)} pronouns", flush=True)
    return out


@torch.no_grad()  # not inference_mode: the cached vectors feed autograd later
def encode_documents(net: AntecedentNet, tokenizer, config: TrainConfig, rng: random.Random) -> dict[str, list]:
    """Cached problems of every document, by split ("train" / "dev")."""
    splits: dict[str, list[Cached]] = {"train": [], "dev": []}
    docs = read_coref(config.litbank)
    if config.limit_docs:
        docs = docs[: config.limit_docs]
    for n, (_, text, mentions) in enumerate(docs):
        doc = tokenize(tokenizer, text)
        ranges = [doc.token_range(m.start, m.end) for m in mentions]
        pronouns = [
            i
            for i, m in enumerate(mentions)
            if m.form == "PRON" and m.text.lower() in ANTECEDENT_PRONOUNS and ranges[i]
        ]
        rng.shuffle(pronouns)
        for i in sorted(pronouns[: config.max_per_doc]):
            earlier = [j for j in range(len(mentions)) if ranges[j] and ranges[j][1] <= ranges[i][0]]
            earlier = sorted(earlier, key=lambda j: ranges[j][1])[-config.max_candidates :]
            chain = mentions[i].chain
            cached = cache_problem(
                net, tokenizer, doc, ranges[i],
                [(ranges[j], _FORM_OF[mentions[j].form], bool(chain) and mentions[j].chain == chain) for j in earlier],
            )  # fmt: skip
            splits["dev" if n % 5 == 4 else "train"].append(cached)
        print(f"encoded {n + 1}/{len(docs)} documents", flush=True)
    return splits


def loss_of(net: AntecedentNet, c: Cached) -> torch.Tensor:
    """Negative log of the probability mass on gold antecedents (or on "none" when none is in reach)."""
    log_probs = net.scores(c.pronoun, c.candidates, c.distances, c.forms).log_softmax(-1)
    return -log_probs[c.gold or [0]].logsumexp(-1)


def accuracy(choices: list[int], problems: list[Cached]) -> float:
    right = sum(1 for k, c in zip(choices, problems, strict=True) if k in (c.gold or [0]))
    return right / max(1, len(problems))


@torch.no_grad()
def dev_accuracy(net: AntecedentNet, problems: list[Cached]) -> float:
    net.eval()
    choices = [int(net.scores(c.pronoun, c.candidates, c.distances, c.forms).argmax()) for c in problems]
    net.train()
    return accuracy(choices, problems)


def train(config: TrainConfig) -> dict:
    rng = random.Random(config.seed)
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    tokenizer = load_tokenizer()
    tokenizer.model_max_length = 10**9
    net = AntecedentNet(AntecedentConfig(encoder=EncoderConfig(lora_rank=0, use_shapes=False, tiny=config.tiny)))
    net.eval()
    started = time.time()
    splits = encode_documents(net, tokenizer, config, rng)
    if config.pdnc:
        splits["train"] += encode_pdnc(net, tokenizer, config, rng)
    if config.news_train:
        splits["train"] += encode_news(net, tokenizer, config.news_split, config.news_train) * config.news_repeat
    if config.news_dev:
        splits["news dev"] = encode_news(net, tokenizer, config.news_split, config.news_dev)
    print(", ".join(f"{len(v)} {k}" for k, v in splits.items()) + " pronouns", flush=True)
    baseline = accuracy([c.nearest_name for c in splits["dev"]], splits["dev"])
    nearest = accuracy([c.nearest for c in splits["dev"]], splits["dev"])
    news = splits.get("news dev", [])
    news_baselines = {
        "nearest_name": accuracy([c.nearest_name for c in news], news),
        "nearest_mention": accuracy([c.nearest for c in news], news),
    }
    # Selected on news when there is a news dev set: that is where the model is used.
    selected_on = "news_dev_accuracy" if news else "dev_accuracy"
    params = [p for p in net.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=config.lr, weight_decay=0.01)
    best, history = None, []
    net.train()
    for epoch in range(1, config.epochs + 1):
        rng.shuffle(splits["train"])
        total = 0.0
        for i in range(0, len(splits["train"]), 32):
            loss = torch.stack([loss_of(net, c) for c in splits["train"][i : i + 32]]).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += loss.item()
        acc = dev_accuracy(net, splits["dev"])
        history.append({"epoch": epoch, "dev_accuracy": acc, "train_loss": total})
        if news:
            history[-1]["news_dev_accuracy"] = dev_accuracy(net, news)
        scores = ", ".join(f"{k} {v:.4f}" for k, v in history[-1].items() if "acc" in k)
        print(
            f"epoch {epoch}: loss {total:.1f} {scores} (LitBank baselines: nearest name {baseline:.4f}, "
            f"nearest mention {nearest:.4f}; news {news_baselines})",
            flush=True,
        )
        if best is None or history[-1][selected_on] > best[selected_on]:
            best = history[-1]
            meta = {
                "trained": date.today().isoformat(),
                "epoch": epoch,
                "train_config": {f.name: str(getattr(config, f.name)) for f in fields(config)},
                "dev_accuracy": acc,
                "news_dev_accuracy": history[-1].get("news_dev_accuracy"),
                "news_dev_baselines": news_baselines if news else None,
                "selected_on": selected_on,
                "dev_nearest_name_baseline": baseline,
                "dev_nearest_mention_baseline": nearest,
                "problems": {k: len(v) for k, v in splits.items()},
                "seconds": round(time.time() - started),
            }
            antecedent.save(net, config.out, meta=meta)
    (config.out / "history.json").write_text(compact_json(history), encoding="utf-8")
    reloaded = dev_accuracy(antecedent.load(config.out), splits["dev"])
    meta = json.loads((config.out / "config.json").read_text(encoding="utf-8"))
    meta["dev_accuracy_fp16_reloaded"] = reloaded
    (config.out / "config.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return {**best, "nearest_name": baseline, "nearest_mention": nearest, "fp16_reloaded": reloaded}


if __name__ == "__main__":
    print(json.dumps(train(parse_config(TrainConfig, description=__doc__)), indent=2))
