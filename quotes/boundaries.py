"""Where a paraphrase begins and ends: the annotators' conventions the tagger gets nearly right.

The tagger finds a paraphrase well enough for overlap but often gives a word at its seam with the cue to
the wrong side (the hearer of "told", the preposition of "called for", the day in "said Friday") or stops
on a word that cannot end a clause ("issues in ⟧Africa"). Each rule here draws the edge where PolNeAR's
annotators draw it; a direct quote is never touched, its marks decide.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .nested import reporting_source
from .text import build_quote, ends_abbreviation
from .types import Attribution, Quote, Span

# Plain verbs of saying: a preposition after them opens the content ("said for now the talks go on").
_SAYING = frozenset("said says say told tells added adds wrote writes".split())
# Prepositions a reporting expression governs ("called for", "worried about"): the annotators give them to the cue.
_CUE_PREPOSITION = re.compile(r"(?:for|about)\b(?=\s)", re.IGNORECASE)
# Verbs whose first object is the hearer, not what was said ("told ⟦reporters⟧ he would run").
_TO_A_HEARER = frozenset(
    "told tell tells telling asked ask asks asking thanked thank thanks reminded remind reminds reminding "
    "assured assures reassured reassuring informed informs".split()
)
# The hearer: up to five words before what opens the content — a clause word, a subject pronoun or a quotation.
_HEARER = re.compile(
    r"(?P<hearer>(?:(?!(?:that|how|whether|if|why|what|who|when|where|about|for|to)\b)[\w’'.,&-]+\s+){1,5}?)"
    r"(?=(?:that|how|whether|if|why|what|who|when|where|about|for)\b|(?:he|she|they|it|we|I|there|you)(?:\b|’|')|,?\s*[“\"])",
)
_OBJECT_PRONOUN = re.compile(r"(?:him|them|us|me)\s+(?!to\b|[“\"])(?=\S)")  # "asked them to …" keeps them
# When it was said, between the cue and what was said: "said ⟦Friday⟧ that …" → "said Friday".
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
_WHEN = re.compile(
    rf"(?:(?:on\s+)?{_DAY}|yesterday|today|(?:last|this|earlier this)\s+(?:week|month|year|{_DAY}))\s+(?=\S)"
)
_LEADING_PUNCTUATION = re.compile(r"[,;:]\s*")


def fit_to_cue(text: str, quote: Quote, cue: Span, ranges: list[tuple[int, int]]) -> tuple[Quote, Span] | None:
    """``quote`` and ``cue`` with their seam as the annotators draw it; None when nothing of the quote is left.

    ``ranges`` are the text's ``quoted_ranges`` (the kind of a reshaped quote is read again).
    """
    cue = _without_infinitive_marker(text, cue, quote)
    if (quote := _outside_cue(text, quote, cue, ranges)) is None:
        return None
    if quote.kind == "direct":
        return quote, cue
    quote = _without_leading_punctuation(text, quote, ranges)
    if not _right_after(text, cue, quote):
        return quote, cue
    for rule in (_when_to_cue, _preposition_to_cue, _without_hearer):
        quote, cue = rule(text, quote, cue, ranges)
    return quote, cue


def _right_after(text: str, cue: Span, quote: Quote) -> bool:
    return cue.end <= quote.start and not text[cue.end : quote.start].strip()


def _starting_at(text: str, quote: Quote, start: int, ranges: list[tuple[int, int]]) -> Quote | None:
    """``quote`` with its first piece starting at ``start``; None when that leaves nothing."""
    pieces = [(p.start, p.end) for p in quote.pieces()]
    pieces[0] = (start, pieces[0][1])
    return build_quote(text, pieces, ranges)


def _without_infinitive_marker(text: str, cue: Span, quote: Quote) -> Span:
    """``cue`` without a closing "to" that also opens the quote: in "declined to ⟦to comment⟧" the infinitive
    is what was declined, as the annotators read it ("declined" + "to comment")."""
    if cue.text.endswith(" to") and quote.start == cue.end - 2:
        return Span.of(text, cue.start, cue.end - 3)
    return cue


def _outside_cue(text: str, quote: Quote, cue: Span, ranges: list[tuple[int, int]]) -> Quote | None:
    """``quote`` without the characters of its own cue, which the tagger sometimes gives to both ("called ⟦for⟧
    ⟦tariffs⟧" → "tariffs"); None when nothing is left."""
    pieces = []
    for piece in quote.pieces():
        if cue.end <= piece.start or piece.end <= cue.start:
            pieces.append((piece.start, piece.end))
            continue
        if piece.start < cue.start:
            pieces.append((piece.start, cue.start))
        if cue.end < piece.end:
            pieces.append((cue.end, piece.end))
    if pieces == [(p.start, p.end) for p in quote.pieces()]:
        return quote
    return build_quote(text, pieces, ranges)


def _without_leading_punctuation(text: str, quote: Quote, ranges: list[tuple[int, int]]) -> Quote:
    """A paraphrase never opens with a comma or colon ("According to the data⟦, Christians make up …⟧")."""
    m = _LEADING_PUNCTUATION.match(quote.text)
    if m is None:
        return quote
    return _starting_at(text, quote, quote.start + m.end(), ranges) or quote


def _when_to_cue(text: str, quote: Quote, cue: Span, ranges: list[tuple[int, int]]) -> tuple[Quote, Span]:
    """The time of saying belongs to the cue ("said ⟦Friday⟧ that …" → "said Friday")."""
    m = _WHEN.match(quote.text)
    if m is None or (rest := _starting_at(text, quote, quote.start + m.end(), ranges)) is None:
        return quote, cue
    return rest, Span.of(text, cue.start, quote.start + len(m.group(0).rstrip()))


def _preposition_to_cue(text: str, quote: Quote, cue: Span, ranges: list[tuple[int, int]]) -> tuple[Quote, Span]:
    """A paraphrase that opens with "for" or "about" after its cue hands the word to the cue ("calling
    ⟦for sanctions⟧" → "calling for" ⟦sanctions⟧), unless the cue is a plain verb of saying."""
    m = _CUE_PREPOSITION.match(quote.text)
    if m is None or cue.text.split()[-1].lower() in _SAYING:
        return quote, cue
    if (rest := _starting_at(text, quote, quote.start + m.end(), ranges)) is None:
        return quote, cue
    return rest, Span.of(text, cue.start, quote.start + m.end())


def _without_hearer(text: str, quote: Quote, cue: Span, ranges: list[tuple[int, int]]) -> tuple[Quote, Span]:
    """A paraphrase after "told", "asked" or "thanked" loses the hearer the tagger gave it ("told ⟦the Times that
    Carter believes …⟧" → ⟦that Carter believes …⟧); "about" goes to the cue with the hearer ("asked Clinton about")."""
    if cue.text.split()[-1].lower() not in _TO_A_HEARER:
        return quote, cue
    m = _OBJECT_PRONOUN.match(quote.text) or _HEARER.match(quote.text)
    if m is None:
        return quote, cue
    if (rest := _starting_at(text, quote, quote.start + m.end(), ranges)) is None:
        return quote, cue
    about = re.match(r"about\s+", rest.text)
    if about and (after := _starting_at(text, rest, rest.start + about.end(), ranges)):
        return after, Span.of(text, cue.start, rest.start + len("about"))
    return rest, cue


# A second report by the same speaker inside a paraphrase: "… was receptive ⟦and pressed⟧ for …". Verbs that
# open a clause of their own after "and"; the annotators make that clause its own attribution with this cue.
_SECOND_CUE = re.compile(
    r",?\s+and\s+(?:also\s+)?(?P<cue>(?:said|says|told|tells|urged|urges|pressed|presses|called|calls|warned|warns|"
    r"argued|argues|noted|notes|added|adds|insisted|insists|vowed|vows|promised|promises|suggested|suggests|"
    r"accused|accuses|praised|praises|criticized|criticizes|pledged|pledges|demanded|demands|announced|announces|"
    r"predicted|predicts|claimed|claims|acknowledged|acknowledges|denied|denies|asked|asks))\s+(?=\S)"
)


def split_at_second_cue(
    text: str, quote: Quote, cue: Span | None, ranges: list[tuple[int, int]]
) -> list[tuple[Quote, Span | None]]:
    """A one-piece paraphrase holding "and <verb of saying>" as two reports of its speaker: the part before,
    and what follows the verb, which becomes its cue ("Machado promised ⟦to keep supporting Clinton⟧ and said
    ⟦she would stand up to the attacks⟧"). A verb inside quotation marks is quoted, not reporting."""
    if quote.kind == "direct" or quote.parts:
        return [(quote, cue)]
    m = _SECOND_CUE.search(quote.text)
    if m is None:
        return [(quote, cue)]
    verb_start, verb_end = quote.start + m.start("cue"), quote.start + m.end("cue")
    if any(start <= verb_start < end for start, end in ranges):
        return [(quote, cue)]
    first = build_quote(text, [(quote.start, quote.start + m.start())], ranges)
    second = build_quote(text, [(quote.start + m.end(), quote.end)], ranges)
    if first is None or second is None or len(second.text.split()) < 2:
        return [(quote, cue)]
    second_cue = Span.of(text, verb_start, verb_end)
    fitted = fit_to_cue(text, second, second_cue, ranges)
    return [(first, cue), fitted] if fitted is not None else [(quote, cue)]


def without_full_stop(text: str, quote: Quote, ranges: list[tuple[int, int]]) -> Quote:
    """A paraphrase without the full stop of the sentence it ends ("… the rules apply⟧."), as PolNeAR's annotators
    mark 99 % of them; a stop that ends an abbreviation ("the U.S.") stays, and a direct quote keeps its marks'
    reading."""
    if quote.kind == "direct" or not quote.text.endswith(".") or ends_abbreviation(text, quote.end - 1):
        return quote
    if any(start <= quote.end - 1 < end for start, end in ranges):
        return quote  # the stop of a quotation: ⟦called it “good.”⟧
    pieces = [(p.start, p.end) for p in quote.pieces()]
    pieces[-1] = (pieces[-1][0], pieces[-1][1] - 1)
    return build_quote(text, pieces, ranges) or quote


# How a verb's short object opens ("credited the fans", "praised it"): no report of its own.
_OBJECT_WORDS = frozenset("the a an this that these those it them him her his its their".split())
# A sentence end inside a paraphrase followed by an opening quotation mark: where a quotation of its own begins.
_QUOTATION_AFTER_SENTENCE = re.compile(r"[.!?][\"”’)]*\s+(?=[“‘\"'])")  # a straight ' opens British quotations
_AFTER_CLOSING = re.compile(r"[,;]?[ \t]+")  # "…,” she said" and British "…’, she said"


def split_before_quotation(
    text: str, quote: Quote, cue: Span | None, ranges: list[tuple[int, int]], starts: list[int]
) -> list[tuple[Quote, Span | None, Span | None]]:
    """A paraphrase that runs on into the next sentence's quotation, itself attributed right after it, as two
    reports: ``(paraphrase, cue, None)`` and ``(quotation, its cue, its source)`` ("said ⟦the problem was not
    new⟧. “⟦I warned about this⟧,” she said."), as PolNeAR's annotators mark them; a short object is dropped ("the
    fans", "it"; "she agreed" and "prices rose" stay). Only when the quote's own cue comes before the sentence end;
    ``starts`` are the text's sentence starts. Otherwise ``[(quote, cue, None)]``. A source None keeps the quote's
    own."""
    whole = [(quote, cue, None)]
    if quote.kind == "direct" or cue is None:
        return whole
    first = quote.pieces()[0]
    for m in _QUOTATION_AFTER_SENTENCE.finditer(first.text):
        mark = first.start + m.end()
        if mark <= cue.end or any(start <= mark < end for start, end in ranges):
            continue  # the cue reports the quotation itself, or the mark is quoted text
        closing = next((end for start, end in ranges if start == mark + 1), None)
        if closing is None or closing >= len(text) or not (gap := _AFTER_CLOSING.match(text, closing + 1)):
            continue
        k = bisect.bisect_right(starts, gap.end())
        # After a quotation that ends its sentence ("… this.” The strike continued.") only "said" and its like report.
        going_on = text[closing - 1] in ",?!" or text[closing + 1 : closing + 2] == ","
        sentence_end = starts[k] if k < len(starts) else len(text)
        if (
            found := reporting_source(text, gap.end(), sentence_end, after_quotation=True, more_verbs=going_on)
        ) is None:
            continue
        said, source = found
        pieces = [(p.start, p.end) for p in quote.pieces()]
        stop = first.start + m.start()  # the sentence's end mark, which the paraphrase leaves out …
        if text[stop] == "." and ends_abbreviation(text, stop):
            stop += 1  # … unless it ends an abbreviation: "went to the U.S."
        before = build_quote(text, [(first.start, stop)], ranges)
        # The quotation ends at its closing mark, before its own attribution.
        after = build_quote(text, [(mark, min(first.end, closing + 1)), *pieces[1:]], ranges)
        if after is None:
            return whole
        if before is None or (len(before.text.split()) < 3 and before.text.split()[0].lower() in _OBJECT_WORDS):
            # A verb's object, not a report ("credited ⟦the fans⟧.", "praised ⟦it⟧."): the quotation alone.
            return [(after, said, source)]
        return [(before, cue, None), (after, said, source)]
    return whole


# Words a clause cannot end on: a paraphrase that stops on one ("poverty issues in ⟧Africa") was cut short.
_OPEN_ENDED = frozenset(
    "a an the his her their its our my your this these those of in on at by to from for with as into about over "
    "under than and or but be been being is are was were has have had will would can could should may might not "
    "very more most such".split()
)
# Where a clause ends: punctuation, a quotation mark, a line break, or a period that closes a sentence.
_CLAUSE_END = re.compile(r"[,;:!?\n\"“”‘’()—–]|\.(?=\s|$)")
_MAX_EXTENSION = 40  # characters: longer, and the tagger more likely meant to stop


def to_clause_end(text: str, quote: Quote, ranges: list[tuple[int, int]], *, limit: int) -> Quote:
    """A paraphrase that stops on a word no clause ends with runs on to the end of its clause, within
    ``_MAX_EXTENSION`` characters and before ``limit`` (the next cue, source or quote, a character offset)."""
    if quote.kind == "direct":
        return quote
    last = quote.pieces()[-1]
    words = last.text.split()
    if len(words) < 3 or words[-1].lower() not in _OPEN_ENDED:
        return quote
    stop = _CLAUSE_END.search(text, last.end, min(limit, last.end + _MAX_EXTENSION + 1))
    if stop is None or not text[last.end : stop.start()].strip():
        return quote
    if text[stop.start()] == "." and ends_abbreviation(text, stop.start()):
        return quote
    pieces = [(p.start, p.end) for p in quote.pieces()]
    pieces[-1] = (pieces[-1][0], stop.start())
    return build_quote(text, pieces, ranges) or quote


# What lies between the pieces of one quote besides its cue and source: marks, commas, dashes and at most three
# words ("…,” she said on Tuesday, “…”).
_BETWEEN_PIECES = re.compile(r"[\s,;:\"“”‘’'—–-]*(?:[\w.]+[\s,;:\"“”‘’'—–-]+){0,3}")
# Words between two pieces that make the second another saying: "…,” she said, adding, “…”", "…,” he said, then “…”".
_ANOTHER_SAYING = _SAYING | frozenset("adding added then later before after and".split())


def join_around_attribution(
    text: str, attributions: list[Attribution], ranges: list[tuple[int, int]], starts: list[int]
) -> list[Attribution]:
    """The attributions with two records whose quotes lie either side of the same cue and source, in one sentence,
    made one quote in parts ("“It was nothing serious,” she said, “but I needed …”"), as PolNeAR's annotators and
    the README's records have it. The linker joins such pieces itself when it links both to that cue and source;
    this catches those it linked elsewhere before the source was mended. Order is kept; the joined record takes
    the first one's place and the lower confidence."""
    order = sorted(range(len(attributions)), key=lambda i: attributions[i].quote.start)
    joined: dict[int, Attribution] = {}
    absorbed: set[int] = set()
    k = 0
    while k + 1 < len(order):
        first, second = order[k], order[k + 1]
        a, b = attributions[first], attributions[second]
        quote = build_quote(text, _pieces(a) + _pieces(b), ranges) if _one_quote(text, a, b, starts) else None
        if quote is None:
            k += 1
            continue
        joined[first] = replace(a, quote=quote, confidence=min(a.confidence, b.confidence))
        absorbed.add(second)
        k += 2  # a joined quote ends past its cue, so no third piece can follow on the same one
    return [joined.get(i, a) for i, a in enumerate(attributions) if i not in absorbed]


def _pieces(a: Attribution) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in (a.quote.parts or (a.quote,))]


def _one_quote(text: str, first: Attribution, second: Attribution, starts: list[int]) -> bool:
    """Whether ``first`` ends before and ``second`` starts after the cue and source they share, in one sentence, both
    in quotation marks or neither, with nothing around the cue and source but marks and a few words that say no more
    ("adding", "then")."""
    cue, mention = first.cue, first.speaker.mention if first.speaker else None
    other = second.speaker.mention if second.speaker else None
    if cue is None or mention is None or other is None or second.cue is None:
        return False
    if cue != second.cue or mention != other:
        return False  # spans of one text: equal offsets, equal spans
    if (first.quote.kind == "direct") != (second.quote.kind == "direct"):
        return False  # a quotation and a paraphrase of the same speaker are two reports
    begin, end = min(cue.start, mention.start), max(cue.end, mention.end)
    if not first.quote.end <= begin or not end <= second.quote.start:
        return False
    if bisect.bisect_right(starts, second.quote.start) != bisect.bisect_right(starts, first.quote.end):
        return False  # a sentence starts between them
    gap = f"{text[first.quote.end : begin]} {text[end : second.quote.start]}"
    return _BETWEEN_PIECES.fullmatch(gap) is not None and not _ANOTHER_SAYING & set(re.findall(r"\w+", gap.lower()))
