"""The cascade, in one readable place: read -> clean -> dedupe -> cluster -> annotate -> compare ->
summarize/timeline -> Report.

Reading this module tells the whole story of a run. Each stage is a plain function or a small
class from its own module; stages never reach back into earlier ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from newsweave import parallel
from newsweave.cluster import StoryClusterer, story_id
from newsweave.dedupe import mark_duplicates
from newsweave.facts import Facts, describe_story, names_only
from newsweave.independence import count_independent
from newsweave.ingest import list_inputs, read_articles
from newsweave.model import (
    Annotations,
    Article,
    Claim,
    InputWarning,
    Report,
    Sentence,
    Story,
    SummarySentence,
    article_of,
)
from newsweave.options import Options
from newsweave.summarize import summarize as summarize_story
from newsweave.summarize import supporting

if TYPE_CHECKING:
    from newsweave.nlp.entities import Span

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work advances (the CLI draws a bar from it)."""

Inputs = Iterable[str | Path] | Sequence[Article]

Spans = list[tuple[str, "Span"]]
"""A story's entity recognizer spans, as (article id, span) (``newsweave.nlp.recognize``)."""


def read(
    inputs: Iterable[str | Path], options: Options | None = None, *, progress: Progress | None = None
) -> tuple[list[Article], list[InputWarning]]:
    """Read and clean articles from files and folders; bad inputs become warnings.

    Raises ``newsweave.errors.InputNotFound`` when a path does not exist.
    """
    options = options or Options()
    paths = list_inputs(inputs)
    callback = None
    if progress is not None:
        total = len(paths)

        def callback(done: int) -> None:
            progress("read", done, total)

    return read_articles(paths, options, progress=callback)


def analyze(inputs: Inputs, options: Options | None = None, *, progress: Progress | None = None) -> Report:
    """Read, de-duplicate, cluster and describe every story in ``inputs``.

    ``inputs`` are paths (files or folders) or already-cleaned ``Article`` objects.

    >>> from newsweave import analyze                                    # doctest: +SKIP
    >>> report = analyze(["../shared/seeds"])                            # doctest: +SKIP
    >>> [len(s.articles) for s in report.stories]                        # doctest: +SKIP
    [2]
    """
    options = options or Options()
    articles, warnings = _articles_of(inputs, options, progress)

    # Duplicates first: a reprint joins its original's story and never counts as a new source.
    mark_duplicates(articles, options)

    clusterer = StoryClusterer(
        threshold=options.cluster_threshold, window_days=options.cluster_window_days, workers=options.workers
    )
    clusterer.fit(articles)
    by_id = {a.id: a for a in articles}
    groups = [[by_id[i] for i in ids] for ids in clusterer.stories_.values()]

    stories = describe_stories(list(clusterer.stories_), groups, options, progress)
    stories.sort(key=lambda s: (-s.independent_sources, -len(s.articles), s.id))
    return Report(articles=articles, stories=stories, warnings=warnings, skipped=_skipped(articles, warnings))


def summarize(inputs: Inputs, options: Options | None = None, *, progress: Progress | None = None) -> Report:
    """Treat all inputs as one story (no clustering) and describe it: a report with one story."""
    options = options or Options()
    articles, warnings = _articles_of(inputs, options, progress)
    mark_duplicates(articles, options)
    stories = describe_stories([_story_id(articles)], [articles], options, progress) if articles else []
    return Report(articles=articles, stories=stories, warnings=warnings, skipped=_skipped(articles, warnings))


analyze_story = summarize
"""The public name of ``summarize`` (``newsweave.analyze_story``): all inputs as one story."""


def describe_stories(
    story_ids: list[str],
    groups: list[list[Article]],
    options: Options,
    progress: Progress | None = None,
) -> list[Story]:
    """Annotate, compare, summarize and date each story (the NLP runs batched over all stories)."""
    groups = [sorted(g, key=_reading_order) for g in groups]
    spans = _recognize(groups, options)
    items = list(zip(story_ids, groups, spans, strict=True))
    stories: list[Story] = []
    # After the recognizer, stories are independent of each other: many of them go to the worker
    # pool, in chunks, and come back in order (the same report for any number of workers); in
    # this process they go one by one, so that progress is told story by story.
    work = partial(_stories, options=options)
    for chunk in parallel.imap_chunks(work, items, options.workers, serial_chunk=1):
        stories += chunk
        if progress is not None:
            progress("describe", len(stories), len(items))
    return stories


def _stories(items: list[tuple[str, list[Article], Spans | None]], options: Options) -> list[Story]:
    """Each story described from its articles and its recognizer spans (None without NLP)."""
    return [_story(sid, members, _annotated(members, spans), options) for sid, members, spans in items]


def _annotated(articles: list[Article], spans: Spans | None) -> Annotations | None:
    """A story's entities, quotes, quantities and dates from its recognizer spans (None without NLP)."""
    if spans is None:
        return None
    from newsweave.nlp import annotate_story

    return annotate_story(articles, spans)


def citations(
    articles: list[Article], sentence_ids: Sequence[str], options: Options | None = None
) -> dict[str, list[str]]:
    """What a report on ``articles`` told as one story (``summarize``) would cite for each of these
    sentences if its summary took it: its own id, then the sentences of other articles that state
    it, as ``_story`` finds them. The benchmark of citations asks it of sentences people judged.
    ``articles`` as they are read (reprints marked, ``mark_duplicates``)."""
    options = options or Options()
    articles = sorted(articles, key=_reading_order)
    [spans] = _recognize([articles], options)
    notes = _annotated(articles, spans)
    described, apart = _described(articles, notes)
    found = supporting(articles, sentence_ids, apart)
    lines = [SummarySentence(text="", citations=[sid, *cited]) for sid, cited in found.items()]
    if notes is not None:
        from newsweave.compare import compare

        _without_other_values(lines, compare(articles, notes, options, described))
    return {line.citations[0]: line.citations for line in lines}


def _story(story_id: str, articles: list[Article], notes: Annotations | None, options: Options) -> Story:
    described, apart = _described(articles, notes)
    summary = summarize_story(articles, options, apart)
    story = Story(
        id=story_id,
        title=_title(articles, summary),
        articles=[a.id for a in articles],
        sources=_sources(articles),
        independent_sources=count_independent(articles),
        summary=summary,
    )
    if notes is not None:
        from newsweave.compare import compare
        from newsweave.timeline import build_timeline

        story.entities = notes.entities
        story.quotes = notes.quotes
        story.quantities = notes.quantities
        story.dates = notes.dates
        story.claims = compare(articles, notes, options, described)
        story.timeline = build_timeline(articles, notes, story.claims)
        _without_other_values(story.summary, story.claims)
        _mark_disputed(story)
    return story


def _described(
    articles: list[Article], notes: Annotations | None
) -> tuple[tuple[list[Facts], list[Facts]] | None, Callable[[Sentence, Sentence], bool] | None]:
    """The claim table's facts of a story, made once (None without the NLP layer), and by them
    whether two sentences share nothing but names (``facts.names_only``), which the summary asks
    of its citations (``summarize.STATEMENTS_BY_WORDS``) before the comparison uses the facts; a
    sentence without facts (too short to have any) shares nothing."""
    if notes is None:
        return None, None
    described = describe_story(articles, notes)
    by_id = {f.sentence.id: f for f in (*described[0], *described[1])}

    def apart(a: Sentence, b: Sentence) -> bool:
        fa, fb = by_id.get(a.id), by_id.get(b.id)
        return fa is not None and fb is not None and names_only(fa, fb)

    return described, apart


def _without_other_values(lines: list[SummarySentence], claims: list[Claim]) -> None:
    """Drop from each summary sentence's support the sentences that give another value than its
    own in a disagreement of the claim table: "Hurricane Mitch killed an estimated 9,000 people
    ..." is no support for "Officials in Central America estimated Tuesday that about 7,000 people
    have died in the region." (DUC 2004), however alike the two; the summary sentence is still
    marked disputed (``_mark_disputed``)."""
    given: dict[str, list[tuple[int, set]]] = {}  # sentence -> (disagreement, the values it gives)
    n = 0
    for claim in claims:
        if claim.status != "conflict":
            continue
        for conflict in claim.conflicts:
            if (conflict.note or "").startswith("not a conflict"):
                continue
            n += 1
            by_sentence: dict[str, set] = {}
            for v in conflict.values:
                by_sentence.setdefault(v.sentence, set()).add((v.value, v.unit))
            for sid, values in by_sentence.items():
                given.setdefault(sid, []).append((n, values))
    if not given:
        return
    for line in lines:
        own = dict(given.get(line.citations[0], ()))
        if not own:
            continue
        kept = [line.citations[0]]
        for sid in line.citations[1:]:
            if not any(k in own and not values & own[k] for k, values in given.get(sid, ())):
                kept.append(sid)
        line.citations = kept


def _mark_disputed(story: Story) -> None:
    """Give each summary sentence the conflicts its evidence is part of ("Hamas claimed
    responsibility" when other sources say Islamic Jihad did), so a reader of the summary alone
    still learns that the sources differ."""
    in_conflict: dict[str, list[str]] = {}
    for claim in story.claims:
        if claim.status == "conflict":
            for sid in claim.sentences:
                in_conflict.setdefault(sid, []).append(claim.id)
    for line in story.summary:
        line.conflicts = list(dict.fromkeys(c for sid in line.citations for c in in_conflict.get(sid, ())))


def _recognize(groups: list[list[Article]], options: Options) -> list[Spans] | list[None]:
    """The entity recognizer's spans of every story (None for each without NLP)."""
    if not options.nlp or not groups:
        return [None] * len(groups)
    from newsweave.nlp import recognize

    return recognize(groups, options)


def _articles_of(
    inputs: Inputs, options: Options, progress: Progress | None
) -> tuple[list[Article], list[InputWarning]]:
    items = list(inputs)
    if items and all(isinstance(i, Article) for i in items):
        return list(items), []  # type: ignore[arg-type]
    return read(items, options, progress=progress)  # type: ignore[arg-type]


def _skipped(articles: list[Article], warnings: list[InputWarning]) -> int:
    """Inputs (files, lines, feed entries) that gave no article: the readers' warnings end in "skipped"."""
    return sum(1 for w in warnings if w.message.rstrip(".").endswith("skipped"))


def _reading_order(article: Article) -> tuple[bool, datetime, str]:
    """Earliest first; undated articles after dated ones, then by id (deterministic)."""
    moment = article.published.replace(tzinfo=None) if article.published else datetime.max
    return (article.published is None, moment, article.id)


def _title(articles: list[Article], summary: list[SummarySentence]) -> str:
    """The story's title: that of the article whose sentence opens the summary (the story's
    lead, as the summary judged), else of the first original article the summary cites, else the
    summary's first sentence (else the first sentence there is). An article the summary does not
    draw on can be a page crawled with the story ("Add a location to your Tweets"), and the first
    article cited a page whose title is a link to another story ("Mobb Deep Songs Remixed: Listen
    to 7 of the Best" over a report of Prodigy's death, where the summary opens on an article
    titled "Mobb Deep's Prodigy Mourned by Nas, Just Blaze & More Hip-Hop Peers": Multi-News, a
    reader's test)."""
    cited = {article_of(sid) for line in summary for sid in line.citations}
    lead = article_of(summary[0].citations[0]) if summary and summary[0].citations else None
    titled = [a for a in articles if a.title and not a.duplicate_of and (a.id in cited or not summary)]
    if titled:
        return min(titled, key=lambda a: a.id != lead).title  # type: ignore[return-value]
    first = summary[0].text if summary else next((a.sentences[0].text for a in articles if a.sentences), None)
    if first is None:
        return "(untitled)"
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def _sources(articles: list[Article]) -> list[str]:
    seen: dict[str, str] = {}
    for a in articles:
        if a.source and a.source.lower() not in seen:
            seen[a.source.lower()] = a.source
    return list(seen.values())


def _story_id(articles: list[Article]) -> str:
    return story_id(min(articles, key=_reading_order).id)
