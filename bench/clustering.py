"""Story clustering quality: B-cubed precision/recall/F1 against gold stories.

    python -m bench clustering [--dataset basil|uci|allsides|multinews|duc2004|all] [--limit N] [--curve]

Datasets (see ../shared/data/MANIFEST.md):
- basil: 150 articles (NYT, Fox News, HuffPost) in 50 gold stories, title + text + date;
- uci: 6,366 headlines in 87 gold stories, headline + publication time only;
- allsides, multinews, duc2004: the stories of the summarization sets (AllSides val, 307 stories
  of three leads; the Multi-News sample, 250; DUC 2004, 50 of ten reports), all of a set's
  articles as one batch, cleaned and de-duplicated as ``bench.summaries`` reads them. They carry
  no dates, so text alone separates stories from years apart on the same subjects; DUC 2004's
  topics include neighbouring events (several on Russia's crisis of 1998).

Baseline, run in the same command: TF-IDF (sklearn defaults, English stop words) + average-linkage
agglomerative clustering on cosine distance (scipy), scanned over distance thresholds and reported
at its best threshold — an upper bound for that baseline, since the best threshold is chosen with
the answers.

``--batches 1,3`` also clusters each set in small batches, as a user analysing a handful of
articles does: the gold stories in order, K at a time, each batch on its own (document
frequencies learned from the batch alone), B-cubed over all batches. The baseline keeps the
threshold that was best for the whole set.
"""

from __future__ import annotations

import argparse
import copy
import functools
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime

from bench._common import data_dir, machine, read_jsonl, table
from newsweave.clean import clean
from newsweave.cluster import StoryClusterer
from newsweave.dedupe import mark_duplicates
from newsweave.model import Article, RawArticle
from newsweave.options import Options


def bcubed(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998), averaged over items."""
    pairs = Counter(zip(gold, predicted, strict=True))
    gold_size = Counter(gold)
    pred_size = Counter(predicted)
    n = len(gold)
    precision = sum(c * c / pred_size[p] for (g, p), c in pairs.items()) / n
    recall = sum(c * c / gold_size[g] for (g, p), c in pairs.items()) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


UNDATED = ("allsides", "multinews", "duc2004")
"""The summarization sets, whose clusters are gold stories without dates."""


def load(name: str, limit: int | None = None) -> tuple[list[Article], list[str]]:
    """Articles built the way users get them (clean on a RawArticle) and their gold story labels."""
    options = Options()
    articles, gold = [], []
    if name == "basil":
        rows = list(read_jsonl(data_dir() / "basil" / "articles.jsonl"))
        for r in rows:
            raw = RawArticle(
                input=r["id"],
                id=r["id"],
                text=r["text"],
                title=r.get("title"),
                source=r.get("source"),
                published=r.get("date"),
            )
            articles.append(clean(raw, options))
            gold.append(r["story"])
    elif name in UNDATED:
        from bench.summaries import clusters

        for cluster in clusters(name):
            for a in cluster.articles:
                a.id = f"{cluster.id}/{a.id}"
                articles.append(a)
                gold.append(cluster.id)
    else:
        rows = list(read_jsonl(data_dir() / "uci_news_aggregator" / "headlines_head.jsonl"))
        for r in rows:
            moment = datetime.fromtimestamp(r["date_ms"] / 1000, tz=UTC).isoformat()
            raw = RawArticle(
                input=r["id"],
                id=r["id"],
                text=r["title"],
                title=r["title"],
                source=r.get("source"),
                published=moment,
            )
            articles.append(clean(raw, options))
            gold.append(r["story"])
    keep = [i for i, a in enumerate(articles) if isinstance(a, Article)]
    articles = [articles[i] for i in keep]
    gold = [gold[i] for i in keep]
    if limit:
        articles, gold = articles[:limit], gold[:limit]
    return articles, gold


def ours(
    articles: list[Article], threshold: float | None = None, bursts: bool = True
) -> tuple[list[str], float]:
    for a in articles:
        a.duplicate_of = None
    start = time.perf_counter()
    mark_duplicates(articles, Options())
    labels = StoryClusterer(threshold=threshold, bursts=bursts).fit(articles).labels_
    return labels, time.perf_counter() - start


def baseline(articles: list[Article], gold: list[str]) -> tuple[float, tuple[float, float, float], float]:
    """TF-IDF + average linkage at its best distance threshold; returns threshold, scores, seconds."""
    from scipy.cluster.hierarchy import fcluster

    start = time.perf_counter()
    tree = _average_link_tree(articles)
    elapsed = time.perf_counter() - start
    best = (0.0, (0.0, 0.0, 0.0))
    for t in [i / 20 for i in range(4, 20)]:
        labels = [str(v) for v in fcluster(tree, t=t, criterion="distance")]
        scores = bcubed(gold, labels)
        if scores[2] > best[1][2]:
            best = (t, scores)
    return best[0], best[1], elapsed


def _average_link_tree(articles: list[Article]):  # noqa: ANN202 - scipy's linkage matrix
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import pdist
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [(a.title or "") + " " + a.text for a in articles]
    x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts).toarray()
    return linkage(pdist(x, metric="cosine"), method="average")


def average_link(articles: list[Article], threshold: float) -> list[str]:
    """The baseline's stories at one distance threshold."""
    from scipy.cluster.hierarchy import fcluster

    if len(articles) < 2:
        return ["1"] * len(articles)
    return [str(v) for v in fcluster(_average_link_tree(articles), t=threshold, criterion="distance")]


def in_batches(
    articles: list[Article], gold: list[str], k: int, cluster: Callable[[list[Article]], list[str]]
) -> tuple[float, float, float]:
    """B-cubed of clustering the gold stories ``k`` at a time, each batch on its own."""
    order = list(dict.fromkeys(gold))
    predicted: list[str] = []
    truth: list[str] = []
    for start in range(0, len(order), k):
        stories = set(order[start : start + k])
        batch = [i for i, g in enumerate(gold) if g in stories]
        labels = cluster([copy.copy(articles[i]) for i in batch])
        predicted += [f"{start}/{label}" for label in labels]
        truth += [gold[i] for i in batch]
    return bcubed(truth, predicted)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench clustering", description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=["basil", "uci", *UNDATED, "all"], default="all")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--curve", action="store_true", help="also print ours at other thresholds")
    parser.add_argument(
        "--batches", default="", metavar="K[,K...]", help="also cluster each set K gold stories at a time"
    )
    args = parser.parse_args(argv)
    sizes = [int(k) for k in args.batches.split(",") if k.strip()]
    batch_rows = []
    names = ["basil", "uci", *UNDATED] if args.dataset == "all" else [args.dataset]
    rows = []
    curves = defaultdict(list)
    for name in names:
        articles, gold = load(name, args.limit)
        labels, seconds = ours(articles)
        p, r, f = bcubed(gold, labels)
        rows.append([name, "newsweave (default)", p, r, f, len(set(labels)), f"{seconds:.2f}"])
        labels, seconds = ours(articles, bursts=False)
        p, r, f = bcubed(gold, labels)
        rows.append([name, "newsweave, arrival bursts off", p, r, f, len(set(labels)), f"{seconds:.2f}"])
        t, (bp, br, bf), bsec = baseline(articles, gold)
        rows.append([name, f"TF-IDF + average link (best t={t:.2f})", bp, br, bf, "", f"{bsec:.2f}"])
        for k in sizes:
            p, r, f = in_batches(articles, gold, k, lambda batch: ours(batch)[0])
            batch_rows.append([name, k, "newsweave (default)", p, r, f])
            p, r, f = in_batches(articles, gold, k, functools.partial(average_link, threshold=t))
            batch_rows.append([name, k, f"TF-IDF + average link (t={t:.2f}, the whole set's best)", p, r, f])
        if args.curve:
            for th in [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]:
                lab, _ = ours(articles, th)
                curves[name].append([th, *bcubed(gold, lab), len(set(lab))])
        print(f"{name}: {len(articles)} articles, {len(set(gold))} gold stories", flush=True)
    print()
    print(table(["dataset", "system", "B3 precision", "B3 recall", "B3 F1", "stories", "seconds"], rows))
    if batch_rows:
        print("\nin batches of K gold stories, each clustered on its own:")
        print(table(["dataset", "K", "system", "B3 precision", "B3 recall", "B3 F1"], batch_rows))
    for name, curve in curves.items():
        print(f"\nthreshold curve, {name}:")
        print(table(["threshold", "B3 precision", "B3 recall", "B3 F1", "stories"], curve))
    print(f"\ncommand: python -m bench clustering {' '.join(argv)}\nmachine: {machine()}")
    return 0
