"""Stance of each quote toward each target.

``StanceClassifier.predict`` is pure: (target, passage) pairs in, (label, probability) out.
The passage of a quote is the sentence or sentences that hold it, so that "far too high"
is read with what was far too high.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import torch

from .errors import InputError
from .names import NATIONALITIES, STATE_ALIASES
from .stance_net import StanceNet, encode_pairs, speaker_first
from .text import sentence_bounds, sentence_starts
from .types import STANCE_LABELS, Attribution, Stance


def quote_passage(text: str, a: Attribution, *, max_chars: int = 600, starts: list[int] | None = None) -> str:
    """The sentence(s) holding quote ``a``, cut to ``max_chars`` around the quote.

    ``starts`` are ``sentence_starts(text)``, passed in to avoid rescanning the article per quote.
    """
    start, end = sentence_bounds(text, a.quote.start, a.quote.end, starts=starts)
    if end - start > max_chars:
        start = max(start, a.quote.start - 100)
        end = min(end, start + max_chars)
    return text[start:end].strip()


def quote_passages(text: str, attributions: Sequence[Attribution]) -> list[str]:
    """The passage of each quote (see :func:`quote_passage`), scanning the article's sentences once."""
    starts = sentence_starts(text)
    return [quote_passage(text, a, starts=starts) for a in attributions]


_AGAINST = STANCE_LABELS.index("against")


def _best(row: torch.Tensor) -> tuple[str, float]:
    best = int(row.argmax())
    return STANCE_LABELS[best], round(float(row[best]), 4)


class StanceClassifier:
    """Runs a ``StanceNet``: logits plus the per-label bias, then temperature-scaled (both fitted on dev)."""

    def __init__(self, net: StanceNet, tokenizer, *, batch_size: int = 32) -> None:
        self.net = net
        self.tokenizer = tokenizer
        self.batch_size = batch_size
        self.bias = torch.tensor(net.config.label_bias)

    @torch.inference_mode()
    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> torch.Tensor:
        """Calibrated probabilities over ``STANCE_LABELS`` for each ``(target, passage)`` pair, [pairs, labels]."""
        # Quotes of one sentence share a passage, so each distinct pair is classified once; batches of
        # similar length waste little on padding (about a third less time on news articles).
        distinct = sorted(set(pairs), key=lambda pair: len(pair[0]) + len(pair[1]))
        found: dict[tuple[str, str], torch.Tensor] = {}
        max_length = self.net.config.encoder.max_length
        for i in range(0, len(distinct), self.batch_size):
            batch = distinct[i : i + self.batch_size]
            logits = self.net(**encode_pairs(self.tokenizer, batch, max_length)) + self.bias
            found.update(zip(batch, (logits / self.net.config.temperature).softmax(-1), strict=True))
        if not pairs:
            return torch.empty(0, len(STANCE_LABELS))
        return torch.stack([found[pair] for pair in pairs])

    @property
    def max_target_tokens(self) -> int:
        """The longest target read, in tokens: half the model's input, so that the quote's passage has the rest."""
        return self.net.config.encoder.max_length // 2

    def check_target(self, target: str, where: str) -> None:
        """InputError, naming ``where``, when ``target`` is longer than :attr:`max_target_tokens` (it is refused,
        not cut: a stance toward part of a target is a stance toward something else)."""
        tokens, limit = len(self.tokenizer.tokenize(target)), self.max_target_tokens
        if tokens > limit:
            shown = target if len(target) <= 40 else target[:37] + "..."
            raise InputError(
                f"{where}: target {shown!r} is {tokens} tokens, over the {limit} a stance target may have (about "
                f"{limit * 2 // 3} words); shorten it to the words naming what the stance is toward"
            )

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, float]]:
        """``(label, probability)`` for each ``(target, passage)`` pair."""
        return [_best(row) for row in self.probabilities(pairs)]

    def add_stances(
        self, attributions: list[Attribution], passages: Sequence[str], targets: Sequence[str]
    ) -> list[Attribution]:
        """The attributions with one stance per target, read from their ``passages``.

        Each passage is read with its speaker named (``with_speaker``). A speaker who is the target or speaks
        for it is not against it (see ``speaks_for``): in the 192 annotated PolNeAR train articles 13 of 1,280
        such quote-target pairs are *against*, while the model, reading only the passage, said *against* for 244.
        """
        read = [with_speaker(a, passage) for a, passage in zip(attributions, passages, strict=True)]
        pairs = [(target, passage) for passage in read for target in targets]
        rows = iter(self.probabilities(pairs))
        out = []
        for a in attributions:
            stances = []
            for target in targets:
                row = next(rows)
                if name := speaker_name(a):  # as selection reads it: an unplaced description speaks for no one
                    row = not_against_itself(row, name, target, a.speaker.role or "")
                stances.append(Stance(target, *_best(row)))
            out.append(replace(a, stances=tuple(stances)))
        return out


def not_against_itself(probabilities: torch.Tensor, speaker: str, target: str, role: str = "") -> torch.Tensor:
    """One pair's label probabilities, with *against* ruled out when ``speaker`` (titled ``role``) is ``target`` or
    speaks for it (``speaks_for``) and the rest renormalised; unchanged otherwise."""
    if not speaker or not speaks_for(speaker, target, role):
        return probabilities
    row = probabilities.clone()
    row[_AGAINST] = 0.0
    return row / row.sum()


def with_speaker(a: Attribution, passage: str) -> str:
    """The passage with the quote's canonical speaker before it in parentheses ("(Donald Trump) He said …"), so the
    classifier knows whose position it reads; unchanged when the speaker is missing or unplaced (``unknown``).
    On news quotes it never trained on, this moved macro-F1 49.3 → 51.4 (second draw of annotated train
    articles) and 51.7 → 56.5 (the selection articles); naming only speakers the passage does not name gained less
    (50.0, 53.5), and adding the role nothing more."""
    name = speaker_name(a)
    return speaker_first(name, passage) if name else passage


def speaker_name(a: Attribution) -> str:
    """The quote's canonical speaker's name, or "" when the speaker is missing or unplaced (``unknown``)."""
    speaker = a.speaker
    return speaker.name if speaker is not None and speaker.type != "unknown" else ""


# Who speaks for a person ("Trump campaign", "Clinton's aides"); not "critics" or "opponents", who also belong to them.
OWN_PEOPLE = frozenset(
    """campaign camp team office staff staffer staffers aide aides adviser advisers advisor advisors spokesman
    spokeswoman spokesperson spokespeople surrogate surrogates supporter supporters backers boosters ally allies
    lawyer lawyers attorney attorneys""".split()
)


# Who speaks for a state or body, after its name or adjective ("Israeli Defense Minister", "Pentagon officials",
# "Trump administration officials") or before "of" and its name ("Prime Minister of Israel").
VOICES = frozenset(
    """official officials government leader leaders leadership military forces army ministry minister ministers
    president premier chancellor secretary spokesman spokeswoman spokesperson spokespeople ambassador envoy diplomat
    diplomats embassy cabinet negotiator negotiators authorities administration commander commanders delegation
    director chairman chairwoman chief""".split()
)
# Words of a title that may stand between the name and the voice word, or open it ("White House national security
# spokesman", "senior U.S. officials"); any other word there ("Israeli rights group leader", "British Columbia
# premier", "American Civil Liberties Union president") makes the speaker someone else's voice.
TITLE_WORDS = frozenset(
    """prime deputy defense defence foreign interior finance home press national security senior chief top military
    government state army naval air intelligence health justice trade economic communications public affairs acting
    general""".split()
)
# Words that say the speaker does not speak for the state or body they name: "Israeli opposition leader".
NOT_VOICES = frozenset("former ex opposition rebel rebels dissident dissidents exiled exile".split())
# What may follow the voice word: "officials familiar with the talks", "officials in Jerusalem"; not "the Israeli
# minister's critics".
_AFTER_VOICE = frozenset("familiar close who in at from on speaking briefed involved".split())
# Each state's names, lowercase: its usual name, other names and adjectives ("united states": "u.s.", "american", …).
_STATE_NAMES = {
    state: frozenset(
        {state, *(word for word, named in (*NATIONALITIES.items(), *STATE_ALIASES.items()) if named == state)}
    )
    for state in {*NATIONALITIES.values(), *STATE_ALIASES.values()}
}


def speaks_for(speaker: str, target: str, role: str = "") -> bool:
    """Whether a quote's canonical speaker is the stance target itself or speaks for it: the target by name
    ("Republicans" for "the Republicans", case and a leading "the" ignored), a namesake of a person target
    ("Donald J. Trump", "Trump", "Ivanka Trump" for "Donald Trump": a family does not speak against itself in the
    news either), the person target's own people ("Trump campaign", "Clinton's aides", "Sanders supporters"), or
    a body's or state's voice by name or ``role`` ("Pentagon officials", "Pentagon press secretary" for
    "Pentagon"; "Israeli Defense Minister", "U.S. officials" for "Israel", "the United States")."""
    s, t = (re.sub(r"^the\s+", "", x.strip().lower()) for x in (speaker, target))
    if not s or not t:
        return False
    if s == t or _voice_of(t, s) or _voice_of(t, role.lower()):
        return True
    if not (target[:1].isupper() and " " in t and speaker[:1].isupper()):
        return False  # only a person target has a surname to share
    surname = t.split()[-1]
    words = re.sub(r"['’]s\b", "", s).split()
    return words[-1] == surname or (surname in words and any(w in OWN_PEOPLE for w in words))


def _voice_of(target: str, description: str) -> bool:
    """Whether ``description`` (a lowercase name or title) is a voice (``VOICES``) of the state or body ``target``
    (lowercase, no leading "the") names: "israeli defense minister" for "israel", "pentagon press secretary" for
    "pentagon", "prime minister of israel"; not "former israeli prime minister" nor "israeli rights group leader"."""
    words = [w.strip(',;:()"“”') for w in re.sub(r"['’]s\b", "", description).split()]
    words = [w for w in words if w]
    if not words or any(w in NOT_VOICES or w.startswith("ex-") for w in words):
        return False
    names = sorted(_STATE_NAMES.get(STATE_ALIASES.get(target, target), {target}), key=len, reverse=True)
    for k, word in enumerate(words):  # "prime minister of israel"
        if word in VOICES and words[k + 1 : k + 2] == ["of"] and " ".join(words[k + 2 :]).removeprefix("the ") in names:
            return True
    opening = next((k for k, w in enumerate(words) if w not in TITLE_WORDS), len(words))  # "senior u.s. officials"
    for name in names:
        size = len(name.split())
        if words[opening : opening + size] != name.split():
            continue
        voice = next((k for k in range(opening + size, len(words)) if words[k] not in TITLE_WORDS), len(words))
        if voice < len(words) and words[voice] in VOICES:
            return voice + 1 == len(words) or words[voice + 1] in _AFTER_VOICE
        # "israeli military" is all title words: the last of them may be the voice ("top israeli military")
        return voice == len(words) and voice > opening + size and words[-1] in VOICES
    return False
