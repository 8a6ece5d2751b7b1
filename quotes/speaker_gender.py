"""The gender of a quoted person: what the article says of them, else what their first name usually is.

For source-diversity audits (the share of quotes by women). The article's words come in two strengths. Strong: a
title or kin word right before the name (Mr., Dame, Baroness, "his wife, Anna Lind"), a gendered noun in the role
or an apposition ("Congresswoman", "a mother of three"; not a job in "-man", which news writes of women too), and
each "he"/"she" resolved as the source of the person's quotes. Weak: the first pronoun after the name in its
sentence, which may be someone else's ("Trump attacked Hillary Clinton, and he said …"). Strong evidence decides
alone; otherwise the weak and the first name's usual sex vote together, a known first name outweighing a few weak
signs. ``Speaker.gender_from`` says whether the article's words or the first name decided.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .article_text import ArticleText, majority_gender
from .first_names import borne_by_both, first_name_gender
from .names import GENDERED_PRONOUNS, GENDERED_WORDS, NAME_SUFFIXES, PRONOUN_GENDER, THEY_THEM
from .types import Gender, GenderBasis

_SPELLED = {"m": "male", "f": "female"}
# Words that, written right before a name (title or kin: "Dame Kim Harlow", "his wife, Anna Lind"), say its gender.
_BEFORE_NAME = {
    **dict.fromkeys("mr mister sir lord baron earl duke prince king father brother son husband".split(), "m"),
    **dict.fromkeys(
        "mrs ms miss madam madame mme dame lady baroness countess duchess princess queen mother sister daughter "
        "wife widow".split(),
        "f",
    ),
}
_STRONG = 3  # a title or kin word right before the name
_NOUN = 2  # a gendered noun in the role or an apposition, or a resolved "he"/"she" source, each
_FIRST_NAME = 5  # a curated first name outweighs a few weak signs; the US birth records alone weigh as one
_PRONOUNS = re.compile(r"\b(he|she|his|him|her)\b(?=\W)", re.IGNORECASE)
_PRONOUN_REACH = 120  # characters after a name, in its sentence, where its pronoun is looked for
_APPOSITION = re.compile(r",[ \t]+(?:the|an?)[ \t]+((?:[\w-]+[ \t]+){0,5}[\w-]+)")
_APPOSITION_ENDS = frozenset("of for at in with from who".split())  # "a friend of his wife" is no wife


def person_gender(
    article: ArticleText, name: str, role: str | None, mentions: Iterable[str]
) -> tuple[Gender | None, GenderBasis | None]:
    """``(gender, basis)`` of the person ``name`` (canonical), whose quotes' source mentions are ``mentions``.

    Basis "text" when the article's own words decide, "first name" when the first name's usual sex does (names
    borne by both, such as Robin or Sam, never do), ``(None, None)`` when neither does.
    """
    strong, weak = {"m": 0, "f": 0}, {"m": 0, "f": 0}
    for word in (role or "").lower().split():
        _noun_vote(word, strong)
    for mention in mentions:
        if (gender := PRONOUN_GENDER.get(mention.strip().lower())) is not None:
            strong[gender] += _NOUN
    words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES] or name.split()
    shared = len(words) == 1 or article.surname_shared(words)
    full = " ".join(words)
    # A title may stand before any word of the name ("Sir Keir", "Mr Zhang" of "Zhang Wei"); pronouns are read after
    # the full name and the surname. A surname someone else bears ("Mr Daly" is not his mother) counts only in full.
    titled = [full] if shared else [full, *(w for w in words if w[:1].isupper() and len(w.rstrip(".")) > 1)]
    for _, word in {_title_before(article.text, m.start()) for m in _occurrences(article.text, titled)} - {None}:
        if word == "mx":
            return None, None  # the title of someone who is neither
        if word in _BEFORE_NAME:
            strong[_BEFORE_NAME[word]] += _STRONG
        else:
            _noun_vote(word, strong)  # "Congresswoman Lee", "Chairman Whitfield"
    # The surname inside the full name ends where it does: each place is read once.
    for end in {m.end() for m in _occurrences(article.text, [full] if shared else [full, words[-1]])}:
        after = article.text_after(end, _PRONOUN_REACH + 12)  # whole words: "He" of a cut-off "Helen" is none
        if THEY_THEM.search(after):
            return None, None  # "Riley Quinn, who uses they/them pronouns, said …"
        if (noun := _apposed_noun(article.text, end)) is not None:
            _noun_vote(noun, strong)
        if (found := _PRONOUNS.search(after)) and found.start() < _PRONOUN_REACH:
            weak[GENDERED_PRONOUNS[found.group(1).lower()]] += 1
    if said := majority_gender(strong):
        return _SPELLED[said], "text"  # type: ignore[return-value]
    votes = dict(weak)
    if len(words) > 1 and not borne_by_both(words[0]):
        if gender := first_name_gender(words[0]):
            votes[gender] += _FIRST_NAME
        elif gender := first_name_gender(words[0], broad=True):
            votes[gender] += 1
    if gender := majority_gender(votes):
        return _SPELLED[gender], "text" if majority_gender(weak) == gender else "first name"  # type: ignore[return-value]
    return None, None


def _noun_vote(word: str, strong: dict[str, int]) -> None:
    """A gendered noun's vote (strong). A job in "-man" gives none: news writes "chairman" and "spokesman" of women
    too, while "-woman" is said only of women."""
    if (gender := GENDERED_WORDS.get(word)) is not None and not (word.endswith("man") and gender == "m"):
        strong[gender] += _NOUN


def _occurrences(text: str, forms: list[str]) -> Iterable[re.Match]:
    """Every place ``text`` writes one of ``forms`` as whole words."""
    for form in dict.fromkeys(forms):
        yield from re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)


def _title_before(text: str, start: int) -> tuple[int, str] | None:
    """(where, word) of a title, kin word or gendered noun right before ``start`` ("Dame ", "his wife, ",
    "Congresswoman "), or None."""
    m = re.search(r"\b([A-Za-z]+)\.?,?[ \t]+$", text[max(0, start - 16) : start])
    word = m.group(1).lower() if m else ""
    return (start - len(m.group(0)), word) if word in _BEFORE_NAME or word in GENDERED_WORDS or word == "mx" else None


def _apposed_noun(text: str, end: int) -> str | None:
    """The first gendered noun of an apposition right after a name (", a mother of three," → "mother"), or None."""
    if (m := _APPOSITION.match(text, end)) is None:
        return None
    for word in m.group(1).lower().split():
        if word in _APPOSITION_ENDS:
            break
        if word in GENDERED_WORDS:
            return word
    return None
