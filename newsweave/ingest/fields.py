"""Metadata fields: the names inputs use for them, and turning their values into typed ones.

Internal to ``newsweave.ingest`` and ``newsweave.clean``.

One JSON object (a JSONL line, a sidecar ``x.meta.json``, an entry of ``--meta FILE``) may name a
field in several ways; the first alias present wins, in the order listed in ``ALIASES``.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from newsweave.model import RawArticle
from newsweave.patterns import BYLINE_ROLES

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "docid", "guid", "uuid"),
    "text": ("text", "body", "content", "articleBody", "article", "maintext", "full_text"),
    "html": ("html", "raw_html", "content_html"),
    "title": ("title", "headline"),
    "source": ("source", "publisher", "site_name", "sitename", "outlet", "source_name", "hostname", "domain"),
    "url": ("url", "link", "source_url", "canonical_url"),
    "published": (
        "published",
        "date",
        "date_publish",
        "pubdate",
        "publication_date",
        "published_at",
        "datetime",
        "timestamp",
        "date_ms",
        "time",
    ),
    "authors": ("authors", "author", "byline", "creator"),
    "language": ("language", "lang"),
    "dateline": ("dateline",),
    "section": ("section", "category", "articleSection", "article_section"),
}
"""Our field -> the keys inputs use for it (Reuters-21578, BASIL and UCI use date/source/title;
UCI gives ``date_ms``; PolNeAR gives ``author``)."""

FALLBACK_TEXT = ("description", "summary", "abstract")
"""Used as the body only when no text or HTML is given (headline-plus-lead corpora)."""

_WS = re.compile(r"\s+")
_LEADING_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_WIRE_DATE = re.compile(r"^(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?")
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_NOT_NAMES = frozenset({"none", "null", "nan", "unknown", "n/a"})
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|&|\band\b)\s*")


def pick(obj: dict[str, Any], field: str) -> Any:
    """The value of ``field`` in ``obj`` under its first alias that holds something."""
    for key in ALIASES[field]:
        value = obj.get(key)
        if value not in (None, "", []):
            if key == "date_ms" and isinstance(value, (int, float)) and not isinstance(value, bool):
                try:
                    return datetime.fromtimestamp(value / 1000, tz=UTC).isoformat()
                except (OverflowError, OSError, ValueError):  # 1e20, NaN
                    return None
            return value
    return None


def text_value(value: Any) -> str | None:
    """A metadata value as one line of text; objects such as ``{"name": ...}`` give their name."""
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("href")
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if value is None:
        return None
    out = " ".join(str(value).split())
    return out or None


def authors_value(value: Any) -> list[str]:
    """Authors from a list, a list of ``{"name": ...}`` or a string "A and B; C"."""
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else [value]
    out: list[str] = []
    for item in items:
        name = text_value(item)
        if not name:
            continue
        if name.lower().startswith("by "):
            name = name[3:]
        for part in _AUTHOR_SPLIT.split(name):
            pieces = [p.strip() for p in part.split(",") if p.strip()]
            people = without_roles(pieces)
            if len(people) < len(pieces):  # "TOM KRISHER, AP Auto Writer": a role, no second author
                names = people
            elif len(pieces) > 1 and all(" " in p for p in pieces):
                names = pieces  # "Kevin Johnson, Natalie DiBlasio" is two people; "Smith, John" is one
            else:
                names = [part.strip(" ,")]
            for one in names:
                if one and one.lower() not in _NOT_NAMES and one not in out:
                    out.append(one)
    return out


_ROLE_WORD = re.compile(r"[A-Za-z]+")


def without_roles(parts: list[str]) -> list[str]:
    """A byline's parts without those that name a role ("AP Auto Writer", "Staff writer", "CNN
    Editor-at-large"), when a part that names none is left: a credit alone ("Practical Horseman
    Editorial Staff") stays the page's author."""
    people = [p for p in parts if not any(w.lower() in BYLINE_ROLES for w in _ROLE_WORD.findall(p))]
    return people if people else parts


_TITLE_PARTS = re.compile(r"\s*[|»]\s*|:\s+|\s+[-–—·]+\s+")
_KEY = re.compile(r"[\W_]+")
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or"})
MIN_TITLE_WORDS = 3
"""A title left with fewer words after its site's name is cut keeps it ("CNN - Politics")."""


def title_without_site(title: str, source: str | None, url: str | None) -> str:
    """A page's title without its site's name at the end or the start ("... – TechCrunch", "...
    | MoreBikes", "LinkNaija | Nigeria's popular news platform: ..."). The name is the article's
    source, or the registered name of its URL's host (inexhibit.com's "| Inexhibit"). Of the 181
    pages of the HTML benchmark, 34 titles carry one; "Opinion | ..." and "... | Editorial" are
    labels, not sites, and stay."""
    names = {_KEY.sub("", source).lower()} if source else set()
    host = urlsplit(url).hostname if url else None
    if host:
        labels = host.lower().split(".")
        second = len(labels) > 2 and labels[-2] in _SECOND_LEVEL  # bbc.co.uk, abc.net.au
        names.add(labels[-3] if second else labels[-2] if len(labels) > 1 else labels[0])
    names.discard("")
    cuts = [title]
    for sep in _TITLE_PARTS.finditer(title):  # every separator: a name can hold one of its own
        before, after = title[: sep.start()], title[sep.end() :]
        cuts += [kept for kept, cut in ((before, after), (after, before)) if _KEY.sub("", cut).lower() in names]
    return min((c for c in cuts if len(c.split()) >= MIN_TITLE_WORDS), key=len, default=title)


def published_value(value: Any) -> str | None:
    """A publication moment as text (numbers are epoch seconds, or milliseconds when huge)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return text_value(value)


def apply_fields(raw: RawArticle, obj: dict[str, Any], *, override: bool) -> None:
    """Copy the metadata in ``obj`` onto ``raw``; ``override`` replaces values already set."""
    for field, convert in (
        ("title", text_value),
        ("source", text_value),
        ("url", text_value),
        ("published", published_value),
        ("language", text_value),
        ("dateline", text_value),
        ("section", text_value),
    ):
        value = convert(pick(obj, field))
        if value is not None and (override or getattr(raw, field) is None):
            setattr(raw, field, value)
    authors = authors_value(pick(obj, "authors"))
    if authors and (override or not raw.authors):
        raw.authors = authors
    article_id = pick(obj, "id")
    if isinstance(article_id, bool) or not isinstance(article_id, (str, int)):
        article_id = None  # an id that is a list or an object is no id
    if article_id is not None and (override or raw.id is None):
        raw.id = clean_id(str(article_id))


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(value: str) -> str:
    """``value`` with lone surrogates (a JSON "\\ud800" escape; an undecodable byte of a file
    name, which Python keeps as one) replaced by U+FFFD: they cannot be written as UTF-8, so a
    report holding one could not be written at all."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


_TEXT_FIELDS = ("input", "text", "id", "title", "source", "url", "published", "language", "dateline", "section")


def without_surrogates_in(raw: RawArticle) -> None:
    """``without_surrogates`` on every text field of ``raw``."""
    for name in _TEXT_FIELDS:
        value = getattr(raw, name)
        if value:
            setattr(raw, name, without_surrogates(value))
    raw.authors = [without_surrogates(a) for a in raw.authors]


def has_surrogates(raw: RawArticle) -> bool:
    """Whether a text field of ``raw`` holds a lone surrogate (``without_surrogates`` will replace
    it, and the reader says so)."""
    values = [getattr(raw, name) for name in _TEXT_FIELDS] + raw.authors
    return any(_SURROGATE.search(v) for v in values if isinstance(v, str))


def clean_id(value: str) -> str:
    """An article id without whitespace (ids appear in sentence ids and on command lines)."""
    return _WS.sub("_", value.strip())


def content_id(*parts: str | None) -> str:
    """A short, stable id from content: the same text gives the same id in every run."""
    digest = hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8", "replace")).hexdigest()
    return digest[:12]


_STRPTIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y/%m/%d",
    "%d/%m/%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
)


FIRST_YEAR, LAST_YEAR = 1800, 2200
"""A publication moment outside these years is a placeholder ("0001-01-01T00:00:00Z" in many
exports), not a date: the article is read as undated."""


def parse_moment(value: str) -> datetime | None:
    """A publication moment from text, or None when it cannot be read or is no real date
    (``FIRST_YEAR``, ``LAST_YEAR``).

    Fast paths first (ISO 8601, RFC 822 as in feeds, a few fixed formats), because a corpus
    passes through here once per article; ``dateparser`` (slow, but reads almost anything) last.
    A date without a time of day gives a naive datetime at midnight; an offset stays aware.

    >>> parse_moment("2016-11-03")
    datetime.datetime(2016, 11, 3, 0, 0)
    >>> parse_moment("26-FEB-1987 15:01:01.79")
    datetime.datetime(1987, 2, 26, 15, 1, 1, 790000)
    >>> parse_moment("0001-01-01T00:00:00Z") is None
    True
    >>> parse_moment("January 2011") is None  # no day to date the article by
    True
    """
    moment = _parse_moment(value)
    return moment if moment is not None and FIRST_YEAR <= moment.year <= LAST_YEAR else None


def unread_date(value: str | None) -> str | None:
    """What a reader warns about a publication date given that ``parse_moment`` cannot read, or
    None when there is none or it reads: the article goes on undated, so its "Thursday" stays
    unresolved instead of being placed against a day made up.

    >>> unread_date("November 2016")
    "its date 'November 2016' names no day newsweave can read (a month or a year alone?); it is undated"
    """
    if not value or not value.strip() or _parse_moment(value) is not None:
        return None  # read, or a placeholder outside the years of real dates, as many exports hold
    shown = value if len(value) <= 60 else value[:57] + "..."
    return f"its date {shown!r} names no day newsweave can read (a month or a year alone?); it is undated"


@lru_cache(maxsize=4096)
def _parse_moment(value: str) -> datetime | None:
    """``parse_moment`` before the check of its years, cached: a reader asks it of a date given
    (``unread_date``) and cleaning asks it again."""
    text = value.strip()
    if not text or len(text) > 100:
        return None
    wire = _WIRE_DATE.match(text)
    if wire:  # Reuters-21578 "26-FEB-1987 15:01:01.79" (sometimes followed by junk): 20x faster than strptime
        day, month, year, hour, minute, second, fraction = wire.groups()
        number = _MONTHS.get(month.lower())
        if number:
            try:
                return datetime(
                    int(year),
                    number,
                    int(day),
                    int(hour),
                    int(minute),
                    int(second),
                    int((fraction or "0")[:6].ljust(6, "0")),
                )
            except ValueError:
                pass
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    if "," in text[:5]:
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            pass
    for fmt in _STRPTIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    lead = _LEADING_DATE.match(text)
    if lead and lead.group(0) != text:
        return _parse_moment(lead.group(0))  # an ISO date followed by junk
    if not _YEAR.search(text):
        return None  # "yesterday", "10 minutes ago": relative to a moment we do not know
    import dateparser  # imported late: it takes a second to load and most inputs never need it

    parsed = dateparser.parse(
        text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]}
    )  # a month or a year alone ("Published: January 2011") is no day: a first of the month made up
    # would place the article's "Thursday" up to a month away
    if parsed is None:
        return None
    if parsed.tzinfo is None and parsed.hour == parsed.minute == parsed.second == 0:
        return parsed.replace(microsecond=0)
    return parsed
