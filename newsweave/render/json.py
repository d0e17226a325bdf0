"""The JSON contract "newsweave/1" (see DESIGN.md)."""

from __future__ import annotations

import json

from newsweave.model import Report


def to_json(report: Report) -> str:
    """Deterministic JSON: the same report gives byte-identical text."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
