"""The hostile-query corpus (data/hostile_queries.json) through the guard, the CLI, the API and ``cmkg serve``.

Every query must be refused with its code (or, where marked ``accepted``, run
harmlessly), and the recorder on 127.0.0.1 must see 0 requests.  A control test
proves the recorder is reachable, so 0 means nothing was fetched.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from cmkg.app import api
from cmkg.app.cli import app
from cmkg.core.errors import CmkgError
from cmkg.graph.query_output import parse_bindings
from cmkg.graph.sparql_guard import check
from cmkg.graph.sparql_protocol import STATUS
from cmkg.graph.sparql_sandbox import network_isolation, run_isolated
from cmkg.graph.store import open_store

CORPUS = json.loads((Path(__file__).parent / "data" / "hostile_queries.json").read_text(encoding="utf-8"))
IDS = [e["id"] for e in CORPUS]
UNBOUND = [e for e in CORPUS if not e.get("bind")]


def _fill(entry: dict, port: int) -> tuple[str, dict[str, str]]:
    fill = lambda s: s.replace("{port}", str(port))  # noqa: E731
    return fill(entry["query"]), {k: fill(v) for k, v in (entry.get("bind") or {}).items()}


@pytest.fixture()
def trap(recorder):
    """(port, hits) with the hits of earlier tests cleared."""
    recorder.hits.clear()
    return recorder.server_port, recorder.hits


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    loc = tmp_path_factory.mktemp("hostile") / "store"
    st = open_store(loc)
    st.ensure_ontology()
    st.add_quads([ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c"), ox.NamedNode("urn:g"))])
    st.flush()
    del st
    gc.collect()
    return str(loc)


def test_the_corpus_is_large_and_varied():
    assert len(CORPUS) >= 50 and len(set(IDS)) == len(IDS)
    assert {e["code"] for e in CORPUS} >= {"E202", "E203", "E207", "E208", "E209", "accepted"}


def test_the_recorder_sees_an_unguarded_service(trap):
    """Control: Oxigraph without the guard does fetch, so a count of 0 below means something."""
    port, hits = trap
    st = ox.Store()
    st.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c")))
    with pytest.raises(Exception):  # noqa: B017 - the recorder's empty answer is no SPARQL result
        list(st.query(f"SELECT * WHERE {{ ?s ?p ?o SERVICE <http://127.0.0.1:{port}/x> {{ ?a ?b ?c }} }}"))
    assert len(hits) == 1


def _connect(port: int) -> str:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError as exc:
        return type(exc).__name__
    return "connected"


def test_query_children_have_no_network(trap):
    if network_isolation() is not None:
        pytest.skip(f"no network namespace here: {network_isolation()}")
    port, hits = trap
    assert _connect(port) == "connected" and len(hits) == 0  # a bare connection sends no request
    assert run_isolated(_connect, (port,), 10.0) != "connected"


@pytest.mark.parametrize("entry", CORPUS, ids=IDS)
def test_guard(entry, trap):
    port, hits = trap
    query, bind = _fill(entry, port)
    if entry["code"] == "accepted":
        assert "SERVICE" not in check(query, parse_bindings([f"{k}={v}" for k, v in bind.items()])).kind
    else:
        with pytest.raises(CmkgError) as info:
            check(query, parse_bindings([f"{k}={v}" for k, v in bind.items()]))
        assert info.value.code == entry["code"], str(info.value)
        assert "\n" not in str(info.value)
    assert hits == []


@pytest.mark.parametrize("entry", CORPUS, ids=IDS)
def test_cli(entry, trap, store_dir):
    port, hits = trap
    query, bind = _fill(entry, port)
    args = ["sparql", query, "--store", store_dir, "--timeout", "20"]
    for k, v in bind.items():
        args += ["--bind", f"{k}={v}"]
    result = CliRunner().invoke(app, args)
    if entry["code"] == "accepted":
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 3, result.output
        assert f"[{entry.get('front_code', entry['code'])}]" in result.output
        assert len([ln for ln in result.output.splitlines() if ln.startswith("cmkg: error:")]) == 1
    assert hits == []


@pytest.mark.parametrize("entry", CORPUS, ids=IDS)
def test_api(entry, trap, store_dir):
    port, hits = trap
    query, bind = _fill(entry, port)
    if entry["code"] == "accepted":
        assert isinstance(api.sparql(query, store=store_dir, bind=bind, timeout=20), list)
    else:
        with pytest.raises(CmkgError) as info:
            api.sparql(query, store=store_dir, bind=bind, timeout=20)
        assert info.value.code == entry.get("front_code", entry["code"])
    assert hits == []


@pytest.mark.parametrize("entry", [CORPUS[0], CORPUS[3], CORPUS[IDS.index("query-then-drop")]], ids=str)
def test_cli_in_a_real_process(entry, trap, store_dir):
    port, hits = trap
    query, _ = _fill(entry, port)
    out = subprocess.run(
        [sys.executable, "-m", "cmkg.app.cli", "sparql", query, "--store", store_dir],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 3 and f"[{entry['code']}]" in out.stderr
    assert hits == []


@pytest.fixture(scope="module")
def endpoint(store_dir):
    proc = subprocess.Popen(
        [sys.executable, "-m", "cmkg.app.cli", "serve", "--store", store_dir, "--port", "0", "--timeout", "20"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    url = proc.stdout.readline().strip().rstrip("/")
    assert url, "cmkg serve did not start"
    yield url + "/sparql"
    proc.terminate()
    proc.wait(timeout=15)


def _http(url: str, data: bytes | None = None, ctype: str | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": ctype} if ctype else {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


@pytest.mark.parametrize("how", ["get", "post-body", "post-form"])
@pytest.mark.parametrize("entry", UNBOUND, ids=[e["id"] for e in UNBOUND])
def test_serve(entry, how, trap, endpoint):
    port, hits = trap
    query, _ = _fill(entry, port)
    if how == "get":
        if len(query) > 30_000:
            pytest.skip("too long for a URL; the POST forms carry it")
        status, body = _http(endpoint + "?" + urllib.parse.urlencode({"query": query}))
    elif how == "post-body":
        status, body = _http(endpoint, query.encode("utf-8"), "application/sparql-query")
    else:
        form = urllib.parse.urlencode({"query": query}).encode()
        status, body = _http(endpoint, form, "application/x-www-form-urlencoded")
    if entry["code"] == "accepted":
        assert status == 200, body
    else:
        assert (status, entry["code"]) == (STATUS[entry["code"]], entry["code"]) and f"[{entry['code']}]" in body
    assert hits == []


@pytest.mark.parametrize("entry", UNBOUND, ids=[e["id"] for e in UNBOUND])
def test_rdflib_view(entry, trap, store_dir):
    """The rdflib view runs the checked text through Oxigraph, so the corpus is refused there too."""
    port, hits = trap
    query, _ = _fill(entry, port)
    ds = api.open_graph(store_dir)
    if entry["code"] == "accepted":
        list(ds.query(query))
    else:
        with pytest.raises(CmkgError) as info:
            ds.query(query)
        assert info.value.code == entry.get("front_code", entry["code"])
    assert hits == []
