"""The ``quotes`` command line: thin typer commands over the library's functions."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from .errors import QuotesError
from .types import Article

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Who said what, and where they stand, in news articles.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"quotes {version('quotes')}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="print the version and exit")
    ] = False,
) -> None:
    """Who said what, and where they stand, in news articles."""


ModelOption = Annotated[Path | None, typer.Option("--model", help="extractor model folder (default: the shipped one)")]
StanceModelOption = Annotated[
    Path | None, typer.Option("--stance-model", help="stance model folder (default: the shipped one)")
]
NoStanceOption = Annotated[bool, typer.Option("--no-stance", help="skip stance classification (faster)")]
AntecedentModelOption = Annotated[
    Path | None, typer.Option("--antecedent-model", help="pronoun antecedent model folder (default: the shipped one)")
]
NoAntecedentsOption = Annotated[
    bool, typer.Option("--no-antecedents", help="resolve pronouns by the rules alone (no antecedent model)")
]
Int8Option = Annotated[
    bool, typer.Option("--int8", help="8-bit model weights: faster, a little less accurate (see eval/reports/int8.md)")
]


def _check_targets(targets: list[str] | None, *, no_stance: bool) -> None:
    """Fail before the models load when a ``--target`` is empty, or given with ``--no-stance``, which ignores it."""
    if any(not t.strip() for t in targets or ()):
        _fail(QuotesError("--target: empty; give the words of a stance target, e.g. --target 'the tax plan'"))
    if targets and no_stance:
        _fail(QuotesError("--target with --no-stance: stance is skipped, so the targets would be ignored; drop one"))


def _check_readable(extractor, targets: list[str] | None) -> None:
    """Fail once, before any article, on a ``--target`` the stance model cannot read (too long), rather than on
    every article."""
    try:
        extractor.check_targets(targets or [], "--target")
    except QuotesError as err:
        _fail(err)


def _fail(err: QuotesError) -> None:
    typer.echo(f"error: {err}", err=True)
    raise typer.Exit(2)


def _load(
    model: Path | None,
    stance_model: Path | None = None,
    no_stance: bool = False,
    threads: int | None = None,
    *,
    antecedent_model: Path | None = None,
    no_antecedents: bool = False,
    int8: bool = False,
):
    from .pipeline import load

    try:
        return load(
            model,
            stance_path=stance_model,
            stance=not no_stance,
            antecedent_path=antecedent_model,
            antecedents=not no_antecedents,
            threads=threads,
            int8=int8,
        )
    except QuotesError as err:
        _fail(err)


@app.command()
def extract(
    paths: Annotated[
        list[Path], typer.Argument(help="article files or folders (txt, md, html, json, jsonl, csv, tsv)")
    ],
    output: Annotated[str, typer.Option("-o", "--output", help="out.jsonl, out.csv, or - for stdout")] = "-",
    target: Annotated[list[str] | None, typer.Option("--target", "-t", help="stance target (repeatable)")] = None,
    glob: Annotated[
        str | None, typer.Option(help="within folders, only files whose relative path or name matches (case ignored)")
    ] = None,
    resume: Annotated[bool, typer.Option(help="continue an earlier run into the same output")] = False,
    model: ModelOption = None,
    stance_model: StanceModelOption = None,
    no_stance: NoStanceOption = False,
    antecedent_model: AntecedentModelOption = None,
    no_antecedents: NoAntecedentsOption = False,
    batch_size: Annotated[int, typer.Option(min=1, help="articles per model batch")] = 8,
    threads: Annotated[int | None, typer.Option(min=1, help="CPU threads for the model (default: torch's)")] = None,
    int8: Int8Option = False,
    min_confidence: Annotated[
        float,
        typer.Option(
            min=0.0, max=1.0, help="write only quotes of at least this confidence (0.7: more precise, fewer found)"
        ),
    ] = 0.0,
    run_ons: Annotated[
        str,
        typer.Option(
            help="own: what a speaker goes on to say after the attributing sentence is a record of its own; "
            "joined: one record with the quote before (PolNeAR's convention, as quotes eval scores PolNeAR)"
        ),
    ] = "own",
) -> None:
    """Find the quotes of every article and write one record per quote."""
    from .batch import BatchSummary, RecordSink, check_output, run_batch
    from .pipeline import RUN_ON_POLICIES

    if resume and output == "-":
        _fail(QuotesError("--resume needs an output file; pass -o out.jsonl"))
    _check_targets(target, no_stance=no_stance)
    if run_ons not in RUN_ON_POLICIES:
        _fail(QuotesError(f"--run-ons {run_ons}: unknown; use {' or '.join(RUN_ON_POLICIES)}"))
    # What decides a record's content; a resumed run must match the run it continues.
    settings = {
        "run_ons": run_ons,
        "targets": list(target or ()),
        "stance": not no_stance,
        "antecedents": not no_antecedents,
        "int8": int8,
        "min_confidence": min_confidence,
        "models": [m.resolve().as_posix() if m else None for m in (model, stance_model, antecedent_model)],
    }
    try:
        check_output(output, paths, resume=resume, settings=settings)
    except QuotesError as err:
        _fail(err)
    extractor = _load(
        model, stance_model, no_stance, threads,
        antecedent_model=antecedent_model, no_antecedents=no_antecedents, int8=int8,
    )  # fmt: skip
    _check_readable(extractor, target)
    status = _Status(terminal=sys.stderr.isatty())

    def process(articles):
        found = extractor.process(articles, run_ons=run_ons)
        return [[a for a in records if a.confidence >= min_confidence] for records in found]

    summary = BatchSummary()
    try:
        with _stop_on_sigterm(), RecordSink(output, resume=resume, settings=settings) as sink:
            run_batch(
                paths, process, sink, glob=glob, targets=target or (), batch_size=batch_size,
                on_error=lambda m: status.say(f"error: {m}"), on_warning=lambda m: status.say(f"warning: {m}"),
                on_progress=status.progress, summary=summary,
            )  # fmt: skip
    except KeyboardInterrupt as stop:
        status.say("interrupted: every record written so far is whole; rerun with --resume to continue")
        status.finish(summary)
        raise typer.Exit(143 if isinstance(stop, _Terminated) else 130) from None
    except QuotesError as err:  # the output is locked by another run
        _fail(err)
    except BrokenPipeError:
        _stdout_closed()
    except OSError as err:
        _fail(QuotesError(f"{output}: cannot write ({err.strerror}); check the path and its permissions"))
    status.finish(summary)
    raise typer.Exit(1 if summary.failures else 0)


@app.command()
def show(
    file: Annotated[
        Path, typer.Argument(help="one article file (a folder or a .jsonl/.csv shows each, headed by its id)")
    ],
    model: ModelOption = None,
    stance_model: StanceModelOption = None,
    no_stance: NoStanceOption = False,
    antecedent_model: AntecedentModelOption = None,
    no_antecedents: NoAntecedentsOption = False,
    target: Annotated[list[str] | None, typer.Option("--target", "-t", help="stance target (repeatable)")] = None,
    color: Annotated[bool | None, typer.Option(help="colour the quotes (default: on a terminal)")] = None,
    int8: Int8Option = False,
) -> None:
    """Print an article with its quotes marked and speakers labelled, then the speakers and their quote counts."""
    from .io import MULTI_ARTICLE_SUFFIXES, iter_inputs
    from .render import render_article, speaker_table

    _check_targets(target, no_stance=no_stance)
    extractor = _load(
        model, stance_model, no_stance, antecedent_model=antecedent_model, no_antecedents=no_antecedents, int8=int8
    )
    _check_readable(extractor, target)
    use_color = sys.stdout.isatty() if color is None else color
    failed = False
    for item in iter_inputs([file]):
        if isinstance(item, QuotesError):
            typer.echo(f"error: {item}", err=True)
            failed = True
            continue
        if target:
            item = Article(item.id, item.text, item.title, tuple(target))
        try:
            found = extractor.process([item])[0]
        except QuotesError as err:  # a JSON article's own targets that are not strings
            typer.echo(f"error: {err}", err=True)
            failed = True
            continue
        if file.is_dir() or file.suffix.lower() in MULTI_ARTICLE_SUFFIXES:  # several articles: say which follows
            typer.echo(f"== {item.id}" + (f": {item.title}" if item.title else ""))
        # color= keeps the escape codes when asked for them off a terminal (| less -R); typer strips them otherwise.
        typer.echo(render_article(item.text, found, color=use_color), color=use_color)
        typer.echo("")
        typer.echo(speaker_table(found))
        if found and found[0].stances:
            typer.echo("\nstance targets: " + "; ".join(s.target for s in found[0].stances))
    raise typer.Exit(1 if failed else 0)


@app.command("speakers")
def speakers_command(
    results: Annotated[list[Path], typer.Argument(help="JSONL files written by quotes extract")],
    target: Annotated[
        list[str] | None, typer.Option("--target", "-t", help="stance columns for this target (default: all)")
    ] = None,
    stance: Annotated[
        str | None, typer.Option(help="only speakers with a quote of this label (favor, against, neutral) on a target")
    ] = None,
    speaker_type: Annotated[
        list[str] | None, typer.Option("--type", help="only speakers of this type (repeatable)")
    ] = None,
    gender: Annotated[
        list[str] | None, typer.Option(help="only people of this gender: female, male, unknown (repeatable)")
    ] = None,
    min_quotes: Annotated[int, typer.Option(min=1, help="only speakers with at least this many quotes")] = 1,
    min_score: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="count a stance only at this probability or more (0..1)")
    ] = 0.0,
    min_confidence: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="count only quotes of at least this confidence (0..1)")
    ] = 0.0,
    top: Annotated[int | None, typer.Option(min=1, help="show only the first N speakers")] = None,
    exact_names: Annotated[
        bool, typer.Option(help="keep a person's spellings apart (default: 'Donald J. Trump' = 'Donald Trump')")
    ] = False,
    output: Annotated[str, typer.Option("-o", "--output", help="- for a table, or out.csv, out.json")] = "-",
) -> None:
    """Tally who is quoted across extract results: quotes, articles and stances per speaker, the mix of source
    types and of people's genders. With --stance (and --target), who takes that side, most quotes first."""
    from .render import tally_table
    from .tally import (
        NO_GENDER,
        as_spelled,
        busiest_targets,
        gender_shares,
        merge_people,
        select_speakers,
        tally_speakers,
        targets_of,
        type_shares,
        write_tally,
    )
    from .types import GENDERS, SPEAKER_TYPES, STANCE_LABELS

    if stance is not None and stance not in STANCE_LABELS:
        _fail(QuotesError(f"--stance {stance}: not a label; use one of {', '.join(STANCE_LABELS)}"))
    unknown = sorted(set(speaker_type or ()) - set(SPEAKER_TYPES))
    if unknown:
        _fail(QuotesError(f"--type {unknown[0]}: not a speaker type; use one of {', '.join(SPEAKER_TYPES)}"))
    if unknown := sorted(set(gender or ()) - {*GENDERS, NO_GENDER}):
        _fail(QuotesError(f"--gender {unknown[0]}: not a gender; use one of {', '.join((*GENDERS, NO_GENDER))}"))
    if output != "-" and not output.lower().endswith((".csv", ".json")):
        _fail(QuotesError(f"{output}: unknown output format; use - (a table), a .csv or a .json path"))
    records, failed = _read_results(results)
    records = [r for r in records if r.confidence >= min_confidence]
    found = targets_of(records)
    targets = as_spelled(target, found) if target else found
    if stance is not None and not found and records:
        typer.echo(
            f"warning: --stance {stance}: these records carry no stances (extracted with --no-stance?); "
            "rerun quotes extract with --target",
            err=True,
        )
    if missing := [t for t in targets if t not in found]:
        typer.echo(
            f"warning: no stance toward {', '.join(map(repr, missing))} in these records (targets are given at "
            "extract time: quotes extract --target)",
            err=True,
        )
    pooled = tally_speakers(records, min_score=min_score)
    pooled = pooled if exact_names else merge_people(pooled)
    rows = select_speakers(
        pooled, types=speaker_type, genders=gender, min_quotes=min_quotes, stance=stance, targets=targets, top=top,
    )  # fmt: skip
    shares, genders = type_shares(records), gender_shares(pooled)
    try:
        if output == "-":
            shown = busiest_targets(rows, targets, stance=stance, limit=TABLE_TARGETS)
            if (left := len(busiest_targets(rows, targets, stance=stance, limit=len(targets))) - len(shown)) > 0:
                typer.echo(
                    f"note: {left} more {'target is' if left == 1 else 'targets are'} not shown in the table; pick "
                    "them with -t, or write all with -o speakers.csv",
                    err=True,
                )
            typer.echo(tally_table(rows, shares, shown, genders))
        else:
            write_tally(Path(output), rows, shares, targets, genders)
    except OSError as err:
        _fail(QuotesError(f"{output}: cannot write ({err.strerror}); check the path and its permissions"))
    raise typer.Exit(1 if failed else 0)


class _Terminated(KeyboardInterrupt):
    """SIGTERM (kill, timeout, docker stop, Slurm), raised where the run is, so that it ends as on Ctrl-C."""


@contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """SIGTERM raises _Terminated inside the block (its earlier handling is restored after it)."""

    def stop(signum, frame) -> NoReturn:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


PROGRESS_ARTICLES, PROGRESS_SECONDS = 100, 60.0  # how often a run off a terminal logs its progress


class _Status:
    """A run's messages on stderr. On a terminal the progress line is rewritten in place and the summary takes
    its place at the end; elsewhere (nohup, cron) a progress line is written every ``PROGRESS_ARTICLES`` articles or
    ``PROGRESS_SECONDS`` seconds, so that a long run shows signs of life in its log."""

    def __init__(self, *, terminal: bool) -> None:
        self.terminal = terminal
        self.shown = 0  # length of the progress line on the terminal's last line, 0 when none is there
        self.logged, self.logged_at = 0, time.monotonic()  # the articles at the last progress line in a log

    def progress(self, summary) -> None:
        if self.terminal:
            self._in_place(summary.line())
        elif (
            summary.articles - self.logged >= PROGRESS_ARTICLES or time.monotonic() - self.logged_at >= PROGRESS_SECONDS
        ):
            typer.echo(f"progress: {summary.line()}", err=True)
            self.logged, self.logged_at = summary.articles, time.monotonic()

    def say(self, message: str) -> None:
        """A line of its own, below the progress line."""
        if self.shown:
            typer.echo("", err=True)
            self.shown = 0
        typer.echo(message, err=True)

    def finish(self, summary) -> None:
        """The run's summary, once (on a terminal in place of the progress line), and the files it did not read."""
        if self.terminal:
            self._in_place(summary.line())
            self.shown = 0
            typer.echo("", err=True)
        else:
            typer.echo(summary.line(), err=True)
        if not_read := summary.not_read_line():
            typer.echo(f"note: {not_read}", err=True)

    def _in_place(self, line: str) -> None:
        typer.echo("\r" + line.ljust(self.shown), err=True, nl=False)  # padded: a shorter line leaves no tail
        self.shown = len(line)


def _stdout_closed() -> NoReturn:
    """The reader of stdout went away (``quotes extract … | head``): stop quietly, as Unix tools do."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the flush at exit cannot fail again
    raise typer.Exit(1)


def _read_results(paths: list[Path]) -> tuple[list, bool]:
    """The quote records of the JSONL files ``paths``, and whether any failed (each failure is one stderr line;
    a bad line loses only itself). A file given twice, or a copy of one, is read once, so no quote counts twice."""
    from .io import iter_records

    records, failed = [], False
    files_of_doc: dict[str, Path] = {}  # each article id and the first file holding it
    shared: dict[str, list[Path]] = {}  # article ids found in more than one file, and those files
    for path in _distinct_files(paths):
        if path.is_dir() or path.suffix.lower() == ".csv":
            what = "a folder" if path.is_dir() else "CSV, which cannot be read back"
            typer.echo(f"error: {path}: {what}; pass the JSONL files of quotes extract -o out.jsonl", err=True)
            failed = True
            continue
        count = errors = 0
        for item in iter_records(path):
            if isinstance(item, QuotesError):
                typer.echo(f"error: {item}", err=True)
                errors += 1
                continue
            records.append(item)
            count += 1
            first = files_of_doc.setdefault(item.doc, path)
            if first != path and path not in shared.setdefault(item.doc, [first]):
                shared[item.doc].append(path)
        failed = failed or errors > 0
        if count == 0 and not errors:
            failed = failed or _no_records(path)
    if shared:
        _warn_shared_ids(shared)
    return records, failed


def _distinct_files(paths: list[Path]) -> list[Path]:
    """``paths`` without a file given before: the same file, or one of the same bytes (a backup copy), with a
    warning for each left out."""
    kept, seen = [], {}
    for path in paths:
        try:
            empty = path.is_file() and path.stat().st_size == 0  # two runs that found nothing are no copies
            keys = [path.resolve(), _digest(path)] if path.is_file() and not empty else [path.resolve()]
        except OSError:  # unreadable: reading it reports why
            keys = [path]
        if (first := next((seen[k] for k in keys if k in seen), None)) is not None:
            what = "given more than once" if keys[0] in seen else f"the same bytes as {first} (a copy?)"
            typer.echo(f"warning: {path}: {what}; read once, so its quotes count once", err=True)
            continue
        seen.update(dict.fromkeys(keys, path))
        kept.append(path)
    return kept


def _digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in chunks."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _no_records(path: Path) -> bool:
    """Say that ``path`` holds no quote records; whether that is a failure (it is no output of quotes extract)."""
    # The output of a run that found no quote in its articles: with its .done file, or empty (written to stdout)
    if Path(f"{path}.done").is_file() or path.stat().st_size == 0:
        typer.echo(f"warning: {path}: no quote records (quotes extract found no quote in its articles)", err=True)
        return False
    typer.echo(
        f"error: {path}: holds no quotes extract records (an article file?); pass the JSONL written by "
        "quotes extract -o out.jsonl",
        err=True,
    )
    return True


def _warn_shared_ids(shared: dict[str, list[Path]]) -> None:
    """One warning for the article ids that several results files use: their articles are counted as one."""
    files = sorted({path.as_posix() for paths in shared.values() for path in paths})
    ids = f"{len(shared)} article id{'s' if len(shared) > 1 else ''}"
    typer.echo(
        f"warning: {', '.join(files)} share {ids} (e.g. {next(iter(shared))!r}), so those articles are counted as "
        "one; to keep them apart, extract the folders in one run, or from their parent folder so that ids name the "
        "folder (y2024/story.txt)",
        err=True,
    )


TABLE_TARGETS = 4  # stance columns a speakers table has room for; the busiest are shown, CSV and JSON hold all


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="PolNeAR split folder, LitBank folder or gold .jsonl")],
    model: ModelOption = None,
    stance_model: StanceModelOption = None,
    no_stance: NoStanceOption = False,
    antecedent_model: AntecedentModelOption = None,
    no_antecedents: NoAntecedentsOption = False,
    speakers: Annotated[Path | None, typer.Option(help="speaker standoff .jsonl adding canonical speakers")] = None,
    stances: Annotated[Path | None, typer.Option(help="stance standoff .jsonl adding targets and gold stances")] = None,
    system: Annotated[str, typer.Option(help="model, or rules (the direct-quote baseline)")] = "model",
    predictions: Annotated[
        Path | None, typer.Option(help="score this JSONL of another system's records instead of running one")
    ] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write the report as JSON here")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the JSON report instead of the summary")] = False,
    int8: Int8Option = False,
) -> None:
    """Score a system against a gold set: quotes (lenient and strict), cues, speakers, stance.

    Prints a summary (``--json`` or ``-o`` for every count). With the model, each stage is also scored fed
    gold upstream input (``stages`` in the report).
    """
    import json

    from .evaluate import (
        SPEAKER_STAGE,
        SavedPredictions,
        evaluate,
        evaluate_speaker_stage,
        evaluate_stages,
        gold_run_ons,
        has_canonical_speakers,
        read_gold_set,
    )
    from .render import score_summary

    _check_report_path(output)
    try:
        docs = read_gold_set(gold, speakers=speakers, stances=stances)
    except QuotesError as err:
        _fail(err)
    if predictions is not None:
        system = f"predictions:{predictions}"
        try:
            predict = SavedPredictions(predictions, docs)
            if extra := predict.unmatched:
                typer.echo(
                    f"warning: {predictions}: {len(extra)} docs are no gold article and are not scored "
                    f"({', '.join(map(repr, extra[:3]))}{', …' if len(extra) > 3 else ''})",
                    err=True,
                )
        except QuotesError as err:
            _fail(err)
        if gold_run_ons(gold) == "joined":
            typer.echo(
                f"note: {gold} joins a quote and what its speaker goes on to say; records written by quotes extract "
                "split them unless it ran with --run-ons joined, as quotes eval scores its own model here",
                err=True,
            )
    elif system == "rules":
        from .baselines import rule_based_quotes

        predict = rule_based_quotes
    elif system == "model":
        extractor = _load(
            model, stance_model, no_stance,
            antecedent_model=antecedent_model, no_antecedents=no_antecedents, int8=int8,
        )  # fmt: skip
        predict = extractor.predictor(gold_run_ons(gold))  # PolNeAR joins run-on quotes; score it that way
    else:
        _fail(QuotesError(f"--system {system}: unknown; use model or rules"))
    report = {
        "gold": str(gold),
        "system": system,
        **({"run_ons": gold_run_ons(gold)} if system == "model" else {}),
        "canonical_speakers": has_canonical_speakers(docs),
        "scores": evaluate(docs, predict).to_dict(),
    }
    if system == "model":
        report["stages"] = {name: s.to_dict() for name, s in evaluate_stages(docs, extractor).items()}
    elif speakers is not None:
        report["stages"] = {SPEAKER_STAGE: evaluate_speaker_stage(docs).to_dict()}
    text = json.dumps(report, indent=2)
    _write_report(output, text)
    typer.echo(text if as_json else score_summary(report))


@app.command("eval-stance")
def eval_stance_command(
    path: Annotated[
        Path,
        typer.Argument(help="a .csv or .jsonl with target, text, label (favor/against/neutral); or VAST, NewsMTSC"),
    ],
    stance_model: StanceModelOption = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write the report as JSON here")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the JSON report instead of the summary")] = False,
    int8: Int8Option = False,
) -> None:
    """Score the stance model on a plain (target, text, label) set: macro-F1, F_avg, per label.

    Prints a summary (``--json`` or ``-o`` for every count)."""
    import json

    from .corpora.stance_sets import read_stance_set
    from .evaluate import evaluate_stance_set
    from .render import stance_summary

    _check_report_path(output)
    try:
        examples = read_stance_set(path)
    except QuotesError as err:
        _fail(err)
    except OSError as err:
        _fail(QuotesError(f"{path}: cannot read ({err.strerror}); check the path"))
    extractor = _load(None, stance_model, no_antecedents=True, int8=int8)
    report = evaluate_stance_set(examples, extractor.stance.predict)
    text = json.dumps(report, indent=2)
    _write_report(output, text)
    typer.echo(text if as_json else stance_summary(path, report))


def _check_report_path(output: Path | None) -> None:
    """Fail before any work when a report cannot be written to ``output``."""
    if output is not None and (output.is_dir() or not output.resolve().parent.is_dir()):
        what = "is a folder" if output.is_dir() else "its folder does not exist"
        _fail(QuotesError(f"{output}: {what}; give a file path such as report.json in an existing folder"))


def _write_report(output: Path | None, text: str) -> None:
    if output is None:
        return
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as err:
        _fail(QuotesError(f"{output}: cannot write ({err.strerror}); check the path and its permissions"))


@app.command()
def info(
    model: ModelOption = None, stance_model: StanceModelOption = None, antecedent_model: AntecedentModelOption = None
) -> None:
    """Print the models in use, their versions and where they were loaded from."""
    extractor = _load(model, stance_model, antecedent_model=antecedent_model)
    for entry in extractor.info():
        typer.echo(f"{entry.name}\n  path: {entry.path}")
        for key, value in entry.details.items():
            typer.echo(f"  {key}: {value}")


def main() -> None:
    app()
