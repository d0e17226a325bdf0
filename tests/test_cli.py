"""The `newsweave` command end to end, on the founding example and on bad input (issue 2)."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsweave.cli import main

REUTERS = "004_d18fbf1fe040f894"
OTHER = "000_401f3f548252d387"


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "newsweave.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


@pytest.fixture(scope="module")
def seeds_report(seeds_dir: Path) -> dict:
    proc = run_cli("analyze", str(seeds_dir), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.issue(2)
def test_seeds_form_one_story_with_both_articles(seeds_report: dict) -> None:
    assert seeds_report["schema"] == "newsweave/1"
    assert len(seeds_report["stories"]) == 1
    story = seeds_report["stories"][0]
    assert sorted(story["articles"]) == [OTHER, REUTERS]
    assert story["independent_sources"] == 2


@pytest.mark.issue(2)
def test_reuters_byline_dateline_and_credit_line_become_fields(seeds_report: dict) -> None:
    reuters = next(a for a in seeds_report["articles"] if a["id"] == REUTERS)
    assert reuters["source"] == "Reuters"
    assert reuters["authors"] == ["Mostafa Hashem", "Ahmed Tolba"]
    assert reuters["dateline"]["place"] == "CAIRO/BAGHDAD"
    texts = [s["text"] for s in reuters["sentences"]]
    assert not any("Editing by" in t or "Writing by" in t for t in texts)
    assert not any(t.startswith("By ") for t in texts)
    assert texts[0].startswith("Islamic State leader Abu Bakr al-Baghdadi")


@pytest.mark.issue(2)
def test_photo_caption_is_not_body_text(seeds_report: dict) -> None:
    other = next(a for a in seeds_report["articles"] if a["id"] == OTHER)
    texts = [s["text"] for s in other["sentences"]]
    assert not any("File photo" in t for t in texts)
    assert texts[0].startswith("The Islamic State’s (ISIS) supreme leader")


@pytest.mark.issue(2)
def test_every_summary_citation_is_a_real_sentence_and_one_cites_both(seeds_report: dict) -> None:
    sentence_ids = {s["id"] for a in seeds_report["articles"] for s in a["sentences"]}
    summary = seeds_report["stories"][0]["summary"]
    assert summary
    for item in summary:
        assert item["citations"], item
        assert set(item["citations"]) <= sentence_ids
        # the sentence itself is the first citation and its text comes from that sentence
        own = next(
            s["text"]
            for a in seeds_report["articles"]
            for s in a["sentences"]
            if s["id"] == item["citations"][0]
        )
        assert item["text"].rstrip('.”"') in own or _words(item["text"]) <= _words(own)
    cited_articles = [{c.rsplit(":", 1)[0] for c in item["citations"]} for item in summary]
    assert any(arts == {OTHER, REUTERS} for arts in cited_articles)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


@pytest.mark.issue(2)
def test_json_is_deterministic(seeds_dir: Path, seeds_report: dict) -> None:
    again = run_cli("analyze", str(seeds_dir), "--format", "json")
    assert json.loads(again.stdout) == seeds_report
    first = run_cli("analyze", str(seeds_dir), "--format", "json").stdout
    assert first == again.stdout


@pytest.mark.issue(2)
def test_html_report_is_self_contained_and_written_to_file(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    proc = run_cli("analyze", str(seeds_dir), "--format", "html", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # no external assets
    assert "<script" not in page
    assert "31-minute-long recording" in page
    # the one-line summary of the run goes to stderr
    assert re.search(r"2 articles read, 0 inputs skipped, 0 duplicates, 1 story", proc.stderr)


@pytest.mark.issue(2)
def test_markdown_shows_the_same_report(seeds_dir: Path, seeds_report: dict) -> None:
    proc = run_cli("analyze", str(seeds_dir), "--format", "md")
    assert proc.returncode == 0, proc.stderr
    plain = proc.stdout.replace("\\", "")
    for item in seeds_report["stories"][0]["summary"]:
        assert " ".join(item["text"].split()[:6]) in plain
    assert "Reuters" in proc.stdout


@pytest.mark.issue(2)
def test_hostile_article_text_is_escaped_in_html(tmp_path: Path, seeds_dir: Path) -> None:
    text = (seeds_dir / f"{REUTERS}.txt").read_text(encoding="utf-8")
    hostile = text.replace(
        "He also called on Islamic State fighters to invade Turkey.",
        "He also called on fighters <script>alert('x')</script> to invade Turkey.",
    )
    (tmp_path / "hostile.txt").write_text(hostile, encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["analyze", str(tmp_path / "hostile.txt"), "--format", "html", "-o", str(out), "-q"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


@pytest.mark.issue(2)
def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    proc = run_cli("analyze", str(tmp_path / "nope"))
    assert proc.returncode == 2
    assert "nope" in proc.stderr and "does not exist" in proc.stderr


@pytest.mark.issue(2)
def test_unwritable_output_is_a_clear_error_before_any_work(seeds_dir: Path, tmp_path: Path) -> None:
    proc = run_cli("analyze", str(seeds_dir), "-o", str(tmp_path / "no" / "such" / "dir" / "r.json"))
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr


@pytest.mark.issue(2)
def test_bad_inputs_warn_and_the_batch_goes_on(seeds_dir: Path, tmp_path: Path) -> None:
    for p in seeds_dir.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "feed.xml").write_text("<rss><channel><item><title>unclosed", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        '{"id": "ok1", "text": "A short but real article. It has two sentences."}\n'
        '{"id": "broken", "text": \n',
        encoding="utf-8",
    )
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    with gzip.open(tmp_path / "latin.txt.gz", "wb") as fh:
        fh.write("Caf\xe9 owners in Z\xfcrich said prices rose. They blamed rents.".encode("latin-1"))

    out = tmp_path / "report.json"
    proc = run_cli("analyze", str(tmp_path), "--format", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    ids = {a["id"] for a in report["articles"]}
    assert {REUTERS, OTHER, "ok1"} <= ids
    warned = {Path(w["input"].split(":")[0]).name for w in report["warnings"]}
    assert {"empty.txt", "binary.txt", "feed.xml", "lines.jsonl", "empty.html"} <= warned
    # each warning is also on stderr
    for name in ("empty.txt", "binary.txt", "lines.jsonl"):
        assert name in proc.stderr

    strict = run_cli("analyze", str(tmp_path), "--format", "json", "--strict", "-q")
    assert strict.returncode == 1


@pytest.mark.issue(2)
def test_meta_file_sets_source_and_publication_date(seeds_dir: Path, tmp_path: Path) -> None:
    meta = tmp_path / "meta.json"
    meta.write_text(
        json.dumps(
            {OTHER: {"source": "The Region", "published": "2016-11-03"}, REUTERS: {"published": "2016-11-03"}}
        ),
        encoding="utf-8",
    )
    proc = run_cli("analyze", str(seeds_dir), "--format", "json", "--meta", str(meta), "--no-nlp")
    assert proc.returncode == 0, proc.stderr
    arts = {a["id"]: a for a in json.loads(proc.stdout)["articles"]}
    assert arts[OTHER]["source"] == "The Region"
    assert arts[OTHER]["published"].startswith("2016-11-03")
    assert arts[OTHER]["published_from"] == "metadata"
    assert arts[REUTERS]["source"] == "Reuters"  # the dateline's agency still names the source
    assert "publication date" not in proc.stderr
    # without dates, the run says what is lost and how to give them
    undated = run_cli("analyze", str(seeds_dir), "--format", "json", "--no-nlp")
    assert "newsweave: note: 2 of 2 articles have no publication date" in undated.stderr
    assert "--meta FILE" in undated.stderr


def test_bad_meta_file_is_a_usage_error(seeds_dir: Path, tmp_path: Path) -> None:
    meta = tmp_path / "meta.json"
    meta.write_text("[1, 2", encoding="utf-8")
    proc = run_cli("analyze", str(seeds_dir), "--meta", str(meta))
    assert proc.returncode == 2
    assert "meta.json" in proc.stderr and "not valid JSON" in proc.stderr


@pytest.mark.issue(5)
def test_summarize_treats_inputs_as_one_story_and_respects_length(seeds_dir: Path) -> None:
    proc = run_cli("summarize", str(seeds_dir), "--format", "json", "--words", "60", "--no-nlp")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert len(report["stories"]) == 1
    words = sum(len(s["text"].split()) for s in report["stories"][0]["summary"])
    assert 0 < words <= 60

    text = run_cli("summarize", str(seeds_dir), "--format", "text", "--bytes", "400", "-q")
    assert text.returncode == 0, text.stderr
    lines = [x for x in text.stdout.splitlines() if x.strip()]
    assert lines and len(text.stdout.encode("utf-8").strip()) <= 400 + len(lines)
    bodies = {s["text"] for a in report["articles"] for s in a["sentences"]}
    for line in lines:
        assert any(_words(line) <= _words(b) for b in bodies)


def test_an_empty_summary_says_why(seeds_dir: Path, tmp_path: Path) -> None:
    # "--words 5" printed an empty line and nothing else: every sentence is longer
    proc = run_cli("summarize", str(seeds_dir), "--format", "text", "--words", "5", "--no-nlp")
    assert proc.returncode == 0, proc.stderr
    assert not proc.stdout.strip()
    note = re.search(r"newsweave: note: story \S+ has no summary: no sentence fits in 5 words \(the shortest it would "
                     r"take has (\d+)\)", proc.stderr)
    assert note, proc.stderr
    shortest = int(note[1])
    fits = run_cli("summarize", str(seeds_dir), "--format", "text", "--words", str(shortest), "--no-nlp")
    assert fits.stdout.strip() and "no summary" not in fits.stderr
    # a story of headlines alone: no sentence of it stands alone in a summary
    (tmp_path / "heads.txt").write_text("Storm hits coast\n\nThousands without power\n", encoding="utf-8")
    proc = run_cli("summarize", str(tmp_path), "--format", "json", "--no-nlp")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["stories"][0]["summary"] == []
    assert "has no summary: none of its sentences stands alone in one (headlines" in proc.stderr
    # a seed article run together without sentence punctuation: one sentence too long for a summary
    seed = next(seeds_dir.glob("*.txt")).read_text(encoding="utf-8")
    (tmp_path / "heads.txt").unlink()
    (tmp_path / "run-on.txt").write_text(" ".join(re.sub(r"[.!?]", "", seed).split()), encoding="utf-8")
    proc = run_cli("summarize", str(tmp_path), "--format", "json", "--no-nlp")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["stories"][0]["summary"] == []
    assert "has no summary: every sentence of it has more than 60 words" in proc.stderr, proc.stderr
    (tmp_path / "run-on.txt").unlink()
    quiet = run_cli("summarize", str(seeds_dir), "--format", "text", "--words", "5", "--no-nlp", "-q")
    assert "note:" not in quiet.stderr
    # a feed of headlines alone: every story is without a summary; the first few are explained
    topics = (
        "harbour strike, wheat prices, museum fire, ferry delays, chess final, vaccine trial, dam repair, "
        "tram fares, coral survey, bridge tolls, opera season, salmon quota, airport noise, rail merger"
    )
    lines = [json.dumps({"id": f"h{i}", "text": f"{t.title()} Update"}) for i, t in enumerate(topics.split(", "))]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run_cli("analyze", str(tmp_path / "feed.jsonl"), "--no-nlp", "-o", str(tmp_path / "r.json"))
    stories = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["stories"]
    assert len(stories) == 14 and not any(s["summary"] for s in stories)
    notes = [x for x in proc.stderr.splitlines() if x.startswith("newsweave: note:")]
    assert notes[0].startswith("newsweave: note: 14 of 14 articles have no publication date")
    assert len(notes) == 12 and notes[-1] == "newsweave: note: ... and 4 more stories without a summary"


def test_many_warnings_are_summarised_on_stderr_but_all_kept(tmp_path: Path) -> None:
    lines = ['{"id": "a1", "text": "A real article about the harbour. It has two sentences."}']
    lines += [json.dumps({"id": f"e{i}"}) for i in range(80)]  # no text, html or title
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "r.json"
    proc = run_cli("analyze", str(tmp_path), "--no-nlp", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    shown = [x for x in proc.stderr.splitlines() if x.startswith("newsweave: warning:") and "has no text" in x]
    assert len(shown) == 50
    assert "and 30 more" in proc.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["warnings"]) == 80
    assert "80 inputs skipped" in proc.stderr


@pytest.mark.issue(2)
def test_output_through_a_symlink_or_to_standard_output_by_name(seeds_dir: Path, tmp_path: Path) -> None:
    """``-o link.json`` writes the file the link names (the link stays a link); ``-o /dev/stdout``
    writes to the pipe (it was refused as "permission denied", or replaced by a regular file)."""
    (tmp_path / "link.json").symlink_to("target.json")
    assert main(["analyze", str(seeds_dir), "--no-nlp", "-q", "-o", str(tmp_path / "link.json")]) == 0
    assert (tmp_path / "link.json").is_symlink()
    assert json.loads((tmp_path / "target.json").read_text(encoding="utf-8"))["schema"] == "newsweave/1"
    proc = run_cli("analyze", str(seeds_dir), "--no-nlp", "-q", "-o", "/dev/stdout")
    assert proc.returncode == 0 and json.loads(proc.stdout)["schema"] == "newsweave/1"


@pytest.mark.issue(2)
def test_a_file_name_cannot_write_lines_of_its_own_to_stderr(tmp_path: Path) -> None:
    (tmp_path / "x\nnewsweave: 9 articles read.txt").write_bytes(b"\x00\x01" * 50)
    proc = run_cli("analyze", str(tmp_path), "--no-nlp", "-q")
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("newsweave:")]
    name = f"{tmp_path}/x\\nnewsweave: 9 articles read.txt"
    assert warnings == [f"newsweave: warning: {name}: file is binary (NUL bytes), not text; skipped"]
