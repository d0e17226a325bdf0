"""Which articles count as independent sources.

A wire story reprinted by ten outlets is one source, not ten; two articles by the same outlet
are one source too. Articles are grouped by union-find over (a) duplicate links and (b) the
normalised source name of original articles (an outlet running a wire copy does not make its own
reporting part of the wire's group); an article with no known source stands for itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsweave.model import Article


def independence_groups(articles: Iterable[Article]) -> dict[str, str]:
    """Map each article id to the id of a representative of its independent-source group."""
    articles = list(articles)
    by_id = {a.id: a for a in articles}
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_with_key: dict[str, str] = {}
    for a in articles:
        if a.duplicate_of and a.duplicate_of in by_id:
            union(a.id, a.duplicate_of)
            continue  # a reprint belongs to its original's group, not to its own outlet's
        if a.source:
            key = "source:" + " ".join(a.source.lower().split())
            if key in first_with_key:
                union(a.id, first_with_key[key])
            else:
                first_with_key[key] = a.id
    return {a.id: find(a.id) for a in articles}


def count_independent(articles: Iterable[Article]) -> int:
    """How many independent sources these articles amount to."""
    return len(set(independence_groups(articles).values()))
