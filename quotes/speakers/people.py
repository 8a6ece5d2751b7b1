"""People a description stands for: appositions, dependants, roles and jobs, ages, interviewees."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..article_text import personal_run
from ..first_names import first_name_gender
from ..names import (
    CAMPAIGN_HEADS,
    DETERMINERS,
    GENDERED_WORDS,
    HONOURS,
    KIN_WORDS,
    NICKNAME,
    PERSON_ROLE_HEADS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    RANK_WORDS,
    SENTENCE_OPENERS,
    THEY_THEM,
    TITLE_WORDS,
    core_mention,
    is_capitalised,
    is_possessive,
    looks_like_person,
    parties_named,
    spelled_out,
    split_title,
    without_possessive,
    word_tokens,
)
from ..text import latin_classes
from ..types import Span
from .entity import Entity
from .phrases import _job, _line_end, _name_and_description, _names_a_body, _other_places
from .vocabulary import _BODY_JOBS, _COUNSEL, _DESCRIBED_BEFORE_NAME, _ONLY_COMMA, _RELATION_HEADS, _SPACE, OWNED_PEOPLE

# Ranks that make another office: a "vice presidential nominee" is no "presidential nominee". ("Former" is not
# one: "the governor" may point back to "former Gov. Jeb Bush".)
OFFICE_RANKS = RANK_WORDS - {"former"}

# A speaker's cue and then whom they speak to: "he told Hannity", "she asked Sen. Graham".
_TOLD = re.compile(
    latin_classes(r"\s+(?:told|asked|assured|reminded|warned|urged)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)")
)

# A couple by their shared surname: "Tom and Sarah Whitfield".
_COUPLE = re.compile(latin_classes(r"\b([A-Z][a-z]+)[ \t]+and[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][\w'’-]+)"))
_SPOUSES = frozenset({"wife", "husband", "partner"})


class _People:
    """Rules of ``_Resolver`` for people described rather than named."""

    def named_before_apposition(self, position: int) -> Entity | None:
        """The person whose name opens the sentence right before ``position`` and a comma ("Catriona Baird, " before
        "the council's education convener"); else None."""
        for m in self.name_runs:
            if m.start() in self.sentence_openers and _ONLY_COMMA.fullmatch(self.text, m.end(), position):
                if personal_run(m.group(0)) and not self.quoted(m.start()):
                    return self.person_named(m.group(0))
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

    def dependants(self, words: list[str], position: int) -> Entity | None:
        """ "His lawyer", "Scott's aides": people named after whom they belong to ("Bryan Pagliano's lawyer"), a
        group when plural; None unless ``words`` are an owner (a possessive pronoun or name) and dependant nouns."""
        owner_end = next((k for k, w in enumerate(words) if is_possessive(w) or w.lower() in POSSESSIVE_PRONOUNS), -1)
        rest = words[owner_end + 1 :]
        if owner_end < 0 or not rest or rest[-1].lower() not in OWNED_PEOPLE or any(is_capitalised(w) for w in rest):
            return None
        if rest[-1].lower() in CAMPAIGN_HEADS and all(w.lower() in _CAMPAIGN_KINDS for w in rest[:-1]):
            rest = rest[-1:]  # "Hillary Clinton's presidential campaign" is her campaign
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
        if head in _SPOUSES and owner.type == "person" and (spouse := self.spouse_named_with(owner)) is not None:
            return spouse  # "Tom and Sarah Whitfield … Tom Whitfield said … His wife said"
        name = f"{owner.name}'s {' '.join(w.lower() for w in rest)}"
        if head == "office":
            return self.known_or_new(name, "organization", head=head)
        return self.known_or_new(name, "group" if plural else "anonymous", head=head)

    def spouse_named_with(self, person: Entity) -> Entity | None:
        """The one the article names as a couple with ``person`` by their shared surname ("Tom and Sarah Whitfield"
        for Tom Whitfield); None when it names no such couple."""
        words = person.name.split()
        if len(words) < 2:
            return None
        for m in _COUPLE.finditer(self.text):
            first, other, surname = m.groups()
            # two given names, the first not ending a name of its own ("Ted Cruz and Donald Trump")
            given = first_name_gender(first) is not None and first_name_gender(other) is not None
            given = given and not re.search(r"[A-Z][\w.'’-]*[ \t]+$", self.text[max(0, m.start() - 30) : m.start()])
            if given and surname == words[-1] and words[0] in (first, other) and first != other:
                return self.person_named(f"{other if words[0] == first else first} {surname}")
        return None

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
        since = self.sentence_start(position, 2)
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
            # the words before the name, its title, and an apposition after it ("Sarah Jones, the firm's spokeswoman")
            after = _APPOSED_ROLE.match(self.text, m.end())
            apposed = word_tokens(after.group(1))[-4:] if after else []
            context = {_job(spelled_out(w)) for w in [*word_tokens(before)[-6:], *role, *apposed]}
            if agent := _DONE_BY.search(before):
                context.add(_AGENT_OF[agent.group(1)])  # "directed by … Inês Correia Valadares": the director
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


# Words before the one interviewed, who is no quote's source there though the tagger may take "We spoke to the study's
# lead author, Dr Nomvula Sithole, about …" for a report.
_INTERVIEWED = re.compile(r"\b(?:(?:spoke|talked|sat\s+down)\s+(?:to|with)|interviewed)\b", re.IGNORECASE)
# Words after the one interviewed at a news conference: "where Houghton faced several questions about the incident".
_ASKED_QUESTIONS = re.compile(r"[ \t]+(?:faced|fielded|took|answered)[ \t]+(?:[\w-]+[ \t]+){0,2}questions\b")

_OLD_AGE_STAGES = frozenset({"pensioner", "retiree"})  # only someone given an age of 60 or more
_OLD_AGE = 60
_AGE_NUMBER = re.compile(r"(?<![\w.-])\d{2,3}(?![\w.-])")

# A run that is all a quotation holds, as a title is: "“The Walking Dead”", "“Veep,”".
_OPENS_TITLE = re.compile(r"[“\"‘](?:The[ \t]+)?$")
_TITLE_IN_MARKS = re.compile(r"[,.]?[”\"’]")

_PERSONAL_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3}"  # "Radu Pîrvulescu" (latin_classes widens the capitals)

_IN_PASSING = PREPOSITIONS | frozenset("opposite alongside and fellow".split())

_COUNSEL_ROLES = {"Defending": "defence barrister", "Prosecuting": "prosecutor"}

_RELATIVE_AFTER_NAME = re.compile(r",\s+(?:who|whose)\b.*", re.DOTALL)

_TRAILING_PREPOSITION = re.compile(r",\s*(?:on|in|at|for|from|to|with|of)$")

# An apposition after a name that gives its role, up to its closing comma: ", the company's spokeswoman,",
# ", Microsoft's chief executive,".
_APPOSED_ROLE = re.compile(r",[ \t]+((?:the|its|his|her|their|[A-Z][\w.&-]*['’]s?)[ \t]+[^,.;:()\n]{1,60}?),")
# Words for the office a campaign runs for: "her presidential campaign", "his re-election campaign".
_CAMPAIGN_KINDS = frozenset("presidential re-election reelection senate gubernatorial mayoral congressional".split())
_REST_OF_PHRASE = re.compile(r"[^,.;\n]{0,60},[ \t]*")  # " to the panel, " between "In their report" and its speaker
# What lies between a name and the age the text gives it: "Parata, 31", "Mulcahy (34", "Parata, who turned 31".
_AGE_GIVEN = re.compile(r",[ \t]*|[ \t]*\([ \t]*|,[ \t]+who[ \t]+(?:is|was|turned|turns|will[ \t]+be)[ \t]+")
# "Jim Pappas, 70", "Jim Pappas, 70, of Albany": the age, and where the person is from after it, are no part of the name
_AGE_AFTER_NAME = re.compile(r",\s*\d{1,3}(?:,\s+of\s+[^,]+)?\s*(?=,|$)")


def _dependant_then_name(owners: str, head: str) -> re.Pattern:
    """A dependant's noun after one of ``owners`` (a regex alternation: "[Tt]he", "His|his"), then a personal name in
    group 1: "the lawyer, Radu Pîrvulescu", "His daughter, Sorcha Ní Bhriain"."""
    return re.compile(latin_classes(rf"\b(?:{owners})[ \t]+{re.escape(head)},?[ \t]+({_PERSONAL_NAME})"))


# Capitalised words that open sentences and name no body: "The", "But".
_SENTENCE_OPENERS_CAPITALISED = frozenset(w.capitalize() for w in SENTENCE_OPENERS)


# A role given by what someone did to the thing just named: "The drama, directed by Portuguese filmmaker …".
_AGENT_OF = {
    "directed": "director",
    "coached": "coach",
    "produced": "producer",
    "written": "writer",
    "edited": "editor",
    "designed": "designer",
    "founded": "founder",
}
_DONE_BY = re.compile(rf"\b({'|'.join(_AGENT_OF)})[ \t]+by[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}$")
