"""Which articles count as independent sources.

A wire story reprinted by ten outlets is one source, not ten; two articles by the same outlet
are one source too, and so are two versions of one story (``versions``: an early and a later
version of one AP story, a paper's trim of it). Articles are grouped by union-find over (a)
duplicate and version links and (b) the normalised source name of original articles (an outlet
running a wire copy, or a version of another outlet's story, does not make its own reporting part
of that story's group); an article with no known source stands for itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from newsweave.model import Article


def independence_groups(articles: Iterable[Article], versions_apart: bool = False) -> dict[str, str]:
    """Map each article id to the id of a representative of its independent-source group.
    ``versions_apart``: versions of one story (``versions``) each keep their own group, as the
    claim table aligns them, to find where one version changed the other ("at least two" dead,
    then "four")."""
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

    version_of = {} if versions_apart else versions(articles)
    first_with_key: dict[str, str] = {}
    for a in articles:
        if a.duplicate_of and a.duplicate_of in by_id:
            union(a.id, a.duplicate_of)
            continue  # a reprint belongs to its original's group, not to its own outlet's
        if a.id in version_of:
            for original in version_of[a.id]:
                union(a.id, original)
            continue  # so does a version of another article's story
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


VERSION_SHARE = 0.5
"""Two articles are versions of one story when at least this share of the sentences of the one
with fewer (``VERSION_MIN_CHARS`` characters or more, about ten words, outside quotation marks)
are in the other, word for word or opening or closing with the same ``VERSION_KEY_CHARS``
characters (a copy editor's change mid-sentence). Not below ``VERSION_LEAST`` sentences: two
articles that share one paragraph (a background line) are not versions; nor are outlets that
quote one statement at length (Variety quoting Universal's memo on "Furious 7").

On the 657 stories of DUC 2004, Multi-News, AllSides val and BASIL: 35 pairs in 20 stories, 33 of
them in DUC 2004, versions of one AP or NYT story ("Syrian-Israel peace talks broke off ..." /
"Syrian-Israeli ..."; one NYT story and its first half; two AP stories of consecutive days with
the same background), the others an AP story and a local paper's rewrite of it, and a blog's
excerpt of a paper's story (Multi-News); each version had counted as an independent source for
everything it shares."""
VERSION_MIN_CHARS = 60
VERSION_KEY_CHARS = 40
VERSION_LEAST = 2
VERSION_MAX_ARTICLES = 50
"""A sentence in more articles than this (boilerplate; copies are duplicates) links none, which
keeps the pairs few in a large story."""


def versions(articles: list[Article]) -> dict[str, list[str]]:
    """Article id -> the ids of the articles it is a later version of (``VERSION_SHARE``); the
    earlier is the one published first, else the one read first. Reprints (``duplicate_of``)
    are left out: they are their original's already."""
    originals = [a for a in articles if not a.duplicate_of]
    at: dict[str, dict[str, int]] = {}  # key -> article -> its first sentence with it
    size: dict[str, int] = {}
    for a in originals:
        # characters, not words: a story has hundreds of sentences, and most stories no versions
        long = [t for s in a.sentences if len(t := s.text) >= VERSION_MIN_CHARS and not _quoted(t)]
        size[a.id] = len(long)
        for n, t in enumerate(long):
            at.setdefault("<" + t[:VERSION_KEY_CHARS].lower(), {}).setdefault(a.id, n)
            at.setdefault(">" + t[-VERSION_KEY_CHARS:].lower(), {}).setdefault(a.id, n)
    shared: dict[tuple[str, str], set[int]] = {}
    for holders in at.values():
        if 1 < len(holders) <= VERSION_MAX_ARTICLES:
            for x, y in combinations(sorted(holders), 2):
                shared.setdefault((x, y), set()).add(holders[x])
    order = {
        a.id: (a.published is None, a.published.timestamp() if a.published else 0, n) for n, a in enumerate(originals)
    }
    out: dict[str, list[str]] = {}
    for (x, y), sentences in shared.items():
        if len(sentences) >= max(VERSION_LEAST, VERSION_SHARE * min(size[x], size[y])):
            earlier, later = sorted((x, y), key=order.__getitem__)
            out.setdefault(later, []).append(earlier)
    return out


def _quoted(text: str) -> bool:
    return '"' in text or "“" in text or "”" in text
