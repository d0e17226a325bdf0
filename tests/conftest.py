from __future__ import annotations

import os
from pathlib import Path

import pytest

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
