"""``cmkg.open_graph``: the built store as an rdflib Dataset, answering as ``cmkg sparql`` does."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

import cmkg
from cmkg.core.errors import CmkgError, E
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store

ROOT = Path(__file__).resolve().parents[2]
QUERY = "SELECT DISTINCT ?code ?label WHERE { ?c a cmkg:Country ; cmkg:code ?code ; rdfs:label ?label } ORDER BY ?code"


@pytest.fixture(scope="module")
def built(tmp_path_factory, seed_sheet):
    """A store on disk built the way ``cmkg build`` writes it, closed again."""
    d = tmp_path_factory.mktemp("og")
    st = open_store(d / "cmkg-store")
    st.ensure_ontology()
    st.add_dataset(sheet_to_graph(seed_sheet), defer=True)
    st.flush_summaries()
    st.flush()
    del st
    return d


def _cli_rows(store: Path, query: str) -> list[tuple[str, ...]]:
    out = subprocess.run(
        [sys.executable, "-m", "cmkg.app.cli", "sparql", query, "--format", "json", "--store", str(store)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    names = doc["head"]["vars"]
    return [tuple(b[n]["value"] for n in names) for b in doc["results"]["bindings"]]


@pytest.mark.parametrize(
    "query",
    [
        QUERY,
        "SELECT ?partner ?n WHERE { ?s a cmkg:DealSummary ; cmkg:partner ?partner ; cmkg:evidenceCount ?n } "
        "ORDER BY ?partner",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    ],
)
def test_rdflib_dataset_gives_the_rows_of_cmkg_sparql(built, query):
    ds = cmkg.open_graph(str(built / "cmkg-store"))
    assert isinstance(ds, Dataset)
    rows = [tuple(str(v) for v in row) for row in ds.query(query)]
    assert rows and rows == _cli_rows(built / "cmkg-store", query)


def test_readme_example_runs(built, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- tested: tests/app/test_open_graph.py[^\n]*\n```python\n(.*?)```", readme, re.S)
    assert block, "README lost the open_graph example"
    monkeypatch.chdir(built)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(block.group(1), "README.md", "exec"), {})
    printed = [line.split(" ", 1) for line in buf.getvalue().splitlines()]
    assert [tuple(p) for p in printed] == _cli_rows(built / "cmkg-store", QUERY)


def test_the_view_is_the_store_not_a_copy(seed_sheet):
    st = open_store(":memory:")
    ds = cmkg.open_graph(st)
    assert len(list(ds.query("SELECT * WHERE { ?s ?p ?o }"))) == 0
    st.add_dataset(sheet_to_graph(seed_sheet))
    assert len(list(ds.query("SELECT * WHERE { ?s ?p ?o }"))) == len(st)


@pytest.mark.parametrize(
    ("action", "code"),
    [
        (lambda ds: ds.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"), E.FORBIDDEN_QUERY),
        (lambda ds: ds.query("SELECT * FROM <http://127.0.0.1:9/x> WHERE { ?s ?p ?o }"), E.FORBIDDEN_QUERY),
        (lambda ds: ds.update("LOAD <http://127.0.0.1:9/x>"), E.READ_ONLY_VIEW),
        (lambda ds: ds.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }"), E.READ_ONLY_VIEW),
        (lambda ds: ds.add((URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c"))), E.READ_ONLY_VIEW),
    ],
)
def test_the_view_refuses_what_would_fetch_or_write(built, action, code):
    ds = cmkg.open_graph(str(built / "cmkg-store"))
    with pytest.raises(CmkgError) as err:
        action(ds)
    assert err.value.code == code


def test_prepared_queries_are_refused(built):
    from rdflib.plugins.sparql import prepareQuery

    ds = cmkg.open_graph(str(built / "cmkg-store"))
    with pytest.raises(CmkgError) as err:
        ds.query(prepareQuery("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"))
    assert err.value.code == E.FORBIDDEN_QUERY


def test_a_server_url_is_refused_clearly():
    with pytest.raises(CmkgError) as err:
        cmkg.open_graph("http://127.0.0.1:9")
    assert err.value.code == E.STORE_CONFIG
