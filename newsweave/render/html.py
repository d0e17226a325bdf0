"""A self-contained HTML page: no external assets, article text always escaped (Jinja2 autoescape)."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from newsweave.model import Report
from newsweave.render.view import DETAILS_HEADING, ReportView, anchor, run_summary, show_value


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("newsweave", "render/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["anchor"] = anchor
    env.globals["show_value"] = show_value
    env.globals["DETAILS_HEADING"] = DETAILS_HEADING
    return env


def to_html(report: Report) -> str:
    template = _environment().get_template("report.html.j2")
    return template.render(view=ReportView(report), report=report, summary_line=run_summary(report))
