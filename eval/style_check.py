"""Quotes and speakers on invented news articles of styles other than PolNeAR's (eval/styles/).

    python eval/style_check.py [--sets set-1 set-2] [--report eval/reports/styles]

Each set holds ``articles/<name>.txt`` and ``expected/<name>.txt``: one line per quote a careful reader would
mark, ``kind | name[/name…] | type[/type…] | an exact substring of the quote``, written before the tool was run;
a leading ``?`` marks a quote a reader might leave out (neither found nor missed). A quote is found when a
predicted record's span or one of its parts shares at least half of the shorter of the two spans (the record
sharing most is taken); its speaker is right when the predicted name, lower-cased, contains one of the expected
names and the type is one of the expected types. Records that share nothing with any expected quote are "false"
(some are quotes the annotator left out). Writes ``<report>.json`` and ``<report>.md``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import quotes  # noqa: E402
from quotes.io import compact_json, read_text  # noqa: E402
from quotes.types import Article, Attribution  # noqa: E402

STYLES = REPO / "eval" / "styles"


@dataclass(frozen=True)
class Expected:
    """One quote a reader marked: its character range, acceptable speaker names (lower case) and types."""

    start: int
    end: int
    names: tuple[str, ...]
    types: tuple[str, ...]
    optional: bool


def read_expected(text: str, lines: str, where: str) -> list[Expected]:
    """The expected quotes of one article; ValueError when a line is malformed or its substring not unique."""
    out = []
    for n, line in enumerate(lines.splitlines(), start=1):
        if not line.strip():
            continue
        fields = [f.strip() for f in line.removeprefix("?").split("|", 3)]
        if len(fields) != 4 or text.count(fields[3]) != 1:
            raise ValueError(f"{where}:{n}: want 'kind | names | types | a substring found once in the article'")
        start = text.index(fields[3])
        names = tuple(x.strip().lower() for x in fields[1].split("/"))
        types = tuple(x.strip() for x in fields[2].split("/"))
        out.append(Expected(start, start + len(fields[3]), names, types, line.startswith("?")))
    return out


def shared(e: Expected, a: Attribution) -> int:
    """Characters ``a`` shares with ``e`` when it is at least half of the shorter span, else 0."""
    best = 0
    for piece in a.quote.pieces():
        overlap = min(e.end, piece.end) - max(e.start, piece.start)
        if overlap > 0 and overlap >= 0.5 * min(e.end - e.start, piece.end - piece.start):
            best = max(best, overlap)
    return best


def speaker_right(e: Expected, a: Attribution) -> bool:
    name = a.speaker.name.lower() if a.speaker else ""
    return any(n in name for n in e.names) and (a.speaker.type if a.speaker else None) in e.types


def score_article(expected: list[Expected], predicted: list[Attribution]) -> dict[str, int]:
    counts = {"expected": 0, "found": 0, "speaker_right": 0, "false": 0}
    used = set()
    for e in expected:
        matches = [(shared(e, a), k) for k, a in enumerate(predicted) if shared(e, a)]
        used.update(k for _, k in matches)
        if e.optional:
            continue
        counts["expected"] += 1
        if matches:
            counts["found"] += 1
            counts["speaker_right"] += speaker_right(e, predicted[max(matches)[1]])
    counts["false"] = len(predicted) - len(used)
    return counts


def offsets_hold(text: str, a: Attribution) -> bool:
    spans = [a.quote, *a.quote.parts, a.cue, a.speaker.mention if a.speaker else None]
    return all(text[s.start : s.end] == s.text for s in spans if s is not None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sets = sorted((p.name for p in STYLES.iterdir() if p.is_dir()), key=lambda name: int(name.rsplit("-", 1)[1]))
    parser.add_argument("--sets", nargs="+", default=sets)  # set-1 … set-10 in number order
    parser.add_argument("--report", type=Path, default=REPO / "eval" / "reports" / "styles")
    args = parser.parse_args()

    extractor = quotes.load(stance=False)
    results: dict[str, dict[str, dict[str, int]]] = {}
    bad_offsets = 0
    for name in args.sets:
        folder = STYLES / name
        results[name] = {}
        for path in sorted((folder / "articles").glob("*.txt")):
            text = read_text(path)  # as the tool reads it: strict UTF-8, newlines untouched
            expected = read_expected(text, read_text(folder / "expected" / path.name), str(path))
            predicted = extractor.process([Article(path.name, text)])[0]
            bad_offsets += sum(not offsets_hold(text, a) for a in predicted)
            results[name][path.stem] = score_article(expected, predicted)
    report = {"sets": results, "records_with_bad_offsets": bad_offsets}
    args.report.with_suffix(".json").write_text(compact_json(report), encoding="utf-8")
    args.report.with_suffix(".md").write_text("\n".join(markdown(report)) + "\n", encoding="utf-8")
    print("\n".join(markdown(report)))


def markdown(report: dict) -> list[str]:
    lines = [
        "# Quotes and speakers in other news styles",
        "",
        "Command: `python eval/style_check.py`. Invented articles of news styles other than PolNeAR's, with the",
        "quotes a reader expects and their speakers written before the tool was run (eval/styles/README.md says",
        "which rules were written from which set). Found: a record shares half of the shorter span; right: found",
        "with the expected speaker name and type. False records include quotes the annotator left out.",
        f"Records whose spans do not index their text: {report['records_with_bad_offsets']}.",
    ]
    for name, articles in report["sets"].items():
        lines += [
            "",
            f"## {name}",
            "",
            "| article | expected | found | speaker right | false |",
            "|---|---|---|---|---|",
        ]
        total = {"expected": 0, "found": 0, "speaker_right": 0, "false": 0}
        for article, c in articles.items():
            lines.append(f"| {article} | {c['expected']} | {c['found']} | {c['speaker_right']} | {c['false']} |")
            total = {k: total[k] + c[k] for k in total}
        share = 100 * total["speaker_right"] / max(1, total["found"])
        lines.append(
            f"| **total** | **{total['expected']}** | **{total['found']}** | **{total['speaker_right']}** "
            f"({share:.1f} % of found) | **{total['false']}** |"
        )
    return lines


if __name__ == "__main__":
    main()
