"""The remote-store path against a real ``oxigraph serve`` on 127.0.0.1."""

from __future__ import annotations

import copy

import pytest

from cmkg.core.errors import CmkgError
from cmkg.graph.oxigraph_server import start_oxigraph
from cmkg.graph.questions import deals_with
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.sparql import run_query
from cmkg.graph.store import open_store
from cmkg.graph.vocab import ENTITIES_GRAPH


@pytest.fixture()
def server(tmp_path):
    proc, base = start_oxigraph(tmp_path / "remote", read_only=False)
    yield base
    proc.kill()
    proc.wait()


def _normalised(store) -> list[str]:
    """N-Quads lines in order: every summary field is its own triple, so both stores must hold the same."""
    return sorted(store.dump_nquads().decode("utf-8").splitlines())


def test_remote_store_answers_like_the_embedded_one(server, seed_sheet):
    remote, local = open_store(server), open_store(":memory:")
    for st in (remote, local):
        st.ensure_ontology()
        st.add_dataset(sheet_to_graph(seed_sheet))
    assert len(remote) == len(local)
    assert deals_with(remote, "US") == deals_with(local, "US")
    assert _normalised(remote) == _normalised(local)
    assert run_query(remote, "ASK { ?c cmkg:code 'JPN' }").boolean is True


def test_remote_reingest_is_idempotent_and_changes_replace(server, seed_sheet):
    st = open_store(server)
    st.add_dataset(sheet_to_graph(seed_sheet))
    n = len(st)
    st.add_dataset(sheet_to_graph(seed_sheet))
    articles = [g for g in st.graphs() if not g.endswith("/deal-summary") and g != str(ENTITIES_GRAPH)]
    assert len(st) == n and len(articles) == 1
    changed = copy.deepcopy(seed_sheet)
    changed["agreements"] = [a for a in changed["agreements"] if "MEX" not in a["parties"]]
    st.add_dataset(sheet_to_graph(changed))
    assert len(st) < n
    assert run_query(st, "ASK { ?a cmkg:party id:country\\/MEX }").boolean is False
    assert "MEX" not in {p["partner"] for p in deals_with(st, "US")}


def test_remote_queries_are_still_checked(server):
    with pytest.raises(CmkgError, match="SERVICE refused"):
        run_query(open_store(server), "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")


def test_read_only_server_refuses_writes(tmp_path, seed_sheet):
    loc = tmp_path / "ro"
    open_store(loc).flush()
    proc, base = start_oxigraph(loc, read_only=True)
    try:
        with pytest.raises(CmkgError, match="server answered"):
            open_store(base).add_dataset(sheet_to_graph(seed_sheet))
    finally:
        proc.kill()
        proc.wait()


def test_unreachable_server_is_one_line():
    with pytest.raises(CmkgError, match="cannot reach SPARQL server"):
        len(open_store("http://127.0.0.1:9"))
