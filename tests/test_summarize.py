"""The cited summary on the two seed articles: citations, support across sources, reprints, budgets."""

from __future__ import annotations

import copy
import json
import random
import re
from pathlib import Path

import pytest

import newsweave.summarize as summarize_module
from newsweave.clean import clean, typographic_quotes
from newsweave.independence import count_independent
from newsweave.ingest import raw_from_text
from newsweave.model import Article, Sentence, SummarySentence, article_of
from newsweave.options import Options
from newsweave.readable import block_quoted
from newsweave.summarize import attributed_quotation, summarize, trim, usable

pytestmark = pytest.mark.issue(5)

SEED_000 = "000_401f3f548252d387"
SEED_004 = "004_d18fbf1fe040f894"


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> list[Article]:
    out = []
    for stem in (SEED_000, SEED_004):
        text = (seeds_dir / f"{stem}.txt").read_text(encoding="utf-8")
        article = clean(raw_from_text(text, id=stem), Options())
        assert isinstance(article, Article), article
        out.append(article)
    return out


def _reprint(original: Article, new_id: str, source: str) -> Article:
    """A syndicated copy: the same body under another outlet's name, marked as a duplicate."""
    copy_ = copy.deepcopy(original)
    copy_.id = new_id
    copy_.source = source
    copy_.duplicate_of = original.id
    copy_.sentences = [
        Sentence(f"{new_id}:{i}", s.text, s.paragraph) for i, s in enumerate(original.sentences)
    ]
    return copy_


def test_every_citation_is_a_sentence_of_the_articles(seeds: list[Article]) -> None:
    ids = {s.id for a in seeds for s in a.sentences}
    summary = summarize(seeds, Options())
    assert summary
    for line in summary:
        assert line.citations and all(c in ids for c in line.citations)
        own = next(s for a in seeds for s in a.sentences if s.id == line.citations[0])
        assert line.text in own.text or trim(own.text) == line.text  # extractive: its own sentence first


def test_support_comes_from_other_articles_one_sentence_each(seeds: list[Article]) -> None:
    for line in summarize(seeds, Options()):
        articles = [article_of(c) for c in line.citations]
        assert len(articles) == len(set(articles))


def test_the_shared_audio_message_sentence_cites_both_articles(seeds: list[Article]) -> None:
    summary = summarize(seeds, Options())
    both = [line for line in summary if {article_of(c) for c in line.citations} == {SEED_000, SEED_004}]
    assert both, [line.citations for line in summary]
    # The fact both sources report: al-Baghdadi's audio message released on Thursday.
    assert any("Thursday" in line.text or "audio" in line.text for line in both)


def test_credit_line_and_caption_are_never_summary_text(seeds: list[Article]) -> None:
    for words in (40, 120, 400):
        for line in summarize(seeds, Options(summary_words=words)):
            assert "Editing by" not in line.text and "Writing by" not in line.text
            assert "File photo" not in line.text
            assert not line.text.startswith("By Mostafa")


def test_reprint_adds_no_weight_and_is_never_cited(seeds: list[Article]) -> None:
    reprint = _reprint(seeds[1], "yahoo-copy", "Yahoo News")
    alone = summarize(seeds, Options())
    with_copy = summarize([*seeds, reprint], Options())
    assert [(s.text, s.citations) for s in with_copy] == [(s.text, s.citations) for s in alone]
    assert not any(article_of(c) == "yahoo-copy" for s in with_copy for c in s.citations)


def test_a_reprint_not_marked_as_duplicate_would_be_cited(seeds: list[Article]) -> None:
    """The counterpart of the test above: the reprint is left out because of duplicate_of."""
    unmarked = _reprint(seeds[1], "yahoo-copy", "Yahoo News")
    unmarked.duplicate_of = None
    cited = {article_of(c) for s in summarize([*seeds, unmarked], Options()) for c in s.citations}
    assert "yahoo-copy" in cited


def test_a_figure_converted_in_parentheses_is_trimmed_outside_quotations(data_dir: Path) -> None:
    # DUC 2004 (AP): "The half-island territory lies some 2,000 kilometers (1,200 miles) southeast
    # of Jakarta." The summary can do without the same distance in miles
    import json

    rows = (json.loads(line) for line in (data_dir / "duc2004" / "duc2004_task2.jsonl").open())
    row = next(r for r in rows if r["id"].startswith("d30034"))
    sentences = [
        s.text
        for i, d in enumerate(row["documents"])
        if isinstance(article := clean(raw_from_text(d, id=f"d{i}"), Options()), Article)
        for s in article.sentences
    ]
    converted = next(s for s in sentences if s.startswith("The half-island territory lies some 2,000 kilometers"))
    assert trim(converted) == "The half-island territory lies some 2,000 kilometers southeast of Jakarta."
    assert trim("Winds of 180 mph (290 kph) hit the coast, officials said.") == (
        "Winds of 180 mph hit the coast, officials said."
    )
    quoted = '"We were 20 miles (32 kilometers) out," he said.'
    assert trim(quoted) == quoted  # a quotation's words are the speaker's
    assert trim("The vote (180 to 12) was close.") == "The vote (180 to 12) was close."


@pytest.mark.parametrize("words", [25, 60, 120, 250])
def test_word_budget_is_respected_with_whole_sentences(seeds: list[Article], words: int) -> None:
    summary = summarize(seeds, Options(summary_words=words))
    assert summary
    assert sum(len(s.text.split()) for s in summary) <= words


@pytest.mark.parametrize("size", [250, 665, 1200])
def test_byte_budget_takes_precedence_over_words(seeds: list[Article], size: int) -> None:
    summary = summarize(seeds, Options(summary_words=10, summary_bytes=size))
    assert summary
    assert len(" ".join(s.text for s in summary).encode("utf-8")) <= size
    assert sum(len(s.text.split()) for s in summary) > 10 or size < 300


def test_summary_is_deterministic(seeds: list[Article]) -> None:
    first = [s.to_dict() for s in summarize(seeds, Options())]
    assert all([s.to_dict() for s in summarize(seeds, Options())] == first for _ in range(3))


def test_summary_is_the_same_after_the_interned_vocabulary_is_emptied(
    seeds: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Word ids depend on what the process saw before; a server empties its tables when they grow."""
    first = [s.to_dict() for s in summarize(seeds, Options(summary_words=80))]
    monkeypatch.setattr(summarize_module, "_VOCABULARY_LIMIT", 0)
    summarize(list(reversed(seeds)), Options(summary_words=80))  # other ids, then emptied
    assert [s.to_dict() for s in summarize(seeds, Options(summary_words=80))] == first


def test_concepts_are_content_words_and_pairs_but_not_two_stopwords() -> None:
    words = ["troops", "of", "the", "army", "left", "a", "town"]
    content, concepts = summarize_module._concepts(words)
    stem_id = summarize_module._STEM_IDS
    assert content == {stem_id[w] for w in ("troop", "army", "left", "town")}
    pairs = concepts - content
    assert len(pairs) == 5  # troops of, the army, army left, left a, a town; not "of the"
    assert len(summarize_module._concepts(["of", "the"])[1]) == 0


def test_no_articles_or_no_budget_gives_an_empty_summary(seeds: list[Article]) -> None:
    assert summarize([], Options()) == []
    assert summarize(seeds, Options(summary_words=0)) == []


def test_a_dateline_opening_a_later_sentence_is_cut_off_and_the_sentence_is_usable() -> None:
    lead = "NEW YORK (AP) — The government’s lending program for small businesses is on hold."
    assert usable(lead)
    assert trim(lead) == "The government’s lending program for small businesses is on hold."
    assert trim("(CNN) -- As the death toll continues to climb, the minister vowed to fight.").startswith("As the")
    assert not usable("UNION CITY, Ga. - one minute, a coach was smiling.")  # not a sentence after it


def test_attribution_to_a_pronoun_and_leading_conjunction_are_trimmed_not_quotes_or_sources() -> None:
    assert (
        trim("But the opposition will boycott the talks, he said.")
        == "The opposition will boycott the talks."
    )
    assert trim('"We will win," he said.') == '"We will win," he said.'
    # a named source stays: without it an allegation reads as a fact (Multi-News: "The medics were
    # trying to treat Damon when she became violent, the lawsuit said.")
    # no second full stop after an abbreviation, and an ellipsis stays whole
    assert trim("The mother was waiting around 11:40 a.m., she said.") == "The mother was waiting around 11:40 a.m."
    assert trim("Trump: 'I don't know'...") == "Trump: 'I don't know'..."
    for sourced in (
        "The army left the town on Friday, officials said on Saturday.",
        "The medics were trying to treat Damon when she became violent, the lawsuit said.",
        "The Islamic militant group Hamas claimed responsibility, police said.",
    ):
        assert trim(sourced) == sourced


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("The Rockies handed out 15,000 jerseys with the shortstop's name misspelled.", True),
        ("Will the opposition come back to the talks next week in Beijing?", False),
        ("“This raging battle and total war only increases our firm belief,” he said in a recording.", False),
        ('"I am incredibly flattered to have been suggested," Stallone said in a statement late Sunday.', True),
        ("“Those officers were on scene immediately as the violence erupted,” according to the statement.", True),
        ('"We will not resign, and we will fight on until the end of this."', False),
        ('Rep. Jason Chaffetz has asked the FBI to provide "all memoranda, notes, summaries and recordings."', True),
        ("Just fill in your contact details in the form below to join our mailing list today.", False),
        ("He also called on fighters.", False),
        ("This article was originally published with the title A Signal for Solitude.", False),
        ("Join The Conversation On The KDKA Facebook Page Today", False),
        ("Trump-Backed Candidates Emerge Victorious in Florida, Arizona Primaries.", False),
        ("On Sunday, Milosevic met with Russian Foreign Minister Igor Ivanov and Defense Minister Sergeyev.", True),
        # links to other pages, by their label, and app advertisements (crawled Multi-News pages)
        ("More: Dow plunge briefly tops 1500 points as stock rout intensifies", False),
        ("WATCH: How to make the perfect cup of coffee", False),
        ("Read more about: Barack Obama, Terrorism, Newt Gingrich", False),
        ("Download the Click2Houston news app in your app store to stay up-to-date with the latest news.", False),
        ("JUST WATCHED The wiretapping saga in 2 minutes Replay More Videos ...", False),
        ("The measure garnered 55.9% of the vote after a hard-fought campaign,", False),  # cut off
        ("travel bans on seven close associates of President Bashar al-Assad", False),  # a list item
        ("Read: The larger the rock, the rockier the marriage", False),
        ("iPhone sales rose 20 percent in the quarter that ended in June, Apple said on Tuesday.", True),
        ("[More on the match, plus video of Dunn’s goal and the national anthem protest]", False),
        ("More than 1,500 people were evacuated from the town on Monday as the river rose.", True),
        ("Related talks on the border dispute will open in Geneva next week, the ministry said.", True),
        # teasers: what they announce is in the sentences after them (Multi-News, AllSides)
        ("From yelling beside Will Ferrell to her Suze Orman impression, here are 20 of Wiig's best bits.", False),
        ("The eye-popping topline figure does come with some caveats.", False),
        ("The weirdest part of a story the New York Post just published is not that it happened at all.", False),
        ("Jill Russell said she originally sent the three-month supply of pills that way for two reasons.", False),
        ("Indonesia invaded East Timor in 1975 and annexed it the following year.", True),
        ("5 things to know about Trump's Labor pick..", False),  # explainers' headlines (AllSides)
        ("Five takeaways from final Senate Intel Russia report..", False),
        ("Joe Biden’s $1.9 trillion Covid-19 stimulus plan, explained..", False),
        ("What to watch for in the battle for the Senate..", False),
        ("Two things were clear after the vote, the senator said.", True),
        ('"It was a clear choice," Jean Routier explained.', True),
        ("For the latest updates on the sell-off, check Markets Insider»", False),  # a link
        ("For more on Rihanna, head over to Billboard.", False),
        ("Stay with KDKA for the latest on this developing story.", False),
        ("Check back for details as they develop.", False),
        ("Watch the video above.", False),
        ("Stay-at-home orders were lifted in 12 states on Friday, officials said.", True),
        ("Spectrum Bay News 9 reporter Dave Jordan contributed to this report.", False),
        ("Updated: We've added new reports to the article.", False),
        ("The 2017 guidelines are also provided below for reference.", False),
        ("AFP/Getty Images NBA Finals MVP LeBron James holds the championship trophy after Game 5.", False),
        ("Since then she has had surgeries to remove her left leg below the knee.", True),
        ("Eric Gay / AP Senator Wendy Davis listens as the Texas Senate debates an abortion bill.", False),
        # no full stop: headings, captions, list items, notes, leads cut off (Multi-News, AllSides)
        ("Former Angels player Doug DeCinces found guilty of insider trading", False),
        ("Developmental delay, learning challenges and attention deficit disorder", False),
        ("U.S. Rep. Ted Poe (R-Texas), referring to Brock Turner's victim's statement", False),
        ("Florida voters on Tuesday approved a constitutional amendment restoring voting rights, ending", False),
        # the writer's own exclamation is a columnist's voice, not a report (Multi-News: all 13 summary
        # sentences that ended so); one in a quotation is someone's words
        ("The hurricane killed at least 9,000 people in Central America!", False),
        ('"The hurricane killed at least 9,000 people in Central America!" the minister said.', True),
        # snippets a list of teasers cut short, and a writer's own trailing ellipsis (Multi-News, AllSides)
        ("Glaciologists additionally found that the accelerated melting caused global sea ...", False),
        ("Colin Kroll, the CEO and co-founder of HQ Trivia, has died of an apparent drug overdose ...", False),
        ("Any hope of a sneak upset was dashed when Faye Dunaway read out the…", False),
        ("Trophies from elephant hunts in Zimbabwe were banned in the U.S. Trump just reversed that...", True),
        ("I came to understand it emotionally one stinking hot night in Delhi a couple of years ago…", True),
        # captions left as sentences, and an article's own account of a picture (Multi-News)
        ("A file image from the Galileo spacecraft shows the Conemara region of Jupiter's frozen moon Europa.", False),
        ("This image, released by Paul Allen's company, Vulcan, appears to show the ship's starboard anchor.", False),
        ("A 2013 photo shows the gates of the Tower Bridge, in London, raised high to allow it to proceed.", False),
        ("The other underwater photograph shows one of the Musashi's valves, on which characters are legible.", True),
        ("A close-up photograph shows Beatty is clearly carrying a winner’s envelope for best actress.", True),
        ("A sketch released of an unidentified woman who was hit and killed by two cars in Huntington Beach.", False),
        ("A sketch artist worked with the witness for three hours on Monday, police said.", True),
        # a page's promotions (Multi-News)
        ("If you are not, please consider subscribing today.", False),
        ("Test your knowledge of the Seven Kingdoms with Vanity Fair’s Game of Unknowns.", False),
        ("Sprint had more than 52 million subscribers at the end of the second quarter.", True),
        # a question all the same: an AllSides headline joined to its lead with ".."
        ("Why did some Republicans balk at a resolution condemning QAnon?..", False),
        ("Who is John Ratcliffe, Trump's nominee for director of national intelligence?.", False),
        # a broadcaster's notes on its page (Multi-News)
        ("The status of the children is unclear, though Denver7 will update this story as more comes in.", False),
        ("This text may not be in its final form and may be updated or revised in the future.", False),
        ("The authoritative record of NPR’s programming is the audio record.", False),
        ("NPR transcripts are created on a rush deadline by Verb8tm, Inc., an NPR contractor.", False),
        ("This link to an article in the July 9, 1901 edition of the Chronicle has more details.", False),
        ("The transcript of the 2003 interrogation was part of the 9/11 Commission Report.", True),
        ("The FBI is evaluating his request and will update him as soon as possible.", True),
        ("The link between the two attacks was not clear, police said on Monday.", True),
        # asides, answers without their questions, words to the reader (Multi-News, AllSides)
        ("(He recently resigned from the site, after a video of him defending pederasty went viral.)", False),
        ("A: Relax; breathe; take time to think about your next move.", False),
        ("Imagine enjoying a courtside seat at a game or studying in a classroom all over the world.", False),
        ("Let’s take a look at what happens to the money we pay the IRS.", False),
        ("Considering the cost, the council voted to close the library on Monday.", True),
        ("Thank you for your desire to help the Klein family, they will certainly appreciate it.", False),
        ("Thanks to its more affordable data plans, Sprint has a higher base of smartphone customers.", True),
        ("Read on for the backstage reactions of Jon Cryer, Claire Danes, Louis C.K. and others.", False),
        ("Below is a quick explanation of Williams syndrome which is often enough to share with friends.", False),
        ("Check out Dead50.net for ticketing information on the tour.", False),
        ("Get the day's big stories + fun stuff you love like mock drafts, picks and power rankings.", False),
        ("Get Me Out of Here drew an average of 10.9m viewers, four million fewer than the last series.", True),
        ("Get serious about renewable energy, the under-35 generation says by an overwhelming margin.", True),
        ("To everyone following this story, we share your concern and hope for Jack.", False),
        ("Watchdogs say the new rule is weak and will not hold up in court.", True),
        ("See PDF with full results, charts and tables here.", False),
        ("Visit Harvard Medical School's Healthy Sleep website for more about sleep, learning and memory.", False),
        ("Look at the cheeky glimpse he gives the referee.", False),
        ("Read the Reddit threads where Oculus founder Palmer Luckey is taking on all-comers.", False),
        ("Follow-up tests showed the water was safe to drink again by Friday.", True),
        # the writer's "you": a service note, a columnist's aside, a host's (Multi-News, AllSides)
        ("If you've already purchased the MLBAM webcast, you can re-watch anytime, on-demand.", False),
        ("You can earn a Course Certificate for a nominal fee.", False),
        ("As you may have heard, President Obama asked Congress to pass his jobs bill.", False),
        ("We want to introduce you to a woman from Fort Worth, Texas, who's planning a visit.", False),
        ("If you are fully vaccinated, you don't need a booster shot, the US government says.", True),
        # a shop's, a reviewer's, a columnist's "you" (web pages, BBC News), someone's words to
        # the one they address (DUC 2004, AllSides)
        ("You’ll also find AirPods 2 with wireless charging case for $150.", False),
        ("Your local IT supplier will be able to advise on this.", False),
        ("You control a character, on this occasion a youth named CJ, who sets out on missions.", False),
        ("You may have the votes today to impeach him, but you don't have the American people.", False),
        ("You said that you thought it was a conflict of interest that he was the judge.", False),
        ("Younger voters backed the measure by a wide margin, exit polls showed.", True),
        # the writer's hope or verdict (web pages, PolNeAR), unless someone is said to say it
        ("Hopefully they can work the kinks out and offer a true high-end experience soon.", False),
        ("Unfortunately, the Democrats couldn't find anyone to play the role of Sen. Ted Cruz.", False),
        ("Presumably, other games also offer less-than-ideal visual performance.", False),
        ("Fortunately, it doesn't merely live up to its promise, but exceeds it.", False),
        # the same after a conjunction, which the summary cuts off (Multi-News)
        ("So you can imagine volcanologists’ surprise when they found Mount St. Helens cold inside.", False),
        ("But hopefully the company will fix the problems before the launch next week.", False),
        ("But the company will fix the problems before the launch next week.", True),
        ("Unfortunately, the boy could not be saved, the hospital's spokesman says.", True),
        ("Fortunes were made and lost on the exchange in the first hour of trading.", True),
        # a list item's bullet hides nothing (a web page, BBC News)
        ("- If you're planning to retire early, you should aim to have 25 times your expenses saved.", False),
        ("- they fear that they will damage their brand if they join the offshoring drive.", False),
        ("- Visit Business Insider's homepage for more stories.", False),
        ("- Shares in Phytopharm closed down 19.84% at 151.5 pence on the London Stock Exchange.", True),
        # a video playlist's entries run together (Multi-News)
        ("(Jan. 18) AP 1 of 68 Skip in Skip x Embed x Share CLOSE BABY, IT'S COLD OUTSIDE Thawing ice "
         "spells trouble after U.S. deep freeze | 1:18 Warmer weather is causing new problems in the US.", False),
        ("Youth unemployment fell to 9 percent in June, the ministry said.", True),
        ("Seeing the damage, residents began to clear the road themselves.", True),
        # a columnist's word to the reader or to the one addressed; a transcript's faltering speech
        ("Well, if they are right, the executives running corporate America are absolute virtuosos.", False),
        ("Mr. Trump, I have a deal for you.", False),
        ("Even at 88, Betty White has the ambition of a 20-something!", False),
        ('Someone else shouts, "That went right through the door!" and runs.', True),
        ("Wellness programs grew quickly across the country last year, officials said.", True),
        ("And-- and-- Steve Jobs actually gave it to me-- a little bit early.", False),
        ("The attack -- the worst in a decade -- killed 30 people on Monday.", True),
        ("For more than a decade, the two countries have argued over the border.", True),
        # a parenthesis closed but not opened, or opened but not closed (Multi-News, DUC 2004)
        ("2) Qua economics, the proposal looks a lot better than the 2009 stimulus.", False),
        ("The presence of ∼50–75% serpentine is enough to reduce upper mantle P-wave velocities to 7.1–7.5 km s−1 (ref.", False),  # noqa: E501
        ("(Young Americans are still less likely to live with their parents than their European friends.", False),
        ("Pelosi (D-Calif.) said the House would vote on the measure (H.R. 1) next week.", True),
        # a comment, a tweet or a photo in the news is no page furniture; a comments section, a
        # photo credit and a sentence that no one commented are no news (BASIL, AllSides,
        # Multi-News, DUC 2004)
        ("RNC Chairman Reince Priebus called Bundy’s racial comments “completely beyond the pale” and "
         "“100 percent wrong.”", True),
        ("Trump announced Ratcliffe’s withdrawal by presidential tweet on Friday, less than a week after the "
         "Texas congressman was put forward.", True),
        ("Rep. Michele Bachmann (R-Minn.) showed her support for Chick-fil-A Wednesday when she tweeted a photo "
         "of her visiting the restaurant.", True),
        ("89 Comments Sorry, comments for this post are now closed.", False),
        ("Join the conversation See the latest news and share your comments with CNN Health on Facebook and "
         "Twitter.", False),
        ("When you tweet with a location, Twitter stores that location.", False),
        ("Photo: Ralph Northam meets with aides amid Democratic calls to resign over a yearbook photo.", False),
        ("She has declined to comment on Ms. Zimmer’s allegation.", False),
        ("De Klerk, reached in London, said he could not comment before speaking with his lawyers because the "
         "matter was in the courts.", False),
        ("Scott's publicist, Simon Halls, did not respond to e-mails and phone calls seeking comment about his "
         "client's health.", False),
        ("Committee Democrats declined comment Wednesday until they could discuss Hyde's plan among "
         "themselves.", False),
    ],
)
def test_usable_sentences(text: str, ok: bool) -> None:
    assert usable(text) is ok


def test_an_adverb_pointing_at_what_follows_is_cut_off() -> None:
    # Multi-News: "Interestingly, the older male mummy had soft tissue preserved, including a tumour."
    assert trim("Interestingly, the older male mummy had soft tissue preserved, including a tumour.") == (
        "The older male mummy had soft tissue preserved, including a tumour."
    )
    kept = "Interestingly enough, the mummy was found in 1901."
    assert trim(kept) == kept


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ('"I am incredibly flattered to have been suggested," Stallone said in a statement late Sunday.', True),
        ("“This raging battle and total war only increases our firm belief,” he said in a recording.", True),
        ('"We will not resign, and we will fight on until the end of this."', False),
        ('"We will not resign," he said, "and we will fight on.', False),
    ],
)
def test_attributed_quotations_are_the_fallback(text: str, ok: bool) -> None:
    assert attributed_quotation(text) is ok


def test_the_lead_sentence_counts_more_the_fewer_the_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    """One source's lead sentence counts 4x, three sources' 2x; later sentences fade to 1x."""
    seen: list[list[float]] = []
    candidates = summarize_module._candidates

    def recorded(*args, **kwargs):
        out = candidates(*args, **kwargs)
        seen.append([c.scale * c.cost**summarize_module.COST_SCALE for c in out[:2]])
        return out

    monkeypatch.setattr(summarize_module, "_candidates", recorded)
    for sources in (1, 3):
        articles = [
            Article(
                f"a{n}",
                [
                    # under ten words: outlets of one short fact, not versions of one story
                    Sentence(f"a{n}:0", "Rebels seized the town of Kidal after fighting."),
                    Sentence(f"a{n}:1", "Rebels seized the town of Kidal after a siege.", 1),
                ],
                source=f"Outlet {n}",
            )
            for n in range(sources)
        ]
        assert summarize(articles, Options(summary_words=40))
    assert seen[0] == pytest.approx([4.0, 2.5])
    assert seen[1] == pytest.approx([2.0, 1.5])


def test_a_story_in_another_alphabet_is_summarised_on_its_words() -> None:
    """Two short reports in Russian (written for this test): the shared facts are found through
    Cyrillic words, not only through the figures, and the summary sentence cites the other one."""
    a = clean(
        raw_from_text(
            "Землетрясение в Турции\n\n"
            "Спасатели продолжают искать выживших под завалами в провинции Газиантеп. "
            "Мощное землетрясение магнитудой 7,8 произошло в понедельник на юго-востоке Турции. "
            "Школы в регионе закрыты до конца недели по решению губернатора.",
            id="ru-a",
        ),
        Options(),
    )
    b = clean(
        raw_from_text(
            "Турция: спасатели ищут выживших\n\n"
            "Погода в Анкаре остается холодной, синоптики обещают снег к выходным. "
            "Спасатели продолжают искать выживших под завалами домов в провинции Газиантеп, сообщили власти.",
            id="ru-b",
        ),
        Options(),
    )
    assert isinstance(a, Article) and isinstance(b, Article)
    assert len(a.sentences) == 3 and len(b.sentences) == 2  # split at Cyrillic capitals
    a.source, b.source = "A", "B"
    summary = summarize([a, b], Options(summary_words=12))
    # the one fact both report, with the other report's sentence as support (with ASCII words
    # alone, only the figures "7,8" would count and the earthquake sentence would be taken)
    assert len(summary) == 1 and "Газиантеп" in summary[0].text
    assert sorted(summary[0].citations) == ["ru-a:0", "ru-b:1"]


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        ("(CNN)The US announced new restrictions on travel.", "The US announced new restrictions on travel."),
        ("Washington (CNN)President Trump mocked Greta Thunberg.", "President Trump mocked Greta Thunberg."),
        ("Exclusive: Secret Service depletes funds to pay agents.", "Secret Service depletes funds to pay agents."),
        ("Analysis: The Fed is running out of room.", "The Fed is running out of room."),
        # Axios's labels (AllSides leads)
        ("Why it matters: The mass cancellations come after its pilots asked a court to block it.",
         "The mass cancellations come after its pilots asked a court to block it."),
        ("Driving the news: It's Twitter's strongest-ever action against the account.",
         "It's Twitter's strongest-ever action against the account."),
        ("What's next: An FDA advisory panel will meet Friday to review the document.",
         "An FDA advisory panel will meet Friday to review the document."),
        ("The Latest: NBC announces the first debate lineups.", "NBC announces the first debate lineups."),
        ("The latest poll shows Biden ahead by four points in Florida.", None),
        ("Also: John Mayer toured with Train in 2010.", "John Mayer toured with Train in 2010."),
        ("Details of the agreement were not immediately available.", None),
        ("Why it mattered so much to the voters is still unclear.", None),
        ("Analysts: the Fed is running out of room.", None),
        ("Washington (CNN) Vermont Sen. Sanders lauded the Pope.", "Vermont Sen. Sanders lauded the Pope."),
        ("(HealthDay)—A little jogging is good for your health.", "A little jogging is good for your health."),
        ("(OPTIONAL TRIM CAN BEGIN HERE) The citation did not refer to it.", "The citation did not refer to it."),
        ("CLOSE The Dow Jones industrial average plunged Monday.", "The Dow Jones industrial average plunged Monday."),
        ("— For years, the weather has been a scapegoat.", "For years, the weather has been a scapegoat."),
        ("Updated | When humans left Africa, they shrank.", "When humans left Africa, they shrank."),
        ("WASHINGTON The Senate passed a budget plan on Friday.", "The Senate passed a budget plan on Friday."),
        ("FORT WAYNE, Ind. (WANE) The mother of the two children spoke.", "The mother of the two children spoke."),
        ("NCAA President Mark Emmert has pushed for a stipend for athletes.", None),
        ("SINGAPORE/BEIJING Flamboyant former star Rodman arrived.", "Flamboyant former star Rodman arrived."),
        ("CNN/ORC Poll finds Trump ahead in the race.", None),
        ("Analysis There had been intense speculation.", "There had been intense speculation."),
        ("Analysis of the data shows a rise in cases.", None),
        ("NASA has been very confident for about a decade that there is an ocean.", None),
        ("DOCUMENTS OBTAINED BY The Intercept contain new details of the program.", None),
        ("THE CHILD SAID HE WOULD WAKE HIM UP TO PERFORM A SEX ACT.", None),
        ("-5 degrees is the lowest reading the station has recorded in May.", None),
        ("CLOSEOUT sales begin at the chain's 300 stores on Monday.", None),
        ("(As a measure of how fast the population grows, the 6th billionth person is 11.)", None),
        ("CNN reported that (as expected) the vote passed on Monday.", None),
        ("So far, the chambers are taking divergent approaches to the bill.", None),
        ("Yet another storm is expected to hit the coast on Thursday night.", None),
        ("Still, the chambers take divergent approaches.", "The chambers take divergent approaches."),
    ],
)
def test_labels_opening_a_sentence_are_trimmed(text: str, trimmed: str | None) -> None:
    assert trim(text) == (text if trimmed is None else trimmed)


def test_a_sentence_that_leans_on_the_one_before_follows_its_own_article(
    seeds: list[Article], data_dir: Path
) -> None:
    """'He also called on Islamic State fighters to invade Turkey.' comes right after the Reuters
    sentence naming Baghdadi, not after the other outlet's sentence about the audio message; and
    no summary sentence that opens with a pronoun, a demonstrative or "Instead" is without an
    earlier sentence of its own article right before it."""
    from bench.summaries import clusters

    stories = [seeds] + [c.articles for c in clusters("multinews", 40, root=data_dir)]
    checked = 0
    for articles in stories:
        summary = summarize(articles, Options(summary_words=100 if articles is seeds else 260))
        of = [article_of(s.citations[0]) for s in summary]
        for k, s in enumerate(summary):
            # "He also ...", after a short opening phrase too: "Instead, he relied mostly on ..."
            opening = s.citations[0].endswith(":0")  # an article's first sentence has no sentence before
            pronoun = r"(?:[A-Z][a-z]+(?: [a-z]+){0,2}, )?(?i:he|she|they|his|her|their|this|these)\b"
            if not opening and re.match(pronoun, s.text):
                assert k and of[k - 1] == of[k], (s.text, [t.text[:40] for t in summary])
                checked += 1
    seed_summary = [s.text for s in summarize(seeds, Options(summary_words=100))]
    he = seed_summary.index("He also called on Islamic State fighters to invade Turkey.")
    assert seed_summary[he - 1].startswith("Islamic State leader Abu Bakr al-Baghdadi expressed confidence")
    assert checked > 3


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("He says he was beaten by security guards.", True),
        ("Sure, he earned a master's degree in computer science at age 17.", True),
        ("Even he is having major domestic problems.", True),
        ("This can be good, or it can be bad.", True),
        ("That brings the total of jobless claims in just five weeks to more than 26 million people.", True),
        ("Afterward, the girl found gifts and several letters in her locker and desk.", True),
        ("Instead he entered an order setting the Oct. 19 trial date.", True),
        ("It did not say when Iran planned to send its emissaries.", True),
        ("Of the 12 arrested on Saturday, seven were booked at the Anaheim Detention Facility.", True),
        ("In response, the company said it would appeal the ruling next week.", True),
        ("Not yet, said Efraim Levy, a S&P Capital IQ equity analyst.", True),
        ("Three are in custody in New York, and a fourth is a fugitive.", True),
        ("One, Peter Kennedy, claimed they had been sent to Chechnya by the British secret service.", True),
        ("One man was killed and two were injured when the roof collapsed on Monday.", False),
        ("None has received a paycheck.", True),
        ("Three people were killed in the blast.", False),
        # "All", "Most" or a count standing for people named before, with its own verb (DUC 2004)
        ("All complained about severe food and fuel shortages in their country.", True),
        ("Hundreds gathered outside the embassy on Sunday.", True),
        ("All told, 30 people died in the storms.", False),
        # a subject and "also": more of what the sentence before told (Multi-News), but not "also"
        # in a clause of its own
        ("Democrats also want to extend long-term jobless benefits, which expired Tuesday.", True),
        ("Investigators also arrested 23-year-old Terry Brown and charged him with loitering.", True),
        ("Kim, who also leads the party, said the talks would go on.", False),
        ("The singer, also known as Prince, died at his home.", False),
        ("All flights were cancelled.", False),
        ("Two hundred and nineteen of his neighbors joined together to pass the bill.", False),
        ("2004 was generally a good year for BMW.", False),
        ("No one was hurt in the blast, police said.", False),
        ("It is unclear whether the talks will resume before the summit.", False),
        ("This week, Paramount fired back, arguing in its response that the claim fails.", False),
        ("Those who attended the rally said the mood was subdued.", False),
        ("Then-President Barack Obama signed the order in 2014.", False),
        ("Italy's government fell on Tuesday after a vote of confidence.", False),
        ("History shows that such talks rarely succeed in the first round.", False),
        ("The leaders of Malaysia's ruling party met Tuesday to discuss a replacement.", False),
        # a longer opening phrase that names no one, then a pronoun as the subject
        ("In recent appearances in court, where he faces charges of corruption, he was seen with a black eye.", True),
        ("Launched in 1940, it was, at the time, the largest class of warship ever constructed.", True),
        ("When she isn't sitting and staring, she is in bed having nightmares.", True),
        ("In rural areas where foreigners are not often allowed to visit, he added, the situation is worse.", True),
        # ... but not when the opening holds what the pronoun stands for, nor before a name
        ("If the change goes ahead, it will actually be a return to the original English wording.", False),
        ("Although the study showed an association, it did not prove a cause-and-effect relationship.", False),
        ("As he prepared to visit Capitol Hill, President Trump on Tuesday continued to insist.", False),
        ("In a free society, it's important that people have the power to share their opinion.", False),
        ("If they are forced to pay the damages to the lesbian couple they will be in much worse shape.", True),
        ("A stray bullet hit the little girl as she ran back to her house in the 1700 block.", False),
        ("Concerned family members went to the beach and with no sign of the two men they called.", False),
        ("Soon they were reporting rashes and stomach ailments.", True),
        # a count or an order of people named before
        ("The two later held a one-on-one summit as scheduled.", True),
        ("A third man said illegal immigrants were illiterate invaders.", True),
        ("The other states that helped draw up the guidelines were Delaware and Georgia.", True),
        ("The two leaders met on Tuesday in Geneva.", False),
        ("The other day, a reader wrote to ask about the bill.", False),
        # a link after the subject, or a time after an event told before
        ("Cyber security experts and U.S. officials, however, said they believed Russia was behind it.", True),
        ("Republicans, too, have tapped into viral fundraising.", True),
        ("In a subsequent interview with The New York Times, she joked about moving to New Zealand.", True),
        ("Added to that were questions for Trump's team about the choreography of opening night.", True),
        ("The plan, however costly, was approved on Monday.", False),
        # someone who speaks for others tells of "he" or "she", named before
        ("A U.S. Army spokesman said he joined the Michigan National Guard after he left the Air Force.", True),
        ("The University of Wisconsin-Oshkosh said he was a second-semester freshman there.", True),
        ("Lottery officials said he chose to receive his winnings in a one-time payment.", True),
        ("IMF officials have said they want the Russian government to come up with a program.", False),
        ("Senate Minority Leader McConnell says he has not been invited to the White House.", False),
        # told on the word of a document, or pointing back with "the aforementioned"
        ("The medics were trying to treat Damon when she became violent, the lawsuit said.", True),
        ("While the aforementioned types don't quite fit, one interesting candidate is the civil code.", True),
        ("The lawsuit said the medics were trying to treat Damon when she became violent.", False),
        ("Soon after the vote the party split.", False),
        # words added to what someone said before, or something said again (BASIL, AllSides,
        # Multi-News, DUC 2004)
        ("“Yes the government can help,” Mr. Santorum added.", True),
        ("“We honor their story. We see that pain. We affirm the history,” Biden added.", True),
        ("The letter goes on: “With little time left in this Congressional session, legislative scheduling "
         "should be focused on these critical priorities.”", True),
        ("Summers added that he thinks Congress will pass the deal President Obama struck with Republicans.", True),
        ('Added Lesh: "It is with respect and gratitude that we reconvene the Dead one last time."', True),
        ("Obama made the same argument on the stump.", True),
        ("Aznar made similar comments when he meet journalists on the margin of a European Union summit.", True),
        ("The U.S. economy added 943,000 jobs in July and the unemployment rate fell to 5.4%.", False),
        ("Employment growth was strong in June as the economy added 213,000 jobs despite worker shortages.", False),
        ("Three others involved in the same case were convicted and will serve prison terms at The Hague.", False),
    ],
)
def test_sentences_that_lean_on_the_one_before(text: str, leans: bool) -> None:
    assert summarize_module.leans_back(text) is leans


@pytest.mark.parametrize(
    ("dataset", "story", "dangling"),
    [
        # after a list of APEC members; "he" is Anwar Ibrahim, of another article
        ("duc2004", "d30008t", "He says he was beaten by security guards."),
        # "he" is the judge of an article the summary did not draw on
        ("duc2004", "d31033t", "Instead he entered an order setting the Oct. 19 trial date."),
        # the total of another article's figures, after the first article's sentence
        ("allsides", "val-209", "That brings the total of jobless claims in just five weeks to more than 26 million people."),  # noqa: E501
        # after Estrada's "he was considering not going"; "he" is Anwar, of a sentence nine before
        ("duc2004", "d30011t", "In recent appearances in court, where he is facing charges of corruption and illegal homosexual acts, he was seen with a black eye and a neck brace."),  # noqa: E501
    ],
)
def test_a_sentence_that_leans_on_the_one_before_is_not_taken_without_its_article(
    data_dir: Path, dataset: str, story: str, dangling: str
) -> None:
    from bench.summaries import PROTOCOLS, clusters

    [cluster] = [c for c in clusters(dataset, root=data_dir) if c.id == story]
    assert any(s.text == dangling for a in cluster.articles for s in a.sentences)
    protocol = PROTOCOLS[dataset]
    by_bytes = protocol.unit == "bytes"
    options = Options(summary_bytes=protocol.budget) if by_bytes else Options(summary_words=protocol.budget)
    summary = summarize(cluster.articles, options)
    assert summary and dangling not in [s.text for s in summary]
    for k, s in enumerate(summary):
        if summarize_module.leans_back(s.text) and not s.citations[0].endswith(":0"):
            assert article_of(s.citations[0]) in {article_of(t.citations[0]) for t in summary[:k]}, s.text
    # without the rule, the same summary would have it
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "ANTECEDENTS", False)
        assert dangling in [s.text for s in summarize(cluster.articles, options)]


def test_an_articles_opening_he_or_she_who_is_named_later_is_not_taken(data_dir: Path) -> None:
    """A feature's lede names its person after the first sentence ("She has played an Auschwitz
    survivor, ..." before "Now Meryl Streep has been lined up ..."): it had opened a Multi-News
    summary, whose reader could not tell who "she" is. An "It" opening stays usable."""
    from bench.summaries import clusters

    [cluster] = [c for c in clusters("multinews", 140, root=data_dir) if c.id == "sample_validation-135"]
    lede = next(a.sentences[0].text for a in cluster.articles if a.sentences[0].text.startswith("She has played"))
    summary = [s.text for s in summarize(cluster.articles, Options(summary_words=260))]
    assert summary and lede not in summary
    assert any("Meryl Streep" in t for t in summary)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "_PERSON_FIRST", re.compile(r"(?!)"))
        assert lede in [s.text for s in summarize(cluster.articles, Options(summary_words=260))]
    text = "It was new highs again for the Standard & Poor's 500 index on Friday."
    article = Article("a", [Sentence("a:0", text, 0)])
    assert [s.text for s in summarize([article], Options(summary_words=20))] == [text]


def test_a_quotation_filling_the_budget_needs_its_article_s_sentence_before_it(data_dir: Path) -> None:
    """DUC 2004: "``I don't believe it will come to that,'' he said." filled the budget after
    Turkey's president's warning; its "he" is Egypt's president, and no sentence of its article
    came before it. The quotations that fill the budget wait like any sentence that leans back;
    the best of the waiting ones is taken only when the summary would otherwise be empty."""
    from bench.summaries import clusters

    [cluster] = [c for c in clusters("duc2004", root=data_dir) if c.id == "d30028t"]
    originals = [a for a in cluster.articles if not a.duplicate_of]
    position = {s.id: (a.id, k) for a in originals for k, s in enumerate(a.sentences)}
    summary = summarize(cluster.articles, Options(summary_bytes=665))
    assert len(summary) >= 4 and "``I don't believe it will come to that,'' he said." not in [s.text for s in summary]
    for k, s in enumerate(summary):
        if attributed_quotation(s.text) and not usable(s.text):
            article, at = position[s.citations[0]]
            before = [position[t.citations[0]] for t in summary[:k]]
            assert any(a == article and 0 < at - p <= 3 for a, p in before), s.text


def test_a_paragraph_introduced_with_a_colon_is_someone_s_words(data_dir: Path) -> None:
    """Multi-News: a report quotes the university's statement as a block after "UConn sent News 8
    the following statement:" ("Jeffny Pally was a talented, ambitious, promising young woman
    ..."), without quotation marks; its sentences are the university's words, not the summary's.
    A list after "Those charged were:" is the report's own."""
    from bench.summaries import clusters

    [cluster] = [c for c in clusters("multinews", 10, root=data_dir) if c.id == "sample_validation-8"]
    article = next(a for a in cluster.articles if any(s.text.endswith("the following statement:") for s in a.sentences))
    texts = [s.text for s in article.sentences]
    statement = next(k for k, t in enumerate(texts) if t.endswith("the following statement:")) + 1
    assert texts[statement].startswith("Jeffny Pally was a talented")
    assert block_quoted(article.sentences, statement)
    assert not block_quoted(article.sentences, 0)
    listing = next(a for a in cluster.articles if any(s.text == "Those charged were:" for s in a.sentences))
    charged = next(k for k, s in enumerate(listing.sentences) if s.text == "Those charged were:") + 1
    assert listing.sentences[charged].text.startswith("Patrick Callahan, 21")
    assert not block_quoted(listing.sentences, charged)
    options = Options(summary_words=260)
    summary = [s.text for s in summarize(cluster.articles, options)]
    assert len(summary) > 5 and not any(t.startswith("Jeffny Pally was a talented") for t in summary)
    assert any(t.startswith("Patrick Callahan, 21") for t in summary)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "QUOTED_RUNS", False)
        assert any(s.text.startswith("Jeffny Pally was a talented") for s in summarize(cluster.articles, options))


def test_a_paragraph_after_a_pointer_to_a_picture_is_the_article_s_own(data_dir: Path) -> None:
    """Multi-News: "You can see the photos below:" introduced pictures the crawl left out; the
    paragraph after it ("The photos were taken from Libby German's phone, police said.") is the
    report's own, not a block quotation."""
    from bench.summaries import clusters

    [cluster] = [c for c in clusters("multinews", 160, root=data_dir) if c.id == "sample_validation-153"]
    article = next(a for a in cluster.articles if any(s.text == "You can see the photos below:" for s in a.sentences))
    after = next(k for k, s in enumerate(article.sentences) if s.text == "You can see the photos below:") + 1
    assert article.sentences[after].text == "The photos were taken from Libby German’s phone, police said."
    assert not block_quoted(article.sentences, after)


def test_a_sentence_that_leans_back_needs_its_article_s_sentence_just_before_it(data_dir: Path) -> None:
    """Multi-News: "She went on to pick up two master's degrees ..." is the 24th sentence of a
    report whose first three open the summary; its "she" is not the boy they are about, and "They"
    of "They'll collect fat checks from syndication" is four sentences after the last one taken."""
    from bench.summaries import clusters

    options = Options(summary_words=260)
    for cluster, dangling in zip(
        clusters("multinews", 6, root=data_dir)[3::2],
        ("She went on to pick up two master's degrees", "They'll collect fat checks from syndication"),
        strict=True,
    ):
        originals = [a for a in cluster.articles if not a.duplicate_of]
        position = {s.id: (a.id, k) for a in originals for k, s in enumerate(a.sentences)}
        summary = summarize(cluster.articles, options)
        assert len(summary) > 5 and not any(s.text.startswith(dangling) for s in summary)
        for k, s in enumerate(summary):
            article, at = position[s.citations[0]]
            if at and summarize_module.leans_back(s.text):
                before = [position[t.citations[0]] for t in summary[:k]]
                assert any(a == article and 0 < at - p <= 3 for a, p in before), s.text
    # with any earlier sentence of its article enough, "They'll collect ..." is taken (the first
    # story's "She went on ..." no longer is: its budget now goes to sentences the exclamation
    # it had taken left room for)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "ANTECEDENT_WINDOW", 1_000)
        assert any(s.text.startswith(dangling) for s in summarize(cluster.articles, options))


def _positions(articles: list) -> dict[str, tuple[str, int]]:
    """Each original sentence's article and position in it, by sentence id."""
    return {s.id: (a.id, k) for a in articles if not a.duplicate_of for k, s in enumerate(a.sentences)}


def _multinews_summaries(data_dir: Path, limit: int, names: tuple[str, ...]):
    """The named Multi-News sample stories (among the first ``limit``) at the bench's 260 words:
    each one's articles, sentence positions (``_positions``) and summary."""
    from bench.summaries import clusters

    found = {c.id: c for c in clusters("multinews", limit, root=data_dir)}
    for name in names:
        articles = found[name].articles
        yield articles, _positions(articles), summarize(articles, Options(summary_words=260))


def test_a_demonstrative_or_a_link_needs_the_very_sentence_before_it(data_dir: Path) -> None:
    """Multi-News: "That will stop anyone else from claiming your riches ..." came three sentences
    after the summary's last one of its article, whose "that" is the advice between them ("sign
    the back of the ticket"), and "That includes grid searches on foot ..." two after its own,
    where "that" is the search the sentence between them describes. A demonstrative or a link
    points at the sentence just before (``readable.leans_on_last``); "he" may reach further."""
    options = Options(summary_words=260)
    cases = {
        "sample_validation-115": "That will stop anyone else from claiming your riches",
        "sample_validation-62": "That includes grid searches on foot",
    }
    for (articles, position, summary), dangling in zip(
        _multinews_summaries(data_dir, 116, tuple(cases)), cases.values(), strict=True
    ):
        assert len(summary) > 5 and not any(s.text.startswith(dangling) for s in summary)
        for k, s in enumerate(summary):
            article, at = position[s.citations[0]]
            if at and summarize_module.leans_on_last(s.text):
                assert (article, at - 1) in {position[t.citations[0]] for t in summary[:k]}, s.text
        with pytest.MonkeyPatch.context() as patch:  # the window of "he" and "they" lets it through
            patch.setattr(summarize_module, "_reach", lambda c: summarize_module.ANTECEDENT_WINDOW)
            assert any(s.text.startswith(dangling) for s in summarize(articles, options))


def test_a_time_told_from_the_event_before_needs_that_event(data_dir: Path) -> None:
    """Multi-News: "Just days later, the U.S. military announced ..." came after another
    article's sentence about an exercise in March, and "Moments later, the Hummer pulls to the
    side of the road ..." after another article's account of the chase, each dating its event
    from a sentence the reader was not given (``readable._TIME_BACK``)."""
    cases = {
        "sample_validation-104": "Just days later, the U.S. military announced",
        "sample_validation-32": "Moments later, the Hummer pulls to the side",
    }
    for (articles, position, summary), dangling in zip(
        _multinews_summaries(data_dir, 105, tuple(cases)), cases.values(), strict=True
    ):
        assert len(summary) > 5 and any(s.text.startswith(dangling) for a in articles for s in a.sentences)
        for k, s in enumerate(summary):
            article, at = position[s.citations[0]]
            if s.text.startswith(dangling):  # only after the event it is dated from
                assert summarize_module.leans_on_last(s.text) and k > 0
                assert position[summary[k - 1].citations[0]] == (article, at - 1), s.text


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The letter was signed and dated: “Adolf Eichmann Jerusalem, May 29, 1962.”", "letter"),
        ("The summit is to take place on Nov. 17-18.", "summit"),
        ("In the end, the volunteers were engaged in a dispute over the Nautilus.", "volunteers"),
        ("The second impeachment trial of former President Donald J. Trump begins on Tuesday.", None),
        ("The government’s lending program for small businesses is on hold.", None),
        ("The Mercers have contributed hundreds of thousands of dollars.", None),
        ("The talks ended as Clinton began a trip to Asia.", "talks"),
        ("The lawyer shared the officer’s concerns with White House officials.", "lawyer"),
        ("The need for a new vote is clear.", None),
        ("The ruling, from a three-judge panel of the 2nd Circuit, affirms a decision.", None),
        ("The congressman repeatedly declined to say whether the picture was an image of him.", "congressman"),
        ("The victim recently disclosed the assaults.", "victim"),
        ("The eventual tally will depend on the choices individual couples make.", None),  # no adverb
        ("The most widely used system for classifying carcinogens comes from the IARC.", None),
        ("The attack, police said, prompted an accident that resulted in his death.", "attack"),
        ("The endorsement came as Cruz was looking to end a stream of bad news.", "endorsement"),
        ("The new law took effect on Monday.", None),
        # an age standing for someone named before (no noun to tell who: ""), or before a noun
        ("The 41-year-old died on Wednesday after a yearlong battle with stage four adrenal cancer.", ""),
        ("The 49-year-old teaches at Randolph-Macon College, a small liberal arts school.", ""),
        ("The 13-year-old girl is from southeast D.C., according to police.", "girl"),
        ("The 61-year-old Streep will be slightly older than the Iron Lady she is playing.", None),
        ("The 24-year-old computer science student was flagged as a risk last year.", None),
        ("The contractor, officials said, was working on a water heater.", "contractor"),
    ],
)
def test_a_bare_definite_subject_names_what_the_article_named_before(text: str, noun: str | None) -> None:
    assert summarize_module.bare_definite(text) == noun


def test_a_bare_definite_subject_waits_for_its_noun_or_its_article(data_dir: Path) -> None:
    """Multi-News: "The letter was signed and dated: ..." came in a summary that had named no
    letter (its article's sentences before it told of Eichmann's plea for clemency), and "The
    research was done by Jo and Brett Dolezal ..." in one that had named no research. Such a
    sentence now needs the noun taken before it, or its article's sentences just before."""
    options = Options(summary_words=260)
    cases = {"sample_validation-23": "The letter was", "sample_validation-142": "The research was"}
    for (articles, position, summary), opening in zip(
        _multinews_summaries(data_dir, 143, tuple(cases)), cases.values(), strict=True
    ):
        assert len(summary) > 5 and any(s.text.startswith(opening) for a in articles for s in a.sentences)
        for k, s in enumerate(summary):
            if s.text.startswith(opening):
                article, at = position[s.citations[0]]
                earlier = " ".join(t.text.lower() for t in summary[:k])
                own = {position[t.citations[0]] for t in summary[:k]}
                assert opening.split()[1] in earlier or any((article, at - d) in own for d in (1, 2, 3)), s.text
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(summarize_module, "UNNAMED", False)
            assert any(s.text.startswith(opening) for s in summarize(articles, options))


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("These germ cells are produced in early stage embryos in a mass of cells called the epiblast.", True),
        ("That way, everyone knows what the numbers are.", True),
        ("As a result, the stock fell.", True),
        ("He recommended using common sense and caution.", False),
        ("Another 6.6 million Americans filed for unemployment benefits last week.", False),
        ("This week Microsoft began rolling out the newest version of its Bing search pages.", False),
        ("Those who know that this is happening, but don't want to get involved.", False),
        # a time told from the event just before
        ("Just days later, the U.S. military announced that part of a missile defense system arrived.", True),
        ("By the next afternoon his temperature had shot to 104.6.", True),
        ("Since then, more than 21,000 have moved to the United States under the program.", True),
        ("Moments later the Hummer pulls to the side of the road.", True),
        ("Within hours, the reaction in the political class was intense.", True),
        ("Which, as you may have noticed, isn't a denial.", True),
        ("Days after the attack, police arrested two men in Brussels.", False),
        ("Within hours of the vote, the company announced it would appeal.", False),
        ("Earlier this week, Anwar appeared in court with a black eye.", False),
        ("Two days before the election, the polls closed the gap.", False),
        ("Accordingly, the deletion is present at the time of conception.", True),
        ("In contrast, Pope Francis has spoken warmly of his predecessor.", True),
        ("In contrast to the old image of FBI agents, a number of senior agents expressed doubts.", False),
    ],
)
def test_which_sentences_lean_on_the_very_sentence_before(text: str, last: bool) -> None:
    assert summarize_module.leans_on_last(text) is last


def test_value_tables_grow_with_the_cells_used_not_the_sources_squared(reuters_outlets) -> None:
    """A story of 1,500 outlets: a full table of values by (sources, lead sources) would hold
    1,501**2 cells for pairs and as many for words; the lazy one holds those used. (Reuters-21578
    prints some stories twice, and its daily reports alike: the 1,500 are 1,434 independent
    sources.)"""
    articles = reuters_outlets(1500)
    summary = summarize(articles, Options(summary_words=120))
    assert summary and all(s.citations for s in summary)
    sources = count_independent(articles)
    assert 1400 < sources < 1500
    pairs, words = summarize_module._value_tables(
        sources + 1,
        summarize_module.MIN_SOURCES,
        summarize_module.LEAD_BONUS,
        summarize_module.ONE_SOURCE_WEIGHT,
        summarize_module.WORD_WEIGHT,
    )
    assert 0 < len(pairs) < 5_000 and len(words) < 5_000


def test_the_inside_of_a_quotation_over_several_sentences_is_left_out(data_dir: Path) -> None:
    """Multi-News: Megan Rapinoe's answer runs over five sentences of one paragraph, opened by
    '“Our game is on September 11th ...' and closed after '... talked about them once”'; its
    middle sentences have no quotation marks ("I don’t anticipate it having this huge effect
    [this weekend].") but are her words, not the summary's."""
    from bench.summaries import clusters

    articles = clusters("multinews", 38, root=data_dir)[37].articles
    rapinoe = next(a for a in articles if any(s.text.startswith("“Our game is on September 11th") for s in a.sentences))
    opened = next(i for i, s in enumerate(rapinoe.sentences) if s.text.startswith("“Our game is on September 11th"))
    inside = {s.id for s in rapinoe.sentences[opened + 1 : opened + 4]}
    assert all(s.paragraph == rapinoe.sentences[opened].paragraph for s in rapinoe.sentences[opened : opened + 5])
    summary = summarize(articles, Options())  # 120 words: it was the fourth sentence
    assert summary and not inside & {s.citations[0] for s in summary}
    # the same sentence alone in its paragraph would be usable: it is the paragraph that tells
    assert usable(rapinoe.sentences[opened + 2].text)


def test_a_quotation_a_single_backquote_opens_runs_to_its_closing_marks(data_dir: Path) -> None:
    """DUC 2004: 'Rep. Mark Souder, R-Ind., said: `Most of my friends ...' opens his words with one
    backquote, and "''" closes them five sentences later; "My position is, hold the nose and vote
    yes." is his, not the summary's. A quotation inside a quotation ("`An hour from now ...'")
    closes with its own mark."""
    from bench.summaries import clusters
    from newsweave.readable import quotation_open

    [cluster] = [c for c in clusters("duc2004", root=data_dir) if c.id == "d31031t"]
    article = next(a for a in cluster.articles if any(s.text.startswith("My position is, hold") for s in a.sentences))
    at = next(i for i, s in enumerate(article.sentences) if s.text.startswith("My position is, hold"))
    before = [s.text for s in article.sentences[:at] if s.paragraph == article.sentences[at].paragraph]
    assert quotation_open(before)
    assert not quotation_open(["For a case, we might call and say ``We say `An hour from now we hold it.' ''"])
    # Multi-News: a backquote typed for an apostrophe opens nothing
    assert not quotation_open(['"I was telling them, it`s not what you`re supposed to do," said Robinson.'])
    summary = [s.text for s in summarize(cluster.articles, Options())]
    assert len(summary) > 3 and not any(t.startswith("My position is") for t in summary)


def test_a_quotation_mark_never_closed_does_not_make_the_rest_someone_s_words(data_dir: Path) -> None:
    """DUC 2004 wire copy has no paragraph breaks, so each article is one paragraph. In one, a
    quotation opened with "``" ('``It was symbolic of the efforts of the bald Padres ...') is not
    closed where it ends, and every later sentence of the article read as inside it. A quotation
    runs over at most ``QUOTATION_RUN`` sentences; the ones just after the mark cannot be told
    apart. (The cleaner reads the corpus's marks as “ and ”, after which the splitter keeps this
    one with the quotation that follows and closes: ``clean.typographic_quotes``; the paragraph
    is split here as the corpus writes it.)"""
    from newsweave.nlp.sentences import split_sentences
    from newsweave.readable import QUOTATION_RUN, quotation_open

    [row] = [r for r in map(json.loads, (data_dir / "duc2004" / "duc2004_task2.jsonl").open()) if r["id"] == "d31026t"]
    doc = next(d for d in row["documents"] if "``It was symbolic" in d)
    sentences = split_sentences(doc)
    opening = "About a thousand people"
    at = next(i for i, s in enumerate(sentences) if s.startswith(opening))
    before = sentences[:at]
    assert before[-1].startswith("``It was symbolic") and quotation_open(before)  # just after it: inside
    later = sentences[: at + QUOTATION_RUN + 1]
    assert not quotation_open(later)
    # the same mark read as the cleaner writes it, closed four sentences on
    cleaned = split_sentences(typographic_quotes(doc))
    [symbolic] = [s for s in cleaned if s.startswith("“It was symbolic")]
    assert opening in symbolic and not quotation_open(cleaned[: cleaned.index(symbolic) + 2])
    assert quotation_open(["“Our game is on Sunday.", "We know it.", "We are ready."])


def test_a_quotation_opened_again_mid_paragraph_goes_on(data_dir: Path) -> None:
    """BBC News runs a quotation's paragraphs together: 'He added: "They'll know not to play like
    that again. ... "In the second half we had some good moments in attack. And in that
    situation, you have to take one chance.' The second mark opens Ferguson's words again; it
    does not close them, so the last sentence is his, not the summary's. After his closing mark
    ('... better." Ferguson admitted ...') the writer speaks again, and a curly mark closes a
    straight one (PolNeAR: '"I know. ... in our country,” Henry said.')."""
    import gzip

    from newsweave.readable import paragraph_start, quotation_open

    with gzip.open(data_dir / "bbc" / "bbc_news_2225.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = {r["id"]: r for r in map(json.loads, fh) if r["id"] in ("sport/238.txt", "sport/237.txt")}
    ferguson = rows["sport/238.txt"]
    article = clean(raw_from_text(ferguson["text"], id="238", title=ferguson["title"]), Options())
    assert isinstance(article, Article)
    texts = [s.text for s in article.sentences]

    def inside(opening: str) -> bool:
        at = next(i for i, t in enumerate(texts) if t.startswith(opening))
        return quotation_open(texts[paragraph_start(article.sentences, at) : at])

    assert inside("And in that situation, you have to take one chance.")
    assert inside("We showed a lack of strength.")
    assert not inside("Ferguson admitted his side were well-beaten")
    assert not quotation_open(["\"I know.", "I know.", "That’s why I think this is a dangerous moment,” Henry said."])
    clubs = rows["sport/237.txt"]
    story = [article, clean(raw_from_text(clubs["text"], id="237", title=clubs["title"]), Options())]
    summary = [s.text for s in summarize(story, Options())]
    assert len(summary) >= 4 and not any("take one chance" in t for t in summary)


def test_the_story_title_comes_from_an_article_the_summary_draws_on(data_dir: Path) -> None:
    """Multi-News: one of the crawled pages of the Rapinoe story is Twitter's "Add a location to
    your Tweets" notice, which cleaning takes as its title; the story is not called that."""
    from bench.summaries import clusters
    from newsweave.pipeline import analyze_story

    articles = clusters("multinews", 38, root=data_dir)[37].articles
    crawled = next(a for a in articles if a.title == "Add a location to your Tweets")
    (story,) = analyze_story(articles, Options(nlp=False)).stories
    assert crawled.id not in {article_of(c) for line in story.summary for c in line.citations}
    # no article the summary cites has a title: the story's is its first sentence, cut at a word
    # within 120 characters
    assert story.summary[0].text.startswith(story.title.removesuffix("…"))
    assert "Megan Rapinoe" in story.title
    # Prodigy's death: the first article's title is a link to another story, "Mobb Deep Songs
    # Remixed: Listen to 7 of the Best"; the story takes that of the article the summary opens on
    articles = next(c for c in clusters("multinews", 250, root=data_dir) if c.id == "sample_validation-21").articles
    (story,) = analyze_story(articles, Options(nlp=False)).stories
    lead = next(a for a in articles if a.id == article_of(story.summary[0].citations[0]))
    assert story.title == lead.title == "Mobb Deep's Prodigy Mourned by Nas, Just Blaze & More Hip-Hop Peers"


def test_a_sentence_that_says_again_what_the_summary_says_is_left_out(data_dir: Path) -> None:
    # AllSides val-25: "Democrats fear Biden's lagging Latino support could cost him." shares few
    # word pairs with "Democrats are worried that Democratic presidential nominee Joe Biden's
    # lagging support among Latino voters could put him at risk of losing Florida, ...", but most
    # of its words
    from bench.summaries import clusters

    [story] = [c for c in clusters("allsides", 26, root=data_dir) if c.id == "val-25"]
    texts = [s.text for s in summarize(story.articles, Options(summary_words=60))]
    assert any(t.startswith("Democrats are worried that Democratic presidential nominee") for t in texts)
    assert not any(t.startswith("Democrats fear Biden's lagging Latino support") for t in texts)


def test_a_transcript_s_sentences_that_name_no_speaker_are_left_out(data_dir: Path) -> None:
    # Multi-News 91: NPR's transcript of Opal Lee's walk ("OPAL LEE: ...", "MARTIN: ...");
    # 194: a page whose "BLOG: ..." and "NEWS: ..." lines are links to other pages, no turns
    from bench.summaries import clusters

    stories = clusters("multinews", 195, root=data_dir)
    transcript, links = stories[91].articles[0], stories[194].articles[0]
    first = summarize_module._first_turn(transcript.sentences)
    assert first is not None and transcript.sentences[first].text.startswith("OPAL LEE: ")
    assert summarize_module._first_turn(links.sentences) is None
    options = Options(summary_words=260)

    def speech(summary: list[SummarySentence]) -> list[str]:
        """The summary's sentences of the transcript after its first turn that name no speaker."""
        own = [(int(s.citations[0].rsplit(":", 1)[1]), s.text) for s in summary if s.citations[0].startswith("d0:")]
        return [text for n, text in own if n > first and not summarize_module._TURN.match(text)]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "TRANSCRIPT_TURNS", False)
        before = summarize(stories[91].articles, options)
    assert any(text.startswith("We had a rally, and so after the rally") for text in speech(before))
    after = summarize(stories[91].articles, options)
    assert after and speech(after) == []
    assert any(s.text.startswith("LEE: I just thought if a little, old lady") for s in after)


def test_opinion_pieces_weigh_in_the_summary_but_do_not_speak_in_it(data_dir: Path) -> None:
    # AllSides val-201: two columns ("OPINION: 'Basket of deplorables': For once, Hillary told the
    # truth about what she really thinks.") and one news report; val-284: one column ("... the
    # ballet of incompetence by President Trump ...") and two others
    from bench.summaries import clusters

    stories = {c.id: c for c in clusters("allsides", 285, root=data_dir) if c.id in ("val-201", "val-284")}
    options = Options(summary_words=60)
    for story in stories.values():
        opinion = {a.id for a in story.articles if a.opinion}
        assert 0 < len(opinion) < 3
        summary = summarize(story.articles, options)
        assert summary and not {article_of(s.citations[0]) for s in summary} & opinion
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(summarize_module, "OPINION_APART", False)
            before = summarize(story.articles, options)
        assert {article_of(s.citations[0]) for s in before} & opinion
    # a story told only by opinion pieces still has a summary, from them
    story = stories["val-201"]
    for a in story.articles:
        a.opinion = True
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "OPINION_APART", False)
        before = summarize(story.articles, options)
    assert before and summarize(story.articles, options) == before


def test_a_column_whose_headline_asks_a_question_does_not_speak_in_the_summary(data_dir: Path) -> None:
    """BBC News: two match reports and a column ("Time to get tough on friendlies?", whose "For an
    international manager, a friendly provides an important opportunity to work with your
    players." and "Some people have been saying it would be better ..." had come into the
    summary as its own statements)."""
    import gzip

    wanted = ("sport/113.txt", "sport/119.txt", "sport/123.txt")
    with gzip.open(data_dir / "bbc" / "bbc_news_2225.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["id"] in wanted]
    story = [clean(raw_from_text(r["text"], id=r["id"][6:9], title=r["title"]), Options()) for r in rows]
    assert all(isinstance(a, Article) for a in story)
    assert [a.opinion for a in story] == [False, True, False]
    summary = summarize(story, Options())
    assert len(summary) >= 3 and "119" not in {article_of(s.citations[0]) for s in summary}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "OPINION_APART", False)
        before = summarize(story, Options())
    assert "119" in {article_of(s.citations[0]) for s in before}


@pytest.mark.parametrize(
    ("story", "sentence", "wrong", "right"),
    [
        # the Exxon and Mobil boards' meeting is not supported by BP's purchase of Amoco, which
        # shares with it mostly the story's own words ("world's largest oil company", in 7 or 8
        # of its 8 reports)
        ("d30045t", "d6:0", "d0:14", None),
        # Gale-force winds killing sailors in the Sydney-to-Hobart race, told by two reports
        ("d30029t", "d6:0", None, "d8:0"),
    ],
)
def test_support_in_a_large_story_needs_more_than_the_story_s_own_words(
    data_dir: Path, story: str, sentence: str, wrong: str | None, right: str | None
) -> None:
    from bench.summaries import clusters

    [cluster] = [c for c in clusters("duc2004", root=data_dir) if c.id == story]

    def cited() -> list[str]:
        return summarize_module.supporting(cluster.articles, [sentence], None)[sentence]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "STORY_WORDS_ARTICLES", 10**9)  # the old rule: cosine over all stems
        before = cited()
    after = cited()
    assert set(after) <= set(before)
    if wrong:
        assert wrong in before and wrong not in after
    if right:
        assert right in before and right in after


def test_a_story_whose_every_usable_sentence_leans_back_still_has_a_summary() -> None:
    """The opening is a question (not usable) and every later sentence opens with 'He': rather
    than no summary, the best of them."""
    texts = [
        "Will the opposition come back to the talks next week in Beijing?",
        "He says he was beaten by security guards after his arrest in September.",
        "He might try to form a fragile minority coalition with the smaller parties.",
    ]
    article = Article("a", [Sentence(f"a:{i}", t, i) for i, t in enumerate(texts)], source="AP")
    summary = summarize([article], Options(summary_words=20))
    assert len(summary) == 1 and summary[0].text in texts[1:]


@pytest.mark.parametrize(
    ("story", "speaker", "full"),
    [
        ("sample_validation-13", "Shafer said", "Mary Shafer"),  # the dog owner, named in full once
        ("sample_validation-19", "Shah said", "Raj Shah"),  # the deputy press secretary
    ],
)
def test_a_speaker_named_by_surname_alone_follows_their_full_name(
    data_dir: Path, story: str, speaker: str, full: str
) -> None:
    from bench.summaries import clusters

    [cluster] = [c for c in clusters("multinews", 20, root=data_dir) if c.id == story]
    assert any(full in s.text for a in cluster.articles for s in a.sentences)

    def unintroduced(summary: list) -> list[str]:
        texts = [s.text for s in summary]
        return [t for k, t in enumerate(texts) if speaker in t and not any(full in u for u in texts[: k + 1])]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "INTRODUCED", False)
        assert unintroduced(summarize(cluster.articles, Options(summary_words=260)))
    assert not unintroduced(summarize(cluster.articles, Options(summary_words=260)))


def test_a_person_a_sentence_opens_with_by_surname_alone_follows_their_full_name(data_dir: Path) -> None:
    """Multi-News: the Florida lottery winner is "Timothy Dale Poole" on first mention in one
    report and "Timothy Poole, 43," in the other; the summary had four sentences opening "Poole
    ..." and none naming him in full. (A surname inside a sentence, "arrested Poole on charges",
    is not looked for.)"""
    from bench.summaries import clusters

    [cluster] = [c for c in clusters("multinews", 140, root=data_dir) if c.id == "sample_validation-136"]
    texts = [s.text for s in summarize(cluster.articles, Options(summary_words=260))]
    opening = [k for k, t in enumerate(texts) if t.startswith("Poole")]
    full = [k for k, t in enumerate(texts) if "Timothy Dale Poole" in t or "Timothy Poole" in t]
    assert full and all(k > full[0] for k in opening)
    names = summarize_module._Names(cluster.articles)
    assert names.needed("Poole pleaded guilty in 2002 to sexual battery of two boys.")
    # a common noun opening a sentence is no surname, nor a word after one that is no given name
    assert names.needed("Police said the winner was a registered sex offender.") == []
    assert names.needed("Florida law does not allow the lottery to withhold payments.") == []


def test_a_bare_definite_noun_is_named_by_a_word_of_its_kind(data_dir: Path) -> None:
    """Multi-News: "The storm killed 24 people and injured hundreds more." after the summary's
    tornado: the storm is named, in other words (an editor reading blind had missed it)."""
    from bench.summaries import clusters

    [cluster] = [c for c in clusters("multinews", 90, root=data_dir) if c.id == "sample_validation-86"]
    storm = "The storm killed 24 people"

    def taken() -> list[str]:
        return [s.text for s in summarize(cluster.articles, Options(summary_words=260))]

    texts = taken()
    assert any(t.startswith(storm) for t in texts)
    k = next(k for k, t in enumerate(texts) if t.startswith(storm))
    assert any("tornado" in t.lower() for t in texts[:k])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "NAMED_BY_KIND", False)
        assert not any(t.startswith(storm) for t in taken())


def test_a_person_named_as_mr_or_dr_and_surname_waits_for_their_full_name(data_dir: Path) -> None:
    """Multi-News: "Mr. Monahan, now 58, was given antibiotics ..." and "Dr. Lee's bizarre
    conclusion ..." were summary sentences about people the summary never named; "Mr." or "Dr."
    says the word after it is a surname, and the articles give "Ed Monahan" / "Henry Lee" in full.
    So were "McConnell and Schumer are bullish ..." and "..., O'Mara said" (Mitch McConnell and
    Mark O'Mara in full in the articles)."""
    from bench.summaries import clusters

    found = {c.id: c for c in clusters("multinews", 250, root=data_dir)}
    for story, surname in [("sample_validation-241", "Monahan"), ("sample_validation-69", "Lee")]:
        cluster = found[story]
        names = summarize_module._Names(cluster.articles)
        assert names.needed(f"Mr. {surname}, now 58, was given antibiotics.")
        assert names.needed(f'"We disagree," Dr. {surname} said.')
        texts = [s.text for s in summarize(cluster.articles, Options(summary_words=260))]
        for k, t in enumerate(texts):
            if f"Mr. {surname}" in t or f"Dr. {surname}" in t:
                assert any(n in u for u in texts[: k + 1] for n in names.full_names(surname)), t
    # a surname that opens with "Mc" or "O'" is one too: "Mitch McConnell", "Mark O'Mara"
    for story, text in [
        ("sample_validation-146", "McConnell and Schumer are bullish about success."),
        ("sample_validation-14", "Zimmerman is now being protected under a plan, O’Mara said."),
    ]:
        assert summarize_module._Names(found[story].articles).needed(text), text
    # BASIL: a quotation of "Mr. Blumenthal" moves after the sentence naming Richard Blumenthal,
    # and the article's next sentence ("He obtained at least five military deferments ...") with it
    from bench.conflicts import stories

    [story] = [s for s in stories("basil", None) if any("Paris Island" in t.text for a in s for t in a.sentences)]
    texts = [s.text for s in summarize(story, Options())]
    full = next(k for k, t in enumerate(texts) if "Richard Blumenthal" in t)
    quoted = [k for k, t in enumerate(texts) if "Mr. Blumenthal said" in t]
    assert quoted and all(k > full for k in quoted)
    assert all(k - 1 in quoted for k, t in enumerate(texts) if t.startswith("He obtained"))


def test_a_given_name_outside_the_table_is_known_by_how_the_articles_write_it(data_dir: Path) -> None:
    """DUC 2004: "Bulent" is in no table of English given names, but the reports write it only
    before "Ecevit", and mid-sentence ("President Demeril asked Bulent Ecevit ..."): "Ecevit, who was
    asked to form a new government ..." waits for his full name. A heading's first word, written
    only at the start of its line ("Breakdown Figures"), makes no name."""
    from bench.summaries import clusters

    [duc] = [c for c in clusters("duc2004", 50, root=data_dir) if c.id == "d31009t"]
    names = summarize_module._Names(duc.articles)
    assert names.needed("Ecevit, who was asked to form a new government Wednesday, needs support.") == [
        {"Bulent Ecevit"}
    ]
    [mn] = [c for c in clusters("multinews", 20, root=data_dir) if c.id == "sample_validation-18"]
    names = summarize_module._Names(mn.articles)
    assert names.needed("Figures based on respondents who hired a professional vendor for the service.") == []


def test_a_name_an_article_gives_by_surname_alone_needs_no_introduction(seeds: list[Article]) -> None:
    names = summarize_module._Names(
        [
            Article("a", [Sentence("a:0", "Raj Shah, a deputy press secretary, spoke on Monday.")]),
            Article("b", [Sentence("b:0", "Pelosi said the deal was a good one for the country.")]),
            Article("c", [Sentence("c:0", "House Speaker Nancy Pelosi said she would bring it to a vote.")]),
        ]
    )
    assert names.needed("Shah said the recent positive economic news was tied to the tax law.") == [{"Raj Shah"}]
    assert names.needed("Pelosi said she would not support the bill as it stands.") == []  # article b
    assert names.needed("President Trump said the bill would pass.") == []
    # an article that names someone by surname before naming them in full takes them as known
    names = summarize_module._Names(
        [Article("a", [Sentence("a:0", "Biden is struggling to win Miami Latinos, new poll finds.. Joe Biden's ...")])]
    )
    assert names.needed("Biden said he would win Florida.") == []


@pytest.mark.parametrize("dataset", ["duc2004", "allsides"])
def test_summaries_keep_their_contract_at_any_budget(data_dir: Path, dataset: str) -> None:
    """On real stories at budgets from one sentence to several hundred words or bytes: whole
    sentences within the budget, each taken once and citing itself first, supporting sentences
    from other articles only, and no sentence that leans on the one before without a sentence
    of its own article before it."""
    from bench.summaries import clusters

    rng = random.Random(5)
    for cluster in clusters(dataset, 12, root=data_dir):
        originals = [a for a in cluster.articles if not a.duplicate_of]
        position = {s.id: (a.id, k) for a in originals for k, s in enumerate(a.sentences)}
        for _ in range(4):
            by_bytes = rng.random() < 0.5
            budget = rng.randint(20, 900) if by_bytes else rng.randint(5, 300)
            options = Options(summary_bytes=budget) if by_bytes else Options(summary_words=budget)
            summary = summarize(cluster.articles, options)
            text = " ".join(s.text for s in summary)
            size = len(text.encode()) if by_bytes else len(text.split())
            assert size <= budget
            own = [s.citations[0] for s in summary]
            assert len(set(own)) == len(own) and all(sid in position for sid in own)
            for k, s in enumerate(summary):
                article, at = position[s.citations[0]]
                assert all(position[c][0] != article for c in s.citations[1:])
                if at and summarize_module.leans_back(s.text) and len(summary) > 1:
                    window = summarize_module.ANTECEDENT_WINDOW
                    assert any(position[o][0] == article and 0 < at - position[o][1] <= window for o in own[:k]), s.text
            assert summarize(cluster.articles, options) == summary


def test_a_heading_does_not_hide_a_page_that_addresses_its_reader(data_dir: Path) -> None:
    """Multi-News: a horoscope page ("Postrology" above "You can expect some amazing things ...")
    crawled among the reports of Thomas Kinkade's death, and a petition page ("PLEASE NOTE:"):
    their headings are no sentences, so most of what they say speaks to the reader."""
    from newsweave.readable import site_message

    rows = [json.loads(line) for line in (data_dir / "multinews" / "multinews_validation_sample.jsonl").open()]
    pages = [
        (row, d) for row in rows for d in row["documents"] if d.startswith("Postrology") or "sign the Petition" in d
    ]
    assert len(pages) == 2
    for row, doc in pages:
        page = clean(raw_from_text(doc), Options())
        assert isinstance(page, Article) and site_message([s.text for s in page.sentences])
        articles = [clean(raw_from_text(d, id=f"d{i}"), Options()) for i, d in enumerate(row["documents"])]
        summary = summarize([a for a in articles if isinstance(a, Article)], Options(summary_words=260))
        texts = " ".join(s.text for s in summary)
        assert len(summary) > 3 and "You can expect" not in texts and "sign the Petition" not in texts


def test_a_page_that_addresses_its_reader_gives_no_summary_sentence(data_dir: Path) -> None:
    """Multi-News crawled a web host's "You're Almost There..." page and a shop's membership terms
    among the reports of celebrities' businesses; their lines were summary sentences. A report
    that quotes someone addressing another ('You sold your country out') is no such page."""
    from bench.summaries import clusters
    from newsweave.nlp.sentences import split_sentences
    from newsweave.readable import site_message

    [cluster] = [c for c in clusters("multinews", 200, root=data_dir) if c.id == "sample_validation-199"]
    pages = [[s.text for s in a.sentences] for a in cluster.articles]
    assert [site_message(p) for p in pages] == [True, False, True]
    texts = " ".join(s.text for s in summarize(cluster.articles, Options(summary_words=260)))
    assert "Halle Berry" in texts and "domain" not in texts and "credit card" not in texts
    rows = [json.loads(line) for line in (data_dir / "allsides" / "allsides_train.jsonl").open()]
    quoting = [d for r in rows for d in r["documents"] if "'You sold your country out'" in d]
    assert quoting and not site_message(split_sentences(quoting[0]))


def test_an_article_s_title_counts_as_what_its_source_says(data_dir: Path) -> None:
    """AllSides leads with their headlines as titles: two headlines say Trump attacked Kerry's
    "shadow diplomacy", which only one lead's text repeats. A title is never a summary sentence,
    but its words are its source's (``TITLES``): the phrase is worth two sources, not one."""
    from bench.summaries import clusters
    from newsweave.independence import independence_groups

    [story] = [c for c in clusters("allsides-train", 1, root=data_dir, titles_apart=True)]
    articles = [a for a in story.articles if not a.duplicate_of]
    assert sum("shadow diplomacy" in a.title.lower() for a in articles) == 2
    analysed = [[summarize_module._analyse(s.text) for s in a.sentences] for a in articles]
    groups = independence_groups(articles)
    titles = [summarize_module._analyse(a.title)[1] for a in articles]
    with_titles, _ = summarize_module._concept_values(articles, analysed, groups, titles)
    without, _ = summarize_module._concept_values(articles, analysed, groups, [set() for _ in articles])
    phrase = summarize_module._analyse("shadow diplomacy")[1]
    assert max(with_titles[c] for c in phrase) > max(without.get(c, 0.0) for c in phrase)
    summary = summarize(story.articles, Options(summary_words=60))
    assert summary and not {s.text for s in summary} & {a.title for a in articles}


def test_a_dated_story_s_summary_opens_on_a_lead_not_an_older_article_s_detail() -> None:
    """BASIL: the oldest article of the Ground Zero mosque story is two days older than the news
    (Harry Reid breaking with President Obama); in publication order the summary opened on its
    fourth sentence, '"The First Amendment protects freedom of religion," said Jim Manley, a top
    adviser to Mr. Reid.'. It opens on a lead, and the rest keep their order."""
    from bench.conflicts import stories

    basil = stories("basil", None)
    news = "Senate Majority Leader Harry Reid broke with President Obama"
    [story] = [s for s in basil if any(t.text.startswith(news) for a in s for t in a.sentences)]
    position = {s.id: int(s.id.rsplit(":", 1)[1]) for a in story for s in a.sentences}

    def opening() -> list[str]:
        return [line.citations[0] for line in summarize(story, Options())]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "LEAD_FIRST", False)
        before = opening()
    after = opening()
    assert position[before[0]] >= summarize_module.LEAD_SENTENCES
    assert position[after[0]] < summarize_module.LEAD_SENTENCES
    assert sorted(before) == sorted(after)
    assert [c for c in after if c != after[0]] == [c for c in before if c != after[0]]
    # a lead naming someone by surname alone does not open it either: "Mr. Steele is expected to
    # disclose his intentions ..." waits for "RNC Chairman Michael Steele is expected ..."
    [story] = [s for s in basil if any("Mike Duncan" in t.text for a in s for t in a.sentences)]
    texts = [line.text for line in summarize(story, Options())]
    assert texts[0].startswith("RNC Chairman Michael Steele") and texts[1].startswith("Mr. Steele")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize_module, "LEAD_FIRST", False)
        assert summarize(story, Options())[0].text.startswith("Critics have described the chairman")


def _polnear(data_dir: Path, ids: tuple[str, ...]) -> list[Article]:
    """PolNeAR articles by id, cleaned with their outlet and date, as a user's JSONL gives them."""
    import gzip

    with gzip.open(data_dir / "polnear" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["id"] in ids]
    out = []
    for r in sorted(rows, key=lambda r: ids.index(r["id"])):
        raw = raw_from_text(r["text"], id=r["id"], title=r["title"], source=r["source"], date=r["date"])
        article = clean(raw, Options())
        assert isinstance(article, Article)
        out.append(article)
    return out


def test_a_citation_shares_more_than_one_name(data_dir: Path) -> None:
    """PolNeAR: "(Texas Sen. Ted Cruz also has 17.)" shares four stems with "Republican South
    Carolina Sen. Lindsey Graham says the only way to stop Donald Trump ... may be to rally behind
    Texas Sen. Ted Cruz.", all of one name: it is no support for it (``NAMES_ARE_NOT_A_FACT``).
    Two names and more, or a word in lower case, still are."""
    from newsweave.summarize import _analyse, _one_name, _plain

    story = _polnear(
        data_dir,
        (
            "breitbart_2016-02-20_the-latest-hillary-clinton-tells",
            "breitbart_2016-03-01_the-latest-sanders-wins-minnesot",
            "huff-post_2016-02-24_marco-rubio-you-don-t-win-the-no",
            "nyt_2016-02-25_rubio-has-the-praise-just-not-th",
        ),
    )
    assert len(story) == 4
    texts = {s.id: s.text for a in story for s in a.sentences}
    summary = summarize(story, Options())
    [graham] = [s for s in summary if "Lindsey Graham" in s.text]
    cruz = next(i for i, t in texts.items() if t == "(Texas Sen. Ted Cruz also has 17.)")
    assert cruz not in graham.citations

    def one_name(a: str, b: str) -> bool:
        shared = _analyse(a)[0] & _analyse(b)[0]
        return _one_name(shared, a, _plain(a), b)

    assert one_name(graham.text, texts[cruz])
    # AllSides: two names in common, and a verb the S-stemmer keeps apart ("confirms"/"confirmed")
    assert not one_name(
        "Senate confirms Amy Coney Barrett to Supreme Court, cements 6-3 conservative majority.",
        "Amy Coney Barrett has officially been confirmed as a Supreme Court justice..",
    )
    # a headline in title case tells nothing by its case
    assert not one_name("Pelosi asks Trump to postpone State of the Union over shutdown.",
                        "Pelosi: Let's Push Back the State of the Union..")


def test_a_statement_is_supported_by_more_than_names(data_dir: Path) -> None:
    """Multi-News: two quotations of one speaker on one programme ('"We show this lack of resolve
    ...," the South Carolina Republican said on "Fox News Sunday."' / '"I doubt it," he said in
    an interview aired on "Fox News Sunday" ...'), or two of one usher ("Some fans didn't bother
    with the game, usher Leon Thomas said." / '... it was a collector's item," usher Leon Thomas
    told the AP.'), share names and how their speaker is described, and tell two things: neither
    supports the other (``STATEMENTS_BY_WORDS``). Without the recognizer, names are the words
    written in capitals, which finds the first pair; the claim table's descriptions (the pipeline)
    find the second."""
    from bench.summaries import clusters
    from newsweave.pipeline import analyze_story

    found = {c.id: c for c in clusters("multinews", 90, root=data_dir)}

    def cited(summary: list[SummarySentence], opening: str, articles: list[Article]) -> list[str]:
        text = {s.id: s.text for a in articles for s in a.sentences}
        [line] = [s for s in summary if s.text.startswith(opening)]
        return [text[c] for c in line.citations[1:]]

    graham = found["sample_validation-86"].articles
    for summary in (summarize(graham, Options()), analyze_story(graham, Options()).stories[0].summary):
        support = cited(summary, '"We show this lack of resolve', graham)
        assert not [t for t in support if t.startswith('"I doubt it," he said')], support
    usher = found["sample_validation-1"].articles
    support = cited(analyze_story(usher, Options()).stories[0].summary, "Some fans didn't bother", usher)
    assert not [t for t in support if "collector's item" in t], support
    # someone's words: a quotation of four words or more
    assert summarize_module.gives_words('"The storm damaged about 1,000 homes," Fallin said on Sunday.')
    # a name or a phrase in quotation marks is no one's words; a piece of a long quotation is
    assert not summarize_module.gives_words('Santorum appeared on CBS\' "Face the Nation."')
    assert not summarize_module.gives_words('Ocasio-Cortez is set to release her "Green New Deal" on Thursday.')
    assert summarize_module.gives_words("I was the one that was being preyed upon and I fought back.\"")
    assert not summarize_module.gives_words("Gibbs was on ABC's This Week.")


def test_citations_of_any_sentence_are_those_the_summary_gives(data_dir: Path) -> None:
    """``pipeline.citations`` (which the benchmark of citations asks of judged sentences) gives a
    summary sentence the citations the report gives it, with and without the recognizer, and
    any other sentence its own."""
    from bench.summaries import clusters
    from newsweave.pipeline import analyze_story, citations

    [cluster] = [c for c in clusters("duc2004", 3, root=data_dir) if c.id == "d30002t"]
    for options in (Options(), Options(nlp=False)):
        summary = analyze_story(cluster.articles, options).stories[0].summary
        ids = [line.citations[0] for line in summary]
        other = next(s.id for a in cluster.articles for s in a.sentences[5:] if s.id not in ids)
        found = citations(cluster.articles, [*ids, other, "no such sentence"], options)
        assert [found[i] for i in ids] == [line.citations for line in summary]
        assert found[other][0] == other and "no such sentence" not in found
        assert any(len(line.citations) > 1 for line in summary)
        # the claim table's disagreement (with the recognizer only) leaves "9,000" out of the
        # support of "about 7,000 people have died", in the report and here alike
        text = {s.id: s.text for a in cluster.articles for s in a.sentences}
        [line] = [x for x in summary if x.text.startswith("Officials in Central America")]
        assert options.nlp != any("9,000" in text[c] for c in line.citations)


def test_a_question_supports_nothing(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """AllSides val-193: "How will Donald Trump pick his new Supreme Court nominee?" had been the
    support of "President Donald Trump says he likes all of his potential Supreme Court nominees."
    A question states nothing (``QUESTIONS_STATE_NOTHING``)."""
    from bench.summaries import clusters
    from newsweave.readable import asks
    from newsweave.summarize import supporting

    [cluster] = [c for c in clusters("allsides", 200, root=data_dir) if c.id == "val-193"]
    text = {s.id: s.text for a in cluster.articles for s in a.sentences}
    [likes] = [i for i, t in text.items() if t.startswith("President Donald Trump says he likes all")]

    def questions() -> list[str]:
        return [text[c] for c in supporting(cluster.articles, [likes])[likes] if "?" in text[c]]

    assert questions() == []
    monkeypatch.setattr(summarize_module, "QUESTIONS_STATE_NOTHING", False)
    assert questions() == ["How will Donald Trump pick his new Supreme Court nominee?"]
    assert asks("Why did Trump retweet QAnon?..") and asks('He asked, "Is the photo of him?"')
    assert not asks("Trump asked why the photo was taken.")


def test_he_stands_for_the_person_named_last(data_dir: Path) -> None:
    """BBC News: "Chancellor Gordon Brown will meet his golden economic rule ..., according to his
    former chief economic adviser." had been followed by "He said he hoped more would be done to
    build on current tax credit rules.", whose "he" is Ed Balls, named in the sentence between
    them that the summary left out (``PRONOUN_REACH``). BASIL: "He obtained at least five military
    deferments ..." may still follow '"...," Mr. Blumenthal said ...', two sentences back, as the
    one between names Mr. Blumenthal and nobody else."""
    import gzip

    from bench.conflicts import stories

    with gzip.open(data_dir / "bbc" / "bbc_news_2225.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["id"] in ("business/106.txt", "politics/005.txt")]
    story = [clean(raw_from_text(r["text"], id=r["id"], title=r["title"]), Options()) for r in rows]
    assert all(isinstance(a, Article) for a in story)
    summary = [s.text for s in summarize(story, Options())]
    assert any(t.startswith("Chancellor Gordon Brown will meet") for t in summary)
    for before, line in zip(summary, summary[1:], strict=False):
        if line.startswith("He said he hoped more would be done"):
            assert "Balls" in before, (before, line)

    [blumenthal] = [s for s in stories("basil", None) if any("Paris Island" in t.text for a in s for t in a.sentences)]
    summary = [s.text for s in summarize(blumenthal, Options())]
    at = next(i for i, t in enumerate(summary) if t.startswith("He obtained at least five military deferments"))
    assert "Mr. Blumenthal said" in summary[at - 1]


def test_a_sentence_of_another_day_is_no_support(data_dir: Path) -> None:
    """BASIL's fiscal-cliff story: HuffPost's "Obama and Boehner ... met for nearly an hour on
    Thursday evening" had cited the Times' "... met privately at the White House on Sunday" and Fox
    News's "... heading to Detroit Monday afternoon ... a day after a face-to-face meeting", and
    Fox's sentence cited HuffPost's: other meetings, other days (``_other_days``)."""
    from bench.conflicts import stories

    [story] = [s for s in stories("basil", None) if any("hour on Thursday" in t.text for a in s for t in a.sentences)]
    text = {t.id: t.text for a in story for t in a.sentences}
    for line in summarize(story, Options(summary_words=200)):
        days = set(summarize_module._WEEKDAY.findall(line.text))
        for cited in line.citations[1:]:
            theirs = set(summarize_module._WEEKDAY.findall(text[cited]))
            assert not (days and theirs) or days & theirs, (line.text, text[cited])
    assert summarize_module._other_days("They met on Thursday evening.", "They met on Sunday.")
    assert not summarize_module._other_days("They met on Thursday evening.", "They met at the White House.")
    assert not summarize_module._other_days("The vote is Tuesday, he said Monday.", "The vote is on Tuesday.")


@pytest.mark.issue(5)
def test_a_summary_does_not_say_again_what_it_said_in_other_forms_of_its_words(data_dir: Path) -> None:
    """DUC 2004 d30017t: two AP articles about North Korea end on "The Koreas were divided into the
    communist North and the capitalist South in 1945." and "The Korean states were separated into
    the communist North and the capitalist South in 1945." Summarized together, both were in the
    summary: "Korean" and "Koreas" were other words, and the second came in as the sentence that
    "They fought a three-year war in the early 1950s." leans on, unchecked. The summary says it
    once."""
    rows = (json.loads(line) for line in (data_dir / "duc2004" / "duc2004_task2.jsonl").open())
    row = next(r for r in rows if r["id"] == "d30017t")
    told = [d for d in row["documents"] if "communist North and the capitalist South in 1945" in " ".join(d.split())]
    assert len(told) == 2
    articles = [clean(raw_from_text(d, id=f"d{i}"), Options()) for i, d in enumerate(told)]
    summary = summarize([a for a in articles if isinstance(a, Article)], Options())
    assert sum("South in 1945" in s.text for s in summary) == 1
    # Multi-News: "An abandoned dog that narrowly escaped being euthanized years ago was an active
    # participant in rescue efforts ..." and "A stray dog that escaped being euthanized years ago
    # actively participated in rescue efforts ...": "active" and "actively", "participant" and
    # "participated" begin alike
    [(_, _, summary)] = _multinews_summaries(data_dir, 250, ("sample_validation-245",))
    assert sum("escaped being euthanized" in s.text for s in summary) == 1
