"""Speakers that the page layout names, where the model, reading prose, misses them.

Three conventions of news pages:

* a dash signature after a quotation: “… our greatest shame.” ― Sonya Herridge (reader voices, epigraphs);
* a transcript label opening a paragraph: "PENCE: Well, look, …" (debate and interview transcripts);
* a Q&A interview, whose answers ("A: You start by telling people the truth …") are the words of the person
  interviewed: each answer paragraph is a quote whether or not the model, trained on prose, finds one in it.

Each gives the quote's cue (the dash, the colon) and its source mention outright.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from .first_names import is_first_name
from .names import HONORIFICS, ORG_WORDS, PERSON_NOUNS, TITLE_WORDS
from .text import LOWER, UPPER, quoted_ranges
from .types import Quote, Span

# Capitals include accented ones ("Ángel", "JOSÉ": quotes.text.UPPER).
# After the quote: its closing marks and final punctuation, then a dash and a name of up to five words
# (initials allowed: "Edwin G. Monroy") that ends its line or sentence.
_NAME = rf"[{UPPER}][\w'’-]*\.?(?:[ \u00a0]+(?:[{UPPER}][\w'’-]*\.?|de|del|la|van|von)){{0,4}}"
_DASH = "―|—|–|--"
_DASH_SIGNATURE = re.compile(
    rf"[.,!?\"”’'\u00a0 ]{{0,4}}[ \u00a0]*({_DASH})[ \u00a0]*({_NAME})(?=[ \u00a0]*(?:$|[.\r\n“\"(]))", re.MULTILINE
)
# A paragraph opening with a speaker label in capitals: "PENCE:", "SEN. TIM KAINE:", "WALLACE:".
_TRANSCRIPT_LABEL = re.compile(
    rf"^[ \t\"“]*([{UPPER}][{UPPER}'’.-]+(?: [{UPPER}][{UPPER}'’.-]+){{0,2}}):[ \t\u00a0]+", re.MULTILINE
)
# Capitalised labels that head a paragraph without naming a speaker (first word of the label).
_NOT_SPEAKERS = frozenset(
    """UPDATE UPDATED WATCH BREAKING RELATED VIDEO PHOTOS PHOTO READ MORE NOTE EDITOR'S EDITOR’S CORRECTION
    CLARIFICATION SOURCE SOURCES WASHINGTON NEW LOS THE WHY WHAT HOW WHEN WHERE QUESTION ANSWER BYLINE EXCLUSIVE
    BUSTED BOOM LOOK EMAIL UPSHOT BOTTOM TOP KEY FACT FACTS""".split()
)
_PRONOUNS = frozenset("i me we us you he him she her it they them".split())
_LABEL_TO_QUOTE = 3  # characters allowed between a label and its quote (an opening mark, a space)
_SUFFIXES = ("Jr.", "Sr.")


def layout_link(
    text: str, quote: Quote, cue: Span | None = None, *, ranges: list[tuple[int, int]] | None = None
) -> tuple[Span, Span] | None:
    """``(cue, source mention)`` of ``quote`` when the layout names its speaker, else None. A dash after a
    quote that already has a reporting ``cue`` of its own outside it ("… and insisted that his party was
    “still the No. 1 force.”--Kim Hjelmgaard") is a byline, not a signature; a dash the model took for the
    cue (the previous quote's signature) is no reporting cue. ``ranges`` are the text's ``quoted_ranges``
    (computed when not given)."""
    ranges = quoted_ranges(text) if ranges is None else ranges
    quotation = _quotation_holding(text, ranges, quote.start, quote.end)
    own_cue = (
        cue is not None
        and not quote.start <= cue.start < quote.end
        and not re.fullmatch(_DASH, cue.text)
        # not a word of the quotation itself ("he proudly states"), nor of another paragraph ("Trump said" of the
        # reader's voice above)
        and not (quotation and quotation[0] <= cue.start < quotation[1])
        and "\n" not in (text[cue.end : quote.start] if cue.start < quote.start else text[quote.end : cue.start])
    )
    # The signature follows the whole quotation, of which the model may have found only a part.
    m = _DASH_SIGNATURE.match(text, quote.end) or (quotation and _DASH_SIGNATURE.match(text, quotation[1]))
    if not own_cue and m:
        name_end = m.end(2)
        if (
            text[name_end - 1] == "."
            and not _initial_before(text, name_end)
            and not text.endswith(_SUFFIXES, 0, name_end)
        ):
            name_end -= 1  # the sentence's full stop, not an initial's or "Jr."'s
        return Span.of(text, m.start(1), m.end(1)), Span.of(text, m.start(2), name_end)
    for m in _TRANSCRIPT_LABEL.finditer(text, max(0, text.rfind("\n", 0, quote.start) + 1), quote.start + 1):
        if (
            0 <= quote.start - m.end() <= _LABEL_TO_QUOTE
            and _names_a_speaker(text, m.group(1))
            and m.group(1) not in _askers(text)  # the interviewer's questions are no one's quotes
        ):
            colon = m.end(1)
            return Span.of(text, colon, colon + 1), Span.of(text, m.start(1), colon)
    return None


def _quotation_holding(text: str, ranges: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quoted range of ``ranges`` (inside the marks) that holds ``text[start:end]``, when there is one; ``end`` may
    run on over the closing mark and a dash after it ("… Mexican-Peruvian.” ―")."""
    k = bisect.bisect_right(ranges, (start, len(text))) - 1
    if (
        k < 0
        or not ranges[k][0] <= start
        or (end > ranges[k][1] and not _MARKS_AND_DASH.fullmatch(text, ranges[k][1], end))
    ):
        return None
    return ranges[k]


_MARKS_AND_DASH = re.compile(rf"[”\"’'\s]*(?:{_DASH})?")


# A Q&A interview's or a transcript's labels opening paragraphs ("Q: …", "A: …", "Q." and "A." too, "DHALIWAL: …",
# and in an interview a name in ordinary case, "Dana: …"), then the text to its last non-space character.
_NAME_LABEL = rf"[{UPPER}][{LOWER}'’-]+(?: [{UPPER}][{LOWER}'’-]+)?"
_TURN_LABEL = re.compile(
    rf"^[ \t]*(Q|A|[{UPPER}][{UPPER}'’.-]+(?: [{UPPER}][{UPPER}'’.-]+){{0,2}}|{_NAME_LABEL})([:.])[ \t]+"
    r"(\S(?:[^\r\n]*\S)?)",
    re.MULTILINE,
)


def interview_answers(text: str) -> list[tuple[Span, Span, Span]]:
    """``(answer, cue, source mention)`` of each answer paragraph of a Q&A interview or turn of a transcript, in
    text order: the paragraph after its label, the colon, the label. An "A:" answer counts only after a question
    since the last answer ("A. Smith said …" in a list is no answer); a label that names a person the article
    names in full ("DHALIWAL:" of Sunita Dhaliwal; not "LONDON:" or "HEALTH:") always does, and so does a label in
    ordinary case after the interview's first question ("Dana:" of Dana Kowalczyk, when a couple answer). There
    must be two."""
    out, asked, interview = [], False, False
    people: dict[str, bool] = {}  # label → whether it names a person, read once per label
    askers = _askers(text)
    for m in _TURN_LABEL.finditer(text):
        label, mark = m.group(1), m.group(2)
        if label == "Q" or label in askers:
            asked = interview = True
            continue
        if label != "A" and mark == ":" and label not in people:
            if label.isupper():
                people[label] = _names_a_speaker(text, label) and _full_name_with(text, label.split()[-1])
            elif interview:  # "Note:" or "Photo:" in prose stays prose: only an interview has such turns
                people[label] = label.split()[0].upper() not in _NOT_SPEAKERS and _full_name_of(text, label)
        if (label == "A" and asked) or people.get(label, False):
            asked = False
            out.append(tuple(Span.of(text, m.start(k), m.end(k)) for k in (3, 2, 1)))
    return out if len(out) >= 2 else []


@functools.lru_cache(maxsize=4)  # asked once per quote of the same article
def _askers(text: str) -> frozenset[str]:
    """The labels of an interview's questions under the publication's name ("ISLAND SPORTS: How does it feel?"): used
    twice or more, every turn a question, and no person's name (a committee member's questions, "HARTLEY: …?", are
    her quotes)."""
    turns: dict[str, list[str]] = {}
    for m in _TURN_LABEL.finditer(text):
        if m.group(2) == ":":  # not "Mr. Lee asked …?"
            turns.setdefault(m.group(1), []).append(m.group(3))
    return frozenset(
        label
        for label, said in turns.items()
        if len(said) > 1
        and label not in ("Q", "A")
        and all(t.endswith("?") for t in said)
        and not _person_named(text, label.split()[-1].capitalize())
    )


def _person_named(text: str, surname: str, *, titled: bool = False) -> bool:
    """Whether the text writes ``surname`` after a first name ("Margaret Hartley"; not "Island Sports"), or with
    ``titled`` also after an honorific or a title ("Mr. Pence", "Senator Pence")."""
    return any(
        is_first_name(word) or titled and word.lower() in HONORIFICS | TITLE_WORDS
        for m in re.finditer(rf"\b([{UPPER}][\w'’.-]*)[ \t]+{re.escape(surname)}\b", text)
        if (word := m.group(1).rstrip("."))
    )


def _full_name_with(text: str, surname: str) -> bool:
    """Whether the text writes ``surname`` (a label's last word, in capitals) as the surname of a full name in
    ordinary case: "Sunita Dhaliwal" for "DHALIWAL"."""
    return re.search(rf"\b[{UPPER}][\w'’-]+[ \u00a0]+{re.escape(surname.capitalize())}\b", text) is not None


def turn_label(text: str, position: int) -> Span | None:
    """The speaker label opening the transcript paragraph that holds ``position`` ("AIT OUCHEN: We have heard …"),
    or None when that paragraph opens with none."""
    start = text.rfind("\n", 0, position) + 1
    m = _TRANSCRIPT_LABEL.match(text, start)
    if m is None or m.end() > position or not _names_a_speaker(text, m.group(1)):
        return None
    return Span.of(text, m.start(1), m.end(1))


def _full_name_of(text: str, label: str) -> bool:
    """Whether ``label`` (in ordinary case) is a person's: a word the text writes after another capitalised word or
    before one that is no title ("Sreyleak" of "Hem Sreyleak", "Dana" of "Dana Kowalczyk"; not the subhead "Health:" of
    an article on the "Health Minister") and never in lower case unless a first name, or two words the text writes
    outside labels too."""
    name = re.escape(label)
    if label.lower() in _PRONOUNS:
        return False  # "Me:" of an article that writes "Me Too"
    if " " in label:
        return len(re.findall(rf"\b{name}\b", text)) > len(re.findall(rf"^[ \t]*{name}:", text, re.MULTILINE))
    common = re.search(rf"\b{re.escape(label.lower())}\b", text) is not None
    before = re.search(rf"\b[{UPPER}][\w'’.-]+[ \u00a0]+{name}\b", text)
    after = any(  # "Dana Kowalczyk"; not "Health Minister"
        m.group(1).lower() not in TITLE_WORDS for m in re.finditer(rf"\b{name}[ \u00a0]+([{UPPER}][\w'’-]+)", text)
    )
    return (before is not None or after) and (not common or is_first_name(label))


def _names_a_speaker(text: str, label: str) -> bool:
    """Whether a transcript label names someone: not a heading ("UPDATE:", "THE FACTS:") nor an interview's
    "Q:"/"A:", and either used as a label more than once (a transcript's turns) or a name the article
    writes in ordinary case too, after a first name or a title ("PENCE:" … "Mike Pence"; not the dateline
    "COLOMBO:" … "in Colombo's suburbs")."""
    if label.split()[0] in _NOT_SPEAKERS or len(label.rstrip(".")) < 2:
        return False
    repeated = len(re.findall(rf"^[ \t\"“]*{re.escape(label)}:", text, re.MULTILINE)) > 1
    return repeated or _person_named(text, label.split()[-1].capitalize(), titled=True)


def _initial_before(text: str, end: int) -> bool:
    """Whether the period ending at ``end`` closes an initial ("Edwin G."), which keeps it."""
    return re.search(r"(?:^|\s)[A-Z]\.$", text[max(0, end - 3) : end]) is not None


# Nouns a headline's label names a source by: people, bodies and what publishes ("Mayor:", "Police:", "Poll:").
SOURCE_NOUNS = (
    PERSON_NOUNS | ORG_WORDS | frozenset("poll survey report study newspaper paper police official camp".split())
)
# A headline that names its source before a colon: "Mayor: New bridge will open in June", "Clinton camp: …".
_HEADLINE_LABEL = re.compile(rf"[ \t]*([{UPPER}][\w.'’&/-]*(?:[ \t]+[\w.'’&/-]+){{0,3}}):[ \t]+(\S[^\n]*?)[ \t.;]*$")
# First words of labels that head a story's kind, not a source: "Review: …", "Exclusive: …", "The Latest: …".
_NOT_HEADLINE_SOURCES = _NOT_SPEAKERS | frozenset(
    """REVIEW ANALYSIS OPINION EDITORIAL COMMENTARY COMMENT LIVE EXPLAINER EXPLAINED LATEST FACT-CHECK FACTCHECK
    INTERVIEW OBITUARY LETTERS LETTER PODCAST QUIZ RECAP PREVIEW FIRST SPORTS BUSINESS POLITICS WORLD HEALTH SCIENCE
    TECHNOLOGY TECH CULTURE TRAVEL FOOD STYLE MONEY OPINIONS ANALYSES SPECIAL FEATURE Q A""".split()
)


def headline_label(text: str, headline_end: int, body_sources: Sequence[str] = ()) -> tuple[Span, Span, Span] | None:
    """``(content, colon, source mention)`` of a headline (the text before ``headline_end``) that names its source
    before a colon, as news headlines do ("Mayor: New bridge will open in June"), else None. The label is one to four
    words opening with a capital, none a story kind ("Review:", "Exclusive:", "The Latest:"), ending in a source's
    noun or in a name one of the body's ``body_sources`` (source mentions) holds ("Lynch:" over "Loretta Lynch said";
    not "Ukraine war:" over a body that writes "the war")."""
    m = _HEADLINE_LABEL.fullmatch(text, 0, headline_end)
    if m is None or m.group(1).split()[0].upper().strip(".") in _NOT_HEADLINE_SOURCES:
        return None
    words = m.group(1).split()
    if any(w.lower() in _NOT_IN_A_LABEL for w in words):
        return None  # a sentence or a phrase with a colon in it: "Trump says: …", "CNN President On Trump: …"
    last = words[-1].lower()
    if last not in SOURCE_NOUNS and re.sub(r"(?:'s|’s|s)$", "", last) not in SOURCE_NOUNS:
        name = re.compile(rf"\b{re.escape(words[-1])}\b")
        if not (words[-1].isalpha() and words[-1][0].isupper() and any(name.search(s) for s in body_sources)):
            return None
    return Span.of(text, m.start(2), m.end(2)), Span.of(text, m.end(1), m.end(1) + 1), Span.of(text, *m.span(1))


# Words no headline's source label holds: verbs and the prepositions of a phrase ("CNN President On Trump").
_NOT_IN_A_LABEL = frozenset("says said say is are was were will to on for about in at with after over as".split())
