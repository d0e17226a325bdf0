"""The one configuration object. CLI flags, a config file and the Python API all build an Options."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True, kw_only=True, slots=True)
class Options:
    """Settings for a run; every public function accepts one. Defaults live here and nowhere else."""

    # reading
    max_input_bytes: int = 50_000_000
    """Inputs larger than this are skipped with a warning (a news article is a few kB)."""
    max_article_chars: int = 200_000
    """Longer bodies are cut to this many characters, with a warning."""
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Metadata by article id (from ``--meta FILE``); overrides what the input itself says."""
    strict: bool = False
    """Turn warnings into a failing exit status (the CLI's --strict)."""

    # speed
    workers: int | None = None
    """Processes for the per-article work (cleaning, duplicate fingerprints, clustering terms),
    the entity recognizer on large batches and the per-story work when there are many stories:
    None uses one per available core (at most 8), 1 runs everything in this process. Output is
    the same for any number; small inputs never start a pool (see ``newsweave.parallel``)."""

    # de-duplication
    near_duplicate_threshold: float = 0.8
    """Share of the shorter article's word 5-gram shingles found in the other (containment)."""

    # clustering
    cluster_threshold: float | None = None
    """Similarity needed to join a story; None uses the clusterer's calibrated default."""
    cluster_window_days: float = 7.0
    """An article joins only a story with an article within this many days of it (the story's
    span, from its first to its last dated article, is what is compared with the window)."""

    # summary
    summary_words: int | None = 120
    summary_bytes: int | None = None

    # annotation
    nlp: bool = True
    """Run the NLP layers (entities, quotes, quantities, dates) and the claim table."""

    def with_(self, **changes: Any) -> Options:
        return replace(self, **changes)


def load_meta(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read a ``--meta`` file: a JSON object keyed by article id, each value an object of fields."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"metadata file {path} does not exist") from None
    except OSError as exc:
        raise ValueError(f"metadata file {path} cannot be read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"metadata file {path} is not valid JSON: {exc}") from None
    except RecursionError:
        raise ValueError(f"metadata file {path} is JSON nested too deeply to read") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ValueError(
            f"metadata file {path} must be a JSON object keyed by article id, "
            'each value an object such as {"source": "Reuters", "published": "2016-11-03"}'
        )
    return data


OPTION_NAMES = frozenset(f.name for f in fields(Options))
