"""Groups and descriptions: coordinated names, pairs, anonymous sources, described people and bodies."""

from __future__ import annotations

import re

from ..first_names import first_name_gender
from ..names import (
    ANONYMOUS_HEADS,
    BODY_NOUNS,
    COLLECTIVE_NOUNS,
    COLLECTIVE_OPENERS,
    COUNTRIES,
    DETERMINERS,
    EPITHET_HEADS,
    GROUP_NOUN,
    HONORIFICS,
    ISSUED_MESSAGES,
    MESSAGE_NOUNS,
    NAMED_LIST,
    NAMED_PAIR,
    NOT_PLURAL,
    ORG_WORDS,
    PARENTHETICAL,
    PARTY_TAG,
    PEOPLE_PLURAL_NOUNS,
    PERSON_NOUNS,
    PERSON_ROLE_HEADS,
    PREPOSITIONS,
    home_after_name,
    is_capitalised,
    is_common_noun,
    is_possessive,
    is_title_word,
    role_head,
    split_title,
    without_possessive,
    word_tokens,
)
from ..text import latin_classes
from ..types import Span, SpeakerType
from .bodies import WHICH_WORDS, is_central_bank
from .documents import DOCUMENT_NOUNS
from .entity import Entity
from .phrases import _epithet_from_place, _job, _other_places
from .vocabulary import (
    _ANY_BODYS_MODIFIERS,
    _BUSINESS_HEADS,
    _PARTICIPLE,
    _PLACE_BODIES,
    INDEFINITE_OPENERS,
    PHRASE_OPENERS,
    POLL_NOUNS,
    QUANTITY_NOUNS,
)

# A name, then the people around its bearer: "Trump and his supporters", "Edwards and others".
_NAME_AND_FOLLOWERS = re.compile(
    latin_classes(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+and\s+((?:his|her|their|other)\b.*|others)")
)

# A list of names joined otherwise: "Ms. Epstein, along with Judge Richard A. Posner", "Neither Maples nor Trump".
_ALONG_WITH = re.compile(r",?\s+(?:along|together)\s+with\s+")
_NEITHER_NOR = re.compile(r"(?i:neither)\s+(.+?)\s+nor\s+(.+)")
# An apposition between spaced dashes, or from one to the end: "Daniel Tarullo - a fellow governor … -".
_DASHED_APPOSITION = re.compile(r"\s+[-–—]+\s+[^-–—]*?(?:\s+[-–—]+|$)")
# A conjunct that describes rather than names: an age (", 25,"), a job ("president of …"), a relative ("who is
# seeking reelection"), a description ("a law professor", "the future Democratic leader", "two PBS journalists").
_COUNT = r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth)\s"
_COUNT_OPENER = re.compile(_COUNT)  # "Two objectors, …", "two of the state's Republicans, …"
_DESCRIBING_CONJUNCT = re.compile(
    rf"\d|[a-z]|(?:[Tt]he|[Aa]n?)\s+[a-z\d]|{_COUNT}"
    r"|(?:Republican|Democrat|Independent)\s+(?:of|from)\s"  # "Republican of South Carolina"
)
_ARTICLE_AND_NAME = re.compile(r"(?:[Tt]he|[Aa]n?)\s+[A-Z]")  # "the United States", "The Congressional Black Caucus"
_PERSONAL_PRONOUN = re.compile(r"\b(?:his|her|him)\b")  # in a description: "people familiar with her thinking"
_AGE_BEFORE_NAME = re.compile(r"\b\d{1,3}-year-old\s+")  # "24-year-old Tom Giancola"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "the 5th District's Kyle Hupfer"

AD_NOUNS = ("ad", "advertisement", "video", "clip", "spot", "commercial")
_AMONG_OTHERS = re.compile(r",?\s+among\s+others$")

# Descriptions that stand for an organisation of a kind named before: "the kingdom", "the news outlet".
KIND_HEADS = {
    "kingdom": "state",
    "country": "state",
    "nation": "state",
    **dict.fromkeys("outlet newspaper broadcaster daily tabloid".split(), "media"),
}

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}  # "the second person familiar with the talks"
# Nouns of people that a participle may follow: "commuters stuck in traffic", "residents living near the plant".
PEOPLE_HEADS = PERSON_NOUNS | PEOPLE_PLURAL_NOUNS | ANONYMOUS_HEADS | frozenset({"people", "persons"})
# Words after a description's head and before its phrase: "a person familiar with the matter", "people close to".
POST_MODIFIERS = frozenset({"familiar", "close", "knowledgeable", "privy", "stuck"})


class _Descriptions:
    """Rules of ``_Resolver`` for groups and descriptions."""

    def coordinated(self, text: str) -> Entity | None:
        """A group for "Mr. King and Mr. Schultz", "Sens. Jon Tester (D-Mont.) and David Vitter": people or states."""
        text = PARENTHETICAL.sub("", PARTY_TAG.sub("", text)).strip(" ,")
        # "Jeb Bush and Hillary Clinton, among others" are those two; "Trump or Clinton" speak as a pair.
        text = _AMONG_OTHERS.sub("", text).replace(" or ", " and ")
        text = _ALONG_WITH.sub(" and ", _DASHED_APPOSITION.sub("", text)).strip(" ,")
        if m := _NEITHER_NOR.fullmatch(text):
            text = f"{m.group(1)} and {m.group(2)}"
        if " and " not in text:
            return None
        if m := _NAME_AND_FOLLOWERS.fullmatch(text):
            # "Yellen and her advisers", "Ward and other digital security experts": the person, named in full,
            # with the people around them.
            person = self.person_named(m.group(1))
            if person is not None:
                return self.known_or_new(f"{person.name} and {m.group(2)}", "group")
        names, known = [], len(self.entities)
        for conjunct in _naming_conjuncts(text):
            conjunct = _AGE_BEFORE_NAME.sub("", conjunct)
            if (home := home_after_name(conjunct)) is not None:
                conjunct = conjunct[:home]  # "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas"
            words = [w for w in word_tokens(conjunct) if w.lower() not in DETERMINERS | {"both", "all"}]
            if not words:
                continue
            # (Not "other scientists" after an apposition: a description, not a group's name.)
            if " ".join(words).lower() in COUNTRIES or (
                len(words) == 1 and words[0][:1].isupper() and GROUP_NOUN.search(words[0])
            ):
                names.append(" ".join(words))  # "Israel and Egypt", "Democrats and Republicans"
                continue
            owned = words[1:] if words[0].endswith(("'s", "’s")) else words  # "Poland's Office of …"
            if any(k and w in PREPOSITIONS and is_common_noun(words[k - 1], k - 1) for k, w in enumerate(words)) or (
                owned[0].lower() in ORG_WORDS and owned[1:2] == ["of"]
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
            if name and len(words) - len(name) <= 4 and all(w[:1].isalpha() or _ORDINAL.fullmatch(w) for w in words):
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
        first = self.sentence_start(mention.start, 2)
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
        since = self.sentence_start(position, 1)
        return _PAIR_ANAPHOR.search(self.text, since, position) is not None

    def list_named_before(self, position: int, size: int) -> Entity | None:
        """The group of the last ``size`` people named in one list outside quotations in the sentence at ``position``
        or the two before ("Keir Starmer, Emmanuel Macron and Friedrich Merz" for "the three leaders"); None when there
        is no such list."""
        for m in reversed(list(NAMED_LIST.finditer(self.text, self.sentence_start(position, 2), position))):
            if self.quoted(m.start()):
                continue
            known = len(self.entities)
            group = self.coordinated(m.group(0))
            if group is not None and len(_naming_conjuncts(group.name)) == size:
                return group
            del self.entities[known:]
        return None

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

    def introduced_unnamed_lately(self, head: str, position: int) -> bool:
        """Whether someone unnamed was introduced by ``head`` ("a doctor at the hospital") in the sentence at
        ``position`` or the two before."""
        found = self.introduction(head, position, unnamed=True)
        if found is None or set(found.split()[:-1]) & PREPOSITIONS:
            return False  # not "an adjective in front of admiral"
        since = self.sentence_start(position, 2)
        return self.text.rfind(found, 0, position) >= since

    def pronoun_named(self, description: str, position: int) -> str:
        """``description`` with the person its "his", "her" or "him" means named: "people familiar with her thinking"
        → "people familiar with Hillary Clinton's thinking", "those close to him" → "those close to Terry McAuliffe";
        unchanged when the pronoun means no named person. ``position`` is where the mention starts."""
        pronoun = _PERSONAL_PRONOUN.search(description)
        if pronoun is None:
            return description
        written = re.compile(rf"\b{pronoun.group(0)}\b", re.IGNORECASE).search(self.text, position, position + 200)
        if written is None:
            return description
        known = len(self.entities)
        person = self.resolve(Span(written.group(0), written.start(), written.end()))
        if person is None or person.type != "person" or not is_capitalised(person.name):
            del self.entities[known:]
            return description
        owned = pronoun.group(0) == "his" or pronoun.group(0) == "her" and pronoun.end() < len(description)
        name = f"{person.name}'s" if owned else person.name
        return f"{description[: pronoun.start()]}{name}{description[pronoun.end() :]}"

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
        elif head == "people":
            singular = "person"  # "two people familiar with the matter … the people said": one group
        description = " ".join(content).replace(" ,", ",")  # "bespectacled, 71-year-old diplomat"
        if lower[0] in ("other", "another") and len(content) < len(lower):
            description = f"{lower[0]} {description}"  # "other E.U. leaders" are not "E.U. leaders"
        description = self.pronoun_named(description, position)
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
        if singular in DOCUMENT_NOUNS and (maker := self.maker_named_after(content, singular, position)):
            return maker  # "a report in the Des Moines Register", "a review by The Times"
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
                if holder := self.role_holder(lower, position):
                    return holder  # "Sarah Jones, the company's spokeswoman, declined … The spokeswoman said"
            return self.new(description, "anonymous", head=singular)
        if definite and len(content) == 1 and head in MESSAGE_NOUNS and (issuer := self.issuer_of(head, position)):
            return issuer  # "In their report, planning officers said … The report warned": the report's authors
        if (
            definite
            and singular in DOCUMENT_NOUNS
            and all(w.islower() or w.lower() in COUNTRIES for w in content)  # "the Wisconsin lawsuit": where, not whose
            and (maker := self.document_maker(singular, position))
        ):
            return maker  # "The World Bank issued its annual forecast … The forecast said": the maker
        if definite and len(content) == 1 and head in ISSUED_MESSAGES:
            if (issuer := self.latest(("person", "organization", "group", "anonymous"), position)) is not None:
                return issuer  # "Gowdy said in a statement … The statement added": the statement's issuer
        # "the minister", "the secretary": the person whose role names it; "a senator", "one supporter" and
        # "another supporter" are someone new.
        # "A doctor at the hospital, who asked not to be named, said … the doctor said": the unnamed one just
        # introduced, not Dr. Bounmy of paragraphs before
        lately = definite and head in PERSON_NOUNS and self.introduced_unnamed_lately(head, position)
        holders = [
            e
            for e in (self.entities if lower[0] not in INDEFINITE_OPENERS and not lately else [])
            if e.type == "person"
            and e.role
            and _job(head) == _job(role_head(e.role))
            and not self.outranked(e, lower)
            and not _other_places(lower, e.role.lower().split())  # "the Florida senator" is no "Texas Sen."
        ]
        if holders:
            # the one who spoke last before it ("Chisholm said … “They've earned a breather,” the coach said", though
            # the other coach was named later), else the one named last
            return max(reversed(holders), key=lambda e: max((p for p in e.positions if p < position), default=-1))
        if definite or is_possessive(lower[0]):
            # "the actress" after "a 24-year-old actress from Lagos" is that unnamed one, not "Actress Meryl Streep"
            occupation_introduced = head in _OCCUPATIONS and self.introduction(head, position, unnamed=True) or lately
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
            # "the retired joiner": a person by the work they did, so someone just named
            retired = "retired" in head_phrase[:-1] and _AGENT_NOUN.fullmatch(head) is not None
            epithet = head.removesuffix("-elect") in EPITHET_HEADS or career
            # "the actor", "the singer": the one person of the last sentences when the text called no one so before
            # (not "actor Danny DeVito"), and not one it gives a role ("Senator Ted Cruz")
            performer = head in _PERFORMERS and not re.search(rf"\b{head}\b", self.text[:position], re.IGNORECASE)
            performer = performer or retired  # the one person of the last sentences, as a performer is
            # like an age: "the pensioner", only someone the last sentences named, of the word's gender ("the widow")
            # and, for a pensioner or retiree, given an age of _OLD_AGE or more; never someone with a job title
            # (``fits_life_stage``)
            stage = head in _LIFE_STAGES
            if definite and age and (person := self.person_of_age(age, position)):
                return person  # "Parata, who turned 31 last week, …" … "the 31-year-old said"
            if (
                definite
                and (epithet or age or stage or performer)
                and (
                    person := self.prominent_person(
                        lower,
                        position,
                        recent_only=age is not None or stage or performer or _epithet_from_place(lower, content),
                    )
                )
                and (not stage or self.fits_life_stage(person, head, position))
                and not (performer and person.role and person.role.lower() not in _COURTESY_TITLES)  # "Dame Judi Dench"
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
            if definite and len(content) == 1 and head == "party" and (party := self.party_named_before(position)):
                return party  # "Democrats won the House. The party said …"
            if definite and head in ("regulator", "watchdog") and (body := self.regulator_before(position)):
                return body  # "The Financial Conduct Authority fined the bank. The regulator said …"
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
                    or self.spoke_since(body, self.sentence_start(position, 1), position)
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
            if definite and len(content) == 1 and head == "campaign":
                # "The Trump campaign released … The campaign said": the campaign just named, else the one of the
                # person the article follows, else the one named earlier.
                owner = self.campaign_named_before(position, recent=True)
                if owner is None and (person := self.prominent_person([], position)):
                    owner = person.name.split()[-1]
                if owner := owner or self.campaign_named_before(position, recent=False):
                    return self.organization(f"{owner} campaign")
            if (
                definite
                and head in _MEMBER_BODY_HEADS
                and not set(lower) & WHICH_WORDS
                and not (head == "group" and _GROUP_INTRODUCED.search(self.text, 0, position))  # "A group of residents"
                and (body := self.member_body_near(position))
            ):
                return body  # "The American Civil Liberties Union sued the city. The civil rights group said …"
            if (
                definite
                and len(content) == 1
                and head in _BODY_HEADS
                and self.text[self.sentence_start(position) : position].strip() in ("", "The")
                and (body := self.body_opening_before(position))
            ):
                return body  # "HSBC reported a rise in profit. The bank said …", "Barcelona said … The club said …"
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


# Words for a stage of life that news uses as a second name for someone it just named ("Margaret Pugh, 81, … The
# pensioner said").
_LIFE_STAGES = frozenset("pensioner retiree widow widower grandmother grandfather".split())

# Performers whom entertainment news calls by their art after naming them: "Tom Hanks … The actor said".
_COURTESY_TITLES = frozenset({"dame", "sir", "lady", "lord"})  # no job: "the actress" may be Dame Judi Dench
_PERFORMERS = frozenset("actor actress singer rapper musician comedian songwriter guitarist drummer dancer".split())
_CAREER_WORDS = frozenset({"veteran", "longtime", "long-time"})
_CAREER_HEADS = frozenset("centre center guard keeper captain coach player batter skipper lawmaker politician".split())
_ANY_BODY = frozenset({"group", "organization", "organisation"})  # a head any body of members may go by
# Heads of descriptions of bodies of members of any name, which may mean a body just named: "the group", "the think
# tank" (not "the union", which a trade federation is not).
_MEMBER_BODY_HEADS = _ANY_BODY | frozenset("tank charity nonprofit non-profit".split())
# Heads of descriptions of other bodies, which may mean the body opening the sentence before: "the bank", "the club",
# "the museum".
_BODY_HEADS = (BODY_NOUNS | ORG_WORDS | _BUSINESS_HEADS | {"museum", "league", "district", "utility"}) - (
    _MEMBER_BODY_HEADS | {"police"}
)
_GROUP_LIKE = frozenset(
    "association coalition union alliance federation confederation group network society league foundation forum "
    "guild movement campaign club chamber".split()
)

# Ranks written before a name ("Insp. Tom Vaiaku", "Prof Ana de la Cruz") that "the inspector" stands for; not heads of
# PERSON_ROLE_HEADS, since "a university professor" unnamed is still the next "he" (``unnamed_source_just_quoted``).
_RANKS = frozenset("inspector detective sergeant constable professor".split())

# What a person is written as next to their name, whose "the actress" means only someone so introduced (not the
# article's most named person, as an epithet such as "the senator" may); not "diplomat", an anonymous source's head.
_OCCUPATIONS = _PERFORMERS | frozenset("pollster spokesman spokeswoman spokesperson".split())

# heads whose "the …" may be someone named with the word ("the chief executive" of "Chief Executive Satya Nadella")
_HELD_ROLES = PERSON_ROLE_HEADS | _RANKS | _OCCUPATIONS | {"executive", "chief"}
_NOT_MEN = frozenset(  # words ending in "men" that are no plural of "-man"
    "specimen regimen abdomen omen stamen acumen semen hymen lumen albumen amen bitumen ramen cyclamen dolmen yemen "
    "carmen".split()
)

# A group introduced as such: "a group of residents", "a local group", "Protest group Save Our Park".
_GROUP_INTRODUCED = re.compile(
    r"\b(?:[Aa]n?|(?!(?:The|This|That)\b)[A-Z][a-z]+)[ \t]+(?:[a-z][\w-]*[ \t]+)?group\b"
    r"|\b[Tt]he[ \t]+group[ \t]+(?:[A-Z]|[a-z]+ing\b)"  # "the group Save Hill Woods", "the group opposing …"
)


def _other_kind(content: list[str], head: str, body: Entity) -> bool:
    """Whether the noun before ``head`` in a description names another kind of body than ``body``, whose name has
    that head but not that noun: "the state statistics agency" is not the Meridian News Agency ("the health agency"
    may be the UK Health Security Agency, "the cloud software maker" Northlark Systems)."""
    k = next((k for k, w in enumerate(content) if w.lower() == head), 0)
    modifier = content[k - 1] if k else ""
    if not modifier.islower() or modifier in _ANY_BODYS_MODIFIERS or not modifier.isalpha():
        return False
    if modifier == "central" and is_central_bank(body.name):
        return False  # "the central bank" of the Bank of England
    name = [w.casefold() for w in body.name.split()]
    return head in name and modifier not in name


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
    if head in BODY_NOUNS | ORG_WORDS | MESSAGE_NOUNS | _ANY_BODY | _BUSINESS_HEADS:  # "their union", "the airline"
        return "organization"  # "The Conservative group on the council"
    if lower[0] in INDEFINITE_OPENERS and _AGENT_NOUN.fullmatch(head) and head not in _NOT_AGENTS:
        return "anonymous"  # "A wholesale buyer in Henderson": someone unnamed, by what they do
    if head in COLLECTIVE_NOUNS or lower[0] in COLLECTIVE_OPENERS:
        return "group"
    if lower[0] == "one" and head not in ORG_WORDS | set(KIND_HEADS) | _ANY_BODY | _NOT_SOMEONE:
        return "anonymous"  # "One gogo told me": one of some people, whatever the word
    return "unknown"


# Nouns of people by what they do ("buyer", "organiser", "landowner", "guitarist", "librarian"), and words so spelled
# that name things.
_AGENT_NOUN = re.compile(r"[a-z-]{2,}(?:er|or|ist|ian)")
_NOT_AGENTS = frozenset(
    "letter paper number computer poster flyer center centre order water matter border chamber quarter corridor".split()
)
_NOT_SOMEONE = frozenset("state country outlet estimate household family couple".split())  # "One state said"
_PAIR_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:couple|pair|two)\b")


def _naming_conjuncts(text: str) -> list[str]:
    """The conjuncts of a list that name its members, without the ones that describe a member named beside them:
    an apposition after a name ("Felicia Wong, ⟦president of the Roosevelt Institute⟧, and Stan Greenberg"), a
    description whose name follows ("Abdullah Zahed, ⟦25⟧, and ⟦his wife⟧, Breshna Alawee") and a plural that
    introduces the names ("⟦Two objectors⟧, Lawrence Joyce and William Graham", "⟦Trump's leading Republican
    rivals⟧, Sens. Ted Cruz and Marco Rubio")."""
    parts = re.split(r"(,?\s+and\s+|,\s+)", text)
    separators, conjuncts = ["", *parts[1::2]], parts[0::2]
    describing = [bool(_DESCRIBING_CONJUNCT.match(c)) and not _ARTICLE_AND_NAME.match(c) for c in conjuncts]
    kept: list[str] = []
    in_apposition = False
    for k, conjunct in enumerate(conjuncts):
        joined = "and" in separators[k]
        if in_apposition and separators[k].strip() != ", and":
            # The apposition goes on: "founder ⟦and CEO of Iraq⟧ ⟦and Afghanistan Veterans⟧", "in Roanoke, ⟦Va.⟧";
            # the next name comes after ", and".
            continue
        next_is_apposed_name = k + 1 < len(conjuncts) and not separators[k + 1].strip(", ") and not describing[k + 1]
        introduces = (
            k == 0
            and next_is_apposed_name
            and (_COUNT_OPENER.match(conjunct) or _ends_in_lower_plural(conjunct))
            and sum(not d for d in describing[1:]) >= 2
        )
        in_apposition = describing[k] and bool(kept) and not joined
        apposed = in_apposition or (describing[k] and joined and next_is_apposed_name)
        if not (introduces or apposed):
            kept.append(conjunct)
    return kept


def _ends_in_lower_plural(phrase: str) -> bool:
    """Whether ``phrase`` ends in a lower-case plural: "Trump's leading Republican ⟦rivals⟧"."""
    words = phrase.split()
    return bool(words) and words[-1].islower() and words[-1].endswith("s")
