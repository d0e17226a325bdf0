"""Quotes and their speakers (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.clean import clean
from newsweave.model import Annotations, Article, Quote, RawArticle, Sentence
from newsweave.nlp import annotate
from newsweave.options import Options
from tests.test_entities import basil_story, data_article, entity, seed_articles

FLOORS = json.loads((Path(__file__).parent / "floors" / "nlp.json").read_text())


@pytest.fixture(scope="module")
def notes(seeds_dir: Path) -> Annotations:
    return annotate(seed_articles(seeds_dir), Options())


def quote(notes: Annotations, start: str) -> Quote:
    hits = [q for q in notes.quotes if q.text.startswith(start)]
    assert len(hits) == 1, f"{len(hits)} quotes begin {start!r}"
    return hits[0]


def one_article(*paragraphs: str) -> Article:
    return Article(id="t", sentences=[Sentence(f"t:{i}", p, paragraph=i) for i, p in enumerate(paragraphs)])


@pytest.mark.issue(3)
def test_founding_quotes_have_the_right_speakers(notes: Annotations) -> None:
    baghdadi = entity(notes, "Abu Bakr al-Baghdadi").id
    # '"...," he said' - the pronoun stands for the person named before
    assert quote(notes, "This raging battle and total war").speaker == baghdadi
    # a quote alone in its sentence continues the previous speaker ('Baghdadi told ... to "unleash"')
    assert quote(notes, "Turkey today entered your range of action").speaker == baghdadi
    assert quote(notes, "unleash the fire of their anger").speaker == baghdadi
    hassan = quote(notes, "Abu Bakr al-Baghdadi’s statement is the fastest in tempo")
    assert hassan.speaker == entity(notes, "Hassan Hassan").id and hassan.speaker_name == "Hassan Hassan"
    assert hassan.sentence == "000_401f3f548252d387:21"
    # the misspelt "Baghadi told his followers to launch ..." is still Baghdadi
    assert quote(notes, "attack after attack").speaker == baghdadi
    # "Islamic State's leader also said" - the role the story gives him before his name
    # ("Islamic State leader Abu Bakr al-Baghdadi"), not the group
    assert quote(notes, "the caliphate was not affected").speaker == baghdadi


@pytest.mark.issue(3)
def test_scare_quotes_are_not_quotes(notes: Annotations) -> None:
    assert not any(q.text in ("apostate", "Caliphate") for q in notes.quotes)


@pytest.mark.issue(3)
def test_a_quoted_name_is_no_quotation(notes: Annotations) -> None:
    # 'Thursday's 30-minute tape was entitled "this is what God and his Messenger have promised
    # us,"': the tape's name, in lower case, is nobody's words
    assert not any("his Messenger have promised" in q.text for q in notes.quotes)
    assert quote(notes, "soldiers of the Caliphate")  # the next quotation of that article stays


@pytest.mark.issue(3)
def test_speaker_before_and_after_straight_quotes() -> None:
    notes = annotate(
        [
            one_article(
                'Rita Katz told reporters: "The group is losing ground fast."',
                '"We will not leave the city," said Hassan Hassan.',
                '"They have nowhere to go." He added that the siege would last.',
            )
        ],
        Options(),
    )
    assert [q.speaker_name for q in notes.quotes] == ["Rita Katz", "Hassan Hassan", "Hassan Hassan"]


@pytest.mark.issue(3)
def test_a_title_between_the_verb_and_the_name_keeps_the_speaker() -> None:
    # the form of DUC 2004 and BASIL: ', said Rep. Carolyn Maloney, D-N.Y.' / ', Sen. X said'
    notes = annotate(
        [
            one_article(
                "\"I can't think of any way that restricts the census more,\" said Rep. Carolyn Maloney, D-N.Y.",
                '"We will not go out of the city at all," Sen. John Smith said.',
            )
        ],
        Options(),
    )
    assert [q.speaker_name for q in notes.quotes] == ["Carolyn Maloney", "John Smith"]


@pytest.mark.issue(3)
def test_typewriter_quotes_of_wire_text_are_quotes(data_dir: Path) -> None:
    # DUC 2004 (AP and NYT wire text) writes ``quotations like this,'' with backticks
    rows = [json.loads(line) for line in (data_dir / "duc2004" / "duc2004_task2.jsonl").open()]
    texts = [" ".join(d.split()) for r in rows for d in r["documents"]]  # the text is hard-wrapped
    text = next(t for t in texts if "``I think we made some real progress today" in t)
    start = text.index("``I think we made some real progress today")
    notes = annotate([one_article(text[start : text.index("meeting.", start) + 8])], Options())
    found = [q for q in notes.quotes if q.text.startswith("I think we made some real progress today")]
    assert [q.speaker_name for q in found] == ["Erskine Bowles"]
    assert "''" not in found[0].text and "``" not in found[0].text


@pytest.mark.issue(3)
def test_same_quote_in_two_articles_is_one_quote() -> None:
    a = Article(
        id="a", sentences=[Sentence("a:0", '"We will never surrender the city to them," Rita Katz said.')]
    )
    b = Article(id="b", sentences=[Sentence("b:0", 'Katz said: "We will never surrender the city."')])
    notes = annotate([a, b], Options())
    assert len(notes.quotes) == 1
    assert notes.quotes[0].also_in == ["b:0"] and notes.quotes[0].speaker_name == "Rita Katz"


def speaker_of(notes: Annotations, start: str) -> str | None:
    return quote(notes, start).speaker_name


SPEAKERS = [
    # a HuffPost page of readers' comments, each signed after a horizontal bar: '..." ― Name'
    ("polnear", "― Sonya Herridge", "During the debate Trump said Hispanics live in hell", "Pamela Padilla"),
    ("polnear", "― Sonya Herridge", "Maybe, we can build a wall around Donald Trump", "Steve Quinlan"),
    # '"...," Warren said' where the recognizer found no name in "Warren": the story's Elizabeth
    # Warren, by her surname
    ("polnear", "It’s gutless leadership,” Warren said", "It’s gutless leadership", "Elizabeth Warren"),
    # the sentence's subject with a predicate of its own: 'Romney released a statement late
    # Tuesday saying: "..."'
    ("basil", "Romney released a statement late Tuesday saying", "As I said yesterday, Todd Akin's", "Mitt Romney"),
    # '"...," he said' after "In a statement released Tuesday, he decried the Obama
    # administration's decision": the "he" of that sentence is still Perry, not Obama
    ("basil", "he decried the Obama administration’s decision", "This is just the most recent example", "Rick Perry"),
    # 'Asked whether he was suggesting that Mr. Obama lacked sympathy for the disabled, Mr.
    # Santorum did not back down, saying, "..."': the opening clause holds "he" and Mr. Obama
    ("basil", "Mr. Santorum did not back down, saying", "I think the president has a very bad", "Rick Santorum"),
    # 'Darrell Issa of California, the senior Republican on ..., said': not California
    ("basil", "Darrell Issa of California, the senior Republican", "represent an illegal quid pro quo", "Darrell Issa"),
    # 'Reince Priebus, the chairman of the Republican National Committee, tried to deflect
    # questions ..., saying on Fox News that "..."': the chairman is Priebus
    ("basil", "Reince Priebus, the chairman of the Republican", "this is the platform of the Republican", "Priebus"),
    # an opening curly mark closed by a straight one: '“I was stunned ... status quo," Labrador
    # said in a statement.'
    ("basil", 'in the status quo," Labrador said in a statement', "I was stunned when Eric Cantor", "Raul Labrador"),
    # AP, DUC 2004: 'Hassan Asfour, a Palestinian peace negotiator, said the Palestinian Authority
    # condemned the attack. ``This is a crime ...': standing alone after his reported words
    ("duc2004", "One young woman shopper said:", "This is a crime and whoever commits this", "Hassan Asfour"),
    # ... and 'One young woman shopper said: ``We can't stop ...'' Hassan Asfour, a Palestinian
    # peace negotiator, said ...': its own sentence introduces the quotation, whose speaker is
    # unnamed, not the next sentence's Asfour
    ("duc2004", "One young woman shopper said:", "We can't stop with what we are doing", "One young woman shopper"),
    ("duc2004", "Shlomo Meir, a black-clad Orthodox Jew", "It was terrible", "Shlomo Meir"),
    # 'One woman, with almost maniacal determination, sorted through a pile of oranges. "We
    # can't stop ...," she said grimly': someone unnamed, whom the sentence before opens on
    ("duc2004", "Shlomo Meir, a black-clad Orthodox Jew", "We can't stop what we're doing", "One woman"),
    ("duc2004", "Shlomo Meir, a black-clad Orthodox Jew", "It's hard, this work", "One young volunteer"),
    # 'his Democratic opponent, Hillary Clinton. He said that Clinton's "only experience in
    # cybersecurity" ...': the "he" is Trump, whom the article calls "he", not Clinton
    ("polnear", "He said that Clinton’s “only experience", "only experience in cybersecurity", "Donald Trump"),
    # what the speaker is, between the quote and the name: '``It reminded me of the gas chambers
    # at Auschwitz,'' local rescue service leader Lennart Olin said on national radio'
    ("duc2004", "local rescue service leader Lennart Olin said", "It reminded me of the gas chambers", "Lennart Olin"),
    # HuffPost opens with a curly mark, closes with a straight one, and goes on in straight and
    # curly ones: '“Despite the fact ... these e-mails," Schultz said. "You can now see ...”'
    ("basil", 'these e-mails," Schultz said. "You can now see', "Despite the fact that e-mails", "Eric Schultz"),
    ("basil", 'these e-mails," Schultz said. "You can now see', "You can now see what the Congress", "Eric Schultz"),
    # '... his wife, Huma Abedin ...': she is no "he", so the "he told CNN" after is still Weiner
    ("basil", "I’m protecting my wife, who every day", "I’m protecting my wife", "Anthony D. Weiner"),
    # a legislator's party and state between the name and the verb: '"...," Rep. John Mica
    # (R-Fla.) said.', '"...," Rep. Jim Jordan (R-Ohio), an oversight panel member, said ...'
    ("polnear", "Rep. John Mica (R-Fla.) said", "We cannot have people come here", "John Mica"),
    ("polnear", "Rep. Jim Jordan (R-Ohio), an oversight panel member", "If the FBI wanted any", "Jim Jordan"),
    # ', said Del. Stacey Plaskett of the Virgin Islands', ', said the Rev. Peter Wherry, of ...',
    # ', Mr. Morgan of the Sierra Club said'
    ("polnear", "said Del. Stacey Plaskett of the Virgin Islands", "This is a waste of time", "Stacey Plaskett"),
    ("polnear", "said the Rev. Peter Wherry, of Mayfield", "To be frank, the city will never go back", "Peter Wherry"),
    ("polnear", "Mr. Morgan of the Sierra Club said", "It was the least bad outcome", "Peter Morgan"),
    # the person an organisation's name introduces: ', said MSNBC host Chris Matthews', ', said
    # European Council President Donald Tusk'
    ("polnear", "said MSNBC host Chris Matthews", "I thought that Mike Pence did all the things", "Chris Matthews"),
    ("polnear", "said European Council President Donald Tusk", "It was a sad moment for Europe", "Donald Tusk"),
    # a name after an inverted verb or "according to", then the quote: 'Said Ellis: “...”',
    # 'According to Limbaugh, “...”'
    ("polnear", "Said Ellis: “I don’t get the sense", "I don’t get the sense", "Ryan Ellis"),
    ("polnear", "According to Limbaugh, “[I]f it was left up", "[I]f it was left up to Hillary", "Rush Limbaugh"),
    # a verb's base form after "to": 'Biden was quick to retort: "With all due respect, ..."'
    ("basil", "Biden was quick to retort", "With all due respect, that's just a bunch", "Biden"),
    # a title after "former": ', said former Representative Thomas M. Davis III, a Virginia
    # Republican' (NYT); the quote after it continues his words
    ("basil", "said former Representative Thomas M. Davis III", "There are some very angry", "Thomas M. Davis III"),
    ("basil", "said former Representative Thomas M. Davis III", "He was the only conduit", "Thomas M. Davis III"),
    # an organisation's name with "and" in it before the post: ', Oversight and Government Reform
    # Committee spokesman Ali Ahmad said in a statement' (Fox News)
    ("basil", "Reform Committee spokesman Ali Ahmad said", "The Committee has been contacted", "Ali Ahmad"),
    # the phrase a sentence opens with names no subject: 'In follow-up questioning by
    # Representative Gerald E. Connolly, a Virginia Democrat, Mr. Shulman offered what he said was
    # ... "The Easter Egg Roll with my kids," he said.' (NYT) is Shulman's, not Connolly's; 'In an
    # interview with Trending Today USA with Rusty Humphries, Ham made it clear ... "...," he told
    # the host' is Ham's, not the host's
    ("basil", "questioning by Representative Gerald E. Connolly", "The Easter Egg Roll", "Douglas H. Shulman"),
    ("polnear", "with Rusty Humphries, Ham made it clear", "Now that I don’t have to be", "Norman Ham"),
    # 'Rep. Joseph Crowley, D-N.Y., asked her if she could "..."' / 'She said: "Well there's a
    # questionnaire ..."' (Fox News): the "her" Crowley asked is Lerner, and so is the next "she"
    ("basil", "Rep. Joseph Crowley, D-N.Y., asked her if she", "Well there's a questionnaire", "Lois Lerner"),
    # ... who is then "she": 'Crowley later called her answer evasive. "The bottom line is ...," he
    # said' is still Crowley's
    ("basil", "Rep. Joseph Crowley, D-N.Y., asked her if she", "The bottom line is you cannot lie", "Joseph Crowley"),
    # someone described, not named, after the quote or opening its sentence: '"...," the Texan
    # said', '"...," the company wrote in its statement', '"...," said a Democratic strategist who
    # spoke on the condition of anonymity', 'The ad claims "..."' (the descriptions are the speakers
    # PolNeAR's annotators mark)
    ("polnear", "the Texan said. “But the electorate", "Gov. Scott Walker, Bobby Jindal, Rick Perry", "the Texan"),
    ("polnear", "the company wrote in its statement", "Mr. Zimmerman never contacted anyone", "the company"),
    ("polnear", "said a Democratic strategist who", "Given how badly Democrats have", "a Democratic strategist"),
    ("polnear", "The ad claims “Jeb is the conservative", "Jeb is the conservative you can trust", "The ad"),
    # reporting verbs of colour and of two words: '"...," Trump shot back', '"...," Toomey fumed'
    ("polnear", 'a tough guy tonight," Trump shot back', "Jeb wants to be a tough guy", "Donald Trump"),
    ("polnear", "Toomey fumed on Tuesday", "If they were serious about making progress", "Pat Toomey"),
    # a paragraph ending on a colon introduces the quotation that opens the next: 'Cruz called
    # them on it:' / '"The questions asked in this debate illustrate why ..."'
    ("polnear", "Cruz called them on it:", "The questions asked in this debate illustrate", "Ted Cruz"),
    # ... as does a statement issued: 'When Wallace died in 1998, President Clinton released the
    # following statement:' / '"Hillary and I offer our condolences ..."'
    ("polnear", "President Clinton released the following statement:", "Hillary and I offer", "Bill Clinton"),
    # a word in quotes between the reporting verb and the quote: 'Clinton said that this was a
    # "new" expectation of candidates and we should "set the same standard for everybody."'
    ("polnear", "Clinton said that this was a “new” expectation", "set the same standard for", "Hillary Clinton"),
    # a name before a noun describes the speaker: ', said Ayotte campaign manager Jon Kohan', '...,"
    # one Clinton aide said late last month, "but a muted one ..."'
    ("polnear", "said Ayotte campaign manager Jon Kohan", "Out of an abundance of caution", "Jon Kohan"),
    ("polnear", "one Clinton aide said late last month", "but a muted one rather than", "one Clinton aide"),
    # what the person is, in lower case, between the verb and the name: ', said 9/11 widow Terry
    # Strada', ', said study author Sabine Seehagen, a child and adolescent psychology researcher'
    ("polnear", "said 9/11 widow Terry Strada", "The president’s rationales to veto JASTA", "Terry Strada"),
    ("multinews", "said study author Sabine Seehagen", "We discovered that sleeping shortly", "Sabine Seehagen"),
    # but not a name before a noun: '..., predicted one Pelosi confidante' is not Pelosi's
    ("multinews", "predicted one Pelosi confidante", "I think she will not let it die", "one Pelosi confidante"),
    # '"...," Aznar was quoted as saying in Wednesday's edition of the Madrid newspaper El Pais' (AP)
    ("duc2004", "Aznar was quoted as saying in Wednesday", "Depending on the result of", "Jose Maria Aznar"),
]


@pytest.mark.issue(3)
@pytest.mark.parametrize(("corpus", "article", "start", "speaker"), SPEAKERS)
def test_speakers_in_real_articles(data_dir: Path, corpus: str, article: str, start: str, speaker: str) -> None:
    assert speaker_of(data_article(data_dir, corpus, article), start) == speaker


@pytest.mark.issue(3)
def test_no_speaker_rather_than_a_wrong_one(data_dir: Path) -> None:
    # '"We can't stop ...," she said grimly' is not Shlomo Meir's, whom the article calls "he"
    # ('Shlomo Meir, a black-clad Orthodox Jew, was standing nearby when he heard a blast')
    notes = data_article(data_dir, "duc2004", "Shlomo Meir, a black-clad Orthodox Jew")
    assert speaker_of(notes, "We can't stop what we're doing") != "Shlomo Meir"
    # BASIL: 'Asked point-blank, "Is that picture you?" Weiner replied, "You know I'm not going to
    # talk about this anymore."': the question is put to him, the answer is his
    notes = data_article(data_dir, "basil", 'Asked point-blank, "Is that picture you?" Weiner replied')
    assert speaker_of(notes, "Is that picture you?") is None
    assert speaker_of(notes, "You know I'm not going to talk") == "Anthony Weiner"
    # a description is a speaker only before a verb that says someone spoke: AP's '"...," he said.
    # "Honduras doesn't have them." A hurricane warning was also in effect ...' (DUC 2004) and
    # '"...," he said. "I now look forward ..." A Frank representative did not respond to
    # interview requests' (BASIL) leave the quotations to the "he" before them
    notes = data_article(data_dir, "duc2004", "Gen. Mario Hung")
    assert speaker_of(notes, "Honduras doesn't have them") == "Mario Hung Pacheco"
    notes = data_article(data_dir, "basil", "A Frank representative did not respond")
    assert speaker_of(notes, "I now look forward to working for the election") == "Barney Frank"
    # ... and in the next sentence only as a clause of its own: '``I'm proud, but I'm sad because
    # I loved my son.'' The family of Suleiman Musa Dahayneh, 24, said he had been married ...'
    # (AP) tells what the family said, not who spoke the quotation
    notes = data_article(data_dir, "duc2004", "traditionally Arab east Jerusalem. Groundbreaking at the site")
    assert speaker_of(notes, "I'm proud, but I'm sad") != "The family of Suleiman Musa Dahayneh"
    # a participle opens a clause on the sentence's subject, not on a name it follows: 'The
    # communications pro also took a shot at President Obama and the first lady, writing "..."'
    # (Fox News) is not Obama's
    notes = data_article(data_dir, "basil", "The communications pro also took a shot at President Obama")
    assert speaker_of(notes, "your mother and father don’t respect") is None
    # nor a place a preposition places someone near: 'One Facebook user who lives near Austin,
    # Tex., posted this status update: "..."' (the Times) is not Austin's
    notes = data_article(data_dir, "basil", "One Facebook user who lives near Austin")
    assert speaker_of(notes, "It has been really disconcerting") is None


@pytest.mark.issue(3)
def test_a_name_in_title_case_is_no_quotation(data_dir: Path) -> None:
    # BASIL (Fox News): Newsweek's cover line "The Queen of Rage" is a title; Terry O'Neill's
    # "The 'Queen of Rage' is something you apply to wrestlers ..." is a quotation
    notes = data_article(data_dir, "basil", "The 'Queen of Rage' is something you apply to wrestlers")
    texts = [q.text for q in notes.quotes]
    assert not any(t.rstrip(".").lower() == "the queen of rage" for t in texts), texts
    assert speaker_of(notes, "The 'Queen of Rage' is something you apply to wrestlers") == "Terry O'Neill"
    # a shout in title case is still speech: "Death to Arabs! Death to Arafat!" (AP, DUC 2004)
    notes = data_article(data_dir, "duc2004", "Death to Arabs! Death to Arafat!")
    assert any(q.text.startswith("Death to Arabs!") for q in notes.quotes)


@pytest.mark.issue(3)
def test_a_quotation_reported_in_part_and_whole_is_shown_whole(data_dir: Path) -> None:
    # DUC 2004 d30015t: five reports quote "the extreme gravity of the situation", one the whole
    # "We hope to make clear to president Milosevic ... the extreme gravity of the situation."
    rows = (data_dir / "duc2004" / "duc2004_task2.jsonl").open()
    row = next(json.loads(line) for line in rows if '"d30015t"' in line)
    articles = [clean(RawArticle(input=f"{i}", id=f"d{i}", text=d), Options()) for i, d in enumerate(row["documents"])]
    notes = annotate([a for a in articles if isinstance(a, Article)], Options())
    [q] = [q for q in notes.quotes if "extreme gravity of the situation" in q.text]
    assert q.text.startswith("We hope to make clear to president Milosevic")
    assert q.sentence == "d1:7" and len(q.also_in) >= 4


@pytest.mark.issue(3)
def test_quote_floors_on_basil_and_polnear(data_dir: Path) -> None:
    from bench.quotes import basil, ours_by_doc, polnear, score_basil, score_polnear

    texts, gold = basil(FLOORS["basil_articles"])
    recall, speaker, _, _ = score_basil(ours_by_doc(texts), gold)
    assert recall >= FLOORS["basil_quote_recall"]
    assert speaker >= FLOORS["basil_speaker_accuracy"]
    texts, rows, direct = polnear(FLOORS["polnear_articles"])
    precision, recall = score_polnear(ours_by_doc(texts), rows, direct)
    assert precision >= FLOORS["polnear_precision"]
    assert recall >= FLOORS["polnear_recall"]


@pytest.mark.issue(3)
def test_one_quotation_across_articles_keeps_its_own_speaker(data_dir: Path) -> None:
    # NYT: 'Mr. Kristol wrote Friday. He added, "Needless to say, the war in Afghanistan was not
    # 'a war of Obama's choosing.' ..."': Kristol quoting Steele is no report of Steele's words
    notes = basil_story(data_dir, "2b95d2cf")
    assert speaker_of(notes, "Needless to say, the war in Afghanistan") == "Bill Kristol"
    assert speaker_of(notes, "a war of Obama’s choosing") == "Michael Steele"
    for reverse in (False, True):  # whichever report comes first
        notes = basil_story(data_dir, "6b541575", reverse)
        # HuffPost's 'he asked the congressman if he "fully supported the Obama agenda"' echoes
        # the young man's question, which the NYT and HuffPost print without naming him ('A young
        # man ... saying: "Hi, Congressman ..."'): its speaker is that description, not Etheridge
        assert speaker_of(notes, "Hi, Congressman. How are you?") == "A young man"
        # Fox News prints it with no speaker after Etheridge's words; the NYT after Jon Thompson's
        assert speaker_of(notes, "His conduct is unbecoming of a member of Congress") == "Jon Thompson"


@pytest.mark.issue(3)
def test_a_quotation_left_open_ends_where_the_next_one_opens(data_dir: Path) -> None:
    """DUC 2004's wire text has no paragraph breaks, and a writer who leaves a mark out made the
    rest of the article one quotation: Netanyahu's ran to 1,060 words and took in fifteen other
    people's quotes. A quotation opened again at a sentence's start goes on, as a new paragraph of
    it would ('``He brings ... the fruits of peace. ``Sharon has never hidden his beliefs,'' he
    continued'); one that opens inside a sentence ends the one left open at its last sentence
    ('... about making a deal. He added, ``We're about as far apart ...''')."""
    notes = data_article(data_dir, "duc2004", "He brings with him rich experience")
    netanyahu = quote(notes, "He brings with him rich experience")
    assert netanyahu.speaker_name == "Benjamin Netanyahu"
    assert netanyahu.text.endswith("Sharon has never hidden his beliefs")
    assert quote(notes, "Who is the right wing now").speaker_name == "Uzi Benziman"
    assert max(len(q.text.split()) for q in notes.quotes) < 100
    notes = data_article(data_dir, "duc2004", "as far apart as the Grand Canyon")
    assert quote(notes, "I don't think they're too concerned").text.endswith("about making a deal.")
    assert quote(notes, "We're about as far apart as the Grand Canyon").speaker_name == "Buck Williams"


@pytest.mark.issue(3)
def test_a_quotation_within_a_quotation_and_a_mark_the_wrong_way_round() -> None:
    """A statement that quotes titles in the same marks ('"We sincerely apologize to "Moonlight,"
    "La La Land," ...', Multi-News) is one quotation to its last mark; a closing mark written as an
    opening one ('"Who can guarantee you happiness?" he asked', Glenn Beck in BASIL's NYT) closes."""
    statement = (
        "“We sincerely apologize to “Moonlight,” “La La Land,” Warren Beatty, Faye Dunaway, and Oscar "
        "viewers for the error that was made during the award announcement for Best Picture. The presenters "
        "had mistakenly been given the wrong category envelope and when discovered, was immediately "
        "corrected,” PricewaterhouseCoopers said in a statement."
    )
    [found] = [q for q in annotate([one_article(statement)], Options()).quotes]
    assert found.text.startswith("We sincerely apologize") and found.text.endswith("immediately corrected")
    asked = "“Who can guarantee you happiness?“ he asked. “Tiger Woods wasn’t happy.”"
    texts = [q.text for q in annotate([one_article("Glenn Beck spoke at the conference.", asked)], Options()).quotes]
    assert texts == ["Who can guarantee you happiness?", "Tiger Woods wasn’t happy."]


@pytest.mark.issue(3)
def test_a_sentence_reporting_its_own_statement_does_not_attribute_the_quote_before(data_dir: Path) -> None:
    """A quotation that ends its sentence takes its speaker from the next sentence when the
    splitter put the attribution there ('"... victory." Mr. Steele said.'), not when that sentence
    reports a statement of its own: Swedlund's "She may be 7 but she looks just 3 or 4." had gone to
    Katona-Apte of the next sentence, and Tauzin's "It won't be holding my nose either. ..." to
    Gingrich of "Gingrich said he recognized that some conservatives were wary" (DUC 2004)."""
    notes = data_article(data_dir, "duc2004", "She may be 7 but she looks just 3 or 4")
    assert quote(notes, "She may be 7 but she looks just 3 or 4").speaker_name == "Sten Swedlund"
    notes = data_article(data_dir, "duc2004", "It won't be holding my nose either")
    tauzin = quote(notes, "It won't be enthusiastically").speaker
    assert quote(notes, "It won't be holding my nose either").speaker == tauzin
    assert tauzin is not None and quote(notes, "It won't be holding my nose either").speaker_name != "Newt Gingrich"
