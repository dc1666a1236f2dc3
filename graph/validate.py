"""SHACL validation of the graph against ``data/shapes.ttl``.

Validation runs on the union of the named graphs, because shapes talk about
entities (one Japan node), not about one article's slice of them.  The
ontology is passed as pyshacl's ``ont_graph`` so subclass targets resolve.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from cmkg.core.errors import CmkgError, E
from cmkg.core.resources import data_path
from cmkg.graph.store import Store

__all__ = ["ValidationReport", "validate_store", "validate_graph", "load_ontology", "load_shapes"]


@dataclass
class ValidationReport:
    conforms: bool
    violations: int
    text: str


def _load(name: str) -> Graph:
    path = data_path(name)
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:
        raise CmkgError(E.BAD_RDF, f"{path}: malformed Turtle: {' '.join(str(exc).split())}") from None
    return g


def load_ontology() -> Graph:
    return _load("ontology.ttl")


def load_shapes() -> Graph:
    return _load("shapes.ttl")


def validate_graph(data: Graph) -> ValidationReport:
    from pyshacl import validate
    from rdflib.namespace import SH

    conforms, report, text = validate(
        data,
        shacl_graph=load_shapes(),
        ont_graph=load_ontology(),
        inference="none",
        advanced=False,
        allow_warnings=True,
    )
    violations = sum(1 for _ in report.subjects(SH.resultSeverity, SH.Violation))
    return ValidationReport(bool(conforms), violations, str(text))


def validate_store(store: Store) -> ValidationReport:
    union = Graph()
    for s, p, o, _ in store.to_dataset().quads((None, None, None, None)):
        union.add((s, p, o))
    return validate_graph(union)
