"""Bytes to text, and which reader a text needs: judged by content, not only by the file name.

Internal to ``newsweave.ingest``. An RSS file named ``.txt``, an HTML page without extension and
JSONL named ``.json`` all happen in real folders of downloaded news.
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
import zlib
from dataclasses import dataclass
from typing import Any, Literal

Format = Literal["html", "feed", "jsonl", "json", "text"]

GZIP_MAGIC = b"\x1f\x8b"
PLAIN_SUFFIXES = frozenset({".txt", ".text", ".md"})
"""A file so named that starts with "<", "{" or "[" and is no page or JSON is plain text
("[UPDATED 3:15 p.m.] The Senate...", "<Reuters> WASHINGTON - ...")."""
JSONL_PROBE = 5
"""Lines looked at to tell JSONL from one JSON document."""
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


def gunzip(data: bytes, limit: int) -> tuple[bytes, str | None]:
    """Decompress gzip data, refusing to grow past ``limit`` bytes (a gzip bomb is tiny on disk),
    and a warning when some of it could not be read.

    Every member is read (``cat a.gz b.gz`` is valid gzip); a truncated file gives what could be
    read, and bytes after the last member are ignored, each with a warning.
    """
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, limit + 1 - len(out))
        except zlib.error as exc:
            if not out:
                raise BadInput(f"file is not valid gzip data ({exc}); skipped") from None
            return bytes(out), f"gzip data is damaged after {len(out):,} bytes ({exc}); the rest was ignored"
        if len(out) > limit or inflater.unconsumed_tail:
            raise BadInput(f"file decompresses to more than {limit:,} bytes (max_input_bytes); skipped")
        if not inflater.eof:
            return bytes(out), f"gzip data is truncated; read the first {len(out):,} bytes"
        rest = inflater.unused_data
        if rest and not rest.startswith(GZIP_MAGIC):
            if rest.strip(b"\x00"):  # tape padding is harmless
                return bytes(out), f"{len(rest):,} bytes after the gzip data were ignored"
            break
    return bytes(out), None


def decode(data: bytes, limit: int) -> Decoded:
    """Text from file bytes: gunzip if needed, refuse binary, UTF-8 first, then a detected encoding.

    Raises ``BadInput`` for data that is not text at all.
    """
    gzip_warning = None
    if data.startswith(GZIP_MAGIC):
        data, gzip_warning = gunzip(data, limit)
    decoded = _decode(data)
    if "\x00" in decoded.text:  # a NUL past the part the binary test looks at
        decoded.text = decoded.text.replace("\x00", "")
        decoded.warning = _joined(decoded.warning, "NUL characters removed")
    decoded.warning = _joined(gzip_warning, decoded.warning)
    return decoded


def _joined(*warnings: str | None) -> str | None:
    return "; ".join(w for w in warnings if w) or None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16's: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes) -> Decoded:
    if not data.strip():
        raise BadInput("file is empty; skipped")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            if not text.strip("\ufeff \t\r\n"):
                raise BadInput("file is empty; skipped")
            return Decoded(text, data)
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        text = data.decode(utf16, errors="replace") if utf16 else ""
        if not _looks_like_text(text):
            raise BadInput("file is binary (NUL bytes), not text; skipped")
        return Decoded(text, data, f"file has no byte order mark; decoded as {utf16}")
    try:
        return Decoded(data.decode("utf-8"), data)
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    replaced = (
        f"file is not valid UTF-8 (first bad byte at offset {first_bad}); undecodable bytes replaced by U+FFFD"
    )
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if sum(1 for c in text if c > "\x7f") - bad >= 2 * bad:
        return Decoded(text, data, replaced)  # UTF-8 with a stray byte or two: no legacy encoding
    declared = _declared_encoding(data)
    if declared:
        try:
            return Decoded(data.decode(declared), data)
        except (LookupError, UnicodeDecodeError):
            pass
    western = _western(data)
    if western is not None:
        return Decoded(western, data, "file is not UTF-8; decoded as cp1252 (Windows Western European)")
    from charset_normalizer import from_bytes  # only legacy-encoded files pay for detection

    best = _best_encoding(from_bytes(data[:200_000]))
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        try:
            legacy = data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            legacy = None
        if legacy is not None and _looks_like_text(legacy):
            return Decoded(legacy, data, f"file is not UTF-8; decoded as {best.encoding} (detected)")
    if not _looks_like_text(text):
        raise BadInput("file is binary (not text); skipped")
    return Decoded(text, data, replaced)


_WESTERN_MARKS = frozenset("‘’“”–—…€•™«»°£©®§¢")


def _western(data: bytes) -> str | None:
    """The text, if ``data`` reads as Windows-1252 English or Western European text: every byte
    defined, every non-ASCII character a typographic mark (curly quotes, dashes, "€") or a
    Latin letter, and those letters few among all letters ("café déjà vu"; Cyrillic in cp1251
    also decodes to Latin letters, but nearly all of them). cp1252 is by far the most common
    legacy encoding of news text; detection alone called a short such text cp775 ("ōwe will not
    back downö")."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    odd = [c for c in text if c > "\x7f"]
    if not odd or not all(c in _WESTERN_MARKS or ("À" <= c <= "ÿ" and c not in "×÷") for c in odd):
        return None
    head = text[: _SNIFF_BYTES * 4]  # letters and accented letters counted over the same span
    letters = sum(1 for c in head if c.isalpha())
    accented = sum(1 for c in head if c > "\x7f" and c.isalpha())
    return text if accented <= 0.1 * max(letters, 1) else None


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when every other byte is NUL, as in ASCII text so encoded."""
    even, odd = head[0::2], head[1::2]
    if odd and odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even and even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


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
        if suffix in (".xml", ".rss", ".atom"):
            return "feed"
        return "text" if suffix in PLAIN_SUFFIXES else "html"  # "<Reuters> WASHINGTON - ..."
    if head.startswith("{"):
        return "jsonl" if object_lines(text) else "json"
    if head.startswith("["):
        return "json"
    if head.startswith('"') and object_lines(text):
        return "jsonl"  # a stray first line of a string, then a line per article
    return "text"


def object_lines(text: str) -> bool:
    """Whether one of the first lines of ``text`` is a JSON object: JSONL, whose broken or stray
    first line loses only itself."""
    lines = (line for line in text.lstrip("\ufeff \t\r\n").split("\n", JSONL_PROBE) if line.strip())
    return any(_is_json_object(line) for line in itertools.islice(lines, JSONL_PROBE))


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False
