"""What every cmkg store does, embedded or remote, written once.

A store keeps each article in its own named graph and a summary of deals per
country pair (``cmkg.graph.deal_summary``).  Subclasses supply the primitive
operations (a query, an update, an article's replacement, reading quads, a
bulk load); the summary upkeep, the ontology graph and the rdflib copies are
shared here so the two kinds of store cannot drift apart.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Dataset

from cmkg.graph.store.convert import dataset_graphs, nquads_of, quads_to_dataset

__all__ = [
    "Store",
    "BulkSource",
    "RejectedQuery",
    "ontology_nquads",
    "read_source",
    "graphs_in",
    "graphs_and_pairs",
    "replaced_graphs",
    "bulk_plan",
    "pending_marks",
]

BulkSource = str | os.PathLike | IO[bytes] | bytes


def ontology_nquads() -> bytes:
    """``data/ontology.ttl`` placed in the ontology's named graph."""
    from cmkg.core.resources import data_path
    from cmkg.graph.vocab import ONTOLOGY_GRAPH

    node = ox.NamedNode(str(ONTOLOGY_GRAPH))
    triples = ox.parse(data_path("ontology.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    return nquads_of(ox.Quad(t.subject, t.predicate, t.object, node) for t in triples)


class Store(ABC):
    """A graph store: one named graph per article, deal summaries kept current."""

    location: str
    # deal summaries recomputed per update request; 0 = all in one request (one transaction)
    summary_batch: int = 0

    # -- primitives each kind of store provides
    @abstractmethod
    def execute(self, query: str) -> Any:
        """Run a (checked) query over the union of all graphs; pyoxigraph result objects."""

    @abstractmethod
    def update(self, text: str) -> None:
        """Run a SPARQL update (cmkg's own updates only; user text never gets here)."""

    @abstractmethod
    def replace_graph(self, graph: str, nquads: bytes, *, defer: bool = False, describe: bytes = b"") -> None:
        """Swap an article's graph; recompute the deal summaries it touches now, or mark them pending.

        ``describe`` (N-Quads) is merged into the entities graph first (never replaced: descriptions
        depend on the entity alone, ``cmkg.graph.entities``), so an article never names an entity
        that is not described yet."""

    @abstractmethod
    def quads(self) -> Iterable[ox.Quad]: ...

    @abstractmethod
    def graphs(self) -> list[str]: ...

    @abstractmethod
    def add_quads(self, quads: list[ox.Quad]) -> None:
        """Add quads as they are (an import); the caller refreshes the summaries."""

    @abstractmethod
    def bulk_load(self, source: BulkSource, format: str = "nquads", *, replace: bool = True) -> None:
        """Load a large RDF file or stream (path, binary stream or bytes) the fastest way this store has.

        With ``replace`` (the default), each named graph that occurs in the
        input replaces the store's graph of that name, so loading a re-run's
        output again overwrites instead of duplicating.  No per-article
        transaction and no deal summary upkeep: the deal pairs the load
        touches (old and new) are only marked pending first, and
        ``flush_summaries()`` or ``refresh_summary()`` once after the last
        load brings the summaries in line (after a kill too).
        """

    @abstractmethod
    def flush(self) -> None: ...

    @abstractmethod
    def __len__(self) -> int: ...

    # -- shared behaviour
    def add_dataset(self, ds: Dataset, *, defer: bool = False) -> None:
        """Store each named graph of an rdflib ``Dataset`` (one article's graph) as a replacement;
        the entities graph of ``ds`` is merged in with the first of them."""
        from cmkg.graph.vocab import ENTITIES_GRAPH

        graphs = list(dataset_graphs(ds))
        described = b"".join(nq for g, nq in graphs if g == str(ENTITIES_GRAPH))
        for graph, nquads in graphs:
            if graph != str(ENTITIES_GRAPH):
                self.replace_graph(graph, nquads, defer=defer, describe=described)
                described = b""

    def replace_articles(self, graphs: list[tuple[str, bytes]], describe: bytes = b"") -> None:
        """Store a batch of articles' graphs, (IRI, N-Quads) each replacing its namesake, with ``describe``
        merged into the entities graph; their deal summaries are marked pending (``flush_summaries``).

        Here: one ``replace_graph`` per article.  A store with a faster way to write many graphs at once
        overrides it."""
        for graph, nquads in graphs:
            self.replace_graph(graph, nquads, defer=True, describe=describe)
            describe = b""

    def flush_summaries(self) -> int:
        """Recompute the pending deal summaries; return how many pairs were pending."""
        from cmkg.graph.deal_summary import flush_pending

        return flush_pending(self)

    def refresh_summary(self) -> None:
        """Recompute every deal summary (after an import or bulk load that bypassed replace_graph)."""
        from cmkg.graph.deal_summary import rebuild_all

        rebuild_all(self)

    def ensure_ontology(self) -> None:
        """Keep ``data/ontology.ttl`` in its own named graph, so SPARQL clients see labels of statuses and types."""
        from cmkg.graph.vocab import ONTOLOGY_GRAPH

        self.replace_graph(str(ONTOLOGY_GRAPH), ontology_nquads())

    def dump_nquads(self) -> bytes:
        return nquads_of(self.quads())

    def to_dataset(self) -> Dataset:
        """An in-memory rdflib copy (for JSON-LD and SHACL); ``cmkg.open_graph`` gives the store itself."""
        return quads_to_dataset(self.quads())


def read_source(source: BulkSource) -> tuple[str | None, bytes | None]:
    """(path, None) for a file, (None, data) for bytes or a binary stream, which is read whole."""
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source), None
    if isinstance(source, (bytes, bytearray)):
        return None, bytes(source)
    return None, source.read()


def graphs_in(path: str | None, data: bytes | None, fmt: ox.RdfFormat) -> set[str]:
    """The named graphs an RDF file or buffer writes to (one streaming pass, nothing kept but names)."""
    return graphs_and_pairs(path, data, fmt)[0]


def graphs_and_pairs(path: str | None, data: bytes | None, fmt: ox.RdfFormat) -> tuple[set[str], set[tuple[str, str]]]:
    """The named graphs an RDF file or buffer writes to, and the deal pairs it holds (one streaming pass)."""
    from cmkg.core.errors import CmkgError, E
    from cmkg.graph.vocab import CMKG

    where = path or "bulk-load input"
    deal, graphs, pairs = str(CMKG.hasDealWith), set(), set()
    try:
        for q in ox.parse(path=path, format=fmt) if path is not None else ox.parse(data, format=fmt):
            if isinstance(q.graph_name, ox.NamedNode):
                graphs.add(q.graph_name.value)
            if q.predicate.value == deal:
                pairs.add((q.subject.value, q.object.value))
    except (SyntaxError, ValueError) as exc:
        raise CmkgError(E.BAD_RDF, f"{where}: malformed RDF: {' '.join(str(exc).split())}") from None
    except OSError as exc:
        raise CmkgError(E.NOT_FOUND, f"{where}: cannot read ({exc.strerror or exc})") from None
    return graphs, pairs


def replaced_graphs(path: str | None, data: bytes | None, fmt: ox.RdfFormat) -> set[str]:
    """The named graphs a bulk load with ``replace`` empties first: all it writes to but the entities
    graph, which is merged (each file describes the entities it names; ``cmkg.graph.entities``)."""
    return bulk_plan(path, data, fmt, replace=True)[0]


def bulk_plan(
    path: str | None, data: bytes | None, fmt: ox.RdfFormat, *, replace: bool
) -> tuple[set[str], set[tuple[str, str]]]:
    """What a bulk load empties first (see ``replaced_graphs``) and the deal pairs of its input, which the
    store marks pending before it changes anything.

    Without ``replace`` the input is not read here at all: it goes straight to the loader, which may be a
    server reading a file on its own disk that this process cannot see (Virtuoso's ``ld_dir``). Nothing is
    marked then; the caller recomputes the summaries after such a load, as the Dask build does."""
    from cmkg.graph.vocab import ENTITIES_GRAPH

    if not replace:
        return set(), set()
    graphs, pairs = graphs_and_pairs(path, data, fmt)
    return graphs - {str(ENTITIES_GRAPH)}, pairs


def pending_marks(store: Store, graphs: set[str], pairs: set[tuple[str, str]]) -> str:
    """An update operation (no prologue; empty if there is nothing to mark) recording as pending the deal
    pairs ``graphs`` hold now and ``pairs``: a bulk load killed before the summaries are redone leaves the
    record of what to redo, as an article's replacement does."""
    from cmkg.graph.deal_summary import pair_set, pairs_in_graphs_query, pending_update

    if graphs:
        pairs = pairs | pair_set(store.execute(pairs_in_graphs_query(sorted(graphs))))
    return pending_update(pairs) if pairs else ""


class RejectedQuery(Exception):
    """A server refused a query as malformed; the message is the server's (``cmkg.graph.sparql`` reports it)."""
