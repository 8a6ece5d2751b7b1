"""Speaker resolution: each quote's source mention becomes one canonical speaker of the article (see ``resolver``)."""

from .resolver import ANTECEDENT_PRONOUNS, AntecedentChooser, Entity, _Resolver, antecedent_candidates, resolve_speakers

__all__ = [
    "ANTECEDENT_PRONOUNS",
    "AntecedentChooser",
    "Entity",
    "_Resolver",
    "antecedent_candidates",
    "resolve_speakers",
]
