"""Speaker resolution on hand-built attributions: news-style mentions, titles, anonymous sources, pronouns.

Each case is a small text, its quotes with their source mentions (found left to right), and the expected
speaker of each quote as ``(key, name, type, role)``: quotes with the same key must share one speaker id,
quotes with different keys must not; key None means no speaker, "-" a mention left unresolved (no id).
``...`` means "not checked".
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from quotes.article_text import personal_run
from quotes.names import core_mention, looks_like_person, split_title
from quotes.speakers import Entity, _Resolver, resolve_speakers
from quotes.types import Attribution, Quote, Span, Speaker

ANY = ...


def attributions(text: str, items: list[tuple[str, str | None]]) -> list[Attribution]:
    """Attributions whose speaker is the raw mention, as the extractor hands them over."""
    out, pos = [], 0
    for quote_text, mention in items:
        start = text.index(quote_text)
        speaker = None
        if mention is not None:
            # The mention as a whole word ("he", not the end of "the"), as the extractor gives it.
            found = re.compile(rf"(?<!\w){re.escape(mention)}(?!\w)").search(text, pos)
            if found is None:
                raise ValueError(f"{mention!r} is not a whole word of the text after {pos}")
            m = found.start()
            pos = m + len(mention)
            speaker = Speaker(mention, mention=Span.of(text, m, m + len(mention)))
        out.append(Attribution(quote=Quote(quote_text, start, start + len(quote_text)), speaker=speaker, doc="d"))
    return out


CASES = [
    pytest.param(
        "French Prime Minister Élisabeth Borne said the reform was needed. Later, Borne said it would pass. "
        "Łukasz Świątek, a Polish economist, said growth would slow, and José Pérez said prices would rise.",
        [
            ("the reform was needed", "French Prime Minister Élisabeth Borne"),
            ("it would pass", "Borne"),
            ("growth would slow", "Łukasz Świątek"),
            ("prices would rise", "José Pérez"),
        ],
        [
            ("a", "Élisabeth Borne", "person", "French Prime Minister"),
            ("a", "Élisabeth Borne", "person", ANY),
            ("b", "Łukasz Świątek", "person", ANY),
            ("c", "José Pérez", "person", None),
        ],
        id="accented-capitals-are-capitals",
    ),
    pytest.param(
        "Defense Secretary Lloyd\u00a0Austin said the talks went well. Aus\u200btin said more would follow.",
        [("the talks went well", "Defense Secretary Lloyd\u00a0Austin"), ("more would follow", "Aus\u200btin")],
        [("a", "Lloyd Austin", "person", "Defense Secretary"), ("a", "Lloyd Austin", "person", ANY)],
        id="no-break-spaces-and-zero-width-characters-in-names",
    ),
    pytest.param(
        "Labour minister Jose\u0301 Pe\u0301rez said wages would rise. Pe\u0301rez said talks would go on.",
        [("wages would rise", "Labour minister Jose\u0301 Pe\u0301rez"), ("talks would go on", "Pe\u0301rez")],
        [("a", "José Pérez", "person", "Labour minister"), ("a", "José Pérez", "person", ANY)],
        id="decomposed-accents-in-names",  # the mention keeps the text's code points; the name is composed
    ),
    pytest.param(
        "Candidates met in Des Moines. Hillary Clinton and Bernie Sanders debated there. The two said our party "
        "must unite.",
        [("our party must unite", "The two")],
        [("a", "Hillary Clinton and Bernie Sanders", "group", None)],
        id="the-two-read-within-a-sentence",  # not "Des Moines. Hillary Clinton" as one name
    ),
    pytest.param(
        "Moscow answered quickly. The Russians said our plan would fail, and Russia sent a note.",
        [("our plan would fail", "The Russians")],
        [("a", "Russia", "organization", None)],
        id="the-russians-are-the-state-not-a-group",
    ),
    pytest.param(
        "Donald Trump spoke in Ohio on Monday. His campaign said our numbers were strong.",
        [("our numbers were strong", "His campaign")],
        [("a", "Trump campaign", "organization", None)],
        id="his-campaign-before-anyone-has-spoken",  # "his" means whom "he" would: the person just named
    ),
    pytest.param(
        "The vote split the chamber. House Democrats said the bill was cruel. Conservative Jews said it was fair, "
        "and Muslims said it was rushed.",
        [("the bill was cruel", "House Democrats"), ("it was fair", "Conservative Jews"), ("it was rushed", "Muslims")],
        [
            ("a", "House Democrats", "group", None),
            ("b", "Conservative Jews", "group", None),
            ("c", "Muslims", "group", None),
        ],
        id="people-named-by-party-or-faith-are-a-group-as-written",
    ),
    pytest.param(
        "Neither Alan Grayson nor his wife would comment on Monday. Grayson said our report was wrong.",
        [("our report was wrong", "Grayson")],
        [("a", "Alan Grayson", "person", None)],
        id="neither-opens-no-name",  # nor do "Either" and "Both"
    ),
    pytest.param(
        "Conservatives have rallied to Ted Cruz. Richard Viguerie said our party must unite.\n"
        "“Cruz is our best debater,” he says.",
        [("our party must unite", "Richard Viguerie"), ("Cruz is our best debater", "he")],
        [("a", "Richard Viguerie", "person", None)] * 2,
        id="pronoun-after-a-quote-is-not-the-name-opening-it",  # "Cruz" is what he talks about
    ),
    pytest.param(
        "Hillary Clinton and Bernie Sanders debated in Flint on Sunday. The two said the water crisis was a "
        "disgrace. Both candidates said the governor should resign.",
        [("the water crisis was a disgrace", "The two"), ("the governor should resign", "Both candidates")],
        [("a", "Hillary Clinton and Bernie Sanders", "group", None)] * 2,
        id="the-two-are-the-pair-named-before",
    ),
    pytest.param(
        "Khizr Khan spoke at the convention. His son, Humayun Khan, died in Iraq, and Humayun Khan is buried at "
        "Arlington, where Humayun Khan's grave draws visitors. Khizr Khan said the nominee had sacrificed "
        "nothing. Mr. Khan said he would speak again.",
        [("the nominee had sacrificed nothing", "Khizr Khan"), ("he would speak again", "Mr. Khan")],
        [("a", "Khizr Khan", "person", None)] * 2,
        id="bare-surname-is-the-relative-who-spoke",  # not the son the article names more often
    ),
    pytest.param(
        "Eric Ferrero said the march was calm. Amadou Magassa, 13, of Philadelphia sold water on Broad Street. "
        "He said he came up with the sign idea.",
        [("the march was calm", "Eric Ferrero"), ("he came up with the sign idea", "He")],
        [("a", "Eric Ferrero", "person", None), ("b", "Amadou Magassa", "person", None)],
        id="pronoun-continues-a-sentence-opening-name",  # a name never written in lower case opens the sentence
    ),
    pytest.param(
        "The march went on for hours under the sun. Sales were slow at first, but Jane Roe stayed, and her friends "
        "came by. She said it was worth it.",
        [("it was worth it", "She")],
        [("a", "Jane Roe", "person", None)],
        id="pronoun-before-anyone-has-spoken",  # no earlier speaker: the named woman of the last sentences
    ),
    pytest.param(
        "Crowds filled the Washington Redskins stadium for the rally. “We came early,” he said.",
        [("We came early", "he")],
        [("-", "he", ANY, ANY)],
        id="pronoun-skips-a-team-name",
    ),
    pytest.param(
        "Defense Secretary Lloyd Austin said the war was costly. “We will stay,” Austin said. “It is hard,” he said.",
        [("the war was costly", "Defense Secretary Lloyd Austin"), ("We will stay", "Austin"), ("It is hard", "he")],
        [("a", "Lloyd Austin", "person", "Defense Secretary")] * 3,
        id="title-name-then-surname-then-pronoun",
    ),
    pytest.param(
        "“We will stay,” said Defense Secretary Lloyd Austin. Austin said the war was costly. “It is hard,” he said.",
        [("We will stay", "Defense Secretary Lloyd Austin"), ("the war was costly", "Austin"), ("It is hard", "he")],
        [("a", "Lloyd Austin", "person", "Defense Secretary")] * 3,
        id="surname-starts-the-next-sentence",  # the capitalised run must stop at the full stop
    ),
    pytest.param(
        "A senior Pentagon official said the strikes would continue. The official said more troops were coming. "
        "The senior defense official described the plan as “limited.”",
        [
            ("the strikes would continue", "A senior Pentagon official"),
            ("more troops were coming", "The official"),
            ("limited.", "The senior defense official"),
        ],
        [("a", ANY, "anonymous", None)] * 3,
        id="anonymous-official",
    ),
    pytest.param(
        "The strikes would continue, a senior Pentagon official said. More troops were coming, the official said.",
        [("The strikes would continue", "a senior Pentagon official"), ("More troops were coming", "the official")],
        [("a", "senior Pentagon official", "anonymous", None)] * 2,
        id="anonymous-official-after-quote",
    ),
    pytest.param(
        "Israel says the strikes hit militants. The army will go on, it says.",
        [("the strikes hit militants", "Israel"), ("The army will go on", "it")],
        [("a", "Israel", "organization", None)] * 2,
        id="country-then-it",
    ),
    pytest.param(
        "Russia said the talks failed. It said it would respond.",
        [("the talks failed", "Russia"), ("it would respond", "It")],
        [("a", "Russia", "organization", None)] * 2,
        id="country-then-capital-It",
    ),
    pytest.param(
        "The Pentagon said it had no comment. “None,” it said.",
        [("it had no comment", "The Pentagon"), ("None", "it")],
        [("a", "Pentagon", "organization", None)] * 2,
        id="the-pentagon-then-it",
    ),
    pytest.param(
        "U.S. officials said the talks had stalled. They said a deal was still possible.",
        [("the talks had stalled", "U.S. officials"), ("a deal was still possible", "They")],
        [("a", "U.S. officials", "group", None)] * 2,
        id="group-then-they",
    ),
    pytest.param(
        "“No decision has been made,” said Maj. Gen. Pat Ryder, Pentagon press secretary. Ryder added that "
        "“talks continue.”",
        [
            ("No decision has been made", "Maj. Gen. Pat Ryder, Pentagon press secretary"),
            ("talks continue.", "Ryder"),
        ],
        [("a", "Pat Ryder", "person", ANY)] * 2,
        id="rank-name-apposition",
    ),
    pytest.param(
        "Sen. Elizabeth Warren said no. “Never,” she said.",
        [("no", "Sen. Elizabeth Warren"), ("Never", "she")],
        [("a", "Elizabeth Warren", "person", "Sen.")] * 2,
        id="abbreviated-title-then-she",
    ),
    pytest.param(
        "White House press secretary Karine Jean-Pierre said no. Jean-Pierre said later that it was false.",
        [("no", "White House press secretary Karine Jean-Pierre"), ("it was false", "Jean-Pierre")],
        [("a", "Karine Jean-Pierre", "person", "White House press secretary")] * 2,
        id="hyphenated-surname",
    ),
    pytest.param(
        "Defense Secretary Lloyd Austin said yes. Gen. CQ Brown said no. “Maybe,” Austin said. “Never,” Brown said.",
        [("yes", "Defense Secretary Lloyd Austin"), ("no", "Gen. CQ Brown"), ("Maybe", "Austin"), ("Never", "Brown")],
        [
            ("a", "Lloyd Austin", "person", "Defense Secretary"),
            ("b", "CQ Brown", "person", "Gen."),
            ("a", "Lloyd Austin", "person", "Defense Secretary"),
            ("b", "CQ Brown", "person", "Gen."),
        ],
        id="two-people-interleaved",
    ),
    pytest.param(
        "Defense Secretary Lloyd Austin said yes. The secretary said no.",
        [("yes", "Defense Secretary Lloyd Austin"), ("no", "The secretary")],
        [("a", "Lloyd Austin", "person", "Defense Secretary")] * 2,
        id="the-secretary",
    ),
    pytest.param(
        "A senior official said yes. Israel said no. “Maybe,” the official said.",
        [("yes", "A senior official"), ("no", "Israel"), ("Maybe", "the official")],
        [("a", "senior official", "anonymous", None), ("b", "Israel", "organization", None)]
        + [("a", "senior official", "anonymous", None)],
        id="the-official-skips-an-organization",
    ),
    pytest.param(
        'Rep. Robert C. "Bobby" Scott said yes. “Maybe,” Scott said.',
        [("yes", 'Rep. Robert C. "Bobby" Scott'), ("Maybe", "Scott")],
        [("a", "Robert C. Scott", "person", ANY)] * 2,
        id="nickname-in-quotes-is-not-the-first-name",
    ),
    pytest.param(
        "Mayor Bill de Blasio said yes. “Maybe,” De Blasio said. NYPD Commissioner James O’Neill said no. "
        "“Never,” O'Neill said.",
        [
            ("yes", "Mayor Bill de Blasio"),
            ("Maybe", "De Blasio"),
            ("no", "NYPD Commissioner James O’Neill"),
            ("Never", "O'Neill"),
        ],
        [("a", "Bill de Blasio", "person", ANY)] * 2 + [("b", "James O’Neill", "person", ANY)] * 2,
        id="name-particle-and-curly-apostrophe",
    ),
    pytest.param(
        "Larry King hosts a show. Mr. King said he liked it. Democrat Hillary Clinton said no. “Never,” Clinton said.",
        [("he liked it", "Mr. King"), ("no", "Democrat Hillary Clinton"), ("Never", "Clinton")],
        [("a", "Larry King", "person", ANY)] + [("b", "Hillary Clinton", "person", ANY)] * 2,
        id="surname-that-is-also-a-title-and-party-label",
    ),
    pytest.param(
        "Larry King and Ed Schultz host shows. Mr. King and Mr. Schultz said they were free. Mr. King said yes.",
        [("they were free", "Mr. King and Mr. Schultz"), ("yes", "Mr. King")],
        [("a", "Larry King and Ed Schultz", "group", None), ("b", "Larry King", "person", ANY)],
        id="coordinated-people-are-a-group",
    ),
    pytest.param(
        "Jeb Bush and Hillary Clinton, among others, said the plan was sound. Donald Trump or Hillary Clinton "
        "will say the deal is off.",
        [
            ("the plan was sound", "Jeb Bush and Hillary Clinton, among others"),
            ("the deal is off", "Donald Trump or Hillary Clinton"),
        ],
        [
            ("a", "Jeb Bush and Hillary Clinton", "group", None),
            ("b", "Donald Trump and Hillary Clinton", "group", None),
        ],
        id="people-among-others-or-either-are-a-group",
    ),
    pytest.param(
        "Hillary Clinton spoke first. “We are ready,” she said. Both she and her husband said they would stay.",
        [("We are ready", "she"), ("they would stay", "Both she and her husband")],
        [("a", "Hillary Clinton", "person", ANY), ("b", "Hillary Clinton and her husband", "group", None)],
        id="a-pronoun-and-those-around-them-are-a-group",
    ),
    pytest.param(
        "The International Monetary Fund cut its forecast. The IMF said growth would slow.",
        [("growth would slow", "The IMF")],
        [("a", "International Monetary Fund", "organization", None)],
        id="acronym-spelled-out",
    ),
    pytest.param(
        "Donald Trump said yes. His website said taxes would fall. Stumpf’s testimony said the bank was sorry.",
        [("yes", "Donald Trump"), ("taxes would fall", "His website"), ("the bank was sorry", "Stumpf’s")],
        [("a", "Donald Trump", "person", ANY)] * 2 + [("b", "Stumpf", ANY, ANY)],
        id="his-website-and-possessive-name",
    ),
    pytest.param(
        "Hold Melania Trump to her standards.\n\nDonald Trump said she would talk. “Soon,” Trump said.",
        [("she would talk", "Donald Trump"), ("Soon", "Trump")],
        [("a", "Donald Trump", "person", ANY)] * 2,
        id="first-line-headline-names-no-one",
    ),
    # negative rows: nothing to resolve, or nothing to resolve to
    pytest.param(
        "“Nothing,” it was said. Austin said yes.",
        [("Nothing", None), ("yes", "Austin")],
        [(None, None, None, None), ("a", "Austin", ANY, ANY)],
        id="quote-without-mention-keeps-no-speaker",
    ),
    pytest.param(
        "“Nothing,” he said.",
        [("Nothing", "he")],
        [("-", "he", "unknown", None)],
        id="pronoun-with-no-antecedent-stays-unresolved",
    ),
    pytest.param(
        "“No,” she said. Sen. Elizabeth Warren spoke later.",
        [("No", "she")],
        [("-", "she", "unknown", None)],
        id="pronoun-never-looks-forward",
    ),
    pytest.param(
        "Austin said yes. “No,” it said.",
        [("yes", "Austin"), ("No", "it")],
        [("a", "Austin", "organization", None)] * 2,  # never given a first name: a state or organisation
        id="lone-capitalised-word-is-an-organization",
    ),
    pytest.param(
        "Two U.S. officials said the plan is set. The officials said it would start soon.",
        [("the plan is set", "Two U.S. officials"), ("it would start soon", "The officials")],
        [("a", "Two U.S. officials", "group", None)] * 2,
        id="the-officials-back-to-a-group",  # a definite plural goes back to the group of its head noun
    ),
    # known gaps of the rules, kept visible
    pytest.param(
        "Velmora Foods, the maker of Crestline crackers, will close its factory, the company said on Thursday. "
        "The firm said it would offer redeployment.",
        [("will close its factory", "the company"), ("it would offer redeployment", "The firm")],
        [("a", "Velmora Foods", "organization", None), ("a", ANY, ANY, ANY)],
        id="the-company-of-the-lede-that-has-not-spoken",
    ),
    pytest.param(
        "Halcyon Freight said its profits fell. The carrier said more cuts would come.",
        [("its profits fell", "Halcyon Freight"), ("more cuts would come", "The carrier")],
        [("a", "Halcyon Freight", "organization", None), ("a", ANY, ANY, ANY)],
        id="the-carrier-is-the-business-that-spoke",
    ),
    pytest.param(
        "Blackburn Rovers said the striker had torn a hamstring. “It is a blow,” the club said.",
        [("the striker had torn a hamstring", "Blackburn Rovers"), ("It is a blow", "the club")],
        [("a", "Blackburn Rovers", "organization", None), ("a", ANY, ANY, ANY)],
        id="the-club-is-the-club-that-spoke",
    ),
    pytest.param(
        "Halcyon Freight said its board was minded to recommend the offer. Its treasurer, Anjali Mistry, said it "
        "had raised money.",
        [("its board was minded to recommend the offer", "Halcyon Freight"), ("it had raised money", "Anjali Mistry")],
        [("a", "Halcyon Freight", "organization", None), ("b", "Anjali Mistry", "person", ANY)],
        id="a-name-that-says-its-is-a-body-unless-a-role-introduces-it",
    ),
    pytest.param(
        "Germany's economy minister, Katrin Vollmer, spoke. Germany's economy ministry said the rules apply. "
        "Her ministry said a list would follow.",
        [("the rules apply", "Germany's economy ministry"), ("a list would follow", "Her ministry")],
        [("a", "Germany's economy ministry", "organization", None), ("a", ANY, ANY, ANY)],
        id="her-ministry-is-the-ministry",
    ),
    pytest.param(
        "The operator, Meridian Terminals, said systems were isolated. A spokesperson for the Railway Operatives' "
        "Guild said talks failed.",
        [
            ("systems were isolated", "The operator, Meridian Terminals,"),
            ("talks failed", "A spokesperson for the Railway Operatives' Guild"),
        ],
        [
            ("a", "Meridian Terminals", "organization", None),
            ("b", "spokesperson for the Railway Operatives' Guild", "anonymous", None),
        ],
        id="an-apposed-body-and-a-plural-possessive-inside-a-name",
    ),
    pytest.param(
        "Sofia said she likes the early mornings. Gen. Faisal al-Harbawi said water was a front line. "
        "Pieter van der Molen said costs would fall. Van der Molen said so again, and al-Harbawi agreed.",
        [
            ("she likes the early mornings", "Sofia"),
            ("water was a front line", "Gen. Faisal al-Harbawi"),
            ("costs would fall", "Pieter van der Molen"),
            ("so again", "Van der Molen"),
            ("agreed", "al-Harbawi"),
        ],
        [
            ("a", "Sofia", "person", None),
            ("b", "Faisal al-Harbawi", "person", "Gen."),
            ("c", "Pieter van der Molen", "person", None),
            ("c", ANY, ANY, ANY),
            ("b", ANY, ANY, ANY),
        ],
        id="a-lone-first-name-and-names-with-particles",
    ),
    pytest.param(
        "Japanese Defence Minister Gen Nakatani said ties were strong. Gen Joost van den Berg said aid piled up. "
        "Nakatani said more, and Van den Berg agreed.",
        [
            ("ties were strong", "Japanese Defence Minister Gen Nakatani"),
            ("aid piled up", "Gen Joost van den Berg"),
            ("more", "Nakatani"),
            ("agreed", "Van den Berg"),
        ],
        [("a", "Gen Nakatani", "person", ANY), ("b", ANY, "person", ANY), ("a", ANY, ANY, ANY), ("b", ANY, ANY, ANY)],
        id="gen-is-a-first-name-and-particles-do-not-count-as-name-words",
    ),
    pytest.param(
        "Tobi Adeyemi's header won it. Town manager Stuart Kenning said it was massive. Adeyemi, who had been jeered, "
        'scored late. "I owed the fans one," the 23-year-old striker said. Liam Pritchard scored too. Pritchard, '
        'whose goal was his ninth, spoke. "We let them back in," the forward said. In a statement, the premiers of '
        "Alberta, Ontario and Quebec said the budget fails.",
        [
            ("it was massive", "Town manager Stuart Kenning"),
            ("I owed the fans one", "the 23-year-old striker"),
            ("We let them back in", "the forward"),
            ("the budget fails", "the premiers of Alberta, Ontario and Quebec"),
        ],
        [
            ("a", "Stuart Kenning", "person", ANY),
            ("b", "Tobi Adeyemi", "person", None),
            ("c", "Liam Pritchard", "person", None),
            ("d", ANY, "group", None),
        ],
        id="a-surname-with-an-apposition-opening-the-sentence-before-an-epithet",
    ),
    pytest.param(
        "Tomás Ferreyra scored twice. Ferreyra, signed in the summer, equalised. The 24-year-old said he dreamed "
        'of it. "I closed my eyes," the Argentine said. Rovers manager Dave Pellow said it was ugly. The '
        "manager said more.",
        [
            ("he dreamed of it", "The 24-year-old"),
            ("I closed my eyes", "the Argentine"),
            ("it was ugly", "Rovers manager Dave Pellow"),
            ("more", "The manager"),
        ],
        [
            ("a", "Tomás Ferreyra", "person", None),
            ("a", ANY, ANY, ANY),
            ("b", "Dave Pellow", "person", ANY),
            ("b", ANY, ANY, ANY),
        ],
        id="sports-epithets-ages-and-nationalities",
    ),
    pytest.param(
        "Margaret Pell said she could not imagine it. A spokeswoman for Wexcombe Homes said options were explored. "
        "\u201cNo operator came forward,\u201d she said.",
        [
            ("she could not imagine it", "Margaret Pell"),
            ("options were explored", "A spokeswoman for Wexcombe Homes"),
            ("No operator came forward", "she"),
        ],
        [("a", "Margaret Pell", "person", None), ("b", ANY, "anonymous", None), ("b", ANY, ANY, ANY)],
        id="a-pronoun-continues-the-unnamed-source-just-quoted",
    ),
    pytest.param(
        "The State Department said talks continue.",
        [("talks continue", "The State Department")],
        [("a", "State Department", "organization", None)],
        id="organization-with-a-title-word",
    ),
    pytest.param(
        "The Israel Defense Forces said the strike hit a depot.",
        [("the strike hit a depot", "The Israel Defense Forces")],
        [("a", "Israel Defense Forces", "organization", None)],
        id="organization-idf",
    ),
    pytest.param(
        "Gaza's Health Ministry said 30 people died.",
        [("30 people died", "Gaza's Health Ministry")],
        [("a", "Health Ministry", "organization", None)],
        id="organization-possessive-ministry",
    ),
    pytest.param(
        "The White House said talks continue.",
        [("talks continue", "The White House")],
        [("a", "White House", "organization", None)],
        id="the-white-house",  # "White" and "House" are both title words, yet name a body
    ),
    pytest.param(
        "Republican presidential nominee Donald Trump spoke in Ohio. Democratic vice presidential nominee Tim Kaine "
        "spoke in Iowa. The Republican nominee said taxes were too high. The Democratic presidential nominee said "
        "nothing.",
        [("taxes were too high", "The Republican nominee"), ("nothing", "The Democratic presidential nominee")],
        [("a", "Donald Trump", "person", ANY), ("b", "Democratic presidential nominee", "unknown", None)],
        id="nominee-described-by-role",  # Kaine is the vice-presidential nominee: not a match
    ),
    pytest.param(
        "Sen. Lindsey Graham (R-S.C.) met the president. The senator said the deal was bad.",
        [("the deal was bad", "The senator")],
        [("a", "Lindsey Graham", "person", ANY)],
        id="the-senator-of-sen",
    ),
    pytest.param(
        "The International Monetary Fund cut its forecast. The fund said growth would slow. The S.E.C. said "
        "the Securities and Exchange Commission never sleeps.",
        [("growth would slow", "The fund"), ("the Securities", "The S.E.C.")],
        [
            ("a", "International Monetary Fund", "organization", None),
            ("b", "Securities and Exchange Commission", "organization", None),
        ],
        id="the-fund-and-a-dotted-acronym",
    ),  # fmt: skip
    pytest.param(
        "The latest Reuters/Ipsos opinion poll released Friday found Clinton ahead. A narrator in the Clinton ad "
        "said nothing.",
        [
            ("Clinton ahead", "The latest Reuters/Ipsos opinion poll released Friday"),
            ("nothing", "A narrator in the Clinton ad"),
        ],
        [("a", "Reuters/Ipsos", "organization", None), ("b", ANY, "anonymous", None)],
        id="poll-author-not-the-day",
    ),  # fmt: skip
    pytest.param(
        "The Republican National Committee said the ad was false. Rep. Jim Jordan asked questions. "
        "Jordan said the FBI was wrong.",
        [("the ad was false", "The Republican National Committee"), ("the FBI was wrong", "Jordan")],
        [("a", "Republican National Committee", "organization", None), ("b", "Jim Jordan", "person", ANY)],
        id="whole-committee-name-and-a-surname-that-is-a-country",
    ),
    pytest.param(
        "Allies fought in World War II. Trump said that was long ago. Presidential candidates Hillary Clinton and "
        "Donald Trump both said they would win.",
        [
            ("that was long ago", "Trump"),
            ("they would win", "Presidential candidates Hillary Clinton and Donald Trump"),
        ],
        [("a", "Donald Trump", "person", ANY), ("b", "Hillary Clinton and Donald Trump", "group", None)],
        id="roman-numeral-ends-a-sentence-and-lowercase-titles-in-a-list",
    ),  # fmt: skip
    pytest.param(
        "Heather Samuelson, a Clinton aide who sorted the emails, said nothing was hidden. Officials visited cities "
        "that said the rules were costly. Tim Kaine spoke. Kaine is a former civil rights lawyer who said the law was "
        "clear.",
        [("nothing was hidden", "who"), ("the rules were costly", "that"), ("the law was clear", "who")],
        [("a", "Heather Samuelson", "person", ANY), ("b", "cities", "group", None), ("c", "Tim Kaine", "person", ANY)],
        id="relative-pronoun-after-apposition-noun-and-predicate",
    ),
    pytest.param(
        "Bryan Pagliano said nothing. His lawyer said he would testify. Rep. Robert C. Scott said the bill "
        "was fair. Scott's aides said he would vote. Many of his supporters said he was right.",
        [
            ("nothing", "Bryan Pagliano"),
            ("he would testify", "His lawyer"),
            ("the bill was fair", "Rep. Robert C. Scott"),
            ("he would vote", "Scott's aides"),
            ("he was right", "Many of his supporters"),
        ],
        [
            ("a", "Bryan Pagliano", "person", ANY),
            ("b", "Bryan Pagliano's lawyer", "anonymous", None),
            ("c", "Robert C. Scott", "person", ANY),
            ("d", "Robert C. Scott's aides", "group", None),
            ("e", "Robert C. Scott's supporters", "group", None),
        ],
        id="dependants-speak-for-themselves",
    ),
    pytest.param(
        "At least a dozen members of Congress said the deal was bad. Hundreds of thousands of Armenians said they "
        "would stay. Not all conference attendees said so. Among aides, few said the plan would work.",
        [
            ("the deal was bad", "At least a dozen members of Congress"),
            ("they would stay", "Hundreds of thousands of Armenians"),
            ("so", "Not all conference attendees"),
            ("the plan would work", "Among aides"),
        ],
        [
            ("a", "members of Congress", "group", None),
            ("b", "Armenians", "group", None),
            ("c", "conference attendees", "group", None),
            ("d", "aides", "group", None),
        ],
        id="a-count-or-share-of-a-group-is-not-its-name",
    ),
    pytest.param(
        "Members who spoke with reporters afterward said the plan failed. A person who attended and described the "
        "talks said it was tense. Central European leaders who have been some of the strongest critics of the plan "
        "said no.",
        [
            ("the plan failed", "Members who spoke with reporters afterward"),
            ("it was tense", "A person who attended and described the talks"),
            ("no", "Central European leaders who have been some of the strongest critics of the plan"),
        ],
        [
            ("a", "Members who spoke with reporters afterward", "group", None),
            ("b", "person who attended", "anonymous", None),
            ("c", "Central European leaders", "group", None),
        ],
        id="a-short-relative-clause-says-which-people-are-meant",
    ),
    pytest.param(
        'Another RT America host, Abby Martin, said the network was fair. Scott\'s niece, state Del. Marcia "Cia" '
        "Price, said she agreed. Critics of the program, like Senators Charles E. Grassley and Patrick Leahy, "
        "Democrat of Vermont, said it failed.",
        [
            ("the network was fair", "Another RT America host, Abby Martin,"),
            ("she agreed", 'Scott\'s niece, state Del. Marcia "Cia" Price,'),
            (
                "it failed",
                "Critics of the program, like Senators Charles E. Grassley and Patrick Leahy, Democrat of Vermont,",
            ),
        ],
        [
            ("a", "Abby Martin", "person", ANY),
            ("b", "Marcia Price", "person", ANY),
            ("c", "Critics of the program", "group", None),
        ],
        id="a-description-then-the-name",
    ),
    pytest.param(
        "Chief Justice John G. Roberts Jr. spoke first. Roberts said the court would wait. Ivanka Trump said "
        "care was costly. Donald Trump said it was fine.",
        [("the court would wait", "Roberts"), ("care was costly", "Ivanka Trump"), ("it was fine", "Donald Trump")],
        [
            ("a", "John G. Roberts Jr.", "person", ANY),
            ("b", "Ivanka Trump", "person", ANY),
            ("c", "Donald Trump", "person", ANY),
        ],
        id="suffix-keeps-its-period-and-a-relative-is-not-the-same-person",
    ),
    pytest.param(
        "The New York Post reports that she was ill. The Post has learned that she rested. Senators Charles "
        "Grassley and Patrick Leahy wrote a letter. Mr. Grassley and Mr. Leahy said the program was flawed.",
        [
            ("she was ill", "The New York Post"),
            ("she rested", "The Post"),
            ("the program was flawed", "Mr. Grassley and Mr. Leahy"),
        ],
        [
            ("a", "New York Post", "organization", None),
            ("a", "New York Post", "organization", None),
            ("b", "Charles Grassley and Patrick Leahy", "group", None),
        ],
        id="short-organisation-name-and-plural-title",
    ),
    pytest.param(
        "A senior Pentagon official described the meeting as productive but demurred when asked if aid would "
        "stop. The Security Council resolution calls for a cease-fire.",
        [
            ("the meeting as productive", "A senior Pentagon official"),
            ("if aid would stop", "demurred"),
            ("for a cease-fire", "The Security Council resolution"),
        ],
        [("a", ANY, "anonymous", None), ("a", ANY, "anonymous", None), ("b", "Security Council", "organization", None)],
        id="a-verb-taken-for-the-source-and-a-resolution-by-its-body",
    ),
    pytest.param(
        "Tyresha McClenney said the plan was good. Bryan Anderson said he agreed. “It works,” she said. "
        "Congresswoman Ann Lee said costs would rise. “It will pass,” he said.",
        [
            ("the plan was good", "Tyresha McClenney"),
            ("he agreed", "Bryan Anderson"),
            ("It works", "she"),
            ("costs would rise", "Congresswoman Ann Lee"),
            ("It will pass", "he"),
        ],
        [
            ("a", "Tyresha McClenney", "person", ANY),
            ("b", "Bryan Anderson", "person", ANY),
            ("a", "Tyresha McClenney", "person", ANY),
            ("c", "Ann Lee", "person", ANY),
            ("b", "Bryan Anderson", "person", ANY),
        ],
        id="a-pronoun-skips-a-person-the-article-gives-the-other-gender",
    ),
    pytest.param(
        "Virginia Democrats met on Monday. Some Democrats said the seat was safe, and they said turnout would "
        "rise. Trump campaign spokesman Jason Miller said the plan was fair. The Trump campaign said costs were "
        "low. A report released by the Department of Veterans Affairs last month said care was slow. The agency "
        "said delays fell.",
        [
            ("the seat was safe", "Some Democrats"),
            ("turnout would rise", "they"),
            ("the plan was fair", "Trump campaign spokesman Jason Miller"),
            ("costs were low", "The Trump campaign"),
            ("care was slow", "A report released by the Department of Veterans Affairs last month"),
            ("delays fell", "The agency"),
        ],
        [
            ("a", "Democrats", "group", None),
            ("a", "Democrats", "group", None),
            ("b", "Jason Miller", "person", ANY),
            ("c", "Trump campaign", ANY, None),
            ("d", "Department of Veterans Affairs", "organization", None),
            ("d", "Department of Veterans Affairs", "organization", None),
        ],
        id="party-plural-campaign-not-its-spokesman-and-a-department-of",
    ),
    pytest.param(
        "Tyresha McClenney and Leslie Wimes spoke. McLenney said the vote mattered. Wines said it did not. "
        "Bryan Adams met Ann Adam. Adam said the show went well.",
        [("the vote mattered", "McLenney"), ("it did not", "Wines"), ("the show went well", "Adam")],
        [
            ("a", "Tyresha McClenney", "person", ANY),
            ("b", "Leslie Wimes", "person", ANY),
            ("c", "Ann Adam", "person", ANY),
        ],
        id="a-misspelt-surname-finds-its-full-name-an-exact-one-wins",
    ),
    pytest.param(
        "A new poll shows Clinton ahead. The latest Reuters/Ipsos opinion poll was taken Friday. The poll found "
        "voters were split.",
        [("Clinton ahead", "A new poll"), ("voters were split", "The poll")],
        [("a", "Reuters/Ipsos", "organization", None)] * 2,
        id="a-bare-poll-is-its-maker-named-before-else-after",
    ),
    pytest.param(
        "A web video by the Republican National Committee attacks Kaine. The ad says he defended the wrong people. "
        "The clip ends with a plea. Hillary Clinton has a new campaign ad. The spot says Trump paid no tax.",
        [
            ("he defended the wrong people", "The ad"),
            ("ends with a plea", "The clip"),
            ("Trump paid no tax", "The spot"),
        ],
        [("a", "Republican National Committee", "organization", None)] * 2 + [("b", "spot", "unknown", None)],
        id="an-ad-is-its-maker-named-with-it-not-that-of-an-earlier-ad",
    ),
    pytest.param(
        "Donald Trump spoke in Ohio. “These are howls,” said Rep. Jim Clyburn. Trump has low support among black "
        "voters. He recently said their lives were terrible. Even Friday was quiet. “It is hard,” he said.",
        [
            ("These are howls", "Rep. Jim Clyburn"),
            ("their lives were terrible", "He"),
            ("It is hard", "he"),
        ],
        [
            ("a", "Jim Clyburn", "person", ANY),
            ("b", "Donald Trump", "person", ANY),
            ("b", "Donald Trump", "person", ANY),
        ],
        id="a-pronoun-continues-the-person-who-opens-the-sentence-before",
    ),
    pytest.param(
        "BRUSSELS - European leaders said the union would hold. Cameron Easley for Morning Consult said the "
        "poll was close. John Smith of the Brookings Institution said turnout fell.",
        [
            ("the union would hold", "BRUSSELS - European leaders"),
            ("the poll was close", "Cameron Easley for Morning Consult"),
            ("turnout fell", "John Smith of the Brookings Institution"),
        ],
        [
            ("a", "European leaders", "group", None),
            ("b", "Cameron Easley", "person", "Morning Consult"),
            ("c", "John Smith", "person", "Brookings Institution"),
        ],
        id="dateline-dropped-and-a-person-of-an-organisation",
    ),
    pytest.param(
        "Officials at Homeland Security Investigations said the case was open. Developers and supporters in "
        "Congress said the program worked. Wells Fargo just this month said it was sorry. According to the data, "
        "sales fell.",
        [
            ("the case was open", "Officials at Homeland Security Investigations"),
            ("the program worked", "Developers and supporters in Congress"),
            ("it was sorry", "Wells Fargo just this month"),
            ("sales fell", "According to"),
        ],
        [
            ("a", "Officials at Homeland Security Investigations", "group", None),
            ("b", "Developers and supporters in Congress", "group", None),
            ("c", "Wells Fargo", ANY, None),
            ("-", None, None, None),
        ],
        id="people-described-by-where-they-work-and-mentions-cut-at-a-word",
    ),
    pytest.param(
        "The plan is a retort to both Democrats and Republicans, who said Europe relied on others. Two voters, "
        "Tyresha McClenney and Bryan Anderson, who saw the speech, said it was flat. Stars like Oprah Winfrey, "
        "Patti LaBelle and Stevie Wonder, who joked, said they were proud.",
        [("Europe relied on others", "who"), ("it was flat", "who"), ("they were proud", "who")],
        [
            ("a", "Democrats and Republicans", "group", None),
            ("b", "Tyresha McClenney and Bryan Anderson", "group", None),
            ("c", "Stevie Wonder", "person", ANY),
        ],
        id="a-relative-pronoun-after-a-pair-is-both-after-a-list-its-last",
    ),
    pytest.param(
        "E.U. leaders said the bloc would survive. Other E.U. leaders said it would not. A source said the talks "
        "were over. Another source said they were not, and the source said more would come.",
        [
            ("the bloc would survive", "E.U. leaders"),
            ("it would not", "Other E.U. leaders"),
            ("the talks were over", "A source"),
            ("they were not", "Another source"),
            ("more would come", "the source"),
        ],
        [
            ("a", "E.U. leaders", "group", None),
            ("b", "other E.U. leaders", "group", None),
            ("c", "source", "anonymous", None),
            ("d", "another source", "anonymous", None),
            ("d", "another source", "anonymous", None),
        ],
        id="other-and-another-name-a-different-speaker",
    ),  # fmt: skip
    pytest.param(
        "Senator Jane Ruiz said the plan was costly. So what we need is a better plan. I think she is right. "
        "\u201cI will fight it,\u201d she said.",
        [
            ("the plan was costly", "Senator Jane Ruiz"),
            ("is a better plan", "we"),
            ("she is right", "I"),
            ("I will fight it", "she"),
        ],
        [
            ("a", "Jane Ruiz", "person", "Senator"),
            ("b", "author", "person", None),
            ("b", "author", "person", None),
            ("a", "Jane Ruiz", "person", "Senator"),
        ],
        id="first-person-in-the-narrative-is-the-author-never-he-or-she",
    ),  # fmt: skip
    pytest.param(
        "Letters.\nDonald Trump said he would win.\nI despise his speech. His supporters think otherwise.\n"
        "Ana Lopez.\nMiami\nNothing he says is credible to me.\n@mdeluzgon.",
        [
            ("he would win", "Donald Trump"),
            ("despise his speech", "I"),
            ("think otherwise", "His supporters"),
            ("is credible", "me"),
        ],
        [
            ("a", "Donald Trump", "person", None),
            ("b", "Ana Lopez", "person", None),
            ("c", "Donald Trump's supporters", "group", None),
            ("d", "@mdeluzgon", "person", None),
        ],
        id="first-person-in-a-letter-is-its-signer",
    ),  # fmt: skip
    pytest.param(
        "Laura Bush on Afghan women\nFormer first lady Laura Bush sat down with us.\n\nQWhy?\n\n"
        "A: Because I think they needed help.\n",
        [("sat down with us", "Former first lady Laura Bush"), ("they needed help", "I")],
        [("a", "Laura Bush", "person", ANY), ("a", "Laura Bush", "person", ANY)],
        id="first-person-in-an-interview-answer-is-the-one-interviewed",
    ),  # fmt: skip
    pytest.param(
        "Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, said "
        "the case was open. United States Citizenship and Immigration Services, the agency that runs it, said "
        "it was fine.",
        [
            (
                "the case was open",
                "Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement,",
            ),
            ("it was fine", "United States Citizenship and Immigration Services, the agency that runs it,"),
        ],
        [
            ("a", "Officials at Homeland Security Investigations", "group", None),
            ("b", "United States Citizenship and Immigration Services", "organization", None),
        ],
        id="and-inside-an-agency-name-is-no-list-of-people",
    ),  # fmt: skip
    pytest.param(
        "Sen. Marco Rubio said he would win. His campaign said it had money. The Rubio campaign said more. "
        "Rubio's staff said less, and his office said nothing.",
        [
            ("he would win", "Sen. Marco Rubio"),
            ("it had money", "His campaign"),
            ("more", "The Rubio campaign"),
            ("less", "Rubio's staff"),
            ("nothing", "his office"),
        ],
        [
            ("a", "Marco Rubio", "person", "Sen."),
            ("b", "Rubio campaign", "organization", None),
            ("b", "Rubio campaign", "organization", None),
            ("c", "Marco Rubio's staff", "group", None),
            ("d", "Marco Rubio's office", "organization", None),
        ],
        id="a-person-s-campaign-is-the-surname-campaign-their-staff-a-group",
    ),  # fmt: skip
    pytest.param(
        "Donald Trump said he would win. Trump, a Republican, said so again. Sen. Tim Kaine, a Democrat, said "
        "no. Trump said more. The real estate mogul said he was sure. The Democratic candidate said he was not.",
        [
            ("he would win", "Donald Trump"),
            ("so again", "Trump"),
            ("no", "Sen. Tim Kaine"),
            ("more", "Trump"),
            ("he was sure", "The real estate mogul"),
            ("he was not", "The Democratic candidate"),
        ],
        [("a", "Donald Trump", "person", None)] * 2
        + [("b", "Tim Kaine", "person", "Sen.")]
        + [("a", "Donald Trump", "person", None)] * 2
        + [("b", "Tim Kaine", "person", "Sen.")],
        id="an-epithet-is-the-most-named-person-of-its-party",
    ),  # fmt: skip
    pytest.param(
        "Hillary Clinton has a word, she says, for Donald Trump's plan: No. The Democratic presidential candidate "
        "said it was absurd. Later, David Seacord parked his bike. The 68-year-old Oregon native said he came for "
        "love.",
        [
            ("it was absurd", "The Democratic presidential candidate"),
            ("he came for love", "The 68-year-old Oregon native"),
        ],
        [("a", "Hillary Clinton", "person", None), ("b", "David Seacord", "person", None)],
        id="an-epithet-before-its-person-speaks-is-the-lede-subject-or-the-one-just-named",
    ),  # fmt: skip
    pytest.param(
        'Sen. Marco Rubio attacked President Obama again. Obama, Obama. "We are weak," the Florida senator and '
        "Republican presidential candidate said.",
        [('"We are weak,"', "the Florida senator and Republican presidential candidate")],
        [("a", "Marco Rubio", "person", "Sen.")],
        id="a-coordinated-epithet-matches-any-of-its-roles",
    ),  # fmt: skip
    pytest.param(
        "Rep. Trey Gowdy said in a statement that the panel would report soon. The statement added that it was "
        "fair. A Pentagon readout said the talks went well. A review by The Times found delays.",
        [
            ("that the panel would report soon", "Rep. Trey Gowdy"),
            ("that it was fair", "The statement"),
            ("the talks went well", "A Pentagon readout"),
            ("delays", "A review by The Times"),
        ],
        [
            ("a", "Trey Gowdy", "person", "Rep."),
            ("a", "Trey Gowdy", "person", "Rep."),
            ("b", "Pentagon", "organization", None),
            ("c", "Times", "organization", None),
        ],
        id="a-message-speaks-for-its-issuer",
    ),  # fmt: skip
    pytest.param(
        "Sen. Marco Rubio said he would stay. It worried his own supporters, who said he should go. The memo, "
        "echoing security experts, who warned of leaks, was short.",
        [("he would stay", "Sen. Marco Rubio"), ("he should go", "who"), ("of leaks", "who")],
        [
            ("a", "Marco Rubio", "person", "Sen."),
            ("b", "Marco Rubio's supporters", "group", None),
            ("c", "security experts", "group", None),
        ],
        id="a-relative-pronoun-after-owned-people-or-a-verb-ing",
    ),  # fmt: skip
    pytest.param(
        "Is Rebecca Bradley fit to serve?\nJustice Rebecca Bradley is elected. Bill Clinton said he was glad. "
        "Hillary Clinton said she was too. The young voters cheered. Bradley said it was new. Mrs. Clinton said "
        "more, and Bradley herself said less.",
        [
            ("he was glad", "Bill Clinton"),
            ("she was too", "Hillary Clinton"),
            ("it was new", "Bradley"),
            ("more", "Mrs. Clinton"),
            ("less", "Bradley herself"),
        ],
        [
            ("a", "Bill Clinton", "person", None),
            ("b", "Hillary Clinton", "person", None),
            ("c", "Rebecca Bradley", "person", ANY),
            ("b", "Hillary Clinton", "person", None),
            ("c", "Rebecca Bradley", "person", ANY),
        ],
        id="fullest-name-skips-common-words-and-the-other-gender",
    ),  # fmt: skip
    pytest.param(
        "Despite George Will and his column, the race is close. Will said it was over. Democrats trying to "
        "regain control of the Senate in November said it was not.",
        [("it was over", "Will"), ("it was not", "Democrats trying to regain control of the Senate in November")],
        [("a", "George Will", "person", None), ("b", "Democrats", "group", None)],
        id="a-preposition-opens-no-name-and-an-ing-clause-ends-a-group",
    ),  # fmt: skip
    pytest.param(
        "Rabbi Rick Jacobs said no. Rep. Michael McCaul (R-TX said yes. F.A.A. records show the plane is old.",
        [("no", "Rabbi Rick Jacobs"), ("yes", "Rep. Michael McCaul (R-TX"), ("the plane is old", "F.A.A. records")],
        [
            ("a", "Rick Jacobs", "person", "Rabbi"),
            ("b", "Michael McCaul", "person", "Rep."),
            ("c", "F.A.A.", "organization", None),
        ],
        id="religious-titles-cut-party-tags-and-records-of-an-agency",
    ),  # fmt: skip
    pytest.param(
        "Assemblywoman Claudia Tenney said she would run. Tenney said so twice. The Associated Press said the "
        "race in South Carolina was close, and Bernie Sanders said he would stay.",
        [
            ("she would run", "Assemblywoman Claudia Tenney"),
            ("so twice", "Tenney"),
            ("the race", "The Associated Press"),
            ("he would stay", "Bernie Sanders"),
        ],
        [("a", "Claudia Tenney", "person", "Assemblywoman")] * 2
        + [("b", "Associated Press", "organization", None), ("c", "Bernie Sanders", "person", None)],
        id="local-titles-news-agencies-and-states-are-no-people",
    ),  # fmt: skip
    pytest.param(
        "House Speaker Paul D. Ryan of Wisconsin said no. Stu Rothenberg of the non-partisan Rothenberg Report "
        "said yes. The advocacy group Americans for Prosperity said maybe.",
        [
            ("no", "House Speaker Paul D. Ryan of Wisconsin"),
            ("yes", "Stu Rothenberg of the non-partisan Rothenberg Report"),
            ("maybe", "The advocacy group Americans for Prosperity"),
        ],
        [
            ("a", "Paul D. Ryan", "person", ANY),
            ("b", "Stu Rothenberg", "person", ANY),
            ("c", "Americans for Prosperity", "organization", None),
        ],
        id="a-person-of-a-place-or-body-and-an-x-for-y-organisation",
    ),  # fmt: skip
    pytest.param(
        "The Brennan Center for Justice said no. The U.S. Court of Appeals for the 3rd Circuit said yes. "
        "The U.S. Geological Survey said maybe.",
        [
            ("no", "The Brennan Center for Justice"),
            ("yes", "The U.S. Court of Appeals for the 3rd Circuit"),
            ("maybe", "The U.S. Geological Survey"),
        ],
        [
            ("a", "Brennan Center for Justice", "organization", None),
            ("b", "U.S. Court of Appeals for the 3rd Circuit", "organization", None),
            ("c", ANY, "organization", None),
        ],
        id="bodies-named-with-for-of-and-ordinals",
    ),  # fmt: skip
    pytest.param(
        "The White House said no. The Republican Congress met. Congress said it would wait. The House said maybe.",
        [("no", "The White House"), ("it would wait", "Congress"), ("maybe", "The House")],
        [("a", "White House", "organization", None), ("b", "Congress", ANY, None), ("c", "House", ANY, None)],
        id="the-house-is-no-white-house",
    ),
    pytest.param(
        "“It is bad,” said Alan Berger, a gynecologist from Englewood, New Jersey, who said he knows Trump.",
        [("It is bad", "Alan Berger, a gynecologist from Englewood, New Jersey"), ("he knows Trump", "who")],
        [("a", "Alan Berger", "person", ANY)] * 2,
        id="who-after-a-hometown-is-the-person",
    ),
    pytest.param(
        "While old Iowa political hands said the race was close, the polls disagreed.",
        [("the race was close", "While old Iowa political hands")],
        [("a", "old Iowa political hands", "group", None)],
        id="a-clause-opening-word-is-no-part-of-the-source",
    ),
    pytest.param(
        "Fed chair Janet Yellen spoke. Yellen and her advisers said rates would stay. Steve Ward spoke too. "
        "Ward and other security experts said the hack was real.",
        [("rates would stay", "Yellen and her advisers"), ("the hack was real", "Ward and other security experts")],
        [
            ("a", "Janet Yellen and her advisers", "group", None),
            ("b", "Steve Ward and other security experts", "group", None),
        ],
        id="a-name-and-the-people-around-its-bearer",
    ),
    pytest.param(
        "Hillary Clinton spoke in Iowa. Bill Clinton agreed. Later, Hillary said she would win.",
        [("she would win", "Hillary")],
        [("a", "Hillary Clinton", "person", None)],
        id="a-first-name-alone-is-the-one-person-it-opens",
    ),
    pytest.param(
        "Some said the plan would fail.",
        [("the plan would fail", "Some")],
        [("a", "some", "group", None)],
        id="a-quantifier-alone-names-its-speakers-never-an-empty-name",
    ),
    pytest.param(
        "New Jersey officials, including Gov. Chris Christie, said the casinos would recover.",
        [("the casinos would recover", "New Jersey officials, including Gov. Chris Christie,")],
        [("a", "New Jersey officials", "group", None)],
        id="a-group-including-a-named-member-is-the-group",
    ),
    pytest.param(
        "Fr. Frank Pavone said the vote mattered. Pavone added that it was close. Senate Majority Whip John "
        "Cornyn said the bill would pass. Actress Diane Guerrero said she was hopeful.",
        [
            ("the vote mattered", "Fr. Frank Pavone"),
            ("it was close", "Pavone"),
            ("the bill would pass", "Senate Majority Whip John Cornyn"),
            ("she was hopeful", "Actress Diane Guerrero"),
        ],
        [
            ("a", "Frank Pavone", "person", ANY),
            ("a", "Frank Pavone", "person", ANY),
            ("b", "John Cornyn", "person", "Senate Majority Whip"),
            ("c", "Diane Guerrero", "person", "Actress"),
        ],
        id="titles-and-occupations-before-a-name-are-its-role",
    ),
    pytest.param(
        "Immigration debate hits home for an actress.\n\nActress Diane Guerrero, known for her roles on "
        "television, has written a memoir about her family, published on Tuesday.\n\n"
        "Q: What did you find when you came home?\n\n"
        "A: I came home from school and nobody was there.\n\nQ: How did you cope?\n\nA: I leaned on friends.\n\n"
        "Q: Barack Obama changed the law. You thanked him for that.\n\nA: Yes, I think it mattered.",
        [
            ("What did you find when you came home?", "Q"),
            ("I came home from school and nobody was there.", "A"),
            ("How did you cope?", "Q"),
            ("I leaned on friends.", "A"),
            ("thanked him for that", "You"),
            ("it mattered", "I"),
        ],
        [("q", "author", "person", None), ("a", "Diane Guerrero", "person", ANY)] * 2
        + [("a", "Diane Guerrero", "person", ANY)] * 2,
        id="an-interviews-questions-are-the-writers-its-answers-the-interviewees",
    ),
    pytest.param(
        "Only a quarter of Americans said the economy was good. A full 79 percent of Democrats said it was not, "
        "and even other senators said they agreed.",
        [
            ("the economy was good", "Only a quarter of Americans"),
            ("it was not", "A full 79 percent of Democrats"),
            ("they agreed", "even other senators"),
        ],
        [
            ("a", "a quarter of Americans", "group", None),
            ("b", "79 percent of Democrats", "group", None),
            ("c", "other senators", "group", None),
        ],
        id="words-that-stress-a-count-are-no-part-of-the-group",
    ),
    pytest.param(
        "Races in Ohio and Florida are close, a Quinnipiac University poll shows. The poll found that voters are "
        "split. Jane Doe released a TV ad on Monday. The ad says she will win.",
        [("voters are split", "The poll"), ("she will win", "The ad")],
        [("a", "Quinnipiac University", "organization", None), ("b", "ad", "organization", None)],
        id="the-poll-is-its-maker-named-in-its-own-phrase-and-a-tv-ad-names-no-maker",
    ),
    pytest.param(
        "Saudi Arabia denied the claims on Monday. The Saudis said the report was false.",
        [("the report was false", "The Saudis")],
        [("a", "Saudi Arabia", "organization", None)],
        id="the-saudis-of-an-article-naming-saudi-arabia-are-the-state",
    ),
    pytest.param(
        "The Zika bill failed. Sens. Marco Rubio and Bill Nelson pushed for funding. Nelson said the bill was needed.",
        [("the bill was needed", "Nelson")],
        [("a", "Bill Nelson", "person", None)],
        id="a-first-name-that-is-also-a-word-still-makes-the-full-name",
    ),
    pytest.param(
        "Melba Acosta Febo, the bank's president, spoke on Tuesday. Ms. Acosta said the bank was solvent.",
        [("the bank was solvent", "Ms. Acosta")],
        [("a", "Melba Acosta Febo", "person", ANY)],
        id="a-first-surname-alone-is-the-person-with-both",
    ),
    pytest.param(
        "Dena Grayson is running for Congress. Christopher Heath, a consultant, joined the race in May. "
        "She said the race was close.",
        [("the race was close", "She")],
        [("a", "Dena Grayson", "person", None)],
        id="she-is-not-a-man-by-first-name",
    ),
    pytest.param(
        "“We will build it,” Donald Trump said. “Who will pay?” asked Sean Hannity. “Mexico,” he told Hannity.",
        [("We will build it", "Donald Trump"), ("Who will pay?", "Sean Hannity"), ("Mexico", "he")],
        [("a", "Donald Trump", "person", None), ("b", "Sean Hannity", "person", None), ("a", ANY, ANY, ANY)],
        id="he-is-not-the-one-he-told",
    ),
    pytest.param(
        "The race tightened, the Boston Globe reported, and the Des Moines Register said Cruz led.",
        [("The race tightened", "the Boston Globe"), ("Cruz led", "the Des Moines Register")],
        [("a", "Boston Globe", "organization", None), ("b", "Des Moines Register", "organization", None)],
        id="newspapers-are-organisations",
    ),
    pytest.param(
        "“We will win,” Bernie Sanders said. On CNN, his wife, Jane, called for an open primary. “Shutting people "
        "out is not smart,” she said. Hillary Clinton disagreed. Clinton's husband, Bill, said the rules were fair.",
        [
            ("We will win", "Bernie Sanders"),
            ("an open primary", "his wife, Jane,"),
            ("Shutting people out is not smart", "she"),
            ("the rules were fair", "Clinton's husband, Bill,"),
        ],
        [
            ("a", "Bernie Sanders", "person", None),
            ("b", "Jane", "person", None),
            ("b", "Jane", "person", None),
            ("c", "Bill Clinton", "person", None),
        ],
        id="a-relative-named-by-first-name-in-apposition",
    ),
    pytest.param(
        "Hillary Clinton campaigned in Iowa on Monday. “We will win,” Clinton said. The campaign said it had "
        "raised $10 million.",
        [("We will win", "Clinton"), ("it had raised $10 million", "The campaign")],
        [("a", "Hillary Clinton", "person", None), ("b", "Clinton campaign", "organization", None)],
        id="the-campaign-is-the-campaign-of-the-person-the-article-follows",
    ),
    pytest.param(
        "“Taxes are too high,” economists said. As Republicans scrambled to raise cash, they proposed cuts. "
        "Workers objected to the plan, which cut pay for workers. They also said the company was unfair.",
        [
            ("Taxes are too high", "economists"),
            ("cuts", "they"),
            ("the company was unfair", "They"),
        ],
        [("a", "economists", "group", None), ("b", "Republicans", "group", None), ("c", "workers", "group", None)],
        id="they-continues-the-plural-subject-that-opens-the-clause-or-sentence-before",
    ),
    pytest.param(
        "Officials in Saudi Arabia met on Monday. The kingdom said it had no role. Fox News aired the interview "
        "that night. The news outlet said it stood by the story.",
        [("it had no role", "The kingdom"), ("it stood by the story", "The news outlet")],
        [("a", "Saudi Arabia", "organization", None), ("b", "Fox News", "organization", None)],
        id="the-kingdom-and-the-news-outlet-are-the-state-and-the-medium-named-before",
    ),
    pytest.param(
        "Patricia Farley filed a report in 1996. Farley’s account said the man hit her. Abdulhadi Yildirim runs "
        "a firm. Yildirim's LinkedIn page says he is its chief executive.",
        [("the man hit her", "Farley’s account"), ("he is its chief executive", "Yildirim's LinkedIn page")],
        [("a", "Patricia Farley", "person", None), ("b", "Abdulhadi Yildirim", "person", None)],
        id="an-account-or-page-of-someone-is-theirs",
    ),
    pytest.param(
        "If you think the economy is fine, look again. Donald Trump spoke in Ohio. The billionaire real estate "
        "magnate said trade deals had failed. Hillary Clinton spoke too. The former first lady said they had not.",
        [
            ("the economy is fine", "you"),
            ("trade deals had failed", "The billionaire real estate magnate"),
            ("they had not", "The former first lady"),
        ],
        [
            ("r", "readers", "group", None),
            ("a", "Donald Trump", "person", None),
            ("b", "Hillary Clinton", "person", None),
        ],
        id="an-op-eds-you-is-its-readers-and-epithets-name-the-prominent",
    ),
    pytest.param(
        "“We must act,” said John McCain, a Republican senator. “It is wrong,” a Democratic senator said.",
        [("We must act", "John McCain, a Republican senator"), ("It is wrong", "a Democratic senator")],
        [("a", "John McCain", "person", ANY), ("b", "Democratic senator", ANY, None)],
        id="a-senator-is-someone-new-not-the-senator-named-before",
    ),
    pytest.param(
        "“Cruz is weak,” a pro-Rubio super PAC said in an ad. Marco Rubio spoke later. “I will win,” he said.",
        [("Cruz is weak", "a pro-Rubio super PAC"), ("I will win", "he")],
        [("a", "pro-Rubio super PAC", "organization", None), ("b", "Marco Rubio", "person", None)],
        id="a-super-pac-is-an-organisation-described-not-a-person-named-pac",
    ),
    pytest.param(
        "The State Department released 5,500 pages on Thursday. The agency said more would follow.",
        [("more would follow", "The agency")],
        [("a", "State Department", "organization", None)],
        id="the-agency-is-the-department-named-before",
    ),
    pytest.param(
        "“We need flexibility,” Verizon said. “This is theft,” the White House said. The company said talks "
        "would resume.",
        [
            ("We need flexibility", "Verizon"),
            ("This is theft", "the White House"),
            ("talks would resume", "The company"),
        ],
        [("a", "Verizon", "organization", None), ("b", "White House", "organization", None), ("a", ANY, ANY, ANY)],
        id="the-company-is-the-latest-business-that-spoke",
    ),
    pytest.param(
        "“The jobs left,” white working-class voters said. Those voters said they felt ignored.",
        [("The jobs left", "white working-class voters"), ("they felt ignored", "Those voters")],
        [("a", "white working-class voters", "group", None)] * 2,
        id="those-voters-are-the-voters-just-meant",
    ),
    pytest.param(
        "“We were robbed,” said Rep. Diane Russell, a Maine legislator and Sanders supporter. “He lost,” wrote one "
        "Sanders supporter. “Not again,” another supporter wrote.",
        [
            ("We were robbed", "Rep. Diane Russell, a Maine legislator and Sanders supporter"),
            ("He lost", "one Sanders supporter"),
            ("Not again", "another supporter"),
        ],
        [("a", "Diane Russell", "person", ANY), ("b", "Sanders supporter", ANY, None), ("c", ANY, ANY, None)],
        id="one-or-another-supporter-is-not-the-supporter-named-before",
    ),
    pytest.param(
        "“It failed,” a report said. “It cost $3 million,” an appendix said. “We lost,” the crowd chanted. “Fine,” "
        "the government said.",
        [
            ("It failed", "a report"),
            ("It cost $3 million", "an appendix"),
            ("We lost", "the crowd"),
            ("Fine", "the government"),
        ],
        [
            ("a", "report", "organization", None),  # a message is typed as its issuer would be (eval/ANNOTATION.md)
            ("b", "appendix", "unknown", None),
            ("c", "crowd", "group", None),
            ("d", "government", "organization", None),
        ],
        id="descriptions-no-one-names-are-typed-by-their-head",
    ),
    pytest.param(
        "Lawmakers said the bill would pass. Reuters said it would not.",
        [("the bill would pass", "Lawmakers"), ("it would not", "Reuters")],
        [("a", "Lawmakers", "group", None), ("b", "Reuters", "organization", None)],
        id="a-plural-of-people-opening-a-sentence-is-a-group",
    ),
    pytest.param(
        "Democrat Hillary Clinton received a briefing. Clinton's Republican rival, New York businessman Donald Trump, "
        "received his. “We are close,” the two said. “It is over,” both said.",
        [("We are close", "the two"), ("It is over", "both")],
        [("a", "Hillary Clinton and Donald Trump", "group", None), ("b", "both", ANY, None)],
        id="the-two-are-the-last-two-people-named-when-no-pair-is",  # "both" may mean things: it is left alone
    ),
    pytest.param(
        "Donald Trump studied at Lehigh. “He was quiet,” said his best friend at Lehigh, Bruce Turry. “Not me,” said "
        "the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church.",
        [
            ("He was quiet", "his best friend at Lehigh, Bruce Turry"),
            ("Not me", "the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church"),
        ],
        [("a", "Bruce Turry", "person", ANY), ("b", "Peter Wherry", "person", ANY)],
        id="a-description-ending-in-a-capital-then-a-name-is-that-person",
    ),
    pytest.param(
        "Senator Marco Rubio spoke in Iowa. Aides said he would return. Allies said he would not.",
        [("he would return", "Aides"), ("he would not", "Allies")],
        [("a", "Aides", "group", None), ("b", "Allies", "group", None)],
        id="someone-s-people-opening-a-sentence-are-a-group",  # not an organisation named "Aides"
    ),
    pytest.param(
        "“We lost,” the crowd chanted. “Again,” the crowd chanted. “Go home,” those in the hall shouted.",
        [("We lost", "the crowd"), ("Again", "the crowd"), ("Go home", "those in the hall")],
        [("a", "crowd", "group", None), ("a", "crowd", "group", None), ("b", ANY, "group", None)],
        id="a-description-said-twice-is-one-speaker",
    ),
    pytest.param(
        "Sen. David Vitter spoke first. “It is broken,” he and House Judiciary Committee Chairman Bob Goodlatte "
        "(R-Va.) wrote.",
        [("It is broken", "he and House Judiciary Committee Chairman Bob Goodlatte (R-Va.)")],
        [("a", "David Vitter and Bob Goodlatte", "group", None)],
        id="he-and-a-person-named",
    ),
    pytest.param(
        "“I will win,” Donald Trump said. “We disagree,” both him and Trump said.",
        [("I will win", "Donald Trump"), ("We disagree", "both him and Trump")],
        [("a", "Donald Trump", "person", ANY)] * 2,
        id="him-and-the-same-person-is-no-pair",  # not "Donald Trump and Donald Trump"
    ),
    pytest.param(
        "“Turnout will be low,” a Republican strategist said. “He cannot win,” the strategist added.",
        [("Turnout will be low", "a Republican strategist"), ("He cannot win", "the strategist")],
        [("a", "Republican strategist", "anonymous", None)] * 2,
        id="the-strategist-is-the-strategist-just-described",  # an unnamed person: an anonymous source
    ),
    pytest.param(
        "The U.N. Security Council voted on Monday. The Security Council resolution calls for a truce.",
        [("a truce", "The Security Council resolution")],
        [("a", "U.N. Security Council", "organization", None)],
        id="an-international-body-keeps-its-prefix",  # but "U.S. Supreme Court" stays "Supreme Court"
    ),
    pytest.param(
        "Donald Trump mocked Crooked Hillary Clinton again. Hillary Clinton shrugged. “She is weak,” Trump said. "
        "“I am ready,” Clinton said.",
        [("She is weak", "Trump"), ("I am ready", "Clinton")],
        [("a", "Donald Trump", "person", None), ("b", "Hillary Clinton", "person", None)],
        id="an-epithet-before-a-first-name-is-no-name",  # not "Crooked Hillary Clinton"
    ),
    pytest.param(
        "J. Michael Pearson runs the firm; Michael Pearson took over in 2008. “Prices will fall,” Pearson said.",
        [("Prices will fall", "Pearson")],
        [("a", "J. Michael Pearson", "person", None)],
        id="an-initial-before-a-first-name-is-a-name",
    ),
    pytest.param(
        "Cornell William Brooks, president of the NAACP, spoke. “We march,” Brooks said.",
        [("We march", "Brooks")],
        [("a", "Cornell William Brooks", "person", None)],
        id="an-unlisted-first-name-is-a-name-when-no-other-is-given",
    ),
    pytest.param(
        "The council leader, Gareth Lowe, spoke. ‘We are ready,’ said Mr Lowe. The Home Secretary, Eleanor Marsh, "
        "insisted the plan worked. Mrs Marsh said: ‘No.’",
        [("We are ready", "Mr Lowe"), ("the plan worked", "The Home Secretary, Eleanor Marsh,"), ("No.", "Mrs Marsh")],
        [
            ("a", "Gareth Lowe", "person", ANY),
            ("b", "Eleanor Marsh", "person", ANY),
            ("b", "Eleanor Marsh", "person", ANY),
        ],
        id="british-honorifics-without-a-full-stop-and-a-capitalised-office-before-the-name",
    ),
    pytest.param(
        "A spokesman for its Defense Ministry, Colonel Anton Reisz, told reporters the border was calm.",
        [("the border was calm", "A spokesman for its Defense Ministry, Colonel Anton Reisz,")],
        [("a", "Anton Reisz", "person", ANY)],
        id="a-rank-written-out-is-a-title",
    ),
    pytest.param(
        "Detective Inspector Rachel Moyo said the car was found. Det Insp Moyo said more. Councillor Ruth Ebdon "
        "spoke. Cllr Ebdon said no.",
        [("the car was found", "Detective Inspector Rachel Moyo"), ("more", "Det Insp Moyo"), ("no", "Cllr Ebdon")],
        [("a", "Rachel Moyo", "person", ANY), ("a", "Rachel Moyo", "person", ANY), ("b", "Ruth Ebdon", "person", ANY)],
        id="british-police-and-council-titles-and-their-short-forms",
    ),
    pytest.param(
        "The deal is close, according to a person familiar with the matter. It may slip, the person said. "
        "A second person briefed on the talks said the price was set. That person added that it was final. "
        "People close to the bank said it would wait.",
        [
            ("The deal is close", "a person familiar with the matter"),
            ("It may slip", "the person"),
            ("the price was set", "A second person briefed on the talks"),
            ("it was final", "That person"),
            ("it would wait", "People close to the bank"),
        ],
        [
            ("a", "person familiar with the matter", "anonymous", None),
            ("a", "person familiar with the matter", "anonymous", None),
            ("b", "second person briefed on the talks", "anonymous", None),
            ("b", "second person briefed on the talks", "anonymous", None),
            ("c", "People close to the bank", "group", None),
        ],
        id="sources-described-by-what-they-know-are-one-source-each",
    ),
    pytest.param(
        "Halcyon Pharmaceuticals may buy Verdant, according to a person familiar with the matter. A spokeswoman for "
        "Halcyon declined to comment. The price is high, the person said. A second person briefed on the talks said "
        "a rival had left. The first person familiar with the matter said the checks were done. Halcyon said no.",
        [
            ("Halcyon Pharmaceuticals may buy Verdant", "a person familiar with the matter"),
            ("to comment", "A spokeswoman for Halcyon"),
            ("The price is high", "the person"),
            ("a rival had left", "A second person briefed on the talks"),
            ("the checks were done", "The first person familiar with the matter"),
            ("no", "Halcyon"),
        ],
        [
            ("a", "person familiar with the matter", "anonymous", None),
            ("b", "spokeswoman for Halcyon", "anonymous", None),
            ("a", "person familiar with the matter", "anonymous", None),
            ("c", "second person briefed on the talks", "anonymous", None),
            ("a", "person familiar with the matter", "anonymous", None),
            ("d", "Halcyon", "organization", None),  # a company, though not spelled out from the quote it is in
        ],
        id="the-person-is-the-source-of-that-kind-last-quoted-and-the-first-person-the-first",
    ),
    pytest.param(
        "A deal is near, according to a person familiar with the matter. Another person familiar with the talks "
        "said it was not. The first person said the price was set. The second person said the board would meet.",
        [
            ("A deal is near", "a person familiar with the matter"),
            ("it was not", "Another person familiar with the talks"),
            ("the price was set", "The first person"),
            ("the board would meet", "The second person"),
        ],
        [
            ("a", "person familiar with the matter", "anonymous", None),
            ("b", "another person familiar with the talks", "anonymous", None),
            ("a", "person familiar with the matter", "anonymous", None),
            ("b", "another person familiar with the talks", "anonymous", None),
        ],
        id="ordinals-count-the-sources-of-a-kind-as-introduced",
    ),
    pytest.param(
        "Prosecutors said he lied. Protesters said the bill was unfair. The Police Federation said it would sue, "
        "and Downing Street said it would not. Commuters stuck in traffic said they were late, and several shop "
        "owners along the boulevard said they had closed. Sanders said it was wrong.",
        [
            ("he lied", "Prosecutors"),
            ("the bill was unfair", "Protesters"),
            ("it would sue", "The Police Federation"),
            ("it would not", "Downing Street"),
            ("they were late", "Commuters stuck in traffic"),
            ("they had closed", "several shop owners along the boulevard"),
            ("it was wrong", "Sanders"),
        ],
        [
            ("a", "Prosecutors", "group", None),
            ("b", "Protesters", "group", None),
            ("c", "Police Federation", "organization", None),
            ("d", "Downing Street", "organization", None),
            ("e", "Commuters stuck in traffic", "group", None),
            ("f", "shop owners along the boulevard", "group", None),
            ("g", "Sanders", "organization", None),  # a lone surname never named in full (a known weakness)
        ],
        id="people-nouns-bodies-and-described-groups-are-typed-as-such",
    ),
    pytest.param(
        "Utility company Gulfside Power said crews were out. Gulfside Power said more. The DLC, the centrist "
        "organization Bill Clinton used to change the party, said little. Bill Clinton said a lot.",
        [("crews were out", "Utility company Gulfside Power"), ("more", "Gulfside Power"), ("a lot", "Bill Clinton")],
        [
            ("a", "Gulfside Power", "organization", None),
            ("a", "Gulfside Power", "organization", None),
            ("b", "Bill Clinton", "person", None),
        ],  # fmt: skip
        id="a-name-introduced-by-its-kind-is-a-body-but-not-a-first-name-after-it",
    ),
    pytest.param(
        "Mr. Cruz defends his record. Ted Cruz, a senator from Texas, spoke in Houston. As a teenager Mr. Cruz "
        "changed his Spanish-sounding name, Rafael Edward Cruz. Mr. Cruz said the name rhymed with every word.",
        [("the name rhymed with every word", "Mr. Cruz")],
        [("a", "Ted Cruz", "person", ANY)],
        id="a-name-given-at-birth-is-not-the-canonical-one",  # "Mr. Cruz" is Ted Cruz
    ),
    pytest.param(
        "Beto O'Rourke, whose legal name is Robert Francis O'Rourke, campaigned in El Paso. ''We will win Texas,'' "
        "Mr. O'Rourke said.",
        [("We will win Texas", "Mr. O'Rourke")],
        [("a", "Beto O'Rourke", "person", ANY)],
        id="a-legal-name-is-not-the-canonical-one",
    ),
    pytest.param(
        "Hunter Biden, the son of President Joe Biden, was indicted on Thursday. ''I have nothing to hide,'' Mr. Biden "
        "said.",
        [("I have nothing to hide", "Mr. Biden")],
        [("a", "Hunter Biden", "person", ANY)],
        id="namesakes-of-one-length-go-to-the-first-named",
    ),
    pytest.param(
        "Mrs. Clinton's lead in Iowa is shrinking. Chelsea Clinton, her daughter, campaigned in Des Moines. Hillary "
        "Rodham Clinton has spent weeks there. Mrs. Clinton said the race was close.",
        [("the race was close", "Mrs. Clinton")],
        [("a", "Hillary Rodham Clinton", "person", ANY)],
        id="mrs-surname-is-the-longest-namesake-of-her-gender",
    ),
    pytest.param(
        "Walter Hale died on Friday at 91. The death was confirmed by his son Michael Hale. Mr. Hale opened his "
        "pharmacy in 1958. ''I never wanted to do anything else,'' Mr. Hale said in a 2008 interview.",
        [("I never wanted to do anything else", "Mr. Hale")],
        [("a", "Walter Hale", "person", ANY)],
        id="mr-surname-is-the-longest-namesake-in-an-obituary-too",
    ),
    pytest.param(
        "Hunter Biden, the president's son, was convicted on Tuesday. President Joe Biden issued a statement. ''I am "
        "grateful,'' Mr. Biden said.",
        [("I am grateful", "Mr. Biden")],
        [("a", "Hunter Biden", "person", ANY)],
        id="namesakes-of-one-length-go-to-the-first-named-in-a-lede",
    ),
    pytest.param(
        "Michael Smith, his wife and their two children escaped the fire. A neighbour, Paul Smith, helped them. "
        "''We lost everything,'' Mr Smith said.",
        [("We lost everything", "Mr Smith")],
        [("a", "Michael Smith", "person", ANY)],
        id="namesakes-of-one-length-go-to-the-first-named-with-a-neighbour",
    ),
    pytest.param(
        "Sean Kelly, 34, of Tallaght, appeared before Judge Martin Kelly on Monday. Mr Kelly denied the charge.",
        [("the charge", "Mr Kelly")],
        [("a", "Sean Kelly", "person", ANY)],
        id="namesakes-of-one-length-go-to-the-first-named-in-court",
    ),
    pytest.param(
        "Ben Carson and Ruth Carson met voters. Ms. Carson said the trip was long. Ms. Carson said she was tired.",
        [("the trip was long", "Ms. Carson"), ("she was tired", "Ms. Carson")],
        [("a", "Ruth Carson", "person", ANY)] * 2,
        id="ms-surname-takes-no-namesake-of-the-other-gender",
    ),
    pytest.param(
        "In Sen. Jeff Sessions' column, the Republican from Alabama blames the news media for the decline.",
        [("the news media for the decline", "the Republican from Alabama")],
        [("a", "Jeff Sessions", "person", ANY)],
        id="an-epithet-from-a-place-is-the-person-not-the-place",
    ),
    pytest.param(
        "Fox News Vice President and Washington Managing Editor Bill Sammon expressed frustration. ''Naturally, "
        "we are disappointed,'' Sammon said.",
        [
            ("frustration", "Fox News Vice President and Washington Managing Editor Bill Sammon"),
            ("Naturally", "Sammon"),
        ],
        [("a", "Bill Sammon", "person", ANY)] * 2,
        id="a-newsroom-rank-is-a-title",
    ),
    pytest.param(
        "Oscar-winning actress Susan Sarandon was asked about the race. ''I don't know,'' she said. The actress said "
        "she was tired of the status quo.",
        [("I don't know", "she"), ("she was tired of the status quo", "The actress")],
        [("a", "Susan Sarandon", "person", None)] * 2,
        id="the-actress-is-the-one-introduced-as-an-actress",
    ),
    pytest.param(
        "Senator Ted Cruz traded insults with Alec Baldwin on Twitter. Cruz said the show was unfunny. The actor said "
        "the senator had no sense of humour.",
        [("the show was unfunny", "Cruz"), ("the senator had no sense of humour", "The actor")],
        [("a", "Ted Cruz", "person", ANY), ("b", "actor", ANY, ANY)],
        id="the-actor-is-not-the-senator-the-article-follows",
    ),
    pytest.param(
        "Republican pollster Frank Luntz held a focus group. A Democratic pollster working for a rival campaign was "
        "skeptical. ''Focus groups are theater,'' the pollster said.",
        [("Focus groups are theater", "the pollster")],
        [("a", "Democratic pollster", "anonymous", ANY)],
        id="the-pollster-is-the-unnamed-one-introduced-since",
    ),
    pytest.param(
        "Arnold Schwarzenegger returned to the set on Monday. He co-starred with actor Danny DeVito in a 1988 comedy. "
        "''I'll be back,'' the actor said.",
        [("I'll be back", "the actor")],
        [("a", "actor", ANY, ANY)],
        id="the-actor-is-not-a-co-star-named-after-with",
    ),
    pytest.param(
        "Arnold Schwarzenegger returned to the set on Monday. In 1988, with actor Danny DeVito, he made a comedy. "
        "''I'll be back,'' the actor said.",
        [("I'll be back", "the actor")],
        [("a", "actor", ANY, ANY)],
        id="the-actor-is-not-a-co-star-named-after-with-at-a-clause-start",
    ),
    pytest.param(
        "Rajiv Gandhi's son, Rahul Gandhi, was elected Leader of the Opposition on Tuesday. ''I will raise the voice "
        "of the poor,'' Mr Gandhi said. Hunter Biden, President Biden's son, was sentenced on Friday. The case had "
        "shadowed Joe Biden's presidency. ''I take full responsibility,'' Mr. Biden told the judge.",
        [("I will raise the voice of the poor", "Mr Gandhi"), ("I take full responsibility", "Mr. Biden")],
        [("a", "Rahul Gandhi", "person", ANY), ("b", "Hunter Biden", "person", ANY)],
        id="namesakes-of-one-length-go-to-the-more-frequent-then-the-first",
    ),
    pytest.param(
        "President Trump's son, Eric, said the rally was huge. Harry's wife, Meghan, said she was pleased.",
        [("the rally was huge", "President Trump's son, Eric,"), ("she was pleased", "Harry's wife, Meghan,")],
        [("a", "Eric Trump", "person", ANY), ("b", "Meghan", "person", ANY)],
        id="a-relative-takes-a-titled-owners-surname-but-no-first-name",
    ),
    pytest.param(
        "Sen. Chuck Schumer blasted Sen. Richard Shelby over the bill. The Republican from Alabama said it would pass.",
        [("it would pass", "The Republican from Alabama")],
        [("a", "Republican from Alabama", ANY, ANY)],
        id="an-epithet-from-a-place-names-no-one-when-two-were-just-named",  # not Schumer, the article's first
    ),
    pytest.param(
        "Chief Justice John Roberts assigned the opinion to Justice Samuel A. Alito Jr., who in two earlier opinions "
        "had made clear that he was ready to overturn the decision.",
        [("he was ready to overturn the decision", "who")],
        [("a", "Samuel A. Alito Jr.", "person", ANY)],
        id="who-after-a-name-ending-in-jr-is-that-person",  # the run stops before the suffix's full stop
    ),
    pytest.param(
        "The award went to Kenneth Griffey Jr. Who said baseball was dying? Not him.",
        [("baseball was dying", "Who")],
        [("a", "Who", ANY, ANY)],
        id="who-opening-a-sentence-after-jr-is-not-that-person",
    ),
    pytest.param(
        "Hillary Clinton spoke in Nashua. Clinton's husband, Bill, said the race was close. The Queen's husband, "
        "Philip, said little. Prince Harry's wife, Meghan, said more. Sanders' wife, Jane, said he was tired.",
        [
            ("the race was close", "Clinton's husband, Bill,"),
            ("little", "The Queen's husband, Philip,"),
            ("more", "Harry's wife, Meghan,"),
            ("he was tired", "Sanders' wife, Jane,"),
        ],
        [
            ("a", "Bill Clinton", "person", ANY),
            ("b", "Philip", "person", ANY),
            ("c", "Meghan", "person", ANY),
            ("d", "Jane Sanders", "person", ANY),
        ],
        id="a-relative-by-first-name-takes-the-owners-surname-not-a-title",
    ),
    pytest.param(
        "Turnout fell from the 436,219 people who came out in 2008, and the 93,522 people who voted for Edwards "
        "stayed home.",
        [("came out in 2008", "who"), ("voted for Edwards", "who")],
        [("a", "436,219 people", "group", None), ("b", "93,522 people", "group", None)],
        id="a-count-with-a-thousands-comma-is-one-word",
    ),
    pytest.param(
        "'It is old-school,' said Gregory W. Slayton, whom George W. Bush appointed envoy to Bermuda, and who is now "
        "supporting Marco Rubio.",
        [("It is old-school", "Gregory W. Slayton"), ("Marco Rubio", "who")],
        [("a", "Gregory W. Slayton", "person", None), ("a", "Gregory W. Slayton", "person", None)],
        id="and-who-shares-the-antecedent-of-the-relative-before-it",
    ),
    pytest.param(
        "Clinton leads thanks to endorsements from superdelegates, the party leaders who can back the candidate of "
        "their choice.",
        [("the candidate of their choice", "who")],
        [("a", "superdelegates", "group", None)],
        id="an-apposition-that-defines-a-plural-is-that-plural",
    ),
    pytest.param(
        "The party tapped the anger of those who felt abandoned by the revolution, and it won.",
        [("abandoned by the revolution", "who")],
        [("a", "those who felt abandoned by the revolution", "group", None)],
        id="those-who-keep-their-clause",
    ),
]


@pytest.mark.parametrize(("text", "items", "expected"), CASES)
def test_resolve_speakers(text, items, expected):
    given = attributions(text, items)
    resolved = resolve_speakers(text, given)
    assert len(resolved) == len(given)
    ids: dict[str, str] = {}
    for before, after, (key, name, type_, role) in zip(given, resolved, expected, strict=True):
        assert replace(after, speaker=before.speaker) == before, "only the speaker changes"
        if key is None:
            assert after.speaker is None
            continue
        if key == "-":
            assert after.speaker == before.speaker and after.speaker.id is None
            continue
        speaker = after.speaker
        assert speaker is not None
        assert speaker.mention == before.speaker.mention, "the mention stays where it was found"
        got = (speaker.name, speaker.type, speaker.role)
        want = tuple(g if w is ANY else w for g, w in zip(got, (name, type_, role), strict=True))
        assert got == want
        ids.setdefault(key, speaker.id)
        assert speaker.id == ids[key], f"quote {after.quote.text!r} should share speaker {key}"
    assert len(set(ids.values())) == len(ids), "different speakers got one id"


@pytest.mark.parametrize(("text", "items", "expected"), [pytest.param(*c.values, id=c.id) for c in CASES])
def test_ids_are_numbered_in_text_order(text, items, expected):
    resolved = resolve_speakers(text, attributions(text, items))
    by_position = sorted((a.speaker.mention.start, a.speaker.id) for a in resolved if a.speaker and a.speaker.id)
    first_seen: list[str] = []
    for _, speaker_id in by_position:
        if speaker_id not in first_seen:
            first_seen.append(speaker_id)
    assert first_seen == [f"s{i + 1}" for i in range(len(first_seen))]


def test_a_paraphrase_without_a_source_continues_the_one_just_before():
    """ "…, but noted that …" keeps the speaker; "Asked whether …" is a question someone else put."""
    text = "Ann Smith said the bill is fair, but noted that it would cost a lot. Asked whether she would vote, she hid."

    def paraphrase(quote: str, cue: str, mention: str | None = None) -> Attribution:
        start, cue_start = text.index(quote), text.index(cue)
        speaker = None
        if mention is not None:
            speaker = Speaker(mention, mention=Span.of(text, text.index(mention), text.index(mention) + len(mention)))
        return Attribution(
            quote=Quote(quote, start, start + len(quote)),
            cue=Span.of(text, cue_start, cue_start + len(cue)),
            speaker=speaker,
        )

    given = [
        paraphrase("the bill is fair", "said", "Ann Smith"),
        paraphrase("it would cost a lot", "noted"),
        paraphrase("whether she would vote", "Asked"),
    ]
    said, noted, asked = resolve_speakers(text, given)
    assert said.speaker is not None and said.speaker.name == "Ann Smith"
    assert noted.speaker is not None and noted.speaker.id == said.speaker.id
    assert asked.speaker is None


def test_resolve_nothing():
    assert resolve_speakers("No quotes here.", []) == []


def test_input_order_does_not_matter():
    """Mentions are resolved in text order even when the attributions arrive out of order."""
    text = "Defense Secretary Lloyd Austin said yes. “No,” he said."
    given = attributions(text, [("yes", "Defense Secretary Lloyd Austin"), ("No", "he")])
    forward = resolve_speakers(text, given)
    backward = resolve_speakers(text, given[::-1])
    assert backward == forward[::-1]


@pytest.mark.parametrize(
    ("mention", "apposition"),
    [
        ("Sen. Mitch McConnell, R-Ky., on Sunday", None),  # a party and state are no role, nor is a day
        ("Sen. Elizabeth Warren, D-Mass., the senior senator", "the senior senator"),
        ("Maj. Gen. Pat Ryder, Pentagon press secretary", "Pentagon press secretary"),
    ],
)
def test_a_party_tag_is_no_apposition(mention, apposition):
    assert core_mention(mention)[1] == apposition


@pytest.mark.parametrize(
    ("words", "role", "name"),
    [
        (["Defense", "Secretary", "Lloyd", "Austin"], ["Defense", "Secretary"], ["Lloyd", "Austin"]),
        (["Maj.", "Gen.", "Pat", "Ryder"], ["Maj.", "Gen."], ["Pat", "Ryder"]),
        (["President", "Joe", "Biden", ","], ["President"], ["Joe", "Biden"]),  # trailing punctuation dropped
        (["Lloyd", "Austin"], [], ["Lloyd", "Austin"]),
        # A title word before a name's suffix is the surname ("King"); sport titles are titles.
        (["Martin", "Luther", "King", "Jr."], [], ["Martin", "Luther", "King", "Jr."]),
        (["King", "Jr."], [], ["King", "Jr."]),
        (["Coach", "Mike", "Krzyzewski"], ["Coach"], ["Mike", "Krzyzewski"]),
        (["Head", "Coach", "Andy", "Reid"], ["Head", "Coach"], ["Andy", "Reid"]),
        (["Officer", "Karen", "Mills"], ["Officer"], ["Karen", "Mills"]),
        (["Senior", "Constable", "Ana", "Reyes"], ["Senior", "Constable"], ["Ana", "Reyes"]),
        # negative rows: no name
        (["senior", "Pentagon", "official"], ["senior", "Pentagon", "official"], []),
        (["the", "Secretary"], ["the", "Secretary"], []),
        ([], [], []),
    ],
)
def test_split_title(words, role, name):
    assert split_title(words) == (role, name)


class _StubChooser:
    """Picks a fixed candidate (by its text) for every pronoun; records what it was offered."""

    def __init__(self, pick: str | None) -> None:
        self.pick = pick
        self.offered: list[str] = []

    def choose(self, text, pronouns, candidates):
        self.offered = [text[s:e] for s, e, _ in candidates]
        hit = next(((s, e) for s, e, _ in candidates if text[s:e] == self.pick), None)
        return [hit for _ in pronouns]


TWO_PEOPLE = "Senator Jim Clyburn said no, as Donald Trump looked on. “It is fine,” he said."
TWO_PEOPLE_ITEMS = [("no", "Senator Jim Clyburn"), ("It is fine", "he")]


def test_learned_antecedent_overrides_latest_speaker():
    rules = resolve_speakers(TWO_PEOPLE, attributions(TWO_PEOPLE, TWO_PEOPLE_ITEMS))
    assert rules[1].speaker.name == "Jim Clyburn"  # the rules only know earlier speakers
    chooser = _StubChooser("Donald Trump")
    learned = resolve_speakers(TWO_PEOPLE, attributions(TWO_PEOPLE, TWO_PEOPLE_ITEMS), antecedents=chooser)
    assert "Donald Trump" in chooser.offered  # a person who never spoke is a candidate too
    assert learned[1].speaker.name == "Donald Trump"
    assert learned[0].speaker.name == "Jim Clyburn"


@pytest.mark.parametrize("pick", [None, "Senator Jim Clyburn"])
def test_declined_or_earlier_speaker_antecedent(pick):
    learned = resolve_speakers(TWO_PEOPLE, attributions(TWO_PEOPLE, TWO_PEOPLE_ITEMS), antecedents=_StubChooser(pick))
    assert learned[1].speaker.id == learned[0].speaker.id


def test_the_one_person_a_new_paragraph_names_outweighs_the_learned_antecedent():
    text = (
        "Teodoro Ccahuana Mamani, a union leader, said the mines were inspected on paper only.\n\n"
        "The rescue is being led by Colonel Edgar Salas Rivera of the police. He said his teams were advancing."
    )
    items = [("the mines were inspected on paper only", "Teodoro Ccahuana Mamani, a union leader,"),
             ("his teams were advancing", "He")]  # fmt: skip
    chooser = _StubChooser("Teodoro Ccahuana Mamani, a union leader,")
    resolved = resolve_speakers(text, attributions(text, items), antecedents=chooser)
    assert resolved[1].speaker.name == "Edgar Salas Rivera"  # "Edgar" only the birth records know, after a title


def test_a_learned_antecedent_run_ending_in_a_body_owned_by_a_person_is_that_person():
    text = "As Rep. Alan Grayson’s Senate campaign fell apart, he blasted out a robocall. Alan Grayson was angry."
    items = [("a robocall", "he")]
    chooser = _StubChooser("As Rep. Alan Grayson’s Senate")
    assert resolve_speakers(text, attributions(text, items), antecedents=chooser)[0].speaker.name == "Alan Grayson"


def test_a_person_named_only_inside_the_last_report_does_not_open_the_pronoun():
    """Carter, named in what Hale told jurors, is what Hale spoke of: the next "he said" stays Hale's, the model not
    asked (it had picked Carter; user audit, 2026-12-07). Named in the narrative, he is a candidate as before."""
    text = 'Jonathan Hale told jurors that video showed Mr. Carter pulling a gun. "The video does not lie," he said.'
    items = [("video showed Mr. Carter pulling a gun", "Jonathan Hale"), ("The video does not lie", "he")]
    chooser = _StubChooser("Mr. Carter")
    assert resolve_speakers(text, attributions(text, items), antecedents=chooser)[1].speaker.name == "Jonathan Hale"
    narrated = 'Jonathan Hale told jurors the video was clear, as Mr. Carter looked on. "It does not lie," he said.'
    items = [("the video was clear", "Jonathan Hale"), ("It does not lie", "he")]
    assert resolve_speakers(narrated, attributions(narrated, items), antecedents=chooser)[1].speaker.name == "Carter"


def test_a_person_named_in_the_report_that_holds_the_pronoun_may_be_its_antecedent():
    """An answer that names a colleague and then quotes "he": the model is asked, and may pick the colleague."""
    text = (
        "“It works,” said Dr Hendrik van Rooyen.\n\nDr Ann Sithole said a colleague, Dr Pieter Joubert, played her "
        "recordings. He said, “Listen again.”"
    )
    items = [("It works", "Dr Hendrik van Rooyen"),
             ("a colleague, Dr Pieter Joubert, played her recordings. He said, “Listen again.”", "Dr Ann Sithole"),
             ("Listen again.", "He")]  # fmt: skip
    chooser = _StubChooser("Dr Pieter Joubert")
    assert resolve_speakers(text, attributions(text, items), antecedents=chooser)[2].speaker.name == "Pieter Joubert"


def test_non_person_antecedent_falls_back_to_the_rules():
    text = "Senator Jim Clyburn said no. The Pentagon was silent. “It is fine,” he said."
    items = [("no", "Senator Jim Clyburn"), ("It is fine", "he")]
    learned = resolve_speakers(text, attributions(text, items), antecedents=_StubChooser("The Pentagon"))
    assert learned[1].speaker.name == "Jim Clyburn"
    assert {a.speaker.name for a in learned} == {"Jim Clyburn"}  # no stray organisation speaker


def assert_not_last_speaker(text: str, items: list[tuple[str, str]], wrong: str) -> None:
    """The speaker of the last of ``items`` is not ``wrong`` ("name" or "name/type")."""
    speaker = resolve_speakers(text, attributions(text, items))[-1].speaker
    name, _, type_ = wrong.partition("/")
    assert speaker is None or not (speaker.name == name and (not type_ or speaker.type == type_))


def assert_last_speaker(text: str, items: list[tuple[str, str]], name, type_) -> None:
    """The speaker of the last of ``items`` (quote, source mention) in ``text`` has ``name`` and ``type_``; either may
    be ``ANY``, and with ``type_`` None it is anyone but ``name`` (or no one)."""
    speaker = resolve_speakers(text, attributions(text, items))[-1].speaker
    if type_ is None:
        assert speaker is None or speaker.name != name
    else:
        assert (name is ANY or speaker.name == name) and (type_ is ANY or speaker.type == type_)


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A person whose first name the lists lack stays a person though "it" follows.
        ("Kwasi Kwarteng said it would cut taxes.", [("it would cut taxes", "Kwasi Kwarteng")], "Kwasi Kwarteng",
         "person"),
        # A lone word that is also a first name is a body when it speaks of itself as "it".
        ("Mercedes said its drivers would start from the pit lane.",
         [("its drivers would start from the pit lane", "Mercedes")], "Mercedes", "organization"),
        # "His company" is not just any company that spoke.
        ("Microsoft said profits rose. Elon Musk spoke later. His company said it would hire.",
         [("profits rose", "Microsoft"), ("it would hire", "His company")], "Elon Musk", "person"),
        # A title and a person are no business for "the company".
        ("Energy Secretary Chris Wright toured the Fairhaven plant on Monday. The company said output would rise.",
         [("output would rise", "The company")], "company", "organization"),
        # An age names only the one person of the last sentences, and a nationality no person of another nation.
        ("Dr. Jane Moss treated her. A man was taken to hospital. The 45-year-old said it hurt.",
         [("it hurt", "The 45-year-old")], "45-year-old", "unknown"),
        ("Ukrainian President Volodymyr Zelensky met Hungarian leader Viktor Orban. The Ukrainian said talks went on.",
         [("talks went on", "The Ukrainian")], "Ukrainian", ANY),
        # A pronoun after a person named since the unnamed source spoke is that person's.
        ("A spokesperson said it was dead, but Mayor John Smith disagreed. “It is alive,” he said.",
         [("it was dead", "A spokesperson"), ("It is alive", "he")], "John Smith", "person"),
    ],
)  # fmt: skip
def test_the_seventh_sessions_rules_stop_where_they_should(text, items, name, type_):
    """The last item's speaker (from a review of the rules of 2026-12-05's seventh session)."""
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A relative clause tagged as the source stands for the phrase before it, as its pronoun does.
        ("Gustavo Ferreyra resigned. The former midfielder, who took over in March, said he was sorry.",
         [("he was sorry", "who took over in March,")], "Gustavo Ferreyra", "person"),
        ("“Masks work,” WHO chief Tedros Adhanom said.", [("Masks work", "WHO chief Tedros Adhanom")],
         "Tedros Adhanom", "person"),
        # People described by a participle clause are a group of those people.
        ("In Kumasi, voters interviewed on Wednesday said they had little interest.",
         [("they had little interest", "voters interviewed on Wednesday")], ANY, "group"),
        ("Visitors queuing outside said they had come for the story.",
         [("they had come for the story", "Visitors queuing outside")], ANY, "group"),
        # Civic bodies are organisations by their name or by an apposition that describes a body.
        ("The National Disease Surveillance Cell said 2,310 people were admitted.",
         [("2,310 people were admitted", "The National Disease Surveillance Cell")],
         "National Disease Surveillance Cell", "organization"),
        ("Serra Dourada Mineração, the state-owned miner, said output rose.",
         [("output rose", "Serra Dourada Mineração, the state-owned miner,")], "Serra Dourada Mineração",
         "organization"),
        # ... but not a person whose own phrase names the body the apposition describes.
        ("Marc Dufresne of the Institute for Fiscal Clarity, a Montreal think tank, said growth would slow.",
         [("growth would slow", "Marc Dufresne of the Institute for Fiscal Clarity, a Montreal think tank,")],
         "Marc Dufresne", "person"),
        ("Amara Keita, a spokeswoman for the bank, said rates would hold.",
         [("rates would hold", "Amara Keita, a spokeswoman for the bank,")], "Amara Keita", "person"),
        # An age anywhere in a description names the one person of the last sentences, whatever its head.
        ("Donald Trump spoke. Trump left. Ivanka Trump smiled. “We won,” the 34-year-old mother of three said.",
         [("We won", "the 34-year-old mother of three")], "Ivanka Trump", "person"),
        # Police and offices are organisations though unnamed.
        ("According to police, about 20 men climbed over a fence.", [("about 20 men climbed over a fence", "police")],
         "police", "organization"),
        ("The state prosecutor’s office said the verdict was just.",
         [("the verdict was just", "The state prosecutor’s office")], "state prosecutor’s office", "organization"),
        # From the review of these rules: each stops where it should.
        ("“It was unfair,” said Maria Lopez, a lawyer representing the union.",
         [("It was unfair", "Maria Lopez, a lawyer representing the union")], "Maria Lopez", "person"),
        ("John Smith, 34, was arrested. “He is innocent,” said the lawyer for the 34-year-old.",
         [("He is innocent", "the lawyer for the 34-year-old")], "lawyer for the 34-year-old", "unknown"),
        ("“We will sponsor the team,” Nike said. “We are delighted,” the club said.",
         [("We will sponsor the team", "Nike"), ("We are delighted", "the club")], "club", "organization"),
        ("“Shifts are unfilled,” said a nurse staffing agency.",
         [("Shifts are unfilled", "a nurse staffing agency")], "nurse staffing agency", "organization"),
    ],
)  # fmt: skip
def test_the_eighth_sessions_rules(text, items, name, type_):
    """The last item's speaker (rules of 2026-12-05's eighth session, written from eval/styles/set-6)."""
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # "the <kind>" is the body the narrative introduced with an apposition of that kind, after or before its name.
        ("The Renal Patients' Voice, a charity that supports patients, objected. “It is cruel,” the charity said.",
         [("It is cruel", "the charity")], "Renal Patients' Voice", "organization"),
        ("Kestrel, the Amsterdam-based logistics software group, bought a stake. The group said it would grow.",
         [("it would grow", "The group")], "Kestrel", "organization"),
        ("The city's largest business group, the Port Carrow Chamber of Trade, welcomed it. The group urged calm.",
         [("calm", "The group")], "Port Carrow Chamber of Trade", "organization"),
        ("Armadores Oeste, a family firm based in Peniche, was fined. The company said it would appeal.",
         [("it would appeal", "The company")], "Armadores Oeste", "organization"),
        # ... not a person whose apposition names the body nor one who works for it.
        ("John Smith, the company's founder, left. “We will grow,” the company said.",
         [("We will grow", "the company")], "company", ANY),
        ("Mark Ellis, a lawyer for the charity, spoke. “We object,” the charity said.",
         [("We object", "the charity")], "charity", ANY),
        # From the review: no person, place or product described by its relation to the body, no body inside a
        # name, no "the <kind>, Name" that is no apposition, and a body that spoke since is likelier meant.
        ("Okafor, the director of the charity, spoke at the launch. “We are delighted,” the charity said.",
         [("We are delighted", "the charity")], "charity", ANY),
        ("Dr. Patel, a charity founder, spoke. “We are delighted,” the charity said.",
         [("We are delighted", "the charity")], "charity", ANY),
        ("Sales grew in China, the biggest market for the company, last year. “Demand is strong,” the company said.",
         [("Demand is strong", "the company")], "company", ANY),
        ("Jaguar Land Rover, a unit of the Tata Group, reported results. “We are confident,” the group said.",
         [("We are confident", "the group")], "Tata Group", "organization"),
        ("According to the group, Shell ignored warnings. “Shell must act,” the group said.",
         [("Shell must act", "the group")], "group", ANY),
        ("Kestrel, a logistics company, bought Orbis Freight. “We welcome it,” Orbis Freight said. “We see growth,” "
         "the company added.", [("We welcome it", "Orbis Freight"), ("We see growth", "the company")],
         "Orbis Freight", "organization"),
        ("Hezbollah, the Lebanese militant group, fired rockets. “We will respond,” Hamas said. “The enemy will pay,” "
         "the group added.", [("We will respond", "Hamas"), ("The enemy will pay", "the group")], "group", ANY),
        # From eval/styles/set-7: everyday occupations are people, "Others" at a sentence start are people, and
        # brewing and medical name businesses.
        ("One production supervisor, who did not want to be named, said workers were hopeful.",
         [("workers were hopeful", "One production supervisor, who did not want to be named,")],
         "production supervisor", "anonymous"),
        ("Forecasters said the storm had passed.", [("the storm had passed", "Forecasters")], "Forecasters", "group"),
        ("Some parents welcomed it. Others said the ban was overdue.", [("the ban was overdue", "Others")], "others",
         "group"),
        ("Cascade Hollow Brewing will close three taprooms, the company said.",
         [("Cascade Hollow Brewing will close three taprooms", "the company")], "Cascade Hollow Brewing",
         "organization"),
        # From the review of those words: a person noun modifying a body's head keeps the body, and no name is
        # a business for a word that is also a surname.
        ("“Rates will stay high,” Close Brothers, a specialist lender, said.",
         [("Rates will stay high", "Close Brothers, a specialist lender,")], "Close Brothers", "organization"),
        ("Specialist lending firms said demand had fallen.", [("demand had fallen", "Specialist lending firms")],
         ANY, "group"),
        ("“It was brilliant,” said A.M. Homes, the novelist.", [("It was brilliant", "A.M. Homes")], "A.M. Homes",
         "person"),
    ],
)  # fmt: skip
def test_the_ninth_sessions_rules(text, items, name, type_):
    """The last item's speaker (rules of 2026-12-05's ninth session, written from eval/styles/set-4 and set-7)."""
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A short first paragraph that ends as a sentence does is no headline: its name is a name.
        ("Anne Smith said the budget would pass.\n\nThe council met on Monday. “It is done,” Smith said.\n",
         [("the budget would pass", "Anne Smith"), ("It is done", "Smith")], "Anne Smith", "person"),
        # ... while a short first line without a full stop stays the headline ("Late" is no first name).
        ("Late Okonjo strike keeps City in race\n\nFemi Okonjo scored late. “I just hit it,” Okonjo said.\n",
         [("I just hit it", "Okonjo")], "Femi Okonjo", "person"),
        # An organisation word that is also a surname ends a person's name after a first name, alone too.
        ("Former president Vicente Fox criticised the reform. “It is a mistake,” Fox said.",
         [("It is a mistake", "Fox")], "Vicente Fox", "person"),
        ("Margaret Court said the decision was unfair.", [("the decision was unfair", "Margaret Court")],
         "Margaret Court", "person"),
        # ... but not after a place or another organisation word, nor a building's name; "Head" is a surname.
        ("Clarence House said the King would attend.", [("the King would attend", "Clarence House")], ANY,
         "organization"),
        ("Edith Head said the costumes were finished.", [("the costumes were finished", "Edith Head")], "Edith Head",
         "person"),
        ("The Virginia House said the bill would pass.", [("the bill would pass", "The Virginia House")],
         "Virginia House", "organization"),
        ("Fox News said the interview would air Sunday.", [("the interview would air Sunday", "Fox News")],
         "Fox News", "organization"),
        # "Sir" and "Dame" go with the first name: "Sir Keir" is Keir Starmer.
        ("Sir Keir Starmer said the plan would work. “We made a promise,” Sir Keir said.",
         [("the plan would work", "Sir Keir Starmer"), ("We made a promise", "Sir Keir")], "Keir Starmer", "person"),
        # A suffix is no first name, and a name without it is someone else: "Trump Jr." is Donald Trump Jr., and a
        # bare "Trump" beside both is Donald Trump.
        ("Donald Trump Jr. said the campaign would win. “He is a fighter,” Trump Jr. said.",
         [("the campaign would win", "Donald Trump Jr."), ("He is a fighter", "Trump Jr.")], "Donald Trump Jr.",
         "person"),
        ("Donald Trump said he would win. Donald Trump Jr. agreed. “He is a fighter,” Trump Jr. said. “We will win,” "
         "Trump said.", [("he would win", "Donald Trump"), ("He is a fighter", "Trump Jr."), ("We will win", "Trump")],
         "Donald Trump", "person"),
        # A transcript's label in capitals is the name the article writes otherwise, however often the label recurs.
        ("Secretary Blinken spoke to NPR.\n\nBLINKEN: We are closer.\n\nBLINKEN: Both want it.",
         [("We are closer", "BLINKEN"), ("Both want it", "BLINKEN")], "Blinken", "person"),
        # A name's suffix ends a name run: what follows is the next sentence.
        ("“We have a dream,” said Martin Luther King Jr. The crowd cheered.",
         [("We have a dream", "Martin Luther King Jr.")], "Martin Luther King Jr.", "person"),
    ],
)  # fmt: skip
def test_the_tenth_sessions_mends(text, items, name, type_):
    """The last item's speaker (mends of 2026-12-06 from a user audit)."""
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # "the <person noun>" is the unnamed person the narrative introduced as "a …" or "one …" ...
        ("A senior engineer at the water authority warned of delays. “The money never arrived,” the engineer said.",
         [("The money never arrived", "the engineer")], "senior engineer", "anonymous"),
        ("One large shareholder wanted cash. “Nobody will block it,” the shareholder said.",
         [("Nobody will block it", "the shareholder")], "large shareholder", "anonymous"),
        # ... unless a name follows the introduction.
        # A body's name after the kind of body it is; more words of bodies' names.
        ("The supporters' group Tejo Sempre said the sale showed a lack of ambition.",
         [("the sale showed a lack of ambition", "The supporters' group Tejo Sempre")], "Tejo Sempre", "organization"),
        ("The BC Wildfire Service said the fire had grown.", [("the fire had grown", "The BC Wildfire Service")],
         "BC Wildfire Service", "organization"),
        ("The Antwerp Chamber of Commerce said the strike was damaging.",
         [("the strike was damaging", "The Antwerp Chamber of Commerce")], "Antwerp Chamber of Commerce",
         "organization"),
        # "the company" is a business, not a body of members that spoke since; a place put first is no source.
        ("Halvard Therapeutics said the drug worked. The Migraine Alliance of America said access mattered. "
         "“We will publish soon,” the company said.", [("the drug worked", "Halvard Therapeutics"),
         ("access mattered", "The Migraine Alliance of America"), ("We will publish soon", "the company")],
         "Halvard Therapeutics", "organization"),
        ("In Germany, SV Nordheim's sporting director, Jens Hartmann, called it a coup.",
         [("a coup", "In Germany, SV Nordheim's sporting director, Jens Hartmann,")], "Jens Hartmann", "person"),
        # "Some" or "Several" alone are some of the people just named.
        ("Residents of Lentas were divided. Some said the resort would bring work.",
         [("the resort would bring work", "Some")], "Residents of Lentas", "group"),
        # A description, then the person's name with its particles and a relative clause.
        ("The association's chairman, Marc Van den Broeck, told reporters that the offer was fair.",
         [("the offer was fair", "The association's chairman, Marc Van den Broeck,")], "Marc Van den Broeck",
         "person"),
        ("Haider's chief executive, Katharina Reisinger, who will become deputy chief executive, said it was fair.",
         [("it was fair", "Haider's chief executive, Katharina Reisinger, who will become deputy chief executive,")],
         "Katharina Reisinger", "person"),
    ],
)  # fmt: skip
def test_rules_from_the_read_style_set_8(text, items, name, type_):
    """The last item's speaker (rules of 2026-12-06 written from eval/styles/set-8, read that day)."""
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # A name after the introduction, or before it in apposition, or the introduction in another sentence.
        ("A lawyer for the family, John Smith, spoke first. “We will appeal,” the lawyer said.",
         [("We will appeal", "the lawyer")]),
        ("An engineer with the ministry, Dr. Ana Ruiz, spoke. “Costs fell,” the engineer said.",
         [("Costs fell", "the engineer")]),
        ("Sarah Mwangi, a doctor at the clinic, treated the boy. “He will recover,” the doctor said.",
         [("He will recover", "the doctor")]),
        ("The city hired a firm. The engineer who led it was fired. “It was sound,” the engineer said.",
         [("It was sound", "the engineer")]),
    ],
)  # fmt: skip
def test_a_named_or_distant_introduction_makes_no_unnamed_source(text, items):
    speaker = resolve_speakers(text, attributions(text, items))[-1].speaker
    assert speaker.type != "anonymous" and "." not in speaker.name


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # From the second review: businesses whose names hold "Union" are "the company"; a title of a body is a role.
        ("Western Union said fees would rise. “We must compete,” the company said.",
         [("fees would rise", "Western Union"), ("We must compete", "the company")], "Western Union", "organization"),
        ("President of the European Commission Ursula von der Leyen said the deal was fair.",
         [("the deal was fair", "President of the European Commission Ursula von der Leyen")],
         "Ursula von der Leyen", "person"),
        # A question in quotation marks ends a first paragraph, which is then no headline.
        ("Mayor Ann Lee asked: “Who will pay for this?”\n\nThe council voted. “It is a mistake,” Lee said.\n",
         [("Who will pay for this?", "Mayor Ann Lee"), ("It is a mistake", "Lee")], "Ann Lee", "person"),
        ("In Washington, D.C., officials said the talks failed.",
         [("the talks failed", "In Washington, D.C., officials")], "officials", "group"),
    ],
)  # fmt: skip
def test_the_second_reviews_cases(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("run", "person"),
    [
        ("Marc Van den Broeck", True),
        ("Maison de la Truffe", False),
        ("Van den Broeck Street", False),
        ("Vicente Fox", True),
    ],
)
def test_name_particles_stand_between_capitals_of_a_personal_name(run, person):
    assert looks_like_person(run) is person


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # Company and body names without a full stop or a usual body word ("Corp", "Ltd", "Data", "Daily", "Board").
        ("Hoshida Motor Corp said profit fell.", [("profit fell", "Hoshida Motor Corp")], "Hoshida Motor Corp",
         "organization"),
        ("The estimate was wrong, according to Meridian Market Data.",
         [("The estimate was wrong", "Meridian Market Data")], "Meridian Market Data", "organization"),
        ("The Chubu Business Daily reported that talks had begun.",
         [("talks had begun", "The Chubu Business Daily")], "Chubu Business Daily", "organization"),
        ("The Health Services Board said it was working closely with the hospital.",
         [("it was working closely with the hospital", "The Health Services Board")], "Health Services Board",
         "organization"),
        ("Anna Ledger said she loved the role.", [("she loved the role", "Anna Ledger")], "Anna Ledger", "person"),
        # A company by the first word of its name, when a legal form ends the full one; not a state's forces.
        ("The court cleared Carrowmore Resources Ltd to expand. Carrowmore said it was pleased.",
         [("it was pleased", "Carrowmore")], "Carrowmore Resources Ltd", "organization"),
        ("The Israel Defense Forces moved south. Israel said the war would go on.",
         [("the war would go on", "Israel")], "Israel", "organization"),
        # "the municipality" and "the coast guard" are bodies: the one named before, else a body.
        ("The Diamond Fields Local Municipality failed to act. The municipality said repairs were advanced.",
         [("repairs were advanced", "The municipality")], "Diamond Fields Local Municipality", "organization"),
        ("The coast guard said it had barred all vessels.", [("it had barred all vessels", "The coast guard")],
         "coast guard", "organization"),
        # An unnamed source granted anonymity, of any kind, is the "he" of a quotation opening the next paragraph.
        ("Minister Grant Whitfield said the court was right.\n\nBut a senior mining industry figure, who asked not to "
         "be named, said the ruling would hurt.\n\n“Nobody wants to be next,” he said.",
         [("the court was right", "Minister Grant Whitfield"), ("the ruling would hurt",
          "a senior mining industry figure,"), ("Nobody wants to be next", "he")], "senior mining industry figure",
         "anonymous"),
        # The model took only the apposition of the name that opens the sentence.
        ("Catriona Baird, the council’s education convener, said the decision was hard.",
         [("the decision was hard", "the council’s education convener,")], "Catriona Baird", "person"),
        # A campaign named in full keeps its name; a person's campaign is named by the surname.
        ("The Save Our Glen Schools campaign said it would appeal.",
         [("it would appeal", "The Save Our Glen Schools campaign")], "Save Our Glen Schools campaign", "organization"),
        ("The Hillary Clinton campaign said it would appeal.", [("it would appeal", "The Hillary Clinton campaign")],
         "Clinton campaign", "organization"),
        # "Some" are some of the people just quoted.
        ("Several farmers at a sale said they were waiting. Some said they had started hauling hay.",
         [("they were waiting", "Several farmers at a sale"), ("they had started hauling hay", "Some")],
         "farmers at a sale", "group"),
        # A lone surname the article never gives a first name is an organisation, unless written as someone's.
        ("Obama, who spoke in Ohio, said the bill was flawed.", [("the bill was flawed", "Obama, who spoke in Ohio,")],
         "Obama", "person"),
        ("Boeing, which builds jets, said the jets would fly.", [("the jets would fly", "Boeing, which builds jets,")],
         "Boeing", "organization"),
        # Legal forms of companies outside the US and Britain (user audit, 2026-12-07: "Limited" had been a person).
        ("The Nigerian National Petroleum Company Limited said prices rose.",
         [("prices rose", "The Nigerian National Petroleum Company Limited")],
         "Nigerian National Petroleum Company Limited", "organization"),
        ("Siemens AG said orders were flat.", [("orders were flat", "Siemens AG")], "Siemens AG", "organization"),
        # Well-known bodies whose names carry no organisation word, a branch named by its country, and a body's
        # "Relations" (user audit, 2026-12-07: each had been a person).
        ("Amnesty International said it would not comment.", [("it would not comment", "Amnesty International")],
         "Amnesty International", "organization"),
        ("Goldman Sachs said it would not comment.", [("it would not comment", "Goldman Sachs")], "Goldman Sachs",
         "organization"),
        ("Greenpeace Brazil said the figures were false.", [("the figures were false", "Greenpeace Brazil")],
         "Greenpeace Brazil", "organization"),
        ("The Council on Foreign Relations said it was close.",
         [("it was close", "The Council on Foreign Relations")], "Council on Foreign Relations", "organization"),
        # A teammate is described, not named; a surname's joined article is part of a name in an apposition.
        ("Teammate Jordan Ellis said the players would step up.",
         [("the players would step up", "Teammate Jordan Ellis")], "Jordan Ellis", "person"),
        ("Qatar's foreign ministry spokesman, Majed al-Ansari, said talks would go on.",
         [("talks would go on", "Qatar's foreign ministry spokesman, Majed al-Ansari,")], "Majed al-Ansari", "person"),
        # A body by its initials opening the sentence before is "the agency" (not a hearer's "told AFP", nor an outlet);
        # a person the article says uses "they", when the sentence before opens with them (not their parents after).
        ("NASA postponed the launch on Thursday. The agency said the delay would last a month.",
         [("the delay would last a month", "The agency")], "NASA", "organization"),
        ("The FDA approved the drug. The agency said the data were clear.",
         [("the drug", "The FDA"), ("the data were clear", "The agency")], "FDA", "organization"),
        # "The campaign" is the campaign just named by its candidate, else the one of the person the article follows;
        # a campaign for an office is the candidate's.
        ("The Trump campaign released a statement on Monday. The campaign said the charges were false.",
         [("the charges were false", "The campaign")], "Trump campaign", "organization"),
        ("The Sanders campaign replied to Donald Trump on Monday. The campaign said the charges were false.",
         [("the charges were false", "The campaign")], "Sanders campaign", "organization"),
        ("Donald Trump spoke in Ohio. His rivals met in Iowa. The campaign said the charges were false.",
         [("the charges were false", "The campaign")], "Trump campaign", "organization"),
        ("Hillary Clinton's presidential campaign said the charges were false.",
         [("the charges were false", "Hillary Clinton's presidential campaign")], "Clinton campaign", "organization"),
        # A body of members just named, by its initials, full name or a description of its kind; not a country.
        ("The ACLU sued the city on Monday. The civil rights group said the policy was illegal.",
         [("the policy was illegal", "The civil rights group")], "ACLU", "organization"),
        ("The American Civil Liberties Union sued the city. The organization said the policy was illegal.",
         [("the policy was illegal", "The organization")], "American Civil Liberties Union", "organization"),
        ("The Heritage Foundation released a study. The conservative think tank said the plan would cost jobs.",
         [("the plan would cost jobs", "The conservative think tank")], "Heritage Foundation", "organization"),
        ("Israel struck the camp on Monday. The group said ten fighters were killed.",
         [("ten fighters were killed", "The group")], "group", "organization"),
        # A medium by its kind (not a white paper), a bureau by its initials, a regulator by its name's last word or
        # initials; a performer named just before, not a senator (user audit, nineteenth session).
        ("The BBC apologised on Monday. The broadcaster said the clip should not have aired.",
         [("the clip should not have aired", "The broadcaster")], "BBC", "organization"),
        ("Politico obtained a white paper on Monday. The paper said the plan was legal.",
         [("the plan was legal", "The paper")], "paper", ANY),
        ("The FBI arrested the suspect on Monday. The bureau said the suspect acted alone.",
         [("the suspect acted alone", "The bureau")], "FBI", "organization"),
        ("The Financial Conduct Authority fined the bank on Monday. The regulator said the bank misled customers.",
         [("the bank misled customers", "The regulator")], "Financial Conduct Authority", "organization"),
        ("The SEC charged the firm on Monday. The watchdog said the firm misled investors.",
         [("the firm misled investors", "The watchdog")], "SEC", "organization"),
        ("Tom Hanks attended the premiere on Monday. The actor said the film was his favourite.",
         [("the film was his favourite", "The actor")], "Tom Hanks", "person"),
        ("Taylor Swift thanked her fans on Sunday. The singer said the tour would go on.",
         [("the tour would go on", "The singer")], "Taylor Swift", "person"),
        # A body's whole name: its "of" phrase, and a word joined by "and" after "the".
        ("The Ministry of Defence confirmed the deployment. The ministry said 500 troops would go.",
         [("500 troops would go", "The ministry")], "Ministry of Defence", "organization"),
        ("The Food and Drug Administration approved the drug. The agency said the data were clear.",
         [("the data were clear", "The agency")], "Food and Drug Administration", "organization"),
        # "The people" are the people just described, as "the officials" are.
        ("Two people familiar with the matter said the deal was close. “It could be signed soon,” the people said.",
         [("the deal was close", "Two people familiar with the matter"), ("It could be signed soon", "the people")],
         "Two people familiar with the matter", "group"),
        # A role the narrative gave a name before or in an apposition after it: a CEO is a chief executive, a police
        # chief the chief; a named spokeswoman the spokeswoman, unless an unnamed one was introduced.
        ("Chief Executive Satya Nadella addressed staff on Monday. The CEO said the company would grow.",
         [("the company would grow", "The CEO")], "Satya Nadella", "person"),
        ("Microsoft Chief Executive Satya Nadella addressed staff. The chief executive said the company would grow.",
         [("the company would grow", "The chief executive")], "Satya Nadella", "person"),
        ("Police Chief Maria Lopez addressed reporters. The chief said the suspect fled.",
         [("the suspect fled", "The chief")], "Maria Lopez", "person"),
        ("Sarah Jones, the company's spokeswoman, declined to give details. The spokeswoman said talks continued.",
         [("talks continued", "The spokeswoman")], "Sarah Jones", "person"),
        ("A spokeswoman for Acme said sales fell. Sarah Jones, Beta's spokeswoman, disagreed. The spokeswoman said "
         "talks continued.", [("sales fell", "A spokeswoman for Acme"), ("talks continued", "The spokeswoman")],
         "spokeswoman for Acme", "anonymous"),
        # Relatives are people; "their union" is the union; some of a group just quoted are that group; someone
        # unnamed by what they do is an anonymous source.
        ("Relatives waiting outside the unit said they hoped for help.",
         [("they hoped for help", "Relatives waiting outside the unit")], "Relatives", "group"),
        ("The Tagus Stevedores' Union called the strike. Dockworkers will extend their strike, their union said.",
         [("will extend their strike", "their union")], "Tagus Stevedores' Union", "organization"),
        ("Dockworkers will extend their strike, their union said on Wednesday.",
         [("will extend their strike", "their union")], "union", "organization"),
        ("Dockworkers will strike, their union said. Ana Reis, president of the Tagus Dockers Union, spoke. The union "
         "said talks had failed.", [("will strike", "their union"), ("talks had failed", "The union")],
         "Tagus Dockers Union", "organization"),
        ("Relatives said they hoped the government would help. Several said they had borrowed money.",
         [("they hoped the government would help", "Relatives"), ("they had borrowed money", "Several")],
         "Relatives", "group"),
        ("Protesters said the law was unfair. Police arrested ten people. Later, some said they would return.",
         [("the law was unfair", "Protesters"), ("they would return", "some")], "some", "group"),
        ("A wholesale buyer in Henderson said prices were rising.",
         [("prices were rising", "A wholesale buyer in Henderson")], "wholesale buyer in Henderson", "anonymous"),
        # Clubs and cities named after a place are bodies, not people (both had been typed person).
        ("Manchester United said they would appeal.", [("they would appeal", "Manchester United")],
         "Manchester United", "organization"),
        ("Real Madrid said the coach would stay.", [("the coach would stay", "Real Madrid")], "Real Madrid",
         "organization"),
        ("Atlantic City said the casino would reopen.", [("the casino would reopen", "Atlantic City")],
         "Atlantic City", "organization"),
        # "The doctor" just after an unnamed doctor was introduced is that one, not a doctor named earlier.
        ("Dr. Ana Ruiz said the unit was open. Staff were tired. A doctor at the hospital, who asked not to be named, "
         "said the unit was short of nurses. “Patients were told to wait,” the doctor said.",
         [("the unit was open", "Dr. Ana Ruiz"), ("the unit was short of nurses", "A doctor at the hospital"),
          ("Patients were told to wait", "the doctor")], "doctor at the hospital", "anonymous"),
        # Past a dateline, the body opening the first sentence is "the organisation", "it", "the agency" of the next
        # (a second user audit, nineteenth session).
        ("GENEVA (Reuters) - The World Health Organization appealed for funds on Monday. The organisation said it "
         "needed $40 million.", [("it needed $40 million", "The organisation")], "World Health Organization",
         "organization"),
        ("NEW DELHI - India's Supreme Court struck down the scheme on Thursday. It said the scheme was unlawful.",
         [("the scheme was unlawful", "It")], "India's Supreme Court", "organization"),
        ("HOUSTON (AP) — NASA postponed the launch on Thursday. The agency said a new capsule would fly.",
         [("a new capsule would fly", "The agency")], "NASA", "organization"),
        # The body opening the sentence before: by initials, or one that spoke; not a titled person.
        ("LONDON - HSBC reported a 10% rise in profit on Tuesday. The bank said it would cut costs.",
         [("it would cut costs", "The bank")], "HSBC", "organization"),
        ("Barcelona said on Monday that Gavi would be out for six months. The club said he would undergo surgery.",
         [("Gavi would be out for six months", "Barcelona"), ("he would undergo surgery", "The club")], "Barcelona",
         "organization"),
        # "WHO" is the World Health Organization's initials, not the pronoun; "the U.S. Food and Drug Administration".
        ("The World Health Organization (WHO) met on Monday. Dr. Ana Ruiz said cases rose. WHO added that vaccines "
         "worked.", [("cases rose", "Dr. Ana Ruiz"), ("vaccines worked", "WHO")], "World Health Organization",
         "organization"),
        ("The U.S. Food and Drug Administration approved the drug. The agency said the data were clear.",
         [("the data were clear", "The agency")], "U.S. Food and Drug Administration", "organization"),
        # Clubs, leagues and school districts are bodies; a trade union described is no airline.
        ("FC Barcelona said the match would go on.", [("the match would go on", "FC Barcelona")], "FC Barcelona",
         "organization"),
        ("La Liga said the match would go on.", [("the match would go on", "La Liga")], "La Liga", "organization"),
        ("Denver Public Schools said the schools would close.", [("the schools would close", "Denver Public Schools")],
         "Denver Public Schools", "organization"),
        ("Lufthansa cancelled 1,000 flights. The Verdi union, which called the strike, said talks had stalled. The "
         "airline said it had offered a raise.",
         [("talks had stalled", "The Verdi union"), ("it had offered a raise", "The airline")], "airline",
         "organization"),
        # Of two coaches, "the coach" is the one who spoke last, though the other was named since.
        ("Head coach Colin Chisholm said the team was tired. Rival coach Trevor Lohnes said his side had lost. "
         "Chisholm said he would give the players days off. “They've earned a breather,” the coach said.",
         [("the team was tired", "Head coach Colin Chisholm"), ("his side had lost", "Rival coach Trevor Lohnes"),
          ("he would give the players days off", "Chisholm"), ("They've earned a breather", "the coach")],
         "Colin Chisholm", "person"),
        # "The retired joiner" is the one person just named, as "the actor" is.
        ("Graham Whitely, 68, who was buying bread, said he would follow the stalls. ‘I think folk will cope,’ the "
         "retired joiner said.", [("I think folk will cope", "the retired joiner")], "Graham Whitely", "person"),
        ("Hockey Canada said the season would go on.", [("the season would go on", "Hockey Canada")], "Hockey Canada",
         "organization"),
        ("Chris Wales said the season would go on.", [("the season would go on", "Chris Wales")], "Chris Wales",
         "person"),
        # A party named by its members or its short name; a country's ministry.
        ("Democrats won the House on Tuesday. The party said voters wanted change.",
         [("voters wanted change", "The party")], "Democrats", "group"),
        ("Labour won the seat on Thursday. The party said turnout was high.",
         [("turnout was high", "The party")], "Labour", "organization"),
        ("Japan's foreign ministry summoned the ambassador. The ministry said the remarks were unacceptable.",
         [("the remarks were unacceptable", "The ministry")], "Japan's foreign ministry", "organization"),
        # A central bank by its own name; a business called a giant.
        ("The Federal Reserve raised rates on Wednesday. The central bank said inflation was too high.",
         [("inflation was too high", "The central bank")], "Federal Reserve", "organization"),
        ("Exxon Mobil reported a loss on Friday. The oil giant said prices would recover.",
         [("prices would recover", "The oil giant")], "Exxon Mobil", "organization"),
        ("Jordan Lee, a candidate who uses they/them pronouns, lost last year. They said they would run again.",
         [("they would run again", "They")], "Jordan Lee", "person"),
        ("Ann Lee, a nurse, told AFP the ward was full. The agency said the wave had peaked.",
         [("the ward was full", "Ann Lee, a nurse,"), ("the wave had peaked", "The agency")], "agency", "organization"),
        ("Riley Chen, who uses they/them pronouns, won. Riley's parents flew in. They said they were proud.",
         [("they were proud", "They")], ANY, "unknown"),
        ("Gov. Asa Hutchinson said the law stands.", [("the law stands", "Gov. Asa Hutchinson")], "Asa Hutchinson",
         "person"),
        # A role's job noun comes before its complement: "the associate administrator" is the one "for exploration".
        ("“We saw it,” said Dr. Renee Castillo, the associate administrator for exploration systems. The associate "
         "administrator said engineers had found the fault.",
         [("We saw it", "Dr. Renee Castillo, the associate administrator for exploration systems"),
          ("engineers had found the fault", "The associate administrator")], "Renee Castillo", "person"),
        # A company's legal form ends its name as name runs end, without a full stop.
        ("The court cleared Acme Widget Co. to expand. Acme said it was pleased.", [("it was pleased", "Acme")],
         "Acme Widget Co", "organization"),
        # An org word that is also a surname is a person's after a first name.
        ("Bill Daily, a nurse at the hospital, said the ward was full.",
         [("the ward was full", "Bill Daily, a nurse at the hospital,")], "Bill Daily", "person"),
        # A parenthetical "the teacher said" is no apposition of the name before it.
        ("Sarah Jones, the teacher said, was always early.", [("was always early", "the teacher")], "teacher", ANY),
        # A title no one named holds stays a name, as before.
        ("The Surgeon General said smoking kills.", [("smoking kills", "The Surgeon General")], "Surgeon General",
         "person"),
        # A body named by the first words of its name; a club, a district, a service, an association are bodies.
        ("Schuylkill Valley Medical Center nurses voted. Schuylkill Valley said it was pleased.",
         [("it was pleased", "Schuylkill Valley")], "Schuylkill Valley Medical Center", "organization"),
        ("The district said it would offer a Monday program.", [("it would offer a Monday program", "The district")],
         "district", "organization"),
        # An age names the one person of the sentence before, passing over the sentences of a quotation.
        ("Liam Cartwright retired.\n\n“I have been fighting my back,” he said. “The scans decided.”\n\n"
         "The 31-year-old said he had spent the winter in rehabilitation.",
         [("I have been fighting my back", "he"), ("he had spent the winter in rehabilitation", "The 31-year-old")],
         "Liam Cartwright", "person"),
        # An age after the apposed name is no part of it; staff are a group; the owner of something unnamed is unnamed.
        ("Denise Whelan fled.\n\nHer neighbour, Jim Pappas, 70, said he would leave too.",
         [("he would leave too", "Her neighbour, Jim Pappas, 70,")], "Jim Pappas", "person"),
        ("Staff at the Ballincollig site said the mood had been positive.",
         [("the mood had been positive", "Staff at the Ballincollig site")], ANY, "group"),
        ("The owner of a gas station in Logan Lake said he had closed.",
         [("he had closed", "The owner of a gas station in Logan Lake")], "owner of a gas station in Logan Lake",
         "anonymous"),
        # An interview's answers are the subject of the paragraph before the questions, else the first person it
        # names, never its reporter or someone quoted there; the governor named first in the article is neither.
        ("Governor Mike Dunn signed it. Mayor Lisa Tran wept.\n\nIn an interview with reporter Sam Reed, Tran "
         "discussed the cuts.\n\nQ: Why now?\n\nA: Because the money ran out.", [("Because the money ran out.", "A")],
         "Lisa Tran", "person"),
        ("Governor Mike Dunn signed it. Mayor Lisa Tran wept.\n\nThe Courier's Sam Reed spoke with Tran.\n\n"
         "Q: Why now?\n\nA: Because the money ran out.", [("Because the money ran out.", "A")], "Lisa Tran", "person"),
        ("Governor Mike Dunn signed it. Mayor Lisa Tran wept.\n\nThe Courier interviewed Tran on Tuesday.\n\n"
         "Q: Why now?\n\nA: Because the money ran out.", [("Because the money ran out.", "A")], "Lisa Tran",
         "person"),
        ("Governor Mike Dunn signed it.\n\nTickets sold out, festival secretary Anirban Ghosal said. The Telegraph "
         "spoke with Ritu Sen.\n\nQ: Why now?\n\nA: Because.", [("Tickets sold out", "festival secretary Anirban "
         "Ghosal"), ("Because.", "A")], "Ritu Sen", "person"),
        ("Governor Mike Dunn signed it.\n\nRitu Sen said tickets sold out. She spoke with the Telegraph.\n\n"
         "Q: Why now?\n\nA: Because.", [("tickets sold out", "Ritu Sen"), ("Because.", "A")], "Ritu Sen", "person"),
        # A person's name that opens a foundation's stays a person's; a titled name ending in an org word too.
        ("Thabo Mbeki said Africa must lead. The Thabo Mbeki Foundation hosted the talks. Thabo Mbeki said more was "
         "needed.", [("Africa must lead", "Thabo Mbeki"), ("more was needed", "Thabo Mbeki")], "Thabo Mbeki", "person"),
        ("Rep. Zaldy Co denied the claims.", [("the claims", "Rep. Zaldy Co")], "Zaldy Co", "person"),
        # An age after an apposed name and where the person is from.
        ("Denise Whelan fled.\n\nHer neighbour, Jim Pappas, 70, of Albany, said he would leave too.",
         [("he would leave too", "Her neighbour, Jim Pappas, 70, of Albany,")], "Jim Pappas", "person"),
        # An age names the person of the sentence before, which a quotation split around its cue is part of.
        ("Defender Tom Hale left in March. “It was hard,” Liam Cartwright said, “but it was right.” The 31-year-old "
         "said he would coach.", [("he would coach", "The 31-year-old")], "Liam Cartwright", "person"),
        # An interview's answers are the person the paragraph before the questions opens with.
        ("Coach Brent Sawyer was fired by athletic director Greg Hollis.\n\nHollis spoke with the Courier.\n\n"
         "Q: Did donors push you?\n\nA: No. It was my decision.",
         [("No. It was my decision.", "A")], "Greg Hollis", "person"),
    ],
)  # fmt: skip
def test_rules_from_style_set_9(text, items, name, type_):
    """The last item's speaker (rules written from style set 9, 2026-12-06, and from the user audits of 2026-12-07)."""
    assert_last_speaker(text, items, name, type_)


def test_a_name_inside_the_sentence_before_an_apposition_is_not_its_speaker():
    text = "Mr. Obama, officials said, has become impatient."
    speaker = resolve_speakers(text, attributions(text, [("has become impatient", "officials")]))[0].speaker
    assert speaker.name == "officials"


def test_the_title_of_a_person_named_later_is_that_person():
    """ "the Privacy Commissioner" is a title, not a name: the person who holds it, though named after."""
    text = (
        "An app leaked data, and the Privacy Commissioner says she wants answers.\n\n"
        "Privacy Commissioner Helen Tamatea said the delay was wrong."
    )
    items = [("she wants answers", "the Privacy Commissioner"), ("the delay was wrong", "Commissioner Helen Tamatea")]
    first, second = resolve_speakers(text, attributions(text, items))
    assert first.speaker.name == second.speaker.name == "Helen Tamatea"


@pytest.mark.parametrize(
    ("text", "mention", "name", "role"),
    [
        # An apposition that says something of the person but names no job is no role (user audit, 2026-12-06).
        ("Councilwoman Maria Delgado, who sponsored the measure, said the lanes would help.",
         "Councilwoman Maria Delgado, who sponsored the measure,", "Maria Delgado", "Councilwoman"),
        ("Council member Joe Park, one of the two votes against, said the plan was rushed.",
         "Council member Joe Park, one of the two votes against,", "Joe Park", "Council member"),
        ("Dr. Ana Ruiz, a pediatrician, said the plan was rushed.", "Dr. Ana Ruiz, a pediatrician,", "Ana Ruiz",
         "a pediatrician"),
        # What a person does, capitalised by the sentence before the name, is their role, not a first name.
        ("Forecaster Jenna Albright said the plan was rushed.", "Forecaster Jenna Albright", "Jenna Albright",
         "Forecaster"),
        ("Parent Tom Reyes said the plan was rushed.", "Parent Tom Reyes", "Tom Reyes", "Parent"),
        ("Rebel Wilson said the plan was rushed.", "Rebel Wilson", "Rebel Wilson", None),
        # British silks and members: after the name, a role ("Helen Ashdown KC"); before it, a title ("Labour MP").
        ("Helen Ashdown KC, prosecuting, said the plan was rushed.", "Helen Ashdown KC, prosecuting,", "Helen Ashdown",
         "KC"),
        ("Labour MP Jess Phillips said the plan was rushed.", "Labour MP Jess Phillips", "Jess Phillips", "Labour MP"),
        # Irish silks and barristers after the name; a preposition after it is no role.
        ("Conor Lysaght SC, for Forde, said the plan was rushed.", "Conor Lysaght SC, for Forde,", "Conor Lysaght",
         "SC"),
        ("Counsel for the prosecution, Aoife Brennan BL, said the plan was rushed.",
         "Counsel for the prosecution, Aoife Brennan BL,", "Aoife Brennan", "BL"),
        # A title, then the name in apposition: the name, with the title as the role.
        ("The state’s Transport Minister, Alana Fitzroy, said the plan was rushed.",
         "The state’s Transport Minister, Alana Fitzroy,", "Alana Fitzroy", "Transport Minister"),
        # A name, then where the person works, unnamed.
        ("Senior meteorologist Anil Baruah of the regional weather office said the plan was rushed.",
         "Senior meteorologist Anil Baruah of the regional weather office", "Anil Baruah", "Senior meteorologist"),
        # A surname with a particle is the full name's ("Dr Te Rangi" of Samuel Te Rangi).
        ("Dr Samuel Te Rangi arrived. Dr Te Rangi said the plan was rushed.", "Dr Te Rangi", "Samuel Te Rangi", "Dr"),
    ],
)  # fmt: skip
def test_roles_are_jobs_and_names_lose_occupations(text, mention, name, role):
    quote = text[text.index("said ") + 5 : -1]
    speaker = resolve_speakers(text, attributions(text, [(quote, mention)]))[0].speaker
    assert (speaker.name, speaker.type, speaker.role) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # States named in two words, newspapers and confederations are bodies, not people.
        ("The United States has complained that Mexico is behind.",
         [("that Mexico is behind", "The United States")], "United States", "organization"),
        ("The Harbor Courier reported that the authority had overspent.",
         [("that the authority had overspent", "The Harbor Courier")], "Harbor Courier", "organization"),
        ("The Confederation of United Workers (CTU), which called the strike, said it would suspend the action.",
         [("it would suspend the action", "The Confederation of United Workers (CTU), which called the strike,")],
         "Confederation of United Workers", "organization"),
        # A lone name with an age is a person's; a name followed by ", which" is an organisation's.
        ("“My cows are everything,” said Suparman, 67, a farmer.", [("My cows are everything", "Suparman, 67,")],
         "Suparman", "person"),
        ("The ruling is a setback for Fjellvind Energi, the Bergen-based developer, which built 19 turbines. "
         "Fjellvind said it would study the judgment.", [("it would study the judgment", "Fjellvind")],
         "Fjellvind Energi", "organization"),
        # A role in apposition before the name that opens the sentence: the "he" that follows is that person.
        ("Fjellvind Energi, the developer, which built the farm, said it was disappointed.\n\nIts chief executive, "
         "Trond Halvorsen-Lie, was more outspoken. “Nobody will invest,” he told the daily.",
         [("it was disappointed", "Fjellvind Energi, the developer, which built the farm,"),
          ("Nobody will invest", "he")], "Trond Halvorsen-Lie", "person"),
        # The name in an apposition after a role, past a description or a stray preposition the model took in.
        ("Its secretary, the former fast bowler Imtiaz Saleem Durrani, said players were angry.",
         [("players were angry", "Its secretary, the former fast bowler Imtiaz Saleem Durrani,")],
         "Imtiaz Saleem Durrani", "person"),
        ("The chairman of the Pakistan Cricket Control Board (PCCB), Syed Faraz Qureshi, on Monday defended the "
         "decision, telling reporters that it was sound.", [("that it was sound", "The chairman of the Pakistan "
         "Cricket Control Board (PCCB), Syed Faraz Qureshi, on")], "Syed Faraz Qureshi", "person"),
        # "In an email" names no one.
        ("In an email, Nadia Brill, a spokeswoman for the agency, said the state had sent water.",
         [("the state had sent water", "an email, Nadia Brill, a spokeswoman for the agency,")], "Nadia Brill",
         "person"),
        # A surname that is also a title ("Sheikh") names the person the article gives it to.
        ("The batter Daniyal Raza Sheikh will lead the side. Sheikh, speaking at the camp, said he had called Iqbal.",
         [("he had called Iqbal", "Sheikh, speaking at the camp,")], "Daniyal Raza Sheikh", "person"),
        # "the governor-elect", "the veteran centre": the one person of the last sentences.
        ("Tunde Oyelaran won the count. Oyelaran, a former commissioner, dismissed the petition.\n\n“The people have "
         "spoken,” the governor-elect told reporters.", [("The people have spoken", "the governor-elect")],
         "Tunde Oyelaran", "person"),
        ("Mathieu Girard was traded on Tuesday.\n\n“I was in the car,” the veteran centre said.",
         [("I was in the car", "the veteran centre")], "Mathieu Girard", "person"),
        # "the group", "the maker", "the association": the body just speaking, named in full.
        ("The Rocky Mountain Homebuilders Association said it supported the bill. But the group warned that costs "
         "were rising.", [("it supported the bill", "The Rocky Mountain Homebuilders Association"),
          ("that costs were rising", "the group")], "Rocky Mountain Homebuilders Association", "organization"),
        ("Northlark Systems said it would cut jobs, even as the cloud software maker reported that revenue rose.",
         [("it would cut jobs", "Northlark Systems"), ("that revenue rose", "the cloud software maker")],
         "Northlark Systems", "organization"),
        ("The Sámi Herders’ Association of Troms called the ruling a turning point. The association said other "
         "districts would sue.", [("a turning point", "The Sámi Herders’ Association of Troms"),
          ("other districts would sue", "The association")], "Sámi Herders’ Association of Troms", "organization"),
        # "Cr" is an Australian councillor's title as written so; "CR Patil" is a name.
        ("Councillor Kerri-Anne Dalton moved it. “We went in with an open mind,” Cr Dalton said.",
         [("We went in with an open mind", "Cr Dalton")], "Kerri-Anne Dalton", "person"),
        ("CR Patil said the party would win.", [("the party would win", "CR Patil")], "CR Patil", "person"),
        # A lede's "the state's health commissioner said", named in full at the start of the next paragraph.
        ("Cholera cases rise\n\nKANO - Health authorities have recorded 412 cases, the state's health commissioner "
         "said on Monday.\n\nDr. Aminu Sani Gwarzo said most cases were in the south.",
         [("Health authorities have recorded 412 cases", "the state's health commissioner")], "Aminu Sani Gwarzo",
         "person"),
        ("Mayor Ann Lee opened the clinic. Cases rose, the state's health commissioner said.\n\nDr. Aminu Sani Gwarzo "
         "said most cases were in the south.", [("Cases rose", "the state's health commissioner")], ANY, "unknown"),
        # A justice is "the judge".
        ("Justice Miriam Wanjiru Kariuki halted the sale.\n\n“The harm is real,” the judge said.",
         [("the sale", "Justice Miriam Wanjiru Kariuki"), ("The harm is real", "the judge")],
         "Miriam Wanjiru Kariuki", "person"),
        # "They" continues the plural subject after a fronted phrase.
        ("Outside the dam, women from nearby ejidos cooked beans. They said they had come to help.",
         [("they had come to help", "They")], "women from nearby ejidos", "group"),
        # The one person the paragraph names, when the latest speaker spoke in an earlier one: by a first name of the
        # pronoun's gender, or having spoken before.
        ("Ignacio Larralde said costs would rise.\n\nReporters pressed Carlos Mendez on taxes. He said there was no "
         "secret deal.", [("costs would rise", "Ignacio Larralde"), ("there was no secret deal", "He")],
         "Carlos Mendez", "person"),
        ("Minister Ramiro Etchegaray said wages would rise.\n\nIgnacio Larralde said costs would rise.\n\nReporters "
         "pressed Etchegaray on taxes. He said there was no secret deal.", [("wages would rise", "Minister Ramiro "
         "Etchegaray"), ("costs would rise", "Ignacio Larralde"), ("there was no secret deal", "He")],
         "Ramiro Etchegaray", "person"),
        # ... but not a person spoken of in the quote, nor after a pronoun that already carries the paragraph on.
        ("Cornell William Brooks said Congress was thin.\n\nPeople like Robert Scott, he said.",
         [("Congress was thin", "Cornell William Brooks"), ("People like Robert Scott", "he")],
         "Cornell William Brooks", "person"),
        ("Speaker Paul Ryan said taxes were high.\n\nOn Monday his trip took him to Prime Minister Benjamin Netanyahu. "
         "He said the ties were strong.", [("taxes were high", "Speaker Paul Ryan"), ("the ties were strong", "He")],
         "Paul Ryan", "person"),
        # A subject after a fronted clause carries on into the next sentence's "She".
        ("Ms Lindqvist said the boat was old.\n\nAs the ferry noses into port, Effie Strachan gathers her bag. She "
         "says she has written to every councillor.", [("the boat was old", "Ms Lindqvist"),
          ("she has written to every councillor", "She")], "Effie Strachan", "person"),
    ],
)  # fmt: skip
def test_rules_from_style_set_10(text, items, name, type_):
    """The last item's speaker (rules written from style set 10, 2026-12-06)."""
    assert_last_speaker(text, items, name, type_)


def test_a_couple_named_together_are_two_people():
    """ "David and Sarah Kim" names David Kim too: "Mr. Kim" is he, "Mrs. Kim" she, and together they are a group."""
    text = (
        "David and Sarah Kim have run the bakery for 20 years.\n\n“We never thought we would close,” Sarah Kim said."
        "\n\nMr. Kim said the rent had doubled.\n\nMrs. Kim said the customers had been loyal.\n\n"
        "David and Sarah Kim said they were grateful."
    )
    items = [
        ("We never thought we would close", "Sarah Kim"),
        ("the rent had doubled", "Mr. Kim"),
        ("the customers had been loyal", "Mrs. Kim"),
        ("they were grateful", "David and Sarah Kim"),
    ]
    speakers = [a.speaker for a in resolve_speakers(text, attributions(text, items))]
    assert [(s.name, s.type) for s in speakers] == [
        ("Sarah Kim", "person"),
        ("David Kim", "person"),
        ("Sarah Kim", "person"),
        ("David and Sarah Kim", "group"),
    ]


def test_birth_records_give_full_names_a_gender_that_the_article_can_outweigh():
    """The US birth records (``quotes/ssa_first_names.txt``) know "Andre" and "Lachlan"; they are read only with
    ``broad``, for the first word of a full name, and a pronoun after the name outweighs them."""
    from quotes.first_names import first_name_gender

    assert (first_name_gender("Andre"), first_name_gender("Andre", broad=True)) == (None, "m")
    assert first_name_gender("Aoife", broad=True) == "f" and first_name_gender("Jordan", broad=True) is None
    # "The Australian", "The veteran": the one person of the sentence before, whose gender the records give.
    text = (
        "Lachlan Prior finished with 19 points. The Australian, who joined from Perth, said the team had settled."
        "\n\nAndre Stallworth, 36, came off the bench. The veteran said afterwards that he had told Kahale to shoot."
    )
    items = [
        ("the team had settled", "The Australian, who joined from Perth,"),
        ("that he had told Kahale to shoot", "The veteran"),
    ]
    speakers = [a.speaker.name for a in resolve_speakers(text, attributions(text, items))]
    assert speakers == ["Lachlan Prior", "Andre Stallworth"]


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A message with an apposition is the message's source, not the apposition.
        ("The statement, issued by the ministry, said that talks would resume.",
         [("that talks would resume", "The statement, issued by the ministry,")], ANY, ANY),
        # The birth records name places: "Virginia Tech" takes no "she"; "Lindsey" is borne by both sexes.
        ("Maria Larralde said costs would rise.\n\nReporters asked about Virginia Tech on Monday. She said there was "
         "no deal.", [("costs would rise", "Maria Larralde"), ("there was no deal", "She")], "Maria Larralde",
         "person"),
        ("Sen. Lindsey Graham said the bill was dead.\n\nMaria Lopez, a lobbyist, said it could be revived.\n\n"
         "“It is over,” he said.", [("the bill was dead", "Sen. Lindsey Graham"), ("it could be revived",
          "Maria Lopez, a lobbyist,"), ("It is over", "he")], "Lindsey Graham", "person"),
        # No one else is made on the way: "the minister" is still the one who spoke.
        ("Finance Minister Ana Ruiz said costs were high.\n\nReporters pressed Defence Minister Carlos Vega and Mayor "
         "Tom Reid on costs. He said nothing.\n\n“We will manage,” the minister said.",
         [("costs were high", "Finance Minister Ana Ruiz"), ("We will manage", "the minister")], "Ana Ruiz",
         "person"),
        # ", which" after a preposition's object is the object's; a title word ending a name is no title.
        ("Prosecutors dropped the case against Dawit Haile, which had dragged on for years.\n\n“I am relieved,” "
         "Haile said.", [("I am relieved", "Haile")], "Dawit Haile", "person"),
        ("Chidi King, the brother of Obinna Eze, said the verdict was fair.",
         [("the verdict was fair", "Chidi King, the brother of Obinna Eze,")], "Chidi King", "person"),
        # "The king" and "the bishop" are no surnames.
        ("King Charles visited the fair, where author Stephen King was signing books. The king said it was fun.",
         [("it was fun", "The king")], ANY, ANY),
        # "the longtime resident" is no epithet of the article's person; "the group" no ministry.
        ("Mayor Jim Lee said the plant would close.\n\n“It is a sad day,” said the longtime resident, who asked "
         "that her name not be used.", [("the plant would close", "Mayor Jim Lee"),
          ("It is a sad day", "the longtime resident")], ANY, ANY),
        ("The Interior Ministry said the march was illegal. Hundreds of protesters gathered anyway. The group said it "
         "would return.", [("the march was illegal", "The Interior Ministry"), ("it would return", "The group")],
         ANY, ANY),
        # An MP by surname is the MP named in full; "Cr Dalton" is a person named with a title.
        ("Tory MP Caroline Nokes said the plan was rushed. Nokes MP said it again.",
         [("the plan was rushed", "Tory MP Caroline Nokes"), ("it again", "Nokes MP")], "Caroline Nokes", "person"),
        ("Mayor Tom Reid said the rise was fair.\n\nAt the meeting, Cr Kerri-Anne Dalton moved an amendment. She said "
         "the rise was unfair.", [("the rise was fair", "Mayor Tom Reid"), ("the rise was unfair", "She")],
         "Kerri-Anne Dalton", "person"),
        # A fronted place is no plural subject; a capitalised opener with no apposed name keeps the plain subject.
        ("Outside the factories, workers gathered before dawn. They said the pay was too low.",
         [("the pay was too low", "They")], "workers", "group"),
    ],
)  # fmt: skip
def test_the_third_sessions_review_cases(text, items, name, type_):
    """The last item's speaker; where ``name`` is ``ANY`` the check is what it must not be (below)."""
    speaker = resolve_speakers(text, attributions(text, items))[-1].speaker
    wrong = {"issued by the ministry", "Stephen King", "Jim Lee", "Interior Ministry"}
    assert speaker is None or speaker.name not in wrong
    assert (name is ANY or speaker.name == name) and (type_ is ANY or speaker.type == type_)


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A description taken for the source speaks for the body named right before it (a person's, as before, for
        # the person).
        ("The Yorkshire Planning Review, a trade newsletter, reported that councils had lost appeals.",
         [("that councils had lost appeals", "a trade newsletter,")], "Yorkshire Planning Review", "organization"),
        ("The study was funded by the Institute for Devolution Studies, a Nairobi think tank, which said it had no "
         "role.", [("it had no role", "which")], "Institute for Devolution Studies", "organization"),
        ("Jane Moss, a local charity worker, said the plan was bad.",
         [("the plan was bad", "a local charity worker,")], "Jane Moss", "person"),
        # A start-up is a company; a medium is known by its kind before its name; a central bank is no business.
        ("Bazaarbox, a Dhaka-based start-up that serves grocers, has raised $12 million, the company said.",
         [("Bazaarbox, a Dhaka-based start-up that serves grocers, has raised $12 million", "the company")],
         "Bazaarbox", "organization"),
        ("Kenan Yalçın told the sports daily Gündem Spor that the club was broke. The newspaper reported that he "
         "had written to the league.", [("that the club was broke", "Kenan Yalçın"),
          ("that he had written to the league", "The newspaper")], "Gündem Spor", "organization"),
        ("Lantern Ridge Capital said it had invested.\n\nThe central bank said last month that it would write new "
         "rules.", [("it had invested", "Lantern Ridge Capital"), ("that it would write new rules",
          "The central bank")], "central bank", "organization"),
        # A message's authors, named where they spoke in it; a builder of homes (a writer so named stays a person); a
        # description is no business.
        ("In their report to the panel, planning officers said the site was allocated. The report warned that a "
         "refusal would be overturned.", [("the site was allocated", "planning officers"),
          ("that a refusal would be overturned", "The report")], "planning officers", "group"),
        ("The report warned of delays.\n\nHarrowgate Homes disputed that account. In a statement, the company said "
         "the woodland would be retained.", [("of delays", "The report"),
          ("the woodland would be retained", "the company")], "Harrowgate Homes", "organization"),
        ("“It was brilliant,” said A.M. Homes, the novelist.", [("It was brilliant", "A.M. Homes, the novelist")],
         "A.M. Homes", "person"),
        # "The union" may be a teachers' association; a club's name may open with its kind.
        ("The Scioto Heights Education Association called the cuts a choice. In a statement, the union said "
         "spending had grown.", [("a choice", "The Scioto Heights Education Association"),
          ("spending had grown", "the union")], "Scioto Heights Education Association", "organization"),
        ("Atlético Ribeira said in a statement that it thanked Ferraz.",
         [("that it thanked Ferraz", "Atlético Ribeira")], "Atlético Ribeira", "organization"),
        # An age the text gave one person; people "not involved" are a group; a weekday names no one.
        ("Parata, who turned 31 last week, landed all seven kicks after an injury to Josh Rennie.\n\n“I just hit "
         "it,” the 31-year-old said.", [("I just hit it", "the 31-year-old")], "Parata", ANY),
        ("Doctors not involved in the research said the findings were encouraging.",
         [("the findings were encouraging", "Doctors not involved in the research")], ANY, "group"),
        ("Every Tuesday and Friday, a tanker climbs the road to Marta Quiroga’s house. It is, she says, the only "
         "water she has.", [("the only water she has", "she")], "Marta Quiroga", "person"),
        # A surname two people bear votes for a gender only in full: Mr Daly is not his mother.
        ("Kevin Daly died in October. Dr Niamh Kerins said the injury was fatal. Mr Daly's family wept as Mr Daly's "
         "verdict was read; Mr Daly was 27.\n\nOutside, Mr Daly's mother, Bernadette Daly, said the family had mixed "
         "feelings.\n\n“He never came home,” she said.", [("the injury was fatal", "Dr Niamh Kerins"),
          ("the family had mixed feelings", "Mr Daly's mother, Bernadette Daly,"), ("He never came home", "she")],
         "Bernadette Daly", "person"),
        # "Councillors" are people.
        ("Councillors said the scheme was too big.", [("the scheme was too big", "Councillors")], "Councillors",
         "group"),
    ],
)  # fmt: skip
def test_rules_from_style_set_11(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


def test_a_state_is_no_person_a_pronoun_may_stand_for():
    resolver = _Resolver("In South Carolina he campaigned with a governor who had endorsed him.")
    assert resolver.person_named("South Carolina") is None
    assert resolver.entities == []


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # The body before a description that goes on with a relative clause or a participle; "Right to Rise" whole,
        # and a person's post before a body's name is no part of it.
        ("Espinoza is National Director of The Remembrance Project, a non-profit that advocates for families.",
         [("advocates for families", "a non-profit")], "Remembrance Project", "organization"),
        ("Right to Rise, a super PAC backing Jeb Bush, has been relentless in hitting Rubio.",
         [("has been relentless in hitting Rubio", "a super PAC")], "Right to Rise", "organization"),
        # The workers of somewhere are a union, no person "America" and no business "the company" means.
        ("Verizon said talks went well. The Communications Workers of America, one of the unions, said pay was "
         "low. The company said it would not budge.", [("talks went well", "Verizon"),
          ("pay was low", "The Communications Workers of America, one of the unions"),
          ("it would not budge", "The company")], "Verizon", "organization"),
        ("The Communications Workers of America, one of the unions, said pay was low.",
         [("pay was low", "The Communications Workers of America, one of the unions")],
         "Communications Workers of America", "organization"),
        ("The Communications Workers of America, one of the unions, said pay was low.\n\nWorkers said they were "
         "angry.", [("pay was low", "The Communications Workers of America, one of the unions"),
          ("they were angry", "Workers")], "Workers", "group"),
        # "which" stands for the whole body before it, across "of" and with its title-like words.
        ("Money flows to groups such as the U.S. Chamber of Commerce, which is planning to help Republicans.",
         [("is planning to help Republicans", "which")], "U.S. Chamber of Commerce", "organization"),
        ("It was backed by the island's Government Development Bank, which guaranteed repayment.",
         [("guaranteed repayment", "which")], "Government Development Bank", "organization"),
        # Washington's "State"; a party's word alone is its members; a headline's bare title; the verb taken for
        # its source.
        ("The State Department missed its goal. State initially said it would take two months to catch up.",
         [("it would take two months to catch up", "State")], "State Department", "organization"),
        ("It was his sharpest response to Republican criticism that his strategy is failing.",
         [("that his strategy is failing", "Republican")], "Republicans", "group"),
        ("Ginsburg apologizes for Trump comments; Justice vows to be 'more circumspect'\n\nJustice Ruth Bader "
         "Ginsburg said she regretted her remarks.", [("to be 'more circumspect'", "Justice")], "Ruth Bader Ginsburg",
         "person"),
        ("“I think she should have run from Virginia,” said Jason Gilbert of Cheyenne.",
         [("I think she should have run from Virginia", "said")], "Jason Gilbert", "person"),
    ],
)  # fmt: skip
def test_rules_from_the_studied_polnear_residue(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


def test_a_title_taken_for_a_speaker_is_no_business():
    text = "Elizabeth Warren Hammers Wells Fargo CEO\n\nThe bank said it had fired 5,300 workers."
    items = [("Hammers", "Elizabeth Warren Hammers Wells Fargo CEO"), ("it had fired 5,300 workers", "The bank")]
    assert resolve_speakers(text, attributions(text, items))[-1].speaker.name != "CEO"


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A message with a participle after it is the message; British organisers are people; a spokeswoman's name
        # after "the organisation," is no body's.
        ("People who walk more live longer, according to a new study published Wednesday in the Journal of Ageing.",
         [("People who walk more live longer", "a new study published Wednesday in the Journal of Ageing")],
         "new study", "organization"),
        ("Organisers said they planned a second march.", [("they planned a second march", "Organisers")],
         "Organisers", "group"),
        ("The Ostrava Relief Society opened shelters. A spokeswoman for the organisation, Petra Lind, said volunteers "
         "were coping.", [("volunteers were coping", "A spokeswoman for the organisation, Petra Lind,")],
         "Petra Lind", "person"),
        # "the pension fund Vestra Kapital" is a body by its kind, and "the fund" after it.
        ("Halvorsen's largest shareholder, the pension fund Vestra Kapital, said it supported the plan.",
         [("it supported the plan", "Halvorsen's largest shareholder, the pension fund Vestra Kapital,")],
         "Vestra Kapital", "organization"),
        ("Halvorsen's largest shareholder, the pension fund Vestra Kapital, backed the board.\n\n“We believe "
         "management is right,” the fund said.", [("We believe management is right", "the fund")], "Vestra Kapital",
         "organization"),
        # A minister's department is the department; a state's ministry speaks for the state.
        ("Health Minister Deborah Annan said the plan was sound. Her department said it had funded 400 places.",
         [("the plan was sound", "Health Minister Deborah Annan"), ("it had funded 400 places", "Her department")],
         "Deborah Annan's department", "organization"),
        ("Iceland said the talks had failed. Its foreign ministry said Norway was wrong.",
         [("the talks had failed", "Iceland"), ("Norway was wrong", "Its foreign ministry")], "Iceland",
         "organization"),
        # A name apposed to a body's description whose quote calls it "it" is that body; not after a person's role.
        ("The developer, Coalharbour Living, said in a statement that it planned to build a tower.",
         [("that it planned to build a tower", "The developer, Coalharbour Living,")], "Coalharbour Living",
         "organization"),
        ("The coalition's convener, Hajiya Amina Bello-Garba, said its monitors had seen cash handed out.",
         [("its monitors had seen cash handed out", "The coalition's convener, Hajiya Amina Bello-Garba,")], ANY,
         "person"),
    ],
)  # fmt: skip
def test_rules_from_the_read_style_sets_residue(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "wrong"),
    [
        # A fronted place is no body apposed; names on either side of a preposition are no one name.
        ("In Ohio, the agency overseeing elections said turnout was high.",
         [("turnout was high", "the agency")], "Ohio"),
        ("Across Kenya, the union representing nurses said pay was too low.",
         [("pay was too low", "the union")], "Across Kenya"),
        ("Sales fell in March for Tesla, which said demand was weak.", [("demand was weak", "which")],
         "March for Tesla"),
        ("Oil flowed from China to Venezuela, which said it would pay.", [("it would pay", "which")],
         "China to Venezuela"),
        # What follows a kind word is a body's name only when it is one.
        ("The platform, the company Musk bought in 2022, said it would change.",
         [("it would change", "The platform, the company Musk bought in 2022,")], "Musk bought in 2022"),
        ("The seller, the charity Oxfam and its partners, said it was fine.",
         [("it was fine", "The seller, the charity Oxfam and its partners,")], "Oxfam and its partners"),
        ("In a paper Jane Moss published last year, she argued for it. The newspaper reported that it was true.",
         [("that it was true", "The newspaper")], "Jane Moss"),
        # A bank's name whose first word US birth records know is still the bank's.
        ("The bank, Chase Lending, said rates would rise.", [("rates would rise", "The bank, Chase Lending,")],
         "Chase Lending/person"),
        # "The union" is no employers' federation; a report's authors open the clause they speak in; "said Tuesday".
        ("The National Retail Federation said sales rose. Store workers walked out, and the union said pay was too "
         "low.", [("sales rose", "The National Retail Federation"), ("pay was too low", "the union")],
         "National Retail Federation"),
        ("In its report, the council said the plan had failed, while Mayor John Smith said it had worked. The report "
         "warned that costs would rise.", [("the plan had failed", "the council"),
          ("it had worked", "Mayor John Smith"), ("that costs would rise", "The report")], "John Smith"),
        ("“We will appeal,” the company said Tuesday.", [("We will appeal", "said")], "Tuesday"),
    ],
)  # fmt: skip
def test_the_fourth_sessions_review_cases(text, items, wrong):
    assert_not_last_speaker(text, items, wrong)


def test_two_ministers_departments_are_two_speakers():
    text = (
        "Health Minister Deborah Annan said the plan was sound. Her department said it had funded places.\n\n"
        "Education Minister Tom Reid disagreed. His department said schools would suffer."
    )
    items = [("the plan was sound", "Health Minister Deborah Annan"), ("it had funded places", "Her department"),
             ("schools would suffer", "His department")]  # fmt: skip
    first, second = [a.speaker for a in resolve_speakers(text, attributions(text, items))[1:]]
    assert first.id != second.id and second.name == "Tom Reid's department"


def test_an_age_two_people_share_names_neither_and_leaves_no_one_behind():
    text = "Tom Baker, 31, and Sam Reed, 31, were hurt.\n\n“It hurt,” the 31-year-old said."
    resolver = _Resolver(text)
    assert resolver.person_of_age("31", text.index("the 31-year-old")) is None
    assert resolver.entities == []


def test_a_middle_name_is_no_second_bearer_of_the_surname():
    resolver = _Resolver("Kevin John Daly spoke. Mr Daly said he would go. Kevin Daly left.")
    assert not resolver.surname_shared(["Kevin", "John", "Daly"])
    assert not resolver.surname_shared(["Kevin", "Daly"])


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # Malaysian and Thai papers name people again by their given names, after Mr. or Ms.
        ("Higher Education Minister Zulkifli Hamdan spoke. “We must ask,” Mr. Zulkifli told reporters.",
         [("We must ask", "Mr. Zulkifli")], "Zulkifli Hamdan", "person"),
        ("China's leader, Xi Jinping, met the delegates. President Xi said trade would grow.",
         [("trade would grow", "President Xi")], "Xi Jinping", "person"),
        ("The vice-chancellor, Prof. Nor Azizah binti Ahmad, spoke. “I want to assure every parent,” Ms. Nor Azizah "
         "said.", [("I want to assure every parent", "Ms. Nor Azizah")], "Nor Azizah binti Ahmad", "person"),
        # A title's full stop ends no sentence, so the job before the name still describes her.
        ("The university’s vice-chancellor, Prof. Nor Azizah binti Ahmad, held a press conference. Asked whether she "
         "would resign, the vice-chancellor said: “My job now is to fix this.”",
         [("My job now is to fix this.", "the vice-chancellor")], "Nor Azizah binti Ahmad", "person"),
        # Sports epithets: the left-hander, the skipper (the captain), the former international.
        ("Callum Hensley made 212 not out on Saturday.\n\nThe left-hander admitted he had wondered about his career.",
         [("he had wondered about his career", "The left-hander")], "Callum Hensley", "person"),
        ("Callum Hensley made 212. South Australian captain Daniel Kowalczyk praised him. Hensley batted on.\n\n"
         "The skipper conceded he had been “filthy” with his own dismissal.",
         [("he had been “filthy” with his own dismissal", "The skipper")], "Daniel Kowalczyk", "person"),
        ("Federation president Chanda Mwape Kalaba dismissed the row.\n\n‘I have met worse problems in the penalty "
         "box,’ the former international said.", [("I have met worse problems in the penalty box", "the former "
         "international")], "Chanda Mwape Kalaba", "person"),
        # A job, a name and where the person works: the person.
        ("Education researcher Chong Mei Ling of the Institute for Policy Futures, a think tank, said the system "
         "failed.", [("the system failed", "Education researcher Chong Mei Ling of the Institute for Policy Futures, "
         "a think tank,")], "Chong Mei Ling", "person"),
        # A party named for what it gathers; a party's group on a council.
        ("The opposition National Renewal Rally said in a statement that the cuts were wrong.",
         [("that the cuts were wrong", "The opposition National Renewal Rally")], "National Renewal Rally",
         "organization"),
        ("The Conservative group on the council said in a statement that the figures were a damning indictment.",
         [("that the figures were a damning indictment", "The Conservative group on the council")],
         "Conservative group on the council", "organization"),
        # A job with "of" in it, then the doctor's name.
        ("Waikato medical officer of health Dr Aroha Tipene said the cases had all eaten frozen berries.",
         [("the cases had all eaten frozen berries", "Waikato medical officer of health Dr Aroha Tipene")],
         "Aroha Tipene", "person"),
        # A company named the Spanish way, its company word first, is "the company".
        ("The collapse happened at the Santa Rosalía mine, run by Minera Andes del Sur, a producer listed in Lima. "
         "Two men climbed out, the company said.", [("Two men climbed out", "the company")], "Minera Andes del Sur",
         "organization"),
        # A double surname after two given names; a surname of several words, or a transcript's label of it.
        ("Ayacucho’s regional governor, María Elena Cárdenas Villanueva, visited.\n\n“Nobody should go underground,” "
         "Cárdenas said.", [("Nobody should go underground", "Cárdenas")], "María Elena Cárdenas Villanueva",
         "person"),
        ("The briefing was given on Thursday by Water Minister Leila Ait Ouchen.\n\nQ: What will it cost?\n\n"
         "AIT OUCHEN: About 4.2 billion dirhams this year.", [("About 4.2 billion dirhams this year.", "AIT OUCHEN")],
         "Leila Ait Ouchen", "person"),
        ("Government spokesman Youssef El Amrani Benkirane spoke. El Amrani Benkirane said the measures were painful.",
         [("the measures were painful", "El Amrani Benkirane")], "Youssef El Amrani Benkirane", "person"),
        # "I" and "we" in a transcript's labelled answer are the one labelled.
        ("The briefing was given on Thursday by Water Minister Leila Ait Ouchen.\n\nAIT OUCHEN: Irrigation is "
         "suspended.\n\nQ: Are tanker prices rising?\n\nAIT OUCHEN: We have heard these reports, and we will act.",
         [("Irrigation is suspended.", "AIT OUCHEN"), ("these reports", "We")], "Leila Ait Ouchen", "person"),
        # A name between commas after "Her neighbour", described again: the neighbour, not "her".
        ("“We fill everything,” said Nadia Bennani, a teacher.\n\nHer neighbour, Abdelkader Zerouali, a retired "
         "railway worker, said the cuts were bearable.", [("We fill everything", "Nadia Bennani"),
          ("the cuts were bearable", "Her neighbour, Abdelkader Zerouali, a retired railway worker,")],
         "Abdelkader Zerouali", "person"),
    ],
)  # fmt: skip
def test_rules_from_style_set_12(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A couple named together by first names the US birth records know: Mr. is the husband.
        ("Gordon and Louise Macpherson said the tower was too tall.\n\n“We’re not against housing,” Ms. Macpherson "
         "said.\n\nHer husband was blunter. “They had their minds made up,” Mr. Macpherson said.",
         [("We’re not against housing", "Ms. Macpherson"), ("They had their minds made up", "Mr. Macpherson")],
         "Gordon Macpherson", "person"),
        # A description whose kind differs from the word before the same head in a body's name is another body.
        ("CAIRO, Feb 20 (Meridian News Agency) - Rates held, the bank said. Inflation slowed, according to the state "
         "statistics agency.", [("Rates held", "the bank"), ("Inflation slowed", "the state statistics agency")],
         "state statistics agency", "organization"),
        # "The company" is the business the article called so, though a retailer spoke since.
        ("Kowhai Orchards Ltd widened its recall.\n\nAccording to the company, 42,000 packs were sold.\n\n"
         "FreshMart said it had removed the product.\n\nEight people fell ill in March.\n\nCustomers can get a "
         "refund, the company said.",
         [("42,000 packs were sold", "the company"), ("it had removed the product", "FreshMart"),
          ("Customers can get a refund", "the company")], "Kowhai Orchards Ltd", "organization"),
    ],
)  # fmt: skip
def test_more_rules_from_style_set_12(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "wrong"),
    [
        # Given names after an honorific or title, of its gender, and not before a suffix alone.
        ("Donald Trump Jr. said the inquiry was a hoax. President Donald Trump said he agreed.",
         [("the inquiry was a hoax", "Donald Trump Jr."), ("he agreed", "President Donald Trump")],
         "Donald Trump Jr."),
        ("Warren Buffett said rates were low. Ms. Warren said the banks were too big.",
         [("rates were low", "Warren Buffett"), ("the banks were too big", "Ms. Warren")], "Warren Buffett"),
        # Someone's dependant is not the one named after the preposition.
        ("A lawyer for Dr. Larry Nassar said the sentence was too harsh.",
         [("the sentence was too harsh", "A lawyer for Dr. Larry Nassar")], "Larry Nassar"),
        # A list of names, each described, is no one person.
        ("Her parents, John Smith, a teacher, and Mary Smith, a nurse, said they were heartbroken.",
         [("they were heartbroken", "Her parents, John Smith, a teacher, and Mary Smith, a nurse,")], "John Smith"),
        # "The company" right after another business spoke is that business.
        ("Tesco said sales rose. The company said shoppers were trading up.\n\nSainsbury's said its sales fell. The "
         "company said it would cut prices.", [("sales rose", "Tesco"), ("shoppers were trading up", "The company"),
          ("its sales fell", "Sainsbury's"), ("it would cut prices", "The company")], "Tesco"),
        # A body's own word in the description keeps it that body.
        ("The UK Health Security Agency said cases rose. Later the health agency said it would publish data.",
         [("cases rose", "The UK Health Security Agency"), ("it would publish data", "the health agency")],
         "health agency"),
        # A founder's company named after him is no body when the run names him.
        ("Michael Dell founded the firm. Dell CEO Michael Dell spoke on Tuesday. Dell said sales would rise.",
         [("sales would rise", "Dell")], "Dell/organization"),
    ],
)  # fmt: skip
def test_the_fifth_sessions_review_cases(text, items, wrong):
    assert_not_last_speaker(text, items, wrong)


@pytest.mark.parametrize(
    ("text", "items", "wrong"),
    [
        # "&" between a firm's words, not before a title and a person, nor between two people.
        ("Procter & Gamble CEO Jon Moeller said sales rose.", [("sales rose", "Procter & Gamble CEO Jon Moeller")],
         "Procter & Gamble CEO Jon Moeller"),
        ("Tom & Ann Baker said they would reopen.", [("they would reopen", "Tom & Ann Baker")],
         "Tom & Ann Baker/organization"),
        # "Its chief executive" is not another body's.
        ("Apple chief executive Tim Cook spoke on Monday. Samsung reported a fall in profit, and its chief executive "
         "said demand was weak.", [("demand was weak", "its chief executive")], "Tim Cook"),
        # A newspaper named like a state's people.
        ("Gov. Kevin Stitt signed the bill. The Oklahoman reported that it would cost $40 million.",
         [("that it would cost $40 million", "The Oklahoman")], "Kevin Stitt"),
        # An unnamed source does not go on past a person described since.
        ("Mayor Joan Smith toured the town. A resident said the water came fast. The mayor promised help. “We will "
         "rebuild,” she said.", [("the water came fast", "A resident"), ("We will rebuild", "she")], "resident"),
        # "They" after a pair that is no one's subject, with no "the couple" in between.
        ("The jury convicted Mark Reed and Paul Lowe on Friday. Relatives wept in the gallery. Outside court, they "
         "said justice had been done.", [("justice had been done", "they")], "Mark Reed and Paul Lowe"),
        # A person whose first name the lists lack is not a body named after him.
        ("Nnamdi Kanu was arrested in June. The Nnamdi Kanu Support Group protested. Nnamdi Kanu said he was "
         "innocent.", [("he was innocent", "Nnamdi Kanu")], "Nnamdi Kanu Support Group"),
    ],
)  # fmt: skip
def test_the_fifth_sessions_second_review_cases(text, items, wrong):
    assert_not_last_speaker(text, items, wrong)


def test_one_of_a_family_or_a_state_is_no_unnamed_person():
    for mention in ("One family", "One state"):
        text = f"{mention} said the rules were unfair."
        speaker = resolve_speakers(text, attributions(text, [("the rules were unfair", mention)]))[0].speaker
        assert speaker is None or speaker.type != "anonymous"


def test_a_company_named_the_spanish_way_is_one_body():
    for text, name in [("Minera Andes del Sur said output fell.", "Minera Andes del Sur"),
                       ("Banco do Brasil said rates would rise.", "Banco do Brasil")]:  # fmt: skip
        speaker = resolve_speakers(text, attributions(text, [(text.split(" said ")[1][:-1], name)]))[0].speaker
        assert (speaker.name, speaker.type) == (name, "organization")


def test_a_surname_that_reads_as_a_jobs_plural_is_still_a_persons():
    text = (
        "“I'm amazed,” said Troy Jackson, the superdelegate from Maine.\n\nDottie Deans, the chairwoman of the "
        "Vermont Democratic Party, credited him in a statement.\n\n“He has a desire to win,” she said."
    )
    items = [("I'm amazed", "Troy Jackson, the superdelegate from Maine"),
             ("him in a statement", "Dottie Deans, the chairwoman of the Vermont Democratic Party,"),
             ("He has a desire to win", "she")]  # fmt: skip
    resolved = resolve_speakers(text, attributions(text, items), antecedents=_StubChooser("Dottie Deans"))
    assert [(a.speaker.name, a.speaker.type) for a in resolved[1:]] == [("Dottie Deans", "person")] * 2
    assert _Resolver(text).gender(Entity("Dottie Deans", "person")) == "f"  # "the chairwoman of" after her name
    assert assert_last_speaker("Virginia Democrats said no.", [("no", "Virginia Democrats")], ANY, "group") is None


def test_a_name_written_before_its_executives_title_is_a_body():
    text = (
        "Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday. Wells Fargo was fined last week."
        "\n\nThe bank said it had fired 5,300 "
        "employees. Former CEO Dick Kovacevich was not there."
    )
    items = [("it had fired 5,300 employees", "The bank")]
    assert resolve_speakers(text, attributions(text, items))[0].speaker.name == "Wells Fargo"
    assert "Former" not in _Resolver(text).introduced_bodies


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A name between commas described next as a firm is the firm's, particles and all; "the company" after it.
        ("The trawler’s owner, Armadores do Oeste, a family firm based in Peniche, said the skipper was careful.",
         [("the skipper was careful", "The trawler’s owner, Armadores do Oeste, a family firm based in Peniche,")],
         "Armadores do Oeste", "organization"),
        ("The trawler’s owner, Armadores do Oeste, a family firm based in Peniche, said the skipper was careful. A "
         "court in Madrid will rule.\n\n“We have fished these grounds for thirty years,” the company said.",
         [("the skipper was careful", "The trawler’s owner, Armadores do Oeste, a family firm based in Peniche,"),
          ("We have fished these grounds for thirty years", "the company")], "Armadores do Oeste", "organization"),
        # A message with a participle and its phrase after it is the message; a brewery's name may end in "Brewing".
        ("Nurses will care for no more than five patients at a time, according to a summary distributed by the "
         "union.", [("Nurses will care for no more than five patients at a time", "a summary distributed by the "
         "union")], ANY, "organization"),
        ("The affected employees include cooks, according to a layoff notice filed with the state.",
         [("The affected employees include cooks", "a layoff notice filed with the state")], ANY, "organization"),
        ("Cascade Hollow Brewing will close its taproom.\n\nThe brewery, founded in 2009, said beer sales had "
         "fallen.", [("beer sales had fallen", "The brewery, founded in 2009,")], "Cascade Hollow Brewing",
         "organization"),
        # "One, a software engineer …": the one the apposition describes.
        ("Two employees described an abrupt process. One, a software engineer with six years at the company, said "
         "her access was shut off.", [("her access was shut off", "One, a software engineer with six years at the "
         "company,")], "software engineer with six years at the company", "anonymous"),
        # A body's job named with "its": the one the article names with that job, after it too.
        ("Hollis & Grey reported a fall in profit, though its chief executive said trading had picked up.\n\n"
         "Chief executive Fiona Lachlan said the group had been squeezed.", [("trading had picked up", "its chief "
         "executive")], "Fiona Lachlan", "person"),
        # A US state's demonym, as a nation's: the one person the last sentences named.
        ("Rick Perry dropped out on Friday. “We had a good run,” the Texan said.",
         [("We had a good run", "the Texan")], "Rick Perry", "person"),
        # A firm's name joined by "&" is one name, and "the company" after it.
        ("Hollis & Grey said profit fell. The company said it would close nine stores.",
         [("profit fell", "Hollis & Grey"), ("it would close nine stores", "The company")], "Hollis & Grey",
         "organization"),
        # "They" with no group before it: the pair the article just named.
        ("Tom and Ann Baker had owned the Blue Heron Inn for 26 years when the flood came.\n\nThe water rose four "
         "feet in the inn's dining room on the night of June 3. Eight months later, the couple is finally ready to "
         "reopen — and they say the experience nearly made them give up.",
         [("the experience nearly made them give up", "they")], ANY, "group"),
        # "One" of some people is an unnamed source, whatever the word for them.
        ("How much people wanted to do it. One gogo told me, “I thought the phone was going to laugh at my cough.”",
         [("I thought the phone was going to laugh at my cough.", "One gogo")], "gogo", "anonymous"),
        # A short form that opens a body's longer name, with no first name in it, is that body.
        ("Serra Dourada Mineração cut its dividend. Serra Dourada said output rose 2%.",
         [("output rose 2%", "Serra Dourada")], "Serra Dourada Mineração", "organization"),
        # A water utility.
        ("Northvale Water said it had spent 12 million pounds upgrading treatment works.",
         [("it had spent 12 million pounds upgrading treatment works", "Northvale Water")], "Northvale Water",
         "organization"),
    ],
)  # fmt: skip
def test_rules_from_the_read_sets_residue_fifth_session(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


def test_a_pronoun_continues_an_unnamed_source_described_by_their_job_but_not_one_who_asked():
    text = (
        "“We are sorry,” said Priya Raman, the chief executive.\n\nA customer-support employee said the call lasted "
        "less than five minutes. “People found out from LinkedIn,” she said."
    )
    items = [("We are sorry", "Priya Raman, the chief executive"),
             ("the call lasted less than five minutes", "A customer-support employee"),
             ("People found out from LinkedIn", "she")]  # fmt: skip
    assert resolve_speakers(text, attributions(text, items))[-1].speaker.type == "anonymous"
    asked = (
        "“Yes, we can,” said Murat Ekinci, the club president.\n\nWhen a reporter followed up about the "
        "restrictions, he said: “Those restrictions were lifted in June.”"
    )
    items = [("Yes, we can", "Murat Ekinci, the club president"), ("about the restrictions", "a reporter"),
             ("Those restrictions were lifted in June.", "he")]  # fmt: skip
    assert resolve_speakers(asked, attributions(asked, items))[-1].speaker.name == "Murat Ekinci"


def test_the_one_interviewed_may_be_taken_for_a_source_in_the_introduction():
    text = (
        "Q&A: The doctor teaching phones to hear tuberculosis\n\nBy Lerato Mahlangu\n\nA cough app worked, "
        "researchers said.\n\nWe spoke to the study's lead author, Dr Nomvula Sithole, about coughs.\n\n"
        "Q: How does the app work?\nA: The patient coughs into the phone three times."
    )
    items = [("about coughs", "Dr Nomvula Sithole"), ("The patient coughs into the phone three times.", "A")]
    assert [a.speaker.name for a in resolve_speakers(text, attributions(text, items))] == ["Nomvula Sithole"] * 2


def test_a_given_name_is_no_one_elses_when_it_ends_a_longer_name():
    resolver = _Resolver("Scott Walker spoke. Tim Scott spoke. Mr. Scott left.")
    assert resolver.first_name_of(["Scott"]) is None
    assert _Resolver("Kavitha Subramaniam spoke.").first_name_of(["Kavitha"]) == ["Kavitha", "Subramaniam"]


@pytest.mark.parametrize(
    ("mention", "core"),
    [
        ("the bespectacled, 71-year-old diplomat", "the bespectacled, 71-year-old diplomat"),  # adjectives, one noun
        ("The bespectacled, 71-year-old diplomat", "The bespectacled, 71-year-old diplomat"),
        ("the official, speaking anonymously", "the official"),
        ("the senator, a Republican", "the senator"),
    ],
)
def test_a_comma_between_adjectives_parts_no_description(mention, core):
    assert core_mention(mention)[0] == core


@pytest.mark.parametrize(
    ("mention", "core"),
    [("at least 21,000 supporters", "at least 21,000 supporters"), ("Jim Smith, 45, a farmer", "Jim Smith")],
)
def test_a_comma_of_thousands_parts_no_apposition(mention, core):
    assert core_mention(mention)[0] == core


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A relative named by first name after a titled owner, though the birth records lack the name.
        ("Declan Boyle was hurt. Outside court, Mr Boyle’s wife, Grainne, said the family were relieved.",
         [("the family were relieved", "Mr Boyle’s wife, Grainne,")], "Grainne Boyle", "person"),
        # Bodies named with a word that ends persons' names elsewhere, or with a place last.
        ("The Minnesota State Patrol said troopers had responded to 61 crashes.",
         [("troopers had responded to 61 crashes", "The Minnesota State Patrol")], "Minnesota State Patrol",
         "organization"),
        ("The Arizona Division of Occupational Safety and Health, or ADOSH, said it had done 200 inspections.",
         [("it had done 200 inspections", "The Arizona Division of Occupational Safety and Health, or ADOSH,")],
         "Arizona Division of Occupational Safety and Health", "organization"),
        ("Prices rose, according to figures published by the Ethiopia Commodity Exchange (ECX).",
         [("Prices rose", "figures published by the Ethiopia Commodity Exchange (ECX)")], "Ethiopia Commodity Exchange",
         "organization"),
        ("In a statement, the City of Lethbridge said it had installed signs.",
         [("it had installed signs", "the City of Lethbridge")], "City of Lethbridge", "organization"),
        ("In a statement, Health NZ said it was aware of the pressure.",
         [("it was aware of the pressure", "Health NZ")], "Health NZ", "organization"),
        ("Waits were long, according to figures from Health New Zealand.",
         [("Waits were long", "figures from Health New Zealand")], "Health New Zealand", "organization"),
        ("Patient advocacy group Kōrero Health Wellington said the figures were worrying.",
         [("the figures were worrying", "Patient advocacy group Kōrero Health Wellington")],
         "Kōrero Health Wellington", "organization"),
        ("Snow fell, according to the National Weather Service in Duluth.",
         [("Snow fell", "the National Weather Service in Duluth")], "National Weather Service", "organization"),
        ("Most riders are old, according to the council's own equality impact assessment.",
         [("Most riders are old", "the council's own equality impact assessment")], "council", "organization"),
        # "The city" is the city's council as the article names it, before or after.
        ("LETHBRIDGE, Alta. — A bakery will close. The city says the project is on schedule. In a statement, the City "
         "of Lethbridge said it had installed signs.", [("the project is on schedule", "The city")],
         "City of Lethbridge", "organization"),
        # A short form of a company named in an apposition, its trade last.
        ("The contractor on the project, Prairie Crest Paving, said its crews worked late. Prairie Crest said it "
         "expected the block to reopen.", [("its crews worked late", "The contractor on the project, Prairie Crest "
         "Paving,"), ("it expected the block to reopen", "Prairie Crest")], "Prairie Crest Paving", "organization"),
        # A sentence's fronted place, taken into the mention, is no source.
        ("At Valley Mercy Medical Center in Mesa, emergency physician Dr. Elena Vasquez said the findings matched.",
         [("the findings matched", "Valley Mercy Medical Center in Mesa, emergency physician Dr. Elena Vasquez")],
         "Elena Vasquez", "person"),
        # The one told is no source.
        ("Defence barrister Niall Crossan spoke. “He does not seek to minimise what he did,” Mr Crossan told Judge "
         "Patricia Kerr. “He has sold the van.”", [("He does not seek", "Mr Crossan"), ("He has sold the van.",
         "Judge")], "Niall Crossan", "person"),
        # A body's kind opening the sentence before its name: "the charity" is that body.
        ("Cycling charity Safer Roads NI said the case showed dangers. In a statement, the charity said: “Every week "
         "our members report near misses.”", [("the case showed dangers", "Cycling charity Safer Roads NI"),
         ("Every week our members report near misses.", "the charity")], "Safer Roads NI", "organization"),
        # A stage of life, like an age, names the one the last sentences named.
        ("Margaret Pugh, 81, who lives in Llandderfel, has caught the 198 every Thursday.\n\n\"I don't know what "
         "I'll do,\" said Mrs Pugh.\n\nThe pensioner said many of her neighbours were in the same position.",
         [("I don't know what I'll do", "Mrs Pugh"), ("many of her neighbours", "The pensioner")], "Margaret Pugh",
         "person"),
        # A paragraph that names one person and quotes no one introduces the next one's "he", nickname and all.
        # (No "he" inside other words after the last mention: the test helper finds mentions by their text.)
        ("Falcons president Andrew Pike said it was a great day. ‘My wife told me,’ Pike said.\n\nAnn Lau said a "
         "club nearly folded.\n\nLong-time supporter Graham ‘Stumpy’ Lowe, 71, has not missed a home game since "
         "1985.\n\n‘I was at our last final in 2005,’ he said.", [("it was a great day", "Falcons president Andrew "
         "Pike"), ("My wife told me", "Pike"), ("I was at our last final", "he")], "Graham Lowe", "person"),
        # A club named by its plural alone ("Falcons" of "Derwent Falcons") is no second person in the paragraph.
        ("The Derwent Falcons won. Falcons president Andrew Pike said it was a great day.\n\nAnn Lau said a club "
         "nearly folded.\n\nLong-time supporter Graham Lowe has not missed a Falcons home game since 1985.\n\n‘I was "
         "at our last final in 2005,’ he said.", [("it was a great day", "Falcons president Andrew Pike"),
         ("I was at our last final", "he")], "Graham Lowe", "person"),
        # A territory speaks as a state does.
        ("Puerto Rico said it would default.", [("it would default", "Puerto Rico")], "Puerto Rico", "organization"),
        # "His lawyer" named in the next paragraph.
        ("Judge Ana Pop jailed Vasile Dobrescu. Dobrescu will appeal against the verdict, his lawyer said.\n\n‘This is "
         "a sentence built on lies,’ said the lawyer, Radu Pîrvulescu.", [("Dobrescu will appeal against the verdict",
         "his lawyer")], "Radu Pîrvulescu", "person"),
        # "My" in an interview's answer is the one interviewed.
        ("Manager Han Seung-woo spoke to us after the final.\n\nQ: Did you sleep?\n\nA: Not even one night. My body "
         "does not know the season is over.", [("the season is over", "My")], "Han Seung-woo", "person"),
    ],
)  # fmt: skip
def test_rules_from_style_set_13(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "wrong"),
    [
        # A body's kind before a title and a person's name: the person's campaign's chairman, no body.
        ("Clinton campaign Chairman John Podesta said the party needed a leader.",
         [("the party needed a leader", "Clinton campaign Chairman John Podesta")], "organization"),
    ],
)  # fmt: skip
def test_the_set_13_rules_stop_where_they_should(text, items, wrong):
    speaker = resolve_speakers(text, attributions(text, items))[-1].speaker
    assert speaker.type != wrong


def test_the_city_with_no_body_of_the_city_named_stays_undecided():
    """(Calling it an organisation "city" lost one quote of the first held-out sample, an aggregate ablation.)"""
    text = "The city says the project is on schedule."
    speaker = resolve_speakers(text, attributions(text, [("the project is on schedule", "The city")]))[0].speaker
    assert (speaker.name, speaker.type) == ("city", "unknown")


def test_only_a_paragraph_that_quotes_no_one_introduces_the_next_ones_speaker():
    quoting = "Andrew Pike spoke.\n\nGraham Lowe said “fans waited”.\n\n‘I was here,’ he said."
    assert _Resolver(quoting).narrative_paragraph_before(quoting.index("‘I")) is None
    plain = "Andrew Pike spoke.\n\nGraham ‘Stumpy’ Lowe waited.\n\n‘I was here,’ he said."
    assert _Resolver(plain).narrative_paragraph_before(plain.index("‘I")) == plain.index("Graham")


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # "The group" just after a body spoke is that body, though a group of something came earlier.
        ("Side effects were rare in that group. The Migraine Alliance of America said many patients stop. "
         "“Choice matters,” the group said.", [("many patients stop", "The Migraine Alliance of America"),
         ("Choice matters", "the group")], "Migraine Alliance of America", "organization"),
        # Cultural bodies by their head.
        ("The singer accused the organisers of the Sunvale Festival of cruelty. The festival said the stage had "
         "failed.", [("the stage had failed", "The festival")], "Sunvale Festival", "organization"),
        # A body the narrative described, then "the ministry".
        ("According to a daily, the infrastructure ministry had drawn up an emergency plan. The ministry denied the "
         "report, saying no such plan existed.", [("no such plan existed", "The ministry")], "infrastructure ministry",
         "organization"),
        ("Turnout was 61 percent, according to preliminary results published by the city's electoral commission. "
         "The commission said the count was over.", [("the count was over", "The commission")],
         "city's electoral commission", "organization"),
        # A body named for its members, their plural possessive capitalised.
        ("The Renal Patients' Voice, a charity that supports people with kidney failure, said the change would hurt.",
         [("the change would hurt", "The Renal Patients' Voice, a charity that supports people with kidney failure,")],
         "Renal Patients' Voice", "organization"),
        # A preposition the model took in before the source.
        ("Warren pressed Stumpf, according to a letter from the Senate banking committee.",
         [("Warren pressed Stumpf", "from the Senate banking committee")], "Senate banking committee", "organization"),
        # Results published by someone are theirs.
        ("Lopez led, according to preliminary results published by the Electoral Commission.",
         [("Lopez led", "preliminary results published by the Electoral Commission")], "Electoral Commission",
         "organization"),
    ],
)  # fmt: skip
def test_rules_from_the_read_sets_residue_sixth_session(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "wrong"),
    [
        # A quote-free paragraph introduces no one when the latest speaker spoke just before it, nor one named after a
        # preposition.
        ("“The road is dangerous,” said Mary Hall, a local councillor.\n\nLast year cyclist Diane Green was killed at "
         "the junction.\n\n“Nothing has changed,” she said.", [("The road is dangerous", "Mary Hall, a local "
         "councillor"), ("Nothing has changed", "she")], "Diane Green"),
        ("“It is great,” Mary Pike said.\n\nThe club said hello.\n\nThe club was founded in 1920 by Diane Brown.\n\n"
         "“Nothing has changed,” she said.", [("It is great", "Mary Pike"), ("Nothing has changed", "she")],
         "Diane Brown"),
        # Stages of life keep their gender and, for a pensioner, an age.
        ("Firefighter John Smith died in the blaze in 2019.\n\n“He was a hero,” the widow said.",
         [("He was a hero", "the widow")], "John Smith"),
        ("Jack Brown, 6, was hit by a car.\n\nThe grandmother said the road was dangerous.",
         [("the road was dangerous", "The grandmother")], "Jack Brown"),
        ("Mary Smith, 45, runs the shop.\n\nThe pensioner said prices rose.", [("prices rose", "The pensioner")],
         "Mary Smith"),
        # Someone else's lawyer, named next.
        ("Tom Smith was convicted of fraud on Monday. “We will appeal,” his lawyer said.\n\nCo-defendant Mary Jones "
         "hugged her lawyer, Peter Brown, as she left.", [("We will appeal", "his lawyer")], "Peter Brown"),
        # Who told: no time before the name, and not when the one told replies.
        ("John Smith resigned. On Monday Smith told the BBC: “It was time.”", [("It was time.", "the BBC")], "On"),
        ("“You are wrong,” Smith told Jones, who replied: “No, I am right.”", [("You are wrong", "Smith"),
         ("No, I am right.", "Jones")], "Smith"),
        # "The city" is no body that merely has the word in its name.
        ("A judge in the U.S. District Court for Oregon blocked the policy. “We will comply,” the district said.",
         [("We will comply", "the district")], "U.S. District Court"),
        ("Manchester City Football Club won. The city said roads would close.",
         [("roads would close", "The city")], "Manchester City Football Club"),
        # A title and a person after a body's kind or a town's name.
        ("Green party MEP Molly Scott Cato said the plan was bad.", [("the plan was bad", "Green party MEP Molly "
         "Scott Cato")], "MEP Molly Scott Cato"),
        ("Town of Cary Police Chief Terry Sult said the road was closed.", [("the road was closed", "Town of Cary "
         "Police Chief Terry Sult")], "Town of Cary Police Chief Terry Sult"),
        # A description that only says which body, or two descriptions: no name from them.
        ("The plan was first drawn up by the previous government in 2015.\n\n“We will build it,” the government said.",
         [("We will build it", "the government")], "previous government"),
        ("Both the health ministry and the finance ministry objected. The ministry said costs rose.",
         [("costs rose", "The ministry")], "finance ministry"),
        # "The group" after a group of people was introduced is not the body that just spoke.
        ("A group of residents opposed the plan at a meeting.\n\nThe Chamber of Commerce said the plan would help "
         "business. The group said it would keep protesting.", [("the plan would help business", "The Chamber of "
         "Commerce"), ("it would keep protesting", "The group")], "Chamber of Commerce"),
    ],
)  # fmt: skip
def test_the_sixth_sessions_review_cases(text, items, wrong):
    assert resolve_speakers(text, attributions(text, items))[-1].speaker.name != wrong


@pytest.mark.parametrize(
    ("text", "items", "wrong"),
    [
        ("Fairfax County Public Schools said it would close. Loudoun County Public Schools said it would open.",
         [("it would close", "Fairfax County Public Schools"), ("it would open", "Loudoun County Public Schools")],
         "Public Schools"),
        ("The government in Kyiv said talks failed. The government in Moscow said talks went well.",
         [("talks failed", "The government in Kyiv"), ("talks went well", "The government in Moscow")], "government"),
        ("Police Chief Mary Davis said officers acted fast.\n\nOfficers arrested Diane Reyes, 34, on Tuesday.\n\n"
         "“We are relieved that this is over,” she said.", [("officers acted fast", "Police Chief Mary Davis"),
         ("We are relieved", "she")], "Diane Reyes"),
        ("Andrei Dobrescu will appeal the verdict, his lawyer said.\n\nA second defendant plans to sue. His lawyer, "
         "Radu Ionescu, said the case was weak.", [("Andrei Dobrescu will appeal the verdict", "his lawyer")],
         "Radu Ionescu"),
        ("Detective Sergeant Jane Miller said Robert Hall, 72, was found at home.\n\n“I heard nothing that night,” "
         "the widow said.", [("I heard nothing that night", "the widow")], "Jane Miller"),
        ("Margaret Pugh, 81, lost her savings. Her son, David Pugh, said she was tricked. “I feel so foolish,” the "
         "pensioner said.", [("she was tricked", "Her son, David Pugh,"), ("I feel so foolish", "the pensioner")],
         "David Pugh"),
        ("Donald Trump held a rally in Ohio, his third of the presidential campaign.\n\n“The crowds were huge,” the "
         "campaign said.", [("The crowds were huge", "the campaign")], "presidential campaign"),
        ("Montgomery County Public Schools will close early. Many teachers live in the District of Columbia. “Safety "
         "comes first,” the district said.", [("Safety comes first", "the district")], "District of Columbia"),
        ("Senators' Brady Tkachuk said the team played well.", [("the team played well", "Senators' Brady Tkachuk")],
         "Senators' Brady Tkachuk"),
        ("Think tank Chatham House Senior Fellow Ayesha Khan said the deal was weak.",
         [("the deal was weak", "Think tank Chatham House Senior Fellow Ayesha Khan")],
         "Chatham House Senior Fellow Ayesha Khan"),
        ("The group says it has 300 members. The National Wildlife Federation said the plan was bad. “It is wrong,” "
         "the group said.", [("the plan was bad", "The National Wildlife Federation"), ("It is wrong", "the group")],
         "group"),
        ("Jane Hall was sentenced on Friday. Today Hall told Judge Patricia Kerr: “I am sorry.”",
         [("I am sorry.", "Judge")], "Today Hall"),
    ],
)  # fmt: skip
def test_the_sixth_sessions_second_review_cases(text, items, wrong):
    assert resolve_speakers(text, attributions(text, items))[-1].speaker.name != wrong


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # "We" in an answer given under a first name is the one who answers.
        ("When Dana and Rob Kowalczyk opened the cidery, Rob Kowalczyk says, they had two tanks. Dana Kowalczyk runs "
         "the business side.\n\nQ: Why cider?\n\nDana: Because everybody else was doing beer.\n\nRob: Twice.\n\nQ: "
         "Prices?\n\nDana: We hear about it at the bar every weekend.", [("it at the bar every weekend", "We")],
         "Dana Kowalczyk", "person"),
        # A relative introduced by name and described the same way later.
        ("Paul Brown, a retired fisherman, was brought in. His daughter, Sara Jones, said he was left on a corridor. "
         "Mr Brown is expected home next week, his daughter said.", [("he was left on a corridor", "Sara Jones"),
         ("is expected home next week", "his daughter")], "Sara Jones", "person"),
        # A relative never named is the one described, not the relative they are described by.
        ("Paul Brown, a retired fisherman, was brought in. Mr Brown is expected home next week, his daughter said.",
         [("is expected home next week", "his daughter")], "Paul Brown's daughter", "anonymous"),
        # A pronoun opening the paragraph after an unnamed source's quote goes on with that source.
        ("Dr Cathal Ruane, a consultant, said staff were tired.\n\n“You are assessing people in chairs,” Dr Ruane "
         "said.\n\nA senior nurse, who asked not to be named, described the weekend as “the worst I’ve seen”.\n\nShe "
         "said two patients had been treated in a storeroom.", [("staff were tired", "Dr Cathal Ruane"),
         ("You are assessing", "Dr Ruane"), ("the worst I’ve seen", "A senior nurse"), ("two patients had been",
         "She")], "senior nurse", "anonymous"),
        # A body named after an acronym, and one whose name has "and" in it.
        ("In a statement, NHS England said it regrets any delay.", [("it regrets any delay", "NHS England")],
         "NHS England", "organization"),
        ("In a statement, HSE West and North West said it regrets any delay. It said all patients were triaged.",
         [("it regrets any delay", "HSE West and North West"), ("all patients were triaged", "It")],
         "HSE West and North West", "organization"),
        ("The Ministry of Economy and Public Finance said it was working on measures.",
         [("it was working on measures", "The Ministry of Economy and Public Finance")],
         "Ministry of Economy and Public Finance", "organization"),
        # Abbreviated police and council titles are the ranks "the inspector" and "the councillor" stand for.
        ("Queensland Police Insp. Tom Vaiaku says crews carried out 14 rescues. 'He's lucky he's alive,' the "
         "inspector says.", [("crews carried out 14 rescues", "Queensland Police Insp. Tom Vaiaku"),
         ("He's lucky he's alive", "the inspector")], "Tom Vaiaku", "person"),
        ("Cllr Ailsa Nic Dhòmhnaill, who chairs the committee, said she understood. Parents want places. The "
         "councillor said officers were looking at options.", [("she understood", "Cllr Ailsa Nic Dhòmhnaill"),
         ("officers were looking at options", "The councillor")], "Ailsa Nic Dhòmhnaill", "person"),
        # A court report's scene and counsel by their side, taken into the mention; "the barrister" is that counsel.
        ("Outside court, the co-operative's chairman, Tony Hichens, said members were relieved.",
         [("members were relieved", "Outside court, the co-operative's chairman, Tony Hichens,")], "Tony Hichens",
         "person"),
        ("Defending, Jago Pascoe said his client was in debt. “He has lost his boat,” the barrister said.",
         [("his client was in debt", "Defending, Jago Pascoe"), ("He has lost his boat", "the barrister")],
         "Jago Pascoe", "person"),
        # Of two who spoke with one surname, "Mr" is the one whose first name is a man's.
        ("The manager, Loveday Hichens, said the thefts hurt. The chairman, Tony Hichens, said members were relieved. "
         "“We are glad,” said Mr Hichens, who is married to Loveday.", [("the thefts hurt", "Loveday Hichens"),
         ("members were relieved", "The chairman, Tony Hichens,"), ("We are glad", "Mr Hichens, who is married to "
         "Loveday")], "Tony Hichens", "person"),
        # A possessive, a relation and a name: the one named.
        ("Keo Sarath fishes. His neighbour Hem Sreyleak, 34, said her children asked her.",
         [("her children asked her", "His neighbour Hem Sreyleak, 34,")], "Hem Sreyleak", "person"),
        # "-men" plurals are people in the plural.
        ("Fishermen in Koh Kong province say sand dredging is causing riverbanks to collapse.",
         [("sand dredging is causing", "Fishermen in Koh Kong province")], "Fishermen in Koh Kong province", "group"),
        # A name described as a body in an apposition ("the public body", "a … group") is that body.
        ("Bòrd na Gàidhlig, the public body responsible for promoting the language, said demand had risen.",
         [("demand had risen", "Bòrd na Gàidhlig, the public body responsible for")], "Bòrd na Gàidhlig",
         "organization"),
        ("Coastal Roots Alliance, a local environmental group, said in a report that images showed losses.",
         [("images showed losses", "a local environmental group,")], "Coastal Roots Alliance", "organization"),
        # A message's maker in its apposition speaks through it.
        ("Calum MacAoidh signed it. The letter, organised by the Highland Gaelic Families Network, states: ‘Every year "
         "the demand grows.’", [("Every year the demand grows.", "The letter, organised by the Highland Gaelic "
         "Families Network,")], "Highland Gaelic Families Network", "organization"),
        # A lede's first word in capitals is the common word the article writes in lower case too.
        ("PARENTS in Inverness have warned that children could be turned away. More than 90 parents signed.",
         [("children could be turned away", "PARENTS in Inverness")], "Parents in Inverness", "group"),
        # A school by its "Prep".
        ("Riverside Prep posted a message: “Ravens fly together.”", [("Ravens fly together.", "Riverside Prep")],
         "Riverside Prep", "organization"),
        # Counsel named after "Defending," that opens the sentence, the mention the name alone.
        ("Defending, Jago Pascoe said his client was in debt. “He has lost his boat,” the barrister said.",
         [("his client was in debt", "Jago Pascoe"), ("He has lost his boat", "the barrister")], "Jago Pascoe",
         "person"),
        # A quotation of several sentences is one report: its "she" goes on with the unnamed source before it.
        ("Dr. Aminu Gwarzo said cases rose. “People wait,” he said.\n\nOne nurse, who asked not to be named, said "
         "beds had run out. \"We are tired. What we need is more hands,\" she said.", [("cases rose", "Dr. Aminu "
         "Gwarzo"), ("People wait", "he"), ("beds had run out", "One nurse"), ("We are tired.", "she")], "nurse",
         "anonymous"),
        # The man the unnamed source speaks of, in her own words, is no one described since her.
        ("Detective Inspector Sarah Lindqvist said the car was red.\n\nOne neighbour, who did not want to be named, "
         "said the man was lying in the road. “There were two people with him,” she said.",
         [("the car was red", "Detective Inspector Sarah Lindqvist"), ("the man was lying", "One neighbour"),
         ("There were two people", "she")], "neighbour", "anonymous"),
        # "Her manager" is someone else, unnamed, never the one whose manager.
        ("Priya Raman was laid off. Her manager told the team that “nobody’s job is safe.”",
         [("nobody’s job is safe.", "Her manager")], "Priya Raman's manager", "anonymous"),
        # At a news conference, the one who "faced several questions" answers them, though the tagger took the name
        # for a source.
        ("Jayden Parata kicked 19 points. Kea coach Brent Houghton said it was satisfying.\n\nThe sending-off "
         "dominated the press conference, where Houghton faced several questions.\n\nQ: Was it a red card?\n\nA: "
         "It looked high.\n\nQ: Will you appeal?\n\nA: We'll see what the judiciary says.",
         [("it was satisfying", "Kea coach Brent Houghton"), ("It looked high.", "Houghton"),
          ("We'll see what", "A")], "Brent Houghton", "person"),
    ],
)  # fmt: skip
def test_rules_from_style_set_14(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "wrong"),
    [
        # A name in a transcript's capitals is no acronym-led body.
        ("AIT OUCHEN: We have heard these reports. Leila Ait Ouchen is the minister.",
         [("We have heard", "AIT OUCHEN")], "organization"),
        # "His father, Brent Bozell, Jr." names a namesake: the later "Bozell" stays the one who speaks.
        ("“Yes, I support Ted Cruz,” Brent Bozell III says. He was five, and his father, Brent Bozell, Jr., wrote a "
         "book, his father said. “Cruz will win,” Bozell says.", [("Yes, I support Ted Cruz", "Brent Bozell III"),
         ("wrote a book", "his father"), ("Cruz will win", "Bozell")], "person:Brent Bozell"),
        # A name's "campaign manager" is a job as written, not someone's manager.
        ("Donald Trump spoke. Trump's campaign manager said he was glad.",
         [("he was glad", "Trump's campaign manager")], "anonymous:Donald Trump's campaign manager"),
    ],
)  # fmt: skip
def test_the_set_14_rules_stop_where_they_should(text, items, wrong):
    speaker = resolve_speakers(text, attributions(text, items))[-1].speaker
    assert f"{speaker.type}:{speaker.name}" != wrong and speaker.type != wrong


def test_irish_surname_particles_vote_for_a_gender():
    """ "Ms Ní Bhriain": the honorific sits before the particle, and the particle itself says a daughter; "he" after
    her name (her father) is outvoted."""
    from quotes.article_text import ArticleText

    text = "His daughter, Sorcha Ní Bhriain, said he was cold. Ms Ní Bhriain said so. Mr Ó Briain is home."
    facts = ArticleText(text)
    assert facts.gender_votes("Bhriain", {"m": 0, "f": 0}) == {"m": 1, "f": 6}
    assert facts.gender_votes("Briain", {"m": 0, "f": 0}) == {"m": 4, "f": 0}


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # Another patient's daughter is not the daughter introduced earlier.
        ("Paul Brown was brought in. His daughter, Sara Jones, said he was left on a corridor. Another patient, Tom "
         "Smith, waited too. Mr Smith is recovering at home, his daughter said.", [("he was left on a corridor",
         "Sara Jones"), ("is recovering at home", "his daughter")], "Tom Smith's daughter", "anonymous"),
        # A job-described unnamed source is still the next "he", though the job is also a title ("Insp.", "Prof.").
        ("Mayor Tom Cole opened it. A university professor said it was flawed. “It will fail,” he said.",
         [("it was flawed", "A university professor"), ("It will fail", "he")], "university professor", "anonymous"),
        ("Mayor Tom Cole opened it. A police inspector said it was flawed. “It will fail,” he said.",
         [("it was flawed", "A police inspector"), ("It will fail", "he")], "police inspector", "anonymous"),
        # A classmate named after the possessive is the one named (a guard: it held before the review mends too).
        ("Kai Benton, 15, spoke first. His classmate Amira Yusuf, 14, said she missed messaging her friends.",
         [("she missed messaging", "His classmate Amira Yusuf, 14,")], "Amira Yusuf", "person"),
        # A possessive and a body's kind before its name: the body, no person.
        ("Their charity Save The Children said it would help.", [("it would help", "Their charity Save The Children")],
         "Save The Children", "organization"),
        # The unnamed source's own words speak of a woman: no one described since her (her "she" goes on with her). A
        # guard for the first of the two conditions (it held before the mends; removing the condition fails it).
        ("Detective Inspector Sarah Lindqvist said the car was red.\n\nOne neighbour, who asked not to be named, said "
         "the woman was lying in the road. “There were two people with her,” she said.", [("the car was red",
         "Detective Inspector Sarah Lindqvist"), ("the woman was lying", "One neighbour"), ("There were two people",
         "she")], "neighbour", "anonymous"),
        # A man described since the unnamed source spoke, outside her words, is of the other gender than "she" (a guard
        # for the second condition, in the same way).
        ("Mayor Tom Cole opened it.\n\nOne neighbour, who asked not to be named, said it was loud, though the man "
         "next door slept. “I heard it all,” she said.", [("it was loud", "One neighbour"), ("I heard it all", "she")],
         "neighbour", "anonymous"),
    ],
)  # fmt: skip
def test_the_seventh_sessions_review_cases(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    "mention",
    [
        "according to, among others, Mayor Ann Lee",  # an empty core with an apposition
        "The statement, sent by email,",  # a delivery, not a maker
        "A statement, released by police late on Monday,",
    ],
)
def test_a_message_made_by_no_name_names_no_maker(mention):
    text = f"Ann Lee spoke. {mention} said it was over."
    (out,) = resolve_speakers(text, attributions(text, [("it was over", mention)]))
    assert out.speaker is None or out.speaker.name not in ("email", "police late", "police late on Monday")


def test_an_acronym_before_a_personal_name_makes_no_body():
    text = "NYPD Ann Lee said it was over."
    (out,) = resolve_speakers(text, attributions(text, [("it was over", "NYPD Ann Lee")]))
    assert out.speaker.type == "person"


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A maker written "the" and a noun (a guard: the older "released by" reading gave it too), or a name with the
        # day after it.
        ("The ministry met. The statement, issued by the ministry, said it was over.",
         [("it was over", "The statement, issued by the ministry,")], "ministry", "organization"),
        ("The statement, released by Acme Ltd on Monday, said it was over.",
         [("it was over", "The statement, released by Acme Ltd on Monday,")], "Acme Ltd", "organization"),
        # A place named before the relative's introduction is not the owner.
        ("Tom Cole was admitted to the Royal Infirmary. His daughter, Sara Cole, said it was over. Later his daughter "
         "said it was fine.", [("it was over", "Sara Cole"), ("it was fine", "his daughter")], "Sara Cole", "person"),
        # Plurals in "-men" and an acronym's chapter named for a state.
        ("Two seamen said it was over.", [("it was over", "Two seamen")], "Two seamen", "group"),
        ("AARP Virginia said it was over.", [("it was over", "AARP Virginia")], "AARP Virginia", "organization"),
    ],
)  # fmt: skip
def test_the_seventh_sessions_second_review_cases(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # Where a named person is from or works, after the name, is no part of the name.
        ("CBC Chairman G.K. Butterfield of North Carolina said it was wrong.",
         [("it was wrong", "CBC Chairman G.K. Butterfield of North Carolina")], "G.K. Butterfield", "person"),
        ("Political scientist Dossym Satpayev in Almaty said trade would grow.",
         [("trade would grow", "Political scientist Dossym Satpayev in Almaty")], "Dossym Satpayev", "person"),
        ("Conservative commentator Jonah Goldberg of the anti-Trump National Review wrote that Christie erred.",
         [("that Christie erred", "Conservative commentator Jonah Goldberg of the anti-Trump National Review")],
         "Jonah Goldberg", "person"),
        # ... but belongs to a description whose head the name only qualifies.
        ("A spokesman for Mayor Frank G. Jackson of Cleveland said the route was set.",
         [("the route was set", "A spokesman for Mayor Frank G. Jackson of Cleveland")],
         "spokesman for Mayor Frank G. Jackson of Cleveland", "anonymous"),
        # A city and its state after a comma are one place.
        ("A woman in Worcester, Massachusetts, said she worries.",
         [("she worries", "A woman in Worcester, Massachusetts,")], "woman in Worcester, Massachusetts", "anonymous"),
        # People named in a list after the description that introduces them, or each with their state.
        ("Two objectors, Lawrence Joyce and William Graham, argued that he is ineligible.",
         [("that he is ineligible", "Two objectors, Lawrence Joyce and William Graham,")],
         "Lawrence Joyce and William Graham", "group"),
        ("Sens. Johnny Isakson of Georgia and John Boozman of Arkansas said they would welcome him.",
         [("they would welcome him", "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas")],
         "Johnny Isakson and John Boozman", "group"),
        # Titles the lists did not know: "Counsel", and titles joined by a hyphen.
        ("FBI General Counsel James A. Baker said the files would be kept.",
         [("the files would be kept", "FBI General Counsel James A. Baker")], "James A. Baker", "person"),
        ("United Auto Workers Secretary-Treasurer Gary Casteel said trade was the issue.",
         [("trade was the issue", "United Auto Workers Secretary-Treasurer Gary Casteel")], "Gary Casteel", "person"),
        ("Co-anchor Norah O’Donnell said she was surprised.",
         [("she was surprised", "Co-anchor Norah O’Donnell")], "Norah O’Donnell", "person"),
        # A headline's capitalised adjective is no first name: the name with a first name wins the tie.
        ("Understated Perez raises political profile.\n\nLabor Secretary Thomas Perez took the last row. Perez said "
         "Trump was a fraud.", [("Trump was a fraud", "Perez")], "Thomas Perez", "person"),
        # A definite plural goes back to the group of its head noun, however that group was named.
        ("Cruz's lawyers filed a brief defending the view that he is a citizen. The lawyers cited two earlier "
         "candidacies.", [("the view that he is a citizen", "Cruz's lawyers"), ("two earlier candidacies",
         "The lawyers")], "Cruz's lawyers", "group"),
        # A body the narrative introduced with capitalised words before its lower-case head.
        ("But a New Hampshire ballot commission was more tentative. In rejecting a challenge, the commission said a "
         "court should settle the matter.", [("a court should settle the matter", "the commission")],
         "New Hampshire ballot commission", "organization"),
        # A pronoun whose referent was named sentences earlier and has not spoken: the last named of its gender.
        ("The race pits Hillary Clinton against Donald Trump. His instincts are rash. Hers are cautious. Her plans are "
         "detailed. His are few. She says he is unqualified. He says she is unfit.",
         [("he is unqualified", "She"), ("she is unfit", "He")], "Donald Trump", "person"),
        # A surname alone names the person whose full name the article gave (a guard: the paragraph rule found her
        # here before too).
        ("Hillary Clinton won New York. Bernie Sanders has accused Clinton of being influenced by donors. Clinton has "
         "been asked to release the transcripts.\n“Let everybody release them,” she said.",
         [("Clinton of being influenced by donors", "Bernie Sanders"), ("Let everybody release them", "she")],
         "Hillary Clinton", "person"),
        # A role with a place is not a holder of that role written with another place, nor a title in quotation marks.
        ("Texas Sen. Ted Cruz named “Veep” as his top show.\n\nSen. Marco Rubio and former Gov. Jeb Bush enjoy similar "
         "shows. The Florida senator likes “The Walking Dead.”", [("“Veep” as his top show", "Texas Sen. Ted Cruz"),
         ("“The Walking Dead.”", "The Florida senator")], "Marco Rubio", "person"),
        ("Former Maryland Gov. Martin O’Malley enjoys “Modern Family.” Sen. Marco Rubio and former Gov. Jeb Bush enjoy "
         "similar shows. The former Florida governor loves “Lilyhammer.”", [("“Modern Family.”",
         "Former Maryland Gov. Martin O’Malley"), ("“Lilyhammer.”", "The former Florida governor")], "Jeb Bush",
         "person"),
        # A poll's maker ends before what was done with the poll, and without the place it polled.
        ("A poll from Marquette Law School released Wednesday showed Clinton ahead.",
         [("Clinton ahead", "A poll from Marquette Law School released Wednesday")], "Marquette Law School",
         "organization"),
        ("An NBC News/Wall Street Journal/Marist South Carolina poll found Clinton led Sanders.",
         [("Clinton led Sanders", "An NBC News/Wall Street Journal/Marist South Carolina poll")],
         "NBC News/Wall Street Journal/Marist", "organization"),
        # A newspaper's name without the word for what it is.
        ("The People's Daily newspaper called it the pearl of the Silk Road.",
         [("it the pearl of the Silk Road", "The People's Daily newspaper")], "People's Daily", "organization"),
        # "Even" opens a sentence and is no first name; a mention's own full name stands when the article's runs hold
        # it only with such a word before it.
        ("Even Donald Trump has knocked the rules as undemocratic. “They might have prevented Trump,” one aide said.",
         [("the rules as undemocratic", "Donald Trump")], "Donald Trump", "person"),
        ("Indeed Donald Trump has knocked the rules as undemocratic. That was indeed odd, Trump said.",
         [("the rules as undemocratic", "Donald Trump")], "Donald Trump", "person"),
        # A surname alone, after the full name, is a person's even when the article gives no gender, and a sentence's
        # "But" is no part of it.
        ("“I'd be glad to have him,” Sen. Roy Blunt said.\n\nCruz could help turn out the base for Sen. Kelly Ayotte, "
         "allies say.\n\nBut Ayotte isn't interested.\n\n“Uh, no. This is about me,” she said.",
         [("I'd be glad to have him", "Sen. Roy Blunt"), ("Uh, no. This is about me", "she")], "Kelly Ayotte",
         "person"),
        # A department's name ends a title before a first name.
        ("UMWA Director of Government Affairs Phil Smith said the union would sit out the election.",
         [("the union would sit out the election", "UMWA Director of Government Affairs Phil Smith")], "Phil Smith",
         "person"),
        # A share of a group is a group, named with its share; a share alone is of the group just spoken of.
        ("More than half the senators surveyed backed a cut, and all but two said the party should act.",
         [("backed a cut", "More than half the senators surveyed"), ("the party should act", "all but two")],
         "More than half the senators surveyed", "group"),
        ("The senators surveyed backed lowering the number of superdelegates, and all but two said the party should "
         "take it up.", [("lowering the number of superdelegates", "The senators surveyed"),
         ("the party should take it up", "all but two")], "senators surveyed", "group"),
        ("South Carolina Republican primary voters said the economy mattered most. Nearly half said they prefer "
         "someone with experience.", [("the economy mattered most", "South Carolina Republican primary voters"),
         ("they prefer someone with experience", "Nearly half")],
         "South Carolina Republican primary voters", "group"),
    ],
)  # fmt: skip
def test_rules_from_the_third_polnear_train_draw(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    ("text", "items", "wrong"),
    [
        # A body named "X of America" is no person from America.
        ("Communications Workers of America said the deal was bad.",
         [("the deal was bad", "Communications Workers of America")], "person:Communications Workers"),
        # Of two namesakes with first names, the one the article names more often stays the bare surname's.
        # "Time magazine" is how the magazine is named; "The newspaper" names no paper "The".
        ("Time magazine put him on its list.", [("him on its list", "Time magazine")], "organization:Time"),
        ("The sports daily Marca broke the story. The newspaper reported that he had asked to leave.",
         [("that he had asked to leave", "The newspaper")], "organization:The"),
        # A name in a quotation is no title when the quotation holds more than the name.
        ("“Our coach, Marty Goddard, said ‘enjoy it,’” Kyle Hensley said. The coach said training was on Tuesday.",
         [("enjoy it", "Kyle Hensley"), ("training was on Tuesday", "The coach")], "unknown:coach"),
        ("Liz Cheney won the primary. Liz Cheney thanked voters. Her father, Dick Cheney, was there. Cheney said the "
         "party was united.", [("the party was united", "Cheney")], "person:Dick Cheney"),
    ],
)  # fmt: skip
def test_the_third_draws_rules_stop_where_they_should(text, items, wrong):
    speaker = resolve_speakers(text, attributions(text, items))[-1].speaker
    assert f"{speaker.type}:{speaker.name}" != wrong


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A first name breaks only a tie in length and frequency: the one named three times keeps the surname.
        ("Keir Starmer launched the manifesto. Keir Starmer toured a factory. Keir Starmer met workers. His wife, "
         "Victoria Starmer, did not attend. Starmer said the plan was costed.", [("the plan was costed", "Starmer")],
         "Keir Starmer", "person"),
        # The nation whose news it is ("U.S. Sen.") and a place the person went to are not where they are from.
        ("U.S. Sen. Marco Rubio said the school was good. Gov. Rick Scott said the budget was tight. The Florida "
         "senator said the plan would fail.", [("the school was good", "U.S. Sen. Marco Rubio"),
         ("the budget was tight", "Gov. Rick Scott"), ("the plan would fail", "The Florida senator")], "Marco Rubio",
         "person"),
        ("Back from Iraq, Sen. Lindsey Graham spoke to reporters. The South Carolina senator said the war was not "
         "over.", [("the war was not over", "The South Carolina senator")], "Lindsey Graham", "person"),
        ("Fresh from a trip to Kenya, Sen. Chris Coons spoke to reporters. Rep. Jim Smith said the trip was useful. "
         "The Delaware senator said aid must continue.", [("the trip was useful", "Rep. Jim Smith"),
         ("aid must continue", "The Delaware senator")], "Chris Coons", "person"),
        # A paper named by its nation or its owner keeps the word for what it is.
        ("The talks had stalled, the Russian news agency said.",
         [("The talks had stalled", "the Russian news agency")], "Russian news agency", "organization"),
        ("The Communist Party newspaper said the plan was sound.",
         [("the plan was sound", "The Communist Party newspaper")], "Communist Party newspaper", "organization"),
        ("Iran's semi-official Fars news agency said the talks had failed.",
         [("the talks had failed", "Iran's semi-official Fars news agency")], "Iran's semi-official Fars news agency",
         "organization"),
        # Two titles joined by a slash are still titles.
        ("President/CEO Mary Barra said the plant would close.",
         [("the plant would close", "President/CEO Mary Barra")], "Mary Barra", "person"),
        # An epithet before a first name stays out of the name, even as the mention's own words.
        ("Theresa May spoke on Monday. Beleaguered Theresa May said she would stay.",
         [("she would stay", "Beleaguered Theresa May")], "Theresa May", "person"),
        # A day before a body's head, and a noun after it, make no description of the body.
        ("At a Monday court hearing, lawyers argued for bail. The court said the man must stay in custody.",
         [("the man must stay in custody", "The court")], "court", "organization"),
    ],
)  # fmt: skip
def test_the_eighth_sessions_review_cases(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


def test_a_poll_by_a_body_named_with_on_keeps_its_whole_name():
    assert core_mention("A poll by the Council on Foreign Relations")[0] == "the Council on Foreign Relations"


def test_place_initials_begin_no_personal_name():
    assert not looks_like_person("D.C. United") and not looks_like_person("L.A. Galaxy")
    assert looks_like_person("G.K. Butterfield")


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A poll's maker ends before a time ("last night") or a topic ("on the retail sector").
        ("Labour is ahead, a poll by YouGov last night showed.", [("Labour is ahead", "a poll by YouGov last night")],
         "YouGov", "organization"),
        ("Retail is weak, a report by Deloitte on the retail sector said.",
         [("Retail is weak", "a report by Deloitte on the retail sector")], "Deloitte", "organization"),
        # "A health ministry spokesman" still describes the ministry; "May" before "government" is a name, no month.
        ("A health ministry spokesman said 40 had died. “It is grave,” the ministry said.",
         [("40 had died", "A health ministry spokesman"), ("It is grave", "the ministry")], "health ministry",
         "organization"),
        ("The Theresa May government was in trouble. “We will act,” the government said.",
         [("We will act", "the government")], "Theresa May government", "organization"),
        # A describing word before a surname loses to a first name, however often it is written.
        ("Shane Lowry won the title. Irishman Lowry led from the start. Irishman Lowry held on. “It is a dream,” Lowry "
         "said.", [("It is a dream", "Lowry")], "Shane Lowry", "person"),
        # Abbreviated ranks and honorifics beyond the commonest continue a name.
        ("Pfc. Bradley Manning said he leaked the files. “I did it,” Pfc. Manning said.",
         [("he leaked the files", "Pfc. Bradley Manning"), ("I did it", "Pfc. Manning")], "Pfc. Bradley Manning",
         "person"),
        # A newspaper whose name ends like a nationality is still named without "newspaper".
        ("“It is over,” The Guardian newspaper said.", [("It is over", "The Guardian newspaper")], "Guardian",
         "organization"),
        # A pollster whose name holds a title-like word is still one body with its partner.
        ("The Associated Press/NORC poll found most people worried.",
         [("most people worried", "The Associated Press/NORC poll")], "Associated Press/NORC", "organization"),
        # A share of "them" is the group they are.
        ("Democrats said the bill was bad. All but two of them voted no.",
         [("the bill was bad", "Democrats"), ("voted no", "All but two of them")], "Democrats", "group"),
        ("One in four voters said the economy was bad.", [("the economy was bad", "One in four voters")],
         "One in four voters", "group"),
    ],
)  # fmt: skip
def test_the_eighth_sessions_second_review_cases(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


def test_place_initials_before_a_surname_may_still_be_a_persons():
    assert looks_like_person("N.C. Saxena")


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A describing compound before a surname is no part of the name.
        ("Oscar-winner Sarandon unsure about Clinton.\n\nOscar-winning actress Susan Sarandon is not sure. “It is a "
         "legitimate concern,” Sarandon said.", [("unsure about Clinton", "Oscar-winner Sarandon"),
         ("It is a legitimate concern", "Sarandon")], "Susan Sarandon", "person"),
        # Of two full names as long, the more frequent wins, though the other is named first.
        ("Hunter Biden's laptop was in the news. Joe Biden toured a plant, and Joe Biden met workers. Biden said the "
         "economy was improving.", [("the economy was improving", "Biden")], "Joe Biden", "person"),
        # Jobs that stand for the person named with them; a name in the narrative before one quoted.
        ("Adm. Harry B. Harris Jr. leads the Pacific Command. The derogatory comments had two goals, the admiral said.",
         [("The derogatory comments had two goals", "the admiral")], "Harry B. Harris Jr.", "person"),
        ("Adm. Harry B. Harris Jr. met the press. The admiral said, “Admiral Dunford asked me that.” Later the "
         "admiral said the seas were calm.", [("Admiral Dunford asked me that.", "The admiral"),
         ("the seas were calm", "the admiral")], "Harry B. Harris Jr.", "person"),
        # Of the names before a description, one in the narrative; one in a quotation before one after it.
        ("“Coach Daly gave us belief,” Mia Ross said. The coach said the players deserved credit. Opposing coach Sam "
         "Hart conceded.", [("Coach Daly gave us belief", "Mia Ross"), ("the players deserved credit", "The coach")],
         "Daly", "person"),
        # Two titles joined by "and" are one person's.
        ("“That is what he did,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.",
         [("That is what he did", "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell")],
         "Ed Rendell", "person"),
        # "who" after a person's job at a body is the person, not the body's last words.
        ("“It is hard,” said Alfonso Aguilar, the executive director of the Latino Partnership for Conservative "
         "Principles, who has criticized Mr. Cruz.", [("It is hard", "Alfonso Aguilar"), ("has criticized Mr. Cruz",
         "who")], "Alfonso Aguilar", "person"),
        # A lone name after words that describe no one is a body; its country stays in its name.
        ("Family income rose by 0.8%, U.S. Census data show.", [("Family income rose by 0.8%", "U.S. Census data")],
         "U.S. Census", "organization"),
        ("'SNL' mocks Clinton's struggles.", [("Clinton's struggles", "'SNL'")], "SNL", "organization"),
        # A group keeps its count.
        ("This week, two liberal Hispanic groups rolled out ads that cast them as anti-Latino.",
         [("them as anti-Latino", "two liberal Hispanic groups")], "two liberal Hispanic groups", "group"),
        ("So involved is he that three separate advisers to Mr. Trump said he was behaving as a strategist.",
         [("he was behaving as a strategist", "three separate advisers to Mr. Trump")],
         "three separate advisers to Mr. Trump", "group"),
        # A pronoun goes on about the one person the paragraph names, also by a possessive, when they spoke before.
        ("“We will win,” said Paul Ryan. “It is hard,” said Senator Lindsey Graham.\n\nEven in the House, Mr. Ryan's "
         "ideas have met with resistance. He cannot get a budget passed, he said.",
         [("We will win", "Paul Ryan"), ("It is hard", "Senator Lindsey Graham"),
          ("He cannot get a budget passed", "he")], "Paul Ryan", "person"),
        # "who" after a person's home: a town after "from", a state after "of" and an apposition.
        ("“I will vote for Bernie,” said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited.",
         [("I will vote for Bernie", "Nicky Driscoll"), ("Sanders is best suited", "who")], "Nicky Driscoll",
         "person"),
        ("Gov. John Kasich of Ohio, a Republican who has criticized Mr. Trump, spoke on Sunday.",
         [("Mr. Trump", "who")], "John Kasich", "person"),
        # A movement's name is no person's.
        ("Black Lives Matter issued a statement saying it took the action because of unsafe conditions.",
         [("it took the action because of unsafe conditions", "Black Lives Matter")], "Black Lives Matter",
         "organization"),
        # The review's cases: short hyphenated given names, a possessive place, honorifics in a pair, counts alone,
        # an approximate count, "Poll" as a surname or a place's poll.
        ("Mei-ling Chen, a teacher in Taipei, said the exam was too hard.",
         [("the exam was too hard", "Mei-ling Chen")], "Mei-ling Chen", "person"),
        ("India's Kohli said the pitch had been difficult.", [("the pitch had been difficult", "India's Kohli")],
         "Kohli", "person"),
        ("Mr Judge and Ms Reyes said the merger was off.", [("the merger was off", "Mr Judge and Ms Reyes")],
         "Judge and Reyes", "group"),
        ("Police interviewed five witnesses. Two said they saw a blue car.", [("they saw a blue car", "Two")], "two",
         "group"),
        ("About 200 workers walked off the job. They said the plant was unsafe.",
         [("the plant was unsafe", "They")], "About 200 workers", "group"),
        ("Maria Poll, a nurse, said shifts were long.", [("shifts were long", "Maria Poll")], "Maria Poll", "person"),
        ("The Iowa Poll found Haley gaining.", [("Haley gaining", "The Iowa Poll")], "Iowa Poll", ANY),
        # The second review's cases: an owner after a preposition or owning a relative is only spoken of; "from X,
        # who" after a verb; "of" inside a title; a couple; given names ending in "-ching".
        ("“We have a plan,” said Anthony Albanese. “It is a mess,” said Peter Dutton.\n\nAsked about Albanese's plan, "
         "he said: “Bills keep going up.”", [("We have a plan", "Anthony Albanese"), ("It is a mess", "Peter Dutton"),
         ("Bills keep going up.", "he")], "Peter Dutton", "person"),
        ("“I will not resign,” said Mayor Tom Harris. “He must go,” said David Lowe.\n\nHarris's son, Michael Harris, "
         "runs the business. “Dad did nothing wrong,” he said.", [("I will not resign", "Mayor Tom Harris"),
         ("He must go", "David Lowe"), ("Dad did nothing wrong", "he")], "Michael Harris", "person"),
        ("Detective Tom Jones got a call from Sarah Kim, who said: “I saw the car.”", [("I saw the car.", "who")],
         "Sarah Kim", "person"),
        ("Secretary of State Hillary Clinton, a former senator who is weighing a run, said: “We are watching.”",
         [("We are watching.", "who")], "Hillary Clinton", "person"),
        ("David and Sarah Kim opened the bakery. “We work long days,” said Kim, a former nurse.",
         [("We work long days", "Kim")], "Sarah Kim", "person"),
        ("Yu-ching Lin said: “Classes are cancelled.”", [("Classes are cancelled.", "Yu-ching Lin")], "Yu-ching Lin",
         "person"),
        # A poll capitalised as a title is its makers'.
        ("Obama's rating is 52%, the latest Washington Post-ABC News Poll found.",
         [("Obama's rating is 52%", "the latest Washington Post-ABC News Poll")], "Washington Post-ABC News",
         "organization"),
    ],
)  # fmt: skip
def test_the_fourth_draws_cases(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


def test_a_mention_cut_inside_a_word_is_read_as_the_whole_word():
    """PolNeAR offsets sometimes start or end a mention mid-word ("t" of "Clinton"); the output keeps the span given."""
    text = "Hillary Clinton spoke in Iowa. Clinton suggested the United States send more forces."
    quote = "the United States send more forces"
    start = text.index(quote)
    cut = text.index("Clinton suggested") + len("Clinto")
    speaker = Speaker("t", mention=Span.of(text, cut, cut + 1))
    attribution = Attribution(quote=Quote(quote, start, start + len(quote)), speaker=speaker, doc="d")
    resolved = resolve_speakers(text, [attribution])[0].speaker
    assert (resolved.name, resolved.type) == ("Hillary Clinton", "person")
    assert resolved.mention == Span.of(text, cut, cut + 1)


def test_a_fronted_phrase_is_no_plural_subject():
    text = "The Democrats decided to mount a filibuster.\n\nFor nearly 40 hours, they spoke on many topics."
    speaker = resolve_speakers(text, attributions(text, [("many topics", "they")]))[0].speaker
    assert speaker is None or "hours" not in speaker.name


@pytest.mark.parametrize(
    "text, items, name, type_",
    [
        # The first review's cases. An "it" before any organisation has spoken is no body merely named before it.
        ("The Bank of England held rates. It said inflation would fall.", [("inflation would fall", "It")], "England",
         None),
        ("Rugby Australia terminated the contract of Israel Folau. It said the decision was final.",
         [("the decision was final", "It")], "Israel", None),
        # A "he"/"she" after a man or woman the reported speech introduces is still the speaker's.
        ("Detective Inspector Tom Byrne said the scene was sealed. A man in his 40s was arrested, he said.",
         [("the scene was sealed", "Detective Inspector Tom Byrne"), ("A man in his 40s was arrested", "he")],
         "Tom Byrne", "person"),
        ("Jacinda Ardern spoke on Tuesday. As a woman in politics, she said, she has faced abuse.",
         [("she has faced abuse", "she")], "Jacinda Ardern", "person"),
        # Post-nominal honours; a surname in capitals; a headline's body-like description; "The Guardian"; "Editor &".
        ("Llyr Gruffydd MS said farmers were angry.", [("farmers were angry", "Llyr Gruffydd MS")], "Llyr Gruffydd",
         "person"),
        ("Nkosazana Dlamini ZUMA said the party would unite.",
         [("the party would unite", "Nkosazana Dlamini ZUMA")], "Nkosazana Dlamini ZUMA", "person"),
        ("Veteran Broadcaster Joe Duffy Says He Will Retire\n\nJoe Duffy, the veteran broadcaster, said he would "
         "retire.",
         [("He Will Retire", "Veteran Broadcaster Joe Duffy")], "Joe Duffy", "person"),
        ("Atlantic City's Guardian newspaper said the mayor was wrong. Mayor Don Guardian disagreed. The Guardian said "
         "its reporting was accurate.", [("its reporting was accurate", "The Guardian")], "Don Guardian", None),
        ("Editor & Publisher said newspaper layoffs had doubled.",
         [("newspaper layoffs had doubled", "Editor & Publisher")], "Editor & Publisher", "organization"),
        ("Former CEO of Hewlett-Packard Carly Fiorina said Trump was wrong.",
         [("Trump was wrong", "Former CEO of Hewlett-Packard Carly Fiorina")], ANY, "person"),
        # A poll's maker keeps its "of" tail.
        ("Young voters prefer Sanders, a new poll indicates, according to a new poll by the Harvard University "
         "Institute of Politics.", [("Young voters prefer Sanders", "a new poll")],
         "Harvard University Institute of Politics", "organization"),
        # A name in an apposition keeps where its bearer works apart; a generation suffix stays in it.
        ("Another leading advocate, Andrew J. Pincus of Mayer Brown, said the term was historic.",
         [("the term was historic", "Another leading advocate, Andrew J. Pincus of Mayer Brown,")], "Andrew J. Pincus",
         "person"),
        ("“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, tells Breitbart News. "
         "“He can win,” Bozell said.", [("Yes, I support Ted Cruz", "Brent Bozell III, founder of the Media Research "
         "Center,"), ("He can win", "Bozell")], "Brent Bozell III", "person"),
        # A percentage of a group is a group named with its share.
        ("Exit polls showed that 85% of Democrats said they were satisfied.",
         [("they were satisfied", "85% of Democrats")], "85% of Democrats", "group"),
        # The second review's cases: surnames and teams that look like nationals; someone else the sentence names or
        # describes before an unnamed man or woman; a body opening with a preposition; "both men" near a place; the
        # campaign of a former office holder.
        ("Claire Danes won an Emmy. Danes said the role changed her.", [("the role changed her", "Danes")],
         "Claire Danes", "person"),
        ("The Houston Texans released Tom Smith. The Texans said the move was about salary.",
         [("the move was about salary", "The Texans")], "Texans", None),
        ("Sen. Chuck Grassley toured Iowa on Monday. The senator greeted a man at the diner before he said the tax "
         "cut was fair.", [("the tax cut was fair", "he")], "Chuck Grassley", "person"),
        ("Merkel arrived in Athens on Tuesday. Merkel greeted a woman at the airport before she said Greece must "
         "reform.", [("Greece must reform", "she")], "woman", None),
        ("Without Walls, a theatre group in Leeds, said funding had been cut.",
         [("funding had been cut", "Without Walls, a theatre group in Leeds,")], "Walls", None),
        ("Joe Biden hosted Rishi Sunak at Camp David on Friday. Both men said the alliance was strong.",
         [("the alliance was strong", "Both men")], "Rishi Sunak and Camp David", None),
        ("President Joe Biden spoke on Monday. Donald Trump, the former president, rallied in Ohio. The former "
         "president's campaign said the crowd was huge.", [("the crowd was huge", "The former president's campaign")],
         "Biden campaign", None),
        # The third review's cases: a poll maker's place is no part of its name; its "of" tail may take words.
        ("Most Americans back the plan, according to a survey from the Pew Research Center of Washington.",
         [("Most Americans back the plan", "a survey")], "Pew Research Center", "organization"),
        ("Most Britons back the plan, according to a poll by the Institute of Fiscal Studies.",
         [("Most Britons back the plan", "a poll")], "Institute of Fiscal Studies", "organization"),
        ("Against Malaria Foundation said it had handed out nets.",
         [("it had handed out nets", "Against Malaria Foundation")], "Against Malaria Foundation", "organization"),
        # A headline's capitalised description is no part of the name the body writes without it.
        ("Conservative Icon Morton Blackwell Endorses Ted Cruz.\n\nMorton Blackwell, the conservative icon who "
         "founded the institute, has endorsed Cruz. “I have decided,” Blackwell wrote.",
         [("Ted Cruz", "Conservative Icon Morton Blackwell"), ("I have decided", "Blackwell")], "Morton Blackwell",
         "person"),
        ("Rose Mary Smith said the rent rose again. Smith said no.", [("the rent rose again", "Rose Mary Smith"),
         ("no", "Smith")], "Rose Mary Smith", "person"),
        # A surname that is also a newspaper's word, after a first name the article gives.
        ("Atlantic City Mayor Don Guardian said the city would pay. Guardian said the talks failed.",
         [("the city would pay", "Atlantic City Mayor Don Guardian"), ("the talks failed", "Guardian")],
         "Don Guardian", "person"),
        ("The Guardian said the talks failed. Guardian editors said no.", [("the talks failed", "The Guardian")],
         "Guardian", "organization"),
        # A name ending in an acronym is a body's, and the acronym alone is not its longer namesake.
        ("The Junge SVP launched a petition. The SVP said it backed the petition.",
         [("a petition", "The Junge SVP"), ("it backed the petition", "The SVP")], "SVP", "organization"),
        ("The Junge SVP, the youth wing of the SVP, said the plan failed.",
         [("the plan failed", "The Junge SVP, the youth wing of the SVP,")], "Junge SVP", "organization"),
        ("Prosecuting counsel Ms Orla Brennan SC said the blow was cowardly.",
         [("the blow was cowardly", "Prosecuting counsel Ms Orla Brennan SC")], "Orla Brennan", "person"),
        ("Róisín Shortall TD said the plan failed.", [("the plan failed", "Róisín Shortall TD")], "Róisín Shortall",
         "person"),
        # Two plural descriptions of people joined by "and" are one group, the first capitalised to open a sentence.
        ("Right-wing politicians and average citizens raised concern that the border was open.",
         [("the border was open", "Right-wing politicians and average citizens")],
         "Right-wing politicians and average citizens", "group"),
        # A nation's people in the plural are a group, not a name.
        ("“Our German reviewers are careful,” said Jane Doe. Some Germans are asking whether comments will go.",
         [("whether comments will go", "Some Germans")], "Germans", "group"),
        # A "he"/"she" goes back to the unnamed man or woman its sentence introduces, when it names no one else.
        ("Police gave no details on Monday. A 29-year-old Berlin woman received probation after she had posted "
         "comments.", [("comments", "she")], "29-year-old Berlin woman", "anonymous"),
        ("Justin Trudeau visited the factory. A man asked about tariffs, and after he said Canada would retaliate, "
         "the workers applauded.", [("Canada would retaliate", "he")], "Justin Trudeau", "person"),
        ("Mamata Banerjee addressed a rally on Sunday. The Bengal CM said the BJP would lose. The CM also attacked the "
         "Centre.", [("the BJP would lose", "The Bengal CM")], ANY, "person"),
        ("Katharine Viner spoke on Monday. The Guardian Editor said the paper would not pay.",
         [("the paper would not pay", "The Guardian Editor")], "Guardian Editor", None),
        ("Donald Trump spoke in Iowa. Trump met a man at the diner, and he said the wall would be built.",
         [("the wall would be built", "he")], "Donald Trump", "person"),
        ("Donald Trump spoke in Iowa. He met a man at the diner, and he said the wall would be built.",
         [("the wall would be built", "he")], "Donald Trump", "person"),
        # A share alone, as polls report one, is a group.
        ("Voters are split: 53% describe themselves as liberal.", [("describe themselves as liberal", "53%")], "53%",
         "group"),
        # A list of places after "in" stays in the description.
        ("Exit polls were out. Most Republican voters in Alabama, Georgia and Virginia said they wanted an outsider.",
         [("they wanted an outsider", "Most Republican voters in Alabama, Georgia and Virginia")],
         "Republican voters in Alabama, Georgia and Virginia", "group"),
    ],
)  # fmt: skip
def test_the_fifth_draws_cases(text, items, name, type_):
    """The last quote's speaker is ``name`` of ``type_``; with ``type_`` None, it is anyone but ``name``."""
    assert_last_speaker(text, items, name, type_)


def test_a_job_acronym_of_a_firm_describes_a_person_not_the_firm():
    text = "Carly Fiorina said Trump was right. But, the former CEO of Hewlett-Packard added, it's not the way to win."
    speaker = resolve_speakers(
        text, attributions(text, [("it's not the way to win", "the former CEO of Hewlett-Packard")])
    )[0].speaker
    assert speaker.name != "Hewlett-Packard" and speaker.type != "organization"


@pytest.mark.parametrize(
    ("run", "personal"),
    [
        ("Scarborough Shoal", False),
        ("South China Sea", False),
        ("Korean Peninsula", False),
        ("Ricki Lake", True),  # a lake, a river or a hill may end a surname
        ("Sarah Hill", True),
        ("Frank Ocean", True),  # a feature word after a first name
        ("George Strait", True),
    ],
)
def test_a_natural_feature_is_no_person(run, personal):
    assert personal_run(run) is personal


HEADLINE_CASES = [
    # The body names in full the source the headline names short: a description's head, a role, a surname.
    ("Jury convicts Dayton man in nightclub shooting\n\nA Montgomery County jury on Friday convicted Marcus Carter of "
     "murder, prosecutors said.", [("Dayton man in nightclub shooting", "Jury"), ("Marcus Carter of murder",
     "A Montgomery County jury")], "Montgomery County jury"),
    ("CNN President On Trump: ‘We Do Not Pay Candidates’\n\nCNN President Jeff Zucker said the network would not "
     "pay.", [("We Do Not Pay Candidates", "CNN President"), ("the network would not pay", "CNN President Jeff "
     "Zucker")], "Jeff Zucker"),
    ("Board Of Election Finds Cruz Eligible\n\nThe Illinois Board of Elections ruled that Ted Cruz met the criteria.",
     [("Cruz Eligible", "Board Of Election"), ("that Ted Cruz met the criteria", "The Illinois Board of Elections")],
     "Illinois Board of Elections"),
    # A person described by a job is the body speaker whose quotes share most words with the headline's.
    ("Former Clinton Pollster Says Clinton Is In Trouble\n\nFormer Bill Clinton pollster Douglas Schoen was on Fox "
     "News. Schoen said Clinton faced a dire situation.", [("Clinton Is In Trouble", "Former Clinton Pollster"),
     ("Clinton faced a dire situation", "Schoen")], "Douglas Schoen"),
    # A poll is the named body whose poll the body cites, not one whose name holds "poll" ("Pollution").
    ("Poll: 3 Senate races are tight\n\nThe races are all close, a Quinnipiac University poll shows.",
     [("3 Senate races are tight", "Poll"), ("The races are all close", "a Quinnipiac University poll")],
     "Quinnipiac University"),
    ("Poll: Voters want cleaner air\n\nThe Central Pollution Control Board said the air was unsafe. Most voters want "
     "action, a Reuters/Ipsos poll shows.", [("Voters want cleaner air", "Poll"), ("the air was unsafe", "The Central "
     "Pollution Control Board"), ("Most voters want action", "a Reuters/Ipsos poll")], "Reuters/Ipsos"),
    # The headline's words before the head decide even when the quotes would not.
    ("Transport minister says cuts are coming\n\nTreasury minister Darren Jones said cuts are coming.\n\nTransport "
     "minister Lilian Greenwood said nothing would change.", [("cuts are coming", "Transport minister"), ("cuts are "
     "coming.", "Treasury minister Darren Jones"), ("nothing would change", "Transport minister Lilian Greenwood")],
     "Lilian Greenwood"),
]  # fmt: skip


HEADLINE_CASES += [
    # The headline's other words pick among speakers of one job; else what the headline says does.
    ("Transport minister says rail link not dead yet\n\nTreasury minister Darren Jones said every department would "
     "have to find savings.\n\nTransport minister Lilian Greenwood said the rail link was still on the table.",
     [("rail link not dead yet", "Transport minister"), ("every department would have to find savings", "Treasury "
      "minister Darren Jones"), ("the rail link was still on the table", "Transport minister Lilian Greenwood")],
     "Lilian Greenwood"),
    ("Ministry says hospital fire death toll rises to 12\n\nThe Interior Ministry said that a faulty air conditioner "
     "was the likely cause.\n\nThe Health Ministry said that 12 people had died.",
     [("hospital fire death toll rises to 12", "Ministry"), ("a faulty air conditioner was the likely cause", "The "
      "Interior Ministry"), ("12 people had died", "The Health Ministry")], "Health Ministry"),
    ("Former employee says battery maker faked safety tests\n\nVoltara chief executive Mark Reed said every pack met "
     "federal standards.\n\nDana Cole, who worked in the testing lab, said managers told technicians to rerun failed "
     "tests.", [("battery maker faked safety tests", "Former employee"), ("every pack met federal standards",
     "Voltara chief executive Mark Reed"), ("managers told technicians to rerun failed tests", "Dana Cole")],
     "Dana Cole"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "items", "name"), HEADLINE_CASES)
def test_a_headline_source_is_the_body_speaker_it_stands_for(text, items, name):
    resolved = resolve_speakers(text, attributions(text, items))
    headline, body = resolved[0].speaker, resolved[-1].speaker
    assert headline.name == body.name == name and headline.id == body.id


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # A group the body narrows is another group: the Democrats who sue are not those of one committee.
        ("Democrats to sue Arizona on poll access\n\nDemocrats on the House Judiciary Committee said lines were too "
         "long.", [("Arizona on poll access", "Democrats"), ("lines were too long", "Democrats on the House "
         "Judiciary Committee")]),
        # Leaders in the plural are no one person the body names.
        ("Leaders Of The Movement Unite Behind Cruz\n\nRichard Viguerie said Cruz was the one.",
         [("Behind Cruz", "Leaders Of The Movement"), ("Cruz was the one", "Richard Viguerie")]),
        # A described person is not the named one the body quotes after an anonymous one.
        ("Former Manager Alleges Fraud At Bank\n\nA former employee, who spoke on condition of anonymity, said the "
         "bank hid losses. The bank's chief executive, John Smith, said the claims were false.",
         [("Fraud At Bank", "Former Manager"), ("the bank hid losses", "A former employee"),
          ("the claims were false", "The bank's chief executive, John Smith,")]),
        # A first line that says "said" is a lede of one sentence, no headline.
        ("A spokesman for Heathrow said the airport would reopen on Wednesday.\n\nPolice spokesman Dan Moore said "
         "officers were still investigating the fire.", [("the airport would reopen on Wednesday", "A spokesman for "
         "Heathrow"), ("officers were still investigating the fire", "Police spokesman Dan Moore")]),
        # "Study" is no journal that speaks first.
        ("Study finds brisk walking cuts dementia risk\n\nThe journal JAMA Neurology said in an editorial that the "
         "findings were encouraging.", [("brisk walking cuts dementia risk", "Study"), ("the findings were "
         "encouraging", "The journal JAMA Neurology")]),
        # A first line that opens with an article and ends with a full stop is a lede too.
        ("A spokesman says the airport will reopen on Wednesday.\n\nPolice spokesman Dan Moore said the fire at the "
         "airport was out.", [("the airport will reopen on Wednesday", "A spokesman"), ("the fire at the airport was "
         "out", "Police spokesman Dan Moore")]),
        ("A spokesman said the airport would reopen on Wednesday.\n\nPolice spokesman Dan Moore said the fire at the "
         "airport was out.", [("the airport would reopen on Wednesday", "A spokesman"), ("the fire at the airport was "
         "out", "Police spokesman Dan Moore")]),
        # A person who holds another job is not the headline's.
        ("Senator says budget deal is close\n\nGov. Jerry Brown said the budget would be signed on Friday.",
         [("budget deal is close", "Senator"), ("the budget would be signed on Friday", "Gov. Jerry Brown")]),
        # Two sentences are no headline, whatever their verbs.
        ("Health Minister Deborah Annan says the plan is sound. Her department says it funded places.\n\n"
         "Education Minister Tom Reid disagreed. His department says schools will suffer.",
         [("it funded places", "Her department"), ("schools will suffer", "His department")]),
        # A first paragraph of two sentences is no headline.
        ("Health Minister Deborah Annan said the plan was sound. Her department said it had funded places.\n\n"
         "Education Minister Tom Reid disagreed. His department said schools would suffer.",
         [("it had funded places", "Her department"), ("schools would suffer", "His department")]),
    ],
)  # fmt: skip
def test_a_headline_source_stays_its_own_when_the_body_names_someone_else(text, items):
    resolved = resolve_speakers(text, attributions(text, items))
    assert resolved[0].speaker.id != resolved[-1].speaker.id


def test_a_person_first_met_without_a_title_takes_the_first_title_the_body_gives():
    text = (
        "Minister says rail link not dead yet\n\nTreasury minister Darren Jones said every department would have to "
        "find savings.\n\nTransport minister Lilian Greenwood said the rail link was still on the table."
    )
    items = [
        ("rail link not dead yet", "Minister"),
        ("every department would have to find savings", "Treasury minister Darren Jones"),
        ("the rail link was still on the table", "Transport minister Lilian Greenwood"),
    ]
    headline, jones, greenwood = [a.speaker for a in resolve_speakers(text, attributions(text, items))]
    assert headline.id == greenwood.id and (jones.name, jones.role) == ("Darren Jones", "Treasury minister")


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # Appositions between the names of a list describe its members, whatever "and" they hold.
        ("Maria Lopez, director of the Hill Institute, a research group, and Tom Baker, co-founder of the polling firm "
         "Baker and Sons, said the plan would fail.", [("the plan would fail", "Maria Lopez, director of the Hill "
         "Institute, a research group, and Tom Baker, co-founder of the polling firm Baker and Sons,")],
         "Maria Lopez and Tom Baker", "group"),
        ("Omar Haddad, 31, and his wife, Leila Nasser, 29, said they would stay.",
         [("they would stay", "Omar Haddad, 31, and his wife, Leila Nasser, 29,")], "Omar Haddad and Leila Nasser",
         "group"),
        ("Florida Sens. Ann Reyes (R), who is seeking reelection, and Bill Stone (D) said the bill was dead.",
         [("the bill was dead", "Florida Sens. Ann Reyes (R), who is seeking reelection, and Bill Stone (D)")],
         "Ann Reyes and Bill Stone", "group"),
        ("Gwen Hart and Judy Moss, two radio hosts, said the debate was unfair.",
         [("the debate was unfair", "Gwen Hart and Judy Moss, two radio hosts")], "Gwen Hart and Judy Moss", "group"),
        ("Joe Ward spoke first. Ward and 24-year-old Tim Lake, a fellow volunteer, said they would vote.",
         [("they would vote", "Ward and 24-year-old Tim Lake, a fellow volunteer,")], "Joe Ward and Tim Lake",
         "group"),
        # ... and so do a dash's apposition, a plural that introduces the names, "along with" and "neither … nor".
        ("Ellen Grant spoke. Ms. Grant and Paul Ortiz - a fellow governor who raised similar concerns - said the rule "
         "was wrong.", [("the rule was wrong", "Ms. Grant and Paul Ortiz - a fellow governor who raised similar "
         "concerns -")], "Ellen Grant and Paul Ortiz", "group"),
        ("Two Democratic members of the council from Ward 5, Ana Ruiz and Ben Cole, said the vote was rigged.",
         [("the vote was rigged", "Two Democratic members of the council from Ward 5, Ana Ruiz and Ben Cole,")],
         "Ana Ruiz and Ben Cole", "group"),
        ("The mayor’s leading rivals, Sens. Ted Moore of Texas and Al Diaz of Ohio, said the plan would fail.",
         [("the plan would fail", "The mayor’s leading rivals, Sens. Ted Moore of Texas and Al Diaz of Ohio,")],
         "Ted Moore and Al Diaz", "group"),
        ("Ellen Grant spoke. Ms. Grant, along with Judge Peter Hale of the Appeals Court and Nora Finch, a law "
         "professor at Yale, wrote that the rule was wrong.", [("the rule was wrong", "Ms. Grant, along with Judge "
         "Peter Hale of the Appeals Court and Nora Finch, a law professor at Yale,")],
         "Ellen Grant, Peter Hale and Nora Finch", "group"),
        ("Marla Hayes met Don Price. Neither Hayes nor Price responded to requests for comment.",
         [("requests for comment", "Neither Hayes nor Price")], "Marla Hayes and Don Price", "group"),
        # One person's apposition holding "and", a place after a comma or a party label stays that person.
        ("Sam Ellis, founder and CEO of Veterans of Iraq and Afghanistan, said the care was poor.",
         [("the care was poor", "Sam Ellis, founder and CEO of Veterans of Iraq and Afghanistan")], "Sam Ellis",
         "person"),
        ("J. P. Moss, a nurse and union member in Roanoke, Va., who voted for Obama, said the plan was fair.",
         [("the plan was fair", "J. P. Moss, a nurse and union member in Roanoke, Va., who voted for Obama")],
         "J. P. Moss", "person"),
        ("Senator Lisa Grant, Republican of Ohio, who was an early critic and is now a supporter, said it was fine.",
         [("it was fine", "Senator Lisa Grant, Republican of Ohio, who was an early critic and is now a supporter")],
         "Lisa Grant", "person"),
        # A list of places is not cut at its first member for an introduction.
        ("Most Republican voters in Alabama, Georgia and Virginia said the economy came first.",
         [("the economy came first", "Most Republican voters in Alabama, Georgia and Virginia")],
         "Republican voters in Alabama, Georgia and Virginia", "group"),
        ("The United States, Britain and France said the vote was unfair.",
         [("the vote was unfair", "The United States, Britain and France")], "United States, Britain and France",
         "group"),
    ],
)  # fmt: skip
def test_coordinated_names_with_appositions(text, items, name, type_):
    """The last item's speaker (sixteenth session: lists of names with appositions, of the studied samples)."""
    assert_last_speaker(text, items, name, type_)


def test_a_bare_surname_the_text_writes_after_one_gender_of_honorific_is_not_a_namesake_of_the_other():
    text = (
        "President Obama said the vote mattered. “It is personal,” Mr. Obama said. He will travel with the first "
        "lady, Michelle Obama, in October. “We will win,” Obama said."
    )
    items = [("the vote mattered", "President Obama"), ("It is personal", "Mr. Obama"), ("We will win", "Obama")]
    speakers = [a.speaker for a in resolve_speakers(text, attributions(text, items))]
    assert [s.name for s in speakers] == ["Obama"] * 3 and len({s.id for s in speakers}) == 1


@pytest.mark.parametrize(
    ("text", "items", "name"),
    [
        # Two people named with their titles open the sentence before: more words than a plural's five.
        ("Sen. Ann Moore and former Gov. Jim Diaz have more in common than their ties. They said the show was their "
         "favourite.", [("the show was their favourite", "They")], "Ann Moore and Jim Diaz"),
        # A pronoun leading a pair, and an irregular verb ending the subject.
        ("Manny Ruiz said the parade was safe. He and his partner came to the events because they wanted to show that "
         "nobody could scare them.", [("the parade was safe", "Manny Ruiz"), ("nobody could scare them", "they")],
         "Manny Ruiz and his partner"),
    ],
)  # fmt: skip
def test_they_continues_a_pair_opening_the_sentence(text, items, name):
    assert resolve_speakers(text, attributions(text, items))[-1].speaker.name == name


@pytest.mark.parametrize(
    ("text", "items", "name", "type_"),
    [
        # A name joined from words has no space before its commas.
        ("The family, protesters and civic leaders called for the release of the video.",
         [("the release of the video", "The family, protesters and civic leaders")],
         "family, protesters and civic leaders", "group"),
        # An aside between spaced dashes is no part of a description's name.
        ("A large number of voters - 62 percent - said race relations are getting worse.",
         [("race relations are getting worse", "A large number of voters - 62 percent -")], "large number of voters",
         ANY),
        # ... but a dash before a capital may end a dateline.
        ("New York (AFP) – Oscar-winning actress Susan Sarandon, star of “Thelma and Louise,” said she would not "
         "vote.", [("she would not vote", "New York (AFP) – Oscar-winning actress Susan Sarandon, star of “Thelma and "
                   "Louise,”")], "Susan Sarandon", "person"),
        # "One or more of" counts the people, as "many of" does; it is no name.
        ("The committee met. One or more of the senators said the bill would fail.",
         [("the bill would fail", "One or more of the senators")], "senators", "group"),
        # A pronoun with the people around its referent, named by their plural; a description with the people
        # around the one it describes.
        ("Angela Merkel met them on Monday. She and European leaders said the deal was dead.",
         [("the deal was dead", "She and European leaders")], "Angela Merkel and European leaders", "group"),
        ("Republican presidential nominee Donald Trump spoke on Monday. The Republican nominee and his aides said the "
         "deal was dead.", [("the deal was dead", "The Republican nominee and his aides")],
         "Donald Trump and his aides", "group"),
        # A pronoun and a surname named nowhere in full: the two, the surname as written.
        ("Donald Trump spoke on Monday. Both he and Pence said the deal was dead.",
         [("the deal was dead", "Both he and Pence")], "Donald Trump and Pence", "group"),
        # ... and a description naming no one stays as written.
        ("The campaign spoke on Monday. The campaign and its allies said the deal was dead.",
         [("the deal was dead", "The campaign and its allies")], "campaign and its allies", "group"),
    ],
)  # fmt: skip
def test_the_seventeenth_sessions_group_names(text, items, name, type_):
    """The last item's speaker (seventeenth session: group names of the studied samples)."""
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    "text, items, name, type_",
    [
        # An "it" is the country or body first named in its sentence, though another body spoke before ...
        ("The Clean Power Plan is the main tool for the United States to meet the target it pledged to reach.",
         [("pledged to reach", "it")], "United States", "organization"),
        ("Google said sales were fine. The United Nations struggles to raise the money it needs, officials said.",
         [("sales were fine", "Google"), ("needs", "it")], "United Nations", "organization"),
        # ... else, before any body has spoken, the one opening the sentence before.
        ("The Supreme Court heard the case in March. It ruled that the law was void.",
         [("the law was void", "It")], "Supreme Court", "organization"),
        # A body named in the sentence before but not as its subject is no antecedent.
        ("Protesters marched past the Ministry of Defence. It said the march was peaceful.",
         [("the march was peaceful", "It")], "Ministry of Defence", None),
    ],
)  # fmt: skip
def test_an_it_is_a_body_named_near_it(text, items, name, type_):
    """The last quote's speaker is ``name`` of ``type_``; with ``type_`` None, it is anyone but ``name``."""
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    "text, items, name, type_",
    [
        # The maker named with the document, or as the subject of the clause that brought it in.
        ("A report by the Government Accountability Office found waste. The report said $2 billion was lost.",
         [("$2 billion was lost", "The report")], "Government Accountability Office", "organization"),
        ("The World Bank issued its annual forecast on Tuesday. The forecast said growth would slow.",
         [("growth would slow", "The forecast")], "World Bank", "organization"),
        ("Forty senators signed a letter to the president. The letter urged him to veto the bill.",
         [("to veto the bill", "The letter")], "Forty senators", "group"),
        ("The families of the victims sued Boeing on Monday. The lawsuit alleges that the company ignored warnings.",
         [("the company ignored warnings", "The lawsuit")], "families of the victims", "group"),
        ("The Supreme Court ruled 6-3 on Friday. The ruling said states may not ban the drug.",
         [("states may not ban the drug", "The ruling")], "Supreme Court", "organization"),
        # The subject of the clause, not of its sentence.
        ("His feud with Sam Nunberg became public after Nunberg filed a petition on Tuesday. The petition accuses him "
         "of bullying.", [("of bullying", "The petition")], "Sam Nunberg", "person"),
        # A maker named after the document, or as its modifier with its own head.
        ("The lawsuit, filed by the Authors Guild in New York, accuses the startup of copying books. The lawsuit said "
         "the copying was brazen.", [("the copying was brazen", "The lawsuit")], "Authors Guild", "organization"),
        ("Four hours earlier, a Clinton campaign memo was released. The memo stated that the loss was expected.",
         [("the loss was expected", "The memo")], "Clinton campaign", "organization"),
        ("According to a report in the Des Moines Register, Cruz leads in Iowa.",
         [("Cruz leads in Iowa", "a report in the Des Moines Register")], "Des Moines Register", "organization"),
        # A pollster named by its first word later is the one named in full; polls in general point to no poll.
        ("Races are close, a Quinnipiac University poll shows. Little changed from the past two Quinnipiac polls. The "
         "margin of error for all three state polls was 3 points. The poll found that voters are split.",
         [("voters are split", "The poll")], "Quinnipiac University", "organization"),
        # A place before the document says where; a capital before "the" opens a question; neither is its maker.
        ("A trial is set for the Wisconsin lawsuit. The lawsuit challenges the voter ID law.",
         [("challenges the voter ID law", "The lawsuit")], "Wisconsin", None),
        ("Did the investigation find fault? The investigation said the agency erred.",
         [("the agency erred", "The investigation")], "Did", None),
        # A court's unsigned opinion and its orders are the court's.
        ("The Supreme Court returned the case to the lower courts. The unsigned opinion said the court took no view.",
         [("the court took no view", "The unsigned opinion")], "Supreme Court", "organization"),
        # A text calls one document by any noun of its kind, and its maker may have spoken in it.
        ("Pfizer filed suit against Moderna on Friday. The complaint says the vaccine copied its work.",
         [("the vaccine copied its work", "The complaint")], "Pfizer", "organization"),
        ("Tesla disclosed the investigation in a regulatory filing. The filing said the inquiry was routine.",
         [("the inquiry was routine", "The filing")], "Tesla", "organization"),
        ("Microsoft and OpenAI were sued by The New York Times in December. The complaint alleges wholesale copying.",
         [("wholesale copying", "The complaint")], "New York Times", "organization"),
        # A maker described in lower case between commas, also after what the document is on.
        ("The letter, signed by more than 200 scientists, warns that the rules are weak. The letter urged action.",
         [("action", "The letter")], "more than 200 scientists", "group"),
        ("The report on former Governor Andrew Cuomo, released by Attorney General Letitia James, found misconduct. "
         "The report said he harassed aides.", [("he harassed aides", "The report")], "Letitia James", "person"),
        # A body that made a document is what "It" means next.
        ("Human Rights Watch released a 90-page report on Tuesday. It said migrants had been beaten.",
         [("migrants had been beaten", "It")], "Human Rights Watch", "organization"),
        # A body named by what it is for keeps its whole name.
        ("The Office for National Statistics published the figures on Wednesday. It said inflation had eased.",
         [("inflation had eased", "It")], "Office for National Statistics", "organization"),
        # A place names where the document is: its maker, else the document.
        ("The Wisconsin lawsuit, brought by a coalition of voting-rights groups, argues the law is unfair. The "
         "lawsuit says thousands were turned away.", [("thousands were turned away", "The lawsuit")],
         "coalition of voting-rights groups", ANY),
        ("A trial is set for May. The Wisconsin lawsuit argues that the ID law is unfair.",
         [("the ID law is unfair", "The Wisconsin lawsuit")], "Wisconsin lawsuit", "organization"),
        # A document at a body is the body's.
        ("An internal review at the BBC concluded that the interview was unfair.",
         [("the interview was unfair", "An internal review at the BBC")], "BBC", "organization"),
        # The one written to is not the writer.
        ("A letter from Representative Jim Jordan to the FBI director demanded documents.",
         [("documents", "A letter from Representative Jim Jordan to the FBI director")], "Jim Jordan", "person"),
        # With no maker named the document keeps its own name.
        ("A study published in The Lancet found links to dementia. The study said the link was robust.",
         [("the link was robust", "The study")], "study", "organization"),
    ],
)  # fmt: skip
def test_a_document_speaks_for_its_maker(text, items, name, type_):
    """The last quote's speaker is ``name`` of ``type_``; with ``type_`` None, it is anyone but ``name``."""
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    "text, items, name, type_",
    [
        ("Hillary Clinton weighed a visit. People familiar with her thinking said she would go.",
         [("she would go", "People familiar with her thinking")], "People familiar with Hillary Clinton's thinking",
         "group"),
        ("Terry McAuliffe spoke on Monday. Those close to him said the restoration would stand.",
         [("the restoration would stand", "Those close to him")], "Those close to Terry McAuliffe", "group"),
        # A pronoun that means no named person stays.
        ("The officer arrived late. People familiar with her account said she was delayed.",
         [("she was delayed", "People familiar with her account")], "People familiar with her account", "group"),
    ],
)  # fmt: skip
def test_a_pronoun_in_a_description_names_its_person(text, items, name, type_):
    """The last quote's speaker is ``name`` of ``type_``."""
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    "text, items, name",
    [
        ("The United States and Russia met in Geneva on Friday. The two countries said a truce was near.",
         [("a truce was near", "The two countries")], "United States and Russia"),
        ("Apple and Samsung settled the case on Friday. The two companies said the deal was fair.",
         [("the deal was fair", "The two companies")], "Apple and Samsung"),
        ("Israel and Hamas agreed to a pause. Both sides said the deal was fragile.",
         [("the deal was fragile", "Both sides")], "Israel and Hamas"),
        # Two countries are no two people, though named later.
        ("The United States and Russia talked while Obama and Putin met. The two countries said a truce was near.",
         [("a truce was near", "The two countries")], "United States and Russia"),
    ],
)  # fmt: skip
def test_two_bodies_named_as_a_pair_are_one_group(text, items, name):
    assert_last_speaker(text, items, name, "group")


@pytest.mark.parametrize(
    "text, items, name, type_",
    [
        # Second names of a person news uses in royal, religious, sports and court stories.
        ("Prince Harry said he was tired. The duke said he was glad to be home.",
         [("he was tired", "Prince Harry"), ("he was glad to be home", "The duke")], "Harry", "person"),
        ("Pope Leo XIV said war was a defeat. The pontiff said peace was possible.",
         [("war was a defeat", "Pope Leo XIV"), ("peace was possible", "The pontiff")], "Leo XIV", "person"),
        ("England captain Maro Itoje said the win was deserved. The lock said the team had grown.",
         [("the win was deserved", "England captain Maro Itoje"), ("the team had grown", "The lock")], "Maro Itoje",
         "person"),
        ("Linda Marsh, 52, denies fraud. The defendant told the jury she was innocent.",
         [("she was innocent", "The defendant")], "Linda Marsh", "person"),
        ("Bernie Sanders spoke in Iowa. The Vermont independent said the system was rigged.",
         [("the system was rigged", "The Vermont independent")], "Bernie Sanders", "person"),
        # A courtesy title is no job: "the actress" may be Dame Judi Dench.
        ("Dame Judi Dench opened the festival. The actress said the theatre needed funds.",
         [("the theatre needed funds", "The actress")], "Judi Dench", "person"),
        # Bodies named for what they run or guard.
        ("National Highways said the road would reopen on Monday.",
         [("the road would reopen on Monday", "National Highways")], "National Highways", "organization"),
        ("London Fire Brigade said 70 firefighters attended.",
         [("70 firefighters attended", "London Fire Brigade")], "London Fire Brigade", "organization"),
        ("Buckingham Palace said the King was resting.",
         [("the King was resting", "Buckingham Palace")], "Buckingham Palace", "organization"),
    ],
)  # fmt: skip
def test_second_names_of_people_and_bodies_named_for_their_work(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    "text, items, name, type_",
    [
        # "The central bank" is the central bank named before, by its own name.
        ("The Bank of Canada raised rates on Wednesday. The central bank said inflation was too high.",
         [("inflation was too high", "The central bank")], "Bank of Canada", "organization"),
        ("The Reserve Bank of Australia held rates. The central bank said inflation was too high.",
         [("inflation was too high", "The central bank")], "Reserve Bank of Australia", "organization"),
        # Bank of America is a business.
        ("Bank of America cut jobs on Wednesday. The central bank said inflation was too high.",
         [("inflation was too high", "The central bank")], "Bank of America", None),
        # A body, its title, then a person.
        ("Bank of Canada Governor Tiff Macklem said rates would stay high.",
         [("rates would stay high", "Bank of Canada Governor Tiff Macklem")], "Tiff Macklem", "person"),
        ("University of Oxford Vice-Chancellor Irene Tracey said fees would rise.",
         [("fees would rise", "University of Oxford Vice-Chancellor Irene Tracey")], "Irene Tracey", "person"),
    ],
)  # fmt: skip
def test_central_banks_and_people_titled_by_their_body(text, items, name, type_):
    """The last quote's speaker is ``name`` of ``type_``; with ``type_`` None, it is anyone but ``name``."""
    assert_last_speaker(text, items, name, type_)


@pytest.mark.parametrize(
    "text, items, name",
    [
        # Wire copy opens what a company said with its name.
        ("A Qantas flight from Sydney returned after an engine fault, the airline said.",
         [("A Qantas flight from Sydney returned after an engine fault", "the airline")], "Qantas"),
        ("Profits at Woolworths rose. Woolworths will remove plastic bags by June, the supermarket giant said.",
         [("Woolworths will remove plastic bags by June", "the supermarket giant")], "Woolworths"),
        # Not a common word that opens the sentence.
        ("Shares fell 3 percent, the company said.", [("Shares fell 3 percent", "the company")], "company"),
        ("Rivals such as Google have struggled as rivals grew, the company said.",
         [("Rivals such as Google have struggled as rivals grew", "the company")], "company"),
    ],
)  # fmt: skip
def test_a_body_described_is_the_one_its_quote_opens_with(text, items, name):
    assert_last_speaker(text, items, name, "organization")


@pytest.mark.parametrize("lawyer", ["barrister", "solicitor"])
def test_her_barrister_is_no_one_she(lawyer):
    text = f"Linda Marsh, 52, denies fraud. Her {lawyer} said she was of good character."
    items = [("she was of good character", f"Her {lawyer}")]
    assert_last_speaker(text, items, f"Linda Marsh's {lawyer}", "anonymous")


def test_his_wife_is_the_one_named_with_him_as_a_couple():
    text = (
        "Tom and Sarah Whitfield have run the farm for 30 years. Tom Whitfield said the drought was the worst. His "
        "wife said they would not sell."
    )
    items = [("the drought was the worst", "Tom Whitfield"), ("they would not sell", "His wife")]
    assert_last_speaker(text, items, "Sarah Whitfield", "person")
    # Two people named in full are no couple: "Ted Cruz and Donald Trump" gives Donald Trump no wife "Cruz Trump".
    text = "Ted Cruz and Donald Trump debated. Donald Trump said he won. His wife said he was tired."
    items = [("he won", "Donald Trump"), ("he was tired", "His wife")]
    assert_last_speaker(text, items, "Donald Trump's wife", "anonymous")


@pytest.mark.parametrize(
    "text, items, name",
    [
        ("Blake Lively and Ryan Reynolds attended the gala. The couple said they were thrilled.",
         [("they were thrilled", "The couple")], "Blake Lively and Ryan Reynolds"),
        ("Keir Starmer, Emmanuel Macron and Friedrich Merz met in Kyiv. The three leaders said talks must include "
         "Ukraine.", [("talks must include Ukraine", "The three leaders")],
         "Keir Starmer, Emmanuel Macron and Friedrich Merz"),
        # The count must fit the list.
        ("Keir Starmer and Emmanuel Macron met. The three leaders said talks must include Ukraine.",
         [("talks must include Ukraine", "The three leaders")], "three leaders"),
    ],
)  # fmt: skip
def test_the_couple_and_the_three_are_the_people_named_together(text, items, name):
    assert_last_speaker(text, items, name, "group")


@pytest.mark.parametrize("mention", ["The Israeli military", "The Treasury"])
def test_a_military_and_a_treasury_are_bodies(mention):
    text = f"{mention} said the border was calm."
    speaker = resolve_speakers(text, attributions(text, [("the border was calm", mention)]))[0].speaker
    assert speaker.type == "organization"


@pytest.mark.parametrize(
    "text, mention, name",
    [
        ("Rep. Alexandria Ocasio-Cortez spoke. AOC said the bill was weak.", "AOC", "Alexandria Ocasio-Cortez"),
        ("Crown Prince Mohammed bin Salman met Biden. MBS said the bill was weak.", "MBS", "Mohammed bin Salman"),
    ],
)
def test_a_person_called_by_initials(text, mention, name):
    assert_last_speaker(text, [("the bill was weak", mention)], name, "person")


def test_initials_of_a_body_are_no_person():
    text = "Russia Today, the state broadcaster, grew. RT said the bill was weak."
    assert_last_speaker(text, [("the bill was weak", "RT")], "Russia Today", None)


@pytest.mark.parametrize(
    "text, items, name, type_",
    [
        # A statement is its issuer's, not the "in a statement" the model may take for a source.
        ("Mayor Linda Castellano said in a statement that she would sign it.\n\n“The council listened,” the statement "
         "said.", [("she would sign it", "Mayor Linda Castellano"), ("Mayor Linda Castellano", "in a statement"),
                    ("The council listened", "the statement")],
         "Linda Castellano", "person"),
        # A court report's scene before its speaker, "After" left out by the model or not.
        ("He was sentenced on Friday.\n\nAfter the hearing, Detective Sergeant Karen Doyle, of West Yorkshire Police, "
         "said officers had traced the car.",
         [("officers had traced the car", "the hearing, Detective Sergeant Karen Doyle, of West Yorkshire Police,")],
         "Karen Doyle", "person"),
        # A player after a team's name and a position that is also a body's word ("guard"), and a university's team.
        ("Marlow guard Keisha Donnelly said the loss stung.", [("the loss stung", "Marlow guard Keisha Donnelly")],
         "Keisha Donnelly", "person"),
        ("Ridgeline State said in a statement that Brooks would have an MRI.",
         [("Brooks would have an MRI", "Ridgeline State")], "Ridgeline State", "organization"),
        # A business introduced by its kind: "Its distributor, Marés Filmes"; "Dairy processor Kōtare … The company".
        ("Its distributor, Marés Filmes, said it was in talks to sell the film.",
         [("it was in talks to sell the film", "Its distributor, Marés Filmes,")], "Marés Filmes", "organization"),
        ("Dairy processor Kōtare will close its plant in Eltham.\n\nThe company told staff the site was no longer "
         "viable.", [("the site was no longer viable", "The company")], "Kōtare", "organization"),
        # A body of two things ("… of Competition and Consumer Protection"), whole, and "the watchdog" for it.
        ("Poland’s Office of Competition and Consumer Protection fined RapidKart for discounts that, the watchdog "
         "said, were fake.", [("were fake", "the watchdog")], "Poland’s Office of Competition and Consumer Protection",
         "organization"),
        ("The Department of Health and Human Services issued a rule. The department said it would take effect in May.",
         [("it would take effect in May", "The department")], "Department of Health and Human Services",
         "organization"),
        ("Poland's Office of Competition and Consumer Protection said the fine was final.",
         [("the fine was final", "Poland's Office of Competition and Consumer Protection")],
         "Poland's Office of Competition and Consumer Protection", "organization"),
        # The ruling or opposition party, named without "Party".
        ("The ruling People's Progressive Alliance (PPA) backed the minister. In a statement, the party said the "
         "reform was overdue.", [("the reform was overdue", "the party")], "People's Progressive Alliance",
         "organization"),
        # "The singer" of "Swedish pop singer Mara Lindqvist".
        ("Swedish pop singer Mara Lindqvist received an ovation. The singer, who released her ninth album in March, "
         "said she would tour.", [("she would tour", "The singer, who released her ninth album in March,")],
         "Mara Lindqvist", "person"),
        # "The director" of "directed by … Inês Correia Valadares", not a festival director named later.
        ("The drama, directed by filmmaker Inês Correia Valadares, opened the festival. The director said she had "
         "written the part for an older actor. Festival director Rui Almada defended the choice.",
         [("she had written the part for an older actor", "The director")], "Inês Correia Valadares", "person"),
        # An unnamed doctor introduced after a place ("in Sylhet,") is still an unnamed source.
        ("At the main government hospital in Sylhet, a doctor who asked not to be named said the ward was full.\n\n"
         "“We are running low on saline,” the doctor said.", [("We are running low on saline", "the doctor")],
         "doctor", "anonymous"),
    ],
)  # fmt: skip
def test_the_twenty_first_sessions_names_and_descriptions(text, items, name, type_):
    assert_last_speaker(text, items, name, type_)


def test_the_club_is_the_one_whose_name_opens_a_sentence_just_before():
    text = (
        "Kellford City said in a statement that it would appeal.\n\nThe match was stopped for ten minutes.\n\n"
        "Marston United condemned the incident. “There is no place for this. Anyone found will be banned,” the club "
        "said."
    )
    items = [("it would appeal", "Kellford City"), ("There is no place for this", "the club")]
    assert_last_speaker(text, items, "Marston United", "organization")


def test_it_is_the_business_its_sentence_opens_with_not_a_place_after_in():
    text = (
        "Ashcombe Motors said it would cut 2,400 jobs. The union said the cuts were a betrayal. The company also has "
        "operations in Wales and the Midlands, where it said some roles would be moved."
    )
    items = [("it would cut 2,400 jobs", "Ashcombe Motors"), ("the cuts were a betrayal", "The union"),
             ("some roles would be moved", "it")]  # fmt: skip
    assert_last_speaker(text, items, "Ashcombe Motors", "organization")
