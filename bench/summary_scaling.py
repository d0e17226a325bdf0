"""How the summarizer's cost grows with the size of one story, beside sumy's LexRank.

``python -m bench summary_scaling [--sizes 250,500,...] [--lexrank-max N]``

One story of the first N Reuters-21578 bodies, each article its own outlet (so N independent
sources: the case where per-source work would show). Bodies are cleaned first (not timed);
then ours (``summarize``, 200 words) and LexRank (sumy, over the same sentences, ranked as in
``python -m bench summaries``) are timed on the same story. LexRank builds a sentence-by-sentence
similarity matrix, so it runs only up to ``--lexrank-max`` articles. "growth" is the time over
the previous size's time: about 2 for each doubling when the cost grows linearly, 4 when it grows
with the square.

``--claims N`` also times, up to N articles, the claim table of the same story (``compare``,
after ``annotate_many``, which is not timed): the other per-story stage whose cost depends on
how the story's sentences relate to each other.
"""

from __future__ import annotations

import argparse
import time

from bench._baselines import sumy_ranker
from bench._common import data_dir, machine, read_jsonl, table
from newsweave.clean import clean
from newsweave.model import Article, RawArticle
from newsweave.options import Options
from newsweave.summarize import summarize


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench summary_scaling", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="125,250,500,1000,2000,4000,8000", help="story sizes in articles")
    parser.add_argument("--lexrank-max", type=int, default=250, help="largest story given to LexRank")
    parser.add_argument("--claims", type=int, default=0, help="also time the claim table up to N articles")
    args = parser.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    if not sizes or sizes[0] < 1:
        parser.error("--sizes needs positive numbers of articles")

    options = Options()
    articles: list[Article] = []
    for row in read_jsonl(data_dir() / "reuters21578" / "reuters21578.jsonl.gz"):
        if not (row.get("text") or "").strip():
            continue
        article = clean(RawArticle(input=row["id"], text=row["text"], id=row["id"]), options)
        if isinstance(article, Article):
            article.source = f"outlet {row['id']}"
            articles.append(article)
        if len(articles) >= sizes[-1]:
            break

    lexrank = sumy_ranker("lexrank")
    rows: list[list[object]] = []
    previous: dict[str, float | None] = {}
    for n in sizes:
        story = articles[:n]
        sentences = sum(len(a.sentences) for a in story)
        start = time.perf_counter()
        summarize(story, Options(summary_words=200))
        ours = time.perf_counter() - start
        theirs = None
        if n <= args.lexrank_max:
            start = time.perf_counter()
            lexrank(story)
            theirs = time.perf_counter() - start
        row: list[object] = [len(story), sentences, f"{ours:.2f}", _growth(ours, previous.get("ours"))]
        row += ["-", "-"] if theirs is None else [f"{theirs:.2f}", _growth(theirs, previous.get("lexrank"))]
        rows.append(row)
        previous = {"ours": ours, "lexrank": theirs}
    if args.claims:  # after the rest: the NLP model's many objects would slow what runs after it
        before = None
        for row, n in zip(rows, sizes, strict=True):
            claims = _claims_seconds(articles[:n], options) if n <= args.claims else None
            row += ["-", "-"] if claims is None else [f"{claims:.2f}", _growth(claims, before)]
            before = claims
    print("## Summary cost by story size: one story of N Reuters-21578 articles, each its own source\n")
    headers = ["articles", "sentences", "ours s", "ours growth", "LexRank s", "LexRank growth"]
    print(table(headers + (["claims s", "claims growth"] if args.claims else []), rows))
    print(f"\ncommand: python -m bench summary_scaling {' '.join(argv)}\nmachine: {machine()}")
    return 0


def _claims_seconds(story: list[Article], options: Options) -> float:
    from newsweave.compare import compare
    from newsweave.nlp import annotate_many

    notes = annotate_many([story], options)[0]
    start = time.perf_counter()
    compare(story, notes, options)
    return time.perf_counter() - start


def _growth(now: float, before: float | None) -> str:
    return "-" if before is None or before <= 0 else f"{now / before:.1f}x"
