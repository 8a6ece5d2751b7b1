"""Whom a pronoun or relative means: the latest speakers, sentence subjects, people just named or quoted."""

from __future__ import annotations

import bisect
import math
import re

from ..article_text import majority_gender, personal_run, with_first_name_vote
from ..first_names import first_name_gender
from ..names import (
    ANONYMITY_ASIDE,
    ANONYMOUS_HEADS,
    CALENDAR_WORDS,
    COUNTRIES,
    DEPENDANT_HEADS,
    DETERMINERS,
    GENDERED_WORDS,
    KIN_WORDS,
    NAME_SUFFIXES,
    NICKNAME,
    NOT_IN_NOUN_PHRASE,
    NOT_PLURAL,
    PERSON_NOUNS,
    PERSON_ROLE_HEADS,
    PREPOSITIONS,
    PRONOUN_GENDER,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    SENTENCE_OPENERS,
    SUBJECT,
    WEEKDAYS,
    is_capitalised,
    is_possessive,
    looks_like_person,
    surname_key,
    without_possessive,
    word_tokens,
)
from ..text import OPENING_MARKS, STRAIGHT_MARKS, latin_classes
from ..types import Span
from .entity import Entity
from .phrases import _line_end, _names_a_body
from .vocabulary import _AFTER_QUOTATION, _NOT_FIRST_NAMES, _QUESTION_CUE, _SPACE

# Words that open a sentence or clause before its subject: "As Republicans scrambled …, they".
CLAUSE_OPENERS = frozenset("as when while after before if although though because since but and so yet still".split())
# Verbs that end a plural subject ("Democrats are acting …", "Workers objected"), besides any "-ed" word.
SUBJECT_VERBS = frozenset(
    """are were have had say said will would could can may might should must do did remain want wept
    came went got took made gave saw knew thought began stood sat met kept held felt found brought spent sent won lost
    paid ran grew""".split()
)

LATEST_NAMED_SENTENCES = 3  # how far back a pronoun looks for a person who has not spoken yet


# A run of capitalised words on one line: a name, perhaps with its titles.
_CAPITALISED_RUN = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*"
# "Heather Samuelson, a Clinton aide who", "Kaine is a former civil rights lawyer who": a name, then what it is.
_NAME_BEFORE_PREDICATE = re.compile(
    latin_classes(rf"({_CAPITALISED_RUN})(?:,|[ \t]+(?:is|was|remains|became))\s+(?:an?|one\s+of)\s+[^,]*$")
)
# The same with the person's state: "Gov. John Kasich of Ohio, a Republican who"; group 2 is the state.
_NAME_OF_PLACE_BEFORE_PREDICATE = re.compile(
    latin_classes(rf"({_CAPITALISED_RUN})[ \t]+of[ \t]+({_CAPITALISED_RUN}),\s+(?:an?|one\s+of)\s+[^,]*$")
)
# "Alfonso Aguilar, the executive director of the Latino Partnership for Conservative Principles, (who)": the name
# (two words or more) before a closed apposition of a job at a body; group 2 is the apposition.
_NAME_BEFORE_JOB = re.compile(
    latin_classes(rf"({_CAPITALISED_RUN}[ \t]+[A-Z][\w.'’-]*),\s+((?:the|an?)\s+[^,]*?\s(?:of|at|for)\s[^,]*),\s*$")
)


class _Recency:
    """Rules of ``_Resolver`` for pronouns and relatives: whom the text has just named or quoted."""

    def latest(self, types: tuple[str, ...], before: int) -> Entity | None:
        best, best_pos = None, -1
        for e in self.entities:
            pos = max((p for p in e.positions if p < before), default=-1)
            if e.type in types and pos > best_pos and not e.writer:
                best, best_pos = e, pos
        return best

    def latest_person(
        self, pronoun: str, before: int, *, or_clashing: bool = True, skip: Entity | None = None
    ) -> Entity | None:
        """The latest person speaker before ``before`` but ``skip`` whom the article does not give the other
        gender than ``pronoun``'s ("she" skips a Mr. Anderson); with ``or_clashing``, the latest person at all
        when every one clashes."""
        want = PRONOUN_GENDER.get(pronoun)
        people = [
            e
            for e in self.entities
            if e.type == "person" and not e.writer and e is not skip and any(p < before for p in e.positions)
        ]
        people.sort(key=lambda e: max(p for p in e.positions if p < before), reverse=True)
        for e in people:
            if want is None or self.gender(e) in (None, want):
                return e
        return people[0] if people and or_clashing else None

    def latest_named(
        self, pronoun: str, before: int, *, sentences: int | None = LATEST_NAMED_SENTENCES
    ) -> Entity | None:
        """The person the text names last before ``before``, outside quotations and within the last ``sentences``
        sentences (None: anywhere before, and then only of the gender of a first name), whom the article gives a
        gender (``pronoun``'s, if it has one): the antecedent of a "he" whose referent has not spoken yet. A surname
        alone counts once the article gave the full name ("Hillary Clinton … Clinton has been asked …"), and within
        ``sentences`` even when the article gives no gender ("Sen. Kelly Ayotte … But Ayotte isn't interested"):
        the full name made it a person's. Otherwise requiring a known gender keeps out places and firms that look
        like names ("Aral Sea", "Henry Realty")."""
        want = PRONOUN_GENDER.get(pronoun)
        since = self.sentence_start(before, sentences) if sentences is not None else 0
        for run in reversed(self.name_runs):
            if run.start() < since:
                break
            if run.end() > before or self.quoted(run.start()):
                continue
            words = run.group(0).split()
            while len(words) > 1 and words[0].lower() in SENTENCE_OPENERS:
                words.pop(0)  # "But Ayotte isn't interested."
            name = " ".join(words)
            surname_only = len(words) == 1 and not is_possessive(name)
            if not (personal_run(name) or surname_only):
                continue
            person = self.person_named(name)
            if person is None or (surname_only and not (" " in person.name and person.name.endswith(name))):
                continue
            if sentences is None:
                genders = {first_name_gender(person.name.split()[0], broad=True)} - {None}
            else:
                genders = {self.gender(person), self.name_gender(tuple(person.name.split()))} - {None}
            if genders and (want is None or want in genders) or (surname_only and not genders and sentences):
                return person
        return None

    def referent(self, pronoun: str, position: int) -> Entity | None:
        """Whom the rules take a "he"/"she" at ``position`` to mean: the sentence subject continued, else the
        latest person speaker of no other gender, else a person named who has not spoken (lately, else at all),
        else the latest person speaker at all."""
        return (
            self.recent_subject(pronoun, position)
            or self.named_in_paragraph(pronoun, position)
            or self.latest_person(pronoun, position, or_clashing=False)
            or self.latest_named(pronoun, position)
            # "… between Hillary Clinton and Donald Trump. His instincts are as rash as hers are cautious. … She says
            # he is unqualified. He says she is unfit": the last one named of that gender, however far back
            or self.latest_named(pronoun, position, sentences=None)
            or self.latest_person(pronoun, position)
        )

    def named_in_paragraph(self, pronoun: str, position: int) -> Entity | None:
        """The one person named in the narrative of this paragraph before ``position`` ("At the news conference,
        reporters pressed Etchegaray on that point. Asked …, he said") or, when this paragraph names no one, in the
        first sentence of a quote-free paragraph just before it (not after a preposition or a verb, nor dead); of the
        pronoun's gender by first name or having spoken already, when the latest person speaker last spoke in an
        earlier paragraph; None otherwise."""
        want = PRONOUN_GENDER.get(pronoun)
        paragraph = self.text.rfind("\n", 0, position) + 1
        runs = self.narrative_runs(paragraph, position)
        latest = self.latest_person(pronoun, position)
        if not runs and (before := self.narrative_paragraph_before(paragraph)) is not None:
            # "Long-time supporter Graham ‘Stumpy’ Lowe, 71, has not missed a game since 1985." then "‘…,’ he said":
            # a paragraph that names someone and quotes no one introduces the next one's speaker: one named in its
            # first sentence, not after a preposition ("founded in 1920 by Thomas Brown") nor dead ("Last year cyclist
            # David Green was killed at the junction.")
            first_end = (
                self.sentence_starts[self.sentence_index(before) + 1]
                if self.sentence_index(before) + 1 < len(self.sentence_starts)
                else paragraph
            )
            if _DEATH.search(self.text, before, first_end):
                return None
            runs = [
                r
                for r in self.narrative_runs(before, min(first_end, paragraph))
                if not self.after_preposition(r.start())
                and not _VERB_BEFORE.search(self.text, before, r.start())  # "Officers arrested Daniel Reyes"
            ]
            paragraph = before
        if want is None or (latest is not None and max(p for p in latest.positions if p < position) >= paragraph):
            return None
        if latest is not None and surname_key(latest.name.split()) in {
            surname_key(word_tokens(r.group(0))) for r in runs
        }:
            return None  # the latest speaker named again ("Mr. Ryan"): the paragraph goes on about them
        known, named = len(self.entities), {}
        pronoun_at = _PERSONAL_PRONOUN.search(self.text, paragraph, position)
        for run in runs:
            if any(start <= run.start() < end for start, end in self.contents):
                continue  # spoken of in a quote: "People like Scott, he said."
            if pronoun_at and pronoun_at.end() <= run.start():
                named = {}  # "He visited Prime Minister Benjamin Netanyahu …, where he": the pronoun goes on
                break
            owner = is_possessive(run.group(0).strip())
            if owner and not self.owner_as_subject(run):
                continue  # "As for RT's political bent, he said", "Harris's son, Michael Harris,": spoken of
            person = self.person_named(without_possessive(run.group(0).strip()) if owner else run.group(0))
            if owner and (person is None or not person.positions):
                continue
            if person is not None and (
                person.positions or first_name_gender(person.name.split()[0], broad=person.role is not None)
            ):
                named[person.name] = person  # not "Falcons" of the club "Derwent Falcons", which no first name opens
        person = next(iter(named.values())) if len(named) == 1 else None
        # A first name of the pronoun's gender (the curated list: the birth records also name places, "Virginia"), or
        # else having spoken already, keeps out things named like people ("Fair Sentencing Act", "Only European").
        first_word = person.name.split()[0] if person is not None else ""
        # With a title before it ("Colonel Edgar Salas Rivera") the birth records may tell too: it is a person's name.
        first = first_name_gender(first_word, broad=person is not None and person.role is not None)
        if (
            person is None
            or " " not in person.name
            or first_word.lower() in _NOT_FIRST_NAMES  # "Virginia Tech"
            or not (first == want or (first is None and person.positions and self.gender(person) in (None, want)))
        ):
            person = None
        self.entities[known:] = [e for e in self.entities[known:] if e is person]  # no one else made on the way
        return person

    def owner_as_subject(self, run: re.Match) -> bool:
        """Whether a possessive name run may be what its sentence goes on about: no preposition before it, and what it
        owns (the first or second word after it) is no person: "(Even in the House,) Mr. Ryan's ideas have met with
        resistance", not "Asked about Albanese's plan" nor "Harris's son"."""
        following = _OWNED.match(self.text, run.end())
        owned = following.group(1) if following else ""
        return not self.after_preposition(run.start()) and owned not in PERSON_NOUNS | DEPENDANT_HEADS | KIN_WORDS

    def teller(self, mention: Span) -> Span | None:
        """The name or pronoun right before "told" when ``mention`` is the one told ("Mr Crossan told " before "Judge
        Patricia Kerr"), not quoted and not replying ("told Jones, who replied"); None otherwise."""
        m = _TELLER.search(self.text, max(0, mention.start - 60), mention.start)
        if m is None or self.quoted(mention.start) or _REPLYING.match(self.text, mention.end):
            return None
        start = m.start(1)
        words = m.group(1).split()
        while words and (
            words[0].lower() in SENTENCE_OPENERS | WEEKDAYS | CALENDAR_WORDS | _TIME_OPENERS or words[0].endswith("ly")
        ):
            start = self.text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end(1)
            words = words[1:]  # "On Monday Smith told": the time is no teller
        return Span(self.text[start : m.end(1)], start, m.end(1)) if words else None

    def narrative_runs(self, start: int, end: int) -> list[re.Match]:
        """The name runs between ``start`` and ``end`` outside quotation marks."""
        runs = self.name_runs[bisect.bisect_left(self.run_starts, start) : bisect.bisect_left(self.run_starts, end)]
        return [run for run in runs if run.end() <= end and not self.quoted(run.start())]

    def narrative_paragraph_before(self, paragraph: int) -> int | None:
        """The start of the paragraph before the one starting at ``paragraph`` when it quotes no one (no quotation
        marks, no quote found in it); else None."""
        if paragraph < 2:
            return None
        end = len(self.text[:paragraph].rstrip())
        start = self.text.rfind("\n", 0, end) + 1
        if start >= end or _QUOTATION_MARK.search(NICKNAME.sub("", self.text[start:end])):  # not "Graham ‘Stumpy’ Lowe"
            return None
        if any(s < end and start < e for s, e in self.contents):
            return None
        return start

    def unnamed_source_just_quoted(self, pronoun: str, position: int) -> Entity | None:
        """The unnamed source a "he"/"she" at ``position`` continues: one quoted in this sentence or the one before
        (counted from the first sentence of a quotation the pronoun closes), in the same paragraph or the one it opens,
        with no person speaking or named since, whose description gives no other gender ("a spokeswoman" is no "he").
        None otherwise."""
        source = self.latest(("anonymous",), position)
        if source is None:
            return None
        spoke = max(p for p in source.positions if p < position)
        # Besides the usual heads, a source of any kind whose anonymity the text grants: "An engineer employed by the
        # municipality, who spoke on condition of anonymity".
        # "A customer-support employee said … “…,” she said": one described by their job, too, unless they asked
        # and the "she" answers ("A reporter asked … she replied", "one questioner claimed").
        described = (
            source.head in PERSON_NOUNS
            and source.head not in PERSON_ROLE_HEADS | _ASKERS
            and not _QUESTION_CUE.search(self.text_after(self.mention_ends.get(spoke, spoke), 120))
        )
        if source.head not in _UNNAMED_HEADS and not described and not self.granted_anonymity(spoke):
            return None
        # Counted from the quotation the pronoun closes ("“We are tired. What we need is more hands,” she said"): its
        # sentences are one report.
        since = self.sentence_start(self.quotation_closed_by(position), 1)
        if spoke < since:
            return None
        opens_next = not self.text[_line_end(self.text, spoke) : position].strip()  # "…”.\n\nShe said …"
        if not (self.same_or_quoting_paragraph(spoke, position) or opens_next):
            return None
        person = self.latest_person(pronoun, position)
        if person is not None and max(p for p in person.positions if p < position) > spoke:
            return None
        since_mention = self.mention_ends.get(spoke, spoke)  # "A spokeswoman for Wexcombe Homes" names no one else
        if any(
            since_mention <= m.start() < position and not self.quoted(m.start()) and personal_run(m.group(0))
            for m in self.name_runs
        ):
            return None  # "… but Mayor John Smith disagreed. “…,” he said": the person named since
        for m in _DEFINITE_PERSON.finditer(self.text, since_mention, position):
            head = m.group(1).lower()
            if (
                head in PERSON_NOUNS
                and not self.quoted(m.start())
                and not any(start <= m.start() < end for start, end in self.contents)  # the source's own words
                and _HEAD_GENDER.get(head) in (None, PRONOUN_GENDER.get(pronoun))  # "to find the man": no "she"
            ):
                return None  # "A resident said … The mayor promised help. “…,” he said": the one described since
        head_gender = _HEAD_GENDER.get(source.head or "")
        return source if head_gender in (None, PRONOUN_GENDER.get(pronoun)) else None

    def someone_just_described(self, pronoun: str, position: int) -> Entity | None:
        """The unnamed man or woman this sentence introduces before a "he"/"she" at ``position`` that opens a
        subordinate clause in the narrative ("the home of a 26-year-old Berlin man was raided … after he had posted"),
        when the sentence names or describes no one else before the pronoun ("Trump met a man in Iowa, after he …" is
        Trump)."""
        if self.quoted(position) or not _SUBORDINATOR_BEFORE.search(self.text, max(0, position - 12), position):
            return None  # "A man in his 40s was arrested, he said", "As a woman in politics, she said": the speaker's
        start = self.sentence_start(position)
        found = [
            m
            for m in _SOMEONE_DESCRIBED.finditer(self.text, start, position)
            if _HEAD_GENDER.get(m.group(2).lower()) == PRONOUN_GENDER.get(pronoun) and not self.quoted(m.start())
        ]
        if not found:
            return None
        described = found[-1]
        before, after = self.text[start : described.start()], self.text[described.end() : position]
        # Anyone else the sentence may mean: a capitalised word ("Merkel greeted a woman", "a man from Limerick"; not
        # "In September"), someone described ("The senator greeted a man") or spoken of ("He met a man").
        capitalised = [
            w
            for w in word_tokens(before + " " + after)
            if w[:1].isupper() and w.lower() not in SENTENCE_OPENERS | DETERMINERS | CALENDAR_WORDS
        ]
        someone = any(
            m.group(1).lower() in PERSON_NOUNS for m in _DEFINITE_PERSON.finditer(before + " " + after)
        ) or re.search(rf"\b(?i:{pronoun}|{_POSSESSIVE_OF[pronoun]})\b", before)
        previous = self.sentence_start(start, 1)
        named_before = any(previous <= m.start() < start and personal_run(m.group(0)) for m in self.name_runs)
        if capitalised or someone or named_before or "\n" in after:
            return None  # "Justin Trudeau visited the factory. A man asked about tariffs, and after he said …"
        return self.known_or_new(described.group(1), "anonymous", head=described.group(2).lower())

    def quotation_closed_by(self, position: int) -> int:
        """Where the quotation that ends right before ``position`` begins ("“…,” she said"), else ``position``."""
        if not _AFTER_QUOTATION.search(self.text, max(0, position - 4), position):
            return position
        k = bisect.bisect_left(self.quoted_ranges, (position, 0)) - 1
        return self.quoted_ranges[k][0] if k >= 0 and position - self.quoted_ranges[k][1] <= 4 else position

    def granted_anonymity(self, mention_start: int) -> bool:
        """Whether the source mentioned at ``mention_start`` is followed, within 150 characters of its paragraph, by
        an aside on why it is unnamed (the aside may lie inside the mention as the model marked it)."""
        end = self.mention_ends.get(mention_start, mention_start)
        line_end = self.text.find("\n", end)
        limit = min(end + 150, len(self.text) if line_end < 0 else line_end)
        return bool(_GRANTED_ANONYMITY.search(self.text, mention_start, limit))

    def same_or_quoting_paragraph(self, earlier: int, position: int) -> bool:
        """Whether ``position`` is in the paragraph of ``earlier``, or in the next one when that opens with a
        quotation ("… said the judgment would hurt investors.\n“You'll see …,” he said.")."""
        between = self.text[earlier:position]
        if "\n" not in between:
            return True
        paragraph = between[between.index("\n") :].lstrip("\r\n")
        return "\n" not in paragraph and paragraph[:1] in OPENING_MARKS | STRAIGHT_MARKS

    def recent_subject(self, pronoun: str, position: int) -> Entity | None:
        """The person who opens this sentence or the one before ("Trump has record low support … He recently
        pitched …") when named after the latest person speaker was; None otherwise. News keeps the sentence
        subject in focus, and a pronoun most often continues it."""
        starts = self.sentence_starts
        k = self.sentence_index(position)
        latest = self.latest_person(pronoun, position)
        latest_pos = max((p for p in latest.positions if p < position), default=-1) if latest else -1
        want = PRONOUN_GENDER.get(pronoun)
        for start in reversed(starts[max(0, k - 1) : k + 1]):
            if start <= latest_pos:
                return None
            m = SUBJECT.match(self.text, start)
            opening = m.end() if m else -1
            if m and (fronted := _FRONTED_PHRASE.match(self.text, opening)):
                opening = fronted.end()  # "As the Sula noses into Ardmhor, Strachan gathers her bag."
            run = self.run_at(opening, position) if m else None
            # "Its chief executive, Trond Halvorsen-Lie, was more outspoken.": the name closes a role's apposition
            if (
                m
                and (role := _ROLE_BEFORE_NAME.match(self.text, opening))
                and (apposed := self.run_at(role.end(), position))
            ):
                run = apposed if self.text.startswith(",", apposed.end()) else run
            if run is None or self.quoted(run.start()) or not self.sentence_opening_name(run.group(0)):
                continue  # a name opening a quotation is what the speaker talks about ("“Cruz is our best …,” he says")
            person = self.person_named(run.group(0))
            known = person is not None and (looks_like_person(run.group(0)) or " " in person.name)  # "Trump"
            if known and self.gender(person) in (None, want):
                return person
        return None

    def named_next(self, position: int) -> Entity | None:
        """The person whose full name opens the paragraph after the one holding ``position``, when no one is named
        before ``position`` (a lede's "… the state's health commissioner said on Monday." then "Dr. Aminu Sani Gwarzo
        said …"); else None."""
        paragraph_end = self.text.find("\n", position)
        earlier = self.name_runs[: bisect.bisect_left(self.run_starts, position)]
        if paragraph_end < 0 or any(personal_run(r.group(0)) for r in earlier):
            return None
        run = self.run_at(_SPACE.match(self.text, paragraph_end).end(), len(self.text))
        if run is None or " " not in run.group(0).strip() or not personal_run(run.group(0)):
            return None
        return self.person_named(run.group(0))

    def run_at(self, start: int, end: int) -> re.Match | None:
        """The name run beginning at ``start`` and ending by ``end``, if any."""
        k = bisect.bisect_left(self.run_starts, start)
        run = self.name_runs[k] if k < len(self.name_runs) and self.run_starts[k] == start else None
        return run if run is not None and run.end() <= end else None

    def plural_subject(self, position: int) -> Entity | None:
        """The people a "they" at ``position`` continues: the plural subject opening this sentence, its first
        clause or the sentence before ("As Republicans scrambled to raise cash, they proposed …", "Workers
        objected … They also said"), when it comes after the latest plural speaker; None otherwise."""
        latest = self.latest(("group", "organization", "anonymous"), position)
        latest_pos = max((p for p in latest.positions if p < position), default=-1) if latest else -1
        k = self.sentence_index(position)
        for start in reversed(self.sentence_starts[max(0, k - 1) : k + 1]):
            if start <= latest_pos:
                return None
            end = position if start == self.sentence_starts[k] else self.sentence_starts[k]
            if self.quoted(start):
                continue
            fronted = _FRONTED_PHRASE.match(self.text, start)
            placed = fronted and fronted.group(0).split()[0].lower() in PREPOSITIONS | _PLACE_PREPOSITIONS
            # "Outside the dam, women from nearby ejidos cooked …"; "As Republicans scrambled …, they" keeps its clause
            subject = _opening_subject(self.text, fronted.end(), end) if placed else None
            subject = subject or _opening_subject(self.text, start, end)
            if subject is None or (
                subject.text.split()[0].lower() in PREPOSITIONS and self.text[subject.end : subject.end + 1] == ","
            ):
                continue  # nor the fronted phrase itself: "For nearly 40 hours, they spoke" (but "About 200 workers")
            if " " not in subject.text and self.used_lowercase(subject.text):
                return self.known_or_new(subject.text.lower(), "group")  # "Workers objected": capitalised as first
            known = len(self.entities)
            entity = self.resolve(subject)
            if entity is not None and entity.type == "group":
                return entity
            del self.entities[known:]  # a person or a thing: no "they", and nothing made
        return None

    def opens_clause(self, position: int) -> bool:
        """Whether ``position`` opens its sentence, or follows the comma of a fronted phrase that does ("In an
        interview with reporter Sam Reed, ⟨Tran⟩ discussed …")."""
        if position in self.sentence_openers:
            return True
        start = self.sentence_start(position)
        return _FRONTED_PHRASE.fullmatch(self.text, start, position) is not None

    def previous_narrative_sentence(self, position: int) -> int:
        """Where the sentence before the one at ``position`` starts, passing over sentences wholly inside a quotation
        (at most three): before "The 31-year-old said …" it is "“I've been fighting …,” he said.", not the quotation's
        last sentence."""
        k = j = self.sentence_index(position) - 1
        while j > max(0, k - 3):
            start, end = self.sentence_starts[j], self.sentence_starts[j + 1]
            body = self.text[start:end].rstrip()
            if not (body and self.within_one_quotation(start + 1, start + len(body) - 2)):
                break
            j -= 1
        return self.sentence_starts[max(0, j)]

    def source_at(self, position: int) -> bool:
        """Whether ``position`` lies in a source mention resolved so far."""
        return any(start <= position < end for start, end in self.mention_ends.items())

    def within_one_quotation(self, first: int, last: int) -> bool:
        """Whether one quotation holds every position from ``first`` to ``last`` (not "“A,” he said, “B.”")."""
        k = bisect.bisect_right(self.quoted_ranges, (first, math.inf)) - 1
        return k >= 0 and self.quoted_ranges[k][0] <= first and last < self.quoted_ranges[k][1]

    def group_just_quoted(self, position: int) -> Entity | None:
        """The latest group speaker when it spoke in this sentence or the one before, in the same paragraph."""
        latest = self.latest(("group",), position)
        if latest is None:
            return None
        spoke = max(p for p in latest.positions if p < position)
        since = self.sentence_start(position, 1)
        return latest if spoke >= since and "\n" not in self.text[spoke:position] else None

    def gender(self, e: Entity) -> str | None:
        """ "m", "f" or None, from the article alone: gendered words in the role or just before the surname
        (Mr., Congresswoman) and the first "he" or "she" after each mention, in its sentence."""
        if e.name not in self.genders:
            votes = {"m": 0, "f": 0}
            for word in (e.role or "").lower().split():
                if word in GENDERED_WORDS:
                    votes[GENDERED_WORDS[word]] += 2
            name = [w for w in e.name.split() if w.lower() not in NAME_SUFFIXES] or e.name.split()
            # "Mr Daly" is not his mother Bernadette Daly: a surname two people bear votes only in full
            written = " ".join(name) if self.surname_shared(name) else name[-1]
            self.genders[e.name] = majority_gender(self.gender_votes(written, with_first_name_vote(name, votes)))
        return self.genders[e.name]

    def latest_in_sentence(self, position: int) -> Entity | None:
        """The speaker mentioned last before ``position`` in the same sentence, or None."""
        best, best_pos = None, self.sentence_start(position) - 1
        for e in self.entities:
            for p in e.positions:
                if best_pos < p < position:
                    best, best_pos = e, p
        return best

    def coordinated_relative(self, position: int) -> Span | None:
        """The relative pronoun that the one at ``position`` is coordinated with ("…, whom Bush appointed envoy, and
        who"), earlier in its sentence: both clauses are about one antecedent. None when "and who" follows none."""
        before = self.text_before(position, 300)
        if not _AND_BEFORE.search(before):
            return None
        earlier = list(_RELATIVE_WORD.finditer(before))
        if not earlier:
            return None
        m = earlier[-1]
        start = position - len(before) + m.start()
        return Span(m.group(0), start, start + len(m.group(0)))

    def relative_clause(self, position: int) -> str | None:
        """The relative clause opening at ``position`` up to the end of the quote it reports ("who felt ⟦abandoned by
        the Orange Revolution⟧"), else up to a punctuation mark; None when neither comes within 100 characters."""
        clause = _RELATIVE_CLAUSE.match(self.text, position)
        if clause is None:
            return None
        ends = [end for start, end in self.contents if position < start < clause.end() and end - position <= 150]
        return self.text[position : min(ends)].strip() if ends else clause.group(0).strip()

    def relative_antecedent(self, position: int) -> Entity | None:
        """The noun phrase just before a relative pronoun when it is not a name: "cities that", "wealthy
        Chinese citizens who"; an indefinite apposition stands for the name before it ("Heather Samuelson,
        a Clinton aide who"), and so does a predicate ("Kaine is a lawyer who"). None when a name comes
        right before (``preceding_name`` handles it)."""
        sentence = self.text_before(position, 200)
        if (m := _NAME_BEFORE_JOB.search(sentence)) and _job_phrase(m.group(2)):
            if (person := self.person_named(m.group(1))) is not None:
                return person
        # "Heather Samuelson, a Clinton aide who", "Kaine is a former civil rights lawyer who".
        if m := _NAME_BEFORE_PREDICATE.search(sentence):
            if (person := self.person_named(m.group(1))) is not None:
                return person
        if (m := _NAME_OF_PLACE_BEFORE_PREDICATE.search(sentence)) and m.group(2).lower() in COUNTRIES:
            if (person := self.person_named(m.group(1))) is not None:
                return person
        words = word_tokens(sentence)
        while words and not words[-1][:1].isalnum():
            words.pop()
        phrase: list[str] = []
        while words and words[-1][:1].isalnum() and words[-1].lower() not in NOT_IN_NOUN_PHRASE:
            if words[-1].endswith(("ed", "ing")) and words[-1].islower() and phrase:
                break  # a verb before the phrase ("visited cities", "echoing security experts")
            phrase.insert(0, words.pop())
            if phrase[0].lower() in DETERMINERS:
                break
        restrictive = not self.text[max(0, position - 2) : position].rstrip(" \t").endswith(",")
        if restrictive and [w.lower() for w in phrase] in _BARE_RELATIVE_HEADS:
            # "those who felt abandoned by the Orange Revolution": the clause says who they are, so it stays
            if clause := self.relative_clause(position):
                return self.known_or_new(f"{' '.join(phrase)} {clause}", "group", head="people")
        if self.text[position : position + 3].lower() == "who" and (m := _DEFINED_PLURAL.search(sentence)):
            plural = m.group(1).lower()  # "superdelegates, the party leaders who": the plural the apposition defines
            return self.described([plural], [plural], position)
        owned = [w for w in phrase if w.lower() != "own"]  # "his own supporters, who"
        if (dependants := self.dependants(owned, position)) is not None:
            return dependants
        content = [w for w in phrase if w.lower() not in DETERMINERS]
        if not content or is_capitalised(content[-1]):
            return None
        # "the Northstar Health Foundation, a Minneapolis-based charity, which": the body named before the apposition
        apposed = _CLOSED_APPOSITION.search(self.text, max(0, position - 200), position)
        if apposed and _names_a_body(apposed.group(1)) and (body := self.body_before_apposition(apposed.start(1))):
            return body
        return self.described([w.lower() for w in phrase], content, position)

    def pronoun_of(self, m: re.Match, mention: Span) -> Entity | None:
        """Whom the pronoun that ``m`` (a match over ``mention.text``) holds in its first group means."""
        return self.resolve(Span(m.group(1), mention.start + m.start(1), mention.start + m.end(1)))

    def antecedent(self, position: int) -> Entity | None:
        """The person the learned model links the pronoun at ``position`` to, if it chose one."""
        chosen = self.choices.get(position)
        if chosen is None:
            return None
        for e in self.entities:
            if chosen[0] in e.positions:
                return e if e.type == "person" and not e.writer else None
        return self.person_named(self.text[chosen[0] : chosen[1]])


_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near"})

_PLAIN_GENDERED = {"man": "m", "woman": "f"}  # "a woman in the crowd said … he said" is someone else
_HEAD_GENDER = GENDERED_WORDS | _PLAIN_GENDERED

# A phrase fronted before a sentence's subject: "In an interview with reporter Sam Reed, ", "After the meeting, ".
_FRONTED_PHRASE = re.compile(
    r"(?:In|At|After|Before|During|Speaking|Asked|On|Later|Earlier|Since|Following|Ahead\s+of|Outside|Inside|Near"
    r"|As|When|While)\b[^,.;\n]{0,80},[ \t]+"
)

# An aside right after a source on why it is unnamed: ", who spoke on condition of anonymity", ", speaking anonymously".
_GRANTED_ANONYMITY = re.compile(rf",\s+{ANONYMITY_ASIDE}", re.IGNORECASE)
# Heads of the unnamed people a pronoun may continue: "a spokeswoman", "the official", "a man in the crowd".
_UNNAMED_HEADS = ANONYMOUS_HEADS | {"spokesman", "spokeswoman", *_PLAIN_GENDERED}

# Who told the one a mention names: "Mr Crossan told " before "Judge Patricia Kerr", "she told " before "reporters".
_TELLER = re.compile(
    latin_classes(
        r"(?<![\w.'’-])((?:(?:[A-Z][a-z]{0,3}\.|[A-Z]\.|[A-Z][\w'’-]*)[ \t]+){0,3}[A-Z][\w'’-]*|[Hh]e|[Ss]he)"
        r"[ \t]+(?:told|assured|reminded)[ \t]+$"
    )
)  # a full stop only after an honorific or an initial ("Mr. Smith", "John F. Smith"), so no "Friday. He"
_TIME_OPENERS = frozenset("yesterday today tonight earlier later meanwhile afterwards afterward instead".split())
_REPLYING = re.compile(r",?[ \t]+who[ \t]+(?:replied|responded|answered|said|retorted)\b")

_QUOTATION_MARK = re.compile(r"[\"“”«»‘]|(?<!\w)'(?=\w)")  # opening marks; "’" and "'" inside words are apostrophes

# A verb before a name in its sentence makes the name its object: "Officers arrested ", "Paramedics took ".
_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]+ed|took|sent|told|met|saw|hit|found|gave|brought|drove|shot|left|caught|beat|won|lost)\b"
)
_DEATH = re.compile(r"\b(?:killed|died|dead|death|murdered|funeral)\b")  # the dead say nothing new

_BARE_RELATIVE_HEADS = (["those"], ["some"], ["people"])  # heads that say who only with their clause
_RELATIVE_CLAUSE = re.compile(r"(?:who|that)\b[^,.;:!?\n\"“”]{1,100}(?=[,.;:!?\n\"“”])")
# A lower-case plural, then an apposition that says what it is, ending before a relative pronoun: "from superdelegates,
# the party leaders ", "superdelegates, or party leaders ".
_DEFINED_PLURAL = re.compile(r"\b([a-z][a-z-]*[a-z]s),[ \t]+(?:or|the)[ \t]+(?:[\w-]+[ \t]+){0,5}?[\w-]+[ \t]*$")
_AND_BEFORE = re.compile(r"(?:,|[ \t][-–—]+)?[ \t]+(?:and|but)[ \t]+$")  # "…, and who", "… - and who"
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which)\b")
# An apposition closed by a comma right before a relative pronoun: ", a Minneapolis-based charity, " (group 1).
_CLOSED_APPOSITION = re.compile(r",[ \t]+((?:an?|the)[ \t][^,.;\n]{1,80}),[ \t]*$")

# A role in apposition before the name that is the sentence's subject: "Its chief executive, ", "The chairman of the
# board (PCCB), ", "Its secretary, the former fast bowler ".
_ROLE_BEFORE_NAME = re.compile(r"(?:Its|Their|His|Her|The)\s[^,.\n\"“”]{1,80},\s+(?:the\s+(?:[a-z-]+\s+){1,4})?")


def _opening_subject(text: str, start: int, end: int) -> Span | None:
    """The noun phrase opening ``text[start:end]`` after clause openers ("As", "But"), up to its verb: at most
    five words, none a comma, ending in a plural ("Republicans", "Soviet expatriates") or "A and B"."""
    tokens = list(re.finditer(r"[\w'’.-]+|,", text[start:end]))
    i = 0
    while i < len(tokens) and tokens[i].group(0).lower() in CLAUSE_OPENERS:
        i += 1
    j = i
    while j < len(tokens) and tokens[j].group(0) != "," and not _looks_like_verb(tokens[j].group(0)):
        j += 1
    words = [t.group(0) for t in tokens[i:j]]
    joined = "and" in words
    # Two people named with their titles take more words: "Sen. Marco Rubio and former Gov. Jeb Bush have …".
    if j == i or j == len(tokens) or j - i > (10 if joined else 5) or {"which", "whom", "who"} & set(words):
        return None  # nor a relative clause's subject: "The ways in which Clinton and Trump will run …"
    head = words[-1].lower()
    plural = head.endswith("s") and not head.endswith("ss") and len(head) > 3 and head not in NOT_PLURAL
    # A pronoun may lead a pair ("He and his partner came …, because they"), never stand for the plural itself.
    pronouns = [k for k, w in enumerate(words) if w.lower() in PRONOUNS_PLURAL | PRONOUNS_PERSON]
    if not (plural or joined) or (pronouns and not (joined and pronouns == [0] and words[1] == "and")):
        return None
    return Span.of(text, start + tokens[i].start(), start + tokens[j - 1].end())


def _looks_like_verb(word: str) -> bool:
    return word.islower() and (word in SUBJECT_VERBS or (word.endswith("ed") and len(word) > 3))


def _job_phrase(apposition: str) -> bool:
    """Whether an apposition names a person's job at a body: its head before "of", "at" or "for" is a person noun
    ("the executive director of …", "a professor at …")."""
    words = word_tokens(apposition.lower())
    k = next((k for k, w in enumerate(words) if w in ("of", "at", "for")), 0)
    return k > 1 and words[k - 1] in PERSON_NOUNS


_POSSESSIVE_OF = {"he": "his", "she": "her", "him": "his", "her": "her"}  # of the gendered pronouns
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:after|before|when|because|until|since|while|once)\s+$")
# An unnamed man or woman introduced by a few words: "a 26-year-old Berlin man", "an elderly woman".
_SOMEONE_DESCRIBED = re.compile(r"\b[Aa]n?\s+((?:[\w'’-]+\s+){0,3}?(man|woman))\b")

# What a possessive owns, after at most one modifier: "Mr. Ryan's (budget) ideas".
_OWNED = re.compile(r"\s+(?:[a-z-]+\s+)?([a-z-]+)")

_DEFINITE_PERSON = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\b")  # "The mayor", "the club's manager"

_ASKERS = frozenset({"questioner", "journalist", "reporter", "interviewer"})  # at a news conference, they ask
