"""Reading articles (txt, md, html, json, jsonl, csv, tsv) and the one JSON/CSV (de)serialiser for gold and predictions.

Every offset is a character offset: a Python ``str`` index into the article text as read here.
"""

from __future__ import annotations

import csv
import fnmatch
import json
import os
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from .errors import InputError
from .htmltext import html_title_and_text, html_to_text
from .tables import TABLE_SUFFIXES, table_rows
from .text import LONE_SURROGATE
from .types import (
    GENDER_BASES,
    GENDERS,
    QUOTE_KINDS,
    SPEAKER_TYPES,
    STANCE_LABELS,
    Article,
    Attribution,
    Quote,
    Span,
    Speaker,
    Stance,
)

__all__ = [
    "CSV_COLUMNS",
    "MAX_ARTICLE_BYTES",
    "FOLDER_SUFFIXES",
    "MULTI_ARTICLE_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "article_to_dict",
    "attribution_from_dict",
    "attribution_to_dict",
    "attribution_to_row",
    "html_to_text",
    "iter_inputs",
    "iter_records",
    "jsonl_objects",
    "read_articles",
    "read_gold",
    "read_jsonl",
    "read_text",
    "write_csv",
    "write_jsonl",
]

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""Largest article accepted, in bytes of UTF-8: a .txt/.md/.html file, a .jsonl line, a JSON ``text``."""

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ".tsv")
FOLDER_SUFFIXES = tuple(s for s in SUPPORTED_SUFFIXES if s not in TABLE_SUFFIXES)
"""What a folder search reads without ``glob``: spreadsheets are left out, since folders of articles often hold
an index or a run's output as CSV; name them, or select them with ``glob``."""
MULTI_ARTICLE_SUFFIXES = (".json", ".jsonl", *TABLE_SUFFIXES)
"""Files that may hold several articles."""
_BOM = "\ufeff"
_SNIFF_BYTES = 8192  # how much of a .jsonl file is checked for NUL bytes before reading it line by line


# ---------------------------------------------------------------------------------------------------------------
# Reading articles


def read_articles(path: Path, *, root: Path | None = None) -> Iterator[Article]:
    """The articles of one file, in file order.

    ``.txt``/``.md`` give one article, the text exactly as decoded; ``.html``/``.htm`` give one article whose
    text is :func:`html_to_text` of the markup (offsets then index that text) and whose title is ``<title>``;
    ``.json`` holds one object or a list of objects and ``.jsonl`` one object per line, each with a string
    ``text`` and optional ``id`` (string or integer), ``title`` and ``targets`` (list of strings); other keys are
    ignored. ``.csv`` (CSV quoting; comma- or semicolon-separated, or as an Excel ``sep=`` line says) and ``.tsv``
    (no quoting: one row per line) hold a header row and one article per row: a ``text`` column and optional
    ``id``, ``title`` and ``targets`` columns (targets separated by ``;`` in the cell); column names are matched
    ignoring case, other columns are ignored, and a cell's text is the article exactly as read. Files are decoded
    strictly as UTF-8 with newlines untouched (CRLF stays CRLF); a leading byte order mark is removed and is the
    only change made.

    Ids: the path relative to ``root`` in posix form (``root`` defaults to the file's folder, so the id is
    the file name; bytes of the name that are not UTF-8 are written as ``\\xe9`` escapes); a JSON object's own
    ``id`` when it has one, else ``<relpath>#<line>`` (1-based) for .jsonl, ``<relpath>#<index>`` (0-based) for a
    JSON list, ``<relpath>#<row>`` (1-based, the header not counted) for a table, and ``<relpath>`` for a single JSON
    object.

    Raises InputError (while iterating) at the first bad file or line; articles before it are yielded.
    Use :func:`iter_inputs` to get every good article together with every error.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path.as_posix()}: is a folder; pass a file, or use iter_inputs to read a folder")
    for item in _read_file(path, _relative_id(path, root)):
        if isinstance(item, InputError):
            raise item
        yield item


def iter_inputs(
    paths: Sequence[Path], *, glob: str | None = None, exclude: Collection[Path] = (), not_read: set[Path] | None = None
) -> Iterator[Article | InputError]:
    """Every article under ``paths``, with an InputError in place of each file or line that cannot be read.

    A file is read whatever its name. A folder is searched recursively in sorted order (by relative path,
    component by component), skipping names that start with '.' and following linked folders once each; it
    contributes the article files (:data:`FOLDER_SUFFIXES`: not spreadsheets), or, when ``glob`` is given, the
    files whose relative posix path or file name matches it (``fnmatch``, ignoring case as the suffixes do: ``*``
    also matches '/'; ``**/`` also matches no folder). Ids are relative to the folder given, or the file name for
    a file given. A path that does not exist yields an InputError. Errors are yielded, never raised, so a batch
    caller can report each and go on; see :func:`read_articles` for the rules. Files in ``exclude`` (a run's own
    output and progress file) are skipped inside folders. A file reached twice (a folder and its subfolder given,
    or a file named twice) is read once, the first time. ``not_read``, when given, collects the resolved paths of
    the files that folders hold but that are left out for their type (without ``glob``), so that a run can say
    what it did not read.
    """
    excluded = {Path(p).resolve() for p in exclude}
    read: set[Path] = set()  # resolved paths already read
    left: set[Path] = set() if not_read is None else not_read
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _iter_folder(path, glob, excluded, read, left)
        elif path.exists():
            if path.resolve() not in read:
                read.add(path.resolve())
                yield from _read_file(path, path.name)
        else:
            yield InputError(f"{path.as_posix()}: no such file or folder; check the path")
    left -= read  # a folder's .csv that is also named on its own was read


def _iter_folder(
    folder: Path, glob: str | None, excluded: set[Path], read: set[Path], not_read: set[Path]
) -> Iterator[Article | InputError]:
    # "**/*.txt" and "docs/**/*.txt" match files with no folder in place of "**/" too, as in the shell.
    patterns = (
        None if glob is None else {g.lower() for g in (glob, glob.removeprefix("**/"), glob.replace("/**/", "/"))}
    )
    walk_errors: list[OSError] = []
    found: list[tuple[tuple[str, ...], Path, Path]] = []  # (relative parts, path, resolved path)
    visited = {folder.resolve()}  # linked folders are followed once each, so a link loop ends
    for dirpath, dirnames, filenames in os.walk(folder, onerror=walk_errors.append, followlinks=True):
        kept = []
        for d in dirnames:
            real = Path(dirpath, d).resolve()
            if not d.startswith(".") and real not in visited:
                visited.add(real)
                kept.append(d)
        dirnames[:] = kept
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(dirpath, name)
            rel, real = path.relative_to(folder), path.resolve()
            if real in excluded:
                continue
            if patterns is not None:
                wanted = any(
                    fnmatch.fnmatchcase(rel.as_posix().lower(), g) or fnmatch.fnmatchcase(name.lower(), g)
                    for g in patterns
                )
            else:
                wanted = path.suffix.lower() in FOLDER_SUFFIXES
                if not wanted:
                    not_read.add(real)
            if wanted:
                found.append((rel.parts, path, real))
    for error in walk_errors:
        where = Path(error.filename).as_posix() if error.filename else folder.as_posix()
        yield InputError(f"{where}: cannot read folder ({error.strerror}); check its permissions")
    for parts, path, real in sorted(found):
        if real not in read:  # the first in sorted order, wherever the walk met it first
            read.add(real)
            yield from _read_file(path, "/".join(parts))


def _relative_id(path: Path, root: Path | None) -> str:
    if root is None:
        return path.name
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _file_name(name: str) -> str:
    """A name from the file system as valid text: bytes that are not UTF-8 (which Python holds as lone surrogates)
    become ``\\xe9`` escapes, so that an id made of it can be written to the records and the progress file, and
    reads the same in messages and on ``--resume``."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no byte decodes to (an unpaired UTF-16 half in a Windows name)
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _read_file(path: Path, rel: str) -> Iterator[Article | InputError]:
    """Articles and errors of one file; ``rel`` is its id (or id prefix)."""
    name, rel = _file_name(path.as_posix()), _file_name(rel)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield InputError(
            f"{name}: unsupported file type {suffix or '(no suffix)'!r}; "
            f"give a {', '.join(SUPPORTED_SUFFIXES)} file, or convert it to .txt"
        )
        return
    if suffix == ".jsonl":
        yield from _read_jsonl_articles(path, rel)
        return
    if suffix in TABLE_SUFFIXES:
        yield from _read_table_articles(path, rel)
        return
    try:
        text = read_text(path, limit=MAX_ARTICLE_BYTES if suffix != ".json" else None)
        if suffix in (".txt", ".md"):
            _check_not_blank(text, name)
            yield Article(id=rel, text=text)
        elif suffix in (".html", ".htm"):
            _check_not_blank(text, name)
            title, body = html_title_and_text(text)
            if not body:
                raise InputError(
                    f"{name}: no article text in the HTML (only markup, scripts or navigation); "
                    "check it is the article page, or save the article as .txt"
                )
            yield Article(id=rel, text=body, title=title)
        else:
            yield from _json_articles(text, name, rel)
    except InputError as error:
        if suffix != ".json":
            error.doc = rel  # the id of the one article this file holds
        yield error


def read_text(path: Path, *, limit: int | None = None) -> str:
    """The whole file decoded strictly as UTF-8, a leading BOM removed; InputError for any reason it cannot be
    (``limit``: most bytes allowed)."""
    name = _file_name(path.as_posix())
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise InputError(f"{name}: {size} bytes is over the {_limit_text()}; split it into smaller articles")
        data = path.read_bytes()
    except OSError as error:
        raise _os_error(name, error) from None
    _check_not_binary(data, name)
    text = _decode(data, name)
    return text[1:] if text.startswith(_BOM) else text


def _limit_text() -> str:
    return f"{MAX_ARTICLE_BYTES // (1024 * 1024)} MiB limit (MAX_ARTICLE_BYTES = {MAX_ARTICLE_BYTES} bytes)"


def _os_error(name: str, error: OSError) -> InputError:
    if isinstance(error, FileNotFoundError):
        return InputError(f"{name}: no such file; check the path")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{name}: is a folder; pass a file, or use iter_inputs to read a folder")
    return InputError(f"{name}: cannot read ({error.strerror or error}); check that it exists and is readable")


def _check_not_binary(data: bytes, where: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"{where}: looks binary (NUL byte at byte {nul}); give a UTF-8 text file "
            "(if it is UTF-16, convert it: iconv -f utf-16 -t utf-8)"
        )


def _decode(data: bytes, where: str, *, offset: int = 0) -> str:
    """``data`` as UTF-8; ``offset`` is where ``data`` starts in its file, so the error gives the file's byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{where}: not valid UTF-8 at byte {offset + error.start}; "
            "convert it to UTF-8 from the encoding it was saved in (Windows pages: iconv -f windows-1252 -t utf-8)"
        ) from None


def _check_not_blank(text: str, name: str) -> None:
    if not text.strip():
        raise InputError(f"{name}: empty or whitespace only; remove it or add the article text")


def _json_articles(text: str, name: str, rel: str) -> Iterator[Article | InputError]:
    """The articles of a JSON file: one object, or a list of them; a bad item is yielded as an InputError
    in its place, so the items after it are still read."""
    _check_not_blank(text, name)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{name}: malformed JSON at line {error.lineno}, column {error.colno} ({error.msg}); "
            "fix the syntax (python -m json.tool shows where)"
        ) from None
    if isinstance(value, list):
        if not value:
            raise InputError(f'{name}: an empty JSON list; give at least one {{"text": ...}} object')
        for index, obj in enumerate(value):
            try:
                yield _article_from_json(obj, where=f"{name}: item {index}", default_id=f"{rel}#{index}")
            except InputError as error:
                yield error
    else:
        yield _article_from_json(value, where=name, default_id=rel)


def _read_jsonl_articles(path: Path, rel: str) -> Iterator[Article | InputError]:
    name = _file_name(path.as_posix())
    count = 0
    try:
        with open(path, "rb") as fp:
            _check_not_binary(fp.read(_SNIFF_BYTES), name)
            fp.seek(0)
            offset = 0
            for lineno, raw in enumerate(fp, start=1):
                line_offset, offset = offset, offset + len(raw)
                where = f"{name}:{lineno}"
                try:
                    if len(raw) > MAX_ARTICLE_BYTES:
                        raise InputError(f"{where}: {len(raw)} bytes is over the {_limit_text()}; split the article")
                    line = _decode(raw, where, offset=line_offset)
                    if lineno == 1 and line.startswith(_BOM):
                        line = line[1:]
                    if not line.strip():
                        continue
                    count += 1
                    try:
                        obj = json.loads(line.rstrip("\r\n"))  # so an error's column is on this line
                    except json.JSONDecodeError as error:
                        raise InputError(
                            f"{where}: malformed JSON at column {error.colno} ({error.msg}); "
                            "each line must be one JSON object"
                        ) from None
                    if count == 1 and _is_output_record(obj):
                        yield InputError(
                            f"{name}: holds quotes output (records with a quote and no article text), not "
                            "articles; move it out of the input folder, or choose the inputs with --glob"
                        )
                        return  # one line for the file, not one per record
                    yield _article_from_json(obj, where=where, default_id=f"{rel}#{lineno}")
                except InputError as error:
                    yield error
    except OSError as error:
        yield _os_error(name, error)
        return
    except InputError as error:
        yield error
        return
    if count == 0:
        yield InputError(f"{name}: empty or whitespace only; add one JSON object per line")


def _read_table_articles(path: Path, rel: str) -> Iterator[Article | InputError]:
    """The articles of a .csv/.tsv file (``quotes.tables``), one per row after the header; a bad row is yielded as an
    InputError in its place, so the rows after it are still read."""
    name = _file_name(path.as_posix())
    try:
        text = read_text(path)
        _check_not_blank(text, name)
    except InputError as error:
        yield error
        return
    for item in table_rows(text, path.suffix.lower(), name, cell_limit=MAX_ARTICLE_BYTES, output_header=CSV_COLUMNS):
        if isinstance(item, InputError):
            yield item
            continue
        where, n, cells = item
        obj: dict[str, Any] = {"text": cells["text"]}
        for column in ("id", "title", "targets"):
            if cells.get(column, "").strip():
                obj[column] = cells[column]
        if "id" in obj:
            obj["id"] = obj["id"].strip()
        if "targets" in obj:
            obj["targets"] = [t.strip() for t in obj["targets"].split(";") if t.strip()]
        try:
            yield _article_from_json(obj, where=where, default_id=f"{rel}#{n}")
        except InputError as error:
            yield error


def _article_from_json(obj: Any, *, where: str, default_id: str, id_key: str = "id") -> Article:
    """An Article from a decoded JSON object; ``where`` starts every error message."""
    if not isinstance(obj, dict):
        raise InputError(f'{where}: expected a JSON object with a "text" string, got {_json_type(obj)}')
    text = obj.get("text")
    if not isinstance(text, str):
        got = 'no "text" key' if "text" not in obj else f'"text" as {_json_type(text)}'
        raise InputError(f'{where}: the object needs a "text" string, got {got}; add the article text')
    if not text.strip():
        raise InputError(f'{where}: "text" is empty or whitespace only; add the article text')
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as error:
        raise InputError(
            f'{where}: "text" has an unpaired surrogate {text[error.start]!r} at character '
            f"{error.start}; fix the \\u escape in the JSON"
        ) from None
    if size > MAX_ARTICLE_BYTES:
        raise InputError(f'{where}: "text" of {size} bytes is over the {_limit_text()}; split the article')
    ident = obj.get(id_key)
    if ident is None:
        ident = default_id
    elif isinstance(ident, int) and not isinstance(ident, bool):
        ident = str(ident)
    elif not isinstance(ident, str) or not ident:
        raise InputError(f'{where}: "{id_key}" must be a non-empty string or an integer, got {ident!r}')
    elif "\n" in ident or "\r" in ident:
        # The progress file lists finished ids one per line: a line break would split one id into two.
        raise InputError(f'{where}: "{id_key}" {ident!r} holds a line break; give ids on one line')
    elif surrogate := LONE_SURROGATE.search(ident):
        raise InputError(
            f'{where}: "{id_key}" has an unpaired surrogate {surrogate.group()!r} at character {surrogate.start()}; '
            "fix the \\u escape in the JSON"
        )
    title = obj.get("title")
    if title is not None and not isinstance(title, str):
        raise InputError(f'{where}: "title" must be a string or null, got {title!r}')
    targets = obj.get("targets")
    if targets is None:
        targets = []
    if not isinstance(targets, list) or not all(isinstance(t, str) and t.strip() for t in targets):
        raise InputError(f'{where}: "targets" must be a list of non-empty strings, got {targets!r}')
    return Article(id=ident, text=text, title=title, targets=tuple(targets))


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


# ---------------------------------------------------------------------------------------------------------------
# Records: Attribution <-> dict


def _span_to_dict(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def attribution_to_dict(a: Attribution) -> dict[str, Any]:
    """The JSON record of ``a`` (see the module's record format); offsets are character offsets.

    ``quote.parts`` is written only when non-empty and ``optional`` only when true.
    """
    quote = {**_span_to_dict(a.quote), "kind": a.quote.kind}
    if a.quote.parts:
        quote["parts"] = [_span_to_dict(p) for p in a.quote.parts]
    speaker = None
    if a.speaker is not None:
        s = a.speaker
        speaker = {
            "name": s.name,
            "type": s.type,
            "mention": _span_to_dict(s.mention) if s.mention else None,
            "id": s.id,
            "role": s.role,
            "gender": s.gender,
            "gender_from": s.gender_from,
        }
    record: dict[str, Any] = {
        "doc": a.doc,
        "quote": quote,
        "cue": _span_to_dict(a.cue) if a.cue is not None else None,
        "speaker": speaker,
        "stances": [{"target": st.target, "label": st.label, "score": st.score} for st in a.stances],
        "confidence": a.confidence,
        "evidential": a.evidential,
    }
    if a.optional:
        record["optional"] = True
    return record


def article_to_dict(article: Article) -> dict[str, Any]:
    """The gold-file line of an article: ``{"doc", "text", "targets"}`` plus ``"title"`` when it has one."""
    record: dict[str, Any] = {"doc": article.id, "text": article.text, "targets": list(article.targets)}
    if article.title is not None:
        record["title"] = article.title
    return record


class _Reader:
    """Typed access to one record's fields, with errors naming the doc and the field."""

    def __init__(self, doc: str, text: str | None) -> None:
        self.doc = doc
        self.text = text

    def fail(self, message: str) -> InputError:
        return InputError(f"doc {self.doc!r}: {message}")

    def get(
        self,
        obj: dict,
        key: str,
        field: str,
        kinds: tuple[type, ...],
        expected: str,
        *,
        required: bool = True,
        default: Any = None,
    ) -> Any:
        if key not in obj or (obj[key] is None and not required):
            if required:
                raise self.missing(field, expected)
            return default
        value = obj[key]
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise self.fail(f"{field} must be {expected}, got {_show(value)}; fix the record")
        return value

    def missing(self, field: str, expected: str) -> InputError:
        return self.fail(f"{field} is missing (expected {expected}); add it to the record")

    def obj(self, value: Any, field: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(f"{field} must be an object, got {_show(value)}; fix the record")
        return value

    def choice(self, obj: dict, key: str, field: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.get(obj, key, field, (str,), "a string", required=default is None, default=default)
        if value not in allowed:
            raise self.fail(f"{field} {value!r} is not one of {', '.join(allowed)}; fix the record")
        return value

    def optional_choice(self, obj: dict, key: str, field: str, allowed: tuple[str, ...]) -> str | None:
        value = self.get(obj, key, field, (str,), "a string or null", required=False)
        if value is not None and value not in allowed:
            raise self.fail(f"{field} {value!r} is not one of {', '.join(allowed)} or null; fix the record")
        return value

    def probability(self, obj: dict, key: str, field: str) -> float:
        value = self.get(obj, key, field, (int, float), "a number from 0 to 1", required=False, default=1.0)
        if not 0.0 <= value <= 1.0:  # also rejects NaN
            raise self.fail(f"{field} {value!r} is outside 0..1; give a probability")
        return float(value)

    def span(self, value: Any, field: str) -> Span:
        obj = self.obj(value, field)
        text = self.get(obj, "text", f"{field}.text", (str,), "a string")
        start = self.get(obj, "start", f"{field}.start", (int,), "an integer character offset")
        end = self.get(obj, "end", f"{field}.end", (int,), "an integer character offset")
        try:
            span = Span(text, start, end)
        except ValueError as error:
            shown = self.text is not None and 0 <= start <= end
            found = f"; the article has {_clip(self.text[start:end])} there" if shown else ""
            raise self.fail(
                f"{field}: {error}{found}; fix the text or the offsets (character offsets, end exclusive)"
            ) from None
        self.verify(span, field)
        return span

    def verify(self, span: Span, field: str) -> None:
        if self.text is None:
            return
        if span.end > len(self.text):
            raise self.fail(
                f"{field} ends at {span.end}, past the article's {len(self.text)} characters; "
                "fix the offsets (character offsets into the text as read)"
            )
        found = self.text[span.start : span.end]
        if found != span.text:
            raise self.fail(
                f"{field} text {_clip(span.text)} does not match the article at {span.start}..{span.end},"
                f" which has {_clip(found)}; fix the offsets (character offsets into the text as read)"
            )


def _clip(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[: width - 3] + "...")


def _show(value: Any, width: int = 80) -> str:
    """``repr(value)`` cut to ``width`` characters, for one-line error messages."""
    shown = repr(value)
    return shown if len(shown) <= width else shown[: width - 3] + "..."


def attribution_from_dict(d: dict, *, text: str | None = None) -> Attribution:
    """The Attribution of a JSON record, validated; the inverse of :func:`attribution_to_dict`.

    Required: ``doc`` (string) and ``quote`` with ``text``, ``start``, ``end`` and ``kind``. Optional, with
    the dataclass defaults: ``cue``, ``speaker`` (whose ``type`` defaults to "unknown"), ``stances`` (whose
    ``score`` defaults to 1.0), ``confidence`` (1.0), ``optional`` (false); unknown keys are ignored.
    Every span's text must have the length its offsets cover, and when ``text`` (the article) is given, must
    equal ``text[start:end]``. Quote parts must lie inside the quote.

    Raises InputError naming the doc and the field for any bad value (kinds, speaker types and stance labels
    must be those of ``QUOTE_KINDS``, ``SPEAKER_TYPES``, ``STANCE_LABELS``).
    """
    if not isinstance(d, dict):
        raise InputError(f"expected a JSON object for a quote record, got {_json_type(d)}; fix the record")
    doc = d.get("doc")
    if not isinstance(doc, str):
        raise InputError(f"record 'doc' must be the article id as a string, got {doc!r}; fix the record")
    r = _Reader(doc, text)

    if "quote" not in d:
        raise r.missing("quote", "an object with text, start, end and kind")
    quote_obj = r.obj(d["quote"], "quote")
    base = r.span(quote_obj, "quote")
    kind = r.choice(quote_obj, "kind", "quote.kind", QUOTE_KINDS)
    raw_parts = r.get(quote_obj, "parts", "quote.parts", (list,), "a list of spans", required=False, default=[])
    parts = tuple(r.span(p, f"quote.parts[{i}]") for i, p in enumerate(raw_parts))
    for i, part in enumerate(parts):
        if part.start < base.start or part.end > base.end:
            raise r.fail(
                f"quote.parts[{i}] at {part.start}..{part.end} lies outside the quote at "
                f"{base.start}..{base.end}; the quote must cover all its parts"
            )
    quote = Quote(base.text, base.start, base.end, kind=kind, parts=parts)

    cue = r.span(d["cue"], "cue") if d.get("cue") is not None else None

    speaker = None
    if d.get("speaker") is not None:
        sp = r.obj(d["speaker"], "speaker")
        speaker = Speaker(
            name=r.get(sp, "name", "speaker.name", (str,), "a string"),
            type=r.choice(sp, "type", "speaker.type", SPEAKER_TYPES, default="unknown"),  # type: ignore[arg-type]
            mention=r.span(sp["mention"], "speaker.mention") if sp.get("mention") is not None else None,
            id=r.get(sp, "id", "speaker.id", (str,), "a string or null", required=False),
            role=r.get(sp, "role", "speaker.role", (str,), "a string or null", required=False),
            gender=r.optional_choice(sp, "gender", "speaker.gender", GENDERS),  # type: ignore[arg-type]
            gender_from=r.optional_choice(sp, "gender_from", "speaker.gender_from", GENDER_BASES),  # type: ignore[arg-type]
        )

    stances = []
    for i, raw in enumerate(r.get(d, "stances", "stances", (list,), "a list", required=False, default=[])):
        field = f"stances[{i}]"
        st = r.obj(raw, field)
        stances.append(
            Stance(
                target=r.get(st, "target", f"{field}.target", (str,), "a string"),
                label=r.choice(st, "label", f"{field}.label", STANCE_LABELS),  # type: ignore[arg-type]
                score=r.probability(st, "score", f"{field}.score"),
            )
        )

    return Attribution(
        quote=quote,
        cue=cue,
        speaker=speaker,
        stances=tuple(stances),
        confidence=r.probability(d, "confidence", "confidence"),
        doc=doc,
        optional=r.get(d, "optional", "optional", (bool,), "true or false", required=False, default=False),
        evidential=r.get(d, "evidential", "evidential", (str, type(None)), "a string or null", required=False),
    )


# ---------------------------------------------------------------------------------------------------------------
# JSONL files


def compact_json(obj: Any) -> str:
    """``obj`` as one line of JSON and a newline: how reports and training histories are written (the Markdown beside a
    report, and each model card, is the readable form), which keeps the repository small."""
    return json.dumps(obj, separators=(",", ":")) + "\n"


def write_jsonl(records: Iterable[Attribution | Article], fp: TextIO) -> int:
    """Write one JSON object per line to ``fp`` (UTF-8 text, non-ASCII kept as is); returns how many.

    An Attribution is written as its record, an Article as a gold article line (:func:`article_to_dict`),
    so a gold file is ``write_jsonl([*articles, *attributions], fp)``.
    """
    count = 0
    for record in records:
        obj = article_to_dict(record) if isinstance(record, Article) else attribution_to_dict(record)
        fp.write(json.dumps(obj, ensure_ascii=False) + "\n")
        count += 1
    return count


def _jsonl_lines(source: Path | str | TextIO) -> Iterator[tuple[str, str]]:
    """``(where, line)`` for each non-blank line of a file or an open text stream; ``where`` is ``path:line``."""
    if hasattr(source, "read"):
        name, text = str(getattr(source, "name", "<stream>")), source.read()
        if not isinstance(text, str):
            raise InputError(f"{name}: a binary stream; open the file in text mode (encoding='utf-8') or pass its path")
        text = text.removeprefix(_BOM)
    else:
        name, text = Path(source).as_posix(), read_text(Path(source), limit=None)
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield f"{name}:{lineno}", line.rstrip("\r")


def _json_object(line: str, where: str) -> dict:
    """The JSON object on one line; InputError naming ``where`` when it is not one."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{where}: malformed JSON at column {error.colno} ({error.msg}); each line must be one JSON object"
        ) from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object, got {_json_type(obj)}; fix the line")
    return obj


def jsonl_objects(path: Path | str | TextIO) -> Iterator[tuple[str, dict]]:
    """``(where, object)`` for each non-blank line of a JSONL file; ``where`` is ``path:line``. InputError on a
    bad line."""
    for where, line in _jsonl_lines(path):
        yield where, _json_object(line, where)


def _is_output_record(obj: Any) -> bool:
    """Whether a JSON line is a record ``quotes extract`` wrote (a quote, no article text)."""
    return isinstance(obj, dict) and "quote" in obj and "text" not in obj


def _is_article_line(obj: dict) -> bool:
    return "text" in obj and "quote" not in obj


def _record(obj: dict, where: str, *, text: str | None = None) -> Attribution:
    try:
        return attribution_from_dict(obj, text=text)
    except InputError as error:
        raise InputError(f"{where}: {error}") from None


def read_jsonl(path: Path | str | TextIO) -> list[Attribution]:
    """The quote records of a JSONL file (predictions or gold), or of an open text stream, in file order.

    Blank lines and gold article lines (a ``text`` key and no ``quote``) are skipped; offsets are not
    checked against any text (use :func:`read_gold` for that). Raises InputError naming the path and line.
    """
    return [_record(obj, where) for where, obj in jsonl_objects(path) if not _is_article_line(obj)]


def iter_records(path: Path) -> Iterator[Attribution | InputError]:
    """The quote records of a JSONL file as :func:`read_jsonl` reads them, with an InputError in place of each
    bad line, so that one bad line (the torn last line of an interrupted run) loses only itself. An unreadable
    file is one InputError."""
    try:
        for n, (where, line) in enumerate(_jsonl_lines(path)):
            try:
                obj = _json_object(line, where)
                if not _is_article_line(obj):
                    yield _record(obj, where)
            except InputError as error:
                if n == 0 and not line.lstrip().startswith("{"):
                    # Not JSON lines at all (an article, a CSV): one error for the file, not one per line.
                    yield InputError(
                        f"{where.rpartition(':')[0]}: not JSON lines; pass the JSONL written by quotes extract"
                    )
                    return
                yield error
    except InputError as error:
        yield error


def read_gold(path: Path) -> tuple[dict[str, Article], list[Attribution]]:
    """A gold set: its articles by id, and its quote records checked against them.

    A gold JSONL holds article lines ``{"doc": id, "text": ..., "targets": [...], "title": ...}`` (a
    ``text`` key and no ``quote``) and quote records in any order. Every record's ``doc`` must have an
    article line, and every span must equal ``text[start:end]`` of that article; a quote has one record, and a
    stance's target is one of its article's ``targets``. An article with no records is a gold negative (no
    quotes). Raises InputError naming the path and line.
    """
    name = Path(path).as_posix()
    articles: dict[str, Article] = {}
    records: list[tuple[str, dict]] = []
    for where, obj in jsonl_objects(path):
        if not _is_article_line(obj):
            records.append((where, obj))
            continue
        if not isinstance(obj.get("doc"), str) or not obj["doc"]:
            raise InputError(f'{where}: an article line needs "doc", its id as a non-empty string; add it')
        article = _article_from_json(obj, where=where, default_id="", id_key="doc")
        if article.id in articles:
            raise InputError(f"{where}: a second article line for doc {article.id!r}; keep one")
        articles[article.id] = article
    attributions = []
    seen: set[tuple[str, int, int]] = set()
    for where, obj in records:
        doc = obj.get("doc")
        if isinstance(doc, str) and doc not in articles:
            raise InputError(
                f'{where}: doc {doc!r} has no article line in {name}; add {{"doc": {json.dumps(doc)}, "text": ...}}'
            )
        record = _record(obj, where, text=articles[doc].text if isinstance(doc, str) else None)
        unknown = [s.target for s in record.stances if s.target not in articles[record.doc].targets]
        if unknown:
            raise InputError(
                f"{where}: stance toward {unknown[0]!r}, which is not among the article's targets "
                f"{list(articles[record.doc].targets)!r}; add it to the article line or fix the spelling"
            )
        key = (record.doc, record.quote.start, record.quote.end)
        if key in seen:
            raise InputError(f"{where}: a second record of the quote at {key[1]}..{key[2]} in doc {key[0]!r}; keep one")
        seen.add(key)
        attributions.append(record)
    return articles, attributions


# ---------------------------------------------------------------------------------------------------------------
# CSV


CSV_COLUMNS: tuple[str, ...] = (
    "doc",
    "quote_text",
    "quote_start",
    "quote_end",
    "kind",
    "cue_text",
    "cue_start",
    "cue_end",
    "speaker_name",
    "speaker_type",
    "speaker_id",
    "speaker_role",
    "speaker_gender",
    "speaker_gender_from",
    "mention_text",
    "mention_start",
    "mention_end",
    "stances",
    "confidence",
    "evidential",
)


def attribution_to_row(a: Attribution) -> dict[str, str | int | float]:
    """One CSV row of ``a``, keyed by :data:`CSV_COLUMNS`; a missing value is "".

    Lossy, for reading in a spreadsheet (JSONL is the format to read back): quote parts and ``optional``
    are left out, and stances are ``target=label:score`` joined by ';' with the score to 3 decimals.
    """
    speaker, mention, cue = a.speaker, a.speaker.mention if a.speaker else None, a.cue
    return {
        "doc": a.doc,
        "quote_text": a.quote.text,
        "quote_start": a.quote.start,
        "quote_end": a.quote.end,
        "kind": a.quote.kind,
        "cue_text": cue.text if cue else "",
        "cue_start": cue.start if cue else "",
        "cue_end": cue.end if cue else "",
        "speaker_name": speaker.name if speaker else "",
        "speaker_type": speaker.type if speaker else "",
        "speaker_id": (speaker.id or "") if speaker else "",
        "speaker_role": (speaker.role or "") if speaker else "",
        "speaker_gender": (speaker.gender or "") if speaker else "",
        "speaker_gender_from": (speaker.gender_from or "") if speaker else "",
        "mention_text": mention.text if mention else "",
        "mention_start": mention.start if mention else "",
        "mention_end": mention.end if mention else "",
        "stances": ";".join(f"{s.target}={s.label}:{s.score:.3f}" for s in a.stances),
        "confidence": a.confidence,
        "evidential": a.evidential or "",
    }


def write_csv(records: Iterable[Attribution], fp: TextIO) -> int:
    """Write a header and one row per attribution to ``fp`` (open it with ``newline=""``); returns how many."""
    writer = csv.DictWriter(fp, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for a in records:
        writer.writerow(attribution_to_row(a))
        count += 1
    return count
