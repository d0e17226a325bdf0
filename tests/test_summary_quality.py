"""Quality gate of the cited summary on real clusters (floors pinned in tests/floors/summaries.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.summaries import PROTOCOLS, clusters, evaluate

FLOORS = json.loads((Path(__file__).parent / "floors" / "summaries.json").read_text(encoding="utf-8"))


@pytest.mark.issue(5)
@pytest.mark.parametrize("dataset", ["duc2004", "multinews", "allsides"])
def test_summary_rouge_stays_above_floor_and_lead(dataset: str, data_dir: Path) -> None:
    floors = FLOORS[dataset]
    protocol = PROTOCOLS[dataset]
    assert protocol.measure == floors["measure"]
    items = clusters(dataset, floors["clusters"], root=data_dir)
    assert len(items) == floors["clusters"]
    ours = evaluate("ours", items, protocol)
    lead = evaluate("lead", items, protocol)
    for metric in protocol.metrics:
        assert ours[metric] >= floors[metric], (
            f"{dataset} {metric} {ours[metric]:.2f} < floor {floors[metric]}"
        )
    for metric in floors["beat_lead"]:
        assert ours[metric] >= lead[metric], (
            f"{dataset} {metric}: ours {ours[metric]:.2f} < lead {lead[metric]:.2f}"
        )
