"""What the Markdown and HTML reports show, prepared once: claims in reading order, citation labels.

Both human-readable formats show the same report; only the markup differs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsweave.model import Article, Claim, Report, Story, article_of
from newsweave.nlp.quantities import written_unit

CLAIM_ORDER = {"conflict": 0, "corroborated": 1, "single_source": 2}
CLAIM_HEADINGS = {
    "conflict": "Where the sources conflict",
    "corroborated": "What the sources agree on",
    "single_source": "What only one source says",
}
DETAILS_HEADING = "Details only one source adds"
"""Single-source claims whose sentence the sources agree on (or conflict over) otherwise: what is
one source's own there is the names and figures in ``unique``, not the sentence's main fact."""


@dataclass
class Citation:
    sentence: str
    label: str
    anchor: str
    text: str


@dataclass
class StoryView:
    story: Story
    claim_sections: list[tuple[str, str, list[Claim]]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


class ReportView:
    """Labels for citations and per-story sections, shared by the Markdown and HTML renderers."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.by_id = {a.id: a for a in report.articles}
        self.sentence_text = {s.id: s.text for a in report.articles for s in a.sentences}
        self._labels = _article_labels(report.articles)
        self._entity_names: dict[str, dict[str, str]] = {}
        self.stories = [self._story_view(s) for s in report.stories]

    def _story_view(self, story: Story) -> StoryView:
        view = StoryView(story=story, articles=[self.by_id[i] for i in story.articles if i in self.by_id])
        shared = {s for c in story.claims if c.status != "single_source" for s in c.sentences}
        for status in sorted(CLAIM_ORDER, key=CLAIM_ORDER.__getitem__):
            claims, details = [], []
            for c in story.claims:
                if c.status == status:
                    adds = status == "single_source" and c.unique and shared.intersection(c.sentences)
                    (details if adds else claims).append(c)
            if claims:
                view.claim_sections.append((status, CLAIM_HEADINGS[status], claims))
            if details:
                view.claim_sections.append((status, DETAILS_HEADING, details))
        return view

    def article_label(self, article_id: str) -> str:
        """The article's outlet, with its publication day where the report has several articles
        of that outlet, else its id ("breitbart 2016-02-20 #18", not "breitbart #18" for one of
        two Breitbart articles)."""
        return self._labels.get(article_id, article_id)

    def cite(self, sentence: str) -> Citation:
        article_id = article_of(sentence)
        index = sentence.rsplit(":", 1)[1]
        number = int(index) + 1 if index.isdigit() else index
        return Citation(
            sentence=sentence,
            label=f"{self.article_label(article_id)} #{number}",
            anchor=anchor(sentence),
            text=self.sentence_text.get(sentence, ""),
        )

    def entity_name(self, story: Story, entity_id: str | None) -> str | None:
        names = self._entity_names.get(story.id)
        if names is None:  # a table per story: a story of thousands of quotes and entities
            names = self._entity_names[story.id] = {}
            for e in story.entities:
                names.setdefault(e.id, e.name)
        return names.get(entity_id) if entity_id is not None else None


def _article_labels(articles: list[Article]) -> dict[str, str]:
    """``ReportView.article_label`` of every article: the first of outlet, outlet and day, and
    outlet and id that no other article of the report shares."""
    sources = Counter(a.source for a in articles if a.source)
    days = Counter((a.source, a.published.date()) for a in articles if a.source and a.published)
    out = {}
    for a in articles:
        if not a.source:
            out[a.id] = a.id
        elif sources[a.source] == 1:
            out[a.id] = a.source
        elif a.published and days[(a.source, a.published.date())] == 1:
            out[a.id] = f"{a.source} {a.published.date().isoformat()}"
        else:
            out[a.id] = f"{a.source} {a.id}"
    return out


def show_value(value: object, unit: str | None = None) -> str:
    """A conflicting value as a reader writes it: 30 minutes, 1,500,000 people, 2016-11-03."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, int):
            text = f"{value:,}" if abs(value) >= 10_000 else str(value)
        else:
            text = f"{value:g}"
        return f"{text} {written_unit(unit, value)}" if unit else text
    if hasattr(value, "isoformat"):
        text = value.isoformat()  # type: ignore[union-attr]
        # a date's unit is its precision: "2015" for a year, "2015-12" for a month
        return text[: _DATE_LENGTH[unit]] if unit in _DATE_LENGTH else text
    text = str(value)
    if unit in ("time", "weekday"):
        return text  # a time of day, "16:30", or a day of the week, "Thursday"
    return f"{text} {unit}" if unit else text


_DATE_LENGTH = {"year": 4, "month": 7, "day": 10}


def anchor(identifier: str) -> str:
    """An HTML id for a sentence or article id (ids may hold characters unsafe in fragments)."""
    return "s-" + re.sub(r"[^A-Za-z0-9_-]", "-", identifier)


def skip_reasons(report: Report) -> str:
    """Why inputs were skipped, most common first: "file is empty ×2; line N is not valid JSON"."""
    reasons: dict[str, int] = {}
    for w in report.warnings:
        message = w.message.rstrip(".")
        if not message.endswith("skipped"):
            continue
        reason = re.sub(r"\s*\([^)]*\)", "", message.split(";")[0])
        reason = re.sub(r"\b\d[\d,]*\b", "N", reason).strip()
        reasons[reason] = reasons.get(reason, 0) + 1
    ranked = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    return "; ".join(f"{r} ×{n}" if n > 1 else r for r, n in ranked)


def run_summary(report: Report) -> str:
    """The one line the CLI prints at the end of a run."""
    duplicates = sum(1 for a in report.articles if a.duplicate_of)
    skipped = report.skipped
    parts = [
        f"{len(report.articles)} article{'s' if len(report.articles) != 1 else ''} read",
        f"{skipped} input{'s' if skipped != 1 else ''} skipped",
        f"{duplicates} duplicate{'s' if duplicates != 1 else ''}",
        f"{len(report.stories)} stor{'ies' if len(report.stories) != 1 else 'y'}",
    ]
    if skipped:
        parts[1] += f" ({skip_reasons(report)})"
    line = ", ".join(parts)
    if report.warnings:
        line += f", {len(report.warnings)} warning{'s' if len(report.warnings) != 1 else ''}"
    return line
