"""The article as the speaker rules read it before placing anyone: its sentences, quoted ranges and
question-and-answer layout, and the runs of capitalised words that may name people (name runs), with what they
tell of a name: its fullest form in the article, first name, gender and party. Character offsets throughout.
"""

from __future__ import annotations

import bisect
import collections
import math
import re

from .first_names import first_name_gender
from .layout import interview_answers
from .names import (
    CALENDAR_WORDS,
    CASED_TITLES,
    COUNTRIES,
    GENDERED_PRONOUNS,
    GENDERED_WORDS,
    GENERATIONS,
    GROUP_NOUN,
    HONORIFICS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    NAME_RUN,
    NICKNAME,
    ORG_WORDS,
    PARTY_TAG,
    PREPOSITIONS,
    SENTENCE_OPENERS,
    TITLE_WORDS,
    US_STATES,
    headline_lines,
    is_capitalised,
    looks_like_person,
    message_author,
    one_edit_apart,
    organisation_words,
    parties_named,
    split_title,
    surname_key,
    word_tokens,
)
from .text import latin_classes, quoted_ranges, sentence_starts
from .types import Span


def name_runs(text: str) -> list[re.Match]:
    """Runs of capitalised words that may name someone, outside headlines, nicknames blanked out."""
    headlines = headline_lines(text)
    plain = NICKNAME.sub(lambda m: " " * len(m.group(0)), text)  # same length: offsets hold
    return [m for m in NAME_RUN.finditer(plain) if not any(s <= m.start() < e for s, e in headlines)]


# A name after an introduction, past its phrase and a comma: "a lawyer for the family, John Smith", ", Dr. Ana Ruiz".
_NAME_NEXT = re.compile(
    latin_classes(
        r"(?:[ \t]+(?:at|for|of|with|in)[ \t]+[^,.\n]{1,60}?)?,[ \t]+"
        r"(?:[A-Z][a-z]{1,3}\.[ \t]+)?[A-Z][\w'’-]+[ \t]+[A-Z]"
    )
)
# A name right before an introduction in apposition: "Sarah Mwangi, a doctor at the clinic".
_NAME_BEFORE = re.compile(latin_classes(r"[A-Z][\w'’-]+,[ \t]*$"))
# A place before an introduction, after its preposition: "At the main government hospital in Sylhet, a doctor".
_PLACE_BEFORE = re.compile(
    latin_classes(r"\b(?:[Ii]n|[Aa]t|near|outside)[ \t]+(?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+,[ \t]*$")
)


def _split_suffix(name: list[str]) -> tuple[list[str], str]:
    """``(name without its suffix, the suffix lower-cased without its stop)``: (["Trump"], "jr") of "Trump Jr."."""
    if len(name) > 1 and name[-1].lower() in GENERATIONS:  # an honour ("KC") parts no namesakes
        return name[:-1], name[-1].lower().rstrip(".")
    return name, ""


def majority_gender(votes: dict[str, int]) -> str | None:
    """The gender with more votes, or None on a tie."""
    return "m" if votes["m"] > votes["f"] else "f" if votes["f"] > votes["m"] else None


def with_first_name_vote(name: list[str], votes: dict[str, int]) -> dict[str, int]:
    """``votes`` plus 5 for the usual gender of a full name's first name ("Christopher Heath"), more than two
    titles or four pronouns after its mentions, which may be someone else's (5 did best of 1, 2, 3, 5 and 10
    on the studied speaker samples)."""
    if len(name) > 1 and (gender := first_name_gender(name[0])):
        votes[gender] += 5
    elif len(name) > 1 and (gender := first_name_gender(name[0], broad=True)):
        votes[gender] += 1  # US birth records only ("Jess" is mostly a man's there): a pronoun outweighs it
    return votes


# A paragraph of an interview: "Q: Why now?", "A: Because …", and a question label run into its text ("QWhy now?").
_INTERVIEW_LABEL = re.compile(r"[QA][:.]\s|Q(?=[A-Z][a-z])")
WHOLE_BODIES = frozenset({"House", "Senate", "Congress"})  # one-word names of bodies that longer runs do not extend

_SCHOOL_WORDS = frozenset({"University", "College", "Institute"})
AD_MEDIA = frozenset({"TV", "Web", "Internet", "YouTube", "Spanish", "Spanish-language"})  # "a TV ad"

# What a message is on, between it and its maker: "The report on former Governor Andrew Cuomo, released by …".
_ON_WHAT = r"(?:\s+(?:on|about|into)\s+[^,.;]{1,60})?"
# "… video by the Republican National Committee", "The lawsuit, filed by Getty Images": the maker named just after
# the message.
# A maker's "of" tail only after a head that takes one: "the Harvard University Institute of Politics" (not "Quinnipiac
# University of Ohio voters").
_MADE_BY = re.compile(
    latin_classes(
        rf"(?:{_ON_WHAT},?\s+"
        r"(?:filed|written|issued|published|released|commissioned|signed|sent|brought|prepared|conducted))?"
        r"\s+(?:by|from)\s+(?:the\s+)?((?:[A-Z][\w.&'’/-]*\s+){0,5}[A-Z][\w.&'’/-]*"
        r"(?:(?:(?<=Institute)|(?<=Center)|(?<=Centre)|(?<=School)|(?<=Council)|(?<=Society)|(?<=Bureau))"
        r"\s+of\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})?)"
    )
)

# "The audit, conducted by the state comptroller's office, found": a maker described in lower case, between commas.
_MADE_BY_DESCRIBED = re.compile(
    rf"{_ON_WHAT},\s+(?:signed|written|conducted|started|brought|launched|commissioned|"
    r"issued|published|released|filed|prepared|drafted|organi[sz]ed)\s+by\s+((?:the|a|an|more|some|about|dozens|"
    r"hundreds|thousands)\b[^,.;()]{2,60}?)(?=,)"
)

MAX_NAME_WORDS = 4

# First names that are also common words: "Bill Nelson" names someone in an article about a spending bill.
WORD_FIRST_NAMES = frozenset(
    "Bill Will Mark Rob Grant Hope Joy Rush Dean Frank Ray Rose Faith June Chuck Pat Jack Sue".split()
)

# The prefix of an international body's name ("U.N. Security Council", "E.U. Commission").
_BODY_PREFIX = re.compile(latin_classes(r"\b(U\.N\.|E\.U\.|UN|EU|NATO)\s+((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)\b"))

INITIALS = re.compile(latin_classes(r"(?:[A-Z]\.)+|[A-Z]"))  # a first name as initials: "A.M.", "J"


# Endings of words that describe rather than name ("Understated Perez", "Irishman Lowry"), when no first name.
_DESCRIBING_WORD = re.compile(r"(?:ed|ing|man|ian|ese|ish)$")


def _epithet_before_first_name(name: tuple[str, ...]) -> bool:
    """Whether a name run opens with a word that is no listed first name before one that is, so that the word may
    be a nickname or description ("Crooked Hillary Clinton", "Rival Ted Cruz"). An initial is a name ("J. Michael
    Pearson")."""
    return (
        len(name) >= 3
        and first_name_gender(name[0]) is None
        and first_name_gender(name[1]) is not None
        and not INITIALS.fullmatch(name[0])
    )


# Last words of the names of natural features ("Scarborough Shoal", "South China Sea"), which end a person's name only
# after a first name (Frank Ocean, George Strait); not "Lake", "River" or "Hill", which end surnames often.
_FEATURE_ENDS = frozenset("shoal shoals reef reefs atoll strait straits sea ocean gulf peninsula archipelago".split())


def personal_run(run: str) -> bool:
    """``looks_like_person``, less runs that end like a group, a body or a natural feature ("Hoosier Republicans",
    "Brennan Center", "Scarborough Shoal")."""
    words = run.split()
    last = words[-1].lower()
    feature = last in _FEATURE_ENDS and first_name_gender(words[0]) is None
    return looks_like_person(run) and not GROUP_NOUN.search(words[-1]) and last not in ORG_WORDS and not feature


def _name_connector(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` joins one name: the "of" of "University of Texas"."""
    return words[k] == "of" and 0 < k < len(words) - 1 and is_capitalised(words[k - 1]) and is_capitalised(words[k + 1])


_WORD_CHARS = re.compile(r"\w+")


# A name the article introduces as a body by what kind it is: "utility company Gulfside Power said", "rail operator
# Ostrava Rail said", "the pension fund Vestra Kapital, …", "The insurer, Lakeshore Mutual, …". The kind word comes
# right before the name ("fund manager John Paulson" is no body) and a comma or a verb of saying right after it
# ("the company Musk bought" is a clause about Musk).
_BODY_KINDS = (  # not words that also name a person's trade: developer, publisher, pollster, broadcaster, grocer
    "company|firm|utility|operator|carrier|airline|insurer|bank|lender|retailer|chain|manufacturer|automaker|"
    "chipmaker|startup|conglomerate|fund|charity|nonprofit|non-profit|union|newspaper|watchdog|brokerage|supplier|"
    "distributor|processor|"
    "organi[sz]ation|association|think tank"
)
_BODY_INTRODUCED = re.compile(
    latin_classes(
        rf"\b(?:{_BODY_KINDS}),?[ \t]+((?:[A-Z][\w&'’-]*[ \t]+){{0,3}}[A-Z][\w&'’-]*)"
        r"(?=[ \t]*[,;:)]|[ \t]+(?:said|says|announced|reported|told|added|warned|stated|confirmed|denied)\b)"
    )
)

# A name the article writes as an employer, before its executive's title and name: "Wells Fargo CEO John Stumpf".
_EMPLOYER_BEFORE_TITLE = re.compile(
    latin_classes(
        r"\b((?:[A-Z][\w&'’-]*[ \t]+){0,3}[A-Z][\w&'’-]*)[ \t]+"
        r"(?:CEO|[Cc]hief[ \t]+[Ee]xecutive|[Cc]hairman|[Cc]hairwoman|[Ff]ounder)[ \t]+"
        r"((?:[A-Z][\w'’.-]*[ \t]+)*[A-Z][\w'’-]*)"
    )
)
# Capitalised words that may open that run but are no part of the employer's name: "Former", "On Tuesday".
_BEFORE_AN_EMPLOYER = frozenset("former acting interim deputy the a an new then its his her their on in at".split())


def _employer_before_title(m: re.Match) -> str | None:
    """The employer's name an ``_EMPLOYER_BEFORE_TITLE`` match gives, less words before it that are no part of it; None
    when nothing is left or it is the executive's own surname ("Dell CEO Michael Dell")."""
    words = m.group(1).split()
    while words and (words[0].lower() in _BEFORE_AN_EMPLOYER or words[0].lower() in CALENDAR_WORDS):
        words.pop(0)
    if not words or words[-1] == m.group(2).split()[-1]:
        return None
    return " ".join(words)


# Where a body's kind ends "a spokeswoman for the organisation": the name after it may be the spokeswoman's.
_PERSON_OF_BODY = re.compile(r"\b(?:for|of|at)[ \t]+the[ \t]+[\w-]+,?[ \t]+$")
_NAME_WORD_BEFORE = re.compile(latin_classes(r"\b[A-Z][\w'’-]*[ \t]+$"))
# What comes between a name and the town it is from: ", 24, from " ("Nicky Driscoll, 24, from Manchester").
_AGE_THEN_FROM = re.compile(r",[ \t]+\d{1,3},[ \t]+from[ \t]+")
# A name given as another name of someone ("changed his Spanish-sounding name, Rafael Edward Cruz", "whose legal name
# is Robert Francis O'Rourke"): the person's usual name stays the canonical one, though shorter.
_ALIAS_BEFORE = re.compile(r"(?<![\w-])(?:name|born)(?:,|[ \t]+(?:is|was))?[ \t]+$")  # not "first-born"
# Two first names sharing the surname after them: "David and Sarah Kim".
_COUPLE = re.compile(latin_classes(r"\b([A-Z][a-z]+)[ \t]+and[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][\w'’-]+)\b"))


def _names_a_body(text: str, introduced: re.Match) -> bool:
    """Whether the name a ``_BODY_INTRODUCED`` match introduces is a body's: not opening with a day or month, nor a
    first name ("the centrist organization Bill Clinton, …"); after "a spokeswoman for the organisation," not with a
    first name of the US birth records either ("Petra Lind"), though "The bank, Chase Lending," is the bank."""
    first, start = introduced.group(1).split()[0], introduced.start(1)
    person_of_body = _PERSON_OF_BODY.search(text, max(0, start - 60), start) is not None
    return first.lower() not in CALENDAR_WORDS and first_name_gender(first, broad=person_of_body) is None


# The head of a short apposition after a name, before "of", "for" or its end: ", the chairwoman of", ", a spokesman,".
_APPOSED_HEAD = re.compile(r",[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?([a-z-]+)(?=[ \t]+(?:of|for|at)\b|[,.])")


# Irish surnames' particles, which say whose child (or wife) one is: "Ní Bhriain" a woman's, "Ó Briain" a man's.
_IRISH_PATRONYMICS = {"ní": "f", "nic": "f", "uí": "f", "mhic": "f", "ó": "m", "ua": "m"}


class ArticleText:
    """Read-only facts of one article text, computed once for all its mentions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.name_runs = name_runs(text)
        self.run_parts = [self.split_run(m) for m in self.name_runs]  # (role, name words) of each run, once
        # Names the article only ever gives as another name of someone (``_ALIAS_BEFORE``).
        given_as = collections.defaultdict(set)
        for m, (_, words) in zip(self.name_runs, self.run_parts, strict=True):
            given_as[tuple(words)].add(bool(_ALIAS_BEFORE.search(text, max(0, m.start() - 30), m.start())))
        self.aliases = {words for words, alias in given_as.items() if alias == {True}}
        # The same by surname, in text order: a name looks up its namesakes without scanning every run.
        self.runs_by_surname: dict[str, list[tuple[list[str], list[str]]]] = collections.defaultdict(list)
        for role, words in self.run_parts:
            if words:
                self.runs_by_surname[surname_key(words)].append((role, words))
        for m in _COUPLE.finditer(text):  # "David and Sarah Kim" names David Kim, if nothing else does
            if _NAME_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Elizabeth Warren and Bernie Sanders" names no "Warren Sanders"
            first, surname = m.group(1), m.group(3)
            namesakes = self.runs_by_surname[surname_key([surname])]
            if (
                first_name_gender(first, broad=True)  # "Gordon and Louise Macpherson"
                and first_name_gender(m.group(2), broad=True)
                and [first, surname] not in (w for _, w in namesakes)
            ):
                namesakes.append(([], [first, surname]))
        self.sentence_starts = sentence_starts(text)
        self.sentence_openers = frozenset(self.sentence_starts)
        self.nicknames = {m.group(0).strip(" \"“”‘’'").casefold() for m in NICKNAME.finditer(text)}
        self.quoted_ranges = quoted_ranges(text)
        self.interview = re.search(r"^A[:.]\s", text, re.MULTILINE) is not None  # "A: …" answers a "Q: …"
        # The labels of an interview's answers given under a name ("Dana: We paid …"), by where their paragraph opens.
        self.answer_labels = {
            text.rfind("\n", 0, label.start) + 1: label for _, _, label in interview_answers(text) if label.text != "A"
        }
        self.words = frozenset(_WORD_CHARS.findall(text))  # every run of word characters, as written
        self.introduced_bodies = {
            " ".join(m.group(1).split()) for m in _BODY_INTRODUCED.finditer(text) if _names_a_body(text, m)
        } | {employer for m in _EMPLOYER_BEFORE_TITLE.finditer(text) if (employer := _employer_before_title(m))}

    def quoted(self, position: int) -> bool:
        """Whether ``position`` lies inside a quotation (a speaker quoted, not the narrative)."""
        k = bisect.bisect_right(self.quoted_ranges, (position, math.inf)) - 1  # ranges are sorted and disjoint
        return k >= 0 and position < self.quoted_ranges[k][1]

    def answer(self, position: int) -> bool:
        """Whether ``position`` is in an interview's answer ("A: I think …"), where "I" is the one interviewed."""
        start = self.text.rfind("\n", 0, position) + 1
        return re.match(r"A[:.]\s", self.text[start : start + 3]) is not None

    def answer_label(self, position: int) -> Span | None:
        """The name labelling the interview answer that holds ``position`` ("Dana: We paid …"), or None."""
        return self.answer_labels.get(self.text.rfind("\n", 0, position) + 1)

    def interview_start(self, position: int) -> int:
        """Where the run of "Q: …" and "A: …" paragraphs holding ``position`` begins (blank lines between them
        allowed)."""
        start = self.text.rfind("\n", 0, position) + 1
        while start:
            previous = self.text.rfind("\n", 0, start - 1) + 1
            paragraph = self.text[previous : start - 1]
            if paragraph.strip() and not _INTERVIEW_LABEL.match(paragraph):
                break
            start = previous
        return start

    def interview_label(self, mention: Span) -> bool:
        """Whether ``mention`` is the "Q" or "A" opening a paragraph of an interview ("Q: You open your book …")."""
        paragraph_start = self.text.rfind("\n", 0, mention.start) + 1
        return self.text[paragraph_start : mention.start].strip() == "" and self.text.startswith(":", mention.end)

    def sentence_opening_name(self, run: str) -> bool:
        """Whether a sentence-initial ``run`` names someone: its first word is capitalised mid-sentence too
        (``capitalised_midsentence``), or it looks like a personal name whose first word the article never
        writes in lower case ("Amadou Magassa, 13, of Philadelphia sold water …")."""
        if self.capitalised_midsentence(run):
            return True
        return personal_run(run) and not self.used_lowercase(run.split()[0])

    def capitalised_midsentence(self, run: str) -> bool:
        """Whether the first word of a sentence-initial ``run`` is capitalised elsewhere inside a sentence too, or
        is an honorific or title ("Trump has …", "Ms. LaBelle got …"; not "Even Friday", "Maybe I")."""
        first = run.split()[0]
        if first.lower() in HONORIFICS | TITLE_WORDS or first in CASED_TITLES:
            return True
        return re.search(rf"[a-z,;:]\s+{re.escape(first)}\b", self.text) is not None

    def gender_votes(self, words: str, votes: dict[str, int], *, possessives: bool = False) -> dict[str, int]:
        """``votes`` plus, wherever the article writes ``words``, 2 for a gendered word just before them (and 2 for an
        Irish surname's particle there, "Ní" or "Ó", the word before it then read instead) and 1 for the first
        "he"/"she" (with ``possessives`` also "his"/"her") after them in their sentence."""
        pronoun = r"\b(he|she|his|her)\b(?=\W)" if possessives else r"\b(he|she)\b(?=\W)"
        for m in re.finditer(rf"\b{re.escape(words)}\b", self.text):
            before = self.text[max(0, m.start() - 16) : m.start()].lower().split()
            if before and before[-1] in _IRISH_PATRONYMICS:  # "Ms Ní Bhriain", a woman; "Mr Ó Briain", a man
                votes[_IRISH_PATRONYMICS[before.pop()]] += 2
            if before and before[-1] in GENDERED_WORDS:
                votes[GENDERED_WORDS[before[-1]]] += 2
            if (apposed := _APPOSED_HEAD.match(self.text, m.end())) and apposed.group(1).lower() in GENDERED_WORDS:
                votes[GENDERED_WORDS[apposed.group(1).lower()]] += 2  # "Dottie Deans, the chairwoman of …"
            after = self.text_after(m.end(), 92)  # past the reach, so that a cut "Helen" is no "He"
            if (found := re.search(pronoun, after, re.IGNORECASE)) and found.start() < 80:
                votes[GENDERED_PRONOUNS[found.group(1).lower()]] += 1
        return votes

    def text_before(self, position: int, reach: int) -> str:
        """The up to ``reach`` characters before ``position`` that lie in its sentence (a title's full stop, as in
        "Prof. Nor Azizah", ends none)."""
        return self.text[max(0, position - reach, self.sentence_start(position)) : position].split("\n")[-1]

    def text_after(self, position: int, reach: int) -> str:
        """The up to ``reach`` characters from ``position`` on that lie in its sentence (as ``text_before`` reads
        sentences)."""
        k = self.sentence_index(position) + 1
        end = self.sentence_starts[k] if k < len(self.sentence_starts) else len(self.text)
        return self.text[position : min(position + reach, end)].split("\n")[0]

    def sentence_index(self, position: int) -> int:
        """Which sentence of the article holds character ``position`` (0 first)."""
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def sentence_start(self, position: int, back: int = 0) -> int:
        """Where the sentence holding ``position`` starts (character offset); with ``back``, the sentence that many
        before it (the article's first at most)."""
        return self.sentence_starts[max(0, self.sentence_index(position) - back)]

    def split_run(self, run: re.Match) -> tuple[list[str], list[str]]:
        """``split_title`` of a name run; a run stops before a period, so "Jr"/"Sr" get theirs back."""
        role, words = split_title(word_tokens(run.group(0)))
        if words and words[-1] in ("Jr", "Sr") and self.text[run.end() : run.end() + 1] == ".":
            words[-1] += "."
        return role, words

    def fullest_name(self, name: list[str], gender: str | None = None) -> tuple[list[str], list[str]]:
        """Role and name words of the fullest name in the article with ``name``'s surname and first name, if it
        has one (ties: most frequent). Runs with a common word before the surname ("Is Rebecca Bradley",
        "New Hampshire Sanders") are no names, and with ``gender`` ("m"/"f", from Mr./Mrs.) namesakes of the
        other gender are skipped (Mrs. Clinton is not Bill Clinton); a name given only as another name of someone
        ("changed his name, Rafael Edward Cruz") is no candidate while another is (``aliases``)."""
        surname = surname_key(name)
        counts: dict[tuple[str, ...], int] = {}
        roles: dict[tuple[str, ...], list[str]] = {}
        for role, words in self.runs_by_surname.get(surname, ()):
            if self.same_first_name(words, name):
                key = tuple(words)
                counts[key] = counts.get(key, 0) + 1
                if len(role) > len(roles.get(key, [])):
                    roles[key] = role

        def plausible(first_names: frozenset[str]) -> dict[tuple[str, ...], int]:
            return {
                k: n
                for k, n in counts.items()
                if not any(self.used_lowercase(w) and w not in name and w not in first_names for w in k[:-1])
                # Only when the article also gives the name without the word: "Cornell William Brooks" stays.
                and not (_epithet_before_first_name(k) and k[1:] in counts)
                and (gender is None or self.name_gender(k) in (None, gender))
            }

        strict = plausible(frozenset())
        if all(len(k) == 1 for k in strict):  # no full name but one whose first name is also a word: "Bill Nelson"
            strict = plausible(WORD_FIRST_NAMES)
        counts = strict or counts
        # A transcript's labels in capitals ("BLINKEN:") are the name the article writes otherwise, when it does.
        written = {k: n for k, n in counts.items() if not all(w.isupper() and len(w) > 3 for w in k)}
        counts = written or counts
        # A personal name has at most four words besides particles; a longer run carries a title the lists do not know.
        counts = {
            k: n for k, n in counts.items() if len(k) - len(NAME_PARTICLES.intersection(k)) <= MAX_NAME_WORDS
        } or counts
        if not counts:
            return [], name[-1:]
        counts = {k: n for k, n in counts.items() if k not in self.aliases} or counts
        # A bare "Trump" is the one without a suffix when the article names Donald Trump and Donald Trump Jr.
        suffix = _split_suffix(name)[1]

        # Of two as long, one opening with a describing word loses ("Irishman Lowry" to "Shane Lowry"); then the more
        # frequent wins, then a known first name: "Thomas Perez" over a headline's "Understated Perez"; then the one
        # named first.
        def rank(k: tuple[str, ...]) -> tuple:
            first_name = first_name_gender(k[0], broad=True) is not None
            same_suffix = len(k) > 1 and _split_suffix(list(k))[1] == suffix
            return same_suffix, len(k), first_name or not _DESCRIBING_WORD.search(k[0]), counts[k], first_name

        best = max(counts, key=rank)
        if (
            len(best) < len(name) <= MAX_NAME_WORDS
            and personal_run(" ".join(name))
            and not any(w.lower() in SENTENCE_OPENERS for w in name)  # a headline's "The Media And Marco Rubio"
            and not _epithet_before_first_name(tuple(name))  # "Beleaguered Theresa May"
        ):
            return [], list(name)  # the mention's own full name, when the article's runs hold it only mangled
        if len(best) == 1 and (double := self.double_surname(best[0])):
            return double
        if len(best) == 1 and len(surname) >= 5 and (misspelt := self.misspelt_full_name(surname)):
            return misspelt
        return list(roles.get(best, [])), list(best)

    def double_surname(self, surname: str) -> tuple[list[str], list[str]] | None:
        """The one full name with two surnames whose first is ``surname`` ("Melba Acosta Febo" of "Ms. Acosta"),
        when the second never stands alone; None otherwise."""
        alone = {name[0] for _, name in self.run_parts if len(name) == 1}
        fulls = {
            (tuple(role), tuple(name))
            for role, name in self.run_parts
            if len(name) >= 3
            and name[-2] == surname  # "María Elena Cárdenas Villanueva" too
            and name[-1] not in alone
            and personal_run(" ".join(name))
            and not self.used_lowercase(name[0])  # "One Wisconsin Now" is no one
        }
        if len({name for _, name in fulls}) != 1:
            return None
        role, name = max(fulls, key=lambda f: len(f[0]))
        return list(role), list(name)

    def first_name_of(self, given: list[str]) -> list[str] | None:
        """The full name of the one person the article names with the words ``given`` first ("Hillary"; "Nor
        Azizah" of "Nor Azizah binti Ahmad"), when their last word never ends a longer name there; None otherwise."""
        n = len(given)
        fulls = {tuple(name) for _, name in self.run_parts if len(name) > n and name[:n] == given}
        fulls = {f for f in fulls if personal_run(" ".join(f))}
        if len(fulls) != 1 or any(len(name) > n and name[-1] == given[-1] for _, name in self.run_parts):
            return None
        return list(fulls.pop())

    def used_lowercase(self, word: str) -> bool:
        """Whether the article also writes ``word`` in lower case: then it is a common word, not a name."""
        lower = word.lower()
        if lower == word:
            return False
        if _WORD_CHARS.fullmatch(lower):  # the common case, a set lookup instead of a scan of the whole text
            return lower in self.words
        return re.search(rf"\b{re.escape(lower)}\b", self.text) is not None

    def surname_shared(self, name: list[str]) -> bool:
        """Whether the text names someone else with ``name``'s surname: another first name before it ("Kevin Daly"
        beside "Bernadette Daly")."""
        namesakes = self.runs_by_surname.get(surname_key(name), []) if len(name) > 1 else []
        return any(len(words) > 1 and words[0] != name[0] and first_name_gender(words[0]) for _, words in namesakes)

    def name_gender(self, name: tuple[str, ...]) -> str | None:
        """ "m", "f" or None for one full name ("Bill Clinton"), from the words around it (``gender_votes``)."""
        return majority_gender(
            self.gender_votes(" ".join(name), with_first_name_vote(list(name), {"m": 0, "f": 0}), possessives=True)
        )

    def misspelt_full_name(self, surname: str) -> tuple[list[str], list[str]] | None:
        """The full name whose surname is one typo away from ``surname`` ("McLenney" of "Tyresha McClenney"),
        when the article gives exactly one such person; None otherwise."""
        found = set()
        for role, words in self.run_parts:
            other = surname_key(words) if len(words) >= 2 else ""
            if other != surname and other[:1] == surname[:1] and one_edit_apart(other, surname):
                found.add((tuple(role), tuple(words)))
        names = {words for _, words in found}
        if len(names) != 1:
            return None
        role = max((r for r, _ in found), key=len)
        return list(role), list(names.pop())

    def same_first_name(self, a: list[str], b: list[str]) -> bool:
        """Whether two names of one surname can be one person: either lacks a first name, they share it, or one
        is a nickname the article gives (Robert C. "Bobby" Scott) or a particle ("De Blasio"). A suffix is no first
        name ("Trump Jr." has none), and a suffix one name lacks parts them unless that one is a bare surname
        ("Trump Jr." is not Donald Trump)."""
        (a, a_suffix), (b, b_suffix) = _split_suffix(a), _split_suffix(b)
        if a_suffix != b_suffix and ((a_suffix and b_suffix) or len(b if a_suffix else a) > 1):
            return False
        if len(a) == 1 or len(b) == 1:
            return True
        short, long = sorted((a, b), key=len)
        if len(short) < len(long) and [w.casefold() for w in long[-len(short) :]] == [w.casefold() for w in short]:
            return True  # a surname of several words without the first name: "El Amrani Benkirane", "AIT OUCHEN"
        firsts = {a[0].casefold(), b[0].casefold()}
        return len(firsts) == 1 or bool(firsts & (self.nicknames | NAME_PARTICLES))

    def fuller_organisation(self, name: str) -> str:
        """The article's longer name for a one-word organisation ("the Post" → "New York Post"): the longest
        capitalised run ending with it that names an organisation; else ``name``."""
        # "Supreme Court" stays as usually named, not "U.S. Supreme Court"; "the House" is no White House. An
        # international body keeps its prefix: "Security Council" is the "U.N. Security Council" named before.
        if " " in name:
            return next((f"{m.group(1)} {name}" for m in _BODY_PREFIX.finditer(self.text) if m.group(2) == name), name)
        if not name.isalpha() or name in WHOLE_BODIES:
            return name
        runs = [organisation_words(word_tokens(m.group(0))) for m in self.name_runs if name in m.group(0)]
        fuller = [w for w in runs if len(w) > 1 and w[-1] == name and {x.lower() for x in w} & ORG_WORDS]
        # A company by its first word: "Carrowmore" of "Carrowmore Resources Ltd" (a legal form ends the name, so not
        # "Israel" of "Israel Defense Forces").
        fuller += [w for w in runs if len(w) > 1 and w[0] == name and w[-1].lower() in LEGAL_FORMS]
        # A school by its first word: "Quinnipiac" of "Quinnipiac University".
        fuller += [w for w in runs if len(w) == 2 and w[0] == name and w[1] in _SCHOOL_WORDS]
        return " ".join(max(fuller, key=len)) if fuller else name

    def expanded(self, name: str) -> str:
        """An acronym's spelled-out form when the article gives it ("IMF" → "International Monetary Fund")."""
        letters = name.replace(".", "")  # "S.E.C." spells "SEC"
        if not (3 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            return name
        pattern = r"\b" + r"\s+(?:(?:of|for|the|and|on)\s+)*".join(rf"{c}[a-z]+" for c in letters) + r"\b"
        found = re.search(pattern, self.text)
        return found.group(0) if found else name

    def introduction(self, head: str, position: int, *, unnamed: bool = False) -> str | None:
        """The last "a senior Pentagon official" before ``position``: how an anonymous source was introduced. With
        ``unnamed``, also "one large shareholder", within one sentence, and only one that names no one: no name comes
        after it ("a lawyer for the family, John Smith,") or right before it ("Sarah Mwangi, a doctor at …")."""
        opener, word = (r"(?:[Aa]n?|[Oo]ne)", r"[\w'’-]") if unnamed else (r"[Aa]n?", r"[\w.'’-]")
        found = None
        for m in re.finditer(rf"\b{opener} ((?:{word}+ ){{0,4}}{re.escape(head)})\b", self.text[:position]):
            before = self.text[max(0, m.start() - 60) : m.start()]
            if unnamed and (
                _NAME_NEXT.match(self.text, m.end())
                or _NAME_BEFORE.search(before)
                and not _PLACE_BEFORE.search(before)  # "At the hospital in Sylhet, a doctor who …": a place
            ):
                continue
            found = m.group(1)
        return found

    def person_of_place(self, place: re.Match) -> re.Match | None:
        """The person a relative clause after ``place`` describes, when ``place`` is a state or country, or a town
        after a name's age and "from", saying where someone is from ("Alan Berger, a gynecologist from Englewood, New
        Jersey, who"): the nearest personal name before it in the sentence. None when ``place`` is no place or no such
        name comes before it."""
        country = place.group(0).lower() in COUNTRIES
        home = re.search(r"\bfrom[ \t]+$", self.text[max(0, place.start() - 6) : place.start()]) is not None
        if not country and not (home and not personal_run(place.group(0))):
            return None
        sentence_start = self.sentence_start(place.start())
        for m in reversed(self.name_runs):
            if sentence_start <= m.start() and m.end() < place.start() and personal_run(m.group(0)):
                # A town after "from" says where the person is from only right after the name and its age: "Nicky
                # Driscoll, 24, from Manchester, who"; not "got a letter from Thames Water, who".
                return m if country or _AGE_THEN_FROM.fullmatch(self.text, m.end(), place.start()) else None
        return None

    def preceding_name(self, position: int) -> re.Match | None:
        """The name run that ends closest before ``position`` in the same sentence ("Scott, who said")."""
        best = None
        for m in self.name_runs:
            if not (m.end() <= position and position - m.end() <= 60):
                continue
            gap = self.text[m.end() : position]
            if m.group(0).endswith((" Jr", " Sr")) and gap.startswith(".,"):
                gap = gap[1:]  # a run stops before the suffix's stop: "Samuel A. Alito Jr., who"
            if "." not in gap:
                best = m
        return best

    def party(self, uses: list[re.Match]) -> set[str]:
        """The party the text gives a person, from the words just around each use of their name ("Republican
        nominee Donald Trump", "Tim Kaine, a Democrat,", "(D-Va.)"): the one named most often, or none."""
        votes: collections.Counter[str] = collections.Counter()
        for m in uses:
            before, after = self.text_before(m.start(), 40), self.text_after(m.end(), 20)
            votes.update(parties_named({w.lower() for w in word_tokens(before + " " + after)}))
            votes.update(tag.strip(" ,(")[0] for tag in PARTY_TAG.findall(after))  # "D" of "(D-Va.)"
        top = votes.most_common(2)
        return {top[0][0]} if top and (len(top) == 1 or top[0][1] > top[1][1]) else set()

    def message_maker(self, position: int, nouns: tuple[str, ...]) -> str | None:
        """Who made the poll or ad that "the poll", "the clip" at ``position`` means: the maker named with the
        latest of ``nouns`` before it ("Reuters/Ipsos poll", "a web video by the Republican National
        Committee"), else with the first one after; None if none is named."""
        makers = []
        for m in re.finditer(r"\b(?:" + "|".join(nouns) + r")s?\b", self.text):
            words = re.split(r"[.!?]\s|\n|[,;:]", self.text[max(0, m.start() - 100) : m.start()])[-1]
            # Only the message's own noun phrase names its maker: "… in Ohio … are close, a Quinnipiac poll".
            tokens = word_tokens(words)
            cuts = [k + 1 for k, w in enumerate(tokens) if w.lower() in PREPOSITIONS and not _name_connector(tokens, k)]
            author = message_author([*tokens[max(cuts, default=0) :], "poll"])  # "poll" stands in for the noun
            if author and author.split()[-1] in AD_MEDIA:
                author = None  # "a TV ad" names its medium, not its maker
            if author and author.lower() in COUNTRIES:
                author = None  # "the Wisconsin lawsuit, brought by a coalition …": where, then whose
            if author is None and (described := _MADE_BY_DESCRIBED.match(self.text, m.end())):
                author = described.group(1)  # "The letter, signed by more than 200 scientists, warns"
            if author is None and (by := _MADE_BY.match(self.text, m.end())):
                author = by.group(1)
                if not re.match(r"\s+[a-z]", self.text[by.end() : by.end() + 3]):  # the sentence's stop, not "Corp."'s
                    author = re.sub(r"(?<=[a-z]{3})\.$", "", author)
                tail = re.search(r"\s+of\s+(?:the\s+)?(.+)$", author)
                if tail and tail.group(1).lower() in COUNTRIES | US_STATES:
                    author = author[: tail.start()]  # "the Pew Research Center of Washington": where it is
            plural = m.group(0).endswith("s") and not m.group(0).endswith("ss")
            if author or not (plural or re.search(r"\b(?:the|this|that)\s+$", words, re.IGNORECASE)):
                # "the ad" only points back and "all three state polls" is no one message; "a new ad" is another one
                makers.append((m.start(), author))
        before = [author for start, author in makers if start < position]
        if before:  # the latest such message before it, when its maker is named
            return before[-1]
        return next((author for _, author in makers if author), None)
