"""Summary quality: ours beside lead, LexRank, TextRank, LSA and random, same clusters, same run.

``python -m bench summaries --dataset duc2004|multinews|allsides|allsides-train [--limit N]
[--systems a,b] [--by-sources] [--whole-sentences] [--titles-apart]``

Protocols:

- DUC 2004 Task 2 (50 clusters of 10 newswire documents, 4 references): summaries truncated to
  665 bytes; ROUGE-1 and ROUGE-2 recall, Porter stemming, stopwords kept; each summary is scored
  against each of the 4 references and the scores averaged.
- Multi-News validation sample (250 clusters, 1 reference): 260 words; ROUGE-1/2/L F1.
- AllSides validation (307 stories, three leads each, an editors' neutral roundup): 60 words;
  ROUGE-1/2/L F1.
- AllSides train (``allsides-train``, 2,452 stories), the same protocol: the summarizer's
  settings were chosen on the sets above (these stories only checked a few choices afterwards),
  so this is the check on stories it was not tuned to.

Documents go through the path users get: ``clean`` then ``mark_duplicates``. Ours is the product
(whole sentences within the budget); baselines fill the budget with sentences in their order of
preference; every summary is then truncated to the budget as the protocol says. Speed is
clusters per second of the summarizer alone (cleaning is shared and not counted).
``--whole-sentences`` holds the baselines to ours's rule instead: sentences that fit in what is
left of the budget, in their order of preference, none cut; it shows how much of a baseline's
score is the part-sentence the protocol's cut lets it end on. ``--titles-apart`` (AllSides) gives
each lead's headline, which the dataset joins to the lead with "..", as the article's title, as a
user's JSONL would: no system can then take a headline as a summary sentence, which the
protocol's documents let every system do.

Below the table, ours against the best other system on each measure: the mean difference per
cluster with its 95% confidence interval from a paired bootstrap (Koehn 2004; 2,000 resamples of
the clusters, fixed seed), so a lead that the choice of clusters could erase shows as such.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench._baselines import lead, random_order, sumy_ranker
from bench._common import data_dir, machine, read_jsonl, table
from bench._rouge import Rouge, truncate_bytes, truncate_words
from newsweave.clean import clean
from newsweave.dedupe import mark_duplicates
from newsweave.independence import count_independent
from newsweave.model import Article, RawArticle
from newsweave.options import Options
from newsweave.summarize import summarize


@dataclass(frozen=True)
class Protocol:
    path: str
    unit: str  # "bytes" or "words"
    budget: int
    measure: str  # "recall" or "F1"
    metrics: tuple[str, ...]
    note: str
    title_join: str | None = None
    """What joins each document's headline to its text, if one does (``--titles-apart``)."""


PROTOCOLS = {
    "duc2004": Protocol(
        "duc2004/duc2004_task2.jsonl",
        "bytes",
        665,
        "recall",
        ("rouge1", "rouge2"),
        "ROUGE recall, stemmed, stopwords kept, mean over 4 references; summaries cut to 665 bytes",
    ),
    "multinews": Protocol(
        "multinews/multinews_validation_sample.jsonl",
        "words",
        260,
        "F1",
        ("rouge1", "rouge2", "rougeL"),
        "ROUGE F1, stemmed; summaries cut to 260 words",
    ),
    "allsides": Protocol(
        "allsides/allsides_val.jsonl",
        "words",
        60,
        "F1",
        ("rouge1", "rouge2", "rougeL"),
        "ROUGE F1, stemmed; summaries cut to 60 words",
        ".. ",
    ),
    "allsides-train": Protocol(
        "allsides/allsides_train.jsonl",
        "words",
        60,
        "F1",
        ("rouge1", "rouge2", "rougeL"),
        "ROUGE F1, stemmed; summaries cut to 60 words; stories the settings were not tuned on",
        ".. ",
    ),
}

LABEL = {"rouge1": "R-1", "rouge2": "R-2", "rougeL": "R-L"}
"""How the tables name the ROUGE measures."""

SYSTEMS = ("ours", "lead", "lexrank", "textrank", "lsa", "random")


@dataclass
class Cluster:
    id: str
    articles: list[Article]
    references: list[str]


def clusters(
    dataset: str, limit: int | None = None, root: Path | None = None, titles_apart: bool = False
) -> list[Cluster]:
    """The dataset's clusters, documents cleaned and de-duplicated as for a user. ``titles_apart``:
    a document's headline, where the dataset joins it to the text (``Protocol.title_join``), is
    given as the article's title, as a user's JSONL or feed would give it, not as its first
    sentence."""
    protocol = PROTOCOLS[dataset]
    options = Options()
    out = []
    for n, row in enumerate(read_jsonl((root or data_dir()) / protocol.path)):
        if limit is not None and n >= limit:
            break
        articles = []
        for i, doc in enumerate(row["documents"]):
            title = None
            if titles_apart and protocol.title_join and protocol.title_join in doc:
                title, doc = doc.split(protocol.title_join, 1)
            article = clean(RawArticle(input=f"{row['id']}/d{i}", text=doc, id=f"d{i}", title=title), options)
            if isinstance(article, Article):
                articles.append(article)
        mark_duplicates(articles, options)
        references = [r.removeprefix("– ").strip() for r in row["summaries"]]
        out.append(Cluster(str(row["id"]), articles, references))
    return out


def ours(protocol: Protocol) -> Callable[[list[Article]], str]:
    options = (
        Options(summary_bytes=protocol.budget)
        if protocol.unit == "bytes"
        else Options(summary_words=protocol.budget)
    )

    def run(articles: list[Article]) -> str:
        return " ".join(s.text for s in summarize(articles, options))

    return run


def filled(
    ranker: Callable[[list[Article]], list[str]], protocol: Protocol, whole: bool = False
) -> Callable[[list[Article]], str]:
    """A baseline's preferred sentences, as many as it takes to reach the budget (the protocol
    then cuts the last one). ``whole``: only sentences that fit in what is left, in the order of
    preference, none cut, as ours (``--whole-sentences``)."""

    def run(articles: list[Article]) -> str:
        originals = [a for a in articles if not a.duplicate_of]
        parts: list[str] = []
        size = 0
        for text in ranker(originals):
            cost = len(text.encode("utf-8")) + 1 if protocol.unit == "bytes" else len(text.split())
            if whole and size + cost > protocol.budget + (1 if protocol.unit == "bytes" else 0):
                continue
            parts.append(text)
            size += cost
            if size >= protocol.budget:
                break
        return " ".join(parts)

    return run


def system(name: str, protocol: Protocol, seed: int = 0, whole: bool = False) -> Callable[[list[Article]], str]:
    if name == "ours":
        return ours(protocol)
    if name == "lead":
        return filled(lead, protocol, whole)
    if name == "random":
        return filled(random_order(seed), protocol, whole)
    return filled(sumy_ranker(name), protocol, whole)


def cut(text: str, protocol: Protocol) -> str:
    return (
        truncate_bytes(text, protocol.budget)
        if protocol.unit == "bytes"
        else truncate_words(text, protocol.budget)
    )


def evaluate(
    name: str,
    items: list[Cluster],
    protocol: Protocol,
    rouge: Rouge | None = None,
    per_cluster: dict[str, list[float]] | None = None,
    whole: bool = False,
) -> dict[str, float]:
    """Mean scores (percent) of one system over the clusters, and its clusters per second.

    ``per_cluster``, if given, receives each measure's score (percent) on every cluster, in order;
    ``whole`` gives the baselines whole sentences only (``filled``).
    """
    rouge = rouge or Rouge(protocol.metrics)
    found: dict[str, list[float]] = {m: [] for m in protocol.metrics}
    field = 0 if protocol.measure == "recall" else 2
    elapsed = 0.0
    for n, cluster in enumerate(items):
        run = system(name, protocol, seed=n, whole=whole)
        start = time.perf_counter()
        summary = run(cluster.articles)
        elapsed += time.perf_counter() - start
        scores = rouge.score(cut(summary, protocol), cluster.references)
        for m in protocol.metrics:
            found[m].append(100 * scores[m][field])
    if per_cluster is not None:
        per_cluster.update(found)
    out = {m: sum(v) / len(items) for m, v in found.items()}
    out["clusters/s"] = len(items) / elapsed if elapsed else float("inf")
    return out


RESAMPLES = 2000


def paired_bootstrap(ours: list[float], other: list[float], seed: int = 0) -> tuple[float, float, float]:
    """Mean of ``ours - other`` over the clusters and its 95% percentile interval, from
    ``RESAMPLES`` resamples of the clusters with replacement (the same clusters for both systems:
    a paired test). Deterministic for a seed.

    >>> paired_bootstrap([3.0, 5.0, 4.0], [3.0, 5.0, 4.0])
    (0.0, 0.0, 0.0)
    """
    diff = np.asarray(ours, float) - np.asarray(other, float)
    picks = np.random.default_rng(seed).integers(0, len(diff), (RESAMPLES, len(diff)))
    means = diff[picks].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(diff.mean()), float(low), float(high)


def margins(protocol: Protocol, scores: dict[str, dict[str, list[float]]]) -> list[str]:
    """Lines comparing ours with the best other system on each measure (``paired_bootstrap``)."""
    others = [name for name in scores if name != "ours"]
    if "ours" not in scores or not others:
        return []
    lines = []
    for m in protocol.metrics:
        best = max(others, key=lambda name: sum(scores[name][m]))
        mean, low, high = paired_bootstrap(scores["ours"][m], scores[best][m])
        lines.append(f"- {LABEL[m]}: ours - {best} = {mean:+.2f} (95% CI {low:+.2f} to {high:+.2f})")
    return lines


def by_sources(protocol: Protocol, items: list[Cluster], scores: dict[str, dict[str, list[float]]]) -> str:
    """A table of each system's mean scores on the clusters of 1, 2 and 3 or more independent
    sources (``count_independent``, the story's figure in the report)."""
    bucket = [min(count_independent(c.articles), 3) for c in items]
    rows = []
    for b in (1, 2, 3):
        members = [i for i, x in enumerate(bucket) if x == b]
        if not members:
            continue
        for name, found in scores.items():
            means = (sum(found[m][i] for i in members) / len(members) for m in protocol.metrics)
            rows.append([f"{b}+" if b == 3 else str(b), len(members), name, *(f"{v:.2f}" for v in means)])
    return table(["sources", "clusters", "system", *(LABEL[m] for m in protocol.metrics)], rows)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench summaries", description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=sorted(PROTOCOLS), required=True)
    parser.add_argument("--limit", type=int, help="only the first N clusters")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated: " + ",".join(SYSTEMS))
    parser.add_argument(
        "--by-sources", action="store_true", help="also a table by independent sources per cluster (1, 2, 3+)"
    )
    parser.add_argument(
        "--whole-sentences",
        action="store_true",
        help="baselines take whole sentences that fit, none cut at the budget (as ours must)",
    )
    parser.add_argument(
        "--titles-apart",
        action="store_true",
        help="AllSides: each lead's headline is its article's title, not its first sentence",
    )
    args = parser.parse_args(argv)
    protocol = PROTOCOLS[args.dataset]
    if args.titles_apart and not protocol.title_join:
        parser.error(f"--titles-apart: the documents of {args.dataset} do not join a headline to their text")
    names = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = set(names) - set(SYSTEMS)
    if unknown:
        parser.error(f"unknown systems {sorted(unknown)}; choose from {','.join(SYSTEMS)}")

    items = clusters(args.dataset, args.limit, titles_apart=args.titles_apart)
    rouge = Rouge(protocol.metrics)
    rows = []
    scores: dict[str, dict[str, list[float]]] = {}
    for name in names:
        result = evaluate(name, items, protocol, rouge, scores.setdefault(name, {}), args.whole_sentences)
        rows.append([name, *(f"{result[m]:.2f}" for m in protocol.metrics), f"{result['clusters/s']:.1f}"])
    note = protocol.note + ("; baselines in whole sentences" if args.whole_sentences else "")
    note += "; headlines as titles, not sentences" if args.titles_apart else ""
    print(f"## Summaries: {args.dataset}, {len(items)} clusters ({note})\n")
    print(
        table(["system", *(f"{LABEL[m]} {protocol.measure}" for m in protocol.metrics), "clusters/s"], rows)
    )
    lines = margins(protocol, scores)
    if lines:
        print(f"\nOurs against the best other system per measure, paired bootstrap over the {len(items)} clusters:")
        print("\n".join(lines))
    if args.by_sources:
        print(f"\nBy independent sources per cluster (`count_independent`; mean {protocol.measure}):\n")
        print(by_sources(protocol, items, scores))
    print(f"\ncommand: python -m bench summaries {' '.join(argv)}\nmachine: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
