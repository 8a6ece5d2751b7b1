"""Spreadsheet exports of articles: one article per row of a .csv or .tsv under a header with a ``text`` column.

A .csv follows CSV quoting (RFC 4180, strict: a quotation mark left open is an error), comma- or semicolon-
separated, or as an Excel ``sep=`` first line says; a .tsv has no quoting at all (the IANA format: one row per
line, cells split at tabs, quotation marks kept as text). Cells are returned exactly as read: the article text is
the ``text`` cell. ``quotes.io`` turns the rows into articles.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import InputError

TABLE_SUFFIXES = (".csv", ".tsv")
# Columns an article row may have; others are ignored. Separators tried, in order, until one gives a text column.
COLUMNS = ("text", "id", "title", "targets")
_DELIMITERS = {".csv": (",", ";"), ".tsv": ("\t",)}
_EXCEL_SEPARATOR_LINE = re.compile(r"sep=([^\r\n])\r?\n")


def table_rows(
    text: str, suffix: str, name: str, *, cell_limit: int, output_header: Sequence[str]
) -> Iterator[tuple[str, int, dict[str, str]] | InputError]:
    """``(where, row number, {column: cell})`` for each row of ``text`` with a non-blank cell, the known columns
    only (``COLUMNS``), or an InputError in place of a row that cannot be read, so the rows after it still are.
    ``where`` names the file, row and first line for messages; ``cell_limit`` is the longest cell accepted, in
    characters; a header equal to ``output_header`` is refused as a run's output, not articles."""
    if csv.field_size_limit() < cell_limit:
        csv.field_size_limit(cell_limit)  # csv's default (128 KiB) would cut articles; it only ever grows here
    try:
        table = _Table.open(text, suffix, name, output_header)
    except InputError as error:
        yield error
        return
    read = 0
    for n, (line, row) in enumerate(table.rows(), start=1):
        where = f"{name}: row {n} (line {line})"
        try:
            cells = table.cells(row, where)
        except InputError as error:
            read += 1
            yield error
            continue
        if cells is not None:
            read += 1
            yield where, n, {column: cells[k] for column, k in table.columns.items()}
    if read == 0:
        yield InputError(f"{name}: a header but no rows; add one article per row")


@dataclass
class _Table:
    """A table as read: its csv reader (positioned after the header), header, known columns and separator."""

    reader: Any
    header: list[str]
    columns: dict[str, int]  # lower-case known column name -> cell index
    delimiter: str
    lines_before: int  # lines removed before the reader's first (an Excel "sep=" line)

    @classmethod
    def open(cls, text: str, suffix: str, name: str, output_header: Sequence[str]) -> _Table:
        """The table of ``text``; InputError when no separator gives a single ``text`` column."""
        delimiters, skipped = _DELIMITERS[suffix], 0
        if m := _EXCEL_SEPARATOR_LINE.match(text):
            delimiters, text, skipped = (m.group(1),), text[m.end() :], 1
        headers = []
        for delimiter in delimiters:
            if suffix == ".tsv":
                reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quoting=csv.QUOTE_NONE)
            else:
                reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
            try:
                header = next((row for row in reader if any(cell.strip() for cell in row)), [])
            except csv.Error:
                continue  # quoted with another separator: '"id";"text"' read at commas
            names = [cell.strip().lower() for cell in header]
            if "text" in names:
                for column in COLUMNS:
                    if names.count(column) > 1:
                        raise InputError(f"{name}: the header has {names.count(column)} {column!r} columns; keep one")
                columns = {c: names.index(c) for c in COLUMNS if c in names}
                return cls(reader, header, columns, delimiter, skipped)
            headers.append(header)
        header = headers[0] if headers else []
        if header[: len(output_header)] == list(output_header):
            raise InputError(f"{name}: quote records written by quotes extract, not articles; move it out of the input")
        shown = ", ".join(repr(c) for c in header[:8]) + (", …" if len(header) > 8 else "")
        raise InputError(
            f"{name}: no 'text' column (the header reads {shown or 'nothing'}); "
            "name the column holding the article text 'text'"
        )

    def rows(self) -> Iterator[tuple[int, list[str] | csv.Error]]:
        """``(first line in the file, cells)`` of each row after the header, or ``(first line, error)`` for a row
        the csv reader cannot parse; reading goes on after it."""
        line = self.reader.line_num
        while True:
            try:
                row: list[str] | csv.Error = next(self.reader)
            except StopIteration:
                return
            except csv.Error as error:
                row = error
            yield self.lines_before + line + 1, row
            if self.reader.line_num == line:
                return  # the reader did not move on: stop rather than repeat the error
            line = self.reader.line_num

    def cells(self, row: list[str] | csv.Error, where: str) -> list[str] | None:
        """The row's cells, one per header column; None for a blank row; InputError for a malformed one."""
        what = "tab" if self.delimiter == "\t" else repr(self.delimiter)
        if isinstance(row, csv.Error):
            if "field larger than field limit" in str(row):
                raise InputError(
                    f"{where}: a cell longer than {csv.field_size_limit():,} characters, over the article size limit; "
                    "split the article"
                )
            if "unexpected end of data" in str(row):  # a quotation mark left open: the reader took every line after
                raise InputError(
                    f"{where}: a quotation mark opened in this row is never closed, so the rest of the file from this "
                    'row on was not read; check its quoting (a mark inside a quoted cell is doubled: "")'
                )
            raise InputError(f"{where}: malformed ({row}); check its quoting ({what}-separated, CSV quoting)")
        if not any(cell.strip() for cell in row):
            return None  # a blank line, as spreadsheets leave at the end
        if len(row) > len(self.header) and not any(cell.strip() for cell in row[len(self.header) :]):
            row = row[: len(self.header)]  # a separator left at the end of the line
        if len(row) != len(self.header):
            if len(row) < len(self.header):
                hint = "fill in the missing cells"
            elif self.reader.dialect.quoting == csv.QUOTE_NONE:  # a .tsv: no quoting can keep a tab inside a cell
                hint = "remove the tab from the cell, or save the file as .csv"
            else:
                hint = "quote cells that hold the separator"
            raise InputError(
                f"{where}: {len(row)} cells where the header has {len(self.header)} ({what}-separated); {hint}"
            )
        return row
