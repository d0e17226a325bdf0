"""JSONL files (one article per line) and JSON files (one article object, or an array of them).

Internal to ``newsweave.ingest``. Each object gives ``text`` or ``html`` (or only a ``title``:
headline-only corpora exist, and then the headline is the body), and optionally ``id``,
``title``, ``source``, ``url``, ``published``, ``authors`` under the names in
``fields.ALIASES``. A broken line is one warning naming its line number; the others still count.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsweave.ingest.fields import (
    FALLBACK_TEXT,
    apply_fields,
    content_id,
    has_surrogates,
    pick,
    text_value,
    unread_date,
)
from newsweave.ingest.html import NoArticleText, extract_page, fragment_text
from newsweave.model import InputWarning, RawArticle


def read_jsonl(text: str, input_name: str) -> Iterator[RawArticle | InputWarning]:
    """Articles of a JSONL text, one per non-blank line."""
    # split at newlines only: str.splitlines would also cut at U+2028 or U+0085 inside a string
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputWarning(input_name, f"line {number} is not valid JSON ({json_error(exc)}); line skipped")
            continue
        except RecursionError:
            yield InputWarning(input_name, f"line {number} is JSON nested too deeply to read; line skipped")
            continue
        yield from _one(obj, input_name, f"line {number}")


def read_json(text: str, input_name: str) -> Iterator[RawArticle | InputWarning]:
    """Articles of a JSON text: one object, or an array of objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputWarning(input_name, f"file is not valid JSON ({json_error(exc)}); skipped")
        return
    except RecursionError:
        yield InputWarning(input_name, "file is JSON nested too deeply to read; skipped")
        return
    items: Iterable[Any] = data if isinstance(data, list) else [data]
    many = isinstance(data, list)
    for number, obj in enumerate(items, 1):
        yield from _one(obj, input_name, f"item {number}" if many else "the JSON object")


def json_error(exc: json.JSONDecodeError) -> str:
    """Where and what a JSON syntax error is: "Unterminated string starting at line 1, column 9"
    (the decoder's own message ends with "at")."""
    return f"{exc.msg.removesuffix(' at')} at line {exc.lineno}, column {exc.colno}"


def _one(obj: Any, input_name: str, where: str) -> Iterator[RawArticle | InputWarning]:
    if not isinstance(obj, dict):
        yield InputWarning(input_name, f"{where} is not a JSON object; skipped")
        return
    given = pick(obj, "text")
    if not _is_text(given):
        yield InputWarning(input_name, f"{where}: its text is {_kind(given)}, not a string; skipped")
        return
    text = text_value_multiline(given)
    html = pick(obj, "html")
    raw = RawArticle(input=input_name, text="")
    if not text and isinstance(html, str) and html.strip():
        if "<html" in html[:2000].lower() or "<body" in html[:4000].lower():
            try:
                page = extract_page(html, text_value(pick(obj, "url")))
            except NoArticleText as exc:
                yield InputWarning(input_name, f"{where}: {exc}")
                return
            text = page.text
            raw.title, raw.authors, raw.published = page.title, page.authors, page.published
            raw.source, raw.url, raw.language, raw.section = page.source, page.url, page.language, page.section
        else:
            text = fragment_text(html)
    if not text:
        text = next((text_value_multiline(obj.get(k)) for k in FALLBACK_TEXT if obj.get(k)), None)
    apply_fields(raw, obj, override=True)
    if not text and raw.title:
        text = raw.title  # a headline-only record: the headline is the body
    if not text:
        yield InputWarning(input_name, f"{where} has no text, html or title; skipped")
        return
    raw.text = text
    if raw.id is None:
        raw.id = content_id(raw.url, raw.title, text[:2000])
    if has_surrogates(raw):
        # a "\\ud800" escape with no pair is no character: cleaning writes U+FFFD in its place
        yield InputWarning(input_name, f"{where}: lone surrogate escapes (\\ud800-\\udfff) replaced by U+FFFD")
    if note := unread_date(raw.published):
        yield InputWarning(input_name, f"{where}: {note}")
    yield raw


def _is_text(value: Any) -> bool:
    """A string, a list with strings (paragraphs; other items are left out), or nothing at all."""
    if isinstance(value, list):
        return any(isinstance(v, str) for v in value)
    return value is None or isinstance(value, str)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    return "an object" if isinstance(value, dict) else "a list with no string"


def text_value_multiline(value: Any) -> str | None:
    """A body text value, keeping its line breaks (they carry the paragraph layout)."""
    if value is None:
        return None
    if isinstance(value, list):
        value = "\n\n".join(v for v in value if isinstance(v, str) and v)
    text = str(value)
    return text if text.strip() else None
