"""The first-name list derived from birth counts (models/make_first_names.py)."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("make_first_names", REPO / "models" / "make_first_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_names_borne_by_one_sex_since_1960_with_enough_births(tmp_path):
    rows = [
        "first_name,sex,count,year_of_birth",
        "andre,m,1900,1980", "andre,f,50,1980",  # 97 % a man's
        "jordan,m,900,1990", "jordan,f,600,1990",  # both
        "mildred,f,5000,1920",  # only before 1960
        "zed,m,20,2000",  # too rare
    ]  # fmt: skip
    counts = tmp_path / "counts.csv.gz"
    with gzip.open(counts, "wt", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    assert _script().one_sex_names(counts) == {"andre": "m"}


def test_the_shipped_list_is_sorted_lines_of_a_name_and_a_sex():
    lines = (REPO / "quotes" / "ssa_first_names.txt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) > 5000
    assert all(len(line.split()) == 2 and line.split()[1] in ("m", "f") for line in lines)
