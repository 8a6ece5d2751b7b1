"""How often the speaker stage gives a quote's speaker the right type (person, organization, anonymous, group).

    python eval/speaker_types.py --data ../shared/data

A source-diversity audit counts quotes by speaker type (``quotes speakers``), so the type matters apart
from the name. Over the quotes whose gold gives a speaker (not optional), the speaker stage fed gold quotes
and mentions (rules only, as in the speakers report's "rules only" rows) is compared with the gold type:
per sample the share typed right, and per gold type its recall and precision pooled over the two honest
samples (the second held-out dev sample and unread train, whose errors were never read) and over the rest. Writes
eval/reports/speaker-types.{json,md}.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from make_reports import _pct, _write  # noqa: E402

from quotes.evaluate import gold_mentions_input, read_gold_set  # noqa: E402
from quotes.speakers import resolve_speakers  # noqa: E402
from quotes.types import SPEAKER_TYPES  # noqa: E402

SPEAKERS = REPO / "eval" / "speakers"
# name → (PolNeAR split, standoff, honest: errors never read)
SAMPLES = {
    "second held-out dev (16 articles)": ("dev", SPEAKERS / "polnear-dev-heldout-2.jsonl", True),
    # One article's errors were read on 2026-12-05 (eval/ANNOTATION.md §7), so it no longer counts as honest.
    "held-out dev (16 articles)": ("dev", SPEAKERS / "polnear-dev-heldout.jsonl", False),
    "unread train (48 articles)": ("train", SPEAKERS / "polnear-train-2-unread.jsonl", True),
    "studied dev (30 articles)": ("dev", SPEAKERS / "polnear-dev.jsonl", False),
    "studied train (84 articles)": ("train", SPEAKERS / "polnear-train.jsonl", False),
    "second studied train (48 articles)": ("train", SPEAKERS / "polnear-train-2-studied.jsonl", False),
    "third draw train (48 articles)": ("train", SPEAKERS / "polnear-train-3.jsonl", False),
    "fourth draw train (48 articles)": ("train", SPEAKERS / "polnear-train-4.jsonl", False),
    "fifth draw train (48 articles)": ("train", SPEAKERS / "polnear-train-5.jsonl", False),
    "selection (12 articles)": ("train", SPEAKERS / "polnear-train-select.jsonl", False),
}
TYPES = [t for t in SPEAKER_TYPES if t != "unknown"]


def confusion(data: Path, split: str, standoff: Path) -> Counter:
    """(gold type, predicted type or "none") → quotes, over quotes with a gold speaker."""
    pairs: Counter = Counter()
    for article, gold in read_gold_set(data / "polnear" / split, speakers=standoff):
        for g, p in zip(gold, resolve_speakers(article.text, gold_mentions_input(gold)), strict=True):
            if g.speaker is not None and not g.optional:
                pairs[(g.speaker.type, p.speaker.type if p.speaker else "none")] += 1
    return pairs


def per_type(pairs: Counter) -> dict[str, dict]:
    """Per gold type: gold and predicted quotes, recall and precision (fractions, 0..1), and how many of its
    quotes the stage typed ``unknown``."""
    out = {}
    for t in TYPES:
        gold = sum(n for (g, _), n in pairs.items() if g == t)
        predicted = sum(n for (_, p), n in pairs.items() if p == t)
        right = pairs[(t, t)]
        out[t] = {
            "gold": gold,
            "predicted": predicted,
            "recall": right / gold if gold else 0.0,
            "precision": right / predicted if predicted else 0.0,
            "as_unknown": pairs[(t, "unknown")],
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (with polnear/)")
    args = parser.parse_args()
    samples = {name: confusion(args.data, split, standoff) for name, (split, standoff, _) in SAMPLES.items()}
    pooled = {"honest samples": Counter(), "studied or read samples": Counter()}
    for name, pairs in samples.items():
        pooled["honest samples" if SAMPLES[name][2] else "studied or read samples"].update(pairs)
    rows = {}
    for name, pairs in samples.items():
        n = sum(pairs.values())
        rows[name] = {"quotes": n, "typed_right": sum(v for (g, p), v in pairs.items() if g == p) / max(n, 1)}
    report = {"samples": rows, "per_type": {name: per_type(pairs) for name, pairs in pooled.items()}}
    lines = [
        "# Speaker types",
        "",
        "Command: `python eval/speaker_types.py --data ../shared/data`. The speaker stage (rules only) fed gold "
        "quotes and mentions; a quote counts when its gold gives a speaker. 'typed right': the predicted "
        "speaker's type equals the gold one's, whatever its name. Honest samples: the second held-out dev sample "
        "and unread train, whose errors were never read.",
        "",
        "| sample | quotes | typed right % |",
        "|---|---|---|",
        *(f"| {name} | {r['quotes']} | {_pct(r['typed_right'])} |" for name, r in rows.items()),
    ]
    for name, types in report["per_type"].items():
        lines += [
            "",
            f"Per gold type, {name} pooled ('as unknown': typed `unknown`, a description the rules could not place):",
            "",
            "| type | gold quotes | predicted | recall % | precision % | as unknown |",
            "|---|---|---|---|---|---|",
            *(
                f"| {t} | {r['gold']} | {r['predicted']} | {_pct(r['recall'])} | {_pct(r['precision'])} | "
                f"{r['as_unknown']} |"
                for t, r in types.items()
            ),
        ]
    _write("speaker-types", report, lines)


if __name__ == "__main__":
    main()
