"""Per-article and per-story work on every core: an order-keeping process pool.

Cleaning an article, its duplicate fingerprint and its clustering terms depend on that article
alone. The work is pure Python, so threads would queue on the GIL; worker processes are what puts
a second core to use. ``map_chunks`` cuts the items into consecutive chunks, runs ``function`` on
each chunk in a worker and returns the results in input order: the list the in-process call gives,
whatever the number of workers and whichever chunk finishes first. Reports, and the order of
warnings in them, therefore never depend on ``workers``.

What it costs, and the choices that keep that small (``python -m bench throughput``):

- start-up. A forked worker starts in milliseconds with every module already imported; a spawned
  one imports the package again (about 2 s). Fork copies only the calling thread, so a lock held by
  another thread at that moment (a progress bar's refresh thread writing to the terminal) would stay
  locked forever in the child: we fork on Linux when the process runs no other thread, else use a
  fork server (started once, with the package preloaded), else spawn. Fewer than ``min_items``
  items run in-process, as does everything inside a worker or a daemon process (which may not
  have children).
- transport. Each chunk's result comes back pickled. Unpickling creates many small objects at
  once; the cyclic garbage collector, triggered every few hundred allocations, then walks the
  whole heap again and again (it took 1.0 of the 1.1 s needed to receive Reuters-21578's 19,043
  cleaned articles). The collector is paused while a chunk is unpickled: the results are plain
  acyclic data, so nothing is left for it to find.
- balance. About ``CHUNKS_PER_WORKER`` chunks per worker (at most ``MAX_CHUNK`` items each), so
  a worker that draws slow articles (long HTML pages) does not leave the others idle at the end.
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_DEFAULT_WORKERS = 8
"""The default worker count is one per available core, at most this: the stages that run in the
pool are a part of a run, and past a few workers the sequential stages dominate."""

MIN_ITEMS = 400
"""Below this many items a stage runs in-process: cleaning 400 short articles takes about 0.1 s,
which a pool's start-up and transport would eat (seeds, tests, small folders)."""

CHUNKS_PER_WORKER = 8
MAX_CHUNK = 512

_PRELOAD = ["newsweave.parallel", "newsweave.clean", "newsweave.ingest", "newsweave.dedupe", "newsweave.cluster"]
"""Modules a fork server imports once, so that its workers start with them loaded."""

_in_worker = False


def worker_count(requested: int | None) -> int:
    """The number of worker processes for ``Options.workers`` (None: one per available core)."""
    if requested is None:
        return max(1, min(_available_cores(), MAX_DEFAULT_WORKERS))
    if requested < 1:
        raise ValueError(f"workers must be 1 or more (1 runs everything in-process), not {requested}")
    return requested


def map_chunks(
    function: Callable[[list[T]], list[R]],
    items: Sequence[T],
    workers: int | None,
    *,
    min_items: int | None = None,
) -> list[R]:
    """``function`` over consecutive chunks of ``items`` (one result per item), in input order.

    ``function`` must be a module-level function (or a ``functools.partial`` of one) whose result
    for a chunk is one item per input item and depends on nothing but the chunk, so that the result
    is the same for any chunking and any number of workers. Fewer than ``min_items`` items
    (default ``MIN_ITEMS``) run in-process. Used by ``clean_many``, ``DuplicateIndex.add_many``,
    ``StoryClusterer``, the entity recognizer (``nlp.recognize``) and the per-story work
    (``pipeline.describe_stories``); ``tests/test_parallel.py`` checks that their output is the same.
    """
    out: list[R] = []
    for results in imap_chunks(function, items, workers, min_items=min_items):
        out += results
    return out


def imap_chunks(
    function: Callable[[list[T]], list[R]],
    items: Sequence[T],
    workers: int | None,
    *,
    min_items: int | None = None,
    serial_chunk: int = MAX_CHUNK,
) -> Iterator[list[R]]:
    """Like ``map_chunks``, but yields each chunk's results as soon as they are in, so the caller
    can use them while the workers compute the next chunks. Items that run in this process go in
    chunks of ``serial_chunk`` (1: one by one, for a caller that reports progress per item)."""
    count = worker_count(workers)
    few = len(items) < (MIN_ITEMS if min_items is None else min_items)
    if count == 1 or few or _in_worker or multiprocessing.current_process().daemon:
        for start in range(0, len(items), serial_chunk):
            yield function(list(items[start : start + serial_chunk]))
        return
    size = min(MAX_CHUNK, max(1, math.ceil(len(items) / (count * CHUNKS_PER_WORKER))))
    chunks = [list(items[start : start + size]) for start in range(0, len(items), size)]
    with ProcessPoolExecutor(max_workers=count, mp_context=_context(), initializer=_start_worker) as pool:
        for blob in pool.map(_run_chunk, [function] * len(chunks), chunks):
            yield _loads(blob)


def _run_chunk(function: Callable[[list[T]], list[R]], chunk: list[T]) -> bytes:
    """Run in a worker: the chunk's results, pickled here so the parent unpickles them itself."""
    return pickle.dumps(function(chunk), protocol=pickle.HIGHEST_PROTOCOL)


def _loads(blob: bytes) -> list:
    with gc_paused():
        return pickle.loads(blob)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a step builds many small acyclic objects (see
    "transport" above); reference counting still frees them. Restores the collector's state."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _start_worker() -> None:
    global _in_worker
    _in_worker = True  # a stage called inside a worker runs in-process: no pools of pools
    # A forked worker inherits the parent's heap (all of Reuters-21578 by the clustering stage):
    # its full collections would walk it, and write to every page they walk. Frozen objects are
    # left out of collections; the worker's own garbage is collected as usual.
    gc.freeze()


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _available_cores() -> int:
    """Cores this process may run on (its CPU affinity where the OS reports one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
