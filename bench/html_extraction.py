"""Body-text quality of HTML ingestion on real article pages, ours beside baselines.

Data: ``html_extraction/`` (181 pages from the article-extraction benchmark, gold ``articleBody``).
Metric: per page, bag-of-tokens precision / recall / F1 over lower-cased ``\\w+`` tokens of the
extracted body against the gold body, averaged over pages.

Systems, run in the same command:
- ``newsweave``: ``read_file`` + ``clean`` (what a user gets: trafilatura with our settings, then
  our boilerplate cleaning; the title is not part of the body);
- ``trafilatura (defaults)``: ``trafilatura.extract`` with its default settings;
- ``all text (naive)``: every text node of ``<body>`` (lxml ``text_content``), no extraction.

    python -m bench html_extraction [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench._common import data_dir, machine, table

_TOKEN = re.compile(r"\w+")


def token_scores(predicted: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-tokens (precision, recall, F1) of ``predicted`` against ``gold``."""
    p = Counter(_TOKEN.findall(predicted.lower()))
    g = Counter(_TOKEN.findall(gold.lower()))
    if not p or not g:
        return (1.0, 1.0, 1.0) if not p and not g else (0.0, 0.0, 0.0)
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def pages(root: Path, limit: int | None = None) -> list[tuple[Path, str, str | None]]:
    """(file, gold body, url) of the benchmark pages, sorted by file name."""
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    files = sorted((root / "html").glob("*.html.gz"))[:limit]
    return [
        (f, gold[f.name.split(".")[0]]["articleBody"], gold[f.name.split(".")[0]].get("url")) for f in files
    ]


def ours(path: Path, url: str | None) -> str:
    """Body text through newsweave's reader and cleaner."""
    from newsweave.clean import clean
    from newsweave.ingest import read_file
    from newsweave.model import Article, RawArticle
    from newsweave.options import Options

    options = Options()
    texts = []
    for item in read_file(path, options):
        if isinstance(item, RawArticle):
            article = clean(item, options)
            if isinstance(article, Article):
                texts.append(article.text)
    return "\n\n".join(texts)


def trafilatura_default(path: Path, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"), url=url) or ""


def all_text(path: Path, url: str | None) -> str:
    import lxml.html

    root = lxml.html.fromstring(gzip.decompress(path.read_bytes()))
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    body = root.find("body")
    return (body if body is not None else root).text_content()


SYSTEMS: dict[str, Callable[[Path, str | None], str]] = {
    "newsweave": ours,
    "trafilatura (defaults)": trafilatura_default,
    "all text (naive)": all_text,
}


def evaluate(system: Callable[[Path, str | None], str], items: list[tuple[Path, str, str | None]]) -> dict:
    """Mean precision, recall, F1 and speed of one system over ``items``."""
    sums = [0.0, 0.0, 0.0]
    start = time.perf_counter()
    for path, gold, url in items:
        for i, value in enumerate(token_scores(system(path, url), gold)):
            sums[i] += value
    seconds = time.perf_counter() - start
    n = len(items)
    return {"precision": sums[0] / n, "recall": sums[1] / n, "f1": sums[2] / n, "pages_per_s": n / seconds}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench html_extraction", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (sorted by name)")
    args = parser.parse_args(argv)
    items = pages(data_dir() / "html_extraction", args.limit)
    ours(items[0][0], items[0][2])  # warm up imports so pages/s compares extraction, not loading
    rows = []
    for name, system in SYSTEMS.items():
        r = evaluate(system, items)
        rows.append([name, r["f1"], r["precision"], r["recall"], f"{r['pages_per_s']:.1f}"])
    print(
        f"HTML body extraction, {len(items)} pages (html_extraction), "
        "bag-of-tokens scores averaged per page\n"
    )
    print(table(["system", "F1", "precision", "recall", "pages/s"], rows))
    print(f"\ncommand: python -m bench html_extraction{' --limit ' + str(args.limit) if args.limit else ''}")
    print(f"machine: {machine()}")
    return 0
