"""Proposing stance targets when the user gives none: the article's main contested subjects.

Candidates are phrases of 1–4 words that recur in the article, no stop word at either edge, written
the way the article writes them most often ("Hillary Clinton", "ground invasion"). A logistic ranker
(``models/targets/``, trained by ``models/train_targets.py`` on the targets annotators chose for
PolNeAR train articles) scores each from ``FEATURES``: how often, how early and how much inside quoted
passages it occurs, whether the headline holds it, whether it is written as a name, and how close
the base sentence encoder puts it to the headline and to the passages that hold quotes. The best
candidates that share no word with a better one are proposed.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from .encoder import load_base_model, load_tokenizer
from .errors import ModelError
from .names import COUNTRIES, NAME_RUN, split_title, word_tokens
from .text import STOP_WORDS, body_start, headline, latin_classes

# Phrases ending in a role name or title are speakers, not topics ("defense official", "Senator").
ROLE_WORDS = frozenset(
    """official officials secretary minister spokesman spokeswoman spokesperson president chairman director
    adviser advisor leader leaders reporter reporters source sources aide aides officer general senator senators
    governor mayor councillor councilman councilwoman commissioner sheriff prosecutor treasurer chancellor premier
    ambassador superintendent inspector detective professor coach""".split()
)
FEATURES = (
    "log_count",  # occurrences of the phrase, log(1 + n)
    "words",  # its length in words
    "first_position",  # where it first occurs, 0 (start) .. 1 (end of the text)
    "in_headline",  # the first line holds it
    "in_lede",  # the first 600 characters after the headline hold it
    "quoted_share",  # share of its occurrences inside passages that hold quotes
    "name_like",  # every word capitalised
    "subsumed",  # a longer candidate holds it nearly every time it occurs ("Lloyd" in "Lloyd Austin")
    "passage_similarity",  # cosine to the mean of the quotes' passages
    "headline_similarity",  # cosine to the headline
)
# Verbs of saying: a phrase holding one runs across a reporting clause.
REPORTING_WORDS = frozenset("said says say told tells according".split())
_WORD = re.compile(latin_classes(r"[A-Za-z][A-Za-z'’-]*"))
_CLAUSE_BREAK = re.compile(r"[.!?;:\n“”\"()]+")
_LEDE_CHARS = 600
_MAX_CANDIDATES = 200


@dataclass(frozen=True, slots=True)
class Candidate:
    """A recurring phrase: ``key`` lower-cased, ``surface`` its commonest writing, ``first`` a character offset."""

    key: str
    surface: str
    count: int
    first: int


def _strip_possessive(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def candidate_phrases(text: str, *, min_count: int = 2, max_words: int = 4) -> list[Candidate]:
    """Phrases of 1–``max_words`` words seen at least ``min_count`` times within clauses, most frequent first."""
    counts: Counter = Counter()
    surfaces: dict[str, Counter] = {}
    first: dict[str, int] = {}
    body = body_start(text)
    start = 0
    for clause in _CLAUSE_BREAK.split(text):
        offset = text.find(clause, start) if clause else start
        start = offset + len(clause)
        matches = list(_WORD.finditer(clause))
        words = [m.group() for m in matches]
        lowered = [w.lower() for w in words]
        for n in range(1, max_words + 1):
            for i in range(len(words) - n + 1):
                gram = lowered[i : i + n]
                last = _strip_possessive(gram[-1])
                if gram[0] in STOP_WORDS or last in STOP_WORDS or last in ROLE_WORDS:
                    continue
                if any(w in REPORTING_WORDS for w in gram):  # "Obama said the museum" spans a clause
                    continue
                if max(len(w) for w in gram) < 4:
                    continue
                surface = " ".join([*words[i : i + n - 1], _strip_possessive(words[i + n - 1])])
                key = surface.lower()
                counts[key] += 1
                # A headline capitalises every word, so it only writes a phrase the body never does.
                surfaces.setdefault(key, Counter())[surface] += 1 if offset >= body else 0.001
                first.setdefault(key, offset + matches[i].start())
    kept = [k for k, c in counts.items() if c >= min_count]
    kept.sort(key=lambda k: (-counts[k], first[k]))
    names = full_names(text[body:])
    return [
        Candidate(k, in_full(surfaces[k].most_common(1)[0][0], names), counts[k], first[k])
        for k in kept[:_MAX_CANDIDATES]
    ]


def full_names(text: str) -> Counter:
    """Personal names of two or three words written in ``text`` ("Loretta Lynch"), titles dropped, with counts."""
    names: Counter = Counter()
    for run in NAME_RUN.finditer(text):
        _, name = split_title(word_tokens(run.group()))
        if 2 <= len(name) <= 3:
            names[" ".join(name)] += 1
    return names


def in_full(surface: str, names: Counter) -> str:
    """A one-word name as the article writes it in full ("Lynch" → "Loretta Lynch"), else ``surface``.

    The commonest full name ending with the word wins, then one starting with it ("Loretta");
    countries stay as they are ("Israel" is not "Israel Katz").
    """
    if " " in surface or not surface[:1].isupper() or surface.lower() in COUNTRIES:
        return surface
    for position in (-1, 0):
        found = [(n, name) for name, n in names.items() if name.split()[position] == surface]
        if found:
            return max(found)[1]
    return surface


def feature_rows(
    text: str,
    passages: Sequence[str],
    candidates: Sequence[Candidate],
    similarity: Sequence[tuple[float, float]],
) -> list[list[float]]:
    """One row of ``FEATURES`` per candidate; ``similarity`` gives its (passage, headline) cosines."""
    head = headline(text).lower()
    start = body_start(text)
    lede = text[start : start + _LEDE_CHARS].lower()
    quoted = " \n ".join(passages).lower()
    rows = []
    for c, (to_passages, to_headline) in zip(candidates, similarity, strict=True):
        pattern = re.compile(r"(?<![a-z])" + re.escape(c.key) + r"(?![a-z])")
        subsumed = any(pattern.search(o.key) for o in candidates if o.count >= 0.8 * c.count and o.key != c.key)
        rows.append(
            [
                math.log1p(c.count),
                float(len(c.key.split())),
                c.first / max(len(text), 1),
                float(bool(head) and bool(pattern.search(head))),
                float(bool(pattern.search(lede))),
                min(1.0, len(pattern.findall(quoted)) / c.count),
                float(_is_name(c)),
                float(subsumed),
                to_passages,
                to_headline,
            ]
        )
    return rows


@dataclass(frozen=True, slots=True)
class TargetRanker:
    """A logistic scorer over standardised ``FEATURES``: ``weights``, ``means`` and ``scales`` align with them."""

    weights: tuple[float, ...]
    bias: float
    means: tuple[float, ...]
    scales: tuple[float, ...]

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """The log-odds that each feature row is a target annotators would choose."""
        scaled = [[(x - m) / s for x, m, s in zip(row, self.means, self.scales, strict=True)] for row in rows]
        return [self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True)) for row in scaled]

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "weights": list(self.weights), "bias": self.bias,
                "means": list(self.means), "scales": list(self.scales)}  # fmt: skip

    @classmethod
    def from_dict(cls, d: dict, *, where: str = "target ranker") -> TargetRanker:
        if tuple(d.get("features", ())) != FEATURES:
            raise ModelError(f"{where}: trained on other features than this version computes; retrain it with "
                             "models/train_targets.py")  # fmt: skip
        return cls(tuple(d["weights"]), float(d["bias"]), tuple(d["means"]), tuple(d["scales"]))


def load_ranker(path: Path) -> TargetRanker:
    """The ranker saved in ``path`` (a JSON file with a ``ranker`` object); ModelError when missing."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ModelError(f"{path}: no target ranker readable here ({err}); restore models/targets/, set "
                         "QUOTES_MODELS to a models folder that has it, or run without stance") from err  # fmt: skip
    return TargetRanker.from_dict(saved["ranker"], where=str(path))


def _is_name(c: Candidate) -> bool:
    return all(w[:1].isupper() for w in c.surface.split())


# What a word adds to name the same thing: "Israeli" is "Israel", "Democratic" is "Democrat".
_SAME_THING_ENDINGS = ("i", "n", "an", "ian", "ese", "ish", "ic", "s")


def _same_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short) and long[len(short) :] in _SAME_THING_ENDINGS)


def select(candidates: Sequence[Candidate], scores: Sequence[float], k: int) -> list[Candidate]:
    """The ``k`` best-scored candidates, skipping any that shares a word with a better one.

    (Keeping a place for an issue beside the names, as annotators were asked to choose, named fewer
    annotated targets in cross-validation: they often chose two people.)
    """
    chosen: list[Candidate] = []
    used: list[str] = []
    for _, c in sorted(zip(scores, candidates, strict=True), key=lambda sc: -sc[0]):
        if len(chosen) >= k:
            break
        words = {_strip_possessive(w) for w in c.surface.lower().split()} - STOP_WORDS
        if not any(_same_word(w, u) for w in words for u in used):
            chosen.append(c)
            used.extend(words)
    return chosen


class TargetProposer:
    """Embeds candidates with the base sentence encoder and ranks them with a ``TargetRanker``.

    Without a ranker it can only ``featurise`` (what training needs).
    """

    def __init__(self, ranker: TargetRanker | None) -> None:
        self.ranker = ranker
        self.tokenizer = load_tokenizer()
        self.model = load_base_model().eval()

    @torch.inference_mode()
    def embed(self, texts: Sequence[str]) -> torch.Tensor:
        """Unit vectors [N, 384], mean-pooled as the sentence-transformers model was trained."""
        if not texts:
            return torch.zeros((0, self.model.config.hidden_size))
        # Batches of similar length waste little on padding: short candidates no longer wait on long passages.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        vectors = torch.empty((len(texts), self.model.config.hidden_size))
        for i in range(0, len(order), 64):
            rows = order[i : i + 64]
            enc = self.tokenizer(
                [texts[r] for r in rows], padding=True, truncation=True, max_length=128, return_tensors="pt"
            )
            hidden = self.model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            vectors[rows] = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1)
        return vectors

    def featurise(self, text: str, passages: Sequence[str]) -> tuple[list[Candidate], list[list[float]]]:
        """The article's candidates and their ``FEATURES`` rows."""
        candidates = candidate_phrases(text)
        if not candidates:
            return [], []
        vectors = self.embed([c.surface for c in candidates])
        focus = torch.nn.functional.normalize(self.embed(list(passages) or [text]).mean(0), dim=0)
        head = headline(text)
        to_headline = (vectors @ self.embed([head])[0]).tolist() if head else [0.0] * len(candidates)
        similarity = list(zip((vectors @ focus).tolist(), to_headline, strict=True))
        return candidates, feature_rows(text, passages, candidates, similarity)

    def propose(self, text: str, passages: Sequence[str], *, k: int = 3) -> list[str]:
        """Up to ``k`` targets for ``text`` as the article writes them; ``passages`` hold its quotes."""
        if self.ranker is None:
            raise ModelError("TargetProposer: no ranker loaded; load one with load_ranker(models/targets/ranker.json)")
        candidates, rows = self.featurise(text, passages)
        return [c.surface for c in select(candidates, self.ranker.scores(rows), k)]
