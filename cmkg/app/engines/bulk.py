"""Partition outputs into the store: bulk loads in plan order, then one summary pass.

``Store.bulk_load(..., replace=True)`` drops each named graph its input
writes before loading it, so a changed article replaces its old facts as in
a local build, and an article that appears in two partitions (a re-crawled
URL) ends up as the later copy, again as a local build keeps the last one.
The deal summaries and the status history are recomputed once, after everything is in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cmkg.app.engines.partition import PartResult

__all__ = ["load_parts"]


def load_parts(store: Any, parts: Sequence[PartResult]) -> None:
    """Load ``parts`` (in plan order) into ``store``; recompute every deal summary and the status history once."""
    from cmkg.graph.history import refresh_history

    for part in parts:
        if part.graphs:
            store.bulk_load(part.nquads, "nquads", replace=True)
    store.refresh_summary()
    refresh_history(store)  # as a local build does: it depends on every article's status steps
    store.flush()
