"""Train the target ranker (``models/targets/ranker.json``) on the targets annotators chose.

    python models/train_targets.py --split ../shared/data/polnear/train \
        --targets eval/stance/polnear-train.jsonl eval/stance/polnear-train-2.jsonl \
                  eval/stance/polnear-train-select.jsonl \
        --out models/targets/ranker.json

Each annotated article gives its candidate phrases (``quotes.targets.candidate_phrases``) with their
features, read against the passages of its gold quotes; a candidate is positive when it names one
of the article's annotated targets (``quotes.scoring.target_matches``). A logistic regression
(scikit-learn) is fitted on standardised features; its inverse regularisation ``C`` and class
weighting are chosen by five-fold cross-validation grouped by article, on the share of annotated
targets that the top three proposals name. Takes about two minutes (embedding the candidates).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from quotes.corpora.polnear import read_split  # noqa: E402
from quotes.scoring import target_matches, target_proposal_scores  # noqa: E402
from quotes.stance import quote_passages  # noqa: E402
from quotes.targets import FEATURES, TargetProposer, TargetRanker, select  # noqa: E402

C_GRID = (0.01, 0.1, 1.0, 10.0)
K = 3  # targets proposed per article


def annotated_targets(paths: list[Path]) -> dict[str, list[str]]:
    """The targets of each annotated article, in the order the standoff first names them."""
    targets: dict[str, dict[str, None]] = defaultdict(dict)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                targets[row["doc"]].update(dict.fromkeys(row["stances"]))
    return {doc: list(ts) for doc, ts in targets.items()}


def build_examples(split: Path, targets: dict[str, list[str]], proposer: TargetProposer) -> list[dict]:
    """Per annotated article: its candidates, feature rows, labels and gold targets."""
    examples = []
    for article, _, gold in read_split(split):
        if article.id not in targets:
            continue
        candidates, rows = proposer.featurise(article.text, quote_passages(article.text, gold))
        labels = [int(any(target_matches(c.surface, t) for t in targets[article.id])) for c in candidates]
        examples.append({"doc": article.id, "candidates": candidates, "rows": rows, "labels": labels,
                         "gold": targets[article.id]})  # fmt: skip
        print(f"{len(examples)} {article.id}: {len(candidates)} candidates, {sum(labels)} name a target", flush=True)
    return examples


def fit(examples: list[dict], c: float, balanced: bool) -> TargetRanker:
    """A ranker fitted on ``examples`` with inverse regularisation ``c``."""
    from sklearn.linear_model import LogisticRegression

    x = np.array([row for e in examples for row in e["rows"]], dtype=float)
    y = np.array([label for e in examples for label in e["labels"]])
    means, scales = x.mean(0), x.std(0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=c, class_weight="balanced" if balanced else None, max_iter=2000)
    model.fit((x - means) / scales, y)
    return TargetRanker(tuple(model.coef_[0].tolist()), float(model.intercept_[0]), tuple(means.tolist()),
                        tuple(scales.tolist()))  # fmt: skip


def proposals(ranker: TargetRanker, examples: list[dict]) -> list[tuple[list[str], list[str]]]:
    """``(annotated targets, the ranker's top K)`` of each example."""
    return [
        (e["gold"], [c.surface for c in select(e["candidates"], ranker.scores(e["rows"]), K)] if e["rows"] else [])
        for e in examples
    ]


def candidate_ceiling(examples: list[dict]) -> float:
    """The share of annotated targets that some candidate names: what any ranking could reach."""
    named = sum(any(target_matches(c.surface, t) for c in e["candidates"]) for e in examples for t in e["gold"])
    return named / max(1, sum(len(e["gold"]) for e in examples))


def cross_validate(examples: list[dict], c: float, balanced: bool, folds: int = 5) -> dict:
    """Proposal scores over ``folds`` article-grouped folds, each scored by a ranker fitted on the rest."""
    docs = []
    for k in range(folds):
        ranker = fit([e for i, e in enumerate(examples) if i % folds != k], c, balanced)
        docs += proposals(ranker, [e for i, e in enumerate(examples) if i % folds == k])
    return target_proposal_scores(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", type=Path, required=True, help="PolNeAR split folder the targets annotate")
    parser.add_argument("--targets", type=Path, nargs="+", required=True, help="stance standoff JSONL files")
    parser.add_argument("--out", type=Path, required=True, help="where to write the ranker JSON")
    args = parser.parse_args()

    targets = annotated_targets(args.targets)
    examples = build_examples(args.split, targets, TargetProposer(ranker=None))
    examples.sort(key=lambda e: e["doc"])  # folds independent of reading order
    trials = []
    for balanced in (False, True):
        for c in C_GRID:
            scores = cross_validate(examples, c, balanced)
            trials.append({"C": c, "balanced": balanced, "cv": scores})
            print(f"C={c} balanced={balanced}: recall {scores['recall']:.3f} precision {scores['precision']:.3f}")
    best = max(trials, key=lambda t: (t["cv"]["recall"], t["cv"]["precision"]))
    ranker = fit(examples, best["C"], best["balanced"])
    saved = {
        "ranker": ranker.to_dict(),
        "trained": datetime.date.today().isoformat(),
        "data": {"split": str(args.split), "targets": [str(p) for p in args.targets], "articles": len(examples),
                 "candidates": sum(len(e["labels"]) for e in examples),
                 "positives": sum(sum(e["labels"]) for e in examples),
                 "gold_targets": sum(len(e["gold"]) for e in examples)},
        "selected": {"C": best["C"], "balanced": best["balanced"], "k": K},
        "cross_validation_selected": best["cv"],
        "cross_validation": trials,
        "train_scores": target_proposal_scores(proposals(ranker, examples)),
        "candidate_ceiling": candidate_ceiling(examples),
        "coefficients": dict(zip(FEATURES, ranker.weights, strict=True)),
    }  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(saved, indent=2) + "\n")
    print(json.dumps({k: saved[k] for k in ("selected", "train_scores", "coefficients")}, indent=2))


if __name__ == "__main__":
    main()
