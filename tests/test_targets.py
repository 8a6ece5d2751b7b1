"""Proposed stance targets: candidates, selection, the ranker file, the metric, training, the shipped ranker."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from quotes.errors import ModelError
from quotes.scoring import target_matches, target_proposal_scores
from quotes.targets import (
    FEATURES,
    Candidate,
    TargetProposer,
    TargetRanker,
    candidate_phrases,
    full_names,
    in_full,
    load_ranker,
    select,
)
from quotes.text import headline

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_e44a7dc205e6c07e.txt"


def _keys(text: str) -> dict[str, str]:
    return {c.key: c.surface for c in candidate_phrases(text)}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("A ground invasion of Rafah. The ground invasion was delayed.", "ground invasion", "the ground"),
        ("The official said no. The official said yes.", None, "official"),  # speakers are not topics
        ("Tax cuts. Tax cuts again.", "tax cuts", None),
        ("Only once: a cease-fire.", None, "cease-fire"),  # a topic must recur
        ("Obama said the museum opened. Obama said the museum closed.", "museum", "obama said the museum"),
        ("According to federal data, jobs rose. According to federal data, jobs fell.", "federal data", "according"),
        ("Trump’s plan failed. Trump’s plan won.", "trump", "trump’s"),  # a possessive alone is its owner
        ("Talks between them. Talks between us.", "talks", "between"),
    ],
)
def test_candidate_phrases(text, present, absent):
    keys = _keys(text)
    if present:
        assert present in keys
    if absent:
        assert absent not in keys


def test_candidates_keep_the_body_casing_not_the_headline_title_case():
    text = "Clinton Was Headed To Hospital\n\nHillary Clinton was headed home. Aides said Clinton was headed home.\n"
    keys = _keys(text)
    assert keys["clinton was headed"] == "Clinton was headed"
    assert headline(text) == "Clinton Was Headed To Hospital"
    assert headline("One paragraph without a line break.") == ""


def test_a_lone_name_word_is_written_in_full():
    names = full_names("Attorney General Loretta Lynch spoke. Lynch left. Israel Katz met Lynch.")
    assert names["Loretta Lynch"] == 1  # the title is no part of the name
    assert in_full("Lynch", names) == "Loretta Lynch"
    assert in_full("Loretta", names) == "Loretta Lynch"
    assert in_full("Israel", names) == "Israel"  # a country stays itself
    assert in_full("taxes", names) == "taxes"


def _candidate(surface: str) -> Candidate:
    return Candidate(surface.lower(), surface, 2, 0)


def test_select_skips_candidates_that_share_a_word_with_a_better_one():
    cands = [_candidate(s) for s in ("Israel", "Israeli", "ground invasion", "invasion", "Obamacare", "Obama")]
    chosen = select(cands, [6.0, 5.0, 4.0, 3.0, 2.0, 1.0], 4)
    # "Israeli" names Israel again and "invasion" repeats a word; "Obamacare" is not Obama.
    assert [c.surface for c in chosen] == ["Israel", "ground invasion", "Obamacare", "Obama"]
    assert select(cands, [0.0] * len(cands), 0) == []


def test_ranker_round_trips_and_refuses_other_features(tmp_path):
    n = len(FEATURES)
    ranker = TargetRanker(tuple(range(n)), -1.0, (0.0,) * n, (2.0,) * n)
    assert ranker.scores([[2.0] * n]) == [pytest.approx(-1.0 + sum(range(n)))]
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps({"ranker": ranker.to_dict()}))
    assert load_ranker(path) == ranker
    path.write_text(json.dumps({"ranker": {**ranker.to_dict(), "features": ["log_count"]}}))
    with pytest.raises(ModelError, match="retrain"):
        load_ranker(path)
    with pytest.raises(ModelError, match="no target ranker"):
        load_ranker(tmp_path / "missing.json")


@pytest.mark.parametrize(
    ("proposed", "gold", "expected"),
    [
        ("ground invasion", "an Israeli ground invasion of Rafah", True),
        ("Israeli", "an Israeli ground invasion of Rafah", False),  # one word of a longer target
        ("ground invasion of Gaza", "an Israeli ground invasion of Rafah", False),  # a word the gold lacks
        ("Clinton", "Hillary Clinton", True),  # a surname names the person
        ("Hillary", "Hillary Clinton", False),
        ("Clean Power Plan", "the Clean Power Plan", True),
        ("NATO", "NATO", True),
        ("Trump campaign", "Donald Trump", False),
        ("Trump’s", "Donald Trump", True),
        ("tax cuts", "the tax cut", True),  # plural
        ("", "NATO", False),
    ],
)
def test_target_matches(proposed, gold, expected):
    assert target_matches(proposed, gold) is expected


def test_target_proposal_scores():
    scores = target_proposal_scores(
        [(["Donald Trump", "free trade"], ["Trump", "trade deals", "Ohio"]), (["NATO"], ["Russia"])]
    )
    assert scores == {
        "recall": pytest.approx(1 / 3),
        "precision": pytest.approx(1 / 4),
        "doc_hit": pytest.approx(1 / 2),
        "n_gold": 3,
        "n_proposed": 4,
        "n_docs": 2,
    }
    assert target_proposal_scores([])["recall"] == 0.0


# Short articles whose annotated target recurs beside other recurring phrases.
TARGET_DOCS = {
    f"doc{i}": (
        f"Tax cuts pass\n\nThe senator said tax cuts would pass. The weather was mild in {town}. "
        f"Critics said tax cuts help the rich. The weather was cold in {town}.\n",
        [("The senator", "said", ["tax cuts would pass"]), ("Critics", "said", ["tax cuts help the rich"])],
    )
    for i, town in enumerate(("Ohio", "Iowa", "Utah", "Texas", "Maine", "Idaho"))
}


def test_training_writes_a_ranker_the_proposer_loads(tmp_path, monkeypatch):
    sys.path.insert(0, str(Path(__file__).parent))
    from test_train import write_split

    split = write_split(tmp_path / "split", TARGET_DOCS)
    standoff = tmp_path / "targets.jsonl"
    standoff.write_text("".join(json.dumps({"doc": d, "start": 0, "end": 1, "stances": {"tax cuts": "neutral"}}) + "\n"
                                for d in TARGET_DOCS))  # fmt: skip
    out = tmp_path / "targets" / "ranker.json"
    sys.path.insert(0, str(REPO / "models"))
    import train_targets

    monkeypatch.setattr(sys, "argv", ["train_targets.py", "--split", str(split), "--targets", str(standoff),
                                      "--out", str(out)])  # fmt: skip
    train_targets.main()
    saved = json.loads(out.read_text())
    assert saved["data"]["articles"] == len(TARGET_DOCS)
    assert saved["train_scores"]["recall"] == 1.0  # the recurring target outranks the weather
    proposer = TargetProposer(load_ranker(out))
    text = TARGET_DOCS["doc0"][0]
    assert proposer.propose(text, ["The senator said tax cuts would pass."], k=1) == ["tax cuts"]


def test_shipped_ranker_proposes_phrases_of_the_seed():
    from quotes.pipeline import target_ranker_path

    text = SEED.read_text(encoding="utf-8")
    proposer = TargetProposer(load_ranker(target_ranker_path()))
    proposed = proposer.propose(text, ["Israel says it cannot defeat Hamas without going into Rafah."])
    assert 1 <= len(proposed) <= 3
    assert all(p in text for p in proposed)  # written as the article writes them
    assert "Israel" in proposed  # the state whose ground operation everyone takes sides on
    with pytest.raises(ModelError, match="no ranker"):
        TargetProposer(None).propose(text, [])


def test_loading_with_stance_but_no_ranker_fails_at_once(tmp_path, monkeypatch, tiny_model_dir, tiny_stance_dir):
    import quotes

    monkeypatch.setenv("QUOTES_MODELS", str(tmp_path))  # a models folder without targets/ranker.json
    with pytest.raises(ModelError, match="no target ranker.*QUOTES_MODELS"):
        quotes.load(tiny_model_dir, stance_path=tiny_stance_dir, antecedents=False)
    assert quotes.load(tiny_model_dir, stance=False, antecedents=False).target_ranker is None
