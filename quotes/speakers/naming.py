"""The entity a name stands for: the fullest name, person or body, given names and surnames, the writer."""

from __future__ import annotations

import re

from ..first_names import first_name_gender, is_first_name
from ..names import (
    AUTHOR,
    CLUB_ENDINGS,
    CLUB_OPENERS,
    CLUB_WORDS,
    COLLECTIVE_OPENERS,
    COUNTRIES,
    DETERMINERS,
    GENDERED_WORDS,
    GROUP_NOUN,
    HONORIFICS,
    HONOURS,
    NAME_SUFFIXES,
    ORG_WORDS,
    PEOPLE_PLURAL_NOUNS,
    PERSON_NOUNS,
    PREPOSITIONS,
    SENTENCE_OPENERS,
    SIGNATURE,
    TITLE_WORDS,
    WEEKDAYS,
    is_capitalised,
    is_possessive,
    is_title_word,
    known_organisation,
    looks_like_person,
    organisation_words,
    role_head,
    split_title,
    surname_key,
    without_possessive,
    word_tokens,
)
from ..text import latin_classes
from .entity import Entity
from .phrases import _firm_joined_by_ampersand, _person_with_org_surname, _titled
from .vocabulary import _JOB_ACRONYMS, _NAMED_BODY_KINDS, _NOT_FIRST_NAMES

_INITIALS = re.compile(r"[A-Z]{2,4}")  # a person called by initials: "AOC", "JFK"


class _Naming:
    """Rules of ``_Resolver`` for names: the entity a name stands for."""

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

    def names_person(self, words: list[str]) -> bool:
        """Whether name ``words`` are a person's: opening with a first name or an honorific, or a person already met."""
        if first_name_gender(words[0]) or words[0].lower() in HONORIFICS:
            return True
        return any(e.type == "person" and surname_key(e.name.split()) == surname_key(words) for e in self.entities)

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
        if len(name) == 1 and _INITIALS.fullmatch(name[0]) and (person := self.person_with_initials(name[0])):
            return person  # "AOC" of Alexandria Ocasio-Cortez
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
            or len(name) > 1
            and name[-1] in CLUB_ENDINGS  # "Manchester United", "Manchester City"
            or len(name) == 2
            and name[-1] == "State"
            and not is_first_name(name[0])  # "Penn State", "Ridgeline State": a university and its teams
            or _sport_of_a_country(name)  # "Hockey Canada", "Tennis Australia"
            or _firm_joined_by_ampersand(name)  # "Hollis & Grey"
            or _led_by_acronym(name)  # "NHS England"
            or self.ends_in_acronym(name)  # "Junge SVP"
        ):
            return self.organization(" ".join(name))
        if len(role) == 1 and role[0].isupper() and role[0].lower() in CLUB_WORDS:
            return self.organization(" ".join(role + name))  # "FC Barcelona", not a title "FC" and a person
        if role[-1:] == ["and"] and _led_by_acronym(role + name):
            return self.organization(" ".join(role + name))  # "NHS Greater Glasgow and Clyde", not a title and a name
        if (
            role
            and name
            and role[-1].lower() in _NAMED_BODY_KINDS
            and not any(w.lower() in TITLE_WORDS or w.lower() == "of" for w in role)  # "President of the … Commission"
            and not (len(name) > 1 and is_first_name(name[0]))  # "Marlow guard Keisha Donnelly" is a player
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
        if honorific is None and len(name) == 1:
            honorific = self.honorific_gender(name[0])  # a bare "Obama" where the text writes only "Mr. Obama"
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

    def person_with_initials(self, initials: str) -> Entity | None:
        """The one person the article names in full whose name's initials these are ("AOC": Alexandria Ocasio-Cortez,
        "MBS": Mohammed bin Salman); None when no one, or several, fit."""
        found = set()
        for _, name in self.run_parts:
            words = [part for w in name for part in w.split("-") if part]
            if len(words) == len(initials) and "".join(w[0].upper() for w in words) == initials:
                if looks_like_person(" ".join(name)) and first_name_gender(name[0], broad=True):
                    found.add(" ".join(name))  # not "RT" of "Russia Today"
        if len(found) != 1:
            return None
        return self.person_named(found.pop())

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

    def honorific_gender(self, surname: str) -> str | None:
        """ "m" or "f" when the text writes ``surname`` after honorifics of one gender only ("Mr. Obama", never "Mrs.
        Obama" or "Ms. Obama"), so that a bare "Obama" is that one and not Michelle Obama; None otherwise."""
        genders = {
            HONORIFIC_GENDER[m.group(1).lower()]
            for m in re.finditer(rf"\b(Mrs?|Ms|Miss)\.?\s+{re.escape(surname)}\b", self.text)
        }
        return genders.pop() if len(genders) == 1 else None

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


HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_JOINT_MAKERS = re.compile(r"[A-Za-z.]/[A-Z]")  # names joined by a slash: "Times/CBS", "Journal/Marist"

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

# Appositions that say something of a person but name no job: "who sponsored the measure", "one of two votes against".
# A participle alone says what they were doing there ("Helen Ashdown KC, prosecuting,"), a preposition whom they act
# for or where they are from ("Conor Lysaght SC, for Forde,").
_NO_ROLE = re.compile(
    r"(?:who|whose|which|that|where|when|one\s+of|among|including|for|of|from|in|at|on)\b|\w+ing$", re.IGNORECASE
)

_BY_FIRST_NAME = frozenset({"sir", "dame"})  # honours that go with the first name: "Sir Keir" is Keir Starmer


def _describes_no_one(role: list[str]) -> bool:
    """Whether the words before a lone name leave it a body's: none, or only places ("U.S."), quotation marks,
    "latest" and "new"."""
    return all(not w[:1].isalnum() or w.lower() in COUNTRIES or w.lower() in ("latest", "new") for w in role)


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


def _sport_of_a_country(words: list[str]) -> bool:
    """Whether ``words`` name a national body by its field and its country, as sports and public bodies are named
    ("Hockey Canada", "Sport England", "Cricket New Zealand"; not "Chris Wales")."""
    return (
        1 < len(words) <= 3
        and words[0].lower() in _FIELDS
        and any(" ".join(words[k:]).lower() in COUNTRIES for k in range(1, len(words)))
    )


# Fields that name a country's body before the country: "Hockey Canada", "Tourism Australia", "Transport Scotland".
_FIELDS = frozenset(
    """hockey tennis cricket rugby football soccer golf swimming athletics cycling rowing sailing sport sports netball
    basketball baseball volleyball skiing boxing gymnastics triathlon badminton squash equestrian tourism transport
    parks water health invest visit skills""".split()
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


# Offices written as acronyms after a place or body, as South Asian and British news write them ("The Bengal CM").
_ROLE_ACRONYMS = _JOB_ACRONYMS | frozenset(
    "CM PM LG SSP MD DA DM SP DG GM VP AG DC DGP IG CJ CJI SHO DSP ACP DCP".split()
)
