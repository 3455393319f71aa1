"""Exact and near-duplicate indexes."""

from __future__ import annotations

from mlward.datasets.dedup import ExactIndex, NearDuplicateIndex, content_key


def test_exact_index_pairs_repeats_with_their_first_record() -> None:
    index = ExactIndex()
    index.add_many([10, 20, 10], range(0, 3))
    index.add_many([30, 20, 10], [3, 4, 5])
    assert index.duplicates() == [(2, 0), (4, 1), (5, 0)]


def test_exact_index_without_repeats() -> None:
    index = ExactIndex()
    index.add_many([1, 2, 3], range(3))
    assert index.duplicates() == []
    assert ExactIndex().duplicates() == []


def test_content_key_ignores_whitespace_only() -> None:
    assert content_key("a  b\n c") == content_key("a b c")
    assert content_key("a b c") != content_key("a b d")


def test_near_duplicates_found_and_distinct_texts_not() -> None:
    text = "Gradient descent updates the weights in the direction that reduces the loss the most. " * 2
    index = NearDuplicateIndex()
    assert index.add(0, text) is None
    similar = index.add(1, text.replace("most", "fastest", 1))
    assert similar is not None
    assert similar[0] == 0
    assert similar[1] >= 0.8
    assert index.add(2, "A completely different sentence about cooking pasta with garlic and oil.") is None


def test_near_index_skips_short_texts() -> None:
    assert NearDuplicateIndex().signature("short") is None
