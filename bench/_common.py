"""Shared helpers for benchmarks: where the data is, how to print a table, the machine."""

from __future__ import annotations

import gzip
import json
import os
import platform
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The evaluation data: $NEWSWEAVE_DATA, else the data folder of $NEWSWEAVE_SHARED, else
    ../shared/data beside the repository (the same rule as the tests' conftest)."""
    shared = Path(os.environ.get("NEWSWEAVE_SHARED", REPO.parent / "shared"))
    path = Path(os.environ.get("NEWSWEAVE_DATA", shared / "data"))
    if not path.is_dir():
        raise SystemExit(f"evaluation data not found at {path}; set NEWSWEAVE_DATA to its folder")
    return path


def read_jsonl(path: Path) -> Iterator[dict]:
    """Rows of a JSONL file, gzip'd or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A Markdown table, numbers formatted to 3 decimals (or as given if already text)."""

    def fmt(v: object) -> str:
        if isinstance(v, float):
            return f"{v:.3f}"
        return str(v)

    cells = [[fmt(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    return "\n".join([line, sep, *body])
