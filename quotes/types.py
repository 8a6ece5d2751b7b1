"""The result types: spans, speakers, stances, quotes and attributions (stdlib only).

Every offset is a character offset: a Python ``str`` index into the article text
exactly as read (UTF-8, newlines untouched), so ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "anonymous", "group", "unknown"]
StanceLabel = Literal["favor", "against", "neutral"]
Gender = Literal["female", "male"]
GenderBasis = Literal["text", "first name"]  # the article's words said it, or only the first name's usual sex

QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "indirect", "mixed")
SPEAKER_TYPES: tuple[SpeakerType, ...] = ("person", "organization", "anonymous", "group", "unknown")
STANCE_LABELS: tuple[StanceLabel, ...] = ("favor", "against", "neutral")
GENDERS: tuple[Gender, ...] = ("female", "male")
GENDER_BASES: tuple[GenderBasis, ...] = ("text", "first name")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article: ``text == article[start:end]`` (character offsets)."""

    text: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text has {len(self.text)} characters, offsets {self.start}..{self.end} do not")

    @classmethod
    def of(cls, article: str, start: int, end: int) -> Span:
        """The span of ``article[start:end]``."""
        return cls(article[start:end], start, end)

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Quote(Span):
    """What was said: one span from the first to the last part.

    A direct quote's span excludes its enclosing quotation marks. A quote interrupted by
    its attribution ("“A,” he said, “B.”") has several ``parts``; the span covers them all,
    interruption included, and ``parts`` holds the pieces themselves.
    """

    kind: QuoteKind = "indirect"
    parts: tuple[Span, ...] = ()

    def pieces(self) -> tuple[Span, ...]:
        """The parts, or the whole span when the quote is not interrupted."""
        return self.parts or (Span(self.text, self.start, self.end),)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it: a canonical name for one person, group or source of the article.

    ``mention`` is the expression naming the speaker at this quote ("he"), ``role`` a title
    kept apart from the name ("Defense Secretary"), ``id`` stable within one article. A person's
    ``gender`` comes with ``gender_from``, what decided it: the article's words or the first name.
    """

    name: str
    type: SpeakerType = "unknown"
    mention: Span | None = None
    id: str | None = None
    role: str | None = None
    gender: Gender | None = None
    gender_from: GenderBasis | None = None

    @classmethod
    def surface(cls, mention: Span | None) -> Speaker | None:
        """The unresolved speaker a mention gives (named by its own words), or None without one."""
        return cls(mention.text, mention=mention) if mention else None


@dataclass(frozen=True, slots=True)
class Stance:
    """Where a quote stands toward ``target``; ``score`` is the label's probability (0..1)."""

    target: str
    label: StanceLabel
    score: float


@dataclass(frozen=True, slots=True)
class Attribution:
    """One quote with its cue, speaker and stances; unpacks as ``speaker, quote, stance``.

    ``stance`` in the unpacking is the first stance (or None); all of them are in ``stances``.
    ``confidence`` (0..1) is, over the quote's pieces, the lowest mean probability the extractor gives their
    tokens of being content: a ranking score (higher is more often right), not a calibrated probability.
    """

    quote: Quote
    cue: Span | None = None
    speaker: Speaker | None = None
    stances: tuple[Stance, ...] = ()
    confidence: float = 1.0
    doc: str = ""
    evidential: str | None = None  # what the cue says of the claim: "neutral" (said), "distancing" (claimed)…
    optional: bool = False  # gold only: neither rewarded nor penalised when scoring

    @property
    def stance(self) -> Stance | None:
        """The stance toward the first target, or None without targets or a stance model."""
        return self.stances[0] if self.stances else None

    def __iter__(self) -> Iterator:
        return iter((self.speaker, self.quote, self.stance))


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read: ``id`` names it in the output, ``text`` is what offsets index."""

    id: str
    text: str
    title: str | None = None
    targets: tuple[str, ...] = ()
