"""Exact and near duplicates: a syndicated wire story is one source, not ten.

Two tests, cheapest first:
1. exact: the same body once case, punctuation and white space are ignored (a hash);
2. near: MinHash signatures of word 5-gram shingles are banded for locality-sensitive hashing,
   with bands x rows chosen by datasketch's ``_optimal_param`` (it integrates the false positive
   and false negative curves for the threshold); the banding itself is one dict per band keyed
   by the band's bytes, several times cheaper per article than ``MinHashLSH.insert`` + ``query``
   (which build a MinHash object and copy and byte-swap each band) in ``python -m bench throughput``;
   each candidate is then verified exactly by *containment*, |A ∩ B| / min(|A|, |B|), so a wire
   story reprinted with an added paragraph (high containment, lower Jaccard) is still found.

Why these numbers (measured by ``python -m bench dedupe``, see BENCHMARKS.md):
- containment >= 0.8: light edits (a changed sentence, an added or removed paragraph, changed
  punctuation) keep containment above 0.85 on real BBC articles, while distinct BBC articles on the
  same topic never exceed 0.2; 0.8 leaves room on both sides.
- LSH Jaccard threshold 0.5: a copy contained in an article twice its length has Jaccard 0.5;
  below that we would only add candidates that the containment check rejects anyway.
- at least 8 shingles: shorter texts (headlines) are too short for shingle statistics; they are
  duplicates only when exactly equal.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable
from datetime import datetime

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from newsweave.model import Article
from newsweave.options import Options

NUM_PERM = 128
SHINGLE = 5
LSH_JACCARD = 0.5
MIN_SHINGLES = 8
BUCKET_CAP = 64

_WORD = re.compile(r"\w+")
# The affine permutations h -> a*h + b mod 2^32 of datasketch's "affine32" scheme, from its seed 1,
# so our signatures are ordinary datasketch MinHash values.
_A, _B = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations.astype(np.uint32)
_BANDS, _ROWS = _optimal_param(LSH_JACCARD, NUM_PERM, 0.5, 0.5)
# Odd 64-bit multipliers combine the token hashes of a shingle (order matters).
_MIX = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD],
    dtype=np.uint64,
)


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def fingerprint(words: list[str]) -> str:
    """A hash of the normalised text: equal for exact duplicates."""
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=16).hexdigest()


def shingles(words: list[str], cache: dict[str, int] | None = None) -> np.ndarray:
    """Distinct 32-bit hashes of the word 5-grams (a stable hash, the same in every process)."""
    if len(words) < SHINGLE:
        return np.empty(0, dtype=np.uint32)
    if cache is None:
        cache = {}
    for w in set(words).difference(cache):
        cache[w] = zlib.crc32(w.encode("utf-8"))
    ids = np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE + 1
    with np.errstate(over="ignore"):
        mixed = ids[:n] * _MIX[0]
        for k in range(1, SHINGLE):
            mixed = (mixed ^ (mixed >> np.uint64(29))) + ids[k : k + n] * _MIX[k]
    return np.unique((mixed >> np.uint64(32)).astype(np.uint32))


def signature(shingle_hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (NUM_PERM values) of a set of shingle hashes."""
    with np.errstate(over="ignore"):
        return (shingle_hashes[:, None] * _A + _B).min(axis=0)  # uint32 arithmetic wraps mod 2^32


class DuplicateIndex:
    """Incremental duplicate detection: ``add`` each article once, in the order originals should win."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._exact: dict[str, str] = {}
        self._bands: list[dict[bytes, list[str]]] = [{} for _ in range(_BANDS)]
        self._shingles: dict[str, np.ndarray] = {}
        self._root: dict[str, str] = {}
        self._cache: dict[str, int] = {}

    def add(self, article: Article) -> str | None:
        """Index an article; return the id of the original it duplicates, or None if it is new."""
        words = tokens(article.text)
        if not words:
            return None
        key = fingerprint(words)
        original = self._exact.get(key)
        if original is not None:
            return self._remember(article.id, original)
        self._exact[key] = article.id
        hashes = shingles(words, self._cache)
        if len(hashes) < MIN_SHINGLES:
            return self._remember(article.id, None)
        keys = [key.tobytes() for key in signature(hashes)[: _BANDS * _ROWS].reshape(_BANDS, _ROWS)]
        candidates: set[str] = set()
        for band, key in zip(self._bands, keys, strict=True):
            bucket = band.get(key)
            if bucket:
                # the latest originals only: a band value shared by very many distinct
                # articles is a template (market reports, sports results), not evidence of a copy
                candidates.update(bucket[-BUCKET_CAP:])
        best, best_score = None, self.threshold
        for candidate in sorted(candidates):
            score = containment(hashes, self._shingles[candidate])
            if score >= best_score:
                best, best_score = candidate, score
        if best is None:
            # only originals are indexed: a copy is found through the original it copies
            for band, key in zip(self._bands, keys, strict=True):
                band.setdefault(key, []).append(article.id)
            self._shingles[article.id] = hashes
        return self._remember(article.id, best)

    def _remember(self, article_id: str, original: str | None) -> str | None:
        root = self._root.get(original, original) if original is not None else None
        self._root[article_id] = root or article_id
        return root


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """|A ∩ B| / min(|A|, |B|) of two sorted arrays of distinct shingle hashes."""
    if not len(a) or not len(b):
        return 0.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / min(len(a), len(b))


def mark_duplicates(articles: list[Article], options: Options | None = None) -> list[list[str]]:
    """Set ``duplicate_of`` on every copy; return the duplicate groups (original first).

    The original of a group is the earliest published article, else the first in input order.
    Duplicates keep their own ``source``; the independence count treats a group as one source.
    """
    options = options or Options()
    index = DuplicateIndex(options.near_duplicate_threshold)
    groups: dict[str, list[str]] = {}
    for article in sorted(articles, key=_original_first(articles)):
        original = index.add(article)
        article.duplicate_of = original
        if original is not None:
            groups.setdefault(original, [original]).append(article.id)
    return list(groups.values())


def _original_first(articles: Iterable[Article]):  # noqa: ANN202 - a sort key
    order = {a.id: i for i, a in enumerate(articles)}

    def key(a: Article) -> tuple[bool, datetime, int]:
        moment = a.published.replace(tzinfo=None) if a.published else datetime.max
        return (a.published is None, moment, order[a.id])

    return key
