"""Windows over long articles, token ↔ character offsets, BIO decoding, window ownership and token shapes."""

from __future__ import annotations

import pytest

from quotes.detect import QuoteFinder, _margin, decode_bio, owner_windows
from quotes.encoder import SHAPES, EncoderConfig, load_tokenizer, word_shape
from quotes.extractor_net import ExtractorConfig, ExtractorNet
from quotes.windows import tokenize, window_starts

# --- window_starts --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n_tokens", "size", "stride", "starts"),
    [
        (0, 10, 5, [0]),  # empty document: one (empty) window
        (3, 10, 5, [0]),  # short document
        (10, 10, 5, [0]),  # exactly one window
        (11, 10, 5, [0, 1]),  # one token over: the last window is flush with the end
        (20, 10, 5, [0, 5, 10]),  # last regular start already flush: no duplicate
        (23, 10, 5, [0, 5, 10, 13]),
        (1000, 254, 128, [0, 128, 256, 384, 512, 640, 746]),
    ],
)
def test_window_starts(n_tokens, size, stride, starts):
    assert window_starts(n_tokens, size, stride) == starts


@pytest.mark.parametrize("n_tokens", [1, 7, 8, 9, 50, 333])
@pytest.mark.parametrize(("size", "stride"), [(8, 4), (16, 5), (8, 8)])
def test_windows_cover_every_token(n_tokens, size, stride):
    starts = window_starts(n_tokens, size, stride)
    assert starts[0] == 0
    assert starts == sorted(set(starts))
    assert starts[-1] == max(0, n_tokens - size)  # flush with the end
    assert all(b - a <= stride for a, b in zip(starts, starts[1:], strict=False))
    covered = {i for s in starts for i in range(s, min(s + size, n_tokens))}
    assert covered == set(range(n_tokens))


# --- DocTokens: characters ↔ tokens ---------------------------------------------------------------------------

NON_ASCII = "Café owner Zoë said: “Très bien 😀!” — 👍🏽 naïve\r\nSTOP. R2D2 x"


@pytest.fixture(scope="module")
def tokenizer():
    return load_tokenizer()


@pytest.fixture(scope="module")
def doc(tokenizer):
    return tokenize(tokenizer, NON_ASCII)


def test_token_offsets_are_str_indexes(doc):
    assert len(doc) == len(doc.offsets) == len(doc.shapes) == len(doc.starts) == len(doc.ends)
    for (start, end), s, e in zip(doc.offsets, doc.starts, doc.ends, strict=True):
        assert (start, end) == (s, e)
        assert 0 <= start < end <= len(NON_ASCII)
        assert not NON_ASCII[start:end].isspace()
    assert doc.starts == sorted(doc.starts)
    # the uncased tokenizer strips accents, but the offsets still index the original characters
    words = {NON_ASCII[s:e] for s, e in doc.offsets}
    assert {"Café", "Zoë", "Très", "naïve", "“", "”", "😀"} <= words


def test_token_range_char_range_round_trip(doc):
    for i in range(len(doc)):
        assert doc.token_range(*doc.char_range(i, i + 1)) == (i, i + 1)
    for first in range(len(doc)):
        for last in range(first + 1, len(doc) + 1):
            assert doc.token_range(*doc.char_range(first, last)) == (first, last)


@pytest.mark.parametrize(
    ("needle", "covered"),
    [
        ("Café", "Café"),
        ("afé", "Café"),  # part of a word: the whole token
        ("“Très bien 😀!”", "“Très bien 😀!”"),
        ("😀", "😀"),
        ("👍🏽", "👍🏽"),  # two code points, one token
        ("naïve\r\nSTOP", "naïve\r\nSTOP"),  # across CRLF
        (" — ", "—"),  # surrounding spaces are not covered
    ],
)
def test_char_span_maps_to_the_tokens_covering_it(doc, needle, covered):
    start = NON_ASCII.index(needle)
    first_last = doc.token_range(start, start + len(needle))
    assert first_last is not None
    s, e = doc.char_range(*first_last)
    assert NON_ASCII[s:e] == covered


@pytest.mark.parametrize("where", ["between", "empty", "end"])
def test_token_range_of_no_token_is_none(doc, where):
    space = NON_ASCII.index(" ")
    start, end = {"between": (space, space + 1), "empty": (5, 5), "end": (len(NON_ASCII), len(NON_ASCII))}[where]
    assert doc.token_range(start, end) is None


# --- decode_bio -----------------------------------------------------------------------------------------------

O, B, I = 0, 1, 2  # noqa: E741


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        ([B, I, I, O], [(0, 3)]),
        ([O, B, I, I], [(1, 4)]),  # a span running to the end is closed
        ([B, B], [(0, 1), (1, 2)]),  # adjacent B B: two spans
        ([B, I, B, I], [(0, 2), (2, 4)]),
        ([I, I, O], [(0, 2)]),  # a stray I starts a span
        ([O, I, O, I], [(1, 2), (3, 4)]),
        ([B, O, I], [(0, 1), (2, 3)]),
        # negative rows
        ([O, O, O], []),
        ([], []),
    ],
)
def test_decode_bio(tags, spans):
    probs = [0.1 * (i + 1) for i in range(len(tags))]
    decoded = decode_bio(tags, probs)
    assert [(a, b) for a, b, _ in decoded] == spans
    for a, b, p in decoded:
        assert p == pytest.approx(sum(probs[a:b]) / (b - a))  # mean probability over the span


# --- owner_windows --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n_tokens", "starts", "size", "owners"),
    [
        (5, [0], 8, [0] * 5),
        (10, [0, 4], 6, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]),  # token 4: margin 1 in window 0, 0 in window 1
        (7, [0, 2], 5, [0, 0, 0, 0, 1, 1, 1]),  # token 3: margin 1 in both, the earlier window keeps it
        (12, [0, 4, 6], 6, [0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2]),
    ],
)
def test_owner_windows_table(n_tokens, starts, size, owners):
    assert owner_windows(n_tokens, starts, size) == owners


@pytest.mark.parametrize(("n_tokens", "size", "stride"), [(40, 8, 3), (100, 16, 5), (254, 254, 128), (800, 254, 128)])
def test_each_token_is_owned_by_its_most_central_window(n_tokens, size, stride):
    starts = window_starts(n_tokens, size, stride)
    owners = owner_windows(n_tokens, starts, size)
    assert len(owners) == n_tokens
    assert owners == sorted(owners)  # ownership moves forward only
    for i, w in enumerate(owners):
        assert starts[w] <= i < starts[w] + size  # the owner holds the token
        best = max(_margin(i, s, size) for s in starts if s <= i < s + size)
        assert _margin(i, starts[w], size) == best


# --- word shapes ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "shape"),
    [
        ("the Austin said", "Austin", "capitalized"),
        ("NATO said", "NATO", "allcaps"),
        ("U.S. said", "U.S.", "allcaps"),
        ("A man", "A", "capitalized"),  # one capital letter is not ALLCAPS
        ("in 2024 it", "2024", "digit"),
        ("R2D2 went", "R2D2", "digit"),
        ("an iPhone", "iPhone", "mixedcase"),
        ("he said", "said", "lower"),
        ("Zoë said", "Zoë", "capitalized"),
        ("said “yes”", "“", "open_quote"),
        ("said “yes”", "”", "close_quote"),
        ('said "yes"', '"', "open_quote"),  # straight mark after a space opens
        ('"yes" he', '"', "open_quote"),  # at the start of the text
        ('("yes")', '"', "open_quote"),  # after a bracket
        ("don't", "'", "close_quote"),  # an apostrophe inside a word reads as closing
        # negative rows: punctuation that is no quote mark
        ("a — b", "—", "punct"),
        ("end.", ".", "punct"),
        ("wait...", "...", "punct"),
    ],
)
def test_word_shape(text, word, shape):
    start = text.index(word)
    if shape == "close_quote" and word in '"”':
        start = text.rindex(word)  # the second mark of the pair
    assert SHAPES[word_shape(word, text, start)] == shape


def test_word_shape_of_nothing_is_special():
    assert SHAPES[word_shape("", "x", 0)] == "special"


def test_token_shapes_follow_the_cased_text(doc):
    shape_of = {NON_ASCII[s:e]: SHAPES[shape] for (s, e), shape in zip(doc.offsets, doc.shapes, strict=True)}
    assert shape_of["Café"] == "capitalized"
    assert shape_of["naïve"] == "lower"
    assert shape_of["STOP"] == "allcaps"
    assert shape_of["“"] == "open_quote"
    assert shape_of["”"] == "close_quote"
    # every piece of a word shares the word's shape: R2D2 is four pieces, all "digit"
    assert [SHAPES[doc.shapes[i]] for i, (s, _) in enumerate(doc.offsets) if 54 <= s < 58] == ["digit"] * 4


@pytest.mark.parametrize(("length", "stride", "expected"), [(256, None, 128), (512, None, 256), (512, 64, 64)])
def test_windows_overlap_by_half_unless_told(length, stride, expected):
    net = ExtractorNet(ExtractorConfig(encoder=EncoderConfig(tiny=True, max_length=length)))
    finder = QuoteFinder(net, load_tokenizer(), stride=stride)
    assert (finder.size, finder.stride) == (length - 2, expected)
