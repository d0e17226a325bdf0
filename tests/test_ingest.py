"""Reading every input format, metadata, ids, and bad input (one warning each, the batch goes on)."""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from newsweave.errors import InputNotFound
from newsweave.ingest import iter_inputs, list_inputs, raw_from_text, read_articles, read_file
from newsweave.model import Article, InputWarning, RawArticle
from newsweave.options import Options, load_meta

pytestmark = pytest.mark.issue(2)

OPTIONS = Options()
SEED_000 = "000_401f3f548252d387"
SEED_004 = "004_d18fbf1fe040f894"


def _read(path: Path, options: Options = OPTIONS) -> tuple[list[Article], list[InputWarning]]:
    return read_articles([path], options)


@pytest.fixture()
def seed_copy(seeds_dir: Path, tmp_path: Path) -> Path:
    """The Reuters seed copied into a temporary folder (so sidecars can be added beside it)."""
    target = tmp_path / f"{SEED_004}.txt"
    shutil.copy(seeds_dir / f"{SEED_004}.txt", target)
    return target


@pytest.fixture(scope="module")
def reuters_lines(data_dir: Path) -> list[str]:
    with gzip.open(data_dir / "reuters21578" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as fh:
        return [fh.readline() for _ in range(5)]


# ---- listing inputs -------------------------------------------------------------------------


def test_missing_path_raises_before_reading(seeds_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(InputNotFound, match="input path .*nope.txt does not exist"):
        list_inputs([seeds_dir, tmp_path / "nope.txt"])


def test_folders_expand_sorted_without_sidecars_or_hidden_files(seed_copy: Path, tmp_path: Path) -> None:
    (tmp_path / f"{SEED_004}.meta.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("hidden")
    sub = tmp_path / "b"
    sub.mkdir()
    shutil.copy(seed_copy, sub / "a.txt")
    names = [p.relative_to(tmp_path).as_posix() for p in list_inputs([tmp_path])]
    assert names == [f"{SEED_004}.txt", "b/a.txt"]


def test_seed_folder_reads_two_articles_with_stem_ids(seeds_dir: Path) -> None:
    articles, warnings = _read(seeds_dir)
    assert warnings == []
    assert [a.id for a in articles] == [SEED_000, SEED_004]
    assert all(a.input.endswith(".txt") for a in articles)


def test_progress_is_called_after_each_file(seeds_dir: Path) -> None:
    calls: list[int] = []
    read_articles([seeds_dir], OPTIONS, progress=calls.append)
    assert calls == [1, 2]


# ---- metadata -----------------------------------------------------------------------------


def test_sidecar_metadata_is_applied(seed_copy: Path) -> None:
    seed_copy.with_name(f"{SEED_004}.meta.json").write_text(
        json.dumps(
            {
                "title": "Islamic State leader urges attacks on Turkey",
                "source": "Reuters",
                "url": "https://www.reuters.com/article/us-mideast-crisis-iraq-baghdadi-idUSKBN12Y1HG",
                "date": "2016-11-03",
            }
        )
    )
    [article], warnings = _read(seed_copy)
    assert warnings == []
    assert article.title == "Islamic State leader urges attacks on Turkey"
    assert (article.published, article.published_from) == (datetime(2016, 11, 3), "metadata")
    assert article.url.startswith("https://www.reuters.com/")


def test_meta_option_overrides_the_sidecar(seed_copy: Path, tmp_path: Path) -> None:
    seed_copy.with_name(f"{SEED_004}.meta.json").write_text(
        json.dumps({"source": "Sidecar", "date": "2016-11-02"})
    )
    meta_file = tmp_path / "meta.json"
    meta_file.write_text(json.dumps({SEED_004: {"source": "Reuters via Yahoo", "published": "2016-11-03"}}))
    [article], _ = _read(seed_copy, Options(meta=load_meta(meta_file)))
    assert article.source == "Reuters via Yahoo"
    assert article.published == datetime(2016, 11, 3)
    assert article.id == SEED_004


def test_sidecar_id_replaces_the_file_stem(seed_copy: Path) -> None:
    seed_copy.with_name(f"{SEED_004}.meta.json").write_text(json.dumps({"id": "reuters baghdadi"}))
    [article], _ = _read(seed_copy)
    assert article.id == "reuters_baghdadi"  # ids never hold whitespace
    assert article.sentences[0].id == "reuters_baghdadi:0"


def test_broken_sidecar_is_a_warning_not_a_failure(seed_copy: Path) -> None:
    seed_copy.with_name(f"{SEED_004}.meta.json").write_text("{not json")
    articles, warnings = _read(seed_copy)
    assert len(articles) == 1
    assert len(warnings) == 1 and "sidecar" in warnings[0].message


def test_raw_from_text_accepts_aliases() -> None:
    raw = raw_from_text("Body text here.", id="a b", publisher="Reuters", date="2016-11-03", author="Ann Lee")
    assert (raw.id, raw.source, raw.published, raw.authors) == ("a_b", "Reuters", "2016-11-03", ["Ann Lee"])


# ---- JSONL and JSON -----------------------------------------------------------------------


def test_jsonl_broken_line_is_one_warning_and_other_lines_still_count(
    reuters_lines: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "reuters.jsonl"
    path.write_text(reuters_lines[0] + '{"id": "oops", "text": \n' + reuters_lines[1] + reuters_lines[2])
    articles, warnings = _read(path)
    assert [a.id for a in articles] == ["1", "2", "3"]
    assert len(warnings) == 1 and warnings[0].message.startswith("line 2 is not valid JSON")
    first = articles[0]
    assert first.title == "BAHIA COCOA REVIEW" and first.source == "Reuters"
    assert first.dateline is not None and first.dateline.place == "SALVADOR"
    assert first.published_from == "metadata"


def test_jsonl_named_json_is_sniffed_and_headline_only_lines_are_articles(
    data_dir: Path, tmp_path: Path
) -> None:
    lines = (
        (data_dir / "uci_news_aggregator" / "headlines_head.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()[:3]
    )
    path = tmp_path / "headlines.json"
    path.write_text("\n".join(lines) + "\n" + json.dumps({"source": "nobody"}) + "\n")
    articles, warnings = _read(path)
    rows = [json.loads(line) for line in lines]
    assert [a.sentences[0].text for a in articles] == [r["title"] for r in rows]
    assert [a.source for a in articles] == [r["source"] for r in rows]
    expected = datetime.fromtimestamp(rows[0]["date_ms"] / 1000, tz=UTC)
    assert articles[0].published == expected and articles[0].published_from == "metadata"
    assert len(warnings) == 1 and warnings[0].message == "line 4 has no text, html or title; skipped"


def test_basil_jsonl_fields(data_dir: Path) -> None:
    articles, warnings = _read(data_dir / "basil" / "articles.jsonl")
    assert warnings == [] and len(articles) == 150
    row = json.loads((data_dir / "basil" / "articles.jsonl").open().readline())
    first = articles[0]
    assert (first.id, first.title, first.source, first.url) == (
        row["id"],
        row["title"],
        row["source"],
        row["url"],
    )
    assert first.published_date.isoformat() == row["date"][:10]


def test_json_array_file(tmp_path: Path, seeds_dir: Path) -> None:
    text = (seeds_dir / f"{SEED_000}.txt").read_text(encoding="utf-8")
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": text, "source": "Al-Monitor"}, {"title": "Headline"}]))
    articles, warnings = _read(path)
    assert warnings == [] and [a.source for a in articles] == ["Al-Monitor", None]
    assert len(articles[0].id) == 12  # a content hash, stable across runs
    assert _read(path)[0][0].id == articles[0].id


def test_jsonl_html_field_goes_through_the_html_reader(tmp_path: Path, seeds_dir: Path) -> None:
    paragraphs = (seeds_dir / f"{SEED_000}.txt").read_text(encoding="utf-8").split("\n\n")[1:4]
    html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    path = tmp_path / "html.jsonl"
    path.write_text(json.dumps({"id": "h1", "html": html}) + "\n")
    [article], _ = _read(path)
    assert article.sentences[0].text.startswith("The Islamic State’s (ISIS) supreme leader")


# ---- feeds --------------------------------------------------------------------------------


def _rss(seeds_dir: Path) -> str:
    items = []
    for stem, title, date in (
        (SEED_000, "Baghdadi issues audio tape", "Thu, 03 Nov 2016 10:00:00 GMT"),
        (SEED_004, "Baghdadi urges attacks on Turkey", "Thu, 03 Nov 2016 12:30:00 GMT"),
    ):
        body = "".join(
            f"<p>{escape(p)}</p>"
            for p in (seeds_dir / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
            if p.strip()
        )
        items.append(
            f"<item><title>{escape(title)}</title><link>https://example.com/{stem}</link>"
            f"<pubDate>{date}</pubDate><description>{escape(body)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example Wire</title>'
        + "".join(items)
        + "</channel></rss>"
    )


def test_rss_feed_named_txt_gives_one_article_per_entry(seeds_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "feed.txt"
    path.write_text(_rss(seeds_dir), encoding="utf-8")
    articles, warnings = _read(path)
    assert warnings == [] and len(articles) == 2
    caption_article, reuters = articles
    assert caption_article.title == "Baghdadi issues audio tape"
    assert caption_article.source == "Example Wire"
    assert caption_article.sentences[0].text.startswith("The Islamic State’s (ISIS) supreme leader")
    assert reuters.authors == ["Mostafa Hashem", "Ahmed Tolba"]
    assert (
        reuters.published.isoformat() == "2016-11-03T12:30:00+00:00" and reuters.published_from == "metadata"
    )


def test_a_feed_entry_whose_date_names_no_day_is_undated_with_a_warning(seeds_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(_rss(seeds_dir).replace("Thu, 03 Nov 2016 10:00:00 GMT", "November 2016"), encoding="utf-8")
    articles, warnings = _read(path)
    assert [a.published is None for a in articles] == [True, False]
    assert [w.message for w in warnings] == [
        "feed entry 1: its date 'November 2016' names no day newsweave can read (a month or a year alone?);"
        " it is undated"
    ]


def test_malformed_feed_without_entries_is_one_warning(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title')
    items = list(read_file(path, OPTIONS))
    assert len(items) == 1 and isinstance(items[0], InputWarning)
    assert items[0].message.startswith("feed is malformed and has no entries")


# ---- HTML ---------------------------------------------------------------------------------


def test_html_page_without_extension_is_sniffed(data_dir: Path, tmp_path: Path) -> None:
    source = sorted((data_dir / "html_extraction" / "html").glob("*.html.gz"))[0]
    page = tmp_path / "page"
    page.write_bytes(gzip.decompress(source.read_bytes()))
    gold = json.loads((data_dir / "html_extraction" / "ground-truth.json").read_text())[
        source.name.split(".")[0]
    ]
    [article], warnings = _read(page)
    assert warnings == []
    assert article.title and article.id == "page"
    assert gold["articleBody"].split(".")[0] in article.text
    # the gzip'd original reads the same
    [again], _ = _read(source)
    assert [s.text for s in again.sentences] == [s.text for s in article.sentences]


@pytest.mark.parametrize(
    ("page", "section", "opinion"),
    [
        # The New York Times: article:section "Opinion", "/opinion/" in the URL, "Opinion | ..."
        ("04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34", "Opinion", True),
        # Sputnik's columnist, by the URL alone ("/columnists/"), no section given
        ("1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198", None, True),
        # a page of the "News" section
        ("0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a", "News", False),
    ],
)
def test_an_html_page_s_section_and_whether_it_is_an_opinion_piece(
    data_dir: Path, page: str, section: str | None, opinion: bool
) -> None:
    [article], warnings = _read(data_dir / "html_extraction" / "html" / f"{page}.html.gz")
    assert warnings == []
    assert (article.section, article.opinion) == (section, opinion)
    assert article.to_dict()["section"] == section and article.to_dict()["opinion"] is opinion


def test_a_jsonl_section_and_a_feed_category_are_the_article_s_section(seeds_dir: Path, tmp_path: Path) -> None:
    text = (seeds_dir / f"{SEED_004}.txt").read_text(encoding="utf-8")
    lines = [
        {"id": "news", "text": text, "section": "World"},
        {"id": "column", "text": text, "category": ["Opinion", "Middle East"]},
        {"id": "labelled", "text": text, "title": "Analysis: Baghdadi breaks his silence"},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    articles, warnings = _read(path)
    assert warnings == []
    assert [(a.id, a.section, a.opinion) for a in articles] == [
        ("news", "World", False),
        ("column", "Opinion", True),
        ("labelled", None, True),
    ]
    title = "<title>Baghdadi issues audio tape</title>"
    feed = _rss(seeds_dir).replace(title, title + "<category>Opinion</category>")
    assert feed.count("<category>") == 1
    (tmp_path / "feed.rss").write_text(feed, encoding="utf-8")
    articles, _ = _read(tmp_path / "feed.rss")
    assert [(a.section, a.opinion) for a in articles] == [("Opinion", True), (None, False)]


def test_hostile_html_is_data_never_code(tmp_path: Path, seeds_dir: Path) -> None:
    lines = [p for p in (seeds_dir / f"{SEED_004}.txt").read_text(encoding="utf-8").split("\n")[2:8] if p]
    body = "".join(f"<p>{escape(p)}</p>" for p in lines)
    page = tmp_path / "hostile.html"
    page.write_text(
        f"<html><head><title>T</title><script>alert('pwned')</script></head><body><article>"
        f"{body}<script>document.write('evil')</script><img src=x onerror=alert(1)></article>"
        "</body></html>"
    )
    [article], _ = _read(page)
    assert "alert" not in article.text and "evil" not in article.text
    assert article.sentences[0].text == lines[0]


def test_deeply_nested_html_does_not_crash(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 50_000 + "<p>Deep.</p>" + "</div>" * 50_000 + "</body></html>")
    items = list(read_file(page, OPTIONS))
    assert all(isinstance(i, (InputWarning, RawArticle)) for i in items) and items


def test_html_page_without_article_text_is_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    articles, warnings = _read(page)
    assert articles == [] and warnings[0].message == "HTML page has no article text; skipped"


# ---- bad input ----------------------------------------------------------------------------


def test_bad_files_each_give_one_warning_and_the_batch_goes_on(tmp_path: Path, seeds_dir: Path) -> None:
    shutil.copy(seeds_dir / f"{SEED_000}.txt", tmp_path / "good.txt")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\n ")
    articles, warnings = _read(tmp_path)
    assert [a.id for a in articles] == ["good"]
    by_file = {Path(w.input).name: w.message for w in warnings}
    assert by_file == {
        "binary.txt": "file is binary (NUL bytes), not text; skipped",
        "blank.txt": "file is empty; skipped",
        "empty.txt": "file is empty; skipped",
    }


def test_legacy_encoding_is_detected_and_reported(tmp_path: Path, seeds_dir: Path) -> None:
    text = (seeds_dir / f"{SEED_000}.txt").read_text(encoding="utf-8").replace("\u00a0", " ")
    text = text.replace("[ISIS-held]", "[ISIS-held] — café déjà vu")
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252", errors="replace"))
    [article], warnings = _read(path)
    assert len(warnings) == 1 and "not UTF-8" in warnings[0].message
    assert "The Islamic State’s (ISIS) supreme leader" in article.text
    assert "café déjà vu" in article.text


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        b"Baghdadi spoke on Thursday in a recording released by supporters. " * 3
        + b"\x81\x8d\x8f\x90\x9d broken bytes."
    )
    articles, warnings = _read(path)
    assert len(warnings) == 1 and "UTF-8" in warnings[0].message
    assert (
        articles[0].sentences[0].text == "Baghdadi spoke on Thursday in a recording released by supporters."
    )


def test_oversized_file_is_skipped(seed_copy: Path) -> None:
    articles, warnings = _read(seed_copy, Options(max_input_bytes=1000))
    assert articles == []
    assert "more than max_input_bytes" in warnings[0].message


def test_gzip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a " * 2_000_000))
    articles, warnings = _read(path, Options(max_input_bytes=100_000))
    assert articles == [] and "decompresses to more than" in warnings[0].message


def test_overlong_body_is_truncated_with_a_warning(seed_copy: Path) -> None:
    [article], warnings = _read(seed_copy, Options(max_article_chars=1000))
    assert len(article.text) <= 1000
    assert len(warnings) == 1 and "more than max_article_chars (1,000); truncated" in warnings[0].message


def test_gzip_text_reads_like_the_plain_file(seed_copy: Path, tmp_path: Path) -> None:
    packed = tmp_path / "packed" / f"{SEED_004}.txt.gz"
    packed.parent.mkdir()
    packed.write_bytes(gzip.compress(seed_copy.read_bytes()))
    [plain], _ = _read(seed_copy)
    [unpacked], _ = _read(packed)
    assert unpacked.id == SEED_004
    assert [s.text for s in unpacked.sentences] == [s.text for s in plain.sentences]


def test_clashing_ids_get_a_suffix_and_a_warning(reuters_lines: list[str], tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(reuters_lines[0])
    (tmp_path / "b.jsonl").write_text(reuters_lines[0])
    articles, warnings = _read(tmp_path)
    assert [a.id for a in articles] == ["1", "1-2"]
    assert articles[1].sentences[0].id == "1-2:0"
    assert warnings[0].message == "article id 1 is already used by an earlier article; renamed 1-2"


def test_iter_inputs_yields_raw_articles_and_warnings(seeds_dir: Path) -> None:
    items = list(iter_inputs([seeds_dir], OPTIONS))
    assert [i.id for i in items if isinstance(i, RawArticle)] == [SEED_000, SEED_004]


# ---- hostile and odd input: each found by feeding the CLI bad files; each had stopped the batch
# ---- or lost articles in silence ------------------------------------------------------------------


def _seed_text(seeds_dir: Path, stem: str = SEED_004) -> str:
    return (seeds_dir / f"{stem}.txt").read_text(encoding="utf-8")


def test_impossible_dates_never_stop_the_batch(tmp_path: Path, seeds_dir: Path) -> None:
    """'3000 years ago' from a dated article, relative days from a placeholder date of year 1, an
    epoch in milliseconds past the year 9999: each once stopped the whole run with a traceback."""
    from newsweave.pipeline import analyze

    body = _seed_text(seeds_dir)
    lines = [
        {"id": "old", "text": "The city was founded 3000 years ago. " + body, "published": "2016-11-03"},
        {"id": "zero", "text": body.replace("Thursday", "tomorrow"), "published": "0001-01-01T00:00:00Z"},
        {"id": "far", "text": body, "date_ms": 1e20},
    ]
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    report = analyze([path, seeds_dir], Options())
    published = {a.id: a.published for a in report.articles}
    assert published["old"] == datetime(2016, 11, 3)
    assert published["zero"] is None and published["far"] is None  # placeholders are no dates
    assert len(report.articles) == 5 and report.stories
    assert not [w for w in report.warnings if "date" in w.message]  # as documented, and one per record in an export


def test_a_date_without_a_day_leaves_the_article_undated_and_says_so(tmp_path: Path, seeds_dir: Path) -> None:
    """A month alone ("November 2016") had been read as its first day, which placed the
    article's "Thursday" in October; the reader warns and the batch goes on."""
    from newsweave.pipeline import analyze

    body = _seed_text(seeds_dir)
    lines = [
        {"id": "month", "text": body, "published": "November 2016"},
        {"id": "day", "text": body, "published": "2016-11-03"},
    ]
    path = tmp_path / "dates.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    report = analyze([path], Options())
    published = {a.id: a.published for a in report.articles}
    assert published == {"month": None, "day": datetime(2016, 11, 3)}
    [warning] = [w for w in report.warnings if "November 2016" in w.message]
    assert "line 1" in warning.message and "undated" in warning.message


def test_lone_surrogates_and_undecodable_file_names_still_give_a_report(tmp_path: Path, seeds_dir: Path) -> None:
    from newsweave.pipeline import analyze
    from newsweave.render import render

    body = _seed_text(seeds_dir)
    (tmp_path / "s.jsonl").write_text(json.dumps({"id": "s", "text": body + " A stray \ud800 mark."}), encoding="utf-8")
    odd_name = bytes(tmp_path / "bad") + b"\xffname.txt"
    with open(odd_name, "w", encoding="utf-8") as fh:
        fh.write(_seed_text(seeds_dir, SEED_000))
    report = analyze([tmp_path], Options())
    assert sorted(a.id for a in report.articles) == ["bad\ufffdname", "s"]
    assert sorted(w.message for w in report.warnings) == [
        "file name has bytes that are not UTF-8; each shows as U+FFFD in ids and the report",
        "line 1: lone surrogate escapes (\\ud800-\\udfff) replaced by U+FFFD",
    ]
    assert "\ufffd" in next(a for a in report.articles if a.id == "s").text
    for fmt in ("json", "md", "html"):
        render(report, fmt).encode("utf-8")  # a lone surrogate cannot be encoded: this raised


def test_json_nested_too_deeply_is_one_warning(tmp_path: Path, seeds_dir: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "deep.jsonl").write_text(json.dumps({"id": "a", "text": _seed_text(seeds_dir)}) + "\n" + "[" * 100_000)
    articles, warnings = _read(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert sorted(w.message for w in warnings) == [
        "file is JSON nested too deeply to read; skipped",
        "line 2 is JSON nested too deeply to read; line skipped",
    ]


def test_a_broken_or_stray_first_line_loses_only_itself(tmp_path: Path, seeds_dir: Path) -> None:
    good = json.dumps({"id": "a", "text": _seed_text(seeds_dir)})
    (tmp_path / "broken.jsonl").write_text('{"id": "x", "text": "unterminated\n' + good + "\n")
    (tmp_path / "stray.jsonl").write_text('[1, 2]\n' + good.replace('"a"', '"b"') + "\n")
    (tmp_path / "string.jsonl").write_text('"hello"\n' + good.replace('"a"', '"c"') + "\n")
    articles, warnings = _read(tmp_path)
    assert sorted(a.id for a in articles) == ["a", "b", "c"]
    assert any("line 1 is not valid JSON (Unterminated string starting at line 1" in w.message for w in warnings)


def test_line_separators_inside_jsonl_strings_do_not_cut_lines(tmp_path: Path, seeds_dir: Path) -> None:
    body = _seed_text(seeds_dir)
    text = "\u2028".join(body.split("\n")) + "\u0085 end."
    (tmp_path / "u.jsonl").write_text(json.dumps({"id": "u", "text": text}, ensure_ascii=False) + "\n")
    articles, warnings = _read(tmp_path)
    assert [a.id for a in articles] == ["u"] and warnings == []


def test_text_files_that_open_with_a_bracket_are_text(tmp_path: Path, seeds_dir: Path) -> None:
    body = _seed_text(seeds_dir)
    (tmp_path / "update.txt").write_text("[UPDATED 3:15 p.m.] " + body)
    (tmp_path / "brace.txt").write_text("{Editor's note: corrected.} " + body.replace("Mosul", "Tal Afar"))
    (tmp_path / "angle.txt").write_text("<Reuters> " + body.replace("Mosul", "Raqqa"))
    articles, warnings = _read(tmp_path)
    assert sorted(a.id for a in articles) == ["angle", "brace", "update"]
    assert {w.message for w in warnings} == {"file starts like JSON but is none; read as plain text"}


def test_gzip_members_truncation_and_trailing_bytes(tmp_path: Path, seeds_dir: Path) -> None:
    body = _seed_text(seeds_dir).encode("utf-8")
    half = len(body) // 2
    (tmp_path / "two.txt.gz").write_bytes(gzip.compress(body[:half]) + gzip.compress(body[half:]))
    whole = gzip.compress(body)
    (tmp_path / "cut.txt.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "tail.txt.gz").write_bytes(whole + b"garbage")
    articles, warnings = _read(tmp_path)
    texts = {a.id: " ".join(s.text for s in a.sentences) for a in articles}
    assert "Mosul still has a population of 1.5 million people" in texts["two"]  # the second member
    assert "Mosul still has a population" not in texts["cut"]
    assert {Path(w.input).name: w.message.split(";")[0] for w in warnings} == {
        "cut.txt.gz": "gzip data is truncated",
        "tail.txt.gz": "7 bytes after the gzip data were ignored",
    }


def test_encodings_without_a_label(tmp_path: Path, seeds_dir: Path) -> None:
    body = _seed_text(seeds_dir, SEED_000)
    (tmp_path / "u32.txt").write_bytes(body.encode("utf-32"))
    (tmp_path / "u16.txt").write_bytes(body.encode("utf-16-le"))
    (tmp_path / "stray.txt").write_bytes(body.encode("utf-8").replace(b"Mosul", b"Mos\xffl", 1))
    short = "The minister said “we will not back down” — and the crowd cheered. Prices rose 5€ today."
    (tmp_path / "short.txt").write_bytes(short.encode("cp1252"))
    articles, warnings = _read(tmp_path)
    texts = {a.id: " ".join(s.text for s in a.sentences) for a in articles}
    for name in ("u32", "u16", "stray"):
        assert "The Islamic State’s (ISIS) supreme leader" in texts[name], name  # not one mojibake ’
    assert texts["short"] == short
    messages = {Path(w.input).name: w.message for w in warnings}
    assert "u32.txt" not in messages
    assert messages["u16.txt"] == "file has no byte order mark; decoded as utf-16-le"
    assert messages["stray.txt"].startswith("file is not valid UTF-8")
    assert messages["short.txt"] == "file is not UTF-8; decoded as cp1252 (Windows Western European)"


def test_a_long_western_european_text_is_read_as_cp1252() -> None:
    """French in Windows-1252, longer than the head the letters are counted in: accented letters
    are a few in a hundred of the whole, and were counted over the whole text against the
    letters of its head only, which sent such a file to detection."""
    from newsweave.ingest.sniff import decode

    paragraph = "Le conseil municipal a voté mercredi un budget réduit pour l'été; les élus ont débattu trois heures.\n"
    text = paragraph * 2000  # 200 KB, a few accented letters in every hundred
    decoded = decode(text.encode("cp1252"), 10_000_000)
    assert decoded.text == text
    assert decoded.warning == "file is not UTF-8; decoded as cp1252 (Windows Western European)"


def test_a_text_that_is_no_string_is_a_warning(tmp_path: Path, seeds_dir: Path) -> None:
    lines = [
        {"id": "n", "text": 12345},
        {"id": "o", "text": {"a": "b"}},
        {"id": "t", "text": True},
        {"id": "p", "text": [_seed_text(seeds_dir), 7, None]},  # the strings are the paragraphs
    ]
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps(line) for line in lines))
    articles, warnings = _read(tmp_path)
    assert [a.id for a in articles] == ["p"]
    assert [w.message for w in warnings] == [
        "line 1: its text is a number, not a string; skipped",
        "line 2: its text is an object, not a string; skipped",
        "line 3: its text is true or false, not a string; skipped",
    ]


def test_entities_in_fragments_and_html_titles_of_atom_entries(tmp_path: Path) -> None:
    text = "Tom &amp; Jerry met the minister on Friday &mdash; and &lt;b&gt;agreed&lt;/b&gt; a plan."
    (tmp_path / "f.jsonl").write_text(json.dumps({"id": "f", "html": text}))
    (tmp_path / "feed.atom").write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        '<entry><title type="html">&lt;b&gt;Bold&lt;/b&gt; headline &amp;amp; more</title><id>1</id>'
        "<content>The council met on Friday and agreed to a new plan for the harbour.</content></entry></feed>"
    )
    articles, _ = _read(tmp_path)
    by_id = {a.id: a for a in articles}
    assert by_id["f"].sentences[0].text.startswith("Tom & Jerry met the minister on Friday —")
    assert "&lt;" not in " ".join(s.text for s in by_id["f"].sentences)
    [entry] = [a for a in articles if a.id != "f"]
    assert entry.title == "Bold headline & more"


def test_a_pipe_is_read_like_a_file(tmp_path: Path, seeds_dir: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    body = _seed_text(seeds_dir).encode("utf-8")
    writer = threading.Thread(target=lambda: fifo.write_bytes(body))
    writer.start()
    articles, warnings = _read(fifo)
    writer.join()
    assert [a.id for a in articles] == ["pipe"] and warnings == []
    assert "Mosul still has a population of 1.5 million people" in " ".join(s.text for s in articles[0].sentences)



def test_a_page_gives_the_language_its_root_element_declares(data_dir: Path, tmp_path: Path) -> None:
    pages = sorted((data_dir / "html_extraction" / "html").glob("*.html.gz"))[:20]
    languages = [a.language for p in pages for a in _read(p)[0]]
    assert sum(1 for lang in languages if lang and lang.startswith("en")) >= 15


def test_a_cookie_wall_or_paywall_is_no_article(tmp_path: Path, seeds_dir: Path) -> None:
    head = "<html><head><title>Baghdadi issues audio message</title></head><body>"
    (tmp_path / "cookie.html").write_text(
        head + "<p>We and our partners use cookies to store and access information on your device.</p>"
        "<p>By clicking Accept all you consent to the use of cookies for personalised ads.</p></body></html>"
    )
    (tmp_path / "paywall.html").write_text(
        head + "<p>Subscribe now to continue reading.</p><p>Already a subscriber? Log in to access this "
        "article for just $1 a week.</p></body></html>"
    )
    body = "".join(f"<p>{p}</p>" for p in _seed_text(seeds_dir, SEED_000).split("\n\n"))
    (tmp_path / "article.html").write_text(head + body + "</body></html>")
    articles, warnings = _read(tmp_path)
    assert [a.id for a in articles] == ["article"]
    assert {Path(w.input).name: w.message for w in warnings} == {
        name: "HTML page has only a cookie notice, a paywall or other page furniture; skipped"
        for name in ("cookie.html", "paywall.html")
    }


def test_a_page_saved_with_its_response_headers(tmp_path: Path, seeds_dir: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in _seed_text(seeds_dir, SEED_000).split("\n\n"))
    page = "<!DOCTYPE html><html><head><title>Baghdadi issues audio message</title></head><body>" + body
    (tmp_path / "page.html").write_text("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page)
    [article], warnings = _read(tmp_path)
    assert article.title == "Baghdadi issues audio message" and warnings == []
    assert not any("<p>" in s.text or "Content-Type" in s.text for s in article.sentences)


def test_meta_under_a_jsonl_files_name_is_not_every_line_s(tmp_path: Path, seeds_dir: Path) -> None:
    """--meta keyed by "lines" (the file's stem) gave each line of lines.jsonl its id, and so the
    same id to all, renamed -2, -3; a file of many articles is matched by article id only."""
    body = _seed_text(seeds_dir, SEED_000)  # names no outlet
    lines = tmp_path / "lines.jsonl"
    lines.write_text("\n".join(json.dumps({"id": i, "text": body.replace("Mosul", i)}) for i in ("a", "b")))
    meta = {"lines": {"id": "x", "source": "Wrong"}, "b": {"source": "Reuters"}}
    articles, warnings = _read(lines, Options(meta=meta))
    assert [(a.id, a.source) for a in articles] == [("a", None), ("b", "Reuters")]
    # the entry that was not used says so, as a misspelt id's would
    assert [(w.input, w.message) for w in warnings] == [
        (
            "--meta",
            "1 of 2 entries name no article read (by its id, or by the name of a file of one article); "
            "their fields were not used: lines",
        )
    ]
    meta = {f"{SEED_000}x": {"source": "Typo"}, SEED_000: {"source": "Right"}, "c": {"id": "a"}}
    articles, warnings = _read(seeds_dir / f"{SEED_000}.txt", Options(meta=meta))
    assert [(a.id, a.source) for a in articles] == [(SEED_000, "Right")]
    assert [w.message.rsplit(": ", 1)[1] for w in warnings] == [f"{SEED_000}x, c"]


def test_a_folder_that_cannot_be_listed_is_a_warning(tmp_path: Path, seeds_dir: Path, monkeypatch) -> None:
    """As a user without the right to list it (root, who runs the tests, always may: the refusal
    is simulated where ``os.walk`` reports it)."""
    import os

    import newsweave.ingest as ingest

    shutil.copy(seeds_dir / f"{SEED_000}.txt", tmp_path / "a.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):  # noqa: ANN001, ANN202
        onerror(PermissionError(13, "Permission denied", str(locked)))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(ingest.os, "walk", walk)
    monkeypatch.setattr(ingest.os, "access", lambda *_: False)
    articles, warnings = _read(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert [(Path(w.input).name, w.message) for w in warnings] == [
        ("locked", "folder cannot be read (permission denied); its files were skipped")
    ]


def test_page_widgets_and_link_spans_in_real_pages(data_dir: Path) -> None:
    """Two pages of the HTML set: The Hill hides a card behind a person's name that had run into
    the lead ("Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down ... MORE (R) is
    defending ..."), and CBS wraps a link's words in a span of class "link" that trafilatura's
    precision mode drops ("La Canfora has reported that for his role in the fight.")."""
    from newsweave.ingest.html import extract_page

    def page(name: str) -> str:
        path = data_dir / "html_extraction" / "html" / f"{name}.html.gz"
        return gzip.decompress(path.read_bytes()).decode("utf-8")

    hill = extract_page(page("156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38")).text
    assert hill.startswith("South Dakota Gov. Kristi Noem (R) is defending the state’s launch")
    assert "NoemKristi" not in hill and "doubles down" not in hill
    cbs = extract_page(page("08f793762792bd252c75fb57544cdf506ffcc04785136cb87503f02364b82b56")).text
    assert "La Canfora has reported that the NFL will fine Rudolph for his role in the fight." in cbs
    # "By TOM KRISHER, AP Auto Writer": one author, whose role is no second one
    auto_show = extract_page(page("05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f"))
    assert auto_show.authors == ["Tom Krisher"]


def test_a_role_in_a_byline_is_no_author() -> None:
    from newsweave.ingest.fields import authors_value

    assert authors_value("TOM KRISHER, AP Auto Writer") == ["TOM KRISHER"]
    assert authors_value("By Jane Doe, Staff Writer and Bob Roe") == ["Jane Doe", "Bob Roe"]
    assert authors_value("Kevin Johnson, Natalie DiBlasio") == ["Kevin Johnson", "Natalie DiBlasio"]
    assert authors_value("Smith, John") == ["Smith, John"]
    assert authors_value("Practical Horseman Editorial Staff") == ["Practical Horseman Editorial Staff"]


def test_a_page_title_loses_its_site_name(data_dir: Path) -> None:
    """Pages of the HTML set whose titles carry the site's name at the end or the start: the
    article's title (and so a story's) is the headline alone. A label that is no site stays, and
    so does the headline the page repeats above its body, which is no body text either."""
    root = data_dir / "html_extraction" / "html"
    titles = {}
    for name in (
        "1ace8c85aaee21b9d4505eca506d50c4721c29db62848b567a9703bfe0583892",
        "20b2b64916b00b25203c9f1bf14248922f4d522f18328e9f876cce116df0083e",
        "33fe2471fd553c6570f93997f208b4f39bf30be5947c3cfa620ee8eff3355ab9",
        "34a7328535ad4e60b059f81d37eec5d25c2bc8de759ce9a7b5e47ac7dc6fd1b0",
        "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34",
        "5fa3154ec031ab35411a457d78eb5aa92c0e803c5329bd05c001e6d64009e206",
    ):
        [article], _ = _read(root / f"{name}.html.gz")
        titles[name[:4]] = article.title
        if name.startswith("33fe"):
            assert "Amsterdam Light Festival" not in article.sentences[0].text
    assert titles == {
        "1ace": "New York State Attorney General reportedly investigating WeWork",  # "– TechCrunch"
        "20b2": "Black Friday per nostalgici: le occasioni da non perdere",  # "- Remember 80/90 - Memorabilia ..."
        "33fe": "'The Medium is the Message': the 7th Amsterdam Light Festival",  # "| Inexhibit", inexhibit.com
        "34a7": "Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos",  # "LinkNaija | Nigeria's ...: "
        "04a6": "Opinion | Republicans Are Following Trump to Nowhere",
        "5fa3": "The Guardian view on Hong Kong: a city on the brink | Editorial",
    }


def test_title_without_site() -> None:
    from newsweave.ingest.fields import title_without_site as cut

    bill = "Senate passes the bill"
    assert cut(f"{bill} - Reuters", "Reuters", None) == bill
    assert cut(f"{bill} | ZDNet", None, "https://www.zdnet.com/a/") == bill
    assert cut("CNN - Politics", "CNN", None) == "CNN - Politics"  # too little would be left
    assert cut(f"Reuters: {bill}", None, None) == f"Reuters: {bill}"
    assert cut("Live: 10:30 - the vote", "BBC", "https://bbc.co.uk/x") == "Live: 10:30 - the vote"
    assert cut(f"{bill} - News", None, "https://news.bbc.co.uk/x") == f"{bill} - News"
    assert cut(f"{bill} - BBC", None, "https://news.bbc.co.uk/x") == bill
