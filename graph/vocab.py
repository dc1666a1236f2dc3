"""Namespaces and IRI minting.

Entity IRIs come from standard ids (ISO alpha-3, organisation ids, mineral
names, name slugs), so the same country or person mentioned in N articles is
one node.  Article IRIs come from the article's *key* (URL or source name),
so a changed article replaces its own named graph.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "CMKG",
    "ID",
    "SCHEMA",
    "WD",
    "PROV",
    "SKOS",
    "RDF",
    "RDFS",
    "OWL",
    "XSD",
    "PREFIXES",
    "slug",
    "country_iri",
    "org_iri",
    "mineral_iri",
    "person_iri",
    "article_iri",
    "graph_iri",
    "status_iri",
    "activity_iri",
    "type_iri",
    "measure_iri",
    "agreement_iri",
    "ONTOLOGY_GRAPH",
    "ENTITIES_GRAPH",
]

CMKG = Namespace("https://w3id.org/cmkg/ontology#")
ID = Namespace("https://w3id.org/cmkg/id/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
ONTOLOGY_GRAPH = URIRef("https://w3id.org/cmkg/ontology")
# Countries, organisations, minerals and people are described (labels, codes, QIDs, aliases) once, here,
# not in every article graph: their descriptions come from the gazetteer or the name alone, so they are the
# same whichever article mentions them, and a plain SELECT over the union gives one row per entity.
ENTITIES_GRAPH = URIRef("https://w3id.org/cmkg/entities")

PREFIXES = {
    "cmkg": str(CMKG),
    "id": str(ID),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-") or hashlib.sha1(text.encode()).hexdigest()[:10]


def country_iri(code: str) -> URIRef:
    return ID[f"country/{code}"]


def org_iri(org_id: str) -> URIRef:
    return ID[f"org/{slug(org_id)}"]


def mineral_iri(name: str) -> URIRef:
    return ID[f"mineral/{slug(name)}"]


def person_iri(name: str) -> URIRef:
    return ID[f"person/{slug(name)}"]


def article_iri(key: str) -> URIRef:
    return ID[f"article/{hashlib.sha256(key.encode()).hexdigest()[:16]}"]


def graph_iri(key: str) -> URIRef:
    return ID[f"graph/{hashlib.sha256(key.encode()).hexdigest()[:16]}"]


def status_iri(status: str) -> URIRef:
    return CMKG[f"status-{status}"]


def activity_iri(activity: str) -> URIRef:
    return CMKG[f"activity-{activity}"]


def type_iri(agreement_type: str) -> URIRef:
    return CMKG[f"type-{agreement_type}"]


def measure_iri(measure: str) -> URIRef:
    return CMKG[f"measure-{measure}"]


def agreement_iri(name: str | None, parties: list[str], type_: str) -> URIRef:
    if name:
        return ID[f"agreement/{slug(name)}"]
    return ID[f"agreement/{type_}-{'-'.join(sorted(parties))}".lower()]
