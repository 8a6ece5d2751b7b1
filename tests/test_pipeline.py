"""The Extractor end to end on a tiny random model: offsets always index the text, ids and order survive, errors.

The tiny model is random, so these tests check structure and invariants, never which quotes are found.
"""

from __future__ import annotations

import json
import shutil

import pytest

import quotes
from quotes import extractor_net
from quotes.extractor_net import CONFIG_FILE, WEIGHTS_FILE
from quotes.types import QUOTE_KINDS, SPEAKER_TYPES, STANCE_LABELS, Article, Attribution, Span

NEWS = (
    "Defense Secretary Lloyd Austin said Tuesday that “we will not waver,” adding that the mission was clear. "
    '"It is hard," he said, "but necessary." A senior Pentagon official said the strikes would continue.\n'
)
LONG = NEWS * 20  # about 900 tokens: well over three windows of 254

TEXTS = {
    "news": NEWS,
    "crlf": NEWS.replace("\n", "\r\n") + "“Second paragraph,” she said.\r\n\r\nThird.\r\n",
    "curly": "“We will win,” said Zoë. “Never,” replied the minister, “never.”",
    "straight": '"We will win," said Zoe. "Never," replied the minister, "never."',
    "non_ascii": "Café owner Zoë said «Très bien» 😀 — 👍🏽 “naïve,” she added. 日本の首相は「はい」と言った。",
    "unclosed": "“It runs on to the end of the paragraph\nand then “Next,” he said",
    "emptyish": " \r\n\t ",
    "one_char": "“",
    "empty": "",
    "long": LONG,
}


def spans_of(a: Attribution) -> list[Span]:
    spans: list[Span] = [a.quote, *a.quote.parts]
    if a.cue is not None:
        spans.append(a.cue)
    if a.speaker is not None and a.speaker.mention is not None:
        spans.append(a.speaker.mention)
    return spans


def check_invariants(text: str, found: list[Attribution], doc: str = "") -> None:
    for a in found:
        for span in spans_of(a):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert a.quote.text, "a quote is never empty"
        assert a.quote.text == a.quote.text.strip()
        for part in a.quote.parts:
            assert a.quote.start <= part.start <= part.end <= a.quote.end
        assert a.quote.kind in QUOTE_KINDS
        assert 0.0 <= a.confidence <= 1.0
        assert a.doc == doc
        if a.speaker is not None:
            assert a.speaker.type in SPEAKER_TYPES
            assert a.speaker.id is None or a.speaker.id.startswith("s")
    starts = [a.quote.start for a in found]
    assert starts == sorted(starts), "attributions come in text order"


@pytest.mark.parametrize("name", list(TEXTS))
def test_every_span_indexes_the_text(tiny_extractor, name):
    text = TEXTS[name]
    found = tiny_extractor(text)
    check_invariants(text, found)
    if not text.strip():
        assert found == []


def test_long_text_spans_several_windows(tiny_extractor):
    finder = tiny_extractor.finder
    n_tokens = len(finder.tokenizer(LONG, add_special_tokens=False)["input_ids"])
    assert n_tokens > 3 * finder.size
    found = tiny_extractor(LONG, doc="long")
    check_invariants(LONG, found, doc="long")


def test_invariant_tests_are_not_vacuous(tiny_extractor):
    """A guard, not a quality check: the random model's spans must exercise every span field above."""
    found = [a for text in TEXTS.values() for a in tiny_extractor(text)]
    assert any(a.cue for a in found), "seed the tiny model differently: no cue found in any test text"
    assert any(a.speaker for a in found), "seed the tiny model differently: no speaker found"
    assert any(a.quote.parts for a in found), "seed the tiny model differently: no split quote found"


def test_results_survive_a_json_round_trip(tiny_extractor):
    from quotes.io import attribution_from_dict, attribution_to_dict

    text = TEXTS["crlf"]
    for a in tiny_extractor(text, doc="d"):
        record = json.loads(json.dumps(attribution_to_dict(a), ensure_ascii=False))
        assert attribution_from_dict(record, text=text) == a


def test_attribution_unpacks_as_speaker_quote_stance():
    text = "“Yes,” he said."
    quote = quotes.Quote("Yes", 1, 4, kind="direct")
    speaker = quotes.Speaker("he", mention=Span.of(text, 7, 9))
    stance = quotes.Stance("the plan", "favor", 0.9)
    a = Attribution(quote=quote, speaker=speaker, stances=(stance, quotes.Stance("x", "neutral", 0.5)))
    got_speaker, got_quote, got_stance = a
    assert (got_speaker, got_quote, got_stance) == (speaker, quote, stance)
    assert tuple(Attribution(quote=quote)) == (None, quote, None)


def test_extractor_results_unpack(tiny_extractor):
    for a in tiny_extractor(NEWS):
        speaker, quote, stance = a
        assert (speaker, quote, stance) == (a.speaker, a.quote, a.stance)
        assert stance is None  # loaded without stance


# --- pipe: ids and order --------------------------------------------------------------------------------------

PIPE_TEXTS = [TEXTS[k] for k in ("news", "crlf", "curly", "straight", "non_ascii")]


@pytest.mark.parametrize("batch_size", [1, 3])
@pytest.mark.parametrize("as_articles", [True, False], ids=["Article", "tuple"])
def test_pipe_keeps_ids_and_order(tiny_extractor, batch_size, as_articles):
    ids = [f"doc-{i}" for i in range(len(PIPE_TEXTS))][::-1]  # ids in non-sorted order
    items = [Article(id=i, text=t) if as_articles else (i, t) for i, t in zip(ids, PIPE_TEXTS, strict=True)]
    out = list(tiny_extractor.pipe(items, batch_size=batch_size))
    assert [article.id for article, _ in out] == ids
    assert [article.text for article, _ in out] == PIPE_TEXTS
    for article, found in out:
        check_invariants(article.text, found, doc=article.id)
        assert found == tiny_extractor(article.text, doc=article.id)  # batching changes nothing


def test_pipe_of_nothing_yields_nothing(tiny_extractor):
    assert list(tiny_extractor.pipe([])) == []


@pytest.mark.parametrize(
    ("text", "targets", "message"),
    [
        (b"bytes", None, "text must be a str, not bytes"),
        (None, None, "text must be a str, not NoneType"),
        (["one", "two"], None, "text must be a str, not list"),
        (NEWS, "Hamas", r"targets must be a list of strings, not one string; pass \['Hamas'\]"),
        (NEWS, [None], "every target must be a non-empty string"),
        (NEWS, ["  "], "every target must be a non-empty string"),
        # a set's or dict's order, not the caller's, would decide the stance an Attribution unpacks to
        (NEWS, {"Hamas"}, "targets must be a list or tuple of strings, not set"),
        (NEWS, {"Hamas": 1}, "targets must be a list or tuple of strings, not dict"),
        # the tokenizer's TypeError before
        ("He said \ud800 so.", None, r"text is not valid Unicode: a lone surrogate '\\ud800' at character 8; fix"),
        (NEWS, ["the \udce9 plan"], r"target 'the \\udce9 plan' is not valid Unicode: a lone surrogate"),
    ],
)
def test_misuse_is_an_input_error_that_says_what_to_pass(tiny_extractor, text, targets, message):
    with pytest.raises(quotes.InputError, match=message):
        tiny_extractor(text, targets)


@pytest.mark.parametrize(
    ("articles", "message"),
    [
        (quotes.Article("a", NEWS), r"process\(\) takes a list of Article objects, not Article; pass \[article\]"),
        (NEWS, r"process\(\) takes a list of Article objects, not str"),
        ([("a", NEWS)], r"process\(\) item 0 is tuple, not an Article; build it with quotes.Article\(id, text\)"),
        ([quotes.Article(5, NEWS)], r"article id 5: must be a str, not int; pass str\(5\)"),
    ],
)
def test_process_refuses_what_is_no_list_of_articles(tiny_extractor, articles, message):
    with pytest.raises(quotes.InputError, match=message):
        tiny_extractor.process(articles)


def test_a_doc_id_is_a_str_and_none_is_the_default(tiny_extractor):
    assert {a.doc for a in tiny_extractor(NEWS, doc=None)} == {""}
    with pytest.raises(quotes.InputError, match=r"doc must be the article's id as a str, not int; pass str\(5\)"):
        tiny_extractor(NEWS, doc=5)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"threads": -1}, "threads=-1: give a whole number of CPU threads, at least 1, or None"),
        ({"threads": 1.5}, "threads=1.5: give a whole number"),
        ({"int8": "yes"}, "int8='yes': give True or False"),
    ],
)
def test_load_refuses_options_of_the_wrong_kind(tiny_model_dir, options, message):
    with pytest.raises(quotes.InputError, match=message):
        quotes.load(tiny_model_dir, stance=False, antecedents=False, **options)


def test_a_target_too_long_for_the_stance_model_is_refused_before_any_work(tiny_model_dir, tiny_stance_dir):
    extractor = quotes.load(tiny_model_dir, stance_path=tiny_stance_dir, antecedents=False)
    limit = extractor.stance.max_target_tokens  # half the tiny model's 64 tokens
    assert limit == 32
    fits, too_long = " ".join(["plan"] * limit), " ".join(["plan"] * (limit + 1))
    assert all(len(a.stances) == 1 for a in extractor(NEWS, [fits]))
    with pytest.raises(quotes.InputError, match=r"a1: target 'plan plan .*' is 33 tokens, over the 32 a stance target"):
        extractor(NEWS, [too_long], doc="a1")


def test_pipe_refuses_bare_strings(tiny_extractor):
    with pytest.raises(quotes.InputError, match=r"pass Article objects or \(id, text\) tuples"):
        list(tiny_extractor.pipe(["a text", "another"]))


@pytest.mark.parametrize("batch_size", [0, -1, 2.5, True])
def test_pipe_refuses_a_batch_of_no_whole_article_at_the_call(tiny_extractor, batch_size):
    with pytest.raises(quotes.InputError, match="batch_size must be a whole number of articles, at least 1"):
        tiny_extractor.pipe([("a", "He said so.")], batch_size=batch_size)


def test_extract_passes_the_article_id_on(monkeypatch):
    calls = []
    monkeypatch.setattr(quotes, "_default", lambda text, targets, *, doc: calls.append((text, targets, doc)) or [])
    quotes.extract("He said so.", ["a tax"], doc="a1")
    quotes.extract("He said so.")
    assert calls == [("He said so.", ["a tax"], "a1"), ("He said so.", None, "")]


def test_pipe_takes_targets_in_a_triple(tiny_model_dir, tiny_stance_dir):
    extractor = quotes.load(tiny_model_dir, stance_path=tiny_stance_dir, antecedents=False)
    [(article, found)] = list(extractor.pipe([(7, NEWS, ["the mission"])]))
    assert article.id == "7" and article.targets == ("the mission",)
    assert found and all([s.target for s in a.stances] == ["the mission"] for a in found)


# --- stance (tiny stance model) ---------------------------------------------------------------------------------


def test_stances_one_per_target(tiny_model_dir, tiny_stance_dir):
    extractor = quotes.load(tiny_model_dir, stance_path=tiny_stance_dir, antecedents=False)
    found = extractor(NEWS, targets=["the mission", "strikes"])
    check_invariants(NEWS, found)
    for a in found:
        assert [s.target for s in a.stances] == ["the mission", "strikes"]
        assert all(s.label in STANCE_LABELS and 0.0 <= s.score <= 1.0 for s in a.stances)
        assert a.stance == a.stances[0]


# --- loading: errors and round trip ---------------------------------------------------------------------------


def test_load_missing_folder_names_the_path():
    with pytest.raises(quotes.ModelError, match="/nonexistent"):
        quotes.load("/nonexistent", stance=False)


def test_load_missing_folder_is_a_quotes_error():
    with pytest.raises(quotes.QuotesError):
        quotes.load("/nonexistent/extractor", stance=False)


def test_models_are_found_in_a_checkout_then_where_the_package_installed_them(tmp_path, monkeypatch):
    from quotes import pipeline

    checkout, installed = tmp_path / "checkout" / "models", tmp_path / "venv" / "share" / "quotes" / "models"
    (installed / "extractor").mkdir(parents=True)
    monkeypatch.delenv(pipeline.MODELS_ENV, raising=False)
    monkeypatch.setattr(pipeline, "_REPO_MODELS", checkout)
    monkeypatch.setattr(pipeline, "_INSTALLED_MODELS", installed)
    assert pipeline.models_root() == installed  # a non-editable install: no checkout beside the package
    (checkout / "extractor").mkdir(parents=True)
    assert pipeline.models_root() == checkout  # a checkout's models win, so a retrain is used at once
    monkeypatch.setenv(pipeline.MODELS_ENV, str(tmp_path / "mine"))
    assert pipeline.models_root() == tmp_path / "mine"


@pytest.mark.parametrize("missing", [WEIGHTS_FILE, CONFIG_FILE])
def test_load_incomplete_folder(tiny_model_dir, tmp_path, missing):
    folder = tmp_path / "model"
    shutil.copytree(tiny_model_dir, folder)
    (folder / missing).unlink()
    with pytest.raises(quotes.ModelError, match=str(folder)) as err:
        quotes.load(folder, stance=False)
    assert missing in str(err.value)


def test_load_empty_folder(tmp_path):
    with pytest.raises(quotes.ModelError, match=str(tmp_path)):
        quotes.load(tmp_path, stance=False)


def test_load_truncated_weights(tiny_model_dir, tmp_path):
    """Weights of another network (here: none of ours) are refused, naming the file."""
    from safetensors.torch import save_file

    folder = tmp_path / "model"
    shutil.copytree(tiny_model_dir, folder)
    save_file({}, str(folder / WEIGHTS_FILE))
    with pytest.raises(quotes.ModelError, match=WEIGHTS_FILE):
        quotes.load(folder, stance=False)


def test_missing_stance_model_is_a_model_error(tiny_model_dir, tmp_path):
    with pytest.raises(quotes.ModelError, match="stance"):
        quotes.load(tiny_model_dir, stance_path=tmp_path / "no-stance")


def test_save_reload_round_trip(tiny_extractor, tiny_model_dir, tmp_path):
    """Save → reload gives identical predictions (the frozen tiny base is rebuilt, not saved)."""
    extractor_net.save(extractor_net.load(tiny_model_dir), tmp_path / "copy")
    again = quotes.load(tmp_path / "copy", stance=False, antecedents=False)
    fresh = quotes.load(tiny_model_dir, stance=False, antecedents=False)
    for text in (NEWS, TEXTS["crlf"], TEXTS["non_ascii"]):
        expected = tiny_extractor(text)
        assert again(text) == expected
        assert fresh(text) == expected


def test_a_target_given_twice_is_classified_once():
    from quotes.pipeline import _distinct

    assert _distinct(["the bill", "Trump", " The  Bill ", "trump", "tax"]) == ["the bill", "Trump", "tax"]
    assert _distinct(["tax", "Trump", "TAX"]) == ["tax", "Trump"]  # the first occurrence's place
