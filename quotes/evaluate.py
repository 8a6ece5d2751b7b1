"""The one evaluation entry used by the CLI, the eval scripts and training: gold sets in, scores out.

Gold sets come as a PolNeAR split folder, a LitBank folder, or a project gold JSONL (article lines
plus records); standoff files add canonical speakers and stance labels to PolNeAR's quotes.
Besides end-to-end scores, each stage can be scored fed gold upstream input (``evaluate_stages``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .io import read_gold
from .scoring import Scores, score_document, score_documents
from .speakers import AntecedentChooser, resolve_speakers
from .types import Article, Attribution, Speaker, Stance

if TYPE_CHECKING:  # the model modules import torch, which scoring a predictions file does not need
    from .detect import QuoteFinder
    from .pipeline import Extractor
    from .stance import StanceClassifier

GoldDoc = tuple[Article, list[Attribution]]
# The stages of evaluate_stages, each fed gold input upstream.
LINKING_STAGE = "linking on gold quotes"
SPEAKER_STAGE = "speakers on gold quotes and mentions"
STANCE_STAGE = "stance on gold quotes, speakers and targets"
Predictor = Callable[[list[Article]], list[list[Attribution]]]


def read_gold_set(
    path: Path | str, *, speakers: Path | str | None = None, stances: Path | str | None = None
) -> list[GoldDoc]:
    """Gold documents from a PolNeAR split folder, a LitBank folder or a project gold JSONL, in id order.

    ``speakers`` is a standoff JSONL (``{"doc", "start", "end", "speaker": {...}}`` per quote) that
    replaces the surface speakers of a PolNeAR split with canonical ones; ``stances`` one
    (``{"doc", "start", "end", "stances": {target: label}}``) that adds targets and gold stances.
    Either keeps only the documents it covers: a sample of a corpus folder; over a gold JSONL, InputError unless
    it covers every article.
    """
    path = Path(path)
    kind = _gold_kind(path)
    if kind == "litbank":
        from .corpora.litbank import read_litbank

        docs = read_litbank(path)
    elif kind == "polnear":
        from .corpora.polnear import read_split

        docs = [(article, gold) for article, _, gold in read_split(path)]
    elif kind == "jsonl":
        articles, records = read_gold(path)
        by_doc: dict[str, list[Attribution]] = {doc: [] for doc in articles}
        for record in records:
            by_doc[record.doc].append(record)
        docs = [(articles[doc], by_doc[doc]) for doc in sorted(articles)]
    else:
        raise InputError(
            f"{path}: no such gold set; pass a PolNeAR split folder, a LitBank folder or a gold .jsonl file"
        )
    covered = len(docs)
    if speakers is not None:
        docs = attach_speakers(docs, Path(speakers))
    if stances is not None:
        docs = attach_stances(docs, Path(stances))
    if path.is_file() and len(docs) < covered:
        # A sample of a corpus folder is the point of a standoff; dropping articles of one's own gold file is not.
        raise InputError(
            f"{path}: the standoff covers {len(docs)} of its {covered} articles, so the others (and any false finds "
            "in articles without quotes) would go unscored; annotate them, or put speakers and stances in the records"
        )
    return docs


def _gold_kind(path: Path) -> str | None:
    """``"litbank"`` (a LitBank folder), ``"polnear"`` (any other folder: a PolNeAR split), ``"jsonl"`` (a gold
    file) or None (nothing there)."""
    if path.is_dir():
        return "litbank" if (path / "quotations").is_dir() else "polnear"
    return "jsonl" if path.is_file() else None


def gold_run_ons(path: Path | str) -> str:
    """The run-on convention of a gold set (``Extractor.run_ons``): ``"joined"`` for a PolNeAR split folder, whose
    annotators join a quote running on after its attribution's sentence to the first, ``"own"`` otherwise (this
    project's guide, and LitBank, which marks each quotation)."""
    return "joined" if _gold_kind(Path(path)) == "polnear" else "own"


def _standoff_rows(standoff: Path, what: str) -> dict[str, dict[tuple[int, int], dict]]:
    """Rows of a standoff JSONL by document and quote ``(start, end)``."""
    rows: dict[str, dict[tuple[int, int], dict]] = {}
    for n, line in enumerate(standoff.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            rows.setdefault(row["doc"], {})[(row["start"], row["end"])] = row
        except (ValueError, KeyError, TypeError) as err:
            raise InputError(f"{standoff}:{n}: not a {what} row ({err}); see eval/ANNOTATION.md") from err
    return rows


def _row_of(rows: dict[tuple[int, int], dict], a: Attribution, standoff: Path, doc: str, what: str) -> dict:
    row = rows.get((a.quote.start, a.quote.end))
    if row is None:
        raise InputError(
            f"{standoff}: doc {doc!r} has no {what} row for the quote at "
            f"{a.quote.start}..{a.quote.end}; annotate it (or mark it optional)"
        )
    return row


def attach_speakers(docs: list[GoldDoc], standoff: Path) -> list[GoldDoc]:
    """Documents of ``standoff`` with its canonical speakers put on the matching gold quotes."""
    wanted = _standoff_rows(standoff, "speaker")
    return [
        (article, [_with_speaker(a, _row_of(wanted[article.id], a, standoff, article.id, "speaker")) for a in gold])
        for article, gold in docs
        if article.id in wanted
    ]


def attach_stances(docs: list[GoldDoc], standoff: Path) -> list[GoldDoc]:
    """Documents of ``standoff``: its targets become the article's, its labels the gold quotes' stances."""
    wanted = _standoff_rows(standoff, "stance")
    out = []
    for article, gold in docs:
        if article.id not in wanted:
            continue
        rows = wanted[article.id]
        targets = tuple(next(iter(rows.values())).get("stances") or ())
        attached = []
        for a in gold:
            labels = _row_of(rows, a, standoff, article.id, "stance").get("stances")
            if not isinstance(labels, dict) or set(labels) != set(targets) or not targets:
                raise InputError(
                    f'{standoff}: doc {article.id!r}: every row needs "stances" with the same targets '
                    f"({list(targets)}); see eval/ANNOTATION.md"
                )
            attached.append(replace(a, stances=tuple(Stance(t, labels[t], 1.0) for t in targets)))
        out.append((replace(article, targets=targets), attached))
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


class SavedPredictions:
    """Another system's records (project JSONL, keyed by ``doc``) as a predictor.

    A ``.txt`` ending is ignored on both sides, so ids from ``quotes extract`` over a PolNeAR ``text/`` folder
    match the corpus reader's. With the gold ``docs``, the records are checked first: an InputError when no
    record's doc is a gold article (the ids do not match), or when a record's offsets do not index its gold
    article's text (it was extracted from another version of the text); ``unmatched`` lists the docs of records
    that are no gold article (they are not scored).
    """

    def __init__(self, path: Path | str, docs: Sequence[GoldDoc] | None = None) -> None:
        from .io import read_jsonl

        self.by_doc: dict[str, list[Attribution]] = {}
        for record in read_jsonl(Path(path)):
            self.by_doc.setdefault(_doc_key(record.doc), []).append(record)
        self.unmatched: list[str] = []
        if docs is not None:
            _check_predictions(Path(path), self.by_doc, docs)
            gold_ids = {_doc_key(article.id) for article, _ in docs}
            self.unmatched = sorted(doc for doc in self.by_doc if doc not in gold_ids)

    def __call__(self, articles: Sequence[Article]) -> list[list[Attribution]]:
        return [self.by_doc.get(_doc_key(a.id), []) for a in articles]


def _doc_key(doc: str) -> str:
    return doc.removesuffix(".txt")


def _check_predictions(path: Path, by_doc: dict[str, list[Attribution]], docs: Sequence[GoldDoc]) -> None:
    texts = {_doc_key(article.id): article.text for article, _ in docs}
    if by_doc and not set(by_doc) & set(texts):
        raise InputError(
            f"{path}: no record's doc is an article of the gold set (records: {sorted(by_doc)[0]!r}, gold: "
            f"{sorted(texts)[0]!r}); extract from an articles file whose ids are the gold docs"
        )
    for doc, records in by_doc.items():
        text = texts.get(doc)
        for r in records if text is not None else ():
            spans = [r.quote, *r.quote.parts, r.cue, r.speaker.mention if r.speaker else None]
            for span in (s for s in spans if s is not None):
                if text[span.start : span.end] != span.text:
                    raise InputError(
                        f"{path}: doc {r.doc!r}, {span.start}..{span.end}: the record says {span.text[:40]!r}, the "
                        f"gold text has {text[span.start : span.end][:40]!r}; the records were made from another "
                        "version of the text (line endings? HTML?): extract from the gold's own texts"
                    )


def gold_mentions_input(gold: list[Attribution]) -> list[Attribution]:
    """Gold quotes with only their surface mentions, as the speaker stage receives them from detection."""
    out = []
    for a in gold:
        mention = a.speaker.mention if a.speaker else None
        speaker = Speaker.surface(mention)
        out.append(replace(a, speaker=speaker, stances=()))
    return out


def evaluate_speaker_stage(docs: Sequence[GoldDoc], *, antecedents: AntecedentChooser | None = None) -> Scores:
    """Speaker resolution fed gold quotes and gold mentions, so its errors are its own."""
    return score_documents(
        (gold, resolve_speakers(article.text, gold_mentions_input(gold), antecedents=antecedents))
        for article, gold in docs
    )


def evaluate_linker_stage(
    docs: Sequence[GoldDoc], finder: QuoteFinder, *, antecedents: AntecedentChooser | None = None
) -> Scores:
    """Cue and mention linking fed gold quotes; its speaker scores add resolution on the linked mentions."""
    from .attribute import with_links
    from .text import quoted_ranges, sentence_starts

    pairs = []
    for article, gold in docs:
        # The first piece: an interrupted quote's full range would hold its own cue and source.
        raw = finder.link_given(article.text, [(a.quote.pieces()[0].start, a.quote.pieces()[0].end) for a in gold])
        starts, ranges = sentence_starts(article.text), quoted_ranges(article.text)
        linked = [with_links(article.text, a, r, starts=starts, ranges=ranges) for a, r in zip(gold, raw, strict=True)]
        pairs.append((gold, resolve_speakers(article.text, linked, antecedents=antecedents)))
    return score_documents(pairs)


def evaluate_stance_stage(docs: Sequence[GoldDoc], classifier: StanceClassifier) -> Scores:
    """Stance fed gold quotes, gold speakers and the gold targets, so its errors are its own."""
    from .stance import quote_passages

    return score_documents(
        (
            gold,
            classifier.add_stances(
                [replace(a, stances=()) for a in gold], quote_passages(article.text, gold), article.targets
            ),
        )
        for article, gold in docs
        if gold and article.targets
    )


def has_canonical_speakers(docs: Sequence[GoldDoc]) -> bool:
    """Whether the gold names speakers, not only their mentions: plain PolNeAR's surface mentions (type
    ``unknown``) leave speaker resolution nothing to be scored on."""
    return any(a.speaker is not None and a.speaker.type != "unknown" for _, quotes in docs for a in quotes)


def evaluate_stages(docs: Sequence[GoldDoc], extractor: Extractor) -> dict[str, Scores]:
    """Each stage of ``extractor`` (a :class:`quotes.pipeline.Extractor`) fed gold upstream input.

    A stage is scored only when the gold set can feed it: linking needs gold cues or mentions,
    speaker resolution gold mentions and canonical speakers, stance gold stances and a stance model.
    """
    gold = [a for _, quotes in docs for a in quotes]
    stages = {}
    if any(a.cue or (a.speaker and a.speaker.mention) for a in gold):
        stages[LINKING_STAGE] = evaluate_linker_stage(docs, extractor.finder, antecedents=extractor.antecedents)
    if any(a.speaker and a.speaker.mention for a in gold) and has_canonical_speakers(docs):
        stages[SPEAKER_STAGE] = evaluate_speaker_stage(docs, antecedents=extractor.antecedents)
    if extractor.stance is not None and any(a.stances for a in gold):
        stages[STANCE_STAGE] = evaluate_stance_stage(docs, extractor.stance)
    return stages


def evaluate_stance_set(
    examples: Sequence, classify: Callable[[list[tuple[str, str]]], list[tuple[str, float | None]]]
) -> dict:
    """Stance scores of ``classify`` on plain (target, text, label) examples, overall and per ``group``; ``classify``
    gives each pair's label and its probability (None: calibration is not measured)."""
    from .scoring import stance_scores

    labelled = classify([(e.target, e.text) for e in examples])
    predicted = [label for label, _ in labelled]
    probability = [score for _, score in labelled]
    scores = {"all": stance_scores([e.label for e in examples], predicted, probability)}
    for group in sorted({e.group for e in examples}):
        idx = [i for i, e in enumerate(examples) if e.group == group]
        if len(idx) < len(examples):
            scores[group] = stance_scores(
                [examples[i].label for i in idx], [predicted[i] for i in idx], [probability[i] for i in idx]
            )
    return scores
