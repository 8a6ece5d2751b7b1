"""Speakers pooled across articles (quotes.tally) and the ``quotes speakers`` command over extract results."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.io import write_jsonl
from quotes.tally import (
    busiest_targets,
    gender_shares,
    merge_people,
    select_speakers,
    tally_speakers,
    targets_of,
    type_shares,
)
from quotes.types import Attribution, Quote, Speaker, Stance

INVASION = "a ground invasion"


def record(doc: str, name: str | None, type_: str = "person", *stances: tuple[str, str, float]) -> Attribution:
    speaker = Speaker(name, type_, id="s1") if name else None
    return Attribution(
        quote=Quote("x", 0, 1), speaker=speaker, doc=doc, stances=tuple(Stance(t, label, p) for t, label, p in stances)
    )


RECORDS = [
    record("a", "Lloyd Austin", "person", (INVASION, "against", 0.9)),
    record("a", "Lloyd Austin", "person", (INVASION, "neutral", 0.6)),
    record("b", "lloyd  austin", "person", (INVASION, "against", 0.4)),  # the same person, written otherwise
    record("b", "Israel", "organization", (INVASION, "favor", 0.8)),
    record("b", "senior Pentagon official", "anonymous", (INVASION, "neutral", 0.7)),
    record("c", "senior Pentagon official", "anonymous", ("a cease-fire", "favor", 0.7)),
    record("c", "Austin", "organization"),  # same name, another type: another row
    record("c", None),
]


def test_speakers_pool_across_articles_by_name_and_type():
    rows = tally_speakers(RECORDS)
    assert [(r.name, r.type, r.quotes, len(r.articles)) for r in rows] == [
        ("Lloyd Austin", "person", 3, 2),
        ("senior Pentagon official", "anonymous", 2, 2),
        ("Austin", "organization", 1, 1),
        ("Israel", "organization", 1, 1),
    ]
    austin = rows[0]
    assert (austin.stance_count(INVASION, "against"), austin.stance_count(INVASION, "neutral")) == (2, 1)
    assert sum(austin.stance_count("a cease-fire", label) for label in ("favor", "against", "neutral")) == 0


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Donald J. Trump", "Donald Trump", "Donald Trump"], [("Donald Trump", 3)]),  # the commoner spelling
        (["Barack Obama", "Obama"], [("Barack Obama", 2)]),  # a surname alone joins the one person with it
        (["Michelle Obama", "Obama", "Obama"], [("Michelle Obama", 1), ("Obama", 2)]),  # … if quoted as often
        (["Bill Clinton", "Hillary Clinton", "Clinton"], [("Bill Clinton", 1), ("Clinton", 1), ("Hillary Clinton", 1)]),
        (["Donald Trump", "Donald Trump Jr."], [("Donald Trump", 1), ("Donald Trump Jr.", 1)]),  # father and son
        (["Hillary Clinton", "Hillary Rodham Clinton"], [("Hillary Rodham Clinton", 2)]),  # the longer on a tie
        (["George W. Bush", "George H. W. Bush"], [("George H. W. Bush", 1), ("George W. Bush", 1)]),
        (
            ["George W. Bush", "George H.W. Bush", "George Bush", "Bush"],  # plain: either; "Bush": several
            [("Bush", 1), ("George Bush", 1), ("George H.W. Bush", 1), ("George W. Bush", 1)],
        ),
        (["George Herbert Walker Bush", "George H. W. Bush", "George H. W. Bush"], [("George H. W. Bush", 3)]),
    ],
)
def test_people_written_two_ways_are_merged_when_unambiguous(names, expected):
    rows = merge_people(tally_speakers([record(f"d{k}", name) for k, name in enumerate(names)]))
    assert sorted((r.name, r.quotes) for r in rows) == expected
    assert sum(len(r.articles) for r in rows) == len(names)


def test_merging_leaves_its_input_alone():
    rows = tally_speakers([record("a", "Barack Obama"), record("b", "Obama")])
    merge_people(rows)
    assert sorted((r.name, r.quotes) for r in rows) == [("Barack Obama", 1), ("Obama", 1)]


def test_a_row_is_named_by_its_commonest_spelling():
    names = ["senior pentagon official", "Senior Pentagon official", "Senior Pentagon official"]
    (row,) = tally_speakers([record(f"d{k}", name, "anonymous") for k, name in enumerate(names)])
    assert (row.name, row.quotes) == ("Senior Pentagon official", 3)


def test_mentions_left_unresolved_are_no_speakers():
    unresolved = Attribution(quote=Quote("x", 0, 1), speaker=Speaker("it", "unknown"), doc="a")
    assert [r.name for r in tally_speakers([unresolved, record("b", "Israel", "organization")])] == ["Israel"]
    assert [(s.type, s.quotes) for s in type_shares([unresolved])] == [("unknown", 1)]


def test_only_people_are_merged():
    rows = merge_people(tally_speakers([record("a", "Jordan", "organization"), record("b", "Michael Jordan")]))
    assert sorted(r.name for r in rows) == ["Jordan", "Michael Jordan"]


def test_min_score_drops_unsure_stances_not_quotes():
    austin = tally_speakers(RECORDS, min_score=0.5)[0]
    assert austin.quotes == 3
    assert austin.stance_count(INVASION, "against") == 1
    assert tally_speakers(RECORDS, min_score=0.9)[0].stance_count(INVASION, "against") == 1  # 0.9 itself counts


def test_select_by_type_count_and_side():
    rows = tally_speakers(RECORDS)
    assert [r.name for r in select_speakers(rows, types=["organization"])] == ["Austin", "Israel"]
    assert [r.name for r in select_speakers(rows, min_quotes=2)] == ["Lloyd Austin", "senior Pentagon official"]
    assert [r.name for r in select_speakers(rows, min_quotes=2, top=1)] == ["Lloyd Austin"]
    favor = select_speakers(rows, stance="favor", targets=[INVASION, "a cease-fire"])
    assert [r.name for r in favor] == ["senior Pentagon official", "Israel"]  # one each: most quoted first
    assert select_speakers(rows, stance="against", targets=["a cease-fire"]) == []


def test_who_takes_a_side_most_often_comes_first():
    records = [record("a", "Yoav Gallant", "person", (INVASION, "favor", 0.9)) for _ in range(2)]
    records += [record("a", "Lloyd Austin", "person", (INVASION, "neutral", 0.9)) for _ in range(4)]
    records += [record("a", "Lloyd Austin", "person", (INVASION, "favor", 0.9))]
    favor = select_speakers(tally_speakers(records), stance="favor", targets=[INVASION])
    assert [r.name for r in favor] == ["Yoav Gallant", "Lloyd Austin"]  # 2 favor of 2 before 1 of 5


def test_type_shares_count_quotes_without_a_speaker():
    shares = {s.type: (s.quotes, s.articles) for s in type_shares(RECORDS)}
    assert shares == {"person": (3, 2), "organization": (2, 2), "anonymous": (2, 2), "none": (1, 1)}
    assert sum(s.share for s in type_shares(RECORDS)) == pytest.approx(1.0)


def person(doc: str, name: str, gender: str | None) -> Attribution:
    speaker = Speaker(name, "person", id="s1", gender=gender, gender_from="text" if gender else None)
    return replace(record(doc, name), speaker=speaker)


GENDERED = [
    person("a", "Ana Lopes", "female"),
    person("b", "Ana Lopes", "female"),
    person("c", "Ana Lopes", None),  # an article that gave no sign
    person("a", "Bo Berg", "male"),
    person("b", "Kim Lee", "female"),
    person("c", "Kim Lee", "male"),  # two articles disagree: no gender
    person("a", "Donald J. Trump", "male"),
    person("b", "Donald Trump", "male"),
    record("a", "Israel", "organization"),
]


def test_a_person_row_takes_the_gender_of_most_of_its_quotes():
    rows = merge_people(tally_speakers(GENDERED))
    assert {r.name: r.gender for r in rows} == {
        "Ana Lopes": "female",
        "Bo Berg": "male",
        "Kim Lee": None,
        "Donald J. Trump": "male",  # pooled with "Donald Trump"
        "Israel": None,
    }
    assert [r.name for r in select_speakers(rows, genders=["female"])] == ["Ana Lopes"]
    assert [r.name for r in select_speakers(rows, genders=["unknown"])] == ["Kim Lee"]  # Israel is no person


def test_gender_shares_count_quotes_and_people_of_each_gender():
    shares = gender_shares(merge_people(tally_speakers(GENDERED)))
    assert [(g.gender, g.quotes, g.speakers) for g in shares] == [("female", 3, 1), ("male", 3, 2), ("unknown", 2, 1)]
    assert sum(g.share for g in shares) == pytest.approx(1.0) and shares[0].share == pytest.approx(3 / 8)


def test_targets_in_order_of_first_appearance():
    assert targets_of(RECORDS) == [INVASION, "a cease-fire"]


@pytest.fixture
def results(tmp_path):
    path = tmp_path / "out.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        write_jsonl(RECORDS, f)
    return path


def test_command_prints_speakers_and_type_mix(results):
    result = CliRunner().invoke(app, ["speakers", str(results)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"stance toward [1] {INVASION}" and lines[1] == "stance toward [2] a cease-fire"
    assert lines[3].split() == ["3", "2", "person", "-", "0", "2", "1", "0", "0", "0", "Lloyd", "Austin"]
    end = lines[2].index("[2] fav") + len("[2] fav")  # counts sit right under their column's label
    assert lines[3][end - 1].isdigit() and lines[3][end] == " " and lines[3][end - 2] == " "
    assert any(line.split() == ["1", "12.5%", "1", "none"] for line in lines)


def test_command_shows_and_selects_by_gender(tmp_path):
    path = tmp_path / "out.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        write_jsonl(GENDERED, f)
    result = CliRunner().invoke(app, ["speakers", str(path), "--gender", "female", "--gender", "unknown"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[-2:] for line in lines[1:3]] == [["Ana", "Lopes"], ["Kim", "Lee"]]
    assert lines[1].split()[3] == "female" and lines[2].split()[3] == "-"
    mix = lines[lines.index(next(line for line in lines if line.endswith("gender (of people quoted)"))) + 1 :]
    assert [line.split() for line in mix] == [
        ["3", "37.5%", "1", "female"],
        ["3", "37.5%", "2", "male"],
        ["2", "25.0%", "1", "unknown"],
    ]


def test_a_table_shows_the_busiest_targets_and_says_how_many_it_leaves_out(tmp_path):
    records = [
        record("a", "Ann Lee", "person", *((f"topic {k}", "neutral", 0.9) for k in range(k + 1))) for k in range(6)
    ]
    records.append(record("b", "Bo Diaz", "person", ("topic 5", "favor", 0.9)))
    rows = tally_speakers(records)
    assert busiest_targets(rows, targets_of(records), limit=2) == ["topic 0", "topic 1"]
    assert busiest_targets(rows, targets_of(records), stance="favor") == ["topic 5"]
    path = tmp_path / "out.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        write_jsonl(records, f)
    result = CliRunner().invoke(app, ["speakers", str(path)])
    assert result.exit_code == 0, result.output
    assert "note: 2 more targets are not shown in the table; pick them with -t" in result.stderr
    assert [line for line in result.stdout.splitlines() if line.startswith("stance toward")] == [
        f"stance toward [{k + 1}] topic {k}" for k in range(4)
    ]
    result = CliRunner().invoke(app, ["speakers", str(path), "--stance", "favor"])
    assert [line for line in result.stdout.splitlines() if line.startswith("stance toward")] == [
        "stance toward [1] topic 5"
    ]
    assert "note:" not in result.stderr  # the other targets have no quote in favour: none is left out


def test_who_is_in_favour_of_a_target(results):
    result = CliRunner().invoke(app, ["speakers", str(results), "-t", INVASION, "--stance", "favor"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.strip().endswith(("Israel", "Austin", "official"))]
    assert [row.split()[-1] for row in rows] == ["Israel"]


def test_a_target_given_in_another_case_is_the_records_target(results):
    result = CliRunner().invoke(app, ["speakers", str(results), "-t", INVASION.upper(), "--stance", "favor"])
    assert result.exit_code == 0, result.output
    assert "no stance toward" not in result.output
    rows = [line for line in result.output.splitlines() if line.strip().endswith(("Israel", "Austin", "official"))]
    assert [row.split()[-1] for row in rows] == ["Israel"]


def test_csv_and_json_outputs(results, tmp_path):
    runner = CliRunner()
    assert (
        runner.invoke(app, ["speakers", str(results), "--type", "person", "-o", str(tmp_path / "t.csv")]).exit_code == 0
    )
    with open(tmp_path / "t.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["speaker"], r["quotes"], r[f"{INVASION}: against"]) for r in rows] == [("Lloyd Austin", "3", "2")]
    assert runner.invoke(app, ["speakers", str(results), "--top", "1", "-o", str(tmp_path / "t.json")]).exit_code == 0
    report = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert [s["speaker"] for s in report["speakers"]] == ["Lloyd Austin"]
    assert report["speakers"][0]["stances"]["a cease-fire"] == {"favor": 0, "against": 0, "neutral": 0}
    assert [t["type"] for t in report["types"]] == ["person", "organization", "anonymous", "none"]
    assert report["speakers"][0]["gender"] is None and report["genders"] == [
        {"gender": "unknown", "quotes": 3, "speakers": 1, "share": 1.0}
    ]


def test_min_confidence_counts_only_confident_quotes(tmp_path):
    path = tmp_path / "out.jsonl"
    sure, unsure = (replace(record("a", name), confidence=c) for name, c in (("Lloyd Austin", 0.9), ("Israel", 0.5)))
    with open(path, "w", encoding="utf-8") as f:
        write_jsonl([sure, unsure], f)
    result = CliRunner().invoke(app, ["speakers", str(path), "--min-confidence", "0.7", "-o", str(tmp_path / "t.json")])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert [s["speaker"] for s in report["speakers"]] == ["Lloyd Austin"]


def test_csv_with_no_speaker_left_keeps_its_columns(results, tmp_path):
    result = CliRunner().invoke(app, ["speakers", str(results), "--min-quotes", "9", "-o", str(tmp_path / "t.csv")])
    assert result.exit_code == 0
    header = (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()
    assert header == [
        f"speaker,type,gender,quotes,articles,{INVASION}: favor,{INVASION}: against,{INVASION}: neutral,"
        "a cease-fire: favor,a cease-fire: against,a cease-fire: neutral"
    ]


def test_a_bad_file_is_reported_and_the_others_tallied(results, tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    spreadsheet = tmp_path / "out.csv"
    spreadsheet.write_text("doc,quote_text\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["speakers", str(broken), str(spreadsheet), str(results)])
    assert result.exit_code == 1
    assert "broken.jsonl:1: malformed JSON" in result.output
    assert "out.csv: CSV, which cannot be read back" in result.output
    assert "Lloyd Austin" in result.output


def test_a_folder_is_one_clear_error(results, tmp_path):
    result = CliRunner().invoke(app, ["speakers", str(tmp_path), str(results)])
    assert result.exit_code == 1
    assert f"error: {tmp_path}: a folder; pass the JSONL files of quotes extract" in result.output


@pytest.mark.parametrize(
    ("option", "value"), [("--stance", "pro"), ("--type", "people"), ("--gender", "woman"), ("-o", "t.xlsx")]
)
def test_bad_options_are_one_line_errors(results, option, value):
    result = CliRunner().invoke(app, ["speakers", str(results), option, value])
    assert result.exit_code == 2
    assert result.output.startswith("error: ") and result.output.count("\n") == 1


def test_command_merges_spellings_unless_asked_not_to(tmp_path):
    path = tmp_path / "two.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        write_jsonl([record("a", "Barack Obama"), record("b", "Obama")], f)
    merged = CliRunner().invoke(app, ["speakers", str(path), "-o", str(tmp_path / "m.json")])
    apart = CliRunner().invoke(app, ["speakers", str(path), "--exact-names", "-o", str(tmp_path / "a.json")])
    assert merged.exit_code == apart.exit_code == 0

    def speakers(name: str) -> list[dict]:
        return json.loads((tmp_path / name).read_text(encoding="utf-8"))["speakers"]

    assert [(s["speaker"], s["quotes"], s["spellings"]) for s in speakers("m.json")] == [
        ("Barack Obama", 2, ["Barack Obama", "Obama"])
    ]
    assert sorted(s["speaker"] for s in speakers("a.json")) == ["Barack Obama", "Obama"]


def test_a_torn_last_line_loses_only_itself(results, tmp_path):
    """An interrupted extract leaves a torn last line; the records before it are still tallied."""
    torn = tmp_path / "torn.jsonl"
    torn.write_bytes(results.read_bytes()[:-40])
    result = CliRunner().invoke(app, ["speakers", str(torn)])
    assert result.exit_code == 1
    assert "torn.jsonl:" in result.output and "malformed JSON" in result.output
    assert "Lloyd Austin" in result.output


def test_an_article_file_passed_by_mistake_is_an_error_naming_it(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text('{"text": "He said so."}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["speakers", str(articles)])
    assert result.exit_code == 1
    assert f"error: {articles}: holds no quotes extract records (an article file?)" in result.stderr
    assert result.stderr.count("\n") == 1


def test_the_output_of_a_run_that_found_no_quote_is_no_error(tmp_path):
    empty = tmp_path / "none.jsonl"
    empty.write_text("", encoding="utf-8")
    (tmp_path / "none.jsonl.done").write_text("a.txt\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["speakers", str(empty)])
    assert result.exit_code == 0
    assert "warning: " in result.stderr and "found no quote in its articles" in result.stderr


def quote_counts(result) -> list[str]:
    """The quote count of each speaker row of a speakers table."""
    return [line.split()[0] for line in result.stdout.splitlines() if line.rstrip().endswith(("Austin", "Israel"))]


def test_a_results_file_given_twice_or_copied_is_read_once(results, tmp_path):
    once = CliRunner().invoke(app, ["speakers", str(results)])
    copy = tmp_path / "backup.jsonl"
    copy.write_bytes(results.read_bytes())
    again = CliRunner().invoke(app, ["speakers", str(results), str(tmp_path / "." / results.name), str(copy)])
    assert again.exit_code == 0, again.output
    assert quote_counts(again) == quote_counts(once) and quote_counts(once)
    assert f"warning: {tmp_path / '.' / results.name}: given more than once; read once" in again.stderr
    assert f"warning: {copy}: the same bytes as {results} (a copy?); read once" in again.stderr


def test_one_article_id_in_two_results_files_is_one_warning(tmp_path):
    for name, speaker in (("y2023.jsonl", "Ann Lee"), ("y2024.jsonl", "Bo Diaz")):
        with open(tmp_path / name, "w", encoding="utf-8") as f:
            write_jsonl([record("story.txt", speaker), record("story.txt", speaker), record(name, speaker)], f)
    result = CliRunner().invoke(app, ["speakers", str(tmp_path / "y2023.jsonl"), str(tmp_path / "y2024.jsonl")])
    assert result.exit_code == 0
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(
        f"warning: {(tmp_path / 'y2023.jsonl').as_posix()}, {(tmp_path / 'y2024.jsonl').as_posix()} share 1 article id "
        "(e.g. 'story.txt'), so those articles are counted as one; to keep them apart"
    )


def test_a_stance_filter_on_records_without_stances_says_why_nothing_is_left(results, tmp_path):
    plain = tmp_path / "plain.jsonl"
    lines = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines() if line.strip()]
    plain.write_text("".join(json.dumps({**r, "stances": []}) + "\n" for r in lines), encoding="utf-8")
    result = CliRunner().invoke(app, ["speakers", str(plain), "--stance", "against"])
    assert "these records carry no stances (extracted with --no-stance?)" in result.output
