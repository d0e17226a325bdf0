"""newsweave: what news sources agree on, where they differ, and what only one of them says.

>>> import newsweave                                                   # doctest: +SKIP
>>> report = newsweave.analyze(["../shared/seeds"])                    # doctest: +SKIP
>>> story = report.stories[0]                                          # doctest: +SKIP
>>> [c.status for c in story.claims if c.status == "conflict"]         # doctest: +SKIP
['conflict']
"""

from __future__ import annotations

__version__ = "0.1.0"

from newsweave.errors import InputNotFound, ModelMissing, NewsweaveError
from newsweave.model import (
    SCHEMA,
    Annotations,
    Article,
    Claim,
    Conflict,
    DateRef,
    Entity,
    InputWarning,
    Quantity,
    Quote,
    Report,
    Sentence,
    Story,
    SummarySentence,
    TimelineEvent,
)
from newsweave.options import Options, load_meta

# Names differ from the modules they would shadow: ``analyze_story`` is the CLI's ``summarize``
# command (``newsweave.summarize`` is the summarizer module) and ``render_report`` is
# ``newsweave.render.render`` (``newsweave.render`` is the renderers' package).
_LAZY = {"analyze": "newsweave.pipeline", "read": "newsweave.pipeline", "analyze_story": "newsweave.pipeline",
         "render_report": "newsweave.render"}


def __getattr__(name: str) -> object:
    """The pipeline and renderers load on first use, so ``import newsweave.model`` stays light."""
    if name in _LAZY:
        import importlib

        module = importlib.import_module(_LAZY[name])
        return getattr(module, "render" if name == "render_report" else name)
    raise AttributeError(f"module 'newsweave' has no attribute {name!r}")

__all__ = [
    "SCHEMA",
    "Annotations",
    "Article",
    "Claim",
    "Conflict",
    "DateRef",
    "Entity",
    "InputNotFound",
    "InputWarning",
    "ModelMissing",
    "NewsweaveError",
    "Options",
    "Quantity",
    "Quote",
    "Report",
    "Sentence",
    "Story",
    "SummarySentence",
    "TimelineEvent",
    "analyze",
    "analyze_story",
    "load_meta",
    "read",
    "render_report",
]
