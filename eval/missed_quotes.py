"""Why the extractor misses PolNeAR dev quotes and finds wrong ones: where its recall and precision go.

    python eval/missed_quotes.py --data ../shared/data

Runs the pipeline on PolNeAR dev (its run-on convention, as eval/reports/extraction.md), matches found to gold
quotes as the lenient score does (at least half of each quote overlapping, one-to-one), and sorts each unmatched
gold quote, per kind, and each unmatched found quote by what the best-overlapping quote of the other side is: none at
all; one too short or too long to reach half; one matched to another quote. Writes
eval/reports/missed-quotes.{json,md}.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from make_reports import _pct, _write  # noqa: E402

import quotes  # noqa: E402
from quotes.evaluate import read_gold_set  # noqa: E402
from quotes.scoring import match_quotes, overlap, quote_length  # noqa: E402
from quotes.types import Attribution  # noqa: E402

# Why a quote of one side has no partner, named from that side.
NONE = "no quote of the other side overlaps it"
TAKEN = "its best overlap is matched to another quote"
SHORT = "its best overlap covers less than half of it"
LONG = "it covers less than half of its best overlap"


def why_unmatched(quote: Attribution, others: list[Attribution], matched: set[int]) -> str:
    """The reason ``quote`` has no lenient partner among ``others``, whose matched indices are ``matched``."""
    shared, best = max(((overlap(quote.quote, o.quote), k) for k, o in enumerate(others)), default=(0, None))
    if shared == 0:
        return NONE
    if best in matched:
        return TAKEN
    return SHORT if 2 * shared < quote_length(quote.quote) else LONG


def tally(docs, predict) -> tuple[Counter, Counter, Counter]:
    """Unmatched gold quotes by (reason, kind), unmatched found quotes by reason, and gold quotes by kind."""
    missed, wrong, gold_kinds = Counter(), Counter(), Counter()
    for (_, gold), found in zip(docs, predict([a for a, _ in docs]), strict=True):
        pairs = match_quotes(gold, found, strict=False)  # optional gold quotes take only what is left over
        gold_matched, found_matched = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, g in enumerate(gold):
            if g.optional:
                continue
            gold_kinds[g.quote.kind] += 1
            if i not in gold_matched:
                missed[(why_unmatched(g, found, found_matched), g.quote.kind)] += 1
        for j, f in enumerate(found):
            if j not in found_matched:
                wrong[why_unmatched(f, gold, gold_matched)] += 1
    return missed, wrong, gold_kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (holds polnear/)")
    args = parser.parse_args()
    docs = read_gold_set(args.data / "polnear" / "dev")
    missed, wrong, gold_kinds = tally(docs, quotes.load(stance=False).predictor("joined"))
    kinds = sorted(gold_kinds)
    reasons = (NONE, SHORT, LONG, TAKEN)
    lines = [
        "# Where PolNeAR dev quotes are missed, and found quotes go wrong",
        "",
        "Command: `python eval/missed_quotes.py --data ../shared/data`. Lenient matching as in "
        "[extraction.md](extraction.md); each unmatched quote is sorted by its best-overlapping quote of the other "
        "side.",
        "",
        "## Gold quotes not found, by kind (share of that kind's gold quotes)",
        "",
        f"| reason | {' | '.join(kinds)} | all |",
        "|---|" + "---|" * (len(kinds) + 1),
    ]
    for reason in reasons:
        cells = [f"{missed[(reason, k)]} ({_pct(missed[(reason, k)] / gold_kinds[k])})" for k in kinds]
        total = sum(missed[(reason, k)] for k in kinds)
        lines.append(f"| {reason} | {' | '.join(cells)} | {total} ({_pct(total / sum(gold_kinds.values()))}) |")
    lines += ["", "## Found quotes that match no gold quote", "", "| reason | found quotes |", "|---|---|"]
    lines += [f"| {reason} | {wrong[reason]} |" for reason in reasons]
    report = {
        "gold_by_kind": dict(gold_kinds),
        "missed": {reason: {k: missed[(reason, k)] for k in kinds} for reason in reasons},
        "wrong": {reason: wrong[reason] for reason in reasons},
    }
    _write("missed-quotes", report, lines)


if __name__ == "__main__":
    main()
