"""Command-line flags from a settings dataclass: one flag per field, its help from the field's metadata."""

from __future__ import annotations

import argparse
from dataclasses import MISSING, fields
from pathlib import Path

_TYPES = {"Path": Path, "int": int, "float": float, "str": str}


def parse_config(cls, argv: list[str] | None = None, *, description: str | None = None):
    """An instance of dataclass ``cls`` from ``argv``; fields without a default become required flags."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    for f in fields(cls):
        flag = "--" + f.name.replace("_", "-")
        type_name = f.type if isinstance(f.type, str) else f.type.__name__
        type_name = type_name.removesuffix(" | None")  # optional: the flag may be left out
        if type_name == "bool":
            parser.add_argument(flag, action="store_true", help=f.metadata["help"])
            continue
        required = f.default is MISSING
        default = None if required else f.default
        parser.add_argument(flag, type=_TYPES[type_name], required=required, default=default, help=f.metadata["help"])
    return cls(**vars(parser.parse_args(argv)))
