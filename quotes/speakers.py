"""Speaker resolution: each quote's source mention becomes one canonical speaker of the article.

Rules over news conventions (titles before names, the fullest name in the article, "the official"
for an anonymous source introduced as "a senior … official", coordinated names as a group) and,
for "he"/"she", an optional learned antecedent chooser (``quotes.antecedent``) that the rules
fall back from when it declines; without one, a pronoun is the latest person speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Protocol

from .text import quoted_ranges, sentence_starts
from .types import Attribution, Span, Speaker, SpeakerType

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "i", "me"})
PRONOUNS_PLURAL = frozenset({"they", "them", "we", "us"})
PRONOUNS_THING = frozenset({"it"})
DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "one",
        "another",
        "two",
        "three",
        "several",
        "some",
        "many",
        "other",
        "its",
        "his",
        "her",
        "their",
    }
)
# Words that make a capitalised run a title or a description rather than part of a personal name.
TITLE_WORDS = frozenset(
    [
        "gen.",
        "maj.",
        "lt.",
        "col.",
        "adm.",
        "sgt.",
        "capt.",
        "cpl.",
        "sen.",
        "rep.",
        "gov.",
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        "rev.",
        "president",
        "vice",
        "secretary",
        "minister",
        "prime",
        "defense",
        "defence",
        "state",
        "press",
        "chairman",
        "chairwoman",
        "director",
        "speaker",
        "leader",
        "ambassador",
        "attorney",
        "general",
        "judge",
        "justice",
        "senator",
        "governor",
        "mayor",
        "chief",
        "deputy",
        "foreign",
        "israeli",
        "u.s.",
        "us",
        "american",
        "white",
        "house",
        "national",
        "security",
        "adviser",
        "advisor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "candidate",
        "nominee",
        "democratic",
        "republican",
        "former",
        "sen",
        "rep",
        "gov",
        "pope",
        "king",
        "queen",
        "prince",
        "sheikh",
        "representative",
        "congressman",
        "congresswoman",
        "ceo",
        "democrat",
        "commissioner",
        "chancellor",
        "doctor",
        "host",
        "anchor",
        "correspondent",
        "pollster",
        "strategist",
        "professor",
        "prof.",
        "del.",
        "sens.",
        "reps.",
        # plural titles before a list of names ("Senators Charles E. Grassley and Patrick J. Leahy")
        "senators",
        "representatives",
        "governors",
        "candidates",
        "nominees",
        "messrs.",
        "premier",
        "sheriff",
        "executive",
        "founder",
        "chair",
        "treasury",
        "homeland",
        "health",
        "interior",
        "trade",
    ]
)
ORG_WORDS = frozenset(
    [
        "house",
        "department",
        "ministry",
        "council",
        "post",
        "times",
        "journal",
        "news",
        "party",
        "committee",
        "campaign",
        "pentagon",
        "agency",
        "commission",
        "administration",
        "government",
        "court",
        "congress",
        "senate",
        "bureau",
        "office",
        "association",
        "union",
        "league",
        "network",
        "company",
        "corporation",
        "inc.",
        "corp.",
        "university",
        "institute",
        "center",
        "centre",
        "foundation",
        "group",
        "organization",
        "organisation",
        "fund",
        "bank",
        "police",
        "army",
        "navy",
        "force",
        "forces",
        "hamas",
        "hezbollah",
        "cnn",
        "reuters",
        "ap",
        "nbc",
        "cbs",
        "abc",
        "fox",
        "msnbc",
        "politifact",
    ]
)
COUNTRIES = frozenset(
    [
        "afghanistan",
        "albania",
        "algeria",
        "argentina",
        "armenia",
        "australia",
        "austria",
        "azerbaijan",
        "bahrain",
        "bangladesh",
        "belarus",
        "belgium",
        "bolivia",
        "bosnia",
        "brazil",
        "britain",
        "bulgaria",
        "cambodia",
        "canada",
        "chile",
        "china",
        "colombia",
        "croatia",
        "cuba",
        "cyprus",
        "czechia",
        "denmark",
        "egypt",
        "england",
        "estonia",
        "ethiopia",
        "finland",
        "france",
        "georgia",
        "germany",
        "ghana",
        "greece",
        "guatemala",
        "haiti",
        "hungary",
        "iceland",
        "india",
        "indonesia",
        "iran",
        "iraq",
        "ireland",
        "israel",
        "italy",
        "japan",
        "jordan",
        "kazakhstan",
        "kenya",
        "korea",
        "kosovo",
        "kuwait",
        "latvia",
        "lebanon",
        "libya",
        "lithuania",
        "malaysia",
        "mexico",
        "moldova",
        "mongolia",
        "morocco",
        "myanmar",
        "nepal",
        "netherlands",
        "nigeria",
        "norway",
        "oman",
        "pakistan",
        "palestine",
        "panama",
        "peru",
        "philippines",
        "poland",
        "portugal",
        "qatar",
        "romania",
        "russia",
        "rwanda",
        "saudi",
        "scotland",
        "serbia",
        "singapore",
        "slovakia",
        "somalia",
        "spain",
        "sudan",
        "sweden",
        "switzerland",
        "syria",
        "taiwan",
        "thailand",
        "tunisia",
        "turkey",
        "uganda",
        "ukraine",
        "venezuela",
        "vietnam",
        "wales",
        "yemen",
        "zimbabwe",
        "gaza",
        "washington",
        "moscow",
        "beijing",
        "tehran",
        "jerusalem",
        "kyiv",
        "london",
        "paris",
    ]
)
# States and blocs often named by abbreviation: organisations too.
COUNTRIES = COUNTRIES | {"u.s.", "us", "america", "u.k.", "e.u.", "eu", "u.n.", "nato"}
ANONYMOUS_HEADS = frozenset(
    {
        "official",
        "source",
        "aide",
        "adviser",
        "advisor",
        "person",
        "diplomat",
        "officer",
        "staffer",
        "insider",
        "member",
        "spokesperson",
    }
)
_WORD = re.compile(r"[\w][\w.'’&/-]*|[^\w\s]")  # "Reuters/Ipsos", "9/11": one word
# A run of capitalised words on one line, name particles allowed inside; a word of 4+ letters (or a
# Roman numeral: "World War II.") ending in "." ends a sentence, not a name.
_NAME_RUN = re.compile(
    r"(?:(?:[A-Z][a-z'’-]{0,2}\.|[A-Z](?:\.[A-Z])+\.|[A-Z][\w'’-]*)[ \t]+"
    r"(?:(?:de|van|von|der|da|del|di|la|le|bin)[ \t]+)?){0,6}[A-Z][\w'’-]*"
)
# A nickname in quotes inside a name (Robert C. "Bobby" Scott): blanked before name runs are found.
_NICKNAME = re.compile(r"(?<=[A-Za-z.] )[\"“][A-Z][\w'’-]*[\"”] (?=[A-Z])")
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_PARTY_TAG = re.compile(r",?\s*\b[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,?")
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
NAME_PARTICLES = frozenset("de van von der da del di la le bin".split())
NAME_SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
_DAYS_AND_MONTHS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    "august|september|october|november|december"
)
# Capitalised words that start sentences or name days, never people.
_NOT_NAME_WORDS = frozenset(
    f"i is are was were would will could should can do does did even just then when what why how who where "
    f"{_DAYS_AND_MONTHS.replace('|', ' ')}".split()
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# "… on Wednesday", "… released Friday", "… last month": when, not who (a bare month may be a name: May).
_TIME_PHRASE = re.compile(
    rf"\s+(?:(?:just|only|earlier|later)\s+)?(?:(?:on|last|this|in|late|early|next)\s+(?:{_DAYS_AND_MONTHS}|week|month|year)|(?:{_WEEKDAYS}))\b.*$",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r",?\s+and\s+|,\s+")


# Words in the names of government agencies, which news calls "the agency" on second mention.
_AGENCY_WORDS = frozenset("agency department administration service services bureau commission office".split())
# Two capitalised names joined by "and" just before a relative pronoun.
_CAPS = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_NAME_PAIR = re.compile(rf"{_CAPS},?[ \t]+and[ \t]+{_CAPS},?[ \t]*$")
# Capitalised plurals naming parties, nations and faiths ("Democrats", "Republicans", "Palestinians"); not
# surnames such as Evans or Sanders.
_GROUP_NOUN = re.compile(r"(?:crats|icans|ians|eans|ists)$")
_NOT_PLURAL = frozenset({"news", "press", "its", "this", "his", "was", "has", "does", "politics", "status"})


# Abbreviated titles, spelled out to match descriptions ("Sen. Lindsey Graham" … "the senator").
TITLE_EXPANSIONS = {
    "sen.": "senator",
    "sens.": "senator",
    "rep.": "representative",
    "reps.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "dr.": "doctor",
    "del.": "delegate",
    "sec.": "secretary",
}
# Heads of descriptions that stand for a named person ("the Republican nominee", "the senator").
PERSON_ROLE_HEADS = frozenset(
    """nominee candidate senator governor president secretary mayor minister congressman congresswoman
    representative delegate chairman chairwoman commissioner doctor judge justice ambassador director ceo host
    anchor founder leader speaker attorney sheriff chancellor premier general commander""".split()
)
# Words that say a person's gender in the article itself: honorifics and gendered jobs and kin.
_GENDERED_WORDS = {
    **dict.fromkeys("mr. mr congressman spokesman chairman businessman husband father son brother".split(), "m"),
    **dict.fromkeys("ms. ms mrs. mrs congresswoman spokeswoman chairwoman businesswoman wife mother".split(), "f"),
    **dict.fromkeys("daughter sister actress".split(), "f"),
}
# Where a sentence's subject starts: after spaces, an opening quote mark or a connective ("But Trump …").
_SUBJECT = re.compile(r"[\s\"“']*(?:(?:But|And|Still|Then|Yet|So)\s+)?")
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# People who belong to someone: "his lawyer", "Scott's aides" speak for themselves, not for their owner.
DEPENDANT_HEADS = frozenset(
    """aide aides adviser advisers advisor advisors lawyer lawyers attorney attorneys supporter supporters
    operative operatives ally allies friend friends spokesman spokeswoman spokesperson staffer staffers
    associate associates critic critics""".split()
)
_ORG_CONNECTORS = frozenset({"of", "for", "and", "on", "the", "&"})
_PREPOSITIONS = frozenset("in of on at with from to for about by".split())
# Role words a description must say itself to match: "the Democratic nominee" is not its vice-presidential one.
_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "former", "acting", "lieutenant"})
_PARTY_OF = {"democratic": "D", "democrat": "D", "republican": "R", "gop": "R"}


def _parties(words: set[str]) -> set[str]:
    return {_PARTY_OF[w] for w in words if w in _PARTY_OF}


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """``(role words, name words)``: the name is the trailing run of capitalised non-title words.

    Particles between capitals stay in the name ("Bill de Blasio"); an organisation word or a
    possessive before the name ends it ("NBC’s Dante Chinni", "the Washington Post Trump").
    """
    end = len(words)
    while end and not words[end - 1][:1].isalnum():
        end -= 1
    start = end
    while start:
        word = words[start - 1]
        if word.lower() in NAME_PARTICLES and start < end and start >= 2 and _is_cap(words[start - 2]):
            start -= 1
            continue
        # The last word is a surname even when it can be a title ("Larry King"); alone it stays a title.
        if not _is_cap(word) or (word.lower() in TITLE_WORDS and start < end):
            break
        if start < end and (_is_possessive(word) or word.lower() in ORG_WORDS):
            break
        start -= 1
    while start < end - 1 and words[start].lower() in SENTENCE_OPENERS:
        start += 1  # "But Hillary Clinton", "The IMF": capitalised because a sentence starts there
    if (
        end - start == 1
        and words[start].lower() in TITLE_WORDS
        and not (start and words[start - 1].lower() in HONORIFICS)
    ):
        start = end  # "the Secretary" names no one; "Mr. King" does
    name = words[start:end]
    if name and _is_possessive(name[-1]):  # "Donald Trump’s gains", "Davis' commentary"
        name = [*name[:-1], re.sub(r"(?:'s|’s|'|’)$", "", name[-1]) or name[-1]]
    role = words[:start]
    while role and start < end and role[0].lower() in SENTENCE_OPENERS:
        role = role[1:]  # "The" of "The IMF" is no title
    return role, name


def organisation_words(words: list[str]) -> list[str]:
    """The whole capitalised run ending ``words`` when it names an organisation: "Republican National Committee",
    "Department of Veterans Affairs" (``split_title`` alone would stop at the title-like "National")."""
    end = len(words)
    while end and not words[end - 1][:1].isalnum():
        end -= 1
    start = end
    while start and (_is_cap(words[start - 1]) or words[start - 1].lower() in _ORG_CONNECTORS):
        start -= 1
    while start < end and (words[start].lower() in _ORG_CONNECTORS or words[start].lower() in SENTENCE_OPENERS):
        start += 1
    return words[start:end]


def _message_author(words: list[str]) -> str | None:
    """ "The latest Reuters/Ipsos opinion poll" → "Reuters/Ipsos": capitalised words just before a message noun
    (two lowercase modifiers may come between) name who made it."""
    for k, word in enumerate(words):
        if word.lower() in _PREPOSITIONS:
            return None  # "a narrator in the Clinton ad": the message is not what speaks
        if not (k and word.islower() and word.strip(",.;:") in MESSAGE_NOUNS):
            continue
        end = k
        while end > max(0, k - 2) and words[end - 1].islower():
            end -= 1
        start = end
        while start and _is_cap(words[start - 1]) and words[start - 1].lower() not in SENTENCE_OPENERS:
            start -= 1
        return " ".join(words[start:end]) if start < end else None
    return None


def surname_key(name: list[str]) -> str:
    """The comparable surname of name words: suffixes and possessives skipped, apostrophes and case folded."""
    words = [w for w in name if w.lower() not in NAME_SUFFIXES] or name
    return re.sub(r"'s$", "", words[-1].replace("’", "'")).casefold() if words else ""


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "'", "’"))


@dataclass
class Entity:
    """A speaker being built: its canonical name, type, role and where it was mentioned."""

    name: str
    type: SpeakerType
    role: str | None = None
    head: str | None = None  # head noun of a described (anonymous or group) source
    introduced: bool = False  # named from its indefinite introduction ("a senior Pentagon official")
    positions: list[int] = field(default_factory=list)


SENTENCE_OPENERS = frozenset(
    """but and so or yet if when while as after before in on at for with then now the a an this that meanwhile
    however still also last since because although though no. yes. some many most several fellow other another
    more""".split()
)
MESSAGE_NOUNS = frozenset(
    """statement statements commentary comment comments letter report analysis study book memoir tweet tweets post
    memo email speech remarks interview survey poll filing complaint lawsuit release column editorial op-ed
    website blog video ad resolution ruling verdict data average""".split()
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Words that end a noun phrase read backwards from a relative pronoun (prepositions, verbs, pronouns).
_NOT_IN_NOUN_PHRASE = (
    _PREPOSITIONS
    | RELATIVE_PRONOUNS
    | frozenset("is are was were be been has have had said says say told met saw see asked and or but".split())
)
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
_QUANTIFIED = re.compile(
    r"^(?:(?:many|some|most|few|all|several|one|two|three|each|both|none)\s+of\s+"
    r"|(?:an?\s+)?(?:wide\s+)?(?:array|number|handful|majority|couple|group)\s+of\s+"
    r"|(?:few|both|some|many|several|most|all|various|numerous)\s+(?=[a-z])"
    r"|(?:some|many|most|fellow|more)\s+(?=[A-Z][a-z]+s\b))",  # "Some Democrats", "Fellow Republicans"
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[A-Z]{3,}(?:,? [A-Z][\w.]*)*\s+[-—–]+\s+")  # "BRUSSELS - European leaders"
_PERSON_OF = re.compile(
    r"^(?P<person>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)\s+(?:of|for|at|with)\s+(?:the\s+)?(?P<body>[A-Z].*)$"
)
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|that|whose)\s.*$")
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)(?:'s|’s|'|’)\s+(?P<rest>.+)$")
_BY = re.compile(r"\b(?:by|from)\s+(?P<agent>.+)$")


def core_mention(text: str) -> tuple[str, str | None]:
    """``(the words naming the speaker, an apposition or None)`` of a mention.

    "Rep. Jim Jordan (R-Ohio), an oversight member" → ("Rep. Jim Jordan", "an oversight member");
    "Davis' commentary" → "Davis"; "a report released by the agency" → "the agency";
    "Fox News' Megyn Kelly" → "Megyn Kelly"; "Many of his supporters" → "his supporters";
    "Cameron Easley for Morning Consult" → ("Cameron Easley", "Morning Consult").
    """
    text = _DATELINE.sub("", _PARENTHETICAL.sub("", text))
    parts = re.split(r",|\s+--\s+|\s+—\s+", text, maxsplit=1)
    core, apposition = parts[0].strip(), (parts[1].strip(" ,;:.") if len(parts) > 1 else None)
    if (m := _PERSON_OF.match(core)) and _looks_like_person(m.group("person")):
        core, apposition = m.group("person"), apposition or m.group("body")  # "Cameron Easley for Morning Consult"
    core = _RELATIVE_CLAUSE.sub("", _QUANTIFIED.sub("", core))
    if not core.lower().startswith("according"):
        core = re.sub(r"\s+(?:in|of|at|on|for|from|to|with)$", "", core)  # "federal prosecutors in" (cut short)
    words = core.split()
    if words and words[-1].lower() not in MESSAGE_NOUNS and (m := _BY.search(core)):
        if any(w.lower() in MESSAGE_NOUNS for w in words):
            return m.group("agent"), apposition
    if m := _POSSESSIVE.match(core):
        rest = m.group("rest").split()
        if rest and rest[-1].lower() in MESSAGE_NOUNS:
            return m.group("owner"), apposition
        if rest and all(_is_cap(w) for w in rest):
            return m.group("rest"), apposition
    if author := _message_author(words):
        return author, apposition
    return core, apposition


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of Title Case lines (headlines), whose capitals are not names."""
    ranges, pos = [], 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line)]
        title_case = len(words) >= 4 and sum(_is_cap(w) for w in words) >= 0.8 * len(words)
        # A short first line set off by a blank line is the headline, whatever its case.
        first = n == 0 and 0 < len(words) <= 15 and len(lines) > 2 and not lines[1].strip()
        if title_case or first:
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


class _Resolver:
    def __init__(self, text: str) -> None:
        self.text = text
        self.entities: list[Entity] = []
        self.choices: dict[int, tuple[int, int]] = {}  # pronoun start → learned antecedent span
        headlines = _headline_lines(text)
        plain = _NICKNAME.sub(lambda m: " " * len(m.group(0)), text)  # same length: offsets hold
        self.name_runs = [m for m in _NAME_RUN.finditer(plain) if not any(s <= m.start() < e for s, e in headlines)]
        self.sentence_starts = sentence_starts(text)
        self.genders: dict[str, str | None] = {}  # person name → "m", "f" or None (see ``gender``)
        self.nicknames = {m.group(0).strip(' "“”').casefold() for m in _NICKNAME.finditer(text)}

    def new(self, name: str, type_: SpeakerType, *, role: str | None = None, head: str | None = None) -> Entity:
        entity = Entity(name, type_, role, head)
        self.entities.append(entity)
        return entity

    def latest(self, types: tuple[str, ...], before: int) -> Entity | None:
        best, best_pos = None, -1
        for e in self.entities:
            pos = max((p for p in e.positions if p < before), default=-1)
            if e.type in types and pos > best_pos:
                best, best_pos = e, pos
        return best

    def latest_person(self, pronoun: str, before: int) -> Entity | None:
        """The latest person speaker before ``before`` whom the article does not give the other gender than
        ``pronoun``'s ("she" skips a Mr. Anderson); the latest person at all when every one clashes."""
        want = _PRONOUN_GENDER.get(pronoun)
        people = [e for e in self.entities if e.type == "person" and any(p < before for p in e.positions)]
        people.sort(key=lambda e: max(p for p in e.positions if p < before), reverse=True)
        for e in people:
            if want is None or self.gender(e) in (None, want):
                return e
        return people[0] if people else None

    def recent_subject(self, pronoun: str, position: int) -> Entity | None:
        """The person who opens this sentence or the one before ("Trump has record low support … He recently
        pitched …") when named after the latest person speaker was; None otherwise. News keeps the sentence
        subject in focus, and a pronoun most often continues it."""
        starts = self.sentence_starts
        k = max(0, bisect.bisect_right(starts, position) - 1)
        latest = self.latest_person(pronoun, position)
        latest_pos = max((p for p in latest.positions if p < position), default=-1) if latest else -1
        want = _PRONOUN_GENDER.get(pronoun)
        for start in reversed(starts[max(0, k - 1) : k + 1]):
            if start <= latest_pos:
                return None
            m = _SUBJECT.match(self.text, start)
            run = next((r for r in self.name_runs if r.start() == m.end() and r.end() <= position), None) if m else None
            if run is None or not self.capitalised_midsentence(run.group(0)):
                continue
            person = self.person_named(run.group(0))
            known = person is not None and (_looks_like_person(run.group(0)) or " " in person.name)  # "Trump"
            if known and self.gender(person) in (None, want):
                return person
        return None

    def capitalised_midsentence(self, run: str) -> bool:
        """Whether the first word of a sentence-initial ``run`` is capitalised elsewhere inside a sentence too, or
        is an honorific or title ("Trump has …", "Ms. LaBelle got …"; not "Even Friday", "Maybe I")."""
        first = run.split()[0]
        if first.lower() in HONORIFICS | TITLE_WORDS:
            return True
        return re.search(rf"[a-z,;:]\s+{re.escape(first)}\b", self.text) is not None

    def gender(self, e: Entity) -> str | None:
        """ "m", "f" or None, from the article alone: gendered words in the role or just before the surname
        (Mr., Congresswoman) and the first "he" or "she" after each mention, in its sentence."""
        if e.name not in self.genders:
            votes = {"m": 0, "f": 0}
            for word in (e.role or "").lower().split():
                if word in _GENDERED_WORDS:
                    votes[_GENDERED_WORDS[word]] += 2
            name = [w for w in e.name.split() if w.lower() not in NAME_SUFFIXES] or e.name.split()
            for m in re.finditer(rf"\b{re.escape(name[-1])}\b", self.text):
                before = self.text[max(0, m.start() - 16) : m.start()].lower().split()
                if before and before[-1] in _GENDERED_WORDS:
                    votes[_GENDERED_WORDS[before[-1]]] += 2
                after = re.split(r"[.!?]\s|\n", self.text[m.end() : m.end() + 80])[0]
                if found := re.search(r"\b(he|she)\b", after, re.IGNORECASE):
                    votes[_PRONOUN_GENDER[found.group(1).lower()]] += 1
            self.genders[e.name] = "m" if votes["m"] > votes["f"] else "f" if votes["f"] > votes["m"] else None
        return self.genders[e.name]

    def latest_in_sentence(self, position: int) -> Entity | None:
        """The speaker mentioned last before ``position`` in the same sentence, or None."""
        sentence_start = max(self.text.rfind(". ", 0, position), self.text.rfind("\n", 0, position))
        best, best_pos = None, sentence_start
        for e in self.entities:
            for p in e.positions:
                if best_pos < p < position:
                    best, best_pos = e, p
        return best

    def fullest_name(self, name: list[str]) -> tuple[list[str], list[str]]:
        """Role and name words of the fullest name in the article with ``name``'s surname and first name, if it
        has one (ties: most frequent)."""
        surname = surname_key(name)
        counts: dict[tuple[str, ...], int] = {}
        roles: dict[tuple[str, ...], list[str]] = {}
        for match in self.name_runs:
            role, words = split_title(_words(match.group(0)))
            if words and words[-1] in ("Jr", "Sr") and self.text[match.end() : match.end() + 1] == ".":
                words[-1] += "."  # the run stops before a period; the suffix keeps it
            if words and surname_key(words) == surname and self.same_first_name(words, name):
                key = tuple(words)
                counts[key] = counts.get(key, 0) + 1
                if len(role) > len(roles.get(key, [])):
                    roles[key] = role
        if not counts:
            return [], name[-1:]
        best = max(counts, key=lambda k: (len(k), counts[k]))
        if len(best) == 1 and len(surname) >= 5 and (misspelt := self.misspelt_full_name(surname)):
            return misspelt
        return roles.get(best, []), list(best)

    def misspelt_full_name(self, surname: str) -> tuple[list[str], list[str]] | None:
        """The full name whose surname is one typo away from ``surname`` ("McLenney" of "Tyresha McClenney"),
        when the article gives exactly one such person; None otherwise."""
        found = set()
        for match in self.name_runs:
            role, words = split_title(_words(match.group(0)))
            other = surname_key(words) if len(words) >= 2 else ""
            if other != surname and other[:1] == surname[:1] and _one_edit_apart(other, surname):
                found.add((tuple(role), tuple(words)))
        names = {words for _, words in found}
        if len(names) != 1:
            return None
        role = max((r for r, _ in found), key=len)
        return list(role), list(names.pop())

    def same_first_name(self, a: list[str], b: list[str]) -> bool:
        """Whether two names of one surname can be one person: either lacks a first name, they share it, or one
        is a nickname the article gives (Robert C. "Bobby" Scott) or a particle ("De Blasio")."""
        if len(a) == 1 or len(b) == 1:
            return True
        firsts = {a[0].casefold(), b[0].casefold()}
        return len(firsts) == 1 or bool(firsts & (self.nicknames | NAME_PARTICLES))

    def fuller_organisation(self, name: str) -> str:
        """The article's longer name for a one-word organisation ("the Post" → "New York Post"): the longest
        capitalised run ending with it that names an organisation; else ``name``."""
        if " " in name or not name.isalpha():
            return name  # "Supreme Court" stays as usually named, not "U.S. Supreme Court"
        fuller = [organisation_words(_words(m.group(0))) for m in self.name_runs if m.group(0).endswith(name)]
        fuller = [w for w in fuller if len(w) > 1 and w[-1] == name and {x.lower() for x in w} & ORG_WORDS]
        return " ".join(max(fuller, key=len)) if fuller else name

    def expanded(self, name: str) -> str:
        """An acronym's spelled-out form when the article gives it ("IMF" → "International Monetary Fund")."""
        letters = name.replace(".", "")  # "S.E.C." spells "SEC"
        if not (3 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            return name
        pattern = r"\b" + r"\s+(?:(?:of|for|the|and|on)\s+)*".join(rf"{c}[a-z]+" for c in letters) + r"\b"
        found = re.search(pattern, self.text)
        return found.group(0) if found else name

    def introduction(self, head: str, position: int) -> str | None:
        """The last "a senior Pentagon official" before ``position``: how an anonymous source was introduced."""
        found = None
        for m in re.finditer(rf"\b[Aa]n? ((?:[\w.'’-]+ ){{0,4}}{re.escape(head)})\b", self.text[:position]):
            found = m.group(1)
        return found

    def relative_antecedent(self, position: int) -> Entity | None:
        """The noun phrase just before a relative pronoun when it is not a name: "cities that", "wealthy
        Chinese citizens who"; an indefinite apposition stands for the name before it ("Heather Samuelson,
        a Clinton aide who"), and so does a predicate ("Kaine is a lawyer who"). None when a name comes
        right before (``preceding_name`` handles it)."""
        sentence = re.split(r"[.!?]\s|\n", self.text[max(0, position - 200) : position])[-1]
        # "Heather Samuelson, a Clinton aide who", "Kaine is a former civil rights lawyer who".
        copula = r"(?:,|[ \t]+(?:is|was|remains|became))\s+(?:an?|one\s+of)\s+[^,]*$"
        if m := re.search(rf"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*){copula}", sentence):
            if (person := self.person_named(m.group(1))) is not None:
                return person
        words = _words(sentence)
        while words and not words[-1][:1].isalnum():
            words.pop()
        phrase: list[str] = []
        while words and words[-1][:1].isalnum() and words[-1].lower() not in _NOT_IN_NOUN_PHRASE:
            if words[-1].endswith("ed") and phrase:  # a past-tense verb before the phrase ("visited cities")
                break
            phrase.insert(0, words.pop())
            if phrase[0].lower() in DETERMINERS:
                break
        content = [w for w in phrase if w.lower() not in DETERMINERS]
        if not content or _is_cap(content[-1]):
            return None
        return self.described([w.lower() for w in phrase], content, position)

    def preceding_name(self, position: int) -> re.Match | None:
        """The name run that ends closest before ``position`` in the same sentence ("Scott, who said")."""
        best = None
        for m in self.name_runs:
            if m.end() <= position and position - m.end() <= 60 and "." not in self.text[m.end() : position]:
                best = m
        return best

    def resolve(self, mention: Span) -> Entity | None:
        if group := self.coordinated(mention.text):
            return group
        core, apposition = core_mention(mention.text)
        if core.lower().rstrip(" ,") in ("according", "according to"):
            return None  # the cue taken for the source: it names no one
        words = _words(_TIME_PHRASE.sub("", core))
        if words and _is_possessive(words[-1]) and len(words) <= 3:  # "Stumpf’s" (testimony)
            words[-1] = re.sub(r"(?:'s|’s|'|’)$", "", words[-1])
        if not words or not words[-1]:
            return None
        lower = [w.lower() for w in words]
        if apposition and words[-1].islower():  # a description, then a name
            if (person := self.apposed_person(apposition)) is not None:
                return person  # "Another RT America host, Abby Martin,"
        if (dependants := self.dependants(words, mention.start)) is not None:
            return dependants
        if len(words) <= 4 and lower[0] in POSSESSIVE_PRONOUNS:  # "His website", "their statement"
            lower = [POSSESSIVE_PRONOUNS[lower[0]]]
            words = lower
        if len(words) == 1 and lower[0] in RELATIVE_PRONOUNS:
            if (described := self.relative_antecedent(mention.start)) is not None:
                return described
            before = self.text[max(0, mention.start - 150) : mention.start]
            pair = _NAME_PAIR.search(before)
            # "Tyresha McClenney and Bryan Anderson, who" is both; the tail of a longer list ("Oprah Winfrey,
            # Patti LaBelle and Stevie Wonder, who joked") is read as its last name.
            in_list = pair and re.search(r"[A-Z][\w.'’-]*,\s*$", before[: pair.start()])
            if pair and not in_list and (group := self.coordinated(pair.group(0))):
                return group
            antecedent = self.preceding_name(mention.start)
            if antecedent is None:
                return self.latest(("person",), mention.start)
            role, name = split_title(_words(antecedent.group(0)))
            return self.named(name, role, apposition=None) if name else None
        if len(words) == 1 and words[0].islower() and words[0].endswith("ed"):
            # A verb taken for the source ("… but demurred when asked if …"): its subject is the speaker
            # already named in this sentence, if any.
            return self.latest_in_sentence(mention.start)
        if len(words) == 1 and lower[0] in PRONOUNS_PERSON:
            chosen = self.antecedent(mention.start)
            if chosen is None or self.gender(chosen) not in (None, _PRONOUN_GENDER.get(lower[0])):
                chosen = self.recent_subject(lower[0], mention.start)
            if chosen is None:
                chosen = self.latest_person(lower[0], mention.start)
            if chosen is not None and self.gender(chosen) is None:
                self.genders[chosen.name] = _PRONOUN_GENDER.get(lower[0])  # "she said": now known
            return chosen
        if len(words) == 1 and lower[0] in PRONOUNS_PLURAL:
            return self.latest(("group", "organization", "anonymous"), mention.start)
        if len(words) == 1 and lower[0] in PRONOUNS_THING:
            return self.latest(("organization",), mention.start)
        content = words[1:] if lower[0] in DETERMINERS else words
        if any(k and w in _PREPOSITIONS and _common_noun(content[k - 1], k - 1) for k, w in enumerate(content)):
            # "a tech staffer at the State Department", "officials at Homeland Security Investigations": people
            # described by where they work, not the organisation itself.
            return self.described(lower, content, mention.start)
        if " ".join(content).lower() in COUNTRIES:  # "the U.S.", "Israel"; but "Jordan" of "Jim Jordan" is a person
            if len(content) > 1 or len(self.fullest_name(content)[1]) == 1:
                return self.organization(" ".join(content))
        role, name = split_title(content)
        whole = organisation_words(content)
        of_body = any(
            w.lower() in ("of", "for") and whole[k - 1].lower() in ORG_WORDS for k, w in enumerate(whole) if k
        )
        if name and ({w.lower() for w in name} & ORG_WORDS or of_body):  # "Department of Veterans Affairs"
            name = whole
        if name:
            return self.named(name, role, apposition=apposition)
        return self.described(lower, content, mention.start)

    def apposed_person(self, apposition: str) -> Entity | None:
        """The person an apposition names ("state Del. Marcia \"Cia\" Price"), or None."""
        plain = _NICKNAME.sub("", apposition)
        if "," in plain or len(plain.split()) > 6 or not _looks_like_person(plain):
            return None  # a list or a clause ("like Senators A, Republican of Iowa, and B"), not one name
        return self.person_named(plain)

    def dependants(self, words: list[str], position: int) -> Entity | None:
        """ "His lawyer", "Scott's aides": people named after whom they belong to ("Bryan Pagliano's lawyer"), a
        group when plural; None unless ``words`` are an owner (a possessive pronoun or name) and dependant nouns."""
        owner_end = next((k for k, w in enumerate(words) if _is_possessive(w) or w.lower() in POSSESSIVE_PRONOUNS), -1)
        rest = words[owner_end + 1 :]
        if owner_end < 0 or not rest or rest[-1].lower() not in DEPENDANT_HEADS or any(_is_cap(w) for w in rest):
            return None
        owner_words = words[: owner_end + 1]
        pronoun = owner_words[-1].lower()
        if pronoun in POSSESSIVE_PRONOUNS:
            if owner_end > 0:
                return None
            types = ("person",) if pronoun in ("his", "her") else ("group", "organization", "anonymous")
            owner = self.latest(types, position)
        else:
            owner_words[-1] = re.sub(r"(?:'s|’s|'|’)$", "", owner_words[-1])
            role, name = split_title(owner_words)
            owner = self.named(name, role, apposition=None) if name else None
        if owner is None:
            return None
        name = f"{owner.name}'s {' '.join(w.lower() for w in rest)}"
        head = rest[-1].lower()
        plural = head.endswith("s") or head == "allies"
        for e in self.entities:
            if e.name == name:
                return e
        return self.new(name, "group" if plural else "anonymous", head=head)

    def role_holder(self, lower: list[str], position: int) -> Entity | None:
        """The person a description such as "the Republican nominee" stands for: the one named with that role
        ("Republican presidential nominee Donald Trump", "Sen. Lindsey Graham"), most modifiers shared, then
        the nearest before ``position``, then the nearest after."""
        head, modifiers = lower[-1], set(lower[:-1]) - DETERMINERS - {"former", "current", "then"}
        best, best_key = None, None
        for m in self.name_runs:
            if not _looks_like_person(m.group(0)):
                continue
            before = self.text[max(0, m.start() - 80) : m.start()]
            before = re.split(r"[.!?]\s|\n", before)[-1]
            role, _ = split_title(_words(m.group(0)))
            context = {_spelled_out(w) for w in [*_words(before)[-6:], *role]}
            if head not in context or (context & _RANK_WORDS) - set(lower):
                continue
            if _parties(modifiers) and _parties(context) and not _parties(modifiers) & _parties(context):
                continue  # "the Democratic nominee" is not "Republican nominee Donald Trump"
            key = (len(modifiers & context), m.start() < position, -abs(position - m.start()))
            if best_key is None or key > best_key:
                best, best_key = m, key
        return self.person_named(best.group(0)) if best is not None else None

    def organisation_with_head(self, head: str, position: int) -> Entity | None:
        """The organisation whose name ends with ``head``: the latest already speaking, else the latest named
        before ``position`` ("the International Monetary Fund" … "the fund")."""
        for e in reversed(self.entities):
            if e.type == "organization" and e.name.split()[-1].lower() == head:
                return e
        if head == "agency":  # "the agency" after "the Department of Veterans Affairs" spoke
            for e in reversed(self.entities):
                if e.type == "organization" and {w.lower() for w in e.name.split()} & _AGENCY_WORDS:
                    return e
        for m in reversed(self.name_runs):
            words = _words(m.group(0))
            if m.start() < position and words[-1].lower() == head and len(words) > 1:
                return self.organization(" ".join(organisation_words(words)))
        return None

    def poll_maker(self, position: int) -> str | None:
        """Who made the poll that "the poll" or "a new poll" at ``position`` means: the maker named with the
        latest poll before it ("Reuters/Ipsos poll"), else with the first one after; None if none is named."""
        makers = []
        for m in re.finditer(r"\b(?:poll|survey)\b", self.text):
            words = re.split(r"[.!?]\s|\n", self.text[max(0, m.start() - 100) : m.start()])[-1]
            if author := _message_author([*_words(words), "poll"]):
                makers.append((m.start(), author))
        before = [author for start, author in makers if start < position]
        return before[-1] if before else (makers[0][1] if makers else None)

    def coordinated(self, text: str) -> Entity | None:
        """A group for "Mr. King and Mr. Schultz", "Sens. Jon Tester (D-Mont.) and David Vitter": people or states."""
        text = _PARENTHETICAL.sub("", _PARTY_TAG.sub("", text)).strip(" ,")
        if " and " not in text:
            return None
        names, known = [], len(self.entities)
        for conjunct in _COORDINATION.split(text):
            words = [w for w in _words(conjunct) if w.lower() not in DETERMINERS | {"both", "all"}]
            if not words:
                continue
            if " ".join(words).lower() in COUNTRIES or (len(words) == 1 and _GROUP_NOUN.search(words[0])):
                names.append(" ".join(words))  # "Israel and Egypt", "Democrats and Republicans"
                continue
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
        joined = ", ".join(names[:-1]) + " and " + names[-1]
        for e in self.entities:
            if e.type == "group" and e.name == joined:
                return e
        return self.new(joined, "group")

    def antecedent(self, position: int) -> Entity | None:
        """The person the learned model links the pronoun at ``position`` to, if it chose one."""
        chosen = self.choices.get(position)
        if chosen is None:
            return None
        for e in self.entities:
            if chosen[0] in e.positions:
                return e if e.type == "person" else None
        return self.person_named(self.text[chosen[0] : chosen[1]])

    def person_named(self, words: str) -> Entity | None:
        """The person entity ``words`` name ("Sen. Lindsey Graham"), or None (and nothing made) when they
        name no one or a place or an organisation, which is no antecedent of "he"."""
        role, name = split_title(_words(words))
        if not name:
            return None
        known = len(self.entities)
        entity = self.named(name, role, apposition=None)
        if entity.type != "person":
            del self.entities[known:]
            return None
        return entity

    def organization(self, name: str) -> Entity:
        name = self.fuller_organisation(self.expanded(name))
        for e in self.entities:
            if e.type == "organization" and e.name == name:
                return e
        return self.new(name, "organization")

    def named(self, name: list[str], role: list[str], *, apposition: str | None) -> Entity:
        lowered = {w.lower() for w in name}
        if lowered & ORG_WORDS:
            return self.organization(" ".join(name))
        if len(name) == 1 and _GROUP_NOUN.search(name[0]):  # "Democrats", not "Virginia Democrats" as a person
            for e in self.entities:
                if e.type == "group" and e.name == name[0]:
                    return e
            return self.new(name[0], "group", head=name[0].lower())
        role_found, full_name = self.fullest_name(name)
        if len(full_name) == 1 and not role and not role_found:
            # A lone capitalised word never given a first name is an organisation or a state in news style.
            for e in self.entities:
                if e.name == full_name[0]:
                    return e
            return self.organization(full_name[0])
        canonical = " ".join(full_name)
        people = [e for e in self.entities if e.type == "person"]
        for e in people:
            if e.name == canonical:
                return e
        for e in people:
            # Another spelling of the same person ("Hillary Clinton", "Hillary Rodham Clinton"), but not a
            # relative who shares the surname (Ivanka Trump is not Donald J. Trump).
            if surname_key(e.name.split()) == surname_key(name) and self.same_first_name(e.name.split(), full_name):
                return e
        # A short apposition names the job better than honorifics do ("Maj. Gen. Pat Ryder, Pentagon press secretary").
        short_apposition = apposition if apposition and len(apposition.split()) <= 6 else None
        role_text = short_apposition or " ".join(role or role_found) or None
        return self.new(canonical, "person", role=role_text or None)

    def described(self, lower: list[str], content: list[str], position: int) -> Entity:
        head = content[-1].lower() if content else lower[-1]
        # The head comes before a prepositional phrase: "critics of the program", "a spokesman for the campaign".
        if k := next((k for k, w in enumerate(content) if k and w.lower() in _PREPOSITIONS), 0):
            head = content[k - 1].lower()
        plural = head.endswith("s") and not head.endswith("ss") and len(head) > 3 and head not in _NOT_PLURAL
        singular = head[:-1] if plural else head
        description = " ".join(content)
        if singular != head:  # "U.S. officials", "sources": a plural unnamed source
            for e in self.entities:
                if e.type == "group" and e.name.lower() == description.lower():
                    return e
            return self.new(description, "group", head=singular)
        if singular in ("poll", "survey") and (maker := self.poll_maker(position)):
            return self.organization(maker)  # "the poll" of "the latest Reuters/Ipsos poll"
        definite = lower[0] == "the"
        if singular in ANONYMOUS_HEADS:
            if definite:
                earlier = self.latest(("anonymous",), position)
                if earlier is not None and earlier.head == singular:
                    if len(description.split()) > len(earlier.name.split()) and not earlier.introduced:
                        earlier.name = description  # named by its fullest description
                    return earlier
                if introduction := self.introduction(singular, position):
                    entity = self.new(introduction, "anonymous", head=singular)
                    entity.introduced = True
                    return entity
            return self.new(description, "anonymous", head=singular)
        # "the minister", "the secretary": the person whose role names it.
        for e in reversed(self.entities):
            if e.type == "person" and e.role and head == _role_head(e.role):
                return e
        if definite or _is_possessive(lower[0]):
            if head in PERSON_ROLE_HEADS and (holder := self.role_holder(lower, position)):
                return holder  # "the Republican nominee" of "Republican nominee Donald Trump"
            if head in ORG_WORDS and (body := self.organisation_with_head(head, position)):
                return body  # "the fund" of "the International Monetary Fund"
        for e in self.entities:
            if e.type == "unknown" and e.name.lower() == description.lower():
                return e
        return self.new(description, "unknown", head=head)


def _common_noun(word: str, index: int) -> bool:
    """Whether ``word`` (at ``index`` in a mention) is a common noun: lowercase, or a capitalised plural that
    opens the mention ("Officials at …"), which is not an organisation word ("Department of …")."""
    if word.islower():
        return True
    return index == 0 and word.endswith("s") and word.lower() not in ORG_WORDS


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether one insertion, deletion or substitution turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


def _role_head(role: str) -> str:
    """The job noun of a role, spelled out: "Israeli Defense Minister" → "minister", "Secretary of State" →
    "secretary" ("the campaign" is not "Trump campaign spokesman")."""
    words = _spelled_out(role).split(" of ")[0].split()
    return words[-1] if words else ""


def _spelled_out(words: str) -> str:
    """Lowercased, abbreviated titles spelled out: "Sen. Graham" → "senator graham"."""
    return " ".join(TITLE_EXPANSIONS.get(w, w) for w in words.lower().split())


def _mention_start(a: Attribution) -> int:
    return a.speaker.mention.start if a.speaker and a.speaker.mention else a.quote.start


class AntecedentChooser(Protocol):
    """Picks each pronoun's antecedent among candidate spans (``quotes.antecedent.AntecedentFinder``)."""

    def choose(
        self, text: str, pronouns: list[tuple[int, int]], candidates: list[tuple[int, int, str]]
    ) -> list[tuple[int, int] | None]: ...


ANTECEDENT_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _antecedent_choices(
    text: str, attributions: list[Attribution], resolver: _Resolver, chooser: AntecedentChooser
) -> dict[int, tuple[int, int]]:
    """The learned antecedent of every "he"/"she" source mention, by mention start."""
    mentions = [a.speaker.mention for a in attributions if a.speaker and a.speaker.mention]
    pronouns = [(m.start, m.end) for m in mentions if m.text.lower() in ANTECEDENT_PRONOUNS]
    if not pronouns:
        return {}
    quoted = quoted_ranges(text)
    # One entry per span (a repeated span would split the probability between its copies); a
    # source mention's own form wins over its reading as a name run.
    forms: dict[tuple[int, int], str] = {
        (m.start(), m.end()): "name"
        for m in resolver.name_runs
        if _looks_like_person(m.group(0)) and not any(s <= m.start() < e for s, e in quoted)
    }
    for m in mentions:
        lower = m.text.lower()
        form = "pronoun" if lower in PRONOUNS_PERSON | PRONOUNS_PLURAL else "name" if _is_cap(m.text) else "description"
        forms[(m.start, m.end)] = form
    candidates = [(start, end, form) for (start, end), form in sorted(forms.items())]
    # The model only matters where a person named since the last source mention could be meant
    # ("Donald Trump is drawing criticism after he…"); elsewhere the rules' latest speaker stands,
    # and skipping those pronouns saves a model window each.
    sources = sorted(m.start for m in mentions)
    names = sorted(start for (start, _), form in forms.items() if form == "name")
    open_pronouns = []
    for start, end in pronouns:
        last_source = max((p for p in sources if p < start), default=-1)
        if any(last_source < n < start for n in names):
            open_pronouns.append((start, end))
    if not open_pronouns:
        return {}
    chosen = chooser.choose(text, open_pronouns, candidates)
    return {start: span for (start, _), span in zip(open_pronouns, chosen, strict=True) if span is not None}


def _looks_like_person(run: str) -> bool:
    """Whether a capitalised run can name a person: an honorific and a surname, or two name-like words.

    Keeps sentence-initial capitals and headings in capitals out of the antecedent candidates;
    initials ("Robert C. Scott") are fine.
    """
    role, name = split_title(_words(run))
    if not name or name[0].lower() in _NOT_NAME_WORDS:  # "Would I", "Even Friday"
        return False
    if any(not w[:1].isupper() or (w.isupper() and len(w.rstrip(".")) > 1) for w in name):  # "BORROWING Back"
        return False
    return len(name) >= 2 or any(w.lower() in HONORIFICS | TITLE_WORDS for w in role)


def resolve_speakers(
    text: str, attributions: list[Attribution], *, antecedents: AntecedentChooser | None = None
) -> list[Attribution]:
    """The same attributions, each speaker replaced by its canonical entity (ids ``s1``, ``s2``… in order).

    Mentions are resolved in text order, so a pronoun only looks back. With ``antecedents``, a
    "he"/"she" goes to the mention the learned model picks; otherwise (or when it declines) to the
    latest person speaker.
    """
    resolver = _Resolver(text)
    if antecedents is not None:
        resolver.choices = _antecedent_choices(text, attributions, resolver, antecedents)
    entities: dict[int, Entity] = {}
    for i in sorted(range(len(attributions)), key=lambda i: _mention_start(attributions[i])):
        speaker = attributions[i].speaker
        if speaker is None or speaker.mention is None:
            continue
        entity = resolver.resolve(speaker.mention)
        if entity is not None:
            entity.positions.append(speaker.mention.start)
            entities[i] = entity
    _continue_speakers(text, attributions, entities)
    # Ids number the speakers in order of first mention (entities made on the way, such as the
    # members of a group, are not speakers and take no number).
    ids: dict[int, str] = {}
    for i in sorted(entities, key=lambda i: _mention_start(attributions[i])):
        ids.setdefault(id(entities[i]), f"s{len(ids) + 1}")
    out = []
    for i, a in enumerate(attributions):
        entity = entities.get(i)
        if entity is not None:
            mention = a.speaker.mention if a.speaker else None
            speaker = Speaker(entity.name, entity.type, mention=mention, id=ids[id(entity)], role=entity.role)
            a = replace(a, speaker=speaker)
        out.append(a)
    return out


def _continue_speakers(text: str, attributions: list[Attribution], entities: dict[int, Entity]) -> None:
    """A direct quote with no source of its own continues the quote just before it.

    News style: "“…,” Ryder said on Monday. “I would expect …”" — the second quote has no cue
    or speaker and belongs to Ryder. It inherits when nothing but attribution lies between
    (at most one paragraph break, no other quote).
    """
    order = sorted(range(len(attributions)), key=lambda i: attributions[i].quote.start)
    for prev, cur in zip(order, order[1:], strict=False):
        a = attributions[cur]
        if cur in entities or a.quote.kind != "direct" or (a.speaker and a.speaker.mention) or prev not in entities:
            continue
        gap = text[attributions[prev].quote.end : a.quote.start]
        if len(re.findall(r"\n+", gap)) <= 1 and len(gap) < 200:
            entities[cur] = entities[prev]
