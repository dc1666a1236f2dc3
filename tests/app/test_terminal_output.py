"""Untrusted text reaches terminals escaped (tables, CSV, TSV, error lines) and JSON stays exact.

Also: ``cmkg eval`` fails when some of its inputs failed.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys

import pyoxigraph as ox
import pytest

from cmkg.graph.store import open_store

CMKG = [sys.executable, "-m", "cmkg.app.cli"]
EVIL = "Deal\x1b]0;pwned\x07 signed\x1b[2J\nforged: line\x9b31m"
QUERY = "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    loc = tmp_path_factory.mktemp("term") / "store"
    st = open_store(loc)
    st.add_quads([ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal(EVIL), ox.NamedNode("urn:g"))])
    st.flush()
    del st
    gc.collect()
    return str(loc)


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_human_formats_escape_control_characters(store, fmt):
    out = subprocess.run([*CMKG, "sparql", QUERY, "--format", fmt, "--store", store], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert not any(c in out.stdout for c in "\x1b\x07\x9b"), repr(out.stdout)
    assert "\\x1b]0;pwned\\x07" in out.stdout
    assert "forged: line" not in out.stdout.splitlines()[-2:] and not out.stdout.startswith("forged")


def test_json_stays_exact(store):
    out = subprocess.run([*CMKG, "sparql", QUERY, "--format", "json", "--store", store], capture_output=True, text=True)
    assert json.loads(out.stdout)["results"]["bindings"][0]["o"]["value"] == EVIL


def test_a_file_name_cannot_forge_error_lines(tmp_path):
    name = tmp_path / "x\x1b]0;pwned\x07\ncmkg: stored everything.txt"
    out = subprocess.run([*CMKG, "extract", str(name)], capture_output=True, text=True)
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "\x1b" not in out.stderr and "\\x1b]0;pwned\\x07" in out.stderr


def test_eval_exits_non_zero_when_inputs_failed(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "good.json").write_text('{"article": "good.txt"}', encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    out = subprocess.run([*CMKG, "eval", str(tmp_path / "gold"), str(tmp_path / "articles")], capture_output=True)
    assert out.returncode == 1 and b"[E002]" in out.stderr
