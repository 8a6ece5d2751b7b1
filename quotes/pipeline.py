"""The Extractor: loads the models once and runs read → detect → attribute → resolve → stance."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import extractor_net
from .attribute import build_attributions
from .detect import QuoteFinder
from .encoder import base_model_path, load_tokenizer
from .errors import ModelError
from .speakers import resolve_speakers
from .types import Article, Attribution

MODEL_ENV = "QUOTES_MODEL_DIR"
_REPO_MODELS = Path(__file__).resolve().parent.parent / "models"


def default_model_dir() -> Path:
    """Where the shipped extractor lives: ``$QUOTES_MODEL_DIR``, else ``models/extractor`` of the checkout."""
    if env := os.environ.get(MODEL_ENV):
        return Path(env)
    return _REPO_MODELS / "extractor"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What ``quotes info`` prints about one model."""

    name: str
    path: str
    details: dict


class Extractor:
    """Finds quotes, their cues and speakers in article texts. Build it with :func:`load`."""

    def __init__(self, finder: QuoteFinder, *, model_dir: Path, meta: dict | None = None) -> None:
        self.finder = finder
        self.model_dir = model_dir
        self.meta = meta or {}

    def __call__(self, text: str, targets: Sequence[str] | None = None, *, doc: str = "") -> list[Attribution]:
        """The attributions of one article text, in text order (offsets index ``text``)."""
        return self.process([Article(id=doc, text=text, targets=tuple(targets or ()))])[0]

    def pipe(
        self, articles: Iterable[Article | tuple[str, str]], *, batch_size: int = 8
    ) -> Iterator[tuple[Article, list[Attribution]]]:
        """Each article with its attributions, in input order; plain ``(id, text)`` pairs are accepted."""
        batch: list[Article] = []
        for item in articles:
            batch.append(item if isinstance(item, Article) else Article(id=item[0], text=item[1]))
            if len(batch) >= batch_size:
                yield from zip(batch, self.process(batch), strict=True)
                batch = []
        if batch:
            yield from zip(batch, self.process(batch), strict=True)

    def process(self, articles: Sequence[Article]) -> list[list[Attribution]]:
        """Attributions for a batch of articles."""
        raw = self.finder.predict([a.text for a in articles])
        results = []
        for article, quotes in zip(articles, raw, strict=True):
            attributions = build_attributions(article.text, quotes, doc=article.id)
            results.append(resolve_speakers(article.text, attributions))
        return results

    def info(self) -> list[ModelInfo]:
        """The models in use, their versions and where they were loaded from."""
        import torch
        import transformers

        details = {k: self.meta[k] for k in ("trained", "epoch") if k in self.meta}
        details["dev_quote_f1_lenient"] = self.meta.get("dev", {}).get("quote", {}).get("lenient", {}).get("f1")
        return [
            ModelInfo("extractor (LoRA adapters + heads)", str(self.model_dir), details),
            ModelInfo(
                "base encoder all-MiniLM-L6-v2",
                str(base_model_path()),
                {"torch": torch.__version__, "transformers": transformers.__version__},
            ),
            ModelInfo("speaker resolution (rules)", "quotes/speakers.py", {}),
        ]


def load(path: str | Path | None = None, *, threads: int | None = None) -> Extractor:
    """Load the extractor from ``path`` (default: :func:`default_model_dir`), offline.

    ``threads`` caps torch's CPU threads. Raises ModelError when the folder holds no model.
    """
    import json

    import torch

    if threads:
        torch.set_num_threads(threads)
    model_dir = Path(path) if path else default_model_dir()
    if not model_dir.is_dir():
        raise ModelError(
            f"{model_dir}: no model folder; run from a checkout of quotes, set {MODEL_ENV}, or pass the model path"
        )
    net = extractor_net.load(model_dir)
    meta = json.loads((model_dir / extractor_net.CONFIG_FILE).read_text())
    tokenizer = load_tokenizer()
    tokenizer.model_max_length = 10**9  # whole articles are tokenised, then windowed
    return Extractor(QuoteFinder(net, tokenizer), model_dir=model_dir, meta=meta)
