"""Human-readable views of results: an article with quotes marked, and a table of speakers."""

from __future__ import annotations

from collections import Counter

from .types import Attribution

_QUOTE_COLOR = "\x1b[36m"  # cyan
_CUE_COLOR = "\x1b[1m"  # bold
_LABEL_COLOR = "\x1b[33m"  # yellow
_RESET = "\x1b[0m"


def _label(a: Attribution) -> str:
    who = f"{a.speaker.id or '-'} {a.speaker.name}" if a.speaker else "? no speaker"
    stances = "".join(f" | {s.label} {s.target} {s.score:.2f}" for s in a.stances)
    return f"[{who}{stances}]"


def render_article(text: str, attributions: list[Attribution], *, color: bool = False) -> str:
    """``text`` with each quote piece in ⟦…⟧ (or colour), its cue in ⟨…⟩ and its speaker after it."""
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}

    def mark(start: int, end: int, left: str, right: str) -> None:
        opens.setdefault(start, []).append(left)
        closes.setdefault(end, []).insert(0, right)

    for a in attributions:
        pieces = a.quote.pieces()
        for i, piece in enumerate(pieces):
            label = " " + _label(a) if i == len(pieces) - 1 else ""
            if color:
                mark(piece.start, piece.end, _QUOTE_COLOR, _RESET + (_LABEL_COLOR + label + _RESET if label else ""))
            else:
                mark(piece.start, piece.end, "⟦", "⟧" + label)
        if a.cue is not None:
            mark(a.cue.start, a.cue.end, *((_CUE_COLOR, _RESET) if color else ("⟨", "⟩")))
    out = []
    for i, ch in enumerate(text):
        out.extend(closes.get(i, []))
        out.extend(opens.get(i, []))
        out.append(ch)
    out.extend(closes.get(len(text), []))
    return "".join(out)


def speaker_table(attributions: list[Attribution]) -> str:
    """One line per speaker: id, name, type, role and number of quotes, most quoted first."""
    counts: Counter = Counter()
    about: dict = {}
    for a in attributions:
        key = (a.speaker.id, a.speaker.name) if a.speaker else (None, "(no speaker)")
        counts[key] += 1
        about[key] = a.speaker
    lines = [f"{'id':<5} {'quotes':>6}  speaker"]
    for key, n in counts.most_common():
        speaker = about[key]
        kind = f" ({speaker.type}{', ' + speaker.role if speaker and speaker.role else ''})" if speaker else ""
        lines.append(f"{key[0] or '-':<5} {n:>6}  {key[1]}{kind}")
    return "\n".join(lines)
