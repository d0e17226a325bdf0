"""Every benchmark command runs: those no quality test already exercises, on a few items.

The quality floors are checked in the tests of each layer; these only make sure that ``python -m
bench NAME`` still works end to end (a benchmark that fails to start measures nothing).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import available
from bench.__main__ import main as bench


def test_the_benchmark_list_names_every_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench([]) == 0
    listed = capsys.readouterr().out
    assert {"conflicts", "nlp_speed", "summaries", "throughput"} <= set(available())
    assert all(name in listed for name in available())
    assert bench(["no-such-bench"]) == 2


@pytest.mark.issue(5)
def test_nlp_speed_runs_ours_beside_spacy(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench(["nlp_speed", "--docs", "20"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Reuters-21578: 20 documents, \d+ paragraphs, \d+ words", out)
    rows = [line for line in out.splitlines() if line.startswith("| newsweave") or line.startswith("| en_core")]
    assert len(rows) == 2 and all(int(row.rstrip(" |").split("|")[-1]) > 0 for row in rows)


@pytest.mark.issue(2)
def test_throughput_runs_both_worker_counts_and_the_baseline(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench(["throughput", "--sizes", "300", "--workers", "2", "--baseline-sizes", "100"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^\| 300\s+\| 2 ", out, re.M) and re.search(r"^\| 300\s+\| 1 ", out, re.M)
    assert re.search(r"^\| 100\s+\| \d+\.\d+", out, re.M)  # the all-pairs baseline


@pytest.mark.issue(5)
def test_summary_scaling_times_ours_and_lexrank_by_story_size(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench(["summary_scaling", "--sizes", "20,40", "--lexrank-max", "20"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^\| 20\s+\| \d+\s+\| \d+\.\d+\s+\| -\s+\| \d+\.\d+\s+\| -", out, re.M)
    assert re.search(r"^\| 40\s+\| \d+\s+\| \d+\.\d+\s+\| \d+\.\dx\s+\| -\s+\| -", out, re.M)  # no LexRank


@pytest.mark.issue(4)
def test_conflict_injection_runs_on_a_few_stories(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench(["conflicts", "--dataset", "duc2004", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    for kind in ("number", "name"):  # the first three stories have no date to change
        assert re.search(rf"^\| duc2004\s+\| {kind}\s+\| \d+\s+\| \d+\s+\| [01]\.\d+", out, re.M)
    assert re.search(r"^\| duc2004\s+\| 3\s+\| \d+", out, re.M)  # conflicts on the unmodified stories


@pytest.mark.issue(5)
def test_the_lsa_baseline_ranks_the_same_under_any_hash_seed(data_dir: Path) -> None:
    """sumy numbered LSA's term rows in set order, which changed with PYTHONHASHSEED."""
    script = (
        "from bench._baselines import sumy_ranker; from bench.summaries import clusters; "
        "rank = sumy_ranker('lsa'); "
        "print([rank([a for a in c.articles if not a.duplicate_of]) for c in clusters('duc2004', limit=2)])"
    )
    root = Path(__file__).resolve().parents[1]
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed, "NEWSWEAVE_DATA": str(data_dir)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    ]
    assert runs[0].startswith("[[") and runs[0] == runs[1] == runs[2]


@pytest.mark.issue(5)
def test_the_summary_table_ends_with_paired_bootstrap_margins_and_can_split_by_sources(data_dir: Path) -> None:
    from bench.summaries import (
        PROTOCOLS,
        by_sources,
        clusters,
        evaluate,
        margins,
        paired_bootstrap,
    )
    from newsweave.independence import count_independent

    # a steady lead has an interval that excludes zero; an even trade has one that contains it
    mean, low, high = paired_bootstrap([2.0, 3.0, 4.0, 5.0] * 10, [1.0, 2.0, 3.0, 4.0] * 10)
    assert (mean, low, high) == (1.0, 1.0, 1.0)
    mean, low, high = paired_bootstrap([1.0, 0.0] * 20, [0.0, 1.0] * 20)
    assert mean == 0.0 and low < 0.0 < high
    assert paired_bootstrap([1.0, 3.0, 2.0], [0.0, 0.0, 5.0]) == paired_bootstrap([1.0, 3.0, 2.0], [0.0, 0.0, 5.0])

    protocol = PROTOCOLS["multinews"]
    items = clusters("multinews", 6, root=data_dir)
    scores: dict[str, dict[str, list[float]]] = {}
    means = {}
    for name in ("ours", "lead"):
        means[name] = evaluate(name, items, protocol, per_cluster=scores.setdefault(name, {}))
    assert all(len(v) == 6 for s in scores.values() for v in s.values())
    lines = margins(protocol, scores)
    assert len(lines) == 3 and lines[0].startswith("- R-1: ours - lead = ")
    shown = float(lines[0].split("= ")[1].split(" ")[0])
    assert shown == pytest.approx(means["ours"]["rouge1"] - means["lead"]["rouge1"], abs=0.006)

    # the table by sources: one row per system and bucket, the buckets covering every cluster
    rows = [line.split("|")[1:-1] for line in by_sources(protocol, items, scores).splitlines()[2:]]
    assert {r[2].strip() for r in rows} == {"ours", "lead"}
    assert sum(int(r[1]) for r in rows if r[2].strip() == "ours") == 6
    sources = [count_independent(c.articles) for c in items]
    assert all(n >= 1 for n in sources) and len(set(sources)) > 1


@pytest.mark.issue(5)
def test_baselines_in_whole_sentences_fit_the_budget_and_cut_nothing(data_dir: Path) -> None:
    from bench.summaries import PROTOCOLS, clusters, cut, system

    # the held-out AllSides stories read like the validation ones: three leads, one roundup
    protocol = PROTOCOLS["allsides-train"]
    items = clusters("allsides-train", 12, root=data_dir)
    assert len(items) == 12 and all(len(c.articles) == 3 and c.references[0] for c in items)
    fuller = 0
    for c in items:
        sentences = {s.text for a in c.articles for s in a.sentences}
        for name in ("lead", "textrank"):
            whole = system(name, protocol, whole=True)(c.articles)
            filled = system(name, protocol)(c.articles)
            assert len(whole.split()) <= protocol.budget and cut(whole, protocol) == whole
            left = whole  # made of the articles' sentences, every one whole
            for sentence in sorted(sentences, key=len, reverse=True):
                left = left.replace(sentence, "", 1)
            assert whole and not left.strip()
            fuller += len(cut(filled, protocol).split()) > len(whole.split())
    assert fuller >= 12  # the protocol's cut gives the baselines words no whole sentence fits


@pytest.mark.issue(5)
def test_allsides_headlines_apart_are_titles_and_never_summary_sentences(data_dir: Path) -> None:
    """AllSides joins each lead's headline to it with "..": as the protocol reads the documents,
    the headline is the lead's first sentence and every system may take it; ``titles_apart``
    gives it as the article's title, which no summary sentence is."""
    from bench.summaries import PROTOCOLS, clusters, system

    protocol = PROTOCOLS["allsides-train"]
    joined = clusters("allsides-train", 12, root=data_dir)
    apart = clusters("allsides-train", 12, root=data_dir, titles_apart=True)
    headlines = 0
    for j, a in zip(joined, apart, strict=True):
        for x, y in zip(j.articles, a.articles, strict=True):
            assert y.title and y.title not in {s.text for s in y.sentences}
            # joined: the headline's sentences, then the lead's (whose dateline stays inside it)
            assert x.sentences[0].text.startswith(y.title.split()[0]) and len(x.sentences) > len(y.sentences)
            assert x.sentences[-1].text == y.sentences[-1].text
        titles = {x.title for x in a.articles}
        summary = system("ours", protocol)(a.articles)
        assert summary and not any(t in summary for t in titles)
        headlines += any(x.sentences[0].text in system("ours", protocol)(j.articles) for x in j.articles)
    assert headlines >= 2  # read joined, ours takes headlines as sentences


@pytest.mark.issue(2)
def test_analyze_speed_runs_with_and_without_the_pool(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench(["analyze_speed", "--docs", "30", "--workers", "2"]) == 0
    out = capsys.readouterr().out
    assert "the reports of every run are identical" in out
    assert re.search(r"^\| 30\s+\| 2\s+\| \d+", out, re.M) and re.search(r"^\| 30\s+\| 1\s+\| \d+", out, re.M)


@pytest.mark.issue(5)
def test_citations_are_judged_against_people_s_readings_beside_a_tf_idf_baseline(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """BASIL's judged pairs: ours cites more of the pairs that state the same fact than the
    most similar sentence by TF-IDF does, and fewer that state another fact than citing all."""
    from bench.citations import evaluate

    floors = json.loads((Path(__file__).parent / "floors" / "citations.json").read_text())["basil"]
    systems, judged, found, _ = evaluate("basil")
    assert found == judged > 40
    ours, tfidf, every = systems["ours"], systems["tf-idf"], systems["cite all"]
    assert ours["same"] > tfidf["same"]
    assert ours["other"] / sum(ours.values()) < every["other"] / sum(every.values())
    assert ours["other"] / sum(ours.values()) <= floors["other_share"]
    assert ours["same"] / every["same"] >= floors["same_cited"]
    assert sum(every.values()) == found
    assert bench(["citations", "--dataset", "allsides"]) == 0
    out = capsys.readouterr().out
    assert "| ours " in out and "| tf-idf " in out and "judged pairs found" in out


@pytest.mark.issue(4)
def test_the_claim_table_s_pairs_are_judged_against_people_s_readings_beside_a_tf_idf_baseline(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """BASIL's judged alignment pairs: the claim table puts in one claim at least as many of the
    pairs that state the same fact as TF-IDF's mutual best matches do, and fewer that state
    another fact than pairing all; the floors hold."""
    from bench.alignment import evaluate

    floors = json.loads((Path(__file__).parent / "floors" / "alignment.json").read_text())["basil"]
    systems, judged, found = evaluate("basil")
    assert found == judged > 20
    ours, tfidf, every = systems["claim table"], systems["tf-idf"], systems["all pairs"]
    assert ours["same"] >= tfidf["same"]
    assert ours["other"] / sum(ours.values()) < every["other"] / sum(every.values())
    assert ours["other"] / sum(ours.values()) <= floors["other_share"]
    assert ours["same"] / every["same"] >= floors["same_paired"]
    assert bench(["alignment", "--dataset", "allsides"]) == 0
    out = capsys.readouterr().out
    assert "| claim table " in out and "| tf-idf " in out and "judged pairs found" in out
