"""From raw model spans to attributions: source mentions the model cut short are widened to the name."""

from __future__ import annotations

import pytest

from quotes.attribute import _named_after_according_to, build_attributions, source_span
from quotes.detect import RawQuote
from quotes.text import sentence_starts
from quotes.types import Quote, Span


def built(text: str, start: int, end: int, *, cue: str | None = None):
    """The one attribution built from a raw quote of ``text[start:end]`` with no source, and with the first
    ``cue`` of the text as its cue when given."""
    cue_span = (text.index(cue), text.index(cue) + len(cue)) if cue else None
    raw = RawQuote(pieces=((start, end),), cue=cue_span, source=None, confidence=1.0)
    (attribution,) = build_attributions(text, [raw])
    return attribution


TEXT = (
    "The E.U. leaders met. Ms. Wahl said no. Tim O'Brien said yes. Mr. John F. Smith. He spoke.\nVideos\nAustin said"
    " Briggs-Ellery had a message; a long-term plan."
)


@pytest.mark.parametrize(
    ("cut", "widened"),
    [
        ("U. leader", "E.U. leaders"),  # inside an acronym and inside a word
        ("Ms.", "Ms. Wahl"),  # an honorific introduces the name after it
        ("Ms", "Ms. Wahl"),
        ("'B", "O'Brien"),
        ("Mr", "Mr. John F. Smith"),  # initials stay; the sentence end stops it
        ("Tim", "Tim"),  # a whole word is left alone
        ("Videos\nAustin", "Austin"),  # a page's leftovers before a paragraph break
        ("Briggs", "Briggs-Ellery"),  # a double-barrelled name
        ("long", "long"),  # not a hyphenated common word
    ],
)
def test_source_span_widens_cut_names(cut, widened):
    start = TEXT.index(cut)
    span = source_span(TEXT, (start, start + len(cut)))
    assert span.text == widened
    assert TEXT[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "cue", "widened"),
    [
        ("The spot concludes with a line.", "concludes with", "The spot"),
        ("The 30-second spot, titled “Arrogant,” asks whether he paid.", "asks", "The 30-second spot"),
        ("A senior Pentagon official said the talks went well.", "said", "A senior Pentagon official"),
        ("The, he said, was fine.", None, None),  # no cue after it: "The" alone names no one
        ("The New York Times reported it first.", None, "The New York Times"),  # but a name after it is one
        ("The\nNew York Times reported it first.", None, None),  # on its own line
        ("The\nofficial said so.", "said", None),  # never across a line
        ("The director of the agency of the city said so.", "said", None),  # more than six words: no guess
    ],
)
def test_a_lone_determiner_takes_its_noun_phrase_up_to_the_cue(text, cue, widened):
    determiner = text.split()[0].rstrip(",")
    span = source_span(text, (0, len(determiner)), stop=text.rindex(cue) if cue else None)
    assert (span.text if span else None) == widened
    if span:
        assert text[span.start : span.end] == span.text


def test_a_source_mention_keeps_no_markdown_link_bracket():
    text = "[Mayor Ann Lee](https://example.com/lee) said the park would stay open."
    span = source_span(text, (0, text.index("https") - 1))
    assert span.text == "Mayor Ann Lee" and text[span.start : span.end] == span.text


def test_a_source_mention_loses_the_dateline_it_opens_with():
    text = "BRUSSELS - European leaders gathered Friday to discuss defense."
    span = source_span(text, (0, text.index(" gathered")))
    assert span.text == "European leaders" and text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "tagged", "mention"),
    [
        ("“We are ready,” said David Kim. Fans cheered.", "David Kim. Fans", "David Kim"),  # the next sentence out
        ("“We are ready,” said Bo Lin.", "Bo Lin.", "Bo Lin"),  # the sentence's full stop out
        ("“It is done,” said Martin Luther King Jr.", "Martin Luther King Jr.", "Martin Luther King Jr."),
        (
            "“It is done,” said Martin Luther King Jr. The crowd cheered.",
            "Martin Luther King Jr. The crowd",
            "Martin Luther King Jr.",
        ),  # a name's suffix ends it, however many words run past
        ("“We are ready,” said Sen. Elizabeth Warren.", "Sen. Elizabeth Warren", "Sen. Elizabeth Warren"),
        # From the review: abbreviations the splitter does not know keep the name after them, a state its stop.
        ("“We are ready,” said Supt. Kent Scribner.", "Supt. Kent Scribner.", "Supt. Kent Scribner"),
        (
            "“We grew,” said Hyundai Motor Co. Chairman Chung Eui-sun.",
            "Hyundai Motor Co. Chairman Chung Eui-sun.",
            "Hyundai Motor Co. Chairman Chung Eui-sun",
        ),
        (
            "“We will act,” said Sen. Elizabeth Warren, D-Mass.",
            "Sen. Elizabeth Warren, D-Mass.",
            "Sen. Elizabeth Warren, D-Mass.",
        ),
    ],
)
def test_a_source_after_its_cue_ends_with_its_sentence(text, tagged, mention):
    from quotes.text import sentence_starts

    start = text.index(tagged)
    span = source_span(text, (start, start + len(tagged)), stop=text.index("said"), starts=sentence_starts(text))
    assert span.text == mention and text[span.start : span.end] == span.text


def test_source_span_of_nothing():
    assert source_span(TEXT, None) is None
    assert source_span(TEXT, (3, 4)) is None  # only a space


@pytest.mark.parametrize(
    ("text", "piece", "quote_text"),
    [
        ("He said they would talk, and he left.", "they would talk,", "they would talk"),
        ("He called it “meaty,” and left.", "it “meaty,”", "it “meaty,”"),  # the closing mark stays
        ("“We will win,” he said.", "“We will win,”", "We will win"),
    ],
)
def test_predicted_quotes_end_before_a_trailing_comma(text, piece, quote_text):
    start = text.index(piece)
    attribution = built(text, start, start + len(piece), cue="said" if "said" in text else "called")
    assert attribution.quote.text == quote_text
    assert text[attribution.quote.start : attribution.quote.end] == quote_text


@pytest.mark.parametrize(
    ("text", "piece", "mention"),
    [
        (
            "Budgets grew. But McConnell had long been a voice in support of the sanctions.",
            "support of the sanctions",
            "McConnell",
        ),
        (
            "Trump knows there are people who think in stark terms.",
            "there are people who think in stark terms",
            "Trump",
        ),
        ("In Ohio, the vote was close and turnout was high.", "turnout was high", None),  # no name opens it
        # Past a dateline, and past an apposition before the verb.
        (
            "AUSTINVILLE, Texas, May 14 — Brightwell Robotics, a maker of robots, today announced that it had "
            "raised $120 million.",
            "that it had raised $120 million",
            "Brightwell Robotics",
        ),
        # Past a phrase fronted before the subject.
        (
            "In it, O'Donnell departed from the story and instead portrayed the developer as a crude bully.",
            "the developer as a crude bully",
            "O'Donnell",
        ),
        (
            "As the crowd began to chant, Silverman was joined on stage and joked that they were being ridiculous.",
            "that they were being ridiculous",
            "Silverman",
        ),
        # Past a conjunction and an adverb of time.
        (
            "And now Mr. Manafort has taken on a larger campaign, seeking to turn Donald J. Trump into a winner.",
            "to turn Donald J. Trump into a winner",
            "Mr. Manafort",
        ),
    ],
)
def test_a_paraphrase_without_source_takes_its_sentence_subject(text, piece, mention):
    start = text.index(piece)
    # With no source found, a cue keeps the paraphrase (see the dropping test below).
    attribution = built(text, start, start + len(piece), cue=None if mention else "was")
    found = attribution.speaker.mention if attribution.speaker else None
    assert (found.text if found else None) == mention
    if found:
        assert text[found.start : found.end] == found.text


def test_a_time_is_no_source():
    """The tagger's "today" of "Brightwell Robotics, a maker of robots, today announced" is no source mention: the
    sentence subject is."""
    text = "Brightwell Robotics, a maker of robots, today announced that it had raised $120 million."
    piece, cue, today = text.index("that it had"), text.index("announced"), text.index("today")
    raw = RawQuote(pieces=((piece, len(text) - 1),), cue=(cue, cue + 9), source=(today, today + 5), confidence=1.0)
    (attribution,) = build_attributions(text, [raw])
    assert attribution.speaker.mention.text == "Brightwell Robotics"


def test_a_direct_quote_without_source_stays_without():
    text = "Trump said it twice. “We will win.”"
    start = text.index("“We")
    attribution = built(text, start, len(text))
    assert attribution.speaker is None or attribution.speaker.mention is None


@pytest.mark.parametrize(
    ("text", "quote_text"),
    [
        ("WASHINGTON – U.S. leaders pressed Israel to wait, an official said.", "U.S. leaders pressed Israel to wait"),
        ("WASHINGTON (AP) — Talks will go on, he said.", "Talks will go on"),
        ("NATO leaders will meet, he said.", "NATO leaders will meet"),  # capitals, but no dash: no dateline
    ],
)
def test_a_dateline_is_no_part_of_a_quote(text, quote_text):
    end = text.index(quote_text) + len(quote_text)
    attribution = built(text, 0, end, cue="said")
    assert attribution.quote.text == quote_text
    assert text[attribution.quote.start : attribution.quote.end] == quote_text


@pytest.mark.parametrize(
    ("text", "cue", "mention"),
    [
        ("In his speech, Trump argued that taxes were too high.", "argued", "Trump"),  # the name right before the cue
        ("The officials said that taxes were too high.", "said", None),
        ("It was clear that taxes were too high.", "was clear", None),
        ("March was the month when taxes were too high.", "was", None),
    ],
)
def test_no_function_word_becomes_a_subject(text, cue, mention):
    piece = "taxes were too high"
    start = text.index(piece)
    attribution = built(text, start, start + len(piece), cue=cue)
    found = attribution.speaker.mention if attribution.speaker else None
    assert (found.text if found else None) == mention


@pytest.mark.parametrize(
    ("text", "piece", "cue", "kept"),
    [
        ("It is not clear what impact the talks will have.", "what impact the talks will have", None, False),
        ("Officials said the talks were useful.", "the talks were useful", "said", True),
        ("“The talks were useful.” Then the meeting ended.", "“The talks were useful.”", None, True),  # direct
    ],
)
def test_a_paraphrase_with_neither_cue_nor_source_is_dropped(text, piece, cue, kept):
    start = text.index(piece)
    cue_span = (text.index(cue), text.index(cue) + len(cue)) if cue else None
    raw = RawQuote(pieces=((start, start + len(piece)),), cue=cue_span, source=None, confidence=1.0)
    assert len(build_attributions(text, [raw])) == int(kept)


def test_a_paraphrase_on_a_sourced_quotes_cue_without_a_source_is_dropped():
    text = "The minister was receptive, the official said, but it is not clear what impact the talks will have."
    cue = (text.index("said"), text.index("said") + 4)
    official = (text.index("the official"), text.index("the official") + 12)
    sourced = RawQuote(pieces=((0, text.index(",")),), cue=cue, source=official, confidence=1.0)
    start = text.index("what impact")
    stray = RawQuote(pieces=((start, len(text) - 1),), cue=cue, source=None, confidence=1.0)
    (kept,) = build_attributions(text, [sourced, stray])
    assert kept.quote.text == "The minister was receptive"
    assert kept.speaker.mention.text == "the official"


@pytest.mark.parametrize(
    ("text", "piece", "cue", "quote_text", "cue_text"),
    [
        # A preposition tagged as both cue and content belongs to the cue, as annotators mark it.
        ("Trump called for steep new tariffs on goods.", "for steep new tariffs on goods", "called for",
         "steep new tariffs on goods", "called for"),
        ("She was asked about all four candidates.", "about all four candidates", "asked about",
         "all four candidates", "asked about"),
        # An infinitive's "to" belongs to the content: what was declined is "to comment".
        ("The official declined to comment.", "to comment", "declined to", "to comment", "declined"),
        # A cue inside a piece splits it.
        ("They would, he said quietly, leave.", "They would, he said quietly, leave", "he said quietly",
         "They would, he said quietly, leave", "he said quietly"),
    ],
)  # fmt: skip
def test_a_quote_never_holds_its_own_cue(text, piece, cue, quote_text, cue_text):
    attribution = built(text, text.index(piece), text.index(piece) + len(piece), cue=cue)
    assert attribution.quote.text == quote_text
    assert attribution.cue.text == cue_text
    cue_span = attribution.cue
    assert all(not (p.start < cue_span.end and cue_span.start < p.end) for p in attribution.quote.pieces())


@pytest.mark.parametrize(
    ("text", "piece", "cue", "quote_text", "cue_text"),
    [
        ("Protesters were calling for sanctions on Russia.", "for sanctions on Russia", "calling",
         "sanctions on Russia", "calling for"),
        ("Aides worried about a lack of passion.", "about a lack of passion", "worried",
         "a lack of passion", "worried about"),
        ("He said for now the talks go on.", "for now the talks go on", "said", "for now the talks go on", "said"),
    ],
)  # fmt: skip
def test_a_preposition_after_the_cue_is_the_cues(text, piece, cue, quote_text, cue_text):
    attribution = built(text, text.index(piece), text.index(piece) + len(piece), cue=cue)
    assert (attribution.quote.text, attribution.cue.text) == (quote_text, cue_text)


@pytest.mark.parametrize(
    ("text", "piece", "cue", "quote_text", "cue_text"),
    [
        # The hearer of "told" is neither what was said nor the cue.
        ("Smith told the Times that Carter believes it.", "the Times that Carter believes it", "told",
         "that Carter believes it", "told"),
        ("She tells voters she is with them.", "voters she is with them", "tells", "she is with them", "tells"),
        ("He told them Clinton has allies.", "them Clinton has allies", "told", "Clinton has allies", "told"),
        # "about" goes to the cue with the hearer.
        ("Lauer asked Clinton about her emails.", "Clinton about her emails", "asked", "her emails",
         "asked Clinton about"),
        # "asked them to …": what they were asked to do keeps them, as the annotators read it.
        ("They asked them to support another candidate.", "them to support another candidate", "asked",
         "them to support another candidate", "asked"),
        # The time of saying is the cue's.
        ("The official said Friday that hackers struck.", "Friday that hackers struck", "said",
         "that hackers struck", "said Friday"),
        ("Aides said on Tuesday night the plan works.", "on Tuesday night the plan works", "said",
         "the plan works", "said on Tuesday night"),
        # A paraphrase never opens with a comma.
        ("According to the data, Christians are few.", ", Christians are few", "According to",
         "Christians are few", "According to"),
    ],
)  # fmt: skip
def test_the_seam_between_cue_and_paraphrase(text, piece, cue, quote_text, cue_text):
    attribution = built(text, text.index(piece), text.index(piece) + len(piece), cue=cue)
    assert (attribution.quote.text, attribution.cue.text) == (quote_text, cue_text)
    assert text[attribution.quote.start : attribution.quote.end] == attribution.quote.text

    assert source_span(TEXT, (3, 4)) is None  # only a space


@pytest.mark.parametrize(
    ("text", "piece", "cue", "quote_text"),
    [
        # Stopped on a word no clause ends with: run on to the clause's end.
        ("He faced questions about a foundation that bears his name.", "a foundation that bears his",
         "faced questions about", "a foundation that bears his name"),
        ("Officials said growth fell from the IMF's last estimate, then rose.", "growth fell from", "said",
         "growth fell from the IMF's last estimate"),
        # Never across a quotation mark, nor past an abbreviation's period, nor into the cue.
        ("Officials said the vote was a sign of “hope.”", "the vote was a sign of", "said", "the vote was a sign of"),
        ("Officials said the vote was held by Mr. Smith today.", "the vote was held by", "said",
         "the vote was held by"),
        ("Taxes will rise for the rich said Smith.", "Taxes will rise for", "said", "Taxes will rise for"),
        # A clause may end on any other word.
        ("Officials said the vote was held today, and more.", "the vote was held", "said", "the vote was held"),
    ],
)  # fmt: skip
def test_a_paraphrase_cut_short_runs_to_its_clause_end(text, piece, cue, quote_text):
    attribution = built(text, text.index(piece), text.index(piece) + len(piece), cue=cue)
    assert attribution.quote.text == quote_text


def _sourced(text: str, piece: str, cue: str, source: str) -> list:
    """The attributions built from one raw paraphrase ``piece`` with its ``cue`` and ``source`` (first of each)."""

    def span(s: str) -> tuple[int, int]:
        return text.index(s), text.index(s) + len(s)

    raw = RawQuote(pieces=(span(piece),), cue=span(cue), source=span(source), confidence=1.0)
    return build_attributions(text, [raw])


@pytest.mark.parametrize(
    ("text", "source", "piece", "expected"),
    [
        # "and <verb of saying>" opens a second report of the same speaker, with that verb as its cue.
        ("Machado promised to keep supporting Clinton and said she would stand up to the attacks.", "Machado",
         "to keep supporting Clinton and said she would stand up to the attacks",
         [("to keep supporting Clinton", "promised"), ("she would stand up to the attacks", "said")]),
        # The cue conventions hold for the second cue too: "pressed for" takes its preposition.
        ("U.S. leaders warned against an invasion of Rafah and pressed for a more precise operation.", "U.S. leaders",
         "an invasion of Rafah and pressed for a more precise operation",
         [("an invasion of Rafah", "warned against"), ("a more precise operation", "pressed for")]),
        # Quoted words are not the reporter's verb; nor is "and said" with nothing after it worth a quote.
        ("Smith warned that the plan “fails and says nothing” to voters.", "Smith",
         "that the plan “fails and says nothing” to voters",
         [("that the plan “fails and says nothing” to voters", "warned")]),
        ("Smith warned that taxes rise and said so.", "Smith", "that taxes rise and said so",
         [("that taxes rise and said so", "warned")]),
    ],
)  # fmt: skip
def test_a_paraphrase_with_a_second_verb_of_saying_is_two_reports(text, source, piece, expected):
    attributions = _sourced(text, piece, expected[0][1], source)
    assert [(a.quote.text, a.cue.text) for a in attributions] == expected
    assert len({a.speaker.mention for a in attributions}) == 1, "both reports keep the one source mention"
    for a in attributions:
        assert text[a.quote.start : a.quote.end] == a.quote.text and text[a.cue.start : a.cue.end] == a.cue.text


@pytest.mark.parametrize(
    ("text", "source", "piece", "expected"),
    [
        # A paraphrase the tagger runs on into the next sentence's quotation: that quotation is attributed on its
        # own, right after it, so it is a second report with that cue and source.
        ("Kerr said the problem was not new. “I warned about this,” she said. “Nobody listened.”", "Kerr",
         "the problem was not new. “I warned about this,”",
         [("the problem was not new", "said", "Kerr", "indirect"), ("I warned about this", "said", "she", "direct")]),
        ("Trump said NATO may need to shrink.  “We can’t afford it,” Trump said, adding more.", "Trump",
         "NATO may need to shrink.  “We can’t afford it,”",
         [("NATO may need to shrink", "said", "Trump", "indirect"), ("We can’t afford it", "said", "Trump", "direct")]),
        # British marks, the comma outside them; a source named after the verb.
        ("Holt argued the plan was ‘fair’. ‘We will not blink,’ said Mr Holt, smiling.", "Holt",
         "the plan was ‘fair’. ‘We will not blink,’",
         [("the plan was ‘fair’", "argued", "Holt", "mixed"), ("We will not blink", "said", "Mr Holt", "direct")]),
        # "told" and its hearer attribute the quotation too; however short the paraphrase, it is one, unless it is
        # a verb's object ("credited the fans").
        ("Mayor Ann Lee said she agreed. “We will keep the park safe,” Lee said.", "Mayor Ann Lee",
         "she agreed. “We will keep the park safe,”",
         [("she agreed", "said", "Mayor Ann Lee", "indirect"),
          ("We will keep the park safe", "said", "Lee", "direct")]),
        ("Lee welcomed the new figures. “There is more to do,” she told the BBC.", "Lee",
         "the new figures. “There is more to do,”",
         [("the new figures", "welcomed", "Lee", "indirect"), ("There is more to do", "told", "she", "direct")]),
        ("Lee welcomed the new figures. “There is more to do,” she told him.", "Lee",
         "the new figures. “There is more to do,”",
         [("the new figures", "welcomed", "Lee", "indirect"), ("There is more to do", "told", "she", "direct")]),
        # Straight single marks (British copy), a source named with its body, and verbs beyond "said" after a
        # quotation (user audit, 2026-12-07): the second speaker had vanished into the first one's record.
        ("Huang said prices would fall. 'It is not a silver bullet,' said Tom Berry of the Property Council.", "Huang",
         "prices would fall. 'It is not a silver bullet,'",
         [("prices would fall", "said", "Huang", "indirect"),
          ("It is not a silver bullet", "said", "Tom Berry of the Property Council", "direct")]),
        ('Experts said it would go far. "This is the question," said Hannah Cole of the University of Texas law '
         "school.", "Experts", 'it would go far. "This is the question,"',
         [("it would go far", "said", "Experts", "indirect"),
          ("This is the question", "said", "Hannah Cole of the University of Texas law school", "direct")]),
        ("Watkins said he was exacting. “He'd make us do a take 30 times,” Mr. Watkins recalled.", "Watkins",
         "he was exacting. “He'd make us do a take 30 times,”",
         [("he was exacting", "said", "Watkins", "indirect"),
          ("He'd make us do a take 30 times", "recalled", "Mr. Watkins", "direct")]),
        ("Adeyemi said she backed the strike. “If we don't fight now, when?” she asked.", "Adeyemi",
         "she backed the strike. “If we don't fight now, when?”",
         [("she backed the strike", "said", "Adeyemi", "indirect"),
          ("If we don't fight now, when?", "asked", "she", "direct")]),
        # A quotation that ends its sentence: only "said" and its like attribute it, not the next sentence's verb.
        ('Kerr said the union was ready. "We will win this." The strike continued.', "Kerr",
         'the union was ready. "We will win this."',
         [('the union was ready. "We will win this."', "said", "Kerr", "mixed")]),
        # No attribution after the quotation: it stays with the paraphrase (a run-on of the same report).
        ("Kerr said the problem was not new. “I warned about this.” The review began.", "Kerr",
         "the problem was not new. “I warned about this.”",
         [("the problem was not new. “I warned about this.”", "said", "Kerr", "mixed")]),
        # "but Smith said" opens another report, not this quotation's attribution.
        ("Kerr said it was old. “I warned,” but Smith said no.", "Kerr", "it was old. “I warned,”",
         [("it was old. “I warned,”", "said", "Kerr", "mixed")]),
    ],
)  # fmt: skip
def test_a_paraphrase_run_into_an_attributed_quotation_is_two_reports(text, source, piece, expected):
    attributions = _sourced(text, piece, expected[0][1], source)
    got = [(a.quote.text, a.cue.text, a.speaker.mention.text, a.quote.kind) for a in attributions]
    assert got == expected
    for a in attributions:
        assert text[a.quote.start : a.quote.end] == a.quote.text and text[a.cue.start : a.cue.end] == a.cue.text
        assert text[a.speaker.mention.start : a.speaker.mention.end] == a.speaker.mention.text


@pytest.mark.parametrize(
    ("text", "piece", "quote_text"),
    [
        ("Officials said the rules apply.", "the rules apply.", "the rules apply"),
        ("She said the plans were ‘fair’.", "the plans were ‘fair’.", "the plans were ‘fair’"),
        # A stop that is not the sentence's stays: an abbreviation's, an initial's, an ellipsis, a quotation's.
        ("He said they moved to the U.S.", "they moved to the U.S.", "they moved to the U.S."),
        ("He said it was Acme Inc.", "it was Acme Inc.", "it was Acme Inc."),
        ("He said they were going...", "they were going...", "they were going..."),
        ("She said it was signed by John F.", "it was signed by John F.", "it was signed by John F."),
        ("He said the show was “good.”", "the show was “good.”", "the show was “good.”"),
    ],
)  # fmt: skip
def test_a_paraphrase_ends_before_its_sentences_full_stop(text, piece, quote_text):
    attribution = built(text, text.index(piece), text.index(piece) + len(piece), cue="said")
    assert attribution.quote.text == quote_text


def test_the_split_keeps_an_abbreviations_stop_and_ends_the_quotation_at_its_mark():
    text = "Kerr said the money went to the U.S. “I warned about this,” she said. More followed."
    attributions = _sourced(text, "the money went to the U.S. “I warned about this,” she said", "said", "Kerr")
    assert [(a.quote.text, a.quote.kind, a.cue.text) for a in attributions] == [
        ("the money went to the U.S.", "indirect", "said"),
        ("I warned about this", "direct", "said"),
    ]
    assert attributions[1].cue.start > attributions[1].quote.end, "the quotation holds none of its attribution"


@pytest.mark.parametrize(
    ("text", "piece", "cue"),
    [
        ("One of them, who asked not to be named because the plans are private, said it was close.", "to be", "asked"),
        ("An aide, who asked not to be identified for fear of losing her job, said so.",
         "to be identified for fear of losing her job", "asked"),
        ("It is close, according to people familiar with it, who asked not to be identified.",
         "who asked not to be identified", "asked"),
        ("An official, speaking on condition of anonymity because he was not authorized to speak, said so.",
         "anonymity because he was not authorized to speak", "speaking"),
    ],
)  # fmt: skip
def test_how_a_source_is_kept_anonymous_is_no_quote(text, piece, cue):
    start = text.index(piece)
    raw = RawQuote(pieces=((start, start + len(piece)),), cue=(text.index(cue), text.index(cue) + len(cue)),
                   source=None, confidence=1.0)  # fmt: skip
    assert build_attributions(text, [raw]) == []


@pytest.mark.parametrize(
    ("text", "tagged", "mention"),
    [
        # The tagger's source inside the aside, or none: the source is what opens the sentence before the aside.
        ("One of the people, who asked not to be named because the plans are not public, said it was close.",
         "the plans", "One of the people"),
        ("An official, speaking on condition of anonymity because he was not authorized to speak, said it was close.",
         None, "An official"),
        # Nor is it the pronoun of the quotation after the sentence.
        ("One nurse, who asked not to be named, said it was close. “We are tired,” she said.", "she", "One nurse"),
        ("One neighbour, who did not want to be named, said it was close. “I ran out,” she said.", "she",
         "One neighbour"),
        # A source the tagger found outside the aside stays.
        ("A senior official, who asked not to be identified, said it was close.", "A senior official",
         "A senior official"),
    ],
)  # fmt: skip
def test_the_source_of_a_quote_is_not_in_its_anonymity_aside(text, tagged, mention):
    piece, cue = text.index("it was close"), text.index("said")
    source = (text.index(tagged), text.index(tagged) + len(tagged)) if tagged else None
    raw = RawQuote(pieces=((piece, piece + 12),), cue=(cue, cue + 4), source=source, confidence=1.0)
    (attribution,) = build_attributions(text, [raw])
    span = attribution.speaker.mention
    assert span.text == mention and text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "piece", "source"),
    [
        # A byline names the writer, who says nothing there.
        ("Council votes on park\n\nBy Jane Smith, Staff Writer\n\nThe council voted on Monday.", "By Jane Smith",
         "Jane Smith"),
        # No cue, and a source paragraphs later: a headline over a caption's name, no quote of that person.
        ("Council votes on park\n\nMayor Ann Lee speaks on Monday.", "Council votes on park", "Mayor Ann Lee"),
    ],
)  # fmt: skip
def test_a_byline_or_a_headline_linked_to_a_later_name_is_no_quote(text, piece, source):
    start, at = text.index(piece), text.index(source, text.index(piece) + 1)
    raw = RawQuote(pieces=((start, start + len(piece)),), cue=None, source=(at, at + len(source)), confidence=1.0)
    assert build_attributions(text, [raw]) == []


def test_a_verbs_short_object_run_into_an_attributed_quotation_leaves_the_quotation_alone():
    text = "Lee credited the fans. “They carried us,” she told reporters."
    attributions = _sourced(text, "the fans. “They carried us,”", "credited", "Lee")
    assert [(a.quote.text, a.cue.text, a.speaker.mention.text) for a in attributions] == [
        ("They carried us", "told", "she")
    ]


@pytest.mark.parametrize(
    ("text", "tagged", "mention"),
    [
        # From the review: a sentence opened by a place or a time keeps the source the tagger found.
        ("In Kabul, a police officer who spoke on condition of anonymity, said it was close.",
         "a police officer who spoke on condition of anonymity",
         "a police officer who spoke on condition of anonymity"),
        ("On Monday, officials speaking on condition of anonymity, said it was close.", "officials", "officials"),
        # A suffix that no sentence opener follows belongs to the name after it; a paragraph's end ends the source.
        ("“Kids need fields,” said Cal Ripken Sr. Foundation president Steve Salem.",
         "Cal Ripken Sr. Foundation president Steve Salem.", "Cal Ripken Sr. Foundation president Steve Salem"),
        ("“We are ready,” said Harry Connick Jr.\n\nThe concert began.", "Harry Connick Jr.\n\nThe concert",
         "Harry Connick Jr."),
    ],
)  # fmt: skip
def test_review_cases_of_the_source_rules(text, tagged, mention):
    cue = text.index("said")
    piece = text.index("it was close") if "it was close" in text else 1
    end = piece + 12 if "it was close" in text else text.index("”")
    raw = RawQuote(pieces=((piece, end),), cue=(cue, cue + 4),
                   source=(text.index(tagged), text.index(tagged) + len(tagged)), confidence=1.0)  # fmt: skip
    (attribution,) = build_attributions(text, [raw])
    span = attribution.speaker.mention
    assert span.text == mention and text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "piece", "kept"),
    [
        ("Mike Smith said anonymity laws must change.", "anonymity laws must change", True),  # what was said
        ("Council votes\n\nBy Monday, the mayor said, the park would reopen.", "the park would reopen", True),
    ],
)
def test_review_cases_of_the_drop_rules(text, piece, kept):
    start, cue = text.index(piece), text.index("said")
    raw = RawQuote(pieces=((start, start + len(piece)),), cue=(cue, cue + 4), source=None, confidence=1.0)
    assert len(build_attributions(text, [raw])) == int(kept)


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("WASHINGTON – U.S. leaders met.", "WASHINGTON – "),
        ("NEW YORK, Jan. 5 — The city will close shelters.", "NEW YORK, Jan. 5 — "),
        ("BRISBANE, March 12 (Southern Cross Wire) - A court ruled.", "BRISBANE, March 12 (Southern Cross Wire) - "),
        ("COLUMBUS, Ohio — The state sued.", "COLUMBUS, Ohio — "),
        ("NHS Must Change Or Die — Streeting", None),  # a headline, its capitals an acronym
    ],
)
def test_a_dateline_is_capitals_then_a_region_and_date(line, dateline):
    from quotes.text import DATELINE

    found = DATELINE.match(line)
    assert (found.group(0) if found else None) == dateline


def test_what_a_source_was_unnamed_for_is_no_quote():
    """ "on condition of anonymity to describe ⟦a private meeting⟧" says why the source is unnamed: that piece goes,
    and a real piece the tagger joined to it stays."""
    text = (
        "Austin spoke, said the official, who spoke on condition of anonymity to describe a private meeting. A "
        "federal official, who was not authorized to discuss the file, said the holdup was over costs."
    )
    meeting, file_, holdup = (text.index(w) for w in ("a private meeting", "the file", "the holdup"))
    said = text.index("said the holdup")
    alone = RawQuote(pieces=((meeting, meeting + 17),), cue=(said, said + 4), source=None, confidence=1.0)
    joined = RawQuote(
        pieces=((file_, file_ + 8), (holdup, len(text) - 1)), cue=(said, said + 4), source=None, confidence=1.0
    )
    quotes = [a.quote.text for a in build_attributions(text, [alone, joined])]
    assert quotes == ["the holdup was over costs"]


def test_a_dateline_is_no_source_and_according_to_names_what_follows():
    """The tagger's "PHOENIX" of a dateline is no source; an "according to" cue then names what follows it."""
    text = (
        "PHOENIX — Heat visits more than doubled between 2013 and 2023, according to a study released Tuesday by "
        "the Desert Southwest Institute for Occupational Health."
    )
    piece, cue = text.index("Heat visits"), text.index("according to")
    raw = RawQuote(pieces=((piece, text.index(", according")),), cue=(cue, cue + 12), source=(0, 7), confidence=1.0)
    (attribution,) = build_attributions(text, [raw])
    mention = attribution.speaker.mention
    assert mention.text == "a study released Tuesday by the Desert Southwest Institute for Occupational Health"
    assert mention.start == text.index("a study")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sales fell, according to data from Acme Inc. The firm said it would act.", "data from Acme Inc"),
        ("Sales fell, according to a study! Wow.", "a study"),
        ("Sales fell, according to a study—and rising.", "a study"),
        ("Sales fell, according to a study.” He left.", "a study"),
        ("Sales fell, according to the Maricopa County Council\r\nNext", "the Maricopa County Council"),
        ("Sales fell, according to a speech Mrs. Clinton gave in July.", "a speech Mrs. Clinton gave in July"),
        ("Sales fell, according to…", None),
    ],
)
def test_what_according_to_introduces_ends_with_its_clause(text, source):
    cue_at = text.index("according to")
    found = _named_after_according_to(text, Span.of(text, cue_at, cue_at + 12), Quote("Sales fell", 0, 10),
                                      sentence_starts(text))  # fmt: skip
    assert (found.text if found else None) == source
    assert found is None or found.start == text.index(source)


def test_what_according_to_introduces_stops_at_the_quote_after_it():
    text = "PHOENIX — According to the council heat visits more than doubled."
    cue_at, quote_at = text.index("According"), text.index("heat")
    found = _named_after_according_to(text, Span.of(text, cue_at, cue_at + 12), Quote("heat visits", quote_at,
                                      quote_at + 11), sentence_starts(text))  # fmt: skip
    assert found.text == "the council"


@pytest.mark.parametrize(
    ("text", "piece", "cue", "source", "expected"),
    [
        ("Mayor Ann Lee was warned by engineers that the bridge could collapse.", "that the bridge could collapse",
         "was warned by", "Mayor Ann Lee", "engineers"),
        ("Farmers have been warned that this summer could be dry.", "that this summer could be dry",
         "have been warned", "Farmers", None),
        ("The minister was told by the city's chief engineer, Tom Hale, that the bridge was safe.",
         "that the bridge was safe", "was told by", "The minister", "the city's chief engineer, Tom Hale"),
    ],
)  # fmt: skip
def test_the_one_warned_is_not_the_source(text, piece, cue, source, expected):
    """A passive cue of hearing: the one "by" names said it; without one the report has no source (user audit,
    2026-12-07: the mayor warned by engineers had become the speaker)."""
    (a,) = _sourced(text, piece, cue, source)
    assert (a.speaker.mention.text if a.speaker else None) == expected


def test_an_anonymity_aside_run_into_the_cue_is_left_out():
    """The tagger ran "who was not authorized to speak" into the source and the cue (user audit, 2026-12-07)."""
    text = "A city official who was not authorized to speak publicly said the gap could grow."
    (a,) = _sourced(text, "the gap could grow", "was not authorized to speak publicly said", "A city official who was")
    assert (a.speaker.mention.text, a.cue.text) == ("A city official", "said")


def _two_pieces(text: str, pieces: tuple[str, str], cue: str, source: str) -> list:
    """The attributions built from two raw quotes, ``pieces``, each linked on its own to ``cue`` and ``source``."""

    def span(s: str) -> tuple[int, int]:
        return text.index(s), text.index(s) + len(s)

    raws = [
        RawQuote(pieces=(span(p),), cue=span(cue), source=span(source), confidence=c)
        for p, c in zip(pieces, (0.9, 0.7), strict=True)
    ]
    return build_attributions(text, raws)


@pytest.mark.parametrize(
    ("text", "pieces", "cue", "source", "joined"),
    [
        # Either side of "she said" in one sentence: one quote in two parts.
        ('Dora Varga had a cramp. "It was nothing serious," she said, "but I needed to get it taped."',
         ("It was nothing serious", "but I needed to get it taped."), "said", "she", True),
        # A day and a time of saying may lie between.
        ("“We will appeal,” Ms. Brooks said on Friday, “and we will win.”", ("We will appeal", "and we will win."),
         "said", "Ms. Brooks", True),
        # A new sentence after the attribution is a run-on, a record of its own.
        ("“We will appeal,” Ms. Brooks said. “We will win.”", ("We will appeal", "We will win."), "said",
         "Ms. Brooks", False),
        # More than a few words between the attribution and the second piece: left apart, since a long aside may
        # hold another saying.
        ("“We will appeal,” Ms. Brooks said as she left the courthouse with her client, “and we will win.”",
         ("We will appeal", "and we will win."), "said", "Ms. Brooks", False),
        # Words that make the second piece another saying.
        ("“We will appeal,” Ms. Brooks said, adding, “We will win on Monday.”", ("We will appeal",
         "We will win on Monday."), "said", "Ms. Brooks", False),
        ("“No comment,” the senator said, then “Go away.”", ("No comment", "Go away."), "said", "the senator", False),
        # A quotation and a paraphrase of the same speaker are two reports.
        ("“I am fine,” she said, but she would rest until Sunday.", ("I am fine", "she would rest until Sunday"),
         "said", "she", False),
    ],
)  # fmt: skip
def test_pieces_either_side_of_their_attribution_are_one_quote(text, pieces, cue, source, joined):
    out = _two_pieces(text, pieces, cue, source)
    if joined:
        (quote,) = out
        assert [p.text for p in quote.quote.parts] == list(pieces) and quote.quote.kind == "direct"
        assert quote.confidence == 0.7 and all(text[p.start : p.end] == p.text for p in quote.quote.parts)
    else:
        assert len(out) == 2


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # The one "told" names after it heard the quote; the one before the cue said it.
        ("“It’s doable,” Risch told The Spokesman-Review on Monday.", "The Spokesman-Review", "Risch"),
        ("“I found myself,” Butz told The Huffington Post.", "The Huffington Post", "Butz"),
        ("“It’s doable,” she told The Spokesman-Review.", "The Spokesman-Review", "she"),
    ],
)  # fmt: skip
def test_the_hearer_of_told_is_no_source(text, source, expected):
    piece = text[1 : text.index("”") - 1]
    (attribution,) = _sourced(text, piece, "told", source)
    mention = attribution.speaker.mention.text if attribution.speaker and attribution.speaker.mention else None
    assert mention == expected


@pytest.mark.parametrize(
    ("text", "cue", "mention"),
    [
        # A participle opening its sentence shares the subject that follows its clause.
        ("Trump spoke. Claiming the criticism of Lauer is unfair, Trump told Fox that they hit Matt.", "Claiming",
         "Trump"),
        # Not a participle inside the sentence, whose subject is someone else's: no source rather than a guess.
        ("The fracas erupted after the tycoon entered the race, calling the critics rapists, Ramos said.", "calling",
         None),
    ],
)  # fmt: skip
def test_an_opening_participle_shares_the_subject_after_its_clause(text, cue, mention):
    start = text.index(cue) + len(cue) + 1
    end = text.index(",", start)
    attribution = built(text, start, end, cue=cue)
    assert (attribution.speaker.mention.text if attribution.speaker else None) == mention


@pytest.mark.parametrize(
    ("text", "cue", "source", "expected"),
    [
        # The owner of a noun of saying said it, whatever the sentence's subject.
        ("Politifact did a fact-check on Donald Trump’s claim that there were thousands of shootings.", "claim",
         "Politifact", "Donald Trump’s"),
        ("Reporters doubted his assertion that the wall would be paid for.", "assertion", "Reporters", "his"),
        # Not a noun that names no saying: the model's source stands.
        ("Clinton attacked Trump's plan that millions be deported.", "plan", "Clinton", "Clinton"),
    ],
)  # fmt: skip
def test_the_owner_of_a_noun_of_saying_is_its_source(text, cue, source, expected):
    piece = text[text.index(cue) + len(cue) + 1 : -1]
    (attribution,) = _sourced(text, piece, cue, source)
    assert attribution.speaker.mention.text == expected


@pytest.mark.parametrize(
    ("text", "piece", "cue", "expected"),
    [
        # "Asked by" names the one who asked; what was asked ends the name.
        ("When asked by Ingraham on Thursday about increasing the number of foreign workers, Cruz said no.",
         "about increasing the number of foreign workers", "asked", "Ingraham"),
        ("Asked by Thrush if Clinton gets race, Sharpton avoided a declarative answer.", "if Clinton gets race",
         "Asked", "Thrush"),
    ],
)  # fmt: skip
def test_asked_by_names_who_asked(text, piece, cue, expected):
    start = text.index(piece)
    attribution = built(text, start, start + len(piece), cue=cue)
    assert attribution.speaker.mention.text == expected


def test_a_dateline_is_no_part_of_a_source_nor_a_quote():
    """ "LILONGWE" alone is no quote, and "Feb 18 - Malawi's finance minister" is the minister, past the dateline."""
    text = "LILONGWE, Feb 18 - Malawi's finance minister on Tuesday defended a 27 percent rise in fuel prices."
    place = RawQuote(pieces=((0, 8),), cue=None, source=None, confidence=1.0)
    content, cue = text.index("a 27 percent"), text.index("defended")
    rise = RawQuote(
        pieces=((content, len(text) - 1),), cue=(cue, cue + 8), source=(10, text.index(" on Tuesday")), confidence=1.0
    )
    (attribution,) = build_attributions(text, [place, rise])
    assert attribution.quote.text == "a 27 percent rise in fuel prices"
    assert attribution.speaker.mention.text == "Malawi's finance minister"


def test_a_paraphrase_after_saying_takes_the_source_of_the_clause_it_hangs_on():
    text = (
        "The finance minister defended the rise, saying the government could no longer afford subsidies, as the "
        "opposition called for protests."
    )
    minister, defended, rise = text.index("The finance"), text.index("defended"), text.index("the rise")
    saying, afford = text.index("saying"), text.index("the government")
    opposition = text.index("the opposition")
    defence = RawQuote(pieces=((rise, rise + 8),), cue=(defended, defended + 8), source=(minister, minister + 21),
                       confidence=1.0)  # fmt: skip
    reason = RawQuote(pieces=((afford, text.index(", as")),), cue=(saying, saying + 6),
                      source=(opposition, opposition + 14), confidence=1.0)  # fmt: skip
    attributions = build_attributions(text, [defence, reason])
    assert [a.speaker.mention.text for a in attributions] == ["The finance minister", "The finance minister"]
