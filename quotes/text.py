"""Offset-safe text helpers: quotation marks, quote kinds and trimming spans (character offsets)."""

from __future__ import annotations

import bisect
import math
import re
import unicodedata

from .types import Quote, QuoteKind, Span

# Letters for regex character classes over names, beyond ASCII: the Latin capitals and small letters of Latin-1 and
# Latin Extended-A/B ("Élisabeth", "Łukasz Świątek", "Pérez"). Latin Extended alternates capital and small
# letters, so the classes list them one by one rather than as ranges.
_LATIN = [chr(c) for c in range(0xC0, 0x250)]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
SPACE_OR_TAB = " \t\u00a0\u202f"  # within a name, a no-break space separates words like a space
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width spaces and joiners
# Inside a word, beyond \w: combining accents (a decomposed "é") and zero-width characters.
IN_WORD = "\u0300-\u036f" + _ZERO_WIDTH
# Half of a UTF-16 pair, alone: in no valid text, and not writable as UTF-8 (what errors="surrogateescape" leaves).
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def latin_classes(pattern: str) -> str:
    """``pattern`` with its ASCII classes widened to Latin letters and no-break spaces: ``A-Z`` → :data:`UPPER`,
    ``a-z`` → :data:`LOWER`, ``[ \\t]`` → :data:`SPACE_OR_TAB`, and a class opening with ``\\w`` also takes
    :data:`IN_WORD`. Patterns are written in ASCII for reading."""
    widened = pattern.replace("A-Z", UPPER).replace("a-z", LOWER).replace("[ \\t]", f"[{SPACE_OR_TAB}]")
    return widened.replace("[\\w", f"[\\w{IN_WORD}")


_INVISIBLE = dict.fromkeys(map(ord, _ZERO_WIDTH))


def clean_name(name: str) -> str:
    """A name as output (not an offset span): composed accents (NFC), no zero-width characters, single spaces and
    none before a comma, semicolon or colon (a name joined from words: "family, protesters and civic leaders")."""
    spaced = " ".join(unicodedata.normalize("NFC", name).translate(_INVISIBLE).split())
    return _SPACE_BEFORE_STOP.sub(r"\1", spaced)


_SPACE_BEFORE_STOP = re.compile(r" ([,;:])")


OPENING_MARKS = frozenset("“‘«„‹")
CLOSING_MARKS = frozenset("”’»›")
STRAIGHT_MARKS = frozenset('"')
# Before a straight opening mark, these may stand between it and the space that makes it opening: zero-width
# characters (a byte-order mark left in a JSON text) and Markdown emphasis (``*"…"*``, ``_"…"_``), which a direct
# quote also loses at its edges with its marks.
_EMPHASIS = "*_"
_SEE_THROUGH = _ZERO_WIDTH + _EMPHASIS
# Attribution syntax, not part of what was said: "“…,” he said" keeps the comma outside.
TRAILING_SYNTAX = frozenset(",;:")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` of ``text`` past surrounding whitespace (character offsets)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words: a model span may stop inside a word ("rec|eptive")."""
    while start > 0 and start < end and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > start and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def strip_enclosing_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a direct quote's span past its enclosing marks and the comma before its cue.

    ``“It was good,” he said`` → ``It was good``. Marks inside the span stay; a lone
    opening mark (a quote continuing past the span) is stripped too.
    """
    start, end = trim(text, start, end)
    changed = True
    while changed and start < end:
        changed = False
        if text[start] in OPENING_MARKS or text[start] in STRAIGHT_MARKS or text[start] in _EMPHASIS:
            start, changed = start + 1, True
        if end > start and (
            text[end - 1] in CLOSING_MARKS or text[end - 1] in STRAIGHT_MARKS or text[end - 1] in _EMPHASIS
        ):
            end, changed = end - 1, True
        if end > start and text[end - 1] in TRAILING_SYNTAX:
            end, changed = end - 1, True
        start, end = trim(text, start, end)
    return start, end


def is_opening_mark(text: str, i: int) -> bool:
    """Whether ``text[i]`` opens a quotation; a straight mark opens after space, a bracket or a dash, or at the
    start, looking past zero-width characters and emphasis marks before it."""
    ch = text[i]
    if ch in OPENING_MARKS:
        return True
    if ch in "\"'":
        k = i - 1
        while k >= 0 and text[k] in _SEE_THROUGH:
            k -= 1
        return k < 0 or text[k].isspace() or text[k] in "([{—–-"
    return False


def is_closing_mark(text: str, i: int) -> bool:
    """Whether ``text[i]`` closes a quotation (a curly apostrophe counts as closing)."""
    ch = text[i]
    if ch in CLOSING_MARKS:
        return True
    if ch in "\"'":
        return not is_opening_mark(text, i)
    return False


_DOUBLE_MARKS = frozenset('“”«»„"')
_CURLY_SINGLE = ("‘", "’")
_STRAIGHT_SINGLE = ("'", "'")


def _opens_single(text: str, i: int, marks: tuple[str, str] = _CURLY_SINGLE) -> bool:
    """Whether ``text[i]`` is the opening single mark of ``marks`` opening a quotation: before a letter or a double
    mark, not an elision (‘90s); a straight ' only where a word may start (not the one of "don't")."""
    after = text[i + 1 : i + 2]
    if text[i] != marks[0] or not (after.isalpha() or after in '“"'):
        return False
    return marks is _CURLY_SINGLE or (is_opening_mark(text, i) and not _ELISION.match(text, i + 1))


# Words a straight ' opens by eliding letters, not a quotation: "rock 'n' roll", "let 'em go", "'bout time" (in lower
# case: "'Cause of death is unknown,' the coroner said" quotes).
_ELISION = re.compile(r"(?:n|em|bout|til|cause|tis|twas)\b(?!-)")


def _closes_single(text: str, i: int, marks: tuple[str, str] = _CURLY_SINGLE) -> bool:
    """Whether the closing single mark of ``marks`` at ``text[i]`` closes a quotation rather than being an
    apostrophe: not inside a word (don’t, ’90s), and not a plural possessive (the players’ union), which a later
    mark in its paragraph closes before any opens again ("the ‘reckless’ plans ‘a disgrace’" are two quotations)."""
    close = marks[1]
    if text[i] != close or text[i + 1 : i + 2].isalnum() or (i and text[i - 1].isspace()):
        return False
    if text[i - 1] != "s" or re.match(r"\s+[a-z]", text[i + 1 : i + 3]) is None:
        return True
    paragraph_end = text.find("\n", i)
    for k in range(i + 1, paragraph_end if paragraph_end >= 0 else len(text)):
        if _opens_single(text, k, marks):
            return True
        if text[k] == close and not text[k + 1 : k + 2].isalnum():
            return False
    return True


def single_quote_marks(text: str) -> tuple[str, str] | None:
    """The single marks ``text`` quotes speech in (British style: ‘…’ or '…', with double marks only inside them),
    or None for double marks. Curly ‘ when it opens more quotations than double marks do (straight ones counted in
    pairs); straight ' when the text has no double mark at all and some ' both opens and closes a quotation in its
    paragraph (an apostrophe does one or neither: "don't", "the players' union", "'90s")."""
    double_openings = sum(text.count(mark) for mark in "“«„") + text.count('"') // 2
    if sum(_opens_single(text, m.start()) for m in re.finditer("‘", text)) > double_openings:
        return _CURLY_SINGLE
    if any(mark in text for mark in _DOUBLE_MARKS):
        return None
    opened_in = -1  # where a straight single mark opened in the current paragraph (-1: none yet)
    for m in re.finditer("'|\n", text):
        k = m.start()
        if text[k] == "\n":
            opened_in = -1
        elif opened_in >= 0 and _closes_single(text, k, _STRAIGHT_SINGLE):
            return _STRAIGHT_SINGLE
        elif _opens_single(text, k, _STRAIGHT_SINGLE):
            opened_in = k
    return None


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (marks excluded), in order: double marks, or single ones (curly or
    straight) in an article of British style (:func:`single_quote_marks`).

    An unclosed mark runs to the end of its paragraph when the next paragraph opens with a fresh mark, as news
    style does when a quote continues into it; otherwise the closing mark was left out, and it runs to the end of
    its sentence.
    """
    single = single_quote_marks(text)
    ranges: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and open_at is not None:
            ranges.append((open_at + 1, _unclosed_end(text, open_at, i - 1 if text[i - 1] == "\r" else i, single)))
            open_at = None
        elif ch not in (single or _DOUBLE_MARKS):
            continue
        elif open_at is None and (_opens_single(text, i, single) if single else is_opening_mark(text, i)):
            open_at = i
        elif open_at is not None and (_closes_single(text, i, single) if single else is_closing_mark(text, i)):
            ranges.append((open_at + 1, i))
            open_at = None
    if open_at is not None:
        ranges.append((open_at + 1, _unclosed_end(text, open_at, len(text), single)))
    return ranges


_NEXT_PARAGRAPH = re.compile(r"\s*")
_SENTENCE_STOP = re.compile(r"[.!?]+(?=\s|$)")


def _unclosed_end(text: str, open_at: int, paragraph_end: int, single: tuple[str, str] | None) -> int:
    """Where the quotation opened at ``open_at`` and never closed in its paragraph ends: the paragraph's end
    (``paragraph_end``) when the next paragraph opens with a mark, else the end of the sentence it opened in."""
    following = _NEXT_PARAGRAPH.match(text, paragraph_end).end()
    if following < len(text) and (
        _opens_single(text, following, single) if single else is_opening_mark(text, following)
    ):
        return paragraph_end
    for stop in _SENTENCE_STOP.finditer(text, open_at + 1, paragraph_end):
        if not _precedes_what_it_abbreviates(text, stop.start()):  # "Mr." goes on
            return stop.end()
    return paragraph_end


def quoted_fraction(ranges: list[tuple[int, int]], pieces: list[tuple[int, int]]) -> float:
    """Share (0..1) of the pieces' non-space length that lies inside quoted ranges."""
    total = inside = 0
    for start, end in pieces:
        total += end - start
        # Ranges are sorted and disjoint: the overlapping ones begin with the last range starting at or before
        # ``start`` (a scan of them all made long articles quadratic).
        k = max(0, bisect.bisect_right(ranges, (start, math.inf)) - 1)
        while k < len(ranges) and ranges[k][0] < end:
            q_start, q_end = ranges[k]
            inside += max(0, min(end, q_end) - max(start, q_start))
            k += 1
    return inside / total if total else 0.0


def quote_kind(text: str, pieces: list[tuple[int, int]], ranges: list[tuple[int, int]] | None = None) -> QuoteKind:
    """``direct`` when the pieces are (nearly) all inside quotation marks, ``mixed`` when partly, else ``indirect``.

    ``ranges`` are ``quoted_ranges(text)``, passed in to avoid rescanning the article per quote.
    """
    if ranges is None:
        ranges = quoted_ranges(text)
    share = quoted_fraction(ranges, [_unmarked(text, s, e, ranges) for s, e in pieces])
    if share >= 0.9:
        return "direct"
    if share > 0.0:
        return "mixed"
    return "indirect"


def _unmarked(text: str, start: int, end: int, ranges: list[tuple[int, int]]) -> tuple[int, int]:
    """A direct quote's piece without its marks (:func:`strip_enclosing_marks`), and without straight single marks
    where they bound a quoted range (British text in '…')."""
    start, end = strip_enclosing_marks(text, start, end)
    if end - start > 1 and text[start] == "'" and any(s == start + 1 for s, _ in ranges):
        start += 1
    if end - start > 1 and text[end - 1] == "'" and any(e == end - 1 for _, e in ranges):
        end = strip_enclosing_marks(text, start, end - 1)[1]  # "'It is done,'" loses the comma too
    return start, end


def build_quote(text: str, pieces: list[tuple[int, int]], ranges: list[tuple[int, int]]) -> Quote | None:
    """A ``Quote`` from character pieces: the kind comes from the marks, a direct quote loses them."""
    pieces = [p for p in (trim(text, s, e) for s, e in pieces) if p[1] > p[0]]
    if not pieces:
        return None
    kind = quote_kind(text, pieces, ranges)
    if kind == "direct":
        pieces = [p for p in (_unmarked(text, s, e, ranges) for s, e in pieces) if p[1] > p[0]] or pieces
    start, end = pieces[0][0], pieces[-1][1]
    parts = tuple(Span.of(text, s, e) for s, e in pieces) if len(pieces) > 1 else ()
    return Quote(text[start:end], start, end, kind=kind, parts=parts)


# A dateline opening an article or a paragraph: "BRUSSELS - European leaders", "WASHINGTON (AP) — ".
# A dateline's place and date: "COLUMBUS", "BRANDON, Man.", "BRISBANE, March 12", "NEW YORK, Jan. 5" (capitals first,
# so no headline: "NHS Must Change Or Die").
DATELINE_PLACE = r"[A-Z]{3,}(?: [A-Z]{2,})*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?(?:,? (?:[A-Z][a-z]{2,}\.? )?\d{1,2})?"
DATELINE = re.compile(latin_classes(rf"^{DATELINE_PLACE}(?: \([^)\n]*\))?\s+[-—–―]+\s+"))


_SENTENCE_END = re.compile(latin_classes(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+"))
# Abbreviations, capitalised as written, whose full stop ends no sentence because what they abbreviate follows:
# titles ("Gen. CQ Brown", "Sen. Warren"), months ("Jan. 5"), "No. 1", "St. Louis", and the U.S. and the U.N. as
# adjectives ("U.S. officials"); "vs." in any case. A name's suffix is one when the name goes on (SUFFIX_IN_A_NAME).
_PREFIXES = frozenset(
    "Mr Mrs Ms Dr Gen Maj Lt Col Adm Sgt Capt Sen Rep Gov St Jr Sr Rev Prof Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec "
    "No U.S U.N vs Insp Det Supt Cmdr Cpl Const Atty Pres".split()
)
# Abbreviations that own the full stop after them though a sentence may end there: "Acme Inc.", "etc.", a state in AP
# style ("D-Mass.", "Portland, Ore."), "the Commerce Dept.".
_SUFFIXES = frozenset(
    "Inc Co Corp Ltd Bros etc Dept Assn Univ "
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn "
    "Va Vt Wash Wis Wyo".split()
)
_WORD_BEFORE_STOP = re.compile(r"[\w.]+$")
_STOP_REACH = 12  # characters before a full stop that hold the word it may belong to
_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "U.S", "D.C", "a.m" (the stop after it is its last)


def _word_before(text: str, stop: int) -> str:
    """The word, dots included, that ends at character ``stop`` ("" when none)."""
    word = _WORD_BEFORE_STOP.search(text, max(0, stop - _STOP_REACH), stop)
    return word.group(0) if word else ""


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()  # "John F." (a name goes on)


def ends_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at character ``stop`` belongs to the word before it (a paraphrase that ends there keeps
    it): a known abbreviation ("Sen.", "Acme Inc."), an initial ("John F."), an acronym ("U.S.", "p.m.") or an
    ellipsis ("going..."). Whether the sentence ends there too is :func:`sentence_starts`'s question."""
    word = _word_before(text, stop)
    if _ACRONYM.fullmatch(word):
        return True
    last = word.split(".")[-1]
    if word and not last:
        return True  # an ellipsis: the stop is the last of several
    return last in _PREFIXES | _SUFFIXES or _is_initial(last)


def _precedes_what_it_abbreviates(text: str, stop: int) -> bool:
    """Whether the full stop at character ``stop`` ends a title, a month or an initial ("Sen.", "Jan.", "John F."),
    or a name's suffix within a longer name ("the Cal Ripken Sr. Foundation", not "Ken Griffey Jr. Fans")."""
    word = _word_before(text, stop)
    if word in ("Jr", "Sr"):
        return SUFFIX_IN_A_NAME.match(text, stop - len(word)) is not None
    return word in _PREFIXES or _is_initial(word)


# A name's suffix ends its sentence ("said Ken Griffey Jr. Fans had waited") unless the name goes on, as a body's or
# a day's named after the person does ("the Cal Ripken Sr. Foundation", "Martin Luther King Jr. Day").
NAME_GOES_ON = (
    r"(?:Foundation|Award|Awards|Prize|Day|Center|Centre|Memorial|Park|Bridge|Stadium|Field|Arena|Boulevard|Blvd|"
    r"Avenue|Street|Drive|High|School|Elementary|Middle|Library|Institute|Hospital|Building|Airport|Trust|Fund|"
    r"Federal|Courthouse)\b"
)
SUFFIX_IN_A_NAME = re.compile(rf"(?:Jr|Sr)\.[ \t]+{NAME_GOES_ON}")


def sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences begin (0 first). A full stop after a title, a month, an initial or another
    abbreviation that precedes what it abbreviates ends no sentence; after "D.C.", "Inc." or an ellipsis it does
    when a capital follows."""
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and _precedes_what_it_abbreviates(text, m.start()):
            continue
        starts.append(m.end())
    return starts


def sentence_bounds(text: str, start: int, end: int, *, starts: list[int] | None = None) -> tuple[int, int]:
    """``[first sentence start, last sentence end)`` of the sentences overlapping ``[start, end)``."""
    starts = starts if starts is not None else sentence_starts(text)
    first = starts[max(0, bisect.bisect_right(starts, start) - 1)]
    after = bisect.bisect_left(starts, end)
    last = starts[after] if after < len(starts) else len(text)
    return first, last


# Words that say nothing of a passage's topic (lowercase): function words, days, "said".
STOP_WORDS = frozenset(
    """a an the and or but if of in on at to for from by with without about as into over under after before
    than then that this these those it its he she they we you i his her their our your them him us is are was
    were be been being has have had do does did will would can could should may might must not no so such very
    said says say told also just more most many much some any all other another one two three four five
    which who whom whose what when where while why how there here out up down off again further once only own
    same too s t monday tuesday wednesday thursday friday saturday sunday week year years day today
    mr mrs ms percent according though although however between around against through during among within
    across toward towards including since until because even still yet now back well like last""".split()
)


def singular(word: str) -> str:
    """A lowercase word without a plural "s" ("officials" → "official"; "press" and "bus" kept)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def headline(text: str) -> str:
    """The article's first line when it reads as a headline (at most 200 characters), else ""."""
    line = text.lstrip().split("\n", 1)[0].strip()
    return line if len(line) <= 200 and "\n" in text.strip() else ""


def body_start(text: str) -> int:
    """Character offset where the body begins: just after the headline, or 0 when there is none."""
    head = headline(text)
    return text.find(head) + len(head) if head else 0
