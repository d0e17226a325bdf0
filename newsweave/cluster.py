"""Group articles into stories: one batch (``fit``) or a stream (``partial_fit``) with stable ids.

The method is single-pass centroid clustering in time order, the classic approach of topic
detection and tracking (TDT): each article joins the most similar *active* story (one whose latest
article is within ``window_days``) if the cosine similarity to that story's centroid reaches the
threshold, otherwise it founds a new story. Why this and not agglomerative clustering:
- cost grows linearly: an article is compared only with stories that share one of its most
  distinctive terms (an inverted index) and are active in its time window; no all-pairs matrix;
- the same algorithm serves batches and streams, and a story keeps its id as it grows (the id is
  derived from the founding article's id, so it is also stable across runs).

An article is represented by TF-IDF weights (sublinear tf, smoothed idf) of the content words of its
title (counted twice: headlines are dense summaries) and body (up to ``LEAD_SENTENCES`` sentences:
on BASIL the lead alone, 5 or 10 sentences, separated stories slightly worse than the whole
body); capitalised words mid-sentence count twice, since names and places are what distinguish
one story from another. Document frequencies are learned from everything seen.

Arrival bursts. Some streams arrive in clear bursts: an aggregator crawls a story's articles
together, then goes quiet before the next one. When the gaps between consecutive articles are
clearly two populations (an Otsu split of the log gaps whose quietest "within" gap is at least
``BURST_SEPARATION`` times shorter than the shortest "between" gap), membership of the same burst
is evidence of the same story and adds ``BURST_BONUS`` to the similarity. A stream without such a
split (a wire feed, whose gaps form one continuous spread) is clustered by text and window alone.
``python -m bench clustering`` prints both variants.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice, repeat
from operator import add, attrgetter, mul, setitem, truediv

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsweave.model import Article

DEFAULT_THRESHOLD = 0.18
"""Cosine similarity to a story centroid needed to join it (see BENCHMARKS.md for the curve)."""
LEAD_SENTENCES = 40
TOP_TERMS = 8
SHORTLIST = 5
COMMON_SHARE = 0.2
"""Terms in more than this share of articles are not used to look up candidate stories."""
BURST_SEPARATION = 10.0
BURST_BONUS = DEFAULT_THRESHOLD

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*|\d[\d,.]*[A-Za-z%]*")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {
    "said",
    "says",
    "say",
    "told",
    "new",
    "year",
    "years",
    "mr",
    "mrs",
    "ms",
}


@dataclass(slots=True, eq=False)  # identity hashing: stories are the keys of the postings
class _Story:
    id: str
    vector: dict[int, float] = field(default_factory=dict)
    """Centroid: term id -> summed weight, terms in order of first use."""
    norm: float = 0.0
    squared: float = 0.0
    first: float = math.nan
    last: float = math.nan
    """Publication times of the first and last dated article; NaN (never within a window, never
    swept) while the story has none."""
    articles: list[str] = field(default_factory=list)
    bursts: set[int] = field(default_factory=set)


class _SublinearTf(dict[int, float]):
    """1 + log(tf), the sublinear term-frequency factor, memoised (1.0 for the common tf = 1)."""

    def __missing__(self, tf: int) -> float:
        factor = self[tf] = 1.0 + math.log(tf)
        return factor


_SUBLINEAR_TF = _SublinearTf({1: 1.0})
_NORM = attrgetter("norm")


class StoryClusterer:
    """Clusters articles into stories using their text and publication time.

    >>> from newsweave.model import Article, Sentence
    >>> def art(i, text):
    ...     return Article(id=i, sentences=[Sentence(f"{i}:0", text)])
    >>> c = StoryClusterer().fit([
    ...     art("a", "Storm Ciara floods towns across northern England."),
    ...     art("b", "Central bank raises interest rates to fight inflation."),
    ...     art("c", "Flooding from Storm Ciara hits towns in northern England.")])
    >>> c.labels_[0] == c.labels_[2] != c.labels_[1]
    True

    Speed. Terms are integer ids (``_Vocabulary``); the vectors and query terms of a whole batch
    are computed up front on arrays (they depend on document frequencies only, not on the
    stories); the online loop's per-term steps (walking postings, updating centroids) are
    ``map``/``zip``/``dict.update`` over whole vectors and postings, which run at C speed. Each
    float is still computed with the same operations in the same order as a term-by-term loop,
    so the stories are exactly those of the plain version (checked on all of Reuters-21578).
    """

    def __init__(self, threshold: float | None = None, window_days: float = 7.0, bursts: bool = True) -> None:
        self.threshold = threshold
        self.window_days = window_days
        self.bursts = bursts

    # -- public API ---------------------------------------------------------------------------
    def fit(self, articles: list[Article]) -> StoryClusterer:
        """Cluster a batch from scratch."""
        self._reset()
        self._learn_frequencies(articles)
        return self._assign(articles)

    def partial_fit(self, articles: list[Article]) -> StoryClusterer:
        """Add articles to the stories found so far; existing story ids never change."""
        if not hasattr(self, "stories_"):
            self._reset()
        self._learn_frequencies(articles)
        return self._assign(articles)

    # -- internals ------------------------------------------------------------------------------
    def _reset(self) -> None:
        self.labels_: list[str] = []
        self.stories_: dict[str, list[str]] = {}
        self._stories: dict[str, _Story] = {}
        # term id -> {story: the term's weight in the story's centroid}, for active stories
        self._postings: dict[int, dict[_Story, float]] = defaultdict(dict)
        self._vocabulary = _Vocabulary()
        self._df: Counter[int] = Counter()
        self._docs = 0
        self._story_of: dict[str, str] = {}
        self._burst_story: dict[int, str] = {}
        self._burst_base = 0
        self._term_cache: dict[str, Counter[int]] = {}  # term counts of articles not yet assigned
        self._swept = float("-inf")

    def _learn_frequencies(self, articles: Iterable[Article]) -> None:
        for a in articles:
            if a.duplicate_of:
                continue  # a reprint would make its words look common
            self._df.update(self._counts_of(a).keys())
            self._docs += 1

    def _assign(self, articles: list[Article]) -> StoryClusterer:
        threshold = DEFAULT_THRESHOLD if self.threshold is None else self.threshold
        window = self.window_days * 86400.0
        labels: dict[str, str] = {}
        moments = [_timestamp(a) for a in articles]
        order = sorted(range(len(articles)), key=lambda i: (moments[i] is None, moments[i] or 0.0, i))
        burst_of = arrival_bursts([articles[i] for i in order]) if self.bursts else {}
        # burst numbers are per call: shift them past those of earlier partial_fit calls
        burst_of = {aid: b + self._burst_base for aid, b in burst_of.items()}
        self._burst_base += len(set(burst_of.values())) + 1
        # a reprint joins its original's story if that was assigned before it: every article
        # processed earlier is, so the articles that need a vector are known before the loop
        known: set[str] = set(self._story_of)
        reprint: dict[int, str] = {}  # article -> the original it joins
        for i in order:
            original = articles[i].duplicate_of
            if original and original in known:
                reprint[i] = original
            known.add(articles[i].id)
        texts = [i for i in order if i not in reprint]
        vectors, query_terms = self._vectors([articles[i] for i in texts])
        vector_of = dict(zip(texts, zip(vectors, query_terms, strict=True), strict=True))
        for i in order:
            article, moment = articles[i], moments[i]
            if i in reprint:
                story = self._stories[self._story_of[reprint[i]]]
                self._add(story, article, {}, moment)
                labels[article.id] = story.id
                continue
            vector, terms = vector_of.pop(i)
            if moment is not None and moment - self._swept > window / 4:
                self._evict(moment, window)
            burst = burst_of.get(article.id)
            candidates = self._candidates(vector, terms, moment, window)
            if burst is not None and burst in self._burst_story:
                candidates.append(self._stories[self._burst_story[burst]])
            best, best_score = None, threshold
            for story in candidates:
                score = _dot(vector, story.vector) / story.norm if story.norm else 0.0
                if burst is not None and burst in story.bursts:
                    score += BURST_BONUS
                if score > best_score or (score == best_score and best is not None and story.id < best.id):
                    best, best_score = story, score
            if best is None:
                best = self._new_story(article)
            self._add(best, article, vector, moment)
            if burst is not None:
                best.bursts.add(burst)
                self._burst_story[burst] = best.id
            labels[article.id] = best.id
        self.labels_ = [labels[a.id] for a in articles]
        return self

    def _candidates(
        self, vector: dict[int, float], query_terms: list[int], moment: float | None, window: float
    ) -> list[_Story]:
        """The few active stories most likely to match, found through the inverted index.

        Walking the postings of the article's most distinctive terms gives each story a partial
        score (the dot product over those terms only); the full cosine is then computed for the
        ``SHORTLIST`` best, so the cost per article does not grow with the number of stories.
        Stories outside the time window are skipped while ranking, so only the few at the top of
        the ranking are ever checked.
        """
        partial: dict[_Story, float] = {}
        get = partial.get
        postings_of = self._postings
        for term in query_terms:
            postings = postings_of.get(term)
            if postings:  # partial[story] += weight * centroid weight, for all the term's stories
                products = map(mul, repeat(vector[term]), postings.values())
                partial.update(zip(postings, map(add, map(get, postings, repeat(0.0)), products), strict=True))
        stories = list(partial)
        scores = list(map(truediv, partial.values(), map(_NORM, stories)))
        if moment is not None:
            early, late = moment - window, moment + window
        shortlist: list[int] = []
        for i in sorted(range(len(scores)), key=scores.__getitem__, reverse=True):
            if len(shortlist) >= SHORTLIST and scores[i] < scores[shortlist[-1]]:
                break  # full, and no story is tied with the last one kept
            story = stories[i]
            if moment is None or math.isnan(story.last) or (story.first <= late and early <= story.last):
                shortlist.append(i)
        ranked = sorted((-scores[i], stories[i].id, i) for i in shortlist)
        return [stories[i] for _, _, i in ranked[:SHORTLIST]]

    def _evict(self, moment: float, window: float) -> None:
        """Forget, in the index, stories quiet for longer than the window before ``moment``.

        Articles are processed in time order, so such stories can no longer be joined; dropping
        them keeps postings as short as the number of stories active in one window. (An article
        more than a window older than the newest one seen starts a story of its own.)
        """
        for postings in self._postings.values():
            if len(postings) < 8:
                continue  # short lists cost little to walk; sweeping them all costs more
            # a story without a dated article has a NaN last time, never quiet
            for story in [story for story in postings if story.last + window < moment]:
                del postings[story]
        self._swept = moment

    def _new_story(self, article: Article) -> _Story:
        base = story_id(article.id)
        sid, n = base, 1
        while sid in self._stories:
            n += 1
            sid = f"{base}-{n}"
        story = _Story(id=sid)
        self._stories[sid] = story
        self.stories_[sid] = story.articles
        return story

    def _add(self, story: _Story, article: Article, vector: dict[int, float], moment: float | None) -> None:
        story.articles.append(article.id)
        self._story_of[article.id] = story.id
        if moment is not None:
            story.first = moment if math.isnan(story.first) else min(story.first, moment)
            story.last = moment if math.isnan(story.last) else max(story.last, moment)
        if not vector:
            return
        centroid, postings = story.vector, self._postings
        weights = vector.values()
        olds = list(map(centroid.get, vector, repeat(0.0)))
        news = list(map(add, olds, weights))
        centroid.update(zip(vector, news, strict=True))
        # index the story under all its terms; a later article looks up only its own most
        # distinctive (rarest, hence shortest-listed) terms, so the lookup stays cheap
        _consume(map(setitem, map(postings.__getitem__, vector), repeat(story), news))
        # (old + w)^2 - old^2 = w (2 old + w): the squared norm kept incrementally, term by term
        story.squared = sum(map(mul, weights, map(add, map(mul, repeat(2.0), olds), weights)), story.squared)
        story.norm = math.sqrt(story.squared)

    def _counts_of(self, article: Article) -> Counter[int]:
        counts = self._term_cache.get(article.id)
        if counts is None:
            counts = self._term_cache[article.id] = Counter(self._vocabulary.terms(article))
        return counts

    def _vectors(self, articles: list[Article]) -> tuple[list[dict[int, float]], list[list[int]]]:
        """TF-IDF vectors of the articles (terms in order of first use) and their query terms.

        Query terms are an article's heaviest terms that are not common in the corpus (short
        postings), ties broken by spelling. Neither depends on the stories found so far, only on
        the document frequencies, so both are computed for the whole batch at once, on arrays.
        Every float is the one a term-by-term computation gives: weights are the same products
        and quotients (idf with ``math.log``), and each norm adds an article's squared weights in
        term order (one array addition per position across all articles, never a pairwise sum).
        """
        counts = [self._term_cache.pop(a.id, None) or Counter(self._vocabulary.terms(a)) for a in articles]
        terms = list(chain.from_iterable(counts))
        size, vocabulary = len(terms), len(self._vocabulary.spelling)
        ids = np.fromiter(terms, np.intp, size)
        seen = np.unique(ids).tolist()
        n, common = max(self._docs, 1), max(5, COMMON_SHARE * self._docs)
        frequency = list(map(self._df.get, seen, repeat(0)))
        idf, rare, rank = np.zeros(vocabulary), np.zeros(vocabulary, bool), np.zeros(vocabulary, np.intp)
        idf[seen] = [math.log((1 + n) / (1 + df)) + 1.0 for df in frequency]
        rare[seen] = [df <= common for df in frequency]
        rank[sorted(seen, key=self._vocabulary.spelling.__getitem__)] = np.arange(len(seen))

        lengths = np.fromiter(map(len, counts), np.intp, len(counts))
        starts = np.cumsum(lengths) - lengths
        tf = np.fromiter(map(_SUBLINEAR_TF.__getitem__, chain.from_iterable(c.values() for c in counts)), float, size)
        weights = tf * idf[ids]
        squares = weights * weights
        squared = np.zeros(len(counts))
        by_length = np.argsort(-lengths, kind="stable")
        longer_than = np.searchsorted(-lengths[by_length], -np.arange(int(lengths.max(initial=0))), side="left")
        for position, how_many in enumerate(longer_than.tolist()):
            longer = by_length[:how_many]
            squared[longer] += squares[starts[longer] + position]
        doc = np.repeat(np.arange(len(counts)), lengths)
        normalised = weights / np.sqrt(squared)[doc]
        values = normalised.tolist()
        ends = (starts + lengths).tolist()
        vectors = [dict(zip(terms[s:e], values[s:e], strict=True)) for s, e in zip(starts.tolist(), ends, strict=True)]

        kept = np.flatnonzero(rare[ids])
        kept = kept[np.lexsort((rank[ids[kept]], -normalised[kept], doc[kept]))]
        first = np.searchsorted(doc[kept], doc[kept])  # where each kept entry's article starts
        kept = kept[np.arange(len(kept)) - first < TOP_TERMS]
        bounds = np.searchsorted(doc[kept], np.arange(len(counts) + 1)).tolist()
        chosen = ids[kept].tolist()
        query = [chosen[s:e] for s, e in zip(bounds, bounds[1:], strict=False)]
        spelling = self._vocabulary.spelling
        for found, vector in zip(query, vectors, strict=True):
            if len(found) < 3:  # too few rare terms: fill up with the heaviest others
                ranked = [t for _, _, t in sorted((-w, spelling[t], t) for t, w in vector.items())]
                found += [t for t in ranked if t not in found][: 3 - len(found)]
        return vectors, query


def story_id(founding_article_id: str) -> str:
    """A story's id, derived from its first article's id: stable as the story grows and across runs."""
    return "s" + hashlib.blake2b(founding_article_id.encode("utf-8"), digest_size=5).hexdigest()


def arrival_bursts(articles: list[Article]) -> dict[str, int]:
    """Burst number of each dated article when the stream clearly arrives in bursts, else {}.

    ``articles`` must be in time order and most must carry a time of day. The log gaps between
    consecutive articles are split in two (Otsu's method: the cut that maximises the between-class
    variance); the split counts only when the longest within-burst gap is ``BURST_SEPARATION`` times
    shorter than the shortest gap between bursts, i.e. there is an empty valley between the two.
    """
    dated = [(t, a.id) for a in articles if (t := _timestamp(a)) is not None]
    if len(dated) < 20:
        return {}
    if sum(1 for t, _ in dated if t % 86400) < len(dated) / 2:
        return {}  # dates without a time of day cannot show arrival bursts (same-day is not a burst)
    gaps = sorted(max(b[0] - a[0], 1e-3) for a, b in zip(dated, dated[1:], strict=False))
    logs = [math.log(g) for g in gaps]
    n = len(logs)
    prefix = [0.0]
    for v in logs:
        prefix.append(prefix[-1] + v)
    best_cut, best_var = None, -1.0
    for k in range(1, n):  # lower class: logs[:k]
        m0 = prefix[k] / k
        m1 = (prefix[n] - prefix[k]) / (n - k)
        var = k * (n - k) * (m0 - m1) ** 2
        if var > best_var:
            best_cut, best_var = k, var
    if best_cut is None or gaps[best_cut] < BURST_SEPARATION * gaps[best_cut - 1]:
        return {}
    limit = gaps[best_cut - 1]
    bursts, burst = {dated[0][1]: 0}, 0
    for (t0, _), (t1, aid) in zip(dated, dated[1:], strict=False):
        if t1 - t0 > limit:
            burst += 1
        bursts[aid] = burst
    return bursts


class _Vocabulary:
    """Term ids of one clusterer, and the memoised tokenizer that produces them.

    Vectors, centroids and postings are keyed by small integers rather than by the terms: the
    ids let the batch steps work on arrays, and an int hashes without reading a string.
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.spelling: list[str] = []
        self._opening = _TermsOfToken(self, inside=False)
        self._inside = _TermsOfToken(self, inside=True)

    def id(self, term: str) -> int:
        found = self.ids.get(term)
        if found is None:
            found = self.ids[term] = len(self.spelling)
            self.spelling.append(term)
        return found

    def terms(self, article: Article) -> list[int]:
        """Content words of the title (twice) and body; capitalised words (names) count twice."""
        parts = []
        if article.title:
            parts += [article.title, article.title]
        parts += [s.text for s in article.sentences[:LEAD_SENTENCES]]
        out: list[int] = []
        opening, inside = self._opening.__getitem__, self._inside.__getitem__
        for part in parts:
            tokens = _TOKEN.findall(part)
            if tokens:
                out += opening(tokens[0])
                out += chain.from_iterable(map(inside, islice(tokens, 1, None)))
        return out


class _TermsOfToken(dict[str, tuple[int, ...]]):
    """Token -> ids of the terms it contributes (none for a stop word), memoised, bounded.

    Two tables, since a capitalised word counts twice inside a sentence (a name) but once as the
    sentence's first word; a dict lookup per token then replaces the normalisation work.
    """

    def __init__(self, vocabulary: _Vocabulary, inside: bool) -> None:
        super().__init__()
        self.vocabulary = vocabulary
        self.inside = inside

    def __missing__(self, token: str) -> tuple[int, ...]:
        if len(self) > 1_000_000:
            self.clear()  # bound the memo on endless streams
        low = token.lower().strip("'’-.,")
        if len(low) < 2 or low in _STOP:
            terms: tuple[int, ...] = ()
        elif self.inside and token[0].isupper():
            terms = (self.vocabulary.id(low),) * 2  # a name mid-sentence: counted again
        else:
            terms = (self.vocabulary.id(low),)
        self[token] = terms
        return terms


def _consume(iterator: Iterator[object]) -> None:
    """Run an iterator (a ``map`` called for its side effects) to its end, at C speed."""
    deque(iterator, maxlen=0)


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))


def _timestamp(article: Article) -> float | None:
    if article.published is None:
        return None
    moment = article.published
    if moment.tzinfo is not None:
        return moment.timestamp()
    return (moment - datetime(1970, 1, 1)).total_seconds()
