"""Stance helpers: evidential cues, passages, stance-set readers, pair encoding."""

from __future__ import annotations

import json

import pytest

from quotes.corpora.stance_sets import read_newsmtsc, read_stance_set, read_vast
from quotes.encoder import load_tokenizer
from quotes.errors import InputError
from quotes.evidential import evidential_stance
from quotes.stance import quote_passage
from quotes.stance_net import MARK_CLOSE, MARK_OPEN, encode_pairs
from quotes.text import build_quote, quoted_ranges
from quotes.types import Attribution


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said", "neutral"),
        ("according to", "neutral"),
        ("According to", "neutral"),
        ("claimed", "distancing"),
        ("has alleged", "distancing"),
        ("acknowledged", "conceding"),
        ("admitted", "conceding"),
        ("insisted", "emphatic"),
        ("warned", "warning"),
        ("accused", "accusing"),
        ("denied", "denying"),
        ("told reporters", "neutral"),
        ("", None),
        (None, None),
        ("murmured", None),  # unknown verbs get no category rather than a guess
    ],
)
def test_evidential_stance(cue, expected):
    assert evidential_stance(cue) == expected


def test_quote_passage_is_the_sentence_holding_the_quote():
    text = (
        "The talks ended. At the start of the meeting, Austin said they would discuss other ways, and he described "
        "civilian casualties in Gaza as “far too high.” Gallant, meanwhile, emphasized threats."
    )
    start = text.index("far too high")
    quote = build_quote(text, [(start - 1, start + 14)], quoted_ranges(text))
    passage = quote_passage(text, Attribution(quote=quote))
    assert passage.startswith("At the start of the meeting")
    assert passage.endswith("“far too high.”")


def test_read_vast_both_layouts(tmp_path):
    train = tmp_path / "train.csv"
    train.write_text('post,new_topic,label,seen?\n"I like it, really",taxes,1,1\nbad idea,guns,0,1\nmeh,x,2,1\n')
    dev = tmp_path / "dev.csv"
    dev.write_text("Tweet,Target 1,Stance 1,seen?\nnice,taxes,FAVOR,0\nno,guns,AGAINST,1\nok,x,NONE,1\n")
    assert [(e.target, e.label) for e in read_vast(train)] == [
        ("taxes", "favor"),
        ("guns", "against"),
        ("x", "neutral"),
    ]
    assert [(e.label, e.group) for e in read_vast(dev)] == [
        ("favor", "vast/zero-shot"),
        ("against", "vast/few-shot"),
        ("neutral", "vast/few-shot"),
    ]


def test_read_newsmtsc_marks_each_target(tmp_path):
    row = {
        "sentence_normalized": "Winner praised Smith.",
        "targets": [
            {"from": 0, "to": 6, "mention": "Winner", "polarity": 4.0},
            {"from": 15, "to": 20, "mention": "Smith", "polarity": 6.0},
        ],
    }
    path = tmp_path / "n.jsonl"
    path.write_text(json.dumps(row) + "\n")
    examples = read_newsmtsc(path)
    assert [e.label for e in examples] == ["neutral", "favor"]
    assert examples[1].text == f"Winner praised {MARK_OPEN} Smith {MARK_CLOSE}."


def test_bad_stance_rows_name_the_file(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_text('{"sentence_normalized": "x"}\n')
    with pytest.raises(ValueError, match="n.jsonl:1"):
        read_newsmtsc(path)


def test_encode_pairs_truncates_the_text_not_the_target():
    tokenizer = load_tokenizer()
    inputs = encode_pairs(tokenizer, [("ground invasion", "word " * 500), ("Israel", "Israel says no.")], 32)
    assert inputs["input_ids"].shape == (2, 32)
    first = tokenizer.decode(inputs["input_ids"][0])
    assert first.startswith("[CLS] ground invasion [SEP]")
    # Casing reaches the model through shapes: "Israel" is capitalised in both segments.
    assert (inputs["shape_ids"][1] == 2).sum() >= 2


def test_target_mask_covers_the_target_and_its_marked_mentions():
    tokenizer = load_tokenizer()
    inputs = encode_pairs(tokenizer, [("Smith", f"Critics blasted {MARK_OPEN} Smith {MARK_CLOSE} and Jones.")], 32)
    tokens = tokenizer.convert_ids_to_tokens(inputs["input_ids"][0])
    masked = [t for t, m in zip(tokens, inputs["target_mask"][0].tolist(), strict=True) if m]
    assert masked == ["smith", "smith"]  # the target segment's word and the marked one; not the marks, not Jones


def _biased_classifier(tiny_stance_dir, folder, label: str):
    """The tiny stance model, saved with a bias of 100 on ``label``'s logit and loaded again."""
    import shutil

    from quotes import stance_net
    from quotes.stance import StanceClassifier
    from quotes.types import STANCE_LABELS

    shutil.copytree(tiny_stance_dir, folder)
    meta = json.loads((folder / "config.json").read_text())
    meta["config"]["label_bias"] = [0.0] * len(STANCE_LABELS)
    meta["config"]["label_bias"][STANCE_LABELS.index(label)] = 100.0
    (folder / "config.json").write_text(json.dumps(meta))
    return StanceClassifier(stance_net.load(folder), load_tokenizer())


def test_label_bias_moves_the_decision_and_survives_reload(tiny_stance_dir, tmp_path):
    pairs = [("the plan", "The minister said the plan would fail."), ("taxes", "Taxes are fine, she said.")]
    biased = _biased_classifier(tiny_stance_dir, tmp_path / "biased", "neutral").predict(pairs)
    assert [label for label, _ in biased] == ["neutral", "neutral"]
    assert all(p == pytest.approx(1.0) for _, p in biased)


def test_pairs_batched_by_length_and_repeated_keep_their_order(tiny_stance_dir):
    from quotes import stance_net
    from quotes.stance import StanceClassifier

    classifier = StanceClassifier(stance_net.load(tiny_stance_dir), load_tokenizer(), batch_size=2)
    long = ("taxes", "Taxes are fine, she said, and nobody in the chamber agreed with the minister at all.")
    short = ("the plan", "It will fail.")
    middle = ("the plan", "The minister said the plan would fail.")
    pairs = [long, short, middle, short, long]
    alone = {pair: classifier.predict([pair])[0] for pair in set(pairs)}
    together = classifier.predict(pairs)
    assert [label for label, _ in together] == [alone[pair][0] for pair in pairs]
    assert [score for _, score in together] == pytest.approx([alone[pair][1] for pair in pairs], abs=1e-3)


def test_models_without_label_bias_still_load(tiny_stance_dir):
    from quotes import stance_net

    meta = json.loads((tiny_stance_dir / "config.json").read_text())
    meta["config"].pop("label_bias", None)
    config = stance_net.StanceConfig.from_dict(meta["config"])
    assert config.label_bias == [0.0, 0.0, 0.0]


def test_a_speaker_is_never_against_itself(tiny_stance_dir, tmp_path):
    """Biased to say *against*, the classifier still gives a quote whose speaker is the target the next label."""
    from quotes.types import Attribution, Quote, Speaker

    classifier = _biased_classifier(tiny_stance_dir, tmp_path / "against", "against")
    text = "“We will win,” Donald J. Trump said."
    quote = Attribution(quote=Quote("We will win", 1, 12, kind="direct"), speaker=Speaker("Donald J. Trump", "person"))
    other = Attribution(quote=Quote("We will win", 1, 12, kind="direct"), speaker=Speaker("Hillary Clinton", "person"))
    nobody = Attribution(quote=Quote("We will win", 1, 12, kind="direct"))
    results = classifier.add_stances([quote, other, nobody], [text] * 3, ["Donald Trump"])
    labels = [a.stances[0].label for a in results]
    assert labels[0] != "against" and labels[1:] == ["against", "against"]
    assert 0.0 < results[0].stances[0].score <= 1.0


@pytest.mark.parametrize(
    ("speaker", "target", "same"),
    [
        ("Donald J. Trump", "Donald Trump", True),  # the fullest name against the target as typed
        ("Trump", "Donald Trump", True),
        ("Ivanka Trump", "Donald Trump", True),  # a namesake: family does not speak against itself
        ("Republicans", "the Republicans", True),
        ("Trump campaign", "Donald Trump", True),  # the target's own people
        ("Hillary Clinton's aides", "Hillary Clinton", True),
        ("Trump critics", "Donald Trump", False),  # people of the target who are not its own
        ("Trump's rivals", "Donald Trump", False),
        ("Hillary Clinton", "Donald Trump", False),
        ("tax experts", "the tax plan", False),  # an issue target has no surname
        ("Pentagon officials", "the Pentagon", True),  # a body's voices
        ("U.S. officials", "the United States", True),  # a state's, by its adjective
        ("Israeli officials", "Israel", True),
        ("Israeli rights groups", "Israel", False),  # people of a state who may oppose it
        ("Hamas critics", "Hamas", False),
        ("U.S. leaders", "Israel", False),
        ("Trump administration officials", "the Trump administration", True),
        ("Israeli officials familiar with the talks", "Israel", True),
        ("Israeli minister's critics", "Israel", False),
        ("Syrian rebel commanders", "Syria", False),  # people who oppose the state they name
        ("Free Syrian Army commander", "Syria", False),
        ("Latin American leaders", "the United States", False),
        ("Iranian American community leaders", "Iran", False),
    ],
)
def test_speaks_for(speaker, target, same):
    from quotes.stance import speaks_for

    assert speaks_for(speaker, target) is same


@pytest.mark.parametrize(
    ("speaker", "role", "target", "same"),
    [
        ("Benjamin Netanyahu", "Israeli Prime Minister", "Israel", True),  # a state's voice by title
        ("Pat Ryder", "Pentagon press secretary", "Pentagon", True),
        ("John Kirby", "White House national security spokesman", "the White House", True),
        ("Lloyd Austin", "Defense Secretary", "Israel", False),
        ("Yoav Gallant", "Israeli Defense Minister", "an Israeli ground invasion of Rafah", False),  # not the state
        ("Ada Levy", "Israeli novelist", "Israel", False),  # a citizen, not a voice of the state
        ("Benjamin Netanyahu", "Prime Minister of Israel", "Israel", True),
        ("Yair Lapid", "Israeli opposition leader", "Israel", False),
        ("Ehud Olmert", "former Israeli Prime Minister", "Israel", False),
        ("John Horgan", "British Columbia premier", "Britain", False),
        ("Anthony Romero", "American Civil Liberties Union president", "the United States", False),
    ],
)
def test_speaks_for_by_role(speaker, role, target, same):
    from quotes.stance import speaks_for

    assert speaks_for(speaker, target, role) is same


@pytest.mark.parametrize(
    ("speaker", "passage", "read"),
    [
        (
            ("Donald Trump", "person"),
            "He said the deal was a disaster.",
            "(Donald Trump) He said the deal was a disaster.",
        ),
        (("Donald Trump", "person"), "Trump said it.", "(Donald Trump) Trump said it."),  # named there too
        (("Pentagon", "organization"), "It said the raid worked.", "(Pentagon) It said the raid worked."),
        (
            ("senior Pentagon official", "anonymous"),
            "The official said so.",
            "(senior Pentagon official) The official said so.",
        ),
        (("it", "unknown"), "It said so.", "It said so."),  # a mention the resolver could not place
        (None, "It is said that taxes rise.", "It is said that taxes rise."),
    ],
)
def test_the_passage_is_read_with_its_speaker(speaker, passage, read):
    from quotes.stance import with_speaker
    from quotes.types import Attribution, Quote, Speaker

    a = Attribution(quote=Quote("x", 0, 1), speaker=Speaker(*speaker) if speaker else None)
    assert with_speaker(a, passage) == read


def test_add_stances_reads_each_passage_with_its_speaker(tiny_stance_dir, tmp_path):
    from quotes.types import Attribution, Quote, Speaker

    classifier = _biased_classifier(tiny_stance_dir, tmp_path / "neutral", "neutral")
    seen = []
    classify = classifier.probabilities
    classifier.probabilities = lambda pairs: seen.extend(pairs) or classify(pairs)
    a = Attribution(quote=Quote("We will win", 4, 15, kind="direct"), speaker=Speaker("Ann Smith", "person"))
    classifier.add_stances([a], ["She said “We will win.”"], ["the tax plan"])
    assert seen == [("the tax plan", "(Ann Smith) She said “We will win.”")]


def test_a_plain_stance_set_is_read_from_csv_and_jsonl(tmp_path):
    csv_path = tmp_path / "mine.csv"
    csv_path.write_text("target,text,label\nthe plan,We oppose the plan.,Against\nthe plan,It passed.,neutral\n")
    jsonl_path = tmp_path / "mine.jsonl"
    jsonl_path.write_text('{"target": "the plan", "text": "We back it.", "label": "favor"}\n')
    assert [(e.target, e.label) for e in read_stance_set(csv_path)] == [
        ("the plan", "against"),
        ("the plan", "neutral"),
    ]
    assert [e.label for e in read_stance_set(jsonl_path)] == ["favor"]
    with_speaker = tmp_path / "spoken.jsonl"
    with_speaker.write_text(
        '{"target": "the plan", "speaker": "Ann Smith", "text": "She backs it.", "label": "favor"}\n'
    )
    assert [(e.text, e.speaker) for e in read_stance_set(with_speaker)] == [("(Ann Smith) She backs it.", "Ann Smith")]
    bad = tmp_path / "bad.csv"
    bad.write_text("target,text,label\nthe plan,Hm.,maybe\n")
    with pytest.raises(InputError, match=r"bad.csv:2: label 'maybe' is not favor, against or neutral"):
        read_stance_set(bad)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("bom.csv", "\ufefftarget,text,label\nthe plan,We back it.,favor\n".encode(), None),
        ("sep.jsonl", '{"target": "t", "text": "a\u2028b", "label": "neutral"}\n'.encode(), None),
        (
            "list.jsonl",
            b'{"target": "t", "text": "a", "label": "favor"}\n[1, 2]\n',
            "list.jsonl:2: expected a JSON object",
        ),
        ("latin.csv", "target,text,label\nt,café,favor\n".encode("latin-1"), "not valid UTF-8 at byte"),
    ],
)
def test_plain_stance_sets_from_ordinary_tools(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    if expected is None:
        assert len(read_stance_set(path)) == 1
    else:
        with pytest.raises(InputError, match=expected):
            read_stance_set(path)
