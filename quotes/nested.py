"""Attributions reported by another source: "Austin said the U.S. will stand by Israel, said the official".

Two people speak there: Austin said what follows his cue, and the official said that Austin said it. The
extractor finds the inner quote; ``add_reporting_quotes`` adds the outer one, whose content runs from the inner
source to the end of the inner quote, with the trailing cue and source. (PolNeAR, whose annotators keep the longer
of two nested attributions in this reader, has no such pair in its dev set; this project's guide marks both.)
``split_inner_reports`` does the same where the outer source comes first ("Koval said Hryshchenko had told him that
“…”"): the extractor links the inner quotation to the outer cue. ``quoted_speakers`` gives a quote a medium relays
("The newspaper quoted one participant as saying …") to the one it quotes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .text import build_quote, latin_classes, sentence_starts
from .types import Attribution, Quote, Span, Speaker

_COMMA = re.compile(r"[ \t]*,[ \t]+")
# The closing clause: ", said the official on Monday", ", according to officials", ", the official said in a statement".
_WHEN = r"(?:[ \t]+(?:on|in|at|after|who|when|late|early|last|this)\b.*)?"
_CUE_FIRST = re.compile(
    rf"(?P<cue>said|says|added|wrote|writes|according[ \t]+to)[ \t]+(?P<source>.+?){_WHEN}", re.DOTALL
)
# After a closing quotation mark more verbs attribute what was just quoted: "…,” Mr. Watkins recalled.", "…?” she asked
_QUOTATION_VERBS = r"said|says|added|adds|wrote|writes|recalled|asked|explained|noted|continued|insisted|replied|argued"
_QUOTATION_CUE_FIRST = re.compile(rf"(?P<cue>{_QUOTATION_VERBS})[ \t]+(?P<source>.+?){_WHEN}", re.DOTALL)
# ", she told the BBC", ", he told reporters": the hearer follows "told".
_HEARER = (
    r"(?:[ \t]+(?:reporters|journalists|him|her|them|us|me|(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*))"
)
_CUE_LAST = re.compile(rf"(?P<source>.+?)[ \t]+(?P<cue>said|says|added|wrote|writes){_WHEN}", re.DOTALL)
_QUOTATION_CUE_LAST = re.compile(rf"(?P<source>.+?)[ \t]+(?P<cue>{_QUOTATION_VERBS}){_WHEN}", re.DOTALL)
_TOLD_LAST = re.compile(rf"(?P<source>.+?)[ \t]+(?P<cue>told){_HEARER}{_WHEN}", re.DOTALL)
# After a quote, "…, he said" goes on with the quote's own speaker; "…, but Smith said" opens another report.
_PRONOUNS = frozenset("he she it they i we you".split())
_CONJUNCTIONS = frozenset("but and while as though although yet so or because".split())
_INNER_REACH = 80  # characters from the inner source to its quote: "Austin said" opens the sentence it reports
_CUE_TO_QUOTE = 6  # "said that …": the quote follows its cue
_MAX_SOURCE_WORDS = 8
_VERB_IN_SOURCE = frozenset("was were is are has have had be been never not did does do".split())
# A source after a quotation may name a body: "said Hannah Cole of the University of Texas law school".
_MAX_SOURCE_WORDS_AFTER_QUOTATION = 12


def add_reporting_quotes(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` plus, for each quote opened by its own source and cue ("Austin said …") and followed in
    its sentence by another source's cue (", said the official", ", the official said"), the outer attribution of
    that source, unless that cue already reports a quote. In text order."""
    starts: list[int] | None = None
    used_cues = {(a.cue.start, a.cue.end) for a in attributions if a.cue}
    added = []
    for a in attributions:
        mention = a.speaker.mention if a.speaker else None
        if mention is None or a.cue is None or a.quote.kind != "indirect":
            continue
        if not mention.end <= a.cue.start < a.cue.end <= a.quote.start or a.quote.start - mention.start > _INNER_REACH:
            continue
        if a.quote.start - a.cue.end > _CUE_TO_QUOTE or not (comma := _COMMA.match(text, a.quote.end)):
            continue
        if starts is None:
            starts = sentence_starts(text)
        k = bisect.bisect_right(starts, mention.start)
        sentence_end = starts[k] if k < len(starts) else len(text)
        if sentence_end < a.quote.end:
            continue  # one sentence reports the other
        found = reporting_source(text, comma.end(), sentence_end)
        if found is None or (found[0].start, found[0].end) in used_cues:
            continue
        cue, source = found
        outer = Span.of(text, mention.start, a.quote.end)
        if any(b.quote.start <= outer.start and outer.end <= b.quote.end for b in attributions):
            continue  # the model already found it
        quote = Quote(outer.text, outer.start, outer.end, kind="indirect")
        added.append(Attribution(quote, cue=cue, speaker=Speaker.surface(source), confidence=a.confidence, doc=a.doc))
    return sorted(attributions + added, key=lambda a: a.quote.start) if added else attributions


def reporting_source(
    text: str, start: int, sentence_end: int, *, after_quotation: bool = False, more_verbs: bool = False
) -> tuple[Span, Span] | None:
    """``(cue, source)`` of the report that closes a sentence at ``start`` (", said the official on Monday.",
    ", the official said."), or None. The clause ends at a comma, a colon, a line break or the sentence's end
    (abbreviations do not end it: ", said Sen. Lindsey Graham"); a conjunction is never a source. ``after_quotation``
    is for a clause right after a closing quotation mark, where a pronoun is a source ("…,” she said."), "she told the
    BBC" reports, and the source may be longer; ``more_verbs`` (for a quotation that does not end its sentence) lets
    more verbs report ("…,” he recalled.", "…?” she asked."), but not a clause with a verb of its own ("The question was
    never asked")."""
    end = min([sentence_end] + [i for c in ",;:\n" if (i := text.find(c, start, sentence_end)) >= 0])
    clause = text[start:end].rstrip(' \t.!?"”’')
    first, last = (_QUOTATION_CUE_FIRST, _QUOTATION_CUE_LAST) if more_verbs else (_CUE_FIRST, _CUE_LAST)
    m = first.fullmatch(clause) or last.fullmatch(clause) or (_TOLD_LAST.fullmatch(clause) if after_quotation else None)
    if m is None:
        return None
    if more_verbs and _VERB_IN_SOURCE & set(m.group("source").lower().split()):
        return None
    cue = (start + m.start("cue"), start + m.end("cue"))
    source_start, source_end = start + m.start("source"), start + m.end("source")
    source = text[source_start:source_end].strip()
    words = source.split()
    if not words or len(words) > (_MAX_SOURCE_WORDS_AFTER_QUOTATION if after_quotation else _MAX_SOURCE_WORDS):
        return None
    if words[0].lower() in _CONJUNCTIONS or (not after_quotation and words[0].lower() in _PRONOUNS):
        return None
    source_start += text[source_start:source_end].index(source)
    return Span.of(text, *cue), Span.of(text, source_start, source_start + len(source))


# A named or described inner source and its own cue, then the quotation it reports: "Mr Mulcahy had said ‘",
# "Hryshchenko had told him at a meeting in Chernihiv that “", "several of the older players had told the younger
# ones “", "the minister had warned: “". Matched where the outer paraphrase or its cue ends. A straight apostrophe
# after a letter is no mark ("told O'Brien that").
_DESCRIBED_OPENER = r"(?:several|some|many|one|two|three|a|an|the)"
_NP_WORD = r"(?!(?:had|has|said|told)\b)[a-z][\w'’-]*"  # a word of a described source, not its verb
_MARK_AHEAD = r"(?<![\w’'])(?=[\"“‘'])"
_INNER_REPORT = re.compile(
    latin_classes(
        r"[ \t]*(?:that[ \t]+)?(?P<source>(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
        rf"|{_DESCRIBED_OPENER}[ \t]+(?:of[ \t]+the[ \t]+)?(?:{_NP_WORD}[ \t]+){{0,3}}{_NP_WORD})"
        r"[ \t]+(?:had[ \t]+|has[ \t]+)?"
        r"(?:(?P<said>said)|(?P<told>told)[ \t]+[^\n\"“”‘,;:]{1,60}?"
        r"|(?P<vowed>promised|assured|warned)(?:[ \t]+[^\n\"“”‘,;:]{1,60}?)?)"
        rf"(?P<opening>[ \t]*(?:that[ \t]+|:[ \t]*|,[ \t]*)?){_MARK_AHEAD}"
    )
)
_NOT_INNER_SOURCES = frozenset("he she they it i we you this that these those".split())


def split_inner_reports(text: str, attributions: list[Attribution], ranges: list[tuple[int, int]]) -> list[Attribution]:
    """``attributions`` with each quotation that a named or described inner source reports inside another's
    paraphrase given to that source: "Mr Tierney gave evidence that ⟦Mr Mulcahy had said ‘he had it coming’ as he
    came back⟧" holds Mulcahy's "he had it coming" (``ranges``: the text's quoted ranges). The paraphrase stays the
    outer source's; when the model linked the quotation alone to the outer cue, the paraphrase around it, to the end
    of the quotation's sentence, is added. Nothing the model already found is added twice. In text order."""
    starts: list[int] | None = None
    quoted_starts = {start: end for start, end in ranges}
    at_span = {(a.quote.start, a.quote.end): k for k, a in enumerate(attributions)}
    out = list(attributions)
    for k, a in enumerate(attributions):
        mention = a.speaker.mention if a.speaker else None
        if mention is None or a.cue is None or not mention.end <= a.cue.start < a.cue.end <= a.quote.start:
            continue
        inside = a.quote.kind != "direct"  # the paraphrase opens with the report, or the quotation alone was linked
        inner = _INNER_REPORT.match(text, *((a.quote.start, a.quote.end) if inside else (a.cue.end, a.quote.start)))
        if inner is None or inner.group("source").split()[0].lower() in _NOT_INNER_SOURCES:
            continue
        quotation_start = inner.end() + 1
        if (quotation_end := quoted_starts.get(quotation_start)) is None or quotation_end > a.quote.end + 1:
            continue
        if starts is None:
            starts = sentence_starts(text)
        j = bisect.bisect_right(starts, quotation_end)  # the quotation's own sentence, which it may hold several of
        sentence_end = starts[j] if j < len(starts) else len(text)
        opening = inner.group("opening").strip()
        closes_sentence = not text[quotation_end:sentence_end].strip(" \t\n.!?\"”’'")
        # "the ministry had promised additional staff “at least three times”": words of the paraphrase, no report
        if inner.group("vowed") and not opening or inner.group("told") and not (opening or closes_sentence):
            continue
        source = Span.of(text, *inner.span("source"))
        cue = Span.of(text, *inner.span(next(g for g in ("said", "told", "vowed") if inner.group(g))))
        end = min(quotation_end + 1, len(text))  # with the closing mark, if the quotation has one
        if opening == "that":  # "that “…”" is a paraphrase quoting its words throughout: mixed, as the outer one's were
            start = inner.start("opening") + inner.group("opening").index("that")
            quotation = Quote(text[start:end], start, end, kind="mixed")
        elif (quotation := build_quote(text, [(quotation_start - 1, end)], ranges)) is None:  # marks and all: direct
            continue
        said = Attribution(quotation, cue=cue, speaker=Speaker.surface(source), confidence=a.confidence, doc=a.doc)
        if (twin := at_span.get((quotation.start, quotation.end), k)) != k:
            out[twin] = replace(attributions[twin], cue=cue, speaker=said.speaker)  # the model found it on its own too
        elif inside:
            out.append(said)  # beside the paraphrase the model found, which stays the outer source's
        else:
            out[k] = said
            later = [b.quote.start for b in attributions if a.quote.end <= b.quote.start < sentence_end]
            outer = build_quote(text, [(source.start, min(later) if later else sentence_end)], ranges)
            if outer is not None and not any(b.quote.start <= outer.start < b.quote.end for b in out if b is not said):
                out.append(Attribution(outer, cue=a.cue, speaker=a.speaker, confidence=a.confidence, doc=a.doc))
    return sorted(out, key=lambda a: a.quote.start)


# "The newspaper quoted ⟦one participant⟧ as saying …": the one quoted said it; the medium only relays it.
_QUOTED_AS_SAYING = re.compile(
    r"[ \t]*(?P<source>[^\n,;:\"“”]{2,60}?)[ \t]+as[ \t]+(?P<cue>saying)[ \t]+(?:that[ \t]+)?[\"“‘']?"
)


# The same with a named one in an apposition, before the cue "saying" the model linked: "The Financial Times quoted
# ⟦the bank's chief executive, Omar Haddad⟧, as saying it had …" (user audit, 2026-12-07).
# Not a passive "was quoted by the agency as saying", whose subject is the one quoted; within one sentence (a stop
# only after a title: "Mr. Haddad").
_NO_STOP = r"(?:[^\n;:\"“”.!?]|\.(?!\s)|(?<=\bMr|\bMs|\bDr|\bSt)\.|(?<=\bMrs)\.)"
_QUOTED_BEFORE = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )\bquoted[ \t]+(?!by\b)"
    rf"(?P<source>{_NO_STOP}{{2,80}}?),?[ \t]+as[ \t]+$"
)
_AS_SAYING = re.compile(r",?[ \t]+as[ \t]+saying\b")


def quoted_speakers(text: str, attributions: list[Attribution], ranges: list[tuple[int, int]]) -> list[Attribution]:
    """``attributions`` with each quote a medium relays given to the one it quotes, "saying" its cue: "The
    newspaper quoted one participant as saying the union had “walked out”". When the model took the one quoted
    into the quote, the medium keeps that relay and the words after "saying" are added as the participant's
    (``ranges``: the text's quoted ranges, for their kind). In text order."""
    out = []
    for a in attributions:
        cue_word = a.cue.text.lower() if a.cue else ""
        if cue_word in ("quoted", "quotes") and _AS_SAYING.match(text, a.quote.end):
            continue  # the model took the one quoted for the quote: "quoted ⟦the bank's chief, Omar Haddad⟧, as saying"
        if cue_word == "saying" and (relayed := _QUOTED_BEFORE.search(text, max(0, a.cue.start - 120), a.cue.start)):
            a = replace(a, speaker=Speaker.surface(Span.of(text, *relayed.span("source"))))
        out.append(a)
        mention = a.speaker.mention if a.speaker else None
        if (
            mention is None
            or a.cue is None
            or a.cue.text.lower() not in ("quoted", "quotes")
            or mention.end > a.cue.start
        ):
            continue
        inside = _QUOTED_AS_SAYING.match(text, a.quote.start, a.quote.end)
        linked = _QUOTED_AS_SAYING.match(text, a.cue.end, a.quote.start)
        linked = linked if linked and linked.end() == a.quote.start else None
        if not (found := inside or linked):
            continue
        source, cue = Span.of(text, *found.span("source")), Span.of(text, *found.span("cue"))
        if not inside:
            out[-1] = replace(a, cue=cue, speaker=Speaker.surface(source))
            continue
        said_from = inside.end() - 1 if text[inside.end() - 1] in "\"“‘'" else inside.end()  # from its mark on
        if (said := build_quote(text, [(said_from, a.quote.end)], ranges)) is not None:
            out.append(Attribution(said, cue=cue, speaker=Speaker.surface(source), confidence=a.confidence, doc=a.doc))
    return sorted(out, key=lambda a: a.quote.start)
