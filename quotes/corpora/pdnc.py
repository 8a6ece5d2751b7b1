"""Reader for the Project Dialogism Novel Corpus (PDNC): the quotations of whole novels with their speakers.

Layout: ``<pdnc>/data/<Novel>/{novel_text.txt, quotation_info.csv, character_info.csv}``. Each quotation row gives
its pieces as character offsets into ``novel_text.txt`` (``quoteByteSpans``, which index the text read as UTF-8
characters), its speaker's main name, its type (Explicit "said Emma", Anaphoric "he said", Implicit: none) and the
words that introduce it (``referringExpression``, as written but for line breaks, with no offsets). Characters list
their aliases ("Emma", "Miss Woodhouse", "Emma Woodhouse").
"""

from __future__ import annotations

import ast
import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True)
class PdncQuote:
    """One quotation: its pieces (character offsets), speaker (main name), type and introducing words."""

    pieces: tuple[tuple[int, int], ...]
    speaker: str
    kind: str  # "Explicit", "Anaphoric" or "Implicit"
    referring: str


@dataclass(frozen=True)
class PdncNovel:
    """A novel's text, quotations in text order, and each character's names by main name."""

    id: str
    text: str
    quotes: list[PdncQuote]
    names: dict[str, frozenset[str]]


def read_pdnc(root: Path) -> list[PdncNovel]:
    """Every novel under ``root/data`` that has its three files, in folder-name order."""
    folders = sorted(p for p in (root / "data").glob("*") if (p / "quotation_info.csv").is_file())
    if not folders:
        raise InputError(f"{root}: no data/<novel>/quotation_info.csv; pass the PDNC folder (with data/)")
    return [_read_novel(folder) for folder in folders]


def _read_novel(folder: Path) -> PdncNovel:
    text = (folder / "novel_text.txt").read_text(encoding="utf-8")
    with open(folder / "quotation_info.csv", encoding="utf-8", newline="") as fp:
        quotes = [
            PdncQuote(
                pieces=tuple((int(s), int(e)) for s, e in ast.literal_eval(row["quoteByteSpans"])),
                speaker=row["speaker"],
                kind=row["quoteType"],
                referring=row["referringExpression"] or "",
            )
            for row in csv.DictReader(fp)
        ]
    names: dict[str, frozenset[str]] = {}
    with open(folder / "character_info.csv", encoding="utf-8", newline="") as fp:
        for row in csv.DictReader(fp):
            aliases = ast.literal_eval(row["Aliases"]) if row.get("Aliases") else set()
            names[row["Main Name"]] = frozenset({row["Main Name"], *aliases})
    return PdncNovel(folder.name, text, sorted(quotes, key=lambda q: q.pieces[0]), names)


_PRONOUN = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)


def introducing_pronoun(novel: PdncNovel, quote: PdncQuote, reach: int = 300) -> tuple[int, int] | None:
    """Where the pronoun of an anaphoric quotation's introducing words ("he had said", "said she") stands in the
    text: the occurrence of those words nearest the quotation, within ``reach`` characters of it, line breaks
    allowed between words; None when they hold no he/she/him/her or are not found."""
    words = quote.referring.split()
    if not words or not _PRONOUN.search(quote.referring):
        return None
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    start, end = quote.pieces[0][0], quote.pieces[-1][1]
    found = [m for m in pattern.finditer(novel.text, max(0, start - reach), min(len(novel.text), end + reach))]
    if not found:
        return None
    best = min(found, key=lambda m: min(abs(m.start() - end), abs(m.end() - start)))
    pronoun = _PRONOUN.search(novel.text, best.start(), best.end())
    return (pronoun.start(), pronoun.end()) if pronoun else None
