"""Speaker resolution: each quote's source mention becomes one canonical speaker of the article.

This first version is rules over news conventions (titles before names, "the official" for an
anonymous source introduced as "a senior … official", pronouns for the latest speaker); a
learned antecedent scorer is the planned replacement for the pronoun and nominal rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

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
_WORD = re.compile(r"[\w][\w.'’&-]*|[^\w\s]")
_NAME_RUN = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,6}[A-Z][\w.'’-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """``(role words, name words)``: the name is the trailing run of capitalised non-title words."""
    end = len(words)
    while end and not words[end - 1][:1].isalnum():
        end -= 1
    start = end
    while start and _is_cap(words[start - 1]) and words[start - 1].lower() not in TITLE_WORDS:
        start -= 1
    return words[:start], words[start:end]


@dataclass
class Entity:
    """A speaker being built: its canonical name, type, role and where it was mentioned."""

    id: str
    name: str
    type: SpeakerType
    role: str | None = None
    head: str | None = None  # head noun of a described (anonymous or group) source
    positions: list[int] = field(default_factory=list)


class _Resolver:
    def __init__(self, text: str) -> None:
        self.text = text
        self.entities: list[Entity] = []
        self.name_runs = [m for m in _NAME_RUN.finditer(text)]

    def new(self, name: str, type_: SpeakerType, *, role: str | None = None, head: str | None = None) -> Entity:
        entity = Entity(f"s{len(self.entities) + 1}", name, type_, role, head)
        self.entities.append(entity)
        return entity

    def latest(self, types: tuple[str, ...], before: int) -> Entity | None:
        best, best_pos = None, -1
        for e in self.entities:
            pos = max((p for p in e.positions if p < before), default=-1)
            if e.type in types and pos > best_pos:
                best, best_pos = e, pos
        return best

    def fullest_name(self, surname: str) -> tuple[list[str], list[str]]:
        """Role and name words of the fullest capitalised run in the article ending in ``surname``."""
        best: tuple[list[str], list[str]] = ([], [surname])
        for match in self.name_runs:
            role, name = split_title(_words(match.group(0)))
            if (
                name
                and name[-1] == surname
                and len(name) > len(best[1])
                or name
                and name[-1] == surname
                and len(name) == len(best[1])
                and len(role) > len(best[0])
            ):
                best = (role, name)
        return best

    def resolve(self, mention: Span) -> Entity | None:
        words = _words(mention.text.split(",")[0])
        if not words:
            return None
        lower = [w.lower() for w in words]
        if len(words) == 1 and lower[0] in PRONOUNS_PERSON:
            return self.latest(("person",), mention.start)
        if len(words) == 1 and lower[0] in PRONOUNS_PLURAL:
            return self.latest(("group", "organization", "anonymous"), mention.start)
        if len(words) == 1 and lower[0] in PRONOUNS_THING:
            return self.latest(("organization",), mention.start)
        content = words[1:] if lower[0] in DETERMINERS else words
        role, name = split_title(content)
        if name and not (len(name) == 1 and name[0].lower() in TITLE_WORDS):
            return self.named(name, role, apposition=mention.text.split(",", 1)[1:])
        return self.described(lower, content, mention.start)

    def named(self, name: list[str], role: list[str], *, apposition: list[str]) -> Entity:
        lowered = {w.lower() for w in name}
        if lowered & ORG_WORDS or (len(name) == 1 and name[0].lower() in COUNTRIES):
            full = " ".join(name)
            for e in self.entities:
                if e.type == "organization" and e.name == full:
                    return e
            return self.new(full, "organization")
        role_found, full_name = self.fullest_name(name[-1])
        if len(full_name) == 1 and not role and not role_found:
            # A lone capitalised word never given a first name is an organisation or a state in news style.
            for e in self.entities:
                if e.name == full_name[0]:
                    return e
            return self.new(full_name[0], "organization")
        canonical = " ".join(full_name)
        for e in self.entities:
            if e.type == "person" and (e.name == canonical or e.name.split()[-1] == name[-1]):
                return e
        role_text = " ".join(role or role_found) or (apposition[0].strip() if apposition else None)
        return self.new(canonical, "person", role=role_text or None)

    def described(self, lower: list[str], content: list[str], position: int) -> Entity:
        head = content[-1].lower() if content else lower[-1]
        singular = head[:-1] if head.endswith("s") and head[:-1] in ANONYMOUS_HEADS else head
        description = " ".join(content)
        if singular != head:  # "U.S. officials", "sources": a plural unnamed source
            for e in self.entities:
                if e.type == "group" and e.name.lower() == description.lower():
                    return e
            return self.new(description, "group", head=singular)
        definite = lower[0] == "the"
        if singular in ANONYMOUS_HEADS:
            if definite:
                earlier = self.latest(("anonymous",), position)
                if earlier is not None and earlier.head == singular:
                    if len(description) > len(earlier.name) and earlier.name.startswith("the "):
                        earlier.name = description
                    return earlier
            return self.new(description, "anonymous", head=singular)
        # "the minister", "the secretary": the person whose role names it.
        for e in reversed(self.entities):
            if e.type == "person" and e.role and head in e.role.lower():
                return e
        for e in self.entities:
            if e.type == "unknown" and e.name.lower() == description.lower():
                return e
        return self.new(description, "unknown", head=head)


def _mention_start(a: Attribution) -> int:
    return a.speaker.mention.start if a.speaker and a.speaker.mention else a.quote.start


def resolve_speakers(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The same attributions, each speaker replaced by its canonical entity (ids ``s1``, ``s2``… in order).

    Mentions are resolved in text order, so a pronoun only looks back.
    """
    resolver = _Resolver(text)
    entities: dict[int, Entity] = {}
    for i in sorted(range(len(attributions)), key=lambda i: _mention_start(attributions[i])):
        speaker = attributions[i].speaker
        if speaker is None or speaker.mention is None:
            continue
        entity = resolver.resolve(speaker.mention)
        if entity is not None:
            entity.positions.append(speaker.mention.start)
            entities[i] = entity
    out = []
    for i, a in enumerate(attributions):
        entity = entities.get(i)
        if entity is not None:
            mention = a.speaker.mention if a.speaker else None
            a = replace(a, speaker=Speaker(entity.name, entity.type, mention=mention, id=entity.id, role=entity.role))
        out.append(a)
    return out
