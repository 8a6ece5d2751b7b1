"""From raw spans to attributions: quote kind, enclosing marks, cue and speaker mention."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .boundaries import (
    fit_to_cue,
    join_around_attribution,
    split_at_second_cue,
    split_before_quotation,
    to_clause_end,
    without_full_stop,
)
from .detect import RawQuote
from .layout import headline_label, interview_answers, layout_link
from .mention_edges import mended_edges, source_after_cue, source_before_cue
from .names import ANONYMITY_ASIDE, NOT_SUBJECT_WORDS, SELF_MENTIONS, SUBJECT, WEEKDAYS
from .nested import add_reporting_quotes, quoted_speakers, split_inner_reports
from .text import (
    DATELINE,
    DATELINE_PLACE,
    body_start,
    build_quote,
    ends_abbreviation,
    latin_classes,
    quoted_ranges,
    sentence_bounds,
    sentence_starts,
    snap_to_words,
    trim,
)
from .types import Attribution, Quote, Span, Speaker


def trimmed_span(text: str, span: tuple[int, int] | None) -> Span | None:
    """``span`` snapped to whole words, surrounding spaces and punctuation trimmed; None if nothing is left."""
    if span is None:
        return None
    start, end = trim(text, *snap_to_words(text, *span))
    return Span.of(text, start, end) if end > start else None


# A source mention that stops at an honorific or title has lost the name after it ("Ms." of "Ms. Wahl").
_NAME_AFTER = re.compile(latin_classes(r"(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*))+"))  # initials and capitalised words
_HONORIFIC_END = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Sens|Reps)\.?$")


# A determiner the model tagged as the whole source; the words after it, up to the cue, are its noun phrase.
_BARE_DETERMINER = frozenset({"the", "a", "an", "this", "these", "those"})
_PHRASE_AFTER = re.compile(latin_classes(r"(?:[ \t]+[\w'’.-]+){1,6}"))


def source_span(
    text: str, span: tuple[int, int] | None, *, stop: int | None = None, starts: list[int] | None = None
) -> Span | None:
    """A source mention as ``trimmed_span``, widened where the model cut a name: to whole tokens ("U. leaders" → "E.U.
    leaders", "O'" → "O'Brien", "Briggs" → "Briggs-Ellery"), past an honorific to the name it introduces ("Ms." → "Ms.
    Wahl") and from a lone determiner to its noun phrase, which ends at ``stop`` (the cue's start) or a comma before it,
    or with no cue after it is the name that follows; cut to one line when it crosses a paragraph break (its last, or
    after its cue its first), and, after its cue, at the end of the sentence when one word or a name's suffix runs past
    it (``starts``: the text's sentence starts; "said David Kim. Fans" → "David Kim", "said King Jr. The crowd" → "King
    Jr."); a sentence's full stop is left out ("said Bo Lin." → "Bo Lin", but "King Jr.", "D-Mass."), and so are a
    Markdown link's brackets; then its edges are mended (``quotes.mention_edges.mended_edges``: "he later" → "he").
    None when nothing of it is left, or what is left names no one ("There's")."""
    trimmed = trimmed_span(text, span)
    if trimmed is None:
        return None
    start, end = trimmed.start, trimmed.end
    if "\n" in text[start:end]:  # a mention never crosses a paragraph: "Recommended Videos\nAustin" → "Austin"
        if stop is not None and stop < start:
            end = text.index("\n", start, end)  # after its cue, the first line: "said Harry Connick Jr.\n\nThe …"
        else:
            start = text.rindex("\n", start, end) + 1
    inner = [s for s in starts or () if start < s < end]
    # After its cue, a mention that runs one word into the next sentence ("said David Kim. Fans cheered"), or past a
    # name's suffix ("said Martin Luther King Jr. The crowd"), ends with its own; more words after another stop are
    # a name the splitter did not know ("Supt. Kent Scribner", "Acme Inc. CEO Jane Doe").
    if (
        inner
        and stop is not None
        and stop < start
        and (len(text[inner[0] : end].split()) == 1 or text[start : inner[0]].split()[-1] in ("Jr.", "Sr."))
    ):
        end = inner[0]
        piece = trimmed_span(text, (start, end))
        if piece is None:
            return None
        start, end = piece.start, piece.end
    if dateline := DATELINE.match(text[start:end]):
        start += dateline.end()  # "BRUSSELS - European leaders"
    if end <= start:
        return None
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "“\"(‘'":
        start -= 1  # back to the token's start: "E.U." was cut after "E."
    while end < len(text) and text[end - 1] in "'’" and text[end].isalpha():
        end += 1  # "O'" of "O'Brien"
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper():
        end += 2  # "Briggs" of "Briggs-Ellery": the rest of a double-barrelled name
    end = snap_to_words(text, start, end)[1]
    # A Markdown link's text keeps no bracket: "[Mayor Ann Lee](https://…) said".
    if text[start : start + 1] == "[" and (close := text.find("]", start, end)) in (-1, end - 1, end - 2):
        start, end = start + 1, end if close < 0 else close
    while end > start and (text[end - 1] in "([" or (text[end - 1] == "]" and "[" not in text[start:end])):
        end -= 1
    if text[start:end].lower() in _TIME_ONLY:
        return None  # "Brightwell Robotics … today announced": the model took the time for the source
    if text[start:end].lower() in _BARE_DETERMINER:
        # The phrase runs to the cue ("The spot" of "The spot concludes with"), or to a comma before it ("The
        # 30-second spot, titled …, asks"); with no cue after it, to the name that follows ("according to the
        # New York Times"), and "The" alone names no one.
        if stop is None or stop <= end:
            name = _NAME_AFTER.match(text, end)
            return Span.of(text, start, name.end()) if name and "\n" not in name.group(0) else None
        before_cue = text[end:stop].split(",")[0]
        phrase = _PHRASE_AFTER.fullmatch(before_cue.rstrip())
        if phrase is None:
            return None
        end += len(before_cue.rstrip())
    if _HONORIFIC_END.search(text[start:end]):
        if text[end - 1] != "." and text[end : end + 1] == ".":
            end += 1  # "Mr" → "Mr."
        if m := _NAME_AFTER.match(text, end):
            end = m.end()
    if end - start > 1 and text[end - 1] == "." and not ends_abbreviation(text, end - 1):
        end -= 1  # the sentence's full stop: "said Bo Lin." (not "Jr." or "U.S.")
    kept = mended_edges(text, start, end, cue_start=stop if stop is not None and stop >= end else None)
    return Span.of(text, *kept) if kept else None


# What a source's anonymity is for, right before a paraphrase: "on condition of anonymity to describe ⟦…⟧" (no
# PolNeAR gold quote's cue follows such words).
_UNNAMED_TO = re.compile(
    r"(?:anonymity|anonymously|not\s+authori[sz]ed|not\s+permitted|not\s+allowed)\s+to\s+"
    r"(?:describe|discuss|detail|talk\s+about|speak\s+about|comment\s+on|speak\s+on)\s+$",
    re.IGNORECASE,
)
# Not months: "May said" is Theresa May.
_TIME_ONLY = WEEKDAYS | frozenset("today yesterday tonight tomorrow now earlier later recently".split())


def _without_trailing_comma(text: str, start: int, end: int) -> tuple[int, int]:
    """A predicted content piece narrowed past trailing commas, semicolons, colons and spaces: in "they would
    discuss …, and he described …" the comma is the sentence's, not the quote's."""
    while end > start and (text[end - 1] in ",;:" or text[end - 1].isspace()):
        end -= 1
    return start, end


# How a source's anonymity is granted, which the model sometimes takes for what the source said: "asked ⟦not to be
# named⟧", "spoke on ⟦condition of anonymity because …⟧", "⟦who asked not to be identified because …⟧".
_ANONYMITY_TERMS = re.compile(
    r"(?:who\s+(?:asked|requested|spoke|declined|did\s+not\s+want|didn't\s+want)\b"
    r"|(?:not\s+)?to\s+be(?:\s+(?:named|identified|quoted)\b|$)"
    r"|be\s+(?:named|identified|quoted)\b"
    r"|(?:(?:on\s+)?(?:the\s+)?condition\s+of\s+anonymity|anonymity\s+(?:because|since|as|to)\b))",
    re.IGNORECASE,
)


# A byline is a short line of its own: "By Jane Smith, Staff Writer" (not "By Monday, in the mayor's view, …").
_BYLINE = re.compile(
    latin_classes(r"[ \t]*By[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)+(?:,[^\n]{0,40})?[ \t]*(?:\n|$)")
)


def build_attributions(text: str, raw_quotes: list[RawQuote], *, doc: str = "") -> list[Attribution]:
    """Attributions whose speaker is, for now, the surface mention (resolution comes later); a paraphrase
    with no source is dropped when it has no cue either, or shares its cue with a quote that has a source."""
    ranges = quoted_ranges(text)
    starts = sentence_starts(text)
    piece_starts = sorted(start for raw in raw_quotes for start, _ in raw.pieces)
    out = []
    for raw in raw_quotes:
        pieces = [_without_trailing_comma(text, *snap_to_words(text, s, e)) for s, e in raw.pieces]
        # "BRISBANE, March 12 (Wire) - …": where and when, taken for (a piece of) a headline's content.
        pieces = [(s, e) for s, e in pieces if not _is_dateline(text, s, e)]
        # What a source was unnamed for: "on condition of anonymity to describe ⟦a private meeting⟧".
        pieces = [(s, e) for s, e in pieces if not _UNNAMED_TO.search(text, max(0, s - 80), s)]
        if not pieces:
            continue
        if dateline := DATELINE.match(text[pieces[0][0] : pieces[0][1]]):
            pieces[0] = (pieces[0][0] + dateline.end(), pieces[0][1])  # "WASHINGTON – U.S. leaders pressed …"
        quote = build_quote(text, pieces, ranges)
        if quote is None:
            continue
        cue, mention = _links(text, quote, raw, starts, ranges)
        if cue is not None:
            if (fitted := fit_to_cue(text, quote, cue, ranges)) is None:
                continue
            quote, cue = fitted
        # The quote may run on to its clause end, but not into its cue, its source or the next piece found.
        k = bisect.bisect_left(piece_starts, quote.end)
        next_piece = piece_starts[k] if k < len(piece_starts) else len(text)
        limit = min([s.start for s in (cue, mention) if s is not None and s.start >= quote.end] + [next_piece])
        quote = without_full_stop(text, to_clause_end(text, quote, ranges, limit=limit), ranges)
        if cue is None and mention is None and quote.kind != "direct":
            # Neither a reporting cue nor a source: a paraphrase of no one ("it's not clear what impact …").
            # A lone direct quote stays: it usually continues the speaker of the quote before it.
            continue
        if quote.kind == "indirect" and _ANONYMITY_TERMS.match(quote.text):
            continue  # "who asked ⟦not to be named⟧ because …" says why a source is unnamed, not what it said
        if cue is None and _BYLINE.match(text, text.rfind("\n", 0, quote.start) + 1) and quote.kind != "direct":
            continue  # "By Jane Smith, Staff Writer" names the writer, who says nothing there
        for report, report_cue, source in split_before_quotation(text, quote, cue, ranges, starts):
            out.extend(
                Attribution(
                    quote=part,
                    cue=part_cue,
                    speaker=Speaker.surface(source or mention),
                    confidence=round(raw.confidence, 4),
                    doc=doc,
                )
                for part, part_cue in split_at_second_cue(text, report, report_cue, ranges)
            )
    # A cue reports one attribution: a paraphrase that takes the cue of a sourced quote but no source of its
    # own is a misreading ("… was receptive, the official said, but it's not clear ⟦what impact …⟧").
    sourced_cues = {(a.cue.start, a.cue.end) for a in out if a.cue and a.speaker}
    out = [a for a in out if a.speaker or a.quote.kind == "direct" or (a.cue.start, a.cue.end) not in sourced_cues]
    out = quoted_speakers(text, split_inner_reports(text, out, ranges), ranges)
    out = with_interview_answers(text, add_reporting_quotes(text, out), ranges, doc=doc)
    out = with_headline_label(text, out, ranges, doc=doc)
    out = _participle_sources(text, [_with_mended_source(text, a, starts) for a in out], starts)
    return join_around_attribution(text, out, ranges, starts)


# Participles of saying that hang on the clause before them: "X defended the rise, ⟦saying⟧ …".
_HANGING_PARTICIPLES = frozenset("saying adding noting arguing insisting warning claiming stressing".split())


def _participle_sources(text: str, attributions: list[Attribution], starts: list[int]) -> list[Attribution]:
    """``attributions`` with a paraphrase cued by ", saying" whose linked source comes after it (or is missing) given
    the source of the report its clause hangs on, earlier in the sentence: "Malawi's finance minister defended ⟦a
    rise⟧, saying ⟦the government could no longer afford …⟧, as the main opposition group called …"."""
    out = []
    for a in attributions:
        mention = a.speaker.mention if a.speaker else None
        hanging = (
            a.cue is not None
            and a.cue.text.lower() in _HANGING_PARTICIPLES
            and text[: a.cue.start].rstrip().endswith(",")
            and (mention is None or mention.start > a.cue.end)
        )
        if hanging:
            sentence = starts[bisect.bisect_right(starts, a.cue.start) - 1]
            hung_on = [
                b.speaker.mention
                for b in attributions
                if b.cue is not None
                and b.speaker is not None
                and b.speaker.mention is not None
                and sentence <= b.speaker.mention.start
                and b.cue.end <= a.cue.start
                and b.speaker.mention.end <= a.cue.start
            ]
            if hung_on:
                a = replace(a, speaker=Speaker.surface(max(hung_on, key=lambda m: m.start)))
        out.append(a)
    return out


# Cues whose subject is their source: a source right before one is the source, wherever the model linked.
_SAYING = frozenset("said says say wrote writes reported reports told tells added adds noted notes explained".split())
# Nouns of saying whose owner said it: "Donald Trump’s claim that …", "his assertion that …".
_SAYING_NOUNS = frozenset(
    """claim claims assertion assertions statement remarks comments suggestion argument accusation accusations
    insistence contention warning warnings pledge promise""".split()
)
# The owner written right before such a noun: a name with its possessive ending, or a possessive pronoun.
_POSSESSIVE_BEFORE = re.compile(
    latin_classes(r"(?<![\w.'’-])((?:[A-Z][\w.'’-]*[ \t]+)*[A-Z][\w.-]*(?:['’]s|s['’])|[Hh]is|[Hh]er|[Tt]heir)[ \t]+$")
)
# Cues whose object is the hearer, never the source ("asked" is not one: "“Why?” asked Sen. Lee").
_TELLING = frozenset({"told", "tells", "tell", "telling"})
# Cues news inverts, their source after them: "…,” said Ralf Jäger" (not "told", whose object is the hearer).
_SAID = frozenset({"said", "says", "added", "adds", "wrote", "writes"})


def _with_mended_source(text: str, a: Attribution, starts: list[int]) -> Attribution:
    """``a`` with its source mention's edges mended (``mended_edges``: "he later said" → "he"), and with the source
    right before its cue (``source_before_cue``) when the model linked the cue but no source ("…,'' Mr. McKinley
    said."), or linked a paraphrase to a source away from its cue of saying while a name or pronoun stands right
    before the cue ("Carter said that …", not a name two sentences back), or linked a quote before its inverted cue to
    a source away from it while a name follows the cue ("…,” said Ralf Jäger, the minister"); the owner of a noun of
    saying is its source ("⟦Donald Trump’s⟧ claim that …"), and the one "told" names after it never is. Done last:
    after the paraphrases that share a sourced quote's cue are dropped (not to keep them), after an interview's answers
    take their speaker from the turn's label, and over the sources other passes found ("…,” he later said" after a
    split paraphrase)."""
    if a.cue is None:
        return a
    if a.cue.text.lower() in _SAYING_NOUNS and (
        owner := _POSSESSIVE_BEFORE.search(text, max(0, a.cue.start - 60), a.cue.start)
    ):
        return replace(a, speaker=Speaker.surface(Span.of(text, *owner.span(1))))  # "Donald Trump’s claim that …"
    mention = a.speaker.mention if a.speaker else None
    if mention is None and _PASSIVE_HEARING.search(a.cue.text):
        return a  # the one warned, right before the cue, did not say it (``_links``)
    if mention is not None:
        cue_after = a.cue.start if a.cue.start >= mention.end else None
        edges = mended_edges(text, mention.start, mention.end, cue_start=cue_after)
        mention = Span.of(text, *edges) if edges else None
    if mention is not None and mention.start >= a.cue.end and a.cue.text.split()[-1].lower() in _TELLING:
        mention = None  # the hearer: "…,” Risch told ⟦The Spokesman-Review⟧"; the source is before the cue
    if mention is not None:
        next_to_cue = -3 <= a.cue.start - mention.end <= 3 or -3 <= mention.start - a.cue.end <= 3
        saying = a.cue.text.split()[0].lower() in _SAYING
        inverted = saying and not next_to_cue and a.cue.text in _SAID and a.quote.end <= a.cue.start
        if inverted and (after := source_after_cue(text, a.cue)):  # "…,” said Ralf Jäger", not "said Iran, which …"
            return replace(a, speaker=Speaker.surface(after))
        if next_to_cue or a.quote.kind == "direct" or not saying:
            return replace(a, speaker=Speaker.surface(mention))
    sentence_start = sentence_bounds(text, a.cue.start, a.cue.end, starts=starts)[0]
    before = source_before_cue(text, a.cue, sentence_start)
    return replace(a, speaker=Speaker.surface(before or mention))


# A dateline on its own: a place in capitals, its region and date, then the wire's name and a dash.
_DATELINE_ONLY = re.compile(latin_classes(DATELINE_PLACE))
_AFTER_DATELINE = re.compile(latin_classes(r"\.?(?:,[ \t]+[A-Z][\w.]*)*[ \t]*(?:\([^)\n]*\))?[ \t]*[-—–―]+[ \t]"))


def _dateline_end(text: str, position: int) -> int:
    """Where the dateline opening the paragraph at ``position`` ends ("LILONGWE, Feb 18 - "), or -1 without one."""
    paragraph = text.rfind("\n", 0, position) + 1
    dateline = DATELINE.match(text[paragraph : paragraph + 160])
    return paragraph + dateline.end() if dateline else -1


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only the dateline opening its paragraph ("BRISBANE, March 12", "COLUMBUS") or a
    part of it ("LILONGWE" or "Feb 18" of "LILONGWE, Feb 18 - ")."""
    at_paragraph_start = text.rfind("\n", 0, start) + 1 == start
    if at_paragraph_start and _DATELINE_ONLY.fullmatch(text, start, end) and _AFTER_DATELINE.match(text, end):
        return True
    return end <= _dateline_end(text, start) and text[start:end].strip(" ,-—–―") != ""


def with_interview_answers(
    text: str, attributions: list[Attribution], ranges: list[tuple[int, int]], *, doc: str = ""
) -> list[Attribution]:
    """``attributions`` with each answer of a Q&A interview (``quotes.layout.interview_answers``) of which the model
    found less than half as one quote of the person interviewed, in text order. The pieces it found there stay when
    they report someone else ("the senior players … asked for ⟦an extra training session⟧") or are in quotation marks
    (someone else's words, unless the answerer's own "I" or label is their source); other pieces with no source or the
    answerer's own ("I", "my", the label), from the question before the answer on, give way to the whole answer. Where
    the model found most of an answer, it stays as found: PolNeAR's annotators mark an answer whole in one interview
    and clause by clause ("I think ⟦his conclusory comment is correct⟧") in another."""
    kept, added, previous_end = list(attributions), [], 0
    for answer, cue, mention in interview_answers(text):
        asked_from, previous_end = previous_end, answer.end
        if _covered(answer, kept) * 2 >= answer.end - answer.start:
            # Found as pieces: a paraphrase there with no source is the answerer's ("People notice when …").
            kept = [replace(a, speaker=Speaker.surface(mention)) if _sourceless_piece(a, answer) else a for a in kept]
            continue
        if (quote := build_quote(text, [(answer.start, answer.end)], ranges)) is None:
            continue
        added.append(
            Attribution(quote, cue=cue, speaker=Speaker.surface(mention), confidence=_ANSWER_CONFIDENCE, doc=doc)
        )
        # Judged answer by answer, so a piece run on from this answer into the next no longer covers the next.
        kept = [a for a in kept if not _answerers_piece(a, answer, asked_from, mention.text)]
    return sorted(kept + added, key=lambda a: a.quote.start) if added or kept != attributions else attributions


def with_headline_label(
    text: str, attributions: list[Attribution], ranges: list[tuple[int, int]], *, doc: str = ""
) -> list[Attribution]:
    """The attributions with a headline's labelled source ("Mayor: New bridge will open in June") given to the quote
    of its content, with the colon for cue. A record that ran from the headline into the body keeps its own cue and
    source for the body's part only (when they lie in the body); the headline is a quote of its own when the model
    found none there (confidence 0.5: the layout, not the model, gives it). Text order is kept."""
    end = body_start(text)
    body_sources = [
        a.speaker.mention.text
        for a in attributions
        if a.speaker and a.speaker.mention and a.speaker.mention.start >= end
    ]
    found = headline_label(text, end, body_sources) if end else None
    if found is None:
        return attributions
    content, colon, label = found

    def overlaps(a: Attribution) -> bool:
        return any(p.start < content.end and p.end > content.start for p in (a.quote.parts or (a.quote,)))

    there = [a for a in attributions if overlaps(a)]
    out = [a for a in attributions if not overlaps(a)]
    for a in there:
        # What it held of the body stays its own, if its cue and source lie there ("…, officials said").
        links = [x for x in (a.cue, a.speaker.mention if a.speaker else None) if x is not None]
        body = [(_after_dateline(text, max(p.start, end), p.end), p.end) for p in (a.quote.parts or (a.quote,))]
        body = [(s, e) for s, e in body if e > s >= end]
        if body and all(x.start >= end for x in links) and (rest := build_quote(text, body, ranges)) is not None:
            out.append(replace(a, quote=rest))
    quote = build_quote(text, [(content.start, content.end)], ranges)
    # The model's confidence where it read the headline as the label's, else the layout's alone.
    confidence = next((a.confidence for a in there if a.speaker and a.speaker.mention == label), 0.5)
    out.append(Attribution(quote=quote, cue=colon, speaker=Speaker.surface(label), confidence=confidence, doc=doc))
    return sorted(out, key=lambda a: a.quote.start)


def _after_dateline(text: str, start: int, end: int) -> int:
    """``start`` moved past a dateline that opens ``text[start:end]`` after blank space ("SPRINGFIELD — The …")."""
    opening = start + len(text[start:end]) - len(text[start:end].lstrip())
    dateline = DATELINE.match(text[opening:end])  # anchored at the start of what it is given
    return opening + dateline.end() if dateline else start


def _answerers_piece(a: Attribution, answer: Span, asked_from: int, label: str) -> bool:
    """Whether the model's ``a`` is a piece of ``answer`` that the whole answer replaces: it overlaps the answer and
    starts after the answer before it (in the question, the label or the answer), and its source is none or the one
    answering; a quotation in marks only when its source is the answerer's "I" or label."""
    if not (asked_from <= a.quote.start < answer.end and a.quote.end > answer.start):
        return False
    source = a.speaker.mention.text if a.speaker is not None and a.speaker.mention is not None else None
    if a.quote.kind == "direct":
        return source is not None and (source.lower() in ("i", "me") or _names_label(source, label))
    return source is None or source.lower() in SELF_MENTIONS or _names_label(source, label)


def _sourceless_piece(a: Attribution, answer: Span) -> bool:
    """Whether ``a`` is a paraphrase the model found inside ``answer`` without a source."""
    return a.speaker is None and a.quote.kind != "direct" and answer.start <= a.quote.start < answer.end


def _names_label(mention: str, label: str) -> bool:
    """Whether a source mention names the answer's label: "A" itself, "DHALIWAL" as "Sunita Dhaliwal"."""
    return mention.casefold() == label.casefold() or (
        len(label) > 1 and mention.split()[-1].casefold() == label.split()[-1].casefold()
    )


def _covered(span: Span, attributions: list[Attribution]) -> int:
    """How many characters of ``span`` the quotes of ``attributions`` cover, part by part (not the gaps between)."""
    covered = set()
    for a in attributions:
        for part in a.quote.pieces():
            covered.update(range(max(span.start, part.start), min(span.end, part.end)))
    return len(covered)


_ANSWER_CONFIDENCE = 0.5  # an answer the layout gives, not the model: no token probabilities to rank it by


def with_links(
    text: str,
    a: Attribution,
    raw: RawQuote,
    *,
    starts: list[int] | None = None,
    ranges: list[tuple[int, int]] | None = None,
) -> Attribution:
    """``a`` (its quote kept) with the cue and surface speaker mention that ``raw`` links to it; ``starts``
    and ``ranges`` are the text's ``sentence_starts`` and ``quoted_ranges`` (computed when not given)."""
    starts = sentence_starts(text) if starts is None else starts
    cue, mention = _links(text, a.quote, raw, starts, quoted_ranges(text) if ranges is None else ranges)
    return replace(a, cue=cue, speaker=Speaker.surface(mention), stances=())


def _links(
    text: str, quote: Quote, raw: RawQuote, starts: list[int], ranges: list[tuple[int, int]]
) -> tuple[Span | None, Span | None]:
    """The quote's cue and source mention: what the page layout names (``quotes.layout``), else the model's;
    a paraphrase the model gave no source gets the name that opens its sentence (``sentence_subject``)."""
    cue = trimmed_span(text, raw.cue)
    if linked := layout_link(text, quote, cue, ranges=ranges):
        return linked
    mention = source_span(text, raw.source, stop=cue.start if cue is not None else None, starts=starts)
    if cue is not None and (unnamed := _unnamed_source_before(text, cue, starts)):
        source, aside = unnamed
        if mention is None or aside.start <= mention.start < aside.end or mention.start >= cue.end:
            # not "the plans" of "One of the people, who asked … because the plans are …, said", nor the "she" of
            # the quotation after it
            mention = source
    if mention is not None and mention.start < (opened := _dateline_end(text, mention.start)) < mention.end:
        mention = Span.of(text, opened, mention.end)  # "⟦Feb 18 - Malawi's finance minister⟧": past the dateline
    if mention is not None and _is_dateline(text, mention.start, mention.end):
        # "PHOENIX — …, according to a study …": the model took the dateline for the source. (Naming what follows
        # any "according to" whose source the model missed cost PolNeAR dev a quote; only this mistake is mended.)
        mention = None
        if cue is not None and cue.text.lower() == "according to":
            mention = _named_after_according_to(text, cue, quote, starts)
    if cue is None and mention is not None and mention.start >= quote.end and "\n" in text[quote.end : mention.start]:
        mention = None  # no cue, and a source paragraphs later: a headline over a caption's "Mayor Ann Lee speaks"
    if cue is not None and mention is not None and (aside := _ASIDE_BEFORE_CUE.fullmatch(text, mention.start, cue.end)):
        # "A city official who was not authorized to speak publicly said": the tagger ran the aside into the source
        # and the cue (user audit, 2026-12-07).
        mention, cue = Span.of(text, *aside.span("source")), Span.of(text, *aside.span("cue"))
    if mention is None and cue is not None and cue.text.lower() == "asked" and _BY.match(text, cue.end):
        mention = _agent_after(text, cue)  # "When asked by ⟦Ingraham⟧ about …": the one who asked
    if cue is not None and _PASSIVE_HEARING.search(cue.text):
        # "Mayor Ann Lee was warned by engineers that …": the one warned heard it; the one "by" names said it, and
        # without one the report has no source (user audit, 2026-12-07).
        return cue, _agent_after(text, cue)
    if mention is None and quote.kind != "direct":
        mention = sentence_subject(text, quote.start, starts=starts) or _subject_after_participle(text, cue, quote)
    return cue, mention


# A source, an anonymity aside without commas, and the verb of saying: "A city official who was not authorized to speak
# publicly said".
_ASIDE_BEFORE_CUE = re.compile(
    rf"(?P<source>[^,;:\n]{{2,60}}?)\s+{ANONYMITY_ASIDE}[^,;:\n]*?\s+(?P<cue>said|says|told)", re.IGNORECASE
)
# A cue whose subject heard the report: "was warned", "have been told", "were informed by".
_PASSIVE_HEARING = re.compile(
    r"\b(?:was|were|is|are|been|being|be|got|get)\s+(?:[a-z]+ly\s+)?"
    r"(?:warned|told|informed|advised|assured|reminded|notified|cautioned|briefed)(?:\s+by)?$"
)
# The agent of a passive cue ("by engineers", "by the chief engineer, Tom Hale,"), up to "that", a comma, a phrase of
# time or place ("by engineers in a letter", "last year"), what was asked ("if", "whether", "about") or the end, with a
# name in apposition after it.
_AGENT = re.compile(
    r"[ \t]+((?:(?!(?:in|on|at|last|this|during|after|before|with|over|if|whether|about)\b)[\w'’.-]+[ \t]+){0,6}?"
    r"[\w'’.-]+(?:,[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}(?=,))?)"
    r"(?=[ \t]*(?:,|that\b|$)|[ \t]+(?:in|on|at|last|this|during|after|before|with|over|if|whether|about)\b)"
)


_BY = re.compile(r"[ \t]+by\b")


def _agent_after(text: str, cue: Span) -> Span | None:
    """Who a passive cue says told it ("was warned ⟦by engineers⟧ that"), or None when it does not say."""
    at = cue.end
    if not cue.text.endswith("by"):
        if not (by := _BY.match(text, at, at + 4)):
            return None
        at = by.end()
    m = _AGENT.match(text, at, min(len(text), at + 80))
    return Span.of(text, m.start(1), m.end(1)) if m else None


# Where what "according to" introduces ends within its sentence: a comma, a semicolon, a dash, a line's end, "!" or
# "?".
_AFTER_ACCORDING_TO_END = re.compile(r"[,;\r\n!?—–]")


def _named_after_according_to(text: str, cue: Span, quote: Quote, starts: list[int]) -> Span | None:
    """The phrase after an "according to" cue, its source when the model linked none ("according to a study released
    Tuesday by the Desert Southwest Institute for Occupational Health"): up to its clause's end, its sentence's end
    (``starts``, the text's ``sentence_starts``) or the quote after it, without the closing punctuation."""
    start = len(text) - len(text[cue.end :].lstrip(" \t"))
    k = bisect.bisect_right(starts, start)
    end = starts[k] if k < len(starts) else len(text)
    if m := _AFTER_ACCORDING_TO_END.search(text, start, end):
        end = m.start()
    if quote.start >= start:
        end = min(end, quote.start)  # "According to the council heat visits doubled": the quote is no source
    end = len(text[:end].rstrip(" \t.…\"”’'"))
    return Span.of(text, start, end) if end > start and any(c.isalnum() for c in text[start:end]) else None


# A source, then an aside on why it is unnamed, then the cue: "One of the people, who asked not to be named because
# the plans are not public, said"; "An official, speaking on condition of anonymity …, said".
_SOURCE_THEN_ANONYMITY = re.compile(
    r"(?!(?:in|on|at|by|for|from|with|after|before|during|since|under|over|across)\b)(?P<source>[^,;:\n]{2,80}?),\s+"
    rf"(?P<aside>{ANONYMITY_ASIDE}[^\n]*?),\s*$",
    re.IGNORECASE,
)


def _unnamed_source_before(text: str, cue: Span, starts: list[int]) -> tuple[Span, Span] | None:
    """``(source, aside)`` when the cue's sentence opens with a source and an anonymity aside right before the cue."""
    sentence_start = starts[max(0, bisect.bisect_right(starts, cue.start) - 1)]
    m = _SOURCE_THEN_ANONYMITY.match(text, sentence_start, cue.start)
    if m is None or (source := trimmed_span(text, m.span("source"))) is None:
        return None
    return source, Span.of(text, *m.span("aside"))


# A capitalised run followed by a verb-like word: "McConnell had long been …", "Trump knows …".
_OPENING_RUN = r"(?:(?:[A-Z][\w'’.-]*|de|van)\s+)*[A-Z][\w'’-]*"
_SUBJECT_NAME = re.compile(
    latin_classes(rf"{_OPENING_RUN}(?=\s+(?:has|had|is|was|have|also|still|then|[a-z]+(?:s|ed))\b)")
)


# A phrase fronted before the subject, to its comma: "In it, ", "As the crowd began to chant, ", "During the primary, ".
_FRONTED = re.compile(
    r"(?:In|At|On|After|Before|During|Since|Following|Despite|As|When|While|Although|Though|Because|Meanwhile|Later"
    r"|Earlier|Instead)\b[^,.;:\n\"“”]{0,80},\s+"
)


# The same with an apposition between the name and its verb: "Brightwell Robotics, a leading provider of …, today
# announced".
_SUBJECT_NAME_APPOSED = re.compile(
    latin_classes(
        rf"{_OPENING_RUN}(?=,\s+(?:a|an|the)\s[^,;:\n]{{1,100}},\s+(?:(?:today|yesterday|on\s+[A-Z]\w+)\s+)?[a-z]+(?:s|ed)\b)"
    )
)


# The subject after an opening participle's clause: "Claiming the criticism is unfair, ⟦Trump⟧ told Fox …".
_SUBJECT_AFTER_CLAUSE = re.compile(latin_classes(rf"[ \t]*,[ \t]+({_OPENING_RUN})(?=[ \t]+[a-z])"))


def _subject_after_participle(text: str, cue: Span | None, quote: Quote) -> Span | None:
    """The name that follows the paraphrase of a participle opening its sentence ("Claiming …, Trump told"), the
    subject the participle shares; None for any other cue."""
    first = cue.text.split()[0].lower() if cue is not None else ""
    if not first.endswith("ing") or first == "according" or cue.end > quote.start:
        return None  # "According to …" names its source after it
    if text[: cue.start].rstrip(" \t\"“'")[-1:] not in ("", "\n", ".", "!", "?"):
        return None  # not the sentence's first word: "… the race, calling them rapists"
    m = _SUBJECT_AFTER_CLAUSE.match(text, quote.end)
    if m is None or m.group(1).split()[0].lower() in NOT_SUBJECT_WORDS:
        return None
    return Span.of(text, *m.span(1))


def sentence_subject(text: str, position: int, *, starts: list[int] | None = None) -> Span | None:
    """The capitalised run that opens the sentence holding ``position`` as its subject, ending before
    ``position``; None when the sentence opens otherwise. The model misses the source of some belief and
    intention paraphrases ("McConnell had long been an influential voice in support of …"), whose holder is
    nearly always the sentence subject."""
    start = sentence_bounds(text, position, position + 1, starts=starts)[0]
    opening = SUBJECT.match(text, start).end()
    if dateline := DATELINE.match(text[opening:position]):
        opening += dateline.end()  # "AUSTINVILLE, Texas, May 14 — Brightwell Robotics … announced"
    if (fronted := _FRONTED.match(text, opening)) and fronted.end() < position:
        opening = fronted.end()  # "In it, O'Donnell departed from … and instead portrayed …"
    name = _SUBJECT_NAME.match(text, opening) or _SUBJECT_NAME_APPOSED.match(text, opening)
    if not name or name.end() >= position or name.group(0).split()[0].lower() in NOT_SUBJECT_WORDS:
        return None
    return Span.of(text, name.start(), name.end())
