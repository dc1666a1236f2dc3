"""A stream of items through a pool of spawned processes, in chunks, results back in input order.

``multiprocessing.Pool.imap`` would read the whole input ahead of the
workers, so chunks go in through a bounded window instead: memory stays flat
on a corpus of any size, and the parent can work on one chunk's results while
the workers run the next ones.  Workers are spawned, not forked, so they never
inherit the parent's threads (the store's, a progress bar's).  Both the
extraction alone (``cmkg.nlp.extract``) and the local build's per-article work
(``cmkg.app.engines.local``) run through here.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

__all__ = ["IN_FLIGHT_PER_PROCESS", "chunks_of", "ordered_chunks"]

IN_FLIGHT_PER_PROCESS = 2  # chunks queued per pool process: keeps all busy without reading the corpus ahead

T = TypeVar("T")


def chunks_of(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter), read lazily."""
    source = iter(items)
    return iter(lambda: list(islice(source, size)), [])


def ordered_chunks(
    items: Iterable[Any],
    work: Callable[[list[Any]], list[Any]],
    *,
    chunk_size: int,
    n_process: int,
    initializer: Callable[[], None] | None = None,
) -> Iterator[Any]:
    """``work(chunk)`` for consecutive chunks of ``items`` in ``n_process`` processes; the results, flattened,
    in input order.  ``work`` and ``initializer`` must be picklable (module-level functions or partials)."""
    window: deque = deque()
    with multiprocessing.get_context("spawn").Pool(n_process, initializer=initializer) as pool:
        for chunk in chunks_of(items, chunk_size):
            window.append(pool.apply_async(work, (chunk,)))
            if len(window) >= n_process * IN_FLIGHT_PER_PROCESS:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()
