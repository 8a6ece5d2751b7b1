"""Speaker resolution: each quote's source mention becomes one canonical speaker of the article.

Rules over news conventions (titles before names, the fullest name in the article, "the official"
for an anonymous source introduced as "a senior … official", coordinated names as a group) and,
for "he"/"she", an optional learned antecedent chooser (``quotes.antecedent``) that the rules
fall back from when it declines; then a pronoun is the person who opens its sentence or the one
before, else the latest person speaker, skipping people the article gives the other gender. The
word lists and the reading of a single mention live in ``quotes.names``; what the article text itself says of
names (name runs, fullest names, genders) in ``quotes.article_text``.

This is the package's public surface; each module of the package owns one part of the work (see its docstring).
"""

from .antecedents import ANTECEDENT_PRONOUNS, AntecedentChooser, antecedent_candidates
from .entity import Entity
from .resolve import resolve_speakers
from .resolver import _Resolver

__all__ = [
    "ANTECEDENT_PRONOUNS",
    "AntecedentChooser",
    "Entity",
    "_Resolver",
    "antecedent_candidates",
    "resolve_speakers",
]
