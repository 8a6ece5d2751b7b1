"""Batch runs over article folders: one output file that a crash never corrupts and ``--resume`` continues.

Each article's records go out in one write and are flushed before the article's id is added to
the progress file ``<output>.done``; resuming keeps exactly the records of the articles listed
there and skips those articles. The progress file opens with the run's settings (targets, models, stance
on or off …), and a resume with other settings is refused, so one output never mixes two kinds of record. A run
holds a lock on the progress file, so a second run writing the same output at once is refused.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from .errors import InputError, QuotesError
from .io import CSV_COLUMNS, FOLDER_SUFFIXES, attribution_to_dict, attribution_to_row, iter_inputs
from .tables import TABLE_SUFFIXES
from .types import Article, Attribution

try:
    import fcntl
except ImportError:  # not POSIX: outputs are not locked against a second run
    fcntl = None


@dataclass
class BatchSummary:
    """Counts of one run; ``seconds`` is wall time."""

    articles: int = 0
    quotes: int = 0
    failures: int = 0
    skipped: int = 0
    seconds: float = 0.0
    not_read: set[Path] = field(default_factory=set)  # files in the folders that are of no type read there

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        skipped = f", {self.skipped} skipped (done before)" if self.skipped else ""
        return (
            f"{_count(self.articles, 'article')}, {_count(self.quotes, 'quote')}, "
            f"{_count(self.failures, 'failure')}{skipped} in {self.seconds:.1f} s ({rate:.2f} articles/s)"
        )

    def not_read_line(self) -> str:
        """What the folders hold besides articles ("" when nothing), so that the articles read are not taken for all
        the files."""
        if not self.not_read:
            return ""
        suffixes = sorted({p.suffix.lower() or "(no suffix)" for p in self.not_read})
        hint = " (.csv/.tsv are read when named or picked with --glob)" if set(suffixes) & set(TABLE_SUFFIXES) else ""
        return f"{_count(len(self.not_read), 'file')} of other types not read: {', '.join(suffixes)}{hint}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


OUTPUT_SUFFIXES = (".jsonl", ".csv")
# Opens the progress file's first line, the run's settings as JSON; no article id starts so.
SETTINGS_LINE = "#!quotes-settings "


def _saved_settings(progress_path: Path) -> dict | None:
    """The settings an earlier run wrote at the head of its progress file, or None (none written: older runs)."""
    with open(progress_path, encoding="utf-8") as fp:
        first = fp.readline().rstrip("\r\n")
    if not first.startswith(SETTINGS_LINE):
        return None
    try:
        return json.loads(first.removeprefix(SETTINGS_LINE))
    except json.JSONDecodeError:
        raise QuotesError(
            f"{progress_path}: its first line, the run's settings, is damaged; rerun without --resume to start over"
        ) from None


def output_format(path: str) -> str:
    """``csv`` for a ``.csv`` path, else ``jsonl``."""
    return "csv" if path.lower().endswith(".csv") else "jsonl"


def check_output(path: str, inputs: Sequence[Path], *, resume: bool = False, settings: dict | None = None) -> None:
    """QuotesError, before any work, when ``path`` cannot take a run's records: an unknown suffix, a folder, a
    missing folder, one of the ``inputs`` (writing would empty it), an input that does not exist (a mistyped path
    would empty an earlier run's output for nothing), or with ``resume`` an output and progress file that do not
    belong together (resuming would discard records) or an earlier run made with other ``settings``."""
    if path == "-":
        return
    for given in inputs:
        if not Path(given).exists():
            raise QuotesError(
                f"{Path(given).as_posix()}: no such file or folder; check the path (nothing was run, "
                f"{path} is as it was)"
            )
    out_path, progress_path = Path(path), Path(path + ".done")
    if out_path.is_dir():
        raise QuotesError(f"{path}: is a folder; name an output file inside it, e.g. {out_path / 'out.jsonl'}")
    if not path.lower().endswith(OUTPUT_SUFFIXES):
        raise QuotesError(f"{path}: unknown output format; use a .jsonl or .csv path, or - for stdout")
    if not out_path.resolve().parent.is_dir():
        raise QuotesError(f"{path}: its folder does not exist; create it first (mkdir -p {out_path.parent})")
    own = {out_path.resolve(), progress_path.resolve()}
    for given in inputs:
        if Path(given).is_file() and Path(given).resolve() in own:
            raise QuotesError(f"{path}: is also an input, which writing would empty; write the output elsewhere")
        inside = Path(given).is_dir() and Path(given).resolve() in out_path.resolve().parents
        if inside and out_path.is_file() and out_path.stat().st_size > 0 and not progress_path.exists():
            # Without its progress file it is no earlier output of a run but, most likely, an article file.
            raise QuotesError(
                f"{path}: exists inside the input folder {given} and was not written by quotes extract; writing "
                "would destroy it: write the output elsewhere"
            )
    if resume:
        has_records = out_path.is_file() and out_path.stat().st_size > 0
        if has_records and not progress_path.exists():
            raise QuotesError(
                f"{path}: --resume needs {progress_path.name}, which is missing (the file was not written by "
                "quotes extract, or its progress file was removed); rerun without --resume to overwrite it"
            )
        if progress_path.is_file() and progress_path.stat().st_size > 0 and not out_path.exists():
            raise QuotesError(
                f"{path}: missing, while {progress_path.name} lists finished articles; delete {progress_path.name} "
                "or rerun without --resume to start over"
            )
        saved = _saved_settings(progress_path) if progress_path.is_file() else None
        if saved is not None and settings is not None and saved != settings:
            changed = ", ".join(
                f"{key} {json.dumps(saved.get(key))} then, {json.dumps(settings.get(key))} now"
                for key in sorted(saved.keys() | settings.keys())
                if saved.get(key) != settings.get(key)
            )
            raise QuotesError(
                f"{path}: was written with other settings ({changed}); resume with the same options, or rerun "
                "without --resume to start over"
            )


class RecordSink:
    """Writes each article's records atomically (one write, flushed) to a file or stdout (``-``)."""

    def __init__(self, path: str, *, resume: bool = False, settings: dict | None = None) -> None:
        self.format = output_format(path)
        self.to_stdout = path == "-"
        # The run's own files, never read as input when they sit in an input folder.
        self.files: tuple[Path, ...] = () if self.to_stdout else (Path(path), Path(path + ".done"))
        self.done: set[str] = set()
        self._progress: TextIO | None = None
        if self.to_stdout:
            self._out: TextIO = sys.stdout
        else:
            self._out, self._progress = self._open(Path(path), Path(path + ".done"), resume, settings)
        if self.format == "csv" and (self.to_stdout or self._out.tell() == 0):
            self._out.write(_csv_text([CSV_COLUMNS]))
            self._out.flush()

    def _open(self, out_path: Path, progress_path: Path, resume: bool, settings: dict | None) -> tuple[TextIO, TextIO]:
        """The output and its progress file, open for appending, the progress file locked for the run; a new run
        empties both, a resumed one keeps the records of the articles listed done (``self.done``)."""
        resuming = resume and progress_path.exists()
        open(out_path, "a").close()  # first: when the output cannot be written, no progress file is left
        progress = open(progress_path, "a+", encoding="utf-8")
        try:
            _lock(progress, out_path)  # before anything changes, so a refused second run changes nothing
            if resuming:
                progress.seek(0)
                lines = progress.read().split("\n")
                self.done = {line for line in lines if line and not line.startswith(SETTINGS_LINE)}
                _keep_done_records(out_path, self.format, self.done)
            else:
                # The progress file first: stopped between the two, a resume then finds no article done and redoes
                # all, rather than skipping those whose records were just emptied.
                progress.truncate(0)
                progress.write(
                    f"{SETTINGS_LINE}{json.dumps(settings, sort_keys=True)}\n" if settings is not None else ""
                )
                progress.flush()
                os.fsync(progress.fileno())
                out_path.write_text("", encoding="utf-8")
            return open(out_path, "a", encoding="utf-8", newline=""), progress
        except BaseException:
            progress.close()
            raise

    def write(self, article: Article, attributions: Sequence[Attribution]) -> None:
        """Write one article's records, then list it as done; anything but an OSError is raised before either."""
        if self.format == "csv":
            rows = [[attribution_to_row(a)[c] for c in CSV_COLUMNS] for a in attributions]
            chunk = _csv_text(rows)
        else:
            chunk = "".join(json.dumps(attribution_to_dict(a), ensure_ascii=False) + "\n" for a in attributions)
        done = article.id + "\n"
        (chunk + done).encode("utf-8")  # a lone surrogate fails here, not between the records and the progress line
        self._out.write(chunk)
        self._out.flush()
        if self._progress is not None:
            os.fsync(self._out.fileno())
            self._progress.write(done)
            self._progress.flush()

    def close(self) -> None:
        if not self.to_stdout:
            self._out.close()
        if self._progress is not None:
            self._progress.close()

    def __enter__(self) -> RecordSink:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _lock(progress: TextIO, path: Path) -> None:
    """An exclusive lock on the open progress file, held while it is open: a second run writing the same output
    would duplicate every record, so it is refused. Where there are no locks (Windows, some network file systems),
    runs go unlocked."""
    if fcntl is None:
        return
    try:
        fcntl.flock(progress.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise QuotesError(
            f"{path}: another run is writing it; wait for that run to end, or write to another output"
        ) from None
    except OSError:  # the file system has no locks
        return


def _csv_text(rows: Iterable[Sequence]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def _keep_done_records(path: Path, fmt: str, done: set[str]) -> None:
    """Rewrite ``path`` keeping only whole records of finished articles (a torn last line is dropped)."""
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        kept = [rows[0]] if rows else []
        kept += [r for r in rows[1:] if len(r) == len(CSV_COLUMNS) and r[0] in done]
        new_text = _csv_text(kept)
    else:
        lines = []
        for line in text.split("\n"):
            try:
                if json.loads(line).get("doc") in done:
                    lines.append(line + "\n")
            except (ValueError, AttributeError):
                continue
        new_text = "".join(lines)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(new_text, encoding="utf-8", newline="")
    os.replace(tmp, path)


def run_batch(
    paths: Sequence[Path],
    process: Callable[[list[Article]], list[list[Attribution]]],
    sink: RecordSink,
    *,
    glob: str | None = None,
    targets: Sequence[str] = (),
    batch_size: int = 8,
    on_error: Callable[[str], None] = lambda message: None,
    on_warning: Callable[[str], None] = lambda message: None,
    on_progress: Callable[[BatchSummary], None] = lambda summary: None,
    summary: BatchSummary | None = None,
) -> BatchSummary:
    """Run ``process`` over every article under ``paths``, writing to ``sink``; bad input is reported, not fatal.

    Finding no article at all counts as a failure. An article whose id an earlier one of the run already has
    (``a.txt`` in two folders) is written as ``a.txt (2)``, with a warning, so that its records stay apart
    and ``--resume`` does not skip it; a file that fails still holds its place in that numbering, so that
    fixing it and resuming numbers every article as before.

    ``on_progress`` is called before each batch with the counts so far (the returned summary holds the final
    ones). The counts are kept in ``summary`` when one is given, so that a caller interrupted mid-run
    (KeyboardInterrupt) still has them.
    """
    summary = BatchSummary() if summary is None else summary
    started = time.monotonic()
    pending: list[Article] = []
    seen: set[str] = set()

    def flush() -> None:
        if not pending:
            return
        on_progress(summary)
        for article, found in _process_isolated(pending, process, on_error, summary):
            try:
                sink.write(article, found)
            except OSError:
                raise  # the output itself failed: no later article could be written either
            except Exception as err:  # noqa: BLE001 - records that cannot be written lose only their article
                summary.failures += 1
                on_error(f"{article.id}: its records cannot be written ({type(err).__name__}: {err}); please report it")
                continue
            summary.articles += 1
            summary.quotes += len(found)
        pending.clear()
        summary.seconds = time.monotonic() - started

    try:
        for item in iter_inputs(paths, glob=glob, exclude=sink.files, not_read=summary.not_read):
            if isinstance(item, InputError):
                summary.failures += 1
                on_error(str(item))
                if item.doc is not None:
                    _unique_id(Article(item.doc, " "), seen, lambda message: None)  # a failed file keeps its place
                continue
            item = _unique_id(item, seen, on_warning)
            if item.id in sink.done:
                summary.skipped += 1
                continue
            if targets and not item.targets:
                item = Article(item.id, item.text, item.title, tuple(targets))
            pending.append(item)
            if len(pending) >= batch_size:
                flush()
        flush()
    finally:  # interrupted too: the summary then says how long the run went
        summary.seconds = time.monotonic() - started
    if not seen and not summary.failures:
        summary.failures += 1
        where = ", ".join(Path(p).as_posix() for p in paths)
        wanted = (
            f"no file matches --glob {glob!r}"
            if glob
            else f"no {'/'.join(FOLDER_SUFFIXES)} file; a folder's .csv/.tsv are read with --glob '*.csv'"
        )
        on_error(f"{where}: no article to read ({wanted}); check the paths")
    return summary


def _unique_id(article: Article, seen: set[str], warn: Callable[[str], None]) -> Article:
    """``article`` with an id no earlier article of the run has; the id is added to ``seen``."""
    doc, n = article.id, 2
    while doc in seen:
        doc, n = f"{article.id} ({n})", n + 1
    seen.add(doc)
    if doc == article.id:
        return article
    warn(f"{article.id}: an earlier article of this run has the same id; its records are written as doc {doc!r}")
    return replace(article, id=doc)


def _process_isolated(articles, process, on_error, summary):
    """Results of a batch; when the batch fails, each article alone, so one bad article loses only itself."""
    try:
        return list(zip(articles, process(articles), strict=True))
    except Exception:  # noqa: BLE001 - an unexpected failure must not end a batch run
        results = []
        for article in articles:
            try:
                results.append((article, process([article])[0]))
            except QuotesError as err:  # the article's own bad input (a target too long for the stance model)
                summary.failures += 1
                on_error(str(err))
            except Exception as err:  # noqa: BLE001
                summary.failures += 1
                on_error(f"{article.id}: extraction failed ({type(err).__name__}: {err}); please report this article")
        return results
