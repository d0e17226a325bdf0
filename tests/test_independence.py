"""Independent-source counting: wire copies and one outlet count once (issues 2 and 4)."""

from __future__ import annotations

import pytest

from newsweave.independence import count_independent, independence_groups
from newsweave.model import Article, Sentence


def art(id: str, source: str | None, duplicate_of: str | None = None) -> Article:
    return Article(id=id, sentences=[Sentence(f"{id}:0", "Text.")], source=source, duplicate_of=duplicate_of)


@pytest.mark.issue(4)
def test_reprint_under_another_outlet_is_not_a_new_source() -> None:
    original = art("r", "Reuters")
    reprint = art("y", "Yahoo News", duplicate_of="r")
    other = art("o", None)
    assert count_independent([original, other]) == 2
    assert count_independent([original, reprint, other]) == 2


def test_one_outlet_counts_once_and_unnamed_articles_each_count() -> None:
    arts = [art("a", "AP"), art("b", "ap "), art("c", None), art("d", None)]
    assert count_independent(arts) == 3
    groups = independence_groups(arts)
    assert groups["a"] == groups["b"] and groups["c"] != groups["d"]


def test_a_reprint_joins_its_original_not_its_outlet() -> None:
    arts = [art("a", "AP"), art("b", "NYT", duplicate_of="a"), art("c", "NYT"), art("d", "BBC")]
    # b is NYT's reprint of AP's a: it belongs to AP's group; NYT's own c stays independent
    assert count_independent(arts) == 3
    groups = independence_groups(arts)
    assert groups["a"] == groups["b"] != groups["c"]
