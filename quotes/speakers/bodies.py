"""Organisations a description stands for: by head noun, apposition, acronym, place, business or medium."""

from __future__ import annotations

import functools
import re

from ..first_names import is_first_name
from ..names import (
    AGENCY_WORDS,
    CALENDAR_WORDS,
    CLUB_ENDINGS,
    CLUB_WORDS,
    COUNTRIES,
    KNOWN_ORGANISATIONS,
    LEADING_COMPANY_WORDS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    NAMED_PAIR,
    NOT_SUBJECT_WORDS,
    ORG_WORDS,
    PEOPLE_PLURAL_NOUNS,
    PERSON_ROLE_HEADS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    SENTENCE_OPENERS,
    TITLE_WORDS,
    WEEKDAYS,
    is_capitalised,
    is_possessive,
    is_title_word,
    known_organisation,
    looks_like_person,
    organisation_words,
    split_title,
    without_possessive,
    word_tokens,
)
from ..text import DATELINE, latin_classes
from ..types import Span
from .entity import Entity
from .phrases import _firm_joined_by_ampersand, _name_and_description, _names_a_body
from .vocabulary import (
    _ANY_BODYS_MODIFIERS,
    _BUSINESS_HEADS,
    _DESCRIBED_BEFORE_NAME,
    _MEDIA_KINDS,
    _NAMED_BODY_KINDS,
    _ONLY_COMMA,
)

MEDIA_ORG_WORDS = frozenset(
    """news times post journal globe tribune herald gazette cnn fox nbc cbs abc msnbc politico reuters bloomberg bbc itv
    npr pbs cnbc""".split()
)
# Name words of bodies that are no business: "the company" is never the State Department or CNN.
PUBLIC_BODY_WORDS = AGENCY_WORDS | MEDIA_ORG_WORDS | {"party", "campaign", "committee", "house", "senate", "court"}
# Heads of the names of bodies of members, no business either: "the Migraine Alliance of America", "the Council of
# State" (not "union" or "state", which businesses' names hold: Western Union, State Farm).
MEMBERS_BODY_HEADS = frozenset(
    """council alliance association syndicate federation league coalition chamber foundation institute university
    ministry department commission authority board""".split()
)


class _Bodies:
    """Rules of ``_Resolver`` for organisations."""

    def body_ending_at(self, run: re.Match) -> Entity | None:
        """The organisation a name ``run`` ends, whole across a connector ("U.S. Chamber of " before "Commerce") and
        with its own title-like words ("Government Development Bank"); None for a person's name."""
        head = _NAME_BEFORE_CONNECTOR.search(self.text, max(0, run.start() - 60), run.start())
        joined = head.group("joined").lower() if head else ""  # the word before the connector: "Chamber" of "… of "
        if head and (
            {w.lower() for w in head.group(0).split()} & PERSON_ROLE_HEADS
            or joined in CALENDAR_WORDS | COUNTRIES
            or run.group(0).startswith("The ")
            or self.after_preposition(head.start())
        ):
            # "National Director of The Remembrance Project" names a person's post, then the body; "in March for
            # Tesla", "from China to Venezuela" are no one name
            head = None
        words = word_tokens(head.group(0) if head else "") + organisation_words(word_tokens(run.group(0)))
        return self.organization(" ".join(words)) if words and not self.names_person(words) else None

    def after_preposition(self, position: int) -> bool:
        """Whether the word before ``position`` (in its sentence) is a preposition: "in", "from", "Unlike", "Across"."""
        before = word_tokens(self.text_before(position, 20))
        return bool(before) and before[-1].lower() in _ALL_PREPOSITIONS

    def body_before_apposition(self, position: int) -> Entity | None:
        """The organisation named right before the apposition that starts at ``position`` and a comma ("Metro Morning
        Report, " before "a Toronto business television program,"); None when that name is a person's or absent."""
        for m in reversed(self.name_runs):
            if m.end() > position:
                continue
            if not _ONLY_COMMA.fullmatch(self.text, m.end(), position) or self.quoted(m.start()):
                return None
            opening = self.text[self.sentence_start(m.start()) : m.start()].split()
            fronted = len(opening) <= 2 and (opening or m.group(0).split())[0].lower() in _ALL_PREPOSITIONS
            if fronted or m.group(0).strip().lower() in COUNTRIES:
                return None  # "In Ohio, the agency overseeing elections said", "Across Kenya, …": no body apposed
            return self.body_ending_at(m)
        return None

    def apposed_body(self, apposition: str) -> Entity | None:
        """The organisation an apposition names ("Meridian Terminals" of "The operator, Meridian Terminals,"), or
        None (and nothing made) when it names none."""
        plain = apposition.strip(" ,")
        name, further = _name_and_description(plain)
        if further and _names_a_body(further):  # "The trawler’s owner, Armadores do Oeste, a family firm …,"
            if all(is_capitalised(w) or w in NAME_PARTICLES for w in name.split()) and len(name.split()) <= 6:
                return self.organization(name)
        if (kind := _DESCRIBED_BEFORE_NAME.match(plain)) and kind.group(0).split()[-1] in _NAMED_BODY_KINDS:
            # "the pension fund Vestra Kapital": a body by its kind; not "the company Musk bought in 2022"
            words = word_tokens(plain[kind.end() :])
            whole = len(organisation_words(words)) == len(words) <= 6 and not {"and", "or", "&"} & set(words)
            return self.organization(" ".join(words)) if whole and not self.names_person(words) else None
        words = word_tokens(plain)
        if not words or len(words) > 6 or {",", "and", "or"} & set(words) or not is_capitalised(words[0]):
            return None  # "the premiers of Alberta, Ontario and Quebec" is a list, not a body named twice
        role, name = split_title(words)
        known = len(self.entities)
        entity = self.named(organisation_words(words) if role else name, [], apposition=None) if name else None
        if entity is not None and entity.type == "organization":
            return entity
        del self.entities[known:]
        return None

    def organisation_with_head(self, head: str, position: int, *, business: bool = True) -> Entity | None:
        """The organisation whose name ends with ``head``: the latest already speaking, else the latest named
        before ``position`` ("the International Monetary Fund" … "the fund"); a business only if ``business``."""
        for e in reversed(self.entities):
            # "the association" of "the Sámi Herders’ Association of Troms", as of "… Association"; "the union" of
            # "the Scioto Heights Education Association" (a teachers' union)
            if e.type == "organization" and _called_by_head(e.name, head) and e.name.lower() != head:
                return e  # not an unnamed "union" of "their union said", when the union's name comes later
        if business and head in _BUSINESS_HEADS:  # "The company" after Verizon spoke: the latest business that did
            spoken = []
            for e in reversed(self.entities):
                public = _no_business(e.name) or e.name.lower() in COUNTRIES
                proper = e.name[:1].isupper() and e.name.lower() not in TITLE_WORDS  # not "The report", nor "CEO"
                if e.type == "organization" and any(p < position for p in e.positions) and proper and not public:
                    if _called(e, head):
                        spoken.append(e)
            # The one the article has called so before, though a retailer spoke since ("According to the company,
            # … FreshMart said …", paragraphs on, "the company said"); but the latest when it spoke in this sentence
            # or the one before ("Sainsbury's said its sales fell. The company said …").
            since = self.sentence_start(position, 1)
            if spoken and not any(since <= p < position for p in spoken[0].positions):
                # unless one of the last sentences opens with another ("Marston United condemned the incident.
                # “…,” the club said", though Kellford City spoke paragraphs before)
                if (opening := self.business_opening(position)) is not None and _called(opening, head):
                    return opening
                return next((e for e in spoken if head in e.called), spoken[0])
            if spoken:
                return spoken[0]
        if body := self.body_introduced_as(head, position):
            return body  # "the group" of "Kestrel, the Amsterdam-based logistics software group"
        if head == "agency":  # "the agency" after "the Department of Veterans Affairs" spoke
            for e in reversed(self.entities):
                if e.type == "organization" and {w.lower() for w in e.name.split()} & AGENCY_WORDS:
                    return e
        if head == "bank" and not business and (reserve := self.central_bank_named_before(position)):
            return reserve  # "The Federal Reserve raised rates. The central bank said …"
        for m in reversed(self.name_runs):
            words = word_tokens(m.group(0))
            if m.start() >= position or len(words) < 2 or self.quoted(m.start()):
                continue
            agency = head == "agency" and words[-1].lower() in AGENCY_WORDS  # "the State Department … the agency"
            if words[-1].lower() in (head, _TRADE_OF_HEAD.get(head)) or agency:
                return self.organization(" ".join(organisation_words(self.body_words(m, joined=True))))
        if head in ("agency", "bureau") and (acronym := self.acronym_before(position)):
            return self.organization(acronym)  # "NASA postponed the launch. The agency said …" (user audit, 2026-12-07)
        if (
            business
            and head in _BUSINESS_HEADS
            and (named := self.business_named_before(position))
            and _called(named, head)
        ):
            return named
        return None

    def body_described_before(self, head: str, position: int) -> str | None:
        """The one description of a body with ``head`` before ``position`` outside quotation marks, up to three
        capitalised and two lower-case words before it ("infrastructure ministry" of "the infrastructure ministry had
        drawn up …", "New Hampshire ballot commission" of "a New Hampshire ballot commission"), or a country's with
        one or two ("Japan's foreign ministry"); a shorter one it ends with is the same; None when there is none or
        more than one ("the health ministry and the finance ministry"), or its words only say which of several ("the
        previous government", "the lower court")."""
        modifiers = r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}(?:[a-z][\w'’-]*[ \t]+){0,2}"
        pattern = re.compile(rf"\b(?:[Tt]he|[Aa]n?)[ \t]+({modifiers}{re.escape(head)})\b")
        # or a country's: "Japan's foreign ministry"
        owned = re.compile(rf"\b((?P<owner>[A-Z][\w.-]*)['’]s[ \t]+(?:[a-z][\w'’-]*[ \t]+){{1,2}}{re.escape(head)})\b")
        found = {
            m.group(1)
            for m in [*pattern.finditer(self.text, 0, position), *owned.finditer(self.text, 0, position)]
            if (m.re is pattern or m.group("owner").lower() in COUNTRIES)
            and len(m.group(1).split()) > 1
            and not self.quoted(m.start())
            and not any(map(_only_says_which, m.group(1).split()[:-1]))
            and not {w.lower() for w in m.group(1).split()} & (SENTENCE_OPENERS | WEEKDAYS)  # "a Monday court"
            and not _HEAD_GOES_ON.match(self.text, m.end())  # not "a court hearing", "an ABC News court reporter"
        }
        longest = max(found, key=len, default=None)
        return longest if longest and all(longest.endswith(" " + f) or f == longest for f in found) else None

    @staticmethod
    def spoke_since(entity: Entity, start: int, position: int) -> bool:
        """Whether ``entity`` is the source of a mention between ``start`` and ``position``."""
        return any(start <= p < position for p in entity.positions)

    def end_with_of_tail(self, run: re.Match) -> int:
        """Where a name run ends with the "of" phrase that may complete it ("City" + " of Lethbridge", "Chamber" + " of
        Trade"), or a body's "for" phrase ("Office" + " for National Statistics")."""
        tail = _OF_NAME.match(self.text, run.end())
        if tail is None and run.group(0).split()[-1] in _FOR_HEADS:
            tail = _FOR_NAME.match(self.text, run.end())  # "Office" + " for National Statistics"
        end = tail.end() if tail else run.end()
        named_for = tail or " of " in run.group(0) or " for " in run.group(0)
        if named_for and (joined := _AND_TAIL.match(self.text, end)) and _plain_name_words(joined.group(1).split()):
            end = joined.end()  # "Office of Competition" + " and Consumer Protection", "Health" + " and Human Services"
        return end

    def body_words(self, run: re.Match, *, joined: bool = False) -> list[str]:
        """The words of the body a name run names, with the "of" phrase after it ("Ministry" + " of Defence") and, with
        ``joined``, a word joined by "and" after "the" before it ("the Food and " + "Drug Administration"); without a
        leading "The"."""
        start = run.start()
        if joined and (before := _JOINED_BEFORE.search(self.text, max(0, start - 40), start)):
            start = before.start("first")
        words = word_tokens(self.text[start : self.end_with_of_tail(run)])
        return words[1:] if words[:1] == ["The"] else words

    def place_body(self, head: str, position: int) -> Entity | None:
        """The council of the place that "the city" (``head``, one of ``_PLACE_BODIES``) speaks for: the organisation
        the article names "City of X" or "X City Council" (or Commission, Government), a speaker first, before
        ``position`` or after it, when X is the article's own place, named in its first sentence or headline
        ("LETHBRIDGE, Alta. —");
        else None. Not "City University", "City of Hope" nor the "District of Columbia" of a Maryland story."""
        council = re.compile(
            rf"^(?:{head.capitalize()}[ \t]+of[ \t]+(?P<after>.+)|(?P<before>.+?)[ \t]+{head.capitalize()}[ \t]+"
            rf"(?:{'|'.join(_PLACE_COUNCILS)}))$"
        )
        opening = self.text[: self.sentence_starts[1] if len(self.sentence_starts) > 1 else len(self.text)].casefold()

        def own(name: str) -> bool:
            m = council.match(name)
            return m is not None and (m.group("after") or m.group("before")).casefold() in opening

        for e in reversed(self.entities):
            if e.type == "organization" and own(e.name):
                return e
        for m in self.name_runs:
            words = organisation_words(word_tokens(self.text[m.start() : self.end_with_of_tail(m)]))
            if not self.quoted(m.start()) and own(" ".join(words)):
                return self.organization(" ".join(words))
        return None

    def body_introduced_as(self, head: str, position: int) -> Entity | None:
        """The organisation the narrative before ``position`` introduced with an apposition whose head noun is
        ``head`` (or a word for the same kind, ``_SAME_KIND``): after its name ("The Renal Patients' Voice, a charity
        that …", "Kestrel, the Amsterdam-based logistics software group,") or before it, between commas ("The city's
        largest business group, the Port Carrow Chamber of Trade,"), or opening a sentence ("Cycling charity Safer
        Roads NI said"). The latest such name, unless another organisation
        has spoken since (then it is likelier meant); None also when the name is a person's."""
        after_name, before_name = _apposition_patterns(head)
        kind_opening = _kind_opening(head)
        for m in reversed(self.name_runs):
            if m.start() >= position or self.quoted(m.start()):
                continue
            end = self.end_with_of_tail(m)
            closed = self.text.startswith(",", end)
            clause_start = max(0, m.start() - _APPOSITION_REACH)
            if not (
                after_name.match(self.text, end)
                or (closed and before_name.search(self.text, clause_start, m.start()))
                or kind_opening.search(self.text, clause_start, m.start())
            ):
                continue
            words = organisation_words(word_tokens(self.text[m.start() : end]))
            if not words or self.names_person(words):
                return None
            other_spoke = any(
                e.type == "organization" and self.spoke_since(e, m.start() + 1, position) for e in self.entities
            )
            return None if other_spoke else self.organization(" ".join(words))
        return None

    def body_led_by(self, possessive: str, head: str, position: int) -> Entity | None:
        """The organisation "her ministry" at ``position`` means: one that has spoken, whose name ends with ``head``
        and whose owner the text names just before the person the pronoun stands for ("Germany's economy ministry"
        of "Germany's economy minister, Katrin Vollmer"); None when none does."""
        leader = self.referent(POSSESSIVE_PRONOUNS[possessive], position)
        if leader is None:
            return None
        near = self.words_before(leader)
        for e in reversed(self.entities):
            words = e.name.split()
            owner = without_possessive(words[0]).lower() if is_possessive(words[0]) else None
            if e.type == "organization" and words[-1].lower() == head and owner in near:
                return e
        return None

    def words_before(self, person: Entity) -> set[str]:
        """Lower-cased words written just before ``person``'s surname anywhere in the text, within its sentence:
        "germany", "economy", "minister" of "Germany's economy minister, Katrin Vollmer"."""
        near = set()
        for m in re.finditer(rf"\b{re.escape(person.name.split()[-1])}\b", self.text):
            before = self.text_before(m.start(), 60)
            near |= {without_possessive(w).lower() for w in word_tokens(before)}
        return near

    def sentence_and_one_before(self, position: int) -> list[tuple[int, int]]:
        """``(start, end)`` of the sentence before the one holding ``position`` (when there is one) and of that one."""
        k = self.sentence_index(position)
        bounds = [*self.sentence_starts, len(self.text)]
        return [(bounds[i], bounds[i + 1]) for i in range(max(0, k - 1), k + 1)]

    def body_named_before(self, position: int, *, opening: bool = False) -> Entity | None:
        """The organisation an "it" at ``position`` may mean, a country or a body named outside quotations: the first
        named in its sentence, its likely subject ("The United Nations struggles to raise the money it needs"); with
        ``opening``, the one opening the sentence before ("The Supreme Court heard the case. It ruled …"). None when
        there is none."""
        if opening:
            runs = [run] if (run := self.run_opening_sentence_before(position)) else []
        else:
            runs = self.narrative_runs(self.past_dateline(self.sentence_start(position)), position)
        for m in runs:
            if _NAME_BEFORE_CONNECTOR.search(self.text, max(0, m.start() - 60), m.start()):
                continue  # "England" of "The Bank of England", "Israel Folau" of "the contract of Israel Folau"
            words = self.body_words(m)
            country = " ".join(words).lower() in COUNTRIES
            if country and _LOCATIVE.search(self.text, max(0, m.start() - 20), m.start()):
                continue  # "operations in Wales and the Midlands, where it said": a place there, not the speaker
            named_body = {w.lower() for w in words} & ORG_WORDS or country
            named_body = named_body or opening and self.makes_a_document(m)  # "Human Rights Watch released a report"
            if named_body and organisation_words(words) == words and not self.names_person(words):
                return self.organization(" ".join(words))  # the whole run: not "Bank" of "Bank Holiday Monday"
            if opening:
                return None
        return None

    def body_opening_quote(self, entity: Entity, quote: Span) -> Entity | None:
        """The body named at the start of ``quote`` when ``entity`` is a body's description the article placed nowhere
        ("company", "supermarket giant"): wire copy opens what a company said with its name ("Woolworths will remove
        the bags, the supermarket giant said", "A Qantas flight returned to Sydney, the airline said"); else None."""
        described = entity.name.islower() and entity.name.split()[-1] in _BODY_DESCRIPTIONS
        if entity.type not in ("organization", "unknown") or not described:
            return None
        opening = _QUOTE_OPENING.match(self.text, quote.start, quote.end)
        if opening is None or self.quoted(opening.start(1)):
            return None
        name = [w for w in word_tokens(opening.group(1)) if w != "The"]
        if not name or name[0].lower() in NOT_SUBJECT_WORDS or self.used_lowercase(name[0]):
            return None  # "Rivals such as Google", "Shares fell": a common word opening the sentence
        if looks_like_person(" ".join(name)) or self.names_person(name) or " ".join(name).lower() in COUNTRIES:
            return None
        if (
            len(name) == 1
            and opening.start(1) == quote.start
            and not self.named_inside_a_sentence(name[0])
            and not known_organisation(name)
        ):
            return None  # "Shares fell 3 percent": a word a sentence opens with, which the article never names so
        return self.organization(" ".join(name))

    def named_inside_a_sentence(self, word: str) -> bool:
        """Whether a name run holding ``word`` stands somewhere inside a sentence, not at its start."""
        return any(word in m.group(0).split() and self.sentence_start(m.start()) != m.start() for m in self.name_runs)

    def body_pair_before(self, position: int, *, countries: bool) -> Entity | None:
        """The group of the last two bodies named as a pair ("Israel and Hamas", "Apple and Samsung") outside
        quotations in the sentence at ``position`` or the two before, past pairs of people; with ``countries``, two
        states. None when there is none."""
        for m in reversed(list(NAMED_PAIR.finditer(self.text, self.sentence_start(position, 2), position))):
            if self.quoted(m.start()):
                continue
            names = [" ".join(w for w in word_tokens(part) if w != "The") for part in re.split(r"\s+and\s+", m[0])]
            if any(not name or looks_like_person(name) or self.names_person(name.split()) for name in names):
                continue  # two people
            if countries and not all(name.lower() in COUNTRIES for name in names):
                continue
            return self.known_or_new(" and ".join(names), "group")
        return None

    def run_opening_sentence_before(self, position: int) -> re.Match | None:
        """The name run outside quotations that opens the sentence before the one at ``position``, past a dateline
        ("GENEVA (Reuters) - ") and "The"; None when that sentence opens otherwise or there is none before."""
        if (k := self.sentence_index(position)) == 0:
            return None
        start = self.past_dateline(self.sentence_starts[k - 1])
        runs = self.narrative_runs(start, self.sentence_starts[k])
        return runs[0] if runs and self.text[start : runs[0].start()].strip() in ("", "The") else None

    def central_bank_named_before(self, position: int) -> Entity | None:
        """The latest central bank named by its own name, outside quotations, before ``position``: "the Federal
        Reserve", "the Fed", "the Reserve Bank of India", "the Bank of Canada"; None when there is none."""
        for m in reversed(self.narrative_runs(0, position)):
            words = self.body_words(m)
            if words and is_central_bank(" ".join(words)):
                return self.organization(" ".join(organisation_words(words)))
        return None

    def campaign_named_before(self, position: int, *, recent: bool) -> str | None:
        """The surname of the latest campaign the narrative names before ``position`` by its candidate ("The Trump
        campaign", "Bernie Sanders’ campaign", "Clinton's presidential campaign"); with ``recent``, only in the
        sentence at ``position`` and the two before. None when there is none."""
        since = self.sentence_start(position, 2) if recent else 0
        named = None
        for m in _NAMED_CAMPAIGN.finditer(self.text, since, position):
            owner = m.group("owner")
            if not self.quoted(m.start()) and owner.lower() not in _NOT_CANDIDATES | COUNTRIES:
                named = owner
        return named

    def member_body_near(self, position: int) -> Entity | None:
        """The body of members a description such as "the group" or "the civil rights group" at ``position`` means when
        no rule found it: the first body named outside quotations in its sentence before it, else the body opening the
        sentence before ("The American Civil Liberties Union sued the city. The group said …"). A body is a run with
        an organisation word, a known organisation or initials, never a country, a person or a news outlet; None
        when there is none."""
        for m in self.narrative_runs(self.past_dateline(self.sentence_start(position)), position):
            if body := self.member_body(m):
                return body
        opening = self.run_opening_sentence_before(position)
        return self.member_body(opening) if opening else None

    def body_opening_before(self, position: int) -> Entity | None:
        """The body whose name opens the sentence before ``position`` (past a dateline and "The"), which a description
        such as "the bank" or "the club" opening the next one means when no rule found it ("HSBC reported … The bank
        said", "Barcelona said … The club said"): a body that has spoken, initials, or a name with an organisation word
        or of a known organisation; never a country, a person or a news outlet. None when there is none."""
        if (opening := self.run_opening_sentence_before(position)) is None:
            return None
        words = self.body_words(opening)
        name = " ".join(words)
        if self.no_body(words):
            return None
        if (titled := split_title(words))[0] and looks_like_person(" ".join(titled[1])):
            return None  # "Energy Secretary Chris Wright toured the plant"
        spoken = next((e for e in self.entities if e.type == "organization" and e.name == name), None)
        initials = len(words) == 1 and _INITIALS.fullmatch(name)
        known = name.lower() in KNOWN_ORGANISATIONS or {w.lower() for w in words} & ORG_WORDS
        if spoken or (initials or known) and organisation_words(words) == words:
            return spoken or self.organization(name)
        return None

    def no_body(self, words: list[str]) -> bool:
        """Whether a name's ``words`` cannot be a body a description means: none, a country, a news outlet's initials
        or a person."""
        name = " ".join(words)
        return not words or name.lower() in COUNTRIES or name in _NEWS_ACRONYMS or self.names_person(words)

    def member_body(self, run: re.Match) -> Entity | None:
        """The body of members ``run`` names (``member_body_near``), or None."""
        words = self.body_words(run)
        name = " ".join(words)
        if self.no_body(words):
            return None
        initials = len(words) == 1 and _INITIALS.fullmatch(name)
        known = name.lower() in KNOWN_ORGANISATIONS or {w.lower() for w in words} & ORG_WORDS
        if not (initials or known) or organisation_words(words) != words or _no_members(name):
            return None
        return self.organization(name)

    def regulator_before(self, position: int) -> Entity | None:
        """The body "the regulator" or "the watchdog" at ``position`` means: the latest authority, commission or
        agency that spoke or that the narrative names before it ("The Financial Conduct Authority fined …"), else
        initials opening the sentence or the one before ("Ofcom" is none: one capitalised word names no kind); None
        when there is none."""
        for e in reversed(self.entities):
            if e.type == "organization" and _head_word(e.name) in _REGULATOR_WORDS:
                return e
        for m in reversed(self.narrative_runs(0, position)):
            words = self.body_words(m)
            if len(words) > 1 and _head_word(" ".join(words)) in _REGULATOR_WORDS and not self.names_person(words):
                return self.organization(" ".join(organisation_words(words)))
        acronym = self.acronym_before(position)
        return self.organization(acronym) if acronym else None

    def party_named_before(self, position: int) -> Entity | None:
        """The party "the party" at ``position`` means when no "… Party" is named: the latest party the narrative names
        by its members or its short name in the sentence at ``position`` or the two before ("Democrats", "The
        Conservatives", "Labour"), or as the ruling or opposition one ("The ruling People's Progressive Alliance");
        None when there is none."""
        since = self.sentence_start(position, 2)
        named = None
        found = [(m.start(), m.group(0)) for m in _PARTY_NAME.finditer(self.text, since, position)]
        found += [(m.start(1), m.group(1)) for m in _SIDED_PARTY.finditer(self.text, since, position)]
        for start, name in sorted(found):
            if not self.quoted(start):
                named = name
        if named is None:
            return None
        return self.known_or_new(named, "group" if named.endswith("s") and named != "Greens" else "organization")

    def past_dateline(self, start: int) -> int:
        """Where a sentence starting at ``start`` begins past a dateline ("GENEVA (Reuters) - "), else ``start``."""
        dateline = DATELINE.match(self.text[start : start + 120])
        return start + dateline.end() if dateline else start

    def acronym_before(self, position: int) -> str | None:
        """The acronym of three to five capitals that opens the sentence at ``position`` or the one before, as its
        subject ("NASA postponed …", "The FDA approved …"), not a country's ("U.S.") nor a news outlet's (AFP, CNN); or
        None. A hearer ("told AFP") or a body named sentences before is no "agency" here."""
        for start, _ in self.sentence_and_one_before(position):
            if (m := _OPENING_ACRONYM.match(self.text, self.past_dateline(start))) and m.end() <= position:
                word = m.group(1)
                if word.lower() not in COUNTRIES and word not in _NEWS_ACRONYMS:
                    return word
        return None

    def business_opening(self, position: int) -> Entity | None:
        """The business whose name opens the sentence at ``position`` or one of the three before, as its subject, the
        latest; None when none opens with one (nothing made). Sentences inside a quotation count: "Marston United
        condemned it. “No place for this. Anyone …,” the club said" is three."""
        here = self.sentence_index(position)
        for k in range(here, max(here - 4, -1), -1):
            start = self.past_dateline(self.sentence_starts[k])
            run = next((m for m in self.name_runs if m.start() == start and m.end() <= position), None)
            if run is None or self.quoted(run.start()):
                continue
            words = organisation_words(word_tokens(run.group(0)))
            known = len(self.entities)
            entity = self.named(words, [], apposition=None) if len(words) > 1 else None
            if entity is not None and entity.type == "organization" and not _no_business(entity.name):
                return entity
            del self.entities[known:]
        return None

    def business_described_opening(self, position: int) -> Entity | None:
        """The business "it" at ``position`` means when its sentence opens with one described ("The company also has
        operations in Wales, where it said …"): the one that description means; else None."""
        opening = _DESCRIBED_BUSINESS.match(self.text, self.past_dateline(self.sentence_start(position)), position)
        if opening is None:
            return None
        return self.organisation_with_head(opening.group(1).lower(), opening.start())

    def business_named_before(self, position: int) -> Entity | None:
        """The latest business the narrative names in the sentence at ``position`` or the two before, though it
        has not spoken yet ("Velmora Foods, the maker of …, will close …, the company said"), else the first it
        names: a name the rules type as an organisation and not a public body."""
        since = self.sentence_start(position, 2)
        recent = [m for m in self.name_runs if since <= m.start() < position]
        earlier = [m for m in self.name_runs if m.start() < min(since, position)]
        # Else the first business the story names ("Ostrava Mining Group said …", paragraphs on, "the company").
        for m in [*reversed(recent), *earlier]:
            if self.quoted(m.start()):
                continue
            words = word_tokens(m.group(0))
            # "Ostrava Mining Group" is one name; "Energy Secretary Chris Wright" a title and a person.
            # "Minera Andes del Sur" too, named the Spanish way, its company word first.
            body = (
                words[-1].lower() in ORG_WORDS
                or words[0].lower() in LEADING_COMPANY_WORDS
                or _firm_joined_by_ampersand(words)
            )
            role, name = ([], organisation_words(words)) if body else split_title(words)
            if len(name) == 1 and not role and _KIND_BEFORE_NAME.search(self.text, max(0, m.start() - 30), m.start()):
                return self.organization(name[0])  # "Dairy processor Kōtare will close …": one word, but a business
            if len(name) < 2 or role or _no_business(" ".join(name)):
                continue
            known = len(self.entities)
            entity = self.named(name, role, apposition=None)
            if entity.type == "organization":
                return entity
            del self.entities[known:]
        return None

    def organisation_of_kind(self, kind: str, position: int) -> Entity | None:
        """The latest organisation of ``kind`` ("state" or "media") before ``position``: a speaker first, else
        a name in the narrative."""

        def fits(name: str) -> bool:
            if kind == "state":
                return name.lower() in COUNTRIES or name.lower().split()[0] in COUNTRIES
            return bool({w.lower() for w in name.split()} & MEDIA_ORG_WORDS)

        for e in reversed(self.entities):
            if e.type == "organization" and any(p < position for p in e.positions) and fits(e.name):
                return e
        for m in reversed(self.name_runs):
            if m.start() >= position or self.quoted(m.start()):
                continue
            # "the sports daily Gündem Spor": a medium of any name, written after its kind (not "a paper Jane Moss
            # published")
            kind_before = kind == "media" and _MEDIUM_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            name = m.group(0).strip()
            if fits(name) or kind_before and not self.names_person(word_tokens(name)):
                return self.organization(" ".join(organisation_words(word_tokens(name))))
        return None


# A noun after a body's head that makes it no body: "a court hearing" ("a ministry spokesman" still describes one).
_HEAD_GOES_ON = re.compile(
    r"[ \t]+(?:hearing|case|ruling|order|decision|session|meeting|room|reporter|proceedings|date)\b"
)

_ALL_PREPOSITIONS = PREPOSITIONS | {"unlike", "across", "like", "despite", "throughout", "beyond", "amid", "outside"}

# Where an apposition's head noun ends it: "a charity that …", "a family firm based in …", "the regulator," (not "the
# company's founder", whose head is the founder).
_HEAD_END = r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:that|which|whose|based|with|in|of|for|founded|owned|run|led)\b)"
# An apposition's modifiers: up to five words, none a preposition, article or conjunction ("the biggest market for the
# company" and "a unit of the Tata Group" describe something else).
_MODIFIERS = r"(?:(?!(?:of|for|at|by|from|to|in|on|with|and|or|the|a|an)\b)[\w'’-]+[ \t]+){0,5}?"
_ARTICLE = r"(?:[Aa]n?|[Tt]he)"
_APPOSITION_REACH = 80  # characters before a name in which an apposition before it ("The city's … group, ") may start

# A sentence opened by a body named by its initials: "NASA postponed", "The FDA approved".
_OPENING_ACRONYM = re.compile(r"\s*(?:The[ \t]+)?([A-Z]{3,5})\b(?![’'.-])")
_NEWS_ACRONYMS = frozenset(
    "AFP CNN BBC NBC ABC CBS NPR PBS MSNBC CNBC AP UPI RIA TASS KCNA ANI PTI DPA ANSA EFE".split()
)

_JOINED_BEFORE = re.compile(  # "the Food and ", "the U.S. Food and "
    latin_classes(r"\b[Tt]he[ \t]+(?P<first>(?:[A-Z][\w.'’-]*[ \t]+)?[A-Z][\w'’-]*[ \t]+(?:and|&)[ \t]+)$")
)
# Parties named by their members or short names: "Democrats", "Tories", "Labour".
_PARTY_NAME = re.compile(
    r"\b(?:Democrats|Republicans|Conservatives|Tories|Labour|Liberal Democrats|Lib Dems|Greens|Liberals|Socialists)\b"
)
# Kinds of business that say what a name is, or what "The <kind>" opening a sentence means ("the giant" is vaguer).
_BUSINESS_KINDS = "|".join(sorted(_BUSINESS_HEADS - {"club", "giant"}))
# A sentence opening with a business described: "The company also has …".
_DESCRIBED_BUSINESS = re.compile(rf"The[ \t]+({_BUSINESS_KINDS})\b")
# A business's kind right before its one-word name: "Dairy processor Kōtare", "the carmaker Ashcombe".
_KIND_BEFORE_NAME = re.compile(rf"\b(?:{_BUSINESS_KINDS})[ \t]+$")
# A preposition that makes the name after it a place something is in or goes to: "operations in Wales".
_LOCATIVE = re.compile(r"\b(?:in|at|across|into|throughout|near)[ \t]+(?:the[ \t]+)?$")
# A party named as the side it is on: "the ruling People's Progressive Alliance", "the opposition Democratic Front".
_SIDED_PARTY = re.compile(
    latin_classes(r"\b(?:ruling|governing|opposition)[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,4}[A-Z][\w'’-]*)")
)
# A central bank's own name: "Federal Reserve", "Fed", "Reserve Bank of Australia", "Bank of England", "European
# Central Bank" (not "Bank of America", a business).
_CENTRAL_BANK = re.compile(
    r"(?:.*\b(?:Reserve|Fed)\b.*|.*Central Bank.*|Bank of (?!America\b)[A-Z][\w.]*(?: [A-Z][\w.]*)?)"
)


def is_central_bank(name: str) -> bool:
    return _CENTRAL_BANK.fullmatch(name) is not None


# A name opening a quote, after "A" or "The" at most: "Woolworths will", "A Qantas flight", "Meta is testing".
_QUOTE_OPENING = re.compile(
    latin_classes(r"(?:(?:An?|The|Its)[ \t]+)?((?:[A-Z][\w&'’.-]*[ \t]+){0,2}[A-Z][\w&'’-]*)\b")
)
# What describes a body: "the company", "the supermarket giant", "the airline".
_BODY_DESCRIPTIONS = frozenset(_BUSINESS_HEADS | {"chain", "brand", "startup", "start-up", "supermarket", "platform"})
_OF_NAME = re.compile(latin_classes(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"))
_FOR_NAME = re.compile(latin_classes(r"[ \t]+for[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"))
# The second of two things a body is of or for, ending its name: " and Consumer Protection" (then no capital follows).
_AND_TAIL = re.compile(latin_classes(r"[ \t]+and[ \t]+([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2})(?![ \t]+[A-Z\d])"))


def _plain_name_words(words: list[str]) -> bool:
    """Whether ``words`` may end a body's name: no title ("and Attorney General …") and no first name ("and Kate
    Smith")."""
    return not any(map(is_title_word, words)) and not is_first_name(words[0])


# Heads of bodies named by what they are for: "Office for National Statistics", "Institute for Fiscal Studies".
_FOR_HEADS = frozenset(
    "Office Department Institute Centre Center Commission Council Agency Foundation Alliance Coalition Association "
    "Society Fund Trust Committee Board Authority Service Campaign Network Partnership Union".split()
)
# Words an apposition may use for the kind of body a later "the <word>" means: "a family firm" is "the company".
_SAME_KIND = {kind: {"company", "firm", "start-up", "startup"} for kind in ("company", "firm")}


@functools.cache
def _apposition_patterns(head: str) -> tuple[re.Pattern, re.Pattern]:
    """Regexes for an apposition of kind ``head`` after a name (matched at its end: ", a local charity that") and
    before one (searched up to its start, opening a clause: "The city's largest business group, the ", ", the pension
    fund ")."""
    kind = rf"(?:{'|'.join(sorted(_SAME_KIND.get(head, {head})))})"  # lower case: "the Tata Group" is a name
    after = re.compile(rf"[ \t]*,[ \t]+{_ARTICLE}[ \t]+{_MODIFIERS}{kind}{_HEAD_END}")
    before = re.compile(
        rf"(?:^|[.;:!?][\"”’]?[ \t]+|,[ \t]+|\n){_ARTICLE}[ \t]+{_MODIFIERS}{kind}(?:,[ \t]+(?:the[ \t]+)?|[ \t]+)$"
    )
    return after, before


def _kind_opening(head: str) -> re.Pattern:
    """A regex for a sentence opening with a body's kind right before its name, no article or comma needed
    ("Cycling charity " of "Cycling charity Safer Roads NI said"), searched up to the name's start."""
    kind = rf"(?:{'|'.join(sorted(_SAME_KIND.get(head, {head})))})"
    return re.compile(rf"(?:^|[.;:!?][\"”’]?[ \t]+|\n)(?:{_ARTICLE}[ \t]+)?{_MODIFIERS}{kind}[ \t]+$")


# A business's head noun and the trade its name may end with instead: "Cascade Hollow Brewing" is "the brewery".
_TRADE_OF_HEAD = {"brewery": "brewing", "distillery": "distilling", "bakery": "baking", "winery": "wines"}


def _called_by_head(name: str, head: str) -> bool:
    """Whether a body named ``name`` may be called "the <head>": its name's head ("the association" of "the Sámi
    Herders’ Association of Troms"), or "the union" for a workers' association or federation ("the Scioto Heights
    Education Association"; not "the National Retail Federation")."""
    words = re.split(r"\s+(?:of|in)\s+", name)[0].lower().split()  # "the embassy" of "Moroccan embassy in Lisbon"
    workers = head == "union" and words[-1] in ("association", "federation") and bool(set(words) & _WORKERS_WORDS)
    return words[-1] == head or workers or _TRADE_OF_HEAD.get(head) == words[-1]


_WORKERS_WORDS = frozenset(
    "education teachers teachers' nurses nurses' workers workers' employees staff police".split()
)


def _no_business(name: str) -> bool:
    """Whether a body's name is no business's: a public body's or medium's word, or a body of members as its head
    (the word before "of", else the last: "Migraine Alliance of America", "Communications Workers of America")."""
    if name.endswith(" union"):
        return True  # "Verdi union": a trade union described, not Western Union
    head = _head_word(name)
    return (
        bool(set(name.lower().split()) & PUBLIC_BODY_WORDS) or head in MEMBERS_BODY_HEADS or head in PEOPLE_PLURAL_NOUNS
    )


def _called(business: Entity, head: str) -> bool:
    """Whether ``business`` may be called "the <head>": any business "the company", only a club "the club" (not a
    sponsor that spoke): one with a club's word or ending ("Marston United")."""
    words = business.name.split()
    return head != "club" or bool({w.lower() for w in words} & CLUB_WORDS) or words[-1] in CLUB_ENDINGS


# Modifiers that say which of several bodies is meant, not what kind it is: "the previous government".
WHICH_WORDS = frozenset(
    """previous rival other opposition opposing visiting home away current last next first second new old same
    former outgoing incoming ruling governing lower upper higher smaller larger bigger older younger newer""".split()
)


def _only_says_which(word: str) -> bool:
    """Whether a modifier before a body's head picks one of several rather than naming a kind: "previous", "lower",
    "relegated" (a participle: not "housing" or "planning", which name kinds), any of ``_ANY_BODYS_MODIFIERS``, or a
    preposition."""
    return word in WHICH_WORDS | _ANY_BODYS_MODIFIERS | PREPOSITIONS or word.endswith("ed")


_PLACE_COUNCILS = ("Council", "Commission", "Government")  # "Dayton City Commission"

# Last words of the names of bodies that regulate: "Financial Conduct Authority", "Securities and Exchange Commission".
_REGULATOR_WORDS = frozenset("authority commission agency administration board office".split())


def _head_word(name: str) -> str:
    """A body's head noun, lower-cased: the word before its first "of" ("Office of Competition and Consumer
    Protection"), else its last word ("Financial Conduct Authority")."""
    words = name.lower().split()
    return words[words.index("of") - 1 if "of" in words[1:] else -1]


_INITIALS = re.compile(r"[A-Z]{2,6}")  # "ACLU", "NAACP"


def _no_members(name: str) -> bool:
    """Whether a body's name is of a public body, a medium or a business, which "the group" does not mean."""
    words = {w.lower() for w in name.split()}
    return bool(words & (PUBLIC_BODY_WORDS | _BUSINESS_HEADS)) or bool(words & ORG_WORDS & LEGAL_FORMS)


# A campaign named by its candidate, the surname last: "The Trump campaign", "Sanders’ campaign", "Hillary Clinton's
# presidential campaign".
_NAMED_CAMPAIGN = re.compile(
    latin_classes(
        r"\b(?P<owner>[A-Z][\w.-]*?)(?:[’']s?)?[ \t]+(?:(?:presidential|re-?election|Senate|White[ \t]+House)[ \t]+)?"
        r"campaign\b"
    )
)
# Capitalised words before "campaign" that name no candidate: "The campaign", "A Republican campaign".
_NOT_CANDIDATES = frozenset(
    """the a an this that his her its their our every each any one another presidential republican democratic gop
    democrat senate house congressional white national state general primary election new last""".split()
)

# The first words of a name a lower-case connector splits: "Institute for " of "Institute for Devolution Studies",
# "Right to " of "Right to Rise".
_NAME_BEFORE_CONNECTOR = re.compile(
    latin_classes(r"(?:[A-Z][\w.'’&-]*[ \t]+)*(?P<joined>[A-Z][\w.'’&-]*)[ \t]+(?:for|of|on|to)[ \t]+(?:the[ \t]+)?$")
)

_MEDIUM_BEFORE = re.compile(
    rf"\b(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+)?(?:{'|'.join(sorted(_MEDIA_KINDS | {'newspaper', 'magazine'}))})[ \t]+$"
)
