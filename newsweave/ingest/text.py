"""Single-article files (plain text, HTML pages): their default id and their sidecar metadata.

Internal to ``newsweave.ingest``. ``x.txt`` (or ``x.html``, ``x.txt.gz``) may have a sidecar
``x.meta.json`` beside it: a JSON object with any of the JSONL fields (``id``, ``title``,
``source``, ``url``, ``published``, ``authors``...). What the sidecar says overrides what the
file itself says (an HTML page's own meta tags); ``--meta`` overrides both.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.ingest.fields import apply_fields, clean_id, without_surrogates
from newsweave.model import RawArticle

SIDECAR_SUFFIX = ".meta.json"
KNOWN_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".json", ".jsonl", ".ndjson"}
)


def _bare_name(path: Path) -> str:
    """The file name without ``.gz`` and a known extension: ``x`` for ``x.txt.gz``."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem, dot, ext = name.rpartition(".")
    if dot and stem and "." + ext.lower() in KNOWN_SUFFIXES:
        name = stem
    return name


def file_stem(path: Path) -> str:
    """The article id a file gives by default: its name without ``.gz`` and a known extension."""
    return clean_id(without_surrogates(_bare_name(path)))


def sidecar_of(path: Path) -> Path:
    """Where the sidecar metadata of ``path`` would be: ``x.meta.json`` beside ``x.txt``."""
    return path.with_name(_bare_name(path) + SIDECAR_SUFFIX)


def apply_sidecar(raw: RawArticle, path: Path) -> str | None:
    """Overlay the sidecar's fields on ``raw``; returns a warning message if the sidecar is bad."""
    sidecar = sidecar_of(path)
    if not sidecar.is_file():
        return None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except OSError as exc:
        return f"sidecar {sidecar.name} cannot be read ({exc.strerror or exc}); its metadata was ignored"
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        return f"sidecar {sidecar.name} is not valid JSON ({exc}); its metadata was ignored"
    if not isinstance(data, dict):
        return f"sidecar {sidecar.name} is not a JSON object; its metadata was ignored"
    apply_fields(raw, data, override=True)
    return None
