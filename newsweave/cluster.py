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
import heapq
import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import repeat

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


@dataclass(eq=False)  # identity hashing: stories sit in the postings sets
class _Story:
    id: str
    vector: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    squared: float = 0.0
    first: float | None = None
    last: float | None = None
    articles: list[str] = field(default_factory=list)
    bursts: set[int] = field(default_factory=set)


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
        # term -> {story: the term's weight in the story's centroid}, for active stories
        self._postings: dict[str, dict[_Story, float]] = defaultdict(dict)
        self._df: Counter[str] = Counter()
        self._docs = 0
        self._story_of: dict[str, str] = {}
        self._burst_story: dict[int, str] = {}
        self._burst_base = 0
        self._term_cache: dict[str, list[str]] = {}
        self._swept = float("-inf")
        self._idf: dict[str, float] = {}
        self._idf_docs = -1

    def _learn_frequencies(self, articles: Iterable[Article]) -> None:
        for a in articles:
            if a.duplicate_of:
                continue  # a reprint would make its words look common
            self._df.update(set(self._terms_of(a)))
            self._docs += 1

    def _assign(self, articles: list[Article]) -> StoryClusterer:
        threshold = DEFAULT_THRESHOLD if self.threshold is None else self.threshold
        window = self.window_days * 86400.0
        labels: dict[str, str] = {}
        order = sorted(range(len(articles)), key=lambda i: _time_key(articles[i], i))
        burst_of = arrival_bursts([articles[i] for i in order]) if self.bursts else {}
        # burst numbers are per call: shift them past those of earlier partial_fit calls
        burst_of = {aid: b + self._burst_base for aid, b in burst_of.items()}
        self._burst_base += len(set(burst_of.values())) + 1
        for i in order:
            article = articles[i]
            if article.duplicate_of and article.duplicate_of in self._story_of:
                story = self._stories[self._story_of[article.duplicate_of]]
                self._add(story, article, {}, _timestamp(article))
                labels[article.id] = story.id
                continue
            vector = self._vector(article)
            moment = _timestamp(article)
            if moment is not None and moment - self._swept > window / 4:
                self._evict(moment, window)
            burst = burst_of.get(article.id)
            candidates = self._candidates(vector, moment, window)
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

    def _candidates(self, vector: dict[str, float], moment: float | None, window: float) -> list[_Story]:
        """The few active stories most likely to match, found through the inverted index.

        Walking the postings of the article's most distinctive terms gives each story a partial
        score (the dot product over those terms only); the full cosine is then computed for the
        ``SHORTLIST`` best, so the cost per article does not grow with the number of stories.
        """
        partial: dict[_Story, float] = {}
        get = partial.get
        for term in self._query_terms(vector):
            postings = self._postings.get(term)
            if not postings:
                continue
            weight = vector[term]
            for story, centroid_weight in postings.items():
                partial[story] = get(story, 0.0) + weight * centroid_weight
        if moment is not None:
            early, late = moment - window, moment + window
            partial = {
                story: score
                for story, score in partial.items()
                if story.last is None or (story.first <= late and early <= story.last)
            }
        scored = ((-score / story.norm, story.id, story) for story, score in partial.items())
        ranked = heapq.nsmallest(SHORTLIST, scored)
        return [story for _, _, story in ranked]

    def _query_terms(self, vector: dict[str, float]) -> list[str]:
        """The article's heaviest terms that are not common in the corpus (short postings)."""
        common = max(5, COMMON_SHARE * self._docs)
        df = self._df
        ranked = [t for _, t in sorted((-w, t) for t, w in vector.items())]
        terms = [t for t in ranked if df.get(t, 0) <= common][:TOP_TERMS]
        if len(terms) < 3:
            terms += [t for t in ranked if t not in terms][: 3 - len(terms)]
        return terms

    def _evict(self, moment: float, window: float) -> None:
        """Forget, in the index, stories quiet for longer than the window before ``moment``.

        Articles are processed in time order, so such stories can no longer be joined; dropping
        them keeps postings as short as the number of stories active in one window. (An article
        more than a window older than the newest one seen starts a story of its own.)
        """
        for postings in self._postings.values():
            if len(postings) < 8:
                continue  # short lists cost little to walk; sweeping them all costs more
            for story in [story for story in postings if story.last is not None and story.last + window < moment]:
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

    def _add(self, story: _Story, article: Article, vector: dict[str, float], moment: float | None) -> None:
        story.articles.append(article.id)
        self._story_of[article.id] = story.id
        if moment is not None:
            story.first = moment if story.first is None else min(story.first, moment)
            story.last = moment if story.last is None else max(story.last, moment)
        if not vector:
            return
        centroid, postings = story.vector, self._postings
        squared = story.squared
        # index the story under all its terms; a later article looks up only its own most
        # distinctive (rarest, hence shortest-listed) terms, so the lookup stays cheap
        for term, weight in vector.items():
            old = centroid.get(term, 0.0)
            centroid[term] = postings[term][story] = old + weight
            squared += weight * (2.0 * old + weight)  # (old + w)^2 - old^2, kept incrementally
        story.squared = squared
        story.norm = math.sqrt(squared)

    def _terms_of(self, article: Article) -> list[str]:
        terms = self._term_cache.get(article.id)
        if terms is None:
            terms = self._term_cache[article.id] = _terms(article)
        return terms

    def _vector(self, article: Article) -> dict[str, float]:
        counts = Counter(self._term_cache.pop(article.id, None) or _terms(article))
        if self._idf_docs != self._docs:  # document frequencies changed: idf weights are stale
            self._idf.clear()
            self._idf_docs = self._docs
        n = max(self._docs, 1)
        idf, df = self._idf, self._df
        vector = {}
        for term, tf in counts.items():
            weight = idf.get(term)
            if weight is None:
                weight = idf[term] = math.log((1 + n) / (1 + df.get(term, 0))) + 1.0
            vector[term] = weight if tf == 1 else (1.0 + math.log(tf)) * weight
        norm = math.sqrt(sum(w * w for w in vector.values()))
        return {t: w / norm for t, w in vector.items()} if norm else {}


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


def _terms(article: Article) -> list[str]:
    """Content words of the title (twice) and body; capitalised words (names) count twice."""
    parts = []
    if article.title:
        parts += [article.title, article.title]
    parts += [s.text for s in article.sentences[:LEAD_SENTENCES]]
    out: list[str] = []
    info = _TOKEN_INFO
    for part in parts:
        first = True
        for token in _TOKEN.findall(part):
            entry = info.get(token)
            if entry is None:
                if len(info) > 1_000_000:
                    info.clear()  # bound the memo on endless streams
                entry = info[token] = _token_info(token)
            low, capitalised = entry
            if low is not None:
                out.append(low)
                if capitalised and not first:
                    out.append(low)  # a name mid-sentence: counted again
            first = False
    return out


_TOKEN_INFO: dict[str, tuple[str | None, bool]] = {}


def _token_info(token: str) -> tuple[str | None, bool]:
    """(normalised term or None for a stop word, whether it is capitalised); memoised per token."""
    low = token.lower().strip("'’-.,")
    if len(low) < 2 or low in _STOP:
        return None, False
    return low, token[0].isupper()


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(map(operator.mul, a.values(), map(b.get, a, repeat(0.0))))


def _timestamp(article: Article) -> float | None:
    if article.published is None:
        return None
    moment = article.published
    if moment.tzinfo is not None:
        return moment.timestamp()
    return (moment - datetime(1970, 1, 1)).total_seconds()


def _time_key(article: Article, index: int) -> tuple[bool, float, int]:
    moment = _timestamp(article)
    return (moment is None, moment or 0.0, index)
