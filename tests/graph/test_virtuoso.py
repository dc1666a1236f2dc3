"""The remote store against a real Virtuoso Open Source 7 on 127.0.0.1 (``virtuoso+http://``).

One private server per module (its own virtuoso.ini, database and ports in a
temp dir); each test starts from a store with no cmkg graphs.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

import pytest

from cmkg.core.errors import CmkgError, E
from cmkg.graph.questions import deals_with
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.sparql import run_query
from cmkg.graph.store import Store, dataset_graphs, open_store
from tests.conftest import SEED
from tests.graph.virtuoso_server import BINARY, start_virtuoso

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(BINARY is None, reason="virtuoso-t is not installed (apt-get install virtuoso-opensource)"),
]
CREDENTIALS = {"CMKG_STORE_USER": "dba", "CMKG_STORE_PASSWORD": "dba"}


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    d = tmp_path_factory.mktemp("virtuoso")
    proc, base, isql = start_virtuoso(d)
    yield {"url": "virtuoso+" + base, "isql": isql, "dir": d}
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture()
def remote(virtuoso, monkeypatch) -> Store:
    for k, v in {
        **CREDENTIALS,
        "CMKG_STORE_ISQL": virtuoso["isql"],
        "CMKG_STORE_BULK_DIR": str(virtuoso["dir"]),
    }.items():
        monkeypatch.setenv(k, v)
    st = open_store(virtuoso["url"])
    graphs = st.graphs()
    if graphs:
        st.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))
    assert st.graphs() == []
    return st


def _embedded(*sheets) -> Store:
    st = open_store(":memory:")
    st.ensure_ontology()
    for sheet in sheets:
        st.add_dataset(sheet_to_graph(sheet))
    return st


def _article_quads(st: Store) -> list[str]:
    """Quads outside the deal summaries (whose GROUP_CONCAT order follows insertion order)."""
    return sorted(q for q in st.dump_nquads().decode("utf-8").splitlines() if not q.endswith("/graph/deal-summary> ."))


def _same(remote: Store, local: Store) -> None:
    assert _article_quads(remote) == _article_quads(local)
    assert deals_with(remote, "US") == deals_with(local, "US")
    assert len(remote) == len(local) and remote.graphs() == sorted(local.graphs())


def test_build_reingest_and_replace(remote, seed_sheet):
    remote.ensure_ontology()
    remote.add_dataset(sheet_to_graph(seed_sheet))
    _same(remote, _embedded(seed_sheet))
    n = len(remote)
    remote.add_dataset(sheet_to_graph(seed_sheet))  # idempotent
    assert len(remote) == n
    changed = copy.deepcopy(seed_sheet)
    changed["agreements"] = [a for a in changed["agreements"] if "MEX" not in a["parties"]]
    remote.add_dataset(sheet_to_graph(changed))
    _same(remote, _embedded(changed))
    assert (
        run_query(remote, "ASK { ?a cmkg:party <https://w3id.org/cmkg/id/country/MEX> ; a cmkg:Agreement }").boolean
        is False
    )


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * FROM <http://127.0.0.1:9/x> WHERE { ?s ?p ?o }",
        "DROP ALL",
    ],
)
def test_service_and_updates_still_refused(remote, query):
    with pytest.raises(CmkgError) as err:
        run_query(remote, query)
    assert err.value.code == E.FORBIDDEN_QUERY


def test_query_forms_and_errors(remote, seed_sheet):
    remote.add_dataset(sheet_to_graph(seed_sheet))
    local = _embedded(seed_sheet)
    q = "CONSTRUCT { ?c cmkg:code ?x } WHERE { ?c a cmkg:Country ; cmkg:code ?x }"
    assert sorted(map(str, run_query(remote, q).triples)) == sorted(map(str, run_query(local, q).triples))
    assert run_query(remote, "ASK { ?c cmkg:code 'JPN' }").boolean is True
    with pytest.raises(CmkgError) as err:
        run_query(remote, "SELECT ?x WHERE { ?x ?y }")
    assert err.value.code == E.BAD_QUERY


def test_writes_without_credentials_fail_clearly(virtuoso, monkeypatch, seed_sheet):
    for k in CREDENTIALS:
        monkeypatch.delenv(k, raising=False)
    anonymous = open_store(virtuoso["url"])
    assert run_query(anonymous, "ASK { ?s ?p ?o }").boolean is True  # reads need no password
    with pytest.raises(CmkgError) as err:
        anonymous.add_dataset(sheet_to_graph(seed_sheet))
    assert err.value.code == E.STORE_AUTH and "CMKG_STORE_USER" in str(err.value)


@pytest.mark.parametrize("kind", ["path", "bytes"])
def test_bulk_load_with_ld_dir(remote, virtuoso, seed_sheet, kind):
    changed = copy.deepcopy(seed_sheet)
    changed["agreements"] = [a for a in changed["agreements"] if "MEX" not in a["parties"]]
    remote.ensure_ontology()
    for sheet in (seed_sheet, changed):  # the second load replaces the article's graph
        data = _embedded(sheet).dump_nquads()
        path = virtuoso["dir"] / "corpus.nq"
        path.write_bytes(data)
        remote.bulk_load(path if kind == "path" else data, "nquads")
    remote.refresh_summary()
    _same(remote, _embedded(changed))


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("missing.nq", None, "did not find the file"),
        ("broken.nq", b"<urn:a> <urn:b> .\n", "broken.nq"),
    ],
)
def test_bulk_load_reports_what_the_loader_could_not_load(remote, virtuoso, name, content, says):
    path = virtuoso["dir"] / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CmkgError) as err:
        remote.bulk_load(path, replace=False)  # replace=False: straight to the server's loader
    assert err.value.code == E.BULK_LOAD and says in str(err.value)


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "cmkg.app.cli", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **env})


def test_cli_build_twice_and_deals_match_the_embedded_store(remote, virtuoso, tmp_path):
    env = {**CREDENTIALS}
    local = str(tmp_path / "store")
    sizes = []
    for store in (virtuoso["url"], virtuoso["url"], local):
        out = _cli("build", str(SEED), "--store", store, env=env)
        assert out.returncode == 0, out.stderr
        sizes.append(len(open_store(store)))
    assert sizes[0] == sizes[1] == sizes[2] > 0
    answers = []
    for store in (virtuoso["url"], local):
        out = _cli("deals", "--with", "US", "--format", "json", "--store", store, env=env)
        assert out.returncode == 0, out.stderr
        answers.append(json.loads(out.stdout))
    assert answers[0] == answers[1] and answers[0]


def test_bulk_load_a_corpus_one_file_per_partition(remote, virtuoso, dev_sheets):
    """The dev corpus as one N-Quads file per article (as partitions would be), loaded with ld_dir."""
    local = _embedded(*dev_sheets.values())
    remote.ensure_ontology()
    for name, sheet in sorted(dev_sheets.items()):
        path = virtuoso["dir"] / f"part-{name}.nq"
        path.write_bytes(b"".join(nq for _, nq in dataset_graphs(sheet_to_graph(sheet))))
        remote.bulk_load(path)
    remote.refresh_summary()
    _same(remote, local)
    for code in ("CHN", "AUS", "JPN"):
        assert deals_with(remote, code) == deals_with(local, code)
