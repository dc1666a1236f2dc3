"""Exports and imports.

RDF formats keep named graphs where the format can (TriG, N-Quads, JSON-LD);
Turtle and N-Triples carry the union.  GraphML (for Gephi) and HTML come from
the networkx view.  Files are written to a temporary name and renamed, so a
failure never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph.store import Store
from cmkg.graph.store.convert import dataset_quads, triples_of

__all__ = ["EXPORT_FORMATS", "export", "render_store_html", "import_rdf", "atomic_write"]

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": None,
}
EXPORT_FORMATS = (*RDF_FORMATS, "graphml", "html")
IMPORT_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": None,
}


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _union_triples(store: Store) -> list[ox.Triple]:
    return list(dict.fromkeys(triples_of(store.quads())))


def _serialize(store: Store, fmt: str) -> bytes:
    from cmkg.graph.vocab import PREFIXES

    if fmt == "jsonld":
        ds = store.to_dataset()
        return ds.serialize(format="json-ld", indent=1).encode("utf-8")
    rdf_format = RDF_FORMATS[fmt]
    if fmt in ("trig", "nquads"):
        return ox.serialize(list(store.quads()), format=rdf_format, prefixes=PREFIXES if fmt == "trig" else None) or b""
    return ox.serialize(_union_triples(store), format=rdf_format, prefixes=PREFIXES if fmt == "turtle" else None) or b""


def render_store_html(store: Store, *, served: bool = False) -> str:
    """The explorer page: self-contained for a file, or loading its scripts from ``cmkg serve``."""
    from cmkg.graph.nxview import to_networkx
    from cmkg.graph.pages import render_explorer

    return render_explorer(to_networkx(store), served=served)


def export(store: Store, fmt: str, out: Path) -> None:
    if fmt not in EXPORT_FORMATS:
        raise CmkgError(E.BAD_CONFIG, f"unknown export format '{fmt}'; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt in RDF_FORMATS:
        atomic_write(out, _serialize(store, fmt))
        return
    if fmt == "html":
        atomic_write(out, render_store_html(store).encode("utf-8"))
    else:
        from cmkg.graph.nxview import to_networkx

        g = to_networkx(store)
        flat = nx.MultiDiGraph()
        for n, a in g.nodes(data=True):
            flat.add_node(n, **{k: str(v) for k, v in a.items() if v is not None})
        for u, v, k, a in g.edges(keys=True, data=True):
            flat.add_edge(
                u,
                v,
                key=k,
                **{
                    kk: (json.dumps(vv) if isinstance(vv, (list, dict)) else str(vv))
                    for kk, vv in a.items()
                    if vv is not None
                },
            )
        atomic_write(out, "\n".join(nx.generate_graphml(flat)).encode("utf-8"))


def import_rdf(store: Store, path: Path) -> int:
    """Load an RDF file into the store in one transaction; return the quads added."""
    suffix = path.suffix.lower()
    if suffix not in IMPORT_FORMATS:
        raise CmkgError(E.BAD_RDF, f"{path}: unknown RDF extension '{suffix}'; expected {', '.join(IMPORT_FORMATS)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CmkgError(E.NOT_FOUND, f"{path}: cannot read ({exc.strerror})") from None
    before = len(store)
    try:
        if suffix == ".jsonld":
            from rdflib import Dataset

            ds = Dataset()
            ds.parse(data=data.decode("utf-8"), format="json-ld")
            quads = dataset_quads(ds)
        else:
            quads = list(ox.parse(data, format=IMPORT_FORMATS[suffix]))
    except (SyntaxError, ValueError, UnicodeDecodeError) as exc:
        raise CmkgError(E.BAD_RDF, f"{path}: malformed RDF: {' '.join(str(exc).split())}") from None
    store.add_quads(quads)
    added = len(store) - before
    from cmkg.graph.deal_summary import SUMMARY_GRAPH

    if not any(isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == SUMMARY_GRAPH for q in quads):
        store.refresh_summary()  # data from elsewhere: derive the deal summaries it lacks
    from cmkg.graph.history import HISTORY_GRAPH, refresh_history

    if not any(isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == HISTORY_GRAPH for q in quads):
        refresh_history(store)  # imported status steps join the merged histories
    return added
