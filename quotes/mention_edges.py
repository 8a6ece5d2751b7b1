"""Where the model's source mention strays past the source, and the source next to a cue it linked none or a far one to.

The tagger reads word pieces, not phrases, so a source it tags may take in a word on either side ("which backers of
tougher immigration laws", "he later", "Manafort all but begged") or the subject a parenthetical source interrupts
("Mr. Obama, officials said, has …"), and the linker may give a quote no source, or one far from a cue whose subject
is plainly the source ("…,'' Mr. McKinley said"). Speaker resolution reads names and descriptions from the mention,
so these cost the speaker. All offsets are character offsets into the article text.
"""

from __future__ import annotations

import re

from .first_names import first_name_gender
from .names import (
    COUNTRIES,
    HONORIFICS,
    KIN_WORDS,
    MESSAGE_NOUNS,
    NOT_SUBJECT_WORDS,
    PREPOSITIONS,
    TITLE_WORDS,
    looks_like_person,
    without_possessive,
)
from .text import ends_abbreviation, latin_classes
from .types import Span

# A relative or question word before the source: "which backers of …", "whom Turkish news reports", "what officials"
# (in lower case: "What Works Cities" is a name). A relative clause between commas is a source's own mention, whose
# "which" resolution reads.
_LEADING_RELATIVE = re.compile(r"(?:which|whom|what)\s+(?=\w)")
# A fronted phrase before a named source: "Of Carson, Levine, who has given money to Marco Rubio, said" (not a name
# and its apposition: "To Lam, the general secretary", "For Women Scotland, a campaign group").
_LEADING_PHRASE = re.compile(r"(?:Of|On|About|For|To|As for|Asked about)\s+[^,\n]{1,60},\s+(?=[A-Z])(?!(?:The|A|An)\s)")
# A time before the source: "Friday, Texas, leading a coalition of 13 states, sued".
_LEADING_TIME = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday|Earlier|Later),\s+(?=[A-Z])")
# Words after the source that are no part of it, removed from the end one at a time: adverbs and relatives always ("he
# later said", "Manafort all but begged", "the Trump who questions"); a conjunction, preposition or possessive only
# where the model cut a phrase that runs on ("he and ⟦Brafman⟧", "one GOP source in ⟦the room⟧", "Trump from his
# ⟦desk⟧"), not one that ends at the cue ("The people he works with said", "Passers by said", "A friend of his said").
_TRAILING_ADVERB = re.compile(
    r"\s+(?:later|earlier|also|once|then|still|all|too|now|again|previously|repeatedly|recently|never|often|who|that)$"
)
_TRAILING_JOINER = re.compile(r"\s+(?:and|or|in|from|of|with|at|on|for|by|about|his|her|its|their)$")
# Where and how a named source spoke, after the name: "Atlantic City Mayor Don Guardian in a telephone (interview)"
# (not "The Minister for Health in the previous government", which says which minister).
_PHRASE_AFTER_NAME = re.compile(
    latin_classes(r"\s+(?:in|at|on|during|after|before|from|with|via|by|over)\s+(?:a|an)(?:\s+[a-z][\w-]*)+$")
)
# Where a named person spoke, after the name: "said Senator Amy Lee ⟦on Capitol Hill⟧", "said Mayor Jane Doe ⟦outside
# the courthouse⟧" (user audit, 2026-12-07: the place had become the speaker). Cut only after a person's name alone, so
# that "the Council on Foreign Relations" keeps its words, and not "at" or "from" a body, which say who the person is
# ("Dan McLaughlin at the National Review").
_PLACE_AFTER_NAME = re.compile(
    latin_classes(
        r"\s+(?:(?:on|in|outside|inside|near)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
        r"|(?:on|at|in|outside|inside|near|after|before)\s+(?:the|a)\s+(?:[a-z]+\s+)?(?:courthouse|hospital|airport"
        r"|stadium|station|scene|hearing|rally|meeting|event|game|match|race|briefing|ceremony|funeral|memorial|vigil"
        r"|protest|site))$"
    )
)
# Who saw a document, after it: "according to ⟦a summary of the agreement⟧ seen by Reuters" (the summary says it; the
# agency only read it; user audit, 2026-12-07).
_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed|viewed|read)\s+by\s+[^,;]+$")
_MESSAGE_HEADS = MESSAGE_NOUNS | frozenset("draft copy document documents transcript".split())
# A parenthetical source before its cue, after the subject it interrupts: "Mr. Obama, officials said, has …" (a
# plural of people, its cue followed by a comma: not "Teachers, nurses and doctors said the …", nor "Reince Priebus,
# the GOP chairman, this past week announced").
_PARENTHETICAL = re.compile(r",[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}(?:[a-z][\w-]*s|people))$")
_CUE_THEN_COMMA = re.compile(r"[a-z]+(?:[ \t]+[a-z]+)?[ \t]*,")
_NOT_A_SOURCE_HEAD = frozenset(
    "who which that whose whom and or but a an the he she they it we i this last next on in at earlier later".split()
)
# A dash before a lower-case aside ends the source: "Mr. Bush - in a line that seemed …" (not an apposition that names
# the source: "The club's owner – property developer John Walsh – said").
_DASH_ASIDE = re.compile(r"\s+[-–—]\s+[a-z]")
# One to three lower-case words up to the cue, the last a plural: what a lone word opening its sentence opens ("Gun
# ⟦rights advocates⟧ say", "Longtime ⟦friends⟧ said"), unless one of them is an adverb, a verb or a preposition
# ("Trump also says", "Kennedy nevertheless said", "Police in recent weeks said").
_PLURAL_TO_CUE = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*s)[ \t]*")
_NOT_IN_NOUN_PHRASE = (
    frozenset(
        """also then still now later earlier again always never often sometimes perhaps thus has had have is was were
    are does did says and or but who that which themselves nevertheless nonetheless regardless besides afterwards
    nowadays overseas indoors outdoors backwards towards over under during after before since""".split()
    )
    | PREPOSITIONS
)
# Words that open a plural wherever they stand: "many ⟦college-educated white voters⟧ have", "his ⟦supporters⟧ are".
_DETERMINERS_OF_PLURALS = frozenset("many some most several few his her their its".split())
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n\"“”'‘’][ \t]*)$")
# Mentions that name no one: "There’s still time for Cruz …" (the model took the opening), "once said".
_NAMES_NO_ONE = frozenset({"there", "there's", "there’s", "here", "once"})
_PRONOUNS = frozenset("he she they it we i".split())
# A relative named by first name in an apposition: "Clinton's husband, Bill," is Bill Clinton, which speaker resolution
# reads from the whole phrase; the model may tag either half.
_KIN = "|".join(sorted(KIN_WORDS))
# The owner, a surname perhaps after an honorific or a first name ("Mr Boyle's wife", "Hillary Clinton's husband",
# "O'Brien's wife"); not after "the" ("The Smiths' son"). Whether a title owner gives a surname ("The Queen's husband",
# "Prince Harry's wife") is for speaker resolution to say.
_OWNER = (
    r"(?<![\w.'’-])(?<!\bthe\s)(?<!\bThe\s)(?P<first>(?:Mr|Mrs|Ms|Dr)\.?[ \t]+|[A-Z][a-z]+[ \t]+)?"
    r"[A-Z][\w-]*(?:['’][A-Z][\w-]*)?(?:'s|’s|'|’)"
)
_KIN_BEFORE_NAME = re.compile(latin_classes(rf"{_OWNER}[ \t]+(?:{_KIN}),[ \t]+$"))
_NAME_AFTER_KIN = re.compile(latin_classes(r",[ \t]+[A-Z][a-z]+(?=,)"))
_FIRST_NAME_TAG = re.compile(latin_classes(r"[A-Z][a-z]+,?"))  # the model's tag of "Bill," alone
_OWNER_AND_KIN = re.compile(latin_classes(rf"{_OWNER}[ \t]+(?:{_KIN})"))


# Words that open a clause whose subject a list or a named person may be: "… as ⟨the United States⟩, Britain and France
# support", "such as ⟨senator Bob Corker⟩, R-Tenn., and Lindsey Graham".
_CLAUSE_OPENERS = ("that", "as", "while", "when", "because", "since", "though", "including", "if", "whereas")
# A named source opening its sentence (after a lower-case title perhaps, with a party label), then the comma or "and"
# before the model's mention: "⟨Jeff Merkley (D-Ore.)⟩, ⟦Sherrod Brown (D-Ohio) and Robert Menendez⟧ suggested",
# "⟨senator Bob Corker, R-Tenn.,⟩ and ⟦Lindsey Graham, R-S.C.,⟧", "⟨Ban Ki-moon⟩, ⟦the secretary general of the United
# Nations,⟧ vowed".
_NAME_BEFORE = re.compile(
    latin_classes(
        r"(?:^|(?<=[.!?\n])[ \t]*|" + "|".join(rf"(?<=\b{w}[ \t])" for w in _CLAUSE_OPENERS) + r")"
        r"(?P<name>(?:[a-z]+[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
        r"(?:[ \t]*\([^()\n]{1,20}\))?(?:,[ \t]+[RDI]-[A-Z][\w.]*,)?(?P<joint>,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)$"
    )
)


def _widened_to_name_before(text: str, start: int, end: int) -> int:
    """Where a mention starts when the model left out a name that opens its sentence (or a clause) just before
    it: the earlier members of a list ("⟨Britain and France⟩" of "The United States, Britain and France") or the name
    an apposition describes ("⟨the secretary general of the United Nations,⟩" of "Ban Ki-moon, the secretary general
    …,"); else ``start``."""
    m = _NAME_BEFORE.search(text, max(0, start - 120), start)
    if m is None:
        return start
    name = m.group("name")
    if name[:1].islower() and not name.startswith("the "):
        name = name.split(" ", 1)[1]  # "senator Bob Corker"
    if not (looks_like_person(name) or re.sub(r"^(?:the|The) ", "", name).lower() in COUNTRIES):
        return start
    mention = text[start:end]
    in_list = " and " in mention or "and" in m.group("joint")  # "A, ⟦B and C⟧", "A and ⟦B⟧"
    described = not mention[:1].isupper() or _POSSESSIVE_OPENER.match(mention) is not None
    apposition = m.group("joint").strip() == "," and mention.rstrip().endswith(",") and described
    return m.start("name") if in_list or apposition else start


_POSSESSIVE_OPENER = re.compile(r"[A-Z][\w.-]*['’]s[ \t]+[a-z]")  # "Pyongyang's only ally"


def mended_edges(text: str, start: int, end: int, *, cue_start: int | None = None) -> tuple[int, int] | None:
    """``(start, end)`` of a source mention without the words around it that are no part of the source (see the
    module), a lone first word widened to the plural it opens ("Longtime ⟦friends⟧ said") and a relative named by
    first name widened to the whole apposition ("Clinton's husband, ⟦Bill⟧,"); ``cue_start`` is where its cue begins
    when the cue follows it. None when what is left names no one."""
    if m := _LEADING_PHRASE.match(text, start, end):
        start = m.end()
    if m := _LEADING_TIME.match(text, start, end):
        start = m.end()
    if text[start : start + 1] == "(" and ")" not in text[start:end]:
        start += 1
    if (m := _LEADING_RELATIVE.match(text, start, end)) and m.end() < end and text[end - 1] != ",":
        start = m.end()  # not the clause set off by commas: "The SDCA, which represents 15 clubs, said"
    if (m := _DASH_ASIDE.search(text, start, end)) and not _names_someone(text, m.end() - 1, end):
        end = m.start()
    end = _without_trailing_words(text, start, end, cue_start)
    if (m := _PHRASE_AFTER_NAME.search(text, start, end)) and _ends_in_name(text, start, m.start()):
        end = m.start()
    if (m := _SEEN_BY.search(text, start, end)) and _names_message(text, start, m.start()):
        end = m.start()
    if (
        (m := _PLACE_AFTER_NAME.search(text, start, end))
        and "," not in text[start : m.start()]
        and looks_like_person(text[start : m.start()])
    ):
        end = m.start()
    if (
        cue_start is not None
        and not text[end:cue_start].strip()
        and _CUE_THEN_COMMA.match(text, cue_start)
        and (m := _PARENTHETICAL.search(text, start, end))
        and m.group(1).split()[0] not in _NOT_A_SOURCE_HEAD
        and not {"and", "or", "of"} & set(m.group(1).split())  # a list, or an apposition: "Sarah Jones, head of sales"
        and text[start].isupper()
    ):
        start = m.start(1)
    if text[start:end].lower() in _NAMES_NO_ONE:
        return None
    start = _widened_to_name_before(text, start, end)
    if (
        _FIRST_NAME_TAG.fullmatch(text, start, end)
        and (m := _KIN_BEFORE_NAME.search(text, max(0, start - 60), start))
        and _surname_owner(m)
    ):
        start = m.start() if _first_or_honorific(m) else m.end("first")  # "Clinton's husband, ⟦Bill⟧,"
    elif (
        (owner := _OWNER_AND_KIN.fullmatch(text, start, end))
        and _surname_owner(owner)
        and (m := _NAME_AFTER_KIN.match(text, end))
    ):
        end = m.end()  # "⟦Clinton's husband⟧, Bill,"
    if cue_start is not None and (m := _PLURAL_TO_CUE.fullmatch(text, end, cue_start)):
        word = text[start:end]
        opener = (
            " " not in word and word.lower() not in _PRONOUNS and _OPENS_SENTENCE.search(text, max(0, start - 3), start)
        )
        if opener or word in _DETERMINERS_OF_PLURALS:
            if not _NOT_IN_NOUN_PHRASE & set(m.group(1).split()):
                end = m.end(1)
    return start, end


def _first_or_honorific(owner: re.Match) -> bool:
    """Whether the word before the owner's surname in ``owner`` (an ``_OWNER`` match) is part of the owner's name, an
    honorific or a known first name ("Hillary Clinton's"), not a word the sentence opens with ("Monday Clinton's")."""
    word = (owner.group("first") or "").strip()
    return not word or word.lower() in HONORIFICS or first_name_gender(word) is not None


def _surname_owner(owner: re.Match) -> bool:
    """Whether the owner an ``_OWNER`` match ends in is a surname, not a title ("The Queen's", "the King's")."""
    surname = without_possessive(owner.group(0).split()[-1])
    return (owner.group("first") or "").strip() != "The" and surname.lower() not in TITLE_WORDS


def _without_trailing_words(text: str, start: int, end: int, cue_start: int | None) -> int:
    """The end of a mention without the adverbs after it, and without the joining words of a phrase the model cut
    (see ``_TRAILING_JOINER``)."""
    while True:
        if (m := _TRAILING_ADVERB.search(text, start, end)) and m.start() > start:
            end = m.start()
            continue
        at_cue = cue_start is not None and not text[end:cue_start].strip()
        if not at_cue and (m := _TRAILING_JOINER.search(text, start, end)) and m.start() > start:
            end = m.start()
            continue
        return end


# Asides that list or qualify rather than name: "A coalition of nearly 40 groups - including the American Academy of
# Pediatrics … -".
_NOT_APPOSITION_OPENERS = frozenset("including which who whose such like among especially notably with in".split())


def _names_someone(text: str, start: int, end: int) -> bool:
    """Whether the aside that opens at ``start`` (after a dash) ends, at its closing dash or at ``end``, in a
    capitalised word, as an apposition naming the source does ("– former Arsenal captain Mikel Arteta –"), and does not
    open as a list or a clause ("- including …")."""
    close = re.search(r"[ \t][-–—]", text[start:end])
    words = text[start : start + close.start() if close else end].split()
    return bool(words) and words[-1][:1].isupper() and words[0].lower() not in _NOT_APPOSITION_OPENERS


def _names_message(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a message ("a summary of the agreement", "a draft report"): its head, before
    any "of", is a message noun."""
    head = text[start:end].lower().split(" of ")[0].split()
    return bool(head) and head[-1] in _MESSAGE_HEADS


def _ends_in_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a capitalised word that is not its only word, as a named source does."""
    words = text[start:end].split()
    return len(words) > 1 and words[-1][:1].isupper()


# A capitalised run on one line, with its particles: "Ralf Jäger", "Ludwig van Beethoven".
_NAME_RUN = r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|van|von))*"
# The source right before a cue: a pronoun, a relative "which"/"who" or a name ("Mr. McKinley said", "she said at a
# news conference", "the Saudi government, which has strongly denied").
_SOURCE_BEFORE_CUE = re.compile(
    latin_classes(
        rf"(?:\b(?P<pronoun>he|she|they|it|we|I|which|who)|(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?{_NAME_RUN}))[ \t]+$"
    )
)
# A word before a capitalised run that makes the run the end of a longer phrase, not a subject: "the hall of mirrors
# that is Trump World told me", "What do you think of Carson privately saying".
_JOINS_PHRASE = PREPOSITIONS | frozenset(
    "than into over under is was are were be been the a an against while despite like toward towards".split()
)
_BE = frozenset("is are was were be been being".split())
# Words that may stand right before a pronoun that is its clause's subject ("…, and she said", "when he told").
_OPENS_CLAUSE = frozenset(
    """and but that because when as if so while then later now though although where after before since until once
    yet or which who""".split()
)


def source_before_cue(text: str, cue: Span, sentence_start: int) -> Span | None:
    """The source right before ``cue`` within its sentence (which opens at ``sentence_start``), for a quote the model
    linked a cue but no source to; None when the words before the cue are no pronoun or name, or the name ends a
    longer phrase ("… that is Trump World told"). A sentence opener or a time word leaves the name ("But Trump said" →
    "Trump"; "Monday said" names no one)."""
    words = cue.text.lower().split()
    if words[0] in _BE and any(w.endswith(("ed", "en")) or w in ("told", "said") for w in words[1:]):
        return None  # a passive cue's subject heard it: "Residents were warned by the council that …"
    m = _SOURCE_BEFORE_CUE.search(text, sentence_start, cue.start)
    if m is None:
        return None
    if m.group("pronoun"):
        before = text[sentence_start : m.start("pronoun")].split()
        relative = m.group("pronoun") in ("which", "who")  # follows what it stands for: "security experts who say"
        if not relative and before and before[-1][-1].isalpha() and before[-1].lower() not in _OPENS_CLAUSE:
            return None  # an object, not a subject: "Witnesses who saw it said"
        return Span.of(text, *m.span("pronoun"))
    start, end = m.span("name")
    if text[start:end].split()[0].lower() in PREPOSITIONS:
        return None  # "In Paris said the foreign minister": a place, the source after the cue
    if cue.text[:1].isupper():
        return None  # a headline's capitals: "Al Sharpton Just Said Something"
    before = text[sentence_start:start].split()
    if before and (before[-1].lower() in _JOINS_PHRASE or before[-1].endswith(("ing", "ed"))):
        return None  # an object: "while attacking the BJP said", "after his century against Australia said"
    for word in text[start:end].split():
        if word.lower() not in NOT_SUBJECT_WORDS:
            break
        start = text.index(word, start) + len(word)
        start = len(text) - len(text[start:].lstrip())
    return Span.of(text, start, end) if start < end else None


# The source right after a cue of saying, as news inverts it: "…,” said Ralf Jäger, the minister", "…, said state
# minister Ralf Jäger." A few lower-case words may describe the name before it; a comma or a stop ends it.
_SOURCE_AFTER_CUE = re.compile(
    latin_classes(
        rf"[ \t]+((?:[a-z][\w-]*[ \t]+){{0,4}}?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?{_NAME_RUN})"
        r"(?=[ \t]*(?:[,.;:!?]|$))"
    )
)
# Words no description of a name holds: "says led him to Christ" is a clause.
_FUNCTION_WORDS = frozenset(
    "he she they it we i him her them his its their that this when if to of in on at by for with and or but".split()
)


def source_after_cue(text: str, cue: Span) -> Span | None:
    """The name right after ``cue`` ("said Ralf Jäger,"), with the words that describe it, up to a comma or a stop;
    None when something else follows the cue ("said that …", "said in a statement")."""
    m = _SOURCE_AFTER_CUE.match(text, cue.end)
    if m is None or m.group(1).split()[0].lower() in NOT_SUBJECT_WORDS:
        return None
    words = m.group(1).split()
    described = [w for w in words if w[0].islower()]
    if described and (len(words) - len(described) < 2 or _FUNCTION_WORDS & set(described)):
        return None  # a clause, not a description: "says led him to Christ", "said he recoiled when Mr."
    start, end = m.span(1)
    if text[end - 1] == "." and not ends_abbreviation(text, end - 1):
        end -= 1  # the sentence's full stop, not "Jr."
    return Span.of(text, start, end)
