"""Print a PolNeAR document and its gold quotes, to annotate canonical speakers from (see eval/ANNOTATION.md).

python eval/speaker_sheet.py ../shared/data/polnear/dev DOC_ID
"""

from __future__ import annotations

import sys
from pathlib import Path

from quotes.corpora.polnear import read_split


def main(split: str, doc: str) -> None:
    for article, _, gold in read_split(Path(split)):
        if article.id != doc:
            continue
        print(article.text)
        print("\n=== gold quotes (start, end, kind, PolNeAR source mention @offset, cue) ===")
        for a in sorted(gold, key=lambda a: a.quote.start):
            m = a.speaker.mention if a.speaker else None
            mention = f"{m.text!r}@{m.start}" if m else "-"
            print(f"{a.quote.start}\t{a.quote.end}\t{a.quote.kind}\t{mention}\t{a.cue.text if a.cue else '-'}")
            print(f"    {a.quote.text[:160]!r}")
        return
    sys.exit(f"{doc}: not in {split}; see eval/speakers/sample.txt for the ids")


if __name__ == "__main__":
    main(*sys.argv[1:3])
