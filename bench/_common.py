"""Shared helpers for benchmarks: where the data is, how to print a table, the machine."""

from __future__ import annotations

import gzip
import json
import os
import platform
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsweave.model import Article

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


def reuters_articles(limit: int) -> list[Article]:
    """The first ``limit`` Reuters-21578 bodies that clean into an article with sentences (the
    file's dateline given, as a reader of the collection would)."""
    from newsweave.clean import clean
    from newsweave.model import Article, RawArticle
    from newsweave.options import Options

    options = Options()
    articles: list[Article] = []
    for row in read_jsonl(data_dir() / "reuters21578" / "reuters21578.jsonl.gz"):
        if len(articles) >= limit:
            break
        if not (row.get("text") or "").strip():
            continue
        raw = RawArticle(input=row["id"], text=row["text"], id=row["id"], dateline=row.get("dateline"))
        article = clean(raw, options)
        if isinstance(article, Article) and article.sentences:
            articles.append(article)
    return articles


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
