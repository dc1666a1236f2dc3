"""Entities are described once, in the entities graph; article graphs hold facts and evidence."""

from __future__ import annotations

import copy

import pytest

from cmkg.graph.entities import agreement_label
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.sparql import run_query
from cmkg.graph.store import open_store
from cmkg.graph.vocab import ENTITIES_GRAPH

DESCRIPTIONS = ("rdfs:label", "cmkg:code", "skos:altLabel", "owl:sameAs", "skos:prefLabel", "schema:name")


@pytest.fixture()
def two_articles(seed_sheet):
    other = copy.deepcopy(seed_sheet)
    other.update(key="https://example.org/other", article="other.txt", article_id="f" * 16)
    st = open_store(":memory:")
    st.ensure_ontology()
    st.add_dataset(sheet_to_graph(seed_sheet))
    st.add_dataset(sheet_to_graph(other))
    return st


def _count(store, query: str) -> int:
    return int(run_query(store, query).rows[0]["n"].value)


def test_a_plain_select_gives_one_row_per_country(two_articles):
    rows = run_query(two_articles, "SELECT ?label WHERE { ?c a cmkg:Country ; rdfs:label ?label }").rows
    labels = [r["label"].value for r in rows]
    assert len(labels) == len(set(labels)) and {"Japan", "Mexico", "China"} <= set(labels)


@pytest.mark.parametrize("prop", DESCRIPTIONS)
def test_article_graphs_hold_no_entity_descriptions(two_articles, prop):
    q = f"""SELECT (COUNT(*) AS ?n) WHERE {{
      GRAPH ?g {{ ?e {prop} ?v ; a ?t }}
      FILTER (?g != <{ENTITIES_GRAPH}> && ?t IN (cmkg:Country, cmkg:Mineral, cmkg:Organization, schema:Person))
    }}"""
    assert _count(two_articles, q) == 0


def test_descriptions_stay_when_an_article_changes(two_articles, seed_sheet):
    before = _count(two_articles, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?o }} }}")
    changed = copy.deepcopy(seed_sheet)
    changed["agreements"] = [a for a in changed["agreements"] if "MEX" not in a["parties"]]
    two_articles.add_dataset(sheet_to_graph(changed))
    two_articles.add_dataset(sheet_to_graph(changed))  # idempotent
    after = _count(two_articles, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?o }} }}")
    assert after == before
    code = "SELECT (COUNT(*) AS ?n) WHERE { <https://w3id.org/cmkg/id/country/JPN> cmkg:code ?c }"
    assert _count(two_articles, code) == 1


LABELS = [
    ("deal", ["JPN", "AUS"], "Deal: Australia - Japan"),
    ("deal", ["AUS", "JPN"], "Deal: Australia - Japan"),
    ("mou", ["CHL", "EU"], "MOU: Chile - European Union"),
    ("framework", ["USA", "IND"], "Framework: India - United States"),
]


@pytest.mark.parametrize(("type_", "parties", "label"), LABELS)
def test_agreement_labels_are_canonical(type_, parties, label):
    assert agreement_label(type_, parties) == label


def test_one_agreement_one_label_whatever_the_party_order(seed_sheet):
    a, b = copy.deepcopy(seed_sheet), copy.deepcopy(seed_sheet)
    b.update(key="https://example.org/b", article="b.txt", article_id="e" * 16)
    deal = {"parties": ["AUS", "JPN"], "status": "signed", "type": "deal", "evidence": "x."}
    a["agreements"] = [deal]
    b["agreements"] = [{**deal, "parties": ["JPN", "AUS"]}]
    st = open_store(":memory:")
    st.add_dataset(sheet_to_graph(a))
    st.add_dataset(sheet_to_graph(b))
    q = "SELECT DISTINCT ?l WHERE { ?a a cmkg:Agreement ; rdfs:label ?l }"
    assert [r["l"].value for r in run_query(st, q).rows] == ["Deal: Australia - Japan"]
