"""Speakers named by the page layout: dash signatures after quotations, transcript labels, Q&A interviews."""

from __future__ import annotations

import pytest

from quotes.attribute import build_attributions, with_interview_answers
from quotes.detect import RawQuote
from quotes.layout import headline_label, interview_answers, layout_link
from quotes.text import quoted_ranges
from quotes.types import Attribution, Quote, Span, Speaker


def quote_of(text: str, words: str) -> Quote:
    start = text.index(words)
    return Quote(words, start, start + len(words), kind="direct")


def test_dash_signature_names_the_speaker():
    text = "“He represents our greatest shame.” ― Sonya Herridge “During the debate he lied.”― Pamela Padilla\n"
    first = layout_link(text, quote_of(text, "He represents our greatest shame."))
    second = layout_link(text, quote_of(text, "During the debate he lied."))
    assert first is not None and (first[0].text, first[1].text) == ("―", "Sonya Herridge")
    assert second is not None and second[1].text == "Pamela Padilla"
    for cue, mention in (first, second):
        assert text[cue.start : cue.end] == cue.text and text[mention.start : mention.end] == mention.text


def test_signature_keeps_an_initial_and_drops_a_full_stop():
    text = "“We are in serious trouble.” ― Edwin G. Monroy\n“That is my opinion.” ― Karen Bobadilla.\n"
    assert layout_link(text, quote_of(text, "We are in serious trouble."))[1].text == "Edwin G. Monroy"
    assert layout_link(text, quote_of(text, "That is my opinion."))[1].text == "Karen Bobadilla"


def test_dash_after_a_quote_with_its_own_cue_is_a_byline():
    text = 'Rajoy insisted that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.'
    quote = quote_of(text, "still the No. 1 force in Spain.")
    cue = Span.of(text, text.index("insisted"), text.index("insisted") + len("insisted"))
    assert layout_link(text, quote, cue) is None
    assert layout_link(text, quote) is not None  # without a cue of its own, the dash would sign it


def test_transcript_label_names_the_speaker_of_its_paragraph():
    text = (
        "Mike Pence spoke to Chris Wallace.\n"
        '"WALLACE: Governor, your answer?\n\n"PENCE: Well, look, Mark Cuban knows nothing about it.\n'
    )
    found = layout_link(text, quote_of(text, "Well, look, Mark Cuban knows nothing about it."))
    assert found is not None and (found[0].text, found[1].text) == (":", "PENCE")
    inner = quote_of(text, "knows nothing about it.")  # a quote further into the turn is the model's to link
    assert layout_link(text, inner) is None


def test_labels_that_name_no_one():
    text = "UPDATE: The campaign said it would appeal.\nA: I never said that.\nTHE FACTS: Taxes rose.\nBOOKER: No.\n"
    assert layout_link(text, quote_of(text, "The campaign said it would appeal.")) is None
    assert layout_link(text, quote_of(text, "I never said that.")) is None
    assert layout_link(text, quote_of(text, "Taxes rose.")) is None
    assert layout_link(text, quote_of(text, "No.")) is None  # used once, and the article never names a Booker


def test_a_dateline_is_no_label_though_the_article_names_the_place():
    text = "COLOMBO: Dengue infections have nearly trebled, health officials said, in Colombo's suburbs.\n"
    assert layout_link(text, quote_of(text, "Dengue infections have nearly trebled")) is None
    named = "Vice President Mike Pence spoke.\n\nPENCE: Well, look.\n"  # once, but written after a first name
    assert layout_link(named, quote_of(named, "Well, look.")) is not None
    place = "COLOMBO: Shops were shut, traders said.\n\nIn Colombo, the rain went on.\n"  # a sentence's "In"
    assert layout_link(place, quote_of(place, "Shops were shut")) is None


def test_signature_edge_cases():
    text = "“Hope.” ― Ángel Pérez\r\n“We march.” ― Martin Luther King Jr.\n"
    assert layout_link(text, quote_of(text, "Hope."))[1].text == "Ángel Pérez"  # accented, CRLF line end
    assert layout_link(text, quote_of(text, "We march."))[1].text == "Martin Luther King Jr."


def test_a_dash_taken_for_the_cue_does_not_block_the_signature():
    text = "“Mostly he promotes hate.” ― Esther Tapia  “He is a bully.” ― Veronica Cruz\n"
    dash = text.index("―")
    found = layout_link(text, quote_of(text, "He is a bully."), Span.of(text, dash, dash + 1))
    assert found is not None and found[1].text == "Veronica Cruz"


def span_of(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span.of(text, start, start + len(words))


def test_a_cue_inside_the_quotation_or_in_another_paragraph_does_not_block_the_signature():
    # The model linked a word of the quotation itself, or a verb of the reader's voice above, as the cue.
    text = (
        "“During the debate Trump said Hispanics live in hell.” ― Pamela Padilla\n"
        "“I am ashamed. How did we get this low?” ― Jacklyn Ashley\n"
        "“He is clueless, and he proudly states that he pays no taxes.” ― Stephanie Egan\n"
    )
    said = span_of(text, "said")
    found = layout_link(text, quote_of(text, "I am ashamed. How did we get this low?"), said)
    assert found is not None and found[1].text == "Jacklyn Ashley"
    proudly = span_of(text, "proudly")
    found = layout_link(text, quote_of(text, "that he pays no taxes."), proudly)
    assert found is not None and found[1].text == "Stephanie Egan"


def test_the_signature_follows_the_whole_quotation_of_which_the_quote_is_a_part():
    text = "“Trump attacked Latinos. What can I say? That is my opinion.”\u00a0― Karen Bobadilla.\n\nGetty.\n"
    found = layout_link(text, quote_of(text, "Trump attacked Latinos."))
    assert found is not None and found[1].text == "Karen Bobadilla"
    # The model's quote may run on over the closing mark and the dash.
    found = layout_link(text, quote_of(text, "Trump attacked Latinos. What can I say? That is my opinion.”\u00a0―"))
    assert found is not None and found[1].text == "Karen Bobadilla"
    # But not a quotation that a sentence of prose follows before the dash.
    text = "“It was fine,” he said. The talks went on ― Tom Reid\n"
    assert layout_link(text, quote_of(text, "It was fine,")) is None


def test_layout_overrides_the_model_links_in_attributions():
    text = "“Mostly he promotes hate.” ― Esther Tapia  “He is a bully.” ― Veronica Cruz\n"
    start = text.index("He is a bully.")
    # The model linked the second quote to the signature before it; the dash after it says otherwise.
    before = text.index("Esther Tapia")
    raw = RawQuote(
        pieces=((start, start + len("He is a bully.")),), cue=None, source=(before, before + 12), confidence=0.9
    )
    (attribution,) = build_attributions(text, [raw])
    assert attribution.speaker.mention.text == "Veronica Cruz"
    assert attribution.cue.text == "―"


INTERVIEW = (
    "Five questions for Dr. Amara Nwosu\n\nQ: Where do you start?\n\nA: With the truth. Even when it hurts.\n\n"
    "Q: Who pays?\n\nA. Ratepayers, in part.\r\n\nQ: Last one?\n\nA: I think the plan works.\n"
)


def test_interview_answers_are_whole_paragraphs_with_their_label():
    answers = interview_answers(INTERVIEW)
    assert [a.text for a, _, _ in answers] == [
        "With the truth. Even when it hurts.",
        "Ratepayers, in part.",
        "I think the plan works.",
    ]
    assert [(c.text, m.text) for _, c, m in answers] == [(":", "A"), (".", "A"), (":", "A")]
    for spans in answers:
        assert all(INTERVIEW[s.start : s.end] == s.text for s in spans)


def test_a_named_label_answers_and_a_transcript_turn_is_its_speakers():
    text = (
        "We spoke to Sunita Dhaliwal; Margaret Hartley MP sat in.\n\n"
        "Q: Why dull?\n\nDHALIWAL: Nobody should talk about us.\n\n"
        "Q: Fares?\n\nDHALIWAL: Set by the government.\n\nHARTLEY: Your bonus was large.\n\nUPDATE: Talks resume.\n"
    )
    answers = interview_answers(text)
    assert [(a.text, m.text) for a, _, m in answers] == [
        ("Nobody should talk about us.", "DHALIWAL"),
        ("Set by the government.", "DHALIWAL"),
        ("Your bonus was large.", "HARTLEY"),
    ]
    assert all(text[s.start : s.end] == s.text for spans in answers for s in spans)
    assert interview_answers(text.replace("Margaret Hartley MP", "an MP"))[-1][2].text == "DHALIWAL", (
        "a label used once names a speaker only when the article writes the name"
    )


@pytest.mark.parametrize(
    "text",
    [
        "A. Smith said so.\n\nA. Jones agreed.\n",
        "Q: One question?\n\nA: One answer.\n\nA: Two.\n",
        "The winners were:\nA. Smith said he was thrilled.\nQ. Jones came second.\nA. Brown said nothing.\nQ. Lee.\n",
    ],
)
def test_no_interview_without_two_questions_and_two_answers(text):
    assert interview_answers(text) == []


def test_answers_fill_where_the_model_found_less_than_half():
    found = Attribution(
        Quote("the plan works", INTERVIEW.index("the plan works"), INTERVIEW.index("the plan works") + 14)
    )
    out = with_interview_answers(INTERVIEW, [found], quoted_ranges(INTERVIEW))
    assert [a.quote.text for a in out] == [
        "With the truth. Even when it hurts.",
        "Ratepayers, in part.",
        "the plan works",
    ]
    assert all(a.speaker.mention.text == "A" and a.cue is not None for a in out[:2])


def test_datelines_and_headings_are_no_transcript_turns():
    text = (
        "LONDON: officials in London said it was fine.\n\nPARIS: a report came out in Paris.\n\nHEALTH: More beds.\n\n"
    )
    assert interview_answers(text + "HEALTH: Fewer queues.\n") == []


def test_a_whole_answer_replaces_the_answerers_own_pieces_and_keeps_others_reports():
    text = (
        "Manager Han Seung-woo spoke after the final.\n\nQ: The low point?\n\nA: Losing 4-0 at home in May. We had no "
        "answers that night, and I did not sleep. The next morning the senior players came to my office and asked for "
        "an extra training session.\n\nQ: The title?\n\nA: It belongs to the fans.\n"
    )

    def piece(quote: str, mention: str | None) -> Attribution:
        start = text.index(quote)
        at = text.index(mention) if mention else -1
        speaker = Speaker(mention, mention=Span.of(text, at, at + len(mention))) if mention else None
        return Attribution(Quote(quote, start, start + len(quote)), speaker=speaker)

    found = [piece("did not sleep", "I"), piece("an extra training session", "the senior players")]
    out = with_interview_answers(text, found, quoted_ranges(text))
    assert [(a.quote.text[:22], a.speaker.mention.text) for a in out] == [
        ("Losing 4-0 at home in ", "A"),
        ("an extra training sess", "the senior players"),
        ("It belongs to the fans", "A"),
    ]


def _piece(text: str, start_text: str, end_text: str, mention: str | None = None, kind: str = "indirect"):
    """The model's quote from ``start_text`` to the end of ``end_text``, its source ``mention``'s first occurrence."""
    start, end = text.index(start_text), text.index(end_text) + len(end_text)
    at = text.index(mention) if mention else -1
    speaker = Speaker(mention, mention=Span.of(text, at, at + len(mention))) if mention else None
    return Attribution(Quote(text[start:end], start, end, kind=kind), speaker=speaker)


QA = (
    "We spoke to Sunita Dhaliwal.\n\nQ: First?\n\nA: We lost the opener badly and nobody in the dressing room said a "
    "word for an hour.\n\nQ: Then?\n\nA: It got better, and my grandmother told me once, “Never sell the farm, "
    "whatever they offer you.” I never forgot it.\n"
)


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        # A piece under half an answer, no source: the whole answer instead.
        ([("the opener", "the opener", None)], ["We lost the opener", "It got better, and my"]),
        # A piece run on from one answer into the next covers neither once the first answer replaces it.
        ([("for an hour", "It got better", None)], ["We lost the opener", "It got better, and my"]),
        # A piece from the question into the answer, no source, goes too.
        ([("First?", "We lost", None)], ["We lost the opener", "It got better, and my"]),
        # Words in quotation marks with no source are someone else's: they stay.
        ([("Never sell", "offer you.", None, "direct")], ["We lost the opener", "It got better, and my",
                                                           "Never sell the farm, w"]),
    ],
)  # fmt: skip
def test_a_whole_answer_takes_the_place_of_the_answerers_pieces(pieces, expected):
    found = [_piece(QA, *p) for p in pieces]
    out = with_interview_answers(QA, found, quoted_ranges(QA))
    assert len(out) == len(expected) and all(any(a.quote.text.startswith(e) for a in out) for e in expected)
    assert all(QA[a.quote.start : a.quote.end] == a.quote.text for a in out)


def test_a_labelled_answer_replaces_a_piece_its_speaker_is_named_in():
    text = (
        "We spoke to Sunita Dhaliwal.\n\nQ: Why?\n\nDHALIWAL: Nobody should talk about us and nobody should ever have "
        "to, not once in a whole year.\n\nQ: Fares?\n\nDHALIWAL: Set by the government.\n"
    )
    found = [_piece(text, "not once", "year", "Sunita Dhaliwal")]
    out = with_interview_answers(text, found, quoted_ranges(text))
    assert [a.speaker.mention.text for a in out] == ["DHALIWAL", "DHALIWAL"]


COUPLE = (
    "When Dana and Rob Kowalczyk opened the cidery, Rob Kowalczyk says, they had two tanks. Dana Kowalczyk runs the "
    "business side.\n\nQ: Why cider?\n\nDana: Because everybody else was doing beer.\n\nRob: She thought there was a "
    "gap.\n\nQ: Prices?\n\nDana: People notice when a four-pack goes from $14 to $17. We hear about it at the bar "
    "every weekend.\n"
)


def test_an_interview_answered_under_first_names_gives_each_answer_its_label():
    answers = interview_answers(COUPLE)
    assert [(a.text[:20], m.text) for a, _, m in answers] == [
        ("Because everybody el", "Dana"),
        ("She thought there wa", "Rob"),
        ("People notice when a", "Dana"),
    ]
    assert all(COUPLE[s.start : s.end] == s.text for spans in answers for s in spans)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # First names the lists do not know, and surnames after an honorific, still name the one answering.
        ("We met Sunita Dhaliwal and Hem Sreyleak.\n\nQ: Why?\n\nSunita: Because of beer.\n\nQ: Prices?\n\nHem: "
         "People notice it.\n", ["Sunita", "Hem"]),
        ("Ms Kowalczyk runs it.\n\nQ: Why?\n\nKowalczyk: Yes.\n\nQ: And?\n\nKowalczyk: No.\n",
         ["Kowalczyk", "Kowalczyk"]),
        # Two words the text never writes outside the labels are no one it named.
        ("We met Will.\n\nQ: Why?\n\nWill Power: a sub.\n\nWill Power: b.\n", []),
    ],
)  # fmt: skip
def test_ordinary_case_labels_name_the_people_the_article_names(text, labels):
    assert [m.text for _, _, m in interview_answers(text)] == labels


@pytest.mark.parametrize(
    "text",
    [
        # No question: a label in ordinary case opening a paragraph of prose is no turn.
        "Dana Kowalczyk runs it.\n\nDana: Because everybody else was doing beer.\n\nDana: We paid our staff.\n",
        # In an interview, subheads that name no one, though the article writes "Health Minister", "Schools Secretary".
        "The Health Minister spoke to Dana Kowalczyk.\n\nQ: Why?\n\nHealth: The clinic reopens.\n\nSchools: Open "
        "again.\n\nSchools Secretary Ann Lee agreed.\n",
        # Nor is a first-person word a label: "Me:" of an article that writes "Me Too".
        "Me Too changed things.\n\nQ: Why?\n\nMe: Because we all love it.\n\nMe: People notice prices.\n",
    ],
)
def test_ordinary_case_labels_answer_only_in_an_interview_and_name_someone(text):
    assert interview_answers(text) == []


def test_a_sourceless_paraphrase_is_the_answerers_when_every_answer_was_found_mostly():
    text = "We met Dana Kowalczyk.\n\nQ: Why?\n\nDana: Because of beer.\n\nQ: Prices?\n\nDana: People notice it.\n"
    found = [_piece(text, "Because", "beer"), _piece(text, "People notice", "it.", "Dana Kowalczyk")]
    out = with_interview_answers(text, found, quoted_ranges(text))
    assert [a.speaker.mention.text for a in out] == ["Dana", "Dana Kowalczyk"]


def test_a_sourceless_paraphrase_in_an_answer_found_mostly_is_the_answerers():
    found = [
        _piece(COUPLE, "when a four-pack", "$17"),  # no source: the model read "People notice" as the report
        _piece(COUPLE, "it at the bar", "weekend", "We"),
    ]
    out = with_interview_answers(COUPLE, found, quoted_ranges(COUPLE))
    assert [(a.quote.text[:16], a.speaker.mention.text if a.speaker else None) for a in out[-2:]] == [
        ("when a four-pack", "Dana"),
        ("it at the bar ev", "We"),
    ]


def test_questions_under_the_publications_label_are_asked_not_answered():
    text = (
        "Makereta Seruvatu spoke to Island Sports Weekly.\n\nISLAND SPORTS: How does it feel?\n\nSERUVATU: I have "
        "not slept.\n\nISLAND SPORTS: What changed?\n\nSERUVATU: We went to the villages.\n"
    )
    assert [(a.text, m.text) for a, _, m in interview_answers(text)] == [
        ("I have not slept.", "SERUVATU"),
        ("We went to the villages.", "SERUVATU"),
    ]
    assert layout_link(text, quote_of(text, "How does it feel?")) is None
    assert layout_link(text, quote_of(text, "We went to the villages."))[1].text == "SERUVATU"


def test_a_committee_members_questions_are_her_quotes():
    text = (
        "Margaret Hartley MP chairs the committee.\n\nHARTLEY: Your bonus was 380,000 pounds, wasn't it?\n\n"
        "DHALIWAL: It was.\n\nHARTLEY: And you call that fair?\n\nDHALIWAL: I do. Sunita Dhaliwal runs the railway.\n"
    )
    assert [m.text for _, _, m in interview_answers(text)] == ["HARTLEY", "DHALIWAL", "HARTLEY", "DHALIWAL"]
    assert layout_link(text, quote_of(text, "And you call that fair?"))[1].text == "HARTLEY"


@pytest.mark.parametrize(
    ("text", "sources", "label"),
    [
        ("Mayor: New bridge will open in June\n\nCrews worked all winter.", [], "Mayor"),
        ("Clinton camp: Trump threatens security.\n\nHuma Abedin wrote to supporters.", [], "Clinton camp"),
        # A name counts when a source of the body holds it.
        ("Lynch: No outside influence on FBI probe\n\nLoretta Lynch said so.", ["Loretta Lynch"], "Lynch"),
        ("Wow: Al Sharpton Just Said Something\n\nAl Sharpton said so.", ["Al Sharpton"], None),
        # A topic, a place or a number the body repeats is no source.
        ("Ukraine war: Russia shells Kharkiv\n\nThe war entered its third year, officials said.", ["officials"], None),
        ("Election 2024: What to watch\n\nThe 2024 election is close, analysts said.", ["analysts"], None),
        # A story's kind, a transcript's question, a phrase or a sentence before the colon is no source.
        ("Review: A night at the opera\n\nThe production is long.", [], None),
        ("Q: What is the plan?\n\nA: We will build more homes.", [], None),
        ("The Latest: Trump urges supporters to vote\n\nTrump spoke in Ohio.", ["Trump"], None),
        ("CNN President On Trump: We do not pay candidates\n\nJeff Zucker spoke.", [], None),
        ("Trump says: I will win\n\nTrump spoke in Ohio.", ["Trump"], None),
    ],
)
def test_a_headline_label_names_its_source(text, sources, label):
    found = headline_label(text, text.index("\n"), sources)
    assert (found[2].text if found else None) == label
    if found:
        content, colon, source = found
        assert text[content.start : content.end] == content.text and colon.text == ":" and source.start == 0


def test_a_labelled_headline_run_into_the_lede_is_two_quotes():
    text = "Mayor: New bridge will open in June\n\nSPRINGFIELD — The bridge will reopen in June, officials said.\n"
    fused = (0, text.index(", officials"))  # the tagger ran the headline into the lede's paraphrase
    cue, source = text.index("said"), text.index("officials")
    raw = RawQuote(pieces=(fused,), cue=(cue, cue + 4), source=(source, source + 9), confidence=0.9)
    headline, lede = build_attributions(text, [raw])
    assert (headline.quote.text, headline.cue.text, headline.speaker.mention.text) == (
        "New bridge will open in June",
        ":",
        "Mayor",
    )
    assert (lede.quote.text, lede.cue.text, lede.speaker.mention.text) == (
        "The bridge will reopen in June",
        "said",
        "officials",
    )


def test_a_labelled_headline_the_tagger_missed_is_a_quote_given_by_the_layout():
    text = "Police: Driver was on phone before crash\n\nThe crash closed the road for hours.\n"
    (headline,) = build_attributions(text, [])
    assert (headline.quote.text, headline.speaker.mention.text, headline.confidence) == (
        "Driver was on phone before crash",
        "Police",
        0.5,
    )
