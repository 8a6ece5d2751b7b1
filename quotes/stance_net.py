"""The stance network: (target, text) pair → favor / against / neutral, with a calibration temperature."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from torch import nn

from .encoder import Encoder, EncoderConfig, token_shapes
from .types import STANCE_LABELS
from .weights import CONFIG_FILE, WEIGHTS_FILE, load_trained, read_meta, save_trained

__all__ = [
    "CONFIG_FILE",
    "MARK_CLOSE",
    "MARK_OPEN",
    "speaker_first",
    "WEIGHTS_FILE",
    "StanceConfig",
    "StanceNet",
    "encode_pairs",
    "load",
    "save",
]

# A target mention inside the text is marked so that the model knows whom a sentence is about.
MARK_OPEN, MARK_CLOSE = "<<", ">>"
_MARKED = re.compile(re.escape(MARK_OPEN) + "(.*?)" + re.escape(MARK_CLOSE), re.DOTALL)


def speaker_first(speaker: str, passage: str) -> str:
    """A passage as the classifier reads a quote's: its speaker's name first, in parentheses ("(Ann Smith) She …")."""
    return f"({speaker}) {passage}"


@dataclass
class StanceConfig:
    """Everything needed to rebuild the network; ``label_bias`` is added to the logits and
    ``temperature`` then divides them (both fitted on dev). ``target_pooling`` adds a second linear head
    over the mean of the target's own token vectors (its segment and its marked mentions in the text)."""

    encoder: EncoderConfig = field(default_factory=lambda: EncoderConfig(max_length=192))
    temperature: float = 1.0
    label_bias: list[float] = field(default_factory=lambda: [0.0] * len(STANCE_LABELS))  # added to logits
    target_pooling: bool = False

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> StanceConfig:
        bias = d.get("label_bias", [0.0] * len(STANCE_LABELS))
        return cls(
            encoder=EncoderConfig(**d["encoder"]),
            temperature=d["temperature"],
            label_bias=bias,
            target_pooling=d.get("target_pooling", False),
        )


def _mean(hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    mask = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)


class StanceNet(nn.Module):
    """Encoder plus a classifier over the mean of the pair's token vectors (and, with ``target_pooling``,
    one over the mean of the target's tokens, read in the context of the text)."""

    def __init__(self, config: StanceConfig) -> None:
        super().__init__()
        self.config = config
        self.encoder = Encoder(config.encoder)
        self.classifier = self._head()
        if config.target_pooling:
            self.target_classifier = self._head()
            # Starts at zero: a model continued into this head first predicts exactly what it did.
            nn.init.zeros_(self.target_classifier[1].weight)
            nn.init.zeros_(self.target_classifier[1].bias)

    def _head(self) -> nn.Sequential:
        return nn.Sequential(nn.Dropout(0.1), nn.Linear(self.encoder.hidden_size, len(STANCE_LABELS)))

    def forward(self, input_ids, attention_mask, shape_ids, target_mask=None, token_type_ids=None) -> torch.Tensor:
        """Logits [B, labels] before temperature."""
        hidden = self.encoder(input_ids, attention_mask, shape_ids)
        logits = self.classifier(_mean(hidden, attention_mask))
        if self.config.target_pooling:
            if target_mask is None:
                raise ValueError("this stance model has a target head: pass the target_mask from encode_pairs")
            logits = logits + self.target_classifier(_mean(hidden, target_mask))
        return logits


def encode_pairs(tokenizer, pairs: list[tuple[str, str]], max_length: int) -> dict[str, torch.Tensor]:
    """Model inputs for ``(target, text)`` pairs: the text is truncated, never the target."""
    enc = tokenizer(
        [t for t, _ in pairs],
        [x for _, x in pairs],
        truncation="only_second",
        max_length=max_length,
        padding=True,
        return_offsets_mapping=True,
        return_tensors="pt",
    )
    shapes = torch.zeros_like(enc["input_ids"])
    target_mask = torch.zeros_like(enc["input_ids"])
    for row, (target, text) in enumerate(pairs):
        seq = enc.sequence_ids(row)
        offsets = enc["offset_mapping"][row].tolist()
        words = enc.word_ids(row)
        for which, source in ((0, target), (1, text)):
            idx = [i for i, s in enumerate(seq) if s == which]
            if idx:
                got = token_shapes(source, [tuple(offsets[i]) for i in idx], [words[i] for i in idx])
                shapes[row, idx] = torch.tensor(got)
            if which == 0:
                target_mask[row, idx] = 1
            else:  # the target's marked mentions in the text ("Critics blasted << Smith >>")
                for m in _MARKED.finditer(text):
                    inside = [i for i in idx if m.start(1) <= offsets[i][0] and offsets[i][1] <= m.end(1)]
                    target_mask[row, inside] = 1
    return {
        "input_ids": enc["input_ids"],
        "attention_mask": enc["attention_mask"],
        "shape_ids": shapes,
        "target_mask": target_mask,
    }


def save(net: StanceNet, folder: Path, *, meta: dict | None = None) -> None:
    """Write the trained weights (fp16) and the config, temperature included."""
    save_trained(net, folder, config=net.config.to_dict(), meta=meta)


def load(folder: Path) -> StanceNet:
    """Rebuild the stance network from ``folder``, in eval mode."""
    config = StanceConfig.from_dict(read_meta(folder, "stance")["config"])
    return load_trained(StanceNet(config), folder)
