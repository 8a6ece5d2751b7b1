"""The speaker entity that resolution builds, ``Entity``: name, type, role and where it was mentioned."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..types import SpeakerType


@dataclass
class Entity:
    """A speaker being built: its canonical name, type, role and where it was mentioned."""

    name: str
    type: SpeakerType
    role: str | None = None
    head: str | None = None  # head noun of a described (anonymous or group) source
    introduced: bool = False  # named from its indefinite introduction ("a senior Pentagon official")
    writer: bool = False  # the article's author or a letter's signer: "I", never "he"
    positions: list[int] = field(default_factory=list)
    called: set[str] = field(default_factory=set)  # heads of the descriptions that meant it ("company")
