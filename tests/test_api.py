"""The Python API as README.md shows it (issue 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsweave


@pytest.mark.issue(2)
def test_readme_tour_of_the_python_api(seeds_dir: Path) -> None:
    report = newsweave.analyze([seeds_dir], newsweave.Options(summary_words=80))
    (story,) = report.stories
    assert story.independent_sources == 2
    assert story.claims[0].status == "conflict"
    assert sum(len(line.text.split()) for line in story.summary) <= 80
    for fmt in ("md", "json", "html", "text"):  # twice: the renderer must stay callable
        assert newsweave.render_report(report, fmt) == newsweave.render_report(report, fmt)

    articles, warnings = newsweave.read([seeds_dir])
    assert [a.id for a in articles] == sorted(story.articles) and not warnings
    one = newsweave.analyze_story(articles)
    assert len(one.stories) == 1 and one.stories[0].summary


def test_public_names_resolve() -> None:
    for name in newsweave.__all__:
        assert getattr(newsweave, name) is not None, name
    with pytest.raises(AttributeError):
        newsweave.no_such_name  # noqa: B018
