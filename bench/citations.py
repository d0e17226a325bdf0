"""Summary citations against people's judgments: does a cited sentence state the summary sentence?

``python -m bench citations [--dataset basil|duc2004|multinews|allsides] [--reading NAME]``

``bench/judged/citations.jsonl`` holds pairs of a summary sentence and a sentence of another
article, each judged blind, from the two texts alone, by one of the project's helpers acting as
a fact-checker: ``same`` (it states the same fact), ``part`` (part of it: a side detail, that
someone appeared on a programme) or ``other`` (another fact: another remark of the same speaker,
another event of the same people). A pair names its story and its two sentences by
``fingerprint`` (no article text is kept here); ``"titles": "apart"`` marks an AllSides pair
drawn from the leads with their headlines as titles, as a user's JSONL gives them
(``bench.summaries.clusters(..., titles_apart=True)``), not joined to the text as the summary
protocol reads them. The readings (``reading``):

- ``claims``: 181 pairs, cited or not, where the summary's citations and the claim table's
  groups disagreed or agreed (of 200 drawn 70 / 70 / 60), BASIL, DUC 2004, Multi-News;
- ``changes``: 97 pairs a change of the citation rules kept, dropped or added (of 129 drawn 30 /
  70 / 29), all four sets;
- ``statements``: 30 pairs, of 18 that ``summarize.STATEMENTS_BY_WORDS`` dropped and 22 citations
  drawn at random among those it kept (a pair judged twice keeps its first judgment);
- ``random``: 93 of 100 citations drawn at random among all those of the summaries of 657
  stories (BASIL, Multi-News, DUC 2004, AllSides val, each file one story) on 2026-12-05.

A pair is kept where the sentences are still those the current cleaning gives.

The first three lean to the pairs the rules had trouble with, so their shares are not those of
all citations; they compare systems on the same pairs. The ``random`` reading (``--reading
random``) gives the shares of all citations as they were drawn. For each pair whose sentences the current
cleaning still gives, each system says whether a summary taking the first sentence cites the
second:

- ``ours``: what the report would cite (``newsweave.pipeline.citations``: the summary's rules
  with the claim table's facts);
- ``ours, no recognizer``: the same without the NLP layer (``Options(nlp=False)``: names are the
  capitalised words, no claim table);
- ``tf-idf``: the most similar sentence of each other article by TF-IDF cosine (scikit-learn,
  English stop words, fitted on the story's sentences), if at least ``TFIDF_THRESHOLD``;
- ``cite all``: every judged pair, the share of each judgment.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from bench._common import machine, read_jsonl, table

JUDGED = Path(__file__).parent / "judged" / "citations.jsonl"
LABELS = ("same", "part", "other")
TFIDF_THRESHOLD = 0.3
"""The baseline's similarity bar, ours' ``summarize.SUPPORT_SIMILARITY``."""


def fingerprint(text: str) -> str:
    """A sentence's name in the judgments: the first 16 hex digits of the SHA-1 of its words."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _stories(dataset: str, wanted: set[str], titles_apart: bool = False) -> dict[str, list]:
    from newsweave.dedupe import mark_duplicates
    from newsweave.options import Options

    if dataset == "basil":
        from bench.conflicts import basil_stories

        out = {k: v for k, v in basil_stories().items() if k in wanted}
        for articles in out.values():
            mark_duplicates(articles, Options())
        return out
    from bench.summaries import clusters

    return {c.id: c.articles for c in clusters(dataset, titles_apart=titles_apart) if c.id in wanted}


def _found(articles: list, judged: list[dict]) -> list[tuple[str, str, str]]:
    """The judged pairs whose two sentences the story's original articles still give, as
    (summary sentence id, cited sentence id, judgment); the cited one from another article (wire
    copies print the same sentence)."""
    where: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a in articles:
        if not a.duplicate_of:
            for s in a.sentences:
                where[fingerprint(s.text)].append((a.id, s.id))
    out = []
    for r in judged:
        mine, theirs = where.get(r["sentence"]), where.get(r["cited"])
        if mine and theirs:
            article, sentence = mine[0]
            other = next((s for a, s in theirs if a != article), None)
            if other is not None:
                out.append((sentence, other, r["label"]))
    return out


def judged_stories(rows: list[dict]) -> Iterator[tuple[list, list[tuple[str, str, str]]]]:
    """Each judged story's articles, as the benchmarks read them, with its judged pairs whose
    sentences the current cleaning still gives (``_found``)."""
    by_story: dict[tuple[str, str, bool], list[dict]] = defaultdict(list)
    for r in rows:
        by_story[(r["dataset"], r["story"], "titles" in r)].append(r)
    for name, apart in sorted({(d, a) for d, _, a in by_story}):
        stories = _stories(name, {s for d, s, a in by_story if (d, a) == (name, apart)}, apart)
        for (d, story, a), judged in sorted(by_story.items()):
            if (d, a) == (name, apart) and story in stories:
                yield stories[story], _found(stories[story], judged)


def counts_row(name: str, c: Counter, same: int) -> list:
    """A system's row: the pairs it takes, by judgment, the share of another fact among them, and
    the share of all same-fact pairs (``same``) it takes."""
    taken = sum(c.values())
    other = c["other"] / taken if taken else 0.0
    return [name, taken, c["same"], c["part"], c["other"], other, c["same"] / same if same else 0.0]


def _tfidf(articles: list, pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The judged pairs the TF-IDF baseline cites."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    originals = [a for a in articles if not a.duplicate_of]
    sentences = [(a.id, s) for a in originals for s in a.sentences]
    matrix = TfidfVectorizer(stop_words="english").fit_transform([s.text for _, s in sentences])
    row = {s.id: n for n, (_, s) in enumerate(sentences)}
    cited = set()
    for a, b in pairs:
        if a not in row or b not in row:
            continue
        scores = cosine_similarity(matrix[row[a]], matrix).ravel()
        article = next(x for x, s in sentences if s.id == b)
        best = max((n for n, (x, _) in enumerate(sentences) if x == article), key=lambda n: scores[n])
        if sentences[best][1].id == b and scores[best] >= TFIDF_THRESHOLD:
            cited.add((a, b))
    return cited


def evaluate(
    dataset: str | None = None, reading: str | None = None
) -> tuple[dict[str, Counter], int, int, dict[str, float]]:
    """Per system, the judged pairs it cites by judgment (and ``all`` the judged pairs found);
    the number of judged pairs and of those found; seconds per story for ours."""
    from newsweave.options import Options
    from newsweave.pipeline import citations

    rows = [r for r in read_jsonl(JUDGED) if dataset in (None, r["dataset"]) and reading in (None, r["reading"])]
    systems = {name: Counter() for name in ("ours", "ours, no recognizer", "tf-idf", "cite all")}
    found = 0
    seconds: dict[str, float] = defaultdict(float)
    for articles, pairs in judged_stories(rows):
        found += len(pairs)
        asked = sorted({a for a, _, _ in pairs})
        for system, options in (("ours", Options()), ("ours, no recognizer", Options(nlp=False))):
            start = time.perf_counter()
            cited = citations(articles, asked, options)
            seconds[system] += time.perf_counter() - start
            for a, b, label in pairs:
                if b in cited.get(a, ()):
                    systems[system][label] += 1
        baseline = _tfidf(articles, [(a, b) for a, b, _ in pairs])
        for a, b, label in pairs:
            systems["cite all"][label] += 1
            if (a, b) in baseline:
                systems["tf-idf"][label] += 1
    return systems, len(rows), found, seconds


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench citations", description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=("basil", "duc2004", "multinews", "allsides"))
    parser.add_argument("--reading", choices=("claims", "changes", "statements", "random"))
    args = parser.parse_args(argv)
    systems, judged, found, _seconds = evaluate(args.dataset, args.reading)
    same = systems["cite all"]["same"]
    rows = []
    for name, c in systems.items():
        row = counts_row(name, c, same)  # "same or part" before "other"'s share
        rows.append([*row[:5], (c["same"] + c["part"]) / row[1] if row[1] else 0.0, *row[5:]])
    what = f"{args.dataset or 'all sets'}{f', reading {args.reading}' if args.reading else ''}"
    print(f"### Citations: {what}, {found} of {judged} judged pairs found ({machine()})\n")
    headers = ["system", "cited", "same", "part", "other", "same or part", "other", "same-fact pairs cited"]
    print(table(headers, rows))
    return 0
