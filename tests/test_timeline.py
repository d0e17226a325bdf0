"""The story timeline: resolved dates, one event per date, citing every sentence (issues 3 and 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsweave.options import Options
from newsweave.pipeline import analyze

OTHER, REUTERS = "000_401f3f548252d387", "004_d18fbf1fe040f894"


@pytest.mark.issue(4)
def test_timeline_of_the_seeds_with_publication_dates(seeds_dir: Path) -> None:
    meta = {OTHER: {"published": "2016-11-03"}, REUTERS: {"published": "2016-11-03"}}
    story = analyze([seeds_dir], Options(meta=meta)).stories[0]
    events = {(e.date, e.precision): e for e in story.timeline}
    # the previous message: both articles, month precision
    december = events[(date(2015, 12, 1), "month")]
    assert {s.rsplit(":", 1)[0] for s in december.sentences} == {OTHER, REUTERS}
    # "Thursday" in both articles resolves to the publication day; "Oct. 17" to the offensive's start
    assert {s.rsplit(":", 1)[0] for s in events[(date(2016, 11, 3), "day")].sentences} == {OTHER, REUTERS}
    assert "Oct. 17" in events[(date(2016, 10, 17), "day")].text
    assert [e.date for e in story.timeline] == sorted(e.date for e in story.timeline)


@pytest.mark.issue(4)
def test_relative_dates_stay_out_without_a_publication_date(seeds_dir: Path) -> None:
    story = analyze([seeds_dir], Options()).stories[0]
    assert all(e.date != date(2016, 11, 3) for e in story.timeline)
    assert (date(2015, 12, 1), "month") in {(e.date, e.precision) for e in story.timeline}
