"""The graph store: embedded Oxigraph on disk by default, in memory on request,
or a SPARQL 1.1 server (``cmkg.graph.remote_store``) when given a URL.

Each article lives in its own named graph; adding an article drops that graph
and loads the new one in a single Oxigraph transaction, so re-ingesting an
unchanged article changes nothing, a changed one replaces its facts, and a
killed batch leaves only whole articles behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib import Dataset

from cmkg.core.errors import CmkgError, E

__all__ = ["GraphStore", "Store", "open_store", "DEFAULT_STORE", "dataset_graphs", "ontology_nquads"]

DEFAULT_STORE = "cmkg-store"


def dataset_graphs(ds: Dataset) -> Iterator[tuple[str, bytes]]:
    """Each non-empty named graph of ``ds`` as (graph IRI, N-Quads)."""
    for g in ds.graphs():
        if str(g.identifier).startswith("urn:x-rdflib:default") or len(g) == 0:
            continue
        one = Dataset()
        one.graph(g.identifier).__iadd__(g)
        yield str(g.identifier), one.serialize(format="nquads").encode("utf-8")


def ontology_nquads() -> bytes:
    """``data/ontology.ttl`` placed in the ontology's named graph."""
    from cmkg.core.resources import data_path
    from cmkg.graph.vocab import ONTOLOGY_GRAPH

    node = ox.NamedNode(str(ONTOLOGY_GRAPH))
    triples = ox.parse(data_path("ontology.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    return (
        ox.serialize([ox.Quad(t.subject, t.predicate, t.object, node) for t in triples], format=ox.RdfFormat.N_QUADS)
        or b""
    )


class GraphStore:
    def __init__(self, store: ox.Store, location: str) -> None:
        self.ox = store
        self.location = location

    def execute(self, query: str) -> Any:
        return self.ox.query(query, use_default_graph_as_union=True)

    def replace_graph(self, graph: str, nquads: bytes, *, defer: bool = False) -> None:
        """Swap an article's graph; recompute the deal summaries it touches now, or mark them pending."""
        from cmkg.graph.deal_summary import (
            pair_set,
            pairs_in_nquads,
            pairs_query,
            pending_update,
            refresh_update,
            with_prologue,
        )

        quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
        body = (
            ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES)
            or b""
        )
        ops = [f"DROP SILENT GRAPH <{graph}>", f"INSERT DATA {{ GRAPH <{graph}> {{ {body.decode('utf-8')} }} }}"]
        old = pair_set(self.ox.query(pairs_query(graph)))
        pairs = old | pairs_in_nquads(nquads)
        if pairs:
            ops.append(pending_update(pairs) if defer else refresh_update(pairs))
        # One update request = one transaction: the old graph goes, the new one arrives, and its deal
        # summaries are recomputed (or recorded as pending) together.
        self.ox.update(with_prologue(" ;\n".join(ops)))

    def update(self, text: str) -> None:
        self.ox.update(text)

    def flush_summaries(self) -> int:
        """Recompute the pending deal summaries; return how many pairs were pending."""
        from cmkg.graph.deal_summary import flush_pending

        return flush_pending(self)

    def refresh_summary(self) -> None:
        """Recompute every deal summary (after an import that bypassed replace_graph)."""
        from cmkg.graph.deal_summary import rebuild_all

        rebuild_all(self)

    def add_dataset(self, ds: Dataset, *, defer: bool = False) -> None:
        for graph, nquads in dataset_graphs(ds):
            self.replace_graph(graph, nquads, defer=defer)

    def add_quads(self, quads: list[ox.Quad]) -> None:
        self.ox.extend(quads)

    def ensure_ontology(self) -> None:
        """Keep ``data/ontology.ttl`` in its own named graph, so SPARQL clients see labels of statuses and types."""
        from cmkg.graph.vocab import ONTOLOGY_GRAPH

        self.replace_graph(str(ONTOLOGY_GRAPH), ontology_nquads())

    def quads(self) -> Iterable[ox.Quad]:
        return self.ox.quads_for_pattern(None, None, None, None)

    def __len__(self) -> int:
        return sum(1 for _ in self.quads())

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


class Store(Protocol):
    """What the rest of cmkg needs from a store, embedded or remote."""

    location: str

    def execute(self, query: str) -> Any: ...
    def update(self, text: str) -> None: ...
    def replace_graph(self, graph: str, nquads: bytes, *, defer: bool = False) -> None: ...
    def add_dataset(self, ds: Dataset, *, defer: bool = False) -> None: ...
    def flush_summaries(self) -> int: ...
    def add_quads(self, quads: list[ox.Quad]) -> None: ...
    def ensure_ontology(self) -> None: ...
    def refresh_summary(self) -> None: ...
    def quads(self) -> Iterable[ox.Quad]: ...
    def graphs(self) -> list[str]: ...
    def dump_nquads(self) -> bytes: ...
    def to_dataset(self) -> Dataset: ...
    def flush(self) -> None: ...
    def __len__(self) -> int: ...


def open_store(
    location: str | os.PathLike | None = None, *, read_only: bool = False, must_exist: bool = False
) -> Store:
    """Open ``location``: a directory, ``:memory:``, or the URL of a SPARQL 1.1 server."""
    loc = str(location or DEFAULT_STORE)
    if loc.startswith(("http://", "https://")):
        from cmkg.graph.remote_store import RemoteStore

        return RemoteStore(loc)
    if loc == ":memory:":
        return GraphStore(ox.Store(), loc)
    path = Path(loc)
    if must_exist and not path.exists():
        raise CmkgError(E.STORE, f"{path}: no graph store here; run 'cmkg build --store {path}' first")
    try:
        store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except (OSError, RuntimeError) as exc:
        from cmkg.graph.store_errors import translate_store_error

        raise translate_store_error(exc, path) from None
    return GraphStore(store, loc)
