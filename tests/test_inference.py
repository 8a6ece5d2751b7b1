"""Tests for quotes.encoder.for_inference: merged adapters compute what the adapters did; int8 runs close to it."""

from __future__ import annotations

import pytest
import torch
from torch import nn

import quotes
from quotes import stance_net
from quotes.encoder import LoRALinear, for_inference, load_tokenizer
from quotes.errors import ModelError
from quotes.stance_net import encode_pairs

PAIRS = [("the plan", "The minister said the plan would fail."), ("Smith", "Smith praised the volunteers.")]


def _with_random_adapters(net: nn.Module, seed: int = 0) -> nn.Module:
    """Adapters start at zero (B = 0), which would make merging trivially right: fill them with noise."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        for module in net.modules():
            if isinstance(module, LoRALinear):
                nn.init.normal_(module.lora_b, std=0.05)
    return net


def test_merged_linear_equals_the_adapted_one():
    torch.manual_seed(0)
    lora = _with_random_adapters(LoRALinear(nn.Linear(6, 4), rank=2, alpha=4.0))
    x = torch.randn(3, 6)
    assert torch.allclose(lora.merged()(x), lora(x), atol=1e-6)


def _logits(net, tokenizer) -> torch.Tensor:
    with torch.inference_mode():
        return net(**encode_pairs(tokenizer, PAIRS, 64))


def test_for_inference_keeps_the_stance_logits(tiny_stance_dir):
    tokenizer = load_tokenizer()
    before = _logits(_with_random_adapters(stance_net.load(tiny_stance_dir)), tokenizer)
    net = for_inference(_with_random_adapters(stance_net.load(tiny_stance_dir)))
    assert not any(isinstance(m, LoRALinear) for m in net.modules())
    assert torch.allclose(_logits(net, tokenizer), before, atol=1e-5)


def test_int8_quantises_the_encoder_and_stays_close(tiny_stance_dir):
    tokenizer = load_tokenizer()
    before = _logits(_with_random_adapters(stance_net.load(tiny_stance_dir)), tokenizer)
    net = for_inference(_with_random_adapters(stance_net.load(tiny_stance_dir)), int8=True)
    kinds = {name: type(m) for name, m in net.encoder.bert.named_modules() if type(m).__name__ == "Linear"}
    feed_forward_out = {name for name in kinds if name.endswith(".output.dense") and ".attention." not in name}
    assert feed_forward_out and len(feed_forward_out) < len(kinds)
    for name, kind in kinds.items():  # all 8-bit but the feed-forward output projections (their inputs have outliers)
        assert kind.__module__.startswith("torch.ao.nn.quantized.dynamic") == (name not in feed_forward_out), name
    assert isinstance(net.classifier[1], nn.Linear)  # the head stays fp32
    after = _logits(net, tokenizer)
    assert (after - before).abs().max() < 0.1 * before.abs().max()


def test_int8_pipeline_keeps_offsets(tiny_model_dir, tiny_stance_dir):
    extractor = quotes.load(tiny_model_dir, stance_path=tiny_stance_dir, antecedents=False, int8=True)
    text = '"We will not waver," Defense Secretary Lloyd Austin said on Tuesday. Officials said talks had stalled.'
    [found] = extractor.process([quotes.Article("a", text, targets=("the talks",))])
    for a in found:
        assert text[a.quote.start : a.quote.end] == a.quote.text
        assert [s.target for s in a.stances] == ["the talks"]


def test_a_model_made_ready_for_inference_cannot_be_saved(tiny_stance_dir, tmp_path):
    net = for_inference(stance_net.load(tiny_stance_dir))
    with pytest.raises(ModelError, match="cannot save"):
        stance_net.save(net, tmp_path / "copy")
    assert not (tmp_path / "copy").exists()


def test_pieces_paragraphs_apart_are_separate_quotes():
    from quotes.detect import RawQuote, split_distant_pieces

    text = "“One,” she said. “Two.”\n“Three,” it went on.\n\nA later paragraph.\nAnd “four” here."
    pieces = tuple((text.index(w), text.index(w) + len(w)) for w in ("One", "Two.", "Three", "four"))
    quote = RawQuote(pieces=pieces, cue=(17, 21), source=(13, 16), confidence=0.9)
    assert [q.pieces for q in split_distant_pieces(text, quote)] == [pieces[:3], pieces[3:]]
    assert all(q.cue == quote.cue and q.source == quote.source for q in split_distant_pieces(text, quote))
