"""Conflict injection: does the claim table find a disagreement we plant in a real story?

    python -m bench conflicts [--dataset basil|duc2004|multinews|all] [--limit N]

For each story (BASIL: the three outlets' articles of one event; DUC 2004: a cluster of 10
articles; Multi-News, a set the rules were not tuned on: a cluster of 2-10 web pages) we look for a
sentence that two different articles both report, found independently of newsweave's alignment:
the two sentences share a word 4-gram and the same number, year or name. In a copy of the second
article we change that one value (a number by about a third, a year by three, a name to another
story's person) and run clean -> dedupe -> annotate -> compare on the story with the copy in place
of the original. Measured:
- recall: the conflict is reported with the right kind, citing the changed sentence and the
  other article's sentence;
- false conflicts per story on the unmodified stories;
- time per story of the comparison stage, and, on DUC 2004, the share of summary sentences
  supported by at least two independent sources.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter, defaultdict
from dataclasses import replace

from bench._common import data_dir, machine, read_jsonl, table
from newsweave.clean import clean
from newsweave.compare import compare
from newsweave.dedupe import mark_duplicates
from newsweave.independence import independence_groups
from newsweave.model import Article, RawArticle, Sentence, article_of
from newsweave.nlp import annotate_many
from newsweave.options import Options
from newsweave.summarize import summarize

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
_NAME = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b")
_PART_OF_NAME = re.compile(r"\s+[A-Z]|-[A-Z]")
"""After "First Last": more of the name ("Juan Antonio Samaranch", "George Washington Bridge")."""
_NAME_BEFORE = re.compile(r"\bSt\.\s+$")
"""Before "First Last": a place's name ("St. Louis Tea Party")."""
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*(?:\d{1,2}\s*[-–]\s*)?$"
)


def first_names() -> frozenset[str]:
    """First names of people in CoNLL-2003 (train): the first token of a PER entity of two or more
    tokens, seen at least twice. A name to change is "First Last" with a first name from here, so
    that the benchmark changes people's names, not "Prime Minister" or "District Court"."""
    counts: Counter[str] = Counter()
    for row in read_jsonl(data_dir() / "conll2003" / "train.jsonl.gz"):
        tags = row["tags"]
        for i, tag in enumerate(tags):
            if tag == "B-PER" and i + 1 < len(tags) and tags[i + 1] == "I-PER":
                counts[row["tokens"][i]] += 1
    return frozenset(n for n, c in counts.items() if c >= 2 and n[:1].isupper() and n[1:].islower())


def basil_stories(limit: int | None = None) -> dict[str, list[Article]]:
    """BASIL's stories by their id, in the file's order, each its cleaned articles."""
    options = Options()
    by_story = defaultdict(list)
    for r in read_jsonl(data_dir() / "basil" / "articles.jsonl"):
        by_story[r["story"]].append(r)
    out = {}
    for story, rows in list(by_story.items())[: limit or None]:
        arts = [
            clean(
                RawArticle(
                    input=r["id"],
                    id=r["id"].replace(" ", "_"),
                    text=r["text"],
                    title=r.get("title"),
                    source=r.get("source"),
                    published=r.get("date"),
                ),
                options,
            )
            for r in rows
        ]
        out[story] = [a for a in arts if isinstance(a, Article)]
    return out


def stories(name: str, limit: int | None) -> list[list[Article]]:
    options = Options()
    out = []
    if name == "basil":
        out = list(basil_stories(limit).values())
    elif name == "multinews":  # not used to tune the rules: a check of what they do on other text
        for r in list(read_jsonl(data_dir() / "multinews" / "multinews_validation_sample.jsonl"))[: limit or None]:
            arts = [
                clean(RawArticle(input=f"{r['id']}:{i}", id=f"m{r['id']}-{i}", text=d, source=f"outlet {i}"), options)
                for i, d in enumerate(r["documents"])
            ]
            out.append([a for a in arts if isinstance(a, Article)])
    else:
        for r in list(read_jsonl(data_dir() / "duc2004" / "duc2004_task2.jsonl"))[: limit or None]:
            arts = [
                clean(RawArticle(input=f"{r['id']}:{i}", id=f"{r['id']}-{i}", text=d, source=f"outlet {i}"), options)
                for i, d in enumerate(r["documents"])
            ]
            out.append([a for a in arts if isinstance(a, Article)])
    return out


def _grams(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def find_target(
    story: list[Article], kind: str, names: list[str], people: frozenset[str] = frozenset()
) -> tuple[Sentence, Sentence, str, str] | None:
    """(sentence in A, sentence in B, old value, new value) for a value both sentences report.

    The value is a whole token in both sentences (not "2" inside "2008"); a number is not the day
    of a date ("Sept. 2": changing it is a date change) and a name starts with a first name and is
    the whole name (not "Juan Antonio" of "Juan Antonio Samaranch", not a bridge or a network).
    """
    pattern = {"number": _NUMBER, "date": _YEAR, "name": _NAME}[kind]
    for i, a in enumerate(story):
        grams_a = [(_grams(s.text), s) for s in a.sentences]
        for b in story[i + 1 :]:
            for sb in b.sentences:
                gb = _grams(sb.text)
                for ga, sa in grams_a:
                    if len(ga & gb) < 2:
                        continue
                    for m in pattern.finditer(sb.text):
                        old = m.group(0)
                        if not _whole(old).search(sa.text) or (kind == "number" and _YEAR.fullmatch(old)):
                            continue
                        if kind == "number" and _MONTH_BEFORE.search(sb.text[: m.start()]):
                            continue
                        if kind == "name" and (m.group(1) not in people or _PART_OF_NAME.match(sb.text, m.end())):
                            continue
                        if kind == "name" and _NAME_BEFORE.search(sb.text[: m.start()]):
                            continue
                        if kind == "number":
                            value = int(old.replace(",", ""))
                            if value < 2:
                                continue
                            new = (
                                f"{value + max(2, round(value / 3)):,}"
                                if "," in old
                                else str(value + max(2, round(value / 3)))
                            )
                        elif kind == "date":
                            new = str(int(old) - 3)
                        else:
                            new = next((n for n in names if n.split()[1] not in sa.text + sb.text), None)
                            if new is None:
                                continue
                        return sa, sb, old, new
    return None


def _whole(value: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.,])" + re.escape(value) + r"(?![\w]|[.,]\d)")


def inject(story: list[Article], target: Sentence, old: str, new: str) -> list[Article]:
    """The story with ``old`` changed to ``new`` (where it is a whole token) in one sentence of a
    copy of its article."""
    out = []
    for a in story:
        if a.id == article_of(target.id):
            changed = [replace(s, text=_whole(old).sub(new, s.text)) if s.id == target.id else s for s in a.sentences]
            a = replace(a, sentences=changed, duplicate_of=None)
        out.append(a)
    return out


NAMES_POOL = ["Maria Okonkwo", "Daniel Whitcombe", "Priya Raman", "Tomas Lindqvist"]
"""Names put in place of a person's: none is in any story of the datasets."""


def recall(base: list[list[Article]], kind: str, people: frozenset[str], options: Options) -> tuple[int, int]:
    """How many of the conflicts of one kind injected into these stories (duplicates marked) are
    found, and how many were injected (stories without a value both articles report get none)."""
    modified, targets = [], []
    for story in base:
        found = find_target(story, kind, NAMES_POOL, people)
        if found is None:
            continue
        sa, sb, old, new = found
        changed = inject(story, sb, old, new)
        mark_duplicates(changed, options)
        modified.append(changed)
        targets.append((sa.id, sb.id))
    hits = 0
    for story, note, (sa, sb) in zip(modified, annotate_many(modified, options), targets, strict=True):
        for claim in compare(story, note, options):
            cited = {v.sentence for c in claim.conflicts for v in c.values if c.kind == kind}
            if claim.status == "conflict" and sb in cited and article_of(sa) in {article_of(x) for x in cited}:
                hits += 1
                break
    return hits, len(modified)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench conflicts", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dataset",
        choices=["basil", "duc2004", "multinews", "all"],
        default="all",
        help="all: basil and duc2004, the sets the rules were tuned on; multinews (250 clusters, about 4 "
        "minutes) is a check on text they were not tuned on",
    )
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    options = Options()
    people = first_names()
    rows, false_rows, samples = [], [], []
    for dataset in ["basil", "duc2004"] if args.dataset == "all" else [args.dataset]:
        base = stories(dataset, args.limit)
        for story in base:
            mark_duplicates(story, options)
        start = time.perf_counter()
        notes = annotate_many(base, options)
        annotate_seconds = time.perf_counter() - start
        start = time.perf_counter()
        tables = [compare(s, n, options) for s, n in zip(base, notes, strict=True)]
        compare_seconds = time.perf_counter() - start
        false = [c for t in tables for c in t if c.status == "conflict"]
        kinds = Counter(k.kind for c in false for k in c.conflicts[:1])
        samples += [(dataset, c) for c in false[:4]]
        corroborated = total = 0
        if dataset == "duc2004":
            for story in base:
                groups = independence_groups(story)
                for line in summarize(story, options):
                    total += 1
                    corroborated += len({groups[article_of(c)] for c in line.citations}) >= 2
        false_rows.append(
            [
                dataset,
                len(base),
                len(false),
                len(false) / len(base),
                f"{1e3 * compare_seconds / len(base):.1f}",
                f"{1e3 * annotate_seconds / len(base):.0f}",
                f"{corroborated / total:.2f}" if total else "-",
                ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())),
            ]
        )

        for kind in ("number", "date", "name"):
            hits, injected = recall(base, kind, people, options)
            if injected:
                rows.append([dataset, kind, injected, hits, hits / injected])

    print(table(["dataset", "kind", "stories injected", "found", "recall"], rows))
    print()
    print(
        table(
            [
                "dataset",
                "stories",
                "conflicts on unmodified",
                "per story",
                "compare ms/story",
                "annotate ms/story",
                "summary sentences with >= 2 sources",
                "conflicts by kind",
            ],
            false_rows,
        )
    )
    print("\nsample of conflicts reported on unmodified stories:")
    for dataset, claim in samples[:8]:
        for c in claim.conflicts:
            values = " vs ".join(f"{v.value} ({v.text[:40]})" for v in c.values)
            print(f"- {dataset} {c.kind}: {values}; {c.note}")
    print(f"\ncommand: python -m bench conflicts {' '.join(argv)}\nmachine: {machine()}")
    return 0
