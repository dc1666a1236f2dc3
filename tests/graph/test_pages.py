"""Page rendering without a browser: stored-query parameters, assets, layout and the explorer's data."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from cmkg.core.errors import CmkgError, E
from cmkg.graph.explorer_data import explorer_payload
from cmkg.graph.layout import layout
from cmkg.graph.nxview import to_networkx
from cmkg.graph.pages import bound_query, query_parameters, respond, static_asset
from cmkg.graph.questions import list_queries, stored_query
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store
from tests.graph.explorer_sheets import EU, JPN, USA, explorer_sheets


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("deal_summaries", ["country"]),
        ("deals_with", ["country"]),
        ("officials", ["country"]),
        ("agreements_by_status", ["status"]),
        ("about", ["entity", "name"]),
        ("graph_edges", []),
    ],
)
def test_parameters_are_read_from_each_stored_query(name, params):
    assert [p["name"] for p in query_parameters(stored_query(name))] == params


@pytest.mark.parametrize(
    ("text", "params"),
    [
        ("# cmkg sparql q --bind x=1\nSELECT * WHERE { ?s ?p ?x }", [{"name": "x", "example": "1"}]),
        ("# cmkg sparql q --bind y=1\nSELECT * WHERE { ?s ?p ?x }", []),  # documented but unused: not a parameter
        ("# Bind ?who to a person.\nSELECT * WHERE { ?who ?p ?o }", [{"name": "who", "example": ""}]),
        ("SELECT * WHERE { ?s ?p ?o } # --bind o=1", []),  # only whole comment lines count
    ],
)
def test_parameter_hints(text, params):
    assert query_parameters(text) == params


def test_bound_query_resolves_countries_and_refuses_unknown_parameters():
    text = stored_query("deal_summaries")
    assert "VALUES (?country) { (<https://w3id.org/cmkg/id/country/JPN>) }" in bound_query(text, {"country": "Japan"})
    assert bound_query(text, {"country": " "}) == text
    with pytest.raises(CmkgError) as err:
        bound_query(text, {"partner": "MEX"})
    assert err.value.code == E.BAD_PARAMETER and "country" in str(err.value)


@pytest.mark.parametrize(
    ("path", "found"),
    [
        ("explorer.js", True),
        ("vendor/codemirror/sparql.js", True),
        ("vendor/sigma/LICENSE.txt", False),
        ("../pages.py", False),
        ("vendor/../explorer.js", False),
        ("/etc/passwd", False),
    ],
)
def test_static_assets_are_an_allow_list(path, found):
    assert (static_asset(path) is not None) is found


def test_every_stored_query_is_served():
    queries = {n: p.read_text(encoding="utf-8") for n, p in list_queries().items()}
    for name in queries:
        status, body, _ = respond(f"/queries/{name}.rq", "", queries)
        assert status == 200 and body.decode() == queries[name]


def test_layout_is_deterministic_places_every_node_and_scales():
    g = nx.barabasi_albert_graph(3000, 1, seed=4)
    nx.set_node_attributes(g, "agreement", "type")
    g.add_nodes_from(["lonely-1", "lonely-2"], type="country")
    pos = layout(g)
    assert set(pos) == set(g) and pos == layout(g)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert len({(round(x, 6), round(y, 6)) for x, y in pos.values()}) == g.number_of_nodes()  # no two on one spot


def test_payload_draws_the_eu_as_a_party_and_shares_evidence():
    st = open_store(":memory:")
    for sheet in explorer_sheets():
        st.add_dataset(sheet_to_graph(sheet))
    data = explorer_payload(to_networkx(st), "t")
    kinds = {n["id"]: n["kind"] for n in data["nodes"]}
    assert kinds[EU] == "country" and kinds[JPN] == "country"
    assert data["defaultCountry"] == USA and data["dateRange"] == ["2025-03-03", "2026-01-15"]
    pact = [f for f in data["facts"] if f["s"].endswith("lithium-pact") and f["rel"] == "party"]
    assert len(pact) == 2 and pact[0]["ev"] == pact[1]["ev"]  # one sentence, stored once
    assert pact[0]["when"] == "March 2025"
