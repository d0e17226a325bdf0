"""Baseline summarizers run beside ours on the same cleaned articles and the same budget.

Each baseline returns sentences in its order of preference; the benchmark fills the budget
with them and truncates (the usual protocol for baselines). sumy's summarizers get our sentence
splitter through a tokenizer object of our own (sumy's English tokenizer needs NLTK data that
cannot be downloaded here), so every system sees the same sentences.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from newsweave.model import Article
from newsweave.nlp.sentences import split_sentences

Ranker = Callable[[list[Article]], list[str]]

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class SentenceTokenizer:
    """sumy's tokenizer interface over newsweave's sentence splitter."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def lead(articles: list[Article]) -> list[str]:
    """First sentences of the articles in turn: every first sentence, then every second..."""
    out = []
    depth = max((len(a.sentences) for a in articles), default=0)
    for i in range(depth):
        out.extend(a.sentences[i].text for a in articles if i < len(a.sentences))
    return out


def random_order(seed: int) -> Ranker:
    """All sentences in a random order, fixed by ``seed`` (the same per cluster in every run)."""

    def rank(articles: list[Article]) -> list[str]:
        sentences = [s.text for a in articles for s in a.sentences]
        random.Random(seed).shuffle(sentences)
        return sentences

    return rank


class SortedLsaSummarizer(LsaSummarizer):
    """sumy's LSA with its term rows in sorted order.

    sumy numbers the rows in the iteration order of a frozenset of strings, which changes with
    Python's hash seed from one process to the next; the SVD of the permuted matrix differs in
    its last bits and near-ties between sentences flipped (Multi-News R-2 12.69-12.77 in three
    runs of the same code). Sorted rows give the same ranking in every run.
    """

    def _create_dictionary(self, document):  # sumy's signature
        return {w: i for i, w in enumerate(sorted(super()._create_dictionary(document)))}


def sumy_ranker(kind: str) -> Ranker:
    """A sumy summarizer ("lexrank", "textrank", "lsa") over the concatenated articles."""
    classes = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "lsa": SortedLsaSummarizer}
    summarizer = classes[kind](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = SentenceTokenizer()

    def rank(articles: list[Article]) -> list[str]:
        text = "\n\n".join(a.text for a in articles)
        document = PlaintextParser.from_string(text, tokenizer).document
        ranked: list = []

        def take_all(infos):  # sumy hands the sentences to ``count`` sorted best first
            ranked.extend(infos)
            return infos

        summarizer(document, take_all)
        return [str(info.sentence) for info in ranked]

    return rank
