"""The claim table's alignment against people's judgments: do two sentences it puts in one claim tell one fact?

``python -m bench alignment [--dataset basil|duc2004|multinews|allsides] [--file citations|alignment]``

Pairs of sentences of two articles of one story, each judged blind, from the two texts alone, by
one of the project's helpers acting as a fact-checker: ``same`` (the same fact, a figure told
differently included), ``part`` (part of it) or ``other`` (another fact). Two files of judgments
(``--file``), both naming a story's sentences by ``bench.citations.fingerprint``:

- ``alignment`` (``bench/judged/alignment.jsonl``): 240 pairs drawn on 2026-12-05 (thirtieth
  session) from the 657 stories of BASIL, DUC 2004, the Multi-News sample and AllSides val, each
  run as one story: 165 at random among the pairs of a claim's shown sentence and another
  article's sentence in that claim, and 75 among each sentence's most similar sentence of another
  article (TF-IDF cosine of 0.3 or more) that no claim held with it; sentences word for word the
  same were left out;
- ``citations``: the summary citation judgments of ``python -m bench citations``.

For each pair whose sentences the current cleaning still gives, each system says whether it
pairs them:

- ``claim table``: a claim of ``newsweave.pipeline.analyze_story`` (the story as one) cites both;
- ``tf-idf``: each is the other's most similar sentence in its article by TF-IDF cosine
  (scikit-learn, English stop words, fitted on the story's sentences), at least
  ``TFIDF_THRESHOLD``: the usual sentence alignment of multi-document systems;
- ``all pairs``: every judged pair, the share of each judgment.

The alignment pairs lean to what the claim table pairs (165 of 240), so their shares are not
those of all pairs of a story; the systems are compared on the same pairs.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bench._common import machine, read_jsonl, table
from bench.citations import JUDGED as CITATIONS
from bench.citations import counts_row, judged_stories

ALIGNMENT = Path(__file__).parent / "judged" / "alignment.jsonl"
FILES = {"alignment": ALIGNMENT, "citations": CITATIONS}
TFIDF_THRESHOLD = 0.3


def _mutual_best(articles: list, pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The pairs whose sentences are each other's most similar in their articles (TF-IDF)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    sentences = [(a.id, s) for a in articles if not a.duplicate_of for s in a.sentences]
    row = {s.id: n for n, (_, s) in enumerate(sentences)}
    article = {s.id: a for a, s in sentences}
    similarity = cosine_similarity(TfidfVectorizer(stop_words="english").fit_transform([s.text for _, s in sentences]))

    def best(n: int, other: str) -> int:
        return max((m for m, (a, _) in enumerate(sentences) if a == other), key=lambda m: similarity[n, m])

    out = set()
    for x, y in pairs:
        if x in row and y in row and similarity[row[x], row[y]] >= TFIDF_THRESHOLD:
            if best(row[x], article[y]) == row[y] and best(row[y], article[x]) == row[x]:
                out.add((x, y))
    return out


def evaluate(dataset: str | None = None, file: str = "alignment") -> tuple[dict[str, Counter], int, int]:
    """Per system, the judged pairs it pairs by judgment; the number of judged pairs and of those
    found."""
    from newsweave.options import Options
    from newsweave.pipeline import analyze_story

    rows = [r for r in read_jsonl(FILES[file]) if dataset in (None, r["dataset"])]
    systems = {name: Counter() for name in ("claim table", "tf-idf", "all pairs")}
    found = 0
    for articles, pairs in judged_stories(rows):
        found += len(pairs)
        claims = analyze_story(articles, Options()).stories[0].claims
        together = {(x, y) for c in claims for x in c.sentences for y in c.sentences if x != y}
        baseline = _mutual_best(articles, [(x, y) for x, y, _ in pairs])
        for x, y, label in pairs:
            systems["all pairs"][label] += 1
            if (x, y) in together:
                systems["claim table"][label] += 1
            if (x, y) in baseline:
                systems["tf-idf"][label] += 1
    return systems, len(rows), found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench alignment", description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=("basil", "duc2004", "multinews", "allsides"))
    parser.add_argument("--file", choices=tuple(FILES), default="alignment")
    args = parser.parse_args(argv)
    systems, judged, found = evaluate(args.dataset, args.file)
    same = systems["all pairs"]["same"]
    rows = [counts_row(name, c, same) for name, c in systems.items()]
    what = f"{args.file} judgments, {args.dataset or 'all sets'}"
    print(f"### Alignment: {what}, {found} of {judged} judged pairs found ({machine()})\n")
    print(table(["system", "paired", "same", "part", "other", "share another fact", "same-fact pairs paired"], rows))
    return 0
