"""The gender of quoted people against annotated gender: what a source-diversity audit would get from the tool.

    python eval/speaker_gender.py --data ../shared/data [--report eval/reports/speaker-gender]

Gold: ``eval/speakers/gender.jsonl``, the person speakers of the annotated speaker samples and the seed, one line
per article (``{"doc", "people": [[name, gender, basis], …]}``, eval/ANNOTATION.md §12). A quote counts when its
gold speaker is a person whose gold gender is female or male. Each sample is read twice: by the speaker stage fed
gold quotes and mentions (so only resolution and gender are scored), and by the full pipeline (quotes matched
leniently, as the extraction scores match them). Three readings of the same speakers: the tool's
``speaker.gender``; that field only where the article's own words decided it (``gender_from == "text"``); and the
usual sex of the canonical name's first word alone, a name-list lookup. "Women's share" is the share of quotes by
women among quotes given a gender: gold over the gold quotes, predicted over every predicted record of a person.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import quotes  # noqa: E402
from quotes.evaluate import gold_mentions_input, read_gold_set  # noqa: E402
from quotes.first_names import first_name_gender  # noqa: E402
from quotes.io import compact_json  # noqa: E402
from quotes.scoring import match_quotes  # noqa: E402
from quotes.speakers import resolve_speakers  # noqa: E402
from quotes.types import Speaker  # noqa: E402

GENDER_GOLD = REPO / "eval" / "speakers" / "gender.jsonl"
SPEAKERS = REPO / "eval" / "speakers"
SAMPLES = {  # report row → (PolNeAR split or None for the seed, speaker standoff); "studied" rows tuned rules
    "seed": (None, None),
    "polnear-dev sample (30, studied)": ("dev", "polnear-dev.jsonl"),
    "polnear-dev held-out (16)": ("dev", "polnear-dev-heldout.jsonl"),
    "polnear-dev second held-out (16)": ("dev", "polnear-dev-heldout-2.jsonl"),
    "polnear-train unread (48)": ("train", "polnear-train-2-unread.jsonl"),
}
_SPELLED = {"m": "male", "f": "female"}


def ours(s: Speaker | None) -> str | None:
    return s.gender if s is not None and s.type == "person" else None


def text_only(s: Speaker | None) -> str | None:
    return s.gender if s is not None and s.type == "person" and s.gender_from == "text" else None


def first_name_only(s: Speaker | None) -> str | None:
    words = s.name.split() if s is not None and s.type == "person" else []
    return _SPELLED.get(first_name_gender(words[0], broad=True) or "") if len(words) > 1 else None


READINGS = {"quotes": ours, "article's words only": text_only, "first name only": first_name_only}


def read_gender_gold(path: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(doc, canonical name) → (gold gender or None, basis), from lines ``{"doc", "people": [[name, gender,
    basis], …]}``."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for name, gender, basis in row["people"]:
                out[(row["doc"].removesuffix(".txt"), name)] = (gender, basis)
    return out


def gold_gender(gold: dict, doc: str, speaker: Speaker | None) -> tuple[str | None, str | None]:
    if speaker is None or speaker.type != "person":
        return None, None
    return gold.get((doc.removesuffix(".txt"), speaker.name), (None, None))


def tally(pairs: list[tuple[str, str, Speaker | None]], records: list[Speaker | None]) -> dict:
    """Per reading: quotes scored, covered, right; and the women's share of gold and predicted quotes.

    ``pairs`` holds (gold gender, gold basis, predicted speaker) per scored quote, ``records`` every predicted
    speaker of the sample (for the predicted share)."""
    gold_share = sum(g == "female" for g, _, _ in pairs) / len(pairs) if pairs else 0.0
    out = {"quotes": len(pairs), "gold_women_share": gold_share, "readings": {}}
    for name, read in READINGS.items():
        said = [(g, basis, read(s)) for g, basis, s in pairs]
        covered = [(g, basis, p) for g, basis, p in said if p is not None]
        right = sum(g == p for g, _, p in covered)
        given = [read(s) for s in records]
        gendered = [p for p in given if p is not None]
        by_basis = {}
        for basis in ("text", "known", "name"):
            of_basis = [(g, p) for g, b, p in said if b == basis]
            by_basis[basis] = {
                "quotes": len(of_basis),
                "covered": sum(p is not None for _, p in of_basis),
                "right": sum(g == p for g, p in of_basis),
            }
        out["readings"][name] = {
            "covered": len(covered),
            "right": right,
            "wrong": len(covered) - right,
            "predicted_person_records": sum(s is not None and s.type == "person" for s in records),
            "predicted_gendered_records": len(gendered),
            "predicted_women_share": sum(p == "female" for p in gendered) / len(gendered) if gendered else 0.0,
            "by_gold_basis": by_basis,
        }
    return out


def score_sample(extractor, docs, gold: dict) -> dict:
    """The stage and full-pipeline tallies of one sample."""
    stage_pairs, stage_records, full_pairs, full_records = [], [], [], []
    predicted = extractor.predictor("joined")([article for article, _ in docs])
    for (article, golds), pred in zip(docs, predicted, strict=True):
        resolved = resolve_speakers(article.text, gold_mentions_input(golds), antecedents=extractor.antecedents)
        for g, p in zip(golds, resolved, strict=True):
            gender, basis = gold_gender(gold, article.id, g.speaker)
            if not g.optional:
                stage_records.append(p.speaker)
                if gender is not None:
                    stage_pairs.append((gender, basis, p.speaker))
        full_records += [p.speaker for p in pred]
        for i, j in match_quotes(golds, pred, strict=False):
            gender, basis = gold_gender(gold, article.id, golds[i].speaker)
            if not golds[i].optional and gender is not None:
                full_pairs.append((gender, basis, pred[j].speaker))
    return {"stage": tally(stage_pairs, stage_records), "full pipeline": tally(full_pairs, full_records)}


def _pct(num: int | float, den: int | None = None) -> str:
    return f"{100 * (num / den if den is not None else num):.1f}" if den != 0 else "-"


def report_lines(results: dict) -> list[str]:
    lines = [
        "# Speaker gender",
        "",
        "Command: `python eval/speaker_gender.py --data ../shared/data`. Gold: `eval/speakers/gender.jsonl` (the",
        "gender of every person speaker of the annotated samples, from the text, knowledge of the public figure or",
        "the first name; eval/ANNOTATION.md §12). Quotes: required gold quotes whose speaker is a person of known",
        "gender. Covered: the reading gives a gender; accuracy: right of covered; right: of all. Women's share: of",
        "quotes given a gender, gold against predicted (predicted over every record of a person). Scores in %.",
        "",
        "| sample | reading | mode | quotes | covered | accuracy | right | women's share, gold / predicted |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for sample, modes in results.items():
        for mode, t in modes.items():
            for name, r in t["readings"].items():
                lines.append(
                    f"| {sample} | {name} | {mode} | {t['quotes']} | {_pct(r['covered'], t['quotes'])} | "
                    f"{_pct(r['right'], r['covered'])} | {_pct(r['right'], t['quotes'])} | "
                    f"{_pct(t['gold_women_share'])} / {_pct(r['predicted_women_share'])} |"
                )
    lines += [
        "",
        "By how the annotator knew the gender (full pipeline, the tool's reading, all samples but the studied one):",
        "covered and right, each of the quotes of that basis.",
        "",
        "| gold basis | quotes | covered | right |",
        "|---|---|---|---|",
    ]
    pooled: Counter = Counter()
    for sample, modes in results.items():
        if "studied" not in sample:
            for basis, c in modes["full pipeline"]["readings"]["quotes"]["by_gold_basis"].items():
                pooled.update({(basis, k): v for k, v in c.items()})
    for basis in ("text", "known", "name"):
        n = pooled[(basis, "quotes")]
        lines.append(f"| {basis} | {n} | {_pct(pooled[(basis, 'covered')], n)} | {_pct(pooled[(basis, 'right')], n)} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (holds polnear/)")
    parser.add_argument("--report", type=Path, default=REPO / "eval" / "reports" / "speaker-gender")
    args = parser.parse_args()
    gold = read_gender_gold(GENDER_GOLD)
    extractor = quotes.load(stance=False)
    results = {}
    for sample, (split, standoff) in SAMPLES.items():
        if split is None:
            docs = read_gold_set(REPO / "eval" / "gold" / "seed.jsonl")
        else:
            docs = read_gold_set(args.data / "polnear" / split, speakers=SPEAKERS / standoff)
        results[sample] = score_sample(extractor, docs, gold)
        print(sample, flush=True)
    lines = report_lines(results)
    args.report.with_suffix(".json").write_text(compact_json(results))
    args.report.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
