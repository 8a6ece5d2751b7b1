"""The extraction network: BIO tags for content, cue and source, and a linker from content to cue and source.

Three independent tag layers let a source or cue sit inside another attribution's content
(nested reporting). The linker scores, for one content span, every candidate cue (or source)
span in the same window against a learned "none" score.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from torch import nn

from .encoder import Encoder, EncoderConfig
from .weights import CONFIG_FILE, WEIGHTS_FILE, load_trained, read_meta, save_trained

ROLES = ("content", "cue", "source")
TAGS = ("O", "B", "I")
LINKED_ROLES = ("cue", "source")
__all__ = ["CONFIG_FILE", "WEIGHTS_FILE", "ExtractorConfig", "ExtractorNet", "load", "save"]
_DISTANCE_BUCKETS = (0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128)


@dataclass
class ExtractorConfig:
    """Everything needed to rebuild the network before loading its weights."""

    encoder: EncoderConfig = field(default_factory=EncoderConfig)
    span_dim: int = 128
    distance_dim: int = 16

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> ExtractorConfig:
        return cls(encoder=EncoderConfig(**d["encoder"]), span_dim=d["span_dim"], distance_dim=d["distance_dim"])


def distance_bucket(distance: int) -> int:
    """Bucket id of a signed token distance: negative before the content, positive after."""
    size = next((i for i, b in enumerate(_DISTANCE_BUCKETS) if abs(distance) <= b), len(_DISTANCE_BUCKETS))
    if distance < 0:
        return len(_DISTANCE_BUCKETS) + 1 + size
    return size


def signed_distance(content: tuple[int, int], other: tuple[int, int]) -> int:
    """Tokens from a content span to another span (half-open token ranges); 0 when they overlap."""
    if other[1] <= content[0]:
        return -(content[0] - other[1] + 1)
    if other[0] >= content[1]:
        return other[0] - content[1] + 1
    return 0


class Linker(nn.Module):
    """Scores candidate spans of one role for a content span; index 0 is "none"."""

    def __init__(self, span_dim: int, distance_dim: int) -> None:
        super().__init__()
        self.distance = nn.Embedding(2 * len(_DISTANCE_BUCKETS) + 3, distance_dim)
        self.pair = nn.Sequential(nn.Linear(3 * span_dim + distance_dim, span_dim), nn.GELU(), nn.Linear(span_dim, 1))
        self.none = nn.Linear(span_dim, 1)

    def forward(self, content: torch.Tensor, candidates: torch.Tensor, buckets: torch.Tensor) -> torch.Tensor:
        """``content`` [D], ``candidates`` [N, D], ``buckets`` [N] → scores [N + 1] (none first)."""
        c = content.expand_as(candidates)
        pair = torch.cat([c, candidates, c * candidates, self.distance(buckets)], dim=-1)
        return torch.cat([self.none(content), self.pair(pair).squeeze(-1)])


class ExtractorNet(nn.Module):
    """Encoder, tag head and linkers."""

    def __init__(self, config: ExtractorConfig) -> None:
        super().__init__()
        self.config = config
        self.encoder = Encoder(config.encoder)
        hidden = self.encoder.hidden_size
        self.tagger = nn.Linear(hidden, len(ROLES) * len(TAGS))
        self.span = nn.Sequential(nn.Linear(2 * hidden, config.span_dim), nn.GELU())
        self.linkers = nn.ModuleDict({role: Linker(config.span_dim, config.distance_dim) for role in LINKED_ROLES})

    def forward(self, input_ids, attention_mask, shape_ids) -> tuple[torch.Tensor, torch.Tensor]:
        """Hidden states [B, T, H] and tag logits [B, T, roles, tags]."""
        hidden = self.encoder(input_ids, attention_mask, shape_ids)
        logits = self.tagger(hidden).view(*hidden.shape[:2], len(ROLES), len(TAGS))
        return hidden, logits

    def span_vectors(self, hidden: torch.Tensor, spans: list[tuple[int, int]]) -> torch.Tensor:
        """Vectors [N, span_dim] of half-open token ranges of one window's ``hidden`` [T, H]."""
        starts = torch.tensor([s for s, _ in spans], dtype=torch.long)
        ends = torch.tensor([e - 1 for _, e in spans], dtype=torch.long)
        return self.span(torch.cat([hidden[starts], hidden[ends]], dim=-1))

    def link_scores(
        self, hidden: torch.Tensor, role: str, content: tuple[int, int], candidates: list[tuple[int, int]]
    ) -> torch.Tensor:
        """Scores [len(candidates) + 1] linking ``content`` to each candidate of ``role`` (0 = none)."""
        vectors = self.span_vectors(hidden, [content, *candidates])
        buckets = torch.tensor([distance_bucket(signed_distance(content, c)) for c in candidates], dtype=torch.long)
        return self.linkers[role](vectors[0], vectors[1:], buckets)


def save(net: ExtractorNet, folder: Path, *, meta: dict | None = None) -> None:
    """Write the trained (not the frozen base) weights in fp16 and the config."""
    save_trained(net, folder, config=net.config.to_dict(), meta=meta)


def load(folder: Path) -> ExtractorNet:
    """Rebuild the network from ``folder`` (base weights from the encoder package), in eval mode."""
    config = ExtractorConfig.from_dict(read_meta(folder, "extractor")["config"])
    return load_trained(ExtractorNet(config), folder)
