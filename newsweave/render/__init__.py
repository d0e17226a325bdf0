"""Render a Report as JSON (the contract), Markdown, HTML or plain summary text."""

from __future__ import annotations

from collections.abc import Callable

from newsweave.model import Report
from newsweave.render.html import to_html
from newsweave.render.json import to_json
from newsweave.render.markdown import to_markdown
from newsweave.render.text import to_text

RENDERERS: dict[str, Callable[[Report], str]] = {
    "json": to_json,
    "md": to_markdown,
    "html": to_html,
    "text": to_text,
}

__all__ = ["RENDERERS", "render", "to_html", "to_json", "to_markdown", "to_text"]


def render(report: Report, fmt: str) -> str:
    """The report in format ``fmt`` (json, md, html or text)."""
    try:
        return RENDERERS[fmt](report)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(RENDERERS)}") from None
