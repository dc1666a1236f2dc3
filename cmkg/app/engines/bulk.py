"""Partition outputs into the store: replace the articles' graphs, bulk load, one summary pass.

A bulk load only adds quads, so the graphs of the articles being loaded are
dropped first: a changed article replaces its old facts exactly as in a
local build.  An article that appears in two partitions (a re-crawled URL)
is loaded from the later one only, again as a local build would keep the
last copy.  The deal summaries are recomputed once, after everything is in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from cmkg.app.engines.partition import PartResult
from cmkg.core.errors import CmkgError, E

__all__ = ["load_parts", "load_nquads"]

DROP_BATCH = 500  # graphs per DROP request


def load_nquads(store: Any, data: bytes) -> None:
    """Add N-Quads to ``store`` the fastest way it offers: a bulk load, else plain inserts."""
    if hasattr(store, "bulk_load"):
        store.bulk_load(data)
    elif isinstance(getattr(store, "ox", None), ox.Store):
        store.ox.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    else:
        store.add_quads(list(ox.parse(data, format=ox.RdfFormat.N_QUADS)))


def _drop(store: Any, graphs: Iterable[str]) -> None:
    present = set(store.graphs())
    doomed = sorted(g for g in graphs if g in present)
    for i in range(0, len(doomed), DROP_BATCH):
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in doomed[i : i + DROP_BATCH]))


def _without(data: bytes, graphs: set[str]) -> bytes:
    quads = [q for q in ox.parse(data, format=ox.RdfFormat.N_QUADS) if q.graph_name.value not in graphs]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def load_parts(store: Any, parts: Sequence[PartResult]) -> None:
    """Load ``parts`` (in plan order) into ``store`` and recompute every deal summary once."""
    last = {graph: part.index for part in parts for graph in part.graphs}
    _drop(store, last)
    for part in parts:
        superseded = {g for g in part.graphs if last[g] != part.index}
        try:
            data = Path(part.nquads).read_bytes()
            load_nquads(store, _without(data, superseded) if superseded else data)
        except (OSError, SyntaxError, ValueError) as exc:
            raise CmkgError(E.BULK_LOAD, f"{part.nquads}: cannot load partition output ({exc})") from None
    store.refresh_summary()
    store.flush()
