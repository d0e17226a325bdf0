"""Group articles into stories: one batch (``fit``) or a stream (``partial_fit``) with stable ids.

The method is single-pass centroid clustering in time order, the classic approach of topic
detection and tracking (TDT): each article joins the most similar *active* story (one with an
article within ``window_days`` of it) if its similarity to that story reaches the threshold,
otherwise it founds a new story. Why this and not agglomerative clustering:
- cost grows linearly: an article is compared only with stories that share one of its most
  distinctive terms (an inverted index) and are active in its time window; no all-pairs matrix;
- the same algorithm serves batches and streams, and a story keeps its id as it grows (the id is
  derived from the founding article's id, so it is also stable across runs).

An article is represented by TF-IDF weights (sublinear tf, smoothed idf) of the content words of its
title (counted twice: headlines are dense summaries) and body (up to ``LEAD_SENTENCES`` sentences:
on BASIL the lead alone, 5 or 10 sentences, separated stories slightly worse than the whole
body); capitalised words mid-sentence count twice, since names and places are what distinguish
one story from another. Document frequencies are learned from everything seen, with a prior
of ``PRIOR_DOCUMENTS`` pseudo-articles so that a small batch does not make the words its
articles share worthless.

Similarity to a story. A short text (a headline, a one-line description: fewer than
``LONG_TERMS`` distinct terms) is compared with the story's centroid, the sum of its articles' unit
vectors, by cosine: a headline shares a word or two with each other headline of its story, and
the centroid gathers them all. A longer text is compared by its mean cosine to the story's
articles (group-average link: the dot product with the same centroid over the number of
articles, no costlier), against ``MEAN_LINK_SHARE`` of the threshold. The centroid's cosine
favours broad stories, since the sum of many different vectors is short and anything on the
subject is near its direction: on undated batches of long texts it merged stories on the same
subject years apart (B-cubed precision 0.69 on the AllSides leads), and on a wire feed it made
one "story" of 246 quarterly results of 194 companies (Reuters-21578; 47 briefs now). The mean is hard on
headlines alone (UCI without arrival bursts: 0.600 -> 0.486), hence the split by length.
``python -m bench clustering`` has the figures.

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
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, filterfalse, repeat
from operator import add, attrgetter, mul, setitem, truediv

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsweave import parallel
from newsweave.model import Article

DEFAULT_THRESHOLD = 0.18
"""Cosine similarity to a story centroid needed to join it (see BENCHMARKS.md for the curve)."""
LONG_TERMS = 12
"""An article with at least this many distinct terms is a long text, compared with a story by its
mean cosine to the story's articles; a shorter one (a headline) by its cosine to the centroid.
B-cubed F1 at 8, 12, 16 and 20 terms (``MEAN_LINK_SHARE`` 0.83 then): UCI 0.828 / 0.840 / 0.840 /
0.840 (without bursts 0.523 / 0.600 / 0.600 / 0.600: headlines are under 12 terms), AllSides
0.801 / 0.796 / 0.794 / 0.790, DUC 2004 0.789 / 0.789 / 0.789 / 0.792, AllSides train 0.574 at 12
and 0.569 at 20, BASIL and Multi-News the same; on 3,000 Reuters-21578 bodies the largest story
47 / 47 / 58 / 100 articles (quarterly results, briefs of 12-20 terms)."""
MEAN_LINK_SHARE = 0.95
"""The mean cosine a long text needs, as a share of the threshold (0.171 at the default 0.18).
Chosen with ``PRIOR_DOCUMENTS`` on the sum of B-cubed F1 over BASIL, UCI, AllSides val,
Multi-News and DUC 2004 whole and in batches of one and of three stories (``python -m bench
clustering --batches 1,3``); see ``PRIOR_DOCUMENTS`` for the figures."""
PRIOR_DOCUMENTS = 50
"""Inverse document frequencies count ``PRIOR_DOCUMENTS`` articles more than were seen, each term
in ``PRIOR_SHARE`` of them: idf = ln((1 + n + 50) / (1 + df + 5)) + 1. Without this prior, a
batch of three reports of one event made the words all three share nearly worthless (idf 1
against 1.69 for a word of one of them; 2.79 against 3.04 with it), so each report's own words
decided and the event split: clustered alone, 8 of the 50 BASIL stories split, and 49 of the 50
DUC 2004 topics. The prior fades as articles accumulate: at 1,000 articles a term in 10 of them
has an idf 6% lower, a term in 100 the same.

B-cubed F1 (``python -m bench clustering --batches 1,3``) of whole sets (BASIL, UCI, AllSides
val, Multi-News, DUC 2004), then of the four long-text sets in batches of one story and of
three, each batch clustered on its own (BASIL with its dates, the others undated):
- before (no prior, ``MEAN_LINK_SHARE`` 0.83): 0.986, 0.840, 0.796, 0.887, 0.789; one story
  0.963, 0.836, 0.839, 0.565; three 0.991, 0.922, 0.886, 0.681;
- now (50 pseudo-articles, share 0.1, 0.95): 0.990, 0.840, 0.803, 0.889, 0.777; one story 1.000,
  0.947, 0.914, 0.810; three 1.000, 0.945, 0.915, 0.775;
- the prior alone lowers AllSides and DUC 2004 whole by about 0.01 (100 pseudo-articles at
  0.83: 0.786 and 0.778), and a stricter mean alone loses in small batches (without the prior,
  0.9 gave 0.986, 0.840, 0.814, 0.888, 0.782 whole and 0.946, 0.818, 0.827, 0.515 one story at a
  time). Other settings (documents / share / ``MEAN_LINK_SHARE``; sums of the three groups, whole
  sets with UCI, measured with reprints left out beforehand): 30 / 0.1 / 0.9 4.298, 3.651, 3.610;
  30 / 0.1 / 1.0 4.316, 3.591, 3.569; 50 / 0.1 / 0.9 4.280, 3.682, 3.643; 100 / 0.1 / 0.9 4.278,
  3.706, 3.665 (UCI 0.828); 10 / 0.1 / 0.9 4.291, 3.493, 3.531; the setting chosen 4.298, 3.659,
  3.619, before 4.297, 3.181, 3.453.
AllSides train (7,356 leads, held out from the choice): whole 0.574 -> 0.610, one story 0.862 ->
0.954, three 0.928 -> 0.947.

Short texts (under ``LONG_TERMS`` terms: headlines) keep the batch's own frequencies. Their few
terms make one word all of them share decisive once the prior keeps it from being worthless: a
feed of fourteen headlines "Harbour Strike Update", "Wheat Prices Update", ... became one story.
Without the prior for them, UCI is as before (0.840 / 0.600 with bursts on / off, against 0.838 /
0.618 with it; three stories at a time 0.900 against 0.904 before) and the long-text sets are
within 0.003. A prior from the words' frequencies in English (the ``wordfreq`` package: the
share of news articles expected to hold each word) did no better than one share for all words
(one story, 30 documents: Multi-News 0.907 against 0.916, DUC 2004 0.696 against 0.783)."""
PRIOR_SHARE = 0.1
"""The share of the ``PRIOR_DOCUMENTS`` pseudo-articles that hold any one term."""
LEAD_SENTENCES = 40
TOP_TERMS = 8
SHORTLIST = 5
COMMON_SHARE = 0.2
"""Terms in more than this share of articles are not used to look up candidate stories."""
BURST_SEPARATION = 10.0
BURST_BONUS = DEFAULT_THRESHOLD

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*|\d[\d,.]*[A-Za-z%]*")
_OPENING = "\x00"
"""Marks the start of a part (title, sentence) in ``_marked_text``."""
# A token, or a part's first token with its marker and whatever precedes the word: a token starts
# at a letter or digit, so the part's first token is the first one after the marker. (The marked
# form comes last: tried first, it slowed the scan at every character by a third.)
_MARKED_TOKEN = re.compile(_TOKEN.pattern + r"|\x00[^A-Za-z\d\x00]*(?:" + _TOKEN.pattern + ")")
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
    members: int = 0
    """Articles whose vectors the centroid sums (a reprint adds none)."""
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
_MEMBERS = attrgetter("members")


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
    Terms are counted (tokenising is a quarter of the work) on ``workers`` processes when a batch
    is large (None: one per core; see ``newsweave.parallel``); they are numbered here in input
    order, so ids, floats and stories are the same for any number of workers.
    """

    def __init__(
        self, threshold: float | None = None, window_days: float = 7.0, bursts: bool = True, workers: int | None = None
    ) -> None:
        self.threshold = threshold
        self.window_days = window_days
        self.bursts = bursts
        self.workers = workers

    # -- public API ---------------------------------------------------------------------------
    def fit(self, articles: list[Article]) -> StoryClusterer:
        """Cluster a batch from scratch."""
        self._reset()
        return self.partial_fit(articles)

    def partial_fit(self, articles: list[Article]) -> StoryClusterer:
        """Add articles to the stories found so far; existing story ids never change."""
        if not hasattr(self, "stories_"):
            self._reset()
        # vectors, centroids and postings are many small acyclic objects: with the cyclic
        # collector paused, the full collections that would walk them again and again (a tenth
        # of the stage's time on Reuters-21578) do not run; reference counting frees them
        with parallel.gc_paused():
            return self._assign(articles, self._learn_frequencies(articles))

    # -- internals ------------------------------------------------------------------------------
    def _reset(self) -> None:
        self.labels_: list[str] = []
        self.stories_: dict[str, list[str]] = {}
        self._stories: dict[str, _Story] = {}
        self._indexed: dict[str, _Story] = {}
        """The stories in the postings: all but those ``_evict`` found quiet since they last grew."""
        # indexed by term id: {story: the term's weight in the story's centroid}, for active stories
        self._postings: list[dict[_Story, float]] = []
        self._vocabulary = _Vocabulary()
        self._df = np.zeros(0, np.int64)
        """Document frequency of each term id (originals only)."""
        self._docs = 0
        self._story_of: dict[str, str] = {}
        self._burst_story: dict[int, str] = {}
        self._burst_base = 0
        self._swept = float("-inf")

    def _learn_frequencies(self, articles: list[Article]) -> _Counts:
        """Count every article's terms and learn document frequencies from the originals.

        Terms are counted on ``workers`` processes when there are many articles, while this
        process numbers the terms of the chunks already counted: in input order, as a
        term-by-term pass over the articles would.
        """
        counts = _Counts([], [])
        for chunk in parallel.imap_chunks(_term_counts, [_marked_text(a) for a in articles], self.workers):
            for found in chunk:
                ids = None
                if not articles[len(counts.texts)].duplicate_of:  # a reprint would make its words look common
                    ids = self._vocabulary.count_ids(found)
                counts.texts.append(found)
                counts.ids.append(ids)
        originals = [ids for ids in counts.ids if ids is not None]
        self._docs += len(originals)
        terms = np.fromiter(chain.from_iterable(originals), np.intp, sum(map(len, originals)))
        vocabulary = len(self._vocabulary.spelling)
        self._df = np.bincount(terms, minlength=vocabulary) + np.pad(self._df, (0, vocabulary - len(self._df)))
        return counts

    def _assign(self, articles: list[Article], counts: _Counts) -> StoryClusterer:
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
        vectors, query_terms = self._vectors([counts.of(i, self._vocabulary) for i in texts])
        self._postings += [{} for _ in range(len(self._vocabulary.spelling) - len(self._postings))]
        vector_of = dict(zip(texts, zip(vectors, query_terms, strict=True), strict=True))
        for i in order:
            article, moment = articles[i], moments[i]
            if i in reprint:
                story = self._stories[self._story_of[reprint[i]]]
                self._add(story, article, {}, moment)
                labels[article.id] = story.id
                continue
            vector, terms = vector_of.pop(i)
            if moment is not None and moment - self._swept > window * SWEEP_EVERY:
                self._evict(moment, window)
            burst = burst_of.get(article.id)
            long_text = len(vector) >= LONG_TERMS
            share = MEAN_LINK_SHARE if long_text else 1.0
            candidates = self._candidates(vector, terms, moment, window, long_text)
            if burst is not None and burst in self._burst_story:
                candidates.append(self._stories[self._burst_story[burst]])
            best, best_score = None, threshold * share
            for story in candidates:
                scale = story.members if long_text else story.norm
                score = _dot(vector, story.vector) / scale if scale else 0.0
                if burst is not None and burst in story.bursts:
                    score += BURST_BONUS * share
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
        self, vector: dict[int, float], query_terms: list[int], moment: float | None, window: float, mean: bool
    ) -> list[_Story]:
        """The few active stories most likely to match, found through the inverted index.

        Walking the postings of the article's most distinctive terms gives each story a partial
        score (the dot product over those terms only, over the centroid's norm, or over the
        story's number of articles when ``mean``); the full similarity is then computed for the
        ``SHORTLIST`` best, so the cost per article does not grow with the number of stories.
        Stories outside the time window are skipped while ranking, so only the few at the top of
        the ranking are ever checked.
        """
        partial: dict[_Story, float] = {}
        get = partial.get
        postings_of = self._postings
        for term in query_terms:
            postings = postings_of[term]
            if postings:  # partial[story] += weight * centroid weight, for all the term's stories
                products = map(mul, repeat(vector[term]), postings.values())
                partial.update(zip(postings, map(add, map(get, postings, repeat(0.0)), products), strict=True))
        stories = list(partial)
        scores = list(map(truediv, partial.values(), map(_MEMBERS if mean else _NORM, stories)))
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
        more than a window older than the newest one seen starts a story of its own; an undated
        one, placed last, can join the stories of the last window.) Each quiet story leaves the
        postings of its own terms, so a sweep costs what it removes, and sweeps can be frequent.
        """
        # a story without a dated article has a NaN last time, never quiet
        quiet = [story for story in self._indexed.values() if story.last + window < moment]
        postings = self._postings
        for story in quiet:
            del self._indexed[story.id]
            _consume(map(dict.pop, map(postings.__getitem__, story.vector), repeat(story)))
        self._swept = moment

    def _index(self, story: _Story) -> None:
        """Put a story back in the postings of all its terms, with its centroid's weights."""
        self._indexed[story.id] = story
        _consume(map(setitem, map(self._postings.__getitem__, story.vector), repeat(story), story.vector.values()))

    def _new_story(self, article: Article) -> _Story:
        base = story_id(article.id)
        sid, n = base, 1
        while sid in self._stories:
            n += 1
            sid = f"{base}-{n}"
        story = _Story(id=sid)
        self._stories[sid] = story
        self._indexed[sid] = story
        self.stories_[sid] = story.articles
        return story

    def _add(self, story: _Story, article: Article, vector: dict[int, float], moment: float | None) -> None:
        story.articles.append(article.id)
        self._story_of[article.id] = story.id
        if story.id not in self._indexed:  # a quiet story joined again (a late reprint): back in the index
            self._index(story)
        if moment is not None:
            story.first = moment if math.isnan(story.first) else min(story.first, moment)
            story.last = moment if math.isnan(story.last) else max(story.last, moment)
        if not vector:
            return
        centroid, postings = story.vector, self._postings
        weights = vector.values()
        # index the story under all its terms; a later article looks up only its own most
        # distinctive (rarest, hence shortest-listed) terms, so the lookup stays cheap
        if not centroid:  # a story's first article: the sums below would add to zeros
            centroid.update(vector)
            self._index(story)
            story.squared = sum(map(mul, weights, weights), story.squared)
            story.norm = math.sqrt(story.squared)
            story.members += 1
            return
        olds = list(map(centroid.get, vector, repeat(0.0)))
        news = list(map(add, olds, weights))
        centroid.update(zip(vector, news, strict=True))
        _consume(map(setitem, map(postings.__getitem__, vector), repeat(story), news))
        # (old + w)^2 - old^2 = w (2 old + w): the squared norm kept incrementally, term by term
        story.squared = sum(map(mul, weights, map(add, map(mul, repeat(2.0), olds), weights)), story.squared)
        story.norm = math.sqrt(story.squared)
        story.members += 1

    def _vectors(self, counts: list[dict[int, int]]) -> tuple[list[dict[int, float]], list[list[int]]]:
        """TF-IDF vectors of articles with these term counts (terms in order of first use) and
        their query terms.

        Query terms are an article's heaviest terms that are not common in the corpus (short
        postings), ties broken by spelling. Neither depends on the stories found so far, only on
        the document frequencies, so both are computed for the whole batch at once, on arrays.
        Every float is the one a term-by-term computation gives: weights are the same products
        and quotients (idf with ``math.log``), and each norm adds an article's squared weights in
        term order (one array addition per position across all articles, never a pairwise sum).
        """
        terms = list(chain.from_iterable(counts))
        size, vocabulary = len(terms), len(self._vocabulary.spelling)
        # a reprint whose original is neither in the batch nor seen before is clustered on its own
        # text, numbered only now: its words count in no document frequency (df 0), as a reprint's
        self._df = np.pad(self._df, (0, vocabulary - len(self._df)))
        ids = np.fromiter(terms, np.intp, size)
        seen = np.flatnonzero(np.bincount(ids, minlength=vocabulary)).tolist()  # np.unique, without a sort
        n, common = max(self._docs, 1), max(5, COMMON_SHARE * self._docs)
        frequency = self._df[seen].tolist()
        idf, rare, rank = np.zeros(vocabulary), np.zeros(vocabulary, bool), np.zeros(vocabulary, np.intp)
        prior, prior_df = PRIOR_DOCUMENTS, PRIOR_DOCUMENTS * PRIOR_SHARE
        idf[seen] = [math.log((1 + n + prior) / (1 + df + prior_df)) + 1.0 for df in frequency]
        headline_idf = np.zeros(vocabulary)  # short texts: no prior (see ``PRIOR_DOCUMENTS``)
        headline_idf[seen] = [math.log((1 + n) / (1 + df)) + 1.0 for df in frequency]
        rare[seen] = [df <= common for df in frequency]
        rank[sorted(seen, key=self._vocabulary.spelling.__getitem__)] = np.arange(len(seen))

        lengths = np.fromiter(map(len, counts), np.intp, len(counts))
        starts = np.cumsum(lengths) - lengths
        tf = np.fromiter(map(_SUBLINEAR_TF.__getitem__, chain.from_iterable(c.values() for c in counts)), float, size)
        weights = tf * np.where(np.repeat(lengths >= LONG_TERMS, lengths), idf[ids], headline_idf[ids])
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
        kept = kept[normalised[kept] >= _top_weights(normalised[kept], doc[kept], len(counts))[doc[kept]]]
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


SWEEP_EVERY = 1 / 16
"""How often quiet stories leave the index, as a share of the window: a story stays indexed this
much longer than it can be joined at most, half of it on average."""


def _top_weights(weights: np.ndarray, doc: np.ndarray, docs: int) -> np.ndarray:
    """Per article, a weight at or below its ``TOP_TERMS``-th heaviest (-inf when it has fewer):
    only terms at least this heavy can be among its query terms, so the exact sort of the query
    terms (three keys) runs on those alone. One float key orders each article's weights (the
    article's number, then the weight): its rounding (below 1e-11) is covered by a margin."""
    if not len(weights):
        return np.full(docs, -np.inf)
    order = np.sort(doc * 2.0 + (1.0 - weights))  # doc ascending, then weight descending
    owner = np.floor(order * 0.5).astype(np.intp)
    starts = np.searchsorted(owner, np.arange(docs))
    counts = np.bincount(owner, minlength=docs)
    nth = np.minimum(starts + TOP_TERMS - 1, len(order) - 1)
    heavy = 1.0 - (order[nth] - owner[nth] * 2.0)
    return np.where(counts >= TOP_TERMS, heavy - 1e-9, -np.inf)


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
    """Term ids of one clusterer.

    Vectors, centroids and postings are keyed by small integers rather than by the terms: the
    ids let the batch steps work on arrays, and an int hashes without reading a string. Terms are
    counted as strings (``_term_counts``, in worker processes when there are many articles) and
    numbered here, in the order the articles are met and, within one, in order of first use.
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.spelling: list[str] = []

    def count_ids(self, counts: dict[str, int]) -> dict[int, int]:
        """The same counts keyed by term id, in the same order; new terms get the next ids, in
        order of first use. (``map`` and ``filterfalse`` keep the per-term work in C: this runs
        in the parent process for every article, while the workers count the next ones.)"""
        known = self.ids
        new = list(filterfalse(known.__contains__, counts))
        if new:
            known.update(zip(new, range(len(self.spelling), len(self.spelling) + len(new)), strict=True))
            self.spelling += new
        return dict(zip(map(known.__getitem__, counts), counts.values(), strict=True))


@dataclass(slots=True)
class _Counts:
    """The term counts of one batch's articles: as strings, and by term id once numbered."""

    texts: list[dict[str, int]]
    ids: list[dict[int, int] | None]

    def of(self, i: int, vocabulary: _Vocabulary) -> dict[int, int]:
        found = self.ids[i]
        return found if found is not None else vocabulary.count_ids(self.texts[i])


def _marked_text(article: Article) -> str:
    """The text whose terms represent an article: title (twice) and lead sentences, each part
    preceded by ``_OPENING`` so that one regex pass can tell a part's first word from the others."""
    parts = [article.title, article.title] if article.title else []
    parts += [s.text for s in article.sentences[:LEAD_SENTENCES]]
    text = _OPENING + _OPENING.join(parts)
    if text.count(_OPENING) != len(parts) + (not parts):
        # the marker inside the text itself (a stray NUL) would open a part there; it is no token
        # character, so a space in its place changes no token
        text = _OPENING + _OPENING.join(p.replace(_OPENING, " ") for p in parts)
    return text


def _term_counts(texts: list[str]) -> list[dict[str, int]]:
    """Counts of the content words of ``_marked_text`` outputs, in order of first use.

    A capitalised word counts twice inside a part (a name) but once as a part's first word.
    Depends on the text alone, so ``StoryClusterer`` runs it in worker processes.
    """
    terms = _TERMS_OF_TOKEN.__getitem__
    # plain dicts: a Counter is rebuilt through Python code when unpickled
    return [dict(Counter(chain.from_iterable(map(terms, _MARKED_TOKEN.findall(text))))) for text in texts]


class _TermsOfToken(dict[str, tuple[str, ...]]):
    """Token -> the terms it contributes (none for a stop word), memoised, bounded.

    A token marked as a part's first (``_OPENING``, maybe with punctuation before the word) is its
    own key, so a dict lookup per token replaces the normalisation work in both cases.
    """

    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) > 1_000_000:
            self.clear()  # bound the memo on endless streams
        opening = token.startswith(_OPENING)
        word = _TOKEN.search(token).group() if opening else token  # type: ignore[union-attr]
        low = word.lower().strip("'’-.,")
        if len(low) < 2 or low in _STOP:
            terms: tuple[str, ...] = ()
        elif not opening and word[0].isupper():
            terms = (low, low)  # a name mid-sentence: counted again
        else:
            terms = (low,)
        self[token] = terms
        return terms


_TERMS_OF_TOKEN = _TermsOfToken()


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
