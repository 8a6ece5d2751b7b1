"""Tests for quotes.scoring: matching, normalisation, every metric, and empty inputs."""

from __future__ import annotations

import json

import pytest

from quotes import scoring
from quotes.scoring import (
    Scores,
    StanceScores,
    match_quotes,
    normalise_range,
    overlap,
    same_speaker,
    score_document,
    score_documents,
    stance_scores,
)
from quotes.types import Attribution, Quote, Span, Speaker, Stance

# 100 distinct-enough characters: offsets are all that matter for most tests.
ART = "".join(chr(ord("a") + i % 26) for i in range(100))


def q(start: int, end: int, kind: str = "direct", parts: tuple[tuple[int, int], ...] = (), text: str = ART) -> Quote:
    return Quote(text[start:end], start, end, kind=kind, parts=tuple(Span.of(text, s, e) for s, e in parts))


def att(quote: Quote, **kw) -> Attribution:
    return Attribution(quote=quote, **kw)


def sp(start: int, end: int) -> Span:
    return Span.of(ART, start, end)


def leaves(d: dict):
    for v in d.values():
        if isinstance(v, dict):
            yield from leaves(v)
        else:
            yield v


# --------------------------------------------------------------------------- quote matching


def test_exact_match_scores_one():
    gold = [att(q(10, 30))]
    s = score_document(gold, [att(q(10, 30))])
    for block in (s.quote_lenient.overall, s.quote_strict.overall):
        assert (block.precision, block.recall, block.f1) == (1.0, 1.0, 1.0)
        assert (block.n_gold, block.n_pred, block.tp) == (1, 1, 1)


@pytest.mark.parametrize(
    ("pred", "matched"),
    [
        ((15, 25), True),  # overlap 5 of 10: exactly half of each, counts
        ((14, 24), True),  # overlap 6 of 10: just above
        ((16, 26), False),  # overlap 4 of 10: just below
        ((10, 30), True),  # pred 20 long, overlap 10: exactly half of the longer
        ((10, 29), True),  # pred 19 long: just above
        ((10, 31), False),  # pred 21 long: just below
        ((20, 30), False),  # touching, no overlap
        ((40, 50), False),  # disjoint
    ],
)
def test_lenient_fifty_percent_boundary(pred, matched):
    gold = [att(q(10, 20))]
    assert match_quotes(gold, [att(q(*pred))], strict=False) == ([(0, 0)] if matched else [])
    assert score_document(gold, [att(q(*pred))]).quote_lenient.overall.tp == int(matched)


def test_one_to_one_two_preds_on_one_gold():
    gold = [att(q(10, 30))]
    pred = [att(q(10, 30)), att(q(11, 30))]
    assert match_quotes(gold, pred, strict=False) == [(0, 0)]  # the larger overlap wins
    c = score_document(gold, pred).quote_lenient.overall
    assert (c.tp, c.n_gold, c.n_pred) == (1, 1, 2)
    assert (c.precision, c.recall) == (0.5, 1.0)


def test_matching_maximises_total_overlap():
    # overlaps: g0-p0 20, g0-p1 12, g1-p0 15, g1-p1 below half. Greedy would take g0-p0 and stop at
    # one match; the optimum (27 characters) matches both.
    gold = [att(q(10, 30)), att(q(15, 35))]
    pred = [att(q(10, 30)), att(q(0, 22))]
    assert match_quotes(gold, pred, strict=False) == [(0, 1), (1, 0)]


def test_greedy_fallback_without_scipy(monkeypatch):
    monkeypatch.setattr(scoring, "_load_solver", lambda: None)
    gold = [att(q(10, 30)), att(q(50, 60))]
    pred = [att(q(11, 30)), att(q(10, 30)), att(q(50, 59))]
    assert match_quotes(gold, pred, strict=False) == [(0, 1), (1, 2)]
    # greedy by overlap is not optimal: see test_matching_maximises_total_overlap
    assert match_quotes([att(q(10, 30)), att(q(15, 35))], [att(q(10, 30)), att(q(0, 22))], strict=False) == [(0, 0)]


@pytest.mark.parametrize(
    ("gold", "pred", "shared", "matched"),
    [
        # gold "A,” he said, “B": parts 0..10 and 20..30, interruption 10..20
        (q(0, 30, parts=((0, 10), (20, 30))), q(0, 30), 20, True),  # whole span: 20 of 30
        (q(0, 30, parts=((0, 10), (20, 30))), q(0, 30, parts=((0, 10), (20, 30))), 20, True),
        (q(0, 30, parts=((0, 10), (20, 30))), q(0, 10), 10, True),  # one part: 10 of gold's 20
        (q(0, 30, parts=((0, 10), (20, 30))), q(0, 9), 9, False),  # just below half of the gold
        (q(0, 30, parts=((0, 10), (20, 30))), q(10, 20), 0, False),  # only the interruption
        (q(0, 30, parts=((0, 10), (20, 30))), q(5, 25, parts=((5, 12), (18, 25))), 10, True),  # 10 of 20 / 14
        (q(0, 30, parts=((0, 10), (20, 30))), q(0, 40), 20, True),  # 20 of 40: exactly half
        (q(0, 30, parts=((0, 10), (20, 30))), q(0, 41), 20, False),
    ],
)
def test_multi_part_overlap(gold, pred, shared, matched):
    assert overlap(gold, pred) == overlap(pred, gold) == shared
    assert bool(match_quotes([att(gold)], [att(pred)], strict=False)) is matched


# --------------------------------------------------------------------------- optional gold


def test_optional_gold_ignored_both_ways():
    gold = [att(q(10, 20)), att(q(40, 50), optional=True), att(q(70, 80), optional=True)]
    pred = [att(q(10, 20)), att(q(40, 50))]  # matches the required gold and one optional
    c = score_document(gold, pred).quote_lenient.overall
    assert (c.tp, c.n_gold, c.n_pred) == (1, 1, 1)  # the optional match and the missed optional vanish
    assert (c.precision, c.recall) == (1.0, 1.0)


def test_optional_gold_only_gives_zero_counts():
    s = score_document([att(q(10, 20), optional=True)], [att(q(10, 20))])
    c = s.quote_lenient.overall
    assert (c.tp, c.n_gold, c.n_pred, c.f1) == (0, 0, 0, 0.0)
    assert s.end_to_end.n_pred == 0


def test_optional_gold_does_not_steal_a_prediction():
    # the optional gold equals the prediction exactly, but the required gold comes first
    gold = [att(q(10, 30), optional=True), att(q(12, 30))]
    assert match_quotes(gold, [att(q(10, 30))], strict=False) == [(1, 0)]
    assert score_document(gold, [att(q(10, 30))]).quote_lenient.overall.recall == 1.0


def test_unmatched_prediction_is_still_a_false_positive_with_optional_gold():
    c = score_document([att(q(10, 20), optional=True)], [att(q(50, 60))]).quote_lenient.overall
    assert (c.n_gold, c.n_pred, c.tp) == (0, 1, 0)


# --------------------------------------------------------------------------- strict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes we can", (0, 10)),
        ("“Yes we can,”", (1, 11)),
        ('"Yes we can." ', (1, 11)),
        ("  ‘Yes we can’  ", (3, 13)),
        ("«Yes we can!»", (1, 11)),
        ("„Yes we can?“", (1, 11)),
        ("Yes we can,” ", (0, 10)),  # punctuation inside the closing mark
        ("Yes we can”.", (0, 10)),  # punctuation outside the closing mark
        ("Yes, we can", (0, 11)),  # inner punctuation stays
        (", yes we can", (0, 12)),  # leading punctuation is not stripped
        ("Yes we can…", (0, 11)),  # an ellipsis character is not in the list
        ("“,.”", (0, 0)),  # nothing but wrapping: empty range at start
        ("", (0, 0)),
    ],
)
def test_normalise_range(text, expected):
    assert normalise_range(text, 0, len(text)) == expected
    start, end = normalise_range(text, 100, 100 + len(text))
    assert (start - 100, end - 100) == expected


def test_normalise_range_rejects_mismatched_text():
    with pytest.raises(ValueError, match="characters"):
        normalise_range("abc", 0, 5)


SENT = "He said “Yes we can, really.” and left, then said “no.”"


@pytest.mark.parametrize(
    ("gold", "pred", "strict_tp"),
    [
        ("Yes we can, really", "“Yes we can, really.”", 1),  # enclosing marks and trailing period
        ("Yes we can, really", "Yes we can, really.", 1),
        ("Yes we can, really", "Yes we can, really", 1),
        ("Yes we can, really", "Yes we can,", 0),  # shorter: lenient only if half
        ("Yes we can, really", "Yes we can, reall", 0),
        ("Yes we can, really", "said “Yes we can, really.”", 0),
    ],
)
def test_strict_ignores_marks_and_trailing_punctuation(gold, pred, strict_tp):
    def quote(s: str) -> Quote:
        start = SENT.index(s)
        return q(start, start + len(s), text=SENT)

    s = score_document([att(quote(gold))], [att(quote(pred))])
    assert s.quote_strict.overall.tp == strict_tp
    assert s.quote_lenient.overall.tp >= strict_tp


def test_strict_is_one_to_one():
    gold = [att(q(10, 20))]
    c = score_document(gold, [att(q(10, 20)), att(q(10, 20))]).quote_strict.overall
    assert (c.tp, c.n_pred) == (1, 2)


# --------------------------------------------------------------------------- per kind


def test_per_kind_recall_by_gold_kind_and_precision_by_pred_kind():
    gold = [att(q(0, 10, "direct")), att(q(20, 30, "indirect")), att(q(40, 50, "indirect"))]
    pred = [att(q(0, 10, "mixed")), att(q(20, 30, "indirect")), att(q(60, 70, "indirect"))]
    by_kind = score_document(gold, pred).quote_lenient.by_kind
    assert by_kind["direct"].recall == 1.0  # matched even though predicted as "mixed"
    assert by_kind["indirect"].recall == 0.5
    assert by_kind["mixed"].recall == 0.0 and by_kind["mixed"].n_gold == 0
    assert by_kind["mixed"].precision == 1.0
    assert by_kind["indirect"].precision == 0.5
    assert by_kind["direct"].precision == 0.0 and by_kind["direct"].n_pred == 0
    assert by_kind["indirect"].f1 == pytest.approx(0.5)


# --------------------------------------------------------------------------- cue, mention, speaker, end to end


def test_cue_scores():
    gold = [
        att(q(0, 10), cue=sp(12, 16)),
        att(q(20, 30), cue=sp(32, 36)),
        att(q(40, 50), cue=sp(52, 56)),  # its quote is missed: cue cannot be right
        att(q(60, 70)),  # no gold cue
    ]
    pred = [
        att(q(0, 10), cue=sp(12, 16)),  # exact
        att(q(20, 30), cue=sp(35, 40)),  # overlap only
        att(q(60, 70), cue=sp(72, 76)),  # gold has no cue
        att(q(80, 90), cue=sp(92, 96)),  # unmatched quote
    ]
    s = score_document(gold, pred)
    assert (s.cue.tp, s.cue.n_gold, s.cue.n_pred) == (2, 3, 4)
    assert (s.cue.precision, s.cue.recall) == (0.5, pytest.approx(2 / 3))
    assert (s.cue_exact.tp, s.cue_exact.recall) == (1, pytest.approx(1 / 3))
    # As spans on their own: 12..16 and 35..40 hit; 52..56 is missed; 72..76 and 92..96 are false.
    assert (s.cue_spans.tp, s.cue_spans.n_gold, s.cue_spans.n_pred) == (2, 3, 4)


def test_cue_spans_ignore_which_quote_a_cue_is_linked_to():
    gold = [att(q(0, 10), cue=sp(12, 16)), att(q(20, 30), cue=sp(32, 36))]
    # Both cues found, but linked to the wrong quotes; and the same cue twice counts once.
    pred = [att(q(0, 10), cue=sp(32, 36)), att(q(20, 30), cue=sp(12, 16)), att(q(40, 50), cue=sp(12, 16))]
    s = score_document(gold, pred)
    assert (s.cue.tp, s.cue_spans.tp, s.cue_spans.n_gold, s.cue_spans.n_pred) == (0, 2, 2, 2)


@pytest.mark.parametrize(
    ("pred_speaker", "overlap_ok", "exact_ok"),
    [
        (Speaker("Austin", mention=sp(40, 46)), True, True),
        (Speaker("Austin", mention=sp(44, 50)), True, False),
        (Speaker("Austin", mention=sp(46, 50)), False, False),  # touching only
        (Speaker("Austin"), False, False),  # no mention
        (None, False, False),
    ],
)
def test_speaker_mention_accuracy(pred_speaker, overlap_ok, exact_ok):
    gold = [att(q(0, 10), speaker=Speaker("Austin", mention=sp(40, 46))), att(q(20, 30), speaker=Speaker("X"))]
    pred = [att(q(0, 10), speaker=pred_speaker), att(q(20, 30), speaker=Speaker("X"))]
    s = score_document(gold, pred)
    assert s.mention.n == s.mention_exact.n == 1  # the second gold has no mention
    assert s.mention.correct == int(overlap_ok)
    assert s.mention_exact.correct == int(exact_ok)


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        (Speaker("the official"), Speaker("Official"), True),
        (Speaker("The  senior\nofficial "), Speaker("senior official"), True),
        (Speaker("Lloyd Austin"), Speaker("LLOYD AUSTIN"), True),
        (Speaker("9/11 victims' groups"), Speaker("9/11 victims’ groups"), True),
        (None, None, True),
        (Speaker("the official"), Speaker("officials"), False),
        (Speaker("Theodore"), Speaker("odore"), False),  # "the" must be a word
        (Speaker("many economists"), Speaker("Economists"), True),  # the guide leaves quantifiers open
        (Speaker("Some Republican voters"), Speaker("Republican voters"), True),
        (Speaker("Somerset"), Speaker("erset"), False),
        (Speaker("other GOP leaders"), Speaker("GOP leaders"), False),  # "other" changes who speaks
        (Speaker("the official"), Speaker("an official"), False),
        (Speaker("numerous analysts"), Speaker("analysts"), True),
        (Speaker("a lot of Americans"), Speaker("Americans"), True),
        # The members of a list in any order; but all of them.
        (Speaker("Paul Ryan and Donald Trump"), Speaker("Donald Trump and Paul Ryan"), True),
        (Speaker("Ann Lee, Bo Chan and Cy Roe"), Speaker("Cy Roe, Ann Lee and Bo Chan"), True),
        (Speaker("Paul Ryan and Donald Trump"), Speaker("Donald Trump"), False),
        # A group named by its owner, in full or not; not another owner of the surname.
        (Speaker("Trump's operatives"), Speaker("Donald Trump's operatives"), True),
        (Speaker("Hillary Clinton’s campaign strategists"), Speaker("Mrs. Clinton's campaign strategists"), True),
        (Speaker("Hillary Clinton's aides"), Speaker("Bill Clinton's aides"), False),
        (Speaker("Trump's advisers"), Speaker("Trump's lawyers"), False),
        (Speaker("Trump's advisers"), Speaker("Ivanka Trump"), False),
        # A candidate's campaign, named with the full name or the surname (annotators wrote both).
        (Speaker("Kasich campaign"), Speaker("John Kasich campaign"), True),
        (Speaker("Trump campaign"), Speaker("Donald Trump's campaign"), True),
        (Speaker("Trump campaign"), Speaker("Clinton campaign"), False),
        (Speaker("Trump team"), Speaker("Trump campaign"), False),
        # A person inside a description, named in full or by surname; not a name alone, a title or a body.
        (Speaker("source close to Cruz"), Speaker("source close to Ted Cruz"), True),
        (Speaker("members of Ryan's caucus"), Speaker("members of Paul Ryan's caucus"), True),
        (Speaker("source close to Cruz"), Speaker("source close to Rafael Edward Cruz"), True),
        (Speaker("Obama"), Speaker("Barack Obama"), False),
        (Speaker("Democrats"), Speaker("House Democrats"), False),
        (Speaker("government of Petro Poroshenko"), Speaker("government of President Petro Poroshenko"), False),
        (Speaker("source close to Cruz"), Speaker("source close to Ted Kennedy"), False),
        (Speaker("Austin"), None, False),
        (None, Speaker("Austin"), False),
    ],
)
def test_same_speaker(gold, pred, same):
    assert same_speaker(gold, pred) is same


def test_speaker_accuracy_and_end_to_end():
    gold = [
        att(q(0, 10), speaker=Speaker("the official")),
        att(q(20, 30), speaker=Speaker("Gallant")),
        att(q(40, 50)),  # no gold speaker: not in speaker accuracy
        att(q(60, 70), speaker=Speaker("Kirby")),  # missed quote
    ]
    pred = [
        att(q(0, 10), speaker=Speaker("Official")),
        att(q(20, 30), speaker=Speaker("Austin")),
        att(q(40, 50)),
        att(q(80, 90), speaker=Speaker("Kirby")),  # unmatched quote
    ]
    s = score_document(gold, pred)
    assert (s.speaker.correct, s.speaker.n) == (1, 2)
    assert s.speaker.accuracy == 0.5
    # true positives: pair 0 (same name) and pair 2 (both without speaker)
    assert (s.end_to_end.tp, s.end_to_end.n_gold, s.end_to_end.n_pred) == (2, 4, 4)
    assert s.end_to_end.f1 == 0.5


# --------------------------------------------------------------------------- stance


def test_stance_scores_hand_computed():
    gold = ["favor", "favor", "against", "neutral"]
    pred = ["favor", "against", "against", "favor"]
    # favor   P 1/2 R 1/2 F 1/2
    # against P 1/2 R 1   F 2/3
    # neutral P 0   R 0   F 0
    d = stance_scores(gold, pred)
    assert d["macro_f1"] == pytest.approx((1 / 2 + 2 / 3 + 0) / 3)
    assert d["f_avg"] == pytest.approx((1 / 2 + 2 / 3) / 2)
    assert d["accuracy"] == 0.5 and d["n"] == 4
    assert d["per_label"]["against"] == pytest.approx(
        {"precision": 0.5, "recall": 1.0, "f1": 2 / 3, "n_gold": 1, "n_pred": 2, "tp": 1, "tp_pred": 1}
    )


def test_stance_scores_agree_with_sklearn():
    metrics = pytest.importorskip("sklearn.metrics")
    gold = ["favor", "against", "neutral", "against", "favor", "neutral", "against"]
    pred = ["favor", "favor", "neutral", "against", "neutral", "against", "against"]
    labels = ["favor", "against", "neutral"]
    d = stance_scores(gold, pred)
    assert d["macro_f1"] == pytest.approx(metrics.f1_score(gold, pred, labels=labels, average="macro"))
    assert d["f_avg"] == pytest.approx(metrics.f1_score(gold, pred, labels=labels[:2], average="macro"))
    assert d["accuracy"] == pytest.approx(metrics.accuracy_score(gold, pred))


@pytest.mark.parametrize(
    ("gold", "pred", "message"),
    [
        (["favor"], [], "aligned"),
        (["favour"], ["favor"], "not in"),
    ],
)
def test_stance_scores_rejects_bad_input(gold, pred, message):
    with pytest.raises(ValueError, match=message):
        stance_scores(gold, pred)


def test_stance_calibration_error_hand_computed():
    gold = ["favor", "favor", "against", "neutral", "neutral"]
    pred = ["favor", "against", "against", "neutral", None]
    scores = [0.95, 0.92, 0.55, 0.45, None]
    # 0.9-1.0: two scored 0.935 on average, one right (0.5); 0.5-0.6: one 0.55, right; 0.4-0.5: one 0.45, right.
    d = stance_scores(gold, pred, scores)
    expected = (2 * abs(0.5 - 0.935) + abs(1 - 0.55) + abs(1 - 0.45)) / 4
    assert d["calibration_error"] == pytest.approx(expected)
    assert [(b["low"], b["n"]) for b in d["reliability"]] == [(0.4, 1), (0.5, 1), (0.9, 2)]
    assert d["reliability"][-1]["accuracy"] == 0.5 and d["reliability"][-1]["mean_score"] == pytest.approx(0.935)


def test_stance_calibration_pools_over_documents_and_needs_scores():
    one = StanceScores.from_labels(["favor"], ["favor"], [0.8])
    two = StanceScores.from_labels(["against"], ["favor"], [0.8])
    assert (one + two).calibration_error == pytest.approx(0.3)
    unscored = StanceScores.from_labels(["favor"], ["against"])
    assert unscored.reliability() == [] and unscored.calibration_error is None
    with pytest.raises(ValueError, match="aligned"):
        stance_scores(["favor"], ["favor"], [])


def test_a_certain_stance_score_is_in_the_top_bin_and_no_score_is_outside_zero_to_one():
    assert stance_scores(["favor"], ["favor"], [1.0])["reliability"] == [
        {"low": 0.9, "high": 1.0, "n": 1, "mean_score": 1.0, "accuracy": 1.0}
    ]
    for bad in (-0.2, 1.3, float("nan")):
        with pytest.raises(ValueError, match="no probability"):
            stance_scores(["favor"], ["favor"], [bad])


def test_document_stance_scores_carry_the_predicted_probability():
    gold = att(q(0, 10), stances=(Stance("t", "favor", 1.0),))
    pred = att(q(0, 10), stances=(Stance("t", "favor", 0.7),))
    reliability = score_document([gold], [pred]).stance.reliability()
    assert reliability == [{"low": 0.7, "high": 0.8, "n": 1, "mean_score": 0.7, "accuracy": 1.0}]


def test_stance_missing_or_unknown_prediction_is_wrong():
    d = stance_scores(["favor", "against"], [None, "support"])
    assert d["accuracy"] == 0.0
    assert d["per_label"]["favor"]["n_pred"] == 0 and d["per_label"]["favor"]["recall"] == 0.0


def test_stance_on_matched_pairs_by_target():
    gold = [
        att(q(0, 10), stances=(Stance("Israel", "favor", 1.0), Stance("Hamas", "against", 1.0))),
        att(q(20, 30), stances=(Stance("Israel", "neutral", 1.0),)),  # quote missed: not scored
    ]
    pred = [
        att(
            q(0, 10),
            stances=(Stance("israel", "favor", 0.9), Stance("Gaza", "against", 0.8), Stance("Israel", "against", 0.1)),
        )
    ]
    st = score_document(gold, pred).stance
    # Israel: favor/favor (first of the target wins); Hamas: against/none; Gaza ignored
    assert (st.n, st.correct) == (2, 1)
    assert st.per_label["favor"].f1 == 1.0
    assert st.per_label["against"].recall == 0.0 and st.per_label["against"].n_pred == 0
    assert st.macro_f1 == pytest.approx(1 / 3)
    assert st.f_avg == pytest.approx(0.5)


# --------------------------------------------------------------------------- aggregation and empty inputs


def test_micro_average_over_documents():
    docs = [
        ([att(q(0, 10))], [att(q(0, 10))]),
        ([att(q(0, 10)), att(q(20, 30)), att(q(40, 50))], []),
    ]
    s = score_documents(docs)
    assert s.n_docs == 2
    assert s.quote_lenient.overall.recall == 0.25  # not the mean of 1.0 and 0.0
    assert s.quote_lenient.overall.precision == 1.0
    assert score_documents(iter(docs)) == s  # any iterable, consumed once


@pytest.mark.parametrize(
    "docs",
    [
        [],
        [([], [])],
        [([att(q(0, 10))], [])],
        [([], [att(q(0, 10))])],
        [([att(q(0, 10), optional=True)], [])],
    ],
)
def test_empty_inputs_give_zero(docs):
    s = score_documents(docs)
    d = s.to_dict()
    json.dumps(d)
    floats = [v for v in leaves(d) if isinstance(v, float)]
    assert floats and all(v == 0.0 for v in floats)


def test_empty_stance_scores():
    d = stance_scores([], [])
    assert (d["macro_f1"], d["f_avg"], d["accuracy"], d["n"]) == (0.0, 0.0, 0.0, 0)


def test_to_dict_layout():
    s = score_document([att(q(0, 10))], [att(q(0, 10))])
    d = s.to_dict()
    assert set(d) == {"n_docs", "quote", "cue", "speaker_mention", "speaker", "end_to_end", "stance"}
    assert set(d["quote"]) == {"lenient", "strict"}
    assert set(d["quote"]["lenient"]["by_kind"]) == {"direct", "indirect", "mixed"}
    assert set(d["cue"]) == {"overlap", "exact", "spans"}
    assert set(d["speaker_mention"]) == {"overlap", "exact"}
    assert set(d["stance"]["per_label"]) == {"favor", "against", "neutral"}
    assert d["quote"]["lenient"]["f1"] == 1.0
    assert json.loads(json.dumps(d)) == d
    assert isinstance(Scores().to_dict(), dict)
