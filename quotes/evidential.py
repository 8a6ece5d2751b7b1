"""The evidential stance of a reporting cue: what the verb says of the claim it introduces.

Journalists ask for "stated versus claimed": "said" reports, "claimed" distances, "admitted" concedes. This is a
lexicon over the cue's words, independent of the stance classifier, so it is filled with or without ``--no-stance``.
"""

from __future__ import annotations

import re

# What a reporting verb says of the claim it introduces (the journalist's "stated versus claimed").
EVIDENTIAL_CUES: dict[str, tuple[str, ...]] = {
    "neutral": ("said", "says", "say", "told", "tells", "added", "adds", "according to", "stated", "noted", "wrote",
                "described", "explained", "reported", "announced", "asked", "replied", "spoke", "statement"),
    "distancing": ("claimed", "claims", "alleged", "alleges", "purported", "asserted", "asserts", "contended",
                   "maintained", "suggested"),
    "conceding": ("acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes", "confessed",
                  "allowed", "granted"),
    "emphatic": ("insisted", "insists", "stressed", "emphasized", "emphasised", "emphasizes", "declared",
                 "vowed", "pledged", "reiterated", "repeated", "affirmed"),
    "warning": ("warned", "warns", "cautioned"),
    "accusing": ("accused", "accuses", "blamed", "charged", "criticized", "criticised", "condemned", "slammed"),
    "denying": ("denied", "denies", "rejected", "disputed", "dismissed"),
    "believing": ("believes", "believed", "thinks", "thought", "expects", "expected", "hopes", "hoped", "fears",
                  "feared", "wants", "wanted"),
}  # fmt: skip
_CUE_WORD = {word: kind for kind, words in EVIDENTIAL_CUES.items() for word in words}


def evidential_stance(cue_text: str | None) -> str | None:
    """The evidential category of a cue ("claimed" → distancing), or None when no word of it is known."""
    if not cue_text:
        return None
    lowered = cue_text.lower()
    if "according to" in lowered:
        return "neutral"
    for word in re.findall(r"[a-z]+", lowered):
        if word in _CUE_WORD:
            return _CUE_WORD[word]
    return None
