"""Descriptions of the things articles mention: countries, organisations, minerals, people.

A description (types, labels, ISO code, Wikidata QID, aliases, mineral
scheme) depends only on the entity's id, through the gazetteer, never on the
article that mentions it.  So it is written once, into the entities named
graph (``ENTITIES_GRAPH``), and article graphs hold only facts and their
evidence: a plain ``SELECT ?label WHERE { ?c a cmkg:Country ; rdfs:label
?label }`` gives one row per country, however many articles name it.
Writing a description again is a no-op, so replacing an article never makes
a description wrong or duplicated.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from cmkg.core.gazetteer import gazetteer
from cmkg.core.vocabulary import vocabulary
from cmkg.graph.vocab import (
    CMKG,
    OWL,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WD,
    country_iri,
    mineral_iri,
    org_iri,
    person_iri,
)

__all__ = ["describe_country", "describe_org", "describe_mineral", "describe_person", "agreement_label"]


def describe_country(g: Graph, code: str) -> URIRef:
    gz = gazetteer()
    iri = country_iri(code)
    c = gz.countries.get(code)
    g.add((iri, RDF.type, CMKG.Country))
    g.add((iri, RDF.type, SCHEMA.Country))
    g.add((iri, RDFS.label, Literal(gz.label(code), lang="en")))
    g.add((iri, CMKG.code, Literal(code)))
    for alias in gz.aliases(code):
        g.add((iri, SKOS.altLabel, Literal(alias, lang="en")))
    if c and c.qid:
        g.add((iri, OWL.sameAs, WD[c.qid]))
        g.add((iri, SKOS.exactMatch, WD[c.qid]))
    if code in gz.orgs:  # the EU is a party like a country and an organisation at once
        g.add((iri, RDF.type, CMKG.Organization))
        g.add((iri, RDF.type, SCHEMA.Organization))
    return iri


def describe_org(g: Graph, org_id: str) -> URIRef:
    gz = gazetteer()
    if org_id in gz.countries:
        return describe_country(g, org_id)
    org = gz.orgs.get(org_id)
    iri = org_iri(org_id)
    g.add((iri, RDF.type, CMKG.Organization))
    g.add((iri, RDF.type, SCHEMA.Organization))
    g.add((iri, RDFS.label, Literal(org.label if org else org_id, lang="en")))
    if org and org.qid:
        g.add((iri, OWL.sameAs, WD[org.qid]))
    return iri


def describe_mineral(g: Graph, name: str) -> URIRef:
    m = gazetteer().minerals.get(name)
    iri = mineral_iri(name)
    g.add((iri, RDF.type, CMKG.Mineral))
    g.add((iri, RDF.type, SKOS.Concept))
    g.add((iri, SKOS.prefLabel, Literal(name, lang="en")))
    g.add((iri, RDFS.label, Literal(name, lang="en")))
    g.add((iri, SKOS.inScheme, CMKG.MineralScheme))
    if m and m.qid:
        g.add((iri, SKOS.exactMatch, WD[m.qid]))
    if m and m.symbol:
        g.add((iri, CMKG.symbol, Literal(m.symbol)))
    if m and m.group and m.group != name:
        g.add((iri, SKOS.broader, describe_mineral(g, m.group)))
    return iri


def describe_person(g: Graph, name: str) -> URIRef:
    iri = person_iri(name)
    g.add((iri, RDF.type, SCHEMA.Person))
    g.add((iri, RDF.type, CMKG.Person))
    g.add((iri, SCHEMA.name, Literal(name)))
    g.add((iri, RDFS.label, Literal(name)))
    known = gazetteer().known_official(name)
    if known and known[2]:
        g.add((iri, OWL.sameAs, WD[known[2]]))
        g.add((iri, SKOS.exactMatch, WD[known[2]]))
    return iri


def agreement_label(type_: str, parties: list[str]) -> str:
    """The label of an unnamed agreement: its type, then its parties in alphabetical order.

    Sorting makes the label canonical, so "Japan - Australia" and "Australia -
    Japan" in two articles are one agreement with one label.
    """
    gz = gazetteer()
    concept = next((c for c in vocabulary().concepts["agreement_types"] if c.id == type_), None)
    head = concept.notation if concept and concept.notation else type_.capitalize()
    return f"{head}: {' - '.join(sorted(gz.label(c) for c in parties))}"
