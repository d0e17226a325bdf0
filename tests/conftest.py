from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newsweave.clean import clean
from newsweave.model import Article, RawArticle
from newsweave.options import Options

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", REPO.parent / "shared"))
DATA = Path(os.environ.get("NEWSWEAVE_DATA", SHARED / "data"))
SEEDS = SHARED / "seeds"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "issue(n): regression test for issue n")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.is_dir():
        pytest.fail(f"evaluation data not found at {DATA}; set NEWSWEAVE_DATA")
    return DATA


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"seed articles not found at {SEEDS}; set NEWSWEAVE_SHARED")
    return SEEDS


@pytest.fixture(scope="session")
def reuters_outlets(data_dir: Path) -> Callable[[int], list[Article]]:
    """The first ``n`` Reuters-21578 bodies that clean into an article (ids ``r<row>``), each
    its own outlet ("outlet <row>"): one story of ``n`` independent sources, for tests of how a
    stage scales."""

    def first(n: int) -> list[Article]:
        articles = []
        with gzip.open(data_dir / "reuters21578" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as rows:
            for row, line in enumerate(rows):
                text = json.loads(line).get("text") or ""
                article = clean(RawArticle(input=str(row), text=text, id=f"r{row}"), Options())
                if isinstance(article, Article):
                    article.source = f"outlet {row}"
                    articles.append(article)
                if len(articles) == n:
                    break
        return articles

    return first
