"""The NLP layer of one story, or of many in one batch: entities, quotes, quantities, dates.

The one expensive step, the spaCy entity recognizer, runs once over the paragraphs of every
article of every story (``nlp.pipe``); everything after it is rules over the text and the
entity spans, story by story:

    paragraphs --nlp.pipe--> entity + DATE spans --> mentions per sentence
      --> aliases.resolve (entities, ids by first mention) --> find_missed (names the
      recognizer skipped) --> quotes with speakers (merged across articles)
      --> quantities --> dates (resolved against each article's publication date)
"""

from __future__ import annotations

from collections import defaultdict

from newsweave import parallel
from newsweave.model import Annotations, Article, DateRef, Quantity, Quote, Sentence
from newsweave.nlp.aliases import finish, resolve
from newsweave.nlp.dates import dates_of, one_year_per_month
from newsweave.nlp.entities import Mention, Span, find_missed, mention_of, office_of, paragraph_text, spans_of
from newsweave.nlp.quantities import quantities_of
from newsweave.nlp.quotes import QuoteFinder, merge_across
from newsweave.nlp.sentences import paragraphs_of
from newsweave.nlp.spacy_model import load_model
from newsweave.options import Options

BATCH_SIZE = 128
"""Paragraphs per spaCy batch (throughput flat from 64 to 512 on Reuters-21578)."""
PARALLEL_MIN_PARAGRAPHS = 4000
"""Below this many paragraphs a second process costs more to start than it saves (measured:
two processes pay off from about 3,000 Reuters paragraphs on 2 cores). Above it, spaCy runs
``Options.workers`` processes."""


def annotate(articles: list[Article], options: Options) -> Annotations:
    """Entities, quotes, quantities and dates of the articles of one story.

    >>> from newsweave.model import Article, Sentence
    >>> a = Article(id="a", sentences=[Sentence("a:0", '"We will win," Rita Katz said on Thursday.')])
    >>> notes = annotate([a], Options())
    >>> notes.quotes[0].speaker_name
    'Rita Katz'
    """
    return annotate_many([articles], options)[0]


def annotate_many(stories: list[list[Article]], options: Options) -> list[Annotations]:
    """``annotate`` for many stories at once: one ``nlp.pipe`` over all their paragraphs."""
    found = recognize(stories, options)
    return [annotate_story(articles, spans) for articles, spans in zip(stories, found, strict=True)]


def recognize(stories: list[list[Article]], options: Options) -> list[list[tuple[str, Span]]]:
    """The entity recognizer's spans in every story, as (article id, span): the one expensive
    step, run once over the paragraphs of all the stories (in worker processes on large batches).
    ``annotate_story`` does the rest, story by story."""
    load_model()  # in this process: a missing model fails here, and forked workers share it
    jobs: list[tuple[int, str, list[Sentence], list[int]]] = []
    texts: list[str] = []
    for si, articles in enumerate(stories):
        for article in articles:
            for para in paragraphs_of(article.sentences):
                text, starts = paragraph_text(para)
                jobs.append((si, article.id, para, starts))
                texts.append(text)
    # a paragraph that several articles print word for word (wire copies and their reprints) is
    # recognized once: the recognizer gives the same spans for the same text
    unique = list(dict.fromkeys(texts))
    found = [
        ents
        for chunk in parallel.imap_chunks(_entities, unique, options.workers, min_items=PARALLEL_MIN_PARAGRAPHS)
        for ents in chunk
    ]
    of_text = dict(zip(unique, found, strict=True))
    spans: list[list[tuple[str, Span]]] = [[] for _ in stories]
    for (si, article_id, para, starts), text in zip(jobs, texts, strict=True):
        spans[si].extend((article_id, s) for s in spans_of(of_text[text], para, starts))
    return spans


def _entities(texts: list[str]) -> list[list[tuple[str, str, int, int]]]:
    """The recognizer's spans (text, label, start, end) in each paragraph, in a worker or not.

    Workers send back these tuples, not spaCy ``Doc`` objects: with ``nlp.pipe(n_process=2)`` the
    parent rebuilt each paragraph's Doc from bytes, and each rebuild looked up spaCy's whole
    function registry (``srsly``'s msgpack decoders, through ``catalogue``): 1.3 ms a paragraph,
    half of annotating a large batch."""
    nlp = load_model()
    docs = nlp.pipe(texts, batch_size=BATCH_SIZE)
    return [[(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents] for doc in docs]


def annotate_story(articles: list[Article], spans: list[tuple[str, Span]]) -> Annotations:
    """One story's annotations from its recognizer spans (``recognize``): aliases, missed names,
    quotes with speakers, quantities and dates. Depends on this story alone."""
    sentences = {s.id: s for a in articles for s in a.sentences}
    order = {s.id: i for i, s in enumerate(s for a in articles for s in a.sentences)}
    mentions: list[Mention] = []
    date_spans: dict[str, list[Span]] = defaultdict(list)
    for article_id, span in spans:
        if span.label == "DATE":
            date_spans[span.sentence].append(span)
            continue
        m = mention_of(span, article_id)
        if m is not None and not office_of(sentences[m.sentence].text, m):
            mentions.append(m)
    mentions.sort(key=lambda m: (order[m.sentence], m.start))

    resolution = resolve(mentions, sentences)
    known = [(a.id, s) for a in articles for s in a.sentences]
    mentions = find_missed(known, mentions, resolution.aliases(), resolution.misspelt)
    mentions.sort(key=lambda m: (order[m.sentence], m.start))
    finish(resolution, mentions)

    by_sentence: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.entity:
            by_sentence[m.sentence].append(m)
    sentence_entities = {sid: list(dict.fromkeys(m.entity for m in ms if m.entity)) for sid, ms in by_sentence.items()}

    names = {e.id: e.name for e in resolution.entities}
    persons = {e.id for e in resolution.entities if e.type == "person"}
    finder = QuoteFinder(resolution.lookup, names, persons)
    quotes: list[Quote] = []
    quantities: list[Quantity] = []
    dates: list[DateRef] = []
    for a in articles:
        quotes.extend(finder.article(a.sentences, by_sentence))
        own: list[DateRef] = []
        for s in a.sentences:
            quantities.extend(quantities_of(s))
            own.extend(dates_of(s, date_spans.get(s.id, []), a.published))
        one_year_per_month(own, a.published)
        dates.extend(own)
    return Annotations(
        entities=resolution.entities,
        quotes=merge_across(quotes, finder.carried),
        quantities=quantities,
        dates=dates,
        sentence_entities=sentence_entities,
    )
