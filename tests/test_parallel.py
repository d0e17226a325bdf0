"""The worker pool gives exactly the in-process output: same articles, warnings in the same order,
same duplicates and stories (issue 2, throughput)."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from newsweave import ingest, parallel
from newsweave.clean import clean_many
from newsweave.cluster import StoryClusterer
from newsweave.dedupe import mark_duplicates
from newsweave.ingest import read_articles, read_file
from newsweave.model import Article, RawArticle
from newsweave.options import Options
from newsweave.pipeline import analyze
from newsweave.render import render


def _pool_for_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small test inputs would run in-process; make every stage use the pool."""
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    monkeypatch.setattr(ingest, "MIN_PARALLEL_FILES", 2)


def _pages_and_seeds(data_dir: Path, seeds_dir: Path, folder: Path, pages: int) -> int:
    """Copy the first ``pages`` HTML pages and the two seed articles into ``folder``."""
    found = sorted((data_dir / "html_extraction" / "html").glob("*.html.gz"))[:pages]
    for page in [*found, *seeds_dir.glob("*.txt")]:
        shutil.copy(page, folder / page.name)
    return len(found)


def _shout(texts: list[str]) -> list[str]:
    return [t.upper() for t in texts]


def test_chunks_come_back_in_input_order() -> None:
    words = [f"w{i}" for i in range(3000)]
    assert parallel.map_chunks(_shout, words, workers=2, min_items=1) == [w.upper() for w in words]
    assert parallel.map_chunks(_shout, [], workers=2, min_items=0) == []


def test_worker_count_is_checked() -> None:
    assert parallel.worker_count(3) == 3
    assert 1 <= parallel.worker_count(None) <= parallel.MAX_DEFAULT_WORKERS
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        parallel.worker_count(0)


@pytest.mark.issue(2)
def test_report_on_html_pages_and_seeds_is_the_same_with_two_workers(
    data_dir: Path, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = _pages_and_seeds(data_dir, seeds_dir, tmp_path, 6)
    _pool_for_everything(monkeypatch)
    one = analyze([tmp_path], Options(workers=1, nlp=False))
    two = analyze([tmp_path], Options(workers=2, nlp=False))
    assert len(one.articles) == pages + 2
    assert render(two, "json") == render(one, "json")


@pytest.mark.issue(2)
def test_one_worker_runs_every_stage_in_process(
    data_dir: Path, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # --workers 1 is how a user keeps a run to one process (a server, a debugger, a shared
    # machine): no stage may start a pool, however large the input
    pages = _pages_and_seeds(data_dir, seeds_dir, tmp_path, 4)
    _pool_for_everything(monkeypatch)

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker pool was started with workers=1")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    report = analyze([tmp_path], Options(workers=1, nlp=False))
    assert len(report.articles) == pages + 2
    assert len(report.stories) >= 2


@pytest.mark.issue(2)
def test_bad_inputs_in_a_parallel_run_give_their_warnings_in_input_order(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    shutil.copy(seed, tmp_path / "a_seed.txt")
    (tmp_path / "b_empty.txt").write_text("")
    (tmp_path / "c_binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "d_lines.jsonl").write_text(
        '{"id": "ok1", "text": "The council voted on Tuesday to close the bridge."}\n'
        "{not json\n"
        '{"id": "ok2", "text": "Rain is expected across the north on Friday."}\n'
        '{"id": "ok1", "text": "A second article uses the same id as the first."}\n'
    )
    shutil.copy(seed, tmp_path / "e_seed_again.txt")
    _pool_for_everything(monkeypatch)
    one = read_articles([tmp_path], Options(workers=1))
    two = read_articles([tmp_path], Options(workers=2))
    assert [a.to_dict() for a in two[0]] == [a.to_dict() for a in one[0]]
    assert two[1] == one[1]
    assert [Path(w.input).name for w in two[1]] == ["b_empty.txt", "c_binary.txt", "d_lines.jsonl", "d_lines.jsonl"]
    assert "renamed ok1-2" in two[1][-1].message
    assert [a.id for a in two[0]] == ["a_seed", "ok1", "ok2", "ok1-2", "e_seed_again"]


@pytest.mark.issue(2)
def test_reuters_duplicates_and_stories_are_the_same_with_two_workers(data_dir: Path, tmp_path: Path) -> None:
    with gzip.open(data_dir / "reuters21578" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as fh:
        (tmp_path / "head.jsonl").write_text("".join(next(fh) for _ in range(1500)), encoding="utf-8")
    raws = [r for r in read_file(tmp_path / "head.jsonl", Options()) if isinstance(r, RawArticle)]
    results = []
    for workers in (1, 2):
        options = Options(workers=workers)
        articles = [a for a in clean_many(raws, options) if isinstance(a, Article)]
        groups = mark_duplicates(articles, options)
        clusterer = StoryClusterer(workers=workers).fit(articles)
        results.append(([a.to_dict() for a in articles], groups, clusterer.labels_))
    assert len(results[0][0]) > parallel.MIN_ITEMS  # large enough to use the pool without help
    assert results[0][1]  # some duplicate groups to compare
    assert results[1] == results[0]


def test_annotations_of_many_paragraphs_are_the_same_in_workers(
    reuters_outlets, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entity recognizer runs in worker processes above ``PARALLEL_MIN_PARAGRAPHS``, which send
    back its spans: entities, quotes, quantities and dates come out as in one process."""
    import importlib

    from newsweave.nlp import annotate_many

    annotate = importlib.import_module("newsweave.nlp.annotation")

    articles = reuters_outlets(60)
    stories = [articles[:30], articles[30:]]
    alone = annotate_many(stories, Options(workers=1))
    monkeypatch.setattr(annotate, "PARALLEL_MIN_PARAGRAPHS", 10)
    monkeypatch.setattr(parallel, "CHUNKS_PER_WORKER", 4)
    pooled = annotate_many(stories, Options(workers=2))
    assert pooled == alone
    assert sum(len(notes.entities) for notes in pooled) > 50 and any(notes.quantities for notes in pooled)


@pytest.mark.issue(2)
def test_stories_described_in_workers_give_the_same_report(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Annotating (after the recognizer), comparing, summarising and dating run per story in the
    pool when there are many stories: the report, claims and summaries included, is the same."""
    import json

    rows = []
    with gzip.open(data_dir / "reuters21578" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if (row.get("text") or "").strip():
                rows.append(json.dumps({"id": f"r{row['id']}", "text": row["text"]}))
            if len(rows) == 60:
                break
    (tmp_path / "reuters.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    _pool_for_everything(monkeypatch)
    one = analyze([tmp_path], Options(workers=1))
    two = analyze([tmp_path], Options(workers=2))
    assert len(one.stories) > parallel.MIN_ITEMS and any(s.claims for s in one.stories)
    assert render(two, "json") == render(one, "json")


def test_the_nlp_entry_points_stay_functions_after_first_use(seeds_dir: Path) -> None:
    """``newsweave.nlp.annotate`` is the function, before and after the module doing the work is
    first loaded (a submodule of the same name replaced it on first use)."""
    import newsweave.nlp
    from tests.test_entities import seed_articles

    newsweave.nlp.annotate(seed_articles(seeds_dir), Options())
    from newsweave.nlp import annotate

    assert callable(annotate) and callable(newsweave.nlp.annotate_many)
