"""Quotes and speakers: newsweave beside textacy's ``direct_quotations`` on the same articles.

``python -m bench quotes [--limit N]``

BASIL (``basil/quotes.jsonl`` with ``basil/articles.jsonl``): the share of gold quoted spans
found (an extracted quote overlapping at least half of the gold span's words), and, of the
found ones whose gold speaker is a person (a label of 2-3 capitalised words such as
``Donald_Trump`` that names no group: Party, campaign, officials...), the share whose speaker
we give as that person (the gold surname in the speaker's name; a quote not found counts
as wrong, so both systems share one denominator).

PolNeAR dev (``polnear/attributions.jsonl.gz``): gold direct quotes are attributions whose
content is in quotation marks (deduplicated by document and content start). Recall: gold
direct quotes whose content we overlap (half of its words) *and* whose speaker we match (the
last word of the gold source's name, the span up to its description, "Cornell William Brooks,
president of the NAACP", in our speaker's name; a gold pronoun source counts when we give any
named speaker, since its antecedent is not annotated). Precision: our quotes that
overlap some gold attribution content with a matching speaker in the same way.

textacy (pinned textacy==0.13.0) needs the tagger and parser, so it runs on the full
``en_core_web_sm`` pipeline; its speaker is the token span it returns (often a pronoun).
"""

from __future__ import annotations

import argparse
import re
import time
from collections import defaultdict
from dataclasses import dataclass

from bench._common import data_dir, machine, read_jsonl, table

_WORD = re.compile(r"[\w’']+")
_GROUP_WORDS = frozenset(
    """party campaign lawmakers officials democrats republicans department committee house senate
    court administration companies protestors protesters catholics media police government
    members supporters critics groups group office agency voters leaders""".split()
)
_PRONOUNS = frozenset("he she they we i it you".split())


@dataclass
class Found:
    text: str
    speaker: str | None


def words(text: str) -> list[str]:
    """Lower-case words, with one apostrophe: "O’Connor" in the gold source is our "O'Connor"."""
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


def overlaps(gold: str, ours: str) -> bool:
    """At least half of the gold span's words appear in ours (in any order)."""
    g = words(gold)
    if not g:
        return False
    o = set(words(ours))
    return sum(w in o for w in g) / len(g) >= 0.5


def is_person_label(label: str) -> bool:
    parts = label.split("_")
    return (
        2 <= len(parts) <= 3
        and all(p[:1].isupper() for p in parts)
        and not any(p.lower() in _GROUP_WORDS for p in parts)
    )


_DESCRIPTION = re.compile(r"\s*(?:,|\(|\bwho\b|\bwhose\b).*", re.DOTALL)
"""Where a gold source stops naming and starts describing: "Cornell William Brooks, president of
the NAACP", "Rep. G.K. Butterfield (D-N.C.), head of ...", "Sanders, whose candidacy ..."."""


def speaker_matches(gold_name: str, ours: str | None) -> bool:
    """Whether our speaker is the gold source: the last word of the gold's name (the source span
    up to its description, if any; or before "of New York") is a word of our speaker's name.

    >>> speaker_matches("Cornell William Brooks, president of the NAACP", "Cornell William Brooks")
    True
    >>> speaker_matches("European Council President Donald Tusk", "European Council")
    False
    >>> speaker_matches("Representative Charles B. Rangel of New York", "Charles B. Rangel")
    True
    """
    if not ours:
        return False
    name = _DESCRIPTION.sub("", gold_name) or gold_name
    g = [w for w in words(name) if w not in _PRONOUNS]
    if not g:
        return bool(set(words(ours)) - _PRONOUNS)  # gold pronoun: any named speaker of ours
    mine = words(ours)
    if g[-1] in mine:
        return True
    # "Representative Charles B. Rangel of New York" (but "Secretary of State John Kerry" ends in the name)
    before_of = words(name.split(" of ", 1)[0]) if " of " in name else []
    return bool(before_of) and before_of[-1] in mine


def ours_by_doc(texts: dict[str, str]) -> dict[str, list[Found]]:
    from newsweave.clean import clean
    from newsweave.model import RawArticle
    from newsweave.nlp import annotate_many
    from newsweave.options import Options

    options = Options()
    articles = []
    for doc_id, text in texts.items():
        a = clean(RawArticle(input=doc_id, text=text, id=doc_id), options)
        if hasattr(a, "sentences"):
            articles.append(a)
    notes = annotate_many([[a] for a in articles], options)
    out: dict[str, list[Found]] = {}
    for a, n in zip(articles, notes, strict=True):
        out[a.id] = [Found(q.text, q.speaker_name) for q in n.quotes]
    return out


def textacy_by_doc(texts: dict[str, str]) -> dict[str, list[Found]]:
    import spacy
    from textacy.extract.triples import direct_quotations

    from newsweave.nlp.spacy_model import MODEL_PACKAGES

    nlp = None
    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    assert nlp is not None
    out: dict[str, list[Found]] = {}
    for doc_id, doc in zip(texts, nlp.pipe(texts.values(), batch_size=16), strict=True):
        found = []
        try:
            for trip in direct_quotations(doc):
                speaker = " ".join(t.text for t in trip.speaker)
                content = " ".join(t.text for t in trip.content)
                found.append(Found(content, speaker))
        except (ValueError, IndexError, KeyError):
            pass  # textacy fails on some quote layouts; count as nothing found
        out[doc_id] = found
    return out


def _first(texts: dict[str, str], limit: int | None) -> dict[str, str]:
    """The first ``limit`` articles by id (all of them without a limit)."""
    if not limit:
        return texts
    keep = set(sorted(texts)[:limit])
    return {k: v for k, v in texts.items() if k in keep}


def basil(limit: int | None) -> tuple[dict[str, str], list[dict]]:
    root = data_dir() / "basil"
    gold = list(read_jsonl(root / "quotes.jsonl"))
    docs = {g["doc_id"] for g in gold}
    texts = {r["id"]: r["text"] for r in read_jsonl(root / "articles.jsonl") if r["id"] in docs}
    texts = _first(texts, limit)
    gold = [g for g in gold if g["doc_id"] in texts]
    return texts, gold


def score_basil(found: dict[str, list[Found]], gold: list[dict]) -> tuple[float, float, int, int]:
    hit = persons = right = 0
    for g in gold:
        match = [f for f in found.get(g["doc_id"], []) if overlaps(g["text"], f.text)]
        hit += bool(match)
        if is_person_label(g["speaker"]):
            persons += 1
            surname = g["speaker"].split("_")[-1]
            right += any(speaker_matches(surname, f.speaker) for f in match)
    return hit / len(gold), (right / persons if persons else 0.0), len(gold), persons


def polnear(limit: int | None) -> tuple[dict[str, str], list[dict], list[dict]]:
    root = data_dir() / "polnear"
    rows = [r for r in read_jsonl(root / "attributions.jsonl.gz") if r["split"] == "dev" and r.get("content")]
    docs = {r["doc_id"] for r in rows}
    texts = {r["id"]: r["text"] for r in read_jsonl(root / "articles.jsonl.gz") if r["id"] in docs}
    texts = _first(texts, limit)
    rows = [r for r in rows if r["doc_id"] in texts]
    direct, seen = [], set()
    for r in rows:
        content = r["content"]["text"].strip()
        key = (r["doc_id"], r["content"]["spans"][0][0])
        if content[:1] in '“"' and key not in seen:
            seen.add(key)
            direct.append(r)
    return texts, rows, direct


def score_polnear(found: dict[str, list[Found]], rows: list[dict], direct: list[dict]) -> tuple[float, float]:
    def src(r: dict) -> str:
        return (r.get("source") or {}).get("text", "")

    recalled = sum(
        any(
            overlaps(r["content"]["text"], f.text) and speaker_matches(src(r), f.speaker)
            for f in found.get(r["doc_id"], [])
        )
        for r in direct
    )
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["doc_id"]].append(r)
    ours = [(d, f) for d, fs in found.items() for f in fs]
    correct = sum(
        any(overlaps(f.text, r["content"]["text"]) and speaker_matches(src(r), f.speaker) for r in by_doc[d])
        for d, f in ours
    )
    return (correct / len(ours) if ours else 0.0), recalled / len(direct)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench quotes", description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per data set (default: all)")
    args = parser.parse_args(argv)

    b_texts, b_gold = basil(args.limit)
    p_texts, p_rows, p_direct = polnear(args.limit)
    rows = []
    for name, run in (("newsweave", ours_by_doc), ("textacy 0.13.0 direct_quotations", textacy_by_doc)):
        t0 = time.perf_counter()
        b_found = run(b_texts)
        p_found = run(p_texts)
        seconds = time.perf_counter() - t0
        b_recall, b_speaker, n_gold, n_persons = score_basil(b_found, b_gold)
        p_prec, p_rec = score_polnear(p_found, p_rows, p_direct)
        f1 = 2 * p_prec * p_rec / (p_prec + p_rec) if p_prec + p_rec else 0.0
        rows.append([name, b_recall, b_speaker, p_prec, p_rec, f1, f"{seconds:.1f}"])
    print(f"command: python -m bench quotes{' --limit ' + str(args.limit) if args.limit else ''}")
    print(f"machine: {machine()}")
    print(
        f"BASIL: {len(b_texts)} articles, {n_gold} gold quotes, {n_persons} with a person speaker; "
        f"PolNeAR dev: {len(p_texts)} articles, {len(p_direct)} gold direct quotes"
    )
    print()
    print(
        table(
            [
                "system",
                "BASIL quote recall",
                "BASIL speaker acc.",
                "PolNeAR P",
                "PolNeAR R",
                "PolNeAR F1",
                "seconds",
            ],
            rows,
        )
    )
    return 0
