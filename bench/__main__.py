"""Run one benchmark: ``python -m bench NAME [options]`` (``python -m bench`` lists them)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def available() -> list[str]:
    here = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_"))


def main(argv: list[str]) -> int:
    names = available()
    if not argv or argv[0] in {"-h", "--help"}:
        print("usage: python -m bench NAME [options]\n\nbenchmarks: " + ", ".join(names))
        return 0
    name = argv[0].replace("-", "_")
    if name not in names:
        print(f"unknown benchmark {argv[0]!r}; choose one of: {', '.join(names)}", file=sys.stderr)
        return 2
    module = importlib.import_module(f"bench.{name}")
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
