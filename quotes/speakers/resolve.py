"""``resolve_speakers``, the entry: an article's attributions with canonical speakers, ids and genders."""

from __future__ import annotations

import re
from dataclasses import replace

from ..speaker_gender import person_gender
from ..text import clean_name
from ..types import Attribution, Gender, GenderBasis, Span, Speaker
from .antecedents import AntecedentChooser, _antecedent_choices
from .continuation import _continue_speakers
from .entity import Entity
from .headlines import _headline_sources_in_body
from .resolver import _Resolver


def _mention_start(a: Attribution) -> int:
    return a.speaker.mention.start if a.speaker and a.speaker.mention else a.quote.start


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
        if entity is not None and (body := resolver.body_opening_quote(entity, attributions[i].quote)) is not None:
            entity = body  # "Woolworths will remove the bags, the supermarket giant said"
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
