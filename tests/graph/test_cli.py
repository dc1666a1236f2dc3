"""The command line end to end, as a user runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tests.conftest import DEV, SEED

CMKG = [sys.executable, "-m", "cmkg.app.cli"]


def run(*args, cwd=None):
    return subprocess.run([*CMKG, *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    out = run("build", "--store", str(d / "store"))
    assert out.returncode == 0, out.stderr
    return d


def test_deals_json_schema(built):
    out = run("deals", "--with", "United States", "--format", "json", "--store", str(built / "store"))
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    core = {r["partner"] for r in rows if r["core"]}
    assert core == {"EU", "JPN", "MEX", "AUS", "SAU", "KOR", "THA"}
    for r in rows:
        assert {"partner", "label", "status", "agreements", "evidence"} <= set(r)


def test_deals_csv_and_table(built):
    csv_out = run("deals", "--with", "US", "--format", "csv", "--store", str(built / "store"))
    assert csv_out.stdout.splitlines()[0] == "partner,label,core,status,agreements,evidence"
    table = run("deals", "--with", "US", "--store", str(built / "store"))
    assert "Mexico" in table.stdout and "Thailand" in table.stdout


def test_sparql_formats(built):
    q = "SELECT ?label WHERE { ?c a cmkg:Country ; rdfs:label ?label } ORDER BY ?label"
    js = run("sparql", q, "--format", "json", "--store", str(built / "store"))
    labels = [b["label"]["value"] for b in json.loads(js.stdout)["results"]["bindings"]]
    assert "Japan" in labels and "Greenland" in labels
    tsv = run("sparql", q, "--format", "tsv", "--store", str(built / "store"))
    assert tsv.stdout.splitlines()[0] == "label"
    ttl = run(
        "sparql",
        "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a cmkg:Country ; rdfs:label ?l }",
        "--store",
        str(built / "store"),
    )
    assert "Japan" in ttl.stdout


def test_sparql_refusal_exit_code(built):
    out = run(
        "sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "--store", str(built / "store")
    )
    assert out.returncode != 0 and "SERVICE refused" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_stored_query_with_binding(built):
    out = run("sparql", "deals_with", "--bind", "country=US", "--format", "csv", "--store", str(built / "store"))
    assert out.returncode == 0, out.stderr
    assert "MEX" in out.stdout


def test_export_html_is_offline_and_escapes(built, tmp_path):
    out = tmp_path / "g.html"
    res = run("export", "--format", "html", "--out", str(out), "--store", str(built / "store"))
    assert res.returncode == 0, res.stderr
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)\s*=\s*[\"']?(https?:)?//", html, re.I)
    assert "Japan" in html and "Sigma" in html


def test_html_escapes_untrusted_text(tmp_path):
    import networkx as nx

    from cmkg.graph.pages import render_explorer

    g = nx.MultiDiGraph()
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    g.add_node("n1", type="country", label=evil)
    g.add_node("n2", type="mineral", label="javascript:alert(3)")
    g.add_edge(
        "n1",
        "n2",
        key="k",
        relation="export control",
        status="in_force",
        detail="x",
        evidence=[{"sentence": evil, "title": evil, "url": "javascript:alert(4)"}],
    )
    html = render_explorer(g, heading=evil)
    data = html[html.index('id="cmkg-data">') :]
    data = data[: data.index("</script>")]
    assert "<script>alert" not in data and "<img" not in data
    payload = data[len('id="cmkg-data">') :]
    assert "<" not in payload and ">" not in payload  # every angle bracket travels as \u003c / \u003e
    assert json.loads(payload)["heading"] == evil  # ...and decodes back to the same text


def test_extract_to_dir_and_bad_batch(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = run("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert out.returncode == 1
    assert "empty.txt" in out.stderr and "1 of 2 inputs failed" in out.stderr
    sheet = json.loads((tmp_path / "out" / "seed.json").read_text())
    assert set(sheet["deals_with_usa"]) >= {"MEX", "JPN"}
    assert not (tmp_path / "out" / "empty.json").exists()


@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not available")
def test_eval_command_json():
    out = run("eval", str(DEV / "gold"), str(DEV / "articles"), "--json")
    assert out.returncode == 0, out.stderr
    res = json.loads(out.stdout)
    assert set(res["fields"]) >= {"countries", "deals_with_usa", "production_shares"}


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not found")
def test_build_with_two_processes_gives_the_same_graph(tmp_path):
    for jobs in ("1", "2"):
        out = run("build", str(DEV / "articles"), "--store", str(tmp_path / jobs), "--jobs", jobs)
        assert out.returncode == 0, out.stderr
    dumps = []
    for jobs in ("1", "2"):
        nq = tmp_path / f"{jobs}.nq"
        assert run("export", "--format", "nquads", "--out", str(nq), "--store", str(tmp_path / jobs)).returncode == 0
        dumps.append(sorted(nq.read_text(encoding="utf-8").splitlines()))
    assert dumps[0] == dumps[1] and len(dumps[0]) > 1000
