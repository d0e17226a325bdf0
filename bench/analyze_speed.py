"""Throughput of the whole ``analyze`` with NLP on Reuters-21578, with the pool and without.

    python -m bench analyze_speed [--docs 3000] [--workers N]

The first ``--docs`` Reuters-21578 bodies are cleaned first (not timed); then ``newsweave.analyze``
runs on copies of them from dedupe to the last story: duplicates, clustering, the entity recognizer
over every paragraph, and per story its annotations (aliases, quotes, quantities, dates), claim
table, summary and timeline. It runs twice in the same command, with ``--workers`` processes
(default: one per available core, as ``Options``) and with one (everything in this process), and
the two reports must be byte-identical (checked). The model is loaded before timing.
"""

from __future__ import annotations

import argparse
import copy
import time

from bench._common import machine, reuters_articles, table
from newsweave.options import Options
from newsweave.parallel import worker_count
from newsweave.pipeline import analyze
from newsweave.render import render


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench analyze_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000, help="Reuters documents with a body (default 3000)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    args = parser.parse_args(argv)
    from newsweave.nlp.spacy_model import load_model

    articles = reuters_articles(args.docs)
    load_model()
    words = sum(len(s.text.split()) for a in articles for s in a.sentences)

    rows = []
    reports = {}
    for count in dict.fromkeys([worker_count(args.workers), 1]):
        start = time.perf_counter()
        report = analyze(copy.deepcopy(articles), Options(workers=count))
        seconds = time.perf_counter() - start
        reports[count] = render(report, "json")
        claims = sum(len(s.claims) for s in report.stories)
        rows.append(
            [
                f"{len(articles):,}",
                str(count),
                f"{len(report.stories):,}",
                f"{claims:,}",
                f"{seconds:.1f}",
                f"{len(articles) / seconds:,.0f}",
                f"{words / seconds:,.0f}",
            ]
        )
    if len(set(reports.values())) != 1:
        raise SystemExit(f"workers={list(reports)} gave different reports on {len(articles)} articles")
    print(f"Reuters-21578: {len(articles)} articles, {words} words; the reports of every run are identical\n")
    print(table(["articles", "workers", "stories", "claims", "seconds", "articles/s", "words/s"], rows))
    print(f"\ncommand: python -m bench analyze_speed {' '.join(argv)}\nmachine: {machine()}")
    return 0
