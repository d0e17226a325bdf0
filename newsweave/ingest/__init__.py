"""Reading: files and folders in, ``RawArticle`` objects (or one warning per bad input) out.

Formats are sniffed by content (``sniff.py``): plain text, HTML pages (trafilatura), RSS/Atom
feeds (feedparser), JSONL and JSON; any of them may be gzip'd. A bad input never stops a batch:
it becomes an ``InputWarning`` with one specific message, and reading goes on.

Public functions:

- ``list_inputs(paths)``: the files to read, folders expanded (sorted, sidecars and hidden
  files left out); raises ``InputNotFound`` for a missing path before anything is read.
- ``read_file(path, options)``: the raw articles of one file, and warnings.
- ``iter_inputs(paths, options)``: both of the above.
- ``read_articles(paths, options, progress=None)``: read and clean everything, with unique ids.
- ``raw_from_text(text, **fields)``: an in-memory article for the Python API.

>>> from newsweave.ingest import raw_from_text
>>> from newsweave.clean import clean
>>> from newsweave.options import Options
>>> article = clean(raw_from_text("WASHINGTON (AP) — The Senate voted on Tuesday.", id="a1"), Options())
>>> article.source, article.dateline.place, article.sentences[0].text
('Associated Press', 'WASHINGTON', 'The Senate voted on Tuesday.')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from newsweave import parallel
from newsweave.errors import InputNotFound
from newsweave.ingest.feeds import read_feed
from newsweave.ingest.fields import apply_fields, clean_id
from newsweave.ingest.html import NoArticleText, extract_page
from newsweave.ingest.jsonl import read_json, read_jsonl
from newsweave.ingest.sniff import BadInput, decode, sniff
from newsweave.ingest.text import SIDECAR_SUFFIX, apply_sidecar, file_stem
from newsweave.model import Article, InputWarning, RawArticle
from newsweave.options import Options

__all__ = ["iter_inputs", "list_inputs", "raw_from_text", "read_articles", "read_file"]

MIN_PARALLEL_FILES = 64
"""Fewer files are read in-process: an HTML page takes about 24 ms (trafilatura), a text file a
fraction of a millisecond, and a pool costs some 25 ms to start when forked, seconds when not."""


def list_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """The files to read: files as given, folders expanded recursively in sorted order.

    Sidecars (``*.meta.json``) are metadata, not articles, and are left out; so are hidden files
    and folders met while expanding a folder. Every path is checked before anything is read.

    Raises ``InputNotFound`` naming the first path that does not exist.
    """
    given = [Path(p) for p in paths]
    for path in given:
        if not path.exists():
            raise InputNotFound(f"input path {path} does not exist; check the spelling or the working folder")
    out: list[Path] = []
    seen: set[Path] = set()
    for path in given:
        if path.is_dir():
            found = (p for p in sorted(path.rglob("*")) if p.is_file() and not _hidden(p.relative_to(path)))
        else:
            found = iter([path])
        for p in found:
            if p.name.endswith(SIDECAR_SUFFIX) or p in seen:
                continue
            seen.add(p)
            out.append(p)
    return out


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def read_file(path: Path, options: Options) -> Iterator[RawArticle | InputWarning]:
    """The raw articles in one file (a feed or JSONL file holds many), and warnings.

    Never raises on bad content: an unreadable, binary, empty, oversized or malformed input
    gives one ``InputWarning`` saying what was wrong, and the rest of the file (other JSONL
    lines, other feed entries) still yields articles.
    """
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > options.max_input_bytes:
            yield InputWarning(
                name,
                f"file has {size:,} bytes, more than max_input_bytes ({options.max_input_bytes:,}); skipped",
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputWarning(name, f"file cannot be read ({exc.strerror or exc}); skipped")
        return
    try:
        decoded = decode(data, options.max_input_bytes)
    except BadInput as exc:
        yield InputWarning(name, str(exc))
        return
    if decoded.warning:
        yield InputWarning(name, decoded.warning)
    suffix = (
        path.suffixes[-2].lower()
        if path.name.lower().endswith(".gz") and len(path.suffixes) > 1
        else path.suffix.lower()
    )
    kind = sniff(decoded.text, suffix)

    items: Iterable[RawArticle | InputWarning]
    if kind == "feed":
        items = read_feed(decoded.data, name)
    elif kind == "jsonl":
        items = read_jsonl(decoded.text, name)
    elif kind == "json":
        items = read_json(decoded.text, name)
    else:
        single = _single_article(decoded.text, kind, path)
        if isinstance(single, InputWarning):
            yield single
            return
        problem = apply_sidecar(single, path)
        if problem:
            yield InputWarning(name, problem)
        items = [single]

    for item in items:
        if isinstance(item, InputWarning):
            yield item
            continue
        _apply_meta(item, options.meta, path)
        warning = _truncate(item, options.max_article_chars)
        if warning:
            yield warning
        yield item


def _single_article(text: str, kind: str, path: Path) -> RawArticle | InputWarning:
    """The one article of a plain-text file or an HTML page; its id is the file stem."""
    name = str(path)
    if kind == "html":
        try:
            page = extract_page(text)
        except NoArticleText as exc:
            return InputWarning(name, str(exc))
        return RawArticle(
            input=name,
            text=page.text,
            id=file_stem(path),
            title=page.title,
            source=page.source,
            url=page.url,
            published=page.published,
            authors=page.authors,
            language=page.language,
        )
    return RawArticle(input=name, text=text, id=file_stem(path))


def _apply_meta(raw: RawArticle, meta: dict[str, dict[str, Any]], path: Path) -> None:
    """``--meta`` entries, keyed by article id (or by file stem), override everything else."""
    if not meta:
        return
    entry = meta.get(raw.id or "") or meta.get(file_stem(path))
    if isinstance(entry, dict):
        keep_id = raw.id
        apply_fields(raw, entry, override=True)
        raw.id = keep_id if "id" not in entry else raw.id


def _truncate(raw: RawArticle, limit: int) -> InputWarning | None:
    """Cut an over-long body at a word boundary before ``limit`` characters, with a warning."""
    if len(raw.text) <= limit:
        return None
    size = len(raw.text)
    cut = raw.text.rfind(" ", 0, limit)
    raw.text = raw.text[: cut if cut > limit // 2 else limit]
    return InputWarning(
        raw.input,
        f"article {raw.id} has {size:,} characters, more than max_article_chars ({limit:,}); truncated",
    )


def iter_inputs(paths: Iterable[str | Path], options: Options) -> Iterator[RawArticle | InputWarning]:
    """Every raw article (and warning) in ``paths``: ``list_inputs`` then ``read_file`` on each."""
    for path in list_inputs(paths):
        yield from read_file(path, options)


def read_articles(
    paths: Iterable[str | Path], options: Options, progress: Callable[[int], None] | None = None
) -> tuple[list[Article], list[InputWarning]]:
    """Read and clean every input: cleaned articles with unique ids, and the warnings.

    Files are read, then their articles cleaned, each step on ``options.workers`` processes when
    there is enough work (``newsweave.parallel``); articles and warnings keep the input order
    either way. An id used twice (two JSONL files numbering their lines from 1) keeps its first
    owner; the later article gets ``-2`` (``-3``...) appended and a warning. ``progress(n)`` is
    called as files are read, with the number of files read so far.
    """
    from newsweave.clean import clean_many  # clean imports ingest.fields; imported here to avoid a cycle

    files = list_inputs(paths)
    items: list[RawArticle | InputWarning] = []
    read_chunks = parallel.imap_chunks(
        partial(_read_files, options=options), files, options.workers, min_items=MIN_PARALLEL_FILES
    )
    done = 0
    for chunk in read_chunks:
        for found in chunk:
            items += found
            done += 1
            if progress is not None:
                progress(done)
    cleaned = iter(clean_many([item for item in items if isinstance(item, RawArticle)], options))

    articles: list[Article] = []
    warnings: list[InputWarning] = []
    taken: set[str] = set()
    for item in items:
        if isinstance(item, InputWarning):
            warnings.append(item)
            continue
        article = next(cleaned)
        if isinstance(article, InputWarning):
            warnings.append(article)
            continue
        if article.id in taken:
            new_id = _free_id(article.id, taken)
            warnings.append(
                InputWarning(
                    item.input,
                    f"article id {article.id} is already used by an earlier article; renamed {new_id}",
                )
            )
            _rename(article, new_id)
        taken.add(article.id)
        articles.append(article)
    return articles, warnings


def _read_files(paths: list[Path], options: Options) -> list[list[RawArticle | InputWarning]]:
    """What ``read_file`` gives for each of ``paths`` (one list per file)."""
    return [list(read_file(path, options)) for path in paths]


def _free_id(article_id: str, taken: set[str]) -> str:
    n = 2
    while f"{article_id}-{n}" in taken:
        n += 1
    return f"{article_id}-{n}"


def _rename(article: Article, new_id: str) -> None:
    from newsweave.model import sentence_id

    article.id = new_id
    for index, sentence in enumerate(article.sentences):
        sentence.id = sentence_id(new_id, index)


def raw_from_text(text: str, **fields: Any) -> RawArticle:
    """An in-memory article for the Python API, with any metadata fields by their usual names.

    ``fields`` may be ``id``, ``title``, ``source``, ``url``, ``published``, ``authors``,
    ``language``, ``dateline``, ``input`` (a label for warnings), or an alias such as ``date``.
    Without an id, ``clean`` gives the article a short hash of its text.

    >>> raw = raw_from_text("Body.", id="my story", source="Reuters", date="2016-11-03")
    >>> raw.id, raw.source, raw.published
    ('my_story', 'Reuters', '2016-11-03')
    """
    raw = RawArticle(input=str(fields.pop("input", "<text>")), text=text)
    apply_fields(raw, fields, override=True)
    if raw.id is not None:
        raw.id = clean_id(raw.id)
    return raw
