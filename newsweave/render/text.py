"""Plain text: only the summary sentences, one per line (a blank line between stories)."""

from __future__ import annotations

from newsweave.model import Report


def to_text(report: Report) -> str:
    blocks = ["\n".join(s.text for s in story.summary) for story in report.stories]
    return "\n\n".join(b for b in blocks if b) + "\n"
