"""Shared fixtures: a tiny random extractor (and stance model) built from a config, so nothing is downloaded.

A random tiny model finds arbitrary spans: tests that use it check structure and invariants, never what it finds.
"""

from __future__ import annotations

import pytest
import torch

import quotes
from quotes import antecedent, extractor_net, stance_net
from quotes.antecedent import AntecedentConfig, AntecedentNet
from quotes.encoder import EncoderConfig
from quotes.extractor_net import ExtractorConfig, ExtractorNet
from quotes.stance_net import StanceConfig, StanceNet

# One thread: the tiny model's many small ops only lose to thread contention on a busy 2-core machine.
torch.set_num_threads(1)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    """A saved tiny extractor (adapter.safetensors + config.json), the same on every run."""
    folder = tmp_path_factory.mktemp("tiny-extractor")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(3)  # a seed whose random model finds cues, speakers and split quotes in test texts
        net = ExtractorNet(ExtractorConfig(encoder=EncoderConfig(tiny=True)))
    extractor_net.save(net, folder, meta={"trained": "never (tiny test model)"})
    return folder


@pytest.fixture(scope="session")
def tiny_stance_dir(tmp_path_factory):
    """A saved tiny stance model, for the stance stage and ``quotes info``."""
    folder = tmp_path_factory.mktemp("tiny-stance")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(1)
        net = StanceNet(StanceConfig(encoder=EncoderConfig(tiny=True, max_length=64)))
    stance_net.save(net, folder)
    return folder


@pytest.fixture(scope="session")
def tiny_antecedent_dir(tmp_path_factory):
    """A saved tiny pronoun antecedent scorer."""
    folder = tmp_path_factory.mktemp("tiny-antecedent")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(2)
        net = AntecedentNet(AntecedentConfig(encoder=EncoderConfig(lora_rank=0, use_shapes=False, tiny=True)))
    antecedent.save(net, folder)
    return folder


@pytest.fixture(scope="session")
def tiny_extractor(tiny_model_dir):
    """The tiny extractor loaded as users load one; without stance and antecedent models (tiny tests use no
    pretrained weights beyond the tokenizer)."""
    return quotes.load(tiny_model_dir, stance=False, antecedents=False)
