"""Throughput of the full NLP layer (``annotate_many``) on Reuters-21578 bodies.

``python -m bench nlp_speed [--docs N]``

Bodies are cleaned first (``newsweave.clean``, not timed); then every article is annotated as
its own story in one ``annotate_many`` call (entities + aliases, quotes, quantities, dates),
timed with the model already loaded. Words are whitespace tokens of the cleaned sentences.
Beside it, in the same run: the full ``en_core_web_sm`` pipeline's ``nlp.pipe`` over the same
paragraphs (all components, one process), the usual way to get spaCy entities.
"""

from __future__ import annotations

import argparse
import time

from bench._common import machine, reuters_articles, table


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench nlp_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000, help="Reuters documents with a body (default 3000)")
    args = parser.parse_args(argv)
    import spacy

    from newsweave.nlp import annotate_many
    from newsweave.nlp.sentences import paragraphs_of
    from newsweave.nlp.spacy_model import MODEL_PACKAGES, load_model
    from newsweave.options import Options

    options = Options()
    articles = reuters_articles(args.docs)
    words = sum(len(s.text.split()) for a in articles for s in a.sentences)
    load_model()

    t0 = time.perf_counter()
    notes = annotate_many([[a] for a in articles], options)
    ours = time.perf_counter() - t0
    found = sum(len(n.entities) + len(n.quotes) + len(n.quantities) + len(n.dates) for n in notes)

    full = None
    for name in MODEL_PACKAGES:
        try:
            full = spacy.load(name)
            break
        except OSError:
            continue
    texts = [" ".join(s.text for s in p) for a in articles for p in paragraphs_of(a.sentences)]
    t0 = time.perf_counter()
    ents = sum(len(d.ents) for d in full.pipe(texts, batch_size=128))
    baseline = time.perf_counter() - t0

    print(f"command: python -m bench nlp_speed --docs {args.docs}")
    print(f"machine: {machine()}")
    print(f"Reuters-21578: {len(articles)} documents, {len(texts)} paragraphs, {words} words")
    print()
    rows = [
        ["newsweave annotate_many (entities, aliases, quotes, quantities, dates)", ours, words / ours, found],
        ["en_core_web_sm full pipeline nlp.pipe (entities only)", baseline, words / baseline, ents],
    ]
    print(
        table(
            ["system", "seconds", "words/s", "items found"],
            [[r[0], f"{r[1]:.1f}", f"{r[2]:,.0f}", r[3]] for r in rows],
        )
    )
    return 0
