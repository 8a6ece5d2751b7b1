"""Tokenising an article once and cutting it into overlapping model windows.

Token indices never leave model code: everything here maps them back to character offsets
of the article text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import torch

from .encoder import token_shapes


@dataclass(frozen=True, slots=True)
class DocTokens:
    """An article's word pieces: ids, character offsets ``(start, end)`` and shape ids, without specials."""

    ids: list[int]
    offsets: list[tuple[int, int]]
    shapes: list[int]
    starts: list[int]  # character start of each token, for bisecting
    ends: list[int]

    def __len__(self) -> int:
        return len(self.ids)

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Half-open token range covering characters ``[start, end)``, or None if no token lies there."""
        first = bisect.bisect_right(self.ends, start)
        last = bisect.bisect_left(self.starts, end)
        return (first, last) if first < last else None

    def char_range(self, first: int, last: int) -> tuple[int, int]:
        """Characters ``[start, end)`` covered by tokens ``[first, last)``."""
        return self.offsets[first][0], self.offsets[last - 1][1]


def tokenize(tokenizer, text: str) -> DocTokens:
    """Word pieces of the whole article (no length limit: windows are cut afterwards)."""
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
    offsets = [tuple(o) for o in enc["offset_mapping"]]
    shapes = token_shapes(text, offsets, enc.word_ids())
    return DocTokens(list(enc["input_ids"]), offsets, shapes, [s for s, _ in offsets], [e for _, e in offsets])


def window_starts(n_tokens: int, size: int, stride: int) -> list[int]:
    """First token of each window of ``size`` tokens, ``stride`` apart, the last one flush with the end."""
    if n_tokens <= size:
        return [0]
    starts = list(range(0, n_tokens - size, stride))
    return [*starts, n_tokens - size]


def batch_windows(tokenizer, doc: DocTokens, starts: list[int], size: int) -> dict[str, torch.Tensor]:
    """Model inputs for windows of ``size`` content tokens, each wrapped in [CLS] … [SEP] and padded."""
    length = min(size, len(doc)) + 2
    ids = torch.full((len(starts), length), tokenizer.pad_token_id, dtype=torch.long)
    mask = torch.zeros((len(starts), length), dtype=torch.long)
    shapes = torch.zeros((len(starts), length), dtype=torch.long)
    for row, start in enumerate(starts):
        piece = doc.ids[start : start + size]
        n = len(piece)
        ids[row, : n + 2] = torch.tensor([tokenizer.cls_token_id, *piece, tokenizer.sep_token_id])
        mask[row, : n + 2] = 1
        shapes[row, 1 : n + 1] = torch.tensor(doc.shapes[start : start + n])
    return {"input_ids": ids, "attention_mask": mask, "shape_ids": shapes}
