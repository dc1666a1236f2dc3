"""The graph store package: one interface, an embedded and a remote kind.

``open_store(location)`` is the entry point: a directory (embedded Oxigraph
on disk, the default), ``:memory:``, or a SPARQL server URL, optionally with
a server profile (``virtuoso+http://host:8890``).  Modules:

* ``base``: the ``Store`` base class (shared summary, ontology and copy logic);
* ``embedded``: ``EmbeddedStore`` over ``pyoxigraph.Store``;
* ``remote``: ``RemoteStore`` over the SPARQL 1.1 Protocol and Graph Store Protocol;
* ``http``: the HTTP connector (transport, credentials, timeouts);
* ``profiles``: how servers differ, as data;
* ``convert``: rdflib <-> pyoxigraph terms and quads;
* ``rdflib_view``: the store itself as an rdflib ``Dataset`` (through oxrdflib);
* ``virtuoso``: Virtuoso's bulk loader (``ld_dir`` / ``rdf_loader_run``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph.store.base import BulkSource, RejectedQuery, Store, ontology_nquads
from cmkg.graph.store.convert import dataset_graphs
from cmkg.graph.store.embedded import EmbeddedStore
from cmkg.graph.store.remote import RemoteStore, is_remote

__all__ = [
    "DEFAULT_STORE",
    "Store",
    "EmbeddedStore",
    "RemoteStore",
    "BulkSource",
    "RejectedQuery",
    "open_store",
    "open_oxigraph",
    "is_remote",
    "dataset_graphs",
    "ontology_nquads",
]

DEFAULT_STORE = "cmkg-store"


def open_oxigraph(location: str | os.PathLike, *, read_only: bool = False, must_exist: bool = False) -> ox.Store:
    """The ``pyoxigraph.Store`` at ``location`` (a directory or ``:memory:``), with cmkg's errors."""
    loc = str(location)
    if loc == ":memory:":
        return ox.Store()
    path = Path(loc)
    if must_exist and not path.exists():
        raise CmkgError(E.STORE, f"{path}: no graph store here; run 'cmkg build --store {path}' first")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except (OSError, RuntimeError) as exc:  # RocksDB says "Corruption: ..." as a RuntimeError
        from cmkg.graph.store_errors import translate_store_error

        raise translate_store_error(exc, path) from None


def open_store(
    location: str | os.PathLike | None = None, *, read_only: bool = False, must_exist: bool = False
) -> Store:
    """Open ``location``: a directory, ``:memory:``, or the URL of a SPARQL 1.1 server."""
    loc = str(location or DEFAULT_STORE)
    if is_remote(loc):
        return RemoteStore(loc)
    return EmbeddedStore(open_oxigraph(loc, read_only=read_only, must_exist=must_exist), loc, read_only=read_only)
