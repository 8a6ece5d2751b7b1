"""Documents as sources: "the report said", "the lawsuit alleges" speak for whoever made the document.

A report goes to its author, a lawsuit to those who brought it, a ruling to the court (eval/ANNOTATION.md §5): the
maker named with the document ("a report by the Government Accountability Office", "the Fox poll"), else the
subject of the clause that brought it in ("The World Bank issued its annual forecast", "The families sued Boeing").
With neither, the document keeps its own description.
"""

from __future__ import annotations

import re

from ..names import COUNTRIES, PRONOUNS_PERSON, PRONOUNS_PLURAL, PRONOUNS_THING, is_capitalised, word_tokens
from ..text import latin_classes
from ..types import Span
from .entity import Entity

# Documents that speak in news ("the report found", "the ruling said"), singular.
DOCUMENT_NOUNS = frozenset(
    """report study analysis audit review probe investigation inquiry lawsuit suit complaint filing indictment ruling
    opinion decision order judgment verdict forecast memo letter petition cable paper survey poll assessment
    estimate""".split()
)
# Verbs whose subject makes the document they take as object: "The GAO released a report".
_MAKING = r"released|published|issued|filed|sent|wrote|signed|produced|commissioned|conducted|unveiled|submitted|posted"
# Verbs that bring in a document without naming it: "The families sued Boeing. The lawsuit alleges".
_BRINGING = {
    "lawsuit": "sued",
    "suit": "sued",
    "complaint": "sued",
    "ruling": "ruled",
    "decision": "ruled|decided",
    "opinion": "ruled",
    "indictment": "indicted|charged",
}
# What a court issues: "the unsigned opinion said" speaks for the court.
_COURT_PAPERS = frozenset({"ruling", "opinion", "order", "decision", "judgment", "verdict"})
# A fronted phrase before the subject: "On Tuesday, ", "In a statement late Monday, ".
_FRONTED = re.compile(r"(?:(?:On|In|Late|Earlier|Last|This)\b[^,]{0,40},[ \t]+)?")
_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_PLURAL | PRONOUNS_THING  # "It released a report": left to the pronoun rules
# Words that open a clause inside the sentence; its subject follows them.
_SUBORDINATOR = re.compile(r"\b(?:after|when|as|because|since|before|while|once|until|that)[ \t]+")
_MADE_IN = frozenset({"in", "by", "from", "of"})  # "a report in the Des Moines Register"
_NAME_JOINERS = frozenset({"of", "and", "for", "the"})
_SUBJECT_WORDS = 8  # longer, and the text before the verb is more than its subject


class _Documents:
    """Who made a document a source mention names; mixed into the resolver, whose text and entities it reads."""

    def document_maker(self, noun: str, position: int) -> Entity | None:
        """The maker of the document "the ``noun``" at ``position`` means: the one named with the latest such
        document before it, else the subject that made or brought in the latest one in the four sentences before;
        None when neither is found."""
        maker = self.message_maker(position, (noun,))
        if maker and maker.split()[-1].islower():
            return self.organization(maker)  # "a Clinton campaign memo"
        if maker and maker.lower() not in COUNTRIES:  # "the Wisconsin lawsuit" is where, not whose
            at = self.text.rfind(maker, 0, position)
            at = at if at >= 0 else self.text.find(maker, position)
            known = len(self.entities)
            entity = self.resolve(Span(maker, at, at + len(maker)))
            if entity is not None and entity.type in ("organization", "person", "group"):
                return entity
            del self.entities[known:]
        return self.document_subject(noun, position) or (self.court_before(position) if noun in _COURT_PAPERS else None)

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
        """The maker a document mention names after its ``noun``: "a report in the Des Moines Register", "a review by
        The Times", "the report of the House Intelligence Committee"; None when it names none or a place."""
        k = next((k for k, w in enumerate(content) if w.lower() in (noun, f"{noun}s")), None)
        if k is None or len(content) < k + 3 or content[k + 1].lower() not in _MADE_IN:
            return None
        name = content[k + 2 :]
        name = name[1:] if name[0].lower() == "the" else name
        if not name or not is_capitalised(name[-1]) or not all(is_capitalised(w) or w in _NAME_JOINERS for w in name):
            return None
        maker = " ".join(name)
        at = self.text.find(maker, position)
        if maker.lower() in COUNTRIES or at < 0:
            return None
        known = len(self.entities)
        entity = self.resolve(Span(maker, at, at + len(maker)))
        if entity is not None and entity.type in ("organization", "person", "group"):
            return entity
        del self.entities[known:]
        return None

    def document_subject(self, noun: str, position: int) -> Entity | None:
        """The subject of the clause that made or brought in the latest ``noun`` in the four sentences before
        ``position`` ("Forty senators signed a letter" for "the letter"), resolved as a source; None without one."""
        made = rf"(?:{_MAKING})\b(?:[ \t]+[\w,’'-]+){{0,6}}?[ \t]+{noun}s?\b"
        if noun in _BRINGING:
            made = rf"{made}|(?:{_BRINGING[noun]})\b"
        verb_after_subject = re.compile(latin_classes(rf"[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:{made})"))
        since = self.sentence_index(self.sentence_start(position, 4))
        for k in range(self.sentence_index(position) - 1, since - 1, -1):
            start = self.sentence_starts[k]
            end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
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
            known = len(self.entities)
            entity = self.resolve(Span(subject, opening, verb.start()))
            if entity is not None and entity.type in ("organization", "person", "group"):
                return entity
            del self.entities[known:]
            return None
        return None
