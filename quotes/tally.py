"""Who is quoted across many articles: speakers pooled over a run's records, and the mix of source types and of
people's genders.

A speaker is the same row in every article where it has the same canonical name and type ("Lloyd
Austin", person). People written otherwise in other articles are merged when that is unambiguous
(:func:`merge_people`). Anonymous sources and groups are named by their description, so their rows pool every
source an article described alike ("senior Pentagon official" of two articles are one row, maybe two people).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .names import GENERATIONS, NAME_SUFFIXES
from .types import GENDERS, SPEAKER_TYPES, STANCE_LABELS, Attribution

NO_SPEAKER = "none"  # the type column of quotes whose source the text does not name
NO_GENDER = "unknown"  # the gender column of people neither the article nor the first name gave one


@dataclass
class SpeakerTally:
    """One speaker over a run: the articles quoting it, its quotes, and its quotes' stances per target."""

    name: str
    type: str
    articles: set[str] = field(default_factory=set)
    quotes: int = 0
    stances: Counter = field(default_factory=Counter)  # (target, label) → quotes
    spellings: Counter = field(default_factory=Counter)  # name as written → quotes
    genders: Counter = field(default_factory=Counter)  # a person's gender as given → quotes

    def stance_count(self, target: str, label: str) -> int:
        """How many of this speaker's quotes take ``label`` toward ``target``."""
        return self.stances[(target, label)]

    @property
    def gender(self) -> str | None:
        """The gender given for most of this person's quotes; None for a tie, none given, or no person."""
        ranked = self.genders.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]


@dataclass
class TypeShare:
    """The quotes and articles of one speaker type ("person", …, or "none")."""

    type: str
    quotes: int
    articles: int
    share: float  # of all quotes, 0..1


@dataclass
class GenderShare:
    """The quotes and speakers (rows after pooling) of people of one gender ("female", "male" or "unknown")."""

    gender: str
    quotes: int
    speakers: int
    share: float  # of all quotes by people, 0..1


def tally_speakers(records: Iterable[Attribution], *, min_score: float = 0.0) -> list[SpeakerTally]:
    """Speakers pooled by (type, name casefolded), most quoted first, each named by its commonest spelling.

    Quotes without a speaker are left out, and so are mentions the resolver could not place (an "it" with
    no antecedent keeps its own words, type "unknown" and no id): one "it" row would pool unrelated sources.
    A stance counts only when its score (the label's probability, 0..1) is at least ``min_score``.
    """
    by_key: dict[tuple[str, str], SpeakerTally] = {}
    for a in records:
        if a.speaker is None or (a.speaker.id is None and a.speaker.type == "unknown"):
            continue
        key = (a.speaker.type, " ".join(a.speaker.name.casefold().split()))
        row = by_key.setdefault(key, SpeakerTally(a.speaker.name, a.speaker.type))
        row.articles.add(a.doc)
        row.quotes += 1
        row.spellings[a.speaker.name] += 1
        if a.speaker.gender is not None:
            row.genders[a.speaker.gender] += 1
        for s in a.stances:
            if s.score >= min_score:
                row.stances[(s.target, s.label)] += 1
    for row in by_key.values():
        row.name = _commonest(row.spellings)
    return sorted(by_key.values(), key=lambda r: (-r.quotes, -len(r.articles), r.name.casefold()))


def merge_people(rows: list[SpeakerTally]) -> list[SpeakerTally]:
    """New rows in which the person rows that name one person in several ways are pooled, most quoted first.

    "Donald J. Trump" and "Donald Trump" (same first name and surname, middles that agree) are one row, but
    "George W. Bush" and "George H. W. Bush" are two, and a plain "George Bush" beside both joins neither. A
    surname alone ("Obama", which an article gives when it never writes the first name) joins the one person
    with that surname if that person is quoted at least as often, and stays apart when there are several
    ("Clinton": Bill or Hillary). Every row keeps the name written for most of its quotes.
    """
    people = [r for r in rows if r.type == "person"]
    by_name: dict[tuple[str, str, str], dict[tuple[str, ...], list[SpeakerTally]]] = {}
    for r in people:
        first, middles, last, suffix = _name_parts(r.name)
        if first:
            by_name.setdefault((first, last, suffix), {}).setdefault(middles, []).append(r)
    clusters: list[list[SpeakerTally]] = []
    for variants in by_name.values():
        plain = variants.pop((), [])
        if len(variants) <= 1:  # the plain spelling and at most one with middles: one person
            clusters.append(plain + next(iter(variants.values()), []))
        else:  # two middles ("W.", "H. W."): two people, and the plain spelling could be either
            clusters += [*variants.values(), *([plain] if plain else [])]
    by_surname: dict[str, list[list[SpeakerTally]]] = {}
    for cluster in clusters:
        _, _, last, suffix = _name_parts(cluster[0].name)
        if not suffix:
            by_surname.setdefault(last, []).append(cluster)
    for r in people:
        first, _, last, suffix = _name_parts(r.name)
        bearers = by_surname.get(last, []) if not first and not suffix else []
        # The one bearer must also be the more quoted: an "Obama" quoted 60 times is not the Michelle Obama
        # quoted 5 times who happens to be the only Obama given a first name.
        if len(bearers) == 1 and sum(b.quotes for b in bearers[0]) >= r.quotes:
            bearers[0].append(r)
    clustered = {id(r) for cluster in clusters for r in cluster}
    merged = [_pooled(cluster) for cluster in clusters]
    kept = [_pooled([r]) for r in rows if id(r) not in clustered]
    return sorted(merged + kept, key=lambda r: (-r.quotes, -len(r.articles), r.name.casefold()))


def _pooled(rows: list[SpeakerTally]) -> SpeakerTally:
    """One new row adding up ``rows`` (left unchanged), named by its most written spelling."""
    out = SpeakerTally(rows[0].name, rows[0].type)
    for r in rows:
        out.articles |= r.articles
        out.quotes += r.quotes
        out.stances += r.stances
        out.spellings += r.spellings
        out.genders += r.genders
    out.name = _commonest(out.spellings)
    return out


def _commonest(spellings: Counter) -> str:
    """The spelling written for most quotes; on a tie the longest, then the first in sort order."""
    return min(spellings, key=lambda name: (-spellings[name], -len(name), name))


def _name_parts(name: str) -> tuple[str, tuple[str, ...], str, str]:
    """(first name, initials of the middle names, surname, suffix), casefolded; first "" for a surname alone.

    "George H. W. Bush" and "George Herbert Walker Bush" both give ("george", ("h", "w"), "bush", "").
    """
    words = [w.strip(",") for w in name.casefold().replace("’", "'").split()]
    suffix = " ".join(w.rstrip(".") for w in words if w in GENERATIONS)  # "KC", "MP" part no namesakes
    words = [w for w in words if w not in NAME_SUFFIXES]
    if len(words) < 2:
        return "", (), words[0] if words else "", suffix
    middles = tuple(part[0] for w in words[1:-1] for part in w.split(".") if part)
    return words[0], middles, words[-1], suffix


def select_speakers(
    rows: list[SpeakerTally],
    *,
    types: Iterable[str] | None = None,
    min_quotes: int = 1,
    stance: str | None = None,
    targets: Iterable[str] = (),
    top: int | None = None,
    genders: Iterable[str] | None = None,
) -> list[SpeakerTally]:
    """The rows of the given ``types`` (and people of the given ``genders``, "unknown" for none) with at least
    ``min_quotes`` quotes; with ``stance``, only speakers with a quote of that label toward one of ``targets``,
    most such quotes first (ties keep their order); at most ``top`` rows."""
    wanted = set(types or ())
    wanted_genders = set(genders or ())
    targets = list(targets)
    chosen = [
        r
        for r in rows
        if r.quotes >= min_quotes
        and (not wanted or r.type in wanted)
        and (not wanted_genders or (r.type == "person" and (r.gender or NO_GENDER) in wanted_genders))
    ]
    if stance is not None:
        taking = {id(r): sum(r.stance_count(t, stance) for t in targets) for r in chosen}
        chosen = sorted((r for r in chosen if taking[id(r)]), key=lambda r: -taking[id(r)])
    return chosen[:top] if top is not None else chosen


def type_shares(records: Iterable[Attribution]) -> list[TypeShare]:
    """Quotes and articles per speaker type, in the fixed order of ``SPEAKER_TYPES`` then "none"."""
    quotes: Counter = Counter()
    articles: dict[str, set[str]] = {}
    for a in records:
        kind = a.speaker.type if a.speaker else NO_SPEAKER
        quotes[kind] += 1
        articles.setdefault(kind, set()).add(a.doc)
    total = sum(quotes.values())
    return [
        TypeShare(kind, quotes[kind], len(articles.get(kind, ())), quotes[kind] / total if total else 0.0)
        for kind in (*SPEAKER_TYPES, NO_SPEAKER)
        if quotes[kind]
    ]


def gender_shares(rows: list[SpeakerTally]) -> list[GenderShare]:
    """Quotes and speakers of the person ``rows`` per gender ("female", "male", then "unknown"), each row counted
    under its own gender (:attr:`SpeakerTally.gender`)."""
    people = [r for r in rows if r.type == "person"]
    total = sum(r.quotes for r in people)
    out = []
    for gender in (*GENDERS, NO_GENDER):
        of_gender = [r for r in people if (r.gender or NO_GENDER) == gender]
        quotes = sum(r.quotes for r in of_gender)
        if of_gender:
            out.append(GenderShare(gender, quotes, len(of_gender), quotes / total if total else 0.0))
    return out


def busiest_targets(
    rows: list[SpeakerTally], targets: list[str], *, stance: str | None = None, limit: int = 4
) -> list[str]:
    """The at most ``limit`` targets, in their given order, on which ``rows`` have the most quotes with a stance
    (with ``stance``, of that label, and only targets with at least one): the columns a table has room for."""
    labels = (stance,) if stance else STANCE_LABELS
    weight = {t: sum(r.stance_count(t, label) for r in rows for label in labels) for t in targets}
    kept = sorted((t for t in targets if weight[t] or not stance), key=lambda t: -weight[t])[:limit]
    return [t for t in targets if t in kept]


def targets_of(records: Iterable[Attribution]) -> list[str]:
    """Every stance target in the records, in order of first appearance."""
    return list(dict.fromkeys(s.target for a in records for s in a.stances))


def target_key(target: str) -> str:
    """What makes two spellings one target: case and spacing ignored ("Interest  rates" is "interest rates")."""
    return " ".join(target.split()).casefold()


def as_spelled(targets: Iterable[str], found: Iterable[str]) -> list[str]:
    """Each of ``targets`` as the records spell it (``found``), when they hold it in another case or spacing."""
    spelling = {target_key(t): t for t in reversed(list(found))}  # the first spelling wins
    return [spelling.get(target_key(t), t) for t in targets]


def tally_row(row: SpeakerTally, targets: list[str]) -> dict[str, str | int]:
    """One flat row (CSV): speaker, type, quotes, articles, then favor/against/neutral per target."""
    out: dict[str, str | int] = {
        "speaker": row.name,
        "type": row.type,
        "gender": row.gender or "",
        "quotes": row.quotes,
        "articles": len(row.articles),
    }
    for target in targets:
        for label in STANCE_LABELS:
            out[f"{target}: {label}"] = row.stance_count(target, label)
    return out


def tally_to_json(
    rows: list[SpeakerTally], shares: list[TypeShare], targets: list[str], genders: list[GenderShare]
) -> dict:
    """The speakers, the type mix and the gender mix of people as one JSON object."""
    return {
        "speakers": [
            {
                "speaker": r.name,
                "type": r.type,
                "gender": r.gender,
                "quotes": r.quotes,
                "articles": len(r.articles),
                "spellings": sorted(r.spellings, key=lambda name: -r.spellings[name]),
                "stances": {t: {label: r.stance_count(t, label) for label in STANCE_LABELS} for t in targets},
            }
            for r in rows
        ],
        "types": [
            {"type": s.type, "quotes": s.quotes, "articles": s.articles, "share": round(s.share, 4)} for s in shares
        ],
        "genders": [
            {"gender": g.gender, "quotes": g.quotes, "speakers": g.speakers, "share": round(g.share, 4)}
            for g in genders
        ],
    }


def write_tally(
    path: Path, rows: list[SpeakerTally], shares: list[TypeShare], targets: list[str], genders: list[GenderShare]
) -> None:
    """Write the speakers as CSV (one flat row each) or, for a ``.json`` path, speakers, type mix and gender mix as
    JSON."""
    if path.suffix.lower() == ".json":
        report = tally_to_json(rows, shares, targets, genders)
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(tally_row(SpeakerTally("", ""), targets)))
        writer.writeheader()
        writer.writerows(tally_row(r, targets) for r in rows)
