"""Readings of words and phrases that several modules share: places, jobs, titles, bodies in appositions."""

from __future__ import annotations

import re

from ..article_text import INITIALS
from ..first_names import first_name_gender
from ..names import (
    BODY_NOUNS,
    COUNTRIES,
    EPITHET_HEADS,
    HONORIFICS,
    ORG_WORDS,
    SURNAME_ORG_WORDS,
    TITLE_EXPANSIONS,
    TITLE_WORDS,
    word_tokens,
)
from .vocabulary import (
    _BUSINESS_HEADS,
    _MEDIA_KINDS,
    _OTHER_BODY_HEADS,
    _PARTICIPLE,
    INDEFINITE_OPENERS,
    PHRASE_OPENERS,
)

_SAME_JOB = {"justice": "judge", "skipper": "captain", "ceo": "executive"}  # "Justice Miriam Kariuki" is "the judge"

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


def _line_end(text: str, position: int) -> int:
    """Where the line holding ``position`` ends: its newline, or the text's end."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


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


def _name_and_description(apposition: str) -> tuple[str, str | None]:
    """``(name, description)`` of an apposition that names and then describes ("Abdelkader Zerouali, a retired railway
    worker"), else ``(apposition, None)``; a list ("John Smith, a teacher, and Mary Smith, a nurse") is neither."""
    name, _, further = apposition.partition(",")
    if not re.match(r"\s*(?:a|an|the)\s", further) or "," in further or re.search(r"\band\s+[A-Z]", further):
        return apposition, None
    return name.strip(), further.strip()


def _firm_joined_by_ampersand(words: list[str]) -> bool:
    """Whether ``words`` are a firm's name joined by "&" ("Marks & Spencer", "Editor & Publisher"), not a title and a
    person after it ("Procter & Gamble CEO Jon Moeller"), two titles ("Chairman & CEO Mary Barra") nor two people
    ("Tom & Ann Baker", "Mr & Mrs Smith")."""
    if "&" not in words[1:-1] or any(w.lower() in HONORIFICS for w in words):
        return False
    if any(w.lower() in TITLE_WORDS for w in words[words.index("&") + 1 :]):
        return False
    return not (first_name_gender(words[0]) and first_name_gender(words[words.index("&") + 1]))


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
