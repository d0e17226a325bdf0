"""Independent-source counting: wire copies, versions of one story and one outlet count once (issues 2, 4, 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.clean import clean
from newsweave.dedupe import mark_duplicates
from newsweave.independence import count_independent, independence_groups, versions
from newsweave.model import Article, RawArticle, Sentence
from newsweave.options import Options


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


def _cleaned(data_dir: Path, corpus: str, story: str) -> list[Article]:
    """A DUC 2004 cluster's or a BASIL story's articles, cleaned and de-duplicated as for a user."""
    if corpus == "duc2004":
        rows = [json.loads(line) for line in (data_dir / "duc2004" / "duc2004_task2.jsonl").open()]
        texts = next(r["documents"] for r in rows if r["id"] == story)
        raws = [RawArticle(input=f"{story}:{i}", id=f"d{i}", text=t) for i, t in enumerate(texts)]
    else:
        rows = [json.loads(line) for line in (data_dir / "basil" / "articles.jsonl").open()]
        raws = [
            RawArticle(input=r["id"], id=r["id"], text=r["text"], title=r["title"], source=r["source"])
            for r in rows
            if r["story"] == story
        ]
    articles = [a for a in (clean(r, Options()) for r in raws) if isinstance(a, Article)]
    mark_duplicates(articles, Options())
    return articles


@pytest.mark.issue(5)
def test_versions_of_one_story_are_one_source(data_dir: Path) -> None:
    """DUC 2004 d31031t holds, besides a word-for-word reprint, two pairs of versions of one story
    (an AP story and its update, which share their opening paragraphs and most of the rest with a
    copy editor's changes; a NYT story and its first half): each version had counted as an
    independent source in the story's count, its summary and its claim table. The claim table
    still aligns a version with the other, to find what it changed."""
    articles = _cleaned(data_dir, "duc2004", "d31031t")
    assert [a.id for a in articles if a.duplicate_of] == ["d6"]
    assert versions(articles) == {"d5": ["d4"], "d9": ["d7"]}
    assert count_independent(articles) == 7
    assert len(set(independence_groups(articles, versions_apart=True).values())) == 9
    groups = independence_groups(articles)
    assert groups["d4"] == groups["d5"] and groups["d7"] == groups["d9"] and groups["d4"] != groups["d7"]


@pytest.mark.issue(5)
def test_reports_of_one_event_by_different_outlets_are_not_versions(data_dir: Path) -> None:
    """BASIL's stories are one event told by the NYT, Fox News and HuffPost, who quote the same
    people and give the same background: none of them is a version of another's story."""
    rows = [json.loads(line) for line in (data_dir / "basil" / "articles.jsonl").open()]
    for story in sorted({r["story"] for r in rows}):
        assert versions(_cleaned(data_dir, "basil", story)) == {}, story
