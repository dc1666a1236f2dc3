"""Imports never reach the network, and a triples-only file says what it cannot restore."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cmkg.core.errors import CmkgError, E
from cmkg.graph.exporters import import_rdf
from cmkg.graph.store import open_store

CMKG = [sys.executable, "-m", "cmkg.app.cli"]


def _remote(port: int) -> dict[str, object]:
    ctx = f"http://127.0.0.1:{port}/context.jsonld"
    return {
        "string-context": {"@context": ctx, "@id": "urn:a", "name": "x"},
        "list-context": {"@context": [{"name": "http://schema.org/name"}, ctx], "@id": "urn:a", "name": "x"},
        "import": {"@context": {"@version": 1.1, "@import": ctx}, "@id": "urn:a", "name": "x"},
        "scoped-context": {
            "@context": {"knows": {"@id": "http://xmlns.com/foaf/0.1/knows", "@context": ctx}},
            "@id": "urn:a",
            "knows": {"@id": "urn:b"},
        },
        "in-graph": {"@graph": [{"@context": ctx, "@id": "urn:a", "name": "x"}]},
        "local-file-context": {"@context": "/etc/passwd", "@id": "urn:a", "name": "x"},
    }


@pytest.mark.parametrize(
    "case", ["string-context", "list-context", "import", "scoped-context", "in-graph", "local-file-context"]
)
def test_a_remote_jsonld_context_is_refused_without_a_request(tmp_path, trap, case):
    port, hits = trap
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps(_remote(port)[case]), encoding="utf-8")
    store = open_store(":memory:")
    with pytest.raises(CmkgError) as info:
        import_rdf(store, path)
    assert info.value.code == E.REMOTE_CONTEXT and str(path) in str(info.value)
    assert len(store) == 0 and hits == []


def test_the_command_line_refuses_in_one_line(tmp_path, trap):
    port, hits = trap
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps(_remote(port)["string-context"]), encoding="utf-8")
    out = subprocess.run([*CMKG, "import", str(path), "--store", str(tmp_path / "s")], capture_output=True, text=True)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "[E211]" in out.stderr
    assert hits == []


def test_an_inline_context_imports(tmp_path):
    path = tmp_path / "inline.jsonld"
    doc = {"@context": {"name": "http://schema.org/name"}, "@id": "urn:a", "name": "x"}
    path.write_text(json.dumps(doc), encoding="utf-8")
    store = open_store(":memory:")
    assert import_rdf(store, path) >= 1


@pytest.mark.parametrize("suffix", [".ttl", ".nt"])
def test_a_triples_only_import_says_what_it_cannot_restore(tmp_path, suffix):
    path = tmp_path / f"union{suffix}"
    path.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    out = subprocess.run([*CMKG, "import", str(path), "--store", str(tmp_path / "s")], capture_output=True, text=True)
    assert out.returncode == 1, out.stderr
    assert "imported 1 quads" in out.stderr and "[E212]" in out.stderr and "named graphs" in out.stderr
