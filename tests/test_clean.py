"""Cleaning on real news text: bylines, datelines, captions, credit lines, layout, dates."""

from __future__ import annotations

import gzip
import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from newsweave.clean import clean, paragraphs_of, typographic_quotes
from newsweave.ingest import raw_from_text, read_articles
from newsweave.model import Article, InputWarning
from newsweave.options import Options

pytestmark = pytest.mark.issue(2)

OPTIONS = Options()
SEED_000 = "000_401f3f548252d387"
SEED_004 = "004_d18fbf1fe040f894"


def _clean_text(text: str, **fields: object) -> Article:
    article = clean(raw_from_text(text, **fields), OPTIONS)
    assert isinstance(article, Article), article
    return article


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Article]:
    articles, warnings = read_articles([seeds_dir], OPTIONS)
    assert warnings == []
    return {a.id: a for a in articles}


@pytest.fixture(scope="module")
def seed_004_text(seeds_dir: Path) -> str:
    return (seeds_dir / f"{SEED_004}.txt").read_text(encoding="utf-8")


# ---- the two founding articles -------------------------------------------------------------


def test_reuters_seed_byline_dateline_and_credit_become_fields(seeds: dict[str, Article]) -> None:
    a = seeds[SEED_004]
    assert a.source == "Reuters"
    assert a.authors == ["Mostafa Hashem", "Ahmed Tolba"]
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == ("CAIRO/BAGHDAD", "Reuters")
    assert a.sentences[0].text.startswith("Islamic State leader Abu Bakr al-Baghdadi")
    texts = [s.text for s in a.sentences]
    assert not any("Writing by" in t or "Editing by" in t for t in texts)
    assert "(Writing by Maher Chmaytelli; Editing by Leslie Adler)" in a.removed
    assert not any(t.startswith("By ") for t in texts)


def test_seed_with_one_paragraph_per_line_keeps_each_line_a_paragraph(seeds: dict[str, Article]) -> None:
    a = seeds[SEED_004]
    # "He also called on Islamic State fighters to invade Turkey." is its own line in the file
    second = next(s for s in a.sentences if s.text.startswith("He also called on Islamic State fighters"))
    assert second.paragraph == a.sentences[0].paragraph + 1


def test_caption_line_above_the_lead_is_not_a_sentence_nor_a_title(seeds: dict[str, Article]) -> None:
    a = seeds[SEED_000]
    texts = [s.text for s in a.sentences]
    assert not any("File photo" in t for t in texts)
    assert a.sentences[0].text.startswith("The Islamic State’s (ISIS) supreme leader")
    assert a.title is None
    assert "Abu Bakr al-Baghdadi, leader of the Islamic State. File photo" in a.removed
    # sentences that merely contain "by" stay
    assert any(t.startswith("This audio message was released by the jihadi al-Furqan") for t in texts)


def test_sentence_ids_follow_article_id_and_index(seeds: dict[str, Article]) -> None:
    a = seeds[SEED_000]
    assert [s.id for s in a.sentences[:3]] == [f"{SEED_000}:0", f"{SEED_000}:1", f"{SEED_000}:2"]
    # the lead is paragraph 0; the next two sentences share the file's second paragraph
    assert [s.paragraph for s in a.sentences[:3]] == [0, 1, 1]
    assert len({s.id for s in a.sentences}) == len(a.sentences)


# ---- datelines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "place", "agency", "source"),
    [
        ("CAIRO/BAGHDAD (Reuters) – ", "CAIRO/BAGHDAD", "Reuters", "Reuters"),
        ("WASHINGTON (AP) — ", "WASHINGTON", "AP", "Associated Press"),
        ("LONDON, Nov 3 (Reuters) - ", "LONDON", "Reuters", "Reuters"),
        ("WASHINGTON — ", "WASHINGTON", None, None),
        ("SALVADOR, Feb 26 - ", "SALVADOR", None, None),
        ("NAIROBI, Kenya (AP) _ ", "NAIROBI, Kenya", "AP", "Associated Press"),
        ("(CNN) -- ", None, "CNN", "CNN"),
        # the Wall Street Journal's and the Asahi's: no space after the dash
        ("WASHINGTON—", "WASHINGTON", None, None),
        ("HIROSHIMA--", "HIROSHIMA", None, None),
    ],
)
def test_dateline_styles_are_cut_from_the_first_sentence(
    seed_004_text: str, prefix: str, place: str | None, agency: str | None, source: str | None
) -> None:
    lead = seed_004_text.splitlines()[1].split("– ", 1)[1]  # the seed's lead without its dateline
    a = _clean_text(prefix + lead + "\nHe also called on Islamic State fighters to invade Turkey.")
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == (place, agency)
    assert a.source == source
    assert a.sentences[0].text.startswith("Islamic State leader Abu Bakr al-Baghdadi")


@pytest.mark.parametrize(
    "lead",
    [
        "KXAS-TV reports Houston police spokesman Kese Smith says a student was shot.",  # a hyphen needs a space
        "NATO-led peacekeeping troops have now arrested nine people wanted for war crimes.",
        "U.S.-Russian tensions over Ukraine spilled over into nuclear talks with Iran Wednesday.",
    ],
)
def test_a_hyphenated_opening_is_no_dateline(lead: str) -> None:
    a = _clean_text(lead + "\nHe also called on Islamic State fighters to invade Turkey.")
    assert a.dateline is None and a.sentences[0].text == lead


def test_given_source_wins_over_the_dateline_agency(seed_004_text: str) -> None:
    a = _clean_text(seed_004_text, source="Yahoo News")
    assert a.source == "Yahoo News"
    assert a.dateline is not None and a.dateline.agency == "Reuters"


def test_dateline_with_a_year_gives_a_text_date(seed_004_text: str) -> None:
    body = seed_004_text.splitlines()[1].split("– ", 1)[1]
    a = _clean_text("LONDON, Nov 3, 2016 (Reuters) - " + body)
    assert a.published == datetime(2016, 11, 3)
    assert a.published_from == "text"


def test_ap_datelines_in_duc_documents(data_dir: Path) -> None:
    rows = [json.loads(line) for line in (data_dir / "duc2004" / "duc2004_task2.jsonl").open()]
    docs = [d for row in rows for d in row["documents"] if "(AP) _ " in d[:80]]
    assert len(docs) >= 5
    for doc in docs:
        a = _clean_text(doc)
        assert a.dateline is not None and a.dateline.agency == "AP"
        assert a.source == "Associated Press"
        assert "(AP)" not in a.sentences[0].text
        assert not a.sentences[0].text.startswith("_")


def test_nyt_style_dateline_in_basil(data_dir: Path) -> None:
    rows = [json.loads(line) for line in (data_dir / "basil" / "articles.jsonl").open()]
    row = next(r for r in rows if r["text"].startswith("WASHINGTON — "))
    a = _clean_text(row["text"], source=row["source"], title=row["title"])
    assert a.dateline is not None and (a.dateline.place, a.dateline.agency) == ("WASHINGTON", None)
    assert a.source == row["source"]
    assert not a.sentences[0].text.startswith("WASHINGTON")



@pytest.mark.issue(5)
def test_a_paid_death_notice_opens_with_a_name_not_a_dateline(data_dir: Path) -> None:
    # PolNeAR, the Times of 2016-04-01: "SIEGEL--Jerome Arthur, 98, of Mamaroneck, ..." had become
    # a dateline "SIEGEL" and a first sentence about "Jerome Arthur, 98"
    [row] = [r for r in _polnear(data_dir) if r["id"].startswith("nyt_2016-04-01_paid-notice-deaths-siegel")]
    a = _clean_text(row["text"], title=row["title"])
    assert a.dateline is None
    assert a.sentences[0].text.startswith("SIEGEL--Jerome Arthur, 98, of Mamaroneck")


def test_body_sentence_opening_with_a_capitalised_word_keeps_it(seed_004_text: str) -> None:
    a = _clean_text("Baghdadi, an Iraqi whose real name is Ibrahim al-Samarrai, spoke - briefly.")
    assert a.dateline is None
    assert a.sentences[0].text.startswith("Baghdadi, an Iraqi")


# ---- bylines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors", "source"),
    [
        ("By Mostafa Hashem and Ahmed Tolba", ["Mostafa Hashem", "Ahmed Tolba"], None),
        (
            "By Mostafa Hashem, Ahmed Tolba and Maher Chmaytelli",
            ["Mostafa Hashem", "Ahmed Tolba", "Maher Chmaytelli"],
            None,
        ),
        ("By Mostafa Hashem | Reuters", ["Mostafa Hashem"], "Reuters"),
        ("By MAHER CHMAYTELLI, Associated Press", ["Maher Chmaytelli"], "Associated Press"),
        ("By Leslie Adler, Staff Writer", ["Leslie Adler"], None),
    ],
)
def test_byline_forms(seed_004_text: str, byline: str, authors: list[str], source: str | None) -> None:
    body = seed_004_text.splitlines()[1].split("– ", 1)[1]
    a = _clean_text(byline + "\n" + body + "\nHe also called on Islamic State fighters to invade Turkey.")
    assert a.authors == authors
    assert a.source == source
    assert a.sentences[0].text.startswith("Islamic State leader")


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    a = _clean_text("By Thursday the offensive had reached the outskirts of Mosul.\nIt went on.")
    assert a.authors == []
    assert a.sentences[0].text == "By Thursday the offensive had reached the outskirts of Mosul."


# ---- credit lines, captions, crawl boilerplate ---------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "(Writing by Maher Chmaytelli; Editing by Leslie Adler)",
        "Reporting by Mostafa Hashem; Editing by Leslie Adler",
        "Additional reporting by Ahmed Tolba in Cairo",
        "Compiled by Leslie Adler for Reuters",
        "Associated Press writer Zeke Miller contributed to this report.",
        "Jaime Fuller contributed to this report.",
    ],
)
def test_credit_lines_at_the_end_are_removed(seed_004_text: str, credit: str) -> None:
    body = "\n".join(seed_004_text.splitlines()[1:-1])
    a = _clean_text(body + "\n" + credit)
    assert credit in a.removed
    assert a.sentences[-1].text.startswith("Islamic State’s leader also said")


def test_credit_run_on_at_the_end_of_the_last_paragraph(seed_004_text: str) -> None:
    body = "\n".join(seed_004_text.splitlines()[1:-1])
    a = _clean_text(body + " (Reporting by Ahmed Tolba; Editing by Leslie Adler)")
    assert a.sentences[-1].text.endswith("in U.S. airstrikes.")


# Real caption lines from Multi-News documents.
CAPTIONS = [
    "The Rockies say fans will have the opportunity to swap the misspelled jerseys for ones that feature "
    "the correct spelling. AP Photo/David Zalubowski",
    "Ueli Steck, a mountaineer from Switzerland, speaks to the media during an interview at a hotel in "
    "Kathmandu, Nepal May 30, 2016. REUTERS/Navesh Chitrakar",
    "FILE PHOTO: A store of shoe designer Jimmy Choo is seen in the mountain resort of St. Moritz, "
    "Switzerland March 15, 2016. REUTERS/Arnd Wiegmann/File Photo",
    "Photo: KUVP archives",
    "Nevada Gov. Brian Sandoval (R) is being vetted for the vacancy on the Supreme Court (AP Photo/Cathleen "
    "Allison, File)",
    "FILE - In this May 24, 2016, file photo, Rep. John Conyers, D-Mich., ranking member on the House "
    "Judiciary Committee, speaks on Capitol Hill in Washington.",
    "Credit: Jeff Chiu / Associated Press",
    "The Bluefin-21 underwater vehicle is hoisted back aboard the Australian ship Ocean Shield after "
    "successful buoyancy testing in the Indian Ocean. (U.S. Navy / Getty Images / )",
    "The scene of collapsed houses along 400 block of Daly Street in South Philadelphia on July 29, 2013. "
    "(LUKE RAFFERTY / Staff Photographer)",
    "AFP/Getty Images NBA Finals MVP LeBron James of the Miami Heat holds the championship trophy after "
    "defeating the Oklahoma City Thunder in Game 5 of the NBA Finals.",
    # an agency's caption without its credit: the place and the date close it
    "The U.S. Capitol building is seen before President Barack Obama arrives to deliver his State of the "
    "Union address to a joint session of the U.S. Congress on Capitol Hill in Washington, January 20, 2015.",
    "General view of the Emergency entrance to the Hotel Dieu Hospital in Paris April 22, 2015.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_caption_lines_are_removed_anywhere(seed_004_text: str, caption: str) -> None:
    lines = seed_004_text.splitlines()
    a = _clean_text("\n".join([*lines[:5], caption, *lines[5:]]))
    assert caption in a.removed
    assert not any(caption[:40] in s.text for s in a.sentences)


def test_sentences_that_mention_photos_or_credits_stay() -> None:
    text = (
        "The photo was taken by a Reuters photographer in Mosul on Thursday.\n"
        "Credit rating agencies cut the bank's rating by two notches, a statement said.\n"
        "Advertisement revenue fell by 5 percent, the company said.\n"
        "The agreement was signed in Geneva on April 22, 2015.\n"
        "Early voting begins on Monday, Oct. 24, 2016.\n"
        "The court ruled against him. The appeal was heard in Paris, April 22, 2015."
    )
    a = _clean_text(text)
    assert " ".join(s.text for s in a.sentences) == " ".join(text.split("\n"))
    assert a.removed == []


def test_crawl_boilerplate_lines_are_removed(data_dir: Path) -> None:
    docs = _multinews_docs(data_dir)
    furniture = ("Advertisement", "Tweet with a location", "Share this article", "Story Continued Below")
    checked = 0
    for doc in docs:
        if not any(line.strip() in furniture for line in doc.split("\n")):
            continue
        result = clean(raw_from_text(doc), OPTIONS)
        if isinstance(result, InputWarning):
            continue  # nothing but furniture: covered below
        checked += 1
        assert not any(s.text in furniture for s in result.sentences)
    assert checked >= 10


def test_instagram_embeds_are_not_body_text(data_dir: Path) -> None:
    # Multi-News: a story of tributes quotes Instagram posts as the page embedded them, each a
    # line "<the post's caption> A post shared by <name> (@<handle>) on Jun 20, 2017 at 11:32am PDT"
    rows = [json.loads(line) for line in (data_dir / "multinews" / "multinews_validation_sample.jsonl").open()]
    doc = next(d for row in rows for d in row["documents"] if "A post shared by" in d)
    result = clean(raw_from_text(doc), OPTIONS)
    assert isinstance(result, Article)
    assert doc.count("A post shared by") >= 5
    assert not any("A post shared by" in s.text for s in result.sentences)
    assert result.sentences[0].text.startswith("Prodigy, one-half of the legendary '90s rap group Mobb Deep, died")
    assert sum("A post shared by" in r for r in result.removed) == doc.count("A post shared by")


def test_photo_captions_and_credits_of_news_sites_are_not_body_text(data_dir: Path) -> None:
    # Multi-News pages as crawled: BBC ("Image copyright X Image caption Y", "Media playback is
    # unsupported on your device Media caption Y"), NPR and WSJ ("Enlarge this image toggle
    # caption ..."), NYT ("Image <caption> Credit Name/The New York Times"), POLITICO ("<caption> |
    # Name/Getty Images <another story's headline>"), The Local ("... Photo: Name/TT"), Slate
    # ("Photo illustration by Slate."), the Guardian's links ("<headline> Read more")
    docs = _multinews_docs(data_dir)
    marks = re.compile(
        r"Image (?:copyright|caption)|Media (?:playback|caption)|Enlarge (?:this )?[Ii]mage|Credit Doug Mills"
        r"|\| (?:AP Photo|[A-Z][\w ]+/(?:Getty Images|POLITICO|AP Photo))|Photo: |Photo illustration by|Read more$"
    )
    checked = 0
    for doc in docs:
        if not marks.search(doc):
            continue
        result = clean(raw_from_text(doc), OPTIONS)
        assert isinstance(result, Article)
        checked += 1
        assert not [s.text for s in result.sentences if marks.search(s.text)]
        assert any(marks.search(r) for r in result.removed)
    assert checked >= 25
    nyt = next(d for d in docs if "Credit Doug Mills/The New York Times" in d)
    sentences = [s.text for s in clean(raw_from_text(nyt), OPTIONS).sentences]
    assert not any("arbitration proceeding against the actress" in s for s in sentences)  # the caption
    assert any(s.startswith("Ms. Clifford’s nondisclosure contract") for s in sentences)  # the body after it


def test_a_list_item_s_mark_is_not_part_of_its_sentence(data_dir: Path) -> None:
    # Multi-News: a poll story lists its findings as "* Obama won women in 2012 by 11 points ...",
    # and a page's "► Related: ..." links are labelled links once their mark is off
    docs = _multinews_docs(data_dir)
    poll = next(d for d in docs if "* Obama won women in 2012 by 11 points" in d)
    sentences = [s.text for s in clean(raw_from_text(poll), OPTIONS).sentences]
    assert "Obama won women in 2012 by 11 points, according to exit polls; today he leads by one point." in sentences
    assert not [t for t in sentences if t.startswith(("*", "•", "►"))]
    related = next(d for d in docs if "► Related:" in d)
    result = clean(raw_from_text(related), OPTIONS)
    assert isinstance(result, Article)
    assert not [s.text for s in result.sentences if "Related:" in s.text or s.text.startswith("►")]
    assert result.title is not None and not result.title.startswith("►")


def test_a_credit_without_a_year_is_no_title_nor_body_text(data_dir: Path) -> None:
    # Multi-News: "Copyright Marvel Comics" above a story of the new Thor had become its title, and
    # "Copyright Associated Press / NBC 10 Philadelphia" closed a report as its last sentence
    docs = _multinews_docs(data_dir)
    for credit in ("Copyright Marvel Comics", "Copyright Associated Press / NBC 10 Philadelphia"):
        result = clean(raw_from_text(next(d for d in docs if credit in d)), OPTIONS)
        assert isinstance(result, Article)
        assert result.title != credit and credit in result.removed
        assert not any(s.text.startswith("Copyright") for s in result.sentences)


def test_a_caption_above_the_article_is_no_title(data_dir: Path) -> None:
    # a caption closed by its photographer and agency after a full stop ("... 2005. Michael
    # Nagle/Getty Images") or by "(Image: ...)" had become the story's title
    docs = _multinews_docs(data_dir)
    cases = {
        "Donald Trump before opening the Nasdaq on September 20, 2005. Michael Nagle/Getty Images": "White House",
        "Shopping when hungry could be a bad idea (Image: UpperCut Images/Getty)": "Shopping on an empty stomach?",
    }
    for caption, first in cases.items():
        doc = next(d for d in docs if d.lstrip().startswith(caption))
        result = clean(raw_from_text(doc), OPTIONS)
        assert isinstance(result, Article)
        assert result.title is None and caption in result.removed
        assert result.sentences[0].text.startswith(first)



def test_a_section_link_is_no_title_and_a_date_line_with_an_ordinal_is_the_date(data_dir: Path) -> None:
    # "Local News More>>" had become a story's title, and "April 10th, 2016" too (the article's
    # date, read as none)
    docs = _multinews_docs(data_dir)
    link = clean(raw_from_text(next(d for d in docs if d.lstrip().startswith("Local News More>>"))), OPTIONS)
    assert isinstance(link, Article) and link.title is None and "Local News More>>" in link.removed
    dated = clean(raw_from_text(next(d for d in docs if d.lstrip().startswith("April 10th, 2016"))), OPTIONS)
    assert isinstance(dated, Article) and dated.title is None
    assert dated.published is not None and dated.published.date().isoformat() == "2016-04-10"
    assert dated.published_from == "text"


def test_a_caption_run_into_a_paragraph_and_footnote_marks_are_taken_out(data_dir: Path) -> None:
    docs = _multinews_docs(data_dir)
    aljazeera = next(d for d in docs if "live ammunition on protesters [Reuters]" in d)
    result = clean(raw_from_text(aljazeera), OPTIONS)
    assert any(s.text.startswith("Libyan leader Muammar Gaddafi has appeared on state") for s in result.sentences)
    assert any(r.endswith("live ammunition on protesters [Reuters]") for r in result.removed)
    wiki = next(d for d in docs if "postconcussion syndrome.[2]" in d)
    texts = [s.text for s in clean(raw_from_text(wiki), OPTIONS).sentences]
    assert not any(re.search(r"\[\d+\]", t) for t in texts)
    # the marks had hidden the sentence end from the splitter
    assert any(t.endswith("retired because of postconcussion syndrome.") for t in texts)


def _multinews_docs(data_dir: Path) -> list[str]:
    """Every document of the Multi-News sample, in order."""
    rows = [json.loads(line) for line in (data_dir / "multinews" / "multinews_validation_sample.jsonl").open()]
    return [d for row in rows for d in row["documents"]]


def _polnear(data_dir: Path) -> list[dict]:
    with gzip.open(data_dir / "polnear" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _cleaned(row: dict) -> Article:
    result = clean(raw_from_text(row["text"], title=row["title"]), OPTIONS)
    assert isinstance(result, Article)
    return result


def test_furniture_of_political_news_pages_is_not_body_text(data_dir: Path) -> None:
    # PolNeAR (political news of 2015-16 as exported, every paragraph ending in "."): AP's "___"
    # separators and live-blog entry times, "Follow X on Twitter @x", update notes, HuffPost's
    # credit lines ("Carlos Barria / Reuters."), "LETTERS."/"Economic Scene." labels, embed
    # placeholders
    rows = _polnear(data_dir)
    furniture = re.compile(
        r"^(?:_{2,}\.?|\d{1,2}:\d{2} [ap]\.m\.|Follow [A-Z]\w+ [A-Z]\w+ on Twitter @\w+\.|LETTERS\.|Economic Scene\."
        r"|This (?:article|story|post) has been updated\b.*|[A-Z]\w+ [A-Z]\w+ / Reuters\.|<tweet tweet-id=.*)$"
    )
    hits = [(row["id"], p) for row in rows for p in row["text"].split("\n\n") if furniture.match(p.strip())]
    assert len(hits) >= 300  # the raw pages hold them
    docs = {doc for doc, _ in hits}
    kept = [s.text for row in rows if row["id"] in docs for s in _cleaned(row).sentences if furniture.match(s.text)]
    assert kept == []
    # what looks alike and is news stays, without its label: 'UPDATE: 9 p.m. -- White House spokesman ...'
    basil = [json.loads(line) for line in (data_dir / "basil" / "articles.jsonl").open()]
    row = next(r for r in basil if "UPDATE: 9 p.m. --" in r["text"])
    assert any(s.text.startswith("White House spokesman Eric Schultz said") for s in _cleaned(row).sentences)


def test_an_indexers_abstract_and_the_deck_under_the_headline_are_not_body_text(data_dir: Path) -> None:
    # the NYT as exported: "Headline; \nDeck.", "ABSTRACT.", an indexer's summary, "FULL TEXT.", the article
    rows = [r for r in _polnear(data_dir) if "\n\nFULL TEXT.\n\n" in r["text"]]
    assert len(rows) >= 100
    for row in rows:
        texts = [s.text for s in _cleaned(row).sentences]
        head, body = typographic_quotes(row["text"]).split("\n\nFULL TEXT.\n\n", 1)
        assert texts[0] in body, row["id"]  # the article starts with its own first words
        assert not [t for t in texts if t in head and t not in body], row["id"]


def test_a_link_label_after_a_sentence_goes_and_the_sentence_stays(data_dir: Path) -> None:
    # 'The Union City Park Staff will be hosting a fundraiser ... (Click here to see the flyer)':
    # the whole paragraph had gone with its label
    rows = [json.loads(line) for line in (data_dir / "multinews" / "multinews_validation_sample.jsonl").open()]
    doc = next(d for row in rows for d in row["documents"] if "(Click here to see the flyer)" in d)
    result = clean(raw_from_text(doc), OPTIONS)
    assert isinstance(result, Article)
    texts = [s.text for s in result.sentences]
    assert any(t.endswith("to assist the family with medical expenses.") for t in texts)
    assert not any("Click here" in t for t in texts)
    assert "(Click here to see the flyer)" in result.removed


def test_sign_up_widgets_and_gallery_captions_are_not_body_text(data_dir: Path) -> None:
    docs = _multinews_docs(data_dir)
    marks = ("Invalid email address", "By signing up you agree", "Hide Caption", "(PHOTOS:", "Read more about:")
    checked = 0
    for doc in docs:
        if any(m in doc for m in marks):
            result = clean(raw_from_text(doc), OPTIONS)
            assert isinstance(result, Article)
            checked += 1
            assert not [s.text for s in result.sentences if any(m in s.text for m in marks)]
    assert checked >= 10


def test_marks_inside_sentences_go_and_the_sentences_stay(data_dir: Path) -> None:
    # soft hyphens ("re\u00adported"), a link marker ("complaint [PDF] against"), a player's buttons
    # run into the first sentence ("Skip in Skip x Embed x Share The discovery of ..."), AP's desk
    # tag after the last sentence ("... in 1996. (djp)")
    docs = _multinews_docs(data_dir)
    duc = [json.loads(line) for line in (data_dir / "duc2004" / "duc2004_task2.jsonl").open()]
    docs += [d for row in duc for d in row["documents"] if "(djp)" in d]
    cases = {
        "As re\u00adported in PLoS ONE": "As reported in PLoS ONE",
        "original complaint [PDF] against": "original complaint against",
        "Skip in Skip x Embed x Share The discovery of two slain": "The discovery of two slain",
        "CLOSE Skip in Skip x Embed x Share A former Massachusetts police officer": "A former Massachusetts police",
        "Wedding costs soar to new highs (3:40) As Americans feel better": "As Americans feel better",
        "German maxi Morning Glory in 1996. (djp)": "German maxi Morning Glory in 1996.",
    }
    for raw_words, kept in cases.items():
        doc = next(d for d in docs if raw_words in " ".join(d.split()))
        texts = [s.text for s in clean(raw_from_text(doc), OPTIONS).sentences]
        assert any(kept in t for t in texts), raw_words
        assert not any(raw_words in t for t in texts), raw_words


def test_an_authors_note_and_sign_offs_at_the_end_are_not_body_text(data_dir: Path) -> None:
    # PolNeAR: an op-ed by Rick Scott ends "Rick Scott is the Republican governor of Florida.";
    # The Washington Post ends "Costa reported from Washington.", POLITICO "Nolan McCaskill contributed."
    rows = {r["id"]: r for r in _polnear(data_dir)}
    ends = {
        "usa-today_2016-01-08_why-donald-trump-is-leading-in-t": "Rick Scott is the Republican governor of Florida.",
        "wash-post_2015-11-08_all-eggs-in-n-h-and-iowa-baskets": "Costa reported from Washington.",
        "politico_2016-01-05_republicans-blast-obama-after-no": "Nolan McCaskill contributed.",
    }
    for doc, end in ends.items():
        row = rows[doc]
        assert row["text"].rstrip().endswith(end)
        raw = raw_from_text(row["text"], title=row["title"], authors=[row["author"]] if row["author"] else [])
        article = clean(raw, OPTIONS)
        assert isinstance(article, Article)
        assert end in article.removed and article.sentences[-1].text != end
    # the same shape about someone else stays: only the byline's author is the page's note
    row = rows["usa-today_2016-01-08_why-donald-trump-is-leading-in-t"]
    article = clean(raw_from_text(row["text"], title=row["title"], authors=["Someone Else"]), OPTIONS)
    assert article.sentences[-1].text == "Rick Scott is the Republican governor of Florida."


RUNS_OF_FURNITURE = [
    # The Washington Post: "More from Morning Mix:" then three headlines of other stories (and
    # a photo caption above the article: "The building in Accra, Ghana, ... (Courtesy of the State
    # Department)")
    ("More from Morning Mix:", "Canadian policeman offers heartfelt apology", "For a decade, an American flag flew"),
    # "Must-reads:" then a list of '“Headline” — Author, Outlet'
    ("Must-reads:", "Tea party support not a given for Perry", "First, Pelosi said of the deal"),
    # crawled video pages: "Published on Apr 29, 2015", the video's description, then the
    # channel's links and its standing text, which had reached summaries
    ("Subscribe NOW to The Tonight Show", "Jimmy Fallon features hilarious", "Jimmy gets a surprise visit"),
    ("Subscribe To \"The Late Show\"", "Get new episodes of shows you love", "Stephen kicks off 'Russia Week'"),
]


@pytest.mark.parametrize(("marker", "gone", "first"), RUNS_OF_FURNITURE)
def test_runs_of_links_and_channel_text_are_not_body_text(data_dir: Path, marker: str, gone: str, first: str) -> None:
    doc = next(d for d in _multinews_docs(data_dir) if marker in d and gone in d)
    result = clean(raw_from_text(doc), OPTIONS)
    assert isinstance(result, Article)
    assert result.sentences[0].text.startswith(first)  # the article (or the video's description) stays
    assert not any(gone in s.text or marker in s.text for s in result.sentences)
    assert any(gone in r for r in result.removed)


def test_wayback_notice_alone_leaves_no_article(data_dir: Path) -> None:
    rows = [json.loads(line) for line in (data_dir / "multinews" / "multinews_validation_sample.jsonl").open()]
    doc = next(d for row in rows for d in row["documents"] if d.strip().startswith("Starting in 1996, Alexa"))
    result = clean(raw_from_text(doc, id="wayback"), OPTIONS)
    if isinstance(result, Article):  # the notice may be followed by a real page
        assert not any("Alexa Internet" in s.text for s in result.sentences)
    else:
        assert "no body text" in result.message and "wayback" in result.message


def test_a_video_players_messages_are_not_body_text(data_dir: Path) -> None:
    # a crawled YouTube page holds only its player's messages; "Rating is available when the
    # video has been rented." had opened a Multi-News summary
    docs = _multinews_docs(data_dir)
    players = [d for d in docs if "Rating is available when the video has been rented." in d]
    assert len(players) >= 2
    for doc in players:
        result = clean(raw_from_text(doc, id="player"), OPTIONS)
        assert isinstance(result, InputWarning), result.text[:80]
        assert result.message == "article player has no body text left after removing boilerplate; skipped"


def test_a_web_archives_description_of_a_crawl_is_no_article(data_dir: Path) -> None:
    # Multi-News stories hold documents that are the Internet Archive's notes about a crawl ("Web
    # wide crawl with initial seedlist ...", "Crawl start date: ...", "Number of captures: ...");
    # their sentences had reached the summaries ("The WARC files associated with this crawl are
    # not currently available to the general public.")
    docs = _multinews_docs(data_dir)
    openings = ("Web wide crawl with initial seedlist", "The seed for this crawl was", "Crawl of outlinks from")
    notes = [d for d in docs if d.lstrip().startswith(openings)]
    assert len(notes) >= 3
    for doc in notes:
        result = clean(raw_from_text(doc, id="archive"), OPTIONS)
        assert isinstance(result, InputWarning)
        assert result.message == "article archive is a web archive's note about a crawl, not an article; skipped"


# ---- layout -------------------------------------------------------------------------------


def test_reuters_21578_wrapped_lines_are_joined_and_indents_start_paragraphs(data_dir: Path) -> None:
    with gzip.open(data_dir / "reuters21578" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = json.loads(fh.readline())
    a = _clean_text(row["text"], title=row["title"], dateline=row["dateline"], date=row["date"])
    expected_paragraphs = 1 + sum(1 for line in row["text"].split("\n") if line.startswith("    "))
    assert len({s.paragraph for s in a.sentences}) == expected_paragraphs
    assert a.sentences[0].text.startswith("Showers continued throughout the week in the Bahia cocoa zone,")
    assert a.sentences[0].text.endswith("Comissaria Smith said in its weekly review.")
    assert a.dateline is not None and a.dateline.place == "SALVADOR"
    assert a.published == datetime(1987, 2, 26, 15, 1, 1, 790000) and a.published_from == "metadata"
    assert a.title == "BAHIA COCOA REVIEW"


def test_reuters_21578_notes_under_a_table_run_on_across_lines(data_dir: Path) -> None:
    # an earnings table's rows are short lines, so the block is not hard-wrapped as a whole;
    # its note still runs over two lines, the second not indented
    with gzip.open(data_dir / "reuters21578" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh) if r["id"] == "1642")
    a = _clean_text(row["text"], title=row["title"])
    texts = [s.text for s in a.sentences]
    assert texts[0] == "Shr 61 cts vs 18 cts" and texts[1] == "Net 670,000 vs 194,000"
    assert texts[-1] == (
        "NOTE:1987 net includes gain of 362,000 dlrs in 2nd qtr and 431,000 dlrs in six months "
        "from tax loss carryforward."
    )


def test_lines_above_an_indented_body_run_on_only_into_their_sentence() -> None:
    text = (
        "Wheat exports fall\nBy John Smith\n    Wheat exports fell in the week to\nMarch 4, the board said.\n"
        "    Maize exports rose.\nSorghum was unchanged.\n    Grain Figures For The Week Of\nJohn Doe said so."
    )
    assert paragraphs_of(text) == [
        "Wheat exports fall",
        "By John Smith",
        "Wheat exports fell in the week to March 4, the board said.",
        "Maize exports rose.",
        "Sorghum was unchanged.",
        "Grain Figures For The Week Of",
        "John Doe said so.",
    ]


def test_duc_hard_wrapped_text_is_joined(data_dir: Path) -> None:
    row = json.loads((data_dir / "duc2004" / "duc2004_task2.jsonl").open().readline())
    doc = row["documents"][0]
    a = _clean_text(doc)
    assert "\n" not in "".join(s.text for s in a.sentences)
    # the first sentence runs over three wrapped lines in the file
    assert a.sentences[0].text.startswith("Cambodian leader Hun Sen on Friday rejected opposition parties' demands for")
    assert a.sentences[0].text.endswith("the political crisis.")


@pytest.mark.issue(5)
def test_a_tokenised_corpus_s_quotation_marks_are_written_as_a_reader_sees_them(data_dir: Path) -> None:
    """DUC 2004 writes quotations as ``...''; the body has “...”, and the speaker of each is found
    as in any other text (a mark that opens by mistake, ''The earlier ...'', opens too)."""
    from newsweave.nlp import annotate

    rows = {r["id"]: r for r in map(json.loads, (data_dir / "duc2004" / "duc2004_task2.jsonl").open())}
    shuttle = _clean_text(rows["d30031t"]["documents"][1])
    text = " ".join(s.text for s in shuttle.sentences)
    assert "``" not in text and "''" not in text
    assert "Such a “blind” docking had never been attempted before." in text
    assert "We have margin on everything,” said flight director Bob Castle." in text
    fire = _clean_text(rows["d31022t"]["documents"][4])
    [earlier] = [s.text for s in fire.sentences if "The earlier information" in s.text]
    assert earlier.startswith("“The earlier information that police gave out was wrong,”")
    notes = annotate([fire], Options())
    speakers = {q.speaker_name for q in notes.quotes if "earlier information" in q.text}
    assert speakers == {"Hand Carlsson"}  # so this copy spells Hans Carlsson


def test_blank_line_paragraphs() -> None:
    assert paragraphs_of("One.\n\nTwo  words.\n \nThree.") == ["One.", "Two words.", "Three."]


# ---- titles and dates ---------------------------------------------------------------------


def test_short_first_line_is_a_title(seed_004_text: str) -> None:
    text = "Islamic State leader Baghdadi calls for attacks on Turkey\n" + seed_004_text
    a = _clean_text(text)
    assert a.title == "Islamic State leader Baghdadi calls for attacks on Turkey"
    assert a.authors == ["Mostafa Hashem", "Ahmed Tolba"]


def test_repeated_headline_is_dropped_from_the_body(data_dir: Path) -> None:
    with gzip.open(data_dir / "polnear" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh) if r["text"].startswith(r["title"]))
    a = _clean_text(row["text"], title=row["title"])
    assert a.title == row["title"]
    assert not a.sentences[0].text.startswith(row["title"])


def test_headline_only_article_keeps_the_headline_as_body() -> None:
    a = _clean_text(
        "Fed official says weak data caused by weather, should not slow taper",
        title="Fed official says weak data caused by weather, should not slow taper",
    )
    assert [s.text for s in a.sentences] == [a.title]


def test_published_stamp_line_is_a_text_date(seed_004_text: str) -> None:
    a = _clean_text("Published: November 3, 2016\n" + seed_004_text)
    assert (a.published, a.published_from) == (datetime(2016, 11, 3), "text")
    assert a.sentences[0].text.startswith("Islamic State leader")


def test_a_stamp_or_a_date_without_a_day_dates_nothing(seed_004_text: str) -> None:
    # a first of the month made up for "Published: November 2016" would resolve the article's
    # "Thursday" to a Thursday of October; the date of the URL is the better one
    a = _clean_text("Published: November 2016\n" + seed_004_text, url="https://example.com/2016/11/03/x")
    assert (a.published, a.published_from) == (datetime(2016, 11, 3), "inferred")
    assert "Published: November 2016" in a.removed and a.sentences[0].text.startswith("Islamic State leader")
    assert _clean_text(seed_004_text, published="November 2016").published is None


def test_date_in_url_is_inferred(seed_004_text: str) -> None:
    a = _clean_text(seed_004_text, url="https://www.example.com/news/2016/11/03/baghdadi-audio.html")
    assert (a.published, a.published_from) == (datetime(2016, 11, 3), "inferred")


def test_metadata_date_wins_and_unknown_stays_none(seed_004_text: str) -> None:
    a = _clean_text(seed_004_text, published="2016-11-03T09:15:00+00:00", url="https://example.com/2016/11/02/x")
    assert a.published_from == "metadata" and a.published.isoformat() == "2016-11-03T09:15:00+00:00"
    assert _clean_text(seed_004_text).published_from is None


def test_nothing_left_gives_a_warning() -> None:
    result = clean(raw_from_text("Advertisement\n\nShare this article\n\nTweet with a location", id="x"), OPTIONS)
    assert isinstance(result, InputWarning)
    assert "x" in result.message and "no body text" in result.message


def test_wire_pickup_note_at_the_end_is_not_body(data_dir: Path) -> None:
    # an AP editor's note at the end of a DUC document: "... host cities. Frank Joklik, 4th graf pvs"
    rows = [json.loads(line) for line in (data_dir / "duc2004" / "duc2004_task2.jsonl").open()]
    docs = [d for row in rows for d in row["documents"] if re.search(r"graf \d* ?pvs", d[-100:])]
    assert len(docs) >= 3
    for doc in docs:
        a = _clean_text(doc)
        assert "graf" not in a.sentences[-1].text
        assert a.sentences[-1].text.endswith((".", '"', "?", "!", "”", "'"))


@pytest.mark.issue(5)
def test_zero_width_spaces_do_not_split_words(data_dir: Path) -> None:
    """A crawled CNN page in Multi-News has zero-width spaces inside words ("A\u200brwa Damon")."""
    rows = (json.loads(line) for line in (data_dir / "multinews" / "multinews_validation_sample.jsonl").open())
    page = next(d for row in rows for d in row["documents"] if "A\u200brwa Damon" in d)
    article = _clean_text(page)
    text = " ".join(s.text for s in article.sentences)
    assert "\u200b" not in text
    assert "Arwa Damon" in text and "EMTs" in text


def test_a_first_line_that_shares_no_word_with_the_text_is_no_title(data_dir: Path) -> None:
    """Multi-News pages whose first line is the page's furniture: a breadcrumb ("English >>
    World"), a stamp ("Updated 6.15pm", "2 years ago"), a site's tagline ("From Wikipedia, the
    free encyclopedia"), a form ("You must enter the characters ..."). Each had become the page's
    title, and the story's; none shares a word with the paragraphs after it. It is still no body
    text. A headline that shares one stays the title."""
    docs = _multinews_docs(data_dir)
    furniture = (
        "English >> World",
        "Updated 6.15pm",
        "2 years ago",
        "From Wikipedia, the free encyclopedia",
        "You must enter the characters with black color that stand out from the other characters",
        "WARNING: The video contains subject matter of a graphic nature that some may find offensive",
        "This story is updated at the bottom with a response from Rich Benjamin",
    )
    for line in furniture:
        doc = next(d for d in docs if d.lstrip().startswith(line))
        article = _clean_text(doc)
        assert article.title is None and line in article.removed
        assert not article.sentences[0].text.startswith(line)
    for title in ("Obama's Place In History", "Tina Fey"):
        doc = next(d for d in docs if d.lstrip().startswith(title))
        assert _clean_text(doc).title == title
    # CNN's label before its first highlight goes; the highlight is the title
    doc = next(d for d in docs if d.lstrip().startswith("Story highlights CNN aviation analyst"))
    highlight = "CNN aviation analyst says surface slick could be fluid leaking from underwater plane"
    assert _clean_text(doc).title == highlight
    # a stamp whose date does not parse is no title, nor body text; a credit line is no body text
    for stamp in ("UPDATE: November 8, 8:25 AM CST", "Published: January 2011 Special Series: 7 Billion"):
        article = _clean_text(next(d for d in docs if d.lstrip().startswith(stamp)))
        assert article.title is None and stamp in article.removed
    assert "Photograph by Randy Olson" in article.removed
    assert not any(s.text.startswith(("Photograph by", "Published")) for s in article.sentences)
    # a place and a separator above the dateline is no title: the dateline below is read
    article = _clean_text(next(d for d in docs if d.lstrip().startswith("PHILADELPHIA |")))
    assert article.title is None and article.source == "Reuters"
    assert article.sentences[0].text.startswith("Eight people including three children were injured")


def test_a_tweet_s_sign_off_alone_is_no_sentence(data_dir: Path) -> None:
    """Multi-News documents with embedded tweets: a sign-off split off its tweet ("L L Z ¥
    (@JAE_MILLZ) June 20, 2017", after "M !") is no sentence; one after the tweet's words keeps
    them attributed."""
    rows = [json.loads(line) for line in open(data_dir / "multinews" / "multinews_validation_sample.jsonl")]
    docs = [d for r in rows for d in r["documents"] if "(@JAE_MILLZ)" in d or "(@jasoninthehouse)" in d]
    texts = []
    for number, doc in enumerate(docs):
        article = clean(raw_from_text(doc, id=f"m{number}"), Options())
        assert isinstance(article, Article)
        texts += [s.text for s in article.sentences]
        if "(@JAE_MILLZ)" in doc:
            assert any(r.startswith("L L Z ¥ (@JAE_MILLZ)") for r in article.removed)
    assert not any(t.startswith("L L Z ¥") for t in texts)
    assert "I have my subpoena pen ready. — Jason Chaffetz (@jasoninthehouse) May 16, 2017" in texts


def test_a_live_page_s_update_label_is_no_body_text(data_dir: Path) -> None:
    """BASIL's HuffPost: "UPDATE 2:52 p.m. -- Additional records disclosed Wednesday ..." had
    opened a claim with its label; the paragraph is news, the label is not. Multi-News: an update
    that is a note about the page goes whole."""
    rows = [json.loads(line) for line in open(data_dir / "basil" / "articles.jsonl", encoding="utf-8")]
    [row] = [r for r in rows if "UPDATE 2:52 p.m. -- Additional records" in r["text"]]
    article = clean(raw_from_text(row["text"], id="b"), Options())
    assert isinstance(article, Article) and "UPDATE 2:52 p.m. --" in article.removed
    assert any(s.text.startswith("Additional records disclosed Wednesday revealed") for s in article.sentences)
    assert not any("UPDATE" in s.text for s in article.sentences)
    rows = [json.loads(line) for line in open(data_dir / "multinews" / "multinews_validation_sample.jsonl")]
    [doc] = [d for r in rows for d in r["documents"] if "Update: The post has been updated" in d]
    article = clean(raw_from_text(doc, id="m"), Options())
    assert isinstance(article, Article) and not any("has been updated" in s.text for s in article.sentences)


def test_a_tweet_s_tags_are_no_text_and_its_author_signs_it(data_dir: Path) -> None:
    """PolNeAR's export marks embedded tweets with tags naming the author: the words stay, signed
    as a web page signs a tweet, and no tag is left in a sentence (but for one tag broken over
    lines, whose author attribute holds text: "just look at Western Europe")."""
    rows = [r for r in _polnear(data_dir) if "<tweet" in r["text"]]
    assert len(rows) >= 50
    texts = [s.text for r in rows for s in _cleaned(r).sentences]
    assert [t for t in texts if re.search(r"</?tweet\b|<tweet/>", t)] == [
        next(t for t in texts if t.startswith('<tweet tweet-author="just look at Western Europe"'))
    ]
    assert any(t.endswith("taking a question from Breitbart’s @mboyle1 — @TheLloydGrove.") for t in texts)
