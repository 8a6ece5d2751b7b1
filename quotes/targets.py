"""Proposing stance targets when the user gives none: the article's main topics.

Candidates are 1–4 word phrases that recur in the article (no stop word at either edge); each is
embedded with the base sentence encoder (all-MiniLM-L6-v2, mean pooling) and ranked by
similarity to the passages that hold quotes, with maximal marginal relevance so that the chosen
targets differ from each other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import torch

from .encoder import load_base_model, load_tokenizer

STOP_WORDS = frozenset(
    """a an the and or but if of in on at to for from by with without about as into over under after before
    than then that this these those it its he she they we you i his her their our your them him us is are was
    were be been being has have had do does did will would can could should may might must not no so such very
    said says say told also just more most many much some any all other another one two three four five
    which who whom whose what when where while why how there here out up down off again further once only own
    same too s t monday tuesday wednesday thursday friday saturday sunday week year years day today
    mr mrs ms percent""".split()
)
# Phrases ending in a role name are speakers, not topics ("defense official").
ROLE_WORDS = frozenset(
    """official officials secretary minister spokesman spokeswoman spokesperson president chairman director
    adviser advisor leader leaders reporter reporters source sources aide aides officer general""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def candidate_phrases(text: str, *, min_count: int = 2, max_words: int = 4) -> Counter:
    """Lower-cased phrases of 1–``max_words`` words seen at least ``min_count`` times, with their counts."""
    counts: Counter = Counter()
    for sentence in re.split(r"[.!?;:\n“”\"()]+", text):
        words = [w.lower() for w in _WORD.findall(sentence)]
        for n in range(1, max_words + 1):
            for i in range(len(words) - n + 1):
                gram = words[i : i + n]
                if gram[0] in STOP_WORDS or gram[-1] in STOP_WORDS or gram[-1] in ROLE_WORDS:
                    continue
                if max(len(w) for w in gram) < 4:
                    continue
                counts[" ".join(gram)] += 1
    return Counter({p: c for p, c in counts.items() if c >= min_count})


class TargetProposer:
    """Ranks candidate phrases with the base sentence encoder (no trained weights needed)."""

    def __init__(self) -> None:
        self.tokenizer = load_tokenizer()
        self.model = load_base_model().eval()

    @torch.inference_mode()
    def embed(self, texts: Sequence[str]) -> torch.Tensor:
        """Unit vectors [N, 384], mean-pooled as the sentence-transformers model was trained."""
        vectors = []
        for i in range(0, len(texts), 64):
            enc = self.tokenizer(
                list(texts[i : i + 64]), padding=True, truncation=True, max_length=128, return_tensors="pt"
            )
            hidden = self.model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            vectors.append(torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1))
        return torch.cat(vectors) if vectors else torch.zeros((0, self.model.config.hidden_size))

    def propose(self, text: str, passages: Sequence[str], *, k: int = 3, diversity: float = 0.5) -> list[str]:
        """Up to ``k`` targets for ``text``; ``passages`` (the quotes' sentences) say what matters."""
        counts = candidate_phrases(text)
        if not counts:
            return []
        phrases = sorted(counts, key=lambda p: (-counts[p], p))[:200]
        vectors = self.embed(phrases)
        focus = self.embed(list(passages) or [text]).mean(0)
        focus = torch.nn.functional.normalize(focus, dim=0)
        # Recurrence and multi-word phrases ("ground invasion") get a small edge over single generic words.
        prior = [0.02 * min(counts[p], 10) + 0.04 * (len(p.split()) - 1) for p in phrases]
        relevance = vectors @ focus + torch.tensor(prior, dtype=torch.float)
        chosen: list[int] = []
        while len(chosen) < min(k, len(phrases)):
            if chosen:
                redundancy = (vectors @ vectors[chosen].T).max(dim=1).values
                scores = (1 - diversity) * relevance - diversity * redundancy
                scores[chosen] = float("-inf")
            else:
                scores = relevance
            chosen.append(int(scores.argmax()))
        return [phrases[i] for i in chosen]
