"""The ``newsweave`` command.

    newsweave analyze PATH... [--format json|md|html] [-o FILE] [--meta FILE] [--strict] [--workers N]
    newsweave summarize PATH... [--words N | --bytes N] [--format json|md|html|text] [--workers N]

Exit status: 0 on success (warnings included), 1 when --strict and there were warnings,
2 on a usage error: a missing input path, an unreadable --meta file, an unwritable output.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from newsweave import __version__
from newsweave.errors import NewsweaveError
from newsweave.model import Article, Report
from newsweave.options import Options, load_meta

EXIT_OK, EXIT_WARNINGS, EXIT_USAGE = 0, 1, 2
MAX_WARNINGS_SHOWN = 50
"""Warnings printed on stderr; a large corpus may have thousands, and the report keeps them all."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        options = _options(args)
        _check_output(args.output)
    except (NewsweaveError, ValueError) as exc:
        _error(str(exc))
        return EXIT_USAGE

    from newsweave import pipeline
    from newsweave.render import render
    from newsweave.render.view import run_summary

    run = pipeline.analyze if args.command == "analyze" else pipeline.summarize
    try:
        with _Progress(enabled=not args.quiet) as progress:
            report = run(args.paths, options, progress=progress)
    except NewsweaveError as exc:
        _error(str(exc))
        return EXIT_USAGE

    for w in report.warnings[:MAX_WARNINGS_SHOWN]:
        print(f"newsweave: warning: {_one_line(w.input)}: {_one_line(w.message)}", file=sys.stderr)
    if len(report.warnings) > MAX_WARNINGS_SHOWN:
        rest = len(report.warnings) - MAX_WARNINGS_SHOWN
        print(f"newsweave: warning: ... and {rest} more (all are in the report's warnings)", file=sys.stderr)
    text = render(report, args.format)
    try:
        _write(text, args.output)
    except OSError as exc:
        _error(f"cannot write the report to {args.output or 'standard output'}: {exc.strerror or exc}")
        return EXIT_USAGE
    if not args.quiet:
        for note in _undated(report) + _empty_summaries(report, options):
            print(f"newsweave: note: {note}", file=sys.stderr)
        where = f" -> {args.output}" if args.output else ""
        print(f"newsweave: {run_summary(report)}{where}", file=sys.stderr)
    if args.strict and report.warnings:
        return EXIT_WARNINGS
    return EXIT_OK


UNLIMITED = 10**9
"""A summary budget no story reaches."""

MAX_NOTES_SHOWN = 10
"""Stories without a summary explained on stderr; a feed of headlines alone may have hundreds."""


def _undated(report: Report) -> list[str]:
    """What articles without a publication date cost: their "Thursday" and "last week" stay
    unresolved, the timeline has only the dates written out in full, and clustering cannot tell
    when they appeared. A folder of plain-text files often has none, and its report had said
    nothing of it."""
    undated = sum(1 for a in report.articles if a.published is None)
    if not undated:
        return []
    return [
        f"{undated} of {len(report.articles)} articles have no publication date, so their relative dates "
        '("Thursday", "last week") stay unresolved; give them in a sidecar file '
        "(x.meta.json beside x.txt), with --meta FILE, or in the JSONL or feed"
    ]


def _empty_summaries(report: Report, options: Options) -> list[str]:
    """Why stories with articles have no summary: every sentence the summary would take is
    longer than the budget ("--words 5"), or none of them can stand alone (headlines, captions,
    fragments). Without this a reader got an empty summary and no word why. The first
    ``MAX_NOTES_SHOWN`` are explained (each asks the summarizer again, without a budget), the
    rest counted."""
    from newsweave.summarize import summarize

    empty = [story for story in report.stories if not story.summary]
    by_id = {a.id: a for a in report.articles}
    unit = "bytes" if options.summary_bytes is not None else "words"
    budget = options.summary_bytes if unit == "bytes" else options.summary_words
    notes = []
    for story in empty[:MAX_NOTES_SHOWN]:
        articles = [by_id[i] for i in story.articles if i in by_id]
        unlimited = summarize(articles, replace(options, summary_words=UNLIMITED, summary_bytes=None))
        if not unlimited:
            notes.append(f"story {story.id} has no summary: {_why_none_stands_alone(articles)}")
            continue
        sizes = [len(s.text.encode("utf-8")) if unit == "bytes" else len(s.text.split()) for s in unlimited]
        notes.append(
            f"story {story.id} has no summary: no sentence fits in {budget} {unit} "
            f"(the shortest it would take has {min(sizes)})"
        )
    if len(empty) > MAX_NOTES_SHOWN:
        notes.append(f"... and {len(empty) - MAX_NOTES_SHOWN} more stories without a summary")
    return notes


def _why_none_stands_alone(articles: list[Article]) -> str:
    """Why no sentence of a story can stand alone in a summary: all too long to be one sentence
    (text without sentence punctuation, a transcript or a list run together), or headlines,
    captions and fragments."""
    from newsweave.readable import MAX_WORDS

    lengths = [len(s.text.split()) for a in articles if not a.duplicate_of for s in a.sentences]
    if lengths and min(lengths) > MAX_WORDS:
        return (
            f"every sentence of it has more than {MAX_WORDS} words, the most a summary sentence may have "
            "(text without sentence punctuation?)"
        )
    return "none of its sentences stands alone in one (headlines, captions, fragments)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsweave",
        description="What news sources agree on, where they differ, and what only one of them says.",
    )
    parser.add_argument("--version", action="version", version=f"newsweave {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or folders of articles: .txt, .html/.htm (also .gz), RSS/Atom, JSONL",
    )
    common.add_argument("-o", "--output", metavar="FILE", help="write the report here (default: stdout)")
    common.add_argument(
        "--meta",
        metavar="FILE",
        help="JSON object keyed by article id (file stem) with source, published, ...",
    )
    common.add_argument("--strict", action="store_true", help="exit with status 1 if there were warnings")
    common.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, notes or final summary line (warnings still shown)"
    )
    common.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="processes for reading, cleaning, per-article features, the entity recognizer and "
        "per-story work (default: one per core; 1: no extra process); the report is the same for any N",
    )
    common.add_argument(
        "--no-nlp",
        dest="nlp",
        action="store_false",
        help="skip entities, quotes, quantities, dates and the claim table (faster)",
    )

    analyze = commands.add_parser(
        "analyze",
        parents=[common],
        help="group articles into stories and describe each",
        description="Read, de-duplicate and cluster articles into stories; report "
        "claims, a cited summary, quotes, entities and a timeline for each.",
    )
    analyze.add_argument("--format", choices=["json", "md", "html"], default="json")
    size = analyze.add_mutually_exclusive_group()
    size.add_argument("--summary-words", type=_positive, metavar="N", help="summary length in words (default 120)")
    size.add_argument("--summary-bytes", type=_positive, metavar="N", help="summary length in bytes")
    analyze.add_argument(
        "--cluster-threshold",
        type=_share,
        metavar="X",
        help="similarity needed to join a story, between 0 and 1 (default: calibrated)",
    )
    analyze.add_argument(
        "--window-days",
        type=_days,
        metavar="D",
        help="an article joins only a story with an article within this many days of it (default 7)",
    )

    summarize = commands.add_parser(
        "summarize",
        parents=[common],
        help="treat all inputs as one story",
        description="Treat all inputs as one story (no clustering) and write the "
        "same report as analyze, with exactly one story.",
    )
    summarize.add_argument("--format", choices=["json", "md", "html", "text"], default="text")
    length = summarize.add_mutually_exclusive_group()
    length.add_argument("--words", "--summary-words", dest="summary_words", type=_positive, metavar="N")
    length.add_argument("--bytes", "--summary-bytes", dest="summary_bytes", type=_positive, metavar="N")
    return parser


def _options(args: argparse.Namespace) -> Options:
    changes: dict[str, object] = {"strict": args.strict, "nlp": args.nlp}
    if args.meta:
        changes["meta"] = load_meta(args.meta)
    if getattr(args, "summary_bytes", None):
        changes["summary_bytes"] = args.summary_bytes
    if getattr(args, "summary_words", None):
        changes["summary_words"] = args.summary_words
    if getattr(args, "cluster_threshold", None) is not None:
        changes["cluster_threshold"] = args.cluster_threshold
    if args.workers is not None:
        changes["workers"] = args.workers
    if getattr(args, "window_days", None) is not None:
        changes["cluster_window_days"] = args.window_days
    return Options(**changes)  # type: ignore[arg-type]


def _check_output(output: str | None) -> None:
    """Fail before any work when the report could not be written."""
    if not output:
        return
    path = Path(output)
    if path.is_dir():
        raise ValueError(f"output {output} is a folder; give a file name")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ValueError(f"cannot write the report to {output}: folder {parent} does not exist")
    if _special(path):
        if not os.access(path, os.W_OK):
            raise ValueError(f"cannot write the report to {output}: permission denied")
        return
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ValueError(f"cannot write the report to {output}: permission denied")


def _special(path: Path) -> bool:
    """Whether ``path`` is a pipe or a device (``-o /dev/stdout``), written to as it is."""
    return path.exists() and not path.is_file()


def _write(text: str, output: str | None) -> None:
    if not output:
        sys.stdout.write(text)
        return
    if _special(Path(output)):
        with open(output, "w", encoding="utf-8") as stream:
            stream.write(text)
        return
    path = Path(os.path.realpath(output))  # a symlink's target is the report, not the link
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # never leave a half-written report behind


def _one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped: a file name holding a
    newline must not write a line of its own to stderr."""
    return "".join(c if c >= " " else repr(c)[1:-1] for c in text)


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {value}")
    return n


def _number(value: str, ok: Callable[[float], bool], expected: str) -> float:
    """``value`` as a number for which ``ok`` holds (never nan), else argparse's usage error."""
    try:
        x = float(value)
    except ValueError:
        x = math.nan
    if math.isnan(x) or not ok(x):
        raise argparse.ArgumentTypeError(f"must be {expected}, not {value}")
    return x


def _share(value: str) -> float:
    return _number(value, lambda x: 0 <= x <= 1, "a number from 0 to 1")


def _days(value: str) -> float:
    return _number(value, lambda x: 0 < x < math.inf, "a positive number of days")


def _error(message: str) -> None:
    print(f"newsweave: error: {message}", file=sys.stderr)


class _Progress:
    """A rich progress bar on stderr for long runs; silent when stderr is not a terminal."""

    LABELS = {"read": "reading", "describe": "describing stories"}

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self._bar = None
        self._tasks: dict[str, int] = {}

    def __enter__(self) -> Callable[[str, int, int], None] | None:
        if not self.enabled:
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            transient=True,
        )
        self._bar.start()
        return self.update

    def update(self, stage: str, done: int, total: int) -> None:
        assert self._bar is not None
        if stage not in self._tasks:
            self._tasks[stage] = self._bar.add_task(self.LABELS.get(stage, stage), total=total)
        self._bar.update(self._tasks[stage], completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


if __name__ == "__main__":
    sys.exit(main())
