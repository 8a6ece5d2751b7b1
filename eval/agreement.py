"""How far PolNeAR's own annotators agree, and where the extractor stands among them.

    python eval/agreement.py --data ../shared/data

PolNeAR has 18 documents (2 dev, 16 train) that five or six annotators marked independently. Every
ordered pair of annotators of a document is scored with the project's harness, one as gold and the
other as prediction, and the counts are pooled over pairs (both orders, so precision and recall are
symmetric). The extractor is scored against every annotator of the same documents. It was trained on
the first annotator's version of the 16 train documents, so its train row flatters it; the 2 dev
documents are unseen. Each annotation the model is scored against counts once per other annotator, so
the model rows weigh documents as the annotator row does. Writes eval/reports/agreement.{json,md}
(``n_docs`` in the JSON scores counts scored pairs, not documents; ``counts`` gives the documents).
"""

from __future__ import annotations

import argparse
import sys
from itertools import permutations
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from make_reports import _write, quote_table  # noqa: E402

import quotes  # noqa: E402
from quotes.corpora.polnear import read_annotators  # noqa: E402
from quotes.scoring import Scores, score_document  # noqa: E402


def agreement(split: Path, extractor) -> tuple[dict[str, Scores], dict[str, int]]:
    """Pooled scores of annotator against annotator, of the model against every annotator, and the counts."""
    between = Scores()
    model = Scores()
    model_first = Scores()
    counts = {"documents": 0, "annotations": 0, "annotator_pairs": 0}
    for article, versions in read_annotators(split):
        counts["documents"] += 1
        counts["annotations"] += len(versions)
        for a, b in permutations(range(len(versions)), 2):
            between = between + score_document(versions[a], versions[b])
            counts["annotator_pairs"] += 1
        predicted = extractor.process([article], run_ons="joined")[0]  # PolNeAR's convention
        # Each annotation is scored n - 1 times in the annotator row (once against each other annotator), so
        # the model's score against it counts as often: both rows then weigh every document alike.
        weight = len(versions) - 1
        for n, version in enumerate(versions):
            scores = score_document(version, predicted)
            for _ in range(weight):
                model = model + scores
                if n == 0:
                    model_first = model_first + scores
    rows = {"annotator vs annotator": between, "quotes (model) vs every annotator": model}
    rows["quotes (model) vs the first annotator (the version read for training and dev scores)"] = model_first
    return rows, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (with polnear/)")
    args = parser.parse_args()
    extractor = quotes.load(stance=False)
    report: dict[str, dict] = {}
    lines = [
        "# Inter-annotator agreement on PolNeAR, and the extractor beside it",
        "",
        "Command: `python eval/agreement.py --data ../shared/data`. Documents that several PolNeAR annotators "
        "marked independently; every ordered pair of annotators is scored with the project's harness (one as "
        "gold, the other as prediction) and counts are pooled, so precision and recall are symmetric. The model "
        "row scores the extractor against every annotator of the same documents. Columns as in "
        "[extraction.md](extraction.md); scores in %.",
    ]
    pooled: dict[str, Scores] = {}
    for split, note in (
        ("dev", "unseen by the extractor"),
        ("train", "the extractor trained on the first annotator's version of these documents: its rows flatter it"),
    ):
        rows, counts = agreement(args.data / "polnear" / split, extractor)
        pooled = {name: pooled.get(name, Scores()) + s for name, s in rows.items()}
        report[split] = {"counts": counts, "scores": {name: s.to_dict() for name, s in rows.items()}}
        lines += [
            "",
            f"## {split}: {counts['documents']} documents, {counts['annotations']} annotations, "
            f"{counts['annotator_pairs']} ordered annotator pairs ({note})",
            "",
            *quote_table(report[split]["scores"]),
        ]
    report["all"] = {"scores": {name: s.to_dict() for name, s in pooled.items()}}
    lines += [
        "",
        "## both splits pooled (16 of the 18 documents are train documents: the model rows flatter it)",
        "",
        *quote_table(report["all"]["scores"]),
    ]
    _write("agreement", report, lines)


if __name__ == "__main__":
    main()
