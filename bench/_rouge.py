"""ROUGE as the summary benchmarks report it (Google's ``rouge-score`` package, Porter stemming).

Stopwords are kept (the DUC rule). With several references a summary is scored against each
and the scores are averaged (rouge-score has no multi-reference jackknife); the benchmark says so.
"""

from __future__ import annotations

from rouge_score import rouge_scorer

METRICS = ("rouge1", "rouge2", "rougeL")


class Rouge:
    """Mean ROUGE recall / precision / F1 over clusters, each averaged over its references."""

    def __init__(self, metrics: tuple[str, ...] = METRICS) -> None:
        self.metrics = metrics
        self._scorer = rouge_scorer.RougeScorer(list(metrics), use_stemmer=True)

    def score(self, summary: str, references: list[str]) -> dict[str, tuple[float, float, float]]:
        """metric -> (recall, precision, F1) of one summary, averaged over its references."""
        out = {}
        per_ref = [self._scorer.score(ref, summary) for ref in references]
        for m in self.metrics:
            out[m] = tuple(
                sum(getattr(s[m], f) for s in per_ref) / len(per_ref)
                for f in ("recall", "precision", "fmeasure")
            )
        return out


def truncate_bytes(text: str, limit: int) -> str:
    """The first ``limit`` bytes of ``text`` in UTF-8 (the DUC rule), never half a character."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def truncate_words(text: str, limit: int) -> str:
    """The first ``limit`` white-space separated words of ``text``."""
    return " ".join(text.split()[:limit])
