"""Markdown report: per story, the claim table first (conflicts, agreement, single-source), then the
cited summary, timeline, quotes, entities and the articles; warnings at the end."""

from __future__ import annotations

from newsweave.model import Report, Story, SummarySentence
from newsweave.render.view import DETAILS_HEADING, ReportView, StoryView, show_value


def to_markdown(report: Report) -> str:
    view = ReportView(report)
    out: list[str] = ["# newsweave report", ""]
    out.append(
        f"{len(report.articles)} article{'' if len(report.articles) == 1 else 's'}, "
        f"{len(report.stories)} {'story' if len(report.stories) == 1 else 'stories'}."
    )
    out.append("")
    for sv in view.stories:
        out.extend(_story(view, sv))
    if report.warnings:
        out += ["## Warnings", ""]
        out += [f"- `{_code(w.input)}`: {_inline(w.message)}" for w in report.warnings]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _story(view: ReportView, sv: StoryView) -> list[str]:
    s: Story = sv.story
    out = [f"## {_inline(s.title)}", ""]
    sources = ", ".join(_inline(x) for x in s.sources) or "unnamed sources"
    out.append(
        f"*{len(s.articles)} article{'s' if len(s.articles) != 1 else ''}; "
        f"{s.independent_sources} independent source{'s' if s.independent_sources != 1 else ''} "
        f"({sources}); story id `{s.id}`*"
    )
    out.append("")

    for _status, heading, claims in sv.claim_sections:
        out += [f"### {heading}", ""]
        for c in claims:
            names = ", ".join(_inline(n) for n in c.sources) or "unnamed source"
            if heading == DETAILS_HEADING:  # the detail first: the sentence's fact is told elsewhere too
                details = ", ".join(f"**{_inline(u)}**" for u in c.unique)
                out.append(f"- {names} alone gives {details}, in: {_inline(c.text)} {_cites(view, c.sentences)}")
                continue
            count = f"{c.independent_sources} independent"
            out.append(f"- {_inline(c.text)} — {names} ({count}) {_cites(view, c.sentences)}")
            if c.unique:
                out.append(f"  - only this source names: {', '.join(_inline(u) for u in c.unique)}")
            for conflict in c.conflicts:
                values = "; ".join(
                    f"{_inline(show_value(v.value, v.unit))} ({view.cite(v.sentence).label})" for v in conflict.values
                )
                note = f" — {conflict.note}" if conflict.note else ""
                out.append(f"  - {conflict.kind}: {values}{note}")
        out.append("")

    if s.summary:
        out += ["### Summary", ""]
        shown = {x.citations[0] for x in s.summary if x.citations}
        for x in s.summary:
            out.append(f"- {_inline(x.text)} {_cites(view, x.citations)}{_disputed(x)}")
            out += _cited_below(view, [c for c in x.citations[1:] if c not in shown])
        out.append("")

    if s.timeline:
        out += ["### Timeline", ""]
        out += [
            f"- **{show_value(t.date, t.precision)}** {_inline(t.text)} {_cites(view, t.sentences)}"
            for t in s.timeline
        ]
        out.append("")

    if s.quotes:
        out += ["### Quotes", ""]
        for q in s.quotes:
            who = view.entity_name(s, q.speaker) or q.speaker_name or "unattributed"
            out.append(f"- “{_inline(q.text)}” — {_inline(who)} {_cites(view, [q.sentence, *q.also_in])}")
        out.append("")

    if s.entities:
        out += [
            "### Who and where",
            "",
            "| name | type | also called | articles | mentions |",
            "|---|---|---|---|---|",
        ]
        for e in s.entities:
            aliases = ", ".join(_inline(a) for a in e.aliases if a != e.name)
            out.append(f"| {_inline(e.name)} | {e.type} | {aliases} | {len(e.articles)} | {e.mentions} |")
        out.append("")

    out += ["### Articles", ""]
    for a in sv.articles:
        bits = [f"`{_code(a.id)}`", _inline(a.source or "unknown source")]
        if a.title:
            bits.append(f"“{_inline(a.title)}”")
        if a.published:
            bits.append(a.published.date().isoformat())
        if a.authors:
            bits.append("by " + ", ".join(_inline(x) for x in a.authors))
        if a.opinion:
            bits.append("opinion or analysis")
        if a.duplicate_of:
            bits.append(f"duplicate of `{_code(a.duplicate_of)}`")
        out.append("- " + " · ".join(bits))
    out.append("")
    return out


def _cited_below(view: ReportView, citations: list[str]) -> list[str]:
    """The other sources' sentences a summary sentence cites, which the HTML report shows over
    their links: each text once, with every label that gives it (reprints and live blogs repeat
    a sentence word for word); a sentence the summary itself shows is not repeated."""
    by_text: dict[str, list[str]] = {}
    for c in citations:
        by_text.setdefault(" ".join(view.cite(c).text.split()), []).append(c)
    return [f"  - {_cites(view, ids)} {_inline(text)}" for text, ids in by_text.items()]


def _cites(view: ReportView, sentences: list[str]) -> str:
    return " ".join(f"[{_inline(view.cite(x).label)}]" for x in sentences)


def _inline(text: str) -> str:
    """Article text is data: neutralise Markdown/HTML syntax so it renders as written."""
    text = " ".join(text.split())
    for ch in "\\`*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text


def _code(text: str) -> str:
    return text.replace("`", "'")


def _disputed(line: SummarySentence) -> str:
    """A note after a summary sentence whose evidence the sources disagree on."""
    return " *(sources differ: see \"Where the sources conflict\")*" if line.conflicts else ""
