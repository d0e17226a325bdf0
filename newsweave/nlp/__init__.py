"""The NLP layer: sentences, entities with aliases, quotes with speakers, quantities, dates.

Public entry points: ``annotate`` (one story) and ``annotate_many`` (many stories, one batch;
also in its two halves, ``recognize`` for all stories and ``annotate_story`` for each), plus the
sentence splitter the cleaner uses. The spaCy model is loaded lazily on first use, so
importing this package (for ``split_sentences``) costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.nlp.sentences import split_paragraphs, split_sentences

if TYPE_CHECKING:
    from newsweave.model import Annotations, Article
    from newsweave.nlp.entities import Span
    from newsweave.options import Options

__all__ = ["annotate", "annotate_many", "annotate_story", "recognize", "split_paragraphs", "split_sentences"]


def annotate(articles: list[Article], options: Options) -> Annotations:
    """Entities, quotes, quantities and dates of the articles of one story (see ``nlp.annotation``)."""
    from newsweave.nlp.annotation import annotate as _annotate

    return _annotate(articles, options)


def annotate_many(stories: list[list[Article]], options: Options) -> list[Annotations]:
    """``annotate`` for many stories in one batch (one ``nlp.pipe`` over all paragraphs)."""
    from newsweave.nlp.annotation import annotate_many as _annotate_many

    return _annotate_many(stories, options)


def recognize(stories: list[list[Article]], options: Options) -> list[list[tuple[str, Span]]]:
    """The first half of ``annotate_many``: the entity recognizer over all stories' paragraphs."""
    from newsweave.nlp.annotation import recognize as _recognize

    return _recognize(stories, options)


def annotate_story(articles: list[Article], spans: list[tuple[str, Span]]) -> Annotations:
    """The second half of ``annotate_many``, for one story: everything after the recognizer."""
    from newsweave.nlp.annotation import annotate_story as _annotate_story

    return _annotate_story(articles, spans)
