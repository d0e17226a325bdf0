"""The claim table on the founding example and on real DUC 2004 stories (issue 4)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsweave.model import Article, RawArticle
from newsweave.options import Options
from newsweave.pipeline import analyze

OTHER, REUTERS = "000_401f3f548252d387", "004_d18fbf1fe040f894"
FLOORS = json.loads((Path(__file__).parent / "floors" / "claims.json").read_text())


@pytest.fixture(scope="module")
def seeds_story(seeds_dir: Path):
    report = analyze([seeds_dir], Options())
    assert len(report.stories) == 1
    return report.stories[0], report


def _texts(report, claim) -> list[str]:
    by_id = {s.id: s.text for a in report.articles for s in a.sentences}
    return [by_id[s] for s in claim.sentences]


@pytest.mark.issue(4)
def test_recording_length_is_the_one_conflict(seeds_story) -> None:
    story, report = seeds_story
    conflicts = [c for c in story.claims if c.status == "conflict"]
    assert len(conflicts) == 1
    (claim,) = conflicts
    (conflict,) = claim.conflicts
    assert conflict.kind == "number"
    assert sorted(v.value for v in conflict.values) == [30, 31]
    assert {v.unit for v in conflict.values} == {"minute"}
    cited = {v.sentence.rsplit(":", 1)[0]: v.sentence for v in conflict.values}
    by_id = {s.id: s.text for a in report.articles for s in a.sentences}
    assert "30-minute tape" in by_id[cited[OTHER]]
    assert "31-minute-long recording" in by_id[cited[REUTERS]]
    assert conflict.note and conflict.note.startswith("real disagreement")
    assert story.claims[0] is claim  # conflicts lead the table


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("what", "other_words", "reuters_words"),
    [
        ("previous message from December 2015", ["December 2015"], ["December 2015"]),
        ("call to attack Saudi Arabia", ["Saudi Arabia"], ["Saudi Arabia"]),
        ("Turkey", ["Turk"], ["Turkey"]),
    ],
)
def test_shared_facts_are_corroborated_by_both_sources(seeds_story, what, other_words, reuters_words) -> None:
    story, report = seeds_story
    for claim in story.claims:
        if claim.status != "corroborated":
            continue
        texts = dict(zip(claim.sentences, _texts(report, claim), strict=True))
        other = [t for s, t in texts.items() if s.startswith(OTHER)]
        reuters = [t for s, t in texts.items() if s.startswith(REUTERS)]
        if any(all(w in t for w in other_words) for t in other) and any(
            all(w in t for w in reuters_words) for t in reuters
        ):
            assert claim.independent_sources == 2
            assert "Reuters" in claim.sources
            return
    pytest.fail(f"no corroborated claim for the {what}")


@pytest.mark.issue(4)
@pytest.mark.parametrize(("article", "words"), [(OTHER, "Libya"), (REUTERS, "1.5 million")])
def test_details_only_one_source_gives_are_single_source(seeds_story, article, words) -> None:
    story, report = seeds_story
    single = [c for c in story.claims if c.status == "single_source" and words in c.text]
    assert single, f"no single-source claim mentioning {words}"
    assert all(s.startswith(article) for c in single for s in c.sentences)
    assert all(c.independent_sources == 1 for c in single)


@pytest.mark.issue(4)
def test_a_syndicated_copy_changes_no_independent_count(seeds_dir: Path, seeds_story, tmp_path: Path) -> None:
    story, _ = seeds_story
    for p in seeds_dir.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    text = (seeds_dir / f"{REUTERS}.txt").read_text(encoding="utf-8")
    (tmp_path / "yahoo.jsonl").write_text(
        json.dumps({"id": "yahoo", "text": text, "source": "Yahoo News"}) + "\n", encoding="utf-8"
    )
    report = analyze([tmp_path], Options())
    assert len(report.stories) == 1
    again = report.stories[0]
    assert report.article("yahoo").duplicate_of == REUTERS
    assert again.independent_sources == story.independent_sources == 2
    assert [(c.status, c.independent_sources) for c in again.claims] == [
        (c.status, c.independent_sources) for c in story.claims
    ]


@pytest.mark.issue(4)
def test_attributing_a_fact_to_the_other_outlet_is_not_corroboration(seeds_dir: Path, tmp_path: Path) -> None:
    reuters = (seeds_dir / f"{REUTERS}.txt").read_text(encoding="utf-8")
    other = (
        (seeds_dir / f"{OTHER}.txt")
        .read_text(encoding="utf-8")
        .replace(
            "The Islamic State’s enigmatic leader last released an audio message in December 2015.",
            "The Islamic State’s enigmatic leader last released an audio message in December 2015, "
            "according to Reuters.",
        )
    )
    (tmp_path / f"{REUTERS}.txt").write_text(reuters, encoding="utf-8")
    (tmp_path / f"{OTHER}.txt").write_text(other, encoding="utf-8")
    story = analyze([tmp_path], Options()).stories[0]
    december = [c for c in story.claims if "December 2015" in c.text]
    assert december and all(c.independent_sources == 1 for c in december)


@pytest.mark.issue(4)
def test_claim_table_is_deterministic(seeds_dir: Path, seeds_story) -> None:
    story, _ = seeds_story
    again = analyze([seeds_dir], Options()).stories[0]
    assert [c.to_dict() for c in again.claims] == [c.to_dict() for c in story.claims]


@pytest.mark.issue(4)
def test_few_false_conflicts_on_real_duc_stories(data_dir: Path) -> None:
    from newsweave.clean import clean

    rows = [json.loads(line) for line in (data_dir / "duc2004" / "duc2004_task2.jsonl").open()]
    rows = rows[: FLOORS["duc_clusters"]["floor"]]
    conflicts = 0
    for row in rows:
        articles = [
            clean(RawArticle(input=f"{row['id']}:{i}", id=f"d{i}", text=d, source=f"outlet {i}"), Options())
            for i, d in enumerate(row["documents"])
        ]
        report = analyze([a for a in articles if isinstance(a, Article)], Options())
        conflicts += sum(c.status == "conflict" for s in report.stories for c in s.claims)
    assert conflicts / len(rows) <= FLOORS["false_conflicts_per_story"]["floor"]
