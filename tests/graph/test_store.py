"""The graph: building, merging, re-ingesting, exports and imports."""

from __future__ import annotations

import copy
import subprocess
import sys

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from cmkg.core.errors import CmkgError, E
from cmkg.graph.exporters import export, import_rdf
from cmkg.graph.history import refresh_history
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store


@pytest.fixture()
def seed_store(seed_sheet):
    st = open_store(":memory:")
    st.add_dataset(sheet_to_graph(seed_sheet))
    refresh_history(st)  # what cmkg build does last
    return st


def _article_graphs(store):
    derived = ("/graph/deal-summary", "/graph/status-history")
    return [g for g in store.graphs() if "/graph/" in g and not any(d in g for d in derived)]


def test_one_named_graph_per_article(seed_store):
    assert len(_article_graphs(seed_store)) == 1
    assert len(seed_store) > 100


def test_reingest_unchanged_article_changes_nothing(seed_store, seed_sheet):
    before = len(seed_store)
    seed_store.add_dataset(sheet_to_graph(seed_sheet))
    assert len(seed_store) == before


def test_changed_article_replaces_its_facts(seed_store, seed_sheet):
    changed = copy.deepcopy(seed_sheet)
    changed["article_id"] = "0" * 16
    changed["agreements"] = [a for a in changed["agreements"] if "MEX" not in a["parties"]]
    seed_store.add_dataset(sheet_to_graph(changed))
    assert len(_article_graphs(seed_store)) == 1
    from cmkg.graph.questions import deals_with
    from cmkg.graph.sparql import run_query

    assert (
        run_query(seed_store, "ASK { ?a a cmkg:Agreement ; cmkg:party <https://w3id.org/cmkg/id/country/MEX> }").boolean
        is False
    )
    # the deal summary follows the replacement: Mexico is no longer a partner
    assert "MEX" not in {p["partner"] for p in deals_with(seed_store, "US")}


def test_two_articles_naming_japan_give_one_node_with_two_evidences(seed_sheet):
    other = copy.deepcopy(seed_sheet)
    other.update(key="https://example.org/other", article="other.txt", article_id="f" * 16)
    st = open_store(":memory:")
    st.add_dataset(sheet_to_graph(seed_sheet))
    st.add_dataset(sheet_to_graph(other))
    from cmkg.graph.sparql import run_query

    q = """SELECT (COUNT(DISTINCT ?ev) AS ?n) WHERE {
      ?a a cmkg:Agreement ;
         cmkg:party <https://w3id.org/cmkg/id/country/JPN> , <https://w3id.org/cmkg/id/country/EU> ;
         cmkg:evidence ?ev }"""
    assert int(run_query(st, q).rows[0]["n"].value) == 2
    q2 = 'SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c cmkg:code "JPN" }'
    assert int(run_query(st, q2).rows[0]["n"].value) == 1


def test_persistent_store_reopens(tmp_path, seed_sheet):
    st = open_store(tmp_path / "store")
    st.add_dataset(sheet_to_graph(seed_sheet))
    n = len(st)
    st.flush()
    del st
    again = open_store(tmp_path / "store", read_only=True)
    assert len(again) == n


@pytest.mark.parametrize(
    "fmt,suffix", [("turtle", ".ttl"), ("nt", ".nt"), ("trig", ".trig"), ("nquads", ".nq"), ("jsonld", ".jsonld")]
)
def test_export_import_round_trip(tmp_path, seed_store, fmt, suffix):
    out = tmp_path / f"graph{suffix}"
    export(seed_store, fmt, out)
    fresh = open_store(":memory:")
    import_rdf(fresh, out)
    if fmt in ("trig", "nquads", "jsonld"):
        assert sorted(fresh.graphs()) == sorted(seed_store.graphs())
    a, b = Graph(), Graph()
    for st, g in ((seed_store, a), (fresh, b)):
        for q in st.to_dataset().quads((None, None, None, None)):
            g.add(q[:3])
    assert isomorphic(a, b)


def test_graphml_export(tmp_path, seed_store):
    import networkx as nx

    out = tmp_path / "g.graphml"
    export(seed_store, "graphml", out)
    g = nx.read_graphml(out)
    assert any(d.get("label") == "Japan" for _, d in g.nodes(data=True))


def test_malformed_rdf_is_one_line_and_writes_nothing(tmp_path, seed_store):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://ex/> .\nex:a ex:b ex:c .\nex:d ex:e "unterminated .\n')
    before = len(seed_store)
    with pytest.raises(CmkgError) as info:
        import_rdf(seed_store, bad)
    assert info.value.code == E.BAD_RDF and "bad.ttl" in str(info.value) and "\n" not in str(info.value)
    assert "3" in str(info.value)  # the line number
    assert len(seed_store) == before


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.2])
def test_kill_9_mid_batch_leaves_only_whole_articles(tmp_path, delay):
    """SIGKILL a ``cmkg build`` after a few articles are stored; the store must reopen with whole articles only."""
    import os
    import signal
    import time

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    from tests.conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    for i in range(40):  # same text, different sources: 40 named graphs with identical quad counts
        (corpus / f"copy-{i:02d}.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-m", "cmkg.app.cli", "build", str(corpus), "--store", str(store), "-v"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    stored = 0
    for line in proc.stderr:
        stored += line.startswith("cmkg: stored")
        if stored == 3:
            time.sleep(delay)  # land the kill at different points of the next article's write
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    st = open_store(store)
    article_graphs = _article_graphs(st)
    assert 3 <= len(article_graphs) < 40
    sizes = {len(list(st.ox.quads_for_pattern(None, None, None, ox.NamedNode(g)))) for g in article_graphs}
    assert len(sizes) == 1, f"partial article graphs: {sizes}"
    # the summaries the killed batch still owed are recorded, and a flush brings them in line
    st.flush_summaries()
    from cmkg.graph.questions import deals_with

    assert {p["partner"] for p in deals_with(st, "US") if p["core"]} == {"EU", "JPN", "MEX", "AUS", "SAU", "KOR", "THA"}
    assert st.flush_summaries() == 0
