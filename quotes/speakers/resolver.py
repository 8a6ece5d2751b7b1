"""``_Resolver``, the rule mixins combined, and ``resolve``, which places one source mention among them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article_text import ArticleText, personal_run
from ..first_names import first_name_gender
from ..layout import turn_label
from ..names import (
    CALENDAR_WORDS,
    CAMPAIGN_HEADS,
    CONJUNCTIONS,
    COUNTRIES,
    DETERMINERS,
    FIRST_PERSON,
    HONORIFICS,
    KIN_WORDS,
    KNOWN_ORGANISATIONS,
    LEADING_COMPANY_WORDS,
    MESSAGE_NOUNS,
    NAME_PAIR,
    NATIONALITY_NOUNS,
    ORG_WORDS,
    PARENTHETICAL,
    PARTY_TAG,
    PEOPLE_PLURAL_NOUNS,
    PERSON_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_GENDER,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PRONOUNS_THING,
    RELATIVE_PRONOUNS,
    SELF_MENTIONS,
    SHARE,
    STATE_DEMONYMS,
    SURNAME_ORG_WORDS,
    TIME_PHRASE,
    TITLE_WORDS,
    core_mention,
    is_capitalised,
    is_common_noun,
    is_people_plural,
    is_possessive,
    is_title_word,
    looks_like_person,
    message_author,
    nationals,
    organisation_words,
    split_title,
    without_possessive,
    word_tokens,
)
from ..text import clean_name, latin_classes
from ..types import Span, SpeakerType
from .bodies import _Bodies
from .descriptions import _Descriptions
from .documents import PLACED_DOCUMENT, _Documents
from .entity import Entity
from .naming import _Naming
from .people import _People
from .phrases import _epithet_from_place, _firm_joined_by_ampersand, _names_a_body, _person_with_org_surname, _titled
from .recency import _Recency
from .vocabulary import (
    _AFTER_QUOTATION,
    _BODY_JOBS,
    _COUNSEL,
    _JOB_ACRONYMS,
    _PLACE_BODIES,
    INDEFINITE_OPENERS,
    OWNED_PEOPLE,
    PHRASE_OPENERS,
    QUANTITY_NOUNS,
)

# "Both", "the two", "neither man": the pair named just before.
# Two bodies or sides named as a pair before: "the two countries", "both sides", "the two companies".
_THE_TWO_BODIES = re.compile(
    r"(?i)(?:both|the two|neither)\s+(?P<kind>countries|nations|governments|sides|parties|companies|firms|teams|clubs)"
)
_STATE_KINDS = frozenset({"countries", "nations", "governments"})
# A few people named in a list before: "the three leaders", "all four candidates".
_THE_FEW = re.compile(
    r"(?i)(?:the|all)\s+(?P<count>three|four|five)(?:\s+(?:leaders|men|women|ministers|candidates|senators|players|"
    r"officials|executives|lawmakers|presidents|of them))?"
)
_COUNT_WORDS = {"three": 3, "four": 4, "five": 5}
_THE_PAIR = re.compile(
    r"(?i)(?:both|the two|neither|the pair|the couple)"
    r"(?:\s+(?:of them|men|women|parents|candidates|senators|man|woman|candidate))?"
)
_PRONOUN_AND_OTHERS = re.compile(
    r"(?:[Bb]oth\s+)?([Hh]e|[Ss]he|[Tt]hey)\s+and\s+((?:his|her|their)\b.+|(?:other\s+)?(?:[\w-]+\s+){0,3}[\w-]+s)"
)
# A description, then the people around the one it describes: "The Republican nominee and his aides".
_DESCRIBED_AND_OTHERS = re.compile(r"((?:[Tt]he|[Tt]his|[Tt]hat)\s[^,]+?)\s+and\s+((?:his|her|its|their)\s.+)")
_NAME_ALONE = re.compile(latin_classes(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"))  # "Pence", "Mike Pence"
_PRONOUN_AND_NAME = re.compile(latin_classes(r"(?:[Bb]oth\s+)?([Hh]e|[Ss]he|[Hh]im|[Hh]er)\s+and\s+(.*[A-Z].*)"))

# Words that only stress a description, not part of the source's name: "only 49 percent of Republicans".
FOCUS_OPENERS = (("only",), ("even",), ("a", "full"))

_FIRST_NAME_ALONE = re.compile(latin_classes(r"[A-Z][a-z]+"))  # "his wife, Jane,"
_LIST_ITEM_END = re.compile(latin_classes(r"[A-Z][\w.'’-]*,\s*$"))  # "Oprah Winfrey, Patti LaBelle and …"


class _Resolver(_Recency, _People, _Naming, _Bodies, _Descriptions, _Documents, ArticleText):
    """The speakers of one article as its mentions are resolved in text order: the entities made so far and the
    rules that place a mention among them (what the text itself says is in ``ArticleText``)."""

    def __init__(self, text: str, contents: Sequence[tuple[int, int]] = ()) -> None:
        super().__init__(text)
        self.entities: list[Entity] = []
        self.choices: dict[int, tuple[int, int]] = {}  # pronoun start → learned antecedent span
        self.genders: dict[str, str | None] = {}  # person name → "m", "f" or None (see ``gender``)
        self.mention_ends: dict[int, int] = {}  # start → end of each source mention resolved so far
        self._body_names: list[list[str]] | None = None  # organisation names of the name runs, when first needed
        self.contents = contents  # character ranges of the quotes' content, marked or not
        self.run_starts = [m.start() for m in self.name_runs]  # for finding a paragraph's name runs by bisection

    def new(self, name: str, type_: SpeakerType, *, role: str | None = None, head: str | None = None) -> Entity:
        entity = Entity(name, type_, role, head)
        self.entities.append(entity)
        return entity

    def known_or_new(self, name: str, type_: SpeakerType, *, head: str | None = None) -> Entity:
        """The entity of this type and name made earlier in the article, else a new one."""
        for e in self.entities:
            if e.type == type_ and e.name == name:
                return e
        return self.new(name, type_, head=head)

    def resolve(self, mention: Span, *, says_its: bool = False) -> Entity | None:
        """The entity ``mention`` names; ``says_its`` when its quote speaks of the speaker as "it" ("… said its
        drivers …"), which keeps a lone word that is also a first name ("Mercedes") from being a person."""
        if _IN_A_MESSAGE.fullmatch(mention.text.strip(" ,")):
            return None  # "said ⟦in a statement⟧": where it was said, not who said it
        if opener := _RELATIVE_OPENER.match(mention.text):
            # A relative clause tagged as the source ("Vogt, ⟦who attended the ceremony,⟧ said") speaks for the
            # phrase before it, as its pronoun alone does.
            return self.resolve(Span(opener.group(0), mention.start, mention.start + opener.end()))
        if group := self.coordinated(mention.text) or self.two_kinds_of_people(mention.text):
            return group
        if _THE_PAIR.fullmatch(mention.text.strip()) and (
            pair := self.latest_pair(mention.start) or self.last_two_named(mention)
        ):
            return pair
        if (counted := _THE_FEW.fullmatch(mention.text.strip())) and (
            listed := self.list_named_before(mention.start, _COUNT_WORDS[counted["count"].lower()])
        ):
            return listed  # "Starmer, Macron and Merz said … The three leaders said"
        if (two := _THE_TWO_BODIES.fullmatch(mention.text.strip())) and (
            pair := (two["kind"].lower() == "sides" and self.latest_pair(mention.start))
            or self.body_pair_before(mention.start, countries=two["kind"].lower() in _STATE_KINDS)
        ):
            return pair  # "The United States and Russia met … The two countries said"; "both sides" may be people
        if (m := _PRONOUN_AND_OTHERS.fullmatch(mention.text)) and _names_followers(m.group(2)):
            # "he and his allies", "both she and her husband", "she and European leaders": whoever the pronoun means,
            # with the others.
            if (lead := self.pronoun_of(m, mention)) is not None:
                return self.known_or_new(f"{lead.name} and {m.group(2)}", "group")
        if m := _DESCRIBED_AND_OTHERS.fullmatch(mention.text.strip(" ,")):
            # "The Republican nominee and his aides": whom the description names, with the people around them.
            known = len(self.entities)
            lead = self.resolve(Span(m.group(1), mention.start, mention.start + m.end(1)))
            if lead is not None and lead.type in ("person", "organization") and is_capitalised(lead.name):
                return self.known_or_new(f"{lead.name} and {m.group(2)}", "group")
            del self.entities[known:]  # it named no one: forget what was made for it
        if m := _PRONOUN_AND_NAME.fullmatch(mention.text.strip(" ,")):
            # "he and House Judiciary Committee Chairman Bob Goodlatte", "both him and Trump": whoever the
            # pronoun means, with the person named.
            if (lead := self.pronoun_of(m, mention)) is not None:
                named = PARENTHETICAL.sub("", PARTY_TAG.sub("", m.group(2))).strip(" ,")
                other = self.person_named(named)
                if other is not None and other is not lead:
                    return self.known_or_new(f"{lead.name} and {other.name}", "group")
                if other is None and _NAME_ALONE.fullmatch(named):
                    # "he and Pence" with Pence named nowhere in full: the two, the second as written
                    return self.known_or_new(f"{lead.name} and {named}", "group")
        if (teller := self.teller(mention)) is not None:
            return self.resolve(teller)  # "“…,” Mr Crossan told ⟦Judge⟧ Patricia Kerr": the one told is no source
        if _FRONTED_PREPOSITION.search(self.text, max(0, mention.start - 4), mention.start) and "," in mention.text:
            # "At ⟦Valley Mercy Medical Center in Mesa, emergency physician Dr. Elena Vasquez⟧ said": the model took in
            # where the sentence is set
            rest = mention.text.index(",") + 1
            rest += len(mention.text[rest:]) - len(mention.text[rest:].lstrip())
            if rest < len(mention.text):
                return self.resolve(Span(mention.text[rest:], mention.start + rest, mention.end))
        if (fronted := _COURT_SCENE.match(mention.text) or _COUNSEL.match(mention.text)) and fronted.end() < len(
            mention.text
        ):
            # "⟦Outside court, the co-operative's chairman, Tony Hichens,⟧ said", "⟦Defending, Jago Pascoe⟧ said": the
            # model took in the phrase the sentence opens with
            return self.resolve(Span(mention.text[fronted.end() :], mention.start + fronted.end(), mention.end))
        if _SHARE_ALONE.fullmatch(mention.text.strip(" ,")):
            # "Nearly half said …", "all but two": a share of the people just polled or counted, in this sentence or
            # the one before
            group = self.latest(("group",), mention.start)
            since = self.sentence_start(mention.start, 1)
            if group is not None and max(p for p in group.positions if p < mention.start) >= since:
                return group
        if (share := _SHARE_OF.match(mention.text)) and share.end() < len(mention.text.rstrip(" ,")):
            # "More than half the senators surveyed": a share of a group is a group, named with its share
            rest = Span(mention.text[share.end() :], mention.start + share.end(), mention.end)
            rest_word = rest.text.strip(" ,").lower()
            whole = self.resolve(rest) if rest_word not in DETERMINERS else None
            if whole is not None and whole.type == "group":
                if rest_word in _PLURAL_POINTERS:
                    return whole  # "all but two of them", "nearly half of those"
                name = _STRESSED.sub("", mention.text.strip(" ,"))  # "Only a quarter of Americans": the share
                return self.known_or_new(clean_name(name), "group")
        core, apposition = core_mention(mention.text)
        if (
            apposition
            and core.split()
            and core.split()[-1].lower() in MESSAGE_NOUNS
            and (by := _MADE_BY.match(mention.text, len(core)))
        ):
            # "⟦The letter, organised by the Highland Gaelic Families Network,⟧ states": its maker speaks
            maker = by.group(1).rstrip()
            return self.resolve(Span(maker, mention.start + by.start(1), mention.start + by.start(1) + len(maker)))
        if (placed := PLACED_DOCUMENT.fullmatch(mention.text.strip(" ,"))) and placed["place"].lower() in COUNTRIES:
            words = word_tokens(placed.group(0))  # "The Wisconsin lawsuit": its maker, else the document
            return self.described([w.lower() for w in words], words[1:], mention.start)
        words = word_tokens(TIME_PHRASE.sub("", core))
        if len(words) > 1 and len(words[0]) > 3 and words[0].isupper() and self.used_lowercase(words[0]):
            words[0] = words[0].capitalize()  # a lede's first word in capitals: "PARENTS in Inverness" (not "NATO")
        while len(words) > 1 and words[0].lower() in CONJUNCTIONS | _LEADING_PREPOSITIONS:
            # "While old Iowa political hands", "from the Senate banking committee": the model took in the clause's
            # opening word or the preposition before the source
            words.pop(0)
        while opener := next((o for o in FOCUS_OPENERS if len(words) > len(o) and _starts_with(words, o)), None):
            del words[: len(opener)]
        if len(words) > 1 and words[-1].lower() in ("himself", "herself", "themselves", "itself"):
            words.pop()  # "Sanders himself"
        if words and is_possessive(words[-1]) and len(words) <= 3:  # "Stumpf’s" (testimony)
            words[-1] = without_possessive(words[-1])
        if not words or not words[-1]:
            return None
        lower = [w.lower() for w in words]
        if (
            len(words) > 2
            and lower[-1] == "poll"
            and lower[0] in ("the", "a", "an")
            and (maker := message_author([*words[:-1], "poll"]))
            and (len(maker.split()) > 1 or "/" in maker or "-" in maker)  # not "The Harris Poll", "The Iowa Poll"
            and maker.lower() not in COUNTRIES
        ):
            # "the latest Washington Post-ABC News Poll", capitalised as a title ("U.S. Geological Survey" is a body;
            # "Maria Poll" and "Dr. Poll" are people)
            return self.organization(maker)
        if len(lower) == 1 and lower[0] in _SOME_OF_THEM:
            # "Residents of Lentas were divided. Some said …": some of those residents; "Several farmers said … Some
            # said …": some of the people just quoted.
            if group := self.plural_subject(mention.start) or self.group_just_quoted(mention.start):
                return group
        described_first = words[-1].islower() or lower[0] in INDEFINITE_OPENERS | {"the"}
        if (
            len(words) > 1
            and (lower[0] in ("the", "a", "an") or is_possessive(words[0]))
            and lower[-1] in PERSON_NOUNS
            and (mention.text.rstrip().endswith(",") or self.text.startswith(",", mention.end))
            and (person := self.named_before_apposition(mention.start)) is not None
        ):
            return person  # "Catriona Baird, ⟦the council's education convener,⟧ said": the model took the apposition
        if (
            lower[0] in ("a", "an", "the")
            and "," not in mention.text.rstrip(" ,")  # a description alone, not "the … Fund, a super PAC …"
            and (mention.text.rstrip().endswith(",") or _APPOSITION_GOES_ON.match(self.text, mention.end))
            and _names_a_body(mention.text)
            and (body := self.body_before_apposition(mention.start)) is not None
        ):
            return body  # "The Yorkshire Planning Review, ⟦a trade newsletter,⟧ reported": the same, for a body
        # "The state’s Transport Minister, Alana Fitzroy,": a title, then the name ("Chidi King, the brother of …" is
        # a name)
        opener = mention.text.split()[0]
        titles_only = lower[-1] in TITLE_WORDS and (opener.lower() in DETERMINERS or is_possessive(opener))
        if apposition and (
            described_first or titles_only or (lower[0] in DETERMINERS and not looks_like_person(" ".join(words)))
        ):
            # A description, then a name: "an oversight member, Jim Jordan", "his best friend at Lehigh, Bruce
            # Turry", "The Home Secretary, Eleanor Marsh"; "the Rev. Peter Wherry, of Mayfield …" names its person
            # first, and its apposition no one.
            # "The developer, Coalharbour Living, said … it planned": a body's description, a name with no first name
            # in it, and an "it" for the speaker
            apposed = word_tokens(apposition.strip(" ,"))
            if (
                says_its
                and lower[-1] not in PERSON_NOUNS
                and 0 < len(apposed) <= 4
                and all(map(is_capitalised, apposed))
            ):
                if not first_name_gender(apposed[0], broad=True):
                    return self.organization(" ".join(apposed))
            if (person := self.apposed_person(apposition)) is not None:
                if titles_only and person.role is None:
                    person.role = " ".join(words[1:] if lower[0] in DETERMINERS else words)  # "Transport Minister"
                return person  # "Another RT America host, Abby Martin,"
            first = apposition.strip(" ,")
            if lower[-1] in KIN_WORDS and _FIRST_NAME_ALONE.fullmatch(first):
                # "his wife, Jane,": a relative named by first name alone, with the surname when the text gives
                # it ("Clinton's husband, Bill," is Bill Clinton), before any body a first name unknown to the
                # birth records would be taken for ("Mr Boyle's wife, Grainne,").
                k = next((k for k, w in enumerate(words) if is_possessive(w) and is_capitalised(w)), None)
                # The owner's surname, not a title or a family's plural: "The Queen's husband, Philip,", "Prince
                # Harry's wife, Meghan,", "The Smiths' son, Tom," give no surname.
                owner = None if k is None else without_possessive(words[k])
                before = words[k - 1] if k else (self.text_before(mention.start, 20).split() or [""])[-1]
                if before.lower() in _NO_SURNAME_TITLES_OR_THE or (owner or "").lower() in _NO_SURNAME_TITLES:
                    owner = None  # but "President Trump's son, Eric," is Eric Trump
                if owner and first_name_gender(owner) and not self.written_as_surname(owner):
                    owner = None  # a first name: "Harry's wife, Meghan,", not "Clinton's husband, Bill," of Hillary
                full = [first, owner] if owner else self.first_name_of([first]) or [first]
                return self.known_or_new(" ".join(full), "person")
            if (body := self.apposed_body(apposition)) is not None:
                return body  # "The operator, Meridian Terminals,"
        if (dependants := self.dependants(words, mention.start)) is not None:
            return dependants
        if (
            len(words) <= 4
            and lower[0] == "its"
            and lower[-1] in _BODY_JOBS
            and (body := self.latest(("organization",), mention.start) or self.business_named_before(mention.start))
            and (holder := self.job_holder(lower[-1], body, mention.start))
        ):
            return holder  # "Hollis & Grey … its chief executive said": the one named with that job there
        if (
            lower[0] in POSSESSIVE_PRONOUNS
            and (named := _named_after_possessive(words))
            and (person := self.person_named(named)) is not None
        ):
            return person  # "His neighbour Hem Sreyleak": the one named, not the one whose
        if len(words) <= 4 and lower[0] in POSSESSIVE_PRONOUNS:  # "His website", "their statement"
            if lower[-1] in _LED_BODIES and (body := self.body_led_by(lower[0], lower[-1], mention.start)):
                return body  # "Her ministry said": the ministry the article named, not the minister
            if lower[-1] in _LED_BODIES and lower[0] in ("his", "her"):
                # a minister's, as such: "Deborah Annan's department", one per minister
                leader = self.referent(POSSESSIVE_PRONOUNS[lower[0]], mention.start)
                owned = f"{leader.name}'s {lower[-1]}" if leader else lower[-1]
                return self.known_or_new(owned, "organization", head=lower[-1])
            if lower[-1] in _MEMBERS_BODIES:  # "their union said": the union, not the workers it speaks for
                return self.described(["the", *lower[1:]], words[1:], mention.start)
            # "its foreign ministry" speaks for the state "it" is
            lower = [POSSESSIVE_PRONOUNS[lower[0]]]
            words = lower
        if len(words) == 1 and lower[0] in RELATIVE_PRONOUNS and not words[0].isupper():  # not "WHO said"
            if (first := self.coordinated_relative(mention.start)) is not None:
                return self.resolve(first)  # "Slayton, whom Bush appointed …, and who is now supporting Rubio"
            if (described := self.relative_antecedent(mention.start)) is not None:
                return described
            before = self.text[max(0, mention.start - 150) : mention.start]
            pair = NAME_PAIR.search(before)
            # "Tyresha McClenney and Bryan Anderson, who" is both; the tail of a longer list ("Oprah Winfrey,
            # Patti LaBelle and Stevie Wonder, who joked") is read as its last name.
            in_list = pair and _LIST_ITEM_END.search(before[: pair.start()])
            if pair and not in_list and (group := self.coordinated(pair.group(0))):
                return group
            antecedent = self.preceding_name(mention.start)
            if antecedent is not None and (person := self.person_of_place(antecedent)) is not None:
                antecedent = person  # "Alan Berger of New Jersey, who"
            if antecedent is None:
                return self.latest(("person",), mention.start)
            if lower[0] == "which" and (body := self.body_ending_at(antecedent)) is not None:
                return body  # "the U.S. Chamber of Commerce, which", "the island's Government Development Bank, which"
            role, name = split_title(word_tokens(antecedent.group(0)))
            return self.named(name, role, apposition=None) if name else None
        if (
            lower in (["said"], ["says"])
            and _AFTER_QUOTATION.search(self.text, max(0, mention.start - 4), mention.start)
            and (after := _NAME_AFTER_VERB.match(self.text, mention.end))
            and not {w.lower() for w in after.group(1).split()} & CALENDAR_WORDS
        ):
            # The verb taken for its source: "… ,” ⟦said⟧ Jason Gilbert of Cheyenne." (not "said Tuesday")
            return self.resolve(Span(after.group(1), after.start(1), after.end(1)))
        if len(words) == 1 and words[0].islower() and words[0].endswith("ed"):
            # A verb taken for the source ("… but demurred when asked if …"): its subject is the speaker
            # already named in this sentence, if any.
            return self.latest_in_sentence(mention.start)
        if len(words) == 1 and words[0] in ("Q", "A") and self.interview_label(mention):
            # An interview's labels: the questions are the writer's, the answers the person interviewed.
            return self.writer(mention.start) if words[0] == "Q" else self.interviewee(mention.start)
        if len(words) == 1 and lower[0] in FIRST_PERSON and not self.quoted(mention.start):
            label = turn_label(self.text, mention.start) or self.answer_label(mention.start)
            if label is not None and label.text.lower() not in FIRST_PERSON:
                return self.resolve(label)  # "AIT OUCHEN: We have heard these reports", "Dana: We paid …"
        narrative = not (self.quoted(mention.start) or self.answer(mention.start))
        if len(words) == 1 and lower[0] in FIRST_PERSON and narrative:
            return self.writer(mention.start)  # "I" in the narrative: the article's own author
        if lower == ["you"] and narrative:
            if self.interview:  # the interviewer's "You thank him for that": the one interviewed
                return self.interviewee(mention.start)
            return self.known_or_new("readers", "group")  # an op-ed's "you may think …": its readers
        if lower[0] in SELF_MENTIONS and len(words) == 1 and self.answer(mention.start):
            return self.interviewee(mention.start)  # "A: Yes, I think …", "A: My body does not know …"
        if len(words) == 1 and lower[0] in PRONOUNS_PERSON:
            if (source := self.unnamed_source_just_quoted(lower[0], mention.start)) is not None:
                return source  # "A spokeswoman for Wexcombe Homes said … ‘…,’ she said."
            if (someone := self.someone_just_described(lower[0], mention.start)) is not None:
                return someone  # "A 29-year-old Berlin woman received probation after she had posted …"
            # The one person this paragraph's narrative names, when the latest speaker spoke before it ("The rescue
            # is led by Colonel Edgar Salas Rivera. He said …"), ahead of the learned antecedent and of the rest of
            # the rules (``referent``).
            chosen = self.named_in_paragraph(lower[0], mention.start) or self.antecedent(mention.start)
            if chosen is None or self.gender(chosen) not in (None, PRONOUN_GENDER.get(lower[0])):
                chosen = self.referent(lower[0], mention.start)
            if chosen is not None and chosen is self.addressee(mention.end):
                # "… he told Hannity": whoever he is, not the one he told.
                chosen = self.latest_person(lower[0], mention.start, skip=chosen)
            if chosen is not None and self.gender(chosen) is None:
                self.genders[chosen.name] = PRONOUN_GENDER.get(lower[0])  # "she said": now known
            return chosen
        if len(words) == 1 and lower[0] in PRONOUNS_PLURAL:
            if lower[0] in ("they", "them") and (person := self.declared_they(mention.start)):
                return person  # "Jordan Lee, who uses they/them pronouns, … They said" (user audit, 2026-12-07)
            if lower[0] in ("they", "them") and (subject := self.plural_subject(mention.start)):
                return subject
            latest = self.latest(("group", "organization", "anonymous"), mention.start)
            if latest is None and lower[0] in ("they", "them") and self.pair_just_described(mention.start):
                return self.latest_pair(mention.start)  # "Tom and Ann Baker … the couple … and they say": the two
            return latest
        if len(words) == 1 and lower[0] in PRONOUNS_THING:
            return (
                self.body_named_before(mention.start)
                or self.business_described_opening(mention.start)
                or self.latest(("organization",), mention.start)
                or self.body_named_before(mention.start, opening=True)
            )
        if _PERCENT_ALONE.fullmatch(mention.text.strip()):
            return self.known_or_new(mention.text.strip(), "group")  # a poll's "53% describe themselves as liberal"
        # "a quarter of Americans" keeps its article: "a quarter" is the count.
        counted = len(lower) > 2 and lower[0] == "a" and lower[1] in QUANTITY_NOUNS and lower[2] == "of"
        # "two liberal Hispanic groups" keep their count; "Two said" is just a count
        counted = counted or len(lower) > 1 and (lower[0] in _COUNTS or lower[0].isdigit())
        content = words[1:] if lower[0] in DETERMINERS and not counted else words
        if lower in (["one"], ["another"]) and apposition and re.match(r"(?:a|an)\s", apposition):
            # "One, a software engineer with six years at the company, said": the one its apposition describes
            described = word_tokens(apposition)
            return self.described([w.lower() for w in described], described[1:], mention.start)
        if lower in _SOME and (group := self.latest(("group",), mention.start)):
            since = self.sentence_start(mention.start, 1)
            if self.spoke_since(group, since, mention.start):
                return group  # "Relatives … said they hoped … Several said they had borrowed money": some of them
        if not content:  # "Some said …", "one told …": a quantifier alone names its speakers by itself
            return self.known_or_new(" ".join(lower), "anonymous" if lower == ["one"] else "group")
        if len(content) >= 2 and content[-1].lower() in CAMPAIGN_HEADS and all(map(is_capitalised, content[:-1])):
            owner = content[:-1]
            personal = self.names_person(owner) or (len(owner) <= 3 and looks_like_person(" ".join(owner)))
            if len(owner) > 1 and not personal:
                return self.organization(" ".join(content))  # "the Save Our Glen Schools campaign": named in full
            return self.organization(f"{content[-2]} campaign")  # "the Rubio campaign", "the Trump team"
        if (
            any(
                k
                and w in PHRASE_OPENERS
                and (
                    is_common_noun(content[k - 1], k - 1)
                    or content[k - 1] in _JOB_ACRONYMS
                    and not _named_at_end(content)
                )
                for k, w in enumerate(content)
            )
            and not _titled_name_at_end(words)
            or _epithet_from_place(lower, content)
        ):
            # "a tech staffer at the State Department", "officials at Homeland Security Investigations": people
            # described by where they work, not the organisation itself; but "medical officer of health Dr Aroha
            # Tipene" is named. "The Republican from Alabama" is a person described by a place too.
            return self.described(lower, content, mention.start)
        country = STATE_DEMONYMS.get(" ".join(content).lower())
        if lower[0] == "the" and country and re.search(rf"\b{country}\b", self.text):
            return self.organization(country)  # "the Saudis" of an article about Saudi Arabia: its government
        if " ".join(content).lower() in COUNTRIES:  # "the U.S.", "Israel"; but "Jordan" of "Jim Jordan" is a person
            if len(content) > 1 or len(self.fullest_name(content)[1]) == 1:
                return self.organization(" ".join(content))
        if (
            len(content) <= 4
            and is_people_plural(content[-1])
            and all(w[:1].isalpha() for w in content)
            and not _surname_like_a_job(content)
        ):
            # "House Democrats", "conservative Jews", "Muslims": people named by party, faith or kind, as written.
            return self.known_or_new(" ".join(content), "group", head=content[-1].lower())
        if len(content) == 1 and nationals(content[0]) and not self.named_after_capital(content[0]):
            # "Some Germans", "the Swedes": a nation's people; not Claire Danes, nor the Houston Texans
            return self.known_or_new(content[0], "group", head=content[0].lower())
        if len(words) == 1 and (party := _PARTY_MEMBERS.get(words[0])) and _PARTY_MESSAGE.match(self.text, mention.end):
            return self.known_or_new(party, "group", head=party.lower())  # "Republican criticism": Republicans'
        if words == ["State"] and "State Department" in self.text:
            return self.organization("State Department")  # "State initially said", as Washington writes it
        if lower[0] == "the" and len(content) == 1 and lower[1] in NATIONALITY_NOUNS:
            person = self.prominent_person(lower, mention.start, recent_only=True)
            if person is not None and not (self.words_before(person) & NATIONALITY_NOUNS) - {lower[1]}:
                return person  # "the Argentine": the one person the last sentences named, of no other nation
        role, name = self.without_describing_words(*split_title(content))
        if (
            not name
            and content == words
            and len(role) == 1
            and role[0] in _SURNAME_TITLES
            and len(self.fullest_name(role)[1]) > 1
        ):
            role, name = [], role  # "Sheikh" of "Daniyal Raza Sheikh": a surname that is also a title
        whole = organisation_words(content)
        if _firm_joined_by_ampersand(whole):
            return self.organization(" ".join(whole))  # "Hollis & Grey", "Procter & Gamble": a firm's name
        of_body = any(
            w.lower() in ("of", "for") and whole[k - 1].lower() in ORG_WORDS for k, w in enumerate(whole) if k
        )
        if (
            any(w == "of" and whole[k - 1].lower() in _PLACE_BODIES for k, w in enumerate(whole) if k)
            and not _titled(role)
            and not {w.lower() for w in whole} & PERSON_NOUNS
            and not (len(name) > 1 and looks_like_person(" ".join(name)))
        ):
            # "the City of Lethbridge"; not "Mayor of the City of …" nor "Town of Cary Police Chief Terry Sult"
            return self.organization(" ".join(whole))
        named_the_spanish_way = bool(role) and role[0].lower() in LEADING_COMPANY_WORDS  # "Minera Andes del Sur"
        if lower[0] == "the" and len(name) == 1 and name == content and name[0].lower() in SURNAME_ORG_WORDS:
            return self.organization(name[0])  # "The Guardian said", though the article names Mayor Don Guardian
        org_word_in_name = bool(name and {w.lower() for w in name} & ORG_WORDS) and not _person_with_org_surname(
            name if len(name) > 1 else self.given_name_before(name[0])
        )
        person_after_title = _person_after_title(role, name)  # "Bank of Canada Governor Tiff Macklem"
        if not _titled(role) and not person_after_title and (of_body or named_the_spanish_way or org_word_in_name):
            name = whole
            if len(name) == 1 and name[0].isupper() and len(content) > 1 and content[-2].islower():
                return self.organization(" ".join(content))  # "a pro-Rubio super PAC": described, not named
        elif not name and whole == content and {w.lower() for w in whole} & ORG_WORDS:
            return self.organization(" ".join(whole))  # "the White House": all title words, still a body
        elif (
            name
            and len(whole) > len(name)
            and any(w == "for" or w == "of" and _plural_people(whole[k - 1]) for k, w in enumerate(whole[1:-1], 1))
        ):
            # "Americans for Prosperity", "Concerned Veterans for America", "Communications Workers of America"
            return self.organization(" ".join(whole))
        if (
            name
            and apposition
            and _names_a_body(apposition)
            and not {w.lower() for w in word_tokens(mention.text.split(",")[0])} & PHRASE_OPENERS
        ):
            # "Kano Water Initiative, a local charity,", "Bòrd na Gàidhlig, the public body …"; not "Marc Dufresne of
            # the Institute, a think tank,"
            return self.organization(" ".join(whole))
        if (
            lower[0] == "the"
            and len(name) == len(content) > 1
            and name[-1].lower() in TITLE_WORDS
            and not {w.lower() for w in name} & ORG_WORDS
            and " ".join(name).lower() not in KNOWN_ORGANISATIONS
        ):
            # "the Privacy Commissioner", "The Vermont Democrat": a title or an epithet, not a name, when the article
            # names a person who fits it; else a name as before ("The Surgeon General said" with no surgeon general
            # named). A newspaper named so ("The Tallahassee Democrat") may be taken for that person.
            known = len(self.entities)
            holder = self.described(lower, content, mention.start)
            if holder is not None and holder.type == "person" and holder.name != " ".join(name):
                return holder
            del self.entities[known:]
        if name:
            return self.named(name, role, apposition=apposition, says_its=says_its)
        return self.described(lower, content, mention.start)


_SOME = [["several"], ["some"], ["many"], ["most"]]  # some of the group just quoted
# Bodies that speak for their members apart from them: "their union", "its association".
_MEMBERS_BODIES = frozenset({"union", "association", "federation"})
_NAME_AFTER_VERB = re.compile(latin_classes(r"[ \t]+((?:[A-Z][\w.'’-]*[ \t]+)*[A-Z][\w'’-]*)"))  # "said Jason Gilbert"
_PARTY_MEMBERS = {"Republican": "Republicans", "Democratic": "Democrats"}  # a party's word alone, as a source
# What a party's word may qualify to name its members' message: "Republican criticism", "Democratic allegations".
_PARTY_MESSAGE = re.compile(
    r"[ \t]+(?:criticism|allegations?|attacks?|complaints?|claims?|objections?|opposition|warnings?|concerns?)\b"
)

_SHARE_ALONE = re.compile(SHARE, re.IGNORECASE)
_PLURAL_POINTERS = frozenset({"them", "those", "these", "us", "you"})
_STRESSED = re.compile(r"^(?:only|just|even)\s+", re.IGNORECASE)  # words that stress a count
# A percentage, as polls report a share of people: "53%", "74 percent".
_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)"
_PERCENT_ALONE = re.compile(_PERCENT)
_SHARE_OF = re.compile(
    rf"(?:{SHARE}\s+(?:of\s+)?|{_PERCENT}\s+of\s+)(?:the\s+)?(?=[a-z])", re.IGNORECASE
)  # "More than half the senators surveyed", "85% of Democrats"

_SURNAME_TITLES = frozenset({"Sheikh", "King", "Bishop"})  # titles that are common surnames too, as written alone

# Titles of people known without a surname, whose relatives do not take the word after them as one: "Prince Harry's
# wife, Meghan,", "The Queen's husband, Philip,".
_NO_SURNAME_TITLES = frozenset(
    "prince princess king queen lord lady sheikh emir sultan pope mother sister saint st. crown duke duchess".split()
)
_NO_SURNAME_TITLES_OR_THE = _NO_SURNAME_TITLES | {"the"}

# A message's maker named in an apposition: ", organised by the Highland Gaelic Families Network", "issued by the
# ministry" (a name or "the" and a noun, a time after it left out; not "sent by email").
_MADE_BY = re.compile(
    latin_classes(
        r",[ \t]+(?:organi[sz]ed|written|signed|sent|issued|published|drafted|commissioned|released)[ \t]+by[ \t]+"
        r"((?:the[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|of|and|for|the))*|the[ \t]+[a-z][\w-]*)"
        r"(?=[ \t]*(?:,|$)|[ \t]+(?:on|late|early|last|this|yesterday|today)\b)"
    )
)
# A court report's scene and its counsel, named by the side they speak for: "Outside court,", "After the hearing,"
# (the model may leave out "After"), "Defending, Jago Pascoe said". (Any fronted phrase, _FRONTED_PHRASE, lost a quote
# of the first held-out sample: an aggregate ablation.)
_COURT_SCENE = re.compile(
    r"(?:Outside(?:[ \t]+the)?[ \t]+court(?:house)?"
    r"|(?:After[ \t]+)?[Tt]he[ \t]+(?:hearing|verdict|sentencing|trial|inquest)),[ \t]+"
)

# The medium of a saying tagged as its source: "in a statement", "in her letter".
_IN_A_MESSAGE = re.compile(
    r"(?:in|through|via)[ \t]+(?:an?|the|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?"
    rf"(?:{'|'.join(sorted(MESSAGE_NOUNS))})",
    re.IGNORECASE,
)

_FRONTED_PREPOSITION = re.compile(r"(?:^|(?<=[\s\"“]))(?:At|In)[ \t]+$")  # a sentence's opening "At ", "In "

# Bodies a person leads, which speak for themselves: "her ministry" is the ministry, "his website" is still his.
_LED_BODIES = frozenset("ministry department embassy agency".split())
_RELATIVE_OPENER = re.compile(r"(?:who|which)(?=\s+\S)")  # lower case: "WHO officials" is the health body

_LEADING_PREPOSITIONS = frozenset({"from", "by", "with"})

# What may follow a description apposed to a name, where a source's cue would not: a comma, a relative pronoun or a
# participle ("Right to Rise, ⟦a super PAC⟧ backing …").
_APPOSITION_GOES_ON = re.compile(r"[ \t]*,|[ \t]+(?:that|which|who|[a-z]{2,}ing)\b")

# Alone, a part of the people just named ("Residents were divided. Some said …"); "Others" are other people.
_SOME_OF_THEM = frozenset("some several many most few".split())


def _plural_people(word: str) -> bool:
    """Whether a capitalised word names people in the plural, by kind or by trade ("Democrats", "Workers")."""
    return is_people_plural(word) or word.lower() in PEOPLE_PLURAL_NOUNS


def _surname_like_a_job(words: list[str]) -> bool:
    """Whether ``words`` are a first name and a surname that reads as a job's plural: "Dottie Deans", "Ann Farmers"
    (a place's people, "Virginia Democrats", are not)."""
    first, last = words[0], words[-1]
    return (
        len(words) == 2
        and last[:1].isupper()
        and last[:-1].lower() in PERSON_NOUNS
        and first.lower() not in COUNTRIES
        and first_name_gender(first, broad=True) is not None
    )


def _named_after_possessive(words: list[str]) -> str | None:
    """The personal name (two words or more) after a possessive pronoun and lower-case nouns ending in a person's
    ("Hem Sreyleak" of "His neighbour Hem Sreyleak"; not "Their charity Save The Children"), or None."""
    k = next((k for k, w in enumerate(words) if k and is_capitalised(w)), len(words))
    name = " ".join(words[k:])
    if k < 2 or not all(w.islower() for w in words[1:k]) or len(words) - k < 2 or not personal_run(name):
        return None
    if words[k - 1] not in OWNED_PEOPLE | PERSON_NOUNS:
        return None
    return name if all(map(is_capitalised, words[k:])) else None


def _named_at_end(words: list[str]) -> bool:
    """Whether ``words`` end with a personal name of two words or more ("Former CEO of HP Carly Fiorina")."""
    name = split_title(words)[1]
    return len(name) >= 2 and looks_like_person(" ".join(name[-2:]))


def _person_after_title(role: list[str], name: list[str]) -> bool:
    """Whether ``name`` is a person's after a ``role`` that ends in a title, a body's name before it: "Bank of Canada
    Governor" + "Tiff Macklem", "University of Oxford Vice-Chancellor" + "Irene Tracey"."""
    if not role or not is_title_word(role[-1]) or not 1 < len(name) <= 3:
        return False
    return looks_like_person(" ".join(name)) and name[-1].lower() not in ORG_WORDS


def _titled_name_at_end(words: list[str]) -> bool:
    """Whether ``words`` are a job with "of" in it and then a personal name of two words or more after an honorific
    ("Waikato medical officer of health Dr Aroha Tipene"); not someone's dependant ("A lawyer for Dr. Larry Nassar",
    "The son of Mr. John Smith")."""
    role, name = split_title(words)
    if not role or words[0].lower() in DETERMINERS or {w.lower() for w in role} & (PHRASE_OPENERS - {"of"}):
        return False
    return len(name) >= 2 and role[-1].lower() in HONORIFICS and looks_like_person(" ".join(name))


def _starts_with(words: list[str], opening: tuple[str, ...]) -> bool:
    return tuple(w.lower() for w in words[: len(opening)]) == opening


# Counts a group keeps in its name, as annotators write it: "two liberal Hispanic groups", "three senators".
_COUNTS = frozenset("two three four five six seven eight nine ten".split())


def _names_followers(others: str) -> bool:
    """Whether the words after "he and" name the people around him ("his aides", "other Republicans", "European
    leaders"), not another person ("Jones")."""
    words = others.split()
    return words[0] in ("his", "her", "their") or _plural_people(words[-1])
