"""Pure metrics for quote attribution: quote matching, cue, speaker, end-to-end and stance scores.

Every offset is a character offset into the article text (see ``quotes.types``); every length and
overlap is a count of characters. Nothing here prints or logs: functions return numbers.

Conventions used throughout:

* Gold attributions with ``optional=True`` are neither rewarded nor penalised. They take part in
  matching only after the required golds (so they never steal a prediction from a required gold);
  a prediction matched to an optional gold is dropped from every count, and an unmatched optional
  gold is not a miss.
* Every ratio whose denominator is 0 is 0.0 (no ``ZeroDivisionError``).
* Scores over several documents are micro-averaged: counts are summed, then ratios computed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from quotes.names import HONORIFICS
from quotes.text import singular
from quotes.types import QUOTE_KINDS, STANCE_LABELS, Attribution, Quote, Span, Speaker

CALIBRATION_BINS = 10  # stance scores are binned by tenths to measure calibration

__all__ = [
    "Accuracy",
    "Counts",
    "QuoteScores",
    "Scores",
    "StanceScores",
    "match_quotes",
    "normalise_range",
    "overlap",
    "quote_length",
    "same_speaker",
    "score_document",
    "score_documents",
    "stance_scores",
    "target_matches",
    "target_proposal_scores",
]

# Marks stripped from both ends of a quote for strict matching, and punctuation stripped from its end.
QUOTE_MARKS = "“”\"'‘’«»„"
TRAILING_PUNCTUATION = ",.;:!?"


# --------------------------------------------------------------------------- result types


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class Counts:
    """Precision / recall / F1 counts.

    ``precision = tp_pred / n_pred`` and ``recall = tp / n_gold``. The two true-positive counts are
    equal except for per-kind quote scores, where ``tp`` counts matched golds of the kind and
    ``tp_pred`` matched predictions of the kind.
    """

    tp: int = 0
    tp_pred: int = 0
    n_gold: int = 0
    n_pred: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp_pred, self.n_pred)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.n_gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.tp + other.tp, self.tp_pred + other.tp_pred, self.n_gold + other.n_gold, self.n_pred + other.n_pred
        )

    def to_dict(self) -> dict[str, float | int]:
        """``{precision, recall, f1, n_gold, n_pred, tp, tp_pred}``."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "tp": self.tp,
            "tp_pred": self.tp_pred,
        }


@dataclass(frozen=True, slots=True)
class Accuracy:
    """``correct`` out of ``n`` scored items."""

    correct: int = 0
    n: int = 0

    @property
    def accuracy(self) -> float:
        return _ratio(self.correct, self.n)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.n + other.n)

    def to_dict(self) -> dict[str, float | int]:
        """``{accuracy, correct, n}``."""
        return {"accuracy": self.accuracy, "correct": self.correct, "n": self.n}


def _add_by_key(a: dict[str, Counts], b: dict[str, Counts]) -> dict[str, Counts]:
    return {k: a.get(k, Counts()) + b.get(k, Counts()) for k in dict.fromkeys([*a, *b])}


@dataclass(frozen=True)
class QuoteScores:
    """Quote detection scores, overall and per kind.

    Per kind, recall is over gold quotes of that kind (a gold "direct" matched by a predicted
    "indirect" counts for "direct" recall) and precision over predicted quotes of that kind (the
    same pair counts for "indirect" precision). The kind itself is never required to agree.
    """

    overall: Counts = field(default_factory=Counts)
    by_kind: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in QUOTE_KINDS})

    def __add__(self, other: QuoteScores) -> QuoteScores:
        return QuoteScores(self.overall + other.overall, _add_by_key(self.by_kind, other.by_kind))

    def to_dict(self) -> dict:
        """``Counts.to_dict()`` of the overall counts plus ``by_kind: {kind: Counts.to_dict()}``."""
        return {**self.overall.to_dict(), "by_kind": {k: c.to_dict() for k, c in self.by_kind.items()}}


@dataclass(frozen=True)
class StanceScores:
    """Stance label counts: per label (favor, against, neutral) and overall agreement.

    ``per_label[label].tp`` items were gold ``label`` and predicted ``label``; ``n_gold`` / ``n_pred``
    count gold / predicted occurrences of the label. A missing prediction (or a label outside
    favor/against/neutral) counts against recall of the gold label and toward no label's precision.
    """

    per_label: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in STANCE_LABELS})
    correct: int = 0
    n: int = 0
    # Per tenth of the predicted label's score (0-0.1 … 0.9-1.0): predictions, their summed scores, how many right.
    bins: tuple[tuple[int, float, int], ...] = ((0, 0.0, 0),) * CALIBRATION_BINS

    @classmethod
    def from_labels(
        cls,
        gold_labels: Sequence[str],
        pred_labels: Sequence[str | None],
        scores: Sequence[float | None] | None = None,
    ) -> StanceScores:
        """Count aligned gold and predicted labels, and with ``scores`` (each predicted label's probability, None
        where there is no prediction) how often each level of score is right; raises ``ValueError`` on bad input."""
        if len(gold_labels) != len(pred_labels) or (scores is not None and len(scores) != len(pred_labels)):
            raise ValueError(
                f"stance labels: {len(gold_labels)} gold but {len(pred_labels)} predicted"
                + (f" and {len(scores)} scores" if scores is not None else "")
                + "; pass aligned lists"
            )
        bad = sorted({g for g in gold_labels if g not in STANCE_LABELS})
        if bad:
            raise ValueError(f"stance labels: gold label(s) {bad} not in {list(STANCE_LABELS)}; fix the annotation")
        per_label = {}
        for label in STANCE_LABELS:
            tp = sum(1 for g, p in zip(gold_labels, pred_labels, strict=True) if g == p == label)
            per_label[label] = Counts(
                tp=tp, tp_pred=tp, n_gold=list(gold_labels).count(label), n_pred=list(pred_labels).count(label)
            )
        correct = sum(1 for g, p in zip(gold_labels, pred_labels, strict=True) if g == p)
        bins = [[0, 0.0, 0] for _ in range(CALIBRATION_BINS)]
        for g, p, score in zip(gold_labels, pred_labels, scores or [None] * len(gold_labels), strict=True):
            if p is not None and score is not None:
                if not 0.0 <= score <= 1.0:  # also NaN
                    raise ValueError(f"stance scores: {score!r} is no probability; pass scores in [0, 1]")
                b = bins[min(int(score * CALIBRATION_BINS), CALIBRATION_BINS - 1)]  # a score of 1.0 is in the top bin
                b[0], b[1], b[2] = b[0] + 1, b[1] + score, b[2] + (g == p)
        return cls(per_label, correct, len(gold_labels), tuple(tuple(b) for b in bins))

    @property
    def macro_f1(self) -> float:
        """Mean F1 over all three labels, always all three (an unseen label contributes 0.0)."""
        return sum(self.per_label[k].f1 for k in STANCE_LABELS) / len(STANCE_LABELS)

    @property
    def f_avg(self) -> float:
        """Mean F1 of favor and against (the SemEval-2016 stance measure)."""
        return (self.per_label["favor"].f1 + self.per_label["against"].f1) / 2

    @property
    def accuracy(self) -> float:
        return _ratio(self.correct, self.n)

    @property
    def calibration_error(self) -> float | None:
        """Expected calibration error, a fraction (0.0 is perfect): over the predictions with a score, the mean gap
        between a score and how often predictions with that score (binned by tenths) are right. None when no
        prediction has a score."""
        scored = sum(n for n, _, _ in self.bins)
        return sum(abs(right - total) for n, total, right in self.bins if n) / scored if scored else None

    def reliability(self) -> list[dict]:
        """Each tenth of score that has predictions: ``{low, high, n, mean_score, accuracy}``."""
        return [
            {"low": k / CALIBRATION_BINS, "high": (k + 1) / CALIBRATION_BINS, "n": n, "mean_score": total / n,
             "accuracy": right / n}
            for k, (n, total, right) in enumerate(self.bins)
            if n
        ]  # fmt: skip

    def __add__(self, other: StanceScores) -> StanceScores:
        bins = tuple((a[0] + b[0], a[1] + b[1], a[2] + b[2]) for a, b in zip(self.bins, other.bins, strict=True))
        return StanceScores(
            _add_by_key(self.per_label, other.per_label), self.correct + other.correct, self.n + other.n, bins
        )

    def to_dict(self) -> dict:
        """``{macro_f1, f_avg, accuracy, correct, n, per_label: {label: Counts.to_dict()}, calibration_error,
        reliability}``."""
        return {
            "macro_f1": self.macro_f1,
            "f_avg": self.f_avg,
            "accuracy": self.accuracy,
            "correct": self.correct,
            "n": self.n,
            "per_label": {k: c.to_dict() for k, c in self.per_label.items()},
            "calibration_error": self.calibration_error,
            "reliability": self.reliability(),
        }


@dataclass(frozen=True)
class Scores:
    """All attribution scores for one or more documents (micro-averaged); add two to pool them.

    Every score except ``quote_strict`` is computed on the lenient matching.
    """

    quote_lenient: QuoteScores = field(default_factory=QuoteScores)
    quote_strict: QuoteScores = field(default_factory=QuoteScores)
    cue: Counts = field(default_factory=Counts)
    cue_exact: Counts = field(default_factory=Counts)
    cue_spans: Counts = field(default_factory=Counts)
    mention: Accuracy = field(default_factory=Accuracy)
    mention_exact: Accuracy = field(default_factory=Accuracy)
    speaker: Accuracy = field(default_factory=Accuracy)
    end_to_end: Counts = field(default_factory=Counts)
    stance: StanceScores = field(default_factory=StanceScores)
    n_docs: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.quote_lenient + other.quote_lenient,
            self.quote_strict + other.quote_strict,
            self.cue + other.cue,
            self.cue_exact + other.cue_exact,
            self.cue_spans + other.cue_spans,
            self.mention + other.mention,
            self.mention_exact + other.mention_exact,
            self.speaker + other.speaker,
            self.end_to_end + other.end_to_end,
            self.stance + other.stance,
            self.n_docs + other.n_docs,
        )

    def to_dict(self) -> dict:
        """A nested, JSON-ready dict (floats for ratios, ints for counts)::

            {"n_docs": int,
             "quote": {"lenient": QuoteScores, "strict": QuoteScores},
             "cue": {"overlap": Counts, "exact": Counts, "spans": Counts},
             "speaker_mention": {"overlap": Accuracy, "exact": Accuracy},
             "speaker": Accuracy,
             "end_to_end": Counts,
             "stance": StanceScores}

        with each class written by its own ``to_dict``.
        """
        return {
            "n_docs": self.n_docs,
            "quote": {"lenient": self.quote_lenient.to_dict(), "strict": self.quote_strict.to_dict()},
            "cue": {
                "overlap": self.cue.to_dict(),
                "exact": self.cue_exact.to_dict(),
                "spans": self.cue_spans.to_dict(),
            },
            "speaker_mention": {"overlap": self.mention.to_dict(), "exact": self.mention_exact.to_dict()},
            "speaker": self.speaker.to_dict(),
            "end_to_end": self.end_to_end.to_dict(),
            "stance": self.stance.to_dict(),
        }


# --------------------------------------------------------------------------- spans and names


def _merged(spans: Iterable[Span]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` character ranges covering ``spans``."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((s.start, s.end) for s in spans if s.end > s.start):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def quote_length(quote: Quote) -> int:
    """Characters covered by the quote's pieces (an interruption between parts is not counted)."""
    return sum(end - start for start, end in _merged(quote.pieces()))


def overlap(a: Quote, b: Quote) -> int:
    """Number of characters covered by both quotes' pieces (``Quote.pieces()``)."""
    xs, ys = _merged(a.pieces()), _merged(b.pieces())
    total = i = j = 0
    while i < len(xs) and j < len(ys):
        total += max(0, min(xs[i][1], ys[j][1]) - max(xs[i][0], ys[j][0]))
        if xs[i][1] <= ys[j][1]:
            i += 1
        else:
            j += 1
    return total


def _spans_overlap(a: Span | None, b: Span | None) -> bool:
    """Whether two spans share at least one character (an empty span shares none)."""
    return a is not None and b is not None and max(a.start, b.start) < min(a.end, b.end)


def _spans_equal(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and (a.start, a.end) == (b.start, b.end)


def normalise_range(text: str, start: int, end: int) -> tuple[int, int]:
    """The ``[start, end)`` character range of a quote with its wrapping stripped.

    ``text`` is the quote's own text, ``text == article[start:end]``. From both ends this strips
    whitespace and quotation marks (“ ” " ' ‘ ’ « » „); from the end it also strips , . ; : ! ?
    (interleaved, so ``“Yes,” `` becomes ``Yes``). A quote that is all wrapping becomes the empty
    range ``(start, start)``. Raises ``ValueError`` when ``len(text) != end - start``.
    """
    if len(text) != end - start:
        raise ValueError(f"normalise_range: text has {len(text)} characters but {start}..{end} covers {end - start}")
    lo, hi = 0, len(text)
    while lo < hi and (text[lo].isspace() or text[lo] in QUOTE_MARKS):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in QUOTE_MARKS or text[hi - 1] in TRAILING_PUNCTUATION):
        hi -= 1
    if lo == hi:
        return start, start
    return start + lo, start + hi


def _strict_key(quote: Quote) -> tuple[int, int]:
    return normalise_range(quote.text, quote.start, quote.end)


# Leading quantifiers of a group's name: the annotation guide leaves open whether they stay ("many
# economists" or "economists"), and annotators chose both ways, so the key drops them.
_QUANTIFIERS = ("many ", "some ", "most ", "several ", "few ", "numerous ", "various ", "a lot of ")
_MEMBERS = re.compile(r",\s+|,?\s+and\s+")
_OWNED = re.compile(r"(.+?)'s\s+(.+)")  # a group named by whose it is: "trump's advisers"
_CAMPAIGN = re.compile(r"(.+?)(?:'s?)?\s+(campaign|team)")  # a candidate's campaign: "kasich campaign"


def _name_key(name: str) -> str:
    key = " ".join(name.casefold().replace("’", "'").split())  # typed and typeset apostrophes alike
    key = key.removeprefix("the ")
    for quantifier in _QUANTIFIERS:
        key = key.removeprefix(quantifier)
    # The members of a list in any order: annotators wrote "Paul Ryan and Donald Trump" for "Trump and Ryan".
    return " and ".join(sorted(_MEMBERS.split(key)))


def _same_owner(a: str, b: str) -> bool:
    """Whether two keys name the same people by whose they are, the owner named in full or not ("trump's
    advisers", "donald trump's advisers", "mr. trump's advisers"; a campaign, "kasich campaign" and "john kasich
    campaign"): the shorter owner's words end the longer's."""
    ma, mb = _OWNED.fullmatch(a), _OWNED.fullmatch(b)
    if not (ma and mb) or ma.group(2) != mb.group(2):
        ma, mb = _CAMPAIGN.fullmatch(a), _CAMPAIGN.fullmatch(b)
    if not (ma and mb) or ma.group(2) != mb.group(2):
        return False
    short, long = sorted(([w for w in m.group(1).split() if w not in HONORIFICS] for m in (ma, mb)), key=len)
    return bool(short) and long[len(long) - len(short) :] == short


def same_speaker(gold: Speaker | None, pred: Speaker | None) -> bool:
    """Whether two speakers have the same canonical name.

    Names are compared casefolded, with whitespace collapsed, a leading "the " and quantifier ("many",
    "some", "most", "several", "few", "numerous", "various", "a lot of") removed and ’ read as ' ("the
    Official" == "official", "victims’ groups" == "victims' groups", "many economists" == "economists"); the
    members of a list in any order ("Paul Ryan and Donald Trump" == "Donald Trump and Paul Ryan"); a group named
    by its owner whether the owner's name is given in full or not ("Trump's advisers" == "Donald Trump's
    advisers", not "Ivanka Trump's advisers"), and so a candidate's campaign ("Kasich campaign" == "John Kasich
    campaign"); a person inside a description named in full or by surname ("source close to Ted Cruz" == "source
    close to Cruz"). Two missing speakers are the same; one missing is not.
    """
    if gold is None or pred is None:
        return gold is None and pred is None
    a, b = _name_key(gold.name), _name_key(pred.name)
    return a == b or _same_owner(a, b) or _same_but_given_names(gold.name, pred.name)


def _same_but_given_names(a: str, b: str) -> bool:
    """Whether two descriptions differ only by the given names of a person named inside them in full in one and by
    surname in the other ("source close to Ted Cruz", "source close to Cruz"; "members of Ted Cruz's circle"): one or
    two capitalised words, after a lowercase word and before a surname that ends the description or owns what
    follows, taken out of the longer, leave the shorter. Not a name alone ("Barack Obama", "Obama"), nor a body
    ("House Democrats", "Democrats")."""
    short, long = sorted((a.removeprefix("the ").split(), b.removeprefix("the ").split()), key=len)
    extra = len(long) - len(short)
    if not 1 <= extra <= 2:
        return False
    folded = [w.casefold() for w in short]
    for i in range(1, len(short)):
        surname = long[i + extra]
        if (
            [w.casefold() for w in long[:i] + long[i + extra :]] == folded
            and long[i - 1].islower()
            and all(w[:1].isupper() for w in long[i : i + extra + 1])
            and (i + extra == len(long) - 1 or surname.endswith(("'s", "’s")))
        ):
            return True
    return False


# --------------------------------------------------------------------------- matching


def _load_solver() -> Callable | None:
    """scipy's ``linear_sum_assignment`` when installed, else None (greedy matching is used)."""
    try:
        from scipy.optimize import linear_sum_assignment
    except ImportError:  # pragma: no cover - scipy ships with scikit-learn
        return None
    return linear_sum_assignment


def _assign(weights: list[list[int]]) -> list[tuple[int, int]]:
    """A one-to-one matching of rows to columns maximising total weight; pairs of weight 0 are dropped.

    Optimal with scipy; otherwise greedy by weight descending (ties by row, then column).
    """
    if not weights or not weights[0]:
        return []
    solver = _load_solver()
    if solver is not None:
        rows, cols = solver(weights, maximize=True)
        pairs = [(int(r), int(c)) for r, c in zip(rows, cols, strict=True)]
    else:
        candidates = sorted(
            ((w, r, c) for r, row in enumerate(weights) for c, w in enumerate(row) if w > 0),
            key=lambda t: (-t[0], t[1], t[2]),
        )
        used_r: set[int] = set()
        used_c: set[int] = set()
        pairs = []
        for _, r, c in candidates:
            if r not in used_r and c not in used_c:
                used_r.add(r)
                used_c.add(c)
                pairs.append((r, c))
    return sorted((r, c) for r, c in pairs if weights[r][c] > 0)


def _lenient_weight(gold: Quote, pred: Quote) -> int:
    """Overlap in characters when it covers at least half of each quote, else 0."""
    shared = overlap(gold, pred)
    return shared if shared > 0 and 2 * shared >= max(quote_length(gold), quote_length(pred)) else 0


def _strict_weight(gold: Quote, pred: Quote) -> int:
    return 1 if _strict_key(gold) == _strict_key(pred) else 0


def match_quotes(gold: Sequence[Attribution], pred: Sequence[Attribution], *, strict: bool) -> list[tuple[int, int]]:
    """One-to-one matching of gold to predicted quotes of one document, as ``(gold_index, pred_index)``.

    Lenient (``strict=False``): a pair may match when the character overlap of their pieces is at
    least half of each quote's length (lengths and overlap in characters, summed over
    ``Quote.pieces()``); among those, the matching maximises total overlap. Strict: a pair may match
    when their ``normalise_range`` ranges are equal.

    Optional golds are matched only to predictions left over by the required golds. Pairs with an
    optional gold are returned; callers drop them. The result is sorted by gold index.
    """
    weight = _strict_weight if strict else _lenient_weight
    required = [i for i, g in enumerate(gold) if not g.optional]
    optional = [i for i, g in enumerate(gold) if g.optional]
    pairs: list[tuple[int, int]] = []
    free = list(range(len(pred)))
    for rows in (required, optional):
        matched = _assign([[weight(gold[i].quote, pred[j].quote) for j in free] for i in rows])
        pairs += [(rows[r], free[c]) for r, c in matched]
        taken = {free[c] for _, c in matched}
        free = [j for j in free if j not in taken]
    return sorted(pairs)


# --------------------------------------------------------------------------- scoring


def _quote_scores(
    gold: Sequence[Attribution], pred: Sequence[Attribution], pairs: list[tuple[int, int]]
) -> tuple[QuoteScores, list[tuple[int, int]], list[int]]:
    """Quote scores, the pairs that count (required gold) and the predictions that count."""
    dropped = {j for i, j in pairs if gold[i].optional}
    golds = [i for i, g in enumerate(gold) if not g.optional]
    preds = [j for j in range(len(pred)) if j not in dropped]
    kept = [(i, j) for i, j in pairs if not gold[i].optional]
    overall = Counts(len(kept), len(kept), len(golds), len(preds))
    kinds = dict.fromkeys([*QUOTE_KINDS, *(gold[i].quote.kind for i in golds), *(pred[j].quote.kind for j in preds)])
    by_kind = {
        kind: Counts(
            tp=sum(1 for i, _ in kept if gold[i].quote.kind == kind),
            tp_pred=sum(1 for _, j in kept if pred[j].quote.kind == kind),
            n_gold=sum(1 for i in golds if gold[i].quote.kind == kind),
            n_pred=sum(1 for j in preds if pred[j].quote.kind == kind),
        )
        for kind in kinds
    }
    return QuoteScores(overall, by_kind), kept, preds


def _target_key(target: str) -> str:
    return " ".join(target.casefold().split())


def _cue_span_counts(gold: Sequence[Attribution], pred: Sequence[Attribution]) -> tuple[int, int, int]:
    """(matched, gold, predicted) distinct cue spans; greedy one-to-one by position (cues are short)."""
    gold_spans = sorted({(a.cue.start, a.cue.end) for a in gold if a.cue is not None})
    pred_spans = sorted({(a.cue.start, a.cue.end) for a in pred if a.cue is not None})
    used: set[int] = set()
    for start, end in gold_spans:
        for j, (p_start, p_end) in enumerate(pred_spans):
            if j not in used and p_start < end and start < p_end:
                used.add(j)
                break
    return len(used), len(gold_spans), len(pred_spans)


def score_document(gold: Sequence[Attribution], pred: Sequence[Attribution]) -> Scores:
    """Scores of one document's predicted attributions against its gold ones.

    * quote: lenient and strict P/R/F1 (see ``match_quotes``), overall and per kind (``QuoteScores``);
    * cue: over all quotes, a predicted cue is correct when its quote is lenient-matched and it
      shares a character with the gold cue (``cue``) or has the same offsets (``cue_exact``);
      precision is over predicted quotes with a cue, recall over gold quotes with a cue;
    * cue spans: cue detection on its own, whatever quote a cue is linked to: the distinct cue spans
      of counted gold and predicted quotes, matched one-to-one when they share a character;
    * mention: accuracy on lenient pairs whose gold speaker has a mention: the predicted mention
      shares a character with it (``mention``) or has the same offsets (``mention_exact``);
    * speaker: accuracy on lenient pairs whose gold has a speaker, by ``same_speaker``;
    * end_to_end: P/R/F1 where a true positive is a lenient pair with ``same_speaker`` true;
    * stance: on lenient pairs, each gold stance against the predicted stance of the same target
      (casefolded, whitespace collapsed; first one wins); no such stance is a wrong answer.
      Predicted stances on other targets are ignored.
    """
    lenient, kept, preds = _quote_scores(gold, pred, match_quotes(gold, pred, strict=False))
    strict, _, _ = _quote_scores(gold, pred, match_quotes(gold, pred, strict=True))
    golds = [g for g in gold if not g.optional]
    counted = [pred[j] for j in preds]
    pairs = [(gold[i], pred[j]) for i, j in kept]

    cue_gold = sum(1 for g in golds if g.cue is not None)
    cue_pred = sum(1 for p in counted if p.cue is not None)
    cue_hit = sum(1 for g, p in pairs if _spans_overlap(g.cue, p.cue))
    cue_exact = sum(1 for g, p in pairs if _spans_equal(g.cue, p.cue))

    spans_hit, spans_gold, spans_pred = _cue_span_counts(golds, counted)

    with_mention = [
        (g.speaker.mention, p.speaker.mention if p.speaker else None)
        for g, p in pairs
        if g.speaker is not None and g.speaker.mention is not None
    ]
    with_speaker = [(g, p) for g, p in pairs if g.speaker is not None]

    gold_labels: list[str] = []
    pred_labels: list[str | None] = []
    pred_scores: list[float | None] = []
    for g, p in pairs:
        predicted: dict[str, tuple[str, float]] = {}
        for stance in p.stances:
            predicted.setdefault(_target_key(stance.target), (stance.label, stance.score))
        for stance in g.stances:
            label, score = predicted.get(_target_key(stance.target), (None, None))
            gold_labels.append(stance.label)
            pred_labels.append(label)
            pred_scores.append(score)

    e2e = sum(1 for g, p in pairs if same_speaker(g.speaker, p.speaker))
    return Scores(
        quote_lenient=lenient,
        quote_strict=strict,
        cue=Counts(cue_hit, cue_hit, cue_gold, cue_pred),
        cue_exact=Counts(cue_exact, cue_exact, cue_gold, cue_pred),
        cue_spans=Counts(spans_hit, spans_hit, spans_gold, spans_pred),
        mention=Accuracy(sum(1 for g, p in with_mention if _spans_overlap(g, p)), len(with_mention)),
        mention_exact=Accuracy(sum(1 for g, p in with_mention if _spans_equal(g, p)), len(with_mention)),
        speaker=Accuracy(sum(1 for g, p in with_speaker if same_speaker(g.speaker, p.speaker)), len(with_speaker)),
        end_to_end=Counts(e2e, e2e, lenient.overall.n_gold, lenient.overall.n_pred),
        stance=StanceScores.from_labels(gold_labels, pred_labels, pred_scores),
        n_docs=1,
    )


def score_documents(pairs: Iterable[tuple[Sequence[Attribution], Sequence[Attribution]]]) -> Scores:
    """Micro-averaged ``Scores`` over ``(gold, predicted)`` attribution lists, one pair per document.

    No documents give all-zero scores.
    """
    total = Scores()
    for gold, pred in pairs:
        total = total + score_document(gold, pred)
    return total


def stance_scores(
    gold_labels: Sequence[str], pred_labels: Sequence[str | None], scores: Sequence[float | None] | None = None
) -> dict:
    """Stance scores of aligned label lists (one item per (text, target)), as a dict.

    Returns ``{macro_f1, f_avg, accuracy, correct, n, per_label: {label: {precision, recall, f1,
    n_gold, n_pred, tp, tp_pred}}, calibration_error, reliability}`` (the last two from ``scores``, each
    predicted label's probability). ``macro_f1`` is the mean F1 over favor, against and neutral
    (always all three); ``f_avg`` the mean F1 of favor and against. A predicted ``None`` or unknown
    label is wrong and counts toward no label. Raises ``ValueError`` when the lists differ in length
    or a gold label is not favor/against/neutral.
    """
    return StanceScores.from_labels(gold_labels, pred_labels, scores).to_dict()


# --------------------------------------------------------------------------- proposed targets

# Words that do not tell one target from another ("the Clean Power Plan" is "Clean Power Plan").
_TARGET_FILLERS = frozenset("a an the of on in to for and with by at from its his her their".split())


def _target_words(phrase: str) -> set[str]:
    """A target's distinguishing words: casefolded, possessive and plural "s" dropped, fillers dropped."""
    words = set()
    for word in re.findall(r"[a-z0-9]+(?:'[a-z]+)?", phrase.casefold().replace("’", "'")):
        word = singular(word.removesuffix("'s"))
        if word not in _TARGET_FILLERS:
            words.add(word)
    return words


def target_matches(proposed: str, gold: str) -> bool:
    """Whether a proposed target names the gold one.

    Every distinguishing word of ``proposed`` must be in ``gold`` and it must share at least two of
    them, or all of a shorter gold ("ground invasion" names "an Israeli ground invasion of Rafah",
    "Israeli" alone does not); a surname alone names a gold written as a name ("Clinton" names
    "Hillary Clinton").
    """
    p, g = _target_words(proposed), _target_words(gold)
    if not p or not p <= g:
        return False
    if len(p) >= min(2, len(g)):
        return True
    words = gold.split()
    return all(w[:1].isupper() for w in words) and p == _target_words(words[-1])


def target_proposal_scores(docs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> dict:
    """How proposed targets meet annotated ones, over ``(gold targets, proposed targets)`` per document.

    Returns ``{recall, precision, doc_hit, n_gold, n_proposed, n_docs}``: ``recall`` the share of gold
    targets some proposal names, ``precision`` the share of proposals that name some gold target,
    ``doc_hit`` the share of documents where at least one gold target is named (see ``target_matches``).
    """
    found = named = hits = n_gold = n_proposed = n_docs = 0
    for gold, proposed in docs:
        n_docs += 1
        n_gold += len(gold)
        n_proposed += len(proposed)
        covered = sum(1 for g in gold if any(target_matches(p, g) for p in proposed))
        found += covered
        named += sum(1 for p in proposed if any(target_matches(p, g) for g in gold))
        hits += covered > 0
    return {
        "recall": _ratio(found, n_gold),
        "precision": _ratio(named, n_proposed),
        "doc_hit": _ratio(hits, n_docs),
        "n_gold": n_gold,
        "n_proposed": n_proposed,
        "n_docs": n_docs,
    }
