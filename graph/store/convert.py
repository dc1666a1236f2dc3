"""The one place where rdflib terms become pyoxigraph terms and back.

rdflib builds each article's graph (``cmkg.graph.rdf_build``); Oxigraph stores
and queries it.  Every crossing between the two goes through these functions,
term by term, so no N-Quads text is written and re-parsed on the way and a
literal keeps its lexical form, language and datatype exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

__all__ = [
    "RDF_FORMATS",
    "rdf_format",
    "to_ox",
    "from_ox",
    "dataset_graphs",
    "graph_quads",
    "dataset_quads",
    "quads_to_dataset",
    "triples_of",
    "nquads_of",
    "ntriples_of",
]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def rdf_format(name: str | ox.RdfFormat) -> ox.RdfFormat:
    """An ``ox.RdfFormat`` from a cmkg format name (``nquads``, ``turtle`` …) or a format already."""
    if isinstance(name, ox.RdfFormat):
        return name
    try:
        return RDF_FORMATS[name.lower().replace("-", "")]
    except KeyError:
        raise ValueError(f"unknown RDF format '{name}'; expected one of {', '.join(RDF_FORMATS)}") from None


def to_ox(term: Any) -> Any:
    """An rdflib term (IRI, blank node, literal, or the default-graph id) as a pyoxigraph term."""
    if term is None or term == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term (``None`` for the default graph)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # a plain literal, as rdflib's own parsers give it
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"not an RDF term: {term!r}")


def graph_quads(ds: Dataset) -> Iterator[tuple[str, list[ox.Quad]]]:
    """Each non-empty named graph of ``ds`` as (graph IRI, its quads)."""
    for g in ds.graphs():
        if str(g.identifier).startswith("urn:x-rdflib:default") or len(g) == 0:
            continue
        name = ox.NamedNode(str(g.identifier))
        yield str(g.identifier), [ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in g]


def dataset_graphs(ds: Dataset) -> Iterator[tuple[str, bytes]]:
    """Each non-empty named graph of ``ds`` as (graph IRI, N-Quads)."""
    for graph, quads in graph_quads(ds):
        yield graph, nquads_of(quads)


def dataset_quads(ds: Dataset) -> list[ox.Quad]:
    """Every quad of ``ds``, its default graph included (an import of JSON-LD)."""
    return [
        ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(getattr(g, "identifier", g)))
        for s, p, o, g in ds.quads((None, None, None, None))
    ]


def quads_to_dataset(quads: Iterable[ox.Quad]) -> Dataset:
    """An in-memory rdflib ``Dataset`` holding a copy of ``quads``."""
    ds = Dataset()
    for q in quads:
        g = from_ox(q.graph_name)
        ds.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), g if g is not None else ds.default_graph))
    return ds


def triples_of(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The triples of ``quads``, graph names dropped (duplicates kept)."""
    return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]


def nquads_of(quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS) or b""


def ntriples_of(quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize(triples_of(quads), format=ox.RdfFormat.N_TRIPLES) or b""
