"""Human-readable views of results: an article with quotes marked, and tables of speakers."""

from __future__ import annotations

from collections import Counter

from .evaluate import LINKING_STAGE, SPEAKER_STAGE, STANCE_STAGE
from .tally import GenderShare, SpeakerTally, TypeShare
from .types import STANCE_LABELS, Attribution

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
    """One line per speaker: id, name, type, role, gender and number of quotes, most quoted first."""
    counts: Counter = Counter()
    about: dict = {}
    for a in attributions:
        key = (a.speaker.id, a.speaker.name) if a.speaker else (None, "(no speaker)")
        counts[key] += 1
        about[key] = a.speaker
    lines = [f"{'id':<5} {'quotes':>6}  speaker"]
    for key, n in counts.most_common():
        speaker = about[key]
        about_it = [speaker.type, speaker.role, speaker.gender] if speaker else []
        kind = f" ({', '.join(x for x in about_it if x)})" if speaker else ""
        lines.append(f"{key[0] or '-':<5} {n:>6}  {key[1]}{kind}")
    return "\n".join(lines)


def tally_table(
    rows: list[SpeakerTally], shares: list[TypeShare], targets: list[str], genders: list[GenderShare]
) -> str:
    """Speakers pooled over a run (quotes, articles, gender, stance counts per numbered target), then the type mix
    and the gender mix of the people quoted."""
    lines = [f"stance toward [{k}] {t}" for k, t in enumerate(targets, start=1)]
    columns = "".join(f"  [{k}] fav agt neu" for k in range(1, len(targets) + 1))
    lines.append(f"{'quotes':>6} {'articles':>8}  {'type':<12} {'gender':<7}{columns}  speaker")
    for r in rows:
        counts = "".join(
            " " * len(f"  [{k}] ") + " ".join(f"{r.stance_count(t, label):>3}" for label in STANCE_LABELS)
            for k, t in enumerate(targets, start=1)
        )
        lines.append(f"{r.quotes:>6} {len(r.articles):>8}  {r.type:<12} {r.gender or '-':<7}{counts}  {r.name}")
    lines += ["", f"{'quotes':>6} {'share':>6} {'articles':>8}  speaker type"]
    lines += [f"{s.quotes:>6} {s.share:>6.1%} {s.articles:>8}  {s.type}" for s in shares]
    if genders:
        lines += ["", f"{'quotes':>6} {'share':>6} {'people':>8}  gender (of people quoted)"]
        lines += [f"{g.quotes:>6} {g.share:>6.1%} {g.speakers:>8}  {g.gender}" for g in genders]
    return "\n".join(lines)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _per_label(stance: dict) -> str:
    """ "favor 45.9, against 43.9, neutral 81.0": the F1 of each label of stance scores, in %."""
    return ", ".join(f"{k} {_pct(v['f1'])}" for k, v in stance["per_label"].items())


def _counted(n: int, noun: str) -> str:
    """ "1 article", "2 articles": a count and its noun, plural but for one."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _stance_line(stance: dict) -> str:
    if not stance["n"]:
        return "no gold stances to score (give the articles targets and the quotes stances)"
    if not any(label["n_pred"] for label in stance["per_label"].values()):
        return "not predicted (no stance model, or no record has a stance toward the gold targets)"
    pairs = f"{stance['n']} quote-target pairs"
    return f"macro-F1 {_pct(stance['macro_f1'])} over {pairs} (F1 per label: {_per_label(stance)})"


def stance_summary(path, report: dict) -> str:
    """A short plain-text reading of a ``quotes eval-stance`` report (scores in %), a line per group of examples."""
    lines = [f"stance model on {path} (scores in %):"]
    for group, scores in report.items():
        if not scores["n"]:
            lines.append(f"  {group}: no examples")
            continue
        lines.append(
            f"  {group}: macro-F1 {_pct(scores['macro_f1'])}, F_avg {_pct(scores['f_avg'])}, accuracy "
            f"{_pct(scores['accuracy'])} over {_counted(scores['n'], 'example')} (F1 per label: {_per_label(scores)})"
        )
    return "\n".join(lines)


def score_summary(report: dict) -> str:
    """A short plain-text reading of a ``quotes eval`` report (scores in %); the JSON holds every count. Canonical
    speaker scores are left out when the report says the gold has none (``canonical_speakers``: PolNeAR alone)."""
    s = report["scores"]
    lenient, strict = s["quote"]["lenient"], s["quote"]["strict"]
    kinds = ", ".join(
        f"{kind} {_pct(k['recall'])} % of {k['n_gold']}" for kind, k in lenient["by_kind"].items() if k["n_gold"]
    )
    lines = [
        f"{report['system']} on {report['gold']}: {s['n_docs']} articles, {lenient['n_gold']} gold quotes, "
        f"{lenient['n_pred']} found (scores in %)",
        *(
            ["  (a quote running on after its attributing sentence is read as part of it, as this gold marks it)"]
            if report.get("run_ons") == "joined"
            else []
        ),
        f"  quotes    lenient (half the characters shared) P {_pct(lenient['precision'])}  R {_pct(lenient['recall'])}"
        f"  F1 {_pct(lenient['f1'])};  strict (the exact span) F1 {_pct(strict['f1'])}",
        f"            recall by kind: {kinds or 'no gold quotes'}",
        f"  cues      F1 {_pct(s['cue']['overlap']['f1'])} (the cue of each found quote);"
        f"  cue spans alone F1 {_pct(s['cue']['spans']['f1'])}",
        f"  speakers  source mention right on {_pct(s['speaker_mention']['overlap']['accuracy'])} % of "
        f"{s['speaker_mention']['overlap']['n']} found quotes",
    ]
    if report.get("canonical_speakers", True):
        speaker, end_to_end = s["speaker"], s["end_to_end"]
        lines += [
            f"            canonical speaker right on {_pct(speaker['accuracy'])} % of {speaker['n']};  end to end "
            f"(quote found and its canonical speaker right) F1 {_pct(end_to_end['f1'])}"
        ]
    else:
        lines += ["            no canonical speakers in this gold (it names only mentions): give them with --speakers"]
    lines += [f"  stance    {_stance_line(s['stance'])}"]
    own = {
        LINKING_STAGE: lambda t: (
            f"cue F1 {_pct(t['cue']['overlap']['f1'])}, source mention right on "
            f"{_pct(t['speaker_mention']['overlap']['accuracy'])} % of {t['speaker_mention']['overlap']['n']}"
        ),
        SPEAKER_STAGE: lambda t: (
            f"canonical speaker right on {_pct(t['speaker']['accuracy'])} % of {t['speaker']['n']}"
        ),
        STANCE_STAGE: lambda t: _stance_line(t["stance"]),
    }
    if stages := report.get("stages"):
        lines.append("each stage fed the gold input before it, so its errors are its own:")
        lines += [f"  {name}: {own[name](t) if name in own else ''}" for name, t in stages.items()]
    return "\n".join(lines)
