"""Markdown and HTML show every section of a report, claims first, with working citation links."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsweave.model import (
    Article,
    Claim,
    Conflict,
    ConflictValue,
    Entity,
    InputWarning,
    Quote,
    Report,
    Sentence,
    Story,
    SummarySentence,
    TimelineEvent,
)
from newsweave.render import render


@pytest.fixture()
def report(seeds_dir: Path) -> Report:
    """A report built by hand from real seed sentences, with one item in every section."""
    a_lines = [x for x in (seeds_dir / "000_401f3f548252d387.txt").read_text().splitlines() if x.strip()]
    b_lines = [x for x in (seeds_dir / "004_d18fbf1fe040f894.txt").read_text().splitlines() if x.strip()]
    a = Article(id="a", source=None, sentences=[Sentence(f"a:{i}", t) for i, t in enumerate(a_lines[1:4])])
    b = Article(
        id="b",
        source="Reuters",
        authors=["Mostafa Hashem"],
        sentences=[Sentence(f"b:{i}", t) for i, t in enumerate(b_lines[2:6])],
    )
    story = Story(
        id="s1",
        title="Baghdadi <audio> message",
        articles=["a", "b"],
        sources=["Reuters"],
        independent_sources=2,
        summary=[SummarySentence(b.sentences[0].text, ["b:0", "a:0"])],
        entities=[Entity("e1", "Abu Bakr al-Baghdadi", "person", ["Abu Bakr al-Baghdadi", "Baghdadi"], ["a", "b"], 5)],
        quotes=[Quote("q1", "This raging battle and total war", "e1", "he", "b:1")],
        claims=[
            Claim(
                "c2",
                "corroborated",
                "The previous message dates from December 2015.",
                ["a:2", "b:3"],
                ["Reuters"],
                2,
            ),
            Claim(
                "c1",
                "conflict",
                "Length of the recording",
                ["a:2", "b:2"],
                ["Reuters"],
                2,
                [
                    Conflict(
                        "number",
                        [
                            ConflictValue(30.0, "minute", "30-minute tape", "a:2"),
                            ConflictValue(31.0, "minute", "31-minute-long recording", "b:2"),
                        ],
                        note="real disagreement",
                    )
                ],
            ),
        ],
        timeline=[TimelineEvent(date(2015, 12, 1), "month", "previous message", ["b:3"])],
    )
    story.claims.append(
        Claim("c3", "single_source", a.sentences[1].text, ["a:1"], [], 1, unique=["Libya", "<b>Mosul</b>"])
    )
    return Report(articles=[a, b], stories=[story], warnings=[InputWarning("x.bin", "binary file <skipped>")])


def test_markdown_lists_conflicts_before_agreement_and_names_sources(report: Report) -> None:
    md = render(report, "md")
    assert md.index("Where the sources conflict") < md.index("What the sources agree on") < md.index("### Summary")
    assert "30 minutes" in md and "31 minutes" in md and "real disagreement" in md
    assert "[Reuters #1]" in md and "[a #1]" in md  # citations name the source and sentence number
    assert "Baghdadi \\<audio\\> message" in md  # article text cannot inject markup
    assert "binary file \\<skipped\\>" in md
    # a single-source claim says what no other source gives
    assert "What only one source says" in md and "only this source names: Libya, \\<b\\>Mosul\\</b\\>" in md
    assert "- **2015-12** previous message" in md  # a month's date as a month, not its first day
    # a summary line shows the other sources' sentences it cites, which HTML shows over its links
    line = md.index("### Summary")
    assert md[line:].split("\n")[3] == "  - [a #1] " + " ".join(report.articles[0].sentences[0].text.split())
    # ... but not one the summary shows as a line of its own
    story = report.stories[0]
    story.summary.append(SummarySentence(report.articles[0].sentences[0].text, ["a:0", "b:0"]))
    lines = render(report, "md").split("### Summary", 1)[1].split("###", 1)[0].strip().split("\n")
    assert len(lines) == 2 and all(x.startswith("- ") for x in lines), lines


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        if d.get("id"):
            self.ids.add(d["id"])  # type: ignore[arg-type]
        if tag == "a" and d.get("href"):
            self.hrefs.append(d["href"])  # type: ignore[arg-type]


def test_html_citations_jump_to_sentences_and_text_is_escaped(report: Report) -> None:
    page = render(report, "html")
    parser = _Links()
    parser.feed(page)
    assert parser.hrefs, "no citation links"
    for href in parser.hrefs:
        assert href.startswith("#") and href[1:] in parser.ids, href
    assert "Baghdadi &lt;audio&gt; message" in page
    assert page.index("Where the sources conflict") < page.index("What the sources agree on")
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert "only this source names: <strong>Libya</strong>, <strong>&lt;b&gt;Mosul&lt;/b&gt;</strong>" in page
    assert "<td>2015-12</td><td>previous message</td>" in page


def test_json_and_text_formats(report: Report) -> None:
    data = json.loads(render(report, "json"))
    assert data["schema"] == "newsweave/1"
    conflict = next(c for c in data["stories"][0]["claims"] if c["status"] == "conflict")
    assert [v["value"] for v in conflict["conflicts"][0]["values"]] == [30, 31]
    assert data["stories"][0]["timeline"][0] == {
        "date": "2015-12-01",
        "precision": "month",
        "text": "previous message",
        "sentences": ["b:3"],
    }
    assert render(report, "text").strip() == report.stories[0].summary[0].text
    with pytest.raises(ValueError, match="unknown format"):
        render(report, "pdf")


@pytest.mark.issue(4)
def test_an_opinion_piece_is_marked_in_the_article_lists(report: Report) -> None:
    assert "opinion or analysis" not in render(report, "md") + render(report, "html")
    report.articles[0].opinion = True
    [line] = [x for x in render(report, "md").splitlines() if x.startswith("- `a`")]
    assert "opinion or analysis" in line
    page = render(report, "html")
    assert page.count("opinion or analysis") == 1
    first = page.index("<details", page.index("<h3>Articles"))
    assert "opinion or analysis" in page[first : page.index("</summary>", first)]  # article a's line
    assert json.loads(render(report, "json"))["articles"][0]["opinion"] is True


def test_conflicting_values_read_as_a_reader_writes_them() -> None:
    from newsweave.render.view import show_value

    assert show_value(30.0, "minute") == "30 minutes"
    assert show_value(1.0, "minute") == "1 minute"
    assert show_value(14, "city") == "14 cities" and show_value(8, "mph") == "8 mph"
    assert show_value(1_500_000.0, "people") == "1,500,000 people"
    # a date to its precision, a time of day as a clock shows it
    assert show_value(date(2015, 12, 1), "month") == "2015-12"
    assert show_value(date(1988, 1, 1), "year") == "1988"
    assert show_value(date(2016, 11, 3), "day") == "2016-11-03"
    assert show_value("16:30", "time") == "16:30"


def test_a_detail_added_to_shared_news_is_not_listed_as_what_only_one_source_says(data_dir: Path) -> None:
    """DUC 2004 d30003t: "The tone of the British Prime Minister's first public comment on the issue
    contrasted sharply with Sunday's emotional statement from influential Trade Secretary Peter
    Mandelson who said most Britons would find diplomatic immunity for Pinochet “gut-wrenching.”"
    tells what another source quotes Mandelson saying ("... for most people in this country would
    be pretty gut-wrenching"), and adds a name the other sources never use: the report lists it where
    the sources agree, and again under the details one source adds, never under "What only one
    source says", which a reader would take for a claim the other sources do not make. (The
    story's earlier example, "He expressed surprise that the British had arrested Pinochet ...",
    leans on the sentence before it and is no claim a reader can take alone.)"""
    from newsweave.options import Options
    from newsweave.pipeline import analyze_story
    from tests.test_compare import _duc_story

    report = analyze_story(_duc_story(data_dir, "d30003t"), Options())
    tone = "The tone of the British Prime Minister's first public comment"
    (story,) = report.stories
    by_id = {x.id: x.text for a in report.articles for x in a.sentences}
    agreed = [c for c in story.claims if c.status == "corroborated" and any(tone in by_id[i] for i in c.sentences)]
    assert agreed and any("pretty gut-wrenching" in by_id[i] for i in agreed[0].sentences)
    detail = next(c for c in story.claims if c.status == "single_source" and c.text.startswith(tone))
    assert detail.unique == ["Britons"]
    md = render(report, "md")
    sections = dict(re.findall(r"### (.+?)\n(.*?)(?=\n### |\Z)", md, flags=re.S))
    assert tone in sections["Details only one source adds"]
    assert tone not in sections["What only one source says"]
    # the detail first, and no count of one source beside a fact the others tell too
    outlet = detail.sources[0]
    assert f"- {outlet} alone gives **Britons**, in: {tone}" in sections["Details only one source adds"]
    assert "(1 independent)" not in sections["Details only one source adds"]
    from markupsafe import escape  # as the template escapes

    html = render(report, "html")
    assert f"{outlet} alone gives <strong>Britons</strong>, in: {escape(tone)}" in html


def test_citations_tell_apart_two_articles_of_one_outlet(seeds_dir: Path) -> None:
    """Two AP articles in one report were both "AP #n" in a citation; now each carries its day,
    and an article whose outlet and day another shares carries its id."""
    from datetime import datetime

    from newsweave.render.view import ReportView

    lines = [x for x in (seeds_dir / "000_401f3f548252d387.txt").read_text().splitlines() if x.strip()]

    def article(id: str, source: str | None, day: int | None) -> Article:
        published = datetime(2016, 2, day) if day else None
        return Article(id=id, source=source, published=published, sentences=[Sentence(f"{id}:0", lines[1])])

    articles = [article("a", "AP", 20), article("b", "AP", 21), article("c", "AP", 21), article("d", "Reuters", 21)]
    view = ReportView(Report(articles=articles, stories=[]))
    assert [view.cite(f"{a.id}:0").label for a in articles] == ["AP 2016-02-20 #1", "AP b #1", "AP c #1", "Reuters #1"]
    assert ReportView(Report(articles=[article("e", None, None)], stories=[])).cite("e:0").label == "e #1"
