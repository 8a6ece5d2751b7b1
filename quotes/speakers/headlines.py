"""A headline's source as the speaker of the article's body it stands for."""

from __future__ import annotations

from ..names import ORG_WORDS, PERSON_NOUNS, role_head, without_possessive, word_tokens
from ..text import STOP_WORDS, body_start, clean_name, singular
from ..types import Attribution
from .entity import Entity
from .resolver import _Resolver
from .vocabulary import POLL_NOUNS

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
