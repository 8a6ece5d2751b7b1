"""Finding quotes: the extraction network run over overlapping windows, merged back into character spans.

``predict`` is pure: article texts in, raw quote spans (character offsets) out. Turning them
into ``Attribution`` objects (kinds, marks, speakers) is the pipeline's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import torch

from .extractor_net import LINKED_ROLES, ROLES, ExtractorNet
from .windows import DocTokens, batch_windows, tokenize, window_starts


@dataclass(frozen=True, slots=True)
class RawQuote:
    """One found quote: content pieces, cue and source as character ranges; ``confidence`` in 0..1."""

    pieces: tuple[tuple[int, int], ...]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    confidence: float


def viterbi_bio(log_probs: torch.Tensor) -> list[int]:
    """The best O/B/I tag sequence under BIO rules (no I after O or at the start); ``log_probs`` is [n, 3]."""
    n = log_probs.shape[0]
    if n == 0:
        return []
    forbidden = float("-inf")
    # allowed[prev, next]: I (2) may only follow B (1) or I (2).
    allowed = torch.tensor([[0.0, 0.0, forbidden], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
    score = log_probs[0] + torch.tensor([0.0, 0.0, forbidden])
    back = []
    for i in range(1, n):
        total = score[:, None] + allowed  # [prev, next]
        best_prev = total.argmax(0)
        score = total.max(0).values + log_probs[i]
        back.append(best_prev)
    tags = [int(score.argmax())]
    for pointers in reversed(back):
        tags.append(int(pointers[tags[-1]]))
    return tags[::-1]


def decode_bio(tags: list[int], probs: list[float]) -> list[tuple[int, int, float]]:
    """Token spans ``(first, last, mean probability)`` from O/B/I tags; a stray I starts a span."""
    spans, start = [], None
    for i, tag in enumerate([*tags, 0]):
        if start is not None and tag != 2:
            spans.append((start, i, sum(probs[start:i]) / (i - start)))
            start = None
        if tag == 1 or (tag == 2 and start is None):
            start = i
    return spans


def join_fragments(
    spans: list[tuple[int, int, float]], blocked: set[int], *, max_gap: int = 2, min_tokens: int = 2
) -> list[tuple[int, int, float]]:
    """Content spans with gaps of at most ``max_gap`` untagged tokens closed, and specks dropped.

    A token in ``blocked`` (tagged cue or source) keeps two spans apart: "“A,” he said, “B”"
    stays two pieces, to be joined by linking instead.
    """
    joined: list[tuple[int, int, float]] = []
    for first, last, conf in spans:
        if joined:
            p_first, p_last, p_conf = joined[-1]
            gap = range(p_last, first)
            if len(gap) <= max_gap and not any(t in blocked for t in gap):
                size = (p_last - p_first) + (last - first)
                joined[-1] = (p_first, last, (p_conf * (p_last - p_first) + conf * (last - first)) / size)
                continue
        joined.append((first, last, conf))
    return [s for s in joined if s[1] - s[0] >= min_tokens]


def split_at_paragraphs(text: str, doc: DocTokens, spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Content spans cut at paragraph breaks, except where a quotation runs on into the next paragraph.

    News style continues a quotation across paragraphs by leaving the paragraph's quotation open
    and opening the next one with a mark; any other break ends what was said.
    """
    out = []
    for first, last, conf in spans:
        piece_start = first
        for t in range(first + 1, last):
            gap = text[doc.offsets[t - 1][1] : doc.offsets[t][0]]
            if "\n" in gap and not _quote_runs_on(text, doc.offsets[t - 1][1], doc.offsets[t][0]):
                out.append((piece_start, t, conf))
                piece_start = t
        out.append((piece_start, last, conf))
    return out


_PARAGRAPH_BREAK = re.compile(r"\n+")


def split_distant_pieces(text: str, quote: RawQuote) -> list[RawQuote]:
    """``quote`` as one quote per run of pieces in the same or neighbouring paragraphs: pieces linked to one cue
    and source paragraphs apart (a pull quote, a list, a reader's comment repeating a name) are not one quote."""
    groups = [[quote.pieces[0]]]
    for piece in quote.pieces[1:]:
        if len(_PARAGRAPH_BREAK.findall(text, groups[-1][-1][1], piece[0])) > 1:
            groups.append([piece])
        else:
            groups[-1].append(piece)
    return [replace(quote, pieces=tuple(g)) for g in groups]


def _quote_runs_on(text: str, break_start: int, next_start: int) -> bool:
    """Whether the paragraph ending at ``break_start`` leaves a quotation open that resumes at ``next_start``."""
    paragraph = text[text.rfind("\n", 0, break_start) + 1 : break_start]
    marks = sum(1 for ch in paragraph if ch in '“”"')
    return marks % 2 == 1 and text[next_start : next_start + 1] in ("“", '"')


def owner_windows(n_tokens: int, starts: list[int], size: int) -> list[int]:
    """For each token, the window in which it lies farthest from an edge (the most context)."""
    owners = []
    w = 0
    for i in range(n_tokens):
        # Windows are sorted; move on while the next window centres this token better.
        while w + 1 < len(starts) and _margin(i, starts[w + 1], size) > _margin(i, starts[w], size):
            w += 1
        owners.append(w)
    return owners


def _margin(i: int, start: int, size: int) -> int:
    return min(i - start, start + size - 1 - i)


def _best_window(span: tuple[int, int], starts: list[int], size: int) -> int:
    """The window holding most of ``span`` and, among those, leaving it most context."""

    def key(w: int) -> tuple[int, int]:
        lo, hi = max(span[0], starts[w]), min(span[1], starts[w] + size)
        return (hi - lo, min(span[0] - starts[w], starts[w] + size - span[1]))

    return max(range(len(starts)), key=key)


class QuoteFinder:
    """Runs an ``ExtractorNet`` over articles; ``stride`` and ``batch_size`` count tokens and windows.

    Windows overlap by half unless ``stride`` says otherwise (128 tokens for the 256-token windows)."""

    def __init__(self, net: ExtractorNet, tokenizer, *, stride: int | None = None, batch_size: int = 16) -> None:
        self.net = net
        self.tokenizer = tokenizer
        self.size = net.config.encoder.max_length - 2
        self.stride = stride if stride is not None else net.config.encoder.max_length // 2
        self.batch_size = batch_size

    @torch.inference_mode()
    def predict(self, texts: list[str]) -> list[list[RawQuote]]:
        """Raw quotes of each text, in text order."""
        return [self._predict_one(text) for text in texts]

    def _forward(self, doc: DocTokens, starts: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
        hiddens, probs = [], []
        for i in range(0, len(starts), self.batch_size):
            batch = batch_windows(self.tokenizer, doc, starts[i : i + self.batch_size], self.size)
            hidden, logits = self.net(**batch)
            hiddens.append(hidden[:, 1:-1])  # drop [CLS]; index t is the window's t-th token
            probs.append(logits[:, 1:-1].softmax(-1))
        return torch.cat(hiddens), torch.cat(probs)

    def _predict_one(self, text: str) -> list[RawQuote]:
        tagged = self._tag(text)
        if tagged is None:
            return []
        doc, starts, hidden, spans = tagged
        blocked = {t for role in LINKED_ROLES for a, b, _ in spans[role] for t in range(a, b)}
        spans["content"] = split_at_paragraphs(text, doc, join_fragments(spans["content"], blocked))
        return [part for quote in self._link(doc, starts, hidden, spans) for part in split_distant_pieces(text, quote)]

    @torch.inference_mode()
    def link_given(self, text: str, contents: list[tuple[int, int]]) -> list[RawQuote]:
        """Cue and source of each given content character range (gold quotes), one RawQuote per range.

        The evaluation feeds gold quotes here so that linking errors are scored apart from detection.
        """
        tagged = self._tag(text)
        if tagged is None:
            return [RawQuote(pieces=(c,), cue=None, source=None, confidence=1.0) for c in contents]
        doc, starts, hidden, spans = tagged
        out = []
        for start, end in contents:
            tokens = doc.token_range(start, end)
            if tokens is None:
                out.append(RawQuote(pieces=((start, end),), cue=None, source=None, confidence=1.0))
                continue
            linked = self._link(doc, starts, hidden, {**spans, "content": [(*tokens, 1.0)]})[0]
            out.append(replace(linked, pieces=((start, end),)))
        return out

    def _tag(self, text: str):
        """Tokens, window starts, hidden states and decoded spans per role (token ranges), or None if empty."""
        doc = tokenize(self.tokenizer, text)
        if len(doc) == 0:
            return None
        starts = window_starts(len(doc), self.size, self.stride)
        hidden, probs = self._forward(doc, starts)
        owners = torch.tensor(owner_windows(len(doc), starts, self.size))
        positions = torch.arange(len(doc)) - torch.tensor(starts)[owners]  # each token's index in its window
        merged = probs[owners, positions]  # [n, roles, tags]
        log_probs = merged.clamp_min(1e-9).log()
        spans = {}
        for r, role in enumerate(ROLES):
            inside = (1.0 - merged[:, r, 0]).tolist()
            spans[role] = decode_bio(viterbi_bio(log_probs[:, r]), inside)
        return doc, starts, hidden, spans

    def _link(self, doc: DocTokens, starts, hidden, spans) -> list[RawQuote]:
        by_anchor: dict[tuple, list] = {}
        for first, last, conf in spans["content"]:
            w = _best_window((first, last), starts, self.size)
            lo, hi = starts[w], starts[w] + self.size
            content = (max(first, lo) - lo, min(last, hi) - lo)
            chosen = {}
            for role in LINKED_ROLES:
                candidates = [(a, b) for a, b, _ in spans[role] if a >= lo and b <= hi]
                if not candidates:
                    chosen[role] = None
                    continue
                local = [(a - lo, b - lo) for a, b in candidates]
                best = int(self.net.link_scores(hidden[w], role, content, local).argmax())
                chosen[role] = candidates[best - 1] if best > 0 else None
            # Pieces that share a cue and source are one quote split around its attribution.
            anchor = (chosen["cue"], chosen["source"]) if chosen["cue"] else ("alone", first)
            by_anchor.setdefault(anchor, []).append(((first, last), conf, chosen))
        quotes = []
        for group in by_anchor.values():
            pieces = tuple(doc.char_range(*tok) for tok, _, _ in sorted(group))
            chosen = group[0][2]
            quotes.append(
                RawQuote(
                    pieces=pieces,
                    cue=doc.char_range(*chosen["cue"]) if chosen["cue"] else None,
                    source=doc.char_range(*chosen["source"]) if chosen["source"] else None,
                    confidence=min(conf for _, conf, _ in group),
                )
            )
        return sorted(quotes, key=lambda q: q.pieces[0])
