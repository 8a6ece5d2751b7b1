"""Speed and memory of `quotes extract` over a fixed folder, at several batch sizes and thread counts.

    python eval/benchmark.py ../shared/data/polnear/dev/text --out eval/reports/benchmark

Each configuration runs the real command line in its own process (so peak memory is its own)
and writes to a scratch file; the rule baseline is timed in-process on the same articles.
Writes ``<out>.json`` and ``<out>.md`` with the machine described.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quotes.baselines import rule_based_quotes  # noqa: E402
from quotes.encoder import load_tokenizer  # noqa: E402
from quotes.io import compact_json, iter_inputs  # noqa: E402


def machine() -> dict:
    import torch

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if "MemTotal" in line))
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem_kb / 2**20, 1),
        "python": platform.python_version(),
        "torch": torch.__version__,
    }


def run_cli(folder: Path, *, batch_size: int, threads: int, stance: bool, int8: bool = False) -> dict:
    """One `quotes extract` run in a child process: wall seconds and the child's peak RSS (MiB)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out.jsonl"
        cmd = [sys.executable, "-m", "quotes", "extract", str(folder), "-o", str(out),
               "--batch-size", str(batch_size), "--threads", str(threads)]  # fmt: skip
        if not stance:
            cmd.append("--no-stance")
        if int8:
            cmd.append("--int8")
        started = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - started
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"quotes extract failed: {proc.stderr.read().decode()[-2000:]}")
        quotes = sum(1 for _ in out.open(encoding="utf-8"))
    return {"seconds": round(seconds, 2), "peak_rss_mib": round(usage.ru_maxrss / 1024), "quotes": quotes}


def run_textacy(python: Path, folder: Path) -> dict:
    """textacy's direct_quotations over the folder, in its own environment and process."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out.jsonl"
        cmd = [str(python), str(REPO / "eval" / "textacy_baseline.py"), str(folder), "-o", str(out)]
        started = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - started
        quotes = sum(1 for _ in out.open(encoding="utf-8"))
    return {"system": "textacy direct_quotations (incl. spaCy)", "threads": 1, "batch_size": 1,
            "seconds": round(seconds, 2), "peak_rss_mib": round(usage.ru_maxrss / 1024), "quotes": quotes}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="folder of articles (PolNeAR dev text: 84 articles)")
    parser.add_argument("--out", type=Path, default=REPO / "eval/reports/benchmark", help="report path without suffix")
    parser.add_argument("--batch-sizes", default="1,8", help="comma-separated article batch sizes")
    parser.add_argument("--threads", default="1,2", help="comma-separated torch thread counts")
    parser.add_argument(
        "--textacy-python", type=Path, help="python of an environment with textacy (see textacy_baseline.py)"
    )
    args = parser.parse_args()

    articles = [a for a in iter_inputs([args.folder]) if not isinstance(a, Exception)]
    tokenizer = load_tokenizer()
    tokenizer.model_max_length = 10**9
    tokens = sum(len(tokenizer(a.text, add_special_tokens=False)["input_ids"]) for a in articles)
    rows = []
    for stance in (False, True):
        for threads in [int(t) for t in args.threads.split(",")]:
            for batch_size in [int(b) for b in args.batch_sizes.split(",")]:
                if stance and (threads, batch_size) != (2, 8):
                    continue  # stance adds a fixed cost per quote; one configuration shows it
                result = run_cli(args.folder, batch_size=batch_size, threads=threads, stance=stance)
                rows.append({"system": "quotes" + ("" if stance else " --no-stance"), "threads": threads,
                             "batch_size": batch_size, **result})  # fmt: skip
                print(rows[-1], flush=True)
    for stance in (False, True):  # 8-bit weights, at the configuration users are advised to run
        result = run_cli(args.folder, batch_size=8, threads=2, stance=stance, int8=True)
        rows.append({"system": "quotes --int8" + ("" if stance else " --no-stance"), "threads": 2, "batch_size": 8,
                     **result})  # fmt: skip
        print(rows[-1], flush=True)
    started = time.monotonic()
    found = rule_based_quotes(articles)
    seconds = time.monotonic() - started
    rows.append({"system": "rule baseline (in-process)", "threads": 1, "batch_size": len(articles),
                 "seconds": round(seconds, 3), "peak_rss_mib": None, "quotes": sum(map(len, found))})  # fmt: skip
    if args.textacy_python:
        rows.append(run_textacy(args.textacy_python, args.folder))
        print(rows[-1], flush=True)
    for row in rows:
        row["articles_per_s"] = round(len(articles) / row["seconds"], 2)
        row["tokens_per_s"] = round(tokens / row["seconds"])
    report = {
        "folder": str(args.folder),
        "articles": len(articles),
        "tokens": tokens,
        "machine": machine(),
        "runs": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(compact_json(report))
    lines = [
        "# Benchmark: `quotes extract` speed and memory",
        "",
        f"Command: `python eval/benchmark.py {args.folder}`. Folder: {len(articles)} articles, {tokens:,} word pieces.",
        f"Machine: {report['machine']['cpu']}, {report['machine']['cores']} cores, "
        f"{report['machine']['memory_gib']} GiB; "
        f"Python {report['machine']['python']}, torch {report['machine']['torch']}.",
        "Wall time includes process start and model loading. `quotes` with stance proposes up to three targets",
        "per article and classifies every quote against each; textacy runs in its own environment.",
        "",
        "| system | threads | batch | seconds | articles/s | tokens/s | peak RSS MiB | quotes |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['system']} | {r['threads']} | {r['batch_size']} | {r['seconds']} | {r['articles_per_s']} | "
            f"{r['tokens_per_s']:,} | {r['peak_rss_mib'] or '-'} | {r['quotes']} |"
        )
    args.out.with_suffix(".md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
