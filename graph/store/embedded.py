"""The embedded store: Oxigraph on disk by default, in memory on request.

Each article lives in its own named graph; adding an article drops that graph
and loads the new one in a single Oxigraph transaction, so re-ingesting an
unchanged article changes nothing, a changed one replaces its facts, and a
killed batch leaves only whole articles behind.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph.store.base import BulkSource, Store, bulk_plan, pending_marks, read_source
from cmkg.graph.store.convert import ntriples_of, rdf_format

__all__ = ["EmbeddedStore"]


class EmbeddedStore(Store):
    """A ``pyoxigraph.Store`` (``self.ox``) with cmkg's article and summary upkeep."""

    def __init__(self, store: ox.Store, location: str, *, read_only: bool = False) -> None:
        self.ox = store
        self.location = location
        self.read_only = read_only  # a read-only RocksDB has no background writers: safe to fork with

    def execute(self, query: str) -> Any:
        return self.ox.query(query, use_default_graph_as_union=True)

    def replace_graph(self, graph: str, nquads: bytes, *, defer: bool = False, describe: bytes = b"") -> None:
        from cmkg.graph.deal_summary import (
            pair_set,
            pairs_in_nquads,
            pairs_query,
            pending_update,
            refresh_update,
            with_prologue,
        )

        body = ntriples_of(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)).decode("utf-8")
        ops = [f"DROP SILENT GRAPH <{graph}>", f"INSERT DATA {{ GRAPH <{graph}> {{ {body} }} }}"]
        if describe:  # the entities the article names, described in the same transaction
            from cmkg.graph.vocab import ENTITIES_GRAPH

            described = ntriples_of(ox.parse(describe, format=ox.RdfFormat.N_QUADS)).decode("utf-8")
            ops.insert(0, f"INSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{ {described} }} }}")
        old = pair_set(self.ox.query(pairs_query(graph)))
        pairs = old | pairs_in_nquads(nquads)
        if pairs:
            ops.append(pending_update(pairs) if defer else refresh_update(pairs))
        # One update request = one transaction: the old graph goes, the new one arrives, and its deal
        # summaries are recomputed (or recorded as pending) together.
        self.ox.update(with_prologue(" ;\n".join(ops)))

    def replace_articles(self, graphs: list[tuple[str, bytes]], describe: bytes = b"") -> None:
        """Two transactions per batch, not one per article: the old graphs go and their deal pairs (old and
        new) are marked pending in one update; then the new graphs and the descriptions are parsed and
        loaded in one ``Store.load``, without a SPARQL text round trip.  A build killed between the two
        leaves the batch's articles out (never half in) and the pending pairs recorded: a re-run restores
        both."""
        from cmkg.graph.deal_summary import (
            pair_set,
            pairs_in_graphs_query,
            pairs_in_nquads,
            pending_update,
            with_prologue,
        )

        names = [graph for graph, _ in graphs]
        data = b"".join(nquads for _, nquads in graphs)
        pairs = pair_set(self.ox.query(pairs_in_graphs_query(names))) | pairs_in_nquads(data)
        ops = [f"DROP SILENT GRAPH <{graph}>" for graph in names] + ([pending_update(pairs)] if pairs else [])
        self.ox.update(with_prologue(" ;\n".join(ops)))
        self.ox.load(describe + data, format=ox.RdfFormat.N_QUADS)

    def update(self, text: str) -> None:
        self.ox.update(text)

    def add_quads(self, quads: list[ox.Quad]) -> None:
        self.ox.extend(quads)

    def bulk_load(self, source: BulkSource, format: str = "nquads", *, replace: bool = True) -> None:
        from cmkg.graph.deal_summary import with_prologue

        fmt = rdf_format(format)
        path, data = read_source(source)
        where = path or "bulk-load input"
        graphs, pairs = bulk_plan(path, data, fmt, replace=replace)
        marks = pending_marks(self, graphs, pairs)
        if marks:
            self.ox.update(with_prologue(marks))
        for graph in sorted(graphs):
            self.ox.remove_graph(ox.NamedNode(graph))
        try:
            if path is not None:
                self.ox.bulk_load(path=path, format=fmt)
            else:
                self.ox.bulk_load(data, format=fmt)
        except (SyntaxError, ValueError) as exc:
            raise CmkgError(E.BAD_RDF, f"{where}: malformed RDF: {' '.join(str(exc).split())}") from None
        except OSError as exc:
            raise CmkgError(E.STORE, f"{self.location}: bulk load of {where} failed ({exc})") from None

    def quads(self) -> Iterable[ox.Quad]:
        return self.ox.quads_for_pattern(None, None, None, None)

    def __len__(self) -> int:
        return sum(1 for _ in self.quads())

    def graphs(self) -> list[str]:
        return [g.value for g in self.ox.named_graphs()]

    def dump_nquads(self) -> bytes:
        return self.ox.dump(format=ox.RdfFormat.N_QUADS) or b""

    def flush(self) -> None:
        if self.location != ":memory:":
            self.ox.flush()
