"""Documents as sources: "the report said", "the lawsuit alleges" speak for whoever made the document.

A report goes to its author, a lawsuit to those who brought it, a ruling to the court (eval/ANNOTATION.md §5): the
maker named with the document ("a report by the Government Accountability Office", "the Fox poll"), else the
subject of the clause that brought it in ("The World Bank issued its annual forecast", "The families sued Boeing",
"Microsoft said in a filing"). With neither, the document keeps its own description.
"""

from __future__ import annotations

import functools
import re

from ..names import COUNTRIES, PRONOUNS_PERSON, PRONOUNS_PLURAL, PRONOUNS_THING, is_capitalised, word_tokens
from ..text import latin_classes
from ..types import Span
from .entity import Entity

# Kinds of document: a text calls one document by any noun of its kind ("Pfizer filed suit … The complaint says",
# "The coroner's office released its findings … The report said").
_KINDS = (
    frozenset("lawsuit suit complaint filing petition".split()),
    frozenset("report study analysis findings review audit assessment document".split()),
    frozenset("forecast outlook estimate warning".split()),
    frozenset("ruling opinion decision judgment verdict".split()),
    frozenset("memo note letter cable".split()),
    frozenset("poll survey".split()),
    frozenset("probe investigation inquiry".split()),
    frozenset({"indictment"}),
    frozenset({"order"}),  # alone: "in order to" would hide the ruling it is of
)
# Documents that speak in news ("the report found", "the ruling said"), singular.
DOCUMENT_NOUNS = frozenset().union(*_KINDS) - {"findings"}
# Verbs whose subject makes the document they take as object: "The GAO released a report".
_MAKING = r"released|published|issued|filed|sent|wrote|signed|produced|commissioned|conducted|unveiled|submitted|posted"
# Verbs whose subject speaks in a document: "Microsoft said in a filing", "Tesla disclosed the probe in a filing".
_SAYING_IN = r"said|says|argued|wrote|disclosed|stated|revealed|noted|acknowledged|warned"
# Verbs that bring in a document of a kind without naming it: "The families sued Boeing. The lawsuit alleges".
_BRINGING = {"lawsuit": r"sued|filed[ \t]+suit", "ruling": r"ruled|decided", "indictment": r"indicted|charged"}
_BROUGHT_BY = {"lawsuit": r"sued", "indictment": r"indicted|charged"}  # "were sued by The New York Times"
# What a court issues: "the unsigned opinion said" speaks for the court.
_COURT_PAPERS = frozenset({"ruling", "opinion", "order", "decision", "judgment", "verdict"})
# A fronted phrase before the subject: "On Tuesday, ", "In a statement late Monday, ".
_FRONTED = re.compile(r"(?:(?:On|In|Late|Earlier|Last|This)\b[^,]{0,40},[ \t]+)?")
_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_PLURAL | PRONOUNS_THING  # "It released a report": left to the pronoun rules
# Words that open a clause inside the sentence; its subject follows them.
_SUBORDINATOR = re.compile(r"\b(?:after|when|as|because|since|before|while|once|until|that)[ \t]+")
_MADE_IN = frozenset({"in", "by", "from", "of", "at"})  # "a report in the Des Moines Register", "a review at the BBC"
_NAME_JOINERS = frozenset({"of", "and", "for", "the"})
_SUBJECT_WORDS = 8  # longer, and the text before the verb is more than its subject
_MAKES_A_DOCUMENT = re.compile(
    latin_classes(
        rf"[ \t]+(?:has[ \t]+|have[ \t]+)?(?:{_MAKING})[ \t]+(?:an?|its|their|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}"
        rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS))})s?\b"
    )
)
# A document named with a place, "the Wisconsin lawsuit", "a New York court filing": where it is, not whose.
PLACED_DOCUMENT = re.compile(
    latin_classes(
        rf"(?:[Tt]he|[Aa]n?)[ \t]+(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)[ \t]+(?:[a-z-]+[ \t]+)?"
        rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS))})"
    )
)
_MAKER_TYPES = ("organization", "person", "group", "anonymous")


def _kind(noun: str) -> frozenset[str]:
    return next((kind for kind in _KINDS if noun in kind), frozenset({noun}))


@functools.cache
def _making_patterns(kind: frozenset[str]) -> tuple[re.Pattern, re.Pattern | None]:
    """For a kind of document: the verb after a subject that made, brought in or spoke in one ("released a report",
    "sued", "said in a filing"), and the passive naming who brought it ("were sued by …"), if the kind has one."""
    nouns = "|".join(sorted(kind))
    made = (
        rf"(?:{_MAKING})\b(?:[ \t]+[\w,’'-]+){{0,6}}?[ \t]+(?:{nouns})s?\b"
        rf"|(?:{_SAYING_IN})\b(?:[ \t]+[\w,’'-]+){{0,6}}?[ \t]+in[ \t]+(?:an?|its|their|his|her)[ \t]+"
        rf"(?:[\w-]+[ \t]+){{0,3}}(?:{nouns})s?\b"
    )
    brought = next((verbs for noun, verbs in _BRINGING.items() if noun in kind), None)
    made += rf"|(?:{brought})\b" if brought else ""
    verb_after_subject = re.compile(latin_classes(rf"[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:{made})"))
    by = next((verbs for noun, verbs in _BROUGHT_BY.items() if noun in kind), None)
    passive = by and re.compile(
        rf"\b(?:was|were|been)[ \t]+(?:{by})[ \t]+by[ \t]+([^,.;]{{2,60}}?)(?=[,.;]|[ \t]+(?:on|in|over|for)\b)"
    )
    return verb_after_subject, passive


class _Documents:
    """Who made a document a source mention names; mixed into the resolver, whose text and entities it reads."""

    def document_maker(self, noun: str, position: int) -> Entity | None:
        """The maker of the document "the ``noun``" at ``position`` means: the one named with the latest document of
        its kind before it, else the subject that made or brought in the latest one in the four sentences before,
        else for a court's paper the court named last; None when none is found."""
        kind = _kind(noun)
        maker = self.message_maker(position, tuple(sorted(kind)))
        if maker and maker[0].isupper() and maker.split()[-1].islower():
            return self.organization(maker)  # "a Clinton campaign memo"
        if maker and maker.lower() not in COUNTRIES:  # "the Wisconsin lawsuit" is where, not whose
            at = self.text.rfind(maker, 0, position)
            if (entity := self.maker_at(maker, at if at >= 0 else self.text.find(maker, position))) is not None:
                return entity
        if (entity := self.document_subject(kind, position)) is not None:
            return entity
        return self.court_before(position) if noun in _COURT_PAPERS else None

    def makes_a_document(self, run: re.Match) -> bool:
        """Whether the name ``run`` is the subject of a verb making a document: "Human Rights Watch released a
        90-page report"."""
        return _MAKES_A_DOCUMENT.match(self.text, run.end()) is not None

    def maker_at(self, words: str, start: int) -> Entity | None:
        """The speaker ``words`` at character ``start`` name, resolved as a source mention, when a body, a person, a
        group or an unnamed source; else None, and nothing made."""
        known = len(self.entities)
        entity = self.resolve(Span(words, start, start + len(words)))
        if entity is not None and entity.type in _MAKER_TYPES:
            return entity
        del self.entities[known:]
        return None

    def court_before(self, position: int) -> Entity | None:
        """The court named last before ``position`` ("the Supreme Court"), whose unsigned opinions and orders are its
        own; None when the text names no court."""
        for m in reversed(self.name_runs):
            words = m.group(0).split()
            if m.end() <= position and "Court" in words and not self.quoted(m.start()):
                at = words.index("Court")
                return self.organization(" ".join(words[max(0, at - 1) : at + 1]))  # "Supreme Court", "Court of"…
        return None

    def maker_named_after(self, content: list[str], noun: str, position: int) -> Entity | None:
        """The maker a document mention names after its ``noun``: "a report in the Des Moines Register", "a letter
        from Representative Jim Jordan to the FBI director", "the report of the House Intelligence Committee"; None
        when it names none or a place."""
        k = next((k for k, w in enumerate(content) if w.lower() in (noun, f"{noun}s")), None)
        if k is None or len(content) < k + 3 or content[k + 1].lower() not in _MADE_IN:
            return None
        name = content[k + 2 :]
        name = name[1:] if name[0].lower() == "the" else name
        size = next((n for n, w in enumerate(name) if not (is_capitalised(w) or w in _NAME_JOINERS)), len(name))
        while size and not is_capitalised(name[size - 1]):
            size -= 1  # the name ends on a capital: not "Jordan to"
        maker = " ".join(name[:size])
        at = self.text.find(maker, position)
        if not maker or maker.lower() in COUNTRIES or at < 0:
            return None
        return self.maker_at(maker, at)

    def document_subject(self, kind: frozenset[str], position: int) -> Entity | None:
        """The subject of the clause that made, brought in or spoke in the latest document of ``kind`` in the four
        sentences before ``position`` ("Forty senators signed a letter", "Microsoft said in a filing"), or whoever a
        passive names ("were sued by The New York Times"), resolved as a source; None without one."""
        verb_after_subject, passive = _making_patterns(kind)
        since = self.sentence_index(self.sentence_start(position, 4))
        for k in range(self.sentence_index(position) - 1, since - 1, -1):
            start = self.sentence_starts[k]
            end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
            if passive and (agent := passive.search(self.text, start, end)):
                return self.maker_at(agent.group(1), agent.start(1))
            opening = _FRONTED.match(self.text, start, end).end()
            verb = verb_after_subject.search(self.text, opening, end)
            if verb is None:
                continue
            # The clause's own subject: "… became public after ⟦Nunberg⟧ filed a petition"
            opening = max([opening] + [m.end() for m in _SUBORDINATOR.finditer(self.text, opening, verb.start())])
            subject = self.text[opening : verb.start()]
            words = word_tokens(subject)
            if not words or len(words) > _SUBJECT_WORDS or words[0].lower() in _PRONOUNS or "," in subject:
                return None
            return self.maker_at(subject, opening)
        return None
