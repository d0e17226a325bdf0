"""Exact and near duplicates on real BBC text; a wire reprint is one source (issue 2)."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from bench.dedupe import EDITS, edited_copy, load, same_text
from newsweave.dedupe import DuplicateIndex, mark_duplicates
from newsweave.independence import count_independent
from newsweave.ingest import read_articles
from newsweave.options import Options

FLOORS = json.loads((Path(__file__).parent / "floors" / "dedupe.json").read_text())


@pytest.fixture(scope="module")
def bbc() -> tuple[list, set]:
    return load()


@pytest.mark.issue(2)
def test_every_identical_bbc_text_is_grouped_and_no_distinct_articles_pair(bbc) -> None:
    articles, identical = bbc
    assert len(identical) == 133
    groups = mark_duplicates(articles, Options())
    root = {a.id: a.duplicate_of or a.id for a in articles}
    assert all(root[a] == root[b] for a, b in identical)
    by_id = {a.id: a for a in articles}
    false = [(g[0], x) for g in groups for x in g[1:] if not same_text(by_id[g[0]], by_id[x])]
    assert len(false) <= FLOORS["false_pairs"]["floor"], false


@pytest.mark.issue(2)
def test_light_edits_and_reprints_with_added_text_are_near_duplicates(bbc) -> None:
    articles, _ = bbc
    rng = random.Random(3)
    sample = rng.sample([a for a in articles[:600] if len(a.sentences) >= 6], 60)
    kinds = EDITS
    index = DuplicateIndex()
    for a in articles[:600]:
        index.add(a)
    found = 0
    for n, a in enumerate(sample):
        copy = edited_copy(a, kinds[n % len(kinds)], rng, sample[(n + 1) % len(sample)])
        original = index.add(copy)
        found += original is not None and (original == a.id or original == a.duplicate_of)
    assert found / len(sample) >= FLOORS["near_recall"]["floor"]


@pytest.mark.issue(4)
def test_seed_reprint_under_another_name_is_a_duplicate_and_adds_no_source(
    seeds_dir: Path, tmp_path: Path
) -> None:
    for p in seeds_dir.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    text = (seeds_dir / "004_d18fbf1fe040f894.txt").read_text(encoding="utf-8")
    (tmp_path / "syndicated.jsonl").write_text(
        json.dumps({"id": "yahoo-copy", "text": text, "source": "Yahoo News"}) + "\n", encoding="utf-8"
    )
    articles, warnings = read_articles([tmp_path], Options())
    assert not warnings
    mark_duplicates(articles, Options())
    by_id = {a.id: a for a in articles}
    assert by_id["yahoo-copy"].duplicate_of == "004_d18fbf1fe040f894"
    assert by_id["yahoo-copy"].source == "Yahoo News"  # a duplicate keeps its own outlet name
    assert by_id["000_401f3f548252d387"].duplicate_of is None  # two outlets' own reports are not copies
    assert count_independent(articles) == 2


def test_short_texts_are_duplicates_only_when_equal() -> None:
    from newsweave.model import Article, Sentence

    def headline(i: str, text: str) -> Article:
        return Article(id=i, sentences=[Sentence(f"{i}:0", text)])

    arts = [
        headline("a", "Fed's Plosser: Nasty Weather Has Curbed Job Growth"),
        headline("b", "Fed's Plosser: Nasty Weather Has Curbed Jobs Growth"),
        headline("c", "Fed's Plosser: nasty weather has curbed job growth!"),
    ]
    mark_duplicates(arts)
    assert [a.duplicate_of for a in arts] == [None, None, "a"]
