"""RSS and Atom feed files: one article per entry (feedparser).

Internal to ``newsweave.ingest``. An entry's body is its full content when the feed carries it,
else its summary; both are HTML fragments turned into text. Feed files are parsed, never fetched:
feedparser gets the bytes, so a file's text can never be taken for a URL or a path.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsweave.ingest.fields import authors_value, content_id, text_value, unread_date
from newsweave.ingest.html import fragment_text
from newsweave.model import InputWarning, RawArticle


def read_feed(data: bytes, input_name: str) -> Iterator[RawArticle | InputWarning]:
    """Articles of a feed file; a malformed feed with no entries gives one warning."""
    import feedparser  # loaded on first feed input

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            yield InputWarning(
                input_name, f"feed is malformed and has no entries ({_short(reason)}); skipped"
            )
        else:
            yield InputWarning(input_name, "feed has no entries; skipped")
        return
    problem = parsed.get("bozo_exception")
    # An encoding override (declared us-ascii, parsed as utf-8) is harmless: no warning for it.
    if parsed.get("bozo") and not isinstance(problem, feedparser.CharacterEncodingOverride):
        yield InputWarning(
            input_name, f"feed is not well-formed ({_short(problem)}); read its {len(entries)} entries anyway"
        )
    channel = parsed.get("feed") or {}
    feed_source = text_value(channel.get("title"))
    language = text_value(channel.get("language"))
    for number, entry in enumerate(entries, 1):
        html = _entry_html(entry)
        title = entry.get("title")
        if isinstance(title, str) and "html" in str((entry.get("title_detail") or {}).get("type", "")):
            title = fragment_text(title)  # an Atom title of type="html": "<b>Bold</b> headline &amp; more"
        title = text_value(title)
        text = fragment_text(html) if html else ""
        if not text and not title:
            yield InputWarning(input_name, f"feed entry {number} has no content, summary or title; skipped")
            continue
        link = text_value(entry.get("link"))
        source = entry.get("source") or {}
        published = text_value(entry.get("published") or entry.get("updated") or entry.get("created"))
        if note := unread_date(published):
            yield InputWarning(input_name, f"feed entry {number}: {note}")
        yield RawArticle(
            input=input_name,
            text=text or title or "",
            # Feed guids are usually long URLs; a hash of the link (or content) is shorter and stable.
            id=content_id(link or text_value(entry.get("id")) or (title or "") + text),
            title=title,
            source=text_value(source.get("title"))
            if isinstance(source, dict) and source.get("title")
            else feed_source,
            url=link,
            published=published,
            authors=authors_value(entry.get("authors") or entry.get("author")),
            language=language,
            section=_category(entry),
        )


def _category(entry: Any) -> str | None:
    """An entry's first category (RSS ``<category>``, Atom ``<category term=...>``)."""
    for tag in entry.get("tags") or []:
        term = text_value(tag.get("term") or tag.get("label")) if isinstance(tag, dict) else None
        if term:
            return term
    return None


def _entry_html(entry: Any) -> str:
    """The richest body an entry has: full content, else summary."""
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if value and value.strip():
            return value
    return entry.get("summary") or entry.get("description") or ""


def _short(exc: object) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
