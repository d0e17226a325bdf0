"""Bytes to text, and which reader a text needs: judged by content, not only by the file name.

Internal to ``newsweave.ingest``. An RSS file named ``.txt``, an HTML page without extension and
JSONL named ``.json`` all happen in real folders of downloaded news.
"""

from __future__ import annotations

import codecs
import json
import re
import zlib
from dataclasses import dataclass
from typing import Any, Literal

Format = Literal["html", "feed", "jsonl", "json", "text"]

GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 8192
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset=["']?([\w.:-]{2,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,100}?encoding=["']([\w.:-]{2,40})["']""")
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main)\b", re.IGNORECASE
)


class BadInput(Exception):
    """An input that cannot be read at all; the message is the user's warning."""


@dataclass(slots=True)
class Decoded:
    text: str
    data: bytes
    """The (decompressed) bytes, for readers that decode by themselves (feeds declare an encoding)."""
    warning: str | None = None


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing to grow past ``limit`` bytes (a gzip bomb is tiny on disk)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise BadInput(f"file is not valid gzip data ({exc}); skipped") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise BadInput(f"file decompresses to more than {limit:,} bytes (max_input_bytes); skipped")
    return out


def decode(data: bytes, limit: int) -> Decoded:
    """Text from file bytes: gunzip if needed, refuse binary, UTF-8 first, then a detected encoding.

    Raises ``BadInput`` for data that is not text at all.
    """
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, limit)
    if not data.strip():
        raise BadInput("file is empty; skipped")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"), data)
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise BadInput("file is binary (NUL bytes), not text; skipped")
    try:
        return Decoded(data.decode("utf-8"), data)
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = _declared_encoding(data)
    if declared:
        try:
            return Decoded(data.decode(declared), data)
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes  # only legacy-encoded files pay for detection

    best = _best_encoding(from_bytes(data[:200_000]))
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        try:
            text = data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            text = None
        if text is not None and _looks_like_text(text):
            return Decoded(text, data, f"file is not UTF-8; decoded as {best.encoding} (detected)")
    text = data.decode("utf-8", errors="replace")
    if not _looks_like_text(text):
        raise BadInput("file is binary (not text); skipped")
    return Decoded(
        text,
        data,
        f"file is not valid UTF-8 (first bad byte at offset {first_bad}); "
        "undecodable bytes replaced by U+FFFD",
    )


def _best_encoding(matches: Any) -> Any:
    """The detected encoding; among equally likely ones, Windows-1252.

    Short Western European texts decode equally well as cp1250, cp1252 and others; cp1252 is by
    far the most common legacy encoding of news pages (WHATWG reads "latin-1" labels as cp1252).
    """
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.005:
            return match
    return best


def _declared_encoding(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _DECLARED_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    return None if name in ("utf-8", "utf8") else name  # UTF-8 already failed


def _looks_like_text(text: str) -> bool:
    """Few control characters and replacement marks, as in any human-written text."""
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return False
    odd = sum(1 for c in sample if (c < " " and c not in "\n\r\t\f") or c == "\ufffd")
    return odd / len(sample) < 0.05


def sniff(text: str, suffix: str = "") -> Format:
    """Which reader ``text`` needs: by its first characters, with the file suffix as a tie-breaker.

    >>> sniff('<?xml version="1.0"?><rss version="2.0"><channel>')
    'feed'
    >>> sniff('{"title": "A"}\\n{"title": "B"}')
    'jsonl'
    """
    head = text[:2048].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        if _FEED_ROOT.search(head):
            return "feed"
        if _HTML_START.search(head) or suffix in (".html", ".htm", ".xhtml"):
            return "html"
        return "feed" if suffix in (".xml", ".rss", ".atom") else "html"
    if head.startswith("{"):
        body = text.lstrip("\ufeff \t\r\n")
        end = body.find("\n")
        first = body if end < 0 else body[:end]
        if _is_json_object(first):
            return "jsonl"
        return "json"
    if head.startswith("["):
        return "json"
    return "text"


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
