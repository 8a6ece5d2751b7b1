"""Reader for PolNeAR (brat standoff): articles and their gold attributions.

Layout: ``<split>/text/<doc>.txt`` and ``<split>/attributions/<doc>_<annotator>.ann``.
``T`` lines hold Source / Cue / Content spans (discontinuous parts joined by ``;``),
``E`` lines join one attribution. Span text in ``.ann`` may hold raw newlines, so only
lines matching ``^[TE]\\d+\\t`` are parsed and span text is taken from the article.

Policies (documented in the extractor's model card):
- a document annotated by several annotators is read from the first annotator in sorted order;
- sources are surface mentions, so the gold speaker's name is the mention text, type ``unknown``;
- a discontinuous cue or source keeps its first part; content keeps all its parts;
- ``Discuss`` and ``Discard`` spans are not attributions and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..text import build_quote, quoted_ranges, trim
from ..types import Article, Attribution, Span, Speaker

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_ANNOTATOR = re.compile(r"^(?P<doc>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")


@dataclass(frozen=True, slots=True)
class RawAttribution:
    """One brat attribution as annotated: lists of ``(start, end)`` character ranges."""

    content: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]


def annotator_files(split_dir: Path) -> dict[str, list[Path]]:
    """Map each document id of a split to all its ``.ann`` files, one per annotator, in sorted order."""
    found: dict[str, list[Path]] = {}
    for path in sorted((split_dir / "attributions").glob("*.ann")):
        match = _ANNOTATOR.match(path.name)
        found.setdefault(match.group("doc") if match else path.stem, []).append(path)
    if not found:
        raise InputError(f"{split_dir}: no attributions/*.ann files; pass a PolNeAR split folder such as polnear/dev")
    return found


def annotation_files(split_dir: Path) -> dict[str, Path]:
    """Map each document id of a split to its ``.ann`` file (first annotator in sorted order)."""
    return {doc: paths[0] for doc, paths in annotator_files(split_dir).items()}


def parse_ann(path: Path) -> list[RawAttribution]:
    """The attributions of one ``.ann`` file, as raw character ranges."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if match := _T_LINE.match(line):
            ranges = tuple(tuple(int(x) for x in part.split()) for part in match.group(3).split(";"))
            spans[match.group(1)] = (match.group(2), ranges)  # type: ignore[assignment]
        elif match := _E_LINE.match(line):
            roles = dict(arg.split(":", 1) for arg in match.group(2).split() if ":" in arg)
            events.append(roles)
    attributions = []
    for roles in events:
        content: list[tuple[int, int]] = []
        for role in ("Content", "Content2"):
            if role in roles and roles[role] in spans:
                content.extend(spans[roles[role]][1])
        if not content:
            continue
        cue = spans[roles["Cue"]][1] if roles.get("Cue") in spans else ()
        source = spans[roles["Source"]][1] if roles.get("Source") in spans else ()
        attributions.append(RawAttribution(tuple(sorted(content)), cue, source))
    return attributions


def _span(text: str, ranges: tuple[tuple[int, int], ...]) -> Span | None:
    if not ranges:
        return None
    start, end = trim(text, *ranges[0])
    return Span.of(text, start, end) if end > start else None


def to_attribution(text: str, raw: RawAttribution, *, doc: str, ranges: list[tuple[int, int]]) -> Attribution | None:
    """A gold attribution in the project's types, built as predictions are."""
    quote = build_quote(text, list(raw.content), ranges)
    if quote is None:
        return None
    mention = _span(text, raw.source)
    speaker = Speaker(name=mention.text, mention=mention) if mention else None
    return Attribution(quote=quote, cue=_span(text, raw.cue), speaker=speaker, doc=doc)


def read_article(split_dir: Path, doc: str, ann_path: Path) -> Article:
    """The text of ``doc``, read exactly (UTF-8, newlines kept), for the annotations in ``ann_path``."""
    text_path = split_dir / "text" / f"{doc}.txt"
    try:
        with open(text_path, encoding="utf-8", newline="") as f:
            return Article(id=doc, text=f.read())
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(
            f"{text_path}: cannot read the article of {ann_path.name} ({err}); check the corpus copy"
        ) from err


def gold_attributions(article: Article, raw: list[RawAttribution]) -> list[Attribution]:
    """The project's attributions for one annotator's raw ranges over ``article``."""
    ranges = quoted_ranges(article.text)
    return [a for r in raw if (a := to_attribution(article.text, r, doc=article.id, ranges=ranges)) is not None]


def read_split(split_dir: Path | str) -> Iterator[tuple[Article, list[RawAttribution], list[Attribution]]]:
    """Each document of a PolNeAR split: the article, its raw ranges and its gold attributions."""
    split_dir = Path(split_dir)
    for doc, ann_path in sorted(annotation_files(split_dir).items()):
        article = read_article(split_dir, doc, ann_path)
        raw = parse_ann(ann_path)
        yield article, raw, gold_attributions(article, raw)


def read_annotators(split_dir: Path | str) -> Iterator[tuple[Article, list[list[Attribution]]]]:
    """Each document of a split that several annotators marked: the article and each one's attributions."""
    split_dir = Path(split_dir)
    for doc, paths in sorted(annotator_files(split_dir).items()):
        if len(paths) > 1:
            article = read_article(split_dir, doc, paths[0])
            yield article, [gold_attributions(article, parse_ann(path)) for path in paths]
