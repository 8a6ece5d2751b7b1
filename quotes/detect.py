"""Finding quotes: the extraction network run over overlapping windows, merged back into character spans.

``predict`` is pure: article texts in, raw quote spans (character offsets) out. Turning them
into ``Attribution`` objects (kinds, marks, speakers) is the pipeline's job.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from .extractor_net import LINKED_ROLES, ROLES, ExtractorNet
from .windows import DocTokens, batch_windows, tokenize, window_starts


@dataclass(frozen=True, slots=True)
class RawQuote:
    """One found quote: content pieces, cue and source as character ranges; ``confidence`` in 0..1."""

    pieces: tuple[tuple[int, int], ...]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    confidence: float


def decode_bio(tags: list[int], probs: list[float]) -> list[tuple[int, int, float]]:
    """Token spans ``(first, last, mean probability)`` from O/B/I tags; a stray I starts a span."""
    spans, start = [], None
    for i, tag in enumerate([*tags, 0]):
        if start is not None and tag != 2:
            spans.append((start, i, sum(probs[start:i]) / (i - start)))
            start = None
        if tag == 1 or (tag == 2 and start is None):
            start = i
    return spans


def owner_windows(n_tokens: int, starts: list[int], size: int) -> list[int]:
    """For each token, the window in which it lies farthest from an edge (the most context)."""
    owners = []
    w = 0
    for i in range(n_tokens):
        # Windows are sorted; move on while the next window centres this token better.
        while w + 1 < len(starts) and _margin(i, starts[w + 1], size) > _margin(i, starts[w], size):
            w += 1
        owners.append(w)
    return owners


def _margin(i: int, start: int, size: int) -> int:
    return min(i - start, start + size - 1 - i)


def _best_window(span: tuple[int, int], starts: list[int], size: int) -> int:
    """The window holding most of ``span`` and, among those, leaving it most context."""

    def key(w: int) -> tuple[int, int]:
        lo, hi = max(span[0], starts[w]), min(span[1], starts[w] + size)
        return (hi - lo, min(span[0] - starts[w], starts[w] + size - span[1]))

    return max(range(len(starts)), key=key)


class QuoteFinder:
    """Runs an ``ExtractorNet`` over articles; ``stride`` and ``batch_size`` count tokens and windows."""

    def __init__(self, net: ExtractorNet, tokenizer, *, stride: int = 128, batch_size: int = 16) -> None:
        self.net = net
        self.tokenizer = tokenizer
        self.size = net.config.encoder.max_length - 2
        self.stride = stride
        self.batch_size = batch_size

    @torch.inference_mode()
    def predict(self, texts: list[str]) -> list[list[RawQuote]]:
        """Raw quotes of each text, in text order."""
        return [self._predict_one(text) for text in texts]

    def _forward(self, doc: DocTokens, starts: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
        hiddens, probs = [], []
        for i in range(0, len(starts), self.batch_size):
            batch = batch_windows(self.tokenizer, doc, starts[i : i + self.batch_size], self.size)
            hidden, logits = self.net(**batch)
            hiddens.append(hidden[:, 1:-1])  # drop [CLS]; index t is the window's t-th token
            probs.append(logits[:, 1:-1].softmax(-1))
        return torch.cat(hiddens), torch.cat(probs)

    def _predict_one(self, text: str) -> list[RawQuote]:
        doc = tokenize(self.tokenizer, text)
        if len(doc) == 0:
            return []
        starts = window_starts(len(doc), self.size, self.stride)
        hidden, probs = self._forward(doc, starts)
        owners = owner_windows(len(doc), starts, self.size)
        merged = torch.stack([probs[w, i - starts[w]] for i, w in enumerate(owners)])  # [n, roles, tags]
        tags = merged.argmax(-1)
        spans = {}
        for r, role in enumerate(ROLES):
            role_tags = tags[:, r].tolist()
            inside = (1.0 - merged[:, r, 0]).tolist()
            spans[role] = decode_bio(role_tags, inside)
        return self._link(doc, starts, hidden, spans)

    def _link(self, doc: DocTokens, starts, hidden, spans) -> list[RawQuote]:
        by_anchor: dict[tuple, list] = {}
        for first, last, conf in spans["content"]:
            w = _best_window((first, last), starts, self.size)
            lo, hi = starts[w], starts[w] + self.size
            content = (max(first, lo) - lo, min(last, hi) - lo)
            chosen = {}
            for role in LINKED_ROLES:
                candidates = [(a, b) for a, b, _ in spans[role] if a >= lo and b <= hi]
                if not candidates:
                    chosen[role] = None
                    continue
                local = [(a - lo, b - lo) for a, b in candidates]
                best = int(self.net.link_scores(hidden[w], role, content, local).argmax())
                chosen[role] = candidates[best - 1] if best > 0 else None
            # Pieces that share a cue and source are one quote split around its attribution.
            anchor = (chosen["cue"], chosen["source"]) if chosen["cue"] else ("alone", first)
            by_anchor.setdefault(anchor, []).append(((first, last), conf, chosen))
        quotes = []
        for group in by_anchor.values():
            pieces = tuple(doc.char_range(*tok) for tok, _, _ in sorted(group))
            chosen = group[0][2]
            quotes.append(
                RawQuote(
                    pieces=pieces,
                    cue=doc.char_range(*chosen["cue"]) if chosen["cue"] else None,
                    source=doc.char_range(*chosen["source"]) if chosen["source"] else None,
                    confidence=min(conf for _, conf, _ in group),
                )
            )
        return sorted(quotes, key=lambda q: q.pieces[0])
