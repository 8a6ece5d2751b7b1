"""The word lists and regexes that several modules of speaker resolution share."""

from __future__ import annotations

import re

from ..names import (
    BODY_NOUNS,
    COUNTRIES,
    DEPENDANT_HEADS,
    KIN_WORDS,
    KNOWN_ORGANISATIONS,
    PERSON_ROLE_HEADS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)

POLL_NOUNS = ("poll", "survey")

# Words after a description's head: "critics of", "members who", "shop owners along the boulevard".
PHRASE_OPENERS = (
    PREPOSITIONS
    | RELATIVE_PRONOUNS
    | frozenset("along across near outside inside around throughout among behind under between against during".split())
)

# Whom someone works or lives beside: "her manager", "his neighbour" are someone else, never the one whose.
_RELATION_HEADS = frozenset(
    "manager boss supervisor colleague colleagues coworker co-worker neighbour neighbours neighbor neighbors landlord "
    "landlady tenant tenants teacher coach employer classmate classmates teammate teammates roommate flatmate "
    "housemate partner fiance fiancee fiancé fiancée girlfriend boyfriend".split()
)
# The people named after whom they belong to: "his lawyer", "his daughter", "her manager".
OWNED_PEOPLE = DEPENDANT_HEADS | KIN_WORDS | _RELATION_HEADS

# Nouns that count the people after "of": "a quarter of Americans", "22 percent of voters" are those people.
QUANTITY_NOUNS = frozenset({"quarter", "third", "half", "majority", "minority", "lot", "handful", "percent"})

INDEFINITE_OPENERS = frozenset({"a", "an", "one", "another"})

_AFTER_QUOTATION = re.compile(r"[,?!][\"”’'][ \t]*$|[\"”’'],[ \t]*$")  # "…,” said X": the inverted form

_SPACE = re.compile(r"\s*")

_ONLY_COMMA = re.compile(r",[ \t]*")

_NOT_FIRST_NAMES = COUNTRIES | KNOWN_ORGANISATIONS  # "Jordan", "Georgia" speak as states
# What a business is called after its name: "the company", "the lender", "the miner", "the oil giant"; and a sports
# club.
_BUSINESS_HEADS = frozenset(
    """company firm bank lender insurer carrier airline retailer automaker carmaker chipmaker drugmaker maker miner
    manufacturer conglomerate multinational giant club distributor processor""".split()
)

_COUNSEL = re.compile(r"(Defending|Prosecuting),[ \t]+")

# Kinds of news medium, as a description's head: "a trade newsletter", "the sports daily".
_MEDIA_KINDS = frozenset("daily weekly paper tabloid broadcaster outlet newsletter website channel".split())

_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|ing)")  # "interviewed", "queuing": a clause after a description's head

# Heads of descriptions of bodies beyond the body nouns: "a think tank", "a non-profit", "a super PAC", "the
# pension fund".
_OTHER_BODY_HEADS = frozenset(
    {"tank", "nonprofit", "non-profit", "charity", "start-up", "pac", "fund", "group", "body"}
)

# Places that are bodies when named "X of Y": "the City of Lethbridge", "the State of Vermont".
_PLACE_BODIES = frozenset("city town county borough village district municipality province state shire".split())
# Kinds of body written before a body's name: "the supporters' group Tejo Sempre", "the sports daily Marca".
_NAMED_BODY_KINDS = (BODY_NOUNS | _BUSINESS_HEADS | _MEDIA_KINDS | _OTHER_BODY_HEADS | {"group"}) - {"police"}

# What the model may take in around an apposed name: "the former fast bowler Imtiaz Saleem Durrani", "Syed Faraz
# Qureshi, on (Monday)".
_DESCRIBED_BEFORE_NAME = re.compile(r"^the\s+(?:[a-z-]+\s+){1,4}(?=[A-Z])")

# Modifiers of a body's head that any body of the kind may bear: "the federal agency" may be any agency.
_ANY_BODYS_MODIFIERS = frozenset(
    """federal state national local regional provincial city county municipal government public private top main new
    former same big large small largest biggest""".split()
)

# Jobs written as acronyms, common nouns all the same: "the former CEO of Hewlett-Packard" is a person, not the firm.
_JOB_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO"})

# Jobs a body's "its" may give ("its chief executive", "its manager").
_BODY_JOBS = PERSON_ROLE_HEADS | frozenset({"executive"})

_QUESTION_CUE = re.compile(r"(?i)(?:was |were )?(?:asked|pressed|questioned)\b|(?:an? )?question")
