"""The Extractor: loads the models once and runs detect → attribute → resolve speakers → stance."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from . import antecedent, extractor_net, stance_net
from .antecedent import AntecedentFinder
from .attribute import build_attributions
from .detect import QuoteFinder
from .encoder import base_model_path, for_inference, load_tokenizer
from .errors import InputError, ModelError
from .evidential import evidential_stance
from .line_endings import LineEndings
from .run_ons import split_run_ons
from .speakers import resolve_speakers
from .stance import StanceClassifier, quote_passages
from .tally import target_key
from .targets import TargetProposer, TargetRanker, load_ranker
from .text import LONE_SURROGATE
from .types import Article, Attribution
from .weights import read_meta

MODELS_ENV = "QUOTES_MODELS"
_REPO_MODELS = Path(__file__).resolve().parent.parent / "models"
_INSTALLED_MODELS = Path(sys.prefix) / "share" / "quotes" / "models"  # where pyproject's data-files put them
# The antecedent scorer learned fiction; in news the latest speaker is a strong prior, so the
# model overrides the rules only when it is this sure (see models/antecedent/README.md).
ANTECEDENT_MIN_PROBABILITY = 0.8


def models_root() -> Path:
    """The folder holding ``extractor/`` and ``stance/``: ``$QUOTES_MODELS``, else the checkout's ``models/``
    (a checkout or an editable install), else the copy installed with the package."""
    if folder := os.environ.get(MODELS_ENV):
        return Path(folder)
    if (_REPO_MODELS / "extractor").is_dir() or not _INSTALLED_MODELS.is_dir():
        return _REPO_MODELS
    return _INSTALLED_MODELS


def target_ranker_path() -> Path:
    """The ranker of proposed stance targets: ``<models>/targets/ranker.json``."""
    return models_root() / "targets" / "ranker.json"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What ``quotes info`` prints about one model."""

    name: str
    path: str
    details: dict


RUN_ON_POLICIES = ("own", "joined")  # see Extractor


def _checked_run_ons(policy: str) -> str:
    if policy not in RUN_ON_POLICIES:
        raise InputError(f"run_ons={policy!r}: give one of {RUN_ON_POLICIES}")
    return policy


class Extractor:
    """Finds quotes, their cues, speakers and stances in article texts. Build it with :func:`load`.

    Without a stance classifier, ``stances`` stay empty. Without targets, the article's main
    topics are proposed (see :mod:`quotes.targets`) and used as targets.

    ``run_ons`` says what becomes of a quote that runs on after the sentence attributing it ("“A,” Ryder said on
    Monday. “B.”"): ``"own"`` (default) makes it a record of its own with the same speaker, as the project's
    annotation guide does; ``"joined"`` keeps it as a later part of the first quote, as PolNeAR's annotators do
    (the harness scores PolNeAR so). See :mod:`quotes.run_ons`.
    """

    def __init__(
        self,
        finder: QuoteFinder,
        *,
        stance: StanceClassifier | None = None,
        antecedents: AntecedentFinder | None = None,
        paths: dict[str, Path] | None = None,
        meta: dict[str, dict] | None = None,
        propose_targets: bool = True,
        target_ranker: TargetRanker | None = None,
        run_ons: str = "own",
    ) -> None:
        self.run_ons = _checked_run_ons(run_ons)
        self.finder = finder
        self.stance = stance
        self.antecedents = antecedents
        self.paths = paths or {}
        self.meta = meta or {}
        self.propose_targets = propose_targets
        self.target_ranker = target_ranker
        self._proposer = None

    def __call__(self, text: str, targets: Sequence[str] | None = None, *, doc: str | None = "") -> list[Attribution]:
        """The attributions of one article text, in text order (offsets index ``text``, in characters).

        ``targets`` is a list of stance targets; when empty or None, the article's main topics are proposed.
        ``doc`` is the id every record carries: a str ("" when None). Raises InputError for a bad argument.
        """
        doc = "" if doc is None else doc
        if not isinstance(doc, str):
            raise InputError(f"doc must be the article's id as a str, not {type(doc).__name__}; pass str({doc!r})")
        return self.process([Article(id=doc, text=text, targets=_targets(targets, doc))])[0]

    def pipe(
        self, articles: Iterable[Article | tuple[str, str]], *, batch_size: int = 8
    ) -> Iterator[tuple[Article, list[Attribution]]]:
        """Each article with its attributions, in input order. Items are ``Article`` objects or ``(id, text)`` /
        ``(id, text, targets)`` tuples; ``batch_size`` counts articles per model batch (at least 1; checked at
        the call, before any article is read)."""
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise InputError(f"batch_size must be a whole number of articles, at least 1, not {batch_size!r}")
        return self._batches(articles, batch_size)

    def _batches(
        self, articles: Iterable[Article | tuple[str, str]], batch_size: int
    ) -> Iterator[tuple[Article, list[Attribution]]]:
        batch: list[Article] = []
        for item in articles:
            batch.append(_article(item))
            if len(batch) >= batch_size:
                yield from zip(batch, self.process(batch), strict=True)
                batch = []
        if batch:
            yield from zip(batch, self.process(batch), strict=True)

    def process(self, articles: Sequence[Article], *, run_ons: str | None = None) -> list[list[Attribution]]:
        """Attributions for a batch of articles, one list per article; ``run_ons`` overrides ``self.run_ons``.
        Raises InputError, before any work, when ``articles`` is not a list of ``Article`` objects, or for an
        article whose id or text is not a ``str``, whose text is not valid Unicode, or whose targets the stance
        model cannot take (see :meth:`check_targets`)."""
        run_ons = self.run_ons if run_ons is None else _checked_run_ons(run_ons)
        if isinstance(articles, (str, Article)) or not isinstance(articles, Sequence):
            raise InputError(
                f"process() takes a list of Article objects, not {type(articles).__name__}; pass [article], or "
                "use pipe() for (id, text) pairs"
            )
        for index, article in enumerate(articles):
            if not isinstance(article, Article):
                raise InputError(
                    f"process() item {index} is {type(article).__name__}, not an Article; build it with "
                    "quotes.Article(id, text), or use pipe() for (id, text) pairs"
                )
            _check_article(article)
            self.check_targets(article.targets, article.id or "article")
        read = [LineEndings(a.text) for a in articles]  # "\r\n" read as "\n", spans mapped back at the end
        raw = self.finder.predict([r.text for r in read])
        results = []
        for article, lines, quotes in zip(articles, read, raw, strict=True):
            text = lines.text
            attributions = build_attributions(text, quotes, doc=article.id)
            attributions = resolve_speakers(text, attributions, antecedents=self.antecedents)
            if run_ons == "own":
                attributions = split_run_ons(text, attributions)
            attributions = [
                replace(a, evidential=evidential_stance(a.cue.text if a.cue else None)) for a in attributions
            ]
            if self.stance is not None and attributions:
                passages = quote_passages(text, attributions)
                targets = _distinct(article.targets) or self.proposed_targets(text, passages)
                attributions = self.stance.add_stances(attributions, passages, targets)
            results.append([lines.attribution(a) for a in attributions])
        return results

    def check_targets(self, targets: Sequence[str], where: str = "targets") -> None:
        """InputError, naming ``where``, unless ``targets`` is a list or tuple of non-empty strings of valid Unicode
        that the stance model can read: a target longer than ``StanceClassifier.max_target_tokens`` is refused, not
        cut, since a stance toward part of it would be a stance toward something else."""
        for target in _targets(targets, where):  # None: no targets
            if not isinstance(target, str) or not target.strip():
                raise InputError(f"{where}: every target must be a non-empty string; got {list(targets)!r}")
            _check_unicode(target, f"{where}: target {target[:40]!r}")
            if self.stance is not None:
                self.stance.check_target(target, where)

    def predictor(self, run_ons: str) -> Callable[[list[Article]], list[list[Attribution]]]:
        """``process`` with a fixed run-on policy, for scoring against a corpus of that convention."""
        return lambda articles: self.process(articles, run_ons=run_ons)

    def proposed_targets(self, text: str, passages: Sequence[str]) -> list[str]:
        """The article's main topics, ranked against the passages that hold its quotes."""
        if not self.propose_targets or self.target_ranker is None:
            return []
        if self._proposer is None:
            self._proposer = TargetProposer(self.target_ranker)  # loads the base encoder: only when needed
        return self._proposer.propose(text, passages)

    def info(self) -> list[ModelInfo]:
        """The models in use, their versions and where they were loaded from."""
        import torch
        import transformers

        out = []
        for name, key, score in (
            ("extractor (LoRA adapters + heads)", "extractor", ("dev", "quote", "lenient", "f1")),
            ("stance (LoRA adapters + classifier)", "stance", ("dev", "vast", "macro_f1")),
            ("pronoun antecedents (scorer on the frozen encoder)", "antecedent", ("dev_accuracy",)),
        ):
            if key not in self.paths:
                out.append(ModelInfo(name, "(not loaded)", {}))
                continue
            meta = self.meta.get(key, {})
            value = meta
            for part in score:
                value = value.get(part, {}) if isinstance(value, dict) else {}
            details = {k: meta[k] for k in ("trained", "epoch") if k in meta}
            # The training script's own dev figure; eval/reports/ holds the pipeline's, with its rules.
            details["/".join(score) + " when trained"] = round(value, 3) if isinstance(value, float) else None
            out.append(ModelInfo(name, str(self.paths[key]), details))
        if self.target_ranker is not None and self.propose_targets:
            ranker_path = target_ranker_path()
            saved = json.loads(ranker_path.read_text(encoding="utf-8")) if ranker_path.is_file() else {}
            cv = saved.get("cross_validation_selected", {})
            recall = cv.get("recall")
            details = {
                "trained": saved.get("trained"),
                "cross-validated recall": None if recall is None else round(recall, 3),
            }
            out.append(ModelInfo("proposed stance targets (logistic ranker)", str(ranker_path), details))
        versions = {"torch": torch.__version__, "transformers": transformers.__version__}
        out.append(ModelInfo("base encoder all-MiniLM-L6-v2", str(base_model_path()), versions))
        out.append(ModelInfo("speaker resolution (rules + pronoun antecedents)", "quotes/speakers/", {}))
        return out


def _distinct(targets: Sequence[str]) -> list[str]:
    """``targets`` in their order without repeats (case and spacing ignored; the first spelling kept), so a target
    given twice is not classified twice."""
    seen: set[str] = set()
    out = []
    for target in targets:
        key = target_key(target)
        if key not in seen:
            seen.add(key)
            out.append(target)
    return out


def _targets(targets: Sequence[str] | None, doc: str) -> tuple[str, ...]:
    """``targets`` as a tuple; a bare string is refused, since it would be read as one target per character, and a
    set or dict, whose order (which decides the stance an Attribution unpacks to) is not the caller's."""
    if isinstance(targets, str):
        raise InputError(f"{doc or 'article'}: targets must be a list of strings, not one string; pass [{targets!r}]")
    if targets is not None and not isinstance(targets, (list, tuple)):
        raise InputError(
            f"{doc or 'article'}: targets must be a list or tuple of strings, not {type(targets).__name__}; pass "
            "list(...) in the order you want them"
        )
    return tuple(targets or ())


def _article(item: Article | tuple) -> Article:
    """An ``Article`` from ``pipe``'s input: an Article, ``(id, text)`` or ``(id, text, targets)``."""
    if isinstance(item, Article):
        return item
    if isinstance(item, tuple) and len(item) in (2, 3):
        doc, text, *rest = item
        doc = "" if doc is None else str(doc)  # as extract(doc=None) gives it
        return Article(id=doc, text=text, targets=_targets(rest[0] if rest else None, doc))
    raise InputError(
        f"pipe() got {type(item).__name__} {str(item)[:40]!r}: pass Article objects or (id, text) tuples; "
        "for plain texts use enumerate-style pairs, e.g. pipe(enumerate(texts))"
    )


def _check_article(article: Article) -> None:
    """InputError unless the article's id and text are a str and the text is valid Unicode (its targets are
    :meth:`Extractor.check_targets`'s)."""
    if not isinstance(article.id, str):
        raise InputError(
            f"article id {article.id!r}: must be a str, not {type(article.id).__name__}; pass str({article.id!r})"
        )
    name = article.id or "article"
    if not isinstance(article.text, str):
        raise InputError(f"{name}: text must be a str, not {type(article.text).__name__}; decode bytes as UTF-8 first")
    _check_unicode(article.text, f"{name}: text")


def _check_unicode(text: str, what: str) -> None:
    """InputError naming ``what`` and the offset of a lone surrogate in ``text``, which the tokenizer cannot take."""
    if surrogate := LONE_SURROGATE.search(text):
        raise InputError(
            f"{what} is not valid Unicode: a lone surrogate {surrogate.group()!r} at character {surrogate.start()}; "
            "fix how it was decoded (errors='surrogateescape' leaves them), or remove it"
        )


def load(
    path: str | Path | None = None,
    *,
    stance_path: str | Path | None = None,
    stance: bool = True,
    antecedent_path: str | Path | None = None,
    antecedents: bool = True,
    threads: int | None = None,
    int8: bool = False,
    run_ons: str = "own",
) -> Extractor:
    """Load the extractor, the pronoun antecedent scorer and the stance classifier, offline.

    ``path`` is the extractor folder (default ``<models>/extractor``), ``stance_path`` the stance
    folder (default ``<models>/stance``), ``antecedent_path`` the antecedent folder (default
    ``<models>/antecedent``); ``stance=False`` skips stance, ``antecedents=False`` leaves pronouns
    to the rules. ``threads`` caps torch's CPU threads. ``int8`` runs the encoders with 8-bit weights
    (faster; eval/reports/int8.md measures what it costs). ``run_ons`` is ``Extractor.run_ons``. Raises ModelError
    when a folder holds no model, InputError for an option of the wrong kind.
    """
    import torch

    _check_options(threads=threads, flags={"stance": stance, "antecedents": antecedents, "int8": int8})
    if threads:
        torch.set_num_threads(threads)
    paths = {"extractor": Path(path) if path else models_root() / "extractor"}
    if stance:
        paths["stance"] = Path(stance_path) if stance_path else models_root() / "stance"
    if antecedents:
        paths["antecedent"] = Path(antecedent_path) if antecedent_path else models_root() / "antecedent"
    for key, folder in paths.items():
        if not folder.is_dir():
            raise ModelError(
                f"{folder}: no {key} model folder; reinstall quotes (its models ship with it), set {MODELS_ENV} to a "
                "checkout's models/ folder, or pass the model path"
            )
    meta = {key: read_meta(folder, key) for key, folder in paths.items()}
    tokenizer = load_tokenizer()
    tokenizer.model_max_length = 10**9  # whole articles are tokenised, then windowed
    finder = QuoteFinder(for_inference(extractor_net.load(paths["extractor"]), int8=int8), tokenizer)
    classifier, ranker = None, None
    if stance:
        classifier = StanceClassifier(for_inference(stance_net.load(paths["stance"]), int8=int8), tokenizer)
        ranker = load_ranker(target_ranker_path())
    chooser = None
    if antecedents:
        chooser = AntecedentFinder(
            for_inference(antecedent.load(paths["antecedent"]), int8=int8),
            tokenizer,
            min_probability=ANTECEDENT_MIN_PROBABILITY,
        )
    return Extractor(
        finder, stance=classifier, antecedents=chooser, paths=paths, meta=meta, target_ranker=ranker, run_ons=run_ons
    )


def _check_options(*, threads: int | None, flags: dict[str, bool]) -> None:
    """InputError for a ``load`` option of the wrong kind: ``threads`` not a whole number of at least 1 (or None),
    a flag not True or False (``int8="yes"`` would otherwise count as true)."""
    if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int) or threads < 1):
        raise InputError(f"threads={threads!r}: give a whole number of CPU threads, at least 1, or None for torch's")
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise InputError(f"{name}={value!r}: give True or False")
