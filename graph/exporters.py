"""Exports and imports.

RDF formats keep named graphs where the format can (TriG, N-Quads, JSON-LD);
Turtle and N-Triples carry the union, so importing them cannot restore a
working cmkg graph: the import says so (E212).  JSON-LD never loads a remote
``@context`` or ``@import`` (E211): that would fetch URLs or read local files.  GraphML (for Gephi) and HTML come from
the networkx view: ``html`` is the sigma.js explorer, ``pyvis`` a vis-network page for small graphs
(``cmkg.graph.pyvis_page``).  Files are written to a temporary name and renamed, so a failure never leaves half a file.
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

__all__ = [
    "EXPORT_FORMATS",
    "export",
    "export_bytes",
    "render_store_html",
    "import_rdf",
    "atomic_write",
    "remote_contexts",
    "triples_only",
]

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": None,
}
EXPORT_FORMATS = (*RDF_FORMATS, "graphml", "html", "pyvis")
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


def export_bytes(store: Store, fmt: str) -> bytes:
    """The whole export in memory, for a file (``export``) or standard output (``--out -``)."""
    if fmt not in EXPORT_FORMATS:
        raise CmkgError(E.BAD_CONFIG, f"unknown export format '{fmt}'; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt in RDF_FORMATS:
        return _serialize(store, fmt)
    if fmt == "html":
        return render_store_html(store).encode("utf-8")
    from cmkg.graph.nxview import to_networkx

    if fmt == "pyvis":
        from cmkg.graph.pyvis_page import render_pyvis

        return render_pyvis(to_networkx(store)).encode("utf-8")

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
    return "\n".join(nx.generate_graphml(flat)).encode("utf-8")


def export(store: Store, fmt: str, out: Path) -> None:
    """Write the export to ``out`` through a temporary name, so a failure leaves no half file."""
    atomic_write(out, export_bytes(store, fmt))


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

            doc = json.loads(data.decode("utf-8"))
            if remote := remote_contexts(doc):
                raise CmkgError(
                    E.REMOTE_CONTEXT,
                    f"{path}: refers to a remote JSON-LD context ({remote[:200]}); cmkg never fetches one "
                    "(it would reach the network or read local files); inline the context and import again",
                )
            ds = Dataset()
            ds.parse(data=json.dumps(doc), format="json-ld")
            quads = dataset_quads(ds)
        else:
            quads = list(ox.parse(data, format=IMPORT_FORMATS[suffix]))
    except RecursionError:
        raise CmkgError(E.BAD_RDF, f"{path}: malformed RDF: nested too deeply") from None
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


def triples_only(path: Path, added: int) -> CmkgError | None:
    """What importing a Turtle or N-Triples file cannot restore, said plainly; None for quad formats."""
    if path.suffix.lower() not in (".ttl", ".nt"):
        return None
    return CmkgError(
        E.PARTIAL_IMPORT,
        f"{path}: {path.suffix.lower()} carries no named graphs, so its {added} triples went to the default graph; "
        "cmkg's questions (deals, summaries) read the per-article named graphs and will not see them; "
        "export and import TriG, N-Quads or JSON-LD to move a whole cmkg graph",
    )


def remote_contexts(node: object) -> str | None:
    """The first context a JSON-LD document would load from elsewhere (a string ``@context``, or ``@import``)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key == "@import":
                    return str(value)
                if key == "@context":
                    for ctx in value if isinstance(value, list) else [value]:
                        if isinstance(ctx, str):
                            return ctx
                stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return None
