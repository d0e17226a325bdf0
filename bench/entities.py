"""Entity recognition: entity-level F1 (exact span + type) on CoNLL-2003 test.

``python -m bench entities [--limit N]``

Label mapping from spaCy (OntoNotes labels) to CoNLL: PERSON -> PER; ORG -> ORG; GPE, LOC,
FAC -> LOC. NORP and CoNLL's MISC are ignored (removed from both gold and predictions), as are
spaCy's numeric labels. Sentences are given to the recognizer as their tokens joined by
spaces; a predicted span counts only if its first and last characters fall on gold token
boundaries with the same type.

Rows: newsweave's recognizer (``en_core_web_sm`` with only the NER component loaded, as the
pipeline runs it) beside the full ``en_core_web_sm`` pipeline (all components), run in the same
command: the comparison shows that excluding components loses nothing.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from bench._common import data_dir, machine, read_jsonl, table

LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
TYPES = ("PER", "ORG", "LOC")


def gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(first token, last token + 1, type) of each IOB2 entity of a kept type."""
    spans, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            if kind in TYPES:
                spans.add((start, i, kind))
            start, kind = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return spans


def predicted_spans(doc, tokens: list[str]) -> set[tuple[int, int, str]]:  # noqa: ANN001
    starts, ends, pos = {}, {}, 0
    for i, t in enumerate(tokens):
        starts[pos] = i
        ends[pos + len(t)] = i + 1
        pos += len(t) + 1
    out = set()
    for e in doc.ents:
        kind = LABELS.get(e.label_)
        if kind and e.start_char in starts and e.end_char in ends:
            out.add((starts[e.start_char], ends[e.end_char], kind))
        elif kind:
            out.add((-1, -1, kind))  # misaligned: a false positive that can never match
    return out


def evaluate(nlp, rows: list[dict]) -> dict[str, tuple[float, float, float]]:  # noqa: ANN001
    """Precision, recall, F1 per type and overall ("all")."""
    tp, fp, fn = Counter(), Counter(), Counter()
    texts = [" ".join(r["tokens"]) for r in rows]
    for row, doc in zip(rows, nlp.pipe(texts, batch_size=256), strict=True):
        gold = gold_spans(row["tags"])
        pred = predicted_spans(doc, row["tokens"])
        for s in pred:
            (tp if s in gold else fp)[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
    out = {}
    for kind in (*TYPES, "all"):
        if kind == "all":
            t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            t, f_p, f_n = tp[kind], fp[kind], fn[kind]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        out[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def load_rows(limit: int | None) -> list[dict]:
    rows = list(read_jsonl(data_dir() / "conll2003" / "test.jsonl.gz"))
    return rows[:limit] if limit else rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench entities", description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N test sentences (default: all 3,453)")
    args = parser.parse_args(argv)
    import spacy

    from newsweave.nlp.spacy_model import MODEL_PACKAGES, load_model

    rows = load_rows(args.limit)
    systems = [("newsweave (en_core_web_sm, NER only)", load_model())]
    for name in MODEL_PACKAGES:
        try:
            systems.append(("en_core_web_sm full pipeline", spacy.load(name)))
            break
        except OSError:
            continue
    out = []
    for name, nlp in systems:
        t0 = time.perf_counter()
        scores = evaluate(nlp, rows)
        seconds = time.perf_counter() - t0
        for kind in (*TYPES, "all"):
            out.append([name, kind, *scores[kind], f"{seconds:.1f}" if kind == "all" else ""])
    print(f"command: python -m bench entities{' --limit ' + str(args.limit) if args.limit else ''}")
    print(f"machine: {machine()}")
    print(
        f"CoNLL-2003 test: {len(rows)} sentences; PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC; NORP, MISC ignored"
    )
    print()
    print(table(["system", "type", "P", "R", "F1", "seconds"], out))
    return 0
