"""Questions and safe SPARQL."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cmkg.core.errors import CmkgError, E
from cmkg.graph.questions import deals_with
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.sparql import check_query, run_query
from cmkg.graph.store import open_store


@pytest.fixture(scope="module")
def store(seed_sheet):
    st = open_store(":memory:")
    st.add_dataset(sheet_to_graph(seed_sheet))
    return st


@pytest.mark.parametrize("alias", ["US", "United States", "America", "USA"])
def test_deals_with_us_on_the_seed(store, alias):
    rows = deals_with(store, alias)
    core = {r["partner"] for r in rows if r["core"]}
    assert core == {"EU", "JPN", "MEX", "AUS", "SAU", "KOR", "THA"}
    for r in rows:
        assert r["evidence"][0]["sentence"] and r["evidence"][0]["article"]
        assert r["label"] and r["agreements"] and r["status"]


def test_deals_status_filter(store):
    # --status keeps the partners whose furthest status is that one (Japan's is 'announced')
    assert {r["partner"] for r in deals_with(store, "US", status="existing") if r["core"]} == {
        "AUS",
        "SAU",
        "KOR",
        "THA",
    }
    assert {r["partner"] for r in deals_with(store, "US", status="announced")} == {"EU", "JPN", "MEX"}


def test_unknown_country(store):
    with pytest.raises(CmkgError) as info:
        deals_with(store, "Atlantis")
    assert info.value.code == E.UNKNOWN_COUNTRY


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:{port}/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "LOAD <http://127.0.0.1:{port}/data.ttl>",
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "drop all",
        "select * where { service <http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    ],
)
def test_forbidden_queries_reach_nothing(store, query, trap):
    port, hits = trap
    with pytest.raises(CmkgError) as info:
        run_query(store, query.replace("{port}", str(port)))
    assert info.value.code == E.FORBIDDEN_QUERY
    assert hits == []


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?s WHERE { ?s rdfs:label "SERVICE and FROM in a string" }',
        "SELECT ?from ?service WHERE { ?from ?service ?o } LIMIT 1",
        "# a comment that says LOAD\nASK { ?s ?p ?o }",
    ],
)
def test_keywords_in_strings_comments_and_variables_are_fine(store, query):
    check_query(query)
    run_query(store, query)


@pytest.mark.parametrize(
    ("query", "code_point"),
    [
        # every C0 and C1 control but TAB and LF, written raw or as a SPARQL escape, inside a literal too
        *((f'ASK {{ ?s ?p "a{chr(c)}b" }}', c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))),
        *((f'ASK {{ ?s ?p "a\\u{c:04X}b" }}', c) for c in (0x00, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F, 0x85, 0x9B)),
        ("ASK { ?s ?p ?o }\u001f", 0x1F),
    ],
)
def test_control_characters_are_refused_before_parsing(query, code_point):
    """Two parsers read each query; control characters are where they disagree, so none gets through."""
    with pytest.raises(CmkgError) as info:
        check_query(query)
    assert info.value.code == E.BAD_QUERY and f"U+{code_point:04X}" in str(info.value)


@pytest.mark.parametrize("query", ['ASK { ?s ?p "a\tb" }', 'ASK {\n ?s ?p "a\\u0009b" }', "ASK {\r\n ?s ?p ?o }"])
def test_tab_and_line_breaks_pass(query):
    assert check_query(query)


def test_syntax_error_has_line_and_column(store):
    with pytest.raises(CmkgError) as info:
        run_query(store, "SELECT ?s\nWHERE { ?s ?p }")
    assert info.value.code == E.BAD_QUERY
    assert "line 2" in str(info.value) and "column" in str(info.value)


def test_timeout_stops_an_explosive_query(store):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(CmkgError) as info:
        run_query(store, q, timeout=0.5)
    assert info.value.code == E.QUERY_TIMEOUT


def test_query_commands_do_not_import_spacy(tmp_path, seed_sheet):
    st = open_store(tmp_path / "s")
    st.add_dataset(sheet_to_graph(seed_sheet))
    st.flush()
    del st
    code = (
        "import sys\n"
        "from cmkg.graph.questions import deals_with\nfrom cmkg.graph.store import open_store\n"
        f"rows = deals_with(open_store({str(tmp_path / 's')!r}, read_only=True), 'US')\n"
        "assert rows and 'spacy' not in sys.modules, sorted(m for m in sys.modules if 'spacy' in m)\n"
        "print(len(rows))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 7
