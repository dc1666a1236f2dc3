"""Each stored query on a small hand-made graph, where the right answer is known."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from cmkg.app import api
from cmkg.graph.deal_summary import SUMMARY_GRAPH
from cmkg.graph.history import refresh_history
from cmkg.graph.questions import stored_query, term_value
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.sparql import run_query
from cmkg.graph.store import open_store
from cmkg.graph.vocab import country_iri

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini_sheet.json"


@pytest.fixture(scope="module")
def mini():
    st = open_store(":memory:")
    st.ensure_ontology()
    st.add_dataset(sheet_to_graph(json.loads(MINI.read_text(encoding="utf-8"))))
    refresh_history(st)  # what cmkg build does last
    return st


CASES = [
    ("officials", {"country": "Japan"}, ("name", "role"), {("Ada Minister", "Trade Minister")}),
    ("officials", {}, ("code", "name"), {("JPN", "Ada Minister"), ("USA", "Bob Secretary")}),
    (
        "export_controls",
        {"country": "CHN"},
        ("mineralLabel", "measure", "status"),
        {("gallium", "licence", "in_force"), ("germanium", "licence", "in_force"), ("graphite", "ban", "suspended")},
    ),
    ("export_controls", {"mineral": "Graphite"}, ("code", "status"), {("CHN", "suspended")}),
    ("export_controls", {"country": "Japan"}, ("code",), set()),
    ("production_shares", {"mineral": "lithium"}, ("code", "activity", "percent"), {("AUS", "mines", 50.0)}),
    ("production_shares", {}, ("code", "mineralLabel"), {("AUS", "lithium"), ("CHN", "graphite")}),
    ("agreements_by_status", {"status": "planned"}, ("type", "parties"), {("framework", "IND, USA")}),
    (
        "agreements_by_status",
        {"status": "existing"},
        ("type", "parties"),
        {("partnership", "AUS, JPN"), ("initiative", "AUS, IND, JPN, USA")},
    ),
    ("agreements_by_status", {}, ("statusName",), {("signed",), ("planned",), ("existing",)}),
    ("deal_partners", {"country": "US"}, ("code",), {("JPN",), ("IND",), ("AUS",)}),
    ("deal_partners", {"country": "CHN"}, ("code",), set()),
    (
        "deal_evidence",
        {"country": "India"},
        ("code", "status", "core"),
        {("USA", "planned", False), ("USA", "existing", False), ("JPN", "existing", False), ("AUS", "existing", False)},
    ),
    (
        "deal_evidence",
        {"country": "United States"},
        ("code", "status", "core"),
        {
            ("JPN", "signed", True),
            ("JPN", "existing", False),
            ("IND", "planned", False),
            ("IND", "existing", False),
            ("AUS", "existing", False),
        },
    ),
    # the maintained summary: one row per partner, furthest status first, core if any core agreement
    (
        "deal_summaries",
        {"country": "United States"},
        ("code", "status", "core", "evidenceCount"),
        {("JPN", "signed", True, 2), ("IND", "existing", False, 2), ("AUS", "existing", False, 1)},
    ),
    (
        "deal_summaries",
        {"country": "India"},
        ("code", "status", "core"),
        {("USA", "existing", False), ("JPN", "existing", False), ("AUS", "existing", False)},
    ),
    # deals_with: the same partners, one row per partner and agreement, typed columns
    (
        "deals_with",
        {"country": "India"},
        ("code", "status", "core", "agreement"),
        {
            ("USA", "existing", False, "Quad Critical Minerals Initiative"),
            ("USA", "existing", False, "Framework: India - United States"),
            ("JPN", "existing", False, "Quad Critical Minerals Initiative"),
            ("AUS", "existing", False, "Quad Critical Minerals Initiative"),
        },
    ),
    # time: the mini sheet states no dates, so every fact is dated by its publication, 2026-01-02
    (
        "status_steps",
        {},
        ("status", "from", "published"),
        {
            (f"https://w3id.org/cmkg/ontology#status-{s}", "2026-01-02", "2026-01-02T00:00:00Z")
            for s in ("signed", "planned", "existing")
        },
    ),
    (
        "status_timeline",
        {"country": "India"},
        ("partnerLabel", "status", "from"),
        {
            ("United States", "planned", "2026-01-02"),
            ("United States", "existing", "2026-01-02"),
            ("Japan", "existing", "2026-01-02"),
            ("Australia", "existing", "2026-01-02"),
        },
    ),
    ("status_timeline", {"country": "India", "since": "2026-01-03"}, ("status",), set()),
    (
        "deals_as_of",
        {"country": "US", "asOf": "2026-01-02"},
        ("code", "status", "type"),
        {
            ("JPN", "signed", "https://w3id.org/cmkg/ontology#type-deal"),
            ("JPN", "existing", "https://w3id.org/cmkg/ontology#type-initiative"),
            ("IND", "planned", "https://w3id.org/cmkg/ontology#type-framework"),
            ("IND", "existing", "https://w3id.org/cmkg/ontology#type-initiative"),
            ("AUS", "existing", "https://w3id.org/cmkg/ontology#type-initiative"),
        },
    ),
    ("deals_as_of", {"country": "US", "asOf": "2026-01-01"}, ("code",), set()),  # before anything was reported
    (
        "history_snapshot",
        {},
        ("status", "parties", "seq"),
        {
            ("signed", "JPN, USA", 0),
            ("planned", "IND, USA", 0),
            ("existing", "AUS, JPN", 0),
            ("existing", "AUS, IND, JPN, USA", 0),
        },
    ),
    (
        "controls_snapshot",
        {},
        ("country", "status", "from"),
        {("CHN", "in_force", "2026-01-02"), ("CHN", "suspended", "2026-01-02")},
    ),
]


def _cell(row, column):
    if column == "parties":  # GROUP_CONCAT order is unspecified
        return ", ".join(sorted(row[column].split(", ")))
    return row[column]


@pytest.mark.parametrize(("name", "bind", "columns", "expected"), CASES)
def test_stored_query(mini, name, bind, columns, expected):
    rows = api.sparql(name, store=mini, bind=bind)
    assert {tuple(_cell(r, c) for c in columns) for r in rows} == expected
    assert all(r.get("sentence") or r.get("evidence") for r in rows if "sentence" in r or "evidence" in r)


def test_about_an_entity_lists_its_facts_with_sources(mini):
    rows = api.sparql("about", store=mini, bind={"name": "ada minister"})
    props = {r["property"].rsplit("#", 1)[-1] for r in rows}
    assert {"announcedBy", "holder"} <= props
    # facts come with their article; the description (from the entities graph) has no source
    assert {r["title"] for r in rows if r["direction"] == "in"} == {"Mini fixture article"}
    described = {r["property"].rsplit("#", 1)[-1] for r in rows if r["title"] is None}
    assert described and described <= {"type", "sameAs", "exactMatch"}


def test_every_stored_query_is_tested():
    assert set(api.stored_queries()) - {c[0] for c in CASES} == {"about", "graph_edges"}


def test_api_deals_with_and_ask_and_construct(mini):
    partners = api.deals_with("America", store=mini)
    assert [(p["partner"], p["core"]) for p in partners] == [("JPN", True), ("AUS", False), ("IND", False)]
    assert partners[0]["agreements"] == [
        {"label": "Deal: Japan - United States"},
        {"label": "Quad Critical Minerals Initiative"},
    ]
    assert partners[0]["evidence"][0]["sentence"] == "The US and Japan signed a lithium deal."
    assert api.sparql("ASK { ?c cmkg:code 'JPN' }", store=mini) is True
    triples = api.sparql("CONSTRUCT { ?c cmkg:code ?k } WHERE { ?c a cmkg:Country ; cmkg:code ?k }", store=mini)
    assert {o for _, _, o in triples} == {"USA", "JPN", "CHN", "AUS", "IND"}


@pytest.mark.parametrize("country", ["US", "India", "Japan", "China"])
def test_cmkg_deals_reads_the_same_rows_as_the_stored_query(mini, country):
    """cmkg deals groups the rows of the stored query deals_with by partner, losing none and adding none."""
    stored = api.sparql("deals_with", store=mini, bind={"country": country})
    fast = api.deals_with(country, store=mini)
    flat = {
        (
            p["partner"],
            p["label"],
            p["status"],
            p["core"],
            p["evidence_count"],
            a["label"],
            p["evidence"][0]["sentence"],
        )
        for p in fast
        for a in p["agreements"]
    }
    typed = {
        (r["code"], r["label"], r["status"], r["core"], r["evidenceCount"], r["agreement"], r["sentence"])
        for r in stored
    }
    assert flat == typed
    assert all(isinstance(r["core"], bool) and isinstance(r["evidenceCount"], int) for r in stored)


def test_deals_with_gives_plain_typed_columns(mini):
    """No packed strings: each column of deals_with is one value of one typed property of a summary node."""
    res = run_query(mini, stored_query("deals_with"), bindings={"country": ox.NamedNode(str(country_iri("USA")))})
    assert res.variables == [
        "partner", "code", "label", "status", "core", "evidenceCount", "agreement", "sentence", "title", "url",
    ]  # fmt: skip
    assert res.rows
    for row in res.rows:
        assert row["core"].datatype.value.endswith("#boolean")
        assert row["evidenceCount"].datatype.value.endswith("#integer")
        assert isinstance(row["partner"], ox.NamedNode)
        assert not any(ord(c) < 0x20 for term in row.values() for c in term.value)


def test_each_summary_node_is_one_pair_and_one_agreement(mini):
    per_node = run_query(
        mini,
        f"SELECT ?s ?p (COUNT(?o) AS ?n) WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }} GROUP BY ?s ?p",
    ).rows
    assert per_node and all(int(r["n"].value) == 1 for r in per_node)  # single-valued: no lists inside a node
    labels = run_query(
        mini, f"SELECT ?o WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o FILTER (isLiteral(?o)) }} }}"
    ).rows
    assert not any(ord(c) < 0x20 for r in labels for c in r["o"].value)


@pytest.mark.parametrize(("lexical", "expected"), [("true", True), ("1", True), ("false", False), ("0", False)])
def test_booleans_in_every_lexical_form(lexical, expected):
    """Virtuoso answers a stored true as "1"^^xsd:boolean; the core flag must still read as True."""
    xsd_boolean = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
    assert term_value(ox.Literal(lexical, datatype=xsd_boolean)) is expected
