"""The one evaluation entry used by the CLI, the eval scripts and training: gold sets in, scores out.

Gold sets come as a PolNeAR split folder, a project gold JSONL (article lines plus records), or
a PolNeAR folder plus a speaker standoff file that adds canonical speakers to its quotes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from .errors import InputError
from .io import read_gold
from .scoring import Scores, score_document
from .speakers import resolve_speakers
from .types import Article, Attribution, Speaker

GoldDoc = tuple[Article, list[Attribution]]
Predictor = Callable[[list[Article]], list[list[Attribution]]]


def read_gold_set(path: Path | str, *, speakers: Path | str | None = None) -> list[GoldDoc]:
    """Gold documents from a PolNeAR split folder or a project gold JSONL, in id order.

    ``speakers`` is a standoff JSONL (``{"doc", "start", "end", "speaker": {...}}`` per quote) that
    replaces the surface speakers of a PolNeAR split with canonical ones; only its documents are kept.
    """
    path = Path(path)
    if path.is_dir():
        from .corpora.polnear import read_split

        docs = [(article, gold) for article, _, gold in read_split(path)]
    elif path.is_file():
        articles, records = read_gold(path)
        by_doc: dict[str, list[Attribution]] = {doc: [] for doc in articles}
        for record in records:
            by_doc[record.doc].append(record)
        docs = [(articles[doc], by_doc[doc]) for doc in sorted(articles)]
    else:
        raise InputError(f"{path}: no such gold set; pass a PolNeAR split folder or a gold .jsonl file")
    if speakers is not None:
        docs = attach_speakers(docs, Path(speakers))
    return docs


def attach_speakers(docs: list[GoldDoc], standoff: Path) -> list[GoldDoc]:
    """Documents of ``standoff`` with its canonical speakers put on the matching gold quotes."""
    wanted: dict[str, dict[tuple[int, int], dict]] = {}
    for n, line in enumerate(standoff.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            wanted.setdefault(row["doc"], {})[(row["start"], row["end"])] = row
        except (ValueError, KeyError, TypeError) as err:
            raise InputError(f"{standoff}:{n}: not a speaker row ({err}); see eval/ANNOTATION.md") from err
    out = []
    for article, gold in docs:
        if article.id not in wanted:
            continue
        rows = wanted[article.id]
        attached = []
        for a in gold:
            row = rows.get((a.quote.start, a.quote.end))
            if row is None:
                raise InputError(
                    f"{standoff}: doc {article.id!r} has no speaker row for the quote at "
                    f"{a.quote.start}..{a.quote.end}; annotate it (or mark it optional)"
                )
            attached.append(_with_speaker(a, row))
        out.append((article, attached))
    return out


def _with_speaker(a: Attribution, row: dict) -> Attribution:
    s = row.get("speaker")
    mention = a.speaker.mention if a.speaker else None
    speaker = Speaker(s["name"], s.get("type", "unknown"), mention=mention, role=s.get("role")) if s else None
    return replace(a, speaker=speaker, optional=bool(row.get("optional", False)))


def evaluate(docs: Sequence[GoldDoc], predict: Predictor, *, batch_size: int = 8) -> Scores:
    """Scores of ``predict`` (a batch of articles → their attributions) against ``docs``."""
    total = Scores()
    for i in range(0, len(docs), batch_size):
        batch = docs[i : i + batch_size]
        predictions = predict([article for article, _ in batch])
        for (_, gold), pred in zip(batch, predictions, strict=True):
            total = total + score_document(gold, pred)
    return total


def predictions_from_file(path: Path | str) -> Predictor:
    """A predictor that looks up another system's records (project JSONL, keyed by ``doc``).

    A ``.txt`` ending is ignored on both sides, so ids from ``quotes extract`` over a PolNeAR
    ``text/`` folder match the corpus reader's.
    """
    from .io import read_jsonl

    by_doc: dict[str, list[Attribution]] = {}
    for record in read_jsonl(Path(path)):
        by_doc.setdefault(record.doc.removesuffix(".txt"), []).append(record)
    return lambda articles: [by_doc.get(a.id.removesuffix(".txt"), []) for a in articles]


def gold_mentions_input(gold: list[Attribution]) -> list[Attribution]:
    """Gold quotes with only their surface mentions, as the speaker stage receives them from detection."""
    out = []
    for a in gold:
        mention = a.speaker.mention if a.speaker else None
        speaker = Speaker(mention.text, mention=mention) if mention else None
        out.append(replace(a, speaker=speaker, stances=()))
    return out


def evaluate_speaker_stage(docs: Sequence[GoldDoc]) -> Scores:
    """Speaker resolution fed gold quotes and gold mentions, so its errors are its own."""
    total = Scores()
    for article, gold in docs:
        predicted = resolve_speakers(article.text, gold_mentions_input(gold))
        total = total + score_document(gold, predicted)
    return total


def evaluate_stance_set(
    examples: Sequence, classify: Callable[[list[tuple[str, str]]], list[tuple[str, float]]]
) -> dict:
    """Stance scores of ``classify`` on plain (target, text, label) examples, overall and per ``group``."""
    from .scoring import stance_scores

    predicted = [label for label, _ in classify([(e.target, e.text) for e in examples])]
    scores = {"all": stance_scores([e.label for e in examples], predicted)}
    for group in sorted({e.group for e in examples}):
        idx = [i for i, e in enumerate(examples) if e.group == group]
        if len(idx) < len(examples):
            scores[group] = stance_scores([examples[i].label for i in idx], [predicted[i] for i in idx])
    return scores
