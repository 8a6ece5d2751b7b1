"""The command line through typer's CliRunner, on the tiny model: batch runs, bad input, outputs, resume, show, info.

The tiny model is random: records are checked for shape and offsets, never for what they found.
"""

from __future__ import annotations

import csv
import json
import os
import re
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes import cli
from quotes.batch import SETTINGS_LINE, BatchSummary, RecordSink, run_batch
from quotes.cli import app
from quotes.errors import InputError
from quotes.io import CSV_COLUMNS, iter_inputs
from quotes.pipeline import Extractor
from quotes.types import Article, Attribution, Quote

NEWS = (
    "Defense Secretary Lloyd Austin said Tuesday that “we will not waver,” adding that the mission was clear. "
    '"It is hard," he said, "but necessary." A senior Pentagon official said the strikes would continue.\n'
)

GOOD = {
    "a.txt": NEWS.replace("\n", "\r\n") * 2,  # CRLF kept as is
    "b.md": "# Title\n\n" + NEWS + "Zoë said «très bien» 😀.\n",
    "c.html": f"<html><head><title>T</title></head><body><nav>Home</nav><article><p>{NEWS}</p>"
    "<p>Second &amp; last.</p></article></body></html>",
    "d.json": json.dumps([{"id": "d-one", "text": NEWS}, {"text": "“Yes,” she said.\r\nNo."}], ensure_ascii=False),
    "e.jsonl": json.dumps({"text": NEWS}) + "\n\n" + json.dumps({"id": 7, "text": NEWS * 3}) + "\n",
    "z.txt": NEWS * 4,  # last in order, long enough to hold several records (see the resume test)
}
GOOD_IDS = ["a.txt", "b.md", "c.html", "d-one", "d.json#1", "e.jsonl#1", "7", "z.txt"]
BAD = {
    "e.jsonl": GOOD["e.jsonl"].replace("\n\n", "\n{not json\n"),  # line 2 malformed, lines 1 and 3 good
    "latin1.txt": 'Café owner said "no"'.encode("latin-1"),  # é is byte 0xE9: not UTF-8
    "empty.txt": b"  \r\n ",
    "binary.txt": b"GIF89a\x00\x01\x02 said",
    "nohtml.html": b"<html><head><script>var x = 1;</script></head><body></body></html>",
}
BAD_WHERE = ["latin1.txt", "empty.txt", "binary.txt", "nohtml.html", "e.jsonl:2"]


def done_ids(progress: Path) -> list[str]:
    """The article ids a progress file lists, after its settings line."""
    lines = progress.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(SETTINGS_LINE)
    return lines[1:]


def write_folder(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def good_folder(tmp_path):
    return write_folder(tmp_path / "good", GOOD)


@pytest.fixture
def mixed_folder(tmp_path):
    return write_folder(tmp_path / "mixed", {**GOOD, **BAD})


def run(runner, *args, model: Path):
    return runner.invoke(app, [*map(str, args), "--model", str(model), "--no-stance", "--no-antecedents"])


def article_texts(folder: Path) -> dict[str, str]:
    """Every good article's text by id; .txt/.md re-read exactly as the offsets' unit says."""
    texts = {}
    for name in GOOD:  # the mixed folder's e.jsonl has the same good lines, at the same line numbers
        path = folder / name
        for article in iter_inputs([path]):
            if not isinstance(article, InputError):  # the malformed .jsonl line
                texts[article.id] = article.text
        if path.suffix in (".txt", ".md"):
            with open(path, encoding="utf-8", newline="") as f:
                assert texts[path.name] == f.read()
    return texts


def check_record(record: dict, texts: dict[str, str]) -> None:
    text = texts[record["doc"]]
    spans = [record["quote"], *record["quote"].get("parts", [])]
    if record["cue"] is not None:
        spans.append(record["cue"])
    if record["speaker"] is not None and record["speaker"]["mention"] is not None:
        spans.append(record["speaker"]["mention"])
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"], record["doc"]


def jsonl_records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# --- extract --------------------------------------------------------------------------------------------------


def test_bad_files_are_reported_and_good_ones_written(runner, mixed_folder, tmp_path, tiny_model_dir):
    out = tmp_path / "out.jsonl"
    result = run(runner, "extract", mixed_folder, "-o", out, "--batch-size", 3, model=tiny_model_dir)
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(BAD_WHERE)  # one line per bad item
    for where in BAD_WHERE:
        assert sum(where in line for line in errors) == 1, (where, errors)
    assert "5 failures" in result.stderr
    assert "8 articles" in result.stderr
    records = jsonl_records(out.read_text(encoding="utf-8"))
    assert records, "the tiny model found nothing at all: reseed it in conftest"
    texts = article_texts(mixed_folder)
    assert {r["doc"] for r in records} <= set(GOOD_IDS)
    for record in records:
        check_record(record, texts)
    assert done_ids(tmp_path / "out.jsonl.done") == GOOD_IDS


def test_spreadsheets_are_read_when_named_or_globbed_and_a_bad_row_costs_only_itself(runner, tmp_path, tiny_model_dir):
    table = 'id,text\r\nf-one,"' + NEWS.replace('"', '""') + 'Next."\r\nshort\r\nf-three,She said so.\r\n'
    folder = write_folder(tmp_path / "in", {"a.txt": NEWS, "feed.csv": table, "index.csv": "file,date\na.txt,2024\n"})
    out = tmp_path / "out.jsonl"
    result = run(runner, "extract", folder, "-o", out, model=tiny_model_dir)  # a folder's spreadsheets are left
    assert result.exit_code == 0, result.output
    assert done_ids(tmp_path / "out.jsonl.done") == ["a.txt"]
    result = run(runner, "extract", folder / "feed.csv", "-o", out, model=tiny_model_dir)
    assert result.exit_code == 1
    assert "feed.csv: row 2 (line 4): 1 cells where the header has 2" in result.stderr
    assert done_ids(tmp_path / "out.jsonl.done") == ["f-one", "f-three"]
    texts = {a.id: a.text for a in iter_inputs([folder / "feed.csv"]) if isinstance(a, Article)}
    for record in jsonl_records(out.read_text(encoding="utf-8")):
        check_record(record, texts)
    result = run(runner, "extract", folder, "--glob", "feed.csv", "-o", tmp_path / "g.jsonl", model=tiny_model_dir)
    assert result.exit_code == 1 and done_ids(tmp_path / "g.jsonl.done") == [
        "f-one",
        "f-three",
    ]


def test_all_good_folder_exits_0(runner, good_folder, tmp_path, tiny_model_dir):
    result = run(runner, "extract", good_folder, "-o", tmp_path / "out.jsonl", model=tiny_model_dir)
    assert result.exit_code == 0, result.output
    assert "error:" not in result.stderr
    assert "0 failures" in result.stderr


def test_csv_output(runner, good_folder, tmp_path, tiny_model_dir):
    result = run(runner, "extract", good_folder, "-o", tmp_path / "out.jsonl", model=tiny_model_dir)
    assert result.exit_code == 0, result.output
    records = jsonl_records((tmp_path / "out.jsonl").read_text(encoding="utf-8"))

    result = run(runner, "extract", good_folder, "-o", tmp_path / "out.csv", model=tiny_model_dir)
    assert result.exit_code == 0, result.output
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]]
    assert len(body) == len(records)  # the same run, one row per record
    texts = article_texts(good_folder)
    for row, record in zip(body, records, strict=True):
        assert row["doc"] == record["doc"]
        start, end = int(row["quote_start"]), int(row["quote_end"])
        assert texts[row["doc"]][start:end] == row["quote_text"] == record["quote"]["text"]


def test_min_confidence_keeps_only_confident_quotes(runner, good_folder, tmp_path, tiny_model_dir):
    result = run(runner, "extract", good_folder, "-o", tmp_path / "all.jsonl", model=tiny_model_dir)
    records = jsonl_records((tmp_path / "all.jsonl").read_text(encoding="utf-8"))
    floor = sorted(r["confidence"] for r in records)[len(records) // 2]  # the median: about half stay
    result = run(
        runner, "extract", good_folder, "-o", tmp_path / "kept.jsonl", "--min-confidence", floor, model=tiny_model_dir
    )
    assert result.exit_code == 0, result.output
    kept = jsonl_records((tmp_path / "kept.jsonl").read_text(encoding="utf-8"))
    assert kept == [r for r in records if r["confidence"] >= floor]
    assert 0 < len(kept) < len(records)
    result = run(runner, "extract", good_folder, "-o", "-", "--min-confidence", 1.5, model=tiny_model_dir)
    assert result.exit_code == 2 and "--min-confidence" in result.output  # outside 0..1: typer's usage error


def test_stdout_output(runner, good_folder, tiny_model_dir):
    result = run(runner, "extract", good_folder, "-o", "-", model=tiny_model_dir)
    assert result.exit_code == 0, result.output
    records = jsonl_records(result.stdout)  # only records on stdout: the summary goes to stderr
    texts = article_texts(good_folder)
    assert records
    for record in records:
        check_record(record, texts)
    assert "articles" in result.stderr and "articles" not in result.stdout


def test_resume_after_a_full_run_does_nothing(runner, good_folder, tmp_path, tiny_model_dir):
    out = tmp_path / "out.jsonl"
    assert run(runner, "extract", good_folder, "-o", out, model=tiny_model_dir).exit_code == 0
    before = out.read_bytes()
    result = run(runner, "extract", good_folder, "-o", out, "--resume", model=tiny_model_dir)
    assert result.exit_code == 0, result.output
    assert f"0 articles, 0 quotes, 0 failures, {len(GOOD_IDS)} skipped" in result.stderr
    assert out.read_bytes() == before


def test_resume_with_other_settings_is_refused_and_changes_nothing(runner, good_folder, tmp_path, tiny_model_dir):
    out = tmp_path / "out.jsonl"
    assert run(runner, "extract", good_folder, "-o", out, model=tiny_model_dir).exit_code == 0
    before = out.read_bytes(), (tmp_path / "out.jsonl.done").read_bytes()
    result = run(runner, "extract", good_folder, "-o", out, "--resume", "--min-confidence", 0.7, model=tiny_model_dir)
    assert result.exit_code == 2
    assert "was written with other settings (min_confidence 0.0 then, 0.7 now); resume with the same" in result.stderr
    assert (out.read_bytes(), (tmp_path / "out.jsonl.done").read_bytes()) == before


def test_resume_reads_model_paths_as_the_same_folder_and_reports_a_damaged_settings_line(
    runner, good_folder, tmp_path, tiny_model_dir, monkeypatch
):
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tiny_model_dir.parent)
    relative = Path(tiny_model_dir.name)
    assert run(runner, "extract", good_folder, "-o", out, model=relative).exit_code == 0
    assert run(runner, "extract", good_folder, "-o", out, "--resume", model=tiny_model_dir).exit_code == 0
    done = tmp_path / "out.jsonl.done"
    done.write_text(SETTINGS_LINE + "{not json\n", encoding="utf-8")
    result = run(runner, "extract", good_folder, "-o", out, "--resume", model=tiny_model_dir)
    assert result.exit_code == 2 and "its first line, the run's settings, is damaged" in result.stderr


def test_resume_after_a_crash_redoes_only_the_torn_article(runner, good_folder, tmp_path, tiny_model_dir):
    out, done = tmp_path / "out.jsonl", tmp_path / "out.jsonl.done"
    assert run(runner, "extract", good_folder, "-o", out, model=tiny_model_dir).exit_code == 0
    full = out.read_text(encoding="utf-8")
    last_id = GOOD_IDS[-1]
    lines = full.splitlines(keepends=True)
    assert len(lines) >= 2 and json.loads(lines[-1])["doc"] == last_id, "the last article needs records"
    # a crash while writing the last article: its last line torn, its id never reached the progress file
    out.write_text(full[: len(full) - len(lines[-1]) // 2], encoding="utf-8")
    done.write_text("".join(i + "\n" for i in GOOD_IDS[:-1]), encoding="utf-8")

    result = run(runner, "extract", good_folder, "-o", out, "--resume", model=tiny_model_dir)
    assert result.exit_code == 0, result.output
    assert "1 article, " in result.stderr and f"{len(GOOD_IDS) - 1} skipped" in result.stderr
    resumed = out.read_text(encoding="utf-8")
    assert resumed == full  # every record once: nothing lost, nothing doubled
    assert done.read_text(encoding="utf-8").split() == GOOD_IDS


def test_resume_to_stdout_fails_clearly(runner, good_folder, tiny_model_dir):
    result = run(runner, "extract", good_folder, "-o", "-", "--resume", model=tiny_model_dir)
    assert result.exit_code == 2
    assert "--resume needs an output file" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("name", ["out.json", "out.xlsx", "out"])
def test_unknown_output_format_fails_before_any_work(runner, good_folder, tmp_path, tiny_model_dir, name):
    result = run(runner, "extract", good_folder, "-o", tmp_path / name, model=tiny_model_dir)
    assert result.exit_code == 2
    assert "unknown output format; use a .jsonl or .csv path" in result.stderr
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize(
    ("given", "message"),
    [("file", "is also an input"), ("folder", "was not written by quotes extract; writing would destroy it")],
)
def test_an_input_article_file_is_never_the_output(runner, good_folder, tiny_model_dir, given, message):
    feed = good_folder / "e.jsonl"
    before = feed.read_bytes()
    result = run(runner, "extract", feed if given == "file" else good_folder, "-o", feed, model=tiny_model_dir)
    assert result.exit_code == 2
    assert message in result.stderr
    assert feed.read_bytes() == before


def test_output_inside_an_input_folder_is_not_read_back(runner, good_folder, tiny_model_dir):
    out = good_folder / "out.jsonl"
    result = run(runner, "extract", good_folder, "-o", out, "--batch-size", 1, model=tiny_model_dir)
    assert result.exit_code == 0, result.stderr
    assert {r["doc"] for r in jsonl_records(out.read_text(encoding="utf-8"))} <= set(GOOD_IDS)
    assert "out.jsonl" not in result.stderr


def test_same_ids_from_two_folders_stay_apart_and_resume_skips_neither(runner, tmp_path, tiny_model_dir):
    one = write_folder(tmp_path / "one", {"a.txt": NEWS})
    two = write_folder(tmp_path / "two", {"a.txt": NEWS.replace("Austin", "Gallant")})
    out = tmp_path / "out.jsonl"
    assert run(runner, "extract", one, "-o", out, model=tiny_model_dir).exit_code == 0
    result = run(runner, "extract", one, two, "-o", out, "--resume", model=tiny_model_dir)
    assert result.exit_code == 0, result.stderr
    assert "warning: a.txt: an earlier article of this run has the same id" in result.stderr
    assert "1 article, " in result.stderr and "1 skipped" in result.stderr
    assert done_ids(tmp_path / "out.jsonl.done") == ["a.txt", "a.txt (2)"]


def test_a_failed_duplicate_keeps_its_place_when_fixed_and_resumed(runner, tmp_path, tiny_model_dir):
    one = write_folder(tmp_path / "one", {"a.txt": BAD["latin1.txt"]})
    two = write_folder(tmp_path / "two", {"a.txt": NEWS})
    out = tmp_path / "out.jsonl"
    assert run(runner, "extract", one, two, "-o", out, model=tiny_model_dir).exit_code == 1
    (one / "a.txt").write_text(NEWS.replace("Austin", "Gallant"), encoding="utf-8")
    result = run(runner, "extract", one, two, "-o", out, "--resume", model=tiny_model_dir)
    assert result.exit_code == 0, result.stderr
    assert done_ids(tmp_path / "out.jsonl.done") == ["a.txt (2)", "a.txt"]


def test_a_file_name_that_is_not_utf8_gets_an_escaped_id_that_resume_knows(runner, tmp_path, tiny_model_dir):
    latin1_name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 byte in the name, as archives copied from Windows have
    folder = write_folder(tmp_path / "in", {"a.txt": NEWS, latin1_name: NEWS, "z.txt": NEWS})
    out = tmp_path / "out.jsonl"
    result = run(runner, "extract", folder, "-o", out, "--batch-size", 3, model=tiny_model_dir)
    assert result.exit_code == 0, result.stderr
    assert done_ids(tmp_path / "out.jsonl.done") == ["a.txt", "caf\\xe9.txt", "z.txt"]
    assert {r["doc"] for r in jsonl_records(out.read_text(encoding="utf-8"))} == {"a.txt", "caf\\xe9.txt", "z.txt"}
    result = run(runner, "extract", folder, "-o", out, "--resume", model=tiny_model_dir)
    assert result.exit_code == 0, result.stderr
    assert "3 skipped" in result.stderr


def test_records_that_cannot_be_written_lose_only_their_article(tmp_path):
    folder = write_folder(tmp_path / "in", {"a.txt": NEWS, "b.txt": NEWS, "c.txt": NEWS})

    def process(articles):  # b.txt's record carries a lone surrogate, which UTF-8 cannot encode
        doc = {"b.txt": "b\ud800"}
        return [[Attribution(Quote("x", 0, 1), doc=doc.get(a.id, a.id))] for a in articles]

    errors = []
    with RecordSink(str(tmp_path / "out.jsonl")) as sink:
        summary = run_batch([folder], process, sink, on_error=errors.append)
    assert (summary.articles, summary.failures) == (2, 1)
    assert len(errors) == 1 and errors[0].startswith("b.txt: its records cannot be written (UnicodeEncodeError")
    assert [r["doc"] for r in jsonl_records((tmp_path / "out.jsonl").read_text(encoding="utf-8"))] == ["a.txt", "c.txt"]
    assert (tmp_path / "out.jsonl.done").read_text(encoding="utf-8") == "a.txt\nc.txt\n"


def test_sigterm_ends_a_run_as_ctrl_c_does_and_resume_finishes_it(
    runner, good_folder, tmp_path, tiny_model_dir, monkeypatch
):
    batches = []
    real_process = Extractor.process

    def process(self, articles, **options):
        batches.append(articles)
        if len(batches) == 2:
            os.kill(os.getpid(), signal.SIGTERM)  # as kill, timeout or docker stop send it
        return real_process(self, articles, **options)

    def unhandled(signum, frame):
        raise AssertionError("SIGTERM reached the test process's own handler")

    monkeypatch.setattr(Extractor, "process", process)
    previous = signal.signal(signal.SIGTERM, unhandled)
    try:
        out = tmp_path / "out.jsonl"
        result = run(runner, "extract", good_folder, "-o", out, "--batch-size", 3, model=tiny_model_dir)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert result.exit_code == 143, result.output
    assert result.stderr.splitlines()[0] == (
        "interrupted: every record written so far is whole; rerun with --resume to continue"
    )
    assert result.stderr.splitlines()[1].startswith("3 articles, ")
    assert done_ids(tmp_path / "out.jsonl.done") == GOOD_IDS[:3]
    monkeypatch.undo()
    result = run(runner, "extract", good_folder, "-o", out, "--resume", model=tiny_model_dir)
    assert result.exit_code == 0 and "5 articles, " in result.stderr and "3 skipped" in result.stderr
    assert done_ids(tmp_path / "out.jsonl.done") == GOOD_IDS


def test_a_run_off_a_terminal_logs_its_progress_now_and_then_and_its_counts_once(
    runner, good_folder, tmp_path, tiny_model_dir, monkeypatch
):
    monkeypatch.setattr(cli, "PROGRESS_ARTICLES", 3)
    result = run(runner, "extract", good_folder, "-o", tmp_path / "o.jsonl", "--batch-size", 2, model=tiny_model_dir)
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert [line.split(",")[0] for line in lines] == ["progress: 4 articles", "8 articles"]


def test_on_a_terminal_messages_take_a_line_of_their_own_and_the_summary_replaces_the_progress_line(capsys):
    status = cli._Status(terminal=True)
    first, second = BatchSummary(articles=10, seconds=1.0), BatchSummary(articles=12, seconds=2.0)
    status.say("warning: before any progress")
    status.progress(first)
    status.say("error: x.txt: bad")
    status.progress(second)
    final = BatchSummary(articles=13, seconds=3.0, not_read={Path("notes.pdf")})
    status.finish(final)
    assert capsys.readouterr().err == (
        f"warning: before any progress\n\r{first.line()}\nerror: x.txt: bad\n\r{second.line()}"
        f"\r{final.line().ljust(len(second.line()))}\nnote: 1 file of other types not read: .pdf\n"
    )


def test_a_second_run_writing_the_same_output_is_refused_and_changes_nothing(
    runner, good_folder, tmp_path, tiny_model_dir
):
    fcntl = pytest.importorskip("fcntl")
    out = tmp_path / "out.jsonl"
    assert run(runner, "extract", good_folder, "-o", out, model=tiny_model_dir).exit_code == 0
    before = out.read_bytes(), (tmp_path / "out.jsonl.done").read_bytes()
    with open(tmp_path / "out.jsonl.done", "a", encoding="utf-8") as running:  # as the first run holds it
        fcntl.flock(running.fileno(), fcntl.LOCK_EX)
        for resume in ((), ("--resume",)):
            result = run(runner, "extract", good_folder, "-o", out, *resume, model=tiny_model_dir)
            assert result.exit_code == 2
            assert result.stderr == (
                f"error: {out}: another run is writing it; wait for that run to end, or write to another output\n"
            )
    assert (out.read_bytes(), (tmp_path / "out.jsonl.done").read_bytes()) == before
    assert run(runner, "extract", good_folder, "-o", out, "--resume", model=tiny_model_dir).exit_code == 0


def test_a_target_too_long_for_the_stance_model_is_one_error_line(runner, tmp_path, tiny_model_dir, tiny_stance_dir):
    long = " ".join(["plan"] * 40)  # the tiny stance model reads 32 target tokens at most
    own = json.dumps({"id": "b", "text": NEWS, "targets": [long]})
    folder = write_folder(tmp_path / "in", {"a.txt": NEWS, "b.jsonl": own + "\n"})
    options = ["--model", str(tiny_model_dir), "--stance-model", str(tiny_stance_dir), "--no-antecedents"]
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "o.jsonl"), *options, "--target", long])
    assert result.exit_code == 2  # before any article
    assert result.stderr.startswith("error: --target: target 'plan plan") and result.stderr.count("\n") == 1
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "o.jsonl"), *options])
    assert result.exit_code == 1  # an article's own target costs only that article
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        "error: b: target 'plan plan plan plan plan plan plan pl...' is 40 tokens, over the 32 a stance target may "
        "have (about 21 words); shorten it to the words naming what the stance is toward"
    ]
    assert done_ids(tmp_path / "o.jsonl.done") == ["a.txt"]


def test_resume_refuses_an_output_without_its_progress_file(runner, good_folder, tmp_path, tiny_model_dir):
    out = tmp_path / "kept.csv"
    out.write_text("doc,quote_text\nx,y\n", encoding="utf-8")
    result = run(runner, "extract", good_folder, "-o", out, "--resume", model=tiny_model_dir)
    assert result.exit_code == 2
    assert "--resume needs kept.csv.done, which is missing" in result.stderr
    assert out.read_text(encoding="utf-8") == "doc,quote_text\nx,y\n"


def test_resume_refuses_a_progress_file_without_its_output(runner, good_folder, tmp_path, tiny_model_dir):
    out = tmp_path / "gone.jsonl"
    assert run(runner, "extract", good_folder, "-o", out, model=tiny_model_dir).exit_code == 0
    out.unlink()
    result = run(runner, "extract", good_folder, "-o", out, "--resume", model=tiny_model_dir)
    assert result.exit_code == 2
    assert "missing, while gone.jsonl.done lists finished articles" in result.stderr


def test_an_output_folder_is_refused_without_leaving_files(runner, good_folder, tmp_path, tiny_model_dir):
    target = tmp_path / "results"
    target.mkdir()
    result = run(runner, "extract", good_folder, "-o", target, model=tiny_model_dir)
    assert result.exit_code == 2
    assert "is a folder; name an output file inside it" in result.stderr
    assert not (tmp_path / "results.done").exists()


def test_nothing_to_read_is_a_failure(runner, tmp_path, tiny_model_dir):
    empty = write_folder(tmp_path / "empty", {"notes.pdf": "%PDF-1.4"})
    result = run(runner, "extract", empty, "-o", tmp_path / "o.jsonl", model=tiny_model_dir)
    assert result.exit_code == 1
    assert "no article to read (no .txt/.md/" in result.stderr
    result = run(runner, "extract", empty, "--glob", "*.TXT", "-o", tmp_path / "o.jsonl", model=tiny_model_dir)
    assert result.exit_code == 1 and "no file matches --glob '*.TXT'" in result.stderr


def test_the_summary_counts_files_of_other_types_and_glob_ignores_case(runner, tmp_path, tiny_model_dir):
    folder = write_folder(tmp_path / "in", {"a.txt": NEWS, "b.TXT": NEWS, "c.text": NEWS, "d.xml": "<x/>", "e": ""})
    result = run(runner, "extract", folder, "-o", tmp_path / "o.jsonl", model=tiny_model_dir)
    assert result.exit_code == 0, result.stderr
    assert "2 articles, " in result.stderr
    assert result.stderr.endswith("\nnote: 3 files of other types not read: (no suffix), .text, .xml\n")
    result = run(runner, "extract", folder, "--glob", "*.txt", "-o", tmp_path / "g.jsonl", model=tiny_model_dir)
    assert done_ids(tmp_path / "g.jsonl.done") == ["a.txt", "b.TXT"]
    assert "other types" not in result.stderr


@pytest.mark.parametrize(("option", "value"), [("--threads", "0"), ("--batch-size", "-3"), ("--target", " ")])
def test_bad_numbers_and_empty_targets_are_refused(runner, good_folder, tmp_path, tiny_model_dir, option, value):
    result = run(runner, "extract", good_folder, "-o", tmp_path / "o.jsonl", option, value, model=tiny_model_dir)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_missing_model_is_one_clean_error_line(runner, good_folder, tmp_path):
    result = run(runner, "extract", good_folder, "-o", tmp_path / "o.jsonl", model=tmp_path / "no-model")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert str(tmp_path / "no-model") in result.stderr
    assert "Traceback" not in result.output


def test_a_mistyped_input_path_leaves_an_earlier_output_as_it_was(runner, good_folder, tmp_path, tiny_model_dir):
    out = tmp_path / "o.jsonl"
    assert run(runner, "extract", good_folder, "-o", out, model=tiny_model_dir).exit_code == 0
    before = out.read_bytes(), (tmp_path / "o.jsonl.done").read_bytes()
    result = run(runner, "extract", tmp_path / "nowhere", "-o", out, model=tiny_model_dir)
    assert result.exit_code == 2
    assert "nowhere: no such file or folder" in result.stderr and "is as it was" in result.stderr
    assert (out.read_bytes(), (tmp_path / "o.jsonl.done").read_bytes()) == before and before[0]


def test_a_missing_input_path_to_stdout_is_reported(runner, tmp_path, tiny_model_dir):
    result = run(runner, "extract", tmp_path / "nowhere", model=tiny_model_dir)
    assert result.exit_code == 1
    assert "nowhere: no such file or folder" in result.stderr


# --- show and info --------------------------------------------------------------------------------------------

_MARKUP = re.compile(r"⟧(?: \[[^\]]*\])?|[⟦⟨⟩]")


def test_show_prints_the_article_and_the_speaker_table(runner, tmp_path, tiny_model_dir):
    text = (NEWS * 2).replace("\n", "\r\n")
    path = write_folder(tmp_path, {"a.txt": text}) / "a.txt"
    result = run(runner, "show", path, "--no-color", model=tiny_model_dir)
    assert result.exit_code == 0, result.output
    stdout = result.stdout_bytes.decode("utf-8")  # result.stdout folds CRLF into LF
    rendered, _, table = stdout.partition("\n\nid ")
    assert _MARKUP.sub("", rendered) == text  # the article exactly, CRLF included, once the marks are gone
    assert ("id " + table).splitlines()[0] == f"{'id':<5} {'quotes':>6}  speaker"
    assert "\x1b[" not in result.stdout  # --no-color


def test_show_keeps_colour_when_asked_for_off_a_terminal(runner, tmp_path, tiny_model_dir):
    path = write_folder(tmp_path, {"a.txt": NEWS * 2}) / "a.txt"
    result = run(runner, "show", path, "--color", model=tiny_model_dir)
    assert result.exit_code == 0, result.output
    assert "\x1b[" in result.stdout  # the runner's stdout is no terminal, as in `quotes show … --color | less -R`


def test_show_names_each_article_of_a_jsonl_file(runner, tmp_path, tiny_model_dir):
    feed = write_folder(tmp_path, {"f.jsonl": GOOD["e.jsonl"]}) / "f.jsonl"
    result = run(runner, "show", feed, "--no-color", model=tiny_model_dir)
    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if line.startswith("== ")] == ["== f.jsonl#1", "== 7"]


def test_show_names_each_article_of_a_folder(runner, tmp_path, tiny_model_dir):
    folder = write_folder(tmp_path / "two", {"a.txt": NEWS, "b.txt": NEWS})
    result = run(runner, "show", folder, "--no-color", model=tiny_model_dir)
    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if line.startswith("== ")] == ["== a.txt", "== b.txt"]


def test_show_bad_file(runner, tmp_path, tiny_model_dir):
    path = tmp_path / "bad.txt"
    path.write_bytes(BAD["latin1.txt"])
    result = run(runner, "show", path, model=tiny_model_dir)
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr and "not valid UTF-8" in result.stderr


def test_info(runner, tiny_model_dir, tiny_stance_dir, tiny_antecedent_dir):
    models = ["--model", tiny_model_dir, "--stance-model", tiny_stance_dir, "--antecedent-model", tiny_antecedent_dir]
    result = runner.invoke(app, ["info", *map(str, models)])
    assert result.exit_code == 0, result.output
    assert "extractor" in result.stdout
    for folder in (tiny_model_dir, tiny_stance_dir, tiny_antecedent_dir):
        assert f"path: {folder}" in result.stdout


def test_eval_with_stance_standoff_scores_every_stage(runner, tmp_path, tiny_model_dir, tiny_stance_dir):
    text = 'The minister said the plan would fail. "It is a disaster," Smith said.'
    first, second = text.index("the plan would fail"), text.index("It is a disaster")
    mention = text.index("Smith")
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"doc": "d1", "text": text},
        {"doc": "d1", "quote": {"text": "the plan would fail", "start": first, "end": first + 19, "kind": "indirect"},
         "cue": {"text": "said", "start": 13, "end": 17},
         "speaker": {"name": "minister", "type": "person", "mention": {"text": "The minister", "start": 0, "end": 12}}},
        {"doc": "d1", "quote": {"text": "It is a disaster", "start": second, "end": second + 16, "kind": "direct"},
         "cue": {"text": "said", "start": mention + 6, "end": mention + 10},
         "speaker": {"name": "Smith", "type": "person",
                     "mention": {"text": "Smith", "start": mention, "end": mention + 5}}},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    stances = tmp_path / "stances.jsonl"
    stances.write_text(
        "".join(
            json.dumps({"doc": "d1", "start": s, "end": e, "stances": {"the plan": "against"}}) + "\n"
            for s, e in ((first, first + 19), (second, second + 16))
        ),
        encoding="utf-8",
    )
    report = tmp_path / "report.json"
    models = ["--model", str(tiny_model_dir), "--stance-model", str(tiny_stance_dir), "--no-antecedents"]
    args = ["eval", str(gold), *models]
    result = runner.invoke(app, [*args, "--stances", str(stances), "-o", str(report)])
    assert result.exit_code == 0, result.output
    stages = json.loads(report.read_text())["stages"]
    assert set(stages) == {
        "linking on gold quotes",
        "speakers on gold quotes and mentions",
        "stance on gold quotes, speakers and targets",
    }
    assert stages["stance on gold quotes, speakers and targets"]["stance"]["n"] == 2
    assert stages["speakers on gold quotes and mentions"]["speaker"]["n"] == 2


# --- eval on a user's own gold ------------------------------------------------------------------------------------

SEED_GOLD = Path(__file__).resolve().parent.parent / "eval" / "gold" / "seed.jsonl"


def seed_predictions(tmp_path: Path, edit=lambda record: record) -> Path:
    """The seed gold's own records as another system's predictions, each passed through ``edit``."""
    lines = [json.loads(line) for line in SEED_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(edit(r)) + "\n" for r in lines if "quote" in r), encoding="utf-8")
    return path


def test_eval_prints_a_summary_and_json_on_request(runner, tmp_path):
    pred = seed_predictions(tmp_path)
    result = runner.invoke(app, ["eval", str(SEED_GOLD), "--predictions", str(pred)])
    assert result.exit_code == 0, result.output
    assert "lenient (half the characters shared) P 100.0  R 100.0  F1 100.0" in result.stdout
    as_json = runner.invoke(app, ["eval", str(SEED_GOLD), "--predictions", str(pred), "--json"])
    assert json.loads(as_json.stdout)["scores"]["quote"]["strict"]["f1"] == 1.0


def test_eval_says_stance_was_not_predicted(runner, tmp_path):
    pred = seed_predictions(tmp_path, lambda r: {**r, "stances": []})
    result = runner.invoke(app, ["eval", str(SEED_GOLD), "--predictions", str(pred)])
    assert "stance    not predicted" in result.stdout


def test_eval_refuses_predictions_of_other_articles(runner, tmp_path):
    pred = seed_predictions(tmp_path, lambda r: {**r, "doc": "seed.jsonl#1"})
    result = runner.invoke(app, ["eval", str(SEED_GOLD), "--predictions", str(pred)])
    assert result.exit_code == 2
    assert "no record's doc is an article of the gold set" in result.stderr


def test_eval_refuses_predictions_made_from_another_text(runner, tmp_path):
    def shifted(record):
        quote = record["quote"]
        return {**record, "quote": {**quote, "start": quote["start"] + 1, "end": quote["end"] + 1}}

    result = runner.invoke(app, ["eval", str(SEED_GOLD), "--predictions", str(seed_predictions(tmp_path, shifted))])
    assert result.exit_code == 2
    assert "the records were made from another version of the text" in result.stderr


def test_eval_report_path_is_checked_before_scoring(runner, tmp_path):
    pred = seed_predictions(tmp_path)
    result = runner.invoke(app, ["eval", str(SEED_GOLD), "--predictions", str(pred), "-o", str(tmp_path / "no/r.json")])
    assert result.exit_code == 2
    assert "its folder does not exist" in result.stderr and "Traceback" not in result.output


def test_eval_refuses_a_standoff_that_drops_articles_of_a_gold_jsonl(runner, tmp_path):
    standoff = tmp_path / "speakers.jsonl"
    standoff.write_text('{"doc": "another", "start": 0, "end": 3, "speaker": null}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(SEED_GOLD), "--system", "rules", "--speakers", str(standoff)])
    assert result.exit_code == 2
    assert "the standoff covers 0 of its 1 articles" in result.stderr


def test_show_refuses_an_empty_target(runner, tmp_path, tiny_model_dir):
    path = write_folder(tmp_path, {"a.txt": NEWS}) / "a.txt"
    result = run(runner, "show", path, "-t", " ", model=tiny_model_dir)
    assert result.exit_code == 2
    assert "--target: empty" in result.stderr and "Traceback" not in result.output


def test_eval_summary_leaves_out_speaker_scores_a_gold_of_mentions_cannot_give(runner, tmp_path):
    def mention_only(record):
        speaker = record.get("speaker")
        return {**record, "speaker": speaker and {**speaker, "type": "unknown"}}

    gold = seed_predictions(tmp_path, mention_only)
    lines = SEED_GOLD.read_text(encoding="utf-8").splitlines()
    gold.write_text("\n".join([lines[0], *gold.read_text(encoding="utf-8").splitlines()]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--system", "rules"])
    assert result.exit_code == 0, result.output
    assert "no canonical speakers in this gold" in result.stdout and "canonical speaker right" not in result.stdout


def test_eval_summary_says_when_run_ons_are_read_as_the_gold_joins_them(runner, tmp_path):
    from quotes.evaluate import gold_run_ons
    from quotes.render import score_summary

    result = runner.invoke(app, ["eval", str(SEED_GOLD), "--predictions", str(seed_predictions(tmp_path)), "--json"])
    report = json.loads(result.stdout)
    note = "read as part of it, as this gold marks it"
    assert note not in score_summary(report) and note in score_summary({**report, "run_ons": "joined"})
    (tmp_path / "split" / "text").mkdir(parents=True)
    (tmp_path / "litbank" / "quotations").mkdir(parents=True)
    assert [gold_run_ons(p) for p in (tmp_path / "split", tmp_path / "litbank", SEED_GOLD)] == ["joined", "own", "own"]


def test_extract_can_join_run_ons_and_eval_says_when_a_gold_joins_them(runner, tmp_path, tiny_model_dir, monkeypatch):
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "doc.txt").write_text("Smith said the plan works.\n", encoding="utf-8")
    ann = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 25\tthe plan works\n"
    ann += "E1\tCue:T2 Source:T1 Content:T3\n"
    (split / "attributions" / "doc_aaaa.ann").write_text(ann, encoding="utf-8")
    out = tmp_path / "p.jsonl"
    result = run(runner, "extract", split / "text", "-o", out, "--run-ons", "joined", model=tiny_model_dir)
    assert result.exit_code == 0, result.stderr
    assert '"run_ons": "joined"' in (tmp_path / "p.jsonl.done").read_text(encoding="utf-8").splitlines()[0]
    from quotes.pipeline import Extractor

    seen = []
    process = Extractor.process
    monkeypatch.setattr(
        Extractor, "process", lambda self, articles, **kw: seen.append(kw) or process(self, articles, **kw)
    )
    assert run(runner, "extract", split / "text", "-o", "-", "--run-ons", "joined", model=tiny_model_dir).exit_code == 0
    assert seen == [{"run_ons": "joined"}]
    result = runner.invoke(app, ["eval", str(split), "--predictions", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "split them unless it ran with --run-ons joined" in result.stderr
    result = run(runner, "extract", split / "text", "-o", out, "--run-ons", "glued", model=tiny_model_dir)
    assert result.exit_code == 2 and "--run-ons glued: unknown; use own or joined" in result.stderr


def test_eval_stance_prints_a_summary_and_json_on_request(runner, tmp_path, tiny_stance_dir):
    data = tmp_path / "s.csv"
    data.write_text("target,text,label\nthe plan,We back the plan.,favor\nthe plan,It is a bad plan.,against\n")
    result = runner.invoke(app, ["eval-stance", str(data), "--stance-model", str(tiny_stance_dir)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"stance model on {data} (scores in %):\n  all: macro-F1 ")
    assert "over 2 examples (F1 per label: favor " in result.stdout
    result = runner.invoke(app, ["eval-stance", str(data), "--stance-model", str(tiny_stance_dir), "--json"])
    assert json.loads(result.stdout)["all"]["n"] == 2


def test_target_with_no_stance_is_refused(tmp_path):
    """--target and --no-stance together: the targets would be silently ignored, so the run stops first."""
    from typer.testing import CliRunner

    from quotes.cli import app

    article = tmp_path / "a.txt"
    article.write_text("“We will act,” the mayor said.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--no-stance", "--target", "the plan"])
    assert result.exit_code == 2 and "--no-stance" in result.output
