"""Reading articles and the JSON/CSV (de)serialiser: offsets, errors that name the file, round trips."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from quotes.errors import InputError
from quotes.io import (
    CSV_COLUMNS,
    MAX_ARTICLE_BYTES,
    attribution_from_dict,
    attribution_to_dict,
    attribution_to_row,
    html_to_text,
    iter_inputs,
    read_articles,
    read_gold,
    read_jsonl,
    write_csv,
    write_jsonl,
)
from quotes.types import Article, Attribution, Quote, Span, Speaker, Stance


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def only(path: Path) -> Article:
    (article,) = read_articles(path)
    return article


# --- reading text ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ("First line.\r\nShe said “hi” today.\r\n", "“hi”"),  # CRLF kept, curly quotes
        ('Plain "straight" quotes.\n', '"straight"'),
        ("Café owner: «Très bien» 😀 ok\n", "«Très bien»"),  # non-ASCII before the needle
        ('😀😀 "x" and ‘single’ marks', "‘single’"),
        ('old mac\rline "two"', '"two"'),  # lone CR kept
    ],
)
def test_text_is_kept_exactly_and_offsets_are_str_indexes(tmp_path, raw, needle):
    article = only(write(tmp_path / "a.txt", raw))
    assert article.text == raw
    start = article.text.index(needle)
    assert Span.of(article.text, start, start + len(needle)).text == needle


def test_crlf_survives_and_offsets_count_both_characters(tmp_path):
    article = only(write(tmp_path / "a.md", "a\r\nb “c”"))
    assert article.text[3] == "b" and "\r\n" in article.text


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".json", ".jsonl", ".csv"])
def test_leading_bom_is_removed(tmp_path, suffix):
    body = {".html": "<p>Hé</p>", ".json": '{"text": "Hé"}', ".jsonl": '{"text": "Hé"}\n', ".csv": "text\nHé\n"}.get(
        suffix, "Hé"
    )
    article = only(write(tmp_path / f"a{suffix}", "\ufeff" + body))
    assert article.text == "Hé"


def test_bom_inside_the_text_is_kept(tmp_path):
    assert only(write(tmp_path / "a.txt", "a\ufeffb")).text == "a\ufeffb"


def test_ids_are_relative_to_root(tmp_path):
    path = write(tmp_path / "sub" / "a.txt", "x")
    assert only(path).id == "a.txt"
    (article,) = read_articles(path, root=tmp_path)
    assert article.id == "sub/a.txt"


# --- bad inputs --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("bad.txt", "café".encode("latin-1"), "not valid UTF-8 at byte 3"),
        ("bin.txt", b"ab\x00cd", "NUL byte at byte 2"),
        ("utf16.txt", "hi".encode("utf-16"), "looks binary"),
        ("empty.txt", b"", "empty"),
        ("blank.md", b" \r\n\t\n", "empty"),
        ("bom-only.txt", b"\xef\xbb\xbf", "empty"),
        ("page.html", b"<html><script>x()</script><nav>menu</nav></html>", "no article text"),
        ("broken.json", b'{"text": "a",\n "id": }', "malformed JSON at line 2"),
        ("notext.json", b'{"id": "x"}', 'needs a "text" string'),
        ("numtext.json", b'{"text": 3}', '"text" as a number'),
        ("blanktext.json", b'{"text": "  "}', '"text" is empty'),
        ("badtargets.json", b'{"text": "a", "targets": "x"}', '"targets" must be a list'),
        ("badid.json", b'{"text": "a", "id": [1]}', '"id" must be'),
        ("lineid.json", b'{"text": "a", "id": "x\\ny"}', "holds a line break; give ids on one line"),
        ("halfid.json", b'{"text": "a", "id": "x\\ud800"}', "unpaired surrogate '\\ud800' at character 1"),
        ("emptylist.json", b"[]", "empty JSON list"),
        ("scalar.json", b"3", "expected a JSON object"),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
        ("README", b"text", "unsupported file type '(no suffix)'"),
    ],
)
def test_bad_file_raises_input_error_naming_it(tmp_path, name, data, expected):
    path = write(tmp_path / name, data)
    with pytest.raises(InputError) as caught:
        list(read_articles(path))
    message = str(caught.value)
    assert name in message and expected in message
    assert "\n" not in message


def test_missing_file_and_folder_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file"):
        list(read_articles(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a folder"):
        list(read_articles(tmp_path))


def test_oversize_file_names_the_limit(tmp_path):
    path = write(tmp_path / "big.txt", b"a" * (MAX_ARTICLE_BYTES + 1))
    with pytest.raises(InputError, match=r"big\.txt: .* over the 5 MiB limit"):
        list(read_articles(path))


def test_latin1_error_tells_how_to_convert(tmp_path):
    path = write(tmp_path / "articles" / "a.txt", b"x" * 812 + "é".encode("latin-1"))
    with pytest.raises(InputError) as caught:
        list(read_articles(path))
    assert str(caught.value) == (
        f"{path.as_posix()}: not valid UTF-8 at byte 812; convert it to UTF-8 from the encoding it was saved in "
        "(Windows pages: iconv -f windows-1252 -t utf-8)"
    )


# --- JSON and JSONL articles -------------------------------------------------------------------------------------


def test_json_object_list_and_ids(tmp_path):
    one = write(tmp_path / "one.json", '{"text": "Hi", "title": "T", "targets": ["tax"]}')
    assert only(one) == Article(id="one.json", text="Hi", title="T", targets=("tax",))
    many = write(tmp_path / "many.json", '[{"text": "a", "id": "x"}, {"text": "b"}, {"text": "c", "id": 7}]')
    assert [(a.id, a.text) for a in read_articles(many)] == [("x", "a"), ("many.json#1", "b"), ("7", "c")]


def test_jsonl_keeps_crlf_inside_text_and_uses_line_numbers(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"text": "a\\r\\nb"}\r\n\r\n{"text": "c", "id": "k"}\r\n')
    assert [(a.id, a.text) for a in read_articles(path)] == [("a.jsonl#1", "a\r\nb"), ("k", "c")]


def test_jsonl_bad_line_does_not_lose_good_lines(tmp_path):
    lines = [
        b'{"text": "one"}',
        b'{"text": oops}',
        b'{"text": "three"}',
        '{"text": "caf\xe9"}'.encode("latin-1"),
        b'{"title": "no text"}',
        b'{"text": "six"}',
    ]
    path = write(tmp_path / "batch.jsonl", b"\n".join(lines) + b"\n")
    items = list(iter_inputs([path]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [a.text for a in articles] == ["one", "three", "six"]
    assert [a.id for a in articles] == ["batch.jsonl#1", "batch.jsonl#3", "batch.jsonl#6"]
    assert len(errors) == 3
    assert "batch.jsonl:2: malformed JSON" in errors[0]
    offset = sum(len(line) + 1 for line in lines[:3]) + lines[3].index(b"\xe9")
    assert f"batch.jsonl:4: not valid UTF-8 at byte {offset}" in errors[1]
    assert 'batch.jsonl:5: the object needs a "text" string' in errors[2]


def test_read_articles_yields_good_lines_then_raises(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"text": "ok"}\n[1]\n{"text": "never"}\n')
    seen = []
    with pytest.raises(InputError, match="a.jsonl:2: expected a JSON object"):
        for article in read_articles(path):
            seen.append(article.text)
    assert seen == ["ok"]


@pytest.mark.parametrize(("data", "expected"), [(b"", "empty"), (b"\n \n", "empty"), (b"\x00\x01", "looks binary")])
def test_jsonl_whole_file_errors(tmp_path, data, expected):
    items = list(iter_inputs([write(tmp_path / "x.jsonl", data)]))
    assert len(items) == 1 and isinstance(items[0], InputError) and expected in str(items[0])


# --- CSV and TSV articles ---------------------------------------------------------------------------------------


def test_csv_rows_are_articles_with_their_text_exactly(tmp_path):
    body = (
        'ID,Title,Text,Targets,source\r\n7,Budget,"“We win,” she said, ""soon.""\r\nNext.",the budget; taxes ;,AP\r\n'
    )
    path = write(tmp_path / "feed.csv", body + ",,Kirby said so.,,\r\n\r\n")
    first, second = read_articles(path)
    assert first == Article(
        id="7", text='“We win,” she said, "soon."\r\nNext.', title="Budget", targets=("the budget", "taxes")
    )
    assert second == Article(id="feed.csv#2", text="Kirby said so.")


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        (
            "semi.csv",
            "id;text\nk;Il a dit, en riant, que non.\n",
            ("k", "Il a dit, en riant, que non."),
        ),  # Excel, some locales
        ("tabs.tsv", "text\tid\nHe said it was fine, twice.\tt1\n", ("t1", "He said it was fine, twice.")),
    ],
)
def test_separators_spreadsheets_use(tmp_path, name, body, expected):
    (article,) = read_articles(write(tmp_path / name, body))
    assert (article.id, article.text) == expected


def test_csv_bad_row_loses_only_itself(tmp_path):
    rows = ["id,text", "a,one", "b", 'c,"two, quoted"', "d,", "e,three,extra", 'g,"ok"x', "", "f,four,,"]
    items = list(iter_inputs([write(tmp_path / "t.csv", "\n".join(rows) + "\n")]))
    assert [i.text for i in items if isinstance(i, Article)] == ["one", "two, quoted", "four"]
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "c", "f"]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors[0].endswith(
        "t.csv: row 2 (line 3): 1 cells where the header has 2 (','-separated); fill in the missing cells"
    )
    assert 't.csv: row 4 (line 5): "text" is empty' in errors[1]
    assert "t.csv: row 5 (line 6): 3 cells where the header has 2 (','-separated); quote cells that hold" in errors[2]
    assert "t.csv: row 6 (line 7): malformed (',' expected after '\"'); check its quoting" in errors[3]
    assert len(errors) == 4


def test_an_open_quotation_mark_is_reported_where_its_row_starts_with_the_rows_it_cost(tmp_path):
    items = list(iter_inputs([write(tmp_path / "t.csv", 'id,text\n1,good\n2,"never closed\n3,more\n4,lost\n')]))
    assert [i.text for i in items if isinstance(i, Article)] == ["good"]
    (error,) = [str(i) for i in items if isinstance(i, InputError)]
    assert error.endswith(
        "t.csv: row 2 (line 3): a quotation mark opened in this row is never closed, so the rest of the file from "
        'this row on was not read; check its quoting (a mark inside a quoted cell is doubled: "")'
    )


def test_a_tsv_row_with_a_tab_too_many_is_told_to_drop_it_not_to_quote(tmp_path):
    (error, article) = iter_inputs([write(tmp_path / "q.tsv", 'id\ttext\nz1\t"Go,\tsaid" Ann Lee.\nz2\tok\n')])
    assert str(error).endswith(
        "q.tsv: row 1 (line 2): 3 cells where the header has 2 (tab-separated); remove the tab from the cell, or save "
        "the file as .csv"
    )
    assert article.text == "ok"


def test_a_quoted_semicolon_header_and_excels_separator_line(tmp_path):
    (a,) = read_articles(write(tmp_path / "r.csv", '"id";"text"\r\n"1";"He said, yes."\r\n'))
    assert (a.id, a.text) == ("1", "He said, yes.")
    (b,) = read_articles(write(tmp_path / "x.csv", "sep=|\n\ntext|id\nHe said, yes; twice.|k\n"))
    assert (b.id, b.text) == ("k", "He said, yes; twice.")


def test_tsv_has_no_quoting_so_quotation_marks_stay_text(tmp_path):
    body = 'id\ttext\n1\t"Hello," he said. More.\n2\t"Whole"\n'
    assert [a.text for a in read_articles(write(tmp_path / "t.tsv", body))] == ['"Hello," he said. More.', '"Whole"']


def test_csv_duplicate_known_columns_are_refused(tmp_path):
    (item,) = iter_inputs([write(tmp_path / "d.csv", "text,id,Text \nfirst,1,second\n")])
    assert isinstance(item, InputError) and "d.csv: the header has 2 'text' columns; keep one" in str(item)


def test_csv_article_longer_than_the_csv_modules_default_field_limit(tmp_path):
    text = "He said it. " * 20_000  # 240,000 characters; csv stops at 131,072 unless told otherwise
    (article,) = read_articles(write(tmp_path / "long.csv", f"text\n{text}\n"))
    assert article.text == text


def test_csv_article_over_the_size_limit_costs_only_its_row(tmp_path):
    big = "x" * (MAX_ARTICLE_BYTES + 1)
    items = list(iter_inputs([write(tmp_path / "big.csv", f"id,text\n1,good\n2,{big}\n3,also good\n")]))
    assert [i.text for i in items if isinstance(i, Article)] == ["good", "also good"]
    (error,) = [str(i) for i in items if isinstance(i, InputError)]
    assert "big.csv: row 2 (line 3): a cell longer than 5,242,880 characters, over the article size limit" in error


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("title,body\nT,He said so.\n", "no 'text' column (the header reads 'title', 'body'); name the column"),
        (",".join(CSV_COLUMNS) + "\n", "quote records written by quotes extract, not articles"),
        ("id,text\n", "a header but no rows"),
        ("", "empty or whitespace only"),
    ],
)
def test_csv_whole_file_errors(tmp_path, body, expected):
    (item,) = iter_inputs([write(tmp_path / "x.csv", body)])
    assert isinstance(item, InputError) and expected in str(item) and "x.csv" in str(item)


def test_csv_in_windows_1252_gets_the_conversion_advice(tmp_path):
    (item,) = iter_inputs([write(tmp_path / "x.csv", "text\nCaf\xe9 owner said so.\n".encode("cp1252"))])
    assert isinstance(item, InputError) and "not valid UTF-8 at byte 8" in str(item) and "windows-1252" in str(item)


# --- folders -------------------------------------------------------------------------------------------------------


def make_tree(root: Path) -> None:
    for rel in ["b.txt", "a/z.md", "a/b/c.html", "a.txt", "c.json", ".hidden.txt", ".git/x.txt", "notes.pdf"]:
        body = {"c.json": '{"text": "j"}', "a/b/c.html": "<p>h</p>"}.get(rel, "t")
        write(root / rel, body)


def test_folder_recursion_is_sorted_and_skips_hidden_and_unsupported(tmp_path):
    make_tree(tmp_path)
    ids = [item.id for item in iter_inputs([tmp_path])]
    assert ids == ["a/b/c.html", "a/z.md", "a.txt", "b.txt", "c.json"]
    assert ids == [item.id for item in iter_inputs([tmp_path])]  # deterministic


def test_a_file_reached_twice_is_read_once(tmp_path):
    make_tree(tmp_path)
    ids = [item.id for item in iter_inputs([tmp_path, tmp_path / "a", tmp_path / "b.txt", tmp_path / "b.txt"])]
    assert ids == ["a/b/c.html", "a/z.md", "a.txt", "b.txt", "c.json"]
    ids = [item.id for item in iter_inputs([tmp_path / "a", tmp_path])]
    assert ids == ["b/c.html", "z.md", "a.txt", "b.txt", "c.json"]


def test_a_file_linked_twice_in_a_folder_keeps_its_first_name_in_sorted_order(tmp_path):
    write(tmp_path / "m.txt", "t")
    for name in ("z.txt", "a.txt"):
        (tmp_path / name).symlink_to(tmp_path / "m.txt")
    assert [item.id for item in iter_inputs([tmp_path])] == ["a.txt"]


@pytest.mark.parametrize(
    ("glob", "expected"),
    [
        ("*.txt", ["a.txt", "b.txt"]),
        ("a/*", ["a/b/c.html", "a/z.md"]),
        ("z.md", ["a/z.md"]),  # matched against the file name too
        ("*.docx", []),
        ("**/*.txt", ["a.txt", "b.txt"]),  # top-level files too, as in the shell
        ("a/**/*.md", ["a/z.md"]),  # "**/" matches no folder
        ("*.TXT", ["a.txt", "b.txt"]),  # case is ignored, as the suffixes of a folder's files are
        ("A/*", ["a/b/c.html", "a/z.md"]),
    ],
)
def test_glob_selects_files(tmp_path, glob, expected):
    make_tree(tmp_path)
    assert [item.id for item in iter_inputs([tmp_path], glob=glob)] == expected


def test_files_of_other_types_in_a_folder_are_collected_unless_glob_picks(tmp_path):
    make_tree(tmp_path)
    write(tmp_path / "index.csv", "id,text\n")
    not_read: set[Path] = set()
    assert len(list(iter_inputs([tmp_path], not_read=not_read))) == 5
    assert not_read == {(tmp_path / "notes.pdf").resolve(), (tmp_path / "index.csv").resolve()}  # not hidden ones
    not_read.clear()
    list(iter_inputs([tmp_path, tmp_path / "index.csv"], not_read=not_read))  # named on its own, it is read
    assert not_read == {(tmp_path / "notes.pdf").resolve()}
    not_read.clear()
    list(iter_inputs([tmp_path], glob="*.txt", not_read=not_read))  # what glob leaves out was left out on purpose
    assert not_read == set()


def test_glob_picking_an_unsupported_file_reports_it(tmp_path):
    make_tree(tmp_path)
    (item,) = iter_inputs([tmp_path], glob="*.pdf")
    assert isinstance(item, InputError) and "notes.pdf: unsupported file type" in str(item)


def test_missing_path_and_explicit_file_in_one_batch(tmp_path):
    make_tree(tmp_path)
    items = list(iter_inputs([tmp_path / "missing", tmp_path / "a" / "z.md"]))
    assert isinstance(items[0], InputError) and "missing: no such file or folder" in str(items[0])
    assert isinstance(items[1], Article) and items[1].id == "z.md"


# --- HTML ----------------------------------------------------------------------------------------------------------


PAGE = """<!DOCTYPE html>
<html><head><title>Budget &amp; you</title><style>p { color: red }</style>
<script>var s = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Budget   vote</h1>
<p>&ldquo;We will win,&rdquo; said the  minister.</p>
<p>Caf&eacute; owners <b>disagree</b>.<br>Strongly.</p>
<aside>Advert</aside><ul><li>one</li><li>two</li></ul></article>
<footer>(c) 2024</footer></body></html>"""


def test_html_to_text_drops_chrome_and_separates_paragraphs():
    assert html_to_text(PAGE) == (
        "Budget vote\n\n“We will win,” said the minister.\n\nCafé owners disagree.\nStrongly.\n\none\ntwo"
    )


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("a<script>b</script>c", "ac"),
        ("<p>a</p><p>b</p>", "a\n\nb"),
        ("<div> a <span> b </span> </div>", "a b"),
        ("x<br><br><br><br>y", "x\n\ny"),
        ("<pre>  keep\n   this</pre>", "keep\n   this"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
        ("1 &lt; 2 &#8212; &quot;yes&quot;", '1 < 2 — "yes"'),
        ("<nav>only menu</nav>", ""),
        # the page's article only, when it marks one; its own header (the headline) kept
        ("<div>menu</div><main><p>body</p></main><div>comments</div>", "body"),
        ("<article><header><h1>Head</h1></header><p>body</p><footer>tags</footer></article><p>x</p>", "Head\n\nbody"),
        ('<article><header class="share-bar">Share</header><p>body</p></article>', "body"),
        ('<ul><li class="share">Share<li>item</ul><p>after</p>', "after"),  # an end tag left out ends the skip
        ("<div>menu <q>x</q></div><main><p>body</p></main>", "body"),
        ('<article><h1>Head</h1><div class="paywall">the body, metered</div></article>', "Head\n\nthe body, metered"),
        ('<div class="article-body js-ads-enabled has-share-bar">body</div><div class="ad-slot">buy</div>', "body"),
        ('<div id="read-next">other</div><div class="story_comments">c</div><p>a</p>', "a"),
        ('<div class="share">the whole page, oddly named</div>', "the whole page, oddly named"),
        ('<main>site</main><div itemprop="articleBody"><p>body</p></div>', "body"),
        ("<main></main><p>filled by scripts elsewhere</p>", "filled by scripts elsewhere"),
        # page furniture by class or id, hidden elements, however deeply nested
        ('<p>a</p><div class="comments-area"><div><p>“Lies,” he said.</p></div></div><p>b</p>', "a\n\nb"),
        ('<p>a</p><div id="related_stories"><ul><li>other</li></ul></div>', "a"),
        ('<p>a</p><div class="pullquote">“again”</div><p>b</p>', "a\n\nb"),
        ('<p>commentary</p><div class="commentary-body">kept</div>', "commentary\n\nkept"),
        ('<p>a <span aria-hidden="true">icon</span>b</p><p hidden>h</p><p style="display: none">n</p>', "a b"),
        ("<form><p>inside a WebForms page</p><input name=q><button>Go</button></form>", "inside a WebForms page"),
        ("<p>He called it <q>a disgrace</q>.</p>", "He called it “a disgrace”."),
        ("<p>Sol&shy;heim</p><svg><title>icon</title></svg>", "Solheim"),
        ("<amp-sidebar>menu</amp-sidebar><p>a</p><div fallback>Loading</div>", "a"),
        # a photo caption repeats a quote; an embedded social post would take a neighbour's speaker
        ("<figure><img src=x><figcaption>“Go,” he said.</figcaption></figure><p>“Go,” he said.</p>", "“Go,” he said."),
        (
            '<p>a</p><blockquote class="twitter-tweet"><p>Outrageous. — Ray Ortiz, June 3</p></blockquote><p>b</p>',
            "a\n\nb",
        ),
        (
            '<blockquote class="instagram-media"><p>x</p></blockquote><blockquote class="tiktok-embed">y</blockquote>b',
            "b",
        ),
        ('<figure class="wp-block-embed-twitter"><blockquote><p>x</p></blockquote></figure><p>b</p>', "b"),
        ("<blockquote><p>“Quoted,” he wrote.</p></blockquote>", "“Quoted,” he wrote."),
    ],
)
def test_html_to_text_rules(markup, expected):
    assert html_to_text(markup) == expected


def test_html_article_text_and_title(tmp_path):
    article = only(write(tmp_path / "p.htm", PAGE))
    assert article.text == html_to_text(PAGE)
    assert article.title == "Budget & you"
    start = article.text.index("We will")
    assert Span.of(article.text, start, start + 12).text == "We will win,"


# --- records -------------------------------------------------------------------------------------------------------

TEXT = "“Taxes are too high,” the minister, Ana Lopes, said.\r\n“We act now.”\r\nCafé owners 😀 agreed."


def span(needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span.of(TEXT, start, start + len(needle))


def full_attribution() -> Attribution:
    first, second = span("Taxes are too high,"), span("We act now.")
    quote = Quote(TEXT[first.start : second.end], first.start, second.end, kind="direct", parts=(first, second))
    return Attribution(
        quote=quote,
        cue=span("said"),
        speaker=Speaker(
            "Ana Lopes",
            "person",
            mention=span("Ana Lopes"),
            id="S1",
            role="minister",
            gender="female",
            gender_from="text",
        ),
        stances=(Stance("taxes", "against", 0.875), Stance("government", "favor", 0.5)),
        confidence=0.9,
        doc="news/1.txt",
        optional=True,
        evidential="neutral",
    )


def minimal_attribution() -> Attribution:
    owners = span("Café owners")
    return Attribution(quote=Quote(owners.text, owners.start, owners.end, kind="indirect"), doc="d")


@pytest.mark.parametrize("make", [full_attribution, minimal_attribution])
def test_json_round_trip(make):
    original = make()
    record = attribution_to_dict(original)
    through_json = json.loads(json.dumps(record, ensure_ascii=False))
    assert attribution_from_dict(through_json, text=TEXT) == original


def test_record_shape():
    full, minimal = attribution_to_dict(full_attribution()), attribution_to_dict(minimal_attribution())
    assert list(full) == ["doc", "quote", "cue", "speaker", "stances", "confidence", "evidential", "optional"]
    assert full["speaker"]["mention"] == {"text": "Ana Lopes", "start": TEXT.index("Ana"), "end": TEXT.index("Ana") + 9}
    assert "optional" not in minimal and "parts" not in minimal["quote"]
    assert minimal["cue"] is None and minimal["speaker"] is None and minimal["stances"] == []


def test_defaults_for_hand_written_gold():
    record = {
        "doc": "d",
        "quote": {**attribution_to_dict(minimal_attribution())["quote"]},
        "speaker": {"name": "owners"},
        "stances": [{"target": "tax", "label": "neutral"}],
    }
    a = attribution_from_dict(record, text=TEXT)
    assert a.speaker == Speaker("owners") and a.stances == (Stance("tax", "neutral", 1.0),) and a.confidence == 1.0


def patched(path: str, value) -> dict:
    """The full record with the field at a dotted ``path`` set to ``value`` (or removed when value is ...)."""
    record = attribution_to_dict(full_attribution())
    *parents, last = path.split(".")
    target = record
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    if value is ...:
        del target[last]
    else:
        target[last] = value
    return record


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("quote.kind", "quoted", "quote.kind 'quoted' is not one of direct, indirect, mixed"),
        ("quote.kind", ..., "quote.kind is missing"),
        ("speaker.type", "alien", "speaker.type 'alien' is not one of person"),
        ("speaker.gender", "f", "speaker.gender 'f' is not one of female, male or null"),
        ("speaker.gender_from", "guess", "speaker.gender_from 'guess' is not one of text, first name or null"),
        ("stances.0.label", "pro", "stances[0].label 'pro' is not one of favor, against, neutral"),
        ("stances.1.score", 1.5, "stances[1].score 1.5 is outside 0..1"),
        ("confidence", "high", "confidence must be a number"),
        ("confidence", True, "confidence must be a number"),
        ("quote.start", "3", "quote.start must be an integer"),
        ("cue.end", 2, "cue: bad span offsets"),
        ("cue.end", 10**6, "cue: span text has"),
        ("quote", ..., "quote is missing"),
        ("speaker", "Ana", "speaker must be an object"),
        ("optional", "yes", "optional must be true or false"),
        ("doc", 5, "record 'doc' must be the article id"),
    ],
)
def test_from_dict_rejects_bad_values(path, value, expected):
    with pytest.raises(InputError) as caught:
        attribution_from_dict(patched(path, value))
    assert expected in str(caught.value)


def test_from_dict_rejects_parts_outside_the_quote():
    record = attribution_to_dict(full_attribution())
    owners = span("Café owners")
    record["quote"]["parts"].append({"text": owners.text, "start": owners.start, "end": owners.end})
    with pytest.raises(InputError, match=r"quote.parts\[2\] .* lies outside the quote"):
        attribution_from_dict(record)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("cue.text", "SAID", "cue text 'SAID' does not match the article"),
        ("speaker.mention.start", 1, "speaker.mention: span text has"),
        ("quote.parts.1.text", "We act now!", "quote.parts[1] text"),
    ],
)
def test_from_dict_checks_spans_against_the_text(path, value, expected):
    record = patched(path, value)
    with pytest.raises(InputError) as caught:
        attribution_from_dict(record, text=TEXT)
    assert "doc 'news/1.txt'" in str(caught.value) and expected in str(caught.value)


def test_from_dict_span_past_the_end():
    record = attribution_to_dict(minimal_attribution())
    with pytest.raises(InputError, match="past the article's 5 characters"):
        attribution_from_dict(record, text="short")


# --- JSONL and gold files ----------------------------------------------------------------------------------------


def test_write_and_read_jsonl(tmp_path):
    records = [full_attribution(), minimal_attribution()]
    path = tmp_path / "out.jsonl"
    with open(path, "w", encoding="utf-8", newline="") as fp:
        assert write_jsonl(records, fp) == 2
    assert "Café" in path.read_text(encoding="utf-8")  # non-ASCII written as is
    assert read_jsonl(path) == records


def test_an_earlier_runs_output_in_a_folder_is_one_error_not_one_per_record(tmp_path):
    write(tmp_path / "a.txt", "“We win,” she said.")
    with open(tmp_path / "old-run.jsonl", "w", encoding="utf-8") as fp:
        write_jsonl([full_attribution(), minimal_attribution()], fp)
    items = list(iter_inputs([tmp_path]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [a.id for a in items if isinstance(a, Article)] == ["a.txt"]
    assert len(errors) == 1 and "old-run.jsonl: holds quotes output" in errors[0] and "--glob" in errors[0]


def test_read_jsonl_reads_an_open_stream_as_write_jsonl_writes_one():
    stream = io.StringIO()
    write_jsonl([full_attribution(), minimal_attribution()], stream)
    stream.seek(0)
    assert read_jsonl(stream) == [full_attribution(), minimal_attribution()]


def test_read_jsonl_on_a_stream_skips_a_bom_and_refuses_bytes(tmp_path):
    path = tmp_path / "out.jsonl"
    with open(path, "w", encoding="utf-8") as fp:
        fp.write("\ufeff")
        write_jsonl([minimal_attribution()], fp)
    with open(path, encoding="utf-8") as fp:
        assert read_jsonl(fp) == [minimal_attribution()]
    with open(path, "rb") as fp, pytest.raises(InputError, match="binary stream; open the file in text mode"):
        read_jsonl(fp)


def test_records_of_a_file_that_is_no_jsonl_are_one_error(tmp_path):
    from quotes.io import iter_records

    path = write(tmp_path / "article.txt", "“We win,” she said.\nAnd more.\nAnd more.\n")
    (error,) = iter_records(path)
    assert isinstance(error, InputError) and "article.txt: not JSON lines" in str(error)


def test_read_jsonl_error_names_path_and_line(tmp_path):
    good = json.dumps(attribution_to_dict(minimal_attribution()))
    bad = json.dumps(patched("quote.kind", "x"))
    path = write(tmp_path / "pred.jsonl", f"{good}\n\n{bad}\n")
    with pytest.raises(InputError, match=r"pred\.jsonl:3: doc 'news/1.txt': quote.kind 'x'"):
        read_jsonl(path)
    write(path, f"{good}\nnot json\n")
    with pytest.raises(InputError, match=r"pred\.jsonl:2: malformed JSON"):
        read_jsonl(path)


def test_gold_round_trip(tmp_path):
    article = Article(id="news/1.txt", text=TEXT, title="Taxes", targets=("taxes", "government"))
    negative = Article(id="empty", text="Nothing quoted here.")
    attributions = [full_attribution()]
    path = tmp_path / "gold.jsonl"
    with open(path, "w", encoding="utf-8", newline="") as fp:
        write_jsonl([article, negative, *attributions], fp)
    articles, gold = read_gold(path)
    assert articles == {"news/1.txt": article, "empty": negative}
    assert gold == attributions
    assert read_jsonl(path) == attributions  # article lines are skipped


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([{"doc": "x", "text": "abc"}, {"doc": "x", "text": "abd"}], "gold.jsonl:2: a second article line"),
        ([{"text": "abc"}], 'gold.jsonl:1: an article line needs "doc"'),
        ([{"doc": "x", "text": " "}], 'gold.jsonl:1: "text" is empty'),
        (
            [{"doc": "y", "quote": {"text": "a", "start": 0, "end": 1, "kind": "direct"}}],
            "gold.jsonl:1: doc 'y' has no article line",
        ),
        (
            [{"doc": "x", "quote": {"text": "b", "start": 0, "end": 1, "kind": "direct"}}, {"doc": "x", "text": "abc"}],
            "gold.jsonl:1: doc 'x': quote text 'b' does not match the article at 0..1, which has 'a'",
        ),
        (
            [
                {"doc": "x", "text": "abc"},
                {"doc": "x", "quote": {"text": "abx", "start": 0, "end": 2, "kind": "direct"}},
            ],
            "span text has 3 characters, offsets 0..2 do not; the article has 'ab' there; fix the text or the offsets",
        ),
        (
            [
                {"doc": "x", "text": "abc"},
                *[{"doc": "x", "quote": {"text": "ab", "start": 0, "end": 2, "kind": "direct"}}] * 2,
            ],
            "gold.jsonl:3: a second record of the quote at 0..2 in doc 'x'",
        ),
        (
            [
                {"doc": "x", "text": "abc", "targets": ["the plan"]},
                {
                    "doc": "x",
                    "quote": {"text": "ab", "start": 0, "end": 2, "kind": "direct"},
                    "stances": [{"target": "plan", "label": "favor"}],
                },
            ],
            "gold.jsonl:2: stance toward 'plan', which is not among the article's targets ['the plan']",
        ),
    ],
)
def test_bad_gold(tmp_path, lines, expected):
    path = write(tmp_path / "gold.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    with pytest.raises(InputError) as caught:
        read_gold(path)
    assert expected in str(caught.value)


# --- CSV -----------------------------------------------------------------------------------------------------------


def test_csv_row_contents():
    row = attribution_to_row(full_attribution())
    assert tuple(row) == CSV_COLUMNS
    assert row["doc"] == "news/1.txt" and row["kind"] == "direct"
    assert row["quote_text"] == TEXT[row["quote_start"] : row["quote_end"]]
    assert (row["cue_text"], row["cue_start"]) == ("said", TEXT.index("said"))
    assert (row["speaker_name"], row["speaker_type"], row["speaker_id"], row["speaker_role"]) == (
        "Ana Lopes",
        "person",
        "S1",
        "minister",
    )
    assert (row["speaker_gender"], row["speaker_gender_from"]) == ("female", "text")
    assert row["mention_text"] == "Ana Lopes" and row["mention_start"] == TEXT.index("Ana")
    assert row["stances"] == "taxes=against:0.875;government=favor:0.500"
    assert row["confidence"] == 0.9


def test_csv_row_missing_values_are_empty():
    row = attribution_to_row(minimal_attribution())
    for column in ["cue_text", "cue_start", "speaker_name", "speaker_type", "mention_end", "stances"]:
        assert row[column] == ""


def test_write_csv_quotes_newlines_and_reads_back():
    out = io.StringIO(newline="")
    assert write_csv([full_attribution(), minimal_attribution()], out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [r["quote_text"] for r in rows] == [full_attribution().quote.text, "Café owners"]
    assert "\r\n" in rows[0]["quote_text"]


def test_a_jsonl_line_missing_its_closing_brace_is_reported_where_it_ends(tmp_path):
    path = write(tmp_path / "torn.jsonl", b'{"text": "one"}\r\n{"text": "two"\r\n')
    [article, error] = list(iter_inputs([path]))
    assert article.text == "one"
    assert "torn.jsonl:2: malformed JSON at column 15 " in str(error)


def test_a_bad_item_of_a_json_list_loses_only_itself(tmp_path):
    path = write(tmp_path / "list.json", b'[{"text": "one"}, {"title": "no text"}, {"text": "three"}, {"text": 4}]')
    items = list(iter_inputs([path]))
    assert [a.text for a in items if isinstance(a, Article)] == ["one", "three"]
    errors = [str(e) for e in items if isinstance(e, InputError)]
    assert len(errors) == 2 and "item 1" in errors[0] and "item 3" in errors[1]


def test_the_annotation_guides_full_record_reads_as_gold(tmp_path):
    """eval/ANNOTATION.md §1 shows one article and one record; joined one object per line, they are valid gold."""
    guide = (Path(__file__).resolve().parent.parent / "eval" / "ANNOTATION.md").read_text(encoding="utf-8")
    block = guide.split("One article and one record, in full")[1].split("```")[1]
    objects = ["".join(chunk.split("\n")).strip() for chunk in ("\n" + block).split("\n{")[1:]]
    path = write(tmp_path / "gold.jsonl", "".join("{" + obj + "\n" for obj in objects))
    articles, gold = read_gold(path)
    assert list(articles) == ["budget-1"]
    [record] = gold
    assert [p.text for p in record.quote.parts] == ["We will win", "and soon."]
    assert record.speaker.mention.text == "she" and record.stances[0].label == "favor"


def test_linked_folders_are_followed_once(tmp_path):
    root = tmp_path / "root"
    (tmp_path / "elsewhere").mkdir()
    write(tmp_path / "elsewhere" / "b.txt", "“Yes,” she said.")
    write(root / "a.txt", "“No,” he said.")
    (root / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (root / "loop").symlink_to(root, target_is_directory=True)  # a loop back to the root: not walked again
    assert [a.id for a in iter_inputs([root])] == ["a.txt", "linked/b.txt"]


def test_an_excel_separator_line_counts_in_line_numbers_and_tsv_stays_unquoted(tmp_path):
    items = list(iter_inputs([write(tmp_path / "s.csv", "sep=;\ntext;id\n;x\nok;y\n")]))
    assert 's.csv: row 1 (line 3): "text" is empty' in str(items[0]) and items[1].text == "ok"
    (article,) = read_articles(write(tmp_path / "s.tsv", 'sep=\t\ntext\tid\n"quoted" text\tz\n'))
    assert article.text == '"quoted" text'


def test_a_table_of_blank_rows_has_no_rows(tmp_path):
    (item,) = iter_inputs([write(tmp_path / "b.csv", "id,text\n,\n , \n")])
    assert isinstance(item, InputError) and "a header but no rows" in str(item)
