"""The gender of a quoted person: what the article says of them, else what their first name usually is.

For source-diversity audits (the share of quotes by women). Only what the text gives counts as said by the text:
a gendered title or honorific (Congresswoman, Mr.), a "he"/"she" resolved to the person as the source of their
quote, and the first "he"/"she" after their name in its sentence. A first name's usual sex (``first_name_gender``)
is a guess, and the output says which of the two decided (``Speaker.gender_from``).
"""

from __future__ import annotations

from collections.abc import Iterable

from .article_text import ArticleText, majority_gender, with_first_name_vote
from .names import GENDERED_WORDS, NAME_SUFFIXES, PRONOUN_GENDER
from .types import Gender, GenderBasis

_SPELLED = {"m": "male", "f": "female"}
_ROLE_VOTES = 2  # a gendered word in the role ("Israeli Prime Minister" has none, "spokeswoman" has)
_SOURCE_PRONOUN_VOTES = 2  # "she said", resolved to this person, for each quote


def person_gender(
    article: ArticleText, name: str, role: str | None, mentions: Iterable[str]
) -> tuple[Gender | None, GenderBasis | None]:
    """``(gender, basis)`` of the person ``name`` (canonical), whose quotes' source mentions are ``mentions``.

    Basis "text" when the article's own words decide (more votes one way), "first name" when only the usual sex
    of the name's first word does, ``(None, None)`` when neither does.
    """
    votes = {"m": 0, "f": 0}
    for word in (role or "").lower().split():
        if word in GENDERED_WORDS:
            votes[GENDERED_WORDS[word]] += _ROLE_VOTES
    for mention in mentions:
        if (gender := PRONOUN_GENDER.get(mention.strip().lower())) is not None:
            votes[gender] += _SOURCE_PRONOUN_VOTES
    words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES] or name.split()
    # "Mr Daly" is not his mother Bernadette Daly: a surname that another first name shares votes only in full.
    written = " ".join(words) if article.surname_shared(words) else words[-1]
    said = majority_gender(article.gender_votes(written, votes))
    # A pronoun after a name may be someone else's ("Trump attacked Hillary Clinton, and he …"), so a known first
    # name outweighs a few of them; a first name the birth records alone know weighs as one.
    if gender := majority_gender(with_first_name_vote(words, dict(votes))):
        return _SPELLED[gender], "text" if said == gender else "first name"  # type: ignore[return-value]
    return None, None
