"""Source mentions the model tagged past the source, and the source next to a cue it linked none to."""

from __future__ import annotations

import pytest

from quotes.attribute import build_attributions, source_span
from quotes.detect import RawQuote
from quotes.mention_edges import source_before_cue
from quotes.types import Span


def tagged(text: str, mention: str, cue: str | None = "said") -> Span | None:
    """``source_span`` of the first ``mention`` of ``text`` as the model tagged it, its cue the first ``cue`` after."""
    start = text.index(mention)
    stop = text.index(cue, start) if cue else None
    return source_span(text, (start, start + len(mention)), stop=stop)


@pytest.mark.parametrize(
    ("text", "mention", "cue", "source"),
    [
        # Words the model took in before the source.
        (
            "It is a term which backers of tougher laws say is fair.",
            "which backers of tougher laws",
            "say",
            "backers of tougher laws",
        ),
        ("It is what officials say is a risk.", "what officials", "say", "officials"),
        (
            "He met people whom Turkish news reports describe as rebels.",
            "whom Turkish news reports",
            "describe",
            "Turkish news reports",
        ),
        (
            "“It is scary,” he said. Of Carson, Levine, a donor, said, “He is scary.”",
            "Of Carson, Levine, a donor,",
            "said,",
            "Levine, a donor,",
        ),
        ("Users grew, according to Statista. (Statista estimates 100 million.)", "(Statista", "estimates", "Statista"),
        # Words it took in after the source.
        ("“They were offended,” he later said.", "he later", "said", "he"),
        ("At the news conference, Manafort all but begged reporters to ask.", "Manafort all", "begged", "Manafort"),
        ("It deteriorated from there, said one GOP source in the room.", "one GOP source in", None, "one GOP source"),
        (
            "Mr. Bush - in a line aimed at Mr. Trump - declared that hate has no place.",
            "Mr. Bush - in a line",
            "declared",
            "Mr. Bush",
        ),
        ("“Could be ISIS,” Trump from his desk.", "Trump from his", None, "Trump"),
        (
            "“No bad publicity,” said Mayor Don Guardian in a telephone interview.",
            "Mayor Don Guardian in a telephone",
            None,
            "Mayor Don Guardian",
        ),
        (
            "It was raised by the South Korean government about the deal.",
            "the South Korean government about",
            None,
            "the South Korean government",
        ),
        (
            "On Friday, Texas, leading a coalition of 13 states, sued.",
            "Friday, Texas, leading a coalition of 13 states,",
            "sued",
            "Texas, leading a coalition of 13 states,",
        ),
        # A lone first word the model cut from its plural.
        ("Longtime friends said he was kind.", "Longtime", "said", "Longtime friends"),
        ("Gun rights advocates say the law is wrong.", "Gun", "say", "Gun rights advocates"),
        (
            "It is why many college-educated white voters have left.",
            "many",
            "have",
            "many college-educated white voters",
        ),
        ("Mr. Obama, Sanders said, has grown skeptical.", "Mr. Obama, Sanders", "said", "Mr. Obama, Sanders"),
        # The source a parenthetical names before its cue, not the subject it interrupts.
        ("Mr. Obama, officials said, has grown skeptical.", "Mr. Obama, officials", "said", "officials"),
        ("Mrs. Clinton, analysts said, has other reasons.", "Mrs. Clinton, analysts", "said", "analysts"),
        # A relative named by first name in an apposition: either half the model tags takes the other.
        (
            "Clinton's husband, Bill, accused Sanders of sexism.",
            "Clinton's husband",
            "accused",
            "Clinton's husband, Bill",
        ),
        ("Clinton's husband, Bill, accused Sanders of sexism.", "Bill", "accused", "Clinton's husband, Bill"),
        ("Mr Boyle’s wife, Grainne, said the farm was lost.", "Grainne", "said", "Mr Boyle’s wife, Grainne"),
        ("Clinton's husband, Bill Clinton, said he was sorry.", "Clinton's husband", "said", "Clinton's husband"),
        ("His wife, Jane, said he was tired.", "Jane", "said", "Jane"),
        ("Sanders' wife, Jane, said he was tired.", "Jane,", "said", "Sanders' wife, Jane,"),  # tagged with its comma
        ("On Monday Clinton's husband, Bill, said no.", "Bill", "said", "Clinton's husband, Bill"),  # not "Monday"
        ("Hillary Clinton's husband, Bill, said no.", "Bill", "said", "Hillary Clinton's husband, Bill"),
        ("The Queen's husband, Philip, said it went well.", "Philip", "said", "Philip"),  # a title, not a surname
        ("Pérez's wife, Ángela, said no.", "Ángela", "said", "Pérez's wife, Ángela"),
        ("O'Brien's wife, Mary, said no.", "Mary", "said", "O'Brien's wife, Mary"),
        # Where a named person spoke, after the name (user audit, 2026-12-07: the place had become the speaker).
        (
            '"We need a vote," said Senator Amy Lee on Capitol Hill.',
            "Senator Amy Lee on Capitol Hill",
            None,
            "Senator Amy Lee",
        ),
        (
            '"We will appeal," said U.S. Attorney Karen Mitchell outside the courthouse.',
            "U.S. Attorney Karen Mitchell outside the courthouse",
            None,
            "U.S. Attorney Karen Mitchell",
        ),
        ('"We won," said Coach Anna Berg after the game.', "Coach Anna Berg after the game", None, "Coach Anna Berg"),
        # A document, not who saw it.
        (
            "Prices are capped, according to a summary of the deal seen by Reuters.",
            "a summary of the deal seen by Reuters",
            None,
            "a summary of the deal",
        ),
        # Not mentions at all.
        ("There’s still time for Cruz, calling it a plan.", "There’s", "calling", None),
        ("Lemkin once said, “It happened so many times.”", "once", "said", None),
    ],
)
def test_words_around_the_source_are_left_out(text, mention, cue, source):
    span = tagged(text, mention, cue)
    assert (span.text if span else None) == source
    if span:
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ("Who, he said, would pay?", "he", "said"),
        ("“We are ready,” said Sen. Elizabeth Warren, D-Mass.", "Sen. Elizabeth Warren, D-Mass.", None),
        (
            "Levine, who has given money to Marco Rubio, said he is scary.",
            "Levine, who has given money to Marco Rubio,",
            "said",
        ),
        # a parenthetical only when it is a plural of people: not a time, not an apposition
        ("Reince Priebus, the GOP chairman, announced it.", "Reince Priebus, the GOP chairman,", "announced"),
        ("Officials in Ohio said it was fine.", "Officials in Ohio", "said"),
        ("The Department of State said it.", "The Department of State", "said"),
        ("Recent polling shows he leads.", "Recent polling", "shows"),
        ("Trump also says he will win.", "Trump", "says"),  # an adverb is no plural noun
        ("Democrats themselves say it.", "Democrats", "say"),
        ("Kennedy nevertheless said the deal was the best available.", "Kennedy", "said"),
        ("Police in recent weeks have said the road is unsafe.", "Police", "have said"),
        ("She nonetheless says the scheme worked.", "She", "says"),
        ("Scientists nowadays say the risk is small.", "Scientists", "say"),
        ("Officials of the city in the region said so.", "Officials of the city in the region", "said"),  # no name
        ("One GOP source in the room said so.", "One GOP source in the room", "said"),  # a phrase after no name
        # From the code reviews: a list, an apposition with no closing comma, a name that opens with a preposition or
        # a question word, an apposition between dashes that names the source, a preposition stranded at the cue.
        ("Teachers, nurses and doctors said the offer was an insult.", "Teachers, nurses and doctors", "said"),
        (
            "Sarah Jones, director of operations said the airport would reopen.",
            "Sarah Jones, director of operations",
            "said",
        ),
        (
            "To Lam, the general secretary of the party, said Vietnam would grow.",
            "To Lam, the general secretary of the party,",
            "said",
        ),
        (
            "For Women Scotland, a campaign group, said it would appeal.",
            "For Women Scotland, a campaign group,",
            "said",
        ),
        ("What Works Cities said in a report that cities improved.", "What Works Cities", "said"),
        (
            "The club's owner – property developer John Walsh – said the ground would be sold.",
            "The club's owner – property developer John Walsh –",
            "said",
        ),
        ("The people he works with said he was kind.", "The people he works with", "said"),
        ("Passers by said the car was speeding.", "Passers by", "said"),
        ("A friend of his said he had left.", "A friend of his", "said"),
        # From the second review: a list or an apposition before a cue with a comma after it, a naming dash
        # apposition with a longer description.
        (
            "Police, firefighters and paramedics said, in a joint statement, that the fire was out.",
            "Police, firefighters and paramedics",
            "said",
        ),
        ("Tom Brown, head of operations said, “We are working on it.”", "Tom Brown, head of operations", "said"),
        (
            "The Gunners' boss – former Arsenal captain Mikel Arteta – said the squad was ready.",
            "The Gunners' boss – former Arsenal captain Mikel Arteta –",
            "said",
        ),
        (
            "The owner of the restaurant – a local man, Tom Reilly – said he would reopen.",
            "The owner of the restaurant – a local man, Tom Reilly –",
            "said",
        ),
        (
            "The Minister for Health in the previous government said it was costed.",
            "The Minister for Health in the previous government",
            "said",
        ),
        # A body's own "on", and a person's affiliation after "at", stay.
        ('"It was close," said the Council on Foreign Relations.', "the Council on Foreign Relations", None),
        ('"Fine," said Dan McLaughlin at the National Review.', "Dan McLaughlin at the National Review", None),
    ],
)
def test_a_whole_source_is_left_alone(text, mention, cue):
    span = tagged(text, mention, cue)
    assert span.text == mention


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("“You will succeed,” Mr. McKinley said.", "said", "Mr. McKinley"),
        ("“We will get there,” she said at a recent news conference.", "said at", "she"),
        ("As President Obama appears set to veto the bill, Clinton disagrees.", "appears", "President Obama"),
        ("It included the Saudi government, which has strongly denied any role.", "has strongly denied", "which"),
        ("But Trump said it was rigged.", "said", "Trump"),
        ("Kasich’s chief strategist John Weaver says in a statement that it is over.", "says", "John Weaver"),
        ("Then Monday said it all.", "said", None),  # a time names no one
        ("So involved is he that the hall of mirrors that is Trump World told me so.", "told", None),
        ("What do you think of Carson privately saying it?", "privately", None),
        ("The plan, as written, says nothing.", "says", None),  # not a pronoun or a name
        ("It ended in Plan B.\nSanders said he would go on.", "said", "Sanders"),  # a name stays on its line
        ("Witnesses who saw it said the car was speeding.", "said", None),  # an object, not the speaker
        ("Residents echo security experts who say the dam is unsafe.", "say", "who"),  # a relative follows its noun
        ("“It is over,” In Paris said the foreign minister.", "said", None),  # a place, the source after the cue
        ("Chief Minister Mamata Banerjee while attacking the BJP said the party was divisive.", "said", None),
        ("Virat Kohli after his century against Australia said the pitch was slow.", "said", None),
        ("Residents were warned by the council that the water could be cut off.", "were warned by", None),  # passive
    ],
)
def test_the_source_right_before_a_cue(text, cue, source):
    start = text.index(cue)
    sentence_start = text.rfind("\n", 0, start) + 1
    span = source_before_cue(text, Span.of(text, start, start + len(cue)), sentence_start)
    assert (span.text if span else None) == source
    if span:
        assert text[span.start : span.end] == span.text


def test_a_quote_with_a_cue_and_no_linked_source_takes_the_name_before_the_cue():
    text = "The family likes it. “You will succeed anyway,” Mr. McKinley said."
    cue = text.index("said")
    raw = RawQuote(pieces=((text.index("“"), text.index("”") + 1),), cue=(cue, cue + 4), source=None, confidence=1.0)
    (a,) = build_attributions(text, [raw])
    assert a.speaker.mention.text == "Mr. McKinley"


def test_a_paraphrase_sharing_a_sourced_cue_is_still_dropped():
    # The source before the cue is the sourced quote's; it must not rescue the stray paraphrase after it.
    text = "The talks went well, an official said, but it's not clear what impact they had."
    cue = text.index("said")
    official = text.index("an official")
    sourced = RawQuote(
        pieces=((0, text.index(",")),), cue=(cue, cue + 4), source=(official, official + 11), confidence=1.0
    )
    start = text.index("what impact")
    stray = RawQuote(pieces=((start, len(text) - 1),), cue=(cue, cue + 4), source=None, confidence=1.0)
    assert [a.quote.text for a in build_attributions(text, [sourced, stray])] == ["The talks went well"]


def _linked(text: str, piece: str, cue: str, source: str) -> str | None:
    """The mention of the one attribution built from ``piece``, linked to the first ``cue`` and ``source``."""
    span = {k: (text.index(v), text.index(v) + len(v)) for k, v in (("piece", piece), ("cue", cue), ("src", source))}
    raw = RawQuote(pieces=(span["piece"],), cue=span["cue"], source=span["src"], confidence=1.0)
    (a,) = build_attributions(text, [raw])
    return a.speaker.mention.text if a.speaker and a.speaker.mention else None


@pytest.mark.parametrize(
    ("text", "piece", "cue", "source", "mention"),
    [
        # a paraphrase the model linked to a source away from its cue of saying takes the name right before the cue
        (
            "Hussein spoke first. Carter said that for decades some countries had waited.",
            "for decades some countries had waited",
            "said",
            "Hussein",
            "Carter",
        ),
        # not a cue of another kind, whose source PolNeAR often puts elsewhere ("Trump continues his adulation …")
        (
            "Ivans spoke first. Meanwhile Trump continues his praise of Putin.",
            "his praise of Putin",
            "continues",
            "Ivans",
            "Ivans",
        ),
        # not a direct quotation, whose source the model reads across the paragraph
        ("Szlachta asked. “To a point,” Rubio said, smiling.", "“To a point,”", "said", "Szlachta", "Szlachta"),
    ],
)
def test_a_far_source_gives_way_to_the_name_before_a_cue_of_saying(text, piece, cue, source, mention):
    assert _linked(text, piece, cue, source) == mention


def test_a_headline_in_capitals_gives_no_source_before_its_cue():
    text = "Al Sharpton Just Said Something Unexpected"
    start = text.index("Said")
    assert source_before_cue(text, Span.of(text, start, start + 4), 0) is None


def test_sources_found_by_other_passes_are_mended_too():
    # The quotation split from the paraphrase before it gets its source from the words after it, "he later".
    text = "Trump was delighted by the resulting controversy. “The people who were offended were people we wanted to"
    text += " offend,” he later said."
    cue, source = text.index("was delighted by"), text.index("Trump")
    start = text.index("the resulting")
    raw = RawQuote(
        pieces=((start, text.index(" he later")),), cue=(cue, cue + 16), source=(source, source + 5), confidence=1.0
    )
    mentions = [a.speaker.mention.text for a in build_attributions(text, [raw]) if a.speaker]
    assert mentions == ["Trump", "he"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # after its cue of saying, the name news inverts is the source, wherever the model linked
        ("Belgium failed. ''It should have acted sooner,'' said Ralf Jäger, the minister.", "Ralf Jäger"),
        ("Belgium failed. It should have acted sooner, said state minister Ralf Jäger.", "state minister Ralf Jäger"),
        # not a name opening what was said after the cue (the name before the cue is the source)
        ("Belgium failed. Officials said Iran, which denies it, had expanded enrichment.", "Officials"),
        # a clause after the cue is no source (the name before the cue is)
        ("Belgium failed. It was an event that Carson says led him to Christ.", "Carson"),
        ("Belgium failed. Mr. Guerrero, a Republican, said he recoiled when Mr. Trump spoke.", "Belgium"),
    ],
)
def test_a_name_right_after_said_is_the_source(text, mention):
    cue = "said" if "said" in text else "says"
    piece = "It should have acted sooner" if "sooner" in text else text[text.index(cue) + 5 : -1]
    if "Iran" in text:
        piece = text[text.index("Iran") : -1]
    assert _linked(text, piece, cue, "Belgium") == mention


@pytest.mark.parametrize(
    ("text", "mention", "cue", "source"),
    [
        # The earlier members of a list that opens the sentence.
        ("Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez all suggested it was wrong.",
         "Sherrod Brown (D-Ohio) and Robert Menendez", "suggested",
         "Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez"),
        ("He noted that senator Bob Corker, R-Tenn., and Lindsey Graham, R-S.C., are saying it is wrong.",
         "Lindsey Graham, R-S.C.,", "saying", "senator Bob Corker, R-Tenn., and Lindsey Graham, R-S.C.,"),
        ("The United States, Britain and France support the plan.", "Britain and France", "support",
         "The United States, Britain and France"),
        # ... or a clause.
        ("Russia backs the government as the United States, Britain and France support the rebels.",
         "Britain and France", "support", "the United States, Britain and France"),
        ("A few backers, such as senator Bob Corker, R-Tenn., and Lindsey Graham, R-S.C., are now saying it is "
         "wrong.", "Lindsey Graham, R-S.C.,", "saying", "senator Bob Corker, R-Tenn., and Lindsey Graham, R-S.C.,"),
        # The name an apposition between commas describes.
        ("Ban Ki-moon, the secretary general of the United Nations, vowed to act.",
         "the secretary general of the United Nations,", "vowed",
         "Ban Ki-moon, the secretary general of the United Nations,"),
        ("China, Pyongyang's only ally, said the test was a mistake.", "Pyongyang's only ally,", "said",
         "China, Pyongyang's only ally,"),
        # Not a phrase the sentence opens with, nor a name inside a clause, nor a named source.
        ("On Monday, the mayor, a Democrat, said the budget was fine.", "the mayor, a Democrat,", "said",
         "the mayor, a Democrat,"),
        ("Smith met Jones and Brown said it was fine.", "Brown", "said", "Brown"),
        ("In Washington, John Smith said it was fine.", "John Smith", "said", "John Smith"),
    ],
)  # fmt: skip
def test_a_name_the_model_left_out_before_the_source(text, mention, cue, source):
    span = tagged(text, mention, cue)
    assert span.text == source and text[span.start : span.end] == span.text
