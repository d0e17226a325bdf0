"""Dates: absolute and relative, resolved against each article's publication date (issue 3)."""

from __future__ import annotations

import gzip
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from newsweave.clean import clean
from newsweave.model import Article, DateRef, RawArticle, Sentence
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
    # a date with its year before a colon: a chronology's entry (DUC 2004, an AP profile of Sharon)
    entry = "Oct. 9, 1998: Netanyahu appoints him foreign minister, places him in charge of negotiations."
    assert refs(entry, None) == [("Oct. 9, 1998", date(1998, 10, 9), "day", False)]


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


def basil_dates(data_dir: Path, containing: str) -> list[tuple[str, date | None]]:
    """The dates of the one BASIL sentence holding ``containing``, resolved against its article's
    publication date."""
    with open(data_dir / "basil" / "articles.jsonl", encoding="utf-8") as rows:
        for row in map(json.loads, rows):
            if containing in row["text"]:
                article = clean(RawArticle(input="basil", text=row["text"], id="b"), Options())
                assert isinstance(article, Article)
                [sentence] = [s for s in article.sentences if containing in s.text]
                published = datetime.fromisoformat(row["date"][:10])
                return [(d.text, d.date) for d in dates_of(sentence, [], published)]
    raise AssertionError(f"no BASIL article holds {containing!r}")


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("containing", "expected"),
    [
        # the Times on the Benghazi talking points, 2013-05-15: a weekday beside a day names the
        # year (Friday was Sept. 14 in 2012), and is no date of its own
        ("The process began in earnest at 4:20 p.m. on Friday", [("Friday, Sept. 14", date(2012, 9, 14))]),
        # 2010-05-18: what "will" happen on a day with no year is ahead, not behind
        ("Blumenthal will face the winner of the GOP primary on August 10", [("August 10", date(2010, 8, 10))]),
        # 2013-02-20: a day with no year is the nearest such day, here the coming one, however the
        # sentence is put (three outlets, one sentencing)
        ("Sentencing has been set for June 28", [("June 28", date(2013, 6, 28))]),
        ("The judge set the sentencing for June 28", [("June 28", date(2013, 6, 28))]),
        # 2011-12-07: 'Politico reported Tuesday that Perry bought ... ahead of the Jan. 3 caucuses'
        ("ahead of the Jan. 3 caucuses", [("Tuesday", date(2011, 12, 6)), ("Jan. 3", date(2012, 1, 3))]),
        # 2013-01-30, a Wednesday: what someone "is expected to" do on Thursday is the next day
        ("is expected to announce his bid Thursday for the seat", [("Thursday", date(2013, 1, 31))]),
        # 2011-01-06, a day after the day it looked forward to: that day, not next year's
        ("when they assume the majority on Jan. 5", [("Jan. 5", date(2011, 1, 5))]),
        # 2012-04-25: "said Wednesday" is past however the clause after it goes on
        ("said Wednesday the event is still scheduled for Thursday morning",
         [("Wednesday", date(2012, 4, 25)), ("Thursday", date(2012, 4, 26))]),
        # the day after the article's, told with no verb in the past, is that coming day, not the
        # one six days before (2011-04-07, 2010-12-12)
        ("to his office in Manhattan on Friday morning to discuss", [("Friday", date(2011, 4, 8))]),
        ("I look forward to talking to you Monday evening", [("Monday", date(2010, 12, 13))]),
        # cues of what is ahead: "as early as", "to be shown", "in advance of", "ahead of" a
        # weekday's event, "expected by", and one long before its date (2010-12-08, 2012-04-23,
        # 2012-04-24, 2011-08-09, 2011-03-29, 2013-05-21)
        ("could be on the Senate floor as early as Thursday", [("Thursday", date(2010, 12, 9))]),
        ("In an interview with Fox News, to be shown on Tuesday", [("Tuesday", date(2012, 4, 24))]),
        ("in advance of his appearance on the Catholic campus on Thursday morning", [("Thursday", date(2012, 4, 26))]),
        ("ahead of Thursday's Fox News/Washington Examiner debate",
         [("Monday", date(2011, 8, 8)), ("Thursday", date(2011, 8, 11)), ("Saturday", date(2011, 8, 13))]),
        ("plans to invoke the Fifth Amendment during her expected testimony", [("Wednesday", date(2013, 5, 22))]),
        ("decision, expected by June, will probably be", [("June", date(2011, 6, 1))]),
        # 2012-08-01 and 2012-04-23: a date that opens its sentence before what "will" happen, one
        # waited for and a broadcast "to air" are ahead (the kiss-in and the interview came after
        # the articles)
        ("On Friday, supporters of same-sex marriage will have their say", [("Friday", date(2012, 8, 3))]),
        ("Others are not waiting until Friday to post their photos", [("Friday", date(2012, 8, 3))]),
        ("in an interview with Fox News to air Tuesday morning",
         [("Tuesday", date(2012, 4, 24)), ("2010", date(2010, 1, 1))]),
        # 2013-01-30: "mid May" is a month, as "early May" is, and here ahead
        ("Both political parties will hold special-election primaries in mid May", [("mid May", date(2013, 5, 1))]),
    ],
)
def test_what_will_happen_and_weekdays_beside_days(data_dir: Path, containing: str, expected: list) -> None:
    assert basil_dates(data_dir, containing) == expected


@pytest.mark.issue(3)
def test_a_day_with_no_year_takes_the_year_its_article_gives_that_month(data_dir: Path) -> None:
    """The Times on the Benghazi talking points, dated 2013-05-15: "on Friday, Sept. 14" can only
    be 2012, and so are its "Sept. 10", "Sept. 15" and "the Sept. 11 attack"."""
    with open(data_dir / "basil" / "articles.jsonl", encoding="utf-8") as rows:
        [row] = [r for r in map(json.loads, rows) if "The process began in earnest at 4:20" in r["text"]]
    article = clean(RawArticle(input="basil", text=row["text"], id="b"), Options())
    assert isinstance(article, Article)
    article.published, article.published_from = datetime(2013, 5, 15), "metadata"
    days = {(d.text, d.date) for d in annotate([article], Options()).dates if d.precision == "day"}
    for text, day in [("Sept. 10", 10), ("Sept. 11", 11), ("Sept. 15", 15), ("Friday, Sept. 14", 14)]:
        assert (text, date(2012, 9, day)) in days


@pytest.mark.issue(3)
def test_a_day_of_a_year_long_past_dates_no_other_day_of_its_month() -> None:
    text = ["Ten years after the Sept. 11, 2001, attacks, the developer spoke.", "On Sept. 14 the board will vote."]
    article = Article(id="a", sentences=[Sentence(f"a:{i}", t, paragraph=i) for i, t in enumerate(text)])
    article.published, article.published_from = datetime(2010, 8, 20), "metadata"
    dates = [(d.text, d.date) for d in annotate([article], Options()).dates]
    assert dates == [("Sept. 11, 2001", date(2001, 9, 11)), ("Sept. 14", date(2010, 9, 14))]


def sentence_dates(raw: RawArticle, containing: str) -> list[tuple[str, date | None]]:
    """The dates of the one sentence of ``raw`` holding ``containing``, found as ``analyze`` finds
    them (the recognizer's DATE spans too) and resolved against the article's publication date."""
    article = clean(raw, Options())
    assert isinstance(article, Article)
    [sentence] = [s.id for s in article.sentences if containing in s.text]
    return [(d.text, d.date) for d in annotate([article], Options()).dates if d.sentence == sentence]


def polnear_dates(data_dir: Path, containing: str) -> list[tuple[str, date | None]]:
    """``sentence_dates`` of the one PolNeAR article holding ``containing``."""
    with gzip.open(data_dir / "polnear" / "articles.jsonl.gz", "rt", encoding="utf-8") as rows:
        [row] = [r for r in map(json.loads, rows) if containing in r["text"]]
    raw = RawArticle(input="polnear", text=row["text"], id="p", title=row["title"], published=row["date"])
    return sentence_dates(raw, containing)


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("containing", "expected"),
    [
        # a month in a clause about what will happen, or what "would" happen, is the coming one
        # (2016-03-22, 2016-03-16, 2016-04-28, 2016-05-29: the election and conventions of 2016)
        ("That would set the stage for a contested convention in July.", [("July", date(2016, 7, 1))]),
        ("only way Democrats will blow a November matchup", [("November", date(2016, 11, 1))]),
        ("so he'll have enough votes at the Democratic Party", [("July", date(2016, 7, 1))]),
        ("The trial is set for November.", [("November", date(2016, 11, 1))]),
        ("The bill would put a measure on the November ballot", [("November", date(2016, 11, 1))]),
        # 2016-01-31: an election ten months ahead is still this year's (``dates.MONTHS_AHEAD``)
        ("I’ll vote for her in November", [("November", date(2016, 11, 1))]),
        # 2016-03-04: "going into" a month in a sentence in the present is ahead; 2016-04-27: in
        # one in the past, the day just past
        ("is not a 51 percent pathway going into November", [("November", date(2016, 11, 1))]),
        ("Clinton had captured 1,944 delegates heading into", [("Tuesday", date(2016, 4, 26))]),
        # 2016-01-14: "next January" in January is a year ahead
        ("who succeeds Mr. Obama next January", [("next January", date(2017, 1, 1))]),
        # 2015-12-08, a Tuesday: what someone "is likely to" do on Wednesday is the next day
        ("is likely to appear in court Wednesday", [("Wednesday", date(2015, 12, 9))]),
        # ... but not a month that names a thing already past (2015-12-01: the jobs report out on
        # Friday is November's), nor a date after a verb in the past (2016-02-18)
        ("the release of the November jobs report", [("Friday", date(2015, 12, 4)), ("November", date(2015, 11, 1))]),
        ("than he was in December", [("December", date(2015, 12, 1))]),
    ],
)
def test_a_month_ahead_in_a_clause_about_what_will_happen(data_dir: Path, containing: str, expected: list) -> None:
    assert polnear_dates(data_dir, containing) == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("containing", "expected"),
    [
        # a verb in the past keeps the day six days back (2016-02-07: the Iowa caucuses)
        ("apologized for his campaign's suggestion to Iowa caucusgoers on Monday", [("Monday", date(2016, 2, 1))]),
        # what came "ahead of" something on a day just past, said the day after (2016-03-15)
        ("ahead of his fourth event of the day on Monday in Illinois", [("Monday", date(2016, 3, 14))]),
        # "as soon as" opening a clause is no cue of the future (2016-03-23)
        ("Almost as soon as the bombs went off in Brussels on Tuesday morning", [("Tuesday", date(2016, 3, 22))]),
        # a time counted from a date told before it in the sentence (2016-07-18)
        ("Barack Obama narrowly won in 2008 but narrowly lost four years later",
         [("2008", date(2008, 1, 1)), ("four years later", date(2012, 1, 1))]),
    ],
)
def test_days_just_past_and_times_counted_from_another(data_dir: Path, containing: str, expected: list) -> None:
    assert polnear_dates(data_dir, containing) == expected


@pytest.mark.issue(3)
def test_a_time_counted_from_nothing_told_and_a_decade_are_no_dates(data_dir: Path) -> None:
    """BASIL: "About a year earlier" follows "In January 2012, ..." (2014-04-25): dateparser had
    read it as a year before the article, 2013. "a decade from now" had been 2002: "Dec" inside
    "decade" made the span a date."""
    with open(data_dir / "basil" / "articles.jsonl", encoding="utf-8") as rows:
        found = {}
        for row in map(json.loads, rows):
            for containing in ("About a year earlier, two former deliverymen", "for those retiring a decade from now"):
                if containing in row["text"]:
                    raw = RawArticle(input="basil", text=row["text"], id="b", published=row["date"])
                    found[containing] = sentence_dates(raw, containing)
    assert found["About a year earlier, two former deliverymen"] == [("About a year earlier", None)]
    assert found["for those retiring a decade from now"] == []


@pytest.mark.issue(3)
def test_last_month_of_the_same_name_is_a_year_back(data_dir: Path) -> None:
    """Multi-News: a foundation's page dated April 10, 2016 writes "the devastating earthquakes
    that shook Nepal last April": April 2015, not this April."""
    from bench.summaries import clusters

    articles = [a for c in clusters("multinews", 10, root=data_dir) for a in c.articles]
    [article] = [a for a in articles if any("shook Nepal last April" in s.text for s in a.sentences)]
    assert article.published is not None and article.published.date() == date(2016, 4, 10)
    [sentence] = [s.id for s in article.sentences if "shook Nepal last April" in s.text]
    dates = [(d.text, d.date) for d in annotate([article], Options()).dates if d.sentence == sentence]
    assert dates == [("last April", date(2015, 4, 1))]


@pytest.mark.issue(3)
def test_a_date_in_a_relative_clause_is_not_ahead_with_its_main_clause(data_dir: Path) -> None:
    # BASIL, 2010-12-09: 'likely to be as contentious as the one that he led with their Senate
    # colleagues on Tuesday' was two days before, not the coming Tuesday
    assert basil_dates(data_dir, "as contentious as the one that he led") == [("Tuesday", date(2010, 12, 7))]


def reuters_dates(data_dir: Path, containing: str) -> list[tuple[str, date | None]]:
    """``sentence_dates`` of the first Reuters-21578 body holding ``containing`` (bodies are
    hard-wrapped: compared with their lines joined)."""
    with gzip.open(data_dir / "reuters21578" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as rows:
        row = next(r for r in map(json.loads, rows) if containing in " ".join((r.get("text") or "").split()))
    return sentence_dates(RawArticle(input="reuters", text=row["text"], id="r", published=row["date"]), containing)


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("containing", "expected"),
    [
        # 1987-03-05: the month just past is the data reported, not next year's, however the clause
        # goes on (``dates.MONTHS_AHEAD``)
        ("would be charged 17.25 dlrs per barrel for Isthmus crude in February", ("February", date(1987, 2, 1))),
        ("from a wage freeze imposed in January", ("January", date(1987, 1, 1))),
        # 1987-03-09: a fiscal year that "ended" is past, whatever is planned
        ("financial results for the year ended January 30", ("January 30", date(1987, 1, 30))),
        # 1987-03-06: a relative clause without its own subject stays in the clause about the future
        ("whose inventory levels by April one will be", ("April", date(1987, 4, 1))),
    ],
)
def test_a_month_just_past_or_a_period_ended_is_not_ahead(data_dir: Path, containing: str, expected: tuple) -> None:
    assert expected in reuters_dates(data_dir, containing)


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # BBC, Multi-News, PolNeAR: a programme, a paper, a show; the recognizer's span is no date either
        ("Lord Falconer told BBC Radio 4's Today programme he hoped voluntary mediation could help.", []),
        ("“We were there under legitimate pretenses,” Figueroa told USA Today.", []),
        ("“I was sitting in a house in Florida, with a bad earpiece,” Trump told NBC’s “Today” on Monday.", ["Monday"]),
        ("Carson, who hosted the Tonight Show for 30 years, died on Sunday.", ["Sunday"]),
        # ... but a day that opens a sentence or a quotation, as the writer's or the speaker's own
        ('He said: "Today the Tories are making more extravagant promises on the police."', ["Today"]),
        ("Today, the talks resumed in Geneva.", ["Today"]),
    ],
)
def test_today_or_tonight_in_a_name_is_no_date(text: str, expected: list[str]) -> None:
    article = Article("a", [Sentence("a:0", text)], published=datetime(2016, 11, 3))
    found = [d.text for d in annotate([article], Options()).dates if d.date is not None]
    assert found == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        # PolNeAR: "this November" in an election year's June is the coming one, not last year's
        ("May the odds be ever in our favor this November.", datetime(2016, 6, 9), date(2016, 11, 1)),
        ('"Reproductive freedom very much is on the ballot this November."', datetime(2016, 6, 28), date(2016, 11, 1)),
        # a month's year told after it
        (
            "Hastily politicizing the tragedy in Nice, much like he did after the deadly attacks in Paris in January of"
            " last year, Trump cast the blame on his democratic rivals.",
            datetime(2016, 8, 3),
            date(2015, 1, 1),
        ),
        ("She said leaders had agreed to put together a reform plan by March of next year.", datetime(2016, 9, 18), date(2017, 3, 1)),  # noqa: E501
    ],
)
def test_this_month_and_a_month_of_last_or_next_year(text: str, published: datetime, month: date) -> None:
    found = [d for d in dates_of(Sentence("s:0", text), [], published) if d.precision == "month"]
    assert [d.date for d in found] == [month]


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("containing", "expected"),
    [
        # a range of days is dated by its first day (dateparser had read "17-23" as the year 1923)
        ("Marist South Carolina poll Jan. 17-23", [("Jan. 17-23", date(2016, 1, 17))]),
        ("The Democrats' convention is July 25-28.", [("July 25-28", date(2016, 7, 25))]),
        # a year before a month's name names an event: the year alone (it was March 1963)
        ("the union placards carried by marchers at Martin Luther King’s 1963 March",
         [("1963", date(1963, 1, 1)), ("1968", date(1968, 1, 1))]),
        # a vote, a convention or a campaign still ahead, however the clause is put (``_vote_ahead``)
        ("before the party’s convention in July, but well-organized", [("July", date(2016, 7, 1))]),
        ("there and in states that vote in March, the memo stated", [("March", date(2016, 3, 1))]),
        ("the heist is key to scoring a White House win in November", [("November", date(2016, 11, 1))]),
        # ... but not one told in the past, or since
        ("Since clinching her party’s nomination in early June", [("early June", date(2016, 6, 1))]),
        ("In the Florida Republican primary in March, 74 percent", [("March", date(2016, 3, 1))]),
        ("entered the race to huge expectations in June", [("June", date(2015, 6, 1))]),
        # what was scheduled for a weekday is the nearest such day (dated Wednesday 2016-02-10)
        ("He was scheduled to leave New Hampshire late Tuesday", [("Tuesday", date(2016, 2, 9))]),
        # what will be announced on Saturday, dated Friday 2016-03-04, is the next day
        ("the results of which will be announced on Saturday", [("Saturday", date(2016, 3, 5))]),
        # "Super Tuesday" is a day's name, not the last Tuesday (dated Sunday 2016-02-28)
        ("sets the stage for a strong showing for Clinton on Super Tuesday", []),
    ],
)
def test_ranges_of_days_votes_ahead_and_what_was_scheduled(data_dir: Path, containing: str, expected: list) -> None:
    assert polnear_dates(data_dir, containing) == expected


@pytest.mark.issue(3)
def test_a_re_election_ahead_is_this_year_s(data_dir: Path) -> None:
    """BASIL, Fox News of 2010-06-14: the November of a re-election race is 2010's, not 2009's."""
    text = "is running for re-election against Republican Renee Ellmers, a registered nurse, in November"
    assert basil_dates(data_dir, text) == [("1997", date(1997, 1, 1)), ("November", date(2010, 11, 1))]
