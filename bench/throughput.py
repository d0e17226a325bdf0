"""Throughput of read + clean + dedupe + cluster on Reuters-21578, and how cost grows with n.

    python -m bench throughput [--sizes 1000,5000,all] [--workers N] [--baseline-sizes 1000,2000]

Reads ``reuters21578/reuters21578.jsonl.gz`` through the same reader users get (``read_file``:
JSONL, then ``clean_many``), keeps the articles with a body (19,043), and times each stage at each
size (the first n articles of the file). The time per article at each size shows whether cost grows
linearly. Every size runs twice in the same command: with ``--workers`` processes (default: one per
available core, as ``Options``) and with one (everything in-process), so the gain of the pool is
measured on the same machine at the same time; the two runs must give the same duplicates and
stories, which is checked. Baseline in the same run: the all-pairs alternative for the clustering
stage (TF-IDF + average-linkage agglomerative clustering, scipy), whose time grows quadratically,
at two small sizes. The last column splits the CPU time of clean + dedupe + cluster between this
process and the worker processes: on a machine whose cores are busy, or are two threads of one
core, the workers' CPU time grows past the in-process time of the same work.
"""

from __future__ import annotations

import argparse
import os
import time

from bench._common import data_dir, machine, table
from newsweave.clean import clean_many
from newsweave.cluster import StoryClusterer
from newsweave.dedupe import mark_duplicates
from newsweave.ingest import read_file
from newsweave.model import Article, RawArticle
from newsweave.options import Options
from newsweave.parallel import worker_count


def read_raw(limit: int | None) -> tuple[list[RawArticle], float]:
    options = Options()
    start = time.perf_counter()
    raws = [
        r
        for r in read_file(data_dir() / "reuters21578" / "reuters21578.jsonl.gz", options)
        if isinstance(r, RawArticle)
    ]
    return raws[:limit] if limit else raws, time.perf_counter() - start


def run(raws: list[RawArticle], workers: int) -> dict:
    options = Options(workers=workers)
    t0, c0 = time.perf_counter(), os.times()
    articles = [a for a in clean_many(raws, options) if isinstance(a, Article)]
    t1 = time.perf_counter()
    mark_duplicates(articles, options)
    t2 = time.perf_counter()
    clusterer = StoryClusterer(workers=workers).fit(articles)
    t3, c3 = time.perf_counter(), os.times()
    return {
        "n": len(articles),
        "clean": t1 - t0,
        "dedupe": t2 - t1,
        "cluster": t3 - t2,
        # CPU seconds of this process and of the worker processes (counted once they have ended)
        "cpu": (
            c3.user + c3.system - c0.user - c0.system,
            c3.children_user + c3.children_system - c0.children_user - c0.children_system,
        ),
        "output": ([a.duplicate_of for a in articles], clusterer.labels_),
    }


def agglomerative_seconds(raws: list[RawArticle]) -> float:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist
    from sklearn.feature_extraction.text import TfidfVectorizer

    start = time.perf_counter()
    x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([r.text for r in raws])
    tree = linkage(pdist(x.toarray(), metric="cosine"), method="average")
    fcluster(tree, t=0.8, criterion="distance")
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench throughput", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,all")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--baseline-sizes", default="1000,2000")
    args = parser.parse_args(argv)
    workers = worker_count(args.workers)

    everything, read_seconds = read_raw(None)
    per_article_read = read_seconds / len(everything)
    rows = []
    for size in args.sizes.split(","):
        n = len(everything) if size == "all" else int(size)
        raws = everything[:n]
        runs = {count: run(raws, count) for count in dict.fromkeys([workers, 1])}
        if len({repr(r["output"]) for r in runs.values()}) != 1:
            raise SystemExit(f"workers={workers} and workers=1 gave different duplicates or stories on {n} articles")
        for count, stages in runs.items():
            read = per_article_read * len(raws)  # the file is read once; its cost is shared pro rata
            total = read + stages["clean"] + stages["dedupe"] + stages["cluster"]
            rows.append(
                [
                    f"{stages['n']:,}",
                    str(count),
                    f"{read:.2f}",
                    f"{stages['clean']:.2f}",
                    f"{stages['dedupe']:.2f}",
                    f"{stages['cluster']:.2f}",
                    f"{total:.2f}",
                    f"{stages['n'] / total:,.0f}",
                    f"{1e3 * total / stages['n']:.3f}",
                    f"{stages['cpu'][0]:.2f} / {max(stages['cpu'][1], 0.0):.2f}",
                ]
            )
    headers = ["articles", "workers", "read s", "clean s", "dedupe s", "cluster s", "total s", "articles/s"]
    print(table([*headers, "ms/article", "cpu s: main / workers"], rows))

    base = []
    for size in args.baseline_sizes.split(","):
        n = int(size)
        seconds = agglomerative_seconds(everything[:n])
        base.append([f"{n:,}", f"{seconds:.2f}", f"{1e3 * seconds / n:.3f}"])
    print("\nbaseline: TF-IDF + average-linkage agglomerative (all pairs), clustering stage only")
    print(table(["articles", "seconds", "ms/article"], base))
    print(f"\ncommand: python -m bench throughput {' '.join(argv)}\nmachine: {machine()}")
    return 0
