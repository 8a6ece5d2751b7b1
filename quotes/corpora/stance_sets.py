"""Readers for plain stance sets — VAST, NewsMTSC and a user's own — as (target, text, label) examples.

Label mapping: VAST con/pro/neutral → against/favor/neutral; NewsMTSC polarity toward the
target 2/4/6 (negative/neutral/positive) → against/neutral/favor. A NewsMTSC target mention is
marked in its sentence (``<< … >>``) because a sentence often names several people.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..io import jsonl_objects, read_text
from ..stance_net import MARK_CLOSE, MARK_OPEN, speaker_first

_VAST_LABELS = {"0": "against", "1": "favor", "2": "neutral", "AGAINST": "against", "FAVOR": "favor", "NONE": "neutral"}
_NEWSMTSC_LABELS = {2.0: "against", 4.0: "neutral", 6.0: "favor"}


@dataclass(frozen=True, slots=True)
class StanceExample:
    """One labelled pair; ``group`` names its set and subset (``vast/zero-shot``, ``newsmtsc``…), ``speaker`` the
    quote's canonical speaker where a news quote's is known (empty otherwise), ``role`` that speaker's title."""

    target: str
    text: str
    label: str
    group: str
    speaker: str = ""
    role: str = ""


PLAIN_COLUMNS = ("target", "text", "label")
_PLAIN_LABELS = {"favor": "favor", "favour": "favor", "pro": "favor", "against": "against", "con": "against",
                 "neutral": "neutral", "none": "neutral"}  # fmt: skip


def read_stance_set(path: Path | str) -> list[StanceExample]:
    """A stance set by its shape: a CSV or JSONL with ``target``, ``text`` and ``label`` (favor / against /
    neutral; optional ``speaker``, read before the text as the pipeline reads a quote's speaker, and ``group``),
    else a VAST CSV or a NewsMTSC JSONL. InputError naming the line when it is none of them, or when
    the file is not UTF-8 (a leading byte-order mark, as spreadsheets write, is fine)."""
    path = Path(path)
    text = read_text(path)
    head = text.split("\n", 1)[0]
    if path.suffix.lower() == ".csv":
        header = {c.strip().lower() for c in next(csv.reader([head]), [])}
        return _read_plain(path, text) if set(PLAIN_COLUMNS) <= header else read_vast(path)
    try:
        first = json.loads(head) if head.strip() else {}
    except ValueError:
        first = {}
    plain = isinstance(first, dict) and set(PLAIN_COLUMNS) <= set(first)
    return _read_plain(path, text) if plain else read_newsmtsc(path)


def _read_plain(path: Path, text: str) -> list[StanceExample]:
    """Rows of a CSV ``text`` (read from ``path``), or the lines of a JSONL file, with ``target``, ``text``,
    ``label`` and an optional ``speaker`` (with its ``role``, a title) and ``group``."""
    if path.suffix.lower() == ".csv":
        rows = [
            (f"{path}:{n}", {k.strip().lower(): v for k, v in row.items() if k})
            for n, row in enumerate(csv.DictReader(io.StringIO(text)), 2)
        ]
    else:
        rows = list(jsonl_objects(path))
    out = []
    for where, row in rows:
        label = str(row.get("label", "")).strip().lower()
        if label not in _PLAIN_LABELS:
            raise InputError(f"{where}: label {row.get('label')!r} is not favor, against or neutral; fix the row")
        target, passage = str(row.get("target") or "").strip(), str(row.get("text") or "")
        if not target or not passage.strip():
            raise InputError(f"{where}: an empty target or text; every row needs {', '.join(PLAIN_COLUMNS)}")
        speaker = str(row.get("speaker") or "").strip()
        if speaker:
            passage = speaker_first(speaker, passage)
        role = str(row.get("role") or "").strip() if speaker else ""
        out.append(StanceExample(target, passage, _PLAIN_LABELS[label], str(row.get("group") or "all"), speaker, role))
    return out


def read_vast(path: Path | str) -> list[StanceExample]:
    """VAST rows from the train CSV (``post``, ``new_topic``, ``label``) or the reformatted dev CSV."""
    path = Path(path)
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), 2):
            try:
                if "post" in row:
                    text, target, label = row["post"], row["new_topic"], row["label"]
                else:
                    text, target, label = row["Tweet"], row["Target 1"], row["Stance 1"]
                subset = "few-shot" if row.get("seen?", "1").strip() == "1" else "zero-shot"
                out.append(StanceExample(target, text, _VAST_LABELS[label.strip()], f"vast/{subset}"))
            except KeyError as err:
                raise InputError(
                    f"{path}:{n}: not a stance row (missing or unknown {err}); give columns target, text, label "
                    "(favor / against / neutral), or pass a VAST CSV"
                ) from err
    return out


def read_newsmtsc(path: Path | str) -> list[StanceExample]:
    """One example per target of each NewsMTSC sentence, the mention marked in the text."""
    path = Path(path)
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            sentence = row["sentence_normalized"]
            for target in row["targets"]:
                start, end = target["from"], target["to"]
                marked = f"{sentence[:start]}{MARK_OPEN} {sentence[start:end]} {MARK_CLOSE}{sentence[end:]}"
                out.append(StanceExample(target["mention"], marked, _NEWSMTSC_LABELS[target["polarity"]], "newsmtsc"))
        except (ValueError, KeyError, TypeError) as err:
            raise InputError(
                f"{path}:{n}: not a stance line ({err}); give objects with target, text, label (favor / against / "
                "neutral), or pass a NewsMTSC .jsonl split"
            ) from err
    return out


def read_quote_stances(
    split: Path | str, standoff: Path | str, *, speakers: Path | str | None = None, group: str = "news"
) -> list[StanceExample]:
    """One example per (quote, target) of a stance standoff over a PolNeAR split (see eval/ANNOTATION.md).

    The text is the quote's passage as the pipeline builds it (:func:`quotes.stance.quote_passage`), so a
    model trained on these pairs reads at training time what it reads in use. With ``speakers`` (a speaker
    standoff over the same quotes) the passage starts with the quote's canonical speaker, as the pipeline
    reads it (:func:`quotes.stance.with_speaker`), and the example keeps the speaker's name for
    :func:`quotes.stance.not_against_itself`.
    """
    from ..evaluate import read_gold_set
    from ..stance import quote_passages, speaker_name, with_speaker

    out = []
    for article, gold in read_gold_set(split, speakers=speakers, stances=standoff):
        for a, passage in zip(gold, quote_passages(article.text, gold), strict=True):
            speaker = speaker_name(a) if speakers is not None else ""
            role = (a.speaker.role or "") if speaker else ""
            if speaker:
                passage = with_speaker(a, passage)
            out += [StanceExample(s.target, passage, s.label, group, speaker, role) for s in a.stances]
    return out
