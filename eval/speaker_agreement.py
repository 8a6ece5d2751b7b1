"""How often two annotators give a quote the same canonical speaker, and the speaker stage beside them.

    python eval/speaker_agreement.py --data ../shared/data

Eight articles of the speaker samples (four of the held-out dev sample, four of the unread train half,
drawn with ``random.Random(2030)``) were annotated a second time, from the sheets and the guide alone,
without the first annotation or system output (``eval/speakers/second-annotator.jsonl``). Quotes count
where the annotator taken as gold gives a speaker and does not mark the quote optional, as in the
harness; names are compared with ``quotes.scoring.same_speaker``. The speaker stage is fed the gold
quotes and mentions, as in the speakers report. Writes eval/reports/speaker-agreement.{json,md}.
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
from quotes.scoring import same_speaker  # noqa: E402
from quotes.speakers import resolve_speakers  # noqa: E402
from quotes.types import Attribution  # noqa: E402

SPEAKERS = REPO / "eval" / "speakers"
SECOND = SPEAKERS / "second-annotator.jsonl"
FIRST = {"dev": SPEAKERS / "polnear-dev-heldout.jsonl", "train": SPEAKERS / "polnear-train-2-unread.jsonl"}


def agree(gold: list[Attribution], other: list[Attribution]) -> tuple[int, int]:
    """Quotes where ``other`` names the speaker ``gold`` names, and quotes counted (gold speaker, not optional)."""
    counted = [(g, o) for g, o in zip(gold, other, strict=True) if g.speaker is not None and not g.optional]
    return sum(same_speaker(g.speaker, o.speaker) for g, o in counted), len(counted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (with polnear/)")
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for split, first in FIRST.items():
        second = {a.id: gold for a, gold in read_gold_set(args.data / "polnear" / split, speakers=SECOND)}
        for article, gold_1 in read_gold_set(args.data / "polnear" / split, speakers=first):
            if article.id not in second:
                continue
            articles[split] += 1
            gold_2 = second[article.id]
            system = resolve_speakers(article.text, gold_mentions_input(gold_1))
            for name, (gold, other) in {
                "second vs first": (gold_1, gold_2),
                "first vs second": (gold_2, gold_1),
                "system vs first": (gold_1, system),
                "system vs second": (gold_2, system),
            }.items():
                right, n = agree(gold, other)
                tally[f"{name} right"] += right
                tally[f"{name} n"] += n
    rows = {
        name: {"right": tally[f"{name} right"], "n": tally[f"{name} n"]}
        for name in ("second vs first", "first vs second", "system vs first", "system vs second")
    }
    for row in rows.values():
        row["accuracy"] = row["right"] / row["n"] if row["n"] else 0.0
    report = {"articles": dict(articles), "rows": rows}
    lines = [
        "# Speaker agreement between two annotators",
        "",
        f"Command: `python eval/speaker_agreement.py --data ../shared/data`. {sum(articles.values())} PolNeAR "
        f"articles ({articles['dev']} of the held-out dev sample, {articles['train']} of the unread train half) "
        "annotated twice, independently, without system output. "
        "A row 'B vs A' is the canonical-speaker accuracy of B taking A as gold: over quotes where A gives a "
        "speaker and does not mark the quote optional, B's name equals A's (`same_speaker`). 'first' is the "
        "sample's annotation, 'second' the new one; 'system' is the speaker stage fed gold quotes and mentions.",
        "",
        "| row | right | quotes | accuracy % |",
        "|---|---|---|---|",
        *(f"| {name} | {r['right']} | {r['n']} | {_pct(r['accuracy'])} |" for name, r in rows.items()),
    ]
    _write("speaker-agreement", report, lines)


if __name__ == "__main__":
    main()
