"""Quality floor of HTML ingestion on real article pages (pinned in tests/floors/html.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.html_extraction import evaluate, ours, pages

FLOORS = json.loads((Path(__file__).parent / "floors" / "html.json").read_text(encoding="utf-8"))


@pytest.mark.issue(2)
def test_body_text_f1_stays_above_the_pinned_floor(data_dir: Path) -> None:
    items = pages(data_dir / "html_extraction", FLOORS["pages"])
    assert len(items) == FLOORS["pages"]
    result = evaluate(ours, items)
    for metric in ("f1", "precision", "recall"):
        assert result[metric] >= FLOORS[metric], f"{metric} {result[metric]:.3f} < floor {FLOORS[metric]}"
