"""The graph store: embedded Oxigraph on disk by default, in memory on request.

Each article lives in its own named graph; adding an article drops that graph
and loads the new one, so re-ingesting an unchanged article changes nothing
and a changed one replaces its facts.  Oxigraph's ``load`` is one
transaction, so a killed batch leaves only whole articles behind.
"""
from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from nlp.errors import CmkgError, E

__all__ = ["GraphStore", "open_store", "DEFAULT_STORE"]

DEFAULT_STORE = "cmkg-store"


class GraphStore:
    def __init__(self, store: ox.Store, location: str) -> None:
        self.ox = store
        self.location = location

    def replace_graph(self, graph: str, nquads: bytes) -> None:
        node = ox.NamedNode(graph)
        existing = self.ox.contains_named_graph(node)
        if existing:
            self.ox.update(f"DROP SILENT GRAPH <{graph}>")
        self.ox.load(nquads, format=ox.RdfFormat.N_QUADS)

    def add_dataset(self, ds: Dataset) -> None:
        for g in ds.graphs():
            if str(g.identifier).startswith("urn:x-rdflib:default") or len(g) == 0:
                continue
            data = Dataset()
            data.graph(g.identifier).__iadd__(g)
            self.replace_graph(str(g.identifier), data.serialize(format="nquads").encode("utf-8"))

    def __len__(self) -> int:
        return sum(1 for _ in self.ox.quads_for_pattern(None, None, None, None))

    def graphs(self) -> list[str]:
        return [g.value for g in self.ox.named_graphs()]

    def dump_nquads(self) -> bytes:
        return self.ox.dump(format=ox.RdfFormat.N_QUADS) or b""

    def to_dataset(self) -> Dataset:
        ds = Dataset()
        ds.parse(data=self.dump_nquads().decode("utf-8"), format="nquads")
        return ds

    def flush(self) -> None:
        if self.location != ":memory:":
            self.ox.flush()


def open_store(location: str | os.PathLike | None = None, *, read_only: bool = False, must_exist: bool = False) -> GraphStore:
    """Open ``location`` (a directory) or ``:memory:``; create the directory if needed."""
    loc = str(location or DEFAULT_STORE)
    if loc == ":memory:":
        return GraphStore(ox.Store(), loc)
    path = Path(loc)
    if must_exist and not path.exists():
        raise CmkgError(E.STORE, f"{path}: no graph store here; run 'cmkg build --store {path}' first")
    try:
        store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        raise CmkgError(E.STORE, f"{path}: cannot open graph store ({exc})") from None
    return GraphStore(store, loc)
