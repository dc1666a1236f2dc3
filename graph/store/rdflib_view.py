"""The store itself as an rdflib ``Dataset``, through oxrdflib (no copy).

rdflib code (kglab, pySHACL, a notebook's ``ds.query``) reads the Oxigraph
store cmkg built, through ``oxrdflib.OxigraphStore`` over the same
``pyoxigraph.Store``: a query written as text is answered by Oxigraph, as
``cmkg sparql`` answers it, with the union of the article graphs as the
default graph.

The view is read-only and guarded, because rdflib's own SPARQL engine
fetches URLs for ``SERVICE``, ``FROM`` and ``LOAD``: query text passes
cmkg's check (``cmkg.graph.sparql.check_query``) before it runs; prepared
queries (``rdflib.plugins.sparql.prepareQuery``) and updates are refused.
Code that calls ``query(..., use_store_provided=False)`` or parses remote
sources itself bypasses this guard: run only trusted queries that way.
"""

from __future__ import annotations

from typing import Any

from oxrdflib import OxigraphStore
from rdflib import Dataset

from cmkg.core.errors import CmkgError, E

__all__ = ["GuardedOxigraphStore", "dataset_over"]


class GuardedOxigraphStore(OxigraphStore):
    """oxrdflib's store, with cmkg's query check in front and writes refused."""

    def query(self, query: Any, initNs: Any, initBindings: Any, queryGraph: Any, **kwargs: Any) -> Any:
        from cmkg.graph.sparql import check_query

        if not isinstance(query, str):
            raise CmkgError(
                E.FORBIDDEN_QUERY,
                "prepared rdflib queries run on rdflib's own engine, which fetches SERVICE and FROM URLs; "
                "pass the query text instead",
            )
        checked = check_query(query)  # run the text that was checked, not the one that was given
        return super().query(checked, initNs, initBindings, queryGraph, **kwargs)

    def update(self, update: Any, *args: Any, **kwargs: Any) -> None:
        raise CmkgError(E.READ_ONLY_VIEW, "the rdflib view of a cmkg store is read-only; use 'cmkg build' or 'import'")

    def add(self, *args: Any, **kwargs: Any) -> None:
        raise CmkgError(E.READ_ONLY_VIEW, "the rdflib view of a cmkg store is read-only; use 'cmkg build' or 'import'")

    addN = add
    remove = add


def dataset_over(ox_store: Any) -> Dataset:
    """A read-only rdflib ``Dataset`` over ``ox_store``: the union of all graphs as default, cmkg's prefixes bound."""
    from cmkg.graph.vocab import PREFIXES

    ds = Dataset(store=GuardedOxigraphStore(store=ox_store), default_union=True)
    for prefix, namespace in PREFIXES.items():
        ds.bind(prefix, namespace, override=True, replace=True)
    return ds
