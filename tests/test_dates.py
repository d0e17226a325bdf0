"""Dates: absolute and relative, resolved against each article's publication date (issue 3)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from newsweave.model import Article, DateRef, Sentence
from newsweave.nlp import annotate
from newsweave.nlp.dates import dates_of
from newsweave.options import Options
from tests.test_entities import seed_articles


def refs(text: str, published: datetime | None) -> list[tuple[str, date | None, str | None, bool]]:
    return [(d.text, d.date, d.precision, d.relative) for d in dates_of(Sentence("s:0", text), [], published)]


def first(dates: list[DateRef], text: str, sentence: str) -> DateRef:
    return next(d for d in dates if d.text == text and d.sentence == sentence)


@pytest.mark.issue(3)
def test_founding_example_dates(seeds_dir: Path) -> None:
    notes = annotate(seed_articles(seeds_dir), Options())
    thursday = first(notes.dates, "Thursday", "004_d18fbf1fe040f894:2")
    assert (thursday.date, thursday.precision, thursday.relative) == (date(2016, 11, 3), "day", True)
    oct17 = first(notes.dates, "Oct. 17", "004_d18fbf1fe040f894:7")
    assert (oct17.date, oct17.precision) == (date(2016, 10, 17), "day")
    december = first(notes.dates, "December 2015", "000_401f3f548252d387:5")
    assert (december.date, december.precision, december.relative) == (date(2015, 12, 1), "month", False)
    assert first(notes.dates, "Four days ago", "000_401f3f548252d387:14").date == date(2016, 10, 30)
    assert first(notes.dates, "last year", "004_d18fbf1fe040f894:11").precision == "year"


@pytest.mark.issue(3)
def test_without_publication_date_relative_dates_stay_unresolved(seeds_dir: Path) -> None:
    notes = annotate(seed_articles(seeds_dir, published=None), Options())
    assert first(notes.dates, "Thursday", "004_d18fbf1fe040f894:2").date is None
    assert first(notes.dates, "December 2015", "000_401f3f548252d387:5").date == date(2015, 12, 1)


@pytest.mark.issue(3)
def test_weekdays_and_relative_phrases() -> None:
    thursday = datetime(2016, 11, 3)
    assert refs("He spoke on Tuesday and again yesterday.", thursday) == [
        ("Tuesday", date(2016, 11, 1), "day", True),
        ("yesterday", date(2016, 11, 2), "day", True),
    ]
    assert refs("It happened last Thursday, two years ago.", thursday) == [
        ("last Thursday", date(2016, 10, 27), "day", True),
        ("two years ago", date(2014, 1, 1), "year", True),
    ]
    assert refs("Talks began on Nov. 3, 2015 and resumed in March.", thursday) == [
        ("Nov. 3, 2015", date(2015, 11, 3), "day", False),
        ("March", date(2016, 3, 1), "month", True),
    ]


@pytest.mark.issue(3)
def test_a_decade_is_not_a_year() -> None:
    # DUC 2004: "date their food problems to a series of floods and droughts in the mid-1990's"
    # (the recognizer's DATE span is "the mid-1990", without the "'s")
    text = (
        "Although the North Koreans date their food problems to a series of floods and droughts in "
        "the mid-1990's, the researchers disagree. The floods started in 1995, after a bad harvest in the 1980s."
    )
    notes = annotate([Article(id="t", sentences=[Sentence("t:0", text)])], Options())
    assert [(d.text, d.date) for d in notes.dates] == [("1995", date(1995, 1, 1))]


@pytest.mark.issue(4)
def test_a_year_opening_a_sentence_is_a_year() -> None:
    # "Between 2008 and 2014, it gave nearly eleven million dollars" (Multi-News): the first
    # year was lost when its preposition opened the sentence with a capital
    assert [(t, d) for t, d, _, _ in refs("Between 2008 and 2014, it gave nearly eleven million dollars.", None)] == [
        ("2008", date(2008, 1, 1)),
        ("2014", date(2014, 1, 1)),
    ]
    assert [t for t, _, _, _ in refs("In 2001, the church was voted the most popular building.", None)] == ["2001"]
    assert [t for t, _, _, _ in refs("The 2008 crisis hit banks.", None)] == ["2008"]
    # an event named with its year (DUC 2004): "plans for ``Gay Awareness Week 1998.''"
    assert [(t, d) for t, d, _, _ in refs("It completed plans for ``Gay Awareness Week 1998.''", None)] == [
        ("1998", date(1998, 1, 1))
    ]
