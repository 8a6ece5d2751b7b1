"""Reading names and descriptions in news text: the word lists, titles and patterns that speaker
resolution (``quotes.speakers``) applies to a source mention and to the article around it.

Pure functions of strings: which words are titles, where a name starts, which capitalised run names
an organisation, what part of a mention names the speaker ("Rep. Jim Jordan (R-Ohio), an oversight
member" → "Rep. Jim Jordan").
"""

from __future__ import annotations

import re

from .first_names import first_name_gender
from .text import DATELINE, IN_WORD, NAME_GOES_ON, clean_name, latin_classes

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "i", "me"})
PRONOUNS_PLURAL = frozenset({"they", "them", "we", "us"})
PRONOUNS_THING = frozenset({"it"})
FIRST_PERSON = frozenset({"i", "me", "we", "us"})
# A speaker's own words for themselves as a source mention: "A: My body does not know …" is the one answering.
SELF_MENTIONS = FIRST_PERSON | {"my", "our"}
AUTHOR = "author"  # the canonical name of an article's own writer (eval/ANNOTATION.md)
# A letter's signature: a paragraph that is only a name ("Mauricio Fraga-Rosenfeld.") or a handle ("@mdeluzgon.").
SIGNATURE = re.compile(latin_classes(r"(@\w+|[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){1,3})\.?"))
DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "one",
        "another",
        "two",
        "three",
        "several",
        "some",
        "many",
        "other",
        "its",
        "his",
        "her",
        "their",
        "this",
        "that",
    }
)
# Words that make a capitalised run a title or a description rather than part of a personal name.
TITLE_WORDS = frozenset(
    [
        # members of parliaments, as British and Irish news title them: "Labour MP Jess Phillips", "SNP MSP Kate Forbes"
        "mp",
        "msp",
        "mep",
        "mla",
        "rabbi",
        "pastor",
        "imam",
        "bishop",
        "archbishop",
        "cardinal",
        "reverend",
        "rev.",
        "gen.",
        "maj.",
        "lt.",
        "col.",
        "adm.",
        "sgt.",
        "capt.",
        "cpl.",
        "sen.",
        "rep.",
        "gov.",
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        # Ranks and offices written out before a name ("Colonel Anton Reisz", "Det Insp Rachel Moyo").
        "colonel",
        "lieutenant",
        "captain",
        "sergeant",
        "admiral",
        "inspector",
        "detective",
        "superintendent",
        "det",
        "det.",
        "insp",
        "insp.",
        "supt",
        "supt.",
        "cllr",  # a British councillor
        "councillor",
        # British and Commonwealth style writes honorifics without a full stop ("said Mr Lowe").
        "dr",
        "mr",
        "mrs",
        "ms",
        "mx",  # the title of someone who is neither Mr nor Ms
        "mx.",
        # ("Gen" without a stop is left out: Gen Nakatani is a name)
        "prof",
        "prof.",
        "professor",
        "col",
        "sgt",
        "capt",
        "lt",
        "maj",
        "cmdr",
        "cdr",
        "rev.",
        "president",
        "vice",
        "secretary",
        "minister",
        "prime",
        "defense",
        "defence",
        "state",
        "press",
        "chairman",
        "chairwoman",
        "director",
        "speaker",
        "leader",
        "ambassador",
        "attorney",
        "general",
        "judge",
        "justice",
        "senator",
        "governor",
        "mayor",
        "chief",
        "deputy",
        "foreign",
        "israeli",
        "u.s.",
        "us",
        "american",
        "white",
        "house",
        "national",
        "security",
        "adviser",
        "advisor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "candidate",
        "nominee",
        "democratic",
        "republican",
        "former",
        "sen",
        "rep",
        "gov",
        "pope",
        "king",
        "queen",
        "prince",
        "sheikh",
        "representative",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "councilman",
        "councilwoman",
        "alderman",
        "ceo",
        "democrat",
        "commissioner",
        "chancellor",
        "doctor",
        "host",
        "anchor",
        "counsel",  # "FBI General Counsel James A. Baker"
        "correspondent",
        # "Washington Managing Editor Bill Sammon" (not "editor": "The Guardian Editor" is a paper's editor, and the
        # word ends the name run before a name as a person's noun, "Editor Bill Sammon")
        "managing",
        "pollster",
        "strategist",
        "professor",
        "prof.",
        "del.",
        "sens.",
        "reps.",
        # plural titles before a list of names ("Senators Charles E. Grassley and Patrick J. Leahy")
        "senators",
        "representatives",
        "governors",
        "candidates",
        "nominees",
        "messrs.",
        "premier",
        "sheriff",
        "executive",
        "founder",
        "chair",
        "treasury",
        "homeland",
        "health",
        "interior",
        "trade",
        "pres.",
        "fr.",
        "majority",
        "minority",
        "whip",
        "moderator",
        "recorder",
        "clerk",
        "treasurer",
        "comptroller",
        "auditor",
        # occupations written before a name at a sentence's start ("Actress Diane Guerrero said")
        "actress",
        "actor",
        "singer",
        "rapper",
        "comedian",
        "filmmaker",
        "novelist",
        "columnist",
        "journalist",
        "economist",
        "activist",
        "billionaire",
        "businessman",
        "businesswoman",
        "entrepreneur",
        # sport ("Coach Mike Krzyzewski", "Quarterback Tom Brady"; "Head Coach Andy Reid" ends at "Coach" too)
        "coach",
        "manager",
        "quarterback",
        "pitcher",
        "striker",
        "goalkeeper",
        "midfielder",
        # police, schools, hospitals, churches and neighbourhoods ("Officer Karen Mills", "Senior Constable Ana
        # Reyes", "Resident Jo Park", "Father Tom Walsh"); not "head" or "senior", surnames too (Edith Head)
        "officer",
        "trooper",
        "constable",
        "firefighter",
        "prosecutor",
        "principal",
        "teacher",
        "nurse",
        "resident",
        "analyst",
        "father",
        "sister",
        # British honours: "Sir Keir Starmer", "Dame Sarah Gilbert" (and "Sir Keir", by first name)
        "sir",
        "dame",
    ]
)

# Organisation words that are also surnames: after a first name they end a person's name ("Vicente Fox", "Margaret
# Court", "Emily Post", "A.M. Homes"), not an organisation's ("Fox News", "Supreme Court", "Virginia House"); not
# "house" or "street", which end places (Clarence House).
SURNAME_ORG_WORDS = frozenset("fox court post bank ledger daily board homes guardian".split())
# Words in the names of football and rugby clubs ("Blackburn Rovers", "Glasgow Rangers"); not "United", which opens
# "United States".
CLUB_WORDS = frozenset("club fc rovers wanderers athletic albion rangers hotspur spor liga".split())
# Words that end a club's name after a place, though not organisation words: "Manchester United", "Kellford City".
CLUB_ENDINGS = frozenset({"United", "City"})
# Words that open a club's name and would end a name before them as organisation words do: "Atlético Ribeira".
CLUB_OPENERS = frozenset("atlético atletico deportivo sporting real".split())
# Company words that open a name in Spanish, Portuguese, Italian and French ("Minera Andes del Sur", "Grupo Bimbo",
# "Banco do Brasil"); ``split_title`` would read them as a title before a name.
LEADING_COMPANY_WORDS = frozenset(
    "minera empresa empresas constructora grupo gruppo groupe banco banque compañía companhia compagnie".split()
)
# Words that end a company's name by its legal form, as name runs end (without a full stop): "Hoshida Motor Corp",
# "Carrowmore Resources Ltd", "Nigerian National Petroleum Company Limited", "Siemens AG".
LEGAL_FORMS = frozenset("corp inc ltd plc llc co limited gmbh ag nv bv spa sarl pty oyj".split())
ORG_WORDS = (
    CLUB_WORDS
    | LEGAL_FORMS
    | LEADING_COMPANY_WORDS
    | frozenset(
        [
            "house",
            "schools",  # "Denver Public Schools"
            "department",
            "ministry",
            "council",
            "post",
            "times",
            "journal",
            "news",
            "party",
            "committee",
            "campaign",
            "pentagon",
            "agency",
            "commission",
            "administration",
            "government",
            "court",
            "congress",
            "senate",
            "bureau",
            "office",
            "services",
            "enforcement",
            "association",
            "union",
            "league",
            "network",
            "company",
            "corporation",
            "inc.",
            "corp.",
            "university",
            "institute",
            "center",
            "survey",
            "centre",
            "foundation",
            "federation",
            "alliance",
            "coalition",
            "markets",
            "street",  # "Downing Street", "Wall Street" speak for a government, a market
            # words of company names ("Halcyon Pharmaceuticals", "Carrow Securities", "Brightwell Robotics")
            "pharmaceuticals",
            "therapeutics",
            "technologies",
            "industries",
            "holdings",
            "robotics",
            "securities",
            "airlines",
            "motors",
            "motor",  # "Ford Motor"
            # bodies named for what they run or guard: "National Highways", "London Fire Brigade", "Buckingham Palace",
            # "Eastern Theater Command", "National Grid"
            "highways",
            "brigade",
            "palace",
            "command",
            "grid",
            "homes",  # "Harrowgate Homes", a housebuilder
            "ventures",
            "group",
            "organization",
            "organisation",
            "fund",
            "bank",
            "police",
            "army",
            "navy",
            "force",
            "forces",
            "hamas",
            "hezbollah",
            "cnn",
            "reuters",
            "ap",
            "nbc",
            "cbs",
            "abc",
            "fox",
            "msnbc",
            "politifact",
            "pac",
            # newspapers' name words ("Boston Globe", "Des Moines Register")
            "globe",
            "tribune",
            "herald",
            "gazette",
            "chronicle",
            "inquirer",
            "examiner",
            "telegraph",
            "guardian",
            "register",
            "dispatch",
            "courier",
            "sentinel",
            "guild",
            # political parties named for what they gather: "National Renewal Rally", "Popular Front", "Bloc Québécois"
            "rally",
            "movement",
            "front",
            "bloc",
            "confederation",
            # more words of company names ("Velmora Foods", "Halcyon Freight", "Carrick Partners"), none of them a
            # surname news often writes ("Power", "Steel" are left out: Samantha Power, David Steel)
            "foods",
            "freight",
            "water",  # a utility: "Northvale Water", "Thames Water"
            "logistics",
            "terminals",
            "systems",
            "airways",
            "railways",
            "telecom",
            "telecoms",
            # other languages' company words and legal forms ("Serra Dourada Mineração", "Kessler Antriebstechnik GmbH")
            "gmbh",
            "mineração",
            "mineracao",
            "gruppe",
            "pharma",
            "brewery",
            "breweries",
            "brewing",
            "brewers",
            "distillery",
            "bakery",
            "medical",
            "biotech",
            "chemicals",
            "investments",
            "properties",
            "analytics",
            "software",
            "networks",
            "insurance",
            "shipping",
            "mining",
            "consulting",
            "engineering",
            "construction",
            "solutions",
            "labs",
            "laboratories",
            "partners",
            "research",
            "works",
            "resorts",
            "service",
            "syndicate",
            "chamber",
            # set 9: "Meridian Market Data", "Chubu Business Daily", "the Capricorn Ledger", "Corliss Drug Stores",
            # "the Health Services Board", "Residents' Water Forum" (legal forms: LEGAL_FORMS)
            "relations",  # "the Council on Foreign Relations" (its last word had been a person's name)
            "data",
            "daily",
            "ledger",
            "stores",
            "board",
            "forum",
            "municipality",
            "conference",
            # public and civic bodies: "the National Disease Surveillance Cell", "the Kano Community Water Initiative"
            "initiative",
            "cell",
            "society",
            "museum",
            "gallery",
            "clinic",
            "infirmary",
            "college",
            "academy",
            "school",
            "prep",  # a school: "Riverside Prep posted a message"
            "tribunal",
            "assembly",
            "parliament",
            "secretariat",
            "directorate",
            "inspectorate",
            "cooperative",
            "observatory",
            "capital",
            "energy",
            "utilities",
            "resources",
            "enterprises",
            # public bodies
            "embassy",
            "authority",
            "trust",
            "hospital",
            # set 13: "the Minnesota State Patrol", "the Ethiopia Commodity Exchange", "Prairie Crest Paving", "the
            # Arizona Division of Occupational Safety and Health"
            "patrol",
            "exchange",
            "paving",
            "division",
            # cultural bodies: "the Sunvale Festival" … "the festival said"
            "festival",
            "theatre",
            "theater",
            "orchestra",
            "zoo",
            "library",
        ]
    )
)
COUNTRIES = frozenset(
    [
        "afghanistan",
        "albania",
        "algeria",
        "argentina",
        "armenia",
        "australia",
        "austria",
        "azerbaijan",
        "bahrain",
        "bangladesh",
        "belarus",
        "belgium",
        "bolivia",
        "bosnia",
        "brazil",
        "britain",
        "bulgaria",
        "cambodia",
        "canada",
        "chile",
        "china",
        "colombia",
        "croatia",
        "cuba",
        "cyprus",
        "czechia",
        "denmark",
        "egypt",
        "england",
        "estonia",
        "ethiopia",
        "finland",
        "france",
        "georgia",
        "germany",
        "ghana",
        "greece",
        "guatemala",
        "haiti",
        "hungary",
        "iceland",
        "india",
        "indonesia",
        "iran",
        "iraq",
        "ireland",
        "israel",
        "italy",
        "japan",
        "jordan",
        "kazakhstan",
        "kenya",
        "korea",
        "kosovo",
        "kuwait",
        "latvia",
        "lebanon",
        "libya",
        "lithuania",
        "malaysia",
        "mexico",
        "moldova",
        "mongolia",
        "morocco",
        "myanmar",
        "nepal",
        "netherlands",
        "nigeria",
        "norway",
        "oman",
        "pakistan",
        "palestine",
        "panama",
        "peru",
        "philippines",
        "poland",
        "portugal",
        "qatar",
        "romania",
        "russia",
        "rwanda",
        "saudi",
        "scotland",
        "serbia",
        "singapore",
        "slovakia",
        "somalia",
        "spain",
        "sudan",
        "sweden",
        "switzerland",
        "syria",
        "taiwan",
        "thailand",
        "tunisia",
        "turkey",
        "uganda",
        "ukraine",
        "venezuela",
        "vietnam",
        "wales",
        "yemen",
        "zimbabwe",
        "gaza",
        "washington",
        "moscow",
        "beijing",
        "tehran",
        "jerusalem",
        "kyiv",
        "london",
        "paris",
    ]
)
# States and blocs often named by abbreviation: organisations too.
COUNTRIES = COUNTRIES | {"u.s.", "us", "america", "u.k.", "e.u.", "eu", "u.n.", "nato"}
# States named in two or more words, which would otherwise read as a person's first name and surname.
COUNTRIES = COUNTRIES | {
    "united states", "united kingdom", "great britain", "saudi arabia", "south korea", "north korea", "new zealand",
    "south africa", "united arab emirates", "sri lanka", "costa rica", "el salvador", "czech republic", "south sudan",
    "dominican republic", "ivory coast", "papua new guinea", "european union", "united nations",
    # territories that speak as governments do
    "puerto rico", "hong kong", "northern ireland", "west bank",
}  # fmt: skip
# U.S. states are places (and sources: "Texas sued"), never people, even when two capitalised words.
US_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia
    wisconsin wyoming""".split()
) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island",
     "south carolina", "south dakota", "west virginia", "washington state"}  # fmt: skip
COUNTRIES = COUNTRIES | US_STATES
# Peoples whose plural with "the" usually stands for their state in news ("the Russians said"): the country.
STATE_DEMONYMS = {
    "russians": "Russia", "saudis": "Saudi Arabia", "iranians": "Iran", "israelis": "Israel", "chinese": "China",
    "syrians": "Syria", "turks": "Turkey", "iraqis": "Iraq", "egyptians": "Egypt", "pakistanis": "Pakistan",
    "north koreans": "North Korea", "south koreans": "South Korea", "japanese": "Japan", "germans": "Germany",
    "french": "France", "british": "Britain", "cubans": "Cuba", "ukrainians": "Ukraine", "afghans": "Afghanistan",
}  # fmt: skip
# A state's adjective ("Israeli Defense Minister", "U.S. officials") → the state as usually named, lowercase.
NATIONALITIES = {
    "u.s.": "united states", "american": "united states", "israeli": "israel", "palestinian": "palestine",
    "russian": "russia", "ukrainian": "ukraine", "chinese": "china", "iranian": "iran", "iraqi": "iraq",
    "syrian": "syria", "turkish": "turkey", "egyptian": "egypt", "saudi": "saudi arabia", "lebanese": "lebanon",
    "jordanian": "jordan", "qatari": "qatar", "afghan": "afghanistan", "pakistani": "pakistan", "indian": "india",
    "japanese": "japan", "north korean": "north korea", "south korean": "south korea", "british": "britain",
    "u.k.": "britain", "french": "france", "german": "germany", "italian": "italy", "spanish": "spain",
    "polish": "poland", "canadian": "canada", "mexican": "mexico", "brazilian": "brazil", "cuban": "cuba",
    "venezuelan": "venezuela", "australian": "australia", "european": "european union", "e.u.": "european union",
}  # fmt: skip
# Other names of a state, as a target may be typed ("the U.S.", "America", "the UK").
STATE_ALIASES = {
    "u.s.": "united states", "us": "united states", "usa": "united states", "u.s.a.": "united states",
    "america": "united states", "united kingdom": "britain", "uk": "britain", "u.k.": "britain",
    "great britain": "britain", "eu": "european union", "e.u.": "european union",
}  # fmt: skip
# News agencies, pollsters, campaign groups, banks and companies whose names carry no organisation word and could be
# read as a person's ("Goldman Sachs", "Human Rights Watch"; user audit, 2026-12-07).
KNOWN_ORGANISATIONS = frozenset(
    {"associated press", "agence france-presse", "united press international", "bloomberg", "politico", "axios",
     "gallup", "quinnipiac", "rasmussen", "ipsos", "yougov", "marist", "monmouth", "black lives matter",
     "amnesty international", "human rights watch", "doctors without borders", "médecins sans frontières",
     "medecins sans frontieres", "reporters without borders", "transparency international", "save the children",
     "greenpeace", "oxfam", "wikileaks", "goldman sachs", "morgan stanley", "credit suisse", "jpmorgan chase",
     "wells fargo", "merrill lynch", "lehman brothers", "bnp paribas", "société générale",
     "blackrock", "royal dutch shell", "exxon mobil", "exxonmobil", "samsung electronics", "toyota motor",
     "lockheed martin", "northrop grumman", "johnson & johnson", "procter & gamble", "ernst & young",
     "marks & spencer", "rolls-royce", "mercedes-benz", "hewlett-packard", "dow jones", "standard & poor's",
     "moody's", "moody’s", "fitch ratings", "alphabet", "astrazeneca", "glaxosmithkline"}
)  # fmt: skip


def known_organisation(name: list[str]) -> bool:
    """Whether a name's words are a known organisation, or one and the country of its branch ("Greenpeace Brazil")."""
    lower = [w.lower() for w in name]
    return any(
        " ".join(lower[:k]) in KNOWN_ORGANISATIONS and (k == len(lower) or " ".join(lower[k:]) in COUNTRIES)
        for k in range(1, len(lower) + 1)
    )


ANONYMOUS_HEADS = frozenset(
    {
        "official",
        "source",
        "aide",
        "adviser",
        "advisor",
        "person",
        "diplomat",
        "officer",
        "staffer",
        "insider",
        "member",
        "spokesperson",
    }
)
# "Reuters/Ipsos", "9/11", "93,522": one word; combining accents (a decomposed "é") and zero-width characters stay
# inside it.
_WORD = re.compile(rf"\d{{1,3}}(?:,\d{{3}})+(?![\d,])|[\w][\w{IN_WORD}.'’&/-]*|[^\w\s]")
NAME_PARTICLES = frozenset(
    "de van von der den da do dos das du del della di la le bin binti bint ibn ter te na nan".split()
)
_JOINED_ARTICLES = "al|el|bin|ibn|abu"  # a surname's joined article: "al-Harbawi", "el-Sisi", "bin-Salman"
_JOINED_PARTICLE = re.compile(latin_classes(rf"(?:{_JOINED_ARTICLES})-[A-Z]"))
# Short words that a full stop abbreviates inside a name: titles, suffixes, a firm's "Co.", a state's "Fla.".
_ABBREVIATED = (
    "Mr Mrs Ms Dr St Mt Ft Jr Sr Sen Rep Gov Gen Lt Col Maj Sgt Cpl Pvt Adm Cdr Det Rev Fr Del Hon Bro Co Inc Ltd No "
    "Ave Ala Ark Cal Fla Ga Ill Ind Kan Ky La Md Me Mo Neb Nev Ore Pa Tex Va Vt Wis Wyo "
    "Pfc Spc Ens Rt Ven Ald Mx Mme Sra Sta Ste Sh Smt Km Pt Adv Alh Amb Pst Pty Sdn Bhd Mfg Cos Wg Sqn Flt Ldr Snr Drs"
).split()
# A run of capitalised words on one line, name particles allowed inside; any other word ending in "." (or a
# Roman numeral: "World War II.") ends a sentence, not a name ("from Treasury Secretary Jacob J. Lew. Because …"), and
# so does a name's suffix unless the name goes on ("said Martin Luther King Jr. The crowd", but "the Cal Ripken Sr.
# Foundation").
NAME_RUN = re.compile(
    latin_classes(
        rf"(?:(?:(?!(?:Jr|Sr)\.[ \t]+(?!{NAME_GOES_ON}))"
        rf"(?:[A-Z]|{'|'.join(_ABBREVIATED)})\.|[A-Z](?:\.[A-Z])+\.|[A-Z][\w'’-]*)[ \t]+"
        rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES))}|&)[ \t]+){{0,2}}){{0,6}}"  # "Marks & Spencer" is one name
        rf"(?:(?<![\w-])(?:{_JOINED_ARTICLES})-)?[A-Z][\w'’-]*"
    )
)
# A nickname in quotes inside a name (Robert C. "Bobby" Scott, Graham ‘Stumpy’ Lowe): blanked before name runs are
# found.
NICKNAME = re.compile(latin_classes(r"(?<=[A-Za-z.] )(?:[\"“][A-Z][\w'’-]*[\"”]|[‘'][A-Z][\w-]*[’']) (?=[A-Z])"))
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
PARTY_TAG = re.compile(latin_classes(r",?\s*\b[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,?"))
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mx.", "dr.", "mr", "mrs", "ms", "mx", "dr"})
# Words after a surname that are no part of it: generations ("King Jr."), and British and Irish silks and barristers,
# members and honours ("Helen Ashdown KC", "Conor Lysaght SC", "Aoife Brennan BL", "Jane Doe MP").
GENERATIONS = frozenset("jr. sr. jr sr ii iii iv".split())
HONOURS = frozenset("kc qc sc bl mp msp mep mla mlc ms td ias ips ao ac jp mpp mha mna obe mbe cbe kbe dbe".split())
NAME_SUFFIXES = GENERATIONS | HONOURS
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
WEEKDAYS = frozenset(_WEEKDAYS.split("|"))
_DAYS_AND_MONTHS = f"{_WEEKDAYS}|january|february|march|april|may|june|july|august|september|october|november|december"
CALENDAR_WORDS = frozenset(_DAYS_AND_MONTHS.split("|"))
# Capitalised words that start sentences or name days, never people.
_NOT_NAME_WORDS = frozenset(
    f"i is are was were would will could should can do does did even just then when what why how who where "
    f"{_DAYS_AND_MONTHS.replace('|', ' ')}".split()
)
# "… on Wednesday", "… released Friday", "… last month": when, not who (a bare month may be a name: May).
TIME_PHRASE = re.compile(
    rf"\s+(?:(?:just|only|earlier|later)\s+)?(?:(?:on|last|this|in|late|early|next)\s+(?:{_DAYS_AND_MONTHS}|week|month|year)|(?:{_WEEKDAYS}))\b.*$",
    re.IGNORECASE,
)


# Words in the names of government agencies, which news calls "the agency" on second mention.
AGENCY_WORDS = frozenset("agency department administration service services bureau commission office".split())
# Two capitalised names joined by "and" just before a relative pronoun.
_CAPS = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
NAME_PAIR = re.compile(latin_classes(rf"{_CAPS},?[ \t]+and[ \t]+{_CAPS},?[ \t]*$"))
# The same pair anywhere ("Hillary Clinton and Bernie Sanders are both progressives").
NAMED_PAIR = re.compile(latin_classes(rf"{_CAPS}[ \t]+and[ \t]+{_CAPS}"))
# Three names or more in a list: "Keir Starmer, Emmanuel Macron and Friedrich Merz".
NAMED_LIST = re.compile(latin_classes(rf"{_CAPS}(?:,[ \t]+{_CAPS})+,?[ \t]+and[ \t]+{_CAPS}"))
# Capitalised plurals naming parties, nations and faiths ("Democrats", "Republicans", "Palestinians"); not
# surnames such as Evans or Sanders.
GROUP_NOUN = re.compile(r"(?:crats|icans|ians|eans|ists)$")
# Capitalised plurals of people the endings above miss.
PEOPLE_PLURALS = frozenset(
    """Jews Muslims Catholics Evangelicals Millennials Latinos Hispanics Dems CEOs Mormons Arabs Sikhs Hindus
    Kurds Shiites Sunnis Baptists Protestants Conservatives Liberals Progressives Independents Veterans GOPers
    Trumpers""".split()
)


def is_people_plural(word: str) -> bool:
    """Whether a capitalised word names people in the plural ("Democrats", "Muslims", "Californians")."""
    return word[:1].isupper() and not word.isupper() and (word in PEOPLE_PLURALS or bool(GROUP_NOUN.search(word)))


def nationals(word: str) -> bool:
    """Whether ``word`` names a nation's people in the plural: "Germans", "Israelis", "Texans"."""
    return word.endswith("s") and word.lower()[:-1] in NATIONALITY_NOUNS


NOT_PLURAL = frozenset({"news", "press", "its", "this", "his", "was", "has", "does", "politics", "status"})


# Abbreviated titles, spelled out to match descriptions ("Sen. Lindsey Graham" … "the senator").
TITLE_EXPANSIONS = {
    "sen.": "senator",
    "sens.": "senator",
    "rep.": "representative",
    "reps.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "adm.": "admiral",
    "dr.": "doctor",
    "del.": "delegate",
    "sec.": "secretary",
    # British, Irish and Australian police and council titles, with or without the stop: "Insp. Tom Vaiaku", "Cllr".
    "cllr": "councillor",
    "cllr.": "councillor",
    "insp": "inspector",
    "insp.": "inspector",
    "det": "detective",
    "det.": "detective",
    "supt": "superintendent",
    "supt.": "superintendent",
    "sgt": "sergeant",
    "sgt.": "sergeant",
    "const.": "constable",
    "prof": "professor",
    "prof.": "professor",
}
# Heads of descriptions that stand for a named person ("the Republican nominee", "the senator").
PERSON_ROLE_HEADS = frozenset(
    """nominee candidate senator governor president secretary mayor minister congressman congresswoman
    representative delegate chairman chairwoman commissioner doctor judge justice ambassador director ceo host
    anchor founder leader speaker attorney sheriff chancellor premier general commander manager coach captain
    striker goalkeeper midfielder defender winger quarterback pitcher convener convenor chair chairperson councillor
    councilor vice-chancellor rector provost dean principal headteacher headmaster headmistress superintendent
    coordinator skipper admiral""".split()
)
# Heads naming one person by what they do: "a Republican strategist", "the questioner" is an unnamed source.
PERSON_NOUNS = PERSON_ROLE_HEADS | frozenset(
    """man woman spokesman spokeswoman strategist analyst expert voter resident worker investor reader questioner
    observer witness consultant pollster economist historian professor scholar teacher student volunteer organizer
    donor employee executive manager supporter critic lawyer businessman businesswoman activist veteran prosecutor
    protester demonstrator farmer investigator researcher officer regulator legislator negotiator nurse parent
    commuter shopper passenger player coach fan firefighter survivor victim defendant plaintiff juror inspector
    landlord tenant owner trader consumer customer citizen immigrant refugee migrant soldier rebel villager
    journalist reporter editor visitor guest patient user viewer listener spectator pilgrim driver mourner
    neighbour neighbor bartender supervisor technician mechanic clerk cashier waiter waitress chef engineer
    scientist physician surgeon paramedic pharmacist dentist therapist counselor counsellor midwife caregiver carer
    cleaner janitor electrician plumber motorist cyclist pedestrian hiker athlete traveller traveler worshipper
    pupil colleague participant attendee campaigner forecaster meteorologist epidemiologist biologist ecologist
    physicist chemist lecturer tutor shopkeeper homeowner rancher fisherman shareholder administrator figure
    solicitor barrister organiser diplomat envoy teammate classmate roommate bandmate rival hacker guy""".split()
)
# People who belong to someone: "his lawyer", "Scott's aides" speak for themselves, not for their owner.
DEPENDANT_HEADS = frozenset(
    """aide aides adviser advisers advisor advisors lawyer lawyers attorney attorneys supporter supporters
    operative operatives ally allies friend friends spokesman spokeswoman spokesperson staffer staffers
    associate associates critic critics staff donor donors campaign team office opponents backers boosters
    barrister barristers solicitor solicitors counsel""".split()
)
# The same people in the plural ("Lawmakers", "Critics", "Aides" opening a sentence are people, not an organisation).
PEOPLE_PLURAL_NOUNS = (
    frozenset(f"{noun}s" for noun in PERSON_NOUNS if not noun.endswith(("man", "woman", "s")))
    | frozenset(
        """people men women lawmakers proponents opponents scholars critics applicants leaders officials
        politicians relatives families siblings children kids locals""".split()
    )
    | frozenset(noun for noun in DEPENDANT_HEADS if noun.endswith("s"))
)
# Heads naming a body that speaks as one: "the government", "the alliance" (types an unresolved description).
BODY_NOUNS = frozenset(
    """government administration agency bureau bank alliance bloc committee campaign media magazine newspaper court
    coalition operation program party network company firm organization union caucus council team ministry
    department embassy consulate authority commission board trust charity institute university hospital regulator
    watchdog police office municipality guard forum service association club district management military treasury
    command""".split()
)
# Heads and openers of descriptions of many people: "the crowd", "those in the hall", "many in the room".
COLLECTIVE_NOUNS = frozenset(
    """people women men crowd audience public couple establishment movement faction leadership base family side
    population majority minority electorate staff""".split()
)
COLLECTIVE_OPENERS = frozenset("those these many few some several most everyone anyone each both".split())
# Heads of a definite description that news uses as a second name for a person already named: "the real estate
# mogul", "the Republican presidential candidate", "the businessman", "the striker" (and "the 24-year-old").
EPITHET_HEADS = frozenset(
    """nominee candidate senator governor president congressman congresswoman justice tycoon mogul businessman
    businesswoman billionaire developer frontrunner front-runner journalist republican democrat veteran native
    documentarian filmmaker author columnist commentator activist star secretary magnate lady striker goalkeeper
    midfielder defender winger quarterback pitcher forward full-back fullback centre-back linebacker batsman bowler
    jockey sprinter left-hander right-hander all-rounder paceman spinner international lock prop flanker hooker
    scrum-half fly-half wrestler boxer golfer champion winner independent defendant duke duchess monarch pontiff
    pope""".split()
)
# One person of a nation, which sports and foreign news use as a second name: "the Argentine", "the Dutchman".
NATIONALITY_NOUNS = frozenset(
    """american argentine australian austrian belgian brazilian briton canadian chilean colombian croat dane
    dutchman dutchwoman egyptian englishman englishwoman frenchman frenchwoman german ghanaian greek hungarian indian
    irishman irishwoman israeli italian jamaican kenyan mexican moroccan nigerian norwegian pakistani peruvian pole
    portuguese romanian russian scot scotsman scotswoman senegalese serb slovak spaniard swede turk ukrainian
    uruguayan venezuelan welshman welshwoman""".split()
) | frozenset(  # and of a US state: "the Texan"
    """texan floridian ohioan iowan virginian kentuckian arizonan coloradan minnesotan michigander vermonter alaskan
    nevadan wisconsinite louisianan""".split()  # not newspapers' names: The Oklahoman, The Oregonian, The Tennessean
)
# Words that say a person's gender in the article itself: honorifics and gendered jobs and kin.
GENDERED_WORDS = {
    **dict.fromkeys(
        "mr. mr congressman assemblyman councilman spokesman chairman businessman husband father son brother".split(),
        "m",
    ),
    **dict.fromkeys(
        "ms. ms mrs. mrs congresswoman assemblywoman councilwoman spokeswoman chairwoman businesswoman wife "
        "mother".split(),
        "f",
    ),
    **dict.fromkeys("daughter sister actress widow grandmother".split(), "f"),
    **dict.fromkeys("widower grandfather".split(), "m"),
}
# Where a sentence's subject starts: after spaces, an opening quote mark or a connective ("But Trump …").
SUBJECT = re.compile(r"[\s\"“']*(?:(?:But|And|Still|Then|Yet|So)\s+(?:(?:now|then|still|also)\s+)?)?")
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
GENDERED_PRONOUNS = {**PRONOUN_GENDER, "his": "m"}  # "her" is either case; "his" only possessive
THEY_THEM = re.compile(r"\bthey/them\b|\bthey[ \t]+pronouns\b", re.IGNORECASE)  # "uses they/them pronouns"
# What a person leads rather than who belongs to them: "his campaign", "her team" are the "<surname> campaign".
CAMPAIGN_HEADS = frozenset({"campaign", "team"})
_ORG_CONNECTORS = frozenset({"of", "for", "and", "on", "the", "&"})
PREPOSITIONS = frozenset("in of on at with from to for about by".split())
KIN_WORDS = frozenset("wife husband son daughter brother sister mother father widow cousin".split())
# Role words a description must say itself to match: "the Democratic nominee" is not its vice-presidential one.
RANK_WORDS = frozenset({"vice", "deputy", "assistant", "former", "acting", "lieutenant"})
_PARTY_OF = {"democratic": "D", "democrat": "D", "republican": "R", "gop": "R"}


def parties_named(words: set[str]) -> set[str]:
    return {_PARTY_OF[w] for w in words if w in _PARTY_OF}


def word_tokens(text: str) -> list[str]:
    """The words of ``text`` for building names (not offsets): accents composed, zero-width characters dropped."""
    words = (clean_name(w) if not w.isascii() else w for w in _WORD.findall(text))
    return [w for w in words if w]  # a word of zero-width characters alone is none


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_name_word(word: str) -> bool:
    """A word a name can hold: capitalised, or a surname with its joined article ("al-Harbawi")."""
    return is_capitalised(word) or _JOINED_PARTICLE.match(word) is not None


def _after_a_name_word(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` follows a capitalised word across particles only: "van" and "der" of "Pieter van der"."""
    while k and words[k - 1].lower() in NAME_PARTICLES and not is_capitalised(words[k - 1]):
        k -= 1
    return k > 0 and is_capitalised(words[k - 1])


# A capitalised word joined to a lower-case participle or agent noun describes, it does not name: "Oscar-winner",
# "Harvard-educated", "London-born" (a hyphenated name capitalises both halves, "Ocasio-Cortez", or joins a short
# syllable, "Mei-ling", "Yu-ching", "Hye-jin").
DESCRIBING_COMPOUND = re.compile(r"[A-Z][a-z]+-(?:[a-z]{3,}(?:er|ers|ing|ed)|born|based|led|backed|owned|run)")

# Titles only as written so: an Australian councillor's "Cr Dalton", not "CR Patil" (initials).
CASED_TITLES = frozenset({"Cr"})


# Last words of a department's name in a title: "Director of Government Affairs", "Vice President of Operations".
_DEPARTMENT_WORDS = frozenset("affairs relations services resources communications operations programs".split())


def is_title_word(word: str) -> bool:
    """A title word, or a compound of them joined by hyphens: "Secretary-Treasurer", "Co-anchor"."""
    lower = word.lower()
    return lower in TITLE_WORDS or (
        "-" in lower and all(p in TITLE_WORDS or p in ("co", "vice") for p in lower.split("-")) and lower[-1] != "-"
    )


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """``(role words, name words)``: the name is the trailing run of capitalised non-title words.

    Particles between capitals stay in the name ("Bill de Blasio"); an organisation word or a
    possessive before the name ends it ("NBC’s Dante Chinni", "the Washington Post Trump").
    """
    end = len(words)
    while end and not words[end - 1][:1].isalnum():
        end -= 1
    surname_end = end  # past the surname: before a suffix ("King Jr.")
    if end > 1 and words[end - 1].lower() in NAME_SUFFIXES:
        surname_end -= 1
    start = end
    while start:
        word = words[start - 1]
        if word.lower() in NAME_PARTICLES and start < end and _after_a_name_word(words, start - 1):
            start -= 1
            continue
        # The surname is one even when it can be a title ("Larry King", "Martin Luther King Jr."); alone it stays
        # a title.
        if (
            not is_name_word(word)
            or ((is_title_word(word) or word in CASED_TITLES) and start < surname_end)
            or (start < end and DESCRIBING_COMPOUND.fullmatch(word))
        ):
            break
        # "The Renal Patients' Voice" is one name, named for its members; "Fox News' Megyn Kelly" is not
        members = (
            start < end  # words[start] is the name's first word
            and word.endswith(("s'", "s’"))
            and without_possessive(word).lower() in PEOPLE_PLURAL_NOUNS
            and not first_name_gender(words[start], broad=True)  # "Senators' Brady Tkachuk" is a player
        )
        if start < end and ((is_possessive(word) and not members) or word.lower() in ORG_WORDS):
            break
        start -= 1
    while start < end - 1 and words[start].lower() in SENTENCE_OPENERS:
        start += 1  # "But Hillary Clinton", "The IMF": capitalised because a sentence starts there
    if (
        end - start == 1
        and words[start].lower() in TITLE_WORDS
        and not (start and words[start - 1].lower() in HONORIFICS)
    ):
        start = end  # "the Secretary" names no one; "Mr. King" does
    if (
        end - start > 2
        and words[start].lower() in PERSON_NOUNS
        and not (start and words[start - 1].lower() in HONORIFICS)
    ):
        start += 1  # "Commuter Sam Ellis", "Forecaster Jenna Albright": a sentence's capital on what she does
    # "UMWA Director of Government Affairs Phil Smith": a department's name ends the title before a first name
    cut = max((k + 1 for k in range(start, end - 1) if words[k].lower() in _DEPARTMENT_WORDS), default=start)
    if cut > start and first_name_gender(words[cut]) is not None:
        start = cut
    name = words[start:end]
    if name and is_possessive(name[-1]):  # "Donald Trump’s gains", "Davis' commentary"
        name = [*name[:-1], without_possessive(name[-1]) or name[-1]]
    role = words[:start]
    while role and start < end and role[0].lower() in SENTENCE_OPENERS:
        role = role[1:]  # "The" of "The IMF" is no title
    return role, name


def organisation_words(words: list[str]) -> list[str]:
    """The whole capitalised run ending ``words`` when it names an organisation: "Republican National Committee",
    "Department of Veterans Affairs" (``split_title`` alone would stop at the title-like "National")."""
    end = len(words)
    while end and not words[end - 1][:1].isalnum():
        end -= 1
    start = end
    while start and (
        is_capitalised(words[start - 1])
        or words[start - 1].lower() in _ORG_CONNECTORS
        or (words[start - 1] in NAME_PARTICLES and start > 1 and is_capitalised(words[start - 2]))  # "Andes del Sur"
        or (re.fullmatch(r"\d+(?:st|nd|rd|th)", words[start - 1]) and start > 1 and words[start - 2] == "the")
    ):
        start -= 1
    while start < end and (words[start].lower() in _ORG_CONNECTORS or words[start].lower() in SENTENCE_OPENERS):
        start += 1
    return words[start:end]


# Lowercase heads of a maker's name before its message: "a Clinton campaign memo", "a Senate committee report".
_MAKER_HEADS = frozenset({"campaign", "committee", "administration"})


def message_author(words: list[str]) -> str | None:
    """ "The latest Reuters/Ipsos opinion poll" → "Reuters/Ipsos": capitalised words just before a message noun
    (two lowercase modifiers may come between) name who made it."""
    for k, word in enumerate(words):
        if word.lower() in PREPOSITIONS:
            return None  # "a narrator in the Clinton ad": the message is not what speaks
        if not (k and word.islower() and word.strip(",.;:") in MESSAGE_NOUNS):
            continue
        end = k
        while end > max(0, k - 2) and words[end - 1].islower() and words[end - 1] not in _MAKER_HEADS:
            if words[end - 1] in DETERMINERS:
                return None  # "Did the investigation": the capitalised word opens a question, not the noun phrase
            end -= 1
        kept = end
        if end and words[end - 1] in _MAKER_HEADS:
            end -= 1  # "a Clinton campaign memo": the campaign made it
        start = end
        while (
            start
            and is_capitalised(words[start - 1])
            and words[start - 1].lower() not in SENTENCE_OPENERS | DETERMINERS  # "One news account"
        ):
            start -= 1
        for size in (2, 1) if kept == end else ():  # "an NBC News/Wall Street Journal/Marist South Carolina poll"
            if end - size > start and " ".join(words[end - size : end]).lower() in COUNTRIES:
                end = kept = end - size  # the place polled
                break
        return " ".join(words[start:kept]) if start < end else None
    return None


def surname_key(name: list[str]) -> str:
    """The comparable surname of name words: suffixes and possessives skipped, apostrophes and case folded."""
    words = [w for w in name if w.lower() not in NAME_SUFFIXES] or name
    return re.sub(r"'s$", "", words[-1].replace("’", "'")).casefold() if words else ""


def is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "'", "’"))


def without_possessive(word: str) -> str:
    """ "Clinton's" → "Clinton", "Davis'" → "Davis"; other words unchanged."""
    return re.sub(r"(?:'s|’s|'|’)$", "", word)


SENTENCE_OPENERS = frozenset(
    """but and so or yet if when while as after before in on at for with then now the a an this that meanwhile
    however still also last since because although though no. yes. some many most several fellow other another
    more despite unlike like including amid during under from by to of neither either both even only""".split()
)
# Words that open a clause, taken into a source mention by mistake ("While old Iowa political hands").
CONJUNCTIONS = frozenset("while when whereas as if because although though since but and so yet".split())
# First words of a sentence-opening capitalised run that is no subject naming a source: "In his speech, …",
# "The officials said …" (the run is only "The"), "It was clear …", "March was …".
NOT_SUBJECT_WORDS = SENTENCE_OPENERS | _NOT_NAME_WORDS | frozenset("it its there this these those what here".split())
MESSAGE_NOUNS = frozenset(
    """statement statements commentary comment comments letter report analysis study book memoir tweet tweets post
    memo email speech remarks interview survey poll filing complaint lawsuit release column editorial op-ed
    website blog video ad resolution ruling verdict data average records filings figures documents readout review
    article account accounts reporting page testimony findings summary notice assessment audit forecast estimate
    petition indictment note""".split()
)
# Messages whose definite mention alone ("the statement said") stands for whoever issued them, the latest to speak.
ISSUED_MESSAGES = frozenset("statement email memo letter release tweet question".split())
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Words that end a noun phrase read backwards from a relative pronoun (prepositions, verbs, pronouns).
NOT_IN_NOUN_PHRASE = (
    PREPOSITIONS
    | RELATIVE_PRONOUNS
    | frozenset("is are was were be been has have had said says say told met saw see asked and or but them us".split())
)
PARENTHETICAL = re.compile(r"\s*\([^)]*(?:\)|$)")  # "(R-Texas)", and one cut short: "(R-TX"
# A share of people, as polls give it: "about four in 10", "nearly half", "two-thirds", "all but two". With the people
# named it stays in their name ("a quarter of Americans", as annotators mostly write it).
_SHARE_QUALIFIER = (
    r"(?:(?:about|nearly|almost|roughly|only|more\s+than|fewer\s+than|less\s+than|(?:just\s+)?(?:over|under)|just)\s+)?"
)
_SHARE_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|three|four|five|ten)"
_SHARE_PART = r"(?:half|a\s+third|a\s+quarter|a\s+fifth|one-third|two-thirds|three-quarters|one-quarter|a\s+plurality)"
SHARE = rf"{_SHARE_QUALIFIER}(?:{_SHARE_COUNT}|{_SHARE_PART}|all\s+but\s+(?:one|two|three|a\s+few|\d+))"
_QUANTIFIED = re.compile(
    latin_classes(
        r"^(?:(?:many|some|most|few|all|several|one|two|three|each|both|none)\s+of\s+"
        r"|(?:one|two|three|\d+)\s+or\s+more\s+of\s+"  # "One or more of its permanent members"
        r"|(?:an?\s+)?(?:wide\s+)?(?:array|number|handful|majority|couple|group)\s+of\s+"
        r"|(?:few|both|some|many|several|most|all|various|numerous)\s+(?=[a-z])"
        r"|(?:some|many|most|fellow|more)\s+(?=[A-Z][a-z]+s\b)"  # "Some Democrats", "Fellow Republicans"
        # "at least a dozen members of Congress", "hundreds of thousands of Armenians", "not all attendees":
        # a count or a share of the people is not their name.
        r"|(?:at\s+least\s+)?(?:a\s+dozen|hundreds\s+of\s+thousands|hundreds|thousands|dozens|scores|millions)\s+"
        r"(?:of\s+)?(?=\w)"
        r"|(?:not\s+all|among|fellow|as\s+many\s+as)\s+(?=\w))",
    ),
    re.IGNORECASE,
)
_PERSON_OF = re.compile(
    latin_classes(
        r"^(?P<job>(?:(?!(?:a|an|the|of|for|at|with|by|to)\s)\S+\s+){0,2}(?!(?:a|an|the|of|for|at|with|by|to)\s)"
        r"[a-z][\w'’-]*\s+)?"  # a job before the name, no phrase of its own: "Education researcher"
        r"(?P<person>(?:[A-Z][\w.'’-]*\s+){1,5}[A-Z][\w'’-]*)\s+(?:of|for|at|with)\s+(?:the\s+)?"
        r"(?P<body>(?:[a-z-]+\s+){0,2}[A-Z].*)$"
    )  # "Stu Rothenberg of the non-partisan Rothenberg-Gonzales …", "Education researcher Chong Mei Ling of the …"
)
# A name, then where the person works, unnamed: "Senior meteorologist Anil Baruah of the regional weather office".
_NAME_OF_UNNAMED_BODY = re.compile(
    latin_classes(r"^(?P<person>.*[A-Z][\w.'’-]*\s+[A-Z][\w'’-]*)\s+(?:of|at|with|from)\s+the\s+[a-z][a-z\s-]*$")
)
# Where a named person is from or works, after the name: "of North Carolina", "in Almaty", "of the anti-Trump National
# Review".
_HOME = re.compile(latin_classes(r"\s+(?:of|in|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z]"))


def home_after_name(core: str) -> int | None:
    """Where a phrase saying where a named person is from or works begins in ``core``, when a person's full name
    ends just before it; None otherwise ("Bank of America", "a woman in Worcester" name no person before it)."""
    if len(core) > 300:
        return None  # no mention names a person in so many words
    for m in _HOME.finditer(core):
        role, name = split_title(word_tokens(core[: m.start()]))
        # not after a description's head: "a spokesman for Mayor Frank G. Jackson of Cleveland"
        described = any(w.lower() in PREPOSITIONS for w in role)
        if (
            len(name) >= 2
            and not described
            and looks_like_person(" ".join(name))
            and name[-1].lower() not in ORG_WORDS | PEOPLE_PLURAL_NOUNS  # "Communications Workers of America"
        ):
            return m.start()
    return None


_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|that|whose)\s.*$")
IDENTIFYING_CLAUSE_WORDS = 6  # the longest relative clause kept in a described source's name, pronoun included


def _identifying_clause(core: str, m: re.Match) -> str:
    """What of the relative clause ``m`` stays in a described source's name: a short clause that says which
    people are meant ("members who spoke with reporters afterward", "a person who attended [and described
    …]"), cut at "and"; nothing after a name or for a longer clause ("Central European leaders who have been
    some of the most strident opponents of …")."""
    before = core[: m.start()].split()
    clause = re.split(r"\s+(?:and|but|as|to)\s", m.group(0).strip(), maxsplit=1)[0]
    if not before or not is_common_noun(before[-1], len(before) - 1) or len(clause.split()) > IDENTIFYING_CLAUSE_WORDS:
        return ""
    return " " + clause


_PARTICIPLE_CLAUSE = re.compile(r"(?<=s)\s+[a-z]+ing\s+\S+\s.*$")  # after a plural, an -ing verb and its object
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)(?:'s|’s|'|’)\s+(?P<rest>.+)$")
_BY = re.compile(r"\b(?:by|from)\s+(?P<agent>.+)$")
_AFTER_AGENT = re.compile(
    r"(?<=[A-Za-z.])\s+(?:released|published|issued|conducted|out|taken|on\s+(?=[a-z])"  # not "Council on Foreign …"
    r"|to\s+(?:the|a|an|his|her|their)\s"  # the one written to: "from Rep. Jim Jordan to the FBI director"
    r"|(?:this|last)\s+(?:week|weekend|month|year|night|morning|afternoon|evening|spring|summer|autumn|fall|winter))\b.*$"
)
# What an agent's "by X" can follow: messages and reckonings ("estimates by the Pomeranian Logistics Association").
_AUTHORED = MESSAGE_NOUNS | frozenset(
    "estimate estimates forecast forecasts projections calculations results statistics".split()
)


# An aside on why a source is unnamed, after it (case-insensitive): "who spoke on condition of anonymity", "speaking
# anonymously", "who asked not to be named because …", "because they were not authorised to speak".
ANONYMITY_ASIDE = (
    r"(?:who|speaking|talking|asking|declining|requesting|on\s+condition|because)\b[^,;:\n]*?"
    r"(?:anonymity|anonymously|(?:not|n't)\s+(?:(?:want|wish)(?:ed|ing)?\s+)?to\s+be\s+(?:named|identified|quoted)"
    r"|not\s+authori[sz]ed)"
)
# A place or time put before the mention, taken in by the tagger: "In Germany, SV Nordheim's sporting director, …".
_FRONTED_PLACE = re.compile(
    latin_classes(
        r"^(?:In|At|On|From|After|Before|During|Across)[ \t]+(?:the[ \t]+)?"
        r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]+[A-Z][\w.]*\.)?"  # "In Washington, D.C.,"
        r"(?:[ \t]+in[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?,[ \t]+"  # "At Valley Mercy Hospital in Mesa,"
    )
)


def _named_body_before(words: list[str]) -> bool:
    """Whether ``words`` end in a body's capitalised name whose place says nothing of which body it is: "National
    Weather Service" (not "government" or "Police", lower-case or alone, nor an embassy, which is its place's)."""
    return (
        len(words) >= 2
        and is_capitalised(words[-1])
        and is_capitalised(words[-2])
        and words[-1].lower() in ORG_WORDS - _PLACED_BODIES
    )


_PLACED_BODIES = frozenset("embassy consulate mission government police office bureau".split())
_BODY_IN_PLACE = re.compile(latin_classes(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$"))
_LEADING_PARTY_TAG = re.compile(latin_classes(r"[RDI]-[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?(?=[,;:]|$)"))


_FRONTED_MESSAGE = re.compile(
    rf"(?:(?:in|on)\s+)?(?:a|an|the)\s+(?:{'|'.join(sorted(MESSAGE_NOUNS, key=len, reverse=True))})", re.IGNORECASE
)


_MEDIUM_AFTER_NAME = re.compile(
    latin_classes(r"\b(?!(?:The|A|An|This|That)\b)[A-Z][\w'’.-]*(\s+(?:newspaper|tabloid|website))$")
)
_OWNERS = frozenset("party government state army military church ministry union".split())  # bodies owning a paper
# A nation's adjective before "newspaper" ("the Russian newspaper"); not "The Guardian", "The Scotsman", "Asahi".
_NATION_ADJECTIVES = {w for w in NATIONALITY_NOUNS if not w.endswith(("man", "woman"))} | frozenset(
    """chinese irish french british japanese spanish turkish iranian syrian saudi korean polish swedish danish finnish
    dutch welsh english scottish arab kurdish afghan iraqi emirati qatari lebanese jordanian palestinian""".split()
)
_IN_PLACE_AT_END = re.compile(latin_classes(r"\s(?:in|of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$"))
_ADJECTIVE_BEFORE_COMMA = re.compile(r"(?i:the|a|an)\s+[a-z][a-z-]*")  # "the bespectacled"
_NOUN_AFTER_COMMA = re.compile(r"\s+(?!(?:a|an|the|who|which|and|or|but)\b)[a-z0-9][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,?")


_COMMA = r"(?:(?<!\d),|,(?!\d))"


def core_mention(text: str) -> tuple[str, str | None]:
    """``(the words naming the speaker, an apposition or None)`` of a mention.

    "Rep. Jim Jordan (R-Ohio), an oversight member" → ("Rep. Jim Jordan", "an oversight member");
    "Davis' commentary" → "Davis"; "a report released by the agency" → "the agency";
    "Fox News' Megyn Kelly" → "Megyn Kelly"; "Many of his supporters" → "his supporters";
    "Cameron Easley for Morning Consult" → ("Cameron Easley", "Morning Consult").
    """
    text = _FRONTED_PLACE.sub("", DATELINE.sub("", PARENTHETICAL.sub("", text)))
    # A comma parts off an apposition, not the thousands of a number ("at least 21,000 supporters").
    parts = re.split(rf"{_COMMA}|\s+--\s+|\s+[-–—]\s+", text, maxsplit=1)  # "voters - 62 percent -": a dash's aside
    if len(parts) > 1 and all(map(is_capitalised, parts[0].split())) and not text.startswith(parts[0] + ","):
        # Capitalised words before a spaced dash may be a dateline ("New York – Oscar-winning actress Susan Sarandon")
        parts = re.split(rf"{_COMMA}|\s+--\s+|\s+—\s+", text, maxsplit=1)
    if len(parts) > 1 and _FRONTED_MESSAGE.fullmatch(parts[0].strip()) and re.match(r"\s*[A-Z]", parts[1]):
        # "(In) an email, Nadia Brill, a spokeswoman …": the fronted phrase names no one; but "The statement, issued
        # by the ministry," is the statement
        return core_mention(parts[1])
    if (
        len(parts) > 1
        and _ADJECTIVE_BEFORE_COMMA.fullmatch(parts[0].strip())
        and _NOUN_AFTER_COMMA.fullmatch(parts[1])
        and parts[1].strip(" ,").split()[-1] in PERSON_NOUNS | EPITHET_HEADS
    ):
        parts = [text]  # "the bespectacled, 71-year-old diplomat": words a comma parts, one description
    core, apposition = parts[0].strip(), (parts[1].strip(" ,;:.") if len(parts) > 1 else None)
    places = re.split(r",\s*(?:and\s+)?|\s+and\s+", apposition.lower()) if apposition else []
    if places and all(p in US_STATES | COUNTRIES for p in places) and _IN_PLACE_AT_END.search(core):
        # "A woman in Worcester, Massachusetts": one place; "voters in Alabama, Georgia and Virginia": a list of them
        core, apposition = f"{core}, {apposition}", None
    if apposition and (tag := _LEADING_PARTY_TAG.match(apposition)):
        # "Sen. Mitch McConnell, R-Ky., the majority leader": the party and state are no role, nor is "on Sunday".
        rest = apposition[tag.end() :].strip(" ,;:.")
        apposition = rest if rest and rest.split()[0] not in PREPOSITIONS else None
    if re.fullmatch(r"according(?:\s+to)?", core, re.IGNORECASE):
        return "", apposition  # the cue taken for the source: it names no one
    m = _PERSON_OF.match(core)
    if (
        m
        and looks_like_person(m.group("person"))
        and m.group("person").split()[-1].lower() not in ORG_WORDS | PEOPLE_PLURAL_NOUNS
    ):
        # "Cameron Easley for Morning Consult"; but "Brennan Center for Justice", "Communications Workers of
        # America" are one body
        core = (m.group("job") or "") + m.group("person")
        if m.group("body").split(",")[-1].strip().lower() not in COUNTRIES:  # "of New York" is no job
            apposition = apposition or m.group("body")
    elif (m := _NAME_OF_UNNAMED_BODY.match(core)) and looks_like_person(" ".join(m.group("person").split()[-2:])):
        core = m.group("person")  # "… Anil Baruah of the weather office": the job before the name says more
    elif home := home_after_name(core):
        core = core[:home]  # "political scientist Dossym Satpayev in Almaty", "Jonah Goldberg of the anti-Trump …"
    core = _QUANTIFIED.sub("", core)
    core = _RELATIVE_CLAUSE.sub(lambda m: _identifying_clause(core, m), core)
    core = _PARTICIPLE_CLAUSE.sub("", core)  # "Democrats trying to regain the Senate" → "Democrats"
    core = re.sub(r"\s+(?:in|of|at|on|for|from|to|with)$", "", core)  # "federal prosecutors in" (cut short)
    if (place := _BODY_IN_PLACE.search(core)) and _named_body_before(core[: place.start()].split()):
        core = core[: place.start()]  # "the National Weather Service in Duluth": the body, not where it sits
    words = core.split()
    if words and words[-1].lower() not in MESSAGE_NOUNS and (m := _BY.search(core)):
        if any(w.lower() in _AUTHORED for w in words):
            # "A poll from Marquette Law School released Wednesday": the agent ends before what was done with it
            return _AFTER_AGENT.sub("", m.group("agent")), apposition
    if m := _POSSESSIVE.match(core):
        rest = m.group("rest").split()
        if rest and rest[-1].lower() in MESSAGE_NOUNS:
            return m.group("owner"), apposition
        # "the Railway Operatives' Guild", "The Renal Patients' Voice": a capitalised plural owner is part of the name
        plural_owner = core[m.end("owner")] in "'’" and core[m.end("owner") + 1] != "s"
        named_for_members = (
            plural_owner
            and bool(rest)
            and (
                rest[-1].lower() in ORG_WORDS
                or (is_capitalised(m.group("owner").split()[-1]) and not first_name_gender(rest[0], broad=True))
            )
        )  # not "Senators' Brady Tkachuk"
        if rest and all(is_capitalised(w) for w in rest) and not named_for_members:
            return m.group("rest"), apposition  # "NBC’s Dante Chinni"
    if author := message_author(words):
        return author, apposition
    if (
        core.endswith(("newspaper", "tabloid", "website"))
        and (medium := _MEDIUM_AFTER_NAME.search(core))
        and medium.group(0).split()[0].lower() not in _NATION_ADJECTIVES  # "the Russian newspaper"
        and medium.group(0).split()[0].lower() not in _OWNERS  # "The Communist Party newspaper"
    ):
        core = core[: medium.start(1)]  # "the People's Daily newspaper": the paper's name ("Time magazine" stays)
    return core, apposition


# A sentence's end: a full stop, or a question or exclamation inside a closing mark ("asked: “Who will pay?”"); a bare
# question mark ends a headline that asks.
_SENTENCE_CLOSE = re.compile(r"(?:\.[\"”’')]*|[!?][\"”’')]+)\s*$")
_LINE_WORD = re.compile(latin_classes(r"[A-Za-z][\w'’-]*"))


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of Title Case lines (headlines), whose capitals are not names."""
    ranges, pos = [], 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        words = _LINE_WORD.findall(line)
        title_case = len(words) >= 4 and sum(is_capitalised(w) for w in words) >= 0.8 * len(words)
        # A short first line set off by a blank line is the headline, whatever its case, unless it ends as a
        # sentence does: then it is a short first paragraph ("Anne Smith said the budget would pass.").
        first = (
            n == 0
            and 0 < len(words) <= 15
            and len(lines) > 2
            and not lines[1].strip()
            and not _SENTENCE_CLOSE.search(line)
        )
        if title_case or first:
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def is_common_noun(word: str, index: int) -> bool:
    """Whether ``word`` (at ``index`` in a mention) is a common noun: lowercase, or a capitalised plural that
    opens the mention ("Officials at …"), which is not an organisation word ("Department of …")."""
    if word.islower():
        return True
    return index == 0 and word.endswith("s") and word.lower() not in ORG_WORDS


def one_edit_apart(a: str, b: str) -> bool:
    """Whether one insertion, deletion or substitution turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


# What follows a role's job noun: "Secretary of State", "associate administrator for exploration systems".
_ROLE_COMPLEMENT = re.compile(r"\s(?:of|for|at|with|on)\s")


def role_head(role: str) -> str:
    """The job noun of a role, spelled out: "Israeli Defense Minister" → "minister", "Secretary of State" →
    "secretary", "associate administrator for exploration systems" → "administrator" ("the campaign" is not "Trump
    campaign spokesman")."""
    words = _ROLE_COMPLEMENT.split(spelled_out(role))[0].split()
    return words[-1] if words else ""


def spelled_out(words: str) -> str:
    """Lowercased, abbreviated titles spelled out: "Sen. Graham" → "senator graham"."""
    return " ".join(TITLE_EXPANSIONS.get(w, w) for w in words.lower().split())


# Words of the names of places and premises, in the languages whose particles names borrow: "Rue de la Paix".
_PLACE_WORDS = frozenset(
    "maison rue place banco casa plaza calle avenida via palais château chateau hotel hôtel café cafe".split()
)


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# Places written as initials, which begin teams' and bodies' names: "D.C. United", "L.A. Galaxy", "N.C. State".
_PLACE_INITIALS = frozenset("d.c. l.a. n.y. n.c. s.c. n.j. n.h. n.d. s.d. n.m. w.va. n.y.c.".split())
_TEAM_WORDS = frozenset("united galaxy state giants jets clippers lakers dodgers rams chargers city fc sc".split())


def _is_initials(word: str, k: int, name: list[str]) -> bool:
    """Whether ``word``, all capitals, is a person's initials: "G.K." of "G.K. Butterfield" (first, before a surname
    that names no body), not "U.S." of "U.S. Chamber"."""
    return (
        k == 0
        and len(name) > 1
        and _INITIALS.fullmatch(word) is not None
        and word.lower() not in COUNTRIES | KNOWN_ORGANISATIONS
        and not (word.lower() in _PLACE_INITIALS and name[-1].lower() in _TEAM_WORDS)
        and name[-1].lower() not in ORG_WORDS
    )


def looks_like_person(run: str) -> bool:
    """Whether a capitalised run can name a person: an honorific and a surname, or two name-like words.

    Keeps sentence-initial capitals and headings in capitals out of the antecedent candidates;
    initials ("Robert C. Scott") are fine.
    """
    role, name = split_title(word_tokens(run))
    if not name or name[0].lower() in _NOT_NAME_WORDS or name[-1] == "I":  # "Would I", "Even Friday", "Maybe I"
        return False
    if any(w.lower() in WEEKDAYS for w in name):
        return False  # "Every Tuesday" (a month may be a first name: April Ryan)
    if " ".join(name).lower() in COUNTRIES or known_organisation(name):  # "South Carolina", "Associated Press"
        return False
    # "BORROWING Back" is no name; "Marc Van den Broeck" is, its particles in lower case between capitals (and a
    # surname's joined article: "al-Ansari"), but not "Maison de la Truffe" or "Van den Broeck Street".
    inner = name[1:-1]
    if any(
        (not is_name_word(w) and not (w in inner and w.lower() in NAME_PARTICLES))  # "Majed al-Ansari" is one
        or (w.isupper() and len(w.rstrip(".")) > 1 and not _is_initials(w, k, name))
        for k, w in enumerate(name)
    ):
        return False
    if any(not w[:1].isupper() for w in inner) and {w.lower() for w in name} & (ORG_WORDS | _PLACE_WORDS):
        return False
    return len(name) >= 2 or any(w.lower() in HONORIFICS | TITLE_WORDS or w in CASED_TITLES for w in role)
