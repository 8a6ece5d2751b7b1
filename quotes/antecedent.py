"""Learned antecedents for pronoun sources: which earlier mention "he" or "she" refers to.

Trained on LitBank coreference (``models/train_antecedent.py``). The frozen base encoder reads
one window ending a few tokens after the pronoun (so it sees "he said"); each earlier
candidate mention in that window is scored against the pronoun from their contextual vectors,
their distance in tokens and the candidate's form (name, description or pronoun). A learned
"none" score lets the model decline, and then the speaker rules decide.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from torch import nn

from .encoder import Encoder, EncoderConfig
from .weights import load_trained, read_meta, save_trained
from .windows import DocTokens, batch_windows, tokenize

FORMS = ("name", "description", "pronoun")
_DISTANCE_BUCKETS = (2, 4, 8, 16, 32, 64, 128, 256)
CONTEXT_AFTER = 16  # tokens of the window after the pronoun


@dataclass
class AntecedentConfig:
    """Everything needed to rebuild the network; the encoder is the frozen base (no adapters)."""

    encoder: EncoderConfig = field(default_factory=lambda: EncoderConfig(lora_rank=0, use_shapes=False))
    hidden: int = 256
    feature_dim: int = 16

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> AntecedentConfig:
        return cls(encoder=EncoderConfig(**d["encoder"]), hidden=d["hidden"], feature_dim=d["feature_dim"])


@dataclass(frozen=True, slots=True)
class Problem:
    """One pronoun and its candidate antecedents, as token ranges of one window of ``DocTokens``."""

    window_start: int
    pronoun: tuple[int, int]  # token range, window-relative
    candidates: list[tuple[int, int]]  # token ranges, window-relative, before the pronoun
    forms: list[int]  # index into FORMS per candidate


def _bucket(distance: int) -> int:
    return bisect.bisect_left(_DISTANCE_BUCKETS, max(distance, 0))


class AntecedentNet(nn.Module):
    """Frozen encoder plus a pairwise scorer; ``scores`` puts "none" first."""

    def __init__(self, config: AntecedentConfig) -> None:
        super().__init__()
        self.config = config
        self.encoder = Encoder(config.encoder)
        for p in self.encoder.parameters():
            p.requires_grad = False
        h, f = self.encoder.hidden_size, config.feature_dim
        self.form_embedding = nn.Embedding(len(FORMS), f)
        self.distance_embedding = nn.Embedding(len(_DISTANCE_BUCKETS) + 1, f)
        self.pair_scorer = nn.Sequential(
            nn.Linear(3 * h + 2 * f, config.hidden), nn.ReLU(), nn.Dropout(0.1), nn.Linear(config.hidden, 1)
        )
        self.none_scorer = nn.Linear(h, 1)

    def scores(self, pronoun: torch.Tensor, candidates: torch.Tensor, distances, forms) -> torch.Tensor:
        """[n + 1] scores for vectors ``pronoun`` [h] and ``candidates`` [n, h] (n may be 0); index 0 is "none"."""
        n = candidates.shape[0]
        if n == 0:
            return self.none_scorer(pronoun)
        features = [
            pronoun.expand(n, -1),
            candidates,
            pronoun * candidates,
            self.form_embedding(torch.as_tensor(forms, dtype=torch.long)),
            self.distance_embedding(torch.tensor([_bucket(d) for d in distances], dtype=torch.long)),
        ]
        pair = self.pair_scorer(torch.cat(features, -1)).squeeze(-1)
        return torch.cat([self.none_scorer(pronoun), pair])


def span_vector(hidden: torch.Tensor, span: tuple[int, int]) -> torch.Tensor:
    """Mean of the token vectors of ``span`` (window-relative, half-open)."""
    return hidden[span[0] : span[1]].mean(0)


def window_for(doc: DocTokens, pronoun: tuple[int, int], size: int) -> int:
    """First token of the window that ends ``CONTEXT_AFTER`` tokens after the pronoun (or at the text's end)."""
    end = min(len(doc), pronoun[1] + CONTEXT_AFTER)
    return max(0, end - size)


def make_problem(
    doc: DocTokens, pronoun: tuple[int, int], candidates: list[tuple[tuple[int, int], int]], size: int
) -> tuple[Problem, list[int]]:
    """The ``Problem`` for a pronoun (token range) and ``(token range, form)`` candidates, with the
    indices of the candidates kept (those inside the window and before the pronoun)."""
    start = window_for(doc, pronoun, size)
    kept = [i for i, (r, _) in enumerate(candidates) if r[0] >= start and r[1] <= pronoun[0]]
    problem = Problem(
        start,
        (pronoun[0] - start, pronoun[1] - start),
        [(candidates[i][0][0] - start, candidates[i][0][1] - start) for i in kept],
        [candidates[i][1] for i in kept],
    )
    return problem, kept


def encode(net: AntecedentNet, tokenizer, doc: DocTokens, problems: list[Problem]) -> torch.Tensor:
    """Hidden states [len(problems), tokens, h] of each problem's window (specials dropped)."""
    size = net.config.encoder.max_length - 2
    batch = batch_windows(tokenizer, doc, [p.window_start for p in problems], size)
    return net.encoder(**batch)[:, 1:-1]


def problem_scores(net: AntecedentNet, hidden: torch.Tensor, problem: Problem) -> torch.Tensor:
    """Scores of one problem's candidates from its window's ``hidden`` states; index 0 is "none"."""
    pronoun = span_vector(hidden, problem.pronoun)
    vectors = [span_vector(hidden, c) for c in problem.candidates]
    candidates = torch.stack(vectors) if vectors else hidden.new_zeros(0, hidden.shape[-1])
    distances = [problem.pronoun[0] - c[1] for c in problem.candidates]
    return net.scores(pronoun, candidates, distances, problem.forms)


class AntecedentFinder:
    """Runs an ``AntecedentNet`` over an article: each pronoun's best earlier candidate, or None.

    A choice less probable than ``min_probability`` counts as None (the caller's rules then decide).
    """

    def __init__(self, net: AntecedentNet, tokenizer, *, min_probability: float = 0.0, batch_size: int = 16) -> None:
        self.net = net
        self.min_probability = min_probability
        self.tokenizer = tokenizer
        self.batch_size = batch_size

    @torch.inference_mode()
    def choose(
        self, text: str, pronouns: list[tuple[int, int]], candidates: list[tuple[int, int, str]]
    ) -> list[tuple[int, int] | None]:
        """For each pronoun (character range), the character range of the chosen candidate or None.

        ``candidates`` are ``(start, end, form)`` with ``form`` one of ``FORMS``.
        """
        doc = tokenize(self.tokenizer, text)
        size = self.net.config.encoder.max_length - 2
        ranged = sorted(
            ((r, FORMS.index(form), (s, e)) for s, e, form in candidates if (r := doc.token_range(s, e))),
            key=lambda c: c[0],
        )
        work, out = [], [None] * len(pronouns)
        for n, (start, end) in enumerate(pronouns):
            tokens = doc.token_range(start, end)
            if tokens is None:
                continue
            problem, kept = make_problem(doc, tokens, [(r, f) for r, f, _ in ranged], size)
            if problem.candidates:
                work.append((n, problem, [ranged[i][2] for i in kept]))
        for i in range(0, len(work), self.batch_size):
            chunk = work[i : i + self.batch_size]
            hidden = encode(self.net, self.tokenizer, doc, [problem for _, problem, _ in chunk])
            for row, (n, problem, spans) in enumerate(chunk):
                probs = problem_scores(self.net, hidden[row], problem).softmax(-1)
                best = int(probs.argmax())
                if best > 0 and float(probs[best]) >= self.min_probability:
                    out[n] = spans[best - 1]
        return out


def save(net: AntecedentNet, folder: Path, *, meta: dict | None = None) -> None:
    """Write the scorer's weights (fp16) and config; the frozen encoder comes from the base package."""
    save_trained(net, folder, config=net.config.to_dict(), meta=meta)


def load(folder: Path) -> AntecedentNet:
    """Rebuild the network from ``folder``, in eval mode."""
    config = AntecedentConfig.from_dict(read_meta(folder, "antecedent")["config"])
    return load_trained(AntecedentNet(config), folder)
