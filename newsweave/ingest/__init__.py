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

import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from newsweave import parallel
from newsweave.errors import InputNotFound
from newsweave.ingest.feeds import read_feed
from newsweave.ingest.fields import apply_fields, clean_id, without_surrogates
from newsweave.ingest.html import NoArticleText, extract_page
from newsweave.ingest.jsonl import read_json, read_jsonl
from newsweave.ingest.sniff import PLAIN_SUFFIXES, BadInput, decode, object_lines, sniff
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
            found = iter(_files_under(path))
        else:
            found = iter([path])
        for p in found:
            if p.name.endswith(SIDECAR_SUFFIX) or p in seen:
                continue
            seen.add(p)
            out.append(p)
    return out


def _files_under(path: Path) -> list[Path]:
    """The files under a folder, sorted, in one walk that does not enter hidden folders or
    follow links to folders; a folder that cannot be listed (which a walk passes over in
    silence) is among them, so that reading it gives a warning."""
    unreadable: list[Path] = []
    found: list[Path] = []
    for folder, subfolders, names in os.walk(path, onerror=lambda exc: unreadable.append(Path(exc.filename))):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found += (
            file for name in names if not name.startswith(".") and (file := Path(folder, name)).is_file()
        )
    return sorted(found + unreadable)


def read_file(path: Path, options: Options) -> Iterator[RawArticle | InputWarning]:
    """The raw articles in one file (a feed or JSONL file holds many), and warnings.

    Never raises on bad content: an unreadable, binary, empty, oversized or malformed input
    gives one ``InputWarning`` saying what was wrong, and the rest of the file (other JSONL
    lines, other feed entries) still yields articles. A pipe or device (``<(zcat x.gz)``) is
    read like a file, up to ``max_input_bytes``.
    """
    path = Path(path)
    name = without_surrogates(str(path))  # a file name with bytes that are not UTF-8
    if name != str(path):
        yield InputWarning(name, "file name has bytes that are not UTF-8; each shows as U+FFFD in ids and the report")
    try:
        yield from _read_file(path, name, options)
    except Exception as exc:  # noqa: BLE001 - whatever one input does, the batch goes on
        yield InputWarning(name, f"file could not be read to the end ({type(exc).__name__}: {exc}); the rest skipped")


def _read_file(path: Path, name: str, options: Options) -> Iterator[RawArticle | InputWarning]:
    if path.is_dir():  # listed by list_inputs only when it cannot be read
        if os.access(path, os.R_OK | os.X_OK):
            yield InputWarning(name, "is a folder: read_articles and iter_inputs read its files; skipped")
        else:
            yield InputWarning(name, "folder cannot be read (permission denied); its files were skipped")
        return
    try:
        info = path.stat()
        if info.st_size > options.max_input_bytes:
            yield InputWarning(name, f"file has {info.st_size:,} bytes, {_too_big(options)}")
            return
        if stat.S_ISREG(info.st_mode):
            data = path.read_bytes()
        else:  # a pipe or device says nothing of its size until read
            with path.open("rb") as stream:
                data = stream.read(options.max_input_bytes + 1)
            if len(data) > options.max_input_bytes:
                yield InputWarning(name, f"input gives more than {_too_big(options)}")
                return
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
    head = _HTTP_HEAD.match(decoded.text)
    if head:  # saved with its response headers ("curl -i")
        decoded.text = decoded.text[head.end() :]
    kind = sniff(decoded.text, suffix)

    items: Iterable[RawArticle | InputWarning] = ()
    if kind in ("jsonl", "json"):
        items = list((read_jsonl if kind == "jsonl" else read_json)(decoded.text, name))
        if kind == "json" and not any(isinstance(item, RawArticle) for item in items) and object_lines(decoded.text):
            items = list(read_jsonl(decoded.text, name))  # '[1,2]' or '"hello"', then a line per article
        if suffix in PLAIN_SUFFIXES and not any(isinstance(item, RawArticle) for item in items):
            yield InputWarning(name, "file starts like JSON but is none; read as plain text")
            kind = "text"
    if kind == "feed":
        items = read_feed(decoded.data, name)
    elif kind not in ("jsonl", "json"):
        single = _single_article(decoded.text, kind, path, name)
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
        _apply_meta(item, options.meta, path, by_stem=kind not in ("jsonl", "json", "feed"))
        warning = _truncate(item, options.max_article_chars)
        if warning:
            yield warning
        yield item


_HTTP_HEAD = re.compile(r"HTTP/[\d.]+ \d{3}[^\n]*\n(?:[\w-]+:[^\n]*\n)*\r?\n")
"""An HTTP status line and headers, then a blank line: a page saved with ``curl -i``."""


def _too_big(options: Options) -> str:
    return f"more than max_input_bytes ({options.max_input_bytes:,}); skipped"


def _single_article(text: str, kind: str, path: Path, name: str) -> RawArticle | InputWarning:
    """The one article of a plain-text file or an HTML page (``name``: the file's, as warnings
    give it); its id is the file stem."""
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
            section=page.section,
        )
    return RawArticle(input=name, text=text, id=file_stem(path))


def _apply_meta(raw: RawArticle, meta: dict[str, dict[str, Any]], path: Path, by_stem: bool) -> None:
    """``--meta`` entries, keyed by article id (or by file stem, for a file of one article),
    override everything else. A JSONL file's or a feed's articles are found by their ids only:
    an entry under the file's name would give every line of it the same metadata and id."""
    if not meta:
        return
    entry = meta.get(raw.id or "") or (meta.get(file_stem(path)) if by_stem else None)
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
    unmatched = _unmatched_meta(options.meta, [item for item in items if isinstance(item, RawArticle)])

    articles: list[Article] = []
    warnings: list[InputWarning] = []
    taken: set[str] = set()
    tried: dict[str, int] = {}
    for item in items:
        if isinstance(item, InputWarning):
            warnings.append(item)
            continue
        article = next(cleaned)
        if isinstance(article, InputWarning):
            warnings.append(article)
            continue
        if article.id in taken:
            new_id = _free_id(article.id, taken, tried)
            warnings.append(
                InputWarning(
                    item.input,
                    f"article id {article.id} is already used by an earlier article; renamed {new_id}",
                )
            )
            _rename(article, new_id)
        taken.add(article.id)
        articles.append(article)
    if unmatched:
        shown = ", ".join(unmatched[:MAX_SHOWN_KEYS]) + (", ..." if len(unmatched) > MAX_SHOWN_KEYS else "")
        warnings.append(
            InputWarning(
                "--meta",
                f"{len(unmatched)} of {len(options.meta)} entries name no article read (by its id, or by "
                f"the name of a file of one article); their fields were not used: {shown}",
            )
        )
    return articles, warnings


MAX_SHOWN_KEYS = 5


def _unmatched_meta(meta: dict[str, dict[str, Any]], raws: list[RawArticle]) -> list[str]:
    """The ``--meta`` keys that name no article read: a misspelt id, or the name of a file of
    many articles (found by their ids only), would otherwise go unseen. An id the entry itself
    gives and the stem of a file that gave one article count as found."""
    if not meta:
        return []
    found = {raw.id for raw in raws}
    per_input = Counter(raw.input for raw in raws)
    found.update(file_stem(Path(raw.input)) for raw in raws if per_input[raw.input] == 1)
    renamed = {key for key, entry in meta.items() if isinstance(entry, dict) and entry.get("id") in found}
    return [key for key in meta if key not in found and key not in renamed]


def _read_files(paths: list[Path], options: Options) -> list[list[RawArticle | InputWarning]]:
    """What ``read_file`` gives for each of ``paths`` (one list per file)."""
    return [list(read_file(path, options)) for path in paths]


def _free_id(article_id: str, taken: set[str], tried: dict[str, int]) -> str:
    """The first of ``id-2``, ``id-3``... not taken; ``tried`` remembers where each id's search
    stopped, so that 20,000 lines with one id do not try 200 million names."""
    n = tried.get(article_id, 2)
    while f"{article_id}-{n}" in taken:
        n += 1
    tried[article_id] = n + 1
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
