"""Every benchmark command runs: those no quality test already exercises, on a few items.

The quality floors are checked in the tests of each layer; these only make sure that ``python -m
bench NAME`` still works end to end (a benchmark that fails to start measures nothing).
"""

from __future__ import annotations

import re
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


@pytest.mark.issue(4)
def test_conflict_injection_runs_on_a_few_stories(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench(["conflicts", "--dataset", "duc2004", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    for kind in ("number", "name"):  # the first three stories have no date to change
        assert re.search(rf"^\| duc2004\s+\| {kind}\s+\| \d+\s+\| \d+\s+\| [01]\.\d+", out, re.M)
    assert re.search(r"^\| duc2004\s+\| 3\s+\| \d+", out, re.M)  # conflicts on the unmodified stories
