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
from itertools import repeat

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from newsweave import parallel
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
_BAND_SALT = np.arange(1, _BANDS + 1, dtype=np.uint64) * np.uint64(0x94D049BB133111EB)
_MIX = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD],
    dtype=np.uint64,
)


_WORD_HASHES: dict[str, int] = {}
"""crc32 of each word seen by this process (the hash is stable, so any process may compute it)."""


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def fingerprint(words: list[str]) -> str:
    """A hash of the normalised text: equal for exact duplicates."""
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=16).hexdigest()


def shingles(words: list[str], cache: dict[str, int] | None = None) -> np.ndarray:
    """Distinct 32-bit hashes of the word 5-grams (a stable hash, the same in every process)."""
    return _Features.of([words], cache if cache is not None else {}).hashes[0]


def signature(shingle_hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (NUM_PERM values) of a set of shingle hashes."""
    with np.errstate(over="ignore"):
        return (shingle_hashes[:, None] * _A + _B).min(axis=0)  # uint32 arithmetic wraps mod 2^32


class _Features:
    """Shingle hashes and LSH band keys of a batch of articles, computed with whole-batch array
    operations: per-article numpy calls on arrays of a few hundred values cost more in call
    overhead than in arithmetic (``python -m bench throughput`` spent most of dedupe there)."""

    def __init__(self, hashes: list[np.ndarray], bands: list[list[int] | None]) -> None:
        self.hashes = hashes
        self.bands = bands

    @classmethod
    def of(cls, texts: list[list[str]], cache: dict[str, int]) -> _Features:
        lengths = np.array([len(w) for w in texts], dtype=np.int64)
        words = [w for ws in texts for w in ws]
        for w in set(words).difference(cache):
            cache[w] = zlib.crc32(w.encode("utf-8"))
        ids = np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))
        # shingle k starts at word k; it is valid when its five words belong to one article
        ends = np.cumsum(lengths)
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        n = max(len(words) - SHINGLE + 1, 0)
        with np.errstate(over="ignore"):
            mixed = ids[:n] * _MIX[0]
            for k in range(1, SHINGLE):
                mixed = (mixed ^ (mixed >> np.uint64(29))) + ids[k : k + n] * _MIX[k]
        valid = np.arange(n) + SHINGLE <= ends[owner[:n]]
        keyed = np.sort((owner[:n][valid].astype(np.uint64) << np.uint64(32)) | (mixed[valid] >> np.uint64(32)))
        keyed = keyed[np.concatenate(([True], keyed[1:] != keyed[:-1]))] if len(keyed) else keyed
        cuts = np.searchsorted(keyed >> np.uint64(32), np.arange(len(texts) + 1, dtype=np.uint64))
        flat = (keyed & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        bounds = cuts.tolist()
        hashes = [flat[bounds[i] : bounds[i + 1]] for i in range(len(texts))]
        return cls(hashes, cls._band_keys(flat, cuts))

    @staticmethod
    def _band_keys(flat: np.ndarray, cuts: np.ndarray) -> list[list[int] | None]:
        """Per article, one integer per LSH band (a 64-bit hash of its rows), None if too short."""
        signed = np.flatnonzero(np.diff(cuts) >= MIN_SHINGLES)
        out: list[list[int] | None] = [None] * (len(cuts) - 1)
        if not len(signed):
            return out
        # one article at a time: its shingles x permutations fit in cache (a whole batch at once
        # is memory-bound and slower)
        signatures = np.empty((len(signed), NUM_PERM), dtype=np.uint32)
        bounds = cuts.tolist()
        for row, a in enumerate(signed.tolist()):
            signatures[row] = signature(flat[bounds[a] : bounds[a + 1]])
        rows = signatures[:, : _BANDS * _ROWS].reshape(len(signed), _BANDS, _ROWS).astype(np.uint64)
        with np.errstate(over="ignore"):
            keys = rows[:, :, 0] * _MIX[0]
            for k in range(1, _ROWS):
                keys = (keys ^ (keys >> np.uint64(29))) + rows[:, :, k] * _MIX[k % len(_MIX)]
            keys = keys ^ _BAND_SALT  # equal rows in different bands are different keys
        for a, row in zip(signed.tolist(), keys.tolist(), strict=True):
            out[a] = row
        return out


class DuplicateIndex:
    """Incremental duplicate detection: ``add`` each article once, in the order originals should win.

    ``workers`` processes compute the articles' features in ``add_many`` (None: one per core; see
    ``newsweave.parallel``); the index itself is updated in order, so groups never depend on it.
    """

    def __init__(self, threshold: float = 0.8, workers: int | None = None) -> None:
        self.threshold = threshold
        self.workers = workers
        self._exact: dict[str, str] = {}
        # LSH band key -> the first original with that band value; the later ones, for the few
        # keys that have them, in ``_more``. (A list per key cost 2.7 us an insert: allocating
        # 450,000 one-item lists was 78% of indexing Reuters-21578's 19,043 articles.)
        self._buckets: dict[int, str] = {}
        self._more: dict[int, list[str]] = {}
        self._shingles: dict[str, np.ndarray] = {}
        self._root: dict[str, str] = {}

    def add(self, article: Article) -> str | None:
        """Index an article; return the id of the original it duplicates, or None if it is new."""
        return self.add_many([article])[0]

    def add_many(self, articles: list[Article]) -> list[str | None]:
        """``add`` each article in turn (features are computed for many articles at once).

        With workers, the index takes each chunk's articles as soon as their features are in,
        while the workers compute the next chunks.
        """
        out: list[str | None] = []
        for features in parallel.imap_chunks(_features_of, [a.text for a in articles], self.workers):
            out += [self._add(articles[len(out) + i].id, *found) for i, found in enumerate(features)]
        return out

    def _add(self, article_id: str, key: str | None, hashes: np.ndarray, keys: list[int] | None) -> str | None:
        if key is None:
            return None
        original = self._exact.get(key)
        if original is not None:
            return self._remember(article_id, original)
        self._exact[key] = article_id
        if keys is None:
            return self._remember(article_id, None)
        candidates: set[str] = set()
        more = self._more
        for band, first in zip(keys, map(self._buckets.get, keys), strict=True):
            if first is None:
                continue
            if band in more:
                # the latest originals only: a band value shared by very many distinct
                # articles is a template (market reports, sports results), not evidence of a copy
                candidates.update([first, *more[band]][-BUCKET_CAP:])
            else:
                candidates.add(first)
        best, best_score = None, self.threshold
        for candidate in sorted(candidates):
            score = containment(hashes, self._shingles[candidate])
            if score >= best_score:
                best, best_score = candidate, score
        if best is None:
            # only originals are indexed: a copy is found through the original it copies
            # one C call for all band keys; a key that had an original already (setdefault gives
            # that one back) keeps this one in ``_more``
            firsts = map(self._buckets.setdefault, keys, repeat(article_id))
            for band, first in zip(keys, firsts, strict=True):
                if first is not article_id:
                    self._more.setdefault(band, []).append(article_id)
            self._shingles[article_id] = hashes
        return self._remember(article_id, best)

    def _remember(self, article_id: str, original: str | None) -> str | None:
        root = self._root.get(original, original) if original is not None else None
        self._root[article_id] = root or article_id
        return root


def _features_of(texts: list[str]) -> list[tuple[str | None, np.ndarray, list[int] | None]]:
    """Per text: its fingerprint (None when it has no words), shingle hashes and LSH band keys.

    Depends on the text alone, so ``DuplicateIndex.add_many`` runs it in worker processes.
    """
    if len(_WORD_HASHES) > 2_000_000:
        _WORD_HASHES.clear()  # bound the memo on endless streams
    words = [tokens(text) for text in texts]
    features = _Features.of(words, _WORD_HASHES)
    return [
        (fingerprint(w) if w else None, h, b) for w, h, b in zip(words, features.hashes, features.bands, strict=True)
    ]


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
    index = DuplicateIndex(options.near_duplicate_threshold, workers=options.workers)
    groups: dict[str, list[str]] = {}
    ordered = sorted(articles, key=_original_first(articles))
    for article, original in zip(ordered, index.add_many(ordered), strict=True):
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
