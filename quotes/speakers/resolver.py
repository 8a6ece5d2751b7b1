"""Speaker resolution: each quote's source mention becomes one canonical speaker of the article.

Rules over news conventions (titles before names, the fullest name in the article, "the official"
for an anonymous source introduced as "a senior … official", coordinated names as a group) and,
for "he"/"she", an optional learned antecedent chooser (``quotes.antecedent``) that the rules
fall back from when it declines; then a pronoun is the person who opens its sentence or the one
before, else the latest person speaker, skipping people the article gives the other gender. The
word lists and the reading of a single mention live in ``quotes.names``; what the article text itself says of
names (name runs, fullest names, genders) in ``quotes.article_text``.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from ..article_text import INITIALS, ArticleText, majority_gender, personal_run, with_first_name_vote
from ..first_names import first_name_gender, is_first_name
from ..layout import turn_label
from ..names import (
    AGENCY_WORDS,
    ANONYMITY_ASIDE,
    ANONYMOUS_HEADS,
    AUTHOR,
    BODY_NOUNS,
    CALENDAR_WORDS,
    CAMPAIGN_HEADS,
    CLUB_OPENERS,
    CLUB_WORDS,
    COLLECTIVE_NOUNS,
    COLLECTIVE_OPENERS,
    CONJUNCTIONS,
    COORDINATION,
    COUNTRIES,
    DEPENDANT_HEADS,
    DETERMINERS,
    EPITHET_HEADS,
    FIRST_PERSON,
    GENDERED_WORDS,
    GROUP_NOUN,
    HONORIFICS,
    HONOURS,
    ISSUED_MESSAGES,
    KIN_WORDS,
    KNOWN_ORGANISATIONS,
    LEADING_COMPANY_WORDS,
    MESSAGE_NOUNS,
    NAME_PAIR,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAMED_PAIR,
    NATIONALITY_NOUNS,
    NICKNAME,
    NOT_IN_NOUN_PHRASE,
    NOT_PLURAL,
    ORG_WORDS,
    PARENTHETICAL,
    PARTY_TAG,
    PEOPLE_PLURAL_NOUNS,
    PERSON_NOUNS,
    PERSON_ROLE_HEADS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PRONOUN_GENDER,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PRONOUNS_THING,
    RANK_WORDS,
    RELATIVE_PRONOUNS,
    SELF_MENTIONS,
    SENTENCE_OPENERS,
    SHARE,
    SIGNATURE,
    STATE_DEMONYMS,
    SUBJECT,
    SURNAME_ORG_WORDS,
    THEY_THEM,
    TIME_PHRASE,
    TITLE_EXPANSIONS,
    TITLE_WORDS,
    WEEKDAYS,
    core_mention,
    home_after_name,
    is_capitalised,
    is_common_noun,
    is_people_plural,
    is_possessive,
    is_title_word,
    known_organisation,
    looks_like_person,
    message_author,
    nationals,
    organisation_words,
    parties_named,
    role_head,
    spelled_out,
    split_title,
    surname_key,
    without_possessive,
    word_tokens,
)
from ..speaker_gender import person_gender
from ..text import (
    OPENING_MARKS,
    STOP_WORDS,
    STRAIGHT_MARKS,
    body_start,
    clean_name,
    latin_classes,
    quoted_ranges,
    singular,
)
from ..types import Attribution, Gender, GenderBasis, Span, Speaker, SpeakerType


@dataclass
class Entity:
    """A speaker being built: its canonical name, type, role and where it was mentioned."""

    name: str
    type: SpeakerType
    role: str | None = None
    head: str | None = None  # head noun of a described (anonymous or group) source
    introduced: bool = False  # named from its indefinite introduction ("a senior Pentagon official")
    writer: bool = False  # the article's author or a letter's signer: "I", never "he"
    positions: list[int] = field(default_factory=list)
    called: set[str] = field(default_factory=set)  # heads of the descriptions that meant it ("company")


# A name, then the people around its bearer: "Trump and his supporters", "Edwards and others".
_NAME_AND_FOLLOWERS = re.compile(
    latin_classes(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+and\s+((?:his|her|their|other)\b.*|others)")
)
# "Both", "the two", "neither man": the pair named just before.
_THE_PAIR = re.compile(
    r"(?i)(?:both|the two|neither|the pair)"
    r"(?:\s+(?:of them|men|women|parents|candidates|senators|man|woman|candidate))?"
)
_PRONOUN_AND_OTHERS = re.compile(r"(?:[Bb]oth\s+)?([Hh]e|[Ss]he|[Tt]hey)\s+and\s+((?:his|her|their)\b.+)")
_PRONOUN_AND_NAME = re.compile(latin_classes(r"(?:[Bb]oth\s+)?([Hh]e|[Ss]he|[Hh]im|[Hh]er)\s+and\s+(.*[A-Z].*)"))
POLL_NOUNS = ("poll", "survey")
AD_NOUNS = ("ad", "advertisement", "video", "clip", "spot", "commercial")
_AMONG_OTHERS = re.compile(r",?\s+among\s+others$")
# A plural description the named people of a list are introduced by: "Two objectors, …", "the plaintiffs, …".
_LIST_INTRO = re.compile(
    r"^(?:(?i:the|both|two|three|four|five)\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s,\s+(?=[A-Z][^,]*\sand\s+[A-Z])"
)
# Ranks that make another office: a "vice presidential nominee" is no "presidential nominee". ("Former" is not
# one: "the governor" may point back to "former Gov. Jeb Bush".)
OFFICE_RANKS = RANK_WORDS - {"former"}
# Words after a description's head: "critics of", "members who", "shop owners along the boulevard".
PHRASE_OPENERS = (
    PREPOSITIONS
    | RELATIVE_PRONOUNS
    | frozenset("along across near outside inside around throughout among behind under between against during".split())
)
# A speaker's cue and then whom they speak to: "he told Hannity", "she asked Sen. Graham".
_TOLD = re.compile(
    latin_classes(r"\s+(?:told|asked|assured|reminded|warned|urged)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)")
)
# Whom someone works or lives beside: "her manager", "his neighbour" are someone else, never the one whose.
_RELATION_HEADS = frozenset(
    "manager boss supervisor colleague colleagues coworker co-worker neighbour neighbours neighbor neighbors landlord "
    "landlady tenant tenants teacher coach employer classmate classmates teammate teammates roommate flatmate "
    "housemate partner fiance fiancee fiancé fiancée girlfriend boyfriend".split()
)
# The people named after whom they belong to: "his lawyer", "his daughter", "her manager".
OWNED_PEOPLE = DEPENDANT_HEADS | KIN_WORDS | _RELATION_HEADS
# Words that open a sentence or clause before its subject: "As Republicans scrambled …, they".
CLAUSE_OPENERS = frozenset("as when while after before if although though because since but and so yet still".split())
# Verbs that end a plural subject ("Democrats are acting …", "Workers objected"), besides any "-ed" word.
SUBJECT_VERBS = frozenset(
    "are were have had say said will would could can may might should must do did remain want wept".split()
)
# Descriptions that stand for an organisation of a kind named before: "the kingdom", "the news outlet".
KIND_HEADS = {"kingdom": "state", "country": "state", "nation": "state", "outlet": "media", "newspaper": "media"}
MEDIA_ORG_WORDS = frozenset(
    "news times post journal globe tribune herald gazette cnn fox nbc cbs abc msnbc politico reuters bloomberg".split()
)
# Name words of bodies that are no business: "the company" is never the State Department or CNN.
PUBLIC_BODY_WORDS = AGENCY_WORDS | MEDIA_ORG_WORDS | {"party", "campaign", "committee", "house", "senate", "court"}
# Heads of the names of bodies of members, no business either: "the Migraine Alliance of America", "the Council of
# State" (not "union" or "state", which businesses' names hold: Western Union, State Farm).
MEMBERS_BODY_HEADS = frozenset(
    """council alliance association syndicate federation league coalition chamber foundation institute university
    ministry department commission authority board""".split()
)
# Words that only stress a description, not part of the source's name: "only 49 percent of Republicans".
FOCUS_OPENERS = (("only",), ("even",), ("a", "full"))
# Nouns that count the people after "of": "a quarter of Americans", "22 percent of voters" are those people.
QUANTITY_NOUNS = frozenset({"quarter", "third", "half", "majority", "minority", "lot", "handful", "percent"})
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}  # "the second person familiar with the talks"
# Nouns of people that a participle may follow: "commuters stuck in traffic", "residents living near the plant".
PEOPLE_HEADS = PERSON_NOUNS | PEOPLE_PLURAL_NOUNS | ANONYMOUS_HEADS | frozenset({"people", "persons"})
# Words after a description's head and before its phrase: "a person familiar with the matter", "people close to".
POST_MODIFIERS = frozenset({"familiar", "close", "knowledgeable", "privy", "stuck"})
INDEFINITE_OPENERS = frozenset({"a", "an", "one", "another"})
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
_FIRST_NAME_ALONE = re.compile(latin_classes(r"[A-Z][a-z]+"))  # "his wife, Jane,"
_LIST_ITEM_END = re.compile(latin_classes(r"[A-Z][\w.'’-]*,\s*$"))  # "Oprah Winfrey, Patti LaBelle and …"


class _Resolver(ArticleText):
    """The speakers of one article as its mentions are resolved in text order: the entities made so far and the
    rules that place a mention among them (what the text itself says is in ``ArticleText``)."""

    def __init__(self, text: str, contents: Sequence[tuple[int, int]] = ()) -> None:
        super().__init__(text)
        self.entities: list[Entity] = []
        self.choices: dict[int, tuple[int, int]] = {}  # pronoun start → learned antecedent span
        self.genders: dict[str, str | None] = {}  # person name → "m", "f" or None (see ``gender``)
        self.mention_ends: dict[int, int] = {}  # start → end of each source mention resolved so far
        self._body_names: list[list[str]] | None = None  # organisation names of the name runs, when first needed
        self.contents = contents  # character ranges of the quotes' content, marked or not
        self.run_starts = [m.start() for m in self.name_runs]  # for finding a paragraph's name runs by bisection

    def new(self, name: str, type_: SpeakerType, *, role: str | None = None, head: str | None = None) -> Entity:
        entity = Entity(name, type_, role, head)
        self.entities.append(entity)
        return entity

    def known_or_new(self, name: str, type_: SpeakerType, *, head: str | None = None) -> Entity:
        """The entity of this type and name made earlier in the article, else a new one."""
        for e in self.entities:
            if e.type == type_ and e.name == name:
                return e
        return self.new(name, type_, head=head)

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
        since = self.sentence_starts[max(0, self.sentence_index(before) - sentences)] if sentences is not None else 0
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
        since = self.sentence_starts[max(0, self.sentence_index(self.quotation_closed_by(position)) - 1)]
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
        start = self.sentence_starts[self.sentence_index(position)]
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
        previous = self.sentence_starts[max(0, self.sentence_index(start) - 1)]
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
        start = self.sentence_starts[self.sentence_index(position)]
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
        since = self.sentence_starts[max(0, self.sentence_index(position) - 1)]
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

    def resolve(self, mention: Span, *, says_its: bool = False) -> Entity | None:
        """The entity ``mention`` names; ``says_its`` when its quote speaks of the speaker as "it" ("… said its
        drivers …"), which keeps a lone word that is also a first name ("Mercedes") from being a person."""
        if opener := _RELATIVE_OPENER.match(mention.text):
            # A relative clause tagged as the source ("Vogt, ⟦who attended the ceremony,⟧ said") speaks for the
            # phrase before it, as its pronoun alone does.
            return self.resolve(Span(opener.group(0), mention.start, mention.start + opener.end()))
        if group := self.coordinated(mention.text) or self.two_kinds_of_people(mention.text):
            return group
        if _THE_PAIR.fullmatch(mention.text.strip()) and (
            pair := self.latest_pair(mention.start) or self.last_two_named(mention)
        ):
            return pair
        if m := _PRONOUN_AND_OTHERS.fullmatch(mention.text):
            # "he and his allies", "both she and her husband": whoever the pronoun means, with the others.
            if (lead := self.pronoun_of(m, mention)) is not None:
                return self.known_or_new(f"{lead.name} and {m.group(2)}", "group")
        if m := _PRONOUN_AND_NAME.fullmatch(mention.text.strip(" ,")):
            # "he and House Judiciary Committee Chairman Bob Goodlatte", "both him and Trump": whoever the
            # pronoun means, with the person named.
            if (lead := self.pronoun_of(m, mention)) is not None:
                other = self.person_named(PARENTHETICAL.sub("", PARTY_TAG.sub("", m.group(2))).strip(" ,"))
                if other is not None and other is not lead:
                    return self.known_or_new(f"{lead.name} and {other.name}", "group")
        if (teller := self.teller(mention)) is not None:
            return self.resolve(teller)  # "“…,” Mr Crossan told ⟦Judge⟧ Patricia Kerr": the one told is no source
        if _FRONTED_PREPOSITION.search(self.text, max(0, mention.start - 4), mention.start) and "," in mention.text:
            # "At ⟦Valley Mercy Medical Center in Mesa, emergency physician Dr. Elena Vasquez⟧ said": the model took in
            # where the sentence is set
            rest = mention.text.index(",") + 1
            rest += len(mention.text[rest:]) - len(mention.text[rest:].lstrip())
            if rest < len(mention.text):
                return self.resolve(Span(mention.text[rest:], mention.start + rest, mention.end))
        if (fronted := _OUTSIDE_COURT.match(mention.text) or _COUNSEL.match(mention.text)) and fronted.end() < len(
            mention.text
        ):
            # "⟦Outside court, the co-operative's chairman, Tony Hichens,⟧ said", "⟦Defending, Jago Pascoe⟧ said": the
            # model took in the phrase the sentence opens with
            return self.resolve(Span(mention.text[fronted.end() :], mention.start + fronted.end(), mention.end))
        if _SHARE_ALONE.fullmatch(mention.text.strip(" ,")):
            # "Nearly half said …", "all but two": a share of the people just polled or counted, in this sentence or
            # the one before
            group = self.latest(("group",), mention.start)
            since = self.sentence_starts[max(0, self.sentence_index(mention.start) - 1)]
            if group is not None and max(p for p in group.positions if p < mention.start) >= since:
                return group
        if (share := _SHARE_OF.match(mention.text)) and share.end() < len(mention.text.rstrip(" ,")):
            # "More than half the senators surveyed": a share of a group is a group, named with its share
            rest = Span(mention.text[share.end() :], mention.start + share.end(), mention.end)
            rest_word = rest.text.strip(" ,").lower()
            whole = self.resolve(rest) if rest_word not in DETERMINERS else None
            if whole is not None and whole.type == "group":
                if rest_word in _PLURAL_POINTERS:
                    return whole  # "all but two of them", "nearly half of those"
                name = _STRESSED.sub("", mention.text.strip(" ,"))  # "Only a quarter of Americans": the share
                return self.known_or_new(clean_name(name), "group")
        core, apposition = core_mention(mention.text)
        if (
            apposition
            and core.split()
            and core.split()[-1].lower() in MESSAGE_NOUNS
            and (by := _MADE_BY.match(mention.text, len(core)))
        ):
            # "⟦The letter, organised by the Highland Gaelic Families Network,⟧ states": its maker speaks
            maker = by.group(1).rstrip()
            return self.resolve(Span(maker, mention.start + by.start(1), mention.start + by.start(1) + len(maker)))
        words = word_tokens(TIME_PHRASE.sub("", core))
        if len(words) > 1 and len(words[0]) > 3 and words[0].isupper() and self.used_lowercase(words[0]):
            words[0] = words[0].capitalize()  # a lede's first word in capitals: "PARENTS in Inverness" (not "NATO")
        while len(words) > 1 and words[0].lower() in CONJUNCTIONS | _LEADING_PREPOSITIONS:
            # "While old Iowa political hands", "from the Senate banking committee": the model took in the clause's
            # opening word or the preposition before the source
            words.pop(0)
        while opener := next((o for o in FOCUS_OPENERS if len(words) > len(o) and _starts_with(words, o)), None):
            del words[: len(opener)]
        if len(words) > 1 and words[-1].lower() in ("himself", "herself", "themselves", "itself"):
            words.pop()  # "Sanders himself"
        if words and is_possessive(words[-1]) and len(words) <= 3:  # "Stumpf’s" (testimony)
            words[-1] = without_possessive(words[-1])
        if not words or not words[-1]:
            return None
        lower = [w.lower() for w in words]
        if (
            len(words) > 2
            and lower[-1] == "poll"
            and lower[0] in ("the", "a", "an")
            and (maker := message_author([*words[:-1], "poll"]))
            and (len(maker.split()) > 1 or "/" in maker or "-" in maker)  # not "The Harris Poll", "The Iowa Poll"
            and maker.lower() not in COUNTRIES
        ):
            # "the latest Washington Post-ABC News Poll", capitalised as a title ("U.S. Geological Survey" is a body;
            # "Maria Poll" and "Dr. Poll" are people)
            return self.organization(maker)
        if len(lower) == 1 and lower[0] in _SOME_OF_THEM:
            # "Residents of Lentas were divided. Some said …": some of those residents; "Several farmers said … Some
            # said …": some of the people just quoted.
            if group := self.plural_subject(mention.start) or self.group_just_quoted(mention.start):
                return group
        described_first = words[-1].islower() or lower[0] in INDEFINITE_OPENERS | {"the"}
        if (
            len(words) > 1
            and (lower[0] in ("the", "a", "an") or is_possessive(words[0]))
            and lower[-1] in PERSON_NOUNS
            and (mention.text.rstrip().endswith(",") or self.text.startswith(",", mention.end))
            and (person := self.named_before_apposition(mention.start)) is not None
        ):
            return person  # "Catriona Baird, ⟦the council's education convener,⟧ said": the model took the apposition
        if (
            lower[0] in ("a", "an", "the")
            and "," not in mention.text.rstrip(" ,")  # a description alone, not "the … Fund, a super PAC …"
            and (mention.text.rstrip().endswith(",") or _APPOSITION_GOES_ON.match(self.text, mention.end))
            and _names_a_body(mention.text)
            and (body := self.body_before_apposition(mention.start)) is not None
        ):
            return body  # "The Yorkshire Planning Review, ⟦a trade newsletter,⟧ reported": the same, for a body
        # "The state’s Transport Minister, Alana Fitzroy,": a title, then the name ("Chidi King, the brother of …" is
        # a name)
        opener = mention.text.split()[0]
        titles_only = lower[-1] in TITLE_WORDS and (opener.lower() in DETERMINERS or is_possessive(opener))
        if apposition and (
            described_first or titles_only or (lower[0] in DETERMINERS and not looks_like_person(" ".join(words)))
        ):
            # A description, then a name: "an oversight member, Jim Jordan", "his best friend at Lehigh, Bruce
            # Turry", "The Home Secretary, Eleanor Marsh"; "the Rev. Peter Wherry, of Mayfield …" names its person
            # first, and its apposition no one.
            # "The developer, Coalharbour Living, said … it planned": a body's description, a name with no first name
            # in it, and an "it" for the speaker
            apposed = word_tokens(apposition.strip(" ,"))
            if (
                says_its
                and lower[-1] not in PERSON_NOUNS
                and 0 < len(apposed) <= 4
                and all(map(is_capitalised, apposed))
            ):
                if not first_name_gender(apposed[0], broad=True):
                    return self.organization(" ".join(apposed))
            if (person := self.apposed_person(apposition)) is not None:
                if titles_only and person.role is None:
                    person.role = " ".join(words[1:] if lower[0] in DETERMINERS else words)  # "Transport Minister"
                return person  # "Another RT America host, Abby Martin,"
            first = apposition.strip(" ,")
            if lower[-1] in KIN_WORDS and _FIRST_NAME_ALONE.fullmatch(first):
                # "his wife, Jane,": a relative named by first name alone, with the surname when the text gives
                # it ("Clinton's husband, Bill," is Bill Clinton), before any body a first name unknown to the
                # birth records would be taken for ("Mr Boyle's wife, Grainne,").
                k = next((k for k, w in enumerate(words) if is_possessive(w) and is_capitalised(w)), None)
                # The owner's surname, not a title or a family's plural: "The Queen's husband, Philip,", "Prince
                # Harry's wife, Meghan,", "The Smiths' son, Tom," give no surname.
                owner = None if k is None else without_possessive(words[k])
                before = words[k - 1] if k else (self.text_before(mention.start, 20).split() or [""])[-1]
                if before.lower() in _NO_SURNAME_TITLES_OR_THE or (owner or "").lower() in _NO_SURNAME_TITLES:
                    owner = None  # but "President Trump's son, Eric," is Eric Trump
                if owner and first_name_gender(owner) and not self.written_as_surname(owner):
                    owner = None  # a first name: "Harry's wife, Meghan,", not "Clinton's husband, Bill," of Hillary
                full = [first, owner] if owner else self.first_name_of([first]) or [first]
                return self.known_or_new(" ".join(full), "person")
            if (body := self.apposed_body(apposition)) is not None:
                return body  # "The operator, Meridian Terminals,"
        if (dependants := self.dependants(words, mention.start)) is not None:
            return dependants
        if (
            len(words) <= 4
            and lower[0] == "its"
            and lower[-1] in _BODY_JOBS
            and (body := self.latest(("organization",), mention.start) or self.business_named_before(mention.start))
            and (holder := self.job_holder(lower[-1], body, mention.start))
        ):
            return holder  # "Hollis & Grey … its chief executive said": the one named with that job there
        if (
            lower[0] in POSSESSIVE_PRONOUNS
            and (named := _named_after_possessive(words))
            and (person := self.person_named(named)) is not None
        ):
            return person  # "His neighbour Hem Sreyleak": the one named, not the one whose
        if len(words) <= 4 and lower[0] in POSSESSIVE_PRONOUNS:  # "His website", "their statement"
            if lower[-1] in _LED_BODIES and (body := self.body_led_by(lower[0], lower[-1], mention.start)):
                return body  # "Her ministry said": the ministry the article named, not the minister
            if lower[-1] in _LED_BODIES and lower[0] in ("his", "her"):
                # a minister's, as such: "Deborah Annan's department", one per minister
                leader = self.referent(POSSESSIVE_PRONOUNS[lower[0]], mention.start)
                owned = f"{leader.name}'s {lower[-1]}" if leader else lower[-1]
                return self.known_or_new(owned, "organization", head=lower[-1])
            # "its foreign ministry" speaks for the state "it" is
            lower = [POSSESSIVE_PRONOUNS[lower[0]]]
            words = lower
        if len(words) == 1 and lower[0] in RELATIVE_PRONOUNS:
            if (first := self.coordinated_relative(mention.start)) is not None:
                return self.resolve(first)  # "Slayton, whom Bush appointed …, and who is now supporting Rubio"
            if (described := self.relative_antecedent(mention.start)) is not None:
                return described
            before = self.text[max(0, mention.start - 150) : mention.start]
            pair = NAME_PAIR.search(before)
            # "Tyresha McClenney and Bryan Anderson, who" is both; the tail of a longer list ("Oprah Winfrey,
            # Patti LaBelle and Stevie Wonder, who joked") is read as its last name.
            in_list = pair and _LIST_ITEM_END.search(before[: pair.start()])
            if pair and not in_list and (group := self.coordinated(pair.group(0))):
                return group
            antecedent = self.preceding_name(mention.start)
            if antecedent is not None and (person := self.person_of_place(antecedent)) is not None:
                antecedent = person  # "Alan Berger of New Jersey, who"
            if antecedent is None:
                return self.latest(("person",), mention.start)
            if lower[0] == "which" and (body := self.body_ending_at(antecedent)) is not None:
                return body  # "the U.S. Chamber of Commerce, which", "the island's Government Development Bank, which"
            role, name = split_title(word_tokens(antecedent.group(0)))
            return self.named(name, role, apposition=None) if name else None
        if (
            lower in (["said"], ["says"])
            and _AFTER_QUOTATION.search(self.text, max(0, mention.start - 4), mention.start)
            and (after := _NAME_AFTER_VERB.match(self.text, mention.end))
            and not {w.lower() for w in after.group(1).split()} & CALENDAR_WORDS
        ):
            # The verb taken for its source: "… ,” ⟦said⟧ Jason Gilbert of Cheyenne." (not "said Tuesday")
            return self.resolve(Span(after.group(1), after.start(1), after.end(1)))
        if len(words) == 1 and words[0].islower() and words[0].endswith("ed"):
            # A verb taken for the source ("… but demurred when asked if …"): its subject is the speaker
            # already named in this sentence, if any.
            return self.latest_in_sentence(mention.start)
        if len(words) == 1 and words[0] in ("Q", "A") and self.interview_label(mention):
            # An interview's labels: the questions are the writer's, the answers the person interviewed.
            return self.writer(mention.start) if words[0] == "Q" else self.interviewee(mention.start)
        if len(words) == 1 and lower[0] in FIRST_PERSON and not self.quoted(mention.start):
            label = turn_label(self.text, mention.start) or self.answer_label(mention.start)
            if label is not None and label.text.lower() not in FIRST_PERSON:
                return self.resolve(label)  # "AIT OUCHEN: We have heard these reports", "Dana: We paid …"
        narrative = not (self.quoted(mention.start) or self.answer(mention.start))
        if len(words) == 1 and lower[0] in FIRST_PERSON and narrative:
            return self.writer(mention.start)  # "I" in the narrative: the article's own author
        if lower == ["you"] and narrative:
            if self.interview:  # the interviewer's "You thank him for that": the one interviewed
                return self.interviewee(mention.start)
            return self.known_or_new("readers", "group")  # an op-ed's "you may think …": its readers
        if lower[0] in SELF_MENTIONS and len(words) == 1 and self.answer(mention.start):
            return self.interviewee(mention.start)  # "A: Yes, I think …", "A: My body does not know …"
        if len(words) == 1 and lower[0] in PRONOUNS_PERSON:
            if (source := self.unnamed_source_just_quoted(lower[0], mention.start)) is not None:
                return source  # "A spokeswoman for Wexcombe Homes said … ‘…,’ she said."
            if (someone := self.someone_just_described(lower[0], mention.start)) is not None:
                return someone  # "A 29-year-old Berlin woman received probation after she had posted …"
            # The one person this paragraph's narrative names, when the latest speaker spoke before it ("The rescue
            # is led by Colonel Edgar Salas Rivera. He said …"), ahead of the learned antecedent and of the rest of
            # the rules (``referent``).
            chosen = self.named_in_paragraph(lower[0], mention.start) or self.antecedent(mention.start)
            if chosen is None or self.gender(chosen) not in (None, PRONOUN_GENDER.get(lower[0])):
                chosen = self.referent(lower[0], mention.start)
            if chosen is not None and chosen is self.addressee(mention.end):
                # "… he told Hannity": whoever he is, not the one he told.
                chosen = self.latest_person(lower[0], mention.start, skip=chosen)
            if chosen is not None and self.gender(chosen) is None:
                self.genders[chosen.name] = PRONOUN_GENDER.get(lower[0])  # "she said": now known
            return chosen
        if len(words) == 1 and lower[0] in PRONOUNS_PLURAL:
            if lower[0] in ("they", "them") and (person := self.declared_they(mention.start)):
                return person  # "Jordan Lee, who uses they/them pronouns, … They said" (user audit, 2026-12-07)
            if lower[0] in ("they", "them") and (subject := self.plural_subject(mention.start)):
                return subject
            latest = self.latest(("group", "organization", "anonymous"), mention.start)
            if latest is None and lower[0] in ("they", "them") and self.pair_just_described(mention.start):
                return self.latest_pair(mention.start)  # "Tom and Ann Baker … the couple … and they say": the two
            return latest
        if len(words) == 1 and lower[0] in PRONOUNS_THING:
            return self.latest(("organization",), mention.start)
        if _PERCENT_ALONE.fullmatch(mention.text.strip()):
            return self.known_or_new(mention.text.strip(), "group")  # a poll's "53% describe themselves as liberal"
        # "a quarter of Americans" keeps its article: "a quarter" is the count.
        counted = len(lower) > 2 and lower[0] == "a" and lower[1] in QUANTITY_NOUNS and lower[2] == "of"
        # "two liberal Hispanic groups" keep their count; "Two said" is just a count
        counted = counted or len(lower) > 1 and (lower[0] in _COUNTS or lower[0].isdigit())
        content = words[1:] if lower[0] in DETERMINERS and not counted else words
        if lower in (["one"], ["another"]) and apposition and re.match(r"(?:a|an)\s", apposition):
            # "One, a software engineer with six years at the company, said": the one its apposition describes
            described = word_tokens(apposition)
            return self.described([w.lower() for w in described], described[1:], mention.start)
        if not content:  # "Some said …", "one told …": a quantifier alone names its speakers by itself
            return self.known_or_new(" ".join(lower), "anonymous" if lower == ["one"] else "group")
        if len(content) >= 2 and content[-1].lower() in CAMPAIGN_HEADS and all(map(is_capitalised, content[:-1])):
            owner = content[:-1]
            personal = self.names_person(owner) or (len(owner) <= 3 and looks_like_person(" ".join(owner)))
            if len(owner) > 1 and not personal:
                return self.organization(" ".join(content))  # "the Save Our Glen Schools campaign": named in full
            return self.organization(f"{content[-2]} campaign")  # "the Rubio campaign", "the Trump team"
        if (
            any(
                k
                and w in PHRASE_OPENERS
                and (
                    is_common_noun(content[k - 1], k - 1)
                    or content[k - 1] in _JOB_ACRONYMS
                    and not _named_at_end(content)
                )
                for k, w in enumerate(content)
            )
            and not _titled_name_at_end(words)
            or _epithet_from_place(lower, content)
        ):
            # "a tech staffer at the State Department", "officials at Homeland Security Investigations": people
            # described by where they work, not the organisation itself; but "medical officer of health Dr Aroha
            # Tipene" is named. "The Republican from Alabama" is a person described by a place too.
            return self.described(lower, content, mention.start)
        country = STATE_DEMONYMS.get(" ".join(content).lower())
        if lower[0] == "the" and country and re.search(rf"\b{country}\b", self.text):
            return self.organization(country)  # "the Saudis" of an article about Saudi Arabia: its government
        if " ".join(content).lower() in COUNTRIES:  # "the U.S.", "Israel"; but "Jordan" of "Jim Jordan" is a person
            if len(content) > 1 or len(self.fullest_name(content)[1]) == 1:
                return self.organization(" ".join(content))
        if (
            len(content) <= 4
            and is_people_plural(content[-1])
            and all(w[:1].isalpha() for w in content)
            and not _surname_like_a_job(content)
        ):
            # "House Democrats", "conservative Jews", "Muslims": people named by party, faith or kind, as written.
            return self.known_or_new(" ".join(content), "group", head=content[-1].lower())
        if len(content) == 1 and nationals(content[0]) and not self.named_after_capital(content[0]):
            # "Some Germans", "the Swedes": a nation's people; not Claire Danes, nor the Houston Texans
            return self.known_or_new(content[0], "group", head=content[0].lower())
        if len(words) == 1 and (party := _PARTY_MEMBERS.get(words[0])) and _PARTY_MESSAGE.match(self.text, mention.end):
            return self.known_or_new(party, "group", head=party.lower())  # "Republican criticism": Republicans'
        if words == ["State"] and "State Department" in self.text:
            return self.organization("State Department")  # "State initially said", as Washington writes it
        if lower[0] == "the" and len(content) == 1 and lower[1] in NATIONALITY_NOUNS:
            person = self.prominent_person(lower, mention.start, recent_only=True)
            if person is not None and not (self.words_before(person) & NATIONALITY_NOUNS) - {lower[1]}:
                return person  # "the Argentine": the one person the last sentences named, of no other nation
        role, name = self.without_describing_words(*split_title(content))
        if (
            not name
            and content == words
            and len(role) == 1
            and role[0] in _SURNAME_TITLES
            and len(self.fullest_name(role)[1]) > 1
        ):
            role, name = [], role  # "Sheikh" of "Daniyal Raza Sheikh": a surname that is also a title
        whole = organisation_words(content)
        if _firm_joined_by_ampersand(whole):
            return self.organization(" ".join(whole))  # "Hollis & Grey", "Procter & Gamble": a firm's name
        of_body = any(
            w.lower() in ("of", "for") and whole[k - 1].lower() in ORG_WORDS for k, w in enumerate(whole) if k
        )
        if (
            any(w == "of" and whole[k - 1].lower() in _PLACE_BODIES for k, w in enumerate(whole) if k)
            and not _titled(role)
            and not {w.lower() for w in whole} & PERSON_NOUNS
            and not (len(name) > 1 and looks_like_person(" ".join(name)))
        ):
            # "the City of Lethbridge"; not "Mayor of the City of …" nor "Town of Cary Police Chief Terry Sult"
            return self.organization(" ".join(whole))
        named_the_spanish_way = bool(role) and role[0].lower() in LEADING_COMPANY_WORDS  # "Minera Andes del Sur"
        if lower[0] == "the" and len(name) == 1 and name == content and name[0].lower() in SURNAME_ORG_WORDS:
            return self.organization(name[0])  # "The Guardian said", though the article names Mayor Don Guardian
        org_word_in_name = bool(name and {w.lower() for w in name} & ORG_WORDS) and not _person_with_org_surname(
            name if len(name) > 1 else self.given_name_before(name[0])
        )
        if not _titled(role) and (of_body or named_the_spanish_way or org_word_in_name):  # not "Mayor Don Guardian"
            name = whole
            if len(name) == 1 and name[0].isupper() and len(content) > 1 and content[-2].islower():
                return self.organization(" ".join(content))  # "a pro-Rubio super PAC": described, not named
        elif not name and whole == content and {w.lower() for w in whole} & ORG_WORDS:
            return self.organization(" ".join(whole))  # "the White House": all title words, still a body
        elif (
            name
            and len(whole) > len(name)
            and any(w == "for" or w == "of" and _plural_people(whole[k - 1]) for k, w in enumerate(whole[1:-1], 1))
        ):
            # "Americans for Prosperity", "Concerned Veterans for America", "Communications Workers of America"
            return self.organization(" ".join(whole))
        if (
            name
            and apposition
            and _names_a_body(apposition)
            and not {w.lower() for w in word_tokens(mention.text.split(",")[0])} & PHRASE_OPENERS
        ):
            # "Kano Water Initiative, a local charity,", "Bòrd na Gàidhlig, the public body …"; not "Marc Dufresne of
            # the Institute, a think tank,"
            return self.organization(" ".join(whole))
        if (
            lower[0] == "the"
            and len(name) == len(content) > 1
            and name[-1].lower() in TITLE_WORDS
            and not {w.lower() for w in name} & ORG_WORDS
            and " ".join(name).lower() not in KNOWN_ORGANISATIONS
        ):
            # "the Privacy Commissioner", "The Vermont Democrat": a title or an epithet, not a name, when the article
            # names a person who fits it; else a name as before ("The Surgeon General said" with no surgeon general
            # named). A newspaper named so ("The Tallahassee Democrat") may be taken for that person.
            known = len(self.entities)
            holder = self.described(lower, content, mention.start)
            if holder is not None and holder.type == "person" and holder.name != " ".join(name):
                return holder
            del self.entities[known:]
        if name:
            return self.named(name, role, apposition=apposition, says_its=says_its)
        return self.described(lower, content, mention.start)

    def named_before_apposition(self, position: int) -> Entity | None:
        """The person whose name opens the sentence right before ``position`` and a comma ("Catriona Baird, " before
        "the council's education convener"); else None."""
        for m in self.name_runs:
            if m.start() in self.sentence_openers and _ONLY_COMMA.fullmatch(self.text, m.end(), position):
                if personal_run(m.group(0)) and not self.quoted(m.start()):
                    return self.person_named(m.group(0))
        return None

    def ends_in_acronym(self, words: list[str]) -> bool:
        """Whether ``words`` are a body's name ending with an acronym the article also writes as a body's, after "the"
        ("Junge SVP" … "the SVP"; not "Nkosazana Dlamini ZUMA")."""
        return _ending_in_acronym(words) and re.search(rf"\b[Tt]he\s+{re.escape(words[-1])}\b", self.text) is not None

    def named_after_capital(self, word: str) -> bool:
        """Whether the article writes ``word`` after a capitalised word that opens no sentence: the end of a name
        ("Claire Danes", "Houston Texans"), not "Some Germans"."""
        return any(
            m.group(1).lower() not in SENTENCE_OPENERS | DETERMINERS
            for m in re.finditer(rf"\b([A-Z][\w.'’-]*)[ \t]+{re.escape(word)}\b", self.text)
        )

    def given_name_before(self, surname: str) -> list[str]:
        """``surname`` with the first name the article writes before it ("Don" of "Mayor Don Guardian"), else its
        fullest name."""
        for m in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(surname)}\b", self.text):
            if first_name_gender(m.group(1)) is not None:
                return [m.group(1), surname]
        return self.fullest_name([surname])[1]

    def without_describing_words(self, role: list[str], name: list[str]) -> tuple[list[str], list[str]]:
        """``role`` and ``name`` with a headline's capitalised description moved from the name to the role: leading
        words the article also writes in lower case, no first names, before a name it writes without them
        ("Conservative Icon Morton Blackwell" of "Morton Blackwell, the conservative icon")."""
        for k in range(1, len(name) - 1):
            lead, rest = name[:k], " ".join(name[k:])
            described = all(
                not is_first_name(w)
                and w.lower() not in _NAMED_BODY_KINDS | ORG_WORDS  # "Veteran Broadcaster Joe Duffy" stays as it was
                and re.search(rf"\b{re.escape(w.lower())}\b", self.text)
                for w in lead
            )
            if described and self.text.count(rest) > self.text.count(" ".join(name[k - 1 :])):
                return role + lead, name[k:]
        return role, name

    def body_ending_at(self, run: re.Match) -> Entity | None:
        """The organisation a name ``run`` ends, whole across a connector ("U.S. Chamber of " before "Commerce") and
        with its own title-like words ("Government Development Bank"); None for a person's name."""
        head = _NAME_BEFORE_CONNECTOR.search(self.text, max(0, run.start() - 60), run.start())
        joined = head.group("joined").lower() if head else ""  # the word before the connector: "Chamber" of "… of "
        if head and (
            {w.lower() for w in head.group(0).split()} & PERSON_ROLE_HEADS
            or joined in CALENDAR_WORDS | COUNTRIES
            or run.group(0).startswith("The ")
            or self.after_preposition(head.start())
        ):
            # "National Director of The Remembrance Project" names a person's post, then the body; "in March for
            # Tesla", "from China to Venezuela" are no one name
            head = None
        words = word_tokens(head.group(0) if head else "") + organisation_words(word_tokens(run.group(0)))
        return self.organization(" ".join(words)) if words and not self.names_person(words) else None

    def after_preposition(self, position: int) -> bool:
        """Whether the word before ``position`` (in its sentence) is a preposition: "in", "from", "Unlike", "Across"."""
        before = word_tokens(self.text_before(position, 20))
        return bool(before) and before[-1].lower() in _ALL_PREPOSITIONS

    def body_before_apposition(self, position: int) -> Entity | None:
        """The organisation named right before the apposition that starts at ``position`` and a comma ("Metro Morning
        Report, " before "a Toronto business television program,"); None when that name is a person's or absent."""
        for m in reversed(self.name_runs):
            if m.end() > position:
                continue
            if not _ONLY_COMMA.fullmatch(self.text, m.end(), position) or self.quoted(m.start()):
                return None
            opening = self.text[self.sentence_start(m.start()) : m.start()].split()
            fronted = len(opening) <= 2 and (opening or m.group(0).split())[0].lower() in _ALL_PREPOSITIONS
            if fronted or m.group(0).strip().lower() in COUNTRIES:
                return None  # "In Ohio, the agency overseeing elections said", "Across Kenya, …": no body apposed
            return self.body_ending_at(m)
        return None

    def counsel_role(self, mention: Span) -> str | None:
        """The role a British court report gives counsel by the side they speak for, opening the sentence before the
        name ("Defending, Jago Pascoe said"; the mention may hold it), else None."""
        counsel = _COUNSEL.match(mention.text) or _COUNSEL.fullmatch(
            self.text, self.sentence_start(mention.start), mention.start
        )
        return _COUNSEL_ROLES[counsel.group(1)] if counsel else None

    def apposed_person(self, apposition: str) -> Entity | None:
        """The person an apposition names ("state Del. Marcia \"Cia\" Price"), or None; a relative clause after the
        name says more of them ("Katharina Reisinger, who will become …")."""
        plain = _AGE_AFTER_NAME.sub("", _RELATIVE_AFTER_NAME.sub("", NICKNAME.sub("", apposition))).strip(" ,")
        plain = _DESCRIBED_BEFORE_NAME.sub("", _TRAILING_PREPOSITION.sub("", plain))
        name, further = _name_and_description(plain)
        if further and _names_a_body(further):
            return None  # "Armadores do Oeste, a family firm based in Peniche": a body's name
        if further:
            plain = name  # "Her neighbour, Abdelkader Zerouali, a retired railway worker,": the name, described
        core = core_mention(plain)[0].strip()
        if " " in core and looks_like_person(core) and re.match(rf"{re.escape(core)}\s+(?:of|at|for|with)\s", plain):
            plain = core  # "Andrew J. Pincus of Mayer Brown": where he works follows the name
        words = plain.split()
        bare = " ".join(words[:-1]) if len(words) > 2 and words[-1].lower() in HONOURS else plain  # "Aoife Brennan BL"
        if "," in plain or len(words) > 6 or not looks_like_person(bare):
            return None  # a list or a clause ("like Senators A, Republican of Iowa, and B"), not one name
        if plain.split()[0].lower() in PREPOSITIONS:
            return None  # "the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church": where he is from
        if re.match(r"(?:including|led by|joined by|such as|like|among them)\b", plain):
            return None  # "officials, including Gov. Chris Christie": a member, not the speakers
        return self.person_named(plain)

    def apposed_body(self, apposition: str) -> Entity | None:
        """The organisation an apposition names ("Meridian Terminals" of "The operator, Meridian Terminals,"), or
        None (and nothing made) when it names none."""
        plain = apposition.strip(" ,")
        name, further = _name_and_description(plain)
        if further and _names_a_body(further):  # "The trawler’s owner, Armadores do Oeste, a family firm …,"
            if all(is_capitalised(w) or w in NAME_PARTICLES for w in name.split()) and len(name.split()) <= 6:
                return self.organization(name)
        if (kind := _DESCRIBED_BEFORE_NAME.match(plain)) and kind.group(0).split()[-1] in _NAMED_BODY_KINDS:
            # "the pension fund Vestra Kapital": a body by its kind; not "the company Musk bought in 2022"
            words = word_tokens(plain[kind.end() :])
            whole = len(organisation_words(words)) == len(words) <= 6 and not {"and", "or", "&"} & set(words)
            return self.organization(" ".join(words)) if whole and not self.names_person(words) else None
        words = word_tokens(plain)
        if not words or len(words) > 6 or {",", "and", "or"} & set(words) or not is_capitalised(words[0]):
            return None  # "the premiers of Alberta, Ontario and Quebec" is a list, not a body named twice
        role, name = split_title(words)
        known = len(self.entities)
        entity = self.named(organisation_words(words) if role else name, [], apposition=None) if name else None
        if entity is not None and entity.type == "organization":
            return entity
        del self.entities[known:]
        return None

    def dependants(self, words: list[str], position: int) -> Entity | None:
        """ "His lawyer", "Scott's aides": people named after whom they belong to ("Bryan Pagliano's lawyer"), a
        group when plural; None unless ``words`` are an owner (a possessive pronoun or name) and dependant nouns."""
        owner_end = next((k for k, w in enumerate(words) if is_possessive(w) or w.lower() in POSSESSIVE_PRONOUNS), -1)
        rest = words[owner_end + 1 :]
        if owner_end < 0 or not rest or rest[-1].lower() not in OWNED_PEOPLE or any(is_capitalised(w) for w in rest):
            return None
        if rest[-1].lower() in _RELATION_HEADS and words[owner_end].lower() not in POSSESSIVE_PRONOUNS:
            return None  # "Trump's campaign manager" is a job, named as such
        owner_words = words[: owner_end + 1]
        pronoun = owner_words[-1].lower()
        if pronoun in POSSESSIVE_PRONOUNS:
            if owner_end > 0:
                return None
            if pronoun in ("his", "her"):
                owner = self.referent(POSSESSIVE_PRONOUNS[pronoun], position)  # whom "he"/"she" would mean here
            else:
                owner = self.latest(("group", "organization", "anonymous"), position)
        else:
            owner_words[-1] = without_possessive(owner_words[-1])
            role, name = split_title(owner_words)
            owner = self.named(name, role, apposition=None) if name else None
        if owner is None:
            return None
        head = rest[-1].lower()
        if head in CAMPAIGN_HEADS and len(rest) == 1 and owner.type == "person":
            return self.organization(f"{owner.name.split()[-1]} campaign")  # "his team" → "Rubio campaign"
        plural = head.endswith("s") or head in ("allies", "staff")
        if (
            not plural
            and head not in KIN_WORDS  # "his father, Brent Bozell, Jr.": a namesake the surname must not go to
            and (named := self.dependant_named_next(head, pronoun, owner, position)) is not None
        ):
            return named  # "Dobrescu will appeal, his lawyer said." then "…, said the lawyer, Radu Pîrvulescu."
        if not plural and (named := self.dependant_named_before(head, pronoun, owner, position)) is not None:
            return named  # "His daughter, Sorcha Ní Bhriain, said …" then "…, his daughter said."
        name = f"{owner.name}'s {' '.join(w.lower() for w in rest)}"
        if head == "office":
            return self.known_or_new(name, "organization", head=head)
        return self.known_or_new(name, "group" if plural else "anonymous", head=head)

    def dependant_named_next(self, head: str, pronoun: str, owner: Entity, position: int) -> Entity | None:
        """The person the text names right after "the <head>" (or the same possessive: "his <head>") later in this
        paragraph or the next, with no one else named on the way whose dependant it could be ("the lawyer, Radu
        Pîrvulescu" of "his lawyer"; not "Mary Jones hugged her lawyer, Peter Brown"); None otherwise. ``head`` is a
        dependant's noun, ``pronoun`` the mention's owner word ("his", or a name's possessive), ``owner`` whose."""
        paragraph_end = _line_end(self.text, position)
        end = _line_end(self.text, _SPACE.match(self.text, paragraph_end).end())  # the next paragraph's
        owners = "[Tt]he" + (f"|{pronoun.capitalize()}|{pronoun}" if pronoun in POSSESSIVE_PRONOUNS else "")
        m = _dependant_then_name(owners, head).search(self.text, position, end)
        if m is None or not personal_run(m.group(1)):
            return None
        if m.start() > paragraph_end and not m.group(0).lower().startswith("the"):
            return None  # a new paragraph's "His lawyer, Radu Ionescu," may be another defendant's
        known = len(self.entities)
        others = [
            person
            for run in self.narrative_runs(position, m.start())
            if (person := self.person_named(run.group(0))) not in (None, owner) and person.type == "person"
        ]
        del self.entities[known:]  # only the one named after the head is kept, below
        # "Co-defendant Mary Jones hugged the lawyer, …": someone else's
        return None if others else self.person_named(m.group(1))

    def dependant_named_before(self, head: str, pronoun: str, owner: Entity, position: int) -> Entity | None:
        """The person the text introduced before ``position`` by the same possessive and ``head`` and a name ("His
        daughter, Sorcha Ní Bhriain," of a later "his daughter"), when that is not ``owner`` and, for a pronoun's
        relative, the person named last before that introduction is ``owner`` (not another patient's daughter); None
        otherwise."""
        owners = f"{re.escape(pronoun.capitalize())}|{re.escape(pronoun)}"
        intros = [
            m for m in _dependant_then_name(owners, head).finditer(self.text, 0, position) if personal_run(m.group(1))
        ]
        if not intros:
            return None
        if pronoun in POSSESSIVE_PRONOUNS:
            named = (self.person_named(r.group(0)) for r in reversed(self.narrative_runs(0, intros[-1].start())))
            introducer = next((p for p in named if p is not None and p.type == "person"), None)  # not "Royal Infirmary"
            if introducer is not owner:
                return None
        person = self.person_named(intros[-1].group(1))
        return person if person is not owner else None

    def prominent_person(self, lower: list[str], position: int, *, recent_only: bool = False) -> Entity | None:
        """The person a description such as "the real estate mogul" at ``position`` stands for, among those it
        fits (not of another party when it names one, read from the words around the surname; of its gender
        when its words give one; people who have spoken and people the narrative names in full alike): the
        only one named or speaking in this sentence or the one before, else (unless ``recent_only``) the one whose
        surname the text repeats most before ``position``. None when no one fits."""
        wanted_party = parties_named(set(lower))
        wanted_gender = next((GENDERED_WORDS[w] for w in lower if w in GENDERED_WORDS), None)
        candidates = [e for e in self.entities if any(p < position for p in e.positions)]
        named_at: dict[str, int] = {}  # person → start of the latest narrative name run before ``position``
        # People named in the narrative count though they have not spoken yet: an epithet often stands for
        # the subject of the lede ("Hillary Clinton has a word for … The Democratic presidential candidate said").
        for run in self.name_runs:
            if run.start() >= position:
                break
            if self.quoted(run.start()) or " " not in run.group(0).strip() or not personal_run(run.group(0)):
                continue
            person = self.person_named(run.group(0))
            # A known gender keeps out places and laws that look like names ("North Korea", "Affordable Care Act").
            known = person is not None and {self.gender(person), self.name_gender(tuple(person.name.split()))} - {None}
            if known and person not in candidates:
                candidates.append(person)
            if known:
                named_at[person.name] = run.start()
        since = self.previous_narrative_sentence(position)
        # A surname alone opening a sentence names its person again ("Ferreyra, signed in the summer, equalised …"),
        # and followed by an apposition in the last two sentences it makes them a candidate though the article gives
        # no gender ("Adeyemi, who had been jeered …" of "Tobi Adeyemi's header").
        surnames = {e.name.split()[-1]: e for e in candidates if e.type == "person" and " " in e.name}
        for run in self.name_runs:
            if run.start() >= position:
                break
            surname = run.group(0).strip()
            if run.start() not in self.sentence_openers or " " in surname:
                continue
            person = surnames.get(surname)
            # With an apposition after it: "Adeyemi, who …", not "Sanders campaign manager Jeff Weaver".
            subject = run.start() >= since and self.text.startswith(",", run.end())
            known = len(self.entities)
            if person is None and subject and (person := self.person_named(surname)) is not None:
                if " " not in person.name:
                    del self.entities[known:]  # no full name to tell a person from a place or a firm
                    continue
                candidates.append(person)
                surnames[surname] = person
            if person is not None:
                named_at[person.name] = max(named_at.get(person.name, -1), run.start())
        best, best_key, recent = None, None, []
        for e in candidates:
            if e.type != "person" or e.writer or self.outranked(e, lower):
                continue
            if wanted_gender is not None and self.gender(e) != wanted_gender:
                continue
            uses = list(re.finditer(rf"\b{re.escape(e.name.split()[-1])}\b", self.text[:position]))
            if wanted_party and (party := self.party(uses)) and party != wanted_party:
                continue  # a party the text never gives the person does not rule them out
            if max([named_at.get(e.name, -1), *(p for p in e.positions if p < position)]) >= since:
                recent.append(e)
            # Namesakes (Donald and Ivanka Trump) share the surname's uses: the full name decides between them.
            full = len(re.findall(rf"\b{re.escape(e.name)}\b", self.text[:position]))
            # A possessive use ("Donald Trump's plan") is about the person, not the person acting.
            acting = sum(1 for m in uses if not self.text.startswith(("'s", "’s"), m.end()))
            key = (len(uses), acting, full, max((p for p in e.positions if p < position), default=-1))
            if best_key is None or key > best_key:
                best, best_key = e, key
        if len(recent) == 1:  # the only person the last sentence or two named: "… David Seacord parked his
            return recent[0]  # bike … The 68-year-old Oregon native drove …"
        return None if recent_only else best

    def addressee(self, end: int) -> Entity | None:
        """The person a source mention ending at ``end`` speaks to, by name ("he told Hannity"), if any."""
        if m := _TOLD.match(self.text, end):
            return self.person_named(m.group(1))
        return None

    def interviewee(self, position: int) -> Entity | None:
        """Who answers an interview's questions, read from the paragraph before the questions: the person who is the
        subject of one of its sentences, named at its start or right after a fronted phrase ("Hollis spoke with the
        Courier after the news conference."; "In an interview with reporter Sam Reed, Tran discussed the cuts."),
        quoted there or not ("Tran said the cuts hurt. She spoke with the Courier."), else the first other person it
        names who is not the source of a quote there ("The Courier interviewed Mayor Lisa Tran"; not "…, festival
        secretary Anirban Ghosal said"; but "We spoke to …, Dr Nomvula Sithole, about" and "where Houghton faced
        several questions", tagged or not); never a
        paper's reporter ("The Courier's Sam Reed"). Without one there, the first person the article names in full
        (its lede introduces them), else its most prominent person before ``position``."""
        block = self.interview_start(position)
        introduction = self.text.rfind("\n", 0, max(0, block - 1)) + 1
        named = [
            m
            for m in self.name_runs
            if introduction <= m.start() < block
            and not self.quoted(m.start())
            and not any(map(is_possessive, split_title(word_tokens(m.group(0)))[0]))
        ]
        subjects = [m for m in named if self.opens_clause(m.start())]  # quoted there too or not: "Tran said …"
        others = [
            m
            for m in named
            if m not in subjects
            and (
                not self.source_at(m.start())
                or _INTERVIEWED.search(self.text_before(m.start(), 60))
                or _ASKED_QUESTIONS.match(self.text, m.end())
            )
        ]
        for m in subjects + others:
            if (person := self.person_named(m.group(0))) is not None:
                return person
        runs = (m.group(0) for m in self.name_runs if m.start() < position and not self.quoted(m.start()))
        first = next(
            (p for run in runs if " " in run.strip() and personal_run(run) and (p := self.person_named(run))), None
        )
        return first or self.prominent_person([], position)

    def issuer_of(self, message: str, position: int) -> Entity | None:
        """The speaker who spoke in a ``message`` ("report", "study") in the last two sentences before ``position``:
        "In their report to the panel, planning officers said …"; else None."""
        since = self.sentence_starts[max(0, self.sentence_index(position) - 2)]
        said_in = re.compile(rf"\b(?:in|by)[ \t]+(?:an?|the|its|their|his|her)[ \t]+(?:[\w-]+[ \t]+)?{message}\b", re.I)
        best, best_pos = None, -1
        for e in self.entities:
            for p in e.positions:
                phrase = said_in.search(self.text, self.sentence_start(p), p)
                # the phrase opens the clause whose subject the speaker is: "In their report …, planning officers"
                if (
                    since <= p < position
                    and p > best_pos
                    and phrase
                    and _REST_OF_PHRASE.fullmatch(self.text, phrase.end(), p)
                ):
                    best, best_pos = e, p
        return best

    def person_of_age(self, age: str, position: int) -> Entity | None:
        """The one person the text before ``position`` gives the age ``age`` (years, as written): "Parata, 31,",
        "Shane Mulcahy (34)", "Parata, who turned 31 last week"; None when it gives it to no one or to several."""
        people, known = set(), len(self.entities)
        for run, _ in self.runs_given_age(re.compile(rf"(?<![\w.-]){re.escape(age)}(?![\w.-])"), position):
            if (person := self.person_named(run.group(0))) is not None:
                people.add(person.name)
        del self.entities[known:]  # only the one person given the age is kept, below
        return self.person_named(people.pop()) if len(people) == 1 else None

    def fits_life_stage(self, person: Entity, stage: str, position: int) -> bool:
        """Whether ``person`` may be called by a stage of life: no one with a job title ("Detective Sergeant Jane
        Miller" is no widow), and a pensioner or retiree only someone the text before ``position`` gives an age of
        ``_OLD_AGE`` or more ("Margaret Pugh, 81,")."""
        if person.role and not person.role.lower().startswith(("mr", "ms", "miss")):
            return False
        if stage not in _OLD_AGE_STAGES:
            return True
        known = len(self.entities)
        old = any(
            int(years) >= _OLD_AGE and self.person_named(run.group(0)) is person
            for run, years in self.runs_given_age(_AGE_NUMBER, position)
        )
        del self.entities[known:]  # only a look: no one named on the way is kept
        return old

    def runs_given_age(self, age: re.Pattern, position: int) -> Iterator[tuple[re.Match, str]]:
        """``(name run, age as written)`` for each age matching ``age`` that the narrative before ``position`` gives
        right after a name: "Parata, 31,", "Shane Mulcahy (34)", "Parata, who turned 31 last week"."""
        for m in age.finditer(self.text, 0, position):
            k = bisect.bisect_left(self.run_starts, m.start()) - 1
            run = self.name_runs[k] if k >= 0 else None
            if (
                run is not None
                and _AGE_GIVEN.fullmatch(self.text, run.end(), m.start())
                and not self.quoted(run.start())
            ):
                yield run, m.group(0)

    def outranked(self, person: Entity, description: list[str]) -> bool:
        """Whether ``person`` is written with a rank the lower-cased ``description`` lacks, in their role or just
        before their name: "the Democratic nominee" is not "Democratic vice presidential nominee Tim Kaine"."""
        ranks = set((person.role or "").lower().split()) & OFFICE_RANKS
        for m, (_, name) in zip(self.name_runs, self.run_parts, strict=True):
            if name and " ".join(name) == person.name:
                before = self.text_before(m.start(), 60)
                ranks |= {w.lower() for w in word_tokens(before)[-4:]} & OFFICE_RANKS
        return bool(ranks - set(description))

    def role_holder(self, lower: list[str], position: int) -> Entity | None:
        """The person a description such as "the Republican nominee" stands for: the one named with that role
        ("Republican presidential nominee Donald Trump", "Sen. Lindsey Graham"), most roles and then modifiers
        shared, then the nearest before ``position``, then the nearest after."""
        # Each role a coordinated description gives may be the one the name was written with ("the Florida
        # senator and Republican presidential candidate" of "Sen. Marco Rubio").
        head_words = {w for w in lower if w in PERSON_ROLE_HEADS} | {lower[-1]}
        heads = {_job(w) for w in head_words}
        modifiers = set(lower) - head_words - DETERMINERS - {"former", "current", "then", "and"}
        best, best_key = None, None
        for k, (m, (role, _)) in enumerate(zip(self.name_runs, self.run_parts, strict=True)):
            if (
                not looks_like_person(m.group(0))
                or _TITLE_IN_MARKS.match(self.text, m.end())
                and _OPENS_TITLE.search(self.text, max(0, m.start() - 6), m.start())
            ):
                continue  # nor a title in quotation marks: "The Florida senator likes “The Walking Dead”"
            before = self.text_before(m.start(), 80)
            previous = self.name_runs[k - 1] if k else None
            if previous and (gap := m.start() - previous.end()) < len(before) and personal_run(previous.group(0)):
                before = before[len(before) - gap :]  # not another person's title: "Sen. Marco Rubio attacked"
            context = {_job(spelled_out(w)) for w in [*word_tokens(before)[-6:], *role]}
            if not heads & context or (context & RANK_WORDS) - set(lower):
                continue
            if (
                parties_named(modifiers)
                and parties_named(context)
                and not parties_named(modifiers) & parties_named(context)
            ):
                continue  # "the Democratic nominee" is not "Republican nominee Donald Trump"
            if _other_places(lower, [w.lower() for w in role]):
                continue  # "the former Florida governor" is not "former Maryland Gov. Martin O'Malley"
            # Of the names before it, one in the narrative before one in a quotation: "Adm. Harry B. Harris Jr. …" …
            # "The admiral said, “Admiral Dunford …”"; but "“Our coach, Marty Goddard, said …”" when no other.
            key = (
                len(heads & context),
                len(modifiers & context),
                m.start() < position,
                not self.quoted(m.start()),
                -abs(position - m.start()),
            )
            if best_key is None or key > best_key:
                best, best_key = m, key
        return self.person_named(best.group(0)) if best is not None else None

    def organisation_with_head(self, head: str, position: int, *, business: bool = True) -> Entity | None:
        """The organisation whose name ends with ``head``: the latest already speaking, else the latest named
        before ``position`` ("the International Monetary Fund" … "the fund"); a business only if ``business``."""
        for e in reversed(self.entities):
            # "the association" of "the Sámi Herders’ Association of Troms", as of "… Association"; "the union" of
            # "the Scioto Heights Education Association" (a teachers' union)
            if e.type == "organization" and _called_by_head(e.name, head):
                return e
        if business and head in _BUSINESS_HEADS:  # "The company" after Verizon spoke: the latest business that did
            spoken = []
            for e in reversed(self.entities):
                public = _no_business(e.name) or e.name.lower() in COUNTRIES
                proper = e.name[:1].isupper() and e.name.lower() not in TITLE_WORDS  # not "The report", nor "CEO"
                if e.type == "organization" and any(p < position for p in e.positions) and proper and not public:
                    if _called(e, head):
                        spoken.append(e)
            # The one the article has called so before, though a retailer spoke since ("According to the company,
            # … FreshMart said …", paragraphs on, "the company said"); but the latest when it spoke in this sentence
            # or the one before ("Sainsbury's said its sales fell. The company said …").
            since = self.sentence_starts[max(0, self.sentence_index(position) - 1)]
            if spoken and not any(since <= p < position for p in spoken[0].positions):
                return next((e for e in spoken if head in e.called), spoken[0])
            if spoken:
                return spoken[0]
        if body := self.body_introduced_as(head, position):
            return body  # "the group" of "Kestrel, the Amsterdam-based logistics software group"
        if head == "agency":  # "the agency" after "the Department of Veterans Affairs" spoke
            for e in reversed(self.entities):
                if e.type == "organization" and {w.lower() for w in e.name.split()} & AGENCY_WORDS:
                    return e
        for m in reversed(self.name_runs):
            words = word_tokens(m.group(0))
            if m.start() >= position or len(words) < 2 or self.quoted(m.start()):
                continue
            agency = head == "agency" and words[-1].lower() in AGENCY_WORDS  # "the State Department … the agency"
            if words[-1].lower() in (head, _TRADE_OF_HEAD.get(head)) or agency:
                return self.organization(" ".join(organisation_words(words)))
        if head == "agency" and (acronym := self.acronym_before(position)):
            return self.organization(acronym)  # "NASA postponed the launch. The agency said …" (user audit, 2026-12-07)
        if (
            business
            and head in _BUSINESS_HEADS
            and (named := self.business_named_before(position))
            and _called(named, head)
        ):
            return named
        return None

    def body_described_before(self, head: str, position: int) -> str | None:
        """The one description of a body with ``head`` before ``position`` outside quotation marks, up to three
        capitalised and two lower-case words before it ("infrastructure ministry" of "the infrastructure ministry had
        drawn up …", "New Hampshire ballot commission" of "a New Hampshire ballot commission"; a shorter one it ends
        with is the same); None when there is none or more than one ("the health ministry and the finance
        ministry"), or its words only say which of several ("the previous government", "the lower court")."""
        modifiers = r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}(?:[a-z][\w'’-]*[ \t]+){0,2}"
        pattern = re.compile(rf"\b(?:[Tt]he|[Aa]n?)[ \t]+({modifiers}{re.escape(head)})\b")
        found = {
            m.group(1)
            for m in pattern.finditer(self.text, 0, position)
            if len(m.group(1).split()) > 1
            and not self.quoted(m.start())
            and not any(map(_only_says_which, m.group(1).split()[:-1]))
            and not {w.lower() for w in m.group(1).split()} & (SENTENCE_OPENERS | WEEKDAYS)  # "a Monday court"
            and not _HEAD_GOES_ON.match(self.text, m.end())  # not "a court hearing", "an ABC News court reporter"
        }
        longest = max(found, key=len, default=None)
        return longest if longest and all(longest.endswith(" " + f) or f == longest for f in found) else None

    @staticmethod
    def spoke_since(entity: Entity, start: int, position: int) -> bool:
        """Whether ``entity`` is the source of a mention between ``start`` and ``position``."""
        return any(start <= p < position for p in entity.positions)

    def end_with_of_tail(self, run: re.Match) -> int:
        """Where a name run ends with the "of" phrase that may complete it: "City" + " of Lethbridge", "Chamber" + " of
        Trade"."""
        tail = _OF_NAME.match(self.text, run.end())
        return tail.end() if tail else run.end()

    def place_body(self, head: str, position: int) -> Entity | None:
        """The council of the place that "the city" (``head``, one of ``_PLACE_BODIES``) speaks for: the organisation
        the article names "City of X" or "X City Council" (or Commission, Government), a speaker first, before
        ``position`` or after it, when X is the article's own place, named in its first sentence or headline
        ("LETHBRIDGE, Alta. —");
        else None. Not "City University", "City of Hope" nor the "District of Columbia" of a Maryland story."""
        council = re.compile(
            rf"^(?:{head.capitalize()}[ \t]+of[ \t]+(?P<after>.+)|(?P<before>.+?)[ \t]+{head.capitalize()}[ \t]+"
            rf"(?:{'|'.join(_PLACE_COUNCILS)}))$"
        )
        opening = self.text[: self.sentence_starts[1] if len(self.sentence_starts) > 1 else len(self.text)].casefold()

        def own(name: str) -> bool:
            m = council.match(name)
            return m is not None and (m.group("after") or m.group("before")).casefold() in opening

        for e in reversed(self.entities):
            if e.type == "organization" and own(e.name):
                return e
        for m in self.name_runs:
            words = organisation_words(word_tokens(self.text[m.start() : self.end_with_of_tail(m)]))
            if not self.quoted(m.start()) and own(" ".join(words)):
                return self.organization(" ".join(words))
        return None

    def body_introduced_as(self, head: str, position: int) -> Entity | None:
        """The organisation the narrative before ``position`` introduced with an apposition whose head noun is
        ``head`` (or a word for the same kind, ``_SAME_KIND``): after its name ("The Renal Patients' Voice, a charity
        that …", "Kestrel, the Amsterdam-based logistics software group,") or before it, between commas ("The city's
        largest business group, the Port Carrow Chamber of Trade,"), or opening a sentence ("Cycling charity Safer
        Roads NI said"). The latest such name, unless another organisation
        has spoken since (then it is likelier meant); None also when the name is a person's."""
        after_name, before_name = _apposition_patterns(head)
        kind_opening = _kind_opening(head)
        for m in reversed(self.name_runs):
            if m.start() >= position or self.quoted(m.start()):
                continue
            end = self.end_with_of_tail(m)
            closed = self.text.startswith(",", end)
            clause_start = max(0, m.start() - _APPOSITION_REACH)
            if not (
                after_name.match(self.text, end)
                or (closed and before_name.search(self.text, clause_start, m.start()))
                or kind_opening.search(self.text, clause_start, m.start())
            ):
                continue
            words = organisation_words(word_tokens(self.text[m.start() : end]))
            if not words or self.names_person(words):
                return None
            other_spoke = any(
                e.type == "organization" and self.spoke_since(e, m.start() + 1, position) for e in self.entities
            )
            return None if other_spoke else self.organization(" ".join(words))
        return None

    def names_person(self, words: list[str]) -> bool:
        """Whether name ``words`` are a person's: opening with a first name or an honorific, or a person already met."""
        if first_name_gender(words[0]) or words[0].lower() in HONORIFICS:
            return True
        return any(e.type == "person" and surname_key(e.name.split()) == surname_key(words) for e in self.entities)

    def body_led_by(self, possessive: str, head: str, position: int) -> Entity | None:
        """The organisation "her ministry" at ``position`` means: one that has spoken, whose name ends with ``head``
        and whose owner the text names just before the person the pronoun stands for ("Germany's economy ministry"
        of "Germany's economy minister, Katrin Vollmer"); None when none does."""
        leader = self.referent(POSSESSIVE_PRONOUNS[possessive], position)
        if leader is None:
            return None
        near = self.words_before(leader)
        for e in reversed(self.entities):
            words = e.name.split()
            owner = without_possessive(words[0]).lower() if is_possessive(words[0]) else None
            if e.type == "organization" and words[-1].lower() == head and owner in near:
                return e
        return None

    def words_before(self, person: Entity) -> set[str]:
        """Lower-cased words written just before ``person``'s surname anywhere in the text, within its sentence:
        "germany", "economy", "minister" of "Germany's economy minister, Katrin Vollmer"."""
        near = set()
        for m in re.finditer(rf"\b{re.escape(person.name.split()[-1])}\b", self.text):
            before = self.text_before(m.start(), 60)
            near |= {without_possessive(w).lower() for w in word_tokens(before)}
        return near

    def sentence_and_one_before(self, position: int) -> list[tuple[int, int]]:
        """``(start, end)`` of the sentence before the one holding ``position`` (when there is one) and of that one."""
        k = self.sentence_index(position)
        bounds = [*self.sentence_starts, len(self.text)]
        return [(bounds[i], bounds[i + 1]) for i in range(max(0, k - 1), k + 1)]

    def declared_they(self, position: int) -> Entity | None:
        """The person the article says uses "they" ("Jordan Lee, a candidate who uses they/them pronouns, lost …"),
        when the sentence before the pronoun's, or its own, opens with that person's name and says so; else None."""
        for start, end in self.sentence_and_one_before(position):
            declared = THEY_THEM.search(self.text, start, min(end, position))
            k = bisect.bisect_left(self.run_starts, start)
            opening = self.name_runs[k] if k < len(self.name_runs) else None
            if declared and opening and not self.text[start : opening.start()].strip():
                if opening.end() < declared.start() and personal_run(opening.group(0)):
                    return self.person_named(opening.group(0))
        return None

    def acronym_before(self, position: int) -> str | None:
        """The acronym of three to five capitals that opens the sentence at ``position`` or the one before, as its
        subject ("NASA postponed …", "The FDA approved …"), not a country's ("U.S.") nor a news outlet's (AFP, CNN); or
        None. A hearer ("told AFP") or a body named sentences before is no "agency" here."""
        for start, _ in self.sentence_and_one_before(position):
            if (m := _OPENING_ACRONYM.match(self.text, start)) and m.end() <= position:
                word = m.group(1)
                if word.lower() not in COUNTRIES and word not in _NEWS_ACRONYMS:
                    return word
        return None

    def business_named_before(self, position: int) -> Entity | None:
        """The latest business the narrative names in the sentence at ``position`` or the two before, though it
        has not spoken yet ("Velmora Foods, the maker of …, will close …, the company said"), else the first it
        names: a name the rules type as an organisation and not a public body."""
        since = self.sentence_starts[max(0, self.sentence_index(position) - 2)]
        recent = [m for m in self.name_runs if since <= m.start() < position]
        earlier = [m for m in self.name_runs if m.start() < min(since, position)]
        # Else the first business the story names ("Ostrava Mining Group said …", paragraphs on, "the company").
        for m in [*reversed(recent), *earlier]:
            if self.quoted(m.start()):
                continue
            words = word_tokens(m.group(0))
            # "Ostrava Mining Group" is one name; "Energy Secretary Chris Wright" a title and a person.
            # "Minera Andes del Sur" too, named the Spanish way, its company word first.
            body = (
                words[-1].lower() in ORG_WORDS
                or words[0].lower() in LEADING_COMPANY_WORDS
                or _firm_joined_by_ampersand(words)
            )
            role, name = ([], organisation_words(words)) if body else split_title(words)
            if len(name) < 2 or role or _no_business(" ".join(name)):
                continue
            known = len(self.entities)
            entity = self.named(name, role, apposition=None)
            if entity.type == "organization":
                return entity
            del self.entities[known:]
        return None

    def organisation_of_kind(self, kind: str, position: int) -> Entity | None:
        """The latest organisation of ``kind`` ("state" or "media") before ``position``: a speaker first, else
        a name in the narrative."""

        def fits(name: str) -> bool:
            if kind == "state":
                return name.lower() in COUNTRIES or name.lower().split()[0] in COUNTRIES
            return bool({w.lower() for w in name.split()} & MEDIA_ORG_WORDS)

        for e in reversed(self.entities):
            if e.type == "organization" and any(p < position for p in e.positions) and fits(e.name):
                return e
        for m in reversed(self.name_runs):
            if m.start() >= position or self.quoted(m.start()):
                continue
            # "the sports daily Gündem Spor": a medium of any name, written after its kind (not "a paper Jane Moss
            # published")
            kind_before = kind == "media" and _MEDIUM_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            name = m.group(0).strip()
            if fits(name) or kind_before and not self.names_person(word_tokens(name)):
                return self.organization(" ".join(organisation_words(word_tokens(name))))
        return None

    def coordinated(self, text: str) -> Entity | None:
        """A group for "Mr. King and Mr. Schultz", "Sens. Jon Tester (D-Mont.) and David Vitter": people or states."""
        text = PARENTHETICAL.sub("", PARTY_TAG.sub("", text)).strip(" ,")
        # "Jeb Bush and Hillary Clinton, among others" are those two; "Trump or Clinton" speak as a pair.
        text = _AMONG_OTHERS.sub("", text).replace(" or ", " and ")
        if " and " not in text:
            return None
        if m := _NAME_AND_FOLLOWERS.fullmatch(text):
            # "Yellen and her advisers", "Ward and other digital security experts": the person, named in full,
            # with the people around them.
            person = self.person_named(m.group(1))
            if person is not None:
                return self.known_or_new(f"{person.name} and {m.group(2)}", "group")
        text = _LIST_INTRO.sub("", text)  # "Two objectors, Lawrence Joyce and William Graham": the two named
        names, known = [], len(self.entities)
        for conjunct in COORDINATION.split(text):
            if (home := home_after_name(conjunct)) is not None:
                conjunct = conjunct[:home]  # "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas"
            words = [w for w in word_tokens(conjunct) if w.lower() not in DETERMINERS | {"both", "all"}]
            if not words:
                continue
            if " ".join(words).lower() in COUNTRIES or (len(words) == 1 and GROUP_NOUN.search(words[0])):
                names.append(" ".join(words))  # "Israel and Egypt", "Democrats and Republicans"
                continue
            if any(k and w in PREPOSITIONS and is_common_noun(words[k - 1], k - 1) for k, w in enumerate(words)) or (
                words[0].lower() in ORG_WORDS and words[1:2] == ["of"]
            ):
                # "officials at …", "a division of …": described people or bodies, not a list of names; "Ministry of
                # Economy and Public Finance": one body
                names = []
                break
            if is_title_word(words[-1]) and not any(
                first_name_gender(w, broad=True) or w.lower() in HONORIFICS for w in words
            ):
                # "former Pennsylvania Gov. and DNC Chairman Ed Rendell": one person's two titles; but "Mr Judge and
                # Ms Reyes" are two people
                return None
            role, name = split_title(words)
            entity = None
            # Titles may be lowercase ("presidential candidates Hillary Clinton and Donald Trump").
            if name and len(words) - len(name) <= 4 and all(w[:1].isalpha() for w in words):
                entity = self.named(name, role, apposition=None)
            if entity is None or entity.type != "person":
                names = []
                break
            names.append(entity.name)
        if len(names) < 2:
            del self.entities[known:]  # not a list of people: forget what was made for it
            return None
        return self.known_or_new(", ".join(names[:-1]) + " and " + names[-1], "group")

    def two_kinds_of_people(self, text: str) -> Entity | None:
        """One group for "Right-wing politicians and average citizens": two plural descriptions of people joined by
        "and", as written (the first is no name, though capitalised to open a sentence)."""
        conjuncts = [word_tokens(c) for c in re.split(r"\s+and\s+", text.strip(" ,"))]
        if len(conjuncts) != 2 or not all(0 < len(c) <= 4 and c[-1] in PEOPLE_PLURAL_NOUNS for c in conjuncts):
            return None
        words = word_tokens(text)
        if words[0].lower() in DETERMINERS:
            words = words[1:]
        return self.known_or_new(" ".join(words), "group", head=conjuncts[-1][-1])

    def last_two_named(self, mention: Span) -> Entity | None:
        """For "the two" (not "both" or "neither", which may mean things): the last two people named in the
        narrative of this sentence and the two before ("Clinton … Donald Trump, recently received … The two are")."""
        if not mention.text.strip().lower().startswith(("the two", "the pair")):
            return None
        first = self.sentence_starts[max(0, self.sentence_index(mention.start) - 2)]
        people: list[Entity] = []  # latest first
        for m in reversed(self.name_runs):
            if m.start() >= mention.start or self.quoted(m.start()):
                continue
            if m.start() < first or len(people) == 2:
                break
            words = m.group(0).split()
            owner = next((k for k, w in enumerate(words) if is_possessive(w)), None)
            name = " ".join([*words[:owner], without_possessive(words[owner])]) if owner is not None else m.group(0)
            if name.strip().lower() in COUNTRIES:
                continue  # "New York businessman Donald Trump": a place, then the person
            person = self.person_named(name)  # "Clinton's Republican rival": Clinton
            if person is not None and all(person is not p for p in people):
                people.append(person)
        if len(people) < 2:
            return None
        return self.known_or_new(f"{people[1].name} and {people[0].name}", "group")

    def pair_just_described(self, position: int) -> bool:
        """Whether "the couple", "the pair" or "the two" comes in the sentence at ``position`` or the one before."""
        since = self.sentence_starts[max(0, self.sentence_index(position) - 1)]
        return _PAIR_ANAPHOR.search(self.text, since, position) is not None

    def latest_pair(self, position: int) -> Entity | None:
        """The group of the last two people or states named as a pair before ``position``, in this sentence or
        those that start within 400 characters before it, read one sentence at a time (a run of capitals never
        crosses "Des Moines. Hillary Clinton")."""
        k, end = self.sentence_index(position), position
        while k >= 0 and end > position - 400:
            for m in reversed(list(NAMED_PAIR.finditer(self.text, self.sentence_starts[k], end))):
                if not self.quoted(m.start()) and (group := self.coordinated(m.group(0))) is not None:
                    return group
            k, end = k - 1, self.sentence_starts[k]
        return None

    def antecedent(self, position: int) -> Entity | None:
        """The person the learned model links the pronoun at ``position`` to, if it chose one."""
        chosen = self.choices.get(position)
        if chosen is None:
            return None
        for e in self.entities:
            if chosen[0] in e.positions:
                return e if e.type == "person" and not e.writer else None
        return self.person_named(self.text[chosen[0] : chosen[1]])

    def anonymous_with_head(self, head: str, position: int, *, ordinal: int | None = None) -> Entity | None:
        """The anonymous source with this head mentioned last before ``position``, or with an ``ordinal`` (1 for
        "the first person") the one introduced that many sources of the kind in; None when there is none."""
        found = [
            (min(p for p in e.positions if p < position), max(p for p in e.positions if p < position), e)
            for e in self.entities
            if e.type == "anonymous" and e.head == head and any(p < position for p in e.positions)
        ]
        if ordinal is not None:
            by_introduction = sorted(found, key=lambda f: f[0])
            return by_introduction[ordinal - 1][2] if ordinal <= len(by_introduction) else None
        return max(found, key=lambda f: f[1])[2] if found else None

    def introduced_in_passing(self, occupation: str, person: Entity) -> bool:
        """Whether the article introduces ``person`` with ``occupation`` only after a preposition, as someone the
        subject worked with ("co-starred with actor Danny DeVito", "introduced by actress Viola Davis", "with veteran
        actor …"), whom "the actor" then does not mean."""
        surname = re.escape(person.name.split()[-1])
        introductions = re.finditer(
            rf"(?:(\w+)[ \t]+)?(?:([\w-]+)[ \t]+)?\b{occupation}[ \t]+(?:[A-Z][\w.'’-]*[ \t]+)*{surname}(?![\w'’-])",
            self.text,
        )
        passing = []
        for m in introductions:
            # the word right before the occupation, and the one before that when the first is a modifier
            before, further = (m.group(2), m.group(1)) if m.group(2) else (m.group(1), None)
            before, further = (before or "").lower(), (further or "").lower()
            passing.append(before in _IN_PASSING or further in _IN_PASSING and before[:1].islower())
        return bool(passing) and all(passing)

    def written_as_surname(self, word: str) -> bool:
        """Whether the article writes ``word`` as the last word of a longer name ("Hillary Clinton")."""
        return any(len(name) > 1 and name[-1] == word for _, name in self.runs_by_surname.get(surname_key([word]), ()))

    def person_named(self, words: str) -> Entity | None:
        """The person entity ``words`` name ("Sen. Lindsey Graham"), or None (and nothing made) when they
        name no one or a place or an organisation, which is no antecedent of "he"."""
        role, name = split_title(word_tokens(words))
        if not name or {w.lower() for w in name} & WEEKDAYS:  # "Every Tuesday and Friday, a tanker …"
            return None
        if len(role) > 1 and is_possessive(role[-1]) and len(name) == 1 and name[0].lower() in ORG_WORDS:
            # "Rep. Alan Grayson’s Senate (campaign)": the owner is the person, the body no one
            return self.person_named(" ".join([*role[:-1], without_possessive(role[-1])]))
        if " ".join(name).lower() in COUNTRIES:
            return None  # "In South Carolina he campaigned …": a place is no antecedent of "he"
        known = len(self.entities)
        entity = self.named(name, role, apposition=None)
        if entity.type != "person":
            del self.entities[known:]
            return None
        return entity

    def writer(self, position: int) -> Entity:
        """Who writes at ``position``: the signer of a letter (a paragraph that is only a name or a handle,
        within the next three), else the article's author."""
        name = AUTHOR
        for paragraph in self.text[position:].split("\n")[1:4]:
            if m := SIGNATURE.fullmatch(paragraph.strip()):
                name = m.group(1).rstrip(".")
                break
        writer = self.known_or_new(name, "person")
        writer.writer = True
        return writer

    def organization(self, name: str) -> Entity:
        return self.known_or_new(self.fuller_organisation(self.expanded(name)), "organization")

    def named(self, name: list[str], role: list[str], *, apposition: str | None, says_its: bool = False) -> Entity:
        if len(name) > 1 and name[-1].lower() in HONOURS:
            name, role = name[:-1], role or name[-1:]  # "Nokes MP": Caroline Nokes, an MP
        if (
            any(map(_JOINT_MAKERS.search, role + name))
            and all(map(is_capitalised, role + name))
            # not two titles: "President/CEO Mary Barra" (but "Associated Press/NORC")
            and not any("/" in w and all(map(is_title_word, w.split("/"))) for w in role + name)
        ):
            return self.organization(" ".join(role + name))  # "NBC News/Wall Street Journal/Marist": pollsters together
        lowered = {w.lower() for w in name}
        if (
            (
                lowered & ORG_WORDS
                and not _titled(role)  # "Rep. Zaldy Co"
                and not _person_with_org_surname(name if len(name) > 1 else self.given_name_before(name[0]))
            )
            or known_organisation(name)
            or " ".join(name) in self.introduced_bodies
            or name[0].lower() in CLUB_OPENERS
            or _firm_joined_by_ampersand(name)  # "Hollis & Grey"
            or _led_by_acronym(name)  # "NHS England"
            or self.ends_in_acronym(name)  # "Junge SVP"
        ):
            return self.organization(" ".join(name))
        if role[-1:] == ["and"] and _led_by_acronym(role + name):
            return self.organization(" ".join(role + name))  # "NHS Greater Glasgow and Clyde", not a title and a name
        if (
            role
            and name
            and role[-1].lower() in _NAMED_BODY_KINDS
            and not any(w.lower() in TITLE_WORDS or w.lower() == "of" for w in role)  # "President of the … Commission"
        ):
            return self.organization(" ".join(name))  # "the supporters' group Tejo Sempre", "the sports daily Marca"
        kind_at = max((k for k, w in enumerate(role) if w.islower()), default=-1)  # the last lower-case role word
        if (
            name
            and 0 <= kind_at < len(role) - 1
            and role[kind_at] in _NAMED_BODY_KINDS
            and not any(w.lower() in TITLE_WORDS or w.lower() == "of" for w in role[: kind_at + 1])
            and all(map(is_capitalised, role[kind_at + 1 :]))
            # not "Clinton campaign Chairman John Podesta", "Green party MEP Molly Scott Cato": a title and a person
            and not {w.lower() for w in role[kind_at + 1 :]} & (PERSON_NOUNS | HONOURS)
            and not _titled(role)
            and len(name) == 1  # not "Think tank Chatham House Senior Fellow Ayesha Khan"
        ):
            # "Patient advocacy group Kōrero Health Wellington": its kind, then its name in capitals, a title-like word
            # among them, whose last word alone reads as a surname
            return self.organization(" ".join(role[kind_at + 1 :] + name))
        if (
            role
            and all(map(is_capitalised, role))
            and not _titled(role)
            and not {w.lower() for w in role} & PERSON_NOUNS
            and (" ".join(name).lower() in COUNTRIES or len(name) == 1 and re.fullmatch(r"[A-Z]{2,3}", name[0]))
        ):
            return self.organization(" ".join(role + name))  # "Health New Zealand", "Health NZ", "Safer Roads NI"
        # "Democrats", not "Virginia Democrats" as a person; "Lawmakers said", capitalised by the sentence, and not
        # "Communications Workers" of a union named before
        if len(name) == 1 and (GROUP_NOUN.search(name[0]) or not role and name[0].lower() in PEOPLE_PLURAL_NOUNS):
            return self.known_or_new(name[0], "group", head=name[0].lower())
        honorific = next((GENDERED_WORDS[w.lower()] for w in role if w.lower() in GENDERED_WORDS), None)
        if len(name) == 1 and (speaker := self.speaker_with_surname(name, honorific)):
            return speaker
        role_found, full_name = self.fullest_name(name, honorific)
        by_first_name = not role and not role_found or any(w.lower() in _BY_FIRST_NAME for w in role)
        if len(full_name) == 1 and by_first_name and (first := self.first_name_of(full_name)):
            full_name = first  # "Hillary" of "Hillary Clinton", "George" of "George W. Bush", "Sir Keir" of Starmer
        elif full_name == name and (given := self.given_name_of(name, role, honorific)):
            full_name = given  # Malaysian and Thai papers: "Mr. Zulkifli" of "Zulkifli Hamdan", "Ms. Nor Azizah"
        if len(full_name) == 1 and _describes_no_one(role + role_found):
            # A lone capitalised word never given a first name is an organisation or a state in news style, also after
            # a place or a quotation mark ("U.S. Census", "'SNL'"; not "India's Kohli", "Top seed Sinner").
            for e in self.entities:
                if e.name == full_name[0]:
                    return e
            if full_name[0].lower() in PEOPLE_PLURAL_NOUNS:  # "Black Lawmakers" of a headline, read as "Lawmakers"
                return self.known_or_new(full_name[0], "group", head=full_name[0].lower())
            if full_name[0].lower() in COLLECTIVE_OPENERS | {"others"}:  # "Others said", "Several said": people
                return self.known_or_new(full_name[0].lower(), "group", head=full_name[0].lower())
            if not says_its and first_name_gender(full_name[0]) and full_name[0].lower() not in _NOT_FIRST_NAMES:
                return self.known_or_new(full_name[0], "person")  # local news: "Rosa said", her surname never given
            if not says_its and self.described_as_someone(full_name[0]):
                return self.known_or_new(full_name[0], "person")  # a brief's "Obama, who …, said", "Suparman, 67,"
            if role and all(w.lower() in COUNTRIES for w in role):
                return self.organization(" ".join(role + full_name))  # "U.S. Census": its country is in its name
            return self.organization(full_name[0])
        if self.ends_in_acronym(full_name):
            return self.organization(" ".join(name))  # "the SVP" of an article about the "Junge SVP", its youth wing
        canonical = " ".join(full_name)
        place_like = full_name[-1].lower() in _PLACE_NAME_ENDS
        no_first_name = not first_name_gender(full_name[0], broad=True)
        if not role and not role_found and (place_like or no_first_name):
            # "Cascade Hollow" of "Cascade Hollow Brewing"; "Serra Dourada" of "Serra Dourada Mineração", a company's
            # word ending it (not "Thabo Mbeki" of the "Thabo Mbeki Foundation", named after him)
            body = self.body_named_first(full_name)
            if body and (place_like or body.split()[-1].lower() in _COMPANY_ENDINGS):
                return self.organization(body)
        if (
            not role
            and not role_found
            and not first_name_gender(full_name[0], broad=True)
            and self.described_as_thing(canonical)
        ):
            return self.organization(canonical)  # "Fjellvind Energi, the Bergen-based developer, which …"
        if len(full_name) > 1 and canonical.isupper():
            # A transcript label ("KATE BOLDUAN:") the article never writes otherwise; "MCCAIN" → "McCain".
            canonical = re.sub(r"\bMc(\w)", lambda m: "Mc" + m.group(1).upper(), canonical.title())
        # A short apposition names the job better than honorifics do ("Maj. Gen. Pat Ryder, Pentagon press secretary").
        short_apposition = (
            apposition if apposition and len(apposition.split()) <= 6 and not _NO_ROLE.match(apposition) else None
        )
        if len(full_name) > 2 and full_name[-1].lower() in HONOURS:
            role = role or full_name[-1:]  # "Helen Ashdown KC": the silk is her role, not her name
        role_words = role or role_found
        if len(role_words) > 1 and role_words[-1].lower() in HONORIFICS:
            role_words = role_words[:-1]  # "Chief Medical Officer Dr Aroha Tipene": the job, not the doctor's title
        role_text = short_apposition or " ".join(role_words) or None
        people = [e for e in self.entities if e.type == "person"]
        # The same name, else another spelling of the same person ("Hillary Clinton", "Hillary Rodham Clinton"), but
        # not a relative who shares the surname (Ivanka Trump is not Donald J. Trump).
        known = next((e for e in people if e.name == canonical), None) or next(
            (
                e for e in people
                if surname_key(e.name.split()) == surname_key(name) and self.same_first_name(e.name.split(), full_name)
            ),
            None,
        )  # fmt: skip
        if known is not None:
            # Someone first met without a title ("Minister says …" over the body's minister) takes the first one the
            # text gives: "Treasury minister Darren Jones".
            if known.role is None and role_text and role_head(role_text) in PERSON_NOUNS:
                known.role = role_text
            return known
        if len(full_name) > 2 and full_name[-1].lower() in HONOURS:
            canonical = " ".join(full_name[:-1])
        return self.new(canonical, "person", role=role_text)

    def job_holder(self, job: str, body: Entity, position: int) -> Entity | None:
        """The person the article names with ``job`` ("Chief executive Fiona Lachlan") at ``body`` or at no body the
        words before the name give ("Apple chief executive Tim Cook" is no job at Samsung): the nearest such name
        before ``position``, else after it; None when there is none."""
        body_words = set(body.name.split())
        found = []
        for m, (role, _) in zip(self.name_runs, self.run_parts, strict=True):
            if not personal_run(m.group(0)) or self.quoted(m.start()):
                continue
            context = [*word_tokens(self.text_before(m.start(), 60))[-6:], *role]
            if _job(job) not in {_job(w.lower()) for w in context}:
                continue
            named = {w for w in context if is_capitalised(w) and w.lower() not in TITLE_WORDS | _BODY_JOBS}
            if named - _SENTENCE_OPENERS_CAPITALISED and not named & body_words:
                continue
            found.append(m)
        before = [m for m in found if m.start() < position]
        best = before[-1] if before else (found[0] if found else None)
        return self.person_named(best.group(0)) if best is not None else None

    def given_name_of(self, name: list[str], role: list[str], gender: str | None) -> list[str] | None:
        """The full name that opens with ``name``, written after an honorific or a title: given names in Malaysian
        and Thai papers ("Mr. Zulkifli" of "Zulkifli Hamdan"), a family name written first ("President Xi" of "Xi
        Jinping"); not when only a suffix follows (not "Donald Trump Jr."), nor of another gender than the honorific's
        (not "Ms. Warren" of Warren Buffett). None otherwise."""
        if not role:
            return None
        full = self.first_name_of(name)
        if full is None or all(w.lower().rstrip(".") in NAME_SUFFIXES for w in full[len(name) :]):
            return None
        if gender is not None and self.name_gender(tuple(full)) not in (None, gender):
            return None
        return full

    def body_named_first(self, name: list[str]) -> str | None:
        """The longest organisation name in the text that opens with ``name`` and ends in an organisation word
        ("Schuylkill Valley Medical Center" for "Schuylkill Valley"), or None."""
        if self._body_names is None:  # once per article: the organisation names its name runs hold
            runs = (organisation_words(word_tokens(m.group(0))) for m in self.name_runs)
            self._body_names = [words for words in runs if words and words[-1].lower() in ORG_WORDS]
        fuller = [words for words in self._body_names if len(words) > len(name) and words[: len(name)] == name]
        return " ".join(max(fuller, key=len)) if fuller else None

    def described_as_someone(self, word: str) -> bool:
        """Whether the text writes ``word`` as a person's: followed by ", who" ("Obama, who spoke …") or an age
        ("Suparman, 67, said")."""
        return re.search(rf"\b{re.escape(word)},\s+(?:who\b|\d{{1,3}},)", self.text) is not None

    def described_as_thing(self, name: str) -> bool:
        """Whether the text writes ``name`` as an organisation's: followed by ", which", perhaps after a short
        apposition ("Fjellvind Energi, the Bergen-based developer, which …"), and never by ", who"."""
        escaped = re.escape(name)
        if re.search(rf"\b{escaped},\s+who\b", self.text):
            return False
        # Right after the name, "which" may be what a preposition before it heads ("the case against Dawit Haile,
        # which dragged on"); after an apposition ("…, the Bergen-based developer, which") it is the name's.
        not_after_preposition = "".join(rf"(?<!\b{p} )" for p in sorted(PREPOSITIONS | {"against"}))
        apposed = rf"\b{escaped},\s+(?:a|an|the)\s[^,.\n]{{1,60}},\s+which\b"
        bare = rf"{not_after_preposition}\b{escaped},\s+which\b"
        return re.search(apposed, self.text) is not None or re.search(bare, self.text) is not None

    def speaker_with_surname(self, name: list[str], gender: str | None) -> Entity | None:
        """The one person who has already spoken with this surname (and no other gender), if only one has, or else the
        one of them known to be of ``gender``.

        A bare "Mr. Khan" after Khizr Khan spoke is Khizr, not his son Humayun whom the article names
        as often; "Mr Hichens" after Loveday and Tony Hichens spoke is Tony, whose first name tells; when relatives
        who share the surname have both spoken and nothing tells them apart, the name rules decide."""
        surname = surname_key(name)
        spoken = [
            e
            for e in self.entities
            if e.type == "person"
            and e.positions
            and surname_key(e.name.split()) == surname
            and (gender is None or self.gender(e) in (None, gender))
        ]
        if len(spoken) > 1 and gender is not None:
            spoken = [e for e in spoken if self.gender(e) == gender]
        return spoken[0] if len(spoken) == 1 else None

    def described(self, lower: list[str], content: list[str], position: int) -> Entity:
        head = content[-1].lower() if content else lower[-1]
        body = {head, head.removesuffix("s")} & (BODY_NOUNS | ORG_WORDS | _BUSINESS_HEADS)  # "specialist lending firms"
        if len(content) > 1 and content[0].lower() in PEOPLE_HEADS and _PARTICIPLE.fullmatch(content[1]) and not body:
            head = content[0].lower()  # "voters interviewed on Wednesday", "Visitors queuing outside": people
        elif len(content) > 1 and _PARTICIPLE.fullmatch(content[-1]) and content[-2].lower() in MESSAGE_NOUNS:
            content, head = content[:-1], content[-2].lower()  # "a new study published (Wednesday in …)": the study
        # The head comes before a prepositional phrase or a relative clause: "critics of the program", "a
        # spokesman for the campaign", "members who spoke with reporters".
        if k := next((k for k, w in enumerate(content) if k and w.lower() in PHRASE_OPENERS), 0):
            modifier, before = content[k - 1].lower(), content[k - 2].lower() if k > 1 else ""
            # not "the youngest sibling of"; "a layoff notice filed with the state" is the notice
            participle = modifier.endswith(("ed", "ing")) and before in PEOPLE_HEADS | MESSAGE_NOUNS
            if k > 1 and (modifier in POST_MODIFIERS or participle):
                k -= 1  # "person familiar with", "commuters stuck in", "residents living near": the head is before
            elif k > 2 and before == "not" and modifier.endswith("ed") and content[k - 3].lower() in PEOPLE_HEADS:
                k -= 2  # "Doctors not involved in the research"
            head = content[k - 1].lower()
            if head in QUANTITY_NOUNS:
                head = content[-1].lower()  # the people counted: "percent of Democrats" is a group
        plural = head.endswith("s") and not head.endswith("ss") and len(head) > 3 and head not in NOT_PLURAL
        singular = head[:-1] if plural else head
        if head.endswith("men") and head not in _NOT_MEN:
            singular = head.removesuffix("men") + "man"  # "fishermen", "women"
        description = " ".join(content).replace(" ,", ",")  # "bespectacled, 71-year-old diplomat"
        if lower[0] in ("other", "another") and len(content) < len(lower):
            description = f"{lower[0]} {description}"  # "other E.U. leaders" are not "E.U. leaders"
        if singular != head:  # "U.S. officials", "sources": a plural unnamed source
            for e in self.entities:
                if e.type == "group" and e.name.lower() == description.lower():
                    return e
            if lower[0] in ("these", "those", "the") and len(lower) == 2:  # "Those voters": the voters just meant
                if earlier := next(
                    (e for e in reversed(self.entities) if e.type == "group" and e.head in (singular, head)), None
                ):
                    return earlier
            return self.new(description, "group", head=singular)
        if singular in POLL_NOUNS and (maker := self.message_maker(position, POLL_NOUNS)):
            return self.organization(maker)  # "the poll" of "the latest Reuters/Ipsos poll"
        # A headline's bare title is as definite: "Justice vows to be 'more circumspect'"
        definite = (
            lower[0] in ("the", "this", "that") or content == [content[0].capitalize()] and head in PERSON_ROLE_HEADS
        )
        if definite and singular in AD_NOUNS and (maker := self.message_maker(position, AD_NOUNS)):
            return self.organization(maker)  # "the clip" of "a web video by the Republican National Committee"
        if singular in ANONYMOUS_HEADS:
            if definite:
                # The source of this kind last quoted, though another spoke since ("… a spokeswoman said … the
                # person said"); "the first person" is the one introduced first.
                ordinal = ORDINALS.get(lower[1]) if len(lower) > 1 else None
                earlier = self.anonymous_with_head(singular, position, ordinal=ordinal)
                if earlier is not None:
                    if len(description.split()) > len(earlier.name.split()) and not earlier.introduced and not ordinal:
                        earlier.name = description  # named by its fullest description
                    return earlier
                if introduction := self.introduction(singular, position):
                    entity = self.new(introduction, "anonymous", head=singular)
                    entity.introduced = True
                    return entity
            return self.new(description, "anonymous", head=singular)
        if definite and len(content) == 1 and head in MESSAGE_NOUNS and (issuer := self.issuer_of(head, position)):
            return issuer  # "In their report, planning officers said … The report warned": the report's authors
        if definite and len(content) == 1 and head in ISSUED_MESSAGES:
            if (issuer := self.latest(("person", "organization", "group", "anonymous"), position)) is not None:
                return issuer  # "Gowdy said in a statement … The statement added": the statement's issuer
        # "the minister", "the secretary": the person whose role names it; "a senator", "one supporter" and
        # "another supporter" are someone new.
        for e in reversed(self.entities if lower[0] not in INDEFINITE_OPENERS else []):
            if (
                e.type == "person"
                and e.role
                and _job(head) == _job(role_head(e.role))
                and not self.outranked(e, lower)
                and not _other_places(lower, e.role.lower().split())  # "the Florida senator" is no "Texas Sen."
            ):
                return e
        if definite or is_possessive(lower[0]):
            # "the actress" after "a 24-year-old actress from Lagos" is that unnamed one, not "Actress Meryl Streep"
            occupation_introduced = head in _OCCUPATIONS and self.introduction(head, position, unnamed=True)
            if (
                head in _HELD_ROLES
                and not occupation_introduced
                and (holder := self.role_holder(lower, position))
                and not (head in _OCCUPATIONS and self.introduced_in_passing(head, holder))
            ):
                return holder  # "the Republican nominee" of "Republican nominee Donald Trump", "the actress" of
                # "Oscar-winning actress Susan Sarandon"
            if head in PERSON_ROLE_HEADS and (named_next := self.named_next(position)):
                return named_next  # a lede's "the state's health commissioner said", named in the next paragraph
            # An age fits anyone, so it names only the one person of the last sentences ("The 24-year-old said",
            # "the 31-year-old defender"); one after a preposition is someone else's ("the lawyer for the 34-year-old").
            head_phrase = lower[: next((k for k, w in enumerate(lower) if k and w in PHRASE_OPENERS), len(lower))]
            age = next((w.removesuffix("-year-old") for w in head_phrase if w.endswith("-year-old")), None)
            # "the governor-elect"; "the veteran centre", "the longtime coach" (not "the longtime resident"): a person
            # whose career it describes.
            career = head in _CAREER_HEADS and bool(set(head_phrase[:-1]) & _CAREER_WORDS)
            epithet = head.removesuffix("-elect") in EPITHET_HEADS or career
            # like an age: "the pensioner", only someone the last sentences named, of the word's gender ("the widow")
            # and, for a pensioner or retiree, given an age of _OLD_AGE or more; never someone with a job title
            # (``fits_life_stage``)
            stage = head in _LIFE_STAGES
            if definite and age and (person := self.person_of_age(age, position)):
                return person  # "Parata, who turned 31 last week, …" … "the 31-year-old said"
            if (
                definite
                and (epithet or age or stage)
                and (
                    person := self.prominent_person(
                        lower, position, recent_only=age is not None or stage or _epithet_from_place(lower, content)
                    )
                )
                and (not stage or self.fits_life_stage(person, head, position))
            ):
                return person  # "the real estate mogul": the article's most named person
            own_body = is_possessive(lower[0]) and without_possessive(lower[0]) in COUNTRIES  # "China's ministry"
            body = None
            if (head in ORG_WORDS or head in _BUSINESS_HEADS) and not own_body:
                body = self.organisation_with_head(head, position, business="central" not in lower)
            if body is not None and not _other_kind(content, head, body):
                body.called.add(head)  # what the article calls it, for the next "the company"
                return body  # "the fund" of "the International Monetary Fund"; "the central bank" is no business
            if (
                definite
                and len(content) == 1
                and head in _PLACE_BODIES - {"state"}
                and not is_possessive(lower[0])
                and (body := self.place_body(head, position))
            ):
                return body  # "The city says": its council, as the article names it
            if definite and head in KIND_HEADS and (body := self.organisation_of_kind(KIND_HEADS[head], position)):
                return body  # "the kingdom" of Saudi Arabia, "the news outlet" of Fox News
            if definite and head in BODY_NOUNS and not own_body and (body := self.body_introduced_as(head, position)):
                return body  # "the regulator" of "the Market Oversight Board, the Dutch competition regulator"
            if (
                definite
                and len(content) == 1
                and head in _ANY_BODY
                and (body := self.latest(("organization",), position))
                and {w.lower() for w in body.name.split()} & _GROUP_LIKE  # not a state or a ministry
                # none introduced so, or the body spoke in this sentence or the one before and no other body or
                # people were introduced as a group ("A group of residents …", "Protest group Save Our Park")
                and (
                    not re.search(rf"\b{head}\b", self.text[:position], re.IGNORECASE)
                    or self.spoke_since(body, self.sentence_starts[max(0, self.sentence_index(position) - 1)], position)
                    and not _GROUP_INTRODUCED.search(self.text, 0, position)
                )
            ):
                # "The Rocky Mountain Homebuilders Association said … But the group warned"; "The Migraine Alliance of
                # America said … “Choice matters,” the group said." though a trial's "that group" came before
                return body
            if (
                definite
                and len(content) == 1
                and head in BODY_NOUNS - {"campaign", "team"}  # "the presidential campaign" is a candidate's
                and head not in _ANY_BODY
                and (kind := self.body_described_before(head, position))
            ):
                # "the infrastructure ministry had drawn up a plan … The ministry denied the report": the body as the
                # narrative described it
                return self.known_or_new(kind, "organization", head=head)
            if (
                definite
                and len(content) == 1
                and head == "campaign"
                and (person := self.prominent_person([], position))
            ):
                return self.organization(f"{person.name.split()[-1]} campaign")  # the campaign the article follows
        for e in self.entities:
            if e.type == "unknown" and e.name.lower() == description.lower():
                return e
        earlier = self.latest(("unknown", "anonymous"), position)
        if definite and earlier is not None and earlier.head == head:
            return earlier  # "a Republican strategist … the strategist": the unnamed source just described
        if definite and head in PERSON_NOUNS and (introduction := self.introduction(head, position, unnamed=True)):
            # "a senior engineer at the regional water authority … the engineer said": the unnamed person introduced,
            # the one already speaking when it did ("A nurse at the hospital … said", a spokesman, "the nurse said").
            spoken = (e for e in reversed(self.entities) if e.type in ("anonymous", "unknown") and e.head == head)
            return next(spoken, None) or self.known_or_new(introduction, "anonymous", head=head)
        # Made once per description and type, so "the crowd" chanting twice is one speaker.
        return self.known_or_new(description, _unplaced_type(lower, head), head=head)


# Words before the one interviewed, who is no quote's source there though the tagger may take "We spoke to the study's
# lead author, Dr Nomvula Sithole, about …" for a report.
_INTERVIEWED = re.compile(r"\b(?:(?:spoke|talked|sat\s+down)\s+(?:to|with)|interviewed)\b", re.IGNORECASE)
# Words after the one interviewed at a news conference: "where Houghton faced several questions about the incident".
_ASKED_QUESTIONS = re.compile(r"[ \t]+(?:faced|fielded|took|answered)[ \t]+(?:[\w-]+[ \t]+){0,2}questions\b")
_AFTER_QUOTATION = re.compile(r"[,?!][\"”’'][ \t]*$|[\"”’'],[ \t]*$")  # "…,” said X": the inverted form
_NAME_AFTER_VERB = re.compile(latin_classes(r"[ \t]+((?:[A-Z][\w.'’-]*[ \t]+)*[A-Z][\w'’-]*)"))  # "said Jason Gilbert"
_PARTY_MEMBERS = {"Republican": "Republicans", "Democratic": "Democrats"}  # a party's word alone, as a source
# What a party's word may qualify to name its members' message: "Republican criticism", "Democratic allegations".
_PARTY_MESSAGE = re.compile(
    r"[ \t]+(?:criticism|allegations?|attacks?|complaints?|claims?|objections?|opposition|warnings?|concerns?)\b"
)
# Words for a stage of life that news uses as a second name for someone it just named ("Margaret Pugh, 81, … The
# pensioner said").
_LIFE_STAGES = frozenset("pensioner retiree widow widower grandmother grandfather".split())
_OLD_AGE_STAGES = frozenset({"pensioner", "retiree"})  # only someone given an age of 60 or more
_OLD_AGE = 60
_AGE_NUMBER = re.compile(r"(?<![\w.-])\d{2,3}(?![\w.-])")
_SAME_JOB = {"justice": "judge", "skipper": "captain"}  # "Justice Miriam Kariuki" is "the judge"


_SHARE_ALONE = re.compile(SHARE, re.IGNORECASE)
_PLURAL_POINTERS = frozenset({"them", "those", "these", "us", "you"})
_STRESSED = re.compile(r"^(?:only|just|even)\s+", re.IGNORECASE)  # words that stress a count
# A percentage, as polls report a share of people: "53%", "74 percent".
_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)"
_PERCENT_ALONE = re.compile(_PERCENT)
_SHARE_OF = re.compile(
    rf"(?:{SHARE}\s+(?:of\s+)?|{_PERCENT}\s+of\s+)(?:the\s+)?(?=[a-z])", re.IGNORECASE
)  # "More than half the senators surveyed", "85% of Democrats"
# A noun after a body's head that makes it no body: "a court hearing" ("a ministry spokesman" still describes one).
_HEAD_GOES_ON = re.compile(
    r"[ \t]+(?:hearing|case|ruling|order|decision|session|meeting|room|reporter|proceedings|date)\b"
)
_JOINT_MAKERS = re.compile(r"[A-Za-z.]/[A-Z]")  # names joined by a slash: "Times/CBS", "Journal/Marist"
# A run that is all a quotation holds, as a title is: "“The Walking Dead”", "“Veep,”".
_OPENS_TITLE = re.compile(r"[“\"‘](?:The[ \t]+)?$")
_TITLE_IN_MARKS = re.compile(r"[,.]?[”\"’]")


# States and countries a description or title may name, less the nation whose news it is ("U.S. Sen.") and the
# pronoun "us".
_NAMED_PLACES = COUNTRIES - {"u.s.", "us", "america", "u.k.", "uk", "britain"}
_PLACE_WORDS_MAX = max(len(place.split()) for place in _NAMED_PLACES)  # "papua new guinea"


def _places(words: list[str]) -> set[str]:
    """The places of ``_NAMED_PLACES`` that lower-cased ``words`` name ("florida", "new hampshire")."""
    spans = {" ".join(words[i : i + n]) for n in range(1, _PLACE_WORDS_MAX + 1) for i in range(len(words) - n + 1)}
    return spans & _NAMED_PLACES


def _other_places(description: list[str], context: list[str]) -> bool:
    """Whether a description and the words a person was written with each name a place, and none the same."""
    wanted = _places(description)
    return bool(wanted) and bool(given := _places(context)) and not wanted & given


def _job(word: str) -> str:
    """A role's head noun as one name for its job: "justice" → "judge"."""
    return _SAME_JOB.get(word, word)


_SURNAME_TITLES = frozenset({"Sheikh", "King", "Bishop"})  # titles that are common surnames too, as written alone
_SPACE = re.compile(r"\s*")
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near"})
_ALL_PREPOSITIONS = PREPOSITIONS | {"unlike", "across", "like", "despite", "throughout", "beyond", "amid", "outside"}
_CAREER_WORDS = frozenset({"veteran", "longtime", "long-time"})
_CAREER_HEADS = frozenset("centre center guard keeper captain coach player batter skipper lawmaker politician".split())
_ANY_BODY = frozenset({"group", "organization", "organisation"})  # a head any body of members may go by
_GROUP_LIKE = frozenset(
    "association coalition union alliance federation confederation group network society league foundation forum "
    "guild movement campaign club chamber".split()
)
_PLAIN_GENDERED = {"man": "m", "woman": "f"}  # "a woman in the crowd said … he said" is someone else
_HEAD_GENDER = GENDERED_WORDS | _PLAIN_GENDERED
_ONLY_COMMA = re.compile(r",[ \t]*")
# Last words of a company's name, which no body named after a person ends with ("Serra Dourada Mineração", not "the
# Thabo Mbeki Foundation" or "the Nnamdi Kanu Support Group").
_COMPANY_ENDINGS = frozenset(
    """mineração mineracao gmbh ltd inc corp plc holdings industries brewing foods motors airlines pharmaceuticals
    technologies systems logistics freight mining resources ventures partners paving""".split()
)
# Last words of place names that also open organisations' names ("Schuylkill Valley" of "Schuylkill Valley Medical
# Center"); a person's name ending so is rare, unlike one opening a foundation's ("Thabo Mbeki Foundation").
_PLACE_NAME_ENDS = frozenset(
    "valley hollow hills springs creek park bay river lake ridge heights falls grove canyon island coast harbor".split()
)
# A phrase fronted before a sentence's subject: "In an interview with reporter Sam Reed, ", "After the meeting, ".
_FRONTED_PHRASE = re.compile(
    r"(?:In|At|After|Before|During|Speaking|Asked|On|Later|Earlier|Since|Following|Ahead\s+of|Outside|Inside|Near"
    r"|As|When|While)\b[^,.;\n]{0,80},[ \t]+"
)
# Appositions that say something of a person but name no job: "who sponsored the measure", "one of two votes against".
# A participle alone says what they were doing there ("Helen Ashdown KC, prosecuting,"), a preposition whom they act
# for or where they are from ("Conor Lysaght SC, for Forde,").
_NO_ROLE = re.compile(
    r"(?:who|whose|which|that|where|when|one\s+of|among|including|for|of|from|in|at|on)\b|\w+ing$", re.IGNORECASE
)
# An aside right after a source on why it is unnamed: ", who spoke on condition of anonymity", ", speaking anonymously".
_GRANTED_ANONYMITY = re.compile(rf",\s+{ANONYMITY_ASIDE}", re.IGNORECASE)
# Heads of the unnamed people a pronoun may continue: "a spokeswoman", "the official", "a man in the crowd".
_UNNAMED_HEADS = ANONYMOUS_HEADS | {"spokesman", "spokeswoman", *_PLAIN_GENDERED}
_NOT_FIRST_NAMES = COUNTRIES | KNOWN_ORGANISATIONS  # "Jordan", "Georgia" speak as states
# What a business is called after its name: "the company", "the lender", "the miner"; and a sports club.
_BUSINESS_HEADS = frozenset(
    "company firm bank lender insurer carrier airline retailer automaker chipmaker maker miner club".split()
)
# Where an apposition's head noun ends it: "a charity that …", "a family firm based in …", "the regulator," (not "the
# company's founder", whose head is the founder).
_HEAD_END = r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:that|which|whose|based|with|in|of|for|founded|owned|run|led)\b)"
# An apposition's modifiers: up to five words, none a preposition, article or conjunction ("the biggest market for the
# company" and "a unit of the Tata Group" describe something else).
_MODIFIERS = r"(?:(?!(?:of|for|at|by|from|to|in|on|with|and|or|the|a|an)\b)[\w'’-]+[ \t]+){0,5}?"
_ARTICLE = r"(?:[Aa]n?|[Tt]he)"
_APPOSITION_REACH = 80  # characters before a name in which an apposition before it ("The city's … group, ") may start
# Who told the one a mention names: "Mr Crossan told " before "Judge Patricia Kerr", "she told " before "reporters".
_TELLER = re.compile(
    latin_classes(
        r"(?<![\w.'’-])((?:(?:[A-Z][a-z]{0,3}\.|[A-Z]\.|[A-Z][\w'’-]*)[ \t]+){0,3}[A-Z][\w'’-]*|[Hh]e|[Ss]he)"
        r"[ \t]+(?:told|assured|reminded)[ \t]+$"
    )
)  # a full stop only after an honorific or an initial ("Mr. Smith", "John F. Smith"), so no "Friday. He"
_TIME_OPENERS = frozenset("yesterday today tonight earlier later meanwhile afterwards afterward instead".split())
_REPLYING = re.compile(r",?[ \t]+who[ \t]+(?:replied|responded|answered|said|retorted)\b")
_PERSONAL_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3}"  # "Radu Pîrvulescu" (latin_classes widens the capitals)
_QUOTATION_MARK = re.compile(r"[\"“”«»‘]|(?<!\w)'(?=\w)")  # opening marks; "’" and "'" inside words are apostrophes
# Ranks written before a name ("Insp. Tom Vaiaku", "Prof Ana de la Cruz") that "the inspector" stands for; not heads of
# PERSON_ROLE_HEADS, since "a university professor" unnamed is still the next "he" (``unnamed_source_just_quoted``).
_RANKS = frozenset("inspector detective sergeant constable professor".split())
# Titles of people known without a surname, whose relatives do not take the word after them as one: "Prince Harry's
# wife, Meghan,", "The Queen's husband, Philip,".
_NO_SURNAME_TITLES = frozenset(
    "prince princess king queen lord lady sheikh emir sultan pope mother sister saint st. crown duke duchess".split()
)
_NO_SURNAME_TITLES_OR_THE = _NO_SURNAME_TITLES | {"the"}
# What a person is written as before their name, whose "the actress" means only someone so introduced (not the article's
# most named person, as an epithet such as "the senator" may).
_OCCUPATIONS = frozenset("actress actor pollster".split())  # not "diplomat", an anonymous source's head
_IN_PASSING = PREPOSITIONS | frozenset("opposite alongside and fellow".split())
# A sentence opened by a body named by its initials: "NASA postponed", "The FDA approved".
_OPENING_ACRONYM = re.compile(r"\s*(?:The[ \t]+)?([A-Z]{3,5})\b(?![’'.-])")
_NEWS_ACRONYMS = frozenset(
    "AFP CNN BBC NBC ABC CBS NPR PBS MSNBC CNBC AP UPI RIA TASS KCNA ANI PTI DPA ANSA EFE".split()
)
_HELD_ROLES = PERSON_ROLE_HEADS | _RANKS | _OCCUPATIONS  # heads whose "the …" may be someone named with the word
_NOT_MEN = frozenset(  # words ending in "men" that are no plural of "-man"
    "specimen regimen abdomen omen stamen acumen semen hymen lumen albumen amen bitumen ramen cyclamen dolmen yemen "
    "carmen".split()
)
# A message's maker named in an apposition: ", organised by the Highland Gaelic Families Network", "issued by the
# ministry" (a name or "the" and a noun, a time after it left out; not "sent by email").
_MADE_BY = re.compile(
    latin_classes(
        r",[ \t]+(?:organi[sz]ed|written|signed|sent|issued|published|drafted|commissioned|released)[ \t]+by[ \t]+"
        r"((?:the[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|of|and|for|the))*|the[ \t]+[a-z][\w-]*)"
        r"(?=[ \t]*(?:,|$)|[ \t]+(?:on|late|early|last|this|yesterday|today)\b)"
    )
)
# A court report's scene and its counsel, named by the side they speak for: "Outside court,", "Defending, Jago Pascoe
# said". (Any fronted phrase, _FRONTED_PHRASE, lost a quote of the first held-out sample: an aggregate ablation.)
_OUTSIDE_COURT = re.compile(r"Outside(?:[ \t]+the)?[ \t]+court(?:house)?,[ \t]+")
_COUNSEL = re.compile(r"(Defending|Prosecuting),[ \t]+")
_COUNSEL_ROLES = {"Defending": "defence barrister", "Prosecuting": "prosecutor"}
_FRONTED_PREPOSITION = re.compile(r"(?:^|(?<=[\s\"“]))(?:At|In)[ \t]+$")  # a sentence's opening "At ", "In "
_OF_NAME = re.compile(latin_classes(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"))
# Words an apposition may use for the kind of body a later "the <word>" means: "a family firm" is "the company".
_SAME_KIND = {kind: {"company", "firm", "start-up", "startup"} for kind in ("company", "firm")}
# Kinds of news medium, as a description's head: "a trade newsletter", "the sports daily".
_MEDIA_KINDS = frozenset("daily weekly paper tabloid broadcaster outlet newsletter website channel".split())
# Bodies a person leads, which speak for themselves: "her ministry" is the ministry, "his website" is still his.
_LED_BODIES = frozenset("ministry department embassy agency".split())
_RELATIVE_OPENER = re.compile(r"(?:who|which)(?=\s+\S)")  # lower case: "WHO officials" is the health body
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|ing)")  # "interviewed", "queuing": a clause after a description's head


@functools.cache
def _apposition_patterns(head: str) -> tuple[re.Pattern, re.Pattern]:
    """Regexes for an apposition of kind ``head`` after a name (matched at its end: ", a local charity that") and
    before one (searched up to its start, opening a clause: "The city's largest business group, the ", ", the pension
    fund ")."""
    kind = rf"(?:{'|'.join(sorted(_SAME_KIND.get(head, {head})))})"  # lower case: "the Tata Group" is a name
    after = re.compile(rf"[ \t]*,[ \t]+{_ARTICLE}[ \t]+{_MODIFIERS}{kind}{_HEAD_END}")
    before = re.compile(
        rf"(?:^|[.;:!?][\"”’]?[ \t]+|,[ \t]+|\n){_ARTICLE}[ \t]+{_MODIFIERS}{kind}(?:,[ \t]+(?:the[ \t]+)?|[ \t]+)$"
    )
    return after, before


def _kind_opening(head: str) -> re.Pattern:
    """A regex for a sentence opening with a body's kind right before its name, no article or comma needed
    ("Cycling charity " of "Cycling charity Safer Roads NI said"), searched up to the name's start."""
    kind = rf"(?:{'|'.join(sorted(_SAME_KIND.get(head, {head})))})"
    return re.compile(rf"(?:^|[.;:!?][\"”’]?[ \t]+|\n)(?:{_ARTICLE}[ \t]+)?{_MODIFIERS}{kind}[ \t]+$")


# A business's head noun and the trade its name may end with instead: "Cascade Hollow Brewing" is "the brewery".
_TRADE_OF_HEAD = {"brewery": "brewing", "distillery": "distilling", "bakery": "baking", "winery": "wines"}


def _called_by_head(name: str, head: str) -> bool:
    """Whether a body named ``name`` may be called "the <head>": its name's head ("the association" of "the Sámi
    Herders’ Association of Troms"), or "the union" for a workers' association or federation ("the Scioto Heights
    Education Association"; not "the National Retail Federation")."""
    words = re.split(r"\s+(?:of|in)\s+", name)[0].lower().split()  # "the embassy" of "Moroccan embassy in Lisbon"
    workers = head == "union" and words[-1] in ("association", "federation") and bool(set(words) & _WORKERS_WORDS)
    return words[-1] == head or workers or _TRADE_OF_HEAD.get(head) == words[-1]


_WORKERS_WORDS = frozenset(
    "education teachers teachers' nurses nurses' workers workers' employees staff police".split()
)


def _no_business(name: str) -> bool:
    """Whether a body's name is no business's: a public body's or medium's word, or a body of members as its head
    (the word before "of", else the last: "Migraine Alliance of America", "Communications Workers of America")."""
    words = name.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return bool(set(words) & PUBLIC_BODY_WORDS) or head in MEMBERS_BODY_HEADS or head in PEOPLE_PLURAL_NOUNS


def _called(business: Entity, head: str) -> bool:
    """Whether ``business`` may be called "the <head>": any business "the company", only a club "the club" (not a
    sponsor that spoke)."""
    return head != "club" or bool({w.lower() for w in business.name.split()} & CLUB_WORDS)


# Heads of descriptions of bodies beyond the body nouns: "a think tank", "a non-profit", "a super PAC", "the
# pension fund".
_OTHER_BODY_HEADS = frozenset(
    {"tank", "nonprofit", "non-profit", "charity", "start-up", "pac", "fund", "group", "body"}
)


def _names_a_body(apposition: str) -> bool:
    """Whether an apposition describes an organisation: "a local charity", "the state-owned miner", "a Nairobi
    think tank"; not a person of one ("a spokesman for the bank", "the company's founder")."""
    words = [w.lower() for w in word_tokens(apposition.strip(" ,"))]
    if not words or words[0] not in INDEFINITE_OPENERS | {"the"}:
        return False
    # The head phrase ends at a preposition, a relative pronoun or a participle: "a lawyer representing the union".
    end = next(
        (
            k
            for k, w in enumerate(words)
            if k and (w in PHRASE_OPENERS | {"whose", "responsible"} or _PARTICIPLE.fullmatch(w))
        ),
        None,
    )  # "the public body responsible for …"
    words = words[:end]
    return words[-1] in BODY_NOUNS | _BUSINESS_HEADS | _MEDIA_KINDS | _OTHER_BODY_HEADS


# Modifiers that say which of several bodies is meant, not what kind it is: "the previous government".
_WHICH_WORDS = frozenset(
    """previous rival other opposition opposing visiting home away current last next first second new old same
    former outgoing incoming ruling governing lower upper higher smaller larger bigger older younger newer""".split()
)


def _line_end(text: str, position: int) -> int:
    """Where the line holding ``position`` ends: its newline, or the text's end."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _only_says_which(word: str) -> bool:
    """Whether a modifier before a body's head picks one of several rather than naming a kind: "previous", "lower",
    "relegated" (a participle: not "housing" or "planning", which name kinds), any of ``_ANY_BODYS_MODIFIERS``, or a
    preposition."""
    return word in _WHICH_WORDS | _ANY_BODYS_MODIFIERS | PREPOSITIONS or word.endswith("ed")


# A group introduced as such: "a group of residents", "a local group", "Protest group Save Our Park".
_GROUP_INTRODUCED = re.compile(
    r"\b(?:[Aa]n?|(?!(?:The|This|That)\b)[A-Z][a-z]+)[ \t]+(?:[a-z][\w-]*[ \t]+)?group\b"
    r"|\b[Tt]he[ \t]+group[ \t]+(?:[A-Z]|[a-z]+ing\b)"  # "the group Save Hill Woods", "the group opposing …"
)
_LEADING_PREPOSITIONS = frozenset({"from", "by", "with"})
# A verb before a name in its sentence makes the name its object: "Officers arrested ", "Paramedics took ".
_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]+ed|took|sent|told|met|saw|hit|found|gave|brought|drove|shot|left|caught|beat|won|lost)\b"
)
_DEATH = re.compile(r"\b(?:killed|died|dead|death|murdered|funeral)\b")  # the dead say nothing new
_PLACE_COUNCILS = ("Council", "Commission", "Government")  # "Dayton City Commission"
# Places that are bodies when named "X of Y": "the City of Lethbridge", "the State of Vermont".
_PLACE_BODIES = frozenset("city town county borough village district municipality province state shire".split())
# Kinds of body written before a body's name: "the supporters' group Tejo Sempre", "the sports daily Marca".
_NAMED_BODY_KINDS = (BODY_NOUNS | _BUSINESS_HEADS | _MEDIA_KINDS | _OTHER_BODY_HEADS | {"group"}) - {"police"}
# The first words of a name a lower-case connector splits: "Institute for " of "Institute for Devolution Studies",
# "Right to " of "Right to Rise".
_NAME_BEFORE_CONNECTOR = re.compile(
    latin_classes(r"(?:[A-Z][\w.'’&-]*[ \t]+)*(?P<joined>[A-Z][\w.'’&-]*)[ \t]+(?:for|of|on|to)[ \t]+(?:the[ \t]+)?$")
)
# What may follow a description apposed to a name, where a source's cue would not: a comma, a relative pronoun or a
# participle ("Right to Rise, ⟦a super PAC⟧ backing …").
_APPOSITION_GOES_ON = re.compile(r"[ \t]*,|[ \t]+(?:that|which|who|[a-z]{2,}ing)\b")
# An apposition closed by a comma right before a relative pronoun: ", a Minneapolis-based charity, " (group 1).
_MEDIUM_BEFORE = re.compile(
    rf"\b(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+)?(?:{'|'.join(sorted(_MEDIA_KINDS | {'newspaper', 'magazine'}))})[ \t]+$"
)
_BARE_RELATIVE_HEADS = (["those"], ["some"], ["people"])  # heads that say who only with their clause
_RELATIVE_CLAUSE = re.compile(r"(?:who|that)\b[^,.;:!?\n\"“”]{1,100}(?=[,.;:!?\n\"“”])")
# A lower-case plural, then an apposition that says what it is, ending before a relative pronoun: "from superdelegates,
# the party leaders ", "superdelegates, or party leaders ".
_DEFINED_PLURAL = re.compile(r"\b([a-z][a-z-]*[a-z]s),[ \t]+(?:or|the)[ \t]+(?:[\w-]+[ \t]+){0,5}?[\w-]+[ \t]*$")
_AND_BEFORE = re.compile(r"(?:,|[ \t][-–—]+)?[ \t]+(?:and|but)[ \t]+$")  # "…, and who", "… - and who"
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which)\b")
_CLOSED_APPOSITION = re.compile(r",[ \t]+((?:an?|the)[ \t][^,.;\n]{1,80}),[ \t]*$")
_RELATIVE_AFTER_NAME = re.compile(r",\s+(?:who|whose)\b.*", re.DOTALL)
# "Jim Pappas, 70", "Jim Pappas, 70, of Albany": the age, and where the person is from after it, are no part of the name
# What the model may take in around an apposed name: "the former fast bowler Imtiaz Saleem Durrani", "Syed Faraz
# Qureshi, on (Monday)".
_DESCRIBED_BEFORE_NAME = re.compile(r"^the\s+(?:[a-z-]+\s+){1,4}(?=[A-Z])")
_TRAILING_PREPOSITION = re.compile(r",\s*(?:on|in|at|for|from|to|with|of)$")
# A role in apposition before the name that is the sentence's subject: "Its chief executive, ", "The chairman of the
# board (PCCB), ", "Its secretary, the former fast bowler ".
_ROLE_BEFORE_NAME = re.compile(r"(?:Its|Their|His|Her|The)\s[^,.\n\"“”]{1,80},\s+(?:the\s+(?:[a-z-]+\s+){1,4})?")
# What lies between a name and the age the text gives it: "Parata, 31", "Mulcahy (34", "Parata, who turned 31".
_REST_OF_PHRASE = re.compile(r"[^,.;\n]{0,60},[ \t]*")  # " to the panel, " between "In their report" and its speaker
_AGE_GIVEN = re.compile(r",[ \t]*|[ \t]*\([ \t]*|,[ \t]+who[ \t]+(?:is|was|turned|turns|will[ \t]+be)[ \t]+")
_AGE_AFTER_NAME = re.compile(r",\s*\d{1,3}(?:,\s+of\s+[^,]+)?\s*(?=,|$)")
# Alone, a part of the people just named ("Residents were divided. Some said …"); "Others" are other people.
_SOME_OF_THEM = frozenset("some several many most few".split())
_BY_FIRST_NAME = frozenset({"sir", "dame"})  # honours that go with the first name: "Sir Keir" is Keir Starmer


def _plural_people(word: str) -> bool:
    """Whether a capitalised word names people in the plural, by kind or by trade ("Democrats", "Workers")."""
    return is_people_plural(word) or word.lower() in PEOPLE_PLURAL_NOUNS


def _describes_no_one(role: list[str]) -> bool:
    """Whether the words before a lone name leave it a body's: none, or only places ("U.S."), quotation marks,
    "latest" and "new"."""
    return all(not w[:1].isalnum() or w.lower() in COUNTRIES or w.lower() in ("latest", "new") for w in role)


def _titled(role: list[str]) -> bool:
    """Whether ``role`` holds a person's honorific or abbreviated title ("Mr.", "Dr", "Rep.", "Sen."): what follows
    is a person's name, even one ending in an organisation word ("Rep. Zaldy Co")."""
    return any(w.lower() in HONORIFICS or w.lower() in TITLE_EXPANSIONS for w in role)


def _person_with_org_surname(name: list[str]) -> bool:
    """Whether ``name`` is a first name or initials, perhaps a middle name, and a surname that is also an organisation
    word ("Vicente Fox", "Margaret Court", "A.M. Homes"); a place's name is no first name ("Virginia House")."""
    return (
        2 <= len(name) <= 3
        and name[-1].lower() in SURNAME_ORG_WORDS
        and not {w.lower() for w in name[:-1]} & (ORG_WORDS | COUNTRIES)
        and (first_name_gender(name[0]) is not None or INITIALS.fullmatch(name[0]) is not None)
    )


# Modifiers of a body's head that any body of the kind may bear: "the federal agency" may be any agency.
_ANY_BODYS_MODIFIERS = frozenset(
    """federal state national local regional provincial city county municipal government public private top main new
    former same big large small largest biggest""".split()
)


def _other_kind(content: list[str], head: str, body: Entity) -> bool:
    """Whether the noun before ``head`` in a description names another kind of body than ``body``, whose name has
    that head but not that noun: "the state statistics agency" is not the Meridian News Agency ("the health agency"
    may be the UK Health Security Agency, "the cloud software maker" Northlark Systems)."""
    k = next((k for k, w in enumerate(content) if w.lower() == head), 0)
    modifier = content[k - 1] if k else ""
    if not modifier.islower() or modifier in _ANY_BODYS_MODIFIERS or not modifier.isalpha():
        return False
    name = [w.casefold() for w in body.name.split()]
    return head in name and modifier not in name


def _surname_like_a_job(words: list[str]) -> bool:
    """Whether ``words`` are a first name and a surname that reads as a job's plural: "Dottie Deans", "Ann Farmers"
    (a place's people, "Virginia Democrats", are not)."""
    first, last = words[0], words[-1]
    return (
        len(words) == 2
        and last[:1].isupper()
        and last[:-1].lower() in PERSON_NOUNS
        and first.lower() not in COUNTRIES
        and first_name_gender(first, broad=True) is not None
    )


def _name_and_description(apposition: str) -> tuple[str, str | None]:
    """``(name, description)`` of an apposition that names and then describes ("Abdelkader Zerouali, a retired railway
    worker"), else ``(apposition, None)``; a list ("John Smith, a teacher, and Mary Smith, a nurse") is neither."""
    name, _, further = apposition.partition(",")
    if not re.match(r"\s*(?:a|an|the)\s", further) or "," in further or re.search(r"\band\s+[A-Z]", further):
        return apposition, None
    return name.strip(), further.strip()


def _dependant_then_name(owners: str, head: str) -> re.Pattern:
    """A dependant's noun after one of ``owners`` (a regex alternation: "[Tt]he", "His|his"), then a personal name in
    group 1: "the lawyer, Radu Pîrvulescu", "His daughter, Sorcha Ní Bhriain"."""
    return re.compile(latin_classes(rf"\b(?:{owners})[ \t]+{re.escape(head)},?[ \t]+({_PERSONAL_NAME})"))


def _named_after_possessive(words: list[str]) -> str | None:
    """The personal name (two words or more) after a possessive pronoun and lower-case nouns ending in a person's
    ("Hem Sreyleak" of "His neighbour Hem Sreyleak"; not "Their charity Save The Children"), or None."""
    k = next((k for k, w in enumerate(words) if k and is_capitalised(w)), len(words))
    name = " ".join(words[k:])
    if k < 2 or not all(w.islower() for w in words[1:k]) or len(words) - k < 2 or not personal_run(name):
        return None
    if words[k - 1] not in OWNED_PEOPLE | PERSON_NOUNS:
        return None
    return name if all(map(is_capitalised, words[k:])) else None


def _named_at_end(words: list[str]) -> bool:
    """Whether ``words`` end with a personal name of two words or more ("Former CEO of HP Carly Fiorina")."""
    name = split_title(words)[1]
    return len(name) >= 2 and looks_like_person(" ".join(name[-2:]))


def _ending_in_acronym(words: list[str]) -> bool:
    """Whether ``words`` may be a body's name ending with an acronym of two to five capitals after a word that is no
    first name ("Junge SVP"); not a surname written in capitals ("Marine LE PEN") nor an honour ("Llyr Gruffydd MS")."""
    return (
        len(words) > 1
        and re.fullmatch(latin_classes("[A-Z]{2,5}"), words[-1]) is not None
        and words[-1].lower() not in NAME_SUFFIXES  # "Orla Brennan SC", "Róisín Shortall TD", "Davis III"
        and words[-1] not in _ROLE_ACRONYMS  # "The Bengal CM", "The Pakistan PM"
        and not any(w.isupper() for w in words[:-1])
        and not is_first_name(words[0])
    )


def _led_by_acronym(words: list[str]) -> bool:
    """Whether ``words`` are a body's name opening with an acronym of three to five capitals ("NHS England", "RTÉ
    News"), not a name written in capitals ("JOHN SMITH", a transcript's "AIT OUCHEN")."""
    return (
        len(words) > 1
        and re.fullmatch(latin_classes("[A-Z]{3,5}"), words[0]) is not None
        and not all(w.isupper() for w in words[1:])
        and not first_name_gender(words[0].capitalize(), broad=True)
        and not (len(words) > 2 and first_name_gender(words[1]))  # "NYPD Ann Lee"; not "HSE West", "AARP Virginia"
    )


def _firm_joined_by_ampersand(words: list[str]) -> bool:
    """Whether ``words`` are a firm's name joined by "&" ("Marks & Spencer", "Editor & Publisher"), not a title and a
    person after it ("Procter & Gamble CEO Jon Moeller"), two titles ("Chairman & CEO Mary Barra") nor two people
    ("Tom & Ann Baker", "Mr & Mrs Smith")."""
    if "&" not in words[1:-1] or any(w.lower() in HONORIFICS for w in words):
        return False
    if any(w.lower() in TITLE_WORDS for w in words[words.index("&") + 1 :]):
        return False
    return not (first_name_gender(words[0]) and first_name_gender(words[words.index("&") + 1]))


def _titled_name_at_end(words: list[str]) -> bool:
    """Whether ``words`` are a job with "of" in it and then a personal name of two words or more after an honorific
    ("Waikato medical officer of health Dr Aroha Tipene"); not someone's dependant ("A lawyer for Dr. Larry Nassar",
    "The son of Mr. John Smith")."""
    role, name = split_title(words)
    if not role or words[0].lower() in DETERMINERS or {w.lower() for w in role} & (PHRASE_OPENERS - {"of"}):
        return False
    return len(name) >= 2 and role[-1].lower() in HONORIFICS and looks_like_person(" ".join(name))


def _epithet_from_place(lower: list[str], content: list[str]) -> bool:
    """Whether ``content`` is an epithet and the place it is from ("the Republican from Alabama", "the Democrat of
    Vermont"): a description of the person, not a person named Alabama."""
    return (
        lower[0] == "the"
        and len(content) > 2
        and content[0].lower() in EPITHET_HEADS
        and content[1].lower() in ("from", "of")
        and " ".join(content[2:]).lower() in COUNTRIES
    )


def _unplaced_type(lower: list[str], head: str) -> SpeakerType:
    """The type of a singular description that names no one the article names (plurals are groups already): a
    person introduced by what they do ("a Republican strategist") is an unnamed source, a body ("the government")
    or a message ("the lawsuit", as the annotators type them) an organisation, a collective ("the crowd", "those
    in the hall") a group. A definite person left unresolved ("the Democratic nominee") more likely names someone
    the rules missed: unknown, as is anything else, but for "one" of some people ("One gogo told me"), an unnamed
    source. (Heads such as "official" are placed as anonymous sources before this.)
    """
    if lower[0] in INDEFINITE_OPENERS and head in PERSON_NOUNS:
        return "anonymous"
    if head in PERSON_NOUNS and any(
        w == head and lower[k + 1 : k + 2] in (["of"], ["at"]) and lower[k + 2 : k + 3] in (["a"], ["an"])
        for k, w in enumerate(lower)
    ):
        return "anonymous"  # "the owner of a gas station": someone of something unnamed, and so unnamed too
    if head in BODY_NOUNS or head in MESSAGE_NOUNS or head in _ANY_BODY:  # "The Conservative group on the council"
        return "organization"
    if head in COLLECTIVE_NOUNS or lower[0] in COLLECTIVE_OPENERS:
        return "group"
    if lower[0] == "one" and head not in ORG_WORDS | set(KIND_HEADS) | _ANY_BODY | _NOT_SOMEONE:
        return "anonymous"  # "One gogo told me": one of some people, whatever the word
    return "unknown"


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
    if j == i or j == len(tokens) or j - i > 5:
        return None
    words = [t.group(0) for t in tokens[i:j]]
    head = words[-1].lower()
    plural = head.endswith("s") and not head.endswith("ss") and len(head) > 3 and head not in NOT_PLURAL
    if not (plural or "and" in words) or any(w.lower() in PRONOUNS_PLURAL | PRONOUNS_PERSON for w in words):
        return None
    return Span.of(text, start + tokens[i].start(), start + tokens[j - 1].end())


def _looks_like_verb(word: str) -> bool:
    return word.islower() and (word in SUBJECT_VERBS or (word.endswith("ed") and len(word) > 3))


def _starts_with(words: list[str], opening: tuple[str, ...]) -> bool:
    return tuple(w.lower() for w in words[: len(opening)]) == opening


def _mention_start(a: Attribution) -> int:
    return a.speaker.mention.start if a.speaker and a.speaker.mention else a.quote.start


class AntecedentChooser(Protocol):
    """Picks each pronoun's antecedent among candidate spans (``quotes.antecedent.AntecedentFinder``)."""

    def choose(
        self, text: str, pronouns: list[tuple[int, int]], candidates: list[tuple[int, int, str]]
    ) -> list[tuple[int, int] | None]: ...


ANTECEDENT_PRONOUNS = frozenset({"he", "she", "him", "her"})


def antecedent_candidates(text: str, mentions: list[Span], name_runs: list[re.Match]) -> list[tuple[int, int, str]]:
    """What a pronoun may refer to, as ``(start, end, form)``: the article's runs that look like personal
    names (none inside quotation marks) and the source ``mentions``, each once, in text order."""
    quoted = quoted_ranges(text)
    # One entry per span (a repeated span would split the probability between its copies); a
    # source mention's own form wins over its reading as a name run.
    forms: dict[tuple[int, int], str] = {
        (m.start(), m.end()): "name"
        for m in name_runs
        if looks_like_person(m.group(0)) and not any(s <= m.start() < e for s, e in quoted)
    }
    for m in mentions:
        lower = m.text.lower()
        form = (
            "pronoun"
            if lower in PRONOUNS_PERSON | PRONOUNS_PLURAL
            else "name"
            if is_capitalised(m.text)
            else "description"
        )
        forms[(m.start, m.end)] = form
    return [(start, end, form) for (start, end), form in sorted(forms.items())]


def _antecedent_choices(
    text: str, attributions: list[Attribution], resolver: _Resolver, chooser: AntecedentChooser
) -> dict[int, tuple[int, int]]:
    """The learned antecedent of every "he"/"she" source mention, by mention start."""
    mentions = [a.speaker.mention for a in attributions if a.speaker and a.speaker.mention]
    pronouns = [(m.start, m.end) for m in mentions if m.text.lower() in ANTECEDENT_PRONOUNS]
    if not pronouns:
        return {}
    candidates = antecedent_candidates(text, mentions, resolver.name_runs)
    # The model only matters where a person named since the last source mention could be meant
    # ("Donald Trump is drawing criticism after he…"); elsewhere the rules' latest speaker stands,
    # and skipping those pronouns saves a model window each.
    sources = sorted(m.start for m in mentions)
    names = sorted(start for start, _, form in candidates if form == "name")
    # A person named inside a report ("Jonathan Hale told jurors that ⟦video showed Mr. Carter …⟧") is what its
    # source spoke of, not a new speaker: the model picked him for the next "he said" more often than not. Inside the
    # same report as the pronoun (an interview's answer: "a colleague, Dr Pieter Joubert … He said, “Listen again.”")
    # he still may be meant.
    reported = [(p.start, p.end) for a in attributions for p in a.quote.parts or [a.quote]]
    open_pronouns = []
    for start, end in pronouns:
        last_source = max((p for p in sources if p < start), default=-1)
        if any(last_source < n < start and all(lo <= start < hi for lo, hi in reported if lo <= n < hi) for n in names):
            open_pronouns.append((start, end))
    if not open_pronouns:
        return {}
    chosen = chooser.choose(text, open_pronouns, candidates)
    return {start: span for (start, _), span in zip(open_pronouns, chosen, strict=True) if span is not None}


def resolve_speakers(
    text: str, attributions: list[Attribution], *, antecedents: AntecedentChooser | None = None
) -> list[Attribution]:
    """The same attributions, each speaker replaced by its canonical entity (ids ``s1``, ``s2``… in order).

    Mentions are resolved in text order, so a pronoun only looks back. With ``antecedents``, a
    "he"/"she" goes to the mention the learned model picks; otherwise (or when it declines) to the
    latest person speaker.
    """
    given = attributions
    attributions = [_with_whole_word_mention(text, a) for a in attributions]
    resolver = _Resolver(text, [(p.start, p.end) for a in attributions for p in a.quote.parts or [a.quote]])
    if antecedents is not None:
        resolver.choices = _antecedent_choices(text, attributions, resolver, antecedents)
    entities: dict[int, Entity] = {}
    for i in sorted(range(len(attributions)), key=lambda i: _mention_start(attributions[i])):
        speaker = attributions[i].speaker
        if speaker is None or speaker.mention is None:
            continue
        says_its = _SPEAKS_OF_ITSELF.match(attributions[i].quote.text) is not None
        entity = resolver.resolve(speaker.mention, says_its=says_its)
        resolver.mention_ends[speaker.mention.start] = speaker.mention.end
        if entity is not None and entity.type == "person" and entity.role is None:
            entity.role = resolver.counsel_role(speaker.mention)
        if entity is not None:
            entity.positions.append(speaker.mention.start)
            entities[i] = entity
    _continue_speakers(text, attributions, entities)
    _headline_sources_in_body(resolver, attributions, entities)
    # Ids number the speakers in order of first mention (entities made on the way, such as the
    # members of a group, are not speakers and take no number).
    ids: dict[int, str] = {}
    for i in sorted(entities, key=lambda i: _mention_start(attributions[i])):
        ids.setdefault(id(entities[i]), f"s{len(ids) + 1}")
    genders = _person_genders(resolver, attributions, entities)
    out = []
    for i, a in enumerate(given):
        entity = entities.get(i)
        if entity is not None:
            mention = a.speaker.mention if a.speaker else None
            role = clean_name(entity.role) if entity.role else entity.role
            gender, gender_from = genders.get(id(entity), (None, None))
            speaker = Speaker(
                clean_name(entity.name),
                entity.type,
                mention=mention,
                id=ids[id(entity)],
                role=role,
                gender=gender,
                gender_from=gender_from,
            )
            a = replace(a, speaker=speaker)
        out.append(a)
    return out


def _person_genders(
    resolver: _Resolver, attributions: list[Attribution], entities: dict[int, Entity]
) -> dict[int, tuple[Gender | None, GenderBasis | None]]:
    """``(gender, basis)`` of every person speaker, keyed by ``id(entity)``, from its name, role and the source
    mentions of its quotes."""
    mentions: dict[int, list[str]] = {}
    people: dict[int, Entity] = {}
    for i, entity in entities.items():
        if entity.type == "person":
            people[id(entity)] = entity
            speaker = attributions[i].speaker  # a continued quote may have none
            written = [speaker.mention.text] if speaker is not None and speaker.mention is not None else []
            mentions.setdefault(id(entity), []).extend(written)
    return {key: person_gender(resolver, clean_name(e.name), e.role, mentions[key]) for key, e in people.items()}


def _job_phrase(apposition: str) -> bool:
    """Whether an apposition names a person's job at a body: its head before "of", "at" or "for" is a person noun
    ("the executive director of …", "a professor at …")."""
    words = word_tokens(apposition.lower())
    k = next((k for k, w in enumerate(words) if w in ("of", "at", "for")), 0)
    return k > 1 and words[k - 1] in PERSON_NOUNS


def _with_whole_word_mention(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its source mention widened to whole words, for resolving only: a span that starts or
    ends inside a word ("t" of "Clinton", "epublican opponents") names that word. The output keeps the span as
    given."""
    mention = attribution.speaker.mention if attribution.speaker else None
    if mention is None or not mention.text:
        return attribution
    start, end = mention.start, mention.end
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    if (start, end) == (mention.start, mention.end):
        return attribution
    return replace(attribution, speaker=replace(attribution.speaker, mention=Span.of(text, start, end)))


# A paraphrase in which the speaker is "it": "(that) its board was …", "it would offer …" (not "it would be", where
# "it" is anything: "Smith said it would be a disaster").
_SPEAKS_OF_ITSELF = re.compile(
    r"(?i)(?:that\s+)?(?:its\s|it\s+(?:would|will|had|has|could|plans?|planned|expects?|expected|intends?|intended|"
    r"remains?|remained)\s+(?!(?:be|been|not|take|make|seem|become|help|hurt)\b))"
)
_POSSESSIVE_OF = {"he": "his", "she": "her", "him": "his", "her": "her"}  # of the gendered pronouns
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:after|before|when|because|until|since|while|once)\s+$")
# An unnamed man or woman introduced by a few words: "a 26-year-old Berlin man", "an elderly woman".
_SOMEONE_DESCRIBED = re.compile(r"\b[Aa]n?\s+((?:[\w'’-]+\s+){0,3}?(man|woman))\b")
# Jobs written as acronyms, common nouns all the same: "the former CEO of Hewlett-Packard" is a person, not the firm.
_JOB_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO"})
# Offices written as acronyms after a place or body, as South Asian and British news write them ("The Bengal CM").
_ROLE_ACRONYMS = _JOB_ACRONYMS | frozenset(
    "CM PM LG SSP MD DA DM SP DG GM VP AG DC DGP IG CJ CJI SHO DSP ACP DCP".split()
)
# Jobs a body's "its" may give ("its chief executive", "its manager").
_BODY_JOBS = PERSON_ROLE_HEADS | frozenset({"executive"})
# Capitalised words that open sentences and name no body: "The", "But".
_SENTENCE_OPENERS_CAPITALISED = frozenset(w.capitalize() for w in SENTENCE_OPENERS)
# What a possessive owns, after at most one modifier: "Mr. Ryan's (budget) ideas".
_OWNED = re.compile(r"\s+(?:[a-z-]+\s+)?([a-z-]+)")
# Counts a group keeps in its name, as annotators write it: "two liberal Hispanic groups", "three senators".
_COUNTS = frozenset("two three four five six seven eight nine ten".split())
_DEFINITE_PERSON = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\b")  # "The mayor", "the club's manager"
_NOT_SOMEONE = frozenset("state country outlet estimate household family couple".split())  # "One state said"
_PAIR_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:couple|pair|two)\b")
_ASKERS = frozenset({"questioner", "journalist", "reporter", "interviewer"})  # at a news conference, they ask
_QUESTION_CUE = re.compile(r"(?i)(?:was |were )?(?:asked|pressed|questioned)\b|(?:an? )?question")
# How far a quote without a source may lie from the one it continues, in characters: a direct quote across
# attribution and at most one paragraph break, a paraphrase across a few words of its sentence.
_DIRECT_GAP, _PARAPHRASE_GAP = 200, 40


def _continue_speakers(text: str, attributions: list[Attribution], entities: dict[int, Entity]) -> None:
    """A quote with no source of its own continues the quote just before it.

    News style: "“…,” Ryder said on Monday. “I would expect …”" — the second quote has no cue
    or speaker and belongs to Ryder. A direct quote inherits when nothing but attribution lies between
    (at most one paragraph break, no other quote); a paraphrase only across a few words of one sentence
    ("… but noted that …", "…, calling it …"), and not when its cue is a question put to someone ("Asked
    whether …": the asker is someone else).
    """
    order = sorted(range(len(attributions)), key=lambda i: attributions[i].quote.start)
    for prev, cur in zip(order, order[1:], strict=False):
        a = attributions[cur]
        if cur in entities or (a.speaker and a.speaker.mention) or prev not in entities:
            continue
        gap = text[attributions[prev].quote.end : a.quote.start]
        if a.quote.kind == "direct":
            continues = len(re.findall(r"\n+", gap)) <= 1 and len(gap) < _DIRECT_GAP
        else:
            question = a.cue is not None and _QUESTION_CUE.match(a.cue.text)
            continues = 0 < len(gap) < _PARAPHRASE_GAP and "\n" not in gap and not question
        if continues:
            entities[cur] = entities[prev]


# Words a headline puts before a source's head that do not tell which one it is ("Former Clinton Pollster").
_HEADLINE_FILLERS = frozenset("a an the of former new another top senior retired outgoing ex longtime".split())
_BARE_HEADS = PERSON_NOUNS | ORG_WORDS  # a headline's "Mayor", "Ministry"


def _headline_sources_in_body(
    resolver: _Resolver, attributions: list[Attribution], entities: dict[int, Entity]
) -> None:
    """A headline's source becomes the body speaker it stands for, when the body does not mention it as such.

    Headlines name sources short and the body names them in full: "Jury convicts …" over "A Montgomery County
    jury …", "CNN President On Trump: …" over "CNN President Jeff Zucker", "Board Of Election Finds …" over "the
    Illinois Board of Elections": the one body speaker whose name or role has the headline's head and its other
    words, or of several the one whose quotes share most words with the headline's. A person described ("Former
    White House Doctor Says …") is the body's speaker whose quotes share most words with it (one at least), when
    that one is named and holds no other job (Dr. Connie Mariano); "Poll: …" is the first named body whose poll the
    body cites. The headline is the article's first line when it is one sentence and reads as no lede.
    """
    text = resolver.text
    end = body_start(text)
    opening = len(text) - len(text.lstrip())
    if not end or resolver.sentence_index(end - 1) != resolver.sentence_index(opening):
        return  # no headline, or a first paragraph of sentences: "Minister Deborah Annan said …. Her department said …"
    if _reads_as_lede(text[opening:end]):
        return
    mentions = {
        i: a.speaker.mention for i, a in enumerate(attributions) if i in entities and a.speaker and a.speaker.mention
    }
    body = _BodySpeakers()
    for i in sorted(mentions, key=lambda i: mentions[i].start):
        if mentions[i].start >= end:
            body.add(entities[i], mentions[i].text, attributions[i].quote.text)
    for i, mention in mentions.items():
        if mention.start >= end:
            continue
        # The rules may already have given a headline source to a body speaker: a name stays so ("Clinton" is the
        # body's Hillary Clinton), a bare job or body is chosen again here ("Mayor says …" over two mayors).
        if body.holds(entities[i]) and not set(_singular_words(mention.text)[-1:]) & _BARE_HEADS:
            continue
        stands_for = body.speaker_for(mention.text, entities[i], _content_words(attributions[i].quote.text))
        head = _head_of(mention.text)
        if stands_for is not None:
            entities[i] = stands_for
        elif body.holds(entities[i]) and head in PERSON_NOUNS and _holds_other_job(entities[i], head):
            entities[i] = resolver.new(clean_name(mention.text), "person")  # "Senator says …" is no Gov. Jerry Brown


def _reads_as_lede(line: str) -> bool:
    """Whether an article's first line is a lede of one sentence, not a headline: it says "said" (headlines say
    "says"), or opens with an article and ends with a full stop ("A spokesman says the airport will reopen.")."""
    words = word_tokens(line.lower())
    return "said" in words or (words[:1] in (["a"], ["an"], ["the"]) and line.rstrip().endswith("."))


def _content_words(text: str) -> set[str]:
    """What a quote is about: its words, singular and lowercased, without function words."""
    return {w for w in _singular_words(text) if w[:1].isalnum()} - STOP_WORDS


def _singular_words(text: str) -> list[str]:
    """Lowercased words without possessives and a plural "s": "Saudis" → "saudi", "Elections" → "election"."""
    words = [without_possessive(w) for w in word_tokens(text.lower())]
    return [singular(w) for w in words]


def _head_of(phrase: str) -> str | None:
    """A name's or role's head, singular and lowercased: "board" of "Illinois Board of Elections"."""
    words = _singular_words(role_head(phrase) or phrase)
    return words[-1] if words else None


def _heads(entity: Entity) -> set[str]:
    """The words a short mention of an entity may keep: the heads of its name and role, and its name's last word
    ("board" of "Illinois Board of Elections", "president" of the role "CNN President", "trump")."""
    heads = {_head_of(entity.name), _head_of(entity.role or "")} - {None}
    return heads | set(_singular_words(entity.name)[-1:])


def _named(entity: Entity) -> bool:
    """Whether an entity has a proper name ("Chris Shays", "Quinnipiac University"), not only a description."""
    return any(w[:1].isupper() for w in entity.name.split())


def _holds_other_job(entity: Entity, job: str) -> bool:
    """Whether an entity's title names a job other than ``job`` ("Gov." for a headline's "Senator")."""
    held = _head_of(entity.role or "")
    return held is not None and held != job and held in PERSON_NOUNS


def _words_of(entity: Entity) -> set[str]:
    """The words of an entity's name and role, singular and lowercased."""
    return set(_singular_words(f"{entity.name} {entity.role or ''}"))


class _BodySpeakers:
    """The speakers of an article's body in order of first mention, how the body mentions each and what each says."""

    def __init__(self) -> None:
        self.order: list[Entity] = []
        self.mentions: dict[int, list[str]] = {}
        self.said: dict[int, set[str]] = {}

    def add(self, entity: Entity, mention: str, quote: str) -> None:
        if not self.holds(entity):
            self.order.append(entity)
        self.mentions.setdefault(id(entity), []).append(mention.lower())
        self.said.setdefault(id(entity), set()).update(_content_words(quote))

    def holds(self, entity: Entity) -> bool:
        return id(entity) in self.mentions

    def speaker_for(self, mention: str, entity: Entity, about: set[str]) -> Entity | None:
        """The body speaker a headline's source ``mention``, saying what has the words ``about``, stands for."""
        words = _singular_words(mention)
        head = _head_of(mention)
        if head is None:
            return None
        plural = head != without_possessive(word_tokens((role_head(mention) or mention).lower())[-1])
        if head in POLL_NOUNS and not plural:  # the body's "a Quinnipiac University poll"
            cited = [e for e in self.order if e.type == "organization" and _named(e) and self.cites(e, head)]
            return cited[0] if cited else None
        if entity.type == "group":  # "Black Lawmakers" for "top black lawmakers", not "Democrats" for "Democrats on …"
            sharing = [e for e in self.order if _singular_words(e.name)[-1:] == [head] and set(words) <= _words_of(e)]
        else:  # "Transport minister" is no Treasury minister
            modifiers = set(words) - {head} - _HEADLINE_FILLERS
            sharing = [e for e in self.order if head in _heads(e) and modifiers <= _words_of(e)]
        if sharing:
            named = [e for e in sharing if _named(e)] or sharing
            return named[0] if len(named) == 1 else self.most_alike(named, about)
        if entity.type != "group" and not plural and (head in PERSON_NOUNS or words in (["he"], ["she"])):
            # Anyone the body quotes, but no one whose title names another job ("Senator says" is no Gov. Brown).
            people = [e for e in self.order if e.type in ("person", "anonymous") and not _holds_other_job(e, head)]
            chosen = self.most_alike(people, about)
            return chosen if chosen is not None and chosen.type == "person" and _named(chosen) else None
        return None

    def cites(self, entity: Entity, noun: str) -> bool:
        """Whether the body mentions ``entity`` with the word ``noun``: "a Quinnipiac University poll"."""
        return any(noun in _singular_words(m) for m in self.mentions[id(entity)])

    def most_alike(self, candidates: list[Entity], about: set[str]) -> Entity | None:
        """The one candidate whose body quotes share the most words with ``about`` (one at least); None on a tie."""
        shared = sorted(((len(about & self.said[id(e)]), k) for k, e in enumerate(candidates)), reverse=True)
        if not shared or shared[0][0] < 1 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
            return None
        return candidates[shared[0][1]]
