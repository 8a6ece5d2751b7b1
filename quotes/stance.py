"""Stance of each quote toward each target, the evidential stance of its cue, and proposed targets.

``StanceClassifier.predict`` is pure: (target, passage) pairs in, (label, probability) out.
The passage of a quote is the sentence or sentences that hold it, so that "far too high"
is read with what was far too high.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import torch

from .stance_net import StanceNet, encode_pairs
from .text import sentence_bounds, sentence_starts
from .types import STANCE_LABELS, Attribution, Stance

# What a reporting verb says of the claim it introduces (the journalist's "stated versus claimed").
EVIDENTIAL_CUES: dict[str, tuple[str, ...]] = {
    "neutral": ("said", "says", "say", "told", "tells", "added", "adds", "according to", "stated", "noted", "wrote",
                "described", "explained", "reported", "announced", "asked", "replied", "spoke", "statement"),
    "distancing": ("claimed", "claims", "alleged", "alleges", "purported", "asserted", "asserts", "contended",
                   "maintained", "suggested"),
    "conceding": ("acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes", "confessed",
                  "allowed", "granted"),
    "emphatic": ("insisted", "insists", "stressed", "emphasized", "emphasised", "emphasizes", "declared",
                 "vowed", "pledged", "reiterated", "repeated", "affirmed"),
    "warning": ("warned", "warns", "cautioned"),
    "accusing": ("accused", "accuses", "blamed", "charged", "criticized", "criticised", "condemned", "slammed"),
    "denying": ("denied", "denies", "rejected", "disputed", "dismissed"),
    "believing": ("believes", "believed", "thinks", "thought", "expects", "expected", "hopes", "hoped", "fears",
                  "feared", "wants", "wanted"),
}  # fmt: skip
_CUE_WORD = {word: kind for kind, words in EVIDENTIAL_CUES.items() for word in words}


def evidential_stance(cue_text: str | None) -> str | None:
    """The evidential category of a cue ("claimed" → distancing), or None when no word of it is known."""
    if not cue_text:
        return None
    lowered = cue_text.lower()
    if "according to" in lowered:
        return "neutral"
    for word in re.findall(r"[a-z]+", lowered):
        if word in _CUE_WORD:
            return _CUE_WORD[word]
    return None


def quote_passage(text: str, a: Attribution, *, max_chars: int = 600, starts: list[int] | None = None) -> str:
    """The sentence(s) holding quote ``a``, cut to ``max_chars`` around the quote.

    ``starts`` are ``sentence_starts(text)``, passed in to avoid rescanning the article per quote.
    """
    start, end = sentence_bounds(text, a.quote.start, a.quote.end, starts=starts)
    if end - start > max_chars:
        start = max(start, a.quote.start - 100)
        end = min(end, start + max_chars)
    return text[start:end].strip()


def quote_passages(text: str, attributions: Sequence[Attribution]) -> list[str]:
    """The passage of each quote (see :func:`quote_passage`), scanning the article's sentences once."""
    starts = sentence_starts(text)
    return [quote_passage(text, a, starts=starts) for a in attributions]


class StanceClassifier:
    """Runs a ``StanceNet``: logits plus the per-label bias, then temperature-scaled (both fitted on dev)."""

    def __init__(self, net: StanceNet, tokenizer, *, batch_size: int = 32) -> None:
        self.net = net
        self.tokenizer = tokenizer
        self.batch_size = batch_size
        self.bias = torch.tensor(net.config.label_bias)

    @torch.inference_mode()
    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, float]]:
        """``(label, probability)`` for each ``(target, passage)`` pair."""
        # Quotes of one sentence share a passage, so each distinct pair is classified once; batches of
        # similar length waste little on padding (about a third less time on news articles).
        distinct = sorted(set(pairs), key=lambda pair: len(pair[0]) + len(pair[1]))
        found: dict[tuple[str, str], tuple[str, float]] = {}
        max_length = self.net.config.encoder.max_length
        for i in range(0, len(distinct), self.batch_size):
            batch = distinct[i : i + self.batch_size]
            logits = self.net(**encode_pairs(self.tokenizer, batch, max_length)) + self.bias
            probs = (logits / self.net.config.temperature).softmax(-1)
            for pair, row in zip(batch, probs, strict=True):
                best = int(row.argmax())
                found[pair] = (STANCE_LABELS[best], round(float(row[best]), 4))
        return [found[pair] for pair in pairs]

    def add_stances(
        self, attributions: list[Attribution], passages: Sequence[str], targets: Sequence[str]
    ) -> list[Attribution]:
        """The attributions with one stance per target, read from their ``passages``; each cue's evidential stance."""
        pairs = [(target, passage) for passage in passages for target in targets]
        labels = iter(self.predict(pairs))
        out = []
        for a in attributions:
            stances = tuple(Stance(target, *next(labels)) for target in targets)
            out.append(replace(a, stances=stances, evidential=evidential_stance(a.cue.text if a.cue else None)))
        return out
