"""Reader for LitBank: fiction excerpts with their direct quotes and canonical speakers, and coreference.

Layout: ``<litbank>/quotations/tsv/<doc>.{txt,ann}`` and ``<litbank>/coref/tsv/<doc>.ann``.
The ``.txt`` holds one tokenised sentence per line, tokens separated by single spaces;
quotes and mentions are addressed as (sentence, token) pairs, ends inclusive.

Policies:
- the article text is the sentences joined by one space (a sentence per line would read as one
  paragraph per sentence to the extractor, which splits quotes at paragraphs);
- a quote's speaker is its coreference chain, named by the chain's longest proper-name mention
  (the project's "fullest name" rule), else by its first nominal mention without a leading
  determiner, else by the chain id ("Jack_Durbeyfield-0" → "Jack Durbeyfield");
- every LitBank quotation is direct speech, but some are marked with single quotes or dashes, which
  the project's mark-based ``kind`` reads as indirect: those are made ``direct`` (marks stripped);
- LitBank does not mark which mention introduces a quote, so gold quotes carry no mention and
  no cue: only quote and canonical-speaker scores are meaningful on this set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..text import build_quote, quoted_ranges, strip_enclosing_marks
from ..types import Article, Attribution, Quote, Speaker

_DETERMINER = re.compile(r"^(the|a|an|this|that|his|her|my|your|our|their)\s+", re.IGNORECASE)
_TYPES = {"PER": "person", "ORG": "organization", "GPE": "organization"}


def read_litbank(root: Path) -> list[tuple[Article, list[Attribution]]]:
    """Every document of the quotation layer with its gold quotes, in id order."""
    folder = root / "quotations" / "tsv"
    docs = sorted(folder.glob("*.ann"))
    if not docs:
        raise InputError(f"{root}: no quotations/tsv/*.ann files; pass the LitBank folder (with quotations/, coref/)")
    return [_read_doc(path, root / "coref" / "tsv" / path.name) for path in docs]


def _token_offsets(lines: list[str]) -> tuple[str, list[list[tuple[int, int]]]]:
    """The joined text and, per sentence, each token's character range in it."""
    offsets, position = [], 0
    for line in lines:
        sentence = []
        for token in line.split(" "):
            sentence.append((position, position + len(token)))
            position += len(token) + 1
        offsets.append(sentence)
    return " ".join(lines), offsets


def _rows(path: Path) -> list[list[str]]:
    try:
        return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read LitBank annotations ({err})") from err


@dataclass(frozen=True, slots=True)
class Mention:
    """One LitBank entity mention: character range, entity type (PER…), form (PROP, NOM, PRON) and chain."""

    start: int
    end: int
    text: str
    entity: str
    form: str
    chain: str | None


def _mentions(coref: Path, text: str, offsets) -> list[Mention]:
    """The document's mentions in text order, each with its coreference chain (None for singletons)."""
    found, chains = {}, {}
    for n, row in enumerate(_rows(coref), 1):
        try:
            if row[0] == "MENTION":
                ss, st, es, et = (int(x) for x in row[2:6])
                found[row[1]] = (offsets[ss][st][0], offsets[es][et][1], row[7], row[8])
            elif row[0] == "COREF":
                chains[row[1]] = row[2]
        except (IndexError, ValueError) as err:
            raise InputError(f"{coref}:{n}: not a LitBank mention row ({err}); check the file") from err
    mentions = [Mention(s, e, text[s:e], entity, form, chains.get(i)) for i, (s, e, entity, form) in found.items()]
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def read_coref(root: Path) -> list[tuple[str, str, list[Mention]]]:
    """``(doc id, text, mentions)`` of every document of the coreference layer, in id order."""
    folder = root / "coref" / "tsv"
    docs = sorted(folder.glob("*.ann"))
    if not docs:
        raise InputError(f"{root}: no coref/tsv/*.ann files; pass the LitBank folder (with quotations/, coref/)")
    out = []
    for path in docs:
        text, offsets = _token_offsets(_lines(path.with_suffix(".txt")))
        out.append((path.stem.removesuffix("_brat"), text, _mentions(path, text, offsets)))
    return out


def _chain_speakers(coref: Path, text: str, offsets) -> dict[str, Speaker]:
    """A canonical speaker for every coreference chain of the document (see the module's policies)."""
    if not coref.is_file():
        return {}
    members: dict[str, list[Mention]] = {}
    for m in _mentions(coref, text, offsets):
        if m.chain:
            members.setdefault(m.chain, []).append(m)
    speakers = {}
    for chain, chain_mentions in members.items():
        proper = [m for m in chain_mentions if m.form == "PROP"]
        nominal = [m for m in chain_mentions if m.form == "NOM"]
        if proper:
            name = max(proper, key=lambda m: len(m.text.split())).text
            kind = _TYPES.get(chain_mentions[0].entity, "organization")
        elif nominal:
            name, kind = _DETERMINER.sub("", nominal[0].text), "anonymous"
        else:
            name, kind = _chain_name(chain), "person"
        speakers[chain] = Speaker(name=name, type=kind)
    return speakers


def _chain_name(chain: str) -> str:
    """A name from a chain id: "Jack_Durbeyfield-0" → "Jack Durbeyfield"."""
    return re.sub(r"-\d+$", "", chain).replace("_", " ")


def _lines(txt: Path) -> list[str]:
    try:
        return txt.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{txt}: cannot read the LitBank text ({err})") from err


def _read_doc(path: Path, coref: Path) -> tuple[Article, list[Attribution]]:
    text, offsets = _token_offsets(_lines(path.with_suffix(".txt")))
    doc = path.stem.removesuffix("_brat")
    speakers = _chain_speakers(coref, text, offsets)
    spans, attributed = {}, {}
    for n, row in enumerate(_rows(path), 1):
        try:
            if row[0] == "QUOTE":
                ss, st, es, et = (int(x) for x in row[2:6])
                spans[row[1]] = (offsets[ss][st][0], offsets[es][et][1])
            elif row[0] == "ATTRIB":
                attributed[row[1]] = row[2]
        except (IndexError, ValueError) as err:
            raise InputError(f"{path}:{n}: not a LitBank quotation row ({err}); check the file") from err
    ranges = quoted_ranges(text)
    gold = []
    for quote_id, (start, end) in sorted(spans.items(), key=lambda item: item[1]):
        quote = build_quote(text, [(start, end)], ranges)
        if quote is None:
            continue
        if quote.kind != "direct":
            start, end = strip_enclosing_marks(text, quote.start, quote.end)
            quote = Quote(text[start:end], start, end, kind="direct")
        chain = attributed.get(quote_id)
        speaker = speakers.get(chain) if chain else None
        if chain and speaker is None:
            speaker = Speaker(name=_chain_name(chain), type="person")
        gold.append(Attribution(quote=quote, cue=None, speaker=speaker, doc=doc))
    return Article(id=doc, text=text), gold
